"""Build the seven kw2- data files of set heldout343.

Run with /work/main/.venv/bin/python kw2_make.py (needs openpyxl and python-docx).
"""
import csv
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
PALE = "DDEBF7"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color="FF" + hex_, end_color="FF" + hex_)


def d(day, month, year):
    return datetime(year, month, day)


def put(ws, row, col, value, bold=False, bg=None, fmt=None, border=True):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if bold:
        c.font = Font(bold=True)
    if bg:
        c.fill = fill(bg)
    if fmt:
        c.number_format = fmt
    if border:
        c.border = BOX
    return c


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. Newcastle City Council - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
def newcastle():
    title = "Newcastle City Council – Adult Social Care Improvement Plan 2025–26"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = ("Response to the CQC local authority assessment of adult social care "
                 "(report published 14 November 2024; overall rating: Requires improvement)")
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Change"),
        ("0.3", d(12, 12, 2024), "ASC Performance & Quality Team", "First draft for Directorate Management Team"),
        ("1.0", d(21, 1, 2025), "ASC Performance & Quality Team", "Approved by the Health and Wellbeing Board"),
        ("1.1", d(3, 7, 2025), "ASC Performance & Quality Team", "Q1 progress update"),
        ("1.2", d(8, 10, 2025), "ASC Performance & Quality Team", "Q2 progress update"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            put(cov, 5 + i, 1 + j, v, bold=(i == 0), bg=(GREY if i == 0 else None),
                fmt=("dd/mm/yyyy" if isinstance(v, datetime) else None))
    cov["A11"] = "Senior responsible officer: Director of Adult Social Care"
    cov["A12"] = "Governance: ASC Improvement Board (monthly); Health and Wellbeing Board (quarterly)"
    widths(cov, [12, 14, 32, 48])

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Progress position at 30 September 2025 (Q2)"
    hdr = ["Ref", "What CQC told us (area for improvement)", "Action", "Lead",
           "Target date", "Revised target date", "Progress update – Q2", "RAG"]
    for j, h in enumerate(hdr, start=1):
        put(ws, 4, j, h, bold=True, bg=GREY)

    # (theme, [(afi, [(ref, action, lead, target, revised, update, rag_fill), ...]), ...])
    plan = [
        ("Theme 1: Working with people", [
            ("People waited too long for Care Act assessments and reviews, and there was limited "
             "oversight of risk while people were waiting.", [
                ("1.1", "Introduce a weekly waiting list triage, using a risk-rating tool applied by senior "
                        "practitioners to everyone awaiting assessment.",
                 "Head of Assessment and Care Management", d(31, 3, 2025), None,
                 "Triage in place from February 2025; 100% of people waiting have a recorded risk rating.", BLUE),
                ("1.2", "Reduce the number of people waiting for a Care Act assessment to below 250, with no-one "
                        "waiting longer than 28 days, by deploying an additional assessment team for six months.",
                 "Head of Assessment and Care Management / Principal Social Worker", d(30, 6, 2025), d(31, 12, 2025),
                 "Waiting list reduced from 1,140 to 410. Agency team extended to December.", AMBER),
                ("1.3", "Complete an annual review for every person in receipt of long-term support for more "
                        "than 12 months.\nPrioritise people in residential care placed out of area.",
                 "Service Manager, Reviewing Team", d(31, 3, 2026), None,
                 "62% of overdue reviews completed.", GREEN),
            ]),
            ("Unpaid carers told CQC they did not always know what support was available or how to get a "
             "carer’s assessment.", [
                ("1.4", "Refresh the Carers’ Offer with the commissioned carers’ support service and publish it "
                        "in accessible formats, including Easy Read.",
                 "Service Manager (Carers and Prevention)", d(30, 9, 2025), None,
                 "Offer published 1 September 2025.", BLUE),
                ("1.5", "Offer carers’ assessments at the point of the cared-for person’s discharge from hospital.",
                 "Hospital Social Work Team Manager", d(31, 12, 2025), None,
                 "Pilot started on two wards at the RVI.", GREEN),
            ]),
        ]),
        ("Theme 2: Providing support", [
            ("There was a shortage of home care in the west of the city and a reliance on out-of-area "
             "placements for people with complex needs.", [
                ("2.1", "Recommission home care on a zoned model with guaranteed hours for providers in the "
                        "Outer West zone.",
                 "Head of Integrated Commissioning", d(30, 4, 2026), None,
                 "Tender evaluation under way.", GREEN),
                ("2.2", "Develop a Market Position Statement for specialist accommodation and present it to Cabinet.",
                 "Head of Integrated Commissioning; Strategic Housing Manager", d(31, 10, 2025), d(31, 1, 2026),
                 "Draft delayed to align with the Local Plan consultation.", AMBER),
            ]),
        ]),
        ("Theme 3: How the local authority ensures safety within the system", [
            ("Safeguarding enquiries were not always completed in a timely way and the quality of practice "
             "was inconsistent.", [
                ("3.1", "Implement a monthly multi-agency safeguarding audit programme, with findings reported "
                        "to the Safeguarding Adults Board.",
                 "Head of Safeguarding and Quality Assurance", "Ongoing", None,
                 "Audits held monthly since April 2025.", GREEN),
                ("3.2", "Reduce the backlog of Deprivation of Liberty Safeguards (DoLS) applications awaiting "
                        "assessment by commissioning additional Best Interests Assessors.",
                 "DoLS Team Manager", d(31, 3, 2025), d(30, 9, 2025),
                 "Backlog not reduced as planned; funding for BIA capacity not secured until July.", RED),
            ]),
        ]),
        ("Theme 4: Leadership", [
            ("Performance data was not used consistently to understand people’s outcomes.", [
                ("4.1", "Launch an ASC performance dashboard in Power BI covering waiting times, reviews, "
                        "safeguarding and outcomes, reviewed monthly at DMT.",
                 "ASC Performance and Intelligence Manager", d(31, 7, 2025), None,
                 "Dashboard live since July 2025.", BLUE),
            ]),
        ]),
    ]
    r = 5
    for theme, afis in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        put(ws, r, 1, theme, bold=True, bg=PALE)
        r += 1
        for afi, acts in afis:
            first = r
            for ref, action, lead, target, revised, update, rag in acts:
                put(ws, r, 1, ref)
                put(ws, r, 3, action)
                put(ws, r, 4, lead)
                put(ws, r, 5, target, fmt="dd/mm/yyyy" if isinstance(target, datetime) else None)
                put(ws, r, 6, revised, fmt="dd/mm/yyyy" if revised else None)
                put(ws, r, 7, update)
                put(ws, r, 8, None, bg=rag)
                r += 1
            put(ws, first, 2, afi)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    put(ws, r, 1, "Summary at Q2", bold=True, border=False)
    r += 1
    for label, n, col in [("Completed", 3, BLUE), ("On track", 4, GREEN),
                          ("At risk", 2, AMBER), ("Off track", 1, RED), ("Total actions", 10, None)]:
        put(ws, r, 1, None, bg=col)
        put(ws, r, 2, label)
        put(ws, r, 3, n)
        r += 1
    widths(ws, [7, 40, 55, 30, 13, 13, 40, 7])
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (col, text) in enumerate([
        (BLUE, "Blue – action completed"),
        (GREEN, "Green – on track to deliver by the target date"),
        (AMBER, "Amber – at risk of slipping; revised date agreed by the Improvement Board"),
        (RED, "Red – off track or target date missed"),
    ]):
        put(key, 3 + i, 1, None, bg=col)
        put(key, 3 + i, 2, text)
    widths(key, [6, 70])
    wb.save(os.path.join(HERE, "kw2-newcastle-city-council-asc-cqc-assessment-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Oxfordshire County Council - internal audit EQA improvement plan (xlsx)
# ---------------------------------------------------------------------------
def oxfordshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "EQA Action Plan"
    ws["A1"] = "Oxfordshire County Council – Internal Audit"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "External Quality Assessment 2024/25: Improvement Action Plan"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Assessment against the Global Internal Audit Standards in the UK Public Sector and the CIPFA "
                "Code of Practice for the Governance of Internal Audit. Overall opinion: Generally Conforms. "
                "Update to the Audit & Governance Committee, November 2025.")
    put(ws, 4, 1, "Status key:", bold=True, border=False)
    for j, (txt, col) in enumerate([("Complete", BLUE), ("On track", GREEN),
                                    ("Delayed", AMBER), ("Not started", None)]):
        put(ws, 4, 2 + j, txt, bg=col)
    hdr = ["Ref", "Agreed action", "Responsible officer", "Original target", "Revised target",
           "Status", "Progress / evidence"]
    for j, h in enumerate(hdr, start=1):
        put(ws, 6, j, h, bold=True, bg=GREY)
    status_fill = {"Complete": BLUE, "On track": GREEN, "Delayed": AMBER, "Not started": None}

    plan = [
        ("Domain III: Governing the Internal Audit Function", [
            ("Recommendation 1 (Standard 6.2): Update the Internal Audit Charter to reflect the Global Internal "
             "Audit Standards and the mandate agreed with the Audit & Governance Committee.", [
                ("1.1", "Revise the Internal Audit Charter and present it to the Audit & Governance Committee "
                        "for approval.", "Chief Internal Auditor", "Mar-25", "", "Complete",
                 "Approved by the Committee on 12 March 2025."),
                ("1.2", "Agree with the Committee Chair an annual private meeting between the Committee and "
                        "the Chief Internal Auditor.",
                 "Chief Internal Auditor / Director of Law and Governance", "Jun-25", "", "Complete",
                 "First private session held 18 June 2025."),
            ]),
            ("Recommendation 2 (Standard 7.1): Strengthen safeguards over the Chief Internal Auditor's "
             "independence where the role also manages the Counter Fraud team.", [
                ("2.1", "Document the safeguards in the Charter and arrange for counter fraud work to be "
                        "reviewed by an independent provider every three years.",
                 "Chief Internal Auditor", "Sept 2025", "", "On track",
                 "Safeguards documented; independent review to be procured with the 2026/27 plan."),
            ]),
        ]),
        ("Domain IV: Managing the Internal Audit Function", [
            ("Recommendation 3 (Standard 9.2): Develop an internal audit strategy that sets out how the function "
             "will meet the expectations of the Committee and senior management over the next three years.", [
                ("3.1", "Prepare a three-year Internal Audit Strategy, aligned to the council's Strategic Plan, "
                        "for approval alongside the 2026/27 audit plan.",
                 "Chief Internal Auditor", "Q4 2025/26", "", "On track",
                 "Draft shared with the Chief Executive's Direct Reports in November."),
            ]),
            ("Recommendation 4 (Standard 10.3): Make better use of data analytics and technology in audit work.", [
                ("4.1", "Procure a data analytics tool and train two auditors to use it on the payroll and "
                        "creditors audits.",
                 "Audit Manager (IT & Data)", "Jun-25", "Dec 2025", "Delayed",
                 "Procurement paused pending the corporate ICT review; revised date agreed by the Committee."),
                ("4.2", "Pilot continuous monitoring of duplicate payments using the analytics tool and report "
                        "the results quarterly.",
                 "Audit Manager (IT & Data)", "Mar-26", "", "Not started", "Dependent on 4.1."),
            ]),
            ("Recommendation 5 (Standard 12.1): Introduce a quality assurance and improvement programme that "
             "includes periodic self-assessment.", [
                ("5.1", "Introduce a post-audit file review checklist, completed by a manager independent of the "
                        "engagement, for every assurance audit.",
                 "Principal Auditor (Quality)", "Apr-25", "", "Complete", "Checklist in use from April 2025."),
                ("5.2", "Report QAIP results, including key performance indicators, to the Audit & Governance "
                        "Committee in the Chief Internal Auditor's annual report.",
                 "Chief Internal Auditor", "Jul-25", "", "Complete", "Included in the 2024/25 annual report."),
            ]),
        ]),
        ("Domain V: Performing Internal Audit Services", [
            ("Recommendation 6 (Standard 15.2): Agree management actions with clearer owners and dates, and "
             "track implementation through to closure.", [
                ("6.1", "Configure the audit management system to send automated reminders to action owners "
                        "30 days before the agreed date.\nEscalate overdue high-priority actions to the relevant "
                        "Executive Director.",
                 "Audit Manager; Business Support Officer (Audit)", "Dec-25", "", "On track",
                 "Reminders switched on in October; escalation protocol drafted."),
            ]),
        ]),
    ]
    r = 7
    for domain, recs in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        put(ws, r, 1, domain, bold=True, bg=GREY)
        r += 1
        for rec, acts in recs:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            put(ws, r, 1, rec, bold=True, bg=PALE)
            ws.row_dimensions[r].height = 32
            r += 1
            for ref, action, lead, orig, rev, status, note in acts:
                for j, v in enumerate([ref, action, lead, orig, rev or None], start=1):
                    put(ws, r, j, v)
                put(ws, r, 6, status, bg=status_fill[status])
                put(ws, r, 7, note)
                r += 1
    widths(ws, [8, 60, 30, 14, 14, 12, 45])

    cs = wb.create_sheet("Conformance summary")
    cs["A1"] = "EQA conformance summary by domain"
    cs["A1"].font = Font(bold=True)
    rows = [
        ("Domain", "Standards", "Generally conforms", "Partially conforms", "Does not conform"),
        ("II: Ethics and Professionalism", 13, 13, 0, 0),
        ("III: Governing the Internal Audit Function", 9, 7, 2, 0),
        ("IV: Managing the Internal Audit Function", 16, 13, 3, 0),
        ("V: Performing Internal Audit Services", 14, 13, 1, 0),
        ("Total", 52, 46, 6, 0),
    ]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            put(cs, 3 + i, 1 + j, v, bold=(i == 0 or i == len(rows) - 1), bg=(GREY if i == 0 else None))
    widths(cs, [44, 12, 18, 18, 18])
    wb.save(os.path.join(HERE, "kw2-oxfordshire-county-council-internal-audit-eqa-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. South Wales Fire and Rescue Service - culture review tracker (xlsx)
# ---------------------------------------------------------------------------
def swfrs():
    rag_fill = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "South Wales Fire and Rescue Service – Independent Culture Review: Recommendations Tracker"
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "Update for the Commissioners, March 2025"
    hdr = ["Theme", "Actions", "Complete (B)", "Green", "Amber", "Red"]
    for j, h in enumerate(hdr, start=1):
        put(sm, 4, j, h, bold=True, bg=GREY)
    srows = [
        ("Theme 1: Leadership and governance", 3, 1, 1, 1, 0),
        ("Theme 2: Inclusion, bullying and harassment", 4, 1, 1, 1, 1),
        ("Theme 3: Complaints, grievances and discipline", 3, 2, 0, 1, 0),
        ("Total", 10, 4, 2, 3, 1),
    ]
    for i, row in enumerate(srows):
        for j, v in enumerate(row):
            put(sm, 5 + i, 1 + j, v, bold=(row[0] == "Total"))
    sm["A11"] = "RAG definitions"
    sm["A11"].font = Font(bold=True)
    for i, (k, text) in enumerate([("B", "Complete – evidence of implementation provided"),
                                   ("G", "On track"),
                                   ("A", "Some slippage – recovery in hand"),
                                   ("R", "Significant slippage – Commissioner attention required")]):
        put(sm, 12 + i, 1, k, bg=rag_fill[k])
        put(sm, 12 + i, 2, text)
    widths(sm, [48, 10, 14, 10, 10, 10])

    sheets = [
        ("Leadership", "Theme 1: Leadership and governance", [
            ("Recommendation 1: The Service should establish a clear set of values and expected behaviours, "
             "developed with staff, and embed them in recruitment, promotion and appraisal.", [
                ("1.1", "Co-produce the Service values and behaviours framework with staff focus groups and "
                        "the representative bodies.", "Head of People Services", d(30, 9, 2024), "A", "B",
                 "Framework launched October 2024."),
                ("1.2", "Build the values into promotion assessment centres and the annual Personal Development "
                        "Review form.", "Head of People Services / Head of Training and Development",
                 d(31, 3, 2025), "G", "A",
                 "PDR form updated; assessment centre redesign slipped to Q1 2025/26."),
            ]),
            ("Recommendation 2: Senior leaders should be visible and accessible, with a structured programme of "
             "station visits and feedback to staff.", [
                ("2.1", "Publish a quarterly Strategic Leadership Team station engagement schedule and report "
                        "attendance to the Commissioners.", "Chief Fire Officer", "Quarterly", "G", "G",
                 "Q4 schedule published; 41 of 47 stations visited."),
            ]),
        ]),
        ("Behaviours", "Theme 2: Inclusion, bullying and harassment", [
            ("Recommendation 7: All staff should receive training on sexual harassment, misogyny and bystander "
             "intervention, refreshed every two years.", [
                ("7.1", "Commission and deliver face-to-face Upstander training for all operational and support "
                        "staff.", "Head of Training and Development", d(31, 12, 2025), "A", "G",
                 "58% of staff trained."),
                ("7.2", "Add a mandatory e-learning refresher to the learning management system, with completion "
                        "monitored monthly.", "Learning and Development Manager", d(30, 6, 2025), "G", "B",
                 "Module live; completion reported to SLT monthly."),
                ("7.3", "Provide additional training for managers on handling disclosures and signposting to "
                        "support services.",
                 "Head of Training and Development; Equality, Diversity and Inclusion Manager",
                 d(31, 3, 2026), "A", "A", "Provider being procured."),
            ]),
            ("Recommendation 9: The Service should monitor and publish workforce diversity data, including by "
             "station and watch.", [
                ("9.1", "Publish an annual Workforce Equality Report including station-level data where numbers "
                        "allow.", "Equality, Diversity and Inclusion Manager", d(31, 7, 2025), "R", "R",
                 "Data cleansing of the HR system not complete; report deferred."),
            ]),
        ]),
        ("Complaints", "Theme 3: Complaints, grievances and discipline", [
            ("Recommendation 12: Complaints and grievances about bullying and harassment should be investigated "
             "independently of the line management chain.", [
                ("12.1", "Appoint an external provider to investigate all grievances and disciplinary cases "
                         "involving allegations of bullying, harassment or discrimination.",
                 "Head of Corporate Support", d(31, 5, 2024), "B", "B", "Contract awarded May 2024."),
                ("12.2", "Introduce a confidential reporting line operated by an independent organisation, "
                         "available 24/7.", "Head of Corporate Support", d(30, 9, 2024), "G", "B",
                 "Line live from 2 September 2024."),
            ]),
            ("Recommendation 14: Time limits for completing investigations should be set and monitored, with "
             "regular updates to all parties.", [
                ("14.1", "Set a 60-working-day target for investigations and report compliance monthly to the "
                         "Commissioners.", "Head of People Services", "TBC", "A", "A",
                 "Target subject to consultation with the representative bodies."),
            ]),
        ]),
    ]
    hdr = ["Recommendation", "Ref", "Action", "Action owner", "Due", "Previous RAG", "Current RAG", "Progress"]
    for name, theme, recs in sheets:
        ws = wb.create_sheet(name)
        ws["A1"] = theme
        ws["A1"].font = Font(bold=True, size=12)
        for j, h in enumerate(hdr, start=1):
            put(ws, 3, j, h, bold=True, bg=GREY)
        r = 4
        for rec, acts in recs:
            first = r
            for ref, action, owner, due, prev, cur, prog in acts:
                put(ws, r, 2, ref)
                put(ws, r, 3, action)
                put(ws, r, 4, owner)
                put(ws, r, 5, due, fmt="dd/mm/yyyy" if isinstance(due, datetime) else None)
                put(ws, r, 6, prev, bg=rag_fill[prev])
                put(ws, r, 7, cur, bg=rag_fill[cur])
                put(ws, r, 8, prog)
                r += 1
            put(ws, first, 1, rec)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        widths(ws, [45, 7, 50, 32, 12, 10, 10, 40])
    wb.save(os.path.join(HERE,
                         "kw2-south-wales-fire-rescue-service-independent-culture-review-recommendations-tracker.xlsx"))


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


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def header_row(table, labels):
    for j, lab in enumerate(labels):
        c = table.rows[0].cells[j]
        set_cell(c, lab, bold=True)
        shade(c, GREY)


# ---------------------------------------------------------------------------
# 4. Strathclyde Partnership for Transport - annual audit report action plan (docx)
# ---------------------------------------------------------------------------
def spt():
    doc = docx.Document()
    doc.add_heading("Strathclyde Partnership for Transport – 2023/24 Annual Audit Report Action Plan: "
                    "Progress Update", level=0)
    doc.add_paragraph("Audit and Standards Committee, 14 March 2025")
    doc.add_paragraph("Report by the Director of Finance and HR")

    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Prepared by"])
    for i, row in enumerate([("1.0", "28/02/2025", "Finance and HR – Governance Team"),
                             ("1.1", "05/03/2025", "Reviewed by the Director of Finance and HR")], start=1):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v)

    doc.add_paragraph(
        "The external auditor’s 2023/24 Annual Audit Report (October 2024) made four new recommendations and "
        "followed up three recommendations from 2022/23. This appendix sets out the agreed management actions "
        "and progress at 28 February 2025.")

    doc.add_heading("Part 1 – 2023/24 recommendations", level=2)
    cols = ["No.", "Recommendation", "Agreed management action", "Responsible officer", "Agreed date",
            "Progress at February 2025", "RAG"]
    part1 = [
        ("1", "SPT should update its medium-term financial plan to set out how the projected funding gap of "
              "£6.2 million by 2027/28 will be addressed, including the planned use of reserves.",
         "A refreshed Medium-Term Financial Plan covering 2025/26 to 2029/30 will be presented to the Partnership "
         "alongside the 2025/26 budget, with savings options identified.",
         "Director of Finance and HR", "March 2025", "MTFP on the Partnership agenda for 21 March 2025.", "Green"),
        ("2a", "Management should review the governance arrangements for the Subway Modernisation programme, "
               "including the frequency and content of reporting to members.",
         "Programme reporting to the Strategy and Programmes Committee will move to a standard quarterly highlight "
         "report covering cost, schedule and risk.",
         "Director of Subway", "31 December 2024", "Implemented from the December 2024 committee cycle.",
         "Complete"),
        ("2b", None,
         "An independent gateway review of the rolling stock and signalling contract will be commissioned.",
         "Director of Subway / Chief Executive", "Q4 2024/25",
         "Gateway review commissioned; fieldwork begins in March 2025.", "Amber"),
        ("3", "SPT should strengthen controls over changes to supplier bank details, including independent "
              "verification of all requests.",
         "All requests to change supplier bank details will be verified by a call-back to a known contact and "
         "approved by a second officer before processing.",
         "Finance Manager (Transactional Services)", "30 November 2024",
         "Procedure in place; internal audit testing confirmed it operating in January 2025.", "Complete"),
        ("4", "The Annual Governance Statement should be supported by written assurance statements from each "
              "Director.",
         "Director assurance statements will be introduced for the 2024/25 Annual Governance Statement.",
         "Secretary to the Partnership", "June 2025", "Template issued to Directors in February 2025.", "Green"),
    ]
    t1 = doc.add_table(rows=1 + len(part1), cols=len(cols))
    t1.style = "Table Grid"
    header_row(t1, cols)
    for i, row in enumerate(part1, start=1):
        cells = t1.rows[i].cells
        for j, v in enumerate(row):
            if v is not None:
                set_cell(cells[j], v)
    # recommendation 2 spans the rows of actions 2a and 2b
    merged = t1.cell(2, 1).merge(t1.cell(3, 1))
    set_cell(merged, part1[1][1])

    doc.add_heading("Part 2 – Follow-up of 2022/23 recommendations", level=2)
    cols2 = ["Ref", "Recommendation (2022/23)", "Agreed management action", "Responsible officer",
             "Original date", "Revised date", "Progress at February 2025", "RAG"]
    part2 = [
        ("b/f 1", "SPT should develop a workforce plan that addresses the age profile of the Subway operational "
                  "workforce.",
         "A Strategic Workforce Plan 2024–2029 will be developed and approved by the Personnel Committee.",
         "Director of Finance and HR", "March 2024", "June 2025",
         "Draft delayed by the job evaluation exercise; now scheduled for the June 2025 Personnel Committee.",
         "Amber"),
        ("b/f 2", "SPT should review its fixed asset register to ensure that fully depreciated assets no longer "
                  "in use are removed.",
         "A full review of the asset register will be completed before the 2023/24 accounts are prepared.",
         "Chief Accountant", "May 2024", "", "Asset register reviewed and 312 obsolete assets removed.",
         "Complete"),
        ("b/f 3", "The cyber security incident response plan should be tested through an annual exercise.",
         "An incident response exercise will be held using the National Cyber Security Centre’s Exercise in a "
         "Box toolkit.",
         "Senior Manager – ICT", "September 2024", "January 2025",
         "Exercise postponed twice because of the ICT infrastructure migration; not yet held.", "Red"),
    ]
    t2 = doc.add_table(rows=1 + len(part2), cols=len(cols2))
    t2.style = "Table Grid"
    header_row(t2, cols2)
    for i, row in enumerate(part2, start=1):
        for j, v in enumerate(row):
            set_cell(t2.rows[i].cells[j], v)

    doc.add_paragraph("")
    doc.add_paragraph("RAG key")
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (a, b) in enumerate([("Complete", "Action fully implemented"),
                                ("Green", "On track to meet the agreed date"),
                                ("Amber", "Some slippage; revised date proposed"),
                                ("Red", "Agreed date missed or action not progressing")]):
        set_cell(k.rows[i].cells[0], a, bold=True)
        set_cell(k.rows[i].cells[1], b)
    doc.save(os.path.join(HERE,
                          "kw2-strathclyde-partnership-for-transport-annual-audit-report-2023-24-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Torfaen Pupil Referral Unit - Estyn post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def torfaen_pru():
    doc = docx.Document()
    doc.add_heading("Torfaen Pupil Referral Unit – Post-inspection Action Plan", level=0)
    doc.add_paragraph("Estyn core inspection: 12–14 March 2024. Report published: 15 May 2024.")
    doc.add_paragraph("Prepared by the Teacher in Charge with the Management Committee and the Torfaen County "
                      "Borough Council Education Service.")
    doc.add_paragraph("Approved by the Management Committee: 10 July 2024. Progress reviewed: June 2025.")

    doc.add_paragraph("Key to progress shading")
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (col, text) in enumerate([(BLUE, "Completed"), (GREEN, "On track"),
                                     (AMBER, "Some delay – action being taken"),
                                     (RED, "Not on track – escalated to the Management Committee")]):
        shade(key.rows[i].cells[0], col)
        set_cell(key.rows[i].cells[1], text)

    cols = ["No.", "Action", "Success criteria", "Lead", "Timescale", "Monitoring", "Progress"]
    recs = [
        ("Recommendation 1: Improve pupils’ attendance, particularly at Key Stage 4", [
            ("1.1", "Introduce first-day response calls and home visits by the Education Welfare Officer for any "
                    "pupil absent without reason.",
             "Attendance at KS4 rises from 58% to at least 70% by July 2025.",
             "Attendance and Wellbeing Lead", "Autumn term 2024", "Management Committee – termly", GREEN),
            ("1.2", "Agree individual reintegration and attendance plans with parents and the home school for "
                    "every pupil below 50% attendance.",
             "All pupils below 50% attendance have a plan reviewed every six weeks.",
             "Teacher in Charge; Education Welfare Officer", "Spring term 2025", "LA Challenge Adviser", BLUE),
        ]),
        ("Recommendation 2: Strengthen the teaching of literacy and numeracy so that pupils make consistent "
         "progress from their starting points", [
            ("2.1", "Baseline every pupil’s reading age on entry using standardised tests and share the results "
                    "with all staff within two weeks of admission.",
             "100% of pupils have a reading age recorded within two weeks of admission.",
             "Literacy Lead", "September 2024", "Teacher in Charge – half-termly", BLUE),
            ("2.2", "Provide professional learning for all teaching staff on developing reading across the "
                    "curriculum, with follow-up lesson observations.",
             "Lesson observations show planned reading opportunities in most lessons.",
             "Deputy Teacher in Charge", "September 2024 – July 2025", "LA Challenge Adviser", GREEN),
            ("2.3", "Introduce a structured numeracy intervention for Key Stage 3 pupils working below expected "
                    "levels.",
             "Most pupils in the intervention make at least 12 months’ progress in a year.",
             "Numeracy Lead", "Summer term 2025", "Teacher in Charge – termly", AMBER),
        ]),
        ("Recommendation 3: Develop a broad curriculum that includes vocational pathways and prepares pupils for "
         "their next steps", [
            ("3.1", "Work with Coleg Gwent to establish a Year 11 vocational taster programme in construction, "
                    "hair and beauty, and hospitality.",
             "All Year 11 pupils follow at least one vocational course.",
             "Teacher in Charge", "By July 2025", "Management Committee – termly", RED),
            ("3.2", "Ensure every Year 11 pupil has a Careers Wales guidance interview and a named post-16 "
                    "destination.",
             "No Year 11 leaver without a confirmed destination.",
             "KS4 Coordinator", "Spring term 2025", "Deputy Teacher in Charge", BLUE),
        ]),
        ("Recommendation 4: Strengthen self-evaluation and the role of the management committee in holding "
         "leaders to account", [
            ("4.1", "Provide training for management committee members on their role, including scrutiny of "
                    "attendance and progress data.",
             "Minutes show members questioning data at every meeting.",
             "Chair of the Management Committee / Challenge Adviser", "Autumn term 2024",
             "Local authority – Head of Inclusion", BLUE),
            ("4.2", "Revise the self-evaluation calendar so that first-hand evidence (book scrutiny, learning "
                    "walks, pupil voice) informs termly reports to the committee.",
             "Termly reports to the committee draw on first-hand evidence.",
             "Teacher in Charge", "Termly", "Management Committee", GREEN),
        ]),
    ]
    for heading, acts in recs:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1 + len(acts), cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols)
        for i, (no, action, crit, lead, when, mon, col) in enumerate(acts, start=1):
            cells = t.rows[i].cells
            for j, v in enumerate([no, action, crit, lead, when, mon]):
                set_cell(cells[j], v)
            shade(cells[6], col)

    doc.add_paragraph("")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    header_row(s, ["Signed", "Role", "Date"])
    for j, v in enumerate(["", "Chair of the Management Committee", "10/07/2024"]):
        set_cell(s.rows[1].cells[j], v)
    doc.save(os.path.join(HERE, "kw2-torfaen-pupil-referral-unit-estyn-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Westminster City Council - RSH consumer standards housing improvement plan (csv, refuse)
# ---------------------------------------------------------------------------
def westminster():
    width = 8
    rows = [
        ["Westminster City Council – Housing Improvement Plan (Regulator of Social Housing consumer standards)"],
        ["Tracker export 03/11/2025 – position at end of October 2025"],
        [],
        ["Ref", "Consumer standard", "Issue identified", "Action", "Owner", "Target date", "RAG", "Commentary"],
        ["HIP-01", "Safety and Quality",
         "Gas, electrical, fire, water and lift safety compliance data held on separate systems",
         "Move all building safety compliance data into a single compliance system with weekly reporting to the "
         "Housing Leadership Team.", "Head of Building Safety and Compliance", "Jun-25", "B",
         "System live from June 2025."],
        ["HIP-02", "Safety and Quality",
         "Gas, electrical, fire, water and lift safety compliance data held on separate systems",
         "Complete outstanding Electrical Installation Condition Reports (EICRs) on the 1,480 homes without a "
         "current certificate.", "Head of Building Safety and Compliance", "Dec-25", "A",
         "612 completed; access issues on 300 homes."],
        ["HIP-03", "Safety and Quality", "Overdue fire risk assessment actions",
         "Clear the backlog of high-risk fire risk assessment actions, prioritising blocks over 18 metres.",
         "Fire Safety Manager", "0ct-25", "A", "Backlog down from 2,140 to 870."],
        ["HIP-04", "Safety and Quality", "No up-to-date stock condition survey",
         "Complete a 100% stock condition survey, including HHSRS assessments, through the appointed surveying "
         "partner.", "Asset Management Lead", "Mar-27", "G", "41% of homes surveyed."],
        ["HIP-05", "Safety and Quality", "Damp and mould cases not tracked to resolution",
         "Introduce a damp and mould case management process with inspection within 10 working days and a "
         "follow-up visit at 6 weeks.", "Repairs Service Manager / Damp and Mould Lead", "Sep-25", "G",
         "Process live; audit of first 200 cases under way."],
        ["HIP-06", "Transparency, Influence and Accountability",
         "Tenant Satisfaction Measures not used to inform service improvement",
         "Publish TSM results with a 'You said, we did' summary and discuss them at the Residents' Panel.",
         "Head of Resident Engagement", "Jul-25", "B", "Published July 2025."],
        ["HIP-07", "Transparency, Influence and Accountability",
         "Complaint handling does not meet Housing Ombudsman Code timescales",
         "Recruit two additional complaints officers and report stage 1 and stage 2 response times monthly.",
         "Complaints and Customer Insight Manager", "Nov-25", "A", "One post filled."],
        ["HIP-08", "Tenancy", "Data on tenants' diverse needs is incomplete",
         "Run a tenancy profiling exercise to collect vulnerability and accessibility information for all "
         "households.", "Tenancy Services Manager", "Mar-26", "G", "Profiling 38% complete."],
        ["HIP-09", "Neighbourhood and Community", "Estate standards inconsistent across the borough",
         "Introduce quarterly estate inspections with residents and publish the results by estate.",
         "Estate Services Manager", "Ongoing", "G", "Q2 inspections completed."],
        [],
        ["Key: B = complete, G = on track, A = at risk, R = off track"],
        ["Source: Housing Improvement Board tracker"],
    ]
    path = os.path.join(
        HERE, "kw2-westminster-city-council-rsh-consumer-standards-housing-improvement-plan-typo-month-refuse.csv")
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row + [""] * (width - len(row)))


# ---------------------------------------------------------------------------
# 7. Surrey County Council - corporate risk register Q3 2025/26 (tab-separated txt)
# ---------------------------------------------------------------------------
def surrey():
    lines = [
        "Surrey County Council",
        "Corporate Risk Register – Quarter 3 2025/26",
        "Position at 31 December 2025. Reported to the Audit and Governance Committee, 29 January 2026.",
        "",
    ]
    cols = ["Risk", "Risk owner", "Current score", "Ref", "Further mitigating action", "Action owner",
            "Target date", "Status", "Comment"]
    rows = [
        ["CRR01 Financial resilience: inability to set a balanced budget over the medium term",
         "Executive Director – Finance and Corporate Services", "16 (4x4)", "CRR01.1",
         "Deliver the 2026/27 efficiency programme of £48m and report progress monthly to CLT.",
         "Executive Director – Finance and Corporate Services", "March 2026", "Amber", "£31m rated deliverable."],
        ["", "", "", "CRR01.2",
         "Review the reserves strategy and earmarked reserves as part of the 2026/27 budget.",
         "Director of Finance (Corporate and Commercial)", "31/01/2026", "Green", ""],
        ["CRR04 Local government reorganisation: disruption to services and governance during the transition "
         "to new unitary councils", "Chief Executive", "20 (4x5)", "CRR04.1",
         "Establish the LGR programme office and a joint implementation board with the district and borough "
         "councils.", "Chief Executive", "Sept 2025", "Complete", "Board first met on 2 October 2025."],
        ["", "", "", "CRR04.2",
         "Agree a disaggregation approach for contracts, assets and data, and keep a register of key "
         "dependencies.", "LGR Programme Director / Director of Law and Governance", "Q4 2025/26", "Green", ""],
        ["CRR07 Cyber security: a successful cyber attack disrupts council services or results in data loss",
         "Director of IT & Digital", "15 (3x5)", "CRR07.1",
         "Complete the migration of the remaining on-premises servers to the cloud platform with immutable "
         "backups.", "Director of IT & Digital", "Jun-26", "Green", "Phase 2 of 3 complete."],
        ["", "", "", "CRR07.2", "Run a cyber incident exercise with CLT and Gold commanders.",
         "Chief Information Security Officer", "30/11/2025", "Red", "Exercise postponed; new date to be agreed."],
        ["CRR11 Adult social care market: insufficient capacity or provider failure in the care market",
         "Executive Director – Adults, Wellbeing and Health Partnerships", "12 (3x4)", "CRR11.1",
         "Implement the 2025–27 fee uplift and market sustainability plan agreed by Cabinet.",
         "Director of Commissioning (Adults)", "April 2025", "Complete", ""],
        ["", "", "", "CRR11.2",
         "Maintain the provider failure contingency plan and test it with one large home care provider each "
         "year.", "Director of Commissioning (Adults)", "Ongoing", "Green", ""],
        ["CRR15 Climate change and severe weather: flooding and heat events affect residents, highways and "
         "council property", "Executive Director – Environment, Property and Growth", "12 (4x3)", "CRR15.1",
         "Publish the Surrey Adaptation and Resilience Plan and agree priority flood alleviation schemes with "
         "the Environment Agency.", "Director of Environment; Head of Emergency Management", "31/03/2026",
         "Amber", "Delayed by the Environment Agency funding announcement."],
    ]
    out = lines + ["\t".join(cols)] + ["\t".join(r) for r in rows] + [
        "",
        "Summary: 9 further actions – 2 complete, 4 green, 2 amber, 1 red",
        "Status key: Complete = action implemented; Green = on track; Amber = at risk of missing target date; "
        "Red = target date missed",
        "Scores are likelihood x impact on a 5x5 matrix (residual, after current controls).",
    ]
    with open(os.path.join(HERE, "kw2-surrey-county-council-corporate-risk-register-q3-2025-26.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    newcastle()
    oxfordshire()
    swfrs()
    spt()
    torfaen_pru()
    westminster()
    surrey()
    print("built 7 files in", HERE)
