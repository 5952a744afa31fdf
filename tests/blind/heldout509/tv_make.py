"""Build the seven tv- blind test files (set heldout509).

Run with /work/main/.venv/bin/python tv_make.py from any directory; files are
written beside this script.
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

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. NHS South Yorkshire ICB - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def make_icb():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "NHS South Yorkshire ICB – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Committee – 15 January 2026"
    ws["A3"] = "Position as at 31 December 2025"
    ws["A5"] = "Summary of agreed management actions by priority"
    ws["A5"].font = Font(bold=True)
    hdr = ["Priority", "Implemented", "Not yet due", "Revised date agreed", "Overdue", "Total"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
        cell.border = BOX
    rows = [
        ["High", 2, 1, 2, 0, 5],
        ["Medium", 1, 1, 0, 0, 2],
        ["Low", 0, 1, 0, 1, 2],
        ["Total", 3, 3, 2, 1, 9],
    ]
    for r, vals in enumerate(rows, 7):
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            if vals[0] == "Total":
                cell.font = Font(bold=True)
    ws["A13"] = "RAG key (status column on the Tracker sheet is colour only)"
    ws["A13"].font = Font(bold=True)
    key = [
        (BLUE, "Implemented – evidence verified by 360 Assurance"),
        (GREEN, "Not yet due – on track for the agreed date"),
        (AMBER, "Revised implementation date agreed by the Committee"),
        (RED, "Overdue – original date passed and no revised date agreed"),
    ]
    for i, (col, text) in enumerate(key, 14):
        ws.cell(row=i, column=1).fill = fill(col)
        ws.cell(row=i, column=1).border = BOX
        ws.cell(row=i, column=2, value=text)
    ws.column_dimensions["A"].width = 14
    for col in "BCDEF":
        ws.column_dimensions[col].width = 20

    t = wb.create_sheet("Tracker")
    t["A1"] = "NHS South Yorkshire ICB – Internal Audit Recommendations Tracker"
    t["A1"].font = Font(bold=True, size=14)
    t["A2"] = ("Position as at 31 December 2025 – prepared by 360 Assurance for the "
               "Audit and Risk Committee, 15 January 2026")
    headers = ["Ref", "Recommendation", "Priority", "Agreed management action",
               "Responsible officer", "Original due date", "Revised due date",
               "Latest update (December 2025)", "RAG"]
    for c, h in enumerate(headers, 1):
        cell = t.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E79")
        cell.alignment = WRAP
        cell.border = BOX

    def band(row, text):
        t.cell(row=row, column=1, value=text)
        t.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        t.cell(row=row, column=1).font = Font(bold=True)
        t.cell(row=row, column=1).fill = fill("DDEBF7")

    def act(row, ref, action, officer, orig, rev, update, rag):
        vals = {1: ref, 4: action, 5: officer, 6: orig, 7: rev, 8: update}
        for c in range(1, 10):
            cell = t.cell(row=row, column=c)
            if c in vals:
                cell.value = vals[c]
            cell.alignment = WRAP
            cell.border = BOX
        for c in (6, 7):
            t.cell(row=row, column=c).number_format = "dd/mm/yyyy"
        t.cell(row=row, column=9).fill = fill(rag)

    def rec(first, last, text, priority):
        t.cell(row=first, column=2, value=text)
        t.cell(row=first, column=3, value=priority)
        if last > first:
            t.merge_cells(start_row=first, start_column=2, end_row=last, end_column=2)
            t.merge_cells(start_row=first, start_column=3, end_row=last, end_column=3)

    band(5, "Continuing Healthcare (CHC) – Limited assurance – final report issued 12/03/2025")
    act(6, "CHC-01",
        "Implement a weekly review tracker within the Broadcare system, with overdue reviews "
        "escalated to the Head of All Age Continuing Care.",
        "Head of All Age Continuing Care", d(2025, 6, 30), d(2026, 2, 28),
        "Tracker live from August 2025. Backlog reduced from 412 to 96 overdue reviews; "
        "Committee agreed a revised date for full compliance.", AMBER)
    act(7, "CHC-02",
        "Recruit two additional clinical reviewers on fixed-term contracts to clear the backlog "
        "of overdue reviews.",
        "Deputy Chief Nurse", d(2025, 5, 31), None,
        "Both reviewers in post from 12 May 2025. Evidence verified.", BLUE)
    rec(6, 7, "The ICB should ensure that all CHC eligibility reviews are completed within three "
        "months of the initial decision and at least annually thereafter.", "High")
    act(8, "CHC-03",
        "Re-issue the authorisation limits to all CHC case managers and add an approval "
        "checkpoint to the Broadcare workflow.",
        "Head of All Age Continuing Care / Deputy Chief Finance Officer", d(2026, 3, 31), None,
        "Limits re-issued November 2025; workflow change with the Broadcare supplier.", GREEN)
    rec(8, 8, "Care packages should be authorised in line with the ICB's Scheme of Reservation "
        "and Delegation, with evidence of approval retained on the patient record.", "Medium")

    band(9, "Cyber Security and Data Security and Protection Toolkit – Moderate assurance – "
         "final report issued 20/05/2025")
    act(10, "CYB-01",
        "Introduce a quarterly privileged access review signed off by the SIRO, using the "
        "joiners, movers and leavers report from ESR.",
        "Chief Digital Information Officer", d(2025, 9, 30), d(2026, 1, 31),
        "First review completed for Q2; ESR report still being tested with the eMBED "
        "service.", AMBER)
    rec(10, 10, "Privileged accounts should be reviewed quarterly and removed promptly when staff "
        "leave or change role.", "High")
    act(11, "CYB-02",
        "Hold a cyber incident desktop exercise with the Executive Team and record lessons "
        "learned.",
        "Emergency Planning Manager", d(2025, 11, 30), None,
        "Exercise postponed because of resident doctors' industrial action; not yet "
        "rescheduled.", RED)
    rec(11, 11, "The incident response plan should be tested at least annually through a "
        "desktop exercise.", "Low")

    band(12, "Conflicts of Interest – Limited assurance – final report issued 08/07/2025")
    act(13, "COI-01",
        "Issue the annual declaration campaign through the Civica Declare system with monthly "
        "reminders to non-responders.",
        "Head of Governance", d(2025, 10, 31), None,
        "Campaign closed 31 October 2025 with 97% of decision-making staff declared.", BLUE)
    act(14, "COI-02",
        "Publish the updated register of interests on the ICB website and report compliance "
        "rates to the Audit and Risk Committee.",
        "Head of Governance", d(2026, 1, 31), None,
        "Register being checked before publication.", GREEN)
    rec(13, 14, "All decision-making staff should complete an annual declaration of interests, "
        "including nil returns, and the register should be published on the ICB website.",
        "High")
    act(15, "COI-03",
        "Update the minute template for all committees and sub-committees and brief committee "
        "secretaries.",
        "Board Secretary; Corporate Governance Officer", d(2025, 9, 30), None,
        "New template in use from September 2025.", BLUE)
    rec(15, 15, "Declarations made at meetings should be recorded in the minutes together with "
        "the action taken to manage the conflict.", "Medium")

    band(16, "Key Financial Systems – Substantial assurance – final report issued 14/10/2025")
    act(17, "FIN-01",
        "Amend the supplier maintenance procedure to require call-back verification and "
        "retain evidence in the ISFE2 supplier record.",
        "Deputy Chief Finance Officer", d(2026, 2, 28), None,
        "Draft procedure with Shared Business Services for comment.", GREEN)
    rec(17, 17, "Supplier bank detail changes should be independently verified by telephone "
        "using contact details held on file.", "Low")

    t["A19"] = ("Note: implemented actions are removed from the tracker once they have been "
                "reported to the Committee.")
    t["A19"].font = Font(italic=True)
    widths = {"A": 9, "B": 42, "C": 9, "D": 45, "E": 26, "F": 12, "G": 12, "H": 42, "I": 6}
    for k, v in widths.items():
        t.column_dimensions[k].width = v
    for r in range(6, 18):
        for c in (2, 3):
            t.cell(row=r, column=c).alignment = WRAP
            t.cell(row=r, column=c).border = BOX
    t.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "tv-nhs-south-yorkshire-icb-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Surrey Police - custody inspection action plan (xlsx)
# ---------------------------------------------------------------------------
def make_surrey():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Surrey Police – Custody Inspection Action Plan"
    cv["A1"].font = Font(bold=True, size=16)
    cv["A2"] = ("Response to the HMICFRS / HM Inspectorate of Prisons unannounced inspection of "
                "police custody suites in Surrey (fieldwork June 2024, report published "
                "October 2024)")
    info = [
        ("Document owner", "T/Chief Superintendent, Criminal Justice"),
        ("Governance", "Custody Strategic Board (monthly); Force Assurance Board (quarterly)"),
        ("Version", "v2.3"),
        ("Last updated", "08/12/2025"),
        ("Next review", "Custody Strategic Board – January 2026"),
        ("Protective marking", "OFFICIAL"),
    ]
    for i, (k, v) in enumerate(info, 4):
        a = cv.cell(row=i, column=1, value=k)
        a.font = Font(bold=True)
        a.fill = fill(GREY)
        a.border = BOX
        b = cv.cell(row=i, column=2, value=v)
        b.border = BOX
    cv["A11"] = "Version history"
    cv["A11"].font = Font(bold=True)
    hist = [("Version", "Date", "Change"),
            ("v1.0", "18/11/2024", "Plan agreed at Custody Strategic Board"),
            ("v2.0", "14/04/2025", "Actions re-baselined after six-month review"),
            ("v2.3", "08/12/2025", "Q3 update; RAG reviewed")]
    for i, row in enumerate(hist, 12):
        for c, v in enumerate(row, 1):
            cell = cv.cell(row=i, column=c, value=v)
            cell.border = BOX
            if i == 12:
                cell.font = Font(bold=True)
    cv.column_dimensions["A"].width = 22
    cv.column_dimensions["B"].width = 70
    cv.column_dimensions["C"].width = 45

    ap = wb.create_sheet("Action Plan")
    ap["A1"] = "Surrey Police – Custody Inspection Action Plan"
    ap["A1"].font = Font(bold=True, size=14)
    ap["A2"] = "Position at 08/12/2025"
    heads = ["Ref", "Recommendation / area for improvement", "Action", "Action owner",
             "Target date", "Previous RAG", "Current RAG", "Progress update"]
    for c, h in enumerate(heads, 1):
        cell = ap.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("002060")
        cell.alignment = WRAP
        cell.border = BOX
    ragfill = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}

    def section(row, text):
        ap.cell(row=row, column=1, value=text)
        ap.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        ap.cell(row=row, column=1).font = Font(bold=True)
        ap.cell(row=row, column=1).fill = fill(GREY)

    def act(row, ref, action, owner, target, prev, cur, update):
        vals = {1: ref, 3: action, 4: owner, 5: target, 6: prev, 7: cur, 8: update}
        for c in range(1, 9):
            cell = ap.cell(row=row, column=c)
            if c in vals and vals[c] is not None:
                cell.value = vals[c]
            cell.alignment = WRAP
            cell.border = BOX
        ap.cell(row=row, column=5).number_format = "dd/mm/yyyy"
        if prev:
            ap.cell(row=row, column=6).fill = fill(ragfill[prev])
        ap.cell(row=row, column=7).fill = fill(ragfill[cur])
        for c in (6, 7):
            ap.cell(row=row, column=c).alignment = Alignment(horizontal="center", vertical="top")

    def rec(first, last, text):
        ap.cell(row=first, column=2, value=text)
        if last > first:
            ap.merge_cells(start_row=first, start_column=2, end_row=last, end_column=2)
        for r in range(first, last + 1):
            ap.cell(row=r, column=2).alignment = WRAP
            ap.cell(row=r, column=2).border = BOX

    section(5, "Leadership, accountability and partnerships")
    act(6, "R1.1",
        "Complete a demand and resourcing review of all three custody suites using the "
        "national custody staffing model.",
        "Head of Criminal Justice", d(2025, 10, 31), "A", "B",
        "Review completed and presented to Chief Officer Group on 21/10/2025.")
    act(7, "R1.2",
        "Recruit 12 additional detention officers and introduce protected training days "
        "within the custody shift pattern.",
        "Custody Operations Manager / HR Business Partner", "End of March 2026", "A", "A",
        "7 of 12 posts filled; two further intakes planned. Protected training days start "
        "with the new shift pattern in February.")
    rec(6, 7, "Recommendation 1: The force should ensure it has sufficient staff in custody to "
        "meet the needs of detainees and to allow custody staff to complete mandatory "
        "training.")
    act(8, "AFI 1.1",
        "Introduce a monthly dip sample of 20 custody records per suite by custody inspectors, "
        "with themes reported to the Custody Strategic Board.",
        "Custody Inspectors", d(2025, 9, 30), "G", "B",
        "Dip sampling embedded since April 2025; themes reported monthly.")
    rec(8, 8, "Area for improvement 1: The force should improve the quality assurance of custody "
        "records and use the findings to drive improvement.")

    section(9, "In the custody suite: booking in, individual needs and legal rights")
    act(10, "R2.1",
        "Introduce easy-read and translated rights and entitlements leaflets at all booking-in "
        "desks.",
        "Custody Inspector (Guildford)", d(2025, 8, 31), "G", "B",
        "Leaflets in 14 languages and easy-read format available at Guildford, Salfords and "
        "Staines.")
    act(11, "R2.2",
        "Amend the Niche custody booking-in template so that the custody officer records how "
        "rights were explained and whether the detainee understood them.",
        "Criminal Justice Systems Lead", "Q4 2025/26", "A", "G",
        "Change request approved by the Niche design authority; scheduled for the February "
        "release.")
    rec(10, 11, "Recommendation 2: The force should ensure that detainees' rights and "
        "entitlements are explained fully and that detainees are given a copy of them in a "
        "format they understand.")
    act(12, "AFI 2.1",
        "Agree a revised protocol with Surrey County Council for requesting and providing "
        "accommodation for children charged and refused bail, with escalation to the duty "
        "Superintendent.",
        "Supt Criminal Justice; Surrey CC Youth Justice Service Manager",
        "31/07/2025\nRevised: 31/01/2026", "A", "R",
        "Draft protocol not yet signed off by the local authority; escalated to the "
        "Safeguarding Children Partnership executive.")
    rec(12, 12, "Area for improvement 2: The force should ensure that children are not held in "
        "custody overnight unless it is unavoidable, and that alternative accommodation is "
        "requested in every case.")

    section(13, "In the custody suite: safety")
    act(14, "R3.1",
        "Deliver refresher training on risk assessment and rousing to all custody sergeants "
        "and detention officers.",
        "Custody Training Lead", "Jan-26", "A", "G",
        "82% trained; remaining staff booked on December and January sessions.")
    act(15, "R3.2",
        "Introduce cell call bell response reporting and review response times at the monthly "
        "custody performance meeting.",
        "Estates Manager (Custody)", d(2026, 3, 31), None, "G",
        "New action added at six-month review. Reporting module procured.")
    rec(14, 15, "Recommendation 3: The force should ensure that all detainees are risk assessed "
        "appropriately and that observation levels reflect the risks identified.")

    section(16, "Health care")
    act(17, "AFI 3.1",
        "Extend the liaison and diversion contract to provide substance misuse practitioner "
        "cover at Salfords and Staines suites seven days a week.",
        "Custody Healthcare Contract Manager", "June 2026", "A", "A",
        "Funding bid submitted to the OPCC; decision expected at the February Commissioner's "
        "Performance and Accountability meeting.")
    rec(17, 17, "Area for improvement 3: Detainees should have access to substance misuse "
        "services in all suites, including out of hours.")

    widths = {"A": 9, "B": 45, "C": 48, "D": 28, "E": 14, "F": 10, "G": 10, "H": 45}
    for k, v in widths.items():
        ap.column_dimensions[k].width = v
    ap.freeze_panes = "A5"

    ky = wb.create_sheet("RAG key")
    ky["A1"] = "RAG key"
    ky["A1"].font = Font(bold=True)
    keys = [("B", BLUE, "Complete – evidence accepted by Custody Strategic Board"),
            ("G", GREEN, "On track to meet the target date"),
            ("A", AMBER, "Some slippage – target date at risk"),
            ("R", RED, "Off track – target date missed or will be missed")]
    for i, (letter, col, text) in enumerate(keys, 2):
        a = ky.cell(row=i, column=1, value=letter)
        a.fill = fill(col)
        a.border = BOX
        ky.cell(row=i, column=2, value=text)
    ky.column_dimensions["B"].width = 60
    wb.save(os.path.join(HERE, "tv-surrey-police-custody-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. The Riverside Group - strategic risk register, typo month (xlsx, refuse)
# ---------------------------------------------------------------------------
def make_riverside():
    wb = Workbook()
    ks = wb.active
    ks.title = "Scoring key"
    ks["A1"] = "Risk scoring matrix (likelihood x impact)"
    ks["A1"].font = Font(bold=True)
    ks["A2"] = "Impact →"
    for i in range(1, 6):
        ks.cell(row=2, column=i + 1, value=i).font = Font(bold=True)
    for lk in range(5, 0, -1):
        r = 3 + (5 - lk)
        ks.cell(row=r, column=1, value=f"Likelihood {lk}").font = Font(bold=True)
        for im in range(1, 6):
            s = lk * im
            cell = ks.cell(row=r, column=im + 1, value=s)
            cell.fill = fill(RED if s >= 15 else AMBER if s >= 8 else GREEN)
            cell.border = BOX
    ks["A9"] = "Red 15–25: outside appetite, Board oversight"
    ks["A10"] = "Amber 8–12: tolerate with further action"
    ks["A11"] = "Green 1–6: within appetite"
    ks["A13"] = "Action status: Complete / On track / Delayed / Not started"
    ks.column_dimensions["A"].width = 16

    rg = wb.create_sheet("Strategic Risk Register")
    rg["A1"] = "The Riverside Group – Strategic Risk Register 2025/26"
    rg["A1"].font = Font(bold=True, size=14)
    rg["A2"] = "Quarter 3 review"
    rg["A2"].font = Font(bold=True, size=12)
    rg["A3"] = "Presented to: Group Audit and Risk Committee, 3 February 2026"
    heads = ["Risk ref", "Risk description", "Risk owner", "Inherent score (L x I)",
             "Key controls", "Residual score (L x I)", "Risk appetite",
             "Further actions required", "Action owner", "Due date", "Action status"]
    for c, h in enumerate(heads, 1):
        cell = rg.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.alignment = WRAP
        cell.border = BOX

    def risk(first, last, ref, desc, owner, inh, controls, res, appetite, res_fill):
        vals = {1: ref, 2: desc, 3: owner, 4: inh, 5: controls, 6: res, 7: appetite}
        for c, v in vals.items():
            rg.cell(row=first, column=c, value=v)
            if last > first:
                rg.merge_cells(start_row=first, start_column=c, end_row=last, end_column=c)
            for r in range(first, last + 1):
                rg.cell(row=r, column=c).alignment = WRAP
                rg.cell(row=r, column=c).border = BOX
        rg.cell(row=first, column=6).fill = fill(res_fill)

    def act(row, text, owner, due, status):
        for c, v in zip(range(8, 12), (text, owner, due, status)):
            cell = rg.cell(row=row, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX

    risk(6, 7, "SR01",
         "Building and tenant safety: failure to identify and remedy hazards (including damp "
         "and mould, fire safety and the big six compliance areas) leads to harm to customers "
         "and regulatory action.",
         "Executive Director of Property Services", "4 x 5 = 20",
         "Compliance assurance framework; monthly compliance dashboard to Board; damp and mould "
         "triage within 24 hours; external fire risk assessment programme.",
         "3 x 5 = 15", "Averse", RED)
    act(6, "Complete the remediation of the 38 medium-rise buildings identified in the external "
        "wall survey programme.", "Director of Building Safety", "March 2027", "On track")
    act(7, "Implement the Awaab's Law response timescales for emergency hazards and report "
        "performance to the Customer Services Committee.", "Director of Repairs",
        "December 2025", "Complete")
    risk(8, 9, "SR02",
         "Consumer regulation: the Group does not meet the Regulator of Social Housing's "
         "consumer standards, leading to a C3 or C4 grading.",
         "Group Chief Executive", "4 x 4 = 16",
         "Consumer standards self-assessment; TSM reporting; complaints performance "
         "monitored by the Customer Services Committee.",
         "3 x 4 = 12", "Cautious", AMBER)
    act(8, "Complete the stock condition survey programme so that 100% of homes have been "
        "surveyed in the last five years.", "Director of Asset Management", "March 2026",
        "On track")
    act(9, "Refresh the consumer standards self-assessment with evidence mapped to each "
        "required outcome, ahead of the planned inspection.", "Head of Regulation and "
        "Assurance", "Febuary 2026", "On track")
    risk(10, 11, "SR03",
         "Financial viability: higher interest rates, cost inflation and investment in existing "
         "homes reduce headroom against loan covenants.",
         "Group Chief Financial Officer", "3 x 5 = 15",
         "30-year business plan stress testing; golden rules monitored monthly; treasury "
         "management policy.",
         "2 x 5 = 10", "Cautious", AMBER)
    act(10, "Refinance the £150m revolving credit facility maturing in 2026.",
        "Director of Treasury", "June 2026", "On track")
    act(11, "Deliver the £12m efficiency programme set out in the 2025/26 budget.",
        "Chief Operating Officer", "March 2026", "Delayed")
    risk(12, 13, "SR04",
         "Data and cyber security: a cyber attack or data breach disrupts services or "
         "compromises customer data.",
         "Chief Information Officer", "4 x 4 = 16",
         "Cyber Essentials Plus; 24/7 security operations centre; mandatory data protection "
         "training.",
         "3 x 4 = 12", "Averse", AMBER)
    act(12, "Complete the migration of the housing management system to the cloud platform.",
        "Head of IT Infrastructure", "September 2026", "On track")
    act(13, "Run a cyber incident exercise with the Executive Team.", "Chief Information "
        "Officer", "April 2026", "Not started")
    risk(14, 14, "SR05",
         "Development: the new homes programme is not delivered to time and budget because of "
         "contractor failure or planning delays.",
         "Executive Director of Development", "3 x 4 = 12",
         "Contractor financial checks; development committee approval of schemes over £5m.",
         "2 x 4 = 8", "Open", AMBER)
    act(14, "Review the 2026/27 development pipeline against the updated business plan.",
        "Executive Director of Development", "May 2026", "Not started")
    rg["A16"] = "Risk scores are reviewed quarterly by the Executive Team before each Committee."
    rg["A16"].font = Font(italic=True)
    widths = {"A": 8, "B": 40, "C": 22, "D": 11, "E": 38, "F": 11, "G": 10, "H": 45, "I": 24,
              "J": 14, "K": 12}
    for k, v in widths.items():
        rg.column_dimensions[k].width = v
    wb.save(os.path.join(HERE, "tv-riverside-group-strategic-risk-register-typo-month-refuse.xlsx"))


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


def set_text(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(9)


# ---------------------------------------------------------------------------
# 4. Larchwood House care home - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_larchwood():
    doc = Document()
    doc.add_heading("Larchwood House Care Home – CQC Inspection Action Plan", level=0)

    cover = doc.add_table(rows=0, cols=2)
    cover.style = "Table Grid"
    for k, v in [
        ("Provider", "Larchwood Care Homes Ltd"),
        ("Location", "Larchwood House, 14 Station Road, Sandbach, CW11 3JG"),
        ("Registered manager", "Sarah Okafor"),
        ("Assessment dates", "4 and 5 March 2025 (report published 22 May 2025)"),
        ("Overall rating", "Requires improvement"),
        ("Breaches", "Regulation 12, Regulation 17, Regulation 18"),
        ("Plan last reviewed", "17 November 2025"),
    ]:
        row = cover.add_row().cells
        set_text(row[0], k, bold=True)
        shade(row[0], "E7E6E6")
        set_text(row[1], v)

    doc.add_paragraph(
        "This plan sets out how we will meet the regulations we were found to be in breach "
        "of. It is reviewed monthly at the home's clinical governance meeting and sent to the "
        "Nominated Individual.")
    doc.add_paragraph("RAG key")
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for cell, (txt, col) in zip(key.rows[0].cells, [("B – Completed", "9DC3E6"),
                                                     ("G – On track", "A9D08E"),
                                                     ("A – Some delay", "FFD966"),
                                                     ("R – Not on track", "FF7C80")]):
        set_text(cell, txt, bold=True)
        shade(cell, col)

    colmap = {"B": "9DC3E6", "G": "A9D08E", "A": "FFD966", "R": "FF7C80"}

    def reg_table(heading, found, actions):
        doc.add_heading(heading, level=2)
        tbl = doc.add_table(rows=1, cols=6)
        tbl.style = "Table Grid"
        for cell, h in zip(tbl.rows[0].cells, ["What CQC found", "No.", "Action we will take",
                                              "Who", "By when", "RAG"]):
            set_text(cell, h, bold=True)
            shade(cell, "D9E2F3")
        first = None
        for no, text, who, when, rag in actions:
            cells = tbl.add_row().cells
            if first is None:
                first = cells[0]
                set_text(first, found)
            set_text(cells[1], no)
            set_text(cells[2], text)
            set_text(cells[3], who)
            set_text(cells[4], when)
            set_text(cells[5], rag)
            shade(cells[5], colmap[rag])
        if len(actions) > 1:
            first.merge(tbl.rows[len(actions)].cells[0])
            # merge leaves the text in the first paragraph; remove empty paragraphs
            for extra in first.paragraphs[1:]:
                if not extra.text:
                    extra._element.getparent().remove(extra._element)
        doc.add_paragraph()

    reg_table(
        "Regulation 12: Safe care and treatment",
        "Medicines were not always managed safely. Topical creams were not recorded on "
        "medicine administration records and protocols for 'as required' medicines were "
        "missing for two people.",
        [
            ("12.1", "Introduce body maps and topical MAR charts for everyone prescribed creams, "
             "checked daily by the nurse in charge.", "Clinical Lead", "30/04/2025", "B"),
            ("12.2", "Write person-centred PRN protocols for every 'as required' medicine and "
             "review them with the GP at each monthly medication review.",
             "Clinical Lead / Deputy Manager", "31/05/2025", "B"),
            ("12.3", "Complete a monthly medicines audit using the provider audit tool and act on "
             "any shortfalls within seven days.", "Sarah Okafor (Registered Manager)",
             "Monthly", "G"),
        ])
    reg_table(
        "Regulation 17: Good governance",
        "Audits had not identified the shortfalls we found, and records of people's care were "
        "not always complete or up to date.",
        [
            ("17.1", "Introduce a governance calendar so that each audit has a named owner and a "
             "date, with results reported to the Nominated Individual.",
             "Registered Manager", "End of June 2025", "B"),
            ("17.2", "Move all care plans to the Nourish digital care planning system and review "
             "each plan with the person or their representative.",
             "Deputy Manager", "31/12/2025", "A"),
            ("17.3", "Commission a mock inspection by an external consultant against the CQC "
             "quality statements.", "Operations Director", "February 2026", "G"),
        ])
    reg_table(
        "Regulation 18: Staffing",
        "Not all staff had completed the provider's mandatory training, including moving and "
        "handling and dementia awareness.",
        [
            ("18.1", "Book all outstanding mandatory training and monitor completion weekly on "
             "the training matrix.", "Training Coordinator", "31/08/2025", "B"),
            ("18.2", "Introduce competency observations for moving and handling for all care "
             "staff, repeated annually.", "Deputy Manager; Moving and Handling Trainer",
             "31/01/2026", "R"),
        ])

    doc.add_paragraph("Sign-off")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for cell, txt in zip(so.rows[0].cells, ["Name", "Role", "Date"]):
        set_text(cell, txt, bold=True)
    for cell, txt in zip(so.rows[1].cells, ["Sarah Okafor", "Registered Manager", "17/11/2025"]):
        set_text(cell, txt)
    doc.save(os.path.join(HERE, "tv-larchwood-house-care-home-cqc-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. New College Durham - quality improvement plan 2025/26 (docx)
# ---------------------------------------------------------------------------
def make_ncd():
    doc = Document()
    doc.add_heading("New College Durham Quality Improvement Plan 2025/26", level=0)
    sub = doc.add_paragraph("Arising from the 2024/25 self-assessment report")
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [
        ("Owner", "Deputy Principal – Curriculum and Quality"),
        ("Approved by", "Quality and Standards Committee, 25 November 2025"),
        ("Version", "1.2 (January 2026 progress update)"),
        ("Source", "Self-assessment report 2024/25; Ofsted inspection March 2024"),
        ("Next review", "Quality and Standards Committee, March 2026"),
    ]:
        row = dc.add_row().cells
        set_text(row[0], k, bold=True)
        shade(row[0], "F2F2F2")
        set_text(row[1], v)

    doc.add_paragraph()
    doc.add_paragraph("RAG rating used in this plan:")
    doc.add_paragraph("Green – action completed and impact evidenced", style="List Bullet")
    doc.add_paragraph("Amber – in progress", style="List Bullet")
    doc.add_paragraph("Red – not started or significantly behind", style="List Bullet")

    colmap = {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    heads = ["Ref", "Action", "Lead(s)", "Completion date", "Impact measure",
             "Progress (January 2026)", "RAG"]

    def theme(title, blocks):
        doc.add_heading(title, level=1)
        tbl = doc.add_table(rows=0, cols=7)
        tbl.style = "Table Grid"
        for afi, actions in blocks:
            row = tbl.add_row()
            merged = row.cells[0].merge(row.cells[6])
            set_text(merged, afi, bold=True)
            shade(merged, "DEEAF6")
            hrow = tbl.add_row().cells
            for cell, h in zip(hrow, heads):
                set_text(cell, h, bold=True)
                shade(cell, "F2F2F2")
            for vals in actions:
                cells = tbl.add_row().cells
                for cell, v in zip(cells, vals):
                    set_text(cell, v)
                shade(cells[6], colmap[vals[6]])
        doc.add_paragraph()

    theme("Theme 1: Quality of education", [
        ("AFI 1: Too few apprentices in engineering and construction complete their "
         "apprenticeship by their planned end date.", [
            ("1.1", "Introduce monthly progress reviews for every apprentice who is more than "
             "four weeks behind their learning plan, with employers invited to attend.",
             "Head of Apprenticeships", "Autumn term 2025",
             "Apprentices past planned end date below 10%",
             "Reviews in place since October; 6% past planned end date in December.", "Green"),
            ("1.2", "Train assessors in planning off-the-job training that links directly to "
             "the apprentice's workplace tasks.",
             "Apprenticeship Curriculum Managers", "31 March 2026",
             "Off-the-job hours on track for 90% of apprentices",
             "First two workshops delivered; third booked for February.", "Amber"),
        ]),
        ("AFI 2: Teachers do not routinely check what learners have understood before moving "
         "on to new topics.", [
            ("1.3", "Run a programme of coaching on questioning and checking for understanding "
             "for all teachers graded 'developing' at their learning walk.",
             "Head of Teaching, Learning and Assessment", "Dec 2025 – Jun 2026",
             "Learning walks show checking for understanding in 85% of sessions",
             "Coaching started in 3 of 7 curriculum areas.", "Amber"),
        ]),
    ])
    theme("Theme 2: Behaviour and attitudes", [
        ("AFI 3: Attendance at English and mathematics lessons for 16 to 18 learners is too "
         "low.", [
            ("2.1", "Introduce same-day calls home for any 16 to 18 learner who misses an "
             "English or mathematics lesson.",
             "Head of Learner Services / Attendance Officers", "Termly",
             "English and maths attendance at 88% or above",
             "Calls in place; attendance 83% at end of autumn term.", "Amber"),
            ("2.2", "Timetable English and mathematics lessons next to vocational lessons on "
             "the same day for all full-time study programmes.",
             "Director of Curriculum Planning", "Summer term 2026",
             "Timetable for 2026/27 meets the rule",
             "Timetabling rules not yet agreed with curriculum areas.", "Red"),
        ]),
    ])
    theme("Theme 3: Leadership and management", [
        ("AFI 4: Governors do not receive enough information about the quality of "
         "apprenticeships and adult provision.", [
            ("3.1", "Add an apprenticeship and adult learning quality dashboard to every "
             "Quality and Standards Committee agenda.",
             "Clerk to the Corporation; Director of MIS", "Nov-25",
             "Dashboard received at each committee",
             "First dashboard presented 25 November 2025.", "Green"),
            ("3.2", "Arrange a link governor for apprenticeships who takes part in two "
             "quality review visits a year.",
             "Chair of the Quality and Standards Committee", "July 2026",
             "Link governor report to the Corporation",
             "Link governor appointed; first visit planned for March.", "Amber"),
        ]),
    ])
    doc.add_paragraph("Progress against this plan is reported to the Senior Leadership Team "
                      "monthly and to the Quality and Standards Committee each term.")
    doc.save(os.path.join(HERE, "tv-new-college-durham-quality-improvement-plan-2025-26.docx"))


# ---------------------------------------------------------------------------
# 6. University of Bristol - Board of Trustees action log (csv)
# ---------------------------------------------------------------------------
def csv_field(v):
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_bristol():
    n = 7
    rows = [
        ["University of Bristol – Board of Trustees Action Log"],
        ["Open actions and actions closed since the last meeting (as at 20 November 2025)"],
        ["Status key: Complete (blue); On track (green); Delayed (amber); Overdue (red)"],
        [],
        ["Ref", "Minute", "Action", "Owner", "Due date", "Status", "Update"],
        ["Meeting held 10 July 2025"],
        ["BoT-25-31", "25/47", "Bring the revised Strategic Risk Register to the Board with risk "
         "appetite statements for each strategic risk.", "Registrar and University Secretary",
         "25/09/2025", "Complete", "Presented 25 September 2025 (minute 25/62)."],
        ["BoT-25-32", "25/49", "Provide an analysis of the 2025/26 recruitment position for "
         "international postgraduate taught students, including the impact of the graduate "
         "route changes.", "PVC Global Engagement / Director of Marketing and Recruitment",
         "Nov-25", "Complete", "Covered in the finance report to this meeting."],
        ["BoT-25-33", "25/52", "Circulate the outcome of the external review of Board "
         "effectiveness and the proposed action plan.\nIncorporate trustee feedback before "
         "the plan is finalised.", "Chair of the Board; Registrar and University Secretary",
         "Feb 2026", "On track", "Review fieldwork complete; report due January."],
        ["Meeting held 25 September 2025"],
        ["BoT-25-41", "25/64", "Report on progress with the Temple Quarter Enterprise Campus "
         "programme against the revised budget and timeline.", "Chief Operating Officer",
         "27/11/2025", "Delayed", "Deferred to the March meeting pending the contractor's "
         "revised programme."],
        ["BoT-25-42", "25/66", "Agree with the Audit and Risk Committee how the Board will "
         "receive assurance on compliance with the Office for Students' condition E6 "
         "(harassment and sexual misconduct).", "Provost; Chief Operating Officer",
         "Ongoing", "On track", "Standing item at each ARC meeting from October 2025."],
        ["BoT-25-43", "25/68", "Share the student mental health and wellbeing annual report "
         "with trustees.", "Director of Student Services", "31/10/2025", "Overdue",
         "Report being finalised; to be circulated by email."],
        ["BoT-25-44", "25/70", "Include benchmarking against Russell Group peers in the "
         "financial sustainability plan.", "CFO", "March 2026", "On track", ""],
    ]
    assert len([r for r in rows if len(r) == 7 and r[0].startswith("BoT")]) == n
    lines = []
    for r in rows:
        padded = list(r) + [""] * (7 - len(r))
        lines.append(",".join(csv_field(v) for v in padded))
    with open(os.path.join(HERE, "tv-university-of-bristol-board-of-trustees-action-log.csv"),
              "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Merseyside FRS - HMICFRS improvement plan highlight report (txt, tab separated)
# ---------------------------------------------------------------------------
def make_merseyside():
    T = "\t"
    L = []
    L.append("MERSEYSIDE FIRE & RESCUE SERVICE – HMICFRS INSPECTION IMPROVEMENT PLAN: "
             "HIGHLIGHT REPORT")
    L.append("Reporting period: October – December 2025 (Q3 2025/26)")
    L.append("Report to: Strategic Leadership Team, 14 January 2026")
    L.append("Programme sponsor: Deputy Chief Fire Officer")
    L.append("")
    L.append("Overall programme status: AMBER")
    L.append("Actions: 8 | Complete: 2 | On track (G): 3 | At risk (A): 2 | Off track (R): 1")
    L.append("")
    L.append("Key: C = Complete, G = On track, A = At risk of missing revised date, "
             "R = Off track")
    L.append("")
    L.append(T.join(["Ref", "Action", "Owner", "Original date", "Revised date", "RAG",
                     "Commentary this period"]))
    L.append("EFFECTIVENESS – Preventing fires and other risks")
    L.append("AFI 1: The service should evaluate its prevention work, so it understands the "
             "benefits better.")
    L.append(T.join(["1.1", "Develop an evaluation framework for Home Fire Safety Checks and "
                     "Safe and Well visits, agreed with Public Health.",
                     "Area Manager Prevention", "30/09/2025", "", "C",
                     "Framework signed off at Prevention Board 16/09/2025."]))
    L.append(T.join(["1.2", "Evaluate the Princes Park youth engagement programme and report "
                     "outcomes to the Community Safety and Protection Committee.",
                     "Youth Engagement Manager", "31/12/2025", "31/03/2026", "A",
                     "Data sharing agreement with Liverpool City Council delayed the survey."]))
    L.append(T.join(["", "", "", "", "", "", "Survey now in the field; analysis January."]))
    L.append("EFFECTIVENESS – Protecting the public through fire regulation")
    L.append("AFI 2: The service should make sure it has an effective quality assurance process "
             "for protection activity.")
    L.append(T.join(["2.1", "Introduce peer review of 10% of fire safety audits each quarter, "
                     "recorded on CFRMIS.", "Group Manager Protection", "Q3 2025/26", "", "G",
                     "First quarterly sample completed; 4 learning points shared."]))
    L.append(T.join(["2.2", "Train all fire safety inspectors in the revised enforcement "
                     "management model.", "Protection Training Lead", "31/03/2026", "", "G",
                     "12 of 19 inspectors trained."]))
    L.append("EFFICIENCY – Making best use of resources")
    L.append("AFI 3: The service should assure itself that its workforce is productive in "
             "carrying out prevention and protection activity.")
    L.append(T.join(["3.1", "Set station-level targets for prevention and protection activity "
                     "and publish a monthly productivity dashboard.",
                     "Head of Operational Response / Performance and Intelligence Manager",
                     "31/10/2025", "", "C", "Dashboard live on the intranet from October."]))
    L.append(T.join(["3.2", "Review on-station time for wholetime crews to release capacity "
                     "for risk-based inspections.", "Area Manager Operational Response",
                     "June 2026", "", "G", "Pilot on three stations under way."]))
    L.append("PEOPLE – Getting the right people with the right skills")
    L.append("AFI 4: The service should make sure it has a workforce plan that takes full "
             "account of the skills and capabilities it needs.")
    L.append(T.join(["4.1", "Produce a four-year strategic workforce plan linked to the CRMP "
                     "2024–27.", "Director of People and Organisational Development",
                     "31/08/2025", "28/02/2026", "A",
                     "Draft plan at SLT in December; needs costing against MTFP."]))
    L.append(T.join(["4.2", "Introduce a skills and competency register for non-uniformed "
                     "staff.", "Head of HR", "30/11/2025", "", "R",
                     "System supplier unable to deliver module; options paper to SLT in "
                     "January."]))
    L.append("")
    L.append("Risks and issues")
    L.append("- Risk: workforce plan costings may not be ready before the budget is set "
             "(mitigation: interim assumptions agreed with Director of Finance).")
    L.append("- Issue: competency register module not available from current supplier.")
    L.append("")
    L.append("Decisions required from SLT")
    L.append("- Approve revised date of 28/02/2026 for action 4.1.")
    L.append("")
    L.append("Next report: April 2026 (Q4 2025/26)")
    with open(os.path.join(
            HERE, "tv-merseyside-fire-rescue-service-hmicfrs-improvement-plan-highlight-report.txt"),
            "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    make_icb()
    make_surrey()
    make_riverside()
    make_larchwood()
    make_ncd()
    make_bristol()
    make_merseyside()
    print("built 7 files in", HERE)
