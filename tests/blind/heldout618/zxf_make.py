"""Build the seven zxf- blind test files (set heldout618).

Run with /work/main/.venv/bin/python zxf_make.py ; writes next to this script.
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

GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. North of Tyne CA - Audit and Standards Committee action log (xlsx)
# ---------------------------------------------------------------------------
NTCA_OPEN = [
    ("band", "Meeting held 26 September 2023"),
    ("AS23-14", "Min 27",
     "Bring a report setting out arrangements for transferring the Committee's audit, risk and standards "
     "functions to the new North East Mayoral Combined Authority, including the closure of the 2023/24 accounts.",
     "Monitoring Officer / Chief Finance Officer", d(2024, 3, 19), "Open", GREEN,
     "Report on this agenda (Item 8)."),
    ("AS23-15", "Min 29",
     "Review strategic risk SR12 (devolution transition) and report a revised risk score with the supporting rationale.",
     "Head of Internal Audit and Risk", d(2024, 1, 23), "Open", AMBER,
     "Deferred from January at the request of the Chair; now to be taken with the transition report."),
    ("band", "Meeting held 28 November 2023"),
    ("AS23-19", "Min 41",
     "Circulate a briefing note on the grant assurance process for the Inclusive Economy programme, including "
     "the sampling approach used for grant claims.",
     "Head of Inclusive Economy", d(2024, 1, 31), "Open", RED,
     "Overdue. Note drafted and with the Director for sign-off; to be circulated before 19 March."),
    ("AS23-20", "Min 43",
     "Update the Anti-Fraud and Corruption Policy to reflect the new 'failure to prevent fraud' offence in the "
     "Economic Crime and Corporate Transparency Act 2023 and bring it back for approval.",
     "Monitoring Officer", "Jun-24", "Open", GREEN,
     "Home Office guidance awaited; draft policy to be presented to the successor authority's committee."),
    ("AS23-21", "Min 44",
     "Arrange a members' training session on the Code of Conduct and the handling of standards complaints.",
     "Monitoring Officer; Democratic Services Manager", d(2024, 4, 30), "Open", GREEN,
     "Session booked for 16 April 2024 (hybrid)."),
    ("band", "Meeting held 23 January 2024"),
    ("AS24-02", "Min 6",
     "Provide a progress report on implementation of all 2022/23 internal audit recommendations classed as Priority 1.",
     "Head of Internal Audit and Risk", d(2024, 3, 19), "Open", GREEN,
     "Included in the Internal Audit Progress Report (Item 5)."),
    ("AS24-03", "Min 8",
     "Agree with Forvis Mazars a timetable for the 2023/24 external audit and the final accounts of the "
     "Authority following its abolition.",
     "Chief Finance Officer", "Ongoing", "Open", AMBER,
     "Initial meeting held 6 February 2024. Timetable dependent on the national backstop proposals."),
]

NTCA_CLOSED = [
    ("band", "Meeting held 18 July 2023"),
    ("AS23-08", "Min 12",
     "Circulate the signed Annual Governance Statement 2022/23 to all Committee members.",
     "Chief Finance Officer", d(2023, 8, 31), "Closed", BLUE, "Circulated by email on 14 August 2023."),
    ("AS23-10", "Min 15",
     "Add a standing item on cyber security assurance to the Committee's work programme.",
     "Head of Internal Audit and Risk", d(2023, 9, 26), "Closed", BLUE,
     "Added; first report taken on 28 November 2023."),
    ("band", "Meeting held 26 September 2023"),
    ("AS23-13", "Min 25",
     "Share the Investment Fund due diligence checklist and scoring template with Committee members.",
     "Director of Economic Growth", d(2023, 11, 28), "Closed", BLUE, "Shared 3 October 2023."),
    ("band", "Meeting held 28 November 2023"),
    ("AS23-18", "Min 39",
     "Write to the Chair confirming the outcome of the review of the gifts and hospitality register for 2022/23.",
     "Monitoring Officer", d(2023, 12, 31), "Closed", BLUE, "Letter sent 11 December 2023."),
]

NTCA_HEAD = ["Ref", "Minute", "Action", "Responsible officer", "Target date", "Status", "RAG", "Progress update"]


def ntca_sheet(ws, rows, first_row):
    r = first_row
    for i, h in enumerate(NTCA_HEAD, 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.border = BORDER
        c.alignment = WRAP
    r += 1
    for row in rows:
        if row[0] == "band":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            for i in range(1, 9):
                ws.cell(r, i).fill = fill(GREY)
                ws.cell(r, i).border = BORDER
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            ref, minute, action, lead, due, status, rag, update = row
            vals = [ref, minute, action, lead, due, status, None, update]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.border = BORDER
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 7).fill = fill(rag)
        r += 1
    return r


def make_ntca(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Open actions"
    ws["A1"] = "North of Tyne Combined Authority – Audit and Standards Committee Action Log 2023/24"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Position as at 12 March 2024 – for the meeting on 19 March 2024"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    r = ntca_sheet(ws, NTCA_OPEN, 4)
    r += 1
    ws.cell(r, 1, "Key").font = Font(bold=True)
    for col, text in [(GREEN, "On track / due at a future meeting"),
                      (AMBER, "Some slippage – revised date proposed"),
                      (RED, "Overdue"),
                      (BLUE, "Complete – moved to the Closed actions sheet")]:
        r += 1
        ws.cell(r, 1).fill = fill(col)
        ws.cell(r, 2, text)
    widths = [10, 9, 60, 28, 12, 9, 6, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[i]].width = w

    ws2 = wb.create_sheet("Closed actions")
    ws2["A1"] = "Closed actions 2023/24 – for noting"
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.merge_cells("A1:H1")
    ntca_sheet(ws2, NTCA_CLOSED, 3)
    for i, w in enumerate(widths):
        ws2.column_dimensions["ABCDEFGH"[i]].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Mining Remediation Authority - strategic risk register (xlsx)
# ---------------------------------------------------------------------------
MRA_RISKS = [
    ("SR1: Failure of a mine water treatment scheme causes a pollution incident",
     "Director of Operations", "12 (3 x 4)", [
         ("1a", "Complete condition surveys of the 17 oldest mine water treatment schemes and prioritise capital "
                "works in the 10-year asset plan.",
          "Head of Asset Management", d(2025, 6, 30), "Dec-25", "A", "A",
          "11 of 17 surveys complete; contractor capacity issue resolved in August."),
         ("1b", "Install remote telemetry and alarms at the remaining unmanned pumping stations.",
          "Head of Engineering", d(2026, 3, 31), None, "G", "G",
          "Contract awarded July 2025; installation programme under way."),
         ("1c", "Test the pollution incident response plan in a joint exercise with the Environment Agency.",
          "Environmental Incident Manager", d(2025, 9, 30), None, "G", "B",
          "Exercise Aquila held 17 September 2025; lessons log produced."),
     ]),
    ("SR2: Funding settlement is insufficient to deliver the metal mine water programme and statutory duties",
     "Director of Finance and Corporate Services", "16 (4 x 4)", [
         ("2a", "Submit the Spending Review 2025 business case for the metal mine water programme (2026–2030) to Defra.",
          "Head of Finance", d(2025, 7, 31), None, "A", "B", "Submitted 25 July 2025."),
         ("2b", "Agree a revised 2025/26 capital phasing profile with Defra and HM Treasury.",
          "Director of Finance and Corporate Services", d(2025, 10, 31), d(2026, 1, 31), "G", "A",
          "Profile agreed in principle; awaiting HMT confirmation after the Autumn Budget."),
     ]),
    ("SR3: A cyber attack disrupts mining reports and public safety services",
     "Chief Digital and Information Officer", "15 (3 x 5)", [
         ("3a", "Migrate the remaining on-premises GIS servers to the cloud hosting platform.",
          "Head of Digital Services", d(2025, 11, 30), None, "G", "G", "Migration wave 2 of 3 complete."),
         ("3b", "Achieve Cyber Essentials Plus recertification.",
          "Information Security Manager", d(2025, 12, 31), None, "G", "G", "Assessment booked for November."),
         ("3c", "Run a ransomware tabletop exercise with the Executive Committee.",
          "Information Security Manager; Head of Business Continuity", d(2025, 6, 30), "Nov-25", "A", "R",
          "Postponed twice due to ExCo availability; date not yet confirmed."),
     ]),
    ("SR4: Emergency call-outs for mine gas and surface hazards exceed response capacity",
     "Director of Operations", "12 (4 x 3)", [
         ("4a", "Recruit and train two additional on-call hazard response engineers for the North East and Cumbria.",
          "Head of Public Safety and Subsidence", d(2026, 3, 31), None, "A", "A",
          "One post filled; second post re-advertised."),
     ]),
]
RAGFILL = {"G": GREEN, "A": AMBER, "R": RED, "B": BLUE}


def make_mra(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Mining Remediation Authority – Strategic Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=16)
    info = [("Owner:", "Executive Committee"),
            ("Reported to:", "Audit and Risk Assurance Committee (ARAC), 21 October 2025"),
            ("Position at:", "30 September 2025 (Quarter 2)"),
            ("Classification:", "OFFICIAL")]
    for i, (k, v) in enumerate(info, 3):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
    ws["A8"] = "Document control"
    ws["A8"].font = Font(bold=True, size=12)
    dc = [("Version", "Date", "Author", "Summary of changes"),
          ("1.0", d(2025, 4, 15), "Risk and Assurance Manager",
           "Register refreshed for 2025/26 following the Board risk workshop."),
          ("1.1", d(2025, 7, 8), "Risk and Assurance Manager", "Q1 updates; SR4 added."),
          ("1.2", d(2025, 10, 7), "Risk and Assurance Manager", "Q2 updates agreed by ExCo.")]
    for i, row in enumerate(dc, 9):
        for j, v in enumerate(row, 1):
            c = ws.cell(i, j, v)
            c.border = BORDER
            if i == 9:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 28
    ws.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Register Q2")
    ws["A1"] = "Strategic Risk Register – Quarter 2 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:K1")
    ws["A2"] = ("Action RAG: B = complete; G = on track; A = at risk – revised date agreed; R = off track")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:K2")
    head = ["Strategic risk", "Risk owner", "Residual score (L x I)", "Ref", "Further action required",
            "Action owner", "Original target date", "Revised target date", "Previous RAG (Q1)",
            "Current RAG (Q2)", "Progress update"]
    for i, h in enumerate(head, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BORDER
    r = 5
    for risk, owner, score, actions in MRA_RISKS:
        top = r
        for ref, act, lead, orig, rev, prev, cur, upd in actions:
            vals = [None, None, None, ref, act, lead, orig, rev, prev, cur, upd]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BORDER
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 9).fill = fill(RAGFILL[prev])
            ws.cell(r, 10).fill = fill(RAGFILL[cur])
            ws.cell(r, 9).alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(r, 10).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        ws.cell(top, 1, risk).font = Font(bold=True)
        ws.cell(top, 1).alignment = WRAP
        ws.cell(top, 2, owner).alignment = WRAP
        ws.cell(top, 3, score).alignment = WRAP
        if r - 1 > top:
            for col in (1, 2, 3):
                ws.merge_cells(start_row=top, start_column=col, end_row=r - 1, end_column=col)
    for col, w in zip("ABCDEFGHIJK", [34, 22, 12, 6, 55, 28, 12, 12, 10, 10, 45]):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Scoring")
    ws["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    ws["A1"].font = Font(bold=True)
    ws["A3"] = "Likelihood"
    for i, lab in enumerate(["1 Rare", "2 Unlikely", "3 Possible", "4 Likely", "5 Almost certain"], 4):
        ws.cell(i, 1, lab)
    ws["C3"] = "Impact"
    for i, lab in enumerate(["1 Minimal", "2 Minor", "3 Moderate", "4 Major", "5 Severe"], 4):
        ws.cell(i, 3, lab)
    ws["A10"] = "Residual score bands: 1–6 Low (green); 8–12 Medium (amber); 15–25 High (red)"
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Leeds Building Society - FCA Consumer Duty board report action tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
LBS_ROWS = [
    ("band", "Outcome 1: Products and services"),
    ("finding", "Board report finding 1.1: Target market reviews for closed-book mortgage products were not all "
                "completed within the annual product review cycle."),
    ("PS-01", "Complete the outstanding target market reviews for closed-book mortgage products.",
     "Chief Commercial Officer (SMF)", "Head of Mortgage Products", d(2025, 9, 30), "Blue",
     "All 14 reviews completed and approved at Product Governance Committee on 24 September."),
    ("PS-02", "Add closed-book products to the quarterly product governance MI pack.",
     "Chief Commercial Officer (SMF)", "Product Governance Manager", d(2025, 12, 31), "Green",
     "First pack prepared for the December committee."),
    ("band", "Outcome 2: Price and value"),
    ("finding", "Board report finding 2.1: Fair value assessments for savings accounts do not evidence a comparison "
                "with the Society's own newer products."),
    ("PV-01", "Update the fair value assessment methodology to include internal product comparisons for legacy "
              "easy-access savings accounts.",
     "Chief Financial Officer (SMF2)", "Head of Savings", d(2025, 10, 31), "Blue",
     "Methodology approved by Pricing Committee on 21 October."),
    ("PV-02", "Write to members holding legacy easy-access savings accounts paying below the Society's lowest "
              "current easy-access rate, with a prompt to switch.",
     "Chief Commercial Officer (SMF)", "Head of Member Communications", "Janaury 2026", "Green",
     "Letters in proof; mailing to be phased over two months."),
    ("band", "Outcome 3: Consumer understanding"),
    ("finding", "Board report finding 3.1: Comprehension testing of mortgage offer documents has been limited to "
                "digital journeys."),
    ("CU-01", "Extend comprehension testing to paper and broker-channel mortgage offer documents.",
     "Chief Commercial Officer (SMF)", "Head of Intermediary Distribution", d(2026, 3, 31), "Amber",
     "Research agency appointed late; fieldwork moved to January."),
    ("band", "Outcome 4: Consumer support"),
    ("finding", "Board report finding 4.1: Call waiting times for members in financial difficulty exceeded the "
                "Society's three-minute service standard in Q1 and Q2."),
    ("CS-01", "Recruit and train eight additional colleagues for the Financial Support team.",
     "Chief Operating Officer (SMF24)", "Head of Financial Support", d(2025, 11, 30), "Green",
     "Seven of eight in post; final colleague starts 1 December."),
    ("CS-02", "Introduce a call-back option for members waiting in the Financial Support queue.",
     "Chief Operating Officer (SMF24)", "Head of Telephony and Digital Channels", d(2026, 2, 28), "Red",
     "Telephony supplier cannot deliver before the platform upgrade; options paper to ExCo."),
    ("band", "Cross-cutting: Members with characteristics of vulnerability"),
    ("finding", "Board report finding 5.1: Outcomes MI is not yet split by vulnerability characteristic."),
    ("VC-01", "Add vulnerability flags to the Consumer Duty outcomes dashboard and report differences in outcomes "
              "to the Board Risk Committee.",
     "Chief Risk Officer (SMF4)", "Consumer Duty Lead", d(2026, 3, 31), "Green",
     "Data mapping complete; dashboard build in progress."),
]


def make_lbs(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Leeds Building Society"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Consumer Duty Annual Board Report 2025 – Action Tracker"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Prepared for the Board Risk Committee, 9 December 2025"
    head = ["Outcome", "Actions", "Blue", "Green", "Amber", "Red"]
    summ = [("Products and services", 2, 1, 1, 0, 0),
            ("Price and value", 2, 1, 1, 0, 0),
            ("Consumer understanding", 1, 0, 0, 1, 0),
            ("Consumer support", 2, 0, 1, 0, 1),
            ("Vulnerability (cross-cutting)", 1, 0, 1, 0, 0),
            ("Total", 8, 2, 4, 1, 1)]
    for j, h in enumerate(head, 1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BORDER
    for i, row in enumerate(summ, 6):
        for j, v in enumerate(row, 1):
            c = ws.cell(i, j, v)
            c.border = BORDER
            if row[0] == "Total":
                c.font = Font(bold=True)
    ws.column_dimensions["A"].width = 32

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Consumer Duty Annual Board Report 2025 – Action Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Status at 28 November 2025. RAG: Blue = complete; Green = on track; Amber = at risk; Red = off track."
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:G2")
    head = ["Ref", "Action", "Accountable executive", "Action owner", "Due date", "RAG", "Commentary"]
    for j, h in enumerate(head, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00563F")
        c.border = BORDER
    r = 5
    ragfill = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    for row in LBS_ROWS:
        if row[0] == "band":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            for j in range(1, 8):
                ws.cell(r, j).fill = fill("C6E0B4")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        elif row[0] == "finding":
            ws.cell(r, 2, row[1]).font = Font(italic=True)
            ws.cell(r, 2).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
        else:
            for j, v in enumerate(row, 1):
                c = ws.cell(r, j, v)
                c.border = BORDER
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd mmm yyyy"
            ws.cell(r, 6).fill = fill(ragfill[row[5]])
        r += 1
    for col, w in zip("ABCDEFG", [8, 60, 26, 28, 14, 8, 50]):
        ws.column_dimensions[col].width = w
    wb.save(path)


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


def set_cell(cell, text, bold=False, italic=False):
    """Put text (paragraphs split on \n) into a cell."""
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    for k, part in enumerate(parts):
        if k:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.italic = italic


# ---------------------------------------------------------------------------
# 4. Schoen Clinic London - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
SCHOEN = [
    ("1. Surgery", [
        ("Must do 1: The service must ensure that all theatre staff complete the level of life support training "
         "required for their role. (Regulation 18(2)(a))", [
             ("1.1", "Produce a training needs analysis setting the required level of life support training (BLS, ILS "
                     "or ALS) for every theatre role.",
              "Head of Clinical Education", "30/06/2025",
              "Training needs analysis approved at the Clinical Governance Committee on 19 June 2025.", BLUE),
             ("1.2", "Book all theatre staff who are out of date onto ILS or ALS courses and report compliance weekly "
                     "to the Theatre Manager.",
              "Theatre Manager / Head of Clinical Education", "31/08/2025",
              "Compliance 88% at 15 August; remaining staff booked for 3 September.", AMBER),
         ]),
        ("Must do 2: The service must ensure that the WHO surgical safety checklist is fully completed for every "
         "patient. (Regulation 12(2)(a)(b))", [
             ("2.1", "Re-launch the Five Steps to Safer Surgery with a briefing for all consultant surgeons and "
                     "anaesthetists at the Medical Advisory Committee.",
              "Medical Director", "31/07/2025", "Briefing delivered at the MAC on 10 July 2025.", BLUE),
             ("2.2", "Carry out a monthly observational audit of 10 cases per theatre and report the results to the "
                     "Clinical Governance Committee.",
              "Theatre Manager", "Monthly",
              "June and July audits 100% compliant for sign-in and time-out; sign-out 94%.", GREEN),
         ]),
        ("Should do 1: The service should ensure that controlled drugs registers in the recovery unit are checked and "
         "signed by two registered staff at each check.", [
             ("3.1", "Introduce a daily controlled drugs check log for recovery with two-signature sign-off.\n"
                     "Include the check in the nurse in charge's shift handover checklist.",
              "Recovery Lead Nurse", "31/05/2025", "In place since 12 May 2025.", BLUE),
         ]),
    ]),
    ("2. Outpatients", [
        ("Should do 2: The service should ensure that patients attending outpatients are offered a chaperone and that "
         "the offer is recorded in the patient record.", [
             ("4.1", "Display chaperone posters in all consulting rooms and the imaging waiting area.",
              "Outpatients Manager", "30/04/2025", "Complete.", BLUE),
             ("4.2", "Add a mandatory chaperone-offer field to the outpatient consultation template in the electronic "
                     "patient record.",
              "Head of IT / Outpatients Manager", "30/09/2025",
              "Change request with the EPR supplier; build scheduled for the September release.", GREEN),
         ]),
        ("Should do 3: The service should ensure that waiting times for first outpatient appointments are monitored "
         "and reported to the senior leadership team.", [
             ("5.1", "Develop a referral-to-first-appointment waiting time report in the business intelligence "
                     "dashboard.",
              "Head of Business Intelligence", "31/10/2025",
              "Specification agreed; data quality issues with self-pay referrals being resolved.", AMBER),
             ("5.2", "Review first appointment waiting times monthly at the Senior Leadership Team meeting.",
              "Hospital Director", "30/11/2025", "Will start once the report is live.", None),
         ]),
    ]),
]


def make_schoen(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph("Schoen Clinic London – CQC Inspection Action Plan", style="Title")
    doc.add_paragraph("Location: Schoen Clinic London, 66 Wigmore Street, London W1U 2SB. Core services inspected: "
                      "Surgery and Outpatients. Inspection: 11 and 12 February 2025. Report published: 16 May 2025.")
    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "3.0 (progress update August 2025)"),
                 ("Owner", "Hospital Director"),
                 ("Approved by", "Clinical Governance Committee and Medical Advisory Committee, 24 June 2025"),
                 ("Next review", "Clinical Governance Committee, 18 September 2025")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("RAG key", style="Heading 2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for col, text in [(BLUE, "Complete – evidence held in the CQC evidence folder"),
                      (GREEN, "On track"),
                      (AMBER, "Risk to delivery – mitigation in place"),
                      (RED, "Overdue"),
                      (None, "No colour – not yet started")]:
        cells = t.add_row().cells
        if col:
            shade(cells[0], col)
        set_cell(cells[1], text)

    for section, recs in SCHOEN:
        doc.add_paragraph(section, style="Heading 1")
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Due by", "Progress update (August 2025)", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, "BDD7EE")
        for rec, actions in recs:
            cells = t.add_row().cells
            m = cells[0].merge(cells[5])
            set_cell(m, rec, bold=True)
            shade(m, "F2F2F2")
            for ref, act, lead, due, upd, rag in actions:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, act, lead, due, upd, ""]):
                    set_cell(c, v)
                if rag:
                    shade(cells[5], rag)
        doc.add_paragraph("")
    doc.add_paragraph("Sign-off", style="Heading 2")
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Role", "Name", "Date"]):
        set_cell(c, v, bold=True)
    for c, v in zip(t.rows[1].cells, ["Hospital Director", "Signed on behalf of Schoen Clinic London", "26/06/2025"]):
        set_cell(c, v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Histon & Impington Parish Council - audit action plan (docx)
# ---------------------------------------------------------------------------
HIPC_IA = [
    ("1", "The Council should review and readopt its Financial Regulations, updated to the 2024 NALC model, so that "
          "they reflect the current procurement thresholds.",
     "Adopt the 2024 NALC model Financial Regulations with local amendments.",
     "Clerk", "03/11/2025", "On track"),
    ("2a", "The asset register should be reconciled to the insurance schedule and to the value reported in Box 9 of "
           "the AGAR.",
     "Carry out a physical check of all play equipment, street furniture and bus shelters and update the asset "
     "register.",
     "Deputy Clerk", "30/11/2025", "On track"),
    ("2b", None,
     "Reconcile the updated asset register to the insurance schedule and report to the Finance & Governance "
     "Committee.",
     "RFO", "Jan 2026", "Not started"),
    ("3", "Bank reconciliations should be checked and signed each month by a councillor who is not an authoriser "
          "of online payments.",
     "Nominate a councillor to verify and sign the monthly bank reconciliations, with the check recorded in the "
     "minutes.",
     "Chair of Finance & Governance Committee", "31/07/2025", "Complete"),
    ("4", "The Council should review its risk assessment annually and minute its approval.",
     "Present the reviewed risk assessment to Full Council each year before the AGAR is approved.",
     "Clerk", "Ongoing", "On track"),
]
HIPC_EA = [
    ("5", "Section 1, Assertion 4 was answered 'Yes', but the period for the exercise of public rights did not "
          "include the first ten working days of July.",
     "Set the 2025/26 public rights period in the year-end timetable and have the notice checked by the internal "
     "auditor before it is published.",
     "Clerk and RFO", "By 30 June 2026", "Not started"),
    ("6", "The explanation of significant variances between Box 7 and Box 8 was not submitted with the AGAR.",
     "Prepare the variance explanation with the draft accounts and present it to the Finance & Governance "
     "Committee before the AGAR is approved.",
     "RFO", "May 2026", "Not started"),
]


def hipc_table(doc, heads, rows):
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, heads):
        set_cell(c, h, bold=True)
        shade(c, "E2EFD9")
    prev_rec_cell = None
    for no, rec, act, resp, date, status in rows:
        cells = t.add_row().cells
        set_cell(cells[0], no)
        if rec is None:
            prev_rec_cell = prev_rec_cell.merge(cells[1])
        else:
            set_cell(cells[1], rec)
            prev_rec_cell = cells[1]
        set_cell(cells[2], act)
        set_cell(cells[3], resp)
        set_cell(cells[4], date)
        set_cell(cells[5], status)
    return t


def make_hipc(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Histon & Impington Parish Council"
    sec.footer.paragraphs[0].text = "Audit Action Plan 2024/25 – adopted 6 October 2025"
    doc.add_paragraph("Histon & Impington Parish Council – Audit Action Plan 2024/25", style="Title")
    doc.add_paragraph(
        "This action plan responds to the Annual Internal Audit Report 2024/25 (Auditing Solutions Ltd, visit of "
        "19 May 2025) and to the External Auditor Report and Certificate 2024/25 (PKF Littlejohn LLP, "
        "22 September 2025). It was adopted by Full Council on 6 October 2025 (minute 25/147) and progress will be "
        "reported to each meeting of the Finance & Governance Committee.")
    doc.add_paragraph("1. Internal Audit Report 2024/25", style="Heading 1")
    hipc_table(doc, ["No.", "Auditor's recommendation", "Action agreed by Council", "Responsibility",
                     "Target date", "Status"], HIPC_IA)
    doc.add_paragraph("")
    doc.add_paragraph("2. External Auditor Report and Certificate 2024/25", style="Heading 1")
    doc.add_paragraph("The external auditor's report included the following other matters not affecting the "
                      "opinion:")
    hipc_table(doc, ["No.", "Matter raised by the external auditor", "Action agreed by Council", "Responsibility",
                     "Target date", "Status"], HIPC_EA)
    doc.add_paragraph("")
    doc.add_paragraph("Progress reviews", style="Heading 2")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Date", "Meeting", "Minute"]):
        set_cell(c, h, bold=True)
    for row in [("6 October 2025", "Full Council – plan adopted", "25/147"),
                ("10 November 2025", "Finance & Governance Committee", "FG25/62")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_paragraph("")
    doc.add_paragraph("Signed: ………………………… (Chair of the Council)      Date: ……………………")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. ellenor hospice - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
ELLENOR_HEAD = ["Audit", "Year", "Rec No", "Priority", "Recommendation", "Agreed management action",
                "Action owner", "Original due date", "Revised due date", "RAG", "Update"]
ELLENOR_ROWS = [
    ["Safeguarding adults and children", "2024/25", "SG1", "High",
     "Safeguarding supervision for Hospice at Home staff should be recorded and monitored against the policy "
     "requirement of quarterly sessions.",
     "Set up a supervision log on the HR system and report compliance quarterly to the Clinical Governance Committee.",
     "Head of Safeguarding", "31/03/2025", "30/09/2025", "Blue", "Log live from June 2025; Q2 compliance 91%."],
    ["", "", "SG2", "Medium",
     "The safeguarding training matrix should include volunteers in patient-facing roles.",
     "Extend the training matrix to patient-facing volunteers and set a 90% compliance target.",
     "Head of Safeguarding; Voluntary Services Manager", "30/06/2025", "31/12/2025", "Amber",
     "Matrix extended; compliance 72% – induction backlog for new volunteers."],
    ["Controlled drugs management", "2024/25", "CD1", "High",
     "The Inpatient Unit should carry out and record a stock balance check of all Schedule 2 controlled drugs at "
     "each change of shift, as required by the CD policy.",
     "Reinforce the shift-change CD check through a nurse-in-charge briefing and a monthly spot audit by the "
     "pharmacist.",
     "Inpatient Unit Manager", "31/01/2025", "", "Blue", "Monthly spot audits 100% compliant since March 2025."],
    ["", "", "CD2", "Medium",
     "Destruction of patients' own controlled drugs should be witnessed by an authorised witness.",
     "Agree an authorised witness arrangement with the ICB Controlled Drugs Accountable Officer.",
     "Accountable Officer for Controlled Drugs", "30/04/2025", "31/10/2025", "Red",
     "Overdue – ICB nomination still awaited; escalated to the Director of Care."],
    ["Fundraising and Gift Aid", "2024/25", "FG1a", "Medium",
     "Gift Aid declarations captured in the charity shops should be reconciled monthly to the Gift Aid claims "
     "submitted to HMRC.",
     "Introduce a monthly reconciliation between the retail EPOS Gift Aid report and the HMRC claim.",
     "Finance Manager", "31/05/2025", "", "Blue", "In place from May 2025."],
    ["", "", "FG1b", "", "",
     "Train shop managers to capture complete Gift Aid declarations, including the donor's home address and "
     "postcode.",
     "Retail Operations Manager", "31/07/2025", "30/11/2025", "Green", "Training delivered in 14 of 18 shops."],
    ["Cyber security", "2025/26", "CY1", "High",
     "Multi-factor authentication should be enforced for all remote access, including access to the clinical "
     "system from home.",
     "Enforce MFA through conditional access policies for all users, including bank staff.",
     "Head of IT", "30/09/2025", "", "Blue", "Enforced from 15 September 2025."],
    ["", "", "CY2", "High",
     "A tested incident response plan should be in place for a ransomware attack.",
     "Write a cyber incident response plan and test it in a tabletop exercise with the Executive Team.",
     "Head of IT; Director of Finance & Resources", "31/12/2025", "", "Green",
     "Plan drafted; exercise booked for 9 December 2025."],
    ["Retail stock and cash handling", "2025/26", "RS1", "Low",
     "Till discrepancies over £10 in the charity shops should be investigated and recorded.",
     "Update the retail cash handling procedure and add a discrepancy log to the weekly shop return.",
     "Retail Operations Manager", "31/01/2026", "", "Green", ""],
]


def make_ellenor(path):
    n = len(ELLENOR_HEAD)

    def pad(first):
        return [first] + [""] * (n - 1)

    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(pad("ellenor – Internal Audit Recommendations Tracker"))
        w.writerow(pad("Audit & Risk Committee, 18 November 2025 – position at 4 November 2025"))
        w.writerow(pad(""))
        w.writerow(ELLENOR_HEAD)
        for row in ELLENOR_ROWS:
            w.writerow(row)
        w.writerow(pad(""))
        w.writerow(pad("Summary: 9 actions – Blue 4, Green 3, Amber 1, Red 1"))
        w.writerow(pad("RAG key: Blue = implemented and evidenced; Green = on track for due date; "
                       "Amber = revised date agreed / at risk; Red = overdue"))


# ---------------------------------------------------------------------------
# 7. Cheadle Hulme School - ISI inspection action plan (plain text)
# ---------------------------------------------------------------------------
CHS_TEXT = """Cheadle Hulme School – ISI Inspection Action Plan 2025–26

Inspection: 4–6 November 2025 (routine inspection, ISI framework 2023)
Report published: 9 December 2025
Plan approved by the Board of Governors: 26 January 2026
Progress at: 13 March 2026
Monitoring: termly, by the Education and Safeguarding Committee

RAG: B = complete   G = on track   A = some slippage   R = not on track

======================================================================
SECTION 1: LEADERSHIP AND MANAGEMENT, AND GOVERNANCE
======================================================================

Recommended next step 1
Strengthen governors' oversight of risk assessment so that risks to pupils on educational visits are reviewed consistently.

1.1  Action:  Revise the educational visits policy and risk assessment template in line with the current OEAP National Guidance.
     Lead:    Educational Visits Coordinator
     By:      28/02/2026
     RAG:     G

1.2  Action:  Introduce a termly report on educational visits risk assessments to the Education and Safeguarding Committee.
     Lead:    Deputy Head (Pastoral) / Clerk to the Governors
     By:      Termly
     RAG:     G

======================================================================
SECTION 2: QUALITY OF EDUCATION, TRAINING AND RECREATION
======================================================================

Recommended next step 2
Ensure that teaching in the junior school consistently adapts tasks for pupils who have special educational needs and/or disabilities (SEND), so that they make the progress of which they are capable.

2.1  Action:  Deliver INSET on adaptive teaching for pupils with SEND to all junior school teaching staff.
     Lead:    SENCo
     By:      06/01/2026
     RAG:     B

2.2  Action:  Make SEND adaptation a focus of the junior school learning walks and lesson observations.
     Lead:    Assistant Head (Teaching and Learning)
     By:      Summer term 2026
     RAG:     A

======================================================================
SECTION 3: PUPILS' PHYSICAL AND MENTAL HEALTH AND EMOTIONAL WELLBEING
======================================================================

No recommended next steps in this section.

======================================================================
SECTION 4: PUPILS' SOCIAL AND ECONOMIC EDUCATION AND CONTRIBUTION TO SOCIETY
======================================================================

Recommended next step 3
Develop sixth-form pupils' understanding of economic wellbeing and personal financial capability.

3.1  Action:  Add a personal finance unit, delivered with an external partner, to the Year 12 PSHE programme.
     Lead:    Head of PSHE
     By:      Autumn term 2026
     RAG:     G

3.2  Action:  Survey Year 13 pupils on their confidence in managing money and report the results to governors.
     Lead:    Head of Sixth Form
     By:      30/06/2026
     RAG:     Not started

======================================================================
SECTION 5: SAFEGUARDING
======================================================================

All safeguarding Standards were met. Follow-up action agreed by the school after inspection feedback:

5.1  Action:  Record the date of the prohibition check for all supply staff on the single central record.
     Lead:    HR Manager
     By:      31/01/2026
     RAG:     B

----------------------------------------------------------------------
Next review: Education and Safeguarding Committee, 5 May 2026.
"""


def make_chs(path):
    with open(path, "w", encoding="utf-8", newline="\r\n") as f:
        f.write(CHS_TEXT)


FILES = {
    "zxf-north-of-tyne-ca-audit-and-standards-committee-action-log-2023-24.xlsx": make_ntca,
    "zxf-mining-remediation-authority-strategic-risk-register-2025-26.xlsx": make_mra,
    "zxf-leeds-building-society-fca-consumer-duty-board-report-action-tracker-typo-month-refuse.xlsx": make_lbs,
    "zxf-schoen-clinic-london-cqc-inspection-action-plan.docx": make_schoen,
    "zxf-histon-and-impington-parish-council-audit-action-plan-2024-25.docx": make_hipc,
    "zxf-ellenor-hospice-internal-audit-recommendations-tracker.csv": make_ellenor,
    "zxf-cheadle-hulme-school-isi-inspection-action-plan.txt": make_chs,
}

if __name__ == "__main__":
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)
