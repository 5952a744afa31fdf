"""Build the seven zes- blind test files (set heldout807).

Run with /work/main/.venv/bin/python zes_make.py  (writes into this folder).
Each plan's rows are held in the PLANS data below together with the reading a
person makes of them (ref, under, lead list, end month, status); zes_expected.py
turns that reading into the NAME.expected.yaml files.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "00B0F0",
    "green": "92D050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "band": "1F4E78",
    "head": "BDD7EE",
    "pale": "DDEBF7",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(name_or_hex):
    h = FILL.get(name_or_hex, name_or_hex)
    return PatternFill(start_color=h, end_color=h, fill_type="solid")


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# 1. Trafford Council - Corporate Plan 2024-27 delivery tracker 2025/26 (xlsx)
# ---------------------------------------------------------------------------
TRAFFORD_FILE = "zes-trafford-council-corporate-plan-delivery-tracker-2025-26.xlsx"
TRAFFORD_TITLE = "Trafford Council Corporate Plan 2024-27 – Delivery Tracker 2025/26"
# status words used in the Q1 / Q2 columns and their fills
T_WORD_FILL = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
TRAFFORD = [
    {
        "sheet": "P1 Best start",
        "priority": "Priority 1: The best start for our children and young people",
        "member": "Executive Member for Children's Services",
        "wewills": [
            {
                "text": "Work with schools and partners so every child is ready for school and can reach their potential",
                "rows": [
                    ("1.1", "Open a fifth Family Hub site in Partington, with health visiting and early years drop-ins on site",
                     "Director of Early Help and Prevention", "Mar-26", "Green", "Green",
                     "Lease agreed; fit-out starts November. Health visiting sessions confirmed from February.",
                     ["Director of Early Help and Prevention"], "2026-03", None, "green"),
                    ("1.2", "Increase take-up of funded places for eligible two-year-olds to 80%\nTargeted outreach through Family Hubs and GP practices in the four lowest take-up wards",
                     "Head of Early Years & Childcare", D(2026, 3, 31), "Amber", "Amber",
                     "Take-up 71% (summer term census). Outreach worker recruited September.",
                     ["Head of Early Years & Childcare"], "2026-03", None, "amber"),
                ],
            },
            {
                "text": "Make sure the voice of the child shapes what we do",
                "rows": [
                    ("1.3", "Launch a Youth Voice Charter co-produced with Trafford Youth Cabinet",
                     "Corporate Director, Children's Services", "Sep-25", "Green", "Complete",
                     "Charter launched at Youth Cabinet on 18 September 2025.",
                     ["Corporate Director, Children's Services"], "2025-09", None, "blue"),
                ],
            },
        ],
    },
    {
        "sheet": "P2 Healthy lives",
        "priority": "Priority 2: Healthy and independent lives for everyone",
        "member": "Executive Member for Health, Wellbeing and Equalities",
        "wewills": [
            {
                "text": "Help people to live independently at home for longer",
                "rows": [
                    ("2.1", "Increase reablement capacity by 20% through the new in-house reablement team",
                     "Corporate Director, Adult Social Care", "Q3 2025/26", "Amber", "Red",
                     "Recruitment below plan (9 of 16 posts filled). Agency cover agreed to December; recovery plan to Executive in January.",
                     ["Corporate Director, Adult Social Care"], "2025-12", None, "red"),
                ],
            },
            {
                "text": "Reduce health inequalities in our most deprived neighbourhoods",
                "rows": [
                    ("2.2", "Deliver NHS Health Check outreach sessions in Old Trafford, Partington and Sale West",
                     "Director of Public Health", "Mar-26", "Green", "Green",
                     "412 checks completed to end of Q2 against a year-end target of 750.",
                     ["Director of Public Health"], "2026-03", None, "green"),
                ],
            },
        ],
    },
    {
        "sheet": "P3 Economy and homes",
        "priority": "Priority 3: A thriving economy and homes for all",
        "member": "Executive Member for Economy and Regeneration",
        "wewills": [
            {
                "text": "Deliver more affordable homes, including homes for social rent",
                "rows": [
                    ("3.1", "Secure planning consent for 250 affordable homes through the Trafford Housing Delivery Programme",
                     "Corporate Director, Place", "Mar-26", "Amber", "Amber",
                     "168 consented to date. Two schemes delayed by viability review.",
                     ["Corporate Director, Place"], "2026-03", None, "amber"),
                ],
            },
            {
                "text": "Support residents into good work",
                "rows": [
                    ("3.2", "Support 400 residents into employment through the Trafford Pledge and Working Well",
                     "Head of Strategic Growth / Employment & Skills Manager", D(2026, 3, 31), "Green", "Green",
                     "223 residents supported into work (56% of target at mid-year).",
                     ["Head of Strategic Growth", "Employment & Skills Manager"], "2026-03", None, "green"),
                ],
            },
        ],
    },
    {
        "sheet": "P4 Climate",
        "priority": "Priority 4: Address the climate crisis",
        "member": "Executive Member for Climate Change",
        "wewills": [
            {
                "text": "Reduce the Council's own carbon emissions",
                "rows": [
                    ("4.1", "Complete the LED conversion of the remaining 3,200 streetlight columns",
                     "Head of Highways", "Dec-25", "Green", "Complete",
                     "Final columns converted in September, ahead of schedule.",
                     ["Head of Highways"], "2025-12", None, "blue"),
                    ("4.2", "Install solar PV on four council-owned leisure sites",
                     "Climate Change Programme Manager", "Q4 2025/26", "Amber", "Amber",
                     "Grid connection approved for two sites; structural surveys outstanding at Altrincham.",
                     ["Climate Change Programme Manager"], "2026-03", None, "amber"),
                ],
            },
        ],
    },
    {
        "sheet": "P5 Culture",
        "priority": "Priority 5: Culture, sport and heritage for everyone",
        "member": "Executive Member for Culture and Leisure",
        "wewills": [
            {
                "text": "Celebrate and grow our culture, sport and heritage offer",
                "rows": [
                    ("5.1", "Deliver year 1 of the Trafford Culture Strategy action plan, including the Stretford Public Hall events programme",
                     "Culture & Heritage Lead", "Mar-26", "Green", "Green",
                     "Programme published; 14 events held in Q1-Q2.",
                     ["Culture & Heritage Lead"], "2026-03", None, "green"),
                ],
            },
        ],
    },
]


def build_trafford():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = TRAFFORD_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 position (to 30 September 2025) – reported to the Executive, 24 November 2025"
    ws["A4"] = "Summary of Q2 delivery status by priority"
    ws["A4"].font = Font(bold=True)
    heads = ["Priority", "Deliverables", "Complete", "Green", "Amber", "Red"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("head")
        cell.border = BOX
    r = 6
    totals = [0, 0, 0, 0, 0]
    for p in TRAFFORD:
        rows = [row for w in p["wewills"] for row in w["rows"]]
        counts = [len(rows)] + [sum(1 for row in rows if row[5] == s) for s in ("Complete", "Green", "Amber", "Red")]
        ws.cell(row=r, column=1, value=p["priority"]).border = BOX
        for c, n in enumerate(counts, 2):
            ws.cell(row=r, column=c, value=n).border = BOX
        totals = [a + b for a, b in zip(totals, counts)]
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for c, n in enumerate(totals, 2):
        ws.cell(row=r, column=c, value=n).font = Font(bold=True)
    ws.cell(row=r + 2, column=1, value="RAG key: Complete = delivered; Green = on track; Amber = some slippage, recoverable within the year; Red = off track, Executive attention needed.")
    ws.column_dimensions["A"].width = 62
    for col in "BCDEF":
        ws.column_dimensions[col].width = 12

    for p in TRAFFORD:
        ws = wb.create_sheet(p["sheet"])
        ws["A1"] = TRAFFORD_TITLE
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = p["priority"]
        ws["A2"].font = Font(bold=True, size=12, color="FFFFFF")
        ws["A2"].fill = fill("band")
        ws.merge_cells("A2:H2")
        ws["A3"] = p["member"]
        heads = ["Ref", "We will…", "Key deliverable 2025/26", "Lead officer", "Due", "Q1 RAG", "Q2 RAG", "Q2 commentary"]
        for c, h in enumerate(heads, 1):
            cell = ws.cell(row=5, column=c, value=h)
            cell.font = Font(bold=True)
            cell.fill = fill("head")
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        r = 6
        for w in p["wewills"]:
            first = r
            for row in w["rows"]:
                ref, act, lead, due, q1, q2, comm = row[:7]
                ws.cell(row=r, column=1, value=ref)
                if r == first:
                    ws.cell(row=r, column=2, value=w["text"])
                ws.cell(row=r, column=3, value=act)
                ws.cell(row=r, column=4, value=lead)
                c = ws.cell(row=r, column=5, value=due)
                if isinstance(due, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                for col, word in ((6, q1), (7, q2)):
                    cc = ws.cell(row=r, column=col, value=word)
                    cc.fill = fill(T_WORD_FILL[word])
                    cc.alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(row=r, column=8, value=comm)
                for col in range(1, 9):
                    cell = ws.cell(row=r, column=col)
                    cell.border = BOX
                    if col not in (6, 7):
                        cell.alignment = Alignment(wrap_text=True, vertical="top")
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=r + 1, column=1, value="Q1 RAG as reported to the Executive in September 2025; Q2 RAG is the current position.").font = Font(italic=True)
        for col, wd in zip("ABCDEFGH", (7, 34, 48, 30, 12, 10, 10, 50)):
            ws.column_dimensions[col].width = wd
    wb.save(os.path.join(HERE, TRAFFORD_FILE))


# ---------------------------------------------------------------------------
# 2. Newcastle City Council - Fostering Service Development Plan 2025-26 (xlsx)
# ---------------------------------------------------------------------------
NEWCASTLE_FILE = "zes-newcastle-city-council-fostering-service-development-plan-2025-26.xlsx"
NEWCASTLE_TITLE = "Newcastle City Council – Fostering Service Development Plan 2025-26"
N_STATUS_FILL = {"Achieved": "blue", "On track": "green", "Some concerns": "amber", "Off track": "red", "Not started": None}
NEWCASTLE = [
    {
        "theme": "Theme 1: Sufficiency – more local foster homes for Newcastle children",
        "objectives": [
            {
                "text": "Increase the number of mainstream fostering households in the city",
                "rows": [
                    ("1.1a", "Deliver the Foster for Newcastle recruitment campaign, with quarterly information events in Walker, Benwell and Kenton",
                     "Fostering Recruitment Manager", "Apr-25", "Mar-26", "On track",
                     "Two events held (June, September); 41 enquiries to date.",
                     ["Fostering Recruitment Manager"], "2026-03", None, "green"),
                    ("1.1b", "Work with the North East Fostering Recruitment and Support Hub so that at least 20% of initial enquiries progress to assessment",
                     "Fostering Recruitment Manager / Regional Hub Lead", "Apr-25", D(2026, 3, 31), "Some concerns",
                     "Conversion 13% at Q2; joint review of first-contact script booked for November.",
                     ["Fostering Recruitment Manager", "Regional Hub Lead"], "2026-03", None, "amber"),
                ],
            },
            {
                "text": "Develop specialist foster care for children with complex needs",
                "rows": [
                    ("1.2a", "Launch the Fostering Plus scheme, offering enhanced fees and therapeutic support, with six carers approved",
                     "Service Manager, Fostering", "Jun-25", "Q3 2025-26", "Off track",
                     "Scheme approved by Cabinet in July but only one carer in assessment. Revised recruitment approach going to the November Corporate Parenting Advisory Committee.",
                     ["Service Manager, Fostering"], "2025-12", None, "red"),
                ],
            },
        ],
    },
    {
        "theme": "Theme 2: Supporting and keeping our foster carers",
        "objectives": [
            {
                "text": "Improve foster carer retention",
                "rows": [
                    ("2.1a", "Hold exit interviews with every foster carer who resigns and report the themes to the Fostering Panel",
                     "Independent Reviewing Officer (Foster Carer Reviews)", "Apr-25", "Ongoing", "On track",
                     "Five exit interviews completed; themes report to Panel in October.",
                     ["Independent Reviewing Officer (Foster Carer Reviews)"], None, "Ongoing", "green"),
                    ("2.1b", "Introduce a council tax discount for foster carers living in Newcastle",
                     "Head of Children's Social Care; Revenues & Benefits Manager", "Jan-25", "Apr-25", "Achieved",
                     "Discount in place from 1 April 2025 (Cabinet decision February 2025).",
                     ["Head of Children's Social Care", "Revenues & Benefits Manager"], "2025-04", None, "blue"),
                    ("2.1c", "Sign up ten city employers to the Fostering Friendly Employer pledge",
                     "Fostering Team Manager (Support)", "Apr-25", "Sep-25", "Achieved",
                     "Eleven employers signed, including two NHS trusts.",
                     ["Fostering Team Manager (Support)"], "2025-09", None, "blue"),
                ],
            },
        ],
    },
    {
        "theme": "Theme 3: Quality, practice and the voice of children",
        "objectives": [
            {
                "text": "Make sure children's views shape the service",
                "rows": [
                    ("3.1a", "Children in Care Council members to co-deliver the 'Skills to Foster' preparation training",
                     "Participation Worker; Fostering Training Coordinator", "Sep-25", "Jan-26", "On track",
                     "Two young people trained as co-facilitators; first session January.",
                     ["Participation Worker", "Fostering Training Coordinator"], "2026-01", None, "green"),
                    ("3.1b", "Audit 10% of foster carer annual reviews for evidence that the child's views were sought",
                     "Quality Assurance Practice Lead", "Jan-26", "Feb-26", "Not started",
                     "Audit tool drafted.",
                     ["Quality Assurance Practice Lead"], "2026-02", None, "unrated"),
                ],
            },
        ],
    },
]


def build_newcastle():
    wb = Workbook()
    ws = wb.active
    ws.title = "Development Plan 2025-26"
    ws["A1"] = NEWCASTLE_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Appendix 2 to the Fostering Service Annual Report 2024-25 – progress at 30 September 2025"
    ws["A3"] = "Reporting to: Corporate Parenting Advisory Committee (quarterly)"
    ws["A4"] = "Status key:"
    ws["A4"].font = Font(bold=True)
    for c, (word, f) in enumerate(N_STATUS_FILL.items(), 2):
        cell = ws.cell(row=4, column=c, value=word)
        cell.border = BOX
        if f:
            cell.fill = fill(f)
    heads = ["Ref", "Objective", "Action", "Lead", "Start", "Target", "Status", "Comments"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("band")
        cell.border = BOX
    r = 7
    for t in NEWCASTLE:
        cell = ws.cell(row=r, column=1, value=t["theme"])
        cell.font = Font(bold=True)
        cell.fill = fill("pale")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for o in t["objectives"]:
            first = r
            for row in o["rows"]:
                ref, act, lead, start, target, status, comm = row[:7]
                ws.cell(row=r, column=1, value=ref)
                if r == first:
                    ws.cell(row=r, column=2, value=o["text"])
                ws.cell(row=r, column=3, value=act)
                ws.cell(row=r, column=4, value=lead)
                ws.cell(row=r, column=5, value=start)
                c = ws.cell(row=r, column=6, value=target)
                if isinstance(target, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                sc = ws.cell(row=r, column=7, value=status)
                if N_STATUS_FILL[status]:
                    sc.fill = fill(N_STATUS_FILL[status])
                ws.cell(row=r, column=8, value=comm)
                for col in range(1, 9):
                    ws.cell(row=r, column=col).border = BOX
                    ws.cell(row=r, column=col).alignment = Alignment(wrap_text=True, vertical="top")
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    ws.cell(row=r + 1, column=1, value="Plan owner: Head of Children's Social Care. Next review: January 2026.").font = Font(italic=True)
    for col, wd in zip("ABCDEFGH", (7, 30, 52, 30, 9, 12, 14, 48)):
        ws.column_dimensions[col].width = wd

    ws2 = wb.create_sheet("Performance")
    ws2["A1"] = "Fostering service key performance measures"
    ws2["A1"].font = Font(bold=True)
    rows = [
        ("Measure", "2023-24", "2024-25", "Target 2025-26"),
        ("Mainstream fostering households (31 March)", 148, 141, 150),
        ("New fostering households approved in year", 14, 11, 18),
        ("Foster carer households de-registered in year", 19, 18, 12),
        ("% of children in care placed with in-house foster carers", "34%", "32%", "36%"),
        ("Connected person assessments completed within 16 weeks", "61%", "68%", "80%"),
    ]
    for i, row in enumerate(rows, 3):
        for j, v in enumerate(row, 1):
            cell = ws2.cell(row=i, column=j, value=v)
            cell.border = BOX
            if i == 3:
                cell.font = Font(bold=True)
                cell.fill = fill("head")
    ws2.column_dimensions["A"].width = 58
    wb.save(os.path.join(HERE, NEWCASTLE_FILE))


# ---------------------------------------------------------------------------
# 3. Medway Council - Overview and Scrutiny recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
MEDWAY_FILE = "zes-medway-council-overview-and-scrutiny-recommendations-tracker-2025-26.xlsx"
MEDWAY_TITLE = "Medway Council – Overview and Scrutiny recommendations tracker 2025/26"
MEDWAY = [
    {
        "sheet": "CYP O&S",
        "committee": "Children and Young People Overview and Scrutiny Committee",
        "items": [
            {
                "text": "Attendance, suspensions and exclusions annual report (5 June 2025)",
                "rows": [
                    ("CYP 25/01", "Officers to circulate the breakdown of suspensions by primary and secondary phase and by SEND status to Members",
                     "Head of Inclusion", "July 2025", "blue",
                     "Circulated by email 9 July 2025.",
                     ["Head of Inclusion"], "2025-07", None, "blue"),
                    ("CYP 25/02", "The Committee to receive a briefing on the new Alternative Provision free school at its December meeting",
                     "Assistant Director, Education and SEND", "Dec-25", "green",
                     "Added to the work programme for 11 December 2025.",
                     ["Assistant Director, Education and SEND"], "2025-12", None, "green"),
                ],
            },
            {
                "text": "Youth Justice Plan 2025/26 (31 July 2025)",
                "rows": [
                    ("CYP 25/03", "Cabinet be asked to consider funding a second year of the knife crime education programme in secondary schools",
                     "Head of Youth Justice / Community Safety Partnership Manager", D(2025, 10, 31), "amber",
                     "Referred to Cabinet; bid included in the draft 2026/27 budget proposals rather than in-year.",
                     ["Head of Youth Justice", "Community Safety Partnership Manager"], "2025-10", None, "amber"),
                ],
            },
        ],
    },
    {
        "sheet": "HASC O&S",
        "committee": "Health and Adult Social Care Overview and Scrutiny Committee",
        "items": [
            {
                "text": "Medway Dementia Strategy refresh (19 June 2025)",
                "rows": [
                    ("HASC 25/01", "That the draft strategy includes a measurable target for timely dementia diagnosis",
                     "Director of Public Health", "September 2025", "blue",
                     "Target of 67% diagnosis rate included in the final strategy agreed by Cabinet on 16 September.",
                     ["Director of Public Health"], "2025-09", None, "blue"),
                    ("HASC 25/02", "That Members visit the new Dementia Hub in Chatham before the end of the municipal year",
                     "Democratic Services Officer", "By 31 March 2026", "green",
                     "Visit being arranged for February.",
                     ["Democratic Services Officer"], "2026-03", None, "green"),
                ],
            },
            {
                "text": "Adult social care CQC assessment – improvement plan (4 September 2025)",
                "rows": [
                    ("HASC 25/03", "Officers to report quarterly on waiting times for Care Act assessments, including the number of people waiting more than 28 days",
                     "Director of Adult Social Care", "Quarterly", "green",
                     "First report due to the December meeting.",
                     ["Director of Adult Social Care"], None, "Quarterly", "green"),
                ],
            },
        ],
    },
    {
        "sheet": "RCE O&S",
        "committee": "Regeneration, Culture and Environment Overview and Scrutiny Committee",
        "items": [
            {
                "text": "Medway Local Plan – Regulation 19 consultation (10 July 2025)",
                "rows": [
                    ("RCE 25/01", "That Cabinet publishes a summary of how consultation responses from the Hoo Peninsula were taken into account",
                     "Head of Planning Policy", "Nov-25", "red",
                     "Not yet published; consultation statement delayed by volume of responses (over 4,000).",
                     ["Head of Planning Policy"], "2025-11", None, "red"),
                    ("RCE 25/02", "Officers to provide Members with a map of proposed Biodiversity Net Gain receptor sites",
                     "Environment & Biodiversity Manager", "Sep-25", "blue",
                     "Map circulated 2 September and published on the Council website.",
                     ["Environment & Biodiversity Manager"], "2025-09", None, "blue"),
                ],
            },
        ],
    },
]


def build_medway():
    wb = Workbook()
    first_sheet = True
    for c in MEDWAY:
        if first_sheet:
            ws = wb.active
            ws.title = c["sheet"]
            first_sheet = False
        else:
            ws = wb.create_sheet(c["sheet"])
        ws["A1"] = MEDWAY_TITLE
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = c["committee"]
        ws["A2"].font = Font(bold=True, size=12)
        ws["A3"] = "Last updated: 4 November 2025"
        ws["A4"] = "Status (cell colour):"
        for col, (word, f) in enumerate((("Blue – completed", "blue"), ("Green – on track", "green"),
                                         ("Amber – delayed", "amber"), ("Red – not progressing", "red")), 2):
            cell = ws.cell(row=4, column=col, value=word)
            cell.fill = fill(f)
            cell.border = BOX
        heads = ["Agenda item (meeting date)", "Ref", "Recommendation / action agreed", "Officer responsible", "Deadline", "Status", "Update"]
        for col, h in enumerate(heads, 1):
            cell = ws.cell(row=6, column=col, value=h)
            cell.font = Font(bold=True)
            cell.fill = fill("grey")
            cell.border = BOX
        r = 7
        for it in c["items"]:
            first = r
            for row in it["rows"]:
                ref, rec, lead, due, colour, upd = row[:6]
                if r == first:
                    ws.cell(row=r, column=1, value=it["text"])
                ws.cell(row=r, column=2, value=ref)
                ws.cell(row=r, column=3, value=rec)
                ws.cell(row=r, column=4, value=lead)
                dc = ws.cell(row=r, column=5, value=due)
                if isinstance(due, dt.datetime):
                    dc.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=6).fill = fill(colour)  # colour only, no text
                ws.cell(row=r, column=7, value=upd)
                for col in range(1, 8):
                    ws.cell(row=r, column=col).border = BOX
                    ws.cell(row=r, column=col).alignment = Alignment(wrap_text=True, vertical="top")
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        for col, wd in zip("ABCDEFG", (34, 11, 56, 32, 16, 9, 48)):
            ws.column_dimensions[col].width = wd
    wb.save(os.path.join(HERE, MEDWAY_FILE))


# ---------------------------------------------------------------------------
# 4. Wrexham CBC - CIW improvement check action plan (docx)
# ---------------------------------------------------------------------------
WREXHAM_FILE = "zes-wrexham-cbc-ciw-improvement-check-action-plan.docx"
WREXHAM_TITLE = "Wrexham County Borough Council: CIW Improvement Check Action Plan 2024"
W_RAG_FILL = {"Blue": "00B0F0", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
WREXHAM = [
    {
        "heading": "1. People – voice and control",
        "afis": [
            {
                "text": "Practitioners must make sure the views of children and adults are clearly recorded and can be seen to inform their care and support plans.",
                "rows": [
                    ("CS1.1", "Relaunch the 'What matters' recording guidance in WCCIS and brief all children's social work teams",
                     "Principal Social Worker (Children's)", "March 2024", "Guidance relaunched; 11 team briefings delivered February–March 2024.", "Blue",
                     ["Principal Social Worker (Children's)"], "2024-03", None, "blue"),
                    ("AS1.1", "Audit 40 adult care and support plans each quarter for evidence of the person's own outcomes and feed findings back to team managers",
                     "Quality Assurance Lead (Adults)", "April 2024 – March 2025", "Q1 and Q2 audits complete; 78% of plans rated good or better.", "Green",
                     ["Quality Assurance Lead (Adults)"], "2025-03", None, "green"),
                ],
            },
            {
                "text": "Unpaid carers must be offered, and receive, a timely assessment of their own needs.",
                "rows": [
                    ("AS1.2", "Commission NEWCIS to complete carers' needs assessments on the Council's behalf, with 85% offered within 28 days",
                     "Head of Adult Social Care / Commissioning Manager", "End of June 2024", "Contract varied from 1 May; 71% offered within 28 days at end of August.", "Amber",
                     ["Head of Adult Social Care", "Commissioning Manager"], "2024-06", None, "amber"),
                ],
            },
        ],
    },
    {
        "heading": "2. Prevention",
        "afis": [
            {
                "text": "The local authority should continue to develop its early help offer so that families can get support at the earliest opportunity.",
                "rows": [
                    ("CS2.1", "Open a second Early Help hub in Gwersyllt and bring Families First services together through a single front door",
                     "Head of Children's Services", "31/12/2024", "Building works complete; staff move planned for November.", "Green",
                     ["Head of Children's Services"], "2024-12", None, "green"),
                    ("CS2.2", "Report an Early Help performance scorecard to the Social Services Improvement Board",
                     "Performance & Systems Manager", "Q3 2024/25", "Draft scorecard shared in September; data from two commissioned services still outstanding.", "Amber",
                     ["Performance & Systems Manager"], "2024-12", None, "amber"),
                ],
            },
        ],
    },
    {
        "heading": "3. Well-being",
        "afis": [
            {
                "text": "Statutory visits to children must take place within required timescales, and the fragility of the children's services workforce must be addressed.",
                "rows": [
                    ("CS3.1", "Introduce a weekly statutory visits dashboard reviewed by team managers, with exceptions escalated to the Head of Service",
                     "Team Managers, Safeguarding and Care Planning", "Ongoing – reviewed monthly", "Dashboard live since April; statutory visits in timescale 92% (September).", "Green",
                     ["Team Managers, Safeguarding and Care Planning"], None, "Ongoing – reviewed monthly", "green"),
                    ("CS3.2", "Reduce reliance on agency social workers to below 20% through the 'Grow Our Own' trainee scheme and a market supplement",
                     "Chief Officer Social Care; HR Business Partner", "March 2025", "Agency rate 31% (September). Eight trainees qualify in summer 2025.", "Red",
                     ["Chief Officer Social Care", "HR Business Partner"], "2025-03", None, "red"),
                ],
            },
        ],
    },
    {
        "heading": "4. Partnerships and integration",
        "afis": [
            {
                "text": "Hospital discharge arrangements with Betsi Cadwaladr University Health Board should be strengthened so that people do not wait in hospital for care and support.",
                "rows": [
                    ("AS4.1", "Agree a joint discharge to recover then assess (D2RA) pathway with BCUHB for Wrexham Maelor Hospital",
                     "Head of Adult Social Care", "September 2024", "Pathway agreed in principle; sign-off delayed to the October Regional Partnership Board.", "Amber",
                     ["Head of Adult Social Care"], "2024-09", None, "amber"),
                ],
            },
        ],
    },
]


def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def build_wrexham():
    doc = Document()
    doc.add_paragraph(WREXHAM_TITLE, style="Title")
    doc.add_paragraph("Adult and Children's Social Services – response to the Care Inspectorate Wales improvement check "
                      "undertaken 24 October to 2 November 2023 (letter published 10 January 2024)")
    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, h in zip(dc.rows[0].cells, ("Version", "Date", "Author", "Comments")):
        bold_cell(c, h)
    for row in (("1.0", "14/02/2024", "Social Services Improvement Lead", "First draft for Senior Leadership Team"),
                ("1.1", "05/03/2024", "Social Services Improvement Lead", "Approved by Executive Board"),
                ("2.0", "30/09/2024", "Social Services Improvement Lead", "Progress update for Scrutiny")):
        cells = dc.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_paragraph("Plan owner: Chief Officer Social Care. Progress is monitored by the Social Services Improvement Board "
                      "and reported six-monthly to the Homes and Communities Scrutiny Committee.")
    doc.add_heading("RAG key", level=2)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for word, meaning in (("Blue", "Completed"), ("Green", "On track"), ("Amber", "At risk of slippage"), ("Red", "Not on track")):
        cells = key.add_row().cells
        cells[0].text = word
        shade(cells[0], W_RAG_FILL[word])
        cells[1].text = meaning
    doc.add_paragraph("Action references: CS = children's services; AS = adult services.")

    for sec in WREXHAM:
        doc.add_heading(sec["heading"], level=1)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ("Ref", "Action", "Lead", "Timescale", "Progress update (September 2024)", "RAG")):
            bold_cell(c, h)
            shade(c, "BDD7EE")
        for afi in sec["afis"]:
            cells = t.add_row().cells
            m = cells[0].merge(cells[5])
            m.text = ""
            run = m.paragraphs[0].add_run(afi["text"])
            run.italic = True
            shade(m, "F2F2F2")
            for row in afi["rows"]:
                ref, act, lead, when, prog, rag = row[:6]
                cells = t.add_row().cells
                for c, v in zip(cells, (ref, act, lead, when, prog, rag)):
                    c.text = v
                shade(cells[5], W_RAG_FILL[rag])
        doc.add_paragraph("")
    doc.add_paragraph("Next review: Social Services Improvement Board, December 2024.")
    doc.save(os.path.join(HERE, WREXHAM_FILE))


# ---------------------------------------------------------------------------
# 5. St Helens Borough Council - Fostering Service Development Plan 2025/26 (docx)
# ---------------------------------------------------------------------------
STHELENS_FILE = "zes-st-helens-council-fostering-service-development-plan-2025-26.docx"
STHELENS_TITLE = "St Helens Borough Council Fostering Service – Development Plan 2025/26"
STHELENS = [
    {
        "band": "Priority 1: Recruitment and retention of foster carers",
        "rows": [
            ("1.1", ["Refresh the Foster for St Helens recruitment campaign and website.",
                     "Include a targeted campaign for parent and child and teenage placements."],
             "Marketing & Communications Officer; Fostering Recruitment Lead", "Oct-25", "Complete",
             "New campaign launched 6 October with radio and bus-stop adverts.",
             ["Marketing & Communications Officer", "Fostering Recruitment Lead"], "2025-10", None, "blue"),
            ("1.2", ["Achieve a net gain of 12 mainstream fostering households by 31 March 2026."],
             "Fostering Team Manager", "31/03/2026", "Delayed",
             "Net gain of 2 at mid-year (7 approvals, 5 resignations). Retention review under way.",
             ["Fostering Team Manager"], "2026-03", None, "amber"),
            ("1.3", ["Join the North West Fostering Recruitment and Support Hub and route all first enquiries through its enquiry line."],
             "Service Manager – Fostering, Adoption and Kinship", "Jul-25", "Complete",
             "Live from 1 July 2025.",
             ["Service Manager – Fostering, Adoption and Kinship"], "2025-07", None, "blue"),
        ],
    },
    {
        "band": "Priority 2: Support, training and development for foster carers",
        "rows": [
            ("2.1", ["Launch a second Mockingbird constellation, with an experienced hub home carer in Newton-le-Willows."],
             "Mockingbird Liaison Worker / Fostering Team Manager", "Jan-26", "On track",
             "Hub home carer identified; satellite families being matched.",
             ["Mockingbird Liaison Worker", "Fostering Team Manager"], "2026-01", None, "green"),
            ("2.2", ["Review the foster carer learning and development framework with the St Helens Foster Carers Association."],
             "Training & Development Officer (Fostering)", "Dec-25", "On track",
             "Two co-design workshops held.",
             ["Training & Development Officer (Fostering)"], "2025-12", None, "green"),
        ],
    },
    {
        "band": "Priority 3: Kinship care",
        "rows": [
            ("3.1", ["Complete connected person (Regulation 24) assessments within 16 weeks and report timeliness to the Permanence Board each month."],
             "Kinship Team Manager", "Ongoing", "On track",
             "83% within 16 weeks in Q2.",
             ["Kinship Team Manager"], None, "Ongoing", "green"),
            ("3.2", ["Publish a refreshed Kinship Local Offer in line with the DfE kinship care guidance."],
             "Head of Service – Children in Care", "Mar-26", "Not started",
             "Due to start in January once the regional template is agreed.",
             ["Head of Service – Children in Care"], "2026-03", None, "unrated"),
        ],
    },
    {
        "band": "Priority 4: Voice of children and quality assurance",
        "rows": [
            ("4.1", ["Introduce an annual survey of children in foster care and of foster carers' own children."],
             "Participation Officer", "Feb-26", "On track",
             "Survey designed with the Children in Care Council.",
             ["Participation Officer"], "2026-02", None, "green"),
            ("4.2", ["Fostering Panel Chair to provide a quality report to the Agency Decision Maker."],
             "Independent Fostering Panel Chair", "Six-monthly", "On track",
             "First report received September 2025.",
             ["Independent Fostering Panel Chair"], None, "Six-monthly", "green"),
        ],
    },
]


def build_sthelens():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run(STHELENS_TITLE)
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Appendix B to the Fostering Service Annual Report 2024/25 (Regulation 35 and National Minimum Standard 25.7)")
    doc.add_paragraph("Progress position: 30 September 2025. Reported to the Corporate Parenting Board, 4 November 2025.")
    doc.add_paragraph("Status key: Complete – action delivered; On track – progressing to timescale; "
                      "Delayed – amber, behind timescale with recovery action agreed; Off track – red; Not started – not yet due to begin.")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("No.", "Action", "Lead", "By when", "Status", "Update")):
        bold_cell(c, h)
        shade(c, "C6E0B4")
    for grp in STHELENS:
        cells = t.add_row().cells
        m = cells[0].merge(cells[5])
        bold_cell(m, grp["band"])
        shade(m, "E2EFDA")
        for row in grp["rows"]:
            no, paras, lead, when, status, upd = row[:6]
            cells = t.add_row().cells
            cells[0].text = no
            cells[1].text = paras[0]
            for extra in paras[1:]:
                cells[1].add_paragraph(extra)
            cells[2].text = lead
            cells[3].text = when
            cells[4].text = status
            cells[5].text = upd
    doc.add_paragraph("")
    doc.add_paragraph("Summary at 30 September 2025: 2 complete, 5 on track, 1 delayed, 1 not started, 0 off track.")
    doc.add_paragraph("Plan owner: Service Manager – Fostering, Adoption and Kinship.")
    doc.save(os.path.join(HERE, STHELENS_FILE))


# ---------------------------------------------------------------------------
# 6. Merton Council - Overview and Scrutiny recommendations tracker (csv)
# ---------------------------------------------------------------------------
MERTON_FILE = "zes-merton-council-overview-and-scrutiny-recommendations-tracker-2025-26.csv"
MERTON_TITLE = "London Borough of Merton - Overview and Scrutiny recommendations tracker 2025/26"
MERTON = [
    {
        "panel": "Overview and Scrutiny Commission",
        "reviews": [
            {
                "text": "Budget scrutiny and financial monitoring (Commission, 5 February 2025)",
                "rows": [
                    ("OSC25/01", "That Cabinet circulates a quarterly update to all councillors on delivery of the savings programme, showing savings at risk",
                     "Executive Director of Finance and Digital", "Accepted", "Q1 update circulated 30 July 2025; Q2 update due November.", "Quarterly", "G",
                     ["Executive Director of Finance and Digital"], None, "Quarterly", "green"),
                    ("OSC25/02", "That the fees and charges policy is reviewed to include a full cost-recovery assessment for discretionary services",
                     "Head of Strategic Finance / Cabinet Member for Finance and Corporate Services", "Accepted", "Review started; a small number of charges will be reported with the 2026/27 budget.", "Dec-25", "A",
                     ["Head of Strategic Finance", "Cabinet Member for Finance and Corporate Services"], "2025-12", None, "amber"),
                ],
            },
        ],
    },
    {
        "panel": "Children and Young People Overview and Scrutiny Panel",
        "reviews": [
            {
                "text": "Task group review: school attendance and persistent absence (Cabinet, 14 July 2025)",
                "rows": [
                    ("CYP25/01", "That the Council establishes a borough-wide multi-agency Attendance Support Team",
                     "Assistant Director, Education and Early Help", "Accepted", "Team in place from 1 September 2025.", "September 2025", "B",
                     ["Assistant Director, Education and Early Help"], "2025-09", None, "blue"),
                    ("CYP25/02", "That attendance data by ward and by SEND status is reported to the Panel twice a year",
                     "Head of School Improvement", "Accepted", "First report to the Panel on 11 November 2025.", "Twice yearly", "G",
                     ["Head of School Improvement"], None, "Twice yearly", "green"),
                    ("CYP25/03", "That the Council works with Merton Parent Forum to co-produce guidance for parents on emotionally based school avoidance (EBSA)",
                     "Principal Educational Psychologist; Merton Parent Forum", "Partially accepted", "Guidance drafted; co-production workshop moved to January because of forum capacity.", "March 2026", "A",
                     ["Principal Educational Psychologist", "Merton Parent Forum"], "2026-03", None, "amber"),
                ],
            },
        ],
    },
    {
        "panel": "Healthier Communities and Older People Overview and Scrutiny Panel",
        "reviews": [
            {
                "text": "Adult social care – CQC assessment findings (Panel, 10 June 2025)",
                "rows": [
                    ("HCOP25/01", "That the Panel receives the adult social care improvement plan and a six-monthly progress report",
                     "Executive Director of Adult Social Care, Integrated Care and Public Health", "Accepted", "Improvement plan received 9 September; first progress report January.", "Jan-26", "G",
                     ["Executive Director of Adult Social Care, Integrated Care and Public Health"], "2026-01", None, "green"),
                    ("HCOP25/02", "That Cabinet asks South West London ICB to set out how waiting times for occupational therapy assessments in Merton will be reduced",
                     "Cabinet Member for Health and Social Care", "Accepted", "Letter sent 2 July; no substantive reply yet. Chair to raise at the Health and Wellbeing Board.", "31/10/2025", "R",
                     ["Cabinet Member for Health and Social Care"], "2025-10", None, "red"),
                ],
            },
        ],
    },
    {
        "panel": "Sustainable Communities Overview and Scrutiny Panel",
        "reviews": [
            {
                "text": "New waste collection and street cleansing service (Panel, 8 April 2025)",
                "rows": [
                    ("SC25/01", "That missed collection figures are published monthly by ward on the Council website",
                     "Head of Waste Services", "Accepted", "Published monthly since July 2025.", "Jul-25", "B",
                     ["Head of Waste Services"], "2025-07", None, "blue"),
                ],
            },
        ],
    },
]


def build_merton():
    header = ["Rec ref", "Recommendation", "Responsible officer / Cabinet Member", "Cabinet response", "Progress", "Target date", "RAG"]
    n = len(header)
    rows = [[MERTON_TITLE] + [""] * (n - 1),
            ["Updated for the Overview and Scrutiny Commission, 12 November 2025"] + [""] * (n - 1),
            [""] * n,
            header]
    for p in MERTON:
        rows.append([p["panel"]] + [""] * (n - 1))
        for rv in p["reviews"]:
            rows.append([rv["text"]] + [""] * (n - 1))
            for row in rv["rows"]:
                rows.append(list(row[:7]))
    rows.append([""] * n)
    rows.append(["RAG: B = completed; G = on track; A = some slippage; R = not on track"] + [""] * (n - 1))
    with open(os.path.join(HERE, MERTON_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Solihull MBC - Council Plan delivery tracker Q2 2025/26 (txt, tab-separated) - REFUSE
# ---------------------------------------------------------------------------
SOLIHULL_FILE = "zes-solihull-council-plan-delivery-tracker-2025-26-q2-typo-month-refuse.txt"
SOLIHULL_TITLE = "Council Plan 2025/26 – Delivery Tracker – Quarter 2 (to 30 September 2025)"
SOLIHULL_LINES = [
    "Solihull Metropolitan Borough Council",
    SOLIHULL_TITLE,
    "Report run 14/10/2025 from the corporate performance system",
    "",
    "Priority\tRef\tDeliverable\tResponsible officer\tTarget date\tDelivery rating\tQ2 commentary",
    "Children and young people\tCYP1\tReduce the number of children living in unregistered provision to zero\tDirector of Children's Services and Skills\t31/03/2026\tAmber\tTwo children in unregistered provision at end of Q2 (five at end of Q1).",
    "Children and young people\tCYP2\tApprove 10 additional in-house fostering households\tHead of Service – Children in Care\tMar-26\tRed\tFour households approved; recruitment below trajectory.",
    "Children and young people\tCYP3\tOpen the Family Hub in Kingshurst\tAssistant Director, Family Help\tSep-25\tComplete\tOpened 15 September 2025.",
    "Economy\tEC1\tComplete the Arden Cross enabling infrastructure package\tDirector of Economy and Infrastructure\tDec-25\tGreen\tOn programme.",
    "Economy\tEC2\tAgree the delivery partner for the Mell Square regeneration scheme\tHead of Economic Development\tFebuary 2026\tAmber\tProcurement extended by six weeks after clarification questions.",
    "Environment\tEN1\tInstall 200 public electric vehicle charge points\tClimate Change Manager\tMar-26\tGreen\t126 installed.",
    "Environment\tEN2\tAdopt the Solihull Nature Recovery Plan\tHead of Environment and Sustainability\tJun-26\tGreen\tConsultation closes November.",
    "Health, wellbeing and independence\tHW1\tReduce the number of people waiting for a Care Act assessment to under 150\tDirector of Adult Social Care\tDec-25\tAmber\t212 waiting at end of Q2.",
    "",
    "Delivery ratings: Green = on track; Amber = some risk to delivery; Red = significant risk; Complete = delivered.",
]
SOLIHULL_REFUSE_LINE = 10  # 1-based line holding "Febuary 2026"


def build_solihull():
    with open(os.path.join(HERE, SOLIHULL_FILE), "w", newline="", encoding="utf-8") as f:
        f.write("\r\n".join(SOLIHULL_LINES) + "\r\n")


def main():
    build_trafford()
    build_newcastle()
    build_medway()
    build_wrexham()
    build_sthelens()
    build_merton()
    build_solihull()
    print("built 7 zes- files")


if __name__ == "__main__":
    main()
