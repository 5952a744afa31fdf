"""Build the seven hf1- data files of set heldout248.

Run with /work/main/.venv/bin/python hf1_make.py (writes beside this script).
"""
import csv
import os
from datetime import datetime as dt

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "R": PatternFill("solid", fgColor="FF0000"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "G": PatternFill("solid", fgColor="00B050"),
    "B": PatternFill("solid", fgColor="0070C0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "pale": PatternFill("solid", fgColor="DEEAF6"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def p(name):
    return os.path.join(HERE, name)


def style_header(ws, row, ncols, fill="navy"):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.font = Font(bold=True, color="FFFFFF" if fill == "navy" else "000000")
        cell.fill = FILL[fill]
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX


def box_row(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        if cell.alignment is None or not cell.alignment.wrap_text:
            cell.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. Wirral University Teaching Hospital - CQC must do / should do (xlsx)
# ---------------------------------------------------------------------------
def make_wuth():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Wirral University Teaching Hospital NHS Foundation Trust"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "CQC Inspection Action Plan – Must Do and Should Do Actions"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A3"] = ("Core services inspected: Urgent and emergency care; Medical care (including older "
                 "people's care) – inspection 7–9 November 2023, report published 15 March 2024")
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Reviewed by"),
            ("0.3", "02/04/2024", "Head of Quality Governance and Compliance", "Executive Committee"),
            ("1.0", "16/04/2024", "Head of Quality Governance and Compliance", "Quality Committee"),
            ("1.4", "09/09/2024", "Head of Quality Governance and Compliance", "Board of Directors (Part 1)")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cov.cell(row=6 + i, column=1 + j, value=v).border = BOX
    style_header(cov, 6, 4, "grey")
    cov["A11"] = "BRAG rating key"
    cov["A11"].font = Font(bold=True)
    key = [("B", "Complete – action delivered and evidence assured by Quality Committee"),
           ("G", "On track to deliver by the target date"),
           ("A", "At risk of not delivering by the target date"),
           ("R", "Off track – target date missed or not achievable")]
    for i, (k, v) in enumerate(key):
        c = cov.cell(row=12 + i, column=1, value=k)
        c.fill = FILL[k]
        c.font = Font(bold=True, color="FFFFFF" if k in "RB" else "000000")
        c.alignment = Alignment(horizontal="center")
        cov.cell(row=12 + i, column=2, value=v)
    cov.column_dimensions["A"].width = 12
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 42
    cov.column_dimensions["D"].width = 30

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of progress – position as at 31 August 2024"
    summ["A1"].font = Font(bold=True, size=12)
    srows = [("Category", "Total actions", "B", "G", "A", "R"),
             ("Must Do", 5, 1, 2, 1, 1),
             ("Should Do", 3, 1, 1, 1, 0),
             ("Total", 8, 2, 3, 2, 1)]
    for i, r in enumerate(srows):
        for j, v in enumerate(r):
            c = summ.cell(row=3 + i, column=1 + j, value=v)
            c.border = BOX
    style_header(summ, 3, 6, "grey")
    for j, k in enumerate("BGAR"):
        summ.cell(row=3, column=3 + j).fill = FILL[k]
    for c in range(1, 7):
        summ.cell(row=6, column=c).font = Font(bold=True)
    summ.column_dimensions["A"].width = 14
    summ.column_dimensions["B"].width = 14

    md = wb.create_sheet("Must Do")
    md["A1"] = "CQC Must Do Action Plan – Urgent and Emergency Care and Medical Care"
    md["A1"].font = Font(bold=True, size=12)
    md.merge_cells("A1:H1")
    md["A2"] = "Progress update as at 31 August 2024 – for Quality Committee 18 September 2024"
    md.merge_cells("A2:H2")
    hdr = ["Ref", "CQC Must Do", "Action", "Lead", "Original Target Date", "Revised Target Date",
           "Progress Update (August 2024)", "BRAG"]
    for j, h in enumerate(hdr):
        md.cell(row=4, column=1 + j, value=h)
    style_header(md, 4, 8)

    def section(row, text):
        md.cell(row=row, column=1, value=text).font = Font(bold=True)
        md.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        for c in range(1, 9):
            md.cell(row=row, column=c).fill = FILL["grey"]
            md.cell(row=row, column=c).border = BOX

    def action(row, ref, mustdo, text, lead, orig, rev, prog, rag):
        md.cell(row=row, column=1, value=ref)
        if mustdo is not None:
            md.cell(row=row, column=2, value=mustdo)
        md.cell(row=row, column=3, value=text)
        md.cell(row=row, column=4, value=lead)
        for col, d in ((5, orig), (6, rev)):
            c = md.cell(row=row, column=col, value=d)
            if isinstance(d, dt):
                c.number_format = "dd/mm/yyyy"
        md.cell(row=row, column=7, value=prog)
        c = md.cell(row=row, column=8, value=rag)
        c.fill = FILL[rag]
        c.font = Font(bold=True, color="FFFFFF" if rag in "RB" else "000000")
        box_row(md, row, 8)
        c.alignment = Alignment(horizontal="center", vertical="top")

    section(5, "Urgent and Emergency Care (Arrowe Park Hospital ED)")
    action(6, "MD1.1",
           "The trust must ensure that patients in the emergency department receive timely initial "
           "assessment and treatment, including clinical assessment within 15 minutes of arrival. "
           "(Regulation 12)",
           "Introduce a rapid assessment and treatment (RAT) model at the front door, staffed by a "
           "senior clinician between 10:00 and 22:00.",
           "Clinical Director for Emergency Medicine", dt(2024, 5, 31), None,
           "RAT model live from 13 May 2024; median time to initial assessment 11 minutes in July.",
           "B")
    action(7, "MD1.2", None,
           "Review the ED nursing establishment against the Emergency Care Safer Nursing Care Tool "
           "and present the findings to the Nursing and Midwifery Board.",
           "Deputy Chief Nurse / Head of Nursing – Acute Care", dt(2024, 6, 30), dt(2024, 10, 31),
           "Data collection complete; report moved to the October Nursing and Midwifery Board "
           "because of job-plan changes.",
           "A")
    md.merge_cells("B6:B7")
    action(8, "MD2.1",
           "The trust must ensure that patients cared for in temporary escalation spaces have their "
           "risk assessments completed and reviewed in line with trust policy. (Regulation 12)",
           "Implement a temporary escalation space (TES) standard operating procedure with a "
           "checklist completed at the start of each shift.",
           "Divisional Director of Nursing – Medicine & Acute", dt(2024, 3, 31), dt(2024, 9, 30),
           "SOP approved at Patient Safety Group in June; checklist rolled out to ED and AMU.",
           "G")
    action(9, "MD2.2", None,
           "Audit completion of falls, pressure ulcer and VTE risk assessments for patients in TES "
           "weekly, reporting compliance to the divisional quality board.",
           "Matron – Emergency Department", dt(2024, 4, 30), None,
           "Compliance 72% in July against a 95% target; weekly audit continues with ward-level "
           "feedback.",
           "R")
    md.merge_cells("B8:B9")
    section(10, "Medical Care (including older people's care)")
    action(11, "MD3.1",
           "The trust must ensure that staff complete mandatory training, including safeguarding "
           "adults level 3, in line with trust targets. (Regulation 18)",
           "Issue monthly ward-level compliance reports to matrons and agree a recovery trajectory "
           "for each ward below 90%.",
           "Head of Nursing – Medicine; Education Lead", dt(2024, 9, 30), None,
           "Reports issued since May; 9 of 14 medical wards now above 90%.",
           "G")
    widths = [9, 42, 46, 26, 13, 13, 44, 8]
    for j, w in enumerate(widths):
        md.column_dimensions[chr(65 + j)].width = w
    md.freeze_panes = "A5"

    sd = wb.create_sheet("Should Do")
    sd["A1"] = "CQC Should Do Action Plan"
    sd["A1"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Core Service", "CQC Should Do", "Action", "Lead", "Target Date",
           "Progress Update (August 2024)", "BRAG"]
    for j, h in enumerate(hdr):
        sd.cell(row=3, column=1 + j, value=h)
    style_header(sd, 3, 8)
    srows = [
        ("SD1", "Urgent and Emergency Care",
         "The trust should ensure that the paediatric waiting area in the emergency department is "
         "audio-visually separated from the adult waiting area.",
         "Install partition screening and a separate entrance corridor to the paediatric waiting "
         "area as part of the ED estates scheme.",
         "Associate Director of Estates", dt(2024, 11, 30),
         "Contractor appointed; works scheduled for October 2024.", "G"),
        ("SD2", "Medical Care (including older people's care)",
         "The trust should ensure that patients' food and fluid charts are fully completed.",
         "Relaunch the nutrition and hydration bundle on medical wards with ward-based training "
         "delivered by the dietetics team.",
         "Lead Nurse for Nutrition", dt(2024, 7, 31),
         "Relaunch completed; July audit showed 94% completion across medical wards.", "B"),
        ("SD3", "Medical Care (including older people's care)",
         "The trust should ensure that discharge summaries are sent to GPs within 24 hours of "
         "discharge.",
         "Agree a daily electronic discharge summary check at the 16:00 board round and report "
         "compliance through the Medicine division performance review.",
         "Clinical Director – Acute Medicine", "Q3 2024/25",
         "Compliance 81% in August against a 95% target.", "A"),
    ]
    for i, r in enumerate(srows):
        row = 4 + i
        for j, v in enumerate(r):
            c = sd.cell(row=row, column=1 + j, value=v)
            if isinstance(v, dt):
                c.number_format = "dd/mm/yyyy"
        box_row(sd, row, 8)
        c = sd.cell(row=row, column=8)
        c.fill = FILL[r[-1]]
        c.font = Font(bold=True, color="FFFFFF" if r[-1] in "RB" else "000000")
        c.alignment = Alignment(horizontal="center", vertical="top")
    widths = [7, 24, 42, 46, 28, 13, 44, 8]
    for j, w in enumerate(widths):
        sd.column_dimensions[chr(65 + j)].width = w
    wb.save(p("hf1-wirral-university-teaching-hospital-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. University of Salford - Ofsted apprenticeships PIAP (xlsx)
# ---------------------------------------------------------------------------
def make_salford():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = "University of Salford"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Apprenticeship Post-Inspection Action Plan (PIAP)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Ofsted further education and skills inspection 4–7 June 2024 (report published "
                "12 July 2024) – Apprenticeships: Requires improvement")
    ws["A4"] = ("Plan owner: Pro Vice-Chancellor (Student Experience)   |   Reported to: "
                "Apprenticeship Quality Board and Academic Council")
    ws["A5"] = "Last updated: 14 February 2025"
    ws["A5"].font = Font(italic=True)
    hdr = ["Ref", "Action", "Responsibility", "Start", "Target date", "Previous RAG (Nov 24)",
           "Current RAG (Feb 25)", "Impact measure", "Progress commentary"]
    for j, h in enumerate(hdr):
        ws.cell(row=7, column=1 + j, value=h)
    style_header(ws, 7, 9)

    def afi(row, text):
        c = ws.cell(row=row, column=1, value=text)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        for col in range(1, 10):
            ws.cell(row=row, column=col).fill = FILL["pale"]
            ws.cell(row=row, column=col).border = BOX
        ws.row_dimensions[row].height = 32

    def act(row, ref, text, resp, start, target, prev, cur, impact, prog):
        vals = [ref, text, resp, start, target, prev, cur, impact, prog]
        for j, v in enumerate(vals):
            c = ws.cell(row=row, column=1 + j, value=v)
            if isinstance(v, dt):
                c.number_format = "dd/mm/yyyy"
        box_row(ws, row, 9)
        for col, k in ((6, prev), (7, cur)):
            c = ws.cell(row=row, column=col)
            c.fill = FILL[k]
            c.font = Font(bold=True, color="FFFFFF" if k in "RB" else "000000")
            c.alignment = Alignment(horizontal="center", vertical="top")

    afi(8, "1. Leaders and managers should ensure that all apprentices receive their full "
           "entitlement to off-the-job training, and that employers contribute fully to progress "
           "reviews.")
    act(9, "1.1", "Introduce a monthly off-the-job hours dashboard for each programme, flagging "
                  "apprentices more than 10% behind their planned hours.",
        "Head of Apprenticeships", dt(2024, 9, 2), dt(2024, 10, 31), "G", "B",
        "All programmes have a dashboard; fewer than 5% of apprentices behind planned hours.",
        "Dashboard live on Power BI from 21 October 2024; reviewed at monthly programme meetings.")
    act(10, "1.2", "Hold tripartite progress reviews every 10–12 weeks with the employer present, "
                   "using a revised review template that records agreed targets.",
        "Degree Apprenticeship Programme Leads / Work-Based Learning Coaches", dt(2024, 9, 2),
        dt(2025, 1, 31), "A", "A",
        "95% of reviews on time with employer attendance recorded.",
        "Template in use since September; 83% of reviews in January had an employer present. "
        "Programmes with low attendance have been contacted by the Head of Apprenticeships.")
    afi(11, "2. Leaders should make sure that apprentices who need to achieve English and "
            "mathematics qualifications receive timely, effective teaching to help them pass.")
    act(12, "2.1", "Complete initial assessment of English and mathematics within four weeks of "
                   "start for all new apprentices.",
        "Functional Skills Manager", dt(2024, 9, 2), dt(2024, 9, 30), "B", "B",
        "100% of new starters assessed within four weeks.",
        "Achieved for September and January cohorts.")
    act(13, "2.2", "Provide weekly online functional skills sessions with a specialist tutor and "
                   "track first-time pass rates by cohort.",
        "Functional Skills Manager", dt(2024, 10, 7), dt(2025, 3, 31), "A", "G",
        "First-time pass rate at or above 75%.",
        "Specialist tutor appointed in November; first-time pass rate 71% in the January sitting.")
    afi(14, "3. Leaders should strengthen the oversight that governors and senior leaders have of "
            "the quality of apprenticeship provision.")
    act(15, "3.1", "Establish an Apprenticeship Quality Board, chaired by the PVC (Student "
                   "Experience), meeting termly with an external member from the FE and skills "
                   "sector.",
        "PVC (Student Experience)", dt(2024, 9, 2), dt(2024, 12, 31), "G", "B",
        "Board meets termly; minutes show challenge on quality data.",
        "First meeting held 26 November 2024; external member appointed from a local college.")
    act(16, "3.2", "Report apprenticeship performance data (achievement, breaks in learning, "
                   "off-the-job hours) to every meeting of Academic Council.",
        "Director of Academic Quality; Head of Apprenticeships", dt(2025, 1, 6),
        "Ongoing (each Academic Council)", "G", "G",
        "Standing item on every Academic Council agenda.",
        "First report presented 29 January 2025.")
    ws["A18"] = ("Notes: Previous RAG is taken from the November 2024 Apprenticeship Quality Board "
                 "report. Actions rated B are kept on the plan until the impact review in June 2025.")
    ws["A18"].font = Font(italic=True)
    widths = [7, 50, 30, 12, 14, 12, 12, 34, 50]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    ws.freeze_panes = "A8"

    key = wb.create_sheet("RAG key & summary")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True, size=12)
    kk = [("R", "Not on track – intervention required"),
          ("A", "Some slippage – recoverable within the plan"),
          ("G", "On track"),
          ("B", "Complete – impact being monitored")]
    for i, (k, v) in enumerate(kk):
        c = key.cell(row=2 + i, column=1, value=k)
        c.fill = FILL[k]
        c.font = Font(bold=True, color="FFFFFF" if k in "RB" else "000000")
        key.cell(row=2 + i, column=2, value=v)
    key["A8"] = "Summary – current RAG (February 2025)"
    key["A8"].font = Font(bold=True)
    for i, (k, n) in enumerate((("R", 0), ("A", 1), ("G", 2), ("B", 3), ("Total", 6))):
        key.cell(row=9 + i, column=1, value=k)
        key.cell(row=9 + i, column=2, value=n)
    key.column_dimensions["B"].width = 44
    wb.save(p("hf1-university-of-salford-ofsted-apprenticeships-post-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Intellectual Property Office - ARAC internal audit tracker (xlsx)
# ---------------------------------------------------------------------------
def make_ipo():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Intellectual Property Office"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Audit and Risk Assurance Committee – 21 October 2025"
    s["A3"] = "Annex B: Internal audit recommendations – implementation tracker"
    s["A3"].font = Font(bold=True, size=12)
    rows = [("Audit", "Year", "Assurance opinion", "Actions open", "Implemented since last ARAC",
             "Overdue"),
            ("Cyber Security – Vulnerability Management", "2024-25", "Limited", 1, 2, 0),
            ("Patent Fee Income Reconciliation", "2024-25", "Moderate", 2, 0, 1),
            ("Contract Management", "2025-26", "Moderate", 2, 0, 0),
            ("Total", None, None, 5, 2, 1)]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            s.cell(row=5 + i, column=1 + j, value=v).border = BOX
    style_header(s, 5, 6)
    for c in range(1, 7):
        s.cell(row=9, column=c).font = Font(bold=True)
    s["A11"] = "Detailed position for each agreed action is on the 'Tracker' sheet."
    s.column_dimensions["A"].width = 44
    for col in "BCDEF":
        s.column_dimensions[col].width = 16

    t = wb.create_sheet("Tracker")
    t["A1"] = "Open and recently implemented internal audit recommendations (GIAA)"
    t["A1"].font = Font(bold=True, size=12)
    t["A2"] = "Status key:"
    t["A2"].font = Font(bold=True)
    for j, (word, k) in enumerate((("Implemented", "B"), ("On track", "G"), ("At risk", "A"),
                                   ("Overdue", "R"))):
        c = t.cell(row=2, column=2 + j, value=word)
        c.fill = FILL[k]
        c.font = Font(bold=True, color="FFFFFF" if k in "RB" else "000000")
    hdr = ["Audit", "Ref", "Priority", "Recommendation", "Agreed management action",
           "Action owner", "Original target date", "Revised target date", "Status",
           "Update for October 2025 ARAC"]
    for j, h in enumerate(hdr):
        t.cell(row=4, column=1 + j, value=h)
    style_header(t, 4, 10)
    status_fill = {"Implemented": "B", "On track": "G", "At risk": "A", "Overdue": "R"}

    def row(r, audit, ref, prio, rec, action, owner, orig, rev, status, upd):
        vals = [audit, ref, prio, rec, action, owner, orig, rev, status, upd]
        for j, v in enumerate(vals):
            c = t.cell(row=r, column=1 + j, value=v)
            if isinstance(v, dt):
                c.number_format = "dd/mm/yyyy"
        box_row(t, r, 10)
        k = status_fill[status]
        c = t.cell(row=r, column=9)
        c.fill = FILL[k]
        c.font = Font(bold=True, color="FFFFFF" if k in "RB" else "000000")

    a1 = "Cyber Security – Vulnerability Management (2024-25, Limited assurance)"
    row(5, a1, "VM1.1", "High",
        "The IPO should define and enforce remediation timescales for critical and high "
        "vulnerabilities, with exceptions formally risk-accepted.",
        "Update the Vulnerability Management Standard to set remediation timescales of 14 days "
        "(critical) and 30 days (high), approved by the Security Working Group.",
        "Chief Information Security Officer", dt(2025, 3, 31), None, "Implemented",
        "Standard approved 18 March 2025 and published on the intranet. GIAA validated closure "
        "in September 2025.")
    row(6, None, "VM1.2", None, None,
        "Introduce a risk acceptance register for vulnerabilities that cannot be remediated within "
        "timescale, signed off by the Senior Information Risk Owner.",
        "Chief Information Security Officer / SIRO", dt(2025, 3, 31), dt(2025, 11, 30), "At risk",
        "Register designed; sign-off process awaiting confirmation of the new SIRO appointment.")
    row(7, None, "VM2.1", "Medium",
        "Management should ensure that the asset inventory used by the vulnerability scanning tool "
        "is complete.",
        "Reconcile the CMDB with the scanning tool's asset list monthly and investigate unmatched "
        "devices.",
        "Head of IT Operations", dt(2025, 6, 30), None, "Implemented",
        "Monthly reconciliation in place since May 2025; 37 unmatched devices resolved.")
    t.merge_cells("A5:A7")
    t.merge_cells("C5:C6")
    t.merge_cells("D5:D6")
    a2 = "Patent Fee Income Reconciliation (2024-25, Moderate assurance)"
    row(8, a2, "PF1.1", "Medium",
        "Finance should perform and evidence a monthly reconciliation between the patents casework "
        "system and the general ledger.",
        "Introduce a monthly reconciliation template with preparer and reviewer sign-off, retained "
        "on the Finance SharePoint site.",
        "Head of Financial Accounting", dt(2025, 4, 30), dt(2025, 12, 31), "On track",
        "Template in use from August 2025; three months' evidence needed before closure.")
    row(9, None, "PF2.1", "Low",
        "Document the process for handling unmatched fee payments.",
        "Write desk instructions for the unmatched payments suspense account and train the Fees "
        "team.",
        "Fees Team Leader", dt(2025, 7, 31), None, "Overdue",
        "Desk instructions drafted; training slipped because of the peak renewals period.")
    t.merge_cells("A8:A9")
    a3 = "Contract Management (2025-26, Moderate assurance)"
    row(10, a3, "CM1.1", "High",
        "The IPO should ensure that all contracts above £100k have a named contract manager and a "
        "contract management plan.",
        "Assign a trained contract manager to each of the 23 contracts above £100k and record them "
        "on the contracts register.",
        "Head of Commercial", dt(2025, 12, 31), None, "On track",
        "17 of 23 contracts have a named manager; remaining six to be assigned in November.")
    row(11, None, "CM1.2", None, None,
        "Require contract management plans for Gold and Silver contracts, reviewed quarterly by the "
        "Commercial Board.",
        "Head of Commercial; Deputy Director Finance", "Q4 2025-26", None, "On track",
        "Plan template agreed by Commercial Board on 2 October 2025.")
    t.merge_cells("A10:A11")
    t.merge_cells("C10:C11")
    t.merge_cells("D10:D11")
    t["A13"] = ("Note: actions reported as implemented remain on the tracker until GIAA has "
                "validated closure, and are then removed.")
    t["A13"].font = Font(italic=True)
    widths = [30, 8, 9, 44, 48, 28, 13, 13, 12, 48]
    for j, w in enumerate(widths):
        t.column_dimensions[chr(65 + j)].width = w
    t.freeze_panes = "B5"
    wb.save(p("hf1-intellectual-property-office-arac-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    para = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            para = cell.add_paragraph()
        run = para.add_run(part)
        run.bold = bold
        run.font.size = Pt(9)


def add_table(doc, header, rows, widths=None, header_fill="D9E2F3"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for j, h in enumerate(header):
        set_cell(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], header_fill)
    for r in rows:
        cells = t.add_row().cells
        for j, v in enumerate(r):
            set_cell(cells[j], v)
    return t


# ---------------------------------------------------------------------------
# 4. Chilton Fields School - independent school standards action plan (docx)
# ---------------------------------------------------------------------------
def make_school():
    doc = Document()
    h = doc.add_paragraph()
    r = h.add_run("Chilton Fields School: action plan to meet the independent school standards")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph(
        "Submitted to the Department for Education in response to the notice requiring an action "
        "plan dated 14 November 2024, following the Ofsted standard inspection of 24 to 26 "
        "September 2024.")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in (("DfE number", "881/6012"),
                 ("Proprietor", "Fieldway Education Ltd"),
                 ("Headteacher", "Mrs Helen Ashworth"),
                 ("Date of plan", "12 December 2024"),
                 ("Progress review", "3 March 2025 (see Status column)")):
        cells = info.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "F2F2F2")
        set_cell(cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete – step taken and evidence held; On track – underway "
                      "within the timescale; Not started.")
    hdr = ["No.", "Step to be taken", "Person(s) responsible", "Date by which the step will be taken",
           "Success criteria", "Monitoring (who and when)", "Status"]

    def standard(text):
        para = doc.add_paragraph()
        run = para.add_run(text)
        run.bold = True

    doc.add_heading("Part 3. Welfare, health and safety of pupils", level=1)
    standard("Paragraph 7(a) and (b): The proprietor ensures that arrangements are made to "
             "safeguard and promote the welfare of pupils at the school, and that such arrangements "
             "have regard to any guidance issued by the Secretary of State.")
    add_table(doc, hdr, [
        ("1.1", "Commission an external safeguarding review from the local authority designated "
                "officer service and act on its findings.",
         "Proprietor (Director of Education)", "31 January 2025",
         "Review report received; all recommendations on the safeguarding action log.",
         "Proprietor board, January 2025", "Complete"),
        ("1.2", "Record all safeguarding concerns on CPOMS, with the DSL reviewing every open "
                "concern weekly.\nDeputy DSLs cover the weekly review when the DSL is absent.",
         "Headteacher and DSL", "By 28 February 2025",
         "No concern open for more than seven days without a recorded review.",
         "Independent education adviser, each half term", "Complete"),
        ("1.3", "Deliver level 3 safeguarding training to all staff who hold deputy DSL "
                "responsibilities.",
         "DSL", "Spring term 2025",
         "All four deputy DSLs hold in-date level 3 certificates.",
         "Headteacher, termly report to proprietor", "On track"),
    ])
    doc.add_paragraph()
    standard("Paragraph 16(a) and (b): The proprietor ensures that the welfare of pupils is "
             "safeguarded and promoted by the drawing up and effective implementation of a written "
             "risk assessment policy, and that appropriate action is taken to reduce risks that "
             "are identified.")
    add_table(doc, hdr, [
        ("2.1", "Rewrite the risk assessment policy to include individual pupil risk assessments "
                "for off-site learning.",
         "Deputy Headteacher", "31 January 2025",
         "Policy approved by the proprietor and published on the school website.",
         "Proprietor board, February 2025", "Complete"),
        ("2.2", "Complete individual risk assessments for every pupil who accesses off-site or "
                "vocational provision, reviewed each half term.",
         "Deputy Headteacher; Class Teachers", "March 2025",
         "Every pupil on off-site provision has a current risk assessment on file.",
         "Headteacher sample check, half-termly", "On track"),
    ])
    doc.add_heading("Part 5. Premises of and accommodation at schools", level=1)
    standard("Paragraph 25: The proprietor ensures that the school premises and the accommodation "
             "and facilities provided therein are maintained to a standard such that, so far as is "
             "reasonably practicable, the health, safety and welfare of pupils are ensured.")
    add_table(doc, hdr, [
        ("3.1", "Replace the damaged perimeter fencing beside the car park and install a "
                "self-closing gate to the playground.",
         "Site Manager", "February half-term 2025",
         "Fencing and gate certified by contractor; no gaps in the perimeter.",
         "Proprietor site visit, March 2025", "Complete"),
        ("3.2", "Introduce a weekly documented site safety walk by the site manager and a termly "
                "check by the proprietor.",
         "Site Manager / Proprietor", "Termly",
         "Weekly log complete; actions closed within five working days.",
         "Headteacher, weekly; proprietor, termly", "On track"),
    ])
    doc.add_heading("Part 8. Quality of leadership in and management of schools", level=1)
    standard("Paragraph 34(1)(a) to (c): The proprietor ensures that persons with leadership and "
             "management responsibilities at the school demonstrate good skills and knowledge "
             "appropriate to their role, fulfil their responsibilities effectively so that the "
             "independent school standards are met consistently, and actively promote the "
             "well-being of pupils.")
    add_table(doc, hdr, [
        ("4.1", "Appoint an independent education adviser to report to the proprietor each half "
                "term on compliance with the independent school standards.",
         "Proprietor", "By 31 January 2025",
         "Adviser appointed; first compliance report received.",
         "Proprietor board, each half term", "Complete"),
        ("4.2", "Carry out a full audit of the school against all of the independent school "
                "standards and present it to the proprietor board.",
         "Headteacher", "Summer term 2025",
         "Audit presented with no standard rated as unmet.",
         "Proprietor board, July 2025", "Not started"),
    ])
    doc.add_paragraph()
    sign = doc.add_table(rows=0, cols=2)
    sign.style = "Table Grid"
    for k, v in (("Signed on behalf of the proprietor", "D. Marsh, Director of Education, "
                                                         "Fieldway Education Ltd"),
                 ("Date", "12 December 2024")):
        cells = sign.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.save(p("hf1-chilton-fields-school-independent-school-standards-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Westcliffe Medical Practice - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_gp():
    doc = Document()
    t = doc.add_paragraph()
    r = t.add_run("Westcliffe Medical Practice – CQC Inspection Action Plan")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
    cover = doc.add_table(rows=0, cols=2)
    cover.style = "Table Grid"
    for k, v in (("Practice", "Westcliffe Medical Practice (Dr A Rahman & Partners)"),
                 ("CQC location ID", "1-543210987"),
                 ("Inspection date", "14 May 2024"),
                 ("Overall rating", "Requires improvement"),
                 ("Plan prepared by", "Practice Manager"),
                 ("Version / date", "v2 – 19 August 2024")):
        cells = cover.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "DEEAF6")
        set_cell(cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph(
        "This plan sets out the actions the practice is taking in response to the requirement "
        "notices and the 'should' improvements in the CQC report published on 2 July 2024. It is "
        "reviewed at the monthly partners' meeting.")
    doc.add_paragraph("Status: Complete (blue) / On track (green) / Delayed (amber) / Not started")
    hdr = ["Ref", "Action", "Lead", "Target date", "Status", "Progress update"]

    def plan_table(blocks):
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for j, h in enumerate(hdr):
            set_cell(tb.rows[0].cells[j], h, bold=True)
            shade(tb.rows[0].cells[j], "1F3864")
            for run in tb.rows[0].cells[j].paragraphs[0].runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for heading, actions in blocks:
            cells = tb.add_row().cells
            merged = cells[0].merge(cells[5])
            set_cell(merged, heading, bold=True)
            shade(merged, "F2F2F2")
            for a in actions:
                cells = tb.add_row().cells
                for j, v in enumerate(a):
                    set_cell(cells[j], v)
        return tb

    doc.add_heading("Part A: Requirement notices (breaches of regulation)", level=2)
    plan_table([
        ("Regulation 12 Safe care and treatment: The provider must ensure care and treatment is "
         "provided in a safe way for service users.", [
            ("1.1", "Complete the backlog of structured medication reviews for patients prescribed "
                    "high-risk medicines (methotrexate, lithium, warfarin, DOACs).\nPatients on "
                    "methotrexate and lithium to be reviewed first.",
             "Dr A Rahman (GP Partner) / Clinical Pharmacist", "31/07/2024", "Complete",
             "All 146 patients reviewed by 26 July 2024."),
            ("1.2", "Set up monthly searches for overdue blood monitoring and add a recall alert to "
                    "the patient record.",
             "Clinical Pharmacist", "30/06/2024", "Complete",
             "Searches run on the first working day of each month since June."),
            ("1.3", "Record emergency medicines and oxygen checks weekly on a checklist kept with "
                    "the emergency trolley.",
             "Lead Practice Nurse", "End of June 2024", "Complete",
             "Checklist in use; spot check by Practice Manager in July found no gaps."),
        ]),
        ("Regulation 17 Good governance: The provider must establish and operate effective systems "
         "and processes to ensure good governance in accordance with the fundamental standards of "
         "care.", [
            ("2.1", "Introduce a practice risk register and review it at the monthly partners' "
                    "meeting.",
             "Practice Manager", "31/08/2024", "On track",
             "Draft register agreed at July partners' meeting."),
            ("2.2", "Review all practice policies, including safeguarding and significant events, "
                    "and set review dates on the policy log.",
             "Practice Manager & Deputy Practice Manager", "30/09/2024", "On track",
             "22 of 31 policies reviewed."),
            ("2.3", "Clear the backlog of 420 new patient records awaiting summarising and audit "
                    "summarising quality quarterly.",
             "Senior Administrator (Summarising)", "31/10/2024", "Delayed",
             "180 records outstanding; additional summariser hours agreed from September."),
        ]),
    ])
    doc.add_heading("Part B: Areas where the practice should make improvements", level=2)
    plan_table([
        ("Continue to improve the uptake of cervical screening.", [
            ("3.1", "Offer a Saturday morning smear clinic once a month and send text reminders to "
                    "patients overdue for screening.",
             "Lead Practice Nurse", "Ongoing – reviewed quarterly", "On track",
             "Uptake 74.2% (June) up from 71.8% at inspection."),
        ]),
        ("Take steps to improve patient satisfaction with telephone access.", [
            ("4.1", "Move to a cloud-based telephone system with call-back and queue position "
                    "messages.",
             "Practice Manager", "30/09/2024", "Complete",
             "New system went live 5 August 2024."),
            ("4.2", "Repeat the in-house patient access survey and share the results with the "
                    "Patient Participation Group.",
             "Practice Manager; PPG Chair", "December 2024", "Not started",
             "Survey planned for November, three months after the new telephone system."),
        ]),
    ])
    doc.add_paragraph()
    doc.add_paragraph("Approved by the partners on 19 August 2024. Next review: partners' meeting, "
                      "16 September 2024.")
    doc.save(p("hf1-westcliffe-medical-practice-cqc-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Nottinghamshire Healthcare - Rampton Hospital CQC plan export (csv) - refuse
# ---------------------------------------------------------------------------
def make_rampton():
    cols = ["Action ID", "Type", "CQC Requirement", "Action", "Action Owner", "Due Date",
            "Revised Due Date", "Status", "Latest Update"]
    n = len(cols)

    def pad(first):
        return [first] + [""] * (n - 1)

    rq1 = ("The trust must ensure there are sufficient numbers of suitably qualified staff on "
           "each ward to meet patients' needs, including access to fresh air and activities. (Reg 18)")
    rq2 = ("The trust must ensure that seclusion and long-term segregation are reviewed in line "
           "with the Mental Health Act Code of Practice and recorded accurately. (Reg 13)")
    rq3 = ("The trust must ensure that patients are protected from abuse and that allegations are "
           "reported to the local authority safeguarding team without delay. (Reg 13)")
    rq4 = ("The trust should ensure that patients have access to psychological therapies in line "
           "with their care plans.")
    rq5 = ("The trust should ensure that ward environments are clean and that maintenance "
           "requests are completed in a timely way.")
    rows = [
        pad("Nottinghamshire Healthcare NHS Foundation Trust – Rampton Hospital (High Secure "
            "Services)"),
        pad("CQC Must Do / Should Do Action Plan – forensic inpatient/secure wards inspection "
            "2024"),
        pad("Report run 28/02/2025 09:14 by Quality Compliance Team"),
        pad(""),
        cols,
        ["RH-MD01", "Must Do", rq1,
         "Complete the recruitment campaign for 60 healthcare assistants and 25 registered nurses "
         "for the high secure service.",
         "Director of Nursing – Forensic Services", "31-Mar-2025", "30-Jun-2025", "On Track",
         "41 HCAs and 14 RNs appointed; next assessment centre 12 March."],
        ["RH-MD02", "Must Do", rq1,
         "Introduce a daily staffing huddle that records any cancelled fresh air or activity "
         "sessions by ward.",
         "Associate Director of Operations", "31-Dec-2024", "", "Complete",
         "Huddle in place since 4 November 2024; cancellations reported weekly."],
        ["RH-MD03", "Must Do", rq2,
         "Audit all seclusion and long-term segregation records monthly against the Code of "
         "Practice review requirements.",
         "Head of Mental Health Act Administration", "31-Jan-2025", "", "Complete & Assured",
         "Three consecutive audits above 95%; assured at Quality Committee in February."],
        ["RH-MD04", "Must Do", rq2,
         "Deliver refresher training on seclusion recording to all ward managers and nurses in "
         "charge.",
         "Clinical Nurse Educator", "30-Apr-2025", "", "On Track",
         "62% of staff trained."],
        ["RH-MD05", "Must Do", rq3,
         "Implement a 24-hour safeguarding referral standard with a daily check by the "
         "safeguarding team.",
         "Named Nurse Safeguarding Adults", "31-Jan-2025", "31-0ct-2025", "Off Track",
         "Standard agreed; IT change to the referral form is delayed by the supplier."],
        ["RH-MD06", "Must Do", rq3,
         "Share learning from safeguarding reviews through monthly ward-based learning sessions.",
         "Named Nurse Safeguarding Adults; Ward Managers", "Monthly", "", "On Track",
         "Sessions held on all wards in January and February."],
        ["RH-SD01", "Should Do", rq4,
         "Recruit two clinical psychologists and agree a waiting-list standard for individual "
         "therapy.",
         "Head of Psychological Services", "30-Sep-2025", "", "On Track",
         "One post filled; second post out to advert."],
        ["RH-SD02", "Should Do", rq5,
         "Hold monthly environment walkrounds with Estates and Facilities and track maintenance "
         "requests to completion.",
         "Head of Estates (Rampton); Matrons", "31-Mar-2025", "", "On Track",
         "Walkrounds started January; 87% of requests completed within target."],
        pad(""),
        pad("Key: Off Track = red; On Track = amber; Complete = green; Complete & Assured = blue"),
    ]
    with open(p("hf1-nottinghamshire-healthcare-rampton-hospital-cqc-must-should-do-action-plan-"
                "typo-month-refuse.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Milton Keynes College Group - SAR quality improvement plan (tab-separated txt)
# ---------------------------------------------------------------------------
def make_mkcg():
    T = "\t"
    head = T.join(["Ref", "Action", "Lead", "Target date", "RAG", "Progress (March 2025)"])
    lines = [
        "MILTON KEYNES COLLEGE GROUP",
        "Quality Improvement Plan 2024/25 – arising from the Self-Assessment Report 2023/24",
        "Monitored by: Quality and Curriculum Committee of the Board (reviewed 11 March 2025)",
        "",
        "RAG key: R = off track; A = some slippage; G = on track; C = complete",
        "",
        "THEME 1: QUALITY OF EDUCATION",
        "1.1 Too few adult learners on Access to HE courses achieve the high grades they need to "
        "progress to competitive university courses.",
        head,
        T.join(["1.1a", "Introduce fortnightly one-to-one tutorials for Access learners focused on "
                        "grade profiles and UCAS offers.",
                "Head of Adult Learning", "31/01/2025", "C",
                "Tutorials in place since October; 68% of learners on track for a merit or "
                "distinction profile."]),
        T.join(["1.1b", "Run a moderation cycle with a partner university for all Access units "
                        "before the final grade board.",
                "Curriculum Manager – Access to HE", "May-25", "G",
                "First moderation event held with the University of Bedfordshire in February."]),
        "1.2 Teachers in construction and engineering do not consistently check learners' "
        "understanding before moving on to new topics.",
        head,
        T.join(["1.2a", "Deliver a CPD programme on questioning and checking understanding to all "
                        "construction and engineering teachers.",
                "Head of Teaching, Learning & Assessment", "Mar-25", "G",
                "Four of five sessions delivered; final session 20 March."]),
        T.join(["1.2b", "Carry out developmental walkthroughs in each construction and engineering "
                        "curriculum area every half term.",
                "Quality Improvement Managers", "Half-termly", "A",
                "Autumn walkthroughs complete; spring walkthroughs delayed in engineering by staff "
                "absence."]),
        "",
        "THEME 2: BEHAVIOUR AND ATTITUDES",
        "2.1 Attendance of 16 to 18 learners at English and mathematics lessons is too low.",
        head,
        T.join(["2.1a", "Introduce same-day absence calls by progress coaches for any missed "
                        "English or mathematics lesson.",
                "Director of Student Services", "30/11/2024", "C",
                "Calls made for 96% of absences since November."]),
        T.join(["2.1b", "Publish weekly attendance league tables by curriculum area at the Monday "
                        "operations meeting.",
                "Director of Student Services / Heads of Department", "31/12/2024", "R",
                "League tables paused in January pending the MIS upgrade; English and maths "
                "attendance 81% against a 90% target."]),
        "",
        "THEME 3: LEADERSHIP AND MANAGEMENT",
        "3.1 Leaders do not yet use the views of employers well enough to shape the curriculum in "
        "digital and creative industries.",
        head,
        T.join(["3.1a", "Establish an employer advisory board for digital and creative industries "
                        "meeting termly.",
                "Vice Principal Curriculum & Quality", "Autumn term 2024", "C",
                "Board met in November and February with nine employers."]),
        T.join(["3.1b", "Review the level 3 digital curriculum against the local skills improvement "
                        "plan priorities, with changes in place for September 2025 enrolment.",
                "Head of Digital & Creative; VP Curriculum & Quality", "Jul-25", "G",
                "Review under way; proposals to Curriculum Planning Group in April."]),
        "",
        "Summary: 8 actions – C 3, G 3, A 1, R 1",
        "Next review: Quality and Curriculum Committee, 17 June 2025",
    ]
    with open(p("hf1-milton-keynes-college-group-self-assessment-quality-improvement-plan.txt"),
              "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    make_wuth()
    make_salford()
    make_ipo()
    make_school()
    make_gp()
    make_rampton()
    make_mkcg()
    print("built 7 files in", HERE)
