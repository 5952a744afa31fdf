# Builds the seven oi2- data files of set heldout429.
# Run with /work/main/.venv/bin/python oi2_make.py (writes next to this script).
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

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "grey": "D9D9D9", "navy": "1F3864", "pale": "DEEAF6",
}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. East Sussex Fire and Rescue Service - corporate risk register (xlsx)
# ---------------------------------------------------------------------------
def esfrs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "East Sussex Fire and Rescue Service – Corporate Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Summary of corporate risks – Quarter 2 (30 September 2025)"
    ws["A2"].font = Font(italic=True)
    hdr = ["Risk ref", "Corporate risk", "Risk owner", "Q1 score", "Q2 score",
           "Direction of travel"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["navy"])
        cell.border = BOX
    rows = [
        ("CR01", "Financial sustainability – insufficient funding to deliver the Community Risk Management Plan",
         "Assistant Chief Fire Officer", 16, 16, "↔"),
        ("CR02", "On-call availability – appliances unavailable due to crewing shortfalls",
         "Deputy Chief Fire Officer", 20, 16, "↓"),
        ("CR03", "Information and cyber security – loss of systems or data through a cyber attack",
         "Assistant Chief Fire Officer", 15, 20, "↑"),
        ("CR04", "Mobilising – failure or delay of the replacement mobilising system",
         "Deputy Chief Fire Officer", 12, 12, "↔"),
    ]
    for r, row in enumerate(rows, 5):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws["A11"] = "Action RAG key"
    ws["A11"].font = Font(bold=True)
    key = [("B", "Action complete"), ("G", "On track to meet target date"),
           ("A", "At risk of missing target date"),
           ("R", "Target date missed")]
    for i, (k, txt) in enumerate(key, 12):
        ws.cell(row=i, column=1, value=k).fill = fill(FILL[k])
        ws.cell(row=i, column=2, value=txt)
    ws.column_dimensions["B"].width = 70
    ws.column_dimensions["C"].width = 30

    ws = wb.create_sheet("CRR actions Q2")
    ws["A1"] = "East Sussex Fire and Rescue Service – Corporate Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Mitigating actions – position at end of Quarter 2 (30 September 2025)"
    ws["A3"] = "Reported to the Scrutiny and Audit Panel, 15 January 2026"
    ws["A3"].font = Font(italic=True)
    hdr = ["Action ref", "Mitigating action", "Action owner", "Original target date",
           "Revised target date", "Progress update (Q2)", "Q1 RAG", "Q2 RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["navy"])
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    # (band) or (ref, action, owner, orig, revised, update, q1, q2)
    data = [
        "CR01 – Financial sustainability",
        ("CR01.1",
         "Refresh the Medium Term Financial Plan to reflect the 2026/27 provisional settlement and revised pay award assumptions",
         "Treasurer", d(2025, 12, 31), d(2026, 3, 31),
         "Provisional settlement delayed; MTFP refresh re-timed to the budget-setting meeting of the Fire Authority in February 2026.",
         "A", "G"),
        ("CR01.2",
         "Deliver the 2025/26 efficiency savings programme (£1.2m) and report progress to the Resources Panel quarterly",
         "Head of Finance; Procurement Manager", d(2026, 3, 31), None,
         "£0.74m delivered to date. Fleet and estates savings behind profile.",
         "A", "A"),
        "CR02 – On-call availability",
        ("CR02.1",
         "Implement the on-call recruitment and retention project, including targeted recruitment at the six stations with the lowest appliance availability",
         "Area Manager Response", d(2025, 9, 30), d(2026, 1, 31),
         "Two recruitment campaigns completed; 11 trainee firefighters on initial course.",
         "R", "A"),
        ("CR02.2",
         "Trial banded on-call contracts at Battle and Rye stations and evaluate the impact on appliance availability",
         "Group Manager On-Call Support", d(2026, 3, 31), None,
         "Trial started 1 July 2025. Availability at Rye up from 61% to 78%.",
         "G", "G"),
        "CR03 – Information and cyber security",
        ("CR03.1",
         "Complete migration of the remaining on-premise servers to the Microsoft Azure tenancy",
         "Head of ICT", d(2025, 6, 30), d(2025, 11, 30),
         "Supplier resourcing issue; 9 of 23 servers still to migrate. New date to be agreed with the supplier.",
         "A", "R"),
        ("CR03.2",
         "Deliver phishing simulation exercises and mandatory cyber awareness training to all staff",
         "Information Governance Manager / Head of ICT", d(2025, 10, 31), None,
         "Complete – 94% of staff trained; simulation click rate down to 4%.",
         "G", "B"),
        "CR04 – Mobilising",
        ("CR04.1",
         "Agree a revised go-live date for the replacement mobilising system with the Sussex Control Centre partners and supplier",
         "Assistant Chief Fire Officer", "Ongoing", None,
         "Supplier recovery plan received; assurance review by partners under way.",
         "A", "A"),
        ("CR04.2",
         "Test the fall-back control arrangements at the secondary control site",
         "Group Manager Sussex Control Centre", "Q3 2025/26", None,
         "Live test booked for 19 November 2025.",
         "G", "G"),
    ]
    r = 6
    for item in data:
        if isinstance(item, str):
            ws.cell(row=r, column=1, value=item).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            for c in range(1, 9):
                ws.cell(row=r, column=c).fill = fill(FILL["grey"])
                ws.cell(row=r, column=c).border = BOX
        else:
            for c, v in enumerate(item, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
                if c in (7, 8):
                    cell.fill = fill(FILL[v])
                    cell.alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary of Q2 action RAG").font = Font(bold=True)
    r += 1
    for k, n in (("Blue", 1), ("Green", 3), ("Amber", 3), ("Red", 1), ("Total", 8)):
        ws.cell(row=r, column=1, value=k)
        ws.cell(row=r, column=2, value=n)
        r += 1
    widths = [11, 60, 28, 14, 14, 50, 8, 8]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[i]].width = w
    wb.save(os.path.join(HERE, "oi2-east-sussex-fire-rescue-service-corporate-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. HM Land Registry - Local Land Charges Programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def hmlr():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight report"
    ws["A1"] = "HM Land Registry"
    ws["A1"].font = Font(bold=True, color="FFFFFF")
    ws["A1"].fill = fill("006F62")
    ws["A2"] = "Local Land Charges Programme – Highlight Report"
    ws["A2"].font = Font(bold=True, size=16)
    ws["A3"] = "Reporting period: 1 to 30 September 2025    Prepared for: Programme Board, 14 October 2025"
    ws["A4"] = "Senior Responsible Owner: Director of Local Land Charges    Programme Director: Head of LLC Programme"
    ws["A6"] = "Overall status"
    ws["B6"] = "Previous"
    ws["C6"] = "Current"
    for c in "ABC":
        ws[c + "6"].font = Font(bold=True)
    for i, (k, p, c) in enumerate((("Delivery confidence", "A", "A"),
                                   ("Schedule", "A", "R"),
                                   ("Budget", "G", "G")), 7):
        ws.cell(row=i, column=1, value=k)
        ws.cell(row=i, column=2, value=p).fill = fill(FILL[p])
        ws.cell(row=i, column=3, value=c).fill = fill(FILL[c])
    ws["A11"] = "Key milestones"
    ws["A11"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Milestone", "Owner", "Baseline date", "Forecast date",
           "Previous RAG", "Current RAG", "Commentary"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=12, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("006F62")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True)
    data = [
        "Workstream 1: Council migrations",
        ("M1.1", "Migrate Tranche 14 councils (9 authorities) to the national Local Land Charges Register",
         "Migration Delivery Lead", d(2025, 7, 1), d(2025, 9, 1), "A", "B",
         "All 9 authorities live on the register by 26 September 2025."),
        ("M1.2", "Complete data quality assessments for the Tranche 15 councils",
         "Data Migration Manager", d(2025, 10, 1), d(2025, 11, 1), "G", "A",
         "Two councils late supplying extracts; forecast moved by one month."),
        ("M1.3", "Sign memoranda of understanding with the remaining 37 councils not yet scheduled for migration",
         "Head of Stakeholder Engagement; Local Authority Relationship Managers", d(2025, 12, 1), d(2026, 3, 1),
         "A", "R", "14 of 37 signed. Escalation to MHCLG proposed – see decisions below."),
        "Workstream 2: Service and digital",
        ("M2.1", "Release version 2 of the search API for conveyancing portals",
         "Product Owner – Search", d(2025, 11, 1), d(2025, 11, 1), "G", "G",
         "Private beta with three portal providers started."),
        ("M2.2", "Complete the accessibility audit and WCAG 2.2 remediation of the Search for Local Land Charges service",
         "Service Owner", d(2025, 9, 1), d(2025, 10, 1), "A", "G",
         "Audit complete; 6 of 8 issues fixed, remainder in next release."),
        "Workstream 3: Data and legislation",
        ("M3.1", "Agree with MHCLG the approach for councils unable to migrate before the end of the programme",
         "Programme Director", d(2025, 12, 1), "TBC", "A", "A",
         "Options paper with MHCLG policy team; date depends on ministerial clearance."),
        ("M3.2", "Publish the updated local land charges data standard (version 3.0)",
         "Head of Data Standards", d(2026, 1, 1), None, "G", "G",
         "Consultation with council users closed 12 September."),
    ]
    r = 13
    for item in data:
        if isinstance(item, str):
            ws.cell(row=r, column=1, value=item).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1).fill = fill(FILL["pale"])
        else:
            for c, v in enumerate(item, 1):
                if c == 7:  # current RAG: colour only
                    cell = ws.cell(row=r, column=c)
                    cell.fill = fill(FILL[v])
                else:
                    cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
                if c == 6:
                    cell.alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1  # r = 23
    ws.cell(row=r, column=1, value="Top programme risks").font = Font(bold=True, size=12)
    r += 1
    for c, h in enumerate(["Risk ID", "Risk", "Residual score", "Trend"], 1):
        ws.cell(row=r, column=c, value=h).font = Font(bold=True)
    r += 1
    for row in (("R04", "Councils unable to release staff to support migration activity", 16, "↑"),
                ("R07", "Legacy council data does not meet the minimum quality threshold", 12, "↔"),
                ("R11", "Programme funding beyond 2025/26 not confirmed", 15, "↔")):
        for c, v in enumerate(row, 1):
            ws.cell(row=r, column=c, value=v)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Decisions required: the Board is asked to note the revised forecast for M1.3 and agree escalation to MHCLG.")
    r += 2
    ws.cell(row=r, column=1, value="RAG key (current RAG shown by cell colour): Blue – complete; Green – on track; Amber – at risk but recoverable; Red – off track, forecast outside tolerance.")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    widths = [8, 58, 32, 12, 12, 10, 10, 48]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[i]].width = w

    ws2 = wb.create_sheet("Finance")
    ws2["A1"] = "Local Land Charges Programme – financial position 2025/26 (£000)"
    ws2["A1"].font = Font(bold=True)
    for r, row in enumerate((("", "Budget", "Forecast", "Variance"),
                             ("Resource", 14250, 13980, -270),
                             ("Capital", 3100, 3100, 0),
                             ("Total", 17350, 17080, -270)), 3):
        for c, v in enumerate(row, 1):
            ws2.cell(row=r, column=c, value=v)
    wb.save(os.path.join(HERE, "oi2-hm-land-registry-local-land-charges-programme-highlight-report.xlsx"))


# ---------------------------------------------------------------------------
# 3. University of Portsmouth - Board of Governors action log (xlsx, refuse)
# ---------------------------------------------------------------------------
def uop():
    wb = Workbook()
    ws = wb.active
    ws.title = "Open actions"
    ws["A1"] = "University of Portsmouth Higher Education Corporation"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Board of Governors – Action Log"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Open actions as at 20 November 2025 (for the meeting on 27 November 2025)"
    ws["A3"].font = Font(italic=True)
    hdr = ["Action no.", "Meeting", "Minute", "Action", "Lead", "Due", "Status", "Update"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("621360")
        cell.border = BOX
    rows = [
        ("BG/25/09", "22 May 2025", "8.3",
         "Bring a paper on the options for the future of the Langstone Campus estate to a future Board meeting",
         "Chief Operating Officer", "November 2025", "Complete",
         "On the agenda for 27 November 2025 (item 9). Proposed for closure."),
        ("BG/25/14", "10 July 2025", "5.2",
         "Provide governors with a breakdown of the 2025/26 international recruitment forecast by market",
         "Chief Financial Officer", "October 2025", "Closed",
         "Circulated to governors by email on 6 October 2025."),
        ("BG/25/15", "10 July 2025", "6.1",
         "Arrange a governor development session on the OfS conditions of registration, including condition E6 (harassment and sexual misconduct)",
         "University Secretary", "January 2026", "On track",
         "Session booked for 22 January 2026 with external facilitator."),
        ("BG/25/17", "10 July 2025", "9.4",
         "Report the outcome of the independent review of cyber security resilience to the Audit and Risk Committee",
         "Chief Information Officer", "December 2025", "On track",
         "Review fieldwork complete; draft report expected early December."),
        ("BG/25/21", "2 October 2025", "4.2",
         "Update the financial sustainability plan to show the impact of the revised home undergraduate fee and a downside recruitment scenario",
         "Chief Financial Officer", "Febuary 2026", "On track",
         "Scenario modelling under way; to come to the Board with the draft 2026/27 budget."),
        ("BG/25/22", "2 October 2025", "5.1",
         "Circulate the National Student Survey 2025 action plan to governors",
         "Pro Vice-Chancellor (Education)", "November 2025", "Overdue",
         "Action plan to be approved by Academic Council on 19 November; will follow."),
        ("BG/25/24", "2 October 2025", "7.3",
         "Review the Board’s schedule of delegations and bring revised version for approval",
         "University Secretary", "March 2026", "On track",
         "Benchmarking with two comparator universities in progress."),
        ("BG/25/25", "2 October 2025", "8.2",
         "Confirm the timetable for the Athena Swan institutional renewal submission",
         "Deputy Vice-Chancellor", "December 2025", "On track", ""),
        ("BG/25/26", "2 October 2025", "10.1",
         "Provide an update on progress with the Students’ Union relocation project",
         "Chief Operating Officer", "March 2026", "Not started", ""),
    ]
    for r, row in enumerate(rows, 6):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    widths = [11, 14, 8, 60, 28, 15, 12, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[i]].width = w
    wb.save(os.path.join(HERE, "oi2-university-of-portsmouth-board-of-governors-action-log-typo-month-refuse.xlsx"))


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


def set_cell(cell, text, bold=False, color=None):
    """Cell text; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


# ---------------------------------------------------------------------------
# 4. South Western Ambulance Service NHSFT - CQC must/should do plan (docx)
# ---------------------------------------------------------------------------
def swasft():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("CQC Must Do and Should Do Action Plan", style="Title")
    doc.add_paragraph("South Western Ambulance Service NHS Foundation Trust – report to the Quality Committee, 18 November 2025",
                      style="Subtitle")

    doc.add_paragraph("Document control", style="Heading 3")
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate((("Version", "Date", "Author", "Comments"),
                             ("1.4", "03/10/2025", "Head of Compliance", "Q2 updates from divisions"),
                             ("1.5", "07/11/2025", "Head of Compliance", "Updated for Quality Committee"))):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))

    doc.add_paragraph("RAG key", style="Heading 3")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, txt, col) in enumerate((("Blue", "Complete – evidence accepted by the Quality Committee", "0070C0"),
                                        ("Green", "On track", "00B050"),
                                        ("Amber", "At risk of delay", "FFC000"),
                                        ("Red", "Off track – completion date missed", "FF0000"))):
        set_cell(t.cell(i, 0), k, bold=True)
        shade(t.cell(i, 0), col)
        set_cell(t.cell(i, 1), txt)

    hdr = ("Ref", "Action", "Lead", "Completion date", "Progress update", "RAG")
    colours = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}

    def plan_table(rows):
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(hdr):
            set_cell(t.cell(0, j), h, bold=True, color="FFFFFF")
            shade(t.cell(0, j), "005EB8")
        for row in rows:
            cells = t.add_row().cells
            if isinstance(row, str):
                m = cells[0].merge(cells[5])
                set_cell(m, row, bold=True)
                shade(m, "E8EDEE")
            else:
                for j, v in enumerate(row):
                    set_cell(cells[j], v)
                shade(cells[5], colours[row[5]])
        return t

    doc.add_paragraph("Section 1: Emergency and Urgent Care (EUC)", style="Heading 2")
    plan_table([
        "MD1: The trust must ensure that medicines, including controlled drugs, are stored and managed safely at all ambulance stations. (Regulation 12(2)(g))",
        ("MD1.1", "Install electronic controlled drug safes with a full audit trail at the 12 hub stations",
         "Chief Pharmacist", "31 March 2025", "All 12 safes installed and in use. Evidence pack accepted.", "Blue"),
        ("MD1.2", "Introduce a monthly station medicines audit, with results reported to the Medicines Governance Group",
         "Chief Pharmacist / Hub Clinical Leads", "June 2025",
         "Audit running since April.\nCompliance 91% in October; target 95%.", "Green"),
        "MD2: The trust must ensure that staff complete mandatory training, including safeguarding level 3, in line with trust targets. (Regulation 18(2)(a))",
        ("MD2.1", "Protect time within rotas for mandatory training.\nMonitor compliance weekly at Divisional Performance Reviews.",
         "Chief People Officer", "Sept 2025",
         "Protected time in place in 3 of 4 divisions. Overall compliance 86%.", "Amber"),
        ("MD2.2", "Deliver additional safeguarding level 3 sessions by virtual classroom for all registered clinicians",
         "Head of Safeguarding", "December 2025", "42 sessions scheduled to December.", "Green"),
        "SD1: The trust should ensure that vehicle deep cleans are completed and recorded within the scheduled timeframe.",
        ("SD1.1", "Review the make-ready contract schedule and add deep clean compliance to the Fleet and Estates dashboard",
         "Head of Fleet; Make Ready Manager", "Q3 2025/26",
         "Dashboard measure live from October. Contract variation in negotiation.", "Amber"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph("Section 2: Emergency Operations Centres (EOC)", style="Heading 2")
    plan_table([
        "MD3: The trust must ensure that patients waiting for an ambulance are regularly re-triaged by clinicians in line with the trust’s welfare call policy. (Regulation 12(1))",
        ("MD3.1", "Increase clinical hub staffing to the establishment agreed in the EOC workforce review",
         "Chief Operating Officer", "Mar-26",
         "Recruitment below plan; 14.2 WTE vacancies against establishment.", "Red"),
        ("MD3.2", "Audit compliance with the welfare call policy and report results to the Quality Committee",
         "Head of EOC; Clinical Audit Lead", "Monthly", "September audit: 88% of calls within policy.", "Green"),
        "SD2: The trust should ensure that learning from incidents is consistently shared with EOC staff.",
        ("SD2.1", "Publish a monthly EOC learning bulletin and add a ‘learning from incidents’ item to team briefs",
         "Head of Patient Safety", "30/11/2025", "Bulletin issued monthly since June 2025.", "Blue"),
    ])
    doc.add_paragraph("Note: actions rated Blue have been closed by the Quality Committee and will be removed from the next report.")
    doc.save(os.path.join(HERE, "oi2-south-western-ambulance-service-nhsft-cqc-must-should-do-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. The Willows Nursing Home - CQC action plan (docx)
# ---------------------------------------------------------------------------
def willows():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.add_paragraph("The Willows Nursing Home – Action Plan following CQC Inspection", style="Heading 1")
    t = doc.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate((("Provider", "Willowbrook Care Ltd"),
                                ("Location", "The Willows Nursing Home, Nantwich"),
                                ("Date of inspection", "8 and 9 October 2024"),
                                ("Report published", "27 November 2024"),
                                ("Overall rating", "Requires improvement"),
                                ("Plan last updated", "14 February 2025"))):
        set_cell(t.cell(i, 0), k, bold=True)
        shade(t.cell(i, 0), "F2F2F2")
        set_cell(t.cell(i, 1), v)
    doc.add_paragraph("")
    doc.add_paragraph("Status key: Completed (blue) / On track (green) / Delayed (amber) / Not started (no colour)")
    hdr = ("No.", "What we will do", "Who is responsible", "By when",
           "How we will know it has worked", "Status")
    colours = {"Completed": "9DC3E6", "On track": "A9D08E", "Delayed": "FFD966", "Not started": None}

    def plan_table(rows):
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(hdr):
            set_cell(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "D9D9D9")
        for row in rows:
            cells = t.add_row().cells
            if isinstance(row, str):
                m = cells[0].merge(cells[5])
                set_cell(m, row, bold=True)
            else:
                for j, v in enumerate(row):
                    set_cell(cells[j], v)
                if colours[row[5]]:
                    shade(cells[5], colours[row[5]])

    doc.add_paragraph("Safe – Requires improvement", style="Heading 2")
    plan_table([
        "Regulation 12 (Safe care and treatment): Risks to people’s health and safety were not always assessed and mitigated, including risks from choking and pressure damage.",
        ("1", "Review and rewrite all choking risk assessments with advice from the speech and language therapy team, and update care plans to the correct IDDSI levels",
         "Deputy Manager", "By 31 January 2025",
         "Monthly care plan audit shows 100% of people at risk of choking have a current assessment", "Completed"),
        ("2", "Introduce repositioning charts on the electronic care record with alerts for missed turns",
         "Clinical Lead / Registered Manager", "End of February 2025",
         "No missed repositioning in daily handover checks; no new avoidable pressure damage", "On track"),
        "Regulation 12 (Safe care and treatment): Medicines were not always managed safely. Topical creams were not dated on opening and PRN protocols were missing.",
        ("3", "Carry out a weekly medicines audit, including topical MAR charts and date-of-opening checks",
         "Nurse in charge", "Weekly", "Audit scores of 95% or above for 8 consecutive weeks", "On track"),
        ("4", "Arrange pharmacist-led medicines training for all nurses and senior carers",
         "Registered Manager", "w/c 10/03/2025", "Training records show all nurses and senior carers attended", "Not started"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph("Well-led – Requires improvement", style="Heading 2")
    plan_table([
        "Regulation 17 (Good governance): Quality assurance systems were not effective in identifying the shortfalls found at this inspection.",
        ("5", "Introduce a monthly provider quality visit with a written report and action tracker",
         "Nominated Individual", "March 2025", "Reports on file each month; actions closed within agreed dates", "Delayed"),
        ("6", "Refresh the audit schedule so that care plan, falls and infection control audits are completed monthly and analysed for themes",
         "Registered Manager / Deputy Manager", "30/04/2025", "Themes reported to monthly governance meeting", "On track"),
        ("7", "Hold residents’ and relatives’ meetings and publish ‘You said, we did’ on the notice board",
         "Activities Coordinator", "Quarterly", "Minutes and ‘You said, we did’ displayed", "On track"),
    ])
    doc.add_paragraph("")
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), "Signed (Nominated Individual)", bold=True)
    set_cell(t.cell(0, 1), "P. Okafor")
    set_cell(t.cell(1, 0), "Date", bold=True)
    set_cell(t.cell(1, 1), "14/02/2025")
    doc.save(os.path.join(HERE, "oi2-the-willows-nursing-home-cqc-requires-improvement-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Karbon Homes - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
def karbon():
    cols = ["Audit", "Audit year", "Assurance", "Rec no.", "Priority", "Recommendation",
            "Agreed management action", "Responsible officer", "Original due date",
            "Revised due date", "RAG", "Progress update"]
    n = len(cols)

    def line(*vals):
        v = list(vals)
        return v + [""] * (n - len(v))

    rows = [
        line("Karbon Homes Internal Audit Recommendations Tracker"),
        line("Audit and Risk Committee – position at 31 October 2025"),
        line(),
        cols,
        ["Damp and Mould Case Management", "2024/25", "Limited", "DMC-01", "High",
         "Case records should evidence that follow-up inspections are completed within the timescales set in the Damp and Mould Policy.",
         "Add a mandatory follow-up inspection task to the repairs system, scheduled automatically 6 weeks after works complete.\nMonthly exception report to the Head of Repairs.",
         "Head of Repairs", "31/03/2025", "30/06/2025", "B",
         "Task live from 2 June 2025. Exception report in place. Verified by internal audit in September."],
        ["Damp and Mould Case Management", "2024/25", "Limited", "DMC-02", "Medium",
         "Customers should receive written confirmation of the works agreed and expected timescales after each damp and mould inspection.",
         "Introduce a standard confirmation letter generated from the inspection app",
         "Repairs Service Manager; Customer Experience Manager", "31/05/2025", "", "B",
         "Letter template in use since May 2025."],
        ["Tenancy Fraud", "2024/25", "Reasonable", "TF-01", "Medium",
         "The tenancy audit programme should be risk-based, targeting tenancies with indicators of possible fraud.",
         "Adopt a risk-scored tenancy audit programme targeting high-risk indicators (e.g. no contact for 12 months, no rent account activity)",
         "Neighbourhood Services Manager", "30/09/2025", "31/12/2025", "A",
         "Risk scoring model built; first 250 audits scheduled. Slippage due to staff vacancies."],
        ["Tenancy Fraud", "2024/25", "Reasonable", "TF-02", "Low",
         "Frontline staff should complete tenancy fraud awareness training.",
         "Roll out the tenancy fraud e-learning module to all frontline housing staff",
         "L&D Business Partner", "Dec-25", "", "G",
         "Module launched 1 October; 58% completion so far."],
        ["Building Safety – Fire Risk Assessments", "2025/26", "Limited", "FRA-01", "High",
         "Remedial actions arising from fire risk assessments should be tracked to completion, with overdue actions escalated.",
         "Load all outstanding FRA actions into the compliance system and report overdue high-risk actions to the Executive Team monthly",
         "Director of Asset Management / Head of Building Safety", "31/10/2025", "", "R",
         "Data load 70% complete. First Executive Team report deferred to November."],
        ["Building Safety – Fire Risk Assessments", "2025/26", "Limited", "FRA-02", "Medium",
         "The FRA programme should be reconciled to the asset register so that all blocks requiring an assessment are included.",
         "Reconcile the FRA programme to the asset register and add the 14 missing blocks to the 2025/26 programme",
         "Head of Building Safety", "30/11/2025", "", "G",
         "Reconciliation complete; 9 of 14 blocks assessed."],
        ["Payroll", "2025/26", "Substantial", "PAY-01", "Low",
         "Leavers should be notified to Payroll before their final pay date to avoid overpayments.",
         "Remind managers of the leaver process on the intranet and add the leaver deadline to the month-end checklist",
         "Payroll Manager", "31/08/2025", "", "B",
         "Complete. No overpayments in September or October payrolls."],
        ["Rent Arrears and Income Recovery", "2025/26", "Reasonable", "RA-01", "Medium",
         "Arrangements to pay should be reviewed when a payment is missed, in line with the Income Management Policy.",
         "Introduce an automated missed-payment trigger in the housing management system, with review by the income officer within 5 working days",
         "Income Manager", "Q4 2025/26", "", "G",
         "System change approved by the Digital Change Board on 15 October."],
        line(),
        line("Summary: 8 recommendations – Blue 3, Green 3, Amber 1, Red 1"),
        line("RAG key: B = implemented and verified; G = on track; A = at risk of missing due date; R = overdue"),
    ]
    with open(os.path.join(HERE, "oi2-karbon-homes-internal-audit-recommendations-tracker.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for r in rows:
            w.writerow(r)


# ---------------------------------------------------------------------------
# 7. Bath College - quality improvement plan (tab-separated txt)
# ---------------------------------------------------------------------------
BATH_TXT = """Bath College
Quality Improvement Plan 2025/26
Approved by the Curriculum and Quality Committee, 14 October 2025 – progress at 8 December 2025

Ref\tAction\tLead\tBy when\tSuccess measure\tProgress update\tRAG

A. Quality of education
KIA 1 – Too few apprentices complete their programme by their planned end date
1.1\tIntroduce monthly progress reviews for all apprentices who are more than 8 weeks behind their planned end date\tDirector of Apprenticeships\tAutumn term 2025\tAchievement rate of 62% or above; out-of-funding learners below 10%\tReviews in place for all 143 apprentices identified\tG
1.2\tImprove employer involvement in tripartite progress reviews and report attendance to each Apprenticeship Performance Board\tDirector of Apprenticeships / Head of Employer Services\tTermly\tEmployer attendance at 90% of reviews\tEmployer attendance 71% in Term 1\tA
1.3\tPlan and deliver end-point assessment readiness workshops for apprentices in Gateway,\tKP, JW\tFeb–Mar 2026\tFirst-time EPA pass rate of 90% or above\tWorkshop programme drafted\tG
\tincluding mock professional discussions with employers\t\t\t\t\t
KIA 2 – Feedback on learners’ work in some study programmes does not help them to improve
2.1\tDeliver the “feedback that feeds forward” CPD programme to all teaching staff\tHead of Teaching, Learning and Assessment\t31/01/2026\tLearning walks show effective feedback in 85% of sampled work\tAll three CPD sessions delivered\tB
2.2\tCarry out learning walks focused on assessment feedback in Construction, Engineering and Creative Industries\tHeads of Faculty\tSummer term 2026\tLearning walk outcomes improve term on term\tConstruction complete; Engineering scheduled January\tA

B. Behaviour and attitudes
KIA 3 – Attendance at English and maths GCSE resit lessons is too low
3.1\tIntroduce same-day follow-up of absence from English and maths lessons by Student Progress Coaches\tHead of Student Services\tOct 2025\tAttendance at English and maths of 85% or above\tIn place from 13 October; attendance up from 74% to 81%\tB
3.2\tTimetable English and maths on the same day as vocational lessons for all full-time 16–18 study programmes\tDeputy Principal; Head of MIS\tSeptember 2026\tTimetable for 2026/27 meets the principle for all programmes\tTimetabling principles agreed by SLT\tG

C. Personal development
KIA 4 – Not all learners receive effective careers guidance and meaningful work experience
4.1\tMap the Gatsby Benchmarks across all study programmes and close the gaps identified\tCareers Leader\tJune 2026\tCompass+ shows all 8 benchmarks fully met\tMapping complete for 11 of 16 programme areas\tA
4.2\tRecord work experience placements for all 16–19 learners on the CRM and report monthly to SLT\tWork Placement Coordinator\tOngoing\t95% of 16–19 learners complete a placement\tCRM field not yet built; manual tracking only\tR

RAG key: B = complete; G = on track; A = some slippage; R = significant concern
Leads: KP = Kate Price, Apprenticeship Quality Manager; JW = James Walsh, EPA Coordinator
"""


def bath():
    with open(os.path.join(HERE, "oi2-bath-college-quality-improvement-plan-2025-26.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write(BATH_TXT)


if __name__ == "__main__":
    esfrs()
    hmlr()
    uop()
    swasft()
    willows()
    karbon()
    bath()
    print("built 7 files in", HERE)
