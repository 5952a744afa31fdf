"""Builds the seven pr- data files of set heldout455.

Run with: /work/main/.venv/bin/python pr_make.py
(docx with python-docx, xlsx with openpyxl, csv/txt written directly)
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


RAGFILL = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def path(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Staffordshire Commissioner's Office and Staffordshire Police - JAC
#    internal audit recommendations tracker (xlsx, three sheets)
# ---------------------------------------------------------------------------
POLICE_FILE = "pr-staffordshire-commissioner-and-police-jac-internal-audit-recommendations-tracker.xlsx"
POLICE_AUDITS = [
    ("2024/25 Firearms Licensing – Limited assurance", [
        ("FL/01",
         "Introduce a forward schedule of certificate expiries so that renewal applications are triaged at least 16 weeks before expiry.",
         "High",
         "Weekly expiry report to be produced and reviewed by the Firearms Licensing Manager; backlog recovery plan agreed, with two additional temporary enquiry officers.",
         "Head of Firearms Licensing", D(2025, 3, 31), D(2025, 12, 31),
         "Backlog reduced from 1,460 to 610 cases. Temporary enquiry officers in post from July 2025. Revised date agreed by JAC in June.",
         "Red", "Amber"),
        ("FL/02",
         "Ensure that medical information is received and reviewed before a grant or renewal is approved, and that this is evidenced on the case record.",
         "Medium",
         "Case checklist amended so that approval cannot be recorded until the GP response field is completed; dip sample of 20 files per quarter by the Quality Assurance Officer.",
         "Firearms Licensing Manager / QA Officer", D(2025, 6, 30), None,
         "Checklist change live from 2 June 2025. Q2 dip sample found full compliance (20/20). Evidence provided to internal audit.",
         "Green", "Blue"),
    ]),
    ("2024/25 Seized and Found Property – Limited assurance", [
        ("SP/01a",
         "Complete a full reconciliation of high-value property (cash, drugs and firearms) held in the central stores against the property system, and investigate all discrepancies.",
         "High",
         "Full reconciliation of cash and drugs held at the Stafford and Hanley stores.",
         "Head of Criminal Justice", D(2025, 4, 30), D(2025, 9, 30),
         "Reconciliation completed 19 September 2025. 37 discrepancies identified and passed to the Property Board (see SP/01b).",
         "Amber", "Blue"),
        ("SP/01b",
         None,  # same recommendation (merged cell)
         "High",
         "Discrepancy log to be reviewed monthly at the Property Board, with unresolved items referred to Professional Standards.",
         "Head of Criminal Justice; Head of Professional Standards", D(2025, 6, 30), D(2026, 1, 31),
         "Log in place. 21 of 37 discrepancies resolved; 4 referred to PSD. Date revised to allow PSD assessment.",
         "Amber", "Amber"),
        ("SP/02",
         "Review the disposal backlog and agree a timetable for the disposal of property that has passed its retention date.",
         "Medium",
         "Disposal backlog of c.11,000 items to be cleared through a phased programme, prioritising drugs and bladed articles.",
         "Criminal Justice Operations Manager", D(2026, 3, 31), None,
         "Phase 1 (drugs) complete. Phase 2 (bladed articles) under way with 2,300 items destroyed.",
         "Green", "Green"),
    ]),
    ("2024/25 Payroll and Expenses – Reasonable assurance", [
        ("PE/01",
         "Overtime claims should be authorised by a supervisor other than the claimant, and system controls should prevent self-authorisation.",
         "Medium",
         "SAP workflow change requested to block self-approval of overtime; interim monthly exception report to Finance Business Partners.",
         "Head of Finance (Force)", D(2025, 6, 30), D(2025, 8, 31),
         "Revised date missed. SAP change now scheduled for the November 2025 release. Exception reporting continues monthly.",
         "Amber", "Red"),
        ("PE/02",
         "Refresh the expenses policy to reflect HMRC benchmark scale rates and circulate to all staff.",
         "Low",
         "Expenses policy to be updated and published on the intranet, with a Force-wide briefing.",
         "Head of HR Services", D(2025, 7, 31), None,
         "Policy approved at People Board 15 July 2025 and published. Briefing issued in the Weekly Bulletin.",
         "Green", "Blue"),
    ]),
    ("2025/26 OPFCC Commissioning and Grants – Reasonable assurance", [
        ("CG/01",
         "Grant agreements should include outcome measures and a schedule of monitoring returns, and returns should be chased where overdue.",
         "Medium",
         "Grant agreement template revised to include outcome measures; monitoring calendar set up in the grants system.",
         "Head of Commissioning (OPFCC)", D(2025, 12, 31), None,
         "Template drafted and shared with Victim Services providers for comment.",
         "n/a", "Green"),
        ("CG/02",
         "The Commissioner's decision log should record the conflict of interest declarations considered for each grant award over £25,000.",
         "Low",
         "Decision notice template updated to include a conflicts of interest section; retrospective check of 2024/25 awards.",
         "Chief Executive (OPFCC)", D(2026, 3, 31), None,
         "Not yet started – scheduled for Q4.",
         "n/a", None),
    ]),
]


def make_police():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Internal Audit Recommendations Tracker – Staffordshire Commissioner's Office and Staffordshire Police"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Summary of open and recently implemented recommendations – Q2 2025/26"
    hdr = ["Q2 RAG", "High", "Medium", "Low", "Total"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.border = BOX
    rows = [("Blue", 1, 1, 1), ("Green", 0, 2, 0), ("Amber", 2, 0, 0), ("Red", 0, 1, 0), ("Not yet rated", 0, 0, 1)]
    r = 5
    for name, h, m, l in rows:
        ws.cell(row=r, column=1, value=name).border = BOX
        if name in RAGFILL:
            ws.cell(row=r, column=1).fill = fill(RAGFILL[name])
        for c, v in enumerate((h, m, l), 2):
            ws.cell(row=r, column=c, value=v).border = BOX
        ws.cell(row=r, column=5, value=f"=SUM(B{r}:D{r})").border = BOX
        r += 1
    ws.cell(row=r, column=1, value="Total").font = BOLD
    for c, col in enumerate("BCDE", 2):
        ws.cell(row=r, column=c, value=f"=SUM({col}5:{col}{r-1})").font = BOLD
    ws.column_dimensions["A"].width = 18

    ws = wb.create_sheet("Tracker")
    widths = [9, 45, 9, 48, 28, 13, 13, 50, 9, 9]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = "Internal Audit Recommendations Tracker – Staffordshire Commissioner's Office and Staffordshire Police"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Joint Audit Committee, 14 October 2025 – position as at 30 September 2025"
    ws.merge_cells("A2:J2")
    headers = ["Ref", "Recommendation", "Priority", "Agreed management action", "Responsible officer",
               "Original due date", "Revised due date", "Progress update (September 2025)", "Q1 RAG", "Q2 RAG"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for audit, recs in POLICE_AUDITS:
        ws.cell(row=r, column=1, value=audit).font = BOLD
        ws.cell(row=r, column=1).fill = fill("D9D9D9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        merge_from = None
        for ref, rec, pri, act, lead, orig, rev, upd, q1, q2 in recs:
            vals = [ref, rec, pri, act, lead, orig, rev, upd, q1, q2]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
                if c in (9, 10) and v in RAGFILL:
                    cell.fill = fill(RAGFILL[v])
            if rec is None:
                ws.cell(row=r, column=2).value = None
                ws.merge_cells(start_row=merge_from, start_column=2, end_row=r, end_column=2)
                ws.merge_cells(start_row=merge_from, start_column=3, end_row=r, end_column=3)
            else:
                merge_from = r
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: recommendations rated Blue are removed from the tracker once they have been reported to the JAC as implemented.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    ws.freeze_panes = "A5"

    ws = wb.create_sheet("Key")
    ws["A1"] = "RAG key"
    ws["A1"].font = BOLD
    key = [("Blue", "Implemented and evidenced"),
           ("Green", "On track to meet the due date"),
           ("Amber", "Revised date agreed or at risk of missing the due date"),
           ("Red", "Overdue – revised date has passed"),
           ("n/a", "Recommendation not yet reported at the previous quarter")]
    for i, (k, v) in enumerate(key, 3):
        ws.cell(row=i, column=1, value=k)
        if k in RAGFILL:
            ws.cell(row=i, column=1).fill = fill(RAGFILL[k])
        ws.cell(row=i, column=2, value=v)
    ws.column_dimensions["B"].width = 60
    wb.save(path(POLICE_FILE))


# ---------------------------------------------------------------------------
# 2. Royal Papworth Hospital NHS FT - corporate risk register (xlsx, fill RAG)
# ---------------------------------------------------------------------------
PAPWORTH_FILE = "pr-royal-papworth-hospital-nhsft-corporate-risk-register.xlsx"
PAPWORTH = [
    ("Quality and safety", [
        ("CRR 1021", "Critical care capacity – insufficient staffed critical care beds leading to cancellation of elective cardiac surgery",
         "Chief Operating Officer", "16 (4x4)", "8 (2x4)", [
             ("1021.1", "Open two additional Level 3 beds on Critical Care Area 2 following completion of nurse recruitment.",
              "Divisional Director (STA)", D(2026, 3, 31), "Recruitment 80% complete; beds planned to open from February 2026.", "Green"),
             ("1021.2", "Daily 08:30 capacity huddle to agree next-day surgical list against predicted critical care beds.",
              "Lead Nurse Critical Care / General Manager STA", "Ongoing", "Embedded. Cancellations on the day down from 9 to 3 per month.", "Green"),
         ]),
        ("CRR 0678", "Deteriorating patient – failure to recognise and respond to deteriorating patients on ward areas",
         "Chief Nurse", "15 (3x5)", "10 (2x5)", [
             ("0678.1", "Roll out NEWS2 electronic escalation alerts to all ward areas in Lorenzo.",
              "Chief Nursing Information Officer", D(2025, 11, 30), "Live on 5 of 8 wards. Remaining wards delayed by supplier testing.", "Red"),
             ("0678.2", "Deliver deteriorating patient simulation training to 85% of registered nurses.",
              "Head of Clinical Education", D(2026, 1, 31), "Compliance 71% at end of October.", "Amber"),
         ]),
    ]),
    ("Operational performance", [
        ("CRR 1150", "Elective waiting times – patients waiting over 52 weeks for cardiology and thoracic procedures",
         "Chief Operating Officer", "16 (4x4)", "9 (3x3)", [
             ("1150.1", "Validate the 40+ week waiting list and agree treatment dates for all long waiters.",
              "Head of Access and Performance", D(2025, 10, 31), "Complete. All 212 patients validated and dated.", "Blue"),
             ("1150.2", "Secure insourcing capacity for weekend echocardiography lists.",
              "General Manager Cardiology", "Q4 2025/26", "Procurement under way; business case approved by Investment Group.", "Amber"),
         ]),
    ]),
    ("Workforce", [
        ("CRR 0912", "Nurse staffing – vacancy rate in theatres and critical care above 12%",
         "Chief Nurse", "15 (5x3)", "6 (2x3)", [
             ("0912.1", "International recruitment cohort of 24 theatre practitioners to commence in post.",
              "Deputy Director of Workforce", D(2026, 3, 31), "18 offers accepted; first 10 arrived November 2025.", "Green"),
             ("0912.2", "Introduce retention ‘stay conversations’ for staff in their first two years of employment.",
              "Head of Nursing Workforce", D(2026, 2, 28), "Not yet started – guidance being drafted with Staff Side.", None),
         ]),
    ]),
    ("Finance and digital", [
        ("CRR 1203", "Cyber security – unsupported legacy systems and third-party supplier vulnerabilities",
         "Chief Digital Information Officer", "20 (4x5)", "10 (2x5)", [
             ("1203.1", "Decommission the remaining Windows Server 2012 instances hosting the PACS archive.",
              "Head of IT Infrastructure", D(2025, 12, 31), "3 of 5 servers decommissioned; archive migration testing in December.", "Amber"),
             ("1203.2", "Complete the DSPT 2025/26 independent audit actions relating to supplier assurance.",
              "Head of Information Governance / Cyber Security Manager", D(2026, 6, 30), "Supplier questionnaire issued to 46 suppliers.", "Green"),
             ("1203.3", "Run phishing simulation exercises across all staff groups and report click rates to the Digital Committee.",
              "Cyber Security Manager", "Quarterly", "Q2 exercise click rate 6.2% (Q1 8.9%).", "Green"),
         ]),
    ]),
]


def make_papworth():
    wb = Workbook()
    ws = wb.active
    ws.title = "Front sheet"
    ws["A1"] = "Royal Papworth Hospital NHS Foundation Trust – Corporate Risk Register"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Report to:"
    ws["B3"] = "Board of Directors (Part 1), 4 December 2025"
    ws["A4"] = "Author:"
    ws["B4"] = "Head of Risk and Compliance"
    ws["A5"] = "Accountable executive:"
    ws["B5"] = "Chief Nurse"
    ws["A6"] = "Scope:"
    ws["B6"] = "Risks with a current score of 15 or above (likelihood x consequence)"
    ws["A8"] = "Action status key (column K of the CRR sheet – cell colour)"
    ws["A8"].font = BOLD
    key = [("Blue", "Action complete"), ("Green", "On track"), ("Amber", "At risk of missing due date"),
           ("Red", "Overdue"), (None, "No colour – not started")]
    for i, (k, v) in enumerate(key, 9):
        if k:
            ws.cell(row=i, column=1).fill = fill(RAGFILL[k])
        ws.cell(row=i, column=2, value=v)
    ws["A15"] = "Risk score colours: 15–25 red (high), 8–12 amber (moderate), 1–6 green (low)."
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 70

    ws = wb.create_sheet("CRR")
    widths = [10, 38, 20, 11, 10, 9, 48, 28, 12, 44, 9]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = "Royal Papworth Hospital NHS Foundation Trust – Corporate Risk Register"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:K1")
    ws["A2"] = "Risks scoring 15 and above, as reported to the Board of Directors on 4 December 2025"
    ws.merge_cells("A2:K2")
    headers = ["Risk ID", "Risk title", "Executive owner", "Current score (LxC)", "Target score",
               "Action ref", "Further action required", "Action lead", "Due date", "Progress / comments", "Status"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("5B2C6F")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for area, risks in PAPWORTH:
        ws.cell(row=r, column=1, value=area).font = Font(bold=True, size=12)
        ws.cell(row=r, column=1).fill = fill("E4DFEC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        r += 1
        for rid, title, owner, cur, tgt, acts in risks:
            top = r
            for c, v in enumerate([rid, title, owner, cur, tgt], 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(row=r, column=4).fill = fill("FF0000")
            ws.cell(row=r, column=5).fill = fill("FFC000" if not tgt.startswith("6") else "00B050")
            for aref, text, lead, due, prog, status in acts:
                for c, v in enumerate([aref, text, lead, due, prog, None], 6):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                if status:
                    ws.cell(row=r, column=11).fill = fill(RAGFILL[status])
                r += 1
            if r - 1 > top:
                for c in range(1, 6):
                    ws.merge_cells(start_row=top, start_column=c, end_row=r - 1, end_column=c)
    ws.freeze_panes = "A5"

    ws = wb.create_sheet("Closed risks")
    ws["A1"] = "Risks closed or de-escalated since the last report"
    ws["A1"].font = BOLD
    for c, h in enumerate(["Risk ID", "Risk title", "Date closed", "Reason"], 1):
        ws.cell(row=3, column=c, value=h).font = BOLD
    closed = [("CRR 0844", "Blood product supply interruption", D(2025, 9, 30), "National supply position restored; score reduced to 6"),
              ("CRR 1097", "Estates – chilled water plant resilience", D(2025, 10, 31), "Second chiller commissioned; score reduced to 8")]
    for i, row in enumerate(closed, 4):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=i, column=c, value=v)
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    ws.column_dimensions["B"].width = 45
    ws.column_dimensions["D"].width = 55
    wb.save(path(PAPWORTH_FILE))


# ---------------------------------------------------------------------------
# 3. Longhurst Group - RSH consumer standards improvement plan (xlsx) - REFUSE
# ---------------------------------------------------------------------------
LONGHURST_FILE = "pr-longhurst-group-rsh-consumer-standards-improvement-plan-typo-month-refuse.xlsx"
LONGHURST = [
    ("Safety and Quality Standard", [
        ("1.1", "Stock condition data was incomplete: around 30% of homes had no survey in the last five years.",
         "Complete stock condition surveys for all homes without a survey since April 2020.",
         "Executive Director of Property", "Head of Asset Management", "Mar-26",
         "6,120 of 9,400 outstanding surveys completed.", "Amber"),
        ("1.2", None,
         "Load survey data into the asset management system and report decency by scheme to the Board each quarter.",
         "Executive Director of Property", "Asset Data Manager", "Dec-25",
         "Data load tested; first quarterly report due to December Board.", "Green"),
        ("1.3", "Overdue fire risk assessment actions were not reported to the Board.",
         "Add overdue high-risk FRA actions to the monthly compliance dashboard seen by the Customer Services Committee and Board.",
         "Chief Operating Officer", "Head of Building Safety", "Sep-25",
         "Dashboard updated from the September Committee.", "Complete"),
        ("1.4", "Damp and mould cases were not consistently followed up after repair.",
         "Introduce a post-inspection visit six weeks after every damp and mould repair.",
         "Chief Operating Officer", "Repairs Manager", "Jan-26",
         "Process designed; trial in Lincolnshire patch from October.", "Green"),
    ]),
    ("Transparency, Influence and Accountability Standard", [
        ("2.1", "Tenant satisfaction measures were not used to target improvements.",
         "Publish TSM results with a ‘You said, we did’ update for each region.",
         "Director of Customer Experience", "Insight Manager", "0ct-25",
         "Draft pages prepared for the website; customer panel review booked.", "Amber"),
        ("2.2", None,
         "Set up a customer scrutiny panel review of complaint handling.",
         "Director of Customer Experience", "Customer Involvement Lead", "Feb-26",
         "Panel recruited (9 members).", "Green"),
    ]),
    ("Tenancy Standard", [
        ("3.1", "Allocations to supported housing were not always recorded against the policy criteria.",
         "Audit a sample of 50 supported housing lettings and retrain lettings staff on the allocations policy.",
         "Executive Director of Care and Support", "Lettings Manager", "Nov-25",
         "Sample audit 60% complete.", "Green"),
        ("3.2", None,
         "Revise the lettings checklist so that eligibility evidence is attached to every letting record.",
         "Executive Director of Care and Support", "Lettings Manager", "Dec-25",
         "Not started.", ""),
    ]),
]
LONGHURST_TYPO_ROW = None


def make_longhurst():
    global LONGHURST_TYPO_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Document control"
    ws["A1"] = "Longhurst Group – Consumer Standards Improvement Plan 2025-26"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A3"] = "Version"
    ws["B3"] = "Date"
    ws["C3"] = "Author"
    ws["D3"] = "Changes"
    for c in "ABCD":
        ws[f"{c}3"].font = BOLD
    hist = [("0.1", D(2025, 5, 12), "Head of Regulation and Compliance", "First draft for ELT"),
            ("1.0", D(2025, 6, 24), "Head of Regulation and Compliance", "Approved by Board"),
            ("1.3", D(2025, 10, 6), "Head of Regulation and Compliance", "Progress update for Customer Services Committee")]
    for i, row in enumerate(hist, 4):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=i, column=c, value=v)
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    ws.column_dimensions["C"].width = 34
    ws.column_dimensions["D"].width = 48

    ws = wb.create_sheet("Improvement plan")
    widths = [7, 42, 48, 26, 24, 11, 40, 10]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = "Longhurst Group – Consumer Standards Improvement Plan 2025-26"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Progress update for the Customer Services Committee, October 2025"
    ws.merge_cells("A2:H2")
    headers = ["No.", "Regulator finding", "Action", "Executive lead", "Responsible manager", "Target date",
               "Progress to date", "RAG"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.fill = fill("B4C6E7")
        cell.border = BOX
        cell.alignment = WRAP
    r = 5
    for std, rows in LONGHURST:
        ws.cell(row=r, column=1, value=std).font = BOLD
        ws.cell(row=r, column=1).fill = fill("DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        top = None
        for no, finding, act, exe, mgr, due, prog, rag in rows:
            for c, v in enumerate([no, finding, act, exe, mgr, due, prog, rag or None], 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
            if rag in RAGFILL:
                ws.cell(row=r, column=8).fill = fill(RAGFILL[rag])
            if due.startswith("0ct"):
                LONGHURST_TYPO_ROW = r
            if finding is None:
                ws.merge_cells(start_row=top, start_column=2, end_row=r, end_column=2)
            else:
                top = r
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: Green – on track; Amber – at risk; Red – off track; Complete – action closed and evidence held.")
    wb.save(path(LONGHURST_FILE))


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
    """Put text in a cell; inner newlines become separate paragraphs."""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for part in parts[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(part)
        rr.bold = bold


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Cheshire Fire and Rescue Service - HMICFRS values and culture action plan
#    (docx; one table per recommendation under theme headings)
# ---------------------------------------------------------------------------
CHESHIRE_FILE = "pr-cheshire-fire-rescue-service-hmicfrs-values-culture-recommendations-action-plan.docx"
CHESHIRE = [
    ("Theme 1: Raising concerns and misconduct", [
        ("Recommendation 1 – By 1 October 2023, chief fire officers should make sure their services provide a confidential route for staff to raise concerns, and that staff know about whistleblowing processes.", [
            ("1.1", "Procure an independent confidential reporting line and publicise it through the intranet, station visits and payslip inserts.",
             "Head of People", "October 2023", "Reporting line live from 2 October 2023; 14 reports received to date.", "Blue"),
            ("1.2", "Refresh the Whistleblowing Policy and deliver briefings to all watch managers.",
             "Head of Legal and Democratic Services / Head of People", "31/03/2024\nRevised: 30/09/2024",
             "Policy approved by Joint Consultation Forum. Briefings delivered to 41 of 48 watches.", "Green"),
        ]),
        ("Recommendation 4 – By 1 January 2024, chief fire officers should review their misconduct procedures and make sure that staff who investigate or hear cases are trained to do so.", [
            ("4.1", "Train a pool of 20 investigating officers through an accredited workplace investigations course.",
             "Head of People", "Q4 2023/24", "22 officers trained (February and March 2024).", "Blue"),
            ("4.2", "Introduce quarterly misconduct and grievance reporting to the Performance and Overview Committee.",
             "DCFO", "January 2024", "First report presented 24 January 2024; now a standing item.", "Blue"),
        ]),
    ]),
    ("Theme 2: Background checks", [
        ("Recommendation 6 – By 1 October 2023, chief fire officers should make sure appropriate background checks are carried out on all staff, including Disclosure and Barring Service checks for eligible roles.", [
            ("6.1", "Complete a role-by-role review of DBS eligibility for all operational and support roles.",
             "HR Business Partner", "December 2023", "Review completed; 312 roles confirmed as eligible for a standard check.", "Blue"),
            ("6.2", "Carry out standard DBS checks for existing staff in eligible roles who have not been checked, and re-check every three years.",
             "HR Business Partner & Recruitment Manager", "31/08/2024\nRevised: 31/03/2025",
             "86% of eligible staff checked. Date revised because of the volume of retained duty system staff.", "Amber"),
        ]),
    ]),
    ("Theme 3: Leadership and 360-degree feedback", [
        ("Recommendation 13 – By 1 June 2024, chief fire officers should make sure all senior leaders receive 360-degree feedback that includes views from staff they manage.", [
            ("13.1", "Commission 360-degree feedback for all Group Managers and above, with individual development plans agreed.",
             "Chief Fire Officer", "June 2024", "Supplier tender delayed; new date to be agreed at the October Service Leadership Team.", "Red"),
            ("13.2", "Extend 360-degree feedback to Station and Watch Managers as part of the leadership development programme.",
             "Organisational Development Manager", "March 2025", "Pilot group of 12 Station Managers identified.", "Green"),
        ]),
    ]),
    ("Theme 4: Equality, diversity and inclusion", [
        ("Recommendation 20 – By 1 March 2024, chief fire officers should make sure equality impact assessments are completed for policies and decisions and that the findings are acted on.", [
            ("20.1", "Train all policy owners in completing equality impact assessments and introduce a quality check by the EDI team before policies are approved.",
             "EDI Manager", "Ongoing", "34 policy owners trained; quality check in place from April 2024.", "Green"),
        ]),
    ]),
]


def make_cheshire():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Cheshire Fire and Rescue Service – HMICFRS Values and Culture Action Plan", style="Title")
    doc.add_paragraph("Progress update for the Performance and Overview Committee, September 2024")
    doc.add_paragraph(
        "In March 2023 HMICFRS published its spotlight report on values and culture in fire and rescue services. "
        "This plan sets out the Service’s actions against the recommendations addressed to chief fire officers. "
        "Recommendations directed at national bodies are not included.")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Deputy Chief Fire Officer"), ("Version", "4.0"),
                 ("Last updated", "02/09/2024"), ("Next review", "March 2025"),
                 ("Approved by", "Service Leadership Team")]:
        row = t.add_row().cells
        set_text(row[0], k, bold=True)
        set_text(row[1], v)

    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v, col in [("Blue", "Complete – evidence verified by the Assurance team", "0070C0"),
                      ("Green", "On track to deliver by the target date", "00B050"),
                      ("Amber", "Some slippage – revised date set", "FFC000"),
                      ("Red", "Off track – intervention needed", "FF0000")]:
        row = t.add_row().cells
        set_text(row[0], k, bold=True)
        shade(row[0], col)
        set_text(row[1], v)

    for theme, recs in CHESHIRE:
        doc.add_heading(theme, level=1)
        for rec, acts in recs:
            t = doc.add_table(rows=2, cols=6)
            t.style = "Table Grid"
            top = t.rows[0].cells
            m = top[0].merge(top[5])
            set_text(m, rec, bold=True)
            shade(m, "F2DCDB")
            for c, h in enumerate(["Ref", "Action", "Lead", "Target date", "Progress update", "RAG"]):
                set_text(t.rows[1].cells[c], h, bold=True)
                shade(t.rows[1].cells[c], "D9D9D9")
            for ref, act, lead, due, upd, rag in acts:
                cells = t.add_row().cells
                for c, v in enumerate([ref, act, lead, due, upd, rag]):
                    set_text(cells[c], v)
                shade(cells[5], {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}[rag])
            for row in t.rows:
                for c, w in enumerate([1.3, 8.0, 4.2, 3.0, 7.0, 1.8]):
                    row.cells[c].width = Cm(w)
            doc.add_paragraph()
    doc.add_paragraph("Recommendations 2, 3, 5, 7–12, 14–19 and 21–35 are addressed to national bodies or have been "
                      "reported as complete in earlier versions of this plan.")
    doc.save(path(CHESHIRE_FILE))


# ---------------------------------------------------------------------------
# 5. Hollybank House Nursing Home - CQC inspection action plan (docx,
#    one table, regulation rows across, findings merged down)
# ---------------------------------------------------------------------------
HOLLYBANK_FILE = "pr-hollybank-house-nursing-home-cqc-inspection-action-plan.docx"
HOLLYBANK = [
    ("Regulation 12 (Safe care and treatment) – Requirement notice", [
        ("Risks to people’s skin integrity were not always assessed or managed; repositioning charts had gaps of up to 8 hours.", [
            ("1", "Review and update Waterlow assessments and skin care plans for all residents.",
             "Clinical Lead", "30/06/2025", "Achieved"),
            ("2", "Introduce electronic repositioning prompts on the care planning system, with night nurse checks at 02:00 and 05:00.",
             "Registered Manager / Night Nurse in charge", "End of July 2025", "On track"),
        ]),
        ("Medicines were not always managed safely; PRN protocols were missing and fridge temperatures were not recorded daily.", [
            ("3", "Write PRN protocols for every ‘as required’ medicine and audit them weekly for four weeks, then monthly.",
             "KD/SM", "w/c 09/06/2025", "Achieved"),
            ("4", "Replace the medicines fridge with a data-logging unit and add daily temperature checks to the nurses’ shift handover.",
             "Maintenance Lead & Clinical Lead", "30/09/2025", "Amber – awaiting delivery"),
        ]),
    ]),
    ("Regulation 17 (Good governance) – Requirement notice", [
        ("Quality audits did not identify the shortfalls found at inspection, and actions from audits were not followed up.", [
            ("5", "Hold a monthly governance meeting chaired by the provider’s Quality Director, with an audit action tracker reviewed at each meeting.",
             "Quality Director", "Monthly", "On track"),
            ("6", "Commission an external mock inspection against the CQC quality statements.",
             "Operations Director", "November 2025", "Not started"),
        ]),
    ]),
    ("Areas we should improve", [
        ("The provider should ensure people have access to meaningful activities, particularly people cared for in bed.", [
            ("7", "Recruit a second activities coordinator (20 hours) and introduce one-to-one room visits for people cared for in bed.",
             "Registered Manager", "31/08/2025", "Achieved"),
        ]),
        ("The provider should review how staff supervision is recorded so that it is consistent across day and night staff.", [
            ("8", "Move all supervision records onto the Staff Hub system and set a schedule of six supervisions a year for each member of staff.",
             "Deputy Manager", "December 2025", "On track"),
        ]),
    ]),
]


def make_hollybank():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_paragraph("Hollybank House Nursing Home – CQC Action Plan", style="Title")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Provider", "Hollybank Care Ltd"), ("Registered manager", "Karen Doyle"),
                 ("Assessment dates", "12 and 13 March 2025"), ("Report published", "2 May 2025"),
                 ("Overall rating", "Requires improvement"),
                 ("Action plan sent to CQC", "23 May 2025 (updated 1 September 2025)")]:
        row = t.add_row().cells
        set_text(row[0], k, bold=True)
        set_text(row[1], v)
    doc.add_paragraph()
    doc.add_paragraph("This action plan sets out how we will meet the regulations we were found to be in breach of, "
                      "and the areas the CQC told us we should improve. It is reviewed at each monthly governance meeting.")

    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in enumerate(["No.", "What CQC found", "Action we will take", "Who is responsible", "By when", "Status"]):
        set_text(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "C6E0B4")
    for section, findings in HOLLYBANK:
        cells = t.add_row().cells
        m = cells[0].merge(cells[5])
        set_text(m, section, bold=True)
        shade(m, "E2EFDA")
        for finding, acts in findings:
            first = None
            for no, act, who, when, status in acts:
                cells = t.add_row().cells
                set_text(cells[0], no)
                if first is None:
                    set_text(cells[1], finding)
                    first = cells[1]
                else:
                    first = first.merge(cells[1])
                set_text(cells[2], act)
                set_text(cells[3], who)
                set_text(cells[4], when)
                set_text(cells[5], status)
    for row in t.rows:
        for c, w in enumerate([1.2, 7.0, 8.5, 4.0, 3.0, 3.0]):
            row.cells[c].width = Cm(w)
    doc.add_paragraph()
    doc.add_paragraph("Signed: Karen Doyle, Registered Manager          Date: 01/09/2025")
    doc.save(path(HOLLYBANK_FILE))


# ---------------------------------------------------------------------------
# 6. Bridgwater & Taunton College - quality improvement plan 2025-26 (csv)
# ---------------------------------------------------------------------------
BTC_FILE = "pr-bridgwater-and-taunton-college-quality-improvement-plan-2025-26.csv"
BTC = [
    ("1. Quality of education", [
        ("Too few learners on level 3 programmes in engineering and construction achieve high grades.", [
            ("1.1.1", "Introduce fortnightly progress reviews for all level 3 engineering and construction learners, with stretch targets set in ProMonitor.",
             "Head of Engineering / Head of Construction", "High grades at 40% (2024-25: 31%)", "Dec-25",
             "Reviews running in all level 3 groups since October.", "G"),
            ("1.1.2", "Deliver CPD on assessment for learning and feedback that stretches learners to all engineering and construction teachers.",
             "Teaching and Learning Coaches", "Learning walks show 80% of lessons good or better for stretch", "Feb-26",
             "Two of four sessions delivered; attendance 68%.", "A"),
        ]),
        ("Attendance in English and maths GCSE resit lessons is too low (78% in 2024-25).", [
            ("1.2.1", "Move English and maths lessons into vocational timetabled blocks.\nIntroduce same-day phone calls home for missed resit lessons.",
             "Director of English and Maths", "Resit attendance 88%", "Autumn term 2025",
             "Timetable change in place; calls home started 8 September.", "G"),
            ("1.2.2", "Track resit attendance weekly at curriculum performance reviews and agree actions for groups below 85%.",
             "Assistant Principal Curriculum; Head of MIS", "Weekly attendance report in use in all CPRs", "Termly",
             "Report built; three areas below 85% at half term.", "A"),
        ]),
    ]),
    ("2. Apprenticeships", [
        ("Too many apprentices in health and care are past their planned end date.", [
            ("2.1.1", "Review every apprentice past their planned end date with their employer and agree a completion plan.",
             "Head of Apprenticeships", "All past-PED apprentices have an agreed plan", "31/10/2025",
             "All 46 apprentices reviewed; plans agreed with employers.", "Complete"),
            ("2.1.2", "Book end-point assessments at least 12 weeks before gateway.",
             "Apprenticeship Quality Manager", "Timely achievement 70%", "Mar-26",
             "EPAO capacity problems; 9 bookings outside 12 weeks.", "R"),
        ]),
    ]),
    ("3. Leadership and management", [
        ("Governors do not receive timely enough information on learners with high needs to challenge leaders on their progress.", [
            ("3.1.1", "Add a high-needs learner progress dashboard to each Quality and Standards Committee pack.",
             "Vice Principal Quality", "Dashboard in every committee pack", "Dec-25",
             "First version presented to the November committee.", "G"),
            ("3.1.2", "Arrange a governor link visit to the Supported Learning department each term.",
             "Clerk to the Corporation", "Three link visits reported to the Board", "Summer term 2026",
             "Not started – first visit to be arranged for January.", ""),
        ]),
    ]),
]


def make_btc():
    n = 8
    rows = []
    rows.append(["Bridgwater & Taunton College – Quality Improvement Plan 2025-26"] + [""] * (n - 1))
    rows.append(["Derived from the Self-Assessment Report 2024-25; updated 17/11/2025 for the Quality and Standards Committee"] + [""] * (n - 1))
    rows.append([""] * n)
    rows.append(["Ref", "Area for improvement", "Action", "Lead(s)", "Success measure", "Target date",
                 "Progress (November 2025)", "RAG"])
    for theme, afis in BTC:
        rows.append([theme] + [""] * (n - 1))
        for afi, acts in afis:
            for i, (ref, act, lead, meas, due, prog, rag) in enumerate(acts):
                rows.append([ref, afi if i == 0 else "", act, lead, meas, due, prog, rag])
    rows.append([""] * n)
    rows.append(["RAG summary: G = 3; A = 2; R = 1; Complete = 1; not yet rated = 1"] + [""] * (n - 1))
    rows.append(["Key: G = on track; A = some risk to the target date; R = off track; Complete = action completed and impact being monitored"] + [""] * (n - 1))
    with open(path(BTC_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Natural England Board - action log (tab-separated text export)
# ---------------------------------------------------------------------------
NE_FILE = "pr-natural-england-board-action-log.txt"
NE = [
    ("Board meeting 28 May 2025", [
        ("NEB 25/14", "Chief Executive's report", "Arrange a site visit for members to a Landscape Recovery project in the South West.",
         "Head of Board Secretariat", "Oct-25", "Visit to the Exmoor project held on 8 October.", "B"),
        ("NEB 25/17", "Risk and assurance", "Bring a deep-dive on the strategic risk on capacity for planning advice to a future Board.",
         "Chief Operating Officer", "Nov-25", "On the agenda for 26 November (item 9).", "G"),
    ]),
    ("Board meeting 30 July 2025", [
        ("NEB 25/31", "Finance and performance report Q1", "Provide a breakdown of the forecast underspend on the Nature Recovery Fund by programme.",
         "Director of Finance", "Sep-25", "Breakdown circulated to members on 12 September.", "B"),
        ("NEB 25/33", "Protected sites", "Share the evidence summary on the condition of SSSI units with members before publication.",
         "Chief Scientist / Director of Science and Evidence", "Dec-25", "Summary in final QA.", "G"),
        ("NEB 25/35", "People update", "Provide analysis of staff survey results by grade and protected characteristic.",
         "Director of People", "Jan-26", "Data cleansing delayed by the HR system migration; now expected January.", "A"),
    ]),
    ("Board meeting 24 September 2025", [
        ("NEB 25/42", "Nutrient mitigation", "Report back on lessons learned from the first round of nutrient mitigation credit sales.",
         "JW, RP", "Feb 2026", "Lessons review commissioned from the Evidence team.", "G"),
        ("NEB 25/44", "Health and safety", "Circulate the lone working audit findings and the management response.",
         "Head of Health, Safety and Wellbeing", "31/10/2025", "Audit report not yet finalised by GIAA.", "R"),
        ("NEB 25/46", "Defra arm's length body review", "Keep the Board informed of progress on the Defra arm's length body review at each meeting.",
         "Chair; Chief Executive", "Ongoing", "Verbal update at each meeting.", "G"),
    ]),
]


def make_ne():
    lines = ["Natural England Board – Action Log",
             "Open and recently closed actions – prepared for the Board meeting on 26 November 2025",
             "",
             "\t".join(["No.", "Item", "Action", "Owner", "Due", "Update", "RAG"])]
    for meeting, acts in NE:
        lines.append(meeting)
        for a in acts:
            lines.append("\t".join(a))
    lines.append("")
    lines.append("Key: B = complete (to be removed after this meeting); G = on track; A = at risk; R = overdue")
    lines.append("Closed actions are removed from the log once they have been reported to the Board.")
    with open(path(NE_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    make_police()
    make_papworth()
    make_longhurst()
    make_cheshire()
    make_hollybank()
    make_btc()
    make_ne()
    print("Longhurst typo row:", LONGHURST_TYPO_ROW)
