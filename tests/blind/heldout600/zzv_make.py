"""Build the seven zzv- blind test files (set heldout600).

Run with: /work/main/.venv/bin/python zzv_make.py
Writes only files whose names start with "zzv-" into this script's folder.
"""
import csv
import os
from datetime import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "Blue": "0070C0",
    "Green": "00B050",
    "Amber": "FFC000",
    "Red": "FF0000",
    "Grey": "D9D9D9",
    "Head": "1F4E78",
    "Theme": "DDEBF7",
    "Rec": "F2F2F2",
}


def fill(name):
    return PatternFill("solid", start_color=FILL[name], end_color=FILL[name])


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def out(name):
    assert name.startswith("zzv-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Northumberland NPA - peer challenge action plan (xlsx, read)
# ---------------------------------------------------------------------------
def make_northumberland():
    title = "Northumberland National Park Authority Peer Challenge 2024 – Action Plan"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Peer challenge carried out 12–14 November 2024 by a team from National Parks England and the LGA"
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Summary of changes"),
        ("1.0", "14/03/2025", "Head of Strategy & Performance", "First version approved by Leadership Team"),
        ("1.1", "13/05/2025", "Head of Strategy & Performance", "Revised target dates for actions 1.1, 2.1 and 5.1"),
        ("1.2", "02/06/2025", "Head of Strategy & Performance", "Progress position at 31 May 2025 added for Authority meeting"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    cov["A10"] = "RAG key"
    cov["A10"].font = Font(bold=True)
    key = [
        ("Blue", "Complete"),
        ("Green", "On track"),
        ("Amber", "Some slippage – recoverable within the revised date"),
        ("Red", "Off track – needs Authority attention"),
    ]
    for i, (col, meaning) in enumerate(key):
        a = cov.cell(row=11 + i, column=1, value=col)
        a.fill = fill(col)
        a.border = BOX
        b = cov.cell(row=11 + i, column=2, value=meaning)
        b.border = BOX
    cov["A16"] = "Owner: Chief Executive (National Park Officer). Reported to the Authority twice a year."
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 32
    cov.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Progress position at 31 May 2025 – report to Authority meeting, 25 June 2025"
    ws.merge_cells("A2:H2")
    heads = ["Ref", "Action", "Lead officer", "Original target", "Revised target",
             "Previous RAG", "Current RAG", "Progress commentary"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("Head")
        c.alignment = WRAP
        c.border = BOX

    d = lambda y, m, dd: datetime(y, m, dd)
    plan = [
        ("theme", "A. Strategic direction and priorities"),
        ("rec", "Recommendation 1 – Translate the Management Plan into a small number of clear corporate priorities that members and staff can own"),
        ("act", "1.1", "Agree a one-page Authority Plan for 2025-28 with no more than six corporate priorities, linked to the Management Plan outcomes",
         "Chief Executive (National Park Officer)", d(2025, 3, 31), d(2025, 6, 30), "Amber", "Green",
         "Draft considered at member workshop; final version to Authority on 25 June 2025."),
        ("act", "1.2", "Hold a member and staff workshop to test the draft priorities before they go to the Authority for approval",
         "Head of Strategy & Performance", d(2025, 1, 31), None, "Green", "Blue",
         "Workshop held 28 January 2025 at Ingram; 14 members and 31 staff attended."),
        ("rec", "Recommendation 2 – Align the medium-term financial plan with the corporate priorities and set out options for closing the budget gap"),
        ("act", "2.1", "Produce a refreshed Medium Term Financial Plan 2025/26 – 2028/29 showing the savings and income options against each priority",
         "Chief Finance Officer", d(2025, 2, 28), d(2025, 9, 30), "Amber", "Amber",
         "Delayed until Defra grant settlement for 2025/26 confirmed (received April 2025)."),
        ("act", "2.2", "Report income generation options (car parking, The Sill visitor centre, commercial filming) to the Finance & Resources Committee",
         "Head of Commercial & Visitor Services / Chief Finance Officer", d(2025, 7, 31), None, "Green", "Green",
         "Options paper in preparation; car park survey completed."),
        ("theme", "B. Governance and member development"),
        ("rec", "Recommendation 3 – Strengthen the induction and development offer for Secretary of State and local authority appointed members"),
        ("act", "3.1", "Introduce a member induction programme with a site visit, a planning training session and a governance session within three months of appointment",
         "Democratic Services Manager", d(2025, 4, 30), None, "Amber", "Red",
         "Post vacant February–April 2025; programme now being drafted by new post holder."),
        ("act", "3.2", "Offer every member an annual one-to-one development conversation with the Chair",
         "Chair of the Authority", d(2025, 5, 31), None, "Green", "Green",
         "11 of 18 conversations held."),
        ("theme", "C. Partnerships and communities"),
        ("rec", "Recommendation 4 – Build on the Hadrian’s Wall and Sycamore Gap response to develop a more structured approach to partnership working"),
        ("act", "4.1", "Map the Authority’s partnerships and agree which ones the Authority leads, supports or simply attends",
         "Head of Partnerships & Engagement", d(2025, 9, 30), None, "Green", "Green",
         "Partnership register started; 42 partnerships listed so far."),
        ("act", "4.2", "Set up a liaison meeting with Northumberland County Council, the Forestry Commission and the National Trust",
         "Chief Executive (National Park Officer)", "Quarterly", None, "Green", "Green",
         "First meeting held 9 April 2025; next 10 July 2025."),
        ("theme", "D. Organisational capacity"),
        ("rec", "Recommendation 5 – Address single points of failure in key professional roles"),
        ("act", "5.1", "Complete a workforce plan identifying single-person roles and succession options",
         "HR Manager", d(2025, 3, 31), d(2025, 10, 31), "Red", "Amber",
         "Role mapping complete; succession options to Leadership Team in September."),
        ("act", "5.2", "Agree a shared-service arrangement for ecology and legal advice with a neighbouring authority",
         "Head of Corporate Services", d(2026, 3, 31), None, None, "Not started",
         "Initial conversation with Lake District NPA planned for autumn 2025."),
    ]
    r = 5
    for item in plan:
        if item[0] == "theme":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True, size=12)
            for j in range(1, 9):
                ws.cell(row=r, column=j).fill = fill("Theme")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        elif item[0] == "rec":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True, italic=True)
            c.alignment = WRAP
            for j in range(1, 9):
                ws.cell(row=r, column=j).fill = fill("Rec")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 30
        else:
            _, ref, act, lead, orig, rev, prev, cur, comm = item
            vals = [ref, act, lead, orig, rev, prev, cur, comm]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, datetime):
                    c.number_format = "mmm-yy"
            for j, v in ((6, prev), (7, cur)):
                if v in FILL:
                    ws.cell(row=r, column=j).fill = fill(v)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes: revised target dates were agreed by Leadership Team on 13 May 2025. RAG key: see Cover sheet.")
    r += 2
    ws.cell(row=r, column=1, value="Summary of current RAG").font = Font(bold=True)
    r += 1
    for lab, n in (("Blue", 1), ("Green", 5), ("Amber", 2), ("Red", 1), ("Not started", 1), ("Total", 10)):
        a = ws.cell(row=r, column=1, value=lab)
        ws.cell(row=r, column=2, value=n)
        if lab in FILL:
            a.fill = fill(lab)
        r += 1
    for col, w in zip("ABCDEFGH", (7, 60, 30, 12, 12, 11, 11, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(out("zzv-northumberland-npa-peer-challenge-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Coventry Building Society - FCA BiFD remediation tracker (xlsx, read)
# ---------------------------------------------------------------------------
def make_coventry():
    title = "Coventry Building Society – Borrowers in Financial Difficulty (BiFD) Remediation Programme"
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Programme summary – Board Risk Committee, 16 September 2025"
    heads = ["Workstream", "Actions", "Closed", "On track", "At risk", "Off track", "Not started"]
    for j, h in enumerate(heads):
        c = sm.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    srows = [
        ("WS1 – Customer engagement & contact strategy", 4, 2, 1, 1, 0, 0),
        ("WS2 – Fees, charges and redress", 3, 1, 0, 0, 1, 1),
        ("WS3 – Oversight and quality assurance", 2, 0, 1, 1, 0, 0),
        ("Total", 9, 3, 2, 2, 1, 1),
    ]
    for i, row in enumerate(srows):
        for j, v in enumerate(row):
            c = sm.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    sm["A10"] = "Accountable executive (SMF24): Chief Operating Officer"
    sm["A11"] = "Next update to FCA supervision team: 30 September 2025"
    sm.column_dimensions["A"].width = 48

    ky = wb.create_sheet("Key")
    ky["A1"] = "Status key (cell colour in the Status column)"
    ky["A1"].font = Font(bold=True)
    key = [
        ("Blue", "Closed – evidence validated by Conduct Risk (2LoD)"),
        ("Green", "On track"),
        ("Amber", "At risk – mitigations in place"),
        ("Red", "Off track – escalated to Programme Steering Group"),
        (None, "No fill – not yet started"),
    ]
    for i, (col, meaning) in enumerate(key):
        a = ky.cell(row=3 + i, column=1)
        a.border = BOX
        if col:
            a.fill = fill(col)
        ky.cell(row=3 + i, column=2, value=meaning)
    ky.column_dimensions["B"].width = 55

    ws = wb.create_sheet("Action Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Data as at 05/09/2025 – for Board Risk Committee, 16 September 2025"
    heads = ["Action ID", "FCA feedback point", "Remediation action", "Action owner",
             "Target date", "Status", "Update / evidence"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("Head")
        c.border = BOX
        c.alignment = WRAP
    d = lambda y, m, dd: datetime(y, m, dd)
    groups = [
        ("WS1 – Customer engagement & contact strategy", [
            ("Contact strategy relies heavily on letters; customers who miss a payment are not offered a range of channels to engage", [
                ("BiFD-1.1", "Introduce SMS and email contact at day 5 of a missed payment, with a link to the online income and expenditure tool",
                 "Head of Collections & Recoveries", d(2025, 6, 30), "Blue", "Live from 2 June 2025; 2LoD validation closed 21 July."),
                ("BiFD-1.2", "Review the arrears letter suite with the Customer Vulnerability team and test the redrafted letters with a customer panel",
                 "Head of Customer Communications; Customer Vulnerability Lead", "31/12/2025 (revised from 30/09/2025)", "Amber",
                 "Customer panel moved to October because of the Co-operative Bank integration freeze."),
            ]),
            ("Forbearance options offered were mainly short-term arrangements to pay, without consideration of term extensions or interest-only periods", [
                ("BiFD-1.3", "Update the Forbearance Policy to set out the full range of options and when each should be considered",
                 "Head of Mortgage Risk Policy", d(2025, 7, 31), "Blue", "Policy v4.0 approved by Retail Credit Committee 24 July 2025."),
                ("BiFD-1.4", "Deliver refresher training on tailored forbearance to all collections colleagues and team leaders",
                 "Collections Training Manager", d(2025, 10, 31), "Green", "68% of colleagues trained."),
            ]),
        ]),
        ("WS2 – Fees, charges and redress", [
            ("Arrears fees charged to some customers exceeded the reasonable cost of administering arrears", [
                ("BiFD-2.1", "Complete the cost-reflectivity review of the monthly arrears management fee and report to the Pricing Committee",
                 "Finance Business Partner – Mortgages", d(2025, 8, 31), "Blue", "Fee reduced from £25 to £15 from 1 September 2025."),
                ("BiFD-2.2", "Identify affected customers from January 2021 and calculate redress, including 8% simple interest",
                 "Remediation Programme Manager", d(2025, 11, 30), "Red", "Data extraction from legacy system incomplete; revised plan to Steering Group 23 September."),
                ("BiFD-2.3", "Issue redress payments and customer letters, and report completion to the FCA supervision team",
                 "Remediation Programme Manager", d(2026, 3, 31), None, "Depends on BiFD-2.2."),
            ]),
        ]),
        ("WS3 – Oversight and quality assurance", [
            ("First line quality assurance checks focus on process adherence rather than customer outcomes", [
                ("BiFD-3.1", "Redesign the QA scorecard around the four Consumer Duty outcomes, with a customer outcome rating for each call reviewed",
                 "Head of Quality Assurance", d(2025, 9, 30), "Green", "New scorecard in parallel run during September."),
                ("BiFD-3.2", "Add BiFD outcome MI (forbearance sustainability at 6 and 12 months) to the monthly Conduct Risk dashboard",
                 "Chief Risk Officer / Head of Conduct Risk", d(2025, 12, 31), "Amber", "MI definitions agreed; data feed not yet built."),
            ]),
        ]),
    ]
    r = 5
    for ws_name, points in groups:
        c = ws.cell(row=r, column=1, value=ws_name)
        c.font = Font(bold=True)
        for j in range(1, 8):
            ws.cell(row=r, column=j).fill = fill("Grey")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for point, acts in points:
            first = r
            for (aid, act, owner, tgt, status, upd) in acts:
                vals = [aid, point if r == first else None, act, owner, tgt, None, upd]
                for j, v in enumerate(vals):
                    cc = ws.cell(row=r, column=1 + j, value=v)
                    cc.alignment = WRAP
                    cc.border = BOX
                    if isinstance(v, datetime):
                        cc.number_format = "dd/mm/yyyy"
                if status:
                    ws.cell(row=r, column=6).fill = fill(status)
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Status is shown by cell colour – see Key tab.")
    for col, w in zip("ABCDEFG", (11, 40, 55, 32, 16, 9, 45)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(out("zzv-coventry-building-society-fca-borrowers-in-financial-difficulty-remediation-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. Totnes Town Council - risk register (xlsx, refuse: "Febuary 2026")
# ---------------------------------------------------------------------------
def make_totnes():
    wb = Workbook()
    ws = wb.active
    ws.title = "Risk Register 2025-26"
    ws["A1"] = "Totnes Town Council – Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Adopted by Full Council on 7 April 2025 (minute 25/041)."
    ws["A3"] = "Next review: April 2026. Reviewed by: Finance & General Purposes Committee."
    heads = ["Ref", "Risk", "Hazard / consequence", "Current control measures", "L", "S",
             "Score", "RAG", "Further action required", "Resp.", "Target date"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("Grey")
        c.border = BOX
        c.alignment = WRAP

    def rag(score):
        return "Green" if score <= 6 else ("Amber" if score <= 12 else "Red")

    plan = [
        ("area", "Financial control"),
        ("risk", "F1", "Loss of income from the Civic Hall and the markets", "Budget shortfall; call on general reserves",
         "Monthly budget monitoring to Finance Committee; hire charges reviewed annually", 3, 3,
         "Review Civic Hall hire charges and market pitch fees for 2026/27 and report to Finance Committee", "Town Clerk / RFO", "Nov 2025"),
        ("risk", "F2", "Fraud or error in payments", "Financial loss; reputational damage",
         "Two councillors authorise all online payments; monthly bank reconciliation signed by Chair of Finance", 2, 4,
         "Move to dual authorisation in the Unity Trust online banking app for all payments over £500", "RFO", "June 2025"),
        ("risk", "F3", "Inadequate reserves", "Unable to meet unexpected costs",
         "Reserves policy reviewed annually", 2, 3,
         "Set up an earmarked reserve for Civic Hall roof repairs in the 2026/27 budget", "Finance Committee", "Jan 2026"),
        ("area", "Assets and premises"),
        ("risk", "A1", "Injury to a member of the public on council land (play areas, Leechwell Garden)", "Claim against the council; harm to residents",
         "Weekly visual checks; annual RoSPA inspection; public liability insurance £10m", 2, 5,
         "Replace damaged safety surfacing at the Borough Park play area", "Facilities Manager", "Sept 2025"),
        ("risk", "A2", "Deterioration of the Civic Hall building", "Closure; loss of hire income",
         "Condition survey 2023; planned maintenance programme", 3, 4,
         "Obtain quotes for roof repairs and consider a Public Works Loan Board application", "Town Clerk", "31/12/2025"),
        ("area", "Governance and compliance"),
        ("risk", "G1", "Failure to meet the Transparency Code publication requirements", "Qualified audit opinion; loss of public confidence",
         "Website checked quarterly by Deputy Town Clerk", 2, 3,
         "Publish all payments over £500 and the 2024/25 AGAR documents on the new website", "Deputy Town Clerk", "Febuary 2026"),
        ("risk", "G2", "Breach of data protection law (UK GDPR)", "ICO action; reputational damage",
         "Privacy notices published; councillor training October 2024", 2, 4,
         "Move all councillors to council email accounts and close personal accounts used for council business", "Deputy Town Clerk", "March 2026"),
        ("area", "Staffing"),
        ("risk", "S1", "Loss of key staff (Town Clerk, RFO)", "Services disrupted; statutory deadlines missed",
         "Desk instructions for key tasks; SLCC membership", 3, 4,
         "Cross-train the Deputy Town Clerk on payroll and year-end accounts", "Town Clerk", "Mar-26"),
    ]
    r = 6
    for item in plan:
        if item[0] == "area":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            for j in range(1, 12):
                ws.cell(row=r, column=j).fill = fill("Theme")
        else:
            _, ref, risk, haz, ctrl, l, s, act, resp, tgt = item
            score = l * s
            vals = [ref, risk, haz, ctrl, l, s, score, rag(score).upper(), act, resp, tgt]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=8).fill = fill(rag(score))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key: L = likelihood, S = severity (each 1–5). Score 1–6 GREEN, 8–12 AMBER, 15–25 RED.")
    ws.cell(row=r + 1, column=1, value="Progress on further actions is reported to each Finance & General Purposes Committee.")
    for col, w in zip("ABCDEFGHIJK", (6, 34, 30, 40, 4, 4, 7, 9, 48, 18, 13)):
        ws.column_dimensions[col].width = w
    wb.save(out("zzv-totnes-town-council-risk-register-2025-26-typo-month-refuse.xlsx"))


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


def set_cell(cell, text, bold=False):
    """Write text; a \n in text becomes a new paragraph in the cell."""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for extra in parts[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(extra)
        rr.bold = bold


def table(doc, header, rows, widths=None):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for j, h in enumerate(header):
        set_cell(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "D9E2F3")
    for row in rows:
        cells = t.add_row().cells
        for j, v in enumerate(row):
            if v:
                set_cell(cells[j], v)
    return t


# ---------------------------------------------------------------------------
# 4. Cambridgeshire and Peterborough CA - ICO audit action plan (docx, read)
# ---------------------------------------------------------------------------
def make_cpca():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(
        "Cambridgeshire and Peterborough Combined Authority – ICO Data Protection Audit Action Plan",
        style="Title")
    doc.add_paragraph(
        "Consensual audit by the Information Commissioner’s Office, fieldwork 14–16 January 2025; "
        "final report issued 3 March 2025. Progress position at 30 September 2025, for the Audit and "
        "Governance Committee on 24 October 2025.")

    doc.add_heading("Document control", level=1)
    table(doc, ["Version", "Date", "Author", "Status"], [
        ["0.1", "10/03/2025", "Information Governance Manager", "Draft for SIRO"],
        ["1.0", "25/03/2025", "Data Protection Officer", "Agreed with the ICO"],
        ["1.3", "30/09/2025", "Data Protection Officer", "Progress update"],
    ])

    doc.add_heading("Status key", level=1)
    t = table(doc, ["RAG", "Meaning"], [
        ["Blue", "Complete – evidence held"],
        ["Green", "On track to meet the target date"],
        ["Amber", "Behind schedule – will complete by the revised date"],
        ["Red", "Overdue or at risk – escalated to the SIRO"],
    ])
    for i, col in enumerate(["Blue", "Green", "Amber", "Red"], start=1):
        shade(t.rows[i].cells[0], FILL[col])
    doc.add_paragraph(
        "ICO priority ratings: Urgent, High, Medium and Low, as defined in Appendix 3 of the audit report.")

    header = ["Ref", "ICO recommendation", "Priority", "Agreed action", "Action owner",
              "Target date", "RAG", "Progress update"]
    sections = [
        ("1. Governance and Accountability", [
            ("A4", "The Combined Authority should ensure that the Information Governance Board meets at the frequency set out in its terms of reference and that its minutes record decisions and actions on data protection risks.",
             "High", [
                 ("A4.1", "Re-establish quarterly Information Governance Board meetings chaired by the SIRO, with a forward plan agreed for 2025/26.",
                  "SIRO / Head of Legal and Governance", "31 March 2025", "Blue", "First meeting held 19 March 2025; meetings since in June and September."),
                 ("A4.2", "Add a standing data protection risk item to the Information Governance Board agenda and report exceptions to the Audit and Governance Committee twice a year.",
                  "Data Protection Officer", "Ongoing", "Green", "Standing item in place; first exception report to this Committee."),
             ]),
            ("A7", "The Combined Authority should complete its Record of Processing Activities (RoPA) so that it covers all directorates, including the Mayor’s Office and the Business Board.",
             "Medium", [
                 ("A7.1", "Issue RoPA templates to each directorate and hold workshops with information asset owners.",
                  "Information Governance Manager", "30/06/2025", "Blue", "Six workshops held April–June 2025."),
                 ("A7.2", "Quality-check the returns and publish the consolidated RoPA on the intranet.",
                  "Information Governance Manager", "31/07/2025\nRevised: 31/10/2025", "Amber",
                  "Two directorate returns outstanding (Transport; Mayor’s Office)."),
             ]),
        ]),
        ("2. Records Management", [
            ("B2", "The Combined Authority should approve and publish a retention schedule and ensure that records held in Microsoft 365 are disposed of in line with it.",
             "High", [
                 ("B2.1", "Update the corporate retention schedule to reflect the transport and adult skills functions transferred to the Combined Authority.",
                  "Records Manager", "June 2025", "Blue", "Schedule v3 approved by the Information Governance Board 17 June 2025."),
                 ("B2.2", "Configure Microsoft 365 retention labels for the main record types and run a pilot in the Finance directorate.",
                  "Head of ICT and Digital", "Q3 2025/26", "Green", "Labels built in test tenancy; pilot starts November."),
                 ("B2.3", "Carry out an audit of shared drives and delete records held past their retention period, reporting the results to the Information Governance Board.",
                  "Records Manager and Information Asset Owners", "31/03/2026", "", "To start after the Microsoft 365 pilot."),
             ]),
        ]),
        ("3. Security of Personal Data", [
            ("C5", "The Combined Authority should ensure that all laptops and removable media used to process personal data are encrypted, and that unencrypted devices are withdrawn.",
             "Urgent", [
                 ("C5.1", "Complete the encryption audit of all laptops and withdraw any device that cannot be encrypted.",
                  "Head of ICT and Digital", "28 February 2025", "Blue", "Audit complete; 7 devices withdrawn."),
                 ("C5.2", "Block write access to USB storage on all corporate devices, with an exceptions process approved by the SIRO.",
                  "Head of ICT and Digital", "30 April 2025", "Red",
                  "Exceptions process drafted; technical block delayed by the move to the new device management platform."),
             ]),
            ("C9", "The Combined Authority should test its personal data breach procedure at least once a year.",
             "Medium", [
                 ("C9.1", "Run a breach response exercise with the ICT, Communications and Legal teams and record the lessons learned.",
                  "DPO & Head of ICT and Digital", "November 2025", "Green", "Exercise booked for 12 November 2025."),
             ]),
        ]),
    ]
    for heading, recs in sections:
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for j, h in enumerate(header):
            set_cell(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "D9E2F3")
        for rref, rtext, prio, acts in recs:
            first_idx = len(t.rows)
            for (aref, atext, owner, tgt, rag, upd) in acts:
                cells = t.add_row().cells
                set_cell(cells[0], aref)
                set_cell(cells[3], atext)
                set_cell(cells[4], owner)
                set_cell(cells[5], tgt)
                if rag:
                    set_cell(cells[6], rag)
                    shade(cells[6], FILL[rag])
                set_cell(cells[7], upd)
            last_idx = len(t.rows) - 1
            rc = t.cell(first_idx, 1)
            pc = t.cell(first_idx, 2)
            if last_idx > first_idx:
                rc = rc.merge(t.cell(last_idx, 1))
                pc = pc.merge(t.cell(last_idx, 2))
            set_cell(rc, rref + ": " + rtext)
            set_cell(pc, prio)
        doc.add_paragraph("")

    doc.add_paragraph(
        "Note: the ICO will carry out a follow-up review around nine months after the final report. "
        "Actions rated Blue are closed only when the DPO has seen the evidence.")
    doc.add_heading("Sign-off", level=1)
    table(doc, ["Role", "Name", "Date"], [
        ["Senior Information Risk Owner", "Head of Legal and Governance", "30/09/2025"],
        ["Chief Executive", "", "30/09/2025"],
    ])
    doc.save(out("zzv-cambridgeshire-and-peterborough-ca-ico-data-protection-audit-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. The Scout Association - board of trustees rolling action log (docx, read)
# ---------------------------------------------------------------------------
def make_scouts():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_paragraph("The Scout Association – Board of Trustees Rolling Action Log", style="Title")
    p = doc.add_paragraph("Updated for the Board meeting on 4 December 2025. Paper B/25/61.")
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    doc.add_paragraph(
        "Actions marked complete are shown once and then removed from the log. "
        "Six actions were removed after the September meeting.")
    t = table(doc, ["Status", "Meaning"], [
        ["B", "Complete"],
        ["G", "On track"],
        ["A", "At risk of slipping"],
        ["R", "Overdue"],
    ])
    for i, col in enumerate(["Blue", "Green", "Amber", "Red"], start=1):
        shade(t.rows[i].cells[0], FILL[col])

    header = ["Minute", "Action", "Owner", "Due", "Status", "Update"]
    meetings = [
        ("Meeting of 18 June 2025", [
            ("25/34", "Circulate the revised Safeguarding Policy to all trustees for comment before it comes to the September Board.",
             "Director of Safeguarding", "July 2025", "B", "Circulated 8 July; comments included in the version approved in September."),
            ("25/37", "Bring a proposal on the future use of the Gilwell Park conference centre, including a five-year income forecast.",
             "Chief Operating Officer", "December 2025", "A", "Deferred from September at the request of the Finance Committee."),
            ("25/41", "Arrange a trustee visit to a Scout Adventures centre before the end of the summer.",
             "JH, PR", "Aug 2025", "B", "Visit to Youlbury on 23 August; six trustees attended."),
        ]),
        ("Meeting of 10 September 2025", [
            ("25/52", "Report on volunteer joining times (enquiry to first meeting) by nation and region, with a comparison to 2024.",
             "Director of Volunteering", "December 2025", "G", "On the agenda for 4 December."),
            ("25/55", "Review the trustee skills matrix and recommend priority skills for the 2026 trustee recruitment campaign.",
             "Chair of the Nominations Committee", "January 2026", "A", "Skills survey returned by 9 of 12 trustees."),
            ("25/56", "Share the cyber security penetration test results with the Audit & Risk Committee.",
             "Chief Operating Officer / Head of IT", "October 2025", "R", "Test rescheduled by the supplier to 20 November."),
        ]),
        ("Extraordinary meeting of 8 October 2025", [
            ("EGM 25/03", "Write to all County and Area Commissioners explaining the membership subscription increase for 2026.",
             "CEO", "31 October 2025", "B", "Letter sent 24 October."),
            ("EGM 25/04", "Update the reserves policy to reflect the decision on the designated property fund.",
             "Treasurer; Finance Director", "TBC", "", "Waiting for the auditors’ view on the fund designation."),
        ]),
    ]
    rag_fill = {"B": "Blue", "G": "Green", "A": "Amber", "R": "Red"}
    for heading, rows in meetings:
        doc.add_heading(heading, level=2)
        t = table(doc, header, [list(r) for r in rows])
        for i, r in enumerate(rows, start=1):
            if r[4]:
                shade(t.rows[i].cells[4], FILL[rag_fill[r[4]]])
    doc.add_paragraph("")
    doc.add_paragraph("Prepared by the Company Secretary. Queries to governance@scouts.org.uk.")
    doc.save(out("zzv-scout-association-board-of-trustees-action-log.docx"))


# ---------------------------------------------------------------------------
# 6. Competition and Markets Authority - internal audit tracker (csv, read)
# ---------------------------------------------------------------------------
def make_cma():
    ncol = 8
    pad = lambda *v: list(v) + [""] * (ncol - len(v))
    rows = [
        pad("Competition and Markets Authority – Internal Audit Recommendations Tracker"),
        pad("Audit and Risk Assurance Committee, 18 November 2025. Position at 31 October 2025."),
        pad(),
        ["Ref", "Priority", "Agreed management action", "Action owner", "Original due date",
         "Revised due date", "Status", "Latest update"],
        pad("2024/25-02 Payroll and Expenses – Moderate assurance"),
        ["PE-01", "Medium", "Introduce a monthly exception report of expense claims submitted more than 90 days after the expense was incurred.",
         "Head of Finance Operations", "31/03/2025", "", "Complete", "Report live from April 2025 payroll run."],
        ["PE-02", "Low", "Remind line managers that they must check receipts before approving claims.",
         "Head of HR Operations", "30/04/2025", "30/06/2025", "Complete", "Included in June managers’ bulletin and SOP updated."],
        pad("2024/25-04 Procurement and Contract Management – Limited assurance"),
        ["PCM-01", "High", "Create a single contracts register covering all contracts above £10,000.\nAssign a named contract manager to each contract on the register.",
         "Commercial Director", "30/06/2025", "30/11/2025", "Amber", "Register built; 70% of contract manager fields populated."],
        ["PCM-02", "High", "Deliver contract management training to all named contract managers, using the Government Commercial Function foundation course.",
         "Commercial Director; Head of L&D", "30/09/2025", "", "Green", "41 of 52 contract managers accredited."],
        ["PCM-03", "Medium", "Report contract waivers (single tender actions) to the Executive Committee.",
         "Finance Director", "Quarterly", "", "Green", "First report to ExCo in July 2025; next January 2026."],
        pad("2025/26-01 Cyber Security: Third-Party Access – Limited assurance"),
        ["CY-01", "High", "Remove dormant third-party accounts and introduce a 60-day automatic expiry for supplier access.",
         "Chief Information Officer", "31/08/2025", "31/01/2026", "Red", "Tooling procured; delayed by the change of service desk contract."],
        ["CY-02", "Medium", "Add a cyber security schedule to all new ICT supplier contracts.",
         "Chief Information Officer and Commercial Director", "30/11/2025", "", "Green", "Schedule drafted with GLD."],
        ["CY-03", "Low", "Update the Acceptable Use Policy to cover contractors and agency staff.",
         "Head of Information Security", "31/12/2025", "", "Not started", ""],
        pad(),
        pad("Summary"),
        pad("Total actions", "8"),
        pad("Complete", "2"),
        pad("Green", "3"),
        pad("Amber", "1"),
        pad("Red", "1"),
        pad("Not started", "1"),
    ]
    with open(out("zzv-competition-and-markets-authority-arac-internal-audit-recommendations-tracker.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Rugby School - ISI inspection action plan (tab-separated txt, read)
# ---------------------------------------------------------------------------
def make_rugby():
    lines = [
        "Rugby School – ISI Inspection Action Plan",
        "Routine inspection 11–13 March 2025; report published 2 May 2025",
        "Approved by the Governing Body 19 June 2025. Updated 1 December 2025 for the Education and Pastoral Committees.",
        "",
        "Key: C = completed; G = on track; A = some delay; R = significant concern",
        "",
        "\t".join(["Ref", "Action", "Lead", "By when", "RAG", "Evidence of impact / comment"]),
        "Section 1: Leadership and management, and governance",
        "Recommended next step 1: Leaders should ensure that the oversight of pupils' use of mobile devices in boarding houses is applied consistently across all houses.",
        "\t".join(["1.1", "Agree a single whole-school mobile device protocol for boarding houses, replacing individual house rules.",
                   "Deputy Head (Pastoral)", "September 2025", "C", "Protocol in place from start of the academic year; shared with parents."]),
        "\t".join(["1.2", "Audit compliance with the protocol in each house through learning walks by the Senior Housemaster.",
                   "Senior Housemaster", "Termly", "G", "First round completed November 2025; two houses followed up."]),
        "Section 2: Quality of education, training and recreation",
        "Recommended next step 2: Leaders should ensure that teaching in the lower school consistently adapts tasks to challenge the most able pupils.",
        "\t".join(["2.1", "Run a CPD programme on adaptive teaching for all teachers of F Block and E Block.",
                   "Director of Teaching and Learning", "31/01/2026", "G", "Three of five sessions delivered."]),
        "\t".join(["2.2", "Introduce a stretch-and-challenge focus in lesson observations and report the findings to the Education Committee.",
                   "Deputy Head (Academic) / Heads of Department", "Summer term 2026", "A", "Observation schedule delayed by staff absence."]),
        "Section 3: Pupils' physical and mental health and emotional wellbeing",
        "Recommended next step 3: Leaders should make sure that the results of the pupil wellbeing survey are analysed by year group and house and used to plan support.",
        "\t".join(["3.1", "Run the pupil wellbeing survey in October 2025 and analyse the results by house, year group and gender.",
                   "Head of Wellbeing", "Nov-25", "C", "92% response rate; analysis shared with Housemasters and Housemistresses."]),
        "\t".join(["3.2", "Present the survey findings and a support plan to the Pastoral Committee, with actions for each house.",
                   "Head of Wellbeing; Heads of House", "Jan-26", "G", "Paper drafted for 22 January meeting."]),
        "\t".join(["3.3", "Extend the school counselling service by two days a week.",
                   "Bursar", "April 2026", "R", "Funding not yet agreed in the 2026/27 budget."]),
        "",
        "Next review: Education Committee, February 2026",
    ]
    with open(out("zzv-rugby-school-isi-inspection-action-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_northumberland()
    make_coventry()
    make_totnes()
    make_cpca()
    make_scouts()
    make_cma()
    make_rugby()
    print("done")
