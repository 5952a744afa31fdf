#!/usr/bin/env python3
"""Build the seven zxr- blind test files (set heldout624).

Run with: /work/main/.venv/bin/python zxr_make.py   (writes next to this script)
"""
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


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text into a cell; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(parts[0])
    r.bold = bold
    r.font.size = Pt(size)
    for extra in parts[1:]:
        p = cell.add_paragraph()
        r = p.add_run(extra)
        r.bold = bold
        r.font.size = Pt(size)


def header_row(table, labels, fill="1F3864"):
    for cell, label in zip(table.rows[0].cells, labels):
        set_cell(cell, label, bold=True)
        cell.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(cell, fill)


# =================================================================== 1. DHSC
def make_dhsc():
    doc = Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "OFFICIAL"
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    sec.footer.paragraphs[0].text = "Department of Health and Social Care – Parliamentary Accountability Team"

    doc.add_paragraph("Committee of Public Accounts recommendations – departmental progress tracker", style="Title")
    doc.add_paragraph("Position as at 31 October 2025. Prepared for the Departmental Audit and Risk Assurance "
                      "Committee and as the basis of the Department’s return for the next Treasury Minutes "
                      "progress report.")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "3.2"),
                 ("Owner", "Parliamentary Accountability Team, Finance and Group Operations"),
                 ("Senior sponsor", "Director General, Finance and Group Operations"),
                 ("Date", "31 October 2025"),
                 ("Previous version", "3.1 – reported to DARAC, July 2025")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)

    doc.add_paragraph("Status key", style="Heading 2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v, f in [("Implemented", "Recommendation implemented and HM Treasury informed", BLUE),
                    ("On track", "Work in progress and expected to meet the target date", GREEN),
                    ("At risk", "Work in progress; target date may be missed", AMBER),
                    ("Off track", "Target date will be missed; Committee to be written to (DAO 02/20)", RED)]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        shade(row[0], f)
        set_cell(row[1], v)

    cols = ["Ref", "Action agreed by the Department", "Lead", "Original target", "Revised target",
            "Status", "Update at 31 October 2025"]
    fills = {"Implemented": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}

    reports = [
        ("1. Progress with the New Hospital Programme (Session 2023-24)", [
            ("Recommendation 1: The Department should publish a realistic delivery timetable for every scheme "
             "in the programme and explain to the Committee where schemes have been re-phased.", [
                ("1.1", "Publish the programme’s revised scheme-by-scheme delivery timetable following the "
                        "spending review.", "Director, New Hospital Programme", "March 2025", "July 2025",
                 "Implemented", "Timetable published 21 July 2025 alongside the written ministerial statement."),
                ("1.2", "Write to the Committee setting out the reasons for the re-phasing of wave 3 and wave 4 "
                        "schemes.", "Director, New Hospital Programme / Head of Parliamentary Accountability",
                 "April 2025", "", "Implemented", "Letter sent to the Chair on 28 April 2025."),
            ]),
            ("Recommendation 2: The Department should confirm how the Hospital 2.0 standardised design will be "
             "assured before it is mandated for schemes.", [
                ("2.1", "Complete independent technical assurance of the Hospital 2.0 design and share the "
                        "conclusions with the Committee.", "NHP Chief Engineer", "December 2024", "March 2026",
                 "At risk", "Second-stage assurance of the mechanical and electrical elements has taken longer "
                            "than planned; revised date notified to the Committee in September 2025."),
                ("2.2", "Mandate Hospital 2.0 for all new-build schemes through the programme’s business case "
                        "guidance.", "Deputy Director, NHP Business Cases", "Q4 2025/26", "", "On track",
                 "Draft guidance with HM Treasury for comment."),
            ]),
        ]),
        ("2. Access to NHS dental services (Session 2024-25)", [
            ("Recommendation 1: The Department should set out how the new patient premium and the golden hello "
             "scheme will be evaluated, and report the results to the Committee.", [
                ("1.1", "Commission an independent evaluation of the new patient premium, with an interim report "
                        "to Ministers.", "Deputy Director, Dentistry and Eye Care", "June 2025", "December 2025",
                 "On track", "Evaluator appointed August 2025; interim report due December."),
                ("1.2", "Report the findings of the golden hello recruitment scheme evaluation in the next "
                        "Treasury Minutes progress report.",
                 "Deputy Director, Dentistry and Eye Care; NHS England Director of Primary Care", "January 2026",
                 "", "On track", "Data collection under way with NHS England regional teams."),
            ]),
            ("Recommendation 2: The Department and NHS England should agree a timetable for reform of the dental "
             "contract.", [
                ("2.1", "Agree the scope and timetable for contract reform with the profession and publish a "
                        "consultation.", "Director, Primary Care and Community Services", "September 2025",
                 "April 2026", "Off track",
                 "Consultation delayed pending spending review outcome; Permanent Secretary to write to the Chair."),
            ]),
        ]),
    ]

    for title, recs in reports:
        doc.add_paragraph(title, style="Heading 1")
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols)
        for rec_text, actions in recs:
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[-1])
            set_cell(merged, rec_text, bold=True)
            shade(merged, "DEEAF6")
            for ref, act, lead, orig, rev, status, upd in actions:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, act, lead, orig, rev, status, upd]):
                    set_cell(c, v)
                shade(cells[5], fills[status])

    doc.add_paragraph("Note: revised target dates have been notified to the Committee in line with DAO 02/20. "
                      "Recommendations implemented in earlier editions of this tracker are not repeated.")
    doc.save(os.path.join(HERE, "zxr-dhsc-pac-recommendations-progress-tracker.docx"))


# ============================================================ 2. Mountbatten
def make_mountbatten():
    doc = Document()
    doc.add_paragraph("Mountbatten Isle of Wight: CQC Inspection Action Plan", style="Title")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Location", "Mountbatten Isle of Wight, Hospice Inpatient Unit, Newport"),
                 ("Inspection dates", "11 and 12 March 2025"),
                 ("Report published", "20 May 2025"),
                 ("Ratings", "Overall: Good | Safe: Requires improvement | Well-led: Good"),
                 ("Registered Manager", "Director of Clinical Services"),
                 ("Plan reviewed", "Clinical Governance Committee, 15 July 2025")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)

    doc.add_paragraph("")
    doc.add_paragraph("RAG key")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for f, v in [(GREEN, "Green – action completed"),
                 (AMBER, "Amber – in progress and on track"),
                 (RED, "Red – not started or overdue")]:
        row = t.add_row().cells
        shade(row[0], f)
        set_cell(row[1], v)

    cols = ["No.", "Action we will take", "Who is responsible", "By when", "Progress update (July 2025)", "RAG"]
    sections = [
        ("Regulation 12: Safe care and treatment",
         "The provider must ensure that medicines, including controlled drugs, are stored, recorded and "
         "administered safely on the inpatient unit.", [
             ("A1", "Daily fridge temperature checks moved onto the electronic shift checklist, with escalation "
                    "to the nurse in charge if out of range.", "Inpatient Unit Manager", "30/06/2025",
              "In place from 2 June; 100% completion in June spot check.", GREEN),
             ("A2", "Controlled drugs register audit increased from monthly to weekly for three months, then "
                    "reviewed.\nFindings reported to the Medicines Management Group.",
              "Lead Pharmacist & Inpatient Unit Manager", "September 2025",
              "Weekly audits running; two minor recording errors found and addressed.", AMBER),
             ("A3", "All registered nurses to complete medicines competency reassessment.", "Head of Education",
              "End of August 2025", "18 of 26 nurses reassessed.", AMBER),
         ]),
        ("Regulation 17: Good governance",
         "The provider must ensure that audit and governance systems identify shortfalls and that actions are "
         "followed through to completion.", [
             ("A4", "Introduce a single quality improvement log for all audit actions, reviewed at the monthly "
                    "Clinical Governance Committee.", "Director of Clinical Services", "July 2025",
              "Log live; first full review at July committee.", GREEN),
             ("A5", "Trustee Quality and Safety Committee to receive a quarterly assurance report on the CQC "
                    "action plan.", "Chief Executive", "Quarterly",
              "First report to committee on 24 June 2025.", AMBER),
         ]),
    ]
    should = [
        ("The provider should ensure staff complete Mental Capacity Act and Deprivation of Liberty Safeguards "
         "training.", [
             ("B1", "MCA/DoLS training added to the mandatory training matrix; compliance target 95%.",
              "Head of Education", "Oct 2025", "Awaiting new e-learning module from the provider.", RED),
         ]),
        ("The provider should make sure that people and families know how to raise a concern or complaint.", [
             ("B2", "Update the 'Your stay with us' leaflet and ward noticeboards with how to raise concerns, "
                    "including an Easy Read version.", "Patient and Family Experience Lead", "31/07/2025",
              "New leaflet printed and in use from 14 July.", GREEN),
         ]),
    ]

    def action_table(rows):
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols, fill="5B2C6F")
        for ref, act, who, when, prog, fill in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, act, who, when, prog, ""]):
                set_cell(c, v)
            shade(cells[5], fill)

    for reg, must, rows in sections:
        doc.add_paragraph(reg, style="Heading 1")
        p = doc.add_paragraph()
        r = p.add_run(must)
        r.bold = True
        r.italic = True
        action_table(rows)

    doc.add_paragraph("Areas for improvement (should do)", style="Heading 1")
    for text, rows in should:
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.italic = True
        action_table(rows)

    doc.add_paragraph("This action plan was submitted to CQC on 17 June 2025 and is updated monthly.")
    doc.save(os.path.join(HERE, "zxr-mountbatten-isle-of-wight-hospice-cqc-inspection-action-plan.docx"))


# ------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexfill):
    return PatternFill("solid", start_color=hexfill, end_color=hexfill)


def put(ws, row, col, value, bold=False, bg=None, fmt=None, color=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    c.border = BOX
    if bold or color:
        c.font = Font(bold=bold, color=color)
    if bg:
        c.fill = fill(bg)
    if fmt:
        c.number_format = fmt
    return c


# ====================================================== 3. Lancashire CCA ICO
def make_lancashire():
    title = "Lancashire Combined County Authority – ICO Data Protection Audit: Management Action Plan"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    info = [("Audit type", "Consensual data protection audit (UK GDPR / DPA 2018)"),
            ("Fieldwork", "3–5 June 2025"),
            ("Final report received", "18 July 2025"),
            ("Senior Information Risk Owner", "Director of Corporate Services"),
            ("Reported to", "Audit and Governance Committee, 9 December 2025"),
            ("Progress position", "30 November 2025")]
    for i, (k, v) in enumerate(info, start=3):
        put(cov, i, 1, k, bold=True)
        put(cov, i, 2, v)
    put(cov, 10, 1, "Scope area", bold=True, bg=GREY)
    put(cov, 10, 2, "ICO assurance rating", bold=True, bg=GREY)
    for i, (k, v) in enumerate([("Governance and accountability", "Limited"),
                                ("Records management", "Reasonable"),
                                ("Data sharing", "Limited"),
                                ("Training and awareness", "Reasonable")], start=11):
        put(cov, i, 1, k)
        put(cov, i, 2, v)
    cov.column_dimensions["A"].width = 34
    cov.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Progress as at 30 November 2025 – recommendations are numbered as in the ICO report"
    hdr = ["Ref", "ICO priority", "ICO recommendation", "Agreed action", "Owner", "Target date",
           "Revised target date", "Status", "Progress commentary"]
    for j, h in enumerate(hdr, start=1):
        put(ws, 4, j, h, bold=True, bg="1F4E78", color="FFFFFF")
    status_fill = {"Complete": BLUE, "On track": GREEN, "Delayed": AMBER, "Overdue": RED, "Not started": GREY}

    areas = [
        ("Governance and accountability", [
            ("High", "The CCA should appoint a Data Protection Officer with sufficient independence and resources, "
                     "and record the DPO’s reporting line to the senior leadership team.", [
                ("A01.1", "Confirm the DPO designation within the Monitoring Officer’s team and update the DPO "
                          "role profile.", "Monitoring Officer", D(2025, 9, 30), None, "Complete",
                 "Role profile approved by SLT 16 September."),
                ("A01.2", "Introduce a quarterly DPO report to the Audit and Governance Committee.",
                 "Data Protection Officer", D(2025, 12, 31), None, "On track",
                 "First report on the December agenda."),
            ]),
            ("Medium", "The CCA should establish an information governance group with terms of reference and a "
                       "forward plan.", [
                ("A02.1", "Establish the Information Governance Board, chaired by the SIRO, with agreed terms of "
                          "reference.", "SIRO / Head of Legal and Democratic Services", D(2025, 8, 31), None,
                 "Overdue", "Inaugural meeting postponed twice; now scheduled for 11 December."),
            ]),
        ]),
        ("Records management", [
            ("High", "The CCA should create a retention schedule covering all records inherited from the former "
                     "Lancashire Enterprise Partnership and apply it.", [
                ("B01.1", "Complete a records inventory of inherited LEP files held on shared drives and in "
                          "SharePoint.", "Records Manager", D(2025, 10, 31), "Jan 2026", "Delayed",
                 "Volume of unstructured files larger than estimated; temporary support agreed."),
                ("B01.2", "Approve and publish the corporate retention schedule.",
                 "Records Manager, Head of ICT", D(2026, 3, 31), None, "Not started",
                 "Dependent on B01.1."),
            ]),
        ]),
        ("Data sharing", [
            ("Medium", "The CCA should put written data sharing agreements in place with the constituent councils "
                       "for skills and transport data.", [
                ("C01.1", "Draft and agree data sharing agreements with Blackburn with Darwen, Blackpool and "
                          "Lancashire County Council.", "Head of Skills; Head of Transport Strategy",
                 D(2026, 2, 28), None, "On track", "Skills agreement signed; transport agreement in draft."),
                ("C01.2", "Record all data sharing agreements in a central register reviewed by the Information "
                          "Governance Board.", "Data Protection Officer", "Q4 2025/26", None, "On track",
                 "Register template agreed."),
            ]),
        ]),
        ("Training and awareness", [
            ("Low", "The CCA should ensure all staff complete data protection training at induction and "
                    "annually.", [
                ("D01.1", "Roll out mandatory data protection e-learning through the learning management system "
                          "and report completion rates monthly.", "HR Business Partner", "Ongoing", None,
                 "On track", "Completion 87% at 30 November."),
            ]),
        ]),
    ]
    r = 5
    for area, recs in areas:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
        put(ws, r, 1, area, bold=True, bg="BDD7EE")
        r += 1
        for prio, rec, acts in recs:
            first = r
            for ref, act, owner, tgt, rev, st, com in acts:
                put(ws, r, 1, ref)
                put(ws, r, 4, act)
                put(ws, r, 5, owner)
                put(ws, r, 6, tgt, fmt="dd/mm/yyyy" if isinstance(tgt, dt.datetime) else None)
                put(ws, r, 7, rev)
                put(ws, r, 8, st, bg=status_fill[st])
                put(ws, r, 9, com)
                r += 1
            put(ws, first, 2, prio)
            put(ws, first, 3, rec)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    for k, v in [("Complete", 1), ("On track", 4), ("Delayed", 1), ("Overdue", 1), ("Not started", 1),
                 ("Total actions", 8)]:
        r += 1
        put(ws, r, 1, k)
        put(ws, r, 2, v)
    for col, w in zip("ABCDEFGHI", [9, 10, 45, 45, 26, 13, 13, 12, 40]):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("Key")
    key["A1"] = "Status key"
    key["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Complete", "Blue – action completed and evidenced"),
                                ("On track", "Green – in progress, will meet target date"),
                                ("Delayed", "Amber – in progress, revised target date agreed"),
                                ("Overdue", "Red – past target date with no agreed revision"),
                                ("Not started", "Grey – not yet due to start")], start=2):
        put(key, i, 1, k, bg=status_fill[k])
        put(key, i, 2, v)
    key["A9"] = "ICO priority ratings: High / Medium / Low as defined in the ICO audit report."
    wb.save(os.path.join(HERE, "zxr-lancashire-cca-ico-data-protection-audit-action-plan.xlsx"))


# ======================================================= 4. Close Brothers FCA
def make_close_brothers():
    title = "Close Brothers Motor Finance – FCA Remediation Tracker: Motor Finance Complaints Handling"
    wb = Workbook()
    dash = wb.active
    dash.title = "Dashboard"
    dash["A1"] = title
    dash["A1"].font = Font(bold=True, size=13)
    dash["A2"] = "Reporting period: December 2025 | Prepared by: Regulatory Change PMO | Confidential"
    for j, h in enumerate(["Workstream", "Actions", "B", "G", "A", "R", "Not rated"], start=1):
        put(dash, 4, j, h, bold=True, bg=GREY)
    for i, rowv in enumerate([("WS1 – Complaint handling governance", 3, 2, 0, 1, 0, 0),
                              ("WS2 – Customer communications", 2, 0, 2, 0, 0, 0),
                              ("WS3 – Data and systems", 2, 0, 0, 0, 1, 1),
                              ("Total", 7, 2, 2, 1, 1, 1)], start=5):
        for j, v in enumerate(rowv, start=1):
            put(dash, i, j, v, bold=(rowv[0] == "Total"))
    dash.column_dimensions["A"].width = 40

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Board Risk Committee – 16 December 2025"
    hdr = ["ID", "Finding / remediation action", "Action owner", "Original due", "Revised due", "Prev RAG",
           "Current RAG", "Commentary"]
    for j, h in enumerate(hdr, start=1):
        put(ws, 4, j, h, bold=True, bg="002060", color="FFFFFF")
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED, None: None}
    data = [
        ("WS1 – Complaint handling governance", [
            ("Finding 1 – Complaint handling MI did not give the Board sufficient visibility of motor finance "
             "commission complaints paused under DISP App 5.", [
                ("1.1", "Introduce a monthly motor finance complaints MI pack to the Executive Risk Committee, "
                        "including volumes of paused complaints by age.", "Head of Customer Outcomes",
                 D(2025, 7, 31), None, "A", "B", "First pack tabled August 2025; now business as usual."),
                ("1.2", "Add commission complaints as a standing item on the Board Risk Committee agenda.",
                 "Company Secretary", D(2025, 9, 30), None, "G", "B", "Standing item from September meeting."),
            ]),
            ("Finding 2 – Records for paused complaints were incomplete, with missing acknowledgement dates in a "
             "sample of files.", [
                ("2.1", "Complete a look-back of all complaints received since 11 January 2024 and correct missing "
                        "acknowledgement data.", "Complaints Operations Manager", D(2025, 10, 31),
                 D(2026, 1, 31), "A", "A", "62% of files reviewed; additional resource from 1 December."),
            ]),
        ]),
        ("WS2 – Customer communications", [
            ("Finding 3 – Letters explaining the pause had not been tested for understanding with customers in "
             "vulnerable circumstances.", [
                ("3.1", "Redesign the pause and final response letter templates and test them with a customer "
                        "panel that includes customers with characteristics of vulnerability.",
                 "Customer Communications Lead", D(2026, 1, 31), None, "G", "G",
                 "Panel sessions booked for w/c 12 January."),
                ("3.2", "Update the website and broker-facing FAQs to reflect the FCA’s revised timetable.",
                 "Digital Content Manager / Broker Relationship Director", D(2025, 12, 31), None, "G", "G",
                 "Drafts with Legal for sign-off."),
            ]),
        ]),
        ("WS3 – Data and systems", [
            ("Finding 4 – The firm could not readily identify agreements with discretionary commission "
             "arrangements from legacy systems.", [
                ("4.1", "Build a single data mart of agreements from 2007 onwards, flagging commission model and "
                        "broker.", "Chief Data Officer", D(2025, 12, 31), D(2026, 6, 30), "A", "R",
                 "Legacy platform extract failed reconciliation; re-plan approved by Steering Committee."),
                ("4.2", "Internal Audit to carry out independent data quality assurance of the data mart before it "
                        "is used for any redress scheme.", "Chief Internal Auditor",
                 "TBC – dependent on FCA scheme rules", None, None, None, "Not yet started."),
            ]),
        ]),
    ]
    r = 5
    for ws_name, findings in data:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
        put(ws, r, 1, ws_name, bold=True, bg="8EA9DB")
        r += 1
        for finding, acts in findings:
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=len(hdr))
            put(ws, r, 1, None, bg="DDEBF7")
            put(ws, r, 2, finding, bold=True, bg="DDEBF7")
            r += 1
            for ref, act, owner, orig, rev, prev, cur, com in acts:
                put(ws, r, 1, ref)
                put(ws, r, 2, act)
                put(ws, r, 3, owner)
                put(ws, r, 4, orig, fmt="dd/mm/yyyy" if isinstance(orig, dt.datetime) else None)
                put(ws, r, 5, rev, fmt="dd/mm/yyyy")
                put(ws, r, 6, prev, bg=rag_fill[prev])
                put(ws, r, 7, cur, bg=rag_fill[cur])
                put(ws, r, 8, com)
                r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes: RAG – B = complete; G = on track; A = at risk; R = off track. "
                                   "Revised dates approved by the Regulatory Change Steering Committee.")
    for col, w in zip("ABCDEFGH", [6, 60, 30, 13, 13, 9, 11, 45]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "zxr-close-brothers-motor-finance-fca-complaints-remediation-tracker.xlsx"))


# ================================================================ 5. Settle TC
def make_settle():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = "Settle Town Council – Lessons Learned Review: Payment Mandate Fraud (October 2024)"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Action plan agreed by Full Council 9 December 2024 (min. 24/112) – progress at 10 March 2025"
    hdr = ["No.", "Lesson learned", "Action", "Who", "When", "Status"]
    for j, h in enumerate(hdr, start=1):
        put(ws, 4, j, h, bold=True, bg=GREY)
    rows = [
        (1, "Supplier bank detail changes were accepted by email without independent verification.",
         "Adopt a written procedure requiring all changes to supplier bank details to be verified by telephone "
         "using a number already held on file, not one given in the request.", "Town Clerk", "Nov 2024",
         "Complete"),
        (2, None, "Add the procedure to the Financial Regulations at the next annual review.", "RFO", "May 2025",
         "On track"),
        (3, "Only one officer set up and released online payments.",
         "Change the bank mandate so that every online payment is released by two councillors after being set "
         "up by the RFO.", "RFO & Cllr Harker (F&GP Chair)", "Dec 2024", "Complete"),
        (4, None, "Authorising councillors to check the payee name and sort code against the approved payments "
                  "schedule before releasing a payment.", "All authorising councillors", "Each meeting",
         "On track"),
        (5, "Officers had not had fraud awareness training.",
         "Book cyber and fraud awareness training for officers through YLCA.", "Town Clerk", "By 31 March 2025",
         "On track"),
        (6, None, "Include a fraud awareness session in councillor induction after the May 2027 elections.",
         "Town Clerk", "June 2027", "Not started"),
        (7, "The loss was not reported to the bank, Action Fraud and the insurer on the same day.",
         "Write an incident checklist (bank, Action Fraud, insurer, internal auditor, police) and keep copies "
         "in the office and with the Mayor.", "Town Clerk", "Jan 2025", "Complete"),
        (8, None, "Report the outcome of the insurance claim and bank recovery to Full Council.", "RFO",
         "April 2025", "Not started"),
    ]
    for i, row in enumerate(rows, start=5):
        for j, v in enumerate(row, start=1):
            put(ws, i, j, v)
    ws["A14"] = "RFO = Responsible Financial Officer. F&GP = Finance and General Purposes Committee."
    ws["A15"] = "Next review: Finance and General Purposes Committee, June 2025."
    for col, w in zip("ABCDEF", [5, 38, 60, 26, 16, 12]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "zxr-settle-town-council-mandate-fraud-lessons-learned-action-plan.xlsx"))


# ========================================================= 6. Marie Curie CSV
def make_marie_curie():
    import csv
    path = os.path.join(HERE, "zxr-marie-curie-arc-internal-audit-tracker-typo-month-refuse.csv")
    hdr = ["Audit", "Report issued", "Rec ID", "Priority", "Recommendation", "Agreed management action",
           "Action owner", "Original due date", "Revised due date", "Status", "Latest update"]
    rows = [
        ["Safeguarding (2024/25)", "14/03/2025", "SG-01", "High",
         "Safeguarding supervision should be recorded consistently for all hospice-based staff.",
         "Roll out the supervision recording template in the HR system and report compliance to the Safeguarding "
         "Committee quarterly.", "Head of Safeguarding", "30/06/2025", "", "Implemented",
         "Template live since June; Q2 compliance 91%."],
        ["Safeguarding (2024/25)", "14/03/2025", "SG-02", "Medium",
         "DBS rechecks for volunteers in regulated activity should be tracked centrally.",
         "Move volunteer DBS records into the volunteer management system with automatic three-year reminders.",
         "Head of Volunteering", "30/09/2025", "December 2025", "In progress",
         "Data migration complete for 9 of 11 hospices."],
        ["Fundraising compliance (2024/25)", "02/05/2025", "FR-01", "High",
         "Consent records for legacy marketing should be reconciled between the CRM and the mailing house.",
         "Complete a full reconciliation and suppress records without valid consent.",
         "Director of Fundraising Operations", "31/07/2025", "Febuary 2026", "In progress",
         "Reconciliation paused during CRM upgrade."],
        ["Fundraising compliance (2024/25)", "02/05/2025", "FR-02", "Medium",
         "Retail Gift Aid declarations should be sample-checked each quarter.",
         "Introduce quarterly sample checks by the Gift Aid team and report exceptions to the Retail Board.",
         "Retail Finance Manager", "30/09/2025", "", "Implemented", "First two quarterly checks complete."],
        ["IT disaster recovery (2025/26)", "19/08/2025", "IT-01", "High",
         "Disaster recovery tests should include the clinical records system.",
         "Run a full failover test of the clinical records system with the supplier.",
         "Head of IT Infrastructure", "31/12/2025", "March 2026", "In progress",
         "Supplier test window confirmed for March."],
        ["IT disaster recovery (2025/26)", "19/08/2025", "IT-02", "Low",
         "The IT disaster recovery plan should name deputies for each critical role.",
         "Update the plan with named deputies and circulate to the Incident Management Team.",
         "Head of IT Infrastructure", "31/10/2025", "", "Implemented", "Plan v4.1 issued October 2025."],
        ["Payroll (2025/26)", "03/10/2025", "PY-01", "Medium",
         "Starter and leaver forms should be authorised before payroll changes are processed.",
         "Configure the HR system so payroll changes cannot be processed without line manager approval.",
         "Payroll Manager", "31/01/2026", "", "Not due", "Configuration change raised with supplier."],
    ]
    lines = [
        ["Marie Curie – Audit and Risk Committee: Internal Audit Recommendations Tracker"],
        ["Open and recently implemented recommendations as at 31 January 2026"],
        [],
        hdr,
    ] + rows + [
        [],
        ["Total recommendations: 7 (Implemented 3; In progress 3; Not due 1)"],
    ]
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for line in lines:
            w.writerow(line)


# ============================================================ 7. YDNPA HSE TXT
def make_ydnpa():
    path = os.path.join(HERE, "zxr-yorkshire-dales-npa-hse-inspection-action-plan.txt")
    T = "\t"
    out = [
        "Yorkshire Dales National Park Authority – Action Plan: HSE Notification of Contravention "
        "(Ranger and Estate Services)",
        "Reported to: Finance and Resources Committee, 25 November 2025",
        "HSE visit: 29 July 2025. Notification of Contravention dated 14 August 2025. Inspector to revisit in "
        "spring 2026.",
        "Status key: B = complete; G = on track; A = at risk; R = off track",
        "",
        T.join(["Ref", "Action", "Lead officer", "Target date", "Status", "Comments"]),
        "Matter 1 – Hand-arm vibration (Control of Vibration at Work Regulations 2005)",
        "Assess the risk from vibrating tools used by ranger and estate staff, reduce exposure so far as is "
        "reasonably practicable and provide health surveillance.",
        T.join(["1.1", "Complete HAV risk assessments for brush-cutters, chainsaws, hedge-cutters and post drivers, "
                       "using manufacturer and measured vibration data.", "Health and Safety Adviser", "Sept 2025",
                "B", "Assessments signed off 26 September."]),
        T.join(["1.2", "Introduce tool-use time logs and a points-based exposure calculator for all estate teams.",
                "Ranger Services Manager", "31/10/2025", "B", "In use by all three area teams."]),
        T.join(["1.3", "Refer all exposed staff to occupational health for tiered HAVS health surveillance.",
                "HR Manager", "Dec 2025", "A", "Occupational health provider capacity limited; 14 of 22 seen."]),
        T.join(["1.4", "Replace the two oldest petrol brush-cutters with low-vibration battery models.",
                "Ranger Services Manager", "Q4 2025/26", "G", "Quotes obtained."]),
        "Matter 2 – Lone working in remote locations (Management of Health and Safety at Work Regulations 1999)",
        "Review arrangements for staff working alone on the fells and moors and ensure an effective means of "
        "raising the alarm.",
        T.join(["2.1", "Issue satellite messengers to all field staff working beyond mobile coverage.",
                "Ranger Services Manager / ICT Manager", "Nov 2025", "B", "18 devices issued."]),
        T.join(["2.2", "Revise the lone working procedure with a check-in/check-out system monitored by the office.",
                "Health and Safety Adviser", "By end of January 2026", "G", "Draft with Joint Consultative "
                                                                           "Committee."]),
        "Matter 3 – Use of all-terrain vehicles (Provision and Use of Work Equipment Regulations 1998)",
        "Ensure that ATV riders are trained and that head protection is worn.",
        T.join(["3.1", "Provide LANTRA-accredited ATV training or refresher training to all riders.",
                "Area Ranger Manager (North)", "March 2026", "A", "Course dates limited over winter."]),
        T.join(["3.2", "Record ATV helmet and pre-use checks as part of the monthly vehicle inspections.",
                "Area Ranger Manager (South)", "Monthly", "G", "Checks recorded since September."]),
        "",
        "Notes: this plan replaces the version reported to the Committee in September 2025. The Authority "
        "has paid the HSE Fee for Intervention invoice.",
    ]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    make_dhsc()
    make_mountbatten()
    make_lancashire()
    make_close_brothers()
    make_settle()
    make_marie_curie()
    make_ydnpa()
    print("built 7 files in", HERE)
