"""Build the seven zyt- blind test files (set heldout612).

Run with: /work/main/.venv/bin/python zyt_make.py
Writes only files whose names start with 'zyt-' in this folder.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zyt-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
FILL = {
    "B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000",
    "grey": "D9D9D9", "head": "1F3864", "pale": "DDEBF7",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day):
    return dt.datetime(y, m, day)


def style_header(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["head"])
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX


def put(ws, row, values, wrap=True):
    for i, v in enumerate(values, start=1):
        cell = ws.cell(row=row, column=i, value=v)
        cell.alignment = Alignment(wrap_text=wrap, vertical="top")
        cell.border = BOX
        if isinstance(v, dt.datetime):
            cell.number_format = "dd/mm/yyyy"


def band(ws, row, text, ncols, colour="grey", bold=True, italic=False):
    ws.cell(row=row, column=1, value=text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1)
    c.font = Font(bold=bold, italic=italic)
    c.fill = fill(FILL[colour])
    c.alignment = Alignment(wrap_text=True, vertical="top")


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_row(row):
    for cell in row.cells:
        for p in cell.paragraphs:
            for r in p.runs:
                r.bold = True


# ====================================================================
# 1. Refuge - ARC internal audit recommendations tracker (xlsx)
# ====================================================================
def refuge():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Refuge – Internal audit recommendations tracker"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Audit & Risk Committee, 18 November 2025 – agenda item 7"
    cov["A3"] = "Report of: Head of Governance and Risk"
    cov["A5"] = "Summary of actions by current RAG"
    cov["A5"].font = Font(bold=True)
    put(cov, 6, ["Current RAG", "Number of actions"])
    style_header(cov, 6, 2)
    rows = [("B", 4), ("G", 3), ("A", 2), ("R", 0), ("Total", 9)]
    for i, (k, n) in enumerate(rows, start=7):
        put(cov, i, [k, n])
        if k in FILL:
            cov.cell(row=i, column=1).fill = fill(FILL[k])
    cov["A13"] = "RAG key"
    cov["A13"].font = Font(bold=True)
    key = [
        ("B", "Implemented – evidence reviewed by the Governance team"),
        ("G", "On track to meet the target date"),
        ("A", "Some slippage – revised date agreed or date at risk"),
        ("R", "Overdue – target date has passed"),
    ]
    for i, (k, t) in enumerate(key, start=14):
        put(cov, i, [k, t])
        cov.cell(row=i, column=1).fill = fill(FILL[k])
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Tracker")
    n = 8
    band(ws, 1, "Internal audit recommendations – position at 31 October 2025", n,
         colour="pale")
    ws.cell(row=1, column=1).font = Font(bold=True, size=13)
    ws["A2"] = ("Actions reported as implemented at the September 2025 ARC have been "
                "removed. Revised dates shown have been agreed by the Executive Team.")
    ws.merge_cells("A2:H2")
    ws["A2"].alignment = Alignment(wrap_text=True)
    put(ws, 4, ["Ref", "Agreed management action", "Action owner",
                "Original target date", "Revised target date",
                "Previous RAG (Sep-25)", "Current RAG", "Progress update"])
    style_header(ws, 4, n)

    r = 5
    data = [
        ("band", "Safeguarding case management – IA 03/24-25 (Limited assurance, reported March 2025)"),
        ("rec", "Rec 1 (High) – Case file audits should be completed monthly in every service and the results reported to the Safeguarding Committee."),
        ("act", ["SCM 1.1", "Introduce a monthly case file audit schedule covering all refuges and community-based services.",
                 "Director of Services", d(2025, 3, 31), d(2025, 9, 30), "A", "B",
                 "Schedule live from July 2025; 96% of audits completed in Q2."]),
        ("act", ["SCM 1.2", "Report audit findings and themes to every Safeguarding Committee meeting.",
                 "Head of Safeguarding / Quality Lead", d(2025, 9, 30), None, "G", "B",
                 "Standing item from the July 2025 Safeguarding Committee."]),
        ("rec", "Rec 2 (Medium) – Access to the case management system should be reviewed quarterly and leavers’ accounts disabled promptly."),
        ("act", ["SCM 2.1", "Complete quarterly user access reviews with each service manager and retain the sign-off.",
                 "Head of IT", d(2025, 4, 30), d(2025, 12, 31), "R", "A",
                 "Q2 review completed for 14 of 19 services; remaining services scheduled for November."]),
        ("act", ["SCM 2.2", "Link HR leaver notifications to the IT service desk so that accounts are disabled on the leaving date.",
                 "Head of IT; HR Business Partner", d(2025, 5, 31), d(2025, 8, 31), "A", "B",
                 "Automated ticket in place since August; tested on a sample of 20 leavers."]),
        ("band", "Fundraising and Gift Aid – IA 05/24-25 (Moderate assurance, reported May 2025)"),
        ("rec", "Rec 1 (Medium) – Gift Aid declarations should be held for all claimed donations and reconciled before each claim."),
        ("act", ["FGA 1.1", "Reconcile Gift Aid declarations to the supporter database before each HMRC claim is submitted.",
                 "Head of Supporter Care", d(2025, 7, 31), d(2025, 12, 31), "A", "G",
                 "Reconciliation script built; first use on the December claim."]),
        ("rec", "Rec 2 (Low) – The fundraising complaints log should record the outcome and closure date for every complaint."),
        ("act", ["FGA 2.1", "Add outcome and closure date fields to the complaints log and back-fill the 2024-25 entries.",
                 "Fundraising Compliance Manager", d(2025, 9, 30), None, "G", "B",
                 "Complete."]),
        ("band", "IT disaster recovery – IA 01/25-26 (Limited assurance, reported September 2025)"),
        ("rec", "Rec 1 (High) – A tested disaster recovery plan should be in place for the case management system and the 24-hour helpline platform."),
        ("act", ["ITDR 1.1", "Agree recovery time objectives for each critical system with the Executive Team.",
                 "Chief Operating Officer", d(2025, 11, 30), None, "New", "G",
                 "Draft RTOs to the Executive Team on 25 November."]),
        ("act", ["ITDR 1.2", "Carry out a full failover test of the helpline telephony platform with the supplier and record the results.",
                 "Head of IT\nHelpline Manager", d(2026, 1, 31), None, "New", "A",
                 "Supplier test window offered for January 2026, subject to a contract variation."]),
        ("act", ["ITDR 1.3", "Update the disaster recovery plan for lessons from the test and report it to the Audit & Risk Committee.",
                 "Chief Operating Officer", d(2026, 3, 31), None, "New", "G", None]),
    ]
    for kind, val in data:
        if kind == "band":
            band(ws, r, val, n)
        elif kind == "rec":
            band(ws, r, val, n, colour="pale", bold=False, italic=True)
        else:
            put(ws, r, val)
            for col in (6, 7):
                v = ws.cell(row=r, column=col).value
                if v in FILL:
                    ws.cell(row=r, column=col).fill = fill(FILL[v])
                ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes: dates are shown as dd/mm/yyyy. Where a revised target date is shown it replaces the original date for RAG purposes.")
    r += 1
    ws.cell(row=r, column=1, value="Open actions: 5    Implemented since the last ARC: 4    Total: 9")
    widths = [10, 55, 26, 13, 13, 11, 9, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"
    wb.save(out("zyt-refuge-audit-and-risk-committee-internal-audit-recommendations-tracker.xlsx"))


# ====================================================================
# 2. CICA - programme highlight report (xlsx) - REFUSE (typo month)
# ====================================================================
def cica():
    wb = Workbook()
    hs = wb.active
    hs.title = "Highlight Report"
    hs["A1"] = "Criminal Injuries Compensation Authority"
    hs["A1"].font = Font(bold=True, size=12)
    hs["A2"] = "Casework Modernisation Programme – Highlight Report"
    hs["A2"].font = Font(bold=True, size=14)
    hs["A3"] = "Reporting period: October 2025   |   Report date: 7 November 2025   |   Programme Board: 13 November 2025"
    put(hs, 5, ["Senior Responsible Owner", "Director of Operations and Customer Service"])
    put(hs, 6, ["Programme Manager", "Change Portfolio Office"])
    put(hs, 7, ["Overall delivery confidence", "Previous: Amber", "Current: Amber/Red"])
    hs["C7"].fill = fill(FILL["A"])
    put(hs, 9, ["Dimension", "Previous", "Current", "Commentary"])
    style_header(hs, 9, 4)
    dims = [
        ("Schedule", "A", "R", "Case management go-live forecast moved from February to March 2026 (see WS2.3)."),
        ("Cost", "G", "G", "Forecast within the 2025-26 allocation; contract variation absorbed in contingency."),
        ("Resource", "A", "A", "Two data migration roles vacant; interim contractors start 17 November."),
        ("Scope", "G", "G", "No change."),
        ("Benefits", "G", "A", "Backlog reduction benefit will start one month later than planned."),
    ]
    for i, row in enumerate(dims, start=10):
        put(hs, i, list(row))
        hs.cell(row=i, column=2).fill = fill(FILL[row[1]])
        hs.cell(row=i, column=3).fill = fill(FILL[row[2]])
    hs["A16"] = "Key achievements this period"
    hs["A16"].font = Font(bold=True)
    hs["A17"] = "• Private beta of the online application form opened to 400 applicants."
    hs["A18"] = "• Contract variation for data migration signed on 21 October."
    hs["A20"] = "Decisions required from Programme Board"
    hs["A20"].font = Font(bold=True)
    hs["A21"] = "• Approve a four-week re-plan of the case management go-live (WS2.3) to March 2026."
    hs["A23"] = "Top risks"
    hs["A23"].font = Font(bold=True)
    put(hs, 24, ["Risk", "Score (I×L)", "Mitigation", "Owner"])
    style_header(hs, 24, 4)
    put(hs, 25, ["Data quality in legacy closed cases delays migration", "16",
                 "Additional cleansing sprint; trial migration results reviewed weekly", "Data Migration Lead"])
    put(hs, 26, ["Claims officers unable to be released for training during peak", "12",
                 "Training scheduled in two waves with backfill from the Appeals team", "Head of Learning and Development"])
    for col, w in zip("ABCD", [30, 42, 55, 30]):
        hs.column_dimensions[col].width = w

    ms = wb.create_sheet("Milestones")
    n = 7
    ms["A1"] = "Casework Modernisation Programme – Key milestones and actions"
    ms["A1"].font = Font(bold=True, size=13)
    put(ms, 2, ["Ref", "Milestone / action", "Owner", "Baseline date", "Forecast date", "RAG", "Commentary"])
    style_header(ms, 2, n)
    rows = [
        ("band", "Workstream 1 – Online application service"),
        ("act", ["WS1.1", "Release the redesigned online application form to private beta users.",
                 "Digital Product Owner", "Sep-25", "Sep-25", "Complete", "Opened 29 September; 400 applicants invited."]),
        ("act", ["WS1.2", "Complete the accessibility audit (WCAG 2.2 AA) and fix priority issues.",
                 "Digital Product Owner", "Oct-25", "Dec-25", "A", "Audit done; 9 priority fixes in the November sprint."]),
        ("act", ["WS1.3", "Pass the GDS beta service assessment.",
                 "Service Owner", "Jan-26", "Feb-26", "A", "Assessment slot requested for February."]),
        ("band", "Workstream 2 – Case management system replacement"),
        ("act", ["WS2.1", "Sign the contract variation with the system supplier for the data migration phase.",
                 "Commercial Lead; Head of Digital", "Aug-25", "Oct-25", "Complete", "Signed 21 October."]),
        ("act", ["WS2.2", "Complete a trial migration of closed cases (2019–2022).",
                 "Data Migration Lead", "Nov-25", "Jan-26", "A", "Cleansing sprint added; see top risks."]),
        ("act", ["WS2.3", "Go live with the new case management system for new applications.",
                 "Head of Digital", "Feb-26", "Mar-2O26", "R", "Re-plan for Board approval on 13 November."]),
        ("band", "Workstream 3 – People and training"),
        ("act", ["WS3.1", "Train 250 claims officers and decision makers on the new system.",
                 "Head of Learning and Development", "Mar-26", "Apr-26", "A", "Follows go-live; two training waves."]),
        ("act", ["WS3.2", "Publish revised casework guidance for decision makers.",
                 "Head of Policy and Guidance", "Feb-26", "Feb-26", "G", "Drafting under way."]),
    ]
    r = 3
    for kind, val in rows:
        if kind == "band":
            band(ms, r, val, n)
        else:
            put(ms, r, val)
            v = val[5]
            ms.cell(row=r, column=6).fill = fill(FILL["B"] if v == "Complete" else FILL[v])
        r += 1
    assert ms.cell(row=10, column=5).value == "Mar-2O26"
    ms.cell(row=r + 1, column=1, value=(
        "RAG: Complete = milestone met; G = on track to baseline; A = forecast later than baseline, "
        "recoverable; R = forecast later than baseline, needs a Board decision"))
    for col, w in zip("ABCDEFG", [8, 55, 30, 13, 13, 10, 45]):
        ms.column_dimensions[col].width = w
    wb.save(out("zyt-criminal-injuries-compensation-authority-casework-modernisation-programme-highlight-report-typo-month-refuse.xlsx"))


# ====================================================================
# 3. Greater Manchester CA - ICO data protection audit action plan (xlsx)
# ====================================================================
def gmca():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Greater Manchester Combined Authority – ICO Data Protection Audit: Management Action Plan"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Consensual audit carried out 3–5 June 2025; final report issued 22 August 2025"
    sm["A3"] = "Monitored by: Audit Committee (next report 21 January 2026)    Plan owner: Senior Information Risk Owner (SIRO)"
    put(sm, 5, ["Scope area", "Assurance rating", "Urgent", "High", "Medium", "Low", "Actions"])
    style_header(sm, 5, 7)
    for i, row in enumerate([
        ["Governance and Accountability", "Reasonable", 0, 1, 1, 0, 3],
        ["Records Management", "Limited", 1, 1, 0, 0, 2],
        ["Data Sharing", "Reasonable", 0, 0, 1, 1, 2],
        ["Total", None, 1, 2, 2, 1, 7],
    ], start=6):
        put(sm, i, row)
    sm["A9"].font = Font(bold=True)
    sm["A11"] = "Status key (colour of the Status cell on each scope area sheet)"
    sm["A11"].font = Font(bold=True)
    for i, (k, t) in enumerate([
        ("B", "Complete – evidence provided to the Data Protection Officer"),
        ("G", "On track"),
        ("A", "Some slippage – within tolerance"),
        ("R", "Overdue or at risk"),
    ], start=12):
        sm.cell(row=i, column=1).fill = fill(FILL[k])
        sm.cell(row=i, column=1).border = BOX
        sm.cell(row=i, column=2, value=t)
    sm.column_dimensions["A"].width = 32
    sm.column_dimensions["B"].width = 20

    headers = ["Ref", "ICO recommendation", "Priority", "Agreed action", "Responsible officer",
               "Target date", "Status", "Progress update – November 2025"]

    def area(tab, name, rows):
        ws = wb.create_sheet(tab)
        ws["A1"] = "ICO audit action plan"
        ws["A1"].font = Font(italic=True)
        ws["A2"] = name
        ws["A2"].font = Font(bold=True, size=13)
        put(ws, 4, headers)
        style_header(ws, 4, len(headers))
        r = 5
        for rec, prio, acts in rows:
            first = r
            for a in acts:
                ref, action, lead, date, rag, upd = a
                put(ws, r, [ref, rec if r == first else None, prio if r == first else None,
                            action, lead, date, None, upd])
                ws.cell(row=r, column=7).fill = fill(FILL[rag])
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
        for col, w in zip("ABCDEFGH", [9, 45, 10, 50, 30, 12, 9, 45]):
            ws.column_dimensions[col].width = w

    area("Governance & Accountability", "Governance and Accountability", [
        ("GMCA should ensure that the Information Governance Board receives quarterly reporting on data protection KPIs, including breaches, rights requests and training completion.",
         "High", [
             ("GA-01", "Add a quarterly data protection KPI report to the Information Governance Board forward plan.",
              "Data Protection Officer", d(2025, 9, 30), "B", "First report presented on 18 September 2025."),
         ]),
        ("GMCA should complete its Record of Processing Activities (ROPA) for all directorates and establish an annual review.",
         "Medium", [
             ("GA-02a", "Complete ROPA entries for the Digital, Transport Strategy and Public Service Reform directorates.",
              "Information Governance Manager", d(2025, 11, 30), "G", "4 of 6 directorates complete."),
             ("GA-02b", "Build an annual ROPA review into the information asset owner (IAO) annual assurance return.",
              "Information Governance Manager / Information Asset Owners", "Q4 2025/26", "G",
              "IAO return template being redesigned."),
         ]),
    ])
    area("Records Management", "Records Management", [
        ("GMCA must locate and review the records held in the offsite store and apply the retention schedule to them.",
         "Urgent", [
             ("RM-01", "Complete an inventory of the 1,140 boxes held offsite.\nDestroy or transfer records past their retention date, keeping destruction certificates.",
              "Head of Information Governance", d(2025, 12, 31), "A",
              "Inventory 70% complete; contractor capacity reduced in October."),
         ]),
        ("GMCA should implement retention and disposal controls for email and shared drives.",
         "High", [
             ("RM-02", "Apply automated retention labels to Microsoft 365 mailboxes and shared drives in line with the retention schedule.",
              "Head of ICT; Head of Information Governance", d(2026, 3, 31), "G",
              "Labels tested with the Finance directorate."),
         ]),
    ])
    area("Data Sharing", "Data Sharing", [
        ("GMCA should maintain a central register of data sharing agreements, including those with the ten constituent councils and TfGM.",
         "Medium", [
             ("DS-01", "Create a central data sharing agreement register on the IG SharePoint site and migrate existing agreements into it.",
              "Information Governance Manager", d(2025, 10, 31), "R",
              "Register created; migration delayed by staff absence – now expected December 2025."),
         ]),
        ("GMCA should ensure that data sharing agreements are reviewed by the date set in each agreement.",
         "Low", [
             ("DS-02", "Set review reminders in the register and report overdue reviews to the Information Governance Board.",
              "Data Protection Officer", "Ongoing", "G", "Reminders set for all migrated agreements."),
         ]),
    ])
    wb.save(out("zyt-greater-manchester-ca-ico-data-protection-audit-action-plan.xlsx"))


# ====================================================================
# 4. Godalming Town Council - internal audit action plan (docx)
# ====================================================================
def godalming():
    doc = Document()
    doc.add_paragraph("Godalming Town Council – Internal Audit 2024/25 Action Plan", style="Title")
    doc.add_paragraph(
        "The Council’s independent internal auditor visited on 14 May 2025 and the final report was "
        "received on 2 June 2025. The report was accepted by the Policy & Management Committee on "
        "17 July 2025, which agreed the actions below. This version is updated for Full Council on "
        "9 October 2025.")
    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate([
        ["Version", "Date", "Author", "Notes"],
        ["1.0", "17/07/2025", "Town Clerk", "Agreed by Policy & Management Committee"],
        ["1.1", "01/10/2025", "Town Clerk", "Progress update for Full Council"],
    ]):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    bold_row(t.rows[0])
    doc.add_paragraph(
        "Status key: G = on track; A = behind target; R = not achieved; "
        "Complete = action closed and evidence retained.")

    sections = [
        ("B. Financial regulations, payments and VAT", [
            ("Recommendation B1: Financial Regulations should be reviewed against the current NALC model and re-adopted, including the revised procurement thresholds.", [
                ["B1.1", "Review Financial Regulations against the 2024 NALC model and present them to the Policy & Management Committee.", "Responsible Financial Officer", "September 2025", "Complete"],
                ["B1.2", "Re-adopt Financial Regulations at Full Council and publish them on the website.", "Town Clerk", "October 2025", "G"],
            ]),
            ("Recommendation B2: Two members should verify each batch of payments against the invoices and initial the payment schedule.", [
                ["B2.1", "Introduce a payment schedule signed by two councillors at each Finance Committee meeting, with the invoices attached.", "Responsible Financial Officer; Chair of Finance Committee", "July 2025", "Complete"],
            ]),
        ]),
        ("C. Risk management and insurance", [
            ("Recommendation C1: The risk register should be reviewed by Council at least annually and linked to the insurance schedule.", [
                ["C1.1", "Present the updated risk register and insurance schedule to Full Council for its annual review.", "Deputy Town Clerk", "9 October 2025", "G"],
                ["C1.2", "Add the risk register review to the annual cycle of business each May.", "Town Clerk", "Ongoing", "G"],
            ]),
        ]),
        ("H. Asset register", [
            ("Recommendation H1: The asset register should be reconciled to the insurance schedule and show an acquisition value for every asset.", [
                ["H1.1", "Carry out a physical check of assets, including the Phillips Memorial Park play equipment, and update the register.", "Facilities Manager", "31/12/2025", "A"],
                ["H1.2", "Record acquisition values from the fixed asset files and the 2024/25 accounts.", "Responsible Financial Officer", "31/12/2025", "A"],
            ]),
        ]),
        ("L. Transparency and publication", [
            ("Recommendation L1: The Council should publish every item required by the Transparency Code for smaller authorities, including the AGAR and notice of public rights, on its website.", [
                ["L1.1", "Publish the 2024/25 AGAR, the notice of public rights and the notice of conclusion of audit on the website within the statutory deadlines.", "Town Clerk", "30/09/2025", "Complete"],
                ["L1.2", "Check the website against the Transparency Code checklist each quarter.", "Administration Officer", "Quarterly", "Not started"],
            ]),
        ]),
    ]
    for heading, recs in sections:
        doc.add_paragraph(heading, style="Heading 2")
        nrows = 1 + sum(1 + len(acts) for _, acts in recs)
        tb = doc.add_table(rows=nrows, cols=5)
        tb.style = "Table Grid"
        for j, h in enumerate(["Ref", "Action agreed", "Responsible", "Target date", "Status"]):
            tb.cell(0, j).text = h
        bold_row(tb.rows[0])
        r = 1
        for rec, acts in recs:
            m = tb.cell(r, 0).merge(tb.cell(r, 4))
            m.text = rec
            for run in m.paragraphs[0].runs:
                run.italic = True
            shade(m, "F2F2F2")
            r += 1
            for a in acts:
                for j, v in enumerate(a):
                    tb.cell(r, j).text = v
                r += 1
    doc.add_paragraph(
        "Progress against this plan will be reported to each Policy & Management Committee until all "
        "actions are closed. The internal auditor will follow up these actions at the 2025/26 interim visit.")
    s = doc.add_table(rows=2, cols=2)
    s.style = "Table Grid"
    s.cell(0, 0).text = "Approved by"
    s.cell(0, 1).text = "Town Mayor, on behalf of Full Council"
    s.cell(1, 0).text = "Date"
    s.cell(1, 1).text = "9 October 2025"
    doc.save(out("zyt-godalming-town-council-internal-audit-action-plan-2024-25.docx"))


# ====================================================================
# 5. South Downs NPA - heathland fires lessons learned (docx)
# ====================================================================
def south_downs():
    doc = Document()
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    doc.add_paragraph("Summer 2025 Heathland Fires – Lessons Learned Action Plan", style="Title")
    doc.add_paragraph("South Downs National Park Authority  |  Countryside and Policy Management")
    doc.add_paragraph(
        "Between 11 July and 19 August 2025 the Authority and its partners responded to five fires on "
        "lowland heath in the Western Downs, the largest burning 14 hectares. A multi-agency debrief was "
        "held on 30 September 2025. This plan sets out the lessons identified and the actions agreed; "
        "progress is reported to the Operational Management Team each month.")
    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Plan owner", "Director of Countryside and Policy Management"),
        ("Version", "1.2"),
        ("Last updated", "5 December 2025"),
        ("Approved by", "Operational Management Team, 14 October 2025"),
    ]):
        info.cell(i, 0).text = k
        info.cell(i, 1).text = v
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Green = complete; Amber = in progress; Red = overdue or at risk. "
                      "The RAG cell is shaded; an unshaded cell means the action has not started.")

    GREEN, AMBER, RED = "00B050", "FFC000", "FF0000"
    themes = [
        ("Theme 1: Preparedness", [
            ("Fire plans for several heathland sites were out of date and were held only as paper copies at the area office.", [
                ["1.1", "Review and update the fire plans for all 11 heathland sites managed by the Authority, with access points, water sources and sensitive features mapped.", "Area Manager (Western Downs)", "West Sussex Fire & Rescue Service; Sussex Wildlife Trust", "Mar 2026", AMBER],
                ["1.2", "Publish the fire plans on the shared GIS portal so that fire crews can view them on mobile devices.", "GIS Manager", "WSFRS; Hampshire & IoW FRS", "Apr 2026", None],
            ]),
            ("Volunteer rangers were not clear about their role once the fire service had arrived.", [
                ["1.3", "Brief all volunteer rangers on the Authority’s wildfire protocol before the 2026 fire season, including withdrawal from the fire ground.", "Volunteer Development Officer", "–", "Sept 2025 – Feb 2026", AMBER],
            ]),
        ]),
        ("Theme 2: Response and coordination", [
            ("Rendezvous points given to fire crews did not always match the gate and track names used on the ground.", [
                ["2.1", "Agree a single set of gate and access point names with both fire services and mark them on site.", "TW / KD", "WSFRS; Hampshire & IoW FRS", "Nov 2025", GREEN],
                ["2.2", "Add what3words references for each access point to the fire plans.", "GIS Manager", "–", "Nov 2025", GREEN],
            ]),
            ("Out-of-hours contact with the Authority relied on the mobile numbers of two individual members of staff.", [
                ["2.3", "Set up an out-of-hours duty officer rota for the fire season and share the number with both fire and rescue control rooms.", "Head of Operations", "WSFRS; Hampshire & IoW FRS", "Q4 2025/26", RED],
            ]),
        ]),
        ("Theme 3: Communications and visitor management", [
            ("Messages about barbecues and campfires were not consistent across the Authority’s and partners’ channels.", [
                ["3.1", "Agree a joint wildfire prevention message calendar with partners for May–September 2026.", "Communications & Engagement Manager", "National Trust; Forestry England; district councils", "Apr 2026", AMBER],
                ["3.2", "Put up temporary ‘no barbecues’ signs at heathland car parks during periods of high fire danger.", "Area Manager (Western Downs)", "Landowners", "Ongoing", AMBER],
            ]),
        ]),
        ("Theme 4: Recovery", [
            ("There was no agreed approach to monitoring habitat recovery after the fires.", [
                ["4.1", "Commission baseline and annual habitat monitoring of the burnt areas for three years.", "Lead Ecologist", "Natural England", "Jan 2026", AMBER],
            ]),
        ]),
    ]
    headers = ["Lesson identified", "Ref", "Action", "Lead", "Partners", "Due", "RAG"]
    nrows = 1 + sum(1 + sum(len(a) for _, a in lessons) for _, lessons in themes)
    t = doc.add_table(rows=nrows, cols=len(headers))
    t.style = "Table Grid"
    for j, h in enumerate(headers):
        t.cell(0, j).text = h
        shade(t.cell(0, j), "1F3864")
    for run in [r for c in t.rows[0].cells for p in c.paragraphs for r in p.runs]:
        run.bold = True
    r = 1
    for theme, lessons in themes:
        m = t.cell(r, 0).merge(t.cell(r, len(headers) - 1))
        m.text = theme
        m.paragraphs[0].runs[0].bold = True
        shade(m, "D9E2F3")
        r += 1
        for lesson, acts in lessons:
            first = r
            for a in acts:
                for j, v in enumerate(a[:5]):
                    t.cell(r, j + 1).text = v
                if a[5]:
                    shade(t.cell(r, 6), a[5])
                r += 1
            cell = t.cell(first, 0)
            if r - 1 > first:
                cell = cell.merge(t.cell(r - 1, 0))
            cell.text = lesson
    doc.add_paragraph("")
    doc.add_paragraph("Abbreviations", style="Heading 3")
    g = doc.add_table(rows=3, cols=2)
    g.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("WSFRS", "West Sussex Fire & Rescue Service"),
        ("Hampshire & IoW FRS", "Hampshire & Isle of Wight Fire and Rescue Service"),
        ("GIS", "Geographic information system"),
    ]):
        g.cell(i, 0).text = k
        g.cell(i, 1).text = v
    doc.save(out("zyt-south-downs-npa-summer-2025-heathland-fires-lessons-learned-action-plan.docx"))


# ====================================================================
# 6. Galliford Try - HSE improvement notices action tracker (csv)
# ====================================================================
def galliford():
    W = 7
    rows = [
        ["Galliford Try Building Ltd – HSE Improvement Notices Action Tracker"],
        ["Site: Riverside Quarter Phase 2, Reading – three improvement notices served on 14 August 2025 by HM Inspector of Health and Safety"],
        ["Tracker owner: Regional SHE Director | Status as at 31/10/2025"],
        [],
        ["Ref", "Action", "Owner", "Compliance date on notice", "Extended date", "Status", "Evidence / comments"],
        ["Improvement Notice IN/1 (312456781) – Work at Height Regulations 2005 reg. 6(3): edge protection to Block C scaffold lifts incomplete"],
        ["1.1", "Inspect all scaffold lifts on Block C and close gaps in edge protection; scaffold contractor to re-handover each lift.", "Site Manager", "11/09/2025", "", "Complete", "Handover certificates for lifts 1–9 on file."],
        ["1.2", "Introduce a weekly scaffold inspection by the site team in addition to the contractor's statutory inspection.", "Site Manager / Scaffold Supervisor", "11/09/2025", "", "Complete", "Inspection register in site office; first entry 20/08/2025."],
        ["1.3", "Brief all trades on the permit-to-alter-scaffold procedure and record attendance.", "SHE Advisor", "11/09/2025", "10/10/2025", "Complete", "Briefings delivered to 142 operatives; 6 absentees briefed on 8 October."],
        ["Improvement Notice IN/2 (312456782) – COSHH Regulations 2002 reg. 7(1): exposure to respirable crystalline silica during block cutting not adequately controlled"],
        ["2.1", "Stop all dry cutting on site and supply on-tool water suppression for every masonry saw.", "Project Director", "18/09/2025", "", "Complete", "Dry cutting banned by site rule from 15/08/2025; 12 saws converted."],
        ["2.2", "Face-fit test all operatives who wear RPE and keep the records in the site induction file.", "SHE Advisor", "18/09/2025", "31/10/2025", "Amber", "118 of 131 operatives tested; bricklaying subcontractor staff booked for 5 November."],
        ["2.3", "Arrange health surveillance for exposed workers through the occupational health provider.", "J. Patel & R. O'Neill", "18/09/2025", "28/11/2025", "Green", "Provider appointed; first clinic 19 November."],
        ["Improvement Notice IN/3 (312456783) – CDM Regulations 2015 reg. 27(1): pedestrian and vehicle routes at the site entrance not segregated"],
        ["3.1", "Install fixed barriers separating the pedestrian route from the delivery road at Gate 2.", "Site Manager", "25/09/2025", "", "Complete", "Barriers installed 2 September; photos sent to HSE."],
        ["3.2", "Appoint a trained gateman for all delivery hours and update the traffic management plan.", "Logistics Manager", "25/09/2025", "", "Complete", "TMP revision D issued 10/09/2025."],
        ["3.3", "Review traffic management arrangements on all Thames Valley sites and report the findings to the regional board.", "Regional SHE Director", "19/12/2025", "", "Not started", "Voluntary action – not required by the notice."],
        [],
        ["Summary: 9 actions – 6 complete, 1 green, 1 amber, 1 not started"],
        ["Note: extensions were agreed in writing by HM Inspector on 9 September 2025 (IN/1) and 16 September 2025 (IN/2)."],
    ]
    with open(out("zyt-galliford-try-hse-improvement-notices-action-tracker.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(row + [""] * (W - len(row)))


# ====================================================================
# 7. Bethesda Hospice - HIS inspection improvement action plan (txt, TSV)
# ====================================================================
def bethesda():
    lines = [
        ["Bethesda Hospice – Improvement Action Plan"],
        ["Healthcare Improvement Scotland unannounced inspection, 10–11 June 2025 (report published 26 August 2025)"],
        ["Version 2 – progress updated 14 November 2025 for the Clinical Governance Committee"],
        [],
        ["Ref", "Action planned", "Responsible person", "Timescale", "Progress", "Status"],
        ["Domain 2 – Leadership and culture"],
        ["Requirement 1: The provider must ensure that all policies and procedures are reviewed by their stated review dates and that staff are told about changes."],
        ["1.1", "Create a policy register showing review dates and owners, monitored monthly by the senior management team.", "Hospice Manager", "31/08/2025", "Register in place from August 2025.", "Complete"],
        ["1.2", "Review the 14 policies found to be out of date, starting with medicines management and adult support and protection.", "Director of Clinical Services / Lead Nurse", "31/12/2025", "11 of 14 reviewed and approved.", "On track"],
        ["Recommendation a: The service should seek the views of patients and families and show how their feedback has been used to improve the service."],
        ["a.1", "Introduce a short feedback card for inpatients and families, with a quarterly ‘You said, we did’ display in the day room.", "Patient & Family Support Lead", "October 2025", "Cards in use; first display 1 October.", "Complete"],
        ["Domain 5 – Delivery of safe, effective, compassionate and person-centred care"],
        ["Requirement 2: The provider must ensure that controlled drugs are stored, recorded and checked in line with current legislation and best practice guidance."],
        ["2.1", "Carry out and record a twice-daily controlled drug stock check by two registered nurses.", "Ward Sister", "Immediate – July 2025", "In place since 12 June 2025.", "Complete"],
        ["2.2", "Arrange an external controlled drugs audit by the NHS Western Isles pharmacy team.", "Director of Clinical Services", "March 2026", "Audit date agreed for 18 February 2026.", "On track"],
        ["Recommendation b: The service should ensure that falls risk assessments are reviewed after every fall and whenever a patient’s condition changes."],
        ["b.1", "Add a falls reassessment prompt to the electronic patient record after any incident report.", "Clinical Systems Lead", "December 2025", "Change request with supplier; delivery slipped from November.", "Amber"],
        ["b.2", "Audit falls reassessment monthly and report the results to the Clinical Governance Committee.", "Ward Sister", "Monthly from January 2026", "", "Not started"],
        ["Domain 7 – Quality control"],
        ["Requirement 3: The provider must ensure that all pre-employment checks are completed and recorded for staff and volunteers before they start work."],
        ["3.1", "Audit all personnel files against the safer recruitment checklist and obtain any missing references or PVG records.", "HR Officer", "30/09/2025", "Audit completed; 3 PVG updates received.", "Complete"],
        ["3.2", "Introduce a recruitment checklist signed off by the Hospice Manager before any start date is confirmed.", "Hospice Manager", "Ongoing", "In use since September 2025.", "On track"],
        [],
        ["Status key: Complete = evidence sent to HIS; On track = timescale will be met; Amber = delayed, revised date agreed; Not started = due later."],
        ["Signed: Chair of the Board of Trustees\t\tDate: 14/11/2025"],
    ]
    with open(out("zyt-bethesda-hospice-his-inspection-improvement-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        for row in lines:
            f.write("\t".join(row) + "\n")


if __name__ == "__main__":
    refuge()
    cica()
    gmca()
    godalming()
    south_downs()
    galliford()
    bethesda()
    print("built 7 zyt- files in", HERE)
