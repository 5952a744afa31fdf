#!/usr/bin/env python3
"""Build the seven ztf- blind test files (set heldout670).

Run with: /work/main/.venv/bin/python ztf_make.py
Writes only files whose names start with 'ztf-' in this script's folder.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("ztf-")
    return os.path.join(HERE, name)


def fill(hex6):
    return PatternFill(start_color=hex6, end_color=hex6, fill_type="solid")


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

BLUE = "4F81BD"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
HEAD = "1F4E78"


# ---------------------------------------------------------------------------
# 1. Yorkshire Wildlife Trust - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def make_ywt():
    title = "Yorkshire Wildlife Trust – Internal Audit Recommendations Tracker"
    wb = Workbook()

    # Summary sheet
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14, color=HEAD)
    s["A2"] = "Summary of recommendations by audit – position as at 31 October 2025"
    s["A2"].font = Font(italic=True)
    hdr = ["Audit report", "Assurance", "Total actions", "Implemented",
           "On track", "Revised date agreed", "Overdue", "Not started"]
    for c, h in enumerate(hdr, 1):
        cell = s.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(HEAD)
        cell.border = BOX
        cell.alignment = WRAP
    rows = [
        ["2024/25 Safeguarding", "Limited", 3, 2, 1, 0, 0, 0],
        ["2024/25 Payroll and Expenses", "Reasonable", 2, 0, 0, 1, 1, 0],
        ["2025/26 Cyber Security", "Limited", 2, 0, 1, 0, 0, 1],
    ]
    r = 5
    for row in rows:
        for c, v in enumerate(row, 1):
            cell = s.cell(row=r, column=c, value=v)
            cell.border = BOX
        r += 1
    s.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for c in range(3, 9):
        col = chr(64 + c)
        cell = s.cell(row=r, column=c, value=f"=SUM({col}5:{col}7)")
        cell.font = Font(bold=True)
        cell.border = BOX
    s.cell(row=r, column=1).border = BOX
    s.cell(row=r, column=2).border = BOX
    s.column_dimensions["A"].width = 34
    s.column_dimensions["B"].width = 14
    for col in "CDEFGH":
        s.column_dimensions[col].width = 13

    # Tracker sheet
    t = wb.create_sheet("Tracker")
    t["A1"] = title
    t["A1"].font = Font(bold=True, size=14, color=HEAD)
    t["A2"] = "Report to Audit & Risk Committee – 18 November 2025"
    t["A3"] = "RAG status is shown by the colour of the RAG cell – see Key tab"
    t["A3"].font = Font(italic=True, size=9)
    hdr = ["Ref", "Priority", "Recommendation", "Agreed management action",
           "Responsible officer", "Original target date", "Revised target date",
           "RAG", "Progress update (October 2025)"]
    for c, h in enumerate(hdr, 1):
        cell = t.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(HEAD)
        cell.border = BOX
        cell.alignment = WRAP

    def section(row, text):
        t.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        cell = t.cell(row=row, column=1, value=text)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)

    def action(row, ref, prio, rec, act, officer, orig, rev, rag, prog):
        vals = [ref, prio, rec, act, officer, orig, rev, None, prog]
        for c, v in enumerate(vals, 1):
            if v is None and c in (2, 3):
                continue
            cell = t.cell(row=row, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if c in (6, 7) and isinstance(v, dt.date):
                cell.number_format = "dd/mm/yyyy"
        rc = t.cell(row=row, column=8)
        rc.border = BOX
        if rag:
            rc.fill = fill(rag)

    section(6, "2024/25 – Safeguarding (Limited assurance)")
    action(7, "SG1", "High",
           "The Trust should ensure that all staff and volunteers in roles requiring a DBS check "
           "have a current check recorded on the HR system before they start in post.",
           "Complete a full reconciliation of DBS checks against the HR system and the volunteer "
           "database, and chase all missing or expired checks.",
           "Head of People", dt.datetime(2025, 3, 31), dt.datetime(2025, 9, 30), BLUE,
           "Reconciliation completed August 2025; 14 expired checks renewed. Evidence provided "
           "to Internal Audit.")
    # one recommendation, two management actions: priority and recommendation merged
    t.cell(row=8, column=2, value="Medium")
    t.cell(row=8, column=3,
           value="Safeguarding training should be mandatory and monitored for all volunteers "
                 "working with children and adults at risk.")
    action(8, "SG2.1", None, None,
           "Add the safeguarding e-learning module to the volunteer induction pathway in "
           "Better Impact.",
           "Volunteering Manager", dt.datetime(2025, 6, 30), None, BLUE,
           "Module live from 2 June 2025.")
    action(9, "SG2.2", None, None,
           "Report volunteer safeguarding training completion rates to the Safeguarding Group "
           "each quarter.",
           "Safeguarding Lead / Volunteering Manager", dt.datetime(2025, 12, 31), None, GREEN,
           "First report (Q2) taken to Safeguarding Group in October; 71% completion.")
    t.merge_cells("B8:B9")
    t.merge_cells("C8:C9")
    for rr in (8, 9):
        for cc in (2, 3):
            t.cell(row=rr, column=cc).alignment = WRAP
            t.cell(row=rr, column=cc).border = BOX

    section(10, "2024/25 – Payroll and Expenses (Reasonable assurance)")
    action(11, "PE1", "Medium",
           "Changes to standing payroll data should be independently checked before the monthly "
           "payroll is run.",
           "Introduce a monthly payroll exceptions report, signed off by the Finance Manager "
           "before the BACS submission.",
           "Finance Manager", dt.datetime(2025, 5, 31), dt.datetime(2026, 1, 31), AMBER,
           "Report format agreed with payroll bureau; go-live delayed to January 2026 payroll "
           "by the finance system change.")
    action(12, "PE2", "Low",
           "The expenses policy should be updated to reflect current HMRC mileage rates and the "
           "use of purchasing cards.",
           "Revise and reissue the Expenses Policy following approval by the Finance & Resources "
           "Committee.",
           "Head of Finance", dt.datetime(2025, 3, 31), None, RED,
           "Draft policy not yet taken to committee.")

    section(13, "2025/26 – Cyber Security (Limited assurance)")
    action(14, "CY1", "High",
           "Multi-factor authentication should be enforced for all user accounts, including "
           "those of volunteers and trustees with Trust email addresses.",
           "Enforce MFA through Microsoft Entra conditional access for all accounts, including "
           "trustee and volunteer mailboxes.",
           "IT Manager", dt.datetime(2025, 11, 30), None, GREEN,
           "Staff accounts complete; trustee and volunteer accounts being enrolled in November.")
    action(15, "CY2", "Medium",
           "The Trust should test its IT disaster recovery plan at least annually.",
           "Carry out a tabletop exercise of the IT Disaster Recovery Plan with the Senior "
           "Leadership Team and record the lessons learned.",
           "IT Manager & Director of Finance and Resources", dt.datetime(2026, 3, 31), None,
           None, "Not yet started – scheduled for February 2026.")

    t["A17"] = ("Note: actions shown blue are reported once as implemented and are then "
                "removed from the tracker.")
    t["A17"].font = Font(italic=True, size=9)
    widths = {"A": 8, "B": 10, "C": 42, "D": 42, "E": 22, "F": 13, "G": 13, "H": 7, "I": 40}
    for k, v in widths.items():
        t.column_dimensions[k].width = v
    t.freeze_panes = "A6"

    # Key sheet
    k = wb.create_sheet("Key")
    k["A1"] = "RAG key"
    k["A1"].font = Font(bold=True, size=12)
    key = [
        (BLUE, "Implemented – evidence verified by Internal Audit"),
        (GREEN, "In progress – on track for the target date"),
        (AMBER, "In progress – revised target date agreed by the Audit & Risk Committee"),
        (RED, "Overdue – past the target date with no agreed revision"),
        (None, "No colour – not yet started"),
    ]
    for i, (col, text) in enumerate(key, 3):
        c = k.cell(row=i, column=1)
        c.border = BOX
        if col:
            c.fill = fill(col)
        k.cell(row=i, column=2, value=text)
    k["A10"] = "Priority"
    k["A10"].font = Font(bold=True, size=12)
    pri = [("High", "Fundamental control weakness – action within 3 months"),
           ("Medium", "Significant weakness – action within 6 months"),
           ("Low", "Improvement to good practice – action within 12 months")]
    for i, (p, d) in enumerate(pri, 11):
        k.cell(row=i, column=1, value=p)
        k.cell(row=i, column=2, value=d)
    k.column_dimensions["A"].width = 10
    k.column_dimensions["B"].width = 70

    wb.save(out("ztf-yorkshire-wildlife-trust-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Northern Ireland Screen - corporate risk register (xlsx)
# ---------------------------------------------------------------------------
def make_nis():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Northern Ireland Screen"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Corporate Risk Register 2025/26 – document control"
    cov["A4"] = "Risk register owner:"
    cov["B4"] = "Chief Operating Officer"
    cov["A5"] = "Reviewed by:"
    cov["B5"] = "Senior Management Team (monthly); Audit and Risk Assurance Committee (quarterly)"
    hdr = ["Version", "Date", "Author", "Summary of changes"]
    for c, h in enumerate(hdr, 1):
        cell = cov.cell(row=7, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
        cell.border = BOX
    vers = [
        ["v1.0", "03/04/2025", "Governance Officer", "2025/26 register approved by Board"],
        ["v1.1", "19/06/2025", "Governance Officer", "Q1 review – CR4 added"],
        ["v1.2", "25/09/2025", "Governance Officer",
         "Q2 review – scores and actions updated for ARAC 9 October 2025"],
    ]
    for i, row in enumerate(vers, 8):
        for c, v in enumerate(row, 1):
            cov.cell(row=i, column=c, value=v).border = BOX
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 20
    cov.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Corporate Risk Register")
    ws["A1"] = "Northern Ireland Screen – Corporate Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=14, color=HEAD)
    ws["A2"] = "Quarter 2 review – September 2025. Scores: Impact (1–5) x Likelihood (1–5)"
    ws["A2"].font = Font(italic=True)

    ws.merge_cells("E4:G4")
    ws["E4"] = "Inherent risk"
    ws.merge_cells("I4:K4")
    ws["I4"] = "Residual risk"
    ws.merge_cells("L4:P4")
    ws["L4"] = "Further actions"
    for a in ("E4", "I4", "L4"):
        ws[a].font = Font(bold=True)
        ws[a].alignment = Alignment(horizontal="center")
        ws[a].fill = fill(GREY)
    hdr = ["Risk", "Risk description", "Risk owner", "Category", "I", "L", "Score",
           "Key existing controls", "I", "L", "Score", "Ref", "Further action required",
           "Action owner", "Target date", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(HEAD)
        cell.border = BOX
        cell.alignment = WRAP

    def score_fill(v):
        return fill(RED) if v >= 15 else fill(AMBER) if v >= 8 else fill(GREEN)

    risks = [
        dict(rows=(6, 7), risk="CR1 – Reduction in public funding",
             desc="Insufficient budget allocations from DfC and DfE in 2025/26 and 2026/27 "
                  "lead to reduced support for the screen industry and failure to deliver the "
                  "Screen Strategy targets.",
             owner="Chief Executive", cat="Financial", inh=(5, 4), res=(4, 4),
             controls="Regular engagement with sponsor departments; multi-year funding "
                      "scenarios; Board oversight of budget through Finance Committee.",
             actions=[("1.1", "Submit the 2026/27 budget bid and business case for a Screen Fund "
                              "uplift to DfE and DfC.", "Chief Executive", "Dec 2025", "G"),
                      ("1.2", "Model the impact of a flat-cash settlement on Screen Strategy "
                              "targets and present an options paper to the Board.",
                       "Chief Operating Officer", "Q4 2025/26", "A")]),
        dict(rows=(8, 9), risk="CR2 – Cyber attack or loss of data",
             desc="A cyber incident or data breach disrupts operations, compromises applicant "
                  "and production data and damages reputation.",
             owner="Chief Operating Officer", cat="Operational", inh=(5, 4), res=(4, 3),
             controls="Managed IT service with 24/7 monitoring; MFA on all accounts; "
                      "backups tested quarterly; Cyber Essentials certification.",
             actions=[("2.1", "Achieve Cyber Essentials Plus recertification.", "Head of IT",
                       "Sep 2025", "B"),
                      ("2.2", "Run quarterly phishing simulations and annual refresher training "
                              "for all staff and Board members.", "Head of IT / HR Manager",
                       "Ongoing", "G")]),
        dict(rows=(10, 10), risk="CR3 – Non-compliance with funding conditions",
             desc="Weak post-award monitoring means Screen Fund awards are not spent in line "
                  "with the funding agreement and Managing Public Money NI, leading to "
                  "irregular expenditure.",
             owner="Chief Operating Officer", cat="Compliance", inh=(4, 3), res=(4, 2),
             controls="Funding agreements with standard conditions; spend reports required "
                      "before final payment; independent audit of larger awards.",
             actions=[("3.1", "Implement the revised post-award monitoring framework for Screen "
                              "Fund productions, including spend verification sampling, "
                              "following the internal audit recommendation.",
                       "Head of Production Finance", "Mar 2026", "A")]),
        dict(rows=(11, 12), risk="CR4 – Loss of productions to other jurisdictions",
             desc="Changes to UK tax reliefs and competition from other locations reduce the "
                  "number of major productions choosing Northern Ireland.",
             owner="Head of Production", cat="Strategic", inh=(4, 4), res=(4, 3),
             controls="Inward investment team; studio partnerships; crew training "
                      "programmes; Screen Fund incentives.",
             actions=[("4.1", "Engage with DCMS, HM Treasury and NI departments on the impact "
                              "of the Independent Film Tax Credit and AVEC changes on NI "
                              "competitiveness.", "Chief Executive; Head of Production",
                       "Jan 2026", "G"),
                      ("4.2", "Refresh the inward investment marketing plan targeting US "
                              "studios and streamers.", "Head of Marketing", "Nov 2025", "R")]),
    ]
    for rk in risks:
        r0, r1 = rk["rows"]
        ii, il = rk["inh"]
        ri, rl = rk["res"]
        vals = {1: rk["risk"], 2: rk["desc"], 3: rk["owner"], 4: rk["cat"], 5: ii, 6: il,
                7: ii * il, 8: rk["controls"], 9: ri, 10: rl, 11: ri * rl}
        for c, v in vals.items():
            cell = ws.cell(row=r0, column=c, value=v)
            cell.alignment = WRAP
            if c in (7, 11):
                cell.fill = score_fill(v)
                cell.alignment = Alignment(horizontal="center", vertical="top")
            if r1 > r0:
                ws.merge_cells(start_row=r0, start_column=c, end_row=r1, end_column=c)
        ws.cell(row=r0, column=1).font = Font(bold=True)
        for i, (ref, act, own, tgt, rag) in enumerate(rk["actions"]):
            r = r0 + i
            for c, v in zip(range(12, 17), (ref, act, own, tgt, rag)):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
        for r in range(r0, r1 + 1):
            for c in range(1, 17):
                ws.cell(row=r, column=c).border = BOX

    ws["A14"] = ("Action RAG: G = on track; A = some slippage, recoverable; "
                 "R = significant slippage; B = action complete")
    ws["A14"].font = Font(italic=True, size=9)
    ws["A15"] = "Residual score 15 or above is outside the Board’s risk appetite and is escalated to the Board."
    ws["A15"].font = Font(italic=True, size=9)
    widths = {"A": 24, "B": 40, "C": 18, "D": 12, "E": 4, "F": 4, "G": 6, "H": 38, "I": 4,
              "J": 4, "K": 6, "L": 5, "M": 44, "N": 22, "O": 11, "P": 5}
    for k_, v in widths.items():
        ws.column_dimensions[k_].width = v
    ws.freeze_panes = "A6"

    m = wb.create_sheet("Scoring matrix")
    m["A1"] = "Risk scoring matrix (Impact x Likelihood)"
    m["A1"].font = Font(bold=True)
    m["A3"] = "Impact \\ Likelihood"
    for L in range(1, 6):
        m.cell(row=3, column=L + 1, value=L).font = Font(bold=True)
    for i, I in enumerate(range(5, 0, -1), 4):
        m.cell(row=i, column=1, value=I).font = Font(bold=True)
        for L in range(1, 6):
            c = m.cell(row=i, column=L + 1, value=I * L)
            c.fill = score_fill(I * L)
            c.border = BOX
    m["A10"] = "1–7 Low (green); 8–14 Medium (amber); 15–25 High (red)"

    wb.save(out("ztf-northern-ireland-screen-corporate-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 3. Connect Housing - monday.com board export (xlsx) - typo month -> refuse
# ---------------------------------------------------------------------------
def make_connect():
    wb = Workbook()
    ws = wb.active
    ws.title = "Awaab's Law Readiness"
    ws["A1"] = "Awaab’s Law – Readiness Action Plan"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = ("Connect Housing | Board owner: Damp, Mould & Hazards Working Group | "
                "Exported 10/11/2025")
    ws["A2"].font = Font(size=9, color="676879")
    headers = ["Name", "Owner", "Status", "Target date", "Priority", "Notes", "Item ID"]
    status_fill = {"Done": "00C875", "Working on it": "FDAB3D", "Stuck": "E2445C",
                   "Not Started": "C4C4C4"}
    groups = [
        (4, "Policy & Governance", "579BFC", [
            ("Approve Hazards (Damp & Mould and Emergency Repairs) Policy at Board",
             "Rachel Ingham", "Done", "Sept 2025", "High", "Approved by Board 24/09/25",
             1890023451),
            ("Update repairs handbook & tenant-facing timescales",
             "Rachel Ingham, Daniel Moss", "Working on it", "Oct 2025", "High",
             "Draft with Tenant Voice panel", 1890023477),
            ("Add Awaab’s Law compliance KPIs to Board performance report", "Mark Stead",
             "Not Started", "Dec 2025", "Medium", "", 1890023502),
        ]),
        (10, "Operational Readiness", "A25DDC", [
            ("Triage script for emergency hazards in contact centre (24 hr response)",
             "Priya Nair", "Done", "Oct 2025", "High", "Live from 27/10/25", 1890024110),
            ("Recruit 2 x damp & mould surveyors", "Daniel Moss", "Stuck", "Nov 2025",
             "High", "Second advert out – no suitable applicants first round", 1890024133),
            ("Temporary decant arrangements – framework with local B&Bs and serviced flats",
             "Lisa Holroyd", "Working on it", "Febuary 2026", "Medium",
             "Procurement route agreed with Finance", 1890024158),
            ("Toolbox talks for all operatives and contractors", "Daniel Moss",
             "Working on it", "Dec 2025", "Medium", "", 1890024171),
        ]),
        (17, "Data & Systems", "FF642E", [
            ("Configure hazard timers in Civica CX repairs module", "Mark Stead",
             "Working on it", "Jan 2026", "High", "UAT w/c 17/11", 1890025004),
            ("Stock condition data – flag homes with previous damp & mould reports",
             "Mark Stead, Priya Nair", "Not Started", "Mar 2026", "Low", "", 1890025029),
        ]),
    ]
    for row, gname, gcol, items in groups:
        g = ws.cell(row=row, column=1, value=gname)
        g.font = Font(bold=True, size=13, color=gcol)
        for c, h in enumerate(headers, 1):
            cell = ws.cell(row=row + 1, column=c, value=h)
            cell.font = Font(bold=True)
            cell.border = BOX
        for i, item in enumerate(items):
            r = row + 2 + i
            for c, v in enumerate(item, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
            sc = ws.cell(row=r, column=3)
            sc.fill = fill(status_fill[item[2]])
            sc.font = Font(color="FFFFFF")
            sc.alignment = Alignment(horizontal="center")
    widths = {"A": 62, "B": 28, "C": 15, "D": 14, "E": 10, "F": 46, "G": 13}
    for k_, v in widths.items():
        ws.column_dimensions[k_].width = v
    wb.save(out("ztf-connect-housing-awaabs-law-readiness-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, color=None):
    """Put text in a cell; '\n' in text makes separate paragraphs."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


def header_row(table, headers, bg="1F4E78"):
    for c, h in enumerate(headers):
        cell = table.rows[0].cells[c]
        set_cell(cell, h, bold=True, color="FFFFFF")
        shade(cell, bg)


# ---------------------------------------------------------------------------
# 4. Hospice UK - governance review (Charity Governance Code) action plan (docx)
# ---------------------------------------------------------------------------
def make_hospiceuk():
    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Hospice UK Governance Review 2025: Action Plan", level=0)
    d.add_paragraph(
        "This action plan responds to the independent review of the Board’s governance against "
        "the Charity Governance Code (larger charities), carried out by an external reviewer "
        "between March and May 2025. It was approved by the Board of Trustees on 23 September "
        "2025 and progress is reported to each meeting of the Governance and Nominations "
        "Committee.")
    d.add_paragraph("Document control").runs[0].bold = True
    dc = d.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    header_row(dc, ["Version", "Date", "Author", "Changes"], bg="595959")
    for row in [("0.3", "12/08/2025", "Company Secretary",
                 "Draft for Governance and Nominations Committee"),
                ("1.0", "23/09/2025", "Company Secretary", "Approved by the Board"),
                ("1.1", "04/12/2025", "Company Secretary",
                 "Progress update for December committee")]:
        cells = dc.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v)
    d.add_paragraph()
    d.add_paragraph("Progress key").runs[0].bold = True
    key = d.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for lab, col, text in [("Complete", "4F81BD", "Action completed"),
                           ("G", "00B050", "On track"),
                           ("A", "FFC000", "At risk of slipping"),
                           ("R", "FF0000", "Overdue or off track"),
                           ("Not started", "FFFFFF", "Not yet started")]:
        cells = key.add_row().cells
        set_cell(cells[0], lab, bold=True)
        shade(cells[0], col)
        set_cell(cells[1], text)

    headers = ["No.", "Reviewer’s recommendation", "Action", "Lead", "By when", "Progress",
               "RAG"]
    rag_col = {"Complete": "4F81BD", "G": "00B050", "A": "FFC000", "R": "FF0000",
               "Not started": "FFFFFF"}

    def plan_table(heading, rows, merge=None):
        d.add_heading(heading, level=1)
        t = d.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        header_row(t, headers)
        for row in rows:
            cells = t.add_row().cells
            for c, v in enumerate(row):
                set_cell(cells[c], v)
            shade(cells[6], rag_col[row[6]])
        if merge:
            a, b = merge  # table row indices sharing one recommendation
            text = rows[a - 1][1]
            m = t.cell(a, 1).merge(t.cell(b, 1))
            set_cell(m, text)

    plan_table("Principle 2: Leadership", [
        ("2.1", "The Board should agree a clear statement of the respective roles of the Chair, "
                "Vice Chair and Chief Executive.",
         "Draft role descriptions for the Chair, Vice Chair and Chief Executive and bring them "
         "to the Board for approval.",
         "Company Secretary", "December 2025", "Role descriptions approved by the Board on "
         "2 December 2025.", "Complete"),
    ])
    plan_table("Principle 4: Decision-making, risk and control", [
        ("4.1", "The scheme of delegation is out of date and should be reviewed alongside the "
                "terms of reference of the Board’s committees.",
         "Review and update the Scheme of Delegation to reflect the current executive "
         "structure.",
         "Chief Executive and Director of Finance", "March 2026",
         "Executive review under way; draft to Audit and Risk Committee in February.", "G"),
        ("4.2", "The scheme of delegation is out of date and should be reviewed alongside the "
                "terms of reference of the Board’s committees.",
         "Refresh the terms of reference of the Audit and Risk, Remuneration, and Governance "
         "and Nominations committees.",
         "Company Secretary", "Q4 2025/26", "Committee chairs consulted.", "G"),
        ("4.3", "Trustees should receive a more concise risk report that highlights movements "
                "in principal risks.",
         "Introduce a one-page risk dashboard to each Board meeting, with a deep dive on one "
         "principal risk per meeting.",
         "Chair of Audit and Risk Committee", "January 2026",
         "Dashboard template drafted; first deep dive to be scheduled.", "A"),
    ], merge=(1, 2))
    plan_table("Principle 5: Board effectiveness", [
        ("5.1", "A skills audit should be completed and used to inform trustee recruitment.",
         "Complete a trustee skills and diversity audit and use the results to agree the "
         "recruitment brief for the 2026 vacancies.",
         "Chair; Chair of Governance and Nominations Committee", "February 2026",
         "Skills audit questionnaire not yet issued to all trustees.", "R"),
        ("5.2", "The Board should carry out an annual evaluation of its own performance, with an "
                "externally facilitated review every three years.",
         "Introduce an annual Board effectiveness questionnaire, with the results discussed at "
         "the Board away day.",
         "Chair", "Annually", "", "Not started"),
    ])
    plan_table("Principle 7: Openness and accountability", [
        ("7.1", "The charity should publish more information about how the Board works.",
         "Publish trustee biographies, committee membership and attendance, and a summary of "
         "Board decisions on the Hospice UK website.",
         "Head of Communications", "31 January 2026",
         "Content gathered; awaiting website template.", "A"),
    ])
    d.add_paragraph()
    d.add_paragraph("Principles 1, 3 and 6: the reviewer made no recommendations requiring "
                    "action. These principles will be revisited at the next review in 2028.")
    d.save(out("ztf-hospice-uk-charity-governance-code-review-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. CalMac Ferries - ICO data protection audit action plan (docx)
# ---------------------------------------------------------------------------
def make_calmac():
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    d.add_heading("CalMac Ferries Ltd – ICO Data Protection Audit: Action Plan", level=0)
    p = d.add_paragraph("Audit fieldwork: June 2025 | Final report issued: 28 August 2025 | "
                        "Progress as at 30 November 2025")
    p.runs[0].italic = True
    d.add_paragraph("Plan owner: Data Protection Officer. Reported to: Audit & Risk Committee "
                    "and the Information Governance Group.")

    d.add_heading("1. Assurance ratings", level=2)
    ar = d.add_table(rows=1, cols=2)
    ar.style = "Table Grid"
    header_row(ar, ["Scope area", "ICO assurance rating"], bg="00568C")
    for a, b in [("Governance and Accountability", "Reasonable"),
                 ("Training and Awareness", "Limited"),
                 ("Records Management", "Reasonable"),
                 ("Requests for Access", "Limited")]:
        cells = ar.add_row().cells
        set_cell(cells[0], a)
        set_cell(cells[1], b)

    d.add_heading("2. Management action plan", level=2)
    d.add_paragraph("Urgent and high priority recommendations are shown below; medium and low "
                    "priority recommendations are tracked separately by the Information "
                    "Governance Group. Where a target date has been revised with the agreement "
                    "of the Audit & Risk Committee it is shown in the Revised date column.")
    headers = ["Ref", "Priority", "ICO recommendation", "Agreed action", "Action owner",
               "Target date", "Revised date", "Status"]
    t = d.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    header_row(t, headers, bg="00568C")
    status_col = {"Complete": "4F81BD", "On track": "00B050", "Amber": "FFC000",
                  "Not started": "FFFFFF"}

    def section_row(text):
        row = t.add_row()
        m = row.cells[0].merge(row.cells[-1])
        set_cell(m, text, bold=True)
        shade(m, "D9E2F3")

    def act(*vals):
        cells = t.add_row().cells
        for c, v in enumerate(vals):
            set_cell(cells[c], v)
        shade(cells[7], status_col[vals[7]])

    section_row("Governance and Accountability")
    act("A3", "High",
        "Ensure the Data Protection Officer reports directly to the highest management level "
        "and has sufficient resource to fulfil the tasks set out in Article 39 of the UK GDPR.",
        "Amend the DPO role profile so that the DPO reports to the Executive Leadership Team "
        "via the Director of Corporate Services.\nAppoint an Information Governance Officer to "
        "support the DPO.",
        "Director of Corporate Services", "31/12/2025", "", "On track")
    act("A7", "High",
        "Complete and maintain a Record of Processing Activities (ROPA) covering all business "
        "areas, in line with Article 30 of the UK GDPR.",
        "Complete information asset register workshops with each directorate and publish the "
        "ROPA on the intranet.",
        "Data Protection Officer / Information Asset Owners", "September 2025",
        "February 2026", "Amber")
    section_row("Training and Awareness")
    act("B2", "Urgent",
        "Ensure all staff, including seasonal and vessel-based crew, complete mandatory data "
        "protection training before accessing personal data.",
        "Roll out the data protection e-learning module to vessel crew through the fleet "
        "learning platform, with completion reported monthly to ELT.",
        "Head of Learning & Development", "October 2025", "", "Complete")
    act("B5", "High",
        "Provide role-specific training for staff who handle subject access requests and "
        "personal data breaches.",
        "Deliver specialist training sessions for the Customer Relations team and Information "
        "Asset Owners.",
        "Data Protection Officer", "Q4 2025/26", "", "Not started")
    section_row("Records Management")
    act("C1", "High",
        "Implement a corporate retention schedule and ensure it is applied to both electronic "
        "and paper records.",
        "Approve the corporate Records Retention Schedule at ELT and communicate it to all "
        "directorates.",
        "Records Manager", "30/11/2025", "", "Complete")
    act("C4", "High",
        "Ensure CCTV footage from vessels and ports is retained in line with the retention "
        "schedule and securely deleted.",
        "Configure automated 31-day overwrite on vessel and port CCTV systems and carry out "
        "quarterly compliance checks.",
        "Head of Marine Safety; Head of Port Operations", "March 2026", "", "On track")
    section_row("Requests for Access")
    act("D2", "Urgent",
        "Put in place a central log to record and monitor all subject access requests so that "
        "statutory deadlines are met.",
        "Implement a SAR case management module in the existing customer relations system and "
        "migrate open requests to it.",
        "Customer Relations Manager", "31/10/2025", "31/01/2026", "Amber")
    act("D6", "High",
        "Produce a procedure for handling requests that involve third-party data, including "
        "redaction.",
        "Publish a SAR redaction procedure and guidance note.",
        "Data Protection Officer", "End of December 2025", "", "On track")

    d.add_paragraph()
    d.add_paragraph("Status key: Complete (blue) – evidence provided to the DPO; On track "
                    "(green); Amber – at risk or revised date agreed; Not started.")
    d.save(out("ztf-calmac-ferries-ico-data-protection-audit-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Todmorden Town Council - internal audit action plan (csv)
# ---------------------------------------------------------------------------
def make_todmorden():
    import csv
    rows = [
        ["Todmorden Town Council", "", "", "", "", "", "", ""],
        ["Internal Audit Report 2024/25 – Action Plan", "", "", "", "", "", "", ""],
        ["Internal auditor’s report received 12 May 2025; responses agreed by Full Council "
         "on 19 June 2025", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Ref", "Control objective", "Internal auditor’s recommendation",
         "Action to be taken", "Responsibility", "Target date", "Status", "Comments"],
        ["1", "A. Books of account",
         "The cashbook should be reconciled to the bank statements monthly and the "
         "reconciliation signed by a councillor other than the Chair.",
         "Bank reconciliations to be presented to each Finance & Governance Committee meeting "
         "and signed by the Vice-Chair of the committee.",
         "Town Clerk", "31/07/2025", "Complete", "In place from July 2025 meeting"],
        ["2", "B. Financial regulations and Standing Orders",
         "The Council should adopt the 2024 NALC model Financial Regulations.",
         "Adopt updated Financial Regulations at Full Council.\nReview annually at the Annual "
         "Meeting of the Council.",
         "Town Clerk", "Sept 2025", "Complete", "Adopted 18/09/2025, minute 25/112"],
        ["3", "C. Risk management",
         "The risk register should be reviewed and formally approved by Council during the "
         "year.",
         "Full review of the risk register, including insurance cover, by the Finance & "
         "Governance Committee.",
         "Finance & Governance Committee", "October 2025", "Amber",
         "Review started; insurance renewal quotes awaited"],
        ["4", "G. Payroll",
         "Evidence of the annual review of pension contribution rates should be retained.",
         "Retain WYPF correspondence on the employer contribution rate on the payroll file.",
         "Finance Officer", "Ongoing", "Green", ""],
        ["5", "H. Asset register",
         "The asset register should be updated to include the new play equipment at Centre "
         "Vale Park.",
         "Update the fixed asset register and reconcile it to the insurance schedule.",
         "Deputy Clerk; Finance Officer", "30/11/2025", "Red",
         "Not yet started – staff vacancy"],
        ["6", "L. Transparency",
         "The Council should publish all items of expenditure over £500 on its website.",
         "Publish a quarterly report of expenditure over £500 on the council website within "
         "one month of the quarter end.",
         "Deputy Clerk", "Dec 2025", "Not started", ""],
        ["", "", "", "", "", "", "", ""],
        ["Status as at 30 September 2025. Items marked Complete will be removed from the "
         "action plan once noted by Council.", "", "", "", "", "", "", ""],
    ]
    with open(out("ztf-todmorden-town-council-internal-audit-action-plan-2024-25.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for r in rows:
            w.writerow(r)


# ---------------------------------------------------------------------------
# 7. SQA - Qualifications Scotland transition programme highlight report (txt)
# ---------------------------------------------------------------------------
def make_sqa():
    T = "\t"
    lines = [
        "Scottish Qualifications Authority",
        "Qualifications Scotland Transition Programme – Highlight Report",
        "Report No. 14 – reporting period 1 to 31 October 2025",
        "Prepared by: Transition Programme Management Office (PMO)" + T
        + "For: Transition Board, 25 November 2025",
        "",
        "Overall programme status: AMBER (previous period: AMBER)",
        "Summary: good progress on governance and people workstreams; digital readiness for "
        "vesting day remains the main pressure on the programme.",
        "",
        "Key: G = on track | A = at risk but recoverable | R = off track, intervention "
        "needed | C = complete",
        "",
        T.join(["Ref", "Milestone / action", "Owner", "Baseline date", "Forecast date",
                "Prev RAG", "RAG", "Commentary"]),
        "",
        "WS1 GOVERNANCE AND LEGISLATION",
        T.join(["1.1", "Board of Management appointments for Qualifications Scotland "
                "confirmed by Ministers", "SG Education Reform", "Sep-25", "Nov-25", "A", "G",
                "Public appointments round closed; interviews held 14–16 October."]),
        T.join(["1.2", "Draft Framework Document agreed with Scottish Government sponsor team",
                "Head of Governance", "Oct-25", "Dec-25", "G", "A",
                "Comments received from sponsor team; second draft in preparation."]),
        T.join(["1.3", "Learner Charter and Teacher Charter consultation launched",
                "Director of Communications / Head of Policy", "Nov-25", "Nov-25", "G", "G",
                "Consultation materials in final sign-off."]),
        "",
        "WS2 PEOPLE AND CULTURE",
        T.join(["2.1", "Staff transfer scheme agreed with recognised trade unions",
                "Director of People", "Aug-25", "Aug-25", "A", "C",
                "Transfer scheme agreed at JNC on 28 August 2025."]),
        T.join(["2.2", "Values and behaviours framework launched to all colleagues", "DM / SB",
                "Oct-25", "Jan-26", "A", "A",
                "Launch moved to align with new leadership team coming into post."]),
        "",
        "WS3 DIGITAL AND SYSTEMS",
        T.join(["3.1", "Rebrand of candidate-facing systems (MySQA, results services) ready for "
                "vesting day", "Head of Digital Services", "Dec-25", "Feb-26", "A", "R",
                "Supplier capacity constraint; recovery plan to Programme Board on 11 "
                "November."]),
        T.join(["3.2", "Data protection impact assessment for the transfer of records to the "
                "new body", "Data Protection Officer", "Nov-25", "Nov-25", "G", "G", ""]),
        "",
        "WS4 ACCREDITATION",
        T.join(["4.1", "Separation of the accreditation function – interim operating model "
                "approved", "Head of Accreditation", "Oct-25", "Oct-25", "G", "C",
                "Approved by Transition Board on 28 October."]),
        "",
        "Milestones this report: 8 (2 complete, 3 green, 2 amber, 1 red)",
        "Decisions sought from the Transition Board: none this period.",
        "",
    ]
    with open(out("ztf-sqa-qualifications-scotland-transition-programme-highlight-report.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    make_ywt()
    make_nis()
    make_connect()
    make_hospiceuk()
    make_calmac()
    make_todmorden()
    make_sqa()
    print("built 7 files in", HERE)
