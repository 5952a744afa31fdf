"""Build the seven ol2- blind test files (set heldout432).

Run with /work/main/.venv/bin/python ol2_make.py ; writes into the folder of this script.
Data for every file is kept in module-level structures so that the expected readings can be
checked against exactly what was written.
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "00B0F0"
RAGFILL = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Blue": BLUE, "Complete": BLUE,
           "R": RED, "A": AMBER, "G": GREEN}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def D(y, m, d):
    return dt.datetime(y, m, d)


def fill(hex_):
    return PatternFill(fill_type="solid", start_color=hex_, end_color=hex_)


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------------------------
# 1. South West Water – Brixham lessons learned action plan (xlsx)
# ---------------------------------------------------------------------------------------------
SWW_FILE = "ol2-south-west-water-brixham-cryptosporidium-lessons-learned-action-plan.xlsx"
SWW_TITLE = "Brixham Water Quality Incident – Lessons Learned Action Plan"
SWW_THEMES = [
    ("Theme A – Asset integrity and network protection", [
        ("Lesson 1: The air valve chamber at Hillhead was damaged and sat below ground level, "
         "allowing contaminated water from the surrounding field to enter the main.", [
            dict(ref="A1.1",
                 action="Complete a condition survey of all air valve chambers on trunk mains within "
                        "500m of livestock grazing land.",
                 lead="Head of Network Operations", orig=D(2024, 9, 30), rev=D(2024, 12, 20),
                 prev="Amber", cur="Complete",
                 update="Survey complete: 1,214 chambers inspected, 87 classed as high risk.",
                 x_lead=["Head of Network Operations"], x_end="2024-12", x_status="blue"),
            dict(ref="A1.2",
                 action="Raise, seal and fit anti-ingress covers to all chambers classed as high risk "
                        "in the A1.1 survey.",
                 lead="Head of Network Operations", orig=D(2025, 3, 31), rev=D(2025, 9, 30),
                 prev="Amber", cur="Amber",
                 update="31 of 87 chambers complete. Programme re-phased to avoid lambing season "
                        "access restrictions.",
                 x_lead=["Head of Network Operations"], x_end="2025-09", x_status="amber"),
        ]),
        ("Lesson 2: Fencing and access agreements with landowners around operational assets "
         "were not consistently in place.", [
            dict(ref="A2.1",
                 action="Agree stock-proof fencing and access arrangements with landowners at the 43 "
                        "priority sites.",
                 lead="Land & Property Manager", orig=D(2025, 6, 30), rev=None,
                 prev="Green", cur="Green",
                 update="Agreements signed at 29 sites; remaining landowners contacted.",
                 x_lead=["Land & Property Manager"], x_end="2025-06", x_status="green"),
        ]),
    ]),
    ("Theme B – Water quality monitoring and detection", [
        ("Lesson 3: Early reports of illness from customers and GPs were not linked to network "
         "sampling results quickly enough.", [
            dict(ref="B3.1",
                 action="Introduce a daily joint call with UKHSA and Torbay Council public health "
                        "whenever a waterborne illness event is suspected.",
                 lead="Head of Water Quality", orig=D(2024, 11, 30), rev=None, orig_fmt="mmm-yy",
                 prev="Green", cur="Complete",
                 update="Protocol agreed with UKHSA South West and tested in December 2024.",
                 x_lead=["Head of Water Quality"], x_end="2024-11", x_status="blue"),
            dict(ref="B3.2",
                 action="Install continuous turbidity and particle-count monitoring at Hillhead and "
                        "Boohay service reservoirs.",
                 lead="Head of Water Quality; Head of Telemetry", orig=D(2025, 3, 31), rev="Jun-25",
                 prev="Amber", cur="Red",
                 update="Supplier lead time has slipped by 12 weeks. Escalated to Executive on "
                        "21 January 2025.",
                 x_lead=["Head of Water Quality", "Head of Telemetry"], x_end="2025-06",
                 x_status="red"),
        ]),
    ]),
    ("Theme C – Customer communication and support", [
        ("Lesson 4: Initial public messaging that the water was safe to drink damaged "
         "customer trust.", [
            dict(ref="C4.1",
                 action="Revise the incident communications protocol so that no public assurance on "
                        "water safety is issued without sign-off from the Head of Water Quality.",
                 lead="Director of Corporate Affairs", orig=D(2024, 10, 31), rev=None,
                 prev="Green", cur="Complete",
                 update="Revised protocol approved by Executive Committee on 14 October 2024.",
                 x_lead=["Director of Corporate Affairs"], x_end="2024-10", x_status="blue"),
            dict(ref="C4.2",
                 action="Run a live exercise of the revised protocol with Devon and Cornwall Local "
                        "Resilience Forum partners.",
                 lead="Resilience Manager", orig="Feb-25", rev="May-25",
                 prev="Green", cur="Amber",
                 update="LRF exercise calendar full until spring; date to be confirmed.",
                 x_lead=["Resilience Manager"], x_end="2025-05", x_status="amber"),
        ]),
        ("Lesson 5: Customers on the Priority Services Register and those without transport "
         "could not easily reach bottled water stations.", [
            dict(ref="C5.1",
                 action="Cleanse and validate the Priority Services Register for the Torbay and South "
                        "Hams supply zones.",
                 lead="Customer Services Director", orig="Ongoing", rev=None,
                 prev="Green", cur="Green",
                 update="Rolling programme; 6,400 records validated to date.",
                 x_lead=["Customer Services Director"], x_end=None, x_end_text="Ongoing",
                 x_status="green"),
            dict(ref="C5.2",
                 action="Put in place call-off contracts for bottled water supply and home delivery "
                        "covering every town of over 5,000 people.",
                 lead="Head of Resilience & Emergency Planning", orig=D(2025, 3, 31), rev=None,
                 prev="Amber", cur=None, cur_fill=AMBER,
                 update="Two of three framework lots awarded.",
                 x_lead=["Head of Resilience & Emergency Planning"], x_end="2025-03",
                 x_status="amber"),
        ]),
    ]),
]


def build_sww():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = SWW_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "South West Water – Water Services Directorate"
    cov["A3"] = "Incident: boil water notice Brixham, Boohay, Kingswear and North West Paignton, " \
                "15 May – 8 July 2024"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Change"),
            ("0.3", D(2024, 8, 19), "Water Quality Assurance", "Draft for Executive review"),
            ("1.0", D(2024, 9, 2), "Water Quality Assurance", "Approved by Executive Committee"),
            ("1.4", D(2025, 1, 31), "Water Quality Assurance", "January 2025 progress update")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 0:
                c.font = Font(bold=True)
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [("Blue", "Complete", BLUE), ("Green", "On track to deliver by target date", GREEN),
           ("Amber", "At risk – target date may be missed, mitigation in place", AMBER),
           ("Red", "Off track – revised date required, escalated to Executive", RED)]
    for i, (k, v, f) in enumerate(key):
        cov.cell(row=12 + i, column=1, value=k).fill = fill(f)
        cov.cell(row=12 + i, column=2, value=v)
    cov["A17"] = "Summary of action status (January 2025)"
    cov["A17"].font = Font(bold=True)
    counts = {"Complete": 0, "Green": 0, "Amber": 0, "Red": 0}
    for _, lessons in SWW_THEMES:
        for _, acts in lessons:
            for a in acts:
                counts[{"blue": "Complete", "green": "Green", "amber": "Amber",
                        "red": "Red"}[a["x_status"]]] += 1
    r = 18
    for k in ("Complete", "Green", "Amber", "Red"):
        cov.cell(row=r, column=1, value=k)
        cov.cell(row=r, column=2, value=counts[k])
        r += 1
    cov.cell(row=r, column=1, value="Total actions").font = Font(bold=True)
    cov.cell(row=r, column=2, value=sum(counts.values())).font = Font(bold=True)
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 60
    cov.column_dimensions["C"].width = 26
    cov.column_dimensions["D"].width = 34

    ws = wb.create_sheet("Action Plan")
    heads = ["Ref", "Lesson identified", "Action", "Action owner", "Original target date",
             "Revised target date", "Previous RAG", "Current RAG", "Progress update (January 2025)"]
    ws.merge_cells("A1:I1")
    ws["A1"] = SWW_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A2"] = "Progress position at 31 January 2025. Plan owner: Director of Water Services."
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for theme, lessons in SWW_THEMES:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        r += 1
        for lesson, acts in lessons:
            first = r
            for a in acts:
                vals = [a["ref"], None, a["action"], a["lead"], a["orig"], a["rev"], a["prev"],
                        a["cur"], a["update"]]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = a.get("orig_fmt", "dd/mm/yyyy") if j == 4 else "dd/mm/yyyy"
                ws.cell(row=r, column=7).fill = fill(RAGFILL[a["prev"]])
                if a["cur"]:
                    ws.cell(row=r, column=8).fill = fill(RAGFILL[a["cur"]])
                else:
                    ws.cell(row=r, column=8).fill = fill(a["cur_fill"])
                r += 1
            ws.cell(row=first, column=2, value=lesson).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(row=r, column=1, value="Note: actions A1.1, A1.2 and B3.2 also form part of the "
            "Company's undertaking to the Drinking Water Inspectorate and are reported to the DWI "
            "monthly.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (7, 40, 48, 26, 13, 13, 10, 10, 44)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.active = 1
    wb.save(out(SWW_FILE))


# ---------------------------------------------------------------------------------------------
# 2. Greater Manchester Combined Authority – Bee Network programme highlight report (xlsx)
# ---------------------------------------------------------------------------------------------
GM_FILE = "ol2-greater-manchester-ca-bee-network-programme-highlight-report.xlsx"
GM_TITLE = "Bee Network Programme – Highlight Report"
GM_ROWS = [
    ("Bus franchising", [
        dict(ref="1", action="Complete mobilisation of Tranche 3 services from Queens Road, Hyde Road "
                             "and Ashton depots",
             lead="Director of Bus, TfGM", base=D(2025, 1, 5), fc=D(2025, 1, 5), fmt="dd/mm/yyyy",
             rag=BLUE, note="Delivered on 5 January 2025. Lessons learned reported to September "
                            "Committee.",
             x_lead=["Director of Bus, TfGM"], x_end="2025-01", x_status="blue"),
        dict(ref="2", action="Publish post-franchising performance review covering Tranches 1–3",
             lead="Head of Bus Performance", base=D(2025, 12, 1), fc=D(2026, 2, 1),
             rag=AMBER, note="Data validation with operators taking longer than planned.",
             x_lead=["Head of Bus Performance"], x_end="2026-02", x_status="amber"),
    ]),
    ("Metrolink", [
        dict(ref="3", action="Award contract for additional tram vehicles (fleet expansion)",
             lead="Metrolink Director", base=D(2025, 9, 1), fc=D(2025, 11, 1),
             rag=AMBER, note="Final tender clarifications under way; award report to GMCA in November.",
             x_lead=["Metrolink Director"], x_end="2025-11", x_status="amber"),
        dict(ref="4", action="Complete Piccadilly Gardens track renewal and reopen the stop",
             lead="Metrolink Director", base=D(2025, 8, 1), fc=D(2025, 8, 1),
             rag=BLUE, note="Stop reopened 18 August 2025.",
             x_lead=["Metrolink Director"], x_end="2025-08", x_status="blue"),
    ]),
    ("Active travel", [
        dict(ref="5", action="Deliver 50km of new Bee Network walking, wheeling and cycling routes "
                             "in 2025/26",
             lead="Active Travel Programme Manager / Local Authority Highways Leads",
             base=D(2026, 3, 1), fc=D(2026, 3, 1),
             rag=GREEN, note="31km delivered to date; remaining schemes on site.",
             x_lead=["Active Travel Programme Manager", "Local Authority Highways Leads"],
             x_end="2026-03", x_status="green"),
    ]),
    ("Fares and ticketing", [
        dict(ref="6", action="Introduce capped contactless (‘tap and cap’) fares on all Bee Network "
                             "buses",
             lead="Head of Fares & Ticketing", base=D(2026, 3, 1), fc=D(2026, 6, 1),
             rag=RED, note="Back-office supplier unable to meet March date; recovery plan requested.",
             x_lead=["Head of Fares & Ticketing"], x_end="2026-06", x_status="red"),
    ]),
    ("Rail integration", [
        dict(ref="7", action="Submit outline business case to DfT for the first eight rail lines to "
                             "join the Bee Network",
             lead="Head of Rail Integration and Director of Strategy", base=D(2025, 12, 1),
             fc=D(2025, 12, 1),
             rag=GREEN, note="Draft OBC shared with DfT officials for informal review.",
             x_lead=["Head of Rail Integration", "Director of Strategy"], x_end="2025-12",
             x_status="green"),
        dict(ref="8", action="Agree station accessibility priority list with Network Rail and train "
                             "operators",
             lead="Head of Rail Integration", base=D(2026, 1, 1), fc=None,
             rag=None, note="Not yet started; dependent on milestone 7.",
             x_lead=["Head of Rail Integration"], x_end="2026-01", x_status="unrated"),
    ]),
]


def build_gm():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws.merge_cells("A1:H1")
    ws["A1"] = GM_TITLE
    ws["A1"].font = Font(bold=True, size=16, color="000000")
    ws["A1"].fill = fill("FFD500")
    ws.merge_cells("A2:H2")
    ws["A2"] = "Reporting period: October 2025   |   Prepared for: Bee Network Committee, " \
               "27 November 2025"
    block = [("Senior Responsible Owner", "Chief Executive, TfGM"),
             ("Programme Director", "Director of Network Integration, TfGM"),
             ("Overall RAG – last period", "Amber"),
             ("Overall RAG – this period", "Amber")]
    for i, (k, v) in enumerate(block):
        ws.cell(row=4 + i, column=1, value=k).font = Font(bold=True)
        c = ws.cell(row=4 + i, column=2, value=v)
        if v == "Amber":
            c.fill = fill(AMBER)
    ws["A9"] = "Key achievements this period"
    ws["A9"].font = Font(bold=True)
    ws.merge_cells("A10:H10")
    ws["A10"] = "• Tranche 3 bus services completed their first full quarter with 91% punctuality."
    ws.merge_cells("A11:H11")
    ws["A11"] = "• 2,000th Bee Network bus stop upgraded with new flag and timetable case."
    ws.merge_cells("A13:H13")
    ws["A13"] = "Key milestones"
    ws["A13"].font = Font(bold=True, size=12)
    heads = ["No.", "Workstream", "Milestone", "Lead", "Baseline date", "Forecast date", "RAG",
             "Commentary"]
    for j, h in enumerate(heads):
        c = ws.cell(row=14, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.border = BOX
        c.alignment = WRAP
    r = 15
    for ws_name, acts in GM_ROWS:
        first = r
        for a in acts:
            vals = [a["ref"], None, a["action"], a["lead"], a["base"], a["fc"], None, a["note"]]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = a.get("fmt", "mmm-yy")
            if a["rag"]:
                ws.cell(row=r, column=7).fill = fill(a["rag"])
            r += 1
        ws.cell(row=first, column=2, value=ws_name).alignment = WRAP
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(row=r, column=1, value="RAG key: Blue – complete | Green – on track | Amber – at risk, "
            "recoverable | Red – off track, intervention needed | No colour – not yet started")
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(row=r, column=1, value="Decisions required from Committee: none this period.")
    for col, w in zip("ABCDEFGH", (6, 18, 50, 30, 12, 12, 8, 48)):
        ws.column_dimensions[col].width = w

    fin = wb.create_sheet("Finance")
    fin["A1"] = "Bee Network Programme – Financial Summary 2025/26 (£m)"
    fin["A1"].font = Font(bold=True, size=12)
    rows = [("Funding line", "Budget", "Actual to date", "Forecast outturn", "Variance"),
            ("Bus franchising (CRSTS / BSIP)", 134.2, 71.8, 133.0, -1.2),
            ("Metrolink renewals and fleet", 88.5, 39.4, 90.1, 1.6),
            ("Active travel (ATF / CRSTS)", 46.0, 18.7, 44.2, -1.8),
            ("Fares and ticketing", 12.4, 5.1, 13.9, 1.5),
            ("Rail integration development", 6.0, 2.2, 6.0, 0.0),
            ("Total", 287.1, 137.2, 287.2, 0.1)]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = fin.cell(row=3 + i, column=1 + j, value=v)
            c.border = BOX
            if i in (0, len(rows) - 1):
                c.font = Font(bold=True)
            if isinstance(v, float):
                c.number_format = "0.0"
    fin["A11"] = "Figures are as at period 7 and exclude GMCA corporate overheads."
    fin.column_dimensions["A"].width = 34
    for col in "BCDE":
        fin.column_dimensions[col].width = 16
    wb.save(out(GM_FILE))


# ---------------------------------------------------------------------------------------------
# 3. RNLI – internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------------------------
RNLI_FILE = "ol2-rnli-audit-risk-committee-internal-audit-recommendations-tracker.xlsx"
RNLI_TITLE = "RNLI – Internal Audit Recommendations Tracker"
RNLI_OPEN = [
    ("2024/25-07 Crew Training Records (Moderate assurance)", [
        ("Recommendation 1 (Medium): Training completion data held in the central training system "
         "should be reconciled to station-held records on a quarterly basis.", [
            dict(ref="07.1",
                 action="Introduce a quarterly reconciliation report between the central training "
                        "system and station training logs, with exceptions reported to Area "
                        "Lifesaving Managers.",
                 lead="Head of Lifesaving Training", d1=D(2025, 9, 30), d2=D(2026, 3, 31),
                 status="Amber", update="First reconciliation run for Q3; exception reporting "
                                        "format agreed.",
                 x_lead=["Head of Lifesaving Training"], x_end="2026-03", x_status="amber"),
        ]),
        ("Recommendation 2 (Low): Guidance for station Training Coordinators should be updated to "
         "reflect the current recording process.", [
            dict(ref="07.2",
                 action="Update the Training Coordinator handbook and re-issue it to all stations.",
                 lead="Lifesaving Training Manager (Standards)", d1=D(2026, 4, 30), d2=None,
                 status="Green", update="Draft handbook with regional teams for comment.",
                 x_lead=["Lifesaving Training Manager (Standards)"], x_end="2026-04",
                 x_status="green"),
        ]),
    ]),
    ("2025/26-02 Supplier Onboarding and Due Diligence (Limited assurance)", [
        ("Recommendation 1 (High): Due diligence checks should be completed for every new supplier "
         "before the first purchase order is raised.", [
            dict(ref="02.1",
                 action="Configure the purchase-to-pay system to block purchase orders to suppliers "
                        "without a completed due diligence record.",
                 lead="Head of Procurement", d1=D(2026, 1, 31), d2=D(2026, 4, 30),
                 status="Red", update="System change delayed by the finance system upgrade; "
                                      "interim manual check in place.",
                 x_lead=["Head of Procurement"], x_end="2026-04", x_status="red"),
            dict(ref="02.2",
                 action="Carry out a one-off review of suppliers onboarded since April 2024 and "
                        "complete any missing checks.",
                 lead="Head of Procurement; Finance Systems Manager", d1=D(2026, 2, 28), d2=None,
                 status="Amber", update="412 of 530 suppliers reviewed.",
                 x_lead=["Head of Procurement", "Finance Systems Manager"], x_end="2026-02",
                 x_status="amber"),
        ]),
        ("Recommendation 2 (Medium): Declarations of interest should be obtained from all staff "
         "involved in evaluating tenders.", [
            dict(ref="02.3",
                 action="Add a mandatory declaration of interest step to the tender evaluation "
                        "template.",
                 lead="Procurement Manager", d1=D(2026, 3, 31), d2=None,
                 status="Green", update="Template revised; to be issued with the new procurement "
                                        "policy.",
                 x_lead=["Procurement Manager"], x_end="2026-03", x_status="green"),
        ]),
    ]),
    ("2025/26-04 Legacy Income Administration (Substantial assurance)", [
        ("Recommendation 1 (Low): Legacy case records should show the date of each contact with "
         "executors.", [
            dict(ref="04.1",
                 action="Add a mandatory ‘last contact’ date field to legacy case records.",
                 lead="Legacy Administration Manager", d1=D(2026, 6, 30), d2=None,
                 status="Not started", update="",
                 x_lead=["Legacy Administration Manager"], x_end="2026-06",
                 x_status="unrated"),
        ]),
    ]),
]
RNLI_CLOSED = [
    ("2024/25-05 Payroll and Expenses (Moderate assurance)", [
        ("Recommendation 1 (Medium): Expense claims above £500 should be approved by a budget "
         "holder at Head of level or above.", [
            dict(ref="05.1",
                 action="Amend the expenses approval workflow so that claims over £500 are routed to "
                        "a Head of level approver.",
                 lead="Payroll & Benefits Manager", d1=D(2025, 10, 31), d2=D(2025, 10, 14),
                 status="Complete", update="Workflow change live from 14 October 2025; tested by "
                                           "Internal Audit.",
                 x_lead=["Payroll & Benefits Manager"], x_end="2025-10", x_status="blue"),
        ]),
        ("Recommendation 2 (Low): Leavers should be removed from the payroll in the month "
         "they leave.", [
            dict(ref="05.2",
                 action="Introduce a monthly leavers reconciliation between HR and Payroll.",
                 lead="HR Operations Manager / Payroll & Benefits Manager", d1=D(2025, 11, 30),
                 d2=D(2025, 12, 3),
                 status="Complete", update="Reconciliation in place from November payroll.",
                 x_lead=["HR Operations Manager", "Payroll & Benefits Manager"], x_end="2025-11",
                 x_status="blue"),
        ]),
    ]),
    ("2024/25-09 Cyber Security – Remote Access (Moderate assurance)", [
        ("Recommendation 1 (High): Multi-factor authentication should be enforced for all accounts "
         "with remote access, including volunteer accounts.", [
            dict(ref="09.1",
                 action="Enforce multi-factor authentication on all volunteer accounts with remote "
                        "access to RNLI systems.",
                 lead="Chief Information Security Officer", d1=D(2025, 12, 31), d2=D(2025, 12, 19),
                 status="Complete", update="MFA enforced for 100% of volunteer accounts; "
                                           "exceptions report nil.",
                 x_lead=["Chief Information Security Officer"], x_end="2025-12", x_status="blue"),
        ]),
    ]),
]


def _rnli_sheet(ws, sub, heads, groups):
    ws.merge_cells("A1:G1")
    ws["A1"] = RNLI_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = fill("002663")
    ws.merge_cells("A2:G2")
    ws["A2"] = sub
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("FFCC00")
        c.border = BOX
        c.alignment = WRAP
    r = 5
    for audit, recs in groups:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(row=r, column=1, value=audit)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        r += 1
        for rec, acts in recs:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(row=r, column=1, value=rec)
            c.font = Font(italic=True)
            c.alignment = WRAP
            ws.row_dimensions[r].height = 30
            r += 1
            for a in acts:
                vals = [a["ref"], a["action"], a["lead"], a["d1"], a["d2"], a["status"],
                        a["update"] or None]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.border = BOX
                    c.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                if a["status"] in RAGFILL:
                    ws.cell(row=r, column=6).fill = fill(RAGFILL[a["status"]])
                r += 1
    for col, w in zip("ABCDEFG", (8, 52, 30, 13, 13, 12, 44)):
        ws.column_dimensions[col].width = w
    return r


def build_rnli():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Internal Audit Recommendations – Summary"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Audit and Risk Committee, 10 March 2026"
    heads = ("Audit", "Assurance", "High", "Medium", "Low", "Open actions")
    rows = [("2024/25-07 Crew Training Records", "Moderate", 0, 1, 1, 2),
            ("2025/26-02 Supplier Onboarding and Due Diligence", "Limited", 2, 1, 0, 3),
            ("2025/26-04 Legacy Income Administration", "Substantial", 0, 0, 1, 1),
            ("Total", "", 2, 2, 2, 6)]
    for j, h in enumerate(heads):
        c = s.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = s.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    s["A10"] = "Closed since the last Committee: 3 actions (see sheet ‘Closed since last ARC’)."
    s["A11"] = "Open actions with a revised due date: 2"
    s.column_dimensions["A"].width = 50
    s.column_dimensions["B"].width = 14

    o = wb.create_sheet("Open actions")
    r = _rnli_sheet(o, "Audit and Risk Committee, 10 March 2026 – position at 28 February 2026",
                    ["Ref", "Agreed management action", "Owner", "Original due date",
                     "Revised due date", "Status", "Management update"], RNLI_OPEN)
    o.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=7)
    o.cell(row=r + 1, column=1, value="Status key: Green – on track; Amber – revised date agreed or "
           "at risk; Red – overdue or revised date at risk; Not started – due date not yet "
           "reached.")
    c = wb.create_sheet("Closed since last ARC")
    _rnli_sheet(c, "Actions closed since the Committee meeting of 25 November 2025",
                ["Ref", "Agreed management action", "Owner", "Due date", "Date closed", "Status",
                 "Evidence of implementation"], RNLI_CLOSED)
    wb.save(out(RNLI_FILE))


# ---------------------------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False):
    """Write text; '\n' in text makes separate paragraphs in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold, run.italic = bold, italic
    for part in parts[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(part)
        rr.bold, rr.italic = bold, italic


def merged_row(table, text, bold=False, italic=False, hex_=None):
    row = table.add_row()
    c = row.cells[0].merge(row.cells[-1])
    set_cell(c, text, bold=bold, italic=italic)
    if hex_:
        shade(c, hex_)
    return row


# ---------------------------------------------------------------------------------------------
# 4. Northumberland National Park Authority – Storm Arwen lessons learned (docx)
# ---------------------------------------------------------------------------------------------
NNPA_FILE = "ol2-northumberland-npa-storm-arwen-lessons-learned-action-plan.docx"
NNPA_TITLE = "Storm Arwen Lessons Learned Action Plan"
NNPA_SECTIONS = [
    ("1. Preparedness and warning", [
        ("Lesson 1.1 – The Authority had no agreed trigger for closing car parks, trails and "
         "visitor facilities when a red weather warning is issued.", [
            dict(ref="1.1a",
                 action="Agree and publish a severe weather closure protocol for Authority-managed "
                        "sites, linked to Met Office warning levels.",
                 lead="Head of Park Management", date="October 2022", rag="G",
                 update="Protocol approved by SLT 6 September 2022 and published on the website.",
                 x_lead=["Head of Park Management"], x_end="2022-10", x_status="blue"),
            dict(ref="1.1b",
                 action="Brief all rangers and volunteer rangers on the protocol before the start of "
                        "the winter season.",
                 lead="Ranger Team Manager", date="November 2022", rag="A",
                 update="Briefings booked for October volunteer days.",
                 x_lead=["Ranger Team Manager"], x_end="2022-11", x_status="amber"),
        ]),
        ("Lesson 1.2 – Staff contact details and out-of-hours call-out arrangements were out "
         "of date.", [
            dict(ref="1.2a",
                 action="Introduce a six-monthly check of the staff emergency contact and call-out "
                        "list.",
                 lead="HR Manager", date="Ongoing", rag="A",
                 update="First check completed in May 2022; next due November.",
                 x_lead=["HR Manager"], x_end=None, x_end_text="Ongoing", x_status="amber"),
        ]),
    ]),
    ("2. Response and communications", [
        ("Lesson 2.1 – Loss of power and mobile signal left The Sill and remote rangers out of "
         "contact for up to four days.", [
            dict(ref="2.1a",
                 action="Purchase satellite messaging devices for lone-working rangers in Upper "
                        "Coquetdale and the North Tyne.",
                 lead="AM / DH", date="31/12/2022", rag="G",
                 update="Eight devices issued and lone working procedure updated.",
                 x_lead=["AM", "DH"], x_end="2022-12", x_status="blue"),
            dict(ref="2.1b",
                 action="Agree a joint communications plan with Northumberland County Council and "
                        "the Northumbria LRF for prolonged power and telecoms outages.\n"
                        "Include pre-agreed public messages for remote communities.",
                 lead="Chief Executive and Head of Communications",
                 date="Sept 2022 – March 2023", rag="A",
                 update="Initial meeting held with NCC Civil Contingencies Team on 15 August.",
                 x_lead=["Chief Executive", "Head of Communications"], x_end="2023-03",
                 x_end_text="Sept 2022 – March 2023", x_status="amber"),
        ]),
        ("Lesson 2.2 – Public information about closed routes was inconsistent between the "
         "Authority website and social media.", [
            dict(ref="2.2a",
                 action="Create a single ‘Storm damage and closures’ web page, updated daily during "
                        "an incident.",
                 lead="Head of Communications", date="Oct-22", rag="R",
                 update="Not started – website contract renewal pending.",
                 x_lead=["Head of Communications"], x_end="2022-10", x_status="red"),
        ]),
    ]),
    ("3. Recovery", [
        ("Lesson 3.1 – Fallen trees blocked more than 70km of public rights of way and the damage "
         "assessment took several months.", [
            dict(ref="3.1a",
                 action="Complete a survey of all public rights of way in the Park and agree a "
                        "clearance priority list with landowners and Forestry England.",
                 lead="Access and Rights of Way Officer", date="31 March 2023", rag="A",
                 update="Survey 60% complete; priority routes cleared on the Pennine Way and St "
                        "Cuthbert’s Way.",
                 x_lead=["Access and Rights of Way Officer"], x_end="2023-03", x_status="amber"),
            dict(ref="3.1b",
                 action="Apply to the Farming in Protected Landscapes programme for grants to restore "
                        "and replant storm-damaged woodland.",
                 lead="Farming and Land Manager", date="TBC", rag="",
                 update="Awaiting Defra guidance on the 2023/24 funding round.",
                 x_lead=["Farming and Land Manager"], x_end=None, x_end_text="TBC",
                 x_status="unrated"),
        ]),
    ]),
]


def build_nnpa():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    hdr = d.sections[0].header.paragraphs[0]
    hdr.text = "Northumberland National Park Authority"
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_heading(NNPA_TITLE, level=0)
    d.add_paragraph("Progress update for the Authority meeting, 28 September 2022")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Head of Park Management"), ("Version", "2.1"),
                 ("Approved", "Senior Leadership Team, 12 April 2022"),
                 ("Next review", "December 2022")]:
        row = t.add_row()
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)
    d.add_paragraph("")
    d.add_paragraph(
        "Storm Arwen (26–27 November 2021) brought down an estimated 1,500 hectares of "
        "woodland in and around the National Park, closed much of the rights of way network and "
        "cut power and telephone lines to staff bases and communities for several days. This plan "
        "sets out the lessons identified at the internal debrief held on 18 January 2022 and the "
        "actions agreed by the Senior Leadership Team.")
    d.add_paragraph("RAG status key").runs[0].bold = True
    k = d.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for code, meaning, f in [("G", "Action completed", GREEN), ("A", "Action in progress", AMBER),
                             ("R", "Action not started or behind schedule", RED)]:
        row = k.add_row()
        set_cell(row.cells[0], code, bold=True)
        shade(row.cells[0], f)
        set_cell(row.cells[1], meaning)
    heads = ["Ref", "Action", "Lead", "Target date", "Progress update", "RAG"]
    for sec, lessons in NNPA_SECTIONS:
        d.add_heading(sec, level=2)
        t = d.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for j, h in enumerate(heads):
            set_cell(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "C6E0B4")
        for lesson, acts in lessons:
            merged_row(t, lesson, bold=True, hex_="EDEDED")
            for a in acts:
                row = t.add_row()
                vals = [a["ref"], a["action"], a["lead"], a["date"], a["update"], a["rag"]]
                for j, v in enumerate(vals):
                    set_cell(row.cells[j], v)
                if a["rag"]:
                    shade(row.cells[5], RAGFILL[a["rag"]])
    d.add_paragraph("")
    d.add_paragraph("Actions marked G will be removed from the plan at the next update.")
    s = d.add_table(rows=2, cols=2)
    s.style = "Table Grid"
    set_cell(s.cell(0, 0), "Prepared by", bold=True)
    set_cell(s.cell(0, 1), "Head of Park Management")
    set_cell(s.cell(1, 0), "Date", bold=True)
    set_cell(s.cell(1, 1), "16 September 2022")
    d.save(out(NNPA_FILE))


# ---------------------------------------------------------------------------------------------
# 5. Pilgrims Hospices in East Kent – CQC inspection action plan (docx)
# ---------------------------------------------------------------------------------------------
PH_FILE = "ol2-pilgrims-hospices-cqc-inspection-action-plan.docx"
PH_TITLE = "Pilgrims Hospices in East Kent – CQC Inspection Action Plan"
PH_MUST = "MUST DO ACTIONS – breaches of regulation"
PH_SHOULD = "SHOULD DO ACTIONS"
PH_ROWS = [
    (PH_MUST, [
        ("MD1: The service must ensure that falls risk assessments are completed and reviewed for "
         "every inpatient. (Regulation 12 Safe care and treatment)", [
            dict(ref="1.1",
                 action="Re-audit falls risk assessments on both inpatient units weekly until "
                        "compliance reaches 95% for three consecutive weeks.",
                 lead="Ward Manager (Canterbury IPU)", date="31/08/2024", fill=BLUE,
                 ev="Weekly audits: 96%, 97%, 98% (weeks ending 2, 9 and 16 August).",
                 x_lead=["Ward Manager (Canterbury IPU)"], x_end="2024-08", x_status="blue"),
            dict(ref="1.2",
                 action="Deliver falls prevention training to all registered nurses and healthcare "
                        "assistants.",
                 lead="Head of Education / Practice Development Nurse", date="30 November 2024",
                 fill=GREEN, ev="78% trained; remaining sessions booked.",
                 x_lead=["Head of Education", "Practice Development Nurse"], x_end="2024-11",
                 x_status="green"),
        ]),
        ("MD2: The service must ensure that controlled drugs are stored, checked and recorded in "
         "line with national guidance. (Regulation 12(2)(g))", [
            dict(ref="2.1",
                 action="Replace the controlled drugs register at Thanet IPU with a bound register "
                        "and introduce twice-daily stock checks.",
                 lead="Lead Pharmacist", date="31/07/2024", fill=BLUE,
                 ev="New register in use from 8 July 2024; checks signed on every shift.",
                 x_lead=["Lead Pharmacist"], x_end="2024-07", x_status="blue"),
            dict(ref="2.2",
                 action="Commission an external medicines management audit across all three "
                        "hospice sites.",
                 lead="Director of Patient Care & Quality", date="31/12/2024", fill=AMBER,
                 ev="Auditor appointed; fieldwork delayed to November.",
                 x_lead=["Director of Patient Care & Quality"], x_end="2024-12",
                 x_status="amber"),
        ]),
        ("MD3: The provider must ensure that governance processes identify and act on risks in a "
         "timely way. (Regulation 17 Good governance)", [
            dict(ref="3.1",
                 action="Review the clinical risk register at every Clinical Governance Committee "
                        "and escalate red-rated risks to the Board of Trustees.",
                 lead="Sarah Okafor and Tom Reid", date="Monthly", fill=GREEN,
                 ev="Standing agenda item from July 2024.",
                 x_lead=["Sarah Okafor", "Tom Reid"], x_end=None, x_end_text="Monthly",
                 x_status="green"),
        ]),
    ]),
    (PH_SHOULD, [
        ("SD1: The service should ensure that all clinical staff complete Mental Capacity Act "
         "training.", [
            dict(ref="4.1",
                 action="Add Mental Capacity Act training to the mandatory training matrix and "
                        "report compliance monthly to the Quality & Safety Committee.",
                 lead="Head of Education", date="30/11/2024", fill=RED,
                 ev="Training provider contract lapsed; new provider being sourced.",
                 x_lead=["Head of Education"], x_end="2024-11", x_status="red"),
        ]),
        ("SD2: The service should consider how it gathers feedback from people using its Hospice "
         "at Home service.", [
            dict(ref="5.1",
                 action="Introduce a short feedback card for Hospice at Home patients and their "
                        "families.",
                 lead="Patient Experience Lead", date="December 2024", fill=None, ev="",
                 x_lead=["Patient Experience Lead"], x_end="2024-12", x_status="unrated"),
        ]),
    ]),
]


def build_ph():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = "Pilgrims Hospices in East Kent – Registered charity"
    d.add_heading(PH_TITLE, level=1)
    d.add_paragraph("Inspection dates: 14 and 15 May 2024    Report published: 26 July 2024    "
                    "Overall rating: Requires improvement")
    d.add_paragraph("This plan responds to the ‘must do’ and ‘should do’ actions in the CQC "
                    "report. Progress is reviewed monthly by the Quality & Safety Committee and "
                    "reported to the Board of Trustees.")
    d.add_paragraph("Key").runs[0].bold = True
    k = d.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for f, meaning in [(BLUE, "Complete"), (GREEN, "On track"), (AMBER, "At risk of delay"),
                       (RED, "Off track / overdue"), (None, "Not yet started")]:
        row = k.add_row()
        if f:
            shade(row.cells[0], f)
        set_cell(row.cells[1], meaning)
    d.add_paragraph("")
    heads = ["Ref", "Action to be taken", "Lead", "By when", "Evidence / progress", "RAG"]
    t = d.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for j, h in enumerate(heads):
        set_cell(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "8EAADB")
    for section, findings in PH_ROWS:
        merged_row(t, section, bold=True, hex_="D9D9D9")
        for finding, acts in findings:
            merged_row(t, finding, italic=True)
            for a in acts:
                row = t.add_row()
                for j, v in enumerate([a["ref"], a["action"], a["lead"], a["date"], a["ev"], ""]):
                    set_cell(row.cells[j], v)
                if a["fill"]:
                    shade(row.cells[5], a["fill"])
    d.add_paragraph("")
    d.add_paragraph("Plan agreed: Chief Executive, 23 August 2024        Progress updated: 31 October 2024")
    d.save(out(PH_FILE))


# ---------------------------------------------------------------------------------------------
# 6. Wivenhoe Town Council – risk register and risk management action plan (csv)
# ---------------------------------------------------------------------------------------------
WTC_FILE = "ol2-wivenhoe-town-council-risk-register-2025-26.csv"
WTC_TITLE = "Wivenhoe Town Council – Risk Register and Risk Management Action Plan 2025/26"
WTC_HEAD = ["Risk ref", "Risk identified", "L", "I", "Score", "Existing controls", "Action ref",
            "Further action required", "Responsibility", "Target date", "Status"]
# rows: ("cat", name) | ("risk", ref, text, L, I, controls, [actions]) ; actions dicts
WTC_ROWS = [
    ("cat", "FINANCE"),
    ("risk", "F1", "Precept insufficient to meet the Council's commitments and services", 2, 4,
     "Annual budget set by Full Council; quarterly budget monitoring to F&GP Committee", [
         dict(ref="F1a",
              action="Prepare a three-year medium term financial plan to inform the 2026/27 "
                     "precept.",
              lead="Town Clerk / RFO", date="Jan-26", status="G",
              x_lead=["Town Clerk", "RFO"], x_end="2026-01", x_status="green"),
     ]),
    ("risk", "F2", "Loss of funds through fraud, error or bank failure", 2, 5,
     "Dual authorisation of payments; monthly bank reconciliation signed by a councillor", [
         dict(ref="F2a",
              action="Move all payments to online banking with dual authorisation and remove "
                     "cheque books.",
              lead="RFO", date="30/09/2025", status="Complete",
              x_lead=["RFO"], x_end="2025-09", x_status="blue"),
         dict(ref="F2b",
              action="Adopt revised Financial Regulations based on the 2024 NALC model.",
              lead="Town Clerk; RFO", date="May-25", status="Complete",
              x_lead=["Town Clerk", "RFO"], x_end="2025-05", x_status="blue"),
     ]),
    ("risk", "F3", "Failure to comply with the Accounts and Audit Regulations and AGAR deadlines",
     1, 4, "Independent internal auditor appointed; year-end timetable agreed each January", [
         dict(ref="", action="No further action – existing controls adequate", lead="", date="",
              status="", not_action=True),
     ]),
    ("cat", "ASSETS AND PREMISES"),
    ("risk", "A1", "Injury to users from defective play equipment", 3, 4,
     "Weekly visual inspection by the Handyperson; annual independent RoSPA inspection", [
         dict(ref="A1a",
              action="Replace the timber multi-play unit at the recreation ground identified as "
                     "high risk in the 2025 RoSPA report.",
              lead="Town Clerk", date="31/03/2026", status="A",
              x_lead=["Town Clerk"], x_end="2026-03", x_status="amber"),
     ]),
    ("risk", "A2", "Damage to, or loss of use of, Council premises (fire, flood, vandalism)", 2, 4,
     "Buildings insurance; annual fire risk assessment", [
         dict(ref="A2a",
              action="Commission a condition survey of all Council premises and add the findings to "
                     "the asset register.",
              lead="Deputy Clerk", date="Dec-25", status="R",
              x_lead=["Deputy Clerk"], x_end="2025-12", x_status="red"),
     ]),
    ("cat", "GOVERNANCE AND STAFFING"),
    ("risk", "G1", "Loss of the Town Clerk or other key staff at short notice", 3, 4,
     "Up-to-date job descriptions; SLCC membership and advice line", [
         dict(ref="G1a",
              action="Write a procedures manual covering the key Clerk and RFO tasks.",
              lead="Town Clerk", date="Mar-26", status="",
              x_lead=["Town Clerk"], x_end="2026-03", x_status="unrated"),
         dict(ref="G1b",
              action="Agree a reciprocal cover arrangement with a neighbouring council for the "
                     "Clerk role.",
              lead="Chair of Staffing Committee", date="Jun-26", status="",
              x_lead=["Chair of Staffing Committee"], x_end="2026-06", x_status="unrated"),
     ]),
    ("risk", "G2", "Breach of UK GDPR or Freedom of Information requirements", 2, 3,
     "Data protection policy; councillors use council email accounts", [
         dict(ref="G2a",
              action="Refresh data protection training for councillors and staff.",
              lead="Town Clerk & Cllr Hayes", date="Annually", status="G",
              x_lead=["Town Clerk", "Cllr Hayes"], x_end=None, x_end_text="Annually",
              x_status="green"),
     ]),
]


def _csv_field(v):
    s = "" if v is None else str(v)
    if any(ch in s for ch in ',"\n'):
        s = '"' + s.replace('"', '""') + '"'
    return s


def build_wtc():
    n = len(WTC_HEAD)
    lines = []

    def line(vals):
        vals = list(vals) + [""] * (n - len(vals))
        lines.append(",".join(_csv_field(v) for v in vals))

    line([WTC_TITLE])
    line(["Reviewed by the Finance & General Purposes Committee on 10 June 2025 and adopted by "
          "Full Council on 24 June 2025 (minute 25/112)"])
    line(["Action status updated for the Finance & General Purposes Committee, 9 December 2025"])
    line(["Scoring: Likelihood (L) 1–5 x Impact (I) 1–5. Score 1–6 Low; 8–12 Medium; 15–25 High"])
    line([])
    line(WTC_HEAD)
    for row in WTC_ROWS:
        if row[0] == "cat":
            line([row[1]])
            continue
        _, ref, risk, L, I, controls, acts = row
        for i, a in enumerate(acts):
            if i == 0:
                line([ref, risk, L, I, L * I, controls, a["ref"], a["action"], a["lead"],
                      a["date"], a["status"]])
            else:
                line(["", "", "", "", "", "", a["ref"], a["action"], a["lead"], a["date"],
                      a["status"]])
    line([])
    line(["Status key: G = on track; A = some slippage; R = significantly behind; Complete = action "
          "completed; blank = not yet started"])
    line(["Next full review of this register: May 2026"])
    with open(out(WTC_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------------------------
# 7. British Council – Board of Trustees action log, tab-separated export (txt) – REFUSE case
# ---------------------------------------------------------------------------------------------
BC_FILE = "ol2-british-council-board-of-trustees-action-log-typo-month-refuse.txt"
BC_TITLE = "British Council Board of Trustees – Action Log"
BC_HEAD = ["Action no.", "Meeting", "Minute", "Action", "Owner", "Due", "Status", "Update"]
BC_ROWS = [
    ["BT/24/21", "10 Sep 2024", "5", "Circulate the revised Trustee skills matrix and invite "
     "Trustees to update their self-assessment.", "Secretary to the Board", "Oct-2024", "Complete",
     "Circulated 2 October; 11 of 12 returns received."],
    ["BT/24/24", "10 Sep 2024", "7", "Provide a breakdown of English and exams income by region "
     "for the Finance Committee.", "Chief Financial Officer", "Nov-2024", "Complete",
     "Presented to Finance Committee on 12 November 2024."],
    ["BT/24/31", "26 Nov 2024", "4", "Bring a revised Strategic Risk Register to the Board, "
     "reflecting the outcome of the spending review.", "Director of Risk and Assurance",
     "Mar-2025", "On track", "On the agenda for this meeting (item 8)."],
    ["BT/24/33", "26 Nov 2024", "6", "Report on progress with the overseas estates rationalisation "
     "programme, including the timetable for disposals.", "Chief Operating Officer", "0ct-2025",
     "On track", "Programme board established; first report scheduled for the autumn."],
    ["BT/25/02", "4 Feb 2025", "3", "Arrange a Board visit to the Nairobi hub during 2025.",
     "Secretary to the Board", "Jul-2025", "On track", "Dates being agreed with the Regional "
     "Director."],
    ["BT/25/05", "4 Feb 2025", "5", "Share the draft Annual Report and Accounts timetable with the "
     "Audit and Risk Committee Chair.", "Chief Financial Officer", "Apr-2025", "Not started", ""],
    ["BT/25/07", "4 Feb 2025", "9", "Circulate the FCDO framework document once agreed.",
     "Chief Executive", "Jun-2025", "Amber", "FCDO review of the framework document ongoing."],
]
BC_TYPO_REF = "BT/24/33"


def bc_lines():
    lines = [BC_TITLE,
             "Open actions and actions closed since the last meeting – as at 11 March 2025",
             "Paper BT(25)2/2 – for noting",
             "",
             "\t".join(BC_HEAD)]
    for r in BC_ROWS:
        lines.append("\t".join(r))
    lines += ["", "Closed actions will be removed from the log after they have been reported "
                  "once.", "Status: Complete / On track / Amber (some delay) / Red (overdue) / "
                          "Not started"]
    return lines


def build_bc():
    with open(out(BC_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(bc_lines()) + "\r\n")


def bc_refuse_line():
    for i, l in enumerate(bc_lines(), start=1):
        if l.startswith(BC_TYPO_REF + "\t"):
            return i
    raise ValueError


def main():
    build_sww()
    build_gm()
    build_rnli()
    build_nnpa()
    build_ph()
    build_wtc()
    build_bc()
    print("built 7 files in", HERE)


if __name__ == "__main__":
    main()
