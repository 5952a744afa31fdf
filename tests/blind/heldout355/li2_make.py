"""Build the seven li2- blind test files (set heldout355).

Run with:  /work/main/.venv/bin/python li2_make.py
Writes next to this script:
  li2-royal-borough-kensington-chelsea-asc-cqc-assessment-improvement-plan.xlsx
  li2-hampshire-isle-of-wight-fire-rescue-service-hmicfrs-values-culture-recommendations-tracker.xlsx
  li2-wandsworth-council-corporate-risk-register-q3-2025-26-typo-month-refuse.xlsx
  li2-inverclyde-council-annual-audit-report-2024-25-action-plan.docx
  li2-east-renfrewshire-council-shr-annual-assurance-statement-improvement-plan.docx
  li2-havering-council-internal-audit-recommendations-tracker.csv
  li2-denbighshire-cc-dolwen-care-home-ciw-inspection-improvement-plan.txt
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# 1. RBKC - ASC CQC assessment improvement plan (xlsx, fill-colour status)
# ---------------------------------------------------------------------------
RBKC_FILE = "li2-royal-borough-kensington-chelsea-asc-cqc-assessment-improvement-plan.xlsx"
RBKC_TITLE = "Adult Social Care Improvement Plan 2025/26 – CQC Local Authority Assessment"

# theme, quality statement, area for improvement, [actions]
# action: ref, text, lead cell, original target, revised target, progress, fill
RBKC_PLAN = [
    ("Theme 1: Working with people", [
        ("Assessing needs",
         "People experienced delays in receiving Care Act assessments and reviews, with waiting lists in the Access and Assessment teams.",
         [
             ("1.1", "Implement a waiting list triage and risk-rating tool across Access and Assessment teams, with weekly oversight by team managers.",
              "Head of Assessment and Care Management", D(2025, 6, 30), None,
              "Tool live in all teams from 2 June 2025. Weekly oversight minuted.", BLUE),
             ("1.2", "Reduce the number of people waiting over 28 days for a review by commissioning a time-limited review team.",
              "Head of Assessment and Care Management; Commissioning Manager (Reviews)", D(2025, 9, 30), D(2025, 12, 31),
              "Review team started October 2025 (3 FTE). Waiting list down from 412 to 268.", AMBER),
         ]),
        ("Supporting people to live healthier lives",
         "Unpaid carers told CQC they were not always offered a carer’s assessment or information about support available.",
         [
             ("1.3", "Relaunch the carers’ assessment offer with the Carers Hub, including a direct referral route from hospital discharge.",
              "Carers Lead", D(2025, 10, 31), None,
              "Referral route agreed with Chelsea and Westminster discharge team.", GREEN),
             ("1.4", "Co-produce a Carers Strategy refresh 2026–2029 with carers and the Carers Partnership Board.",
              "Strategic Commissioner – Carers & Prevention", D(2026, 3, 31), None,
              "Three co-production workshops held; draft due February 2026.", GREEN),
         ]),
    ]),
    ("Theme 2: Providing support", [
        ("Care provision, integration and continuity",
         "Limited choice of nursing care and specialist dementia provision in the borough meant some people were placed out of borough.",
         [
             ("2.1", "Publish an updated Market Position Statement setting out nursing and dementia care demand to 2030.",
              "Head of Commissioning (Adults)", D(2025, 7, 31), None,
              "Published on the council website 24 July 2025.", BLUE),
             ("2.2", "Agree a dementia nursing capacity plan with providers and NHS North West London, including options for council-owned land.",
              "Head of Commissioning (Adults) / Director of Adult Social Care", D(2026, 3, 31), D(2026, 9, 30),
              "Site options appraisal delayed; revised date agreed at Improvement Board.", RED),
         ]),
    ]),
    ("Theme 3: Ensuring safety within the system", [
        ("Safeguarding",
         "Safeguarding enquiries were not always completed in a timely way and there was inconsistent recording of Making Safeguarding Personal outcomes.",
         [
             ("3.1", "Introduce a safeguarding enquiry timeliness dashboard reviewed monthly at the ASC Performance Board.",
              "Head of Safeguarding Adults", D(2025, 8, 31), None,
              "Dashboard in place since August 2025.", BLUE),
             ("3.2", "Deliver Making Safeguarding Personal refresher training to all qualified staff and audit 40 enquiries per quarter.",
              "Principal Social Worker", D(2025, 12, 31), None,
              "86% of qualified staff trained; Q2 audit completed.", GREEN),
         ]),
        ("Safe systems, pathways and transitions",
         "Young people moving from children’s to adult services did not always have a timely transition assessment.",
         [
             ("3.3", "Establish a joint Preparing for Adulthood panel with Children’s Services, tracking young people from age 14.",
              "Head of Learning Disability and Transitions; Head of Children with Disabilities", D(2025, 11, 30), D(2026, 2, 28),
              "Terms of reference agreed; first panel January 2026.", AMBER),
         ]),
    ]),
    ("Theme 4: Leadership", [
        ("Governance, management and sustainability",
         "Performance information was not consistently used to understand outcomes and equity of experience.",
         [
             ("4.1", "Develop an ASC outcomes framework and quarterly equalities data report to the Adult Social Care and Health Select Committee.",
              "Head of Performance & Intelligence", D(2025, 12, 31), None,
              "First equalities report presented November 2025.", GREEN),
         ]),
        ("Learning, improvement and innovation",
         "Learning from complaints, audits and safeguarding reviews was not routinely shared across teams.",
         [
             ("4.2", "Introduce a quarterly ‘Learning from Practice’ bulletin and practice week drawing on audits, complaints and SAR learning.",
              "Principal Social Worker", D(2025, 9, 30), None,
              "First bulletin issued September 2025; practice week held.", BLUE),
             ("4.3", "Refresh the ASC workforce development plan, including career pathways for social care assistants and occupational therapists.",
              "ASC Workforce Development Manager / HR Business Partner", D(2026, 3, 31), None,
              "Workforce survey closed December 2025.", GREEN),
         ]),
    ]),
]


def build_rbkc(path):
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Royal Borough of Kensington and Chelsea"
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = RBKC_TITLE
    cv["A2"].font = Font(bold=True, size=12)
    cv["A3"] = "Adult Social Care and Public Health Directorate"
    cv["A5"] = "Document control"
    cv["A5"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Comment"),
            ("0.4", D(2025, 4, 14), "ASC Improvement Lead", "Draft for DASS"),
            ("1.0", D(2025, 5, 6), "ASC Improvement Lead", "Agreed by ASC Improvement Board"),
            ("1.3", D(2026, 1, 31), "ASC Improvement Lead", "Q3 progress update; revised targets agreed 14/11/2025")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cv.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("D9D9D9")
    cv["A11"] = "Status key (the Status column is shaded; no text is entered)"
    cv["A11"].font = Font(bold=True)
    key = [(RED, "Off track – delivery at risk, escalated to Improvement Board"),
           (AMBER, "Some slippage – mitigation in place or revised target agreed"),
           (GREEN, "On track"),
           (BLUE, "Complete")]
    for i, (col, txt) in enumerate(key):
        cv.cell(row=12 + i, column=1).fill = fill(col)
        cv.cell(row=12 + i, column=1).border = BOX
        cv.cell(row=12 + i, column=2, value=txt)
    cv.column_dimensions["A"].width = 12
    cv.column_dimensions["B"].width = 16
    cv.column_dimensions["C"].width = 24
    cv.column_dimensions["D"].width = 52

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = RBKC_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position at 31 January 2026 – owner: Director of Adult Social Care"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "CQC quality statement", "Area for improvement (CQC finding)", "Action",
           "Lead officer(s)", "Original target", "Revised target", "Progress update", "Status"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    counts = {BLUE: 0, GREEN: 0, AMBER: 0, RED: 0}
    for theme, qss in RBKC_PLAN:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for qs, afi, acts in qss:
            first = r
            for ref, text, lead, orig, rev, prog, colour in acts:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=4, value=text)
                ws.cell(row=r, column=5, value=lead)
                c = ws.cell(row=r, column=6, value=orig)
                c.number_format = "mmm-yy"
                c = ws.cell(row=r, column=7, value=rev)
                c.number_format = "mmm-yy"
                ws.cell(row=r, column=8, value=prog)
                ws.cell(row=r, column=9).fill = fill(colour)
                counts[colour] += 1
                for j in range(1, 10):
                    ws.cell(row=r, column=j).alignment = WRAP
                    ws.cell(row=r, column=j).border = BOX
                r += 1
            ws.cell(row=first, column=2, value=qs)
            ws.cell(row=first, column=3, value=afi)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(row=r, column=1, value="Summary of status").font = Font(bold=True)
    r += 1
    for colour, label in ((BLUE, "Complete"), (GREEN, "On track"), (AMBER, "Some slippage"), (RED, "Off track")):
        ws.cell(row=r, column=1).fill = fill(colour)
        ws.cell(row=r, column=2, value=label)
        ws.cell(row=r, column=3, value=counts[colour])
        r += 1
    ws.cell(row=r, column=2, value="Total actions")
    ws.cell(row=r, column=3, value=sum(counts.values()))
    r += 2
    ws.cell(row=r, column=1, value="Note: where a revised target is shown it was agreed by the ASC Improvement Board; the original target is retained for audit trail.")
    for col, w in zip("ABCDEFGHI", (7, 20, 38, 48, 30, 11, 11, 40, 9)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. HIWFRS - HMICFRS values and culture spotlight recommendations tracker
# ---------------------------------------------------------------------------
HIW_FILE = "li2-hampshire-isle-of-wight-fire-rescue-service-hmicfrs-values-culture-recommendations-tracker.xlsx"
HIW_TITLE = "HMICFRS Values and Culture in Fire and Rescue Services – Recommendations Tracker"

# theme, [(recommendation text, [actions])]
# action: ref, text, owner, deadline, revised, pct, prev RAG, current RAG, commentary
HIW_PLAN = [
    ("Raising concerns", [
        ("Recommendation 4: By 1 June 2023, chief fire officers should make sure their services have a confidential route for staff to raise concerns, including a route that is independent of line management.",
         [
             ("4.1", "Commission an independent, externally hosted confidential reporting line for all staff.",
              "Head of People Services", D(2023, 6, 1), None, 1.0, "B", "B",
              "Reporting line live from 22 May 2023; promoted at all-staff briefings."),
             ("4.2", "Publish a refreshed Raising Concerns (Whistleblowing) Policy and brief all watch and station managers on it.",
              "Head of People Services / Area Manager Service Delivery", D(2023, 6, 1), D(2023, 10, 31), 1.0, "A", "B",
              "Policy approved by Standards and Governance Committee; briefings completed October 2023."),
         ]),
        ("Recommendation 6: By 1 October 2023, chief fire officers should make sure that concerns raised by staff are dealt with consistently and that themes and outcomes are reported to the fire authority.",
         [
             ("6.1", "Introduce a case management system for grievances and concerns with quarterly reporting to the Standards and Governance Committee.",
              "Head of Professional Standards", D(2023, 10, 1), D(2025, 3, 31), 0.7, "A", "A",
              "System procured; data migration under way. First quarterly report due Q4 2024/25."),
         ]),
    ]),
    ("Background checks", [
        ("Recommendation 2: By 1 October 2023, chief fire officers should make sure all staff have an appropriate level of background check, and that checks are repeated periodically.",
         [
             ("2.1", "Complete basic DBS checks for all existing staff not previously checked.",
              "HR Operations Manager", D(2023, 10, 1), None, 1.0, "G", "B",
              "All 1,620 checks returned by 29 September 2023."),
             ("2.2", "Introduce a three-yearly rolling programme of DBS rechecks, recorded on the HR system.",
              "HR Operations Manager", D(2023, 10, 1), D(2024, 12, 31), 0.85, "R", "A",
              "Recheck module configured; first cohort scheduled November 2024."),
         ]),
    ]),
    ("Leadership and behaviours", [
        ("Recommendation 11: By 1 March 2024, chief fire officers should introduce 360-degree feedback for senior leaders, including feedback from the staff they manage.",
         [
             ("11.1", "Roll out 360-degree feedback for all Service Leadership Team members and group managers.",
              "Chief Fire Officer; Director of People & Organisational Development", D(2024, 3, 1), None, 1.0, "G", "B",
              "Completed February 2024; themes shared with all staff."),
             ("11.2", "Extend 360-degree feedback to station managers as part of the Leadership Development Programme.",
              "Organisational Development Manager", D(2024, 3, 1), D(2025, 6, 30), 0.4, "A", "G",
              "Pilot with 12 station managers complete; full roll-out on revised plan."),
         ]),
    ]),
    ("Equality, diversity and inclusion", [
        ("Recommendation 14: By 1 June 2024, chief fire officers should review how they collect equality data and make sure it is used to understand and improve the experience of under-represented staff.",
         [
             ("14.1", "Launch a ‘Count Me In’ campaign to improve voluntary self-declaration of protected characteristics on the HR system.",
              "EDI Manager", D(2024, 6, 1), None, 1.0, "G", "B",
              "Declaration rate up from 54% to 81%."),
             ("14.2", "Produce an annual workforce equality report analysing recruitment, promotion, discipline and leavers by protected characteristic.",
              "EDI Manager & Head of People Services", D(2024, 6, 1), D(2024, 12, 31), 0.6, "A", "G",
              "Data cleansed; report drafting under way for December Fire Authority."),
         ]),
    ]),
    ("Misconduct", [
        ("Recommendation 19: By 1 January 2024, chief fire officers should make sure misconduct allegations are investigated by trained investigators and that outcomes are consistent across the service.",
         [
             ("19.1", "Train a pool of 20 investigating officers in conduct investigations through an accredited provider.",
              "Head of Professional Standards", D(2024, 1, 1), D(2024, 9, 30), 1.0, "A", "B",
              "22 officers trained; pool in use from September 2024."),
             ("19.2", "Review the disciplinary procedure to align with the national misconduct framework once published by the NFCC.",
              "Head of Professional Standards", "Dependent on national guidance", None, 0.2, "A", "A",
              "Awaiting NFCC framework; interim guidance issued to investigating officers."),
         ]),
    ]),
]

RAG_FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}


def build_hiw(path):
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Hampshire and Isle of Wight Fire and Rescue Service"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = HIW_TITLE
    sm["A2"].font = Font(bold=True, size=12)
    sm["A3"] = "Position as at 30 September 2024 – report to Standards and Governance Committee"
    acts = [a for _, recs in HIW_PLAN for _, al in recs for a in al]
    cur = [a[7] for a in acts]
    sm["A5"] = "Current RAG"
    sm["B5"] = "Number of actions"
    sm["A5"].font = sm["B5"].font = Font(bold=True)
    for i, (k, lab) in enumerate((("B", "Complete"), ("G", "On track"), ("A", "At risk"), ("R", "Off track"))):
        c = sm.cell(row=6 + i, column=1, value=lab)
        c.fill = fill(RAG_FILL[k])
        sm.cell(row=6 + i, column=2, value=cur.count(k))
    sm["A10"] = "Total"
    sm["A10"].font = Font(bold=True)
    sm["B10"] = len(acts)
    sm["A12"] = ("The spotlight report (March 2023) made 35 recommendations, 20 of them for chief fire officers. "
                 "Recommendations already closed and reported to the Committee in March 2024 are not repeated here.")
    sm.column_dimensions["A"].width = 22
    sm.column_dimensions["B"].width = 20

    ws = wb.create_sheet("Tracker")
    ws["A1"] = HIW_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Ref", "Service action", "Action owner", "HMICFRS deadline", "Revised deadline",
           "% complete", "Previous RAG", "Current RAG", "Progress commentary"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.alignment = WRAP
        c.border = BOX
    r = 4
    for theme, recs in HIW_PLAN:
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True, size=12)
        c.fill = fill("BFBFBF")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec, al in recs:
            c = ws.cell(row=r, column=1, value=rec)
            c.font = Font(bold=True, italic=True)
            c.fill = fill("F2F2F2")
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.row_dimensions[r].height = 32
            r += 1
            for ref, text, owner, dl, rev, pct, prev, curr, comm in al:
                vals = [ref, text, owner, dl, rev, pct, prev, curr, comm]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                ws.cell(row=r, column=4).number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=5).number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=6).number_format = "0%"
                ws.cell(row=r, column=7).fill = fill(RAG_FILL[prev])
                ws.cell(row=r, column=8).fill = fill(RAG_FILL[curr])
                r += 1
    for col, w in zip("ABCDEFGHI", (7, 50, 30, 13, 13, 10, 10, 10, 48)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"

    ky = wb.create_sheet("RAG key")
    ky["A1"] = "RAG key"
    ky["A1"].font = Font(bold=True)
    for i, (k, lab) in enumerate((("R", "Off track – deadline will be missed, no agreed recovery plan"),
                                  ("A", "At risk – revised deadline agreed or dependent on national work"),
                                  ("G", "On track to meet the (revised) deadline"),
                                  ("B", "Complete – evidence provided to HMICFRS liaison lead"))):
        ky.cell(row=2 + i, column=1, value=k).fill = fill(RAG_FILL[k])
        ky.cell(row=2 + i, column=2, value=lab)
    ky.column_dimensions["B"].width = 64
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Wandsworth - corporate risk register Q3 2025/26 (xlsx) - typo month, refuse
# ---------------------------------------------------------------------------
WAND_FILE = "li2-wandsworth-council-corporate-risk-register-q3-2025-26-typo-month-refuse.xlsx"
WAND_TITLE = "Corporate Risk Register – Quarter 3 2025/26"

# ref, risk, owner, inherent, controls, current, travel, target, [actions]
WAND_RISKS = [
    ("CR01", "Financial sustainability – the Council is unable to set a balanced budget over the medium term because of demand pressures and uncertainty over the Fair Funding Review.",
     "Executive Director of Finance", 20,
     "MTFS refreshed annually; monthly budget monitoring to Executive; Savings Delivery Board.",
     16, "↔", 9,
     [("Deliver 2026/27 savings proposals agreed at Council and track monthly through the Savings Delivery Board.",
       "Director of Financial Services", "March 2026", "G"),
      ("Refresh the reserves strategy and minimum level of general balances as part of the MTFS.",
       "Head of Financial Planning", "February 2026", "G")]),
    ("CR02", "Landlord health and safety compliance – failure to meet fire, building and damp and mould safety duties in council homes.",
     "Executive Director of Housing", 25,
     "Compliance dashboard reviewed fortnightly; Building Safety Manager for each high-rise block; Awaab’s Law procedure.",
     15, "↓", 10,
     [("Complete the fire door replacement programme for high-rise blocks.",
       "Assistant Director – Asset Management", "September 2026", "A"),
      ("Implement the damp and mould response procedure required under Awaab’s Law.",
       "Assistant Director – Housing Management", "October 2025", "B")]),
    ("CR03", "Cyber security – a successful cyber attack disrupts council services or results in loss of personal data.",
     "Chief Digital Officer", 25,
     "Shared Digital Service security operations centre; multi-factor authentication; annual IT health check.",
     20, "↔", 12,
     [("Achieve the Cyber Assessment Framework baseline for critical systems.",
       "Head of Information Security", "June 2026", "G"),
      ("Run a council-wide phishing simulation and targeted training for staff who click.",
       "Head of Information Security", "Febuary 2026", "G")]),
    ("CR04", "Adult social care demand – rising numbers and complexity of people needing care exceed available budget and market capacity.",
     "Executive Director of Adult Social Care and Public Health", 20,
     "Demand modelling; hospital discharge pathway; brokerage and market oversight.",
     16, "↑", 12,
     [("Expand reablement capacity by 20% to reduce long-term home care packages.",
       "Director of Adult Social Care Operations", "April 2026", "A")]),
    ("CR05", "Temporary accommodation – the number of homeless households in costly nightly-paid accommodation continues to rise.",
     "Executive Director of Housing", 20,
     "Homelessness prevention service; Housing Acquisitions Programme; pan-London rate agreement.",
     20, "↑", 12,
     [("Acquire 100 homes for use as temporary accommodation through the Housing Acquisitions Programme.",
       "Assistant Director – Housing Supply", "March 2027", "A"),
      ("Reduce nightly-paid placements by moving households into longer-term leased accommodation.",
       "Head of Housing Options", "December 2026", "G")]),
]


def score_fill(s):
    return fill("FF0000") if s >= 15 else fill("FFC000") if s >= 8 else fill("92D050")


def build_wand(path):
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Wandsworth Council"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = WAND_TITLE + " – summary of risk scores"
    sm["A2"].font = Font(bold=True)
    for j, h in enumerate(("Risk ref", "Risk", "Risk owner", "Inherent", "Current", "Target", "Direction")):
        c = sm.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    for i, (ref, risk, owner, inh, _c, cur, trav, tgt, _a) in enumerate(WAND_RISKS):
        vals = (ref, risk.split(" – ")[0], owner, inh, cur, tgt, trav)
        for j, v in enumerate(vals):
            c = sm.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
        sm.cell(row=5 + i, column=5).fill = score_fill(cur)
    sm.column_dimensions["B"].width = 40
    sm.column_dimensions["C"].width = 44

    ws = wb.create_sheet("CRR Q3 2025-26")
    ws["A1"] = "Wandsworth Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = WAND_TITLE + " (position at 31 December 2025)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Reported to Audit Committee, 5 February 2026"
    hdr = ["Risk ref", "Risk description", "Risk owner", "Inherent score", "Key controls in place",
           "Current score", "Direction of travel", "Target score", "Further actions", "Action owner",
           "Target date", "Action RAG"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("203864")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    for ref, risk, owner, inh, ctrl, cur, trav, tgt, acts in WAND_RISKS:
        first = r
        for vals_col, v in zip(range(1, 9), (ref, risk, owner, inh, ctrl, cur, trav, tgt)):
            ws.cell(row=r, column=vals_col, value=v)
        ws.cell(row=r, column=4).fill = score_fill(inh)
        ws.cell(row=r, column=6).fill = score_fill(cur)
        ws.cell(row=r, column=8).fill = score_fill(tgt)
        for text, aown, due, rag in acts:
            ws.cell(row=r, column=9, value=text)
            ws.cell(row=r, column=10, value=aown)
            ws.cell(row=r, column=11, value=due)
            c = ws.cell(row=r, column=12, value=rag)
            c.fill = fill(RAG_FILL[rag])
            c.alignment = Alignment(horizontal="center", vertical="top")
            for j in range(1, 13):
                ws.cell(row=r, column=j).border = BOX
                if j != 12:
                    ws.cell(row=r, column=j).alignment = WRAP
            r += 1
        if r - 1 > first:
            for col in range(1, 9):
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="Scores are likelihood x impact on a 5 x 5 matrix: 15–25 red, 8–12 amber, 1–6 green. "
                                   "Action RAG: B = complete, G = on track, A = at risk, R = overdue.")
    for col, w in zip("ABCDEFGHIJKL", (8, 44, 26, 9, 40, 9, 9, 9, 46, 30, 14, 8)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. Inverclyde Council - Annual Audit Report 2024/25 action plan progress (docx)
# ---------------------------------------------------------------------------
INV_FILE = "li2-inverclyde-council-annual-audit-report-2024-25-action-plan.docx"
INV_TITLE = "Annual Audit Report 2024/25 – Action Plan Progress Update"

# section heading, [(rec no cell, recommendation, [(action ref, action, officer, agreed, revised, progress, status)])]
INV_PLAN = [
    ("Part A – 2024/25 Annual Audit Report recommendations", [
        ("The Council should update its medium-term financial strategy to set out how the cumulative funding gap of £18.4 million to 2027/28 will be closed, identifying recurring savings rather than reliance on reserves.",
         [("1", "The Medium-Term Financial Strategy 2026/29 will be presented to the Policy and Resources Committee with a savings and workstream plan to close the funding gap.",
           "Chief Financial Officer", "March 2026", "", "Draft MTFS considered at the Members’ budget working group on 13 January 2026.", "Green")]),
        ("Capital programme slippage should be reported with reasons and revised spend profiles to each Policy and Resources Committee.",
         [("2", "Capital monitoring reports will include a slippage analysis by project with revised spend profiles.",
           "Finance Manager (Capital)", "November 2025", "", "Included in the period 6 capital report (November 2025).", "Complete")]),
        ("Management should review user access to the financial ledger and payroll systems, removing leavers promptly and introducing periodic access reviews.",
         [("3a", "ICT and Finance will complete a full review of ledger and payroll user accounts and remove leavers and dormant accounts.",
           "ICT Services Manager / Payroll Manager", "December 2025", "February 2026", "Ledger review complete; payroll review delayed by the system upgrade.", "Amber"),
          ("3b", "A six-monthly user access certification will be introduced, signed off by each system owner.",
           "ICT Services Manager", "June 2026", "", "Certification template drafted.", "Green")]),
        ("The Council should publish a workforce plan linked to its transformation programme, setting out how future skills gaps will be addressed.",
         [("4", "A refreshed Workforce Strategy and Plan 2026–2029 will be developed alongside the Delivering Differently programme.",
           "Head of OD, Policy and Communications", "Q1 2026/27", "", "Staff engagement sessions held December 2025.", "Green")]),
    ]),
    ("Part B – Follow-up of prior year (2023/24) recommendations", [
        ("The Council should complete its review of earmarked reserves and return uncommitted balances to the general fund.",
         [("b/f 1", "A review of all earmarked reserves will be reported to the Policy and Resources Committee as part of the 2025/26 budget process.",
           "Chief Financial Officer", "February 2025", "", "Reported February 2025; £2.1 million returned to the general fund.", "Complete")]),
        ("Performance reporting should include clear targets and trend data so that members can assess progress against the Council Plan.",
         [("b/f 2", "The Corporate Performance Report will be redesigned to include targets, trends and benchmarking against LGBF family groups.",
           "Corporate Policy, Performance and Partnership Manager", "June 2025", "March 2026", "New format agreed; first report to Policy and Resources Committee in March 2026.", "Amber")]),
        ("The Council should strengthen arrangements for monitoring contract compliance, including a central record of contract waivers.",
         [("b/f 3", "A central contract waivers register will be maintained by the Procurement team and reported annually to the Audit Committee.",
           "Procurement Manager", "September 2025", "", "Register in place; first annual report to Audit Committee September 2025.", "Complete")]),
    ]),
]

DOCX_RAG = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


def build_inv(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph(INV_TITLE, style="Title")
    doc.add_paragraph("Inverclyde Council – Finance and Corporate Governance")
    meta = [("Report To:", "Audit Committee", "Date:", "3 February 2026"),
            ("Report By:", "Chief Financial Officer", "Report No:", "FIN/07/26/AP"),
            ("Contact Officer:", "Chief Internal Auditor", "Contact No:", "01475 712000"),
            ("Subject:", "External Audit Annual Audit Report 2024/25 – Action Plan Progress", "", "")]
    t = doc.add_table(rows=len(meta), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(meta):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(j % 2 == 0))
    doc.add_paragraph()
    doc.add_paragraph(
        "The Council’s external auditor, Audit Scotland, issued the 2024/25 Annual Audit Report to the Council in "
        "September 2025. Appendix 1 of that report set out an action plan with agreed management responses. This "
        "update shows progress against each action and against the prior year recommendations still open.")
    doc.add_paragraph("Status key", style="Heading 3")
    kt = doc.add_table(rows=4, cols=2)
    kt.style = "Table Grid"
    for i, (k, v) in enumerate((("Complete", "Action implemented and evidence provided to the auditor"),
                                ("Green", "On track to meet the agreed date"),
                                ("Amber", "Revised date agreed or some risk to delivery"),
                                ("Red", "Behind schedule with no agreed revised date"))):
        set_cell(kt.cell(i, 0), k, bold=True)
        shade(kt.cell(i, 0), DOCX_RAG[k])
        set_cell(kt.cell(i, 1), v)
    hdr = ["No.", "Recommendation", "Agreed management action", "Responsible officer",
           "Agreed date", "Revised date", "Progress at January 2026", "Status"]
    for section, recs in INV_PLAN:
        doc.add_paragraph()
        doc.add_paragraph(section, style="Heading 2")
        nrows = 1 + sum(len(a) for _, a in recs)
        tb = doc.add_table(rows=nrows, cols=len(hdr))
        tb.style = "Table Grid"
        for j, h in enumerate(hdr):
            set_cell(tb.cell(0, j), h, bold=True)
            shade(tb.cell(0, j), "D9D9D9")
        r = 1
        for rec, acts in recs:
            first = r
            for ref, act, off, agreed, rev, prog, status in acts:
                set_cell(tb.cell(r, 0), ref)
                set_cell(tb.cell(r, 2), act)
                set_cell(tb.cell(r, 3), off)
                set_cell(tb.cell(r, 4), agreed)
                set_cell(tb.cell(r, 5), rev)
                set_cell(tb.cell(r, 6), prog)
                set_cell(tb.cell(r, 7), status, bold=True)
                shade(tb.cell(r, 7), DOCX_RAG[status])
                r += 1
            if r - 1 > first:
                m = tb.cell(first, 1).merge(tb.cell(r - 1, 1))
                set_cell(m, rec)
            else:
                set_cell(tb.cell(first, 1), rec)
    doc.add_paragraph()
    doc.add_paragraph("Summary", style="Heading 3")
    st = [a[6] for _, recs in INV_PLAN for _, al in recs for a in al]
    sm = doc.add_table(rows=2, cols=5)
    sm.style = "Table Grid"
    for j, (k, v) in enumerate((("Total actions", len(st)), ("Complete", st.count("Complete")),
                                ("Green", st.count("Green")), ("Amber", st.count("Amber")),
                                ("Red", st.count("Red")))):
        set_cell(sm.cell(0, j), k, bold=True)
        set_cell(sm.cell(1, j), str(v))
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. East Renfrewshire Council - SHR Annual Assurance Statement improvement plan (docx)
# ---------------------------------------------------------------------------
ERC_FILE = "li2-east-renfrewshire-council-shr-annual-assurance-statement-improvement-plan.docx"
ERC_TITLE = "Housing Services – Annual Assurance Statement Improvement Plan 2025/26"

ERC_PLAN = [
    ("1. Tenant and resident safety", [
        ("Electrical safety: 71 homes did not have an Electrical Installation Condition Report (EICR) within the five-year cycle at 31 March 2025.",
         [("1.1", "Engage a second electrical contractor to clear the backlog of overdue EICRs.",
           "Property and Technical Services Manager", "December 2025", "Contractor appointed August 2025; backlog cleared 12 December 2025.", "Complete"),
          ("1.2", "Introduce a no-access procedure for EICRs, including forced entry as a last resort, aligned with the gas servicing procedure.",
           "Property and Technical Services Manager / Housing Services Manager", "March 2026", "Draft procedure with Legal Services.", "Green")]),
        ("Damp and mould: we could not evidence that all reports of damp and mould were inspected within our target timescale.",
         [("1.3", "Record all damp and mould reports as a separate case type on the housing management system with a 10 working day inspection target.",
           "Repairs Manager", "Oct-25", "Case type live 6 October 2025.", "Complete"),
          ("1.4", "Report damp and mould inspection performance quarterly to the Housing Management Team and the Tenant Scrutiny Panel.",
           "Repairs Manager", "Quarterly", "Q3 report: 94% inspected within 10 working days.", "Green")]),
    ]),
    ("2. Scottish Social Housing Charter performance", [
        ("Time taken to re-let empty homes (52.3 days in 2024/25) is above the Scottish average.",
         [("2.1", "Review the voids process end to end with the Tenant Scrutiny Panel and agree a revised void standard.",
           "Housing Services Manager", "April 2026", "Panel review started November 2025; extended at the Panel’s request.", "Amber"),
          ("2.2", "Set a target of 35 days for standard voids and monitor it weekly at the voids meeting.",
           "Housing Operations Manager", "June 2026", "Weekly monitoring in place; 41.6 days in Q3.", "Green")]),
        ("Tenant satisfaction with the repairs service fell to 84% in 2024/25.",
         [("2.3", "Introduce text message satisfaction surveys on completion of every repair.",
           "Repairs Manager", "Sept 2025 – Jan 2026", "Surveys live for all responsive repairs.", "Complete")]),
    ]),
    ("3. Equalities and human rights", [
        ("We do not hold complete equalities information for tenants and housing applicants.",
         [("3.1", "Run a tenant profile refresh exercise, collecting equalities data at tenancy visits and online.",
           "Housing Strategy and Development Manager", "March 2027", "Online form launched January 2026.", "Green"),
          ("3.2", "Use equalities data to analyse allocations and complaints outcomes and publish the findings in the Annual Report to Tenants.",
           "Housing Strategy Officer; Tenant Participation Officer", "October 2026", "Not started – scheduled for 2026/27.", "")]),
    ]),
    ("4. Homelessness", [
        ("Use of bed and breakfast accommodation for homeless households breached the Unsuitable Accommodation Order on 14 occasions in 2024/25.",
         [("4.1", "Convert six council flats to furnished temporary accommodation to reduce reliance on bed and breakfast.",
           "Homelessness Services Manager", "June 2026", "Two flats converted; furniture contract delayed.", "Red"),
          ("4.2", "Report any breach of the Unsuitable Accommodation Order to the Head of Housing every month.",
           "Homelessness Services Manager", "Monthly", "Reporting in place from September 2025.", "Green")]),
    ]),
]


def build_erc(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph(ERC_TITLE, style="Title")
    doc.add_paragraph("East Renfrewshire Council – Environment Department (Housing Services)")
    doc.add_paragraph("Document control", style="Heading 3")
    dc = [("Version", "Date", "Author", "Change"),
          ("0.3", "22/09/2025", "Housing Services Manager", "Draft for Tenant Scrutiny Panel"),
          ("1.0", "28/10/2025", "Housing Services Manager", "Approved by Cabinet with the Annual Assurance Statement"),
          ("1.1", "02/02/2026", "Housing Improvement Officer", "Progress update for Cabinet and Panel")]
    t = doc.add_table(rows=len(dc), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph()
    doc.add_paragraph(
        "Our Annual Assurance Statement to the Scottish Housing Regulator (October 2025) confirmed that we comply "
        "with the regulatory requirements, with the exceptions and areas for improvement below. This plan sets out "
        "what we will do about each one. Progress is reported to the Tenant Scrutiny Panel and to Cabinet twice a year.")
    doc.add_paragraph("RAG status", style="Heading 3")
    kt = doc.add_table(rows=4, cols=2)
    kt.style = "Table Grid"
    for i, (k, v) in enumerate((("Complete", "Action completed and evidence held"),
                                ("Green", "On track"),
                                ("Amber", "Some delay – revised timescale being agreed"),
                                ("Red", "Significant delay or risk to compliance"))):
        set_cell(kt.cell(i, 0), k, bold=True)
        shade(kt.cell(i, 0), DOCX_RAG[k])
        set_cell(kt.cell(i, 1), v)
    hdr = ["Ref", "Area for improvement", "Action", "Lead officer", "Timescale", "Progress (February 2026)", "RAG"]
    for section, afis in ERC_PLAN:
        doc.add_paragraph()
        doc.add_paragraph(section, style="Heading 2")
        nrows = 1 + sum(len(a) for _, a in afis)
        tb = doc.add_table(rows=nrows, cols=len(hdr))
        tb.style = "Table Grid"
        for j, h in enumerate(hdr):
            set_cell(tb.cell(0, j), h, bold=True)
            shade(tb.cell(0, j), "DDEBF7")
        r = 1
        for afi, acts in afis:
            first = r
            for ref, act, lead, when, prog, rag in acts:
                set_cell(tb.cell(r, 0), ref)
                set_cell(tb.cell(r, 2), act)
                set_cell(tb.cell(r, 3), lead)
                set_cell(tb.cell(r, 4), when)
                set_cell(tb.cell(r, 5), prog)
                set_cell(tb.cell(r, 6), rag, bold=True)
                if rag:
                    shade(tb.cell(r, 6), DOCX_RAG[rag])
                r += 1
            if r - 1 > first:
                m = tb.cell(first, 1).merge(tb.cell(r - 1, 1))
                set_cell(m, afi)
            else:
                set_cell(tb.cell(first, 1), afi)
    doc.add_paragraph()
    doc.add_paragraph("Next update: Tenant Scrutiny Panel, August 2026.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Havering - internal audit recommendations tracker (csv export)
# ---------------------------------------------------------------------------
HAV_FILE = "li2-havering-council-internal-audit-recommendations-tracker.csv"
HAV_TITLE = "London Borough of Havering – Internal Audit: Outstanding and Recently Implemented Recommendations"

HAV_HDR = ["Audit", "Audit Year", "Assurance Opinion", "Rec Ref", "Priority", "Recommendation",
           "Agreed Management Action", "Action Owner", "Original Due Date", "Revised Due Date",
           "% Complete", "Status", "RAG", "Latest Update"]
HAV_ROWS = [
    ["Accounts Payable", "2024/25", "Limited", "AP/01", "High",
     "Duplicate payment checks should be run before each payment run and exceptions investigated and recorded.",
     "The Exchequer team will run the duplicate payment report before every BACS run and retain signed exception logs.",
     "Exchequer Services Manager", "31/03/2025", "30/06/2025", "100", "Complete", "B",
     "Report embedded from June 2025; sample tested by Internal Audit in October 2025."],
    ["Accounts Payable", "2024/25", "Limited", "AP/02", "Medium",
     "Changes to supplier bank details should be independently verified by call-back to a known contact.",
     "Introduce a documented call-back verification for all supplier bank detail changes, with second-officer approval.",
     "Exchequer Services Manager; Head of Transactional Services", "31/03/2025", "", "100", "Complete", "B",
     "Procedure issued March 2025."],
    ["Temporary Accommodation Income", "2024/25", "Limited", "TA/01", "High",
     "Arrears on temporary accommodation accounts should be reviewed monthly and recovery action taken in line with the policy.",
     "Monthly arrears reports will be reviewed by the TA Income Team Leader, with escalation of cases over £1,000 to the Head of Housing Demand.",
     "Head of Housing Demand", "30/09/2025", "31/03/2026", "60", "In progress", "A",
     "Reporting in place; escalation process delayed by the service restructure."],
    ["Temporary Accommodation Income", "2024/25", "Limited", "TA/02", "Medium",
     "Housing Benefit claims for households placed in temporary accommodation should be made at sign-up.",
     "A Housing Benefit claim checklist will be completed at every TA sign-up and checked weekly.",
     "TA Lettings Manager", "31/07/2025", "", "100", "Complete", "B",
     "Checklist in use; verified by Internal Audit follow-up."],
    ["Direct Payments (Adults)", "2025/26", "Reasonable", "DP/01", "Medium",
     "Direct payment accounts should be audited within 12 weeks of the first payment and annually thereafter.",
     "Implement an audit schedule on the case management system for all direct payment recipients.",
     "Direct Payments Team Manager", "31/12/2025", "", "75", "In progress", "G",
     "Schedule built; 62% of accounts audited to date."],
    ["Direct Payments (Adults)", "2025/26", "Reasonable", "DP/02", "Low",
     "Surplus balances held in direct payment accounts should be recovered where above the agreed threshold.",
     "Recover surplus balances above eight weeks of the care package cost and report recoveries quarterly.",
     "Direct Payments Team Manager / Finance Business Partner (Adults)", "31/03/2026", "", "0", "Not started", "",
     ""],
    ["IT Asset Management", "2025/26", "Limited", "ITAM/01", "High",
     "A complete and accurate IT asset register should be maintained and reconciled to devices on the network at least quarterly.",
     "oneSource ICT will implement an asset discovery tool and reconcile the register to network devices quarterly.",
     "Head of ICT Infrastructure (oneSource)", "31/10/2025", "28/02/2026", "30", "In progress", "R",
     "Tool procurement delayed; revised date at risk."],
    ["IT Asset Management", "2025/26", "Limited", "ITAM/02", "Medium",
     "Leavers’ devices should be returned and logged before the final salary payment is made.",
     "Add device return confirmation to the leavers’ checklist used by Payroll.",
     "HR Operations Manager & ICT Service Desk Manager", "30/11/2025", "", "100", "Complete", "B",
     "Checklist updated November 2025."],
    ["Fire Risk Assessments – Corporate Buildings", "2025/26", "Reasonable", "FRA/01", "High",
     "Actions arising from fire risk assessments should be tracked to completion with target dates set by risk level.",
     "Create a central FRA action tracker for corporate buildings with monthly review at the Health & Safety Board.",
     "Corporate Health & Safety Manager", "31/01/2026", "", "80", "In progress", "G",
     "Tracker in place; 14 of 17 high-risk actions closed."],
]


def build_hav(path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([HAV_TITLE])
        w.writerow(["Report run: 19/01/2026 (for Audit Committee, 27 January 2026)"])
        w.writerow([])
        w.writerow(HAV_HDR)
        for row in HAV_ROWS:
            w.writerow(row)
        w.writerow([])
        w.writerow(["Total agreed actions: %d" % len(HAV_ROWS)])
        w.writerow(["RAG: B = implemented; G = on track; A = revised date agreed; R = overdue or at risk; blank = not yet started"])


# ---------------------------------------------------------------------------
# 7. Denbighshire CC - Dolwen care home CIW inspection improvement plan (tab-separated text)
# ---------------------------------------------------------------------------
DEN_FILE = "li2-denbighshire-cc-dolwen-care-home-ciw-inspection-improvement-plan.txt"
DEN_TITLE = "Improvement Plan – Dolwen Residential Care Home, Denbigh"

# theme, [(ref, regulation, finding (blank = same as above), action, lead, by when, progress, RAG)]
DEN_PLAN = [
    ("Care and Support", [
        ("1.1", "Regulation 58",
         "Medication administration records (MAR) were not always completed accurately and PRN (as required) protocols were missing for some people.",
         "Introduce weekly MAR chart audits by senior carers, with findings reviewed by the Registered Manager.",
         "Registered Manager", "November 2025", "Weekly audits in place since 3 November 2025.", "Complete"),
        ("1.2", "", "",
         "Write person-centred PRN protocols for every person prescribed as-required medication, agreed with the GP practice.",
         "Deputy Manager / Senior Care Workers", "Dec-25", "19 of 22 protocols written and signed off.", "Green"),
        ("1.3", "Regulation 16",
         "Personal plans were not consistently reviewed every three months with the individual or their representative.",
         "Set up a review calendar so every personal plan is reviewed at least three-monthly with the person and their family, and record this in the plan.",
         "Registered Manager", "31/01/2026", "Calendar set up; 18 of 24 reviews completed.", "Amber"),
    ]),
    ("Environment", [
        ("2.1", "Regulation 44",
         "Some areas of the home were tired and in need of redecoration, and a bathroom was being used to store equipment.",
         "Clear the first-floor bathroom of stored equipment and return it to use.",
         "Registered Manager", "October 2025", "Completed 17/10/2025.", "Complete"),
        ("2.2", "", "",
         "Agree a redecoration programme for lounges and corridors with Property Services.",
         "Head of Community Support Services; Property Services Manager", "March 2026", "Programme agreed; lounges booked for February.", "Green"),
    ]),
    ("Leadership and Management", [
        ("3.1", "Regulation 36",
         "Not all staff had received supervision at least quarterly, and moving and handling training was out of date for six staff.",
         "Introduce a supervision matrix and make sure every member of staff receives one-to-one supervision at least quarterly.",
         "Registered Manager", "Ongoing", "Matrix in use; 92% of staff supervised this quarter.", "Green"),
        ("3.2", "", "",
         "Book moving and handling refresher training for the six staff whose training has lapsed.",
         "Workforce Development Team", "December 2025", "Five staff trained; one on long-term sick leave.", "Amber"),
        ("3.3", "Regulation 80",
         "The Responsible Individual’s quality of care review did not include feedback from people living at the home.",
         "Include feedback from residents, families and staff in each six-monthly Quality of Care Review, starting with the January 2026 review.",
         "Responsible Individual", "January 2026", "Questionnaires issued December 2025.", "Green"),
    ]),
]


def build_den(path):
    lines = [
        DEN_TITLE,
        "Following Care Inspectorate Wales (CIW) inspection on 7 and 8 October 2025 (report published 25 November 2025)",
        "Service provider: Denbighshire County Council – Community Support Services",
        "Responsible Individual: Head of Community Support Services",
        "",
        "Ref\tRegulation\tWhat CIW found (area for improvement)\tWhat we will do\tLead\tBy when\tProgress\tRAG",
    ]
    for theme, rows in DEN_PLAN:
        lines.append(theme)
        for row in rows:
            lines.append("\t".join(row))
    lines += [
        "",
        "RAG: Complete = done and evidenced; Green = on track; Amber = behind but recoverable; Red = not on track",
        "Plan agreed by the Responsible Individual on 2 December 2025. Next review: 31 March 2026.",
    ]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    build_rbkc(os.path.join(HERE, RBKC_FILE))
    build_hiw(os.path.join(HERE, HIW_FILE))
    build_wand(os.path.join(HERE, WAND_FILE))
    build_inv(os.path.join(HERE, INV_FILE))
    build_erc(os.path.join(HERE, ERC_FILE))
    build_hav(os.path.join(HERE, HAV_FILE))
    build_den(os.path.join(HERE, DEN_FILE))
    print("built 7 files in", HERE)


if __name__ == "__main__":
    main()
