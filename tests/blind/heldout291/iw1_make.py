"""Build the seven iw1- blind cases (set heldout291): data files and NAME.expected.yaml.

Run with /work/main/.venv/bin/python iw1_make.py  (openpyxl, python-docx, pyyaml)
"""
import csv
import datetime as dt
import io
import os
import re

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

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
    return PatternFill(start_color=hex_, end_color=hex_, fill_type="solid")


def write_expected(name, meta, actions=None):
    doc = {}
    for k in ("source", "reads", "outcome", "accept_refusal", "refuse_at", "title"):
        if k in meta:
            doc[k] = meta[k]
    if actions is not None:
        doc["actions"] = actions
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=100)


PERIOD_RE = re.compile(r"(term|^Q[1-4] | – )", re.I)


def et(raw, given):
    """end_text: kept for words or periods that are not simply a month (terms, quarters, ranges)."""
    if given is not None:
        return given
    if isinstance(raw, str) and PERIOD_RE.search(raw):
        return raw
    return None


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------------------------------------
# 1. Somerset Council – ILACS improvement plan (xlsx): cover + doc control + key, plan sheet with
#    merged theme rows, recommendation merged down column B, original/revised dates, previous and
#    current RAG letters, summary sheet.
# ---------------------------------------------------------------------------------------------
def somerset():
    name = "iw1-somerset-council-ilacs-improvement-plan.xlsx"
    title = "Somerset Council – ILACS Improvement Plan 2024–2026"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Children, Families and Education Directorate"
    cov["A3"] = "Response to the Ofsted inspection of local authority children's services (ILACS), 10–21 June 2024"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Change"),
        ("1.0", "22/08/2024", "Service Manager – Quality Assurance", "Plan submitted to Ofsted"),
        ("1.1", "15/10/2024", "Service Manager – Quality Assurance", "Q2 progress update"),
        ("1.2", "14/01/2025", "Service Manager – Quality Assurance", "Q3 progress update"),
        ("1.3", "18/03/2025", "Improvement Programme Manager", "Q4 update for ILACS Improvement Board"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    cov["A12"] = "RAG key"
    cov["A12"].font = Font(bold=True)
    key = [
        ("B", "Complete – action delivered", "blue"),
        ("G", "On track to be delivered by the target date", "green"),
        ("A", "Some slippage – remedial action in place", "amber"),
        ("R", "Off track – escalate to ILACS Improvement Board", "red"),
    ]
    for i, (k, txt, col) in enumerate(key):
        a = cov.cell(row=13 + i, column=1, value=k)
        a.fill = fill(RAG_FILL[col])
        a.font = Font(bold=True, color="FFFFFF" if col in ("blue", "red", "green") else "000000")
        cov.cell(row=13 + i, column=2, value=txt)
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 48
    cov.column_dimensions["C"].width = 36
    cov.column_dimensions["D"].width = 40

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Inspection of local authority children's services, 10–21 June 2024 – report published "
                "2 August 2024. Progress position at 18 March 2025.")
    ws.merge_cells("A2:I2")
    hdr = ["Ref", "Ofsted recommendation", "Action", "Lead officer", "Original target date",
           "Revised target date", "Previous RAG", "Current RAG", "Progress update"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    widths = [7, 40, 55, 30, 14, 14, 10, 10, 50]
    for j, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[j]].width = w

    T1 = "Theme 1: Help and protection"
    T2 = "Theme 2: Children in care and care leavers"
    R1 = ("The quality of child in need and child protection plans, so that they are specific, "
          "measurable and focused on reducing risk.")
    R2 = ("Management oversight and supervision, so that it consistently provides clear direction "
          "and challenges drift in children's plans.")
    R3 = "The sufficiency of local placements, so that fewer children in care live at a distance from Somerset."
    R4 = ("The quality of pathway plans for care leavers, so that they reflect young people's views "
          "and set out how their needs will be met.")
    D = dt.datetime
    # (ref, action, lead-as-written, orig, revised, prev, curr, update, expected lead, end, status)
    plan = [
        ("theme", T1),
        ("rec", R1, [
            ("1.1", "Relaunch the Somerset practice standards for assessment and planning, with mandatory "
                    "workshops for all social workers and team managers in CIN and CP teams.",
             "Principal Social Worker", D(2024, 9, 30), None, "G", "B",
             "All 14 workshops delivered; 212 staff attended (96%).",
             ["Principal Social Worker"], "2024-09", "blue"),
            ("1.2", "Introduce a monthly thematic audit of CIN and CP plans, with findings reported to the "
                    "Practice Improvement Group.",
             "Service Manager – Quality Assurance", D(2024, 10, 31), None, "G", "G",
             "Audits running since October 2024. February audit: 61% of plans good or better (Oct: 42%).",
             ["Service Manager – Quality Assurance"], "2024-10", "green"),
            ("1.3", "Implement a revised child protection plan template in Liquidlogic that sets out SMART "
                    "outcomes and contingency arrangements.",
             "Head of Service – Safeguarding / LCS Systems Lead", D(2024, 11, 30), D(2025, 4, 30), "A", "A",
             "Template built and tested.\nGo-live moved to April to align with the LCS upgrade.",
             ["Head of Service – Safeguarding", "LCS Systems Lead"], "2025-04", "amber"),
        ]),
        ("rec", R2, [
            ("2.1", "Refresh the supervision policy and recording template to include reflective discussion "
                    "and review of progress against the child's plan.",
             "Principal Social Worker", D(2024, 12, 31), None, "G", "B",
             "Policy approved by DMT 9 December 2024.",
             ["Principal Social Worker"], "2024-12", "blue"),
            ("2.2", "Deliver the 'Leading Good Practice' programme to all team managers and assistant team "
                    "managers.",
             "Workforce Development Manager", D(2025, 3, 31), D(2025, 6, 30), "A", "R",
             "Cohort 1 completed.\nCohort 2 postponed due to trainer availability – new dates agreed for "
             "May/June 2025.",
             ["Workforce Development Manager"], "2025-06", "red"),
        ]),
        ("theme", T2),
        ("rec", R3, [
            ("3.1", "Deliver the Fostering Recruitment Campaign 2024/25 with a target of 30 new mainstream "
                    "fostering households.",
             "Head of Service – Fostering and Permanence", D(2025, 3, 31), None, "A", "A",
             "19 households approved to date; 8 assessments in progress.",
             ["Head of Service – Fostering and Permanence"], "2025-03", "amber"),
            ("3.2", "Open two new council-run children's homes (four beds each) through the Somerset Homes "
                    "for Children programme.",
             "Director of Children's Commissioning; Head of Residential Services", D(2025, 9, 30), None,
             "G", "G",
             "First home registered with Ofsted in February 2025; second property purchased.",
             ["Director of Children's Commissioning", "Head of Residential Services"], "2025-09", "green"),
        ]),
        ("rec", R4, [
            ("4.1", "Co-produce a new pathway plan format with Somerset Care Leavers' Forum.",
             "Team Manager – Leaving Care", D(2025, 1, 31), None, "G", "B",
             "New format in use from 3 February 2025.",
             ["Team Manager – Leaving Care"], "2025-01", "blue"),
            ("4.2", "Audit 20% of pathway plans each quarter against the new format and report themes to "
                    "Corporate Parenting Board.",
             "Service Manager – Quality Assurance", "Quarterly", None, None, "G",
             "First quarterly audit scheduled for April 2025.",
             ["Service Manager – Quality Assurance"], None, "green"),
        ]),
    ]
    expected = []
    r = 5
    theme = None
    for item in plan:
        if item[0] == "theme":
            theme = item[1]
            c = ws.cell(row=r, column=1, value=theme)
            c.font = Font(bold=True)
            for col in range(1, 10):
                ws.cell(row=r, column=col).fill = fill("D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        _, rec, acts = item
        first = r
        ws.cell(row=r, column=2, value=rec).alignment = WRAP
        for a in acts:
            ref, text, lead, orig, rev, prev, curr, upd, elead, end, status = a
            vals = [ref, None, text, lead, orig, rev, prev, curr, upd]
            for j, v in enumerate(vals):
                if j == 1:
                    continue
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy" if j == 4 else "mmm-yy"
            for j, v in ((6, prev), (7, curr)):
                if v:
                    ws.cell(row=r, column=1 + j).fill = fill(
                        RAG_FILL[{"B": "blue", "G": "green", "A": "amber", "R": "red"}[v]])
            ws.cell(row=r, column=2).border = BOX
            e = act(ref, [theme, rec], text, elead, end, status,
                    end_text="Quarterly" if orig == "Quarterly" else None)
            expected.append(e)
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Notes: Revised target dates were agreed by the ILACS Improvement Board "
                                   "on 11 February 2025. See the Cover sheet for the RAG key.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG by theme – March 2025"
    sm["A1"].font = Font(bold=True)
    srows = [("Theme", "B", "G", "A", "R", "Total"),
             ("Help and protection", 2, 1, 1, 1, 5),
             ("Children in care and care leavers", 1, 2, 1, 0, 4),
             ("Total", 3, 3, 2, 1, 9)]
    for i, row in enumerate(srows):
        for j, v in enumerate(row):
            c = sm.cell(row=3 + i, column=1 + j, value=v)
            c.border = BOX
            if i in (0, 3):
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 36
    wb.save(os.path.join(HERE, name))

    meta = {
        "source": ("Imitates a county/unitary council's post-ILACS improvement plan as taken to an "
                   "improvement board (Somerset Council, children's services, 2024-25; no specific URL - "
                   "modelled on ILACS improvement plans published with board/scrutiny papers). Copied "
                   "features: cover sheet with document-control table and RAG key, plan sheet with merged "
                   "theme rows, Ofsted recommendation merged down column B over its actions, original and "
                   "revised target dates (real date cells), previous and current RAG letters with fill, a "
                   "notes line and a separate RAG summary sheet."),
        "reads": ("A three-sheet workbook; the 'Improvement Plan' sheet holds nine numbered actions under "
                  "two themes and four Ofsted recommendations. Where a revised date is given it replaces the "
                  "original, and the current RAG letter (B = complete) is the status; the Cover and Summary "
                  "sheets are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------------------------
# 2. Nottingham City local area SEND priority action plan (xlsx): intro sheet with colour key, one
#    sheet per priority action / area for improvement, RAG shown only by cell fill, date periods and
#    school terms, leads joined by ';' and '/'.
# ---------------------------------------------------------------------------------------------
def nottingham():
    name = "iw1-nottingham-city-local-area-send-priority-action-plan.xlsx"
    title = "Nottingham City Local Area Partnership – SEND Priority Action Plan"
    wb = Workbook()
    intro = wb.active
    intro.title = "Introduction"
    intro["A1"] = title
    intro["A1"].font = Font(bold=True, size=15)
    intro["A3"] = ("This plan responds to the Ofsted and CQC area SEND inspection of Nottingham City "
                   "(fieldwork 4–8 November 2024, report published 10 January 2025), which identified two "
                   "areas for priority action and one area for improvement.")
    intro["A4"] = ("Progress is reported to the SEND Partnership Improvement Board every six weeks and to "
                   "the DfE/NHS England stocktake.")
    intro["A6"] = "Progress key (RAG column is shaded, not written)"
    intro["A6"].font = Font(bold=True)
    key = [("blue", "Completed"), ("green", "On track"), ("amber", "At risk of delay"),
           ("red", "Off track – escalated to the Improvement Board"), (None, "Not yet started (no shading)")]
    for i, (col, txt) in enumerate(key):
        c = intro.cell(row=7 + i, column=1)
        c.border = BOX
        if col:
            c.fill = fill(RAG_FILL[col])
        intro.cell(row=7 + i, column=2, value=txt)
    intro["A13"] = "Sheets: PA1 – Priority action 1; PA2 – Priority action 2; AFI – Area for improvement"
    intro.column_dimensions["A"].width = 12
    intro.column_dimensions["B"].width = 60

    hdr = ["Ref", "What we will do", "How we will know (success measure)", "Lead(s)", "By when", "RAG",
           "Progress / evidence (June 2025)"]
    widths = [9, 55, 40, 34, 18, 8, 50]
    expected = []

    def sheet(sname, heading, wording, rows):
        ws = wb.create_sheet(sname)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A1:G1")
        ws["A2"] = "Version 2.1 – progress at 30 June 2025"
        ws["A2"].font = Font(italic=True)
        ws["A4"] = heading
        ws["A4"].font = Font(bold=True, color="FFFFFF")
        for col in range(1, 8):
            ws.cell(row=4, column=col).fill = fill("7030A0")
        ws.merge_cells("A4:G4")
        ws["A5"] = wording
        ws["A5"].alignment = WRAP
        ws["A5"].font = Font(italic=True)
        ws.merge_cells("A5:G5")
        ws.row_dimensions[5].height = 45
        for j, h in enumerate(hdr):
            c = ws.cell(row=6, column=1 + j, value=h)
            c.font = Font(bold=True)
            c.fill = fill("E4DFEC")
            c.border = BOX
            c.alignment = WRAP
            ws.column_dimensions["ABCDEFG"[j]].width = widths[j]
        r = 7
        for ref, text, measure, lead, when, rag, prog, elead, end, end_text in rows:
            vals = [ref, text, measure, lead, when, None, prog]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(row=r, column=6).fill = fill(RAG_FILL[rag])
            expected.append(act(ref, [heading, wording], text, elead, end, rag or "unrated", et(when, end_text)))
            r += 1

    H1 = "Priority action 1 – Timeliness and quality of EHC needs assessments and plans"
    W1 = ("Leaders across the partnership should urgently improve the timeliness of EHC needs assessments "
          "and the quality of EHC plans, so that children and young people's needs are accurately "
          "identified and met without delay.")
    sheet("PA1", H1, W1, [
        ("PA1.1", "Recruit to 6 additional SEND Case Officer posts and 3 Educational Psychologist posts to "
                  "clear the backlog of EHC needs assessments.",
         "Backlog below 100 by March 2025 (412 at inspection)", "Head of SEND Services",
         "Sept 2024 – March 2025", "green",
         "All case officer posts filled; 2 of 3 EP posts filled. Backlog 131 at end of May.",
         ["Head of SEND Services"], "2025-03", None),
        ("PA1.2", "Introduce weekly multi-agency EHC tracking meetings with health and social care advice "
                  "providers.",
         "90% of health and social care advice returned within 6 weeks",
         "Head of SEND Services; Designated Clinical Officer (ICB)", "Autumn term 2024", "blue",
         "Meetings in place since October 2024; advice timeliness 88% in May.",
         ["Head of SEND Services", "Designated Clinical Officer (ICB)"], "2024-12", None),
        ("PA1.3", "Establish a multi-agency EHC plan quality assurance panel, auditing 10% of new plans "
                  "each month.",
         "70% of audited plans judged good or better", "SEND Quality Assurance Lead", "January 2025", "blue",
         "Panel established January 2025; 64% good or better in latest audit.",
         ["SEND Quality Assurance Lead"], "2025-01", None),
        ("PA1.4", "Commission training for SENCOs and health practitioners on writing outcomes-focused "
                  "contributions to EHC plans.",
         "Training evaluation; improved audit scores for outcomes section",
         "Principal Educational Psychologist / DCO", "Summer term 2025", "amber",
         "Provider procured; sessions for health practitioners not yet scheduled.",
         ["Principal Educational Psychologist", "DCO"], "2025-07", None),
    ])
    H2 = "Priority action 2 – Access to neurodevelopmental and therapy services"
    W2 = ("Leaders in the ICB and the local authority should reduce waiting times for neurodevelopmental "
          "assessments and speech and language therapy, and ensure that children and families receive "
          "support while they wait.")
    sheet("PA2", H2, W2, [
        ("PA2.1", "Commission additional ADHD and autism assessment capacity through an independent provider "
                  "to reduce the longest waits.",
         "No child waiting more than 52 weeks for assessment", "Deputy Director of Commissioning (ICB)",
         dt.datetime(2025, 3, 31), "red",
         "Contract award delayed by procurement challenge; 318 children waiting over 52 weeks.",
         ["Deputy Director of Commissioning (ICB)"], "2025-03", None),
        ("PA2.2", "Launch a 'waiting well' offer of workshops and online resources for families waiting for "
                  "neurodevelopmental assessment.",
         "Offer live; parent carer feedback", "Family Hubs Service Manager", "Oct-24", "blue",
         "Launched 21 October 2024 with Nottingham City Parent Carer Forum.",
         ["Family Hubs Service Manager"], "2024-10", None),
        ("PA2.3", "Introduce a single point of access for speech and language therapy referrals, with triage "
                  "within 6 weeks.",
         "95% of referrals triaged within 6 weeks",
         "Head of Children's Therapies (NUH) / Commissioning Manager", "Q4 2024/25", "amber",
         "Single point of access live from March 2025; triage within 6 weeks at 71%.",
         ["Head of Children's Therapies (NUH)", "Commissioning Manager"], "2025-03", None),
    ])
    H3 = "Area for improvement – Preparation for adulthood"
    W3 = ("Leaders should strengthen planning for the transition to adulthood, so that young people with "
          "SEND have clear pathways into employment, independent living and adult health services.")
    sheet("AFI", H3, W3, [
        ("AFI.1", "Publish a Preparing for Adulthood pathway and protocol agreed by children's and adult "
                  "social care.",
         "Protocol signed off by both DMTs", "Preparing for Adulthood Lead", "July 2025", None,
         "Drafting to start once the new PfA Lead is in post.",
         ["Preparing for Adulthood Lead"], "2025-07", None),
        ("AFI.2", "Extend the supported internship programme to 40 places for the 2025/26 academic year.",
         "40 interns on programme", "Employment and Skills Manager", "Sept 2025", "green",
         "34 places confirmed with employers.",
         ["Employment and Skills Manager"], "2025-09", None),
    ])
    wb.save(os.path.join(HERE, name))
    meta = {
        "source": ("Imitates a local area partnership SEND priority action plan published after an "
                   "Ofsted/CQC area SEND inspection (Nottingham City LAP, 2025; modelled on published PAPs "
                   "such as Nottinghamshire's SEND Improvement Plan (Priority Action Plan), "
                   "nottinghamshire.gov.uk). Copied features: introduction sheet with shaded progress key, "
                   "one sheet per priority action / area for improvement, a short heading bar plus the "
                   "inspectors' wording above the table, success-measure column, RAG by cell fill only, "
                   "periods and school terms as dates, leads joined by ';' and '/'."),
        "reads": ("Four sheets: an introduction with the colour key, then PA1, PA2 and AFI, each giving the "
                  "priority heading, the inspectors' wording and a table of numbered actions. The RAG cell "
                  "is coloured but empty, so its fill is the status (no fill = not yet started); nine "
                  "actions in all."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------------------------
# 3. Cambridgeshire focused visit action plan (xlsx) – REFUSE: "Novmber 2024" in a timescale cell.
# ---------------------------------------------------------------------------------------------
def cambridgeshire():
    name = "iw1-cambridgeshire-county-council-focused-visit-action-plan-typo-month-refuse.xlsx"
    title = "Cambridgeshire County Council – Ofsted Focused Visit Action Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Focused visit: 16–17 January 2024 – arrangements for children in need and children subject "
                "to a child protection plan")
    ws["A3"] = "Owner: Service Director, Children and Safeguarding | Last updated: 05/07/2024"
    hdr = ["Area for improvement", "No.", "Action", "Responsible", "Timescale", "Status", "Evidence of impact"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BOX
        ws.column_dimensions["ABCDEFG"[j]].width = [38, 6, 55, 34, 16, 12, 45][j]
    A1 = "The timeliness of initial child protection conferences."
    A2 = "The quality of written plans, so that they are clear about what needs to change for children."
    A3 = "Management oversight of children in need, so that drift and delay are identified and addressed."
    groups = [
        (A1, [
            ("1a", "Review the conference booking process so that initial child protection conferences are "
                   "convened within 15 working days of the strategy discussion.",
             "Head of Service – Safeguarding and Quality Assurance", "March 2024", "Complete",
             "ICPC timeliness 91% (Apr–Jun) compared with 63% at the visit."),
            ("1b", "Weekly timeliness report to heads of service with exception reporting for any conference "
                   "outside timescale.",
             "Business Intelligence Manager", "April 2024", "Complete", "Report issued every Monday."),
            ("1c", "Recruit two additional child protection chairs.",
             "Head of Service – Safeguarding and Quality Assurance", "Sept 2024", "On track",
             "One chair appointed; second post re-advertised."),
        ]),
        (A2, [
            ("2a", "Deliver practice workshops on outcome-focused planning for all CIN and CP teams.",
             "Principal Social Worker", "June 2024", "Complete", "9 workshops delivered, 164 attendees."),
            ("2b", "Add a plan quality question to the monthly practice audit tool and report findings to the "
                   "Practice Quality Board.",
             "Service Manager – Quality Assurance", "July 2024", "On track", "Tool updated; first report due July."),
            ("2c", "Involve children and parents in reviewing plan wording through the Family Voice group.",
             "Participation Lead", "October 2024", "On track", "Two sessions held with parents."),
        ]),
        (A3, [
            ("3a", "Introduce a CIN review tracker showing children without a review in 12 weeks or with no "
                   "change in plan after 6 months.",
             "Business Intelligence Manager", "August 2024", "On track", "Tracker in testing."),
            ("3b", "Monthly CIN oversight panel chaired by the Head of Service to review children open over 12 "
                   "months.",
             "Head of Service – Children in Need", "Novmber 2024", "At risk",
             "Panel terms of reference drafted; first panel to be scheduled."),
        ]),
    ]
    r = 6
    typo_row = None
    for afi, acts in groups:
        first = r
        ws.cell(row=r, column=1, value=afi).alignment = WRAP
        for a in acts:
            vals = [None, a[0], a[1], a[2], a[3], a[4], a[5]]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j)
                if v is not None:
                    c.value = v
                c.alignment = WRAP
                c.border = BOX
            if a[3].startswith("Novmber"):
                typo_row = r
            r += 1
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Status key: Complete / On track / At risk / Off track")
    ws.cell(row=r, column=1).font = Font(italic=True)
    vc = wb.create_sheet("Version control")
    for i, row in enumerate([("Version", "Date", "Changes"),
                             ("0.1", "01/03/2024", "Draft for Children and Young People Committee"),
                             ("1.0", "19/03/2024", "Submitted to Ofsted"),
                             ("1.1", "05/07/2024", "Quarter 1 update")]):
        for j, v in enumerate(row):
            vc.cell(row=1 + i, column=1 + j, value=v).border = BOX
    wb.save(os.path.join(HERE, name))
    assert typo_row == 13, typo_row
    meta = {
        "source": ("Imitates a council's action plan after an Ofsted focused visit under the ILACS framework "
                   "(Cambridgeshire County Council, 2024; modelled on focused-visit action plans taken to "
                   "children's committees). Copied features: title block with visit dates and owner, area "
                   "for improvement merged down column A, lettered actions (1a, 1b...), timescale written "
                   "as month words, status words, evidence-of-impact column, status key line and a separate "
                   "version-control sheet."),
        "reads": ("One plan sheet with eight lettered actions under three areas for improvement. The "
                  "timescale for action 3b on sheet row 13 reads 'Novmber 2024', a mistyped month; a careful "
                  "reader stops there and asks rather than guess the date."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    }
    write_expected(name, meta, None)
    return name, 0


# ---------------------------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Put text into a cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.paragraphs[0].text = ""
    run = cell.paragraphs[0].add_run(parts[0])
    run.bold = bold
    for p in parts[1:]:
        para = cell.add_paragraph()
        rr = para.add_run(p)
        rr.bold = bold


def header_row(table, cols, hex_="D9D9D9"):
    for j, h in enumerate(cols):
        c = table.rows[0].cells[j]
        set_cell(c, h, bold=True)
        shade(c, hex_)


# ---------------------------------------------------------------------------------------------
# 4. Cornwall and Isles of Scilly Safeguarding Children Partnership – JTAI action plan (docx)
# ---------------------------------------------------------------------------------------------
def cornwall():
    name = "iw1-cornwall-isles-of-scilly-safeguarding-children-partnership-jtai-action-plan.docx"
    title = ("Cornwall and Isles of Scilly Safeguarding Children Partnership: Joint Targeted Area "
             "Inspection Action Plan")
    doc = Document()
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("The multi-agency response to children and families who need help", style="Subtitle")
    doc.add_paragraph("Inspection fieldwork: 2–6 December 2024. Letter of findings published: 7 February "
                      "2025. This plan was agreed by the three safeguarding partners and submitted to Ofsted "
                      "on behalf of the partnership.")
    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=4, cols=5)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Approved by", "Status"])
    for i, row in enumerate([
        ("1.0", "14/03/2025", "CIoSSCP Business Manager", "Partnership Executive Group", "Submitted"),
        ("1.1", "20/05/2025", "CIoSSCP Business Manager", "JTAI Task and Finish Group", "Progress update"),
        ("1.2", "28/05/2025", "CIoSSCP Business Manager", "Partnership Executive Group", "Current"),
    ]):
        for j, v in enumerate(row):
            set_cell(t.rows[i + 1].cells[j], v)
    doc.add_paragraph("")
    doc.add_paragraph("RAG rating key", style="Heading 2")
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (word, col, meaning) in enumerate([
        ("Blue", "blue", "Action completed and impact evidenced"),
        ("Green", "green", "On track"),
        ("Amber", "amber", "Some delay – recovery plan in place"),
        ("Red", "red", "Off track – escalated to the Partnership Executive Group"),
    ]):
        set_cell(k.rows[i].cells[0], word, bold=True)
        shade(k.rows[i].cells[0], RAG_FILL[col])
        set_cell(k.rows[i].cells[1], meaning)

    cols = ["Ref", "Action", "Lead agency and officer", "Target date", "RAG", "Progress update (May 2025)"]
    afis = [
        ("Area for improvement 1",
         "The partnership's understanding of the impact of early help, including through the use of shared "
         "performance information and multi-agency audit.",
         [
             ("1.1", "Develop a multi-agency early help dataset, including police, health and education "
                     "measures, to be reported quarterly to the Partnership Executive Group.",
              "Cornwall Council – Head of Early Help / ICB – Head of Business Intelligence", "June 2025",
              "Green", "Draft dataset agreed by the Performance subgroup.\nPolice data to be added from Q1.",
              ["Cornwall Council – Head of Early Help", "ICB – Head of Business Intelligence"], "2025-06",
              "green", None),
             ("1.2", "Complete a multi-agency themed audit of early help cases stepped down from children's "
                     "social care, with learning shared through a 7-minute briefing.",
              "CIoSSCP Business Manager", "31/03/2025", "Blue",
              "Audit of 12 cases completed in March; briefing published 15 April 2025.",
              ["CIoSSCP Business Manager"], "2025-03", "blue", None),
             ("1.3", "Include early help outcomes in the partnership's yearly report 2024/25.",
              "Independent Scrutineer", "September 2025", "Green", "Section drafted.",
              ["Independent Scrutineer"], "2025-09", "green", None),
         ]),
        ("Area for improvement 2",
         "The consistency with which partners recognise and respond to children's needs at the earliest "
         "opportunity, particularly in schools and universal health services.",
         [
             ("2.1", "Relaunch the Continuum of Need guidance with briefings for designated safeguarding leads "
                     "in all schools and colleges.",
              "Cornwall Council – Education Safeguarding Manager", "Spring term 2025", "Blue",
              "Six locality briefings held; 241 schools represented.",
              ["Cornwall Council – Education Safeguarding Manager"], "2025-04", "blue", None),
             ("2.2", "Train health visitors and school nurses in the use of the Early Help Assessment and the "
                     "lead professional role.",
              "Cornwall Partnership NHS FT – Public Health Nursing Lead", "October 2025", "Amber",
              "First cohort trained; backfill for the remaining sessions not yet agreed.",
              ["Cornwall Partnership NHS FT – Public Health Nursing Lead"], "2025-10", "amber", None),
             ("2.3", "Introduce an early help consultation line for professionals, staffed by early help "
                     "practitioners alongside the MASH.",
              "Head of Early Help; Head of MASH", "July 2025", "Red",
              "Delayed pending recruitment of two practitioners.\nEscalated to the Executive Group on "
              "21 May 2025.",
              ["Head of Early Help", "Head of MASH"], "2025-07", "red", None),
         ]),
        ("Area for improvement 3",
         "The quality of multi-agency plans for children receiving early help, so that they are specific "
         "about what needs to change and by when.",
         [
             ("3.1", "Revise the early help plan template and guidance so that each plan sets out SMART "
                     "outcomes.",
              "Cornwall Council – Head of Early Help", "May 2025", "Blue", "New template live from 6 May 2025.",
              ["Cornwall Council – Head of Early Help"], "2025-05", "blue", None),
             ("3.2", "Deliver joint training with Devon and Cornwall Police and health partners on writing "
                     "outcome-focused plans.",
              "CIoSSCP Learning and Development Lead", "December 2025", "Green",
              "Course designed; dates published for September to November.",
              ["CIoSSCP Learning and Development Lead"], "2025-12", "green", None),
             ("3.3", "Add plan quality to the quarterly multi-agency audit programme.",
              "Chair, Quality Assurance Subgroup", "Ongoing", "Green", "Included in Q1 2025/26 audit schedule.",
              ["Chair, Quality Assurance Subgroup"], None, "green", "Ongoing"),
         ]),
    ]
    expected = []
    for head, text, acts in afis:
        doc.add_paragraph(head, style="Heading 1")
        doc.add_paragraph(text)
        tb = doc.add_table(rows=1 + len(acts), cols=6)
        tb.style = "Table Grid"
        header_row(tb, cols, "B4C6E7")
        for i, a in enumerate(acts):
            ref, action, lead, date, rag, prog, elead, end, status, end_text = a
            for j, v in enumerate([ref, action, lead, date, rag, prog]):
                set_cell(tb.rows[i + 1].cells[j], v)
            shade(tb.rows[i + 1].cells[4], RAG_FILL[rag.lower()])
            expected.append(act(ref, [text], action, elead, end, status, et(date, end_text)))
        doc.add_paragraph("")
    doc.add_paragraph("Sign-off", style="Heading 2")
    s = doc.add_table(rows=4, cols=3)
    s.style = "Table Grid"
    header_row(s, ["Safeguarding partner", "Name", "Date"])
    for i, row in enumerate([
        ("Cornwall Council and Council of the Isles of Scilly", "Strategic Director, Care and Wellbeing",
         "28/05/2025"),
        ("Devon and Cornwall Police", "Assistant Chief Constable", "28/05/2025"),
        ("NHS Cornwall and Isles of Scilly ICB", "Chief Nursing Officer", "28/05/2025"),
    ]):
        for j, v in enumerate(row):
            set_cell(s.rows[i + 1].cells[j], v)
    doc.save(os.path.join(HERE, name))
    meta = {
        "source": ("Imitates a safeguarding children partnership's action plan after a joint targeted area "
                   "inspection (JTAI) on the response to children who need help (Cornwall and Isles of "
                   "Scilly Safeguarding Children Partnership, 2025; modelled on JTAI action plans reported to "
                   "scrutiny, e.g. Durham and Plymouth JTAI updates). Copied features: title and subtitle, "
                   "document-control table, RAG key table with shaded cells, one Heading 1 per area for "
                   "improvement with the inspectors' wording as a paragraph and a table per section, lead "
                   "agency and officer in one cell (two posts joined by '/' or ';'), multi-paragraph progress "
                   "cells, and a sign-off table."),
        "reads": ("A Word plan with three sections, each a numbered 'Area for improvement' heading (which only "
                  "names the kind of part, so the wording below it is what the actions are read under) and a "
                  "table of three actions with RAG words. The document-control, key and sign-off tables are "
                  "not actions; nine actions in all."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------------------------
# 5. Hertfordshire Families First early help strategy action plan (docx): a section per priority,
#    no refs, RAG by shading only, glossary table at the end.
# ---------------------------------------------------------------------------------------------
def hertfordshire():
    name = "iw1-hertfordshire-families-first-early-help-strategy-action-plan.docx"
    title = "Hertfordshire Families First Partnership – Early Help Strategy Action Plan 2024–2026"
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x00, 0x5E, 0x7A)
    doc.add_paragraph("Position at: Quarter 2 2025/26 (30 September 2025)").runs[0].italic = True
    doc.add_paragraph(
        "This action plan sets out how partners will deliver the priorities of the Families First Early Help "
        "Strategy 2024–2027. Progress is reviewed quarterly by the Families First Partnership Board and "
        "reported to the Hertfordshire Safeguarding Children Partnership.")
    doc.add_paragraph("How to read the RAG column: the cell is shaded to show progress.")
    k = doc.add_table(rows=1, cols=5)
    k.style = "Table Grid"
    for j, (col, txt) in enumerate([("blue", "Complete"), ("green", "On track"), ("amber", "Some risk"),
                                    ("red", "Off track"), (None, "Not started")]):
        set_cell(k.rows[0].cells[j], txt, bold=True)
        if col:
            shade(k.rows[0].cells[j], RAG_FILL[col])
    cols = ["What we will do", "Who", "When", "RAG", "Progress"]
    prios = [
        ("Priority 1: Early identification and access to help", [
            ("Publish a refreshed Hertfordshire Continuum of Need and Families First request for support "
             "pathway, co-produced with parents.",
             "Families First Partnership Manager", "Jan 2025", "blue",
             "Published January 2025 with parent-friendly summary.",
             ["Families First Partnership Manager"], "2025-01", None),
            ("Roll out the Families First Portal to all primary schools so that staff can request support and "
             "track requests.",
             "Head of Early Help Systems / Education Support Service Manager", "Summer term 2025", "blue",
             "Live in all 418 primary schools since July 2025.",
             ["Head of Early Help Systems", "Education Support Service Manager"], "2025-07", None),
            ("Place early help practitioners in each district's family hub to offer weekly drop-in advice "
             "sessions for families.",
             "Head of Family Centre Services", "March 2026", "green",
             "Drop-ins running in 7 of 10 districts.",
             ["Head of Family Centre Services"], "2026-03", None),
        ]),
        ("Priority 2: Effective whole-family support", [
            ("Train 300 multi-agency practitioners in the Families First Assessment and whole-family working.",
             "Early Help Workforce Development Lead", "Sept 2025 – March 2026", "amber",
             "112 trained so far; health attendance lower than planned.",
             ["Early Help Workforce Development Lead"], "2026-03", None),
            ("Set up a lead practitioner network with practice forums for lead professionals from all "
             "agencies.",
             "Families First Partnership Manager", "Bi-monthly", "green",
             "Forums held in June and August; next in October.",
             ["Families First Partnership Manager"], None, "Bi-monthly"),
        ]),
        ("Priority 3: Knowing our impact", [
            ("Develop an early help outcomes dashboard combining Supporting Families data with partner data.",
             "Head of Performance and Insight (Children's Services)", "31/12/2025", "red",
             "Data-sharing agreement with health still unsigned; dashboard build paused.",
             ["Head of Performance and Insight (Children's Services)"], "2025-12", None),
            ("Run a survey of families receiving early help and report the results to the Partnership Board.",
             "Participation Manager", "November 2025", None, "Survey questions being agreed with parents.",
             ["Participation Manager"], "2025-11", None),
        ]),
    ]
    expected = []
    for head, acts in prios:
        doc.add_paragraph(head, style="Heading 1")
        tb = doc.add_table(rows=1 + len(acts), cols=5)
        tb.style = "Table Grid"
        header_row(tb, cols, "CCE5EB")
        for i, a in enumerate(acts):
            action, who, when, rag, prog, elead, end, end_text = a
            for j, v in enumerate([action, who, when, "", prog]):
                set_cell(tb.rows[i + 1].cells[j], v)
            if rag:
                shade(tb.rows[i + 1].cells[3], RAG_FILL[rag])
            expected.append(act(None, [head], action, elead, end, rag or "unrated", et(when, end_text)))
        doc.add_paragraph("")
    doc.add_paragraph("Glossary", style="Heading 2")
    g = doc.add_table(rows=5, cols=2)
    g.style = "Table Grid"
    for i, (a, b) in enumerate([("Term", "Meaning"),
                                ("Continuum of Need", "Hertfordshire's guide to levels of need and the "
                                                      "right response"),
                                ("Families First", "Hertfordshire's early help partnership"),
                                ("Supporting Families", "National programme for early help outcomes"),
                                ("Lead practitioner", "The professional who coordinates a family's plan")]):
        set_cell(g.rows[i].cells[0], a, bold=(i == 0))
        set_cell(g.rows[i].cells[1], b, bold=(i == 0))
    doc.save(os.path.join(HERE, name))
    meta = {
        "source": ("Imitates an early help partnership's strategy action plan reported quarterly to its "
                   "partnership board (Hertfordshire Families First, 2024-26; modelled on county early help "
                   "strategy delivery plans). Copied features: coloured title line with position date, a "
                   "one-row shaded RAG key, one Heading 1 per strategy priority with its own table, actions "
                   "without reference numbers, 'Who' cells with two posts joined by '/', periods, school "
                   "terms and frequencies in 'When', RAG shown only by shading, and a glossary table."),
        "reads": ("A Word document with three priority headings, each followed by a table of unnumbered "
                  "actions; seven actions in all. The RAG cell is empty and shaded, so the shading is the "
                  "status (an unshaded cell is not started); the key and glossary tables are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------------------------
# 6. Lincolnshire Youth Justice Service – HMIP improvement plan (csv export)
# ---------------------------------------------------------------------------------------------
def lincolnshire():
    name = "iw1-lincolnshire-youth-justice-service-hmip-improvement-plan.csv"
    title = "Lincolnshire Youth Justice Service – HMI Probation Inspection Improvement Plan"
    N = 8
    rows = [
        [title] + [""] * (N - 1),
        ["Inspection fieldwork: 18–22 November 2024; report published 11 February 2025. Overall rating: "
         "Requires improvement"] + [""] * (N - 1),
        ["Plan owner: Head of Youth Justice | Monitored by: Lincolnshire Youth Justice Management Board | "
         "Update: September 2025"] + [""] * (N - 1),
        [""] * N,
        ["Rec No", "Recommendation", "Action No", "Action", "Owner", "Target Date", "RAG", "Update"],
    ]
    B = "The Lincolnshire Youth Justice Management Board should:"
    H = "The Head of Youth Justice Service should:"
    B1 = ("make sure that board members understand the profile of children supervised by the service and "
          "use this to challenge partner agencies' contribution")
    B2 = "ensure that children open to the service have timely access to speech, language and communication assessments"
    H3 = "improve the quality of assessment and planning for keeping other people safe"
    H4 = "make sure that the needs and wishes of victims are consistently considered in out-of-court work"
    spec = [
        ("head", B),
        ("rec", "1", B1, [
            ("1.1", "Deliver a board induction and development session on the profile of children and the "
                    "inspection findings.",
             "Chair of YJMB", "31/03/2025", "G", "Session held 12/03/2025; follow-up planned for new members.",
             ["Chair of YJMB"], "2025-03", "green", None),
            ("1.2", "Introduce a quarterly partner contribution report, with each agency presenting on its "
                    "offer to children in the youth justice system.",
             "Head of Youth Justice; YJMB Business Support Officer", "Q2 2025/26", "A",
             "Education and police reports received; health report outstanding.",
             ["Head of Youth Justice", "YJMB Business Support Officer"], "2025-09", "amber", None),
        ]),
        ("rec", "2", B2, [
            ("2.1", "Agree a service level agreement with the children's SLT service for screening of all "
                    "children on court orders within 20 working days.",
             "Designated Nurse for Children in Care and Youth Justice (ICB)", "30/06/2025", "R",
             "SLA not yet signed – funding for 0.6 FTE therapist still to be confirmed.\n"
             "Escalated to the Board on 8 July 2025.",
             ["Designated Nurse for Children in Care and Youth Justice (ICB)"], "2025-06", "red", None),
            ("2.2", "Train all case managers in the use of the communication screening tool.",
             "YJS Operational Manager (Practice Development)", "Sept 2025", "G",
             "23 of 27 case managers trained.",
             ["YJS Operational Manager (Practice Development)"], "2025-09", "green", None),
        ]),
        ("head", H),
        ("rec", "3", H3, [
            ("3.1", "Deliver risk and safety planning workshops for all case managers,\n"
                    "followed by observed practice sessions with team managers.",
             "YJS Operational Managers", "31/07/2025", "G", "Workshops complete; observations under way.",
             ["YJS Operational Managers"], "2025-07", "green", None),
            ("3.2", "Introduce a monthly risk management panel for children assessed as high risk of harm "
                    "to others.",
             "Head of Youth Justice", "Ongoing", "G", "Panel meeting monthly since April 2025.",
             ["Head of Youth Justice"], None, "green", "Ongoing"),
            ("3.3", "Audit 10 cases per quarter against HMIP standards for keeping other people safe and "
                    "report findings to the Board.",
             "Quality Assurance Manager", "Q4 2025/26", "A",
             "Q1 audit completed; Q2 audit delayed by staff absence.",
             ["Quality Assurance Manager"], "2026-03", "amber", None),
        ]),
        ("rec", "4", H4, [
            ("4.1", "Review the out-of-court disposal process so that the victim worker's contact and the "
                    "victim's views are recorded before the joint decision-making panel.",
             "Victim Liaison Officer / Out of Court Disposal Team Manager", "30/04/2025", "G",
             "New process in place from April; compliance 92% in August.",
             ["Victim Liaison Officer", "Out of Court Disposal Team Manager"], "2025-04", "green", None),
            ("4.2", "Offer restorative justice to all identified victims of out-of-court cases and record the "
                    "outcome.",
             "Restorative Justice Coordinator", "Dec-25", "G", "Offer made in 88% of eligible cases.",
             ["Restorative Justice Coordinator"], "2025-12", "green", None),
        ]),
    ]
    expected = []
    head = None
    for item in spec:
        if item[0] == "head":
            head = item[1]
            rows.append(["", head] + [""] * (N - 2))
            continue
        _, no, rec, acts = item
        for i, a in enumerate(acts):
            aref, text, owner, date, rag, upd, elead, end, status, end_text = a
            rows.append([no if i == 0 else "", rec if i == 0 else "", aref, text, owner, date, rag, upd])
            expected.append(act(aref, [head, rec], text, elead, end, status, et(date, end_text)))
    rows.append([""] * N)
    rows.append(["RAG: G = on track or complete; A = some risk to delivery; R = off track"] + [""] * (N - 1))
    rows.append(["Total actions: 9 (G 6, A 2, R 1)"] + [""] * (N - 1))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(rows)
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    assert len(expected) == 9
    meta = {
        "source": ("Imitates a youth justice service's improvement plan after an HM Inspectorate of Probation "
                   "inspection, exported from a spreadsheet to CSV (Lincolnshire YJS, 2025; modelled on YJS "
                   "HMIP improvement plans taken to committee, e.g. Reading YJS December 2024). Copied "
                   "features: title and inspection lines, plan-owner line, HMIP recommendations grouped under "
                   "their addressee ('The ... Management Board should:' / 'The Head of Youth Justice Service "
                   "should:'), recommendation number and wording only on the first action row, numbered "
                   "actions, quarters of the financial year as target dates, R/A/G letters, an in-cell line "
                   "break, a key line and a totals line."),
        "reads": ("A CSV with nine numbered actions under four HMIP recommendations, which sit under two "
                  "addressee lines; the recommendation cell is blank on follow-on rows and carries down. "
                  "The key and totals lines at the end are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------------------------
# 7. East Sussex corporate parenting panel action plan (tab-separated text export)
# ---------------------------------------------------------------------------------------------
def east_sussex():
    name = "iw1-east-sussex-county-council-corporate-parenting-panel-action-plan.txt"
    title = "East Sussex County Council – Corporate Parenting Panel Action Plan 2025–26"
    lines = [
        title,
        "Update for Corporate Parenting Panel, 25 September 2025",
        "",
        "Status key: Complete | Green = on track | Amber = some delay | Red = not on track | Not started",
        "",
        "No.\tAction\tLead\tBy when\tStatus\tUpdate",
    ]
    P1 = "Priority 1 – Homes that are safe, stable and loving"
    P2 = "Priority 2 – Education, health and wellbeing"
    P3 = "Priority 3 – Preparing for adulthood and leaving care"
    spec = [
        (P1, [
            ("1.1", ["Increase the number of in-house foster carers by 25 households through the Fostering "
                     "East Sussex campaign."],
             "Head of Fostering and Adoption", "Mar 2026", "Amber",
             "11 households approved since April; enquiries down on last year.",
             ["Head of Fostering and Adoption"], "2026-03", "amber", None),
            ("1.2", ["Open a third in-house children's home in the Hastings area."],
             "Assistant Director – Early Help and Social Care", "Autumn term 2025", "Green",
             "Registration visit booked for November.",
             ["Assistant Director – Early Help and Social Care"], "2025-12", "green", None),
            ("1.3", ["Report placement stability figures to every Panel meeting, with an analysis of moves for "
                     "children under 11."],
             "Head of Looked After Children", "Termly", "Green", "Standing item since June 2025.",
             ["Head of Looked After Children"], None, "green", "Termly"),
        ]),
        (P2, [
            ("2.1", ["Make sure every child in care has a personal education plan reviewed each term,",
                     "with the child's views recorded in the plan."],
             "Head of Looked After Children / Virtual School Head", "By 31 December 2025", "Green",
             "PEP completion 94% in the summer term.",
             ["Head of Looked After Children", "Virtual School Head"], "2025-12", "green", None),
            ("2.2", ["Agree a fast-track route into CAMHS for children in care with the Sussex Partnership "
                     "NHS Foundation Trust."],
             "Designated Nurse for Looked After Children", "Jan 2026", "Red",
             "Proposal declined at first review; revised model to go back in October.",
             ["Designated Nurse for Looked After Children"], "2026-01", "red", None),
            ("2.3", ["Give all children in care free access to council leisure centres and libraries."],
             "Cllr Jane Mercer (Lead Member for Children and Families)", "Jun 2025", "Complete",
             "Leisure card scheme launched 2 June 2025.",
             ["Cllr Jane Mercer (Lead Member for Children and Families)"], "2025-06", "blue", None),
        ]),
        (P3, [
            ("3.1", ["Ring-fence 20 council apprenticeships a year for care leavers."],
             "HR Business Partner; Head of Service – Care Leavers", "Sept 2025", "Complete",
             "20 places ring-fenced in the 2025 intake.",
             ["HR Business Partner", "Head of Service – Care Leavers"], "2025-09", "blue", None),
            ("3.2", ["Exempt care leavers aged 18–25 from council tax across all five districts and boroughs."],
             "Head of Service – Care Leavers", "April 2026", "Amber",
             "Agreed by four of the five district and borough councils.",
             ["Head of Service – Care Leavers"], "2026-04", "amber", None),
            ("3.3", ["Co-produce a new Local Offer for care leavers with the Children in Care Council."],
             "Participation and Engagement Manager", "Feb 2026", "Not started",
             "Workshops planned for the autumn.",
             ["Participation and Engagement Manager"], "2026-02", "unrated", None),
            ("3.4", ["Hold a quarterly care leavers' drop-in with Panel members."],
             "Chair of Corporate Parenting Panel", "Ongoing", "Green",
             "First drop-in held at Hastings Library on 4 September.",
             ["Chair of Corporate Parenting Panel"], None, "green", "Ongoing"),
        ]),
    ]
    expected = []
    for head, acts in spec:
        lines.append(head)
        for ref, text_lines, lead, when, status, upd, elead, end, st, end_text in acts:
            lines.append("\t".join([ref, text_lines[0], lead, when, status, upd]))
            for cont in text_lines[1:]:
                lines.append("\t" + cont + "\t\t\t\t")
            expected.append(act(ref, [head], "\n".join(text_lines), elead, end, st, et(when, end_text)))
    lines.append("")
    lines.append("Summary: 10 actions – Complete 2, Green 4, Amber 2, Red 1, Not started 1")
    lines.append("Next review: Corporate Parenting Panel, 4 December 2025")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")
    assert len(expected) == 10
    meta = {
        "source": ("Imitates a council's corporate parenting panel action plan as exported to plain text from "
                   "a committee-paper table (East Sussex County Council, 2025-26; modelled on corporate "
                   "parenting board/panel action plans such as Bracknell Forest's and Slough's, with "
                   "priorities/pledges and responsible officers). Copied features: title and meeting line, a "
                   "status key line, tab-separated columns, priority heading lines between the actions, job "
                   "titles and a lead member as leads (two posts joined by '/' or ';'), 'Termly' and 'Ongoing' "
                   "as timescales, a school term, a wrapped action continuing on the next line, and summary "
                   "and next-review lines."),
        "reads": ("A tab-separated plan with ten numbered actions under three priority lines. Action 2.1 "
                  "wraps onto a continuation line (only the Action column filled), which belongs to 2.1's "
                  "text; the key, summary and next-review lines are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, expected)
    return name, len(expected)


if __name__ == "__main__":
    for fn in (somerset, nottingham, cambridgeshire, cornwall, hertfordshire, lincolnshire, east_sussex):
        n, k = fn()
        print(f"{n}: {k} actions")
