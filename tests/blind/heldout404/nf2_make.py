"""Build the seven nf2- blind test files (set heldout404).

Run with /work/main/.venv/bin/python nf2_make.py ; files are written beside this script.
"""
import csv
import datetime as dt
import io
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"
RAGFILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def fill(hex_):
    return PatternFill(fill_type="solid", start_color="FF" + hex_, end_color="FF" + hex_)


THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. UHCW maternity and neonatal improvement plan (xlsx, read)
# ---------------------------------------------------------------------------
def make_uhcw():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Maternity and Neonatal Improvement Plan 2024–2026"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "University Hospitals Coventry and Warwickshire NHS Trust"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A3"] = ("Incorporating the Three-Year Delivery Plan for Maternity and Neonatal Services, "
                 "CQC maternity inspection findings (2023) and Maternity Incentive Scheme Year 6")
    rows = [
        ("Executive Sponsor", "Chief Nursing Officer"),
        ("Plan owner", "Director of Midwifery"),
        ("Reporting route", "Maternity and Neonatal Safety Champions → Quality and Safety Committee → Trust Board"),
        ("Position date", "31 December 2024"),
    ]
    for i, (k, v) in enumerate(rows, start=5):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
    cov["A10"] = "Document control"
    cov["A10"].font = Font(bold=True)
    hdr = ("Version", "Date", "Author", "Changes")
    for j, h in enumerate(hdr, start=1):
        c = cov.cell(11, j, h)
        c.font = Font(bold=True)
        c.border = BOX
    vc = [
        ("3.0", d(2024, 10, 8), "Maternity Quality and Safety Manager", "Plan re-based on 3YDP themes"),
        ("3.1", d(2024, 11, 12), "Maternity Quality and Safety Manager", "November progress updates"),
        ("3.2", d(2025, 1, 14), "Maternity Quality and Safety Manager", "December position; revised dates for 1.2 and 3.1"),
    ]
    for i, r in enumerate(vc, start=12):
        for j, v in enumerate(r, start=1):
            c = cov.cell(i, j, v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 60
    cov.column_dimensions["C"].width = 36
    cov.column_dimensions["D"].width = 50

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Maternity and Neonatal Improvement Plan – position at 31 December 2024"
    ws["A1"].font = Font(bold=True, size=13)
    heads = ["Ref", "Source", "Action", "Lead", "Original completion date",
             "Revised completion date", "Progress update (December 2024)", "Evidence ref",
             "Previous RAG", "Current RAG"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("005EB8")
        c.alignment = WRAP
        c.border = BOX
    plan = [
        ("T", "Theme 1: Listening to and working with women and families with compassion"),
        ("O", "Objective 1: Care that is personalised"),
        ("1.1", "3YDP", "Introduce personalised care and support plans (PCSPs) for all women at booking, with a review at 28 weeks and 36 weeks documented on BadgerNet.",
         "Consultant Midwife / Digital Midwife", d(2024, 3, 31), d(2024, 9, 30),
         "PCSP live on BadgerNet from 02/09/2024. Audit of 50 records: 94% at booking, 81% at 36 weeks.", "E1.1a", "A", "B"),
        ("1.2", "CQC SD4", "Publish maternity information leaflets in the 8 most-spoken community languages, co-produced with the Coventry and Warwickshire MNVP.",
         "Patient Experience Midwife", d(2024, 6, 30), d(2025, 3, 31),
         "5 of 8 languages published. Translation contract re-tendered; revised date agreed by Safety Champions.", "E1.2", "G", "A"),
        ("O", "Objective 2: Improve equity for mothers and babies"),
        ("1.3", "3YDP", "Deliver the Equity and Equality Action Plan actions for Black, Asian and mixed ethnicity women, including enhanced continuity of carer for women living in the most deprived areas (IMD decile 1–2).",
         "Consultant Midwife – Public Health", d(2024, 12, 31), None,
         "Enhanced continuity team (Foleshill) caseloading since October. LMNS equity dashboard reviewed monthly.", "E1.3", "G", "G"),
        ("T", "Theme 2: Growing, retaining, and supporting our workforce"),
        ("O", "Objective 4: Grow our workforce"),
        ("2.1", "MIS SA5", "Complete a Birthrate Plus® workforce review and present the findings and funding requirement to Trust Board.",
         "Director of Midwifery", d(2024, 9, 30), None,
         "Presented to Trust Board 26/09/2024; uplift of 11.6 WTE approved.", "E2.1", "G", "B"),
        ("2.2", "3YDP", "Recruit to the 14.2 WTE midwifery vacancies identified, including international recruitment cohort 3.\nPreceptorship places to be ring-fenced on Ward 23.",
         "Head of Midwifery; Workforce Business Partner", d(2025, 3, 31), None,
         "9.0 WTE appointed; cohort 3 (5 midwives) arriving February 2025 subject to NMC registration.", "E2.2", "A", "A"),
        ("O", "Objective 5: Value and retain our workforce"),
        ("2.3", "3YDP", "Roll out the pastoral midwife role to all inpatient areas and offer every newly qualified midwife a 12-month retention conversation.",
         "Retention Midwife", "Q4 2024/25", None,
         "Pastoral midwife in post; retention conversations 100% for Sept 2024 starters.", "E2.3", "G", "G"),
        ("T", "Theme 3: Developing and sustaining a culture of safety, learning, and support"),
        ("O", "Objective 7: Develop a positive safety culture"),
        ("3.1", "3YDP", "Complete the Perinatal Culture and Leadership Programme (PCLP) SCORE survey and agree a quadrumvirate action plan with staff.",
         "Perinatal Quadrumvirate", d(2024, 10, 31), d(2025, 2, 28),
         "SCORE survey closed 15/11/2024 (61% response). Debrief sessions booked for January; action plan to follow.", "E3.1", "G", "A"),
        ("O", "Objective 8: Learning and improving"),
        ("3.2", "CQC MD2", "Transition all maternity incident reviews to PSIRF, including After Action Reviews for moderate harm incidents.",
         "Maternity Governance Lead", d(2024, 6, 30), None,
         "Complete. PSIRF in place since 01/04/2024; 12 AARs completed in Q2–Q3.", "E3.2", "B", "B"),
        ("T", "Theme 4: Standards and structures that underpin safer, more personalised, and more equitable care"),
        ("O", "Objective 10: Standards to ensure best practice"),
        ("4.1", "MIS SA6", "Achieve full compliance with Saving Babies' Lives Care Bundle version 3 (all six elements) as assessed by the LMNS.",
         "Obstetric Lead for SBLCBv3 / Fetal Monitoring Lead Midwife", d(2025, 3, 31), None,
         "LMNS assessment 11/12/2024: elements 1, 4 and 6 below 70%. Recovery plan to Safety Champions January 2025.", "E4.1", "A", "R"),
        ("O", "Objective 11: Data to inform learning"),
        ("4.2", "MIS SA2", "Implement the Maternity Services Data Set (MSDS) v2.0 data quality improvement plan so that CNST MIS Safety Action 2 is met.",
         "Head of Maternity Digital", d(2025, 1, 31), None,
         "Data quality score 93% for October submission (standard met for 6 of 7 CQIMs).", "E4.2", "G", "G"),
    ]
    r = 4
    for item in plan:
        if item[0] in ("T", "O"):
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            c = ws.cell(r, 1, item[1])
            c.font = Font(bold=True, color="FFFFFFFF" if item[0] == "T" else "FF000000")
            c.fill = fill("41B6E6" if item[0] == "T" else "DDEBF7")
        else:
            ref, src, act, lead, orig, rev, upd, ev, prev, cur = item
            vals = [ref, src, act, lead, orig, rev, upd, ev, None, cur]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 9).fill = fill(RAGFILL[prev])
            ws.cell(r, 10).fill = fill(RAGFILL[cur])
            ws.cell(r, 10).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(r, 1, "Summary of current RAG").font = Font(bold=True)
    r += 1
    for label, n in (("Blue (complete)", 3), ("Green", 3), ("Amber", 3), ("Red", 1), ("Total", 10)):
        ws.cell(r, 2, label)
        ws.cell(r, 3, n)
        r += 1
    r += 1
    ws.cell(r, 1, "Note: revised completion dates are agreed by the Maternity and Neonatal Safety Champions "
                  "and reported to Quality and Safety Committee. Previous RAG = November 2024 position.")
    widths = {"A": 7, "B": 10, "C": 60, "D": 30, "E": 14, "F": 14, "G": 55, "H": 10, "I": 10, "J": 10}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "A4"

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG rating key"
    key["A1"].font = Font(bold=True)
    for i, (code, text) in enumerate((
            ("B", "Blue – action complete and evidence of embedding provided"),
            ("G", "Green – on track to deliver by the completion date"),
            ("A", "Amber – at risk of delay; mitigation in place"),
            ("R", "Red – off track or overdue; escalated to Safety Champions")), start=2):
        key.cell(i, 1, code).fill = fill(RAGFILL[code])
        key.cell(i, 2, text)
    key.column_dimensions["B"].width = 70
    wb.save(os.path.join(HERE, "nf2-uhcw-nhs-trust-maternity-neonatal-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Melton BC transformation programme highlight report (xlsx, read)
# ---------------------------------------------------------------------------
def make_melton():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws.merge_cells("A1:G1")
    ws["A1"] = "Transformation Programme Highlight Report – October 2025"
    ws["A1"].font = Font(bold=True, size=15, color="FF1F4E79")
    ws["A2"] = "Melton Borough Council"
    ws["A2"].font = Font(bold=True)
    ws["A4"] = "Programme Sponsor"
    ws["B4"] = "Director for Corporate Services"
    ws["D4"] = "Programme Manager"
    ws["E4"] = "Transformation & Change Lead"
    ws["A5"] = "Reporting to"
    ws["B5"] = "Corporate Leadership Team; Portfolio Holder for Corporate Finance and Resources"
    for a in ("A4", "D4", "A5"):
        ws[a].font = Font(bold=True)
    ws["A7"] = "Overall programme status"
    ws["A7"].font = Font(bold=True)
    ws["B7"] = "AMBER"
    ws["B7"].fill = fill(AMBER)
    dims = [("Time", AMBER), ("Cost", GREEN), ("Scope", GREEN), ("Benefits", AMBER)]
    col = 1
    for name, colr in dims:
        ws.cell(8, col, name).font = Font(bold=True)
        ws.cell(8, col + 1).fill = fill(colr)
        col += 2 if col < 5 else 2
    ws["A10"] = "Key achievements this period"
    ws["A10"].font = Font(bold=True)
    ws["A11"] = "• Hybrid working policy implemented on 1 August following agreement with UNISON."
    ws["A12"] = "• Condition surveys complete for all 27 operational assets; disposal options being modelled."
    ws.merge_cells("A14:G14")
    ws["A14"] = "Milestone tracker"
    ws["A14"].font = Font(bold=True, color="FFFFFFFF")
    ws["A14"].fill = fill("1F4E79")
    heads = ["Ref", "Milestone / deliverable", "Project lead", "Baseline date", "Forecast date", "Status", "Commentary"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(15, j, h)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        c.border = BOX
        c.alignment = WRAP
    rows = [
        ("W", "Workstream 1 – Digital Customer Services"),
        ("DCS-01", "Launch the new customer portal (My Melton) for council tax and benefits self-service",
         "Digital Services Manager", d(2025, 6, 30), d(2025, 6, 30), BLUE, "Went live 23 June 2025; 2,140 accounts registered."),
        ("DCS-02", "Migrate waste and recycling forms to the portal, with integration to the Whitespace back-office system",
         "Digital Services Manager; Waste Services Manager", d(2025, 10, 31), d(2026, 1, 31), AMBER,
         "Supplier API delayed; testing now planned for December."),
        ("DCS-03", "Close the cash office at Parkside and move to assisted digital support in the Customer Services Centre",
         "Customer Services Manager", d(2026, 3, 31), d(2026, 3, 31), GREEN, "Equality impact assessment drafted."),
        ("W", "Workstream 2 – Asset Rationalisation"),
        ("AR-01", "Complete condition surveys of the operational property portfolio",
         "Assets Manager", d(2025, 7, 31), d(2025, 9, 30), BLUE, "Complete – report to CLT 7 October."),
        ("AR-02", "Agree the disposal strategy for surplus sites and take to Cabinet",
         "Assets Manager / Director for Growth and Regeneration", d(2025, 11, 30), d(2026, 3, 31), RED,
         "Valuation advice outstanding; Cabinet slot moved to March 2026. Exception report attached."),
        ("AR-03", "Relocate the Community Safety team into Parkside, first floor east wing",
         "Facilities Manager", d(2025, 12, 31), d(2025, 12, 31), GREEN, "Works order placed."),
        ("W", "Workstream 3 – Workforce and Organisational Development"),
        ("WF-01", "Implement the new hybrid working policy following consultation with UNISON",
         "HR Manager", d(2025, 8, 31), d(2025, 8, 31), BLUE, "Implemented 1 August 2025."),
        ("WF-02", "Deliver the management development programme (cohort 1: 18 managers)",
         "HR Manager / OD Lead", d(2026, 3, 31), d(2026, 3, 31), GREEN, "Modules 1–3 delivered."),
        ("WF-03", "Complete the pay and grading review (job evaluation) for all posts below Head of Service",
         "Head of HR and OD", d(2025, 12, 31), d(2026, 6, 30), AMBER,
         "Job evaluation panels running behind plan; forecast moved to June 2026."),
    ]
    r = 16
    for item in rows:
        if item[0] == "W":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(r, 1, item[1])
            c.font = Font(bold=True)
            c.fill = fill("F2F2F2")
        else:
            ref, ms, lead, base, fc, colr, comm = item
            for j, v in enumerate((ref, ms, lead, base, fc, None, comm), start=1):
                c = ws.cell(r, j, v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            ws.cell(r, 6).fill = fill(colr)
        r += 1
    r += 1  # blank row 28
    ws.cell(r, 1, "Status key:").font = Font(bold=True)
    for j, (lab, colr) in enumerate((("Complete", BLUE), ("On track", GREEN), ("At risk", AMBER), ("Off track", RED)), start=2):
        c = ws.cell(r, j, lab)
        c.fill = fill(colr)
    r += 1
    ws.cell(r, 1, "Milestones: 9 | Complete: 3 | On track: 3 | At risk: 2 | Off track: 1")
    r += 2
    ws.cell(r, 1, "Decisions required from Programme Board").font = Font(bold=True)
    ws.cell(r + 1, 1, "None this period.")
    for k, v in {"A": 12, "B": 55, "C": 34, "D": 13, "E": 13, "F": 9, "G": 50}.items():
        ws.column_dimensions[k].width = v

    ben = wb.create_sheet("Benefits")
    ben["A1"] = "Benefits realisation – 2025/26"
    ben["A1"].font = Font(bold=True)
    for j, h in enumerate(("Benefit", "Measure", "Target 2025/26", "Achieved to date"), start=1):
        ben.cell(3, j, h).font = Font(bold=True)
    for i, row in enumerate((
            ("Reduced avoidable contact", "Telephone calls to Customer Services", "-15%", "-9%"),
            ("Property running cost savings", "£ per annum", 120000, 35000),
            ("Staff engagement", "Pulse survey score", "70%", "66%")), start=4):
        for j, v in enumerate(row, start=1):
            ben.cell(i, j, v)
    ben.column_dimensions["A"].width = 32
    ben.column_dimensions["B"].width = 38
    wb.save(os.path.join(HERE, "nf2-melton-bc-transformation-programme-highlight-report.xlsx"))


# ---------------------------------------------------------------------------
# 3. North Bristol NHS Trust corporate risk register (xlsx, refuse at row 12)
# ---------------------------------------------------------------------------
def make_nbt():
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR Q3 2025-26"
    ws["A1"] = "North Bristol NHS Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Corporate Risk Register (risks scoring 15 and above)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Position at 31 December 2025 – presented to Trust Board, 29 January 2026"
    heads = ["Risk ID", "Division / Directorate", "Risk description", "Executive owner", "Initial score",
             "Current score", "Target score", "Trend", "Key controls", "Further actions required",
             "Action owner", "Due date", "Action status"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("003087")
        c.alignment = WRAP
        c.border = BOX
    risks = [
        ("CRR 4472", "Medicine",
         "Risk that patients come to harm because of delayed ambulance handover and extended length of stay in the Emergency Department at Southmead Hospital.",
         "Chief Operating Officer", 20, 20, 12, "↔",
         "Full capacity protocol; ED escalation SOP; ambulance cohorting area; daily system calls.",
         [("Open the Same Day Emergency Care (SDEC) extension on Gate 20.", "Divisional Director – Medicine", "31/03/2026", "On track"),
          ("Embed the Continuous Flow model across base wards, with board rounds completed before 10:00.", "Deputy Chief Operating Officer", "Feb-26", "At risk")]),
        ("CRR 3860", "Estates & Facilities",
         "Risk to patient and staff safety from failure of ageing ventilation plant serving the Brunel building theatres.",
         "Chief Finance Officer", 16, 16, 8, "↑",
         "Planned preventative maintenance; annual verification; theatre contingency plan.",
         [("Complete the air handling unit replacement programme for theatres 1–6.", "Head of Estates", "Q4 2025/26", "On track"),
          ("Commission independent verification of theatre air change rates.", "Authorising Engineer (Ventilation)", "30/11/2025", "Complete"),
          ("Agree capital funding for phase 2 with the ICB capital group.", "Director of Finance", "June 2026", "Not started")]),
        ("CRR 5103", "Workforce",
         "Risk that registered nurse vacancies on medical wards lead to unsafe staffing and reliance on agency staff.",
         "Chief Nursing Officer", 15, 15, 9, "↓",
         "Safe staffing huddles; e-rostering; bank incentive scheme; SafeCare.",
         [("Deliver the international nurse recruitment cohort for Q3.", "Head of Nursing Workforce", "Dec-25", "Complete"),
          ("Roll out the refreshed retention programme for nurses in their first two years.", "Deputy Chief Nurse", "Febuary 2026", "On track")]),
        ("CRR 4918", "Digital",
         "Risk of a cyber attack causing loss of clinical systems and patient data.",
         "Chief Digital Information Officer", 20, 16, 8, "↓",
         "Cyber Essentials Plus; 24/7 security monitoring; immutable back-ups; phishing simulations.",
         [("Complete migration of the remaining Windows Server 2012 hosts.", "Head of Infrastructure", "31/01/2026", "At risk"),
          ("Run a Trust-wide downtime business continuity exercise with all divisions.", "Emergency Planning Lead", "May 2026", "On track")]),
    ]
    r = 6
    for rid, div, desc, own, i_s, c_s, t_s, trend, ctrl, acts in risks:
        for k, (act, aown, due, st) in enumerate(acts):
            first = k == 0
            vals = [rid if first else None, div if first else None, desc if first else None,
                    own if first else None, i_s if first else None, c_s if first else None,
                    t_s if first else None, trend if first else None, ctrl if first else None,
                    act, aown, due, st]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
            if first:
                ws.cell(r, 6).fill = fill(RED if c_s >= 15 else AMBER)
            r += 1
    assert r == 15, r
    ws.cell(16, 1, "Risk scoring: consequence × likelihood (1–25). 15–25 = extreme; 8–12 = high; 4–6 = moderate; 1–3 = low.")
    ws.cell(17, 1, "Trend since Q2: ↑ increased  ↔ unchanged  ↓ reduced")
    for k, v in {"A": 10, "B": 16, "C": 48, "D": 22, "E": 8, "F": 8, "G": 8, "H": 6, "I": 40,
                 "J": 48, "K": 28, "L": 13, "M": 12}.items():
        ws.column_dimensions[k].width = v
    hm = wb.create_sheet("Summary")
    hm["A1"] = "Corporate risks by current score"
    hm["A1"].font = Font(bold=True)
    for i, (lab, n) in enumerate((("20", 1), ("16", 2), ("15", 1), ("Total", 4)), start=3):
        hm.cell(i, 1, lab)
        hm.cell(i, 2, n)
    wb.save(os.path.join(HERE, "nf2-north-bristol-nhs-trust-corporate-risk-register-q3-2025-26-typo-month-refuse.xlsx"))


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


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))


def bold_row(row):
    for cell in row.cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True


# ---------------------------------------------------------------------------
# 4. Hinckley and Bosworth CSP DHR 'Kerry' action plan (docx, read)
# ---------------------------------------------------------------------------
def make_dhr():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    run = p.add_run("Hinckley and Bosworth Community Safety Partnership")
    run.bold = True
    run.font.size = Pt(13)
    doc.add_paragraph("Domestic Homicide Review 'Kerry' – Action Plan", style="Title")
    doc.add_paragraph("HBCSP DHR 02/2023. Version 4 – updated for the DHR Oversight Group, 9 September 2025. "
                      "OFFICIAL")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Version", "Date", "Author", "Comments")):
        c.text = h
    bold_row(t.rows[0])
    for row in (("1", "14/11/2024", "DHR Chair", "Action plan agreed by panel"),
                ("2", "05/03/2025", "Community Safety Manager", "Updated following Home Office QA panel feedback"),
                ("3", "10/06/2025", "Community Safety Manager", "Quarterly update"),
                ("4", "09/09/2025", "Community Safety Manager", "Quarterly update")):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v

    doc.add_paragraph("Part A: Overview Report Recommendations", style="Heading 1")
    heads = ("Ref", "Recommendation", "Scope of recommendation i.e. local or regional", "Action to take",
             "Lead Agency", "Key milestones achieved in enacting recommendation", "Target Date",
             "Date of completion and Outcome", "RAG")
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, heads):
        c.text = h
    bold_row(t.rows[0])
    recs = [
        ("Recommendation 1: Hinckley and Bosworth Community Safety Partnership should seek assurance that frontline practitioners across partner agencies understand coercive and controlling behaviour, including how it presents in relationships between older adults.",
         "Local",
         [("1.1", "Commission multi-agency training on coercive and controlling behaviour in later life, delivered by a specialist provider, and record attendance by agency.",
           "Hinckley and Bosworth CSP",
           "Training commissioned from a specialist older people's domestic abuse provider; four sessions delivered (112 attendees).",
           "March 2025", "Completed 27/03/2025 – evaluation shows 89% of attendees more confident to identify CCB.", "Complete"),
          ("1.2", "Add a later-life coercive control module to the Leicester, Leicestershire and Rutland domestic abuse e-learning.",
           "Leicestershire County Council (Domestic Abuse Team)",
           "Module content drafted and shared with the DHR Oversight Group in July 2025.",
           "Q3 2025/26", "", "On track")]),
        ("Recommendation 2: Agencies should ensure that when an adult discloses domestic abuse, a DASH risk assessment is completed and, where the threshold is met, a MARAC referral is made regardless of the victim's wish not to support a prosecution.",
         "Local / regional",
         [("2.1", "Audit a sample of 30 DASH risk assessments completed by partner agencies in Hinckley and Bosworth to test compliance with MARAC referral thresholds.",
           "Leicestershire Police and Hinckley and Bosworth Borough Council",
           "Audit tool agreed and sample drawn. Fieldwork delayed by analyst vacancy.",
           "30/09/2025", "", "Amber"),
          ("2.2", "Re-issue the LLR MARAC referral guidance with a practitioner briefing on referrals made on professional judgement.",
           "LLR MARAC Steering Group",
           "Guidance updated and approved by the Steering Group.",
           "June 2025", "Completed 11/06/2025 – briefing circulated to all partner agencies.", "Complete")]),
        ("Recommendation 3: The Community Safety Partnership should work with the Integrated Care Board to ensure every GP practice has a named domestic abuse lead and uses the IRIS model or an equivalent.",
         "Local",
         [("3.1", "Map GP practices in Hinckley and Bosworth against the IRIS programme and identify practices without a named domestic abuse lead.",
           "NHS Leicester, Leicestershire and Rutland ICB",
           "Practice survey issued August 2025; 11 of 14 responses received.",
           "December 2025", "", "On track"),
          ("3.2", "Present the mapping and a proposal for IRIS roll-out to the Community Safety Partnership Board.",
           "NHS Leicester, Leicestershire and Rutland ICB / Hinckley and Bosworth CSP",
           "", "March 2026", "", "Not started")]),
    ]
    for rec, scope, acts in recs:
        first_row = None
        for k, (ref, act, lead, ms, tgt, outc, rag) in enumerate(acts):
            cells = t.add_row().cells
            if k == 0:
                cells[1].text = rec
                cells[2].text = scope
                first_row = cells
            cells[0].text = ref
            cells[3].text = act
            cells[4].text = lead
            cells[5].text = ms
            cells[6].text = tgt
            cells[7].text = outc
            cells[8].text = rag
            if k > 0:
                first_row[1].merge(cells[1])
                first_row[2].merge(cells[2])

    doc.add_paragraph("")
    doc.add_paragraph("Part B: Single Agency Recommendations", style="Heading 1")
    doc.add_paragraph("Single agency recommendations are taken from the agencies' Individual Management Reviews (IMRs). "
                      "Each agency reports progress to the DHR Oversight Group.")
    heads = ("Ref", "Agency", "Recommendation", "Action to take", "Lead officer", "Target Date",
             "Date of completion and Outcome", "RAG")
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, heads):
        c.text = h
    bold_row(t.rows[0])
    for row in (
            ("SA1", "Leicestershire Police",
             "Officers attending domestic incidents should record the voice of the victim and the presence of any adult with care and support needs.",
             "Include case studies from this review in the 2025 response officer continuous professional development day.",
             "Detective Chief Inspector, Domestic Abuse Investigation Unit", "31/10/2025", "Delivered 15/10/2025.", "Complete"),
            ("SA2", "University Hospitals of Leicester NHS Trust",
             "Routine enquiry about domestic abuse should be made at every Emergency Department attendance where the patient is seen alone.",
             "Add a mandatory routine enquiry prompt to the ED electronic record (Nervecentre) and audit compliance quarterly.",
             "Head of Safeguarding", "Q4 2025/26", "", "Amber"),
            ("SA3", "Hinckley and Bosworth Borough Council",
             "Housing officers should be able to recognise economic abuse and refer to specialist support.",
             "Deliver economic abuse awareness sessions for the Housing Options and Tenancy Management teams, using Surviving Economic Abuse materials.",
             "Housing Services Manager & Community Safety Manager", "Sept 2025 – Jan 2026", "", "On track")):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_paragraph("")
    doc.add_paragraph("RAG: Complete = action delivered and evidenced; On track = progressing within timescale; "
                      "Amber = some slippage; Red = significant delay, escalated to CSP Board; Not started.")
    doc.save(os.path.join(HERE, "nf2-hinckley-bosworth-csp-dhr-kerry-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. NSFT single agency SAR action plan (docx, read)
# ---------------------------------------------------------------------------
def make_sar():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Norfolk and Suffolk NHS Foundation Trust")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_paragraph("Safeguarding Adults Review 'Mr B' – Single Agency Action Plan", style="Title")

    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in (("Review", "Norfolk Safeguarding Adults Board (NSAB) – Safeguarding Adults Review 'Mr B'"),
                 ("SAR published", "18 January 2024"),
                 ("Plan owner", "Head of Safeguarding (Trustwide)"),
                 ("Assurance route", "Safeguarding Assurance Group → Quality Committee → NSAB SAR Subgroup"),
                 ("Last updated", "3 October 2025")):
        cells = info.add_row().cells
        cells[0].text = k
        cells[1].text = v
        for run in cells[0].paragraphs[0].runs:
            run.bold = True

    doc.add_paragraph("")
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for c, (txt, colr) in zip(key.rows[0].cells, (("Blue – completed and embedded", BLUE),
                                                   ("Green – on track", GREEN),
                                                   ("Amber – risk of delay", AMBER),
                                                   ("Red – overdue / not achieved", RED))):
        c.text = txt
        shade(c, colr)

    themes = [
        ("Theme 1: Self-neglect and professional curiosity",
         "NSAB Recommendation 1: Partner agencies should evidence that practitioners apply the Norfolk Self-Neglect Guidance, including escalation to a multi-agency risk management meeting when engagement declines.",
         [("1a", "Refresh the Trust's self-neglect practice guidance so that it mirrors the Norfolk Self-Neglect Guidance and the Suffolk equivalent.",
           "Named Professional Safeguarding Adults", "Dec 2024",
           "Guidance ratified at Safeguarding Assurance Group 10/12/2024 and published on the intranet.", BLUE),
          ("1b", "Audit 20 community mental health team records per quarter for evidence of professional curiosity where a service user disengages.",
           "Safeguarding Adults Lead (Norfolk) & Safeguarding Adults Lead (Suffolk)", "Ongoing – quarterly",
           "Q1 audit 75% compliant; Q2 audit 85% compliant. Results to Safeguarding Assurance Group.", GREEN)]),
        ("Theme 2: Mental capacity and executive functioning",
         "NSAB Recommendation 3: Agencies should ensure that mental capacity assessments consider executive functioning where a person's stated intentions are not carried out.",
         [("2a", "Add executive functioning prompts to the mental capacity assessment form on Lorenzo.",
           "Chief Clinical Information Officer", "30/09/2025",
           "Original date 31/03/2025. Change request raised; delayed by the Lorenzo upgrade. New date agreed by Quality Committee.", AMBER),
          ("2b", "Deliver MCA and executive functioning training to all community mental health team practitioners (target 90% compliance).",
           "Trust MCA Lead", "Q1 2025/26",
           "82% compliance at 30/09/2025. Additional sessions booked for November.", RED)]),
        ("Theme 3: Discharge from secondary mental health care",
         "NSAB Recommendation 5: Discharge from secondary mental health services should include a multi-agency discussion where the person has been assessed as at risk of self-neglect.",
         [("3a", "Amend the Trust discharge policy to require a multi-agency discharge meeting for service users with an open self-neglect concern.",
           "Associate Director of Nursing – Community Services", "June 2025",
           "Policy amended (v6.2) and published 02/06/2025.", BLUE),
          ("3b", "Share the learning brief from this SAR with GP practices through the ICB safeguarding newsletter and primary care forums.",
           "Named Professional Safeguarding Adults / ICB Designated Nurse", "January 2026",
           "", None)]),
        ("Theme 4: Carers and family",
         "NSAB Recommendation 6: Carers of people who self-neglect should be offered a carer's assessment and their views recorded.",
         [("4a", "Include a carer's assessment prompt and a 'views of family/carer' field in the CPA review template.",
           "Carers Lead", "March 2026",
           "Template changes agreed with service user and carer reference group.", GREEN),
          ("4b", "Report progress on this action plan to the NSAB SAR Subgroup every six months until all actions are blue.",
           "Head of Safeguarding (Trustwide)", "Six-monthly",
           "Reported April 2025 and October 2025.", GREEN)]),
    ]
    for theme, rec, acts in themes:
        doc.add_paragraph(theme, style="Heading 2")
        para = doc.add_paragraph()
        para.add_run(rec).italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ("No.", "Action", "Responsible lead", "By when",
                                          "Evidence / progress update", "RAG")):
            c.text = h
        bold_row(t.rows[0])
        for no, act, lead, when, ev, colr in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, (no, act, lead, when, ev, "")):
                c.text = v
            if colr:
                shade(cells[5], colr)
    doc.add_paragraph("")
    doc.add_paragraph("Signed off by: Chief Nursing Officer (Executive Lead for Safeguarding)")
    doc.save(os.path.join(HERE, "nf2-norfolk-and-suffolk-nhsft-sar-mr-b-single-agency-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. North West Leicestershire CSP plan 2025-26 action plan (csv, read)
# ---------------------------------------------------------------------------
def make_csv():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["North West Leicestershire Community Safety Partnership – Partnership Plan 2025-26 Action Plan"])
    w.writerow(["Quarter 2 update (July–September 2025)"])
    w.writerow([])
    w.writerow(["Priority", "Ref", "Action", "Lead", "Partners", "Target date", "Q2 progress update", "RAG"])
    rows = [
        ("Priority 1: Anti-social behaviour and neighbourhood crime", "P1.1",
         "Run a problem-oriented policing (POP) plan for Coalville town centre, focusing on street drinking and shop theft.",
         "Leicestershire Police – NWL Neighbourhood Inspector", "NWLDC; Coalville BID; retailers", "Mar-26",
         "POP plan agreed; 3 Criminal Behaviour Orders obtained.", "G"),
        ("", "P1.2", "Use Community Protection Warnings and Notices consistently and record them on Sentinel.",
         "NWLDC Community Safety Team Leader", "Leicestershire Police; registered housing providers", "Quarterly",
         "41 CPWs and 9 CPNs issued in Q2, all recorded on Sentinel.", "G"),
        ("", "P1.3", "Deliver two multi-agency weeks of action in Ashby and Castle Donington.",
         "NWLDC / Leicestershire Police", "Leicestershire Fire and Rescue Service; Trading Standards", "30/09/2025",
         "Weeks of action held 14–18 July (Ashby) and 8–12 September (Castle Donington).", "Complete"),
        ("Priority 2: Domestic abuse and violence against women and girls", "P2.1",
         "Achieve White Ribbon accreditation for North West Leicestershire District Council.",
         "Head of Community Services", "White Ribbon UK", "Nov-25",
         "Submission delayed to allow the staff survey to close.", "A"),
        ("", "P2.2", "Promote the Safe Spaces scheme in pharmacies and council buildings.\nTarget: 15 venues signed up by March 2026.",
         "Community Safety Officer (Domestic Abuse)", "Local pharmacies; Leicestershire County Council", "31/03/2026",
         "9 venues signed up.", "G"),
        ("", "P2.3", "Commission a review of the Sanctuary scheme for victims remaining in their own homes.",
         "Housing Strategy Manager", "Living Without Abuse", "Q4 2025/26",
         "No budget identified; escalated to CSP Board in September.", "R"),
        ("Priority 3: Serious violence and exploitation", "P3.1",
         "Deliver the Serious Violence Duty local action plan, including knife crime education in all secondary schools.",
         "Leicestershire Police; NWLDC Community Safety Team Leader", "Violence Reduction Network; schools", "July 2026",
         "Sessions delivered in 4 of 7 secondary schools.", "G"),
        ("", "P3.2", "Map locations of concern for child criminal exploitation and share them through the Joint Action Group (JAG).",
         "Youth Justice Service Manager", "Leicestershire Police; Children's Social Care", "Dec-25",
         "Mapping started; data sharing agreement awaiting sign-off.", "A"),
    ]
    for row in rows:
        w.writerow(row)
    w.writerow([])
    w.writerow(["Total actions: 8", "", "Complete: 1", "G: 4", "A: 2", "R: 1"])
    w.writerow(["RAG key: G = on track; A = minor slippage; R = off track / needs CSP Board attention; Complete = action delivered"])
    with open(os.path.join(HERE, "nf2-north-west-leicestershire-csp-community-safety-partnership-plan-2025-26-action-plan.csv"),
              "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. BSW ICB board action log (tab-separated txt, read)
# ---------------------------------------------------------------------------
def make_txt():
    L = []
    L.append("BSW ICB Board Meeting in Public – Action Log")
    L.append("NHS Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board")
    L.append("Updated following the Board meeting held on 6 November 2025")
    L.append("")
    L.append("\t".join(["Action No.", "Meeting date", "Minute ref", "Action", "Lead", "Due date", "Update", "Status"]))
    L.append("Open actions")
    rows_open = [
        ("ICBB/25/031", "03/07/2025", "ICBB/25/07/09",
         "Provide the Board with a breakdown of the elective recovery position by acute provider (RUH, GWH and SFT) at a Board development session.",
         "Chief Delivery Officer", "Sep-25", "Deferred to the December development session because of industrial action.", "Red"),
        ("ICBB/25/038", "04/09/2025", "ICBB/25/09/06",
         "Bring a paper on the NHS Oversight Framework 2025/26 segmentation of BSW providers, including the support offer for trusts in segments 3 and 4.",
         "Chief Executive", "Jan-26", "Scheduled for the January Board.", "Green"),
        ("ICBB/25/040", "04/09/2025", "ICBB/25/09/11",
         "Review the BSW winter plan escalation triggers with the three Integrated Care Alliances",
         "Chief Delivery Officer / Director of Urgent Care", "November 2025", "Workshop held 21 October; OPEL route to be confirmed.", "Amber"),
        None,  # continuation line for ICBB/25/040
        ("ICBB/25/044", "06/11/2025", "ICBB/25/11/07",
         "Circulate the LeDeR annual report to Board members with the action plan for Swindon.",
         "Chief Nurse Officer", "Dec 2025", "", "Green"),
        ("ICBB/25/045", "06/11/2025", "ICBB/25/11/08",
         "Update the Board Assurance Framework to reflect the new risk on ICB running cost reduction and clustering with Bristol, North Somerset and South Gloucestershire ICB.",
         "Director of Corporate Affairs", "Jan-26", "", "Green"),
        ("ICBB/25/046", "06/11/2025", "ICBB/25/11/10",
         "Provide quarterly assurance on primary care access recovery, including the GP Connect rollout.",
         "SA/JH", "Quarterly", "First report due February 2026.", "Green"),
    ]
    for row in rows_open:
        if row is None:
            L.append("\t".join(["", "", "", "and confirm the OPEL reporting route to the Board.", "", "", "", ""]))
        else:
            L.append("\t".join(row))
    L.append("Actions proposed for closure")
    for row in (
            ("ICBB/25/022", "01/05/2025", "ICBB/25/05/12",
             "Confirm the governance route for the BSW Joint Forward Plan refresh, including Health and Wellbeing Board engagement.",
             "Director of Strategy", "Jul-25", "Approved at July Board; HWB engagement complete in all three places.", "Blue"),
            ("ICBB/25/035", "03/07/2025", "ICBB/25/07/14",
             "Share the Mental Health Investment Standard (MHIS) 2025/26 compliance statement with the Audit and Risk Committee.",
             "Chief Finance Officer", "31/10/2025", "Shared with ARC 16 October 2025.", "Blue"),
            ("ICBB/25/041", "04/09/2025", "ICBB/25/09/13",
             "Arrange a Board seminar on the Wiltshire neighbourhood health pilot.",
             "Director of Place (Wiltshire)", "Nov-25", "Seminar held 6 November 2025.", "Blue")):
        L.append("\t".join(row))
    L.append("")
    L.append("Status key: Red – overdue; Amber – due this month / at risk; Green – on track, not yet due; Blue – complete, proposed for closure")
    with open(os.path.join(HERE, "nf2-nhs-bsw-icb-board-public-action-log.txt"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    make_uhcw()
    make_melton()
    make_nbt()
    make_dhr()
    make_sar()
    make_csv()
    make_txt()
    print("built 7 files in", HERE)
