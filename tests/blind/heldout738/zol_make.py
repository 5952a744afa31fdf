#!/usr/bin/env python3
"""Build the seven zol- blind test files (set heldout738).

Run with /work/main/.venv/bin/python zol_make.py  (writes next to this script).
Data for every file lives in the module-level structures below so the expected
readings can be checked against exactly the same text.
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
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

GREEN = "92D050"
AMBER = "FFC000"
RED = "FF0000"
BLUE = "00B0F0"
GREY = "D9D9D9"
DARK = "1F3864"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)


def fill(hex_):
    return PatternFill(start_color=hex_, end_color=hex_, fill_type="solid")


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. National Library of Scotland - internal audit recommendations tracker
# ---------------------------------------------------------------------------
NLS_FILE = "zol-national-library-of-scotland-internal-audit-recommendations-tracker.xlsx"
NLS_TITLE = "National Library of Scotland – Internal Audit Recommendations Tracker"

# each audit: band text, then recommendations; each rec: grade, rec text, actions
# action: ref, text, officer, original, revised, pct, update, prev, current
NLS_AUDITS = [
    ("Cyber Security Resilience (IA 2024/25-03) – Limited assurance – reported to ARC June 2025", [
        ("Grade 1",
         "The Library should update its cyber incident response plan to reflect current service arrangements and test it with the Senior Leadership Team at least annually.",
         [
             ("CYB-01a",
              "Update the Cyber Incident Response Plan to reflect the managed Security Operations Centre arrangements and obtain SLT approval.",
              "Information Security Manager", D(2025, 9, 30), D(2025, 12, 31), 0.6,
              "Draft plan reviewed by the SOC provider in October.\nSLT approval scheduled for 9 December 2025.",
              "Green", "Amber"),
             ("CYB-01b",
              "Run a tabletop exercise with SLT using an NCSC Exercise in a Box scenario and report lessons learned to ARC.",
              "Chief Digital Officer", D(2025, 10, 31), D(2026, 3, 31), 0.1,
              "Dependent on CYB-01a. Exercise date not yet fixed.",
              "Amber", "Red"),
         ]),
        ("Grade 2",
         "Privileged access rights should be reviewed quarterly, with evidence of review retained.",
         [
             ("CYB-02",
              "Introduce a quarterly privileged access review, signed off by the Head of Digital Infrastructure, with evidence retained on the ISMS SharePoint site.",
              "Head of Digital Infrastructure", D(2025, 6, 30), "N/A", 1.0,
              "Q1 and Q2 reviews completed and evidenced. Internal Audit confirmed closure 22 October 2025.",
              "Green", "Implemented"),
         ]),
    ]),
    ("Collections Care and Storage – Causewayside (IA 2024/25-05) – Reasonable assurance – reported to ARC September 2025", [
        ("Grade 2",
         "Environmental monitoring data for the Causewayside collection stores should be reviewed monthly and exceptions escalated to the Collections Care Group.",
         [
             ("COL-01",
              "Establish a monthly environmental monitoring review between Estates and Conservation, with an exceptions log reported to each Collections Care Group meeting.",
              "Head of Collections Care / Estates Manager", D(2025, 8, 31), None, 1.0,
              "Monthly reviews running since August; exceptions log tabled at CCG on 16 October 2025.",
              "Amber", "Implemented"),
         ]),
        ("Grade 3",
         "The integrated pest management contract should be re-tendered before it expires in May 2026.",
         [
             ("COL-02",
              "Re-tender the integrated pest management contract through the Scottish Government collaborative framework.",
              "Procurement Manager", D(2026, 3, 31), None, 0.4,
              "Specification agreed with Conservation. Mini-competition to be issued in January 2026.",
              "Green", "Green"),
         ]),
    ]),
    ("Payroll and Expenses (IA 2025/26-01) – Substantial assurance – reported to ARC September 2025", [
        ("Grade 3",
         "Expense claims above £250 should require documented budget holder approval before payment.",
         [
             ("PAY-01",
              "Configure the iTrent expenses module so that claims above £250 are routed to the budget holder for approval.",
              "Head of Finance", D(2026, 1, 31), None, 0.25,
              "Change request raised with the system supplier.",
              None, "Green"),
         ]),
        ("Grade 2",
         "Overtime claims should be checked against approved rotas before being processed for payment.",
         [
             ("PAY-02",
              "Issue guidance to line managers and introduce a monthly sample check of overtime claims against rotas.",
              "Payroll Officer; HR Business Partner", D(2025, 12, 31), None, 0.5,
              "Guidance issued 3 November 2025. First sample check due December payroll.",
              None, "Green"),
         ]),
    ]),
    ("Business Continuity Planning (IA 2023/24-06) – Limited assurance – reported to ARC March 2024", [
        ("Grade 1",
         "Business impact analyses should be completed for all critical services and the business continuity plan tested annually.",
         [
             ("BCP-03a",
              "Complete business impact analyses for all 14 critical services.\nUpdate service-level continuity plans to reflect the BIA outcomes.",
              "Business Continuity Co-ordinator", D(2024, 3, 31), D(2026, 1, 31), 0.8,
              "11 of 14 BIAs complete. Reading Rooms, Digital Preservation and Moving Image Archive scheduled for December.",
              "Amber", "Amber"),
             ("BCP-03b",
              "Carry out a Library-wide business continuity exercise and report the results to ARC.",
              "Director of Business Support", D(2024, 9, 30), D(2026, 5, 31), 0.0,
              "Second revision of target date. Exercise cannot take place until BCP-03a is complete.",
              "Red", "Red"),
         ]),
    ]),
]

RAG_FILL = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Implemented": BLUE}


def build_nls():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    lines = [
        (NLS_TITLE, True),
        ("", False),
        ("Audit and Risk Committee – 3 December 2025", False),
        ("Paper ARC/25/41, Appendix 1", False),
        ("Position at 14 November 2025", False),
        ("Prepared by: Head of Governance and Risk", False),
        ("", False),
        ("Recommendation grading (Internal Audit)", True),
        ("Grade 1 – Significant weakness in control; urgent management action required", False),
        ("Grade 2 – Weakness in control; action required within six months", False),
        ("Grade 3 – Opportunity to improve efficiency or good practice", False),
        ("", False),
        ("RAG status", True),
    ]
    for i, (t, b) in enumerate(lines, start=1):
        c = cover.cell(row=i, column=1, value=t if t else None)
        if b:
            c.font = Font(bold=True, size=14 if i == 1 else 11)
    key = [("Green", "On track to meet target date"),
           ("Amber", "At risk – some slippage, revised date agreed"),
           ("Red", "Target date missed or action not progressing"),
           ("Implemented", "Action implemented – awaiting or confirmed by Internal Audit")]
    r = len(lines) + 1
    for word, meaning in key:
        a = cover.cell(row=r, column=1, value=word)
        a.fill = fill(RAG_FILL[word])
        cover.cell(row=r, column=2, value=meaning)
        r += 1
    cover.column_dimensions["A"].width = 30
    cover.column_dimensions["B"].width = 70

    # Summary sheet
    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of open and implemented actions by audit"
    summ["A1"].font = Font(bold=True, size=12)
    hdr = ["Audit", "Assurance", "Grade 1", "Grade 2", "Grade 3", "Actions", "Implemented", "Open", "Overdue"]
    for j, h in enumerate(hdr, start=1):
        c = summ.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(DARK)
        c.border = BOX
    rows = [
        ("Cyber Security Resilience", "Limited", 2, 1, 0, 3, 1, 2, 2),
        ("Collections Care and Storage", "Reasonable", 0, 1, 1, 2, 1, 1, 0),
        ("Payroll and Expenses", "Substantial", 0, 1, 1, 2, 0, 2, 0),
        ("Business Continuity Planning", "Limited", 2, 0, 0, 2, 0, 2, 2),
    ]
    for i, row in enumerate(rows, start=4):
        for j, v in enumerate(row, start=1):
            c = summ.cell(row=i, column=j, value=v)
            c.border = BOX
    tot = ["Total", ""] + [sum(r[k] for r in rows) for k in range(2, 9)]
    for j, v in enumerate(tot, start=1):
        c = summ.cell(row=4 + len(rows), column=j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    summ.column_dimensions["A"].width = 34
    summ.column_dimensions["B"].width = 14

    # Tracker sheet
    ws = wb.create_sheet("Tracker")
    ws["A1"] = NLS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 14 November 2025 | Audit and Risk Committee 3 December 2025 | Paper ARC/25/41 Appendix 1"
    ws["A2"].font = Font(italic=True)
    headers = ["Ref", "Grade", "Recommendation", "Agreed management action", "Responsible officer",
               "Original target date", "Revised target date", "% complete", "Progress update (November 2025)",
               "Previous RAG (Sept 2025)", "Current RAG"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(DARK)
        c.alignment = CENTRE
        c.border = BOX
    r = 5
    ncol = len(headers)
    for band, recs in NLS_AUDITS:
        ws.cell(row=r, column=1, value=band).font = Font(bold=True)
        for j in range(1, ncol + 1):
            ws.cell(row=r, column=j).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for grade, rec, actions in recs:
            first = r
            for (ref, text, officer, orig, rev, pct, upd, prev, cur) in actions:
                vals = [ref, grade if r == first else None, rec if r == first else None, text, officer,
                        orig, rev, pct, upd, prev, cur]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                ws.cell(row=r, column=6).number_format = "dd/mm/yyyy"
                if isinstance(rev, dt.datetime):
                    ws.cell(row=r, column=7).number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=8).number_format = "0%"
                if prev:
                    ws.cell(row=r, column=10).fill = fill(RAG_FILL[prev])
                ws.cell(row=r, column=11).fill = fill(RAG_FILL[cur])
                r += 1
            if r - first > 1:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(row=r, column=1, value="Notes: Actions marked Implemented are removed from the tracker once Internal Audit has confirmed closure. "
            "New actions from the Payroll and Expenses audit have no previous RAG.").font = Font(italic=True)
    widths = [10, 9, 40, 50, 26, 13, 13, 10, 48, 13, 13]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(out(NLS_FILE))


# ---------------------------------------------------------------------------
# 2. Consumer Scotland - strategic risk register
# ---------------------------------------------------------------------------
CS_FILE = "zol-consumer-scotland-strategic-risk-register-2025-26.xlsx"
CS_TITLE = "Consumer Scotland – Strategic Risk Register 2025-26"

# risk: title, description, owner, inherent(L,I), current(L,I), trend, target(L,I), controls, actions
# action: ref, text, owner, date value, number format or None, rag fill key (None = not started)
CS_RISKS = [
    ("SR1: Budget and financial sustainability",
     "Risk that the funding settlement and levy arrangements for 2026-27 do not allow Consumer Scotland to deliver its statutory functions and Work Programme, leading to reduced output and reputational damage.",
     "Chief Executive", (4, 4), (3, 4), "↔", (2, 4),
     "Monthly budget monitoring by Leadership Team; quarterly finance reports to the Board; regular engagement with the Scottish Government sponsor team and levy partners.",
     [
         ("1.1", "Prepare the 2026-27 budget bid with scenario planning (flat cash, 3% uplift, 5% reduction) for Board approval.",
          "Director of Corporate Services", D(2025, 12, 1), "mmm-yy", "green"),
         ("1.2", "Agree a memorandum of understanding on levy recovery with DESNZ, Ofgem and Ofwat.",
          "Chief Executive", D(2026, 3, 31), "dd/mm/yyyy", "amber"),
         ("1.3", "Refresh the medium-term financial plan following the Scottish Spending Review.",
          "Head of Finance", "Q1 2026/27", None, None),
     ]),
    ("SR2: Workforce capacity and capability",
     "Risk that we cannot recruit and retain staff with the specialist skills needed across energy, water and postal advocacy, leading to gaps in delivery.",
     "Director of Corporate Services", (4, 3), (3, 3), "↓", (2, 3),
     "Workforce Plan 2025-28; Scottish Government pay framework; wellbeing and hybrid working policies.",
     [
         ("2.1", "Complete the 2025-26 recruitment tranche for the water and postal advocacy teams under the Workforce Plan 2025-28.",
          "Head of People", D(2026, 3, 1), "mmm-yy", "amber"),
         ("2.2", "Implement the learning and development framework, including economics and data analysis skills.",
          "Head of People / Chief Economist", D(2026, 6, 1), "mmm-yy", "green"),
     ]),
    ("SR3: Impact and influence",
     "Risk that our advocacy and research do not lead to measurable improvements for consumers, undermining stakeholder confidence in Consumer Scotland.",
     "Director of Policy and Advocacy", (3, 4), (2, 4), "↓", (2, 3),
     "Work Programme prioritisation framework; Board oversight of major projects; Impact Framework.",
     [
         ("3.1", "Publish the Impact Framework and first annual impact report.",
          "Director of Policy and Advocacy", D(2025, 10, 1), "mmm-yy", "blue"),
         ("3.2", "Run the annual stakeholder perception survey and report findings to the Board.",
          "Head of Communications", "Ongoing", None, "green"),
     ]),
    ("SR4: Information security and data protection",
     "Risk of a cyber incident or data breach resulting in loss of data, disruption to services or regulatory action by the ICO.",
     "Director of Corporate Services (SIRO)", (4, 5), (3, 4), "↑", (2, 4),
     "Shared IT service with the Scottish Government; mandatory training; information asset register; DPO oversight.",
     [
         ("4.1", "Achieve Cyber Essentials Plus recertification.",
          "Head of Digital and Data", D(2026, 2, 28), "dd/mm/yyyy", "green"),
         ("4.2", "Deliver mandatory data protection refresher training to all staff (target 95% completion).",
          "Data Protection Officer", D(2026, 1, 31), "dd/mm/yyyy", "red"),
         ("4.3", "Test the cyber incident response plan jointly with the Scottish Government shared IT service.",
          "Head of Digital and Data", D(2026, 3, 1), "mmm-yy", "amber"),
     ]),
]

CS_RAG = {"green": GREEN, "amber": AMBER, "red": RED, "blue": BLUE}


def score_fill(s):
    if s >= 15:
        return fill("FF7C80")
    if s >= 8:
        return fill("FFE699")
    return fill("C6E0B4")


def build_cs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = CS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Quarter 2 review (position at 30 September 2025). Reviewed by Leadership Team 14 October 2025; "
                "presented to Audit and Risk Committee 4 November 2025.")
    ws["A2"].font = Font(italic=True)
    groups = [(1, 3, "Risk"), (4, 6, "Inherent risk"), (7, 9, "Current risk"), (10, 10, "Trend"),
              (11, 13, "Target risk"), (14, 14, "Existing controls"), (15, 19, "Further mitigating actions")]
    for a, b, t in groups:
        c = ws.cell(row=4, column=a, value=t)
        c.font = Font(bold=True, color="FFFFFF")
        c.alignment = CENTRE
        for j in range(a, b + 1):
            ws.cell(row=4, column=j).fill = fill("203864")
            ws.cell(row=4, column=j).border = BOX
        if b > a:
            ws.merge_cells(start_row=4, start_column=a, end_row=4, end_column=b)
    headers = ["Risk", "Risk description", "Risk owner", "L", "I", "Score", "L", "I", "Score", "",
               "L", "I", "Score", "", "Ref", "Action", "Action owner", "Target date", "RAG"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=5, column=j, value=h if h else None)
        c.font = Font(bold=True)
        c.fill = fill("B4C6E7")
        c.alignment = CENTRE
        c.border = BOX
    ws.merge_cells(start_row=4, start_column=10, end_row=5, end_column=10)
    ws.merge_cells(start_row=4, start_column=14, end_row=5, end_column=14)
    r = 6
    for (title, desc, owner, inh, cur, trend, tgt, controls, actions) in CS_RISKS:
        first = r
        for k, (ref, text, aowner, date, fmt, rag) in enumerate(actions):
            if k == 0:
                vals = {1: title, 2: desc, 3: owner,
                        4: inh[0], 5: inh[1], 6: inh[0] * inh[1],
                        7: cur[0], 8: cur[1], 9: cur[0] * cur[1], 10: trend,
                        11: tgt[0], 12: tgt[1], 13: tgt[0] * tgt[1], 14: controls}
                for j, v in vals.items():
                    ws.cell(row=r, column=j, value=v)
                ws.cell(row=r, column=1).font = Font(bold=True)
                for j in (6, 9, 13):
                    ws.cell(row=r, column=j).fill = score_fill(ws.cell(row=r, column=j).value)
            ws.cell(row=r, column=15, value=ref)
            ws.cell(row=r, column=16, value=text)
            ws.cell(row=r, column=17, value=aowner)
            c = ws.cell(row=r, column=18, value=date)
            if fmt:
                c.number_format = fmt
            if rag:
                ws.cell(row=r, column=19).fill = fill(CS_RAG[rag])
            for j in range(1, 20):
                ws.cell(row=r, column=j).border = BOX
                ws.cell(row=r, column=j).alignment = WRAP
            r += 1
        if r - first > 1:
            for j in range(1, 15):
                ws.merge_cells(start_row=first, start_column=j, end_row=r - 1, end_column=j)
    r += 1
    ws.cell(row=r, column=1, value="Action RAG key").font = Font(bold=True)
    r += 1
    for hexc, meaning in [(GREEN, "On track"), (AMBER, "Some slippage – recoverable"),
                          (RED, "Significant slippage or target date missed"), (BLUE, "Complete"),
                          (None, "No fill – not started")]:
        if hexc:
            ws.cell(row=r, column=1).fill = fill(hexc)
        ws.cell(row=r, column=1).border = BOX
        ws.cell(row=r, column=2, value=meaning)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Scoring: Likelihood (L) x Impact (I), each scored 1–5. 1–6 Low; 8–12 Medium; 15–25 High. "
            "Trend compares the current score with Quarter 1.").font = Font(italic=True)
    widths = [28, 45, 22, 4, 4, 7, 4, 4, 7, 7, 4, 4, 7, 40, 6, 48, 26, 12, 7]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A6"

    hm = wb.create_sheet("Heat map (current)")
    hm["A1"] = "Current risk heat map – Quarter 2 2025-26"
    hm["A1"].font = Font(bold=True)
    hm["A3"] = "Likelihood ↓ / Impact →"
    for i in range(1, 6):
        hm.cell(row=3, column=1 + i, value=i).font = Font(bold=True)
        hm.cell(row=3 + i, column=1, value=6 - i).font = Font(bold=True)
    placed = {(3, 4): "SR1, SR4", (3, 3): "SR2", (2, 4): "SR3"}
    for li in range(1, 6):
        for im in range(1, 6):
            c = hm.cell(row=3 + (6 - li), column=1 + im, value=placed.get((li, im)))
            c.fill = score_fill(li * im)
            c.border = BOX
            c.alignment = CENTRE

    closed = wb.create_sheet("Closed risks")
    closed["A1"] = "Risks closed or transferred in 2025-26"
    closed["A1"].font = Font(bold=True)
    closed.append([])
    closed.append(["Risk", "Closed", "Reason"])
    closed.append(["SR5: Establishment of the water advocacy function", "June 2025",
                   "Function fully established; residual risks transferred to the Policy and Advocacy operational register."])
    for c in closed[3]:
        c.font = Font(bold=True)
    closed.column_dimensions["A"].width = 48
    closed.column_dimensions["C"].width = 80
    wb.save(out(CS_FILE))


# ---------------------------------------------------------------------------
# 3. Poplar HARCA - building safety programme highlight report (REFUSE)
# ---------------------------------------------------------------------------
PH_FILE = "zol-poplar-harca-building-safety-programme-highlight-report-typo-month-refuse.xlsx"
PH_TITLE = "Poplar HARCA – Building Safety Programme Highlight Report"
PH_WORKSTREAMS = [
    ("Workstream 1 – Safety case reports for higher-risk buildings (HRBs)", [
        ("1.1", "Submit safety case reports for the remaining six HRBs requested by the Building Safety Regulator",
         "Building Safety Manager", "Dec 2025", "Dec 2025", GREEN,
         "Four of six drafted; peer review by fire engineer booked."),
        ("1.2", "Complete intrusive structural surveys for the four large panel system blocks",
         "Head of Building Safety", "Oct 2025", "Jan 2026", AMBER,
         "Access to 11 flats outstanding. Resident liaison officer supporting."),
        ("1.3", "Appoint fire engineering consultant from the safety case framework (Lot 2)",
         "Procurement Lead", "Sep 2025", "Nov 2025", RED,
         "Tender returns over budget; re-tender approved by Executive Team 21 October."),
    ]),
    ("Workstream 2 – Fire doors and compartmentation", [
        ("2.1", "Replace 340 non-compliant flat entrance doors in HRBs (phase 2)",
         "Fire Safety Programme Manager", "Mar 2026", "Mar 2026", GREEN,
         "212 installed to date; supply chain stable."),
        ("2.2", "Complete quarterly communal fire door checks under the Fire Safety (England) Regulations 2022",
         "Fire Safety Programme Manager", "Dec 2025", "Dec 2025", GREEN,
         "Q3 checks 68% complete."),
        ("2.3", "Clear backlog of 120 fire-stopping defects identified in fire risk assessments",
         "Compliance Manager / Responsive Repairs Manager", "Jan 2026", "Febuary 2026", AMBER,
         "78 defects closed. Specialist contractor capacity limited in December."),
    ]),
    ("Workstream 3 – Resident engagement", [
        ("3.1", "Publish a resident engagement strategy for each HRB and consult the residents' panels",
         "Head of Resident Engagement", "Nov 2025", "Nov 2025", BLUE,
         "All strategies published on the website 3 November."),
        ("3.2", "Hold building safety drop-in sessions on each HRB estate",
         "Resident Engagement Officer", "Jan 2026", "Jan 2026", GREEN,
         "Sessions booked for eight estates."),
        ("3.3", "Update personal emergency evacuation plans for residents with support needs in HRBs",
         "Tenancy Sustainment Manager", "Dec 2025", "Mar 2026", AMBER,
         "Data from tenancy audit still being validated."),
    ]),
    ("Workstream 4 – Golden thread of building information", [
        ("4.1", "Migrate HRB building information to the golden thread platform",
         "Asset Data Manager", "Mar 2026", "Jun 2026", RED,
         "Supplier integration delayed; recovery plan requested."),
        ("4.2", "Agree golden thread data standard with the asset management system supplier",
         "Asset Data Manager", "Oct 2025", "Oct 2025", BLUE,
         "Data standard signed off 24 October."),
    ]),
]
PH_TYPO = "Febuary 2026"
PH_REFUSE_ROW = None  # filled in by build_ph


def build_ph():
    global PH_REFUSE_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight report"
    ws["A1"] = PH_TITLE
    ws["A1"].font = Font(bold=True, size=14, color=DARK)
    ws["A2"] = "Reporting period: October 2025"
    ws["A3"] = "Report to: Building Safety and Compliance Committee, 19 November 2025"
    ws["A4"] = "Senior Responsible Owner: Director of Asset Management | Programme Manager: Building Safety Programme Manager"
    ws["A6"] = "Overall programme status"
    ws["A6"].font = Font(bold=True)
    ws["B6"] = "Last period"
    ws["C6"].fill = fill(AMBER)
    ws["C6"].border = BOX
    ws["D6"] = "This period"
    ws["E6"].fill = fill(AMBER)
    ws["E6"].border = BOX
    ws["A8"] = "Summary"
    ws["A8"].font = Font(bold=True)
    ws["A9"] = ("Good progress on fire door replacement and resident engagement strategies. "
                "The fire engineering appointment and golden thread migration are off track and are escalated below.")
    ws.merge_cells("A9:G9")
    ws["A9"].alignment = WRAP
    ws.row_dimensions[9].height = 32
    ws["A11"] = "Milestones and key actions"
    ws["A11"].font = Font(bold=True, size=12)
    headers = ["Ref", "Milestone / action", "Owner", "Baseline date", "Forecast date", "Status", "Commentary"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=12, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(DARK)
        c.border = BOX
        c.alignment = CENTRE
    r = 13
    for band, items in PH_WORKSTREAMS:
        ws.cell(row=r, column=1, value=band).font = Font(bold=True)
        for j in range(1, 8):
            ws.cell(row=r, column=j).fill = fill("DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for (ref, text, owner, base, fc, rag, comm) in items:
            vals = [ref, text, owner, base, fc, None, comm]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.border = BOX
                c.alignment = WRAP
            ws.cell(row=r, column=6).fill = fill(rag)
            if fc == PH_TYPO:
                PH_REFUSE_ROW = r
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key risks and issues").font = Font(bold=True, size=12)
    r += 1
    for j, h in enumerate(["ID", "Risk / issue", "Impact", "Mitigation", "Owner"], start=1):
        c = ws.cell(row=r, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    r += 1
    for row in [
        ("I-07", "Fire engineering tender over budget", "Delay to two safety case reports",
         "Re-tender with revised scope; interim use of existing consultant", "Procurement Lead"),
        ("R-12", "Golden thread supplier integration slipping", "Regulator may request information we cannot produce quickly",
         "Recovery plan; manual information packs for each HRB in the meantime", "Asset Data Manager"),
    ]:
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=r, column=j, value=v)
            c.border = BOX
            c.alignment = WRAP
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Decisions required from the Committee").font = Font(bold=True, size=12)
    r += 1
    ws.cell(row=r, column=1, value="Note the revised forecast for milestone 4.1 and the re-tender for milestone 1.3.")
    widths = [10, 52, 28, 13, 14, 9, 48]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w

    key = wb.create_sheet("RAG key")
    key["A1"] = "Status key"
    key["A1"].font = Font(bold=True)
    for i, (hexc, meaning) in enumerate([(GREEN, "On track against baseline"),
                                         (AMBER, "Forecast later than baseline but within tolerance"),
                                         (RED, "Outside tolerance – escalated"),
                                         (BLUE, "Complete")], start=3):
        key.cell(row=i, column=1).fill = fill(hexc)
        key.cell(row=i, column=2, value=meaning)
    key.column_dimensions["B"].width = 50
    wb.save(out(PH_FILE))


# ---------------------------------------------------------------------------
# 4. Scottish Biometrics Commissioner - Audit and Assurance Committee action log
# ---------------------------------------------------------------------------
SBC_FILE = "zol-scottish-biometrics-commissioner-audit-and-assurance-committee-action-log.docx"
SBC_TITLE = "Audit and Assurance Committee – Action Log"
SBC_MEETINGS = [
    ("Meeting of 20 March 2025", [
        ("AAC/25/03", "6.2", "Circulate the revised Fraud and Bribery Policy to members for comment before submission to the SPCB.",
         "Director", "April 2025", "Circulated 14 April 2025; comments incorporated.", "B"),
        ("AAC/25/04", "8.1", "Provide a short paper on the options for sharing an internal audit provider with other SPCB-supported bodies.",
         "Commissioner / Director", "September 2025 meeting",
         "Update given in September. Final decision awaits the outcome of the SPCB Supported Bodies Landscape Review.", "A"),
    ]),
    ("Meeting of 19 June 2025", [
        ("AAC/25/07", "4.3", "Update the Strategic Risk Register to include a specific risk on the outcome of the SPCB Supported Bodies Landscape Review.",
         "Director", "September 2025", "Added as SR7 – see item 6.", "B"),
        ("AAC/25/08", "5.1", "Arrange a cyber security awareness session for the Commissioner, staff and Committee members.",
         "Corporate Services Manager", "31 October 2025", "Session delivered by SPCB Digital Services on 28 October 2025.", "B"),
        ("AAC/25/09", "7.2", "Bring the Annual Report and Accounts 2024-25 timetable to the September meeting, including external audit key dates.",
         "Corporate Services Manager", "September 2025 meeting", "Timetable presented and agreed.", "B"),
    ]),
    ("Meeting of 18 September 2025", [
        ("AAC/25/12", "3.4", "Review the Records Management Plan against the Keeper’s Model Plan and report any gaps to the Committee.",
         "Director", "December 2025", "Gap analysis under way; draft to be shared with the Chair in early December.", "G"),
        ("AAC/25/13", "5.2", "Confirm with Audit Scotland the approach to the wider scope audit for 2025-26 and share the annual audit plan.",
         "Director", "March 2026", "Annual audit plan expected in January 2026.", "G"),
        ("AAC/25/14", "6.1", "Review the business continuity arrangements for the office, including remote working resilience.",
         "Corporate Services Manager", "30 November 2025", "Draft plan prepared; testing delayed by staff absence.", "A"),
        ("AAC/25/15", "8.3", "Agree the 2026 Committee meeting dates and the timetable for the annual Committee self-assessment.",
         "Chair / Director", "December 2025 meeting", "", ""),
    ]),
]
SBC_SHADE = {"B": "00B0F0", "G": "92D050", "A": "FFC000", "R": "FF0000"}


def shade_cell(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_row(row, hex_=None):
    for cell in row.cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.font.bold = True
        if hex_:
            shade_cell(cell, hex_)


def build_sbc():
    doc = Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Scottish Biometrics Commissioner\tOFFICIAL"
    doc.add_heading(SBC_TITLE, level=1)
    doc.add_paragraph("Position at 27 November 2025, for the meeting on 11 December 2025 (agenda item 4)")
    p = doc.add_paragraph()
    p.add_run("RAG: ").bold = True
    p.add_run("B = complete, propose closure; G = on track; A = at risk of slipping; R = overdue. "
              "Completed actions are removed from the log once they have been reported to one meeting.")
    for heading, rows in SBC_MEETINGS:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for i, h in enumerate(["No.", "Minute ref", "Action", "Owner", "Due", "Update", "RAG"]):
            t.rows[0].cells[i].text = h
        bold_row(t.rows[0], "D9E2F3")
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = v
            if row[6]:
                shade_cell(cells[6], SBC_SHADE[row[6]])
        doc.add_paragraph()
    doc.add_paragraph("Owner key: Commissioner – Scottish Biometrics Commissioner; Director – Director (Accountable Officer delegate); "
                      "Corporate Services Manager; Chair – Chair of the Audit and Assurance Committee.")
    doc.save(out(SBC_FILE))


# ---------------------------------------------------------------------------
# 5. Thames Reach - Charity Commission regulatory compliance case action plan
# ---------------------------------------------------------------------------
TR_FILE = "zol-thames-reach-charity-commission-regulatory-compliance-action-plan.docx"
TR_TITLE = "Thames Reach – Action plan in response to the Charity Commission’s regulatory compliance case"
TR_AREAS = [
    ("Area 1: Safeguarding governance",
     "The trustees did not receive regular safeguarding reports and could not show how serious safeguarding incidents in hostel services were overseen at board level.",
     [
         ("1.1", "Appoint a designated safeguarding trustee and agree a role description.", "Chair of Trustees",
          "31 July 2025", "Appointed at the Board meeting on 15 July 2025.", "Complete"),
         ("1.2", "Introduce a quarterly safeguarding report to the Board covering incidents, referrals, themes and learning.",
          "Director of Operations / Head of Safeguarding", "September 2025",
          "First report considered by the Board in September 2025; next due December.", "Complete"),
         ("1.3", "Commission an independent review of safeguarding practice across the hostel and outreach services.",
          "Chief Executive", "31 January 2026", "Reviewer appointed October 2025; fieldwork in progress.", "Green"),
     ]),
    ("Area 2: Reporting serious incidents",
     "Two serious incidents in 2024 were not reported to the Commission promptly, and there was no written procedure setting out who decides whether an incident is reportable.",
     [
         ("2.1", "Adopt a serious incident reporting procedure, delegating authority to the Chief Executive to report and requiring the Chair to be informed within 24 hours.",
          "Company Secretary", "End of August 2025", "Procedure approved by the Board on 28 August 2025.", "Complete"),
         ("2.2", "Review all incidents since April 2023 against the Commission’s guidance and submit any outstanding reports.",
          "Company Secretary", "30 September 2025",
          "Review complete; one further report submitted on 19 September 2025.", "Complete"),
         ("2.3", "Train senior managers and on-call managers to recognise reportable serious incidents.",
          "Head of People", "31 December 2025", "62 of 80 managers trained.", "Amber"),
     ]),
    ("Area 3: Trustee oversight and board effectiveness",
     "The board had operated with vacancies and several trustees had served beyond the nine-year maximum set in the charity’s articles.",
     [
         ("3.1", "Recruit at least three new trustees, including one with lived experience of homelessness and one with finance expertise.",
          "Chair of Trustees; Nominations Committee", "Revised: 31 March 2026 (was 31 December 2025)",
          "Two trustees appointed in October 2025; search for a finance trustee extended.", "Amber"),
         ("3.2", "Complete an externally facilitated board effectiveness review against the Charity Governance Code.",
          "Chair of Trustees", "June 2026", "Provider being procured.", "Green"),
         ("3.3", "Review the articles of association and trustee terms of office, and put any amendments to members at the 2026 AGM.",
          "Company Secretary", "September 2026", "", "Not started"),
         ("3.4", "Report progress against this plan to the Commission.",
          "Chief Executive", "Quarterly", "Updates sent on 30 June and 30 September 2025.", "Green"),
     ]),
]
TR_SHADE = {"Complete": "9DC3E6", "Green": "A9D18E", "Amber": "FFD966", "Red": "FF7C80"}


def build_tr():
    doc = Document()
    t = doc.add_paragraph(TR_TITLE, style="Title")
    doc.add_paragraph("Commission case reference: C-725114")
    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=1, cols=5)
    dc.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Approved by", "Summary of changes"]):
        dc.rows[0].cells[i].text = h
    bold_row(dc.rows[0], "D9D9D9")
    for row in [("1.0", "17 June 2025", "Company Secretary", "Board of Trustees", "Plan agreed with the Commission"),
                ("1.1", "23 September 2025", "Company Secretary", "Audit, Risk and Governance Committee", "Progress update"),
                ("1.2", "18 November 2025", "Company Secretary", "Board of Trustees", "Progress update; deadline for 3.1 revised")]:
        cells = dc.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_heading("Background", level=2)
    doc.add_paragraph(
        "In March 2025 the Charity Commission opened a regulatory compliance case following two serious incident reports. "
        "The Commission identified concerns about the trustees’ oversight of safeguarding, the reporting of serious incidents "
        "and the composition of the board. The trustees agreed the actions below with the Commission in June 2025 and "
        "report progress to the Commission each quarter.")
    p = doc.add_paragraph()
    p.add_run("Status key: ").bold = True
    p.add_run("Green – on track; Amber – at risk, mitigation in place; Red – deadline missed; "
              "Complete – evidence sent to the Commission.")
    for heading, concern, rows in TR_AREAS:
        doc.add_heading(heading, level=2)
        cp = doc.add_paragraph()
        cp.add_run("Commission’s concern").bold = True
        doc.add_paragraph(concern)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Lead", "Deadline", "Progress at November 2025", "Status"]):
            tb.rows[0].cells[i].text = h
        bold_row(tb.rows[0], "1F3864")
        for c in tb.rows[0].cells:
            for run in c.paragraphs[0].runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for row in rows:
            cells = tb.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = v
            if row[5] in TR_SHADE:
                shade_cell(cells[5], TR_SHADE[row[5]])
        doc.add_paragraph()
    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for i, h in enumerate(["Signed on behalf of the trustees", "Name", "Date"]):
        so.rows[0].cells[i].text = h
    for i, v in enumerate(["Chair of Trustees", "", "18 November 2025"]):
        so.rows[1].cells[i].text = v
    doc.save(out(TR_FILE))


# ---------------------------------------------------------------------------
# 6. Edenbridge Town Council - governance action plan, Asana CSV export
# ---------------------------------------------------------------------------
ETC_FILE = "zol-edenbridge-town-council-governance-action-plan-asana-export.csv"
ETC_HEADER = ["Task ID", "Created At", "Completed At", "Last Modified", "Name", "Section/Column", "Assignee",
              "Assignee Email", "Start Date", "Due Date", "Tags", "Notes", "Projects", "Parent task",
              "Blocked By (Dependencies)", "Blocking (Dependencies)", "RAG", "Source"]
ETC_PROJECT = "Governance Action Plan 2025-26"
_HM = ("Helen Marsh", "clerk@edenbridge-tc.gov.uk")
_TA = ("Tom Adeyemi", "rfo@edenbridge-tc.gov.uk")
_PS = ("Priya Shah", "admin@edenbridge-tc.gov.uk")
_NO = ("", "")
# id, created, completed, modified, name, section, person, start, due, tags, notes, rag, source
ETC_TASKS = [
    ("1210448301925561", "2025-06-19", "2025-09-23", "2025-09-23",
     "Update Financial Regulations to the 2024 NALC model and adopt at Full Council",
     "Internal audit 2024-25", _HM, "", "2025-09-30", "Internal audit",
     "Adopted at Full Council 22/09/2025 (minute 25/112).", "", "Internal auditor report 2024-25, point 1"),
    ("1210448301925574", "2025-06-19", "2025-08-28", "2025-08-28",
     "Evidence monthly bank reconciliations signed by a councillor other than the Finance Committee chair",
     "Internal audit 2024-25", _TA, "", "2025-08-31", "Internal audit",
     "Reconciliations from April onwards signed by Cllr Dorothy Webb.", "", "Internal auditor report 2024-25, point 2"),
    ("1210448301925588", "2025-06-19", "", "2025-11-07",
     "Carry out and minute the annual review of the asset register, including play equipment at Stangrove Park",
     "Internal audit 2024-25", _TA, "2025-10-01", "2025-12-31", "Internal audit",
     "Site visit to Stangrove Park booked for 4 December.\nInsurance values still to be checked against the new policy schedule.",
     "At risk", "Internal auditor report 2024-25, point 4"),
    ("1210448301925602", "2025-06-19", "", "2025-11-03",
     "Publish Transparency Code information (payments over £500) on the website each quarter",
     "Internal audit 2024-25", _PS, "", "2025-10-31", "Internal audit, Website",
     "Q1 and Q2 published late. Website migration has delayed the Q3 upload.", "Off track",
     "Internal auditor report 2024-25, point 5"),
    ("1210448301925617", "2025-09-26", "", "2025-11-10",
     "Report the external auditor's qualification on the 2024/25 AGAR to Full Council and agree corrective action",
     "External audit (AGAR) 2024-25", _HM, "", "2025-11-30", "External audit",
     "On agenda for Full Council 24 November.", "On track", "External auditor report and certificate 2024/25"),
    ("1210448301925630", "2025-09-26", "2025-10-06", "2025-10-06",
     "Publish the Notice of Conclusion of Audit and the Section 3 report on the website",
     "External audit (AGAR) 2024-25", _PS, "", "2025-09-30", "External audit, Website",
     "Published 06/10/2025.", "", "Accounts and Audit Regulations 2015, reg 16"),
    ("1210448301925648", "2025-07-14", "", "2025-10-20",
     "Review Standing Orders and committee terms of reference",
     "Governance review", _HM, "2025-11-01", "2026-03-31", "Governance",
     "Working group of three councillors agreed at Policy & Resources, 13 October.", "On track", "KALC governance review, rec 3"),
    ("1210448301925655", "2025-07-14", "", "2025-09-02",
     "Adopt a councillor training plan, including code of conduct training for all members",
     "Governance review", _NO, "", "2026-01-31", "Governance, Training",
     "Awaiting the KALC training calendar for 2026.", "", "KALC governance review, rec 5"),
    ("1210448301925669", "2025-07-14", "", "2025-10-20",
     "Introduce a corporate risk register and review it at each Finance & General Purposes Committee",
     "Governance review", _TA, "", "", "Governance, Risk",
     "Draft register taken to F&GP 16 October; quarterly review agreed.", "On track", "KALC governance review, rec 6"),
]


def build_etc():
    with open(out(ETC_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(ETC_HEADER)
        for (tid, created, completed, modified, name, section, person, start, due, tags, notes, rag, source) in ETC_TASKS:
            w.writerow([tid, created, completed, modified, name, section, person[0], person[1], start, due, tags,
                        notes, ETC_PROJECT, "", "", "", rag, source])


# ---------------------------------------------------------------------------
# 7. Greater Manchester Police - ICO FOI enforcement notice action plan (tab-separated text)
# ---------------------------------------------------------------------------
GMP_FILE = "zol-greater-manchester-police-ico-foi-enforcement-notice-action-plan.txt"
GMP_TITLE = "Greater Manchester Police – Freedom of Information Enforcement Notice: Action Plan"
GMP_SECTIONS = [
    ("1. Clearing the backlog of overdue requests", [
        ("1.1", "Triage all 850 overdue requests and group them by complexity and information owner.",
         "Information Access Manager", "31/01/2024", "", "Complete",
         "Triage completed 26/01/2024; 412 low-complexity requests identified for fast-track."),
        ("1.2", "Create a dedicated backlog team of 12 temporary disclosure officers.",
         "Head of Information Management", "29/02/2024", "31/03/2024", "Complete",
         "Recruitment delayed by vetting; team in place from 18/03/2024."),
        ("1.3", "Close all requests that are more than 12 months old.",
         "Backlog Team Leader", "30/04/2024", "31/05/2024", "Amber",
         "497 of 580 closed. Remaining cases involve searches across several departments."),
        ("1.4", "Clear the remaining backlog of overdue requests in line with the enforcement notice.",
         "Head of Information Management", "31/07/2024", "", "Green",
         "On trajectory: 214 overdue requests open at 30/04/2024."),
    ]),
    ("2. Responding to new requests on time", [
        ("2.1", "Introduce daily allocation of new requests and a 10-working-day internal deadline for information owners.",
         "Disclosure Team Leader", "31/01/2024", "", "Complete", "In place since 08/01/2024."),
        ("2.2", "Escalate late searches by information owners to the relevant Chief Superintendent or Head of Branch each week.",
         "Information Access Manager", "29/02/2024", "", "Green",
         "Weekly escalation report running; four branches persistently late."),
        ("2.3", "Publish responses on frequently requested topics in the disclosure log to reduce repeat requests.",
         "Disclosure Team Leader; Digital Communications Manager", "31/05/2024", "", "Green",
         "38 responses republished; topic pages for firearms licensing and vehicle fleet in draft."),
    ]),
    ("3. Governance, resourcing and reporting", [
        ("3.1", "Report to the ICO every month on backlog numbers and the percentage of new requests answered within 20 working days.",
         "SIRO", "Monthly", "", "Green", "Returns submitted 31/01, 29/02, 28/03 and 30/04/2024."),
        ("3.2", "Agree a permanent establishment for the Information Access Unit through the Force Investment Board.",
         "Head of Information Management", "31/03/2024", "30/06/2024", "Red",
         "Business case deferred from the March board; resubmitted for June."),
        ("3.3", "Replace the FOI case management system with the force's new information requests module.",
         "Head of Information Management / Business Change Manager", "Q3 2024/25", "", "Not started",
         "Procurement to start once the backlog is cleared."),
    ]),
]
GMP_HEADER = ["Ref", "Action", "Lead", "Original date", "Revised date", "RAG", "Progress update"]


def gmp_lines():
    lines = [
        GMP_TITLE,
        "ICO enforcement notice dated 14 December 2023 (Freedom of Information Act 2000, section 52). Backlog to be cleared by 31 July 2024.",
        "Progress position at 30 April 2024\tOwner: Senior Information Risk Owner (SIRO)\tReported monthly to the ICO and the Information Governance Board",
        "",
        "\t".join(GMP_HEADER),
    ]
    for heading, rows in GMP_SECTIONS:
        lines.append(heading)
        for row in rows:
            lines.append("\t".join(row))
    lines += [
        "",
        "RAG key: Complete = delivered and evidenced; Green = on track; Amber = some slippage, revised date agreed; Red = off track, escalated to SIRO",
        "Summary: 10 actions – Complete 3, Green 4, Amber 1, Red 1, Not started 1",
    ]
    return lines


def build_gmp():
    with open(out(GMP_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(gmp_lines()) + "\n")


def main():
    build_nls()
    build_cs()
    build_ph()
    build_sbc()
    build_tr()
    build_etc()
    build_gmp()
    print("Poplar HARCA typo row:", PH_REFUSE_ROW)


if __name__ == "__main__":
    main()
