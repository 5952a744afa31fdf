"""Build the seven qb- blind test files (set heldout460).

Run:  /work/main/.venv/bin/python qb_make.py
Writes only files whose names start with "qb-" in this folder.
"""
import csv
import datetime as dt
import io
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

# ---------------------------------------------------------------- helpers
RAG_FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcolor):
    return PatternFill(fill_type="solid", start_color=hexcolor, end_color=hexcolor)


def path(name):
    assert name.startswith("qb-")
    return os.path.join(OUT, name)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def bold_cell(cell, text, size=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = True
    r.italic = italic
    if size:
        r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)
    s.top_margin = s.bottom_margin = Cm(1.5)


# ======================================================================
# 1. Monzo Bank - FCA Final Notice financial crime remediation tracker (xlsx)
# ======================================================================
MONZO_NAME = "qb-monzo-bank-fca-financial-crime-remediation-tracker.xlsx"
MONZO_ROWS = [
    ("ws", "Workstream 1 – Customer onboarding and due diligence"),
    ("find", "Finding 1.1 – Information on the purpose and intended nature of the business "
             "relationship was not consistently obtained at onboarding (Final Notice paras 4.8–4.12)"),
    ("act", "1.1.1",
     "Redesign the personal account onboarding journey so that expected account use, source of funds "
     "and occupation are mandatory fields for all new customers.",
     "Director of Financial Crime Operations", D(2025, 9, 30), None, "A", "B",
     "Released to 100% of new applicants on 22/09/2025. IA validation complete 20/10/2025.", "EV-1.1.1-04"),
    ("act", "1.1.2",
     "Complete back-book remediation of customers onboarded without purpose and nature information, "
     "prioritising customers rated high risk.",
     "Head of KYC Remediation / Head of Customer Operations", D(2025, 12, 31), D(2026, 3, 31), "G", "A",
     "High-risk cohort 78% complete. Medium-risk cohort outreach rates lower than modelled; "
     "revised date agreed with FCA.", "EV-1.1.2-02"),
    ("find", "Finding 1.2 – Due diligence for business customers did not provide for verification of all "
             "beneficial owners and persons with significant control (Final Notice paras 4.13–4.16)"),
    ("act", "1.2.1",
     "Extend identity verification to all beneficial owners and persons with significant control for "
     "business accounts, with automated Companies House discrepancy reporting.",
     "Business Banking CDD Lead", D(2025, 10, 31), None, "G", "G",
     "Verification live for new applications. Discrepancy reporting in UAT.", "EV-1.2.1-01"),
    ("ws", "Workstream 2 – Customer risk assessment and enhanced due diligence"),
    ("find", "Finding 2.1 – The customer risk assessment did not keep pace with the growth of the "
             "customer base and product range (Final Notice paras 4.17–4.22)"),
    ("act", "2.1.1",
     "Replace the customer risk assessment model with a calibrated multi-factor model approved by the "
     "Financial Crime Risk Committee.",
     "MLRO", D(2025, 11, 30), D(2026, 2, 28), "A", "A",
     "Model build complete; calibration run delayed by data quality issues in occupation field.",
     "EV-2.1.1-03"),
    ("act", "2.1.2",
     "Independently validate the new customer risk assessment model, including below-the-line testing "
     "of risk thresholds.",
     "Model Risk Management; Internal Audit", D(2026, 3, 31), None, "G", "G",
     "Validation scope agreed. Fieldwork to start once model calibrated.", ""),
    ("find", "Finding 2.2 – Enhanced due diligence triggers and the treatment of politically exposed "
             "persons were not clearly defined (Final Notice paras 4.23–4.27)"),
    ("act", "2.2.1",
     "Publish an enhanced due diligence standard setting out mandatory triggers, evidence requirements "
     "and sign-off levels for high-risk customers and PEPs.",
     "Head of Financial Crime Policy", D(2025, 8, 31), None, "G", "B",
     "Standard approved 27/08/2025 and published on the policy hub. IA validated.", "EV-2.2.1-02"),
    ("act", "2.2.2",
     "Refresh adverse media screening so that every hit is dispositioned, with the rationale recorded, "
     "before an account is opened.",
     "Director of Financial Crime Operations", D(2025, 10, 31), D(2026, 1, 31), "A", "R",
     "Vendor change request not yet delivered; manual workaround in place. Escalated to ERC 28/10/2025.",
     "EV-2.2.2-01"),
    ("ws", "Workstream 3 – Transaction monitoring"),
    ("find", "Finding 3.1 – Transaction monitoring scenarios and alert handling were not sufficient for "
             "the risks the firm faced (Final Notice paras 4.28–4.33)"),
    ("act", "3.1.1",
     "Complete the scenario coverage assessment against the firm-wide ML/TF risk assessment and close "
     "the gaps identified.",
     "Head of Transaction Monitoring", D(2025, 12, 31), None, "G", "G",
     "Coverage assessment complete; 9 of 12 new scenarios in production.", "EV-3.1.1-05"),
    ("act", "3.1.2",
     "Reduce the alert backlog to within the 30-day service level and sustain this for three consecutive "
     "months.",
     "Head of Transaction Monitoring & Head of Financial Crime Operations", D(2026, 6, 30), None, None, "A",
     "Backlog down 41% since July. Additional analysts onboarding in November.", ""),
    ("ws", "Workstream 4 – Governance and voluntary requirement (VREQ) compliance"),
    ("find", "Finding 4.1 – Accounts were opened for high-risk customers in breach of the VREQ "
             "(Final Notice paras 4.34–4.40)"),
    ("act", "4.1.1",
     "Embed a preventative system control that blocks account opening for any customer type within "
     "the scope of a VREQ, with daily exception reporting to the MLRO.",
     "Chief Operating Officer", D(2025, 9, 30), None, "G", "B",
     "Control live 12/09/2025; nil exceptions reported since go-live. IA validated.", "EV-4.1.1-03"),
    ("act", "4.1.2",
     "Report programme progress to the Board Risk Committee each quarter and to the FCA supervision team "
     "each month.",
     "Financial Crime Remediation Programme Director", "Monthly", None, "G", "G",
     "October update sent to FCA 04/11/2025.", ""),
]
MONZO_EXPECT = {
    "1.1.1": (["Director of Financial Crime Operations"], "2025-09", None, "blue"),
    "1.1.2": (["Head of KYC Remediation", "Head of Customer Operations"], "2026-03", None, "amber"),
    "1.2.1": (["Business Banking CDD Lead"], "2025-10", None, "green"),
    "2.1.1": (["MLRO"], "2026-02", None, "amber"),
    "2.1.2": (["Model Risk Management", "Internal Audit"], "2026-03", None, "green"),
    "2.2.1": (["Head of Financial Crime Policy"], "2025-08", None, "blue"),
    "2.2.2": (["Director of Financial Crime Operations"], "2026-01", None, "red"),
    "3.1.1": (["Head of Transaction Monitoring"], "2025-12", None, "green"),
    "3.1.2": (["Head of Transaction Monitoring", "Head of Financial Crime Operations"], "2026-06", None, "amber"),
    "4.1.1": (["Chief Operating Officer"], "2025-09", None, "blue"),
    "4.1.2": (["Financial Crime Remediation Programme Director"], None, "Monthly", "green"),
}


def build_monzo():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Monzo Bank Limited"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Financial Crime Remediation Programme – Action Tracker"
    cov["A2"].font = Font(bold=True, size=14)
    cov["A3"] = "Response to the FCA Final Notice dated 7 July 2025"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    dc = [
        ("Version", "4.2"),
        ("Status as at", D(2025, 10, 31)),
        ("Document owner", "Financial Crime Remediation Programme Director"),
        ("Reviewed by", "Executive Risk Committee, 28/10/2025"),
        ("Next review", "Board Risk Committee – November 2025"),
        ("Classification", "Confidential – shared with the FCA supervision team"),
    ]
    for i, (k, v) in enumerate(dc, start=6):
        cov.cell(i, 1, k).font = Font(bold=True)
        c = cov.cell(i, 2, v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        cov.cell(i, 1).border = BOX
        c.border = BOX
    cov["A13"] = "Version history"
    cov["A13"].font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Change"], start=1):
        cov.cell(14, j, h).font = Font(bold=True)
        cov.cell(14, j).border = BOX
    vh = [
        ("3.0", D(2025, 8, 15), "Tracker re-baselined following the Final Notice"),
        ("4.0", D(2025, 9, 30), "Workstream 4 added at the request of the Board Risk Committee"),
        ("4.2", D(2025, 10, 31), "October updates; revised dates agreed with the FCA on 15/10/2025"),
    ]
    for i, row in enumerate(vh, start=15):
        for j, v in enumerate(row, start=1):
            c = cov.cell(i, j, v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 48
    cov.column_dimensions["C"].width = 60

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary by workstream – 31 October 2025"
    sm["A1"].font = Font(bold=True, size=13)
    hdr = ["Workstream", "Actions", "Complete (B)", "Green", "Amber", "Red"]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("14233C")
        c.border = BOX
    summ = [
        ("1 – Customer onboarding and due diligence", 3, 1, 1, 1, 0),
        ("2 – Customer risk assessment and EDD", 4, 1, 1, 1, 1),
        ("3 – Transaction monitoring", 2, 0, 1, 1, 0),
        ("4 – Governance and VREQ compliance", 2, 1, 1, 0, 0),
        ("Total", 11, 3, 4, 3, 1),
    ]
    for i, row in enumerate(summ, start=4):
        for j, v in enumerate(row, start=1):
            c = sm.cell(i, j, v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    sm["A10"] = "RAG key"
    sm["A10"].font = Font(bold=True)
    key = [
        ("B", "Complete – closed and validated by Internal Audit"),
        ("G", "On track to due date"),
        ("A", "At risk – mitigating actions in place"),
        ("R", "Off track – escalated to the Executive Risk Committee"),
    ]
    for i, (k, v) in enumerate(key, start=11):
        c = sm.cell(i, 1, k)
        c.fill = fill(RAG_FILL[k])
        c.font = Font(bold=True, color="FFFFFF" if k in "RB" else "000000")
        c.alignment = Alignment(horizontal="center")
        sm.cell(i, 2, v)
    sm.column_dimensions["A"].width = 44
    sm.column_dimensions["B"].width = 14
    for col in "CDEF":
        sm.column_dimensions[col].width = 13

    # Tracker sheet
    tr = wb.create_sheet("Tracker")
    tr["A1"] = "Financial Crime Remediation Programme – Action Tracker"
    tr["A1"].font = Font(bold=True, size=14)
    tr.merge_cells("A1:I1")
    tr["A2"] = "Status as at 31 October 2025"
    tr["A2"].font = Font(italic=True)
    heads = ["Ref", "Remediation action", "Action owner", "Original due date", "Revised due date",
             "Previous RAG (Sep-25)", "Current RAG (Oct-25)", "Progress commentary", "Evidence ref"]
    for j, h in enumerate(heads, start=1):
        c = tr.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("14233C")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    r = 5
    for row in MONZO_ROWS:
        if row[0] == "ws":
            tr.cell(r, 1, row[1]).font = Font(bold=True, color="FFFFFF", size=12)
            for j in range(1, 10):
                tr.cell(r, j).fill = fill("FF4F40")
            tr.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        elif row[0] == "find":
            c = tr.cell(r, 1, row[1])
            c.font = Font(bold=True, italic=True)
            c.alignment = WRAP
            for j in range(1, 10):
                tr.cell(r, j).fill = fill("D9E1F2")
            tr.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            tr.row_dimensions[r].height = 32
        else:
            _, ref, text, owner, orig, rev, prev, cur, comm, ev = row
            vals = [ref, text, owner, orig, rev, prev, cur, comm, ev or None]
            for j, v in enumerate(vals, start=1):
                c = tr.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for j, k in ((6, prev), (7, cur)):
                if k:
                    c = tr.cell(r, j)
                    c.fill = fill(RAG_FILL[k])
                    c.font = Font(bold=True, color="FFFFFF" if k in "RB" else "000000")
                    c.alignment = Alignment(horizontal="center", vertical="top")
            tr.row_dimensions[r].height = 60
        r += 1
    r += 1
    tr.cell(r, 1, "Notes:").font = Font(bold=True)
    tr.cell(r + 1, 1, "1. Revised due dates shown were agreed with the FCA supervision team on 15/10/2025.")
    tr.cell(r + 2, 1, "2. An action is rated B only once Internal Audit has validated the evidence of closure.")
    widths = [9, 55, 28, 13, 13, 11, 11, 45, 14]
    for j, w in enumerate(widths, start=1):
        tr.column_dimensions[chr(64 + j)].width = w
    tr.freeze_panes = "A5"
    wb.active = 2
    wb.save(path(MONZO_NAME))


# ======================================================================
# 2. Valuation Office Agency - Revaluation 2026 programme highlight report (xlsx)
# ======================================================================
VOA_NAME = "qb-valuation-office-agency-revaluation-2026-programme-highlight-report.xlsx"
VOA_ROWS = [
    ("stage", "Stage 2: Valuation and quality assurance"),
    ("ms", "M01", "Complete tone-of-list valuations for all non-domestic properties in England and Wales",
     "Head of Valuation Standards", D(2025, 7, 31), D(2025, 7, 31), "B",
     "Complete. 2.1m hereditaments valued at the antecedent valuation date of 1 April 2024."),
    ("ms", "M02", "Quality assurance sign-off of the draft rating lists",
     "Head of Quality Assurance", D(2025, 9, 30), D(2025, 10, 24), "B",
     "Signed off 24 October after additional sampling of the retail and hospitality classes."),
    ("stage", "Stage 3: Draft list publication"),
    ("ms", "M03", "Publish the draft 2026 rating lists and online valuation summaries on GOV.UK",
     "Head of Digital Services / Head of Communications", D(2025, 11, 30), D(2025, 11, 26), "G",
     "Publication date agreed with HM Treasury and MHCLG; load testing passed."),
    ("ms", "M04", "Train and deploy additional customer service capacity for the post-publication peak "
                  "(120 FTE)",
     "Director of Customer Operations", D(2025, 12, 31), D(2026, 1, 31), "A",
     "74 of 120 temporary staff in post. Second recruitment campaign launched 6 October."),
    ("ms", "M05", "Issue draft list data files to all billing authorities",
     "Local Taxation Liaison Manager", D(2026, 1, 31), D(2026, 1, 31), "G",
     "Test files issued to 12 pilot authorities; feedback positive."),
    ("stage", "Stage 4: Compilation and closedown"),
    ("ms", "M06", "Compile and certify the 2026 rating lists",
     "Chief Valuation Officer", D(2026, 4, 1), D(2026, 4, 1), "G",
     "On track."),
    ("ms", "M07", "Decommission the legacy valuation system modules replaced by Single Business Rates "
                  "System release 4",
     "Chief Digital & Information Officer", D(2026, 3, 31), D(2026, 6, 30), "R",
     "Release 4 delayed by supplier; decommissioning now forecast outside programme tolerance. "
     "Exception report to Programme Board in November."),
    ("ms", "M08", "Programme closure report and lessons learned review to Programme Board",
     "Programme Director", "Q1 2026/27", "Q2 2026/27", None,
     "Not yet started. Forecast moved to follow M07."),
]
VOA_EXPECT = {
    "M01": (["Head of Valuation Standards"], "2025-07", None, "blue"),
    "M02": (["Head of Quality Assurance"], "2025-10", None, "blue"),
    "M03": (["Head of Digital Services", "Head of Communications"], "2025-11", None, "green"),
    "M04": (["Director of Customer Operations"], "2026-01", None, "amber"),
    "M05": (["Local Taxation Liaison Manager"], "2026-01", None, "green"),
    "M06": (["Chief Valuation Officer"], "2026-04", None, "green"),
    "M07": (["Chief Digital & Information Officer"], "2026-06", None, "red"),
    "M08": (["Programme Director"], "2026-09", None, "unrated"),
}


def build_voa():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = "Valuation Office Agency"
    ws["A1"].font = Font(bold=True, size=12, color="006B6B")
    ws["A2"] = "Revaluation 2026 Programme – Monthly Highlight Report"
    ws["A2"].font = Font(bold=True, size=15)
    hdr = [
        ("Reporting period", "October 2025 (Period 7)"),
        ("Senior Responsible Owner", "Director of Valuation Operations"),
        ("Programme Director", "Helen Okafor"),
    ]
    for i, (k, v) in enumerate(hdr, start=4):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 1).fill = fill("E7E6E6")
        ws.cell(i, 2, v)
        ws.merge_cells(start_row=i, start_column=2, end_row=i, end_column=3)
    ws.cell(7, 1, "Overall delivery confidence").font = Font(bold=True)
    ws.cell(7, 1).fill = fill("E7E6E6")
    ws.cell(7, 2, "Amber").fill = fill(RAG_FILL["A"])
    ws.cell(7, 4, "Previous period").font = Font(bold=True)
    ws.cell(7, 5, "Amber").fill = fill(RAG_FILL["A"])
    ws.cell(9, 1, "Summary").font = Font(bold=True)
    ws.cell(9, 2, "Draft lists are on track for publication on 26 November 2025. Customer Operations capacity "
                  "for the post-publication peak remains the main pressure and temporary recruitment is behind "
                  "plan. Single Business Rates System release 4 has slipped and legacy decommissioning is now "
                  "forecast outside tolerance.")
    ws.cell(9, 2).alignment = WRAP
    ws.merge_cells("B9:G9")
    ws.row_dimensions[9].height = 62

    ws.cell(11, 1, "Key milestones").font = Font(bold=True, size=12)
    heads = ["ID", "Milestone / deliverable", "Owner", "Baseline date", "Forecast / actual date", "Status",
             "Commentary"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(12, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("006B6B")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = 13
    for row in VOA_ROWS:
        if row[0] == "stage":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            for j in range(1, 8):
                ws.cell(r, j).fill = fill("D9D9D9")
                ws.cell(r, j).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            _, ref, text, owner, base, fc, rag, comm = row
            vals = [ref, text, owner, base, fc, None, comm]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd-mmm-yy"
            if rag:
                ws.cell(r, 6).fill = fill(RAG_FILL[rag])
            ws.row_dimensions[r].height = 45
        r += 1
    r += 1
    ws.cell(r, 1, "Finance (£m)").font = Font(bold=True, size=12)
    r += 1
    for j, h in enumerate(["", "2025/26 budget", "Actual to date", "Forecast outturn", "Variance"], start=1):
        c = ws.cell(r, j, h or None)
        c.font = Font(bold=True)
        c.border = BOX
    fin = [("Resource", 14.1, 8.3, 14.6, -0.5), ("Capital", 4.3, 1.9, 4.3, 0.0),
           ("Total", 18.4, 10.2, 18.9, -0.5)]
    for row in fin:
        r += 1
        for j, v in enumerate(row, start=1):
            c = ws.cell(r, j, v)
            c.border = BOX
            if j > 1:
                c.number_format = "0.0"
            if row[0] == "Total":
                c.font = Font(bold=True)
    r += 2
    ws.cell(r, 1, "Status key").font = Font(bold=True)
    for k, txt in (("G", "Green – on track to baseline"),
                   ("A", "Amber – forecast later than baseline but within tolerance"),
                   ("R", "Red – forecast outside tolerance; exception report required"),
                   ("B", "Blue – complete")):
        r += 1
        ws.cell(r, 1).fill = fill(RAG_FILL[k])
        ws.cell(r, 2, txt)
    widths = [30, 52, 30, 13, 14, 9, 50]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    wb.save(path(VOA_NAME))


# ======================================================================
# 3. Bannau Brycheiniog NPA - bilingual rolling action log (xlsx, two sheets)
# ======================================================================
BB_NAME = "qb-bannau-brycheiniog-npa-rolling-action-log.xlsx"
M_MAR = "Cyfarfod yr Awdurdod 28 Mawrth 2025 / Authority Meeting 28 March 2025"
M_JUN = "Cyfarfod yr Awdurdod 6 Mehefin 2025 / Authority Meeting 6 June 2025"
M_JUL = "Cyfarfod yr Awdurdod 25 Gorffennaf 2025 / Authority Meeting 25 July 2025"
M_SEP = "Cyfarfod yr Awdurdod 26 Medi 2025 / Authority Meeting 26 September 2025"
BB_STATUS = {
    "G": ("Gwyrdd / Green", "00B050"),
    "A": ("Ambr / Amber", "FFC000"),
    "R": ("Coch / Red", "FF0000"),
    "C": ("Cwblhawyd / Complete", "8EA9DB"),
}
BB_OPEN = [
    ("mtg", M_JUN),
    ("act", "NPA 31/25",
     "Circulate the revised Scheme of Delegation to all Members ahead of the Standards Committee workshop.",
     "Head of Democratic Services", D(2025, 6, 30), "A",
     "Workshop moved to October at Members’ request; draft circulated to the Chair."),
    ("act", "NPA 34/25",
     "Write to Welsh Government seeking confirmation of the 2026/27 core grant and indicative multi-year "
     "figures.",
     "Chief Executive", "Hydref 2025 / October 2025", "G",
     "Letter sent 11 July. Response expected after the Welsh Government draft budget."),
    ("mtg", M_JUL),
    ("act", "NPA 52/25",
     "Bring a report on visitor management and parking charges at Storey Arms and Pont ar Daf to the "
     "Authority, including the outcome of the summer car park counts.",
     "Head of Visitor Experience; Estates Manager", D(2025, 9, 26), "R",
     "Report deferred to November; car park count data from Powys County Council still awaited."),
    ("act", "NPA 55/25",
     "Arrange a site visit for Members to the Craig-y-nos Country Park restoration works.",
     "Eleri Lloyd / Tom Harding", "Medi 2025 / September 2025", "G",
     "Visit booked for 30 September."),
    ("act", "NPA 58/25",
     "Publish the Welsh Language Standards annual monitoring report on the Authority’s website.",
     "Welsh Language Officer", D(2025, 9, 30), "G",
     "Report approved; bilingual web pages being proofed."),
    ("mtg", M_SEP),
    ("act", "NPA 71/25",
     "Report any slippage against the Local Development Plan Delivery Agreement timetable to the "
     "Planning, Access and Rights of Way Committee.",
     "Planning Policy Manager", "Parhaus / Ongoing", "G",
     "Standing item on the Planning, Access and Rights of Way Committee agenda."),
    ("act", "NPA 74/25",
     "Provide Members with a briefing note on the Nature Networks Fund grant conditions and match-funding "
     "requirements.",
     "Gwyn Pritchard", D(2025, 10, 31), None, ""),
]
BB_CLOSED = [
    ("mtg", M_MAR),
    ("act", "NPA 12/25",
     "Amend Standing Orders to allow Members to attend committee site visits remotely where they have a "
     "declared access need.",
     "Monitoring Officer", D(2025, 5, 31), "C",
     "Approved at the Authority’s AGM.", D(2025, 5, 16)),
    ("mtg", M_JUN),
    ("act", "NPA 33/25",
     "Circulate the Audit Wales Assurance and Risk Assessment letter to all Members.",
     "Head of Democratic Services", D(2025, 6, 20), "C",
     "Circulated by email.", D(2025, 6, 12)),
]
BB_EXPECT = {
    "NPA 31/25": (["Head of Democratic Services"], "2025-06", None, "amber"),
    "NPA 34/25": (["Chief Executive"], "2025-10", None, "green"),
    "NPA 52/25": (["Head of Visitor Experience", "Estates Manager"], "2025-09", None, "red"),
    "NPA 55/25": (["Eleri Lloyd", "Tom Harding"], "2025-09", None, "green"),
    "NPA 58/25": (["Welsh Language Officer"], "2025-09", None, "green"),
    "NPA 71/25": (["Planning Policy Manager"], None, "Parhaus / Ongoing", "green"),
    "NPA 74/25": (["Gwyn Pritchard"], "2025-10", None, "unrated"),
    "NPA 12/25": (["Monitoring Officer"], "2025-05", None, "blue"),
    "NPA 33/25": (["Head of Democratic Services"], "2025-06", None, "blue"),
}


def _bb_sheet(ws, rows, closed):
    ws["A1"] = "Log Gweithredu Treigl / Rolling Action Log"
    ws["A1"].font = Font(bold=True, size=14, color="1F4E3D")
    ws["A2"] = "Awdurdod Parc Cenedlaethol Bannau Brycheiniog / Bannau Brycheiniog National Park Authority"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = ("Camau wedi’u cau / Closed actions" if closed
                else "Diweddarwyd / Updated: 14/10/2025")
    heads = ["Cyf. / Ref", "Cam gweithredu / Action", "Swyddog arweiniol / Lead officer",
             "Dyddiad targed / Target date", "Statws / Status", "Diweddariad / Update"]
    if closed:
        heads.append("Dyddiad cau / Date closed")
    ncol = len(heads)
    for j, h in enumerate(heads, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E3D")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    ws.row_dimensions[5].height = 30
    r = 6
    for row in rows:
        if row[0] == "mtg":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            for j in range(1, ncol + 1):
                ws.cell(r, j).fill = fill("E2EFDA")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        else:
            ref, text, lead, due, st, upd = row[1:7]
            vals = [ref, text, lead, due, BB_STATUS[st][0] if st else None, upd or None]
            if closed:
                vals.append(row[7])
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if st:
                ws.cell(r, 5).fill = fill(BB_STATUS[st][1])
            ws.row_dimensions[r].height = 48
        r += 1
    if not closed:
        r += 1
        ws.cell(r, 1, "Allwedd / Key:").font = Font(bold=True)
        ws.cell(r + 1, 1, "Gwyrdd / Green = ar y trywydd / on track; Ambr / Amber = peth oedi / some delay; "
                          "Coch / Red = oedi sylweddol / significant delay; Cwblhawyd / Complete = symud i’r "
                          "tab Camau wedi’u cau / moved to the Closed tab")
    widths = [13, 55, 30, 18, 18, 45, 14]
    for j, w in enumerate(widths[:ncol], start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.freeze_panes = "A6"


def build_bb():
    wb = Workbook()
    ws = wb.active
    ws.title = "Camau agored - Open"
    _bb_sheet(ws, BB_OPEN, closed=False)
    ws2 = wb.create_sheet("Camau wedi cau - Closed")
    _bb_sheet(ws2, BB_CLOSED, closed=True)
    wb.save(path(BB_NAME))


# ======================================================================
# 4. North East Combined Authority - establishment lessons learned action plan (docx)
# ======================================================================
NECA_NAME = "qb-north-east-ca-establishment-lessons-learned-action-plan.docx"
NECA_TITLE = "Establishment of the North East Combined Authority: Lessons Learned Action Plan"
NECA_THEMES = [
    ("Theme 1: Governance and decision-making", [
        ("Lesson 1: Dependencies between the transition workstreams were identified late because there was "
         "no single consolidated risk, issue and dependency log.", [
            ("1.1", "Establish a single corporate RAID log for all major change programmes, reviewed monthly "
                    "by the Senior Leadership Team.",
             "Head of Strategy and Programmes", "March 2025",
             "RAID log live from 1 March 2025; SLT review in place.", "Complete"),
            ("1.2", "Include dependency mapping as a mandatory gateway in the programme management "
                    "framework.",
             "Head of Strategy and Programmes", "30 June 2025",
             "Framework v2 approved by SLT 17 June 2025.", "Complete"),
        ]),
        ("Lesson 2: The constitution and scheme of delegation were finalised only days before vesting day, "
         "leaving little time for Member and officer familiarisation.", [
            ("2.1", "Complete the first annual review of the Constitution, including the officer scheme of "
                    "delegation, and report the outcome to the Audit and Standards Committee.",
             "Monitoring Officer", "Q3 2025/26",
             "Review under way; Member working group met 4 September 2025.", "Green"),
            ("2.2", "Deliver a rolling induction programme on governance arrangements for Members and "
                    "senior officers.",
             "Monitoring Officer / Head of Democratic Services", "Ongoing",
             "Three sessions held; next session November 2025.", "Green"),
        ]),
    ]),
    ("Theme 2: Finance, systems and people", [
        ("Lesson 3: Finance and payroll systems inherited from the predecessor authorities were not "
         "integrated at vesting, which required manual reconciliations.", [
            ("3.1", "Procure and implement a single finance and HR/payroll system for the Combined "
                    "Authority.",
             "Director of Finance and Investment (s73 Officer)", "Sept 2025 – March 2026",
             "Contract awarded July 2025; finance module build slipped by six weeks.", "Amber"),
            ("3.2", "Document and test month-end reconciliation controls until the new system is live.",
             "Chief Accountant", "December 2025",
             "Controls documented; testing scheduled for Q3.", "Green"),
        ]),
        ("Lesson 4: TUPE information for staff transferring from the North of Tyne Combined Authority and "
         "the host councils arrived late and was incomplete.", [
            ("4.1", "Agree a data-sharing protocol with the constituent councils for any future transfer "
                    "of staff or functions, including timescales for employee liability information.",
             "Head of HR and OD", "31 October 2025",
             "Draft protocol with council HR leads; sign-off delayed pending legal advice.", "Red"),
        ]),
    ]),
    ("Theme 3: Communications and engagement", [
        ("Lesson 5: Residents and partners were unclear which body was responsible for which services during "
         "the transition period.", [
            ("5.1", "Publish a public ‘who does what’ guide covering the Combined Authority, Nexus and the "
                    "constituent councils.",
             "Head of Communications", "June 2025",
             "Published on the website 2 June 2025.", "Complete"),
            ("5.2", "Analyse partner feedback from the annual stakeholder survey and feed the findings into "
                    "the Corporate Plan refresh.",
             "Head of Communications and Head of Policy", "January 2026",
             "Survey fieldwork planned for November 2025.", "Not started"),
        ]),
    ]),
]
NECA_EXPECT = {
    "1.1": (["Head of Strategy and Programmes"], "2025-03", None, "blue"),
    "1.2": (["Head of Strategy and Programmes"], "2025-06", None, "blue"),
    "2.1": (["Monitoring Officer"], "2025-12", None, "green"),
    "2.2": (["Monitoring Officer", "Head of Democratic Services"], None, "Ongoing", "green"),
    "3.1": (["Director of Finance and Investment (s73 Officer)"], "2026-03", "Sept 2025 – March 2026", "amber"),
    "3.2": (["Chief Accountant"], "2025-12", None, "green"),
    "4.1": (["Head of HR and OD"], "2025-10", None, "red"),
    "5.1": (["Head of Communications"], "2025-06", None, "blue"),
    "5.2": (["Head of Communications", "Head of Policy"], "2026-01", None, "unrated"),
}
DOCX_RAG = {"Complete": "8EA9DB", "Green": "92D050", "Amber": "FFC000", "Red": "FF5050"}


def build_neca():
    doc = Document()
    landscape(doc)
    doc.add_paragraph(NECA_TITLE, style="Title")
    doc.add_paragraph("Management response to the internal audit lessons learned review of the transition to "
                      "the new Combined Authority on 7 May 2024")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (("Version", "1.3"), ("Action plan owner", "Head of Strategy and Programmes"),
                 ("Reporting to", "Audit and Standards Committee"), ("Last updated", "September 2025"),
                 ("Next update due", "January 2026")):
        c = t.add_row().cells
        bold_cell(c[0], k)
        c[1].text = v
    doc.add_paragraph()
    doc.add_paragraph("RAG status key")
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for k, v in (("Complete", "Action delivered and evidence provided"),
                 ("Green", "On track to meet the target date"),
                 ("Amber", "Some slippage; recoverable within the financial year"),
                 ("Red", "Off track; target date will be missed"),
                 ("Not started", "Action not yet due to start")):
        c = kt.add_row().cells
        c[0].text = k
        if k in DOCX_RAG:
            shade(c[0], DOCX_RAG[k])
        c[1].text = v
    heads = ["Ref", "Action", "Lead officer", "Target date", "Progress at September 2025", "RAG"]
    widths = [Cm(1.3), Cm(8.5), Cm(4.2), Cm(3.2), Cm(6.5), Cm(2.2)]
    for theme, lessons in NECA_THEMES:
        doc.add_heading(theme, level=2)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for j, h in enumerate(heads):
            bold_cell(tb.rows[0].cells[j], h)
            shade(tb.rows[0].cells[j], "BFBFBF")
        for lesson, acts in lessons:
            row = tb.add_row()
            m = row.cells[0].merge(row.cells[5])
            bold_cell(m, lesson, italic=True)
            shade(m, "DEEAF6")
            for ref, text, lead, due, prog, rag in acts:
                c = tb.add_row().cells
                for j, v in enumerate((ref, text, lead, due, prog, rag)):
                    c[j].text = v
                if rag in DOCX_RAG:
                    shade(c[5], DOCX_RAG[rag])
        for row in tb.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = w
        doc.add_paragraph()
    doc.add_heading("Sign-off", level=2)
    st = doc.add_table(rows=1, cols=4)
    st.style = "Table Grid"
    for j, v in enumerate(("Approved by", "Chief Executive", "Date", "18 September 2025")):
        st.rows[0].cells[j].text = v
    doc.save(path(NECA_NAME))


# ======================================================================
# 5. St Catherine's Hospice - CQC inspection action plan (docx)
# ======================================================================
HOSP_NAME = "qb-st-catherines-hospice-cqc-inspection-action-plan.docx"
HOSP_TITLE = "St Catherine’s Hospice – CQC Inspection Action Plan"
HOSP_SECTIONS = [
    ("Key question: Safe", [
        ("The provider must ensure that controlled drugs and medicines requiring refrigeration are stored "
         "and monitored in line with national guidance. (Regulation 12: Safe care and treatment)", [
            ("1.1", "Install continuous electronic temperature monitoring, with alarms, on the In-Patient Unit "
                    "(IPU) medicines fridges.",
             "Estates Manager", "31/05/2024",
             "Installed 20/05/24; alarm log reviewed weekly by the IPU Ward Manager.", "Completed"),
            ("1.2", "Pharmacist-led monthly audit of controlled drugs records, with results reported to the "
                    "Clinical Governance Committee.",
             "Lead Pharmacist", "Monthly",
             "Audits completed June–October; 100% compliance in September and October.", "On track"),
        ]),
        ("The provider must ensure that risk assessments for falls and pressure area care are completed on "
         "admission and reviewed when a patient’s condition changes. (Regulation 12: Safe care and "
         "treatment)", [
            ("2.1", "Revise the admission documentation on SystmOne so that falls and Waterlow assessments are "
                    "mandatory within 6 hours of admission.",
             "Clinical Systems Lead & IPU Ward Manager", "30 June 2024",
             "Template changes live 24/06/24.", "Completed"),
            ("2.2", "Deliver falls prevention and pressure ulcer training to all registered nurses and "
                    "healthcare assistants on the IPU.",
             "Practice Development Nurse", "30/09/2024",
             "87% of IPU staff trained at 31/08/24; remaining staff booked for October.", "Amber"),
        ]),
    ]),
    ("Key question: Well-led", [
        ("The provider must ensure that systems to assess, monitor and improve the quality and safety of the "
         "service are operated effectively. (Regulation 17: Good governance)", [
            ("3.1", "Introduce a quarterly clinical audit programme with named audit leads, agreed by the "
                    "Clinical Governance Committee.",
             "Director of Clinical Services", "Jul-24",
             "Audit programme 2024/25 approved 16/07/24.", "Completed"),
            ("3.2", "Report progress against this action plan to the Board of Trustees’ Quality and Safety "
                    "Committee at every meeting until all actions are closed.",
             "Chief Executive", "Until closure",
             "Reported in June, September and November 2024.", "On track"),
        ]),
    ]),
    ("Should do actions", [
        ("The provider should ensure that staff supervision is recorded consistently across community and "
         "inpatient teams.", [
            ("4.1", "Roll out the supervision recording template on the HR system and monitor completion "
                    "through monthly reports.",
             "Head of People", "31 October 2024 (revised: 31 January 2025)",
             "HR system upgrade delayed to December; revised date agreed by the Quality and Safety "
             "Committee.", "Amber"),
        ]),
        ("The provider should review how people’s preferences for their place of care and death are recorded "
         "and shared with community partners.", [
            ("5.1", "Add preferred place of care and death fields to the shared care record and audit "
                    "completion.",
             "Community Services Manager / Hospice at Home Lead", "Dec 2024",
             "", "Not started"),
        ]),
    ]),
]
HOSP_EXPECT = {
    "1.1": (["Estates Manager"], "2024-05", None, "blue"),
    "1.2": (["Lead Pharmacist"], None, "Monthly", "green"),
    "2.1": (["Clinical Systems Lead", "IPU Ward Manager"], "2024-06", None, "blue"),
    "2.2": (["Practice Development Nurse"], "2024-09", None, "amber"),
    "3.1": (["Director of Clinical Services"], "2024-07", None, "blue"),
    "3.2": (["Chief Executive"], None, "Until closure", "green"),
    "4.1": (["Head of People"], "2025-01", None, "amber"),
    "5.1": (["Community Services Manager", "Hospice at Home Lead"], "2024-12", None, "unrated"),
}
HOSP_RAG = {"Completed": "9BC2E6", "On track": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}


def build_hospice():
    doc = Document()
    landscape(doc)
    doc.add_heading(HOSP_TITLE, level=1)
    doc.add_paragraph("Inspection dates: 12 and 13 March 2024  |  Report published: 21 May 2024  |  "
                      "Overall rating: Requires improvement")
    ct = doc.add_table(rows=0, cols=2)
    ct.style = "Table Grid"
    for k, v in (("Plan owner", "Director of Clinical Services"), ("Version", "v5"),
                 ("Last updated", "14 November 2024"),
                 ("Approved by", "Quality and Safety Committee of the Board of Trustees"),
                 ("Submitted to CQC", "20 June 2024 (v1)")):
        c = ct.add_row().cells
        bold_cell(c[0], k)
        c[1].text = v
    doc.add_paragraph()
    doc.add_paragraph("Status key: Completed – action finished and evidence held; On track – progressing to "
                      "plan; Amber – at risk of missing the completion date; Red – completion date missed; "
                      "Not started.")
    heads = ["No.", "Action to be taken", "Responsible person", "Completion date", "Evidence / progress update",
             "Status"]
    widths = [Cm(1.2), Cm(8.0), Cm(4.2), Cm(3.4), Cm(6.8), Cm(2.3)]
    for sect, reqs in HOSP_SECTIONS:
        doc.add_heading(sect, level=2)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for j, hd in enumerate(heads):
            bold_cell(tb.rows[0].cells[j], hd)
            shade(tb.rows[0].cells[j], "D9C3E9")
        for req, acts in reqs:
            row = tb.add_row()
            m = row.cells[0].merge(row.cells[5])
            bold_cell(m, req)
            shade(m, "F2F2F2")
            for vals in acts:
                c = tb.add_row().cells
                for j, v in enumerate(vals):
                    c[j].text = v
                if vals[5] in HOSP_RAG:
                    shade(c[5], HOSP_RAG[vals[5]])
        for row in tb.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = w
        doc.add_paragraph()
    doc.add_paragraph("This plan is reviewed monthly by the Senior Leadership Team. Completed actions remain "
                      "on the plan until the Quality and Safety Committee agrees closure.")
    doc.save(path(HOSP_NAME))


# ======================================================================
# 6. Prior's Court School - residential special school Ofsted action plan (csv) - REFUSE
# ======================================================================
PC_NAME = "qb-priors-court-school-ofsted-rss-inspection-action-plan-typo-month-refuse.csv"
PC_ROWS = [
    ["Prior’s Court School – Residential Special School: Post-Inspection Action Plan", "", "", "", "", ""],
    ["Ofsted social care inspection 4–6 February 2025", "", "", "", "", ""],
    ["Version 3 – updated 12 May 2025 for the Board of Trustees", "", "", "", "", ""],
    ["", "", "", "", "", ""],
    ["Ref", "Action", "Lead", "Target date", "RAG", "Progress update"],
    ["Requirement – NMS 13.3 (Leadership and management): Leaders and managers regularly monitor the "
     "school’s records of children’s care, including incidents of physical intervention, and act on what "
     "they find.", "", "", "", "", ""],
    ["13.3a", "Introduce a weekly review of all physical intervention records by the Head of Care, with themes "
              "reported to the Designated Safeguarding Lead.",
     "Head of Care", "28/02/2025", "Complete", "Weekly review in place since 17/02/2025."],
    ["13.3b", "Commission an independent review of restrictive practice across the residential houses.",
     "Director of Care and Education", "Apr-25", "Green", "Reviewer appointed; fieldwork in April."],
    ["13.3c", "Retrain all house managers in analysing incident data using the Behaviour Watch dashboard.",
     "Training Manager; Head of Care", "Sepember 2025", "Green", "Training dates being arranged with supplier."],
    ["Requirement – NMS 20.1 (Staffing): The school ensures that there are sufficient staff with the right "
     "skills and experience on duty to meet the needs of the children.", "", "", "", "", ""],
    ["20.1a", "Recruit to vacant residential support worker posts and reduce agency usage to below 15% of "
              "rostered hours.",
     "HR Business Partner", "31/07/2025", "Amber", "Agency usage 22% in April (31% in January)."],
    ["20.1b", "Ensure every house has a named senior on shift on the rota at all times, published weekly.",
     "Head of Care", "Mar-25", "Complete", "Rota template changed; checked weekly by Deputy Head of Care."],
    ["Recommendation 1: Leaders should ensure that children’s care plans are updated promptly following "
     "reviews so that staff have current guidance.", "", "", "", "", ""],
    ["R1a", "Update care plans within five working days of any review, with compliance audited monthly.",
     "Deputy Head of Care (Care Planning)", "30/04/2025", "Green", "March audit: 81% within 5 days."],
    ["R1b", "Share updated care plans with parents and placing local authorities through the parent portal.",
     "Family Liaison Lead", "June 2025", "Green", ""],
    ["Recommendation 2: Leaders should ensure that the premises are maintained to a good standard, including "
     "timely repairs to damaged furniture in the houses.", "", "", "", "", ""],
    ["R2a", "Introduce a repairs log for each house with a 48-hour target for safety-critical repairs.",
     "Estates Manager", "31/03/2025", "Complete", "Logs in place in all houses."],
    ["R2b", "Complete the refurbishment of Willow and Beech houses.",
     "Estates Manager / Head of Care", "Dec-25", "Amber", "Beech complete. Willow works start in the summer holiday."],
    ["", "", "", "", "", ""],
    ["RAG key: Complete = action finished and evidenced; Green = on track; Amber = at risk; Red = overdue", "",
     "", "", "", ""],
]


def build_pc():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in PC_ROWS:
        w.writerow(row)
    with open(path(PC_NAME), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def pc_refuse_line():
    with open(path(PC_NAME), encoding="utf-8", newline="") as f:
        for n, line in enumerate(f.read().split("\r\n"), start=1):
            if "Sepember" in line:
                return n


# ======================================================================
# 7. Kenilworth Town Council - internal audit 2024/25 action plan (tab-separated txt)
# ======================================================================
KEN_NAME = "qb-kenilworth-town-council-internal-audit-action-plan-2024-25.txt"
KEN_TITLE = "Internal Audit Report 2024/25 – Action Plan"
KEN_OBJ = {
    "A": "A. Appropriate accounting records have been properly kept throughout the financial year.",
    "B": "B. The Council complied with its financial regulations, payments were supported by invoices, all "
         "expenditure was approved and VAT was appropriately accounted for.",
    "C": "C. The Council assessed the significant risks to achieving its objectives and reviewed the adequacy "
         "of arrangements to manage these.",
    "D": "D. The precept resulted from an adequate budgetary process; progress against the budget was "
         "regularly monitored; and reserves were appropriate.",
    "H": "H. Asset and investments registers were complete and accurate and properly maintained.",
    "L": "L. The Council published information on a free to access website, up to date at the time of the "
         "internal audit, in accordance with the Transparency Code.",
    "M": "M. The Council correctly provided for the period for the exercise of public rights as required by "
         "the Accounts and Audit Regulations.",
}
KEN_ROWS = [
    ("obj", "A"),
    ("act", "A1", "Cash book to be reconciled to Scribe monthly and the reconciliation signed off by the Chair of "
                  "F&GP alongside the bank statements.",
     "RFO", "Jul-25", "C", "In place from July 2025."),
    ("obj", "B"),
    ("act", "B1", "Update Financial Regulations to the 2024 NALC model and re-adopt at Full Council.",
     "Town Clerk", "30/09/2025", "C", "Adopted by Full Council 17/09/2025 (min. 25/112)."),
    ("act", "B2", "Ensure all payments over £500 carry two member authorisations on the online banking portal.",
     "Town Clerk/RFO", "31/08/2025", "G", "Dual authorisation set up; bank mandate update with Unity Trust."),
    ("obj", "C"),
    ("act", "C1", "Review the risk register in full and present it to Full Council for approval, recording the "
                  "minute reference.",
     "Deputy Town Clerk", "By 31 March 2026", "G", "Draft review under way."),
    ("obj", "D"),
    ("act", "D1", "Present quarterly budget monitoring reports, including earmarked reserves, to the F&GP "
                  "Committee.",
     "RFO", "Quarterly", "G", "Q1 and Q2 reports presented."),
    ("act", "D2", "Adopt a reserves policy setting a target level of general reserves of between three and six "
                  "months’ net expenditure.",
     "Cllr J. Whitfield (Chair of F&GP)", "Nov-25", "A",
     "Draft to F&GP 15/10/25; to Full Council 19 November."),
    ("obj", "H"),
    ("act", "H1", "Carry out a physical check of the asset register, including allotment and play equipment, "
                  "and reconcile it to the insurance schedule.",
     "Deputy Town Clerk & Amenities Officer", "31/12/2025", "R",
     "Not started – awaiting appointment of the Amenities Officer."),
    ("obj", "L"),
    ("act", "L1", "Add the 2024/25 internal audit report and this action plan to the Governance page of the "
                  "website.",
     "Town Clerk", "Jun-25", "C", "Done 20/06/2025."),
    ("obj", "M"),
    ("act", "M1", "Publish the notice of the period for the exercise of public rights, with the AGAR documents, "
                  "on the website within the statutory deadlines.",
     "Town Clerk", "Annually (June)", "G", "2025 notice published 27/06/2025."),
]
KEN_EXPECT = {
    "A1": (["RFO"], "2025-07", None, "blue"),
    "B1": (["Town Clerk"], "2025-09", None, "blue"),
    "B2": (["Town Clerk", "RFO"], "2025-08", None, "green"),
    "C1": (["Deputy Town Clerk"], "2026-03", None, "green"),
    "D1": (["RFO"], None, "Quarterly", "green"),
    "D2": (["Cllr J. Whitfield (Chair of F&GP)"], "2025-11", None, "amber"),
    "H1": (["Deputy Town Clerk", "Amenities Officer"], "2025-12", None, "red"),
    "L1": (["Town Clerk"], "2025-06", None, "blue"),
    "M1": (["Town Clerk"], None, "Annually (June)", "green"),
}


def build_ken():
    lines = [
        "KENILWORTH TOWN COUNCIL",
        KEN_TITLE,
        "Progress update to the Finance & General Purposes Committee, 15 October 2025",
        "",
        "\t".join(["Ref", "Recommendation / agreed action", "Responsible", "Target date", "RAG", "Comments"]),
    ]
    for row in KEN_ROWS:
        if row[0] == "obj":
            lines.append(KEN_OBJ[row[1]] + "\t\t\t\t\t")
        else:
            lines.append("\t".join(row[1:]))
    lines += [
        "",
        "RAG key: C = complete; G = on track; A = some slippage; R = not achieved by target date",
        "Note: actions carried forward from the 2023/24 internal audit are reported separately (F&GP item 9).",
    ]
    with open(path(KEN_NAME), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


def main():
    build_monzo()
    build_voa()
    build_bb()
    build_neca()
    build_hospice()
    build_pc()
    build_ken()


if __name__ == "__main__":
    main()
