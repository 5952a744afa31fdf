#!/usr/bin/env python3
"""Build the seven zpg- blind test files (set heldout723).

Run with /work/main/.venv/bin/python zpg_make.py  (needs openpyxl and python-docx).
Each data table below holds the text written into the file together with the
reading a person makes of it (lead list, end month, status), so that the
expected readings can be checked against the same text.
"""
import csv
import datetime as dt
import io
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

FILES = {
    "halton": "zpg-halton-borough-council-corporate-plan-delivery-tracker-2025-26.xlsx",
    "wakefield": "zpg-wakefield-council-overview-and-scrutiny-recommendations-tracker.xlsx",
    "richmond": "zpg-richmond-upon-thames-council-corporate-plan-delivery-tracker-2025-26-typo-month-refuse.xlsx",
    "caerphilly": "zpg-caerphilly-cbc-gwent-safeguarding-board-jicpa-multi-agency-improvement-plan.docx",
    "wolverhampton": "zpg-city-of-wolverhampton-council-fostering-service-development-plan-2025-26.docx",
    "merthyr": "zpg-merthyr-tydfil-cbc-scrutiny-recommendations-tracker-2025-26.csv",
    "trafford": "zpg-trafford-council-fostering-service-improvement-plan-2025-26.txt",
}

RAG_FILL = {
    "blue": "0070C0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
}

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_colour):
    return PatternFill("solid", start_color=hex_colour, end_color=hex_colour)


# ---------------------------------------------------------------------------
# 1. Halton Borough Council - Corporate Plan 2024-2029 delivery tracker (xlsx)
# ---------------------------------------------------------------------------
HALTON_TITLE = "Halton Borough Council – Corporate Plan 2024-2029: Delivery Tracker 2025/26"

HALTON_PRIORITIES = [
    "Priority 1: Improving Health, Promoting Wellbeing and Supporting Greater Independence",
    "Priority 2: Building a Strong, Sustainable Local Economy",
    "Priority 3: Supporting Children, Young People and Families",
    "Priority 4: Tackling Inequality and Helping Those Who Are Most In Need",
    "Priority 5: Working Towards a Greener Future",
    "Priority 6: Valuing and Appreciating Halton and Our Community",
]

# (priority index, ref, milestone, lead cell, target cell, symbol, commentary,
#  expected lead list, expected end, expected end_text, expected status)
HALTON_ROWS = [
    (0, "HW 01",
     "Implement the refreshed Halton Carers Strategy, including a dedicated carers' assessment offer through the Halton Carers Centre.",
     "PM", "March 2026", "✓",
     "Strategy approved by Executive Board in June 2025; joint delivery plan with the Carers Centre agreed in August. (PM)",
     ["PM"], "2026-03", None, "green"),
    (0, "HW 02",
     "Reduce the number of people waiting for a Care Act assessment to fewer than 50.",
     "PM/HM", "Q4 2025/26", "?",
     "83 people waiting at the end of Q2 (Q1: 97). Additional agency capacity is funded until December 2025 only. (PM)",
     ["PM", "HM"], "2026-03", None, "amber"),
    (1, "EC 01",
     "Submit the Runcorn Plan for Neighbourhoods Regeneration Plan to MHCLG, following engagement led by the Neighbourhood Board.",
     "SR", "November 2025", "✓",
     "Draft Regeneration Plan endorsed by the Neighbourhood Board; Executive Board approval scheduled for 20 November. (SR)",
     ["SR"], "2025-11", None, "green"),
    (1, "EC 02",
     "Open the refurbished Widnes Market Hall food court.",
     "SR", dt.datetime(2026, 1, 31), "x",
     "The fit-out contractor entered administration in August 2025. Re-procurement is under way and opening is now expected in summer 2026. (SR)",
     ["SR"], "2026-01", None, "red"),
    (2, "CY 01",
     "Deliver the Children's Services Improvement Plan actions arising from the Ofsted ILACS inspection (May 2024), monitored by the Children's Improvement Board.",
     "ZO", "Ongoing", "?",
     "31 of 44 actions complete. Placement sufficiency and social worker caseloads remain the main risks. (ZO)",
     ["ZO"], None, "Ongoing", "amber"),
    (2, "CY 02",
     "Increase the number of Halton-approved mainstream fostering households by 10 (net) during 2025/26.",
     "ZO & NG", "March 2026", "✓",
     "Net gain of 6 households at the end of Q2; 5 assessments currently with the Fostering Panel. (ZO)",
     ["ZO", "NG"], "2026-03", None, "green"),
    (3, "TI 01",
     "Deliver the Household Support Fund 2025/26 scheme, including direct awards to families of children eligible for free school meals.",
     "ES", "Sept 2025 – March 2026", "✓",
     "School holiday vouchers issued to 6,940 children for the summer holidays; the autumn application window opens on 3 November. (ES)",
     ["ES"], "2026-03", None, "green"),
    (3, "TI 02",
     "Review the Council Tax Reduction Scheme for 2026/27 and consult on proposed changes.",
     "ES", "Dec 2025", "✓",
     "Consultation ran from 1 September to 12 October 2025; results will be reported to Executive Board in December. (ES)",
     ["ES"], "2025-12", None, "green"),
    (4, "GF 01",
     "Install solar PV and air source heat pumps at St Luke's and St Patrick's care homes (Public Sector Decarbonisation Scheme).",
     "SR", "31 March 2026", "?",
     "Works started at St Patrick's in September. The network connection date for St Luke's has not yet been confirmed by SP Energy Networks. (SR)",
     ["SR"], "2026-03", None, "amber"),
    (4, "GF 02",
     "Introduce weekly food waste collections to all households in line with the Simpler Recycling requirements.",
     "CP/SR", "April 2026", "x",
     "Delivery of the new collection vehicles has slipped to June 2026, so the April 2026 start date will not be met. (CP)",
     ["CP", "SR"], "2026-04", None, "red"),
    (5, "VA 01",
     "Adopt the new Open Spaces Strategy 2025-2035:\n- public consultation (October – November 2025)\n- Executive Board approval",
     "CP", "February 2026", "✓",
     "Consultation launched on 13 October 2025 with drop-in sessions in Runcorn and Widnes libraries. (CP)",
     ["CP"], "2026-02", None, "green"),
    (5, "VA 02",
     "Start joint town-centre patrols with Cheshire Police to tackle anti-social behaviour in Runcorn Old Town and Widnes town centre.",
     "Operational Director – Community and Greenspace", "w/c 13/10/2025", "✓",
     "Patrols began as planned and are funded to March 2026 through the Community Safety Partnership.",
     ["Operational Director – Community and Greenspace"], "2025-10", None, "green"),
]

SYMBOL_FILL = {"✓": RAG_FILL["green"], "?": RAG_FILL["amber"], "x": RAG_FILL["red"]}


def build_halton(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = HALTON_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Reporting period: Quarter 2 – 1st July 2025 to 30th September 2025"
    ws["A3"] = "Prepared by: Chief Executive's Delivery Unit"
    ws["A4"] = "Reported to: Corporate Policy and Performance Board, 25 November 2025"
    ws["A6"] = "Key to progress symbols"
    ws["A6"].font = Font(bold=True)
    for c, h in enumerate(["Symbol", "Colour", "Meaning"], start=1):
        cell = ws.cell(row=7, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BOX
    key = [
        ("✓", "Green", "Indicates that the milestone is on course to be achieved within the appropriate timeframe."),
        ("?", "Amber", "Indicates that it is uncertain or too early to say at this stage whether the milestone will be achieved within the appropriate timeframe."),
        ("x", "Red", "Indicates that it is highly likely or certain that the milestone will not be achieved within the appropriate timeframe."),
    ]
    for r, (sym, col, meaning) in enumerate(key, start=8):
        ws.cell(row=r, column=1, value=sym).fill = fill(SYMBOL_FILL[sym])
        ws.cell(row=r, column=2, value=col)
        ws.cell(row=r, column=3, value=meaning).alignment = WRAP
        for c in range(1, 4):
            ws.cell(row=r, column=c).border = BOX
    ws["A12"] = "Initials in the Lead column denote the Operational Director responsible for the commentary."
    ws["A13"] = "Milestones are taken from the 2025/26 Directorate Business Plans and are grouped under the six Corporate Plan priorities."
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 10
    ws.column_dimensions["C"].width = 90

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of milestone progress by priority – Quarter 2 2025/26"
    sm["A1"].font = Font(bold=True, size=12)
    heads = ["Priority", "Milestones", "✓", "?", "x"]
    for c, h in enumerate(heads, start=1):
        cell = sm.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BOX
    tot = [0, 0, 0, 0]
    for i, p in enumerate(HALTON_PRIORITIES):
        rows = [r for r in HALTON_ROWS if r[0] == i]
        counts = [len(rows)] + [sum(1 for r in rows if r[5] == s) for s in ("✓", "?", "x")]
        sm.cell(row=4 + i, column=1, value=p)
        for c, v in enumerate(counts, start=2):
            sm.cell(row=4 + i, column=c, value=v)
        tot = [a + b for a, b in zip(tot, counts)]
        for c in range(1, 6):
            sm.cell(row=4 + i, column=c).border = BOX
    r = 4 + len(HALTON_PRIORITIES)
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for c, v in enumerate(tot, start=2):
        sm.cell(row=r, column=c, value=v).font = Font(bold=True)
    for c in range(1, 6):
        sm.cell(row=r, column=c).border = BOX
    sm.column_dimensions["A"].width = 85

    # Two milestone sheets, three priorities each
    for title, pr in (("Priorities 1-3", (0, 1, 2)), ("Priorities 4-6", (3, 4, 5))):
        ms = wb.create_sheet(title)
        ms["A1"] = "Corporate Plan 2024-2029 – Quarter 2 progress against key milestones"
        ms["A1"].font = Font(bold=True, size=12)
        heads = ["Ref", "Milestone", "Lead", "Target date", "Q2 Progress", "Commentary"]
        for c, h in enumerate(heads, start=1):
            cell = ms.cell(row=3, column=c, value=h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill("1F4E79")
            cell.border = BOX
            cell.alignment = WRAP
        row = 4
        for i in pr:
            ms.cell(row=row, column=1, value=HALTON_PRIORITIES[i])
            ms.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
            ms.cell(row=row, column=1).font = Font(bold=True)
            ms.cell(row=row, column=1).fill = fill("D9E1F2")
            row += 1
            for rec in HALTON_ROWS:
                if rec[0] != i:
                    continue
                _, ref, text, lead, target, sym, comment = rec[:7]
                vals = [ref, text, lead, target, sym, comment]
                for c, v in enumerate(vals, start=1):
                    cell = ms.cell(row=row, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                if isinstance(target, dt.datetime):
                    ms.cell(row=row, column=4).number_format = "dd/mm/yyyy"
                sc = ms.cell(row=row, column=5)
                sc.fill = fill(SYMBOL_FILL[sym])
                sc.alignment = Alignment(horizontal="center", vertical="top")
                sc.font = Font(bold=True, size=12)
                row += 1
        row += 1
        if title == "Priorities 1-3":
            ms.cell(row=row, column=1, value="Note: HW 02 and CY 01 are also reported to the Health and Children, Young People and Families Policy and Performance Boards.")
        else:
            ms.cell(row=row, column=1, value="Note: TI 01 replaces the 2024/25 Household Support Fund milestone, which was completed in March 2025.")
        for col, w in zip("ABCDEF", (9, 60, 16, 16, 11, 70)):
            ms.column_dimensions[col].width = w
        ms.freeze_panes = "A4"
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Wakefield Council - Overview and Scrutiny recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
WAKEFIELD_TITLE = "Wakefield Council – Overview and Scrutiny Recommendations Tracker"

WAKEFIELD_REVIEWS = [
    ("Review: Home to School Transport for Children and Young People with SEND (Children, Young People and Skills Overview and Scrutiny Committee) – Cabinet response 11 March 2025",
     [
         ("1", "That the Council reviews its Home to School Transport Policy so that post-16 learners with an EHC plan have a clear and consistent route to transport assistance.",
          "Accepted",
          [
              ("1.1", "Consult on a revised Post-16 Transport Policy Statement for 2025/26.",
               "Service Director – Education and Inclusion", dt.datetime(2025, 4, 30), dt.datetime(2025, 6, 30), "A", "B",
               "Policy statement consulted on and published on 30 May 2025.",
               ["Service Director – Education and Inclusion"], "2025-06", None, "blue"),
              ("1.2", "Publish a guide for parents and carers on post-16 travel support and independent travel training.",
               "Head of SEND / Travel Training Co-ordinator", dt.datetime(2025, 9, 30), dt.datetime(2025, 12, 31), "G", "A",
               "Draft guide tested with Wakefield Parent Carer Forum. Publication moved to December to align with the 2026/27 policy statement.",
               ["Head of SEND", "Travel Training Co-ordinator"], "2025-12", None, "amber"),
          ]),
         ("2", "That Cabinet seeks assurance that the new route-planning software reduces journey times for pupils travelling to special schools.",
          "Partially accepted",
          [
              ("2.1", "Report journey time data for special school routes to the Children, Young People and Skills Overview and Scrutiny Committee.",
               "Head of Transport Services", "Six-monthly", None, "G", "G",
               "First report received by the Committee on 2 October 2025; average journey time down from 52 to 44 minutes.",
               ["Head of Transport Services"], None, "Six-monthly", "green"),
          ]),
     ]),
    ("Review: Fly-tipping and Environmental Enforcement (Climate Change and Environmental Wellbeing Overview and Scrutiny Committee) – Cabinet response 15 July 2025",
     [
         ("3", "That the Council expands the use of mobile CCTV at fly-tipping hotspots and publicises successful prosecutions.",
          "Accepted",
          [
              ("3.1", "Procure and deploy six additional rapid-deployment CCTV cameras at identified hotspots.",
               "Environmental Enforcement Manager", dt.datetime(2025, 11, 30), None, "G", "G",
               "Cameras ordered through the YPO framework; delivery confirmed for w/c 17 November.",
               ["Environmental Enforcement Manager"], "2025-11", None, "green"),
              ("3.2", "Publish enforcement outcomes each quarter on the Council website and social media channels.",
               "Environmental Enforcement Manager; Communications Manager", dt.datetime(2025, 10, 31), None, "G", "B",
               "Q1 and Q2 outcomes published; now part of the routine communications calendar.",
               ["Environmental Enforcement Manager", "Communications Manager"], "2025-10", None, "blue"),
          ]),
         ("4", "That a review of bulky waste collection charges is undertaken to assess any link with fly-tipping levels.",
          "Accepted",
          [
              ("4.1", "Complete an options appraisal on bulky waste charges, including a free collection for residents receiving Council Tax Reduction.",
               "Service Director – Environment and Street Scene", dt.datetime(2025, 12, 31), dt.datetime(2026, 3, 31), "A", "R",
               "Appraisal paused pending 2026/27 budget decisions; the Committee has asked for an update in January.",
               ["Service Director – Environment and Street Scene"], "2026-03", None, "red"),
          ]),
     ]),
    ("Review: Hospital Discharge and Reablement (Adult Services, Public Health and the NHS Overview and Scrutiny Committee) – Cabinet response 9 September 2025",
     [
         ("5", "That the Council and its NHS partners improve the information given to patients and families about discharge to assess pathways.",
          "Accepted",
          [
              ("5.1", "Co-produce a discharge information leaflet with Healthwatch Wakefield and people with lived experience.",
               "Service Manager – Hospital Social Work Team", dt.datetime(2026, 1, 31), None, None, "G",
               "Two co-production sessions held at Pinderfields Hospital; draft leaflet due in December.",
               ["Service Manager – Hospital Social Work Team"], "2026-01", None, "green"),
              ("5.2", "Add discharge pathway information to the Connect to Support Wakefield website.",
               "Head of Commissioning (Adults)", dt.datetime(2025, 12, 31), None, None, "G",
               "Content drafted and with the web team.",
               ["Head of Commissioning (Adults)"], "2025-12", None, "green"),
          ]),
         ("6", "That the reablement service reports on the proportion of people still at home 91 days after discharge.",
          "Accepted",
          [
              ("6.1", "Include the 91-day outcome measure in the quarterly Adult Social Care performance report to Cabinet.",
               "Service Director – Adult Social Care", "Q3 2025/26", None, None, "G",
               "Measure added to the Q2 report in draft; first publication with the Q3 report.",
               ["Service Director – Adult Social Care"], "2025-12", None, "green"),
          ]),
     ]),
]

LETTER_FILL = {"B": RAG_FILL["blue"], "G": RAG_FILL["green"], "A": RAG_FILL["amber"], "R": RAG_FILL["red"]}


def build_wakefield(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = WAKEFIELD_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 31 October 2025 – report to the Wakefield Overview and Scrutiny Management Board, 20 November 2025"
    heads = ["Rec No.", "Recommendation", "Cabinet response", "Ref", "Agreed action", "Lead officer",
             "Original date", "Revised date", "Previous RAG", "Current RAG", "Progress update (October 2025)"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("5B2C6F")
        cell.alignment = WRAP
        cell.border = BOX
    row = 5
    for band, recs in WAKEFIELD_REVIEWS:
        ws.cell(row=row, column=1, value=band).font = Font(bold=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(heads))
        ws.cell(row=row, column=1).fill = fill("E8DAEF")
        ws.cell(row=row, column=1).alignment = WRAP
        ws.row_dimensions[row].height = 30
        row += 1
        for num, rec, resp, acts in recs:
            first = row
            ws.cell(row=row, column=1, value=num)
            ws.cell(row=row, column=2, value=rec)
            ws.cell(row=row, column=3, value=resp)
            for a in acts:
                ref, text, lead, orig, rev, prev, cur, upd = a[:8]
                vals = {4: ref, 5: text, 6: lead, 7: orig, 8: rev, 9: prev, 10: cur, 11: upd}
                for c, v in vals.items():
                    cell = ws.cell(row=row, column=c, value=v)
                    cell.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy" if (ref == "3.1") else "mmm-yy"
                for c, v in ((9, prev), (10, cur)):
                    if v:
                        ws.cell(row=row, column=c).fill = fill(LETTER_FILL[v])
                        ws.cell(row=row, column=c).alignment = Alignment(horizontal="center", vertical="top")
                for c in range(1, len(heads) + 1):
                    ws.cell(row=row, column=c).border = BOX
                row += 1
            last = row - 1
            for c in (1, 2, 3):
                ws.cell(row=first, column=c).alignment = WRAP
                if last > first:
                    ws.merge_cells(start_row=first, start_column=c, end_row=last, end_column=c)
    row += 1
    ws.cell(row=row, column=1, value="Summary of current RAG ratings").font = Font(bold=True)
    row += 1
    allacts = [a for _, recs in WAKEFIELD_REVIEWS for _, _, _, acts in recs for a in acts]
    for label, letter in (("Blue – complete", "B"), ("Green – on track", "G"), ("Amber – some slippage", "A"), ("Red – off track", "R")):
        ws.cell(row=row, column=1, value=label)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
        ws.cell(row=row, column=3, value=sum(1 for a in allacts if a[6] == letter))
        row += 1
    ws.cell(row=row, column=1, value="Total actions").font = Font(bold=True)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
    ws.cell(row=row, column=3, value=len(allacts)).font = Font(bold=True)
    widths = (8, 45, 14, 6, 45, 28, 11, 11, 9, 9, 50)
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    rows = [
        ("B", "Complete – the action has been fully implemented and evidenced."),
        ("G", "On track – the action is progressing and will be delivered by the agreed date."),
        ("A", "Some slippage – a revised date has been agreed with the Lead Member."),
        ("R", "Off track – the action is unlikely to be delivered or has not been progressed."),
    ]
    for r, (l, t) in enumerate(rows, start=3):
        key.cell(row=r, column=1, value=l).fill = fill(LETTER_FILL[l])
        key.cell(row=r, column=2, value=t)
    key["A8"] = "Recommendations are removed from the tracker once the Management Board agrees all of their actions are complete."
    key.column_dimensions["B"].width = 80
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Richmond upon Thames - Corporate Plan delivery tracker (xlsx) - REFUSE
# ---------------------------------------------------------------------------
RICHMOND_TITLE = "Corporate Plan 2022-26: Delivery Tracker 2025/26 (Quarter 2)"

RICHMOND_ROWS = [
    ("Making Richmond green", None),
    ("G1", ("Campaign and advocate for action on the climate emergency",
            "Publish the Climate Emergency Strategy annual progress report and a refreshed action plan for 2026-28.",
            "Director of Environment and Community Services", "September 2025", "Complete",
            "Report published on 25 September 2025 and considered by the Environment, Sustainability, Culture and Sports Committee.")),
    ("G2", ("Enhance our natural environment and protect against flooding",
            "Complete the surface water flood alleviation feasibility study for Twickenham and Teddington with the Environment Agency.",
            "Director of Environment and Community Services", "March 2026", "On track",
            "Modelling complete; options workshop with the Environment Agency held on 8 October.")),
    ("G3", ("Council operations to be carbon neutral by 2030 – reduce waste, increase recycling, and continue to improve energy efficiency",
            "Replace a further 1,200 street lights with LED lanterns.",
            "Assistant Director, Highways and Transport", "March 2026", "On track",
            "640 lanterns replaced by the end of September.")),
    ("Making Richmond safe", None),
    ("S1", ("Confront crime and ASB",
            "Deliver the summer riverside anti-social behaviour operation with the Metropolitan Police in Richmond and Twickenham.",
            "Director of Environment and Community Services / Richmond Borough Commander", "September 2025", "Complete",
            "Operation ran from June to September; reported ASB calls on the riverside fell by 18% on summer 2024.")),
    ("S2", ("Be the safest London borough",
            "Install 20 additional public realm CCTV cameras at priority locations identified by the Community Safety Partnership.",
            "Head of Community Safety", "Decmber 2025", "At risk",
            "Eleven cameras installed. Power supply works at the remaining nine sites depend on UK Power Networks.")),
    ("Making Richmond fair", None),
    ("F1", ("Help young people get a great start in life",
            "Open a new SEND resource base for primary-age children with autism, delivered with Achieving for Children.",
            "Director of Children's Services (Achieving for Children)", "April 2026", "On track",
            "Building works started in August; admissions process agreed with the host school.")),
    ("F2", ("Look after those who need our help",
            "Deliver the improvement actions arising from the CQC assessment of adult social care.",
            "Director of Adult Social Services", "March 2026", "On track",
            "14 of 19 actions complete; waiting times for occupational therapy assessments remain above target.")),
    ("F3", ("Invest in the Borough",
            "Start on site at Twickenham Riverside following the completion of enabling works.",
            "Director of Resources", "June 2026", "On track",
            "Main contractor appointed in September 2025.")),
    ("How we work", None),
    ("H1", ("Make it easier to communicate with the Council and have your say",
            "Launch the new customer contact platform and resident online account.",
            "Director of Resources", "January 2026", "Off track",
            "Supplier has not met the testing milestones; a recovery plan has been requested and a revised date will be set in Q3.")),
]
RICHMOND_TYPO_CELL = "Decmber 2025"


def build_richmond(path):
    wb = Workbook()
    ab = wb.active
    ab.title = "About"
    ab["A1"] = "London Borough of Richmond upon Thames"
    ab["A2"] = RICHMOND_TITLE
    ab["A2"].font = Font(bold=True, size=13)
    ab["A4"] = "This tracker shows progress with the 2025/26 deliverables under the four objectives of the Corporate Plan 2022-26."
    ab["A5"] = "It is updated each quarter by the Policy and Review team from returns made by Lead Directors."
    ab["A7"] = "Status"
    ab["B7"] = "Meaning"
    for r, (s, m, col) in enumerate([
        ("Complete", "Deliverable achieved", "0070C0"),
        ("On track", "Expected to be delivered by the due date", "00B050"),
        ("At risk", "Some risk to delivery by the due date; mitigation in place", "FFC000"),
        ("Off track", "Will not be delivered by the due date", "FF0000"),
    ], start=8):
        ab.cell(row=r, column=1, value=s).fill = fill(col)
        ab.cell(row=r, column=2, value=m)
    ab.column_dimensions["A"].width = 14
    ab.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "London Borough of Richmond upon Thames"
    ws["A2"] = RICHMOND_TITLE
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = "Status key: Complete | On track | At risk | Off track (see About sheet)"
    heads = ["Ref", "Commitment", "What we will deliver in 2025/26", "Lead Director", "Due", "Status", "Q2 update"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("00534C")
        cell.border = BOX
    status_fill = {"Complete": "0070C0", "On track": "00B050", "At risk": "FFC000", "Off track": "FF0000"}
    row = 6
    typo_row = None
    for ref, rec in RICHMOND_ROWS:
        if rec is None:
            ws.cell(row=row, column=1, value=ref).font = Font(bold=True)
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(heads))
            ws.cell(row=row, column=1).fill = fill("DDEBE9")
        else:
            vals = [ref] + list(rec)
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=row, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(row=row, column=6).fill = fill(status_fill[rec[4]])
            if rec[3] == RICHMOND_TYPO_CELL:
                typo_row = row
        row += 1
    row += 1
    ws.cell(row=row, column=1, value="Note: deliverables marked Complete in Q1 have been removed; see the Q1 tracker.")
    for col, w in zip("ABCDEFG", (6, 40, 55, 34, 15, 11, 60)):
        ws.column_dimensions[col].width = w
    wb.save(path)
    return typo_row


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


def set_cell(cell, text, bold=False, size=None):
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


def header_row(table, heads, colour="D9D9D9"):
    for c, h in enumerate(heads):
        set_cell(table.rows[0].cells[c], h, bold=True)
        shade(table.rows[0].cells[c], colour)


# ---------------------------------------------------------------------------
# 4. Caerphilly - JICPA multi-agency improvement plan (docx)
# ---------------------------------------------------------------------------
CAERPHILLY_TITLE = "Joint Inspection of Child Protection Arrangements (JICPA): Caerphilly"

# sections: (heading, [(afi label, afi text, [actions])])
# action: (ref, text, lead, timescale, rag_text_or_None, rag_fill_or_None, progress,
#          exp lead, exp end, exp end_text, exp status)
CAERPHILLY_SECTIONS = [
    ("1. Recognising and reporting child protection concerns", True, [
        ("Area for improvement 1",
         "Referrers, including schools and GP practices, are not consistently informed of the outcome of their referral or of the reasons for the decision made.",
         [
             ("1.1", "Introduce a standard outcome letter from the Information, Advice and Assistance (IAA) team to all professional referrers within 3 working days.",
              "Service Manager, IAA and Assessment (CCBC)", "September 2025", "Blue", None,
              "Template in use from 1 September 2025. A dip sample of 40 referrals found 36 outcome letters sent within timescale.",
              ["Service Manager, IAA and Assessment (CCBC)"], "2025-09", None, "blue"),
             ("1.2", "Test referrer feedback through the multi-agency audit programme and report findings to the Caerphilly Safeguarding Delivery Group.",
              "Gwent Safeguarding Board Business Manager", "Quarterly", "Green", None,
              "First audit (education referrals) completed in October 2025.",
              ["Gwent Safeguarding Board Business Manager"], None, "Quarterly", "green"),
         ]),
        ("Area for improvement 2",
         "Oversight of children who are electively home educated (EHE) and known to children's services is inconsistent.",
         [
             ("2.1", "Establish a joint EHE and social services panel to review every EHE child who is subject to a care and support protection plan.",
              "Head of Inclusion / Head of Children's Services", "Autumn term 2025", "Green", None,
              "Terms of reference agreed; first panel meeting held on 16 October 2025.",
              ["Head of Inclusion", "Head of Children's Services"], "2025-12", None, "green"),
         ]),
    ]),
    ("2. Strategy discussions and enquiries", True, [
        ("Area for improvement 3",
         "Health professionals are not consistently invited to, or able to take part in, strategy discussions.",
         [
             ("3.1", "Agree a Gwent-wide protocol for health participation in strategy discussions, including a virtual option for GPs and health visitors.",
              "ABUHB Head of Safeguarding; Gwent Police DCI Public Protection", "Q3 2025/26", "Amber", None,
              "Draft protocol circulated; sign-off delayed by changes to the police Public Protection Unit structure.",
              ["ABUHB Head of Safeguarding", "Gwent Police DCI Public Protection"], "2025-12", None, "amber"),
             ("3.2", "Record health attendance at strategy discussions on WCCIS and report it to the Caerphilly Safeguarding Delivery Group.",
              "Performance and Information Manager (CCBC)", "Monthly", "Green", None,
              "Field added to WCCIS in August; reporting from September 2025.",
              ["Performance and Information Manager (CCBC)"], None, "Monthly", "green"),
         ]),
    ]),
    ("3. Leadership, management and governance", False, [
        ("Area for improvement 4",
         "Partners do not yet share a multi-agency dataset that shows how well child protection arrangements in Caerphilly are working.",
         [
             ("4.1", "Develop a Caerphilly child protection dashboard drawing on police, health, education and social services data.",
              "Gwent Safeguarding Board Business Manager", "31/03/2026", None, "FFC000",
              "Data sharing agreement awaiting sign-off by ABUHB Information Governance.",
              ["Gwent Safeguarding Board Business Manager"], "2026-03", None, "amber"),
             ("4.2", "Present the dashboard to the Gwent Safeguarding Board each quarter, with exception reporting against agreed measures.",
              "Chair, Caerphilly Safeguarding Delivery Group", "June 2026", None, None,
              "Not yet started – dependent on 4.1.",
              ["Chair, Caerphilly Safeguarding Delivery Group"], "2026-06", None, "unrated"),
         ]),
        ("Area for improvement 5",
         "Supervision records do not consistently show reflective discussion of risk.",
         [
             ("5.1", "Revise the children's services supervision policy and audit tool to include a reflective risk discussion section.\nRoll out to all team managers through practice workshops.",
              "Principal Social Worker", "December 2025", None, "00B050",
              "Policy revised; four of six workshops delivered.",
              ["Principal Social Worker"], "2025-12", None, "green"),
         ]),
    ]),
]

RAG_WORD_FILL = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def build_caerphilly(path):
    d = docx.Document()
    d.add_paragraph(CAERPHILLY_TITLE, style="Title")
    d.add_paragraph("Multi-Agency Improvement Plan – Gwent Safeguarding Board", style="Subtitle")
    d.add_paragraph(
        "Partners: Caerphilly County Borough Council (CCBC), Gwent Police, Aneurin Bevan University Health Board (ABUHB) "
        "and the Education Achievement Service for South East Wales (EAS).")
    d.add_paragraph(
        "This plan responds to the areas for improvement identified by Care Inspectorate Wales, Healthcare Inspectorate Wales, "
        "Estyn and HMICFRS following the joint inspection carried out in May 2025.")

    d.add_heading("Document control", level=2)
    t = d.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Status"])
    for r, vals in enumerate([
        ("0.3", "14/07/2025", "Safeguarding Board Business Unit", "Draft for partner comment"),
        ("1.0", "30/07/2025", "Gwent Safeguarding Board", "Approved"),
        ("1.1", "22/10/2025", "Safeguarding Board Business Unit", "Quarter 2 progress update"),
    ], start=1):
        for c, v in enumerate(vals):
            set_cell(t.rows[r].cells[c], v)

    d.add_heading("RAG key", level=2)
    k = d.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for r, (w, m) in enumerate([
        ("Blue", "Complete – evidence of impact provided"),
        ("Green", "On track"),
        ("Amber", "Some slippage – mitigation in place"),
        ("Red", "Off track – escalated to the Gwent Safeguarding Board"),
    ]):
        set_cell(k.rows[r].cells[0], w, bold=True)
        shade(k.rows[r].cells[0], RAG_WORD_FILL[w])
        set_cell(k.rows[r].cells[1], m)
    d.add_paragraph("Where the RAG column is shaded without text, the colour has the meaning given in the key above.")

    heads = ["Ref", "Action", "Lead", "Timescale", "RAG", "Progress update (October 2025)"]
    for heading, with_words, afis in CAERPHILLY_SECTIONS:
        d.add_heading(heading, level=1)
        for label, afi, acts in afis:
            tbl = d.add_table(rows=2 + len(acts), cols=6)
            tbl.style = "Table Grid"
            top = tbl.rows[0].cells
            set_cell(top[0], label, bold=True)
            merged = top[1].merge(top[5])
            set_cell(merged, afi, bold=True)
            shade(top[0], "DEEAF6")
            shade(merged, "DEEAF6")
            for c, h in enumerate(heads):
                set_cell(tbl.rows[1].cells[c], h, bold=True)
                shade(tbl.rows[1].cells[c], "F2F2F2")
            for r, a in enumerate(acts, start=2):
                ref, text, lead, when, word, colour, prog = a[:7]
                cells = tbl.rows[r].cells
                for c, v in enumerate([ref, text, lead, when, word or "", prog]):
                    set_cell(cells[c], v)
                if word:
                    shade(cells[4], RAG_WORD_FILL[word])
                elif colour:
                    shade(cells[4], colour)
            d.add_paragraph("")
    d.add_paragraph(
        "Progress against this plan is reported quarterly to the Gwent Safeguarding Board and annually to the "
        "Caerphilly Social Services Scrutiny Committee.")
    d.add_heading("Sign-off", level=2)
    s = d.add_table(rows=3, cols=3)
    s.style = "Table Grid"
    header_row(s, ["Role", "Agency", "Date"])
    for r, vals in enumerate([
        ("Chair, Gwent Safeguarding Board", "Gwent Safeguarding Board", "30/07/2025"),
        ("Corporate Director for Social Services and Housing", "CCBC", "30/07/2025"),
    ], start=1):
        for c, v in enumerate(vals):
            set_cell(s.rows[r].cells[c], v)
    d.save(path)


# ---------------------------------------------------------------------------
# 5. City of Wolverhampton Council - Fostering Service Development Plan (docx)
# ---------------------------------------------------------------------------
WOLVES_TITLE = "Fostering Service Development Plan 2025-2026"

# (priority, [(no, text, lead, when, rag, exp lead, exp end, exp end_text, exp status)])
WOLVES_PLAN = [
    ("Priority 1: Recruitment – more Wolverhampton foster families for Wolverhampton children", [
        ("1", "Launch a refreshed Foster for Wolverhampton recruitment campaign aimed at carers for teenagers and sibling groups.",
         "Team Manager, Recruitment and Assessment / Marketing and Communications Lead", "September 2025", "Complete",
         ["Team Manager, Recruitment and Assessment", "Marketing and Communications Lead"], "2025-09", None, "blue"),
        ("2", "Join the West Midlands fostering recruitment hub and agree a shared standard for responding to enquiries.",
         "Head of Service, Children in Care", "March 2026", "On track",
         ["Head of Service, Children in Care"], "2026-03", None, "green"),
        ("3", "Reduce the average time from initial enquiry to approval to six months.",
         "Team Manager, Recruitment and Assessment", "End of March 2026", "Amber",
         ["Team Manager, Recruitment and Assessment"], "2026-03", None, "amber"),
    ]),
    ("Priority 2: Supporting and keeping our foster carers", [
        ("4", "Set up a second Mockingbird constellation in the east of the city.",
         "Service Manager, Fostering", "January 2026", "On track",
         ["Service Manager, Fostering"], "2026-01", None, "green"),
        ("5", "Review the foster carer fees and allowances scheme, benchmarking against other West Midlands councils.",
         "Service Manager, Fostering; Finance Business Partner", "December 2025", "Not started",
         ["Service Manager, Fostering", "Finance Business Partner"], "2025-12", None, "unrated"),
        ("6", "Offer every foster carer an annual learning and development review, recorded on the carer's file.",
         "Supervising Social Workers", "Ongoing", "On track",
         ["Supervising Social Workers"], None, "Ongoing", "green"),
    ]),
    ("Priority 3: Kinship and connected carers", [
        ("7", "Create a dedicated kinship assessment team so that connected person assessments are completed within 16 weeks.",
         "Head of Service, Children in Care", "April 2026", "Amber",
         ["Head of Service, Children in Care"], "2026-04", None, "amber"),
        ("8", "Publish a Kinship Local Offer in line with the national Kinship Care Strategy.",
         "Kinship Lead Practitioner", "31/10/2025", "Complete",
         ["Kinship Lead Practitioner"], "2025-10", None, "blue"),
    ]),
    ("Priority 4: Quality and compliance", [
        ("9", "Refresh the Fostering Panel central list and deliver panel member training on assessment quality.",
         "Fostering Panel Adviser", "November 2025", "On track",
         ["Fostering Panel Adviser"], "2025-11", None, "green"),
        ("10", "Complete an annual audit of foster carer files against the Fostering Services National Minimum Standards.\nFindings and actions from the audit to be reported to the Corporate Parenting Board.",
         "Quality Assurance Manager", "Feb 2026", "On track",
         ["Quality Assurance Manager"], "2026-02", None, "green"),
    ]),
]


def build_wolves(path):
    d = docx.Document()
    p = d.add_paragraph()
    r = p.add_run("City of Wolverhampton Council")
    r.bold = True
    r.font.size = Pt(12)
    d.add_heading(WOLVES_TITLE, level=0)
    d.add_paragraph("Appendix 2 to the Fostering Service Annual Report 2024-2025 – Corporate Parenting Board, 16 October 2025")

    d.add_heading("Version history", level=2)
    v = d.add_table(rows=3, cols=3)
    v.style = "Table Grid"
    header_row(v, ["Version", "Date", "Changes"])
    for i, vals in enumerate([
        ("1.0", "April 2025", "Plan agreed by the Fostering Service Management Team"),
        ("1.1", "September 2025", "RAG ratings updated at mid-year; action 8 completed"),
    ], start=1):
        for c, val in enumerate(vals):
            set_cell(v.rows[i].cells[c], val)

    d.add_heading("Development Plan", level=2)
    d.add_paragraph(
        "The plan below sets out what the Fostering Service will do in 2025-2026 to increase the number of local foster "
        "homes and to improve the support offered to foster carers and kinship carers.")
    n_rows = 1 + sum(1 + len(a) for _, a in WOLVES_PLAN)
    t = d.add_table(rows=n_rows, cols=5)
    t.style = "Table Grid"
    header_row(t, ["No.", "What we will do", "Who is responsible", "By when", "Progress (RAG)"], colour="F4B183")
    rag_fill = {"Complete": "0070C0", "On track": "00B050", "Amber": "FFC000"}
    r = 1
    for prio, acts in WOLVES_PLAN:
        cells = t.rows[r].cells
        m = cells[0].merge(cells[4])
        set_cell(m, prio, bold=True)
        shade(m, "FBE5D6")
        r += 1
        for a in acts:
            no, text, lead, when, rag = a[:5]
            cells = t.rows[r].cells
            for c, val in enumerate([no, text, lead, when, rag]):
                set_cell(cells[c], val)
            if rag in rag_fill:
                shade(cells[4], rag_fill[rag])
            r += 1
    d.add_paragraph("")
    d.add_paragraph(
        "Note: RAG ratings show the position at 30 September 2025. Complete = delivered; On track = expected to be "
        "delivered by the date shown; Amber = at risk of slipping; Not started = work has not yet begun.")
    d.add_paragraph("Contact: Fostering Service, Civic Centre, St Peter's Square, Wolverhampton.")
    d.save(path)


# ---------------------------------------------------------------------------
# 6. Merthyr Tydfil CBC - Scrutiny recommendations tracker (csv)
# ---------------------------------------------------------------------------
MERTHYR_TITLE = "Scrutiny Recommendations Tracker 2025/26"

# (committee, [(ref, meeting, item, recommendation, response, officer, target, rag,
#               exp lead, exp end, exp end_text, exp status)])
MERTHYR = [
    ("Environmental Wellbeing Scrutiny Committee", [
        ("EW01", "10/06/2025", "Household Waste and Recycling Centre (HWRC) Van Permit and Booking Systems",
         "That a paper application route for van permits is kept for residents who cannot apply online.",
         "Paper forms available at the Civic Centre and at both HWRCs from July 2025.",
         "Head of Waste Services", "31/07/2025", "B",
         ["Head of Waste Services"], "2025-07", None, "blue"),
        ("EW02", "10/06/2025", "Household Waste and Recycling Centre (HWRC) Van Permit and Booking Systems",
         "That the effect of the booking system on fly-tipping is reported to Committee after six months of operation.",
         "Report scheduled for the January 2026 meeting.",
         "Head of Waste Services; Environmental Enforcement Team Leader", "Jan-26", "G",
         ["Head of Waste Services", "Environmental Enforcement Team Leader"], "2026-01", None, "green"),
        ("EW03", "09/09/2025", "Update on Carbon & Energy Management Activities",
         "That officers bring forward a business case for solar PV at the remaining Council depots, setting out costs, savings and payback periods.",
         "Feasibility study commissioned; held up by the grid connection enquiry.",
         "Energy Manager", "Q4 2025/26", "A",
         ["Energy Manager"], "2026-03", None, "amber"),
    ]),
    ("Social Services Scrutiny Committee", [
        ("SS01", "24/06/2025", "Housing and Homelessness Report",
         "That Committee receives data on the number of households in bed and breakfast accommodation, including families with children.",
         "Included in the quarterly performance report from Q1 2025/26.",
         "Pritchard, Eleri", "Quarterly", "G",
         ["Pritchard, Eleri"], None, "Quarterly", "green"),
        ("SS02", "24/06/2025", "Housing and Homelessness Report",
         "That the Cabinet Member writes to Welsh Government seeking longer-term revenue funding for the Housing Support Grant.\nA copy of the reply to be circulated to all Members.",
         "Letter sent on 15 July 2025; reply awaited.",
         "Cabinet Member for Social Services and Housing", "30/09/2025", "A",
         ["Cabinet Member for Social Services and Housing"], "2025-09", None, "amber"),
        ("SS03", "14/10/2025", "Cwm Taf Morgannwg Regional Partnership Board Annual Report",
         "That a Members' briefing on the regional carers' support offer is arranged before the end of the municipal year.",
         "",
         "Head of Adult Services / RPB Programme Manager", "TBC", "",
         ["Head of Adult Services", "RPB Programme Manager"], None, "TBC", "unrated"),
    ]),
    ("Learning Scrutiny Committee", [
        ("LS01", "01/07/2025", "School Attendance and Exclusions",
         "That attendance data for pupils eligible for free school meals is reported to Committee each term.",
         "Autumn term data to be presented in January 2026.",
         "Head of Inclusion Services", "Termly", "G",
         ["Head of Inclusion Services"], None, "Termly", "green"),
        ("LS02", "01/07/2025", "School Attendance and Exclusions",
         "That the Council works with schools to reduce the use of part-time timetables, so that no pupil remains on a part-time timetable for more than six weeks.",
         "Revised guidance issued to schools in September. 23 pupils on part-time timetables for longer than six weeks at half term.",
         "Chief Education Officer", "Mar-26", "R",
         ["Chief Education Officer"], "2026-03", None, "red"),
    ]),
    ("Governance, Performance, Business Change and Corporate Services Scrutiny Committee", [
        ("GP01", "16/09/2025", "Self-Assessment Report 2024/25",
         "That the Self-Assessment Report sets out clearer evidence of progress against the Panel Performance Assessment recommendations.",
         "Report amended before approval by Council on 22 October 2025.",
         "Head of Corporate Performance", "Oct-25", "B",
         ["Head of Corporate Performance"], "2025-10", None, "blue"),
    ]),
]

MERTHYR_HEAD = ["Ref", "Meeting date", "Agenda item", "Recommendation", "Response / progress",
                "Responsible officer", "Target date", "RAG"]


def build_merthyr(path):
    n = len(MERTHYR_HEAD)
    rows = []
    rows.append(["Merthyr Tydfil County Borough Council"] + [""] * (n - 1))
    rows.append([MERTHYR_TITLE] + [""] * (n - 1))
    rows.append(["Position at 03/11/2025 – for the Governance, Performance, Business Change and Corporate Services Scrutiny Committee"] + [""] * (n - 1))
    rows.append([""] * n)
    rows.append(MERTHYR_HEAD)
    allrecs = []
    for committee, recs in MERTHYR:
        rows.append([committee] + [""] * (n - 1))
        for rec in recs:
            rows.append(list(rec[:8]))
            allrecs.append(rec)
    rows.append([""] * n)
    rows.append(["Key: B = Complete; G = On track; A = Delayed – revised date agreed; R = Not progressed / concerns; blank = not yet rated"] + [""] * (n - 1))
    counts = {k: sum(1 for r in allrecs if r[7] == k) for k in ("B", "G", "A", "R", "")}
    rows.append([f"Total recommendations: {len(allrecs)} (B {counts['B']}, G {counts['G']}, A {counts['A']}, R {counts['R']}, not yet rated {counts['']})"] + [""] * (n - 1))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Trafford Council - Fostering Service Improvement Plan (tab-separated txt)
# ---------------------------------------------------------------------------
TRAFFORD_TITLE = "Trafford Council – Fostering Service Improvement Plan 2025/26"

# (section, [(ref, action, owner, start, due, revised, rag, update, exp lead, end, end_text, status)])
TRAFFORD = [
    ("1. Sufficiency and recruitment", [
        ("1.1", "Recruit 20 new mainstream fostering households (a net gain of 8) by 31 March 2026.",
         "Recruitment Team Manager", "Apr-25", "Mar-26", "", "Amber",
         "11 households approved to date; 4 de-registrations (3 retirements, 1 special guardianship order).",
         ["Recruitment Team Manager"], "2026-03", None, "amber"),
        ("1.2", "Introduce a fostering friendly employer scheme with Trafford businesses and public sector partners.",
         "HR Business Partner & Recruitment Team Manager", "Jun-25", "Sep-25", "Jan-26", "Green",
         "Scheme agreed by the Corporate Leadership Team; launch moved to January 2026 to include partner employers.",
         ["HR Business Partner", "Recruitment Team Manager"], "2026-01", None, "green"),
    ]),
    ("2. Kinship care", [
        ("2.1", "Complete viability assessments for connected persons within 15 working days.",
         "Kinship Team Manager", "Apr-25", "Ongoing", "", "Red",
         "Average of 22 working days in Q2; two social worker vacancies being recruited to.",
         ["Kinship Team Manager"], None, "Ongoing", "red"),
        ("2.2", "Set up a monthly kinship carers' peer support group with Kinship (the national charity).",
         "Kinship Team Manager", "Sep-25", "Nov-25", "", "Blue",
         "Group meeting monthly at Sale Waterside since 6 November 2025.",
         ["Kinship Team Manager"], "2025-11", None, "blue"),
    ]),
    ("3. Support and retention", [
        ("3.1", "Extend the out-of-hours support line for foster carers to cover weekends.",
         "Fostering Service Manager", "May-25", "30/09/2025", "31/12/2025", "Green",
         "Rota agreed with the Emergency Duty Team; weekend cover starts on 6 December.",
         ["Fostering Service Manager"], "2025-12", None, "green"),
        ("3.2", "Review the foster carer training programme and add a mandatory module on trauma-informed practice.",
         "Fostering Service Manager / Learning and Development Lead", "Jul-25", "Feb-26", "", "Green",
         "Module commissioned; pilot with 12 carers in November.",
         ["Fostering Service Manager", "Learning and Development Lead"], "2026-02", None, "green"),
        ("3.3", "Hold an exit interview with every carer who resigns and report the themes to the Corporate Parenting Board.",
         "Independent Reviewing Service Manager", "Apr-25", "Twice yearly", "", "Green",
         "First themes report presented in October 2025.",
         ["Independent Reviewing Service Manager"], None, "Twice yearly", "green"),
    ]),
    ("4. Quality assurance", [
        ("4.1", "Complete annual reviews of foster carers within statutory timescales for 100% of households.",
         "Fostering Service Manager", "Apr-25", "Mar-26", "", "Amber",
         "86% of reviews in timescale at the end of Q2.",
         ["Fostering Service Manager"], "2026-03", None, "amber"),
        ("4.2", "Audit 10% of supervising social worker records each quarter.",
         "Principal Social Worker", "Jan-26", "Q4 2025/26", "", "Not started",
         "",
         ["Principal Social Worker"], "2026-03", None, "unrated"),
    ]),
]

TRAFFORD_HEAD = ["Ref", "Action", "Owner", "Start", "Due", "Revised due", "RAG", "Update"]


def build_trafford(path):
    lines = [
        TRAFFORD_TITLE,
        "Plan owner: Head of Service, Children in Care and Fostering\tLast updated: 12/11/2025",
        "Monitored by: Children's Services Improvement Board (monthly) and Corporate Parenting Board (quarterly)",
        "",
        "\t".join(TRAFFORD_HEAD),
    ]
    allrecs = []
    for section, recs in TRAFFORD:
        lines.append(section)
        for rec in recs:
            lines.append("\t".join(rec[:8]))
            allrecs.append(rec)
    lines.append("")
    lines.append("RAG key: Blue = complete; Green = on track; Amber = at risk; Red = off track; Not started")
    c = {k: sum(1 for r in allrecs if r[6] == k) for k in ("Blue", "Green", "Amber", "Red", "Not started")}
    lines.append(f"Actions: {len(allrecs)}\tBlue {c['Blue']}\tGreen {c['Green']}\tAmber {c['Amber']}\tRed {c['Red']}\tNot started {c['Not started']}")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


def main():
    out = {}
    build_halton(os.path.join(HERE, FILES["halton"]))
    build_wakefield(os.path.join(HERE, FILES["wakefield"]))
    out["richmond_typo_row"] = build_richmond(os.path.join(HERE, FILES["richmond"]))
    build_caerphilly(os.path.join(HERE, FILES["caerphilly"]))
    build_wolves(os.path.join(HERE, FILES["wolverhampton"]))
    build_merthyr(os.path.join(HERE, FILES["merthyr"]))
    build_trafford(os.path.join(HERE, FILES["trafford"]))
    for k, v in FILES.items():
        print(v)
    print("Richmond typo on Tracker sheet row", out["richmond_typo_row"])
    return out


if __name__ == "__main__":
    main()
