#!/usr/bin/env python3
"""Build the seven zcw- blind test files (set heldout783).

Run with /work/main/.venv/bin/python (needs openpyxl and python-docx).
Each DATA block below holds the cell text as it appears in the file; the
fields prefixed x_ are the reading a person makes of it (used only to write
the .expected.yaml files, never written into the data files).
"""
import csv
import io
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "5B9BD5"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "BFBFBF"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill(start_color=hexcol, end_color=hexcol, fill_type="solid")


# ---------------------------------------------------------------------------
# 1. North Northamptonshire Council - scrutiny recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
NN_NAME = "zcw-north-northamptonshire-council-scrutiny-recommendations-tracker.xlsx"
NN_TITLE = "North Northamptonshire Council – Scrutiny Recommendations Tracker"
NN_STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "Some slippage": AMBER, "Off track": RED}
NN_REVIEWS = [
    ("Scrutiny Commission – Levelling Up Left Behind Communities Task and Finish Group "
     "(final report to Executive, 16 February 2023)", [
        dict(ref="LBC 1",
             text="That the Executive adopts a place-based community development approach in Kingswood (Corby), "
                  "Avondale Grange (Kettering) and Queensway (Wellingborough), building on the learning from "
                  "Kingswood Big Local.",
             resp="Accepted", lead="Assistant Director – Communities and Wellbeing",
             member="Executive Member for Communities", orig=datetime(2024, 3, 31), rev=datetime(2024, 9, 30),
             update="Community development workers in post in all three neighbourhoods since April 2024. "
                    "Neighbourhood plans co-produced with residents and signed off in September 2024.",
             status="Complete", x_end="2024-09"),
        dict(ref="LBC 2",
             text="That a named officer lead is identified for each of the three neighbourhoods to co-ordinate "
                  "council and partner activity.",
             resp="Accepted", lead="Head of Communities", member="Executive Member for Communities",
             orig=datetime(2023, 9, 30), rev=None,
             update="Named leads confirmed and published on the council website.",
             status="Complete", x_end="2023-09"),
        dict(ref="LBC 3",
             text="That the Council works with Northamptonshire ICB and the Integrated Care Partnership to target "
                  "health inequalities funding at the three neighbourhoods.",
             resp="Accepted in part", lead="Director of Public Health",
             member="Executive Member for Adults, Health and Wellbeing", orig=datetime(2024, 3, 31),
             rev=datetime(2026, 3, 31),
             update="ICB health inequalities allocation for 2025/26 confirmed later than expected. Proposals for "
                    "Queensway and Kingswood agreed; Avondale Grange proposal due to ICP Board in January 2026.",
             status="Some slippage", x_end="2026-03"),
        dict(ref="LBC 4",
             text="That progress against the neighbourhood plans is reported to scrutiny annually.",
             resp="Accepted", lead="Head of Communities", member="Executive Member for Communities",
             orig="Annually", rev=None,
             update="Second annual report scheduled for the Corporate Scrutiny Committee in February 2026.",
             status="On track", x_end=None, x_end_text="Annually"),
    ]),
    ("Scrutiny Commission – Home to School Transport Task and Finish Group "
     "(final report to Executive, 18 April 2024)", [
        dict(ref="HST 1",
             text="That the Executive reviews the Home to School Transport Policy to ensure that eligibility "
                  "criteria, including for post-16 students with SEND, are clearly set out for parents.",
             resp="Accepted", lead="Assistant Director – Education", member="Executive Member for Children, "
             "Families, Education and Skills", orig=datetime(2025, 3, 31), rev=None,
             update="Revised policy approved by the Executive on 13 February 2025 following consultation.",
             status="Complete", x_end="2025-03"),
        dict(ref="HST 2",
             text="That independent travel training is expanded so that more young people with SEND are "
                  "supported to travel independently where appropriate.",
             resp="Accepted", lead="Head of SEND / Transport Commissioning Manager",
             member="Executive Member for Children, Families, Education and Skills", orig="Sept 2025",
             rev="July 2026",
             update="Provider procured; 24 young people trained to date against a target of 60. Target date "
                    "revised to allow a second cohort in the summer term.",
             status="Some slippage", x_end="2026-07",
             x_lead=["Head of SEND", "Transport Commissioning Manager"]),
        dict(ref="HST 3",
             text="That route planning software is procured to optimise contracted routes and reduce cost per "
                  "pupil.",
             resp="Accepted", lead="Transport Commissioning Manager",
             member="Executive Member for Finance and Transformation", orig=datetime(2024, 12, 31),
             rev="Q4 2025/26",
             update="First procurement exercise did not result in a compliant bid. Re-tender delayed pending "
                    "the outcome of the transport service review.",
             status="Off track", x_end="2026-03", x_end_text="Q4 2025/26"),
    ]),
    ("Scrutiny Commission – Fly-tipping Enforcement Task and Finish Group "
     "(final report to Executive, 13 March 2025)", [
        dict(ref="FT 1",
             text="That the Council publicises the outcomes of fly-tipping prosecutions and fixed penalty notices "
                  "to deter offenders.",
             resp="Accepted", lead="Environmental Enforcement Manager",
             member="Executive Member for Highways, Travel and Assets", orig=datetime(2025, 6, 30), rev=None,
             update="Quarterly enforcement round-up now published through the council newsroom and social media.",
             status="Complete", x_end="2025-06"),
        dict(ref="FT 2",
             text="That additional deployable CCTV cameras are purchased for fly-tipping hotspots, funded from "
                  "fixed penalty notice income.",
             resp="Accepted", lead="Head of Regulatory Services",
             member="Executive Member for Highways, Travel and Assets", orig=datetime(2025, 10, 31),
             rev=datetime(2026, 1, 31),
             update="Six cameras ordered; delivery delayed by the supplier. Deployment plan agreed with the "
                    "Community Safety Partnership.",
             status="Some slippage", x_end="2026-01"),
        dict(ref="FT 3",
             text="That a single online reporting form for fly-tipping is introduced, with reporters able to track "
                  "the outcome of their report.",
             resp="Accepted", lead="Head of Customer Services; Head of Digital",
             member="Executive Member for Finance and Transformation", orig="March 2026", rev=None,
             update="Form built on the new customer platform and in user testing.",
             status="On track", x_end="2026-03",
             x_lead=["Head of Customer Services", "Head of Digital"]),
    ]),
]
NN_KEY = ("Status key: Complete = recommendation fully implemented (blue); On track = in progress and on "
          "schedule (green); Some slippage = behind the original timescale, revised date agreed (amber); "
          "Off track = revised date at risk or no progress (red).")


def build_nn(path):
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Summary"
    ws0["A1"] = "Scrutiny recommendations – summary by status, November 2025"
    ws0["A1"].font = Font(bold=True, size=13)
    hdr = ["Review", "Recommendations", "Complete", "On track", "Some slippage", "Off track"]
    for c, h in enumerate(hdr, 1):
        cell = ws0.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BOX
    short = ["Levelling Up Left Behind Communities", "Home to School Transport", "Fly-tipping Enforcement"]
    tot = [0, 0, 0, 0, 0]
    r = 4
    for name, (_, recs) in zip(short, NN_REVIEWS):
        counts = [len(recs)] + [sum(1 for x in recs if x["status"] == s)
                                for s in ("Complete", "On track", "Some slippage", "Off track")]
        ws0.cell(row=r, column=1, value=name).border = BOX
        for i, v in enumerate(counts):
            ws0.cell(row=r, column=2 + i, value=v).border = BOX
            tot[i] += v
        r += 1
    ws0.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for i, v in enumerate(tot):
        c = ws0.cell(row=r, column=2 + i, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    ws0.column_dimensions["A"].width = 40
    for col in "BCDEF":
        ws0.column_dimensions[col].width = 16

    ws = wb.create_sheet("Tracker")
    ws["A1"] = NN_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Reported to Scrutiny Management Board, 17 November 2025"
    ws.merge_cells("A2:I2")
    ws["A3"] = ("This tracker monitors the implementation of scrutiny recommendations accepted by the Executive. "
                "Recommendations are removed once they have been reported as Complete at one meeting.")
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:I3")
    heads = ["Rec No.", "Recommendation", "Executive response", "Lead Officer", "Executive Member",
             "Original target date", "Revised target date", "Progress update (November 2025)", "Status"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E78")
        cell.alignment = WRAP
        cell.border = BOX
    r = 6
    for heading, recs in NN_REVIEWS:
        ws.cell(row=r, column=1, value=heading).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for x in recs:
            vals = [x["ref"], x["text"], x["resp"], x["lead"], x["member"], x["orig"], x["rev"], x["update"],
                    x["status"]]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, datetime):
                    cell.number_format = "mmm-yy"
            ws.cell(row=r, column=9).fill = fill(NN_STATUS_FILL[x["status"]])
            x["_row"] = r
            r += 1
    r += 1
    ws.cell(row=r, column=1, value=NN_KEY).font = Font(italic=True, size=9)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(row=r + 1, column=1, value="Prepared by: Senior Democratic Services Officer (Scrutiny)").font = \
        Font(size=9)
    widths = {"A": 9, "B": 55, "C": 14, "D": 28, "E": 26, "F": 12, "G": 12, "H": 50, "I": 13}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "C6"
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Tamworth Borough Council - Annual Delivery Plan 2025/26 tracker (xlsx)
# ---------------------------------------------------------------------------
TAM_NAME = "zcw-tamworth-borough-council-corporate-plan-annual-delivery-plan-2025-26-tracker.xlsx"
TAM_TITLE = "Tamworth Borough Council – Annual Delivery Plan 2025/26"
TAM_Q2 = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED, "unrated": GREY}
TAM_Q1 = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED, "NS": GREY}
TAM_THEMES = [
    ("Theme 1: A Thriving Economy", [
        ("1.1 Regenerate Tamworth town centre", [
            dict(ref="1.1.1", text="Complete the Middle Entry redevelopment and hand over the new commercial units",
                 lead="Assistant Director – Growth & Regeneration", ph="Leader of the Council",
                 target=(datetime(2026, 3, 31), "dd/mm/yyyy"), q1="G", q2="green",
                 upd="Main contractor on programme. Fit-out of units 1–4 under way.", x_end="2026-03"),
            dict(ref="1.1.2", text="Open the Tamworth Enterprise Quarter to its first tenants",
                 lead="Regeneration Programme Manager", ph="Leader of the Council",
                 target=(datetime(2025, 9, 30), "mmm-yy"), q1="A", q2="blue",
                 upd="Opened 15 September 2025; 9 of 14 workspaces let.", x_end="2025-09"),
        ]),
        ("1.2 Support local businesses and skills", [
            dict(ref="1.2.1", text="Launch a shop front improvement grant scheme for independent retailers",
                 lead="Economic Development Manager", ph="Portfolio Holder for Economy and Skills",
                 target=("Q3 2025/26", None), q1="G", q2="amber",
                 upd="Scheme criteria drafted; launch moved to January to align with UKSPF year-end spend.",
                 x_end="2025-12", x_end_text="Q3 2025/26"),
        ]),
    ]),
    ("Theme 2: Safe, Clean and Green", [
        ("2.1 Keep our streets and open spaces clean", [
            dict(ref="2.1.1",
                 text="Introduce a targeted litter and fly-tipping enforcement patrol in the town centre and Glascote",
                 lead="Head of Environmental Health / Community Safety Manager",
                 ph="Portfolio Holder for Environment and Culture", target=(datetime(2025, 12, 31), "mmm-yy"),
                 q1="G", q2="green", upd="Patrols started August 2025; 212 fixed penalty notices issued to date.",
                 x_end="2025-12", x_lead=["Head of Environmental Health", "Community Safety Manager"]),
            dict(ref="2.1.2", text="Review the grounds maintenance specification for parks and open spaces",
                 lead="Street Scene Manager", ph="Portfolio Holder for Environment and Culture",
                 target=(datetime(2026, 3, 31), "mmm-yy"), q1="NS", q2="amber",
                 upd="Review started late because of staff vacancy; consultant support now in place.",
                 x_end="2026-03"),
        ]),
        ("2.2 Act on climate change", [
            dict(ref="2.2.1", text="Complete decarbonisation surveys of Marmion House and the Assembly Rooms",
                 lead="Sustainability Officer", ph="Portfolio Holder for Environment and Culture",
                 target=(datetime(2025, 11, 30), "dd/mm/yyyy"), q1="G", q2="green",
                 upd="Assembly Rooms survey complete; Marmion House survey booked for October.", x_end="2025-11"),
        ]),
    ]),
    ("Theme 3: Homes and Communities", [
        ("3.1 Improve the quality and safety of council homes", [
            dict(ref="3.1.1",
                 text="Achieve 100% compliance on gas, electrical and fire risk assessments across council housing stock",
                 lead="Assistant Director – Neighbourhoods", ph="Portfolio Holder for Homes and Communities",
                 target=("Ongoing", None), q1="A", q2="red",
                 upd="Electrical (EICR) compliance at 91% because of access issues. Recovery plan reported to the "
                     "Regulator of Social Housing.", x_end=None, x_end_text="Ongoing"),
            dict(ref="3.1.2",
                 text="Deliver the damp and mould action plan, including proactive surveys of high-risk properties",
                 lead="Head of Housing Property Services", ph="Portfolio Holder for Homes and Communities",
                 target=(datetime(2026, 3, 31), "mmm-yy"), q1="G", q2="amber",
                 upd="640 of 1,100 proactive surveys completed.", x_end="2026-03"),
        ]),
        ("3.2 Prevent homelessness", [
            dict(ref="3.2.1",
                 text="Open additional temporary accommodation units to reduce the use of bed and breakfast",
                 lead="Head of Housing Solutions", ph="Portfolio Holder for Homes and Communities",
                 target=(datetime(2026, 1, 31), "mmm-yy"), q1="G", q2="green",
                 upd="Eight units acquired; refurbishment due to finish December 2025.", x_end="2026-01"),
        ]),
    ]),
    ("Theme 4: A Well-Run Council", [
        ("4.1 Secure the Council's financial sustainability", [
            dict(ref="4.1.1", text="Deliver the savings identified in the Medium Term Financial Strategy for 2025/26",
                 lead="Executive Director Finance (S151 Officer)", ph="Portfolio Holder for Finance",
                 target=(datetime(2026, 3, 31), "mmm-yy"), q1="G", q2="amber",
                 upd="£1.1m of £1.4m savings on track; shortfall in car parking income.", x_end="2026-03"),
            dict(ref="4.1.2",
                 text="Launch a customer portal with online accounts for council tax and housing services",
                 lead="Head of ICT and Digital; Customer Services Manager", ph="Portfolio Holder for Finance",
                 target=("Q1 2026/27", None), q1="NS", q2="unrated",
                 upd="Not yet started – dependent on the new CRM contract.",
                 x_end="2026-06", x_end_text="Q1 2026/27",
                 x_lead=["Head of ICT and Digital", "Customer Services Manager"]),
        ]),
    ]),
]


def build_tam(path):
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Q2 Summary"
    ws0["A1"] = "Annual Delivery Plan 2025/26 – Quarter 2 summary of RAG status"
    ws0["A1"].font = Font(bold=True, size=13)
    cols = [("Complete", "blue"), ("On track", "green"), ("At risk", "amber"), ("Off track", "red"),
            ("Not started", "unrated")]
    ws0.cell(row=3, column=1, value="Theme").font = Font(bold=True)
    for i, (lab, key) in enumerate(cols):
        c = ws0.cell(row=3, column=2 + i, value=lab)
        c.font = Font(bold=True)
        c.fill = fill(TAM_Q2[key])
    ws0.cell(row=3, column=7, value="Total").font = Font(bold=True)
    r = 4
    grand = [0] * 6
    for theme, objs in TAM_THEMES:
        acts = [a for _, al in objs for a in al]
        counts = [sum(1 for a in acts if a["q2"] == key) for _, key in cols] + [len(acts)]
        ws0.cell(row=r, column=1, value=theme)
        for i, v in enumerate(counts):
            ws0.cell(row=r, column=2 + i, value=v)
            grand[i] += v
        r += 1
    ws0.cell(row=r, column=1, value="All themes").font = Font(bold=True)
    for i, v in enumerate(grand):
        ws0.cell(row=r, column=2 + i, value=v).font = Font(bold=True)
    ws0.column_dimensions["A"].width = 34

    ws = wb.create_sheet("ADP 2025-26")
    ws["A1"] = TAM_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    ws["A2"] = "Corporate Plan 2025–2030 | Quarter 2 performance report (April – September 2025)"
    ws.merge_cells("A2:F2")
    ws["A3"] = "Reported to Corporate Scrutiny Committee, 20 November 2025"
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:F3")
    # RAG key, top right
    ws["J1"] = "RAG key"
    ws["J1"].font = Font(bold=True)
    key = [(BLUE, "Complete"), (GREEN, "On track"), (AMBER, "At risk – may miss target date"),
           (RED, "Off track / target missed"), (GREY, "Not yet started")]
    for i, (col, lab) in enumerate(key):
        ws.cell(row=2 + i, column=10).fill = fill(col)
        ws.cell(row=2 + i, column=11, value=lab)
    heads = ["Ref", "Action", "Lead Officer", "Portfolio Holder", "Target Date", "Q1 RAG", "Q2 RAG", "Q2 Update"]
    hr = 8
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005A5B")
        cell.border = BOX
        cell.alignment = WRAP
    r = hr + 1
    for theme, objs in TAM_THEMES:
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True, color="FFFFFF", size=12)
        c.fill = fill("007A7C")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for obj, acts in objs:
            c = ws.cell(row=r, column=1, value=obj)
            c.font = Font(bold=True, italic=True)
            c.fill = fill("DDEBEB")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            for a in acts:
                tv, fmt = a["target"]
                vals = [a["ref"], a["text"], a["lead"], a["ph"], tv, a["q1"], None, a["upd"]]
                for ci, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=ci, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                if fmt:
                    ws.cell(row=r, column=5).number_format = fmt
                ws.cell(row=r, column=6).fill = fill(TAM_Q1[a["q1"]])
                ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(row=r, column=7).fill = fill(TAM_Q2[a["q2"]])
                r += 1
    widths = {"A": 8, "B": 52, "C": 30, "D": 26, "E": 12, "F": 8, "G": 8, "H": 48, "J": 4, "K": 30}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Hartlepool local area SEND accelerated progress plan (xlsx)
# ---------------------------------------------------------------------------
HAR_NAME = "zcw-hartlepool-local-area-send-accelerated-progress-plan.xlsx"
HAR_TITLE = "Hartlepool Local Area SEND Accelerated Progress Plan"
HAR_RAG = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
HAR_AREAS = [
    ("Area of significant weakness 1: The quality of EHC plans, including the timeliness and quality of health "
     "and social care advice", [
        dict(ref="1.1",
             text="Introduce a multi-agency quality assurance panel to audit a sample of new and amended EHC plans "
                  "each month, using the regional QA framework.",
             lead="SEND Service Manager\nDesignated Clinical Officer",
             partners="Health, children's social care, SENDIASS, Hartlepool Parent Carers",
             start=datetime(2022, 4, 1), end="Summer term 2022", rag="B",
             upd="Panel meeting monthly since May 2022; 46 plans audited. 61% rated good or better in September "
                 "against 28% at the revisit.",
             x_lead=["SEND Service Manager", "Designated Clinical Officer"], x_end="2022-07",
             x_end_text="Summer term 2022"),
        dict(ref="1.2",
             text="Deliver EHC plan writing training for all SEND caseworkers, with refresher sessions each term.",
             lead="SEND Service Manager", partners="Regional SEND adviser",
             start=datetime(2022, 4, 1), end="Autumn term 2022", rag="G",
             upd="All 9 caseworkers trained; first refresher session held 21 September 2022.",
             x_end="2022-12", x_end_text="Autumn term 2022"),
        dict(ref="1.3",
             text="Agree a health advice template and a six-week turnaround standard with all health providers "
                  "contributing to EHC needs assessments.",
             lead="Designated Clinical Officer (NENC ICB)",
             partners="North Tees and Hartlepool NHS FT, TEWV",
             start=datetime(2022, 5, 1), end=datetime(2022, 9, 30), rag="A",
             upd="Template agreed. Turnaround within six weeks at 72% in Q2 – therapies capacity is the main "
                 "pressure; escalated to the ICB Place Board.",
             x_end="2022-09"),
        dict(ref="1.4",
             text="Ensure social care advice is provided for every EHC needs assessment where the child or young "
                  "person is known to children's social care.",
             lead="Head of Service – Children's Social Care", partners="SEND team",
             start=datetime(2022, 6, 1), end="31/12/2022", rag="R",
             upd="Advice received in 54% of relevant assessments. New request route through the Children's Hub "
                 "to go live November 2022.",
             x_end="2022-12"),
    ]),
    ("Area of significant weakness 2: Parents' and carers' understanding of the local offer and their confidence "
     "in the local area's SEND arrangements", [
        dict(ref="2.1",
             text="Relaunch the Local Offer website, co-produced with Hartlepool Parent Carers, with clear "
                  "information on SEN support, EHC needs assessment and preparing for adulthood.",
             lead="Local Offer Officer", partners="Hartlepool Parent Carers, young people's SEND forum",
             start=datetime(2022, 3, 1), end=datetime(2022, 7, 31), rag="B",
             upd="New site launched 18 July 2022. Page views up 140% on the same period last year.",
             x_end="2022-07"),
        dict(ref="2.2",
             text="Publish a termly SEND newsletter and 'You said, we did' update for families.",
             lead="SEND Improvement Lead", partners="Hartlepool Parent Carers",
             start=datetime(2022, 4, 1), end="Termly", rag="G",
             upd="Summer and autumn editions published.", x_end=None, x_end_text="Termly"),
        dict(ref="2.3",
             text="Hold quarterly SEND drop-in sessions for families in community venues across the town, with "
                  "education, health and care staff present.",
             lead="SEND Improvement Lead\nHead of Early Help", partners="Family hubs, health, SENDIASS",
             start=datetime(2022, 6, 1), end=datetime(2023, 3, 31), rag="G",
             upd="Two sessions held (June and September), attended by 57 families.",
             x_lead=["SEND Improvement Lead", "Head of Early Help"], x_end="2023-03"),
        dict(ref="2.4",
             text="Survey parents and carers twice a year to measure confidence in the SEND system and report "
                  "results to the SEND Strategic Partnership Board.",
             lead="Performance and Intelligence Manager", partners="Hartlepool Parent Carers",
             start=datetime(2022, 9, 1), end="Summer term 2023", rag="A",
             upd="First survey delayed to October 2022 to avoid the summer holidays; baseline to be reported "
                 "to the December Board.",
             x_end="2023-07", x_end_text="Summer term 2023"),
    ]),
]


def build_har(path):
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Document control"
    ws0["A1"] = "Document control"
    ws0["A1"].font = Font(bold=True, size=13)
    rows = [("Document", HAR_TITLE), ("Owner", "Hartlepool SEND Strategic Partnership Board"),
            ("Senior responsible officer", "Director of Children's and Joint Commissioning Services"),
            ("Review", "Six-monthly progress review with DfE and NHS England")]
    for i, (k, v) in enumerate(rows):
        ws0.cell(row=3 + i, column=1, value=k).font = Font(bold=True)
        ws0.cell(row=3 + i, column=2, value=v)
    ws0.cell(row=8, column=1, value="Version history").font = Font(bold=True)
    vh = [("Version", "Date", "Author", "Summary of changes"),
          ("1.0", datetime(2022, 3, 14), "SEND Improvement Lead", "Plan approved by DfE and NHS England"),
          ("1.2", datetime(2022, 6, 30), "SEND Improvement Lead", "Quarter 1 progress added"),
          ("1.4", datetime(2022, 10, 10), "SEND Improvement Lead", "Progress update for six-month review")]
    for i, row in enumerate(vh):
        for j, v in enumerate(row):
            c = ws0.cell(row=9 + i, column=1 + j, value=v)
            c.border = BOX
            if isinstance(v, datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 0:
                c.font = Font(bold=True)
    ws0.column_dimensions["A"].width = 28
    ws0.column_dimensions["B"].width = 50
    ws0.column_dimensions["C"].width = 24
    ws0.column_dimensions["D"].width = 40

    ws = wb.create_sheet("APP")
    ws["A1"] = HAR_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Progress update – October 2022 (six-month review with DfE and NHS England)"
    ws.merge_cells("A2:H2")
    ws["A3"] = ("At the revisit, Ofsted and CQC found that the local area had made sufficient progress in three of "
                "the five significant weaknesses identified at the initial inspection. This plan sets out the "
                "actions to accelerate progress in the remaining two areas.")
    ws["A3"].alignment = WRAP
    ws.merge_cells("A3:H3")
    ws.row_dimensions[3].height = 45
    heads = ["Ref", "Action", "Lead(s)", "Partners involved", "Start", "Completion date", "RAG",
             "Progress and evidence of impact"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("C9C9E8")
        cell.border = BOX
        cell.alignment = WRAP
    r = 6
    for area, acts in HAR_AREAS:
        c = ws.cell(row=r, column=1, value=area)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("5B2C6F")
        c.alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.row_dimensions[r].height = 30
        r += 1
        for a in acts:
            vals = [a["ref"], a["text"], a["lead"], a["partners"], a["start"], a["end"], a["rag"], a["upd"]]
            for ci, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=ci, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, datetime):
                    cell.number_format = "mmm-yy"
            ws.cell(row=r, column=7).fill = fill(HAR_RAG[a["rag"]])
            ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key: B – complete and impact evidenced; G – on track; A – slippage, "
                                   "mitigation in place; R – significantly off track").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(row=r + 1, column=1, value="Impact measures for each area are reported on the 'Impact measures' "
                                       "sheet.").font = Font(italic=True)
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=8)
    widths = {"A": 6, "B": 50, "C": 28, "D": 28, "E": 9, "F": 16, "G": 6, "H": 50}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    ws2 = wb.create_sheet("Impact measures")
    ws2["A1"] = "Impact measures"
    ws2["A1"].font = Font(bold=True, size=13)
    km = [("Measure", "Baseline (revisit)", "Target (Mar 2023)", "Sept 2022"),
          ("EHC plans issued within 20 weeks (excluding exceptions)", "38%", "60%", "52%"),
          ("Audited EHC plans rated good or better", "28%", "70%", "61%"),
          ("Health advice returned within 6 weeks", "49%", "90%", "72%"),
          ("Parents/carers confident in the SEND system (survey)", "n/a", "50%", "Due Oct 2022")]
    for i, row in enumerate(km):
        for j, v in enumerate(row):
            c = ws2.cell(row=3 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    ws2.column_dimensions["A"].width = 55
    for col in "BCD":
        ws2.column_dimensions[col].width = 18
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_row(row):
    for cell in row.cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.font.bold = True


def small(doc):
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)


# ---------------------------------------------------------------------------
# 4. Carmarthenshire County Council - CIW improvement check action plan (docx)
# ---------------------------------------------------------------------------
CAR_NAME = "zcw-carmarthenshire-county-council-ciw-childrens-services-improvement-check-action-plan.docx"
CAR_TITLE = "Children's Services: CIW Improvement Check – Improvement Action Plan"
CAR_RAG = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
CAR_SECTIONS = [
    ("1. People – voice and control (Pobl – llais a rheolaeth)", [
        ("1.1 Children's wishes and feelings are not consistently recorded or used to inform care and support plans.", [
            dict(ref="1.1.1",
                 text="Refresh the 'voice of the child' practice standard and launch it through team briefings "
                      "across all children's services teams.",
                 lead="Principal Social Worker", when="March 2025", rag="Complete",
                 upd="Standard relaunched at briefings in February and March 2025.", x_end="2025-03"),
            dict(ref="1.1.2",
                 text="Add a quarterly audit question on how the child's views have shaped the plan, with findings "
                      "reported to the Quality Assurance Group.",
                 lead="Service Manager – Safeguarding and Quality Assurance", when="Q3 2025/26", rag="Green",
                 upd="Question included in the Q1 audit cycle; 68% of audited plans evidenced the child's views.",
                 x_end="2025-12", x_end_text="Q3 2025/26"),
        ]),
    ]),
    ("2. Prevention (Atal)", [
        ("2.1 Step-down from care and support to early help is not always timely, and some families experience drift.", [
            dict(ref="2.1.1",
                 text="Agree a step-down protocol between care and support teams and Team Around the Family, "
                      "including a joint transition meeting for every step-down.",
                 lead="Head of Children's Services / Early Help Manager", when="31/05/2025", rag="Complete",
                 upd="Protocol signed off on 22 May 2025.", x_end="2025-05",
                 x_lead=["Head of Children's Services", "Early Help Manager"]),
            dict(ref="2.1.2",
                 text="Monitor the timeliness of step-downs through the monthly performance report and escalate "
                      "cases that exceed 20 working days.",
                 lead="Performance Manager", when="Ongoing", rag="Green",
                 upd="Reported monthly from April 2025.", x_end=None, x_end_text="Ongoing"),
        ]),
    ]),
    ("3. Well-being (Llesiant)", [
        ("3.1 The quality of care and support plans is variable; outcomes are not always specific or measurable.", [
            dict(ref="3.1.1",
                 text="Deliver SMART outcomes training to all social workers and team managers.",
                 lead="Workforce Development Manager", when="September 2025", rag="Amber",
                 upd="Five of eight sessions delivered; remaining sessions rescheduled because of trainer "
                     "availability.", x_end="2025-09"),
            dict(ref="3.1.2",
                 text="Introduce a team manager sign-off checklist for care and support plans.",
                 lead="Service Manager – Care and Support", when="30/06/2025", rag="Complete",
                 upd="Checklist in use in WCCIS from June 2025.", x_end="2025-06"),
        ]),
        ("3.2 Children looked after do not always receive timely health assessments.", [
            dict(ref="3.2.1",
                 text="Establish a monthly tracking meeting with the Hywel Dda UHB looked after children nursing "
                      "team to review outstanding health assessments.",
                 lead="Service Manager – Children Looked After", when="April 2025", rag="Complete",
                 upd="Meeting established; assessments completed within timescale rose from 61% to 83%.",
                 x_end="2025-04"),
        ]),
    ]),
    ("4. Partnerships and integration (Partneriaethau ac integreiddio)", [
        ("4.1 Multi-agency attendance at, and contribution to, strategy discussions is inconsistent.", [
            dict(ref="4.1.1",
                 text="Agree attendance expectations for strategy discussions with Dyfed-Powys Police and Hywel Dda "
                      "UHB, monitored through the CYSUR Board.",
                 lead="Head of Children's Services", when="December 2025", rag="Amber",
                 upd="Draft expectations shared with partners; police response awaited.", x_end="2025-12"),
            dict(ref="4.1.2",
                 text="Pilot virtual strategy meetings in the Llanelli locality and evaluate the effect on "
                      "attendance.",
                 lead="Team Manager – Llanelli Care and Support", when="Jan–Mar 2026", rag="Red",
                 upd="Pilot not yet started – awaiting ICT changes to the meeting platform.",
                 x_end="2026-03", x_end_text="Jan–Mar 2026"),
        ]),
    ]),
]


def build_car(path):
    doc = Document()
    small(doc)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "Cyngor Sir Gâr | Carmarthenshire County Council"
    doc.add_paragraph(CAR_TITLE, style="Title")
    doc.add_paragraph("Improvement check carried out 18–21 November 2024 | Progress update for the Social Care "
                      "and Health Scrutiny Committee, July 2025")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Status"]):
        c.text = h
    bold_row(t.rows[0])
    for row in [("1.0", "20/12/2024", "Head of Children's Services", "Submitted to CIW"),
                ("1.3", "30/06/2025", "Children's Services Improvement Lead", "Progress update for scrutiny")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_heading("Background", level=2)
    doc.add_paragraph(
        "Care Inspectorate Wales (CIW) carried out an improvement check of children's services between 18 and 21 "
        "November 2024 to follow up the areas for improvement identified at the 2023 performance evaluation "
        "inspection. CIW's letter of 17 January 2025 found progress in several areas and identified the areas "
        "below where further improvement is required. They are set out under the four principles of the Social "
        "Services and Well-being (Wales) Act 2014.")
    doc.add_heading("RAG status key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for lab, meaning in [("Complete", "Action complete and impact being monitored"),
                         ("Green", "On track to be delivered by the timescale"),
                         ("Amber", "Some risk to delivery by the timescale"),
                         ("Red", "Not on track / timescale missed")]:
        cells = k.add_row().cells
        cells[0].text = lab
        shade(cells[0], CAR_RAG[lab])
        cells[1].text = meaning
    for principle, afis in CAR_SECTIONS:
        doc.add_heading(principle, level=1)
        for afi, acts in afis:
            p = doc.add_paragraph()
            p.add_run(afi).bold = True
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Timescale", "Progress update (June 2025)",
                                              "RAG"]):
                c.text = h
                shade(c, "D9D9D9")
            bold_row(t.rows[0])
            for a in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [a["ref"], a["text"], a["lead"], a["when"], a["upd"], a["rag"]]):
                    c.text = v
                shade(cells[5], CAR_RAG[a["rag"]])
            doc.add_paragraph()
    doc.add_heading("Approval", level=2)
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for c, v in zip(s.rows[0].cells, ["Approved by", "Role", "Date"]):
        c.text = v
    bold_row(s.rows[0])
    for c, v in zip(s.rows[1].cells, ["Director of Community Services", "Statutory Director of Social Services",
                                      "02/07/2025"]):
        c.text = v
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Gwent Safeguarding Board - child practice review action plan (docx)
# ---------------------------------------------------------------------------
GWE_NAME = "zcw-gwent-safeguarding-board-child-practice-review-action-plan.docx"
GWE_TITLE = "Child Practice Review GSB 3/2023 – Multi-Agency Action Plan"
GWE_RAG = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED}
GWE_RECS = [
    ("1. Gwent Safeguarding Board should seek assurance that all partner agencies give consistent safer sleep "
     "advice to parents of infants, particularly where parental substance misuse is known.", [
        dict(ref="1.1",
             text="Develop a single Gwent safer sleep message and leaflet for use by midwives, health visitors, "
                  "social workers and substance misuse workers.",
             agency="Aneurin Bevan University Health Board", lead="Head of Safeguarding", when="June 2025",
             upd="Leaflet agreed by the Board in May 2025 and translated; distributed to all teams.", rag="blue",
             x_end="2025-06"),
        dict(ref="1.2",
             text="Include a safer sleep assessment in all pre-birth assessments where parental substance misuse is "
                  "a factor, and audit compliance after six months.",
             agency="Blaenau Gwent, Caerphilly, Monmouthshire, Newport and Torfaen councils",
             lead="Heads of Children's Services", when="31/12/2025",
             upd="Assessment template updated in all five authorities. Audit scheduled for December.", rag="green",
             x_end="2025-12"),
    ]),
    ("2. Agencies should ensure that the views of fathers and other significant males in a child's life are "
     "sought and recorded in assessments.", [
        dict(ref="2.1",
             text="Deliver a 'Think Family – include dads' briefing to practitioners through the Board's training "
                  "programme.",
             agency="Gwent Safeguarding Board", lead="Regional Safeguarding Training Co-ordinator",
             when="September 2025", upd="Four sessions delivered to 212 practitioners; recording available on the "
                                        "Board website.", rag="blue", x_end="2025-09"),
        dict(ref="2.2",
             text="Add a prompt on fathers and significant males to health visiting and midwifery record templates.",
             agency="Aneurin Bevan University Health Board",
             lead="Named Midwife for Safeguarding / Named Nurse Safeguarding Children", when="November 2025",
             upd="Midwifery template changed. Health visiting change awaiting the national record system release.",
             rag="amber", x_end="2025-11",
             x_lead=["Named Midwife for Safeguarding", "Named Nurse Safeguarding Children"]),
    ]),
    ("3. The Board should seek assurance that information held by adult substance misuse services is shared with "
     "children's services when a pregnancy becomes known.", [
        dict(ref="3.1",
             text="Revise the substance misuse information-sharing protocol to include notification of pregnancy to "
                  "children's services.",
             agency="Gwent Area Planning Board", lead="Area Planning Board Co-ordinator", when="March 2026",
             upd="Not progressed – protocol review paused while the Area Planning Board commissioning review is "
                 "completed. Escalated to the Board Chair.", rag="red", x_end="2026-03"),
    ]),
    ("4. Partner agencies should ensure that practitioners understand and use the escalation process when "
     "concerns about a child are not resolved.", [
        dict(ref="4.1",
             text="Relaunch the Gwent resolving professional differences protocol with a seven-minute briefing.",
             agency="Gwent Safeguarding Board", lead="Business Manager", when="July 2025",
             upd="Relaunched during National Safeguarding Week.", rag="blue", x_end="2025-07"),
        dict(ref="4.2",
             text="Audit the use of the escalation protocol through a multi-agency case audit and report the "
                  "findings to the Quality Assurance Sub Group.",
             agency="All partner agencies", lead="Chair of the Quality Assurance Sub Group", when="Q4 2025/26",
             upd="Audit tool agreed; case sample being drawn.", rag="green", x_end="2026-03",
             x_end_text="Q4 2025/26"),
    ]),
]


def build_gwe(path):
    doc = Document()
    small(doc)
    sec = doc.sections[0]
    # landscape
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.header.paragraphs[0].text = "Gwent Safeguarding Board | Bwrdd Diogelu Gwent"
    sec.footer.paragraphs[0].text = "OFFICIAL – SENSITIVE once completed"
    h = doc.add_paragraph(GWE_TITLE, style="Title")
    d = doc.add_table(rows=0, cols=2)
    d.style = "Table Grid"
    for k, v in [("Review reference", "GSB 3/2023 (Extended Child Practice Review)"),
                 ("Review report endorsed by the Board", "12 March 2025"),
                 ("Action plan owner", "Practice Review Sub Group"),
                 ("Date of this update", "October 2025")]:
        cells = d.add_row().cells
        cells[0].text = k
        cells[1].text = v
        for run in cells[0].paragraphs[0].runs:
            run.font.bold = True
    doc.add_paragraph()
    doc.add_paragraph("The reviewers made four recommendations for the Board. The actions agreed in response are "
                      "monitored by the Practice Review Sub Group and progress is reported to the Board "
                      "quarterly.")
    heads = ["Recommendation", "Ref", "Action", "Lead agency", "Lead officer", "Target date",
             "Progress / evidence", "RAG"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for c, hd in zip(t.rows[0].cells, heads):
        c.text = hd
        shade(c, "B4C6E7")
    bold_row(t.rows[0])
    for rec, acts in GWE_RECS:
        first = None
        for i, a in enumerate(acts):
            row = t.add_row()
            cells = row.cells
            if i == 0:
                cells[0].text = rec
                first = cells[0]
            for c, v in zip(cells[1:7], [a["ref"], a["text"], a["agency"], a["lead"], a["when"], a["upd"]]):
                c.text = v
            shade(cells[7], GWE_RAG[a["rag"]])
            last = cells[0]
        if len(acts) > 1:
            first.merge(last)
    widths = [Cm(5.5), Cm(1.0), Cm(5.5), Cm(3.0), Cm(3.2), Cm(2.2), Cm(5.0), Cm(1.2)]
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    doc.add_paragraph()
    doc.add_paragraph("RAG key: Blue – action complete; Green – on track; Amber – some delay, expected to be "
                      "completed; Red – not progressing or overdue, escalated to the Board.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Vale of Glamorgan Council - CIW adult services improvement check (csv export, typo month)
# ---------------------------------------------------------------------------
VOG_NAME = "zcw-vale-of-glamorgan-council-ciw-adult-services-improvement-check-action-plan-typo-month-refuse.csv"
VOG_TITLE = "Adult Services – CIW Improvement Check (March 2025): Action Plan"
VOG_HEADER = ["Ref", "Principle", "Area for improvement", "Action", "Responsible officer", "Target date", "Status",
              "Latest update"]
_AFI1 = "Carers' needs assessments are not consistently offered, and outcomes for carers are not always recorded."
_AFI2 = "People wait too long for occupational therapy assessments and minor adaptations."
_AFI3 = "Adult safeguarding enquiries are not always completed within statutory timescales."
_AFI4 = "Hospital discharge is delayed where people need a package of care at home."
VOG_ROWS = [
    ("1.1", "People – voice and control", _AFI1,
     "Ensure every adult social care assessment records whether a carer's assessment was offered and the carer's "
     "response.", "Operational Manager – Assessment and Care Management", "30/06/2025", "Complete",
     "Mandatory field added to the WCCIS assessment form from 2 June 2025."),
    ("1.2", "People – voice and control", _AFI1,
     "Commission an independent carers' assessment service for carers who prefer not to be assessed by the "
     "council.", "Commissioning Manager", "30/09/2025", "On Target",
     "Contract awarded; service mobilising."),
    ("2.1", "Prevention", _AFI2,
     "Introduce a trusted assessor scheme for minor adaptations with Care & Repair.",
     "Head of Adult Services / Locality Manager", "31/12/2025", "On Target",
     "Six trusted assessors trained."),
    ("2.2", "Prevention", _AFI2,
     "Clear the occupational therapy waiting list of people waiting longer than 12 weeks, using additional agency "
     "capacity.", "Principal Occupational Therapist", "0ct-2025", "Slippage",
     "Longest waits reduced from 31 to 19 weeks; agency OT start delayed."),
    ("3.1", "Well-being", _AFI3,
     "Set up a safeguarding hub with a duty manager who screens every report within 24 hours.",
     "Operational Manager – Safeguarding", "31/03/2026", "Slippage",
     "Hub structure agreed; two of four posts recruited."),
    ("3.2", "Well-being", _AFI3,
     "Deliver refresher training on the Wales Safeguarding Procedures to all adult services staff.",
     "Workforce Development Manager", "Mar-26", "On Target", "142 of 230 staff trained."),
    ("4.1", "Partnerships and integration", _AFI4,
     "Agree a discharge to recover then assess pathway with Cardiff and Vale University Health Board.",
     "Head of Adult Services", "Nov-25", "On Target", "Pathway drafted and tested on two wards at UHW and UHL."),
    ("4.2", "Partnerships and integration", _AFI4,
     "Expand the in-house reablement service by 10 care worker posts.", "Reablement Manager", "31/01/2026",
     "Not Started", "Awaiting confirmation of Regional Integration Fund allocation."),
]
VOG_FIRST_DATA_LINE = 5  # line number of the first action row in the file


def build_vog(path):
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    n = len(VOG_HEADER)
    w.writerow(["Cyngor Bro Morgannwg / Vale of Glamorgan Council"] + [""] * (n - 1))
    w.writerow([VOG_TITLE] + [""] * (n - 1))
    w.writerow(["Exported from the corporate performance system 03/11/2025 14:22"] + [""] * (n - 1))
    w.writerow(VOG_HEADER)
    for row in VOG_ROWS:
        w.writerow(row)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Blackburn with Darwen - fostering service development plan (tab-delimited txt)
# ---------------------------------------------------------------------------
BWD_NAME = "zcw-blackburn-with-darwen-council-fostering-service-development-plan-2025-26.txt"
BWD_TITLE = "Blackburn with Darwen Borough Council – Fostering Service Development Plan 2025-26"
BWD_PRIORITIES = [
    ("Priority 1: Recruit more foster carers from our local communities", [
        dict(ref="1.1",
             text="Join the North West fostering recruitment and retention hub and route all enquiries through the "
                  "regional front door.",
             lead="Head of Service – Children in Care", when="Apr 2025 - Jun 2025", rag="B",
             upd="Live since 2 June 2025. Enquiries up 35% on the same quarter last year.",
             x_end="2025-06", x_end_text="Apr 2025 - Jun 2025"),
        dict(ref="1.2",
             text="Refresh the local recruitment campaign with a focus on:\n- carers for teenagers\n- parent and "
                  "child placements\n- short breaks carers",
             lead="Fostering Recruitment Officer", when="Sep-25 to Mar-26", rag="G",
             upd="Teenager campaign launched in September; parent and child campaign planned for January.",
             x_end="2026-03", x_end_text="Sep-25 to Mar-26"),
        dict(ref="1.3",
             text="Hold monthly information events in Blackburn and Darwen, including sessions in community "
                  "languages.",
             lead="SK/MH", when="Monthly", rag="G",
             upd="Six events held; two delivered in Urdu and Gujarati with community partners.",
             x_lead=["SK", "MH"], x_end=None, x_end_text="Monthly"),
    ]),
    ("Priority 2: Support and retain our foster carers", [
        dict(ref="2.1",
             text="Review fostering allowances and fees against North West regional rates and take options to "
                  "Cabinet.",
             lead="Head of Service – Children in Care / Finance Business Partner", when="Dec-25", rag="A",
             upd="Benchmarking complete. Cabinet report deferred from November to January to align with budget "
                 "setting.", x_end="2025-12",
             x_lead=["Head of Service – Children in Care", "Finance Business Partner"]),
        dict(ref="2.2",
             text="Introduce a mentoring scheme pairing newly approved foster carers with experienced carers for "
                  "their first year.",
             lead="Supervising Social Work Team Manager", when="Jan-26", rag="G",
             upd="Eight mentors recruited and trained.", x_end="2026-01"),
        dict(ref="2.3",
             text="Extend the Mockingbird model to a second hub home.",
             lead="Fostering Service Manager", when="31/03/2026", rag="R",
             upd="No suitable hub home carer identified yet; recruitment re-advertised.", x_end="2026-03"),
    ]),
    ("Priority 3: Kinship and connected carers", [
        dict(ref="3.1",
             text="Complete connected person assessments within 16 weeks in all cases, tracked weekly by the team "
                  "manager.",
             lead="Kinship Team Manager", when="Ongoing", rag="A",
             upd="81% completed within 16 weeks in Q2 (Q1: 74%).", x_end=None, x_end_text="Ongoing"),
        dict(ref="3.2",
             text="Deliver a training offer for kinship carers covering therapeutic parenting and managing family "
                  "time.",
             lead="Sarah Kenyon & Imran Patel", when="Oct-25", rag="G",
             upd="Programme starts 14 October 2025; 19 kinship carers booked.",
             x_lead=["Sarah Kenyon", "Imran Patel"], x_end="2025-10"),
    ]),
]
BWD_HEADER = ["Ref", "Action", "Lead", "Timescale", "RAG", "Progress update (September 2025)"]


def tsv_field(v):
    if "\n" in v or '"' in v or "\t" in v:
        return '"' + v.replace('"', '""') + '"'
    return v


def build_bwd(path):
    n = len(BWD_HEADER)
    lines = []

    def row(vals):
        vals = list(vals) + [""] * (n - len(vals))
        lines.append("\t".join(tsv_field(v) for v in vals))

    row([BWD_TITLE])
    row(["Children's Services and Education – Fostering Service"])
    row(["Update for Corporate Parenting Board, 6 October 2025"])
    row([])
    row(BWD_HEADER)
    for pri, acts in BWD_PRIORITIES:
        row([pri])
        for a in acts:
            row([a["ref"], a["text"], a["lead"], a["when"], a["rag"], a["upd"]])
    row([])
    row(["RAG key: B = Complete, G = On track, A = Some concerns, R = Off track"])
    allr = [a["rag"] for _, acts in BWD_PRIORITIES for a in acts]
    row(["Summary: {} actions – B {}, G {}, A {}, R {}".format(len(allr), allr.count("B"), allr.count("G"),
                                                              allr.count("A"), allr.count("R"))])
    row(["SK = Sarah Kenyon (Fostering Recruitment Officer); MH = Mohammed Hussain (Assessing Social Worker)"])
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


def main():
    build_nn(os.path.join(HERE, NN_NAME))
    build_tam(os.path.join(HERE, TAM_NAME))
    build_har(os.path.join(HERE, HAR_NAME))
    build_car(os.path.join(HERE, CAR_NAME))
    build_gwe(os.path.join(HERE, GWE_NAME))
    build_vog(os.path.join(HERE, VOG_NAME))
    build_bwd(os.path.join(HERE, BWD_NAME))
    print("built 7 files in", HERE)


if __name__ == "__main__":
    main()
