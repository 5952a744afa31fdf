"""Build the seven xn- blind test files of set heldout557.

Run with /work/main/.venv/bin/python xn_make.py  (openpyxl, python-docx).
Each plan's content is held in the data structures below; the builders only lay it out.
"""
import csv
import datetime as dt
import io
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

# --------------------------------------------------------------------------------------------
# shared styling helpers
# --------------------------------------------------------------------------------------------
FILL = {
    "B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000",
    "head": "1F4E79", "band": "D9E1F2", "band2": "DDEBF7", "grey": "EDEDED",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def put(ws, row, col, value, *, bold=False, fill_=None, fmt=None, white=False, border=True,
        size=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if bold or white or size:
        c.font = Font(bold=bold, color="FFFFFF" if white else None, size=size)
    if fill_:
        c.fill = fill(fill_)
    if fmt:
        c.number_format = fmt
    if border:
        c.border = BOX
    return c


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def header_row(ws, row, names):
    for i, n in enumerate(names, start=1):
        put(ws, row, i, n, bold=True, fill_=FILL["head"], white=True)


def band(ws, row, text, ncols, colour="band"):
    put(ws, row, 1, text, bold=True, fill_=FILL[colour])
    for c in range(2, ncols + 1):
        ws.cell(row=row, column=c).border = BOX
        ws.cell(row=row, column=c).fill = fill(FILL[colour])
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()


# ============================================================================================
# 1. Shropshire Community Health NHS Trust – CQC must do / should do action plan (xlsx)
# ============================================================================================
SCHT_FILE = "xn-shropshire-community-health-nhs-trust-cqc-must-should-do-action-plan.xlsx"
SCHT_TITLE = "Shropshire Community Health NHS Trust: CQC Inspection Action Plan 2024"
SCHT_MD = [
    ("Community health inpatient services", [
        ("MD1", "The trust must ensure that staffing levels and skill mix on inpatient wards are "
                "reviewed against patient acuity at least twice a year using a validated tool. "
                "(Regulation 18)", [
            dict(ref="MD1.1",
                 action="Complete a Safer Nursing Care Tool (SNCT) acuity and dependency census on "
                        "all four community hospital wards in June and December each year.",
                 lead_raw="Director of Nursing and Workforce",
                 lead=["Director of Nursing and Workforce"],
                 orig=D(2024, 12, 31), rev=None, prev="G", cur="B", end="2024-12", status="blue",
                 update="June and December 2024 censuses completed on Bishop's Castle, Bridgnorth, "
                        "Ludlow and Whitchurch wards.",
                 evidence="SNCT census reports; Workforce Committee minutes 16/01/2025"),
            dict(ref="MD1.2",
                 action="Present the bi-annual establishment review, with professional judgement, to "
                        "Trust Board and record any agreed changes to ward establishments.",
                 lead_raw="Director of Nursing and Workforce / Deputy Director of Finance",
                 lead=["Director of Nursing and Workforce", "Deputy Director of Finance"],
                 orig=D(2025, 1, 31), rev=D(2025, 3, 31), prev="G", cur="A", end="2025-03",
                 status="amber",
                 update="Board paper deferred to March to align with 2025/26 budget setting.",
                 evidence=""),
        ]),
        ("MD2", "The trust must ensure that patients’ fluid balance and food charts are fully and "
                "accurately completed and escalated where intake falls below target. "
                "(Regulation 12)", [
            dict(ref="MD2.1",
                 action="Launch revised electronic fluid balance chart on Rio with mandatory 24-hour "
                        "totals and an automatic escalation prompt.",
                 lead_raw="Chief Clinical Information Officer",
                 lead=["Chief Clinical Information Officer"],
                 orig=D(2024, 11, 30), rev=D(2025, 2, 28), prev="A", cur="G", end="2025-02",
                 status="green",
                 update="Build complete; user testing on Ludlow ward w/c 27 January.",
                 evidence=""),
            dict(ref="MD2.2",
                 action="Weekly matron audit of 10 charts per ward; results reported monthly to the "
                        "Inpatient Governance Group until 90% compliance is sustained for three "
                        "consecutive months.",
                 lead_raw="Matron – Community Hospitals",
                 lead=["Matron – Community Hospitals"],
                 orig=D(2025, 3, 31), rev=None, prev="A", cur="A", end="2025-03", status="amber",
                 update="Compliance 78% (Nov), 84% (Dec), 86% (Jan).",
                 evidence="Audit returns on SharePoint"),
        ]),
    ]),
    ("Urgent care – Minor Injury Units", [
        ("MD3", "The trust must ensure that all registered staff working in minor injury units "
                "complete paediatric immediate life support training. (Regulation 18)", [
            dict(ref="MD3.1",
                 action="Book all MIU registered nurses and emergency nurse practitioners onto PILS "
                        "and track compliance through the ESR dashboard against a 95% target.",
                 lead_raw="Head of Urgent Care",
                 lead=["Head of Urgent Care"],
                 orig=D(2024, 12, 31), rev=D(2025, 4, 30), prev="R", cur="G", end="2025-04",
                 status="green",
                 update="Additional course dates secured with RJAH; compliance 81% at 24/01/2025.",
                 evidence=""),
        ]),
    ]),
]
SCHT_SD = [
    dict(ref="SD1", service="Community health inpatient services",
         finding="The trust should ensure that call bells are within reach of patients at all times.",
         action="Add call bell position to the hourly intentional rounding checklist and include it "
                "in the monthly Perfect Ward audit.",
         lead_raw="Ward Managers (all community hospitals)",
         lead=["Ward Managers (all community hospitals)"],
         orig=D(2024, 10, 31), rev=None, prev="B", cur="B", end="2024-10", status="blue",
         update="Checklist revised; 100% compliance in October and November audits."),
    dict(ref="SD2", service="Community health inpatient services",
         finding="The trust should ensure that medicines fridge temperatures are recorded daily and "
                 "action taken when they are out of range.",
         action="Install remote temperature monitoring on all ward medicines fridges with alerts to "
                "the pharmacy technician.",
         lead_raw="Chief Pharmacist", lead=["Chief Pharmacist"],
         orig=D(2025, 3, 31), rev=None, prev="G", cur="G", end="2025-03", status="green",
         update="Sensors fitted at Bridgnorth and Whitchurch; remaining wards February."),
    dict(ref="SD3", service="Urgent care – Minor Injury Units",
         finding="The trust should ensure that waiting times to triage are consistently recorded and "
                 "audited.",
         action="Configure a mandatory triage time field in the MIU module of SystmOne and audit "
                "monthly.",
         lead_raw="Head of Urgent Care; Clinical Systems Manager",
         lead=["Head of Urgent Care", "Clinical Systems Manager"],
         orig=D(2025, 1, 31), rev=None, prev="G", cur="B", end="2025-01", status="blue",
         update="Field live from 6 January 2025; first audit shows 97% recorded."),
    dict(ref="SD4", service="Urgent care – Minor Injury Units",
         finding="The trust should consider how it gathers feedback from children and young people "
                 "using minor injury units.",
         action="Co-design a child-friendly Friends and Family Test card with the Shropshire Youth "
                "Forum and introduce it in all MIUs.",
         lead_raw="Patient Experience Lead", lead=["Patient Experience Lead"],
         orig="Q4 2024/25", rev="Q1 2025/26", prev="A", cur="A", end="2025-06", status="amber",
         update="Youth Forum workshop moved to February half term."),
]


def build_scht():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    widths(ws, [16, 22, 26, 30])
    put(ws, 1, 1, SCHT_TITLE, bold=True, size=14, border=False)
    put(ws, 2, 1, "Must Do and Should Do actions – position at 31 January 2025", bold=True,
        border=False)
    put(ws, 3, 1, "Inspection of Community health inpatient services and Urgent care (minor injury "
                  "units), 14 to 16 May 2024. Report published 22 August 2024.", border=False)
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    put(ws, 5, 1, "Document control", bold=True, border=False)
    header_row(ws, 6, ["Version", "Date", "Author", "Reviewed by"])
    for i, row in enumerate([("1.0", "20/09/2024", "Head of Quality Governance",
                              "Quality and Safety Committee"),
                             ("1.2", "14/11/2024", "Head of Quality Governance",
                              "Quality and Safety Committee"),
                             ("1.3", "12/02/2025", "Head of Quality Governance",
                              "Trust Board (public)")], start=7):
        for j, v in enumerate(row, start=1):
            put(ws, i, j, v)
    put(ws, 11, 1, "RAG key", bold=True, border=False)
    key = [("B", "Complete – action delivered and evidence of embedding signed off by the Quality "
                 "and Safety Committee"),
           ("G", "On track to deliver by the target date"),
           ("A", "At risk of missing the target date, or revised date agreed"),
           ("R", "Off track – target date missed with no agreed revised date")]
    for i, (k, txt) in enumerate(key, start=12):
        put(ws, i, 1, k, bold=True, fill_=FILL[k], white=(k in "BR"))
        put(ws, i, 2, txt)
        ws.merge_cells(start_row=i, start_column=2, end_row=i, end_column=4)

    # summary sheet
    ss = wb.create_sheet("Summary")
    widths(ss, [22, 12, 12, 12])
    put(ss, 1, 1, "Summary of action RAG ratings – January 2025", bold=True, border=False)
    header_row(ss, 3, ["Current RAG", "Must Do", "Should Do", "Total"])
    counts = {}
    for _, groups in SCHT_MD:
        for _, _, acts in groups:
            for a in acts:
                counts.setdefault(a["cur"], [0, 0])[0] += 1
    for a in SCHT_SD:
        counts.setdefault(a["cur"], [0, 0])[1] += 1
    r = 4
    for k, name in (("B", "Blue – complete"), ("G", "Green"), ("A", "Amber"), ("R", "Red")):
        m, s = counts.get(k, [0, 0])
        put(ss, r, 1, name, fill_=FILL[k], white=(k in "BR"))
        put(ss, r, 2, m)
        put(ss, r, 3, s)
        put(ss, r, 4, m + s)
        r += 1
    put(ss, r, 1, "Total", bold=True)
    put(ss, r, 2, sum(v[0] for v in counts.values()), bold=True)
    put(ss, r, 3, sum(v[1] for v in counts.values()), bold=True)
    put(ss, r, 4, sum(sum(v) for v in counts.values()), bold=True)

    # must do sheet
    md = wb.create_sheet("Must Do")
    cols = ["Ref", "CQC Must Do", "Action", "Lead", "Original target date",
            "Revised target date", "Previous RAG (Dec 24)", "Current RAG (Jan 25)",
            "Progress update", "Evidence of completion"]
    widths(md, [8, 40, 48, 26, 13, 13, 10, 10, 40, 30])
    put(md, 1, 1, "MUST DO ACTIONS (regulatory breaches – requirement notices)", bold=True,
        fill_=FILL["head"], white=True)
    md.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(cols))
    header_row(md, 2, cols)
    r = 3
    for service, groups in SCHT_MD:
        band(md, r, service, len(cols))
        r += 1
        for mref, text, acts in groups:
            first = r
            for a in acts:
                put(md, r, 1, a["ref"], bold=True)
                put(md, r, 2, text if r == first else None)
                put(md, r, 3, a["action"])
                put(md, r, 4, a["lead_raw"])
                put(md, r, 5, a["orig"], fmt="dd/mm/yyyy")
                put(md, r, 6, a["rev"], fmt="dd/mm/yyyy")
                put(md, r, 7, None, fill_=FILL[a["prev"]])
                put(md, r, 8, a["cur"], bold=True, fill_=FILL[a["cur"]], white=a["cur"] in "BR")
                put(md, r, 9, a["update"])
                put(md, r, 10, a["evidence"] or None)
                r += 1
            if r - 1 > first:
                md.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    put(md, r, 1, "Note: revised target dates agreed by the Quality and Safety Committee on "
                  "23 January 2025. Previous RAG shown as colour only.", border=False)
    md.freeze_panes = "A3"

    # should do sheet
    sd = wb.create_sheet("Should Do")
    cols = ["Ref", "Core service", "CQC Should Do", "Action", "Lead", "Original target date",
            "Revised target date", "Previous RAG", "Current RAG", "Progress update"]
    widths(sd, [8, 22, 40, 48, 26, 13, 13, 10, 10, 40])
    put(sd, 1, 1, "SHOULD DO ACTIONS (areas for improvement)", bold=True, fill_=FILL["head"],
        white=True)
    sd.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(cols))
    header_row(sd, 2, cols)
    r = 3
    for a in SCHT_SD:
        put(sd, r, 1, a["ref"], bold=True)
        put(sd, r, 2, a["service"])
        put(sd, r, 3, a["finding"])
        put(sd, r, 4, a["action"])
        put(sd, r, 5, a["lead_raw"])
        put(sd, r, 6, a["orig"], fmt="dd/mm/yyyy")
        put(sd, r, 7, a["rev"], fmt="dd/mm/yyyy")
        put(sd, r, 8, None, fill_=FILL[a["prev"]])
        put(sd, r, 9, a["cur"], bold=True, fill_=FILL[a["cur"]], white=a["cur"] in "BR")
        put(sd, r, 10, a["update"])
        r += 1
    sd.freeze_panes = "A3"
    wb.save(os.path.join(HERE, SCHT_FILE))


def scht_actions():
    out = []
    for service, groups in SCHT_MD:
        for _, text, acts in groups:
            for a in acts:
                out.append(dict(ref=a["ref"], under=[service, text], action=a["action"],
                                lead=a["lead"], end=a["end"], status=a["status"]))
    for a in SCHT_SD:
        out.append(dict(ref=a["ref"], under=[a["service"], a["finding"]], action=a["action"],
                        lead=a["lead"], end=a["end"], status=a["status"]))
    return out


# ============================================================================================
# 2. NHS Somerset ICB – corporate risk register 2025/26 (xlsx)
# ============================================================================================
SOM_FILE = "xn-nhs-somerset-icb-corporate-risk-register-2025-26.xlsx"
SOM_TITLE = "NHS Somerset Integrated Care Board – Corporate Risk Register 2025/26"
SOM = [
    ("Strategic Objective 1: Improve outcomes in population health and healthcare", [
        dict(id="SOM-CRR-04", title="Urgent and emergency care flow",
             desc="If ambulance handover delays and the number of patients with no criteria to "
                  "reside remain high, then patients may come to harm while waiting, resulting in "
                  "poor outcomes and failure to meet UEC standards.",
             owner="Chief Operating Officer", cttee="Quality and Performance Committee",
             initial="4 x 5 = 20", current="4 x 4 = 16", target="3 x 4 = 12", trend="↔",
             actions=[
                 dict(ref="04a",
                      action="Implement seven-day working in the Somerset Transfer of Care Hub "
                             "across both acute sites.",
                      lead_raw="Director of Urgent Care and Flow",
                      lead=["Director of Urgent Care and Flow"],
                      due=D(2026, 3, 31), fmt="dd/mm/yyyy", end="2026-03", rag="G",
                      status="green"),
                 dict(ref="04b",
                      action="Expand virtual ward capacity to 120 beds, prioritising frailty and "
                             "respiratory pathways.",
                      lead_raw="Deputy Chief Operating Officer / Clinical Director, Virtual Wards",
                      lead=["Deputy Chief Operating Officer", "Clinical Director, Virtual Wards"],
                      due="Q4 2025/26", end="2026-03", rag="A", status="amber"),
                 dict(ref="04c",
                      action="Agree the winter surge plan with SWASFT and the acute trusts, "
                             "including a 45-minute handover escalation protocol.",
                      lead_raw="Head of EPRR", lead=["Head of EPRR"],
                      due=D(2025, 11, 30), fmt="dd/mm/yyyy", end="2025-11", rag="B",
                      status="blue"),
             ]),
        dict(id="SOM-CRR-07", title="Elective recovery – long waits",
             desc="If patients continue to wait more than 52 weeks for planned care, then their "
                  "condition may deteriorate, resulting in harm and failure to meet the 2025/26 "
                  "planning guidance targets.",
             owner="Chief Operating Officer", cttee="Quality and Performance Committee",
             initial="4 x 4 = 16", current="4 x 4 = 16", target="3 x 3 = 9", trend="↑",
             actions=[
                 dict(ref="07a",
                      action="Commission additional independent sector capacity for orthopaedics "
                             "and ophthalmology through the 2025/26 elective recovery allocation.",
                      lead_raw="Director of Commissioning", lead=["Director of Commissioning"],
                      due=D(2026, 2, 1), fmt="mmm-yy", end="2026-02", rag="G", status="green"),
                 dict(ref="07b",
                      action="Validate all patients waiting over 52 weeks and offer a choice of "
                             "alternative provider in line with the national validation sprint.",
                      lead_raw="Head of Planned Care; Associate Medical Director",
                      lead=["Head of Planned Care", "Associate Medical Director"],
                      due=D(2025, 12, 31), fmt="dd/mm/yyyy", end="2025-12", rag="R",
                      status="red"),
             ]),
    ]),
    ("Strategic Objective 3: Make best use of our resources", [
        dict(id="SOM-CRR-11", title="System financial plan 2025/26",
             desc="If the Somerset system does not deliver its planned efficiencies, then it will "
                  "not meet its break-even control total, resulting in regulatory intervention "
                  "and reduced capital allocations.",
             owner="Chief Finance Officer", cttee="Finance Committee",
             initial="5 x 4 = 20", current="4 x 4 = 16", target="3 x 4 = 12", trend="↔",
             actions=[
                 dict(ref="11a",
                      action="Deliver the system-wide efficiency programme of £78m, with monthly "
                             "reporting to the Finance Committee.",
                      lead_raw="Chief Finance Officer", lead=["Chief Finance Officer"],
                      due="Ongoing", end=None, end_text="Ongoing", rag="A", status="amber"),
                 dict(ref="11b",
                      action="Complete the workforce establishment control review across Somerset "
                             "NHS Foundation Trust and the ICB, removing unfunded posts.",
                      lead_raw="Chief People Officer and Chief Finance Officer",
                      lead=["Chief People Officer", "Chief Finance Officer"],
                      due=D(2026, 1, 31), fmt="dd/mm/yyyy", end="2026-01", rag="G",
                      status="green"),
             ]),
        dict(id="SOM-CRR-15", title="Primary care resilience",
             desc="If GP practices lose clinical capacity through recruitment difficulties and "
                  "contract hand-backs, then patients may be unable to access timely care, "
                  "increasing demand on urgent care services.",
             owner="Director of Primary Care", cttee="Primary Care Commissioning Committee",
             initial="4 x 4 = 16", current="3 x 5 = 15", target="3 x 3 = 9", trend="↓",
             actions=[
                 dict(ref="15a",
                      action="Roll out the practice resilience framework and support package to "
                             "the 12 practices rated amber or red on the primary care dashboard.",
                      lead_raw="Director of Primary Care", lead=["Director of Primary Care"],
                      due=D(2026, 3, 31), fmt="dd/mm/yyyy", end="2026-03", rag="G",
                      status="green"),
             ]),
    ]),
]


def build_som():
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR Jan 2026"
    cols = ["Risk ID", "Risk title", "Risk description (if… then… resulting in…)",
            "Executive owner", "Assuring committee", "Initial score (L x I)",
            "Current score (L x I)", "Target score", "Trend", "Action ref",
            "Mitigating actions to close gaps", "Action lead", "Due date", "Action RAG"]
    widths(ws, [12, 20, 42, 18, 18, 11, 11, 11, 7, 8, 46, 28, 12, 9])
    put(ws, 1, 1, SOM_TITLE, bold=True, size=14, border=False)
    put(ws, 2, 1, "Risks scoring 15 and above, as at 9 January 2026. Presented to the ICB Board "
                  "(Part A), 29 January 2026.", border=False)
    ws.merge_cells("A1:N1")
    ws.merge_cells("A2:N2")
    header_row(ws, 4, cols)
    r = 5
    for objective, risks in SOM:
        band(ws, r, objective, len(cols))
        r += 1
        for risk in risks:
            first = r
            for a in risk["actions"]:
                if r == first:
                    vals = [risk["id"], risk["title"], risk["desc"], risk["owner"], risk["cttee"],
                            risk["initial"], risk["current"], risk["target"], risk["trend"]]
                else:
                    vals = [None] * 9
                for j, v in enumerate(vals, start=1):
                    put(ws, r, j, v)
                sc = risk["current"].split("= ")[1]
                ws.cell(row=first, column=7).fill = fill("FF0000" if int(sc) >= 15 else "FFC000")
                put(ws, r, 10, a["ref"])
                put(ws, r, 11, a["action"])
                put(ws, r, 12, a["lead_raw"])
                put(ws, r, 13, a["due"], fmt=a.get("fmt"))
                put(ws, r, 14, a["rag"], bold=True, fill_=FILL[a["rag"]],
                    white=a["rag"] in "BR")
                r += 1
            if r - 1 > first:
                for j in range(1, 10):
                    ws.merge_cells(start_row=first, start_column=j, end_row=r - 1, end_column=j)
    r += 1
    put(ws, r, 1, "Action RAG: B = complete; G = on track; A = at risk of missing due date; "
                  "R = overdue. Risks scoring below 15 are held on directorate risk registers.",
        border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=14)
    ws.freeze_panes = "A5"

    hm = wb.create_sheet("Heat map")
    widths(hm, [20, 10, 10, 10, 10, 10])
    put(hm, 1, 1, "Corporate risks by current score", bold=True, border=False)
    header_row(hm, 3, ["Likelihood \\ Impact", "1", "2", "3", "4", "5"])
    grid = {(4, 4): 3, (3, 5): 1}
    for i, lk in enumerate([5, 4, 3, 2, 1], start=4):
        put(hm, i, 1, lk, bold=True)
        for imp in range(1, 6):
            score = lk * imp
            colour = "FF0000" if score >= 15 else "FFC000" if score >= 8 else "92D050"
            put(hm, i, imp + 1, grid.get((lk, imp)), fill_=colour)

    key = wb.create_sheet("Scoring key")
    widths(key, [14, 60])
    put(key, 1, 1, "Risk scoring (5 x 5 matrix)", bold=True, border=False)
    for i, (a, b) in enumerate([("1–6", "Low – manage through routine procedures"),
                                ("8–12", "Moderate – directorate oversight"),
                                ("15–25", "High – corporate risk register, Board oversight")],
                               start=3):
        put(key, i, 1, a)
        put(key, i, 2, b)
    wb.save(os.path.join(HERE, SOM_FILE))


def som_actions():
    out = []
    for objective, risks in SOM:
        for risk in risks:
            for a in risk["actions"]:
                d = dict(ref=a["ref"], under=[objective, risk["title"]], action=a["action"],
                         lead=a["lead"], end=a["end"], status=a["status"])
                if "end_text" in a:
                    d["end_text"] = a["end_text"]
                out.append(d)
    return out


# ============================================================================================
# 3. Home Group – internal audit recommendations tracker (xlsx) – REFUSE (mistyped month)
# ============================================================================================
HOME_FILE = "xn-home-group-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"
HOME_TITLE = "Home Group – Internal Audit Recommendations Tracker"
HOME = [
    ("HG 03/25 Damp and Mould Case Management – Limited Assurance (final report 14 March 2025)", [
        ("1", "High",
         "Cases closed on the housing management system without a post-works inspection.",
         "Introduce a mandatory post-inspection step before any damp and mould case can be closed, "
         "with exception reporting to the Head of Repairs.",
         "Head of Repairs", D(2025, 6, 30), "Sept 2025", "Implemented",
         "Workflow change live 1 September 2025."),
        ("2", "High",
         "Vulnerability information not consistently recorded against damp and mould cases.",
         "Add a vulnerability flag to the case record and report cases with vulnerable residents "
         "open over 28 days to the Executive Director of Customer Services monthly.",
         "Head of Customer Insight / Head of Repairs", D(2025, 9, 30), "Jan 2026", "In progress",
         "Flag built; monthly report in testing."),
        ("3", "Medium",
         "Letters to customers after inspection do not set out the timescale for works.",
         "Revise the post-inspection letter templates in line with Awaab's Law timescales.",
         "Customer Communications Manager", D(2025, 10, 31), None, "Implemented",
         "New templates issued October 2025."),
    ]),
    ("HG 06/25 Gas and Electrical Safety Compliance – Reasonable Assurance (final report 20 June "
     "2025)", [
        ("1", "Medium",
         "No independent quality assurance of electrical installation condition reports (EICRs) "
         "from one contractor.",
         "Extend the third-party QA contract to cover 5% of EICRs from all contractors.",
         "Head of Building Safety", D(2025, 12, 31), "Febuary 2026", "In progress",
         "Procurement of extended QA contract under way."),
        ("2", "Low",
         "Access policy for gas servicing not reviewed since 2021.",
         "Review and re-approve the gas access policy at the Building Safety Committee.",
         "Gas Safety Manager", D(2025, 11, 30), None, "Implemented",
         "Approved 18 November 2025."),
    ]),
    ("HG 09/25 Tenancy Fraud – Reasonable Assurance (final report 26 September 2025)", [
        ("1", "Medium",
         "Tenancy audits not completed within the target cycle in two regions.",
         "Agree a recovery plan for outstanding tenancy audits in the North East and Scotland "
         "regions and report progress quarterly.",
         "Regional Director (North East) and Regional Director (Scotland)", D(2026, 3, 31), None,
         "In progress", "Recovery plan agreed; 41% of backlog cleared."),
        ("2", "Low",
         "Fraud awareness training not included in induction for neighbourhood officers.",
         "Add the tenancy fraud e-learning module to the induction pathway.",
         "Head of Learning and Development", D(2025, 12, 31), None, "Not started", ""),
    ]),
    ("HG 11/25 Complaints Handling – Limited Assurance (final report 12 November 2025)", [
        ("1", "High",
         "Stage 1 complaints not acknowledged within five working days in 23% of the sample.",
         "Daily triage of new complaints by the Complaints Resolution Team with a dashboard "
         "showing acknowledgement performance by region.",
         "Head of Complaints and Resolution", D(2026, 1, 31), None, "In progress",
         "Dashboard live; January performance 91%."),
        ("2", "Medium",
         "Learning from upheld complaints not reported to the Customer Committee.",
         "Produce a quarterly learning from complaints report for the Customer Committee.",
         "Head of Complaints and Resolution", D(2026, 3, 31), None, "Not started", ""),
    ]),
]
HOME_TYPO_ROW = None  # filled by build_home


def build_home():
    global HOME_TYPO_ROW
    wb = Workbook()
    ss = wb.active
    ss.title = "Summary"
    widths(ss, [60, 14, 10, 13, 8, 10])
    put(ss, 1, 1, HOME_TITLE, bold=True, size=14, border=False)
    put(ss, 2, 1, "Audit and Risk Committee – 4 December 2025", border=False)
    header_row(ss, 4, ["Audit", "Assurance", "Actions", "Implemented", "Open", "Overdue"])
    r = 5
    for heading, recs in HOME:
        name, assurance = heading.split(" – ")[0], heading.split(" – ")[1].split(" (")[0]
        impl = sum(1 for x in recs if x[7] == "Implemented")
        put(ss, r, 1, name)
        put(ss, r, 2, assurance)
        put(ss, r, 3, len(recs))
        put(ss, r, 4, impl)
        put(ss, r, 5, len(recs) - impl)
        put(ss, r, 6, 0)
        r += 1

    ws = wb.create_sheet("Tracker")
    cols = ["Rec", "Priority", "Finding", "Agreed management action", "Responsible officer",
            "Agreed date", "Revised date", "Status", "Progress update"]
    widths(ws, [6, 9, 40, 48, 28, 12, 13, 13, 36])
    put(ws, 1, 1, HOME_TITLE, bold=True, size=14, border=False)
    put(ws, 2, 1, "Open and recently implemented actions – Audit and Risk Committee, 4 December "
                  "2025. Prepared by the Head of Governance and Assurance.", border=False)
    ws.merge_cells("A1:I1")
    ws.merge_cells("A2:I2")
    header_row(ws, 4, cols)
    r = 5
    status_fill = {"Implemented": FILL["B"], "In progress": FILL["G"], "Not started": FILL["grey"]}
    for heading, recs in HOME:
        band(ws, r, heading, len(cols))
        r += 1
        for rec in recs:
            no, pri, finding, action, officer, agreed, revised, status, update = rec
            put(ws, r, 1, no)
            put(ws, r, 2, pri, fill_={"High": "F8CBAD", "Medium": "FFE699",
                                       "Low": "E2EFDA"}[pri])
            put(ws, r, 3, finding)
            put(ws, r, 4, action)
            put(ws, r, 5, officer)
            put(ws, r, 6, agreed, fmt="dd/mm/yyyy")
            put(ws, r, 7, revised)
            put(ws, r, 8, status, fill_=status_fill[status], white=status == "Implemented")
            put(ws, r, 9, update or None)
            if revised == "Febuary 2026":
                HOME_TYPO_ROW = r
            r += 1
    r += 1
    put(ws, r, 1, "Priority: High = fundamental control weakness; Medium = significant; "
                  "Low = housekeeping. Revised dates require approval by the Executive Director.",
        border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, HOME_FILE))


# ============================================================================================
# 4. Hetherington Group Practice – CQC inspection action plan (docx)
# ============================================================================================
HGP_FILE = "xn-hetherington-group-practice-cqc-inspection-action-plan.docx"
HGP_TITLE = "Hetherington Group Practice – CQC Inspection Action Plan"
HGP = [
    ("1. Safe care and treatment (Regulation 12)", [
        ("Ensure that patients prescribed high-risk medicines receive the required monitoring "
         "before repeat prescriptions are issued.", [
            dict(ref="1.1",
                 action="Run weekly EMIS searches for DMARDs, lithium, warfarin and methotrexate; "
                        "the practice pharmacist reviews any patient overdue monitoring before "
                        "authorising a repeat.",
                 lead_raw="Dr S Mensah (Prescribing Lead) / Practice Pharmacist",
                 lead=["Dr S Mensah (Prescribing Lead)", "Practice Pharmacist"],
                 when="30 November 2024", end="2024-11",
                 progress="Searches running weekly since 4 November. 31 patients recalled for "
                          "bloods.", rag="Complete", status="blue"),
            dict(ref="1.2",
                 action="Add a monitoring-due alert to the repeat prescribing template so that "
                        "reception cannot issue without clinician sign-off.",
                 lead_raw="Practice Manager", lead=["Practice Manager"],
                 when="End of December 2024", end="2024-12",
                 progress="Template change agreed with the ICB medicines optimisation team.",
                 rag="Green", status="green"),
        ]),
        ("Ensure that safety alerts are acted on and a record kept of the action taken.", [
            dict(ref="1.3",
                 action="Create a shared safety alert log; the clinical lead cascades each alert "
                        "within 48 hours and records the search run and the patients reviewed.",
                 lead_raw="Dr R Patel", lead=["Dr R Patel"],
                 when="15/11/2024", end="2024-11",
                 progress="Log in place on the practice shared drive; checked at weekly clinical "
                          "meeting.", rag="Complete", status="blue"),
            dict(ref="1.4",
                 action="Retrospective audit of MHRA alerts issued since January 2024 (valproate, "
                        "SGLT2 inhibitors, fluoroquinolones), with a repeat audit after six "
                        "months.",
                 lead_raw="Practice Pharmacist and Dr R Patel",
                 lead=["Practice Pharmacist", "Dr R Patel"],
                 when="May 2025", end="2025-05",
                 progress="First cycle complete; 4 valproate patients without an annual risk "
                          "acknowledgement form now reviewed.", rag="Amber", status="amber"),
        ]),
    ]),
    ("2. Good governance (Regulation 17)", [
        ("Establish effective systems to monitor staff training, immunisation status and DBS "
         "checks.", [
            dict(ref="2.1",
                 action="Set up a training matrix on the practice compliance platform covering all "
                        "mandatory training, with a monthly report to the partners.",
                 lead_raw="Practice Manager; HR Lead", lead=["Practice Manager", "HR Lead"],
                 when="31/01/2025", end="2025-01",
                 progress="Matrix built; 88% of staff up to date.", rag="Green", status="green"),
            dict(ref="2.2",
                 action="Obtain immunisation records (hepatitis B, MMR, varicella) for all "
                        "clinical staff in line with the Green Book, and complete outstanding DBS "
                        "checks.",
                 lead_raw="Deputy Practice Manager", lead=["Deputy Practice Manager"],
                 when="28/02/2025", end="2025-02",
                 progress="Occupational health appointments delayed; 3 records still "
                          "outstanding.", rag="Red", status="red"),
        ]),
    ]),
    ("3. Areas where the practice should improve", [
        ("Continue to improve uptake of cervical screening.", [
            dict(ref="3.1",
                 action="Text and letter recall for women overdue screening, Saturday morning "
                        "sample-taking clinics, and a targeted call from the nursing team to "
                        "non-responders.",
                 lead_raw="Lead Practice Nurse", lead=["Lead Practice Nurse"],
                 when="Ongoing – reviewed quarterly", end=None,
                 end_text="Ongoing – reviewed quarterly",
                 progress="Uptake 25–49 age group up from 61% to 66%.", rag="Green",
                 status="green"),
        ]),
        ("Improve patient satisfaction with telephone access.", [
            dict(ref="3.2",
                 action="Move to cloud-based telephony with call-back and queue position; "
                        "publish GP Patient Survey results and the practice’s response in the "
                        "waiting room and on the website.",
                 lead_raw="Practice Manager / Patient Participation Group Chair",
                 lead=["Practice Manager", "Patient Participation Group Chair"],
                 when="Q4 2024/25", end="2025-03",
                 progress="Supplier selected; installation booked for March.", rag="Amber",
                 status="amber"),
        ]),
    ]),
]
RAG_DOCX = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def build_hgp():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.add_paragraph(HGP_TITLE, style="Title")
    d.add_paragraph("Inspection: 10 and 11 September 2024. Overall rating: Requires improvement "
                    "(Safe – Requires improvement; Well-led – Requires improvement). Report "
                    "published 29 October 2024.")
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "1.2 (January 2025 update)"),
                                ("Plan owner", "Practice Manager"),
                                ("Approved by", "Partners’ meeting, 14 November 2024"),
                                ("Review", "Monthly at the clinical governance meeting")]):
        cell_text(t.cell(i, 0), a, bold=True)
        cell_text(t.cell(i, 1), b)
    d.add_paragraph()
    d.add_paragraph("RAG status: Complete = action completed and evidenced; Green = on track; "
                    "Amber = some delay, revised date agreed with partners; Red = not on track.")
    for heading, groups in HGP:
        d.add_heading(heading, level=1)
        for finding, acts in groups:
            d.add_heading(finding, level=2)
            t = d.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            for j, h in enumerate(["Ref", "Action", "Lead", "Timescale", "Progress and evidence",
                                   "RAG"]):
                cell_text(t.cell(0, j), h, bold=True)
                shade(t.cell(0, j), "D9E2F3")
            for a in acts:
                row = t.add_row().cells
                for j, v in enumerate([a["ref"], a["action"], a["lead_raw"], a["when"],
                                       a["progress"], a["rag"]]):
                    cell_text(row[j], v)
                shade(row[5], RAG_DOCX[a["rag"]])
            d.add_paragraph()
    d.add_heading("Sign-off", level=1)
    t = d.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Name", "Role", "Date"]):
        cell_text(t.cell(0, j), h, bold=True)
    for j, h in enumerate(["Dr A Okafor", "Senior Partner and CQC Registered Manager",
                           "14/11/2024"]):
        cell_text(t.cell(1, j), h)
    d.save(os.path.join(HERE, HGP_FILE))


def hgp_actions():
    out = []
    for heading, groups in HGP:
        for finding, acts in groups:
            for a in acts:
                d = dict(ref=a["ref"], under=[heading, finding], action=a["action"],
                         lead=a["lead"], end=a["end"], status=a["status"])
                if "end_text" in a:
                    d["end_text"] = a["end_text"]
                out.append(d)
    return out


# ============================================================================================
# 5. Cheney School – post-Ofsted action plan 2024–25 (docx)
# ============================================================================================
CHENEY_FILE = "xn-cheney-school-post-ofsted-action-plan.docx"
CHENEY_TITLE = "Cheney School: Post-Ofsted Action Plan 2024–25"
CHENEY = [
    ("Priority 1: Curriculum in the foundation subjects",
     "In some foundation subjects, leaders have not identified precisely the knowledge pupils "
     "should learn and when. Leaders should ensure that curriculum thinking in these subjects is "
     "as well developed as it is in English, mathematics and science.", [
         dict(ref="1a",
              action="Subject leaders in geography, history, music and RE to rewrite the Key "
                     "Stage 3 curriculum maps, setting out the sequenced core knowledge for each "
                     "unit.",
              lead_raw="Deputy Headteacher (Curriculum)", lead=["Deputy Headteacher (Curriculum)"],
              when="Spring term 2025", end="2025-04",
              success="Curriculum maps in place and reviewed through the trust subject network.",
              rag="B", status="blue"),
         dict(ref="1b",
              action="Release time for subject leaders (one period a fortnight) to quality-assure "
                     "units through deep dives with a senior leader.",
              lead_raw="Subject leaders / SLT link", lead=["Subject leaders", "SLT link"],
              when="Summer term 2025", end="2025-07",
              success="Deep dive records show pupils can recall prior learning in each subject.",
              rag="G", status="green"),
         dict(ref="1c",
              action="Governor visits to foundation subjects, reported to the Standards "
                     "Committee.",
              lead_raw="Chair of Standards Committee", lead=["Chair of Standards Committee"],
              when="Termly", end=None, end_text="Termly",
              success="Visit notes minuted at each Standards Committee.",
              rag="G", status="green"),
     ]),
    ("Priority 2: Attendance of disadvantaged pupils",
     "Too many disadvantaged pupils are persistently absent. Leaders should continue to work "
     "with families to ensure that these pupils attend school regularly.", [
         dict(ref="2a",
              action="Appoint an attendance and family liaison officer and introduce weekly "
                     "attendance panels for pupils below 90%.",
              lead_raw="Assistant Headteacher (Inclusion)",
              lead=["Assistant Headteacher (Inclusion)"],
              when="January 2025", end="2025-01",
              success="Officer in post; panels meeting weekly from 13 January.",
              rag="B", status="blue"),
         dict(ref="2b",
              action="First-day response calls and home visits on day three of absence, following "
                     "the stages in the DfE ‘Working together to improve school attendance’ "
                     "guidance.",
              lead_raw="Attendance Officer", lead=["Attendance Officer"],
              when="Ongoing", end=None, end_text="Ongoing",
              success="Every absence contacted on day one; home visit logs on CPOMS.",
              rag="A", status="amber"),
         dict(ref="2c",
              action="Report persistent absence of disadvantaged pupils against national to "
                     "governors each half term, with a target of below 25% by July 2025.",
              lead_raw="Headteacher", lead=["Headteacher"],
              when="July 2025", end="2025-07",
              success="Persistent absence of disadvantaged pupils below 25%.",
              rag="A", status="amber"),
     ]),
    ("Priority 3: Careers guidance in the sixth form",
     "Students in the sixth form do not receive enough information about apprenticeships and "
     "technical routes. Leaders should ensure that all students understand the full range of "
     "options available to them.", [
         dict(ref="3a",
              action="Map Gatsby Benchmark 7 provision for Years 12 and 13 and add two "
                     "apprenticeship provider encounters each year.",
              lead_raw="Careers Leader", lead=["Careers Leader"],
              when="Autumn term 2025", end="2025-12",
              success="Compass+ shows every sixth-form student has had two encounters.",
              rag="G", status="green"),
     ]),
]
RAG_LETTER = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}


def build_cheney():
    d = docx.Document()
    sec = d.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = d.add_paragraph(style="Title")
    p.add_run(CHENEY_TITLE)
    d.add_paragraph("Inspection: 19 and 20 November 2024. Plan owner: Headteacher. Monitored by "
                    "the Local Governing Body Standards Committee each half term.")
    d.add_paragraph("RAG key", style="Heading 3")
    k = d.add_table(rows=1, cols=4)
    k.style = "Table Grid"
    for j, (letter, txt) in enumerate([("B", "Blue – achieved"), ("G", "Green – on track"),
                                       ("A", "Amber – some slippage"),
                                       ("R", "Red – not on track")]):
        cell_text(k.cell(0, j), txt, bold=True)
        shade(k.cell(0, j), RAG_LETTER[letter])
    d.add_paragraph()
    for priority, afi, acts in CHENEY:
        t = d.add_table(rows=3, cols=6)
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, 5))
        cell_text(top, priority, bold=True, size=11)
        shade(top, "1F3864")
        top.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        cell_text(t.cell(1, 0), "Area for improvement", bold=True)
        shade(t.cell(1, 0), "D9E2F3")
        afi_cell = t.cell(1, 1).merge(t.cell(1, 5))
        cell_text(afi_cell, afi)
        for j, h in enumerate(["Ref", "Action", "Lead", "By when", "Success criteria", "RAG"]):
            cell_text(t.cell(2, j), h, bold=True)
            shade(t.cell(2, j), "D9E2F3")
        for a in acts:
            row = t.add_row().cells
            for j, v in enumerate([a["ref"], a["action"], a["lead_raw"], a["when"], a["success"],
                                   a["rag"]]):
                cell_text(row[j], v)
            shade(row[5], RAG_LETTER[a["rag"]])
        d.add_paragraph()
    d.add_paragraph("Next review: Standards Committee, 10 June 2025.")
    d.save(os.path.join(HERE, CHENEY_FILE))


def cheney_actions():
    out = []
    for priority, afi, acts in CHENEY:
        for a in acts:
            d = dict(ref=a["ref"], under=[priority, afi], action=a["action"], lead=a["lead"],
                     end=a["end"], status=a["status"])
            if "end_text" in a:
                d["end_text"] = a["end_text"]
            out.append(d)
    return out


# ============================================================================================
# 6. Cambridgeshire OPCC and Constabulary – Joint Audit Committee action log (csv)
# ============================================================================================
JAC_FILE = "xn-cambridgeshire-opcc-constabulary-joint-audit-committee-action-log.csv"
JAC_TITLE = "Cambridgeshire Police and Crime Commissioner and Chief Constable – Joint Audit " \
            "Committee Action Log"
JAC = [
    ("Actions from meeting held 25 September 2025", [
        dict(ref="JAC/25/14", item="6. Internal Audit Progress Report",
             action="Provide the Committee with a breakdown of the overdue Fleet Management "
                    "recommendations and the revised implementation dates agreed with the internal "
                    "auditors.",
             lead_raw="Head of Finance (Constabulary)", lead=["Head of Finance (Constabulary)"],
             due="27/11/2025", end="2025-11", rag="B", status="blue",
             update="Circulated to members by email on 14 November 2025."),
        dict(ref="JAC/25/15", item="7. Risk Registers (OPCC and Constabulary)",
             action="Add the risk relating to replacement of the command and control system to the "
                    "Constabulary strategic risk register and report its score to the next "
                    "meeting.",
             lead_raw="Chief Superintendent, Strategic Change",
             lead=["Chief Superintendent, Strategic Change"],
             due="27/11/2025", end="2025-11", rag="B", status="blue",
             update="Risk added (score 16) and reported on 27 November."),
        dict(ref="JAC/25/16", item="8. Treasury Management Mid-Year Review",
             action="Confirm the counterparty limits for money market funds in the 2026/27 "
                    "Treasury Management Strategy.",
             lead_raw="OPCC Chief Finance Officer", lead=["OPCC Chief Finance Officer"],
             due="Jan-26", end="2026-01", rag="G", status="green",
             update="Included in the strategy report on this agenda."),
    ]),
    ("Actions from meeting held 27 November 2025", [
        dict(ref="JAC/25/21", item="5. External Audit – Auditor's Annual Report 2024/25",
             action="Arrange a briefing for members on the value for money findings and the "
                    "backstop arrangements for 2025/26.",
             lead_raw="OPCC Chief Finance Officer / Constabulary Chief Finance Officer",
             lead=["OPCC Chief Finance Officer", "Constabulary Chief Finance Officer"],
             due="March 2026", end="2026-03", rag="G", status="green",
             update="Date being agreed with the external auditor."),
        dict(ref="JAC/25/22", item="6. Internal Audit Progress Report",
             action="Seek assurance that the actions from the Limited Assurance audit of Seized "
                    "Property have been implemented,\nincluding a dip-sample of the property "
                    "stores at Parkside and Thorpe Wood.",
             lead_raw="JB/KM", lead=["JB", "KM"],
             due="29/01/2026", end="2026-01", rag="A", status="amber",
             update="Follow-up fieldwork moved to February; report to the March meeting."),
        dict(ref="JAC/25/23", item="9. Annual Governance Statement Action Plan",
             action="Add target dates to the three open AGS actions and report progress at each "
                    "meeting.",
             lead_raw="Chief Executive (OPCC)", lead=["Chief Executive (OPCC)"],
             due="Ongoing", end=None, end_text="Ongoing", rag="G", status="green",
             update="Target dates added; standing item from January."),
        dict(ref="JAC/25/24", item="10. Committee Effectiveness Self-Assessment",
             action="Circulate the CIPFA self-assessment questionnaire to members and collate the "
                    "responses for the Committee's annual report.",
             lead_raw="Governance Officer", lead=["Governance Officer"],
             due="31/12/2025", end="2025-12", rag="R", status="red",
             update="Not yet circulated – to be issued w/c 2 February 2026."),
    ]),
]


def build_jac():
    cols = ["Ref", "Agenda item", "Action", "Owner", "Due date", "RAG", "Update"]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([JAC_TITLE] + [""] * 6)
    w.writerow(["Updated for the meeting on 29 January 2026"] + [""] * 6)
    w.writerow([""] * 7)
    w.writerow(cols)
    for section, acts in JAC:
        w.writerow([section] + [""] * 6)
        for a in acts:
            w.writerow([a["ref"], a["item"], a["action"], a["lead_raw"], a["due"], a["rag"],
                        a["update"]])
    w.writerow([""] * 7)
    w.writerow(["RAG: B = complete (to be removed after this meeting); G = on track; "
                "A = at risk; R = overdue"] + [""] * 6)
    with open(os.path.join(HERE, JAC_FILE), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


def jac_actions():
    out = []
    for section, acts in JAC:
        for a in acts:
            d = dict(ref=a["ref"], under=[section, a["item"]], action=a["action"], lead=a["lead"],
                     end=a["end"], status=a["status"])
            if "end_text" in a:
                d["end_text"] = a["end_text"]
            out.append(d)
    return out


# ============================================================================================
# 7. University of Wolverhampton – student outcomes (OfS B3) quality improvement plan (txt)
# ============================================================================================
WLV_FILE = "xn-university-of-wolverhampton-ofs-b3-student-outcomes-quality-improvement-plan.txt"
WLV_TITLE = "Student Outcomes (OfS Condition B3) Quality Improvement Plan 2025/26"
WLV = [
    ("THEME 1: CONTINUATION", [
        ("Objective 1.1 – Raise full-time first degree continuation above the OfS threshold of "
         "80% in every subject.", [
            dict(ref="1.1a",
                 action="Introduce a structured first-six-weeks transition programme with "
                        "personal tutor meetings in weeks 1, 3 and 6.",
                 lead_raw="Dean of Students", lead=["Dean of Students"],
                 when="Sep 2025 – Jan 2026", end="2026-01", st="Complete", status="blue",
                 note="Delivered for the September 2025 intake; 94% of students attended the "
                      "week 1 meeting."),
            dict(ref="1.1b",
                 action="Use learning analytics engagement alerts to trigger outreach by Student "
                        "Success Advisers after 10 days of non-engagement.",
                 lead_raw="Director of Student Success; Head of Planning and Insight",
                 lead=["Director of Student Success", "Head of Planning and Insight"],
                 when="31/03/2026", end="2026-03", st="On track", status="green",
                 note="Alerts live in four of six faculties."),
        ]),
        ("Objective 1.2 – Close the continuation gap for part-time and mature students.", [
            dict(ref="1.2a",
                 action="Review timetabling for part-time courses so that teaching is blocked "
                        "into no more than two days a week.",
                 lead_raw="Academic Registrar", lead=["Academic Registrar"],
                 when="Jul-26", end="2026-07", st="Amber", status="amber",
                 note="Room capacity constraints at Walsall campus under review."),
        ]),
    ]),
    ("THEME 2: COMPLETION", [
        ("Objective 2.1 – Improve completion in the Faculty of Science and Engineering and the "
         "School of Nursing.", [
            dict(ref="2.1a",
                 action="Deep-dive review of courses below the 75% completion threshold, with "
                        "course-level action plans approved by Faculty Quality Committees.",
                 lead_raw="Associate Deans (Student Experience)",
                 lead=["Associate Deans (Student Experience)"],
                 when="February 2026", end="2026-02", st="On track", status="green",
                 note="11 of 14 course plans approved."),
            dict(ref="2.1b",
                 action="Extend the \"Flying Start\" academic skills offer to all Level 4 nursing "
                        "students.",
                 lead_raw="Head of School of Nursing / Skills for Learning Manager",
                 lead=["Head of School of Nursing", "Skills for Learning Manager"],
                 when="TBC", end=None, end_text="TBC", st="Not started", status="unrated",
                 note="Dependent on 2026/27 staffing bid."),
        ]),
    ]),
    ("THEME 3: PROGRESSION", [
        ("Objective 3.1 – Increase the proportion of graduates in managerial or professional "
         "employment or further study.", [
            dict(ref="3.1a",
                 action="Embed a credit-bearing employability module at Level 5 in all "
                        "undergraduate programmes from 2026/27.",
                 lead_raw="PVC Education", lead=["PVC Education"],
                 when="Sept 2026", end="2026-09", st="Amber", status="amber",
                 note="Module approved; programme modifications behind schedule in two "
                      "faculties."),
            dict(ref="3.1b",
                 action="Double the number of Level 5 students completing a placement or "
                        "work-based project, using the university talent bank.",
                 lead_raw="Head of Careers and Enterprise", lead=["Head of Careers and Enterprise"],
                 when="31 July 2026", end="2026-07", st="Green", status="green",
                 note="212 placements confirmed against a target of 260."),
        ]),
    ]),
]


def build_wlv():
    ncol = 6
    lines = [
        "University of Wolverhampton",
        WLV_TITLE,
        "Owner: Pro Vice-Chancellor (Student Experience). Reported to Academic Board and the "
        "Board of Governors.",
        "Position at 30 January 2026",
        "",
        "\t".join(["Ref", "Action", "Owner", "Target date", "Status", "Progress commentary"]),
    ]
    for theme, objectives in WLV:
        lines.append(theme + "\t" * (ncol - 1))
        for objective, acts in objectives:
            lines.append(objective + "\t" * (ncol - 1))
            for a in acts:
                lines.append("\t".join([a["ref"], a["action"], a["lead_raw"], a["when"], a["st"],
                                        a["note"]]))
    lines += [
        "",
        "Status key: Complete = delivered and evidenced; On track / Green = on course for the "
        "target date; Amber = at risk of missing the target date; Red = off track; Not started.",
        "Note: continuation and completion rates are taken from the OfS student outcomes "
        "dashboard (September 2025 release).",
    ]
    with open(os.path.join(HERE, WLV_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


def wlv_actions():
    out = []
    for theme, objectives in WLV:
        for objective, acts in objectives:
            for a in acts:
                d = dict(ref=a["ref"], under=[theme, objective], action=a["action"],
                         lead=a["lead"], end=a["end"], status=a["status"])
                if "end_text" in a:
                    d["end_text"] = a["end_text"]
                out.append(d)
    return out


def main():
    build_scht()
    build_som()
    build_home()
    build_hgp()
    build_cheney()
    build_jac()
    build_wlv()
    print("built 7 files; Home Group typo row:", HOME_TYPO_ROW)


if __name__ == "__main__":
    main()
