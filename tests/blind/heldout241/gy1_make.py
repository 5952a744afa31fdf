"""Build the seven gy1- blind test files (set heldout241).

Run with /work/main/.venv/bin/python gy1_make.py  (needs openpyxl and python-docx).
Each action record below carries the cell text written into the file and, beside it,
the reading a person makes of it (lead list, end month, status) for the expected YAML.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="0070C0"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def D(y, m, d):
    return dt.datetime(y, m, d)


def A(ref, under, action, lead_cell, lead, end_cell, end, status_cell, status,
      end_text=None, **extra):
    rec = dict(ref=ref, under=under, action=action, lead_cell=lead_cell, lead=lead,
               end_cell=end_cell, end=end, status_cell=status_cell, status=status)
    if end_text is not None:
        rec["end_text"] = end_text
    rec.update(extra)
    return rec


# ---------------------------------------------------------------------------
# 1. Trafford Council – ILACS improvement plan (xlsx, 3 sheets, theme + recommendation rows,
#    previous/current RAG, target and revised dates)
# ---------------------------------------------------------------------------
TRAFFORD_FILE = "gy1-trafford-council-ilacs-improvement-plan.xlsx"
TRAFFORD_TITLE = "Trafford Council Children's Services – ILACS Improvement Plan 2024–2026"
T1 = "Theme 1: Leadership, management oversight and supervision"
T2 = "Theme 2: Help and protection"
T3 = "Theme 3: Children in care and care leavers"
R1 = "Recommendation 1: The impact of management oversight and supervision in progressing children's plans without delay."
R2 = "Recommendation 2: The response to 16- and 17-year-olds who present as homeless, including their understanding of their rights and entitlements."
R3 = "Recommendation 3: The timeliness and quality of initial child protection conferences."
R4 = "Recommendation 4: The sufficiency of local homes for children in care, so that fewer children live at a distance from Trafford."
R5 = "Recommendation 5: The quality of pathway plans and care leavers' access to their health histories."

TRAFFORD = [
    ("theme", T1), ("rec", R1),
    A("1.1", [T1, R1],
      "Refresh the supervision policy and practice standards so that supervision records set out clear actions and timescales for each child.",
      "Principal Social Worker", ["Principal Social Worker"],
      (D(2024, 5, 31), None), "2024-05", ("Blue", "Blue"), "blue",
      progress="Policy relaunched at practice week in May 2024. Compliance with monthly supervision 91% (January 2025).",
      impact="Audit of 40 supervision records: 78% good or better (December 2024)."),
    A("1.2", [T1, R1],
      "Deliver the 'Leading Good Practice' programme for all team managers and advanced practitioners, including a module on reflective supervision.",
      "Principal Social Worker / Workforce Development Manager",
      ["Principal Social Worker", "Workforce Development Manager"],
      (D(2024, 9, 30), D(2025, 1, 31)), "2025-01", ("Amber", "Green"), "green",
      progress="Cohort 2 finished in January 2025; cohort 3 (newly appointed managers) booked for April 2025.",
      impact="Manager self-assessment shows increased confidence in challenging drift."),
    A("1.3", [T1, R1],
      "Hold a monthly performance clinic for each service area, chaired by the Head of Service, focused on children whose plans have drifted.",
      "Head of Service – Quality Assurance & Safeguarding",
      ["Head of Service – Quality Assurance & Safeguarding"],
      ("Ongoing", None), None, ("Green", "Green"), "green", end_text="Ongoing",
      progress="Clinics running in all four service areas since June 2024.",
      impact="Children open over 12 months without a review of the plan down from 46 to 19."),
    ("theme", T2), ("rec", R2),
    A("2.1", [T2, R2],
      "Agree a joint housing and children's services protocol for homeless 16- and 17-year-olds and train staff in both services to use it.",
      "Head of Service, Front Door and Assessment; Head of Housing Options",
      ["Head of Service, Front Door and Assessment", "Head of Housing Options"],
      (D(2024, 7, 31), D(2024, 10, 31)), "2024-10", ("Amber", "Blue"), "blue",
      progress="Protocol signed by both directors in October 2024; 64 staff trained.",
      impact="All young people presenting since November 2024 offered an assessment within 10 working days."),
    A("2.2", [T2, R2],
      "Commission an advocacy offer so that every homeless 16- or 17-year-old is told about their rights and entitlements, in writing and in person.",
      "Strategic Lead for Commissioning", ["Strategic Lead for Commissioning"],
      (D(2025, 3, 31), None), "2025-03", ("Green", "Amber"), "amber",
      progress="Provider identified; contract award delayed by the procurement timetable.",
      impact=""),
    ("rec", R3),
    A("3.1", [T2, R3],
      "Increase Child Protection Chair capacity by recruiting two permanent chairs, and track the timeliness of initial conferences weekly.",
      "Head of Safeguarding and Quality Assurance", ["Head of Safeguarding and Quality Assurance"],
      (D(2024, 12, 31), D(2025, 6, 30)), "2025-06", ("Red", "Amber"), "amber",
      progress="One permanent chair appointed; second post re-advertised in February 2025.",
      impact="Initial conferences within 15 working days: 83% (January 2025), up from 68%."),
    ("theme", T3), ("rec", R4),
    A("4.1", [T3, R4],
      "Launch the refreshed foster carer recruitment campaign with Greater Manchester partners and improve the financial offer to Trafford foster carers.",
      "Karen Walsh & Daniel Osei", ["Karen Walsh", "Daniel Osei"],
      (D(2024, 10, 31), None), "2024-10", ("Green", "Blue"), "blue",
      progress="New fee structure in place from October 2024; 11 new fostering households approved so far in 2024/25.",
      impact="Children placed more than 20 miles from Trafford down from 31% to 26%."),
    A("4.2", [T3, R4],
      "Open a two-bed children's home in the borough in partnership with a registered provider.",
      "Director of Children's Social Care", ["Director of Children's Social Care"],
      (D(2025, 9, 30), None), "2025-09", ("Amber", "Amber"), "amber",
      progress="Property identified; application for Ofsted registration to be submitted in April 2025.",
      impact=""),
    ("rec", R5),
    A("5.1", [T3, R5],
      "Relaunch the pathway plan template, co-produced with the Care Leavers' Forum, and audit a sample of plans every quarter.",
      "Team Manager, Leaving Care / IRO Service Manager",
      ["Team Manager, Leaving Care", "IRO Service Manager"],
      ("Q4 2024/25", None), "2025-03", ("Green", "Green"), "green",
      progress="New template in use from December 2024; first quarterly audit completed in January 2025.",
      impact="Care leavers who say their plan reflects their wishes: 74% (survey, January 2025)."),
    A("5.2", [T3, R5],
      "Make sure every care leaver receives a written summary of their health history before their 18th birthday.",
      "Designated Nurse for Children in Care (ICB)", ["Designated Nurse for Children in Care (ICB)"],
      (D(2025, 3, 31), None), "2025-03", ("Amber", "Green"), "green",
      progress="Health passports issued to 38 of 42 young people turning 18 since September 2024.",
      impact=""),
]


def build_trafford(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = TRAFFORD_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov.merge_cells("A1:D1")
    cov["A3"] = "Document control"
    cov["A3"].font = Font(bold=True)
    rows = [("Document owner", "Corporate Director of Children's Services"),
            ("Governance", "Children's Improvement Board (bi-monthly)"),
            ("Version", "v4.2"),
            ("Date of this update", D(2025, 2, 18)),
            ("Next review", D(2025, 4, 15))]
    r = 4
    for k, v in rows:
        cov.cell(r, 1, k).font = Font(bold=True)
        c = cov.cell(r, 2, v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        r += 1
    r += 1
    cov.cell(r, 1, "Version history").font = Font(bold=True)
    r += 1
    for i, h in enumerate(["Version", "Date", "Summary of change", "Author"], 1):
        cov.cell(r, i, h).font = Font(bold=True)
    hist = [("v1.0", D(2024, 3, 22), "Plan submitted to Ofsted", "Strategic Lead, Improvement"),
            ("v3.0", D(2024, 11, 5), "Revised dates agreed at Improvement Board", "Strategic Lead, Improvement"),
            ("v4.2", D(2025, 2, 18), "February progress updates and RAG", "Performance and Improvement Officer")]
    for h in hist:
        r += 1
        for i, v in enumerate(h, 1):
            c = cov.cell(r, i, v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    for col, w in zip("ABCD", (24, 44, 44, 34)):
        cov.column_dimensions[col].width = w

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG Key"
    key["A1"].font = Font(bold=True)
    for i, (word, fill, meaning) in enumerate([
            ("Blue", "blue", "Complete – action delivered and impact evidenced"),
            ("Green", "green", "On track to be delivered by the target date"),
            ("Amber", "amber", "Some slippage – revised date agreed or at risk"),
            ("Red", "red", "Off track – escalated to Improvement Board")], start=3):
        key.cell(i, 1, word).fill = FILL[fill]
        key.cell(i, 2, meaning)
    key.column_dimensions["B"].width = 55

    ws = wb.create_sheet("Improvement Plan")
    ncol = 9
    last = get_column_letter(ncol)
    ws["A1"] = TRAFFORD_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(f"A1:{last}1")
    ws["A2"] = ("Inspection: 27 November – 8 December 2023  |  Report published: 26 January 2024  |  "
                "Overall effectiveness: Requires improvement to be good")
    ws.merge_cells(f"A2:{last}2")
    ws["A3"] = "Progress position: February 2025"
    ws["A3"].font = Font(italic=True)
    heads = ["Ref", "Action", "Lead officer", "Target date", "Revised date",
             "Previous RAG (Nov 24)", "Current RAG (Feb 25)", "Progress update", "Evidence of impact"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    for item in TRAFFORD:
        if isinstance(item, tuple):
            kind, text = item
            c = ws.cell(r, 1, text)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            if kind == "theme":
                c.font = Font(bold=True, size=12)
                c.fill = PatternFill("solid", fgColor="BDD7EE")
            else:
                c.font = Font(bold=True, italic=True)
                c.fill = PatternFill("solid", fgColor="F2F2F2")
            c.alignment = Alignment(wrap_text=True)
            r += 1
            continue
        tgt, rev = item["end_cell"]
        prev, cur = item["status_cell"]
        vals = [item["ref"], item["action"], item["lead_cell"], tgt, rev, prev, cur,
                item["progress"], item["impact"] or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(r, 6).fill = FILL[prev.lower()]
        ws.cell(r, 7).fill = FILL[cur.lower()]
        ws.cell(r, 7).font = Font(bold=True)
        r += 1
    r += 1
    ws.cell(r, 1, "Summary of current RAG").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    r += 1
    acts = [a for a in TRAFFORD if isinstance(a, dict)]
    ws.cell(r, 1, "Total actions")
    ws.cell(r, 2, len(acts))
    for word in ("Blue", "Green", "Amber", "Red"):
        r += 1
        ws.cell(r, 1, word).fill = FILL[word.lower()]
        ws.cell(r, 2, sum(1 for a in acts if a["status_cell"][1] == word))
    for col, w in zip("ABCDEFGHI", (7, 52, 30, 12, 12, 12, 12, 46, 40)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. West Sussex LAP – SEND strategic action plan (xlsx: Overview sheet with key and summary,
#    action sheet with area-for-improvement column merged down, fill-only RAG, terms, revised)
# ---------------------------------------------------------------------------
WSX_FILE = "gy1-west-sussex-local-area-send-strategic-action-plan.xlsx"
WSX_TITLE = "West Sussex Local Area Partnership – SEND Strategic Action Plan"
W1 = ("AFI 1: Health leaders should act quickly to address 'waiting well' arrangements and gaps in "
      "provision, including speech and language therapy, neurodevelopmental pathways and CAMHS.")
W2 = ("AFI 2: Health leaders should make sure that children at high risk of aspiration are fully "
      "assessed without delay, including access to video-fluoroscopy.")
W3 = ("AFI 3: Leaders should improve the timeliness and quality of EHC plans through processes that "
      "are rigorous and sustainable.")
W4 = ("AFI 4: Leaders should continue to strengthen their oversight and commissioning of specialist "
      "school places and alternative provision.")
W5 = "AFI 5: Leaders should strengthen their strategic approach to preparation for adulthood."

WSX = [
    A("1.1", [W1],
      "Publish a 'waiting well' offer for families on the neurodevelopmental pathway, with information, workshops and a named contact.",
      "Head of Children's Commissioning (NHS Sussex)", ["Head of Children's Commissioning (NHS Sussex)"],
      ("Summer term 2024", "Autumn term 2024"), "2024-12", None, "blue", end_text="Autumn term 2024",
      partners="Parent Carer Forum, Reaching Families",
      progress="Offer published November 2024; 1,140 families contacted."),
    A("1.2", [W1],
      "Reduce the longest waits for speech and language therapy by commissioning additional assessment capacity.",
      "DCO (ICB) / Head of SEND", ["DCO (ICB)", "Head of SEND"],
      ("March 2025", None), "2025-03", None, "green",
      partners="Sussex Community NHS Foundation Trust",
      progress="Additional capacity in place from January; waits over 52 weeks down from 212 to 96 children."),
    A("1.3", [W1],
      "Agree a single CAMHS and emotional wellbeing pathway for children with SEND, co-produced with young people.",
      "Associate Director of Mental Health Commissioning", ["Associate Director of Mental Health Commissioning"],
      ("Sept 2024 – March 2025", None), "2025-03", None, "amber", end_text="Sept 2024 – March 2025",
      partners="Sussex Partnership NHS Foundation Trust, schools",
      progress="Draft pathway agreed by health partners; co-production with young people running behind plan."),
    A("2.1", [W2],
      "Set up a local video-fluoroscopy clinic and a tracked waiting list for children identified as at high risk of aspiration.",
      "Designated Clinical Officer", ["Designated Clinical Officer"],
      (D(2024, 5, 31), None), "2024-05", None, "blue",
      partners="University Hospitals Sussex",
      progress="Clinic running fortnightly since May 2024; no child at high risk waiting over six weeks."),
    A("3.1", [W3],
      "Recruit to the expanded EHC assessment team and clear the backlog of overdue needs assessments.",
      "Assistant Director – Education and Skills", ["Assistant Director – Education and Skills"],
      ("Q3 2024/25", "Q1 2025/26"), "2025-06", None, "red",
      partners="",
      progress="Eight of 14 posts filled. Plans issued within 20 weeks: 19% (February 2025)."),
    A("3.2", [W3],
      "Introduce a multi-agency quality assurance panel that audits a sample of new EHC plans every month.",
      "Head of SEND Assessment and Commissioning", ["Head of SEND Assessment and Commissioning"],
      ("Monthly", None), None, None, "green", end_text="Monthly",
      partners="Health, social care, Parent Carer Forum",
      progress="Panel has met monthly since June 2024; 61% of audited plans good or better."),
    A("3.3", [W3],
      "Launch the online EHC hub so families can track the progress of their child's assessment.",
      "Lucy Harding and Tom Ashworth", ["Lucy Harding", "Tom Ashworth"],
      ("December 2024", "April 2025"), "2025-04", None, "amber",
      partners="",
      progress="Supplier testing delayed; revised go-live April 2025."),
    A("4.1", [W4],
      "Open 180 additional specialist places through new special support centres in mainstream schools.",
      "Head of School Organisation and Capital", ["Head of School Organisation and Capital"],
      ("September 2025", None), "2025-09", None, "green",
      partners="Schools and academy trusts",
      progress="112 places agreed with 9 schools; building works started at 5 sites."),
    A("4.2", [W4],
      "Set up a quality assurance framework and termly visits for all commissioned alternative provision.",
      "Head of Inclusion", ["Head of Inclusion"],
      ("Summer term 2025", None), "2025-07", None, "unrated", end_text="Summer term 2025",
      partners="",
      progress="Not yet started – framework to be drafted once the AP commissioning review reports."),
    A("5.1", [W5],
      "Agree a preparing for adulthood strategy with young people, adult social care and post-16 providers.",
      "Head of SEND / Assistant Director, Adult Social Care",
      ["Head of SEND", "Assistant Director, Adult Social Care"],
      ("January 2025", None), "2025-01", None, "blue",
      partners="Post-16 providers",
      progress="Strategy signed off by the Partnership Board in January 2025."),
    A("5.2", [W5],
      "Make sure that every EHC plan review from Year 9 includes preparing for adulthood outcomes, tracked through the annual review dashboard.",
      "Head of SEND Assessment and Commissioning", ["Head of SEND Assessment and Commissioning"],
      ("Ongoing", None), None, None, "green", end_text="Ongoing",
      partners="Schools and colleges",
      progress="Dashboard live; 58% of Year 9+ reviews include PfA outcomes (up from 31%)."),
]
WSX_AFIS = [W1, W2, W3, W4, W5]
WSX_KEY = [("blue", "Complete"), ("green", "On track"), ("amber", "At risk – mitigations in place"),
           ("red", "Off track – escalate to Board"), (None, "No colour = not yet started")]


def build_wsx(path):
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = WSX_TITLE
    ov["A1"].font = Font(bold=True, size=14)
    ov["A2"] = "Response to the Ofsted and CQC area SEND inspection, 13–17 November 2023"
    ov["A3"] = "Progress update for the SEND and Inclusion Partnership Board – March 2025"
    ov["A3"].font = Font(italic=True)
    ov["A5"] = "RAG key"
    ov["A5"].font = Font(bold=True)
    r = 6
    for fill, text in WSX_KEY:
        if fill:
            ov.cell(r, 1).fill = FILL[fill]
        ov.cell(r, 2, text)
        r += 1
    r += 1
    heads = ["Area for improvement", "Actions", "Complete", "On track", "At risk", "Off track", "Not started"]
    for i, h in enumerate(heads, 1):
        ov.cell(r, i, h).font = Font(bold=True)
    order = ["blue", "green", "amber", "red", "unrated"]
    tot = [0] * 6
    for n, afi in enumerate(WSX_AFIS, 1):
        r += 1
        acts = [a for a in WSX if a["under"][0] == afi]
        counts = [len(acts)] + [sum(1 for a in acts if a["status"] == s) for s in order]
        ov.cell(r, 1, f"AFI {n}")
        for i, v in enumerate(counts, 2):
            ov.cell(r, i, v)
        tot = [x + y for x, y in zip(tot, counts)]
    r += 1
    ov.cell(r, 1, "Total").font = Font(bold=True)
    for i, v in enumerate(tot, 2):
        ov.cell(r, i, v).font = Font(bold=True)
    ov.column_dimensions["A"].width = 22
    ov.column_dimensions["B"].width = 34

    ws = wb.create_sheet("Action plan")
    ws["A1"] = "SEND Strategic Action Plan – actions and progress"
    ws["A1"].font = Font(bold=True, size=12)
    heads = ["Area for improvement", "Ref", "What we will do", "Lead(s)", "Partners",
             "Original timescale", "Revised timescale", "RAG", "Progress – March 2025"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(3, i, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.alignment = WRAP
        c.border = BOX
    r = 4
    for afi in WSX_AFIS:
        acts = [a for a in WSX if a["under"][0] == afi]
        top = r
        for a in acts:
            orig, rev = a["end_cell"]
            vals = [afi if r == top else None, a["ref"], a["action"], a["lead_cell"], a["partners"] or None,
                    orig, rev, None, a["progress"]]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if a["status"] in FILL:
                ws.cell(r, 8).fill = FILL[a["status"]]
            r += 1
        if r - 1 > top:
            ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "RAG is shown by cell colour – see the key on the Overview sheet.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (38, 6, 50, 30, 26, 16, 16, 7, 46)):
        ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Oxfordshire – focused visit action plan (xlsx) – REFUSE: "Febuary 2026" in a deadline cell
# ---------------------------------------------------------------------------
OXF_FILE = "gy1-oxfordshire-county-council-focused-visit-action-plan-typo-month-refuse.xlsx"
OXF_TITLE = "Oxfordshire County Council – Ofsted Focused Visit Action Plan"
OXF_ROWS = [
    (1, "The timeliness of permanence planning for children in care, including children living with connected carers.",
     "Track every child in care without a permanence plan by their second review, using the permanence tracker reviewed at the monthly Permanence Panel.",
     "Head of Service – Corporate Parenting", "Sep-25", "Complete", "Tracker live since August 2025."),
    (2, None,
     "Complete connected carer (Regulation 24) assessments within 16 weeks, with any extension signed off by the Service Manager.",
     "Kinship Service Manager", "Dec-25", "In progress", "Average assessment length 19 weeks (October)."),
    (3, "The quality of children's written plans, so that they are specific about what needs to happen and by when.",
     "Roll out the SMART care planning workshop to all children in care social workers and IROs.",
     "Principal Social Worker", "Nov-25", "Complete", "Seven workshops delivered; 96 staff attended."),
    (4, None,
     "Quarterly IRO audit of care plans, with findings reported to the Quality Assurance Board.",
     "IRO Service Manager", "Quarterly", "In progress", "First audit reported in October 2025."),
    (5, "Children's access to timely assessment and support for their emotional health and wellbeing.",
     "Agree a joint pathway with Oxford Health CAMHS for children in care, including a consultation offer for carers.",
     "Head of Service – Corporate Parenting; CAMHS Service Lead", "Febuary 2026", "In progress",
     "Draft pathway going to CAMHS governance in January."),
    (6, None,
     "Complete a Strengths and Difficulties Questionnaire for every child in care each year and use the scores in health assessments.",
     "Virtual School Head / Designated Nurse", "Mar-26", "Not started", ""),
    (7, None,
     "Publish the children in care emotional wellbeing offer on the Local Offer and in the Children in Care Council newsletter.",
     "Participation Lead", "Apr-26", "Not started", ""),
]
OXF_FIRST_ROW = 6   # sheet row of the first action; the typo is on the fifth action


def build_oxf(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = OXF_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Focused visit: children in care – 13 and 14 May 2025 (letter published 19 June 2025)"
    ws["A3"] = ("Plan owner: Director of Children's Services  |  Reported to: Children's Services Leadership Team "
                "and Corporate Parenting Panel  |  Version 3 – updated 10 November 2025")
    heads = ["No.", "Area for improvement (Ofsted letter)", "Action", "Responsible", "Deadline", "Status", "Comments"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="C6E0B4")
        c.border = BOX
    r = OXF_FIRST_ROW
    for row in OXF_ROWS:
        for i, v in enumerate(row, 1):
            c = ws.cell(r, i, v if v != "" else None)
            c.alignment = WRAP
            c.border = BOX
        r += 1
    for col, w in zip("ABCDEFG", (5, 40, 52, 30, 13, 12, 38)):
        ws.column_dimensions[col].width = w
    vc = wb.create_sheet("Version control")
    for i, h in enumerate(["Version", "Date", "Change", "By"], 1):
        vc.cell(1, i, h).font = Font(bold=True)
    for r, row in enumerate([("1", "03/07/2025", "First draft for CSLT", "Improvement Manager"),
                             ("2", "15/07/2025", "Sent to Ofsted", "Improvement Manager"),
                             ("3", "10/11/2025", "Progress and status updated", "Improvement Manager")], 2):
        for i, v in enumerate(row, 1):
            vc.cell(r, i, v)
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. Lancashire CSAP – JTAI action plan (docx: document control + key tables, one table per
#    priority, first row "Area for improvement n" | text, letter RAG, sign-off table)
# ---------------------------------------------------------------------------
LAN_FILE = "gy1-lancashire-csap-jtai-action-plan.docx"
LAN_TITLE = "Lancashire Children's Safeguarding Assurance Partnership – JTAI Action Plan"
LP1 = "Priority 1: Leadership and strategic partnership"
LP2 = "Priority 2: Identifying and responding to risk"
LP3 = "Priority 3: Children's health and education"
LA1 = ("How partners use their shared understanding of serious youth violence to target prevention and "
       "disruption activity in the places where children are most at risk.")
LA2 = ("The quality of multi-agency assessments and plans for children at risk of serious youth violence, "
       "so that they address risks outside the home as well as within the family.")
LA3 = ("The timeliness of access to emotional and mental health support for children who are excluded or at "
       "risk of exclusion and who are involved in, or at risk of, serious youth violence.")
LAN = [
    (LP1, "Area for improvement 1", LA1, [
        A("1.1", [LP1, LA1],
          "Publish a joint strategic needs assessment for serious youth violence, drawing on police, health, education and youth justice data.",
          "Lancashire Violence Reduction Network Director", ["Lancashire Violence Reduction Network Director"],
          "31/07/2024", "2024-07", "B", "blue",
          update="Published July 2024 and presented to the LCSAP Executive."),
        A("1.2", [LP1, LA1],
          "Agree a place-based disruption plan for each of the three localities (North, Central and East) with named partnership leads.",
          "Detective Superintendent, Public Protection (Lancashire Constabulary)",
          ["Detective Superintendent, Public Protection (Lancashire Constabulary)"],
          "End of October 2024", "2024-10", "A", "amber",
          update="Central and East plans agreed; North plan delayed by a change of chair."),
        A("1.3", [LP1, LA1],
          "Report progress against the serious youth violence outcomes framework to the LCSAP Executive.",
          "LCSAP Business Manager", ["LCSAP Business Manager"],
          "Termly", None, "G", "green", end_text="Termly",
          update="Reports made in September 2024 and January 2025."),
    ]),
    (LP2, "Area for improvement 2", LA2, [
        A("2.1", [LP2, LA2],
          "Revise the contextual safeguarding assessment and the child exploitation risk screening so that they sit within one multi-agency assessment.",
          "LCC Head of Service, Family Safeguarding / ICB Designated Nurse Safeguarding Children",
          ["LCC Head of Service, Family Safeguarding", "ICB Designated Nurse Safeguarding Children"],
          "Q3 2024/25", "2024-12", "B", "blue",
          update="Single assessment in use on the case management system from December 2024."),
        A("2.2", [LP2, LA2],
          "Deliver multi-agency training on extra-familial harm to practitioners in schools, health, police and youth justice.\n"
          "Training to include safety mapping and plans for places and peer groups.",
          "LCSAP Learning and Development Manager", ["LCSAP Learning and Development Manager"],
          "March 2025", "2025-03", "G", "green",
          update="412 practitioners trained to date; evaluation shows improved confidence."),
        A("2.3", [LP2, LA2],
          "Introduce a fortnightly multi-agency risk management meeting for children assessed as at high risk, attended by police, youth justice, education and health.",
          "Head of Youth Justice Service & Detective Chief Inspector, Exploitation",
          ["Head of Youth Justice Service", "Detective Chief Inspector, Exploitation"],
          "01/09/2024", "2024-09", "B", "blue",
          update="Meetings running in all three localities since September 2024."),
    ]),
    (LP3, "Area for improvement 3", LA3, [
        A("3.1", [LP3, LA3],
          "Put in place a fast-track referral route from the youth justice service and alternative provision into the CAMHS crisis and liaison teams.",
          "ICB Associate Director of Children's Mental Health", ["ICB Associate Director of Children's Mental Health"],
          "30/06/2025", "2025-06", "A", "amber",
          update="Route agreed in principle; funding for additional practitioner hours not yet confirmed."),
        A("3.2", [LP3, LA3],
          "Share notice of suspensions and permanent exclusions of children open to social care or youth justice with the allocated worker within one working day.",
          "Head of Inclusion Services", ["Head of Inclusion Services"],
          "Sept 2024 – Feb 2025", "2025-02", "R", "red", end_text="Sept 2024 – Feb 2025",
          update="Data-sharing agreement not yet signed by all academy trusts; escalated to the Executive."),
    ]),
]


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def set_cell_lines(cell, text):
    lines = text.split("\n")
    cell.text = lines[0]
    for ln in lines[1:]:
        cell.add_paragraph(ln)


def build_lan(path):
    d = docx.Document()
    d.add_paragraph(LAN_TITLE, style="Title")
    d.add_paragraph("Joint targeted area inspection of the multi-agency response to serious youth violence, 4–8 March 2024")
    d.add_paragraph("Action plan submitted to Ofsted: July 2024. Progress update: January 2025.")
    d.add_heading("Document control", level=1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Owner", "LCSAP Executive (Lancashire County Council, Lancashire Constabulary, NHS Lancashire and South Cumbria ICB)"),
                 ("Version", "2.3"), ("Date", "20 January 2025"), ("Author", "LCSAP Business Manager"),
                 ("Status", "Approved by the LCSAP Executive")]:
        row = t.add_row().cells
        bold_cell(row[0], k)
        row[1].text = v
    d.add_heading("RAG key", level=1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v, col in [("B", "Complete", "0070C0"), ("G", "On track", "00B050"),
                      ("A", "Some delay – mitigation agreed", "FFC000"),
                      ("R", "Off track – escalation required", "FF0000")]:
        row = t.add_row().cells
        bold_cell(row[0], k)
        shade(row[0], col)
        row[1].text = v
    heads = ["Ref", "Action", "Lead", "By when", "RAG", "Update"]
    for prio, label, afi, acts in LAN:
        d.add_heading(prio, level=1)
        t = d.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        bold_cell(t.cell(0, 0), label)
        shade(t.cell(0, 0), "D9D9D9")
        m = t.cell(0, 1).merge(t.cell(0, 5))
        m.text = afi
        for i, h in enumerate(heads):
            bold_cell(t.cell(1, i), h)
            shade(t.cell(1, i), "DEEAF6")
        for a in acts:
            row = t.add_row().cells
            row[0].text = a["ref"]
            set_cell_lines(row[1], a["action"])
            row[2].text = a["lead_cell"]
            row[3].text = a["end_cell"]
            row[4].text = a["status_cell"]
            shade(row[4], {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}[a["status_cell"]])
            row[5].text = a["update"]
        d.add_paragraph("")
    d.add_heading("Sign-off by the safeguarding partners", level=1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Partner", "Signed on behalf of", "Date"]):
        bold_cell(t.cell(0, i), h)
    for row in [("Lancashire County Council", "Executive Director of Education and Children's Services", "22/07/2024"),
                ("Lancashire Constabulary", "Assistant Chief Constable", "22/07/2024"),
                ("NHS Lancashire and South Cumbria ICB", "Chief Nursing Officer", "23/07/2024")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    d.save(path)


# ---------------------------------------------------------------------------
# 5. Foster Wales Denbighshire – CIW fostering inspection improvement plan (docx: one table,
#    theme rows merged across, regulation finding merged down over its actions)
# ---------------------------------------------------------------------------
DEN_FILE = "gy1-denbighshire-foster-wales-ciw-fostering-inspection-improvement-plan.docx"
DEN_TITLE = "Foster Wales Denbighshire – CIW Inspection Improvement Plan"
DT1 = "Care and Support"
DT2 = "Leadership and Management"
DF1 = "Regulation 19: Placement plans and foster carer agreements are not always updated when a child's circumstances change."
DF2 = "Regulation 36: Not all foster carers have completed mandatory training within the timescales set in their learning and development plans."
DF3 = "Regulation 80: The responsible individual's six-monthly quality of care review does not include the views of children placed with foster carers."
DEN = [
    (DT1, [
        (DF1, [
            A("1a", [DT1, DF1],
              "Review all current placement plans and foster carer agreements and update any that do not reflect the child's present circumstances.",
              "Team Manager – Fostering", ["Team Manager – Fostering"],
              "30/09/2024", "2024-09", "Complete", "blue"),
            A("1b", [DT1, DF1],
              "Add a prompt to the supervising social worker visit template to check the placement plan at every visit.",
              "Sian Roberts (Team Manager)", ["Sian Roberts (Team Manager)"],
              "October 2024", "2024-10", "Complete", "blue"),
            A("1c", [DT1, DF1],
              "Audit a sample of ten placement plans each quarter and report the findings to the Fostering Panel.",
              "Quality Assurance Officer", ["Quality Assurance Officer"],
              "Quarterly", None, "Green", "green", end_text="Quarterly"),
        ]),
        (DF2, [
            A("2a", [DT1, DF2],
              "Refresh the foster carer learning and development framework with foster carers and Foster Wales regional partners.",
              "Service Manager, Placements and Permanency", ["Service Manager, Placements and Permanency"],
              "By 31 March 2025", "2025-03", "Green", "green"),
            A("2b", [DT1, DF2],
              "Contact each foster carer with outstanding mandatory training and agree dates for it to be completed.",
              "Supervising Social Workers", ["Supervising Social Workers"],
              "December 2024", "2024-12", "Amber", "amber"),
        ]),
    ]),
    (DT2, [
        (DF3, [
            A("3a", [DT2, DF3],
              "Gather the views of children and young people through the Young Ambassadors group and an online survey before each review.",
              "Participation Officer / Responsible Individual", ["Participation Officer", "Responsible Individual"],
              "January 2025", "2025-01", "Complete", "blue"),
            A("3b", [DT2, DF3],
              "Publish a children's summary of the quality of care review on the Foster Wales Denbighshire website.",
              "Responsible Individual", ["Responsible Individual"],
              "June 2025", "2025-06", "Not started", "unrated"),
        ]),
    ]),
]


def build_den(path):
    d = docx.Document()
    d.add_heading(DEN_TITLE, level=0)
    d.add_paragraph("Cyngor Sir Ddinbych / Denbighshire County Council – Education and Children's Services")
    d.add_paragraph("Inspection of the local authority fostering service: 3–6 June 2024. Report published: 2 August 2024.")
    d.add_paragraph("CIW identified three areas for improvement. No priority action notices were issued. "
                    "This plan sets out how the service will respond and is reviewed monthly by the Service Manager.")
    heads = ["No.", "Finding / regulation", "Action", "Responsible officer", "Timescale", "RAG"]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        bold_cell(t.cell(0, i), h)
        shade(t.cell(0, i), "C5E0B3")
    colour = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}
    for theme, findings in DEN:
        row = t.add_row()
        c = row.cells[0].merge(row.cells[5])
        bold_cell(c, theme)
        shade(c, "E2EFD9")
        for finding, acts in findings:
            first = len(t.rows)
            for a in acts:
                cells = t.add_row().cells
                cells[0].text = a["ref"]
                cells[2].text = a["action"]
                cells[3].text = a["lead_cell"]
                cells[4].text = a["end_cell"]
                cells[5].text = a["status_cell"]
                if a["status"] in colour:
                    shade(cells[5], colour[a["status"]])
            lastr = len(t.rows) - 1
            top = t.cell(first, 1)
            if lastr > first:
                top = top.merge(t.cell(lastr, 1))
            top.text = finding
    d.add_paragraph("")
    d.add_paragraph("RAG: Complete = action finished; Green = on track; Amber = at risk of missing the timescale; "
                    "Red = timescale will not be met; Not started = work not yet begun.")
    d.add_paragraph("Plan owner: Head of Children's Services. Last updated: 14 February 2025.")
    d.save(path)


# ---------------------------------------------------------------------------
# 6. Hull YJS – HMIP inspection improvement plan (csv export: title lines, recommendation
#    text only on first row of its group, quoted multi-line action, summary line)
# ---------------------------------------------------------------------------
HULL_FILE = "gy1-hull-yjs-hmip-improvement-plan.csv"
HULL_TITLE = "Hull Youth Justice Service – HMIP Inspection Improvement Plan"
H1 = "1. Improve the quality of assessment and planning so that they consistently address the risk of harm to others and the safety of victims."
H2 = "2. Make sure that the needs and wishes of victims are consistently considered in planning and in restorative justice work."
H3 = "3. Strengthen joint working with children's social care for children subject to child protection or child in need plans."
H4 = "4. The Partnership Board should make sure that children have timely access to speech, language and communication and emotional wellbeing support."
H5 = "5. The Partnership Board should improve its oversight of disproportionality and act on what it finds."
HULL = [
    A("1.1", [H1],
      "Deliver refresher training on AssetPlus risk of harm assessment for all case managers.\n"
      "Training to include contingency planning and managing victim safety.",
      "YJS Operational Manager (Court & Resettlement)", ["YJS Operational Manager (Court & Resettlement)"],
      "31/07/2025", "2025-07", "Complete", "blue",
      update="Delivered in June and July 2025; 27 of 29 staff attended."),
    A("1.2", [H1],
      "Introduce a management oversight checklist for all assessments rated high or very high risk of harm, signed off within five working days.",
      "Head of Youth Justice Service", ["Head of Youth Justice Service"],
      "Jun-25", "2025-06", "Complete", "blue",
      update="Checklist in use since May 2025; sign-off within five days in 88% of cases."),
    A("2.1", [H2],
      "Recruit a full-time victim and restorative justice worker.",
      "Head of Youth Justice Service", ["Head of Youth Justice Service"],
      "Oct-25", "2025-10", "Green", "green",
      update="Post appointed; starts 6 October 2025."),
    A("2.2", [H2],
      "Make sure every victim is contacted within 10 working days of the YJS receiving the referral, and record their wishes in the child's plan.",
      "Victim Liaison Officer; Team Leader (Out of Court)", ["Victim Liaison Officer", "Team Leader (Out of Court)"],
      "Dec-25", "2025-12", "Amber", "amber",
      update="Contact within 10 working days: 71% in Q2."),
    A("3.1", [H3],
      "Agree a joint working protocol between the YJS and children's social care, including joint supervision for shared cases.",
      "Head of Youth Justice Service / Head of Safeguarding (Children's Social Care)",
      ["Head of Youth Justice Service", "Head of Safeguarding (Children's Social Care)"],
      "Q3 2025/26", "2025-12", "Green", "green",
      update="Draft protocol shared with both leadership teams in September."),
    A("3.2", [H3],
      "Invite the YJS case manager to every child protection conference and core group for children open to both services.",
      "Child Protection Chairs' Team Manager", ["Child Protection Chairs' Team Manager"],
      "Ongoing", None, "Green", "green", end_text="Ongoing",
      update="YJS attendance at ICPCs for shared cases: 90% in Q2."),
    A("4.1", [H4],
      "Fund a seconded speech and language therapist in the YJS for two days a week.",
      "Chair of YJ Partnership Board; ICB Head of Children's Commissioning",
      ["Chair of YJ Partnership Board", "ICB Head of Children's Commissioning"],
      "Mar-26", "2026-03", "Amber", "amber",
      update="Funding agreed for 2026/27; interim cover being sought."),
    A("4.2", [H4],
      "Screen every child entering the YJS for speech, language and communication needs within 20 working days.",
      "YJS Health Lead", ["YJS Health Lead"],
      "Jan-26", "2026-01", "Red", "red",
      update="No SLT in post since May; screening rate 34%."),
    A("5.1", [H5],
      "Add disproportionality data by ethnicity, care status and SEND to the quarterly Board performance report.",
      "YJS Performance and Information Officer", ["YJS Performance and Information Officer"],
      "Oct-25", "2025-10", "Complete", "blue",
      update="Included in the Q1 report to the October Board."),
    A("5.2", [H5],
      "Hold a Board development session on disproportionality, led by children and families with lived experience.",
      "Chair of YJ Partnership Board", ["Chair of YJ Partnership Board"],
      "Q4 2025/26", "2026-03", "", "unrated",
      update="Not yet started; date to be set."),
]


def build_hull(path):
    ncol = 7
    pad = lambda first: [first] + [""] * (ncol - 1)
    rows = [pad(HULL_TITLE),
            pad("Inspection fieldwork 13–17 January 2025 | Report published 1 April 2025 | Overall rating: Requires improvement"),
            pad("Progress position at 30 September 2025 – reported to the Hull Youth Justice Partnership Board"),
            [""] * ncol,
            ["Recommendation", "Action ref", "Action", "Owner", "Target date", "RAG", "Update"]]
    seen = set()
    for a in HULL:
        rec = a["under"][0]
        rows.append([rec if rec not in seen else "", a["ref"], a["action"], a["lead_cell"],
                     a["end_cell"], a["status_cell"], a["update"]])
        seen.add(rec)
    rows.append([""] * ncol)
    n = {s: sum(1 for a in HULL if a["status"] == s) for s in ("blue", "green", "amber", "red", "unrated")}
    rows.append(pad(f"Summary: {len(HULL)} actions – Complete {n['blue']}, Green {n['green']}, Amber {n['amber']}, "
                    f"Red {n['red']}, Not started {n['unrated']}"))
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Stockport – early help strategy action plan (tab-separated text; priority lines, letter RAG)
# ---------------------------------------------------------------------------
STK_FILE = "gy1-stockport-early-help-partnership-action-plan.txt"
STK_TITLE = "Stockport Early Help Partnership – Early Help Strategy Action Plan 2025/26"
S1 = "Priority 1: Right help at the right time"
S2 = "Priority 2: Family Hubs at the heart of communities"
S3 = "Priority 3: A skilled and confident early help workforce"
STK = [
    (S1, [
        A("1.1", [S1],
          "Launch the refreshed Stockport Family request for support form and partner guidance, replacing the current early help assessment referral route.",
          "Early Help and Prevention Lead", ["Early Help and Prevention Lead"],
          "Sep-25", "2025-09", "B", "blue",
          comment="Live from 1 September 2025; 212 requests in the first six weeks."),
        A("1.2", [S1],
          "Train designated safeguarding leads in all Stockport schools to act as lead practitioner for families at the early help level.",
          "Doyle, Mark", ["Doyle, Mark"],
          "Summer term 2026", "2026-07", "G", "green", end_text="Summer term 2026",
          comment="Primary DSL sessions complete; secondary sessions booked for the spring."),
        A("1.3", [S1],
          "Agree step-up and step-down standards between early help and children's social care, and audit 20 cases a quarter against them.",
          "Head of Service, Early Help & Prevention / Head of MASH",
          ["Head of Service, Early Help & Prevention", "Head of MASH"],
          "31/12/2025", "2025-12", "A", "amber",
          comment="Standards drafted; audit tool still to be agreed."),
    ]),
    (S2, [
        A("2.1", [S2],
          "Open the fourth and fifth Family Hubs, in Reddish and Brinnington, with the full Start for Life offer.",
          "Family Hubs Programme Manager", ["Family Hubs Programme Manager"],
          "Mar-26", "2026-03", "G", "green",
          comment="Reddish hub opened October 2025; Brinnington on track for March."),
        A("2.2", [S2],
          "Publish an online Family Hubs timetable and directory, co-produced with parents and carers.",
          "Sarah Kenyon & Priya Nair", ["Sarah Kenyon", "Priya Nair"],
          "Autumn term 2025", "2025-12", "B", "blue", end_text="Autumn term 2025",
          comment="Published on the Stockport Family website in October."),
        A("2.3", [S2],
          "Extend the Family Hubs parent-infant mental health offer to fathers and co-parents.",
          "Perinatal and Infant Mental Health Lead", ["Perinatal and Infant Mental Health Lead"],
          "Sept 2025 – Jan 2026", "2026-01", "", "unrated", end_text="Sept 2025 – Jan 2026",
          comment="Waiting for confirmation of Start for Life grant."),
    ]),
    (S3, [
        A("3.1", [S3],
          "Deliver the multi-agency early help practitioner training programme, including Signs of Safety and the Graded Care Profile 2.",
          "Stockport Safeguarding Children Partnership Training Lead",
          ["Stockport Safeguarding Children Partnership Training Lead"],
          "Ongoing", None, "G", "green", end_text="Ongoing",
          comment="14 sessions delivered since April; 310 practitioners attended."),
        A("3.2", [S3],
          "Introduce a quarterly early help practice audit with partners and publish a learning briefing after each round.",
          "Early Help Quality Assurance Manager", ["Early Help Quality Assurance Manager"],
          "By 31 March 2026", "2026-03", "A", "amber",
          comment="First audit round moved to January 2026."),
        A("3.3", [S3],
          "Measure practitioner confidence through an annual early help workforce survey.",
          "Early Help and Prevention Lead", ["Early Help and Prevention Lead"],
          "Jan-26", "2026-01", "R", "red",
          comment="Survey platform not yet procured; escalated to the Board."),
    ]),
]


def build_stk(path):
    lines = [STK_TITLE,
             "Stockport Family | Early Help and Family Help Partnership Board | Update for Board meeting 12 November 2025",
             "RAG key: B = complete  G = on track  A = some risk to delivery  R = off track  (blank) = not yet started",
             "",
             "\t".join(["Ref", "What we will do", "Lead(s)", "By when", "RAG", "Comment"])]
    for prio, acts in STK:
        lines.append(prio)
        for a in acts:
            lines.append("\t".join([a["ref"], a["action"], a["lead_cell"], a["end_cell"],
                                    a["status_cell"], a["comment"]]))
    lines += ["",
              "Notes: actions carried forward from the 2024/25 plan are shown in the Comment column. "
              "The full performance dashboard is provided separately."]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


def flat(lst):
    out = []
    for item in lst:
        if isinstance(item, dict):
            out.append(item)
        elif isinstance(item, tuple):
            for sub in item:
                if isinstance(sub, list):
                    out.extend(flat(sub))
        elif isinstance(item, list):
            out.extend(flat(item))
    return out


CASES = {
    TRAFFORD_FILE: (build_trafford, TRAFFORD_TITLE, lambda: [a for a in TRAFFORD if isinstance(a, dict)]),
    WSX_FILE: (build_wsx, WSX_TITLE, lambda: WSX),
    OXF_FILE: (build_oxf, OXF_TITLE, lambda: []),
    LAN_FILE: (build_lan, LAN_TITLE, lambda: [a for _, _, _, acts in LAN for a in acts]),
    DEN_FILE: (build_den, DEN_TITLE, lambda: [a for _, fs in DEN for _, acts in fs for a in acts]),
    HULL_FILE: (build_hull, HULL_TITLE, lambda: HULL),
    STK_FILE: (build_stk, STK_TITLE, lambda: [a for _, acts in STK for a in acts]),
}


def main():
    for name, (fn, _, _) in CASES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
