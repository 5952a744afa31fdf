"""Build the seven zoq- blind test files (heldout741).

Run with /work/main/.venv/bin/python zoq_make.py
Writes only files whose names start with "zoq-" in this folder.
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "00B0F0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "head": "1F4E79",
    "band": "DDEBF7",
    "band2": "E2EFDA",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def path(name):
    assert name.startswith("zoq-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Somerset Council - Council Plan delivery tracker (xlsx, several sheets)
# ---------------------------------------------------------------------------
SOMERSET_NAME = "zoq-somerset-council-council-plan-delivery-tracker-2025-26.xlsx"
SOMERSET_TITLE = "Council Plan 2023-2027 – Business Plan Delivery Tracker 2025/26"

D = dt.datetime
# each sheet: (sheet name, priority heading, [(commitment, [actions])])
# action: ref, text, lead officer, portfolio holder, original target, revised target, Q1, Q2, update
SOMERSET = [
    ("P1 Greener", "Priority 1: A Greener, More Sustainable Somerset", [
        ("G1 Lead by example in responding to the climate and ecological emergency", [
            ("G1.1", "Complete the LED conversion of the remaining 9,000 street lighting columns on the highway network",
             "Service Director – Infrastructure and Transport", "Lead Member for Transport and Waste",
             D(2026, 3, 31), None, "Green", "Green",
             "6,240 of 9,000 columns converted by the end of September. Contractor working to programme."),
            ("G1.2", "Publish the Council's Carbon Management Plan 2025-2030 with annual reduction targets for buildings and fleet",
             "Service Director – Climate, Environment and Sustainability", "Lead Member for Environment and Climate Change",
             "Sep-25", "Dec-25", "Green", "Amber",
             "Draft complete. Publication moved to December so that fleet transition costs can be aligned with the Medium Term Financial Plan."),
            ("G1.3", "Roll out accredited carbon literacy training to all Executive Directors, Service Directors and Executive members",
             "Head of Workforce Development / Climate Emergency Programme Manager", "Lead Member for Environment and Climate Change",
             "Q3 2025/26", None, "Amber", "Green",
             "Four cohorts delivered (46 people). Final two cohorts booked for November."),
        ]),
        ("G2 Reduce waste and increase recycling across Somerset", [
            ("G2.1", "Extend weekly food waste and Recycle More collections to the remaining 14,000 flats and communal properties",
             "Head of Waste Services", "Lead Member for Transport and Waste",
             D(2026, 3, 31), None, "Green", "Green",
             "8,900 properties now on the service. Bin store surveys complete for the remainder."),
            ("G2.2", "Commission an independent review of the recycling centre booking system and report the findings to scrutiny",
             "Head of Waste Services", "Lead Member for Transport and Waste",
             D(2025, 7, 31), None, "Amber", "Complete",
             "Review reported to the Climate and Place Scrutiny Committee on 10 September 2025."),
        ]),
    ]),
    ("P2 Healthy & Caring", "Priority 2: A Healthy and Caring Somerset", [
        ("H1 Help people to live independently for longer in their own homes", [
            ("H1.1", "Reduce the number of people waiting for a Care Act assessment to below 300 through the assessment sprint and trusted assessor model",
             "Executive Director – Adult Social Care", "Lead Member for Adult Social Care",
             D(2025, 12, 31), None, "Red", "Amber",
             "Waiting list down from 612 to 388. Trusted assessor pilot extended to two more hospital sites."),
            ("H1.2", "Open two new extra care housing schemes in Wellington and Frome (120 units in total)",
             "Head of Commissioning (Adults); Head of Housing Enabling", "Lead Member for Adult Social Care",
             "Mar-26", "Sep-26", "Amber", "Red",
             "Wellington on track. Frome scheme delayed following contractor insolvency; procurement of a replacement contractor is under way."),
        ]),
        ("H2 Give children and young people the best start in life", [
            ("H2.1", "Increase the number of in-house foster carer households by 25 through the Fostering Somerset recruitment campaign",
             "Director of Children's Social Care", "Lead Member for Children, Families and Education",
             D(2026, 3, 31), None, "Green", "Green",
             "Net gain of 11 households at mid-year; 9 assessments in progress."),
            ("H2.2", "Embed the Family Hubs and Start for Life offer in all four localities",
             "Head of Early Help and Family Hubs", "Lead Member for Children, Families and Education",
             "Ongoing", None, "Green", "Green",
             "All four localities live. Parent and carer panels now meeting monthly."),
        ]),
    ]),
    ("P3 Fairer & Ambitious", "Priority 3: A Fairer, Ambitious Somerset", [
        ("F1 Tackle inequality and support residents through the cost of living", [
            ("F1.1", "Deliver the Household Support Fund 2025/26 scheme, including direct awards to households receiving council tax reduction",
             "Head of Revenues and Benefits", "Lead Member for Resources and Performance",
             D(2026, 3, 31), None, "Green", "Green",
             "£3.1m of £6.2m allocation committed. Second round of direct awards paid in September."),
            ("F1.2", "Agree and publish the Somerset Anti-Poverty Strategy action plan with partners",
             "Service Director – Strategy and Performance", "Lead Member for Communities, Housing and Culture",
             "Nov-25", None, "Not started", "Not started",
             "Work paused pending budget decisions; to restart in Q3."),
        ]),
    ]),
    ("P4 Flourishing & Resilient", "Priority 4: A Flourishing and Resilient Somerset", [
        ("R1 Support a thriving local economy and the delivery of affordable homes", [
            ("R1.1", "Deliver 350 new affordable homes across Somerset with Registered Provider partners",
             "Service Director – Housing", "Lead Member for Communities, Housing and Culture",
             D(2026, 3, 31), None, "Amber", "Amber",
             "142 completions at mid-year. Phosphate mitigation credits remain the main constraint on starts."),
            ("R1.2", "Adopt the Somerset Economic Development Strategy 2025-2030",
             "Service Director – Economy, Employment and Planning", "Lead Member for Economic Development, Planning and Assets",
             D(2025, 10, 31), None, "Green", "Complete",
             "Strategy adopted by the Executive on 1 October 2025."),
        ]),
    ]),
]

RAG_FILL = {"Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"],
            "Complete": FILL["blue"], "Blue": FILL["blue"], "Not started": FILL["grey"]}


def build_somerset():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Somerset Council"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = SOMERSET_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Quarter 2 position (1 July – 30 September 2025)"
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    dc = [("Version", "2.1"), ("Owner", "Strategy and Performance Team"),
          ("Reported to", "Executive, 3 December 2025"), ("Last updated", "24/10/2025")]
    for i, (k, v) in enumerate(dc, start=6):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
        for c in (1, 2):
            ws.cell(i, c).border = BOX
    ws["A11"] = "RAG key"
    ws["A11"].font = Font(bold=True)
    key = [("Complete", "Milestone delivered"),
           ("Green", "On track – delivery expected by the target date"),
           ("Amber", "At risk – some slippage, recovery action in hand"),
           ("Red", "Off track – will not meet the target date without intervention"),
           ("Not started", "Activity not yet due to start or paused")]
    for i, (k, v) in enumerate(key, start=12):
        ws.cell(i, 1, k).fill = fill(RAG_FILL[k])
        ws.cell(i, 2, v)
        for c in (1, 2):
            ws.cell(i, c).border = BOX
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 70

    # summary sheet with totals
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of Q2 RAG status by Council Plan priority"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Priority", "Milestones", "Complete", "Green", "Amber", "Red", "Not started"]
    for c, h in enumerate(hdr, 1):
        cell = sm.cell(3, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["head"])
        cell.border = BOX
    totals = [0] * 6
    r = 4
    for _, prio, commitments in SOMERSET:
        acts = [a for _, al in commitments for a in al]
        counts = [len(acts)] + [sum(1 for a in acts if a[7] == s)
                                for s in ("Complete", "Green", "Amber", "Red", "Not started")]
        sm.cell(r, 1, prio)
        for c, v in enumerate(counts, 2):
            sm.cell(r, c, v)
        for c in range(1, 8):
            sm.cell(r, c).border = BOX
        totals = [t + v for t, v in zip(totals, counts)]
        r += 1
    sm.cell(r, 1, "Total").font = Font(bold=True)
    for c, v in enumerate(totals, 2):
        sm.cell(r, c, v).font = Font(bold=True)
    for c in range(1, 8):
        sm.cell(r, c).border = BOX
    sm.column_dimensions["A"].width = 50

    headers = ["Ref", "Business Plan commitment", "Milestone / action 2025/26", "Lead officer",
               "Portfolio holder", "Original target", "Revised target", "Q1 RAG", "Q2 RAG", "Q2 update"]
    widths = [8, 34, 60, 34, 30, 13, 13, 11, 11, 60]
    for sheet, prio, commitments in SOMERSET:
        ws = wb.create_sheet(sheet)
        ws.cell(1, 1, prio).font = Font(bold=True, size=13, color="FFFFFF")
        ws.cell(1, 1).fill = fill(FILL["head"])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
        ws.cell(2, 1, "Somerset Council – Business Plan 2025/26 – Q2 update")
        for c, h in enumerate(headers, 1):
            cell = ws.cell(3, c, h)
            cell.font = Font(bold=True)
            cell.fill = fill(FILL["band"])
            cell.border = BOX
            cell.alignment = WRAP
            ws.column_dimensions[get_column_letter(c)].width = widths[c - 1]
        r = 4
        for commitment, actions in commitments:
            first = r
            for a in actions:
                ref, text, lead, pfh, orig, rev, q1, q2, upd = a
                vals = [ref, None, text, lead, pfh, orig, rev, q1, q2, upd]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(r, c, v)
                    cell.border = BOX
                    cell.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                for c, v in ((8, q1), (9, q2)):
                    ws.cell(r, c).fill = fill(RAG_FILL[v])
                r += 1
            ws.cell(first, 2, commitment)
            ws.cell(first, 2).alignment = WRAP
            ws.cell(first, 2).font = Font(bold=True)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.freeze_panes = "A4"
    wb.save(path(SOMERSET_NAME))


# ---------------------------------------------------------------------------
# 2. Manchester City Council - Fostering Service Development Plan (xlsx, REFUSE)
# ---------------------------------------------------------------------------
MANCHESTER_NAME = "zoq-manchester-city-council-fostering-service-development-plan-2025-26-typo-month-refuse.xlsx"
MANCHESTER_TITLE = "Fostering Service Development Plan 2025/26"
MANCHESTER = [
    ("1. Recruitment and sufficiency", [
        ("1.1", "Increase mainstream fostering households by a net 20 through the Foster for Manchester campaign, targeting carers for teenagers and sibling groups",
         "Fostering Recruitment Team Manager", "31/03/2026", "Net increase of 20 approved households",
         "9 households approved, 3 resignations (net +6). Autumn campaign launched with a focus on teenagers.", "Amber"),
        ("1.2", "Reduce the average time from initial enquiry to fostering panel to six months",
         "Service Lead – Fostering", "March 2026", "Average timescale reported monthly",
         "Average now 6.8 months (7.9 months in 2024/25).", "Green"),
        ("1.3", "Work with the Greater Manchester fostering recruitment hub on shared marketing and a single enquiry line",
         "Head of Service – Placements and Sufficiency", "Ongoing", "Enquiries via the hub",
         "Shared enquiry line live since July 2025.", "Green"),
    ]),
    ("2. Support and retention of foster carers", [
        ("2.1", "Launch two Mockingbird constellations in north Manchester",
         "Service Lead – Fostering; Mockingbird Liaison Worker", "Febuary 2026", "Two hub homes recruited and constellations running",
         "First hub home carer approved; second hub home assessment under way.", "Amber"),
        ("2.2", "Refresh the foster carer learning and development offer, including trauma-informed practice and therapeutic parenting",
         "Fostering Training and Development Officer", "31/12/2025", "Training plan published; attendance data",
         "New programme drafted with the Foster Carers' Association.", "Green"),
    ]),
    ("3. Kinship care", [
        ("3.1", "Complete connected persons assessments within 16 weeks in at least 80% of cases",
         "Kinship Team Manager", "Jan-26", "% of assessments completed in 16 weeks",
         "58% in Q2. Additional assessing social workers recruited from October.", "Red"),
        ("3.2", "Publish the updated Kinship Local Offer in line with the national kinship care strategy",
         "Head of Service – Placements and Sufficiency", "Oct-25", "Local Offer published",
         "Published on the Manchester kinship webpages on 6 October 2025.", "Complete"),
    ]),
    ("4. Quality assurance and the voice of children", [
        ("4.1", "Include feedback from children in foster care in every foster carer annual review",
         "Independent Reviewing Officer (Foster Carers)", "30/11/2025", "% of reviews with child feedback",
         "71% of reviews in Q2 included child feedback.", "Green"),
        ("4.2", "Report fostering panel quality assurance themes to the Corporate Parenting Panel twice a year",
         "Fostering Panel Adviser", "Six-monthly", "Reports received by Corporate Parenting Panel",
         "First report presented in September 2025.", "Green"),
    ]),
]
MANCHESTER_REFUSE_ROW = None  # filled in by build


def build_manchester():
    global MANCHESTER_REFUSE_ROW
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Development Plan 2025-26"
    ws["A1"] = "Manchester City Council – Children and Education Services"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = MANCHESTER_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Appendix 2 to the Fostering Service Annual Report 2024/25 "
                "(Fostering Services (England) Regulations 2011, Regulation 35)")
    ws["A3"].font = Font(italic=True)
    headers = ["No.", "What we will do", "Lead", "By when", "How we will know",
               "Progress – September 2025", "RAG"]
    widths = [7, 60, 34, 14, 32, 55, 11]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("5B2C6F")
        cell.border = BOX
        cell.alignment = WRAP
        ws.column_dimensions[get_column_letter(c)].width = widths[c - 1]
    r = 6
    for section, actions in MANCHESTER:
        ws.cell(r, 1, section).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("E8DAEF")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(headers))
        r += 1
        for a in actions:
            for c, v in enumerate(a, 1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = WRAP
            ws.cell(r, 7).fill = fill(RAG_FILL[a[6]])
            if a[3] == "Febuary 2026":
                MANCHESTER_REFUSE_ROW = r
            r += 1
    r += 1
    ws.cell(r, 1, "RAG: Red – not on track; Amber – at risk; Green – on track; Complete – achieved")
    ws.cell(r, 1).font = Font(italic=True)
    ws2 = wb.create_sheet("Carer numbers")
    ws2["A1"] = "Mainstream fostering households (approved)"
    ws2["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("31/03/2024", 212), ("31/03/2025", 205), ("30/09/2025", 211)], start=3):
        ws2.cell(i, 1, k)
        ws2.cell(i, 2, v)
    wb.save(path(MANCHESTER_NAME))


# ---------------------------------------------------------------------------
# 3. Vale of Glamorgan PSB - Well-being Plan delivery tracker (xlsx, fill-only RAG)
# ---------------------------------------------------------------------------
VALE_NAME = "zoq-vale-of-glamorgan-psb-well-being-plan-delivery-tracker-2025-26.xlsx"
VALE_TITLE = "Well-being Plan 2023-2028 – Delivery Tracker 2025/26"
# status colour used as fill only (None = no fill)
VALE = [
    ("Well-being Objective 1: A more resilient and greener Vale", [
        ("Step 1: Work together to respond to the climate and nature emergencies", [
            ("1.1", "Develop a PSB Climate Adaptation Plan for the Vale, including flood and coastal erosion risks",
             "Vale of Glamorgan Council", "NRW, Cardiff and Vale UHB, SWFRS", "March 2026", "green",
             "Two climate risk workshops held with partners; draft risk register completed."),
            ("1.2", "Plant 5,000 trees on public sector land as part of the Project Zero tree programme",
             "Vale of Glamorgan Council / Natural Resources Wales", "Vale Nature Partnership", "Q4 2025/26", "amber",
             "1,150 trees planted. Planting season starts in November; two sites still awaiting landowner agreement."),
        ]),
        ("Step 2: Support local food growing and a sustainable food system", [
            ("2.1", "Expand community food growing sites through the Food Vale partnership",
             "Food Vale", "GVS, Vale of Glamorgan Council", "Dec 2025", "green",
             "Three new sites secured in Barry and Llantwit Major."),
        ]),
    ]),
    ("Well-being Objective 2: A more active and healthier Vale", [
        ("Step 3: Make it easier for people to be active every day", [
            ("3.1", "Roll out the Healthy Travel Charter to all PSB member organisations",
             "Cardiff and Vale UHB (Public Health Team)", "All PSB partners", "31/01/2026", "green",
             "Seven of nine partners signed; remaining two due to sign at the November PSB."),
        ]),
        ("Step 4: Become an Age Friendly Vale", [
            ("4.1", "Submit the Vale's application to join the WHO Global Network for Age-friendly Cities and Communities",
             "Vale of Glamorgan Council", "50+ Strategy Forum, GVS", "June 2025", "blue",
             "Application submitted May 2025 and membership confirmed."),
        ]),
    ]),
    ("Well-being Objective 3: A more equitable and connected Vale", [
        ("Step 5: Reduce the impact of the cost of living crisis", [
            ("5.1", "Keep an up-to-date directory of warm spaces, food banks and advice services across the Vale",
             "Glamorgan Voluntary Services (GVS)", "Vale of Glamorgan Council, Citizens Advice", "Ongoing", "green",
             "Directory refreshed in September ahead of winter."),
            ("5.2", "Deliver joint Making Every Contact Count training for front-line staff, with a cost of living focus",
             "Cardiff and Vale UHB / South Wales Police", "SWFRS, Vale of Glamorgan Council", "31/03/2026", "red",
             "Trainer capacity lost in July; no sessions delivered in the first half of the year."),
        ]),
        ("Step 6: Build safe and cohesive communities", [
            ("6.1", "Develop a Barry town centre community safety plan with the Safer Vale Partnership",
             "South Wales Police", "Vale of Glamorgan Council (Community Safety)", "Q3 2025/26", "amber",
             "Consultation with traders completed; plan drafting delayed by staff changes."),
            ("6.2", "Agree a shared PSB approach to community engagement using a single online platform",
             "Vale of Glamorgan Council", "All PSB partners", "Sept 2025", None,
             ""),
        ]),
    ]),
]
VALE_FILL = {"green": FILL["green"], "amber": FILL["amber"], "red": FILL["red"], "blue": "0070C0"}


def build_vale():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tracker 2025-26"
    ws["A1"] = "Ein Bro – Our Vale | Vale of Glamorgan Public Services Board"
    ws["A1"].font = Font(bold=True, size=12, color="1F6E43")
    ws["A2"] = VALE_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Mid-year progress report to the PSB: April – September 2025"
    headers = ["Ref", "What we will do in 2025/26", "Lead partner(s)", "Supporting partners",
               "Target", "RAG", "Progress update"]
    widths = [7, 62, 34, 30, 12, 7, 55]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F6E43")
        cell.border = BOX
        cell.alignment = WRAP
        ws.column_dimensions[get_column_letter(c)].width = widths[c - 1]
    r = 6
    for objective, steps in VALE:
        ws.cell(r, 1, objective).font = Font(bold=True, size=12)
        ws.cell(r, 1).fill = fill(FILL["band2"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(headers))
        r += 1
        for step, actions in steps:
            ws.cell(r, 2, step).font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=len(headers))
            r += 1
            for ref, text, lead, support, target, rag, upd in actions:
                vals = [ref, text, lead, support, target, None, upd or None]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(r, c, v)
                    cell.border = BOX
                    cell.alignment = WRAP
                if rag:
                    ws.cell(r, 6).fill = fill(VALE_FILL[rag])
                r += 1
    r += 1
    ws.cell(r, 1, "Key:").font = Font(bold=True)
    for c, (lab, col) in enumerate([("Complete", VALE_FILL["blue"]), ("On track", VALE_FILL["green"]),
                                    ("Some delay", VALE_FILL["amber"]), ("Significant issues", VALE_FILL["red"]),
                                    ("No colour = not yet started / no update", None)], start=2):
        cell = ws.cell(r, c, lab)
        if col:
            cell.fill = fill(col)
        cell.border = BOX
    ws.freeze_panes = "A6"
    wb.save(path(VALE_NAME))


# ---------------------------------------------------------------------------
# helpers for Word
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
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


def header_row(table, headers, colour="1F4E79"):
    for c, h in enumerate(headers):
        cell = table.rows[0].cells[c]
        set_cell(cell, h, bold=True)
        shade(cell, colour)
        for run in cell.paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


# ---------------------------------------------------------------------------
# 4. Torfaen JICPA multi-agency improvement plan (docx, table per theme)
# ---------------------------------------------------------------------------
TORFAEN_NAME = "zoq-torfaen-jicpa-multi-agency-improvement-plan.docx"
TORFAEN_TITLE = "Joint Inspection of Child Protection Arrangements (JICPA): Torfaen"
TORFAEN = [
    ("Theme 1: Recognising and responding to abuse and neglect",
     "Referrers are not consistently told the outcome of their referral or the reasons for the decision, which risks missed opportunities to share information.",
     [
         ("1.1", "Introduce a standard outcome notification to all professional referrers within three working days of a decision at the IAA front door.",
          "Torfaen CBC – Service Manager, Information, Advice and Assistance", "30/09/2025", "Blue",
          "Outcome notification template live from 1 September 2025."),
         ("1.2", "Audit a sample of 40 referrals each quarter to test that outcomes have been shared and the rationale recorded.",
          "Torfaen CBC – Quality Assurance Manager\nGwent Police – Detective Inspector, Central Referral Unit", "Quarterly", "Green",
          "First audit completed: feedback given in 31 of 40 cases."),
         ("1.3", "Deliver briefings for designated safeguarding persons in schools on the Wales Safeguarding Procedures and referral feedback.",
          "Torfaen CBC – Education Safeguarding Officer", "December 2025", "Green",
          "Primary cluster briefings held; secondary briefings booked for November."),
     ]),
    ("Theme 2: Prevention and early help",
     "Families do not always receive early help when needs first emerge because the pathway between universal services and the Early Help Hub is not well understood by all partners.",
     [
         ("2.1", "Publish a single Torfaen early help pathway and threshold guide for all partner agencies.",
          "Torfaen CBC – Head of Early Help and Prevention", "31/10/2025", "Amber",
          "Guide drafted; sign-off by partners expected in November."),
         ("2.2", "Ensure health visitors and school nurses attend the weekly Early Help Hub allocation meeting.",
          "ABUHB – Head of Children's Community Nursing", "July 2025", "Blue",
          "Attendance at 100% since June 2025."),
     ]),
    ("Theme 3: Leadership, governance and partnership working",
     "The Gwent Safeguarding Board and the Torfaen Local Safeguarding Network do not yet have enough multi-agency performance information to understand how effective child protection practice is.",
     [
         ("3.1", "Develop a multi-agency child protection performance dashboard for the Torfaen Local Safeguarding Network.",
          "Gwent Safeguarding Board Business Manager", "March 2026", "Green",
          "Data sets agreed with police and health; first version due in January."),
         ("3.2", "Complete a multi-agency audit of care and support protection plans and report the findings to the Local Safeguarding Network.",
          "Torfaen CBC – Principal Officer, Safeguarding\nABUHB – Named Nurse Safeguarding Children", "January 2026", "Red",
          "Audit not yet started because of capacity in the safeguarding unit; revised approach to be agreed at the November LSN."),
         ("3.3", "Refresh the Local Safeguarding Network terms of reference so that education and police are represented at senior level.",
          "Chair, Torfaen Local Safeguarding Network", "September 2025", "Blue",
          "Revised terms of reference agreed on 11 September 2025."),
     ]),
]
RAG_HEX = {"Blue": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def build_torfaen():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = d.add_paragraph()
    r = p.add_run("Gwent Safeguarding Board | Bwrdd Diogelu Gwent")
    r.bold = True
    d.add_heading(TORFAEN_TITLE, 0)
    d.add_paragraph("Multi-Agency Improvement Plan – Torfaen Local Safeguarding Network")
    d.add_paragraph("Version 1.2 – progress update for the Gwent Safeguarding Board, 21 October 2025")

    d.add_heading("Document control", 2)
    t = d.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Comment"], "595959")
    rows = [("0.3", "14/07/2025", "GSB Business Unit", "Draft for partner comment"),
            ("1.0", "05/08/2025", "GSB Business Unit", "Approved by Torfaen Local Safeguarding Network"),
            ("1.2", "21/10/2025", "GSB Business Unit", "Q2 progress update")]
    for i, row in enumerate(rows, 1):
        for c, v in enumerate(row):
            set_cell(t.rows[i].cells[c], v)

    d.add_heading("Introduction", 1)
    d.add_paragraph(
        "Between 10 and 14 March 2025 Care Inspectorate Wales (CIW), Healthcare Inspectorate Wales (HIW), "
        "Estyn and His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) carried out a "
        "joint inspection of the multi-agency response to abuse and neglect of children aged 11 and under in "
        "Torfaen. This plan sets out how partners will respond to the areas for improvement in the inspection "
        "report. Progress is reported to each meeting of the Torfaen Local Safeguarding Network and quarterly to "
        "the Gwent Safeguarding Board.")
    d.add_paragraph("Partners: Torfaen County Borough Council, Gwent Police, Aneurin Bevan University Health Board "
                    "(ABUHB), Torfaen schools.")

    d.add_heading("RAG rating", 2)
    k = d.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (lab, txt) in enumerate([("Blue", "Complete – evidence of impact"), ("Green", "On track"),
                                     ("Amber", "Some slippage – mitigation in place"),
                                     ("Red", "Not on track – escalate to the Local Safeguarding Network")]):
        set_cell(k.rows[i].cells[0], lab, bold=True)
        shade(k.rows[i].cells[0], RAG_HEX[lab])
        set_cell(k.rows[i].cells[1], txt)

    heads = ["Area for improvement", "Ref", "Action", "Lead agency / officer", "Target date", "RAG",
             "Progress update"]
    for theme, afi, actions in TORFAEN:
        d.add_heading(theme, 1)
        t = d.add_table(rows=1 + len(actions), cols=len(heads))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        header_row(t, heads)
        for i, (ref, text, lead, target, rag, prog) in enumerate(actions, 1):
            cells = t.rows[i].cells
            set_cell(cells[1], ref)
            set_cell(cells[2], text)
            set_cell(cells[3], lead)
            set_cell(cells[4], target)
            set_cell(cells[5], rag, bold=True)
            shade(cells[5], RAG_HEX[rag])
            set_cell(cells[6], prog)
        merged = t.cell(1, 0).merge(t.cell(len(actions), 0))
        set_cell(merged, afi)
        d.add_paragraph()

    d.add_heading("Sign-off", 2)
    s = d.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    header_row(s, ["Approved by", "Role", "Date"], "595959")
    for c, v in enumerate(["Torfaen Local Safeguarding Network", "Chair", "05/08/2025"]):
        set_cell(s.rows[1].cells[c], v)
    d.save(path(TORFAEN_NAME))


# ---------------------------------------------------------------------------
# 5. Darlington local area SEND inspection improvement plan (docx, AFI headings)
# ---------------------------------------------------------------------------
DARLINGTON_NAME = "zoq-darlington-local-area-send-inspection-improvement-plan.docx"
DARLINGTON_TITLE = "Area SEND Inspection: Improvement Plan 2025–2026"
DARLINGTON = [
    ("Area for improvement 1",
     "Leaders across the partnership should reduce the time that children and young people wait for neurodevelopmental assessment and make sure that families receive effective support while they wait.",
     [
         ("1.1", "Implement a neurodevelopmental ‘waiting well’ offer, including a named contact and access to parent carer workshops for all families on the waiting list.",
          "Designated Clinical Officer (NENC ICB)", "31/07/2025", "31/10/2025",
          "% of families on the waiting list with a named contact", "G"),
         ("1.2", "Commission additional assessment capacity from an independent provider to reduce the longest waits for autism assessment.",
          "NENC ICB – Head of Commissioning (Children and Young People)", "Mar-26", "",
          "Number waiting more than 52 weeks", "A"),
         ("1.3", "Agree a ‘request for support’ route for schools so that help does not depend on a diagnosis.",
          "Head of SEND and Inclusion (DBC) / Principal Educational Psychologist", "Autumn term 2025", "",
          "Requests received and responded to within 20 school days", "G"),
     ]),
    ("Area for improvement 2",
     "Leaders should strengthen the quality assurance of education, health and care (EHC) plans so that health and social care advice is precise and kept up to date after annual reviews.",
     [
         ("2.1", "Set up a multi-agency EHC plan quality assurance panel meeting monthly, with health and social care representation.",
          "Robson, Claire", "30/06/2025", "",
          "% of audited plans rated good or better", "B"),
         ("2.2", "Train social workers and health practitioners in writing the health and social care sections of EHC plans.",
          "Designated Social Care Officer; Designated Clinical Officer", "December 2025", "",
          "Attendance and post-training audit", "A"),
         ("2.3", "Track the updating of health and care advice after each annual review through the SEND case management system.",
          "SEND Casework Manager", "Summer term 2026", "",
          "% of annual reviews with updated advice", "G"),
     ]),
    ("Area for improvement 3",
     "Leaders should improve planning for young people’s move into adulthood, including earlier involvement of adult health and social care services.",
     [
         ("3.1", "Establish a 14–25 transitions panel with adult social care, adult health services and post-16 providers.",
          "Head of Adult Social Care Operations (DBC)", "September 2025", "",
          "Panel terms of reference agreed; cases reviewed", "B"),
         ("3.2", "Include preparing for adulthood outcomes in all EHC plans from the Year 9 annual review onwards.",
          "Head of SEND and Inclusion (DBC)", "Jul-26", "",
          "% of Year 9+ plans with PfA outcomes", ""),
     ]),
]
LETTER_HEX = {"B": "00B0F0", "G": "00B050", "A": "FFC000", "R": "FF0000"}


def build_darlington():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = d.add_paragraph()
    r = p.add_run("Darlington SEND Partnership")
    r.bold = True
    r.font.size = Pt(14)
    d.add_heading(DARLINGTON_TITLE, 0)
    d.add_paragraph("Darlington Borough Council (DBC) and North East and North Cumbria Integrated Care Board (NENC ICB)")
    d.add_paragraph("Our response to the areas for improvement in the Ofsted and CQC inspection of the Darlington "
                    "local area partnership (inspection November 2024; report published 4 February 2025). "
                    "The inspection found that the partnership’s arrangements lead to inconsistent experiences and "
                    "outcomes for some children and young people with SEND.")
    p = d.add_paragraph()
    p.add_run("Position as at: ").bold = True
    p.add_run("30 September 2025")
    p.add_run("     Accountable board: ").bold = True
    p.add_run("SEND Partnership Board")
    d.add_paragraph("RAG key – B: complete; G: on track; A: some slippage, recovery plan in place; R: off track. "
                    "A blank RAG means the action has not started.")
    heads = ["Ref", "Action", "Owner", "Target date", "Revised date", "How we will measure impact", "RAG"]
    for afi_head, afi_text, actions in DARLINGTON:
        d.add_heading(afi_head, 1)
        p = d.add_paragraph()
        run = p.add_run(afi_text)
        run.italic = True
        t = d.add_table(rows=1 + len(actions), cols=len(heads))
        t.style = "Table Grid"
        header_row(t, heads, "7030A0")
        for i, (ref, text, owner, target, revised, measure, rag) in enumerate(actions, 1):
            cells = t.rows[i].cells
            for c, v in enumerate([ref, text, owner, target, revised, measure, rag]):
                set_cell(cells[c], v, bold=(c == 6))
            if rag:
                shade(cells[6], LETTER_HEX[rag])
    d.add_paragraph()
    d.add_paragraph("Next review: SEND Partnership Board, January 2026.")
    d.save(path(DARLINGTON_NAME))


# ---------------------------------------------------------------------------
# 6. Suffolk County Council - Scrutiny recommendations tracker (csv)
# ---------------------------------------------------------------------------
SUFFOLK_NAME = "zoq-suffolk-county-council-scrutiny-recommendations-tracker.csv"
SUFFOLK_TITLE = "Suffolk County Council Scrutiny Committee – Recommendations Tracker"
SUFFOLK_HEAD = ["Review", "Meeting date", "Recommendation", "Ref", "Agreed action", "Responsible officer",
                "Target date", "Status", "Latest update"]
# review, meeting, recommendation text (None = continuation), ref, action, officer, target, status, update
SUFFOLK = [
    ("Highways maintenance and pothole repairs", "12/12/2024",
     "1. That the Cabinet Member for Highways publishes the criteria used to prioritise carriageway resurfacing schemes.",
     "1a", "Publish the resurfacing prioritisation criteria and the 2025/26 resurfacing programme on the Suffolk Highways website.",
     "Head of Highways Network Management", "31/05/2025", "Complete", "Published 28 May 2025."),
    ("", "",
     "2. That response times for category 2 potholes are reported to the Committee every six months.",
     "2a", "Add category 2 pothole response times to the six-monthly highways performance report.",
     "Assistant Director, Operational Highways", "Jan-26", "On track", "First report scheduled for the January 2026 meeting."),
    ("", "", "",
     "2b", "Review the contractual target for category 2 repairs as part of the highways contract extension negotiations.",
     "Head of Highways Contract Management; Assistant Director, Operational Highways", "31/03/2026", "Amber",
     "Negotiations delayed until the contractor's annual performance review in February."),
    ("Support for young carers", "10/04/2025",
     "3. That the Council works with schools to increase the number of young carers identified and referred for support.",
     "3a", "Launch a young carers identification toolkit for all Suffolk schools, with a named young carers lead in each school.",
     "Head of Inclusion", "Dec 2025", "On track", "Toolkit piloted in 12 schools; county launch planned for December."),
    ("", "", "",
     "3b", "Include young carer identification in the annual section 175 safeguarding audit for schools.",
     "Education Safeguarding Manager", "TBC", "Not started", "Awaiting revised audit template from the partnership."),
    ("", "",
     "4. That young carers moving into adulthood receive a carer's assessment before their 18th birthday.",
     "4a", "Introduce a transition protocol for young carers aged 17 between Children and Young People's Services and Adult Care.",
     "Head of Service, Adult Care Practice; Head of Service, Children in Need", "30/09/2025", "Complete",
     "Protocol signed off by both directorates in September 2025."),
    ("", "", "",
     "4b", "Report the number of young carers who received a transition assessment to the Committee after 12 months.",
     "Assistant Director, Adult Care Practice", "Apr-26", "On track", "Data collection started October 2025."),
]


def build_suffolk():
    n = len(SUFFOLK_HEAD)
    with open(path(SUFFOLK_NAME), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([SUFFOLK_TITLE] + [""] * (n - 1))
        w.writerow(["Position at 8 October 2025"] + [""] * (n - 1))
        w.writerow([""] * n)
        w.writerow(SUFFOLK_HEAD)
        for row in SUFFOLK:
            w.writerow(row)
        w.writerow([""] * n)
        w.writerow(["Status key: Complete = delivered; On track = progressing to target date; "
                    "Amber = at risk of missing target date; Not started = not yet begun"] + [""] * (n - 1))


# ---------------------------------------------------------------------------
# 7. Cornwall Council - scrutiny inquiry recommendations tracker (plain text)
# ---------------------------------------------------------------------------
CORNWALL_NAME = "zoq-cornwall-council-neighbourhoods-osc-temporary-accommodation-inquiry-recommendations-tracker.txt"
CORNWALL_TITLE = "Temporary Accommodation Inquiry: Recommendations Action Tracker"
CORNWALL = [
    ("R1 – That Cabinet increases the supply of council-owned temporary accommodation so that bed and breakfast is used for families with children only in an emergency.",
     "Accepted",
     [
         ("1.1", "Acquire and refurbish 60 additional homes for use as temporary accommodation through the Housing Acquisition Programme.",
          "Service Director – Housing", "31/03/2026", "On track", "41 homes completed or in conveyancing at 30 September."),
         ("1.2", "Convert a former council office building in Camborne into 12 self-contained family units.",
          "Head of Housing Delivery; Cornwall Housing Ltd – Director of Property Services", "December 2025",
          "Slipping (amber)", "Planning approval received August 2025; start on site moved to October."),
     ]),
    ("R2 – That families placed in temporary accommodation outside their home area are helped to keep their children's school place.",
     "Accepted in part",
     [
         ("2.1", "Agree a protocol with School Transport so that children placed out of area can keep travelling to their current school.",
          "Head of Housing Options and Homelessness", "Jul-25", "Complete", "Protocol in place from the start of the autumn term."),
         ("2.2", "Give every family placed in temporary accommodation a named support worker within five working days.",
          "Head of Housing Options and Homelessness", "Ongoing", "On track", "92% allocated within five working days in Q2."),
     ]),
    ("R3 – That the Committee receives six-monthly reports on the number of households in emergency and temporary accommodation and the cost to the Council.",
     "Accepted",
     [
         ("3.1", "Include temporary accommodation numbers, length of stay and net cost in the quarterly Council Performance Report.",
          "Head of Strategy and Performance", "30/06/2025", "Complete", "Included from the Q1 2025/26 report."),
         ("3.2", "Present the first six-monthly report to the Neighbourhoods Overview and Scrutiny Committee.",
          "Service Director – Housing", "Nov-25", "Not started", ""),
     ]),
    ("R4 – That the Leader writes to Government to seek an increase in Local Housing Allowance rates for Cornwall.",
     "Accepted",
     [
         ("4.1", "Write to the Secretary of State for Housing, Communities and Local Government setting out the evidence from the inquiry.",
          "Leader of the Council", "30/04/2025", "Complete", "Letter sent 14 April 2025; reply received 2 June 2025."),
     ]),
]


def build_cornwall():
    L = []
    L.append("CORNWALL COUNCIL")
    L.append("Neighbourhoods Overview and Scrutiny Committee")
    L.append(CORNWALL_TITLE)
    L.append("Report date: 30 September 2025        Next update due: March 2026")
    L.append("")
    L.append("Inquiry report agreed by the Committee on 13 February 2025; Cabinet response agreed 26 March 2025.")
    L.append("Status key: Complete | On track | Slipping (amber) | Off track (red) | Not started")
    L.append("")
    bar = "=" * 78
    dash = "-" * 78
    L.append(bar)
    counts = {}
    for rec, response, actions in CORNWALL:
        L.append("")
        L.append(rec)
        L.append("Cabinet response: " + response)
        L.append(dash)
        for ref, text, lead, target, status, update in actions:
            counts[status] = counts.get(status, 0) + 1
            L.append("")
            L.append("  Action %s: %s" % (ref, text))
            L.append("    Lead officer: " + lead)
            L.append("    Target date:  " + target)
            L.append("    Status:       " + status)
            if update:
                L.append("    Update:       " + update)
        L.append("")
    L.append(bar)
    total = sum(counts.values())
    L.append("Summary: %d actions | Complete %d | On track %d | Slipping %d | Off track %d | Not started %d" % (
        total, counts.get("Complete", 0), counts.get("On track", 0), counts.get("Slipping (amber)", 0),
        counts.get("Off track (red)", 0), counts.get("Not started", 0)))
    L.append("Contact: Democratic Services, New County Hall, Truro")
    with open(path(CORNWALL_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


def main():
    build_somerset()
    build_manchester()
    build_vale()
    build_torfaen()
    build_darlington()
    build_suffolk()
    build_cornwall()
    print("Manchester refuse row:", MANCHESTER_REFUSE_ROW)


if __name__ == "__main__":
    main()
