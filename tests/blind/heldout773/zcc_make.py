#!/usr/bin/env python3
"""Build the seven zcc- blind test files (set heldout773) and their expected readings.

Data files: 3 x .xlsx (openpyxl), 2 x .docx (python-docx), 1 x .csv, 1 x .txt.
Each action record below carries both the raw cell text written into the file and
the reading a person makes of it (lead list, end month, status), so the file and
its NAME.expected.yaml are written from the same strings.

Run with:  /work/main/.venv/bin/python zcc_make.py
"""
import csv
import datetime as dt
import os

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zcc-") or name.startswith("zcc_")
    return os.path.join(HERE, name)


def write_expected(fname, doc):
    """Write NAME.expected.yaml (NAME = whole file name with extension)."""
    path = out(fname + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


def exp_action(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------- xlsx helpers
FILL = {
    "blue": PatternFill("solid", fgColor="5B9BD5"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "band2": PatternFill("solid", fgColor="EDEDED"),
    "teal": PatternFill("solid", fgColor="00736B"),
    "sand": PatternFill("solid", fgColor="FCE4D6"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def rag_fill_for(word):
    w = (word or "").strip().lower()
    return {"complete": "blue", "blue": "blue", "green": "green", "amber": "amber",
            "red": "red", "b": "blue", "g": "green", "a": "amber", "r": "red"}.get(w)


def set_widths(ws, widths):
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def d(y, m, day):
    return dt.datetime(y, m, day)


# =====================================================================
# 1. Nottinghamshire County Council - Fostering Service Development Plan 2025-26 (xlsx)
# =====================================================================
def build_notts_fostering():
    fname = "zcc-nottinghamshire-county-council-fostering-service-development-plan-2025-26.xlsx"
    title = "Fostering Service Development Plan 2025-26"
    P1 = "1. Increase the number of mainstream foster carers"
    P2 = "2. Support and retain our foster carers"
    P3 = "3. Improve support for kinship (connected person) carers"
    P4 = "4. Strengthen quality assurance and children’s voice"
    # (priority, ref, action, lead cell, target, revised, q1, q2, comment, exp_lead, end, end_text, status)
    rows = [
        (P1, "1.1",
         "Deliver the 2025-26 marketing and recruitment campaign jointly with the East Midlands fostering recruitment support hub, with targeted activity in Mansfield, Ashfield and Bassetlaw.",
         "Team Manager – Recruitment and Assessment", d(2026, 3, 31), None, "Green", "Green",
         "37 initial enquiries in Q2 (Q1: 29). Hub referrals now tracked weekly.",
         ["Team Manager – Recruitment and Assessment"], "2026-03", None, "green"),
        (P1, "1.2",
         "Reduce the average time from initial enquiry to fostering panel to six months.",
         "Team Manager – Recruitment and Assessment / Panel Adviser", d(2025, 11, 30), d(2026, 1, 31),
         "Amber", "Amber",
         "Average currently 7.4 months. Assessing social worker capacity affected by two vacancies; one post filled from 1 October.",
         ["Team Manager – Recruitment and Assessment", "Panel Adviser"], "2026-01", None, "amber"),
        (P1, "1.3",
         "Introduce a ‘Fostering Friends’ buddy scheme pairing new applicants with experienced foster carers.",
         "Foster Carer Liaison Officer", d(2025, 9, 30), None, "Green", "Complete",
         "Scheme launched 1 September 2025; 14 buddies trained.",
         ["Foster Carer Liaison Officer"], "2025-09", None, "blue"),
        (P2, "2.1",
         "Launch a second Mockingbird constellation in the Newark and Sherwood area.",
         "Service Manager, Fostering", "Jan-26", None, "Green", "Green",
         "Hub carer recruited; satellite families being matched.",
         ["Service Manager, Fostering"], "2026-01", None, "green"),
        (P2, "2.2",
         "Review the foster carer fees and allowances scheme and present options to the Cabinet Member for Children and Families.",
         "Group Manager, Fostering and Adoption; Finance Business Partner (Children’s)", d(2025, 12, 31),
         d(2026, 2, 28), "Amber", "Red",
         "Options paper delayed pending the council budget timetable; now scheduled for February 2026.",
         ["Group Manager, Fostering and Adoption", "Finance Business Partner (Children’s)"], "2026-02", None,
         "red"),
        (P2, "2.3",
         "Refresh the foster carer learning and development offer, including trauma-informed practice and caring for children with SEND.",
         "Learning and Development Officer (Fostering)", "Mar-26", None, "Green", "Green",
         "New programme drafted with the Foster Carers’ Association; launch planned for January 2026.",
         ["Learning and Development Officer (Fostering)"], "2026-03", None, "green"),
        (P2, "2.4",
         "Hold exit interviews with all foster carers leaving the service and report themes to the Fostering Service Management Meeting each quarter.",
         "Service Manager, Fostering", "Ongoing (quarterly)", None, "Green", "Green",
         "6 carers left in Q2; 5 exit interviews completed. Main themes: retirement and allowances.",
         ["Service Manager, Fostering"], None, "Ongoing (quarterly)", "green"),
        (P3, "3.1",
         "Implement the revised kinship assessment pathway so that all Regulation 24 temporary approvals are reviewed within 16 weeks.",
         "Team Manager – Kinship Assessment", d(2025, 10, 31), None, "Amber", "Complete",
         "Pathway live from 6 October 2025; tracker in place.",
         ["Team Manager – Kinship Assessment"], "2025-10", None, "blue"),
        (P3, "3.2",
         "Establish a kinship carers’ support group in each of the three fostering localities.",
         "Team Manager – Kinship Support\nFamily Support Worker (Kinship)", d(2026, 4, 30), None,
         "Not started", "Green",
         "North locality group meets monthly from September; venues agreed for South and Bassetlaw.",
         ["Team Manager – Kinship Support", "Family Support Worker (Kinship)"], "2026-04", None, "green"),
        (P4, "4.1",
         "Complete the annual audit of foster carer reviews and share learning with supervising social workers.",
         "Independent Reviewing Officer – Fostering", "Dec-25", None, "Green", "Green",
         "Audit sample of 30 reviews selected; fieldwork under way.",
         ["Independent Reviewing Officer – Fostering"], "2025-12", None, "green"),
        (P4, "4.2",
         "Work with the Children in Care Council to co-produce a new ‘Welcome to your foster home’ guide for children.",
         "Participation Officer (Children in Care)", d(2026, 3, 31), None, None, None,
         "To start in Q3 once the Children in Care Council work plan is agreed.",
         ["Participation Officer (Children in Care)"], "2026-03", None, "unrated"),
    ]

    wb = Workbook()
    # ---- Cover sheet
    ws = wb.active
    ws.title = "Cover"
    set_widths(ws, [28, 62])
    ws["A1"] = "Nottinghamshire County Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Children and Families Services – Fostering Service"
    ws["A3"] = title
    ws["A3"].font = Font(bold=True, size=16)
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    dc = [("Plan owner", "Group Manager, Fostering and Adoption"),
          ("Version", "1.3 (Quarter 2 update)"),
          ("Date of this update", "17/10/2025"),
          ("Reported to", "Corporate Parenting Panel – 10 November 2025"),
          ("Next review", "January 2026 (Quarter 3)")]
    r = 6
    for k, v in dc:
        ws.cell(r, 1, k).font = Font(bold=True)
        ws.cell(r, 2, v)
        for c in (1, 2):
            ws.cell(r, c).border = BOX
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    r += 1
    for word, meaning in [("Complete", "Action complete"),
                          ("Green", "On track to deliver by the target date"),
                          ("Amber", "Some slippage – revised date agreed by Group Manager"),
                          ("Red", "Off track or at risk – escalate to Service Director")]:
        ws.cell(r, 1, word).fill = FILL[rag_fill_for(word)]
        ws.cell(r, 2, meaning)
        for c in (1, 2):
            ws.cell(r, c).border = BOX
        r += 1
    ws.cell(r, 1, "Blank").border = BOX
    ws.cell(r, 2, "Not yet started / not rated").border = BOX

    # ---- Development plan sheet
    ws = wb.create_sheet("Development Plan")
    set_widths(ws, [26, 7, 58, 30, 13, 13, 11, 11, 48])
    ws.merge_cells("A1:I1")
    ws["A1"] = title + " – Quarter 2 update"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:I2")
    ws["A2"] = ("Priorities are taken from the Fostering Service Annual Report 2024-25 and the "
                "Placement Sufficiency Strategy 2024-27.")
    ws["A2"].font = Font(italic=True)
    hdr = ["Priority", "Ref", "Action", "Lead", "Target date", "Revised date", "Q1 RAG", "Q2 RAG",
           "Progress commentary (Q2)"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(4, c, h)
        cell.font = WHITE_BOLD
        cell.fill = FILL["head"]
        cell.alignment = WRAP
        cell.border = BOX
    ws.freeze_panes = "C5"
    r = 5
    exp = []
    start_of = {}
    for (pri, ref, act, lead, tgt, rev, q1, q2, com, e_lead, e_end, e_text, e_status) in rows:
        if pri not in start_of:
            start_of[pri] = r
            ws.cell(r, 1, pri)
        ws.cell(r, 2, ref)
        ws.cell(r, 3, act)
        ws.cell(r, 4, lead)
        ws.cell(r, 5, tgt)
        if isinstance(tgt, dt.datetime):
            ws.cell(r, 5).number_format = "dd/mm/yyyy"
        if rev is not None:
            ws.cell(r, 6, rev)
            ws.cell(r, 6).number_format = "dd/mm/yyyy"
        for col, val in ((7, q1), (8, q2)):
            if val:
                ws.cell(r, col, val)
                f = rag_fill_for(val)
                if f:
                    ws.cell(r, col).fill = FILL[f]
        ws.cell(r, 9, com)
        for c in range(1, 10):
            ws.cell(r, c).alignment = WRAP
            ws.cell(r, c).border = BOX
        exp.append(exp_action(ref, [pri], act, e_lead, e_end, e_status, e_text))
        r += 1
    # merge the priority column down over its actions
    pris = list(start_of)
    for i, p in enumerate(pris):
        s = start_of[p]
        e = (start_of[pris[i + 1]] - 1) if i + 1 < len(pris) else r - 1
        if e > s:
            ws.merge_cells(start_row=s, start_column=1, end_row=e, end_column=1)
        ws.cell(s, 1).font = Font(bold=True)
        ws.cell(s, 1).fill = FILL["band"]
        ws.cell(s, 1).alignment = Alignment(wrap_text=True, vertical="center")
    # summary block
    r += 1
    ws.cell(r, 1, "Q2 summary").font = Font(bold=True)
    r += 1
    for word, n in [("Complete", 2), ("Green", 6), ("Amber", 1), ("Red", 1), ("Not yet rated", 1),
                    ("Total actions", 11)]:
        ws.cell(r, 1, word)
        ws.cell(r, 2, n)
        f = rag_fill_for(word)
        if f:
            ws.cell(r, 1).fill = FILL[f]
        if word == "Total actions":
            ws.cell(r, 1).font = Font(bold=True)
            ws.cell(r, 2).font = Font(bold=True)
        r += 1

    # ---- Key measures sheet (performance measures, not actions)
    ws = wb.create_sheet("Key measures")
    set_widths(ws, [52, 16, 16, 14, 30])
    ws["A1"] = "Key performance measures – Fostering Service 2025-26"
    ws["A1"].font = Font(bold=True, size=12)
    for c, h in enumerate(["Measure", "2024-25 outturn", "2025-26 target", "Q2 2025-26", "Comment"], 1):
        cell = ws.cell(3, c, h)
        cell.font = WHITE_BOLD
        cell.fill = FILL["head"]
    measures = [
        ("Number of mainstream fostering households", 312, 330, 318, "Net gain of 6 since April"),
        ("Percentage of children in care placed with in-house foster carers", "41%", "44%", "42%", ""),
        ("Average months from enquiry to panel", 7.9, 6.0, 7.4, "See action 1.2"),
        ("Foster carer annual reviews completed on time", "88%", "95%", "91%", ""),
    ]
    for i, m in enumerate(measures, start=4):
        for c, v in enumerate(m, start=1):
            ws.cell(i, c, v).border = BOX

    wb.active = 1
    wb.save(out(fname))

    write_expected(fname, {
        "source": ("Imitates an English county council's annual fostering service development plan as "
                   "reported to its Corporate Parenting Panel alongside the fostering annual report and "
                   "Statement of Purpose (Nottinghamshire County Council Fostering Service, "
                   "https://fostering.nottinghamshire.gov.uk/fostering/statement-of-purpose/; Q2 update "
                   "2025-26, a plan such a service would publish). Copies: a cover sheet with title block, "
                   "document-control table and RAG key; a plan sheet with a note line, priority column "
                   "merged down over its actions, original and revised target dates (real dates and text "
                   "months), Q1 and Q2 RAG columns (word plus fill), two leads in one cell (slash, "
                   "semicolon, line break), an 'Ongoing (quarterly)' target, a blank-rated action and a "
                   "Q2 summary block; a separate sheet of key performance measures."),
        "reads": ("A fostering service development plan for 2025-26 with four numbered priorities and 11 "
                  "numbered actions (1.1-4.2), each with a lead, a target date (sometimes revised) and "
                  "Q1/Q2 RAG ratings; the current status is the Q2 rating. The cover sheet, the Q2 "
                  "summary block and the key measures sheet are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    })


# =====================================================================
# 2. Chesterfield Borough Council - Council Plan Delivery Plan 2025/26 Q2 (xlsx) - REFUSE
# =====================================================================
def build_chesterfield_refuse():
    fname = "zcc-chesterfield-borough-council-council-plan-delivery-plan-2025-26-typo-month-refuse.xlsx"
    title = "Council Plan 2023 – 2027: Delivery Plan 2025/26"
    PRI = [
        ("Priority 1: Making Chesterfield a thriving borough", [
            ("Objective TB1 – Support the vitality of Chesterfield town centre and our district centres", [
                ("TB1.1", "Complete the Stephenson Memorial Hall and museum refurbishment and reopen to the public.",
                 "Service Director – Leisure, Culture and Community Wellbeing", "Mar-26", "Green", "Green",
                 "Building works 85% complete; fit-out contractor appointed."),
                ("TB1.2", "Deliver phase 2 of the Revitalising the Heart of Chesterfield public realm works on Corporation Street.",
                 "Service Director – Economic Growth", "Dec-25", "Amber", "Amber",
                 "Utility diversions have delayed start on site by six weeks."),
            ]),
            ("Objective TB2 – Help local people into skilled jobs", [
                ("TB2.1", "Open the Chesterfield Skills Hub at the Northern Gateway Enterprise Centre.",
                 "Service Director – Economic Growth", "Sept 2025", "Green", "Blue",
                 "Opened 15 September 2025."),
                ("TB2.2", "Secure 40 local labour and apprenticeship commitments through planning agreements on major developments.",
                 "Economic Development Manager", "Febuary 2026", "Green", "Green",
                 "26 commitments secured to date."),
            ]),
        ]),
        ("Priority 2: Improving quality of life for local people", [
            ("Objective QL1 – Provide quality housing and improve housing conditions across the borough", [
                ("QL1.1", "Complete external wall insulation and window replacement to 120 council homes under the Warm Homes: Social Housing Fund.",
                 "Service Director – Housing", "31/03/2026", "Green", "Green",
                 "58 homes complete at end of Q2."),
                ("QL1.2", "Introduce a selective licensing scheme consultation for private rented homes in two priority areas.",
                 "Private Sector Housing Manager", "Q3 2025/26", "Amber", "Red",
                 "Consultation paused pending government guidance on the Renters’ Rights Act."),
            ]),
            ("Objective QL2 – Improve our environment and enhance community safety", [
                ("QL2.1", "Roll out weekly food waste collections to all households.",
                 "Service Director – Leisure, Culture and Community Wellbeing", "Apr-26", "Green", "Green",
                 "Vehicles ordered; caddies delivered to 40% of households."),
            ]),
        ]),
        ("Priority 3: Building a resilient council", [
            ("Objective RC1 – Become a more financially resilient council", [
                ("RC1.1", "Deliver the 2025/26 savings programme of £1.9m.",
                 "Service Director – Finance", "Mar-26", "Amber", "Amber",
                 "£1.3m delivered or on track; £0.6m at risk."),
                ("RC1.2", "Move 75% of customer transactions to digital self-service channels.",
                 "Service Director – Digital, HR and Customer Services", "Mar-26", "Green", "Green",
                 "68% at end of Q2."),
            ]),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    set_widths(ws, [52, 12, 11, 11, 11, 11])
    ws["A1"] = "Chesterfield Borough Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = "Quarter 2 monitoring report (1 April – 30 September 2025)"
    hdr = ["Priority", "Milestones", "Blue", "Green", "Amber", "Red"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h)
        cell.font = WHITE_BOLD
        cell.fill = FILL["teal"]
    summ = [("Making Chesterfield a thriving borough", 4, 1, 2, 1, 0),
            ("Improving quality of life for local people", 3, 0, 2, 0, 1),
            ("Building a resilient council", 2, 0, 1, 1, 0),
            ("Total", 9, 1, 5, 2, 1)]
    for i, row in enumerate(summ, start=6):
        for c, v in enumerate(row, 1):
            ws.cell(i, c, v).border = BOX
        if row[0] == "Total":
            for c in range(1, 7):
                ws.cell(i, c).font = Font(bold=True)
    ws["A11"] = "RAG: Blue = complete; Green = on track; Amber = at risk of missing due date; Red = will not be met."

    ws = wb.create_sheet("Milestones")
    set_widths(ws, [9, 60, 36, 14, 9, 9, 46])
    ws.merge_cells("A1:G1")
    ws["A1"] = "Council Plan Delivery Plan 2025/26 – milestone tracker (Quarter 2)"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Ref", "Milestone", "CLT lead", "Due date", "Q1", "Q2", "Q2 commentary"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(3, c, h)
        cell.font = WHITE_BOLD
        cell.fill = FILL["teal"]
        cell.border = BOX
    r = 4
    typo_row = None
    for pri, objs in PRI:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1, pri).font = Font(bold=True, color="FFFFFF")
        ws.cell(r, 1).fill = FILL["teal"]
        r += 1
        for obj, mils in objs:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(r, 1, obj).font = Font(bold=True)
            ws.cell(r, 1).fill = FILL["band2"]
            r += 1
            for (ref, text, lead, due, q1, q2, com) in mils:
                vals = [ref, text, lead, due, q1, q2, com]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(r, c, v)
                    cell.alignment = WRAP
                    cell.border = BOX
                for col, val in ((5, q1), (6, q2)):
                    ws.cell(r, col).fill = FILL[rag_fill_for(val)]
                if due == "Febuary 2026":
                    typo_row = r
                r += 1
    assert typo_row is not None
    wb.active = 1
    wb.save(out(fname))

    write_expected(fname, {
        "source": ("Imitates Chesterfield Borough Council's annual Council Plan Delivery Plan quarterly "
                   "monitoring (Council Plan 2023-2027, three priorities: thriving borough, quality of life, "
                   "resilient council; milestones tracked with RAG and reported to Cabinet and the Scrutiny "
                   "Select Committee, e.g. https://chesterfield.moderngov.co.uk/mgAi.aspx?ID=22461). Copies: a "
                   "summary sheet with RAG counts by priority, a milestone sheet with merged priority and "
                   "objective band rows, Q1/Q2 RAG columns with fill, text due dates in mixed forms "
                   "(Mar-26, Sept 2025, 31/03/2026, Q3 2025/26)."),
        "reads": ("A Q2 2025/26 milestone tracker for the Council Plan: three priorities, objectives under "
                  f"them and nine milestones with CLT lead, due date and Q1/Q2 RAG. On the 'Milestones' sheet, "
                  f"row {typo_row} (TB2.2) has the due date 'Febuary 2026', a mistyped month, so a careful "
                  "reader stops and asks before reading the plan."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })


# =====================================================================
# 3. Pembrokeshire County Council - CIW improvement check action plan (xlsx, fill-colour RAG)
# =====================================================================
def build_pembrokeshire_ciw():
    fname = "zcc-pembrokeshire-county-council-ciw-childrens-services-improvement-check-action-plan.xlsx"
    title = ("Action plan in response to the Care Inspectorate Wales improvement check of children’s "
             "services")
    P1 = "Principle 1: People – voice and control"
    P2 = "Principle 2: Prevention"
    P3 = "Principle 3: Partnerships and integration"
    P4 = "Principle 4: Well-being"
    A1 = ("AFI 1: The local authority should ensure the voice of the child is consistently evident in "
          "assessments and care and support plans, and that children receive the active offer of advocacy.")
    A2 = ("AFI 2: The local authority should strengthen its early help offer so that families receive "
          "timely support and fewer contacts are re-referred within 12 months.")
    A3 = ("AFI 3: The local authority and its partners should improve the timeliness and quality of "
          "strategy discussions.")
    A4 = ("AFI 4: The local authority should increase the sufficiency of local placements so that children "
          "live close to home and unregistered arrangements are avoided.")
    # (principle, afi, no, action, officer, target, revised, rag(fill only), progress, e_lead, end, end_text, status)
    acts = [
        (P1, A1, "1.1",
         "Relaunch the ‘All About Me’ recording template in WCCIS and make the child’s voice section mandatory in all assessments.",
         "Service Manager – Quality Assurance", d(2025, 9, 30), None, "blue",
         "Template live from 1 September 2025. Compliance 93% in November audit.",
         ["Service Manager – Quality Assurance"], "2025-09", None, "blue"),
        (P1, A1, "1.2",
         "Monitor take-up of the active offer of advocacy each month and report it to the Improvement Board.",
         "Performance and Systems Manager", "Monthly", None, "green",
         "Take-up 61% in November (Q1 baseline 44%).",
         ["Performance and Systems Manager"], None, "Monthly", "green"),
        (P1, A1, "1.3",
         "Make the active offer of the Welsh language at first contact and record the preferred language of every child.",
         "Team Manager – Information, Advice and Assistance", d(2025, 12, 31), d(2026, 3, 31), "amber",
         "WCCIS field added; recording at 72%. Revised date agreed by Improvement Board.",
         ["Team Manager – Information, Advice and Assistance"], "2026-03", None, "amber"),
        (P2, A2, "2.1",
         "Complete the review of the Team Around the Family pathway with education and health partners.",
         "Head of Early Help and Prevention", d(2025, 10, 31), d(2025, 11, 28), "blue",
         "Revised pathway approved at Early Help Board 25 November 2025.",
         ["Head of Early Help and Prevention"], "2025-11", None, "blue"),
        (P2, A2, "2.2",
         "Introduce a quarterly multi-agency audit of re-referrals, with learning shared at practice forums.",
         "Principal Social Worker", d(2026, 3, 31), None, "green",
         "First audit (Q3) completed; 18 cases reviewed.",
         ["Principal Social Worker"], "2026-03", None, "green"),
        (P3, A3, "3.1",
         "Agree a revised strategy discussion protocol with Dyfed-Powys Police and Hywel Dda University Health Board through the CYSUR regional safeguarding board.",
         "Head of Children’s Services / Principal Social Worker", d(2025, 11, 30), None, "red",
         "Draft protocol awaiting police sign-off; escalated to CYSUR Board on 4 December 2025.",
         ["Head of Children’s Services", "Principal Social Worker"], "2025-11", None, "red"),
        (P3, A3, "3.2",
         "Audit 20 strategy discussions to test compliance with the Wales Safeguarding Procedures.",
         "Service Manager – Quality Assurance", d(2026, 2, 28), None, None,
         "Scheduled for February 2026.",
         ["Service Manager – Quality Assurance"], "2026-02", None, "unrated"),
        (P4, A4, "4.1",
         "Open two small in-house children’s homes in line with the Welsh Government commitment to eliminate profit from the care of looked after children.",
         "Head of Commissioning (Children)", "Sept 2026", None, "amber",
         "First property purchased; registration application with CIW. Second property not yet identified.",
         ["Head of Commissioning (Children)"], "2026-09", None, "amber"),
        (P4, A4, "4.2",
         "Approve 15 additional Foster Wales Pembrokeshire foster carers during 2025-26.",
         "Team Manager – Foster Wales Pembrokeshire", d(2026, 3, 31), None, "green",
         "9 approved to date; 5 assessments in progress.",
         ["Team Manager – Foster Wales Pembrokeshire"], "2026-03", None, "green"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    set_widths(ws, [7, 60, 34, 14, 14, 8, 48])
    ws.merge_cells("A1:G1")
    ws["A1"] = "Pembrokeshire County Council – Children’s Services"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:G2")
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws.merge_cells("A3:G3")
    ws["A3"] = ("Improvement check fieldwork 12–15 May 2025; letter published 9 July 2025. "
                "Monitored by the Children’s Services Improvement Board. Position at 31 December 2025.")
    ws["A3"].alignment = WRAP
    hdr = ["No.", "Action", "Responsible officer", "Target date", "Revised target date", "RAG",
           "Progress / evidence"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h)
        cell.font = WHITE_BOLD
        cell.fill = FILL["head"]
        cell.alignment = WRAP
        cell.border = BOX
    ws.freeze_panes = "A6"
    r = 6
    seen_p, seen_a = set(), set()
    exp = []
    for (p, a, no, act, off, tgt, rev, rag, prog, e_lead, e_end, e_text, e_status) in acts:
        if p not in seen_p:
            seen_p.add(p)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(r, 1, p).font = Font(bold=True, size=12)
            ws.cell(r, 1).fill = FILL["band"]
            r += 1
        if a not in seen_a:
            seen_a.add(a)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(r, 1, a).font = Font(bold=True, italic=True)
            ws.cell(r, 1).fill = FILL["band2"]
            ws.cell(r, 1).alignment = WRAP
            ws.row_dimensions[r].height = 32
            r += 1
        vals = [no, act, off, tgt, rev, None, prog]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        if rag:
            ws.cell(r, 6).fill = FILL[rag]
        exp.append(exp_action(no, [p, a], act, e_lead, e_end, e_status, e_text))
        r += 1

    ws = wb.create_sheet("Key")
    set_widths(ws, [12, 60])
    ws["A1"] = "RAG key (colour of the RAG cell)"
    ws["A1"].font = Font(bold=True)
    for i, (f, meaning) in enumerate([("blue", "Action complete – evidence seen by Improvement Board"),
                                      ("green", "On track"),
                                      ("amber", "Some delay – revised target date agreed"),
                                      ("red", "Significant delay or risk – escalated"),
                                      (None, "No colour – not yet started")], start=3):
        if f:
            ws.cell(i, 1).fill = FILL[f]
        ws.cell(i, 1).border = BOX
        ws.cell(i, 2, meaning).border = BOX

    ws = wb.create_sheet("Board summary")
    set_widths(ws, [40, 10])
    ws["A1"] = "Summary for Children’s Services Improvement Board – January 2026"
    ws["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Actions in plan", 9), ("Complete", 2), ("On track", 3),
                                ("Some delay", 2), ("Significant delay", 1), ("Not yet started", 1)],
                               start=3):
        ws.cell(i, 1, k).border = BOX
        ws.cell(i, 2, v).border = BOX
    wb.save(out(fname))

    write_expected(fname, {
        "source": ("Imitates a Welsh local authority's action plan answering a Care Inspectorate Wales "
                   "improvement check of children's services (CIW reviews under its Code of Practice for "
                   "review of local authority social services, https://careinspectorate.wales/code-practice-review-local-authority-social-services-html; "
                   "findings grouped under the four principles of the Social Services and Well-being (Wales) "
                   "Act 2014). Pembrokeshire County Council, position at December 2025, a plan it would "
                   "publish to its Improvement Board. Copies: title block rows, merged principle rows and "
                   "merged area-for-improvement rows above numbered actions, job titles as responsible "
                   "officers (two posts in one cell with a slash), original and revised target dates, RAG "
                   "shown only by the fill colour of an empty cell with a colour key on a second sheet, a "
                   "'Monthly' target, and a board summary sheet."),
        "reads": ("An action plan for Pembrokeshire children's services after a CIW improvement check: four "
                  "principles, one area for improvement under each, and nine numbered actions with "
                  "responsible officer, target (and revised) date and a colour-only RAG cell read through "
                  "the key (blue complete, no colour not started)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    })


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.6))


DOCX_RAG = {"blue": "5B9BD5", "green": "00B050", "amber": "FFC000", "red": "FF0000"}


# =====================================================================
# 4. Birmingham SAB - thematic SAR (transitional safeguarding) action plan (docx, table per rec)
# =====================================================================
def build_birmingham_sar():
    fname = "zcc-birmingham-safeguarding-adults-board-thematic-sar-transitional-safeguarding-action-plan.docx"
    title = ("Thematic Safeguarding Adults Review – Young Adults at Risk of Exploitation: "
             "Multi-agency Action Plan")
    T1 = "Theme 1: Planning for transition to adulthood"
    T2 = "Theme 2: Sharing information and managing risk"
    R1 = ("The Board should seek assurance that Birmingham Children’s Trust and Adult Social Care have a "
          "joint approach for young people aged 16 to 25 who are at risk of exploitation, so that "
          "safeguarding support does not stop at 18.")
    R2 = ("Partner agencies should make sure practitioners understand how the Care Act 2014 applies to "
          "young adults who are being exploited but who may not appear to have care and support needs.")
    R3 = ("West Midlands Police and partners should make sure information about young people at risk of "
          "criminal or sexual exploitation continues to be shared and acted on after their 18th birthday.")
    R4 = ("Birmingham and Solihull Integrated Care Board should seek assurance that young adults who are "
          "exploited can get mental health and substance misuse support without long waits.")
    THEMES = [
        (T1, [
            ("Recommendation 1", R1, [
                ("1a", "Develop and sign off a joint transitional safeguarding protocol between Birmingham Children’s Trust and BCC Adult Social Care.",
                 "Birmingham Children’s Trust – Assistant Director, Disabled Children and Transitions\nBCC Adult Social Care – Assistant Director, Early Intervention",
                 "30 June 2025", "Protocol signed off by both Directors on 12 June 2025 and published on the Board website.", "Blue",
                 ["Birmingham Children’s Trust – Assistant Director, Disabled Children and Transitions",
                  "BCC Adult Social Care – Assistant Director, Early Intervention"], "2025-06", None, "blue"),
                ("1b", "Audit a sample of 20 young people referred to the transitions panel to test whether the protocol is being used.",
                 "BSAB Quality and Performance Sub-Group", "January 2026",
                 "Audit tool agreed; case sample drawn in October 2025.", "Green",
                 ["BSAB Quality and Performance Sub-Group"], "2026-01", None, "green"),
            ]),
            ("Recommendation 2", R2, [
                ("2a", "Deliver multi-agency briefings on transitional safeguarding and on when a Section 42 enquiry should be made for a young adult.",
                 "BSAB Learning and Development Sub-Group", "Sept 2025 – March 2026",
                 "Four briefings delivered to 212 practitioners; two more booked.", "Green",
                 ["BSAB Learning and Development Sub-Group"], "2026-03", None, "green"),
                ("2b", "Add a practice guidance note on the exploitation of young adults to the Board’s multi-agency safeguarding adults procedures.",
                 "BSAB Business Manager", "31/12/2025",
                 "Draft with the West Midlands procedures editorial group; publication now expected February 2026.", "Amber",
                 ["BSAB Business Manager"], "2025-12", None, "amber"),
            ]),
        ]),
        (T2, [
            ("Recommendation 3", R3, [
                ("3a", "Extend the terms of reference of the Multi-Agency Child Exploitation (MACE) panel so that young adults aged 18 to 25 can be discussed where the risk of exploitation continues.",
                 "West Midlands Police – Detective Chief Inspector, Public Protection (Birmingham)", "End of September 2025",
                 "Terms of reference not yet agreed by all partners; escalated to the Board’s Independent Chair.", "Red",
                 ["West Midlands Police – Detective Chief Inspector, Public Protection (Birmingham)"], "2025-09", None, "red"),
                ("3b", "Map the risk management forums open to young adults (MARAC, MAPPA, complex adult risk management and the contextual safeguarding hub) and publish a one-page guide for practitioners.",
                 "BSAB Business Manager; Community Safety Partnership Manager", "Q4 2025/26",
                 "Mapping complete; guide in design.", "Green",
                 ["BSAB Business Manager", "Community Safety Partnership Manager"], "2026-03", None, "green"),
            ]),
            ("Recommendation 4", R4, [
                ("4a", "Review the referral pathways between Forward Thinking Birmingham and adult mental health services for 18 to 25 year olds.",
                 "BSol ICB – Head of Safeguarding Adults", "TBC",
                 "Review merged into the ICB mental health transformation programme; date to be confirmed.", "Amber",
                 ["BSol ICB – Head of Safeguarding Adults"], None, "TBC", "amber"),
                ("4b", "Involve young adults with lived experience of exploitation in the Board’s Making Safeguarding Personal engagement work.",
                 "Making Safeguarding Personal Lead, BSAB", "March 2026",
                 "Not started – awaiting commissioning of a peer engagement partner.", "Not started",
                 ["Making Safeguarding Personal Lead, BSAB"], "2026-03", None, "unrated"),
            ]),
        ]),
    ]

    doc = Document()
    landscape(doc)
    doc.sections[0].header.paragraphs[0].text = "Birmingham Safeguarding Adults Board – OFFICIAL"
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Progress update for the Board meeting of 20 November 2025")

    doc.add_paragraph("Version control", style="Heading 2")
    vt = doc.add_table(rows=1, cols=4)
    vt.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Author", "Changes"]):
        cell_text(vt.rows[0].cells[c], h, bold=True)
    for v in [("0.3", "14/03/2025", "BSAB Business Manager", "Draft for SAR Sub-Group"),
              ("1.0", "09/04/2025", "BSAB Business Manager", "Agreed by the Board"),
              ("1.4", "06/11/2025", "BSAB Business Support Officer", "Q2 progress updates from agencies")]:
        row = vt.add_row().cells
        for c, val in enumerate(v):
            cell_text(row[c], val)

    doc.add_paragraph("Introduction", style="Heading 2")
    doc.add_paragraph(
        "This plan sets out how partner agencies will respond to the four recommendations of the thematic "
        "Safeguarding Adults Review into the experiences of young adults who were exploited as they moved "
        "from children’s to adult services. The review was published by the Board in March 2025. Each "
        "recommendation is followed by the actions agreed by the SAR Sub-Group.")
    doc.add_paragraph("RAG key", style="Heading 2")
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for word, meaning in [("Blue", "Action complete and evidence provided"), ("Green", "On track"),
                          ("Amber", "Some slippage"), ("Red", "Not on track – escalated to the Board"),
                          ("Not started", "Action not yet begun")]:
        row = kt.add_row().cells
        cell_text(row[0], word, bold=True)
        cell_text(row[1], meaning)
        f = DOCX_RAG.get(word.lower())
        if f:
            shade(row[0], f)

    exp = []
    for theme, recs in THEMES:
        doc.add_paragraph(theme, style="Heading 1")
        for rec_head, rec_text, actions in recs:
            doc.add_paragraph(rec_head, style="Heading 2")
            doc.add_paragraph(rec_text)
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            for c, h in enumerate(["Ref", "Action", "Lead agency / officer", "Target date",
                                   "Progress to date", "RAG"]):
                cell_text(t.rows[0].cells[c], h, bold=True)
                shade(t.rows[0].cells[c], "D9E1F2")
            for (ref, act, lead, tgt, prog, rag, e_lead, e_end, e_text, e_status) in actions:
                row = t.add_row().cells
                for c, val in enumerate([ref, act, lead, tgt, prog, rag]):
                    cell_text(row[c], val)
                f = DOCX_RAG.get(rag.lower())
                if f:
                    shade(row[5], f)
                exp.append(exp_action(ref, [theme, rec_text], act, e_lead, e_end, e_status, e_text))
            doc.add_paragraph("")

    doc.add_paragraph("Sign-off", style="Heading 2")
    st = doc.add_table(rows=2, cols=3)
    st.style = "Table Grid"
    for c, h in enumerate(["Role", "Name", "Date"]):
        cell_text(st.rows[0].cells[c], h, bold=True)
    for c, v in enumerate(["Independent Chair, BSAB", "(signed)", "20/11/2025"]):
        cell_text(st.rows[1].cells[c], v)
    doc.save(out(fname))

    write_expected(fname, {
        "source": ("Imitates a safeguarding adults board's multi-agency action plan for a thematic "
                   "Safeguarding Adults Review (Birmingham Safeguarding Adults Board, thematic SAR on young "
                   "adults at risk of exploitation in transition, progress update November 2025; a plan such "
                   "a board would publish alongside the review). Copies the Word layout boards use: header "
                   "line, title, version-control table, introduction, RAG key table, theme headings, each "
                   "recommendation as a heading and paragraph followed by its own action table (ref, action, "
                   "lead agency/officer, target date, progress, RAG word with shading), agency-plus-post "
                   "leads with two leads on separate lines or split by a semicolon, a period as a target "
                   "('Sept 2025 – March 2026'), 'TBC', and a sign-off table."),
        "reads": ("A SAR action plan with two themes and four recommendations; each recommendation's text "
                  "stands above a table of two lettered actions (1a-4b) with lead, target date, progress and "
                  "RAG. The version-control, RAG key and sign-off tables are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    })


# =====================================================================
# 5. Central Bedfordshire LAP - Area SEND inspection improvement plan (docx, one table, merged AFI rows)
# =====================================================================
def build_central_beds_send():
    fname = "zcc-central-bedfordshire-local-area-partnership-send-inspection-improvement-plan.docx"
    title = "Area SEND Inspection Improvement Plan"
    AFI1 = ("Area for improvement 1 – Leaders should improve the timeliness and quality of education, "
            "health and care (EHC) needs assessments, including the quality of health and social care advice.")
    AFI2 = ("Area for improvement 2 – Health leaders should reduce waiting times for neurodevelopmental "
            "assessment and speech and language therapy, and keep families informed while they wait.")
    AFI3 = ("Area for improvement 3 – Leaders should improve the sufficiency and quality of specialist, "
            "alternative and post-16 provision for children and young people with SEND.")
    AFI4 = ("Area for improvement 4 – Leaders should make sure the views of children, young people and "
            "families are used consistently to shape services.")
    # (afi, ref, action, leads, by when, prev, curr, evidence, e_lead, end, end_text, status)
    acts = [
        (AFI1, "1.1",
         "Recruit four additional SEND casework officers and one senior educational psychologist to clear the backlog of overdue assessments.",
         "Head of SEND and Inclusion", "December 2025", "G", "B",
         "All posts filled by 1 December 2025; overdue assessments down from 118 to 41.",
         ["Head of SEND and Inclusion"], "2025-12", None, "blue"),
        (AFI1, "1.2",
         "Hold a weekly multi-agency EHC tracking meeting that checks every assessment at weeks 6, 12 and 16.",
         "SEND Service Manager / Designated Clinical Officer", "Autumn term 2025", "A", "G",
         "Meeting running since October; 20-week timeliness 54% (was 31%).",
         ["SEND Service Manager", "Designated Clinical Officer"], "2025-12", None, "green"),
        (AFI1, "1.3",
         "Quality assure 10% of new EHC plans each month using the multi-agency audit tool, reporting findings to the SEND Partnership Board.",
         "Principal Educational Psychologist; Designated Social Care Officer", "Monthly", "G", "G",
         "64% of audited plans rated good or better in March 2026.",
         ["Principal Educational Psychologist", "Designated Social Care Officer"], None, "Monthly", "green"),
        (AFI2, "2.1",
         "Commission additional ADHD and autism assessment capacity through the BLMK neurodevelopmental pathway.",
         "BLMK ICB – Head of Children’s Commissioning", "31/03/2026", "A", "A",
         "Contract variation agreed; new provider starts May 2026.",
         ["BLMK ICB – Head of Children’s Commissioning"], "2026-03", None, "amber"),
        (AFI2, "2.2",
         "Launch a ‘waiting well’ offer for families, including drop-in sessions with SNAP Parent Carer Forum and online resources on the Local Offer.",
         "Designated Clinical Officer", "Summer term 2026", "NS", "G",
         "Local Offer pages drafted with SNAP; first drop-in held 18 March 2026.",
         ["Designated Clinical Officer"], "2026-07", None, "green"),
        (AFI3, "3.1",
         "Commission 40 additional specialist resource base places in mainstream schools.",
         "Assistant Director – Education and Skills", "September 2026", "G", "G",
         "Three host schools agreed; capital works tendered.",
         ["Assistant Director – Education and Skills"], "2026-09", None, "green"),
        (AFI3, "3.2",
         "Develop a supported internship programme with Bedford College Group and local employers.",
         "Post-16 SEND Lead", "July 2026", "A", "R",
         "Only two employers signed up; programme unlikely to start in September 2026 without further partners.",
         ["Post-16 SEND Lead"], "2026-07", None, "red"),
        (AFI3, "3.3",
         "Review the quality assurance framework for unregistered alternative provision.",
         "Head of Inclusion and Alternative Provision", "Feb 2026", "NS", "NS",
         "Deferred until the DfE alternative provision guidance is published.",
         ["Head of Inclusion and Alternative Provision"], "2026-02", None, "unrated"),
        (AFI4, "4.1",
         "Co-produce a SEND communication charter with SNAP Parent Carer Forum.",
         "SEND Partnership Manager", "Jan 2026", "G", "B",
         "Charter launched at the SEND Partnership Board on 22 January 2026.",
         ["SEND Partnership Manager"], "2026-01", None, "blue"),
        (AFI4, "4.2",
         "Set up a young people’s SEND advisory group that meets every half term and reports to the SEND Partnership Board.",
         "Participation and Engagement Officer (SEND)", "Ongoing from April 2026", "NS", "G",
         "Recruitment of members through schools and colleges under way; first meeting 24 April 2026.",
         ["Participation and Engagement Officer (SEND)"], None, "Ongoing from April 2026", "green"),
    ]

    doc = Document()
    landscape(doc)
    doc.add_paragraph("Central Bedfordshire Local Area Partnership").runs[0].bold = True
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph(
        "Central Bedfordshire Council and Bedfordshire, Luton and Milton Keynes Integrated Care Board – "
        "response to the areas for improvement identified in the Ofsted and CQC area SEND inspection.")

    doc.add_paragraph("Document control", style="Heading 2")
    dt_ = doc.add_table(rows=1, cols=4)
    dt_.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Status", "Approved by"]):
        cell_text(dt_.rows[0].cells[c], h, bold=True)
    for v in [("1.0", "15/12/2025", "Final", "SEND Partnership Board"),
              ("1.1", "23/01/2026", "Update", "SEND Partnership Board"),
              ("1.2", "17/04/2026", "Update", "SEND Partnership Board")]:
        row = dt_.add_row().cells
        for c, val in enumerate(v):
            cell_text(row[c], val)

    doc.add_paragraph("How to read this plan", style="Heading 2")
    doc.add_paragraph(
        "Each area for improvement is shown as a shaded row, followed by the actions the partnership has "
        "agreed. RAG ratings are agreed by the SEND Partnership Board each quarter; the previous rating is "
        "shown beside the current one.")
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for code, meaning in [("B", "Complete"), ("G", "On track"), ("A", "At risk of delay"),
                          ("R", "Off track"), ("NS", "Not started")]:
        row = kt.add_row().cells
        cell_text(row[0], code, bold=True)
        cell_text(row[1], meaning)
        f = DOCX_RAG.get(rag_fill_for(code) or "")
        if f:
            shade(row[0], f)

    doc.add_paragraph("Improvement plan", style="Heading 1")
    cols = ["Ref", "Action", "Lead(s)", "By when", "Previous RAG (Jan 2026)", "Current RAG (Apr 2026)",
            "Evidence of impact"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for c, h in enumerate(cols):
        cell_text(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "BDD7EE")
    seen = set()
    exp = []
    for (afi, ref, act, lead, when, prev, curr, ev, e_lead, e_end, e_text, e_status) in acts:
        if afi not in seen:
            seen.add(afi)
            cells = t.add_row().cells
            merged = cells[0].merge(cells[-1])
            cell_text(merged, afi, bold=True)
            shade(merged, "D9E1F2")
        row = t.add_row().cells
        for c, val in enumerate([ref, act, lead, when, prev, curr, ev]):
            cell_text(row[c], val)
        for c, code in ((4, prev), (5, curr)):
            f = DOCX_RAG.get(rag_fill_for(code) or "")
            if f:
                shade(row[c], f)
        exp.append(exp_action(ref, [afi], act, e_lead, e_end, e_status, e_text))
    doc.add_paragraph(
        "Note: actions rated B are kept in the plan for one quarter so that impact can be checked, and are "
        "then closed by the SEND Partnership Board.")
    doc.save(out(fname))

    write_expected(fname, {
        "source": ("Imitates an English local area partnership's improvement plan after an Ofsted/CQC area "
                   "SEND inspection under the 2023 framework (Central Bedfordshire Council and BLMK ICB; "
                   "the area's earlier Written Statement of Action and Accelerated Progress Plan were "
                   "published, https://www.centralbedfordshire.gov.uk/info/133/improving_send_services/; "
                   "this later plan, April 2026 update, is one it would publish). Copies: partnership title "
                   "block, document-control table, a letter-code RAG key (B/G/A/R/NS), one large landscape "
                   "table in which each area for improvement is a merged shaded row above its numbered "
                   "actions, previous and current RAG columns, two leads in one cell (slash, semicolon), "
                   "school-term and 'Monthly' dates, and a note line under the table."),
        "reads": ("An area SEND improvement plan with four areas for improvement, each a merged row followed "
                  "by its numbered actions (1.1-4.2, ten in all) with leads, a by-when date and previous and "
                  "current RAG codes; the current RAG is the status and NS means not started."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    })


# =====================================================================
# 6. Swansea Youth Justice Service - HMIP ETE thematic inspection action plan (csv)
# =====================================================================
def build_swansea_yjs_csv():
    fname = "zcc-swansea-youth-justice-service-hmip-ete-thematic-inspection-action-plan.csv"
    title = ("Action plan: HM Inspectorate of Probation joint thematic inspection of education, training "
             "and employment (ETE) services in youth offending services")
    S1 = "Recommendations for youth offending service management boards"
    S2 = "Recommendations for youth offending service managers"
    R1 = ("Recommendation 1: Make sure the management board has senior education representation and "
          "reviews ETE outcomes for children at every meeting.")
    R2 = ("Recommendation 2: Make sure children with additional learning needs (ALN) are identified and "
          "that their Individual Development Plans inform youth justice assessments and plans.")
    R3 = ("Recommendation 3: Make sure assessments and plans address ETE needs in full, including the "
          "number of hours of education the child actually receives.")
    R4 = ("Recommendation 4: Work with Careers Wales and local providers to widen access to training and "
          "employment for children aged 16 and over.")
    header = ["Ref", "Recommendation", "Local action", "Lead", "Target date", "Revised target date", "RAG",
              "Update (September 2023)"]
    rows = [
        ["Swansea Youth Justice Service"] + [""] * 7,
        [title] + [""] * 7,
        ["Owner: Youth Justice Service Manager. Reported to: Swansea Youth Justice Management Board. "
         "Last updated: 18/09/2023"] + [""] * 7,
        [""] * 8,
        header,
    ]
    exp = []

    def sec(text):
        rows.append([text] + [""] * 7)

    def rec(text):
        rows.append(["", text] + [""] * 6)

    def act(ref, text, lead, tgt, rev, rag, upd, under, e_lead, e_end, e_text, e_status, cont=None):
        rows.append([ref, "", text, lead, tgt, rev, rag, upd])
        full = text
        if cont:
            rows.append(["", "", cont, "", "", "", "", ""])
            full = text + "\n" + cont
        exp.append(exp_action(ref, under, full, e_lead, e_end, e_status, e_text))

    sec(S1)
    rec(R1)
    act("1.1", "Invite the Head of Vulnerable Learners (Education) to join the Management Board as a standing member.",
        "Chair, Youth Justice Management Board", "31/12/2022", "", "Complete",
        "Joined the Board from the January 2023 meeting.",
        [S1, R1], ["Chair, Youth Justice Management Board"], "2022-12", None, "blue")
    act("1.2", "Add an ETE dashboard (attendance, hours offered, NEET at 16+) to the quarterly Board performance report.",
        "YJS Information and Performance Officer", "31/03/2023", "30/06/2023", "Complete",
        "Dashboard first presented to the Board in June 2023.",
        [S1, R1], ["YJS Information and Performance Officer"], "2023-06", None, "blue")
    rec(R2)
    act("2.1", "Agree an information-sharing protocol with the ALN team so that case managers are told about every child with an IDP.",
        "YJS Manager; ALN Transformation Lead", "31/03/2023", "", "Complete",
        "Protocol signed March 2023; monthly list now received.",
        [S1, R2], ["YJS Manager", "ALN Transformation Lead"], "2023-03", None, "blue")
    act("2.2", "Train all case managers on the Additional Learning Needs and Education Tribunal (Wales) Act 2018",
        "ETE Officer (YJS)", "30/06/2023", "31/10/2023", "Amber",
        "Two of three sessions delivered; final session moved to October 2023.",
        [S1, R2], ["ETE Officer (YJS)"], "2023-10", None, "amber",
        cont="and the Individual Development Plan (IDP) process.")
    sec(S2)
    rec(R3)
    act("3.1", "Revise the AssetPlus ETE quality assurance checklist to record hours offered and hours attended.",
        "YJS Operational Manager", "Oct-22", "", "Complete", "Checklist in use from November 2022.",
        [S2, R3], ["YJS Operational Manager"], "2022-10", None, "blue")
    act("3.2", "Include the ETE section in the monthly audit of five cases and report themes to the Board.",
        "YJS Operational Manager", "Monthly", "", "Green",
        "Audits completed every month since December 2022.",
        [S2, R3], ["YJS Operational Manager"], None, "Monthly", "green")
    rec(R4)
    act("4.1", "Agree a named Careers Wales adviser for the YJS, based at the youth justice office one day a week.",
        "ETE Officer (YJS)", "31/01/2023", "", "Complete", "Adviser in place every Wednesday.",
        [S2, R4], ["ETE Officer (YJS)"], "2023-01", None, "blue")
    act("4.2", "Develop work-taster placements with the council’s apprenticeship team and two local employers.",
        "ETE Officer (YJS) / Youth Engagement and Progression Co-ordinator", "31/07/2023", "31/12/2023", "Red",
        "One employer withdrew; new partners being sought through the Regional Skills Partnership.",
        [S2, R4], ["ETE Officer (YJS)", "Youth Engagement and Progression Co-ordinator"], "2023-12", None, "red")
    act("4.3", "Report to the Board each quarter how many 16 to 18 year olds are NEET when their youth justice intervention ends.",
        "YJS Information and Performance Officer", "Ongoing", "", "Green",
        "Q1 2023-24: 7 of 19 NEET at case closure.",
        [S2, R4], ["YJS Information and Performance Officer"], None, "Ongoing", "green")
    rows.append([""] * 8)
    rows.append(["RAG key: Complete = action finished; Green = on track; Amber = some delay; Red = significant "
                 "delay, escalate to the Management Board"] + [""] * 7)
    rows.append(["Note: the inspection report was published in June 2022; the recommendations have been "
                 "summarised for local use."] + [""] * 7)
    with open(out(fname), "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        for row in rows:
            w.writerow(row)

    write_expected(fname, {
        "source": ("Imitates a Welsh youth justice service's local action plan answering the recommendations "
                   "of HM Inspectorate of Probation's joint thematic inspection (with Ofsted and Estyn) of "
                   "education, training and employment services in youth offending services, published June "
                   "2022 (https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2022/06/ete-thematic/); "
                   "Swansea YJS, update for its management board September 2023, a plan it would keep. "
                   "Copies a CSV export of an Excel tracker: title lines, header row, section rows for the "
                   "two groups of addressees, recommendation rows above their numbered local actions, "
                   "original and revised target dates, RAG words, a post with a comma ('Chair, Youth Justice "
                   "Management Board'), two leads split by semicolon or slash, an action whose text runs on "
                   "to a continuation row, and a key and note line at the end."),
        "reads": ("A local action plan with two sections (management boards, service managers), four "
                  "recommendations and nine numbered actions with lead, target and revised target date, RAG "
                  "and update. Action 2.2 continues on the next line; the title, owner, key and note lines "
                  "are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    })


# =====================================================================
# 7. Cornwall Council - Overview and Scrutiny recommendations tracker 2025/26 (tab-separated txt)
# =====================================================================
def build_cornwall_scrutiny_txt():
    fname = "zcc-cornwall-council-overview-scrutiny-recommendations-tracker-2025-26.txt"
    title = "Overview and Scrutiny – Recommendations Tracker 2025/26"
    C1 = "Customer and Support Services Overview and Scrutiny Committee"
    C2 = "Economic Growth and Development Overview and Scrutiny Committee"
    C3 = "Neighbourhoods Overview and Scrutiny Committee"
    C4 = "Health and Adult Social Care Overview and Scrutiny Committee"
    C5 = "Children and Families Overview and Scrutiny Committee"
    header = ["Ref", "Date agreed", "Recommendation", "Cabinet response", "Lead officer", "Target date",
              "Update", "Status"]
    lines = ["Cornwall Council", title,
             "Exported from the Democratic Services tracker on 21/01/2026. Status key: B = achieved; "
             "G = on track; A = some slippage; R = significant delay or not progressing; blank = not yet started.",
             "", "\t".join(header)]
    exp = []
    data = [
        (C1, "CSS/25/01", "12/06/2025",
         "That the Cabinet Member for Resources ensures the refreshed customer contact strategy includes a target for answering calls to the main contact centre within five minutes.",
         "Accepted", "Head of Customer Services", "Sep 2025",
         "Target of 80% within five minutes included in the strategy approved by Cabinet on 17/09/2025.", "B",
         ["Head of Customer Services"], "2025-09", None, "blue"),
        (C1, "CSS/25/02", "12/06/2025",
         "That a report on the use of agency staff across all directorates is brought to the Committee every six months.",
         "Accepted", "Strategic Director – Resources", "Six-monthly",
         "First report received November 2025; next due May 2026.", "G",
         ["Strategic Director – Resources"], None, "Six-monthly", "green"),
        (C2, "EGD/25/01", "03/07/2025",
         "That the Council publishes a timetable for the review of the Cornwall Local Plan, including the call for sites.",
         "Accepted", "Service Director – Planning and Sustainable Development", "31/12/2025",
         "Timetable published in the Local Development Scheme; call for sites opens March 2026.", "B",
         ["Service Director – Planning and Sustainable Development"], "2025-12", None, "blue"),
        (C2, "EGD/25/02", "03/07/2025",
         "That the Cabinet Member for Economy reviews the criteria for the successor to the Shared Prosperity Fund so that town and parish councils can apply directly.",
         "Partially accepted", "Head of Economic Growth", "Q4 2025/26",
         "Awaiting confirmation of the national funding settlement.", "A",
         ["Head of Economic Growth"], "2026-03", None, "amber"),
        (C3, "NEI/25/01", "18/09/2025",
         "That the Highways service introduces a public dashboard showing pothole repair times by community area.",
         "Accepted", "Service Director – Highways and Transport", "End of March 2026",
         "Dashboard in test; data quality checks under way.", "G",
         ["Service Director – Highways and Transport"], "2026-03", None, "green"),
        (C3, "NEI/25/02", "18/09/2025",
         "That officers review the missed bin collection process and report back to the Committee.",
         "Accepted", "Head of Waste and Environmental Services; Contract Manager (Waste)", "Jan 2026",
         "Review delayed by mobilisation of the new collection contract.", "R",
         ["Head of Waste and Environmental Services", "Contract Manager (Waste)"], "2026-01", None, "red"),
        (C4, "HASC/25/01", "25/09/2025",
         "That the Council and NHS Cornwall and Isles of Scilly work together to reduce the number of people waiting in hospital for a package of care, and report progress to the Committee in March 2026.",
         "Accepted",
         "Strategic Director – Care and Wellbeing / Chief Operating Officer, NHS Cornwall and Isles of Scilly",
         "March 2026", "Joint discharge plan agreed; people waiting reduced from 142 to 118.", "G",
         ["Strategic Director – Care and Wellbeing", "Chief Operating Officer, NHS Cornwall and Isles of Scilly"],
         "2026-03", None, "green"),
        (C5, "CF/25/01", "09/10/2025",
         "That the Council publishes an annual report on the cost of home to school transport for children with SEND.",
         "Accepted", "Head of Transport Commissioning", "TBC",
         "Timing to be aligned with budget setting.", "",
         ["Head of Transport Commissioning"], None, "TBC", "unrated"),
        (C5, "CF/25/02", "09/10/2025",
         "That the Committee receives a briefing on the impact of the Family Hubs programme in each community area.",
         "Accepted", "Head of Early Help and Family Hubs", "05/02/2026",
         "Briefing scheduled for the Committee on 5 February 2026.", "G",
         ["Head of Early Help and Family Hubs"], "2026-02", None, "green"),
    ]
    cur = None
    for (com, ref, date, recm, resp, lead, tgt, upd, st, e_lead, e_end, e_text, e_status) in data:
        if com != cur:
            cur = com
            lines.append(com)
        lines.append("\t".join([ref, date, recm, resp, lead, tgt, upd, st]))
        exp.append(exp_action(ref, [com], recm, e_lead, e_end, e_status, e_text))
    lines.append("")
    lines.append("Recommendations not accepted by Cabinet are reported in the Annual Scrutiny Report and are "
                 "not tracked here.")
    with open(out(fname), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")

    write_expected(fname, {
        "source": ("Imitates an English unitary council's overview and scrutiny recommendations tracker as "
                   "taken to committees (format of published scrutiny recommendation trackers: reference per "
                   "recommendation, committee of origin, date agreed, executive response, lead officer, "
                   "action taken, status key; cf. Surrey select committee recommendation trackers, "
                   "https://mycouncil.surreycc.gov.uk/mgAi.aspx?ID=18618, and Brent's scrutiny recommendations "
                   "tracker, https://democracy.brent.gov.uk/mgAi.aspx?ID=67641). Cornwall Council 2025/26, as its five O&S committees would keep "
                   "it. Copies a tab-separated text export: title lines with an inline status key (B/G/A/R, "
                   "blank = not started), header row, committee section lines, one line per recommendation "
                   "with date agreed, Cabinet response, lead officer (two posts with ';' or '/'), target "
                   "dates in mixed forms (Sep 2025, Q4 2025/26, End of March 2026, Six-monthly, TBC) and a "
                   "closing note line."),
        "reads": ("A scrutiny recommendations tracker with nine recommendations grouped under five committee "
                  "headings; each recommendation is the tracked action, with its Cabinet response, lead "
                  "officer, target date, update and a B/G/A/R status letter."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    })


def main():
    build_notts_fostering()
    build_chesterfield_refuse()
    build_pembrokeshire_ciw()
    build_birmingham_sar()
    build_central_beds_send()
    build_swansea_yjs_csv()
    build_cornwall_scrutiny_txt()


if __name__ == "__main__":
    main()
