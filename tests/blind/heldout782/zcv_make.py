"""Build the seven zcv- blind test files (set heldout782).

Run with /work/main/.venv/bin/python zcv_make.py from any directory;
files are written beside this script.
"""
import csv
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

BLUE = "5B9BD5"
GREEN = "70AD47"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Mental Welfare Commission for Scotland - strategic risk register (xlsx)
# ---------------------------------------------------------------------------
def make_mwc():
    name = "zcv-mental-welfare-commission-for-scotland-strategic-risk-register-2025-26.xlsx"
    title = "Mental Welfare Commission for Scotland – Strategic Risk Register 2025-26"
    wb = Workbook()

    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14, color=NAVY)
    cov["A3"] = "Document control"
    cov["A3"].font = Font(bold=True)
    rows = [
        ("Version", "2.3"),
        ("Date", "31 October 2025"),
        ("Register owner", "Executive Director (Corporate Services)"),
        ("Reviewed by", "Executive Team, 4 November 2025; Audit, Risk and Governance Committee, 18 November 2025"),
        ("Next review", "February 2026"),
    ]
    for i, (k, v) in enumerate(rows, start=4):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        cov.cell(i, 1).border = BOX
        cov.cell(i, 2).border = BOX
    cov["A10"] = "Action status key"
    cov["A10"].font = Font(bold=True)
    key = [
        ("Complete", BLUE, "Action delivered and evidence held"),
        ("On track", GREEN, "Progressing and expected to meet the target date"),
        ("Some slippage", AMBER, "Behind plan but expected to be recovered; revised date may be set"),
        ("Off track", RED, "Will not meet the target date; escalated to Executive Team"),
        ("Not started", None, "Not yet due to start"),
    ]
    for i, (k, c, v) in enumerate(key, start=11):
        cell = cov.cell(i, 1, k)
        if c:
            cell.fill = fill(c)
        cell.border = BOX
        cov.cell(i, 2, v).border = BOX
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 90

    ws = wb.create_sheet("Register")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13, color=NAVY)
    ws.merge_cells("A1:J1")
    ws["A2"] = ("Position at 31 October 2025. Scores are Likelihood × Impact on a 5 × 5 matrix "
                "(see 'Scoring key' tab); action status colours are explained on the Cover tab.")
    ws.merge_cells("A2:J2")
    headers = ["Ref", "Risk / further action", "Owner", "Inherent (L × I)", "Current (L × I)",
               "Target (L × I)", "Target date", "Revised date", "Progress update (October 2025)", "Status"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.alignment = WRAP
        cell.border = BOX

    status_fill = {"Complete": BLUE, "On track": GREEN, "Some slippage": AMBER, "Off track": RED,
                   "Not started": None}

    risks = [
        ("SR1 – Capacity to deliver the statutory visiting and monitoring programme",
         "4 × 4 = 16", "3 × 4 = 12", AMBER, "2 × 4 = 8",
         "Risk owner: Chief Executive  |  Appetite: Cautious",
         [
             ("SR1.1", "Complete recruitment to the four vacant practitioner posts in the Visiting and Monitoring team",
              "Head of Practitioner Services", d(2025, 12, 31), None,
              "Two posts filled in September 2025; interviews for the remaining two posts on 12 November.",
              "On track"),
             ("SR1.2", "Agree a risk-based visiting programme for 2026-27, prioritising wards and units with no Commission visit in the last 24 months",
              "Head of Practitioner Services / Head of Intelligence", d(2026, 2, 28), None,
              "Draft prioritisation criteria discussed at Executive Team on 21 October.",
              "On track"),
             ("SR1.3", "Establish a bank of sessional medical visitors to provide surge capacity for local visits",
              "Medical Director", d(2025, 9, 30), d(2026, 3, 31),
              "Role description with NHS Education for Scotland for comment; recruitment planned for January.",
              "Some slippage"),
         ]),
        ("SR2 – Information governance and cyber security",
         "5 × 4 = 20", "3 × 4 = 12", AMBER, "2 × 4 = 8",
         "Risk owner: Executive Director (Corporate Services)  |  Appetite: Averse",
         [
             ("SR2.1", "Migrate remaining case records from legacy network file shares to the records management system.\n"
                       "Decommission the file shares once migration has been verified.",
              "Information Governance Manager", d(2025, 6, 30), d(2026, 1, 31),
              "Migration 70% complete; supplier resource issues in August and September. Revised date agreed by Executive Team.",
              "Off track"),
             ("SR2.2", "Run a phishing simulation exercise with targeted follow-up training for all staff",
              "Head of Digital and Information", d(2025, 9, 30), None,
              "Exercise run 22 September 2025; 94% of staff completed the follow-up module.",
              "Complete"),
             ("SR2.3", "Achieve Cyber Essentials Plus re-certification",
              "Head of Digital and Information", d(2026, 3, 31), None,
              "Assessment booked for February 2026.",
              "On track"),
         ]),
        ("SR3 – Financial sustainability over the medium term",
         "4 × 3 = 12", "3 × 3 = 9", AMBER, "2 × 3 = 6",
         "Risk owner: Executive Director (Corporate Services)  |  Appetite: Cautious",
         [
             ("SR3.1", "Present a balanced three-year financial plan to the Board, including savings options of at least £250k",
              "Executive Director (Corporate Services)", d(2026, 3, 31), None,
              "Savings options paper to Board on 11 December 2025.",
              "On track"),
             ("SR3.2", "Secure confirmation from the Scottish Government sponsor team of funding for law reform implementation work in 2026-27",
              "Chief Executive", d(2025, 12, 31), None,
              "Meeting held 8 October 2025; written confirmation awaited.",
              "Some slippage"),
         ]),
        ("SR4 – Readiness for mental health and capacity law reform",
         "3 × 4 = 12", "3 × 3 = 9", AMBER, "2 × 3 = 6",
         "Risk owner: Chief Executive  |  Appetite: Open",
         [
             ("SR4.1", "Maintain a horizon-scanning log of legislative and policy change and report it to the Board each quarter",
              "Head of Policy and Legislation", "Ongoing", None,
              "Q2 report taken to Board on 25 September 2025.",
              "On track"),
             ("SR4.2", "Prepare a stakeholder engagement plan for the Commission's response to the forthcoming mental health and capacity law reform consultation",
              "Head of Policy and Legislation; Engagement and Participation Lead", d(2026, 1, 31), None,
              "",
              "Not started"),
         ]),
    ]
    r = 5
    for head, inh, cur, curfill, tgt, owner_note, actions in risks:
        ws.cell(r, 1, head).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        ws.cell(r, 4, inh)
        ws.cell(r, 5, cur).fill = fill(curfill)
        ws.cell(r, 6, tgt)
        ws.cell(r, 7, owner_note).font = Font(italic=True)
        ws.merge_cells(start_row=r, start_column=7, end_row=r, end_column=10)
        for c in (1, 2, 3, 4, 6, 7, 8, 9, 10):
            ws.cell(r, c).fill = fill(GREY)
        for c in range(1, 11):
            ws.cell(r, c).border = BOX
        r += 1
        for ref, text, owner, due, rev, prog, status in actions:
            vals = [ref, text, owner, None, None, None, due, rev, prog or None, status]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            sf = status_fill[status]
            if sf:
                ws.cell(r, 10).fill = fill(sf)
            r += 1
    r += 1
    ws.cell(r, 1, "Risks closed since last review: none. SR5 (Thistle House lease renewal) was de-escalated "
                  "to the Corporate Services operational risk register in August 2025.").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    widths = [9, 60, 30, 12, 12, 12, 12, 12, 45, 14]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"

    sk = wb.create_sheet("Scoring key")
    sk["A1"] = "Risk scoring matrix (Likelihood × Impact)"
    sk["A1"].font = Font(bold=True)
    sk["A3"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        sk.cell(3, i + 1, i).font = Font(bold=True)
        sk.cell(3 + i, 1, 6 - i).font = Font(bold=True)
    for li in range(1, 6):
        for im in range(1, 6):
            score = (6 - li) * im
            cell = sk.cell(3 + li, 1 + im, score)
            cell.fill = fill(GREEN if score <= 4 else AMBER if score <= 9 else "F4B084" if score <= 15 else RED)
            cell.border = BOX
    sk["A10"] = "1–4 Low; 5–9 Moderate; 10–15 High; 16–25 Very high"
    wb.save(os.path.join(HERE, name))


# ---------------------------------------------------------------------------
# 2. NICTS - internal audit recommendations tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
def make_nicts():
    name = ("zcv-northern-ireland-courts-and-tribunals-service-internal-audit-recommendations-tracker"
            "-typo-month-refuse.xlsx")
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Northern Ireland Courts and Tribunals Service – Internal Audit Recommendations Tracker"
    sm["A1"].font = Font(bold=True, size=13)
    sm["A3"] = "Summary of outstanding recommendations at 31 January 2026"
    sm["A3"].font = Font(bold=True)
    hdr = ["Priority", "Implemented", "Partially implemented", "Not implemented", "Total"]
    for c, h in enumerate(hdr, start=1):
        sm.cell(4, c, h).font = Font(bold=True)
        sm.cell(4, c).border = BOX
    data = [("Priority 1", 1, 2, 0), ("Priority 2", 2, 1, 1), ("Priority 3", 0, 2, 0)]
    for i, (p, a, b, c_) in enumerate(data, start=5):
        for c, v in enumerate([p, a, b, c_, a + b + c_], start=1):
            sm.cell(i, c, v).border = BOX
    for c, v in enumerate(["Total", 3, 5, 1, 9], start=1):
        sm.cell(8, c, v).font = Font(bold=True)
        sm.cell(8, c).border = BOX
    sm.column_dimensions["A"].width = 16
    for col in "BCDE":
        sm.column_dimensions[col].width = 20

    ws = wb.create_sheet("Recommendations")
    ws["A1"] = "Northern Ireland Courts and Tribunals Service – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Audit and Risk Assurance Committee, 24 February 2026 (position at 31 January 2026)"
    headers = ["Rec No.", "Priority", "Recommendation", "Agreed management action", "Business owner",
               "Original target date", "Revised target date", "Progress update (January 2026)", "Status"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill("BDD7EE")
        cell.alignment = WRAP
        cell.border = BOX
    blocks = [
        ("Fines and Penalties Enforcement (2024-25) – Limited assurance", [
            ("1", "Priority 1",
             "Management should reconcile the enforcement case management system to the accounting ledger monthly and investigate differences promptly.",
             "Introduce a monthly reconciliation between the case management system and Account NI, signed off by the Finance Manager.",
             "Head of Enforcement", "June 2025", "January 2026",
             "Reconciliations in place from October 2025; historic differences of £41k under investigation.",
             "Partially implemented"),
            ("2", "Priority 2",
             "Written procedures for the remission of fines should be updated and communicated to staff.",
             "Update the remission desk instructions and brief all enforcement staff.",
             "Enforcement Operations Manager", "September 2025", "",
             "Desk instructions updated and issued 15 September 2025.",
             "Implemented"),
            ("3", "Priority 2",
             "Aged debt reports should be reviewed by senior management quarterly.",
             "Add an aged debt report to the quarterly Operations Directorate performance pack.",
             "Head of Enforcement", "December 2025", "March 2026",
             "First report prepared; format to be agreed at Directorate meeting.",
             "Partially implemented"),
        ]),
        ("Cyber Security – Patch Management (2024-25) – Satisfactory assurance", [
            ("1", "Priority 2",
             "Critical security patches should be applied to servers within the timescales set in the patching policy.",
             "Agree a service level with IT Assist for critical patches and report compliance monthly to the Information Security Group.",
             "Head of IT", "October 2025", "",
             "Service level agreed; September and October compliance 97%.",
             "Implemented"),
            ("2", "Priority 3",
             "The register of unsupported software should be kept up to date.",
             "Review the unsupported software register quarterly and record decisions on exceptions.",
             "IT Security Officer", "November 2025", "",
             "Register reviewed in November; two exceptions awaiting decision.",
             "Partially implemented"),
        ]),
        ("Court Funds Office – Investment Controls (2025-26) – Limited assurance", [
            ("1", "Priority 1",
             "Segregation of duties should be enforced so that the officer who raises an investment instruction cannot also authorise it.",
             "Reconfigure user roles in the investment system and remove dual permissions.",
             "Accountant General", "November 2025", "Febuary 2026",
             "System supplier change request raised; interim manual check in place.",
             "Partially implemented"),
            ("2", "Priority 2",
             "Monthly investment valuations should be independently checked against custodian statements.",
             "Introduce an independent monthly check by a member of Finance Branch.",
             "Court Funds Office Manager", "December 2025", "",
             "Not yet started due to vacancy in Finance Branch.",
             "Not implemented"),
        ]),
        ("Tribunals Hearing Centre Contract Management (2025-26) – Satisfactory assurance", [
            ("1", "Priority 1",
             "Contract performance meetings should be held and minuted as required by the contract.",
             "Hold quarterly contract performance meetings with the facilities contractor and record actions.",
             "Head of Estates", "October 2025", "",
             "Meetings held July and October 2025; minutes on file.",
             "Implemented"),
            ("2", "Priority 3",
             "Contract variations should be approved in line with the scheme of delegation.",
             "Issue guidance to estates staff on approval limits for contract variations.",
             "Head of Estates", "January 2026", "April 2026",
             "Guidance drafted; awaiting Finance Director comments.",
             "Partially implemented"),
        ]),
    ]
    r = 5
    for head, recs in blocks:
        ws.cell(r, 1, head).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1).fill = fill(GREY)
        r += 1
        for rec in recs:
            for c, v in enumerate(rec, start=1):
                cell = ws.cell(r, c, v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BOX
            r += 1
    r += 1
    notes = [
        "Priority 1 – failure to implement could lead to significant risk to the achievement of NICTS objectives.",
        "Priority 2 – failure to implement may affect the achievement of business objectives.",
        "Priority 3 – good practice; improves the control environment.",
    ]
    for n in notes:
        ws.cell(r, 1, n).font = Font(italic=True, size=9)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
    widths = [8, 11, 45, 45, 24, 13, 13, 40, 16]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(os.path.join(HERE, name))


# ---------------------------------------------------------------------------
# 3. Paradigm Housing Group - programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def make_paradigm():
    name = "zcv-paradigm-housing-group-building-safety-remediation-programme-highlight-report.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight report"
    ws["A1"] = "Building Safety Remediation Programme – Highlight Report"
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = fill("203764")
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Paradigm Housing Group  |  Report no. 14  |  Reporting period: December 2025  |  "
                "To: Building Safety Committee, 20 January 2026")
    ws.merge_cells("A2:H2")
    ws["A4"] = "Senior Responsible Owner"
    ws["B4"] = "Executive Director of Assets"
    ws["D4"] = "Programme Manager"
    ws["E4"] = "Building Safety Programme Manager"
    ws["A5"] = "Overall RAG – previous"
    ws["B5"] = "A"
    ws["B5"].fill = fill(AMBER)
    ws["D5"] = "Overall RAG – current"
    ws["E5"] = "A"
    ws["E5"].fill = fill(AMBER)
    for c in ("A4", "D4", "A5", "D5"):
        ws[c].font = Font(bold=True)
    ws["A7"] = "Summary of progress this period"
    ws["A7"].font = Font(bold=True)
    ws["A8"] = ("Cladding Safety Scheme applications for the Slough blocks were submitted on time. "
                "Crown Court works are two months behind the baseline due to weather, and the Kingsmead House "
                "tender has to be re-run after returns came in over budget.\n"
                "Overdue high-priority FRA actions fell from 61 to 14 during the month.")
    ws["A8"].alignment = WRAP
    ws.merge_cells("A8:H8")
    ws.row_dimensions[8].height = 60
    ws["A10"] = "Budget 2025-26"
    ws["A10"].font = Font(bold=True)
    bh = ["Budget (£k)", "Spend to date (£k)", "Forecast outturn (£k)", "Variance (£k)"]
    bv = [6850, 4120, 6610, -240]
    for c, (h, v) in enumerate(zip(bh, bv), start=1):
        ws.cell(11, c, h).font = Font(bold=True)
        ws.cell(11, c).border = BOX
        ws.cell(12, c, v).border = BOX
        ws.cell(12, c).number_format = "#,##0;(#,##0)"

    ws["A14"] = "Workstream actions and milestones"
    ws["A14"].font = Font(bold=True)
    headers = ["Ref", "Action / milestone", "Lead", "Baseline date", "Forecast date", "Previous RAG",
               "Current RAG", "Commentary"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(15, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("203764")
        cell.alignment = WRAP
        cell.border = BOX
    rag_fill = {"G": GREEN, "A": AMBER, "R": RED, "C": BLUE, None: None}
    ws_rows = [
        ("WS1 – External wall remediation", [
            ("1.1", "Complete cladding replacement at Crown Court, High Wycombe (Building Safety Fund)",
             "Head of Building Safety", d(2025, 10, 31), d(2026, 2, 27), "A", "A",
             "Scaffold strike delayed by high winds; practical completion now forecast end of February."),
            ("1.2", "Submit Cladding Safety Scheme applications for the three 11–18m blocks in Slough",
             "Building Safety Manager (Fire)", d(2025, 11, 30), d(2025, 11, 28), "G", "C",
             "All three applications submitted 28 November 2025."),
            ("1.3", "Appoint principal contractor for remediation at Kingsmead House",
             "Head of Building Safety / Procurement Manager", d(2025, 12, 19), d(2026, 3, 31), "A", "R",
             "Tender returns exceeded budget by 22%; re-tender approved by Investment Committee on 9 December."),
        ]),
        ("WS2 – Fire risk assessment remedial actions", [
            ("2.1", "Clear all overdue high-priority FRA actions across general needs blocks",
             "Compliance Manager", d(2025, 12, 31), d(2025, 12, 31), "R", "A",
             "Overdue high actions reduced from 61 to 14; the remaining 14 need leaseholder access."),
            ("2.2", "Complete fire door survey and replacement programme at 12 sheltered schemes",
             "Compliance Manager", d(2026, 3, 31), d(2026, 3, 31), "G", "G",
             "8 of 12 schemes complete."),
        ]),
        ("WS3 – Higher-risk buildings (Building Safety Act 2022)", [
            ("3.1", "Finalise safety case reports for both higher-risk buildings ready for Building Safety Regulator call-in",
             "Building Safety Manager (HRBs)", d(2026, 1, 30), d(2026, 2, 27), "G", "A",
             "Structural survey report for Kingsmead House awaited."),
            ("3.2", "Implement the mandatory occurrence reporting process and train building safety staff",
             "Building Safety Manager (HRBs)", d(2025, 10, 31), None, "A", "C",
             "Process live from 3 November; 11 staff trained."),
        ]),
        ("WS4 – Resident engagement and communication", [
            ("4.1", "Publish resident engagement strategies for each higher-risk building",
             "Resident Engagement Lead", d(2025, 9, 30), d(2026, 1, 31), "A", "A",
             "Strategies drafted; resident panel review on 14 January."),
            ("4.2", "Hold drop-in sessions for residents at blocks where works start in 2026",
             "Resident Engagement Lead & Communications Manager", d(2026, 4, 30), d(2026, 4, 30), None, "G",
             "First sessions scheduled for February 2026."),
        ]),
    ]
    r = 16
    for head, acts in ws_rows:
        ws.cell(r, 1, head).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1).fill = fill("DDEBF7")
        r += 1
        for ref, text, lead, base, fc, prev, cur, comm in acts:
            vals = [ref, text, lead, base, fc, prev, cur, comm]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd-mmm-yy"
            if rag_fill[prev]:
                ws.cell(r, 6).fill = fill(rag_fill[prev])
            ws.cell(r, 7).fill = fill(rag_fill[cur])
            r += 1
    r += 1
    ws.cell(r, 1, "Key: G = on track; A = at risk, recovery plan in place; R = off track, escalation required; "
                  "C = complete").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    r += 2
    ws.cell(r, 1, "Decisions required from Committee").font = Font(bold=True)
    r += 1
    ws.cell(r, 1, "Note the re-tender of the Kingsmead House remediation contract and the revised programme "
                  "for WS1.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    widths = [8, 58, 30, 13, 13, 10, 10, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    vh = wb.create_sheet("Version history")
    for c, h in enumerate(["Version", "Date", "Author", "Change"], start=1):
        vh.cell(1, c, h).font = Font(bold=True)
    hist = [
        ("13.0", "12/12/2025", "Building Safety Programme Manager", "November report issued to Building Safety Committee"),
        ("14.0", "09/01/2026", "Building Safety Programme Manager", "December period update; WS1.3 re-baselined"),
    ]
    for i, row in enumerate(hist, start=2):
        for c, v in enumerate(row, start=1):
            vh.cell(i, c, v)
    vh.column_dimensions["C"].width = 34
    vh.column_dimensions["D"].width = 60
    wb.save(os.path.join(HERE, name))


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


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. SCRA - ICO data protection audit action plan (docx)
# ---------------------------------------------------------------------------
def make_scra():
    name = "zcv-scottish-childrens-reporter-administration-ico-data-protection-audit-action-plan.docx"
    doc = Document()
    doc.add_heading("Scottish Children's Reporter Administration – ICO Data Protection Audit Management Action Plan", 0)

    ctl = doc.add_table(rows=0, cols=2)
    ctl.style = "Table Grid"
    for k, v in [
        ("Document owner", "Data Protection Officer"),
        ("Approved by", "Executive Management Team, 9 September 2025"),
        ("Version", "1.4 – progress update for Audit and Risk Committee, 27 January 2026"),
        ("Review frequency", "Quarterly until all actions are complete"),
    ]:
        row = ctl.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
        shade(row[0], "E7E6E6")

    doc.add_heading("Background", 1)
    doc.add_paragraph(
        "The Information Commissioner's Office (ICO) carried out a consensual audit of SCRA's processing of "
        "personal data from 3 to 5 June 2025. The final report, issued on 14 August 2025, gave the assurance "
        "ratings below and made nine recommendations. This plan sets out the actions SCRA agreed in response "
        "and their progress.")
    ar = doc.add_table(rows=1, cols=2)
    ar.style = "Table Grid"
    set_cell(ar.rows[0].cells[0], "Scope area", bold=True)
    set_cell(ar.rows[0].cells[1], "ICO assurance rating", bold=True)
    for k, v in [("Governance and accountability", "Reasonable"), ("Records management", "Limited"),
                 ("Subject access requests", "Reasonable"), ("Data sharing", "Limited")]:
        row = ar.add_row().cells
        set_cell(row[0], k)
        set_cell(row[1], v)

    doc.add_paragraph(
        "Priorities are those given by the ICO (Urgent, High, Medium, Low). Progress status is shown as follows:")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for k, c, v in [("Complete", BLUE, "Action completed and evidence held by the DPO"),
                    ("On track", GREEN, "Expected to be completed by the target date"),
                    ("Delayed", AMBER, "Will miss the target date; revised date agreed"),
                    ("Overdue", RED, "Target date passed and action not complete"),
                    ("Not started", None, "Not yet due to start")]:
        row = key.add_row().cells
        set_cell(row[0], k, bold=True)
        if c:
            shade(row[0], c)
        set_cell(row[1], v)

    status_fill = {"Complete": BLUE, "On track": GREEN, "Delayed": AMBER, "Overdue": RED, "Not started": None}
    sections = [
        ("1. Governance and accountability", [
            ("a1", "SCRA should ensure its Information Governance Group receives regular key performance information on data protection compliance, including breach and request statistics.",
             "High", [
                 ("Introduce a quarterly data protection KPI report to the Information Governance Group, covering breaches, subject access requests and training completion.",
                  "Data Protection Officer", "December 2025", "Complete"),
             ]),
            ("a2", "SCRA should review its Data Protection Policy and ensure it is approved and communicated to all staff.",
             "Medium", [
                 ("Review the Data Protection Policy, obtain Executive Management Team approval and publish it on the intranet with an all-staff briefing.",
                  "Information Governance Manager", "31/03/2026", "On track"),
             ]),
            ("a3", "SCRA should complete its Record of Processing Activities (ROPA) for all business areas.",
             "High", [
                 ("Complete ROPA entries for Practice and Policy and for Finance and Resources, and have them validated by the DPO.",
                  "Information Governance Manager", "Jan-26", "Delayed"),
             ]),
        ]),
        ("2. Records management", [
            ("b1", "SCRA should ensure the retention periods in its retention schedule are applied to electronic case records, and that disposal is documented.",
             "Urgent", [
                 ("Configure automated retention rules in the case management system for closed referrals.",
                  "Head of ICT", "June 2026", "On track"),
                 ("Carry out and document a one-off disposal of case records held beyond their retention period.",
                  "Information Governance Manager / Locality Reporter Managers", "September 2026", "Not started"),
             ]),
            ("b2", "SCRA should implement a process to track the movement of paper case files between offices.",
             "Medium", [
                 ("Introduce a file movement log at all locality offices and check compliance through quarterly spot checks.",
                  "Head of Operations", "30 November 2025", "Overdue"),
             ]),
        ]),
        ("3. Subject access requests", [
            ("c1", "SCRA should ensure subject access requests are logged centrally on receipt, including those received by locality offices.",
             "High", [
                 ("Extend the central SAR log to locality offices and issue guidance to administrative staff on forwarding requests on the day of receipt.",
                  "Information Governance Manager", "October 2025", "Complete"),
             ]),
            ("c2", "SCRA should monitor SAR response times and report performance to senior management.",
             "Medium", [
                 ("Add SAR timeliness to the quarterly KPI report (see a1).",
                  "Data Protection Officer", "December 2025", "Complete"),
             ]),
        ]),
        ("4. Data sharing", [
            ("d1", "SCRA should review its data sharing agreements with local authorities and Police Scotland to ensure they are current and reflect UK GDPR.",
             "High", [
                 ("Review and re-sign data sharing agreements with the 32 local authorities and Police Scotland, prioritising those more than three years old.",
                  "Head of Practice and Policy", "30/06/2026", "On track"),
             ]),
            ("d2", "SCRA should carry out data protection impact assessments (DPIAs) for new information sharing initiatives, including the secure email gateway.",
             "Medium", [
                 ("Complete a DPIA for the secure email gateway and add a DPIA screening question to the project initiation template.",
                  "Head of ICT and Data Protection Officer", "March 2026", "Delayed"),
             ]),
        ]),
    ]
    cols = ["Ref", "ICO recommendation", "Priority", "SCRA action", "Owner", "Target date", "Status"]
    for head, recs in sections:
        doc.add_heading(head, 2)
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        for i, h in enumerate(cols):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9E2F3")
        for ref, rec, prio, acts in recs:
            first = None
            for j, (act, owner, due, status) in enumerate(acts):
                cells = t.add_row().cells
                if j == 0:
                    first = cells
                    set_cell(cells[0], ref)
                    set_cell(cells[1], rec)
                    set_cell(cells[2], prio)
                set_cell(cells[3], act)
                set_cell(cells[4], owner)
                set_cell(cells[5], due)
                set_cell(cells[6], status)
                if status_fill[status]:
                    shade(cells[6], status_fill[status])
            if len(acts) > 1:
                last = t.rows[len(t.rows) - 1].cells
                for c in (0, 1, 2):
                    first[c].merge(last[c])
    doc.add_paragraph("")
    doc.add_paragraph(
        "Progress against this plan is reported to the Audit and Risk Committee each quarter. Completed actions "
        "are removed once the Committee has noted the supporting evidence.")
    doc.save(os.path.join(HERE, name))


# ---------------------------------------------------------------------------
# 5. Scottish Refugee Council - governance review action plan (docx)
# ---------------------------------------------------------------------------
def make_src():
    name = "zcv-scottish-refugee-council-board-governance-review-action-plan.docx"
    doc = Document()
    t = doc.add_paragraph()
    run = t.add_run("Scottish Refugee Council – Board Governance Review 2025: Action Plan")
    run.bold = True
    run.font.size = Pt(16)
    doc.add_paragraph("Board of Trustees  |  Progress at 20 January 2026  |  Paper B4")
    doc.add_paragraph(
        "In June 2025 the Board assessed itself against the five principles of the Scottish Governance Code "
        "for the Third Sector. This plan brings together the actions agreed at the Board away day on "
        "4 September 2025. It is reviewed at every Board meeting by the Head of Governance.")

    cols = ["No.", "Action", "Lead", "Timescale", "Progress update", "RAG"]
    plan = [
        ("Principle 1: Organisational Purpose", [
            ("1.1", "Refresh the Board's statement of purpose and strategic priorities for 2026-2030, involving people with lived experience of the asylum system",
             "Chair and Chief Executive", "June 2026", "Lived experience panel sessions held in November and December.", GREEN),
        ]),
        ("Principle 2: Leadership", [
            ("2.1", "Agree a role description for the Vice Chair and a succession plan for the Chair",
             "Chair", "December 2025", "Approved at Board on 11 December 2025.", BLUE),
            ("2.2", "Introduce an annual appraisal of the Chair, led by the Vice Chair",
             "Vice Chair", "Sept 2026", "", None),
        ]),
        ("Principle 3: Board Behaviour", [
            ("3.1", "Adopt a revised Code of Conduct for trustees and collect annual declarations of interest",
             "Company Secretary", "October 2025", "Code adopted at Board on 2 October; 10 of 11 declarations returned.", AMBER),
        ]),
        ("Principle 4: Control", [
            ("4.1", "Update the scheme of delegation and financial procedures to reflect the new committee structure",
             "Director of Finance and Resources", "31 March 2026", "Draft to Finance, Audit and Risk Committee on 5 February 2026.", GREEN),
            ("4.2", "Develop a risk appetite statement for the Board to consider alongside the strategic risk register",
             "Director of Finance and Resources / Convener, Finance, Audit and Risk Committee", "March 2026",
             "Risk appetite workshop postponed from November; now 26 February.", AMBER),
            ("4.3", "Set up a log of notifiable events and confirm the OSCR reporting procedure with senior managers",
             "Company Secretary", "Nov 2025", "Not progressed because of staff absence.", RED),
        ]),
        ("Principle 5: Effective Board", [
            ("5.1", "Carry out a skills audit of trustees and recruit to the gaps identified in finance, legal and digital skills",
             "Chair of Nominations Committee", "May 2026",
             "Skills audit complete. Recruitment pack being prepared.", GREEN),
            ("5.2", "Provide induction and refresher training for trustees, including safeguarding and trustee duties under the Charities and Trustee Investment (Scotland) Act 2005",
             "Head of Governance", "Ongoing", "Safeguarding training delivered to 9 trustees in October 2025.", GREEN),
            ("5.3", "Commission an externally facilitated board effectiveness review",
             "Chair", "March 2027", "To be costed in the 2026-27 budget.", None),
        ]),
    ]
    tb = doc.add_table(rows=1, cols=len(cols))
    tb.style = "Table Grid"
    for i, h in enumerate(cols):
        set_cell(tb.rows[0].cells[i], h, bold=True)
        shade(tb.rows[0].cells[i], "B4C6E7")
    for principle, acts in plan:
        cells = tb.add_row().cells
        m = cells[0].merge(cells[len(cols) - 1])
        set_cell(m, principle, bold=True, size=10)
        shade(m, "D9D9D9")
        for no, act, lead, when, prog, rag in acts:
            c = tb.add_row().cells
            set_cell(c[0], no)
            set_cell(c[1], act)
            set_cell(c[2], lead)
            set_cell(c[3], when)
            set_cell(c[4], prog)
            set_cell(c[5], "")
            if rag:
                shade(c[5], rag)
    doc.add_paragraph(
        "RAG key: Blue – complete; Green – on track; Amber – some delay; Red – significantly delayed; "
        "no colour – not yet due to start.")

    doc.add_paragraph("Appendix: June 2025 self-assessment scores (1 = not in place, 4 = fully in place)")
    ap = doc.add_table(rows=1, cols=2)
    ap.style = "Table Grid"
    set_cell(ap.rows[0].cells[0], "Principle", bold=True)
    set_cell(ap.rows[0].cells[1], "Average score", bold=True)
    for k, v in [("Organisational Purpose", "3.4"), ("Leadership", "2.9"), ("Board Behaviour", "3.1"),
                 ("Control", "2.6"), ("Effective Board", "2.7")]:
        row = ap.add_row().cells
        set_cell(row[0], k)
        set_cell(row[1], v)
    doc.save(os.path.join(HERE, name))


# ---------------------------------------------------------------------------
# 6. Linton Parish Council - internal audit action plan (csv)
# ---------------------------------------------------------------------------
def make_linton():
    name = "zcv-linton-parish-council-internal-audit-action-plan-2024-25.csv"
    W = 8
    rows = [
        ["Linton Parish Council – Internal Audit Action Plan 2024-25"],
        ["Internal auditor's report dated 12 May 2025; progress reported to Full Council on 10 November 2025"],
        [],
        ["Ref", "Internal auditor's recommendation", "Action agreed", "Responsible", "Minute ref",
         "Target date", "Progress / comments", "RAG"],
        ["B. Financial regulations and payments"],
        ["B1", "The council's Financial Regulations are based on the 2019 model and should be updated to the NALC 2024 model.",
         "Adopt Financial Regulations based on the NALC 2024 model", "Clerk", "25/67", "31/07/2025",
         "Adopted at Full Council on 14 July 2025.", "Complete"],
        ["B2a", "Online banking payments were released by one person on four occasions; a second authoriser should approve every payment.",
         "Set up dual authorisation on the Unity Trust Bank account for all payments", "RFO", "", "Jun-25",
         "In place from 2 June 2025.", "Complete"],
        ["B2b", "",
         "Two councillors to check and initial the bank statement and payment list each month", "Cllr Hart & Cllr Osei",
         "25/71", "Monthly", "Checks recorded in the minutes since July.", "Green"],
        ["C. Risk management and insurance"],
        ["C1", "The risk assessment was last reviewed in 2022 and should be reviewed and approved by the council every year.",
         "Review the council's risk register and present it to Full Council for approval", "Clerk; Cllr Bainbridge", "",
         "Sep-25", "Not yet started – postponed during the clerk vacancy (July–August).", "Red"],
        ["C2", "Fidelity guarantee cover (£50,000) is below the council's highest bank balance of about £140,000.",
         "Increase fidelity guarantee cover to at least £150,000 at the insurance renewal", "RFO", "",
         "By 1 June 2025", "Cover increased to £150,000 at renewal.", "Complete"],
        ["G. Asset register"],
        ["G1", "The asset register does not include the play equipment installed at the Recreation Ground in 2023 or the village sign.",
         "Update the asset register and reconcile it to the insurance schedule", "Clerk", "", "30/09/2025",
         "Play equipment added; value of the village sign still to be confirmed with the insurers.", "Amber"],
        ["H. Publication and transparency"],
        ["H1", "The website did not show the dates of the period for the exercise of public rights for 2023-24.",
         "Publish the notice of public rights and the 2024-25 AGAR documents on the website within the statutory deadlines",
         "Clerk", "", "30/06/2025", "Published 20 June 2025.", "Complete"],
        ["H2", "The council's website does not meet the accessibility regulations (WCAG 2.2 AA).",
         "Obtain quotes for an accessible website on a gov.uk domain and move content across", "Cllr Osei", "25/88",
         "By 31 March 2026", "Two quotes received; a third has been requested.", "Green"],
        ["J. Payroll"],
        ["J1", "The clerk's salary was not updated for the 2024-25 NJC pay award until five months after it was agreed.",
         "Diary the NJC pay award each year and apply back pay within one month of the award being agreed",
         "Chair of Staffing Committee", "", "Ongoing", "", "Green"],
        [],
        ["Key: Complete = action closed; Green = on track; Amber = some delay; Red = not started or overdue"],
        ["Minute refs are Full Council minutes."],
    ]
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as fh:
        wr = csv.writer(fh)
        for row in rows:
            wr.writerow(row + [""] * (W - len(row)))


# ---------------------------------------------------------------------------
# 7. Clanmil Housing Group - board rolling action log (txt, tab separated)
# ---------------------------------------------------------------------------
def make_clanmil():
    name = "zcv-clanmil-housing-group-board-rolling-action-log.txt"
    lines = [
        "Clanmil Housing Group – Board of Management Rolling Action Log",
        "Updated after the Board meeting of 27 November 2025 (actions closed at that meeting have been removed)",
        "",
        "Minute ref\tAction\tOwner\tDue\tStatus\tUpdate",
        "Board meeting 26 June 2025",
        "25/061\tCommission an independent review of how tenant satisfaction measure (TSM) data is collected before the 2025-26 survey\tDirector of Housing\tSeptember 2025\tComplete\tReview completed; report to Audit and Risk Committee on 16 October.",
        "25/068\tBring a paper on options for the development pipeline following the DfC Housing Association Grant settlement\tCEO / Director of Development\tNov 2025 (revised Jan 2026)\tAmber\tDeferred to the January Board so the revised HAG allocation can be included.",
        "Board meeting 25 September 2025",
        "25/094\tReport progress against the DfC regulatory judgement improvement plan to each Board meeting until all actions are closed\tCompany Secretary\tEach meeting\tGreen\tStanding item; November update provided.",
        "25/097\tArrange a Board development session on damp and mould case handling, including learning from the NIPSO casebook\tDirector of Assets\t29/01/2026\tGreen\tSession booked with external adviser.",
        "25/101\tRevise the Treasury Management Policy to reflect the new revolving credit facility and circulate it to members for approval by email\tDirector of Finance\tOctober 2025\tRed\tDraft with funders' solicitors; not yet circulated.",
        "Board meeting 27 November 2025",
        "25/118\tCirculate the 2024-25 Annual Report to tenants and publish the Value for Money statement on the website\tHead of Communications\tDec 2025\tGreen\t",
        "25/121\tInclude a deep dive on void turnaround in the Q3 performance report, with a recovery trajectory for the two schemes above target\tDirector of Housing\tJan 2026\tGreen\t",
        "25/123\tReview the Board skills matrix and agree recruitment priorities for the two co-optee vacancies,\tChair & Company Secretary\t31/03/2026\tNot started\t",
        "\tensuring at least one co-optee brings tenant lived experience\t\t\t\t",
        "25/124\tObtain legal advice on the governance implications of the proposed partnership with a community-based housing association and report back to the Board\tCEO\tJan 2026\tAmber\tInstruction issued to solicitors on 3 December; advice due mid-January.",
        "",
        "Open actions: 8    Complete, awaiting closure: 1    Overdue: 1",
    ]
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_mwc()
    make_nicts()
    make_paradigm()
    make_scra()
    make_src()
    make_linton()
    make_clanmil()
    print("built 7 files in", HERE)
