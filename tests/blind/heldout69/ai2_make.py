"""Generator for the ai2- cases of heldout69 (plans outside children's services).

Run with /work/main/.venv/bin/python ai2_make.py  (python-docx, openpyxl).
Writes the seven document files next to this script.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "5B9BD5"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
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
# 1. Wiltshire Police - PEEL 2021/22 improvement plan (xlsx)
# ---------------------------------------------------------------------------
def make_wiltshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "PEEL Improvement Plan"
    widths = {"A": 9, "B": 38, "C": 48, "D": 24, "E": 13, "F": 14, "G": 52, "H": 11}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w

    ws["A1"] = "Wiltshire Police – PEEL 2021/22 Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("HMICFRS Engage – causes of concern and areas for improvement. "
                "Progress report to the Police and Crime Panel, March 2023.")
    ws.merge_cells("A2:H2")
    ws["A3"] = ("Plan owner: Deputy Chief Constable.  Governance: Force Improvement Board "
                "(monthly) and the PCC's Commissioner's Monitoring Board.")
    ws.merge_cells("A3:H3")
    for r in (2, 3):
        ws.cell(r, 1).font = Font(italic=True, size=10)

    hdr = ["Ref", "Cause of concern / Area for improvement", "Action", "Action Owner",
           "Target Date", "Revised Target Date", "Progress Update (March 2023)", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BORDER
    ws.freeze_panes = "A6"

    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

    def area(row, text):
        ws.cell(row, 1, text)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        ws.cell(row, 1).font = Font(bold=True)
        ws.cell(row, 1).fill = fill(GREY)

    def action(row, ref, act, owner, target, revised, progress, rag):
        ws.cell(row, 1, ref)
        ws.cell(row, 3, act)
        ws.cell(row, 4, owner)
        t = ws.cell(row, 5, target)
        if isinstance(target, dt.datetime):
            t.number_format = "mmm-yy"
        if revised is not None:
            rv = ws.cell(row, 6, revised)
            rv.number_format = "dd/mm/yyyy"
        ws.cell(row, 7, progress)
        rc = ws.cell(row, 8, rag)
        if rag in rag_fill:
            rc.fill = fill(rag_fill[rag])
        for c in range(1, 9):
            ws.cell(row, c).alignment = WRAP
            ws.cell(row, c).border = BORDER

    def finding(r1, r2, text):
        ws.cell(r1, 2, text)
        if r2 > r1:
            ws.merge_cells(start_row=r1, start_column=2, end_row=r2, end_column=2)
        ws.cell(r1, 2).alignment = WRAP

    area(6, "Responding to the public")
    action(7, "CoC1.1",
           "Implement a revised demand and resourcing model in the Force Control Room, "
           "with additional call handlers recruited to establishment.",
           "Head of Contact Management", d(2022, 12, 31), d(2023, 4, 30),
           "21 call handlers recruited and in training. 999 calls answered within 10 seconds "
           "improved to 84% in February; final cohort completes training in April.",
           "Amber")
    action(8, "CoC1.2",
           "Introduce THRIVE+ structured risk assessment for every call and audit compliance monthly.",
           "Ch Insp S. Boulton", d(2022, 10, 31), None,
           "THRIVE+ embedded in STORM from October 2022. Monthly audit shows 92% compliance "
           "against a 90% target.",
           "Complete")
    action(9, "CoC1.3",
           "Launch Single Online Home reporting and live chat to reduce non-emergency call demand.",
           "Head of Digital Policing", d(2023, 6, 30), None,
           "Single Online Home went live in January 2023. Live chat procurement under way.",
           "Green")
    finding(7, 9, "Cause of concern 1: The force isn't answering emergency and non-emergency "
                  "calls quickly enough, and doesn't always identify vulnerable callers at the "
                  "first point of contact.")

    area(10, "Protecting vulnerable people")
    action(11, "CoC2.1",
           "Deliver Domestic Abuse Matters training to all frontline officers and staff.",
           "Det Supt Public Protection", d(2023, 3, 31), None,
           "1,146 of 1,310 officers and staff trained (87%); remaining sessions booked for March.",
           "Green")
    action(12, "CoC2.2",
           "Establish a repeat victim triage desk in the Multi-Agency Safeguarding Hub to review "
           "every repeat domestic abuse victim within 24 hours.",
           "DCI J. Price", d(2023, 1, 31), d(2023, 5, 31),
           "Desk staffed Monday to Friday since January. Seven-day cover depends on filling two "
           "vacancies; revised date agreed at Force Improvement Board on 14/02/23.",
           "Amber")
    action(13, "CoC2.3",
           "Review the quality of DASH risk assessments through supervisor dip-sampling and "
           "report findings to the Vulnerability Board.",
           "Det Supt Public Protection", "Monthly", None,
           "Dip-sampling in place since November 2022; average quality score 3.6 out of 5.",
           "Green")
    finding(11, 13, "Cause of concern 2: The force doesn't always identify vulnerable and "
                    "repeat victims, and safeguarding referrals are not always made or are "
                    "delayed.")

    area(14, "Strategic planning, organisational management and value for money")
    action(15, "CoC3.1",
           "Commission an independent review of the Force Management Statement and produce a "
           "demand-led Strategic Workforce Plan.",
           "Director of Resources", d(2023, 3, 31), None,
           "Delayed. Draft Strategic Workforce Plan went to Chief Officer Group on 7 March and "
           "needs further work on demand modelling before it can be signed off.",
           "Red")
    action(16, "CoC3.2",
           "Align the Medium Term Financial Strategy and change programme to the Police and "
           "Crime Plan priorities.",
           "Chief Finance Officer / Director of Resources", "Q1 2023/24", None,
           "MTFS 2023/24 to 2026/27 approved by the PCC in February. Benefits realisation "
           "framework being drafted.",
           "Green")
    finding(15, 16, "Cause of concern 3: The force doesn't have a clear understanding of its "
                    "current and future demand, and its plans are not linked to its resources.")

    area(17, "Investigating crime")
    action(18, "AFI1.1",
           "Roll out the investigation standards supervision template across all CID and "
           "neighbourhood teams.",
           "Head of Crime", "Sept 2022 – March 2023", None,
           "Template live on Niche. Compliance 78% in February.",
           "Amber")
    finding(18, 18, "Area for improvement 1: The force should make sure investigations are "
                    "effectively supervised and that all investigative opportunities are taken.")
    action(19, "AFI2.1",
           "Introduce a victim needs assessment on Niche and monitor compliance with the "
           "Victims' Code through the Victims Board.",
           "Supt C. Hale", d(2023, 6, 30), None,
           "Niche form in user testing; go-live planned for May.",
           "Green")
    finding(19, 19, "Area for improvement 2: The force should make sure victims' needs are "
                    "assessed and that it complies with the Code of Practice for Victims of Crime.")

    area(20, "Treatment of the public")
    action(21, "AFI3.1",
           "Publish quarterly stop and search and use of force data on the force website, "
           "broken down by ethnicity.",
           "Head of Professional Standards", d(2022, 12, 31), None,
           "First quarterly dataset published in December 2022; Q3 data published February 2023.",
           "Complete")
    action(22, "AFI3.2",
           "Re-establish the independent scrutiny panel, with community members reviewing "
           "body-worn video footage.",
           "OPCC Head of Commissioning & Supt Neighbourhood Policing", "TBC", None,
           "Terms of reference agreed with the OPCC. Recruitment of panel members has not started.",
           "Not started")
    finding(21, 22, "Area for improvement 3: The force should improve how it monitors and "
                    "scrutinises its use of stop and search and use of force, including "
                    "external scrutiny.")

    ws["A24"] = "RAG key"
    ws["A24"].font = Font(bold=True)
    key = [("Complete", BLUE, "Action complete and evidence provided to Force Improvement Board"),
           ("Green", GREEN, "On track to deliver by the target date"),
           ("Amber", AMBER, "At risk – revised date agreed by Force Improvement Board"),
           ("Red", RED, "Off track – target date missed, escalated to DCC")]
    for i, (word, col, text) in enumerate(key):
        r = 25 + i
        ws.cell(r, 1, word).fill = fill(col)
        ws.cell(r, 2, text)

    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(HERE, "ai2-wiltshire-police-peel-engage-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Broxbourne - Air Quality Action Plan progress tracker (xlsx)
# ---------------------------------------------------------------------------
def make_broxbourne():
    wb = Workbook()
    ws = wb.active
    ws.title = "AQAP progress 2024"
    for col, w in {"A": 7, "B": 50, "C": 26, "D": 24, "E": 15, "F": 52, "G": 16}.items():
        ws.column_dimensions[col].width = w

    ws["A1"] = "Borough of Broxbourne Air Quality Action Plan – Progress Tracker 2024"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Reporting period January – December 2024, for inclusion in the 2025 Air Quality "
                "Annual Status Report. Measures cover AQMAs 2, 3 and 4 and the A10 corridor.")
    ws["A2"].font = Font(italic=True)

    hdr = ["No.", "Measure", "Lead", "Partners", "Planned completion", "Progress in 2024", "Status"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill("C6E0B4")
        cell.border = BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="center")

    status_fill = {"Complete": BLUE, "On track": GREEN, "Some slippage": AMBER,
                   "Not progressing": RED}

    row = [5]

    def theme(text):
        r = row[0]
        ws.cell(r, 1, text).font = Font(bold=True, color="FFFFFF")
        ws.cell(r, 1).fill = fill("548235")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        row[0] += 1

    def measure(no, text, lead, partners, planned, progress, status, fmt=None):
        r = row[0]
        vals = [no, text, lead, partners, planned, progress, status]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BORDER
        if fmt:
            ws.cell(r, 5).number_format = fmt
        if status in status_fill:
            ws.cell(r, 7).fill = fill(status_fill[status])
        row[0] += 1

    theme("Theme 1: Transport and traffic management")
    measure("1.1", "Review signal timings at the A10 / B176 junction in Cheshunt to reduce "
                   "queuing on the approaches within AQMA 2.",
            "HCC Highways", "BBC Environmental Health", d(2024, 3, 31),
            "SCOOT upgrade completed November 2023. Queue lengths on the northbound approach "
            "reduced in the AM peak.", "Complete", "mmm-yy")
    measure("1.2", "Deliver anti-idling enforcement and signage outside schools within AQMA 4 "
                   "(Waltham Cross).",
            "Environmental Health Manager", "Schools; Civil Enforcement Officers", "Sept 2024",
            "Signs installed at 6 of 8 schools. Idling days of action held in June and October; "
            "remaining two schools awaiting HCC permission for sign posts.", "Some slippage")
    measure("1.3", "Feasibility study for an HGV routing strategy to keep through traffic out of "
                   "Waltham Cross town centre.",
            "HCC Transport Planning", "BBC Planning Policy", "2025/26",
            "Not yet started – dependent on the county's Local Transport Plan review.",
            "Not started")

    theme("Theme 2: Promoting low emission transport")
    measure("2.1", "Install rapid EV charge points in council car parks (minimum 20 sockets).",
            "Head of Parking and Property", "Charge point operator", d(2024, 12, 31),
            "14 sockets live at Cheshunt and Hoddesdon car parks. Remaining 6 are awaiting a "
            "UKPN grid connection, now expected March 2025.", "Some slippage", "dd/mm/yyyy")
    measure("2.2", "Replace council fleet vehicles with electric or hybrid models at renewal.",
            "Fleet Manager", "", "Ongoing",
            "5 of 22 fleet vehicles are now electric; two more on order.", "On track")
    measure("2.3", "Amend the taxi licensing policy so that new vehicle licences are only granted "
                   "to Euro 6 or ultra low emission vehicles.",
            "Licensing Manager", "Licensing Committee", d(2024, 6, 30),
            "New policy adopted by Licensing Committee on 11 June 2024 and in force from "
            "1 October 2024.", "Complete", "mmm-yy")

    theme("Theme 3: Public information and awareness")
    measure("3.1", "Promote the Let's Clear The Air campaign and airTEXT alerts to residents, "
                   "focusing on people with heart and lung conditions.",
            "Communications Team / Environmental Health", "HCC Public Health", "Annually",
            "Clean Air Day stall held in June; airTEXT sign-ups up by 140 in 2024.", "On track")
    measure("3.2", "Expand the diffusion tube network to 40 sites, including new monitoring on the "
                   "A1170.",
            "EH Technical Officer (Air Quality)", "", d(2025, 3, 31),
            "38 sites active. Two new A1170 sites to be added in April 2025.", "On track",
            "dd/mm/yyyy")

    theme("Theme 4: Policy and planning")
    measure("4.1", "Adopt an Air Quality Supplementary Planning Document requiring damage cost "
                   "calculations for major developments.",
            "Planning Policy Manager", "Environmental Health", "Dec 2024",
            "Consultation draft held back pending the Local Plan review; now expected summer 2025.",
            "Not progressing")
    measure("4.2", "Review AQMA boundaries and revoke AQMAs where compliance has been shown for "
                   "three consecutive years.",
            "Environmental Health Manager", "Defra", "Q2 2025/26",
            "Revocation orders for AQMAs 1 and 5 drafted; Cabinet report scheduled for July 2025.",
            "On track")

    r = row[0] + 1
    ws.cell(r, 1, "Status key:").font = Font(bold=True)
    for i, (w, col) in enumerate([("Complete", BLUE), ("On track", GREEN),
                                  ("Some slippage", AMBER), ("Not progressing", RED),
                                  ("Not started", None)]):
        c = ws.cell(r + 1 + i, 2, w)
        if col:
            c.fill = fill(col)
    wb.save(os.path.join(HERE, "ai2-broxbourne-air-quality-action-plan-progress-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. Erewash - scrutiny review of waste and recycling, recommendations tracker (xlsx)
#    Data error: a mistyped month in one target date (row 13).
# ---------------------------------------------------------------------------
def make_erewash():
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    for col, w in {"A": 8, "B": 44, "C": 14, "D": 46, "E": 24, "F": 15, "G": 48, "H": 13}.items():
        ws.column_dimensions[col].width = w

    ws["A1"] = "Review of Household Waste and Recycling – Scrutiny Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Erewash Borough Council Overview and Scrutiny Committee  |  Cabinet response "
                "agreed 12 December 2024  |  Update: March 2025")
    ws["A2"].font = Font(italic=True)

    hdr = ["Rec No.", "Recommendation", "Cabinet response", "Action", "Responsible officer",
           "Target date", "Progress update (March 2025)", "Status"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill("BDD7EE")
        cell.border = BORDER
        cell.alignment = Alignment(wrap_text=True)

    sfill = {"Complete": BLUE, "On track": GREEN, "Delayed": AMBER}
    rows = [
        ("section", "Communication and engagement"),
        ("R1", "Produce a clear, illustrated guide to what can and cannot go in each bin and "
               "deliver it to every household.", "Accepted",
         "Design a bin guide leaflet and calendar and include it in the annual collection "
         "calendar mailing.", "Waste and Recycling Manager", "June 2025",
         "Leaflet designed and tested with the Residents' Panel. Print and delivery booked "
         "for May.", "On track"),
        ("R2", "Use bin hangers and crew feedback to tell households when their recycling is "
               "contaminated.", "Accepted",
         "Introduce contamination tags for crews and a three-stage letter process for repeat "
         "contamination.", "Operations Manager (Waste)", d(2025, 3, 31),
         "Tags in use on all rounds since February. Contamination rate fell from 14% to 11%.",
         "Complete"),
        ("R3", "Work with schools and community groups on recycling education.", "Accepted",
         "Offer a recycling education session to every primary school in the borough.",
         "Communications and Engagement Officer", "Ongoing",
         "Sessions delivered at 9 schools this year.", "On track"),
        ("section", "Collections"),
        ("R4", "Prepare for weekly food waste collections required by the Simpler Recycling "
               "reforms.", "Accepted",
         "Procure food waste vehicles and caddies using the Defra capital grant, and plan new "
         "round structures.", "Head of Environmental Services", "31/03/2026",
         "Vehicle order placed in January; delivery expected November 2025.", "On track"),
        ("R5", "Review the garden waste subscription charge and publish take-up figures.",
         "Partially accepted",
         "Report garden waste take-up and income to Cabinet as part of fees and charges.",
         "Head of Finance", "January 2026",
         "To be included in the 2026/27 fees and charges report.", "On track"),
        ("R6", "Reduce missed collections by using in-cab technology on all rounds.", "Accepted",
         "Install in-cab devices on all refuse and recycling vehicles and link missed bin "
         "reports to the CRM.", "Operations Manager (Waste)", "Setpember 2025",
         "Supplier appointed. Pilot on four rounds from April.", "On track"),
        ("section", "Flats, communal bins and bulky waste"),
        ("R7", "Improve recycling at flats by providing clearly labelled communal bins.",
         "Accepted",
         "Audit communal bin stores at all council-owned blocks and replace signage.",
         "Housing Estates Manager", d(2025, 9, 30),
         "Audit of 31 blocks complete; new signage ordered.", "On track"),
        ("R8", "Pilot a free bulky waste collection day in areas with high fly-tipping.",
         "Accepted",
         "Run two bulky waste amnesty days in Ilkeston and Long Eaton and evaluate the effect "
         "on fly-tipping.", "Environmental Enforcement Manager", "Oct 2025",
         "Dates being agreed with ward members.", "Delayed"),
        ("R9", "Report progress on these recommendations to the Committee every six months.",
         "Accepted",
         "Add the tracker to the Committee work programme.", "Scrutiny Officer", "Six-monthly",
         "Next update September 2025.", "On track"),
    ]
    r = 6
    for item in rows:
        if item[0] == "section":
            ws.cell(r, 1, item[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1).fill = fill("DEEAF6")
        else:
            for c, v in enumerate(item, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BORDER
            if isinstance(item[5], dt.datetime):
                ws.cell(r, 6).number_format = "dd/mm/yyyy"
            if item[7] in sfill:
                ws.cell(r, 8).fill = fill(sfill[item[7]])
        r += 1
    r += 1
    ws.cell(r, 1, "Status: Complete = blue; On track = green; Delayed = amber; "
                  "Not achievable = red").font = Font(italic=True, size=9)
    wb.save(os.path.join(HERE, "ai2-erewash-scrutiny-waste-recycling-review-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 4. Tandridge - external auditor's annual report recommendations action plan (csv)
#    Data error: a target date in 2052 (line 12) in a 2025 plan.
# ---------------------------------------------------------------------------
def make_tandridge():
    W = 8
    rows = [
        ["Tandridge District Council - External Auditor's Annual Report 2023/24: "
         "Recommendations Action Plan"],
        ["Audit & Scrutiny Committee 24 June 2025 - Appendix B"],
        [],
        ["No.", "Recommendation", "Management response / agreed action", "Responsible officer",
         "Target date", "Revised target date", "Progress update", "RAG status"],
        ["Key recommendations"],
        ["KR1",
         "The Council should set a balanced Medium Term Financial Strategy that identifies "
         "deliverable savings for 2025/26 to 2027/28 and reduces reliance on reserves.",
         "Savings programme of £1.9m agreed by Strategy & Resources Committee. Each saving to "
         "have a named owner and delivery plan, monitored monthly by the Corporate Leadership "
         "Team.",
         "Chief Finance Officer (s151)", "31/03/2025", "30/09/2025",
         "£1.2m of savings delivered or on track. Remaining £0.7m depends on the waste "
         "contract re-procurement.", "Amber"],
        ["KR2",
         "The Council should complete and publish its 2021/22 and 2022/23 statements of "
         "accounts and put in place a closedown plan that meets statutory deadlines.",
         "Closedown timetable agreed with the auditor. Additional technical accountant "
         "recruited on a fixed-term basis.",
         "Chief Finance Officer (s151)", "30/06/2025", "",
         "2021/22 accounts signed; 2022/23 to be disclaimed under the backstop.", "Green"],
        ["Improvement recommendations"],
        ["IR1",
         "Strengthen the reporting of capital programme slippage to members.",
         "Quarterly capital monitoring report to include slippage by scheme and re-profiled "
         "budgets.",
         "Head of Finance", "Q2 2025/26", "", "First revised report due to committee in "
         "September.", "Green"],
        ["IR2",
         "Refresh the Council's risk management framework and review the corporate risk "
         "register at each Audit & Scrutiny Committee.",
         "Risk management strategy to be refreshed and risk register presented quarterly.",
         "Head of Legal Services / Monitoring Officer", "Sep-25", "",
         "Strategy drafted; training for members planned.", "Green"],
        ["IR3",
         "Ensure procurement waivers are recorded and reported to members.",
         "Waiver register introduced and reported six-monthly to Audit & Scrutiny Committee.",
         "Procurement Lead", "31/12/2024", "",
         "Register in place; first report presented in January 2025.", "Blue"],
        ["IR4",
         "Develop a workforce strategy addressing recruitment and retention in key finance "
         "and housing roles.",
         "People Strategy 2025-2028 to be developed with a market supplement review for "
         "hard-to-fill posts.",
         "Head of HR", "30/09/2052", "",
         "Staff survey results being analysed to inform the strategy.", "Green"],
        ["IR5",
         "Improve the quality and timeliness of performance reporting to committees.",
         "New corporate performance dashboard with quarterly reporting to Strategy & "
         "Resources Committee.",
         "Chief Executive", "March 2026", "",
         "Dashboard indicators agreed by Corporate Leadership Team.", "Green"],
        ["IR6",
         "Review governance of the Council's housing company Gryllus Property Company Ltd.",
         "Shareholder agreement and business plan to be reviewed and reported to members.",
         "Director of Resources", "31/03/2025", "31/07/2025",
         "Review started but delayed by vacancy in legal team.", "Red"],
        [],
        ["RAG status: Blue = implemented; Green = on track; Amber = some delay; "
         "Red = not on track"],
    ]
    path = os.path.join(HERE, "ai2-tandridge-external-audit-recommendations-action-plan.csv")
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row + [""] * (W - len(row)))


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


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 5. Mersey Care - CQC Mental Health Act monitoring visit, provider action statement (docx)
# ---------------------------------------------------------------------------
def make_merseycare():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Mental Health Act Monitoring Visit: Provider Action Statement",
                      style="Title")
    doc.add_paragraph("Mersey Care NHS Foundation Trust – Brook Ward, Clock View Hospital")

    info = [("Date of MHA monitoring visit", "14 January 2025"),
            ("Date report received", "3 February 2025"),
            ("Action statement returned to CQC", "24 February 2025"),
            ("Version", "1.2 – progress update for Mental Health Law Group, May 2025"),
            ("Accountable director", "Executive Director of Nursing")]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in info:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "DCE6F1")
        set_cell(cells[1], v)

    doc.add_paragraph()
    doc.add_paragraph(
        "A CQC Mental Health Act Reviewer visited Brook Ward, a 20-bed adult acute inpatient "
        "ward, on 14 January 2025. The reviewer met eight detained patients, spoke with staff "
        "and reviewed six sets of records. The issues raised in the monitoring report and the "
        "actions we are taking are set out below. Progress is reviewed monthly by the ward "
        "manager and modern matron and reported to the Trust's Mental Health Law Group.")

    hdr = ["No.", "Issue identified", "Code of Practice ref", "Action to be taken", "Lead",
           "Completion date", "Progress / evidence", "RAG"]
    table = doc.add_table(rows=1, cols=len(hdr))
    table.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(table.rows[0].cells[i], h, bold=True)
        shade(table.rows[0].cells[i], "1F3864")
        table.rows[0].cells[i].paragraphs[0].runs[0].font.color.rgb = RGBColor(255, 255, 255)

    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

    def domain(text):
        cells = table.add_row().cells
        m = cells[0].merge(cells[-1])
        set_cell(m, text, bold=True, size=10)
        shade(m, "D9D9D9")

    def issue(text, cop, actions):
        first = None
        for k, (no, act, lead, when, prog, rag) in enumerate(actions):
            cells = table.add_row().cells
            set_cell(cells[0], no)
            if k == 0:
                set_cell(cells[1], text)
                set_cell(cells[2], cop)
                first = cells
            set_cell(cells[3], act)
            set_cell(cells[4], lead)
            set_cell(cells[5], when)
            set_cell(cells[6], prog)
            set_cell(cells[7], rag)
            if rag in rag_fill:
                shade(cells[7], rag_fill[rag])
            last = cells
        if len(actions) > 1:
            first[1].merge(last[1])
            first[2].merge(last[2])

    domain("Protecting patients' rights and autonomy")
    issue("Patients' section 132 rights were not always explained on admission and at regular "
          "intervals, and this was not recorded in three of the six records reviewed.",
          "Chapter 4",
          [("1a", "Ward manager to audit the records of all detained patients and make sure "
                  "section 132 rights have been given and recorded on RiO.",
            "Ward Manager", "28/02/2025",
            "Audit completed 10/02/25. Rights re-read and recorded for all 18 detained patients.",
            "Complete"),
           ("1b", "Add a section 132 rights check to the weekly ward MDT checklist.",
            "Ward Manager / MHA Administrator", "March 2025",
            "Checklist amended. Compliance is monitored at the monthly Mental Health Law Group.",
            "Green")])
    issue("Patients told us they did not know how to contact the Independent Mental Health "
          "Advocate (IMHA), and the IMHA poster on the ward was out of date.",
          "Chapter 6",
          [("2a", "Replace IMHA information posters and include IMHA contact details in the "
                  "ward welcome pack.",
            "Modern Matron", "31/01/2025",
            "New posters displayed and welcome pack reprinted.", "Complete")])

    domain("Care, support and treatment in hospital")
    issue("Care plans did not show patient involvement or record patients' views, and patients "
          "were not offered a copy of their care plan.",
          "Chapters 1 and 34",
          [("3a", "Deliver care planning training, including recording patients' views, to all "
                  "registered nurses on the ward.",
            "Practice Development Nurse", "Q1 2025/26",
            "9 of 14 nurses trained. Remaining sessions booked for May and June.", "Green"),
           ("3b", "Carry out a monthly care plan quality audit and report results to the "
                  "division's Quality and Safety meeting.",
            "Modern Matron", "Monthly",
            "Audits in place since March; 80% of care plans now record the patient's views.",
            "Green")])
    issue("Blanket restrictions were in place (the garden was locked after 8pm) without an "
          "individual assessment or a recorded rationale.",
          "Chapter 8",
          [("4a", "Review all ward restrictions through the Restrictive Practice Reduction Group "
                  "and remove or justify each one.",
            "Restrictive Practice Lead", "30/04/2025",
            "Garden now open until 10pm. Review of the remaining restrictions deferred to the "
            "June meeting of the group.", "Amber")])
    issue("Consent to treatment certificates (T2/T3) were not always kept with the medicine "
          "charts.",
          "Chapter 25",
          [("5a", "Ward pharmacist to check T2/T3 certificates against ePMA prescriptions every "
                  "week.",
            "Ward Pharmacist", "Ongoing",
            "Weekly checks recorded since 3 February; no discrepancies found in April.", "Green"),
           ("5b", "Remind responsible clinicians of consent to treatment requirements through "
                  "the Medical Staff Committee.",
            "Associate Medical Director", "Feb-25",
            "Discussed at Medical Staff Committee on 18 February 2025.", "Complete")])

    domain("Leaving hospital")
    issue("Section 17 leave forms did not always record the conditions of leave or whether a "
          "copy had been given to the patient and carers.",
          "Chapter 27",
          [("6a", "Introduce a revised electronic section 17 leave form on RiO with mandatory "
                  "fields for conditions and copies given.",
            "Head of Mental Health Law", "30/06/2025",
            "Form built but go-live delayed by the RiO upgrade; Digital cannot confirm a date "
            "before September.", "Red")])

    doc.add_paragraph()
    doc.add_paragraph("RAG: Blue/Complete – action complete and evidenced; Green – on track; "
                      "Amber – at risk of missing the completion date; Red – completion date "
                      "will not be met.")
    doc.add_paragraph("Signed off by: Ward Manager and Modern Matron, Adult Acute Inpatient "
                      "Services, 20 May 2025")
    doc.save(os.path.join(HERE, "ai2-mersey-care-cqc-mha-monitoring-visit-provider-action-statement.docx"))


# ---------------------------------------------------------------------------
# 6. High Peak - housing consumer standards improvement plan (docx)
# ---------------------------------------------------------------------------
def make_highpeak():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Housing Services – Consumer Standards Improvement Plan 2024/25",
                      style="Title")
    doc.add_paragraph("High Peak Borough Council  |  Progress update: Quarter 3 (to 31 December 2024)")

    ctrl = doc.add_table(rows=1, cols=4)
    ctrl.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Summary of changes"]):
        set_cell(ctrl.rows[0].cells[i], h, bold=True)
    for v in [("0.3", "02/04/2024", "Head of Housing", "Draft following self-assessment"),
              ("1.0", "18/04/2024", "Head of Housing", "Approved by Executive"),
              ("1.3", "22/01/2025", "Housing Improvement Officer", "Q3 progress added")]:
        cells = ctrl.add_row().cells
        for i, x in enumerate(v):
            set_cell(cells[i], x)

    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "The Regulator of Social Housing's new consumer standards came into force on 1 April "
        "2024. We carried out a self-assessment against each standard in early 2024 with the "
        "Tenants' Forum. This plan sets out the gaps we found and the actions we are taking. "
        "Progress is reported quarterly to the Housing Improvement Board and to the Tenants' Forum.")

    doc.add_heading("Improvement actions", level=1)

    rag_fill = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    hdr = ["Ref", "What we found", "Action", "Lead", "Deadline", "Q3 update", "RAG"]

    def standard(heading, rows):
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "E2EFDA")
        for r in rows:
            cells = t.add_row().cells
            for i, x in enumerate(r):
                set_cell(cells[i], x)
            if r[6] in rag_fill:
                shade(cells[6], rag_fill[r[6]])

    standard("1. Safety and Quality Standard", [
        ("SQ1", "Stock condition data is more than five years old for 38% of homes.",
         "Commission stock condition surveys on a five-year rolling programme, with 40% of "
         "homes surveyed in 2024/25.", "JB", "31/03/2025",
         "1,320 surveys complete (33%). Contractor has increased resources from January.", "A"),
        ("SQ2", "There is no single record of damp and mould cases and response times are not "
                "monitored.",
         "Implement the Damp and Mould Policy and the case management module in Civica CX, "
         "with a target of inspecting within 10 working days.", "SH", "Oct 2024",
         "Policy approved by Executive in September. Module live from 1 October 2024.", "B"),
        ("SQ3", "Fire risk assessment actions are overdue at four blocks of flats.",
         "Clear all overdue high-risk fire risk assessment actions and report compliance "
         "monthly to the Corporate Leadership Team.", "JB / KM", "December 2024",
         "All high-risk actions closed. Six medium-risk actions remain, due by March.", "G"),
    ])
    standard("2. Transparency, Influence and Accountability Standard", [
        ("TIA1", "Tenant Satisfaction Measures results have not been published.",
         "Publish the 2023/24 TSM results and a tenant-friendly summary on the website and in "
         "the tenants' newsletter.", "CW", "July 2024",
         "Published 28 June 2024.", "B"),
        ("TIA2", "Complaints performance is not reported to tenants or councillors.",
         "Produce a quarterly complaints performance report for the Tenants' Forum and the "
         "Executive, including learning from complaints.", "CW", "Quarterly",
         "Q2 report presented to Tenants' Forum in November.", "G"),
        ("TIA3", "Tenants have few ways to influence decisions; the Tenants' Forum has seven "
                 "members.",
         "Recruit a Tenant Scrutiny Panel and agree a scrutiny work programme for 2025/26.",
         "LR", "Q4 2024/25",
         "Four tenants recruited against a target of eight. Recruitment event planned for "
         "February.", "A"),
    ])
    standard("3. Neighbourhood and Community Standard", [
        ("NC1", "Anti-social behaviour cases are not consistently risk assessed.",
         "Introduce a risk assessment matrix for all new ASB cases and train Housing Officers "
         "in its use.", "SH", "Jan 2025",
         "Training delivered 9 January; matrix in use from 13 January.", "B"),
        ("NC2", "The communal areas inspection programme is not published.",
         "Publish the estate inspection schedule and inspection results on the council website.",
         "KM", "31/03/2025",
         "Schedule drafted but not published because of web team capacity; now expected May "
         "2025.", "R"),
    ])
    standard("4. Tenancy Standard", [
        ("T1", "Tenancy audits (home visits) have not taken place since 2020.",
         "Restart the tenancy audit programme to visit every tenant over four years, starting "
         "with tenants not seen for three years.", "SH/LR", "30/04/2025",
         "Programme designed and visit letters drafted; visits start in April.", "G"),
        ("T2", "Mutual exchange applications are not always decided within 42 days.",
         "Introduce weekly monitoring of mutual exchange applications against the 42-day "
         "timescale.", "LR", "Immediate",
         "In place since November. All Q3 applications decided within 42 days.", "B"),
    ])

    doc.add_paragraph()
    doc.add_paragraph("RAG: R = off track; A = at risk; G = on track; B = complete")

    doc.add_heading("Officer key", level=2)
    key = doc.add_table(rows=1, cols=2)
    key.style = "Table Grid"
    set_cell(key.rows[0].cells[0], "Initials", bold=True)
    set_cell(key.rows[0].cells[1], "Role", bold=True)
    for ini, role in [("JB", "Head of Housing Property Services"),
                      ("SH", "Housing Operations Manager"),
                      ("KM", "Building Safety Manager"),
                      ("CW", "Customer Experience Manager"),
                      ("LR", "Tenancy Services Team Leader")]:
        cells = key.add_row().cells
        set_cell(cells[0], ini)
        set_cell(cells[1], role)
    doc.save(os.path.join(HERE, "ai2-high-peak-housing-consumer-standards-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 7. Solihull - Tobacco Control Alliance CLeaR improvement plan (tab-separated text)
# ---------------------------------------------------------------------------
def make_solihull():
    W = 8
    lines = [
        ["Solihull Tobacco Control Alliance – CLeaR Improvement Plan 2024-25"],
        ["Actions following the CLeaR peer assessment of 11 June 2024. Progress at March 2025."],
        [],
        ["CLeaR area", "Peer assessment recommendation", "Ref", "Action", "Lead", "By when",
         "Progress update (March 2025)", "RAG"],
        ["Leadership",
         "Refresh the Tobacco Control Alliance and strengthen partner attendance, including the "
         "NHS and Trading Standards.",
         "L1", "Revise the Alliance terms of reference and membership, and invite the ICB and "
               "acute trust smoking cessation leads.",
         "Public Health Consultant (Tobacco)", "Sept 2024",
         "Terms of reference agreed at the September Alliance meeting. ICB and UHB leads now "
         "attend.", "Complete"],
        ["", "", "L2", "Report Alliance progress to the Health and Wellbeing Board twice a year.",
         "Director of Public Health", "Six-monthly",
         "First report to HWB in December 2024.", "Green"],
        ["", "Develop a Smokefree Solihull strategy with a clear local target linked to the "
             "national smokefree 2030 ambition.",
         "L3", "Draft and consult on the Smokefree Solihull Strategy 2025-2030.",
         "R. Tandon & A. Kaur", "31/03/2025",
         "Consultation closed 14 February with 312 responses. Final strategy to HWB in April.",
         "Amber"],
        ["Challenge services",
         "Increase uptake of stop smoking support among routine and manual workers, people with "
         "mental health conditions and pregnant women.",
         "C1", "Commission the new Solihull Stop Smoking Service using the Local Stop Smoking "
               "Services and Support Grant, including a vape-to-quit offer.",
         "Commissioning Manager, Public Health", "Oct-24",
         "New service went live on 1 October 2024.", "Complete"],
        ["", "", "C2", "Roll out the tobacco dependence treatment pathway in maternity and mental "
                       "health inpatient settings.",
         "Public Health Consultant (Tobacco)", "Q4 2024/25",
         "Maternity pathway live at Solihull Hospital. Mental health pathway delayed by "
         "staffing.", "Amber"],
        ["", "Strengthen intelligence-led enforcement against illicit tobacco and underage sales "
             "of tobacco and vapes.",
         "C3", "Agree a joint illicit tobacco operation plan with HMRC and West Midlands Police, "
               "including test purchasing.",
         "Trading Standards Manager", "December 2024",
         "Two joint operations completed; 1,400 illicit cigarettes and 52 illegal vapes seized.",
         "Green"],
        ["", "", "C4", "Deliver age of sale advice visits to all retailers selling vapes near "
                       "secondary schools.",
         "Trading Standards Manager", "Summer term 2025",
         "Visits to 23 of 41 retailers complete.", "Green"],
        ["Results",
         "Improve the collection and use of local smoking prevalence data, including at ward "
         "level.",
         "R1", "Add smoking status questions to the Residents' Survey and analyse results by "
               "ward and deprivation quintile.",
         "Public Health Intelligence Lead", "TBC",
         "Awaiting confirmation of the 2025 survey content.", ""],
        ["", "", "R2", "Produce an annual tobacco control dashboard for the Alliance.",
         "Public Health Intelligence Lead", "30/06/2025",
         "Draft dashboard shared with the Alliance in March.", "Green"],
        [],
        ["RAG: Complete = action finished; Green = on track; Amber = at risk; Red = off track"],
    ]
    path = os.path.join(HERE, "ai2-solihull-tobacco-control-clear-improvement-plan.txt")
    with open(path, "w", encoding="utf-8", newline="") as f:
        for row in lines:
            f.write("\t".join(row + [""] * (W - len(row))) + "\r\n")


if __name__ == "__main__":
    make_wiltshire()
    make_broxbourne()
    make_erewash()
    make_tandridge()
    make_merseycare()
    make_highpeak()
    make_solihull()
    print("done")
