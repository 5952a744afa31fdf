"""Build the seven gc1- blind test files (set heldout219).

Run with: /work/main/.venv/bin/python gc1_make.py
Writes the data files beside this script. Each action record below also carries the
reading a person makes of it (lead list, end month, status) so that the expected
readings can be written from the same text.
"""
import csv
import datetime as dt
import io
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

RAG_FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
}

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


# ---------------------------------------------------------------------------
# 1. Central Bedfordshire Council - ILACS improvement plan (xlsx, read)
# ---------------------------------------------------------------------------
CBC_FILE = "gc1-central-bedfordshire-council-ilacs-improvement-plan.xlsx"
CBC_TITLE = "Central Bedfordshire Council \u2013 ILACS Improvement Plan 2024-25"
CBC_THEMES = [
    ("Theme 1: The experiences and progress of children who need help and protection", [
        ("The quality and timeliness of assessments and plans for children in need and children "
         "subject to child protection plans, so that plans are specific and reviewed promptly.", [
            dict(ref="1.1",
                 action="Relaunch the assessment and planning practice standards, with mandatory briefings "
                        "for all social workers and team managers in the Safeguarding and Family Help teams.",
                 lead_cell="Head of Service Safeguarding and Family Help",
                 lead=["Head of Service Safeguarding and Family Help"],
                 date=dt.datetime(2024, 7, 31), end="2024-07",
                 prev="Green", cur="Blue", status="blue",
                 update="Standards relaunched 3 June 2024; 94% of staff attended a briefing.",
                 evidence="Attendance register; practice standards on Tri.x"),
            dict(ref="1.2",
                 action="Introduce monthly thematic audits of CIN and CP plans, moderated by the Principal "
                        "Social Worker, with findings reported to the Quality Assurance Board.\n"
                        "First audit cycle to focus on SMART outcomes in plans.",
                 lead_cell="Principal Social Worker", lead=["Principal Social Worker"],
                 date=dt.datetime(2024, 12, 31), end="2024-12",
                 prev="Green", cur="Green", status="green",
                 update="Three audit cycles completed (July, August, September). 58% of plans graded "
                        "good or better, up from 41%.",
                 evidence="Audit summary reports to QA Board"),
            dict(ref="1.3",
                 action="Reduce the number of CIN plans open over 12 months without review through a "
                        "targeted step-down review by team managers.",
                 lead_cell="Service Manager (CIN/CP) / Team Managers",
                 lead=["Service Manager (CIN/CP)", "Team Managers"],
                 date=dt.datetime(2025, 1, 31), end="2025-01",
                 prev="Amber", cur="Amber", status="amber",
                 update="112 plans identified; 47 reviewed to date. Capacity affected by agency staff "
                        "turnover in two teams.",
                 evidence="Weekly performance dashboard"),
        ]),
        ("The response to children aged 16 and 17 who present as homeless, so that their needs are "
         "assessed jointly by children\u2019s services and housing.", [
            dict(ref="1.4",
                 action="Agree and publish a joint protocol for 16 and 17 year olds presenting as homeless "
                        "with the Housing Options service.",
                 lead_cell="Head of Service Safeguarding and Family Help; Head of Housing Solutions",
                 lead=["Head of Service Safeguarding and Family Help", "Head of Housing Solutions"],
                 date=dt.datetime(2024, 9, 30), end="2024-09",
                 prev="Amber", cur="Green", status="green",
                 update="Protocol signed off by both Directors on 19 September 2024; publication on the "
                        "CBSCP website in October.",
                 evidence="Signed protocol"),
            dict(ref="1.5",
                 action="Deliver joint training to Front Door and Housing Options staff on the duties "
                        "arising from the Southwark judgment.",
                 lead_cell="Workforce Development Manager", lead=["Workforce Development Manager"],
                 date="Ongoing", end=None, end_text="Ongoing",
                 prev="Green", cur="Green", status="green",
                 update="Two sessions delivered (42 staff). Included in the induction programme from "
                        "October.",
                 evidence="Training evaluations"),
        ]),
    ]),
    ("Theme 2: The experiences and progress of children in care", [
        ("The sufficiency of local placements, particularly foster carers for older children and "
         "sibling groups.", [
            dict(ref="2.1",
                 action="Launch a targeted foster carer recruitment campaign for teenagers and sibling "
                        "groups, with an enhanced fee and support package.",
                 lead_cell="Head of Corporate Parenting", lead=["Head of Corporate Parenting"],
                 date=dt.datetime(2025, 3, 31), end="2025-03",
                 prev="Amber", cur="Amber", status="amber",
                 update="Campaign launched in July. 31 enquiries, 4 households at Stage 2; enhanced fee "
                        "awaiting Executive decision in November.",
                 evidence="Fostering recruitment tracker"),
            dict(ref="2.2",
                 action="Refresh the Placement Sufficiency Strategy 2024-27 and present it to the "
                        "Corporate Parenting Panel.",
                 lead_cell="Head of Commissioning (Children)", lead=["Head of Commissioning (Children)"],
                 date=dt.datetime(2024, 11, 30), end="2024-11",
                 prev="Green", cur="Red", status="red",
                 update="Consultation with the Children in Care Council extended; strategy will not be "
                        "ready for the November Panel. Escalated to DCS.",
                 evidence=""),
        ]),
    ]),
    ("Theme 3: The experiences and progress of care leavers", [
        ("Access to suitable accommodation and emotional health support for care leavers aged 18 to 25.", [
            dict(ref="3.1",
                 action="Commission a dedicated emotional wellbeing offer for care leavers with the ICB, "
                        "including access up to age 25.",
                 lead_cell="AD Corporate Parenting / BLMK ICB Designated Nurse LAC",
                 lead=["AD Corporate Parenting", "BLMK ICB Designated Nurse LAC"],
                 date=dt.datetime(2025, 4, 30), end="2025-04",
                 prev="Amber", cur="Green", status="green",
                 update="Funding agreed by ICB in August; provider selected, mobilisation January 2025.",
                 evidence="ICB commissioning decision"),
            dict(ref="3.2",
                 action="Increase the number of supported lodgings and staying close placements available "
                        "to care leavers.",
                 lead_cell="Leaving Care Team Manager", lead=["Leaving Care Team Manager"],
                 date="Q4 2024/25", end="2025-03",
                 prev=None, cur="Amber", status="amber",
                 update="New action added July 2024. Six supported lodgings hosts approved; target 12.",
                 evidence=""),
        ]),
    ]),
]


def make_cbc():
    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = CBC_TITLE
    cover["A1"].font = Font(bold=True, size=16, color="1F3864")
    cover["A2"] = ("Response to the Ofsted Inspection of Local Authority Children\u2019s Services, "
                   "15\u201326 January 2024 (report published 8 March 2024)")
    cover["A2"].font = Font(italic=True, size=11)
    cover["A4"] = "Document control"
    cover["A4"].font = Font(bold=True, size=12)
    rows = [
        ("Document owner", "Director of Children\u2019s Services"),
        ("Plan lead", "Assistant Director Quality, Performance and Improvement"),
        ("Version", "4.0"),
        ("Date", "14 October 2024"),
        ("Reports to", "Children\u2019s Services Improvement Board"),
        ("Next review", "January 2025"),
    ]
    r = 5
    for k, v in rows:
        cover.cell(r, 1, k).font = Font(bold=True)
        cover.cell(r, 1).fill = fill("D9E1F2")
        cover.cell(r, 2, v)
        for c in (1, 2):
            cover.cell(r, c).border = BOX
        r += 1
    r += 1
    cover.cell(r, 1, "Version history").font = Font(bold=True, size=12)
    r += 1
    for i, (a, b, c) in enumerate([
        ("Version", "Date", "Summary of changes"),
        ("1.0", "18/04/2024", "Plan submitted to Ofsted"),
        ("2.0", "15/07/2024", "Q1 progress update; action 3.2 added"),
        ("3.0", "09/09/2024", "Revised leads following restructure"),
        ("4.0", "14/10/2024", "Q2 progress update"),
    ]):
        for j, v in enumerate((a, b, c)):
            cell = cover.cell(r, j + 1, v)
            cell.border = BOX
            if i == 0:
                cell.font = Font(bold=True)
                cell.fill = fill("D9E1F2")
        r += 1
    r += 1
    cover.cell(r, 1, "RAG key").font = Font(bold=True, size=12)
    r += 1
    for word, colour, meaning in [
        ("Blue", "blue", "Action complete and evidenced"),
        ("Green", "green", "On track to deliver by the target date"),
        ("Amber", "amber", "Some slippage \u2013 recovery action in place"),
        ("Red", "red", "Off track \u2013 escalation required"),
    ]:
        c1 = cover.cell(r, 1, word)
        c1.fill = fill(RAG_FILL[colour])
        c1.font = Font(bold=True, color="FFFFFF" if colour in ("red", "blue", "green") else "000000")
        cover.cell(r, 2, meaning)
        for c in (1, 2):
            cover.cell(r, c).border = BOX
        r += 1
    cover.column_dimensions["A"].width = 24
    cover.column_dimensions["B"].width = 60
    cover.column_dimensions["C"].width = 40

    ws = wb.create_sheet("Improvement Plan")
    headers = ["Ref", "What needs to improve (Ofsted)", "Action", "Lead officer", "Target date",
               "Previous RAG (Jun-24)", "Current RAG (Sep-24)", "Progress update", "Evidence of impact"]
    ws["A1"] = CBC_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="1F3864")
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress update as at 30 September 2024 \u2013 reported to Improvement Board 14 October 2024"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    hr = 4
    for j, h in enumerate(headers, 1):
        c = ws.cell(hr, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    r = hr + 1
    for theme, recs in CBC_THEMES:
        ws.cell(r, 1, theme).font = Font(bold=True, size=12)
        ws.cell(r, 1).fill = fill("D9D9D9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec, acts in recs:
            first = r
            for a in acts:
                ws.cell(r, 1, a["ref"])
                ws.cell(r, 3, a["action"])
                ws.cell(r, 4, a["lead_cell"])
                c = ws.cell(r, 5, a["date"])
                if isinstance(a["date"], dt.datetime):
                    c.number_format = "mmm-yy"
                for col, key in ((6, "prev"), (7, "cur")):
                    v = a[key]
                    cc = ws.cell(r, col, v)
                    if v:
                        cc.fill = fill(RAG_FILL[v.lower()])
                        cc.font = Font(bold=True, color="000000" if v == "Amber" else "FFFFFF")
                    cc.alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(r, 8, a["update"])
                ws.cell(r, 9, a["evidence"] or None)
                for col in range(1, 10):
                    ws.cell(r, col).border = BOX
                    if col not in (6, 7):
                        ws.cell(r, col).alignment = WRAP
                r += 1
            ws.cell(first, 2, rec).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    widths = [7, 45, 60, 32, 12, 12, 12, 55, 30]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("RAG summary")
    sm["A1"] = "Summary of current RAG ratings (September 2024)"
    sm["A1"].font = Font(bold=True, size=12)
    counts = {}
    for _, recs in CBC_THEMES:
        for _, acts in recs:
            for a in acts:
                counts[a["cur"]] = counts.get(a["cur"], 0) + 1
    sm["A3"], sm["B3"], sm["C3"] = "Current RAG", "Number of actions", "% of plan"
    for c in ("A3", "B3", "C3"):
        sm[c].font = Font(bold=True)
    total = sum(counts.values())
    rr = 4
    for word in ("Blue", "Green", "Amber", "Red"):
        sm.cell(rr, 1, word).fill = fill(RAG_FILL[word.lower()])
        sm.cell(rr, 2, counts.get(word, 0))
        sm.cell(rr, 3, f"{round(100 * counts.get(word, 0) / total)}%")
        rr += 1
    sm.cell(rr, 1, "Total").font = Font(bold=True)
    sm.cell(rr, 2, total).font = Font(bold=True)
    sm.cell(rr, 3, "100%")
    sm.column_dimensions["A"].width = 16
    sm.column_dimensions["B"].width = 20
    wb.active = 1
    wb.save(os.path.join(HERE, CBC_FILE))


# ---------------------------------------------------------------------------
# 2. Royal Greenwich local area SEND priority action plan (xlsx, read)
# ---------------------------------------------------------------------------
RBG_FILE = "gc1-royal-greenwich-local-area-send-priority-action-plan.xlsx"
RBG_TITLE = "Royal Greenwich Local Area SEND Partnership \u2013 Priority Action Plan"
RBG_AREAS = [
    ("Area for priority action 1: Leaders across the partnership should urgently improve the timeliness "
     "and quality of EHC needs assessments and plans, so that children and young people receive the "
     "support they need without delay.", [
        dict(ref="PA1.1",
             action="Recruit to the additional 6 FTE EHC coordinator posts and 2 FTE educational "
                    "psychologist posts agreed by Cabinet in May 2024.",
             lead_cell="Head of SEND Assessment and Review", lead=["Head of SEND Assessment and Review"],
             orig=dt.datetime(2024, 9, 30), rev="31/12/2024", end="2024-12", rag="amber", status="amber",
             update="5 of 6 EHC coordinators in post. EP posts re-advertised after an unsuccessful first round.",
             measure="Full establishment in post"),
        dict(ref="PA1.2",
             action="Clear the backlog of EHC needs assessments over 20 weeks through a dedicated recovery team.",
             lead_cell="Head of SEND Assessment and Review; Principal Educational Psychologist",
             lead=["Head of SEND Assessment and Review", "Principal Educational Psychologist"],
             orig=dt.datetime(2025, 3, 31), rev=None, end="2025-03", rag="green", status="green",
             update="Backlog reduced from 214 to 96 cases. 20-week timeliness for October was 38%.",
             measure="60% of new EHC plans issued within 20 weeks by March 2025"),
        dict(ref="PA1.3",
             action="Introduce a multi-agency quality assurance framework for new and amended EHC plans, "
                    "with termly audit reports to the SEND Partnership Board.",
             lead_cell="SEND Quality Assurance Lead / ICB Designated Clinical Officer",
             lead=["SEND Quality Assurance Lead", "ICB Designated Clinical Officer"],
             orig=dt.datetime(2024, 12, 31), rev="Feb-25", end="2025-02", rag="green", status="green",
             update="Framework drafted and tested with Greenwich Parent Voice; first multi-agency audit "
                    "week booked for January.",
             measure="80% of audited plans judged good or better"),
    ]),
    ("Area for priority action 2: Leaders in the ICB and the local authority should reduce waiting "
     "times for neurodevelopmental assessments and ensure that children and families receive support "
     "while they wait.", [
        dict(ref="PA2.1",
             action="Commission additional autism and ADHD assessment capacity from an independent provider "
                    "to reduce the waiting list.",
             lead_cell="ICB Deputy Director Children and Young People",
             lead=["ICB Deputy Director Children and Young People"],
             orig=dt.datetime(2025, 3, 31), rev=None, end="2025-03", rag="red", status="red",
             update="Procurement delayed by change to NHS SEL contracting route. Revised mobilisation plan "
                    "to SEND Partnership Board in January.",
             measure="No child waiting over 52 weeks"),
        dict(ref="PA2.2",
             action="Launch a \u2018support while you wait\u2019 offer through the Family Hubs, co-produced "
                    "with Greenwich Parent Voice.",
             lead_cell="Head of Early Help and Family Hubs; Greenwich Parent Voice Co-Chair",
             lead=["Head of Early Help and Family Hubs", "Greenwich Parent Voice Co-Chair"],
             orig=dt.datetime(2024, 6, 30), rev="30/09/2024", end="2024-09", rag="blue", status="blue",
             update="Offer launched 16 September 2024 at all four Family Hubs. 63 families attended in the "
                    "first month.",
             measure="Parent feedback survey"),
        dict(ref="PA2.3",
             action="Publish waiting times for neurodevelopmental assessment on the Local Offer website.",
             lead_cell="Oxleas Service Manager (Neurodevelopmental)",
             lead=["Oxleas Service Manager (Neurodevelopmental)"],
             orig="Monthly", rev=None, end=None, end_text="Monthly", rag="green", status="green",
             update="Published monthly since August 2024.",
             measure="Data on Local Offer by the 15th of each month"),
    ]),
    ("Area for improvement 1: Leaders should improve the quality and consistency of transition "
     "planning for young people with SEND preparing for adulthood.", [
        dict(ref="AI1.1",
             action="Establish a Preparing for Adulthood Board with representation from adult social care, "
                    "health and further education providers.",
             lead_cell="Assistant Director SEND and Inclusion", lead=["Assistant Director SEND and Inclusion"],
             orig=dt.datetime(2024, 10, 31), rev=None, end="2024-10", rag="blue", status="blue",
             update="Board met for the first time on 8 October 2024; terms of reference agreed.",
             measure="Board in place"),
        dict(ref="AI1.2",
             action="Embed preparing for adulthood outcomes in all EHC plan annual reviews from Year 9.",
             lead_cell="Head of SEND Assessment and Review / Transition Team Manager",
             lead=["Head of SEND Assessment and Review", "Transition Team Manager"],
             orig=dt.datetime(2025, 7, 31), rev=None, end="2025-07", rag=None, status="unrated",
             update="Scheduled to start January 2025 once the annual review template has been revised.",
             measure="PfA outcomes in 90% of Year 9+ reviews"),
    ]),
]


def make_rbg():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Priority Action Plan"
    ws["A1"] = RBG_TITLE
    ws["A1"].font = Font(bold=True, size=15, color="5B2C6F")
    ws["A2"] = ("Area SEND inspection by Ofsted and the Care Quality Commission, 11\u201315 March 2024 "
                "(report published 30 April 2024)")
    ws["A3"] = ("Partners: Royal Borough of Greenwich, NHS South East London ICB, Oxleas NHS Foundation "
                "Trust, Greenwich Parent Voice")
    ws["A4"] = "Version 3 \u2013 updated for the SEND Partnership Board, 27 November 2024"
    for c in ("A2", "A3", "A4"):
        ws[c].font = Font(italic=True)
    headers = ["Ref", "Action", "Lead(s)", "Original deadline", "Revised deadline", "RAG",
               "Progress update (November 2024)", "Measure of success"]
    hr = 6
    for j, h in enumerate(headers, 1):
        c = ws.cell(hr, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("5B2C6F")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    r = hr + 1
    for area, acts in RBG_AREAS:
        c = ws.cell(r, 1, area)
        c.font = Font(bold=True)
        c.fill = fill("E8DAEF")
        c.alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.row_dimensions[r].height = 32
        r += 1
        for a in acts:
            ws.cell(r, 1, a["ref"])
            ws.cell(r, 2, a["action"])
            ws.cell(r, 3, a["lead_cell"])
            c = ws.cell(r, 4, a["orig"])
            if isinstance(a["orig"], dt.datetime):
                c.number_format = "dd/mm/yyyy"
            ws.cell(r, 5, a["rev"])
            if a["rag"]:
                ws.cell(r, 6).fill = fill(RAG_FILL[a["rag"]])
            ws.cell(r, 7, a["update"])
            ws.cell(r, 8, a["measure"])
            for col in range(1, 9):
                ws.cell(r, col).border = BOX
                ws.cell(r, col).alignment = WRAP
            r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    r += 1
    for colour, meaning in [("red", "Off track \u2013 escalated to SEND Partnership Board"),
                            ("amber", "At risk \u2013 mitigation in place"),
                            ("green", "On track"),
                            ("blue", "Complete")]:
        ws.cell(r, 1).fill = fill(RAG_FILL[colour])
        ws.cell(r, 1).border = BOX
        ws.cell(r, 2, meaning)
        r += 1
    ws.cell(r, 1).border = BOX
    ws.cell(r, 2, "No colour = not yet started")
    widths = [8, 55, 34, 14, 14, 7, 55, 32]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A7"

    gl = wb.create_sheet("Glossary")
    gl["A1"], gl["B1"] = "Term", "Meaning"
    gl["A1"].font = gl["B1"].font = Font(bold=True)
    for i, (t, m) in enumerate([
        ("EHC", "Education, health and care"),
        ("EP", "Educational psychologist"),
        ("ICB", "Integrated care board (NHS South East London)"),
        ("PfA", "Preparing for adulthood"),
        ("SEL", "South East London"),
        ("FTE", "Full-time equivalent"),
    ], 2):
        gl.cell(i, 1, t)
        gl.cell(i, 2, m)
    gl.column_dimensions["A"].width = 10
    gl.column_dimensions["B"].width = 50
    wb.save(os.path.join(HERE, RBG_FILE))


# ---------------------------------------------------------------------------
# 3. Westminster YJS - HMIP improvement plan, mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
WYJS_FILE = "gc1-westminster-yjs-hmip-improvement-plan-typo-month-refuse.xlsx"
WYJS_TITLE = "Westminster Youth Justice Service \u2013 HMIP Inspection Improvement Plan"
WYJS_BANDS = [
    ("Recommendations for the Westminster Youth Justice Management Board", [
        ("1", "Ensure that board members understand the needs of children known to the service and use "
              "this to challenge and hold partner agencies to account.", [
            ("1a", "Deliver an induction and development session for all board members on the profile of "
                   "children open to the service, including disproportionality data.",
             "Head of Youth Justice", "November 2024", "Complete",
             "Session held 21/11/2024; 11 of 13 members attended."),
            ("1b", "Introduce a quarterly partner performance report, with each partner agency presenting "
                   "its contribution to reducing reoffending.",
             "Board Chair / Head of Youth Justice", "January 2025", "Green",
             "Template agreed; first reports due at January Board."),
        ]),
        ("2", "Ensure that children have timely access to education, training and employment provision, "
              "including those with special educational needs.", [
            ("2a", "Agree an escalation protocol with the Virtual School and SEND service for children not in "
                   "full-time education.",
             "YJS Education Officer", "Febuary 2025", "Amber",
             "Draft shared with Virtual School Head; SEND comments awaited."),
            ("2b", "Add ETE hours and EHCP status to the monthly case management report.",
             "YJS Performance Analyst", "December 2024", "Complete", "Live from December report."),
        ]),
    ]),
    ("Recommendations for the Head of Youth Justice", [
        ("3", "Improve the quality of assessment and planning to keep other people safe, including "
              "contingency planning.", [
            ("3a", "Deliver risk of harm and contingency planning workshops to all case managers.",
             "Operational Manager", "March 2025", "Green", "Two of three workshops delivered."),
            ("3b", "Introduce management sign-off of all assessments rated medium risk of serious harm "
                   "or above within five working days.",
             "Operational Manager / Senior Practitioners", "January 2025", "Amber",
             "Sign-off in place; timeliness 64% in December."),
        ]),
        ("4", "Make sure that victims are offered a service that takes account of their needs and wishes.", [
            ("4a", "Review the victim contact procedure with the restorative justice worker and the Police.",
             "Restorative Justice Worker", "April 2025", "Green", "Review started."),
            ("4b", "Include the victim worker in all out-of-court disposal panels.",
             "Head of Youth Justice", "October 2024", "Complete", "In place since October panel."),
        ]),
    ]),
]


def make_wyjs():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = WYJS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("HM Inspectorate of Probation \u2013 inspection of youth justice services. Fieldwork "
                "10\u201314 June 2024; report published 3 September 2024; overall rating: Requires improvement")
    ws["A3"] = "Owner: Westminster Youth Justice Management Board | Last updated: 15/01/2025"
    headers = ["Rec no.", "HMIP recommendation", "Action no.", "Action", "Owner", "Timescale", "Status",
               "Update"]
    hr = 5
    for j, h in enumerate(headers, 1):
        c = ws.cell(hr, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("203864")
        c.border = BOX
    r = hr + 1
    refuse_row = None
    for band, recs in WYJS_BANDS:
        ws.cell(r, 1, band).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("BDD7EE")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for no, rec, acts in recs:
            first = r
            for ref, action, owner, when, status, upd in acts:
                ws.cell(r, 3, ref)
                ws.cell(r, 4, action)
                ws.cell(r, 5, owner)
                ws.cell(r, 6, when)
                ws.cell(r, 7, status)
                ws.cell(r, 8, upd)
                if when == "Febuary 2025":
                    refuse_row = r
                for col in range(1, 9):
                    ws.cell(r, col).border = BOX
                    ws.cell(r, col).alignment = WRAP
                r += 1
            ws.cell(first, 1, no)
            ws.cell(first, 2, rec)
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    for j, w in enumerate([8, 45, 9, 55, 28, 15, 11, 40], 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    wb.save(os.path.join(HERE, WYJS_FILE))
    return refuse_row


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


def set_cell(cell, text, bold=False, size=9, italic=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))


# ---------------------------------------------------------------------------
# 4. North Lincolnshire Council children's home - Ofsted action plan (docx, read)
# ---------------------------------------------------------------------------
NL_FILE = "gc1-north-lincolnshire-council-childrens-home-ofsted-action-plan.docx"
NL_TITLE = "Westgate House Children\u2019s Home: Ofsted Inspection Action Plan"
NL_PARTS = [
    ("Requirements", "Requirement", [
        ("The protection of children standard is that children are protected from harm and enabled to keep "
         "themselves safe. In particular, the registered person must ensure that staff assess whether each "
         "child is at risk of harm, taking into account information in the child\u2019s relevant plans. "
         "(Regulation 12 (1)(2)(a)(i)) To be completed by: 31 October 2024", [
            dict(ref="R1a",
                 action="Review and update every child\u2019s location risk assessment and missing from home "
                        "protocol, with input from the placing social worker.",
                 lead_cell="Registered Manager", lead=["Registered Manager"],
                 date="31/10/2024", end="2024-10", rag="Complete", status="blue"),
            dict(ref="R1b",
                 action="Introduce a monthly audit of risk assessments by the deputy manager, with findings "
                        "discussed at team meetings.",
                 lead_cell="Deputy Manager / Registered Manager",
                 lead=["Deputy Manager", "Registered Manager"],
                 date="30/11/2024", end="2024-11", rag="Green", status="green"),
        ]),
        ("The registered person must ensure that all employees undertake appropriate continuing "
         "professional development, including training in physical intervention. (Regulation 33 (4)(a)) "
         "To be completed by: 30 November 2024", [
            dict(ref="R2a",
                 action="Book all outstanding physical intervention refresher training and record completion "
                        "on the training matrix.",
                 lead_cell="Registered Manager", lead=["Registered Manager"],
                 date="31/10/2024", end="2024-10", rag="Complete", status="blue"),
            dict(ref="R2b",
                 action="Enrol the two new residential support workers on the Level 3 Diploma in Residential "
                        "Childcare.\nConfirm start dates with the training provider.",
                 lead_cell="RM / Workforce Development Officer",
                 lead=["RM", "Workforce Development Officer"],
                 date="January 2025", end="2025-01", rag="Amber", status="amber"),
        ]),
    ]),
    ("Recommendations", "Recommendation", [
        ("The registered person should ensure that children\u2019s records are written in a way that is "
         "accessible to the child and reflects their voice and wishes. (\u2018Guide to the Children\u2019s "
         "Homes Regulations, including the quality standards\u2019, page 62, paragraph 14.4)", [
            dict(ref="C1a",
                 action="Deliver a recording workshop for all staff on writing to the child, led by the "
                        "Principal Social Worker.",
                 lead_cell="Principal Social Worker", lead=["Principal Social Worker"],
                 date="December 2024", end="2024-12", rag="Green", status="green"),
        ]),
        ("The registered person should ensure that the home\u2019s development plan is reviewed with "
         "children and includes their views about the home. (\u2018Guide to the Children\u2019s Homes "
         "Regulations, including the quality standards\u2019, page 56, paragraph 13.2)", [
            dict(ref="C2a",
                 action="Hold a monthly house meeting on the development plan and record children\u2019s "
                        "views in the minutes.",
                 lead_cell="Registered Manager", lead=["Registered Manager"],
                 date="Monthly", end=None, end_text="Monthly", rag="Green", status="green"),
            dict(ref="C2b",
                 action="Ask the Regulation 44 independent person to seek children\u2019s views on the "
                        "development plan at each visit.",
                 lead_cell="Responsible Individual", lead=["Responsible Individual"],
                 date="Ongoing", end=None, end_text="Ongoing", rag="", status="unrated"),
        ]),
    ]),
]


def make_nl():
    d = docx.Document()
    landscape(d)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    hdr = d.sections[0].header.paragraphs[0]
    hdr.text = "North Lincolnshire Council \u2013 Children\u2019s Residential Services"
    d.add_heading(NL_TITLE, level=0)
    d.add_paragraph("Full inspection: 17\u201318 September 2024. Overall experiences and progress of children "
                    "and young people: requires improvement to be good.")
    info = d.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Unique reference number", "SC487213"),
                 ("Registered manager", "Karen Whitlam"),
                 ("Responsible individual", "Head of Children\u2019s Residential Services"),
                 ("Date of plan", "14 October 2024"),
                 ("Plan reviewed", "Monthly at the Residential Quality Meeting; last review 9 December 2024")]:
        cells = info.add_row().cells
        set_cell(cells[0], k, bold=True, size=10)
        shade(cells[0], "DEEAF6")
        set_cell(cells[1], v, size=10)
    for part, kind, items in NL_PARTS:
        d.add_heading(part, level=1)
        if part == "Requirements":
            d.add_paragraph("The registered person must comply with the following requirements of the "
                            "Children\u2019s Homes (England) Regulations 2015 by the dates set by Ofsted.")
        else:
            d.add_paragraph("To improve the quality of care, the registered person should take the "
                            "following actions.")
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", kind, "Action to be taken", "Responsible person",
                                          "Completion date", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, "1F4E79")
            c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for text, acts in items:
            first = len(t.rows)
            for a in acts:
                cells = t.add_row().cells
                set_cell(cells[0], a["ref"])
                set_cell(cells[2], a["action"])
                set_cell(cells[3], a["lead_cell"])
                set_cell(cells[4], a["date"])
                set_cell(cells[5], a["rag"])
                colour = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000"}.get(a["rag"])
                if colour:
                    shade(cells[5], colour)
            last = len(t.rows) - 1
            mc = t.cell(first, 1)
            if last > first:
                mc = mc.merge(t.cell(last, 1))
            set_cell(mc, text)
        widths = [Cm(1.4), Cm(7.5), Cm(7.5), Cm(4), Cm(3), Cm(2)]
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
    d.add_heading("RAG key", level=2)
    key = d.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for word, colour, meaning in [("Complete", "0070C0", "Action completed and evidence held on file"),
                                  ("Green", "00B050", "On track to be completed by the date"),
                                  ("Amber", "FFC000", "Behind timescale \u2013 discussed with Responsible "
                                                      "Individual"),
                                  ("Red", "FF0000", "Not progressing \u2013 escalated to Head of Service")]:
        cells = key.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], colour)
        set_cell(cells[1], meaning)
    d.add_paragraph("")
    d.add_heading("Sign-off", level=2)
    so = d.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for c, h in zip(so.rows[0].cells, ["Role", "Name", "Date"]):
        set_cell(c, h, bold=True)
    for i, (role, name, date) in enumerate([("Registered Manager", "Karen Whitlam", "14/10/2024"),
                                            ("Responsible Individual", "Mark Doherty", "15/10/2024")], 1):
        for c, v in zip(so.rows[i].cells, (role, name, date)):
            set_cell(c, v)
    d.save(os.path.join(HERE, NL_FILE))


# ---------------------------------------------------------------------------
# 5. Hull Safeguarding Children Partnership - JTAI action plan (docx, read)
# ---------------------------------------------------------------------------
HULL_FILE = "gc1-hull-safeguarding-children-partnership-jtai-action-plan.docx"
HULL_TITLE = "Hull Safeguarding Children Partnership: JTAI Multi-agency Action Plan"
HULL_SECTIONS = [
    ("Section 1: Strategic leadership and partnership working", [
        ("Area for improvement 1",
         "The strategic oversight of the early help offer by the safeguarding partners, including how "
         "partners understand the impact of early help on children\u2019s outcomes.", [
            dict(ref="1.1",
                 action="Establish an Early Help Partnership Board reporting to the HSCP Executive, with terms "
                        "of reference and a shared outcomes framework.",
                 lead_cell="Hull City Council \u2013 Assistant Director Early Help and Prevention",
                 lead=["Hull City Council \u2013 Assistant Director Early Help and Prevention"],
                 date="Sept 2024", end="2024-09", rag="B", status="blue",
                 update="Board established; first meeting 12 September 2024."),
            dict(ref="1.2",
                 action="Develop a multi-agency early help dataset, including police and health contributions, "
                        "for quarterly scrutiny by the Executive.",
                 lead_cell="HSCP Business Manager; Humberside Police \u2013 Superintendent Safeguarding; "
                           "HNY ICB \u2013 Designated Nurse Safeguarding Children",
                 lead=["HSCP Business Manager", "Humberside Police \u2013 Superintendent Safeguarding",
                       "HNY ICB \u2013 Designated Nurse Safeguarding Children"],
                 date="Q3 2024/25", end="2024-12", rag="A", status="amber",
                 update="Local authority and police data available; health data pending a data-sharing "
                        "agreement with GP practices."),
        ]),
        ("Area for improvement 2",
         "The consistency of the use of the early help assessment by partner agencies, particularly schools "
         "and health visiting.", [
            dict(ref="2.1",
                 action="Refresh the early help assessment form and guidance, co-designed with practitioners "
                        "from schools, health and the voluntary sector.",
                 lead_cell="Head of Early Help", lead=["Head of Early Help"],
                 date="October 2024 \u2013 January 2025", end="2025-01", rag="G", status="green",
                 update="Three co-design workshops held; revised form being tested by two school clusters."),
            dict(ref="2.2",
                 action="Deliver a rolling programme of multi-agency early help assessment training, "
                        "prioritising health visitors and school designated safeguarding leads.",
                 lead_cell="HSCP Training Coordinator / Head of Early Help",
                 lead=["HSCP Training Coordinator", "Head of Early Help"],
                 date="By 31 March 2025", end="2025-03", rag="G", status="green",
                 update="186 practitioners trained since September."),
        ]),
    ]),
    ("Section 2: Practice with children and families", [
        ("Area for improvement 3",
         "The quality of step-down arrangements from children\u2019s social care to early help, so that "
         "children do not experience delay in receiving support.", [
            dict(ref="3.1",
                 action="Introduce a joint step-down meeting between the allocated social worker and the early "
                        "help lead practitioner for every case closing to social care.",
                 lead_cell="Head of Safeguarding and Quality Assurance",
                 lead=["Head of Safeguarding and Quality Assurance"],
                 date="Dec-24", end="2024-12", rag="A", status="amber",
                 update="Joint meetings held in 61% of step-down cases in November."),
            dict(ref="3.2",
                 action="Audit a sample of step-down cases each quarter through the HSCP multi-agency audit "
                        "programme.\nFindings to be reported to the Quality and Performance Sub-group.",
                 lead_cell="Quality and Performance Sub-group Chair",
                 lead=["Quality and Performance Sub-group Chair"],
                 date="Ongoing", end=None, end_text="Ongoing", rag="G", status="green",
                 update="First audit (20 cases) completed October 2024."),
        ]),
        ("Area for improvement 4",
         "The response by partners to children who are missing education, or electively home educated, and "
         "who are known to early help.", [
            dict(ref="4.1",
                 action="Agree an information-sharing pathway between the Children Missing Education team, "
                        "Early Help and the 0-19 health service.",
                 lead_cell="Head of Access and Inclusion", lead=["Head of Access and Inclusion"],
                 date="January 2025", end="2025-01", rag="R", status="red",
                 update="Pathway drafted but not agreed; health capacity issue escalated to Executive."),
        ]),
    ]),
]


def make_hull():
    d = docx.Document()
    landscape(d)
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    d.add_heading(HULL_TITLE, level=0)
    d.add_paragraph("Joint targeted area inspection of the multi-agency response to children and families who "
                    "need help")
    d.add_paragraph("Inspection: 20\u201324 May 2024 | Letter of findings published: 19 July 2024")
    d.add_heading("Version control", level=2)
    vc = d.add_table(rows=1, cols=4)
    vc.style = "Table Grid"
    for c, h in zip(vc.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        set_cell(c, h, bold=True, size=10)
        shade(c, "D9D9D9")
    for row in [("0.1", "05/08/2024", "HSCP Business Manager", "First draft for Executive"),
                ("1.0", "22/08/2024", "HSCP Business Manager", "Approved by the three safeguarding partners"),
                ("1.2", "12/12/2024", "HSCP Business Manager", "Q3 progress update")]:
        cells = vc.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v, size=10)
    d.add_heading("Introduction", level=1)
    d.add_paragraph("This plan sets out how the safeguarding partners \u2013 Hull City Council, Humberside "
                    "Police and NHS Humber and North Yorkshire ICB \u2013 will respond to the four areas for "
                    "improvement identified by Ofsted, the CQC, HMICFRS and HMI Probation. Progress is reported "
                    "to the HSCP Executive each quarter.")
    d.add_heading("RAG status key", level=2)
    key = d.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for letter, colour, meaning in [("B", "0070C0", "Complete"), ("G", "00B050", "On track"),
                                    ("A", "FFC000", "Some delay, recoverable"), ("R", "FF0000", "Off track")]:
        cells = key.add_row().cells
        set_cell(cells[0], letter, bold=True)
        shade(cells[0], colour)
        set_cell(cells[1], meaning)
    for section, afis in HULL_SECTIONS:
        d.add_heading(section, level=1)
        for label, text, acts in afis:
            t = d.add_table(rows=3, cols=6)
            t.style = "Table Grid"
            c0 = t.cell(0, 0).merge(t.cell(0, 5))
            set_cell(c0, label, bold=True, size=10.5)
            shade(c0, "2F5496")
            c0.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            c1 = t.cell(1, 0).merge(t.cell(1, 5))
            set_cell(c1, text, italic=True, size=10)
            shade(c1, "D9E2F3")
            for c, h in zip(t.rows[2].cells, ["Ref", "Action", "Lead", "Timescale", "RAG",
                                              "Update (December 2024)"]):
                set_cell(c, h, bold=True)
                shade(c, "B4C6E7")
            for a in acts:
                cells = t.add_row().cells
                set_cell(cells[0], a["ref"])
                set_cell(cells[1], a["action"])
                set_cell(cells[2], a["lead_cell"])
                set_cell(cells[3], a["date"])
                set_cell(cells[4], a["rag"], bold=True)
                shade(cells[4], {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}[a["rag"]])
                set_cell(cells[5], a["update"])
            d.add_paragraph("")
    d.add_heading("Approval", level=2)
    ap = d.add_table(rows=1, cols=3)
    ap.style = "Table Grid"
    for c, h in zip(ap.rows[0].cells, ["Safeguarding partner", "Lead representative", "Date approved"]):
        set_cell(c, h, bold=True)
    for row in [("Hull City Council", "Director of Children\u2019s Services", "22/08/2024"),
                ("Humberside Police", "Assistant Chief Constable", "22/08/2024"),
                ("NHS Humber and North Yorkshire ICB", "Director of Nursing", "22/08/2024")]:
        cells = ap.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    d.save(os.path.join(HERE, HULL_FILE))


# ---------------------------------------------------------------------------
# 6. Middlesbrough corporate parenting board action plan (csv, read)
# ---------------------------------------------------------------------------
MBRO_FILE = "gc1-middlesbrough-council-corporate-parenting-board-action-plan.csv"
MBRO_TITLE = "Middlesbrough Council Corporate Parenting Board \u2013 Action Plan 2024-25"
MBRO_PRIORITIES = [
    ("Priority 1: Children and young people are listened to and shape our services", [
        dict(ref="1.1",
             action="Hold a joint meeting of the Corporate Parenting Board and the Children in Care Council "
                    "every six months, with young people setting the agenda.",
             lead_cell="Participation Lead", lead=["Participation Lead"],
             date="Ongoing", end=None, end_text="Ongoing", rag="Green", status="green",
             update="Joint meeting held 10 October 2024, chaired by two young people."),
        dict(ref="1.2",
             action="Refresh the Pledge to children in care and care leavers with the Children in Care Council "
                    "and relaunch it at the Celebration Event.",
             lead_cell="Head of Looked After Children and Care Leavers",
             lead=["Head of Looked After Children and Care Leavers"],
             date="Mar-25", end="2025-03", rag="Amber", status="amber",
             update="Draft pledge agreed with young people; design work delayed, Celebration Event moved to "
                    "April."),
        dict(ref="1.3",
             action="Ensure every child in care is offered an independent visitor or advocate.",
             lead_cell="Children's Rights Service Manager", lead=["Children's Rights Service Manager"],
             date="31/01/2025", end="2025-01", rag="Complete", status="blue",
             update="Offer recorded for all children at their review."),
    ]),
    ("Priority 2: Children in care do well in education", [
        dict(ref="2.1",
             action="Increase the proportion of Personal Education Plans rated good or better to 90%.",
             lead_cell="Virtual School Headteacher", lead=["Virtual School Headteacher"],
             date="Summer term 2025", end="2025-07", rag="Green", status="green",
             update="Autumn term PEP quality 84%."),
        dict(ref="2.2",
             action="Provide tutoring for all Year 10 and Year 11 children in care working below expected "
                    "levels.",
             lead_cell="Virtual School Headteacher; Designated Teachers",
             lead=["Virtual School Headteacher", "Designated Teachers"],
             date="Sep-25", end="2025-09", rag="Not started", status="unrated",
             update="Pupil premium plus allocation for tutoring to be agreed at Schools Forum."),
    ]),
    ("Priority 3: Care leavers have a safe home and a good start to adult life", [
        dict(ref="3.1",
             action="Extend the council tax exemption to all care leavers living in Middlesbrough up to age 25.",
             lead_cell="Director of Finance / Head of Revenues and Benefits",
             lead=["Director of Finance", "Head of Revenues and Benefits"],
             date="April 2025", end="2025-04", rag="Green", status="green",
             update="Included in the 2025/26 budget proposals."),
        dict(ref="3.2",
             action="Ring-fence ten apprenticeships a year within the council for care leavers.",
             lead_cell="HR Business Partner; Leaving Care Team Manager",
             lead=["HR Business Partner", "Leaving Care Team Manager"],
             date="Sep-24", end="2024-09", rag="Complete", status="blue",
             update="Seven care leavers started apprenticeships in September 2024."),
        dict(ref="3.3",
             action="Develop a \u2018staying close\u2019 offer for young people leaving residential care.",
             lead_cell="Head of Commissioning", lead=["Head of Commissioning"],
             date="Oct 2024 - Jun 2025", end="2025-06", rag="Red", status="red",
             update="Bid to DfE unsuccessful; alternative funding being explored."),
    ]),
    ("Priority 4: Children in care are healthy and happy", [
        dict(ref="4.1",
             action="Improve the timeliness of initial health assessments through a weekly tracking meeting "
                    "with the Designated Nurse.",
             lead_cell="Designated Nurse for Children in Care (ICB)",
             lead=["Designated Nurse for Children in Care (ICB)"],
             date="Monthly", end=None, end_text="Monthly", rag="Amber", status="amber",
             update="Timeliness 52% (target 80%). Paediatric capacity remains the main issue."),
        dict(ref="4.2",
             action="Offer every child in care and their carers free leisure centre membership.",
             lead_cell="Culture and Leisure Manager", lead=["Culture and Leisure Manager"],
             date="Dec-24", end="2024-12", rag="Complete", status="blue",
             update="Cards issued to all foster families in November."),
    ]),
]


def make_mbro():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = 7
    w.writerow([MBRO_TITLE] + [""] * (n - 1))
    w.writerow(["Reporting to: Corporate Parenting Board, 5 December 2024"] + [""] * (n - 1))
    w.writerow([""] * n)
    w.writerow(["Priority", "Ref", "What we will do", "Lead", "By when", "RAG", "Progress update"])
    counts = {}
    for pri, acts in MBRO_PRIORITIES:
        for i, a in enumerate(acts):
            w.writerow([pri if i == 0 else "", a["ref"], a["action"], a["lead_cell"], a["date"], a["rag"],
                        a["update"]])
            counts[a["rag"]] = counts.get(a["rag"], 0) + 1
    w.writerow([""] * n)
    summary = "; ".join(f"{k} {counts.get(k, 0)}" for k in ("Complete", "Green", "Amber", "Red",
                                                            "Not started"))
    w.writerow([f"Summary: {summary}"] + [""] * (n - 1))
    w.writerow(["Notes: RAG reflects the position as at 25 November 2024. Complete = action delivered and "
                "signed off by the Board."] + [""] * (n - 1))
    with open(os.path.join(HERE, MBRO_FILE), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Blackburn with Darwen early help partnership action plan (txt, read)
# ---------------------------------------------------------------------------
BWD_FILE = "gc1-blackburn-with-darwen-early-help-partnership-action-plan.txt"
BWD_TITLE = "Blackburn with Darwen Early Help Partnership \u2013 Early Help Strategy Action Plan 2024-25"
BWD_PRIORITIES = [
    ("Priority 1: Families can get help early, close to home", [
        dict(ref="EH1",
             action="Open the remaining two Family Hubs in Darwen and Blackburn South East with a full Start "
                    "for Life offer.",
             lead_cell="Head of Early Help and Family Hubs", lead=["Head of Early Help and Family Hubs"],
             partners="ICB, Lancashire and South Cumbria NHS FT, VCFS",
             date="Mar-25", end="2025-03", rag="G", status="green",
             comment="Darwen hub opened November 2024; Blackburn South East on track for March."),
        dict(ref="EH2",
             action="Publish the Start for Life and Family Hubs offer online and in print in the five most "
                    "spoken community languages.",
             lead_cell="Family Hubs Programme Manager", lead=["Family Hubs Programme Manager"],
             partners="Communications team",
             date="30/09/2024", end="2024-09", rag="B", status="blue",
             comment="Published September 2024."),
        dict(ref="EH3",
             action="Extend Family Hub opening to one evening and Saturday morning per week, subject to the "
                    "evaluation of the Shadsworth pilot.",
             lead_cell="Family Hubs Programme Manager", lead=["Family Hubs Programme Manager"],
             partners="VCFS",
             date="TBC", end=None, end_text="TBC", rag="A", status="amber",
             comment="Pilot evaluation due February; staffing model not yet agreed."),
    ]),
    ("Priority 2: Partners share responsibility for early help", [
        dict(ref="EH4",
             action="Increase the number of early help assessments led by schools and health from 22% to 35% "
                    "of all early help assessments.",
             lead_cell="Early Help Partnership Manager; Designated Safeguarding Leads Network Chair",
             lead=["Early Help Partnership Manager", "Designated Safeguarding Leads Network Chair"],
             partners="Schools, 0-19 service",
             date="Q4 2024/25", end="2025-03", rag="A", status="amber",
             comment="Currently 27%."),
        dict(ref="EH5",
             action="Roll out Early Help Lead Practitioner training to all primary schools.",
             lead_cell="Early Help Partnership Manager", lead=["Early Help Partnership Manager"],
             partners="Schools",
             date="Autumn term 2024", end="2024-12", rag="B", status="blue",
             comment="61 of 64 primary schools trained."),
        dict(ref="EH6",
             action="Agree a Supporting Families data-sharing agreement with Lancashire Constabulary, DWP and "
                    "the ICB.",
             lead_cell="Supporting Families Coordinator / Information Governance Manager",
             lead=["Supporting Families Coordinator", "Information Governance Manager"],
             partners="Police, DWP, ICB",
             date="Dec-24", end="2024-12", rag="G", status="green",
             comment="Agreement with police and DWP signed; ICB signature expected December."),
    ]),
    ("Priority 3: Children and young people are safe and thrive", [
        dict(ref="EH7",
             action="Embed the Graded Care Profile 2 neglect tool across early help teams, with all "
                    "practitioners trained.",
             lead_cell="Early Help Service Manager", lead=["Early Help Service Manager"],
             partners="BwD Children's Safeguarding Partnership",
             date="31/12/2024", end="2024-12", rag="R", status="red",
             comment="Trainer vacancy - sessions rescheduled to February and March 2025."),
        dict(ref="EH8",
             action="Launch a parenting offer for parents of teenagers, including Non-Violent Resistance groups.",
             lead_cell="Targeted Youth Support Manager", lead=["Targeted Youth Support Manager"],
             partners="Youth Justice Service, CAMHS",
             date="Sept 2024 - March 2025", end="2025-03", rag="G", status="green",
             comment="Two NVR groups running."),
        dict(ref="EH9",
             action="Review the impact of the Reducing Parental Conflict programme and report to the "
                    "Partnership Board.",
             lead_cell="Head of Early Help and Family Hubs", lead=["Head of Early Help and Family Hubs"],
             partners="Relate, DWP",
             date="June 2025", end="2025-06", rag="", status="unrated",
             comment=""),
    ]),
]


def make_bwd():
    n = 7
    lines = []

    def row(*cells):
        cells = list(cells) + [""] * (n - len(cells))
        lines.append("\t".join(cells))

    row(BWD_TITLE)
    row("Year 2 of the Early Help Strategy 2023-2026")
    row("Progress review for the Early Help Partnership Board, 16 January 2025")
    row()
    row("Key: B = Complete, G = On track, A = Some risk to delivery, R = Off track")
    row()
    row("No.", "Action", "Lead(s)", "Partners", "Target date", "RAG", "Comments")
    counts = {}
    for pri, acts in BWD_PRIORITIES:
        row(pri)
        for a in acts:
            row(a["ref"], a["action"], a["lead_cell"], a["partners"], a["date"], a["rag"], a["comment"])
            counts[a["rag"] or "Not rated"] = counts.get(a["rag"] or "Not rated", 0) + 1
    row()
    total = sum(counts.values())
    row("Summary of RAG status: " + " | ".join(f"{k} {counts.get(k, 0)}" for k in
                                               ("B", "G", "A", "R", "Not rated")) + f" | Total {total}")
    row("Notes: This plan is monitored quarterly by the Early Help Partnership Board. Comments reflect the "
        "position at 31 December 2024.")
    with open(os.path.join(HERE, BWD_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


def main():
    make_cbc()
    make_rbg()
    refuse_row = make_wyjs()
    make_nl()
    make_hull()
    make_mbro()
    make_bwd()
    print("Westminster refuse row:", refuse_row)


if __name__ == "__main__":
    main()
