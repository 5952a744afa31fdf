"""Build the seven sn- data files of set heldout492.

Run with /work/main/.venv/bin/python sn_make.py (from any directory).
Writes only files whose names start with "sn-".
"""
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("sn-")
    return os.path.join(HERE, name)


def D(y, m, d):
    return datetime(y, m, d)


# ---------------------------------------------------------------- xlsx helpers
FILL = {
    "blue": PatternFill("solid", fgColor="5B9BD5"),
    "green": PatternFill("solid", fgColor="70AD47"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "pale": PatternFill("solid", fgColor="DEEAF6"),
    "teal": PatternFill("solid", fgColor="00615C"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def grid(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP


# ============================================================ 1. GECCA highlight report
def gecca():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight"
    widths(ws, [30, 18, 18, 18, 18, 30])
    ws["A1"] = "GECCA Implementation Programme – Highlight Report (October 2025)"
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = FILL["teal"]
    ws.merge_cells("A1:F1")
    ws["A2"] = "Report to: Greater Essex Leaders' Implementation Board – 12 November 2025"
    ws.merge_cells("A2:F2")
    ws["A3"] = ("Senior Responsible Owner: Chief Executive, Essex County Council   |   "
                "Programme Manager: Hannah Prowse")
    ws.merge_cells("A3:F3")
    ws["A5"] = "Overall programme status"
    ws["A5"].font = BOLD
    ws["B5"] = "At risk"
    ws["B5"].fill = FILL["amber"]
    ws["A6"] = "Status last period"
    ws["B6"] = "On track"
    ws["B6"].fill = FILL["green"]
    ws["A8"] = "Key messages"
    ws["A8"].font = BOLD
    ws["A9"] = ("The Greater Essex Combined County Authority Regulations were laid before Parliament "
                "on 7 October 2025. Work on the constitution and the assurance framework is largely on "
                "track, but MHCLG has asked for changes to the assurance framework before sign-off. The "
                "transport workstream remains at risk because the Local Transport Plan data-sharing "
                "agreement has not yet been signed by Thurrock Council.")
    ws.merge_cells("A9:F9")
    ws["A9"].alignment = WRAP
    ws.row_dimensions[9].height = 75
    ws["A11"] = "Milestones by status"
    ws["A11"].font = BOLD
    for r, (label, n, col) in enumerate(
            [("Complete", 3, "blue"), ("On track", 5, "green"), ("At risk", 2, "amber"),
             ("Off track", 1, "red")], start=12):
        ws.cell(row=r, column=1, value=label).fill = FILL[col]
        ws.cell(row=r, column=2, value=n)
    ws["A16"] = "Total"
    ws["A16"].font = BOLD
    ws["B16"] = 11
    ws["B16"].font = BOLD
    ws["A18"] = "Status key"
    ws["A18"].font = BOLD
    key = [("Complete (B)", "blue", "Milestone delivered and signed off by the workstream lead"),
           ("On track (G)", "green", "Forecast to complete by the baseline or agreed revised date"),
           ("At risk (A)", "amber", "Date at risk; recovery action in hand within the workstream"),
           ("Off track (R)", "red", "Will miss its date; escalated to the Implementation Board")]
    for r, (label, col, text) in enumerate(key, start=19):
        ws.cell(row=r, column=1, value=label).fill = FILL[col]
        ws.cell(row=r, column=2, value=text)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
    ws["A24"] = "Key risks and issues"
    ws["A24"].font = BOLD
    ws["A25"] = ("R03 – Capacity: two specialist transport posts remain vacant; interim support has been "
                 "agreed with Essex Highways until March 2026.")
    ws.merge_cells("A25:F25")
    ws["A26"] = ("R07 – Timetable: any slippage in making the Regulations would delay the transfer of the "
                 "Adult Skills Fund to the CCA.")
    ws.merge_cells("A26:F26")
    for r in (25, 26):
        ws.cell(row=r, column=1).alignment = WRAP
        ws.row_dimensions[r].height = 32

    ws = wb.create_sheet("Milestone tracker")
    widths(ws, [7, 52, 32, 14, 14, 12, 40])
    ws["A1"] = "Milestone tracker – position at 31 October 2025"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:G1")
    heads = ["Ref", "Milestone / key activity", "Lead", "Baseline date", "Revised forecast",
             "Status", "Commentary"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["teal"]
    grid(ws, 3, 7)
    ws.freeze_panes = "A4"
    status_fill = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red"}
    rows = [
        ("WS1 – Governance and constitution",),
        ("1.1", "Draft constitution, including scrutiny and audit committee arrangements, agreed by "
                "the three constituent councils", "Monitoring Officer, Essex County Council",
         D(2025, 9, 30), None, "Complete", "Agreed by Essex, Southend-on-Sea and Thurrock in September."),
        ("1.2", "Appoint interim statutory officers (Head of Paid Service, Monitoring Officer and "
                "Chief Finance Officer) to the CCA", "Chief Executive, Essex County Council",
         D(2025, 11, 30), D(2026, 1, 31), "At risk",
         "Interview dates moved to December pending confirmation of the Regulations."),
        ("1.3", "Inaugural meeting of the CCA held and constitution adopted",
         "Monitoring Officer, Essex County Council", "Q4 2025/26", None, "On track",
         "Provisional date: 2 March 2026."),
        ("WS2 – Finance and assurance",),
        ("2.1", "Produce the CCA's first medium term financial plan and 2026/27 budget",
         "Interim Chief Finance Officer", D(2026, 2, 28), None, "On track", ""),
        ("2.2", "Assurance framework submitted to MHCLG for sign-off",
         "Interim Chief Finance Officer / Head of Strategy, Southend-on-Sea City Council",
         D(2025, 10, 31), D(2025, 12, 15), "Off track",
         "MHCLG comments received 20 October; resubmission required."),
        ("2.3", "Internal and external audit arrangements procured", "Interim Chief Finance Officer",
         D(2026, 3, 31), None, "On track", "Joint procurement with Essex County Council."),
        ("WS3 – Transport",),
        ("3.1", "Data-sharing agreement for the Local Transport Plan signed by all three highway "
                "authorities", "Director, Highways and Transportation (ECC)", D(2025, 9, 30),
         D(2025, 12, 31), "At risk", "Thurrock legal review outstanding."),
        ("3.2", "Transfer Bus Service Improvement Plan (BSIP) funding agreements to the CCA",
         "Head of Passenger Transport, Essex County Council and Transport Manager, Thurrock Council",
         D(2026, 4, 30), None, "On track", ""),
        ("WS4 – Skills and employment",),
        ("4.1", "Adult Skills Fund readiness conditions evidenced to the Department for Education",
         "Head of Skills, Southend-on-Sea City Council", D(2025, 10, 31), None, "Complete",
         "Readiness letter received 29 October."),
        ("4.2", "Provider engagement events held in north, mid and south Essex",
         "Employment and Skills Board Manager", D(2025, 7, 31), None, "Complete", ""),
        ("WS5 – Communications and engagement",),
        ("5.1", "Launch CCA website and public-facing brand\n(holding page live at establishment; full "
                "site by May 2026)",
         "Head of Communications (ECC); Communications Lead (Thurrock)", D(2026, 5, 31), None,
         "On track", "Brand options to Leaders in November."),
    ]
    r = 4
    for row in rows:
        if len(row) == 1:
            ws.cell(row=r, column=1, value=row[0]).font = BOLD
            for c in range(1, 8):
                ws.cell(row=r, column=c).fill = FILL["grey"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            for c, v in enumerate(row, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                if isinstance(v, datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=6).fill = FILL[status_fill[row[5]]]
            grid(ws, r, 7)
        r += 1
    wb.save(out("sn-greater-essex-cca-implementation-programme-highlight-report.xlsx"))


# ============================================================ 2. Cadent HSE tracker
def cadent():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    widths(ws, [16, 18, 58, 14, 16, 14])
    ws["A1"] = "Cadent Gas Limited"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "HSE Improvement Notices – Remediation Action Tracker"
    ws["A2"].font = Font(bold=True, size=16)
    ws["A4"] = "Document control"
    ws["A4"].font = BOLD
    for r, (k, v) in enumerate([("Version", "v0.7"), ("Date", "14/02/2025"),
                                ("Owner", "Head of Safety, Health and Wellbeing"),
                                ("Reviewed by", "Safety, Health and Environment Committee"),
                                ("Classification", "Internal – shared with HSE")], start=5):
        ws.cell(row=r, column=1, value=k).font = BOLD
        ws.cell(row=r, column=2, value=v)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    ws["A11"] = "Notices covered"
    ws["A11"].font = BOLD
    heads = ["Notice", "HSE reference", "Legislation", "Date served", "Compliance date", "Extended to"]
    for c, h in enumerate(heads, start=1):
        ws.cell(row=12, column=c, value=h).font = BOLD
        ws.cell(row=12, column=c).fill = FILL["pale"]
    grid(ws, 12, 6)
    notices = [
        ("IN 1", "IN/312048856", "Control of Vibration at Work Regulations 2005, reg 7(1)",
         "18/10/2024", "31/01/2025", "28/03/2025"),
        ("IN 2", "IN/312048857", "Control of Substances Hazardous to Health Regulations 2002, reg 7(1)",
         "18/10/2024", "31/03/2025", ""),
        ("IN 3", "IN/312051420", "Management of Health and Safety at Work Regulations 1999, reg 3(1)",
         "05/11/2024", "30/04/2025", ""),
    ]
    for r, row in enumerate(notices, start=13):
        for c, v in enumerate(row, start=1):
            ws.cell(row=r, column=c, value=v)
        grid(ws, r, 6)
    ws["A17"] = "RAG key"
    ws["A17"].font = BOLD
    for r, (k, col, text) in enumerate(
            [("B", "blue", "Complete – evidence held and shared with HSE"),
             ("G", "green", "On track"),
             ("A", "amber", "At risk of missing due date – mitigation in place"),
             ("R", "red", "Overdue or will miss the compliance date")], start=18):
        ws.cell(row=r, column=1, value=k).fill = FILL[col]
        ws.cell(row=r, column=2, value=text)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)

    ws = wb.create_sheet("Tracker")
    widths(ws, [7, 55, 30, 13, 13, 10, 10, 48])
    ws["A1"] = "HSE Improvement Notices – Action Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Status as at 14 February 2025"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Action", "Action owner", "Original due date", "Revised due date",
             "Previous RAG", "Current RAG", "Progress update / evidence"]
    for c, h in enumerate(heads, start=1):
        ws.cell(row=4, column=c, value=h).font = BOLD
        ws.cell(row=4, column=c).fill = FILL["pale"]
    grid(ws, 4, 8)
    ws.freeze_panes = "A5"
    rag = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    rows = [
        ("IN 1 – Control of Vibration at Work Regulations 2005, regulation 7(1): health surveillance "
         "for employees exposed to hand-arm vibration",),
        ("1.1", "Identify all operatives in Network Maintenance and Emergency Response who use vibrating "
                "tools and confirm their exposure category", "Occupational Health Manager",
         D(2024, 11, 29), None, "G", "B",
         "Exposure register completed for 2,146 operatives; shared with HSE 03/12/2024."),
        ("1.2", "Complete Tier 1 and Tier 2 HAVS health surveillance questionnaires for all operatives "
                "identified in 1.1", "Occupational Health Manager", D(2025, 1, 31), D(2025, 3, 28),
         "A", "A", "84% complete. Extension to 28/03/2025 agreed with HSE inspector on 21/01/2025."),
        ("1.3", "Introduce a HAVS referral pathway to the occupational health provider for Tier 3 "
                "clinical assessment and record outcomes on the OH system",
         "Occupational Health Manager; Head of HR Operations", D(2025, 3, 28), None, "G", "G",
         "Pathway live from 10/01/2025; first 37 referrals made."),
        ("1.4", "Brief all first-line managers in the North West and West Midlands networks on reporting "
                "HAVS symptoms and restricting tool use",
         "Network Director – North West / Network Director – West Midlands", D(2024, 12, 20), None,
         "G", "B", "Briefings delivered to 212 managers; attendance records held."),
        ("IN 2 – COSHH Regulations 2002, regulation 7(1): control of exposure to respirable crystalline "
         "silica when cutting and breaking out road surfaces",),
        ("2.1", "Mandate on-tool water suppression or extraction for all cut-off saws and breakers used "
                "on street works", "Head of Safety, Health and Wellbeing", D(2024, 12, 31), None,
         "G", "B", "Standard SHE/STD/041 issued 16/12/2024."),
        ("2.2", "Face-fit test all operatives who need tight-fitting RPE and record the results",
         "Lucy Adeyemi & Craig Holt", D(2025, 2, 28), D(2025, 3, 31), "G", "A",
         "Fit testers' capacity limited in January; additional contractor booked."),
        ("2.3", "Carry out personal exposure monitoring for RCS across a sample of 40 sites and report "
                "the results to HSE", "Occupational Hygienist", D(2025, 3, 31), None, None, "G",
         "Monitoring contractor appointed; 11 of 40 sites sampled."),
        ("2.4", "Update the COSHH assessment for street works and brief all affected teams",
         "Head of Safety, Health and Wellbeing", D(2025, 1, 31), D(2025, 2, 14), "A", "R",
         "Draft assessment out to trade union safety representatives for consultation; will miss the "
         "revised date."),
        ("IN 3 – Management of Health and Safety at Work Regulations 1999, regulation 3(1): suitable and "
         "sufficient risk assessment for lone working at gas escapes",),
        ("3.1", "Review the lone working risk assessment for Emergency Response first call operatives, "
                "including out-of-hours attendance at domestic escapes", "Head of Emergency Response",
         D(2025, 2, 28), None, None, "G", "Workshops held with operatives in all four networks."),
        ("3.2", "Roll out lone worker devices with escalation to the Network Control Centre",
         "Head of Emergency Response / IT Service Delivery Manager", D(2025, 4, 30), None, None, "G",
         "Devices ordered; pilot in North London from 03/03/2025."),
        ("3.3", "Submit evidence of compliance with IN 3 to the HSE inspector",
         "Director of Safety, Health and Environment", D(2025, 4, 30), None, None, None, "Not started."),
    ]
    r = 5
    for row in rows:
        if len(row) == 1:
            cell = ws.cell(row=r, column=1, value=row[0])
            cell.font = Font(bold=True, color="FFFFFF")
            cell.alignment = WRAP
            for c in range(1, 9):
                ws.cell(row=r, column=c).fill = FILL["navy"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 30
        else:
            for c, v in enumerate(row, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                if isinstance(v, datetime):
                    cell.number_format = "dd/mm/yyyy"
            for c in (6, 7):
                v = row[c - 1]
                if v:
                    ws.cell(row=r, column=c).fill = FILL[rag[v]]
                    ws.cell(row=r, column=c).alignment = Alignment(horizontal="center")
            grid(ws, r, 8)
        r += 1
    wb.save(out("sn-cadent-gas-hse-improvement-notices-action-tracker.xlsx"))


# ============================================================ 3. British Business Bank risk register (refuse)
def bbb():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    widths(ws, [28, 70])
    ws["A1"] = "British Business Bank plc"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Strategic Risk Register 2025-26"
    ws["A2"].font = Font(bold=True, size=16)
    ws["A3"] = "Q2 update – position at 30 September 2025"
    for r, (k, v) in enumerate([("Reported to", "Audit and Risk Committee, 4 November 2025"),
                                ("Register owner", "Chief Risk Officer"),
                                ("Prepared by", "Enterprise Risk Management team"),
                                ("Classification", "OFFICIAL – SENSITIVE")], start=5):
        ws.cell(row=r, column=1, value=k).font = BOLD
        ws.cell(row=r, column=2, value=v)
    ws["A10"] = "Scoring"
    ws["A10"].font = BOLD
    ws["A11"] = "Score = Impact (1–5) × Likelihood (1–5)"
    ws["A12"] = "15–25"
    ws["B12"] = "High – outside appetite; ExCo attention"
    ws["A12"].fill = FILL["red"]
    ws["A13"] = "8–12"
    ws["B13"] = "Medium – at the limit of appetite"
    ws["A13"].fill = FILL["amber"]
    ws["A14"] = "1–6"
    ws["B14"] = "Low – within appetite"
    ws["A14"].fill = FILL["green"]
    ws["A16"] = "Action status"
    ws["A16"].font = BOLD
    ws["A17"] = "Complete / On track / Delayed / Not started"

    ws = wb.create_sheet("Register")
    widths(ws, [8, 44, 22, 10, 10, 10, 9, 50, 28, 15, 13])
    ws["A1"] = "Strategic Risk Register 2025-26 – principal risks and further mitigating actions"
    ws["A1"].font = Font(bold=True, size=12)
    heads = ["Risk ID", "Principal risk", "Risk owner", "Residual score (Q1)", "Residual score (Q2)",
             "Target score", "Action ref", "Further mitigating action", "Action owner", "Target date",
             "Action status"]
    for c, h in enumerate(heads, start=1):
        ws.cell(row=3, column=c, value=h).font = Font(bold=True, color="FFFFFF")
        ws.cell(row=3, column=c).fill = FILL["navy"]
    grid(ws, 3, 11)
    ws.freeze_panes = "A4"
    risks = [
        ("SR1", "Credit and investment risk: losses on guarantee and investment programmes exceed plan "
                "because of weaker smaller-business credit conditions", "Chief Risk Officer", 16, 16, 12,
         [("SR1.1", "Refresh stress testing of the Growth Guarantee Scheme portfolio against the Q2 "
                    "macroeconomic scenarios", "Head of Credit Risk", "December 2025", "On track"),
          ("SR1.2", "Introduce quarterly performance reviews for the ten largest accredited lenders",
           "Director, Lender Relationships", "March 2026", "On track")]),
        ("SR2", "Fraud and financial crime: fraudulent applications are made through delivery partners "
                "and are not detected", "Chief Operating Officer", 15, 12, 10,
         [("SR2.1", "Complete the counter-fraud control assessment of Start Up Loans delivery partners",
           "Head of Counter Fraud", "Febuary 2026", "Not started"),
          ("SR2.2", "Deliver mandatory fraud awareness training to all staff", "Head of Counter Fraud",
           "November 2025", "Complete")]),
        ("SR3", "Cyber and information security: a successful attack disrupts programme delivery or "
                "leads to loss of customer or partner data", "Chief Information Officer", 16, 16, 9,
         [("SR3.1", "Migrate the remaining legacy servers to the cloud platform and decommission the "
                    "Sheffield data room", "Head of Technology Infrastructure", "June 2026", "Delayed"),
          ("SR3.2", "Run a cyber incident exercise with the Executive Committee",
           "Chief Information Security Officer", "January 2026", "On track")]),
        ("SR4", "People and capability: the Bank cannot recruit and retain specialist investment and "
                "risk staff", "Chief People Officer", 12, 12, 8,
         [("SR4.1", "Agree pay flexibilities for specialist investment roles with the Department for "
                    "Business and Trade", "Chief People Officer", "March 2026", "On track")]),
        ("SR5", "Delivery of the expanded mandate: new programmes from the 2025 Spending Review are not "
                "mobilised on time", "Chief Executive Officer", 12, 15, 9,
         [("SR5.1", "Update the business plan and capital allocation for the Spending Review settlement",
           "Chief Strategy Officer", "January 2026", "On track")]),
    ]
    status_fill = {"Complete": "blue", "On track": "green", "Delayed": "amber"}

    def score_fill(s):
        return "red" if s >= 15 else ("amber" if s >= 8 else "green")

    r = 4
    for rid, text, owner, q1, q2, tgt, actions in risks:
        first = r
        for aref, atext, aowner, due, status in actions:
            for c, v in enumerate([aref, atext, aowner, due, status], start=7):
                ws.cell(row=r, column=c, value=v)
            if status in status_fill:
                ws.cell(row=r, column=11).fill = FILL[status_fill[status]]
            grid(ws, r, 11)
            r += 1
        last = r - 1
        for c, v in enumerate([rid, text, owner, q1, q2, tgt], start=1):
            ws.cell(row=first, column=c, value=v)
            if c >= 4:
                ws.cell(row=first, column=c).fill = FILL[score_fill(v)]
            if last > first:
                ws.merge_cells(start_row=first, start_column=c, end_row=last, end_column=c)
        grid(ws, first, 11)
    wb.save(out("sn-british-business-bank-strategic-risk-register-2025-26-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


DOCX_FILL = {"blue": "5B9BD5", "green": "92D050", "amber": "FFC000", "red": "FF0000",
             "grey": "E7E6E6", "head": "D9E2F3"}


def set_cell(cell, text, bold=False):
    """Write text into a cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for extra in parts[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(extra)
        rr.bold = bold


def header_row(table, heads):
    for i, h in enumerate(heads):
        c = table.rows[0].cells[i]
        set_cell(c, h, bold=True)
        shade(c, DOCX_FILL["head"])


def merged_row(table, text, colour="grey"):
    row = table.add_row()
    cell = row.cells[0].merge(row.cells[-1])
    set_cell(cell, text, bold=True)
    shade(cell, DOCX_FILL[colour])


# ============================================================ 4. St Michael's Hospice CQC action plan
def hospice():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("St Michael's Hospice – CQC Inspection Action Plan", style="Title")
    doc.add_paragraph("Following the CQC assessment of our hospice services (report published 12 March "
                      "2025). Update for the Clinical Governance Committee, 30 June 2025.")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Director of Clinical Services"), ("Version", "1.3"),
                 ("Approved by", "Clinical Governance Committee, 8 April 2025"),
                 ("Monitoring", "Monthly at the Quality and Safety Group"),
                 ("Date of this update", "30 June 2025")]:
        row = t.add_row()
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)

    doc.add_paragraph("")
    doc.add_paragraph("RAG status key", style="Heading 3")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, col, v in [("Blue", "blue", "Completed, with evidence of impact"),
                      ("Green", "green", "On track"),
                      ("Amber", "amber", "Some slippage; expected to complete within the target date"),
                      ("Red", "red", "Overdue, or significant risk to delivery")]:
        row = t.add_row()
        set_cell(row.cells[0], k, bold=True)
        shade(row.cells[0], DOCX_FILL[col])
        set_cell(row.cells[1], v)

    heads = ["Ref", "Action", "Lead", "Target date", "Progress", "RAG"]
    rag_fill = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}

    def plan_table(items):
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        header_row(tb, heads)
        for it in items:
            if isinstance(it, str):
                merged_row(tb, it)
                continue
            ref, action, lead, date, progress, rag, fill_only = it
            row = tb.add_row()
            for i, v in enumerate([ref, action, lead, date, progress, rag]):
                set_cell(row.cells[i], v)
            colour = fill_only or rag_fill.get(rag)
            if colour:
                shade(row.cells[5], DOCX_FILL[colour])
        return tb

    doc.add_paragraph("Section A – Breach of regulations (must do)", style="Heading 1")
    plan_table([
        "Regulation 12 (Safe care and treatment): The provider must ensure that controlled drugs are "
        "stored, recorded and checked in line with national guidance and the hospice's medicines policy.",
        ("A1.1", "Introduce twice-daily controlled drug balance checks on the In-Patient Unit, signed by "
                 "two registered nurses", "Ward Manager, In-Patient Unit", "31/03/2025",
         "Implemented 17 March; weekly audit shows 100% compliance.", "Blue", None),
        ("A1.2", "Replace the controlled drugs cupboard and install an access log in line with the "
                 "Misuse of Drugs (Safe Custody) Regulations", "Facilities Manager", "30/04/2025",
         "New cupboard installed 2 May; access log in use.", "Blue", None),
        ("A1.3", "Commission an external pharmacy audit of controlled drugs management and report the "
                 "findings to the Clinical Governance Committee",
         "Lead Pharmacist (SLA with Wye Valley NHS Trust)", "July 2025", "Audit booked for 15 July.",
         "Green", None),
        "Regulation 17 (Good governance): The provider must ensure that audits of patient records "
        "identify and act on gaps in risk assessments for falls and pressure ulcers.",
        ("A2.1", "Revise the monthly documentation audit tool to include falls and pressure ulcer risk "
                 "assessments, with an action log for each audit", "Quality and Governance Lead",
         "30/04/2025", "New tool in use from April.", "Blue", None),
        ("A2.2", "Report audit results and actions to the Quality and Safety Group each month and to the "
                 "Clinical Governance Committee each quarter",
         "Quality and Governance Lead / Director of Clinical Services", "Ongoing",
         "Standing agenda item from May 2025.", "Green", None),
    ])

    doc.add_paragraph("")
    doc.add_paragraph("Section B – Areas for improvement (should do)", style="Heading 1")
    plan_table([
        "The service should ensure that all staff in the Hospice at Home team complete level 3 "
        "safeguarding adults training.",
        ("B1.1", "Book all Hospice at Home registered nurses and healthcare assistants onto level 3 "
                 "safeguarding adults training", "Hospice at Home Team Leader", "30/09/2025",
         "18 of 26 staff trained; remaining places booked for August and September.", "Amber", None),
        "The service should ensure that people's preferences for their place of death are consistently "
        "recorded.",
        ("B2.1", "Add preferred place of care and death as a mandatory field in SystmOne care plans.\n"
                 "Audit recording quarterly and share the results with the community team.",
         "Clinical Systems Lead; Community Nurse Specialist Team Leader", "Aug 2025",
         "Template change requested from the supplier; no release date yet.", "Red", None),
        "The service should review the arrangements for cleaning and storing commodes on the In-Patient "
        "Unit.",
        ("B3.1", "Introduce a commode cleaning schedule with 'I am clean' labels and weekly spot checks",
         "Housekeeping Supervisor", "31/05/2025", "Completed; spot checks show 96% compliance.", "",
         "blue"),
    ])

    doc.add_paragraph("")
    doc.add_paragraph("Signed on behalf of the Board of Trustees: Chief Executive. Date: 30 June 2025")
    doc.save(out("sn-st-michaels-hospice-herefordshire-cqc-inspection-action-plan.docx"))


# ============================================================ 5. Berkhamsted Town Council lessons learned
def berkhamsted():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    p = doc.add_paragraph()
    r = p.add_run("Berkhamsted Town Council")
    r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Christmas Lights Switch-On 2024: Lessons Learned Action Plan", style="Title")
    doc.add_paragraph("Report to the Community Services Committee – 20 January 2025. Progress updated "
                      "for the meeting of 14 July 2025.")
    doc.add_paragraph("Background", style="Heading 2")
    doc.add_paragraph(
        "The Christmas Lights Switch-On took place on Saturday 30 November 2024 on the High Street and at "
        "the Civic Centre. Around 9,000 people attended, well above the 6,000 planned for. A debrief was "
        "held on 10 December 2024 with the Council's events team, Hertfordshire Constabulary, the "
        "stewarding contractor, Dacorum Borough Council's licensing team and representatives of High "
        "Street traders. This plan sets out the lessons identified and the actions agreed.")
    doc.add_paragraph("Status: Complete (blue) – On track (green) – At risk (amber) – Overdue (red) – "
                      "Not started")

    heads = ["Ref", "Action", "Responsible", "By when", "Status"]
    colour = {"Complete": "blue", "On track": "green", "At risk": "amber", "Overdue": "red"}

    def theme(title, items):
        doc.add_paragraph(title, style="Heading 2")
        tb = doc.add_table(rows=1, cols=5)
        tb.style = "Table Grid"
        header_row(tb, heads)
        for it in items:
            if isinstance(it, str):
                merged_row(tb, it)
                continue
            row = tb.add_row()
            for i, v in enumerate(it):
                set_cell(row.cells[i], v)
            if it[4] in colour:
                shade(row.cells[4], DOCX_FILL[colour[it[4]]])

    theme("1. Event planning and safety management", [
        "Lesson 1.1: The event management plan was not updated after the attendance estimate was "
        "increased in October.",
        ("1.1a", "Review the event management plan at a fixed point six weeks before the event and "
                 "re-issue it to the Safety Advisory Group", "Events Officer", "October 2025", "On track"),
        ("1.1b", "Adopt a method for estimating attendance based on footfall data from the High Street "
                 "counters for previous years", "Deputy Town Clerk", "June 2025", "Complete"),
        "Lesson 1.2: There was no single named event safety officer on the day.",
        ("1.2a", "Appoint a qualified event safety officer for every Council event with an expected "
                 "attendance of over 2,000", "Town Clerk", "September 2025", "On track"),
    ])
    theme("2. Crowd management and stewarding", [
        "Lesson 2.1: Crowd density outside the Civic Centre reached unsafe levels between 17:00 and "
        "17:30.",
        ("2.1a", "Move the switch-on stage from the Civic Centre steps to the Lower Kings Road car park",
         "Events Officer / Facilities Manager", "November 2025", "Not started"),
        ("2.1b", "Increase the stewarding contract from 24 to 40 SIA-licensed stewards and require a "
                 "crowd management plan from the contractor", "Deputy Town Clerk", "Aug 2025", "At risk"),
        "Lesson 2.2: It took 40 minutes to reunite a lost child with their family because there was no "
        "agreed meeting point.",
        ("2.2a", "Set up a staffed lost children and vulnerable persons point and publicise it in the "
                 "event programme", "Events Officer", "November 2025", "On track"),
    ])
    theme("3. Road closure and traffic management", [
        "Lesson 3.1: The High Street road closure was put in place 25 minutes late because the traffic "
        "management contractor arrived late.",
        ("3.1a", "Include arrival times and a penalty clause in the traffic management contract",
         "Deputy Town Clerk", "30/06/2025", "Complete"),
        ("3.1b", "Apply to Hertfordshire County Council for the 2025 temporary traffic regulation order",
         "Events Officer", "31/07/2025", "Overdue"),
    ])
    theme("4. Communications", [
        "Lesson 4.1: Residents and traders said they did not get enough notice of the road closure and "
        "parking suspensions.",
        ("4.1a", "Send letters to all affected residents and businesses at least four weeks before the "
                 "event", "Communications Officer", "October 2025", "Not started"),
        ("4.1b", "Agree a joint communications plan for the festive season with Dacorum Borough Council "
                 "and Visit Herts", "Communications Officer; Cllr P. Malik", "Ongoing", "On track"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph("Next review: Community Services Committee, October 2025.")
    doc.save(out("sn-berkhamsted-town-council-christmas-lights-lessons-learned-action-plan.docx"))


# ============================================================ 6. Woodland Trust board action log (csv)
def woodland():
    import csv
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    ncol = 8
    w.writerow(["Woodland Trust – Board of Trustees: Action Log"] + [""] * (ncol - 1))
    w.writerow(["Exported 02/12/2025 16:42 from BoardPacks. Open and recently closed actions."]
               + [""] * (ncol - 1))
    w.writerow([""] * ncol)
    w.writerow(["Action No", "Meeting", "Minute ref", "Action", "Owner", "Due date", "RAG", "Update"])
    rows = [
        ("A231", "25 Mar 2025", "BT25/14",
         "Bring a revised reserves policy to the Board, taking account of the legacy income forecast",
         "Director of Finance and Resources", "Jul-25", "Complete", "Approved at July meeting (BT25/38)."),
        ("A236", "25 Mar 2025", "BT25/19",
         "Circulate the Finance Committee's review of the strategic risk register to all trustees",
         "Company Secretary", "Apr-25", "Complete", "Circulated 14/04/2025."),
        ("A240", "22 Jul 2025", "BT25/41",
         "Commission an independent review of the tree nursery supply chain for UK sourced and grown "
         "stock", "Chief Executive", "Jan-26", "Green",
         "Terms of reference agreed; shortlist of reviewers prepared."),
        ("A241", "22 Jul 2025", "BT25/43",
         "Report to the Board on progress against the Emergency Tree Fund grant targets",
         "Director of Conservation and External Affairs", "Nov-25", "Amber",
         "Q2 grant data not yet validated, report likely to slip to the January meeting."),
        ("A244", "22 Jul 2025", "BT25/45",
         "Set up a trustee working group on the estate strategy", "Chair of the Board", "Sep-25",
         "Complete", "Group met 9 September."),
        ("A247", "30 Sep 2025", "BT25/52",
         "Bring options for the Grantham head office lease renewal, including a hybrid working "
         "assessment", "Director of Finance and Resources / Director of People", "Mar-26", "Green", ""),
        ("A248", "30 Sep 2025", "BT25/53",
         "Arrange a trustee briefing on the Charity Commission's guidance on charities and risk "
         "management (CC26)", "Company Secretary", "Dec-25", "Green", "Booked for the 9 December away day."),
        ("A250", "30 Sep 2025", "BT25/55",
         "Include a safeguarding dashboard in every Board pack", "Director of People", "Standing item",
         "Green", "First dashboard included in the September pack."),
        ("A251", "30 Sep 2025", "BT25/57",
         "Write to the Forestry Commission asking for an update on England Woodland Creation Offer "
         "payment delays", "Chief Executive", "Oct-25", "Red",
         "Letter drafted, awaiting Chair's approval. Now overdue."),
        ("A253", "30 Sep 2025", "BT25/58",
         "Review the Board skills matrix and the recruitment plan for the two trustee vacancies arising "
         "in July 2026", "KD, HL", "Feb-26", "", ""),
    ]
    for row in rows:
        w.writerow(row)
    with open(out("sn-woodland-trust-board-of-trustees-action-log.csv"), "w", encoding="utf-8-sig",
              newline="") as f:
        f.write(buf.getvalue())


# ============================================================ 7. NYM Coast to Coast highlight report (txt)
def nym():
    H = "Ref\tMilestone\tLead\tDue\tRAG\tComment"
    lines = [
        "North York Moors National Park Authority",
        "Coast to Coast National Trail (eastern section) – Programme Highlight Report, Quarter 2 2025/26",
        "",
        "Reporting period: July to September 2025",
        "Prepared for: Coast to Coast Programme Board, 16 October 2025",
        "Prepared by: National Trail Officer (East)",
        "Overall status: AMBER",
        "",
        "RAG key: G = on track; A = some slippage, recoverable within the programme; "
        "R = serious slippage, Board decision needed; C = complete",
        "",
        "SUMMARY",
        "Path surfacing between Ingleby Cross and Clay Bank is complete. Manufacture of the fingerposts "
        "is delayed by the supplier, and the path creation agreement at Glaisdale Rigg is still being "
        "negotiated. The trail opening event remains planned for spring 2026.",
        "",
        "Workstream A: Path and infrastructure works",
        H,
        "A1\tResurface 3.2 km of eroded path between Ingleby Cross and Clay Bank\tRanger Team Leader "
        "(West)\tAug-25\tC\tCompleted 22 August",
        "A2\tReplace 14 stiles with self-closing gates between Blakey Ridge and Glaisdale\tRanger Team "
        "Leader (East)\tNov-25\tG\t",
        "A3\tReplace the footbridge on the Egton Bridge stepping stones route\tHead of Recreation and "
        "Tourism / Building Surveyor\t31/03/2026\tA\tListed building consent needed; pre-application "
        "advice received",
        "",
        "Workstream B: Signage and waymarking",
        H,
        "B1\tAgree National Trail acorn signage design with Natural England\tNational Trail Officer "
        "(East)\tJun-25\tC\t",
        "B2\tManufacture and install 120 fingerposts and waymarks on the eastern section\tNational Trail "
        "Officer (East)\tDec-25\tR\tSupplier has put back delivery to February 2026; revised installation "
        "plan to Board",
        "B3\tInstall interpretation panels at Robin Hood's Bay and Grosmont\tInterpretation Officer\t"
        "Q4 2025/26\tG\t",
        "",
        "Workstream C: Access and legal",
        H,
        "C1\tComplete the path creation agreement with the landowner at Glaisdale Rigg\tRights of Way "
        "Officer; Solicitor (NYMNPA)\tOct-25\tA\tHeads of terms agreed; awaiting landowner's signature",
        "C2\tConfirm the diversion order for the route through Littlebeck woods\tRights of Way Officer\t"
        "30/11/2025\tG\tNo objections received",
        "",
        "Workstream D: Communications and launch",
        H,
        "D1\tAgree a joint launch plan with the Lake District and Yorkshire Dales National Park "
        "Authorities and Natural England\tHead of Communications\tJan-26\tG\t",
        "D2\tTrain 20 volunteer trail ambassadors for the eastern section\tVolunteer Coordinator\tMar-26"
        "\t\tNot started – recruitment opens in January",
        "",
        "KEY RISKS",
        "Signage delay could push back the opening event (risk score 12, increasing).",
        "Landowner agreement at Glaisdale Rigg: the fall-back is a temporary route on existing rights of "
        "way.",
        "",
        "DECISIONS REQUIRED",
        "The Board is asked to note this report and to agree the revised installation plan for "
        "signage (B2).",
        "",
    ]
    with open(out("sn-north-york-moors-npa-coast-to-coast-national-trail-programme-highlight-report.txt"),
              "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines))


if __name__ == "__main__":
    gecca()
    cadent()
    bbb()
    hospice()
    berkhamsted()
    woodland()
    nym()
    print("built 7 files")
