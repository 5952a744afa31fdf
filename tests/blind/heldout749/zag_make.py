#!/usr/bin/env python3
"""Build the seven zag- blind test files (set heldout749).

Run with /work/main/.venv/bin/python zag_make.py  (writes beside this script).
Only files whose names start with "zag-" are written.

Each DATA block holds what is rendered into the file and, for every action,
the reading a person makes of it (used for the .expected.yaml files).
"""
import datetime as dt
import os
import sys

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- helpers
RAG_FILL = {
    "blue": "5B9BD5",
    "green": "70AD47",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "head": "1F4E79",
    "band": "DDEBF7",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill(start_color=hexcol, end_color=hexcol, fill_type="solid")


def d(y, m, day):
    return dt.datetime(y, m, day)


def set_widths(ws, widths):
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def shade(cell, hexcol):
    """Shade a python-docx table cell."""
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9):
    """Write text (with \n as separate paragraphs) into a docx cell."""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


# ======================================================================
# 1. West Berkshire Council - Fostering Service Development Plan 2025/26
# ======================================================================
WB_NAME = "zag-west-berkshire-council-fostering-service-development-plan-2025-26.xlsx"
WB_PRIORITIES = [
    ("Priority 1: Recruitment and retention of foster carers", [
        dict(ref="1.1",
             action="Refresh the fostering recruitment and marketing plan, including targeted campaigns for carers for teenagers, parent and child, and sibling groups.",
             lead_cell="Recruitment and Assessment Team Manager",
             lead=["Recruitment and Assessment Team Manager"],
             orig=d(2025, 6, 30), rev=None,
             update="Plan refreshed and launched at the Newbury Show in September. Enquiries up 18% on Q2 2024/25.",
             rag="blue", end="2025-06", status="blue"),
        dict(ref="1.2",
             action="Introduce a foster carer peer mentoring scheme so that every newly approved household is offered a mentor for its first year.",
             lead_cell="Supervising Social Work Team Manager / Foster Carer Support Worker",
             lead=["Supervising Social Work Team Manager", "Foster Carer Support Worker"],
             orig=d(2025, 9, 30), rev=d(2026, 1, 31),
             update="Six experienced carers recruited as mentors. Mentor training moved to November because of trainer availability.",
             rag="amber", end="2026-01", status="amber"),
        dict(ref="1.3",
             action="Implement the revised fees and allowances framework agreed by the Executive, including the new skills-level payments.",
             lead_cell="Head of Children & Family Services",
             lead=["Head of Children & Family Services"],
             orig=d(2025, 4, 30), rev=None,
             update="Implemented from 1 April 2025. All carers written to with their skills level.",
             rag="blue", end="2025-04", status="blue"),
    ]),
    ("Priority 2: Sufficiency, matching and stability", [
        dict(ref="2.1",
             action="Increase the number of mainstream fostering households by a net 8 over the year, in line with the Placement Sufficiency Strategy.",
             lead_cell="Fostering Service Manager",
             lead=["Fostering Service Manager"],
             orig=d(2026, 3, 31), rev=None,
             update="Net +3 at the end of Q2 (5 approvals, 2 resignations). Two assessments due at Panel in October.",
             rag="amber", end="2026-03", status="amber"),
        dict(ref="2.2",
             action="Review the placement request and matching process with the Placements Team so that a matching meeting is held before every planned move.",
             lead_cell="Fostering Service Manager & Placements Team Manager",
             lead=["Fostering Service Manager", "Placements Team Manager"],
             orig=d(2025, 12, 31), rev=None,
             update="Draft process agreed at the September workshop; to be tested from October.",
             rag="green", end="2025-12", status="green"),
        dict(ref="2.3",
             action="Develop the Staying Put offer so that eligible young people and their carers have a Staying Put agreement in place by the young person's 17th birthday.",
             lead_cell="Leaving Care Team Manager",
             lead=["Leaving Care Team Manager"],
             orig=d(2026, 3, 31), rev=None,
             update="Staying Put policy updated; agreements now tracked monthly at the Permanence Panel.",
             rag="green", end="2026-03", status="green"),
    ]),
    ("Priority 3: Support, learning and development for foster carers", [
        dict(ref="3.1",
             action="Deliver the core training programme for foster carers, including therapeutic parenting (PACE) and the Training, Support and Development Standards workbook.",
             lead_cell="Fostering Learning and Development Officer",
             lead=["Fostering Learning and Development Officer"],
             orig="Ongoing", rev=None,
             update="4 of 6 core courses delivered this year; average attendance 72%.",
             rag="green", end=None, end_text="Ongoing", status="green"),
        dict(ref="3.2",
             action="Ensure every foster carer's annual review is completed within 12 months of approval or of the last review, with the child's views included.",
             lead_cell="Independent Reviewing Officer (Fostering)",
             lead=["Independent Reviewing Officer (Fostering)"],
             orig=d(2025, 9, 30), rev=d(2025, 12, 31),
             update="82% of reviews in timescale at the end of Q2. Backlog recovery plan agreed with the Head of Service.",
             rag="red", end="2025-12", status="red"),
    ]),
    ("Priority 4: Quality assurance and compliance", [
        dict(ref="4.1",
             action="Update the Fostering Statement of Purpose and Children's Guide and present them to the Corporate Parenting Panel.",
             lead_cell="Fostering Service Manager",
             lead=["Fostering Service Manager"],
             orig=d(2025, 7, 31), rev=None,
             update="Approved by the Corporate Parenting Panel on 15 July 2025.",
             rag="blue", end="2025-07", status="blue"),
        dict(ref="4.2",
             action="Carry out a thematic audit of supervising social worker visits and supervision records, and report the findings to the Quality Assurance Board.",
             lead_cell="Principal Social Worker",
             lead=["Principal Social Worker"],
             orig=d(2026, 2, 28), rev=None,
             update="",
             rag=None, end="2026-02", status="unrated"),
    ]),
]


def build_west_berkshire(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    set_widths(cov, [18, 16, 34, 52])
    cov["A1"] = "West Berkshire Council"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Children and Family Services – Fostering Service"
    cov["A4"] = "Fostering Service Development Plan 2025/26"
    cov["A4"].font = Font(bold=True, size=16, color=RAG_FILL["head"])
    cov["A5"] = ("Appendix B to the Fostering Service Annual Report 2024/25 (Regulation 35 and "
                 "NMS 25.7) – Corporate Parenting Panel, 14 October 2025")
    cov["A7"] = "Document control"
    cov["A7"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Comments"]
    rows = [
        ["1.0", d(2025, 5, 2), "Fostering Service Manager", "Plan agreed at Children's Services Leadership Team"],
        ["1.1", d(2025, 7, 1), "Fostering Service Manager", "Q1 progress update"],
        ["1.2", d(2025, 9, 26), "Fostering Service Manager", "Q2 progress update for Corporate Parenting Panel"],
    ]
    for j, h in enumerate(hdr, start=1):
        c = cov.cell(row=8, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(RAG_FILL["head"])
        c.border = BOX
    for i, r in enumerate(rows, start=9):
        for j, v in enumerate(r, start=1):
            c = cov.cell(row=i, column=j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cov["A13"] = "RAG key"
    cov["A13"].font = Font(bold=True)
    key = [("blue", "Complete"),
           ("green", "On track"),
           ("amber", "Some slippage – remedial action in place"),
           ("red", "Off track – escalated to Head of Service"),
           (None, "Not yet started")]
    for i, (col, txt) in enumerate(key, start=14):
        c = cov.cell(row=i, column=1, value="")
        c.border = BOX
        if col:
            c.fill = fill(RAG_FILL[col])
        cov.cell(row=i, column=2, value=txt)
    cov["A20"] = "RAG ratings on the plan are shown by cell colour only."

    ws = wb.create_sheet("Development Plan")
    set_widths(ws, [7, 60, 30, 14, 14, 52, 8])
    ws.merge_cells("A1:G1")
    ws["A1"] = "Fostering Service Development Plan 2025/26 – progress at Quarter 2 (30 September 2025)"
    ws["A1"].font = Font(bold=True, size=13)
    headers = ["Ref", "Action", "Lead", "Original target date", "Revised target date",
               "Progress update (Q2)", "RAG"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(RAG_FILL["head"])
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    ws.freeze_panes = "A4"
    r = 4
    for heading, acts in WB_PRIORITIES:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(row=r, column=1, value=heading)
        c.font = Font(bold=True)
        c.fill = fill(RAG_FILL["band"])
        r += 1
        for a in acts:
            vals = [a["ref"], a["action"], a["lead_cell"], a["orig"], a["rev"], a["update"], None]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            if a["rag"]:
                ws.cell(row=r, column=7).fill = fill(RAG_FILL[a["rag"]])
            r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="Note: revised dates agreed by the Head of Children & Family Services on 18/09/2025. "
                  "RAG is shown by cell colour – see key on the Cover sheet.")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)

    kpi = wb.create_sheet("KPIs")
    set_widths(kpi, [52, 12, 12, 16])
    kpi["A1"] = "Fostering key performance indicators"
    kpi["A1"].font = Font(bold=True)
    kh = ["Measure", "2023/24", "2024/25", "Target 2025/26"]
    for j, h in enumerate(kh, start=1):
        c = kpi.cell(row=3, column=j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    krows = [
        ["Mainstream fostering households at 31 March", 61, 64, 72],
        ["Connected (kinship) fostering households at 31 March", 23, 27, 27],
        ["Fostering enquiries received", 148, 162, 180],
        ["Children in care placed with in-house foster carers (%)", "38%", "37%", "42%"],
        ["Foster carer annual reviews in timescale (%)", "91%", "86%", "95%"],
    ]
    for i, row in enumerate(krows, start=4):
        for j, v in enumerate(row, start=1):
            kpi.cell(row=i, column=j, value=v).border = BOX
    wb.active = 1
    wb.save(path)


# ======================================================================
# 2. Rushcliffe Borough Council - Corporate Strategy delivery plan Q2
# ======================================================================
RC_NAME = "zag-rushcliffe-borough-council-corporate-strategy-delivery-plan-2025-26-q2.xlsx"
RC_STATUS = {
    "Completed": ("blue", RAG_FILL["blue"]),
    "On track": ("green", RAG_FILL["green"]),
    "At risk": ("amber", RAG_FILL["amber"]),
    "Off track": ("red", RAG_FILL["red"]),
    "Not started": ("unrated", RAG_FILL["grey"]),
}
RC_SHEETS = [
    ("Quality of Life", [
        ("QL1 – Support residents of all ages to lead healthier, more active lives", [
            dict(ref="QL1.1",
                 action="Deliver the refurbishment of the changing village and fitness suite at Cotgrave Leisure Centre.",
                 lead_cell="Director – Neighbourhoods", lead=["Director – Neighbourhoods"],
                 portfolio="Leisure, Culture and Wellbeing", target="March 2026", end="2026-03",
                 st="On track", comment="Contractor appointed; works programmed for January to March 2026."),
            dict(ref="QL1.2",
                 action="Review and relaunch the Rushcliffe Physical Activity and Sport Strategy with partners, including Active Notts.",
                 lead_cell="Service Manager – Communities", lead=["Service Manager – Communities"],
                 portfolio="Leisure, Culture and Wellbeing", target="September 2025", end="2025-09",
                 st="Completed", comment="Strategy adopted by Cabinet on 9 September 2025."),
        ]),
        ("QL2 – Work with partners to keep our communities safe and cohesive", [
            dict(ref="QL2.1",
                 action="Deliver the year two actions of the Safer Rushcliffe Partnership Plan, including targeted work on anti-social behaviour in West Bridgford town centre.",
                 lead_cell="Service Manager – Public Protection", lead=["Service Manager – Public Protection"],
                 portfolio="Communities and Safety", target="Q4 2025/26", end="2026-03", end_text="Q4 2025/26",
                 st="On track", comment="Public Spaces Protection Order renewed; summer patrols completed with Nottinghamshire Police."),
        ]),
    ]),
    ("Efficient Services", [
        ("ES1 – Deliver the Transformation and Efficiency Plan", [
            dict(ref="ES1.1",
                 action="Deliver £0.6m of savings and additional income through the Transformation and Efficiency Plan in 2025/26.",
                 lead_cell="Director – Finance and Corporate Services", lead=["Director – Finance and Corporate Services"],
                 portfolio="Finance and Resources", target="March 2026", end="2026-03",
                 st="At risk", comment="£0.41m secured to date. Garden waste income below forecast; mitigations being reported to Cabinet in December."),
            dict(ref="ES1.2",
                 action="Replace the Council's customer relationship management (CRM) system and move the highest-volume transactions online.",
                 lead_cell="Service Manager – Transformation / Digital Lead",
                 lead=["Service Manager – Transformation", "Digital Lead"],
                 portfolio="Finance and Resources", target="February 2026", end="2026-02",
                 st="Off track", comment="Supplier implementation delayed. Go-live moved from September 2025 to February 2026, subject to user testing."),
        ]),
        ("ES2 – Be a well-run council that listens to its residents", [
            dict(ref="ES2.1",
                 action="Implement the action plan from the LGA Corporate Peer Challenge, including a corporate approach to programme and project management.",
                 lead_cell="Chief Executive", lead=["Chief Executive"],
                 portfolio="Strategic and Borough-wide Leadership", target="Sept 2025 – March 2026",
                 end="2026-03", end_text="Sept 2025 – March 2026",
                 st="On track", comment="Programme Management Office established; project gateway process in use from October."),
        ]),
    ]),
    ("Sustainable Growth", [
        ("SG1 – Deliver housing growth and infrastructure at the strategic sites", [
            dict(ref="SG1.1",
                 action="Work with developers and Nottinghamshire County Council to secure delivery of the A52 junction improvements linked to the strategic sites.",
                 lead_cell="Director – Development and Economic Growth",
                 lead=["Director – Development and Economic Growth"],
                 portfolio="Planning and Housing", target="Ongoing", end=None, end_text="Ongoing",
                 st="On track", comment="Gamston junction works complete; funding agreement for the Tollerton junction in negotiation."),
            dict(ref="SG1.2",
                 action="Submit the Greater Nottingham Strategic Plan for examination with the partner councils.",
                 lead_cell="Service Manager – Planning Policy", lead=["Service Manager – Planning Policy"],
                 portfolio="Planning and Housing", target="December 2025", end="2025-12",
                 st="At risk", comment="Regulation 19 consultation responses higher than expected; submission may slip to early 2026."),
        ]),
        ("SG2 – Support the transformation of the Ratcliffe-on-Soar power station site", [
            dict(ref="SG2.1",
                 action="Work with Uniper, the East Midlands Combined County Authority and the Development Corporation to agree a Local Development Order and masterplan for the Ratcliffe-on-Soar site.",
                 lead_cell="Chief Executive; Director – Development and Economic Growth",
                 lead=["Chief Executive", "Director – Development and Economic Growth"],
                 portfolio="Business and Growth", target="June 2026", end="2026-06",
                 st="On track", comment="Draft masterplan issued for partner comment in September."),
        ]),
    ]),
    ("The Environment", [
        ("EN1 – Work towards the Council being carbon neutral by 2030", [
            dict(ref="EN1.1",
                 action="Install solar PV and battery storage at Rushcliffe Arena.",
                 lead_cell="Service Manager – Environment", lead=["Service Manager – Environment"],
                 portfolio="Environment and Safety", target="March 2026", end="2026-03",
                 st="Not started", comment="Scheduled to start in Q3 once grant funding is confirmed."),
            dict(ref="EN1.2",
                 action="Convert a further six refuse collection vehicles to run on HVO fuel.",
                 lead_cell="Service Manager – Neighbourhoods", lead=["Service Manager – Neighbourhoods"],
                 portfolio="Environment and Safety", target="August 2025", end="2025-08",
                 st="Completed", comment="All six vehicles converted in August."),
        ]),
        ("EN2 – Protect and enhance the Borough's natural environment", [
            dict(ref="EN2.1",
                 action="Deliver the 2025/26 tree planting programme, planting 2,000 trees on Council land, and report on Biodiversity Net Gain monitoring.",
                 lead_cell="Environmental Sustainability Officer", lead=["Environmental Sustainability Officer"],
                 portfolio="Environment and Safety", target="Q4 2025/26", end="2026-03", end_text="Q4 2025/26",
                 st="On track", comment="Planting sites agreed; planting season starts in November."),
        ]),
    ]),
]


def build_rushcliffe(path):
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    set_widths(sm, [26, 14, 12, 12, 12, 14, 10])
    sm["A1"] = "Rushcliffe Borough Council"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Corporate Strategy 2024-2027 – Delivery Plan 2025/26"
    sm["A2"].font = Font(bold=True, size=13)
    sm["A3"] = "Quarter 2 update (1 July – 30 September 2025) – Corporate Overview Group, 18 November 2025"
    sm["A5"] = "Status key"
    sm["A5"].font = Font(bold=True)
    key = [("Completed", "Action delivered (blue)"),
           ("On track", "Progressing to timescale (green)"),
           ("At risk", "Some slippage or a risk to delivery (amber)"),
           ("Off track", "Will not be delivered to timescale (red)"),
           ("Not started", "Scheduled to start later in the plan (no rating)")]
    for i, (k, txt) in enumerate(key, start=6):
        c = sm.cell(row=i, column=1, value=k)
        c.fill = fill(RC_STATUS[k][1])
        c.border = BOX
        sm.cell(row=i, column=2, value=txt)
    sm["A12"] = "Summary of status by priority"
    sm["A12"].font = Font(bold=True)
    cols = ["Priority", "Completed", "On track", "At risk", "Off track", "Not started", "Total"]
    for j, h in enumerate(cols, start=1):
        c = sm.cell(row=13, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(RAG_FILL["head"])
        c.border = BOX
    row = 14
    totals = [0] * 6
    for sheet, tasks in RC_SHEETS:
        counts = {k: 0 for k in RC_STATUS}
        for _, acts in tasks:
            for a in acts:
                counts[a["st"]] += 1
        vals = [sheet] + [counts[k] for k in RC_STATUS] + [sum(counts.values())]
        for j, v in enumerate(vals, start=1):
            sm.cell(row=row, column=j, value=v).border = BOX
        for j in range(6):
            totals[j] += vals[j + 1]
        row += 1
    vals = ["Total"] + totals
    for j, v in enumerate(vals, start=1):
        c = sm.cell(row=row, column=j, value=v)
        c.font = Font(bold=True)
        c.border = BOX

    for sheet, tasks in RC_SHEETS:
        ws = wb.create_sheet(sheet)
        set_widths(ws, [8, 58, 30, 24, 16, 12, 50])
        ws["A1"] = "Corporate Strategy 2024-2027 – Delivery Plan 2025/26"
        ws["A1"].font = Font(italic=True, size=10)
        ws["A2"] = sheet
        ws["A2"].font = Font(bold=True, size=14, color=RAG_FILL["head"])
        hdr = ["Ref", "Action", "Lead Officer", "Cabinet portfolio", "Target date", "Status", "Q2 commentary"]
        for j, h in enumerate(hdr, start=1):
            c = ws.cell(row=4, column=j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill(RAG_FILL["head"])
            c.border = BOX
            c.alignment = Alignment(wrap_text=True)
        r = 5
        for task, acts in tasks:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(row=r, column=1, value=task)
            c.font = Font(bold=True)
            c.fill = fill(RAG_FILL["band"])
            r += 1
            for a in acts:
                vals = [a["ref"], a["action"], a["lead_cell"], a["portfolio"], a["target"], a["st"], a["comment"]]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                ws.cell(row=r, column=6).fill = fill(RC_STATUS[a["st"]][1])
                r += 1
        r += 1
        ws.cell(row=r, column=1, value="Commentary provided by lead officers. Status as at 30 September 2025.")
        ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    wb.save(path)


# ======================================================================
# 3. Haringey LAP - area SEND inspection AFI action plan (typo month)
# ======================================================================
HG_NAME = "zag-haringey-local-area-partnership-send-inspection-action-plan-typo-month-refuse.xlsx"
HG_AFIS = [
    ("Leaders should make sure that planning for adulthood is discussed across education, health and care at an earlier age, so that young people and their families are clear about the options and support available to them.", [
        ("1.1", "Introduce preparing for adulthood (PfA) reviews from Year 9 for all young people with an EHC plan, with health and social care input.",
         "Head of Integrated SEND; Designated Clinical Officer", "Apr-24", "Sept 2025", "A", "G",
         "PfA prompts added to all Year 9 review paperwork; health advice received for 64% of Year 9 reviews."),
        ("1.2", "Publish a co-produced PfA pathway on the Local Offer, including post-16 and post-19 options.",
         "Local Offer Officer", "Jun-24", "Dec-24", "G", "B",
         "Pathway published December 2024 with Haringey Parent Carer Forum."),
        ("1.3", "Establish a 14–25 transitions panel with adult social care and NCL ICB.",
         "Head of Service – Transitions", "Sep-24", "Mar-25", "A", "B",
         "Panel meeting monthly since March 2025."),
    ]),
    ("Leaders should continue to extend recently developed provision, so that more children and young people with SEND benefit from it.", [
        ("2.1", "Open two additional specialist resource provisions (SRPs) in mainstream secondary schools.",
         "Head of SEND Commissioning", "Sep-24", "Sept 2025", "G", "G",
         "First SRP opened September 2025; second agreed with governors."),
        ("2.2", "Extend the Autism Outreach offer to every primary school in the borough.",
         "Autism Outreach Team Manager", "Jan-25", "Summer term 2025", "A", "A",
         "41 of 62 primary schools now receiving outreach."),
    ]),
    ("Leaders should maintain the pace of improvement in the timeliness of EHC needs assessments and the issuing of EHC plans.", [
        ("3.1", "Recruit four additional EHC coordinators and two educational psychologists.",
         "Head of Integrated SEND", "Apr-24", "Mar-25", "A", "B",
         "All posts filled by March 2025."),
        ("3.2", "Introduce weekly tracking of 20-week timeliness at SEND Panel, with escalation of cases at risk of breaching.",
         "SEND Service Manager", "May-24", "Febuary 2025", "G", "G",
         "Tracker in place; timeliness 61% (rolling 12 months) against 50% national."),
        ("3.3", "Commission additional capacity to clear the backlog of annual review amendments.",
         "SEND Service Manager", "Sep-24", "Jul-25", "R", "A",
         "Backlog reduced from 412 to 138."),
    ]),
]
HG_TYPO_ROW = 12  # sheet row of action 3.2 (see build below)


def build_haringey(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "AFI Action Plan"
    set_widths(ws, [6, 42, 56, 28, 10, 16, 10, 10, 46])
    ws.merge_cells("A1:I1")
    ws["A1"] = "Haringey Local Area Partnership – SEND and Alternative Provision"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:I2")
    ws["A2"] = "Area SEND Inspection (January–February 2024): Areas for Improvement Action Plan"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A3:I3")
    ws["A3"] = "Progress update for the SEND Executive Board – July 2025"
    hdr = ["No.", "Area for improvement", "Action", "Lead(s)", "Start", "End",
           "Previous RAG", "Current RAG", "Progress / impact"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(RAG_FILL["head"])
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    rag_col = {"G": RAG_FILL["green"], "A": RAG_FILL["amber"], "R": RAG_FILL["red"], "B": RAG_FILL["blue"]}
    r = 6
    for afi, acts in HG_AFIS:
        first = r
        for (no, action, lead, start, end, prev, cur, prog) in acts:
            vals = [no, afi if r == first else None, action, lead, start, end, prev, cur, prog]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=7).fill = fill(rag_col[prev])
            ws.cell(row=r, column=8).fill = fill(rag_col[cur])
            r += 1
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    assert ws.cell(row=HG_TYPO_ROW, column=6).value == "Febuary 2025"
    r += 1
    ws.cell(row=r, column=1, value="RAG: B = complete; G = on track; A = some risk to delivery; R = off track.")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)

    vc = wb.create_sheet("Version control")
    set_widths(vc, [10, 14, 30, 50])
    for j, h in enumerate(["Version", "Date", "Updated by", "Summary of changes"], start=1):
        vc.cell(row=1, column=j, value=h).font = Font(bold=True)
    vrows = [["0.3", d(2024, 5, 20), "Head of Integrated SEND", "Draft agreed by SEND Executive Board"],
             ["1.0", d(2024, 6, 14), "Head of Integrated SEND", "Published on the Local Offer"],
             ["1.4", d(2025, 7, 8), "SEND Improvement Lead", "July 2025 progress update"]]
    for i, row in enumerate(vrows, start=2):
        for j, v in enumerate(row, start=1):
            c = vc.cell(row=i, column=j, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    wb.save(path)


# ======================================================================
# 4. Buckinghamshire LAP - Area SEND inspection improvement plan (docx)
# ======================================================================
BK_NAME = "zag-buckinghamshire-local-area-partnership-area-send-inspection-improvement-plan-2026.docx"
BK_TITLE = "Buckinghamshire Local Area Partnership: Area SEND Inspection Improvement Plan 2026–2027"
BK_RAG = {"B": "blue", "G": "green", "A": "amber", "R": "red", "NS": "unrated"}
BK_PRIORITIES = [
    ("Priority 1: Voice of children, young people and families",
     "Leaders across the partnership should ensure that the voices of children and young people with SEND and their families are central to strategic improvements and to the EHC planning process.",
     [
         dict(ref="1.1",
              action="Co-produce a partnership participation framework with FACT Bucks and young people's groups, setting out how their views will shape strategic decisions.",
              lead_cell="Head of SEND\nFACT Bucks (parent carer forum)",
              lead=["Head of SEND", "FACT Bucks (parent carer forum)"],
              timescale="July 2026", end="2026-07",
              measure="Framework signed off by SEND Partnership Board; parent carer confidence survey baseline set.",
              rag="G"),
         dict(ref="1.2",
              action="Revise the EHC needs assessment and EHC plan templates so that the 'All about me' section is written with the child or young person.",
              lead_cell="SEND Quality Assurance Manager",
              lead=["SEND Quality Assurance Manager"],
              timescale="Summer term 2026", end="2026-07", end_text="Summer term 2026",
              measure="80% of audited plans show the child's own words in 'All about me'.",
              rag="NS"),
         dict(ref="1.3",
              action="Report 'You said, we did' feedback from families and young people to the SEND Partnership Board.",
              lead_cell="SEND Partnership and Engagement Lead",
              lead=["SEND Partnership and Engagement Lead"],
              timescale="Termly", end=None, end_text="Termly",
              measure="Termly report published on the Local Offer.",
              rag="G"),
     ]),
    ("Priority 2: Timely, high-quality EHC plans and annual reviews",
     "Leaders should increase the timeliness and quality of EHC needs assessments and EHC plans, and strengthen the quality of annual reviews and their contribution to revising EHC plans.",
     [
         dict(ref="2.1",
              action="Recruit and train additional EHC coordinators and educational psychologists, funded through the £3m investment, to increase the proportion of EHC plans issued within 20 weeks.",
              lead_cell="Service Director – Education\nPrincipal Educational Psychologist",
              lead=["Service Director – Education", "Principal Educational Psychologist"],
              timescale="September 2026", end="2026-09",
              measure="20-week timeliness at or above the national average for two consecutive quarters.",
              rag="A"),
         dict(ref="2.2",
              action="Introduce a monthly multi-agency quality assurance audit of EHC plans, including the health and social care advice.",
              lead_cell="SEND Quality Assurance Manager / Designated Clinical Officer",
              lead=["SEND Quality Assurance Manager", "Designated Clinical Officer"],
              timescale="May 2026", end="2026-05",
              measure="At least 70% of audited plans graded good or better.",
              rag="G"),
         dict(ref="2.3",
              action="Implement an annual review tracker so that amended EHC plans are issued within four weeks of the review decision.",
              lead_cell="Head of SEND",
              lead=["Head of SEND"],
              timescale="31/03/2027", end="2027-03",
              measure="90% of amendments issued within four weeks.",
              rag="NS"),
     ]),
    ("Priority 3: Neurodevelopmental pathways and emotional wellbeing",
     "Leaders should expedite an embedded and sustainable needs-led approach to neurodevelopmental pathways to reduce waiting times, and address waiting times for mental health support in schools and for enuresis assessment.",
     [
         dict(ref="3.1",
              action="Roll out the needs-led neurodevelopmental support offer, available without a diagnosis, to all schools and early years settings.",
              lead_cell="Associate Director, Children and Young People's Commissioning (BOB ICB)",
              lead=["Associate Director, Children and Young People's Commissioning (BOB ICB)"],
              timescale="December 2026", end="2026-12",
              measure="Reduction in the number of children waiting over 52 weeks for assessment.",
              rag="A"),
         dict(ref="3.2",
              action="Extend Mental Health Support Teams to a further 20 schools.",
              lead_cell="Head of Children's Mental Health Commissioning",
              lead=["Head of Children's Mental Health Commissioning"],
              timescale="April 2027", end="2027-04",
              measure="Coverage of Mental Health Support Teams rises to 60% of pupils.",
              rag="NS"),
         dict(ref="3.3",
              action="Agree a single enuresis assessment pathway across community nursing and paediatrics, with a maximum wait of 18 weeks.",
              lead_cell="Designated Clinical Officer",
              lead=["Designated Clinical Officer"],
              timescale="October 2026", end="2026-10",
              measure="No child waiting longer than 18 weeks for an enuresis assessment.",
              rag="R"),
     ]),
    ("Priority 4: Transitions at every stage",
     "Leaders should improve their strategic approach to transition planning at all stages, so that children and young people with SEND receive the right help and support when they need it.",
     [
         dict(ref="4.1",
              action="Publish an all-age transitions protocol covering early years to school, phase transfer and preparing for adulthood.",
              lead_cell="Head of Preparing for Adulthood",
              lead=["Head of Preparing for Adulthood"],
              timescale="January 2027", end="2027-01",
              measure="Protocol agreed by education, health and care partners and published on the Local Offer.",
              rag="NS"),
         dict(ref="4.2",
              action="Make sure every young person with an EHC plan has a preparing for adulthood outcome reviewed at each annual review from Year 9.",
              lead_cell="Head of SEND\nHead of Preparing for Adulthood",
              lead=["Head of SEND", "Head of Preparing for Adulthood"],
              timescale="Ongoing", end=None, end_text="Ongoing",
              measure="Quarterly audit shows PfA outcomes in 95% of Year 9+ reviews.",
              rag="G"),
     ]),
]


def build_bucks(path):
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    for sec in doc.sections:
        sec.left_margin = sec.right_margin = Cm(1.8)
    t = doc.add_paragraph()
    r = t.add_run(BK_TITLE)
    r.bold = True
    r.font.size = Pt(18)
    doc.add_paragraph("Our response to the Ofsted and CQC area SEND inspection, November 2025")

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Document owner", "Buckinghamshire SEND Partnership Board"),
                 ("Version", "1.2"),
                 ("Date", "28 April 2026"),
                 ("Approved by", "SEND Partnership Board, 24 March 2026"),
                 ("Next review", "July 2026")]:
        row = dc.add_row().cells
        cell_text(row[0], k, bold=True)
        shade(row[0], "DDEBF7")
        cell_text(row[1], v)

    doc.add_heading("Introduction", level=2)
    doc.add_paragraph(
        "Ofsted and the Care Quality Commission inspected the Buckinghamshire local area partnership in "
        "November 2025. The inspection found that the partnership's arrangements lead to inconsistent "
        "experiences and outcomes for children and young people with special educational needs and/or "
        "disabilities (SEND). This plan sets out the actions the partnership will take against each of the "
        "areas for improvement in the report. It is monitored by the SEND Partnership Board and reported to "
        "the Health and Wellbeing Board.")
    doc.add_heading("RAG key", level=2)
    kt = doc.add_table(rows=1, cols=2)
    kt.style = "Table Grid"
    cell_text(kt.rows[0].cells[0], "RAG", bold=True)
    cell_text(kt.rows[0].cells[1], "Meaning", bold=True)
    for k, v, col in [("B", "Complete", "5B9BD5"), ("G", "On track", "70AD47"),
                      ("A", "Some slippage – mitigations in place", "FFC000"),
                      ("R", "Off track – escalated to the SEND Partnership Board", "FF0000"),
                      ("NS", "Not started", "FFFFFF")]:
        row = kt.add_row().cells
        cell_text(row[0], k, bold=True)
        shade(row[0], col)
        cell_text(row[1], v)

    rag_shade = {"B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000", "NS": "FFFFFF"}
    for heading, afi, acts in BK_PRIORITIES:
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph()
        p.add_run("Area for improvement").bold = True
        p2 = doc.add_paragraph()
        p2.add_run(afi).italic = True
        tbl = doc.add_table(rows=1, cols=6)
        tbl.style = "Table Grid"
        for c, h in zip(tbl.rows[0].cells, ["Ref", "Action", "Lead(s)", "Timescale", "How we will know", "RAG"]):
            cell_text(c, h, bold=True)
            shade(c, "1F4E79")
            for run in c.paragraphs[0].runs:
                run.font.color.rgb = docx.shared.RGBColor(0xFF, 0xFF, 0xFF)
        for a in acts:
            cells = tbl.add_row().cells
            cell_text(cells[0], a["ref"])
            cell_text(cells[1], a["action"])
            cell_text(cells[2], a["lead_cell"])
            cell_text(cells[3], a["timescale"])
            cell_text(cells[4], a["measure"])
            cell_text(cells[5], a["rag"], bold=True)
            shade(cells[5], rag_shade[a["rag"]])
        doc.add_paragraph("")

    doc.add_heading("Governance and monitoring", level=2)
    doc.add_paragraph(
        "Progress against each action is reviewed monthly by the SEND Improvement Programme Group and "
        "reported to every meeting of the SEND Partnership Board. The Department for Education and NHS "
        "England receive a progress report every six months.")
    doc.add_heading("Glossary", level=2)
    gt = doc.add_table(rows=0, cols=2)
    gt.style = "Table Grid"
    for k, v in [("BOB ICB", "Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board"),
                 ("EHC plan", "Education, health and care plan"),
                 ("FACT Bucks", "Families and Carers Together – Buckinghamshire's parent carer forum"),
                 ("PfA", "Preparing for adulthood")]:
        row = gt.add_row().cells
        cell_text(row[0], k, bold=True)
        cell_text(row[1], v)
    doc.save(path)


# ======================================================================
# 5. East Devon DC - Scrutiny Committee recommendations tracker (docx)
# ======================================================================
ED_NAME = "zag-east-devon-district-council-scrutiny-committee-recommendations-tracker-2025.docx"
ED_STATUS = {"Complete": "blue", "On track": "green", "Delayed": "amber", "Not progressed": "red"}
ED_TOPICS = [
    ("S.106 and CIL Resources and Processes Task and Finish Forum (report to Cabinet, 4 September 2024)", [
        dict(ref="1",
             action="That a dedicated S.106 monitoring post be established to track planning obligations from signing through to spend.",
             resp="Assistant Director – Planning Strategy and Development Management",
             lead=["Assistant Director – Planning Strategy and Development Management"],
             cabinet="Agreed", target="April 2025", end="2025-04", st="Complete",
             progress="Planning Obligations Monitoring Officer appointed March 2025."),
        dict(ref="2",
             action="That town and parish councils receive an annual statement of the S.106 and CIL monies held for their area and the deadlines for spending them.",
             resp="Planning Obligations Monitoring Officer / Finance Manager",
             lead=["Planning Obligations Monitoring Officer", "Finance Manager"],
             cabinet="Agreed", target="June 2025", end="2025-06", st="Complete",
             progress="First statements issued to all town and parish councils on 12 June 2025."),
        dict(ref="3",
             action="That the Infrastructure Funding Statement be presented to the Scrutiny Committee each December before it is published.",
             resp="Planning Obligations Monitoring Officer",
             lead=["Planning Obligations Monitoring Officer"],
             cabinet="Agreed", target="December 2025", end="2025-12", st="On track",
             progress="On the Committee's forward plan for 11 December 2025."),
    ]),
    ("Waste and recycling contract re-procurement (Scrutiny Committee, 16 January 2025)", [
        dict(ref="4",
             action="That cross-party members are involved in the evaluation of options for the next waste and recycling contract before the Cabinet decision.",
             resp="Assistant Director – StreetScene",
             lead=["Assistant Director – StreetScene"],
             cabinet="Agreed", target="March 2025", end="2025-03", st="Complete",
             progress="Member working group met three times; views reported to Cabinet on 26 March 2025."),
        dict(ref="5",
             action="That the options appraisal includes the carbon impact of the vehicle fleet and of alternative fuels.",
             resp="StreetScene Manager & Climate Change Officer",
             lead=["StreetScene Manager", "Climate Change Officer"],
             cabinet="Agreed", target="30/09/2025", end="2025-09", st="Delayed",
             progress="Appraisal extended to take in the results of the HVO fuel trial; now expected in December 2025."),
    ]),
    ("UK Shared Prosperity Fund evaluation (Scrutiny Committee, 24 January 2024)", [
        dict(ref="6",
             action="That final evaluation findings for all 13 UKSPF projects are reported to the Scrutiny Committee, including outputs achieved against targets.",
             resp="Economic Development Manager",
             lead=["Economic Development Manager"],
             cabinet="Agreed", target="July 2025", end="2025-07", st="Not progressed",
             progress="Final evaluation report not yet received from the external evaluator."),
        dict(ref="7",
             action="That the lessons learned are used to shape the Council's bids for future devolved funding through the Devon and Torbay Combined County Authority.",
             resp="Economic Development Manager",
             lead=["Economic Development Manager"],
             cabinet="Agreed in part", target="TBC", end=None, end_text="TBC", st="On track",
             progress="Awaiting the Combined County Authority's funding prospectus."),
    ]),
    ("Climate Change Action Plan review (Scrutiny Committee, 30 November 2023)", [
        dict(ref="8",
             action="That progress against the revised Climate Change Action Plan is reported to the Scrutiny Committee every six months.",
             resp="Climate Change Officer",
             lead=["Climate Change Officer"],
             cabinet="Agreed", target="Six-monthly", end=None, end_text="Six-monthly", st="On track",
             progress="Last report 12 June 2025; next report due December 2025."),
    ]),
]


def build_east_devon(path):
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    from docx.enum.section import WD_ORIENT
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    p = doc.add_paragraph()
    r = p.add_run("East Devon District Council")
    r.bold = True
    r.font.size = Pt(12)
    p = doc.add_paragraph()
    r = p.add_run("Scrutiny Committee – Recommendations Tracker")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Position as at 6 November 2025. Report to Scrutiny Committee, 13 November 2025.")
    doc.add_paragraph(
        "This tracker lists the recommendations the Committee has made to Cabinet, the Cabinet response and "
        "the progress reported by the responsible officer. Completed recommendations are removed after they "
        "have been reported once as complete.")
    p = doc.add_paragraph()
    p.add_run("Status key: ").bold = True
    p.add_run("Complete – recommendation implemented (blue); On track – being implemented to timescale "
              "(green); Delayed – implementation behind timescale (amber); Not progressed – no action taken "
              "yet (red).")
    st_shade = {"Complete": "9DC3E6", "On track": "A9D08E", "Delayed": "FFD966", "Not progressed": "FF7C80"}
    for topic, recs in ED_TOPICS:
        h = doc.add_paragraph()
        hr = h.add_run(topic)
        hr.bold = True
        hr.font.size = Pt(11)
        tbl = doc.add_table(rows=1, cols=7)
        tbl.style = "Table Grid"
        hdr = ["No.", "Recommendation", "Cabinet response", "Responsible officer", "Target date", "Progress", "Status"]
        for c, txt in zip(tbl.rows[0].cells, hdr):
            cell_text(c, txt, bold=True)
            shade(c, "D9D9D9")
        for a in recs:
            cells = tbl.add_row().cells
            cell_text(cells[0], a["ref"])
            cell_text(cells[1], a["action"])
            cell_text(cells[2], a["cabinet"])
            cell_text(cells[3], a["resp"])
            cell_text(cells[4], a["target"])
            cell_text(cells[5], a["progress"])
            cell_text(cells[6], a["st"])
            shade(cells[6], st_shade[a["st"]])
        doc.add_paragraph("")
    doc.add_paragraph("Contact: Democratic Services, Blackdown House, Honiton.")
    doc.save(path)


# ======================================================================
# 6. Southwark Council - scrutiny recommendation tracker (csv export)
# ======================================================================
SW_NAME = "zag-southwark-council-scrutiny-recommendation-tracker-2025.csv"
SW_TITLE = "Southwark Council – Scrutiny Recommendation Tracker"
SW_STATUS = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red", "Not started": "unrated"}
SW_ROWS = [
    dict(ref="HCS-01", body="Housing and Community Safety Scrutiny Commission", review="Damp and mould in council homes",
         action="The council should set a target to inspect reported damp and mould cases within 10 working days and publish performance every quarter.",
         response="Agreed", member="Cabinet Member for Council Homes", officer="Strategic Director of Housing",
         lead=["Strategic Director of Housing"], due="31/03/2025", end="2025-03", rag="Complete",
         update="Target introduced April 2024; Q1 2025/26 performance 94% within 10 working days."),
    dict(ref="HCS-02", body="Housing and Community Safety Scrutiny Commission", review="Damp and mould in council homes",
         action="Tenants should be given a named officer and a written schedule of works at the first inspection visit.",
         response="Agreed", member="Cabinet Member for Council Homes", officer="Director of Asset Management",
         lead=["Director of Asset Management"], due="30/09/2025", end="2025-09", rag="Green",
         update="Named officer in place for all new cases; schedule of works letter live from August."),
    dict(ref="HCS-03", body="Housing and Community Safety Scrutiny Commission", review="Safer Neighbourhood Teams",
         action="The council should work with the Metropolitan Police to:\n- publish ward contact details for every Safer Neighbourhood Team; and\n- report dedicated ward officer abstraction rates to the commission twice a year.",
         response="Agreed in part", member="Cabinet Member for Community Safety", officer="Director of Stronger Neighbourhoods",
         lead=["Director of Stronger Neighbourhoods"], due="Ongoing", end=None, end_text="Ongoing", rag="Amber",
         update="Ward contact details published. The Met has not yet agreed to share abstraction data."),
    dict(ref="ELE-01", body="Education and Local Economy Scrutiny Commission", review="Falling school rolls",
         action="The council should publish a school place planning strategy setting out the criteria it will use when proposing school amalgamations and closures.",
         response="Agreed", member="Cabinet Member for Children, Education and Refugees", officer="Director of Education",
         lead=["Director of Education"], due="Jan-26", end="2026-01", rag="Green",
         update="Draft strategy out to consultation with schools until 28 November."),
    dict(ref="ELE-02", body="Education and Local Economy Scrutiny Commission", review="Falling school rolls",
         action="Schools affected by amalgamation should receive a transition support package, including HR and financial advice, agreed with their governing bodies.",
         response="Agreed", member="Cabinet Member for Children, Education and Refugees",
         officer="Director of Education & Head of Schools Finance",
         lead=["Director of Education", "Head of Schools Finance"], due="31/12/2025", end="2025-12", rag="Amber",
         update="Package agreed for two schools; HR support for a third school delayed."),
    dict(ref="HSC-01", body="Health and Social Care Scrutiny Commission", review="GP appointments and access",
         action="Partners should agree a single borough-wide message on how to access GP, pharmacy and NHS 111 services, translated into the main community languages.",
         response="Agreed", member="Cabinet Member for Health and Wellbeing", officer="Director of Public Health",
         lead=["Director of Public Health"], due="30/06/2025", end="2025-06", rag="Red",
         update="English version agreed with the ICB; translations not yet commissioned."),
    dict(ref="HSC-02", body="Health and Social Care Scrutiny Commission", review="GP appointments and access",
         action="The council should ask NHS South East London ICB to report GP appointment data for each primary care network to the commission.",
         response="Agreed", member="Cabinet Member for Health and Wellbeing", officer="Director of Public Health",
         lead=["Director of Public Health"], due="Annually", end=None, end_text="Annually", rag="Green",
         update="First annual report received at the commission's July meeting."),
    dict(ref="OSC-01", body="Overview and Scrutiny Committee", review="Cost of living support",
         action="The council should review take-up of the Southwark Emergency Support Scheme and promote it through housing officers and food banks.",
         response="Agreed", member="Cabinet Member for Equalities, Democracy and Finance", officer="Strategic Director of Resources",
         lead=["Strategic Director of Resources"], due="Mar-26", end="2026-03", rag="Not started",
         update="Review scheduled for Q4 2025/26."),
]


def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in [",", '"', "\n", "\r"]):
        v = '"' + v.replace('"', '""') + '"'
    return v


def build_southwark(path):
    ncol = 10
    lines = []

    def row(vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        lines.append(",".join(csv_field(v) for v in vals))

    row([SW_TITLE])
    row(["Overview & Scrutiny Committee – position at 14 October 2025"])
    row([])
    row(["Ref", "Scrutiny body", "Review", "Recommendation", "Cabinet response", "Cabinet member",
         "Lead officer", "Due date", "RAG", "Latest update"])
    for a in SW_ROWS:
        row([a["ref"], a["body"], a["review"], a["action"], a["response"], a["member"], a["officer"],
             a["due"], a["rag"], a["update"]])
    row([])
    row(["RAG: Complete = recommendation fully implemented; Green = on track; Amber = some delay; "
         "Red = significantly delayed or not progressed; Not started = not yet due to start"])
    row(["Exported from the scrutiny recommendation tracker (SharePoint) on 14/10/2025"])
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ======================================================================
# 7. Gwent PSB - Well-being Plan delivery tracker (tab-separated text)
# ======================================================================
GW_NAME = "zag-gwent-psb-well-being-plan-delivery-tracker-2025-26-q2.txt"
GW_TITLE = "Gwent Well-being Plan 2023-2028 – Delivery Tracker 2025/26"
GW_RAG = {"B": "blue", "G": "green", "A": "amber", "R": "red", "N": "unrated"}
GW_OBJECTIVES = [
    ("Objective 1: We want to create a fairer, more equitable and inclusive Gwent for all", [
        ("Step 1.1 – Tackle the cost-of-living crisis and its longer-term effects on households", [
            dict(ref="1.1a",
                 action="Map and promote the warm spaces, food support and advice services in each local authority area through a single Gwent directory.",
                 lead_cell="Torfaen CBC / Gwent Association of Voluntary Organisations",
                 lead=["Torfaen CBC", "Gwent Association of Voluntary Organisations"],
                 group="Cost of Living Task Group", timescale="December 2025", end="2025-12", rag="G",
                 update="Directory live for Newport, Torfaen and Monmouthshire; Blaenau Gwent and Caerphilly data due November."),
            dict(ref="1.1b",
                 action="Agree a shared approach to income maximisation checks across the front-line services of PSB partners.",
                 lead_cell="Newport City Council", lead=["Newport City Council"],
                 group="Cost of Living Task Group", timescale="March 2026", end="2026-03", rag="A",
                 update="Data sharing agreement awaiting sign-off by two partners."),
        ]),
        ("Step 1.2 – Become a Marmot Region and reduce health inequalities", [
            dict(ref="1.2a",
                 action="Publish the Gwent Marmot Region progress report with the Institute of Health Equity, including the agreed indicator set.",
                 lead_cell="Aneurin Bevan University Health Board", lead=["Aneurin Bevan University Health Board"],
                 group="Marmot Programme Leadership Group", timescale="July 2025", end="2025-07", rag="B",
                 update="Report published 17 July 2025."),
            dict(ref="1.2b",
                 action="Deliver health equity training to 500 front-line staff across partner organisations.",
                 lead_cell="Public Health Wales", lead=["Public Health Wales"],
                 group="Marmot Programme Leadership Group", timescale="March 2026", end="2026-03", rag="G",
                 update="312 staff trained to date."),
        ]),
        ("Step 1.3 – Provide and enable the supply of good quality, affordable homes", [
            dict(ref="1.3a",
                 action="Complete a regional review of housing need with registered social landlords.",
                 lead_cell="Monmouthshire CC & Caerphilly CBC",
                 lead=["Monmouthshire CC", "Caerphilly CBC"],
                 group="Gwent Housing Partnership", timescale="Q3 2025/26", end="2025-12", end_text="Q3 2025/26", rag="R",
                 update="Delayed while Welsh Government releases updated housing need estimates."),
        ]),
    ]),
    ("Objective 2: We want a climate-ready Gwent, where our environment is valued and protected, benefitting our well-being now and for future generations", [
        ("Step 2.1 – Reduce carbon emissions and help Gwent adapt to climate change", [
            dict(ref="2.1a",
                 action="Produce a Gwent climate risk assessment and adaptation plan with all PSB partners.",
                 lead_cell="Natural Resources Wales", lead=["Natural Resources Wales"],
                 group="Climate Ready Gwent Group", timescale="June 2026", end="2026-06", rag="G",
                 update="Risk workshops held in all five local authority areas."),
            dict(ref="2.1b",
                 action="Extend the shared electric vehicle charging network across public sector sites in Gwent.",
                 lead_cell="Blaenau Gwent CBC", lead=["Blaenau Gwent CBC"],
                 group="Climate Ready Gwent Group", timescale="Ongoing", end=None, end_text="Ongoing", rag="A",
                 update="24 of 40 planned charge points installed; grid connection delays at two sites."),
        ]),
        ("Step 2.2 – Protect and enhance nature, green spaces and local food systems", [
            dict(ref="2.2a",
                 action="Extend Gwent Green Grid nature recovery projects to a further five community sites.",
                 lead_cell="Caerphilly CBC", lead=["Caerphilly CBC"],
                 group="Gwent Green Grid Partnership", timescale="March 2026", end="2026-03", rag="N",
                 update="Sites to be confirmed once 2025/26 grant award is known."),
            dict(ref="2.2b",
                 action="Develop a Gwent sustainable food framework with the local community food partnerships.",
                 lead_cell="Torfaen CBC", lead=["Torfaen CBC"],
                 group="Gwent Food Partnership Network", timescale="September 2026", end="2026-09", rag="G",
                 update="Framework scoping session held in September."),
        ]),
    ]),
]


def build_gwent(path):
    ncol = 7

    def line(vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        return "\t".join(vals)

    out = [
        line(["Gwent Public Services Board / Bwrdd Gwasanaethau Cyhoeddus Gwent"]),
        line([GW_TITLE]),
        line(["Quarter 2 (July – September 2025) – report to Gwent PSB, 4 December 2025"]),
        line([]),
        line(["RAG: B = complete; G = on track; A = some slippage; R = off track; N = not yet started"]),
        line([]),
        line(["Ref", "Action", "Lead partner(s)", "Delivery group", "Timescale", "RAG", "Q2 update"]),
    ]
    for obj, steps in GW_OBJECTIVES:
        out.append(line([obj]))
        for step, acts in steps:
            out.append(line([step]))
            for a in acts:
                out.append(line([a["ref"], a["action"], a["lead_cell"], a["group"], a["timescale"],
                                 a["rag"], a["update"]]))
    out.append(line([]))
    out.append(line(["Tracker maintained by the Gwent Strategic Well-being Assessment Group (GSWAG) on behalf of the PSB."]))
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(out) + "\r\n")


# ======================================================================
BUILDERS = [
    (WB_NAME, build_west_berkshire),
    (RC_NAME, build_rushcliffe),
    (HG_NAME, build_haringey),
    (BK_NAME, build_bucks),
    (ED_NAME, build_east_devon),
    (SW_NAME, build_southwark),
    (GW_NAME, build_gwent),
]


def main(outdir=HERE):
    for name, fn in BUILDERS:
        assert name.startswith("zag-")
        path = os.path.join(outdir, name)
        fn(path)
        print("wrote", path)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else HERE)
