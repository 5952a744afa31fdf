"""Build the seven ul- blind cases (data files only) for set heldout517.

Run with: /work/main/.venv/bin/python ul_make.py
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"


def fill(hexcol):
    return PatternFill(fill_type="solid", start_color=hexcol, end_color=hexcol)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. NHS Norfolk and Waveney ICB - corporate risk register (xlsx)
# ---------------------------------------------------------------------------
def icb_risk_register():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "NHS Norfolk and Waveney ICB – Corporate Risk Register 2025/26"
    cover["A1"].font = Font(bold=True, size=16, color=NAVY)
    cover["A2"] = ("Quarter 2 position (to 30 September 2025) – report to the Audit and "
                   "Risk Committee, 21 October 2025")
    cover["A2"].font = Font(italic=True)
    cover["A4"] = "Document control"
    cover["A4"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Summary of changes"),
        ("1.0", "15/07/2025", "Head of Corporate Governance",
         "Q1 register approved by the Board"),
        ("2.0", "10/10/2025", "Head of Corporate Governance",
         "Q2 review: CR02 score unchanged at 20; three actions closed; CR01.2 and "
         "CR02.3 given revised dates"),
    ]
    for i, r in enumerate(rows, start=5):
        for j, v in enumerate(r, start=1):
            c = cover.cell(row=i, column=j, value=v)
            c.border = BOX
            c.alignment = WRAP
            if i == 5:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    cover["A9"] = ("Risks scoring 15 or above are reported to the ICB Board. Scores are "
                   "consequence x likelihood (5 x 5 matrix), see the Key sheet.")
    for col, w in zip("ABCD", (14, 14, 30, 60)):
        cover.column_dimensions[col].width = w

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of corporate risks – Q2 2025/26"
    summ["A1"].font = Font(bold=True, size=13)
    hdr = ("Risk ID", "Risk title", "Executive owner", "Q1 score", "Q2 score",
           "Target score", "Movement")
    srows = [
        ("CR01", "Urgent and emergency care capacity and flow", "Chief Operating Officer",
         20, 20, 12, "↔"),
        ("CR02", "Financial sustainability: delivery of the 2025/26 system financial plan",
         "Chief Finance Officer", 20, 20, 10, "↔"),
        ("CR03", "Primary care access and resilience", "Director of Primary Care",
         16, 12, 8, "↓"),
        ("CR04", "Cyber security and resilience", "Senior Information Risk Owner (SIRO)",
         15, 15, 10, "↔"),
    ]
    for j, v in enumerate(hdr, start=1):
        c = summ.cell(row=3, column=j, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.border = BOX
    for i, r in enumerate(srows, start=4):
        for j, v in enumerate(r, start=1):
            c = summ.cell(row=i, column=j, value=v)
            c.border = BOX
            c.alignment = WRAP
            if j in (4, 5, 6):
                c.fill = fill(RED if v >= 15 else (AMBER if v >= 8 else GREEN))
    summ["A9"] = "Open actions"
    summ["B9"] = 7
    summ["A10"] = "Actions completed in the quarter"
    summ["B10"] = 3
    summ["A11"] = "Total actions"
    summ["B11"] = 10
    for r in (9, 10, 11):
        summ.cell(row=r, column=1).font = Font(bold=True)
    for col, w in zip("ABCDEFG", (30, 50, 34, 10, 10, 12, 10)):
        summ.column_dimensions[col].width = w

    ws = wb.create_sheet("Risk register")
    ws["A1"] = "Corporate Risk Register – Q2 2025/26 risk actions"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Action RAG shown by colour only – see the Key sheet."
    ws["A2"].font = Font(italic=True, size=9)
    ws.merge_cells("A2:G2")
    heads = ("Ref", "Further action to reduce the risk", "Action owner",
             "Original due date", "Revised due date", "RAG", "Progress update (Q2)")
    for j, v in enumerate(heads, start=1):
        c = ws.cell(row=4, column=j, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.border = BOX
        c.alignment = WRAP

    risks = [
        ("CR01 – Urgent and emergency care capacity and flow",
         "There is a risk that demand for urgent and emergency care exceeds available "
         "capacity across the system, leading to long ambulance handover delays, corridor "
         "care and avoidable harm to patients.",
         "Chief Operating Officer", "20 → 20 → 12",
         [
             ("CR01.1", "Deliver the system UEC winter plan 2025/26, including an additional "
              "40 virtual ward beds across Norfolk and Waveney.",
              "Director of Urgent and Emergency Care", d(2025, 12, 31), None, GREEN,
              "Winter plan signed off by the UEC Board on 24/09/2025; 22 of the 40 "
              "additional virtual ward beds open."),
             ("CR01.2", "Agree a single ambulance handover escalation protocol with EEAST "
              "and the three acute trusts (NNUH, QEH, JPUH).",
              "Deputy Chief Operating Officer; EEAST Head of Operations (Norfolk)",
              d(2025, 9, 30), d(2025, 11, 30), AMBER,
              "Draft protocol agreed by NNUH and JPUH; QEH sign-off awaited."),
             ("CR01.3", "Complete the review of the Integrated Care Coordination Service "
              "(ICCS) model and report recommendations to the UEC Board.",
              "Director of Urgent and Emergency Care", d(2025, 8, 31), None, BLUE,
              "Review completed and presented to the UEC Board on 27/08/2025."),
         ]),
        ("CR02 – Financial sustainability: delivery of the 2025/26 system financial plan",
         "There is a risk that the Norfolk and Waveney system does not deliver its "
         "2025/26 financial plan, resulting in a deficit, loss of deficit support funding "
         "and further NHS England intervention.",
         "Chief Finance Officer", "20 → 20 → 10",
         [
             ("CR02.1", "Deliver the ICB running cost reduction programme in line with the "
              "NHS England model ICB blueprint.",
              "Chief Finance Officer", "Q4 2025/26", None, AMBER,
              "Consultation on the new structure closed 30/09/2025; clustering "
              "arrangements with Suffolk and North East Essex still being agreed."),
             ("CR02.2", "Establish a monthly system Financial Recovery Board with provider "
              "Directors of Finance.",
              "Chief Finance Officer", d(2025, 7, 31), None, BLUE,
              "First meeting held 10/07/2025; meeting monthly."),
             ("CR02.3", "Commission an independent review of all-age continuing healthcare "
              "(CHC) expenditure and growth.",
              "Chief Nursing Officer", d(2025, 10, 31), d(2026, 1, 31), RED,
              "Procurement delayed; preferred supplier not yet appointed."),
         ]),
        ("CR03 – Primary care access and resilience",
         "There is a risk that patients cannot access timely general practice and dental "
         "care because of workforce shortages and rising demand.",
         "Director of Primary Care", "16 → 12 → 8",
         [
             ("CR03.1", "Support the remaining 11 practices to move to cloud-based telephony "
              "and online consultation as part of modern general practice access.",
              "Director of Primary Care", "March 2026", None, GREEN,
              "7 of 11 practices migrated; remaining 4 booked for Q3."),
             ("CR03.2", "Monitor GP practice resilience through the monthly Primary Care "
              "Resilience Dashboard and agree support packages for practices rated red.",
              "Associate Director of Primary Care Commissioning", "Ongoing", None, GREEN,
              "Dashboard reviewed monthly at the Primary Care Commissioning Committee."),
         ]),
        ("CR04 – Cyber security and resilience",
         "There is a risk of a successful cyber attack on the ICB or a system partner "
         "disrupting patient care and corporate functions.",
         "Senior Information Risk Owner (SIRO)", "15 → 15 → 10",
         [
             ("CR04.1", "Complete the Data Security and Protection Toolkit (DSPT) 2024/25 "
              "submission against the CAF-aligned standard.",
              "Senior Information Risk Owner (SIRO)", d(2025, 6, 30), None, BLUE,
              "Submitted 27/06/2025 – standards met."),
             ("CR04.2", "Test the ICB cyber incident response plan through a tabletop "
              "exercise with system partners.",
              "Head of Digital / EPRR Manager", d(2025, 11, 30), None, AMBER,
              "Exercise scenario drafted with NHS England regional EPRR team; date to be "
              "confirmed."),
         ]),
    ]
    r = 5
    for title, desc, owner, scores, actions in risks:
        ws.cell(row=r, column=1, value=title)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(row=r, column=1).font = Font(bold=True, color="FFFFFF")
        ws.cell(row=r, column=1).fill = fill("2F5496")
        r += 1
        ws.cell(row=r, column=1, value="Risk description").font = Font(bold=True)
        ws.cell(row=r, column=2, value=desc).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
        r += 1
        ws.cell(row=r, column=1, value="Risk owner").font = Font(bold=True)
        ws.cell(row=r, column=2, value=owner)
        ws.cell(row=r, column=3, value="Score (Q1 → Q2 → target)").font = Font(bold=True)
        ws.cell(row=r, column=4, value=scores)
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=7)
        for j in range(1, 8):
            ws.cell(row=r, column=j).fill = fill("F2F2F2")
        r += 1
        for ref, text, lead, due, rev, rag, upd in actions:
            vals = (ref, text, lead, due, rev, None, upd)
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=6).fill = fill(rag)
            r += 1
        r += 1  # blank row between risks
    for col, w in zip("ABCDEFG", (22, 60, 34, 14, 14, 8, 50)):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("Key")
    key["A1"] = "Action RAG key"
    key["A1"].font = Font(bold=True)
    for i, (col, label) in enumerate(
            [(RED, "Off track / overdue"), (AMBER, "At risk of delay"),
             (GREEN, "On track"), (BLUE, "Action complete")], start=2):
        key.cell(row=i, column=1).fill = fill(col)
        key.cell(row=i, column=2, value=label)
    key["A7"] = "Risk score bands"
    key["A7"].font = Font(bold=True)
    for i, (lab, txt) in enumerate([("15–25", "High (red)"), ("8–12", "Moderate (amber)"),
                                    ("1–6", "Low (green)")], start=8):
        key.cell(row=i, column=1, value=lab)
        key.cell(row=i, column=2, value=txt)
    key.column_dimensions["B"].width = 24
    wb.save(os.path.join(HERE, "ul-nhs-norfolk-and-waveney-icb-corporate-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. Kent FRS - Grenfell Tower Inquiry Phase 2 recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
RAGFILL = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Complete": BLUE}


def kent_grenfell():
    wb = Workbook()
    ws = wb.active
    ws.title = "GTI Phase 2 tracker"
    ws["A1"] = ("Kent Fire and Rescue Service – Grenfell Tower Inquiry Phase 2 Report: "
                "Recommendations Action Tracker")
    ws["A1"].font = Font(bold=True, size=14, color="C00000")
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Reporting period: Q2 2025/26 (position at 30 September 2025)    "
                "Responsible director: Director of Operations")
    ws.merge_cells("A2:H2")
    heads = ("Recommendation", "Action no.", "KFRS action", "Lead officer", "Target date",
             "Previous RAG (Q1)", "Current RAG (Q2)", "Progress update")
    for j, v in enumerate(heads, start=1):
        c = ws.cell(row=4, column=j, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.border = BOX
        c.alignment = WRAP
    themes = [
        ("1. Command and control at high-rise incidents", [
            ("GTI2-01 – Fire and rescue services should ensure that incident commanders at "
             "all levels are trained to recognise when a 'stay put' strategy is no longer "
             "viable and to organise a change to simultaneous evacuation.", [
                 ("1.1", "Review and update the high-rise operational policy and standard "
                  "operating procedure to include clear triggers for a change of evacuation "
                  "strategy.", "Head of Operational Policy", d(2025, 9, 1), "Amber",
                  "Complete", "Revised SOP published 15/09/2025."),
                 ("1.2", "Deliver revised high-rise incident command training to all Level 1 "
                  "and Level 2 incident commanders.", "Head of Operational Training",
                  d(2026, 3, 1), "Green", "Green",
                  "64% of Level 1 and 40% of Level 2 commanders trained."),
             ]),
            ("GTI2-02 – Fire and rescue services should review their arrangements for the "
             "receipt, recording and sharing of fire survival guidance information between "
             "control rooms and the incident ground.", [
                 ("2.1", "Implement the NFCC fire survival guidance (FSG) national operational "
                  "guidance in Kent and Medway Control, including a digital FSG log shared "
                  "with the incident ground.", "Control Manager; Head of Operational Policy",
                  "Q3 2025/26", "Amber", "Amber",
                  "Digital FSG log in testing; supplier fix required for MDT display."),
                 ("2.2", "Carry out a joint exercise with buddy control rooms to test the "
                  "transfer of FSG calls during spate conditions.", "Control Manager",
                  d(2025, 11, 1), "Green", "Red",
                  "Exercise postponed by partner control room; new date not yet agreed."),
             ]),
        ]),
        ("2. Protection and building safety", [
            ("GTI2-03 – Fire and rescue services should ensure that building information "
             "provided by responsible persons is recorded, risk assessed and readily "
             "available to crews.", [
                 ("3.1", "Complete the integration of building information provided under "
                  "Regulation 6 (floor plans and external wall system details) into the "
                  "mobile data terminals.", "Head of Protection / ICT Business Partner",
                  d(2026, 1, 1), "Amber", "Green",
                  "Data feed live for 212 of 297 high-rise residential buildings."),
                 ("3.2", "Introduce a quarterly audit of a 10% sample of site-specific risk "
                  "information records for high-rise residential buildings.",
                  "Group Manager – Building Safety", "Quarterly", "Green", "Green",
                  "Q2 audit completed; 3 records corrected."),
             ]),
            ("GTI2-04 – Fire and rescue services should maintain sufficient competent fire "
             "engineering and protection capacity to support the Building Safety "
             "Regulator.", [
                 ("4.1", "Recruit and train two additional fire engineers through the NFCC "
                  "fire engineering apprenticeship route.", "Assistant Director Protection",
                  d(2026, 9, 1), "Green", "Green",
                  "Both apprentices started September 2025."),
                 ("4.2", "Agree a service level agreement with the Building Safety Regulator "
                  "for the provision of fire safety specialists to multi-disciplinary "
                  "teams.", "Assistant Director Protection", "Dependent on BSR timeline",
                  "Amber", "Amber",
                  "Awaiting national model agreement from the Building Safety Regulator."),
             ]),
        ]),
        ("3. Organisational learning", [
            ("GTI2-05 – Fire and rescue services should have arrangements to learn from "
             "national inquiries and to act on that learning promptly.", [
                 ("5.1", "Embed Grenfell Phase 2 learning into the Operational Assurance and "
                  "Learning framework, with quarterly reporting to the Service Assurance "
                  "Board.", "Head of Operational Assurance", d(2025, 12, 1), "Green",
                  "Complete", "Framework updated; first quarterly report to SAB "
                  "on 14/10/2025."),
             ]),
        ]),
    ]
    r = 5
    for theme, recs in themes:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1).fill = fill(GREY)
        r += 1
        for rec, actions in recs:
            start = r
            ws.cell(row=r, column=1, value=rec).alignment = WRAP
            for no, text, lead, target, prev, cur, upd in actions:
                vals = (None, no, text, lead, target, prev, cur, upd)
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=j)
                    if j > 1:
                        c.value = v
                    c.border = BOX
                    c.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        c.number_format = "mmm-yy"
                ws.cell(row=r, column=6).fill = fill(RAGFILL[prev])
                ws.cell(row=r, column=7).fill = fill(RAGFILL[cur])
                r += 1
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value=(
        "Note: Phase 2 recommendations directed at government, the NFCC and the Building "
        "Safety Regulator are monitored through the national progress reports and are not "
        "included in this tracker."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGH", (46, 9, 55, 30, 12, 11, 11, 45)):
        ws.column_dimensions[col].width = w

    s = wb.create_sheet("Summary")
    s["A1"] = "Status summary – current RAG (Q2 2025/26)"
    s["A1"].font = Font(bold=True)
    for i, (lab, n) in enumerate([("Complete", 2), ("Green", 4), ("Amber", 2), ("Red", 1),
                                  ("Total actions", 9)], start=3):
        s.cell(row=i, column=1, value=lab)
        s.cell(row=i, column=2, value=n)
        if lab in RAGFILL:
            s.cell(row=i, column=1).fill = fill(RAGFILL[lab])
    s["A9"] = "RAG definitions"
    s["A9"].font = Font(bold=True)
    s["A10"] = "Complete – action delivered and evidence accepted by the Service Assurance Board"
    s["A11"] = "Green – on track to meet the target date"
    s["A12"] = "Amber – some slippage, recoverable"
    s["A13"] = "Red – off track; target date will be missed"
    s.column_dimensions["A"].width = 30
    wb.save(os.path.join(HERE, "ul-kent-fire-rescue-service-grenfell-tower-inquiry-phase-2-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. The Hyde Group - RSH consumer standards improvement plan (xlsx, refuse)
# ---------------------------------------------------------------------------
def hyde_refuse():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement plan"
    ws["A1"] = "The Hyde Group – Consumer Standards Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14, color="00594F")
    ws["A2"] = ("Response to the Regulator of Social Housing regulatory judgement (C2) "
                "published 11 June 2025")
    ws["A3"] = "Board oversight: Customer Services Committee.  Last updated: 08/10/2025"
    ws["A3"].font = Font(italic=True)
    heads = ("Standard", "Ref", "Action", "Owner", "Original deadline", "Revised deadline",
             "% complete", "RAG", "Evidence / assurance")
    for j, v in enumerate(heads, start=1):
        c = ws.cell(row=5, column=j, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00594F")
        c.border = BOX
        c.alignment = WRAP
    rows = [
        ("Safety and Quality Standard", "SQ1",
         "Complete a stock condition survey of every home not surveyed in the last five "
         "years.", "Director of Asset Management", "March 2026", None, "45%", "Amber",
         "Monthly survey completion report to Asset Committee."),
        (None, "SQ2", "Clear the backlog of overdue high-priority fire risk assessment "
         "actions.", "Head of Building Safety", "July 2025", "Sept 2025", "100%", "Complete",
         "Building safety compliance report, September 2025."),
        (None, "SQ3", "Introduce a damp and mould case management system with a 10 working "
         "day inspection target, in readiness for Awaab's Law.",
         "Head of Repairs / Head of Customer Insight", "October 2025", "Novmber 2025", "80%",
         "Amber", "System in user testing; go-live planned after data migration."),
        ("Transparency, Influence and Accountability Standard", "TIA1",
         "Publish the 2024/25 tenant satisfaction measures with a commentary on "
         "performance.", "Director of Customer Experience", "June 2025", None, "100%",
         "Complete", "Published on the Hyde website 27/06/2025."),
        (None, "TIA2", "Refresh the complaints process and complete the annual "
         "self-assessment against the Housing Ombudsman Complaint Handling Code.",
         "Head of Complaints", "December 2025", None, "60%", "Green",
         "Draft self-assessment to Customer Services Committee in November."),
        ("Tenancy Standard", "T1", "Complete tenancy audits for all general needs "
         "tenancies in the South and East regions.", "Head of Neighbourhoods", "March 2026",
         None, "30%", "Green", "Quarterly tenancy audit return."),
        ("Neighbourhood and Community Standard", "NC1",
         "Agree a revised anti-social behaviour policy with residents, including case "
         "review timescales.", "Head of Community Safety", "January 2026", None, "50%",
         "Amber", "Resident panel workshops held August and September 2025."),
        (None, "NC2", "Carry out estate inspections with residents on all estates of 50 or "
         "more homes.", "Head of Neighbourhoods", "September 2025", "December 2025", "70%",
         "Red", "Inspections behind schedule in the East region."),
    ]
    for i, r in enumerate(rows, start=6):
        for j, v in enumerate(r, start=1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = BOX
            c.alignment = WRAP
        ws.cell(row=i, column=8).fill = fill(RAGFILL[r[7]])
    ws["A15"] = "Summary"
    ws["A15"].font = Font(bold=True)
    for i, (lab, n) in enumerate([("Total actions", 8), ("Complete", 2), ("Green", 2),
                                  ("Amber", 3), ("Red", 1)], start=16):
        ws.cell(row=i, column=1, value=lab)
        ws.cell(row=i, column=2, value=n)
    for col, w in zip("ABCDEFGHI", (30, 7, 60, 32, 14, 14, 10, 10, 45)):
        ws.column_dimensions[col].width = w

    g = wb.create_sheet("Key")
    g["A1"] = "RAG key"
    g["A1"].font = Font(bold=True)
    for i, (lab, txt) in enumerate([("Complete", "Action delivered and evidence seen"),
                                    ("Green", "On track"),
                                    ("Amber", "At risk – mitigation in place"),
                                    ("Red", "Off track – escalated to Executive")], start=2):
        g.cell(row=i, column=1, value=lab).fill = fill(RAGFILL[lab])
        g.cell(row=i, column=2, value=txt)
    g.column_dimensions["B"].width = 40
    wb.save(os.path.join(HERE, "ul-hyde-group-rsh-consumer-standards-improvement-plan-typo-month-refuse.xlsx"))


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


def set_cell(cell, text, bold=False, italic=False, size=None, color=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for k, line in enumerate(lines):
        if k:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


# ---------------------------------------------------------------------------
# 4. Chestnut Lodge Care Home - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def chestnut_lodge():
    doc = Document()
    doc.add_heading("Chestnut Lodge Care Home – CQC Inspection Action Plan", level=0)
    doc.add_paragraph("Provider: Chestnut Lodge Care Limited | Inspection: 14 and 15 May 2025 | "
                      "Report published: 2 July 2025 | Overall rating: Requires Improvement")
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Prepared by", "Approved by"),
                             ("1.0", "16/07/2025", "Registered Manager", "Nominated Individual"),
                             ("1.1", "01/10/2025", "Registered Manager", "Nominated Individual")]):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))
            if i == 0:
                shade(t.cell(i, j), GREY)
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Red = overdue | Amber = in progress | "
                      "Green = completed")

    sections = [
        ("Key question: Safe",
         "Breach of Regulation 12 (Safe care and treatment): Risks to people's health and "
         "safety, including risks of choking and falls, were not always assessed and "
         "mitigated.", [
             ("1.1", "Review and rewrite all choking risk assessments using the IDDSI "
              "framework, with speech and language therapy input for the six people on "
              "modified diets.", "Clinical Lead", "30/06/2025", "Green",
              "All six assessments rewritten; SALT reviews received 24/06/2025."),
             ("1.2", "Introduce a falls log and a monthly falls analysis, with a post-fall "
              "huddle after every fall.", "Deputy Manager / Clinical Lead", "31/07/2025",
              "Amber", "Falls log in place; monthly analysis starts with August data."),
             ("1.3", "Store thickening agents securely in the locked treatment room and "
              "record each use on the MAR chart.", "Registered Manager", "09/06/2025",
              "Green", "Checked at daily walk-round; no further concerns."),
         ]),
        ("Key question: Well-led",
         "Breach of Regulation 17 (Good governance): Quality assurance systems were not "
         "effective in identifying and addressing shortfalls in the quality and safety of "
         "the service.", [
             ("2.1", "Implement a monthly audit schedule (care plans, medicines, infection "
              "control, mattresses) with findings reported to the provider's quality "
              "meeting.", "Registered Manager", "End of August 2025", "Amber",
              "Audit schedule in place; medicines and IPC audits completed for July and "
              "August."),
             ("2.2", "Quality and Compliance Manager to complete compliance visits against "
              "the CQC quality statements.", "Quality and Compliance Manager", "Quarterly",
              "Amber", "First visit completed 18/09/2025."),
             ("2.3", "Hold residents’ and relatives’ meetings and display a ‘You said, we "
              "did’ board in reception.", "Activities Coordinator / Registered Manager",
              "September 2025", "Red", "First meeting postponed; to be rearranged."),
         ]),
        ("Areas where the provider should improve",
         "The provider should ensure that mental capacity assessments are decision-specific "
         "and that best interest decisions are recorded.", [
             ("3.1", "Deliver MCA and DoLS refresher training to all senior carers and "
              "nurses.", "Training Coordinator", "31/10/2025", "Amber",
              "14 of 22 staff trained."),
             ("3.2", "Audit all MCA assessments and best interest decisions, and redo any "
              "that are not decision-specific.", "Clinical Lead",
              "30/09/2025\nRevised: 30/11/2025", "Amber",
              "Audit of 31 records completed; 9 assessments being redone."),
         ]),
    ]
    for heading, breach, actions in sections:
        doc.add_heading(heading, level=1)
        p = doc.add_paragraph()
        p.add_run(breach).bold = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for j, v in enumerate(("Ref", "Action", "Lead", "Target date", "RAG",
                               "Progress / evidence")):
            set_cell(t.cell(0, j), v, bold=True)
            shade(t.cell(0, j), "DEEAF6")
        for a in actions:
            cells = t.add_row().cells
            for j, v in enumerate(a):
                set_cell(cells[j], v)
        doc.add_paragraph("")

    doc.add_heading("Sign-off", level=1)
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for i, row in enumerate([("Role", "Name", "Date"),
                             ("Registered Manager", "Grace Mensah", "01/10/2025")]):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))
    doc.save(os.path.join(HERE, "ul-chestnut-lodge-care-home-cqc-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Tong Leadership Academy - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
def tong_academy():
    doc = Document()
    h = doc.add_paragraph()
    r = h.add_run("Tong Leadership Academy – Post-Ofsted Action Plan 2025–26")
    r.bold = True
    r.font.size = Pt(18)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Ofsted inspection: 25–26 March 2025 (report published 2 May 2025). "
                      "Overall effectiveness: Requires improvement.")
    doc.add_paragraph("Plan owner: Principal. Progress is reviewed by the Local Governing "
                      "Body Standards Committee every half term.")
    key = doc.add_table(rows=3, cols=2)
    key.style = "Table Grid"
    for i, (col, lab) in enumerate([(RED, "Not on track"),
                                    (AMBER, "Started – not yet embedded"),
                                    (GREEN, "Embedded – impact evident")]):
        shade(key.cell(i, 0), col)
        set_cell(key.cell(i, 1), lab)
    doc.add_paragraph("")

    priorities = [
        ("Priority 1: Quality of education",
         "In some subjects, teachers do not check carefully enough that pupils have "
         "understood what they have been taught before moving on. As a result, some pupils "
         "have gaps in their knowledge. The school should ensure that teachers check pupils' "
         "understanding systematically and address misconceptions promptly.", [
             ("Launch a whole-school CPD programme on responsive teaching and checking for "
              "understanding (weekly 'Tong Teaching' sessions).",
              "Vice Principal (Quality of Education)", "Autumn term 2025",
              "All teachers attend; learning walks show checking for understanding in most "
              "lessons.", "SLT learning walks; LGB Standards Committee", GREEN),
             ("Introduce fortnightly subject learning walks focused on checking for "
              "understanding, with written feedback to heads of department.", "SH, RK",
              "Sept 2025 – July 2026", "Feedback logged for every department each half "
              "term.", "Principal – half-termly", AMBER),
             ("Review KS3 curriculum maps in science, geography and MFL to set out the key "
              "knowledge pupils must secure each half term.", "Heads of Department",
              "By February half-term 2026", "Revised maps published; assessments aligned.",
              "Vice Principal (Quality of Education)", AMBER),
         ]),
        ("Priority 2: Attendance",
         "Too many pupils, including disadvantaged pupils, are persistently absent from "
         "school. This means they miss out on important learning. The school should continue "
         "to work with families to reduce persistent absence.", [
             ("Appoint a full-time Attendance Officer and introduce first-day calling and home "
              "visits for pupils whose attendance is below 90%.",
              "AHT Behaviour & Attendance", "October 2025",
              "Persistent absence falls below 20% by July 2026.",
              "Weekly attendance meeting", GREEN),
             ("Hold fortnightly attendance panels with families of persistently absent pupils, "
              "with support from the Local Authority Education Safeguarding Team.",
              "AHT Behaviour & Attendance / Pastoral Leaders", "Ongoing",
              "Attendance of pupils on panels improves by 5 percentage points.",
              "Attendance governor – termly", AMBER),
         ]),
        ("Priority 3: Personal development",
         "Pupils' knowledge of the personal, social and health education curriculum, "
         "including relationships and sex education, is not secure. The school should ensure "
         "that this curriculum is delivered consistently well so that pupils remember what "
         "they have been taught.", [
             ("Rewrite the PSHE/RSE scheme of work and move delivery from tutor time to a "
              "timetabled weekly lesson.", "Head of PSHE", "Summer term 2026",
              "New scheme taught in all year groups from September 2026.",
              "Vice Principal (Personal Development)", RED),
             ("Carry out a pupil voice survey each term to check what pupils remember from "
              "the personal development curriculum.", "Head of PSHE", "Termly",
              "Pupils can recall key content from each unit.",
              "LGB Standards Committee", AMBER),
         ]),
        ("Priority 4: Leadership and governance",
         "Governors do not challenge leaders sharply enough about the impact of their "
         "actions. The school should ensure that governors have the information they need to "
         "hold leaders to account.", [
             ("Commission an external review of governance and act on its recommendations.",
              "Chair of Governors", "December 2025",
              "Review report received; governor action plan agreed.",
              "Trust Board", GREEN),
         ]),
    ]
    cols = ("Action", "Lead", "Timescale", "Success criteria", "Monitoring", "RAG")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for j, v in enumerate(cols):
        set_cell(t.cell(0, j), v, bold=True, color="FFFFFF")
        shade(t.cell(0, j), "203864")
    for prio, afi, actions in priorities:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        set_cell(m, prio, bold=True)
        shade(m, "B4C6E7")
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        set_cell(m, afi, italic=True)
        shade(m, "F2F2F2")
        for action, lead, when, success, monitor, rag in actions:
            cells = t.add_row().cells
            for j, v in enumerate((action, lead, when, success, monitor)):
                set_cell(cells[j], v)
            shade(cells[5], rag)
    doc.add_paragraph("")
    doc.add_paragraph("This plan will be reviewed at the end of each half term and shared "
                      "with the trust's School Improvement Partner.")
    doc.save(os.path.join(HERE, "ul-tong-leadership-academy-post-ofsted-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Forestry Commission - Board action log (csv)
# ---------------------------------------------------------------------------
def forestry_board_log():
    rows = [
        ["Forestry Commission Board – Action Log", "", "", "", "", "", ""],
        ["Open actions and actions closed since the last meeting. Status as at 3 November 2025",
         "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Ref", "Agenda item", "Action", "Owner", "Due", "RAG", "Update"],
        ["Board meeting 17 July 2025", "", "", "", "", "", ""],
        ["FCB/25/21", "Item 6: Finance report Q1",
         "Provide the Board with a forecast of the 2025/26 capital programme by forest "
         "district, including slippage risks.",
         "Director of Finance and Corporate Services", "September 2025 Board", "B",
         "Presented at the September Board (paper FCB(25)38)."],
        ["FCB/25/22", "Item 7: Tree health",
         "Circulate the updated Ips typographus (eight-toothed spruce bark beetle) "
         "contingency plan and the outcome of the 2025 survey season.",
         "Chief Forester", "31/10/2025", "A",
         "Survey results being finalised; to circulate w/c 10/11/2025."],
        ["FCB/25/23", "Item 9: Health and safety",
         "Commission an independent review of lone working arrangements for wildlife "
         "rangers.\nReport findings and recommended controls to the Audit and Risk Assurance "
         "Committee.",
         "Director of Forest Services / Head of Health and Safety", "Jan-26", "G",
         "Terms of reference agreed; reviewer appointed 22/09/2025."],
        ["Board meeting 18 September 2025", "", "", "", "", "", ""],
        ["FCB/25/30", "Item 5: Chief Executive's report",
         "Arrange a Board visit to the Kielder planting and restocking programme in spring "
         "2026.", "Head of Governance", "Mar-26", "G", "Provisional date held."],
        ["FCB/25/31", "Item 8: Woodland creation",
         "Set out options to increase England Woodland Creation Offer (EWCO) applications in "
         "priority catchments, with costs.",
         "Director of Grants and Regulations", "Next meeting", "A",
         "Options paper in preparation with Defra policy colleagues."],
        ["FCB/25/32", "Item 10: Strategic risk register",
         "Add a strategic risk on the resilience of the forestry workforce and contractor "
         "supply chain.", "RW/JM", "30/09/2025", "R",
         "Overdue – to be covered at the Audit and Risk Assurance Committee on 20/11/2025."],
        ["FCB/25/33", "Item 11: Any other business",
         "Confirm Board members' availability for the 2026 strategy away day.",
         "Board Secretary", "31/10/2025", "B", "Date confirmed as 12 March 2026."],
        ["", "", "", "", "", "", ""],
        ["Key: B = complete (to be removed after noting); G = on track; A = at risk; "
         "R = overdue", "", "", "", "", "", ""],
    ]
    with open(os.path.join(HERE, "ul-forestry-commission-board-action-log.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. City of London Police - HMICFRS vetting, misconduct and misogyny tracker (txt)
# ---------------------------------------------------------------------------
def colp_vetting():
    lines = [
        ["City of London Police – HMICFRS vetting, misconduct and misogyny inspection: force "
         "recommendations tracker"],
        ["Report: An inspection of vetting, misconduct, and misogyny in the police service "
         "(HMICFRS, 2 November 2022)"],
        ["Exported 12/02/2024 from the Professional Standards action tracker"],
        [],
        ["Recommendation", "Action ref", "Action", "Lead", "HMICFRS deadline", "Revised date",
         "Status", "Update"],
        ["Part 1 – Vetting"],
        ["Rec 3: By 30 April 2023, chief constables should make sure that their vetting units "
         "record a clear rationale for vetting decisions where information of concern is found.",
         "3.1", "Introduce a mandatory decision rationale template in the vetting management "
         "system for all cases with adverse information.", "Vetting Manager", "30/04/2023", "",
         "Complete", "Template live from 03/04/2023."],
        ["", "3.2", "Dip-sample 10% of clearances each quarter and report the findings to the "
         "Professional Standards Board.", "Head of Professional Standards", "30/04/2023",
         "31/03/2024", "Amber", "First two dip samples complete; reporting route agreed."],
        ["Rec 8: By 31 October 2023, chief constables should make sure that officers and staff "
         "are re-vetted when they move to a designated post.",
         "8.1", "Complete a review of all designated posts and record the vetting level "
         "required for each post in the HR system.", "Vetting Manager; HR Business Partner",
         "31/10/2023", "", "Complete", "Designated posts list approved by Chief Officer "
         "Group 19/10/2023."],
        ["Part 2 – Counter-corruption"],
        ["Rec 15: By 31 October 2023, chief constables should make sure that their "
         "counter-corruption units can monitor all force IT systems.",
         "15.1", "Procure and implement IT monitoring software covering all force systems "
         "and devices.", "Head of Anti-Corruption Unit / Chief Information Officer",
         "31/10/2023", "30/06/2024", "Amber", "Contract awarded January 2024; rollout "
         "phased to June."],
        ["", "15.2", "Recruit two additional intelligence analysts to the Anti-Corruption "
         "Unit.", "Head of Anti-Corruption Unit", "31/10/2023", "", "Complete",
         "Both analysts in post."],
        ["Part 3 – Misconduct and misogyny"],
        ["Rec 28: By 31 March 2024, chief constables should make sure that all allegations "
         "of misogynistic or predatory behaviour are assessed by the professional standards "
         "department and that the reasons for decisions are recorded.",
         "28.1", "Update the PSD assessment guidance to include a specific flag for "
         "misogynistic and predatory behaviour allegations.", "D/Supt Professional Standards",
         "31/03/2024", "", "Green", "Guidance drafted; flag added to Centurion."],
        ["", "28.2", "Deliver 'Active Bystander' training to all officers and staff, "
         "prioritising supervisors.", "Head of Learning and Development", "31/03/2024",
         "Sept 2024", "Amber", "612 of 1,050 officers and staff trained."],
        ["Rec 31: By 31 March 2024, chief constables should publish the outcomes of misconduct "
         "hearings and the sanctions imposed, where the law allows.",
         "31.1", "Publish misconduct hearing outcomes on the force website within 28 days of "
         "each hearing.", "Head of Professional Standards", "31/03/2024", "", "Red",
         "On hold pending legal advice on publication of accelerated hearings."],
        [],
        ["Status key: Complete = delivered and signed off; Green = on track; Amber = at risk of missing the deadline; "
         "Red = will not meet the deadline"],
    ]
    with open(os.path.join(HERE, "ul-city-of-london-police-hmicfrs-vetting-misconduct-misogyny-recommendations-tracker.txt"),
              "w", encoding="utf-8", newline="") as f:
        for l in lines:
            f.write("\t".join(l) + "\n")


if __name__ == "__main__":
    icb_risk_register()
    kent_grenfell()
    hyde_refuse()
    chestnut_lodge()
    tong_academy()
    forestry_board_log()
    colp_vetting()
    print("built 7 files")
