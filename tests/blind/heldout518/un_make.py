"""Build the seven un- test files of set heldout518.

Run with: /work/main/.venv/bin/python un_make.py
Writes only files whose names start with "un-" in this folder.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("un-")
    return os.path.join(HERE, name)


D = dt.datetime
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "R": PatternFill("solid", fgColor="FF0000"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "G": PatternFill("solid", fgColor="00B050"),
    "B": PatternFill("solid", fgColor="0070C0"),
}
GREY = PatternFill("solid", fgColor="D9D9D9")


def style_row(ws, row, ncols, bold=False, fill=None):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP
        if bold:
            cell.font = Font(bold=True)
        if fill is not None:
            cell.fill = fill


# ---------------------------------------------------------------------------
# 1. Cambridge Water - Ofwat performance commitment recovery plan (xlsx)
# ---------------------------------------------------------------------------
def cambridge_water():
    title = "Cambridge Water – Performance Commitment Recovery Plan 2024-25"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Action tracker – quarterly update to Ofwat"
    cov["A2"].font = Font(italic=True, size=12)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [
        ("Document owner", "Director of Regulation and Strategy"),
        ("Version", "v1.6"),
        ("Status", "Submitted to Ofwat – Q4 update"),
        ("Date", D(2025, 3, 7)),
        ("Approved by", "Executive Leadership Team, 4 March 2025"),
    ]
    for i, (k, v) in enumerate(rows, start=5):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        c = cov.cell(row=i, column=2, value=v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        style_row(cov, i, 2)
    cov["A11"] = "Version history"
    cov["A11"].font = Font(bold=True)
    hist = [
        ("Version", "Date", "Change"),
        ("v1.0", D(2024, 9, 30), "Plan agreed with Ofwat following review of the 2023-24 Annual Performance Report"),
        ("v1.5", D(2024, 12, 6), "Q3 update"),
        ("v1.6", D(2025, 3, 7), "Q4 update; revised dates for 1.2, 2.1 and 3.1"),
    ]
    for i, r in enumerate(hist, start=12):
        for j, v in enumerate(r, start=1):
            c = cov.cell(row=i, column=j, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        style_row(cov, i, 3, bold=(i == 12), fill=GREY if i == 12 else None)
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 40
    cov.column_dimensions["C"].width = 70

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of actions by performance commitment (current RAG)"
    summ["A1"].font = Font(bold=True, size=13)
    srows = [
        ("Performance commitment", "Actions", "R", "A", "G", "B", "Not rated"),
        ("PC1 Leakage", 3, 0, 1, 1, 1, 0),
        ("PC2 Per capita consumption", 3, 0, 1, 1, 0, 1),
        ("PC3 Water supply interruptions", 3, 1, 0, 1, 1, 0),
        ("PC4 Compliance Risk Index", 2, 0, 0, 1, 1, 0),
        ("Total", 11, 1, 2, 4, 3, 1),
    ]
    for i, r in enumerate(srows, start=3):
        for j, v in enumerate(r, start=1):
            summ.cell(row=i, column=j, value=v)
        style_row(summ, i, 7, bold=(i in (3, 8)), fill=GREY if i in (3, 8) else None)
    for j, k in zip(range(3, 7), "RAGB"):
        summ.cell(row=3, column=j).fill = FILL[k]
    summ.column_dimensions["A"].width = 34

    ws = wb.create_sheet("Action Tracker")
    ncol = 9
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Action tracker – position at 28 February 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    heads = ["Ref", "Driver of underperformance", "Action", "Accountable owner",
             "Original target date", "Revised target date", "Previous RAG",
             "Current RAG", "Progress update"]
    for j, h in enumerate(heads, start=1):
        ws.cell(row=4, column=j, value=h)
    style_row(ws, 4, ncol, bold=True, fill=PatternFill("solid", fgColor="1F4E78"))
    for j in range(1, ncol + 1):
        ws.cell(row=4, column=j).font = Font(bold=True, color="FFFFFF")

    groups = [
        ("PC1 – Leakage (Ml/d, three-year average)",
         "Three-year average leakage of 13.9 Ml/d against the PC of 12.6 Ml/d; backlog of reported leaks and slow trunk main repairs",
         [
             ("1.1", "Increase Active Leakage Control teams from six to nine and extend night-line working across the Cambridge and Ely DMAs",
              "Head of Network Operations", D(2024, 10, 31), None, "A", "G",
              "Three new teams in place from 14 October 2024; night-line working covers 38 of 52 DMAs."),
             ("1.2", "Deploy 2,400 additional acoustic loggers on trunk and distribution mains, prioritising DMAs with the highest unexplained night flow",
              "Leakage Manager / Smart Network Lead", D(2024, 12, 31), D(2025, 3, 31), "A", "A",
              "1,650 installed. Supplier delivery delayed; revised date agreed with Ofwat case team 21/01/2025."),
             ("1.3", "Introduce a five-working-day repair standard for visible leaks and report compliance weekly to the Executive",
              "Head of Network Operations", D(2024, 9, 30), None, "G", "B",
              "Standard live since September 2024; compliance 91% in February."),
         ]),
        ("PC2 – Per capita consumption (litres/head/day)",
         "PCC of 143.2 l/h/d against 136.0 l/h/d; smart meter installation running 14 months behind plan",
         [
             ("2.1", "Recover the smart meter installation programme to 1,500 installs per month",
              "Metering Programme Manager", D(2025, 3, 31), D(2025, 6, 30), "R", "A",
              "Second installation contractor mobilised January 2025; 1,180 installs in February."),
             ("2.2", "Offer targeted water-efficiency home visits to the top 5% of household consumers identified from smart meter data",
              "Water Efficiency Manager", D(2025, 1, 31), None, "A", "G",
              "412 visits completed; average saving 46 litres/property/day."),
             ("2.3", "Run a joint summer water-saving campaign with Cambridge City Council and South Cambridgeshire District Council",
              "Head of Customer Engagement", D(2025, 6, 30), None, None, None,
              "Not yet started – scoping meeting with both councils booked for 18 March."),
         ]),
        ("PC3 – Water supply interruptions (mins:secs per property)",
         "Average 9 mins 41 secs lost per property against 5 mins 00 secs, driven by two trunk main bursts in August 2023 and January 2024",
         [
             ("3.1", "Complete the condition assessment of the Fleam Dyke to Fulbourn trunk main and agree a rehabilitation programme",
              "Asset Strategy Manager", D(2024, 12, 31), D(2025, 2, 28), "A", "R",
              "Survey complete but rehabilitation options not yet costed; revised date missed. Escalated to ELT."),
             ("3.2", "Procure two additional overland bypass kits and put in place a tanker call-off framework",
              "Procurement Lead; Head of Network Operations", D(2024, 11, 30), None, "G", "B",
              "Kits delivered 19/11/2024; framework awarded to two suppliers."),
             ("3.3", "Review incident escalation procedures and test them in a live supply-restoration exercise with the Incident Management Team",
              "Director of Operations", D(2025, 3, 31), None, "G", "G",
              "Exercise 'Silver Fen' scheduled for 20 March 2025."),
         ]),
        ("PC4 – Compliance Risk Index (CRI)",
         "CRI of 4.20 following turbidity exceedances at Linton treatment works",
         [
             ("4.1", "Install continuous turbidity monitoring with automatic shutdown on all filter outlets at Linton treatment works",
              "Water Quality Manager", "Q4 2024/25", None, "A", "G",
              "Monitors installed on 4 of 6 filters; commissioning w/c 17 March."),
             ("4.2", "Refresh operator competence assessments for treatment works staff against DWI guidance on process control",
              "Head of Water Production", D(2025, 1, 31), None, "G", "B",
              "All 23 operators reassessed."),
         ]),
    ]
    r = 5
    for head, driver, acts in groups:
        ws.cell(row=r, column=1, value=head)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        style_row(ws, r, ncol, bold=True, fill=GREY)
        first = r + 1
        for k, (ref, act, own, orig, rev, prev, cur, upd) in enumerate(acts):
            rr = r + 1 + k
            vals = [ref, driver if k == 0 else None, act, own, orig, rev, prev, cur, upd]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=rr, column=j, value=v)
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            style_row(ws, rr, ncol)
            for col, rag in ((7, prev), (8, cur)):
                c = ws.cell(row=rr, column=col)
                c.alignment = Alignment(horizontal="center", vertical="top")
                if rag:
                    c.fill = FILL[rag]
                    c.font = Font(bold=True, color="FFFFFF" if rag in "RB" else "000000")
        last = r + len(acts)
        ws.merge_cells(start_row=first, start_column=2, end_row=last, end_column=2)
        r = last + 1
    r += 1
    ws.cell(row=r, column=1, value="Note: where a revised target date is shown it has been agreed with the Ofwat case team; the original date is retained for transparency.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    widths = [7, 38, 55, 26, 13, 13, 10, 10, 50]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, txt) in enumerate([
        ("R", "Off track – recovery action required, escalated to ELT"),
        ("A", "At risk – may miss the target date; mitigation in place"),
        ("G", "On track to deliver by the target date"),
        ("B", "Complete – evidence held"),
    ], start=2):
        c = key.cell(row=i, column=1, value=k)
        c.fill = FILL[k]
        key.cell(row=i, column=2, value=txt)
    key.column_dimensions["B"].width = 60
    wb.save(out("un-cambridge-water-ofwat-performance-commitment-recovery-action-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Alzheimer's Society - strategic risk register (xlsx)
# ---------------------------------------------------------------------------
def alzheimers():
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ncol = 11
    ws["A1"] = "Alzheimer's Society – Strategic Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=15, color="4B2C83")
    ws.merge_cells("A1:K1")
    ws["A2"] = "Position at 31 October 2025 – for Audit and Risk Committee, 18 November 2025"
    ws.merge_cells("A2:K2")
    ws["A3"] = "Scores are residual (after existing controls). L = likelihood, I = impact, each 1–5. See 'Scoring & key'."
    ws["A3"].font = Font(italic=True, size=9)
    ws.merge_cells("A3:K3")
    heads = ["Ref", "Risk / mitigating action", "Owner", "L", "I", "Residual score",
             "Target score", "Trend", "Due date", "Action status", "Progress (Q2 2025/26)"]
    for j, h in enumerate(heads, start=1):
        ws.cell(row=5, column=j, value=h)
    style_row(ws, 5, ncol, bold=True, fill=GREY)

    purple = PatternFill("solid", fgColor="4B2C83")
    sfill = {
        "Complete": FILL["B"], "On track": FILL["G"], "At risk": FILL["A"],
        "Off track": FILL["R"], "Not started": None,
    }
    risks = [
        ("SR1 – Voluntary income falls short of the 2025/26 budget, reducing funds available for services and research",
         "Director of Fundraising", 4, 4, 16, 9, "↑",
         "Existing controls: monthly income reforecasting; diversified income portfolio (legacies, events, regular giving); reserves policy of 3–6 months' expenditure.",
         [
             ("SR1.1", "Launch the 2026 regular-giving recruitment campaign across TV and digital channels",
              "Head of Individual Giving", D(2026, 1, 31), "On track", "Creative approved; media booked for January."),
             ("SR1.2", "Complete the legacy pipeline review and update the income forecasting methodology",
              "Head of Legacies; Finance Business Partner", D(2025, 11, 30), "At risk", "Data cleanse has taken longer than planned."),
             ("SR1.3", "Identify contingency savings of £2.5m to be triggered if Q3 income remains below forecast",
              "Chief Financial Officer", "Q3 2025/26", "Not started", "Trigger point to be reviewed at December Finance Committee."),
         ]),
        ("SR2 – Serious safeguarding incident involving a person affected by dementia, a volunteer or a member of staff",
         "Chief Operating Officer", 3, 5, 15, 10, "↔",
         "Existing controls: Safeguarding Policy and designated leads; DBS checks for all eligible roles; mandatory training (93% compliance); incident reporting and review.",
         [
             ("SR2.1", "Implement the recommendations of the external safeguarding review commissioned in March 2025",
              "Head of Safeguarding", D(2026, 3, 31), "On track", "9 of 14 recommendations implemented."),
             ("SR2.2", "Extend Level 2 safeguarding training to all Dementia Support volunteers",
              "Head of Volunteering / Head of Safeguarding", D(2025, 12, 31), "At risk", "Uptake 61%; reminder campaign under way."),
             ("SR2.3", "Report safeguarding KPIs quarterly to the Board of Trustees",
              "Chief Operating Officer", "Quarterly", "Complete", "First report to Board July 2025; now a standing item."),
         ]),
        ("SR3 – Cyber attack or data breach disrupting services or compromising personal data",
         "Chief Digital Officer", 4, 4, 16, 8, "↔",
         "Existing controls: Cyber Essentials Plus; multi-factor authentication on all accounts; 24/7 managed security operations centre; annual penetration testing.",
         [
             ("SR3.1", "Complete migration of the supporter CRM to the new cloud platform and decommission the legacy database",
              "Chief Digital Officer", D(2026, 2, 28), "Off track", "Data migration testing failed in September; revised plan to ELT in November."),
             ("SR3.2", "Run a cyber incident exercise with the Executive Leadership Team",
              "Head of Information Security", D(2025, 10, 31), "Complete", "Exercise held 7 October 2025; lessons log opened."),
             ("SR3.3", "Review third-party data processing agreements against updated ICO guidance",
              "Data Protection Officer", "Ongoing", "On track", "42 of 60 agreements reviewed."),
         ]),
        ("SR4 – Inability to recruit and retain staff in key roles, including Dementia Advisers and digital specialists",
         "Chief People Officer", 3, 3, 9, 6, "↓",
         "Existing controls: pay benchmarking; hybrid working policy; exit interview analysis.",
         [
             ("SR4.1", "Implement the revised pay framework following the 2025 benchmarking exercise",
              "Chief People Officer", D(2026, 4, 1), "On track", "Consultation with staff forum closes 28 November."),
             ("SR4.2", "Introduce a Dementia Adviser career pathway with accredited training",
              "Director of Services", D(2026, 6, 30), "Not started", "Scheduled to begin January 2026."),
         ]),
    ]
    r = 6
    for rtext, rown, li, im, sc, tg, trend, controls, acts in risks:
        ws.cell(row=r, column=1, value=rtext)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        for j, v in zip(range(3, 9), [rown, li, im, sc, tg, trend]):
            ws.cell(row=r, column=j, value=v)
        style_row(ws, r, ncol, fill=purple)
        for j in range(1, ncol + 1):
            ws.cell(row=r, column=j).font = Font(bold=True, color="FFFFFF")
        r += 1
        ws.cell(row=r, column=1, value=controls)
        ws.cell(row=r, column=1).font = Font(italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        style_row(ws, r, ncol)
        for j in range(1, ncol + 1):
            ws.cell(row=r, column=j).font = Font(italic=True)
        r += 1
        for ref, act, own, due, st, prog in acts:
            vals = [ref, act, own, None, None, None, None, None, due, st, prog]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            style_row(ws, r, ncol)
            if sfill[st] is not None:
                ws.cell(row=r, column=10).fill = sfill[st]
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Risks closed since last report: none. Risks escalated from directorate registers: none.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    ws.cell(row=r, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJK", [8, 60, 28, 5, 5, 9, 9, 7, 10, 12, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    key = wb.create_sheet("Scoring & key")
    key["A1"] = "Risk scoring (likelihood x impact)"
    key["A1"].font = Font(bold=True)
    key["A2"] = "1–6 Low   8–12 Medium   15–25 High"
    key["A4"] = "Action status key"
    key["A4"].font = Font(bold=True)
    for i, (st, txt) in enumerate([
        ("Complete", "Action delivered (blue)"),
        ("On track", "Progressing to the due date (green)"),
        ("At risk", "May miss the due date (amber)"),
        ("Off track", "Will miss the due date without intervention (red)"),
        ("Not started", "Not yet due to start (no colour)"),
    ], start=5):
        c = key.cell(row=i, column=1, value=st)
        if sfill[st] is not None:
            c.fill = sfill[st]
        key.cell(row=i, column=2, value=txt)
    key["A11"] = "Trend: ↑ increasing   ↔ stable   ↓ decreasing"
    key.column_dimensions["A"].width = 14
    key.column_dimensions["B"].width = 50
    wb.save(out("un-alzheimers-society-strategic-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 3. Northumberland NPA - Hadrian's Wall Path highlight report (xlsx, refuse)
# ---------------------------------------------------------------------------
def northumberland():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ncol = 8
    green = PatternFill("solid", fgColor="375623")
    ws["A1"] = "Hadrian’s Wall Path National Trail – Programme Highlight Report"
    ws["A1"].font = Font(bold=True, size=14, color="375623")
    ws.merge_cells("A1:H1")
    ws["A2"] = "Northumberland National Park Authority (lead partner) | Report to the Hadrian’s Wall Path Programme Board"
    ws.merge_cells("A2:H2")
    info = [
        (4, "Reporting period", "1 October – 31 December 2025", "Report date", D(2026, 1, 14)),
        (5, "Senior Responsible Owner", "Director of Conservation and Visitor Experience", "Programme Manager", "National Trail Officer"),
        (6, "Overall RAG – previous", "Amber", "Overall RAG – current", "Amber"),
    ]
    for row, a, b, c, d in info:
        ws.cell(row=row, column=1, value=a).font = Font(bold=True)
        ws.cell(row=row, column=2, value=b)
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
        ws.cell(row=row, column=4, value=c).font = Font(bold=True)
        cc = ws.cell(row=row, column=5, value=d)
        if isinstance(d, dt.datetime):
            cc.number_format = "dd/mm/yyyy"
        ws.merge_cells(start_row=row, start_column=5, end_row=row, end_column=6)
    ws["B6"].fill = FILL["A"]
    ws["E6"].fill = FILL["A"]
    ws["A8"] = "Summary of progress this period"
    ws["A8"].font = Font(bold=True, color="FFFFFF")
    ws["A8"].fill = green
    ws.merge_cells("A8:H8")
    ws["A9"] = ("Winter surface repairs have started on the Walltown to Cawfields section. LEI-funded resurfacing at Steel Rigg is complete. "
                "Volunteer survey coverage fell to 78% of sections owing to weather and volunteer availability. "
                "The fingerpost replacement programme is slipping pending scheduled monument consent.")
    ws["A9"].alignment = WRAP
    ws.merge_cells("A9:H9")
    ws.row_dimensions[9].height = 60
    ws["A11"] = "Milestones and actions"
    ws["A11"].font = Font(bold=True, color="FFFFFF")
    ws["A11"].fill = green
    ws.merge_cells("A11:H11")
    heads = ["Ref", "Workstream", "Milestone / action", "Lead", "Baseline date",
             "Forecast date", "RAG", "Commentary"]
    for j, h in enumerate(heads, start=1):
        ws.cell(row=12, column=j, value=h)
    style_row(ws, 12, ncol, bold=True, fill=GREY)
    rows = [
        ("HWP-01", "1. Trail surface and infrastructure",
         "Complete winter green-sward restoration between Walltown and Cawfields (2.1 km)",
         "Trail Ranger Team Leader", "Mar 2026", "Mar 2026", "G",
         "Work started 3 November; 60% complete. Ground conditions permitting."),
        ("HWP-02", None,
         "Replace 46 waymark fingerposts in the central section, subject to scheduled monument consent",
         "National Trail Officer", "Dec 2025", "Jun 2026", "A",
         "Consent application submitted 3 November; Historic England response awaited."),
        ("HWP-03", None,
         "Install automatic people counters at Housesteads and Birdoswald to monitor trail use",
         "National Trail Officer / Data and Insight Officer", "Jan 2026", "Feb 2026", "A",
         "Counters ordered; installation delayed by frozen ground."),
        ("HWP-04", "2. Visitor experience and promotion",
         "Relaunch the Hadrian’s Wall Path passport scheme with seasonal guidance for walkers",
         "Visitor Experience Manager", "Apr 2026", "Sept 2O26", "A",
         "Passport stamping stations to be relocated; print contract re-tendered."),
        ("HWP-05", None,
         "Update accessible route information for The Sill to Steel Rigg section on the National Trails website",
         "Access and Recreation Officer", "Nov 2025", "Nov 2025", "B",
         "Published 21 November 2025."),
        ("HWP-06", "3. Partnership and funding",
         "Secure 2026/27 match-funding contributions from Cumberland Council, Northumberland County Council and North Tyneside Council",
         "Head of Finance", "Feb 2026", "Mar 2026", "A",
         "Two of three confirmed; North Tyneside decision at March Cabinet."),
        ("HWP-07", None,
         "Submit the Natural England National Trail grant claim and annual report for 2025/26",
         "National Trail Officer", "Apr 2026", "Apr 2026", "G",
         "Data collection under way."),
        ("HWP-08", None,
         "Agree a volunteer ranger recruitment drive with the National Trust and English Heritage to restore survey coverage above 90%",
         "Volunteer Development Officer", "Feb 2026", "Feb 2026", "R",
         "No agreement yet; partner staffing pressures. Escalated to SRO."),
    ]
    for i, vals in enumerate(rows, start=13):
        for j, v in enumerate(vals, start=1):
            ws.cell(row=i, column=j, value=v)
        style_row(ws, i, ncol)
        rag = vals[6]
        ws.cell(row=i, column=7).fill = FILL[rag]
        ws.cell(row=i, column=7).alignment = Alignment(horizontal="center", vertical="top")
    r = 13 + len(rows) + 1  # 22
    ws.cell(row=r, column=1, value="Key risks and issues")
    ws.cell(row=r, column=1).font = Font(bold=True, color="FFFFFF")
    ws.cell(row=r, column=1).fill = green
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    r += 1
    for j, h in enumerate(["Risk / issue", None, "Description", "Owner", "Score", None, None, "Mitigation"], start=1):
        ws.cell(row=r, column=j, value=h)
    style_row(ws, r, ncol, bold=True, fill=GREY)
    risks = [
        ("Risk", "Wet winter delays surface works and increases erosion at pinch points", "Trail Ranger Team Leader", 12,
         "Temporary diversions and surface matting at Cawfields and Walltown Crags."),
        ("Issue", "Delay to scheduled monument consent holds up fingerpost replacement", "National Trail Officer", 9,
         "Pre-application meeting with Historic England requested."),
    ]
    for k, (a, c, d, e, h) in enumerate(risks, start=r + 1):
        ws.cell(row=k, column=1, value=a)
        ws.cell(row=k, column=3, value=c)
        ws.cell(row=k, column=4, value=d)
        ws.cell(row=k, column=5, value=e)
        ws.cell(row=k, column=8, value=h)
        style_row(ws, k, ncol)
    r = r + len(risks) + 2
    ws.cell(row=r, column=1, value="Decisions required: the Programme Board is asked to note the slippage on HWP-02 and HWP-04 and to approve a £6,500 virement from the interpretation budget to volunteer recruitment.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(row=r, column=1).alignment = WRAP
    ws.row_dimensions[r].height = 30
    r += 2
    ws.cell(row=r, column=1, value="RAG key: G = on track; A = some slippage, manageable within the programme; R = significant slippage, intervention needed; B = complete")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGH", [9, 24, 55, 28, 12, 12, 7, 45]):
        ws.column_dimensions[col].width = w

    fin = wb.create_sheet("Finance")
    fin["A1"] = "Programme budget 2025/26 – position at 31 December 2025"
    fin["A1"].font = Font(bold=True)
    frows = [
        ("Budget line", "Budget (£)", "Spend to date (£)", "Forecast outturn (£)", "Variance (£)"),
        ("Trail maintenance (Natural England grant)", 96000, 71250, 96000, 0),
        ("Partner contributions", 38000, 24000, 38000, 0),
        ("LEI resurfacing project", 143000, 139800, 143000, 0),
        ("Interpretation and promotion", 18500, 6200, 12000, -6500),
        ("Volunteer programme", 9000, 5100, 15500, 6500),
        ("Total", 304500, 246350, 304500, 0),
    ]
    for i, row in enumerate(frows, start=3):
        for j, v in enumerate(row, start=1):
            fin.cell(row=i, column=j, value=v)
        style_row(fin, i, 5, bold=(i in (3, 9)), fill=GREY if i in (3, 9) else None)
    fin.column_dimensions["A"].width = 44
    wb.save(out("un-northumberland-npa-hadrians-wall-path-national-trail-programme-highlight-report-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=None, colour=None):
    """Write text into a cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.paragraphs[0].text = ""
    for i, part in enumerate(parts):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)


# ---------------------------------------------------------------------------
# 4. Cambridgeshire and Peterborough Combined Authority - improvement plan (docx)
# ---------------------------------------------------------------------------
def cpca():
    doc = Document()
    doc.add_heading("Cambridgeshire and Peterborough Combined Authority – Improvement Plan", level=0)
    p = doc.add_paragraph()
    p.add_run("Responding to the External Auditor’s recommendations and the Best Value Notice (January 2023)").italic = True
    doc.add_paragraph("Progress update to Audit and Governance Committee – 24 November 2023")

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Version", "3.2"),
        ("Plan owner", "Chief Executive"),
        ("Author", "Improvement Programme Manager"),
        ("Approved", "Combined Authority Board, 29 March 2023"),
        ("Last updated", "10 November 2023"),
    ]):
        set_text(dc.cell(i, 0), k, bold=True)
        set_text(dc.cell(i, 1), v)

    doc.add_heading("RAG key", level=2)
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (k, v, col) in enumerate([
        ("Blue", "Complete", "0070C0"),
        ("Green", "On track", "00B050"),
        ("Amber", "At risk – mitigations in place", "FFC000"),
        ("Red", "Off track – escalated to the Improvement Board", "FF0000"),
    ]):
        set_text(key.cell(i, 0), k, bold=True)
        shade(key.cell(i, 0), col)
        set_text(key.cell(i, 1), v)

    doc.add_paragraph(
        "The plan is organised under the four themes agreed with the independent Improvement Board. "
        "Each table sets out the External Auditor’s recommendation and the actions the Authority has committed to. "
        "Progress is reported to every meeting of the Audit and Governance Committee.")

    themes = [
        ("Theme 1: Culture and Values",
         "Recommendation 1: Address the concerns raised by staff about the Authority’s culture, including the rate of employment-related claims, and embed agreed values and behaviours.",
         [
             ("1.1", "Commission an independent staff culture survey and publish the results and the management response to all staff",
              "Interim Head of Human Resources", "July 2023", "Complete",
              "Survey closed 30 June (71% response). Results and response published on the intranet 24 July."),
             ("1.2", "Co-design organisational values and behaviours with staff and build them into appraisals and recruitment",
              "Chief Executive", "31/12/2023", "Green",
              "Values launched at all-staff event on 12 October; appraisal form updated."),
             ("1.3", "Introduce quarterly reporting of grievances, employment tribunal claims and exit interview themes to the Employment Committee",
              "Interim Head of Human Resources; Monitoring Officer", "September 2023", "Complete",
              "First report considered on 19 September 2023."),
         ]),
        ("Theme 2: Leadership Capacity",
         "Recommendation 2: Secure permanent, appropriately experienced statutory officers and a stable senior leadership team.",
         [
             ("2.1", "Recruit a permanent Chief Executive through an open, externally supported process",
              "Chair of the Employment Committee", "April 2023", "Complete",
              "Chief Executive appointed and in post from 17 April 2023."),
             ("2.2", "Appoint permanent Executive Directors for Place and Connectivity and for Economy and Growth",
              "Chief Executive", "Sept 2023 – Dec 2023", "Amber",
              "One post filled; second post re-advertised in October."),
             ("2.3", "Put in place a leadership development programme for the senior management team",
              "Chief Executive / Head of Organisational Development", "March 2024", "Green",
              "Provider appointed; first module on 6 December."),
         ]),
        ("Theme 3: Governance and Decision-Making",
         "Recommendation 3: Strengthen how the Combined Authority Board receives advice and makes informed decisions, including the quality of reports and the recording of decisions.",
         [
             ("3.1", "Adopt a revised report template requiring legal, financial and risk implications to be signed off before publication",
              "Monitoring Officer", "30/06/2023", "Complete",
              "In use for all Board and committee reports since June 2023."),
             ("3.2", "Deliver a programme of member induction and development on roles, decision-making and the Code of Conduct",
              "Monitoring Officer; Democratic Services Manager", "Ongoing", "Green",
              "Induction held June 2023; development sessions scheduled each quarter."),
             ("3.3", "Review the Constitution, including the scheme of delegation and the role of the Overview and Scrutiny Committee",
              "Monitoring Officer", "By 31 March 2024", "Amber",
              "Member working group slow to convene; first meeting 28 November."),
         ]),
        ("Theme 4: Financial Management and Procurement",
         "Recommendation 4: Strengthen procurement and contract management arrangements so that the Authority can demonstrate value for money.",
         [
             ("4.1", "Establish a Procurement and Contract Management Board and a single contracts register",
              "Chief Finance Officer", "Aug-23", "Complete",
              "Board meets monthly; register published on the website."),
             ("4.2", "Deliver procurement training for all budget holders and commissioning officers",
              "Head of Procurement", "December 2023", "Red",
              "Only 40% of budget holders trained; further sessions being arranged."),
             ("4.3", "Complete an internal audit review of procurement compliance and report findings to Audit and Governance Committee",
              "Chief Finance Officer", "Q4 2023/24", "Green",
              "Included in the 2023/24 internal audit plan; fieldwork starts January."),
         ]),
    ]
    ragfill = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for theme, rec, acts in themes:
        doc.add_heading(theme, level=1)
        t = doc.add_table(rows=2 + len(acts), cols=6)
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, 5))
        set_text(top, rec, bold=True)
        shade(top, "D9E2F3")
        for j, h in enumerate(["Ref", "Action", "Lead", "Target date", "RAG", "Progress update"]):
            set_text(t.cell(1, j), h, bold=True)
            shade(t.cell(1, j), "1F3864")
            t.cell(1, j).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for i, (ref, act, lead, due, rag, prog) in enumerate(acts, start=2):
            for j, v in enumerate([ref, act, lead, due, rag, prog]):
                set_text(t.cell(i, j), v)
            shade(t.cell(i, 4), ragfill[rag])
        doc.add_paragraph()
    doc.add_paragraph("Next update: Audit and Governance Committee, January 2024.")
    doc.save(out("un-cambridgeshire-and-peterborough-ca-external-auditor-recommendations-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Martlets Hospice - CQC inspection action plan (docx, fill-only RAG)
# ---------------------------------------------------------------------------
def martlets():
    doc = Document()
    h = doc.add_paragraph()
    r = h.add_run("Martlets Hospice – Action Plan following CQC Inspection")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x7B, 0x1F, 0x5C)
    doc.add_paragraph("Inspection dates: 5 and 6 March 2024 | Report published: 22 May 2024 | Overall rating: Requires improvement")
    doc.add_paragraph(
        "This plan responds to the requirement notice issued for a breach of Regulation 12 of the Health and Social Care Act 2008 "
        "(Regulated Activities) Regulations 2014 and to the areas where CQC said we should improve. "
        "Plan owner: Director of Patient Care. Progress is monitored monthly by the Quality and Safety Committee.")
    doc.add_paragraph("Status key (colour of the status column):")
    key = doc.add_table(rows=5, cols=2)
    key.style = "Table Grid"
    for i, (col, txt) in enumerate([
        ("0070C0", "Completed – evidence held"),
        ("00B050", "On track to complete by the target date"),
        ("FFC000", "At risk of missing the target date"),
        ("FF0000", "Overdue"),
        ("FFFFFF", "Not yet started"),
    ]):
        set_text(key.cell(i, 0), "")
        shade(key.cell(i, 0), col)
        set_text(key.cell(i, 1), txt)
    doc.add_paragraph()

    sections = [
        ("Key question: Safe", [
            ("The provider must ensure that controlled drugs are stored, recorded and disposed of in line with legislation and national guidance. (Regulation 12)", [
                ("M1.1", "Replace the inpatient unit controlled drugs register with bound registers that meet the Misuse of Drugs Regulations 2001 and check all running balances daily",
                 "Inpatient Unit Manager", "31/05/2024", "0070C0", "Bound registers in use since 20 May; daily checks audited weekly."),
                ("M1.2", "Introduce a monthly controlled drugs audit by the Lead Pharmacist, with results reported to the Medicines Management Group",
                 "Lead Pharmacist", "June 2024", "0070C0", "First audit 27 June 2024; 100% compliance."),
                ("M1.3", "Complete controlled drugs competency assessments for all registered nurses.\nBank nurses to be assessed before their next shift.",
                 "Clinical Education Lead / Inpatient Unit Manager", "31/08/2024", "00B050", "34 of 41 nurses assessed."),
            ]),
            ("The provider must ensure that risks to patients from falls and pressure damage are assessed and that care plans are updated when needs change. (Regulation 12)", [
                ("M2.1", "Roll out the revised falls risk assessment and require reassessment within 24 hours of any change in condition",
                 "Director of Patient Care", "End of July 2024", "00B050", "Launched 1 July; spot checks show 88% compliance."),
                ("M2.2", "Audit 10 patient records each month for completion of falls and pressure-area care plans and feed back at ward meetings",
                 "Ward Sister", "Monthly", "FFC000", "Audit completion 70% in July owing to staffing."),
            ]),
        ]),
        ("Key question: Effective", [
            ("The provider should ensure that all staff complete mandatory training in the Mental Capacity Act.", [
                ("S1.1", "Add Mental Capacity Act and DoLS e-learning to the mandatory training matrix and follow up non-completion through line managers",
                 "Head of Education", "30/09/2024", "00B050", "Module live; 76% completion."),
            ]),
        ]),
        ("Key question: Responsive", [
            ("The provider should improve how it records patients’ preferences about where they wish to die.", [
                ("S2.1", "Add a preferred place of death field to the electronic patient record template",
                 "Clinical Systems Manager", "Jul-24", "0070C0", "Template change went live 15 July 2024."),
                ("S2.2", "Train Hospice at Home staff to record and review preferences at every contact",
                 "Hospice at Home Team Leader", "Oct 2024", None, "Training planned for September team days."),
            ]),
            ("The provider should ensure that information about how to complain is available in an easy-read format.", [
                ("S3.1", "Publish an easy-read complaints leaflet and make it available on the website and at reception",
                 "Patient Experience Lead", "30/06/2024", "FF0000", "Draft with the Patient and Family Forum for comment; overdue."),
            ]),
        ]),
    ]
    nrows = 1 + sum(1 + sum(len(a) for _, a in fs) for _, fs in sections)
    t = doc.add_table(rows=nrows, cols=7)
    t.style = "Table Grid"
    for j, hd in enumerate(["Ref", "What CQC told us", "Action", "Lead", "By when", "Status", "Evidence / progress"]):
        set_text(t.cell(0, j), hd, bold=True)
        shade(t.cell(0, j), "E4D0E0")
    i = 1
    for stitle, findings in sections:
        m = t.cell(i, 0).merge(t.cell(i, 6))
        set_text(m, stitle, bold=True)
        shade(m, "7B1F5C")
        m.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        i += 1
        for finding, acts in findings:
            first = i
            for ref, act, lead, due, col, prog in acts:
                set_text(t.cell(i, 0), ref)
                set_text(t.cell(i, 2), act)
                set_text(t.cell(i, 3), lead)
                set_text(t.cell(i, 4), due)
                set_text(t.cell(i, 5), "")
                if col:
                    shade(t.cell(i, 5), col)
                set_text(t.cell(i, 6), prog)
                i += 1
            set_text(t.cell(first, 1), finding)
            if i - 1 > first:
                t.cell(first, 1).merge(t.cell(i - 1, 1))
    doc.add_paragraph()
    doc.add_paragraph("Signed: Chief Executive and Registered Manager. Next review: Quality and Safety Committee, October 2024.")
    doc.save(out("un-martlets-hospice-cqc-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Wells City Council - full council action log (csv)
# ---------------------------------------------------------------------------
def wells():
    rows = [
        ["Wells City Council – Full Council Action Log", "", "", "", "", ""],
        ["Updated for the meeting of 10 February 2026", "", "", "", "", ""],
        ["", "", "", "", "", ""],
        ["Minute Ref", "Action", "Responsible", "Deadline", "RAG", "Update"],
        ["MEETING OF 9 DECEMBER 2025", "", "", "", "", ""],
        ["FC 101/25", "Obtain three quotes for repairs to the Market Place bus shelter roof",
         "Deputy City Clerk", "January 2026", "Complete", "Quotes reported in January; works ordered."],
        ["FC 104/25", "Write to Somerset Council requesting a review of parking enforcement in Tor Street, Chamberlain Street and Portway",
         "City Clerk", "Dec-25", "Complete", "Letter sent 15 December; reply awaited."],
        ["FC 107/25", "Arrange a site meeting with the Bishop's Palace and Somerset Council on Christmas market traffic management, and report back",
         "Cllr A. Hollis and Cllr M. Penrose", "31/01/2026", "Amber", "Meeting postponed by Somerset Council; new date 12 February."],
        ["MEETING OF 13 JANUARY 2026", "", "", "", "", ""],
        ["FC 118/25", "Prepare the 2026/27 budget and precept papers for Full Council",
         "RFO", "February 2026", "Green", "Papers issued with this agenda."],
        ["FC 121/25", "Commission a condition survey of the Town Hall roof and clock tower.\nInclude costed options for phased repair.",
         "City Clerk; Facilities Manager", "March 2026", "Green", "Two surveyors invited to quote."],
        ["FC 123/25", "Review the Financial Regulations against the 2025 NALC model and bring any changes to the Finance Committee",
         "RFO", "Next meeting", "", "Not started – awaiting NALC guidance notes."],
        ["FC 126/25", "Publish the updated Climate Emergency Action Plan on the council website",
         "Climate and Environment Officer", "Feb-26", "Green", "Final proofread under way."],
        ["", "", "", "", "", ""],
        ["RAG: Complete = action finished; Green = on track; Amber = delayed; Red = overdue", "", "", "", "", ""],
        ["Completed actions are removed from the log once they have been reported to Full Council.", "", "", "", "", ""],
    ]
    with open(out("un-wells-city-council-full-council-action-log.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. HM Treasury - internal audit recommendations tracker (tab-separated txt)
# ---------------------------------------------------------------------------
def hmt():
    head = ["Audit title", "Opinion", "Ref", "Priority", "Recommendation", "Agreed management action",
            "Action owner", "Original due date", "Revised due date", "RAG", "Management update"]
    A1 = "Payroll and Expenses Controls 2024-25"
    A2 = "Cyber Security – Vulnerability Management"
    A3 = "Arm's-Length Body Sponsorship"
    A4 = "Business Continuity Planning"
    rows = [
        [A1, "Moderate", "PAY-01", "High",
         "Exception reports from the payroll system should be reviewed and signed off before each monthly payroll run.",
         "Introduce a monthly exception-report sign-off step in the payroll checklist, evidenced by the Payroll Manager and reviewed by the Head of Financial Control.",
         "Head of Financial Control", "31/03/2025", "30/06/2025", "B", "Implemented June 2025; evidence provided to GIAA."],
        [A1, "Moderate", "PAY-02", "Medium",
         "Expense claims over £500 should be subject to secondary approval.",
         "Configure a second-approver rule for claims above £500 in the expenses system.",
         "Chief Information Officer; Head of Financial Control", "30/09/2025", "", "R",
         "System change not yet scheduled by the supplier; overdue."],
        [A2, "Limited", "CYB-01a", "High",
         "The department should define and enforce target timescales for remediating critical and high vulnerabilities.",
         "Approve a vulnerability management standard setting 14-day and 30-day remediation timescales for critical and high vulnerabilities.",
         "Chief Information Security Officer", "31/07/2025", "", "B", "Standard approved by DDaT Board 22 July 2025."],
        [A2, "Limited", "CYB-01b", "High",
         "The department should define and enforce target timescales for remediating critical and high vulnerabilities.",
         "Report compliance with remediation timescales monthly to the Digital, Data and Technology Board.",
         "Chief Information Security Officer", "30/09/2025", "31/12/2025", "A",
         "Dashboard built; data feed from the scanning tool incomplete."],
        [A2, "Limited", "CYB-02", "Medium",
         "The asset inventory should be complete and reconciled to vulnerability scanning coverage.",
         "Reconcile the configuration management database to scanner coverage and close any gaps.",
         "Head of Digital Operations", "Q4 2025-26", "", "G", "Reconciliation 70% complete."],
        [A3, "Moderate", "ALB-01", "Medium",
         "Sponsor teams should document a risk-based assurance plan for each arm's-length body.",
         "Issue a sponsorship assurance framework template and require completed plans for all ALBs.",
         "Director, Strategy, Planning and Budget", "31/10/2025", "31/01/2026", "G",
         "Template issued; 5 of 6 plans received."],
        [A3, "Moderate", "ALB-02", "Low",
         "Framework documents should be reviewed at least every three years.",
         "Agree a rolling timetable to refresh framework documents, starting with UKGI and the GIAA.",
         "Head of Sponsorship Centre of Excellence", "31/03/2026", "", "G", "Draft timetable with sponsor teams."],
        [A4, "Limited", "BCP-01", "High",
         "Business impact analyses should be refreshed for all critical services.",
         "Complete refreshed business impact analyses for all 12 critical services and agree recovery time objectives with directors.",
         "Head of Security and Resilience", "30/04/2025", "30/11/2025", "A", "10 of 12 complete."],
        [A4, "Limited", "BCP-02", "Medium",
         "Business continuity plans should be tested at least annually.",
         "Run a tabletop exercise of the loss-of-building scenario with the Executive Management Board.",
         "Chief Operating Officer", "Jan-26", "", "", "Exercise scheduled for 21 January 2026."],
    ]
    lines = [
        "HM Treasury Group – Internal Audit Recommendations Tracker",
        "Group Audit and Risk Committee, 3 December 2025 – Annex B",
        "Extract from the GIAA recommendations tracking system, run 14/11/2025. Open and recently implemented recommendations only.",
        "",
        "\t".join(head),
    ]
    lines += ["\t".join(r) for r in rows]
    lines += [
        "",
        "RAG: B = implemented (GIAA verified or evidence submitted); G = on track for current due date; A = at risk of missing current due date; R = overdue",
        "Total open actions: 7; implemented since last report: 2",
    ]
    with open(out("un-hm-treasury-group-arc-internal-audit-recommendations-tracker.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    cambridge_water()
    alzheimers()
    northumberland()
    cpca()
    martlets()
    wells()
    hmt()
    print("built 7 files")
