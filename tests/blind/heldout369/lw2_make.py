"""Build the seven lw2- test files (heldout369).

Run with: /work/main/.venv/bin/python lw2_make.py
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.date

FILL = {
    "blue": PatternFill("solid", fgColor="5B9BD5"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "band": PatternFill("solid", fgColor="1F3864"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="BDD7EE"),
    "pale": PatternFill("solid", fgColor="F2F2F2"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
WORD_FILL = {"Complete": "blue", "Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}


def p(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Peterborough City Council - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
PBORO_FILE = "lw2-peterborough-city-council-asc-cqc-assessment-improvement-plan.xlsx"
PBORO_TITLE = "Adult Social Care Improvement Plan – CQC Local Authority Assessment 2025/26"
# theme -> list of (quality statement, AFI, [actions])
# action: ref, action, lead, original, revised, progress, prev, current
PBORO = [
    ("Theme 1: Working with people", [
        ("Assessing needs",
         "People waited too long for Care Act assessments and reviews, and waiting lists were not consistently risk-rated.",
         [
             ("1.1", "Implement a single risk-rated waiting list tool across the Adult Locality Teams, with RAG screening of all new referrals within 5 working days.",
              "Head of Adult Social Care Operations", D(2025, 3, 31), D(2025, 6, 30),
              "Tool live in all three locality teams from 9 June 2025. Weekly waiting list report now goes to ASC Leadership Team.",
              "Amber", "Complete"),
             ("1.2", "Commission additional review capacity (4 FTE agency social workers for six months) to reduce the overdue annual review list to below 400.",
              "Head of Adult Social Care Operations / Principal Social Worker", D(2025, 9, 30), D(2025, 12, 31),
              "Two of four posts filled. Overdue reviews down from 912 to 655; recruitment to remaining posts slipped.",
              "Green", "Amber"),
         ]),
        ("Supporting people to live healthier lives",
         "Access to information and advice, including for people who do not use digital channels, was inconsistent.",
         [
             ("1.3", "Refresh the Adult Social Care pages of the council website and the printed ‘Your guide to care and support’ leaflet with Sun Network experts by experience.",
              "Sarah Jennings and Tom Okafor", D(2025, 10, 31), None,
              "Co-production workshops held in July and August. Draft content with Communications for sign-off.",
              "Green", "Green"),
         ]),
    ]),
    ("Theme 2: Providing support", [
        ("Care provision, integration and continuity",
         "There were gaps in the local market for people with complex needs, including nursing dementia care, which led to out-of-area placements.",
         [
             ("2.1", "Publish a refreshed Market Position Statement setting out the nursing dementia and complex needs capacity required to 2030.",
              "Head of Commissioning (Adults)", D(2025, 12, 31), None,
              "Provider engagement events complete. Demand modelling delayed by data quality issues in the brokerage system.",
              "Amber", "Amber"),
             ("2.2", "Agree a joint commissioning plan for nursing dementia beds with Cambridgeshire and Peterborough ICB.",
              "Head of Commissioning (Adults); ICB Director of Commissioning", "Q4 2025/26", None,
              "Joint working group established; first meeting 11 September 2025.",
              "Green", "Green"),
         ]),
        ("Partnerships and communities",
         "Unpaid carers told us they did not always feel recognised or supported, and the number of carers’ assessments was low.",
         [
             ("2.3", "Co-produce a new All-Age Carers Strategy 2026–2029 with carers and Caring Together.",
              "Lead Commissioner – Carers", D(2026, 3, 31), None,
              "Carers survey closed with 384 responses. Strategy drafting group meets monthly.",
              "Green", "Green"),
             ("2.4", "Introduce a carers’ assessment offer at the Adult Early Help front door, with a target of 600 carers’ assessments in 2025/26.",
              "Head of Adult Early Help", D(2025, 4, 30), D(2025, 9, 30),
              "Offer launched 1 September 2025; 212 carers’ assessments completed to date.",
              "Amber", "Complete"),
         ]),
    ]),
    ("Theme 3: Ensuring safety within the system", [
        ("Safeguarding",
         "Safeguarding concerns were not always triaged in a timely way, and feedback to referrers was inconsistent.",
         [
             ("3.1", "Review the safeguarding adults front door triage process and introduce a 24-hour screening standard for all concerns.",
              "Safeguarding Adults Manager", D(2025, 6, 30), None,
              "New triage process in place since May 2025; 94% of concerns screened within 24 hours in Q1.",
              "Green", "Complete"),
             ("3.2", "Introduce a quarterly safeguarding practice audit, reporting themes to the Cambridgeshire and Peterborough Safeguarding Adults Board.",
              "Principal Social Worker", "Quarterly", None,
              "First audit (20 cases) completed in July 2025; findings reported to SAB Quality and Effectiveness sub-group.",
              "Green", "Green"),
         ]),
    ]),
    ("Theme 4: Leadership", [
        ("Governance, management and sustainability",
         "Performance information was not used consistently to drive improvement, and the Adult Social Care workforce strategy was out of date.",
         [
             ("4.1", "Launch an Adult Social Care performance dashboard (Power BI), reviewed monthly at ASC Leadership Team.",
              "Assistant Director – Quality and Performance", D(2025, 8, 31), D(2026, 1, 31),
              "Dashboard build delayed by the move to the new case management system. Interim Excel report in use.",
              "Red", "Amber"),
             ("4.2", "Refresh the Adult Social Care Workforce Strategy, including a ‘grow our own’ social work apprenticeship pathway.",
              "HR Business Partner (Adults) & Principal Social Worker", D(2026, 3, 31), None,
              "Not yet started – scheduled to begin January 2026.",
              None, None),
         ]),
    ]),
]


def build_peterborough():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = PBORO_TITLE
    cov["A1"].font = Font(bold=True, size=16, color="1F3864")
    cov["A2"] = "Peterborough City Council – Adults and Health Directorate"
    cov["A2"].font = Font(size=12)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [
        ("Version", "3.2"),
        ("Status", "Position as at 30 September 2025"),
        ("Plan owner", "Executive Director of Adult Social Care and Commissioning"),
        ("Governance", "ASC Improvement Board (monthly); Adults and Communities Scrutiny Committee (quarterly)"),
        ("Next review", "December 2025"),
    ]
    r = 5
    for k, v in rows:
        cov.cell(r, 1, k).font = Font(bold=True)
        cov.cell(r, 2, v)
        for c in (1, 2):
            cov.cell(r, c).border = BOX
        r += 1
    r += 1
    cov.cell(r, 1, "RAG key").font = Font(bold=True)
    r += 1
    for word, meaning in [("Complete", "Action delivered and evidenced"),
                          ("Green", "On track to deliver by target date"),
                          ("Amber", "Some slippage – recoverable with current resources"),
                          ("Red", "Off track – escalated to ASC Improvement Board")]:
        cov.cell(r, 1, word).fill = FILL[WORD_FILL[word]]
        cov.cell(r, 2, meaning)
        r += 1
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 80

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of current RAG by theme"
    summ["A1"].font = Font(bold=True, size=13)
    hdr = ["Theme", "Complete", "Green", "Amber", "Red", "Not rated", "Total"]
    for i, h in enumerate(hdr, 1):
        c = summ.cell(3, i, h)
        c.font = Font(bold=True)
        c.fill = FILL["head"]
        c.border = BOX
    r = 4
    totals = [0] * 6
    for theme, qs in PBORO:
        counts = {"Complete": 0, "Green": 0, "Amber": 0, "Red": 0, None: 0}
        for _, _, acts in qs:
            for a in acts:
                counts[a[7]] += 1
        vals = [counts["Complete"], counts["Green"], counts["Amber"], counts["Red"], counts[None]]
        vals.append(sum(vals))
        summ.cell(r, 1, theme).border = BOX
        for i, v in enumerate(vals):
            summ.cell(r, 2 + i, v).border = BOX
            totals[i] += v
        r += 1
    summ.cell(r, 1, "Total").font = Font(bold=True)
    for i, v in enumerate(totals):
        summ.cell(r, 2 + i, v).font = Font(bold=True)
    summ.column_dimensions["A"].width = 45

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = PBORO_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress position as at 30 September 2025 – for ASC Improvement Board, 14 October 2025"
    ws["A2"].font = Font(italic=True)
    headers = ["Ref", "Quality statement", "CQC area for improvement", "Action", "Lead officer(s)",
               "Original target date", "Revised target date", "Progress update (September 2025)",
               "Previous RAG", "Current RAG"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True)
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for theme, qs in PBORO:
        ws.cell(r, 1, theme)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(r, 1).font = Font(bold=True, color="FFFFFF")
        ws.cell(r, 1).fill = FILL["band"]
        r += 1
        for qs_name, afi, acts in qs:
            first = r
            for (ref, act, lead, orig, rev, prog, prev, cur) in acts:
                ws.cell(r, 1, ref)
                ws.cell(r, 4, act)
                ws.cell(r, 5, lead)
                c = ws.cell(r, 6, orig)
                if isinstance(orig, dt.date):
                    c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c = ws.cell(r, 7, rev)
                    c.number_format = "dd/mm/yyyy"
                ws.cell(r, 8, prog)
                if prev:
                    ws.cell(r, 9, prev).fill = FILL[WORD_FILL[prev]]
                if cur:
                    ws.cell(r, 10, cur).fill = FILL[WORD_FILL[cur]]
                for col in range(1, 11):
                    ws.cell(r, col).alignment = WRAP
                    ws.cell(r, col).border = BOX
                r += 1
            ws.cell(first, 2, qs_name)
            ws.cell(first, 3, afi)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(r, 1, "Note: revised target dates were agreed by the ASC Improvement Board on 16 July 2025. "
                  "Actions rated Complete will be removed from the plan after the next Scrutiny report.")
    ws.cell(r, 1).font = Font(italic=True, size=9)
    widths = [7, 22, 40, 55, 30, 14, 14, 50, 11, 11]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(p(PBORO_FILE))


# ---------------------------------------------------------------------------
# 2. Northumberland Fire and Rescue Service - HMICFRS AFI improvement plan (xlsx)
# ---------------------------------------------------------------------------
NFRS_FILE = "lw2-northumberland-fire-rescue-service-hmicfrs-afi-improvement-plan.xlsx"
NFRS_TITLE = "HMICFRS Inspection 2023–25: Areas for Improvement – Service Improvement Plan"
# pillar -> [(afi heading, [(ref, action, owner, date, colour, update)])]
NFRS = [
    ("Effectiveness", [
        ("AFI 1: The service should make sure it has an effective quality assurance process, so that staff carry out safe and well visits to an appropriate standard.", [
            ("1.1", "Introduce a quality assurance framework for safe and well visits, including a 5% dip-sample of completed visits each quarter.",
             "Group Manager – Prevention", D(2025, 3, 31), "blue",
             "QA framework approved at SLT 12/03/2025. Q1 and Q2 dip-samples completed."),
            ("1.2", "Deliver refresher safe and well training to all wholetime and on-call watches.",
             "Station Manager – Community Safety", D(2025, 9, 30), "amber",
             "62% of watches trained. On-call sessions continue on drill nights to December."),
        ]),
        ("AFI 2: The service should make sure it has an effective system in place to gather and record relevant and up-to-date risk information to help protect firefighters, the public and property during an emergency.", [
            ("2.1", "Complete the backlog of site-specific risk information (SSRI) reviews for level 3 and level 4 premises.",
             "Group Manager – Operational Risk", D(2025, 12, 31), "red",
             "Backlog stands at 41 premises. Recovery plan to SLT in February 2026."),
            ("2.2", "Replace the mobile data terminal risk information viewer with the regional Resilience Direct mapping layer.",
             "Head of ICT (Northumberland County Council) / Group Manager – Operational Risk", D(2026, 6, 30), "green",
             "Procurement complete; testing on two pumping appliances from March 2026."),
        ]),
    ]),
    ("Efficiency", [
        ("AFI 3: The service should make sure it effectively monitors, reviews and evaluates the benefits and outcomes of any collaborations.", [
            ("3.1", "Create a collaboration register recording the aims, costs and benefits of each collaboration with Northumbria Police and North East Ambulance Service.",
             "Area Manager – Service Delivery", D(2025, 7, 31), "blue",
             "Register in place and reviewed at the Collaboration Board."),
            ("3.2", "Report an annual evaluation of collaboration outcomes to the Communities and Place Overview and Scrutiny Committee.",
             "Area Manager – Service Delivery", D(2026, 3, 31), "green",
             "Evaluation template agreed; first report scheduled for March 2026."),
        ]),
    ]),
    ("People", [
        ("AFI 4: The service should make sure it has robust processes to identify, develop and support high-potential staff and aspiring leaders.", [
            ("4.1", "Launch a leadership development pathway aligned to the NFCC Leadership Framework for supervisory and middle managers.",
             "Area Manager – People and Organisational Development", D(2025, 9, 30), "amber",
             "Pathway designed; launch moved to January 2026 to align with the promotion process."),
            ("4.2", "Introduce a talent management process, including an open expression of interest scheme for development opportunities.",
             "Area Manager – People and Organisational Development; HR Business Partner (Fire)", D(2026, 3, 31), None,
             "Not started – follows launch of the leadership pathway."),
        ]),
        ("AFI 5: The service should improve the way it collects equality data to better understand its workforce demographics and needs.", [
            ("5.1", "Run an equality data declaration campaign through the HR system self-service portal.",
             "Equality, Diversity and Inclusion Officer", D(2025, 10, 31), "blue",
             "Campaign ran September–October 2025. Declaration rate up from 58% to 81%."),
            ("5.2", "Publish an annual workforce equality report to the Communities and Place Overview and Scrutiny Committee.",
             "HR Business Partner (Fire)", "Annually (June)", "green",
             "2025 report presented in June 2025; next due June 2026."),
        ]),
    ]),
]


def build_northumberland():
    wb = Workbook()
    key = wb.active
    key.title = "Key & Summary"
    key["A1"] = "Northumberland Fire and Rescue Service"
    key["A1"].font = Font(bold=True, size=14, color="C00000")
    key["A2"] = "Improvement plan status key"
    key["A2"].font = Font(bold=True)
    items = [("blue", "Complete – action delivered and evidence held"),
             ("green", "On track"),
             ("amber", "At risk – action being taken to recover"),
             ("red", "Off track – escalated to Service Leadership Team"),
             (None, "No colour – not yet started")]
    r = 3
    for colour, text in items:
        if colour:
            key.cell(r, 1).fill = FILL[colour]
        key.cell(r, 1).border = BOX
        key.cell(r, 2, text)
        r += 1
    r += 1
    key.cell(r, 1, "Summary").font = Font(bold=True)
    r += 1
    counts = {}
    for _, afis in NFRS:
        for _, acts in afis:
            for a in acts:
                counts[a[4]] = counts.get(a[4], 0) + 1
    for label, colour in [("Complete", "blue"), ("On track", "green"), ("At risk", "amber"),
                          ("Off track", "red"), ("Not started", None)]:
        key.cell(r, 1, label)
        key.cell(r, 2, counts.get(colour, 0))
        r += 1
    key.cell(r, 1, "Total actions").font = Font(bold=True)
    key.cell(r, 2, sum(counts.values())).font = Font(bold=True)
    key.column_dimensions["A"].width = 16
    key.column_dimensions["B"].width = 55

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Northumberland Fire and Rescue Service"
    ws["A1"].font = Font(bold=True, size=12, color="C00000")
    ws["A2"] = NFRS_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:F2")
    ws["A3"] = "Progress update for Communities and Place Overview and Scrutiny Committee – January 2026"
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:F3")
    headers = ["AFI / Action No.", "Area for improvement / Action", "Action owner", "Target completion",
               "Status", "Evidence / update"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="C00000")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    for pillar, afis in NFRS:
        ws.cell(r, 1, pillar)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.cell(r, 1).font = Font(bold=True, size=12, color="FFFFFF")
        ws.cell(r, 1).fill = FILL["band"]
        r += 1
        for afi, acts in afis:
            ws.cell(r, 1, afi)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.cell(r, 1).font = Font(bold=True)
            ws.cell(r, 1).fill = FILL["grey"]
            ws.cell(r, 1).alignment = WRAP
            ws.row_dimensions[r].height = 32
            r += 1
            for ref, act, owner, date, colour, upd in acts:
                ws.cell(r, 1, ref)
                ws.cell(r, 2, act)
                ws.cell(r, 3, owner)
                c = ws.cell(r, 4, date)
                if isinstance(date, dt.date):
                    c.number_format = "mmm-yy"
                if colour:
                    ws.cell(r, 5).fill = FILL[colour]
                ws.cell(r, 6, upd)
                for col in range(1, 7):
                    ws.cell(r, col).alignment = WRAP
                    ws.cell(r, col).border = BOX
                r += 1
    r += 1
    ws.cell(r, 1, "Status colours are explained on the ‘Key & Summary’ sheet.").font = Font(italic=True, size=9)
    for col, w in zip("ABCDEF", [10, 60, 34, 12, 9, 50]):
        ws.column_dimensions[col].width = w
    wb.save(p(NFRS_FILE))


# ---------------------------------------------------------------------------
# 3. Linc Cymru - regulatory judgement improvement plan (docx)
# ---------------------------------------------------------------------------
LINC_FILE = "lw2-linc-cymru-housing-regulatory-judgement-improvement-plan.docx"
LINC_TITLE = "Regulatory Judgement Improvement Plan 2025–2026"
LINC = [
    ("Standard 1: Leadership and governance",
     "The Board needs to strengthen its oversight of landlord health and safety compliance and the assurance it receives on key risks.",
     [
         ("1.1", "Commission an independent review of Board effectiveness, including skills, succession and committee structure.",
          "Company Secretary", "March 2025",
          "Independent review completed; report and recommendations considered by the Board on 27 March 2025.", "C"),
         ("1.2", "Introduce a quarterly landlord compliance assurance report to the Audit & Risk Committee covering the ‘Big 6’ safety areas.",
          "Director of Assets & Sustainability", "June 2025",
          "First report presented in June 2025 and now a standing item.", "C"),
         ("1.3", "Recruit two co-opted Board members with housing health and safety expertise.",
          "Chair of Governance & Remuneration Committee", "December 2025",
          "One appointment made in October 2025; second role re-advertised.", "A"),
     ]),
    ("Standard 3: Tenant voice and involvement",
     "The association could not show clearly how tenants’ views influence decisions at Board level.",
     [
         ("3.1", "Establish a Tenant Scrutiny Panel with a published annual work programme.",
          "Head of Customer Engagement", "September 2025",
          "Panel of nine tenants in place; first scrutiny review (repairs communication) under way.", "C"),
         ("3.2", "Publish a ‘You said, we did’ report to tenants twice a year, signed off by the Board.",
          "Head of Customer Engagement / Communications Manager", "Six-monthly",
          "First report published in the autumn tenant newsletter.", "G"),
     ]),
    ("Standard 7: Homes and health and safety",
     "Stock condition data was incomplete for around 30% of homes, and damp and mould cases were not consistently tracked to resolution.",
     [
         ("7.1", "Complete stock condition surveys for the remaining 2,900 homes.",
          "Director of Assets & Sustainability", "31/03/2026",
          "1,740 surveys completed (60%). Contractor on programme.", "G"),
         ("7.2", "Implement a damp and mould case management module in the housing management system, with a 10 working day inspection target.",
          "Head of Repairs; ICT Business Partner", "February 2026 (revised from October 2025)",
          "Supplier configuration delayed; user testing now planned for January 2026.", "A"),
         ("7.3", "Train all repairs operatives and housing officers in identifying and reporting damp and mould.",
          "Learning & Development Manager", "July 2025",
          "214 staff trained (100% of target group).", "C"),
     ]),
]


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    para = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            para = cell.add_paragraph()
        run = para.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def build_linc():
    doc = Document()
    doc.add_paragraph("Linc Cymru Housing Association", style="Subtitle")
    doc.add_paragraph(LINC_TITLE, style="Title")
    doc.add_paragraph(
        "This plan sets out the actions the Board has agreed in response to the Welsh Government "
        "regulatory judgement published in November 2024, which assessed the association as "
        "Governance (including tenant services): Compliant – Yellow, and Financial Viability: "
        "Compliant – Green. Progress is reported to every meeting of the Board and shared with the "
        "regulator at quarterly engagement meetings.")
    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Prepared by", "Approved by"]):
        set_cell(c, h, bold=True)
    for row in [("1.0", "12 December 2024", "Head of Governance", "Board, 18 December 2024"),
                ("1.4", "14 January 2026", "Head of Governance", "Board, 28 January 2026")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_paragraph("Improvement actions by regulatory standard (position at January 2026)", style="Heading 1")
    for heading, finding, acts in LINC:
        doc.add_paragraph(heading, style="Heading 2")
        fp = doc.add_paragraph()
        run = fp.add_run(finding)
        run.italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Accountable lead", "Completion date", "Progress", "RAG"]):
            set_cell(c, h, bold=True)
        for row in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                set_cell(c, v)
        doc.add_paragraph()
    doc.add_paragraph("RAG key", style="Heading 2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("C", "Complete"), ("G", "On track"), ("A", "Some risk to delivery"), ("R", "Off track")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph("Signed on behalf of the Board: Chair of the Board, 28 January 2026")
    doc.save(p(LINC_FILE))


# ---------------------------------------------------------------------------
# 4. East Ayrshire Council - annual audit report 2024/25 action plan (docx)
# ---------------------------------------------------------------------------
EAC_FILE = "lw2-east-ayrshire-council-annual-audit-report-2024-25-action-plan.docx"
EAC_TITLE = "East Ayrshire Council: 2024/25 Annual Audit Report – Action plan"
# (ref, issue title, issue text, risk, recommendation, [management action paras], officer, date text, update)
EAC_NEW = [
    ("1", "1. Financial sustainability",
     "The council has a cumulative budget gap of £38.6 million over the three years to 2027/28. Savings proposals identified to date cover around half of this gap.",
     "Risk: the council does not identify recurring savings in time and relies on reserves to balance its budget.",
     "The council should develop a medium-term financial plan that sets out how the full budget gap will be closed, with savings options linked to the transformation programme.",
     ["The Medium-Term Financial Plan will be updated for 2026/27 budget setting and will set out savings options for the full three-year gap."],
     "Head of Finance and ICT", "31 March 2026", None),
    ("2", "2. Transformation programme",
     "The transformation programme does not yet have clear baselines or benefits tracking for each project.",
     "Risk: the council cannot demonstrate the savings and service improvements that transformation projects deliver.",
     "Business cases for all transformation projects should include baseline data, expected benefits and a timetable for benefits realisation, reported to elected members.",
     ["A benefits realisation framework will be introduced for all transformation projects.",
      "Six-monthly benefits reports will be presented to Cabinet from autumn 2026."],
     "Chief Executive; Head of Finance and ICT", "30 September 2026", None),
    ("3", "3. Workforce planning",
     "Service workforce plans are not in place for all directorates, and the corporate workforce plan expired in 2024.",
     "Risk: the council is unable to plan for skills gaps and an ageing workforce.",
     "The council should approve a corporate workforce plan supported by service-level plans that identify skills gaps and succession risks.",
     ["A new Corporate Workforce Plan 2026–2029 will be presented to Cabinet, with service workforce plans completed for every directorate."],
     "Head of People and Culture", "31 December 2025", None),
    ("4", "4. Capital programme slippage",
     "Capital spend in 2024/25 was £31.2 million against a revised budget of £47.9 million (65%).",
     "Risk: capital budgets are not realistic, and slippage delays the delivery of priority projects.",
     "Capital budgets should be reprofiled to reflect realistic delivery timescales, and slippage should be reported to members quarterly.",
     ["Capital project profiles will be reviewed with project managers before the 2026/27 capital programme is approved, and quarterly monitoring will report slippage by project."],
     "Head of Facilities and Property Management", "31 March 2026", None),
    ("5", "5. Performance reporting",
     "Public performance reporting does not consistently include targets or comparisons with other councils.",
     "Risk: members and the public cannot judge whether the council is achieving Best Value.",
     "The council should set targets for its key performance indicators and include benchmarking data in its annual public performance report.",
     ["Targets will be set for all Council Plan indicators, and LGBF comparisons will be included in the 2025/26 Public Performance Report."],
     "Chief Governance Officer", "June 2026", None),
]
EAC_BF = [
    ("b/f 1", "b/f 1. Bank reconciliations",
     "Bank reconciliations were not completed monthly during 2023/24 and unreconciled items were not cleared promptly.",
     None,
     "Bank reconciliations should be completed and independently reviewed every month.",
     ["Monthly reconciliations will be completed and reviewed by the Finance Manager (Corporate), with unreconciled items cleared within one month."],
     "Head of Finance and ICT", "31 March 2025",
     "Complete. Monthly reconciliations were completed and reviewed throughout 2024/25."),
    ("b/f 2", "b/f 2. Fixed asset register",
     "The fixed asset register was not reconciled to the general ledger during the year.",
     None,
     "The fixed asset register should be reconciled to the general ledger at least quarterly.",
     ["Quarterly reconciliations of the fixed asset register to the ledger will be introduced."],
     "Chief Financial Officer", "30 June 2025",
     "Complete. Quarterly reconciliations have been in place since June 2025."),
]


def eac_issue_cell(cell, title, text, risk):
    cell.text = ""
    para = cell.paragraphs[0]
    r = para.add_run(title)
    r.bold = True
    r.font.size = Pt(9)
    q = cell.add_paragraph()
    q.add_run(text).font.size = Pt(9)
    if risk:
        q = cell.add_paragraph()
        q.add_run(risk).font.size = Pt(9)


def eac_action_cell(cell, paras, officer, date):
    cell.text = ""
    first = True
    for t in paras:
        para = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        para.add_run(t).font.size = Pt(9)
    q = cell.add_paragraph()
    q.add_run("Responsible officer: " + officer).font.size = Pt(9)
    q = cell.add_paragraph()
    q.add_run("Agreed date: " + date).font.size = Pt(9)


def build_east_ayrshire():
    doc = Document()
    doc.add_paragraph(EAC_TITLE, style="Title")
    doc.add_paragraph(
        "Appendix 1 to the report to the Governance and Scrutiny Committee, 27 November 2025. "
        "The recommendations below were made by Audit Scotland in the 2024/25 Annual Audit Report. "
        "Management responses and agreed dates have been provided by the responsible officers.")
    doc.add_paragraph("2024/25 recommendations", style="Heading 1")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Issue/risk", "Recommendation", "Agreed management action/timing"]):
        set_cell(c, h, bold=True)
    for ref, title, text, risk, rec, paras, officer, date, _ in EAC_NEW:
        cells = t.add_row().cells
        eac_issue_cell(cells[0], title, text, risk)
        set_cell(cells[1], rec)
        eac_action_cell(cells[2], paras, officer, date)
    doc.add_paragraph()
    doc.add_paragraph("Follow-up of prior year recommendations", style="Heading 1")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Issue/risk", "Recommendation", "Agreed management action/timing", "Update"]):
        set_cell(c, h, bold=True)
    for ref, title, text, risk, rec, paras, officer, date, upd in EAC_BF:
        cells = t.add_row().cells
        eac_issue_cell(cells[0], title, text, risk)
        set_cell(cells[1], rec)
        eac_action_cell(cells[2], paras, officer, date)
        set_cell(cells[3], upd)
    doc.add_paragraph()
    doc.add_paragraph("Audit Scotland, 4th Floor, 102 West Port, Edinburgh EH3 9DN").runs[0].font.size = Pt(8)
    doc.save(p(EAC_FILE))


# ---------------------------------------------------------------------------
# 5. West Devon BC - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
WDBC_FILE = "lw2-west-devon-bc-internal-audit-recommendations-tracker.csv"
WDBC_TITLE = "West Devon Borough Council - Internal Audit Recommendations Tracker"
WDBC_HEAD = ["Audit", "Year", "Assurance Opinion", "Rec No", "Priority", "Recommendation", "Agreed Action",
             "Action Owner", "Original Due Date", "Revised Due Date", "Status", "RAG", "Management Update"]
WDBC = [
    ("Council Tax & Business Rates", "2024/25", "Reasonable", "1", "Medium",
     "Single person discounts should be reviewed at least annually.",
     "Procure a data-matching exercise for single person discounts and review all flagged accounts.",
     "Revenues Manager", "31/03/2025", "30/09/2025", "Complete", "B",
     "Data-matching completed; 212 discounts removed."),
    ("Council Tax & Business Rates", "2024/25", "Reasonable", "2", "Low",
     "Items in the suspense account should be cleared within one month.",
     "Introduce a weekly suspense account check and escalate items older than 30 days to the Revenues Manager.",
     "Revenues Team Leader", "30/06/2025", "", "In progress", "A",
     "Weekly check in place; historic items from 2023 still being cleared."),
    ("Housing Benefit Overpayments", "2024/25", "Limited", "1", "High",
     "Recovery of housing benefit overpayments should be actively pursued and monitored.",
     "Produce a monthly aged debt report for housing benefit overpayments and agree write-off thresholds with the S151 Officer.",
     "Head of Revenues & Benefits; Section 151 Officer", "31/07/2025", "31/12/2025", "In progress", "A",
     "Aged debt report produced from September. Write-off thresholds to be agreed in December."),
    ("Cyber Security", "2024/25", "Limited", "1", "High",
     "Multi-factor authentication should be enforced for all remote access.",
     "Enforce multi-factor authentication on all remote and cloud-hosted services, including the members' portal.",
     "Head of IT Practice", "30/04/2025", "", "Complete", "B",
     "MFA enforced for all users from 14 April 2025."),
    ("Cyber Security", "2024/25", "Limited", "2", "High",
     "Unsupported server operating systems should be patched or removed from the network.",
     "Complete the backlog of critical patches on legacy servers.\nDecommission the two Windows Server 2012 hosts once the planning system migration is complete.",
     "Head of IT Practice", "31/05/2025", "31/01/2026", "Overdue", "R",
     "Patching complete. Planning system migration delayed by supplier; hosts remain in use."),
    ("Cyber Security", "2024/25", "Limited", "3", "Medium",
     "All staff and members should complete cyber security awareness training.",
     "Deliver mandatory cyber awareness e-learning to all staff and members, with completion rates reported to the Audit and Governance Committee.",
     "Head of IT Practice / HR Lead Specialist", "31/12/2025", "", "In progress", "G",
     "Module live on the learning platform; 71% of staff and 45% of members completed."),
    ("Procurement & Contract Management", "2025/26", "Reasonable", "1", "Medium",
     "The contracts register should be complete and published quarterly.",
     "Reconcile the contracts register to creditor payments over £5,000 and publish it quarterly on the council website.",
     "Procurement Manager", "31/03/2026", "", "Not yet due", "G",
     "First reconciliation completed October 2025."),
    ("Procurement & Contract Management", "2025/26", "Reasonable", "2", "Low",
     "Budget holders should be reminded of the Contract Procedure Rules.",
     "Issue refreshed Contract Procedure Rules guidance to all budget holders.",
     "Procurement Manager", "31/12/2025", "", "Not yet due", "",
     ""),
]


def build_west_devon():
    with open(p(WDBC_FILE), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow([WDBC_TITLE] + [""] * (len(WDBC_HEAD) - 1))
        w.writerow(["Prepared by Devon Assurance Partnership for the Audit and Governance Committee, 25 November 2025. Position as at 31/10/2025."]
                   + [""] * (len(WDBC_HEAD) - 1))
        w.writerow([""] * len(WDBC_HEAD))
        w.writerow(WDBC_HEAD)
        for row in WDBC:
            w.writerow(row)
        w.writerow([""] * len(WDBC_HEAD))
        w.writerow(["Total recommendations: 8", "", "", "", "", "Complete: 2", "Outstanding: 6", "", "", "", "",
                    "", ""])
        w.writerow(["RAG: B = complete; G = on track; A = behind schedule; R = overdue"] + [""] * (len(WDBC_HEAD) - 1))


# ---------------------------------------------------------------------------
# 6. East Devon DC - transformation programme highlight report (xlsx)
# ---------------------------------------------------------------------------
EDDC_FILE = "lw2-east-devon-dc-transformation-programme-highlight-report.xlsx"
EDDC_TITLE = "East Devon District Council Transformation Programme – Highlight Report, November 2025"
# sheet name, workstream, sro, lead, overall, [(ref, milestone, owner, baseline, forecast, rag, comment)], risks
EDDC = [
    ("WS1 Digital", "WS1 – Digital by Default", "Director of Finance", "Digital Services Manager", "Amber", [
        ("D1", "Launch the new customer account (My East Devon) with council tax and waste self-service.",
         "Digital Services Manager", D(2025, 9, 30), D(2025, 9, 30), "Blue",
         "Went live 22 September; 3,100 accounts registered."),
        ("D2", "Migrate the 12 highest-volume online forms to the new forms platform.",
         "Digital Services Manager & Web Team Lead", D(2025, 10, 31), D(2026, 1, 31), "Amber",
         "7 of 12 forms migrated. Integration with the waste system needs supplier work."),
        ("D3", "Decommission the legacy CRM and archive case records in line with the retention schedule.",
         "ICT Infrastructure Manager", D(2026, 3, 31), "TBC", "Red",
         "Dependent on supplier contract extension; forecast date to be confirmed at December Programme Board."),
        ("D4", "Deliver digital skills sessions for frontline staff (Phase 1: Customer Services and Revenues).",
         "Organisational Development Lead", D(2025, 12, 31), D(2025, 12, 31), "Green",
         "Four of six sessions delivered."),
    ], [("Supplier capacity for CRM migration", "Delay to savings from CRM licence", "Contract extension being negotiated", "ICT Infrastructure Manager")]),
    ("WS2 Assets", "WS2 – Property and Assets", "Director of Place", "Assistant Director – Assets and Estates", "Green", [
        ("P1", "Complete the asset review of the 48 operational and non-operational buildings.",
         "Assistant Director – Assets and Estates", D(2025, 8, 31), D(2025, 10, 31), "Blue",
         "Review complete; report to Cabinet 5 November 2025."),
        ("P2", "Bring forward disposal business cases for three surplus sites to Cabinet.",
         "Estates Manager", D(2025, 12, 31), D(2026, 3, 31), "Amber",
         "Valuations received for two sites; third awaiting planning advice."),
        ("P3", "Relocate the Exmouth Town Hall customer service point to the library hub.",
         "Estates Manager; Customer Services Manager", D(2026, 2, 28), D(2026, 2, 28), "Green",
         "Lease heads of terms agreed with Devon County Council."),
    ], [("Market conditions", "Lower capital receipts than forecast", "Phased disposals; review at each Board", "Estates Manager")]),
    ("WS3 Customer", "WS3 – Customer Experience", "Chief Executive", "Customer Services Manager", "Green", [
        ("C1", "Adopt a corporate Customer Service Standard and publish it on the council website.",
         "Customer Services Manager", D(2025, 11, 30), D(2025, 11, 30), "Green",
         "Standard approved by SLT; Cabinet decision 26 November."),
        ("C2", "Introduce a telephone call-back option and reduce the average call wait time to under 3 minutes.",
         "Customer Services Manager", D(2026, 1, 31), D(2026, 3, 31), "Amber",
         "Telephony upgrade scheduled for February; average wait currently 4 min 40 s."),
        ("C3", "Run a resident satisfaction survey to set a customer experience baseline.",
         "Policy and Research Officer", D(2026, 3, 31), None, None,
         "Not started – survey design begins January 2026."),
    ], []),
]


def build_east_devon():
    wb = Workbook()
    dash = wb.active
    dash.title = "Programme Dashboard"
    dash["A1"] = EDDC_TITLE
    dash["A1"].font = Font(bold=True, size=14, color="00594C")
    dash["A2"] = "Programme Board: 9 December 2025   |   Programme Manager: Transformation Programme Manager"
    dash["A2"].font = Font(italic=True)
    hdr = ["Workstream", "SRO", "Overall RAG – October", "Overall RAG – November", "Headline"]
    for i, h in enumerate(hdr, 1):
        c = dash.cell(4, i, h)
        c.font = Font(bold=True)
        c.fill = FILL["head"]
        c.border = BOX
    prev = {"WS1 – Digital by Default": "Green", "WS2 – Property and Assets": "Amber",
            "WS3 – Customer Experience": "Green"}
    heads = {"WS1 – Digital by Default": "Customer account live; CRM decommissioning at risk.",
             "WS2 – Property and Assets": "Asset review completed.",
             "WS3 – Customer Experience": "Customer Service Standard going to Cabinet."}
    r = 5
    for _, ws_name, sro, _, overall, _, _ in EDDC:
        dash.cell(r, 1, ws_name)
        dash.cell(r, 2, sro)
        dash.cell(r, 3, prev[ws_name]).fill = FILL[WORD_FILL[prev[ws_name]]]
        dash.cell(r, 4, overall).fill = FILL[WORD_FILL[overall]]
        dash.cell(r, 5, heads[ws_name])
        for col in range(1, 6):
            dash.cell(r, col).border = BOX
        r += 1
    r += 1
    dash.cell(r, 1, "RAG definitions").font = Font(bold=True)
    r += 1
    for word, meaning in [("Blue", "Complete"), ("Green", "On track"), ("Amber", "At risk – recoverable within the workstream"),
                          ("Red", "Off track – Programme Board intervention needed")]:
        dash.cell(r, 1, word).fill = FILL[WORD_FILL[word]]
        dash.cell(r, 2, meaning)
        r += 1
    for col, w in zip("ABCDE", [30, 22, 20, 20, 55]):
        dash.column_dimensions[col].width = w

    for sheet, ws_name, sro, lead, overall, miles, risks in EDDC:
        ws = wb.create_sheet(sheet)
        ws["A1"] = "Workstream highlight report"
        ws["A1"].font = Font(bold=True, size=13)
        info = [("Workstream", ws_name), ("SRO", sro), ("Workstream lead", lead),
                ("Reporting period", "1–30 November 2025"), ("Overall RAG", overall)]
        r = 3
        for k, v in info:
            ws.cell(r, 1, k).font = Font(bold=True)
            ws.cell(r, 2, v)
            if k == "Overall RAG":
                ws.cell(r, 2).fill = FILL[WORD_FILL[v]]
            r += 1
        r += 1
        ws.cell(r, 1, "Key milestones").font = Font(bold=True, size=12)
        r += 1
        for i, h in enumerate(["Ref", "Milestone", "Owner", "Baseline date", "Forecast date", "RAG", "Commentary"], 1):
            c = ws.cell(r, i, h)
            c.font = Font(bold=True)
            c.fill = FILL["head"]
            c.border = BOX
        r += 1
        for ref, m, owner, base, fc, rag, com in miles:
            ws.cell(r, 1, ref)
            ws.cell(r, 2, m)
            ws.cell(r, 3, owner)
            c = ws.cell(r, 4, base)
            c.number_format = "dd/mm/yyyy"
            if fc is not None:
                c = ws.cell(r, 5, fc)
                if isinstance(fc, dt.date):
                    c.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(r, 6, rag).fill = FILL[WORD_FILL[rag]]
            ws.cell(r, 7, com)
            for col in range(1, 8):
                ws.cell(r, col).border = BOX
                ws.cell(r, col).alignment = WRAP
            r += 1
        r += 1
        ws.cell(r, 1, "Key risks and issues").font = Font(bold=True, size=12)
        r += 1
        for i, h in enumerate(["Risk / issue", "Impact", "Mitigation", "Owner"], 1):
            c = ws.cell(r, i, h)
            c.font = Font(bold=True)
            c.fill = FILL["pale"]
            c.border = BOX
        r += 1
        if risks:
            for row in risks:
                for i, v in enumerate(row, 1):
                    ws.cell(r, i, v).border = BOX
                r += 1
        else:
            ws.cell(r, 1, "No new risks or issues this period.")
            r += 1
        r += 1
        ws.cell(r, 1, "Decisions required from Programme Board").font = Font(bold=True)
        ws.cell(r + 1, 1, "None this period.")
        for col, w in zip("ABCDEFG", [18, 55, 34, 13, 13, 9, 50]):
            ws.column_dimensions[col].width = w
    wb.save(p(EDDC_FILE))


# ---------------------------------------------------------------------------
# 7. Cardiff Council - supported living CIW inspection improvement plan (txt, refuse)
# ---------------------------------------------------------------------------
CARDIFF_FILE = "lw2-cardiff-council-supported-living-service-ciw-inspection-improvement-plan-typo-month-refuse.txt"
CARDIFF_LINES = [
    "Cardiff Council - Adult Services",
    "Internal Supported Living Service (domiciliary support) - CIW Inspection Improvement Plan",
    "Inspection: 3 and 4 June 2025\tReport published: 29 July 2025\tUpdated: 10 November 2025",
    "",
    "No.\tArea for improvement / Priority action notice\tRegulation\tAction\tLead\tTimescale\tProgress\tRAG",
    "1.1\tPriority action notice: The provider must ensure staff receive one-to-one supervision at least every three months.\tRegulation 36\tIntroduce a supervision tracker held by each team manager and reviewed monthly by the Responsible Individual.\tTeam Managers (Supported Living)\tAugust 2025\tTracker in place and reviewed at monthly RI meeting.\tComplete",
    "1.2\t\t\tComplete all overdue supervisions.\tTeam Managers (Supported Living)\tSeptember 2025\tAll 38 overdue supervisions completed by 26 September.\tComplete",
    "2.1\tArea for improvement: The provider should ensure personal plans are reviewed at least every three months and reflect people’s current needs.\tRegulation 16\tAudit all personal plans and update any that are out of date.\tService Manager\tOctober 2025\t41 of 52 plans reviewed.\tAmber",
    "2.2\t\t\tAdd a three-monthly personal plan review reminder to the CareDirector system.\tSystems Support Officer & Service Manager\tDecmber 2025\tChange request submitted to the CareDirector team.\tGreen",
    "3.1\tArea for improvement: The provider should ensure the quality of care review is completed six-monthly and shared with staff and people using the service.\tRegulation 80\tComplete the quality of care review for the period April to September 2025.\tResponsible Individual\tOctober 2025\tReview completed 30 October.\tComplete",
    "3.2\t\t\tShare the review findings at team meetings and with people using the service in an easy read format.\tService Manager\tJanuary 2026\tEasy read version being produced with Cardiff People First.\tGreen",
    "",
    "RAG: Complete / Green = on track / Amber = at risk / Red = not achieved",
]
CARDIFF_TYPO_LINE = 9


def build_cardiff():
    with open(p(CARDIFF_FILE), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(CARDIFF_LINES) + "\n")
    assert "Decmber" in CARDIFF_LINES[CARDIFF_TYPO_LINE - 1]


if __name__ == "__main__":
    build_peterborough()
    build_northumberland()
    build_linc()
    build_east_ayrshire()
    build_west_devon()
    build_east_devon()
    build_cardiff()
    print("built 7 files in", HERE)
