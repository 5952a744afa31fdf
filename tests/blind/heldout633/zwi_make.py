#!/usr/bin/env python3
"""Build the seven zwi- blind test files (set heldout633).

    python zwi_make.py             # writes the seven data files beside this script
    python zwi_make.py --expected  # also (re)writes the zwi-*.expected.yaml readings

Only files whose names start with zwi- are written.
"""
import csv
import datetime as dt
import io
import json
import os
import sys
import textwrap

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000",
    "head": "1F3864", "band": "D9E1F2", "grey": "E7E6E6", "teal": "DDEBF7",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day):
    return dt.datetime(y, m, day)


EXPECTED = {}  # file name -> dict of the reading


# ---------------------------------------------------------------------------
# 1. East Riding of Yorkshire Council - internal audit follow-up tracker (xlsx)
# ---------------------------------------------------------------------------
ER_NAME = "zwi-east-riding-of-yorkshire-council-internal-audit-recommendations-tracker.xlsx"
ER_TRACKER = [
    ("band", "Direct Payments (2024/25-11) – Limited Assurance"),
    ("rec", "Direct payment recipients who have not returned financial monitoring information for more than six months should be followed up and, where necessary, payments suspended in line with the Direct Payments Policy.", [
        ("11.1(a)", "1",
         "Monthly exception report of overdue financial returns to be produced and reviewed by the Direct Payments Team.\nCases overdue by more than 60 days to be escalated to the Service Manager.",
         "Service Manager – Direct Payments", d(2025, 6, 30), d(2025, 10, 31), "B",
         "Exception report live from October 2025. First review of 42 cases completed; 9 payments suspended."),
        ("11.1(b)", "1",
         "Direct Payments Policy to be refreshed to set out the suspension and recovery process, and approved by the Director of Adults, Health and Care.",
         "Service Manager – Direct Payments / Policy and Partnerships Officer", d(2025, 9, 30), d(2026, 3, 31), "A",
         "Draft policy prepared. Consultation with the Carers' and Users' Forum added, so revised date agreed by the Director."),
    ]),
    ("rec", "Surplus balances held in direct payment accounts should be reclaimed at least annually.", [
        ("11.2", "2",
         "Annual reclaim exercise to be built into the review cycle of the Direct Payments Team, with reclaims above £2,000 approved by the Finance Manager (Adults).",
         "Finance Manager (Adults)", d(2025, 12, 31), None, "G",
         "Reclaim letters issued for 118 accounts; exercise due to close by the target date."),
    ]),
    ("band", "Highways Winter Maintenance (2024/25-19) – Reasonable Assurance"),
    ("rec", "Gritting route treatment records should be reconciled to vehicle telematics data after each action.", [
        ("19.1", "2",
         "Weekly reconciliation of route completion sheets to telematics data to be carried out by the Winter Service Supervisor, with exceptions reported to the Highways Operations Manager.",
         "Highways Operations Manager", d(2025, 10, 31), None, "B",
         "Reconciliation in place from the start of the 2025/26 season. Verified by Internal Audit 02/12/2025."),
    ]),
    ("rec", "Salt stock levels held at each depot should be independently verified at least twice per season.", [
        ("19.2", "3",
         "Independent stock-takes at the Carnaby, Beverley and Driffield depots to be completed in November and February by Fleet and Stores staff.",
         "Stores Manager", d(2026, 2, 28), None, "G",
         "November stock-take completed at all three depots; variances under 1%."),
    ]),
    ("band", "Cyber Security: Patch Management (2025/26-03) – Limited Assurance"),
    ("rec", "All servers should be included in the automated patching schedule, with any exceptions approved by the Information Security Manager.", [
        ("03.1", "1",
         "Remaining 14 legacy servers to be brought into the automated patching schedule or formally risk-accepted by the Digital Governance Board.",
         "Head of ICT / Information Security Manager", d(2025, 9, 30), d(2026, 1, 31), "A",
         "9 of 14 servers now patched automatically. Remaining 5 support the legacy revenues system due for decommissioning."),
    ]),
    ("rec", "A record of critical patches released and applied should be reported monthly to the Digital Governance Board.", [
        ("03.2", "2",
         "Monthly patch compliance dashboard to be added as a standing item on the Digital Governance Board agenda.",
         "Infrastructure Manager", d(2025, 8, 31), None, "R",
         "Dashboard in development; not yet presented to the Board. Chased 05/12/2025."),
    ]),
]


def build_east_riding():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Internal Audit Follow-up Tracker – Agreed Actions"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "East Riding of Yorkshire Council – Audit, Risk and Insurance"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Summary – position as at 31 December 2025 (Audit Committee, 11 February 2026)"
    hdr = ["Directorate", "Actions followed up", "Implemented (Blue)", "On target (Green)",
           "Revised date agreed (Amber)", "Overdue (Red)"]
    rows = [
        ["Adults, Health and Care", 3, 1, 1, 1, 0],
        ["Housing, Transportation and Public Protection", 2, 1, 1, 0, 0],
        ["Corporate Resources", 2, 0, 0, 1, 1],
        ["Total", 7, 2, 2, 2, 1],
    ]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["head"])
        cell.alignment = WRAP
        cell.border = BOX
    for r, row in enumerate(rows, 6):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            if row[0] == "Total":
                cell.font = Font(bold=True)
    ws.column_dimensions["A"].width = 46
    for col in "BCDEF":
        ws.column_dimensions[col].width = 16

    key = wb.create_sheet("Key")
    key["A1"] = "Priority key"
    key["A1"].font = Font(bold=True)
    key["A2"] = "1 – Fundamental weakness; immediate action required"
    key["A3"] = "2 – Significant weakness; action required within an agreed timescale"
    key["A4"] = "3 – Minor weakness or opportunity to improve"
    key["A6"] = "RAG key"
    key["A6"].font = Font(bold=True)
    for i, (letter, text) in enumerate([
        ("B", "Implemented and verified by Internal Audit"),
        ("G", "Not yet due / on track to meet the original target date"),
        ("A", "Revised target date agreed by the Director"),
        ("R", "Overdue – no revised date agreed"),
    ]):
        key.cell(row=7 + i, column=1, value=letter).fill = fill(FILL[letter])
        key.cell(row=7 + i, column=2, value=text)
    key.column_dimensions["A"].width = 60
    key.column_dimensions["B"].width = 60

    tr = wb.create_sheet("Follow-up Tracker")
    tr["A1"] = "Internal Audit Follow-up Tracker – Agreed Actions"
    tr["A1"].font = Font(bold=True, size=13)
    tr.merge_cells("A1:I1")
    tr["A2"] = ("Updates provided by Responsible Officers to 31/12/2025. "
                "Actions shown Blue will be removed from the next report.")
    tr["A2"].font = Font(italic=True)
    tr.merge_cells("A2:I2")
    heads = ["Ref", "Priority", "Recommendation", "Agreed Management Action", "Responsible Officer",
             "Original Target Date", "Revised Target Date", "RAG", "Officer Update (December 2025)"]
    for c, h in enumerate(heads, 1):
        cell = tr.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["head"])
        cell.alignment = WRAP
        cell.border = BOX
    widths = [9, 8, 45, 55, 30, 13, 13, 6, 45]
    for i, w in enumerate(widths, 1):
        tr.column_dimensions[get_column_letter(i)].width = w

    actions = []
    r = 5
    band = None
    for item in ER_TRACKER:
        if item[0] == "band":
            band = item[1]
            cell = tr.cell(row=r, column=1, value=band)
            cell.font = Font(bold=True)
            for c in range(1, 10):
                tr.cell(row=r, column=c).fill = fill(FILL["band"])
                tr.cell(row=r, column=c).border = BOX
            tr.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        _, rec, acts = item
        first = r
        tr.cell(row=r, column=3, value=rec)
        for (ref, prio, act, lead, orig, rev, rag, upd) in acts:
            tr.cell(row=r, column=1, value=ref)
            tr.cell(row=r, column=2, value=prio)
            tr.cell(row=r, column=4, value=act)
            tr.cell(row=r, column=5, value=lead)
            c6 = tr.cell(row=r, column=6, value=orig)
            c6.number_format = "dd/mm/yyyy"
            if rev is not None:
                c7 = tr.cell(row=r, column=7, value=rev)
                c7.number_format = "dd/mm/yyyy"
            c8 = tr.cell(row=r, column=8, value=rag)
            c8.fill = fill(FILL[rag])
            c8.alignment = Alignment(horizontal="center", vertical="top")
            tr.cell(row=r, column=9, value=upd)
            for c in range(1, 10):
                tr.cell(row=r, column=c).border = BOX
                if c != 8:
                    tr.cell(row=r, column=c).alignment = WRAP
            end = (rev or orig)
            actions.append({
                "ref": ref, "under": [band, rec], "action": act,
                "lead": [x.strip() for x in lead.split(" / ")],
                "end": end.strftime("%Y-%m"),
                "status": {"B": "blue", "G": "green", "A": "amber", "R": "red"}[rag],
            })
            r += 1
        if r - 1 > first:
            tr.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
        tr.cell(row=first, column=3).alignment = WRAP
    r += 1
    tr.cell(row=r, column=1,
            value="Source: Audit, Risk and Insurance follow-up database (export 06/01/2026).").font = Font(italic=True, size=9)
    tr.freeze_panes = "A5"
    wb.active = 2
    wb.save(os.path.join(HERE, ER_NAME))

    EXPECTED[ER_NAME] = {
        "source": ("East Riding of Yorkshire Council (Audit, Risk and Insurance), 2025/26: internal audit "
                   "follow-up of agreed actions reported to the Audit Committee. No specific published "
                   "tracker was found; the layout follows council audit committee follow-up appendices "
                   "(e.g. West Norfolk's 'Status of Agreed Internal Audit Recommendations', Herefordshire's "
                   "recommendations update). Copied features: a Summary sheet with totals by directorate, a "
                   "Key sheet (priority 1-3 and B/G/A/R), a tracker sheet with a merged title and notes line, "
                   "audit band rows (audit title, reference and assurance opinion) merged across, the "
                   "recommendation merged down over its agreed actions, job titles as responsible officers "
                   "(two posts split by '/'), original and revised target dates as real dates, a fill-coloured "
                   "RAG letter column, officer updates, and a source note under the table."),
        "reads": ("A three-sheet workbook: a summary count of actions by directorate, a key, and the "
                  "follow-up tracker. In the tracker each audit is a shaded band row, and under it each "
                  "recommendation (merged over its actions) sits beside one or two agreed management "
                  "actions with a responsible officer, original and revised target dates and a RAG letter."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Internal Audit Follow-up Tracker – Agreed Actions",
        "actions": actions,
    }


# ---------------------------------------------------------------------------
# 2. Bath & North East Somerset Council - corporate risk register (xlsx, refuse)
# ---------------------------------------------------------------------------
BN_NAME = "zwi-bath-and-north-east-somerset-council-corporate-risk-register-q3-2025-26-typo-month-refuse.xlsx"
BN_RISKS = [
    ("CR01", "Financial sustainability\nFailure to deliver a balanced budget and the savings in the Medium Term Financial Strategy, leading to unplanned use of reserves and reductions to services.",
     "Section 151 Officer", 20,
     "Monthly budget monitoring to Corporate Management Team; earmarked reserves; savings tracker; spending controls.",
     16, 12, "↔", [
         ("Deliver the 2025/26 savings programme with monthly tracking at the Budget Monitoring Board.", "Head of Corporate Finance", "March 2026", "G"),
         ("Refresh the Medium Term Financial Strategy and set the 2026/27 budget at Full Council.", "Section 151 Officer", "Febuary 2026", "G"),
     ]),
    ("CR03", "High Needs Block deficit\nDemand for Education, Health and Care Plans and independent specialist placements continues to exceed the Dedicated Schools Grant High Needs Block, increasing the cumulative deficit.",
     "Director of Education and Safeguarding", 25,
     "DSG deficit management plan agreed with the DfE; SEND Sufficiency Strategy; placement panel.",
     20, 15, "↑", [
         ("Implement the DSG deficit management plan and report quarterly to the Schools Forum.", "Head of SEND", "March 2026", "A"),
         ("Open 40 additional resource base places in mainstream schools.", "Head of School Organisation and Capital", "September 2026", "G"),
     ]),
    ("CR05", "Cyber security\nA successful cyber attack leads to loss of systems or data and disruption to council services.",
     "Chief Information Officer", 20,
     "Firewalls, multi-factor authentication, immutable backups, mandatory staff training, PSN compliance.",
     12, 9, "↔", [
         ("Complete the Cyber Assessment Framework self-assessment and agree the improvement plan.", "IT Security Manager", "December 2025", "C"),
         ("Run a cyber incident exercise with Corporate Management Team.", "IT Security Manager / Emergency Planning Manager", "April 2026", "G"),
     ]),
    ("CR07", "Workforce capacity\nDifficulty recruiting and retaining staff in hard-to-fill roles (children's social work, planning, legal) affects service delivery and increases agency costs.",
     "Director of People and Policy", 16,
     "Workforce strategy; market supplements; agency spend controls; apprenticeship levy use.",
     12, 8, "↓", [
         ("Launch the second 'grow your own' social work apprenticeship cohort.", "Head of HR and Organisational Development", "January 2026", "G"),
     ]),
    ("CR11", "Clean Air Zone compliance\nNitrogen dioxide levels on the remaining monitored roads do not stay within legal limits, so the Ministerial Direction cannot be discharged.",
     "Director of Place Management", 12,
     "Charging Clean Air Zone in operation; financial assistance scheme; monitoring network.",
     8, 4, "↓", [
         ("Submit the annual Clean Air Zone monitoring report to the Joint Air Quality Unit.", "Transport Policy Manager", "June 2026", "G"),
     ]),
]


def build_banes():
    wb = Workbook()
    vc = wb.active
    vc.title = "Version control"
    vc["A1"] = "Bath & North East Somerset Council – Corporate Risk Register"
    vc["A1"].font = Font(bold=True, size=13)
    vc["A3"] = "Document control"
    vc["A3"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Summary of changes"),
            ("1.0", "14/04/2025", "Risk and Assurance Officer", "Q4 2024/25 register rolled forward"),
            ("2.0", "21/07/2025", "Risk and Assurance Officer", "Q1 review by Corporate Management Team"),
            ("3.0", "20/10/2025", "Risk and Assurance Officer", "Q2 review; CR11 target score revised"),
            ("4.0", "19/01/2026", "Risk and Assurance Officer", "Q3 review; CR07 current score reduced")]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell = vc.cell(row=4 + i, column=1 + j, value=v)
            cell.border = BOX
            if i == 0:
                cell.font = Font(bold=True)
                cell.fill = fill(FILL["grey"])
    vc.column_dimensions["A"].width = 10
    vc.column_dimensions["B"].width = 12
    vc.column_dimensions["C"].width = 28
    vc.column_dimensions["D"].width = 45

    ws = wb.create_sheet("CRR Q3 2025-26")
    ws["A1"] = "Bath & North East Somerset Council – Corporate Risk Register"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 3 2025/26 (reviewed by Corporate Management Team, 13 January 2026)"
    ws["A3"] = ("Scores are Likelihood x Impact (1–5 each). Action status: G = on track, A = slipping, "
                "R = off track, C = complete.")
    ws["A3"].font = Font(italic=True)
    heads = ["Ref", "Risk", "Risk Owner", "Inherent Score", "Key Controls in Place", "Current Score",
             "Target Score", "Trend", "Further Actions", "Action Owner", "Target Date", "Status"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["head"])
        cell.alignment = WRAP
        cell.border = BOX
    widths = [7, 45, 22, 9, 40, 9, 9, 7, 50, 28, 14, 8]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    r = 6
    typo_row = None
    score_fill = lambda s: fill("FF0000" if s >= 15 else "FFC000" if s >= 8 else "70AD47")
    for (ref, risk, owner, inh, ctrl, cur, tgt, trend, acts) in BN_RISKS:
        first = r
        for col, v in ((1, ref), (2, risk), (3, owner), (4, inh), (5, ctrl), (6, cur), (7, tgt), (8, trend)):
            ws.cell(row=r, column=col, value=v)
        ws.cell(row=r, column=4).fill = score_fill(inh)
        ws.cell(row=r, column=6).fill = score_fill(cur)
        ws.cell(row=r, column=7).fill = score_fill(tgt)
        for (act, lead, date, st) in acts:
            ws.cell(row=r, column=9, value=act)
            ws.cell(row=r, column=10, value=lead)
            ws.cell(row=r, column=11, value=date)
            c12 = ws.cell(row=r, column=12, value=st)
            c12.fill = fill(FILL["B" if st == "C" else st])
            c12.alignment = Alignment(horizontal="center", vertical="top")
            if "Febuary" in date:
                typo_row = r
            r += 1
        for col in range(1, 13):
            for rr in range(first, r):
                ws.cell(row=rr, column=col).border = BOX
                if col != 12:
                    ws.cell(row=rr, column=col).alignment = WRAP
        if r - 1 > first:
            for col in range(1, 9):
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="Risks removed this quarter: none. New risks: none.").font = Font(italic=True)
    ws.freeze_panes = "A6"
    wb.active = 1
    wb.save(os.path.join(HERE, BN_NAME))

    EXPECTED[BN_NAME] = {
        "source": ("Bath & North East Somerset Council corporate risk register, Q3 2025/26 (a register of the "
                   "kind reported quarterly to the Corporate Audit Committee; B&NES has published risk reports "
                   "at democracy.bathnes.gov.uk). Copied features: a version-control sheet, a title block with "
                   "the review date and a scoring/status key line, each risk (ref, title and description in one "
                   "cell with a line break, owner, inherent/current/target scores with fill colour, trend "
                   "arrow) merged down over its further actions, an action owner, target date as a month in "
                   "words, and a fill-coloured G/A/R/C status, plus a note line under the table."),
        "reads": ("Five corporate risks, each with one or two further mitigating actions that have an owner, "
                  "a target month and a status letter. The second action of CR01 ('Refresh the Medium Term "
                  "Financial Strategy ...') has the target date 'Febuary 2026', a mistyped month; a careful "
                  "reader would stop and ask rather than guess."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": "Bath & North East Somerset Council – Corporate Risk Register",
    }


# ---------------------------------------------------------------------------
# 3. Birmingham City Council - Corporate Plan delivery plan 2025/26 Q2 (xlsx)
# ---------------------------------------------------------------------------
BH_NAME = "zwi-birmingham-city-council-corporate-plan-delivery-plan-2025-26-q2.xlsx"
BH_SHEETS = [
    ("Prosperous", "A Bold Prosperous Birmingham", [
        ("Grow the economy, attract investment and create good jobs", [
            ("P1.1", "Submit the outline business case for the next phase of the East Birmingham and North Solihull Levelling Up Zone to the West Midlands Combined Authority.",
             "Economy and Skills", "Director of Planning, Transport and Sustainability", "Dec-25", "Green", "Green",
             "Draft business case reviewed by the WMCA investment team in September."),
            ("P1.2", "Agree the Smithfield Phase 1 development agreement with the delivery partner.",
             "Economy and Skills", "Director of City Centre Regeneration", "March 2026", "Amber", "Amber",
             "Viability gap still under negotiation; legal drafting continues."),
        ]),
        ("Increase the number of residents in good-quality work", [
            ("P2.1", "Deliver the Birmingham Youth Guarantee offer to 2,000 young people aged 16–24 through the Jobs Hub network.",
             "Economy and Skills", "Head of Employment and Skills", "31/03/2026", "Green", "Green",
             "1,140 young people engaged by the end of September."),
        ]),
    ]),
    ("Inclusive", "A Bold Inclusive Birmingham", [
        ("Tackle poverty and inequality", [
            ("I1.1", "Publish the refreshed Cost of Living Response and allocate the 2025/26 Household Support Fund.",
             "Finance and Resources", "Assistant Director, Customer Services / Head of Financial Inclusion", "Jun-25", "Green", "Complete",
             "Response published in June; Household Support Fund fully allocated."),
            ("I1.2", "Extend free school meals auto-enrolment to all eligible households receiving Housing Benefit and Council Tax Support.",
             "Finance and Resources", "Head of Revenues and Benefits", "Jan-26", "Amber", "Red",
             "Data-sharing agreement with schools not yet signed; January go-live will be missed."),
        ]),
    ]),
    ("Safe", "A Bold Safe Birmingham", [
        ("Reduce homelessness and the use of bed and breakfast accommodation", [
            ("S1.1", "Open 250 additional units of council-owned temporary accommodation to reduce the use of bed and breakfast for families.",
             "Housing and Homelessness", "Director of Housing Solutions and Support", "March 2026", "Amber", "Amber",
             "112 units open; two acquisitions delayed by conveyancing."),
        ]),
        ("Keep children safe and improve outcomes for children in care", [
            ("S2.1", "Implement the Families First for Children pathfinder model across all localities.",
             "Children, Young People and Families", "Director of Children's Services", "Ongoing", "Green", "Green",
             "Four of ten localities live; roll-out plan agreed with partners."),
        ]),
    ]),
    ("Healthy", "A Bold Healthy Birmingham", [
        ("Reduce health inequalities", [
            ("H1.1", "Launch the Healthy Weight Strategy delivery plan with partners across the Health and Wellbeing Board.",
             "Health and Social Care", "Director of Public Health", "Nov-25", "Green", "Green",
             "Delivery plan endorsed by the Health and Wellbeing Board in September."),
        ]),
    ]),
    ("Green", "A Bold Green Birmingham", [
        ("Become a net zero carbon council and city", [
            ("G1.1", "Retrofit 300 council homes to EPC C under the Warm Homes: Social Housing Fund Wave 3 programme.",
             "Environment", "Head of Housing Asset Management", "Mar-27", "Green", "Green",
             "Contractor mobilised; first 40 surveys complete."),
        ]),
        ("Keep our streets and neighbourhoods clean", [
            ("G2.1", "Introduce weekly food waste collections to all households.",
             "Environment", "Director of City Operations", "April 2026", "", "Not started",
             "Vehicle procurement under way; collections start April 2026 in line with Simpler Recycling."),
        ]),
    ]),
]


def build_birmingham():
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = "Birmingham City Council"
    ov["A1"].font = Font(bold=True, size=14)
    ov["A2"] = "Corporate Plan 2022–2026: Delivery Plan 2025/26"
    ov["A2"].font = Font(bold=True, size=13)
    ov["A3"] = "Quarter 2 monitoring (July – September 2025)"
    ov["A5"] = "RAG key"
    ov["A5"].font = Font(bold=True)
    key = [("Complete", "Action delivered", FILL["B"]),
           ("Green", "On track to deliver by the milestone date", FILL["G"]),
           ("Amber", "At risk of slipping; recovery actions in place", FILL["A"]),
           ("Red", "Will not be delivered by the milestone date", FILL["R"]),
           ("Not started", "Not yet due to start", None)]
    for i, (k, t, f) in enumerate(key):
        c = ov.cell(row=6 + i, column=1, value=k)
        if f:
            c.fill = fill(f)
        ov.cell(row=6 + i, column=2, value=t)
    ov["A12"] = "Summary by priority (Q2)"
    ov["A12"].font = Font(bold=True)
    sh = ["Priority", "Actions", "Complete", "Green", "Amber", "Red", "Not started"]
    for c, h in enumerate(sh, 1):
        cell = ov.cell(row=13, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["head"])
        cell.border = BOX
    totals = [0] * 6
    r = 14
    for (_, prio, outcomes) in BH_SHEETS:
        counts = [0] * 6
        for (_, acts) in outcomes:
            for a in acts:
                counts[0] += 1
                counts[["Complete", "Green", "Amber", "Red", "Not started"].index(a[6]) + 1] += 1
        for c, v in enumerate([prio] + counts, 1):
            ov.cell(row=r, column=c, value=v).border = BOX
        totals = [x + y for x, y in zip(totals, counts)]
        r += 1
    for c, v in enumerate(["Total"] + totals, 1):
        cell = ov.cell(row=r, column=c, value=v)
        cell.border = BOX
        cell.font = Font(bold=True)
    ov.column_dimensions["A"].width = 34
    ov.column_dimensions["B"].width = 48

    actions = []
    st_map = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red", "Not started": "unrated"}
    for (sheet, prio, outcomes) in BH_SHEETS:
        ws = wb.create_sheet(sheet)
        ws["A1"] = "Corporate Plan 2022–2026: Delivery Plan 2025/26 – Quarter 2"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = prio
        ws["A2"].font = Font(bold=True, size=13, color="FFFFFF")
        ws["A2"].fill = fill("7030A0")
        ws.merge_cells("A2:I2")
        heads = ["Ref", "Outcome", "Key action", "Cabinet Portfolio", "Lead Officer", "Milestone Date",
                 "Q1 RAG", "Q2 RAG", "Q2 Commentary"]
        for c, h in enumerate(heads, 1):
            cell = ws.cell(row=4, column=c, value=h)
            cell.font = Font(bold=True)
            cell.fill = fill(FILL["grey"])
            cell.border = BOX
            cell.alignment = WRAP
        for i, w in enumerate([7, 30, 55, 22, 32, 13, 10, 11, 45], 1):
            ws.column_dimensions[get_column_letter(i)].width = w
        r = 5
        for (outcome, acts) in outcomes:
            first = r
            ws.cell(row=r, column=2, value=outcome)
            for (ref, act, port, lead, ms, q1, q2, comm) in acts:
                vals = {1: ref, 3: act, 4: port, 5: lead, 6: ms, 7: q1 or None, 8: q2, 9: comm}
                for c, v in vals.items():
                    ws.cell(row=r, column=c, value=v)
                for c, q in ((7, q1), (8, q2)):
                    if q in ("Complete", "Green", "Amber", "Red"):
                        ws.cell(row=r, column=c).fill = fill(FILL[{"Complete": "B", "Green": "G", "Amber": "A", "Red": "R"}[q]])
                for c in range(1, 10):
                    ws.cell(row=r, column=c).border = BOX
                    ws.cell(row=r, column=c).alignment = WRAP
                a = {"ref": ref, "under": [prio, outcome], "action": act,
                     "lead": [x.strip() for x in lead.split(" / ")]}
                months = {"Dec-25": "2025-12", "March 2026": "2026-03", "31/03/2026": "2026-03",
                          "Jun-25": "2025-06", "Jan-26": "2026-01", "Nov-25": "2025-11",
                          "Mar-27": "2027-03", "April 2026": "2026-04"}
                if ms == "Ongoing":
                    a["end"] = None
                    a["end_text"] = "Ongoing"
                else:
                    a["end"] = months[ms]
                a["status"] = st_map[q2]
                actions.append(a)
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, BH_NAME))

    EXPECTED[BH_NAME] = {
        "source": ("Birmingham City Council, Corporate Plan 2022-2026 ('A Bold Prosperous / Inclusive / Safe / "
                   "Healthy / Green Birmingham') delivery plan monitoring, 2025/26 Q2; Birmingham publishes "
                   "quarterly Council Plan performance reports to Cabinet (birmingham.gov.uk performance pages). "
                   "Copied features: an Overview sheet with title block, RAG key and a summary-by-priority totals "
                   "table, one sheet per priority with a coloured merged priority banner, the outcome merged "
                   "down over its key actions, cabinet portfolio and lead officer (job titles, one cell with two "
                   "posts), milestone dates in mixed forms (Dec-25, March 2026, 31/03/2026, Ongoing), Q1 and Q2 "
                   "RAG columns with fill colour, and commentary."),
        "reads": ("A six-sheet workbook: an overview with key and totals, then one sheet for each of the five "
                  "Corporate Plan priorities. On each priority sheet the actions are grouped under outcomes, "
                  "each with a lead officer, a milestone date, the previous (Q1) and current (Q2) RAG and a "
                  "commentary; the Q2 RAG is the status."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Corporate Plan 2022–2026: Delivery Plan 2025/26",
        "actions": actions,
    }


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, white=False):
    lines = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if white:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def header_row(table, heads, hexcol="1F3864"):
    for i, h in enumerate(heads):
        c = table.rows[0].cells[i]
        set_cell(c, h, bold=True, white=True)
        shade(c, hexcol)


# ---------------------------------------------------------------------------
# 4. Islington Health and Wellbeing Board - action log (docx)
# ---------------------------------------------------------------------------
IS_NAME = "zwi-islington-health-and-wellbeing-board-action-log.docx"
IS_MEETINGS = [
    ("Meeting of 11 March 2025", [
        ("HWB25/01", "Publish the draft Pharmaceutical Needs Assessment 2025 for the statutory 60-day consultation.",
         "Director of Public Health", "Jul 2025", "Complete", "Consultation ran 23/06/2025 – 22/08/2025."),
        ("HWB25/02", "Agree the process for sign-off of the Better Care Fund 2025/26 plan by the Chair and the chief executives of Islington Council and NCL ICB.",
         "Director of Strategic Commissioning and Investment", "Apr 2025", "Complete", "Signed off 31/03/2025 and submitted to NHS England."),
        ("HWB25/03", "Develop a damp and mould referral pathway between primary care and Housing Property Services, and report progress to the Board.",
         "Sarah Okafor and Daniel Reid", "31/03/2026", "Amber", "Pathway drafted; pilot with two GP practices has been slower to start than planned."),
    ]),
    ("Meeting of 15 July 2025", [
        ("HWB25/07", "Circulate the final Joint Health and Wellbeing Strategy 2025–2030 to all Board member organisations for adoption by their own boards.",
         "Director of Public Health", "Sept 2025", "Complete", "Circulated 02/09/2025; adopted by Whittington Health Board 25/09/2025."),
        ("HWB25/08", "Bring an evaluation of the Young Black Men's Mental Health Programme to a future meeting.",
         "Assistant Director, Public Health / Programme Manager, Young Black Men's Mental Health", "Jan 2026", "Green", "On the agenda for 19 January 2026."),
        ("HWB25/09", "Set out with NCL ICB how the neighbourhood health model in the NHS 10 Year Health Plan will be taken forward in Islington, and report back to the Board.",
         "Director of Place, Islington (NCL ICB)", "March 2026", "Green", "Workshop with primary care networks held in October."),
    ]),
    ("Meeting of 18 November 2025", [
        ("HWB25/10", "Share the draft children and young people's mental health deep dive with the SEMH Partnership before it comes to the Board.",
         "Director of Children's Services", "Dec 2025", "Complete", "Shared 04/12/2025; comments reflected in the January report."),
        ("HWB25/11", "Provide regular updates on childhood immunisation uptake by ward, including the MMR catch-up clinics in family hubs.",
         "Consultant in Public Health (Health Protection)", "Ongoing", "Green", "Next update to the March 2026 meeting."),
        ("HWB25/12", "Confirm the Board's representative on the NCL Population Health and Integrated Care Committee.",
         "Chair", "Dec 2025", "Red", "Not yet confirmed."),
    ]),
]


def build_islington():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph("Islington Health and Wellbeing Board: Action Log", style="Title")
    doc.add_paragraph("Updated for the meeting on 19 January 2026")
    doc.add_paragraph(
        "This log records the actions agreed by the Board. Completed actions are reported once and then "
        "removed. Status: Complete; Green – on track; Amber – delayed, revised date agreed; Red – overdue.")
    months = {"Jul 2025": "2025-07", "Apr 2025": "2025-04", "31/03/2026": "2026-03", "Sept 2025": "2025-09",
              "Jan 2026": "2026-01", "March 2026": "2026-03", "Dec 2025": "2025-12"}
    stmap = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    colour = {"Complete": FILL["B"], "Green": FILL["G"], "Amber": FILL["A"], "Red": FILL["R"]}
    actions = []
    for (meeting, rows) in IS_MEETINGS:
        doc.add_heading(meeting, level=2)
        t = doc.add_table(rows=1 + len(rows), cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Lead", "Due", "Status", "Update"], "005EB8")
        for i, (ref, act, lead, due, status, upd) in enumerate(rows, 1):
            cells = t.rows[i].cells
            for j, v in enumerate([ref, act, lead, due, status, upd]):
                set_cell(cells[j], v)
            shade(cells[4], colour[status])
            if " and " in lead:
                leads = [x.strip() for x in lead.split(" and ")]
            else:
                leads = [x.strip() for x in lead.split(" / ")]
            a = {"ref": ref, "under": [meeting], "action": act, "lead": leads}
            if due == "Ongoing":
                a["end"] = None
                a["end_text"] = "Ongoing"
            else:
                a["end"] = months[due]
            a["status"] = stmap[status]
            actions.append(a)
        doc.add_paragraph("")
    doc.add_paragraph("Contact: Democratic Services, Islington Town Hall, Upper Street, N1 2UD.")
    doc.save(os.path.join(HERE, IS_NAME))

    EXPECTED[IS_NAME] = {
        "source": ("Islington Health and Wellbeing Board action log, 2025 meetings (the Board met on 11 March "
                   "2025 and 15 July 2025 and had the PNA, BCF sign-off, JHWS 2025-2030, Young Black Men's "
                   "Mental Health Programme and NHS 10 Year Plan on its agendas; democracy.islington.gov.uk). "
                   "Copied features: a Title paragraph, an 'updated for the meeting on' line, a paragraph "
                   "carrying the status key, one table per meeting under a 'Meeting of ...' heading, actions "
                   "with refs, officers as job titles or as two named people joined by 'and', two posts split "
                   "by '/', due dates in mixed forms (Jul 2025, Sept 2025, 31/03/2026, Ongoing), status words "
                   "with cell shading, and an update column; a contact line at the end."),
        "reads": ("An action log of the Islington Health and Wellbeing Board, with three tables, one per "
                  "meeting (March, July and November 2025). Each row is an action with a ref, a lead, a due "
                  "date, a status word (Complete/Green/Amber/Red) and an update."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Islington Health and Wellbeing Board: Action Log",
        "actions": actions,
    }


# ---------------------------------------------------------------------------
# 5. Cambridge Community Safety Partnership - DHR 'Hannah' action plan (docx)
# ---------------------------------------------------------------------------
CB_NAME = "zwi-cambridge-community-safety-partnership-dhr-hannah-action-plan.docx"
CB_PART_A = "Part A – Overview Report Recommendations"
CB_PART_B = "Part B – Single Agency Recommendations"
CB_RECS = [
    ("Recommendation 1: Cambridge Community Safety Partnership should assure itself that frontline practitioners across partner agencies understand economic abuse and know how to refer victims for specialist support.", [
        ("1.1", "Commission multi-agency economic abuse training for frontline staff, delivered with Surviving Economic Abuse.",
         "Cambridge City Council", "Provider agreed; four sessions delivered; evaluation to the DASV Partnership Board",
         "March 2025", "Green", "Two of four sessions delivered (November and December 2024); 61 staff attended."),
        ("1.2", "Add economic abuse to the Cambridgeshire DASV Partnership practitioner toolkit and to the guidance on completing the DASH risk checklist.",
         "Cambridgeshire County Council", "Toolkit section drafted; guidance re-issued",
         "December 2024", "Complete", "Completed 09/12/2024. Toolkit updated on the DASV Partnership website."),
    ]),
    ("Recommendation 2: Cambridgeshire Constabulary and Cambridgeshire and Peterborough ICB should ensure that repeat presentations with injuries are routinely considered as possible indicators of domestic abuse.", [
        ("2.1", "Issue a briefing to all GP practices on routine enquiry about domestic abuse where a patient presents with repeat injuries, supported by IRIS training.",
         "Cambridgeshire and Peterborough ICB", "Briefing issued; IRIS training offered to all Cambridge practices",
         "31/01/2025", "Amber", "Briefing issued November 2024. IRIS training uptake is lower than planned (9 of 21 practices)."),
        ("2.2", "Review the Constabulary’s repeat-victim flagging so that non-crime domestic incidents at the same address are linked over a 12-month period.",
         "Cambridgeshire Constabulary", "Business change request raised; Athena process updated; dip sample",
         "June 2025", "Green", "Change request approved by the Force Change Board in December 2024."),
    ]),
    ("Recommendation 3: The Community Safety Partnership should share the learning from this review on coercive control after separation with the Home Office.", [
        ("3.1", "Write to the Home Office setting out the learning on coercive control after separation, for consideration in the national learning from domestic homicide reviews.",
         "Cambridge Community Safety Partnership", "Letter drafted by the Chair and sent",
         "October 2024", "Complete", "Letter sent 17/10/2024; acknowledged by the Home Office."),
    ]),
]
CB_SINGLE = [
    ("Cambridge City Council (Housing)", "B1",
     "Housing Options staff should complete a domestic abuse routine enquiry at every homelessness approach.",
     "Update the Housing Options assessment form so that the routine enquiry question cannot be skipped, and audit 20 cases.",
     "Housing Options Manager", "March 2025", "Green", "Form updated; audit of 20 cases booked for February 2025."),
    ("Cambridgeshire and Peterborough NHS Foundation Trust", "B2",
     "Mental health practitioners should record who accompanies a patient to appointments.",
     "Add a mandatory ‘accompanied by’ field to the outpatient template on SystmOne and brief the adult community mental health teams.",
     "Associate Director of Safeguarding / Clinical Systems Lead", "April 2025", "Amber", "Template change in the SystmOne release queue."),
    ("Cambridgeshire Constabulary", "B3",
     "Response officers should consider coercive and controlling behaviour at every domestic incident, including where the parties have separated.",
     "Deliver Domestic Abuse Matters refresher training to response officers in the Southern Policing Area.",
     "Detective Chief Inspector, Public Protection", "Sept 2024", "Complete", "Completed September 2024; 212 officers trained."),
]


def build_cambridge():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    title = "Domestic Homicide Review ‘Hannah’ – Action Plan"
    doc.add_paragraph(title, style="Title")
    p = doc.add_paragraph()
    p.add_run("Cambridge Community Safety Partnership").bold = True
    doc.add_paragraph("Progress update: January 2025 (for the DHR Oversight Group, 28 January 2025)")

    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Comment"], "595959")
    for i, row in enumerate([
        ("1", "12/07/2024", "DHR Chair", "Action plan agreed by the Review Panel"),
        ("2", "15/10/2024", "Community Safety Manager", "First progress update"),
        ("3", "20/01/2025", "Community Safety Manager", "Second progress update"),
    ], 1):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v)
    doc.add_paragraph("")
    doc.add_paragraph("RAG status: Complete = action completed and evidenced; Green = on track; "
                      "Amber = some slippage; Red = not progressing.")

    stmap = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    colour = {"Complete": FILL["B"], "Green": FILL["G"], "Amber": FILL["A"], "Red": FILL["R"]}
    months = {"March 2025": "2025-03", "December 2024": "2024-12", "31/01/2025": "2025-01",
              "June 2025": "2025-06", "October 2024": "2024-10", "April 2025": "2025-04", "Sept 2024": "2024-09"}
    actions = []
    doc.add_heading(CB_PART_A, level=1)
    for (rec, rows) in CB_RECS:
        rp = doc.add_paragraph()
        rp.add_run(rec).bold = True
        t = doc.add_table(rows=1 + len(rows), cols=7)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action to take", "Lead agency", "Key milestones", "Target date", "Status",
                       "Completion date and outcome"])
        for i, (ref, act, lead, ms, due, status, outc) in enumerate(rows, 1):
            cells = t.rows[i].cells
            for j, v in enumerate([ref, act, lead, ms, due, status, outc]):
                set_cell(cells[j], v)
            shade(cells[5], colour[status])
            actions.append({"ref": ref, "under": [CB_PART_A, rec], "action": act, "lead": [lead],
                            "end": months[due], "status": stmap[status]})
        doc.add_paragraph("")
    doc.add_heading(CB_PART_B, level=1)
    doc.add_paragraph("Recommendations made by agencies in their Individual Management Reviews.")
    t = doc.add_table(rows=1 + len(CB_SINGLE), cols=8)
    t.style = "Table Grid"
    header_row(t, ["Agency", "Ref", "Recommendation", "Action", "Lead officer", "Target date", "Status", "Progress"])
    for i, (agency, ref, rec, act, lead, due, status, prog) in enumerate(CB_SINGLE, 1):
        cells = t.rows[i].cells
        for j, v in enumerate([agency, ref, rec, act, lead, due, status, prog]):
            set_cell(cells[j], v)
        shade(cells[6], colour[status])
        actions.append({"ref": ref, "under": [CB_PART_B, rec], "action": act,
                        "lead": [x.strip() for x in lead.split(" / ")],
                        "end": months[due], "status": stmap[status]})
    doc.add_paragraph("")
    doc.add_paragraph("Sign-off: Chair, Cambridge Community Safety Partnership.")
    doc.save(os.path.join(HERE, CB_NAME))

    EXPECTED[CB_NAME] = {
        "source": ("Cambridge Community Safety Partnership, domestic homicide review action plan, 2024/25 "
                   "(pseudonym 'Hannah' invented). Layout follows the Home Office DHR action plan template "
                   "(Recommendation / Action to take / Lead agency / Key milestones / Target date / Date of "
                   "completion and outcome) as used by CSPs in their published DHR action plans. Copied "
                   "features: a Title, the partnership and update date, a document-control table, a RAG key "
                   "paragraph, Part A headings with each overview-report recommendation as a bold paragraph "
                   "above its own table, and a Part B table of single-agency (IMR) recommendations with the "
                   "agency, recommendation and action in columns; curly quotes in the text; status words with "
                   "shading."),
        "reads": ("A DHR action plan in two parts. Part A has three overview-report recommendations, each "
                  "followed by a table of the actions that answer it with a lead agency, milestones, target "
                  "date and status; Part B is one table of single-agency recommendations, each with one action "
                  "and a lead officer. The document-control table is not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }


# ---------------------------------------------------------------------------
# 6. London Borough of Havering - Audit Committee action log (csv)
# ---------------------------------------------------------------------------
HV_NAME = "zwi-havering-council-audit-committee-action-log.csv"
HV_ROWS = [
    ("AC25/01", "25/03/2025", "12", "Provide the Committee with a breakdown of overdue internal audit recommendations by directorate at each meeting.",
     "Head of Assurance", "Jul-25", "Complete", "Included as Appendix B to the internal audit progress report from July 2025."),
    ("AC25/02", "25/03/2025", "14", "Circulate the external auditor's Value for Money findings on the capitalisation direction to all Members of the Committee.",
     "Strategic Director of Resources", "Apr-25", "Complete", "Circulated by email 07/04/2025."),
    ("AC25/03", "22/07/2025", "6", "Bring a report on fraud risk in the housing repairs contract.\nThe report to include the results of the proactive data-matching exercise.",
     "Head of Assurance / Corporate Fraud Manager", "Mar-26", "Amber", "Data-matching complete. Report deferred from November to allow legal review."),
    ("AC25/04", "22/07/2025", "8", "Confirm the timetable for publishing the audited 2024/25 Statement of Accounts in line with the backstop date.",
     "Head of Financial Accounting", "Feb-26", "Green", "On track for the 27/02/2026 backstop."),
    ("AC25/05", "22/07/2025", "9", "Review the corporate risk on temporary accommodation costs and report the revised risk score.",
     "Director of Housing / Corporate Risk Manager", "Sep-25", "Red", "Update not received."),
    ("AC25/06", "18/11/2025", "5", "Arrange a training session for Members on treasury management and the Prudential Code.",
     "Treasury Manager; Democratic Services Officer", "Jan-26", "Complete", "Session held 13/01/2026."),
    ("AC25/07", "18/11/2025", "7", "Track the oneSource shared service exit arrangements through the Annual Governance Statement action plan.",
     "Head of Assurance", "Ongoing", "Green", "Monitored through the AGS action plan."),
    ("AC25/08", "18/11/2025", "10", "Report back on implementation of the Procurement Act 2023, including contract management training for budget holders.",
     "Head of Procurement", "Mar-26", "Not started", "Due for the March 2026 meeting."),
]


def build_havering():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["London Borough of Havering – Audit Committee Action Log", "", "", "", "", "", "", ""])
    w.writerow(["Actions arising from meetings of the Audit Committee – position at 20 January 2026", "", "", "", "", "", "", ""])
    w.writerow([""] * 8)
    w.writerow(["No.", "Meeting", "Minute", "Action", "Responsible Officer(s)", "Due", "Status", "Update"])
    months = {"Jul-25": "2025-07", "Apr-25": "2025-04", "Mar-26": "2026-03", "Feb-26": "2026-02",
              "Sep-25": "2025-09", "Jan-26": "2026-01"}
    stmap = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red", "Not started": "unrated"}
    actions = []
    for row in HV_ROWS:
        w.writerow(row)
        ref, _, _, act, lead, due, status, _ = row
        if "/" in lead:
            leads = [x.strip() for x in lead.split("/")]
        elif ";" in lead:
            leads = [x.strip() for x in lead.split(";")]
        else:
            leads = [lead]
        a = {"ref": ref, "under": [], "action": act, "lead": leads}
        if due == "Ongoing":
            a["end"] = None
            a["end_text"] = "Ongoing"
        else:
            a["end"] = months[due]
        a["status"] = stmap[status]
        actions.append(a)
    w.writerow([""] * 8)
    w.writerow(["Completed actions are removed after they have been reported to one meeting.", "", "", "", "", "", "", ""])
    with open(os.path.join(HERE, HV_NAME), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())

    EXPECTED[HV_NAME] = {
        "source": ("London Borough of Havering Audit Committee action log, 2025/26 (an actions-arising tracker "
                   "of the kind councils attach to audit committee agendas; Havering's oneSource shared service "
                   "and capitalisation direction are real context). Copied features: a CSV saved from Excel "
                   "(UTF-8 with BOM, CRLF) with a title line, a position-date line and a blank line above the "
                   "header, columns for meeting date and minute number, an action cell with an inner line "
                   "break (quoted), job titles as officers with two posts split by '/' or ';', due months as "
                   "Mmm-yy or 'Ongoing', status words incl. 'Not started', and a note line after the rows."),
        "reads": ("An action log of the Havering Audit Committee: eight actions from the March, July and "
                  "November 2025 meetings, each with a ref, meeting date, minute number, responsible officer(s), "
                  "due month, status and update. There are no headings over the actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "London Borough of Havering – Audit Committee Action Log",
        "actions": actions,
    }


# ---------------------------------------------------------------------------
# 7. Barking and Dagenham - transformation programme highlight report (txt)
# ---------------------------------------------------------------------------
BD_NAME = "zwi-barking-and-dagenham-council-improvement-and-transformation-programme-highlight-report.txt"
BD_WS = [
    ("WS1 – Customer Access and Digital", [
        ("1.1", "Go-live of the new customer relationship management (CRM) platform for Council Tax and Benefits enquiries",
         "Head of Customer Services", "30/09/2025", "28/11/2025", "A", "C", "Went live 24/11/2025."),
        ("1.2", "Launch the online account for reporting housing repairs",
         "Head of Digital / Head of Repairs", "31/10/2025", "30/01/2026", "A", "A", "Integration testing with the repairs system delayed."),
        ("1.3", "Move the Barking Learning Centre customer counter to appointments only",
         "Head of Customer Services", "31/12/2025", "31/12/2025", "G", "G", "Staff consultation closed 14/11/2025."),
    ]),
    ("WS2 – Temporary Accommodation and Homelessness Prevention", [
        ("2.1", "Acquire 100 homes for use as temporary accommodation through Reside",
         "Director of Housing Needs", "31/03/2026", "31/03/2026", "G", "G", "64 completions; 21 in conveyancing."),
        ("2.2", "Reduce the number of families in bed and breakfast for more than six weeks to zero",
         "Head of Housing Options", "30/09/2025", "31/03/2026", "R", "R", "18 families over six weeks at 30/11/2025."),
    ]),
    ("WS3 – Workforce and Organisational Change", [
        ("3.1", "Implement the new operating model for Community Solutions",
         "Director of Community Solutions", "31/01/2026", "31/01/2026", "G", "A", "Job matching is taking longer than planned."),
        ("3.2", "Complete the pay and grading review consultation with the trade unions",
         "Chief People Officer; Head of HR Operations", "28/02/2026", "30/04/2026", "A", "R", "Consultation period extended at the unions' request."),
    ]),
]


def build_barking():
    L = []
    L.append("London Borough of Barking and Dagenham")
    L.append("Improvement and Transformation Programme – Highlight Report")
    L.append("")
    L.append("Reporting period:\tNovember 2025")
    L.append("Report to:\tTransformation Board, 9 December 2025")
    L.append("Programme SRO:\tChief Operating Officer")
    L.append("Prepared by:\tProgramme Management Office (PMO)")
    L.append("Overall status:\tAmber\t(previous period: Amber)")
    L.append("")
    L.append("RAG definitions: G = on track; A = at risk but recoverable within tolerance; "
             "R = off track, escalation required; C = complete.")
    L.append("")
    L.append("Summary")
    L.append("The programme remains Amber overall. The CRM platform went live in November and the")
    L.append("temporary accommodation acquisitions are ahead of profile, but the bed and breakfast target and")
    L.append("the pay and grading review are off track.")
    L.append("")
    L.append("Milestone tracker")
    L.append("\t".join(["Ref", "Milestone", "Owner", "Baseline date", "Forecast date", "Previous RAG",
                        "Current RAG", "Commentary"]))
    stmap = {"C": "blue", "G": "green", "A": "amber", "R": "red"}
    actions = []
    for (ws, rows) in BD_WS:
        L.append(ws)
        for (ref, ms, owner, base, fc, prev, cur, comm) in rows:
            L.append("\t".join([ref, ms, owner, base, fc, prev, cur, comm]))
            if " / " in owner:
                leads = [x.strip() for x in owner.split(" / ")]
            elif ";" in owner:
                leads = [x.strip() for x in owner.split(";")]
            else:
                leads = [owner]
            dd, mm, yy = fc.split("/")
            actions.append({"ref": ref, "under": [ws], "action": ms, "lead": leads,
                            "end": f"{yy}-{mm}", "status": stmap[cur]})
    L.append("")
    L.append("Top risks and issues")
    L.append("- Demand for temporary accommodation continues to exceed supply (risk score 20).")
    L.append("- CRM licence costs are higher than the approved budget (issue).")
    L.append("")
    L.append("Decisions required from the Board")
    L.append("- Note the revised forecast dates for milestones 1.2, 2.2 and 3.2.")
    L.append("")
    L.append("Next report: January 2026")
    with open(os.path.join(HERE, BD_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")

    EXPECTED[BD_NAME] = {
        "source": ("London Borough of Barking and Dagenham, Improvement and Transformation Programme highlight "
                   "report to the Transformation Board, November 2025 (a PMO highlight report of the kind "
                   "councils attach to cabinet/scrutiny papers; Reside and Community Solutions are LBBD's own "
                   "vehicles). Copied features: a plain-text export with a header block of 'label<TAB>value' "
                   "lines, overall and previous status, a RAG definitions line (C = complete), a short summary "
                   "paragraph, a tab-separated milestone tracker with workstream lines between the rows, owners "
                   "as job titles (two posts split by '/' or ';'), baseline and forecast dates, previous and "
                   "current RAG letters, commentary, then risks/issues and decisions bullets that are not "
                   "milestones."),
        "reads": ("A monthly highlight report for the LBBD Improvement and Transformation Programme. Its "
                  "milestone tracker lists seven milestones under three workstreams, each with an owner, a "
                  "baseline and a forecast date (the forecast is the revised end), and a previous and current "
                  "RAG letter; the current RAG is the status."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Improvement and Transformation Programme – Highlight Report",
        "actions": actions,
    }


# ---------------------------------------------------------------------------
# expected readings
# ---------------------------------------------------------------------------
def q(s):
    return json.dumps(s, ensure_ascii=False)


def folded(key, text):
    lines = textwrap.wrap(text, width=96, break_long_words=False, break_on_hyphens=False)
    return f"{key}: >-\n" + "\n".join("  " + ln for ln in lines) + "\n"


def write_expected(name, e):
    out = []
    out.append(folded("source", e["source"]))
    out.append(folded("reads", e["reads"]))
    out.append(f"outcome: {e['outcome']}\n")
    out.append(f"accept_refusal: {'true' if e['accept_refusal'] else 'false'}\n")
    if "refuse_at" in e:
        out.append(f"refuse_at: {e['refuse_at']}\n")
    if e.get("title"):
        out.append(f"title: {q(e['title'])}\n")
    if e["outcome"] == "read":
        out.append("actions:\n")
        for a in e["actions"]:
            out.append(f"  - ref: {q(a['ref']) if a['ref'] is not None else 'null'}\n")
            out.append(f"    under: [{', '.join(q(u) for u in a['under'])}]\n")
            out.append(f"    action: {q(a['action'])}\n")
            out.append(f"    lead: [{', '.join(q(x) for x in a['lead'])}]\n")
            out.append(f"    end: {q(a['end']) if a['end'] is not None else 'null'}\n")
            if "end_text" in a:
                out.append(f"    end_text: {q(a['end_text'])}\n")
            out.append(f"    status: {a['status']}\n")
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write("".join(out))


def main():
    build_east_riding()
    build_banes()
    build_birmingham()
    build_islington()
    build_cambridge()
    build_havering()
    build_barking()
    if "--expected" in sys.argv:
        for name, e in EXPECTED.items():
            assert name.startswith("zwi-")
            write_expected(name, e)
    for name in EXPECTED:
        print(name)


if __name__ == "__main__":
    main()
