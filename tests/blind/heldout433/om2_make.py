"""Build the seven om2- blind test files (set heldout433).

Run with /work/main/.venv/bin/python om2_make.py (from any directory).
Writes only files whose names start with "om2-".
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


def out(name):
    assert name.startswith("om2-")
    return os.path.join(HERE, name)


def d(y, m, day):
    return dt.datetime(y, m, day)


FILL = {
    "blue": "00B0F0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "pale": "DEEAF6",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


# ---------------------------------------------------------------------------
# 1. Royal Papworth Hospital NHS FT - EPRR core standards improvement plan (xlsx)
# ---------------------------------------------------------------------------
def papworth():
    title = ("Royal Papworth Hospital NHS Foundation Trust \u2013 "
             "EPRR Core Standards 2025/26 Improvement Plan")
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Accountable Emergency Officer"
    cov["B3"] = "Chief Operating Officer"
    cov["A4"] = "Plan owner"
    cov["B4"] = "Emergency Planning and Resilience Lead"
    cov["A5"] = "Reporting route"
    cov["B5"] = ("EPRR Steering Group \u2192 Quality and Risk Committee \u2192 Board; "
                 "ICB Local Health Resilience Partnership")
    cov["A7"] = "Document control"
    cov["A7"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Summary of changes"]
    for i, h in enumerate(hdr, 1):
        c = cov.cell(row=8, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill(FILL["grey"])
        c.border = BOX
    rows = [
        ("0.1", d(2025, 8, 18), "EPRR Lead", "Draft following 2025/26 self-assessment"),
        ("1.0", d(2025, 9, 4), "EPRR Lead", "Approved by AEO; submitted to ICB"),
        ("1.1", d(2025, 11, 14), "EPRR Lead",
         "Progress update for Quality and Risk Committee (27 November 2025)"),
    ]
    for r, row in enumerate(rows, 9):
        for i, v in enumerate(row, 1):
            c = cov.cell(row=r, column=i, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cov["A13"] = "Compliance levels (NHS England EPRR annual assurance)"
    cov["A13"].font = Font(bold=True)
    levels = [
        ("Fully compliant", "Fully compliant with the core standard."),
        ("Partially compliant", "Not compliant with the core standard; the work plan will "
                                "deliver compliance within the next 12 months."),
        ("Non-compliant", "Not compliant and not in the work plan for the next 12 months."),
    ]
    for r, (a, b) in enumerate(levels, 14):
        cov.cell(row=r, column=1, value=a)
        cov.cell(row=r, column=2, value=b)
    cov.column_dimensions["A"].width = 30
    cov.column_dimensions["B"].width = 70
    cov.column_dimensions["C"].width = 14
    cov.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Action plan")
    ws.merge_cells("A1:I1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A2"] = ("Self-assessment submitted to NHS Cambridgeshire and Peterborough ICB: "
                "29 August 2025 | Overall rating: Substantially compliant")
    ws["A3"] = "RAG key:"
    ws["A3"].font = Font(bold=True)
    for col, (txt, colr) in zip("BCDEF", [("Complete", "blue"), ("On track", "green"),
                                          ("At risk", "amber"), ("Off track", "red"),
                                          ("Not started", None)]):
        c = ws[f"{col}3"]
        c.value = txt
        c.border = BOX
        if colr:
            c.fill = fill(FILL[colr])
    headers = ["Core standard", "Self-assessment", "Ref", "Improvement action", "Lead",
               "Original target date", "Revised target date",
               "Progress update (November 2025)", "RAG"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["navy"])
        c.alignment = WRAP
        c.border = BOX

    # (kind, payload)
    plan = [
        ("domain", "Domain 1 \u2013 Governance"),
        ("std", "6. Continuous improvement", "Partially compliant", [
            ("EP01",
             "Establish a single lessons-identified log covering incidents, exercises and "
             "debriefs, with owners and review dates, reported quarterly to the EPRR "
             "Steering Group.",
             "Emergency Planning and Resilience Lead", d(2025, 12, 31), None,
             "Log built in Datix; first quarterly report to January Steering Group.", "green"),
        ]),
        ("domain", "Domain 3 \u2013 Duty to maintain plans"),
        ("std", "11. Incident response", "Partially compliant", [
            ("EP02",
             "Review and reissue the Major Incident Plan to reflect the new Critical Care "
             "and theatres escalation arrangements.",
             "Head of Clinical Operations / Chief Nurse", d(2025, 9, 30), d(2026, 1, 31),
             "Draft circulated for consultation; delayed by Critical Care staffing review.",
             "amber"),
            ("EP03",
             "Produce action cards for the Site Manager and Critical Care Nurse in Charge "
             "and publish them on the intranet.",
             "Emergency Planning and Resilience Lead", d(2025, 11, 30), None,
             "Action cards approved 12/11/2025 and published.", "blue"),
        ]),
        ("std", "17. Lockdown", "Partially compliant", [
            ("EP04",
             "Complete a site-wide lockdown risk assessment with Estates and Security and "
             "test partial lockdown of the main entrance.",
             "Director of Estates and Facilities", d(2026, 3, 31), None,
             "Risk assessment workshop held 6 November; test planned for February.", "green"),
        ]),
        ("domain", "Domain 5 \u2013 Training and exercising"),
        ("std", "22. EPRR exercising and testing programme", "Partially compliant", [
            ("EP05",
             "Deliver a live exercise of the Incident Coordination Centre, including a "
             "60-minute communications cascade test out of hours.",
             "AEO; EPRR Lead", d(2025, 10, 31), d(2026, 2, 28),
             "Exercise moved to February to avoid winter pressures.", "amber"),
        ]),
        ("std", "23. Responder training", "Partially compliant", [
            ("EP06",
             "Record training and exercise attendance for all on-call managers and "
             "directors against the Minimum Occupational Standards in the training needs "
             "analysis.",
             "Deputy Chief Operating Officer", d(2026, 1, 31), None,
             "Only 9 of 22 on-call staff have records; TNA template under review.", "red"),
        ]),
        ("domain", "Domain 9 \u2013 Business continuity"),
        ("std", "47. Business continuity plans", "Partially compliant", [
            ("EP07",
             "Update business continuity plans for Pathology, Pharmacy and Sterile Services "
             "to include loss of IT and loss of supplier scenarios.",
             "Divisional Directors of Operations", d(2025, 12, 31), None,
             "Pharmacy and Pathology plans updated; Sterile Services in progress.", "green"),
            ("EP08",
             "Carry out a desktop test of each updated plan and record lessons in the "
             "lessons-identified log.",
             "Divisional Directors of Operations", d(2026, 3, 31), None,
             "Not started \u2013 follows EP07.", None),
        ]),
    ]
    r = 6
    for item in plan:
        if item[0] == "domain":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            c.fill = fill(FILL["grey"])
            r += 1
            continue
        _, std, comp, actions = item
        first = r
        ws.cell(row=r, column=1, value=std)
        ws.cell(row=r, column=2, value=comp)
        for ref, text, lead, orig, rev, prog, rag in actions:
            vals = [None, None, ref, text, lead, orig, rev, prog, None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i)
                if v is not None:
                    c.value = v
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(row=r, column=9).fill = fill(FILL[rag])
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=first, column=1).alignment = WRAP
        ws.cell(row=first, column=2).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    for label, n in [("Standards assessed", 58), ("Fully compliant", 52),
                     ("Partially compliant", 6), ("Non-compliant", 0)]:
        r += 1
        ws.cell(row=r, column=1, value=label)
        ws.cell(row=r, column=2, value=n)
    r += 2
    ws.cell(row=r, column=1, value=(
        "Note: standards rated fully compliant are not shown. Progress is reported to the "
        "Quality and Risk Committee and to the ICB Local Health Resilience Partnership."))
    widths = [26, 16, 8, 55, 28, 14, 14, 45, 8]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w
    ws.freeze_panes = "A6"
    wb.save(out("om2-royal-papworth-hospital-nhsft-eprr-core-standards-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Cambridgeshire Constabulary - Operation Soteria RASSO highlight report (xlsx)
# ---------------------------------------------------------------------------
def soteria():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight report"
    ws.merge_cells("A1:I1")
    ws["A1"] = ("Cambridgeshire Constabulary \u2013 Operation Soteria RASSO Improvement "
                "Programme: Highlight Report")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Reporting period"
    ws["B2"] = "1 August \u2013 30 September 2025"
    ws["D2"] = "Report to"
    ws["E2"] = "Strategic Change Board, 21 October 2025"
    ws["A3"] = "SRO"
    ws["B3"] = "Assistant Chief Constable (Crime)"
    ws["D3"] = "Programme manager"
    ws["E3"] = "T. Okafor"
    ws["A4"] = "Overall status"
    ws["B4"] = "A"
    ws["B4"].fill = fill(FILL["amber"])
    ws["D4"] = "Previous status"
    ws["E4"] = "A"
    ws["E4"].fill = fill(FILL["amber"])
    for cell in ("A2", "A3", "A4", "D2", "D3", "D4"):
        ws[cell].font = Font(bold=True)
    ws.merge_cells("A6:I6")
    ws["A6"] = "Summary this period"
    ws["A6"].font = Font(bold=True)
    ws["A6"].fill = fill(FILL["pale"])
    ws.merge_cells("A7:I7")
    ws["A7"] = ("Victim care plan and digital disclosure policy delivered. Specialist "
                "investigator training is behind plan because of course availability and "
                "abstractions for Operation Beacon; the dashboard build has slipped to "
                "February. Overall status remains amber.")
    ws["A7"].alignment = WRAP
    ws.row_dimensions[7].height = 45
    ws["A9"] = "RAG: B = complete, G = on track, A = at risk, R = off track"
    ws["A9"].font = Font(italic=True)
    headers = ["ID", "Pillar", "Milestone / action", "Owner", "Baseline date",
               "Forecast date", "Previous RAG", "Current RAG", "Commentary"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=10, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["navy"])
        c.alignment = WRAP
        c.border = BOX
    pillars = [
        ("Pillar 1 \u2013 Suspect-focused investigation", [
            ("P1.1", "Roll out the suspect-focused investigation checklist to all RASSO "
                     "investigators and include it in the crime file quality review.",
             "DCI RASSO", d(2025, 7, 31), d(2025, 9, 30), "G", "B",
             "Checklist live from 1 September; included in monthly file review."),
            ("P1.2", "Introduce a fortnightly suspect-offending review with the Offender "
                     "Management team for all open RASSO cases with a named suspect.",
             "DCI RASSO / DI Offender Management", d(2025, 10, 31), d(2025, 12, 31),
             "G", "A", "Terms of reference agreed; first reviews delayed by abstractions."),
        ]),
        ("Pillar 2 \u2013 Disrupting repeat suspects", [
            ("P2.1", "Agree a repeat-suspect flag and disruption plan template with the "
                     "Force Intelligence Bureau.",
             "Det Supt Public Protection", d(2025, 9, 30), d(2025, 11, 30), "A", "A",
             "Flag criteria drafted; awaiting Athena change request."),
        ]),
        ("Pillar 3 \u2013 Victim engagement", [
            ("P3.1", "Launch the victim care plan and fortnightly contact standard, with "
                     "contact recorded on Athena.",
             "Victim Services Manager", d(2025, 6, 30), d(2025, 6, 30), "G", "B",
             "Delivered; compliance 78% in September dip sample."),
            ("P3.2", "Co-locate two ISVAs with the RASSO team at Parkside two days a week.",
             "Victim Services Manager; OPCC Commissioning Lead", d(2026, 1, 31),
             d(2026, 1, 31), "G", "G", "Desk space agreed; ISVA provider confirmed."),
        ]),
        ("Pillar 4 \u2013 Learning, development and wellbeing", [
            ("P4.1", "Deliver the national RASSO specialist investigator (SSAIDP) course to "
                     "40 officers.",
             "Head of Learning and Development", d(2025, 12, 31), d(2026, 3, 31), "A", "R",
             "Only 12 officers trained; two cohorts cancelled because of course "
             "availability."),
            ("P4.2", "Introduce mandatory six-monthly psychological screening for RASSO "
                     "officers and staff.",
             "Head of Occupational Health", d(2025, 11, 30), d(2025, 11, 30), "G", "G",
             "Provider contract signed; screening starts in November."),
        ]),
        ("Pillar 5 \u2013 Data", [
            ("P5.1", "Build a RASSO performance dashboard in Qlik with attrition, charge rate "
                     "and victim-withdrawal measures.",
             "Head of Business Intelligence", d(2025, 10, 31), d(2026, 2, 28), "G", "A",
             "Data quality issues in outcome codes; build re-planned."),
        ]),
        ("Pillar 6 \u2013 Digital forensics", [
            ("P6.1", "Introduce a proportionate digital disclosure policy so that victims' "
                     "phones are only examined where a reasonable line of enquiry exists.",
             "Head of Digital Forensics", d(2025, 9, 30), d(2025, 9, 30), "G", "B",
             "Policy published 15 September."),
            ("P6.2", "Reduce the backlog of RASSO devices awaiting examination to under 30.",
             "Head of Digital Forensics", d(2026, 3, 31), d(2026, 6, 30), "A", "A",
             "Backlog 71 (was 94); additional kiosk funding bid submitted."),
        ]),
    ]
    r = 11
    for pillar, rows in pillars:
        first = r
        ws.cell(row=r, column=2, value=pillar)
        for (ref, text, owner, base, fc, prev, cur, comm) in rows:
            vals = [ref, None, text, owner, base, fc, prev, cur, comm]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i)
                if v is not None:
                    c.value = v
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            for col, val in ((7, prev), (8, cur)):
                colr = {"B": "blue", "G": "green", "A": "amber", "R": "red"}[val]
                ws.cell(row=r, column=col).fill = fill(FILL[colr])
                ws.cell(row=r, column=col).alignment = Alignment(horizontal="center",
                                                                 vertical="top")
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=first, column=2).alignment = WRAP
        ws.cell(row=first, column=2).font = Font(bold=True)
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(row=r, column=1, value="Key risks and issues").font = Font(bold=True)
    ws.cell(row=r, column=1).fill = fill(FILL["pale"])
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(row=r, column=1, value=(
        "Investigator vacancies in the RASSO team (14 FTE) continue to limit capacity for "
        "training and reviews. National SSAIDP course places remain scarce; the Learning "
        "and Development team is exploring a regional cohort with Bedfordshire and "
        "Hertfordshire.")).alignment = WRAP
    ws.row_dimensions[r].height = 45
    r += 2
    ws.cell(row=r, column=1, value="Decisions required from the Board").font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value="None this period.")
    for col, w in zip("ABCDEFGHI", [7, 24, 55, 26, 11, 11, 9, 9, 45]):
        ws.column_dimensions[col].width = w

    kp = wb.create_sheet("KPIs")
    kp["A1"] = "RASSO performance measures (rolling 12 months)"
    kp["A1"].font = Font(bold=True)
    rows = [("Measure", "Sep 2024", "Sep 2025", "Direction"),
            ("Adult rape charge rate", "4.1%", "6.8%", "Improving"),
            ("Victim withdrawal rate", "52%", "44%", "Improving"),
            ("Average days report to charge", "412", "356", "Improving"),
            ("Open RASSO investigations", "611", "574", "Stable")]
    for i, row in enumerate(rows, 3):
        for j, v in enumerate(row, 1):
            c = kp.cell(row=i, column=j, value=v)
            c.border = BOX
            if i == 3:
                c.font = Font(bold=True)
    kp.column_dimensions["A"].width = 34
    wb.save(out("om2-cambridgeshire-constabulary-operation-soteria-rasso-highlight-report.xlsx"))


# ---------------------------------------------------------------------------
# 3. GreenSquareAccord - building safety compliance recovery plan (xlsx, refuse)
# ---------------------------------------------------------------------------
def greensquare():
    wb = Workbook()
    ws = wb.active
    ws.title = "Recovery plan"
    ws.merge_cells("A1:G1")
    ws["A1"] = "GreenSquareAccord \u2013 Building Safety Compliance Recovery Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:G2")
    ws["A2"] = ("Prepared for: Board and the Regulator of Social Housing | Version 3 | "
                "Position at 31 October 2025")
    ws.merge_cells("A3:G3")
    ws["A3"] = "Accountable executive: Chief Operating Officer"
    headers = ["Ref", "Issue identified", "Recovery action", "Action owner", "Due",
               "Status", "Update"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("375623")
        c.border = BOX
        c.alignment = WRAP
    sections = [
        ("Fire safety", [
            ("FS1", "412 high-risk FRA remedial actions overdue at 30 June 2025",
             "Appoint a second fire remedial works contractor and clear all overdue "
             "high-risk actions.", "Head of Building Safety", "December 2025", "On track",
             "188 outstanding at end of October."),
            ("FS2", None,
             "Re-survey 60 blocks where FRAs were completed by the previous assessor and "
             "could not be relied upon.", "Fire Safety Manager", "March 2026", "On track",
             "41 of 60 re-surveyed."),
        ]),
        ("Gas safety", [
            ("GS1", "127 homes without a valid landlord gas safety record",
             "Apply for injunctions for all no-access properties more than 60 days overdue.",
             "Head of Compliance; Legal Services Manager", "November 2025", "Complete",
             "All 127 now certificated."),
            ("GS2", None,
             "Introduce a 10-month servicing cycle so that certificates are renewed before "
             "expiry.", "Gas Contract Manager", "January 2026", "On track",
             "Contractor programme re-profiled."),
        ]),
        ("Electrical safety", [
            ("ES1", "5.9% of homes without an EICR less than five years old",
             "Complete the remaining 1,130 EICRs through the accelerated programme.",
             "Electrical Compliance Lead", "Febuary 2026", "Behind",
             "Access issues; 2 additional operatives from November."),
        ]),
        ("Water safety", [
            ("WS1", "Legionella risk assessments overdue at 23 schemes",
             "Complete overdue water risk assessments and load all remedial actions to the "
             "compliance system.", "Head of Compliance", "December 2025", "On track",
             "15 of 23 complete."),
        ]),
        ("Data and assurance", [
            ("DA1", "Compliance data held in three systems and not reconciled to the asset "
                    "register",
             "Reconcile all compliance data to the single asset register and migrate to one "
             "compliance system.", "Director of Property Services", "June 2026", "On track",
             "Reconciliation 70% complete."),
            ("DA2", None,
             "Commission independent assurance of the recovery programme and report findings "
             "to the Board.", "Company Secretary", "April 2026", "Not started", None),
            ("DA3", None,
             "Report monthly Big 6 compliance to the Board and quarterly to the Regulator of "
             "Social Housing.", "Chief Operating Officer", "Monthly", "On track", None),
        ]),
    ]
    r = 6
    for sec, rows in sections:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(row=r, column=1, value=sec)
        c.font = Font(bold=True)
        c.fill = fill("E2EFDA")
        r += 1
        for row in rows:
            for i, v in enumerate(row, 1):
                c = ws.cell(row=r, column=i)
                if v is not None:
                    c.value = v
                c.alignment = WRAP
                c.border = BOX
            r += 1
    r += 1
    ws.cell(row=r, column=1, value=(
        "Big 6 = fire, gas, electrical, water, asbestos and lifts. Asbestos and lifts are "
        "compliant and have no recovery actions."))
    for col, w in zip("ABCDEFG", [6, 34, 55, 30, 15, 12, 40]):
        ws.column_dimensions[col].width = w

    db = wb.create_sheet("Compliance dashboard")
    db["A1"] = "Big 6 compliance \u2013 31 October 2025"
    db["A1"].font = Font(bold=True)
    rows = [("Area", "Homes / blocks in scope", "Compliant", "% compliant", "Target"),
            ("Gas", 11240, 11240, "100.0%", "100%"),
            ("Electrical", 19150, 18020, "94.1%", "100%"),
            ("Fire (FRAs in date)", 1032, 1006, "97.5%", "100%"),
            ("Water", 214, 191, "89.3%", "100%"),
            ("Asbestos", 4310, 4310, "100.0%", "100%"),
            ("Lifts", 188, 188, "100.0%", "100%")]
    for i, row in enumerate(rows, 3):
        for j, v in enumerate(row, 1):
            c = db.cell(row=i, column=j, value=v)
            c.border = BOX
            if i == 3:
                c.font = Font(bold=True)
    db.column_dimensions["A"].width = 24
    db.column_dimensions["B"].width = 24
    wb.save(out(
        "om2-greensquareaccord-building-safety-compliance-recovery-plan-typo-month-refuse.xlsx"))


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


def set_text(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for k, line in enumerate(lines):
        if k:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold


# ---------------------------------------------------------------------------
# 4. Norfolk Fire and Rescue Service - HMICFRS AFI improvement plan (docx)
# ---------------------------------------------------------------------------
def norfolk():
    doc = Document()
    doc.add_paragraph("Norfolk Fire and Rescue Service \u2013 HMICFRS Inspection 2023\u201325 "
                      "Improvement Plan", style="Title")
    doc.add_paragraph("Progress update for the Norfolk Fire and Rescue Service Scrutiny "
                      "Panel \u2013 November 2025")
    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Changes"]):
        set_text(c, h, bold=True)
    for row in [("1.0", "12/03/2025", "Service Improvement Manager",
                 "Plan agreed by Service Leadership Team"),
                ("1.3", "04/11/2025", "Service Improvement Manager",
                 "Progress update for Scrutiny Panel")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_text(c, v)
    doc.add_paragraph("")
    doc.add_paragraph("RAG status key", style="Heading 2")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, meaning, colr in [
            ("Complete", "Action completed and evidence held", FILL["blue"]),
            ("Green", "On track to be delivered by the target date", FILL["green"]),
            ("Amber", "Some slippage; will be delivered by the revised date", FILL["amber"]),
            ("Red", "Will not be delivered without intervention", FILL["red"])]:
        cells = k.add_row().cells
        set_text(cells[0], word, bold=True)
        shade(cells[0], colr)
        set_text(cells[1], meaning)
    doc.add_paragraph("")

    cols = ["Ref", "Action", "Lead", "Target date", "Revised date", "Progress update", "RAG"]
    ragfill = {"Complete": FILL["blue"], "Green": FILL["green"], "Amber": FILL["amber"],
               "Red": FILL["red"]}
    pillars = [
        ("Effectiveness", [
            ("AFI 1 \u2013 The service should make sure it has an effective system for staff "
             "to use learning and debriefs to improve operational response and incident "
             "command.", [
                ("1.1", "Replace the paper debrief form with an electronic hot and structured "
                        "debrief process on the Learning Portal.",
                 "Area Manager \u2013 Operational Assurance", "March 2026", "",
                 "Portal module built and in user testing with two stations.", "Green"),
                ("1.2", "Publish a quarterly Operational Learning bulletin and track learning "
                        "actions to closure.",
                 "Area Manager \u2013 Operational Assurance", "Quarterly", "",
                 "Second bulletin issued October 2025.", "Green"),
            ]),
            ("AFI 2 \u2013 The service should make sure its prevention work is targeted at "
             "those most at risk of fire.", [
                ("2.1", "Refresh the Home Fire Safety Check targeting model using NHS and ONS "
                        "deprivation data.",
                 "Group Manager Prevention", "30/09/2025", "31/12/2025",
                 "Data sharing agreement with NHS Norfolk and Waveney ICB signed in October; "
                 "model build delayed.", "Amber"),
                ("2.2", "Evaluate the outcomes of Safe and Well visits and report to the "
                        "Service Leadership Team.",
                 "Group Manager Prevention", "Q4 2025/26", "",
                 "Evaluation framework agreed with UEA.", "Green"),
            ]),
        ]),
        ("Efficiency", [
            ("AFI 3 \u2013 The service should make sure it effectively monitors, reviews and "
             "evaluates the benefits and outcomes of any collaboration activity.", [
                ("3.1", "Create a collaboration register showing costs, benefits and review "
                        "dates for each collaboration with Norfolk Constabulary and the East "
                        "of England Ambulance Service.",
                 "Assistant Chief Fire Officer", "September 2025", "",
                 "Register approved by SLT on 23 September 2025.", "Complete"),
            ]),
            ("AFI 4 \u2013 The service should assure itself that it makes the best use of "
             "available technology to improve productivity.", [
                ("4.1", "Introduce mobile data terminals on all fire engines to replace paper "
                        "risk information packs.",
                 "Head of ICT / Area Manager \u2013 Response", "June 2025", "April 2026",
                 "Supplier delay; 31 of 54 appliances fitted.", "Amber"),
            ]),
        ]),
        ("People", [
            ("AFI 5 \u2013 The service should make sure that all staff understand the value "
             "of diversity and that it takes action to improve the diversity of its "
             "workforce.", [
                ("5.1", "Deliver positive action taster days for under-represented groups "
                        "ahead of each wholetime recruitment campaign.",
                 "Head of People", "Ongoing", "",
                 "Three taster days held in 2025; 38% of attendees applied.", "Green"),
                ("5.2", "Train all managers in inclusive recruitment and unconscious bias.",
                 "Head of People", "31/03/2026", "",
                 "62% of managers trained.", "Green"),
            ]),
            ("AFI 6 \u2013 The service should make sure it has an effective system to "
             "identify, develop and support high-potential staff and aspiring leaders.", [
                ("6.1", "Launch a talent management scheme with an annual application window "
                        "and individual development plans.",
                 "Head of People\nArea Manager \u2013 Training and Development", "April 2026",
                 "", "Scheme design paused pending the outcome of the leadership restructure.",
                 "Red"),
            ]),
        ]),
    ]
    for pillar, afis in pillars:
        doc.add_paragraph(pillar, style="Heading 1")
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, cols):
            set_text(c, h, bold=True)
            shade(c, "C00000")
        for afi, actions in afis:
            row = t.add_row().cells
            merged = row[0].merge(row[-1])
            set_text(merged, afi, bold=True)
            shade(merged, FILL["grey"])
            for a in actions:
                cells = t.add_row().cells
                for c, v in zip(cells, a):
                    set_text(c, v)
                shade(cells[-1], ragfill[a[-1]])
        doc.add_paragraph("")
    doc.add_paragraph("Next review: Scrutiny Panel, February 2026.")
    doc.save(out("om2-norfolk-fire-rescue-service-hmicfrs-afi-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Hayesfield Girls' School - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
def hayesfield():
    doc = Document()
    h = doc.add_paragraph("Hayesfield Girls\u2019 School \u2013 Post-Ofsted Action Plan "
                          "2024\u201325", style="Title")
    doc.add_paragraph("Inspection: 5 and 6 March 2024. Overall effectiveness: Requires "
                      "improvement.")
    doc.add_paragraph("Plan owner: Headteacher. Monitored termly by the Local Governing Body "
                      "Standards Committee.")
    p = doc.add_paragraph()
    p.add_run("Progress key: ").bold = True
    p.add_run("Green \u2013 achieved and embedded; Amber \u2013 in progress and on track; "
              "Red \u2013 behind schedule.")
    colours = {"G": FILL["green"], "A": FILL["amber"], "R": FILL["red"], None: None}
    cols = ["Action", "Lead", "Timescale", "Success criteria", "Progress"]
    sections = [
        ("Quality of education", [
            ("Area for improvement 1",
             "In some subjects, the curriculum is not implemented consistently well. Teachers "
             "do not routinely check pupils\u2019 understanding before moving on. Leaders "
             "should ensure that teachers use assessment precisely to identify and address "
             "gaps in pupils\u2019 knowledge.", [
                ("Whole-staff CPD on retrieval practice and checking for understanding, "
                 "delivered through weekly teaching and learning briefings.",
                 "DHT (T&L)", "Autumn term 2024",
                 "Learning walks show checking for understanding in 85% of lessons.", "G"),
                ("Subject leaders to map key knowledge checkpoints in Key Stage 3 schemes of "
                 "work for English, science and humanities.",
                 "Subject leaders / DHT (Curriculum)", "July 2024",
                 "Checkpoints in all KS3 schemes of work.", "G"),
                ("Half-termly learning walks and book looks focused on assessment, with "
                 "findings reported to the Standards Committee.",
                 "SLT", "Half-termly",
                 "Governors receive a written summary each half term.", "A"),
            ]),
            ("Area for improvement 2",
             "Pupils with special educational needs and/or disabilities (SEND) do not "
             "consistently receive the support they need in lessons. Leaders should ensure "
             "that teachers have the information and training they need to adapt learning "
             "for these pupils.", [
                ("Introduce one-page pupil passports for all pupils on the SEND register, "
                 "available to staff on Arbor.",
                 "SENDCo", "September 2024",
                 "100% of SEND pupils have a passport.", "G"),
                ("Deliver training on adaptive teaching strategies for SEND, followed by "
                 "coaching for staff identified through learning walks.",
                 "SENDCo & Lead Practitioner", "Autumn term 2024",
                 "All teaching staff trained; coaching records kept.", "A"),
                ("Termly review of SEND pupils\u2019 progress and attendance with Heads of "
                 "Year.",
                 "SENDCo", "Termly",
                 "Gap in attendance between SEND and non-SEND pupils narrows.", "R"),
            ]),
        ]),
        ("Behaviour and attitudes", [
            ("Area for improvement 3",
             "Leaders have introduced a new behaviour policy, but it is not yet applied "
             "consistently by all staff. Some pupils\u2019 learning is disrupted by low-level "
             "disruption. Leaders should ensure that the behaviour policy is applied "
             "consistently so that all pupils can learn without disruption.", [
                ("Relaunch the behaviour policy with staff and pupils, including a refreshed "
                 "\u2018ready to learn\u2019 routine at the start of each lesson.",
                 "DHT (Pastoral)", "April 2024",
                 "Pupil survey: 80% say lessons are rarely disrupted.", "G"),
                ("Analyse behaviour data weekly and target support at the classes and staff "
                 "with the highest number of removals from lessons.",
                 "DHT (Pastoral), Heads of Year", "Summer term 2025",
                 "Removals from lessons reduced by 30%.", "A"),
            ]),
        ]),
        ("Personal development", [
            ("Area for improvement 4",
             "The personal, social, health and economic (PSHE) curriculum is not well "
             "sequenced. Pupils do not have secure knowledge of some important topics, such "
             "as consent and healthy relationships. Leaders should review the PSHE curriculum "
             "so that pupils learn these topics in sufficient depth.", [
                ("Review the PSHE and RSE curriculum map against statutory guidance, with "
                 "input from pupil voice.",
                 "PSHE Lead", "July 2024",
                 "Revised curriculum map approved by governors.", "G"),
                ("Move to one timetabled PSHE lesson per fortnight for Years 7 to 11 from "
                 "September 2024.",
                 "Headteacher", "September 2024",
                 "PSHE lessons on the 2024\u201325 timetable.", None),
            ]),
        ]),
    ]
    for heading, afis in sections:
        doc.add_paragraph(heading, style="Heading 1")
        for label, text, actions in afis:
            lp = doc.add_paragraph()
            lp.add_run(label).bold = True
            ap = doc.add_paragraph()
            ap.add_run(text).italic = True
            t = doc.add_table(rows=1, cols=len(cols))
            t.style = "Table Grid"
            for c, hd in zip(t.rows[0].cells, cols):
                set_text(c, hd, bold=True)
                shade(c, "7030A0")
            for act, lead, when, sc, rag in actions:
                cells = t.add_row().cells
                for c, v in zip(cells, (act, lead, when, sc, "")):
                    set_text(c, v)
                if rag:
                    shade(cells[4], colours[rag])
            doc.add_paragraph("")
    doc.add_paragraph("Signed: Headteacher and Chair of the Local Governing Body, April 2024.")
    doc.save(out("om2-hayesfield-girls-school-post-ofsted-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. University of Kent - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
def kent():
    header = ["Action ID", "Audit", "Audit opinion", "Priority", "Recommendation",
              "Agreed action", "Action owner", "Original due date", "Revised due date",
              "RAG", "Latest update"]
    rows = [
        ["KA-2425-02/1", "2024/25-02 Cyber Security: Patch Management", "Limited", "High",
         "Patch compliance reporting should cover all servers, including those managed "
         "outside IT Services.",
         "Extend the Qualys patch reporting to the 46 research servers managed by academic "
         "schools and report monthly to the Information Security Group.",
         "Chief Information Officer", "31/03/2025", "30/09/2025", "B",
         "Reporting live since August 2025. Evidence provided to internal audit."],
        ["KA-2425-02/2", "2024/25-02 Cyber Security: Patch Management", "Limited", "High",
         "A documented exception process should be in place for systems that cannot be "
         "patched.",
         "1. Draft a patch exception procedure for approval by the Information Security "
         "Group.\n2. Record all current exceptions in the IT risk register with compensating "
         "controls.",
         "Head of Information Security", "31/05/2025", "31/01/2026", "A",
         "Procedure drafted; 11 of 19 exceptions recorded."],
        ["KA-2425-05/1", "2024/25-05 Student Recruitment Agents", "Reasonable", "Medium",
         "Agent contracts should be re-signed on the current template, which includes "
         "anti-bribery clauses.",
         "Re-issue all active agent agreements on the 2025 template and suspend agents who "
         "have not signed by the deadline.",
         "Director of International Partnerships", "31/12/2025", "", "G",
         "87 of 102 agents re-signed."],
        ["KA-2425-05/2", "2024/25-05 Student Recruitment Agents", "Reasonable", "Medium",
         "Commission payments should be checked against enrolment data before release.",
         "Introduce a monthly reconciliation of agent commission claims to SITS enrolment "
         "records, signed off by Finance.",
         "Director of Finance; Head of Student Recruitment", "30/09/2025", "28/02/2026", "A",
         "SITS report being rebuilt; manual checks in place meanwhile."],
        ["KA-2526-01/1", "2025/26-01 Research Grant Expenditure", "Reasonable", "Low",
         "Staff time charged to grants should be supported by timesheets.",
         "Roll out the electronic timesheet module to all staff charging time to UKRI "
         "grants.",
         "Head of Research Finance", "30/04/2026", "", "G", "Pilot in two divisions."],
        ["KA-2526-01/2", "2025/26-01 Research Grant Expenditure", "Reasonable", "Medium",
         "Overspends on closed grants should be cleared promptly with appropriate approval.",
         "Clear the 14 closed grants with residual overspends and agree write-off with the "
         "Research and Innovation Committee.",
         "Head of Research Finance", "31/01/2026", "", "R",
         "Awaiting decisions from divisions on 9 grants; at risk."],
        ["KA-2526-02/1", "2025/26-02 Governance: Delegated Authority", "Substantial", "Low",
         "The Scheme of Delegation should be reviewed annually.",
         "Add an annual review of the Scheme of Delegation to Council's business cycle.",
         "University Secretary and Director of Governance", "31/07/2026", "", "",
         "Not yet due."],
        ["KA-2526-03/1", "2025/26-03 Accounts Payable", "Reasonable", "High",
         "Changes to supplier bank details should be independently verified by call-back "
         "before payment.",
         "Enforce call-back verification for all bank detail changes and add second-person "
         "approval in Agresso.",
         "Head of Financial Operations", "30/11/2025", "", "G",
         "Call-back in place; Agresso workflow change scheduled."],
    ]
    width = len(header)
    with open(out("om2-university-of-kent-internal-audit-recommendations-tracker.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["University of Kent - Internal Audit Recommendations Tracker"]
                   + [""] * (width - 1))
        w.writerow(["Audit and Assurance Committee - position at 12/11/2025"]
                   + [""] * (width - 1))
        w.writerow([""] * width)
        w.writerow(header)
        for row in rows:
            w.writerow(row)
        w.writerow([""] * width)
        w.writerow(["RAG key: B = complete, G = on track, A = at risk of missing revised "
                    "date, R = overdue/off track"] + [""] * (width - 1))
        w.writerow(["Summary", "Actions", "Complete", "Green", "Amber", "Red", "Not rated",
                    "", "", "", ""])
        w.writerow(["Total", "8", "1", "3", "2", "1", "1", "", "", "", ""])


# ---------------------------------------------------------------------------
# 7. Lister House Surgery - CQC inspection action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def lister():
    T = "\t"
    lines = [
        "Lister House Surgery \u2013 CQC Inspection Action Plan",
        "Inspection date: 14 May 2025 (report published 2 July 2025)",
        "Overall rating: Requires improvement (Safe: Requires improvement; Effective: Good; "
        "Caring: Good; Responsive: Requires improvement; Well-led: Requires improvement)",
        "Last updated: 22/09/2025 by the Practice Manager",
        "",
        T.join(["Ref", "What CQC said", "Action we are taking", "Lead", "Target date",
                "Status", "Comments"]),
        "MUST DO \u2013 Regulation 12: Safe care and treatment",
        T.join(["M1", "The provider must ensure that patients prescribed high-risk medicines "
                      "receive the required monitoring.",
                "Run monthly clinical searches for patients on methotrexate, lithium, DOACs "
                "and ACE inhibitors and recall those overdue.",
                "Dr R. Mensah (Prescribing Lead)", "Jun-25", "Completed",
                "Searches set up in EMIS; 38 patients recalled."]),
        T.join(["M2", "",
                "Clinical pharmacist to audit 20 high-risk medicine records every quarter and "
                "report to the partners' meeting.",
                "Clinical Pharmacist", "Quarterly", "On track",
                "First audit 4 Sept: 19/20 compliant."]),
        T.join(["M3", "The provider must ensure that emergency medicines and equipment are "
                      "checked and in date.",
                "Introduce a weekly signed checklist for the emergency trolley and oxygen, "
                "with a named deputy when the lead nurse is on leave.",
                "Lead Nurse / HCA Team Lead", "31/07/2025", "Completed", ""]),
        "MUST DO \u2013 Regulation 17: Good governance",
        T.join(["M4", "The provider must establish effective systems to act on safety alerts "
                      "and significant events.",
                "Set up a safety alerts log with a named clinical reviewer for each MHRA alert "
                "and hold a monthly significant events meeting.",
                "Practice Manager & GP Partner (Dr S. Patel)", "Aug-25", "Completed",
                "Log in use from 1 August."]),
        T.join(["M5", "The provider must ensure staff training is up to date and monitored.",
                "Move all mandatory training onto BlueStream and review the training matrix "
                "at the monthly management meeting.",
                "Assistant Practice Manager", "Oct-25", "On track",
                "Compliance 82% (target 95%)."]),
        "SHOULD DO",
        T.join(["S1", "The provider should take action to improve patient satisfaction with "
                      "telephone access.",
                "Move to a cloud telephony system with call-back and queue position.",
                "Practice Manager", "Nov-25", "Amber",
                "Go-live moved from October to November because of supplier delay."]),
        T.join(["S2", "The provider should continue to identify carers and offer them "
                      "support.",
                "Ask about caring responsibilities at all new patient registrations and annual "
                "reviews, and update the carers register.",
                "Reception Manager", "Ongoing", "On track", ""]),
        T.join(["S3", "The provider should improve uptake of cervical screening.",
                "Offer Saturday cervical screening clinics through the PCN extended access "
                "service.",
                "Lead Nurse", "Mar-26", "Not started", ""]),
        "",
        "Status key: Completed / On track / Amber = some delay / Red = significantly off track",
        "Next review: partners' meeting 20 October 2025",
    ]
    with open(out("om2-lister-house-surgery-cqc-inspection-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    papworth()
    soteria()
    greensquare()
    norfolk()
    hayesfield()
    kent()
    lister()
    print("built 7 files in", HERE)
