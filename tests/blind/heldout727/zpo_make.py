"""Build the seven zpo- blind test files (set heldout727).

Run with /work/main/.venv/bin/python zpo_make.py  (writes into this script's folder).
The data below is also what the expected readings were written from.
"""
import csv
import datetime as dt
import io
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
HDR_FILL = PatternFill("solid", fgColor="1F3864")
HDR_FONT = Font(bold=True, color="FFFFFF")

RAG_FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
}


def fill(hex_):
    return PatternFill("solid", fgColor=hex_)


# ---------------------------------------------------------------------------
# 1. Flintshire County Council - Overview & Scrutiny action tracking (xlsx)
# ---------------------------------------------------------------------------
FLINT_NAME = "zpo-flintshire-county-council-overview-scrutiny-action-tracking-2025-26.xlsx"
FLINT_TITLE = "Flintshire County Council – Overview & Scrutiny Action Tracking 2025/26"
# sheet name, committee heading, rows: (meeting date, agenda item, action, officers, action taken, timescale, status)
FLINT = [
    ("Corporate Resources OSC", "Corporate Resources Overview & Scrutiny Committee", [
        (dt.date(2025, 7, 10), "Medium Term Financial Strategy and Budget 2026/27",
         "To circulate a breakdown of the £3.2m social care cost pressures to all Members of the Committee.",
         "Corporate Finance Manager",
         "Breakdown circulated to Members by email on 28 July 2025.", "July 2025", "Completed"),
        (dt.date(2025, 7, 10), "Medium Term Financial Strategy and Budget 2026/27",
         "To hold a Member workshop on the Council Tax Reduction Scheme before the December budget meeting.",
         "Democratic Services Manager / Corporate Finance Manager",
         "Workshop arranged for 4 December 2025.", "December 2025", "On track"),
        (dt.date(2025, 9, 18), "Digital Strategy Update",
         "To provide Members with the number of residents registered for the My Account portal, broken down by ward.",
         "Chief Officer (Governance)",
         "Data being extracted and validated; to be shared with Members by the end of November.",
         "November 2025", "On track"),
        (dt.date(2025, 9, 18), "People Strategy 2025-28",
         "To report back on sickness absence in the Streetscene workforce and the actions being taken to reduce it.",
         "Corporate Manager (Human Resources and Organisational Development)",
         "Report scheduled for the January 2026 meeting.", "January 2026", "Not started"),
    ]),
    ("Social & Health Care OSC", "Social & Health Care Overview & Scrutiny Committee", [
        (dt.date(2025, 7, 3), "Director of Social Services Annual Report 2024/25",
         "To arrange a visit for Members to the Marleyfield House extension.",
         "Chief Officer (Social Services)",
         "Visit held on 15 September 2025; eight Members attended.", "September 2025", "Completed"),
        (dt.date(2025, 7, 3), "Recruitment and Retention of Social Workers",
         "To provide a comparison of agency social worker rates across the six North Wales councils.",
         "Senior Manager – Children and Workforce",
         "Regional data requested from the North Wales Workforce Group.", "Dec-25", "On track"),
        (dt.date(2025, 9, 25), "Review of Double-Handed Care",
         "To share the outcome of the single-handed care pilot with the Committee, including feedback from people receiving care and their families.",
         "Senior Manager – Integrated Services",
         "Pilot evaluation due to conclude in February 2026.", "March 2026", "On track"),
        (dt.date(2025, 9, 25), "Review of Double-Handed Care",
         "To invite Betsi Cadwaladr University Health Board to a joint meeting on hospital discharge.",
         "Overview & Scrutiny Facilitator",
         "Date to be agreed with the Health Board.", "TBC", "Not started"),
    ]),
    ("Education Youth Culture OSC", "Education, Youth & Culture Overview & Scrutiny Committee", [
        (dt.date(2025, 10, 16), "School Modernisation Programme",
         "To provide a written response on the travel plan for the new Mynydd Isa campus.",
         "Chief Officer (Education and Youth)",
         "Response circulated to Members on 31 October 2025.", "31/10/2025", "Completed"),
        (dt.date(2025, 10, 16), "Attendance and Exclusions",
         "To circulate persistent absence data by secondary school, with a comparison against the Wales average.",
         "Senior Manager – School Improvement",
         "Data being collated from the attendance dashboard.", "November 2025", "On track"),
        (dt.date(2025, 10, 16), "Youth Services Annual Report",
         "To invite the Flintshire Youth Council to present its priorities to the Committee.",
         "Youth Services Manager",
         "Provisionally scheduled for the February 2026 meeting.", "February 2026", "On track"),
    ]),
]
FLINT_HEAD = ["Meeting date", "Agenda item", "Action required", "Action officer(s)",
              "Action taken", "Timescale", "Status"]


def merge_runs(ws, col, first_row, values):
    """Merge vertically equal consecutive values in column col (1-based)."""
    start = 0
    for i in range(1, len(values) + 1):
        if i == len(values) or values[i] != values[start]:
            if i - 1 > start:
                ws.merge_cells(start_row=first_row + start, start_column=col,
                               end_row=first_row + i - 1, end_column=col)
            start = i


def build_flintshire():
    wb = Workbook()
    wb.remove(wb.active)
    for sheet, committee, rows in FLINT:
        ws = wb.create_sheet(sheet)
        ws["A1"] = FLINT_TITLE
        ws["A1"].font = Font(bold=True, size=14)
        ws.merge_cells("A1:G1")
        ws["A2"] = committee
        ws["A2"].font = Font(bold=True, size=12)
        ws.merge_cells("A2:G2")
        ws["A3"] = "Position as at 20 November 2025"
        ws["A3"].font = Font(italic=True)
        for c, h in enumerate(FLINT_HEAD, 1):
            cell = ws.cell(row=5, column=c, value=h)
            cell.font = HDR_FONT
            cell.fill = HDR_FILL
            cell.border = BOX
            cell.alignment = WRAP
        r0 = 6
        for i, row in enumerate(rows):
            r = r0 + i
            for c, v in enumerate(row, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
                if c == 1:
                    cell.number_format = "dd/mm/yyyy"
            st = ws.cell(row=r, column=7)
            if row[6] == "Completed":
                st.fill = fill("BDD7EE")
            elif row[6] == "On track":
                st.fill = fill("C6EFCE")
        merge_runs(ws, 1, r0, [x[0] for x in rows])
        merge_runs(ws, 2, r0, [(x[0], x[1]) for x in rows])
        note_row = r0 + len(rows) + 1
        ws.cell(row=note_row, column=1,
                value="Note: actions shown as Completed will be removed from the tracker once they have been reported to the Committee.").font = Font(italic=True)
        for col, w in zip("ABCDEFG", (13, 28, 52, 30, 40, 15, 13)):
            ws.column_dimensions[col].width = w
        ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, FLINT_NAME))


# ---------------------------------------------------------------------------
# 2. BCP Council - Corporate Strategy delivery plan Q2 tracker (xlsx)
# ---------------------------------------------------------------------------
BCP_NAME = "zpo-bcp-council-corporate-strategy-delivery-plan-2025-26-q2-tracker.xlsx"
BCP_TITLE = "BCP Council – Corporate Strategy Delivery Plan 2025/26"
# (priority heading, [(ambition, [(ref, action, portfolio, lead, original, revised, q1, q2rag, comment)])])
BCP = [
    ("Priority 1: Our place and environment", [
        ("Vibrant places where people and nature flourish", [
            ("1.1", "Present the Poole Regeneration Framework to Cabinet for approval",
             "Regeneration", "Director of Investment and Development",
             dt.date(2025, 9, 30), dt.date(2026, 1, 31), "G", "amber",
             "Consultation extended by six weeks at the request of Poole Town Council; Cabinet date moved to January."),
            ("1.2", "Complete phase 2 of the Boscombe beach hut replacement programme",
             "Destination, Leisure and Commercial Operations", "Director of Commercial Operations",
             dt.date(2025, 6, 30), dt.date(2025, 8, 31), "A", "blue",
             "All 120 replacement huts handed over on 22 August 2025."),
            ("1.3", "Submit the BCP Local Plan for examination in public",
             "Planning and Enforcement", "Director of Planning and Transport",
             dt.date(2025, 12, 31), dt.date(2026, 6, 30), "A", "red",
             "Revised housing figures require further evidence work; submission now planned for June 2026."),
        ]),
        ("A clean and sustainable environment", [
            ("1.4", "Roll out weekly food waste collections to all kerbside households",
             "Climate Response, Environment and Energy", "Director of Environment",
             dt.date(2026, 3, 31), None, "G", "green",
             "Phase 1 (Christchurch) live from September; vehicles delivered for phase 2."),
        ]),
    ]),
    ("Priority 2: Our people and communities", [
        ("Good health and wellbeing for all", [
            ("2.1", "Deliver year one of the Adult Social Care improvement plan following the CQC assessment",
             "Health and Wellbeing", "Corporate Director – Wellbeing / Director of Adult Social Care",
             dt.date(2026, 3, 31), None, "G", "green",
             "18 of 26 year-one actions complete; improvement board meeting monthly."),
        ]),
        ("Children and young people get the best start in life", [
            ("2.2", "Open the Hamworthy family hub",
             "Children and Young People", "Director of Early Help and Prevention",
             dt.date(2025, 9, 30), dt.date(2025, 11, 30), "A", "blue",
             "Hub opened to families on 3 November 2025."),
        ]),
        ("Everyone has a safe and secure home", [
            ("2.3", "Reduce the number of families in bed and breakfast accommodation for longer than six weeks to zero",
             "Housing and Regulatory Services", "Director of Housing",
             dt.date(2026, 3, 31), None, "R", "amber",
             "Down from 41 families in April to 12 at the end of September."),
        ]),
    ]),
    ("Priority 3: Our council", [
        ("A financially sustainable council", [
            ("3.1", "Deliver the 2025/26 transformation savings of £10.6m",
             "Finance", "Chief Finance Officer",
             "Q4 2025/26", None, "A", "amber",
             "£7.9m delivered or on track; £2.7m at risk, mitigations being worked up."),
        ]),
    ]),
]
BCP_HEAD = ["Ref", "Ambition", "Key action / milestone", "Portfolio", "Lead officer",
            "Original target", "Revised target", "Q1 status", "Q2 status", "Q2 commentary"]


def build_bcp():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = BCP_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "A shared vision for Bournemouth, Christchurch and Poole 2024-28"
    s["A3"] = "Quarter 2 (July – September 2025) progress report"
    s["A3"].font = Font(italic=True)
    s["A5"] = "Status key"
    s["A5"].font = Font(bold=True)
    key = [("blue", "Complete"), ("green", "On track"),
           ("amber", "Some slippage – within tolerance"),
           ("red", "Off track – intervention required")]
    for i, (col, txt) in enumerate(key):
        s.cell(row=6 + i, column=1).fill = fill(RAG_FILL[col])
        s.cell(row=6 + i, column=1).border = BOX
        s.cell(row=6 + i, column=2, value=txt).border = BOX
    s["A11"] = "Summary of Q2 status"
    s["A11"].font = Font(bold=True)
    counts = {"blue": 0, "green": 0, "amber": 0, "red": 0}
    for _, ambs in BCP:
        for _, acts in ambs:
            for a in acts:
                counts[a[7]] += 1
    total = sum(counts.values())
    s.cell(row=12, column=1, value="Status").font = Font(bold=True)
    s.cell(row=12, column=2, value="Number of actions").font = Font(bold=True)
    s.cell(row=12, column=3, value="%").font = Font(bold=True)
    names = {"blue": "Complete", "green": "On track", "amber": "Some slippage", "red": "Off track"}
    r = 13
    for col in ("blue", "green", "amber", "red"):
        s.cell(row=r, column=1, value=names[col]).fill = fill(RAG_FILL[col])
        s.cell(row=r, column=2, value=counts[col])
        s.cell(row=r, column=3, value=round(100 * counts[col] / total))
        r += 1
    s.cell(row=r, column=1, value="Total").font = Font(bold=True)
    s.cell(row=r, column=2, value=total).font = Font(bold=True)
    s.cell(row=r, column=3, value=100).font = Font(bold=True)
    s.column_dimensions["A"].width = 22
    s.column_dimensions["B"].width = 36

    ws = wb.create_sheet("Delivery Plan")
    ws["A1"] = BCP_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 (July – September 2025) progress report"
    for c, h in enumerate(BCP_HEAD, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = HDR_FONT
        cell.fill = HDR_FILL
        cell.border = BOX
        cell.alignment = WRAP
    r = 5
    for prio, ambs in BCP:
        ws.cell(row=r, column=1, value=prio).font = Font(bold=True, color="FFFFFF")
        for c in range(1, 11):
            ws.cell(row=r, column=c).fill = fill("2E75B6")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for amb, acts in ambs:
            first = r
            for ref, action, port, lead, orig, rev, q1, q2, com in acts:
                vals = [ref, amb if r == first else None, action, port, lead, orig, rev, q1, None, com]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.border = BOX
                    cell.alignment = WRAP
                    if c in (6, 7) and isinstance(v, dt.date):
                        cell.number_format = "mmm-yy"
                ws.cell(row=r, column=9).fill = fill(RAG_FILL[q2])
                ws.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    for col, w in zip("ABCDEFGHIJ", (6, 26, 48, 26, 30, 11, 11, 9, 9, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, BCP_NAME))


# ---------------------------------------------------------------------------
# 3. Leicester City Council - fostering service development plan (xlsx, refuse)
# ---------------------------------------------------------------------------
LEIC_NAME = "zpo-leicester-city-council-fostering-service-development-plan-2025-26-typo-month-refuse.xlsx"
LEIC_TITLE = "Leicester City Council Fostering Service – Development Plan 2025/26"
LEIC = [
    ("Objective 1: Increase the number of mainstream foster carers approved by Leicester City Council", [
        ("1.1", "Launch a targeted recruitment campaign for carers able to care for teenagers and sibling groups",
         "Fostering Recruitment Team Manager", "Sept 2025", "Green",
         "Campaign launched 8 September; 63 enquiries in the first four weeks."),
        ("1.2", "Review the fostering allowances and fees scheme and benchmark it against other East Midlands councils",
         "Head of Service – Fostering and Adoption / Finance Business Partner", "Dec 2025", "Amber",
         "Benchmarking complete; proposals to go to the Lead Member briefing in December."),
        ("1.3", "Reduce the average time from initial enquiry to fostering panel to under six months",
         "Fostering Recruitment Team Manager", "Mar 2026", "Green",
         "Average at Q2 is 6.8 months (7.9 months in 2024/25)."),
    ]),
    ("Objective 2: Support and retain our foster carers", [
        ("2.1", "Launch a Mockingbird constellation hub in the west of the city",
         "Service Manager – Fostering", "Febuary 2026", "Amber",
         "Hub carer identified; satellite families being matched."),
        ("2.2", "Refresh the foster carer learning and development programme with the Foster Carers' Association",
         "Fostering Practice Development Lead", "Ongoing", "Green",
         "New trauma-informed practice module running from October."),
        ("2.3", "Introduce an out-of-hours support line run by experienced foster carers",
         "Service Manager – Fostering", "Jan 2026", "Amber",
         "Rota agreed; awaiting telephony set-up."),
    ]),
    ("Objective 3: Kinship and connected carers", [
        ("3.1", "Complete all connected person (Regulation 24) assessments within 16 weeks",
         "Kinship Team Manager", "Mar 2026", "Red",
         "4 of 11 assessments completed within 16 weeks at Q2; additional assessor from November."),
        ("3.2", "Establish a monthly kinship carer support group with Kinship (the charity)",
         "Kinship Team Manager", "Nov 2025", "Complete",
         "First group held on 6 November 2025."),
    ]),
]
LEIC_RAG_FILL = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE", "Complete": "BDD7EE"}
LEIC_TYPO_ROW = None  # set by build_leicester


def build_leicester():
    global LEIC_TYPO_ROW
    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc["A1"] = LEIC_TITLE
    dc["A1"].font = Font(bold=True, size=14)
    dc["A3"] = "Document owner"
    dc["B3"] = "Head of Service – Fostering and Adoption"
    dc["A4"] = "Approved by"
    dc["B4"] = "Corporate Parenting Board, 24 June 2025"
    dc["A5"] = "Review"
    dc["B5"] = "Quarterly"
    for c, h in enumerate(["Version", "Date", "Author", "Changes"], 1):
        cell = dc.cell(row=7, column=c, value=h)
        cell.font = HDR_FONT
        cell.fill = HDR_FILL
    hist = [("0.1", dt.date(2025, 5, 2), "Service Manager – Fostering", "First draft"),
            ("1.0", dt.date(2025, 6, 24), "Head of Service – Fostering and Adoption", "Approved"),
            ("1.1", dt.date(2025, 10, 14), "Service Manager – Fostering", "Q2 progress added")]
    for i, row in enumerate(hist):
        for c, v in enumerate(row, 1):
            cell = dc.cell(row=8 + i, column=c, value=v)
            if c == 2:
                cell.number_format = "dd/mm/yyyy"
    for col, w in zip("ABCD", (16, 40, 40, 24)):
        dc.column_dimensions[col].width = w

    ws = wb.create_sheet("Development Plan")
    ws["A1"] = LEIC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress update – October 2025 (reported to Corporate Parenting Board)"
    ws["A2"].font = Font(italic=True)
    head = ["Ref", "Action", "Lead", "Timescale", "RAG", "Progress update"]
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = HDR_FONT
        cell.fill = HDR_FILL
        cell.border = BOX
    r = 5
    for obj, acts in LEIC:
        ws.cell(row=r, column=1, value=obj).font = Font(bold=True)
        for c in range(1, 7):
            ws.cell(row=r, column=c).fill = fill("D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for ref, action, lead, when, rag, upd in acts:
            for c, v in enumerate([ref, action, lead, when, rag, upd], 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
            ws.cell(row=r, column=5).fill = fill(LEIC_RAG_FILL[rag])
            if when.startswith("Febuary"):
                LEIC_TYPO_ROW = r
            r += 1
    ws.cell(row=r + 1, column=1, value="RAG: Green – on track; Amber – some slippage; Red – off track; Complete – action delivered.").font = Font(italic=True)
    for col, w in zip("ABCDEF", (6, 55, 34, 14, 11, 50)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, LEIC_NAME))


# ---------------------------------------------------------------------------
# 4. National Adoption Service for Wales - work programme tracker (txt, tab-separated)
# ---------------------------------------------------------------------------
NAS_NAME = "zpo-national-adoption-service-wales-work-programme-2025-26-q2-tracker.txt"
NAS_LINES = [
    "National Adoption Service for Wales – Work Programme 2025-26",
    "Quarter 2 progress tracker (to 30 September 2025) – for NAS Governance Board, 23 October 2025",
    "",
    "\t".join(["Priority", "Ref", "Action", "Lead", "Partners", "Target date", "RAG", "Progress at Q2"]),
    "\t".join(["1. Adoption support", "1.1",
               "Extend the Therapeutic Education and Support Services in Adoption (TESSA) offer to all five regional collaboratives",
               "Adoption Support Development Manager", "Regional collaboratives; Adoption UK Cymru",
               "March 2026", "G", "Four of five regions now live; Mid and West Wales go-live agreed for January."]),
    "\t".join(["", "1.2", "Publish revised national standards for adoption support assessments",
               "Head of Policy, Practice & Communication", "ADSS Cymru", "31/12/2025", "A",
               "Draft standards out for consultation until 14 November; publication likely in January."]),
    "\t".join(["", "1.3", "Commission an independent evaluation of the Adopting Together service",
               "Director of the National Adoption Service", "St David's Children Society; Barnardo's Cymru",
               "Q4 2025-26", "Not started", "Specification drafted; procurement to begin in January 2026."]),
    "\t".join(["2. Recruitment and assessment of adopters", "2.1",
               "Run a national adopter recruitment campaign during National Adoption Week",
               "Head of Policy, Practice & Communication", "Regional collaboratives", "October 2025",
               "Complete", "Campaign ran 13–19 October 2025; 146 enquiries received in the campaign week."]),
    "\t".join(["", "2.2", "Introduce a single national system for adopter enquiries and information event bookings",
               "Adoption Register Practitioner Manager; Regional Managers", "Welsh Government", "March 2026",
               "R", "Supplier delays; revised go-live date under discussion with the supplier."]),
    "\t".join(["", "", "", "", "", "", "",
               "A recovery plan will be presented to the Governance Board in January 2026."]),
    "\t".join(["3. Early permanence", "3.1",
               "Embed the Welsh Early Permanence framework in the permanence planning of all 22 local authorities",
               "Welsh Early Permanence Project Coordinator", "Local authorities; Cafcass Cymru", "Q3 2025-26",
               "A", "17 of 22 local authorities have signed up to the framework."]),
    "\t".join(["4. Life journey work", "4.1",
               "Deliver life journey work training to 300 social workers and foster carers",
               "Head of Policy, Practice & Communication", "Regional collaboratives", "Ongoing", "G",
               "212 practitioners trained so far this year."]),
    "\t".join(["5. Adopted adults and birth families", "5.1",
               "Launch the national support service for birth parents in all regions",
               "Director of the National Adoption Service", "Barnardo's Cymru", "30/06/2026", "G",
               "Service specification agreed; regional launch events planned for spring 2026."]),
    "",
    "RAG key: G = on track; A = some delay, recoverable within the year; R = significant delay or at risk; Complete = delivered; Not started = not yet due to start",
    "Prepared by the NAS Central Team, hosted by the City of Cardiff Council on behalf of all 22 Welsh local authorities.",
]


def build_nas():
    with open(os.path.join(HERE, NAS_NAME), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(NAS_LINES) + "\r\n")


# ---------------------------------------------------------------------------
# 5. Wolverhampton local area SEND partnership - priority action plan (docx)
# ---------------------------------------------------------------------------
WOLV_NAME = "zpo-wolverhampton-local-area-send-partnership-priority-action-plan.docx"
WOLV_TITLE = "Wolverhampton Local Area SEND Partnership – Priority Action Plan"
WOLV = [
    ("Area for priority action 1",
     "Leaders across education, health and care should urgently improve the timeliness and quality of education, health and care (EHC) needs assessments and plans, so that children and young people receive the right support without delay.",
     [("1.1", "Implement a weekly EHC needs assessment tracking meeting chaired by the Head of SEND Services.\nPublish monthly timeliness data to the SEND Partnership Board.",
       "Head of SEND Services", "Sept 2025", "Blue",
       "Tracking meeting in place since June. 20-week timeliness 38% in September (14% in March)."),
      ("1.2", "Recruit additional educational psychologists and SEND case officers to clear the backlog of overdue assessments.",
       "Head of SEND Services / Principal Educational Psychologist", "Original: Dec 2025\nRevised: Mar 2026", "Amber",
       "Three of five case officer posts filled; EP recruitment slower than planned, locum cover agreed."),
      ("1.3", "Introduce a multi-agency quality assurance audit of EHC plans, including the health and social care advice.",
       "Designated Clinical Officer (Black Country ICB)", "Ongoing – quarterly audit cycle", "Green",
       "First two audits complete; 61% of sampled plans rated good or better."),
      ]),
    ("Area for priority action 2",
     "Leaders should improve the availability of neurodevelopmental assessments and reduce waiting times, including support for children and young people who are waiting for an assessment.",
     [("2.1", "Commission additional autism and ADHD assessment capacity from an independent provider.",
       "Associate Director of Children’s Commissioning (Black Country ICB)", "31/01/2026", "Green",
       "Contract awarded in September; first 150 assessments scheduled."),
      ("2.2", "Launch a ‘support while you wait’ offer for families, co-produced with the Wolverhampton Parent Carer Forum.",
       "Head of SEND Services; Parent Carer Forum Co-ordinator", "Autumn term 2025", "Amber",
       "Offer drafted with parent carers; launch moved to the last week of term."),
      ("2.3", "Reduce the longest waits for community paediatric assessment to under 52 weeks.",
       "Clinical Director for Community Paediatrics (RWT)", "March 2026", "Red",
       "Longest wait 71 weeks at the end of September; recovery trajectory under review with the ICB."),
      ]),
    ("Area for improvement 1",
     "Leaders should strengthen preparation for adulthood planning from Year 9, so that young people with SEND have clear pathways into employment, independent living and community participation.",
     [("AFI 1.1", "Include a preparing for adulthood section in every Year 9 annual review.",
       "SEND Preparation for Adulthood Lead", "Summer term 2026", "Green",
       "New annual review template agreed with SENCOs; in use from January."),
      ("AFI 1.2", "Expand supported internships with City of Wolverhampton College from 20 to 40 places.",
       "Head of Skills and Employment", "Sept 2025 – July 2026", "Green",
       "34 interns started in September 2025."),
      ]),
]
WOLV_RAG_FILL = {"Blue": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text; inner newlines become separate paragraphs."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold


def header_row(table, headers, hex_="1F3864"):
    for i, h in enumerate(headers):
        c = table.rows[0].cells[i]
        set_cell(c, h, bold=True)
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, hex_)


def build_wolverhampton():
    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.add_paragraph(WOLV_TITLE, style="Title")
    d.add_paragraph("In response to the Ofsted and CQC area SEND inspection of the Wolverhampton local area partnership, March 2025. "
                    "Progress position: October 2025.")
    d.add_heading("Document control", level=2)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Owner", "Comments"])
    for row in [("1.0", "12/06/2025", "SEND Partnership Board", "Submitted to DfE and NHS England"),
                ("1.2", "08/09/2025", "SEND Improvement Lead", "Q1 progress update"),
                ("1.3", "14/10/2025", "SEND Improvement Lead", "Q2 progress update")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    d.add_heading("RAG key", level=2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for rag, txt in [("Blue", "Action complete and impact evidenced"), ("Green", "On track"),
                     ("Amber", "Some slippage – mitigation in place"),
                     ("Red", "Off track – escalated to the SEND Partnership Board")]:
        cells = t.add_row().cells
        set_cell(cells[0], rag, bold=True)
        shade(cells[0], WOLV_RAG_FILL[rag])
        set_cell(cells[1], txt)
    for head, text, acts in WOLV:
        d.add_heading(head, level=1)
        p = d.add_paragraph()
        r = p.add_run(text)
        r.italic = True
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Lead(s)", "Completion date", "RAG", "Progress and impact"])
        for ref, action, lead, when, rag, prog in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, action, lead, when, rag, prog]):
                set_cell(c, v)
            shade(cells[4], WOLV_RAG_FILL[rag])
    d.add_paragraph("")
    d.add_paragraph("Progress against this plan is reviewed monthly by the SEND Improvement Board and reported six-monthly to DfE and NHS England.")
    d.save(os.path.join(HERE, WOLV_NAME))


# ---------------------------------------------------------------------------
# 6. Birmingham City Council - scrutiny recommendations tracker (docx)
# ---------------------------------------------------------------------------
BHAM_NAME = "zpo-birmingham-city-council-overview-scrutiny-recommendations-tracker-2025.docx"
BHAM_TITLE = "Birmingham City Council Overview and Scrutiny: Recommendations Tracker"
CM_CYPF = "Cabinet Member for Children, Young People and Families"
CM_FIN = "Cabinet Member for Finance and Resources"
CM_ENV = "Cabinet Member for Environment"
BHAM = [
    ("1. Home to School Transport Inquiry (Education, Children and Young People O&S Committee)",
     "Report agreed by City Council on 9 July 2024.",
     [("R01", "That the Cabinet Member reviews the eligibility assessment process so that decisions are communicated to families at least six weeks before the start of term.",
       CM_CYPF, "September 2024", "",
       "New decision timetable introduced for the September 2025 intake; 94% of decisions issued by 15 July 2025.", "Achieved"),
      ("R02", "That a single named point of contact is provided for each family whose child travels on a contracted route.",
       CM_CYPF, "March 2025", "December 2025",
       "Contact model agreed; recruitment of two additional transport liaison officers under way.", "Amber"),
      ("R03", "That the Council publishes route performance data, including late arrivals, every term.",
       CM_CYPF, "Autumn term 2025", "",
       "First dataset to be published at the end of the autumn term.", "Green"),
      ("R04", "That the Committee receives a report on the savings delivered by the independent travel training programme.",
       CM_FIN + "; " + CM_CYPF, "July 2025", "January 2026",
       "Savings not yet validated by Finance; report deferred.", "Red"),
      ]),
    ("2. Fly-tipping and Street Cleansing Inquiry (Sustainability and Transport O&S Committee)",
     "Report agreed by City Council on 14 January 2025.",
     [("R01", "That a fly-tipping enforcement hotspot programme is delivered in the ten wards with the highest number of reports.",
       CM_ENV, "June 2025", "",
       "Programme delivered April–June 2025; 212 fixed penalty notices issued.", "Achieved"),
      ("R02", "That the bulky waste collection charge is reviewed, with an option for a free collection for residents in receipt of Council Tax Support.",
       CM_ENV + "; " + CM_FIN, "December 2025", "",
       "Options appraisal to be considered as part of the 2026/27 budget.", "Green"),
      ("R03", "That the Committee receives a progress report on street cleansing standards every six months.",
       CM_ENV, "Six-monthly", "",
       "First report received by the Committee on 10 September 2025.", "Green"),
      ]),
]
BHAM_FILL = {"Achieved": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}


def build_birmingham():
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    d.add_paragraph(BHAM_TITLE, style="Title")
    p = d.add_paragraph("Report to Co-ordinating Overview and Scrutiny Committee, 14 November 2025")
    p.runs[0].bold = True
    d.add_paragraph("This tracker sets out progress on implementing the recommendations of scrutiny inquiries agreed by "
                    "City Council. The responsible Cabinet Member provides the update and proposes a status; the "
                    "Committee confirms the status or asks for further information.")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    header_row(t, ["Status", "Meaning"], hex_="7030A0")
    for st, txt in [("Achieved", "Recommendation implemented in full"), ("Green", "On track to be implemented by the date shown"),
                    ("Amber", "Some delay – revised date agreed"), ("Red", "Significant delay or not progressing")]:
        cells = t.add_row().cells
        set_cell(cells[0], st, bold=True)
        shade(cells[0], BHAM_FILL[st])
        set_cell(cells[1], txt)
    for head, note, recs in BHAM:
        d.add_heading(head, level=1)
        d.add_paragraph(note).runs[0].italic = True
        t = d.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        header_row(t, ["No.", "Recommendation", "Responsibility", "Original date", "Revised date",
                       "Progress update", "Status"], hex_="7030A0")
        for rec in recs:
            cells = t.add_row().cells
            for c, v in zip(cells, rec):
                set_cell(c, v)
            shade(cells[6], BHAM_FILL[rec[6]])
    d.add_paragraph("")
    d.add_paragraph("Recommendations confirmed as Achieved by the Committee will be removed from the next tracker.")
    d.save(os.path.join(HERE, BHAM_NAME))


# ---------------------------------------------------------------------------
# 7. Nottingham City Council - Strategic Council Plan delivery tracker (csv)
# ---------------------------------------------------------------------------
NOTT_NAME = "zpo-nottingham-city-council-strategic-council-plan-delivery-tracker-2025-26-q2.csv"
NOTT_TITLE = "Nottingham City Council – Strategic Council Plan 2023-2027"
NOTT_HEAD = ["Outcome", "Ref", "Milestone", "Lead officer", "Portfolio", "Due date",
             "Q1 status", "Q2 status", "Q2 commentary"]
NOTT = [
    ("Child-Friendly Nottingham", "CF1", "Open family hubs in Bulwell and Clifton",
     "Director of Early Help", "Children and Young People", "31/10/2025", "Green", "Complete",
     "Both hubs opened to families in October 2025."),
    ("Child-Friendly Nottingham", "CF2", "Increase the number of in-house foster carers by 15",
     "Head of Service, Fostering and Adoption", "Children and Young People", "31/03/2026", "Amber", "Amber",
     "Net gain of 6 carers at Q2; recruitment campaign relaunched in September."),
    ("Safer Nottingham", "SN1", "Extend community protection officer patrols to all city centre evening economy areas",
     "Director of Community Protection", "Neighbourhoods, Safety and Inclusion", "Dec-25", "Green", "Green",
     "Patrols extended to Hockley and the Lace Market from August."),
    ("Safer Nottingham", "SN2", "Deliver the 2025/26 actions in the domestic abuse safe accommodation strategy",
     "Head of Community Safety / Domestic Abuse Strategic Lead", "Neighbourhoods, Safety and Inclusion",
     "31/03/2026", "Green", "Amber",
     "Refuge bed-spaces procured.\nSecond-stage accommodation contract delayed to January."),
    ("Better Housing", "BH1", "Complete 150 new council homes",
     "Director of Housing", "Housing and Planning", "31/03/2026", "Amber", "Red",
     "92 homes complete; contractor insolvency on the Denewood site."),
    ("Better Housing", "BH2", "Reduce stays in bed and breakfast of more than six weeks for families to zero",
     "Head of Housing Solutions", "Housing and Planning", "Q3 2025/26", "Red", "Amber",
     "Nine families over six weeks at the end of September (23 at the end of June)."),
    ("Carbon Neutral by 2028", "CN1", "Install solar PV on 20 council buildings",
     "Head of Energy Services", "Energy, Environment and Waste Services", "Mar-26", "Green", "Green",
     "11 installations complete."),
    ("Financially Stable and Well-Run Council", "FS1", "Deliver the 2025/26 savings programme",
     "Director of Finance (Section 151 Officer)", "Finance and Resources", "31/03/2026", "Amber", "Amber",
     "£14.2m of £19.8m delivered or on track."),
    ("Financially Stable and Well-Run Council", "FS2", "Complete the Oracle Fusion finance system improvement programme",
     "Director of Finance (Section 151 Officer) / Head of IT", "Finance and Resources", "Ongoing", "Green", "Green",
     "Release 4 (purchasing) went live in September."),
]


def build_nottingham():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = len(NOTT_HEAD)
    w.writerow([NOTT_TITLE] + [""] * (n - 1))
    w.writerow(["Annual Delivery Plan 2025/26: Quarter 2 monitoring (position at 30 September 2025)"] + [""] * (n - 1))
    w.writerow([""] * n)
    w.writerow(NOTT_HEAD)
    for row in NOTT:
        w.writerow(row)
    w.writerow([""] * n)
    w.writerow(["Status key: Complete = milestone delivered; Green = on track; Amber = at risk of slippage; Red = off track"] + [""] * (n - 1))
    w.writerow(["Source: Performance and Insight Team"] + [""] * (n - 1))
    with open(os.path.join(HERE, NOTT_NAME), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


def main():
    build_flintshire()
    build_bcp()
    build_leicester()
    build_nas()
    build_wolverhampton()
    build_birmingham()
    build_nottingham()
    print("built 7 files; Leicester typo row =", LEIC_TYPO_ROW)


if __name__ == "__main__":
    main()
