#!/usr/bin/env python3
"""Build the seven zdh- blind test files (set heldout788).

Run with /work/main/.venv/bin/python zdh_make.py (from any directory);
the files are written next to this script.
"""
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

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "5B9BD5"
GREY = "D9D9D9"
DARK = "1F3864"
PALE = "DDEBF7"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def out(name):
    return os.path.join(HERE, name)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


# --------------------------------------------------------------------------
# 1. Seafish – ARAC internal audit recommendations tracker (xlsx)
# --------------------------------------------------------------------------
def make_seafish():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Seafish Internal Audit Recommendations Tracker"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Sea Fish Industry Authority"
    cov["A4"] = "Audit and Risk Assurance Committee – 4 November 2025"
    cov["A5"] = "Paper ARAC 25/27 – Agenda item 7"
    cov["A6"] = ("Purpose: For assurance. The Committee is asked to note progress and to "
                 "approve the closure of the recommendations rated Blue.")
    cov["A8"] = "Document control"
    cov["A8"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Summary of changes"),
        ("0.1", "13/10/2025", "Governance & Risk Manager", "Updates requested from action owners"),
        ("0.2", "20/10/2025", "Corporate Services Director", "Reviewed; RAG ratings confirmed"),
        ("1.0", "24/10/2025", "Governance & Risk Manager", "Issued with ARAC papers"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=9 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    cov["A14"] = "RAG key"
    cov["A14"].font = Font(bold=True)
    key = [
        ("Blue", BLUE, "Implemented – proposed for closure"),
        ("Green", GREEN, "On track to meet the target date"),
        ("Amber", AMBER, "Progressing, but target date at risk or revised date agreed"),
        ("Red", RED, "Target date missed and no revised date agreed"),
    ]
    for i, (w, col, txt) in enumerate(key):
        a = cov.cell(row=15 + i, column=1, value=w)
        a.fill = fill(col)
        a.border = BOX
        b = cov.cell(row=15 + i, column=2, value=txt)
        b.border = BOX
        cov.merge_cells(start_row=15 + i, start_column=2, end_row=15 + i, end_column=4)
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 30
    cov.column_dimensions["D"].width = 40

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of open recommendations by audit – position at 20 October 2025"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Audit", "Year", "Assurance", "Actions", "Blue", "Green", "Amber", "Red", "Not yet rated"]
    data = [
        ["Cyber Security and IT Resilience", "2024/25", "Limited", 3, 2, 0, 1, 0, 0],
        ["Levy Compliance and Debt Recovery", "2024/25", "Moderate", 3, 1, 1, 1, 0, 0],
        ["Grant Management – FISP", "2025/26", "Moderate", 2, 0, 1, 0, 0, 1],
        ["Business Continuity Management", "2023/24", "Limited", 1, 0, 0, 1, 0, 0],
        ["Total", "", "", 9, 3, 2, 3, 0, 1],
    ]
    for j, v in enumerate(hdr):
        c = sm.cell(row=3, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    for i, r in enumerate(data):
        for j, v in enumerate(r):
            c = sm.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
            if r[0] == "Total":
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 38
    sm["A10"] = "Recommendations agreed as closed at the July 2025 meeting have been removed from the tracker."

    # Tracker sheet
    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Internal audit recommendations – detailed tracker"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:K1")
    ws["A2"] = ("Position at 20 October 2025. Where a revised target date has been agreed by "
                "ARAC the original date is kept for reference.")
    ws.merge_cells("A2:K2")
    heads = ["Ref", "Recommendation", "Priority", "Agreed management action", "Action owner",
             "Original target date", "Revised target date", "% complete",
             "Previous RAG (Jul 25)", "Current RAG (Oct 25)", "Progress update"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(DARK)
        c.alignment = WRAP
        c.border = BOX
    widths = [9, 42, 9, 48, 26, 12, 12, 9, 11, 11, 48]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w

    RAGFILL = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

    # (kind, ...) rows
    recs = [
        ("group", "Cyber Security and IT Resilience (2024/25) – Limited assurance"),
        ("rec", "Seafish should document and test an IT disaster recovery plan covering all "
                "critical systems, including the levy collection system.", "High", [
            ("CYB 1.1", "Document an IT disaster recovery plan setting out recovery time objectives "
                        "for each critical system.", "Head of IT", d(2025, 3, 31), d(2025, 9, 30),
             1.0, "Amber", "Blue",
             "DR plan approved by the Executive Team on 16 September 2025. Copy provided to "
             "internal audit for verification."),
            ("CYB 1.2", "Carry out a live failover test of the levy collection system and report the "
                        "results to ARAC.", "Head of IT / Head of Finance", d(2025, 6, 30),
             d(2026, 1, 31), 0.6, "Green", "Amber",
             "Test window agreed with the system supplier for w/c 12 January 2026 to avoid the "
             "quarterly levy return period."),
        ]),
        ("rec", "Multi-factor authentication should be enforced for all remote access, including "
                "third-party support accounts.", "Medium", [
            ("CYB 2.1", "Extend conditional access policies to third-party support accounts and "
                        "withdraw legacy VPN access.", "IT Infrastructure Manager", d(2025, 5, 31),
             None, 1.0, "Green", "Blue", "Legacy VPN switched off on 2 June 2025."),
        ]),
        ("group", "Levy Compliance and Debt Recovery (2024/25) – Moderate assurance"),
        ("rec", "Management should reconcile levy returns from first-hand buyers to landings data "
                "on a regular basis.", "High", [
            ("LEV 1.1", "Introduce a quarterly reconciliation of levy returns against MMO and Marine "
                        "Directorate landings data, with variances over £500 investigated.",
             "Levy Manager", d(2025, 9, 30), d(2025, 12, 31), 0.5, "Amber", "Amber",
             "Q1 reconciliation complete. Data-sharing agreement with the Marine Directorate still "
             "to be signed, delaying Q2."),
        ]),
        ("rec", "The levy debt recovery procedure should be updated and aged debt reported to "
                "senior management.", "Medium", [
            ("LEV 2.1", "Update the levy debt recovery procedure to set escalation points at 30, 60 "
                        "and 90 days.", "Finance Manager", d(2025, 7, 31), None, 1.0, "Green",
             "Blue", "Procedure published on the intranet on 28 July 2025."),
            ("LEV 2.2", "Report aged levy debt over 90 days to the Executive Team each month.",
             "Finance Manager", d(2025, 8, 31), d(2025, 10, 31), 0.75, "Green", "",
             "First two monthly reports issued; format being finalised with the Executive Team."),
        ]),
        ("group", "Grant Management – Fisheries Industry Science Partnership (2025/26) – Moderate assurance"),
        ("rec", "Grant offer letters should set out the monitoring and evidence requirements for "
                "each claim, and claims should be sample-checked.", "Medium", [
            ("GRT 1.1", "Revise the grant offer letter template to include evidence requirements "
                        "for each claim.", "Head of Grants and Partnerships", d(2025, 12, 31),
             None, 0.25, "New", "Green", "Draft template with Legal for review."),
            ("GRT 1.2", "Carry out a sample check of 10% of claims paid in 2025/26 and report the "
                        "findings to ARAC.", "Head of Grants and Partnerships; Finance Manager",
             d(2026, 3, 31), None, 0.0, "New", None, "Not started – scheduled for Q4 2025/26."),
        ]),
        ("group", "Business Continuity Management (2023/24) – Limited assurance (carried forward)"),
        ("rec", "Business continuity plans should be reviewed following the move to the new "
                "Edinburgh office and tested annually.", "High", [
            ("BC 3.1", "Complete a business continuity exercise for the Edinburgh office and record "
                       "the lessons learned.", "Corporate Services Director", d(2024, 10, 31),
             d(2025, 11, 30), 0.8, "Red", "Amber",
             "Desktop exercise held 8 October 2025. Lessons learned report in draft."),
        ]),
    ]
    r = 5
    for item in recs:
        if item[0] == "group":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            for j in range(1, 12):
                ws.cell(row=r, column=j).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
            r += 1
            continue
        _, rec_text, prio, acts = item
        first = r
        for (ref, act, owner, orig, rev, pct, prev, cur, upd) in acts:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=4, value=act)
            ws.cell(row=r, column=5, value=owner)
            c = ws.cell(row=r, column=6, value=orig)
            c.number_format = "dd/mm/yyyy"
            if rev is not None:
                c = ws.cell(row=r, column=7, value=rev)
                c.number_format = "dd/mm/yyyy"
            c = ws.cell(row=r, column=8, value=pct)
            c.number_format = "0%"
            c = ws.cell(row=r, column=9, value=prev)
            if prev in RAGFILL:
                c.fill = fill(RAGFILL[prev])
            c = ws.cell(row=r, column=10)
            if cur == "":
                # colour only: the officer shaded the cell but typed nothing
                c.fill = fill(GREEN)
            elif cur is not None:
                c.value = cur
                c.fill = fill(RAGFILL[cur])
            ws.cell(row=r, column=11, value=upd)
            r += 1
        ws.cell(row=first, column=2, value=rec_text)
        ws.cell(row=first, column=3, value=prio)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
        for rr in range(first, r):
            for j in range(1, 12):
                cell = ws.cell(row=rr, column=j)
                cell.alignment = WRAP
                cell.border = BOX
    r += 1
    ws.cell(row=r, column=1, value="Recommendations agreed as closed at the July 2025 meeting "
                                   "have been removed from this tracker.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    ws.freeze_panes = "A5"
    wb.save(out("zdh-seafish-arac-internal-audit-recommendations-tracker.xlsx"))


# --------------------------------------------------------------------------
# docx helpers
# --------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text; inner newlines become separate paragraphs in the cell."""
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for extra in parts[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(extra)
        rr.bold = bold


def add_table(doc, header, rows, widths=None, head_fill="D9D9D9"):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    for j, h in enumerate(header):
        set_cell(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], head_fill)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            set_cell(t.rows[1 + i].cells[j], v)
    return t


# --------------------------------------------------------------------------
# 2. Boston Mayflower – Board rolling action log (docx)
# --------------------------------------------------------------------------
def make_boston_mayflower():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    p.add_run("Boston Mayflower Limited").bold = True
    doc.add_heading("Board of Management – Rolling Action Log", level=1)
    doc.add_paragraph("For the Board meeting on 25 September 2025 | Agenda item 4 | "
                      "Owner: Company Secretary")
    doc.add_paragraph("The log lists actions agreed at Board meetings that remain open, and actions "
                      "completed since the last meeting. Actions rated B will be removed once the "
                      "Board confirms closure.")
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for j, (txt, col) in enumerate([("R – Overdue", "FF0000"), ("A – Due date at risk", "FFC000"),
                                    ("G – On track", "00B050"),
                                    ("B – Complete / proposed for closure", "5B9BD5")]):
        set_cell(key.rows[0].cells[j], txt, bold=True)
        shade(key.rows[0].cells[j], col)

    header = ["Minute ref", "Action", "Lead", "Due date", "Update (September 2025)", "RAG"]
    RAGCOL = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "5B9BD5"}
    meetings = [
        ("Board meeting – 27 March 2025", [
            ("B25/018", "Commission an independent review of the Association’s compliance with the "
                        "Tenant Satisfaction Measures data standards and report the findings to the "
                        "Audit & Risk Committee.", "Director of Housing & Communities", "July 2025",
             "Review completed by external assurance provider; report considered by Audit & Risk "
             "Committee on 10 July 2025.", "B"),
            ("B25/021", "Update the Treasury Management Policy to reflect the new loan covenant "
                        "headroom targets.\nBring the revised policy back to the Board for approval.",
             "Executive Director of Finance & Resources", "Sept 2025",
             "Revised policy is on today’s agenda (item 9).", "G"),
            ("B25/022", "Arrange a Board site visit to the Fenside regeneration scheme.",
             "Chief Executive / Company Secretary", "TBC",
             "Visit postponed twice due to contractor availability; new date to be confirmed.", "A"),
        ]),
        ("Board meeting – 29 May 2025", [
            ("B25/037", "Provide the Board with a position statement on damp and mould cases open for "
                        "more than 28 days, in readiness for Awaab’s Law.",
             "Director of Property Services", "24/07/2025",
             "Position statement presented on 24 July. Follow-up requested on cases over 60 days "
             "(see B25/052).", "B"),
            ("B25/040", "Complete the annual Board skills audit and report the outcome to the "
                        "Governance & Remuneration Committee.", "Company Secretary", "Oct 2025",
             "Questionnaire issued 1 September; 9 of 11 returns received.", "G"),
            ("B25/041", "Review the Association’s compliance with the NHF Code of Governance 2020 "
                        "ahead of the annual compliance statement.", "Chair / Company Secretary",
             "Sept 2025", "Draft statement delayed pending legal advice on one provision.", "R"),
        ]),
        ("Board meeting – 24 July 2025", [
            ("B25/052", "Report the number of damp and mould cases open for more than 60 days, with "
                        "reasons, to each Board meeting.", "Director of Property Services",
             "Ongoing – each meeting",
             "First report included in the performance pack for this meeting.", "G"),
            ("B25/055", "Circulate the consumer standards self-assessment to Board members before it "
                        "is submitted to the Regulator of Social Housing.",
             "Director of Housing & Communities", "Q3 2025/26", "", ""),
            ("B25/058", "Agree the scope of the 2026/27 stock condition survey programme with the "
                        "Asset Management Group.",
             "Director of Property Services, Head of Asset Management", "Nov-25",
             "Scope drafted; going to the Asset Management Group on 14 October.", "G"),
        ]),
    ]
    for heading, rows in meetings:
        doc.add_heading(heading, level=2)
        t = add_table(doc, header, [r_ for r_ in rows])
        for i, r_ in enumerate(rows):
            rag = r_[5]
            if rag:
                shade(t.rows[1 + i].cells[5], RAGCOL[rag])
    doc.add_paragraph("")
    doc.add_paragraph("Actions closed at the July 2025 meeting (removed from this log): B25/003, "
                      "B25/009, B25/014.")
    doc.save(out("zdh-boston-mayflower-board-rolling-action-log.docx"))


# --------------------------------------------------------------------------
# 3. Hostelling Scotland – governance review action plan, Smartsheet CSV export
# --------------------------------------------------------------------------
def make_hostelling_scotland():
    header = ["Task Name", "Ref", "Assigned To", "Start Date", "End Date", "Status", "RAG",
              "% Complete", "Latest Update"]
    rows = [
        ["Workstream 1: Board composition and succession"],
        ["Recommendation 1: The Board should adopt a skills matrix and use it to plan trustee "
         "recruitment.", "R1"],
        ["Agree a trustee skills matrix aligned to the 2025-2030 strategy", "R1.1", "Alison Reid",
         "04/08/25", "30/09/25", "Complete", "Blue", "100%", "Approved by the Board 23/09/25"],
        ["Run an open recruitment campaign for two trustee vacancies (finance and digital)", "R1.2",
         "Alison Reid, Neil Ferguson", "01/10/25", "31/01/26", "In Progress", "Green", "40%",
         "Advert live on Goodmoves; closing date 14/11/25"],
        ["Recommendation 2: Trustee terms of office should be limited to three terms of three "
         "years.", "R2"],
        ["Draft the amendment to the Articles on terms of office for approval at the 2026 AGM",
         "R2.1", "Company Secretary", "05/01/26", "26/09/26", "Not Started", "", "0%", ""],
        ["Workstream 2: Committees and delegation"],
        ["Recommendation 3: Committee terms of reference should be refreshed and a scheme of "
         "delegation adopted.", "R3"],
        ["Refresh the terms of reference for the Finance & Audit, People and Property committees",
         "R3.1", "Company Secretary", "01/09/25", "31/10/25", "In Progress", "Yellow", "70%",
         "People and Property ToR approved; Finance & Audit ToR to committee 06/11/25"],
        ["Prepare a scheme of delegation and present it to the Board for approval", "R3.2",
         "Euan Mackie", "01/12/25", "28/02/26", "Not Started", "", "0%", ""],
        ["Recommendation 4: The Board should receive a regular report on strategic risks.", "R4"],
        ["Introduce a quarterly strategic risk report to the Finance & Audit Committee and the "
         "Board", "R4.1", "Head of Finance", "01/09/25", "31/12/25", "In Progress", "Green", "50%",
         "First report to Finance & Audit Committee 06/11/25"],
        ["Workstream 3: Board effectiveness"],
        ["Recommendation 5: The Board should evaluate its effectiveness every year, with an "
         "external review every three years.", "R5"],
        ["Complete the 2025 Board self-evaluation using the Scottish Governance Code checklist",
         "R5.1", "Chair", "01/09/25", "30/11/25", "In Progress", "Red", "10%",
         "Questionnaire not yet issued; Chair to discuss timing with trustees"],
        ["Add the next external governance review (2028) to the Board forward planner", "R5.2",
         "Company Secretary", "01/08/25", "31/08/25", "Complete", "Blue", "100%",
         "Added to planner for the June 2028 Board"],
    ]

    def q(v):
        if any(ch in v for ch in [",", '"', "\n"]):
            return '"' + v.replace('"', '""') + '"'
        return v

    lines = [",".join(q(h) for h in header)]
    for r_ in rows:
        r_ = r_ + [""] * (len(header) - len(r_))
        lines.append(",".join(q(v) for v in r_))
    with open(out("zdh-hostelling-scotland-governance-review-action-plan-smartsheet-export.csv"),
              "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")


# --------------------------------------------------------------------------
# 4. Stamford Town Council – strategic risk register (xlsx), typo month -> refuse
# --------------------------------------------------------------------------
def make_stamford():
    wb = Workbook()
    ws = wb.active
    ws.title = "Risk Register"
    ncol = 12
    ws["A1"] = "Stamford Town Council – Strategic Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "Town Hall, St Mary’s Hill, Stamford – reviewed by the Finance & General Purposes Committee"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A3"] = ("Adopted: Full Council 20 May 2025 (minute 25/041)     Last reviewed: 16 September "
                "2025     Next review: January 2026")
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)
    ws["A4"] = ("Likelihood (L) x Severity (S) gives the risk score: 1-4 Green, 5-9 Amber, 10-25 Red. "
                "Further actions are monitored by the Finance & General Purposes Committee.")
    ws.merge_cells(start_row=4, start_column=1, end_row=4, end_column=ncol)
    ws["A4"].alignment = WRAP
    heads = ["Ref", "Risk", "Hazard / Consequence", "Current control measures", "L", "S", "Score",
             "Revised / further actions", "Resp.", "Target date", "Date completed", "Notes"]
    for j, h in enumerate(heads):
        c = ws.cell(row=6, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
        c.alignment = WRAP
    widths = [6, 30, 30, 40, 4, 4, 7, 44, 18, 14, 14, 30]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w

    def scorefill(s):
        return GREEN if s <= 4 else (AMBER if s <= 9 else RED)

    sections = [
        ("1. Financial control", [
            ("1.1", "Loss of cash or income through fraud or error",
             "Financial loss; reputational damage",
             "Dual authorisation of all payments; monthly bank reconciliation signed by the Chair of F&GP",
             2, 4, "Introduce quarterly spot-checks of card transactions by a councillor not on F&GP",
             "RFO", "Sept 2025", "12/09/2025", ""),
            ("1.2", "Precept insufficient to meet the budget",
             "Services cut or reserves drawn down",
             "Budget working group; monthly budget monitoring reports to F&GP",
             3, 4, "Prepare a three-year medium-term financial plan to support the 2026/27 precept",
             "Town Clerk / RFO", "Dec 2025", "", ""),
            ("1.3", "General reserves fall below the recommended level",
             "Unable to meet unforeseen costs",
             "Reserves policy reviewed annually",
             2, 3, "Review the reserves policy against the 2025 Practitioners’ Guide",
             "RFO", "January 2026", "", ""),
        ]),
        ("2. Assets and property", [
            ("2.1", "Damage to or loss of Town Hall assets",
             "Financial loss; disruption to services",
             "Buildings insurance; annual asset register review",
             2, 4, "Update the asset register and obtain a rebuild valuation for insurance",
             "Deputy Town Clerk", "March 2026", "", ""),
            ("2.2", "Injury to a member of the public at council play areas",
             "Injury; insurance claim; reputational damage",
             "Weekly visual checks; annual independent RoSPA inspection",
             3, 4, "Replace the timber climbing frame at the Recreation Ground identified as high risk "
                   "in the 2025 inspection",
             "Amenities Officer", "Febuary 2026", "", "Quotes obtained; order to F&GP in November"),
            ("2.3", "Unsafe memorials at the cemetery",
             "Injury to visitors or staff",
             "Visual inspection after high winds",
             2, 5, "Complete the five-yearly memorial safety testing programme",
             "Amenities Officer", "Oct 2025", "", ""),
        ]),
        ("3. Governance and compliance", [
            ("3.1", "Failure to comply with the Transparency Code",
             "Loss of public confidence; external audit qualification",
             "Clerk checks website each month",
             2, 2, "Publish all spend over £500 on the website each month",
             "Town Clerk", "Ongoing", "", ""),
            ("3.2", "Data breach involving personal data",
             "ICO action; reputational damage",
             "Data protection policy; secure council email accounts for all councillors",
             3, 3, "Deliver data protection training to all councillors",
             "Town Clerk", "Nov 2025", "", ""),
            ("3.3", "Loss of key staff",
             "Statutory deadlines missed",
             "Deputy Town Clerk trained in main clerk functions",
             2, 4, "Document procedures for the key finance tasks (payroll, VAT, year end)",
             "RFO", "Mar-26", "", ""),
        ]),
        ("4. Events and community", [
            ("4.1", "Serious incident at a council event (Christmas lights switch-on)",
             "Injury; insurance claim; reputational damage",
             "Event management plan; stewards briefed; public liability insurance",
             2, 5, "Update the event safety management plan and present it to the Safety Advisory Group",
             "Events Officer", "November 2025", "", ""),
        ]),
    ]
    r = 7
    for title, risks in sections:
        c = ws.cell(row=r, column=1, value=title)
        c.font = Font(bold=True, color="FFFFFF")
        for j in range(1, ncol + 1):
            ws.cell(row=r, column=j).fill = fill(DARK)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for (ref, risk, haz, ctrl, L, S, act, resp, tgt, done, notes) in risks:
            vals = [ref, risk, haz, ctrl, L, S, L * S, act, resp, tgt, done, notes]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v if v != "" else None)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=7).fill = fill(scorefill(L * S))
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="The scoring matrix is on the ‘Matrix’ sheet.")
    ws.cell(row=r, column=1).font = Font(italic=True)

    mx = wb.create_sheet("Matrix")
    mx["A1"] = "Risk scoring matrix (Likelihood x Severity)"
    mx["A1"].font = Font(bold=True)
    mx["A3"] = "Likelihood \\ Severity"
    for s in range(1, 6):
        mx.cell(row=3, column=1 + s, value=s).font = Font(bold=True)
    for L in range(5, 0, -1):
        rr = 4 + (5 - L)
        mx.cell(row=rr, column=1, value=L).font = Font(bold=True)
        for s in range(1, 6):
            c = mx.cell(row=rr, column=1 + s, value=L * s)
            c.fill = fill(scorefill(L * s))
            c.border = BOX
    mx["A10"] = "1 = rare / negligible; 5 = almost certain / catastrophic"
    wb.save(out("zdh-stamford-town-council-strategic-risk-register-2025-26-typo-month-refuse.xlsx"))


# --------------------------------------------------------------------------
# 5. Beamish – HSE improvement notices corrective action plan (docx)
# --------------------------------------------------------------------------
def make_beamish():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r_ = p.add_run("Beamish, The Living Museum of the North")
    r_.bold = True
    r_.font.size = Pt(12)
    doc.add_heading("HSE Improvement Notices – Corrective Action Plan", level=1)
    doc.add_paragraph("Report to: Health, Safety & Wellbeing Committee and Audit & Risk Committee – "
                      "November 2025")
    doc.add_paragraph("Document control").runs[0].bold = True
    add_table(doc, ["Version", "Date", "Prepared by", "Changes"], [
        ["1.0", "02/09/2025", "Health & Safety Manager", "First issue following service of the notices"],
        ["1.2", "30/09/2025", "Health & Safety Manager", "Progress update for Executive Team"],
        ["1.3", "28/10/2025", "Health & Safety Manager",
         "Progress update; compliance date for Notice 2 extended by agreement with the HSE inspector"],
    ])
    doc.add_paragraph("")
    doc.add_paragraph("Three Improvement Notices were served on the Museum by the Health and Safety "
                      "Executive on 19 August 2025 following an inspection of the Regional Museum "
                      "Store and the 1950s Town development. Each notice is set out below with the "
                      "corrective actions agreed by the Executive Team.")
    doc.add_paragraph("Status key").runs[0].bold = True
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    STATUSCOL = {"Complete": "5B9BD5", "On track": "00B050", "At risk": "FFC000", "Overdue": "FF0000"}
    for i, (w, meaning) in enumerate([
            ("Complete", "Action completed and evidence filed (Blue)"),
            ("On track", "Will be completed by the target date (Green)"),
            ("At risk", "Target date may be missed – mitigation in place (Amber)"),
            ("Overdue", "Target date missed (Red)")]):
        set_cell(key.rows[i].cells[0], w, bold=True)
        shade(key.rows[i].cells[0], STATUSCOL[w])
        set_cell(key.rows[i].cells[1], meaning)

    header = ["No.", "Corrective action", "Responsible", "Target date", "Status",
              "Evidence / progress"]
    notices = [
        ("Improvement Notice 1 – Management of asbestos in relocated buildings", [
            ("Notice number", "320198441"),
            ("Legislation", "Regulation 4(1) of the Control of Asbestos Regulations 2012"),
            ("Contravention", "No suitable assessment of whether asbestos is present in historic "
                              "buildings held in store as dismantled components."),
            ("Compliance date", "17 October 2025"),
        ], [
            ("1.1", "Commission a refurbishment and demolition asbestos survey of the three buildings "
                    "awaiting re-erection in the 1950s Town.", "Head of Estates", "12/09/2025",
             "Complete", "Survey report AS-2291 received 9 September 2025."),
            ("1.2", "Update the asbestos register and management plan to cover buildings held in "
                    "storage as dismantled components.", "Head of Estates", "30/09/2025", "Complete",
             "Register v4.0 issued 26 September 2025."),
            ("1.3", "Brief all Estates and Collections staff and volunteers who handle stored building "
                    "materials on the updated asbestos management plan.",
             "Health & Safety Manager; Head of Volunteering", "17/10/2025", "At risk",
             "All staff briefed. 38 volunteers still to attend; sessions booked for November and "
             "the inspector informed on 15 October."),
        ]),
        ("Improvement Notice 2 – Hand-arm vibration in the workshops", [
            ("Notice number", "320198442"),
            ("Legislation", "Regulation 6(2) of the Control of Vibration at Work Regulations 2005"),
            ("Contravention", "Exposure of workshop staff to hand-arm vibration not reduced to as low "
                              "a level as is reasonably practicable."),
            ("Compliance date", "14 November 2025 (extended from 31 October 2025)"),
        ], [
            ("2.1", "Complete a suitable and sufficient HAV risk assessment for the blacksmith’s, "
                    "joinery and tramway workshops.", "Workshops Manager", "31/10/2025", "On track",
             "Assessments for blacksmith’s and joinery complete; tramway workshop in progress."),
            ("2.2", "Introduce a tool register recording vibration magnitudes and trigger times for "
                    "all powered hand tools.", "Workshops Manager", "w/c 3 November 2025", "On track",
             "Register template agreed; tool testing under way."),
            ("2.3", "Refer all workshop staff exposed above the exposure action value to the "
                    "occupational health provider for health surveillance.", "Head of People",
             "14/11/2025", "At risk", "Provider capacity limited; 6 of 11 staff seen so far."),
        ]),
        ("Improvement Notice 3 – Workplace transport at the Regional Museum Store", [
            ("Notice number", "320198443"),
            ("Legislation", "Regulation 17(1) of the Workplace (Health, Safety and Welfare) "
                            "Regulations 1992"),
            ("Contravention", "Traffic routes in the Store yard not organised so that pedestrians and "
                              "vehicles can move safely."),
            ("Compliance date", "28 November 2025"),
        ], [
            ("3.1", "Mark segregated pedestrian routes and crossing points in the Store yard.",
             "Head of Estates", "30/09/2025", "Complete", "Lining completed 22 September 2025."),
            ("3.2", "Revise the Store traffic management plan and issue it to all contractors and "
                    "delivery drivers.", "Collections Store Manager", "31/10/2025", "Overdue",
             "Draft with the Director of Operations for sign-off."),
            ("3.3", "Provide banksman training for Store staff who direct reversing vehicles.",
             "Collections Store Manager / Health & Safety Manager", "Nov 2025", "On track",
             "Course booked for 18 November 2025."),
        ]),
    ]
    for heading, details, actions in notices:
        doc.add_heading(heading, level=2)
        dt_ = doc.add_table(rows=len(details), cols=2)
        dt_.style = "Table Grid"
        for i, (k, v) in enumerate(details):
            set_cell(dt_.rows[i].cells[0], k, bold=True)
            shade(dt_.rows[i].cells[0], "F2F2F2")
            set_cell(dt_.rows[i].cells[1], v)
        doc.add_paragraph("")
        t = add_table(doc, header, [list(a) for a in actions])
        for i, a in enumerate(actions):
            shade(t.rows[1 + i].cells[4], STATUSCOL[a[4]])
    doc.add_heading("Follow-up and assurance", level=2)
    t = add_table(doc, header, [[
        "4.1", "Include a review of compliance with all three notices in the 2026/27 internal audit "
               "plan.", "Director of Finance & Resources", "Q4 2025/26", "On track",
        "Scope to be agreed with the internal auditors in January."]])
    shade(t.rows[1].cells[4], STATUSCOL["On track"])
    doc.add_paragraph("")
    doc.add_paragraph("Compliance with each notice will be confirmed to the HSE inspector in writing, "
                      "with evidence, by the compliance date.")
    doc.save(out("zdh-beamish-museum-hse-improvement-notices-corrective-action-plan.docx"))


# --------------------------------------------------------------------------
# 6. Severn Valley Railway Charitable Trust – Charity Commission action plan (xlsx)
# --------------------------------------------------------------------------
def make_svr():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ncol = 7
    ws["A1"] = "Severn Valley Railway Charitable Trust – Charity Commission Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Regulatory compliance case – progress report to the Board of Trustees, "
                "15 October 2025")
    ws.merge_cells("A2:G2")
    ws["A4"] = "RAG key"
    ws["A4"].font = Font(bold=True)
    for i, (col, txt) in enumerate([
            (GREEN, "Completed – evidence sent to the Commission"),
            (AMBER, "In progress – within the agreed deadline"),
            (RED, "Deadline missed or at risk")]):
        ws.cell(row=5 + i, column=1).fill = fill(col)
        ws.cell(row=5 + i, column=1).border = BOX
        ws.cell(row=5 + i, column=2, value=txt)
        ws.merge_cells(start_row=5 + i, start_column=2, end_row=5 + i, end_column=4)
    heads = ["No.", "Steps the trustees will take", "Lead", "Deadline agreed with the Commission",
             "Revised deadline", "RAG", "Evidence / update"]
    HR = 9
    for j, h in enumerate(heads):
        c = ws.cell(row=HR, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(DARK)
        c.alignment = WRAP
        c.border = BOX
    for j, w in enumerate([6, 60, 30, 16, 14, 7, 50]):
        ws.column_dimensions[chr(65 + j)].width = w

    plan = [
        ("area", "Area 1: Governance and decision-making"),
        ("ca", "Commission action 1: The trustees must ensure that decisions about the disposal of "
               "charity property are taken by the full trustee body and properly minuted."),
        ("step", "1a", "Adopt a trustee decision-making protocol setting delegated authority limits "
                       "for asset disposals.", "Chair of Trustees", d(2025, 7, 31), None, GREEN,
         "Protocol adopted 22/07/2025; copy sent to the Commission 25/07/2025."),
        ("step", "1b", "Ratify at a full Board meeting the 2024 sale of surplus carriage stock and "
                       "record the decision in the minutes.", "Chair of Trustees / Company Secretary",
         d(2025, 7, 31), None, GREEN, "Ratified 22/07/2025 (minute 25/47)."),
        ("ca", "Commission action 2: The trustees must identify and manage conflicts of interest, "
               "including those arising from trustees’ roles with the operating company."),
        ("step", "2a", "Update the conflicts of interest policy and obtain fresh declarations from all "
                       "trustees.", "Company Secretary", d(2025, 9, 30), None, GREEN,
         "Policy updated; 11 of 11 declarations received."),
        ("step", "2b", "Publish a register of trustee interests on the Trust’s website.",
         "Company Secretary", d(2025, 9, 30), d(2025, 12, 31), AMBER,
         "Website page built; waiting for two trustees to agree wording."),
        ("area", "Area 2: Financial controls and restricted funds"),
        ("ca", "Commission action 3: The trustees must ensure that restricted funds raised for the "
               "carriage shed appeal are applied only for that purpose."),
        ("step", "3a", "Reconcile the carriage shed appeal income and expenditure since 2021 and report "
                       "the result to the Commission.", "Treasurer", d(2025, 8, 31), d(2025, 10, 31),
         RED, "Delayed by independent examiner availability; revised deadline now at risk."),
        ("step", "3b", "Transfer £18,450 from unrestricted reserves to the restricted fund to make good "
                       "the shortfall identified.", "Treasurer", d(2025, 10, 31), None, AMBER,
         "Transfer approved by Board 15/10/2025; to be actioned this month."),
        ("step", "3c", "Add a restricted funds schedule to the quarterly management accounts.",
         "Treasurer; Finance Officer", "Dec-25", None, AMBER, "Schedule format drafted."),
        ("ca", "Commission action 4: The trustees must file the annual return and accounts for the "
               "year ended 31 December 2024 by the statutory deadline."),
        ("step", "4a", "Approve and file the 2024 accounts and annual return.", "Treasurer",
         d(2025, 10, 31), None, GREEN, "Filed 14 October 2025."),
        ("area", "Area 3: Safeguarding"),
        ("ca", "Commission action 5: The trustees must review the safeguarding arrangements for young "
               "volunteers and ensure DBS checks are in place where required."),
        ("step", "5a", "Review the young volunteers safeguarding policy against the Heritage Railway "
                       "Association model policy.", "Designated Safeguarding Trustee",
         d(2025, 11, 30), None, AMBER, "Working group met 2 October."),
        ("step", "5b", "Complete a DBS eligibility review for all roles supervising volunteers under "
                       "18.", "Designated Safeguarding Trustee; Volunteer Coordinator",
         "By 31 January 2026", None, AMBER, "Role list compiled (47 roles)."),
    ]
    r = HR + 1
    for item in plan:
        if item[0] in ("area", "ca"):
            c = ws.cell(row=r, column=1, value=item[1])
            if item[0] == "area":
                c.font = Font(bold=True)
                f = GREY
            else:
                c.font = Font(italic=True)
                f = PALE
            for j in range(1, ncol + 1):
                ws.cell(row=r, column=j).fill = fill(f)
                ws.cell(row=r, column=j).border = BOX
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            ws.row_dimensions[r].height = 30 if item[0] == "ca" else 16
            r += 1
            continue
        _, no, step, lead, dl, rev, rag, upd = item
        vals = [no, step, lead, dl, rev, None, upd]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=6).fill = fill(rag)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Next progress report to the Commission due 31 January 2026.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    wb.save(out("zdh-severn-valley-railway-charitable-trust-charity-commission-action-plan.xlsx"))


# --------------------------------------------------------------------------
# 7. Children and Young People's Commissioner Scotland – programme highlight report (txt)
# --------------------------------------------------------------------------
def make_cypcs():
    T = "\t"
    L = [
        "UNCRC Incorporation Readiness Programme – Highlight Report",
        "Children and Young People’s Commissioner Scotland",
        "Report no. 11 | Period: 1 September – 31 October 2025 | Prepared by: Programme Manager | "
        "For: Senior Leadership Team",
        "",
        "1. STATUS SUMMARY",
        T + "Last period" + T + "This period" + T + "Comment",
        "Overall" + T + "Amber" + T + "Amber" + T + "Case management system procurement behind plan; "
        "other workstreams on track.",
        "Time" + T + "Amber" + T + "Amber" + T,
        "Cost" + T + "Green" + T + "Green" + T + "Within 2025/26 budget.",
        "Scope" + T + "Green" + T + "Green" + T,
        "Risk" + T + "Amber" + T + "Red" + T + "New risk R7 added (see section 4).",
        "",
        "2. KEY ACHIEVEMENTS THIS PERIOD",
        "• Criteria for raising or intervening in court proceedings approved by SLT on 24 September.",
        "• Young Advisers group recruited (14 members aged 12–21) and first meeting held.",
        "• Investigations procedures manual updated for the new powers.",
        "",
        "3. WORKSTREAM PROGRESS",
        "RAG key: G = on track; A = at risk of slipping; R = late or blocked; C = complete",
        "",
        "Workstream 1 – Legal powers and litigation",
        "Ref" + T + "Action" + T + "Owner" + T + "Due" + T + "RAG" + T + "Update",
        "1.1" + T + "Agree criteria for when the Commissioner will raise or intervene in proceedings "
        "under the UNCRC (Incorporation) (Scotland) Act 2024" + T + "Head of Legal and Investigations"
        + T + "30/09/2025" + T + "C" + T + "Approved by SLT 24 September",
        "1.2" + T + "Procure a framework of external counsel for judicial review work" + T +
        "Head of Legal and Investigations / Head of Corporate Services" + T + "Dec 2025" + T + "A" + T +
        "Tender returns lower than expected; re-advertised 20 October",
        "1.3" + T + "Publish the Commissioner’s litigation strategy" + T +
        "Head of Legal and Investigations" + T + "Q4 2025/26" + T + "G" + T + "Draft to SLT in January",
        "",
        "Workstream 2 – Investigations and casework",
        "Ref" + T + "Action" + T + "Owner" + T + "Due" + T + "RAG" + T + "Update",
        "2.1" + T + "Replace the advice and investigations case management system" + T +
        "Head of Corporate Services" + T + "31/03/2026" + T + "R" + T +
        "Preferred supplier withdrew; options paper to SLT 11 November",
        "2.2" + T + "Publish guidance for children, young people and families on how to ask for the "
        "Commissioner’s help",
        "Produce easy-read and British Sign Language versions alongside the main guidance" + T +
        "Participation Manager" + T + "January 2026" + T + "G" + T + "Young Advisers reviewing draft",
        "2.3" + T + "Train all investigations staff on the revised investigation procedures" + T +
        "Investigations Manager" + T + "Ongoing" + T + "G" + T + "Two of four sessions delivered",
        "",
        "Workstream 3 – Participation and communication",
        "Ref" + T + "Action" + T + "Owner" + T + "Due" + T + "RAG" + T + "Update",
        "3.1" + T + "Recruit a Young Advisers group to support the programme" + T +
        "Participation Manager" + T + "Sept 2025" + T + "C" + T + "14 members recruited",
        "3.2" + T + "Deliver awareness sessions on children’s rights under the Act to all 32 local "
        "authorities" + T + "Policy and Public Affairs Manager" + T + "March 2026" + T + "A" + T +
        "11 of 32 delivered; slower uptake in rural authorities",
        "3.3" + T + "Launch the public information campaign on the Commissioner’s new powers" + T +
        "Head of Communications" + T + "20/11/2025" + T + "G" + T +
        "Timed for Universal Children’s Day",
        "",
        "4. KEY RISKS AND ISSUES",
        "Risk" + T + "Description" + T + "Owner" + T + "Rating" + T + "Mitigation",
        "R3" + T + "Legal budget insufficient if several cases proceed at the same time" + T +
        "Head of Corporate Services" + T + "Amber" + T + "Contingency bid submitted to the SPCB",
        "R7" + T + "No case management system in place when demand rises" + T +
        "Head of Corporate Services" + T + "Red" + T + "Interim spreadsheet process; options paper",
        "",
        "5. DECISIONS REQUIRED FROM SLT",
        "• Approve the re-advertised counsel framework tender (action 1.2).",
        "• Agree the preferred option for the case management system (action 2.1).",
        "",
        "Next report: January 2026",
    ]
    with open(out("zdh-childrens-commissioner-scotland-uncrc-readiness-programme-highlight-report.txt"),
              "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(L) + "\n")


if __name__ == "__main__":
    make_seafish()
    make_boston_mayflower()
    make_hostelling_scotland()
    make_stamford()
    make_beamish()
    make_svr()
    make_cypcs()
    print("built 7 files in", HERE)
