#!/usr/bin/env python3
"""Build the seven zgj- blind test files for set heldout828.

Run with /work/main/.venv/bin/python (openpyxl, python-docx).
Writes only files whose names start with "zgj-" in this script's folder.
"""
import csv
import datetime as dt
import io
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zgj-")
    return os.path.join(HERE, name)


D = dt.datetime
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


RAG_FILL = {
    "G": "00B050", "A": "FFC000", "R": "FF0000", "C": "0070C0", "B": "0070C0",
    "Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Blue": "0070C0",
    "Complete": "0070C0",
}


# ---------------------------------------------------------------------------
# 1. Scottish Courts and Tribunals Service - corporate risk register (xlsx)
# ---------------------------------------------------------------------------
def make_scts():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Scottish Courts and Tribunals Service"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Corporate Risk Register 2025-26"
    cov["A2"].font = Font(bold=True, size=13)
    cov["A3"] = "OFFICIAL"
    cov["A3"].font = Font(bold=True, color="C00000")

    cov["A5"] = "Version control"
    cov["A5"].font = Font(bold=True)
    vc = [("Version", "Date", "Reviewed by", "Summary of changes"),
          ("2.0", "20/05/2025", "Executive Team", "Annual refresh; appetite levels re-aligned to Corporate Plan 2024-27"),
          ("2.1", "26/08/2025", "Audit and Risk Committee", "CR04 current score increased from 12 to 16 following estates condition survey"),
          ("2.2", "11/11/2025", "Audit and Risk Committee", "Quarter 2 review; actions 3.1, 4.2 and 5.1 completed")]
    for i, row in enumerate(vc):
        for j, v in enumerate(row):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            c.alignment = WRAP
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("D9E1F2")

    cov["A12"] = "Risk scoring (Likelihood x Impact, each 1-5)"
    cov["A12"].font = Font(bold=True)
    sk = [("1 - 6", "Low"), ("8 - 12", "Medium"), ("15 - 25", "High")]
    for i, (a, b) in enumerate(sk):
        cov.cell(row=13 + i, column=1, value=a).border = BOX
        c = cov.cell(row=13 + i, column=2, value=b)
        c.border = BOX
        c.fill = fill(["92D050", "FFC000", "FF0000"][i])

    cov["A17"] = "Action progress key"
    cov["A17"].font = Font(bold=True)
    ak = [("G", "On track to deliver by target date"),
          ("A", "Some slippage - recoverable within the quarter"),
          ("R", "Significant slippage - revised date required"),
          ("C", "Complete")]
    for i, (a, b) in enumerate(ak):
        c = cov.cell(row=18 + i, column=1, value=a)
        c.fill = fill(RAG_FILL[a])
        c.alignment = CENTRE
        c.border = BOX
        cov.cell(row=18 + i, column=2, value=b).border = BOX
    cov["A23"] = ("Risk appetite levels: Averse, Minimal, Cautious, Open, Eager "
                  "(SCTS Risk Appetite Statement, approved by the SCTS Board March 2025).")
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 44
    cov.column_dimensions["C"].width = 26
    cov.column_dimensions["D"].width = 70

    ws = wb.create_sheet("Corporate Risk Register")
    ws["A1"] = "SCTS Corporate Risk Register - position at 31 October 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:O1")
    ws["A2"] = "OFFICIAL"
    ws["A2"].font = Font(bold=True, color="C00000")
    heads = ["Risk ID & title", "Risk description (cause - event - effect)", "Risk owner",
             "Inherent score (L x I)", "Key controls in place", "Previous score",
             "Current score", "Target score", "Appetite", "Ref",
             "Further mitigating actions", "Action owner", "Target date", "Progress",
             "Comments"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = CENTRE
        c.border = BOX
    widths = [22, 42, 20, 10, 40, 9, 9, 9, 11, 6, 52, 26, 12, 9, 36]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w

    risks = [
        ("CR01 – Financial sustainability",
         "Because of flat cash settlements and rising pay costs, SCTS may be unable to set a balanced budget, "
         "resulting in reduced court and tribunal capacity and failure to meet statutory duties.",
         "Chief Executive", "5 x 4 = 20",
         "Monthly budget monitoring to Executive Team; quarterly reporting to SCTS Board; "
         "engagement with Scottish Government Justice Directorate on budget requirements.",
         16, 16, 9, "Cautious",
         [("1.1", "Develop a three-year balanced budget model aligned to the Scottish Government Medium-Term Financial Strategy and present it to the SCTS Board.",
           "Chief Finance Officer", D(2026, 3, 31), "G", "Draft model to Board strategy day in February."),
          ("1.2", "Complete the workforce affordability review and agree vacancy control thresholds with each directorate.",
           "Chief Finance Officer / Chief People Officer", D(2025, 12, 31), "A",
           "Review extended to include tribunals staff transferring from reserved tribunals.")]),
        ("CR02 – Criminal case backlog",
         "If trial capacity cannot be sustained, the number of scheduled criminal trials may rise again, "
         "leading to delays for victims, witnesses and accused persons.",
         "Executive Director Court Operations", "5 x 5 = 25",
         "Recovery programme governance; weekly scheduling meetings with COPFS; "
         "published modelling of scheduled trials.",
         15, 15, 10, "Minimal",
         [("2.1", "Maintain the additional summary and solemn trial courts funded through the recovery programme, subject to annual funding confirmation.",
           "Executive Director Court Operations", "Ongoing", "G", "Funding confirmed to March 2026."),
          ("2.2", "Implement the revised High Court scheduling model with COPFS and the Faculty of Advocates to reduce late adjournments.",
           "Executive Director Court Operations", "Q4 2025/26", "A",
           "Pilot in Glasgow High Court from January; evaluation before roll-out.")]),
        ("CR03 – Cyber resilience",
         "A successful cyber attack or ransomware incident could disrupt court and tribunal business, "
         "compromise personal data and damage confidence in SCTS.",
         "Chief Executive", "4 x 5 = 20",
         "24/7 security monitoring; multi-factor authentication; immutable back-ups; "
         "annual IT health check and penetration test.",
         12, 12, 8, "Averse",
         [("3.1", "Achieve Cyber Essentials Plus re-certification across the SCTS estate.",
           "Director of Digital", D(2025, 9, 30), "C", "Certificate issued 19 September 2025."),
          ("3.2", "Run a live cyber incident exercise with the Executive Team and update the Cyber Incident Response Plan with the lessons learned.",
           "Director of Digital", D(2026, 1, 31), "A",
           "Exercise rescheduled to January due to Executive Team availability.")]),
        ("CR04 – Court estate condition",
         "Ageing and listed buildings may fail or require unplanned closure, disrupting business and "
         "creating health and safety risks for users and staff.",
         "Director of Estates", "4 x 4 = 16",
         "Condition surveys; statutory compliance programme; capital investment plan; "
         "business continuity plans for each building.",
         12, 16, 12, "Cautious",
         [("4.1", "Deliver the 2025-26 statutory compliance and backlog maintenance programme across the priority buildings.",
           "Director of Estates", D(2026, 3, 31), "A",
           "Contractor capacity has delayed two projects; reprioritised within budget."),
          ("4.2", "Complete RAAC surveys and remediation plans for the three remaining buildings identified as at risk.",
           "Director of Estates", D(2025, 9, 30), "C", "Surveys complete; no further RAAC identified.")]),
        ("CR05 – Workforce capacity and wellbeing",
         "Difficulty recruiting and retaining skilled clerks and administrative staff could reduce "
         "capacity and increase pressure on existing staff.",
         "Chief People Officer", "4 x 4 = 16",
         "Workforce plan; People Strategy; wellbeing support and Employee Assistance Programme; "
         "exit interview analysis.",
         12, 12, 8, "Open",
         [("5.1", "Launch the clerk of court recruitment and training academy for the 2025 intake.",
           "Chief People Officer", D(2025, 10, 31), "C", "First cohort of 24 started 6 October."),
          ("5.2", "Refresh the wellbeing action plan following the 2025 People Survey results.",
           "Chief People Officer", D(2026, 2, 28), "G", "Survey results received November.")]),
        ("CR06 – Digital case management",
         "Delays in replacing legacy case management systems could leave SCTS reliant on unsupported "
         "technology and limit the benefits of digital reform.",
         "Director of Digital", "4 x 4 = 16",
         "Programme board with independent assurance; phased roll-out; legacy system support "
         "contract extended to March 2027.",
         12, 12, 8, "Open",
         [("6.1", "Complete the migration of summary criminal cases to the Integrated Case Management System in the remaining sheriffdoms.",
           "Director of Digital; Executive Director Court Operations", D(2026, 6, 30), "R",
           "Interface testing with Police Scotland behind plan; revised date to be agreed at December Programme Board.")]),
    ]

    r = 5
    for (rid, desc, owner, inh, ctrls, prev, cur, tgt, app, acts) in risks:
        first = r
        for (ref, text, aown, date, prog, com) in acts:
            ws.cell(row=r, column=10, value=ref)
            ws.cell(row=r, column=11, value=text)
            ws.cell(row=r, column=12, value=aown)
            c = ws.cell(row=r, column=13, value=date)
            if isinstance(date, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            p = ws.cell(row=r, column=14, value=prog)
            p.fill = fill(RAG_FILL[prog])
            p.alignment = CENTRE
            p.font = Font(bold=True, color="FFFFFF" if prog in ("R", "C", "G") else "000000")
            ws.cell(row=r, column=15, value=com)
            for j in range(1, 16):
                ws.cell(row=r, column=j).border = BOX
                if j not in (14,):
                    ws.cell(row=r, column=j).alignment = WRAP
            r += 1
        last = r - 1
        vals = [rid, desc, owner, inh, ctrls, prev, cur, tgt, app]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(row=first, column=j, value=v)
            c.alignment = WRAP if j in (1, 2, 3, 5) else CENTRE
            if j == 1:
                c.font = Font(bold=True)
            if j in (6, 7, 8):
                c.fill = fill("FF0000" if v >= 15 else ("FFC000" if v >= 8 else "92D050"))
            if last > first:
                ws.merge_cells(start_row=first, start_column=j, end_row=last, end_column=j)
    ws.freeze_panes = "B5"

    hm = wb.create_sheet("Closed risks")
    hm["A1"] = "Risks closed or de-escalated in 2025-26"
    hm["A1"].font = Font(bold=True)
    hm["A3"] = "No corporate risks have been closed or de-escalated to directorate registers since the annual refresh in May 2025."
    wb.save(out("zgj-scottish-courts-and-tribunals-service-corporate-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. Rooftop Housing Group - CHC self-assessment actions, monday.com export (xlsx)
# ---------------------------------------------------------------------------
def make_rooftop():
    wb = Workbook()
    ws = wb.active
    ws.title = "CHC Improvement Actions 2025-26"
    ws["A1"] = "CHC Improvement Actions 2025-26"
    ws["A1"].font = Font(bold=True, size=16)
    heads = ["Name", "Ref", "Code provision", "Owner", "Status", "Due date", "Latest update"]
    widths = [70, 7, 14, 30, 13, 12, 60]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    status_fill = {"Complete": "0086C0", "Green": "00C875", "Amber": "FDAB3D",
                   "Red": "E2445C", "Not started": "C4C4C4"}
    groups = [
        ("Section 3 – Accessibility and awareness", "579BFC", [
            ("Add a complaints option to the MyRooftop customer portal and the live chat menu so residents can raise a complaint digitally",
             "A01", "3.1", "Kerry Lomas, Gareth Price", "Complete", D(2025, 4, 30), "Live in portal from 22 April."),
            ("Publish the complaints policy in Easy Read and in the five most requested community languages",
             "A02", "3.3", "Kerry Lomas", "Green", D(2025, 9, 30), "Easy Read version with Tenant Voice panel for review."),
            ("Add information about the Housing Ombudsman Service to all complaint acknowledgement and response letter templates",
             "A03", "3.5", "Sunita Desai", "Complete", D(2025, 3, 31), "Templates updated in CRM."),
        ]),
        ("Section 5 – The complaint handling process", "A25DDC", [
            ("Introduce a categorisation check at the point of logging so that service requests are not recorded as complaints (and vice versa)",
             "A04", "5.6", "Sunita Desai", "Amber", D(2025, 10, 31), "Check designed; Customer Hub training booked for December."),
            ("Set up a vulnerability and reasonable adjustments field in the CRM and record the adjustments agreed with residents on every open complaint",
             "A05", "5.11", "Sunita Desai, Tom Hadley", "Amber", D(2025, 12, 19), "Field built in test; awaiting release window."),
            ("Agree an extension protocol so that any extension is explained to the resident and does not exceed a further 10 working days",
             "A06", "5.14", "Kerry Lomas", "Green", D(2025, 11, 28), "Draft protocol to Complaints Working Group."),
        ]),
        ("Section 6 – Complaints stages", "FF7575", [
            ("Acknowledge all Stage 1 complaints within five working days by adding automated acknowledgement emails and texts",
             "A07", "6.2", "Tom Hadley", "Red", D(2025, 8, 29), "Automation delayed by CRM upgrade; interim manual process in place."),
            ("Ensure Stage 2 responses are signed off by a Head of Service who was not involved at Stage 1",
             "A08", "6.12", "Kerry Lomas", "Not started", D(2026, 1, 30), ""),
        ]),
        ("Section 9 – Scrutiny & oversight: continuous learning and improvement", "9D50DD", [
            ("Appoint a Member Responsible for Complaints from the Board and agree their role description",
             "A09", "9.7", "Claire Whitworth", "Complete", D(2025, 6, 26), "Appointed at Board meeting 26 June."),
            ("Present a quarterly complaints learning report to the Customer Experience Committee, including themes and the service improvements made",
             "A10", "9.9", "Claire Whitworth, Kerry Lomas", "Green", None, "Quarterly - next report to February 2026 committee."),
        ]),
    ]
    r = 3
    for gname, gcol, items in groups:
        c = ws.cell(row=r, column=1, value=gname)
        c.font = Font(bold=True, size=12, color=gcol)
        r += 1
        for j, h in enumerate(heads, start=1):
            c = ws.cell(row=r, column=j, value=h)
            c.font = Font(bold=True)
            c.alignment = CENTRE
            c.border = BOX
        r += 1
        for (name, ref, prov, owner, status, due, upd) in items:
            vals = [name, ref, prov, owner, status, due, upd or None]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.border = BOX
                c.alignment = WRAP
            ws.cell(row=r, column=1).border = Border(left=Side(style="thick", color=gcol),
                                                     right=THIN, top=THIN, bottom=THIN)
            sc = ws.cell(row=r, column=5)
            sc.fill = fill(status_fill[status])
            sc.font = Font(color="FFFFFF")
            sc.alignment = CENTRE
            if due is not None:
                ws.cell(row=r, column=6).number_format = "yyyy-mm-dd"
            r += 1
        r += 1  # blank row between groups
    wb.save(out("zgj-rooftop-housing-group-chc-self-assessment-improvement-actions-monday-export.xlsx"))


# ---------------------------------------------------------------------------
# 3. NISCC - NIAO RTTCWG recommendations tracker (xlsx) - typo month, refuse
# ---------------------------------------------------------------------------
def make_niscc():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Northern Ireland Social Care Council"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "NIAO Report to Those Charged with Governance - recommendations tracker"
    sm["A2"].font = Font(bold=True, size=12)
    sm["A3"] = "Audit and Risk Assurance Committee, 4 December 2025 - Agenda item 7"
    rows = [("Priority", "Implemented", "Partially implemented", "Not yet due", "Total"),
            ("Priority 1", 0, 0, 0, 0),
            ("Priority 2", 2, 2, 1, 5),
            ("Priority 3", 1, 0, 1, 2),
            ("Total", 3, 2, 2, 7)]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = sm.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0 or i == len(rows) - 1:
                c.font = Font(bold=True)
                c.fill = fill("DDEBF7")
    sm["A11"] = "Priority definitions (NIAO)"
    sm["A11"].font = Font(bold=True)
    sm["A12"] = "Priority 1"
    sm["B12"] = "Significant issues for the attention of senior management which may have the potential to result in material weakness in internal control."
    sm["A13"] = "Priority 2"
    sm["B13"] = "Important issues to be addressed by management in their areas of responsibility."
    sm["A14"] = "Priority 3"
    sm["B14"] = "Problems of a more minor nature which provide scope for improvement."
    sm.column_dimensions["A"].width = 14
    for col in "BCDE":
        sm.column_dimensions[col].width = 22

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "NISCC - Implementation of NIAO recommendations (RTTCWG 2022-23 to 2024-25)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position at 14 November 2025"
    heads = ["Ref", "Priority", "Title", "NIAO finding and recommendation", "Management response",
             "Responsible officer", "Original target date", "Revised target date",
             "Progress at November 2025", "Status"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("5B2C6F")
        c.alignment = CENTRE
        c.border = BOX
    widths = [9, 9, 22, 60, 50, 24, 12, 12, 45, 14]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w

    data = [
        ("RTTCWG 2022-23",),
        ("22/23-01", "2", "Single tender actions",
         "Two contracts for legal services were extended by single tender action without prior approval from the Department of Health. "
         "Recommendation: NISCC should ensure that all single tender actions above the delegated limit are approved in advance.",
         "Accepted. The procurement procedure has been revised and a single tender action register is reported to each ARAC.",
         "Head of Finance", D(2024, 3, 31), D(2025, 3, 31),
         "Register reported to ARAC since March 2025. No further retrospective approvals.", "Implemented"),
        ("RTTCWG 2023-24",),
        ("23/24-01", "2", "Registration fee income reconciliation",
         "Fee income recorded in the registration system was not reconciled to the general ledger on a monthly basis. "
         "Recommendation: monthly reconciliations should be completed and independently reviewed.",
         "Accepted. Monthly reconciliation introduced from April 2024, reviewed by the Head of Finance.",
         "Finance Manager", D(2024, 6, 30), D(2024, 12, 31),
         "Reconciliations completed and reviewed each month since October 2024.", "Implemented"),
        ("23/24-02", "3", "Leavers' IT access",
         "In three of ten leavers tested, network access was not removed on the leaving date. "
         "Recommendation: HR and ICT should agree a leavers' checklist with confirmation of access removal.",
         "Accepted. Leavers' checklist in place with ICT sign-off.",
         "Head of ICT", D(2024, 9, 30), None,
         "Checklist in use; sample testing by internal audit found no exceptions.", "Implemented"),
        ("23/24-03", "2", "Board effectiveness review",
         "The Council had not completed a board effectiveness evaluation within the period required by DoH guidance. "
         "Recommendation: an evaluation should be completed and an action plan agreed.",
         "Accepted. Self-assessment using the NIAO board effectiveness toolkit to be completed.",
         "Chief Executive / Board Secretary", D(2025, 3, 31), "Sept 2025",
         "Self-assessment completed; action plan to Council meeting in January 2026.", "Partially implemented"),
        ("RTTCWG 2024-25",),
        ("24/25-01", "2", "Intangible assets",
         "Development costs for the registration system were capitalised without a formal assessment against IAS 38 criteria. "
         "Recommendation: NISCC should document its assessment of capitalised development costs.",
         "Accepted. A capitalisation policy paper will be prepared for ARAC.",
         "Head of Finance", D(2025, 12, 31), None,
         "Draft policy paper prepared; to ARAC in December.", "Not yet due"),
        ("24/25-02", "2", "Contract extensions",
         "Four contracts had passed their end date and continued on a rolling basis without a documented extension. "
         "Recommendation: a contracts register should be maintained with alerts six months before expiry.",
         "Accepted. Contracts register to be rebuilt within the procurement system.",
         "Procurement Manager", D(2025, 11, 30), "Febuary 2026",
         "Register rebuilt for contracts over £30k; remaining contracts being added.", "Partially implemented"),
        ("24/25-03", "3", "Declarations of interest",
         "Declarations of interest for two Council members had not been updated for the year. "
         "Recommendation: annual declarations should be obtained from all members and senior staff.",
         "Accepted. Declarations will be requested at the start of each financial year.",
         "Board Secretary", D(2026, 3, 31), None,
         "Request to be issued in March 2026.", "Not yet due"),
    ]
    status_fill = {"Implemented": "C6EFCE", "Partially implemented": "FFEB9C", "Not yet due": "DDEBF7"}
    r = 5
    for row in data:
        if len(row) == 1:
            c = ws.cell(row=r, column=1, value=row[0])
            c.font = Font(bold=True)
            c.fill = fill("E4DFEC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        else:
            for j, v in enumerate(row, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=10).fill = fill(status_fill[row[9]])
        r += 1
    # r is now 14
    ws.cell(row=r + 1, column=1,
            value="Note: recommendations reported as implemented will be removed from the tracker after the next ARAC meeting.")
    wb.save(out("zgj-niscc-niao-rttcwg-recommendations-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, color=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


# ---------------------------------------------------------------------------
# 4. Canal & River Trust - Charity Commission compliance case action plan (docx)
# ---------------------------------------------------------------------------
def make_crt():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    p = doc.add_paragraph()
    r = p.add_run("Canal & River Trust (registered charity no. 1146792)")
    r.bold = True
    doc.add_heading("Charity Commission regulatory compliance case – trustee action plan", level=0)

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.3"),
                 ("Owner", "Company Secretary & General Counsel"),
                 ("Approved by", "Board of Trustees, 24 September 2025"),
                 ("Next review", "Audit & Risk Committee, January 2026"),
                 ("Commission case reference", "C-698452")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "D9E2F3")
        set_cell(cells[1], v)

    doc.add_heading("Introduction", level=2)
    doc.add_paragraph(
        "In March 2025 the Charity Commission concluded its regulatory compliance case and issued regulatory "
        "advice and guidance to the trustees under section 15(2) of the Charities Act 2011. The Commission asked "
        "the trustees to confirm how they will act on that advice. This plan sets out the actions agreed by the "
        "Board of Trustees against each area of the Commission’s advice. Progress is reported to every meeting "
        "of the Audit & Risk Committee and a copy of the plan has been shared with the Commission.")

    doc.add_heading("RAG status key", level=2)
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for col, txt, hx in [("Blue", "Action complete", "0070C0"), ("Green", "On track", "00B050"),
                         ("Amber", "At risk of missing the target date", "FFC000"),
                         ("Red", "Target date missed or off track", "FF0000")]:
        cells = kt.add_row().cells
        set_cell(cells[0], col, bold=True)
        shade(cells[0], hx)
        set_cell(cells[1], txt)

    heads = ["Commission’s advice", "Ref", "Action", "Lead", "Target date", "Progress", "RAG"]
    sections = [
        ("1. Governance and decision-making", [
            ("The trustees should ensure that the scheme of delegation clearly sets out which decisions are reserved to the board, including major property disposals and long-term commercial contracts.", [
                ("1.1", "Review and re-issue the Scheme of Delegation with a schedule of matters reserved to the Board of Trustees.",
                 "Company Secretary & General Counsel", "July 2025", "Approved by the Board on 16 July 2025.", "Blue"),
                ("1.2", "Introduce a standard board paper cover sheet setting out the options considered, the risks and the legal basis for each decision.",
                 "Company Secretary & General Counsel", "September 2025", "In use from the September Board.", "Blue"),
            ]),
            ("The trustees should keep a full record of the reasons for their decisions, including where trustees have disagreed.", [
                ("1.3", "Revise the minute-taking guidance so that minutes record the key reasons for decisions and any dissent.",
                 "Head of Governance", "October 2025", "Draft guidance with the Chair for comment.", "Green"),
            ]),
        ]),
        ("2. Conflicts of interest", [
            ("The trustees should strengthen how conflicts of interest are identified and managed, including conflicts arising from trustees’ and senior staff members’ other roles.", [
                ("2.1", "Update the Conflicts of Interest Policy and require all trustees and the Executive Team to complete a fresh declaration.",
                 "Head of Governance", "June 2025", "All declarations received by 27 June 2025.", "Blue"),
                ("2.2", "Publish the register of trustees’ interests on the Trust’s website and review it at every board meeting.",
                 "Head of Governance", "November 2025", "Website page being built; standing item added to board agendas.", "Green"),
            ]),
        ]),
        ("3. Reporting serious incidents", [
            ("The trustees should report serious incidents to the Commission promptly and make sure staff understand what must be reported.", [
                ("3.1", "Adopt a Serious Incident Reporting Procedure and brief the Executive Team and regional directors on it.",
                 "Chief Financial Officer; Head of Governance", "August 2025", "Procedure adopted; briefings completed 21 August.", "Blue"),
                ("3.2", "Add serious incident reporting to the annual mandatory training for managers.",
                 "Director of People", "March 2026", "Module delayed pending the learning system upgrade.", "Amber"),
            ]),
        ]),
        ("4. Trustee skills and board effectiveness", [
            ("The trustees should consider whether the board has the right balance of skills and experience, in particular in property, finance and safeguarding.", [
                ("4.1", "Complete a board skills audit and use the results to brief the recruitment of two new trustees.",
                 "Chair of Nominations Committee", "December 2025", "Skills audit returns received from 11 of 12 trustees.", "Green"),
                ("4.2", "Commission an externally facilitated board effectiveness review in line with the Charity Governance Code.",
                 "Chair; Company Secretary & General Counsel", "March 2026", "Not started – tender to be issued in January 2026.", ""),
            ]),
        ]),
    ]
    for title, advices in sections:
        doc.add_heading(title, level=1)
        n = sum(len(a[1]) for a in advices)
        tab = doc.add_table(rows=1 + n, cols=len(heads))
        tab.style = "Table Grid"
        for j, h in enumerate(heads):
            set_cell(tab.rows[0].cells[j], h, bold=True, color="FFFFFF")
            shade(tab.rows[0].cells[j], "003A70")
        ri = 1
        for adv, acts in advices:
            first = ri
            for (ref, act, lead, due, prog, rag) in acts:
                cells = tab.rows[ri].cells
                set_cell(cells[1], ref)
                set_cell(cells[2], act)
                set_cell(cells[3], lead)
                set_cell(cells[4], due)
                set_cell(cells[5], prog)
                set_cell(cells[6], rag, bold=True, color="FFFFFF" if rag in ("Blue", "Green", "Red") else None)
                if rag:
                    shade(cells[6], RAG_FILL[rag])
                ri += 1
            last = ri - 1
            top = tab.cell(first, 0)
            if last > first:
                top = top.merge(tab.cell(last, 0))
            set_cell(top, adv)
        doc.add_paragraph()

    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=2, cols=2)
    so.style = "Table Grid"
    set_cell(so.cell(0, 0), "Signed on behalf of the trustees", bold=True)
    set_cell(so.cell(0, 1), "Chair of the Board of Trustees")
    set_cell(so.cell(1, 0), "Date", bold=True)
    set_cell(so.cell(1, 1), "24 September 2025")
    doc.save(out("zgj-canal-and-river-trust-charity-commission-regulatory-compliance-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Care Inspectorate - digital transformation programme highlight report (docx)
# ---------------------------------------------------------------------------
def make_ci():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Version: 1.0   Status: Final   Date: 06/11/2025"

    doc.add_heading("Digital Transformation Programme – Highlight Report", level=0)
    doc.add_paragraph("Care Inspectorate Board – 20 November 2025")
    cov = doc.add_table(rows=0, cols=2)
    cov.style = "Table Grid"
    for k, v in [("Agenda item", "10"),
                 ("Report No", "B-31-2025"),
                 ("Period covered", "Period 7: 1 – 31 October 2025"),
                 ("Author", "Programme Manager, Digital Transformation"),
                 ("Responsible Director", "Executive Director of Corporate and Customer Services"),
                 ("Consultation", "Digital Transformation Programme Board, 4 November 2025"),
                 ("Appendices", "None")]:
        cells = cov.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "E7E6E6")
        set_cell(cells[1], v)

    doc.add_heading("1.0 PURPOSE OF REPORT", level=1)
    doc.add_paragraph(
        "1.1 This report provides the Board with the monthly highlight report for the Digital Transformation "
        "Programme, setting out progress against key milestones in each workstream, the top programme risks and "
        "the decisions required.")

    doc.add_heading("2.0 OVERALL PROGRAMME STATUS", level=1)
    ov = doc.add_table(rows=1, cols=4)
    ov.style = "Table Grid"
    for j, h in enumerate(["Dimension", "Previous", "Current", "Comment"]):
        set_cell(ov.rows[0].cells[j], h, bold=True)
        shade(ov.rows[0].cells[j], "BDD7EE")
    for dim, pv, cu, com in [("Schedule", "A", "R", "RCMS release 1 forecast moved from March to June 2026."),
                             ("Cost", "G", "A", "Additional data migration effort estimated at £85k; contained within contingency."),
                             ("Scope", "G", "G", "No change."),
                             ("Resources", "A", "A", "Two business analyst vacancies; agency cover in place."),
                             ("Overall", "A", "A", "")]:
        cells = ov.add_row().cells
        set_cell(cells[0], dim, bold=(dim == "Overall"))
        set_cell(cells[1], pv)
        shade(cells[1], RAG_FILL[pv])
        set_cell(cells[2], cu)
        shade(cells[2], RAG_FILL[cu])
        set_cell(cells[3], com)

    doc.add_heading("3.0 RAG KEY", level=1)
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for k, txt in [("B", "Complete"), ("G", "On track"),
                   ("A", "Issues being managed; forecast slippage within tolerance"),
                   ("R", "Outside tolerance; Board attention required")]:
        cells = kt.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], RAG_FILL[k])
        set_cell(cells[1], txt)

    heads = ["Ref", "Milestone", "Lead", "Baseline date", "Forecast date", "Previous RAG", "Current RAG", "Commentary"]
    workstreams = [
        ("4.0 WORKSTREAM 1: REGULATION CASE MANAGEMENT SYSTEM (RCMS)", [
            ("1.1", "Complete supplier build of the registration and variation modules",
             "Head of Digital Services", "Jul-25", "Sep-25", "A", "B", "Build accepted 26 September."),
            ("1.2", "User acceptance testing of the registration module with the Registration team",
             "Head of Registration / Digital Business Partner", "Oct-25", "Dec-25", "G", "A",
             "Testing started late because of build slippage; test scripts complete."),
            ("1.3", "Data migration dress rehearsal from legacy systems",
             "Head of Digital Services", "Nov-25", "Jan-26", "G", "R",
             "Data quality issues in legacy enforcement records; recovery plan to Programme Board in December."),
            ("1.4", "Go-live of RCMS release 1 (registration and complaints)",
             "Executive Director of Corporate and Customer Services", "Mar-26", "Jun-26", "A", "R",
             "Dependent on 1.3. Revised date subject to Board decision (section 8)."),
        ]),
        ("5.0 WORKSTREAM 2: DATA AND INTELLIGENCE", [
            ("2.1", "Publish the revised provider risk assessment dashboard for inspection teams",
             "Head of Intelligence", "Aug-25", "Aug-25", "G", "B", "Published 28 August."),
            ("2.2", "Agree a data sharing agreement with the Scottish Social Services Council for workforce data",
             "Head of Intelligence; Information Governance Lead", "Dec-25", "Dec-25", "G", "G",
             "DPIA complete; agreement with SSSC legal team."),
        ]),
        ("6.0 WORKSTREAM 3: DIGITAL WORKPLACE", [
            ("3.1", "Roll out the Microsoft 365 Copilot pilot to 60 staff and evaluate",
             "Head of ICT", "Oct-25", "Nov-25", "G", "G", "55 licences assigned; evaluation survey issued."),
            ("3.2", "Replace inspector laptops (tranche 2 – 180 devices)",
             "Head of ICT", "Sep-25", "Jan-26", "A", "A", "Supplier stock delay; 70 devices deployed."),
            ("3.3", "Decommission legacy on-premise file servers",
             "Head of ICT", "Mar-26", "", "", "", "Not started; depends on SharePoint migration."),
        ]),
    ]
    for title, rows in workstreams:
        doc.add_heading(title, level=1)
        tab = doc.add_table(rows=1, cols=len(heads))
        tab.style = "Table Grid"
        for j, h in enumerate(heads):
            set_cell(tab.rows[0].cells[j], h, bold=True, color="FFFFFF")
            shade(tab.rows[0].cells[j], "4B2C83")
        for row in rows:
            cells = tab.add_row().cells
            for j, v in enumerate(row):
                set_cell(cells[j], v)
                if j in (5, 6) and v:
                    shade(cells[j], RAG_FILL[v])
        doc.add_paragraph()

    doc.add_heading("7.0 KEY RISKS AND ISSUES", level=1)
    rt = doc.add_table(rows=1, cols=3)
    rt.style = "Table Grid"
    for j, h in enumerate(["Risk / issue", "Score", "Trend"]):
        set_cell(rt.rows[0].cells[j], h, bold=True)
        shade(rt.rows[0].cells[j], "BDD7EE")
    for a, b, c in [("Poor data quality in legacy systems delays migration", "16", "Increasing"),
                    ("Loss of key supplier staff during build phase", "9", "Stable"),
                    ("Staff capacity to take part in testing alongside inspection work", "12", "Stable")]:
        cells = rt.add_row().cells
        set_cell(cells[0], a)
        set_cell(cells[1], b)
        set_cell(cells[2], c)

    doc.add_heading("8.0 DECISIONS REQUIRED", level=1)
    doc.add_paragraph("8.1 The Board is asked to:")
    doc.add_paragraph("note the progress reported against each workstream; and", style="List Bullet")
    doc.add_paragraph("agree that the RCMS release 1 go-live is re-baselined to June 2026.", style="List Bullet")
    doc.save(out("zgj-care-inspectorate-digital-transformation-programme-highlight-report.docx"))


# ---------------------------------------------------------------------------
# 6. Wiveliscombe Town Council - action log, Microsoft Planner export (csv)
# ---------------------------------------------------------------------------
def make_wiveliscombe():
    header = ["Task Name", "Bucket Name", "Progress", "Priority", "Assigned To", "Start date",
              "Due date", "Late", "Completed Date", "Labels", "Description"]
    rows = [
        ["Write to Somerset Council Highways requesting a 20mph speed limit assessment for North Street and Silver Street",
         "Full Council", "Completed", "Medium", "Helen Marsh", "14/04/2025", "30/05/2025", "false", "22/05/2025", "",
         "Minute 25/036 (Full Council 8 April 2025). Letter sent 22/05/2025; acknowledgement received."],
        ["Review and adopt updated Standing Orders based on the 2025 NALC model",
         "Full Council", "Not started", "Medium", "Helen Marsh", "", "09/12/2025", "false", "", "",
         "For December Full Council."],
        ["Agree lease renewal terms for the Croft allotments with the landowner",
         "Full Council", "In progress", "Important", "Cllr Mark Ellis;Helen Marsh", "02/06/2025", "31/03/2026", "false", "", "Amber",
         "Landowner has proposed a 10% rent increase.\nAllotment Association to be consulted before the January meeting."],
        ["Obtain three quotes for replacing the Recreation Ground play equipment and report to the Amenities Committee",
         "Amenities & Open Spaces", "In progress", "Important", "Helen Marsh;Steve Holloway", "12/05/2025", "31/10/2025", "true", "", "Amber",
         "Two quotes received; third supplier visiting 20/11/2025."],
        ["Arrange PAT testing and the fixed wire inspection at the Community Hall",
         "Amenities & Open Spaces", "Completed", "Medium", "Steve Holloway", "01/07/2025", "31/08/2025", "false", "18/08/2025", "",
         "Certificates saved to the council SharePoint."],
        ["Move council reserves so that no more than £85,000 is held with any one bank",
         "Finance & General Purposes", "In progress", "Important", "Helen Marsh;Cllr Janet Loosemore", "09/06/2025", "30/09/2025", "true", "", "Red",
         "Second account application delayed - bank requires new mandate signatures from all signatories."],
        ["Prepare the draft 2026-27 budget and precept options for the Finance & General Purposes Committee",
         "Finance & General Purposes", "In progress", "Urgent", "Helen Marsh", "01/10/2025", "14/01/2026", "false", "", "Green",
         "First draft circulated to committee members 10/11/2025."],
        ["Set up quarterly bank reconciliation sign-off by a councillor and record it in the minutes",
         "Internal audit 2024-25", "Completed", "Important", "Helen Marsh;Cllr Janet Loosemore", "01/06/2025", "30/06/2025", "false", "24/06/2025", "",
         "Internal audit point 1. First sign-off minuted at F&GP 24 June 2025."],
        ["Publish the 2024-25 AGAR, the notice of conclusion of audit and the external auditor's report on the website",
         "Internal audit 2024-25", "Completed", "Urgent", "Helen Marsh", "01/07/2025", "30/09/2025", "false", "26/09/2025", "",
         "Internal audit point 2."],
        ["Update the asset register to include the new bus shelter and defibrillator cabinet, with insurance values",
         "Internal audit 2024-25", "In progress", "Medium", "Helen Marsh", "01/09/2025", "31/12/2025", "false", "", "Green",
         "Internal audit point 3. Insurer confirming values."],
    ]
    buf = io.StringIO()
    buf.write("Plan name,Wiveliscombe Town Council – Action Log 2025-26\r\n")
    buf.write("Export date,18/11/2025\r\n")
    buf.write("\r\n")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for row in rows:
        w.writerow(row)
    with open(out("zgj-wiveliscombe-town-council-action-log-planner-export.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Carnview Nursing Home - RQIA QIP action tracker (tab-separated txt)
# ---------------------------------------------------------------------------
def make_carnview():
    T = "\t"
    reg = "Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005"
    std = "Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)"
    afi1 = ("The registered person shall ensure that the care plans and risk assessments of residents at risk of falls "
            "are reviewed after each fall and that post-falls observations are recorded in line with best practice guidance.")
    afi2 = ("The registered person shall ensure that fire doors are not wedged open and that the deficits identified in "
            "the fire risk assessment are addressed within the timescales given.")
    afi3 = ("The registered person shall ensure that the daily menu is displayed in a suitable format and that residents "
            "on modified diets are offered a choice at each mealtime.")
    afi4 = ("The registered person shall ensure that all staff complete mandatory training, including Deprivation of "
            "Liberty Safeguards training, within the required timeframe.")
    lines = [
        "Quality Improvement Plan – action tracker",
        "Carnview Nursing Home, Dungannon    RQIA ID: 11482    Inspection ID: IN047316",
        "Unannounced care inspection: 9 and 10 September 2025",
        "Updated by the Registered Manager, 7 November 2025",
        "",
        T.join(["AFI", "Regulation / Standard", "Stated", "Area for improvement", "Action no.",
                "Action to be taken", "Responsible", "Target date", "Progress", "RAG"]),
        reg,
        T.join(["1", "Regulation 13 (1) (a) and (b)", "First time", afi1, "1.1",
                "Review the falls care plans and risk assessments of all residents with a fall in the last three months.",
                "Deputy Manager", "30/09/2025", "All 14 care plans reviewed and updated.", "Complete"]),
        T.join(["", "", "", "", "1.2",
                "Audit post-falls observation records weekly and discuss findings at nurse handover.",
                "Registered Manager", "Ongoing", "Weekly audit in place; 2 records incomplete in October.", "Green"]),
        T.join(["2", "Regulation 27 (4) (b)", "Second time", afi2, "2.1",
                "Remove all door wedges and fit hold-open devices linked to the fire alarm on the lounge and dining room doors.",
                "Home Administrator / Maintenance Officer", "31/10/2025", "Devices fitted 22/10/2025.", "Complete"]),
        T.join(["", "", "", "", "2.2",
                "Complete the outstanding actions from the fire risk assessment, including replacement of two fire door closers.",
                "Maintenance Officer", "31/01/2026", "Contractor booked for December.", "Amber"]),
        std,
        T.join(["3", "Standard 12", "First time", afi3, "3.1",
                "Introduce a pictorial menu board in each dining room and a choice of two modified-diet meals at lunch and tea.",
                "Catering Manager", "31/10/2025", "Menu boards in place; modified-diet choice being trialled.", "Green"]),
        T.join(["4", "Standard 39", "First time", afi4, "4.1",
                "Issue each staff member with a training matrix showing overdue modules and a date to complete them.",
                "Registered Manager", "December 2025", "Matrix issued; compliance 81% at 31 October.", "Amber"]),
        T.join(["", "", "", "", "4.2",
                "Arrange face-to-face Deprivation of Liberty Safeguards training for night staff.",
                "Clinical Lead", "30/11/2025", "Trainer cancelled; new date not yet confirmed.", "Red"]),
        "",
        "Key: Complete = action completed and evidenced; Green = on track; Amber = progressing, some risk to target date; Red = target date missed or at risk.",
    ]
    with open(out("zgj-carnview-nursing-home-dungannon-rqia-care-inspection-qip-tracker.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_scts()
    make_rooftop()
    make_niscc()
    make_crt()
    make_ci()
    make_wiveliscombe()
    make_carnview()
    print("built 7 files")
