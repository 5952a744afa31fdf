#!/usr/bin/env python
"""Build the seven or2- blind test files (set heldout438).

Run with /work/main/.venv/bin/python or2_make.py (from any directory).
Each data set below also carries, per action, the reading a person makes of it
(lead list, end month, end_text, status); the NAME.expected.yaml files beside the
data files were written from those readings.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(hex_):
    return PatternFill(fill_type="solid", start_color=hex_, end_color=hex_)


def wrap(ws, cell_range):
    for row in ws[cell_range]:
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = BOX


# ---------------------------------------------------------------------------
# 1. West Yorkshire Combined Authority - Mass Transit programme highlight report
# ---------------------------------------------------------------------------
WYCA_FILE = "or2-west-yorkshire-ca-mass-transit-programme-highlight-report.xlsx"
WYCA_TITLE = "West Yorkshire Mass Transit Programme: Highlight Report"
RAGFILL = {"green": GREEN, "amber": AMBER, "red": RED, "blue": BLUE, None: None}

WYCA_SECTIONS = [
    ("WS1 – Business Case & Funding", [
        dict(ref="1.1",
             action="Submit Outline Business Case (Phase 1: Leeds–Bradford) to DfT for assurance review",
             owner="Head of Mass Transit Development", lead=["Head of Mass Transit Development"],
             base=dt.date(2025, 9, 30), fcast=dt.date(2025, 12, 19), prev="amber", cur="amber",
             comment="DfT agreed revised submission date. Demand model audit report received 24/10/2025.",
             end="2025-12"),
        dict(ref="1.2",
             action="Agree local funding contribution profile with the five district partners",
             owner="Director of Finance / Programme Director", lead=["Director of Finance", "Programme Director"],
             base=dt.date(2025, 10, 31), fcast=dt.date(2025, 10, 31), prev="green", cur="blue",
             comment="Profile agreed at Finance Directors' Group on 22/10/2025.", end="2025-10"),
        dict(ref="1.3",
             action="Complete independent cost review (P80 estimate) ahead of OBC submission",
             owner="Commercial Lead (Cost & Estimating)", lead=["Commercial Lead (Cost & Estimating)"],
             base=dt.date(2025, 11, 28), fcast=dt.date(2026, 1, 30), prev="green", cur="red",
             comment="Reviewer mobilised late. Slippage now on OBC critical path – escalated to SRO.",
             end="2026-01"),
    ]),
    ("WS2 – Consents & Powers (TWAO)", [
        dict(ref="2.1",
             action="Finalise Environmental Impact Assessment scoping report and issue to statutory consultees",
             owner="EIA Manager", lead=["EIA Manager"],
             base=dt.date(2025, 12, 12), fcast=dt.date(2025, 12, 12), prev="green", cur="green",
             comment="Draft reviewed by Natural England and Historic England; comments being addressed.",
             end="2025-12"),
        dict(ref="2.2",
             action="Complete land referencing for Phase 1 route corridor",
             owner="J. Mirza, K. Beaumont", lead=["J. Mirza", "K. Beaumont"],
             base=dt.date(2026, 2, 27), fcast=dt.date(2026, 3, 31), prev="amber", cur="amber",
             comment="Access to Network Rail land records delayed; forecast moved one month.", end="2026-03"),
        dict(ref="2.3",
             action="Agree statement of common ground with Network Rail on the Leeds station interface",
             owner="Head of Consents", lead=["Head of Consents"],
             base=dt.date(2026, 3, 31), fcast=None, prev=None, cur="green",
             comment="New action added this period.", end="2026-03"),
    ]),
    ("WS3 – Engagement & Communications", [
        dict(ref="3.1",
             action="Publish consultation feedback report on preferred route options",
             owner="Head of Communications & Engagement", lead=["Head of Communications & Engagement"],
             base=dt.date(2025, 10, 17), fcast=dt.date(2025, 10, 17), prev="green", cur="blue",
             comment="Published 17/10/2025; 6,412 responses summarised.", end="2025-10"),
        dict(ref="3.2",
             action="Hold business engagement events in Bradford city centre and Leeds South Bank",
             owner="Engagement Manager; Business Partnerships Lead",
             lead=["Engagement Manager", "Business Partnerships Lead"],
             base=dt.date(2025, 11, 21), fcast=dt.date(2025, 11, 21), prev="green", cur="green",
             comment="Bradford event held 04/11/2025; Leeds event booked for 20/11/2025.", end="2025-11"),
    ]),
    ("WS4 – Commercial & Procurement", [
        dict(ref="4.1",
             action="Issue Prior Information Notice for the Early Contractor Involvement partner",
             owner="Commercial Lead", lead=["Commercial Lead"],
             base=dt.date(2025, 11, 14), fcast=dt.date(2026, 1, 16), prev="green", cur="amber",
             comment="Deferred pending Programme Board decision on packaging strategy (paper at item 5).",
             end="2026-01"),
        dict(ref="4.2",
             action="Approve procurement strategy for vehicles and systems",
             owner="Programme Director", lead=["Programme Director"],
             base=dt.date(2026, 3, 26), fcast=dt.date(2026, 3, 26), prev=None, cur=None,
             comment="Not started – work begins December 2025.", end="2026-03"),
    ]),
]


def build_wyca():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = WYCA_TITLE
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    rows = [
        ("Reporting period", "Period 7 – 1 to 31 October 2025"),
        ("Report date", "07/11/2025"),
        ("Prepared for", "Mass Transit Programme Board, 13 November 2025"),
        ("Senior Responsible Owner", "Executive Director, Transport"),
        ("Programme Director", "R. Ashworth"),
        ("Overall programme RAG", "AMBER"),
    ]
    for i, (k, v) in enumerate(rows, start=3):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=i, column=2, value=v)
    ws["B8"].fill = fill(AMBER)
    ws["B8"].font = Font(bold=True)
    ws["A10"] = "RAG key"
    ws["A10"].font = Font(bold=True)
    key = [(GREEN, "On track – no issues requiring Board attention"),
           (AMBER, "At risk – issues being managed within tolerance"),
           (RED, "Off track – outside tolerance, Board decision needed"),
           (BLUE, "Complete")]
    for i, (col, txt) in enumerate(key, start=11):
        ws.cell(row=i, column=1).fill = fill(col)
        ws.cell(row=i, column=2, value=txt)
    ws["A16"] = "Summary of period"
    ws["A16"].font = Font(bold=True)
    ws["B16"] = ("Route consultation feedback published. OBC submission re-planned to December 2025 "
                 "following the cost review delay. Overall RAG remains Amber.")
    ws["B16"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Milestones & Actions")
    ws["A1"] = "Mass Transit Programme – key milestones and actions"
    ws["A1"].font = Font(bold=True, size=12, color=NAVY)
    ws["A2"] = "Forecast dates reflect the re-baseline agreed by Programme Board on 18/09/2025."
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Action / milestone", "Owner", "Baseline date", "Forecast date",
           "Previous RAG", "Current RAG", "Commentary"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    r = 5
    for sec, acts in WYCA_SECTIONS:
        ws.cell(row=r, column=1, value=sec).font = Font(bold=True)
        for c in range(1, 9):
            ws.cell(row=r, column=c).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for a in acts:
            ws.cell(row=r, column=1, value=a["ref"])
            ws.cell(row=r, column=2, value=a["action"])
            ws.cell(row=r, column=3, value=a["owner"])
            d = ws.cell(row=r, column=4, value=a["base"])
            d.number_format = "dd-mmm-yy"
            if a["fcast"] is not None:
                d = ws.cell(row=r, column=5, value=a["fcast"])
                d.number_format = "dd-mmm-yy"
            if a["prev"]:
                ws.cell(row=r, column=6).fill = fill(RAGFILL[a["prev"]])
            if a["cur"]:
                ws.cell(row=r, column=7).fill = fill(RAGFILL[a["cur"]])
            ws.cell(row=r, column=8, value=a["comment"])
            wrap(ws, f"A{r}:H{r}")
            r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="Decisions requested this period: see Programme Board paper at item 5 (packaging strategy).").font = Font(italic=True)
    widths = [7, 52, 30, 13, 13, 11, 11, 50]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"

    ws = wb.create_sheet("Finance")
    ws["A1"] = "Programme budget 2025/26 (£m)"
    ws["A1"].font = Font(bold=True)
    fh = ["Workstream", "Budget", "Actual to date", "Forecast outturn", "Variance"]
    for c, h in enumerate(fh, start=1):
        ws.cell(row=3, column=c, value=h).font = Font(bold=True)
    fin = [("WS1 Business Case & Funding", 6.2, 3.9, 6.0),
           ("WS2 Consents & Powers", 9.8, 5.1, 10.4),
           ("WS3 Engagement & Communications", 1.1, 0.7, 1.1),
           ("WS4 Commercial & Procurement", 2.4, 0.8, 2.1)]
    for i, (n, b, a, f) in enumerate(fin, start=4):
        ws.cell(row=i, column=1, value=n)
        ws.cell(row=i, column=2, value=b)
        ws.cell(row=i, column=3, value=a)
        ws.cell(row=i, column=4, value=f)
        ws.cell(row=i, column=5, value=f"=D{i}-B{i}")
    ws.cell(row=8, column=1, value="Total").font = Font(bold=True)
    for c, L in ((2, "B"), (3, "C"), (4, "D"), (5, "E")):
        ws.cell(row=8, column=c, value=f"=SUM({L}4:{L}7)").font = Font(bold=True)
    ws.column_dimensions["A"].width = 34
    wb.save(os.path.join(HERE, WYCA_FILE))


# ---------------------------------------------------------------------------
# 2. Forestry England - strategic risk register (risk cells merged over actions)
# ---------------------------------------------------------------------------
FE_FILE = "or2-forestry-england-strategic-risk-register-2025-26.xlsx"
FE_TITLE = "Forestry England – Strategic Risk Register"
FE_STATUS_FILL = {"On track": GREEN, "Behind schedule": AMBER, "Significantly behind": RED,
                  "Complete": BLUE, "Not started": None}

FE_RISKS = [
    dict(title="SR1: Tree health and biosecurity",
         desc=("Cause: spread of established and new pests and diseases (e.g. ash dieback, Ips typographus, "
               "Phytophthora ramorum).\nEvent: significant loss of tree cover on the nation's forests.\n"
               "Effect: reduced timber income, harm to biodiversity and landscape, loss of public confidence."),
         owner="Chief Forester", cur=("4 x 4 = 16", RED), tgt=("3 x 3 = 9", AMBER), trend="↔",
         actions=[
             dict(ref="SR1.1",
                  action="Fell and restock larch stands subject to Statutory Plant Health Notices within the notice period",
                  owner="Head of Forest Operations", lead=["Head of Forest Operations"],
                  due=dt.date(2026, 3, 31), status="On track",
                  note="82% of notices served in 2025 cleared; remaining sites scheduled for Q4.",
                  end="2026-03", st="green"),
             dict(ref="SR1.2",
                  action="Implement revised biosecurity protocol for contractors, including vehicle wash-down at high-risk sites",
                  owner="Head of Plant Health / Contracts Manager", lead=["Head of Plant Health", "Contracts Manager"],
                  due="Q4 2025/26", status="Behind schedule",
                  note="Protocol drafted; contract variation with harvesting contractors still under negotiation.",
                  end="2026-03", end_text="Q4 2025/26", st="amber"),
             dict(ref="SR1.3",
                  action="Deliver Ips typographus surveillance programme across the South East forests",
                  owner="Forest Management Director (South)", lead=["Forest Management Director (South)"],
                  due="Ongoing", status="On track",
                  note="Trapping network of 140 sites maintained with APHA; no new outbreaks this quarter.",
                  end=None, end_text="Ongoing", st="green"),
         ]),
    dict(title="SR2: Wildfire",
         desc=("Cause: hotter, drier summers and increased visitor numbers.\nEvent: large wildfire on or spreading "
               "to the public forest estate.\nEffect: risk to life, loss of assets and habitats, "
               "reputational damage."),
         owner="Director of Forest Management", cur=("5 x 3 = 15", RED), tgt=("5 x 2 = 10", AMBER), trend="↑",
         actions=[
             dict(ref="SR2.1",
                  action="Complete Forest Fire Plans for all high-risk woodlands and share them with local fire and rescue services",
                  owner="National Wildfire Lead", lead=["National Wildfire Lead"],
                  due=dt.date(2026, 4, 30), status="On track",
                  note="61 of 78 plans complete and shared.", end="2026-04", st="green"),
             dict(ref="SR2.2",
                  action="Procure additional fire-fighting equipment (fogging units, beaters, water bowsers) for district teams",
                  owner="Procurement Manager", lead=["Procurement Manager"],
                  due=dt.date(2025, 10, 31), status="Complete",
                  note="Equipment delivered to all districts 24/10/2025.", end="2025-10", st="blue"),
         ]),
    dict(title="SR3: Health and safety of staff, contractors and visitors",
         desc=("Cause: high-risk operations (harvesting, tree work, machinery) and large visitor numbers.\n"
               "Event: serious injury or fatality.\nEffect: harm to people, HSE enforcement, prosecution."),
         owner="Chief Executive", cur=("5 x 2 = 10", AMBER), tgt=("5 x 2 = 10", AMBER), trend="↔",
         actions=[
             dict(ref="SR3.1",
                  action="Roll out lone working devices to all wildlife rangers and beat foresters",
                  owner="Head of Health & Safety", lead=["Head of Health & Safety"],
                  due=dt.date(2025, 9, 30), status="Complete",
                  note="312 devices issued; monitoring via Safety Management System.", end="2025-09", st="blue"),
             dict(ref="SR3.2",
                  action="Commission independent review of the tree safety inspection regime on high-use recreation sites",
                  owner="Head of Health & Safety; Recreation Director",
                  lead=["Head of Health & Safety", "Recreation Director"],
                  due=dt.date(2026, 2, 28), status="Behind schedule",
                  note="Tender returned no compliant bids; re-tendering in December.", end="2026-02", st="amber"),
         ]),
    dict(title="SR4: Commercial income",
         desc=("Cause: volatile timber prices and lower visitor spend.\nEvent: income falls short of the "
               "business plan.\nEffect: reduced funding for the estate and for Defra priorities."),
         owner="Commercial Director", cur=("3 x 4 = 12", AMBER), tgt=("3 x 2 = 6", GREEN), trend="↑",
         actions=[
             dict(ref="SR4.1",
                  action="Diversify timber sales through additional standing sales and long-term supply contracts",
                  owner="Head of Timber Sales", lead=["Head of Timber Sales"],
                  due=dt.date(2026, 3, 31), status="On track",
                  note="Two new five-year contracts signed in Q2.", end="2026-03", st="green"),
             dict(ref="SR4.2",
                  action="Deliver the visitor centre income improvement plan at Westonbirt and Bedgebury",
                  owner="Director of Recreation", lead=["Director of Recreation"],
                  due=dt.date(2026, 1, 31), status="Significantly behind",
                  note="Catering contract retender delayed; income 14% below plan to date.", end="2026-01", st="red"),
             dict(ref="SR4.3",
                  action="Review car park charging tariffs across the estate",
                  owner="Commercial Director", lead=["Commercial Director"],
                  due=dt.date(2026, 6, 30), status="Not started",
                  note="To start after the 2025/26 visitor survey results (February 2026).", end="2026-06",
                  st="unrated"),
         ]),
]


def build_fe():
    wb = Workbook()
    ws = wb.active
    ws.title = "SRR Q3 2025-26"
    ws["A1"] = FE_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="2E5E2E")
    ws["A2"] = "Quarter 3 2025/26 – for the Audit and Risk Assurance Committee, 2 December 2025"
    ws["A3"] = "OFFICIAL"
    ws["A3"].font = Font(bold=True)
    hdr = ["Risk", "Risk description (cause, event, effect)", "Risk owner", "Current score (I x L)",
           "Target score", "Trend", "Action ref", "Mitigating action", "Action owner", "Due date",
           "Action status", "Progress update"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("2E5E2E")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    r = 6
    for risk in FE_RISKS:
        first = r
        for a in risk["actions"]:
            ws.cell(row=r, column=7, value=a["ref"])
            ws.cell(row=r, column=8, value=a["action"])
            ws.cell(row=r, column=9, value=a["owner"])
            d = ws.cell(row=r, column=10, value=a["due"])
            if isinstance(a["due"], dt.date):
                d.number_format = "dd/mm/yyyy"
            s = ws.cell(row=r, column=11, value=a["status"])
            if FE_STATUS_FILL[a["status"]]:
                s.fill = fill(FE_STATUS_FILL[a["status"]])
            ws.cell(row=r, column=12, value=a["note"])
            wrap(ws, f"A{r}:L{r}")
            r += 1
        last = r - 1
        ws.cell(row=first, column=1, value=risk["title"]).font = Font(bold=True)
        ws.cell(row=first, column=2, value=risk["desc"])
        ws.cell(row=first, column=3, value=risk["owner"])
        c4 = ws.cell(row=first, column=4, value=risk["cur"][0])
        c4.fill = fill(risk["cur"][1])
        c5 = ws.cell(row=first, column=5, value=risk["tgt"][0])
        c5.fill = fill(risk["tgt"][1])
        ws.cell(row=first, column=6, value=risk["trend"])
        if last > first:
            for col in range(1, 7):
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    widths = [22, 48, 18, 12, 12, 7, 9, 48, 26, 12, 16, 42]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"

    ws = wb.create_sheet("Scoring key")
    ws["A1"] = "Risk scoring"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Score = Impact (1–5) x Likelihood (1–5)"
    for i, (rng, col) in enumerate([("15–25 High", RED), ("8–12 Medium", AMBER), ("1–6 Low", GREEN)], start=3):
        ws.cell(row=i, column=1, value=rng).fill = fill(col)
    ws["A8"] = "Action status key"
    ws["A8"].font = Font(bold=True)
    key = [("On track", GREEN, "Action progressing to plan (Green)"),
           ("Behind schedule", AMBER, "Slippage, recoverable within the quarter (Amber)"),
           ("Significantly behind", RED, "Will miss due date; escalated (Red)"),
           ("Complete", BLUE, "Action delivered (Blue)"),
           ("Not started", None, "Not yet due to start")]
    for i, (k, col, d) in enumerate(key, start=9):
        c = ws.cell(row=i, column=1, value=k)
        if col:
            c.fill = fill(col)
        ws.cell(row=i, column=2, value=d)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 52
    wb.save(os.path.join(HERE, FE_FILE))


# ---------------------------------------------------------------------------
# 3. Northern Powergrid - Ofgem Storm Arwen review action plan (REFUSE)
# ---------------------------------------------------------------------------
NPG_FILE = "or2-northern-powergrid-ofgem-storm-arwen-review-action-plan-typo-month-refuse.xlsx"
NPG_TITLE = "Northern Powergrid – Storm Arwen Review: Response to Ofgem Recommendations"
NPG_REFUSE_ROW = 14
NPG_STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}

NPG_CATS = [
    ("1. Network resilience", [
        ("R1", "DNOs should review their tree-cutting policies and the resilience of overhead lines in wooded areas, and report progress to Ofgem.", [
            ("1.1", "Complete a risk-based review of the tree-cutting cycle for 11kV and 20kV overhead lines in high-exposure areas",
             "Director of Network Operations", "Head of Vegetation Management", "December 2022", "Complete",
             "Review completed and reported to Ofgem 16/12/2022."),
            ("1.2", "Increase the annual resilience tree-cutting programme to 1,800 km of overhead line",
             "Director of Network Operations", "Head of Vegetation Management", "March 2024", "On track",
             "1,120 km cut to date against profile of 1,050 km."),
        ]),
        ("R2", "DNOs should assess the case for undergrounding or rebuilding vulnerable overhead lines that serve isolated communities.", [
            ("1.3", "Identify the worst-served rural circuits and prepare a resilience investment case for ED2",
             "Director of Asset Management", "Network Investment Manager", "June 2023", "On track",
             "Long-list of 46 circuits agreed; costing under way."),
        ]),
    ]),
    ("2. Planning and preparation", [
        ("R5", "DNOs should submit winter preparedness plans to Ofgem each year setting out their approach to severe weather.", [
            ("2.1", "Submit the 2022/23 winter preparedness plan to Ofgem",
             "Director of Network Operations", "Emergency Planning Manager", "31/10/2022", "Complete",
             "Submitted 28/10/2022."),
            ("2.2", "Run a joint severe weather exercise with the Northumbria and Durham & Darlington Local Resilience Forums",
             "Director of Network Operations", "Emergency Planning Manager", "November 2022", "Complete",
             "Exercise Borealis held 17/11/2022; lessons log issued."),
        ]),
    ]),
    ("3. Handling of incidents", [
        ("R9", "DNOs should improve the accuracy of the estimated times of restoration (ETRs) given to customers during major incidents.", [
            ("3.1", "Introduce a revised ETR methodology using damage assessment data from helicopter and field patrols",
             "Director of Customer Service", "Control Centre Manager", "Febuary 2023", "At risk",
             "System change delayed by supplier; interim manual process in place."),
            ("3.2", "Deploy additional low-voltage network monitoring on the rural network",
             "Director of Asset Management", "Smart Grid Programme Manager", "September 2023", "On track",
             "First 400 monitors installed."),
        ]),
    ]),
    ("4. Communication and support during the incident", [
        ("R13", "DNOs should make sure their websites and call centres can cope with the volume of contacts during a major incident.", [
            ("4.1", "Stress-test the power cut map and website at ten times normal peak load",
             "Director of Customer Service", "Head of Digital", "January 2023", "Complete",
             "Load test passed 12/01/2023."),
        ]),
        ("R15", "DNOs must proactively contact Priority Services Register customers ahead of forecast severe weather.", [
            ("4.2", "Implement automated outbound calls and SMS to PSR customers on receipt of an amber weather warning",
             "Director of Customer Service", "Customer Vulnerability Manager", "31/10/2022", "Complete",
             "Live from 24/10/2022; used for Storm Otto (February 2023)."),
        ]),
    ]),
    ("5. Support after the incident", [
        ("R18", "Compensation payments should be made automatically wherever possible and within the required timescales.", [
            ("5.1", "Automate guaranteed standards payments for customers off supply for more than 48 hours",
             "Director of Customer Service", "Head of Customer Operations", "April 2023", "On track",
             "Automation built; user acceptance testing in February."),
        ]),
    ]),
]


def build_npg():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = NPG_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="E35205")
    ws["A2"] = "Action plan and progress update – position at 31 January 2023"
    ws["A3"] = "Status: Complete (blue) | On track (green) | At risk (amber) | Off track (red)"
    ws["A3"].font = Font(italic=True)
    hdr = ["Ofgem rec.", "Ofgem recommendation", "NPg ref", "NPg action", "Executive owner",
           "Delivery lead", "Target date", "Status", "Progress update"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("404040")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    r = 6
    for cat, recs in NPG_CATS:
        ws.cell(row=r, column=1, value=cat).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(row=r, column=c).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec, rtext, acts in recs:
            first = r
            for ref, text, exe, dl, tgt, st, upd in acts:
                ws.cell(row=r, column=3, value=ref)
                ws.cell(row=r, column=4, value=text)
                ws.cell(row=r, column=5, value=exe)
                ws.cell(row=r, column=6, value=dl)
                ws.cell(row=r, column=7, value=tgt)
                s = ws.cell(row=r, column=8, value=st)
                s.fill = fill(NPG_STATUS_FILL[st])
                ws.cell(row=r, column=9, value=upd)
                wrap(ws, f"A{r}:I{r}")
                r += 1
            ws.cell(row=first, column=1, value=rec)
            ws.cell(row=first, column=2, value=rtext)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1,
            value="Note: Ofgem recommendation numbers are those used in NPg's response letter to Ofgem of 8 July 2022.").font = Font(italic=True)
    widths = [9, 46, 8, 50, 26, 28, 14, 11, 42]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"
    assert ws.cell(row=NPG_REFUSE_ROW, column=7).value == "Febuary 2023", ws.cell(row=NPG_REFUSE_ROW, column=7).value

    ws = wb.create_sheet("Summary")
    ws["A1"] = "Summary of actions by status"
    ws["A1"].font = Font(bold=True)
    sh = ["Category", "Complete", "On track", "At risk", "Off track", "Total"]
    for c, h in enumerate(sh, start=1):
        ws.cell(row=3, column=c, value=h).font = Font(bold=True)
    i = 4
    for cat, recs in NPG_CATS:
        sts = [a[5] for _, _, acts in recs for a in acts]
        ws.cell(row=i, column=1, value=cat)
        for c, k in enumerate(["Complete", "On track", "At risk", "Off track"], start=2):
            ws.cell(row=i, column=c, value=sts.count(k))
        ws.cell(row=i, column=6, value=f"=SUM(B{i}:E{i})")
        i += 1
    ws.cell(row=i, column=1, value="Total").font = Font(bold=True)
    for c in range(2, 7):
        L = get_column_letter(c)
        ws.cell(row=i, column=c, value=f"=SUM({L}4:{L}{i - 1})").font = Font(bold=True)
    ws.column_dimensions["A"].width = 46
    wb.save(os.path.join(HERE, NPG_FILE))


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


def set_cell(cell, text, bold=False, size=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


def header_row(table, labels, hex_="1F3864"):
    for i, lab in enumerate(labels):
        c = table.rows[0].cells[i]
        set_cell(c, lab, bold=True, color="FFFFFF")
        shade(c, hex_)


# ---------------------------------------------------------------------------
# 4. Fostering Solutions North West - Ofsted IFA inspection action plan (docx)
# ---------------------------------------------------------------------------
FS_FILE = "or2-fostering-solutions-north-west-ofsted-ifa-inspection-action-plan.docx"
FS_TITLE = "Fostering Solutions North West – Ofsted Inspection Action Plan"
FS_RAG = {"Complete": BLUE, "G": GREEN, "A": AMBER, "R": RED, "Not started": None}

FS_SECTIONS = [
    ("1. How well children and young people are helped and protected", [
        ("Requirement: The registered person must ensure that allegations against foster carers are referred to the local authority designated officer (LADO) without delay and that the outcome is recorded. (Regulation 12(3))",
         "Ofsted due date: 31/03/2025", [
             dict(ref="1a",
                  action="Audit all open and closed allegations against foster carers since April 2024 and confirm each has been referred to the LADO, with the outcome recorded on the carer's file",
                  lead_text="Registered Manager", lead=["Registered Manager"], end_cell="31/03/2025",
                  progress="Audit completed 27/03/2025: 14 cases reviewed, 2 late referrals made and recorded.",
                  rag="Complete", end="2025-03", st="blue"),
             dict(ref="1b",
                  action="Deliver refresher training on allegations management and the LADO process to all supervising social workers",
                  lead_text="Practice Development Manager", lead=["Practice Development Manager"], end_cell="May 2025",
                  progress="Two of three sessions delivered; final session booked for 12/07/2025.",
                  rag="A", end="2025-05", st="amber"),
         ]),
        ("Requirement: The registered person must ensure that each foster carer's safer caring policy is specific to the household and is reviewed when a new child is placed. (Regulation 13(2))",
         "Ofsted due date: 30/04/2025", [
             dict(ref="2a",
                  action="Review and update the safer caring policy of every fostering household, starting with households caring for children aged 12 and over",
                  lead_text="Supervising Social Work Team Manager", lead=["Supervising Social Work Team Manager"],
                  end_cell="30/06/2025",
                  progress="41 of 52 households reviewed; remainder scheduled.",
                  rag="G", end="2025-06", st="green"),
             dict(ref="2b",
                  action="Add a safer caring policy check to the template for unannounced visits",
                  lead_text="Team Manager / Quality Assurance Officer",
                  lead=["Team Manager", "Quality Assurance Officer"], end_cell="30/04/2025",
                  progress="Template updated and in use from 14/04/2025.",
                  rag="Complete", end="2025-04", st="blue"),
         ]),
    ]),
    ("2. The effectiveness of leaders and managers", [
        ("Requirement: The registered person must notify Ofsted without delay of any serious incident involving a child placed with foster carers. (Regulation 36 and Schedule 7)",
         "Ofsted due date: 31/03/2025", [
             dict(ref="3a",
                  action="Introduce a notifications log that is checked weekly by the Registered Manager and reviewed monthly by the Responsible Individual",
                  lead_text="Registered Manager", lead=["Registered Manager"], end_cell="31/03/2025",
                  progress="Log in place from 03/03/2025; first monthly RI review completed 31/03/2025.",
                  rag="Complete", end="2025-03", st="blue"),
         ]),
        ("Recommendation: The registered person should ensure that records of supervision with foster carers are analytical and show how the carers' practice is being developed. (Fostering Services National Minimum Standard 21.8)",
         "", [
             dict(ref="4a",
                  action="Revise the foster carer supervision template to include reflective analysis and agreed development actions",
                  lead_text="Practice Development Manager", lead=["Practice Development Manager"], end_cell="June 2025",
                  progress="Draft template piloted with one team; roll-out planned for July.",
                  rag="G", end="2025-06", st="green"),
             dict(ref="4b",
                  action="Dip-sample six supervision records each month and feed back findings at team meetings",
                  lead_text="Registered Manager; Quality Assurance Officer",
                  lead=["Registered Manager", "Quality Assurance Officer"], end_cell="Monthly",
                  progress="Dip-sampling in place since May 2025; themes reported to the monthly management meeting.",
                  rag="G", end=None, end_text="Monthly", st="green"),
         ]),
        ("Recommendation: The registered person should ensure that the views of each child's social worker are sought for foster carers' annual reviews. (Fostering Services National Minimum Standard 13.8)",
         "", [
             dict(ref="5a",
                  action="Amend the annual review paperwork so that feedback from each child's social worker is requested and chased before the review meeting",
                  lead_text="Fostering Reviewing Officer", lead=["Fostering Reviewing Officer"],
                  end_cell="September 2025",
                  progress="Due to start once the new review templates are agreed.",
                  rag="Not started", end="2025-09", st="unrated"),
         ]),
    ]),
]


def build_fs():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run(FS_TITLE)
    run.bold = True
    run.font.size = Pt(16)
    run.font.color.rgb = RGBColor.from_string("6A1B9A")
    doc.add_paragraph("Independent fostering agency – Unique reference number: SC412867")
    doc.add_paragraph("Inspection dates: 3 to 7 February 2025")
    doc.add_paragraph("Overall experiences and progress of children and young people: requires improvement to be good")

    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Comments"], "6A1B9A")
    for i, row in enumerate([("1.0", "14/03/2025", "Registered Manager", "Approved by Responsible Individual; sent to Ofsted"),
                             ("1.1", "30/06/2025", "Registered Manager", "Progress update for Outcomes First Group quality board")], start=1):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v)

    doc.add_paragraph()
    doc.add_paragraph("RAG key: Complete (blue) – action completed and evidenced; G – on track; "
                      "A – progress made but behind target date; R – not on track.")

    for sec, reqs in FS_SECTIONS:
        doc.add_heading(sec, level=1)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Lead", "Target date", "Progress update", "RAG"], "6A1B9A")
        for req, due, acts in reqs:
            row = t.add_row()
            a = row.cells[0].merge(row.cells[3])
            set_cell(a, req, bold=True)
            b = row.cells[4].merge(row.cells[5])
            set_cell(b, due, bold=True)
            seen = set()
            for c in row.cells:
                if id(c._tc) not in seen:
                    seen.add(id(c._tc))
                    shade(c, "EDE7F6")
            for act in acts:
                row = t.add_row()
                vals = [act["ref"], act["action"], act["lead_text"], act["end_cell"], act["progress"], act["rag"]]
                for j, v in enumerate(vals):
                    set_cell(row.cells[j], v)
                if FS_RAG[act["rag"]]:
                    shade(row.cells[5], FS_RAG[act["rag"]])
        doc.add_paragraph()

    doc.add_paragraph().add_run("Sign-off").bold = True
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Role", "Signed", "Date"], "6A1B9A")
    for i, row in enumerate([("Registered Manager", "A. Kowalski", "30/06/2025"),
                             ("Responsible Individual", "D. Hargreaves", "30/06/2025")], start=1):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v)
    doc.save(os.path.join(HERE, FS_FILE))


# ---------------------------------------------------------------------------
# 5. Home Office - Windrush Lessons Learned Review improvement plan tracker (docx)
# ---------------------------------------------------------------------------
HO_FILE = "or2-home-office-windrush-lessons-learned-review-improvement-plan-tracker.docx"
HO_TITLE = "Windrush Lessons Learned Review – Comprehensive Improvement Plan: Implementation Tracker"
HO_BRAG = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

HO_THEMES = [
    ("Theme 1: Righting the wrongs and learning from the past", [
        ("Recommendation 1: Ministers should admit that serious wrongs were done to members of the Windrush generation and the department should make an unqualified apology.", [
            dict(ref="1.1",
                 action="Re-publish the Home Secretary's apology and share it through community, faith and diaspora networks in the UK and the Caribbean",
                 sro="Windrush Programme Director", lead=["Windrush Programme Director"], date="July 2024",
                 brag="Blue", update="Apology re-issued 22/06/2024 (Windrush Day); shared with 140 community organisations.",
                 end="2024-07", st="blue"),
        ]),
        ("Recommendation 3: The department should run a programme of reconciliation events with members of the Windrush generation.", [
            dict(ref="3.1",
                 action="Hold reconciliation events in Birmingham, Manchester and London with trained facilitators and senior leaders present",
                 sro="Windrush Programme Director / Director of Communications",
                 lead=["Windrush Programme Director", "Director of Communications"], date="Q3 2024/25",
                 brag="Green", update="Birmingham event held 12/09/2024; Manchester and London venues booked.",
                 end="2024-12", end_text="Q3 2024/25", st="green"),
            dict(ref="3.2",
                 action="Publish a summary of what we heard at the events and the department's response",
                 sro="Windrush Programme Director", lead=["Windrush Programme Director"], date="March 2025",
                 brag="Green", update="Summary to follow the final event.",
                 end="2025-03", st="green"),
        ]),
    ]),
    ("Theme 2: A more compassionate approach", [
        ("Recommendation 8: The department should review the compliant environment measures, individually and cumulatively, to assess their effectiveness and impact.", [
            dict(ref="8.1",
                 action="Complete the evaluation of the compliant environment measures and publish the findings",
                 sro="DG Migration and Borders", lead=["DG Migration and Borders"], date="December 2024",
                 brag="Amber", update="Data-sharing agreements with other departments delayed fieldwork; publication date under review.",
                 end="2024-12", st="amber"),
            dict(ref="8.2",
                 action="Embed equality impact assessments in all new compliant environment policy proposals",
                 sro="Head of Policy Profession", lead=["Head of Policy Profession"], date="Ongoing",
                 brag="Green", update="Assessment template mandated for all submissions since April 2024.",
                 end=None, end_text="Ongoing", st="green"),
        ]),
    ]),
    ("Theme 5: An inclusive workforce", [
        ("Recommendation 23: The department should make sure that all staff learn about the history of migration and race in the UK and the department's role in it.", [
            dict(ref="23.1",
                 action="Introduce mandatory training on the history of migration and race for all staff, with completion monitored at directorate level",
                 sro="Chief People Officer", lead=["Chief People Officer"], date="31/03/2025",
                 brag="Green", update="78% of staff completed; reminders issued to directorates below 70%.",
                 end="2025-03", st="green"),
            dict(ref="23.2",
                 action="Report staff completion rates and representation of ethnic minority staff at senior grades to the Executive Committee",
                 sro="Chief People Officer; Director of Diversity & Inclusion",
                 lead=["Chief People Officer", "Director of Diversity & Inclusion"], date="Quarterly",
                 brag="Amber", update="Q2 report delayed by HR system migration.",
                 end=None, end_text="Quarterly", st="amber"),
            dict(ref="23.3",
                 action="Launch a reverse mentoring scheme pairing Executive Committee members with staff from under-represented groups",
                 sro="Director of Diversity & Inclusion", lead=["Director of Diversity & Inclusion"], date="June 2024",
                 brag="Blue", update="Scheme launched 03/06/2024 with 12 pairs.",
                 end="2024-06", st="blue"),
        ]),
    ]),
]


def build_ho():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph("OFFICIAL")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading(HO_TITLE, level=0)
    doc.add_paragraph("Position as at 30 September 2024. Reported to the Home Office Executive Committee.")
    doc.add_paragraph("This tracker records progress against the commitments in the Comprehensive Improvement Plan "
                      "that were open at the last report or closed during the quarter. Commitments are grouped under "
                      "the five themes of the plan and the Review recommendation they answer.")

    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Owner", "Summary of changes"], "00205B")
    for i, row in enumerate([("0.3", "02/10/2024", "Windrush Programme Office", "Q2 2024/25 updates from SROs"),
                             ("1.0", "09/10/2024", "Windrush Programme Office", "Agreed for ExCo")], start=1):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v)

    doc.add_paragraph()
    doc.add_paragraph().add_run("BRAG status key").bold = True
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, d) in enumerate([("Blue", "Complete"), ("Green", "On track"),
                                ("Amber", "Some risk to delivery; mitigations in place"),
                                ("Red", "Significant risk to delivery; intervention required")]):
        set_cell(t.rows[i].cells[0], k, bold=True)
        shade(t.rows[i].cells[0], HO_BRAG[k])
        set_cell(t.rows[i].cells[1], d)

    for theme, recs in HO_THEMES:
        doc.add_heading(theme, level=1)
        for rec, acts in recs:
            p = doc.add_paragraph()
            p.add_run(rec).bold = True
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            header_row(t, ["Ref", "Commitment", "SRO", "Delivery date", "BRAG", "Progress update"], "00205B")
            for a in acts:
                row = t.add_row()
                vals = [a["ref"], a["action"], a["sro"], a["date"], a["brag"], a["update"]]
                for j, v in enumerate(vals):
                    set_cell(row.cells[j], v)
                shade(row.cells[4], HO_BRAG[a["brag"]])
            doc.add_paragraph()

    doc.add_heading("Summary", level=1)
    allacts = [a for _, recs in HO_THEMES for _, acts in recs for a in acts]
    t = doc.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    header_row(t, ["BRAG", "Number of commitments"], "00205B")
    for i, k in enumerate(["Blue", "Green", "Amber", "Red"], start=1):
        set_cell(t.rows[i].cells[0], k)
        set_cell(t.rows[i].cells[1], str(sum(1 for a in allacts if a["brag"] == k)))
    set_cell(t.rows[5].cells[0], "Total", bold=True)
    set_cell(t.rows[5].cells[1], str(len(allacts)), bold=True)
    doc.save(os.path.join(HERE, HO_FILE))


# ---------------------------------------------------------------------------
# 6. Ringmer Parish Council - internal audit action plan (csv)
# ---------------------------------------------------------------------------
RPC_FILE = "or2-ringmer-parish-council-internal-audit-action-plan-2024-25.csv"
RPC_TITLE = "Ringmer Parish Council – Internal Audit 2024/25: Action Plan"
RPC_ROWS = [
    dict(ref="1", area="Bank reconciliation",
         rec="Bank reconciliations should be signed by a councillor other than the Chairman and reported at each Full Council meeting.",
         action="Reconciliation to be checked and signed by the Vice-Chairman and included in each Full Council agenda pack",
         resp="Clerk", lead=["Clerk"], target="June 2025", status="Completed",
         comment="In place from the June 2025 meeting.", end="2025-06", st="blue"),
    dict(ref="2", area="Financial Regulations",
         rec="Financial Regulations should be updated to the 2024 NALC model and adopted.",
         action="Clerk to draft revised Financial Regulations based on the NALC 2024 model for F&GP review, then recommend to Full Council for adoption",
         resp="Clerk / F&GP Chairman", lead=["Clerk", "F&GP Chairman"], target="30/09/2025", status="On track",
         comment="Draft to F&GP 9 September; Full Council 22 September.", end="2025-09", st="green"),
    dict(ref="3", area="Asset register",
         rec="The asset register should be reconciled to the insurance schedule and to the figure in Box 9 of the AGAR.",
         action="a) Physical check of all assets (play area, benches, bus shelters, noticeboards)\nb) Update the register and reconcile it to the insurance schedule and AGAR Box 9",
         resp="RFO; Cllr P. Hale", lead=["RFO", "Cllr P. Hale"], target="31/07/2025", status="Slipped",
         comment="Physical check done 15/07/2025. Reconciliation outstanding due to staff leave.", end="2025-07", st="amber"),
    dict(ref="4", area="Payroll",
         rec="Evidence of HMRC RTI submissions should be kept with the monthly payroll records.",
         action="Retain RTI submission receipts on the payroll file each month",
         resp="RFO", lead=["RFO"], target="Ongoing", status="On track",
         comment="Receipts held from April 2025.", end=None, end_text="Ongoing", st="green"),
    dict(ref="5", area="Risk management",
         rec="The council's risk assessment should be reviewed and formally approved by Council each year.",
         action="Review the risk assessment, including the new pavilion, and present it to Full Council for approval",
         resp="Clerk", lead=["Clerk"], target="Nov-25", status="Not started",
         comment="", end="2025-11", st="unrated"),
    dict(ref="6", area="Transparency",
         rec="The website should include all documents required by the Transparency Code for Smaller Authorities, including the annual internal audit report.",
         action="Upload the 2024/25 AGAR, notice of public rights and internal audit report to the website",
         resp="Clerk", lead=["Clerk"], target="01/07/2025", status="Completed",
         comment="Published 27/06/2025.", end="2025-07", st="blue"),
    dict(ref="7", area="Grants (S137 / General Power of Competence)",
         rec="Grant payments should be supported by a written application and a report from the recipient on how the money was used.",
         action="Adopt a grants policy and application form; require an end-of-grant report from all recipients",
         resp="F&GP Committee", lead=["F&GP Committee"], target="Oct-25", status="On track",
         comment="Draft policy on the September F&GP agenda.", end="2025-10", st="green"),
]


def build_rpc():
    ncol = 8
    lines = [
        [RPC_TITLE],
        ["Response to the internal auditor's report (interim visit 14/11/2024; year-end visit 22/04/2025)"],
        ["Approved by Full Council 19/05/2025 (Minute FC25/061). Progress updated by the Clerk for the F&GP Committee, 9 September 2025."],
        [],
        ["Rec No.", "Audit area", "Internal auditor's recommendation", "Action agreed by Council",
         "Responsibility", "Target date", "Status", "Clerk's comments"],
    ]
    for r in RPC_ROWS:
        lines.append([r["ref"], r["area"], r["rec"], r["action"], r["resp"], r["target"], r["status"], r["comment"]])
    lines.append([])
    lines.append(["Status key: Completed = Blue; On track = Green; Slipped = Amber; Overdue = Red; Not started = no rating yet"])
    with open(os.path.join(HERE, RPC_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln + [""] * (ncol - len(ln)))


# ---------------------------------------------------------------------------
# 7. Loch Lomond & The Trossachs NPA - board rolling action log (tab-separated txt)
# ---------------------------------------------------------------------------
LL_FILE = "or2-loch-lomond-trossachs-npa-board-rolling-action-log.txt"
LL_TITLE = "Loch Lomond & The Trossachs National Park Authority – Board Rolling Action Log"
LL_SECTIONS = [
    ("OPEN ACTIONS", [
        dict(ref="BA-25-07", mtg="09/06/2025", item="8",
             action="Report back on options for a visitor levy in the National Park once the Scottish Government guidance is issued",
             resp="Director of Place", lead=["Director of Place"], due="March 2026", status="Green",
             update="Scoping paper in preparation; guidance expected January 2026.", end="2026-03", st="green"),
        dict(ref="BA-25-09", mtg="09/06/2025", item="10",
             action="Arrange a Board site visit to the Future Nature peatland restoration sites in Glen Falloch",
             resp="Board Secretary / Future Nature Programme Manager",
             lead=["Board Secretary", "Future Nature Programme Manager"], due="April 2026", status="Amber",
             update="October visit cancelled due to weather; new date to be agreed with members.", end="2026-04",
             st="amber"),
        dict(ref="BA-25-12", mtg="15/09/2025", item="7",
             action="Include a summary of internal audit recommendations outstanding for more than six months in the next Audit and Risk Committee annual report",
             resp="Director of Corporate Services", lead=["Director of Corporate Services"], due="Sept 2026",
             status="Green", update="Noted for the 2025/26 annual report.", end="2026-09", st="green"),
        dict(ref="BA-25-13", mtg="15/09/2025", item="9",
             action="Provide Board members with a briefing note on the 2025 wildfire incidents and the multi-agency response",
             resp="Head of Visitor Operations, Ranger Service Manager",
             lead=["Head of Visitor Operations", "Ranger Service Manager"], due="31/10/2025", status="Red",
             update="Draft delayed pending Scottish Fire and Rescue Service input; to be circulated before 19 December.",
             end="2025-10", st="red"),
        dict(ref="BA-25-14", mtg="15/09/2025", item="11",
             action="Change the Annual Operational Plan progress report so that exceptions are reported first",
             resp="Performance Manager", lead=["Performance Manager"], due="Ongoing", status="Green",
             update="New format used for item 13 at this meeting; members' feedback invited.", end=None,
             end_text="Ongoing", st="green"),
    ]),
    ("ACTIONS COMPLETED SINCE LAST MEETING (to be removed from the log)", [
        dict(ref="BA-25-05", mtg="10/03/2025", item="5",
             action="Publish the 2025/26 Annual Operational Plan on the Park Authority website",
             resp="Head of Governance & Corporate Services", lead=["Head of Governance & Corporate Services"],
             due="30/04/2025", status="Complete", update="Published 11/04/2025.", end="2025-04", st="blue"),
        dict(ref="BA-25-10", mtg="09/06/2025", item="12",
             action="Circulate the Q4 management accounts to members of the Audit and Risk Committee",
             resp="Finance Manager", lead=["Finance Manager"], due="July 2025", status="Complete",
             update="Circulated by email 02/07/2025.", end="2025-07", st="blue"),
        dict(ref="BA-25-11", mtg="15/09/2025", item="6",
             action="Amend the draft Annual Report and Accounts 2024-2025 to reflect Board comments and submit them to the external auditor",
             resp="Director of Corporate Services; Finance Manager",
             lead=["Director of Corporate Services", "Finance Manager"], due="30/09/2025", status="Complete",
             update="Submitted 26/09/2025; audit certificate signed.", end="2025-09", st="blue"),
    ]),
]


def build_ll():
    out = [
        LL_TITLE,
        "Board Meeting: 8 December 2025 – Agenda Item 4: Matters Arising",
        "Status: Complete = action closed; Green = on track; Amber = delayed; Red = at risk of not being delivered",
        "",
    ]
    hdr = ["Action No.", "Meeting", "Item", "Action", "Responsible", "Due", "Status", "Update"]
    for sec, acts in LL_SECTIONS:
        out.append(sec)
        out.append("\t".join(hdr))
        for a in acts:
            out.append("\t".join([a["ref"], a["mtg"], a["item"], a["action"], a["resp"], a["due"],
                                  a["status"], a["update"]]))
        out.append("")
    out.append("Log maintained by the Board Secretary. Next update: Board meeting on 9 March 2026.")
    with open(os.path.join(HERE, LL_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


def main():
    build_wyca()
    build_fe()
    build_npg()
    build_fs()
    build_ho()
    build_rpc()
    build_ll()
    print("built 7 files in", HERE)


if __name__ == "__main__":
    main()
