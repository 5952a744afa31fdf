"""Build the seven qr- blind test data files (set heldout468).

Run with: /work/main/.venv/bin/python qr_make.py
Writes only files whose names start with "qr-" into this script's folder.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("qr-")
    return os.path.join(HERE, name)


D = dt.datetime

FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="00B0F0"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "grey": PatternFill("solid", fgColor="E7E6E6"),
    "teal": PatternFill("solid", fgColor="005F6B"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def rag_fill(word):
    w = word.strip().lower()
    if w in ("r", "red"):
        return FILL["red"]
    if w in ("a", "amber"):
        return FILL["amber"]
    if w in ("g", "green"):
        return FILL["green"]
    if w in ("b", "blue", "complete"):
        return FILL["blue"]
    return None


# ---------------------------------------------------------------------------
# 1. St Wilfrid's Hospice (Eastbourne) - strategic risk register (xlsx, read)
# ---------------------------------------------------------------------------
def st_wilfrids():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "St Wilfrid's Hospice – Strategic Risk Register 2025/26"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Eastbourne, Seaford, Hailsham and the surrounding area"
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [
        ("Register owner", "Director of Finance and Resources"),
        ("Version", "3.2"),
        ("Last reviewed", "Audit, Risk and Governance Committee, 18 November 2025"),
        ("Next review", "Audit, Risk and Governance Committee, February 2026"),
        ("Approved by", "Board of Trustees, 2 December 2025"),
        ("Status", "Approved"),
    ]
    for i, (k, v) in enumerate(rows, start=5):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 1).fill = FILL["grey"]
        cov.cell(i, 2, v)
        for c in (1, 2):
            cov.cell(i, c).border = BOX
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 60

    key = wb.create_sheet("Scoring key")
    key["A1"] = "Risk scoring: Likelihood (1–5) x Impact (1–5)"
    key["A1"].font = Font(bold=True)
    key["A3"] = "Score"
    key["B3"] = "Rating"
    key["C3"] = "Response"
    for c in "ABC":
        key[c + "3"].font = Font(bold=True)
    bands = [
        ("15–25", "High", "Board oversight; actions reviewed monthly by Executive Team", "red"),
        ("8–12", "Moderate", "Committee oversight; actions reviewed quarterly", "amber"),
        ("1–6", "Low", "Managed within directorates", "green"),
    ]
    for i, (s, r, resp, col) in enumerate(bands, start=4):
        key.cell(i, 1, s)
        key.cell(i, 2, r).fill = FILL[col]
        key.cell(i, 3, resp)
    key["A9"] = "Action RAG"
    key["A9"].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("G", "On track to deliver by target date"),
        ("A", "At risk of slipping – mitigation in place"),
        ("R", "Overdue or off track"),
        ("B", "Action complete"),
    ], start=10):
        key.cell(i, 1, k).fill = rag_fill(k)
        key.cell(i, 2, v)
    key["A15"] = "Trend: ↑ risk increasing   ↔ no change   ↓ risk reducing"
    key.column_dimensions["C"].width = 60

    ws = wb.create_sheet("Register")
    ws["A1"] = "St Wilfrid's Hospice – Strategic Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:M1")
    ws["A2"] = ("Position at 31 October 2025 – presented to the Audit, Risk and "
                "Governance Committee on 18 November 2025")
    ws.merge_cells("A2:M2")
    heads = ["Risk ID", "Risk description", "Risk owner", "Inherent score (L x I)",
             "Key controls in place", "Residual score (L x I)", "Trend", "No.",
             "Further actions to reduce risk", "Action lead", "Target date",
             "Progress update (October 2025)", "RAG"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = WHITE_BOLD
        cell.fill = FILL["teal"]
        cell.alignment = WRAP
        cell.border = BOX
    widths = [8, 40, 18, 11, 40, 11, 7, 6, 48, 24, 16, 44, 6]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    aim1 = "Strategic aim 1: Excellent, compassionate care for everyone who needs us"
    aim2 = "Strategic aim 2: A sustainable hospice for the future"
    risks = [
        ("aim", aim1),
        ("risk", "SR1",
         "Insufficient registered nurses to staff the In-Patient Unit safely, leading "
         "to bed closures and reduced access to specialist palliative care.",
         "Director of Patient Care", "4 x 4 = 16",
         "Safe staffing tool used daily; bank and agency framework; recruitment and "
         "retention premium for Band 5 and 6 nurses.",
         "3 x 4 = 12", "↔",
         [
             ("1.1", "Implement the international nurse recruitment pathway with two partner "
                     "agencies, with a target of six Band 5 nurses in post.",
              "Head of HR; Director of Patient Care", D(2026, 3, 31), "dd/mm/yyyy",
              "Four nurses have accepted offers; the first two start in December.", "G"),
             ("1.2", "Launch the nursing associate apprenticeship cohort in partnership with "
                     "the University of Brighton.",
              "Education Lead", "September 2025", None,
              "Cohort of four started on 15 September 2025. Action complete.", "B"),
         ]),
        ("risk", "SR2",
         "Clinical records and medicines management do not meet CQC regulatory "
         "requirements following the migration to SystmOne, leading to enforcement action.",
         "Director of Patient Care", "3 x 5 = 15",
         "Medicines Management Group; monthly controlled drugs audit; SystmOne super-users "
         "on each shift.",
         "2 x 5 = 10", "↓",
         [
             ("2.1", "Complete the SystmOne medicines administration audit on the In-Patient "
                     "Unit and report findings to the Clinical Governance Committee.",
              "Head of Quality and Governance", "31/12/2025 (revised from 30/09/2025)", None,
              "Fieldwork delayed by staff absence; report now due at the December committee.",
              "A"),
             ("2.2", "Deliver refresher training on record keeping to all registered clinical "
                     "staff (target 95% compliance).",
              "Education Lead", D(2026, 1, 31), "dd/mm/yyyy",
              "78% compliance at 31 October.", "G"),
         ]),
        ("aim", aim2),
        ("risk", "SR3",
         "Income from retail, fundraising and legacies falls short of the 2025/26 budget, "
         "leading to use of reserves beyond the level set in the reserves policy.",
         "Director of Income Generation", "4 x 5 = 20",
         "Monthly income reporting to Executive Team; reserves policy; Income Generation "
         "Committee.",
         "4 x 4 = 16", "↑",
         [
             ("3.1", "Review the legacy income forecasting model with the external legacy "
                     "monitoring provider.",
              "Director of Finance and Resources", D(2025, 12, 31), "dd/mm/yyyy",
              "Meeting held 8 October; revised model to December Finance Committee.", "G"),
             ("3.2", "Open two new charity shops (Hailsham and Seaford) subject to Board "
                     "approval of the business case.",
              "Head of Retail / Director of Income Generation", "Q4 2025/26", None,
              "Hailsham lease fell through in October; alternative sites being assessed.",
              "R"),
             ("3.3", "Refresh the individual giving strategy, including a regular giving "
                     "recruitment campaign.",
              "Head of Fundraising", "Ongoing – quarterly report to Income Generation Committee",
              None, "Autumn campaign launched; 212 new regular givers.", "G"),
         ]),
        ("risk", "SR4",
         "A cyber-attack or IT failure disrupts access to clinical and financial systems.",
         "Director of Finance and Resources", "4 x 4 = 16",
         "Managed IT service with 24/7 monitoring; offsite backups; staff phishing training.",
         "3 x 4 = 12", "↔",
         [
             ("4.1", "Achieve Cyber Essentials Plus certification.",
              "IT Manager", D(2026, 2, 28), "dd/mm/yyyy",
              "Gap analysis complete; three legacy devices to be replaced first.", "A"),
             ("4.2", "Test the IT business continuity plan through a desktop exercise with the "
                     "Executive Team.",
              "IT Manager & Head of Estates", D(2025, 11, 30), "mmm-yy",
              "Exercise held 28 October; lessons captured in the BCP.", "B"),
         ]),
    ]

    r = 5
    for item in risks:
        if item[0] == "aim":
            ws.cell(r, 1, item[1]).font = Font(bold=True)
            for c in range(1, 14):
                ws.cell(r, c).fill = FILL["band"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=13)
            r += 1
            continue
        _, rid, desc, owner, inh, ctrls, res, trend, acts = item
        first = r
        for (no, act, lead, due, fmt, prog, rag) in acts:
            ws.cell(r, 8, no)
            ws.cell(r, 9, act)
            ws.cell(r, 10, lead)
            c = ws.cell(r, 11, due)
            if fmt:
                c.number_format = fmt
            ws.cell(r, 12, prog)
            rc = ws.cell(r, 13, rag)
            rc.fill = rag_fill(rag)
            rc.alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        last = r - 1
        for col, val in ((1, rid), (2, desc), (3, owner), (4, inh), (5, ctrls), (6, res), (7, trend)):
            ws.cell(first, col, val)
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
        for rr in range(first, last + 1):
            for cc in range(1, 14):
                ws.cell(rr, cc).border = BOX
                if cc != 13:
                    ws.cell(rr, cc).alignment = WRAP
    r += 1
    ws.cell(r, 1, "Summary").font = Font(bold=True)
    r += 1
    for label, n in (("High (15–25)", 1), ("Moderate (8–12)", 3), ("Low (1–6)", 0)):
        ws.cell(r, 2, "Risks with residual score " + label)
        ws.cell(r, 3, n)
        r += 1
    ws.cell(r, 2, "Further actions: 9 (B 2, G 4, A 2, R 1)")
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(out("qr-st-wilfrids-hospice-eastbourne-strategic-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. Affinity Water - Ofwat performance commitment recovery plan (xlsx, read)
# ---------------------------------------------------------------------------
def affinity():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Affinity Water – Performance Commitment Recovery Plan: Water Supply Interruptions"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Quarterly update to Ofwat – Q2 2025-26 (position at 30 September 2025)"
    s["A3"] = "Accountable executive: Chief Operating Officer"
    hdr = ["Performance commitment", "Unit", "2024-25 PCL", "2024-25 actual",
           "2025-26 PCL", "2025-26 forecast", "Status"]
    for c, h in enumerate(hdr, start=1):
        cell = s.cell(5, c, h)
        cell.font = WHITE_BOLD
        cell.fill = FILL["head"]
    data = [
        ("Water supply interruptions", "hh:mm:ss per property", "00:05:00", "00:11:42",
         "00:05:00", "00:08:15", "Red"),
        ("Mains repairs", "repairs per 1,000 km of main", 163.5, 171.2, 163.5, 166.0, "Amber"),
    ]
    for i, row in enumerate(data, start=6):
        for c, v in enumerate(row, start=1):
            s.cell(i, c, v)
        s.cell(i, 7).fill = rag_fill(row[6])
    s["A10"] = "Recovery actions by Q2 status"
    s["A10"].font = Font(bold=True)
    for i, (k, n) in enumerate((("Complete", 2), ("Green", 3), ("Amber", 2), ("Red", 1)), start=11):
        s.cell(i, 1, k).fill = rag_fill(k)
        s.cell(i, 2, n)
    s["A15"] = "Total"
    s["B15"] = "=SUM(B11:B14)"
    s["A17"] = ("Key: Green – on track to deliver by target date; Amber – at risk, mitigation in "
                "place; Red – will not deliver by target date without intervention; Complete – "
                "action delivered and evidenced.")
    s.column_dimensions["A"].width = 30
    s.column_dimensions["B"].width = 26

    ws = wb.create_sheet("Recovery actions")
    ws["A1"] = "Recovery plan – action tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Q2 2025-26 update. Owners are accountable to the Recovery Plan Steering Group."
    top = {1: "Ref", 2: "Action", 3: "Owner", 4: "Target date", 6: "Q2 progress update",
           7: "RAG status"}
    for c, h in top.items():
        ws.cell(4, c, h)
    ws.cell(5, 4, "Original")
    ws.cell(5, 5, "Revised")
    ws.cell(5, 7, "Q1")
    ws.cell(5, 8, "Q2")
    for c in (1, 2, 3, 6):
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    ws.merge_cells("D4:E4")
    ws.merge_cells("G4:H4")
    for rr in (4, 5):
        for c in range(1, 9):
            ws.cell(rr, c).font = WHITE_BOLD
            ws.cell(rr, c).fill = FILL["head"]
            ws.cell(rr, c).alignment = Alignment(wrap_text=True, horizontal="center",
                                                 vertical="center")
            ws.cell(rr, c).border = BOX
    for col, w in zip("ABCDEFGH", (6, 55, 30, 11, 11, 50, 10, 10)):
        ws.column_dimensions[col].width = w

    plan = [
        ("Workstream A – Reducing the duration of interruptions", [
            ("A1", "Roll out a rapid-response overland pipe and tanker deployment protocol for "
                   "all interruptions forecast to exceed three hours.",
             "Head of Network Operations", D(2025, 6, 30), None,
             "Protocol live in all regions since 23 June 2025; average restoration time down "
             "from 4h10m to 2h55m.", "Amber", "Complete"),
            ("A2", "Recruit and train an additional 24 network technicians to provide 24/7 "
                   "repair cover across the Central region.",
             "Head of Network Operations; HR Business Partner (Operations)",
             D(2025, 9, 30), D(2026, 1, 31),
             "17 of 24 in post; second recruitment round closes 14 November.", "Green", "Amber"),
            ("A3", "Install 1,200 additional pressure and flow loggers on critical trunk mains to "
                   "give earlier warning of bursts.",
             "Director of Asset Strategy", D(2026, 3, 31), None,
             "640 loggers installed; remaining installs scheduled by DMA.", "Green", "Green"),
        ]),
        ("Workstream B – Reducing the frequency of bursts", [
            ("B1", "Deliver the 2025-26 mains renewal programme (78 km), prioritising the 20 DMAs "
                   "with the highest burst rates.",
             "Director of Capital Delivery", D(2026, 3, 31), None,
             "41 km renewed to date, in line with profile.", "Green", "Green"),
            ("B2", "Implement pressure management schemes in 15 DMAs identified in the calm "
                   "network study.",
             "Head of Leakage & Network Optimisation", D(2025, 12, 31), D(2026, 6, 30),
             "Supplier delays on PRV valves; only 4 schemes commissioned.", "Amber", "Red"),
            ("B3", "Complete root cause analysis of the 2024 freeze-thaw incident and feed the "
                   "findings into the winter resilience plan.",
             "Chief Operating Officer", D(2025, 3, 31), None,
             "Closed at Q4 2024-25.", "Complete", "Complete"),
        ]),
        ("Workstream C – Customers and reporting", [
            ("C1", "Introduce proactive SMS and priority services calls for all customers "
                   "affected by an interruption of more than one hour.\n"
                   "Report monthly uptake to the Executive.",
             "Head of Customer Operations", D(2025, 10, 31), None,
             "SMS live; priority services call scripts awaiting sign-off.", "Green", "Amber"),
            ("C2", "Provide Ofwat with quarterly progress reports on this recovery plan.",
             "Head of Regulation", "Quarterly", None,
             "Q2 report submitted 17 October 2025.", "Green", "Green"),
        ]),
    ]
    r = 6
    for ws_name, acts in plan:
        ws.cell(r, 1, ws_name).font = Font(bold=True)
        for c in range(1, 9):
            ws.cell(r, c).fill = FILL["band"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for (ref, act, owner, orig, rev, prog, q1, q2) in acts:
            vals = [ref, act, owner, orig, rev, prog, q1, q2]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            ws.cell(r, 7).fill = rag_fill(q1)
            ws.cell(r, 8).fill = rag_fill(q2)
            r += 1
    r += 1
    ws.cell(r, 1, "Note: revised target dates for A2 and B2 were agreed at the Recovery Plan "
                  "Steering Group on 16 July 2025 and notified to Ofwat on 18 July 2025.")
    ws.freeze_panes = "C6"

    vh = wb.create_sheet("Version history")
    for i, row in enumerate([
        ("Version", "Date", "Change"),
        ("1.0", D(2025, 2, 28), "Recovery plan submitted to Ofwat"),
        ("1.1", D(2025, 7, 18), "Q1 2025-26 update; A2 and B2 target dates revised"),
        ("1.2", D(2025, 10, 17), "Q2 2025-26 update"),
    ], start=1):
        for c, v in enumerate(row, start=1):
            cell = vh.cell(i, c, v)
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    wb.save(out("qr-affinity-water-ofwat-supply-interruptions-recovery-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Lancashire CCA - Board action log (xlsx, REFUSE: mistyped month row 8)
# ---------------------------------------------------------------------------
def lancashire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Open actions"
    ws["A1"] = "Lancashire Combined County Authority – Board Action Log"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Updated after the Board meeting of 14 October 2025. Completed actions move to "
                "the 'Closed actions' tab after they have been reported once.")
    heads = ["Ref", "Meeting", "Minute", "Action", "Lead officer", "Due", "Update", "Status"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(5, c, h)
        cell.font = WHITE_BOLD
        cell.fill = FILL["head"]
        cell.border = BOX
    rows = [
        ("LCCA/25/014", D(2025, 6, 10), "12",
         "Circulate the draft Lancashire Local Growth Plan to district leaders for comment "
         "before the September Board.",
         "Director of Growth", D(2025, 8, 31),
         "Circulated 22 August 2025; comments received from 9 of 12 districts.", "Complete"),
        ("LCCA/25/019", D(2025, 7, 15), "7",
         "Bring a report on the Adult Skills Fund procurement outcome, including provider "
         "allocations by district.",
         "Director of Skills; Head of Commissioning", D(2025, 11, 30),
         "Scheduled for the December Board.", "Open"),
        ("LCCA/25/021", D(2025, 7, 15), "9",
         "Arrange a Board workshop on the Lancashire Local Transport Plan and bus reform "
         "options.",
         "Director of Transport", "Janaury 2026",
         "Workshop date being agreed with the Chair's office.", "Open"),
        ("LCCA/25/026", D(2025, 10, 14), "5",
         "Publish the CCA's first Annual Governance Statement alongside the 2024/25 accounts.",
         "Monitoring Officer / Chief Finance Officer", D(2025, 12, 31),
         "Draft statement with external audit.", "Open"),
        ("LCCA/25/027", D(2025, 10, 14), "8",
         "Provide members with a briefing note on the local government reorganisation "
         "proposals and their implications for the CCA.",
         "Chief Executive", D(2025, 11, 30), "", "Open"),
    ]
    r = 6
    for row in rows:
        for c, v in enumerate(row, start=1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        r += 1
    ws.cell(r + 1, 1, "Status: Open – action in progress; Complete – action done, to be "
                      "closed at the next meeting.")
    for col, w in zip("ABCDEFGH", (13, 11, 8, 55, 32, 14, 45, 10)):
        ws.column_dimensions[col].width = w

    cl = wb.create_sheet("Closed actions")
    for c, h in enumerate(heads, start=1):
        cl.cell(1, c, h).font = Font(bold=True)
    closed = [
        ("LCCA/25/003", D(2025, 3, 11), "6",
         "Agree the Board's forward plan of key decisions for 2025/26.",
         "Monitoring Officer", D(2025, 4, 30), "Forward plan published 24 April 2025.",
         "Closed"),
        ("LCCA/25/008", D(2025, 4, 8), "10",
         "Confirm membership of the Audit and Governance Committee, including the independent "
         "member.", "Monitoring Officer", D(2025, 6, 10), "Confirmed at the June Board.",
         "Closed"),
        ("LCCA/25/011", D(2025, 6, 10), "8",
         "Share the Investment Zone programme assurance framework with Board members.",
         "Chief Finance Officer", D(2025, 7, 15), "Circulated 1 July 2025.", "Closed"),
    ]
    for i, row in enumerate(closed, start=2):
        for c, v in enumerate(row, start=1):
            cell = cl.cell(i, c, v)
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    wb.save(out("qr-lancashire-cca-board-action-log-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


DOCX_RAG = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "complete": "00B0F0",
            "blue": "00B0F0"}


def set_cell(cell, text, bold=False, size=9):
    """Put text in a cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Handforth Parish Council - governance review action plan (docx, read)
# ---------------------------------------------------------------------------
def handforth():
    doc = Document()
    doc.add_paragraph("Handforth Parish Council – Governance Review Action Plan 2024–25",
                      style="Title")
    doc.add_paragraph(
        "Response to the recommendations of the independent governance review carried out by "
        "the Cheshire Association of Local Councils (ChALC), received by Full Council on "
        "9 September 2024.")
    doc.add_paragraph("Progress position at 13 January 2025.")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Document", "Governance Review Action Plan"),
        ("Version", "1.3"),
        ("Owner", "Clerk and Responsible Financial Officer"),
        ("Approved", "Full Council, 14 October 2024 (Minute 24/118)"),
        ("Next review", "Full Council, 10 March 2025"),
    ]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True, size=10)
        shade(row[0], "E7E6E6")
        set_cell(row[1], v, size=10)

    doc.add_paragraph()
    doc.add_paragraph("RAG key", style="Heading 3")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, meaning in [
        ("Complete", "Action completed and evidenced"),
        ("Green", "On track"),
        ("Amber", "Started but behind schedule"),
        ("Red", "Not started or significantly delayed"),
    ]:
        row = k.add_row().cells
        set_cell(row[0], word, bold=True, size=10)
        shade(row[0], DOCX_RAG[word.lower()])
        set_cell(row[1], meaning, size=10)

    sections = [
        ("1. Meetings, Standing Orders and decision making", [
            ("R1. The Council should adopt the 2024 NALC model Standing Orders, tailored to "
             "local circumstances, and review them annually at the Annual Meeting.", [
                ("1.1", "Adopt revised Standing Orders based on the NALC 2024 model.",
                 "Clerk", "October 2024",
                 "Adopted at Full Council on 14 October 2024 (Minute 24/121).", "Complete"),
                ("1.2", "Schedule an annual review of Standing Orders as a standing item on the "
                        "Annual Meeting agenda.",
                 "Clerk", "May 2025", "Added to the draft agenda for the Annual Meeting.",
                 "Green"),
            ]),
            ("R2. Chairing of meetings should follow Standing Orders consistently, with clear "
             "handling of public participation.", [
                ("1.3", "Chair and Vice-Chair to attend ChALC chairmanship training.",
                 "Chair / Vice-Chair", "31/01/2025",
                 "Booked on the ChALC course on 22 January 2025.", "Green"),
            ]),
        ]),
        ("2. Financial management and internal control", [
            ("R3. Bank reconciliations should be prepared monthly, signed by a member other "
             "than the RFO, and reported to the Finance & General Purposes Committee.", [
                ("2.1", "Introduce monthly bank reconciliations signed by a nominated councillor "
                        "and reported to each F&GP Committee meeting.",
                 "Clerk / Cllr Dawson", "November 2024", "In place from November 2024.",
                 "Complete"),
            ]),
            ("R4. The Council should review its Financial Regulations against the 2024 NALC "
             "model and update its asset register.", [
                ("2.2", "Review Financial Regulations against the NALC 2024 model and recommend "
                        "adoption to Full Council.\nUpdate the asset register and reconcile it "
                        "to the insurance schedule.",
                 "Finance & General Purposes Committee", "March 2025",
                 "Draft regulations to F&GP on 3 February 2025; asset register check under way.",
                 "Amber"),
            ]),
        ]),
        ("3. Transparency, training and councillor conduct", [
            ("R5. All councillors should complete code of conduct training within six months "
             "of election or co-option.", [
                ("3.1", "Arrange in-house code of conduct training delivered by Cheshire East "
                        "Council’s Monitoring Officer.",
                 "Clerk", "Feb 2025",
                 "Monitoring Officer availability awaited; date not yet confirmed.", "Red"),
            ]),
            ("R6. The Council should publish agendas, minutes and the annual accounts in line "
             "with the Transparency Code for Smaller Authorities.", [
                ("3.2", "Audit the website against the Transparency Code and publish any "
                        "missing documents.",
                 "Deputy Clerk", "Ongoing",
                 "Website audit done; 2022/23 documents uploaded. Monthly check thereafter.",
                 "Green"),
            ]),
        ]),
    ]
    heads = ["Ref", "Review recommendation", "Action", "Lead", "Target date",
             "Progress at January 2025", "RAG"]
    for title, recs in sections:
        doc.add_paragraph(title, style="Heading 2")
        tb = doc.add_table(rows=1, cols=7)
        tb.style = "Table Grid"
        for c, h in enumerate(heads):
            set_cell(tb.rows[0].cells[c], h, bold=True)
            shade(tb.rows[0].cells[c], "BDD7EE")
        for rec, acts in recs:
            first = None
            for (ref, act, lead, due, prog, rag) in acts:
                cells = tb.add_row().cells
                if first is None:
                    first = cells[1]
                    set_cell(cells[1], rec)
                set_cell(cells[0], ref)
                set_cell(cells[2], act)
                set_cell(cells[3], lead)
                set_cell(cells[4], due)
                set_cell(cells[5], prog)
                set_cell(cells[6], rag, bold=True)
                shade(cells[6], DOCX_RAG[rag.lower()])
                last = cells[1]
            if last is not first:
                first.merge(last)
                # merge keeps the first cell's text; make sure no blank paragraph is appended
                paras = first.paragraphs
                for p in paras[1:]:
                    if not p.text:
                        p._element.getparent().remove(p._element)
        doc.add_paragraph()
    doc.add_paragraph("Next update to Full Council: 10 March 2025.")
    doc.save(out("qr-handforth-parish-council-governance-review-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Office of the Public Guardian - MLPA programme highlight report (docx, read)
# ---------------------------------------------------------------------------
def opg():
    doc = Document()
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Office of the Public Guardian | OFFICIAL"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_paragraph("Modernising Lasting Powers of Attorney (MLPA) Programme: Highlight Report",
                      style="Title")
    doc.add_paragraph("Reporting period: 1–30 September 2025 | For Programme Board: "
                      "14 October 2025")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Senior Responsible Owner", "Amanda Rhodes, Director of Transformation"),
        ("Programme Director", "Gareth Lyle"),
        ("Prepared by", "Programme Management Office"),
        ("Overall delivery confidence", "Amber"),
    ]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True, size=10)
        shade(row[0], "D9E2F3")
        set_cell(row[1], v, size=10)
    shade(t.rows[3].cells[1], DOCX_RAG["amber"])

    doc.add_paragraph("1. Summary", style="Heading 1")
    doc.add_paragraph(
        "Private beta of the online service closed successfully. Delivery confidence remains "
        "Amber because the commencement date for the Powers of Attorney Act 2023 provisions "
        "has not been confirmed and identity verification testing found two defects.")
    st = doc.add_table(rows=1, cols=4)
    st.style = "Table Grid"
    for c, h in enumerate(["Dimension", "Last period", "This period", "Comment"]):
        set_cell(st.rows[0].cells[c], h, bold=True)
        shade(st.rows[0].cells[c], "D9E2F3")
    for dim, last, now, com in [
        ("Overall", "Amber", "Amber", "See summary above."),
        ("Schedule", "Amber", "Red", "Public beta start at risk pending commencement order."),
        ("Cost", "Green", "Green", "Forecast within 2025/26 budget."),
        ("Resources", "Amber", "Amber", "Two developer vacancies; contractors in place."),
        ("Benefits", "Green", "Green", "No change to benefits profile."),
    ]:
        cells = st.add_row().cells
        set_cell(cells[0], dim)
        set_cell(cells[1], last)
        shade(cells[1], DOCX_RAG[last.lower()])
        set_cell(cells[2], now)
        shade(cells[2], DOCX_RAG[now.lower()])
        set_cell(cells[3], com)

    workstreams = [
        ("2. Workstream 1 – Digital LPA service", [
            ("D1", "Complete private beta of the online LPA service with 500 donors and "
                   "attorneys and publish the findings.",
             "Priya Shah", "31/08/2025", "Amber", "Complete",
             "Private beta closed 29 August with 612 participants; findings published on "
             "the programme blog."),
            ("D2", "Deliver identity verification integration with GOV.UK One Login for "
                   "certificate providers.",
             "Priya Shah / Marcus Bell", "w/c 06/10/2025", "Green", "Amber",
             "Integration testing found two defects; fixes planned in sprint 41."),
            ("D3", "Obtain a beta service assessment from the GDS-led assessment panel.",
             "Marcus Bell", "Nov 2025", "Green", "Green", "Assessment booked for 19 November."),
        ]),
        ("3. Workstream 2 – Legislation and policy", [
            ("L1", "Agree with MoJ policy colleagues the commencement timetable for the Powers "
                   "of Attorney Act 2023 provisions.",
             "Head of Policy", "TBC – dependent on MoJ", "Amber", "Red",
             "Awaiting a ministerial decision on the commencement order slot."),
            ("L2", "Publish updated guidance for certificate providers and professional users.",
             "Head of Policy; Head of Communications", "Q4 2025/26", "Green", "Green",
             "First drafts tested with the professional users forum."),
        ]),
        ("4. Workstream 3 – Operations readiness", [
            ("O1", "Complete the target operating model for casework teams in Birmingham and "
                   "Nottingham, including the revised workflow for paper applications.",
             "Deputy Director, Operations", "31 December 2025", "Amber", "Amber",
             "Workflow mapping complete; staffing model with HR."),
            ("O2", "Train 350 caseworkers on the new casework system before go-live.",
             "Operations Training Manager", "March 2026", "", "Not started",
             "Training needs analysis to start in January."),
        ]),
    ]
    heads = ["Ref", "Action", "Owner", "Due", "Previous", "Current", "Commentary"]
    for title, acts in workstreams:
        doc.add_paragraph(title, style="Heading 1")
        tb = doc.add_table(rows=1, cols=7)
        tb.style = "Table Grid"
        for c, h in enumerate(heads):
            set_cell(tb.rows[0].cells[c], h, bold=True)
            shade(tb.rows[0].cells[c], "D9E2F3")
        for (ref, act, owner, due, prev, cur, com) in acts:
            cells = tb.add_row().cells
            for c, v in enumerate([ref, act, owner, due, prev, cur, com]):
                set_cell(cells[c], v)
            for c, v in ((4, prev), (5, cur)):
                if v.lower() in DOCX_RAG:
                    shade(cells[c], DOCX_RAG[v.lower()])

    doc.add_paragraph("5. Top programme risks", style="Heading 1")
    rk = doc.add_table(rows=1, cols=4)
    rk.style = "Table Grid"
    for c, h in enumerate(["Risk", "Rating", "Trend", "Owner"]):
        set_cell(rk.rows[0].cells[c], h, bold=True)
    for row in [
        ("Commencement order is not laid in time for the planned public beta.", "High", "↑",
         "SRO"),
        ("Legacy casework system cannot be decommissioned as planned, leading to double "
         "running costs.", "Medium", "↔", "Programme Director"),
    ]:
        cells = rk.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v)

    doc.add_paragraph("6. Decisions required from Programme Board", style="Heading 1")
    doc.add_paragraph("Agree to re-baseline the public beta start date to February 2026.",
                      style="List Bullet")
    doc.add_paragraph("Note the Red schedule rating and the escalation to the MoJ Portfolio "
                      "Board.", style="List Bullet")
    doc.save(out("qr-office-of-the-public-guardian-mlpa-programme-highlight-report.docx"))


# ---------------------------------------------------------------------------
# 6. Sense - internal audit recommendations tracker (csv, read)
# ---------------------------------------------------------------------------
def sense():
    heads = ["Ref", "Audit", "Priority", "Recommendation", "Agreed management action",
             "Action owner", "Original due date", "Revised due date", "RAG", "Latest update"]
    n = len(heads)

    def pad(*vals):
        v = list(vals)
        return v + [""] * (n - len(v))

    rows = [
        pad("Sense – Internal Audit Recommendations Tracker"),
        pad("Audit and Risk Committee – 4 December 2025"),
        pad(),
        heads,
        ["SG-01", "Safeguarding (2024/25)", "High",
         "Safeguarding supervision should be recorded consistently for all front-line staff "
         "in residential services.",
         "Introduce a standard supervision template on the HR system and audit completion "
         "quarterly.",
         "Director of Safeguarding & Quality; Head of HR Operations", "31/03/2025", "30/09/2025",
         "Complete", "Template live from June; Q2 audit shows 94% compliance."],
        ["SG-02", "Safeguarding (2024/25)", "Medium",
         "The safeguarding training matrix should identify staff who are overdue refresher "
         "training.",
         "Add overdue-training flags to the monthly learning dashboard reported to the "
         "Safeguarding Committee.",
         "Head of Learning", "30/06/2025", "31/01/2026", "Amber",
         "Dashboard rebuilt; flags being tested with two regions."],
        ["FIN-01", "Payroll and Expenses (2024/25)", "High",
         "Payroll exception reports should be independently reviewed before each pay run.",
         "1. Finance Business Partner to review the exception report before each BACS "
         "submission.\n2. Evidence of review to be retained on the payroll SharePoint site.",
         "Financial Controller", "31/05/2025", "", "Complete", "In place since the May pay run."],
        ["FIN-02", "Payroll and Expenses (2024/25)", "Low",
         "Expense claims over £250 should be approved by a budget holder at Head of level or "
         "above.",
         "Update the expenses policy and configure the approval workflow in the expenses system.",
         "Financial Controller / Head of Finance Systems", "30/09/2025", "31/03/2026", "Amber",
         "Policy approved; system change scheduled for Q4."],
        ["IT-01", "Cyber Security (2025/26)", "High",
         "Multi-factor authentication should be enforced for all remote access accounts, "
         "including volunteers.",
         "Enforce MFA on all Microsoft 365 accounts, including volunteer and shop accounts.",
         "Head of IT", "31/10/2025", "", "Red",
         "Shops roll-out paused; 38 accounts still without MFA."],
        ["IT-02", "Cyber Security (2025/26)", "Medium",
         "Leavers' accounts should be disabled within one working day.",
         "Automate account disabling from the HR leaver notification.",
         "Head of IT", "31/01/2026", "", "Green", "Workflow in test."],
        ["GOV-01", "Trustee Governance (2025/26)", "Medium",
         "The Board should complete an externally facilitated effectiveness review at least "
         "every three years.",
         "Commission an external board effectiveness review in line with the Charity "
         "Governance Code.",
         "Company Secretary", "Q1 2026/27", "", "Not started",
         "Budget for the review included in the 2026/27 plan."],
        pad(),
        pad("Priority: High – fundamental control weakness; Medium – significant weakness; "
            "Low – minor or best practice."),
        pad("Summary: 7 actions – Complete 2, Green 1, Amber 2, Red 1, Not started 1"),
    ]
    with open(out("qr-sense-internal-audit-recommendations-tracker.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Cairngorms NPA - wildfires lessons learned action plan (txt, read)
# ---------------------------------------------------------------------------
def cairngorms():
    rule = "=" * 72
    L = []
    L += [
        "CAIRNGORMS NATIONAL PARK AUTHORITY",
        "Dava and Carrbridge Wildfires, June-July 2025: Lessons Learned Action Plan",
        "Board Paper 5, Annex 2 - Board meeting 12 December 2025",
        "Prepared by: Head of Land Management, with the Cairngorms Fire Operations Group",
        "",
        "Status key: Complete | Green - on track | Amber - some risk to delivery | "
        "Red - off track | Not started",
        "",
    ]
    themes = [
        ("THEME 1: PREVENTION AND PUBLIC MESSAGING", [
            ("Lesson 1: Visitors arriving from outside the Park did not see high fire danger "
             "warnings until they reached car parks.", [
                ("1.1", "Agree a joint high fire danger messaging protocol with NatureScot, "
                        "Scottish Fire and Rescue Service and land managers, triggered by the "
                        "SFRS wildfire danger assessment.",
                 "Head of Visitor Services", "March 2026", "Green",
                 "Draft protocol shared with partners on 24 November."),
                ("1.2", "Install fire danger signage at the 12 main gateway car parks and "
                        "laybys identified by the Ranger Service.",
                 "Ranger Service Manager", "30/04/2026", "Amber",
                 "Sign design agreed; landowner permissions outstanding at 5 sites."),
            ]),
            ("Lesson 2: Enforcement of the seasonal fire byelaw relied on a small number of "
             "rangers working long shifts.", [
                ("2.1", "Review ranger rotas and agree mutual aid arrangements with Forestry "
                        "and Land Scotland and estate rangers for high fire danger days.",
                 "Ranger Service Manager; Forestry and Land Scotland Area Manager",
                 "May 2026", "Not started", "To start after the winter rota is set."),
            ]),
        ]),
        ("THEME 2: RESPONSE AND COORDINATION", [
            ("Lesson 3: Estate firefighting equipment and volunteers were deployed without a "
             "single record of who was on the fire ground.", [
                ("3.1", "Develop, with SFRS, a shared resource register and sign-in procedure "
                        "for estate and community firefighting teams.",
                 "Head of Land Management", "End of June 2026", "Green",
                 "Template register tested at the October exercise."),
                ("3.2", "Run a joint training exercise for the Cairngorms Fire Operations Group "
                        "before the 2026 fire season.",
                 "Head of Land Management / SFRS Wildfire Lead", "31 March 2026", "Green",
                 "Exercise pencilled in for 4 March 2026."),
            ]),
            ("Lesson 4: Communication with Carrbridge residents during the evacuation advice "
             "period was inconsistent.", [
                ("4.1", "Agree community resilience communications roles with The Highland "
                        "Council and Carrbridge Community Council.",
                 "Head of Communications", "October 2025", "Complete",
                 "Roles agreed at the community resilience meeting on 21 October."),
            ]),
        ]),
        ("THEME 3: RECOVERY AND LANDSCAPE RESILIENCE", [
            ("Lesson 5: There was no agreed approach to restoring burnt peatland and woodland "
             "across several landholdings.", [
                ("5.1", "Commission a post-fire condition survey of the burnt area, including "
                        "peat depth and regeneration monitoring plots.",
                 "Head of Conservation", "Q4 2025/26", "Amber",
                 "Tender returned over budget; re-scoping with NatureScot."),
                ("5.2", "Report progress on this action plan to the Board.",
                 "Director of Nature and Climate Change", "Six-monthly", "Green",
                 "This is the first report."),
            ]),
        ]),
    ]
    for theme, lessons in themes:
        L += [rule, theme, rule, ""]
        for lesson, acts in lessons:
            L += [lesson, ""]
            for (ref, act, lead, due, status, upd) in acts:
                L += [
                    "  Action " + ref + ": " + act,
                    "      Lead:    " + lead,
                    "      Due:     " + due,
                    "      Status:  " + status,
                    "      Update:  " + upd,
                    "",
                ]
    L += [
        rule,
        "Summary of status: Complete 1, Green 4, Amber 2, Red 0, Not started 1 (8 actions)",
        "End of Annex 2",
    ]
    with open(out("qr-cairngorms-npa-dava-carrbridge-wildfires-lessons-learned-action-plan.txt"),
              "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    st_wilfrids()
    affinity()
    lancashire()
    handforth()
    opg()
    sense()
    cairngorms()
    print("built 7 qr- files in", HERE)
