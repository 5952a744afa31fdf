"""Build the seven rz- data files of set heldout485.

Run with /work/main/.venv/bin/python rz_make.py (from any directory).
Writes only files whose names start with "rz-".
"""
import csv
import datetime as dt
import io
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


def out(name):
    assert name.startswith("rz-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="top", wrap_text=True)


def fill(hex6):
    return PatternFill(fill_type="solid", start_color="FF" + hex6, end_color="FF" + hex6)


RAG_FILL = {
    "R": fill("FF0000"),
    "A": fill("FFC000"),
    "G": fill("00B050"),
    "B": fill("0070C0"),
}
NAVY = fill("1F3864")
PALE = fill("D9E1F2")
GREY = fill("E7E6E6")


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def hdr_row(ws, row, values, fill_=PALE):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=row, column=c, value=v)
        cell.font = Font(bold=True)
        cell.fill = fill_
        cell.alignment = CENTRE
        cell.border = BOX


def box_row(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        if cell.alignment is None or not cell.alignment.wrap_text:
            cell.alignment = WRAP


# ====================================================================
# 1. Northern Lincolnshire and Goole NHSFT - Board Assurance Framework
# ====================================================================
def make_nlag_baf():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    widths(cov, [14, 16, 38, 50])
    cov["A1"] = "Northern Lincolnshire and Goole NHS Foundation Trust"
    cov["A1"].font = Font(bold=True, size=14, color="FF1F3864")
    cov["A2"] = "Board Assurance Framework 2025/26"
    cov["A2"].font = Font(bold=True, size=13)
    cov["A3"] = "Position as at 30 September 2025 (Quarter 2)"
    cov["A4"] = "Report to: Trust Board of Directors (public), 4 November 2025"
    cov["A6"] = "Document control"
    cov["A6"].font = Font(bold=True)
    hdr_row(cov, 7, ["Version", "Date", "Author", "Summary of changes"])
    dc = [
        ("1.0", "15/05/2025", "Associate Director of Corporate Governance", "2025/26 BAF approved by Trust Board"),
        ("1.1", "12/08/2025", "Associate Director of Corporate Governance", "Q1 update"),
        ("1.2", "21/10/2025", "Associate Director of Corporate Governance",
         "Q2 update; revised due dates for SR1.1, SR2.2 and SR3.1"),
    ]
    r = 8
    for row in dc:
        for c, v in enumerate(row, start=1):
            cov.cell(row=r, column=c, value=v)
        box_row(cov, r, 4)
        r += 1
    cov["A12"] = "Action RAG key"
    cov["A12"].font = Font(bold=True)
    key = [
        ("B", "Action complete"),
        ("G", "On track to deliver by the due date"),
        ("A", "At risk of slippage / revised date agreed"),
        ("R", "Overdue or off track"),
    ]
    r = 13
    for k, txt in key:
        cov.cell(row=r, column=1, value=k).fill = RAG_FILL[k]
        cov.cell(row=r, column=1).alignment = CENTRE
        cov.cell(row=r, column=2, value=txt)
        cov.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        r += 1
    cov["A18"] = ("Risk scoring: consequence x likelihood (each 1–5). 1–6 low; 8–12 moderate; "
                  "15–25 high/extreme.")

    summ = wb.create_sheet("BAF Summary")
    widths(summ, [9, 44, 24, 34, 10, 10, 10, 10, 14])
    summ["A1"] = "Board Assurance Framework 2025/26 – summary of strategic risks"
    summ["A1"].font = Font(bold=True, size=12)
    hdr_row(summ, 3, ["Risk ref", "Strategic risk", "Executive lead", "Assuring committee",
                      "Inherent score", "Q1 score", "Q2 score", "Target score", "Risk appetite"])
    srows = [
        ("SR1", "Quality and Safety", "Chief Nurse", "Quality and Safety Committee", 20, 16, 16, 8, "Minimal"),
        ("SR2", "Workforce", "Director of People", "Workforce Committee", 16, 16, 12, 9, "Open"),
        ("SR3", "Finance", "Chief Financial Officer", "Finance and Performance Committee", 20, 20, 16, 12, "Cautious"),
    ]
    r = 4
    for row in srows:
        for c, v in enumerate(row, start=1):
            summ.cell(row=r, column=c, value=v)
        box_row(summ, r, 9)
        r += 1
    summ["A8"] = "Actions on the BAF at Q2: 8 (complete 2; on track 2; at risk 3; overdue 1)"
    summ["A8"].font = Font(italic=True)

    risks = [
        {
            "sheet": "SR1",
            "title": "SR1: Quality and Safety",
            "objective": "1 – To give great care",
            "description": ("Risk that the Trust fails to deliver consistently safe and effective care, "
                            "resulting in avoidable harm to patients."),
            "lead": "Chief Nurse",
            "committee": "Quality and Safety Committee",
            "score": "16 (C4 x L4)",
            "gaps": [
                ("Inconsistent compliance with NEWS2 escalation for deteriorating patients on medical wards",
                 [
                     ("SR1.1",
                      "Roll out electronic observations with automated NEWS2 escalation alerts to all adult "
                      "inpatient wards at Scunthorpe General Hospital and Diana, Princess of Wales Hospital",
                      "Chief Nurse", dt.datetime(2025, 9, 30), dt.datetime(2025, 12, 31), "A", "A",
                      "Live on 14 of 19 wards. Remaining wards delayed by device replacement; "
                      "completion now planned for December."),
                     ("SR1.2",
                      "Deliver a monthly deteriorating patient audit, with results reported to the Quality "
                      "and Safety Committee",
                      "Deputy Chief Nurse", dt.datetime(2025, 7, 31), None, "G", "B",
                      "Audit in place since July; compliance 91% in September."),
                 ]),
                ("Limited assurance that learning from PSIRF patient safety investigations is embedded",
                 [
                     ("SR1.3",
                      "Establish a Learning from Patient Safety Events panel and publish a quarterly "
                      "thematic learning report",
                      "Medical Director / Director of Quality Governance", dt.datetime(2025, 10, 31),
                      "Q4 2025/26", "G", "A",
                      "Panel terms of reference agreed; first thematic report deferred to align "
                      "with group-wide PSIRF review."),
                 ]),
            ],
        },
        {
            "sheet": "SR2",
            "title": "SR2: Workforce",
            "objective": "2 – To be a good employer",
            "description": ("Risk that the Trust cannot recruit, retain and develop enough staff with the "
                            "right skills, leading to reliance on temporary staffing and gaps in services."),
            "lead": "Director of People",
            "committee": "Workforce Committee",
            "score": "12 (C4 x L3)",
            "gaps": [
                ("Reliance on agency medical staff in the Emergency Department and Acute Medicine",
                 [
                     ("SR2.1",
                      "Implement the ED medical workforce recruitment plan, including an international "
                      "medical graduate cohort of 12 WTE",
                      "Director of People", dt.datetime(2026, 3, 31), None, "G", "G",
                      "8 of 12 WTE appointed; remaining 4 due to start in February."),
                     ("SR2.2",
                      "Introduce agency cap controls and weekly executive authorisation of all "
                      "off-framework shifts",
                      "Chief Operating Officer; Director of People", dt.datetime(2025, 6, 30),
                      dt.datetime(2025, 9, 30), "A", "B",
                      "Controls live from 1 September; off-framework use down 62%."),
                 ]),
                ("Statutory and mandatory training compliance below the 90% target in 4 of 8 care groups",
                 [
                     ("SR2.3",
                      "Agree recovery trajectories for each care group and monitor them at Performance "
                      "Review Meetings",
                      "Care Group Directors", dt.datetime(2025, 8, 31), None, "A", "R",
                      "Trajectories agreed for 2 care groups only; escalated to Executive Team."),
                 ]),
            ],
        },
        {
            "sheet": "SR3",
            "title": "SR3: Finance",
            "objective": "4 – To live within our means",
            "description": ("Risk that the Trust does not deliver its 2025/26 financial plan and efficiency "
                            "requirement, affecting long-term sustainability."),
            "lead": "Chief Financial Officer",
            "committee": "Finance and Performance Committee",
            "score": "16 (C4 x L4)",
            "gaps": [
                ("Cost improvement programme (CIP) schemes not fully identified for 2025/26",
                 [
                     ("SR3.1",
                      "Identify the remaining £4.2m of CIP schemes and complete Quality Impact "
                      "Assessments for each",
                      "Chief Financial Officer", dt.datetime(2025, 8, 31), dt.datetime(2025, 11, 30),
                      "A", "A",
                      "£2.9m identified; QIAs complete for £2.1m."),
                     ("SR3.2",
                      "Complete a joint Humber Health Partnership review of clinical consumables "
                      "procurement",
                      "Group Chief Financial Officer", "March 2026", None, "New", "G",
                      "Scope agreed with HUTH procurement team."),
                 ]),
            ],
        },
    ]

    for rk in risks:
        ws = wb.create_sheet(rk["sheet"])
        widths(ws, [8, 34, 48, 26, 13, 13, 11, 11, 44])
        ws["A1"] = rk["title"]
        ws.merge_cells("A1:I1")
        ws["A1"].font = Font(bold=True, size=13, color="FFFFFFFF")
        ws["A1"].fill = NAVY
        labels = [("Strategic objective", rk["objective"]), ("Risk description", rk["description"]),
                  ("Executive lead", rk["lead"]), ("Assuring committee", rk["committee"]),
                  ("Current risk score", rk["score"])]
        r = 2
        for lab, val in labels:
            ws.cell(row=r, column=1, value=lab).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
            ws.cell(row=r, column=3, value=val).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=9)
            r += 1
        r += 1
        ws.cell(row=r, column=1, value="Gaps in control / assurance and actions").font = Font(bold=True)
        ws.cell(row=r, column=1).fill = GREY
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        hdr_row(ws, r, ["Ref", "Gap in control / assurance", "Action to address gap", "Action owner",
                        "Original due date", "Revised due date", "Previous RAG (Q1)",
                        "Current RAG (Q2)", "Progress update"])
        r += 1
        for gap, acts in rk["gaps"]:
            first = r
            for ref, action, owner, orig, rev, prev, cur, upd in acts:
                ws.cell(row=r, column=1, value=ref)
                if r == first:
                    ws.cell(row=r, column=2, value=gap)
                ws.cell(row=r, column=3, value=action)
                ws.cell(row=r, column=4, value=owner)
                for col, d in ((5, orig), (6, rev)):
                    cell = ws.cell(row=r, column=col, value=d)
                    if isinstance(d, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                for col, rag in ((7, prev), (8, cur)):
                    cell = ws.cell(row=r, column=col, value=rag)
                    if rag in RAG_FILL:
                        cell.fill = RAG_FILL[rag]
                        if rag == "B":
                            cell.font = Font(color="FFFFFFFF", bold=True)
                ws.cell(row=r, column=9, value=upd)
                box_row(ws, r, 9)
                for col in (5, 6, 7, 8):
                    ws.cell(row=r, column=col).alignment = CENTRE
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        r += 1
        ws.cell(row=r, column=1,
                value="Note: revised due dates agreed at the Audit, Risk and Governance Committee, "
                      "16 October 2025.").font = Font(italic=True)
    wb.save(out("rz-northern-lincolnshire-goole-nhsft-board-assurance-framework-2025-26.xlsx"))


# ====================================================================
# 2. Thames Valley Police - Crime Data Integrity improvement plan (REFUSE)
# ====================================================================
def make_tvp_cdi():
    wb = Workbook()
    rd = wb.active
    rd.title = "Read me"
    widths(rd, [110])
    lines = [
        ("Thames Valley Police", True),
        ("Crime Data Integrity (CDI) Improvement Plan 2024–25", True),
        ("", False),
        ("Purpose: to track the force’s response to the crime recording areas for improvement identified "
         "in the HMICFRS PEEL 2023–25 assessment and the force’s own CDI audits.", False),
        ("Governance: CDI Gold Group, chaired by the Deputy Chief Constable; monthly. "
         "Plan maintained by the Force Crime Registrar.", False),
        ("", False),
        ("Status key: Complete – action delivered and evidenced; On track – progressing to target date; "
         "Delayed – target date at risk; Not started.", False),
    ]
    for i, (t, b) in enumerate(lines, start=1):
        rd.cell(row=i, column=1, value=t).font = Font(bold=b, size=13 if i == 1 else 11)

    ws = wb.create_sheet("Action plan")
    widths(ws, [7, 40, 52, 28, 16, 13, 46])
    ws["A1"] = "Thames Valley Police – Crime Data Integrity Improvement Plan 2024–25"
    ws.merge_cells("A1:G1")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Senior owner: Deputy Chief Constable   |   Version 3.2 – updated 13/01/2025"
    ws.merge_cells("A2:G2")
    hdr_row(ws, 4, ["Ref", "Area for improvement", "Action", "Action owner", "Target date", "Status",
                    "Update / evidence"])
    themes = [
        ("Theme 1 – Recording crime at the first point of contact",
         [("The force should make sure that crimes reported to it are recorded at the first point of "
           "contact, or within 24 hours of the report.",
           [("1.1", "Extend crime recording at first contact to all Force Contact Centre call handlers on "
                    "day and night shifts",
             "Head of Contact Management", "December 2024", "Complete",
             "All call handler teams trained and live from 2 December."),
            ("1.2", "Introduce a daily 24-hour compliance report for incidents awaiting a crime "
                    "recording decision",
             "Force Crime Registrar", "March 2025", "On track",
             "Report built in Qlik; testing with Contact Management."),
            ])]),
        ("Theme 2 – Violence against the person and behavioural crimes",
         [("The force should improve how it records crimes of stalking, harassment and controlling and "
           "coercive behaviour.",
           [("2.1", "Deliver behavioural crimes recording training to all Local Policing Area "
                    "investigators and supervisors",
             "Head of Learning and Development; Force Crime Registrar", "May 2025", "On track",
             "Training package approved by CDI Gold Group; 38% delivered."),
            ("2.2", "Add a mandatory prompt for additional crimes (e.g. stalking) to the domestic "
                    "abuse risk assessment in Niche",
             "Head of Information Management", "Febuary 2025", "Delayed",
             "Change request raised with Niche supplier; awaiting release date."),
            ("2.3", "Dip-sample 100 domestic abuse incidents per month and feed results back to "
                    "LPA commanders",
             "Crime Data Integrity Manager", "April 2025", "On track",
             "Monthly sampling in place since October; results in LPA performance packs."),
            ])]),
        ("Theme 3 – Leadership and culture",
         [("The force should make sure that its leaders promote the importance of accurate crime "
           "recording.",
           [("3.1", "Include crime recording compliance in monthly LPA performance reviews chaired by "
                    "the ACC Local Policing",
             "ACC Local Policing", "January 2025", "Complete",
             "Standing item from January performance reviews."),
            ("3.2", "Appoint CDI champions in every LPA and hold a quarterly champions’ forum",
             "Force Crime Registrar", "June 2025", "Not started", ""),
            ])]),
    ]
    r = 5
    typo_row = None
    for theme, afis in themes:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        for c in range(1, 8):
            ws.cell(row=r, column=c).fill = GREY
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for afi, acts in afis:
            first = r
            for ref, action, owner, target, status, upd in acts:
                ws.cell(row=r, column=1, value=ref)
                if r == first:
                    ws.cell(row=r, column=2, value=afi)
                ws.cell(row=r, column=3, value=action)
                ws.cell(row=r, column=4, value=owner)
                ws.cell(row=r, column=5, value=target)
                ws.cell(row=r, column=6, value=status)
                ws.cell(row=r, column=7, value=upd or None)
                if target == "Febuary 2025":
                    typo_row = r
                box_row(ws, r, 7)
                r += 1
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Summary: 7 actions – Complete 2; On track 3; Delayed 1; Not started 1")
    ws.cell(row=r, column=1).font = Font(italic=True)

    perf = wb.create_sheet("CDI audit results")
    widths(perf, [34, 14, 14, 14])
    hdr_row(perf, 1, ["Crime type (force audit sample)", "Q2 2024/25", "Q3 2024/25", "Target"])
    for i, row in enumerate([("All crime", "86.1%", "88.4%", "90%"),
                             ("Violence against the person", "81.7%", "84.2%", "90%"),
                             ("Sexual offences", "93.0%", "94.6%", "95%")], start=2):
        for c, v in enumerate(row, start=1):
            perf.cell(row=i, column=c, value=v)
    wb.save(out("rz-thames-valley-police-crime-data-integrity-improvement-plan-typo-month-refuse.xlsx"))
    return typo_row


# ====================================================================
# 3. Sanctuary Housing - Tenant Satisfaction Measures improvement plan
# ====================================================================
def make_sanctuary_tsm():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    widths(sm, [30, 16, 60])
    sm["A1"] = "Sanctuary Housing"
    sm["A1"].font = Font(bold=True, size=14, color="FF00205B")
    sm["A2"] = "Tenant Satisfaction Measures (TSM) Improvement Plan 2025/26"
    sm["A2"].font = Font(bold=True, size=12)
    sm["A3"] = "Progress report to the Customer Experience Committee – Quarter 2 (July–September 2025)"
    sm["A5"] = "RAG key (colour of the RAG cell on the Action Plan sheet)"
    sm["A5"].font = Font(bold=True)
    key = [("0070C0", "Complete"), ("00B050", "On track"), ("FFC000", "Some slippage – at risk"),
           ("FF0000", "Off track"), (None, "Not started")]
    r = 6
    for col, label in key:
        cell = sm.cell(row=r, column=2)
        if col:
            cell.fill = fill(col)
        cell.border = BOX
        sm.cell(row=r, column=1, value=label)
        r += 1
    sm["A12"] = "Actions by status"
    sm["A12"].font = Font(bold=True)
    hdr_row(sm, 13, ["Status", "Number"])
    totals = [("Complete", 1), ("On track", 3), ("Some slippage – at risk", 1), ("Off track", 1),
              ("Not started", 1), ("Total", 7)]
    r = 14
    for label, n in totals:
        sm.cell(row=r, column=1, value=label)
        sm.cell(row=r, column=2, value=n)
        box_row(sm, r, 2)
        r += 1
    sm["A21"] = ("2024/25 TSM results: overall satisfaction (TP01) 64.2%; repairs (TP02) 66.8%; "
                 "complaints handling (TP09) 31.5%.")

    ws = wb.create_sheet("Action Plan")
    widths(ws, [6, 12, 58, 30, 11, 11, 8, 50])
    ws["A1"] = "TSM Improvement Plan 2025/26 – action plan"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Updated 10 October 2025"
    hdr_row(ws, 4, ["No.", "Measure(s)", "What we will do", "Lead", "Start", "Due", "RAG",
                    "Progress at Q2"])
    themes = [
        ("Keeping properties in good repair", [
            ("1.1", "TP02 / TP03",
             "Offer two-hour appointment slots for all responsive repairs, with a text reminder the day "
             "before the visit", "Director of Property Services", dt.datetime(2025, 4, 1),
             dt.datetime(2025, 12, 1), "00B050",
             "Two-hour slots live in the Midlands and North regions; South region from November."),
            ("1.2", "TP02 / RP02",
             "Recruit 24 additional multi-trade operatives to bring the backlog of non-emergency repairs "
             "below 12,000 jobs", "Head of Repairs Operations", dt.datetime(2025, 4, 1),
             dt.datetime(2026, 3, 1), "FFC000",
             "15 operatives in post; backlog 14,380 at end of September."),
            ("1.3", "TP04",
             "Publish repairs performance by region on the customer website every quarter",
             "Head of Customer Insight", dt.datetime(2025, 5, 1), dt.datetime(2025, 9, 1), "0070C0",
             "Q1 figures published 28 August."),
        ]),
        ("Maintaining building safety", [
            ("2.1", "TP05 / BS02",
             "Complete high-priority fire risk assessment remedial actions within 28 days",
             "Head of Building Safety", dt.datetime(2025, 4, 1), "Ongoing", "00B050",
             "97% completed within 28 days in Q2."),
        ]),
        ("Respectful and helpful engagement", [
            ("3.1", "TP06 / TP07",
             "Launch a quarterly 'You said, we did' update in the residents' newsletter and regional "
             "Facebook groups", "Head of Resident Involvement; Communications Manager",
             dt.datetime(2025, 7, 1), "Q3 2025/26", "00B050",
             "First edition drafted with the Customer Voice Panel."),
            ("3.2", "TP08",
             "Train all frontline staff on the commitments in our Together with Tenants charter",
             "Head of People Development", dt.datetime(2025, 10, 1), dt.datetime(2026, 1, 1), None,
             "Due to start in October."),
        ]),
        ("Effective handling of complaints", [
            ("4.1", "TP09 / CH02",
             "Respond to 95% of Stage 1 complaints within 10 working days, in line with the Housing "
             "Ombudsman's Complaint Handling Code", "Head of Customer Resolution",
             dt.datetime(2025, 4, 1), dt.datetime(2026, 3, 1), "FF0000",
             "78% within 10 working days in Q2; recovery plan to Executive Board in November."),
        ]),
    ]
    r = 5
    for theme, acts in themes:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True, color="FFFFFFFF")
        for c in range(1, 9):
            ws.cell(row=r, column=c).fill = fill("00205B")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for no, meas, what, lead, start, due, rag, prog in acts:
            vals = [no, meas, what, lead, start, due, None, prog]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            box_row(ws, r, 8)
            if rag:
                ws.cell(row=r, column=7).fill = fill(rag)
            r += 1
    wb.save(out("rz-sanctuary-housing-tenant-satisfaction-measures-improvement-plan-2025-26.xlsx"))


# ====================================================================
# docx helpers
# ====================================================================
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def add_table(doc, header, rows, style="Table Grid", head_fill="D9E1F2"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    for i, h in enumerate(header):
        bold_cell(t.rows[0].cells[i], h)
        shade(t.rows[0].cells[i], head_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    return t


# ====================================================================
# 4. The Elms Residential Home - CQC inspection action plan
# ====================================================================
def make_elms_cqc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading("The Elms Residential Home", level=1)
    p = doc.add_paragraph()
    p.add_run("CQC Inspection Action Plan").bold = True
    doc.add_paragraph("Provider: Elms Care (Hereford) Ltd   |   Registered Manager: Karen Whitlock")
    doc.add_paragraph("Assessment site visits: 11 and 12 March 2025   |   Report published: 23 May 2025   |   "
                      "Overall rating: Requires improvement")

    doc.add_paragraph().add_run("Document control").bold = True
    add_table(doc, ["Version", "Date", "Prepared by", "Comments"], [
        ["1.0", "06/06/2025", "Karen Whitlock", "Submitted to CQC"],
        ["1.1", "04/08/2025", "Karen Whitlock", "Progress update for provider governance meeting"],
    ])
    doc.add_paragraph()
    doc.add_paragraph("Key to initials: KW – Karen Whitlock, Registered Manager; SP – Sarah Pike, Deputy "
                      "Manager; NI – Nominated Individual.")
    doc.add_paragraph("RAG: B – completed and embedded; G – on track; A – at risk of not meeting the "
                      "date; R – overdue.")

    sections = [
        ("Regulation 12 HSCA RA Regulations 2014: Safe care and treatment",
         "The provider had failed to ensure that risks to people’s health and safety, including risks "
         "of falls and choking, were assessed, recorded and mitigated.",
         [
             ("12.1", "Review every resident’s falls and choking risk assessments and update care plans "
                      "with the SALT and falls team guidance", "KW / SP", "30/06/2025", "B"),
             ("12.2", "Introduce a daily handover sheet highlighting residents on modified diets and "
                      "those at high risk of falls", "SP", "31 July 2025", "B"),
             ("12.3", "Audit care plans for risk assessment quality each month and share findings at "
                      "staff meetings", "KW", "Monthly", "G"),
         ]),
        ("Regulation 17 HSCA RA Regulations 2014: Good governance",
         "Systems to assess, monitor and improve the quality and safety of the service were not "
         "effective, and records were not always accurate or complete.",
         [
             ("17.1", "Implement a revised quality audit schedule covering medicines, care records, "
                      "infection control and the environment", "KW", "End of July 2025", "G"),
             ("17.2", "Nominated Individual to complete a quarterly provider quality visit and produce a "
                      "written report with actions", "NI", "30/09/2025", "G"),
             ("17.3", "Move from paper to electronic care records, with training for all care staff",
              "KW & NI", "31/12/2025", "A"),
         ]),
        ("Regulation 18 HSCA RA Regulations 2014: Staffing",
         "The provider did not ensure staff received the training and supervision they needed to "
         "carry out their roles.",
         [
             ("18.1", "Book all outstanding moving and handling and dysphagia training for care staff",
              "SP", "31/08/2025", "A"),
             ("18.2", "Put in place a supervision matrix so every staff member has supervision at least "
                      "every 8 weeks", "KW", "30/06/2025", "B"),
         ]),
    ]
    for heading, finding, acts in sections:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=2, cols=5)
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[4])
        top.text = ""
        run = top.paragraphs[0].add_run(finding)
        run.italic = True
        shade(top, "F2F2F2")
        for i, h in enumerate(["No.", "Action", "Responsible", "By when", "RAG"]):
            bold_cell(t.rows[1].cells[i], h)
            shade(t.rows[1].cells[i], "D9E1F2")
        for ref, action, who, when, rag in acts:
            cells = t.add_row().cells
            for i, v in enumerate([ref, action, who, when, rag]):
                cells[i].text = v
            shade(cells[4], {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}[rag])
        doc.add_paragraph()

    doc.add_paragraph().add_run("Sign-off").bold = True
    add_table(doc, ["Role", "Name", "Signature", "Date"], [
        ["Registered Manager", "Karen Whitlock", "K. Whitlock", "04/08/2025"],
        ["Nominated Individual", "Mark Hollis", "M. Hollis", "04/08/2025"],
    ])
    doc.save(out("rz-the-elms-residential-home-cqc-inspection-action-plan.docx"))


# ====================================================================
# 5. Chichester College Group - Quality Improvement Plan 2025-26
# ====================================================================
def make_ccg_qip():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Chichester College Group")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x00, 0x5E, 0x7B)
    doc.add_heading("Quality Improvement Plan 2025–26", level=1)
    doc.add_paragraph("This Quality Improvement Plan (QIP) sets out the actions the Group will take in "
                      "2025–26 to address the key areas for improvement identified in the Self-Assessment "
                      "Report 2024–25. Progress is reviewed each half-term by the Senior Leadership Team "
                      "and reported to the Corporation’s Quality and Standards Committee.")
    add_table(doc, ["Document information", ""], [
        ["Owner", "Deputy Principal – Quality"],
        ["Approved", "Quality and Standards Committee, 2 October 2025"],
        ["This version", "Progress update, December 2025"],
        ["Next review", "February 2026"],
    ])
    doc.add_paragraph()
    doc.add_paragraph("RAG: Complete; Green – on track; Amber – some slippage; Red – significant concern.")

    priorities = [
        ("Priority 1: Raise achievement in GCSE English and maths for 16–18 learners",
         "Target: grade 4+ achievement in GCSE English from 24% to 32%, and in maths from 19% to 26%.",
         [
             ("Introduce diagnostic-led ‘walking talking mocks’ for all GCSE resit groups across the "
              "six colleges", "Head of English and Maths", "Autumn term 2025",
              "Mock results analysed by question; intervention groups set up in December.", "Complete"),
             ("Timetable English and maths in the same block as vocational sessions so that attendance "
              "is managed by the vocational curriculum team", "Directors of Curriculum", "September 2025",
              "Blocked timetables in place at all colleges from enrolment.", "Complete"),
             ("Review attendance at English and maths weekly at curriculum performance reviews, with "
              "targeted intervention for learners below 85%",
              "Assistant Principal – Learner Outcomes / Heads of Department", "Termly",
              "Attendance 83% at end of autumn half-term 1 (2024–25: 76%).", "Green"),
         ]),
        ("Priority 2: Improve the quality of apprenticeship provision in construction and engineering",
         "Target: apprenticeship achievement from 58% to 65%; fewer than 5% of apprentices past their "
         "planned end date.",
         [
             ("Hold a three-way progress review with every apprentice and their employer at least every "
              "10 weeks, with employer input recorded in the e-portfolio", "Head of Apprenticeships",
              "January 2026", "84% of reviews in date; employer comments missing in a third of reviews.",
              "Amber"),
             ("Reduce the proportion of apprentices past their planned end date from 14% to below 5%",
              "Head of Apprenticeships; Apprenticeship Data Manager", "31 July 2026",
              "Currently 12%; 31 apprentices awaiting end-point assessment dates.", "Red"),
         ]),
        ("Priority 3: Strengthen learners’ understanding of how to stay safe online and the risks of "
         "radicalisation",
         "Target: 90% of learners say they know how to stay safe online (2024–25 learner survey: 78%).",
         [
             ("Deliver a revised tutorial scheme of work on online safety and the Prevent duty through "
              "group tutorials", "Head of Teaching & Learning", "Summer term 2026",
              "Autumn units delivered; spring units being written with the Prevent co-ordinator.",
              "Green"),
             ("Survey learners on their understanding of online risks and report the findings to the "
              "Quality and Standards Committee", "Designated Safeguarding Lead", "June 2026",
              "Autumn pulse survey completed (1,940 responses).", "Green"),
         ]),
    ]
    for heading, target, acts in priorities:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(target)
        tb = add_table(doc, ["Actions", "Lead(s)", "Deadline", "Progress update (December 2025)", "RAG"],
                       [[a, lead, dl, prog, rag] for a, lead, dl, prog, rag in acts])
        for row in tb.rows[1:]:
            rag = row.cells[4].text
            shade(row.cells[4], {"Complete": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966",
                                 "Red": "FF7C80"}[rag])
        doc.add_paragraph()

    doc.add_heading("Key performance indicators", level=2)
    add_table(doc, ["Measure", "2024–25", "Target 2025–26"], [
        ["16–18 overall achievement", "86.4%", "89%"],
        ["Adult learner overall achievement", "91.2%", "92%"],
        ["Apprenticeship achievement", "58%", "65%"],
        ["16–18 attendance", "85%", "88%"],
    ])
    doc.save(out("rz-chichester-college-group-quality-improvement-plan-2025-26.docx"))


# ====================================================================
# 6. Gambling Commission - Board rolling actions log (CSV export)
# ====================================================================
def make_gc_csv():
    ncol = 7
    rows = [
        ["Gambling Commission"],
        ["Board of Commissioners – Rolling actions log"],
        ["Position as at 11 September 2025 (for Board meeting 18 September 2025)"],
        [],
        ["Ref", "Action", "Owner", "Due", "RAG", "Update", "Proposed for closure?"],
        ["Board meeting 8 May 2025"],
        ["BA/25/14", "Provide an analysis of uptake of the financial risk checks pilot by operator size",
         "TM", "July 2025", "B", "Analysis presented to July Board (item 6).", "Yes"],
        ["BA/25/15", "Share the draft Corporate Strategy delivery milestones with Commissioners before "
                     "publication", "SG / HG", "Sep 2025", "G",
         "Milestones circulated 1 September; for discussion at item 4.", "No"],
        ["Board meeting 17 July 2025"],
        ["BA/25/21", "Bring a paper to the Board on:\n(a) governance of the statutory levy distribution; "
                     "and\n(b) the Commission's oversight role", "AR", "Q3 2025/26", "G",
         "Scheduled for the November Board.", "No"],
        ["BA/25/22", "Update the strategic risk register to reflect the National Lottery transition risks",
         "KR, JT", "18/09/2025", "B", "Updated register at item 9.", "Yes"],
        ["BA/25/23", "Arrange a Board deep dive on illegal online gambling and payment blocking",
         "Board Secretary", "September 2025", "R",
         "Deep dive planned for September postponed; new date to be agreed.", "No"],
        ["BA/25/24", "Circulate the results of the staff engagement survey to Commissioners",
         "Director of People", "TBC", "A", "Results delayed by the survey supplier.",
         "No"],
        ["Extraordinary Board meeting 30 July 2025"],
        ["BA/25/26", "Confirm the timetable for consultation on the new remote technical standards", "TM",
         "August 2025", "B", "Timetable confirmed by email on 12 August.", "Yes"],
        ["BA/25/27", "Report back on engagement with DCMS on the fees review", "AR", "March 2026", "G",
         "Initial meeting held; further update in December.", "No"],
        [],
        ["RAG key: B = complete (proposed for closure); G = on track; A = due date at risk; R = overdue"],
        ["Open actions: 5 | Proposed for closure: 3"],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        w.writerow(row + [""] * (ncol - len(row)))
    with open(out("rz-gambling-commission-board-rolling-actions-log.csv"), "w", encoding="utf-8",
              newline="") as f:
        f.write(buf.getvalue())


# ====================================================================
# 7. University of Greenwich - internal audit follow-up (tab-separated text)
# ====================================================================
def make_greenwich_txt():
    head = ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
            "Original target date", "Revised target date", "Status", "Comment"]
    lines = [
        "University of Greenwich",
        "Internal Audit Follow-up Report",
        "Position as at 31 October 2025 – Audit and Risk Committee, 25 November 2025 (agenda item 9)",
        "Prepared by the Governance and Assurance Team.",
        "Status key: Implemented = complete (blue); On track = green; Partially implemented = amber "
        "(revised date agreed); Overdue = red",
        "",
        "\t".join(head),
        "Audit 2024/25-03: Student Recruitment and Admissions",
        "\t".join(["03.1", "High",
                   "The University should document the process for verifying the qualifications of "
                   "international applicants.",
                   "Produce a documented qualification verification procedure for international "
                   "admissions, including use of the UK ENIC database",
                   "Director of Admissions", "31/05/2025", "", "Implemented",
                   "Procedure approved by Admissions Policy Group on 20 May 2025."]),
        "\t".join(["03.2a", "Medium",
                   "Offer-making decisions outside standard entry criteria should be approved and "
                   "recorded.",
                   "Add a mandatory approver field to the applicant record system for non-standard offers",
                   "Head of Admissions Systems", "30/06/2025", "31/12/2025", "Partially implemented",
                   "System change built; go-live delayed to the January intake."]),
        "\t".join(["03.2b", "", "",
                   "Report non-standard offers to the Admissions Policy Group each term",
                   "Director of Admissions", "31/07/2025", "", "Implemented",
                   "First report received July 2025."]),
        "Audit 2024/25-07: Cyber Security – Third Party Access",
        "\t".join(["07.1", "High",
                   "Third-party remote access accounts should be reviewed regularly and removed when no "
                   "longer needed.",
                   "Introduce a quarterly review of all third-party remote access accounts, signed off by "
                   "the system owner",
                   "Chief Information Officer", "30/09/2025", "", "Overdue",
                   "First review started in October; 40 of 112 accounts reviewed."]),
        "\t".join(["07.2", "Medium",
                   "Contracts with IT suppliers should include the University's information security "
                   "requirements.",
                   "Add the information security schedule to all new and renewed IT supplier contracts",
                   "Director of Finance / Head of Procurement", "31/12/2025", "", "On track",
                   "Schedule drafted with Legal Services."]),
        "Audit 2025/26-01: Procurement and Contract Management",
        "\t".join(["01.1", "High",
                   "Waivers of procurement rules should be approved in line with the Financial "
                   "Regulations and reported to the Committee.",
                   "Report all procurement waivers above £25,000 to each meeting of the Audit and Risk "
                   "Committee",
                   "Registrar and University Secretary", "November 2025", "", "On track",
                   "First report on this agenda (item 11)."]),
        "\t".join(["01.2", "Medium",
                   "A complete contracts register should be maintained.",
                   "Complete the central contracts register for all contracts above £10,000, including "
                   "renewal dates and contract owners",
                   "Head of Procurement", "31/03/2026", "", "On track",
                   "Register 70% complete."]),
        "\t".join(["01.3", "Low",
                   "Procurement training should be refreshed for budget holders.",
                   "Launch an online procurement module for budget holders",
                   "Head of Procurement", "30/04/2026", "", "On track", "Module in design."]),
        "",
        "Summary: 8 actions followed up – Implemented 2; On track 4; Partially implemented 1; Overdue 1",
    ]
    with open(out("rz-university-of-greenwich-internal-audit-follow-up-report.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_nlag_baf()
    row = make_tvp_cdi()
    print("TVP typo month on sheet row", row)
    make_sanctuary_tsm()
    make_elms_cqc()
    make_ccg_qip()
    make_gc_csv()
    make_greenwich_txt()
    print("done")
