"""Build the seven zyd- blind test files (set heldout604).

Run with: /work/main/.venv/bin/python zyd_make.py
Writes the data files next to this script.  The expected readings
(NAME.expected.yaml) are written separately and by hand from the same text.
"""
import csv
import datetime as dt
import io
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "92D050", "5B9BD5", "D9D9D9"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. South Yorkshire MCA - ICO data protection audit action plan (REFUSE)
# ---------------------------------------------------------------------------
SYMCA_FILE = "zyd-south-yorkshire-mca-ico-data-protection-audit-action-plan-typo-month-refuse.xlsx"
SYMCA_TITLE = "ICO Data Protection Audit 2025 – Management Action Plan"

# (kind, values...)  kind "S" = scope-area section row, "A" = action row,
# "C" = continuation action row under the recommendation above (merged cells)
SYMCA_ROWS = [
    ("S", "Governance and Accountability"),
    ("A", "a7",
     "SYMCA should ensure that the Information Governance Board receives quarterly KPI reporting on subject access requests, breaches and training compliance.",
     "High",
     "Add a standard IG performance report (SARs, FOI, breaches, training) to every Information Governance Board agenda.",
     "Data Protection Officer", d(2025, 9, 30), None, "Complete",
     "First report taken to IGB on 18 September 2025; now a standing item."),
    ("A", "a12",
     "SYMCA should complete and maintain a Record of Processing Activities (ROPA) that meets the requirements of Article 30 UK GDPR.",
     "High",
     "Run ROPA workshops with each directorate to capture all processing activities, lawful bases and retention periods.",
     "Information Governance Manager", d(2025, 10, 31), d(2026, 1, 31), "Amber",
     "Transport and Housing & Infrastructure complete; Skills and Corporate Services workshops held in December."),
    ("C", None, None, None,
     "Publish the ROPA on the intranet and set a six-monthly review by Information Asset Owners.",
     "Information Governance Manager / Information Asset Owners", d(2026, 3, 31), None, "Green",
     "Intranet page drafted; will go live once the ROPA is complete."),
    ("S", "Training and Awareness"),
    ("A", "b4",
     "SYMCA should ensure that mandatory data protection training is completed by all staff, contractors and temporary workers before they access personal data.",
     "Medium",
     "Make completion of the e-learning module a condition of network account activation for all new starters and agency staff.",
     "Head of ICT & Digital", d(2025, 11, 30), None, "Green",
     "Change to the starter process approved by CLT; technical change scheduled for January."),
    ("A", "b9",
     "SYMCA should provide role-specific training for staff who handle subject access requests and data sharing.",
     "Low",
     "Commission specialist SAR and data sharing training for the Customer Services and Legal teams.",
     "Data Protection Officer", d(2025, 12, 31), None, "Complete",
     "Training delivered 27 November 2025 to 19 staff."),
    ("S", "Records Management"),
    ("A", "c3",
     "SYMCA should approve and implement a corporate retention schedule and apply it to both electronic and paper records.",
     "Medium",
     "Approve the corporate retention schedule at CLT and configure retention labels in Microsoft 365.",
     "Head of Legal & Governance", d(2025, 12, 31), "Febuary 2026", "Amber",
     "Schedule approved by CLT on 2 December; M365 retention labels delayed by the tenancy migration."),
    ("A", "c11",
     "SYMCA should carry out a review of records held in the off-site store at Broad Street West and destroy records past their retention date.",
     "Medium",
     "Complete an inventory of the off-site archive boxes and arrange certified destruction of records past retention.",
     "Facilities Manager", d(2026, 3, 31), None, "Green",
     "Inventory 60% complete (212 of 350 boxes)."),
    ("S", "Personal Data Breach Management"),
    ("A", "g2",
     "SYMCA should ensure that personal data breaches are logged, risk-assessed and, where required, reported to the ICO within 72 hours.",
     "High",
     "Introduce an online breach reporting form with automatic notification to the DPO and a 72-hour reporting clock.",
     "Data Protection Officer", d(2025, 10, 31), None, "Complete",
     "Form live from 6 October 2025; three breaches logged through it to date."),
]


def build_symca(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov.column_dimensions["A"].width = 28
    cov.column_dimensions["B"].width = 22
    cov.column_dimensions["C"].width = 30
    cov.column_dimensions["D"].width = 50
    cov["A1"] = "South Yorkshire Mayoral Combined Authority"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = SYMCA_TITLE
    cov["A2"].font = Font(bold=True, size=12)
    cov["A3"] = "Progress report to the Audit, Standards and Risk Committee"
    info = [
        ("Audit fieldwork:", "2 – 4 June 2025"),
        ("Final report issued:", "24 July 2025"),
        ("Overall assurance:", "Reasonable"),
        ("Scope areas audited:", "Governance and Accountability; Training and Awareness; Records Management; Personal Data Breach Management"),
        ("Recommendations:", "High 3 · Medium 3 · Low 1"),
    ]
    r = 5
    for k, v in info:
        cov.cell(r, 1, k).font = Font(bold=True)
        cov.cell(r, 2, v)
        r += 1
    r += 1
    cov.cell(r, 1, "Document control").font = Font(bold=True)
    r += 1
    for c, h in enumerate(["Version", "Date", "Author", "Change"], 1):
        cell = cov.cell(r, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
        cell.border = BOX
    for row in [
        ("1.0", "08/08/2025", "Data Protection Officer", "Action plan agreed with the ICO"),
        ("1.1", "10/10/2025", "Information Governance Manager", "Progress update for ASRC October 2025"),
        ("1.2", "09/01/2026", "Information Governance Manager", "Progress update for ASRC January 2026; revised dates"),
    ]:
        r += 1
        for c, v in enumerate(row, 1):
            cov.cell(r, c, v).border = BOX

    ws = wb.create_sheet("Action Plan")
    widths = [9, 48, 10, 48, 26, 13, 13, 11, 44]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws["A1"] = SYMCA_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Progress as at 9 January 2026. Priority ratings are those given by the ICO in the final "
                "audit report; references are the ICO's recommendation numbers.")
    ws.merge_cells("A2:I2")
    heads = ["ICO ref", "Recommendation (ICO)", "Priority", "Agreed action", "Action owner",
             "Original target", "Revised target", "Status", "Progress update"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX
    status_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    r = 5
    last_action_row = None
    for row in SYMCA_ROWS:
        if row[0] == "S":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            for c in range(1, 10):
                ws.cell(r, c).fill = fill(GREY)
                ws.cell(r, c).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        else:
            _, ref, rec, prio, action, owner, orig, rev, status, upd = row
            vals = [ref, rec, prio, action, owner, orig, rev, status, upd]
            for c, v in enumerate(vals, 1):
                if v is None:
                    continue
                cell = ws.cell(r, c, v)
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            for c in range(1, 10):
                ws.cell(r, c).alignment = WRAP
                ws.cell(r, c).border = BOX
            ws.cell(r, 8).fill = fill(status_fill[status])
            if row[0] == "C":
                for c in (1, 2, 3):
                    ws.merge_cells(start_row=last_action_row, start_column=c, end_row=r, end_column=c)
            else:
                last_action_row = r
        r += 1
    r += 1
    ws.cell(r, 1, "Status key: Complete = action implemented and evidenced; Green = on track; "
                  "Amber = at risk or revised date agreed; Red = overdue.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.freeze_panes = "A5"
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Royal Armouries - ARAC internal audit recommendations tracker
# ---------------------------------------------------------------------------
RA_FILE = "zyd-royal-armouries-arac-internal-audit-recommendations-tracker.xlsx"
RA_TITLE = "Royal Armouries – Internal Audit Recommendations Tracker"
RA_CIM = "Collections Information Management (2024-25, Limited)"
RA_HSM = "Health and Safety Management (2024-25, Moderate)"
RA_IGC = "Income Generation and Commercial Controls (2025-26, Moderate)"

# open sheet: audit groups, each with rows
# (ref, priority, recommendation, action, owner, original, revised, rag_text, rag_fill, update)
RA_OPEN = [
    (RA_CIM, [
        ("CIM-01", "High",
         "Management should reconcile the collections management system (CMS) to the accessions register for all three sites and document the reconciliation.",
         "Undertake a phased reconciliation of CMS records to the accessions register (Leeds, then Fort Nelson, then the Tower of London) and report exceptions to the Collections Committee.",
         "Head of Collections Management", d(2025, 3, 31), d(2026, 7, 31), "A", AMBER,
         "Leeds complete (98.6% matched). Fort Nelson under way; Tower of London to follow in Q1 2026/27."),
        ("CIM-02", "Medium",
         "Management should define minimum data quality standards for CMS records and train cataloguing staff in them.",
         "Publish a CMS data standards manual and train all cataloguing staff in its use.",
         "Head of Collections Management / Digital Collections Manager", d(2025, 6, 30), d(2026, 3, 31), "G", GREEN,
         "Manual drafted and out for consultation; training booked for March."),
        ("CIM-03", "Medium",
         "User access to the CMS should be reviewed regularly and leavers' accounts removed promptly.",
         "Introduce a quarterly user access review of the CMS, signed off by the system owner.",
         "Head of IT", d(2025, 9, 30), None, "R", RED,
         "First quarterly review not yet carried out; 14 leaver accounts identified as still active."),
    ]),
    (RA_HSM, [
        ("HSM-02", "Medium",
         "Contractor management arrangements should be applied consistently at all sites, including permits to work.",
         "Roll out the contractor induction and permit-to-work system used at Leeds to Fort Nelson.",
         "Estates & Facilities Manager", d(2025, 10, 31), d(2026, 2, 28), "A", AMBER,
         "System procured; go-live at Fort Nelson delayed by the winter maintenance programme."),
        ("HSM-04", "Low",
         "Display screen equipment assessments should be refreshed for staff working in a hybrid pattern.",
         "Refresh the display-screen equipment self-assessments for all hybrid workers and follow up any adjustments needed.",
         "HR Business Partner", d(2025, 12, 31), None, None, GREEN,
         "82% of assessments returned; reminders issued."),
    ]),
    (RA_IGC, [
        ("IGC-01", "High",
         "Daily till reconciliations at retail outlets should be independently checked and signed off.",
         "Implement daily till reconciliation sign-off by a second officer at each retail outlet.",
         "Commercial Director; Finance Manager", d(2026, 3, 31), None, "G", GREEN,
         "New sign-off sheet piloted at the Leeds shop from 5 January."),
        ("IGC-03", "Medium",
         "The events catering concession should be re-tendered before the current contract expires.",
         "Review the events catering concession and run a compliant re-tender before contract expiry.",
         "Head of Procurement", "Q1 2026/27", None, "G", GREEN,
         "Specification being drafted with the Commercial team."),
    ]),
]

# implemented sheet rows: (ref, audit, priority, recommendation, action, owner, target, evidence)
RA_DONE = [
    ("CIM-04", RA_CIM, "Low",
     "The loans procedure should require CMS location records to be updated promptly when objects move.",
     "Update the collections loans procedure to require CMS location updates within five working days of any object movement.",
     "Registrar", d(2025, 9, 30),
     "Revised procedure issued 22 September 2025; spot check of 20 movements found all updated."),
    ("HSM-01", RA_HSM, "High",
     "Fire risk assessments should be reviewed for all sites and actions tracked to completion.",
     "Complete fire risk assessment reviews for all three sites and record the resulting actions in the H&S system.",
     "Estates & Facilities Manager", d(2025, 11, 30),
     "All three assessments reviewed by the external fire engineer; 37 actions logged and assigned."),
    ("HSM-03", RA_HSM, "Medium",
     "Risk assessments for school and family learning sessions should be reviewed and signed off annually.",
     "Review all learning session risk assessments and introduce an annual sign-off in the learning programme calendar.",
     "Head of Learning / Visitor Experience Manager", d(2025, 12, 31),
     "Reviewed and signed off 15 December 2025; annual review added to the calendar."),
]


def build_ra(path):
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = RA_TITLE
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Audit and Risk Assurance Committee – 12 February 2026"
    sm["A3"] = "Position at 23 January 2026. Internal audit services provided by the Government Internal Audit Agency (GIAA)."
    heads = ["Audit", "Year", "Assurance", "Total recs", "Implemented", "Open – on track", "Open – overdue"]
    for c, h in enumerate(heads, 1):
        cell = sm.cell(5, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
        cell.border = BOX
    rows = [
        ("Collections Information Management", "2024-25", "Limited", 4, 1, 2, 1),
        ("Health and Safety Management", "2024-25", "Moderate", 4, 2, 2, 0),
        ("Income Generation and Commercial Controls", "2025-26", "Moderate", 2, 0, 2, 0),
    ]
    r = 6
    for row in rows:
        for c, v in enumerate(row, 1):
            sm.cell(r, c, v).border = BOX
        r += 1
    sm.cell(r, 1, "Total").font = Font(bold=True)
    for c in range(4, 8):
        col = chr(64 + c)
        sm.cell(r, c, f"=SUM({col}6:{col}8)").font = Font(bold=True)
    for c in range(1, 8):
        sm.cell(r, c).border = BOX
    sm.column_dimensions["A"].width = 42
    for col in "BCDEFG":
        sm.column_dimensions[col].width = 14

    ws = wb.create_sheet("Open recommendations")
    ws["A1"] = RA_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Open recommendations – position at 23 January 2026"
    heads = ["Ref", "Audit (year, assurance)", "Priority", "Recommendation", "Agreed management action",
             "Action owner", "Original target date", "Revised target date", "RAG", "Progress update"]
    widths = [9, 26, 9, 44, 44, 26, 12, 12, 6, 42]
    for c, (h, w) in enumerate(zip(heads, widths), 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7F1D1D")
        cell.alignment = WRAP
        cell.border = BOX
        ws.column_dimensions[chr(64 + c)].width = w
    r = 5
    for audit, recs in RA_OPEN:
        first = r
        for (ref, prio, rec, action, owner, orig, rev, rag, ragfill, upd) in recs:
            vals = [ref, audit if r == first else None, prio, rec, action, owner, orig, rev, rag, upd]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c)
                if v is not None:
                    cell.value = v
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(r, 9).fill = fill(ragfill)
            ws.cell(r, 9).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "RAG: R = target date passed; A = at risk, revised date agreed; G = on track; "
                  "B = implemented (see 'Implemented since last ARAC').")
    ws.freeze_panes = "A5"

    wi = wb.create_sheet("Implemented since last ARAC")
    wi["A1"] = "Recommendations implemented since the last ARAC (13 November 2025)"
    wi["A1"].font = Font(bold=True, size=12)
    heads = ["Ref", "Audit (year, assurance)", "Priority", "Recommendation", "Agreed management action",
             "Action owner", "Target date", "RAG", "Evidence of implementation"]
    widths = [9, 26, 9, 44, 44, 26, 12, 6, 42]
    for c, (h, w) in enumerate(zip(heads, widths), 1):
        cell = wi.cell(3, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7F1D1D")
        cell.alignment = WRAP
        cell.border = BOX
        wi.column_dimensions[chr(64 + c)].width = w
    r = 4
    for (ref, audit, prio, rec, action, owner, target, ev) in RA_DONE:
        vals = [ref, audit, prio, rec, action, owner, target, "B", ev]
        for c, v in enumerate(vals, 1):
            cell = wi.cell(r, c, v)
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
            cell.alignment = WRAP
            cell.border = BOX
        wi.cell(r, 8).fill = fill(BLUE)
        r += 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Principality Building Society - Consumer Duty programme highlight report
# ---------------------------------------------------------------------------
PBS_FILE = "zyd-principality-building-society-fca-consumer-duty-programme-highlight-report.xlsx"
PBS_TITLE = "Consumer Duty Embedding Programme – Highlight Report"

# (ref, workstream or None (blank = as above), deliverable, owner, baseline, forecast,
#  prev, curr_text, curr_fill, commentary)
PBS_ROWS = [
    ("CD01", "Products & Services",
     "Complete the annual target market and product review for all open mortgage and savings products",
     "Head of Product", d(2025, 5, 31), d(2025, 5, 31), "G", "Complete", BLUE,
     "Approved by Product Governance Committee on 21 May."),
    ("CD02", None,
     "Close out outcome testing of closed-book (legacy) savings accounts",
     "Head of Savings / Product Governance Manager", d(2025, 4, 30), d(2025, 7, 31), "A", "A", AMBER,
     "Data extract for 41 legacy accounts re-run after errors; testing restarted 19 May."),
    ("CD03", "Price & Value",
     "Fair value reassessment of the legacy mortgage book (standard variable rate cohorts)",
     "Head of Mortgages; Pricing Manager", d(2025, 3, 31), d(2025, 8, 31), "A", "R", RED,
     "Cohort analysis shows outlier groups needing further work; path to green agreed with the sponsor."),
    ("CD04", None,
     "Fees and charges benchmarking report to Product Governance Committee",
     "Pricing Manager", d(2025, 6, 30), d(2025, 6, 30), "G", "G", GREEN,
     "Benchmark data received from two providers."),
    ("CD05", "Consumer Understanding",
     "Readability and comprehension testing of key customer letters (arrears, maturity, rate change)",
     "Customer Communications Lead", d(2025, 6, 30), d(2025, 9, 30), "G", "A", AMBER,
     "Testing agency capacity reduced; arrears letters prioritised."),
    ("CD06", "Consumer Support",
     "Vulnerable customer flags live in branch and contact centre systems",
     "Head of Customer Operations", d(2025, 4, 30), d(2025, 4, 30), "A", "Complete", BLUE,
     "Live from 28 April; 1,212 flags recorded in May."),
    ("CD07", "Monitoring & MI",
     "Outcomes MI dashboard (version 2) agreed with the Consumer Duty Champion",
     "Head of Conduct Risk", d(2025, 7, 31), d(2025, 7, 31), "G", "G", GREEN,
     "Draft dashboard reviewed at Conduct Risk Forum on 29 May."),
    ("CD08", None,
     "Drafting plan for the Board's annual Consumer Duty report approved",
     "Company Secretary & Head of Conduct Risk", d(2025, 7, 31), d(2025, 7, 31), "–", None, GREEN,
     "New milestone this period."),
]


def build_pbs(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    widths = [16, 22, 52, 30, 12, 12, 9, 11, 48]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws["A1"] = "Principality Building Society"
    ws["A1"].font = Font(bold=True, size=14, color="00205B")
    ws["A2"] = PBS_TITLE
    ws["A2"].font = Font(bold=True, size=13)
    hdr = [
        ("Reporting period:", "1 – 31 May 2025", "Report date:", "06/06/2025"),
        ("Executive sponsor:", "Chief Customer Officer (SMF)", "Programme manager:", "Rhian Morgan"),
        ("Reported to:", "Board Risk Committee", "Next report:", "July 2025"),
    ]
    r = 4
    for a, b, c_, d_ in hdr:
        ws.cell(r, 1, a).font = Font(bold=True)
        ws.cell(r, 2, b)
        ws.cell(r, 4, c_).font = Font(bold=True)
        ws.cell(r, 5, d_)
        r += 1
    r += 1  # row 8
    for c, h in enumerate(["Status summary", "Last period", "This period", "Comment"], 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
        cell.border = BOX
    ragfill = {"G": GREEN, "A": AMBER, "R": RED}
    summ = [
        ("Overall", "A", "A", "Legacy mortgage fair value work behind baseline; other workstreams broadly on track."),
        ("Schedule", "A", "R", "Two milestones forecast more than one month late (CD03, CD05)."),
        ("Budget", "G", "G", "£412k spent of £650k approved budget."),
        ("Resources", "A", "G", "Pricing analyst vacancy filled from 12 May."),
    ]
    for row in summ:
        r += 1
        for c, v in enumerate(row, 1):
            cell = ws.cell(r, c, v)
            cell.border = BOX
            if c in (2, 3):
                cell.fill = fill(ragfill[v])
                cell.alignment = Alignment(horizontal="center")
    r += 2  # blank row then section title
    ws.cell(r, 1, "Key deliverables and milestones").font = Font(bold=True, size=12)
    r += 1
    heads = ["Ref", "Workstream", "Deliverable / milestone", "Owner", "Baseline date", "Forecast date",
             "Prev RAG", "Current RAG", "Commentary"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("00205B")
        cell.alignment = WRAP
        cell.border = BOX
    for (ref, wsname, deliv, owner, base, fc, prev, curr, currfill, comm) in PBS_ROWS:
        r += 1
        vals = [ref, wsname, deliv, owner, base, fc, prev, curr, comm]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c)
            if v is not None:
                cell.value = v
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            cell.alignment = WRAP
            cell.border = BOX
        if prev in ragfill:
            ws.cell(r, 7).fill = fill(ragfill[prev])
        ws.cell(r, 8).fill = fill(currfill)
        ws.cell(r, 7).alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(r, 8).alignment = Alignment(horizontal="center", vertical="top")
    r += 2
    ws.cell(r, 1, "Key risks and issues").font = Font(bold=True, size=12)
    for txt in [
        "Risk: legacy mortgage remediation may require customer redress, which is not in the programme budget (rated Amber).",
        "Issue: dependency on the core banking release in August for letter template changes (rated Amber).",
    ]:
        r += 1
        ws.cell(r, 1, txt)
    r += 2
    ws.cell(r, 1, "Decisions / support required from Board Risk Committee").font = Font(bold=True, size=12)
    r += 1
    ws.cell(r, 1, "Note the red status of CD03 and the revised forecast of August 2025.")

    key = wb.create_sheet("RAG definitions")
    key["A1"] = "RAG definitions"
    key["A1"].font = Font(bold=True, size=12)
    defs = [
        ("G", GREEN, "On track to deliver by the baseline date."),
        ("A", AMBER, "Forecast up to one month later than baseline, or at risk; recovery in hand."),
        ("R", RED, "Forecast more than one month late, or cannot be delivered without sponsor intervention."),
        ("Complete", BLUE, "Delivered and signed off by the milestone owner."),
    ]
    for i, (k, f, t) in enumerate(defs, 3):
        key.cell(i, 1, k).fill = fill(f)
        key.cell(i, 2, t)
    key.column_dimensions["A"].width = 12
    key.column_dimensions["B"].width = 90
    wb.save(path)


# ---------------------------------------------------------------------------
# Word helpers
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
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. LOROS Hospice - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
LOROS_FILE = "zyd-loros-hospice-cqc-inspection-action-plan.docx"
LOROS_TITLE = "LOROS – CQC Inspection Action Plan 2024"

# sections: (heading, [ (recommendation, [ (ref, action, lead, when, progress, rag_text, rag_fill) ]) ])
LOROS_SECTIONS = [
    ("Safe", [
        ("Should do: The provider should ensure that controlled drugs on the inpatient unit are checked and recorded in line with the hospice's medicines policy.", [
            ("S1.1", "Introduce a twice-daily controlled drug stock check, with two registered nurses signing the CD register.",
             "Ward Manager, IPU", "31/08/2024",
             "Checks in place from 12 August; weekly audit shows 100% compliance.", "Complete", BLUE),
            ("S1.2", "Lead Pharmacist to complete a monthly CD audit and report the results to the Medicines Management Group.",
             "Lead Pharmacist / Ward Manager, IPU", "Monthly from September 2024",
             "September and October audits completed; no discrepancies.", "Green", GREEN),
        ]),
        ("Should do: The provider should ensure that falls risk assessments are reviewed whenever a patient's condition changes.", [
            ("S2.1", "Change the falls risk assessment template in SystmOne to prompt a review on change of condition, and brief all IPU staff at safety huddles.",
             "Head of Inpatient Services", "Q3 2024/25",
             "Template changed 1 October; 78% of IPU staff briefed so far.", "Amber", AMBER),
        ]),
        ("Should do: The provider should ensure that registered staff meet the hospice's 90% target for level 3 adult safeguarding training.", [
            ("S3.1", "Book additional level 3 safeguarding sessions and report compliance monthly to the Clinical Governance Group.",
             "Head of Education / Safeguarding Lead", "End of January 2025",
             "Compliance 86% in November. Two extra sessions booked for January.", "Amber", AMBER),
        ]),
    ]),
    ("Effective", [
        ("Should do: The provider should ensure that mental capacity assessments are fully recorded where people may lack capacity to consent to their care.", [
            ("E1.1", "Audit 20 inpatient records each quarter for Mental Capacity Act documentation and feed back the results at team meetings.",
             "Clinical Nurse Specialist (MCA lead)", "Ongoing – quarterly",
             "Q2 audit: 17 of 20 records compliant.", "Green", GREEN),
            ("E1.2", "Deliver Mental Capacity Act and best interests training to all medical and nursing staff on the IPU.",
             "Medical Director and Head of Education", "November 2024",
             "Sessions held on 5 and 19 November; 92% attendance.", "Complete", BLUE),
        ]),
    ]),
    ("Well-led", [
        ("Should do: The provider should ensure that learning from incidents is shared consistently with the community and day therapy teams.", [
            ("W1.1", "Publish a bi-monthly ‘Learning from Incidents’ bulletin and make it a standing item at community team meetings.",
             "Head of Quality & Governance", "30/09/2024",
             "First two editions published (September and November).", "Complete", BLUE),
            ("W1.2", "Review the incident reporting categories with the community teams so that near misses in patients' homes are captured.",
             "Head of Quality & Governance / Community Services Manager", "31 March 2025",
             "Workshop held 4 December; changes to go live in the new year.", "", GREEN),
        ]),
    ]),
]


def build_loros(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(LOROS_TITLE, style="Title")
    doc.add_paragraph("LOROS Hospice Care for Leicester, Leicestershire & Rutland – Groby Road, Leicester")
    doc.add_paragraph("Inspection: 14 – 16 May 2024 | Report published: 2 August 2024 | "
                      "Overall rating: Good (Safe: Requires improvement)")
    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Approved by"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for row in [("1.0", "30/08/2024", "Director of Clinical Services", "Quality & Safety Committee"),
                ("1.1", "24/10/2024", "Head of Quality & Governance", "Quality & Safety Committee"),
                ("1.2", "12/12/2024", "Head of Quality & Governance", "Board of Trustees")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    doc.add_paragraph("RAG key", style="Heading 2")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for name, f, txt in [("Complete", BLUE, "Action complete and evidence held"),
                         ("Green", GREEN, "On track"),
                         ("Amber", AMBER, "At risk – mitigating action in place"),
                         ("Red", RED, "Off track or overdue")]:
        cells = k.add_row().cells
        set_cell(cells[0], name, bold=True)
        shade(cells[0], f)
        set_cell(cells[1], txt)
    doc.add_paragraph(
        "The inspection found no breaches of regulation. The actions below respond to the ‘should do’ "
        "improvements in the report, grouped by CQC key question.")
    heads = ["Ref", "What CQC told us", "Our action", "Lead", "By when", "Progress update", "RAG"]
    for heading, recs in LOROS_SECTIONS:
        doc.add_paragraph(heading, style="Heading 1")
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for i, h in enumerate(heads):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9E2F3")
        for rec, actions in recs:
            first = None
            for (ref, action, lead, when, prog, rag, ragfill) in actions:
                row = t.add_row()
                cells = row.cells
                set_cell(cells[0], ref)
                if first is None:
                    set_cell(cells[1], rec)
                    first = cells[1]
                set_cell(cells[2], action)
                set_cell(cells[3], lead)
                set_cell(cells[4], when)
                set_cell(cells[5], prog)
                set_cell(cells[6], rag)
                shade(cells[6], ragfill)
                last = cells[1]
            if last is not first:
                first.merge(last)
    doc.add_paragraph("Next review: Quality & Safety Committee, 20 February 2025.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Horniman Museum and Gardens - Board of Trustees action log (docx)
# ---------------------------------------------------------------------------
HOR_FILE = "zyd-horniman-museum-board-of-trustees-action-log.docx"
HOR_TITLE = "Horniman Museum and Gardens – Board of Trustees Action Log"

# (meeting heading, [ (no, minute, action, owner, due, status, update) ])
HOR_MEETINGS = [
    ("Board meeting – 28 November 2024", [
        ("24/41", "6.2", "Circulate a revised five-year financial forecast reflecting the DCMS grant-in-aid settlement.",
         "Director of Finance & Resources", "January 2025", "Complete", "Circulated to trustees on 17 January 2025."),
        ("24/42", "7.1", "Bring the full business case for the Conservatory roof and glazing works to the Board for approval.",
         "Director of Estates and Gardens", "March 2025", "On track", "On today's agenda (item 8)."),
        ("24/43", "9", "Add a strategic risk on the condition of the Natural History Gallery roof to the risk register, with the Audit & Risk Committee's view of its rating.",
         "Director of Collections & Public Engagement / Head of Governance", "March 2025", "At risk",
         "Survey report not yet received; ARC to consider the rating on 12 March."),
        ("24/44", "11", "Publish the advertisement for two new trustees with digital and finance skills.",
         "Clerk to the Board", "Dec-24", "Overdue", "Held pending the skills matrix review (see 25/06)."),
    ]),
    ("Board meeting – 30 January 2025", [
        ("25/03", "4", "Arrange a visit to the Study Collections Centre for trustees appointed in 2024.",
         "Clerk to the Board", "By 30 April 2025", "On track", "Dates offered: 3 and 10 April."),
        ("25/04", "6", "Commission an external review of cyber security arrangements and report the findings to the Audit & Risk Committee.",
         "Director of Finance & Resources", "June 2025", "On track", "Three quotes received; supplier to be appointed in March."),
        ("25/05", "8", "Trustees to let the Chair know of any contacts they can introduce to the Development team.",
         "All trustees", "Ongoing", "On track", "Four introductions made so far."),
        ("25/06", "10", "Review the Board skills matrix and report gaps to the Nominations Committee before trustee recruitment starts.",
         "Chair and Clerk to the Board", "May 2025", "Not started", ""),
    ]),
]


HOR_STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Overdue": RED}


def build_horniman(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_paragraph(HOR_TITLE, style="Title")
    doc.add_paragraph("Horniman Public Museum and Public Park Trust")
    p = doc.add_paragraph("Meeting of 26 March 2025 – Agenda item 3: Matters arising and action log")
    p.runs[0].bold = True
    doc.add_paragraph(
        "This log records the actions agreed at Board meetings. Actions reported as Complete are removed "
        "after they have been reported to one meeting.")
    doc.add_paragraph("Status key: Complete (blue) · On track (green) · At risk (amber) · Overdue (red) · Not started (no colour)")
    heads = ["No.", "Minute", "Action", "Owner", "Due", "Status", "Update"]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "BFBFBF")
    for meeting, rows in HOR_MEETINGS:
        cells = t.add_row().cells
        m = cells[0].merge(cells[6])
        set_cell(m, meeting, bold=True)
        shade(m, "E7E6E6")
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                set_cell(cells[i], v)
            if row[5] in HOR_STATUS_FILL:
                shade(cells[5], HOR_STATUS_FILL[row[5]])
    doc.add_paragraph("")
    doc.add_paragraph("Log maintained by the Clerk to the Board; last updated 19 March 2025.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Malmesbury Town Council - internal audit action plan (csv)
# ---------------------------------------------------------------------------
MAL_FILE = "zyd-malmesbury-town-council-internal-audit-action-plan-2024-25.csv"
MAL_TITLE = "Malmesbury Town Council – Internal Audit 2024/25 Action Plan"

# (section heading, [ (ref, recommendation, action, responsible, target, rag, progress) ])
MAL_SECTIONS = [
    ("A. Appropriate accounting records have been properly kept throughout the financial year.", [
        ("A1", "The cashbook should be reconciled to the bank statements every month and the reconciliation signed by a councillor.",
         "Monthly bank reconciliation to be presented to each Finance, Policy & Resources Committee meeting and signed by the Chair.",
         "RFO", "July 2025", "B", "In place from the July meeting."),
    ]),
    ("B. This authority complied with its financial regulations, payments were supported by invoices, all expenditure was approved and VAT was appropriately accounted for.", [
        ("B1", "Financial Regulations should be updated to the 2024 NALC model and re-adopted.",
         "Adopt the NALC 2024 model Financial Regulations, with local limits, at Full Council.",
         "Town Clerk", "Oct 2025", "G", "Draft to Full Council on 8 October 2025."),
        ("B2", "Evidence of approval should be kept for all payments made by debit card.",
         "Card holders to attach receipts and approval e-mails to each monthly statement; RFO to check and initial.",
         "RFO / Deputy Town Clerk", "31/08/2025", "B", "Complete."),
    ]),
    ("C. This authority assessed the significant risks to achieving its objectives and reviewed the adequacy of arrangements to manage these.", [
        ("C1", "The risk register should be reviewed in full and formally approved at least once a year.",
         "Review the full risk register with the working group and bring it to Full Council for approval.",
         "Town Clerk and Cllr J Barnes", "At budget setting (Jan 2026)", "G", "Working group met on 16 September."),
    ]),
    ("G. Salaries to employees and allowances to members were paid in accordance with this authority's approvals, and PAYE and NI requirements were properly applied.", [
        ("G1", "The council should confirm that its pensions auto-enrolment re-declaration has been made to The Pensions Regulator.",
         "Complete the re-declaration of compliance and keep a copy on the personnel file.",
         "RFO", "30/06/2025", "R", "Overdue – deadline missed; re-declaration now being completed."),
    ]),
    ("L. The authority published information on a free to access website/webpage up to date at the time of the internal audit in accordance with any relevant transparency code requirements.", [
        ("L1", "The website should include all \"Transparency Code\" items for 2024/25, including the annual internal audit report.",
         "Upload the 2024/25 Transparency Code documents, and add a checklist to the Clerk's year-end timetable.",
         "Deputy Town Clerk", "Annually, by 30 June", "A", "All items uploaded except the asset register."),
    ]),
]


def build_malmesbury(path):
    ncol = 7
    rows = [
        [MAL_TITLE],
        ["Internal auditor's report dated 14 May 2025; responses agreed by Finance, Policy & Resources Committee on 10 June 2025"],
        ["Progress at 30 September 2025"],
        [],
        ["Ref", "Auditor's recommendation", "Action agreed", "Responsible", "Target date", "RAG", "Progress"],
    ]
    for heading, acts in MAL_SECTIONS:
        rows.append([heading])
        for a in acts:
            rows.append(list(a))
    rows.append([])
    rows.append(["RAG: R = overdue, A = in progress but at risk, G = on track, B = complete"])
    rows.append(["Next review: Finance, Policy & Resources Committee, December 2025"])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r + [""] * (ncol - len(r)))
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Alliance Foster Care - Ofsted IFA inspection action plan (tab-separated txt)
# ---------------------------------------------------------------------------
AFC_FILE = "zyd-alliance-foster-care-ofsted-ifa-inspection-action-plan.txt"
AFC_TITLE = "Alliance Foster Care – Post-inspection action plan"

# (section, header, [ (requirement/recommendation or None, [ (ref, action, lead, due, progress, rag) ]) ])
AFC_SECTIONS = [
    ("Statutory requirements",
     ["No.", "Requirement (regulation)", "Action", "Lead", "Due date", "Progress", "RAG"],
     [
         ("The registered person must ensure that each foster carer's approval is reviewed at least annually and the review report is considered by the fostering panel where required. (Regulation 28(2))", [
             ("R1.1", "Set up a review tracker with automatic alerts at 10 months and allocate each overdue review to a named reviewing officer.",
              "Registered Manager", "30/04/2025", "Tracker live from 7 April; 11 of 14 overdue reviews completed.", "Green"),
             ("R1.2", "Arrange two additional fostering panel dates to clear the backlog of annual reviews.",
              "Panel Adviser", "May 2025", "Extra panels held on 8 and 22 May.", "Complete"),
         ]),
         ("The registered person must ensure that allegations against foster carers are managed in line with the agency's safeguarding policy and referred to the LADO without delay. (Regulation 12(2))", [
             ("R2.1", "Revise the allegations procedure and train all supervising social workers in LADO referral thresholds.",
              "RM/Responsible Individual", "31/05/2025", "Procedure revised; training delivered on 20 May to all 9 SSWs.", "Complete"),
             ("R2.2", "Responsible Individual to audit every allegation since April 2024 and report the findings to the Board.",
              "Responsible Individual", "End of June 2025", "9 cases audited; report to the Board on 15 July.", "Amber"),
         ]),
     ]),
    ("Recommendations",
     ["No.", "Recommendation (national minimum standard)", "Action", "Lead", "Due date", "Progress", "RAG"],
     [
         ("The registered person should ensure that foster carers complete the Training, Support and Development Standards within 12 months of approval. ('Fostering services: national minimum standards', 20.3)", [
             ("1.1", "Report TSD completion monthly to the management meeting, with SSWs agreeing a TSD plan at every supervision visit.",
              "Training Coordinator & Supervising Social Workers", "Jul-25", "4 carers outstanding, all with dates booked.", "Green"),
         ]),
         ("The registered person should ensure that children's views are sought and recorded as part of each foster carer's annual review. ('Fostering services: national minimum standards', 13.7)", [
             ("2.1", "Introduce age-appropriate feedback forms for children and check their use at each review.",
              "Children's Participation Worker", "Ongoing", "Forms in use since April; returned for 12 of 15 reviews.", "Green"),
         ]),
         ("The registered person should ensure that staff supervision takes place regularly and is recorded. ('Fostering services: national minimum standards', 24.4)", [
             ("3.1", "Record supervision for every supervising social worker at least monthly, with a quarterly audit by the Registered Manager.",
              "Registered Manager", "Sept 2025", "", "Not started"),
         ]),
     ]),
]


def build_afc(path):
    lines = [
        AFC_TITLE,
        "Independent fostering agency – Ofsted inspection 10 to 14 March 2025",
        "Overall experiences and progress of children and young people: Requires improvement to be good",
        "Version 2 – updated 30 June 2025 by the Registered Manager",
        "",
    ]
    for section, header, groups in AFC_SECTIONS:
        lines.append(section)
        lines.append("\t".join(header))
        for text, acts in groups:
            for i, (ref, action, lead, due, prog, rag) in enumerate(acts):
                lines.append("\t".join([ref, text if i == 0 else "", action, lead, due, prog, rag]))
        lines.append("")
    lines.append("RAG key: Complete = done and evidenced; Green = on track; Amber = at risk; Red = overdue; Not started")
    lines.append("Reviewed by: Responsible Individual\tDate: 01/07/2025")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


def main():
    build_symca(os.path.join(HERE, SYMCA_FILE))
    build_ra(os.path.join(HERE, RA_FILE))
    build_pbs(os.path.join(HERE, PBS_FILE))
    build_loros(os.path.join(HERE, LOROS_FILE))
    build_horniman(os.path.join(HERE, HOR_FILE))
    build_malmesbury(os.path.join(HERE, MAL_FILE))
    build_afc(os.path.join(HERE, AFC_FILE))


if __name__ == "__main__":
    main()
