"""Build the seven zal- blind test files (set heldout751).

Run with /work/main/.venv/bin/python zal_make.py from any directory; files are written
beside this script. Only files whose names start with "zal-" are written.
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

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"
NAVY, PALE = "1F3864", "DDEBF7"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def out(name):
    assert name.startswith("zal-")
    return os.path.join(HERE, name)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


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


def set_cell(cell, text, bold=False, size=9, color=None):
    """Write text into a cell; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)


def header_row(table, labels, hex_=NAVY):
    row = table.rows[0]
    for c, lab in zip(row.cells, labels):
        set_cell(c, lab, bold=True, color="FFFFFF")
        shade(c, hex_)


# ---------------------------------------------------------------------------
# 1. NHS Dumfries and Galloway - Board Assurance Framework 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def make_dg_baf():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "NHS Dumfries and Galloway – Board Assurance Framework 2025/26"
    cov["A1"].font = Font(bold=True, size=14, color=NAVY)
    cov["A2"] = "Position as at 31 October 2025 – presented to Audit and Risk Committee, 8 December 2025"
    cov["A2"].font = Font(italic=True)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Changes"),
        ("0.1", "02/05/2025", "Risk Manager", "Draft for Board Development Session"),
        ("1.0", "02/06/2025", "Board Secretary", "Approved by NHS Board"),
        ("1.3", "31/10/2025", "Risk Manager", "Q2 review – actions updated by Executive leads"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True, color="FFFFFF")
                c.fill = fill(NAVY)
    cov["A11"] = "Action RAG key (shown by cell colour on the BAF Actions sheet)"
    cov["A11"].font = Font(bold=True)
    key = [
        (BLUE, "Complete"),
        (GREEN, "On track to deliver by the due date"),
        (AMBER, "At risk of slippage – mitigation in place"),
        (RED, "Overdue or will not be delivered by the revised date"),
    ]
    for i, (col, txt) in enumerate(key):
        cov.cell(row=12 + i, column=1).fill = fill(col)
        cov.cell(row=12 + i, column=1).border = BOX
        cov.cell(row=12 + i, column=2, value=txt)
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 18
    cov.column_dimensions["D"].width = 48

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Strategic risk summary"
    summ["A1"].font = Font(bold=True, size=12)
    srows = [
        ("Ref", "Strategic risk", "Executive lead", "Assurance committee", "Initial score",
         "Current score", "Target score", "Trend"),
        ("SR1", "Financial sustainability", "Director of Finance", "Performance and Resources Committee",
         25, 20, 12, "↔"),
        ("SR2", "Workforce supply and sustainability", "Director of Workforce", "Staff Governance Committee",
         20, 16, 9, "↓"),
        ("SR3", "Urgent and unscheduled care", "Chief Operating Officer", "Healthcare Governance Committee",
         25, 20, 10, "↔"),
    ]
    for i, r in enumerate(srows):
        for j, v in enumerate(r):
            c = summ.cell(row=3 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True, color="FFFFFF")
                c.fill = fill(NAVY)
    for col, w in zip("ABCDEFGH", (6, 34, 24, 36, 12, 13, 12, 8)):
        summ.column_dimensions[col].width = w

    ws = wb.create_sheet("BAF Actions")
    ws["A1"] = "Board Assurance Framework 2025/26 – actions to close gaps in control and assurance"
    ws["A1"].font = Font(bold=True, size=12, color=NAVY)
    ws["A2"] = ("Revised due dates are shown where the Committee has agreed an extension. "
                "RAG is shown by cell colour (see key on Cover sheet).")
    ws["A2"].font = Font(italic=True, size=9)
    hdr = ["Ref", "Gap in control / assurance", "Action", "Action owner", "Original due date",
           "Revised due date", "Progress at 31 October 2025", "RAG"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BOX

    blocks = [
        ("SR1 – Financial sustainability", "Executive lead: Director of Finance   |   Current score 20 (target 12)", [
            ("Gap in control: savings plans not fully identified for 2025/26", [
                ("1.1", "Identify recurring schemes for the full £24.3m Value and Sustainability savings target "
                        "and report progress monthly to Performance and Resources Committee",
                 "Director of Finance", d(2025, 6, 30), d(2025, 9, 30),
                 "£21.9m identified (90%). Gap of £2.4m; further schemes going to Committee in November.", AMBER),
                ("1.2", "Reduce supplementary staffing spend by 25% against the 2024/25 outturn through nursing "
                        "and medical rostering controls",
                 "Director of Nursing, Midwifery and AHPs; Medical Director", d(2026, 3, 31), None,
                 "Agency nursing spend down 31% year to date; medical locum spend remains above plan.", GREEN),
            ]),
            ("Gap in assurance: no independent review of the medium-term financial plan assumptions", [
                ("1.3", "Commission an internal audit review of the medium-term financial plan assumptions and "
                        "present the findings to Audit and Risk Committee",
                 "Director of Finance", d(2025, 12, 31), None,
                 "Scoped with internal audit; fieldwork starts November 2025.", GREEN),
            ]),
        ]),
        ("SR2 – Workforce supply and sustainability", "Executive lead: Director of Workforce   |   Current score 16 (target 9)", [
            ("Gap in control: no Board-wide workforce plan aligned to the 2025–28 financial plan", [
                ("2.1", "Publish the three-year Workforce Plan 2025–28 aligned to the Annual Delivery Plan and "
                        "the financial plan",
                 "Director of Workforce", d(2025, 7, 31), d(2025, 10, 31),
                 "Approved by Staff Governance Committee on 21 October 2025 and published.", BLUE),
                ("2.2", "Implement the international recruitment pathway for 30 registered nurses for Galloway "
                        "Community Hospital and the Mountainhall Treatment Centre",
                 "Director of Workforce / Director of Acute and Diagnostics", d(2026, 3, 31), None,
                 "18 nurses in post; 7 awaiting NMC registration.", GREEN),
            ]),
            ("Gap in assurance: limited data on rostering compliance with the Health and Care (Staffing) "
             "(Scotland) Act 2019", [
                ("2.3", "Roll out SafeCare and the real-time staffing resource tool to all inpatient areas and "
                        "provide quarterly compliance reports to the Board",
                 "Director of Nursing, Midwifery and AHPs", d(2025, 9, 30), d(2026, 1, 31),
                 "Live in 14 of 22 wards. Cottage hospitals delayed by an e-rostering licence issue.", RED),
            ]),
        ]),
        ("SR3 – Urgent and unscheduled care", "Executive lead: Chief Operating Officer   |   Current score 20 (target 10)", [
            ("Gap in control: delayed discharges remain above the 40-bed trajectory", [
                ("3.1", "Deliver the Discharge without Delay programme with the Health and Social Care "
                        "Partnership, including Planned Date of Discharge on all DGRI wards",
                 "Chief Operating Officer", d(2025, 12, 31), None,
                 "Planned Date of Discharge live on 9 of 11 wards; delays averaging 52 beds.", AMBER),
                ("3.2", "Open the Flow Navigation Centre 8am–10pm seven days a week",
                 "General Manager, Acute and Diagnostics", d(2025, 6, 30), None,
                 "Extended hours live from 2 June 2025.", BLUE),
            ]),
        ]),
    ]
    r = 5
    for title, lead_note, gaps in blocks:
        ws.cell(row=r, column=1, value=title).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        ws.cell(row=r, column=5, value=lead_note).font = Font(italic=True, size=9)
        ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=8)
        for col in range(1, 9):
            ws.cell(row=r, column=col).fill = fill(GREY)
        r += 1
        for gap, acts in gaps:
            first = r
            for ref, text, owner, orig, rev, prog, rag in acts:
                vals = [ref, gap if r == first else None, text, owner, orig, rev, prog, None]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if j in (4, 5) and v is not None:
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=8).fill = fill(rag)
                r += 1
            if r - first > 1:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Summary of action RAG").font = Font(bold=True)
    for i, (lab, n, col) in enumerate([("Blue", 2, BLUE), ("Green", 3, GREEN), ("Amber", 2, AMBER),
                                         ("Red", 1, RED), ("Total", 8, None)]):
        a = ws.cell(row=r + 1 + i, column=1, value=lab)
        ws.cell(row=r + 1 + i, column=2, value=n)
        if col:
            a.fill = fill(col)
    for col, w in zip("ABCDEFGH", (6, 34, 52, 28, 13, 13, 44, 7)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(out("zal-nhs-dumfries-and-galloway-board-assurance-framework-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. South Central Ambulance Service - Quality Account priorities tracker (xlsx)
# ---------------------------------------------------------------------------
def make_scas_qa():
    wb = Workbook()
    ws = wb.active
    ws.title = "Q2 2025-26"
    ws["A1"] = "Quality Account Priorities 2025/26 – Quarter 2 progress tracker"
    ws["A1"].font = Font(bold=True, size=13, color="005EB8")
    ws["A2"] = "South Central Ambulance Service NHS Foundation Trust"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Reporting period: 1 July – 30 September 2025   |   Quality and Safety Committee: 13 November 2025"
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Ref", "Action / deliverable", "Lead", "Due", "Q1 RAG", "Q2 RAG", "Q2 update", "Evidence / measure"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = WRAP
        c.border = BOX
    ragfill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    data = [
        ("Patient Safety", "Priority 1: Reduce harm to patients waiting for an ambulance response in the community", [
            ("1.1", "Implement the revised Category 2 welfare call process in both Emergency Operations Centres, "
                    "with clinical welfare checks every 30 minutes for patients assessed as higher risk",
             "Head of Clinical Operations (EOC)", d(2025, 7, 31), "G", "B",
             "Live in both EOCs from 7 July 2025.", "Monthly welfare call compliance audit"),
            ("1.2", "Introduce a structured review of all incidents where a patient waited over 2 hours for a "
                    "Category 2 response, with themes reported to the Patient Safety Group",
             "Associate Director of Patient Safety / Head of Patient Safety Investigations", "Q3 2025/26", "G", "A",
             "Review tool agreed; backlog of 41 cases from Q1 being worked through.",
             "Themes report to Patient Safety Group"),
            ("1.3", "Deliver Release to Respond at all acute hospital sites so that no crew waits longer than "
                    "45 minutes to hand over",
             "Chief Operating Officer", d(2025, 9, 30), "A", "G",
             "In place at all 11 acute sites; average handover 24 minutes in September.",
             "Handover times (weekly)"),
        ]),
        ("Clinical Effectiveness", "Priority 2: Improve the recognition and management of pain", [
            ("2.1", "Add pain score reassessment prompts to the electronic patient care record (ePCR) for all "
                    "patients given analgesia",
             "Chief Clinical Information Officer", "Dec-25", "A", "A",
             "Build complete; testing delayed by the supplier release schedule.", "ePCR audit of reassessment"),
            ("2.2", "Audit pain management for patients with suspected fractured neck of femur and feed back "
                    "to individual clinicians",
             "Consultant Paramedic (Clinical Audit)", "Monthly", "G", "G",
             "Audits completed for July, August and September.", "Clinical audit report"),
            ("2.3", "Complete the controlled drugs safe handling improvement plan, including new CD registers "
                    "on all vehicles",
             "Chief Pharmacist", d(2026, 3, 31), "R", "A",
             "New CD registers on 62% of vehicles; supply delay resolved in September.",
             "Medicines Governance Group minutes"),
        ]),
        ("Patient Experience", "Priority 3: Improve care for autistic people and people with a learning disability", [
            ("3.1", "Deliver Oliver McGowan Mandatory Training Tier 1 to all patient-facing staff",
             "Head of Education", d(2026, 3, 31), "G", "G",
             "78% compliance (target 90% by year end).", "ESR compliance report"),
            ("3.2", "Introduce a reasonable adjustments flag in the 999 CAD system in partnership with the ICBs",
             "Head of Patient Experience; Learning Disability and Autism Lead", "Q4 2025/26", None, None,
             "Not due to start until Q3.", ""),
            ("3.3", "Publish a 'You said, we did' summary of patient feedback on the public website",
             "Patient Experience Manager", "Quarterly", "G", "G",
             "Q1 summary published in August.", "Website"),
        ]),
    ]
    r = 6
    for domain, prio, acts in data:
        c = ws.cell(row=r, column=1, value=domain)
        c.font = Font(bold=True, color="FFFFFF")
        for col in range(1, 9):
            ws.cell(row=r, column=col).fill = fill("41B6E6")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        ws.cell(row=r, column=1, value=prio).font = Font(bold=True)
        for col in range(1, 9):
            ws.cell(row=r, column=col).fill = fill(PALE)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for ref, text, lead, due, q1, q2, upd, ev in acts:
            vals = [ref, text, lead, due, q1, q2, upd, ev]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if j == 3 and isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy" if v.day != 31 or v.month != 7 else "mmm-yy"
                if j in (4, 5) and v:
                    c.fill = fill(ragfill[v])
                    c.alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Q2 summary").font = Font(bold=True)
    for i, (lab, n) in enumerate([("B – Complete", 1), ("G – On track", 4), ("A – Some slippage", 3),
                                  ("R – At risk", 0), ("Not yet rated", 1), ("Total", 9)]):
        ws.cell(row=r + 1 + i, column=2, value=lab)
        ws.cell(row=r + 1 + i, column=3, value=n)
    for col, w in zip("ABCDEFGH", (6, 58, 30, 12, 8, 8, 44, 28)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    g = wb.create_sheet("Guidance")
    lines = [
        "About this tracker",
        "This tracker monitors delivery of the 2025/26 quality priorities set out in Part 2 of the "
        "Quality Account 2024/25.",
        "Updates are provided each quarter by the named lead and reviewed by the Quality and Safety Committee.",
        "",
        "RAG key",
    ]
    for i, t in enumerate(lines):
        g.cell(row=1 + i, column=1, value=t)
    g["A1"].font = Font(bold=True)
    g["A5"].font = Font(bold=True)
    key = [("B", "Complete", BLUE), ("G", "On track", GREEN),
           ("A", "Some slippage, recoverable within the year", AMBER),
           ("R", "Significant slippage / delivery at risk", RED)]
    for i, (k, t, col) in enumerate(key):
        c = g.cell(row=6 + i, column=1, value=k)
        c.fill = fill(col)
        g.cell(row=6 + i, column=2, value=t)
    g.column_dimensions["A"].width = 10
    g.column_dimensions["B"].width = 50
    wb.save(out("zal-south-central-ambulance-service-quality-account-priorities-tracker-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 3. Willen Hospice - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_willen():
    doc = Document()
    doc.add_heading("Willen Hospice – CQC Inspection Action Plan", level=0)
    doc.add_paragraph("Must do and should do actions following the inspection of 11 and 12 March 2025 "
                      "(report published 22 May 2025; overall rating: Requires improvement)")
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Document owner", "Director of Patient Care"),
        ("Version", "1.4"),
        ("Approved by", "Clinical Governance Committee, 19 June 2025"),
        ("Last updated", "29 October 2025"),
        ("Next review", "Board of Trustees, 4 December 2025"),
    ]):
        set_cell(t.cell(i, 0), k, bold=True)
        shade(t.cell(i, 0), "E7E6E6")
        set_cell(t.cell(i, 1), v)

    doc.add_paragraph()
    doc.add_paragraph("Status key").runs[0].bold = True
    key = doc.add_table(rows=5, cols=2)
    key.style = "Table Grid"
    for i, (k, v, col) in enumerate([
        ("Complete", "Blue – action completed and evidence held", "9DC3E6"),
        ("On track", "Green – progressing and expected to meet the target date", "A9D08E"),
        ("At risk", "Amber – some delay; additional support needed to meet the target date", "FFD966"),
        ("Off track", "Red – target date will be missed", "FF7C80"),
        ("Not started", "No colour – not yet due to start", "FFFFFF"),
    ]):
        set_cell(key.cell(i, 0), k, bold=True)
        shade(key.cell(i, 0), col)
        set_cell(key.cell(i, 1), v)

    status_col = {"Complete": "9DC3E6", "On track": "A9D08E", "At risk": "FFD966",
                  "Off track": "FF7C80", "Not started": "FFFFFF"}

    doc.add_heading("Section 1: Must do actions", level=1)
    must = [
        ("MD1 – The provider must ensure that medicines are stored at the correct temperature and that "
         "controlled drug stock checks are completed and recorded as required. (Regulation 12(1)(2)(g))", [
            ("MD1.1", "Install continuous temperature monitoring with an alarm in the IPU clinical room and "
                      "the medicines fridge", "Estates and Facilities Manager", "30/06/2025",
             "Installed 12 June 2025; alarms tested weekly.", "Complete"),
            ("MD1.2", "Introduce a twice-daily controlled drug stock check with two registered nurse "
                      "signatures, audited weekly by the Ward Sister", "Head of Inpatient Services",
             "31/07/2025", "Weekly audits show 100% compliance since August.", "Complete"),
        ]),
        ("MD2 – The provider must ensure that risk assessments for falls, pressure damage and nutrition are "
         "completed on admission and reviewed when a patient's condition changes. (Regulation 12(1)(2)(a)(b))", [
            ("MD2.1", "Replace paper risk assessments with a SystmOne admission template with mandatory "
                      "fields for falls, Waterlow and MUST", "Clinical Systems Lead / Head of Inpatient Services",
             "31/08/2025", "Template live from 4 August 2025.", "Complete"),
            ("MD2.2", "Audit 10 sets of records each month against the admission and reassessment standard "
                      "and report results to Clinical Governance Committee", "Quality and Governance Lead",
             "Monthly", "September audit 90% compliant; October 95%.", "On track"),
        ]),
        ("MD3 – The provider must ensure that systems to assess, monitor and improve the quality and safety "
         "of the service operate effectively, including oversight of audits and incidents. "
         "(Regulation 17(1)(2)(a)(b))", [
            ("MD3.1", "Refresh the clinical audit programme and agree a quarterly audit schedule with named "
                      "auditors", "Quality and Governance Lead", "30/09/2025",
             "Programme approved at CGC; Q3 audits under way.", "Complete"),
            ("MD3.2", "Provide the Board of Trustees with a quarterly quality and safety dashboard including "
                      "incident themes and audit results", "Director of Patient Care", "December 2025",
             "First dashboard drafted for the December Board.", "On track"),
        ]),
    ]
    for md_text, acts in must:
        tb = doc.add_table(rows=2 + len(acts), cols=6)
        tb.style = "Table Grid"
        top = tb.cell(0, 0).merge(tb.cell(0, 5))
        set_cell(top, md_text, bold=True, size=10)
        shade(top, "DEEAF6")
        labels = ["Ref", "Action", "Lead", "Target date", "Progress / evidence", "Status"]
        for c, lab in zip(tb.rows[1].cells, labels):
            set_cell(c, lab, bold=True, color="FFFFFF")
            shade(c, "2E75B6")
        for i, (ref, act, lead, due, prog, st) in enumerate(acts):
            row = tb.rows[2 + i].cells
            for c, v in zip(row, [ref, act, lead, due, prog, st]):
                set_cell(c, v)
            shade(row[5], status_col[st])
        doc.add_paragraph()

    doc.add_heading("Section 2: Should do actions", level=1)
    should = [
        ("SD1", "The provider should ensure that all staff complete Mental Capacity Act training.",
         "Add MCA and DoLS e-learning to the mandatory training matrix and follow up non-compliance through "
         "supervision", "Clinical Nurse Educator", "Oct-25", "At risk"),
        ("SD2", "The provider should consider how it gathers the views of people using the Hospice at Home "
                "service.",
         "Introduce a short feedback survey sent by text message two weeks after the first visit",
         "Hospice at Home Team Leader", "Nov-25", "On track"),
        ("SD3", "The provider should ensure that staff receive regular clinical supervision.",
         "Launch the restorative clinical supervision model for all registered nurses and healthcare "
         "assistants", "Head of Inpatient Services; Clinical Nurse Educator", "Jan-26", "Not started"),
    ]
    tb = doc.add_table(rows=1 + len(should), cols=6)
    tb.style = "Table Grid"
    header_row(tb, ["Ref", "Should do", "Action", "Lead", "Target date", "Status"], "2E75B6")
    for i, vals in enumerate(should):
        row = tb.rows[1 + i].cells
        for c, v in zip(row, vals):
            set_cell(c, v)
        shade(row[5], status_col[vals[5]])

    doc.add_paragraph()
    doc.add_paragraph("Progress against this plan is reported to each Clinical Governance Committee and to the "
                      "Board of Trustees. Evidence for completed actions is held in the CQC evidence folder on "
                      "SharePoint.")
    doc.add_paragraph("Signed: Chief Executive                Date: 29 October 2025")
    doc.save(out("zal-willen-hospice-cqc-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 4. North London NHS FT - PSII safety action plan (docx)
# ---------------------------------------------------------------------------
def make_nlft():
    doc = Document()
    doc.add_heading("Patient Safety Incident Investigation (PSII) – Safety Action Plan", level=0)
    p = doc.add_paragraph("North London NHS Foundation Trust")
    p.runs[0].bold = True
    t = doc.add_table(rows=7, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("PSII reference", "PSII-2025-014"),
        ("Incident", "Patient in the community developed severe constipation (clozapine-induced "
                     "gastrointestinal hypomotility) after missed physical health monitoring"),
        ("Date of incident", "18 January 2025"),
        ("Service", "Islington North Community Mental Health Team"),
        ("Executive sponsor", "Chief Medical Officer"),
        ("Plan approved", "Patient Safety and Learning Group, 16 July 2025"),
        ("Last updated", "10 November 2025"),
    ]):
        set_cell(t.cell(i, 0), k, bold=True)
        shade(t.cell(i, 0), "D9E2F3")
        set_cell(t.cell(i, 1), v)
    doc.add_paragraph()
    doc.add_paragraph("Status key: Blue – complete; Green – on track; Amber – at risk of delay; "
                      "Red – overdue; Not started – not yet due.")

    colours = {"Blue": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80", "Not started": "FFFFFF"}
    areas = [
        ("Area for improvement 1: Clozapine physical health monitoring in the community",
         "Safety recommendation 1: The Trust should ensure that clozapine clinic and CMHT staff have a shared, "
         "reliable process for identifying and acting on constipation risk.", [
            ("SA1.1", "Add a mandatory bowel habit screening question (GASS-C) to every clozapine clinic "
                      "attendance template on RiO", "Lead Pharmacist, Mental Health Services", "31/08/2025",
             "RiO audit: GASS-C recorded at 95% or more of attendances", "Blue"),
            ("SA1.2", "Agree a written escalation pathway between the clozapine clinic and CMHTs for patients "
                      "with a positive constipation screen.\nThe pathway to include same-day medical review and "
                      "a laxative prescribing guide.",
             "Clinical Director, Community Services / Consultant Psychiatrist, Islington North CMHT",
             "30/09/2025", "Pathway ratified; quarterly audit of escalations", "Blue"),
            ("SA1.3", "Deliver a training session on clozapine-induced gastrointestinal hypomotility to all "
                      "community care coordinators", "Practice Development Nurse", "Dec 2025",
             "Attendance of 85% or more of care coordinators", "Green"),
        ]),
        ("Area for improvement 2: Communication with primary care",
         "Safety recommendation 2: The Trust should ensure that GPs are told when clozapine is started and of "
         "any change in physical health risk.", [
            ("SA2.1", "Send an automated clozapine alert letter to the patient's GP at initiation and at every "
                      "dose change", "Head of Digital Clinical Systems", "30/11/2025 (revised 31/01/2026)",
             "Letters generated for 100% of new starts (monthly report)", "Amber"),
            ("SA2.2", "Work with NCL ICB primary care leads to add clozapine to the GP clinical system "
                      "'hospital-only drugs' template", "Associate Director of Pharmacy", "31/03/2026",
             "Template live in all NCL practices", "Green"),
        ]),
        ("Area for improvement 3: Involving families and carers",
         "Safety recommendation 3: The Trust should ensure that carers of people taking clozapine are given "
         "information about serious side effects.", [
            ("SA3.1", "Co-produce a carer leaflet on clozapine side effects with the Trust's Carers' Council",
             "Head of Patient and Carer Experience; Lead Pharmacist, Mental Health Services", "Jan-26",
             "Leaflet approved by Patient Information Group", "Green"),
            ("SA3.2", "Record on RiO that the carer leaflet has been offered at each care plan review",
             "Care Programme Approach Lead", "TBC – after leaflet is approved",
             "Quarterly RiO report", "Not started"),
        ]),
    ]
    for area, rec, acts in areas:
        doc.add_heading(area, level=2)
        rp = doc.add_paragraph()
        rr = rp.add_run(rec)
        rr.bold = True
        tb = doc.add_table(rows=1 + len(acts), cols=6)
        tb.style = "Table Grid"
        header_row(tb, ["Ref", "Safety action", "Owner", "Target date", "Measure of effectiveness", "Status"],
                   "1F4E79")
        for i, vals in enumerate(acts):
            row = tb.rows[1 + i].cells
            for c, v in zip(row, vals):
                set_cell(c, v)
            shade(row[5], colours[vals[5]])
        doc.add_paragraph()

    doc.add_heading("Sign-off", level=2)
    s = doc.add_table(rows=3, cols=3)
    s.style = "Table Grid"
    header_row(s, ["Role", "Name", "Date"], "1F4E79")
    for i, vals in enumerate([("PSII lead investigator", "Patient Safety Partner and Lead Investigator",
                               "02/07/2025"),
                              ("Executive sponsor", "Chief Medical Officer", "16/07/2025")]):
        for c, v in zip(s.rows[1 + i].cells, vals):
            set_cell(c, v)
    doc.save(out("zal-north-london-nhsft-psii-clozapine-monitoring-safety-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Drumhill Lodge Nursing Home - RQIA QIP tracker (csv)
# ---------------------------------------------------------------------------
def make_rqia_csv():
    N = 9
    rows = [
        ["Drumhill Lodge Nursing Home – RQIA Quality Improvement Plan (QIP) tracker"] + [""] * (N - 1),
        ["Inspection ID: IN047215 | Unannounced care inspection 22 and 23 April 2025 | "
         "Registered Manager: Gemma Quinn"] + [""] * (N - 1),
        [""] * N,
        ["AFI", "Action No", "Legislation / Standard", "Stated", "Area for improvement", "Action to be taken",
         "Responsible person", "To be completed by", "Status"],
        ["Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005"]
        + [""] * (N - 1),
        ["1", "1.1", "Regulation 13 (7)", "First time",
         "The registered person shall ensure that the infection prevention and control issues identified "
         "during the inspection are managed to minimise the risk and spread of infection.",
         "Replace the damaged bath hoist and shower chairs identified on the first floor",
         "Home Manager", "With immediate effect", "Complete"],
        ["", "1.2", "", "", "",
         "Weekly IPC environmental audit by the Deputy Manager with actions logged and signed off by the "
         "Home Manager", "Deputy Manager", "31/05/2025", "Complete"],
        ["2", "2.1", "Regulation 12 (1) (a) and (b)", "Second time",
         "The registered person shall ensure that repositioning charts are accurately completed and reflect "
         "the prescribed frequency of repositioning.",
         "Nurse in charge to check repositioning records at 2pm and 10pm each day and record the check on the "
         "shift handover sheet", "Nurse in Charge / Home Manager", "16/05/2025", "Complete"],
        ["", "2.2", "", "", "",
         "Repositioning charts added to the monthly care record audit, with findings discussed at staff "
         "meetings", "Home Manager", "Monthly", "On track"],
        ["Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)"]
        + [""] * (N - 1),
        ["3", "3.1", "Standard 46", "First time",
         "The registered person shall ensure that all staff complete training in dysphagia and the "
         "International Dysphagia Diet Standardisation Initiative (IDDSI) framework.",
         "Book IDDSI training with the speech and language therapy team for all care assistants and kitchen "
         "staff", "Clinical Lead", "30/06/2025", "Complete"],
        ["4", "4.1", "Standard 35", "First time",
         "The registered person shall ensure that the monthly monitoring reports completed on behalf of the "
         "responsible individual include a robust action plan with timeframes.",
         "Revise the Regulation 29 monthly monitoring template to include an action plan with an owner and due "
         "date for each finding", "Responsible Individual", "Jun-25", "Complete"],
        ["", "4.2", "", "", "",
         "Home Manager to review progress on the Regulation 29 action plan at each monthly governance meeting",
         "Home Manager", "Sept 2025", "Amber"],
        ["5", "5.1", "Standard 12", "First time",
         "The registered person shall ensure that residents' weights are recorded in line with their "
         "nutritional care plan and that weight loss is referred to the dietitian.",
         "Introduce a weight tracker on the electronic care record with an automatic alert for a 5% loss in "
         "one month", "Deputy Manager", "31/10/2025", "On track"],
        [""] * N,
        ["Status key: Complete – action completed and evidence available; On track – progressing to timescale; "
         "Amber – some slippage; Red – overdue"] + [""] * (N - 1),
        ["Last updated: 04/11/2025 by Home Manager"] + [""] * (N - 1),
    ]
    with open(out("zal-drumhill-lodge-nursing-home-rqia-care-inspection-qip-tracker.csv"), "w",
              newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 6. Bron Seiont Surgery - HIW GP inspection improvement plan (txt, tab-separated)
# ---------------------------------------------------------------------------
def make_hiw_txt():
    T = "\t"
    lines = [
        "Bron Seiont Surgery – Improvement plan (HIW inspection 10 June 2025)",
        "Service:" + T + "Bron Seiont Surgery, Caernarfon",
        "Health board:" + T + "Betsi Cadwaladr University Health Board",
        "Date of inspection:" + T + "10 June 2025",
        "",
        "The table below includes any other improvements identified during the inspection where we require "
        "the service to complete an improvement plan telling us about the actions they are taking to address "
        "these areas.",
        "",
        T.join(["No.", "Risk/finding/issue", "Improvement needed", "Standard / Regulation", "Service action",
                "Responsible officer", "Timescale"]),
        "Quality of Patient Experience",
        T.join(["1", "Patients told us it was difficult to get through to the practice by telephone at 8am.",
                "The practice must review its telephone access arrangements and act on patient feedback about "
                "access.",
                "Health and Care Quality Standards 2023 – Timely",
                "Install a cloud telephony system with call-back and queue position messages; review call data "
                "monthly at practice meetings",
                "Practice Manager", "September 2025"]),
        T.join(["2", "Welsh language signage was limited and the 'Active Offer' was not consistently made.",
                "The practice should ensure the Active Offer is made and that bilingual information is "
                "displayed.",
                "Health and Care Quality Standards 2023 – Equitable; Welsh Language Standards",
                "Replace reception and waiting room signage with bilingual signs and add Welsh language "
                "preference to the registration form",
                "Reception Manager", "31/08/2025"]),
        "Delivery of Safe and Effective Care",
        T.join(["3", "The emergency equipment checklist did not include the oxygen cylinder or defibrillator "
                     "pads.",
                "The practice must ensure that all emergency equipment is checked and the checks recorded "
                "weekly.",
                "Health and Care Quality Standards 2023 – Safe; Resuscitation Council (UK) guidance",
                "Weekly emergency equipment checklist updated to include oxygen, defibrillator pads and expiry "
                "dates; checks signed by the duty nurse",
                "Lead Nurse", "Immediate"]),
        T.join(["4", "Three vaccine fridges had gaps in temperature recording over the previous month.",
                "The practice must ensure fridge temperatures are monitored and recorded twice daily in line "
                "with the cold chain policy.",
                "Health and Care Quality Standards 2023 – Safe; Effective",
                "Data loggers installed in all vaccine fridges and downloaded weekly by the Health Care Support "
                "Worker; cold chain policy re-issued to all staff",
                "Lead Nurse / Practice Manager", "31/07/2025"]),
        T.join(["5", "Significant event analyses did not always record the learning or the actions agreed.",
                "The practice should ensure that learning from significant events is recorded and shared with "
                "all staff.",
                "Health and Care Quality Standards 2023 – Safe; Learning, Improvement and Research",
                "New significant event template with learning and action fields; quarterly significant event "
                "meeting for all staff",
                "Dr Elin Hughes (GP Partner)", "Q2 2025/26"]),
        "Quality of Management and Leadership",
        T.join(["6", "Five staff were overdue mandatory training, including safeguarding level 2.",
                "The practice must ensure all staff complete mandatory training at the required frequency.",
                "Health and Care Quality Standards 2023 – Workforce",
                "Training matrix reviewed monthly; staff who are overdue given protected time to complete "
                "training",
                "Practice Manager", "31/08/2025"]),
        T.join(["7", "There was no record of DBS checks for two locum GPs.",
                "The practice must ensure that appropriate recruitment checks are carried out and recorded for "
                "all staff, including locums.",
                "Health and Care Quality Standards 2023 – Workforce; Leadership",
                "Locum induction checklist to include DBS, GMC and Performers List checks, with copies held in "
                "the locum file",
                "Practice Manager and Dr Gareth Parry", "Ongoing"]),
        "",
        "The following section must be completed by a representative of the service who has overall "
        "responsibility and accountability for ensuring the improvement plan is actioned.",
        "Service representative",
        "Name (print):" + T + "Siân Roberts",
        "Job role:" + T + "Practice Manager",
        "Date:" + T + "18 August 2025",
    ]
    with open(out("zal-bron-seiont-surgery-hiw-gp-inspection-improvement-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 7. Bluebird Care Stirling - Care Inspectorate care at home improvement plan (xlsx, refuse)
# ---------------------------------------------------------------------------
def make_bluebird_refuse():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Bluebird Care Stirling & Clackmannanshire – Support Service (Care at Home) Improvement Plan"
    ws["A1"].font = Font(bold=True, size=13, color="003A70")
    ws["A2"] = "Care Inspectorate inspection 3 – 7 March 2025 (report published 2 April 2025)"
    ws["A3"] = "Registered Manager: Claire Ferguson    Last updated: 15/09/2025"
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["No.", "Requirement / area for improvement", "Action", "Responsible", "Timescale", "Progress", "RAG"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("003A70")
        c.border = BOX
        c.alignment = WRAP
    ragfill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    sections = [
        ("Requirements", [
            ("By 30 June 2025, the provider must ensure that people receive their medication safely and as "
             "prescribed. This is to comply with Regulation 4(1)(a) (Welfare of users) of The Social Care and "
             "Social Work Improvement Scotland (Requirements for Care Services) Regulations 2011.", [
                ("R1.1", "Retrain all care staff in medication administration and complete two observed "
                         "competency assessments for each", "Care Coordinator", "Jun-25",
                 "31 of 34 staff assessed; 3 on leave.", "G"),
                ("R1.2", "Introduce a weekly eMAR exception report reviewed by the Registered Manager, with "
                         "follow-up of every missed or late dose", "Registered Manager", "Apr-25",
                 "In place since 14 April.", "B"),
                ("R1.3", "Audit 10% of medication records each month and share findings at team meetings",
                 "Field Care Supervisor", "Monthly", "July and August audits complete.", "G"),
            ]),
            ("By 31 July 2025, the provider must ensure that personal plans are reviewed at least once in every "
             "six month period and reflect people's current needs. This is to comply with Regulation 5(2)(b) "
             "(Personal plans) of The Social Care and Social Work Improvement Scotland (Requirements for Care "
             "Services) Regulations 2011.", [
                ("R2.1", "Complete six-monthly reviews for the 22 people whose reviews were overdue",
                 "Care Coordinator / Field Care Supervisor", "Jul-25", "All 22 reviews completed.", "B"),
                ("R2.2", "Add review due dates to the scheduling system with a four-week reminder",
                 "Office Manager", "0ct-25", "System change requested from Bluebird Care support team.", "A"),
            ]),
        ]),
        ("Areas for improvement", [
            ("To support people's wellbeing, the provider should ensure that staff have enough travel time "
             "between visits so that people receive the full length of their planned support.", [
                ("A1.1", "Review rotas to build in at least 10 minutes' travel time between visits in rural "
                         "areas", "Scheduling Lead", "Aug-25", "Rural rotas revised; town rotas next.", "G"),
            ]),
            ("The provider should ensure that people and their families are regularly asked for feedback and "
             "that this is used to improve the service.", [
                ("A2.1", "Send an annual quality questionnaire and hold two family forums a year",
                 "Registered Manager", "Nov-25", "", None),
            ]),
        ]),
    ]
    r = 6
    for sec, reqs in sections:
        ws.cell(row=r, column=1, value=sec).font = Font(bold=True)
        for col in range(1, 8):
            ws.cell(row=r, column=col).fill = fill("DCE6F1")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for req, acts in reqs:
            first = r
            for ref, act, resp, when, prog, rag in acts:
                vals = [ref, req if r == first else None, act, resp, when, prog, rag]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                if rag:
                    ws.cell(row=r, column=7).fill = fill(ragfill[rag])
                r += 1
            if r - first > 1:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG key: B = complete, G = on track, A = some delay, R = overdue")
    for col, w in zip("ABCDEFG", (7, 60, 50, 26, 11, 36, 6)):
        ws.column_dimensions[col].width = w
    wb.save(out("zal-bluebird-care-stirling-care-inspectorate-care-at-home-improvement-plan-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    make_dg_baf()
    make_scas_qa()
    make_willen()
    make_nlft()
    make_rqia_csv()
    make_hiw_txt()
    make_bluebird_refuse()
    print("built 7 zal- files in", HERE)
