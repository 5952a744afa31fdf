"""Generator for the seven qx- cases of set heldout471.

Run with /work/main/.venv/bin/python qx_make.py ; writes the data files beside this script.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "grey": "D9D9D9", "head": "1F3864", "pale": "DDEBF7",
}
thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexv):
    return PatternFill("solid", start_color=hexv, end_color=hexv)


def d(y, m, day):
    return dt.datetime(y, m, day)


def put(ws, row, col, value, *, bold=False, fillc=None, fmt=None, white=False, size=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    c.border = BORDER
    if bold or white or size:
        c.font = Font(bold=bold, color="FFFFFF" if white else None, size=size)
    if fillc:
        c.fill = fill(fillc)
    if fmt:
        c.number_format = fmt
    return c


# ---------------------------------------------------------------------------
# 1. South Central Ambulance Service NHS FT - CQC must/should do action plan
# ---------------------------------------------------------------------------
def make_scas():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "South Central Ambulance Service NHS Foundation Trust"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "CQC Improvement Plan: Must Do and Should Do Actions"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    for i, h in enumerate(["Version", "Date", "Author", "Summary of changes"], 1):
        put(cov, 5, i, h, bold=True, fillc=FILL["grey"])
    rows = [
        ("0.1", d(2022, 8, 24), "Head of Quality Governance",
         "First draft following publication of the CQC report (10 August 2022)"),
        ("1.0", d(2022, 9, 6), "Head of Quality Governance", "Approved by Trust Board"),
        ("1.3", d(2022, 11, 30), "Head of Quality Governance",
         "November progress update for Quality and Safety Committee"),
    ]
    for r, row in enumerate(rows, 6):
        for c, v in enumerate(row, 1):
            put(cov, r, c, v, fmt="dd/mm/yyyy" if c == 2 else None)
    cov["A10"] = "Reporting to: Quality and Safety Committee (monthly); Trust Board (bi-monthly)"
    for col, w in zip("ABCD", [10, 14, 30, 60]):
        cov.column_dimensions[col].width = w

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of current RAG position (November 2022)"
    summ["A1"].font = Font(bold=True, size=12)
    put(summ, 3, 1, "Current RAG", bold=True, fillc=FILL["grey"])
    put(summ, 3, 2, "Must do", bold=True, fillc=FILL["grey"])
    put(summ, 3, 3, "Should do", bold=True, fillc=FILL["grey"])
    put(summ, 3, 4, "Total", bold=True, fillc=FILL["grey"])
    srows = [("Blue", 2, 0, 2, FILL["B"]), ("Green", 3, 1, 4, FILL["G"]),
             ("Amber", 2, 1, 3, FILL["A"]), ("Red", 0, 0, 0, FILL["R"]),
             ("Total", 7, 2, 9, None)]
    for r, (k, a, b, t, f) in enumerate(srows, 4):
        put(summ, r, 1, k, bold=(k == "Total"), fillc=f)
        put(summ, r, 2, a)
        put(summ, r, 3, b)
        put(summ, r, 4, t, bold=True)
    summ.column_dimensions["A"].width = 16

    ws = wb.create_sheet("Action Plan")
    ws.merge_cells("A1:I1")
    ws["A1"] = "CQC Improvement Plan: Must Do and Should Do Actions"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A2"] = ("Inspection: 6–7 April and 10–11 May 2022 (core services and well-led)   |   "
                "Report published: 10 August 2022   |   Position as at: 30 November 2022")
    heads = ["Ref", "CQC requirement", "Action", "Executive lead", "Original completion date",
             "Revised completion date", "Previous RAG (Oct-22)", "Current RAG (Nov-22)",
             "Progress update"]
    for i, h in enumerate(heads, 1):
        put(ws, 4, i, h, bold=True, white=True, fillc=FILL["head"])

    def section(r, text):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        put(ws, r, 1, text, bold=True, fillc=FILL["grey"])

    def action(r, ref, act, lead, orig, rev, prev, cur, upd, curfill=None):
        put(ws, r, 1, ref)
        put(ws, r, 3, act)
        put(ws, r, 4, lead)
        put(ws, r, 5, orig, fmt="dd/mm/yyyy")
        put(ws, r, 6, rev, fmt="dd/mm/yyyy")
        key = {"Complete": "B"}.get(prev, prev)
        put(ws, r, 7, prev or None, fillc=FILL.get(key) if prev else None)
        key = {"Complete": "B"}.get(cur, cur)
        put(ws, r, 8, cur or None, fillc=FILL.get(key) if cur else FILL[curfill] if curfill else None)
        put(ws, r, 9, upd)

    def requirement(r1, r2, text):
        if r2 > r1:
            ws.merge_cells(start_row=r1, start_column=2, end_row=r2, end_column=2)
        put(ws, r1, 2, text, fillc=FILL["pale"])

    section(5, "Trust-wide: Well-led")
    requirement(6, 7, "MD1: The trust must ensure that safeguarding policies and procedures are up to "
                      "date, reflect current legislation and can be delivered across the whole of the "
                      "trust's geography. (Regulation 13)")
    action(6, "MD1.1", "Review and reissue the Safeguarding Adults and Children Policy so that it uses the "
                       "Domestic Abuse Act 2021 definition and sets out escalation routes for each county.",
           "Chief Nursing Officer", d(2022, 11, 30), None, "A", "B",
           "Policy approved at Quality and Safety Committee 17/11/22 and published on the intranet.")
    action(7, "MD1.2", "Recruit four additional safeguarding practitioners so that the safeguarding team can "
                       "provide advice 24/7.",
           "Chief Nursing Officer / Director of People", d(2023, 1, 31), d(2023, 3, 31), "A", "A",
           "Two posts appointed; second round of interviews scheduled for January 2023.")
    requirement(8, 8, "MD2: The trust must ensure that all staff complete safeguarding training at the "
                      "level appropriate to their role. (Regulation 13)")
    action(8, "MD2.1", "Deliver Level 3 safeguarding training to all registered clinicians, with compliance "
                       "reported monthly to the Quality and Safety Committee.",
           "Head of Safeguarding", "Mar-23", None, "R", "A",
           "Compliance 68% (target 90%). Additional sessions booked December to February.")
    requirement(9, 10, "MD3: The trust must ensure that the board has effective oversight of risk, including "
                       "an up-to-date board assurance framework. (Regulation 17)")
    action(9, "MD3.1", "Refresh the Board Assurance Framework and align the corporate risk register to it.",
           "Chief Governance Officer", d(2022, 12, 31), None, "G", "Complete",
           "Refreshed BAF received by Trust Board on 24/11/22.")
    action(10, "MD3.2", "Commission an independent well-led review against the NHS England well-led "
                        "framework and report the findings to the Board.",
           "Chair / Chief Executive", d(2023, 6, 30), d(2023, 9, 30), "A", "G",
           "Specification agreed with NHS England; procurement under way.")
    section(11, "Core service: Emergency and urgent care")
    requirement(12, 13, "MD4: The trust must ensure that vehicles and equipment are clean, checked and ready "
                        "for use at the start of every shift. (Regulation 15)")
    action(12, "MD4.1", "Introduce a daily vehicle readiness check recorded on the electronic vehicle "
                        "checklist for every operational shift.",
           "Chief Operating Officer", d(2023, 2, 28), None, "A", "G",
           "Checklist live in 6 of 9 resource centres.")
    action(13, "MD4.2", "Carry out infection prevention and control audits at every ambulance station and "
                        "resource centre, with results shared at the Infection Prevention and Control Group.",
           "Head of Infection Prevention and Control", "Ongoing", None, "G", "G",
           "Quarter 2 audits complete; average compliance 91%.")
    section(14, "Should do actions")
    requirement(15, 15, "SD1: The trust should ensure that all staff receive an annual appraisal.")
    action(15, "SD1.1", "Relaunch the appraisal process with a simplified template and report compliance by "
                        "locality each month.",
           "Director of People", d(2023, 3, 31), None, "", "A",
           "New template launched 1 November; compliance 61%.")
    requirement(16, 16, "SD2: The trust should ensure that the Freedom to Speak Up Guardian has sufficient "
                        "protected time to carry out the role.")
    action(16, "SD2.1", "Increase Freedom to Speak Up Guardian capacity to 1.0 WTE and appoint Freedom to "
                        "Speak Up champions in each operational area.",
           "Chief Executive", d(2023, 1, 31), None, "A", "",
           "Guardian now full time from 1 October; 14 champions recruited.", curfill="G")
    ws.merge_cells("A18:I18")
    ws["A18"] = ("Notes: RAG ratings are confirmed by the executive lead and reviewed by the CQC Improvement "
                 "Steering Group. See the 'RAG Key' tab.")
    for col, w in zip("ABCDEFGHI", [8, 42, 48, 24, 14, 14, 12, 12, 44]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG Key"
    key["A1"].font = Font(bold=True)
    for r, (k, txt) in enumerate([
        ("B", "Complete – action delivered and evidence of impact seen"),
        ("G", "On track to deliver by the completion date"),
        ("A", "At risk – some slippage, mitigation in place"),
        ("R", "Off track – will not be delivered by the completion date"),
    ], 2):
        put(key, r, 1, k, fillc=FILL[k], bold=True)
        put(key, r, 2, txt)
    key.column_dimensions["B"].width = 60
    wb.active = 2
    wb.save(os.path.join(HERE, "qx-south-central-ambulance-service-nhsft-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. North Yorkshire Police - crime data integrity improvement plan
# ---------------------------------------------------------------------------
STATUS_FILL = {"Complete": FILL["B"], "On track": FILL["G"], "At risk": FILL["A"], "Off track": FILL["R"]}


def make_nyp():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "North Yorkshire Police: Crime Data Integrity Improvement Plan 2024/25"
    s["A1"].font = Font(bold=True, size=14)
    s["A3"] = ("Owner: Assistant Chief Constable (Local Policing)  |  Governance: Crime Data Integrity Board "
               "(monthly)  |  Version 2.1, 15 January 2025")
    s["A5"] = "Status key"
    s["A5"].font = Font(bold=True)
    for r, (k, txt) in enumerate([
        ("Complete", "Blue – action delivered and signed off by the Force Crime Registrar"),
        ("On track", "Green – on course for the target date"),
        ("At risk", "Amber – the target date may be missed"),
        ("Off track", "Red – the target date will be missed; escalated to the Board"),
        ("Not started", "No RAG"),
    ], 6):
        put(s, r, 1, k, fillc=STATUS_FILL.get(k))
        put(s, r, 2, txt)
    s["A12"] = "Actions by workstream"
    s["A12"].font = Font(bold=True)
    heads = ["Workstream", "Total", "Complete", "On track", "At risk", "Off track", "Not started"]
    for i, h in enumerate(heads, 1):
        put(s, 13, i, h, bold=True, fillc=FILL["grey"])
    for r, row in enumerate([
        ("1 Leadership & Governance", 3, 2, 1, 0, 0, 0),
        ("2 Systems & Processes", 4, 0, 2, 1, 1, 0),
        ("3 People & Skills", 3, 1, 1, 0, 0, 1),
        ("Total", 10, 3, 4, 1, 1, 1),
    ], 14):
        for c, v in enumerate(row, 1):
            put(s, r, c, v, bold=(row[0] == "Total"))
    s.column_dimensions["A"].width = 28
    s.column_dimensions["B"].width = 70

    heads = ["Ref", "Action", "Owner", "Target date", "Revised date", "Status", "Update (January 2025)"]

    def sheet(name, title, blocks):
        ws = wb.create_sheet(name)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13)
        for i, h in enumerate(heads, 1):
            put(ws, 3, i, h, bold=True, white=True, fillc=FILL["head"])
        r = 4
        for afi, acts in blocks:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            put(ws, r, 1, afi, bold=True, fillc=FILL["pale"])
            ws.row_dimensions[r].height = 32
            r += 1
            for ref, act, owner, tgt, rev, status, upd in acts:
                put(ws, r, 1, ref)
                put(ws, r, 2, act)
                put(ws, r, 3, owner)
                put(ws, r, 4, tgt, fmt="dd/mm/yyyy")
                put(ws, r, 5, rev, fmt="dd/mm/yyyy")
                put(ws, r, 6, status, fillc=STATUS_FILL.get(status))
                put(ws, r, 7, upd)
                r += 1
        for col, w in zip("ABCDEFG", [7, 55, 30, 14, 14, 12, 48]):
            ws.column_dimensions[col].width = w
        ws.freeze_panes = "A4"

    sheet("1 Leadership & Governance", "Workstream 1: Leadership and Governance", [
        ("Area for improvement 1: The force should make sure that its senior leaders have effective oversight "
         "of crime-recording compliance, and that audit results lead to improvement.", [
            ("1.1", "Establish a monthly Crime Data Integrity Board chaired by the ACC with district commanders "
                    "in attendance.", "ACC Local Policing", "June 2024", None, "Complete",
             "Board met monthly since June 2024; terms of reference agreed."),
            ("1.2", "Publish a quarterly crime-recording compliance dashboard for each command area on the force "
                    "intranet.", "Head of Performance and Analysis", "Sept 2024", "Dec 2024", "Complete",
             "Dashboard live from 2 December 2024."),
            ("1.3", "Include crime-recording compliance in chief inspector and inspector performance reviews.",
             "T/Chief Supt Local Policing; Head of HR", "End of March 2025", None, "On track",
             "Objective wording agreed with Federation and Superintendents' Association."),
        ]),
    ])
    sheet("2 Systems & Processes", "Workstream 2: Systems and Processes", [
        ("Area for improvement 2: The force should make sure it records crimes reported through its control "
         "room, including those involving vulnerable victims, within 24 hours of the report.", [
            ("2.1", "Introduce a crime-recording decision point in the control room incident closure process so "
                    "that notifiable offences are recorded at first contact.", "Head of Force Control Room",
             d(2024, 10, 31), d(2025, 2, 28), "At risk",
             "System change tested; go-live depends on the Niche upgrade in February."),
            ("2.2", "Redesign the Niche crime-recording workflow to remove the 72-hour holding queue.",
             "Force Crime Registrar (FCR)", "Q4 2024/25", None, "On track",
             "Design signed off at the December Board."),
        ]),
        ("Area for improvement 3: The force should improve how it records crimes of stalking, harassment and "
         "controlling or coercive behaviour.", [
            ("2.3", "Add mandatory prompts for stalking and controlling or coercive behaviour to the domestic "
                    "abuse risk assessment on Niche.", "DCI Safeguarding / Force Crime Registrar (FCR)",
             "Dec-24", None, "Off track",
             "Supplier change request delayed; new date being agreed with Niche RMS."),
            ("2.4", "Audit 100 incidents involving harassment each month and report the compliance rate to the "
                    "Crime Data Integrity Board.", "Crime Data Integrity Auditor", "Monthly", None, "On track",
             "December audit: 86% compliance (November 81%)."),
        ]),
    ])
    sheet("3 People & Skills", "Workstream 3: People and Skills", [
        ("Area for improvement 4: The force should make sure that officers and staff understand the Home Office "
         "Counting Rules and the National Crime Recording Standard.", [
            ("3.1", "Deliver crime-recording training to all response and neighbourhood officers through the "
                    "College of Policing e-learning package.", "Head of Learning and Development",
             d(2025, 3, 31), None, "On track", "79% of officers have completed the package."),
            ("3.2", "Train a network of crime-recording champions in every district and hold quarterly "
                    "champions' meetings.", "Force Crime Registrar (FCR)", "Nov 2024", None, "Complete",
             "22 champions trained; first meeting held 19 November 2024."),
            ("3.3", "Refresh the crime-recording guidance on the intranet and the Niche quick reference cards.",
             "Force Crime Registrar (FCR)", "TBC", None, "Not started",
             "To follow the Niche workflow redesign (2.2)."),
        ]),
    ])
    wb.save(os.path.join(HERE, "qx-north-yorkshire-police-crime-data-integrity-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Connexus - RSH consumer standards improvement plan (typo month -> refuse)
# ---------------------------------------------------------------------------
def make_connexus():
    wb = Workbook()
    vc = wb.active
    vc.title = "Version control"
    vc["A1"] = "Version control"
    vc["A1"].font = Font(bold=True, size=12)
    for i, h in enumerate(["Version", "Date", "Author", "Approved by", "Changes"], 1):
        put(vc, 3, i, h, bold=True, fillc=FILL["grey"])
    for r, row in enumerate([
        ("1.0", d(2025, 3, 12), "Head of Regulation and Assurance", "Executive Team",
         "Plan agreed following the regulatory judgement"),
        ("1.1", d(2025, 5, 20), "Head of Regulation and Assurance", "Group Board", "Quarter 1 progress update"),
        ("1.2", d(2025, 9, 4), "Head of Regulation and Assurance", "Customer Services Committee",
         "Position at 31 August 2025"),
    ], 4):
        for c, v in enumerate(row, 1):
            put(vc, r, c, v, fmt="dd/mm/yyyy" if c == 2 else None)
    for col, w in zip("ABCDE", [9, 12, 32, 28, 44]):
        vc.column_dimensions[col].width = w

    ws = wb.create_sheet("Improvement Plan")
    ws.merge_cells("A1:H1")
    ws["A1"] = "Connexus Housing – Consumer Standards Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A2"] = ("Response to the Regulator of Social Housing regulatory judgement (C2), "
                "published February 2025")
    ws.merge_cells("A3:H3")
    ws["A3"] = "Progress position: 31 August 2025  |  Reported to: Customer Services Committee and Group Board"
    heads = ["Consumer standard", "Ref", "What the regulator found", "Action", "Lead", "Target date", "RAG",
             "Progress / evidence"]
    for i, h in enumerate(heads, 1):
        put(ws, 5, i, h, bold=True, white=True, fillc=FILL["head"])
    rows = [
        ("Safety and Quality Standard", "SQ1",
         "Stock condition data was incomplete for around a fifth of homes.",
         "Complete stock condition surveys for all homes without a survey in the last five years.",
         "Director of Property Services", d(2026, 3, 1), "G", "2,140 of 3,900 surveys complete."),
        (None, "SQ2", "Remedial actions from fire risk assessments were overdue in some blocks.",
         "Clear all overdue high-risk fire remedial actions and report progress to the Building Safety "
         "Group each month.", "Head of Building Safety", d(2025, 9, 1), "A",
         "14 high-risk actions outstanding (from 63)."),
        (None, "SQ3", "There was no consistent process for managing damp and mould cases.",
         "Launch a damp and mould case management process with response times aligned to Awaab's Law.",
         "Head of Repairs & Maintenance", "0ct-25", "G", "Process drafted; tenant panel review in September."),
        ("Transparency, Influence and Accountability Standard", "TIA1",
         "Tenants did not receive clear information about landlord performance.",
         "Publish Tenant Satisfaction Measures results with a tenant-friendly summary.",
         "Head of Customer Experience", d(2025, 7, 1), "B", "Published on the website 30 July 2025."),
        (None, "TIA2", "Complaint responses were not always within Complaint Handling Code timescales.",
         "Review the complaints process against the Housing Ombudsman Complaint Handling Code.",
         "Complaints Manager", d(2025, 12, 1), "G", "Self-assessment refreshed; new stage 1 team in place."),
        ("Neighbourhood and Community Standard", "NC1",
         "The anti-social behaviour policy had not been reviewed since 2019.",
         "Agree an anti-social behaviour policy with tenants and publish service standards.",
         "Neighbourhood Services Manager", d(2025, 11, 1), "A", "Consultation extended to end of September."),
        ("Tenancy Standard", "T1", "Tenancy audits had not been completed in supported housing schemes.",
         "Carry out tenancy audits for all supported housing tenancies.", "Head of Supported Housing",
         d(2026, 1, 1), "G", "Audit programme started in July; 38% complete."),
    ]
    r = 6
    group_start = None
    for i, row in enumerate(rows):
        std, ref, found, act, lead, due, rag, prog = row
        if std:
            group_start = r
            put(ws, r, 1, std, bold=True, fillc=FILL["pale"])
        else:
            put(ws, r, 1, None, fillc=FILL["pale"])
        put(ws, r, 2, ref)
        put(ws, r, 3, found)
        put(ws, r, 4, act)
        put(ws, r, 5, lead)
        put(ws, r, 6, due, fmt="mmm-yy")
        put(ws, r, 7, rag, fillc=FILL[rag])
        put(ws, r, 8, prog)
        nxt = rows[i + 1][0] if i + 1 < len(rows) else "end"
        if nxt and r > group_start:
            ws.merge_cells(start_row=group_start, start_column=1, end_row=r, end_column=1)
        r += 1
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=8)
    ws.cell(row=r + 1, column=1, value="RAG key: B = complete  |  G = on track  |  A = at risk  |  R = off track")
    for col, w in zip("ABCDEFGH", [26, 7, 40, 46, 28, 11, 7, 40]):
        ws.column_dimensions[col].width = w
    wb.active = 1
    wb.save(os.path.join(HERE, "qx-connexus-housing-rsh-consumer-standards-improvement-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexv):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexv)
    tcPr.append(shd)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))


def bold_row(row, fillc=None):
    for cell in row.cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True
        if fillc:
            shade(cell, fillc)


# ---------------------------------------------------------------------------
# 4. Westgate Surgery - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_westgate():
    doc = Document()
    landscape(doc)
    doc.add_heading("Westgate Surgery – CQC Inspection Action Plan", level=0)
    doc.add_paragraph("Inspection date: 14 May 2024    Report published: 2 July 2024    "
                      "Overall rating: Requires improvement")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.2"), ("Prepared by", "Practice Manager"),
                 ("Approved by", "GP Partners' meeting, 16 July 2024"),
                 ("Next review", "Monthly at the practice governance meeting")]:
        cells = t.add_row().cells
        cells[0].text = k
        cells[1].text = v
    doc.add_paragraph("Status key: Completed (blue), On track (green), Delayed (amber), Overdue (red), "
                      "Not started (no rating)")

    def must_table(heading, must, rows):
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph()
        p.add_run(must).bold = True
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["No.", "Action", "Responsible", "Target date", "Status", "Progress"]):
            c.text = h
        bold_row(tb.rows[0], "D9D9D9")
        for row in rows:
            cells = tb.add_row().cells
            for c, v in zip(cells, row):
                c.text = v

    must_table("Regulation 12: Safe care and treatment",
               "The provider must ensure that care and treatment is provided in a safe way for service users.", [
        ("1.1", "Carry out a search of patients prescribed high-risk medicines (methotrexate, lithium, DOACs) and "
                "recall any patient without up-to-date monitoring.",
         "Dr R Osei (Clinical Lead) & Clinical Pharmacist", "31/07/2024", "Completed",
         "Search completed 5 July; 23 patients recalled and reviewed."),
        ("1.2", "Introduce a monthly high-risk medicines audit, reviewed at the clinical meeting.",
         "Clinical Pharmacist", "August 2024", "Completed", "First audit presented 21 August."),
        ("1.3", "Review all MHRA patient safety alerts received since January 2023 and record the action taken "
                "for each affected patient.", "Dr Khan and Dr Ellis", "End of September 2024", "On track",
         "Alerts log set up; 9 of 14 alerts reviewed."),
    ])
    must_table("Regulation 17: Good governance",
               "The provider must establish effective systems and processes to ensure good governance in "
               "accordance with the fundamental standards of care.", [
        ("2.1", "Implement a training matrix covering safeguarding, basic life support, infection prevention and "
                "control and fire safety for all staff.", "Practice Manager", "30/09/2024", "Delayed",
         "Matrix in place; fire safety module outstanding for 4 staff."),
        ("2.2", "Complete a recruitment file audit and obtain missing DBS checks and immunisation records for "
                "clinical staff.", "Practice Manager / HR Administrator", "August 2024", "Completed",
         "All files complete; audit to be repeated annually."),
        ("2.3", "Set up a practice risk register and review it at the monthly governance meeting.",
         "Managing Partner", "Ongoing", "On track", "Risk register reviewed 16 July."),
    ])

    doc.add_heading("Areas where the provider should make improvements", level=2)
    tb = doc.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["No.", "CQC said the provider should", "Action taken / planned",
                                       "Responsible", "Target date", "Status"]):
        c.text = h
    bold_row(tb.rows[0], "D9D9D9")
    for row in [
        ("3.1", "Continue to improve the uptake of cervical screening.",
         "Offer Saturday morning screening clinics and send text reminders to patients who have not responded "
         "to their invitation.", "Lead Nurse", "March 2025", "On track"),
        ("3.2", "Take action to improve patient satisfaction with telephone access.",
         "Install a cloud-based telephone system with call-back and queue position messages.",
         "Practice Manager", "31/10/2024", "Not started"),
        ("3.3", "Review the system for acting on patient feedback, including the Friends and Family Test.",
         "Add patient feedback as a standing item at the Patient Participation Group meeting.",
         "Practice Manager & PPG Chair", "Sept 2024", "On track"),
    ]:
        cells = tb.add_row().cells
        for c, v in zip(cells, row):
            c.text = v

    doc.add_paragraph("")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for c, h in zip(s.rows[0].cells, ["Signed (Registered Manager)", "Name", "Date"]):
        c.text = h
    for c, v in zip(s.rows[1].cells, ["", "Dr R Osei", "17/07/2024"]):
        c.text = v
    doc.save(os.path.join(HERE, "qx-westgate-surgery-cqc-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Sandfield Primary Academy - post-Ofsted action plan (docx, fill RAG, terms)
# ---------------------------------------------------------------------------
def make_sandfield():
    doc = Document()
    landscape(doc)
    doc.add_heading("Sandfield Primary Academy: Post-Ofsted Action Plan 2024–25", level=0)
    doc.add_paragraph("Part of the Weald Learning Trust. Inspection: 8 and 9 October 2024.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Quality of education", "Requires improvement"), ("Behaviour and attitudes", "Good"),
                 ("Personal development", "Good"), ("Leadership and management", "Requires improvement"),
                 ("Early years provision", "Good")]:
        cells = t.add_row().cells
        cells[0].text = k
        cells[1].text = v
    doc.add_paragraph("RAG rating (shading in the final column): Red – not on track; Amber – started, not yet "
                      "secure; Green – on track; Blue – complete and impact seen.")
    SH = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0", None: None}

    def priority(heading, afi, rows):
        doc.add_heading(heading, level=2)
        tb = doc.add_table(rows=2, cols=6)
        tb.style = "Table Grid"
        top = tb.rows[0].cells[0].merge(tb.rows[0].cells[5])
        top.text = afi
        for p in top.paragraphs:
            for run in p.runs:
                run.italic = True
        shade(top, "DDEBF7")
        for c, h in zip(tb.rows[1].cells, ["Ref", "Action", "Lead", "Timescale", "Monitoring / evidence", "RAG"]):
            c.text = h
        bold_row(tb.rows[1], "D9D9D9")
        for ref, act, lead, when, mon, rag in rows:
            cells = tb.add_row().cells
            for c, v in zip(cells, [ref, act, lead, when, mon, ""]):
                c.text = v
            if SH[rag]:
                shade(cells[5], SH[rag])
        doc.add_paragraph("")

    priority("Priority 1: Foundation subjects curriculum",
             "In some foundation subjects, the curriculum does not set out precisely the knowledge pupils should "
             "learn and when. Leaders should ensure that the curriculum in these subjects identifies the important "
             "content pupils need to know and remember.", [
        ("1a", "Subject leaders to rewrite the history, geography and RE curriculum maps to set out the knowledge "
               "to be taught in each year group.", "Deputy Headteacher (Curriculum)", "Autumn term 2024",
         "Curriculum maps reviewed by SLT", "B"),
        ("1b", "Trust subject networks to quality assure the revised curriculum maps.",
         "Trust Director of Education", "Spring term 2025", "Trust review visit notes", "G"),
        ("1c", "Introduce low-stakes retrieval quizzes at the start of each foundation subject lesson.",
         "Subject leaders", "Spring term 2025", "Book looks; pupil voice", "A"),
    ])
    priority("Priority 2: Early reading",
             "Some pupils who are at the early stages of learning to read do not get the precise support they "
             "need to catch up quickly. Leaders should make sure that staff are well trained to deliver the "
             "phonics programme consistently and that pupils who fall behind are identified and supported "
             "swiftly.", [
        ("2a", "Deliver refresher training in the school's systematic synthetic phonics programme for all "
               "teachers and teaching assistants.", "Reading Lead", "Autumn term 2024",
         "Training log; phonics drop-ins", "B"),
        ("2b", "Assess pupils in Reception to Year 2 every six weeks and put daily keep-up sessions in place for "
               "any pupil falling behind.", "Reading Lead / EYFS Lead", "Termly",
         "Phonics assessment data", "G"),
        ("2c", "Governors to carry out a reading focus visit and report to the Local Governing Body.",
         "Chair of Governors", "Summer term 2025", "Governor visit report", None),
    ])
    priority("Priority 3: Attendance",
             "Too many disadvantaged pupils are persistently absent. Leaders should continue to work with "
             "families to improve the attendance of these pupils.", [
        ("3a", "Appoint an Attendance and Family Liaison Officer to follow up first-day absence and make home "
               "visits.", "Headteacher", "September 2024", "Appointment made", "B"),
        ("3b", "Hold attendance support meetings with the families of pupils whose attendance falls below 90%.",
         "Attendance and Family Liaison Officer", "Ongoing", "Attendance meeting records", "G"),
        ("3c", "Report the attendance of disadvantaged pupils to the Local Governing Body each half term.",
         "Headteacher", "Summer term 2025", "LGB minutes", "A"),
    ])
    doc.add_paragraph("This plan is reviewed at each meeting of the Local Governing Body and by the Trust's "
                      "Standards Committee.")
    doc.save(os.path.join(HERE, "qx-sandfield-primary-academy-post-ofsted-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. West Sussex FRS - HMICFRS values and culture recommendations tracker (csv)
# ---------------------------------------------------------------------------
def make_wsfrs():
    header = ["Theme", "Rec No", "Recommendation", "Action Ref", "Action", "Owner", "Deadline",
              "Revised Deadline", "Status", "% Complete", "Latest update"]
    r3 = ("By 1 June 2023, chief fire officers should make sure their services have a confidential route for "
          "staff to raise concerns that is independent of the line management chain.")
    r4 = ("By 1 October 2023, chief fire officers should make sure that all staff understand how to raise "
          "concerns and the protections available to them.")
    r5 = ("By 1 March 2024, chief fire officers should make sure that all staff have an appropriate background "
          "check using the Disclosure and Barring Service.")
    r14 = ("By 1 June 2024, chief fire officers should make sure they have a plan to improve values and culture, "
           "and that it is informed by staff feedback.")
    r20 = ("By 1 August 2023, chief fire officers should make sure that they have clear processes for managing "
           "misconduct and that outcomes are recorded.")
    rows = [
        ("Raising concerns", "Rec 3", r3, "3.1",
         "Procure an independent, confidential reporting line for staff and publicise it on all stations.",
         "Head of HR", "01/06/2023", "", "Complete", "100", "Safecall line live from 22 May 2023."),
        ("Raising concerns", "Rec 3", r3, "3.2",
         "Report themes from the confidential reporting line each quarter to the Senior Leadership Team.",
         "Head of HR / Chief Fire Officer", "30/09/2023", "", "Open - on track", "60",
         "First quarterly report to SLT on 12 October 2023."),
        ("Raising concerns", "Rec 4", r4, "4.1",
         "Deliver 'Speak Up' briefings on every watch and in every support team.",
         "Area Manager (Service Delivery)", "01/10/2023", "31/12/2023", "Open - off track", "45",
         "Briefings delivered to 31 of 40 watches.\nOn-call sections to be completed at drill nights."),
        ("Background checks", "Rec 5", r5, "5.1",
         "Complete a role-by-role review to confirm the level of DBS check required for every post.",
         "HR Business Partner", "31/10/2023", "", "Complete", "100", "Role review approved by SLT."),
        ("Background checks", "Rec 5", r5, "5.2",
         "Carry out standard or enhanced DBS checks for all existing staff in line with the role review.",
         "HR Business Partner", "01/03/2024", "", "Open - on track", "35", "212 checks submitted."),
        ("Leadership and culture", "Rec 14", r14, "14.1",
         "Run a service-wide staff culture survey with an independent provider.",
         "Assistant Chief Fire Officer", "Dec-23", "", "Not started", "0", "Provider being procured."),
        ("Leadership and culture", "Rec 14", r14, "14.2",
         "Publish a Values and Culture Improvement Plan based on the survey results.",
         "Chief Fire Officer", "Q1 2024/25", "", "Not started", "0", ""),
        ("Misconduct", "Rec 20", r20, "20.1",
         "Review the discipline procedure with the representative bodies and publish the revised procedure.",
         "Head of HR", "01/08/2023", "30/11/2023", "Open - on track", "80",
         "Draft agreed with FBU; with UNISON for comment."),
        ("Misconduct", "Rec 20", r20, "20.2",
         "Record all misconduct cases and outcomes on the case management system and report them annually to "
         "the Fire and Rescue Service Scrutiny Committee.", "Head of Professional Standards", "Annually",
         "", "Open - on track", "50", "Case management system in use since September."),
    ]
    path = os.path.join(HERE, "qx-west-sussex-fire-rescue-service-hmicfrs-values-culture-recommendations-tracker.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["West Sussex Fire & Rescue Service - HMICFRS Values and Culture Recommendations Tracker"])
        w.writerow(["Summary report as at 1 November 2023"])
        w.writerow([])
        w.writerow(header)
        for row in rows:
            w.writerow(row)
        w.writerow([])
        w.writerow(["Status key", "Complete = blue", "Open - on track = green", "Open - off track = red",
                    "Not started = no rating"])
        w.writerow(["Total actions", "9"])
        w.writerow(["Complete", "2"])
        w.writerow(["Open - on track", "4"])
        w.writerow(["Open - off track", "1"])
        w.writerow(["Not started", "2"])


# ---------------------------------------------------------------------------
# 7. General Pharmaceutical Council - Council action log (tab-separated text)
# ---------------------------------------------------------------------------
def make_gphc():
    lines = [
        "General Pharmaceutical Council – Council action log (public business)",
        "Updated after the Council meeting on 10 July 2025",
        "",
        "\t".join(["No.", "Meeting", "Minute", "Action", "Owner", "Due", "Status", "Comment"]),
    ]
    rows = [
        ("C25/01", "13/02/2025", "25.02.6",
         "Circulate the revised equality, diversity and inclusion scheme to Council members for comment before "
         "publication.", "Director of People", "March 2025", "Complete", "Circulated 4 March 2025."),
        ("C25/02", "13/02/2025", "25.02.9",
         "Bring a paper on the future approach to registration assessment sittings to a future Council meeting.",
         "Chief Executive and Registrar", "TBC", "Not started", "To be scheduled once the consultation closes."),
        ("C25/03", "10/04/2025", "25.04.5",
         "Provide Council with a breakdown of the fitness to practise caseload by age of case and stage.",
         "Director of Fitness to Practise", "Jun-25", "Complete", "Included in the Q4 performance report."),
        ("C25/04", "10/04/2025", "25.04.7",
         "Arrange a Council workshop on the education and training standards for pharmacy technicians.",
         "Director of Education and Standards; Council Secretary", "September 2025", "Green",
         "Workshop booked for 10 September 2025."),
        ("C25/05", "10/04/2025", "25.04.11",
         "Review the terms of reference of the Audit and Risk Committee and bring recommendations to Council.",
         "Chair of the Audit and Risk Committee", "31/10/2025", "Amber",
         "Draft delayed to allow for the committee effectiveness review."),
        ("C25/06", "10/07/2025", "25.07.4",
         "Include benchmarking against other health professional regulators in the next annual performance "
         "report.", "Head of Performance and Planning / Director of Insight", "Nov-25", "Green", ""),
        ("C25/07", "10/07/2025", "25.07.8",
         "Publish the Council's response to the Professional Standards Authority performance review.",
         "Council Secretary", "31 July 2025", "Red", "Awaiting the final PSA report."),
        ("C25/08", "10/07/2025", "25.07.10",
         "Keep Council updated on the implementation of the new registration system.",
         "Chief Operating Officer", "Ongoing", "Green", "Standing item in the Chief Executive's report."),
    ]
    for row in rows:
        lines.append("\t".join(row))
    lines += ["", "Completed actions are removed from the log once they have been reported to Council."]
    path = os.path.join(HERE, "qx-general-pharmaceutical-council-council-action-log.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_scas()
    make_nyp()
    make_connexus()
    make_westgate()
    make_sandfield()
    make_wsfrs()
    make_gphc()
    print("done")
