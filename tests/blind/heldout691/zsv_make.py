#!/usr/bin/env python3
"""Build the seven zsv- blind test files (set heldout691) and their expected readings.

Run with /work/main/.venv/bin/python zsv_make.py from any directory; files are written beside
this script. Only files whose names start with "zsv-" are written.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED = "5B9BD5", "00B050", "FFC000", "FF0000"
FILL = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def path(name):
    assert name.startswith("zsv-")
    return os.path.join(HERE, name)


def fill(hex_):
    return PatternFill(start_color=hex_, end_color=hex_, fill_type="solid")


def d(y, m, day):
    return dt.datetime(y, m, day)


def write_expected(name, meta, actions):
    doc = {
        "source": meta["source"],
        "reads": meta["reads"],
        "outcome": meta["outcome"],
        "accept_refusal": meta.get("accept_refusal", False),
    }
    if "refuse_at" in meta:
        doc["refuse_at"] = meta["refuse_at"]
    if meta.get("title") is not None:
        doc["title"] = meta["title"]
    if meta["outcome"] == "read":
        out = []
        for a in actions:
            item = {
                "ref": a["ref"],
                "under": a["under"],
                "action": a["action"],
                "lead": a["lead"],
                "end": a["end"],
            }
            if a.get("end_text") is not None:
                item["end_text"] = a["end_text"]
            item["status"] = a["status"]
            out.append(item)
        doc["actions"] = out
    with open(path(name) + ".expected.yaml", "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=100000)


# ---------------------------------------------------------------------------
# 1. Betsi Cadwaladr UHB - Board Assurance Framework 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def make_bcuhb_baf():
    name = "zsv-betsi-cadwaladr-uhb-board-assurance-framework-2025-26.xlsx"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Betsi Cadwaladr University Health Board"
    cov["A2"] = "Bwrdd Iechyd Prifysgol Betsi Cadwaladr"
    cov["A4"] = "Board Assurance Framework 2025/26"
    cov["A4"].font = Font(bold=True, size=16)
    cov["A5"] = "Quarter 2 position – reported to the Health Board (in public), 27 November 2025"
    cov["A1"].font = Font(bold=True, size=12)
    cov["A7"] = "Document control"
    cov["A7"].font = BOLD
    rows = [
        ("Version", "Date", "Author", "Summary of changes"),
        ("3.0", "24/07/2025", "Head of Risk Management", "Q1 refresh of principal risks approved by the Board"),
        ("3.1", "18/09/2025", "Head of Risk Management", "Scores for BAF25-04 reviewed at People and Culture Committee"),
        ("3.2", "06/11/2025", "Board Secretary", "Q2 progress updates from Executive leads"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=8 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = BOLD
    cov["A13"] = "Action status key"
    cov["A13"].font = BOLD
    key = [("B", "Complete", BLUE), ("G", "On track", GREEN),
           ("A", "Some slippage – mitigation in place", AMBER),
           ("R", "Off track – escalated to Executive Team", RED)]
    for i, (k, txt, col) in enumerate(key):
        c = cov.cell(row=14 + i, column=1, value=k)
        c.fill = fill(col)
        c.alignment = Alignment(horizontal="center")
        cov.cell(row=14 + i, column=2, value=txt)
    cov["A19"] = "Risk score = likelihood × impact (5×5 matrix). 1–3 Low, 4–6 Moderate, 8–12 High, 15–25 Extreme."
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 26
    cov.column_dimensions["D"].width = 60

    risks = [
        {
            "sheet": "BAF25-01",
            "heading": "BAF25-01 Urgent and Emergency Care",
            "priority": "Improving access and timeliness of care",
            "desc": "There is a risk that patients do not receive timely urgent and emergency care, caused by "
                    "sustained demand, delayed discharge and ambulance handover delays, resulting in avoidable "
                    "harm and poor patient experience.",
            "lead": "Chief Operating Officer",
            "committee": "Performance, Finance and Information Governance Committee",
            "scores": (25, 20, 12),
            "appetite": "Cautious",
            "controls": "Six Goals for Urgent and Emergency Care programme; site escalation framework; "
                        "regional handover protocol with WAST.",
            "gaps": "SDEC not available 7 days on all sites; limited step-down capacity in the community.",
            "assurance": "Monthly Integrated Quality and Performance Report; Welsh Government Targeted "
                         "Intervention meetings.",
            "actions": [
                ("01.1", "Implement the Same Day Emergency Care (SDEC) operating model on all three acute sites, "
                         "open 12 hours a day, 7 days a week.",
                 "Chief Operating Officer", d(2025, 10, 31), d(2026, 1, 31),
                 "Ysbyty Glan Clwyd and Wrexham Maelor open 7 days; Ysbyty Gwynedd limited by medical staffing – "
                 "revised date agreed at PFIG Committee.", "G", "A",
                 ["Chief Operating Officer"], "2026-01", None, "amber"),
                ("01.2", "Deliver the ambulance handover improvement plan with WAST, including the 45-minute "
                         "release-to-respond protocol on all sites.",
                 "Chief Operating Officer / Director of Unscheduled Care", d(2025, 9, 30), None,
                 "Protocol live on all three sites since September 2025; lost hours reduced by 31% against "
                 "Q4 2024/25.", "G", "B",
                 ["Chief Operating Officer", "Director of Unscheduled Care"], "2025-09", None, "blue"),
                ("01.3", "Reduce the number of patients who are medically optimised for discharge by 20% through "
                         "the Discharge to Recover then Assess (D2RA) pathways with local authority partners.",
                 "Director of Primary and Community Care", "Q4 2025/26", None,
                 "Medically optimised numbers remain above 250; joint escalation with the six local authorities "
                 "through the Regional Partnership Board.", "A", "R",
                 ["Director of Primary and Community Care"], "2026-03", None, "red"),
            ],
        },
        {
            "sheet": "BAF25-04",
            "heading": "BAF25-04 Workforce Sustainability",
            "priority": "A great place to work and learn",
            "desc": "There is a risk that the Health Board cannot recruit and retain a workforce of the right "
                    "size and skill mix, caused by national shortages and reliance on temporary staffing, "
                    "resulting in unsafe staffing and unaffordable agency costs.",
            "lead": "Executive Director of Workforce and Organisational Development",
            "committee": "People and Culture Committee",
            "scores": (20, 16, 9),
            "appetite": "Open",
            "controls": "Workforce plan 2025–28; agency reduction programme; international recruitment.",
            "gaps": "Medical vacancies in emergency and acute medicine; off-framework agency use.",
            "assurance": "Monthly workforce dashboard; Nurse Staffing Act annual report.",
            "actions": [
                ("04.1", "Complete the Nurse Staffing Levels (Wales) Act 2016 annual recalculation for all "
                         "Section 25B wards and present the outcome to the Board.",
                 "Executive Director of Nursing and Midwifery", d(2025, 5, 31), None,
                 "Presented to the Board on 29 May 2025.", "G", "B",
                 ["Executive Director of Nursing and Midwifery"], "2025-05", None, "blue"),
                ("04.2", "Reduce registered nurse agency spend to below 3% of the nursing pay bill by ending "
                         "off-framework agency use.",
                 "Executive Director of Nursing and Midwifery / Executive Director of Finance",
                 d(2025, 9, 30), d(2026, 3, 31),
                 "Off-framework use ended in West; East and Central at 4.2%.", "A", "A",
                 ["Executive Director of Nursing and Midwifery", "Executive Director of Finance"],
                 "2026-03", None, "amber"),
                ("04.3", "Recruit to the 12 consultant vacancies in Emergency Medicine and Acute Medicine "
                         "identified in the medical workforce plan.",
                 "Executive Medical Director", d(2025, 12, 31), None,
                 "8 of 12 posts appointed; 2 interviews scheduled for November.", "G", "G",
                 ["Executive Medical Director"], "2025-12", None, "green"),
                ("04.4", "Establish a joint workforce pipeline group with Bangor University for the North Wales "
                         "Medical School.",
                 "Executive Director of Workforce and Organisational Development", "Ongoing", None,
                 "Group meets bi-monthly; first cohort placements confirmed.", "G", "G",
                 ["Executive Director of Workforce and Organisational Development"], None, "Ongoing", "green"),
            ],
        },
        {
            "sheet": "BAF25-07",
            "heading": "BAF25-07 Financial Sustainability",
            "priority": "Effective use of resources",
            "desc": "There is a risk that the Health Board does not deliver its financial plan for 2025/26, "
                    "caused by cost growth above allocation and under-delivery of savings, resulting in "
                    "escalation by Welsh Government.",
            "lead": "Executive Director of Finance",
            "committee": "Performance, Finance and Information Governance Committee",
            "scores": (20, 16, 8),
            "appetite": "Minimal",
            "controls": "Financial plan; budget holder accountability letters; savings programme board.",
            "gaps": "Savings schemes not fully identified for Q4.",
            "assurance": "Monthly finance report; Audit Wales structured assessment.",
            "actions": [
                ("07.1", "Deliver the 2025/26 savings programme of £40.6m, with all schemes quality and equality "
                         "impact assessed.",
                 "Executive Director of Finance", d(2026, 3, 31), None,
                 "£27.9m identified, £16.1m delivered at month 6.", "A", "A",
                 ["Executive Director of Finance"], "2026-03", None, "amber"),
                ("07.2", "Implement the vacancy control panel for all non-clinical posts at Band 7 and above.",
                 "Executive Director of Finance / Executive Director of Workforce and Organisational Development",
                 d(2025, 6, 30), None,
                 "Panel in place from June 2025; meets weekly.", "G", "B",
                 ["Executive Director of Finance", "Executive Director of Workforce and Organisational Development"],
                 "2025-06", None, "blue"),
            ],
        },
    ]

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of principal risks – Q2 2025/26"
    summ["A1"].font = Font(bold=True, size=13)
    hdr = ["Ref", "Principal risk", "Executive lead", "Assuring committee", "Inherent", "Current", "Target",
           "Trend"]
    for j, h in enumerate(hdr):
        c = summ.cell(row=3, column=1 + j, value=h)
        c.font = BOLD
        c.border = BOX
    trends = ["↔", "↓", "↔"]
    for i, r in enumerate(risks):
        vals = [r["sheet"], r["heading"].split(" ", 1)[1], r["lead"], r["committee"], *r["scores"], trends[i]]
        for j, v in enumerate(vals):
            c = summ.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
            c.alignment = WRAP
    summ.column_dimensions["B"].width = 32
    summ.column_dimensions["C"].width = 40
    summ.column_dimensions["D"].width = 40

    sev = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    expected = []
    for r in risks:
        ws = wb.create_sheet(r["sheet"])
        ws.merge_cells("A1:H1")
        ws["A1"] = r["heading"]
        ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
        ws["A1"].fill = fill("1F4E79")
        labels = [("Strategic priority", r["priority"]), ("Risk description", r["desc"]),
                  ("Executive lead", r["lead"]), ("Assuring committee", r["committee"])]
        row = 3
        for lab, val in labels:
            ws.cell(row=row, column=1, value=lab).font = BOLD
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=8)
            ws.cell(row=row, column=2, value=val).alignment = WRAP
            row += 1
        ws.cell(row=row, column=1, value="Risk score").font = BOLD
        ws.cell(row=row, column=2, value="Inherent")
        ws.cell(row=row, column=3, value=r["scores"][0])
        ws.cell(row=row, column=4, value="Current")
        ws.cell(row=row, column=5, value=r["scores"][1])
        ws.cell(row=row, column=6, value="Target")
        ws.cell(row=row, column=7, value=r["scores"][2])
        row += 1
        for lab, val in [("Risk appetite", r["appetite"]), ("Key controls", r["controls"]),
                         ("Gaps in controls", r["gaps"]), ("Sources of assurance", r["assurance"])]:
            ws.cell(row=row, column=1, value=lab).font = BOLD
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=8)
            ws.cell(row=row, column=2, value=val).alignment = WRAP
            row += 1
        row += 1
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        ws.cell(row=row, column=1, value="Actions to address gaps in control and assurance").font = BOLD
        ws.cell(row=row, column=1).fill = fill("D9E1F2")
        row += 1
        heads = ["Ref", "Action", "Action owner", "Original due date", "Revised due date",
                 "Q2 progress update", "Q1 status", "Q2 status"]
        for j, h in enumerate(heads):
            c = ws.cell(row=row, column=1 + j, value=h)
            c.font = BOLD
            c.border = BOX
            c.alignment = WRAP
        row += 1
        for (ref, text, owner, orig, rev, prog, q1, q2, lead, end, end_text, status) in r["actions"]:
            vals = [ref, text, owner, orig, rev, prog, q1, q2]
            for j, v in enumerate(vals):
                c = ws.cell(row=row, column=1 + j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for col, k in ((7, q1), (8, q2)):
                ws.cell(row=row, column=col).fill = fill(sev[k])
                ws.cell(row=row, column=col).alignment = Alignment(horizontal="center", vertical="top")
            expected.append({"ref": ref, "under": [r["heading"]], "action": text, "lead": lead,
                             "end": end, "end_text": end_text, "status": status})
            row += 1
        row += 1
        ws.cell(row=row, column=1, value="Next review: Q3 update to the Board, February 2026.").font = Font(italic=True)
        widths = [8, 60, 34, 14, 14, 50, 9, 9]
        for j, w in enumerate(widths):
            ws.column_dimensions["ABCDEFGH"[j]].width = w

    wb.save(path(name))
    meta = {
        "source": "Imitates a Welsh health board's Board Assurance Framework as taken to a public Health Board "
                  "meeting (BCUHB public board papers, e.g. docslib.org/doc/9272053/bundle-health-board-14-may-2020; "
                  "BAF structure of principal risk, controls, gaps, sources of assurance as in the ABMU BAF at "
                  "vdocuments.net/board-assurance-framework-2018-19). Betsi Cadwaladr UHB, Q2 2025/26. Copies: "
                  "bilingual cover with document-control table and action status key (B/G/A/R); a summary sheet "
                  "of principal risks with scores and trend (no actions); one sheet per principal risk with a "
                  "label/value risk block, then an 'Actions to address gaps' table with original and revised due "
                  "dates (date cells, one 'Q4 2025/26' and one 'Ongoing'), progress text and Q1/Q2 status "
                  "letters on fill colour; several executive posts in one cell split by ' / '.",
        "reads": "A board assurance framework: three principal risks, each on its own sheet, each with a short "
                 "table of actions to close gaps in control. Nine actions in all, each with an executive owner, "
                 "an original and sometimes a revised due date, and a previous (Q1) and current (Q2) status.",
        "outcome": "read",
        "title": "Board Assurance Framework 2025/26",
    }
    write_expected(name, meta, expected)


# ---------------------------------------------------------------------------
# 2. NHS Ayrshire & Arran - HIS maternity inspection improvement action plan (xlsx)
# ---------------------------------------------------------------------------
def make_naa_his_maternity():
    name = "zsv-nhs-ayrshire-and-arran-his-crosshouse-maternity-inspection-improvement-action-plan.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Action Plan"
    title = "Improvement Action Plan – University Hospital Crosshouse Maternity Unit"
    ws.merge_cells("A1:F1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    info = [
        "NHS board: NHS Ayrshire & Arran",
        "Inspection: Healthcare Improvement Scotland safe delivery of care inspection – maternity services, "
        "18–20 March 2025. Report published 10 June 2025.",
        "Progress update as at: 30 September 2025",
        "Progress is reviewed monthly by the Maternity Improvement Oversight Group and reported to the "
        "Healthcare Governance Committee.",
    ]
    for i, t in enumerate(info):
        ws.merge_cells(start_row=2 + i, start_column=1, end_row=2 + i, end_column=6)
        ws.cell(row=2 + i, column=1, value=t).alignment = WRAP
    ws.cell(row=7, column=1, value="RAG key:").font = BOLD
    for j, (txt, col) in enumerate([("Complete", BLUE), ("On track", GREEN), ("At risk", AMBER),
                                    ("Not on track", RED)]):
        c = ws.cell(row=7, column=2 + j, value=txt)
        c.fill = fill(col)
    heads = ["Ref", "Action planned", "Timescale to meet action", "Responsibility for taking action",
             "Progress to date", "RAG"]
    for j, h in enumerate(heads):
        c = ws.cell(row=9, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("004B87")
        c.border = BOX
        c.alignment = WRAP

    D2 = "Domain 2 – Leadership and culture"
    D41 = "Domain 4.1 – Pathways, procedures and policies"
    D43 = "Domain 4.3 – Workforce planning"
    D9 = "Domain 9 – Quality improvement-focused leadership"
    R1 = ("Requirement 1: NHS Ayrshire & Arran must ensure that staff are supported to raise concerns and that "
          "learning from concerns raised is shared with staff in the maternity unit.")
    R2 = ("Requirement 2: NHS Ayrshire & Arran must ensure that all women have a documented venous "
          "thromboembolism (VTE) risk assessment completed on admission and reviewed in line with national "
          "guidance.")
    R3 = ("Requirement 3: NHS Ayrshire & Arran must ensure that resuscitaire and emergency equipment checks are "
          "completed and recorded in line with NHS board policy.")
    RA = ("Recommendation a: NHS Ayrshire & Arran should ensure that the maternity triage telephone line is "
          "answered in a timely manner and that calls are recorded.")
    R4 = ("Requirement 4: NHS Ayrshire & Arran must ensure that midwifery staffing levels and skill mix are "
          "maintained in line with the common staffing method and that staffing risks are escalated "
          "appropriately.")
    RB = ("Recommendation b: NHS Ayrshire & Arran should ensure that staff have protected time to take part in "
          "quality improvement activity in the maternity unit.")

    plan = [
        ("domain", D2),
        ("req", R1),
        ("act", "1.1", "Hold monthly 'Listening into Action' sessions for maternity staff, facilitated by the "
                       "Associate Nurse Director and a Whistleblowing Confidential Contact.",
         "July 2025", "Head of Midwifery",
         "Sessions held monthly since July 2025; themes reported to the Women and Children's Governance Group.",
         "blue", ["Head of Midwifery"], "2025-07", None),
        ("act", "1.2", "Introduce a 'You said, we did' learning board in the staff room and a quarterly learning "
                       "bulletin summarising concerns raised and actions taken.",
         "September 2025", "Senior Midwife – Quality and Governance",
         "Learning board in place; first bulletin issued 26 September 2025.", "green",
         ["Senior Midwife – Quality and Governance"], "2025-09", None),
        ("domain", D41),
        ("req", R2),
        ("act", "2.1", "Add the VTE risk assessment to the BadgerNet admission pathway as a mandatory field.",
         "31 July 2025", "Clinical Director – Obstetrics & Gynaecology",
         "Mandatory field live from 14 July 2025.", "blue",
         ["Clinical Director – Obstetrics & Gynaecology"], "2025-07", None),
        ("act", "2.2", "Audit 20 sets of case notes each month for VTE assessment on admission and at 24 hours "
                       "postnatally, and report compliance to the Maternity Governance Group.",
         "Monthly – ongoing", "Senior Midwife – Quality and Governance",
         "July 88%, August 93%, September 95%.", "green",
         ["Senior Midwife – Quality and Governance"], None, "Monthly – ongoing"),
        ("req", R3),
        ("act", "3.1", "Implement a daily equipment checklist for resuscitaires and emergency trolleys, signed by "
                       "the shift coordinator, with weekly spot checks by the Senior Charge Midwife.",
         "May 2025", "Head of Midwifery",
         "Complete. 100% compliance in June to September spot checks.", "blue",
         ["Head of Midwifery"], "2025-05", None),
        ("req", RA),
        ("act", "a.1", "Review the triage telephone staffing model and allocate a dedicated triage midwife "
                       "08:00–20:00.",
         "31 October 2025", "Head of Midwifery / Maternity Services Manager",
         "Business case submitted to the Women and Children's Directorate; interim cover from the staff bank.",
         "amber", ["Head of Midwifery", "Maternity Services Manager"], "2025-10", None),
        ("act", "a.2", "Introduce call logging and recording for all calls to the maternity triage line.",
         "December 2025", "eHealth Service Manager",
         "Telephony upgrade ordered; installation planned for November 2025.", "green",
         ["eHealth Service Manager"], "2025-12", None),
        ("domain", D43),
        ("req", R4),
        ("act", "4.1", "Complete the Birthrate Plus assessment under the common staffing method and present the "
                       "outcome to the Nurse Director for assurance.",
         "30 September 2025", "Associate Nurse Director – Women and Children's Services",
         "Assessment delayed by Birthrate Plus availability; now scheduled for November 2025.", "red",
         ["Associate Nurse Director – Women and Children's Services"], "2025-09", None),
        ("act", "4.2", "Embed the real-time staffing resource (RTS) tool in the labour suite, with escalation to "
                       "the Senior Nurse on call when staffing falls below the agreed minimum.",
         "August 2025", "Labour Suite Senior Charge Midwife",
         "RTS completed every shift since August 2025.", "blue",
         ["Labour Suite Senior Charge Midwife"], "2025-08", None),
        ("domain", D9),
        ("req", RB),
        ("act", "b.1", "Allocate protected time for two midwives to complete the Scottish Improvement Foundation "
                       "Skills (SIFS) programme and lead a unit improvement project.",
         "March 2026", "Head of Midwifery",
         "Not yet started – places requested for the February 2026 cohort.", None,
         ["Head of Midwifery"], "2026-03", None),
    ]
    row = 10
    expected = []
    dom = req = None
    for item in plan:
        if item[0] in ("domain", "req"):
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
            c = ws.cell(row=row, column=1, value=item[1])
            c.alignment = WRAP
            if item[0] == "domain":
                c.font = Font(bold=True, size=12)
                c.fill = fill("DDEBF7")
                dom = item[1]
            else:
                c.font = Font(bold=True, italic=True)
                req = item[1]
                ws.row_dimensions[row].height = 32
        else:
            _, ref, text, when, who, prog, rag, lead, end, end_text = item
            for j, v in enumerate([ref, text, when, who, prog, None]):
                c = ws.cell(row=row, column=1 + j, value=v)
                c.border = BOX
                c.alignment = WRAP
            if rag:
                ws.cell(row=row, column=6).fill = fill(FILL[rag])
            expected.append({"ref": ref, "under": [dom, req], "action": text, "lead": lead, "end": end,
                             "end_text": end_text, "status": rag or "unrated"})
        row += 1
    row += 1
    ws.cell(row=row, column=1, value="Sign-off").font = BOLD
    row += 1
    for j, h in enumerate(["Name", "Designation", "Date"]):
        ws.cell(row=row, column=2 + j, value=h).font = BOLD
    row += 1
    ws.cell(row=row, column=2, value="Morag Fullarton")
    ws.cell(row=row, column=3, value="Nurse Director")
    c = ws.cell(row=row, column=4, value=d(2025, 7, 4))
    c.number_format = "dd/mm/yyyy"
    for col, w in zip("ABCDEF", [7, 62, 20, 34, 52, 8]):
        ws.column_dimensions[col].width = w
    wb.save(path(name))
    meta = {
        "source": "Imitates the improvement action plan an NHS Scotland board publishes alongside a Healthcare "
                  "Improvement Scotland safe delivery of care inspection of maternity units (programme from "
                  "January 2025; healthcareimprovementscotland.scot/publications/inspections-of-maternity-units-"
                  "to-begin-in-january and .../first-maternity-unit-inspection-report-published). NHS Ayrshire & "
                  "Arran, University Hospital Crosshouse, 2025. Copies the HIS plan columns (Ref, Action planned, "
                  "Timescale to meet action, Responsibility for taking action) with a progress column added, "
                  "full-width merged domain rows, merged requirement/recommendation rows above their actions "
                  "(requirements numbered, recommendations lettered), RAG shown by fill colour only with a "
                  "coloured key row, and a sign-off block at the foot.",
        "reads": "An HIS maternity inspection improvement action plan: four quality-framework domains, each with "
                 "requirements or recommendations written out in full, and numbered actions beneath each with "
                 "a timescale, a responsible post and a progress note. The RAG column has no words, only fill "
                 "colours keyed at the top; one action has no colour yet (not started).",
        "outcome": "read",
        "title": title,
    }
    write_expected(name, meta, expected)


# ---------------------------------------------------------------------------
# 3. Belfast HSCT - RQIA Beechcroft CAMHS inpatient unit QIP tracker (xlsx)
# ---------------------------------------------------------------------------
def make_belfast_rqia_beechcroft():
    name = "zsv-belfast-hsct-rqia-beechcroft-camhs-inpatient-unit-inspection-qip-tracker.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "QIP tracker"
    title = "Beechcroft CAMHS Inpatient Unit – RQIA Quality Improvement Plan Tracker"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Belfast Health and Social Care Trust | Mental Health Services"
    ws["A3"] = ("Unannounced inspection: 4–6 November 2024 | Report issued: 17 January 2025 | "
                "QIP returned to RQIA: 14 February 2025")
    ws["A4"] = "Last updated: 12/05/2025"
    ws["A6"] = "Status key:"
    ws["A6"].font = BOLD
    keys = [("Complete", BLUE, "implemented and evidence submitted to RQIA"),
            ("On track", GREEN, "progressing within timescale"),
            ("At risk", AMBER, "timescale may not be met"),
            ("Overdue", RED, "past RQIA or revised date"),
            ("Not started", None, "")]
    for j, (k, col, _) in enumerate(keys):
        c = ws.cell(row=6, column=2 + j, value=k)
        if col:
            c.fill = fill(col)
    heads = ["Area for improvement (as stated by RQIA)", "Ref", "Stated", "No.", "Trust action", "Lead",
             "RQIA timescale", "Revised date", "Progress update", "Status"]
    for j, h in enumerate(heads):
        c = ws.cell(row=8, column=1 + j, value=h)
        c.font = BOLD
        c.fill = fill("BDD7EE")
        c.border = BOX
        c.alignment = WRAP
    afis = [
        ("AFI 1 – The Trust should ensure that staffing levels on each ward are sufficient to meet the assessed "
         "needs of young people, including when enhanced observations are in place.",
         "Standard 4.3 (i)", "Second time", [
             ("1a", "Complete a ward-by-ward review of the nursing establishment for CAMHS inpatient settings using "
                    "the Delivering Care framework.",
              "Head of Service – Specialist CAMHS", d(2025, 3, 31), d(2025, 6, 30),
              "Draft review completed; awaiting finance sign-off of additional Band 3 posts.", "At risk",
              ["Head of Service – Specialist CAMHS"], "2025-06", None, "amber"),
             ("1b", "Establish a twice-daily staffing huddle with escalation to the Senior Nurse Manager on call "
                    "when observation levels exceed funded staffing.",
              "Beechcroft Lead Nurse", "Immediate and ongoing", None,
              "Huddles in place since 11 November 2024; escalation log audited monthly.", "Complete",
              ["Beechcroft Lead Nurse"], None, "Immediate and ongoing", "blue"),
         ]),
        ("AFI 2 – The Trust should ensure that all restrictive practices, including physical intervention and "
         "seclusion, are recorded, reviewed and reported in line with regional guidance.",
         "Standard 5.1 (c)", "First time", [
             ("2a", "Record all physical interventions and seclusion episodes on Datix with a mandatory "
                    "post-incident debrief field.",
              "Beechcroft Lead Nurse / Governance Manager", d(2025, 2, 28), None,
              "Datix form amended 3 February 2025.", "Complete",
              ["Beechcroft Lead Nurse", "Governance Manager"], "2025-02", None, "blue"),
             ("2b", "Present a monthly restrictive practice report to the CAMHS Governance Group, including trend "
                    "analysis by ward.",
              "Head of Service – Specialist CAMHS", d(2025, 3, 31), None,
              "Reports presented in March and April 2025.", "On track",
              ["Head of Service – Specialist CAMHS"], "2025-03", None, "green"),
             ("2c", "Deliver refresher training in the Management of Actual or Potential Aggression (MAPA) to all "
                    "nursing staff, prioritising those overdue.",
              "Practice Development Lead", d(2025, 5, 31), d(2025, 8, 31),
              "Compliance 71%; additional dates booked for June and July.", "At risk",
              ["Practice Development Lead"], "2025-08", None, "amber"),
         ]),
        ("AFI 3 – The Trust should ensure that each young person's care plan reflects their views and those of "
         "their parents or carers and is reviewed after each multidisciplinary team meeting.",
         "Standard 5.3.1 (f)", "First time", [
             ("3a", "Introduce a 'My Care Plan' template co-produced with young people through the Beechcroft "
                    "Youth Participation Group.",
              "Consultant Clinical Psychologist", d(2025, 4, 30), None,
              "Template drafted; Youth Participation Group meeting postponed twice.", "Overdue",
              ["Consultant Clinical Psychologist"], "2025-04", None, "red"),
             ("3b", "Audit ten care plans per month against the revised standard and share results at the ward "
                    "governance meeting.",
              "Ward Sisters/Charge Nurses", "Monthly", None,
              "To begin once the new template is in use.", "Not started",
              ["Ward Sisters", "Charge Nurses"], None, "Monthly", "unrated"),
         ]),
        ("AFI 4 – The Trust should ensure that the environmental ligature risk assessment is reviewed annually "
         "and that identified remedial works are completed.",
         "Standard 8.1", "First time", [
             ("4a", "Complete the annual ligature risk assessment for both wards jointly with Estates and Health "
                    "and Safety.",
              "Estates Manager (Mental Health)", d(2025, 1, 31), None,
              "Completed 22 January 2025; two anti-ligature door sets replaced.", "Complete",
              ["Estates Manager (Mental Health)"], "2025-01", None, "blue"),
         ]),
    ]
    status_fill = {k: col for k, col, _ in keys}
    row = 9
    expected = []
    for afi, ref, stated, acts in afis:
        first = row
        for (no, text, lead_cell, due, rev, prog, status_word, lead, end, end_text, status) in acts:
            vals = [None, None, None, no, text, lead_cell, due, rev, prog, status_word]
            for j, v in enumerate(vals):
                c = ws.cell(row=row, column=1 + j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if status_fill.get(status_word):
                ws.cell(row=row, column=10).fill = fill(status_fill[status_word])
            expected.append({"ref": no, "under": [afi], "action": text, "lead": lead, "end": end,
                             "end_text": end_text, "status": status})
            row += 1
        ws.cell(row=first, column=1, value=afi)
        ws.cell(row=first, column=2, value=ref)
        ws.cell(row=first, column=3, value=stated)
        if row - 1 > first:
            for col in (1, 2, 3):
                ws.merge_cells(start_row=first, start_column=col, end_row=row - 1, end_column=col)
        for col in (1, 2, 3):
            ws.cell(row=first, column=col).alignment = WRAP
    row += 1
    ws.cell(row=row, column=1, value="Evidence folder: Beechcroft QIP 2024-25 (shared drive). "
                                     "Tracker reviewed at the CAMHS Governance Group each month.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJ", [48, 14, 11, 6, 52, 30, 16, 13, 44, 12]):
        ws.column_dimensions[col].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "QIP summary by status"
    sm["A1"].font = BOLD
    counts = {}
    for _, _, _, acts in afis:
        for a in acts:
            counts[a[6]] = counts.get(a[6], 0) + 1
    r = 3
    for k, _, _ in keys:
        sm.cell(row=r, column=1, value=k)
        sm.cell(row=r, column=2, value=counts.get(k, 0))
        r += 1
    sm.cell(row=r, column=1, value="Total").font = BOLD
    sm.cell(row=r, column=2, value=sum(counts.values())).font = BOLD
    sm.column_dimensions["A"].width = 16
    wb.save(path(name))
    meta = {
        "source": "Imitates a Northern Ireland HSC trust's tracker of the Quality Improvement Plan that RQIA "
                  "attaches to a mental health inpatient inspection report (areas for improvement with the "
                  "standard reference, 'Stated: First/Second time' and 'To be completed by' date, answered by the "
                  "Trust). Belfast HSC Trust, Beechcroft CAMHS inpatient unit (RQIA inspections reported at "
                  "thedetail.tv/articles/very-worrying-failings-in-beechcroft-belfast-s-under-18s-mental-health-"
                  "hospital), inspection November 2024. Copies: title block, status key with fills, area-for-"
                  "improvement text, Ref and Stated merged vertically over each AFI's actions, RQIA timescale and "
                  "revised date columns, an 'Immediate and ongoing' timescale, status words, a notes line and a "
                  "Summary sheet of counts by status.",
        "reads": "A QIP tracker for four RQIA areas for improvement. Each AFI's text sits in a merged cell down "
                 "the left, with one to three numbered Trust actions beside it, each with a lead, RQIA timescale, "
                 "a revised date where slipped, progress and a status word from the key.",
        "outcome": "read",
        "title": title,
    }
    write_expected(name, meta, expected)


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


def set_cell(cell, text, bold=False):
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    r = p.add_run(lines[0])
    r.bold = bold
    for ln in lines[1:]:
        p2 = cell.add_paragraph()
        r2 = p2.add_run(ln)
        r2.bold = bold


# ---------------------------------------------------------------------------
# 4. Derbyshire Healthcare NHSFT - PSII safety action plan (docx)
# ---------------------------------------------------------------------------
def make_dhcft_psii():
    name = "zsv-derbyshire-healthcare-nhsft-psii-cmht-disengagement-safety-action-plan.docx"
    doc = Document()
    title = "Patient Safety Incident Investigation – Safety Action Plan"
    doc.add_heading(title, level=0)
    doc.add_paragraph("Derbyshire Healthcare NHS Foundation Trust")
    doc.add_paragraph("Incident: Unexpected death of a patient under the care of an adult community mental "
                      "health team (CMHT) following disengagement from services")
    details = [("PSII reference", "PSII-2024-017"), ("LFPSE reference", "W-2024-114382"),
               ("Date of incident", "14/06/2024"), ("Investigation lead", "Patient Safety Investigator"),
               ("Executive sponsor", "Director of Nursing, Allied Health Professions and Quality"),
               ("Version", "1.3 – updated after the Patient Safety Incident Review Group, 19 March 2025")]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in details:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete – action implemented and evidence received (Blue); On track (Green); "
                      "At risk – timescale may not be met (Amber); Overdue (Red).")
    sections = [
        ("Area for improvement 1 – Response to disengagement and non-attendance", [
            ("SA1.1", "Revise the CMHT Disengagement and Did Not Attend Standard Operating Procedure so that two "
                      "missed contacts trigger a documented risk review by the care coordinator and duty worker.\n"
                      "Include a requirement to contact the named carer (with consent) and the GP.",
             "Area Service Manager (Adult Community Mental Health)", "31/01/2025",
             "SOP ratified at Clinical Policy Group; audit of 30 records", "Complete",
             ["Area Service Manager (Adult Community Mental Health)"], "2025-01", None, "blue"),
            ("SA1.2", "Add a disengagement flag to the SystmOne caseload dashboard so that team managers can see "
                      "patients with no face-to-face contact in 28 days.",
             "Head of Digital Clinical Systems / CMHT Team Managers", "March 2025",
             "Flag visible on all CMHT dashboards", "At risk",
             ["Head of Digital Clinical Systems", "CMHT Team Managers"], "2025-03", None, "amber"),
            ("SA1.3", "Audit compliance with the revised SOP in all eight adult CMHTs and report the results to "
                      "the Patient Safety Incident Review Group.",
             "Clinical Audit Lead", "Q2 2025/26",
             "90% of records show a risk review after two missed contacts", "On track",
             ["Clinical Audit Lead"], "2025-09", None, "green"),
        ]),
        ("Area for improvement 2 – Involvement of families and carers", [
            ("SA2.1", "Deliver the Triangle of Care carer-awareness session to all CMHT staff, including how to "
                      "record carers' details and consent to share information.",
             "Carers Lead", "30/06/2025", "95% of CMHT staff attended", "On track",
             ["Carers Lead"], "2025-06", None, "green"),
            ("SA2.2", "Update the safety plan template so that it records who the patient agrees can be contacted "
                      "if they disengage.",
             "Consultant Nurse – Suicide Prevention", "28/02/2025",
             "Template live on SystmOne; spot check of 20 safety plans", "Complete",
             ["Consultant Nurse – Suicide Prevention"], "2025-02", None, "blue"),
        ]),
        ("Area for improvement 3 – Handover between inpatient and community teams", [
            ("SA3.1", "Introduce a standard 72-hour follow-up handover template for patients discharged from the "
                      "Radbourne Unit to CMHTs, completed jointly by the ward and the receiving care coordinator.",
             "Inpatient Matron and CMHT Team Manager", "April 2025",
             "Template used for 100% of discharges to CMHTs", "Overdue",
             ["Inpatient Matron", "CMHT Team Manager"], "2025-04", None, "red"),
            ("SA3.2", "Monitor 72-hour follow-up performance weekly through the divisional quality dashboard.",
             "Divisional Performance Lead", "Ongoing", "Weekly 72-hour follow-up above 95%", "On track",
             ["Divisional Performance Lead"], None, "Ongoing", "green"),
        ]),
    ]
    expected = []
    for heading, acts in sections:
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Safety action", "Owner", "Timescale",
                                          "Measure of effectiveness", "Status"]):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        for (ref, text, owner, when, measure, status_word, lead, end, end_text, status) in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, text, owner, when, measure, status_word]):
                set_cell(c, v)
            expected.append({"ref": ref, "under": [heading], "action": text, "lead": lead, "end": end,
                             "end_text": end_text, "status": status})
        doc.add_paragraph()
    doc.add_heading("Sign-off", level=1)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Approved by", "Role", "Date"]):
        set_cell(c, h, bold=True)
    for vals in [("Patient Safety Incident Review Group", "Executive-chaired review group", "19/03/2025"),
                 ("Quality and Safeguarding Committee", "Board committee (for assurance)", "08/04/2025")]:
        cells = t.add_row().cells
        for c, v in zip(cells, vals):
            set_cell(c, v)
    doc.save(path(name))
    meta = {
        "source": "Imitates the safety action plan an English mental health trust attaches to a Patient Safety "
                  "Incident Investigation under PSIRF (areas for improvement, SMART safety actions, owner, "
                  "timescale, measure, status; cf. the PSIRF local priorities at croydonhealthservices.nhs.uk/the-"
                  "trusts-patient-safety-incident-response-plan-locally-pre-defined-psii-local-priorities-based-on-"
                  "the-risk-profile and the external action plan layout at docsbay.net/external-action-plan). "
                  "Derbyshire Healthcare NHSFT, PSII of a CMHT disengagement death, 2024–25. Copies: title, "
                  "incident details table with version line, a status key paragraph, one heading and one table "
                  "per area for improvement (SA refs, owner, timescale, measure, status word), a two-paragraph "
                  "action cell, several posts joined by '/' or 'and', and a sign-off table.",
        "reads": "A PSII safety action plan: three areas for improvement, each a heading with its own table of "
                 "safety actions (seven in all) with an owner, a timescale (dates, months, a financial quarter, "
                 "'Ongoing'), a measure and a status word defined by the key.",
        "outcome": "read",
        "title": title,
    }
    write_expected(name, meta, expected)


# ---------------------------------------------------------------------------
# 5. The Myton Hospices - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_myton_cqc():
    name = "zsv-myton-hospices-warwick-cqc-inspection-action-plan.docx"
    doc = Document()
    title = "CQC Inspection Action Plan – Warwick Myton Hospice"
    p = doc.add_paragraph()
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(18)
    doc.add_paragraph("The Myton Hospices")
    doc.add_paragraph("CQC on-site assessment 14–15 January 2025; report published 2 April 2025. "
                      "Safe: Requires improvement. Well-led: Requires improvement. Overall: Good.")
    doc.add_paragraph("Plan owner: Director of Patient Care. Monitored by the Clinical Governance Committee "
                      "(monthly) and the Board of Trustees (quarterly). Progress as at 31 July 2025.")
    key = doc.add_table(rows=1, cols=2)
    key.style = "Table Grid"
    set_cell(key.rows[0].cells[0], "RAG", bold=True)
    set_cell(key.rows[0].cells[1], "Meaning", bold=True)
    for col, meaning in [(BLUE, "Complete – evidence held"), (GREEN, "On track"),
                         (AMBER, "At risk of delay"), (RED, "Overdue / not on track")]:
        cells = key.add_row().cells
        shade(cells[0], col)
        set_cell(cells[1], meaning)
    doc.add_paragraph()
    doc.add_paragraph("Leads: DPC – Director of Patient Care; HoIPU – Head of Inpatient Unit; PL – Pharmacy "
                      "Lead; QGM – Quality and Governance Manager; PDL – Practice Development Lead; HR – Head of "
                      "People.")

    S1 = "Must do – Regulation 12: Safe care and treatment"
    S2 = "Must do – Regulation 17: Good governance"
    S3 = "Should do – Regulation 18: Staffing"
    S4 = "Should do – Regulation 19: Fit and proper persons employed"
    M1 = ("M1 The provider must ensure that controlled drugs are stored, recorded and audited in line with the "
          "Misuse of Drugs Regulations and the hospice's medicines policy.")
    M2 = ("M2 The provider must ensure that risks to people's skin integrity are assessed and that care is "
          "delivered in line with their pressure area care plans.")
    M3 = ("M3 The provider must ensure that systems to assess, monitor and improve the quality and safety of the "
          "service operate effectively, including oversight of audit actions.")
    SS1 = ("S1 The provider should ensure that all staff complete mandatory training in the Mental Capacity Act "
           "2005 and Deprivation of Liberty Safeguards.")
    SS2 = ("S2 The provider should ensure that recruitment records contain a full employment history with any "
           "gaps explained.")
    rows = [
        ("sec", S1), ("find", M1),
        ("act", "M1.1", "Introduce a weekly controlled drugs stock reconciliation signed by two registered nurses, "
                        "with any discrepancy reported as an incident the same shift.",
         "PL/HoIPU", "End of April 2025", "Reconciliation in place from 7 April 2025.", "blue",
         ["PL", "HoIPU"], "2025-04", None),
        ("act", "M1.2", "Commission an external controlled drugs audit from the ICB Controlled Drugs Accountable "
                        "Officer's team.",
         "DPC", "30/06/2025", "Audit completed 19 June 2025 – substantial assurance.", "blue",
         ["DPC"], "2025-06", None),
        ("find", M2),
        ("act", "M2.1", "Replace the Waterlow assessment with the PURPOSE T tool in the electronic patient record "
                        "and train all inpatient nursing staff.",
         "PDL", "w/c 09/06/2025", "Tool live; training 85% complete.", "amber",
         ["PDL"], "2025-06", None),
        ("act", "M2.2", "Audit repositioning charts for all inpatients weekly and feed back results at the daily "
                        "safety huddle.",
         "HoIPU", "Weekly – ongoing", "Weekly audit in place; compliance 92% in July.", "green",
         ["HoIPU"], None, "Weekly – ongoing"),
        ("sec", S2), ("find", M3),
        ("act", "M3.1", "Create a single clinical audit action tracker reviewed at each Clinical Governance "
                        "Committee.",
         "QGM", "May 2025", "Tracker in use since May committee.", "blue", ["QGM"], "2025-05", None),
        ("act", "M3.2", "Revise the Board of Trustees' quality dashboard to include medicines, pressure ulcer and "
                        "falls audit results.",
         "DPC & QGM", "September 2025", "Draft dashboard to September Board.", "green",
         ["DPC", "QGM"], "2025-09", None),
        ("sec", S3), ("find", SS1),
        ("act", "S1.1", "Book all outstanding staff onto MCA/DoLS training and report compliance monthly to the "
                        "Clinical Governance Committee.",
         "PDL", "31 July 2025", "Compliance 78% against 95% target.", "red", ["PDL"], "2025-07", None),
        ("sec", S4), ("find", SS2),
        ("act", "S2.1", "Audit the personnel files of all clinical staff recruited since April 2023 and obtain any "
                        "missing employment histories.",
         "HR", "October 2025", "Audit scheduled to begin in August 2025.", None, ["HR"], "2025-10", None),
    ]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["No.", "Action", "Lead", "Target date", "Progress update", "RAG"]):
        set_cell(c, h, bold=True)
        shade(c, "E2D9F3")
    expected = []
    sec = find = None
    for item in rows:
        if item[0] in ("sec", "find"):
            cells = t.add_row().cells
            m = cells[0].merge(cells[5])
            set_cell(m, item[1], bold=(item[0] == "sec"))
            if item[0] == "sec":
                shade(m, "F2F2F2")
                sec = item[1]
            else:
                find = item[1]
        else:
            _, ref, text, lead_cell, when, prog, rag, lead, end, end_text = item
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, text, lead_cell, when, prog, ""]):
                set_cell(c, v)
            if rag:
                shade(cells[5], FILL[rag])
            expected.append({"ref": ref, "under": [sec, find], "action": text, "lead": lead, "end": end,
                             "end_text": end_text, "status": rag or "unrated"})
    doc.add_paragraph()
    doc.add_paragraph("Note: actions M1.1 and M1.2 were completed before publication of the report and the "
                      "evidence has been shared with CQC.")
    doc.save(path(name))
    meta = {
        "source": "Imitates the action plan an English independent hospice sends CQC and its trustees after an "
                  "assessment with breaches of Regulations 12 and 17 (must do) and should-do findings. The Myton "
                  "Hospices, Warwick Myton Hospice (CQC location pages cqc.org.uk/location/1-144202823/reports); "
                  "the 2025 assessment and its findings are illustrative, not a real report. Copies: title block, "
                  "inspection/rating line, RAG key table of shaded cells, a key of lead initials, one table with "
                  "merged full-width regulation rows and merged finding rows (M1, S1 ...) above numbered actions, "
                  "leads as initials joined by '/' and '&', a 'w/c' and an 'End of April' date, RAG shown by cell "
                  "shading only, and a closing notes line.",
        "reads": "A hospice CQC action plan in one Word table: four regulation sections (must do and should do), "
                 "each with one or more CQC findings written in full and numbered actions beneath, eight in all. "
                 "Leads are initials explained in a key, and RAG is the cell's colour with no text; one action "
                 "has no colour yet.",
        "outcome": "read",
        "title": title,
    }
    write_expected(name, meta, expected)


# ---------------------------------------------------------------------------
# 6. Sevacare Hounslow - CQC home care inspection action plan, typo month (csv, refuse)
# ---------------------------------------------------------------------------
def make_sevacare_csv():
    name = "zsv-sevacare-hounslow-cqc-home-care-inspection-action-plan-typo-month-refuse.csv"
    R12 = "Regulation 12 - Safe care and treatment"
    R17 = "Regulation 17 - Good governance"
    R18 = "Regulation 18 - Staffing"
    R19 = "Regulation 19 - Fit and proper persons employed"
    rows = [
        ["Sevacare (UK) Limited - Hounslow Branch", "", "", "", "", "", ""],
        ["CQC Inspection Action Plan", "", "", "", "", "", ""],
        ["Inspection dates: 11 and 12 September 2024 | Report published: 29 October 2024 | "
         "Overall rating: Requires improvement", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Regulation", "What CQC found", "Action to be taken", "Responsible person", "Target date", "Status",
         "Comments"],
        [R12, "Medicines administration records (MARs) were not always completed and gaps were not followed up.",
         "Introduce daily eMAR alert checks by the care coordinator on duty", "Care Coordinator", "31/10/2024",
         "Completed", "Alerts reviewed each morning and missed doses escalated"],
        ["", "", "Retrain all care workers in medicines administration and complete competency observations",
         "Field Care Supervisor", "30/11/2024", "On track", "41 of 62 staff observed"],
        ["", "Risk assessments for people with catheters and PEG feeds lacked detail on how to manage risks.",
         "Review and rewrite catheter and PEG risk assessments for all 14 people affected", "Registered Manager",
         "15/11/2024", "Completed", ""],
        [R17, "Call monitoring did not identify late and missed calls in a timely way.",
         "Set up real-time late call alerts to the office and the out-of-hours on-call phone",
         "Registered Manager / Branch Manager", "Janaury 2025", "Not started", "Awaiting system update"],
        ["", "Quality audits of care records were not completed monthly.",
         "Complete monthly audits of 10% of daily care notes and care plans", "Quality Assurance Lead", "Monthly",
         "On track", ""],
        [R18, "Staff did not receive regular supervision and spot checks.",
         "Create a supervision and spot check matrix and schedule sessions for all 62 care staff",
         "Field Care Supervisor", "31/12/2024", "On track", ""],
        ["", "", "Report supervision compliance to the Area Manager each month", "Registered Manager", "Ongoing",
         "On track", ""],
        [R19, "Two staff files did not have a full employment history.",
         "Audit all staff recruitment files and obtain missing employment histories", "Recruitment Officer",
         "28/02/2025", "Not started", ""],
    ]
    with open(path(name), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerows(rows)
    with open(path(name), encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    refuse_line = next(i + 1 for i, ln in enumerate(lines) if "Janaury 2025" in ln)
    assert refuse_line == 9, refuse_line
    meta = {
        "source": "Imitates the action plan a domiciliary care agency returns to CQC after an inspection rated "
                  "Requires improvement with breaches of Regulations 12, 17, 18 and 19, kept in Excel and saved "
                  "as CSV. Sevacare (UK) Limited, Hounslow branch, 2024 (illustrative). Copies: two title lines "
                  "and an inspection line in column A, a blank row, a header row, regulation and finding cells "
                  "left blank on continuation rows (to be read down), dd/mm/yyyy target dates plus 'Monthly' and "
                  "'Ongoing', status words and comments.",
        "reads": "A home care CQC action plan with eight actions under four regulations. The target date of the "
                 "late-call alerts action reads 'Janaury 2025', a mistyped month; a careful reader would stop and "
                 "ask what was meant before taking the plan in.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_line,
        "title": "CQC Inspection Action Plan",
    }
    write_expected(name, meta, [])


# ---------------------------------------------------------------------------
# 7. West Midlands Ambulance Service - quality account priorities tracker (txt)
# ---------------------------------------------------------------------------
def make_wmas_txt():
    name = "zsv-west-midlands-ambulance-service-quality-account-priorities-tracker-2025-26.txt"
    title = "Quality Account Priorities 2025/26 – Quarter 2 Progress Tracker"
    P1 = "PRIORITY 1 - PATIENT SAFETY: Reducing harm for patients waiting for an ambulance"
    P2 = "PRIORITY 2 - CLINICAL EFFECTIVENESS: Improving care for patients who have fallen"
    P3 = "PRIORITY 3 - PATIENT EXPERIENCE: Better care for people in mental health crisis"
    pri = [
        (P1, "Chief Paramedic",
         "No patient waiting over 2 hours for a Category 3 response without a clinical welfare call.", [
             ("1.1", "Extend the Integrated Emergency Operations Centre (IEOC) welfare call process so that all "
                     "Category 3 patients waiting more than 2 hours receive a clinical welfare call.",
              "Head of EOC Clinical Practice", "Q2 2025/26", "C",
              "Welfare call process in place across both EOCs from July 2025; 96% of eligible patients called.",
              ["Head of EOC Clinical Practice"], "2025-09", None, "blue"),
             ("1.2", "Review every patient safety incident involving a response delay of more than 4 hours using "
                     "the PSIRF After Action Review method and share themes at the Learning Review Group.",
              "Head of Patient Safety", "Quarterly", "G",
              "14 reviews completed in Q2; themes: frailty, long lies, repeat calls.",
              ["Head of Patient Safety"], None, "Quarterly", "green"),
             ("1.3", "Work with acute trusts to deliver the 45-minute handover standard at the six sites with the "
                     "highest lost hours.",
              "Director of Operations and Head of Acute Trust Liaison", "31 March 2026", "A",
              "Four of six sites signed up; two sites awaiting ICB agreement.",
              ["Director of Operations", "Head of Acute Trust Liaison"], "2026-03", None, "amber"),
         ]),
        (P2, "Medical Director",
         "25% of eligible non-injured fallers referred to urgent community response.", [
             ("2.1", "Roll out lifting chair and falls pathway training to all Community First Responder teams.",
              "Community Response Manager", "December 2025", "G",
              "112 of 160 teams trained.", ["Community Response Manager"], "2025-12", None, "green"),
             ("2.2", "Increase referrals of non-injured fallers to urgent community response (UCR) services to 25% "
                     "of eligible incidents.",
              "Head of Clinical Practice (Integrated Care)", "Mar-26", "A",
              "Q2 referral rate 17%; UCR capacity limited in two ICB areas.",
              ["Head of Clinical Practice (Integrated Care)"], "2026-03", None, "amber"),
             ("2.3", "Audit compliance with the falls care bundle for patients aged 65 and over and report monthly "
                     "on the clinical performance dashboard.",
              "Clinical Audit Manager", "Monthly", "G",
              "Compliance 84% (July), 87% (August), 88% (September).",
              ["Clinical Audit Manager"], None, "Monthly", "green"),
         ]),
        (P3, "Chief Nurse",
         "A mental health practitioner available to every EOC hub 12 hours a day.", [
             ("3.1", "Place a mental health practitioner in each EOC hub 12 hours a day, 7 days a week.",
              "Head of Mental Health", "30/11/2025", "R",
              "Funding for 4.6 WTE not yet agreed; cover currently 8 hours a day on weekdays.",
              ["Head of Mental Health"], "2025-11", None, "red"),
             ("3.2", "Co-produce a patient and carer feedback survey for mental health incidents with the Trust's "
                     "Patient Panel.",
              "Patient Experience Manager and Mental Health Lead Nurse", "Q3 2025/26", "G",
              "Survey questions agreed with the Patient Panel on 9 September 2025.",
              ["Patient Experience Manager", "Mental Health Lead Nurse"], "2025-12", None, "green"),
             ("3.3", "Deliver Level 2 mental health awareness training to 90% of front-line staff.",
              "Head of Education and Training", "Q4 2025/26", "A",
              "Compliance 61%; e-learning module added to the core skills refresher.",
              ["Head of Education and Training"], "2026-03", None, "amber"),
         ]),
    ]
    out = [title,
           "West Midlands Ambulance Service University NHS Foundation Trust",
           "Report to: Quality Governance Committee, 16 October 2025",
           "Prepared by: Head of Quality Improvement",
           "",
           "RAG key:  G = on track   A = some risk to delivery   R = significant risk / not on track   "
           "C = complete",
           ""]
    expected = []
    counts = {}
    for head, exec_lead, measure, acts in pri:
        out.append("=" * 78)
        out.append(head)
        out.append("Executive lead: " + exec_lead)
        out.append("Measure of success: " + measure)
        out.append("-" * 78)
        for (ref, text, lead_cell, due, rag, upd, lead, end, end_text, status) in acts:
            out.append(f"{ref}  Action: {text}")
            out.append(f"     Lead: {lead_cell}")
            out.append(f"     Due: {due}")
            out.append(f"     RAG: {rag}")
            out.append(f"     Q2 update: {upd}")
            out.append("")
            counts[rag] = counts.get(rag, 0) + 1
            expected.append({"ref": ref, "under": [head], "action": text, "lead": lead, "end": end,
                             "end_text": end_text, "status": status})
    out.append("=" * 78)
    total = sum(counts.values())
    out.append(f"Summary: {total} actions | C {counts.get('C', 0)} | G {counts.get('G', 0)} | "
               f"A {counts.get('A', 0)} | R {counts.get('R', 0)}")
    out.append("Note: Priority 1 carries forward from 2024/25 (see Quality Account 2024/25, Part 3).")
    with open(path(name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")
    meta = {
        "source": "Imitates a quarterly progress tracker of an ambulance trust's Quality Account priorities "
                  "(patient safety, clinical effectiveness, patient experience) taken to its quality committee, "
                  "exported as plain text. West Midlands Ambulance Service University NHSFT 2025/26 (quality "
                  "account at wmas.nhs.uk/publications/quality-account-2024-25; earlier WMAS priorities on "
                  "maternity, mental health and alternative pathways at democracy.warwickshire.gov.uk/"
                  "mgAi.aspx?ID=6719; EEAST's three-priority layout at eastamb.nhs.uk/reports/quality-account-"
                  "2023-24). Copies: title and report lines, a RAG key where C = complete, ruled priority blocks "
                  "with executive lead and measure of success, labelled Action/Lead/Due/RAG/Q2 update lines per "
                  "numbered action, financial-quarter dues, 'Quarterly'/'Monthly', two posts joined by 'and', and "
                  "a summary count line and a note at the foot.",
        "reads": "A plain-text quarterly tracker of three quality account priorities, each a ruled block with "
                 "three numbered actions giving lead, due date or period, a RAG letter and an update. The key "
                 "defines C as complete; the summary line and note at the end are not actions.",
        "outcome": "read",
        "title": title,
    }
    write_expected(name, meta, expected)


def main():
    make_bcuhb_baf()
    make_naa_his_maternity()
    make_belfast_rqia_beechcroft()
    make_dhcft_psii()
    make_myton_cqc()
    make_sevacare_csv()
    make_wmas_txt()
    print("written:", sorted(f for f in os.listdir(HERE) if f.startswith("zsv-")))


if __name__ == "__main__":
    main()
