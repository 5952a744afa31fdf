"""Build the seven mc2- blind test files (set heldout375).

Run with the project's Python (openpyxl and python-docx needed):
    /work/main/.venv/bin/python mc2_make.py
All files are written beside this script.
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

BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"
FILL = {c: PatternFill("solid", start_color=c, end_color=c) for c in (BLUE, GREEN, AMBER, RED)}
HEAD_FILL = PatternFill("solid", start_color="1F3864", end_color="1F3864")
SECT_FILL = PatternFill("solid", start_color="D9E1F2", end_color="D9E1F2")
GREY_FILL = PatternFill("solid", start_color="EDEDED", end_color="EDEDED")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def d(y, m, day):
    return dt.datetime(y, m, day)


def path(name):
    return os.path.join(HERE, name)


def header_row(ws, row, headers):
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = WHITE_BOLD
        c.fill = HEAD_FILL
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


# ---------------------------------------------------------------------------
# 1. Essex County Fire and Rescue Service - HMICFRS AFI improvement plan (xlsx)
# ---------------------------------------------------------------------------
ECFRS_FILE = "mc2-essex-county-fire-rescue-service-hmicfrs-afi-improvement-plan.xlsx"
ECFRS_TITLE = "Essex County Fire and Rescue Service – HMICFRS Areas for Improvement Action Plan 2024–2026"

# section -> list of (afi_no, afi_text, [(ref, action, owner, original, revised, update, fill)])
ECFRS_PLAN = [
    ("Responding to fires and other emergencies", [
        ("AFI 1",
         "The service should make sure it has enough available fire engines to respond to incidents in line "
         "with its response standards, particularly on-call fire engines.",
         [("1.1",
           "Implement the On-Call Improvement Programme, including revised contracts and banded availability "
           "payments, to increase on-call fire engine availability.",
           "Area Manager, Response", d(2025, 3, 31), d(2026, 3, 31),
           "Revised contracts issued to 86% of on-call staff. Average on-call availability up from 61% to 68%; "
           "target of 75% not yet met. Revised date agreed by SLT.", AMBER),
          ("1.2",
           "Introduce a daily crewing and availability dashboard for Control and Duty Group Managers, reviewed "
           "weekly at the Operational Performance Meeting.",
           "Head of Control / Group Manager, Performance", d(2024, 12, 31), None,
           "Dashboard live since November 2024; weekly review embedded.", BLUE),
          ]),
        ("AFI 2",
         "The service should make sure its staff are appropriately trained in risk-critical skills, and that "
         "it can assure itself these skills are maintained.",
         [("2.1",
           "Review the risk-critical training framework and set minimum maintenance of competence requirements "
           "for breathing apparatus, incident command, driving and trauma care.",
           "Head of Training and Development", d(2024, 6, 30), None,
           "Framework approved at Training Board June 2024.", BLUE),
          ("2.2",
           "Replace the legacy training records system with a single competence recording platform available "
           "on all stations.\nMigrate historic records and validate them with station managers.",
           "Head of Training and Development; Head of ICT", d(2025, 3, 31), d(2026, 3, 31),
           "Platform procured; data migration 40% complete. Delay due to supplier resourcing.", AMBER),
          ]),
    ]),
    ("Protecting the public through fire regulation", [
        ("AFI 3",
         "The service should make sure it allocates enough resources to a prioritised and risk-based "
         "inspection programme.",
         [("3.1",
           "Recruit and develop six additional Fire Safety Inspectors through the Protection apprenticeship "
           "pathway.",
           "Group Manager, Protection", d(2025, 3, 31), d(2025, 12, 31),
           "Four inspectors qualified; two due to complete Level 4 diploma in November.", GREEN),
          ("3.2",
           "Refresh the Risk Based Inspection Programme for 2025/26 using the new premises risk model and "
           "publish quarterly completion figures.",
           "Group Manager, Protection", d(2025, 6, 30), None,
           "RBIP 2025/26 published; Q1 completion 27% against 25% profile.", BLUE),
          ]),
        ("AFI 4",
         "The service should make sure it quality assures its protection activity in line with its policy.",
         [("4.1",
           "Introduce a monthly quality assurance sample of audits and enforcement decisions, reviewed by a "
           "competent Level 4 Fire Safety Officer.",
           "Station Manager, Protection Quality Assurance", d(2024, 9, 30), None,
           "Sampling paused May–August 2025 because of vacancies. Escalated to Protection Board.", RED),
          ]),
    ]),
    ("Ensuring fairness and promoting diversity", [
        ("AFI 5",
         "The service should improve the diversity of its workforce and make sure it removes barriers to "
         "progression for staff with protected characteristics.",
         [("5.1",
           "Deliver positive action open days and taster sessions for under-represented groups ahead of each "
           "firefighter recruitment campaign.",
           "Head of People Services", "Ongoing", None,
           "Three events held in 2025; 41% of applicants to the spring campaign were female.", GREEN),
          ("5.2",
           "Publish a refreshed Equality, Diversity and Inclusion Strategy 2025–2028 with measurable workforce "
           "targets.",
           "Director of People Services", d(2025, 3, 31), d(2025, 6, 30),
           "Strategy published July 2025 following staff network consultation.", BLUE),
          ("5.3",
           "Analyse promotion and development outcomes by protected characteristic and report the findings to "
           "the Strategic Board each year.",
           "Inclusion and Diversity Manager", "Q4 2025/26", None,
           "Data cleanse of HR system under way ahead of first annual report.", GREEN),
          ]),
    ]),
    ("Making best use of resources", [
        ("AFI 6",
         "The service should make sure it has effective arrangements to monitor and increase the productivity "
         "of its workforce, particularly wholetime firefighters.",
         [("6.1",
           "Set station-level targets for home fire safety visits and site-specific risk information visits, "
           "and monitor them through the Performance Dashboard.",
           "Area Manager, Prevention and Performance", d(2024, 12, 31), d(2025, 12, 31),
           "Targets set for all wholetime stations; monitoring in place, evaluation due December.", GREEN),
          ]),
    ]),
]


def make_ecfrs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = ECFRS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "HMICFRS Effectiveness, efficiency and people inspection 2023–25 (report published 8 March 2024)"
    ws["A3"] = "Position as at 30 September 2025 – for the Performance and Resources Board"
    ws["A5"] = "Progress summary"
    ws["A5"].font = Font(bold=True)
    header_row(ws, 6, ["RAG", "Meaning", "No. of actions"])
    counts = {}
    for _, afis in ECFRS_PLAN:
        for _, _, acts in afis:
            for a in acts:
                counts[a[6]] = counts.get(a[6], 0) + 1
    rows = [(BLUE, "Complete"), (GREEN, "On track to meet target date"),
            (AMBER, "At risk of missing target date"), (RED, "Off track / target date missed")]
    r = 7
    for colour, meaning in rows:
        ws.cell(row=r, column=1).fill = FILL[colour]
        ws.cell(row=r, column=2, value=meaning)
        ws.cell(row=r, column=3, value=counts.get(colour, 0))
        for c in range(1, 4):
            ws.cell(row=r, column=c).border = BOX
        r += 1
    ws.cell(row=r, column=2, value="Total").font = Font(bold=True)
    ws.cell(row=r, column=3, value=sum(counts.values())).font = Font(bold=True)
    ws.cell(row=r + 2, column=1,
            value="Areas for improvement: 6 (Effectiveness 4, Efficiency 1, People 1). "
                  "No causes of concern were raised in the 2023–25 report.")
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 40
    ws.column_dimensions["C"].width = 16

    ws = wb.create_sheet("AFI Action Plan")
    ws["A1"] = ECFRS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "RAG is shown by cell colour – see Summary sheet for key. Updates as at 30 September 2025."
    ws["A2"].font = Font(italic=True)
    headers = ["AFI No.", "Area for improvement", "Action No.", "Action", "Action owner",
               "Original target date", "Revised target date", "Progress update (September 2025)", "RAG"]
    header_row(ws, 4, headers)
    r = 5
    for section, afis in ECFRS_PLAN:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(row=r, column=1, value=section)
        c.font = Font(bold=True)
        c.fill = SECT_FILL
        r += 1
        for afi_no, afi_text, acts in afis:
            first = r
            for ref, action, owner, orig, rev, update, colour in acts:
                ws.cell(row=r, column=3, value=ref)
                ws.cell(row=r, column=4, value=action)
                ws.cell(row=r, column=5, value=owner)
                oc = ws.cell(row=r, column=6, value=orig)
                if isinstance(orig, dt.datetime):
                    oc.number_format = "dd/mm/yyyy"
                rc = ws.cell(row=r, column=7, value=rev)
                if isinstance(rev, dt.datetime):
                    rc.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=8, value=update)
                ws.cell(row=r, column=9).fill = FILL[colour]
                for col in range(1, 10):
                    ws.cell(row=r, column=col).alignment = WRAP
                    ws.cell(row=r, column=col).border = BOX
                r += 1
            ws.cell(row=first, column=1, value=afi_no)
            ws.cell(row=first, column=2, value=afi_text)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1,
            value="Note: revised target dates were agreed by the Service Leadership Team on 10 July 2025.")
    ws.cell(row=r + 1, column=1,
            value="Completed actions remain on the plan until HMICFRS has reviewed the evidence at the next inspection.")
    for col, w in zip("ABCDEFGHI", (9, 40, 9, 55, 26, 13, 13, 45, 7)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(path(ECFRS_FILE))


# ---------------------------------------------------------------------------
# 2. Aberdeenshire Council - SHR Annual Assurance Statement improvement plan (xlsx)
# ---------------------------------------------------------------------------
ABS_FILE = "mc2-aberdeenshire-council-shr-annual-assurance-statement-improvement-plan.xlsx"
ABS_TITLE = "Aberdeenshire Council – Annual Assurance Statement 2025: Housing Improvement Plan"

# (area, issue or None for continuation, ref, action, lead, target, previous RAG, current RAG, progress)
ABS_ROWS = [
    ("Tenant and resident safety – electrical safety",
     "At 31 March 2025, 412 council homes did not have a valid Electrical Installation Condition Report (EICR) "
     "carried out within the last five years.",
     "AAS1.1", "Procure an additional EICR testing contractor for the north area to clear the backlog of overdue "
     "inspections.", "Building Services Manager", d(2025, 8, 31), "G", "C",
     "Contract awarded July 2025. Backlog cleared 19 December 2025."),
    ("Tenant and resident safety – electrical safety", None,
     "AAS1.2", "Introduce a no-access procedure, with escalation to forced entry where a tenant refuses three "
     "appointments.", "Housing Manager (North) / Housing Manager (South)", d(2025, 12, 31), "A", "G",
     "Procedure approved by Housing Management Team in November; first forced entries scheduled."),
    ("Tenant and resident safety – electrical safety", None,
     "AAS1.3", "Report EICR compliance monthly to the Housing Management Team and quarterly to Communities "
     "Committee.", "Housing Improvement Officer", "Monthly", "G", "G",
     "Compliance at 98.9% on 31 January 2026."),
    ("Tenant and resident safety – damp and mould",
     "Reports of damp and mould were not recorded consistently, and we could not evidence response times "
     "against our own standards.",
     "AAS2.1", "Adopt a Damp, Mould and Condensation Policy setting out inspection and repair timescales.",
     "Head of Housing and Building Standards", d(2025, 9, 30), "A", "C",
     "Policy approved at Communities Committee on 4 September 2025."),
    ("Tenant and resident safety – damp and mould", None,
     "AAS2.2", "Create a damp and mould case category in the housing management system so that every report "
     "is logged, inspected and followed up.", "Systems Development Officer", d(2026, 1, 31), "A", "R",
     "Supplier upgrade delayed; configuration work has not started. Interim spreadsheet log in use."),
    ("Homelessness – temporary accommodation",
     "Breaches of the Unsuitable Accommodation Order were recorded in 2024/25, mainly in Fraserburgh and "
     "Peterhead, where suitable temporary accommodation is limited.",
     "AAS3.1", "Convert six council-owned properties in the Buchan area to furnished temporary accommodation.",
     "Housing Options Manager; Estates Manager", d(2026, 3, 31), "G", "A",
     "Four properties converted; two delayed by contractor availability."),
    ("Homelessness – temporary accommodation", None,
     "AAS3.2", "Agree a protocol with registered social landlord partners to provide short-term flats when "
     "council stock is unavailable.", "Housing Options Manager", d(2026, 6, 30), "", "G",
     "New action added November 2025. Draft protocol with two RSL partners."),
    ("Equalities and tenant engagement",
     "Equalities information held on tenants and people who are homeless is incomplete for several protected "
     "characteristics.",
     "AAS4.1", "Run a tenant profile update through the annual tenancy visit programme and the online tenant "
     "portal.", "Tenant Participation Officer", d(2026, 3, 31), "A", "A",
     "Profile completion 54% (target 70%)."),
    ("Equalities and tenant engagement", None,
     "AAS4.2", "Include equalities analysis of complaints and allocations outcomes in the evidence bank for the "
     "next Annual Assurance Statement.", "Service Improvement Team", d(2026, 10, 31), "", "G",
     "Analysis framework agreed with Equalities Officer."),
]
ABS_RAG_FILL = {"R": RED, "A": AMBER, "G": GREEN, "C": BLUE}


def make_aberdeenshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = ABS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Housing and Building Standards, Environment and Infrastructure Services"
    info = [
        ("Purpose", "Actions to address areas of material non-compliance and improvement identified in the "
                    "Annual Assurance Statement submitted to the Scottish Housing Regulator in October 2025."),
        ("Approved by", "Communities Committee, 30 October 2025"),
        ("Progress update", "February 2026"),
        ("Plan owner", "Head of Housing and Building Standards"),
    ]
    r = 4
    for k, v in info:
        ws.cell(row=r, column=1, value=k).font = Font(bold=True)
        ws.cell(row=r, column=2, value=v).alignment = WRAP
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    r += 1
    for code, meaning in (("R", "Not on target – significant slippage"),
                          ("A", "Some slippage – action in hand"),
                          ("G", "On target"),
                          ("C", "Complete")):
        c = ws.cell(row=r, column=1, value=code)
        c.fill = FILL[ABS_RAG_FILL[code]]
        ws.cell(row=r, column=2, value=meaning)
        r += 1
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 90

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = ABS_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    headers = ["Ref", "Regulatory Framework / Charter area", "Issue identified in self-assessment",
               "Improvement action", "Lead officer(s)", "Target date", "Previous RAG (Nov 25)",
               "Current RAG (Feb 26)", "Progress / comments"]
    header_row(ws, 3, headers)
    r = 4
    for area, issue, ref, action, lead, target, prev, cur, prog in ABS_ROWS:
        vals = [ref, area, issue, action, lead, target, prev, cur, prog]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
        if isinstance(target, dt.datetime):
            ws.cell(row=r, column=6).number_format = "mmm-yy"
        for col, val in ((7, prev), (8, cur)):
            if val:
                ws.cell(row=r, column=col).fill = FILL[ABS_RAG_FILL[val]]
                ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    for col, w in zip("ABCDEFGHI", (9, 28, 40, 50, 28, 11, 11, 11, 45)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"

    ws = wb.create_sheet("Version control")
    header_row(ws, 1, ["Version", "Date", "Author", "Changes"])
    for i, row in enumerate((("0.1", "14/10/2025", "Housing Improvement Officer", "Draft for Housing Management Team"),
                             ("1.0", "30/10/2025", "Housing Improvement Officer", "Approved by Communities Committee"),
                             ("1.1", "12/02/2026", "Housing Improvement Officer",
                              "February progress update; AAS3.2 and AAS4.2 added")), 2):
        for j, v in enumerate(row, 1):
            ws.cell(row=i, column=j, value=v)
    ws.column_dimensions["C"].width = 28
    ws.column_dimensions["D"].width = 50
    wb.save(path(ABS_FILE))


# ---------------------------------------------------------------------------
# 3. Plymouth City Council - strategic risk register Q3 2025/26 (xlsx)
# ---------------------------------------------------------------------------
PLY_FILE = "mc2-plymouth-city-council-strategic-risk-register-q3-2025-26.xlsx"
PLY_TITLE = "Plymouth City Council Strategic Risk Register – Quarter 3 2025/26"

# (risk, owner, inherent, current, dot, target, controls, [(ref, action, owner, due, status)])
PLY_RISKS = [
    ("SR01 Failure to deliver a balanced budget and maintain financial resilience over the Medium Term "
     "Financial Plan period", "Strategic Director for Resources", 25, 20, "↔", 12,
     "Budget monitoring reported monthly to CMT and Cabinet; savings tracker; reserves strategy.",
     [("1a", "Deliver the 2025/26 savings programme and report delivery monthly to the Corporate Management Team.",
       "Service Director for Finance", d(2026, 3, 31), "Green"),
      ("1b", "Refresh the Medium Term Financial Plan to 2029/30 following the Local Government Finance "
             "Settlement.", "Service Director for Finance", d(2026, 2, 28), "Green"),
      ("1c", "Review earmarked reserves and set a minimum level of general fund balance for approval at "
             "Budget Council.", "Section 151 Officer", d(2026, 2, 28), "Complete")]),
    ("SR04 Insufficient workforce capacity and resilience to deliver the required range of services and "
     "meet statutory obligations", "Chief Executive", 20, 16, "↓", 9,
     "People Strategy; quarterly workforce dashboard; agency spend controls.",
     [("4a", "Implement the recruitment and retention plan for hard-to-fill posts, including market "
             "supplements for planning and legal roles.", "Head of HR and OD", d(2026, 6, 30), "Amber"),
      ("4b", "Extend the apprenticeship programme across all directorates, with a target of 60 new apprentice "
             "starts in 2025/26.", "Head of HR and OD", d(2026, 3, 31), "Green"),
      ("4c", "Build workforce planning templates into the annual service planning cycle.",
       "Head of HR and OD / Strategic Director for Resources", "Ongoing", "Green")]),
    ("SR07 Rising demand for, and cost of, temporary accommodation for homeless households",
     "Strategic Director for Community", 20, 20, "↑", 12,
     "Temporary accommodation placement panel; weekly B&B review; Homelessness Prevention Grant plan.",
     [("7a", "Deliver 50 additional units of council-leased temporary accommodation to reduce the use of bed "
             "and breakfast.", "Head of Community Connections", "Q1 2026/27", "Amber"),
      ("7b", "Strengthen homelessness prevention through early intervention with private landlords and the "
             "Plymouth Alliance.", "Head of Community Connections", d(2026, 3, 31), "Green")]),
    ("SR09 A successful cyber attack disrupting council systems and data", "Strategic Director for Resources",
     20, 15, "↔", 10,
     "Firewalls and endpoint protection; mandatory cyber training; PSN compliance; offline backups.",
     [("9a", "Complete the migration of the remaining on-premises servers to the cloud hosting platform.",
       "Head of ICT (Delt Shared Services)", d(2025, 9, 30), "Red"),
      ("9b", "Run a cyber incident exercise with the Corporate Management Team and test the ICT disaster "
             "recovery plan.", "Head of ICT (Delt Shared Services); Emergency Planning Manager",
       d(2026, 3, 31), "")]),
    ("SR12 Failure to introduce Simpler Recycling and weekly food waste collections within statutory "
     "timescales", "Strategic Director for Place", 16, 12, "↓", 8,
     "Waste transformation project board; Defra new burdens funding confirmed.",
     [("12a", "Procure food waste caddies and collection vehicles funded by the Defra capital grant.",
       "Head of Street Services", d(2026, 1, 31), "Complete"),
      ("12b", "Design and consult on revised collection rounds before food waste collections begin.",
       "Head of Street Services", d(2026, 3, 31), "Amber")]),
]
PLY_STATUS_FILL = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}


def score_fill(score):
    return FILL[RED] if score >= 15 else FILL[AMBER] if score >= 8 else FILL[GREEN]


def make_plymouth():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = PLY_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 31 December 2025 – Audit and Governance Committee, March 2026"
    header_row(ws, 4, ["Current risk rating", "Score range", "No. of risks"])
    reds = sum(1 for rk in PLY_RISKS if rk[3] >= 15)
    ambers = sum(1 for rk in PLY_RISKS if 8 <= rk[3] < 15)
    for i, (name, rng, n) in enumerate((("Red", "15–25", reds), ("Amber", "8–12", ambers),
                                        ("Green", "1–6", len(PLY_RISKS) - reds - ambers)), 5):
        ws.cell(row=i, column=1, value=name)
        ws.cell(row=i, column=2, value=rng)
        ws.cell(row=i, column=3, value=n)
    ws.cell(row=8, column=1, value="Total").font = Font(bold=True)
    ws.cell(row=8, column=3, value=len(PLY_RISKS)).font = Font(bold=True)
    ws.cell(row=10, column=1, value="Direction of travel since Q2: ↑ increased 1, ↔ unchanged 2, ↓ reduced 2")
    ws.cell(row=11, column=1, value="Risks closed this quarter: none. New risks: none.")
    ws.column_dimensions["A"].width = 22

    ws = wb.create_sheet("Strategic Risk Register")
    ws["A1"] = PLY_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Owner: Head of Governance, Risk and Performance. Scores are Likelihood × Impact (see Scoring Matrix)."
    headers = ["Risk", "Risk owner", "Inherent score", "Current score", "Direction of travel", "Target score",
               "Existing controls", "Ref", "Further action required", "Action owner", "Due date",
               "Action status"]
    header_row(ws, 4, headers)
    r = 5
    for risk, owner, inh, cur, dot, tgt, controls, acts in PLY_RISKS:
        first = r
        for ref, action, aowner, due, status in acts:
            ws.cell(row=r, column=8, value=ref)
            ws.cell(row=r, column=9, value=action)
            ws.cell(row=r, column=10, value=aowner)
            dc = ws.cell(row=r, column=11, value=due)
            if isinstance(due, dt.datetime):
                dc.number_format = "dd/mm/yyyy"
            sc = ws.cell(row=r, column=12, value=status or None)
            if status:
                sc.fill = FILL[PLY_STATUS_FILL[status]]
            for col in range(1, 13):
                ws.cell(row=r, column=col).alignment = WRAP
                ws.cell(row=r, column=col).border = BOX
            r += 1
        for col, val in ((1, risk), (2, owner), (3, inh), (4, cur), (5, dot), (6, tgt), (7, controls)):
            ws.cell(row=first, column=col, value=val)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
        ws.cell(row=first, column=3).fill = score_fill(inh)
        ws.cell(row=first, column=4).fill = score_fill(cur)
        ws.cell(row=first, column=6).fill = score_fill(tgt)
    ws.cell(row=r + 1, column=1,
            value="Action status: Green – on track; Amber – some slippage; Red – overdue or off track; "
                  "Complete – action delivered; blank – new action, not yet rated.")
    for col, w in zip("ABCDEFGHIJKL", (40, 22, 9, 9, 9, 9, 35, 6, 50, 30, 12, 11)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    ws = wb.create_sheet("Scoring Matrix")
    ws["A1"] = "Risk scoring matrix (Likelihood × Impact)"
    ws["A1"].font = Font(bold=True)
    ws.cell(row=3, column=1, value="Likelihood \\ Impact")
    for i in range(1, 6):
        ws.cell(row=3, column=i + 1, value=i)
        ws.cell(row=3 + i, column=1, value=6 - i)
        for j in range(1, 6):
            s = (6 - i) * j
            c = ws.cell(row=3 + i, column=j + 1, value=s)
            c.fill = score_fill(s)
    wb.save(path(PLY_FILE))


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


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.8))


WORD_RAG = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}

# ---------------------------------------------------------------------------
# 4. Calderdale Council - Auditor's Annual Report VfM recommendations (docx)
# ---------------------------------------------------------------------------
CAL_FILE = "mc2-calderdale-council-auditors-annual-report-2023-24-vfm-recommendations-action-plan.docx"
CAL_TITLE = "Calderdale Council – Auditor's Annual Report 2023/24: Value for Money Recommendations Action Plan"

# criterion heading -> list of (label, recommendation, [(ref, action, officer, target, progress, status)])
CAL_PLAN = [
    ("1. Financial sustainability", [
        ("Improvement recommendation 1",
         "The Council should develop a multi-year savings plan that identifies specific, deliverable proposals "
         "to close the budget gaps reported in the Medium Term Financial Strategy for 2026/27 and 2027/28.",
         [("1.1", "Produce a savings delivery tracker covering all approved proposals, with named owners and "
                  "monthly reporting to Corporate Leadership Team.",
           "Assistant Director, Finance", "October 2024",
           "Tracker in place since October 2024 and reported monthly.", "Complete"),
          ("1.2", "Bring forward a three-year savings programme for 2026/27 to 2028/29 as part of the 2026/27 "
                  "budget proposals.", "Director of Resources and Transformation", "February 2026",
           "Options appraisal under way through member budget working groups.", "Green")]),
        ("Improvement recommendation 2",
         "The Council should strengthen its monitoring of the Dedicated Schools Grant deficit management plan "
         "and report progress to members at least quarterly.",
         [("2.1", "Report the position against the DSG deficit management plan to Cabinet and Schools Forum "
                  "each quarter.",
           "Director, Children and Young People's Service / Assistant Director, Finance", "Quarterly",
           "Q1 2025/26 report taken to Schools Forum in July 2025.", "Green"),
          ("2.2", "Review high needs placement costs and agree a sufficiency plan for specialist places in "
                  "Calderdale.", "Assistant Director, Education and Inclusion", "March 2026",
           "Sufficiency analysis complete; plan delayed pending capital bid outcome.", "Amber")]),
    ]),
    ("2. Governance", [
        ("Improvement recommendation 3",
         "The Council should make sure that internal audit recommendations are implemented within agreed "
         "timescales and that overdue actions are escalated to the Audit Committee.",
         [("3.1", "Introduce a quarterly report to Audit Committee listing all overdue high-priority internal "
                  "audit recommendations, with the responsible director invited to attend.",
           "Head of Internal Audit", "December 2024", "First report presented December 2024.", "Complete"),
          ("3.2", "Set a corporate target that 90% of agreed recommendations are implemented by their original "
                  "due date, and report performance against it.",
           "Head of Internal Audit", "March 2025 (revised: December 2025)",
           "Target agreed; performance at 74% in Q1 2025/26.", "Amber")]),
        ("Improvement recommendation 4",
         "The Council should update its Local Code of Corporate Governance and make sure the Annual Governance "
         "Statement is supported by a documented assurance framework.",
         [("4.1", "Review and update the Local Code of Corporate Governance in line with the CIPFA/SOLACE "
                  "Delivering Good Governance framework.",
           "Head of Legal and Democratic Services (Monitoring Officer)", "June 2025",
           "Updated Local Code approved by Audit Committee on 30 June 2025.", "Complete")]),
    ]),
    ("3. Improving economy, efficiency and effectiveness", [
        ("Improvement recommendation 5",
         "The Council should improve the quality of its contract management, including regular performance "
         "review of its highest-value contracts.",
         [("5.1", "Create a contract register showing contract value, contract manager and review dates for all "
                  "contracts over £100,000.", "Head of Procurement", "31 December 2025",
           "Register 80% populated.", "Green"),
          ("5.2", "Provide contract management training for all named contract managers, using the Government "
                  "Commercial Function foundation module.",
           "Head of Procurement; Learning and Development Manager", "April 2026", "", "Not started")]),
    ]),
]


def make_calderdale():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(CAL_TITLE, style="Title")
    doc.add_paragraph("Management response to the external auditor's value for money findings. "
                      "Progress position at 5 September 2025, for Audit Committee on 22 September 2025.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (("Document owner", "Director of Resources and Transformation"),
                 ("Version", "1.3"),
                 ("Last updated", "5 September 2025"),
                 ("Source", "Auditor's Annual Report 2023/24, issued February 2025")):
        row = t.add_row().cells
        bold_cell(row[0], k)
        row[1].text = v
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Status key: ").bold = True
    p.add_run("Complete – action implemented; Green – on track for target date; Amber – at risk of slippage; "
              "Red – overdue; Not started – action not yet due to begin.")
    for heading, recs in CAL_PLAN:
        doc.add_heading(heading, level=1)
        for label, rec_text, acts in recs:
            tbl = doc.add_table(rows=2, cols=6)
            tbl.style = "Table Grid"
            top = tbl.rows[0].cells
            bold_cell(top[0], label)
            merged = top[1].merge(top[5])
            merged.text = rec_text
            shade(top[0], "D9E1F2")
            shade(merged, "D9E1F2")
            for c, h in zip(tbl.rows[1].cells, ("Ref", "Agreed management action", "Responsible officer",
                                                "Target date", "Progress at September 2025", "Status")):
                bold_cell(c, h)
                shade(c, "BFBFBF")
            for ref, action, officer, target, progress, status in acts:
                cells = tbl.add_row().cells
                for c, v in zip(cells, (ref, action, officer, target, progress, status)):
                    c.text = v
                if status in WORD_RAG:
                    shade(cells[5], WORD_RAG[status])
            doc.add_paragraph()
    doc.add_paragraph("Sign-off")
    s = doc.add_table(rows=1, cols=3)
    s.style = "Table Grid"
    for c, h in zip(s.rows[0].cells, ("Name", "Role", "Date")):
        bold_cell(c, h)
    row = s.add_row().cells
    row[0].text = "Signed on behalf of Corporate Leadership Team"
    row[1].text = "Chief Executive"
    row[2].text = "8 September 2025"
    doc.save(path(CAL_FILE))


# ---------------------------------------------------------------------------
# 5. Powys County Council Reablement Service - CIW inspection improvement plan (docx)
# ---------------------------------------------------------------------------
POW_FILE = "mc2-powys-county-council-reablement-service-ciw-inspection-improvement-plan.docx"
POW_TITLE = "Powys County Council Reablement Service – CIW Inspection Improvement Plan"

# theme -> list of (area for improvement, [(no, action, lead, timescale, progress, rag)])
POW_PLAN = [
    ("Well-being", [
        ("Personal plans must be reviewed with the individual at least every three months, and reviews must "
         "record the person's own views on whether their outcomes are being met (Regulation 16).",
         [("1", "Introduce a three-monthly review schedule for every personal plan, monitored through the weekly "
                "allocation meeting.", "Reablement Team Manager (North)", "July 2025",
           "Schedule in place from 1 July 2025; 96% of reviews on time in November.", "Green"),
          ("2", "Revise the review template to include a section recording the individual's view of progress "
                "against their outcomes.",
           "Reablement Team Manager (North); Reablement Team Manager (South)", "August 2025",
           "New template in use across both teams.", "Green")]),
    ]),
    ("Care and Support", [
        ("The service provider must make sure medication administration records are accurate and that "
         "medication competency checks are completed for all staff (Regulation 58).",
         [("3", "Audit all medication administration records (MAR) each month and address recording errors "
                "through supervision.", "Senior Reablement Officer", "Monthly",
           "Audits completed August–November; error rate reducing.", "Amber"),
          ("4", "Complete medication competency assessments for all reablement workers and record them on the "
                "training matrix.", "Senior Reablement Officer", "30/11/2025",
           "71% of staff assessed. Not achieved by target date because of sickness absence in the assessor team.",
           "Red"),
          ("5", "Align the service medication policy with the Powys Teaching Health Board domiciliary "
                "medication guidance.", "Principal Officer, Quality Assurance", "March 2026",
           "Draft shared with health board pharmacy team.", "Amber")]),
    ]),
    ("Leadership and Management", [
        ("The responsible individual must make sure staff receive supervision at least every three months and "
         "an annual appraisal (Regulation 36).",
         [("6", "Set up a supervision tracker for all staff and report compliance to the Responsible Individual "
                "each month.", "Reablement Service Manager", "June 2025",
           "Tracker live; compliance 92% in November 2025.", "Green"),
          ("7", "Deliver supervision skills refresher training for all senior staff.",
           "Workforce Development Team", "October 2025", "Two sessions delivered; all seniors attended.",
           "Green")]),
        ("The responsible individual must complete the six-monthly quality of care review, and the report must "
         "include the views of people using the service and staff (Regulation 80).",
         [("8", "Survey people using the service, their families and staff to inform the quality of care review.",
           "Responsible Individual", "September 2025", "Survey closed 19 September; 138 responses.", "Green"),
          ("9", "Publish the quality of care review report and share the findings at the staff team meeting.",
           "Responsible Individual", "December 2025", "Report drafted; staff meeting booked for January.",
           "Amber")]),
    ]),
]


def set_vmerge(table, col, start, end):
    a = table.cell(start, col)
    b = table.cell(end, col)
    return a.merge(b)


def make_powys():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(POW_TITLE, style="Title")
    doc.add_paragraph("Gwasanaeth Ailalluogi Cyngor Sir Powys – Cynllun Gwella yn dilyn Arolygiad AGC")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in (("Service", "Powys County Council Reablement Service (domiciliary support service)"),
                 ("Inspection", "Full inspection, 12–14 May 2025; report published 4 July 2025"),
                 ("Responsible Individual", "Head of Adult Services"),
                 ("Plan updated", "15 December 2025")):
        cells = info.add_row().cells
        bold_cell(cells[0], k)
        cells[1].text = v
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG key: ").bold = True
    p.add_run("Green – action completed; Amber – in progress and on track; Red – not on track or overdue.")
    headers = ("No.", "Theme", "Area for improvement", "Action to be taken", "Lead", "Timescale",
               "Progress update", "RAG")
    n_rows = 1 + sum(len(acts) for _, afis in POW_PLAN for _, acts in afis)
    tbl = doc.add_table(rows=n_rows, cols=8)
    tbl.style = "Table Grid"
    for c, h in zip(tbl.rows[0].cells, headers):
        bold_cell(c, h)
        shade(c, "BFBFBF")
    r = 1
    for theme, afis in POW_PLAN:
        theme_start = r
        for afi, acts in afis:
            afi_start = r
            for no, action, lead, when, progress, rag in acts:
                cells = tbl.rows[r].cells
                for i, v in ((0, no), (3, action), (4, lead), (5, when), (6, progress), (7, rag)):
                    cells[i].text = v
                shade(cells[7], WORD_RAG[rag])
                r += 1
            if r - 1 > afi_start:
                m = set_vmerge(tbl, 2, afi_start, r - 1)
            else:
                m = tbl.cell(afi_start, 2)
            m.text = afi
        if r - 1 > theme_start:
            m = set_vmerge(tbl, 1, theme_start, r - 1)
        else:
            m = tbl.cell(theme_start, 1)
        bold_cell(m, theme)
    doc.add_paragraph()
    doc.add_paragraph("This plan is monitored by the Responsible Individual and reported to the Adult Services "
                      "Senior Leadership Team each month. Evidence of completed actions will be shared with Care "
                      "Inspectorate Wales before the next inspection.")
    doc.save(path(POW_FILE))


# ---------------------------------------------------------------------------
# 6. Gateshead Council - internal audit recommendations tracker, month typo (csv)
# ---------------------------------------------------------------------------
GAT_FILE = "mc2-gateshead-council-internal-audit-recommendations-tracker-typo-month-refuse.csv"
GAT_TITLE = "Gateshead Council - Internal Audit Recommendations Tracker"
GAT_HEADER = ["Audit", "Year", "Assurance Level", "Rec No", "Priority", "Finding", "Agreed Action",
              "Responsible Officer", "Original Due Date", "Revised Due Date", "Status", "Latest Update"]
GAT_ROWS = [
    ["Payroll", "2024/25", "Reasonable", "1", "Medium",
     "Starter and leaver forms were not always authorised before changes were processed.",
     "Payroll will reject any starter or leaver form not approved by an authorised signatory.",
     "Payroll and Pensions Manager", "Jun-25", "", "Implemented", "Control built into HR system workflow."],
    ["Payroll", "2024/25", "Reasonable", "2", "High",
     "Overtime claims above contractual limits were paid without evidence of manager review.",
     "Introduce a monthly exception report of overtime claims above 20 hours for review by service managers.",
     "Payroll and Pensions Manager", "Sep-25", "Dec-25", "Partially implemented",
     "Report designed; first review cycle due February."],
    ["Council Tax Reduction", "2024/25", "Limited", "1", "High",
     "Changes of circumstances were not processed within target, leading to overpayments.",
     "Clear the backlog of change of circumstances and introduce weekly workload monitoring.",
     "Revenues and Benefits Manager", "Mar-25", "Sep-25", "Implemented",
     "Backlog cleared August 2025; weekly monitoring in place."],
    ["Council Tax Reduction", "2024/25", "Limited", "2", "Medium",
     "Overpayment recovery action was not always started promptly.",
     "Review the overpayment recovery procedure and train assessment staff.",
     "Benefits Team Leader", "Jun-25", "", "Outstanding", "Procedure drafted; training not yet delivered."],
    ["Fleet Management", "2024/25", "Reasonable", "1", "Medium",
     "Vehicle defect reports were not consistently signed off after repair.",
     "Require workshop supervisors to sign off all defect reports in the fleet system.",
     "Fleet Services Manager", "Jul-25", "", "Implemented", "Verified by audit follow-up October 2025."],
    ["Cyber Security", "2025/26", "Limited", "1", "High",
     "Privileged access accounts are not reviewed on a regular basis.",
     "Carry out a quarterly review of all privileged accounts and remove those no longer required.",
     "ICT Security Manager", "Nov-25", "", "In progress", "First review complete; process being documented."],
    ["Cyber Security", "2025/26", "Limited", "2", "High",
     "There is no tested incident response plan for a ransomware attack.",
     "Approve a cyber incident response plan and test it through a tabletop exercise.",
     "Service Director, ICT / ICT Security Manager", "Aug-25", "0ct-25", "Partially implemented",
     "Plan approved; exercise to be scheduled."],
    ["Schools Financial Value Standard", "2025/26", "Substantial", "1", "Low",
     "Two schools submitted their SFVS returns after the deadline.",
     "Issue reminders to schools six weeks before the SFVS deadline.",
     "Schools Finance Manager", "Mar-26", "", "Not yet due", ""],
    ["Procurement Cards", "2025/26", "Reasonable", "1", "Medium",
     "Monthly card statements were not always reconciled and approved within the required timescale.",
     "Suspend cards where statements are not approved within 30 days.",
     "Strategic Procurement Manager", "Apr-26", "", "Not yet due", ""],
]


def make_gateshead():
    n = len(GAT_HEADER)
    lines = [[GAT_TITLE] + [""] * (n - 1),
             ["Position at 31 January 2026 - report to Audit and Standards Committee"] + [""] * (n - 1),
             [""] * n,
             GAT_HEADER] + GAT_ROWS + [
        [""] * n,
        ["Summary: 9 recommendations - 3 implemented, 2 partially implemented, 2 outstanding or in progress, "
         "2 not yet due"] + [""] * (n - 1)]
    with open(path(GAT_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(lines)


# ---------------------------------------------------------------------------
# 7. Stockport Council - LGA corporate peer challenge action plan (tab-separated txt)
# ---------------------------------------------------------------------------
STO_FILE = "mc2-stockport-council-corporate-peer-challenge-action-plan.txt"
STO_TITLE = "Stockport Council – LGA Corporate Peer Challenge Action Plan"

# recommendation line -> [(ref, action, lead, timescale, progress, rag)]
STO_PLAN = [
    ("1. Build on the One Stockport approach by agreeing a shared neighbourhood model with partners, with clear "
     "outcomes and governance.",
     [("1a", "Agree the neighbourhood model and boundaries with the One Stockport Partnership Board.",
       "Assistant Chief Executive", "March 2023", "Model agreed by the Partnership Board in March 2023.",
       "Complete"),
      ("1b", "Establish neighbourhood leadership teams in all seven neighbourhoods, including health, police and "
             "voluntary sector partners.", "Director of Place Management / NHS Stockport Locality Director",
       "Sept 2023 – March 2024", "Five of seven teams meeting; remaining two launch in February.", "Green")]),
    ("2. Develop the council's employer brand and workforce planning to address recruitment and retention "
     "challenges in key professions.",
     [("2a", "Launch a refreshed 'Work for Stockport' employer brand and careers website.",
       "Director of HR & OD", "June 2023", "Careers site launched June 2023.", "Complete"),
      ("2b", "Introduce workforce plans for social work, planning, legal and environmental health, with 'grow "
             "our own' routes for each.", "Director of HR & OD", "Q4 2023/24",
       "Social work and planning plans agreed; legal and environmental health in draft.", "Amber")]),
    ("3. Strengthen performance management so that members and senior leaders have a single, timely view of "
     "progress against Council Plan priorities.",
     [("3a", "Introduce a quarterly Corporate Performance and Resources Report combining performance, finance "
             "and risk.", "Head of Policy, Performance and Reform", "July 2023",
       "First combined report to Cabinet in September 2023.", "Complete"),
      ("3b", "Develop a performance dashboard available to all councillors.",
       "Head of Policy, Performance and Reform; Head of Digital", "Dec-23",
       "Build delayed by data warehouse migration; new date to be agreed.", "Red")]),
    ("4. Place equality, diversity and inclusion at the centre of the council's work, including through updated "
     "Equality Objectives.",
     [("4a", "Review and publish new Equality Objectives for 2024–2028 following engagement with communities.",
       "Equality and Diversity Lead", "April 2024", "Engagement complete; objectives drafted.", "Green"),
      ("4b", "Roll out inclusive leadership training to all managers.", "Director of HR & OD", "Ongoing",
       "212 managers trained to date.", "Green")]),
    ("5. Keep the medium-term financial strategy and capital programme under review given the rising cost of "
     "borrowing.",
     [("5a", "Update the Medium Term Financial Plan with scenario modelling for 2024/25 to 2026/27.",
       "Deputy Chief Executive (Section 151 Officer)", "February 2024",
       "Scenarios reported to Cabinet in November 2023.", "Green"),
      ("5b", "Review the capital programme and reprofile schemes not yet contractually committed.",
       "Deputy Chief Executive (Section 151 Officer)", "Nov 2023", "Reprofiled programme approved.",
       "Complete")]),
]


def make_stockport():
    out = [STO_TITLE,
           "Progress position: December 2023 (for Cabinet, 30 January 2024)",
           "RAG: Green = on track; Amber = some slippage; Red = off track; Complete = action delivered",
           "",
           "\t".join(("Ref", "Recommendation / Action", "Lead", "Timescale", "Progress update", "RAG"))]
    for rec, acts in STO_PLAN:
        out.append("")
        out.append(rec)
        for act in acts:
            out.append("\t".join(act))
    out += ["",
            "Prepared by Policy, Performance and Reform. The peer team's progress review visit took place in "
            "November 2023; its letter will be published with this plan.",
            "Next update: June 2024"]
    with open(path(STO_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


def main():
    make_ecfrs()
    make_aberdeenshire()
    make_plymouth()
    make_calderdale()
    make_powys()
    make_gateshead()
    make_stockport()
    for name in (ECFRS_FILE, ABS_FILE, PLY_FILE, CAL_FILE, POW_FILE, GAT_FILE, STO_FILE):
        print("wrote", name)


if __name__ == "__main__":
    main()
