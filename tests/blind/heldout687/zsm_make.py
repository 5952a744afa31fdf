#!/usr/bin/env python3
"""Build the seven zsm- blind test files (set heldout687).

Run with /work/main/.venv/bin/python (needs openpyxl and python-docx).
Writes only files whose names start with "zsm-" into this script's folder.
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


def out(name):
    assert name.startswith("zsm-")
    return os.path.join(HERE, name)


D = dt.datetime
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
PRI_FILL = PatternFill("solid", fgColor="D9E1F2")


def fill(hex_):
    return PatternFill("solid", fgColor=hex_)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def header_row(ws, row, values):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=row, column=c, value=v)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEAD_FILL
        cell.alignment = WRAP
        cell.border = BOX


# ---------------------------------------------------------------------------
# 1. Adoption@Heart RAA service improvement plan (xlsx)
# ---------------------------------------------------------------------------
AAH_PRIORITIES = [
    ("Priority 1: Sufficiency – recruit and approve adopters who can meet the needs of the children "
     "waiting, including brothers and sisters, older children and children of Black and mixed heritage", [
        ("1.1", "Refresh the adopter recruitment strategy and marketing plan, targeting sibling groups, "
                "children aged 4+ and Black and mixed heritage children",
         "Marketing & Recruitment Manager", D(2025, 4, 1), D(2025, 7, 31),
         "Strategy signed off by Partnership Board", BLUE,
         "Strategy approved by Partnership Board 22/07/2025. Campaign launched for National Adoption Week."),
        ("1.2", "Reduce the time from first enquiry to Stage 1 registration to within 8 weeks through a single "
                "tracked front door",
         "Recruitment & Assessment Team Manager", D(2025, 5, 1), "Q3 2025/26",
         "85% of registrations within 8 weeks", AMBER,
         "Tracker live. 71% within 8 weeks in Q2 – two vacancies in the assessment team."),
        ("1.3", "Run joint information events with the four local authority fostering teams to promote "
                "foster to adopt and early permanence",
         "Recruitment & Assessment Team Manager / Early Permanence Lead", D(2025, 6, 1), "Quarterly",
         "4 joint events held in year", GREEN,
         "Events held June and September 2025; next event 29/11/2025."),
    ]),
    ("Priority 2: Matching – children are matched with their adoptive family without delay", [
        ("2.1", "Introduce a monthly tracking meeting with each local authority permanence team for every "
                "child with a Placement Order",
         "Family Finding Team Manager", D(2025, 4, 1), D(2025, 6, 30),
         "All children with a Placement Order tracked monthly", BLUE,
         "Meetings established in all four local authorities from June 2025."),
        ("2.2", "Increase the use of early permanence placements, with a target of 10 children placed in 2025-26",
         "Early Permanence Lead", D(2025, 4, 1), D(2026, 3, 31),
         "10 early permanence placements", GREEN,
         "6 children placed in early permanence arrangements by the end of Q2."),
        ("2.3", "Hold an activity day and refresh profiles for children who have waited longest "
                "(more than 18 months since entering care)",
         "Family Finding Team Manager", D(2025, 9, 1), "Dec-25 (revised Feb-26)",
         "Link identified for 50% of children profiled", RED,
         "Activity day postponed – venue unavailable. Rescheduled to February half term."),
    ]),
    ("Priority 3: Adoption support – families receive the right support at the right time", [
        ("3.1", "Complete assessments of need for adoption support within 12 weeks of request",
         "Adoption Support Team Manager", D(2025, 4, 1), D(2026, 3, 31),
         "90% of assessments within 12 weeks", AMBER,
         "78% completed within 12 weeks in Q2. Waiting list reviewed weekly."),
        ("3.2", "Co-produce a new Adoption Support Offer with adoptive parents, adopted young people and the "
                "Adopter Voice group",
         "Adoption Support Team Manager; Participation Officer", D(2025, 6, 1), "Sept 2025 – January 2026",
         "Revised offer published", GREEN,
         "Two co-production workshops held. Draft offer to Adopter Voice in November."),
        ("3.3", "Deliver therapeutic parenting training to all newly approved adopters within 6 months of approval",
         "Adoption Support Team Manager", D(2025, 10, 1), D(2026, 3, 31),
         "100% of new adopters offered training", None,
         "Not started – provider to be commissioned in Q3."),
    ]),
    ("Priority 4: Quality, workforce and governance", [
        ("4.1", "Complete the annual audit programme of Prospective Adopter Reports and Child Permanence Reports "
                "and report findings to the Partnership Board",
         "Head of Service", D(2025, 4, 1), "31/03/2026",
         "80% of audited reports graded good or better", GREEN,
         "Q1 and Q2 audits complete; 82% of PARs graded good or better."),
        ("4.2", "Complete the self-assessment against the Adoption England practice standards and agree an "
                "action plan for any gaps",
         "Head of Service / Practice Development Manager", D(2025, 7, 1), "By 31 December 2025",
         "Self-assessment reported to Partnership Board", AMBER,
         "Self-assessment 60% complete; workshop with team managers 04/11/2025."),
    ]),
]


def make_adoption_at_heart():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    widths(cov, [26, 70])
    cov["A1"] = "Adoption@Heart Service Improvement Plan 2025-26"
    cov["A1"].font = Font(bold=True, size=16, color="7030A0")
    cov["A2"] = "Regional Adoption Agency for Dudley, Sandwell, Walsall and Wolverhampton"
    cov["A2"].font = Font(italic=True)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [("Version", "1.4"), ("Date", "14/10/2025"), ("Plan owner", "Head of Service, Adoption@Heart"),
            ("Approved by", "Adoption@Heart Partnership Board"), ("Reporting", "Quarterly to Partnership Board"),
            ("Next review", "January 2026")]
    for i, (k, v) in enumerate(rows, start=5):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=2, value=v)
        for c in (1, 2):
            cov.cell(row=i, column=c).border = BOX
    cov["A13"] = "RAG key"
    cov["A13"].font = Font(bold=True)
    key = [(RED, "Off track – significant risk to delivery; escalate to Partnership Board"),
           (AMBER, "Some slippage – mitigating action in place"),
           (GREEN, "On track"),
           (BLUE, "Complete")]
    for i, (col, txt) in enumerate(key, start=14):
        cov.cell(row=i, column=1).fill = fill(col)
        cov.cell(row=i, column=1).border = BOX
        cov.cell(row=i, column=2, value=txt).border = BOX

    summ = wb.create_sheet("Summary")
    widths(summ, [30, 12])
    summ["A1"] = "RAG summary – Quarter 2 2025-26"
    summ["A1"].font = Font(bold=True, size=12)
    header_row(summ, 3, ["RAG", "No. of actions"])
    counts = {}
    for _, acts in AAH_PRIORITIES:
        for a in acts:
            counts[a[6]] = counts.get(a[6], 0) + 1
    srows = [("Complete", BLUE), ("On track", GREEN), ("Some slippage", AMBER), ("Off track", RED),
             ("Not yet rated", None)]
    r = 4
    for label, col in srows:
        summ.cell(row=r, column=1, value=label).border = BOX
        if col:
            summ.cell(row=r, column=1).fill = fill(col)
        summ.cell(row=r, column=2, value=counts.get(col, 0)).border = BOX
        r += 1
    summ.cell(row=r, column=1, value="Total").font = Font(bold=True)
    summ.cell(row=r, column=2, value=f"=SUM(B4:B{r-1})").font = Font(bold=True)

    ws = wb.create_sheet("Improvement Plan")
    widths(ws, [7, 60, 30, 10, 16, 30, 8, 60])
    ws.merge_cells("A1:H1")
    ws["A1"] = "Service Improvement Plan 2025-26 – Quarter 2 update"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A2"] = ("Hosted by City of Wolverhampton Council on behalf of Dudley Council, Sandwell Children's Trust, "
                "Walsall Council and City of Wolverhampton Council")
    ws["A2"].font = Font(italic=True)
    header_row(ws, 4, ["Ref", "Action", "Lead", "Start", "Target date", "Measure of success", "RAG",
                       "Q2 progress update"])
    r = 5
    for heading, acts in AAH_PRIORITIES:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(row=r, column=1, value=heading)
        c.font = Font(bold=True)
        c.fill = PRI_FILL
        c.alignment = WRAP
        ws.row_dimensions[r].height = 30
        r += 1
        for ref, action, lead, start, target, measure, rag, update in acts:
            vals = [ref, action, lead, start, target, measure, None, update]
            for ci, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=ci, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(row=r, column=4).number_format = "mmm-yy"
            if isinstance(target, dt.datetime):
                ws.cell(row=r, column=5).number_format = "mmm-yy"
            if rag:
                ws.cell(row=r, column=7).fill = fill(rag)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: RAG ratings agreed at Adoption@Heart Management Team on 08/10/2025. "
                                   "See Cover sheet for RAG key.").font = Font(italic=True)
    ws.freeze_panes = "A5"
    wb.save(out("zsm-adoption-at-heart-raa-service-improvement-plan-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. South Gloucestershire Council Plan 2024-28 delivery tracker (xlsx)
# ---------------------------------------------------------------------------
SG_STATUS_FILL = {"On track": GREEN, "At risk": AMBER, "Off track": RED, "Complete": BLUE, "Not started": "D9D9D9"}
SG_ROWS = [
    # priority, commitment, ref, action, lead, cabinet member, original, revised, q1, q2, commentary
    ("Priority 1: Taking action on the climate and nature emergency",
     "1a Reduce carbon emissions from the council's own buildings and fleet",
     "1.1", "Complete the decarbonisation of heating at the Civic Centre and Badminton Road offices",
     "Head of Property and Facilities", "Cabinet Member for Climate and Nature", D(2025, 12, 31), None,
     "On track", "On track", "Heat pump installation at Badminton Road complete; Civic Centre works start October."),
    ("Priority 1: Taking action on the climate and nature emergency",
     "1a Reduce carbon emissions from the council's own buildings and fleet",
     "1.2", "Replace 40 fleet vehicles with electric vehicles and install charging at Kingswood depot",
     "Head of StreetCare", "Cabinet Member for Climate and Nature", D(2025, 9, 30), D(2026, 3, 31),
     "At risk", "Off track", "Grid connection at the depot delayed by the network operator. 18 vehicles delivered."),
    ("Priority 1: Taking action on the climate and nature emergency",
     "1b Restore nature and increase tree cover",
     "1.3", "Plant 12,000 trees on council land during the 2025/26 planting season",
     "Head of Climate and Nature", "Cabinet Member for Climate and Nature", D(2026, 3, 31), None,
     "Not started", "On track", "Sites confirmed and volunteer planting days booked from November."),
    ("Priority 1: Taking action on the climate and nature emergency",
     "1b Restore nature and increase tree cover",
     "1.4", "Publish a nature recovery action plan for council-owned land",
     "Head of Climate and Nature", "Cabinet Member for Climate and Nature", D(2025, 6, 30), None,
     "Complete", "Complete", "Published June 2025."),
    ("Priority 2: Reducing inequalities",
     "2a Support residents through the cost of living crisis",
     "2.1", "Launch a single cost of living advice line and referral pathway with Citizens Advice and the "
            "voluntary sector",
     "Head of Customer Services and Libraries / Community Development Manager",
     "Cabinet Member for Communities and Local Place", D(2025, 7, 31), None,
     "On track", "Complete", "Advice line live from 14 July 2025; 640 calls in first 10 weeks."),
    ("Priority 2: Reducing inequalities",
     "2a Support residents through the cost of living crisis",
     "2.2", "Increase take-up of Pension Credit through a targeted campaign using council tax and housing "
            "benefit data",
     "Head of Revenues and Benefits", "Cabinet Member for Resources", D(2026, 3, 31), None,
     "On track", "On track", "2,100 letters issued; 96 new awards confirmed."),
    ("Priority 2: Reducing inequalities",
     "2a Support residents through the cost of living crisis",
     "2.3", "Review the Council Tax Reduction Scheme for 2026/27 and consult on changes",
     "Head of Revenues and Benefits", "Cabinet Member for Resources", D(2025, 11, 30), D(2026, 1, 31),
     "On track", "At risk", "Consultation start moved to November to align with budget consultation."),
    ("Priority 3: Giving children and young people the best start in life",
     "3a Improve inclusion and outcomes for children and young people with SEND",
     "3.1", "Open 60 additional specialist resource base places in mainstream schools",
     "Head of Education, Learning and Skills", "Cabinet Member for Children and Young People",
     D(2025, 9, 30), D(2026, 1, 31),
     "At risk", "At risk", "52 places open from September; remaining 8 places open January 2026."),
    ("Priority 3: Giving children and young people the best start in life",
     "3a Improve inclusion and outcomes for children and young people with SEND",
     "3.2", "Issue 60% of new Education, Health and Care Plans within 20 weeks",
     "Head of SEND", "Cabinet Member for Children and Young People", D(2026, 3, 31), None,
     "Off track", "Off track", "41% in Q2 (Q1 38%). Recovery plan agreed with the SEND Partnership Board."),
    ("Priority 3: Giving children and young people the best start in life",
     "3b Help families get support earlier",
     "3.3", "Open two further Family Hubs in Yate and Patchway\n(Patchway hub co-located with the library)",
     "Head of Early Help and Family Hubs", "Cabinet Member for Children and Young People", D(2025, 10, 31), None,
     "On track", "On track", "Yate hub opened September; Patchway fit-out complete, opening 27 October."),
    ("Priority 4: Supporting people to live healthy, independent lives",
     "4a Help people to stay independent at home for longer",
     "4.1", "Expand the reablement service so that 90% of people are still at home 91 days after discharge "
            "from hospital",
     "Head of Adult Social Care Operations", "Cabinet Member for Adult Social Care and Public Health",
     D(2026, 3, 31), None, "On track", "On track", "88.5% at Q2 against 87% in 2024/25."),
    ("Priority 4: Supporting people to live healthy, independent lives",
     "4a Help people to stay independent at home for longer",
     "4.2", "Commission a new technology enabled care service",
     "Head of Commissioning (Adults)", "Cabinet Member for Adult Social Care and Public Health",
     D(2026, 1, 31), None, "Not started", "Not started", "Procurement to begin in Q3."),
]


def make_south_glos():
    wb = Workbook()
    intro = wb.active
    intro.title = "Introduction"
    widths(intro, [18, 90])
    intro["A1"] = "Council Plan 2024-2028: Annual Delivery Plan 2025/26 – Quarter 2 progress tracker"
    intro["A1"].font = Font(bold=True, size=14)
    intro["A2"] = "South Gloucestershire Council"
    intro["A2"].font = Font(bold=True, size=12)
    intro["A3"] = "Reporting period: July – September 2025"
    intro["A5"] = ("This tracker reports progress against the actions in the Annual Delivery Plan 2025/26. "
                   "It is reported to Cabinet and to the Performance and Resources Scrutiny Commission each "
                   "quarter. Where a deadline has been changed, the revised deadline is shown alongside the "
                   "original deadline agreed by Cabinet.")
    intro["A5"].alignment = WRAP
    intro.merge_cells("A5:B5")
    intro.row_dimensions[5].height = 48
    intro["A7"] = "Status key"
    intro["A7"].font = Font(bold=True)
    key = [("Complete", "Action delivered"),
           ("On track", "Progressing to the agreed deadline (green)"),
           ("At risk", "Some slippage – deadline may be missed without intervention (amber)"),
           ("Off track", "Deadline missed or will be missed – revised deadline proposed (red)"),
           ("Not started", "Not yet due to start")]
    for i, (k, v) in enumerate(key, start=8):
        c = intro.cell(row=i, column=1, value=k)
        c.fill = fill(SG_STATUS_FILL[k])
        c.border = BOX
        intro.cell(row=i, column=2, value=v).border = BOX

    ws = wb.create_sheet("Delivery tracker")
    widths(ws, [28, 30, 6, 50, 30, 28, 12, 12, 11, 11, 50])
    ws.merge_cells("A1:K1")
    ws["A1"] = "Council Plan 2024-2028 – Annual Delivery Plan 2025/26: Q2 progress"
    ws["A1"].font = Font(bold=True, size=13)
    header_row(ws, 3, ["Priority", "Commitment", "Ref", "Action", "Lead officer", "Cabinet Member",
                       "Original deadline", "Revised deadline", "Q1 status", "Q2 status", "Q2 commentary"])
    r0 = 4
    r = r0
    # group merges for priority (col A) and commitment (col B)
    spans = {1: [], 2: []}
    prev = {1: None, 2: None}
    start = {1: r0, 2: r0}
    for row in SG_ROWS:
        pri, com = row[0], row[1]
        for col, val in ((1, pri), (2, com)):
            if val != prev[col]:
                if prev[col] is not None:
                    spans[col].append((start[col], r - 1, prev[col]))
                prev[col] = val
                start[col] = r
        vals = list(row[2:])
        for ci, v in enumerate(vals, start=3):
            cell = ws.cell(row=r, column=ci, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        for ci in (7, 8):
            ws.cell(row=r, column=ci).number_format = "dd/mm/yyyy"
        for ci in (9, 10):
            st = ws.cell(row=r, column=ci).value
            ws.cell(row=r, column=ci).fill = fill(SG_STATUS_FILL[st])
        r += 1
    for col in (1, 2):
        spans[col].append((start[col], r - 1, prev[col]))
        for a, b, val in spans[col]:
            c = ws.cell(row=a, column=col, value=val)
            c.alignment = WRAP
            c.font = Font(bold=(col == 1))
            c.fill = PRI_FILL if col == 1 else PatternFill()
            for rr in range(a, b + 1):
                ws.cell(row=rr, column=col).border = BOX
            if b > a:
                ws.merge_cells(start_row=a, start_column=col, end_row=b, end_column=col)
    ws.freeze_panes = "C4"

    summ = wb.create_sheet("Status summary")
    widths(summ, [16, 12, 12])
    summ["A1"] = "Summary of action status"
    summ["A1"].font = Font(bold=True)
    header_row(summ, 2, ["Status", "Q1", "Q2"])
    for i, st in enumerate(["Complete", "On track", "At risk", "Off track", "Not started"], start=3):
        summ.cell(row=i, column=1, value=st).fill = fill(SG_STATUS_FILL[st])
        summ.cell(row=i, column=2, value=sum(1 for x in SG_ROWS if x[8] == st))
        summ.cell(row=i, column=3, value=sum(1 for x in SG_ROWS if x[9] == st))
    summ.cell(row=8, column=1, value="Total").font = Font(bold=True)
    summ.cell(row=8, column=2, value="=SUM(B3:B7)")
    summ.cell(row=8, column=3, value="=SUM(C3:C7)")
    wb.save(out("zsm-south-gloucestershire-council-plan-2024-28-delivery-tracker-q2-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 3. Teignbridge O&S recommendations tracker (xlsx) - typo month -> refuse
# ---------------------------------------------------------------------------
TEIGN_ROWS = [
    ("SR (23/24) 19", "OS1", D(2024, 3, 26), "Governance",
     "That the Scrutiny Protocol be reviewed following the move to a single Overview and Scrutiny Committee",
     D(2024, 5, 14), "PW/DS", "Paused pending the wider review of the Council's governance arrangements.",
     "TBC", "Paused"),
    ("SR (24/25) 01", "O&S", D(2024, 7, 16), "Environment",
     "That the Chair write to South West Water asking for a published timetable for storm overflow improvements "
     "at Teignmouth, Dawlish and Shaldon, and that the response be shared with all Members",
     None, "Chair/DS", "Letter sent 23/07/2024. Response circulated to Members 04/10/2024.",
     D(2024, 10, 31), "Green"),
    ("SR (24/25) 02", "O&S", D(2024, 7, 16), "Coastal",
     "That Network Rail be invited to a future meeting to update the Committee on outstanding issues arising "
     "from the Dawlish sea wall incidents",
     None, "DS", "Network Rail attended the meeting on 21/01/2025.", D(2025, 1, 31), "Green"),
    ("SR (24/25) 03", "T&F (Car Parking)", D(2024, 11, 12), "Place",
     "That the Executive consider a seasonal tariff for coastal car parks, with a discounted winter rate to "
     "support town centre trade",
     D(2025, 2, 4), "CP/NB", "Executive agreed a seasonal tariff pilot from 01/11/2025.", D(2025, 11, 30), "Green"),
    ("SR (24/25) 04", "T&F (Car Parking)", D(2024, 11, 12), "Place",
     "That car park signage be reviewed to show the nearest alternative car park when a site is full",
     D(2025, 2, 4), "NB", "Signage survey complete; capital bid submitted for the 2026/27 budget.",
     D(2026, 4, 30), "Amber"),
    ("SR (24/25) 05", "O&S", D(2025, 3, 18), "Housing",
     "That a report on the use of temporary accommodation, and its cost to the Council, be brought to the "
     "Committee every six months",
     D(2025, 4, 8), "TK", "First report presented 16/09/2025.", "Six-monthly", "Amber"),
    ("SR (25/26) 01", "O&S", D(2025, 9, 16), "Regeneration",
     "That the Executive Member for Newton Abbot redevelopment advise the Committee on the communications "
     "strategy with market traders as the market project moves forward",
     D(2025, 10, 7), "RG/LS", "Briefing note in preparation.", D(2025, 12, 31), "Amber"),
    ("SR (25/26) 02", "O&S", D(2025, 11, 11), "Coastal",
     "That Members be updated on the progress of the Beach Management Plan",
     None, "DW", "Update to be included in the Members' Bulletin.", "Febuary 2026", "Amber"),
    ("SR (25/26) 03", "O&S", D(2025, 11, 11), "Corporate",
     "That the Committee receive a briefing on the Council's response to the English Devolution White Paper "
     "and local government reorganisation proposals for Devon",
     None, "PW", "", D(2026, 3, 31), ""),
]
TEIGN_TYPO_ROW = None  # filled in by make_teignbridge


def make_teignbridge():
    global TEIGN_TYPO_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    widths(ws, [14, 16, 12, 14, 60, 12, 16, 48, 12, 10])
    ws["A1"] = "Overview and Scrutiny Committee – Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Teignbridge District Council – municipal years 2024/25 and 2025/26"
    ws["A3"] = "Updated for the meeting of 11 November 2025. See the 'Key' sheet for status definitions."
    ws["A3"].font = Font(italic=True)
    header_row(ws, 5, ["Reference", "Origin", "Meeting date", "Area", "Recommendation", "Executive date",
                       "Lead Officer/EM", "Action taken", "Target date", "Status"])
    status_fill = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Paused": "BFBFBF"}
    r = 6
    for row in TEIGN_ROWS:
        for ci, v in enumerate(row, start=1):
            cell = ws.cell(row=r, column=ci, value=(v if v != "" else None))
            cell.alignment = WRAP
            cell.border = BOX
        for ci in (3, 6):
            ws.cell(row=r, column=ci).number_format = "dd/mm/yy"
        if isinstance(row[8], dt.datetime):
            ws.cell(row=r, column=9).number_format = "mmm-yy"
        if row[8] == "Febuary 2026":
            TEIGN_TYPO_ROW = r
        if row[9] in status_fill:
            ws.cell(row=r, column=10).fill = fill(status_fill[row[9]])
        r += 1
    ws.freeze_panes = "A6"

    key = wb.create_sheet("Key")
    widths(key, [18, 90])
    key["A1"] = "Key"
    key["A1"].font = Font(bold=True)
    rows = [
        ("Reference", "Each recommendation is given a reference showing the municipal year in which it was made."),
        ("Origin", "O&S – Overview and Scrutiny Committee; OS1 – former Overview and Scrutiny Committee 1 "
                   "(until May 2024); T&F – task and finish group"),
        ("Meeting date", "Date of the meeting at which the recommendation was agreed"),
        ("Executive date", "Date the recommendation was considered by the Executive (where applicable)"),
        ("Lead Officer/EM", "Initials of the lead officer and/or Executive Member"),
        ("Status: Green", "Recommendation achieved – monitoring no longer required"),
        ("Status: Amber", "Acceptable progress being made"),
        ("Status: Red", "Progress not acceptable, or recommendation not accepted by the Executive"),
        ("Status: Paused", "Work paused – reason given in 'Action taken'"),
    ]
    for i, (k, v) in enumerate(rows, start=2):
        key.cell(row=i, column=1, value=k).font = Font(bold=True)
        key.cell(row=i, column=2, value=v).alignment = WRAP
    wb.save(out("zsm-teignbridge-dc-overview-scrutiny-recommendations-tracker-typo-month-refuse.xlsx"))


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


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))


# ---------------------------------------------------------------------------
# 4. Worcestershire Children First Fostering – Ofsted improvement plan (docx)
# ---------------------------------------------------------------------------
WCF_WORKSTREAMS = [
    ("Workstream 1: Safer recruitment of staff",
     "Requirement: The registered person must ensure that full and satisfactory information is available in "
     "relation to each person employed for the purposes of the fostering service in respect of each of the "
     "matters specified in Schedule 1. (Regulation 20(3)(b))",
     [("1.1", "Complete an audit of all staff recruitment files against Schedule 1 and rectify any gaps",
       "Registered Manager / HR Business Partner", "31/03/2025",
       "Audit of 64 files complete; 5 gaps (references) rectified.", "Green"),
      ("1.2", "Introduce a pre-start safer recruitment checklist, signed off by the Registered Manager, for every "
              "new starter", "Registered Manager", "April 2025",
       "Checklist in use for all starters since 01/04/2025.", "Green")]),
    ("Workstream 2: Supervision and support of foster carers",
     "Recommendation: The registered person should ensure that supervision records for foster carers clearly "
     "show discussion of each child's needs and progress, and that agreed actions are followed up. "
     "('Fostering services: national minimum standards', 21.8)",
     [("2.1", "Revise the foster carer supervision template so that each child in the household is discussed "
              "and actions are tracked to completion", "Team Manager – Mainstream Fostering", "May 2025",
       "New template launched 12/05/2025.", "Green"),
      ("2.2", "Audit 10% of foster carer supervision records each quarter and report findings to the Fostering "
              "Quality Assurance meeting", "Practice Lead – Quality Assurance", "Quarterly",
       "Q1 audit: 74% of records good. Q2 audit under way.", "Amber"),
      ("2.3", "Deliver refresher training on reflective supervision for all supervising social workers",
       "Team Manager – Mainstream Fostering; Team Manager – Kinship", "June 2025 – September 2025",
       "Three sessions delivered; 31 of 33 staff attended.", "Green")]),
    ("Workstream 3: Kinship care",
     "Recommendation: The registered person should ensure that assessments of connected persons are completed "
     "within timescales, and that any extension of a temporary approval is agreed with clear management "
     "oversight. ('Fostering services: national minimum standards', 30.9)",
     [("3.1", "Track every temporary approval under Regulation 24 on the kinship dashboard, with weekly management "
              "review", "Team Manager – Kinship", "30/04/2025",
       "Dashboard in place and reviewed weekly.", "Green"),
      ("3.2", "Recruit two additional kinship assessing social workers",
       "Assistant Director – Permanency, Care Proceedings, Fostering and Adoption",
       "Sept 2025 (revised to Dec 2025)", "One post filled; second post re-advertised.", "Amber"),
      ("3.3", "Reduce the average time taken to complete full kinship assessments to 16 weeks",
       "Team Manager – Kinship", "March 2026", "Average 21 weeks at end of Q2.", "Red")]),
    ("Workstream 4: Notifications and management oversight",
     "Recommendation: The registered person should ensure that Ofsted is notified without delay of the events "
     "listed in Schedule 7 and that the monitoring of notifiable events is robust. (Regulation 36)",
     [("4.1", "Create a notifications log, reviewed weekly by the Registered Manager", "Registered Manager",
       "Complete", "Log in use since March 2025.", "Green"),
      ("4.2", "Include notifications and allegations data in the Regulation 35 quality of care review reported to "
              "the WCF Board", "Responsible Individual", "Six-monthly",
       "First report to WCF Board 18/09/2025.", "Amber")]),
]
RAG_HEX = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def make_wcf():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Worcestershire Children First")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading("Worcestershire Children First Fostering – Ofsted Inspection Improvement Plan", level=1)
    doc.add_paragraph("Independent fostering agency. Full inspection 3 to 7 February 2025 – overall experiences and "
                      "progress of children and young people: Good. The report set 1 requirement and 3 "
                      "recommendations, which are grouped into four workstreams below.")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        set_cell(c, h, bold=True)
        shade(c, "D9D9D9")
    for row in [("0.1", "10/03/2025", "Registered Manager", "First draft"),
                ("1.0", "24/03/2025", "Responsible Individual", "Approved by WCF Senior Leadership Team"),
                ("1.2", "15/09/2025", "Registered Manager", "Q2 progress update")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_heading("Plan on a page", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Workstream", "Number of actions", "Overall RAG"]):
        set_cell(c, h, bold=True)
        shade(c, "D9D9D9")
    overall = {1: "Green", 2: "Amber", 3: "Amber", 4: "Amber"}
    for i, (ws_name, _, acts) in enumerate(WCF_WORKSTREAMS, start=1):
        cells = t.add_row().cells
        set_cell(cells[0], ws_name)
        set_cell(cells[1], str(len(acts)))
        set_cell(cells[2], overall[i])
        shade(cells[2], RAG_HEX[overall[i]])

    doc.add_paragraph("RAG key: Green – action complete and impact evidenced; Amber – action in progress and on "
                      "track; Red – action not started or at risk of not being completed on time.")

    for ws_name, req, acts in WCF_WORKSTREAMS:
        doc.add_heading(ws_name, level=2)
        t = doc.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["No.", "Action", "Lead", "By when", "Progress update", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        m = t.rows[1].cells[0].merge(t.rows[1].cells[5])
        set_cell(m, req, bold=True)
        shade(m, "DEEAF6")
        for no, action, lead, when, update, rag in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [no, action, lead, when, update, rag]):
                set_cell(c, v)
            shade(cells[5], RAG_HEX[rag])
        widths_cm = [1.2, 8.0, 4.5, 3.2, 6.5, 1.8]
        for row in t.rows:
            for c, w in zip(row.cells, widths_cm):
                c.width = Cm(w)

    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Role", "Name", "Date"]):
        set_cell(c, h, bold=True)
    for c, v in zip(t.rows[1].cells, ["Responsible Individual", "", "15/09/2025"]):
        set_cell(c, v)
    doc.save(out("zsm-worcestershire-children-first-fostering-ofsted-inspection-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Rhondda Cynon Taf CBC scrutiny recommendations monitoring (docx)
# ---------------------------------------------------------------------------
RCT_COMMITTEES = [
    ("Overview and Scrutiny Committee", [
        ("16/07/2024", "Council Performance Report – Quarter 4 2023/24", [
            ("That Members be provided with a breakdown of staff sickness absence by service area, with a focus "
             "on stress-related absence", "Director of Human Resources", "September 2024",
             "Information circulated to Members on 18/09/2024.", "Complete"),
            ("That a report on the recruitment and retention of social care staff be added to the work programme "
             "of the Community Services Scrutiny Committee", "Principal Scrutiny Officer", "October 2024",
             "Added to the work programme; considered on 25/09/2024.", "Complete"),
        ]),
        ("14/10/2024", "Cost of Living Support – update", [
            ("That the Council continues to promote take-up of Pension Credit and the Discretionary Assistance "
             "Fund through its libraries and community hubs",
             "Director of Public Health, Protection and Community Services", "Ongoing",
             "Included in the winter campaign; hubs running weekly advice sessions.", "On track"),
        ]),
    ]),
    ("Community Services Scrutiny Committee", [
        ("25/09/2024", "Support for Unpaid Carers", [
            ("That the Director of Social Services reports back on the number of carers' needs assessments "
             "completed and their outcomes", "Director of Social Services", "March 2025",
             "Report scheduled for the meeting on 17/03/2025.", "On track"),
            ("That Members be invited to visit the Carers Support Project in Pontypridd",
             "Head of Adult Services", "January 2025", "Visit took place on 22/01/2025.", "Complete"),
        ]),
        ("27/11/2024", "Homelessness and Temporary Accommodation", [
            ("That Cabinet be asked to consider using empty property grants to bring long-term empty homes back "
             "into use as temporary accommodation",
             "Director of Public Health, Protection and Community Services / Head of Housing Advice",
             "31/03/2025", "Cabinet considered the proposal on 18/02/2025 and approved a pilot.", "Complete"),
        ]),
    ]),
    ("Climate Change, Frontline Services and Prosperity Scrutiny Committee", [
        ("16/12/2024", "Storm Bert – initial flood response", [
            ("That the Council writes to Natural Resources Wales and Welsh Government seeking assurance on funding "
             "for flood alleviation schemes in the Taff and Rhondda valleys", "Director of Frontline Services",
             "January 2025", "Letters sent 09/01/2025. Reply received from Welsh Government; NRW reply awaited.",
             "On track"),
            ("That the Section 19 flood investigation report for Storm Bert be presented to the Committee once "
             "complete", "Head of Flood Risk Management", "July 2025", "", "Not started"),
        ]),
        ("03/02/2025", "Waste Strategy – recycling performance", [
            ("That the service explores extending kerbside collection of small electrical items and textiles to "
             "all households", "Director of Frontline Services", "Q2 2025/26",
             "Options appraisal under way.", "On track"),
        ]),
    ]),
    ("Education and Inclusion Scrutiny Committee", [
        ("21/10/2024", "School Attendance", [
            ("That the Director of Education and Inclusion Services reports on persistent absence rates by school "
             "cluster, and the actions being taken in each cluster, to the Committee's next meeting",
             "Director of Education and Inclusion Services", "February 2025",
             "Report presented on 10/02/2025.", "Complete"),
        ]),
    ]),
]


def make_rct():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    for txt in ["CYNGOR BWRDEISTREF SIROL RHONDDA CYNON TAF", "RHONDDA CYNON TAF COUNTY BOROUGH COUNCIL"]:
        p = doc.add_paragraph()
        r = p.add_run(txt)
        r.bold = True
    doc.add_paragraph("OVERVIEW AND SCRUTINY COMMITTEE – 24 MARCH 2025")
    doc.add_heading("Scrutiny Recommendations Monitoring Report – 2024-25 Municipal Year", level=1)
    doc.add_paragraph("APPENDIX 1")
    doc.add_paragraph("The tables below set out the recommendations made by each scrutiny committee during the "
                      "2024-25 municipal year, the lead officer, the agreed timescale and progress to date. "
                      "Recommendations shown as 'Complete' will be removed from the next monitoring report.")
    for committee, items in RCT_COMMITTEES:
        doc.add_heading(committee, level=2)
        n = sum(len(recs) for _, _, recs in items)
        t = doc.add_table(rows=1 + n, cols=7)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Date of meeting", "Agenda item", "Recommendation", "Lead officer",
                                           "Timescale", "Progress", "Status"]):
            set_cell(c, h, bold=True)
            shade(c, "C00000")
        r = 1
        for date, item, recs in items:
            first = r
            for rec, lead, when, prog, status in recs:
                cells = t.rows[r].cells
                for ci, v in zip(range(2, 7), [rec, lead, when, prog, status]):
                    set_cell(cells[ci], v)
                if status == "Complete":
                    shade(cells[6], "BDD7EE")
                r += 1
            last = r - 1
            if last > first:
                dcell = t.cell(first, 0).merge(t.cell(last, 0))
                icell = t.cell(first, 1).merge(t.cell(last, 1))
            else:
                dcell, icell = t.cell(first, 0), t.cell(first, 1)
            set_cell(dcell, date)
            set_cell(icell, item, bold=True)
        widths_cm = [2.3, 4.2, 7.5, 4.5, 2.5, 5.0, 2.0]
        for row in t.rows:
            for c, w in zip(row.cells, widths_cm):
                c.width = Cm(w)
        doc.add_paragraph("")
    doc.add_paragraph("Status: Complete – recommendation implemented; On track – work progressing within the agreed "
                      "timescale; Not started – work not yet begun.")
    doc.add_paragraph("Contact Officer: Principal Scrutiny Officer, Democratic Services, The Pavilions, Cambrian Park, "
                      "Clydach Vale, CF40 2XX")
    doc.save(out("zsm-rhondda-cynon-taf-cbc-scrutiny-recommendations-monitoring-2024-25.docx"))


# ---------------------------------------------------------------------------
# 6. Conwy CBC corporate plan delivery tracker (csv export)
# ---------------------------------------------------------------------------
CONWY_ROWS = [
    ("Goal 1 – People in Conwy are educated and skilled", "CP1.01",
     "Complete the extension and refurbishment of Ysgol y Gogarth special school", "Jones, Rhian",
     "01/04/2024", "31/08/2026", "", "Green", "60",
     "Main contractor on site; steel frame complete. Handover programmed for summer 2026."),
    ("Goal 1 – People in Conwy are educated and skilled", "CP1.02",
     "Implement the Additional Learning Needs (ALN) Act duties in all schools and settings, including individual "
     "development plans for all learners with ALN", "Roberts, Sian", "01/04/2025", "31/03/2026", "", "Amber", "45",
     "IDP conversion 78% complete; quality audit shows variation between clusters."),
    ("Goal 1 – People in Conwy are educated and skilled", "CP1.03",
     "Increase the number of Year 1 learners taught through the medium of Welsh, in line with the Welsh in "
     "Education Strategic Plan (WESP)", "Hughes, Carys; Evans, Dafydd", "01/09/2022", "Ongoing", "", "Green", "",
     "Late immersion centre open at two sites."),
    ("Goal 2 – People in Conwy have access to affordable, appropriate and good quality accommodation", "CP2.01",
     "Bring 50 long-term empty homes back into use through the Empty Homes grant scheme", "Davies, Gareth",
     "01/04/2025", "31/03/2026", "", "Green", "55", "27 homes brought back into use to 30 September."),
    ("Goal 2 – People in Conwy have access to affordable, appropriate and good quality accommodation", "CP2.02",
     "Reduce the use of bed and breakfast temporary accommodation for families with children to zero",
     "Davies, Gareth; Parry, Elen", "01/04/2025", "30/09/2025", "31/03/2026", "Red", "40",
     "11 families in B&B at end of Q2 (Q1: 14).\nNew leased properties in Colwyn Bay available from January."),
    ("Goal 2 – People in Conwy have access to affordable, appropriate and good quality accommodation", "CP2.03",
     "Submit the Replacement Local Development Plan (RLDP) to Welsh Government for independent examination",
     "Lloyd, Iwan", "01/04/2025", "31/07/2026", "", "Not Started", "0",
     "Deposit consultation to close March 2026."),
    ("Goal 4 – People in Conwy live healthy, active and independent lives", "CP4.01",
     "Increase the number of people supported by the Community Resource Teams to remain living at home",
     "Thomas, Llinos", "01/04/2025", "31/03/2026", "", "Green", "50", "On trajectory."),
    ("Goal 4 – People in Conwy live healthy, active and independent lives", "CP4.02",
     "Complete the review of leisure provision and agree a sustainable operating model for leisure centres",
     "Owen, Bethan", "01/04/2025", "31/12/2025", "", "Completed", "100",
     "Cabinet approved the new operating model on 09/09/2025."),
    ("Goal 8 – People in Conwy are informed, included and listened to", "CP8.01",
     "Launch the new customer portal so that residents can report, request and pay for services online",
     "Williams, Owain", "01/04/2025", "31/10/2025", "", "Amber", "70", "Testing of payments module delayed."),
    ("Goal 8 – People in Conwy are informed, included and listened to", "CP8.02",
     "Publish the revised Public Participation Strategy following consultation", "Williams, Owain",
     "01/05/2025", "30/06/2025", "", "Completed", "100", "Published 26/06/2025."),
]
CONWY_HEADER = ["Goal", "Action Ref", "Action", "Responsible Officer", "Start Date", "Due Date",
                "Revised Due Date", "Status", "% Complete", "Latest Note"]


def make_conwy():
    path = out("zsm-conwy-cbc-corporate-plan-delivery-tracker-q2-2025-26.csv")
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(["Conwy County Borough Council – Corporate Plan Delivery Tracker 2025/26 (Quarter 2)"])
        w.writerow(["Corporate Plan 2022-2027 (revised 2025-2027) – actions for the period 01/07/2025 to 30/09/2025"])
        w.writerow(["Exported 06/11/2025 14:32 by Corporate Performance Team"])
        w.writerow([])
        w.writerow(CONWY_HEADER)
        for row in CONWY_ROWS:
            w.writerow(row)
        w.writerow([])
        w.writerow(["10 records"])


# ---------------------------------------------------------------------------
# 7. Adoption East Midlands RAA service development plan (tab-separated txt)
# ---------------------------------------------------------------------------
AEM_OBJECTIVES = [
    ("Objective 1: Increase the number of adopters approved, particularly for children who wait longest", [
        ("1a", "Run a targeted campaign with Adoption England to recruit adopters for brothers and sisters",
         "Recruitment Team Manager", "Nov-25", "A", "G", "Campaign launched 03/11/2025 for National Adoption Week."),
        ("1b", "Hold a monthly adopter assessment tracking meeting to keep Stage 2 assessments within 4 months",
         "SM/KP", "Q4 2025/26", "A", "A", "Average Stage 2 duration 4.6 months."),
        ("1c", "Refresh the AEM website enquiry journey and adopter information events offer",
         "Marketing Officer", "Sep-25", "G", "B", "New website live 15/09/2025."),
    ]),
    ("Objective 2: Reduce the time children wait to be matched with their adoptive family", [
        ("2a", "Agree a shared early permanence policy with the four local authorities",
         "Group Manager AEM", "31/12/2025", "A", "G", "Draft policy with the four Heads of Service."),
        ("2b", "Review all children with a Placement Order and no identified match for 6 months at the monthly "
               "permanence panel", "Family Finding Team Manager", "Ongoing", "G", "G", "Review in place."),
        ("2c", "Attend regional and national exchange and profiling events for every child waiting over 12 months",
         "Family Finding Team Manager", "Mar-26", "R", "A", "12 of 19 children profiled at events."),
    ]),
    ("Objective 3: Strengthen adoption support and the voice of adopted children and young people", [
        ("3a", "Launch the AEM Young People's Group and hold quarterly sessions",
         "Participation Worker", "Apr 2025 - Mar 2026", "G", "G", "Two sessions held."),
        ("3b", "Publish a clear adoption support pathway for families, including access to the Adoption and "
               "Special Guardianship Support Fund", "Adoption Support Service Manager", "Jul-25", "A", "B",
         "Pathway published July 2025."),
        ("3c", "Commission additional capacity for therapeutic assessments to reduce waiting times",
         "Adoption Support Service Manager/Commissioning Manager", "Jan-26", "R", "R",
         "Procurement delayed; interim spot purchase in place."),
    ]),
]


def make_aem():
    path = out("zsm-adoption-east-midlands-raa-service-development-plan-2025-26.txt")
    lines = []
    ncol = 7
    def row(cells):
        cells = list(cells) + [""] * (ncol - len(cells))
        lines.append("\t".join(cells))
    row(["Adoption East Midlands - Service Development Plan 2025-26"])
    row(["Regional Adoption Agency for Derby City, Derbyshire, Nottingham City and Nottinghamshire"])
    row(["Progress report to AEM Partnership Board - 2 December 2025"])
    row([])
    row(["No.", "Objective / action", "Lead", "Timescale", "Previous RAG", "Current RAG", "Comments"])
    counts = {}
    for obj, acts in AEM_OBJECTIVES:
        row([obj])
        for a in acts:
            row(a)
            counts[a[5]] = counts.get(a[5], 0) + 1
    row([])
    total = sum(counts.values())
    row(["Total actions: %d" % total, "B: %d" % counts.get("B", 0), "G: %d" % counts.get("G", 0),
         "A: %d" % counts.get("A", 0), "R: %d" % counts.get("R", 0)])
    row(["Key: B = complete; G = on track; A = some slippage, action in hand; R = off track, escalated to the "
         "Partnership Board"])
    row(["Leads: SM = Service Manager (Recruitment and Assessment); KP = Practice Manager (Assessment)"])
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


def main():
    make_adoption_at_heart()
    make_south_glos()
    make_teignbridge()
    make_wcf()
    make_rct()
    make_conwy()
    make_aem()
    print("Teignbridge typo row:", TEIGN_TYPO_ROW)


if __name__ == "__main__":
    main()
