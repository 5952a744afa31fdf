#!/usr/bin/env python3
"""Build the seven hs1- data files of set heldout261 (children's services plans).

Run with: /work/main/.venv/bin/python hs1_make.py
Writes into the folder this script lives in.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "5B9BD5",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "head": "1F3864",
    "theme": "BDD7EE",
    "rec": "DEEAF6",
    "pale": "F2F2F2",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(colour):
    return PatternFill("solid", start_color=FILL.get(colour, colour), end_color=FILL.get(colour, colour))


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Nottinghamshire County Council - ILACS improvement plan (xlsx)
# ---------------------------------------------------------------------------
NOTTS_FILE = "hs1-nottinghamshire-county-council-ilacs-improvement-plan.xlsx"
NOTTS_TITLE = "ILACS Improvement Plan 2024–2026"
# (theme, recommendation, [ (ref, action, lead, original, revised, prev, curr, update) ])
NOTTS = [
    ("Theme 1: Help and protection", [
        ("Recommendation 1: The timeliness and quality of strategy discussions, including the involvement of health and education partners.", [
            ("1.1", "Revise the strategy discussion template and guidance so that health and education attendance and the rationale for decisions are recorded.",
             "Head of Service, MASH and Assessment", d(2024, 12, 31), None, "Blue", "Blue",
             "New template live on Mosaic from 2 December 2024. Audit in March 2025 found health attendance recorded in 92% of discussions."),
            ("1.2", "Introduce a weekly audit of strategy discussions held out of hours, with findings reported to the Practice Quality Group.",
             "Emergency Duty Team Manager / Head of Quality Assurance", d(2025, 3, 31), d(2025, 9, 30), "Amber", "Green",
             "Weekly audit in place since June 2025; first quarterly report to PQG in October 2025."),
        ]),
        ("Recommendation 2: The response to 16- and 17-year-old children who present as homeless, so that they are informed of their rights and entitlements.", [
            ("2.1", "Agree a joint protocol for 16 and 17 year olds presenting as homeless with the seven district and borough housing authorities.",
             "Group Manager, Early Help; Housing Options Lead (district councils)", d(2025, 2, 28), d(2025, 10, 31), "Amber", "Amber",
             "Protocol agreed by five of seven districts. Remaining two to sign off at the Housing Chiefs meeting in December."),
            ("2.2", "Ensure every young person aged 16 or 17 presenting as homeless receives an advocacy offer and a written explanation of their rights, recorded on Mosaic.",
             "Service Manager, Adolescent Services", d(2025, 4, 30), None, "Green", "Blue",
             "Rights leaflet co-produced with care-experienced young people. Mosaic step added April 2025."),
        ]),
    ]),
    ("Theme 2: Children in care and care leavers", [
        ("Recommendation 3: The sufficiency of suitable homes for children in care, so that fewer children live at a distance from Nottinghamshire.", [
            ("3.1", "Deliver the Placement Sufficiency Strategy 2024–27, opening two new in-house children’s homes.",
             "Service Director, Commissioning and Resources", d(2026, 3, 31), None, "Green", "Green",
             "First home registered with Ofsted in September 2025. Second home in refurbishment."),
            ("3.2", "Increase mainstream foster carer approvals through the recruitment campaign (target: 40 net new households).",
             "Head of Fostering", d(2025, 3, 31), d(2026, 3, 31), "Red", "Amber",
             "23 net new households approved to date. Target date revised by Improvement Board."),
            ("3.3", "Review every child placed more than 20 miles from home at the senior management permanence panel every 12 weeks.",
             "Group Manager, Children in Care", "Quarterly", None, "Green", "Green",
             "Panel reviews in place; 61 children reviewed in Q2."),
        ]),
        ("Recommendation 4: Pathway plans for care leavers, so that they are co-produced, up to date and address young people’s accommodation and health needs.", [
            ("4.1", "Relaunch the pathway plan template with members of the Children in Care Council and the Care Leavers Forum.",
             "Head of Service, Leaving Care / Participation Lead", d(2024, 11, 30), d(2025, 1, 31), "Blue", "Blue",
             "New ‘My Pathway’ plan launched January 2025."),
            ("4.2", "Provide every care leaver with a health passport, including their health history, by their 18th birthday.",
             "Designated Nurse for Children in Care (ICB)", d(2025, 6, 30), d(2025, 12, 31), "Amber", "Red",
             "Only 38% of young people turning 18 since April have received a passport. Escalated to ICB Chief Nurse."),
        ]),
    ]),
    ("Theme 3: Leadership and management", [
        ("Recommendation 5: The consistency of management oversight and supervision, so that it drives progress in children’s plans.", [
            ("5.1", "Implement the revised supervision policy, with reflective supervision recorded on children’s files at least every four weeks.",
             "Principal Social Worker", d(2025, 1, 31), None, "Green", "Blue",
             "Policy implemented. Compliance 87% in October 2025 (target 85%)."),
            ("5.2", "Deliver the ‘Leading Practice’ development programme for all team managers and assistant team managers.",
             "Principal Social Worker / Workforce Development Manager", d(2025, 9, 30), None, "Green", "Green",
             "Cohorts 1 and 2 complete; cohort 3 finishes end of September."),
        ]),
    ]),
]


def make_notts():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Nottinghamshire County Council"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Children and Families Department"
    cov["A4"] = NOTTS_TITLE
    cov["A4"].font = Font(bold=True, size=18, color=FILL["head"])
    cov["A5"] = "Response to the Ofsted inspection of local authority children’s services, 15–26 July 2024 (report published 20 September 2024)"
    cov["A7"] = "Plan owner"
    cov["B7"] = "Executive Director, Children and Families"
    cov["A8"] = "Governance"
    cov["B8"] = "Children’s Services Improvement Board (monthly); Children and Young People’s Select Committee (quarterly)"
    cov["A10"] = "Document control"
    cov["A10"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Changes"]
    for i, h in enumerate(hdr, 1):
        c = cov.cell(row=11, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.border = BOX
    rows = [
        ("1.0", d(2024, 10, 18), "Service Director, Quality and Improvement", "Submitted to Ofsted"),
        ("1.1", d(2025, 4, 11), "Improvement Programme Manager", "Q4 2024/25 progress update"),
        ("1.2", d(2025, 10, 9), "Improvement Programme Manager", "Revised target dates agreed by Improvement Board"),
        ("1.3", d(2025, 12, 5), "Improvement Programme Manager", "Progress at 30 November 2025"),
    ]
    for r, row in enumerate(rows, 12):
        for cidx, v in enumerate(row, 1):
            c = cov.cell(row=r, column=cidx, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 40
    cov.column_dimensions["C"].width = 42
    cov.column_dimensions["D"].width = 50

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG rating key"
    key["A1"].font = Font(bold=True, size=12)
    for r, (colour, word, meaning) in enumerate([
        ("blue", "Blue", "Action complete and evidence of impact provided"),
        ("green", "Green", "On track to be delivered by the target date"),
        ("amber", "Amber", "At risk of slipping; mitigation in place"),
        ("red", "Red", "Off track or past target date; escalated to Improvement Board"),
    ], 3):
        c = key.cell(row=r, column=1, value=word)
        c.fill = fill(colour)
        c.border = BOX
        key.cell(row=r, column=2, value=meaning).border = BOX
    key.column_dimensions["A"].width = 12
    key.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Improvement plan")
    wb.active = 2
    ncol = 9
    ws["A1"] = "ILACS Improvement Plan 2024–2026 – progress at 30 November 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    heads = ["Ref", "Action", "Lead(s)", "Original target date", "Revised target date",
             "Previous RAG (Aug 2025)", "Current RAG (Nov 2025)", "Progress update", "Evidence / impact"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    r = 4
    counts = {}
    evidence = {"Blue": "Audit report; Improvement Board minutes", "Green": "", "Amber": "", "Red": ""}
    for theme, recs in NOTTS:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True, size=12)
        for ci in range(1, ncol + 1):
            ws.cell(row=r, column=ci).fill = fill("theme")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for rec, acts in recs:
            c = ws.cell(row=r, column=1, value=rec)
            c.font = Font(bold=True, italic=True)
            c.alignment = WRAP
            for ci in range(1, ncol + 1):
                ws.cell(row=r, column=ci).fill = fill("rec")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            ws.row_dimensions[r].height = 30
            r += 1
            for ref, action, lead, orig, rev, prev, curr, upd in acts:
                vals = [ref, action, lead, orig, rev, prev, curr, upd, evidence[curr]]
                for ci, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=ci, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=6).fill = fill(prev.lower())
                ws.cell(row=r, column=7).fill = fill(curr.lower())
                counts[curr] = counts.get(curr, 0) + 1
                r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary at 30 November 2025").font = Font(bold=True)
    r += 1
    total = 0
    for word in ["Blue", "Green", "Amber", "Red"]:
        ws.cell(row=r, column=1, value=word).fill = fill(word.lower())
        ws.cell(row=r, column=2, value=counts.get(word, 0))
        total += counts.get(word, 0)
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    ws.cell(row=r, column=2, value=total).font = Font(bold=True)
    r += 2
    ws.cell(row=r, column=1, value="Notes: revised target dates were agreed by the Children’s Services Improvement Board on 9 October 2025. "
                                   "See the RAG key sheet for definitions.")
    widths = [7, 55, 30, 13, 13, 12, 12, 50, 28]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "C4"
    wb.save(os.path.join(HERE, NOTTS_FILE))


# ---------------------------------------------------------------------------
# 2. Croydon Council - short breaks children's home Ofsted action plan (xlsx)
# ---------------------------------------------------------------------------
CROY_FILE = "hs1-croydon-council-short-breaks-childrens-home-ofsted-action-plan.xlsx"
CROY_TITLE = "Birchwood Short Breaks Home – Ofsted post-inspection action plan"
# section -> list of (requirement text, [(no, action, responsible, target, fill colour, update)])
CROY = [
    ("Requirements", [
        ("The registered person must ensure that each restrictive physical intervention is recorded within 24 hours and that the record is reviewed by the registered manager within 48 hours. (Regulation 35(3))", [
            ("1a", "Introduce a daily handover check of the incident log so that any intervention not yet recorded is completed before the end of the shift.",
             "Deputy Manager", d(2025, 6, 30), "green", "Handover checklist amended 2 June 2025. No late records since."),
            ("1b", "Registered manager to review every restrictive physical intervention record within 48 hours and add a management oversight entry to the child’s record.",
             "Registered Manager (Angela Mensah)", "Ongoing", "amber", "Reviews in place; two reviews outside 48 hours in August during annual leave – cover arrangement being agreed."),
        ]),
        ("The registered person must ensure that each child’s placement plan sets out how the child communicates, including their use of Makaton, PECS or other communication aids. (Regulation 14(1)(a))", [
            ("2a", "Review all 18 children’s placement plans with parents and the speech and language therapy service, adding a communication profile for each child.",
             "Key workers / Registered Manager", d(2025, 8, 31), "green", "All 18 plans reviewed; profiles on file."),
            ("2b", "Deliver Makaton Level 1 and 2 training to all residential support workers, including bank staff.",
             "Residential Training Lead", d(2025, 12, 31), "amber", "Level 1 complete for 21 of 26 staff. Level 2 booked for November."),
        ]),
        ("The registered person must ensure that risks in the premises are identified and addressed, including the first-floor window restrictors and the garden gate lock. (Regulation 12(2)(a)(vi))", [
            ("3a", "Commission a health and safety inspection of the premises and complete the remedial works identified, including replacing the first-floor window restrictors.",
             "Facilities Manager (Corporate Property)", "31/07/2025 (revised 31/10/2025)", "red",
             "Inspection done. Contractor not yet appointed for window works; escalated to Head of Service. Interim checks twice daily."),
        ]),
    ]),
    ("Recommendations", [
        ("The registered person should ensure that children’s views about their short breaks are gathered in ways that suit their communication needs and are used to improve the service.", [
            ("4a", "Introduce picture-based feedback forms and a ‘talking mats’ session at the end of each stay.",
             "Participation Officer, Disabled Children’s Service", d(2025, 9, 30), "green", "In use since July. First ‘you said, we did’ board on display."),
        ]),
        ("The registered person should ensure that the statement of purpose is updated to reflect the current admissions criteria.", [
            ("5a", "Update the statement of purpose and send it to Ofsted, parents and placing social workers.",
             "Registered Manager", d(2025, 7, 31), "green", "Sent 18 July 2025."),
        ]),
    ]),
]


def make_croydon():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ncol = 6
    ws["A1"] = "London Borough of Croydon – Children’s Residential Services"
    ws["A1"].font = Font(bold=True, size=11, color="595959")
    ws["A2"] = CROY_TITLE
    ws["A2"].font = Font(bold=True, size=15)
    ws["A3"] = "Full inspection 13–14 May 2025 – overall experiences and progress of children: requires improvement to be good"
    ws["A4"] = "Registered manager: Angela Mensah     Responsible individual: Head of Service, Disabled Children and Young People"
    ws["A5"] = "Update: September 2025"
    for rr in range(1, 6):
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=ncol + 1)
    heads = ["No.", "Requirement / recommendation", "Action", "Responsible", "Target date", "RAG", "Update (September 2025)"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=7, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = 8
    for section, reqs in CROY:
        c = ws.cell(row=r, column=1, value=section)
        c.font = Font(bold=True)
        for ci in range(1, 8):
            ws.cell(row=r, column=ci).fill = fill("grey")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for req, acts in reqs:
            start = r
            for no, action, resp, target, colour, upd in acts:
                vals = [no, req if r == start else None, action, resp, target, None, upd]
                for ci, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=ci, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=6).fill = fill(colour)
                r += 1
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    r += 1
    for colour, meaning in [("green", "Complete"), ("amber", "In progress"), ("red", "Not started / overdue")]:
        ws.cell(row=r, column=1).fill = fill(colour)
        ws.cell(row=r, column=1).border = BOX
        ws.cell(row=r, column=2, value=meaning)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Signed:")
    ws.cell(row=r, column=2, value="Head of Service, Disabled Children and Young People")
    ws.cell(row=r, column=4, value="Date:")
    c = ws.cell(row=r, column=5, value=d(2025, 6, 12))
    c.number_format = "dd/mm/yyyy"
    for i, w in enumerate([6, 48, 50, 26, 16, 7, 48], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(HERE, CROY_FILE))


# ---------------------------------------------------------------------------
# 3. Tower Hamlets early help partnership action plan - REFUSE (xlsx)
# ---------------------------------------------------------------------------
TH_FILE = "hs1-tower-hamlets-early-help-partnership-action-plan-typo-month-refuse.xlsx"
TH_TITLE = "Early Help Strategy 2024–2027: Year 2 action plan (2025/26)"
TH = [
    ("1. Early identification and access to help", [
        ("1.1", "Launch a single early help request form for all partners through the Family Front Door.", "Head of Early Help", "All partners", "Apr-25", "Sep-25", "Complete"),
        ("1.2", "Train 300 practitioners in schools, health and the voluntary sector to complete early help assessments.", "Early Help Workforce Lead", "Schools; Barts Health; THCVS", "Apr-25", "Mar-26", "On track"),
        ("1.3", "Publish a quarterly early help dashboard for the partnership, including the ethnicity of families supported.", "Head of Performance, Children and Education", "", "Jul-25", "Dec-25", "On track"),
    ]),
    ("2. Family hubs and Start for Life", [
        ("2.1", "Open the remaining two family hubs in Poplar and Bethnal Green.", "Family Hubs Programme Manager", "Public Health; NHS North East London", "Apr-25", "Jan-26", "Delayed"),
        ("2.2", "Extend the parent-infant relationships service to all family hubs.", "Start for Life Lead / Perinatal Mental Health Lead (ELFT)", "ELFT", "Jun-25", "0ct-25", "On track"),
        ("2.3", "Recruit and train 40 volunteer peer supporters for infant feeding.", "Infant Feeding Coordinator", "Voluntary sector", "May-25", "Mar-26", "On track"),
    ]),
    ("3. Families facing multiple disadvantage", [
        ("3.1", "Meet the Supporting Families outcome targets for 2025/26, including 180 families with sustained school attendance.", "Supporting Families Coordinator", "DWP; Schools", "Apr-25", "Mar-26", "On track"),
        ("3.2", "Pilot a whole-family approach for families in temporary accommodation with the housing options service.", "Head of Early Help; Head of Housing Options", "Housing", "Sep-25", "Feb-26", "Delayed"),
    ]),
    ("4. A confident early help workforce", [
        ("4.1", "Deliver the restorative practice programme to all early help and family hub staff.", "Principal Social Worker", "", "Apr-25", "Dec-25", "Complete"),
        ("4.2", "Introduce group supervision for early help practitioners every six weeks.", "Early Help Service Managers", "", "Jun-25", "Sep-25", "Complete"),
    ]),
]
TH_STATUS_FILL = {"Complete": "blue", "On track": "green", "Delayed": "amber"}


def make_tower_hamlets():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan 2025-26"
    ws["A1"] = "Tower Hamlets Early Help Partnership"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = TH_TITLE
    ws["A2"].font = Font(bold=True, size=15)
    ws["A3"] = "Progress at: Quarter 3 (December 2025)"
    heads = ["Priority", "No.", "What we will do", "Lead officer(s)", "Key partners", "Start", "Completion", "Status"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", start_color="7030A0", end_color="7030A0")
        c.border = BOX
    r = 6
    rows_of = {}
    for prio, acts in TH:
        start = r
        for ref, action, lead, partners, s, e, status in acts:
            vals = [prio if r == start else None, ref, action, lead, partners or None, s, e, status]
            for ci, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=ci, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=8).fill = fill(TH_STATUS_FILL[status])
            rows_of[ref] = r
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=start, column=1).font = Font(bold=True)
    for i, w in enumerate([30, 6, 60, 34, 28, 9, 11, 11], 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Status summary – Q3 2025/26"
    sm["A1"].font = Font(bold=True)
    counts = {}
    for _, acts in TH:
        for a in acts:
            counts[a[6]] = counts.get(a[6], 0) + 1
    rr = 3
    for st in ["Complete", "On track", "Delayed"]:
        sm.cell(row=rr, column=1, value=st).fill = fill(TH_STATUS_FILL[st])
        sm.cell(row=rr, column=2, value=counts.get(st, 0))
        rr += 1
    sm.cell(row=rr, column=1, value="Total")
    sm.cell(row=rr, column=2, value=sum(counts.values()))
    wb.save(os.path.join(HERE, TH_FILE))
    return rows_of


# ---------------------------------------------------------------------------
# 4. Brighton & Hove YJS HMI Probation improvement plan (csv)
# ---------------------------------------------------------------------------
BH_FILE = "hs1-brighton-hove-youth-justice-service-hmip-improvement-plan.csv"
BH_TITLE = "Brighton & Hove Youth Justice Service – HMI Probation Inspection Improvement Plan"
BH = [
    ("Recommendations for the Youth Justice Partnership Board", [
        ("1. Ensure that the board receives and analyses data on disproportionality, including the over-representation of Black and mixed-heritage children, and holds partners to account for action.", [
            ("1.1", "Add a disproportionality dashboard to the quarterly board performance report.", "YJS Performance Analyst", "31/03/2025", "B", "Dashboard presented at March and June boards."),
            ("1.2", "Hold a board development session on disproportionality, with input from children and families.", "Board Chair / Head of Youth Justice", "Jun-25", "Complete", "Session held 18 June 2025 with the Youth Advisory Group."),
        ]),
        ("2. Ensure that children known to the YJS have timely access to speech, language and communication support and to emotional and mental health services.", [
            ("2.1", "Agree a service level agreement for a 0.6 FTE speech and language therapist seconded to the YJS.", "Commissioning Manager (ICB)", "30/09/2025", "A", "Funding agreed; SLA with provider in final draft."),
            ("2.2", "Screen all children starting an intervention for speech, language and communication needs and refer within 10 working days.", "HW, DG", "Q1 2026/27", "G", "Screening tool in use; referral timeliness 78% in Q2."),
        ]),
    ]),
    ("Recommendations for the Head of Youth Justice", [
        ("3. Improve the quality of assessment and planning for keeping other people safe, so that it draws on information from all relevant agencies.", [
            ("3.1", "Deliver training on risk of harm assessment to all case managers, covering:\n- use of police intelligence and children’s social care records\n- contingency planning\n- review after significant events", "Practice Development Lead", "31/05/2025", "R", "Two of three sessions delivered; final session cancelled twice due to staffing."),
            ("3.2", "Introduce monthly management oversight audits of risk of harm assessments, reported to the board quarterly.", "Operational Manager", "Monthly", "G", "Audits completed monthly since April 2025."),
        ]),
        ("4. Ensure that the needs and wishes of victims are consistently considered in out-of-court disposal decisions and in restorative work.", [
            ("4.1", "Review the out-of-court disposal panel terms of reference so that the victim worker attends every panel.", "Restorative Justice and Victims Officer", "31/01/2025", "Complete", "Revised terms of reference agreed January 2025."),
            ("4.2", "Contact every victim within five working days of a disposal decision and record their views on ChildView.", "Restorative Justice and Victims Officer", "Ongoing", "G", "94% contacted within five working days in Q2."),
        ]),
        ("5. Strengthen transitions for children moving to the Probation Service at 18.", [
            ("5.1", "Implement the youth to adult transitions protocol with the Probation Service, with joint meetings held at least three months before each child’s 18th birthday.", "Operational Manager; Probation Officer (seconded)", "Sept 2025 – March 2026", "A", "Protocol signed. Joint meetings held for 4 of 6 eligible children."),
        ]),
    ]),
]


def make_brighton():
    path = os.path.join(HERE, BH_FILE)
    lines = []
    lines.append([BH_TITLE, "", "", "", "", "", ""])
    lines.append(["Overseen by the Youth Justice Partnership Board. Inspection fieldwork October 2024; report published 14 January 2025. Last updated 14/11/2025", "", "", "", "", "", ""])
    lines.append(["", "", "", "", "", "", ""])
    lines.append(["Recommendation", "Action No", "Action", "Action Owner", "Target Date", "RAG", "Progress Update"])
    for section, recs in BH:
        lines.append([section, "", "", "", "", "", ""])
        for rec, acts in recs:
            first = True
            for no, action, owner, target, rag, upd in acts:
                lines.append([rec if first else "", no, action, owner, target, rag, upd])
                first = False
    lines.append(["", "", "", "", "", "", ""])
    lines.append(["Key to owners: HW – Head of Youth Justice; DG – YJS Health Lead (CAMHS)", "", "", "", "", "", ""])
    lines.append(["RAG: B/Complete – action complete; G – on track; A – some delay; R – off track", "", "", "", "", "", ""])
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerows(lines)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=None, colour=None):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)


RAG_HEX = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "5B9BD5",
           "G": "00B050", "A": "FFC000", "R": "FF0000", "B": "5B9BD5", "Not started": "D9D9D9"}


# ---------------------------------------------------------------------------
# 5. Waltham Forest local area SEND priority action plan (docx)
# ---------------------------------------------------------------------------
WF_FILE = "hs1-waltham-forest-local-area-send-priority-action-plan.docx"
WF_TITLE = "Priority Action Plan: Area SEND Inspection 2025"
WF = [
    (None, "Area for priority action 1",
     "Leaders across education, health and care should urgently improve the timeliness and quality of education, health and care (EHC) needs assessments and plans, so that children and young people’s needs are accurately identified and met without delay.",
     ["At least 60% of new EHC plans issued within 20 weeks by March 2026, rising to 80% by March 2027.",
      "At least 75% of audited plans judged good or better, including health and social care sections."],
     [
         ("1.1", "Recruit four additional EHC coordinators and two educational psychologists to clear the backlog of overdue needs assessments.", "Head of SEND Assessment and Review", "Summer term 2025", "Complete", "All posts filled by July 2025. Backlog reduced from 212 to 64."),
         ("1.2", "Introduce a multi-agency quality assurance panel that audits 10% of new EHC plans each month, with health and social care advice included.", "Head of SEND Assessment and Review; Designated Clinical Officer (NEL ICB)", "April 2025 – September 2025", "Green", "Panel meeting monthly since May 2025."),
         ("1.3", "Set a service standard for health advice to be returned within six weeks and report compliance by provider to the SEND Partnership Board.", "Designated Clinical Officer (NEL ICB)", "Termly", "Amber", "Compliance 71% (target 90%); community paediatrics capacity is the main pressure."),
     ]),
    (None, "Area for priority action 2",
     "Leaders should improve the capacity of neurodevelopmental assessment pathways so that children and young people waiting for an assessment, and their families, receive timely support.",
     ["No child waiting more than 52 weeks for an autism assessment by March 2026.",
      "Families on the waiting list report that they know where to get help (parent survey)."],
     [
         ("2.1", "Commission additional autism assessment capacity from an independent provider to reduce waits to under 52 weeks.", "Director of Commissioning, Children and Young People (NEL ICB)", "By 31 March 2026", "Amber", "Contract awarded September 2025; longest wait now 71 weeks."),
         ("2.2", "Launch the ‘Waiting Well’ offer, including parent workshops and a sensory lending library, for families on the neurodevelopmental pathway.", "Waltham Forest Parent Carer Forum / Head of Early Help", "Autumn term 2025", "Green", "Workshops running in three family hubs."),
         ("2.3", "Publish waiting list data by age and pathway on the Local Offer website.", "SEND Information and Data Manager", "Monthly", "Green", "Published monthly since June 2025."),
     ]),
    (None, "Area for improvement 1",
     "Leaders should strengthen the co-production of the Local Offer with children, young people and their families, so that it is easy to find and use.",
     ["Increase in Local Offer visits and positive feedback in the annual survey."],
     [
         ("3.1", "Redesign the Local Offer website with a co-production group of parents and young people, tested against accessibility standards.", "Local Offer Manager", "December 2025", "Amber", "Design agreed; build delayed by supplier."),
         ("3.2", "Run ‘You said, we did’ sessions with the Parent Carer Forum and the Young Inspectors group.", "Participation Lead (SEND)", "Termly", "Green", "Sessions held in July and November 2025."),
     ]),
]


def make_waltham():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Waltham Forest Local Area SEND Partnership")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading(WF_TITLE, level=0)
    doc.add_paragraph("Ofsted and CQC area SEND inspection, 10–14 March 2025. Report published 2 May 2025. "
                      "Inspection outcome: widespread and/or systemic failings (outcome 3).")
    doc.add_paragraph("This plan is owned jointly by the London Borough of Waltham Forest and NHS North East London "
                      "Integrated Care Board and is monitored by the SEND Partnership Board.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Approved by", "Notes"]):
        set_text(c, h, bold=True)
        shade(c, "D9E2F3")
    for row in [("1.0", "13/06/2025", "SEND Partnership Board", "Submitted to Ofsted and CQC"),
                ("1.1", "28/11/2025", "SEND Partnership Board", "Progress update for DfE/NHS England review")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_text(c, v)
    doc.add_heading("Progress key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for word, meaning in [("Complete", "Action finished and impact being monitored"),
                          ("Green", "On track"), ("Amber", "Some delay; recovery plan agreed"),
                          ("Red", "Significant delay or risk; escalated to Partnership Board")]:
        cells = t.add_row().cells
        set_text(cells[0], word, bold=True)
        shade(cells[0], RAG_HEX[word])
        set_text(cells[1], meaning)
    doc.add_page_break()
    for part, kind, text, success, acts in WF:
        doc.add_heading(kind, level=1)
        doc.add_paragraph(text)
        sp = doc.add_paragraph()
        sp.add_run("What success will look like:").bold = True
        for s in success:
            doc.add_paragraph(s, style="List Bullet")
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead(s)", "Timescale", "Progress (November 2025)", "RAG"]):
            set_text(c, h, bold=True, colour="FFFFFF")
            shade(c, "2F5496")
        for ref, action, lead, when, rag, prog in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, action, lead, when, prog, rag]):
                set_text(c, v)
            shade(cells[5], RAG_HEX[rag])
        doc.add_paragraph()
    doc.add_paragraph("Next review: SEND Partnership Board, February 2026.")
    doc.save(os.path.join(HERE, WF_FILE))


# ---------------------------------------------------------------------------
# 6. Barnet Safeguarding Children Partnership JTAI action plan (docx)
# ---------------------------------------------------------------------------
BA_FILE = "hs1-barnet-safeguarding-children-partnership-jtai-action-plan.docx"
BA_TITLE = "JTAI Partnership Action Plan – Serious Youth Violence"
BA = [
    ("Area for improvement 1: The timeliness of information-sharing between the police, health services and children’s social care when children are identified as at risk of criminal exploitation.", [
        ("1.1", "Agree a single multi-agency exploitation screening tool and referral pathway through the MASH.", "Head of MASH (LBB)", "Oct 2025", "B", "Tool and pathway launched 6 October 2025."),
        ("1.2", "Share police reports for children at risk of exploitation with the MASH within 24 hours, with weekly compliance reporting to the Exploitation Panel.", "DCI, Public Protection, North West BCU (Met Police)", "January 2026", "A", "Compliance 81% in November; backlog from September cleared."),
        ("1.3", "Include school nurses and emergency department liaison nurses in exploitation strategy meetings through a named health attendee rota.", "Designated Nurse, Safeguarding Children (NCL ICB)", "w/c 12/01/2026", "G", "Rota drafted with Royal Free and Whittington Health."),
    ]),
    ("Area for improvement 2: The consistency with which children’s plans address the risks they face in the community and in education settings, including after exclusion from school.", [
        ("2.1", "Introduce contextual safeguarding plans for all children open to the Adolescent Safeguarding Team, reviewed at the Exploitation Panel.", "Service Manager, Adolescent Safeguarding", "31/03/2026", "G", "Template agreed; 40% of children have a plan."),
        ("2.2", "Notify the Adolescent Safeguarding Team of every permanent exclusion or move to alternative provision for a child known to be at risk of exploitation.", "Head of Inclusion / Head of Virtual School", "Q4 2025/26", "G", "Notification process agreed with secondary heads in November."),
    ]),
    ("Area for improvement 3: The partnership’s understanding of the impact of its work, through multi-agency audit and listening to children and families.", [
        ("3.1", "Complete a multi-agency audit of 20 children at risk of serious youth violence and report findings to the Executive Group.", "BSCP Business Manager", "Feb 2026", "A", "Audit tool agreed; 12 of 20 cases audited."),
        ("3.2", "Commission a peer-led consultation with young people affected by serious youth violence, led by the Barnet Youth Assembly.", "Participation Manager, Family Services", "Summer term 2026", "Not started", "Scheduled to begin after the spring term."),
    ]),
]


def make_barnet():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("OFFICIAL").bold = True
    p = doc.add_paragraph()
    r = p.add_run("Barnet Safeguarding Children Partnership")
    r.bold = True
    r.font.size = Pt(13)
    doc.add_heading(BA_TITLE, level=1)
    doc.add_paragraph("Joint targeted area inspection of the multi-agency response to children at risk of or affected by "
                      "serious youth violence, 2–6 June 2025 (Ofsted, CQC, HMICFRS and HMI Probation). "
                      "Letter of findings published 15 August 2025.")
    doc.add_paragraph("Statutory safeguarding partners: London Borough of Barnet (LBB), Metropolitan Police Service, "
                      "NHS North Central London Integrated Care Board (NCL ICB).")
    doc.add_paragraph("Version control").runs[0].bold = True
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Comment"]):
        set_text(c, h, bold=True)
    for row in [("v1", "26/09/2025", "Agreed by BSCP Executive Group and sent to the inspectorates"),
                ("v2", "08/01/2026", "Progress update for the BSCP Executive Group")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_text(c, v)
    doc.add_paragraph()
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["No.", "What we will do", "Lead agency / officer", "By when", "Progress at December 2025", "RAG"]):
        set_text(c, h, bold=True, colour="FFFFFF")
        shade(c, "203864")
    for afi, acts in BA:
        cells = t.add_row().cells
        m = cells[0].merge(cells[5])
        set_text(m, afi, bold=True)
        shade(m, "E2EFDA")
        for no, what, lead, when, rag, prog in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [no, what, lead, when, prog, rag]):
                set_text(c, v)
            shade(cells[5], RAG_HEX[rag])
    doc.add_paragraph()
    doc.add_paragraph("RAG: B = complete; G = on track; A = at risk; R = off track. "
                      "Progress is reported to each meeting of the BSCP Executive Group.")
    doc.add_paragraph("Sign-off").runs[0].bold = True
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Safeguarding partner", "Signed on behalf of", "Date"]):
        set_text(c, h, bold=True)
    for row in [("London Borough of Barnet", "Executive Director, Children and Family Services", "26/09/2025"),
                ("Metropolitan Police Service", "Detective Chief Superintendent, North West BCU", "26/09/2025"),
                ("NCL ICB", "Chief Nursing Officer", "26/09/2025")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_text(c, v)
    doc.save(os.path.join(HERE, BA_FILE))


# ---------------------------------------------------------------------------
# 7. Bexley corporate parenting board action plan (txt, tab separated)
# ---------------------------------------------------------------------------
BX_FILE = "hs1-bexley-corporate-parenting-board-action-plan.txt"
BX_TITLE = "Corporate Parenting Board – Action Plan 2025/26"
BX = [
    ("Promise 1: A safe and stable home", [
        ("1.1", "Open a second in-borough children’s home for up to four young people.", "Head of Commissioning (Children)", "Mar-26", "Amber", "Property purchased; Ofsted registration application submitted November."),
        ("1.2", "Recruit 25 new fostering households through the Bexley fostering campaign.", "Fostering Service Manager", "31/03/2026", "Green", "17 households approved so far this year."),
        ("1.3", "Offer every child in care a stability meeting when their home is at risk of ending.", "Head of Service, Children in Care", "Ongoing", "Green", "Stability meetings held for 22 children in Q2."),
    ]),
    ("Promise 2: Doing well in education", [
        ("2.1", "Ensure every child in care has a Personal Education Plan reviewed each term, with 95% rated good quality.", "Virtual School Head", "Termly", "Green", "Autumn PEPs: 96% completed, 91% rated good."),
        ("2.2", "Provide a tutoring offer in English and maths for all Year 11 children in care.", "Virtual School Head", "Sept 2025", "Complete", "Tutoring started for all 34 Year 11 pupils."),
    ]),
    ("Promise 3: Health and wellbeing", [
        ("3.1", "Reduce the time taken to complete initial health assessments so that 90% are completed within 20 working days.", "Designated Doctor for Children in Care / Head of Service, Children in Care", "31/12/2025", "Red", "Performance 64% in Q2; paediatric vacancies. Escalated to ICB."),
        ("3.2", "Give every care leaver free leisure centre membership up to age 25.", "Head of Leisure and Culture", "End of April 2026", "Amber", "Agreed in principle with leisure provider; contract variation needed."),
    ]),
    ("Promise 4: Getting ready for adult life", [
        ("4.1", "Exempt care leavers from council tax up to age 25, wherever they live.", "Director of Finance", "Apr-25", "Complete", "Exemption in place from 1 April 2025."),
        ("4.2", "Create 10 ring-fenced apprenticeships for care leavers across council departments.", "Head of HR; Head of Leaving Care", "Q2 2026/27", "Green", "Four apprenticeships filled."),
    ]),
]


def make_bexley():
    out = []
    out.append("London Borough of Bexley")
    out.append(BX_TITLE)
    out.append("Our promise to children in care and care leavers")
    out.append("Updated for the Board meeting on 21 January 2026")
    out.append("")
    out.append("\t".join(["Promise", "Ref", "Action", "Lead", "Due", "RAG", "Comment"]))
    for prom, acts in BX:
        first = True
        for ref, action, lead, due, rag, comment in acts:
            out.append("\t".join([prom if first else "", ref, action, lead, due, rag, comment]))
            first = False
    out.append("")
    out.append("RAG: Green – on track; Amber – some slippage; Red – off track; Complete – action closed.")
    out.append("Actions are reviewed at every Corporate Parenting Board and with the Children in Care Council.")
    with open(os.path.join(HERE, BX_FILE), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")


def main():
    make_notts()
    make_croydon()
    rows = make_tower_hamlets()
    make_brighton()
    make_waltham()
    make_barnet()
    make_bexley()
    print("Tower Hamlets refuse row (2.2):", rows["2.2"])


if __name__ == "__main__":
    main()
