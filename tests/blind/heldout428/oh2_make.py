"""Build the seven oh2- blind test files (set heldout428).

Run with /work/main/.venv/bin/python oh2_make.py  (needs openpyxl and python-docx).
Writes only files whose names start with "oh2-" into the folder this script is in.
"""
import csv
import os
from datetime import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"
RAG_FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE, "C": BLUE,
            "Red": RED, "Amber": AMBER, "Green": GREEN, "Blue": BLUE, "Complete": BLUE}

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return datetime(y, m, day)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def out(name):
    assert name.startswith("oh2-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. New Forest NPA - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
NF_NAME = "oh2-new-forest-npa-internal-audit-recommendations-tracker.xlsx"
NF_TITLE = "New Forest National Park Authority: Schedule of Outstanding Internal Audit Recommendations"
NF_PE_REC2 = ("Case management records in the planning system should be kept up to date, with each "
              "case showing the date of the last site visit and the next action due.")
NF_ROWS = [
    ("band", "2023/24 Planning Enforcement – Limited Assurance"),
    ("act", "PE1", "High",
     "The Authority should introduce a documented prioritisation framework for enforcement cases, "
     "with target response times for each priority level.",
     "Draft an enforcement case prioritisation protocol with target response times and take it to "
     "Planning Committee for adoption.",
     "Head of Development Management", d(2024, 3, 31), d(2024, 9, 30), "B",
     "Protocol adopted by Planning Committee 17 September 2024. Recommend closure."),
    ("act", "PE2a", "Medium", NF_PE_REC2,
     "Carry out a monthly check of a sample of ten open enforcement cases and report the results to "
     "the Head of Development Management.",
     "Planning Enforcement Team Leader", d(2024, 6, 30), "Q3 2025/26", "G",
     "Monthly sampling restarted in May 2025 after the team leader post was filled. Three months of "
     "results needed before closure."),
    ("act", "PE2b", "Medium", None,  # recommendation cell merged with the row above
     "Archive closed enforcement cases older than six years in line with the retention schedule.",
     "Planning Enforcement Team Leader / Information Governance Officer", d(2024, 6, 30),
     d(2025, 9, 30), "A",
     "About 40% of files archived. Work paused while the planning system is upgraded in August."),
    ("band", "2024/25 Cyber Security – Reasonable Assurance"),
    ("act", "CY1", "High",
     "Multi-factor authentication should be enforced for all remote access and for all accounts with "
     "administrative privileges.",
     "Enable multi-factor authentication on the remaining 14 service and administrator accounts and "
     "remove legacy VPN access.",
     "ICT Manager", d(2025, 1, 31), d(2025, 5, 31), "R",
     "12 of 14 accounts complete. The two accounts linked to the old GIS server remain until that "
     "server is decommissioned."),
    ("act", "CY2", "Medium",
     "The Authority should test its ICT disaster recovery arrangements at least once a year and record "
     "the outcome.",
     "Undertake a restore test of core systems from the offsite backup and report the outcome to "
     "Management Team.",
     "Head of Corporate Services; ICT Manager", d(2025, 6, 30), None, "G",
     "Restore test booked with the supplier for 8 July 2025."),
    ("act", "CY3", "Low",
     "Staff who have not completed mandatory cyber awareness training within 30 days of the due date "
     "should be followed up by their line manager.",
     "Add cyber training completion to the quarterly HR compliance report to Management Team.",
     "HR Manager", d(2025, 4, 30), None, "B",
     "Included in the Q4 report (April 2025). Recommend closure."),
    ("band", "2024/25 Volunteer Management – Reasonable Assurance"),
    ("act", "VM1", "Medium",
     "Volunteer role descriptions should be reviewed to confirm which roles require a DBS check.",
     "Review all 23 volunteer role descriptions against DBS eligibility guidance and apply for checks "
     "where they are now required.",
     "Volunteer Development Lead", d(2025, 9, 30), None, "G",
     "15 of 23 role descriptions reviewed."),
    ("act", "VM2", "Low",
     "Volunteer expense claims should be approved by a second officer before payment.",
     "Update the volunteer expenses procedure so that claims over £50 are approved by the Volunteer "
     "Development Lead before payment.",
     "Finance Manager", d(2025, 12, 31), None, None,
     "Not yet started – to follow the finance system upgrade."),
]


def build_new_forest():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = NF_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Summary by audit – Audit and Risk Committee, 18 July 2025"
    ws["A2"].font = Font(italic=True)
    hdr = ["Audit", "Year", "Assurance", "Actions on schedule", "Implemented", "On track",
           "At risk", "Overdue", "Not started"]
    rows = [
        ["Planning Enforcement", "2023/24", "Limited", 3, 1, 1, 1, 0, 0],
        ["Cyber Security", "2024/25", "Reasonable", 3, 1, 1, 0, 1, 0],
        ["Volunteer Management", "2024/25", "Reasonable", 2, 0, 1, 0, 0, 1],
    ]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E3D")
        cell.border = BOX
    for r, row in enumerate(rows, 5):
        for c, v in enumerate(row, 1):
            ws.cell(row=r, column=c, value=v).border = BOX
    ws.cell(row=8, column=1, value="Total").font = Font(bold=True)
    for c in range(4, 10):
        col = get_column_letter(c)
        cell = ws.cell(row=8, column=c, value=f"=SUM({col}5:{col}7)")
        cell.font = Font(bold=True)
        cell.border = BOX
    ws.cell(row=8, column=1).border = BOX
    ws["A10"] = "Source: Southern Internal Audit Partnership (SIAP) reports and officer updates."
    ws.column_dimensions["A"].width = 26
    for col in "BCDEFGHI":
        ws.column_dimensions[col].width = 13

    ws = wb.create_sheet("Schedule")
    ws["A1"] = NF_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Audit and Risk Committee – 18 July 2025 (position at 30 June 2025)"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    heads = ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
             "Original target date", "Revised target date", "Status", "Progress update (June 2025)"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E3D")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    prev_rec_row = None
    for item in NF_ROWS:
        if item[0] == "band":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(row=r, column=1).fill = fill(GREY)
            r += 1
            continue
        _, ref, prio, rec, action, lead, orig, rev, status, update = item
        vals = [ref, prio, rec, action, lead, orig, rev, status, update]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c)
            if v is not None:
                cell.value = v
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, datetime):
                cell.number_format = "dd/mm/yyyy"
        if rec is None:
            ws.merge_cells(start_row=prev_rec_row, start_column=3, end_row=r, end_column=3)
        else:
            prev_rec_row = r
        if status:
            ws.cell(row=r, column=8).fill = fill(RAG_FILL[status])
            ws.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
            if status == "B":
                ws.cell(row=r, column=8).font = Font(color="FFFFFF", bold=True)
        r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="Key: B = implemented / recommended for closure; G = on track; A = at risk of missing "
                  "the target date; R = overdue; blank = not yet started.")
    ws.cell(row=r + 1, column=1,
            value="Recommendations closed at the April 2025 meeting have been removed from this schedule.")
    widths = [7, 9, 42, 46, 26, 13, 13, 8, 44]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"
    wb.save(out(NF_NAME))


# ---------------------------------------------------------------------------
# 2. Liverpool City Region CA - bus franchising programme highlight report (xlsx)
# ---------------------------------------------------------------------------
LCR_NAME = "oh2-liverpool-city-region-ca-bus-franchising-programme-highlight-report.xlsx"
LCR_TITLE = "Bus Franchising Implementation Programme – Highlight Report"
LCR_WS = [
    ("1. Depots & assets", [
        ("1.1", "Complete acquisition of the Gillmoss depot and transfer title to the Combined Authority",
         "Head of Property", d(2025, 8, 1), d(2025, 9, 1), "A", "B", "Completed 12/09/2025."),
        ("1.2", "Procure depot electrification works (design and build) for Gillmoss and Kirkby",
         "Head of Property; Senior Engineer (Zero Emission)", d(2025, 12, 1), d(2025, 12, 1), "G", "G",
         "Tender returns due 24/10/2025."),
        ("1.3", "Agree lease terms for the Green Lane depot with the incumbent operator",
         "Head of Property", d(2025, 10, 1), d(2026, 1, 1), "G", "A",
         "Valuation not agreed; independent surveyor appointed."),
    ]),
    ("2. Fleet", [
        ("2.1", "Take delivery of the first 40 zero-emission buses for Franchise Area 1",
         "Fleet Manager", d(2025, 11, 1), d(2025, 12, 1), "G", "A",
         "Chassis supply delay of four weeks; recovery plan agreed with the manufacturer."),
        ("2.2", "Complete ticket machine and AVL fit-out on delivered vehicles",
         "Fleet Manager & Head of Digital", d(2026, 1, 1), d(2026, 2, 1), "G", "A",
         "Dependent on 2.1."),
    ]),
    ("3. Contracts & operator mobilisation", [
        ("3.1", "Award Franchise Area 1 local service contracts", "Head of Bus Franchising",
         d(2025, 6, 1), d(2025, 6, 1), "B", "B", "Contracts awarded 27/06/2025."),
        ("3.2", "Issue mobilisation plans to successful operators and hold fortnightly mobilisation meetings",
         "Head of Bus Franchising", d(2025, 7, 1), "Ongoing", "G", "G",
         "Fortnightly meetings in place until go-live."),
        ("3.3", "Agree TUPE transfer lists with incumbent operators", "HR Business Partner (Transport)",
         d(2025, 10, 1), d(2025, 11, 1), "A", "R",
         "Two operators have not yet supplied employee liability information; escalated to the Executive Director."),
    ]),
    ("4. Customer & communications", [
        ("4.1", "Launch the public information campaign for franchise go-live",
         "Head of Marketing and Communications", d(2026, 1, 1), d(2026, 1, 1), "G", "G", ""),
        ("4.2", "Publish revised network maps and timetables for Franchise Area 1",
         "Network Planning Manager", d(2026, 2, 1), d(2026, 2, 1), None, "G",
         "New milestone added this period."),
    ]),
]


def build_lcr():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = "Liverpool City Region Combined Authority"
    ws["A1"].font = Font(bold=True, size=12, color="6A1B4D")
    ws.merge_cells("A1:I1")
    ws["A2"] = LCR_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    meta = [
        (3, "Report no.", 14, "Reporting period", "September 2025"),
        (4, "SRO", "Executive Director – Transport", "Programme Manager", "Ruth Kavanagh"),
    ]
    for r, k1, v1, k2, v2 in meta:
        ws.cell(row=r, column=1, value=k1).font = Font(bold=True)
        ws.cell(row=r, column=2, value=v1)
        ws.cell(row=r, column=4, value=k2).font = Font(bold=True)
        ws.cell(row=r, column=5, value=v2)
    ws.cell(row=5, column=1, value="Overall status").font = Font(bold=True)
    ws.cell(row=5, column=2, value="Previous: Amber").fill = fill(AMBER)
    ws.cell(row=5, column=3, value="Current: Amber").fill = fill(AMBER)

    ws.cell(row=7, column=1, value="Summary of progress").font = Font(bold=True, color="FFFFFF")
    ws.cell(row=7, column=1).fill = fill("6A1B4D")
    ws.merge_cells("A7:I7")
    ws.cell(row=8, column=1,
            value="Mobilisation of the Franchise Area 1 contracts continues. The Gillmoss depot acquisition "
                  "completed on 12 September. Delivery of the first buses has slipped by four weeks because of "
                  "chassis availability; a recovery plan has been agreed. TUPE information from two operators "
                  "remains outstanding and is now rated Red.").alignment = WRAP
    ws.merge_cells("A8:I8")
    ws.row_dimensions[8].height = 48

    ws.cell(row=10, column=1, value="Milestones and key actions").font = Font(bold=True, color="FFFFFF")
    ws.cell(row=10, column=1).fill = fill("6A1B4D")
    ws.merge_cells("A10:I10")
    heads = ["Workstream", "Ref", "Milestone / action", "Lead", "Baseline date", "Forecast date",
             "Previous RAG", "Current RAG", "Commentary"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=11, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
        cell.border = BOX
        cell.alignment = WRAP
    r = 12
    for wsname, acts in LCR_WS:
        first = r
        for ref, text, lead, base, fc, prev, cur, comm in acts:
            vals = [None, ref, text, lead, base, fc, prev, cur, comm]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c)
                if v is not None and v != "":
                    cell.value = v
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, datetime):
                    cell.number_format = "mmm-yy"
            for col, rag in ((7, prev), (8, cur)):
                if rag:
                    ws.cell(row=r, column=col).fill = fill(RAG_FILL[rag])
                    ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        ws.cell(row=first, column=1, value=wsname).font = Font(bold=True)
        ws.cell(row=first, column=1).alignment = Alignment(wrap_text=True, vertical="center")
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Decisions / escalations required").font = Font(bold=True, color="FFFFFF")
    ws.cell(row=r, column=1).fill = fill("6A1B4D")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(row=r + 1, column=1,
            value="None this period. The TUPE position (3.3) will be escalated to the Transport Committee "
                  "if not resolved by 31 October.")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=9)
    ws.cell(row=r + 3, column=1, value="RAG definitions are on the 'Key' tab.").font = Font(italic=True)
    widths = [20, 6, 48, 30, 11, 11, 10, 10, 44]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, v, col) in enumerate([
        ("B", "Blue – complete", BLUE),
        ("G", "Green – on track to baseline date", GREEN),
        ("A", "Amber – forecast slippage within tolerance (up to one month)", AMBER),
        ("R", "Red – forecast slippage beyond tolerance, or Board intervention needed", RED),
    ], 3):
        key.cell(row=i, column=1, value=k).fill = fill(col)
        key.cell(row=i, column=2, value=v)
    key.column_dimensions["B"].width = 70

    vh = wb.create_sheet("Version history")
    for c, h in enumerate(["Version", "Date", "Author", "Change"], 1):
        vh.cell(row=1, column=c, value=h).font = Font(bold=True)
    for r, row in enumerate([
        ["13", "15/09/2025", "R. Kavanagh", "August position"],
        ["14", "14/10/2025", "R. Kavanagh", "September position; milestone 4.2 added"],
    ], 2):
        for c, v in enumerate(row, 1):
            vh.cell(row=r, column=c, value=v)
    vh.column_dimensions["D"].width = 45
    wb.save(out(LCR_NAME))


# ---------------------------------------------------------------------------
# 3. Thames Water - Ofwat turnaround oversight regime action tracker (xlsx)
# ---------------------------------------------------------------------------
TW_NAME = "oh2-thames-water-ofwat-turnaround-oversight-regime-action-tracker.xlsx"
TW_TITLE = "Turnaround Oversight Regime – Ofwat Requirements Action Tracker"
TW_THEMES = [
    ("Theme A – Wastewater treatment and environmental performance", [
        ("Ofwat requires the company to set out a costed plan to reduce storm overflow spills at its 20 "
         "highest-spilling sites.", [
            ("A1.1", "Publish site-by-site improvement plans for the 20 highest-spilling storm overflows.",
             "Chief Operating Officer", d(2025, 6, 30), None, 0.6, "Green",
             "Plans drafted for 14 sites; remaining six awaiting modelling (A1.2)."),
            ("A1.2", "Complete hydraulic modelling for the 20 sites and confirm the investment needed in AMP8.",
             "Director of Wastewater Operations", d(2025, 3, 31), d(2025, 9, 30), 0.45, "Amber",
             "Modelling contractor mobilised late. Revised date agreed with Ofwat on 12/02/2025."),
        ]),
        ("The company must improve the reliability of its sewage treatment works so that they meet their "
         "permit conditions.", [
            ("A2.1", "Deliver the treatment works compliance programme at the 12 works with permit failures "
                     "in 2023/24.",
             "Director of Wastewater Operations", "Mar-26", None, 0.3, "Amber",
             "Four of 12 works back in compliance. Capital works at two sites delayed by ground conditions."),
        ]),
    ]),
    ("Theme B – Customer service and affordability", [
        ("Ofwat expects the company to reduce the number of written complaints and improve its C-MeX "
         "ranking.", [
            ("B1.1", "Recruit and train an additional 120 customer service advisers.",
             "Chief Customer Officer", d(2024, 12, 31), None, 1.0, "Complete",
             "120 advisers in post since 16/12/2024."),
            ("B1.2", "Introduce a single complaint-handling process across billing and operations, with one "
                     "named owner for each complaint.",
             "Chief Customer Officer", d(2025, 4, 30), None, 0.8, "Green",
             "New process live for billing; operations to follow in April."),
        ]),
        ("The company must make sure that financially vulnerable customers can get help through its "
         "social tariff.", [
            ("B2.1", "Automatically enrol customers in receipt of Pension Credit onto the social tariff using "
                     "DWP data-matching.",
             "Director of Customer Experience & Director of Regulation", d(2025, 9, 30), None, 0.15, "Red",
             "Data-sharing agreement with DWP not yet signed; escalated to the Executive Committee."),
        ]),
    ]),
    ("Theme C – Governance and board assurance", [
        ("The Board must have clear oversight of delivery of the turnaround plan.", [
            ("C1.1", "Establish a Board Turnaround Committee with terms of reference approved by the Board.",
             "Company Secretary", d(2025, 1, 31), None, 1.0, "Complete",
             "Committee met for the first time on 22/01/2025."),
            ("C1.2", "Provide Ofwat with a monthly assurance statement signed by the Chief Executive.",
             "Chief Executive; Company Secretary", "Monthly", None, "n/a", "Green",
             "February statement submitted 07/03/2025."),
        ]),
    ]),
]


def build_thames():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Thames Water Utilities Limited"
    cov["A1"].font = Font(bold=True, size=12, color="005EB8")
    cov["A2"] = TW_TITLE
    cov["A2"].font = Font(bold=True, size=16)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    for r, (k, v) in enumerate([
        ("Document owner", "Director of Regulation"),
        ("Version", "v2.3"),
        ("Date", "14 March 2025"),
        ("Status", "Submitted to Ofwat – monthly return"),
        ("Classification", "Public"),
    ], 5):
        cov.cell(row=r, column=1, value=k).font = Font(bold=True)
        cov.cell(row=r, column=1).fill = fill("DDEBF7")
        cov.cell(row=r, column=1).border = BOX
        cov.cell(row=r, column=2, value=v).border = BOX
    cov["A11"] = ("Purpose: this tracker records the actions the company has committed to in response to the "
                  "requirements set by Ofwat under the turnaround oversight regime, and progress against each. "
                  "It is updated monthly and reviewed by the Board Turnaround Committee before submission.")
    cov["A11"].alignment = WRAP
    cov.merge_cells("A11:F14")
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 40

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Ofwat requirements action tracker – position at 28 February 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    heads = ["ID", "Ofwat requirement", "Action", "Executive owner", "Original due date",
             "Revised due date", "% complete", "RAG", "Progress update"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8")
        cell.alignment = WRAP
        cell.border = BOX
    r = 4
    for theme, reqs in TW_THEMES:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for req, acts in reqs:
            first = r
            for aid, text, owner, due, rev, pct, rag, upd in acts:
                vals = [aid, None, text, owner, due, rev, pct, rag, upd]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=c)
                    if v is not None:
                        cell.value = v
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, datetime):
                        cell.number_format = "dd/mm/yyyy"
                    if c == 7 and isinstance(v, float):
                        cell.number_format = "0%"
                ws.cell(row=r, column=8).fill = fill(RAG_FILL[rag])
                r += 1
            ws.cell(row=first, column=2, value=req).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Notes:").font = Font(bold=True)
    ws.cell(row=r + 1, column=1,
            value="1. A revised due date is shown only where Ofwat has agreed a change to the original date.")
    ws.cell(row=r + 2, column=1, value="2. RAG definitions are on the 'Key' tab.")
    widths = [7, 40, 46, 28, 12, 12, 10, 10, 46]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A4"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG"
    key["B1"] = "Definition"
    key["A1"].font = key["B1"].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("Complete", "Action delivered and evidence provided to Ofwat"),
        ("Green", "On track to deliver by the due date"),
        ("Amber", "At risk; recovery actions in place"),
        ("Red", "Will miss the due date; escalated to the Executive Committee"),
    ], 2):
        key.cell(row=i, column=1, value=k).fill = fill(RAG_FILL[k])
        key.cell(row=i, column=2, value=v)
    key.column_dimensions["B"].width = 60
    wb.save(out(TW_NAME))


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
    """Write text into a cell; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Legal Aid Agency - cyber incident lessons learned action plan (docx)
# ---------------------------------------------------------------------------
LAA_NAME = "oh2-legal-aid-agency-cyber-incident-lessons-learned-action-plan.docx"
LAA_TITLE = "Cyber Security Incident 2025 – Lessons Learned Action Plan"
LAA_LESSONS = [
    ("Lesson 1: Legacy systems",
     "Recommendation 1: The Agency should accelerate the replacement of its legacy digital services and, "
     "until they are replaced, apply compensating controls.", [
         ("1.1", "Complete a risk-based review of all legacy applications and agree a decommissioning schedule.",
          "Chief Digital Officer", "July 2025", "Blue",
          "Schedule approved by the Executive Board on 29 July 2025."),
         ("1.2", "Move the remaining provider-facing services onto the new digital platform.",
          "Chief Digital Officer / Programme Director, Digital Transformation", "Q4 2025/26", "Amber",
          "Civil applications moved. Crime billing migration depends on supplier release in February."),
         ("1.3", "Apply enhanced logging and monitoring to legacy services until they are decommissioned.",
          "Head of Cyber Security", "Ongoing", "Green",
          "24/7 monitoring in place through the MoJ Security Operations Centre."),
     ]),
    ("Lesson 2: Incident response and communication",
     "Recommendation 2: The Agency should update its incident response plan so that roles, decision-making "
     "and communication with providers and applicants are clear from the outset.", [
         ("2.1", "Revise the Cyber Incident Response Plan, including a decision log template and escalation "
                 "routes to the MoJ and the NCSC.",
          "Head of Cyber Security", "30/09/2025", "Blue", "Revised plan approved 24 September 2025."),
         ("2.2", "Run a desk-based exercise of the revised plan with the Executive Board.",
          "Chief Operating Officer", "By 31 December 2025", "Green", "Exercise booked for 9 December."),
         ("2.3", "Agree template messages for providers and for people whose data may be affected, cleared in "
                 "advance with the MoJ Press Office.",
          "Head of Communications", "End of November 2025", "Green", "Drafts with the Press Office."),
     ]),
    ("Lesson 3: Supporting providers",
     "Recommendation 3: The Agency should put in place contingency arrangements so that legal aid providers "
     "can continue to be paid and to submit applications if digital services are unavailable.", [
         ("3.1", "Set up and test a manual payment process for contracted providers.",
          "Director of Finance", "Dec 2025 – Feb 2026", "Amber",
          "Process designed; testing with a sample of firms from December."),
         ("3.2", "Publish contingency guidance for providers on GOV.UK and brief the Law Society and the "
                 "Bar Council.",
          "Director of Commissioning", "March 2026", "Not started",
          "To follow testing of the manual payment process (3.1)."),
     ]),
]
LAA_FILL = {"Blue": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "F4B183"}


def build_laa():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Legal Aid Agency")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading(LAA_TITLE, level=0)

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Owner", "Chief Executive, Legal Aid Agency"), ("Version", "1.4"),
                 ("Date", "22 October 2025"), ("Classification", "OFFICIAL"),
                 ("Next review", "Audit and Risk Assurance Committee, January 2026")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        shade(row[0], "D9D9D9")
        set_cell(row[1], v)

    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "In April 2025 the Agency identified unauthorised access to its online digital services for legal aid "
        "providers. An independent post-incident review was commissioned by the Chief Executive and reported in "
        "August 2025. This plan sets out the actions the Agency is taking in response to the three lessons the "
        "review identified. Progress is reported to the Audit and Risk Assurance Committee (ARAC) each quarter.")

    doc.add_heading("RAG key", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Blue", "Complete"), ("Green", "On track"), ("Amber", "At risk – mitigations in place"),
                 ("Red", "Off track – escalation required")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        shade(row[0], LAA_FILL[k])
        set_cell(row[1], v)

    doc.add_heading("Lessons and actions", level=1)
    for lesson, rec, acts in LAA_LESSONS:
        doc.add_heading(lesson, level=2)
        p = doc.add_paragraph()
        p.add_run(rec).bold = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in enumerate(["No.", "Action", "Owner", "Target date", "RAG", "Update"]):
            set_cell(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], "1F3864")
            t.rows[0].cells[c].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for no, action, owner, date, rag, upd in acts:
            row = t.add_row().cells
            for c, v in enumerate([no, action, owner, date, rag, upd]):
                set_cell(row[c], v)
            if rag in LAA_FILL:
                shade(row[4], LAA_FILL[rag])
        doc.add_paragraph()

    doc.add_heading("Governance", level=1)
    doc.add_paragraph(
        "Actions are closed only when the evidence has been reviewed by the Head of Internal Audit. The next "
        "update will be presented to ARAC in January 2026.")
    doc.save(out(LAA_NAME))


# ---------------------------------------------------------------------------
# 5. St Barnabas Hospice - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
SB_NAME = "oh2-st-barnabas-hospice-lincolnshire-cqc-inspection-action-plan.docx"
SB_TITLE = "St Barnabas Hospice: CQC Inspection Action Plan – Lincoln Inpatient Unit"
SB_MD1 = ("The provider must ensure that controlled drugs are stored, recorded and checked in line with "
          "national guidance. (Regulation 12)")
SB_MD3 = ("The provider must operate effective systems to assess, monitor and improve the quality and "
          "safety of the service. (Regulation 17)")
# (band) or (ref, finding or None for merged-with-above, action, lead, date, progress, fill)
SB_ROWS = [
    ("band", "Safe"),
    ("MD1.1", SB_MD1,
     "Introduce twice-daily controlled drug checks by two registered nurses.\n"
     "Add the controlled drug checks to the ward manager's weekly audit.",
     "Ward Manager", "31/08/2025",
     "Checks in place from 1 August. Audit shows 100% compliance for August and September.", BLUE),
    ("MD1.2", None,
     "Deliver controlled drugs refresher training to all registered nurses on the inpatient unit.",
     "Clinical Education Lead", "30/09/2025", "41 of 46 nurses trained (89%).", GREEN),
    ("MD2",
     "The provider must ensure that risk assessments for falls and pressure ulcers are completed within 24 "
     "hours of admission and reviewed weekly. (Regulation 12)",
     "Move the falls and pressure area risk assessments into the electronic admission bundle with mandatory "
     "fields.\nAdd a weekly review prompt to the SystmOne task list.",
     "Head of Inpatient Services / Clinical Systems Manager", "October 2025",
     "Build complete; go-live planned for 20 October.", AMBER),
    ("band", "Effective"),
    ("SD1", "The provider should ensure that all clinical staff receive regular clinical supervision.",
     "Introduce a clinical supervision log and report compliance monthly to the Clinical Governance Committee.",
     "Director of Patient Care", "December 2025", "Log designed; first report due November.", GREEN),
    ("SD2",
     "The provider should ensure that mental capacity assessments are recorded in line with the Mental "
     "Capacity Act 2005.",
     "Audit 20 sets of patient notes each quarter for decision-specific capacity assessments and share the "
     "learning at team meetings.",
     "Safeguarding Lead", "Ongoing (quarterly)", "First audit completed in September: 16 of 20 compliant.",
     GREEN),
    ("band", "Well-led"),
    ("MD3.1", SB_MD3,
     "Refresh the clinical audit programme for 2025/26 and report results to the Quality and Safety Committee "
     "of the Board.",
     "Director of Patient Care", "30/11/2025", "Programme drafted; two audits behind schedule.", AMBER),
    ("MD3.2", None,
     "Track action plans from incidents and audits to completion on the Datix system.",
     "Quality and Governance Manager", "January 2026", "Not yet started – depends on the Datix upgrade.",
     None),
    ("SD3",
     "The provider should ensure that the Board receives regular information about staff training compliance.",
     "Include mandatory training compliance by team in the quarterly workforce report to the Board.",
     "Director of People", "Sep 2025", "Included in the September Board report.", BLUE),
]


def build_stb():
    doc = Document()
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_heading(SB_TITLE, level=1)
    doc.add_paragraph("Inspection dates: 3 and 4 June 2025.   Report published: 28 July 2025.   "
                      "Overall rating: Requires improvement.")
    doc.add_paragraph("Registered Manager: Claire Dunmore.   Action plan owner: Director of Patient Care.")

    cols = ["Ref", "Must do / Should do (from CQC report)", "Action to be taken", "Lead", "Completion date",
            "Progress / evidence", "RAG"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for c, h in enumerate(cols):
        set_cell(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "BDD7EE")
    merge_from = None
    for item in SB_ROWS:
        row = t.add_row()
        idx = len(t.rows) - 1
        if item[0] == "band":
            m = row.cells[0].merge(row.cells[len(cols) - 1])
            set_cell(m, item[1], bold=True)
            shade(m, "D9D9D9")
            continue
        ref, finding, action, lead, date, prog, colour = item
        cells = row.cells
        set_cell(cells[0], ref)
        if finding is not None:
            set_cell(cells[1], finding)
            merge_from = idx
        set_cell(cells[2], action)
        set_cell(cells[3], lead)
        set_cell(cells[4], date)
        set_cell(cells[5], prog)
        if colour:
            shade(cells[6], colour)
        if finding is None:
            top = t.cell(merge_from, 1)
            text = top.text
            merged = top.merge(t.cell(idx, 1))
            set_cell(merged, text)
    doc.add_paragraph()
    doc.add_paragraph("RAG key: Blue – completed and evidenced; Green – on track; Amber – at risk of delay; "
                      "Red – overdue; no colour – not yet started.")
    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in enumerate(["Approved by", "Role", "Date"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
    for row in [("Director of Patient Care", "Nominated Individual", "9 September 2025"),
                ("Chair, Quality and Safety Committee", "Trustee", "16 September 2025")]:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v)
    doc.save(out(SB_NAME))


# ---------------------------------------------------------------------------
# 6. Oxfam GB - Charity Commission regulatory action plan (csv) - typo month, refuse
# ---------------------------------------------------------------------------
OX_NAME = "oh2-oxfam-gb-charity-commission-regulatory-action-plan-typo-month-refuse.csv"
OX_ROWS = [
    ["Oxfam GB – Charity Commission regulatory compliance case: Trustee Action Plan", "", "", "", "", "", "", ""],
    ["Version 4 – Board of Trustees, 10 July 2024", "", "", "", "", "", "", ""],
    ["", "", "", "", "", "", "", ""],
    ["Area", "Ref", "Commission advice / finding", "Action", "Lead", "Target date", "Status", "Update"],
    ["Safeguarding", "1.1",
     "Trustees should assure themselves that all safeguarding concerns, including those about senior staff, "
     "are reported to the Board promptly.",
     "Introduce a quarterly safeguarding report to the full Board, including all concerns involving staff at "
     "director level and above.",
     "Chair of Safeguarding Committee", "Sep-24", "Green", "First report scheduled for the September Board."],
    ["", "1.2", "",
     "Update the Safeguarding Policy to set out how concerns about the Chief Executive are escalated to the Chair.",
     "Director of Safeguarding; Company Secretary", "Jul-24", "Complete", "Approved by the Board 10/07/2024."],
    ["Governance", "2.1",
     "The charity should review whether its governance structures provide effective oversight of the executive.",
     "Commission an external governance review against the Charity Governance Code.",
     "Chair of Trustees", "Dec-24", "Amber", "Tender issued; appointment delayed to August."],
    ["", "2.2", "",
     "Review the terms of reference of the Nominations and Governance Committee.",
     "Company Secretary", "0ct-24", "Green", ""],
    ["People and culture", "3.1",
     "The charity should make sure staff feel able to raise concerns and that those concerns are acted on.",
     "Relaunch the Speak Up service with an independent provider and report quarterly data to the People "
     "Committee.",
     "Chief People Officer", "Nov-24", "Green", ""],
    ["", "3.2", "",
     "Run an all-staff culture survey and share the results and resulting actions with all staff.",
     "Chief People Officer & Director of Communications", "Jan-25", "Not started", ""],
    ["Reporting to the Commission", "4.1",
     "Trustees should keep the Commission informed of progress.",
     "Provide a written progress update to the Commission every three months.",
     "Company Secretary", "Quarterly", "Green", "Next update due 30 September 2024."],
    ["", "", "", "", "", "", "", ""],
    ["Status key: Complete; Green = on track; Amber = at risk; Red = off track; Not started", "", "", "", "",
     "", "", ""],
]


def build_oxfam():
    with open(out(OX_NAME), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in OX_ROWS:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Saffron Walden Town Council - action log (tab-separated txt)
# ---------------------------------------------------------------------------
SW_NAME = "oh2-saffron-walden-town-council-action-log.txt"
SW_TITLE = "Action Log – Full Council and Committees"
SW_LINES = [
    "SAFFRON WALDEN TOWN COUNCIL",
    SW_TITLE,
    "Updated by the Town Clerk: 3 November 2025",
    "",
    "Status: G = in hand / on track    A = behind schedule    R = overdue    "
    "C = complete (to be removed after next meeting)",
    "",
    "Minute ref\tAction\tWho\tBy when\tStatus\tNotes",
    "FULL COUNCIL – 8 September 2025",
    "FC/25/071\tObtain three quotations for repairs to the Town Hall clock face and report to F&GP.\t"
    "Town Clerk\tOct 2025\tC\tQuotes reported to F&GP 6 Oct.",
    "FC/25/074\tWrite to Uttlesford District Council asking for an update on the Swan Meadow car park "
    "resurfacing.\tTown Clerk\t30/09/2025\tC\tReply received 24 Oct and circulated to members.",
    "FC/25/079\tArrange a site meeting with Essex Highways about the pedestrian crossing on Radwinter Road.\t"
    "Cllr Hibbs & Deputy Clerk\tNov 2025\tA\tEssex Highways yet to confirm a date.",
    "PLANNING & ENVIRONMENT COMMITTEE – 22 September 2025",
    "PE/25/033\tSubmit the council's response to the Local Plan Regulation 19 consultation using the agreed "
    "comments.\tPlanning Officer\t17/10/2025\tC\tSubmitted 15 Oct.",
    "PE/25/036\tObtain costs for additional dog bins at Jubilee Gardens and Harcamlow Way.\tEstates Manager\t"
    "Dec 2025\tG\t",
    "PE/25/038\tSet up a working group on tree planting on the Common.\tCllr Ahmed, Cllr Porter\tTBC\tA\t"
    "Terms of reference to be agreed.",
    "FINANCE & GENERAL PURPOSES COMMITTEE – 6 October 2025",
    "FGP/25/052\tPrepare the draft 2026/27 budget and precept options for the December meeting.\tRFO\t"
    "Dec 2025\tG\t",
    "FGP/25/055\tRenew the council's insurance with the current provider for one year and seek alternative "
    "quotes for 2027.\tRFO\t01/11/2025\tR\tRenewal documents awaited from the insurer.",
    "FGP/25/058\tReview the Financial Regulations against the latest NALC model and bring them to Full "
    "Council.\tTown Clerk / RFO\tJan 2026\tG\t",
    "",
    "Completed actions are removed from the log once they have been reported to the next meeting.",
]


def build_saffron():
    with open(out(SW_NAME), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(SW_LINES) + "\r\n")


if __name__ == "__main__":
    build_new_forest()
    build_lcr()
    build_thames()
    build_laa()
    build_stb()
    build_oxfam()
    build_saffron()
    print("built 7 files in", HERE)
