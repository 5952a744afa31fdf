"""Build the seven wn- data files of set heldout544.

Run with /work/main/.venv/bin/python wn_make.py (from any directory).
Writes only files whose names start with 'wn-'.
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

BLUE = "5B9BD5"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def out(name):
    assert name.startswith("wn-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. West of England Mayoral Combined Authority - Audit Committee action log
# ---------------------------------------------------------------------------
def make_weca():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "West of England Mayoral Combined Authority – Audit Committee Action Log"
    cover["A1"].font = Font(bold=True, size=14, color=NAVY)
    cover["A2"] = "Position as at 15 September 2025 (for the meeting on 25 September 2025)"
    cover["A4"] = "Purpose"
    cover["A4"].font = Font(bold=True)
    cover["B4"] = ("To record actions agreed by the Committee and track them until they are "
                   "reported back as complete. Completed actions are removed after they have been "
                   "reported to one meeting.")
    cover["B4"].alignment = WRAP
    cover["A6"] = "Document control"
    cover["A6"].font = Font(bold=True)
    dc = [("Version", "Date", "Updated by", "Changes"),
          ("4.0", "20/06/2025", "Governance Officer", "Actions from 27 March 2025 added"),
          ("5.0", "14/07/2025", "Governance Officer", "Actions from 26 June 2025 added; AC52–AC57 closed"),
          ("5.1", "15/09/2025", "Governance Officer", "Officer updates for September meeting")]
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            c = cover.cell(row=7 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    cover["A12"] = "Status key"
    cover["A12"].font = Font(bold=True)
    key = [("Complete", BLUE, "Action completed – to be closed after this meeting"),
           ("On track", GREEN, "Expected to be completed by the due date"),
           ("At risk", AMBER, "May miss the agreed due date"),
           ("Overdue", RED, "Agreed due date has passed")]
    for i, (word, col, meaning) in enumerate(key):
        a = cover.cell(row=13 + i, column=1, value=word)
        a.fill = fill(col)
        a.border = BOX
        b = cover.cell(row=13 + i, column=2, value=meaning)
        b.border = BOX
    cover.column_dimensions["A"].width = 18
    cover.column_dimensions["B"].width = 60
    cover.column_dimensions["C"].width = 20
    cover.column_dimensions["D"].width = 50

    ws = wb.create_sheet("Action log")
    ws["A1"] = "Audit Committee – actions arising"
    ws["A1"].font = Font(bold=True, size=13, color=NAVY)
    headers = ["Ref", "Minute", "Action", "Lead officer", "Due date", "Status",
               "Update (September 2025)"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.border = BOX
        c.alignment = WRAP
    status_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Overdue": RED}
    rows = [
        ("H", "Meeting of 12 December 2024"),
        ("A", "AC52", 42,
         "Provide members with a breakdown of the Investment Fund underspend by scheme, "
         "showing slippage separately from genuine savings.",
         "Director of Investment and Corporate Services", "March 2025", "Complete",
         "Breakdown circulated to members on 14 March 2025."),
        ("A", "AC53", 44,
         "Arrange a member training session on the Treasury Management Strategy before it is "
         "presented for approval.",
         "Chief Finance Officer", dt.datetime(2025, 2, 28), "Complete",
         "Session held on 18 February 2025."),
        ("H", "Meeting of 27 March 2025"),
        ("A", "AC58", 9,
         "Report back on the follow-up of the two limited assurance audits (Adult Skills Fund "
         "sub-contracting; grant certification) once the follow-up work is complete.",
         "Head of Audit Assurance", "Dec 2025", "On track",
         "Follow-up fieldwork under way; findings to the December meeting."),
        ("A", "AC59", 11,
         "Add a specific risk on the bus network funding settlement to the Strategic Risk "
         "Register, with a named owner and target score.",
         "Director of Infrastructure / Risk Manager", dt.datetime(2025, 6, 30), "Complete",
         "Risk SR14 added and reported to the June meeting."),
        ("A", "AC60", 12,
         "Circulate the external auditor’s value for money findings to the audit committee "
         "chairs of the constituent councils.",
         "Monitoring Officer", dt.datetime(2025, 4, 30), "Overdue",
         "Held back pending the final Auditor’s Annual Report, now expected in October 2025."),
        ("H", "Meeting of 26 June 2025"),
        ("A", "AC64", 20,
         "Bring a report on the options for appointing the external auditor from 2028/29, "
         "including the PSAA national scheme.",
         "Chief Finance Officer", "Next meeting", "On track",
         "Report in preparation."),
        ("A", "AC65", 22,
         "Review the Anti-Fraud and Corruption Policy and the Whistleblowing Policy against the "
         "new ‘failure to prevent fraud’ offence and report any changes.\n"
         "The offence came into force on 1 September 2025.",
         "Monitoring Officer and Head of Audit Assurance", dt.datetime(2025, 10, 31), "At risk",
         "Draft policies prepared; consultation with staff networks extended to mid-October."),
        ("A", "AC66", 24,
         "Provide a written update on the review of the Investment Fund assurance framework and "
         "the timetable for its resubmission to MHCLG.",
         "Head of Investment Assurance", dt.datetime(2025, 12, 1), "On track",
         ""),
    ]
    r = 4
    for item in rows:
        if item[0] == "H":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            c.fill = fill("DDEBF7")
        else:
            _, ref, minute, action, lead, due, status, update = item
            vals = [ref, minute, action, lead, due, status, update]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.border = BOX
                c.alignment = WRAP
            due_cell = ws.cell(row=r, column=5)
            if isinstance(due, dt.datetime):
                due_cell.number_format = "mmm-yy" if due.day == 1 or due.month == 6 else "dd/mm/yyyy"
            ws.cell(row=r, column=6).fill = fill(status_fill[status])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    summary = [("Complete", 3), ("On track", 3), ("At risk", 1), ("Overdue", 1), ("Total", 8)]
    for i, (k, v) in enumerate(summary, start=1):
        ws.cell(row=r + i, column=1, value=k).border = BOX
        ws.cell(row=r + i, column=2, value=v).border = BOX
    widths = {"A": 8, "B": 9, "C": 60, "D": 30, "E": 13, "F": 11, "G": 45}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    wb.save(out("wn-west-of-england-mca-audit-committee-action-log.xlsx"))


# ---------------------------------------------------------------------------
# 2. Eryri National Park Authority - programme highlight report
# ---------------------------------------------------------------------------
def make_eryri():
    wb = Workbook()
    hs = wb.active
    hs.title = "Highlight"
    hs["A1"] = "Awdurdod Parc Cenedlaethol Eryri | Eryri National Park Authority"
    hs["A1"].font = Font(bold=True, color="2E7D32")
    hs["A2"] = "Programme Highlight Report: Sherpa’r Wyddfa Sustainable Transport Programme"
    hs["A2"].font = Font(bold=True, size=14)
    info = [("Reporting period", "Quarter 2 2025/26 (1 July – 30 September 2025)"),
            ("Report to", "Programme Board, 16 October 2025"),
            ("Senior Responsible Owner", "Director of Land Management"),
            ("Programme Manager", "Transport Projects Manager"),
            ("Partners", "Cyngor Gwynedd; Transport for Wales; Conwy County Borough Council")]
    for i, (k, v) in enumerate(info):
        hs.cell(row=4 + i, column=1, value=k).font = Font(bold=True)
        hs.cell(row=4 + i, column=2, value=v)
    hs["A10"] = "Overall status"
    hs["A10"].font = Font(bold=True)
    hs["B10"] = "Previous"
    hs["C10"] = "Current"
    for i, (k, prev, cur) in enumerate([("Programme", AMBER, AMBER),
                                        ("Schedule", GREEN, AMBER),
                                        ("Budget", GREEN, GREEN)]):
        hs.cell(row=11 + i, column=1, value=k)
        hs.cell(row=11 + i, column=2).fill = fill(prev)
        hs.cell(row=11 + i, column=3).fill = fill(cur)
        for j in (1, 2, 3):
            hs.cell(row=11 + i, column=j).border = BOX
    hs["A15"] = "Summary"
    hs["A15"].font = Font(bold=True)
    hs.merge_cells("A16:F16")
    hs["A16"] = ("Record summer patronage on the Sherpa’r Wyddfa network (over 74,000 journeys in "
                 "August). Two milestones completed this quarter. Schedule moved to amber because "
                 "the contract award and the Nant Peris planning application have slipped; the "
                 "Pen-y-Pass booking milestone is red following withdrawal of the booking "
                 "platform supplier.")
    hs["A16"].alignment = WRAP
    hs.row_dimensions[16].height = 75
    hs["A18"] = "Key issues for the Board"
    hs["A18"].font = Font(bold=True)
    hs.merge_cells("A19:F19")
    hs["A19"] = ("The Board is asked to choose between re-procuring a booking platform or running "
                 "the 2026 season without advance booking (options paper, agenda item 5).")
    hs["A19"].alignment = WRAP
    hs.row_dimensions[19].height = 45
    hs["A21"] = "RAG key"
    hs["A21"].font = Font(bold=True)
    for i, (col, meaning) in enumerate([(BLUE, "Complete"),
                                        (GREEN, "On track"),
                                        (AMBER, "At risk – recoverable within the programme"),
                                        (RED, "Off track – Board decision needed"),
                                        (None, "No colour – not yet started")]):
        a = hs.cell(row=22 + i, column=1)
        if col:
            a.fill = fill(col)
        a.border = BOX
        hs.cell(row=22 + i, column=2, value=meaning)
    hs.column_dimensions["A"].width = 26
    hs.column_dimensions["B"].width = 48
    hs.column_dimensions["C"].width = 12

    ms = wb.create_sheet("Milestones")
    ms["A1"] = "Sherpa’r Wyddfa Sustainable Transport Programme – milestone tracker, Q2 2025/26"
    ms["A1"].font = Font(bold=True, size=12)
    ms["A2"] = ("Baseline = date in the Programme Initiation Document (March 2025); forecast = "
                "current expected date. RAG columns are colour only – see key on the Highlight sheet.")
    ms["A2"].font = Font(italic=True, size=9)
    heads = ["Ref", "Milestone", "Owner", "Baseline date", "Forecast date", "Previous RAG",
             "Current RAG", "Commentary"]
    for j, h in enumerate(heads, start=1):
        c = ms.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("2E7D32")
        c.alignment = WRAP
        c.border = BOX
    D = dt.datetime
    data = [
        ("H", "Workstream 1 – Bus network"),
        ("1.1", "Award contract for Sherpa’r Wyddfa routes S1, S2 and S4 (2026–2031) following "
                "the joint tender with Cyngor Gwynedd",
         "Transport Projects Manager", D(2025, 7, 31), D(2025, 10, 31), AMBER, AMBER,
         "Evaluation complete. Award moved to October to allow Cyngor Gwynedd Cabinet approval."),
        ("1.2", "Introduce 20-minute summer frequency on S1 Llanberis – Pen-y-Pass",
         "Transport Projects Manager", D(2025, 5, 24), D(2025, 5, 24), GREEN, BLUE,
         "Introduced for the Spring Bank Holiday. Passenger numbers up 11% on summer 2024."),
        ("1.3", "Launch integrated Sherpa’r Wyddfa / TrawsCymru day ticket",
         "Head of Visitor Management / TfW Partnership Lead", D(2026, 4, 1), D(2026, 6, 30),
         GREEN, AMBER,
         "TfW ticket machine software upgrade delayed; launch now planned with the summer timetable."),
        ("H", "Workstream 2 – Park and ride and parking management"),
        ("2.1", "Complete ground investigation and detailed design for the Nant Peris "
                "park-and-ride extension (120 spaces)",
         "Estates Manager", D(2025, 9, 30), D(2025, 9, 30), GREEN, BLUE,
         "Design signed off 26 September 2025."),
        ("2.2", "Submit planning application for the Nant Peris extension",
         "Estates Manager", D(2025, 11, 30), D(2026, 1, 31), GREEN, AMBER,
         "Habitat survey addendum required before submission."),
        ("2.3", "Introduce advance booking for Pen-y-Pass car park for the 2026 season",
         "Head of Visitor Management", D(2026, 3, 31), D(2026, 3, 31), AMBER, RED,
         "Booking platform supplier has withdrawn. Options paper to the Board."),
        ("H", "Workstream 3 – Visitor information and engagement"),
        ("3.1", "Install real-time passenger information screens at six hub stops",
         "Transport Projects Manager", D(2025, 12, 31), D(2025, 12, 31), GREEN, GREEN,
         "Screens delivered; installation booked for November."),
        ("3.2", "Deliver the bilingual ‘Parcio a Theithio / Park and Ride’ campaign for the "
                "October half-term",
         "Communications Manager", D(2025, 10, 24), D(2025, 10, 24), None, None,
         "Not started – brief to be agreed at the October Board."),
        ("3.3", "Report the summer 2025 visitor travel survey results to the Authority",
         "Park Management Officer (Yr Wyddfa)", "Q4 2025/26", "Q4 2025/26", GREEN, GREEN,
         "Fieldwork complete (1,240 responses); analysis under way."),
    ]
    r = 5
    for item in data:
        if item[0] == "H":
            ms.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ms.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            c.fill = fill("E2EFDA")
        else:
            ref, text, owner, base, fc, prev, cur, comm = item
            vals = [ref, text, owner, base, fc, None, None, comm]
            for j, v in enumerate(vals, start=1):
                c = ms.cell(row=r, column=j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if prev:
                ms.cell(row=r, column=6).fill = fill(prev)
            if cur:
                ms.cell(row=r, column=7).fill = fill(cur)
        r += 1
    r += 1
    ms.cell(row=r, column=1, value="Milestones complete: 2 of 9").font = Font(italic=True)
    for col, w in {"A": 7, "B": 55, "C": 30, "D": 13, "E": 13, "F": 10, "G": 10, "H": 45}.items():
        ms.column_dimensions[col].width = w

    fs = wb.create_sheet("Finance")
    fs["A1"] = "Programme finance – 2025/26 (£)"
    fs["A1"].font = Font(bold=True)
    fin = [("Budget line", "Budget", "Spend to Q2", "Forecast outturn", "Variance"),
           ("Bus service support (revenue)", 610000, 298400, 610000, 0),
           ("Nant Peris park and ride (capital)", 420000, 61250, 395000, -25000),
           ("Real-time information (capital)", 85000, 70100, 85000, 0),
           ("Marketing and engagement (revenue)", 32000, 9800, 32000, 0),
           ("Total", 1147000, 439550, 1122000, -25000)]
    for i, row in enumerate(fin):
        for j, v in enumerate(row):
            c = fs.cell(row=3 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0 or i == len(fin) - 1:
                c.font = Font(bold=True)
            if isinstance(v, int):
                c.number_format = "#,##0"
    fs.column_dimensions["A"].width = 38
    for col in "BCDE":
        fs.column_dimensions[col].width = 16
    wb.save(out("wn-eryri-npa-sherpar-wyddfa-programme-highlight-report.xlsx"))


# ---------------------------------------------------------------------------
# 3. UK Power Networks - Ofgem GSOP remediation tracker (refuse: typo month)
# ---------------------------------------------------------------------------
def make_ukpn():
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = ("UK Power Networks – Ofgem compliance engagement: Guaranteed Standards of "
                "Performance (severe weather payments)")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Remediation action tracker – status at 31 October 2025"
    ws["A3"] = "OFFICIAL – COMMERCIAL. Shared monthly with Ofgem (Compliance and Enforcement)."
    ws["A3"].font = Font(italic=True, color="C00000")
    # two-row header
    top = ["Ref", "Remediation action", "Accountable executive", "Action owner",
           "Due date", None, "RAG", None, "Evidence / commentary"]
    sub = [None, None, None, None, "Original", "Revised", "Prev", "Current", None]
    for j, h in enumerate(top, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("6A1B9A")
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for j, h in enumerate(sub, start=1):
        c = ws.cell(row=6, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("6A1B9A")
        c.alignment = Alignment(horizontal="center")
    ws.merge_cells("E5:F5")
    ws.merge_cells("G5:H5")
    for col in "ABCDI":
        ws.merge_cells(f"{col}5:{col}6")
    rag = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    data = [
        ("F", "Finding 1: Payments due under Regulation 7 (severe weather) were not made within "
              "the required timescale to around 14,200 customers affected by Storm Ciarán in "
              "November 2023."),
        ("1.1", "Rebuild the severe weather payment calculation in the customer system so that "
                "eligible customers are identified automatically from outage records.",
         "Director of Customer Service", "Head of Customer Systems", "September 2024",
         "January 2025", "G", "B", "Live from 20 January 2025; tested against Storm Isha data."),
        ("1.2", "Pay all outstanding severe weather payments, including the additional payment "
                "for late settlement, and confirm totals to Ofgem.",
         "Director of Customer Service", "Customer Payments Manager", "June 2024", "",
         "G", "B", "£1.93m paid; confirmation letter sent to Ofgem 28 June 2024."),
        ("F", "Finding 2: Customer records did not always identify the current occupier, so some "
              "payments were sent to former occupiers or returned."),
        ("2.1", "Cleanse customer contact details against supplier registration data for all "
                "connected premises.",
         "Chief Information Officer", "Data Governance Manager", "March 2025", "July 2025",
         "A", "B", "Cleanse complete; 312,000 records updated."),
        ("2.2", "Introduce a returned-payment process so that uncashed or returned payments are "
                "reissued within 28 days.",
         "Director of Customer Service", "Customer Payments Manager", "June 2025",
         "September 2025", "G", "A", "Process designed; system change in user testing."),
        ("2.3", "Write to customers whose payments were returned and reissue the payment by bank "
                "transfer.",
         "Director of Customer Service", "Customer Payments Manager", "September 2025",
         "Decmber 2025", "A", "A", "2,140 letters issued; 1,020 payments reissued to date."),
        ("F", "Finding 3: Governance arrangements did not give the Board early sight of "
              "Guaranteed Standards performance during storm events."),
        ("3.1", "Add Guaranteed Standards payment performance to the monthly Executive Management "
                "Team dashboard and to the Board Customer Committee report.",
         "Director of Customer Service", "Head of Regulation", "January 2025", "",
         "G", "B", "Included from the February 2025 dashboard."),
        ("3.2", "Commission an independent assurance review of the remediation programme and "
                "share the report with Ofgem.",
         "General Counsel and Company Secretary", "Head of Internal Audit", "March 2026", "",
         "G", "G", "Terms of reference agreed with the Audit Committee."),
    ]
    r = 7
    for item in data:
        if item[0] == "F":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            c.fill = fill("EDE7F6")
            c.alignment = WRAP
            ws.row_dimensions[r].height = 32
        else:
            ref, act, ae, owner, orig, rev, prev, cur, comm = item
            vals = [ref, act, ae, owner, orig, rev, prev, cur, comm]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v if v != "" else None)
                c.border = BOX
                c.alignment = WRAP
            ws.cell(row=r, column=7).fill = fill(rag[prev])
            ws.cell(row=r, column=8).fill = fill(rag[cur])
        r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="Key: B = complete and evidenced; G = on track; A = at risk; R = off track")
    for col, w in {"A": 6, "B": 55, "C": 26, "D": 26, "E": 15, "F": 15, "G": 7, "H": 8,
                   "I": 42}.items():
        ws.column_dimensions[col].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary by finding"
    sm["A1"].font = Font(bold=True)
    summ = [("Finding", "Actions", "Complete", "Open"),
            ("Finding 1", 2, 2, 0), ("Finding 2", 3, 1, 2), ("Finding 3", 2, 1, 1),
            ("Total", 7, 4, 3)]
    for i, row in enumerate(summ):
        for j, v in enumerate(row):
            sm.cell(row=3 + i, column=1 + j, value=v).border = BOX
    wb.save(out("wn-uk-power-networks-ofgem-gsop-remediation-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Write text; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. St Margaret's Hospice Care - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_hospice():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("St Margaret’s Hospice Care – CQC Inspection Action Plan", style="Title")
    doc.add_paragraph("Taunton In-Patient Unit – inspection 14 and 15 January 2025; "
                      "report published 3 April 2025")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Director of Patient Care"),
                 ("Version", "1.3"),
                 ("Date", "29 August 2025"),
                 ("Approved by", "Quality and Safety Committee of the Board of Trustees, "
                                 "11 September 2025"),
                 ("Next review", "November 2025")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)

    doc.add_paragraph("RAG rating key", style="Heading 2")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, col, meaning in [
            ("Blue", BLUE, "Action completed and evidence of embedding seen"),
            ("Green", GREEN, "On track to complete by the target date"),
            ("Amber", AMBER, "Some slippage – expected to complete within one month of target"),
            ("Red", RED, "Off track – escalated to the Quality and Safety Committee")]:
        row = k.add_row().cells
        set_cell(row[0], word, bold=True)
        shade(row[0], col)
        set_cell(row[1], meaning)

    header = ["Ref", "Action", "Lead", "Target date", "Progress update", "RAG"]
    rag_col = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED, "": None}

    def plan_table(items):
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, header):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        for it in items:
            if it[0] == "F":
                cells = tb.add_row().cells
                m = cells[0].merge(cells[5])
                set_cell(m, it[1], bold=True)
                shade(m, "F2F2F2")
            else:
                ref, action, lead, date, prog, rag = it
                cells = tb.add_row().cells
                for c, v in zip(cells, [ref, action, lead, date, prog, rag]):
                    set_cell(c, v)
                if rag_col[rag]:
                    shade(cells[5], rag_col[rag])
        return tb

    doc.add_paragraph("Section 1: Breaches of regulation – ‘must do’ actions", style="Heading 1")
    plan_table([
        ("F", "MD1 – Regulation 12 (Safe care and treatment): The service must ensure that risks "
              "associated with falls are assessed, recorded and mitigated for every patient."),
        ("MD1.1", "Replace the current falls risk tool with a multifactorial falls risk "
                  "assessment and complete it within 6 hours of admission for every patient.",
         "Head of In-Patient Services", "30/04/2025",
         "In use since 14 April 2025. Audit May–July: 96% completed within 6 hours.", "Blue"),
        ("MD1.2", "Introduce a post-fall huddle and a review within 24 hours, recorded on the "
                  "incident reporting system.",
         "Ward Sister / Quality and Patient Safety Lead", "May 2025",
         "Huddle in place; 100% of falls since June reviewed within 24 hours.", "Blue"),
        ("MD1.3", "Monthly falls audit reported to the Clinical Governance Group, covering:\n"
                  "lying and standing blood pressure\n"
                  "bedrail assessment\n"
                  "use of sensor mats",
         "Quality and Patient Safety Lead", "Ongoing",
         "Audits reported May, June, July and August.", "Green"),
        ("F", "MD2 – Regulation 17 (Good governance): The provider must ensure that audits of "
              "controlled drugs identify and act on recording errors."),
        ("MD2.1", "Move the controlled drugs audit from quarterly to weekly, with the hospice "
                  "pharmacist reviewing each audit.",
         "Hospice Pharmacist", "End of June 2025",
         "Weekly audits in place since 2 June; pharmacist sign-off being embedded.", "Green"),
        ("MD2.2", "Complete controlled drugs competency assessments for all registered nurses "
                  "and nursing associates.",
         "Clinical Education Lead", "30/09/2025",
         "82% complete; staff on long-term absence and two new starters outstanding.", "Amber"),
    ])

    doc.add_paragraph("Section 2: Recommendations – ‘should do’ actions", style="Heading 1")
    plan_table([
        ("F", "SD1 – The service should ensure that mental capacity assessments are "
              "decision-specific and clearly recorded."),
        ("SD1.1", "Deliver Mental Capacity Act refresher training to all in-patient unit staff, "
                  "using case studies from the unit.",
         "Clinical Education Lead", "Q2 2025/26",
         "Four sessions held; 71% of staff trained.", "Green"),
        ("SD1.2", "Add a decision-specific capacity assessment template to the electronic "
                  "patient record.",
         "Clinical Systems Manager", "31/10/2025",
         "Template built; waiting for supplier release slot.", "Amber"),
        ("F", "SD2 – The service should review how it gathers the views of families from "
              "diverse communities."),
        ("SD2.1", "Co-produce a bereaved families survey with local community groups and "
                  "translate it into the five most used community languages.",
         "Head of Community Engagement; Family Support Lead", "December 2025",
         "Not yet started – scheduled to begin October 2025.", ""),
        ("F", "SD3 – The service should ensure that nursing staff receive regular clinical "
              "supervision."),
        ("SD3.1", "Set up monthly group clinical supervision for in-patient unit nurses and "
                  "record attendance on the learning system.",
         "Director of Patient Care", "July 2025",
         "Attendance 41% in August; protected time reinstated from October.", "Red"),
    ])

    doc.add_paragraph("Sign-off", style="Heading 2")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for c, v in zip(s.rows[0].cells, ["Name", "Role", "Date"]):
        set_cell(c, v, bold=True)
    for c, v in zip(s.rows[1].cells, ["", "Chief Executive", ""]):
        set_cell(c, v)
    doc.save(out("wn-st-margarets-hospice-care-cqc-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Department for Business and Trade - lessons learned action plan (docx)
# ---------------------------------------------------------------------------
def make_dbt():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    p = doc.add_paragraph("OFFICIAL")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Department for Business and Trade")
    doc.add_paragraph("Steel Industry (Special Measures) Act 2025: lessons learned action plan",
                      style="Title")
    doc.add_paragraph("Version 1.2 – updated 28 November 2025")
    doc.add_paragraph(
        "This plan sets out the department’s response to the internal lessons learned review of "
        "the emergency legislation and intervention in April 2025, commissioned by the Permanent "
        "Secretary. The review identified four lessons and made five recommendations, all of "
        "which have been accepted. Progress is reported quarterly to the Executive Committee "
        "(ExCo) and to the Audit and Risk Assurance Committee.")
    doc.add_paragraph(
        "Status key: Complete (blue) – action finished; On track (green); At risk (amber) – "
        "deadline may be missed; Off track (red) – deadline will be missed; Not started.")

    doc.add_paragraph("Version control", style="Heading 2")
    vc = doc.add_table(rows=1, cols=4)
    vc.style = "Table Grid"
    for c, h in zip(vc.rows[0].cells, ["Version", "Date", "Author", "Change"]):
        set_cell(c, h, bold=True)
    for row in [("1.0", "18 July 2025", "Lessons Learned Team", "Agreed by ExCo"),
                ("1.1", "30 September 2025", "Lessons Learned Team", "Q2 update"),
                ("1.2", "28 November 2025", "Lessons Learned Team", "Update for ARAC")]:
        cells = vc.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    def action_table(rows):
        tb = doc.add_table(rows=1, cols=5)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["No.", "Action", "Owner", "Deadline", "Status"]):
            set_cell(c, h, bold=True)
            shade(c, "CFDDEE")
        for row in rows:
            cells = tb.add_row().cells
            for c, v in zip(cells, row):
                set_cell(c, v)

    def rec(text):
        para = doc.add_paragraph()
        run = para.add_run(text)
        run.bold = True

    doc.add_paragraph("Lesson 1: Contingency planning for the failure of a strategic industrial "
                      "asset", style="Heading 2")
    rec("Recommendation 1: Maintain an up-to-date contingency plan, including draft legislation, "
        "for each strategically important industrial site at risk of closure.")
    action_table([
        ("1a", "Agree with the Government Legal Department a standing set of draft clauses for "
               "emergency intervention powers, reviewed every six months.",
         "Director, Steel and Metals; Legal Director (GLD)", "December 2025", "On track"),
        ("1b", "Complete a risk-ranked register of strategically important industrial sites, "
               "agreed with HM Treasury.",
         "Deputy Director, Industrial Resilience", "30 September 2025", "Complete"),
    ])
    rec("Recommendation 2: Test the contingency plan through an annual exercise involving HM "
        "Treasury, the Cabinet Office and the devolved governments where relevant.")
    action_table([
        ("2a", "Run a tabletop exercise on a sudden closure scenario, with a hot debrief and a "
               "lessons report to ExCo.",
         "Head of Crisis Management", "Q4 2025-26", "Not started"),
    ])

    doc.add_paragraph("Lesson 2: Working with Parliament at speed", style="Heading 2")
    rec("Recommendation 3: Agree in advance with business managers and the Parliamentary Counsel "
        "Office how emergency bills will be prepared and handled.")
    action_table([
        ("3a", "Publish internal guidance on preparing a bill for an emergency recall of "
               "Parliament, including templates for explanatory notes and impact assessments.",
         "Head of Parliamentary Branch", "January 2026", "On track"),
        ("3b", "Hold a joint workshop with the Parliamentary Counsel Office and the Cabinet Office "
               "Economic and Domestic Secretariat.",
         "Head of Parliamentary Branch", "14/11/2025", "Complete"),
    ])

    doc.add_paragraph("Lesson 3: Staffing and wellbeing during a crisis", style="Heading 2")
    rec("Recommendation 4: Establish a surge register of trained staff who can be deployed at "
        "short notice, and protect the wellbeing of those deployed.")
    action_table([
        ("4a", "Create a surge register of at least 60 volunteers from across the department, "
               "with a two-hour induction pack.",
         "Chief People Officer", "March 2026", "At risk"),
        ("4b", "Offer structured wellbeing debriefs to all staff who worked on the intervention "
               "over the weekend of 11–13 April 2025.",
         "Chief People Officer", "July 2025", "Complete"),
    ])

    doc.add_paragraph("Lesson 4: Information and decision records", style="Heading 2")
    rec("Recommendation 5: Keep a single decision log from the start of any crisis response.")
    action_table([
        ("5a", "Adopt the Cabinet Office crisis decision log template and store logs in the "
               "department’s records system with named information asset owners.",
         "Departmental Records Officer / Head of Crisis Management", "Ongoing", "On track"),
    ])

    doc.add_paragraph("Annex A: Glossary", style="Heading 2")
    g = doc.add_table(rows=1, cols=2)
    g.style = "Table Grid"
    for c, h in zip(g.rows[0].cells, ["Term", "Meaning"]):
        set_cell(c, h, bold=True)
    for term, meaning in [("ARAC", "Audit and Risk Assurance Committee"),
                          ("ExCo", "Executive Committee"),
                          ("GLD", "Government Legal Department"),
                          ("PCO", "Parliamentary Counsel Office")]:
        cells = g.add_row().cells
        set_cell(cells[0], term)
        set_cell(cells[1], meaning)
    doc.save(out("wn-dbt-steel-special-measures-act-lessons-learned-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Corsham Town Council - risk register and action plan (csv)
# ---------------------------------------------------------------------------
def make_corsham():
    n = 11
    pad = lambda row: list(row) + [""] * (n - len(row))
    rows = [
        ["Corsham Town Council – Risk Register and Action Plan 2025-26"],
        ["Reviewed by the Finance and Governance Committee on 9 September 2025 (minute FG/25/47). "
         "Next full review: May 2026."],
        ["Scoring: Likelihood (L) x Impact (I), each 1-5. Action status: C = complete; "
         "G = on track; A = behind schedule; R = overdue; blank = not yet started"],
        [],
        ["Ref", "Risk", "Possible consequences", "Existing controls", "L", "I", "Score",
         "Further action required", "Responsibility", "Target date", "Status"],
        ["FINANCE AND GOVERNANCE"],
        ["FG1", "Precept insufficient to meet budgeted expenditure",
         "Reduced services; unplanned use of reserves",
         "Budget set by Full Council each January; monthly budget monitoring to F&G Committee",
         "2", "4", "8",
         "Prepare a three-year medium term financial plan alongside the 2026/27 budget",
         "Responsible Financial Officer", "Jan-26", "G"],
        ["FG2", "Loss of funds through fraud or error", "Financial loss; reputational damage",
         "Dual authorisation of online payments; monthly bank reconciliation signed by a councillor",
         "2", "4", "8",
         "Review bank mandates and remove former councillors as signatories, as recommended by "
         "the internal auditor",
         "Town Clerk / RFO", "31/07/2025", "C"],
        ["FG3", "Failure to comply with the Transparency Code and the Accounts and Audit Regulations",
         "Qualified audit opinion; loss of public confidence",
         "Year-end timetable; internal audit twice a year", "2", "3", "6",
         "Publish the 2024/25 AGAR, notice of public rights and external auditor report on the "
         "website",
         "Town Clerk", "30/09/2025", "C"],
        ["PROPERTY AND ASSETS"],
        ["PA1", "Town Hall: building defects (roof and windows)",
         "Water ingress; closure of rooms for hire; loss of income",
         "Annual condition survey; planned maintenance programme", "3", "4", "12",
         "Commission a full condition survey of the Town Hall roof and obtain three quotes for "
         "repairs",
         "Facilities Manager", "Nov-25", "A"],
        ["PA2", "Injury to a member of the public on a play area",
         "Harm to children; insurance claim",
         "Weekly visual checks by grounds staff; annual RoSPA inspection", "2", "5", "10",
         "Replace the two items of play equipment rated high risk in the 2025 RoSPA report "
         "(Springfield play area)",
         "Facilities Manager", "August 2025", "R"],
        ["PA3", "Loss of or damage to council assets", "Uninsured loss",
         "Asset register; insurance reviewed annually", "2", "3", "6",
         "Update the asset register and reconcile it to the insurance schedule before renewal",
         "RFO", "By 31 March 2026", ""],
        ["STAFF AND SERVICES"],
        ["SS1", "Loss of key staff (Town Clerk or RFO)",
         "Council unable to meet statutory deadlines",
         "Job descriptions; procedures manual; SLCC membership", "3", "4", "12",
         "Cross-train the Deputy Town Clerk in payroll and year-end procedures",
         "Town Clerk", "Mar-26", "G"],
        ["SS2", "Failure of IT systems or cyber attack", "Loss of data; disruption to services",
         "Managed IT support contract; cloud back-up", "3", "4", "12",
         "Move all councillors to council email accounts and require multi-factor authentication",
         "Town Clerk; IT support provider", "Dec-25", "A"],
        ["EVENTS"],
        ["EV1", "Serious incident at a council event (e.g. Christmas lights switch-on)",
         "Injury; claims; reputational damage",
         "Event management plan; notification to the Safety Advisory Group", "2", "5", "10",
         "Review the event management plan and crowd arrangements with the Safety Advisory Group "
         "before each event",
         "Events Officer & Cllr R. Ashby", "Before each event", "G"],
        [],
        ["Further actions: 9 (C 2, G 3, A 2, R 1, not started 1)"],
    ]
    with open(out("wn-corsham-town-council-risk-register-2025-26.csv"), "w", newline="",
              encoding="utf-8") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(pad(row))


# ---------------------------------------------------------------------------
# 7. Kingham Hill School - ISI inspection action plan (tab-separated text)
# ---------------------------------------------------------------------------
def make_kingham():
    lines = [
        "Kingham Hill School: Action Plan following ISI Inspection (11–13 March 2025)",
        "Submitted to the Department for Education on 6 May 2025. Progress updated for the "
        "Governors’ Education and Welfare Committee, 30 September 2025.",
        "",
        "Ref\tAction\tResponsibility\tBy when\tEvidence of success\tRAG",
        "1. SAFEGUARDING – Part 3, paragraph 7 (arrangements to safeguard and promote the welfare "
        "of pupils)",
        "Standard not met: Safer recruitment checks were not always completed and recorded in the "
        "single central record before staff started work.",
        "1.1\tAudit every single central record entry against personnel files and complete any "
        "missing checks.\tBursar; DSL\tBy 31 May 2025\tExternal safeguarding consultant’s audit "
        "confirms the SCR is complete\tComplete",
        "1.2\tNo member of staff to start work until the Head or Bursar has signed the pre-start "
        "checklist.\tHead / Bursar\tImmediate\tSigned checklists on every new personnel file\t"
        "Complete",
        "1.3\tSafer recruitment training for all governors and staff who sit on interview panels."
        "\tHR Manager\tSummer term 2025\tAll panel members hold a current certificate\tG",
        "Standard not met: Not all staff understood how to report low-level concerns about "
        "adults.",
        "1.4\tRelaunch the low-level concerns policy at September INSET using scenarios, and add "
        "it to the staff induction programme.\tDeputy Head (Pastoral) and DSL\tSeptember 2025\t"
        "Staff survey: 90% know how to report a low-level concern\tG",
        "2. BOARDING – National Minimum Standards for Boarding Schools, Standard 11",
        "Standard not met: Not all boarding staff had completed the school’s required training on "
        "supporting boarders’ mental health.",
        "2.1\tAll houseparents and assistant houseparents to complete Youth Mental Health First "
        "Aid training.\tDirector of Boarding\tAutumn term 2025\tTraining records\tA",
        "2.2\tReview the night-time duty rota so that a trained member of staff is on duty in "
        "each boarding house.\tDirector of Boarding / Bursar\tBy 1 September 2025\tRevised rota "
        "in place\tComplete",
        "3. HEALTH AND SAFETY – Part 3, paragraphs 11 and 12 (health and safety; fire safety)",
        "Standard not met: Actions from the fire risk assessment were not completed within the "
        "timescales set.",
        "3.1\tComplete all high-priority actions from the March 2025 fire risk assessment, "
        "including replacing fire doors in the boarding houses.\tHead of Estates and Compliance\t"
        "By 31 January 2026\tFire risk assessor sign-off\tA",
        "3.2\tReport progress on fire risk assessment actions to every meeting of the Governors’ "
        "Estates Committee.\tBursar\tTermly\tCommittee minutes\tG",
        "",
        "Key: Complete = action completed and evidenced; G = on track; A = behind schedule but "
        "expected to complete; R = not on track",
    ]
    with open(out("wn-kingham-hill-school-isi-inspection-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_weca()
    make_eryri()
    make_ukpn()
    make_hospice()
    make_dbt()
    make_corsham()
    make_kingham()
    print("done")
