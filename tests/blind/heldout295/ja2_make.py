"""Build the seven ja2- blind test files (set heldout295).

Run with: /work/main/.venv/bin/python ja2_make.py
Writes the data files beside this script (the .expected.yaml files are written by hand).
"""
import csv
import io
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


RED = fill("FF0000")
AMBER = fill("FFC000")
GREEN = fill("00B050")
BLUE = fill("0070C0")
GREY = fill("D9D9D9")
NAVY = fill("1F3864")
RAGFILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}


def d(y, m, dd):
    return datetime(y, m, dd)


# ---------------------------------------------------------------------------
# 1. Arun District Council – internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def make_arun():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    title = "Arun District Council – Internal Audit Recommendations Tracker"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Summary of open agreed actions by priority – position at 31 December 2025"
    ws["A3"] = "Reported to Audit and Governance Committee, 29 January 2026"
    ws["A3"].font = Font(italic=True)
    hdr = ["Priority", "Actions on tracker", "Implemented (B)", "On track (G)",
           "Revised date agreed (A)", "Overdue (R)"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = GREY
        cell.border = BOX
    rows = [["High", 5, 2, 0, 2, 1],
            ["Medium", 3, 1, 2, 0, 0],
            ["Low", 1, 0, 1, 0, 0]]
    r = 6
    for row in rows:
        for c, v in enumerate(row, 1):
            ws.cell(row=r, column=c, value=v).border = BOX
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for c in range(2, 7):
        L = get_column_letter(c)
        cell = ws.cell(row=r, column=c, value=f"=SUM({L}6:{L}8)")
        cell.font = Font(bold=True)
        cell.border = BOX
    ws.cell(row=r, column=1).border = BOX
    ws["A11"] = ("Priority definitions: High – fundamental control weakness requiring prompt action; "
                 "Medium – important control weakness; Low – good practice.")
    ws.column_dimensions["A"].width = 14
    for L in "BCDEF":
        ws.column_dimensions[L].width = 20

    ws = wb.create_sheet("Open Actions")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Outstanding and recently implemented agreed actions – Quarter 3 2025/26"
    ws["A3"] = ("RAG:  B = implemented (verified by Internal Audit)   G = on track for agreed date   "
                "A = revised date agreed   R = overdue / no update received")
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Ref", "Recommendation", "Priority", "Agreed Management Action", "Responsible Officer",
           "Original Target Date", "Revised Target Date", "RAG", "Management Update (December 2025)"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = NAVY
        cell.alignment = WRAP
        cell.border = BOX

    audits = [
        ("2024/25 – Housing Rents and Arrears (Limited Assurance)", [
            ["HR1",
             "Arrears recovery procedures should be reviewed and updated to reflect current practice, "
             "including the escalation points for referral to legal action.",
             "High",
             "Rent Recovery Procedure to be rewritten and approved by the Housing Management Team, with "
             "escalation stages aligned to the Pre-Action Protocol for Possession Claims.",
             "Tenancy Services Manager", d(2025, 6, 30), d(2025, 10, 31), "B",
             "Revised procedure approved by HMT on 7 October 2025 and published on the intranet. "
             "Evidence provided to Internal Audit."],
            ["HR2a",
             "Monthly reconciliations between the rent account system (Northgate) and the general ledger "
             "should be completed, independently reviewed and evidenced.",
             "High",
             "Monthly reconciliation template to be introduced, with sign-off by preparer and reviewer.",
             "Senior Accountant (Housing) / Group Accountant", d(2025, 5, 31), None, "B",
             "Template in use from the May 2025 period onwards."],
            ["HR2b", None, "High",
             "Backlog of unreconciled periods (April 2024 to March 2025) to be cleared and differences "
             "investigated.",
             "Senior Accountant (Housing)", d(2025, 9, 30), d(2026, 3, 31), "A",
             "Seven of twelve periods reconciled; remaining differences relate to the 2024 system "
             "upgrade and are being worked through with Northgate support."],
        ]),
        ("2024/25 – Cyber Security and Remote Access (Limited Assurance)", [
            ["CS1",
             "Multi-factor authentication should be enforced for all remote access accounts, including "
             "third-party supplier accounts.",
             "High",
             "Conditional access policy to be extended to all supplier and service accounts; exceptions "
             "to be documented and approved by the SIRO.",
             "Group Head of Technology & Digital", d(2025, 8, 31), None, "R",
             "Two legacy supplier accounts still excluded pending contract variation. No update "
             "received for this report."],
            ["CS2",
             "A documented starters, movers and leavers process should ensure that network access is "
             "removed on the last working day.",
             "Medium",
             "HR and ICT to introduce an automated leavers' notification from iTrent to the ICT "
             "service desk.",
             "HR Manager; ICT Service Delivery Manager", d(2025, 12, 31), None, "G",
             "Workflow built and in test; go-live planned for mid-December."],
        ]),
        ("2025/26 – Procurement Cards (Reasonable Assurance)", [
            ["PC1",
             "Cardholders should submit receipts for all transactions and line managers should approve "
             "monthly statements within 10 working days.",
             "Medium",
             "Reminder to all cardholders and approvers; cards to be suspended where statements are more "
             "than one month overdue.",
             "Procurement Manager", d(2025, 11, 30), None, "B",
             "Reminder issued 3 November 2025. Suspension rule applied from the December statement run."],
            ["PC2",
             "Card limits should be reviewed annually against actual spend.",
             "Low",
             "Annual review of single-transaction and monthly limits to be completed and reported to the "
             "Corporate Management Team.",
             "Procurement Manager", d(2026, 3, 31), None, "G",
             "Review scheduled for February 2026."],
        ]),
        ("2023/24 – Planning: Section 106 Agreements (Limited Assurance) – carried forward", [
            ["S106/3",
             "The S106 monitoring database should be reconciled to signed agreements and to balances held "
             "in the general ledger.",
             "High",
             "Full data cleanse of the Exacom S106 database and reconciliation to ledger balances at "
             "31 March 2025.",
             "Group Head of Planning / Financial Services Manager", d(2025, 3, 31), d(2026, 1, 31), "A",
             "Cleanse complete for agreements signed since 2015; pre-2015 agreements (c. 60) being checked "
             "against legal files."],
            ["S106/5",
             "Members should receive an annual report on S106 income, spend and unspent balances.",
             "Medium",
             "Annual Infrastructure Funding Statement to be presented to the Planning Policy Committee as "
             "well as being published on the website.",
             "Planning Policy Manager", d(2024, 12, 31), d(2025, 12, 31), "G",
             "Statement considered by Planning Policy Committee on 4 December 2025; to be verified at the "
             "next follow-up."],
        ]),
    ]
    r = 6
    for heading, acts in audits:
        ws.cell(row=r, column=1, value=heading).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(row=r, column=c).fill = GREY
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        rec_start = None
        for a in acts:
            for c, v in enumerate(a, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if c in (6, 7) and v is not None:
                    cell.number_format = "dd/mm/yyyy"
                if c == 8:
                    cell.fill = RAGFILL[v]
                    cell.alignment = Alignment(horizontal="center", vertical="top")
            if a[1] is None and rec_start is not None:
                ws.merge_cells(start_row=rec_start, start_column=2, end_row=r, end_column=2)
            else:
                rec_start = r
            r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="Note: actions verified as implemented (B) are removed from the tracker after they have "
                  "been reported to Committee once.").font = Font(italic=True, size=9)
    widths = [9, 42, 9, 46, 26, 13, 13, 6, 48]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "ja2-arun-district-council-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Oxfordshire FRS – HMICFRS values and culture recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def make_oxfordshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "Oxfordshire Fire and Rescue Service"
    ws["A1"].font = Font(bold=True, size=12, color="C00000")
    ws["A2"] = ("HMICFRS Values and Culture in Fire and Rescue Services (March 2023) – "
                "Recommendations Action Tracker")
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Update for Place Overview and Scrutiny Committee – November 2025"
    ws["A3"].font = Font(italic=True)
    hdr = ["Rec", "HMICFRS recommendation (to chief fire officers)", "HMICFRS deadline", "Action No.",
           "OFRS action", "Action owner", "Target date", "Previous RAG (Jun 25)", "Current RAG (Nov 25)",
           "Progress update"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("C00000")
        cell.alignment = WRAP
        cell.border = BOX

    themes = [
        ("Raising concerns", [
            ("1",
             "By 1 October 2023, chief fire officers should ensure staff have a confidential route to raise "
             "concerns and know about the whistleblowing process.",
             d(2023, 10, 1), [
                 ("1.1",
                  "Procure an independent confidential reporting line for all OFRS staff, shared with "
                  "Oxfordshire County Council.",
                  "Head of People (OCC HR)", d(2023, 12, 1), "B", "B",
                  "Safecall line live since 4 December 2023. 23 contacts in 2024/25."),
                 ("1.2",
                  "Relaunch the whistleblowing policy with station-based briefings and an intranet page.",
                  "Area Manager – Service Assurance", d(2024, 3, 1), "B", "B",
                  "Briefings delivered at all 24 stations; page views monitored quarterly."),
             ]),
            ("4",
             "By 1 June 2023, chief fire officers should make sure that people who raise concerns receive "
             "updates on how they are being handled, in a way that builds trust in the service's response.",
             d(2023, 6, 1), [
                 ("4.1",
                  "Establish a Professional Standards function to oversee grievance, discipline and "
                  "concerns cases.",
                  "Deputy Chief Fire Officer", d(2025, 9, 1), "A", "G",
                  "Professional Standards Manager in post from 1 September 2025; monthly case oversight "
                  "meeting in place."),
                 ("4.2",
                  "Introduce case-update standards (contact at least every 20 working days) and audit "
                  "compliance.",
                  "Professional Standards Manager; HR Business Partner", d(2026, 3, 1), "R", "A",
                  "Standard drafted; consultation with FBU and UNISON closes 12 December 2025."),
             ]),
        ]),
        ("Background checks", [
            ("6",
             "By 1 January 2024, chief fire officers should make sure every member of staff has an "
             "appropriate and current background check, reviewed at least every three years.",
             d(2024, 1, 1), [
                 ("6.1",
                  "Complete standard or enhanced DBS checks for all operational and support staff in post "
                  "before April 2023.",
                  "HR Operations Manager", d(2024, 3, 1), "G", "B",
                  "All 612 checks complete; exceptions (long-term absence) tracked weekly."),
                 ("6.2",
                  "Introduce three-yearly rechecks through the HR system with automated reminders.",
                  "HR Operations Manager", d(2025, 6, 1), "A", "R",
                  "Recheck module delayed by the OCC HR system upgrade (go-live now February 2026). "
                  "Manual tracker in place as an interim control."),
             ]),
        ]),
        ("Leadership and training", [
            ("15",
             "By 1 December 2023, chief fire officers should introduce 360-degree feedback for senior "
             "leaders and managers, including middle managers.",
             d(2023, 12, 1), [
                 ("15.1",
                  "Pilot 360-degree feedback for the Strategic Leadership Team and Group Managers.",
                  "Chief Fire Officer", d(2023, 12, 1), "B", "B",
                  "Pilot completed January 2024."),
                 ("15.2",
                  "Extend 360-degree feedback to Station Managers and Watch Managers as part of the annual "
                  "appraisal.",
                  "Area Manager – Training and Development", d(2026, 3, 1), "G", "G",
                  "Roll-out to Station Managers complete; Watch Managers from January 2026."),
             ]),
            ("16",
             "By 1 October 2023, chief fire officers should make sure all supervisory and middle managers "
             "are trained to manage and support their staff, including holding difficult conversations.",
             d(2023, 10, 1), [
                 ("16.1",
                  "Deliver the 'Leading with Respect' programme to all supervisory managers (c. 140 staff).",
                  "Area Manager – Training and Development", "Ongoing – annual cohort", "G", "G",
                  "118 of 141 supervisory managers trained (84%)."),
             ]),
        ]),
        ("Diversity and inclusion", [
            ("19",
             "By 1 October 2023, chief fire officers should review their equality, diversity and inclusion "
             "data and set measures to improve the diversity of their workforce at all levels.",
             d(2023, 10, 1), [
                 ("19.1",
                  "Publish an annual workforce diversity report to the Cabinet Member for Community and "
                  "Corporate Services and the Place Overview and Scrutiny Committee.",
                  "Head of Strategy and Inclusion", d(2025, 7, 1), "A", "B",
                  "2024/25 report published July 2025."),
                 ("19.2",
                  "Positive action campaign for on-call recruitment in under-represented communities "
                  "(Banbury, Oxford East).",
                  "Group Manager – On-call Support / Inclusion Lead", d(2026, 3, 1), "G", "A",
                  "Two campaigns run; applications from women up from 6% to 11% but still below the 15% "
                  "target."),
             ]),
        ]),
    ]
    r = 6
    for theme, recs in themes:
        cell = ws.cell(row=r, column=1, value=theme)
        cell.font = Font(bold=True, color="FFFFFF")
        for c in range(1, 11):
            ws.cell(row=r, column=c).fill = fill("404040")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for rec_no, rec_text, deadline, acts in recs:
            start = r
            ws.cell(row=r, column=1, value=rec_no)
            ws.cell(row=r, column=2, value=rec_text)
            dc = ws.cell(row=r, column=3, value=deadline)
            dc.number_format = "dd/mm/yyyy"
            for no, text, owner, target, prev, cur, upd in acts:
                ws.cell(row=r, column=4, value=no)
                ws.cell(row=r, column=5, value=text)
                ws.cell(row=r, column=6, value=owner)
                tc = ws.cell(row=r, column=7, value=target)
                if isinstance(target, datetime):
                    tc.number_format = "mmm-yy"
                ws.cell(row=r, column=8).fill = RAGFILL[prev]
                ws.cell(row=r, column=9).fill = RAGFILL[cur]
                ws.cell(row=r, column=10, value=upd)
                for c in range(1, 11):
                    ws.cell(row=r, column=c).border = BOX
                    if c not in (8, 9):
                        ws.cell(row=r, column=c).alignment = WRAP
                r += 1
            if r - 1 > start:
                for c in (1, 2, 3):
                    ws.merge_cells(start_row=start, start_column=c, end_row=r - 1, end_column=c)
    widths = [6, 48, 12, 8, 46, 26, 12, 10, 10, 46]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"

    ks = wb.create_sheet("Key & notes")
    ks["A1"] = "RAG key"
    ks["A1"].font = Font(bold=True)
    key = [(BLUE, "Blue", "Action complete and evidence held"),
           (GREEN, "Green", "On track to meet target date"),
           (AMBER, "Amber", "Some slippage – recovery plan in place"),
           (RED, "Red", "Off track – escalated to Service Leadership Team")]
    for i, (f, name, meaning) in enumerate(key, 2):
        ks.cell(row=i, column=1).fill = f
        ks.cell(row=i, column=2, value=name)
        ks.cell(row=i, column=3, value=meaning)
    ks["A8"] = "Notes"
    ks["A8"].font = Font(bold=True)
    ks["A9"] = ("The spotlight report made 35 recommendations: 20 for chief fire officers, 14 for national "
                "bodies and 1 for the police. Only recommendations with open OFRS actions, or closed since the "
                "last update, are shown on the tracker.")
    ks["A10"] = ("Recommendations for national bodies (Home Office, NFCC, LGA, Fire Standards Board) are "
                 "monitored separately and are not included.")
    ks.column_dimensions["A"].width = 8
    ks.column_dimensions["C"].width = 60
    wb.save(os.path.join(HERE,
                         "ja2-oxfordshire-fire-rescue-service-hmicfrs-values-culture-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. Portsmouth City Council – RSH consumer standards housing improvement plan (xlsx, refuse)
# ---------------------------------------------------------------------------
PORTSMOUTH_FILE = ("ja2-portsmouth-city-council-rsh-consumer-standards-housing-improvement-plan"
                   "-typo-month-refuse.xlsx")


def make_portsmouth():
    wb = Workbook()
    ws = wb.active
    ws.title = "Document control"
    ws["A1"] = "Portsmouth City Council – Housing Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    info = [("Document", "Housing Improvement Plan – Regulator of Social Housing consumer standards"),
            ("Owner", "Director of Housing, Neighbourhood and Building Services"),
            ("Version", "1.3"),
            ("Date", "14/11/2025"),
            ("Governance", "Housing Improvement Board (monthly); Cabinet Member for Housing and Tackling "
                           "Poverty (quarterly)")]
    for i, (k, v) in enumerate(info, 3):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=i, column=2, value=v)
    ws["A10"] = "Version history"
    ws["A10"].font = Font(bold=True)
    hist = [("Version", "Date", "Change"),
            ("1.0", "02/07/2025", "First plan following RSH inspection report (C2)"),
            ("1.1", "12/08/2025", "Tenant Scrutiny Panel comments added"),
            ("1.2", "16/09/2025", "Progress update for Housing Improvement Board"),
            ("1.3", "14/11/2025", "Progress update; Tenancy Standard actions added")]
    for i, row in enumerate(hist, 11):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=i, column=c, value=v)
            cell.border = BOX
            if i == 11:
                cell.font = Font(bold=True)
                cell.fill = GREY
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 50

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Portsmouth City Council – Housing Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Response to the Regulator of Social Housing inspection (C2 grading, May 2025) and our "
                "consumer standards self-assessment")
    hdr = ["Ref", "Finding / requirement", "Action", "Lead officer", "Target date", "RAG",
           "Progress (November 2025)"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("002060")
        cell.border = BOX
        cell.alignment = WRAP
    ragcol = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Complete": BLUE}
    plan = [
        ("Safety and Quality Standard", [
            ("SQ1", "Stock condition data is more than five years old for around 40% of homes.",
             "Commission stock condition surveys to cover 100% of homes over a rolling five-year programme, "
             "starting with the homes with the oldest data.",
             "Head of Asset Management", "March 2026", "Amber",
             "3,150 surveys completed since June; new surveyor contract starts January."),
            ("SQ2", "Around 1,100 remedial actions from fire risk assessments are overdue, 190 of them high "
                    "risk.",
             "Clear all overdue high-risk FRA actions and report progress monthly to the Building Safety "
             "Board.",
             "Building Safety Manager", "December 2025", "Green",
             "High-risk overdue actions down from 190 to 42."),
            ("SQ3", "Damp and mould cases are not consistently inspected within the timescales in the "
                    "council's policy.",
             "Set up a dedicated damp and mould triage team, inspecting within 10 working days of a report.",
             "Repairs Service Manager", "Janaury 2026", "Amber",
             "Two of four surveyor posts filled; interim use of contractor surveys."),
        ]),
        ("Transparency, Influence and Accountability Standard", [
            ("TIA1", "Tenant satisfaction measures are not reported in a way tenants can easily understand.",
             "Publish quarterly TSM results in the tenants' magazine and online, co-designed with the Tenant "
             "Scrutiny Panel.",
             "Resident Engagement Manager", "October 2025", "Complete",
             "First quarterly summary published in October edition of House Talk."),
            ("TIA2", "Complaints are not always responded to within Housing Ombudsman Complaint Handling Code "
                     "timescales.",
             "Weekly complaints performance huddle and escalation of Stage 1 cases at day 7.",
             "Head of Customer Services; Housing Operations Manager", "September 2025", "Complete",
             "Stage 1 on time up from 61% to 89%."),
        ]),
        ("Neighbourhood and Community Standard", [
            ("NC1", "Anti-social behaviour cases are not risk assessed consistently at first contact.",
             "Introduce a single ASB risk assessment matrix and train all neighbourhood officers.",
             "Neighbourhood Services Manager", "February 2026", "Green",
             "Matrix agreed with Safer Portsmouth Partnership; training dates set."),
        ]),
        ("Tenancy Standard", [
            ("T1", "Tenancy audits are not carried out on a regular cycle.",
             "Tenancy audit programme visiting every household at least once every five years, prioritising "
             "tenants not seen for three years.",
             "Tenancy Services Manager", "March 2027", "Green",
             "Programme approved; 410 visits completed."),
            ("T2", "Data on tenants' vulnerabilities and communication needs is incomplete.",
             "Tenant profiling exercise to record vulnerabilities, language and accessibility needs on the "
             "housing system.",
             "Head of Housing Systems / Resident Engagement Manager", "June 2026", "Red",
             "Housing system upgrade delayed; profiling fields not yet available."),
        ]),
    ]
    r = 5
    for std, acts in plan:
        ws.cell(row=r, column=1, value=std).font = Font(bold=True)
        for c in range(1, 8):
            ws.cell(row=r, column=c).fill = fill("DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for a in acts:
            for c, v in enumerate(a, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if c == 6:
                    cell.fill = ragcol[v]
            r += 1
    widths = [7, 44, 50, 30, 15, 10, 44]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"

    ks = wb.create_sheet("RAG key")
    keyrows = [("Complete", BLUE, "Action delivered and evidence seen by the Housing Improvement Board"),
               ("Green", GREEN, "On track"),
               ("Amber", AMBER, "At risk of missing target date"),
               ("Red", RED, "Target date missed or will be missed")]
    ks["A1"] = "RAG key"
    ks["A1"].font = Font(bold=True)
    for i, (w, f, m) in enumerate(keyrows, 2):
        ks.cell(row=i, column=1, value=w).fill = f
        ks.cell(row=i, column=2, value=m)
    ks.column_dimensions["B"].width = 70
    wb.save(os.path.join(HERE, PORTSMOUTH_FILE))


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


def set_cell(cell, text, bold=False, size=None):
    """Write text (inner \n = separate paragraphs)."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    for part in parts[1:]:
        p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.8))


# ---------------------------------------------------------------------------
# 4. Royal Borough of Greenwich – ASC CQC assessment improvement plan (docx)
# ---------------------------------------------------------------------------
def make_greenwich():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Royal Borough of Greenwich")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading("Adult Social Care – CQC Local Authority Assessment Improvement Plan 2025–2026", level=1)
    doc.add_paragraph("Version 2.1 – updated after the Adult Social Care Improvement Board, 18 September 2025")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Plan owner", "Director of Adult Social Care"),
                 ("Sponsor", "Corporate Director, Health and Adult Services"),
                 ("Assessment", "CQC local authority assessment, on site 3–6 March 2025; report published "
                                "20 June 2025 (overall rating: Requires improvement)"),
                 ("Monitoring", "Monthly at the Adult Social Care Improvement Board; quarterly to Health and "
                                "Adult Services Scrutiny Panel")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)

    doc.add_paragraph()
    doc.add_paragraph("RAG status key")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for word, hex_, meaning in [("Complete", "0070C0", "Action delivered and impact evidenced"),
                                ("Green", "00B050", "On track"),
                                ("Amber", "FFC000", "Some risk to delivery or timescale"),
                                ("Red", "FF0000", "Off track – escalated to Improvement Board"),
                                ("Not started", "FFFFFF", "Not yet due to start")]:
        row = t.add_row().cells
        set_cell(row[0], word, bold=True)
        shade(row[0], hex_)
        set_cell(row[1], meaning)

    themes = [
        ("Theme 1: Working with people", [
            ("QS1 Assessing needs: waiting lists for Care Act assessments and reviews are too long", [
                ("1.1",
                 "Deliver a waiting list recovery plan using additional agency assessors and a weekly "
                 "prioritisation huddle.\nWeekly waiting list data to be reported to the Assistant Director.",
                 "Head of Assessment and Care Management", "March 2026", "Amber",
                 "Waiting list down from 612 to 431 (August 2025); trajectory to 250 by March 2026 at risk "
                 "because of recruitment."),
                ("1.2",
                 "Introduce a 'waiting well' contact every six weeks for everyone waiting for an assessment, "
                 "with a risk rating.",
                 "Principal Social Worker", "July 2025", "Complete",
                 "In place since 1 July 2025; audit of 40 cases found 92% contacted within timescale."),
            ]),
            ("QS3 Equity in experience and outcomes: the council does not understand well enough the "
             "experiences of people from Black, Asian and minority ethnic communities", [
                ("1.3",
                 "Analyse ASC data by ethnicity and publish an equity dashboard for the Improvement Board.",
                 "Head of Performance and Intelligence", "Q3 2025/26", "Green",
                 "Dashboard prototype presented in September; data quality checks under way."),
                ("1.4",
                 "Co-produce an engagement plan with local community and faith organisations.",
                 "Head of Commissioning (Adults); Co-production Lead", "December 2025", "Green",
                 "Three workshops held; draft plan to October Board."),
            ]),
        ]),
        ("Theme 2: Providing support", [
            ("QS4 Care provision, integration and continuity: there are not enough nursing and dementia care "
             "home places in the borough", [
                ("2.1",
                 "Refresh the market position statement and agree a nursing and dementia bed capacity plan.",
                 "Head of Commissioning (Adults)", "31/01/2026", "Green",
                 "Market analysis complete; provider engagement event held 9 September."),
                ("2.2",
                 "Agree a fee uplift methodology with care home providers for 2026/27.",
                 "Head of Commissioning (Adults) / Strategic Finance Business Partner", "February 2026",
                 "Not started", ""),
            ]),
        ]),
        ("Theme 3: How the local authority ensures safety within the system", [
            ("QS7 Safeguarding: Section 42 enquiries are not always completed in a timely way and outcomes "
             "are not consistently recorded", [
                ("3.1",
                 "Introduce a Safeguarding Adults Hub triage standard of two working days for new concerns, "
                 "with daily management oversight.",
                 "Head of Safeguarding Adults", "Sept 2025", "Complete",
                 "Standard met for 95% of concerns in August."),
                ("3.2",
                 "Quarterly multi-agency audit of Section 42 case files, reported to the Safeguarding Adults "
                 "Board.",
                 "Head of Safeguarding Adults", "Quarterly", "Green",
                 "First audit (20 cases) completed July 2025."),
            ]),
            ("QS6 Safe systems, pathways and transitions: planning for young people moving to adult services "
             "starts too late", [
                ("3.3",
                 "Agree a joint Preparing for Adulthood protocol, with planning starting at age 14.",
                 "Head of Transitions; Head of SEND (Children's Services)", "Nov 2025 – Mar 2026", "Amber",
                 "Draft protocol with Children's Services; cohort data being matched."),
            ]),
        ]),
        ("Theme 4: Leadership", [
            ("QS8 Governance, management and sustainability: performance information is not used consistently "
             "to drive improvement", [
                ("4.1",
                 "Monthly performance and quality assurance report to the Directorate Management Team and "
                 "Improvement Board, including feedback from people who use services.",
                 "Director of Adult Social Care", "Monthly", "Green",
                 "Report format agreed; first report August 2025."),
                ("4.2",
                 "Refresh the ASC workforce strategy, including a 'grow our own' social work apprenticeship "
                 "route.",
                 "Director of Adult Social Care", "April 2026", "Red",
                 "Delayed pending corporate workforce strategy; apprenticeship funding not yet confirmed."),
            ]),
        ]),
    ]
    hdr = ["Ref", "Action", "Lead", "Timescale", "RAG", "Progress update"]
    widths = [Cm(1.4), Cm(8.5), Cm(4.5), Cm(2.8), Cm(2.2), Cm(6.5)]
    ragshade = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for theme, afis in themes:
        doc.add_paragraph()
        doc.add_heading(theme, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9E2F3")
        for afi, acts in afis:
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[5])
            set_cell(merged, afi, bold=True)
            shade(merged, "F2F2F2")
            for a in acts:
                cells = t.add_row().cells
                for i, v in enumerate(a):
                    set_cell(cells[i], v)
                if a[4] in ragshade:
                    shade(cells[4], ragshade[a[4]])
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w

    doc.add_paragraph()
    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Name", "Role", "Date"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for row in [("Cabinet Member for Adult Social Care and Health", "Portfolio holder", "25/09/2025"),
                ("Director of Adult Social Care", "Plan owner", "19/09/2025")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    doc.save(os.path.join(HERE, "ja2-royal-borough-of-greenwich-asc-cqc-assessment-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Winchester City Council – auditor's annual report VfM recommendations action plan (docx)
# ---------------------------------------------------------------------------
def make_winchester():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph("Winchester City Council")
    p.runs[0].bold = True
    doc.add_heading("External Auditor's Annual Report 2023/24 – Value for Money Recommendations: Action Plan",
                    level=1)
    doc.add_paragraph("Audit and Governance Committee – 11 December 2025 – Appendix A")
    doc.add_paragraph(
        "The Council's external auditor, Ernst & Young LLP, reported one key recommendation and four "
        "improvement recommendations in its Auditor's Annual Report for 2023/24. No significant weakness was "
        "reported for governance or for improving economy, efficiency and effectiveness. The table below sets "
        "out the agreed actions and progress at 30 November 2025.")

    hdr = ["Rec", "Auditor's recommendation", "Ref", "Agreed action", "Responsible officer", "Target date",
           "Status"]
    widths = [Cm(1.3), Cm(6.8), Cm(1.3), Cm(7.2), Cm(4.2), Cm(3.2), Cm(2.2)]
    areas = [
        ("Financial sustainability", [
            ("KR1",
             "The Council should agree a costed savings and income programme to close the budget gap forecast "
             "in the Medium Term Financial Strategy for 2026/27 to 2028/29, with named owners and delivery "
             "milestones.", [
                ("1.1",
                 "Transformation and savings programme to be approved by Cabinet, with a business case for "
                 "each proposal.",
                 "Strategic Director (Section 151 Officer)", "February 2026", "On track"),
                ("1.2",
                 "Monthly savings tracker to be reported to the Executive Leadership Board and quarterly to "
                 "Scrutiny Committee.",
                 "Head of Finance", "31/10/2025", "Complete"),
            ]),
            ("IR1",
             "The Council should strengthen its reserves strategy, setting out the minimum level of general "
             "fund balance and the purpose of each earmarked reserve.", [
                ("1.3",
                 "Reserves policy to be reviewed and included in the 2026/27 budget report to Council.",
                 "Head of Finance", "Feb 2026", "On track"),
            ]),
        ]),
        ("Governance", [
            ("IR2",
             "The Council should make sure the strategic risk register is reviewed at least quarterly by "
             "senior management and reported to the Audit and Governance Committee, with target risk scores "
             "and dates for mitigating actions.", [
                ("2.1",
                 "Risk management framework, including a risk appetite statement, to be refreshed and "
                 "approved by the Audit and Governance Committee.",
                 "Corporate Head of Legal and Democratic Services / Risk and Resilience Manager",
                 "September 2025", "Complete"),
                ("2.2",
                 "Quarterly strategic risk register report to the Executive Leadership Board and the Audit "
                 "and Governance Committee.",
                 "Risk and Resilience Manager", "Quarterly", "On track"),
            ]),
            ("IR3",
             "The Council should complete the outstanding actions from its 2022/23 annual governance "
             "statement, including the review of the Constitution.", [
                ("2.3",
                 "Constitution review by the cross-party working group, with recommendations to Full Council.",
                 "Monitoring Officer", "July 2025 (revised: March 2026)", "Delayed"),
            ]),
        ]),
        ("Improving economy, efficiency and effectiveness", [
            ("IR4",
             "The Council should improve its contract management arrangements, including a complete "
             "contracts register and regular performance reviews for all contracts over £100,000.", [
                ("3.1",
                 "Contracts register to be reconciled to the finance system and published in line with the "
                 "Procurement Act 2023.",
                 "Procurement Manager", "Jan 2026", "On track"),
                ("3.2",
                 "Contract management toolkit and training for all managers of contracts over £100,000.",
                 "Procurement Manager; Service Leads", "June 2026", "Not started"),
            ]),
        ]),
    ]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True, size=9)
        shade(t.rows[0].cells[i], "BDD7EE")
    status_shade = {"Complete": "0070C0", "On track": "00B050", "Delayed": "FFC000"}
    for area, recs in areas:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[6])
        set_cell(m, area, bold=True, size=9)
        shade(m, "E7E6E6")
        for rec, rtext, acts in recs:
            first = len(t.rows)
            for ref, action, officer, date, status in acts:
                cells = t.add_row().cells
                for i, v in zip((2, 3, 4, 5, 6), (ref, action, officer, date, status)):
                    set_cell(cells[i], v, size=9)
                if status in status_shade:
                    shade(cells[6], status_shade[status])
            last = len(t.rows) - 1
            c0 = t.cell(first, 0)
            c1 = t.cell(first, 1)
            if last > first:
                c0 = c0.merge(t.cell(last, 0))
                c1 = c1.merge(t.cell(last, 1))
            set_cell(c0, rec, bold=True, size=9)
            set_cell(c1, rtext, size=9)
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete (blue) – On track (green) – Delayed (amber) – Not started (no "
                      "colour). KR = key recommendation; IR = improvement recommendation.")
    doc.add_paragraph("Contact: Head of Finance, Winchester City Council.")
    doc.save(os.path.join(
        HERE, "ja2-winchester-city-council-auditors-annual-report-vfm-recommendations-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Basingstoke and Deane BC – corporate risk register Q3 2025/26 (csv)
# ---------------------------------------------------------------------------
def make_basingstoke():
    ncol = 12
    rows = [
        ["Basingstoke and Deane Borough Council – Corporate Risk Register, Quarter 3 2025/26"],
        ["Position at 31 December 2025; reviewed by Corporate Management Team on 13 January 2026"],
        ["Scores are likelihood x impact (each 1 to 4). Action RAG: Complete / Green / Amber / Red"],
        [],
        ["Risk ref", "Risk title", "Risk owner", "Current score", "Target score", "Direction of travel",
         "Action ref", "Mitigating action", "Action owner", "Due date", "Action RAG", "Q3 commentary"],
        ["CR1", "Financial resilience – inability to set a balanced budget over the MTFS period",
         "Chief Finance Officer", "12", "8", "Static",
         "CR1.1", "Deliver £1.2m of 2025/26 savings through the Delivering Our Plan programme",
         "Chief Finance Officer", "31/03/2026", "Amber",
         "£0.9m secured; remaining £0.3m depends on the car parking tariff review."],
        ["", "", "", "", "", "",
         "CR1.2", "Prepare options to close the 2026/27 budget gap of £2.4m for Cabinet",
         "Chief Finance Officer; Executive Director – Corporate Services", "February 2026", "Green",
         "Options paper to Cabinet 10 February 2026."],
        ["CR2", "Cyber attack leading to loss of systems or data",
         "Executive Director – Corporate Services", "12", "8", "Static",
         "CR2.1", "Achieve Cyber Essentials Plus re-accreditation", "Head of ICT", "30/11/2025", "Complete",
         "Certificate issued 21/11/2025."],
        ["", "", "", "", "", "",
         "CR2.2", "Run a cyber incident exercise with the Corporate Management Team",
         "Head of ICT; Emergency Planning Officer", "Mar-26", "Green",
         "Exercise booked with the regional WARP for March."],
        ["CR3", "Local Plan Update not adopted within the required timescale", "Head of Planning Policy",
         "9", "6", "Increasing",
         "CR3.1", "Submit the Local Plan Update for examination", "Planning Policy Manager", "Q4 2025/26",
         "Red",
         "Regulation 19 consultation delayed by changes to national housing targets; revised timetable "
         "to Cabinet in February."],
        ["CR4", "Demand for temporary accommodation exceeds supply and budget", "Head of Housing",
         "16", "9", "Increasing",
         "CR4.1", "Acquire 20 additional homes for use as temporary accommodation through the Local Authority "
                  "Housing Fund",
         "Housing Development Manager", "31/03/2026", "Amber",
         "12 completed, 5 in conveyancing."],
        ["", "", "", "", "", "",
         "CR4.2", "Review the homelessness prevention offer with partners:\n- private rented sector incentive "
                  "scheme\n- earlier referrals under the Duty to Refer",
         "Housing Options Manager", "Ongoing", "Green",
         "Incentive scheme launched October; 14 households helped."],
        ["CR5", "Failure to meet statutory health and safety duties for council buildings", "Head of Property",
         "8", "4", "Reducing",
         "CR5.1", "Complete condition surveys and fire risk assessments for all operational buildings",
         "Property Services Manager", "Sept 2025", "Complete",
         "All 38 buildings surveyed; remedial works added to the capital programme."],
        [],
        ["Summary", "Risks on register: 5", "Red (12 and above): 3", "Amber (6 to 9): 2", "Green (below 6): 0"],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        w.writerow(row + [""] * (ncol - len(row)))
    with open(os.path.join(HERE, "ja2-basingstoke-and-deane-bc-corporate-risk-register-q3-2025-26.csv"),
              "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Newport City Council – CIW care home inspection improvement plan (tab-separated txt)
# ---------------------------------------------------------------------------
def make_newport():
    lines = [
        "Newport City Council – Adult Services",
        "Spring Gardens Residential Home – Improvement Plan following Care Inspectorate Wales inspection "
        "(23 and 24 April 2025)",
        "Responsible Individual:\tHead of Adult Services\tRegistered Manager:\tResidential Care Manager",
        "Plan updated:\t30/09/2025",
        "",
        "\t".join(["No.", "Area for improvement (CIW finding)", "Action", "Responsible person", "Timescale",
                   "Progress", "RAG"]),
        "CARE AND SUPPORT",
        "\t".join(["1", "Regulation 16: Personal plans are not always reviewed with the individual at least "
                        "every three months.",
                   "Set up a review schedule for all 28 residents, with reviews recorded on WCCIS.",
                   "Deputy Manager", "31/05/2025", "All plans reviewed; schedule held on team calendar.",
                   "Complete"]),
        "\t".join(["2", "",
                   "Monthly audit of five personal plans by the Registered Manager, with findings discussed at "
                   "team meetings.",
                   "Registered Manager", "Monthly", "Audits completed June to September; 90% compliant in "
                                                   "September.", "G"]),
        "\t".join(["3", "Regulation 58: Medication administration records had gaps and 'as required' (PRN) "
                        "protocols were missing for some people.",
                   "Introduce PRN protocols for every person prescribed as-required medicine, agreed with the "
                   "GP practice.",
                   "Senior Care Officer (Medication Lead); Community Pharmacist", "June 2025",
                   "Protocols in place for 11 residents.", "Complete"]),
        "\t".join(["4", "",
                   "Medication competency reassessment for all senior care staff.",
                   "Registered Manager / Training Officer", "31/07/2025 revised to 31/10/2025",
                   "Eight of ten staff reassessed; two on long-term leave.", "A"]),
        "ENVIRONMENT",
        "\t".join(["5", "Regulation 57: Risks to health and safety were not identified and reduced; window "
                        "restrictors were missing in two first-floor rooms.",
                   "Fit and check window restrictors on all first-floor windows and add them to the monthly "
                   "health and safety walkround.",
                   "Building Maintenance Officer", "02/05/2025", "Completed 29 April 2025.", "Complete"]),
        "\t".join(["6", "",
                   "Replace the flooring in the ground-floor lounge and dining room.",
                   "Building Maintenance Officer", "Dec-25", "Contractor appointed; works booked for November.",
                   "G"]),
        "LEADERSHIP AND MANAGEMENT",
        "\t".join(["7", "Regulation 36: Not all staff had supervision every three months, and dementia care "
                        "training was out of date for several staff.",
                   "Introduce a supervision matrix, with supervision at least quarterly for all staff.",
                   "Registered Manager", "June 2025", "Matrix in place; 100% in the quarter to 30 September.",
                   "Complete"]),
        "\t".join(["8", "",
                   "All care staff to complete dementia care training at the Good Work framework 'skilled' "
                   "level.",
                   "Training Officer", "March 2026", "19 of 34 staff trained.", "A"]),
        "\t".join(["9", "Regulation 80: The quality of care review did not include feedback from residents and "
                        "relatives.",
                   "Six-monthly quality of care review to include a survey of residents, relatives and staff, and "
                   "to be shared with the RI.",
                   "Responsible Individual / Registered Manager", "October 2025",
                   "Surveys issued 1 September; review report being drafted.", "G"]),
        "",
        "RAG: Complete = action completed and evidenced; G = on track; A = some delay; R = not on track",
        "Next review: Adult Services quality assurance meeting, 28/10/2025",
    ]
    with open(os.path.join(HERE, "ja2-newport-city-council-ciw-care-home-inspection-improvement-plan.txt"),
              "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    make_arun()
    make_oxfordshire()
    make_portsmouth()
    make_greenwich()
    make_winchester()
    make_basingstoke()
    make_newport()
    print("done")
