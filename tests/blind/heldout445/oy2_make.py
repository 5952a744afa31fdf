"""Build the seven oy2- blind test files (set heldout445).

Run with: /work/main/.venv/bin/python oy2_make.py
Writes only files whose names start with "oy2-" into this script's folder.
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("oy2-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
NAVY = "1F3864"
GREY = "D9D9D9"
LIGHT = "DDEBF7"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


def set_widths(ws, widths):
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def boxed(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
        if i < len(lines) - 1:
            run.add_break()


# =================================================================
# 1. Essex County Fire & Rescue Service - strategic risk register (xlsx)
# =================================================================
def essex():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    title = "Essex County Fire & Rescue Service – Strategic Risk Register 2025/26"
    cover["A1"] = title
    cover["A1"].font = Font(bold=True, size=14, color=NAVY)
    cover["A2"] = "OFFICIAL"
    cover["A2"].font = Font(bold=True, color=RED)
    cover["A4"] = "Document control"
    cover["A4"].font = Font(bold=True, size=12)
    hdr = ["Version", "Date", "Author", "Summary of changes"]
    for c, h in enumerate(hdr, 1):
        cell = cover.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
    rows = [
        ("0.1", d(2025, 4, 14), "Risk and Business Continuity Manager",
         "Draft for Strategic Leadership Team"),
        ("1.0", d(2025, 4, 29), "Risk and Business Continuity Manager",
         "Approved by the Performance and Resources Board"),
        ("1.1", d(2025, 7, 22), "Risk and Business Continuity Manager",
         "Q1 review – SR04 actions updated"),
        ("1.2", d(2025, 10, 21), "Risk and Business Continuity Manager",
         "Q2 review – SR02 current score reduced; SR03.2 revised date"),
    ]
    for r, row in enumerate(rows, 6):
        for c, v in enumerate(row, 1):
            cell = cover.cell(row=r, column=c, value=v)
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        boxed(cover, r, 4)
    cover["A11"] = "Risk owner for the register: Assistant Director of Corporate Services"
    cover["A12"] = ("Review: quarterly by the Strategic Leadership Team; six-monthly by the "
                    "Performance and Resources Board")
    set_widths(cover, [10, 13, 38, 60])

    ws = wb.create_sheet("Register")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Position as at Q2 2025/26 (30 September 2025). Scores are Likelihood × Impact "
                "(1–5); see the ‘Scoring and key’ sheet.")
    ws.merge_cells("A2:G2")
    set_widths(ws, [10, 58, 30, 13, 13, 8, 52])

    risks = [
        {
            "head": "SR01 – Financial sustainability",
            "desc": ("If the Service does not receive sufficient funding through the settlement and "
                     "council tax precept, then it will be unable to deliver the Fire and Rescue Plan "
                     "2024–2028 and the Community Risk Management Plan, resulting in reductions to "
                     "prevention, protection or response capacity."),
            "owner": "Director of Finance and Treasurer",
            "prev": (16, AMBER), "cur": (16, AMBER), "target": 9,
            "actions": [
                ("SR01.1",
                 "Deliver the 2025/26 savings programme of £1.9m and report progress monthly to the "
                 "Performance and Resources Board.",
                 "Director of Finance and Treasurer", d(2026, 3, 31), None, "A",
                 "£1.2m delivered or secured at Q2; £0.3m at risk from the fleet review."),
                ("SR01.2",
                 "Refresh the Medium Term Financial Plan following the 2026/27 provisional local "
                 "government finance settlement.",
                 "Director of Finance and Treasurer", d(2026, 2, 28), None, "G",
                 "Scenario modelling under way; provisional settlement expected mid-December."),
            ],
        },
        {
            "head": "SR02 – On-call availability",
            "desc": ("If on-call appliance availability continues to fall below the level set in the "
                     "Community Risk Management Plan, then response standards will not be met in "
                     "rural parts of Essex."),
            "owner": "Director of Operations",
            "prev": (20, RED), "cur": (16, AMBER), "target": 8,
            "actions": [
                ("SR02.1",
                 "Run a targeted on-call recruitment campaign for the 12 stations with the lowest "
                 "daytime availability.",
                 "Area Manager (Response) / Head of People Services", d(2025, 12, 31),
                 d(2026, 3, 31), "A",
                 "Campaign launched in September; 19 applicants through to selection.\n"
                 "Revised date reflects the January recruits’ course."),
                ("SR02.2",
                 "Introduce the new on-call pay and availability model on all on-call stations.",
                 "Area Manager (Response)", d(2025, 9, 30), None, "B",
                 "Implemented from 1 September 2025."),
            ],
        },
        {
            "head": "SR03 – Culture and inclusion",
            "desc": ("If the Service does not embed the cultural change required following the HMICFRS "
                     "spotlight report on values and culture, then staff wellbeing, public trust and "
                     "the Service’s reputation will be harmed."),
            "owner": "Chief Fire Officer",
            "prev": (15, AMBER), "cur": (15, AMBER), "target": 6,
            "actions": [
                ("SR03.1",
                 "Deliver the Culture Action Plan and publish a six-monthly progress report to the "
                 "Police, Fire and Crime Commissioner.",
                 "Chief Fire Officer", "Ongoing", None, "G",
                 "October 2025 progress report published; 31 of 44 plan actions complete."),
                ("SR03.2",
                 "Repeat the independent cultural review staff survey and share the results and "
                 "actions with all staff.",
                 "Director of People Services", d(2025, 11, 30), d(2026, 1, 31), "R",
                 "Survey supplier contract delayed; survey will now run in January 2026."),
            ],
        },
        {
            "head": "SR04 – ICT resilience and cyber security",
            "desc": ("If a cyber attack or ICT failure affects the mobilising system or other critical "
                     "systems, then the Service’s ability to receive and respond to emergency calls "
                     "could be disrupted."),
            "owner": "Assistant Director of Corporate Services",
            "prev": (12, AMBER), "cur": (12, AMBER), "target": 8,
            "actions": [
                ("SR04.1",
                 "Complete the migration of the mobilising system to the new hosted platform, "
                 "including full failover testing.",
                 "Head of ICT; Control Manager", d(2026, 3, 31), None, "G",
                 "Data migration complete; failover test booked for February."),
                ("SR04.2",
                 "Achieve Cyber Essentials Plus re-certification.",
                 "Head of ICT", d(2025, 6, 30), None, "B",
                 "Certificate issued 12 June 2025."),
            ],
        },
    ]
    rag_fill = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    r = 4
    for risk in risks:
        ws.cell(row=r, column=1, value=risk["head"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(row=r, column=1).font = Font(bold=True, color="FFFFFF", size=12)
        ws.cell(row=r, column=1).fill = fill(NAVY)
        r += 1
        ws.cell(row=r, column=1, value="Risk description").font = Font(bold=True)
        ws.cell(row=r, column=2, value=risk["desc"])
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
        ws.row_dimensions[r].height = 45
        boxed(ws, r, 7)
        r += 1
        vals = ["Risk owner", risk["owner"], "Previous score", risk["prev"][0],
                "Current score", risk["cur"][0], "Target score: %d" % risk["target"]]
        for c, v in enumerate(vals, 1):
            ws.cell(row=r, column=c, value=v)
        for c in (1, 3, 5):
            ws.cell(row=r, column=c).font = Font(bold=True)
        ws.cell(row=r, column=4).fill = fill(risk["prev"][1])
        ws.cell(row=r, column=6).fill = fill(risk["cur"][1])
        boxed(ws, r, 7)
        r += 1
        for c, h in enumerate(["Ref", "Further actions", "Action owner", "Target date",
                               "Revised date", "RAG", "Progress update"], 1):
            cell = ws.cell(row=r, column=c, value=h)
            cell.font = Font(bold=True)
            cell.fill = fill(LIGHT)
        boxed(ws, r, 7)
        r += 1
        for (ref, text, owner, target, revised, rag, prog) in risk["actions"]:
            vals = [ref, text, owner, target, revised, rag, prog]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=6).fill = fill(rag_fill[rag])
            ws.cell(row=r, column=6).alignment = Alignment(horizontal="center")
            boxed(ws, r, 7)
            r += 1
        r += 1  # blank row between risk blocks

    key = wb.create_sheet("Scoring and key")
    key["A1"] = "Risk scoring matrix (Likelihood × Impact)"
    key["A1"].font = Font(bold=True, size=12)
    key["A2"] = "Likelihood ↓ / Impact →"
    for i in range(1, 6):
        key.cell(row=2, column=i + 1, value=i).font = Font(bold=True)
        key.cell(row=2 + i, column=1, value=6 - i).font = Font(bold=True)
    for li in range(1, 6):
        for im in range(1, 6):
            s = li * im
            cell = key.cell(row=2 + (6 - li), column=1 + im, value=s)
            cell.fill = fill(RED if s >= 20 else AMBER if s >= 10 else GREEN)
    key["A10"] = "Score bands: 20–25 Very high (red); 10–16 High (amber); 1–9 Medium/low (green)"
    key["A12"] = "Action RAG key"
    key["A12"].font = Font(bold=True, size=12)
    for i, (k, meaning, colour) in enumerate([
            ("R", "Off track – target date will be missed without intervention", RED),
            ("A", "At risk – some slippage, recoverable", AMBER),
            ("G", "On track", GREEN),
            ("B", "Complete", BLUE)], 13):
        key.cell(row=i, column=1, value=k).fill = fill(colour)
        key.cell(row=i, column=2, value=meaning)
    set_widths(key, [24, 60, 8, 8, 8, 8])
    wb.save(out("oy2-essex-county-fire-rescue-service-strategic-risk-register-2025-26.xlsx"))


# =================================================================
# 2. The Rotherham NHS FT - internal audit recommendations tracker (xlsx)
# =================================================================
def rotherham():
    wb = Workbook()
    title = "The Rotherham NHS Foundation Trust – Internal Audit Recommendations Tracker"
    sub = "Audit and Risk Committee – 22 January 2026 (position as at 9 January 2026)"
    summ = wb.active
    summ.title = "Summary"
    summ["A1"] = title
    summ["A1"].font = Font(bold=True, size=14)
    summ["A2"] = sub
    summ["A4"] = "Agreed actions by current status"
    summ["A4"].font = Font(bold=True)
    srows = [("Status", "Number"), ("Implemented – proposed for closure (Blue)", 3),
             ("In progress – within original target date (Green)", 2),
             ("In progress – revised target date agreed (Amber)", 1),
             ("Overdue – past revised target date (Red)", 1),
             ("Not yet started", 1), ("Total", 8)]
    for i, (a, b) in enumerate(srows, 5):
        summ.cell(row=i, column=1, value=a)
        summ.cell(row=i, column=2, value=b)
        boxed(summ, i, 2)
    summ["A5"].font = summ["B5"].font = summ["A11"].font = summ["B11"].font = Font(bold=True)
    summ["A13"] = "Agreed actions by priority"
    summ["A13"].font = Font(bold=True)
    prow = [("Priority", "Open", "Implemented", "Total"), ("High", 3, 1, 4),
            ("Medium", 1, 1, 2), ("Low", 1, 1, 2), ("Total", 5, 3, 8)]
    for i, row in enumerate(prow, 14):
        for c, v in enumerate(row, 1):
            summ.cell(row=i, column=c, value=v)
        boxed(summ, i, 4)
    summ["A20"] = "Status key (the Previous and Current status columns on the Tracker sheet are colour-coded):"
    summ["A20"].font = Font(bold=True)
    for i, (colour, meaning) in enumerate([
            (RED, "Red – overdue (past revised target date)"),
            (AMBER, "Amber – in progress, revised target date agreed"),
            (GREEN, "Green – in progress, within original target date"),
            (BLUE, "Blue – implemented, proposed for closure"),
            (None, "No colour – not yet started")], 21):
        if colour:
            summ.cell(row=i, column=1).fill = fill(colour)
        summ.cell(row=i, column=2, value=meaning)
    summ["A27"] = ("Internal audit service provided by 360 Assurance. Recommendations are closed only "
                   "when evidence has been reviewed by internal audit.")
    set_widths(summ, [52, 48, 12, 10])

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = sub
    ws.merge_cells("A2:J2")
    heads = ["Ref", "Priority", "Recommendation", "Agreed action", "Responsible officer",
             "Original target date", "Revised target date", "Previous status", "Current status",
             "Progress update / evidence"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8")
    boxed(ws, 4, 10)
    set_widths(ws, [9, 9, 40, 46, 28, 12, 12, 10, 10, 44])

    C = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE, None: None}
    groups = [
        ("RFT 24/25-07 Medical Devices Management – Limited Assurance (final report March 2025)", [
            ("High",
             "The Trust should ensure that a complete and accurate inventory of medical devices is "
             "maintained, including devices held by community teams.",
             [("07.1a",
               "Complete a physical verification of all medical devices across wards and community "
               "teams and reconcile the results to the asset register.",
               "Head of Medical Engineering", d(2025, 6, 30), d(2025, 12, 31), "A", "R",
               "Wards complete; community teams 70% verified. Further extension to be requested."),
              ("07.1b",
               "Introduce a quarterly exception report from the asset register to the Medical Devices "
               "Group.",
               "Head of Medical Engineering", d(2025, 9, 30), None, "G", "B",
               "First report received by the Medical Devices Group on 18 September 2025.")]),
            ("Medium",
             "Training records for high-risk devices should be held centrally and reviewed by ward "
             "managers.",
             [("07.2",
               "Move device competency records into ESR and issue monthly compliance reports to ward "
               "managers.",
               "Clinical Skills Lead / Head of Medical Engineering", d(2026, 3, 31), None, "G", "G",
               "Competency framework loaded to ESR; reporting to start February 2026.")]),
        ]),
        ("RFT 24/25-11 Consultant Job Planning – Moderate Assurance (final report May 2025)", [
            ("Medium",
             "Job plans should be signed off within the timescales set out in the Job Planning Policy.",
             [("11.1",
               "Divisional Medical Directors to confirm sign-off of all outstanding 2025/26 job plans "
               "and report compliance to the People Committee.",
               "Deputy Medical Director", d(2025, 7, 31), d(2025, 11, 30), "R", "B",
               "96% of job plans signed off; compliance reported to People Committee 27 November 2025.")]),
            ("Low",
             "The Job Planning Policy should be updated to reflect the current e-job planning system.",
             [("11.2",
               "Revise and re-issue the Job Planning Policy following consultation with the LNC.",
               "Medical Workforce Manager", d(2025, 10, 31), d(2026, 3, 31), "A", "A",
               "Draft policy with the LNC; revised date agreed at the November committee.")]),
        ]),
        ("RFT 25/26-02 Cyber Security: Patch Management – Limited Assurance (final report September 2025)", [
            ("High",
             "Critical security patches should be applied within the timescales in the Trust’s "
             "patching standard, with any exceptions formally risk-assessed.",
             [("02.1a",
               "Implement automated patch compliance reporting and present it monthly to the Digital "
               "Assurance Group.",
               "Head of IT Infrastructure", d(2026, 2, 28), None, "G", "G",
               "Reporting tool configured; first report due to the February meeting."),
              ("02.1b",
               "Establish a formal exceptions register for unpatched systems, approved by the SIRO.",
               "Head of IT Infrastructure; Information Governance Manager", d(2026, 1, 31), None,
               None, None,
               "Not yet started – due 31 January 2026.")]),
        ]),
        ("RFT 25/26-04 Safeguarding Supervision – Significant Assurance (final report October 2025)", [
            ("Low",
             "Supervision attendance data should be reported to the Safeguarding Committee quarterly.",
             [("04.1",
               "Add supervision attendance to the quarterly Safeguarding Committee dashboard.",
               "Named Nurse for Safeguarding Children", d(2025, 10, 31), None, "G", "B",
               "Included in the Q2 dashboard (Safeguarding Committee, 29 October 2025).")]),
        ]),
    ]
    r = 5
    for gtitle, recs in groups:
        ws.cell(row=r, column=1, value=gtitle).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(row=r, column=1).fill = fill(GREY)
        r += 1
        for prio, rec, acts in recs:
            first = r
            for (ref, text, officer, orig, rev, prev, cur, prog) in acts:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=4, value=text)
                ws.cell(row=r, column=5, value=officer)
                c6 = ws.cell(row=r, column=6, value=orig)
                c6.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c7 = ws.cell(row=r, column=7, value=rev)
                    c7.number_format = "dd/mm/yyyy"
                if C[prev]:
                    ws.cell(row=r, column=8).fill = fill(C[prev])
                if C[cur]:
                    ws.cell(row=r, column=9).fill = fill(C[cur])
                ws.cell(row=r, column=10, value=prog)
                boxed(ws, r, 10)
                r += 1
            ws.cell(row=first, column=2, value=prio)
            ws.cell(row=first, column=3, value=rec)
            if r - first > 1:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
            ws.cell(row=first, column=2).alignment = WRAP
            ws.cell(row=first, column=3).alignment = WRAP
    wb.save(out("oy2-the-rotherham-nhsft-internal-audit-recommendations-tracker.xlsx"))


# =================================================================
# 3. Yorkshire Housing - board action log (xlsx)
# =================================================================
def yorkshire_housing():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action log"
    ws["A1"] = "Yorkshire Housing – Board Action Log"
    ws["A1"].font = Font(bold=True, size=14, color="6A1B9A")
    ws["A2"] = "Open actions – updated 14 January 2026 for the Board meeting on 29 January 2026"
    ws["A2"].font = Font(italic=True)
    heads = ["Action ref", "Action", "Owner", "Due", "Status", "Update"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("6A1B9A")
    boxed(ws, 4, 6)
    set_widths(ws, [12, 60, 22, 12, 16, 50])
    status_fill = {"Complete": BLUE, "On track": GREEN, "Behind schedule": AMBER,
                   "Overdue": RED, "Not started": None}
    sections = [
        ("Board meeting – 25 September 2025", [
            ("BD25/068",
             "Provide the Board with a breakdown of damp and mould cases open for more than 28 days "
             "by locality, with the planned completion date for each case.",
             "ED Property", "Nov-25", "Complete",
             "Breakdown included in the November performance report (item 7)."),
            ("BD25/071",
             "Circulate the revised Tenant Satisfaction Measures action plan to Board members ahead "
             "of the Customer Committee.",
             "ED Customers", "Oct-25", "Complete",
             "Circulated 9 October 2025."),
            ("BD25/074",
             "Arrange a Board deep-dive session on the stock condition survey results and the "
             "30-year asset investment plan.",
             "ED Property / CoSec", "Feb 2026", "On track",
             "Session booked for 19 February 2026.\nSavills to attend."),
        ]),
        ("Board meeting – 27 November 2025", [
            ("BD25/089",
             "Update the Treasury Management Strategy to reflect the revised golden rules and bring "
             "it back to the Board for approval.",
             "CFO", "Mar-26", "On track",
             "Draft reviewed by the Audit and Risk Committee in January."),
            ("BD25/092",
             "Confirm the timetable for the self-referral to the Regulator of Social Housing on the "
             "gas servicing compliance issue and brief the Chair.",
             "CEO & ED Property", "Dec-25", "Overdue",
             "Chair briefed 3 December; timetable awaiting the external compliance review."),
            ("BD25/095",
             "Review the Board skills matrix and propose recruitment to fill the development and "
             "finance vacancies.",
             "CoSec", "Q4 2025/26", "Behind schedule",
             "Skills survey returns outstanding from two Board members."),
            ("BD25/097",
             "Report back on the outcome of the customer voice review, with options for a "
             "tenant-led scrutiny panel.",
             "ED Customers", "TBC", "Not started",
             "Timing depends on the Customer Committee work plan."),
        ]),
    ]
    r = 5
    for stitle, acts in sections:
        ws.cell(row=r, column=1, value=stitle).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("E1BEE7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for row in acts:
            for c, v in enumerate(row, 1):
                ws.cell(row=r, column=c, value=v)
            f = status_fill[row[4]]
            if f:
                ws.cell(row=r, column=5).fill = fill(f)
                ws.cell(row=r, column=5).font = Font(color="FFFFFF" if f in (BLUE, RED) else "000000")
            boxed(ws, r, 6)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value=("Status key: On track = green; Behind schedule = amber; "
                                    "Overdue = red; Complete = blue (propose to close); "
                                    "Not started = no colour."))
    ws.cell(row=r + 1, column=1, value=("Actions marked Complete are removed from the log once the "
                                        "Board agrees closure."))

    ab = wb.create_sheet("Abbreviations")
    ab["A1"] = "Owner abbreviations"
    ab["A1"].font = Font(bold=True)
    for i, (a, b) in enumerate([
            ("CEO", "Chief Executive"), ("CFO", "Chief Financial Officer"),
            ("ED Property", "Executive Director of Property"),
            ("ED Customers", "Executive Director of Customers and Communities"),
            ("CoSec", "Company Secretary")], 2):
        ab.cell(row=i, column=1, value=a)
        ab.cell(row=i, column=2, value=b)
    set_widths(ab, [16, 50])
    wb.save(out("oy2-yorkshire-housing-board-action-log.xlsx"))


# =================================================================
# 4. Hedon Group Practice - CQC inspection action plan (docx)
# =================================================================
def hedon():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Hedon Group Practice – CQC Inspection Action Plan", level=0)
    doc.add_paragraph("Inspection date: 14 May 2025    Report published: 2 July 2025    "
                      "Overall rating: Requires improvement")
    doc.add_paragraph("This plan responds to the requirement notices issued under Regulations 12 and "
                      "17 and to the areas where CQC said the practice should improve. It is reviewed "
                      "at the monthly partners’ meeting.")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Comments"]):
        cell_text(t.rows[0].cells[i], h, bold=True)
    for row in [("1.0", "28/07/2025", "Practice Manager", "Submitted to CQC"),
                ("2.0", "15/09/2025", "Practice Manager", "Progress update for partners’ meeting")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v)

    doc.add_heading("Status key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, colour, meaning in [
            ("Complete", BLUE, "Blue – action completed and evidence filed"),
            ("On track", GREEN, "Green – progressing to the target date"),
            ("At risk", AMBER, "Amber – target date may be missed"),
            ("Overdue", RED, "Red – target date passed")]:
        cells = k.add_row().cells
        cell_text(cells[0], word, bold=True)
        shade(cells[0], colour)
        cell_text(cells[1], meaning)

    colours = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Overdue": RED}

    def action_table(rows):
        tb = doc.add_table(rows=1, cols=5)
        tb.style = "Table Grid"
        for i, h in enumerate(["No.", "Action", "Lead", "Target date", "Status"]):
            cell_text(tb.rows[0].cells[i], h, bold=True)
            shade(tb.rows[0].cells[i], "D9E2F3")
        for row in rows:
            cells = tb.add_row().cells
            for i, v in enumerate(row):
                cell_text(cells[i], v)
            shade(cells[4], colours[row[4]])

    doc.add_heading("Regulation 12: Safe care and treatment (requirement notice)", level=1)
    doc.add_paragraph("The provider must ensure care and treatment is provided in a safe way to patients.")
    action_table([
        ("1.1",
         "Complete a full review of patients prescribed high-risk medicines (methotrexate, lithium and "
         "DOACs) and make sure the required blood monitoring is recorded before prescriptions are "
         "re-authorised.",
         "Clinical Pharmacist", "30/06/2025", "Complete"),
        ("1.2",
         "Introduce a weekly SystmOne search for overdue monitoring, with results reviewed at the "
         "clinical meeting.",
         "Dr S Rahman (Prescribing Lead) / Clinical Pharmacist", "31/07/2025", "Complete"),
        ("1.3",
         "Log, action and evidence all MHRA and CAS safety alerts, including a retrospective search "
         "covering the last 12 months.",
         "Practice Manager", "31/07/2025\nRevised: 30/09/2025", "On track"),
    ])

    doc.add_heading("Regulation 17: Good governance (requirement notice)", level=1)
    doc.add_paragraph("The provider must establish effective systems and processes to ensure good "
                      "governance in accordance with the fundamental standards of care.")
    action_table([
        ("2.1",
         "Set up a practice risk register covering premises, fire safety, legionella and infection "
         "prevention and control, reviewed quarterly at the partners’ meeting.",
         "Practice Manager", "30/09/2025", "On track"),
        ("2.2",
         "Introduce a staff training matrix and make sure all staff complete safeguarding, basic life "
         "support and information governance training to the required level.",
         "Deputy Practice Manager; Nurse Manager", "October 2025", "At risk"),
        ("2.3",
         "Carry out a summarising audit and clear the backlog of new patient records awaiting "
         "summarising.",
         "Summarising Team Lead", "31/12/2025", "On track"),
    ])

    doc.add_heading("Areas where the practice should make improvements", level=1)
    tb = doc.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    for i, h in enumerate(["No.", "CQC said the practice should", "Action", "Lead", "Target date",
                           "Status"]):
        cell_text(tb.rows[0].cells[i], h, bold=True)
        shade(tb.rows[0].cells[i], "D9E2F3")
    for row in [
            ("3.1", "Continue to take action to improve the uptake of cervical screening.",
             "Offer extended-hours smear clinics on Tuesday evenings and Saturday mornings and send text "
             "reminders to patients who have not responded.",
             "Lead Practice Nurse", "Ongoing", "On track"),
            ("3.2", "Take steps to improve patient satisfaction with access to the practice by telephone.",
             "Install a cloud-based telephony system with call-back and queue position messages, and "
             "review the results of the next GP Patient Survey.",
             "Practice Manager", "Nov-25", "On track")]:
        cells = tb.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v)
        shade(cells[5], colours[row[5]])

    doc.add_paragraph("")
    doc.add_heading("Sign-off", level=2)
    s = doc.add_table(rows=1, cols=3)
    s.style = "Table Grid"
    for i, h in enumerate(["Name", "Role", "Date"]):
        cell_text(s.rows[0].cells[i], h, bold=True)
    cells = s.add_row().cells
    for i, v in enumerate(["Dr A Clarke", "Senior Partner and Registered Manager", "15/09/2025"]):
        cell_text(cells[i], v)
    doc.save(out("oy2-hedon-group-practice-cqc-inspection-action-plan.docx"))


# =================================================================
# 5. University of Nottingham - Ofsted ITE improvement plan (docx)
# =================================================================
def nottingham():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("University of Nottingham – Initial Teacher Education (ITE) Improvement Plan "
                    "2024/25", level=0)
    doc.add_paragraph("Following the Ofsted ITE inspection of the secondary phase (4–7 March 2024). "
                      "Plan owner: Director of ITE. Monitored by the ITE Partnership Strategic Board.")
    p = doc.add_paragraph("RAG column shows the position reported to the Strategic Board on "
                          "21 January 2025: blue – complete; green – on track; amber – some slippage; "
                          "red – not on track.")
    p.runs[0].italic = True

    def plan_table(afis):
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Lead(s)", "Timescale", "Success criteria", "RAG"]):
            cell_text(tb.rows[0].cells[i], h, bold=True, color="FFFFFF")
            shade(tb.rows[0].cells[i], "10263B")
        for afi, acts in afis:
            row = tb.add_row()
            merged = row.cells[0].merge(row.cells[5])
            cell_text(merged, afi, bold=True)
            shade(merged, "E7E6E6")
            for (ref, text, lead, when, success, rag) in acts:
                cells = tb.add_row().cells
                for i, v in enumerate([ref, text, lead, when, success, ""]):
                    cell_text(cells[i], v)
                if rag:
                    shade(cells[5], rag)

    doc.add_heading("Secondary phase", level=1)
    plan_table([
        ("1. Leaders should ensure that all mentors are trained well so that they understand the "
         "centre-based curriculum and know how to help trainees apply what they have learned in "
         "their placement schools.", [
             ("1a",
              "Redesign the mentor training programme so that each session is mapped to the "
              "secondary curriculum’s core content and subject-specific components.",
              "Secondary PGCE Course Leader", "Autumn term 2024",
              "All mentor training materials mapped; at least 85% of mentors rate training as useful.",
              BLUE),
             ("1b",
              "Introduce mentor ‘curriculum conversations’ at each placement review point, quality "
              "assured by university link tutors.",
              "Partnership Manager / University Link Tutors", "Sept 2024 – Jan 2025",
              "Curriculum conversations recorded for every trainee at each review point.",
              GREEN),
             ("1c",
              "Track mentor attendance at training and follow up non-attendance with headteachers of "
              "partner schools.",
              "Partnership Manager", "Termly",
              "Mentor attendance at core training above 90%.",
              AMBER),
         ]),
        ("2. Leaders should make sure that trainees in some subjects, including computing and design "
         "and technology, receive enough subject-specific training on how pupils learn in their "
         "subject.", [
             ("2a",
              "Appoint subject specialist associate tutors for computing and design and technology.",
              "Director of ITE", "31 August 2024",
              "Associate tutors in post for the 2024/25 cohort.",
              BLUE),
             ("2b",
              "Revise the subject curriculum sequences for computing and design and technology, with "
              "expert review from the subject associations.",
              "Subject Lead for Computing / Subject Lead for Design and Technology",
              "Spring term 2025",
              "Revised sequences approved by the Curriculum Committee; trainee survey shows improved "
              "confidence.",
              GREEN),
         ]),
    ])

    doc.add_heading("Leadership and management (partnership-wide)", level=1)
    plan_table([
        ("3. Leaders should strengthen their quality assurance of placement schools so that they "
         "identify quickly where trainees’ experiences do not match the intended curriculum.", [
             ("3a",
              "Introduce a placement quality dashboard drawing on trainees’ weekly reviews, mentor "
              "reports and link tutor visits.",
              "Head of School of Education; ITE Data Officer", "By July 2025",
              "Dashboard used at every placement review meeting.",
              RED),
             ("3b",
              "Report placement quality findings to each meeting of the ITE Partnership Strategic "
              "Board.",
              "Director of ITE", "Each Board meeting (termly)",
              "Board minutes show challenge and follow-up of placement issues.",
              GREEN),
         ]),
    ])
    doc.add_paragraph("")
    doc.add_paragraph("Approved by the ITE Partnership Strategic Board on 18 June 2024. "
                      "Next review: Strategic Board, March 2025.")
    doc.save(out("oy2-university-of-nottingham-ofsted-ite-improvement-plan.docx"))


# =================================================================
# 6. East Riding College - quality improvement plan 2025/26 (txt, tab-separated)
# =================================================================
def east_riding():
    lines = [
        "East Riding College – Quality Improvement Plan 2025/26",
        "Arising from the Self-Assessment Report 2024/25. Progress at 5 January 2026.",
        "RAG key: R = off track, A = some slippage, G = on track, B = complete",
        "",
        "\t".join(["Theme", "Area for improvement", "Ref", "Action", "Lead", "Target date", "RAG",
                   "Progress (December 2025)"]),
    ]
    rows = [
        ("Quality of education",
         "Too few apprentices achieve by their planned end date, particularly in engineering.",
         "QE1.1",
         "Introduce monthly progress reviews between assessors and employers using the Smart Assessor "
         "dashboard.",
         "Head of Apprenticeships", "Dec-25", "G",
         "Reviews in place for 84% of apprentices; remaining employers booked for January."),
        ("", "", "QE1.2",
         "Identify all apprentices past their planned end date and agree individual completion plans "
         "with their employers.",
         "Apprenticeship Manager (Engineering)", "31/10/2025", "B",
         "All 23 apprentices have agreed completion plans."),
        ("",
         "Teachers on a minority of study programmes do not check learners’ understanding well enough "
         "before moving on to new topics.",
         "QE2.1",
         "Deliver a CPD programme on assessment for learning and questioning for all teaching staff "
         "during professional development days.",
         "Head of Teaching, Learning and Assessment", "Feb 2026", "G",
         "Two of three CPD days delivered."),
        ("", "", "QE2.2",
         "Use learning walks to monitor the impact of the CPD and provide targeted coaching for "
         "teachers whose practice is below expectations.",
         "Quality Improvement Manager", "Apr 2026", "A",
         "Learning walks started late because of staffing changes in the quality team."),
        ("Behaviour and attitudes",
         "Attendance on English and maths GCSE resit courses remains below the college target of 90%.",
         "BA1.1",
         "Implement same-day follow-up of absence by learner progress coaches for all English and "
         "maths classes.",
         "Head of Learner Services", "Sep-25 – Jul-26", "A",
         "Attendance 84% (target 90%). Follow-up in place at Bridlington; Beverley from January."),
        ("", "", "BA1.2",
         "Report English and maths attendance weekly to curriculum managers and the senior leadership "
         "team.",
         "MIS Manager", "Weekly", "G",
         "Weekly report issued every Monday since September."),
        ("Leadership and management",
         "Governors do not receive sufficiently detailed information about the quality of "
         "subcontracted provision.",
         "LM1.1",
         "Produce a termly subcontractor quality report for the Quality and Standards Committee.",
         "Director of Partnerships", "Termly", "G",
         "First report received by the committee on 27 November 2025."),
        ("", "", "LM1.2",
         "Complete quality assurance visits to all three subcontractors, including observations of "
         "teaching.",
         "Director of Partnerships; Quality Improvement Manager", "31/01/2026", "R",
         "One of three visits completed; the other two are not yet scheduled."),
    ]
    for row in rows:
        lines.append("\t".join(row))
    lines += [
        "",
        "Total actions: 8\tComplete: 1\tOn track: 4\tSome slippage: 2\tOff track: 1",
        "Next review: Quality and Standards Committee, 10 March 2026",
    ]
    with open(out("oy2-east-riding-college-quality-improvement-plan-2025-26.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# =================================================================
# 7. North Yorkshire PFCC - public accountability meeting action log (csv) - REFUSE
# =================================================================
def north_yorkshire_pfcc():
    import csv
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["Police, Fire and Crime Commissioner for North Yorkshire"])
    w.writerow(["Public Accountability Meeting – Action Log"])
    w.writerow(["Last updated: 12/01/2026"])
    w.writerow([])
    w.writerow(["Action No.", "Meeting date", "Service", "Action", "Owner", "Due date", "Status",
                "Update"])
    rows = [
        ("PAM/25/031", "15/07/2025", "Police",
         "Provide a breakdown of 101 call abandonment rates by hour of day for the last six months.",
         "Head of Force Control Room", "September 2025", "Complete",
         "Presented at the September meeting."),
        ("PAM/25/034", "15/07/2025", "Fire",
         "Set out the plan for improving on-call appliance availability at Pateley Bridge and Hawes.",
         "Assistant Chief Fire Officer", "October 2025", "Complete",
         "Plan presented 16 September 2025; monitoring through the performance report."),
        ("PAM/25/040", "16/09/2025", "Police",
         "Report progress against the PEEL area for improvement on investigation standards, including "
         "supervisory review compliance.",
         "Deputy Chief Constable", "November 2025", "In progress",
         "Interim update given in November; full report to the January meeting."),
        ("PAM/25/042", "16/09/2025", "Fire",
         "Share the findings of the Grenfell Tower Inquiry phase 2 gap analysis with the Commissioner.",
         "Chief Fire Officer", "December 2025", "Overdue",
         "Gap analysis complete; awaiting sign-off by the Service Leadership Team."),
        ("PAM/25/047", "18/11/2025", "Police",
         "Provide an update on the implementation of Right Care, Right Person phase 3.",
         "ACC Local Policing", "Febuary 2026", "Open", ""),
        ("PAM/25/049", "18/11/2025", "Police",
         "Confirm the timeline for the new crime recording system go-live and the associated training.",
         "Chief Information Officer", "March 2026", "Open", ""),
        ("PAM/25/051", "18/11/2025", "Fire",
         "Present the outcome of the Risk and Resource Model consultation.",
         "Chief Fire Officer", "January 2026", "Open", "On the agenda for 20 January 2026."),
        ("PAM/25/053", "18/11/2025", "OPFCC",
         "Agree the timeline for the joint police and fire estates strategy.",
         "Chief Executive (OPFCC) / Director of Estates", "March 2026", "Open", ""),
    ]
    for row in rows:
        w.writerow(row)
    w.writerow([])
    w.writerow(["Status: Open = not yet due; In progress = partly reported; Overdue = past due date; "
                "Complete = to be closed at next meeting"])
    with open(out("oy2-north-yorkshire-pfcc-public-accountability-meeting-action-log-typo-month-refuse.csv"),
              "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


if __name__ == "__main__":
    essex()
    rotherham()
    yorkshire_housing()
    hedon()
    nottingham()
    east_riding()
    north_yorkshire_pfcc()
    print("built 7 files in", HERE)
