"""Build the seven zvk- blind test files (set heldout647).

Run with: /work/main/.venv/bin/python zvk_make.py
Writes only files whose names start with "zvk-" into this script's folder.
Each data structure also carries the expected reading of each action
(end month, end_text, status) used by the separate expected-YAML writer.
"""
import csv
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

RAG_FILL = {
    "R": "FF0000",
    "A": "FFC000",
    "G": "00B050",
    "B": "0070C0",
    "GREY": "BFBFBF",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def D(y, m, d):
    return dt.datetime(y, m, d)


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def path(name):
    assert name.startswith("zvk-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Norfolk Safeguarding Adults Board - risk register (xlsx)
# ---------------------------------------------------------------------------
NORFOLK_FILE = "zvk-norfolk-safeguarding-adults-board-risk-register-2025-26.xlsx"
NORFOLK_TITLE = "Norfolk Safeguarding Adults Board – Risk Register 2025-26"

# Each risk: ref, description, owner, L, I, actions
# action: ref, text, owner, target, revised, status_cell(text or None), fill_key, exp(end, end_text, status, lead)
NORFOLK_RISKS = [
    ("NSAB-01",
     "Partner agencies are unable to release staff to complete Safeguarding Adults Reviews within the timescales in the SAR protocol, delaying learning.",
     "Chair, SAR Group", 4, 3, [
         ("1.1", "Agree a pool of trained SAR panel members from health, police and adult social care.",
          "NSAB Business Manager", D(2025, 9, 30), None, "B", "B",
          dict(end="2025-09", status="blue", lead=["NSAB Business Manager"])),
         ("1.2", "Set up a call-off arrangement with two independent reviewers so that a review can start within 8 weeks of a SAR decision.",
          "NSAB Business Manager; NCC Procurement Team", D(2025, 12, 31), None, "A", "A",
          dict(end="2025-12", status="amber", lead=["NSAB Business Manager", "NCC Procurement Team"])),
         ("1.3", "Report SAR timeliness to every Executive Group meeting and escalate exceptions to the Independent Chair.",
          "Chair, SAR Group", "Quarterly", None, "G", "G",
          dict(end=None, end_text="Quarterly", status="green", lead=["Chair, SAR Group"])),
     ]),
    ("NSAB-02",
     "Contributions from statutory partners do not keep pace with rising costs, leaving the 2026-27 business plan unfunded.",
     "Independent Chair", 3, 4, [
         ("2.1", "Present a costed 2026-27 budget proposal to the three statutory partners.",
          "Independent Chair / NSAB Business Manager", D(2025, 11, 30), D(2026, 1, 31), "A", "A",
          dict(end="2026-01", status="amber", lead=["Independent Chair", "NSAB Business Manager"])),
         ("2.2", "Compare the Board's funding formula with the contributions made to other Safeguarding Adults Boards in the Eastern region.",
          "NSAB Business Manager", D(2025, 10, 31), None, "B", "B",
          dict(end="2025-10", status="blue", lead=["NSAB Business Manager"])),
     ]),
    ("NSAB-03",
     "Learning from SARs is not embedded in frontline practice, so the same themes (self-neglect, transitions, hoarding) recur in new referrals.",
     "Chair, Learning and Development Group", 4, 4, [
         ("3.1", "Publish a 7-minute briefing for each SAR within one month of the report being published.",
          "Chair, Learning and Development Group", "Ongoing", None, "G", "G",
          dict(end=None, end_text="Ongoing", status="green", lead=["Chair, Learning and Development Group"])),
         ("3.2", "Carry out a multi-agency audit of 20 self-neglect cases and report the findings to the Board.",
          "Head of Safeguarding, NCC Adult Social Services; Designated Nurse Safeguarding Adults, NHS Norfolk and Waveney ICB",
          D(2026, 3, 31), None, "G", "G",
          dict(end="2026-03", status="green",
               lead=["Head of Safeguarding, NCC Adult Social Services",
                     "Designated Nurse Safeguarding Adults, NHS Norfolk and Waveney ICB"])),
         ("3.3", "Refresh the multi-agency self-neglect and hoarding guidance.",
          "Policy and Procedures Group", D(2025, 7, 31), D(2025, 10, 31), "R", "R",
          dict(end="2025-10", status="red", lead=["Policy and Procedures Group"])),
     ]),
    ("NSAB-04",
     "Performance data from partners is incomplete or late, so the Board cannot assure itself about the quality of safeguarding practice.",
     "Chair, Performance and Quality Group", 3, 3, [
         ("4.1", "Agree a revised multi-agency dataset with partners, including Making Safeguarding Personal measures.",
          "Chair, Performance and Quality Group", D(2025, 6, 30), None, "B", "B",
          dict(end="2025-06", status="blue", lead=["Chair, Performance and Quality Group"])),
         ("4.2", "Introduce a quarterly deadline for data returns and report any partner that misses it to the Executive Group.",
          "NSAB Business Manager", D(2025, 12, 31), None, None, "G",
          dict(end="2025-12", status="green", lead=["NSAB Business Manager"])),
         ("4.3", "Build a Power BI dashboard of the multi-agency dataset for Board members.",
          "NCC Business Intelligence and Performance Service", D(2026, 3, 31), None, None, None,
          dict(end="2026-03", status="unrated", lead=["NCC Business Intelligence and Performance Service"])),
     ]),
]


def make_norfolk():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover and key"
    ws["A1"] = "Norfolk Safeguarding Adults Board"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Board Risk Register 2025-26"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A4"] = "Document control"
    ws["A4"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Comments"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BOX
    rows = [
        ("v1.0", D(2025, 4, 10), "NSAB Business Manager", "Agreed by NSAB Executive Group"),
        ("v1.2", D(2025, 7, 3), "NSAB Business Manager", "Q1 review"),
        ("v1.3", D(2025, 10, 2), "NSAB Business Manager", "Q2 review – scores and actions updated"),
    ]
    for r, row in enumerate(rows, 6):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    ws["A10"] = "Risk scoring (Likelihood x Impact)"
    ws["A10"].font = Font(bold=True)
    ws["A11"] = "1 – 4"
    ws["B11"] = "Low"
    ws["B11"].fill = fill("92D050")
    ws["A12"] = "5 – 12"
    ws["B12"] = "Medium"
    ws["B12"].fill = fill("FFC000")
    ws["A13"] = "15 – 25"
    ws["B13"] = "High"
    ws["B13"].fill = fill("FF0000")
    ws["A15"] = "Action status key"
    ws["A15"].font = Font(bold=True)
    key = [("B", "Complete"), ("G", "On track"), ("A", "At risk of slipping"), ("R", "Overdue / off track")]
    for r, (k, txt) in enumerate(key, 16):
        ws.cell(row=r, column=1, value=k).fill = fill(RAG_FILL[k])
        ws.cell(row=r, column=2, value=txt)
    ws["A21"] = "Blank status = action not yet started."
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 26
    ws.column_dimensions["D"].width = 40

    ws2 = wb.create_sheet("Risk Register")
    ws2["A1"] = NORFOLK_TITLE
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.merge_cells("A1:L1")
    ws2["A2"] = "Q2 review – reported to NSAB Executive Group, 16 October 2025"
    ws2["A2"].font = Font(italic=True)
    ws2.merge_cells("A2:L2")
    headers = ["Risk ref", "Risk description", "Risk owner", "L", "I", "Current score",
               "Action ref", "Mitigating action", "Action owner", "Target date", "Revised date", "Status"]
    for c, h in enumerate(headers, 1):
        cell = ws2.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for ref, desc, owner, L, I, actions in NORFOLK_RISKS:
        first = r
        for (aref, text, aowner, target, revised, stxt, fkey, exp) in actions:
            vals = {7: aref, 8: text, 9: aowner, 10: target, 11: revised, 12: stxt}
            for c in range(1, 13):
                cell = ws2.cell(row=r, column=c)
                cell.border = BOX
                cell.alignment = WRAP
            for c, v in vals.items():
                if v is None:
                    continue
                cell = ws2.cell(row=r, column=c, value=v)
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if fkey:
                ws2.cell(row=r, column=12).fill = fill(RAG_FILL[fkey])
                ws2.cell(row=r, column=12).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        last = r - 1
        score = L * I
        for c, v in zip(range(1, 7), [ref, desc, owner, L, I, score]):
            ws2.cell(row=first, column=c, value=v)
        sc = ws2.cell(row=first, column=6)
        sc.fill = fill("FF0000" if score >= 15 else "FFC000" if score >= 5 else "92D050")
        for c in range(1, 7):
            if last > first:
                ws2.merge_cells(start_row=first, start_column=c, end_row=last, end_column=c)
    r += 1
    ws2.cell(row=r, column=1, value="Scores are current (residual) scores after existing controls. "
             "Closed risks are held on the NSAB SharePoint site.").font = Font(italic=True)
    widths = [10, 42, 20, 5, 5, 9, 8, 52, 30, 12, 12, 8]
    for i, w in enumerate(widths, 1):
        ws2.column_dimensions[get_column_letter(i)].width = w
    ws2.freeze_panes = "A5"

    ws3 = wb.create_sheet("Heat map")
    ws3["A1"] = "Current risk heat map – Q2 2025-26"
    ws3["A1"].font = Font(bold=True)
    ws3["A3"] = "Impact →  /  Likelihood ↓"
    for i in range(1, 6):
        ws3.cell(row=3, column=1 + i, value=i)
        ws3.cell(row=3 + i, column=1, value=6 - i)
    placed = {(4, 3): "NSAB-01", (3, 4): "NSAB-02", (4, 4): "NSAB-03", (3, 3): "NSAB-04"}
    for (L, I), ref in placed.items():
        ws3.cell(row=3 + (6 - L), column=1 + I, value=ref)
    wb.save(path(NORFOLK_FILE))


# ---------------------------------------------------------------------------
# 2. Safer Leeds - Serious Violence Duty delivery plan (xlsx)
# ---------------------------------------------------------------------------
LEEDS_FILE = "zvk-safer-leeds-serious-violence-duty-delivery-plan-2025-26.xlsx"
LEEDS_TITLE = "Safer Leeds – Serious Violence Duty Strategy 2024-2027"

# rows: ("P", text) priority heading; ("O", text) outcome heading;
# ("A", ref, text, leads, timescale, update, q1, q2, exp)
LEEDS_ROWS = [
    ("P", "Priority 1: Preventing violence affecting children and young people"),
    ("O", "Outcome 1.1: Fewer young people are drawn into violence"),
    ("A", "1.1.1", "Extend the youth work in A&E programme to both Leeds General Infirmary and St James's University Hospital",
     "Leeds Youth Justice Service / West Yorkshire Violence Reduction Partnership", "Q3 2025/26",
     "Funding confirmed by the VRP. Youth workers in post at LGI; St James's service starts in November.", "G", "G",
     dict(end="2025-12", status="green",
          lead=["Leeds Youth Justice Service", "West Yorkshire Violence Reduction Partnership"])),
    ("A", "1.1.2", "Deliver weapon awareness sessions in every secondary school in the three priority wards",
     "Safer Schools Officers (WYP)", "Summer term 2026",
     "14 of 19 schools booked for the autumn term.", "G", "G",
     dict(end="2026-07", end_text="Summer term 2026", status="green", lead=["Safer Schools Officers (WYP)"])),
    ("O", "Outcome 1.2: Children at risk of exploitation are identified early and supported"),
    ("A", "1.2.1", "Embed the contextual safeguarding approach in the Front Door and the Early Help Hubs",
     "Head of Service, Front Door Safeguarding Hub", "March 2026",
     "Practice guidance issued; training for hub staff under way.", "A", "G",
     dict(end="2026-03", status="green", lead=["Head of Service, Front Door Safeguarding Hub"])),
    ("A", "1.2.2", "Review the terms of reference and membership of the Multi-Agency Child Exploitation (MACE) panel",
     "Chair of the MACE Panel", "July 2025",
     "Revised terms of reference agreed by the Leeds Safeguarding Children Partnership in July.", "G", "B",
     dict(end="2025-07", status="blue", lead=["Chair of the MACE Panel"])),
    ("P", "Priority 2: Tackling violence against women and girls"),
    ("A", "2.1", "Run a second cohort of the domestic abuse perpetrator programme, open to self-referrals",
     "Domestic Violence and Abuse Lead, Safer Leeds; Probation Service (Leeds PDU)", "Q4 2025/26",
     "Referral pathway agreed. Cohort smaller than planned because of facilitator vacancies.", "A", "A",
     dict(end="2026-03", status="amber",
          lead=["Domestic Violence and Abuse Lead, Safer Leeds", "Probation Service (Leeds PDU)"])),
    ("A", "2.2", "Launch the Leeds Night Safety Charter with licensed premises in the city centre",
     "Night-Time Economy Lead, Safer Leeds", "November 2025",
     "Launch delayed pending Licensing Committee approval of the charter standards.", "G", "R",
     dict(end="2025-11", status="red", lead=["Night-Time Economy Lead, Safer Leeds"])),
    ("A", "2.3", "Commission specialist support for victims of stalking aged 16 to 25",
     "Head of Commissioning, Safer Leeds", "Ongoing",
     "Provider in place; 37 referrals in Q2.", "G", "G",
     dict(end=None, end_text="Ongoing", status="green", lead=["Head of Commissioning, Safer Leeds"])),
    ("P", "Priority 3: Safer places and spaces"),
    ("O", "Outcome 3.1: Violence with injury falls in the highest-harm locations"),
    ("A", "3.1.1", "Put problem-solving plans in place for the five highest-harm locations named in the Strategic Needs Assessment",
     "Neighbourhood Policing Inspector, Leeds District / Safer Leeds Locality Manager", D(2025, 12, 31),
     "Plans in place for four locations; fifth agreed at October tasking.", "A", "G",
     dict(end="2025-12", status="green",
          lead=["Neighbourhood Policing Inspector, Leeds District", "Safer Leeds Locality Manager"])),
    ("A", "3.1.2", "Install additional CCTV and street lighting in Kirkgate and Briggate following the safety audit",
     "LeedsWatch Manager", "Q2 2025/26",
     "Six cameras and new lighting installed in September.", "G", "B",
     dict(end="2025-09", status="blue", lead=["LeedsWatch Manager"])),
    ("A", "3.1.3", "Refresh the Strategic Needs Assessment with 2025 data and publish a summary",
     "Safer Leeds Intelligence Manager", "January 2026",
     "", None, None,
     dict(end="2026-01", status="unrated", lead=["Safer Leeds Intelligence Manager"])),
]


def make_leeds():
    wb = Workbook()
    ws = wb.active
    ws.title = "Introduction"
    lines = [
        ("Safer Leeds", True),
        ("Serious Violence Duty – Delivery Plan 2025/26", True),
        ("", False),
        ("This plan sets out the actions partners will take in year two of the Serious Violence Duty Strategy 2024-2027.", False),
        ("Progress is reviewed quarterly by the Serious Violence Delivery Group and reported to the Safer Leeds Executive.", False),
        ("", False),
        ("RAG key", True),
    ]
    for i, (t, b) in enumerate(lines, 1):
        ws.cell(row=i, column=1, value=t or None).font = Font(bold=b)
    key = [("R", "Not on track – significant risk to delivery"),
           ("A", "Some slippage – being managed"),
           ("G", "On track"),
           ("B", "Complete")]
    for i, (k, t) in enumerate(key, 8):
        c = ws.cell(row=i, column=1, value=k)
        c.fill = fill(RAG_FILL[k])
        ws.cell(row=i, column=2, value=t)
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 50

    ws2 = wb.create_sheet("Delivery Plan 2025-26")
    ws2["A1"] = LEEDS_TITLE
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Year 2 Delivery Plan 2025/26 – Q2 progress report (July to September 2025)"
    ws2["A2"].font = Font(bold=True)
    headers = ["Ref", "Action", "Lead(s)", "Timescale", "Q2 progress update", "Q1 RAG", "Q2 RAG"]
    for c, h in enumerate(headers, 1):
        cell = ws2.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.border = BOX
        cell.alignment = WRAP
    r = 5
    for row in LEEDS_ROWS:
        if row[0] in ("P", "O"):
            cell = ws2.cell(row=r, column=1, value=row[1])
            cell.font = Font(bold=True, color="FFFFFF" if row[0] == "P" else "000000")
            cell.fill = fill("7030A0" if row[0] == "P" else "E4DFEC")
            ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            _, ref, text, leads, ts, upd, q1, q2, exp = row
            vals = [ref, text, leads, ts, upd or None, q1, q2]
            for c, v in enumerate(vals, 1):
                cell = ws2.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            for c, k in ((6, q1), (7, q2)):
                if k:
                    ws2.cell(row=r, column=c).fill = fill(RAG_FILL[k])
                    ws2.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws2.cell(row=r, column=1, value="Summary of Q2 RAG ratings").font = Font(bold=True)
    q2 = [row[7] for row in LEEDS_ROWS if row[0] == "A"]
    summary = [("B", "Complete", q2.count("B")), ("G", "On track", q2.count("G")),
               ("A", "Some slippage", q2.count("A")), ("R", "Not on track", q2.count("R")),
               (None, "Not yet rated", q2.count(None))]
    for k, label, n in summary:
        r += 1
        c = ws2.cell(row=r, column=1, value=k)
        if k:
            c.fill = fill(RAG_FILL[k])
        ws2.cell(row=r, column=2, value=label)
        ws2.cell(row=r, column=3, value=n)
    r += 1
    ws2.cell(row=r, column=2, value="Total actions")
    ws2.cell(row=r, column=3, value=len(q2))
    r += 2
    ws2.cell(row=r, column=1, value="Note: RAG ratings are agreed at the Serious Violence Delivery Group. "
             "See the Introduction tab for the key.").font = Font(italic=True)
    widths = [8, 55, 34, 16, 48, 8, 8]
    for i, w in enumerate(widths, 1):
        ws2.column_dimensions[get_column_letter(i)].width = w
    wb.save(path(LEEDS_FILE))


# ---------------------------------------------------------------------------
# 3. Derbyshire County Council - SEND improvement programme highlight report (xlsx)
# ---------------------------------------------------------------------------
DERBY_FILE = "zvk-derbyshire-county-council-send-improvement-programme-highlight-report.xlsx"
DERBY_TITLE = "SEND Improvement Programme – Highlight Report"

STATUS_FILL = {"On track": "00B050", "At risk": "FFC000", "Off track": "FF0000", "Complete": "0070C0"}

# ("W", heading) or ("M", ref, milestone, lead, original, revised, status_text, fill, commentary, exp)
DERBY_ROWS = [
    ("W", "Workstream 1: Timeliness and quality of EHC plans"),
    ("M", "1.1", "Clear the backlog of EHC needs assessments open for more than 20 weeks",
     "Head of SEND Assessment and Review", D(2025, 9, 30), D(2026, 1, 31), "At risk", "At risk",
     "Backlog down from 412 to 236. Recovery trajectory agreed with DfE adviser.",
     dict(end="2026-01", status="amber", lead=["Head of SEND Assessment and Review"])),
    ("M", "1.2", "Introduce a quality assurance framework for new EHC plans, with monthly multi-agency audits",
     "Principal Educational Psychologist; Designated Clinical Officer", D(2025, 10, 31), None, "Complete", "Complete",
     "Framework launched 6 October; first audit cycle completed.",
     dict(end="2025-10", status="blue",
          lead=["Principal Educational Psychologist", "Designated Clinical Officer"])),
    ("M", "1.3", "Recruit to six additional SEND case officer posts",
     "Head of SEND Assessment and Review", D(2025, 12, 31), None, "On track", "On track",
     "Four appointed; two posts re-advertised.",
     dict(end="2025-12", status="green", lead=["Head of SEND Assessment and Review"])),
    ("W", "Workstream 2: Inclusion and specialist provision"),
    ("M", "2.1", "Open 60 additional enhanced resource places in mainstream schools",
     "Assistant Director – Education Improvement and Inclusion", D(2025, 9, 30), D(2026, 4, 30), "Off track", "Off track",
     "Capital works delayed at two schools. 24 places open.",
     dict(end="2026-04", status="red", lead=["Assistant Director – Education Improvement and Inclusion"])),
    ("M", "2.2", "Publish the Ordinarily Available Inclusive Provision guidance for schools and settings",
     "SEND Inclusion Lead", D(2025, 7, 31), None, "Complete", "Complete",
     "Published on the Local Offer in July.",
     dict(end="2025-07", status="blue", lead=["SEND Inclusion Lead"])),
    ("W", "Workstream 3: Preparing for adulthood"),
    ("M", "3.1", "Agree a joint transitions protocol between children's services and adult social care for young people aged 14 to 25",
     "Head of Service, Preparing for Adulthood / Service Manager, Adult Care Transitions", D(2026, 3, 31), None,
     "On track", "On track", "Draft protocol out for consultation with partners.",
     dict(end="2026-03", status="green",
          lead=["Head of Service, Preparing for Adulthood", "Service Manager, Adult Care Transitions"])),
    ("M", "3.2", "Provide supported internships for 30 young people with EHC plans",
     "Employment and Skills Manager", "Summer term 2026", None, "On track", "On track",
     "22 internships confirmed with local employers.",
     dict(end="2026-07", end_text="Summer term 2026", status="green", lead=["Employment and Skills Manager"])),
    ("W", "Workstream 4: Co-production and communication"),
    ("M", "4.1", "Co-produce a new Local Offer website with Derbyshire Parent Carer Voice",
     "Local Offer Manager & Derbyshire Parent Carer Voice", D(2026, 1, 31), None, "At risk", "At risk",
     "Supplier procurement took longer than planned; test site due in December.",
     dict(end="2026-01", status="amber", lead=["Local Offer Manager", "Derbyshire Parent Carer Voice"])),
    ("M", "4.2", "Hold 'Let's Talk SEND' engagement events for families in each locality",
     "SEND Communications and Engagement Officer", "Termly", None, None, "On track",
     "Autumn events held in Buxton, Ripley and Chesterfield.",
     dict(end=None, end_text="Termly", status="green", lead=["SEND Communications and Engagement Officer"])),
]


def make_derby():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight report"
    ws["A1"] = "Derbyshire County Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = DERBY_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    info = [
        ("Reporting period:", "1 – 31 October 2025"),
        ("Report to:", "SEND Strategic Partnership Board, 18 November 2025"),
        ("Senior Responsible Owner:", "Executive Director – Children's Services"),
        ("Programme Manager:", "R. Patel"),
        ("Overall programme status:", "AMBER"),
    ]
    for i, (a, b) in enumerate(info, 4):
        ws.cell(row=i, column=1, value=a).font = Font(bold=True)
        ws.cell(row=i, column=2, value=b)
    ws["B8"].fill = fill("FFC000")
    ws["B8"].font = Font(bold=True)
    ws["A10"] = "Key achievements this period"
    ws["A10"].font = Font(bold=True)
    ws["A11"] = ("• EHC plan quality assurance framework launched and first audit cycle completed\n"
                 "• Four new SEND case officers started in post\n"
                 "• Autumn 'Let's Talk SEND' events held in three localities")
    ws.merge_cells("A11:F11")
    ws["A11"].alignment = WRAP
    ws.row_dimensions[11].height = 48
    ws["A13"] = "Focus for next period"
    ws["A13"].font = Font(bold=True)
    ws["A14"] = ("• Agree revised capital timetable for enhanced resource places\n"
                 "• Test version of the new Local Offer website")
    ws.merge_cells("A14:F14")
    ws["A14"].alignment = WRAP
    ws.row_dimensions[14].height = 32
    ws["A16"] = "Workstream status summary"
    ws["A16"].font = Font(bold=True)
    for c, h in enumerate(["Workstream", "Workstream lead", "Last period", "This period"], 1):
        cell = ws.cell(row=17, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BOX
    summ = [
        ("1. Timeliness and quality of EHC plans", "Head of SEND Assessment and Review", "Amber", "Amber"),
        ("2. Inclusion and specialist provision", "Assistant Director – Education Improvement and Inclusion", "Amber", "Red"),
        ("3. Preparing for adulthood", "Head of Service, Preparing for Adulthood", "Green", "Green"),
        ("4. Co-production and communication", "Local Offer Manager", "Green", "Amber"),
    ]
    colmap = {"Amber": "FFC000", "Red": "FF0000", "Green": "00B050"}
    for i, row in enumerate(summ, 18):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=i, column=c, value=v)
            cell.border = BOX
            if c >= 3:
                cell.fill = fill(colmap[v])
    ws["A23"] = ("Status key: On track = Green; At risk = Amber; Off track = Red; Complete = Blue. "
                 "Milestone detail is on the 'Milestones' tab.")
    ws["A23"].font = Font(italic=True)
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 52
    ws.column_dimensions["C"].width = 12
    ws.column_dimensions["D"].width = 12

    ws2 = wb.create_sheet("Milestones")
    ws2["A1"] = "SEND Improvement Programme – milestone tracker, October 2025"
    ws2["A1"].font = Font(bold=True, size=12)
    headers = ["Ref", "Milestone", "Lead officer", "Original due date", "Revised due date", "Status", "Commentary"]
    for c, h in enumerate(headers, 1):
        cell = ws2.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("003366")
        cell.border = BOX
        cell.alignment = WRAP
    r = 4
    for row in DERBY_ROWS:
        if row[0] == "W":
            cell = ws2.cell(row=r, column=1, value=row[1])
            cell.font = Font(bold=True)
            cell.fill = fill("D9E1F2")
            ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            _, ref, text, lead, orig, rev, stxt, fkey, comm, exp = row
            vals = [ref, text, lead, orig, rev, stxt, comm]
            for c, v in enumerate(vals, 1):
                cell = ws2.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            ws2.cell(row=r, column=6).fill = fill(STATUS_FILL[fkey])
        r += 1
    r += 1
    ws2.cell(row=r, column=1, value="Revised dates were agreed by the SEND Strategic Partnership Board on "
             "16 September 2025.").font = Font(italic=True)
    widths = [7, 52, 40, 12, 12, 11, 46]
    for i, w in enumerate(widths, 1):
        ws2.column_dimensions[get_column_letter(i)].width = w
    wb.save(path(DERBY_FILE))


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


def set_cell(cell, text, bold=False, size=None):
    """Write text into a cell; inner '\n' become separate paragraphs."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i > 0:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def header_row(table, headers, colour="1F3864"):
    for i, h in enumerate(headers):
        c = table.rows[0].cells[i]
        set_cell(c, h, bold=True)
        shade(c, colour)
        for run in c.paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


# ---------------------------------------------------------------------------
# 4. Cornwall Council - Annual Governance Statement action plan (docx)
# ---------------------------------------------------------------------------
CORNWALL_FILE = "zvk-cornwall-council-annual-governance-statement-2024-25-action-plan.docx"
CORNWALL_TITLE = "Annual Governance Statement 2024/25 – Significant Governance Issues Action Plan"

CW_RAG = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}

CORNWALL_ISSUES = [
    ("Issue 1: Medium Term Financial Strategy and use of reserves",
     "The 2024/25 review found that the Council relied on one-off reserves to balance the budget and that savings "
     "for later years of the Medium Term Financial Strategy had not all been identified.",
     [("1.1", "Set a balanced Medium Term Financial Strategy for 2026/27 to 2029/30, with savings proposals identified for each year.",
       "Service Director – Finance (S151 Officer)", "February 2026",
       "Budget proposals considered by Cabinet in October; consultation closes in December.", "Green",
       dict(end="2026-02", status="green", lead=["Service Director – Finance (S151 Officer)"])),
      ("1.2", "Set a minimum level of General Fund reserves and report the position against it in each quarterly budget monitoring report.",
       "Service Director – Finance (S151 Officer)", "Quarterly",
       "Minimum level of £25m agreed in the 2025/26 budget. Reported at Q1 and Q2.", "Green",
       dict(end=None, end_text="Quarterly", status="green", lead=["Service Director – Finance (S151 Officer)"])),
      ("1.3", "Review the capital programme and remove or reprofile schemes that are no longer affordable.",
       "Head of Capital and Investment; Service Director – Finance (S151 Officer)",
       "30 September 2025\nRevised: 31 January 2026",
       "Review of 2025/26 schemes complete. Later years will be reviewed with the MTFS.", "Amber",
       dict(end="2026-01", status="amber",
            lead=["Head of Capital and Investment", "Service Director – Finance (S151 Officer)"])),
      ]),
    ("Issue 2: High Needs Block deficit",
     "The Dedicated Schools Grant High Needs Block deficit continued to grow during 2024/25 and the statutory override "
     "is due to end in March 2028.",
     [("2.1", "Deliver the actions in the Delivering Better Value in SEND plan agreed with the Department for Education.",
       "Service Director – Education", "March 2026",
       "Most workstreams on track; the sufficiency workstream is behind schedule.", "Amber",
       dict(end="2026-03", status="amber", lead=["Service Director – Education"])),
      ("2.2", "Report the High Needs Block deficit recovery position to Cabinet each quarter.",
       "Service Director – Finance (S151 Officer)", "Ongoing",
       "Included in the quarterly financial performance report.", "Green",
       dict(end=None, end_text="Ongoing", status="green", lead=["Service Director – Finance (S151 Officer)"])),
      ]),
    ("Issue 3: Information governance and cyber security",
     "Internal Audit gave limited assurance on ICT disaster recovery, and completion of mandatory data protection "
     "training was below target.",
     [("3.1", "Achieve compliance with the Public Services Network (PSN) Code of Connection.",
       "Chief Information Officer", "31 December 2025",
       "Remediation of the IT health check findings is under way.", "Green",
       dict(end="2025-12", status="green", lead=["Chief Information Officer"])),
      ("3.2", "Increase completion of mandatory data protection e-learning to 95% of staff.",
       "Data Protection Officer / Head of HR Operations", "June 2025",
       "96% completion at 30 June 2025. Action closed.", "Blue",
       dict(end="2025-06", status="blue", lead=["Data Protection Officer", "Head of HR Operations"])),
      ("3.3", "Test the ICT disaster recovery plan and report the results to the Audit Committee.",
       "Chief Information Officer", "Q4 2025/26",
       "Test not yet scheduled; dependent on the data centre move.", "Red",
       dict(end="2026-03", status="red", lead=["Chief Information Officer"])),
      ]),
    ("Issue 4: Governance of council-owned companies",
     "The review of effectiveness highlighted that shareholder oversight arrangements had not been reviewed since 2019.",
     [("4.1", "Complete the review of shareholder governance arrangements for the Council's wholly owned companies.",
       "Monitoring Officer", "October 2025",
       "Revised shareholder framework approved by Cabinet on 15 October 2025.", "Blue",
       dict(end="2025-10", status="blue", lead=["Monitoring Officer"])),
      ("4.2", "Appoint independent non-executive directors to the boards of the Council's two largest companies.",
       "Chief Executive; Monitoring Officer", "April 2026",
       "Recruitment pack drafted; appointment panel to be agreed.", "Amber",
       dict(end="2026-04", status="amber", lead=["Chief Executive", "Monitoring Officer"])),
      ]),
]


def make_cornwall():
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Cornwall Council")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_heading(CORNWALL_TITLE, level=1)
    doc.add_paragraph("Progress update for the Audit Committee – 27 November 2025")

    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Change"], "595959")
    for row in [("1.0", "24/07/2025", "Head of Governance and Risk", "Action plan agreed with the AGS"),
                ("1.1", "13/11/2025", "Head of Governance and Risk", "Progress at November 2025 added")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)

    doc.add_heading("Introduction", level=2)
    doc.add_paragraph(
        "The Annual Governance Statement 2024/25 identified four significant governance issues. This document sets "
        "out the actions agreed to address each issue, the officer responsible and progress to date.")

    doc.add_paragraph().add_run("RAG status key").bold = True
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for col, meaning in [("Blue", "Action complete"), ("Green", "On track to meet target date"),
                         ("Amber", "Some slippage – revised date agreed or at risk"),
                         ("Red", "Off track or not started")]:
        cells = k.add_row().cells
        set_cell(cells[0], col, bold=True)
        shade(cells[0], CW_RAG[col])
        set_cell(cells[1], meaning)

    for heading, intro, actions in CORNWALL_ISSUES:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(intro)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Responsible officer", "Target date", "Progress at November 2025", "RAG"])
        for ref, text, officer, target, prog, rag, exp in actions:
            cells = t.add_row().cells
            for i, v in enumerate([ref, text, officer, target, prog, rag]):
                set_cell(cells[i], v, size=10)
            shade(cells[5], CW_RAG[rag])

    doc.add_heading("Sign-off", level=2)
    doc.add_paragraph("We will monitor the delivery of these actions through the Audit Committee during 2025/26.")
    s = doc.add_table(rows=2, cols=2)
    s.style = "Table Grid"
    set_cell(s.rows[0].cells[0], "Leader of the Council")
    set_cell(s.rows[0].cells[1], "Chief Executive")
    set_cell(s.rows[1].cells[0], "Signed: ................  Date: ........")
    set_cell(s.rows[1].cells[1], "Signed: ................  Date: ........")
    doc.save(path(CORNWALL_FILE))


# ---------------------------------------------------------------------------
# 5. West Sussex Safeguarding Adults Board - strategic plan delivery plan (docx)
# ---------------------------------------------------------------------------
WSX_FILE = "zvk-west-sussex-safeguarding-adults-board-strategic-plan-delivery-plan-2025-26.docx"
WSX_TITLE = "Strategic Plan 2024-2027: Delivery Plan 2025-26"

WSX_KEY = [("00B050", "Complete"), ("FFC000", "In progress"), ("FF0000", "Delayed / at risk"),
           ("BFBFBF", "Not yet started")]
WSX_COL = {"green": "00B050", "amber": "FFC000", "red": "FF0000", "grey": "BFBFBF"}

# ("P", heading) or ("A", no, what, measure, lead, when, progress, colour, exp)
WSX_ROWS = [
    ("P", "Priority 1: Prevention – stopping abuse and neglect before it happens"),
    ("A", "1", "Deliver awareness sessions on financial abuse and scams for community groups and carers",
     "Number of sessions and people reached; feedback shows people feel more confident to spot scams",
     "Trading Standards; Carers Support West Sussex", "March 2026",
     "9 sessions held, 212 people reached.", "amber",
     dict(end="2026-03", status="amber", lead=["Trading Standards", "Carers Support West Sussex"])),
    ("A", "2", "Publish an easy-read guide to raising a safeguarding concern, co-produced with the Board's Lived Experience Group",
     "Guide published and shared by all partners",
     "WSSAB Communications Officer", "July 2025",
     "Published on the WSSAB website in July.", "green",
     dict(end="2025-07", status="blue", lead=["WSSAB Communications Officer"])),
    ("P", "Priority 2: Making Safeguarding Personal – listening to adults and acting on what they tell us"),
    ("A", "3", "Audit a sample of section 42 enquiries to check whether the adult's desired outcomes were recorded and met",
     "Audit report to the Board; increase in the proportion of outcomes fully or partly met",
     "Chair, Quality Assurance Subgroup", "December 2025",
     "Audit tool agreed; 40 cases selected.", "amber",
     dict(end="2025-12", status="amber", lead=["Chair, Quality Assurance Subgroup"])),
    ("A", "4", "Introduce a feedback survey for adults and families when a safeguarding enquiry closes",
     "Response rate; themes from feedback reported to the Board",
     "Head of Safeguarding, WSCC Adults' Services", "By 31 January 2026",
     "", "grey",
     dict(end="2026-01", status="unrated", lead=["Head of Safeguarding, WSCC Adults' Services"])),
    ("P", "Priority 3: Learning from Safeguarding Adults Reviews"),
    ("A", "5", "Hold a practitioner learning event on the findings of the thematic review of self-neglect",
     "Attendance from all partner agencies; post-event survey",
     "Chair, SAR Subgroup", "November 2025",
     "Event postponed because the venue was unavailable; new date being sought.", "red",
     dict(end="2025-11", status="red", lead=["Chair, SAR Subgroup"])),
    ("A", "6", "Track partner actions from published SARs and report exceptions to the Executive Group",
     "All SAR actions have an owner and date; overdue actions escalated",
     "WSSAB Business Manager", "Quarterly",
     "Tracker reviewed at each Executive Group.", "amber",
     dict(end=None, end_text="Quarterly", status="amber", lead=["WSSAB Business Manager"])),
    ("A", "7", "Evaluate the impact of the 2024 learning briefings through a practitioner survey",
     "Survey results show briefings are used in supervision and team meetings",
     "WSSAB Learning and Development Officer", "March 2026",
     "", "grey",
     dict(end="2026-03", status="unrated", lead=["WSSAB Learning and Development Officer"])),
    ("P", "Priority 4: Partnership working and assurance"),
    ("A", "8", "Agree the multi-agency safeguarding dataset and a quarterly performance dashboard",
     "Dashboard presented to every Board meeting",
     "Chair, Quality Assurance Subgroup & WSCC Performance and Intelligence Team", "September 2025",
     "First dashboard presented to the Board in September.", "green",
     dict(end="2025-09", status="blue",
          lead=["Chair, Quality Assurance Subgroup", "WSCC Performance and Intelligence Team"])),
    ("A", "9", "Complete the Safeguarding Adults Self-Assessment Framework with all statutory partners and hold a challenge event",
     "All partners submit a self-assessment; challenge event held",
     "Independent Chair", "February 2026",
     "Self-assessment template issued to partners in October.", "amber",
     dict(end="2026-02", status="amber", lead=["Independent Chair"])),
]


def make_wsx():
    doc = Document()
    sec = doc.sections[0]
    # landscape
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width

    p = doc.add_paragraph()
    r = p.add_run("West Sussex Safeguarding Adults Board")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x00, 0x55, 0x7F)
    p = doc.add_paragraph()
    r = p.add_run(WSX_TITLE)
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph("Position at 30 September 2025")
    doc.add_paragraph(
        "This delivery plan sets out what the Board and its subgroups will do in 2025-26 to deliver the four "
        "priorities in our Strategic Plan 2024-2027. Progress is reported to each Board meeting.")

    doc.add_paragraph().add_run("Progress key").bold = True
    k = doc.add_table(rows=1, cols=len(WSX_KEY))
    k.style = "Table Grid"
    for i, (col, meaning) in enumerate(WSX_KEY):
        set_cell(k.rows[0].cells[i], meaning)
        shade(k.rows[0].cells[i], col)
    doc.add_paragraph()

    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    header_row(t, ["No.", "What we will do", "How we will know we have made a difference", "Lead",
                   "By when", "Progress", "RAG"], "00557F")
    for row in WSX_ROWS:
        if row[0] == "P":
            cells = t.add_row().cells
            m = cells[0].merge(cells[6])
            set_cell(m, row[1], bold=True)
            shade(m, "DDEBF7")
        else:
            _, no, what, measure, lead, when, prog, colour, exp = row
            cells = t.add_row().cells
            for i, v in enumerate([no, what, measure, lead, when, prog]):
                set_cell(cells[i], v, size=10)
            shade(cells[6], WSX_COL[colour])

    doc.add_paragraph()
    doc.add_heading("Glossary", level=2)
    g = doc.add_table(rows=1, cols=2)
    g.style = "Table Grid"
    header_row(g, ["Term", "Meaning"], "595959")
    for a, b in [("SAR", "Safeguarding Adults Review"), ("MSP", "Making Safeguarding Personal"),
                 ("WSCC", "West Sussex County Council"), ("WSSAB", "West Sussex Safeguarding Adults Board")]:
        cells = g.add_row().cells
        set_cell(cells[0], a)
        set_cell(cells[1], b)
    doc.save(path(WSX_FILE))


# ---------------------------------------------------------------------------
# 6. Nottinghamshire County Council - Governance and Ethics Committee action log (csv, refuse)
# ---------------------------------------------------------------------------
NOTTS_FILE = "zvk-nottinghamshire-county-council-governance-and-ethics-committee-action-log-typo-month-refuse.csv"
NOTTS_ROWS = [
    ["Nottinghamshire County Council", "", "", "", "", "", ""],
    ["Governance and Ethics Committee – Action Log", "", "", "", "", "", ""],
    ["Position as at 1 October 2025", "", "", "", "", "", ""],
    ["", "", "", "", "", "", ""],
    ["Meeting date", "Minute no.", "Action", "Officer responsible", "Due date", "Status", "Update"],
    ["12/03/2025", "18", "Circulate a briefing on the Local Government and Social Care Ombudsman annual review letter to all committee members",
     "Group Manager – Complaints and Information Governance", "May 2025", "Complete", "Briefing circulated 21/05/2025."],
    ["12/03/2025", "20", "Report back on the number of councillors who have completed the Code of Conduct refresher training",
     "Monitoring Officer", "July 2025", "Complete", "Reported to July meeting: 58 of 66 completed."],
    ["11/06/2025", "31", "Circulate the updated guidance on the Register of Members' Interests to all councillors",
     "Democratic Services Manager", "June 2025", "Complete", ""],
    ["11/06/2025", "34", "Bring the revised Whistleblowing Policy to the Committee for approval",
     "Head of Legal Services / HR Business Partner", "November 2025", "In progress", "Draft with trade unions for consultation."],
    ["16/07/2025", "41", "Update the Committee on progress with the Annual Governance Statement action plan",
     "Service Director – Finance, Infrastructure and Improvement", "Febuary 2026", "Not started", "Scheduled for the February meeting."],
    ["16/07/2025", "44", "Arrange a training session for committee members on the Global Internal Audit Standards",
     "Head of Internal Audit", "November 2025", "In progress", "Session booked for 5 November 2025."],
    ["17/09/2025", "52", "Provide a breakdown by department of Freedom of Information requests answered late",
     "Group Manager – Complaints and Information Governance", "December 2025", "Not started", ""],
    ["17/09/2025", "55", "Review the Members' Allowances Scheme in line with the Independent Remuneration Panel's recommendations",
     "Democratic Services Manager; Monitoring Officer", "March 2026", "Not started", ""],
    ["", "", "", "", "", "", ""],
    ["Completed actions will be removed from the log after they have been reported to the Committee.", "", "", "", "", "", ""],
]


def make_notts():
    with open(path(NOTTS_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in NOTTS_ROWS:
            w.writerow(row)


def notts_refuse_line():
    for i, row in enumerate(NOTTS_ROWS, 1):
        if "Febuary 2026" in row:
            return i


# ---------------------------------------------------------------------------
# 7. Blackburn with Darwen BC - internal audit recommendations tracker (tab-separated txt)
# ---------------------------------------------------------------------------
BWD_FILE = "zvk-blackburn-with-darwen-council-internal-audit-recommendations-tracker.txt"
BWD_TITLE = "Internal Audit: follow-up of agreed actions – position at 17 October 2025"

# ("H", audit heading) or ("R", ref, priority, recommendation, action, officer, orig, revised, status, comment, exp)
BWD_ROWS = [
    ("H", "Payroll 2024/25 (Limited assurance)"),
    ("R", "1", "High", "Overtime claims should be authorised by a line manager before they are paid.",
     "Configure iTrent so that overtime claims cannot be processed without manager approval.",
     "Payroll and Pensions Manager", "31/05/2025", "30/11/2025", "A",
     "System change tested; go-live planned for the November payroll.",
     dict(end="2025-11", status="amber", lead=["Payroll and Pensions Manager"])),
    ("R", "2a", "Medium", "Starter and leaver forms should be reconciled to the payroll each month.",
     "Introduce a monthly reconciliation of HR starters and leavers to the payroll, signed off by the HR Systems Manager.",
     "HR Systems Manager", "30/06/2025", "", "B",
     "Reconciliation in place from June 2025.",
     dict(end="2025-06", status="blue", lead=["HR Systems Manager"])),
    ("R", "2b", "", "",
     "Recover the overpayments identified in the audit sample from the two former employees.",
     "Payroll and Pensions Manager / Head of Legal Services", "31/08/2025", "", "R",
     "One overpayment recovered; the second has been passed to Legal Services.",
     dict(end="2025-08", status="red", lead=["Payroll and Pensions Manager", "Head of Legal Services"])),
    ("H", "Information Governance – Subject Access Requests (Reasonable assurance)"),
    ("R", "1", "Medium", "The Council should monitor compliance with the one-month deadline for responding to subject access requests.",
     "Present a monthly subject access request performance report to the Information Governance Board.",
     "Information Governance Manager", "31/03/2025", "", "B",
     "Reports presented since April 2025.",
     dict(end="2025-03", status="blue", lead=["Information Governance Manager"])),
    ("R", "2", "Low", "The subject access request procedure should reflect the redaction software now in use.",
     "Update the procedure and republish it on the intranet.",
     "Information Governance Manager", "30/09/2025", "31/12/2025", "A",
     "Draft awaiting sign-off by the Senior Information Risk Owner.",
     dict(end="2025-12", status="amber", lead=["Information Governance Manager"])),
    ("H", "Disabled Facilities Grants (Limited assurance)"),
    ("R", "1", "High", "All grant approvals over £30,000 should be checked by a second officer.",
     "Introduce a second-officer check for every approval over £30,000 and record it on the case management system.",
     "Private Sector Housing Manager", "31/12/2025", "", "G",
     "Check introduced for new cases; case management system change requested.",
     dict(end="2025-12", status="green", lead=["Private Sector Housing Manager"])),
    ("R", "2", "Medium", "Contractor framework rates should be market tested.",
     "Re-tender the DFG contractor framework.",
     "Head of Strategic Housing; Procurement Manager", "31/03/2026", "", "G",
     "Tender documents being prepared.",
     dict(end="2026-03", status="green", lead=["Head of Strategic Housing", "Procurement Manager"])),
    ("H", "Bereavement Services Income (Reasonable assurance)"),
    ("R", "1", "Low", "Memorial permit income should be reconciled to the general ledger.",
     "Carry out a monthly reconciliation of memorial permit income to the general ledger.",
     "Bereavement Services Manager", "30/04/2025", "", "B",
     "Complete.",
     dict(end="2025-04", status="blue", lead=["Bereavement Services Manager"])),
]


def bwd_lines():
    lines = [
        "Blackburn with Darwen Borough Council",
        "Audit and Governance Committee – 10 November 2025",
        BWD_TITLE,
        "",
        "Status key: B = implemented; G = in progress, within target date; A = in progress, revised date agreed; "
        "R = overdue, no revised date agreed",
        "",
        "\t".join(["Ref", "Priority", "Recommendation", "Agreed action", "Responsible officer",
                   "Original target date", "Revised target date", "Status", "Management comment"]),
    ]
    for row in BWD_ROWS:
        if row[0] == "H":
            lines.append(row[1])
        else:
            lines.append("\t".join(row[1:10]))
    st = [row[8] for row in BWD_ROWS if row[0] == "R"]
    lines.append("")
    lines.append("Total actions followed up: %d\tImplemented: %d\tIn progress: %d\tOverdue: %d" % (
        len(st), st.count("B"), st.count("G") + st.count("A"), st.count("R")))
    return lines


def make_bwd():
    with open(path(BWD_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(bwd_lines()) + "\r\n")


def main():
    make_norfolk()
    make_leeds()
    make_derby()
    make_cornwall()
    make_wsx()
    make_notts()
    make_bwd()
    for n in (NORFOLK_FILE, LEEDS_FILE, DERBY_FILE, CORNWALL_FILE, WSX_FILE, NOTTS_FILE, BWD_FILE):
        print("wrote", n)


if __name__ == "__main__":
    main()
