"""Build the seven yc- blind test files (set heldout565).

Run with /work/main/.venv/bin/python yc_make.py  (openpyxl, python-docx).
Writes only files whose names start with 'yc-' in this folder.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"
LIGHT = "DDEBF7"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def out(name):
    assert name.startswith("yc-")
    return os.path.join(HERE, name)


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day):
    return dt.datetime(y, m, day)


def put(ws, row, col, value, bold=False, fillcol=None, fmt=None, border=True):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if bold:
        c.font = Font(bold=True)
    if fillcol:
        c.fill = fill(fillcol)
    if fmt:
        c.number_format = fmt
    if border:
        c.border = BOX
    return c


# ---------------------------------------------------------------------------
# 1. Brighton & Hove City Council - Strategic Risk Register (xlsx)
# ---------------------------------------------------------------------------
def brighton():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 70
    c = cov.cell(row=1, column=1,
                 value="Brighton & Hove City Council – Strategic Risk Register 2025/26 (Quarter 3)")
    c.font = Font(bold=True, size=14)
    cov.cell(row=3, column=1, value="Document control").font = Font(bold=True)
    dc = [("Version", "3.2"),
          ("Date", d(2026, 1, 14)),
          ("Register owner", "Chief Executive"),
          ("Prepared by", "Performance, Improvement & Programmes"),
          ("Reviewed by", "Corporate Leadership Team, 13 January 2026"),
          ("Reported to", "Audit & Standards Committee, 27 January 2026")]
    for i, (k, v) in enumerate(dc, start=4):
        put(cov, i, 1, k, bold=True)
        put(cov, i, 2, v, fmt="dd/mm/yyyy" if isinstance(v, dt.datetime) else None)
    cov.cell(row=11, column=1, value="Risk scoring (likelihood x impact)").font = Font(bold=True)
    for i, (k, v, f) in enumerate([("15 – 25", "High", RED), ("8 – 12", "Medium", AMBER),
                                    ("1 – 6", "Low", GREEN)], start=12):
        put(cov, i, 1, k, fillcol=f)
        put(cov, i, 2, v)
    cov.cell(row=16, column=1, value="Action status key").font = Font(bold=True)
    for i, (k, v, f) in enumerate([
            ("G", "Action on track to meet target date", GREEN),
            ("A", "Some slippage – revised date agreed or at risk", AMBER),
            ("R", "Significant slippage or target date missed", RED),
            ("B", "Action complete", BLUE)], start=17):
        put(cov, i, 1, k, fillcol=f)
        put(cov, i, 2, v)

    # Risk summary sheet (not actions)
    rs = wb.create_sheet("Risk summary")
    heads = ["Ref", "Risk title", "Risk owner", "Inherent score", "Current score",
             "Target score", "Direction of travel"]
    widths = [8, 48, 34, 12, 12, 12, 14]
    for i, (h, w) in enumerate(zip(heads, widths), start=1):
        put(rs, 1, i, h, bold=True, fillcol=GREY)
        rs.column_dimensions[chr(64 + i)].width = w
    risks = [("SR2", "Financial sustainability", "Chief Finance Officer", 25, 20, 12, "↔"),
             ("SR7", "Demand for temporary accommodation",
              "Corporate Director – Homes & Adult Social Care", 20, 16, 9, "↑"),
             ("SR13", "Cyber security and resilience", "Chief Digital Officer", 20, 12, 8, "↓")]

    def sc(v):
        return RED if v >= 15 else (AMBER if v >= 8 else GREEN)
    for r, row in enumerate(risks, start=2):
        for cidx, v in enumerate(row, start=1):
            put(rs, r, cidx, v, fillcol=sc(v) if cidx in (4, 5, 6) else None)

    # Further actions sheet
    ws = wb.create_sheet("Further actions")
    widths = [24, 9, 60, 30, 14, 14, 9, 48]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws.merge_cells("A1:H1")
    ws["A1"] = "Strategic Risk Register – further mitigating actions, Quarter 3 2025/26"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:H2")
    ws["A2"] = ("Actions agreed by risk owners to bring each risk to its target score. "
                "Where a revised target date has been agreed it replaces the original date.")
    ws["A2"].font = Font(italic=True)
    heads = ["Risk", "Action ref", "Further mitigating action", "Action owner",
             "Original target date", "Revised target date", "Status",
             "Progress update (December 2025)"]
    for i, h in enumerate(heads, start=1):
        put(ws, 4, i, h, bold=True, fillcol=GREY)
    fills = {"G": GREEN, "A": AMBER, "R": RED, "B": BLUE}
    groups = [
        ("SR2 Financial sustainability", [
            ("SR2.1", "Deliver the 2025/26 savings programme (£14.2m), with monthly tracking of "
                      "delivery against plan reported to the Corporate Leadership Team.",
             "Chief Finance Officer", d(2026, 3, 31), None, "A",
             "£9.8m delivered or on track; £2.1m in Families, Children & Learning at risk and "
             "mitigations being identified."),
            ("SR2.2", "Refresh the Medium Term Financial Strategy to 2029/30 and present a balanced "
                      "2026/27 budget to Budget Council.",
             "Head of Finance (Deputy S151 Officer)", d(2026, 2, 26), None, "G",
             "Draft MTFS considered by Cabinet in December."),
            ("SR2.3", "Review fees and charges against comparator authorities and bring proposals "
                      "forward as part of budget setting.",
             "Head of Finance (Deputy S151 Officer) / Corporate Directors", d(2025, 9, 30),
             d(2025, 10, 31), "B", "Proposals included in the draft 2026/27 budget."),
        ]),
        ("SR7 Demand for temporary accommodation", [
            ("SR7.1", "Acquire 150 additional homes for use as emergency and temporary "
                      "accommodation through the Home Purchase Policy.",
             "Head of Housing Needs & Supply", d(2026, 3, 31), d(2027, 3, 31), "A",
             "64 homes completed. Revised date agreed by Housing & New Homes Committee."),
            ("SR7.2", "Reduce reliance on spot-purchased nightly-paid accommodation by opening a "
                      "council-run assessment centre for single homeless people.",
             "Head of Housing Needs & Supply", d(2025, 11, 30), None, "R",
             "Planning consent delayed and target date missed. New date to be agreed in March."),
            ("SR7.3", "Procure a new framework for private sector leased accommodation.",
             "Head of Procurement", "Q4 2025/26", None, "G",
             "Tender evaluation under way."),
        ]),
        ("SR13 Cyber security and resilience", [
            ("SR13.1", "Complete migration of remaining on-premises servers to the cloud hosting "
                       "platform and decommission the Hove Town Hall data centre.",
             "Head of IT&D", d(2026, 6, 30), None, "G", "72% of workloads migrated."),
            ("SR13.2", "Deliver mandatory cyber awareness training to all staff with network "
                       "access, with completion reported quarterly (target 95%).",
             "Head of IT&D / Head of HR & OD", "Ongoing", None, "G",
             "Completion at 91% at end of December."),
        ]),
    ]
    r = 5
    for risk, acts in groups:
        start = r
        for ref, text, owner, orig, rev, st, upd in acts:
            put(ws, r, 2, ref)
            put(ws, r, 3, text)
            put(ws, r, 4, owner)
            put(ws, r, 5, orig, fmt="dd/mm/yyyy" if isinstance(orig, dt.datetime) else None)
            put(ws, r, 6, rev, fmt="dd/mm/yyyy" if isinstance(rev, dt.datetime) else None)
            put(ws, r, 7, st, fillcol=fills[st])
            ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
            put(ws, r, 8, upd)
            put(ws, r, 1, None)
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        c = ws.cell(row=start, column=1, value=risk)
        c.font = Font(bold=True)
        c.fill = fill(LIGHT)
        c.alignment = WRAP
    ws.freeze_panes = "A5"
    wb.save(out("yc-brighton-and-hove-city-council-strategic-risk-register-q3-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. Thurrock Council - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def thurrock():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm.column_dimensions["A"].width = 62
    for col in "BCDEFG":
        sm.column_dimensions[col].width = 13
    sm["A1"] = "Thurrock Council – Internal Audit Recommendations Tracker"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Summary of High and Medium priority recommendations – position at 31 December 2025"
    heads = ["Audit", "Assurance", "Agreed actions", "Implemented", "Green", "Amber", "Red"]
    for i, h in enumerate(heads, start=1):
        put(sm, 4, i, h, bold=True, fillcol=GREY)
    rows = [("Accounts Payable 2024/25", "Limited", 4, 3, 0, 1, 0),
            ("Temporary Accommodation Placements 2024/25", "Limited", 3, 0, 1, 1, 1),
            ("Information Governance: Subject Access Requests 2025/26", "Reasonable", 2, 0, 1, 1, 0)]
    for r, row in enumerate(rows, start=5):
        for cidx, v in enumerate(row, start=1):
            put(sm, r, cidx, v)
    tot = ["Total", ""] + [sum(x[i] for x in rows) for i in range(2, 7)]
    for cidx, v in enumerate(tot, start=1):
        put(sm, 8, cidx, v, bold=True)
    sm["A10"] = "Status key"
    sm["A10"].font = Font(bold=True)
    key = [("Implemented – management have confirmed the action is complete", BLUE),
           ("Green – in progress and on track to meet the target date", GREEN),
           ("Amber – in progress but behind the original timetable", AMBER),
           ("Red – target date passed and action not implemented", RED)]
    for i, (t, f) in enumerate(key, start=11):
        put(sm, i, 1, t, fillcol=f)

    ws = wb.create_sheet("Recommendations")
    widths = [9, 46, 9, 52, 30, 13, 13, 13, 44]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws["A1"] = "Thurrock Council – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = ("Position at 31 December 2025 – reported to Standards and Audit Committee, "
                "29 January 2026")
    heads = ["Ref", "Recommendation", "Priority", "Agreed management action",
             "Responsible officer", "Target date", "Revised target date", "Status",
             "Progress update"]
    for i, h in enumerate(heads, start=1):
        put(ws, 4, i, h, bold=True, fillcol=GREY)
    sfill = {"Implemented": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    audits = [
        ("Accounts Payable 2024/25 – Limited assurance", [
            ("Independent verification of all requests to amend supplier bank details should be "
             "carried out and evidenced before the change is made in the finance system.", "High", [
                ("AP1", "Call-back verification to a known supplier contact will be completed and "
                        "evidenced on the change form by a second officer before any bank detail "
                        "change is processed.",
                 "Strategic Lead – Corporate Finance", d(2025, 6, 30), d(2025, 9, 30),
                 "Implemented", "Confirmed by Internal Audit follow-up, October 2025.")]),
            ("Purchase orders should be raised before goods or services are ordered and the No PO "
             "No Pay policy should be enforced.", "High", [
                ("AP2(a)", "Issue a reminder to all budget holders on the requirement to raise "
                           "purchase orders before commitment, supported by a guidance note on the "
                           "intranet.",
                 "Strategic Lead – Procurement", d(2025, 7, 31), None, "Implemented",
                 "Reminder issued 14 July 2025."),
                ("AP2(b)", "Introduce monthly exception reporting of retrospective orders by "
                           "directorate, with persistent non-compliance escalated to Directors' "
                           "Board.",
                 "Strategic Lead – Procurement / Directorate Finance Business Partners",
                 d(2025, 9, 30), d(2026, 3, 31), "Amber",
                 "Report built; first run delayed by the finance system upgrade.")]),
            ("Duplicate payment checks should be run before each payment run and the results "
             "retained.", "Medium", [
                ("AP3", "Run the duplicate payment report before each BACS run and retain the "
                        "signed-off report.",
                 "Accounts Payable Manager", d(2025, 5, 31), None, "Implemented",
                 "In place from May 2025.")]),
        ]),
        ("Temporary Accommodation Placements 2024/25 – Limited assurance", [
            ("All nightly-paid placements should be supported by an approved placement request "
             "and a signed occupancy agreement.", "High", [
                ("TA1", "Introduce a placement authorisation form requiring Team Manager approval "
                        "for all nightly-paid placements, with weekly compliance checks by the "
                        "Temporary Accommodation Team.",
                 "Head of Housing Solutions", d(2025, 9, 30), d(2026, 1, 31), "Amber",
                 "Form in use; compliance checks start in January.")]),
            ("Invoices from accommodation providers should be reconciled to placement records "
             "before payment.", "High", [
                ("TA2", "Develop a monthly reconciliation between the housing case management "
                        "system and provider invoices, with any overpayments recovered.",
                 "Head of Housing Solutions / Strategic Lead – Corporate Finance",
                 d(2025, 12, 31), None, "Red",
                 "Not yet implemented. Resourcing being reviewed by the Director of Housing.")]),
            ("Rent and service charge accounts for temporary accommodation should be set up "
             "promptly so that charges are raised from the start of each placement.", "Medium", [
                ("TA3", "Agree a service level with the Income Team for account set-up within five "
                        "working days of placement.",
                 "Temporary Accommodation Manager", d(2026, 3, 31), None, "Green",
                 "Draft service level agreed in principle.")]),
        ]),
        ("Information Governance: Subject Access Requests 2025/26 – Reasonable assurance", [
            ("Subject access requests should be logged centrally so that compliance with the "
             "one-month statutory deadline can be monitored.", "Medium", [
                ("IG1", "Move all SAR logging onto the corporate case management system and report "
                        "timeliness monthly to the Information Governance Board.",
                 "Data Protection Officer", d(2026, 2, 28), None, "Green",
                 "Configuration complete; testing under way.")]),
            ("Staff handling SARs should complete refresher training on redaction.", "Medium", [
                ("IG2", "Deliver redaction training to all SAR coordinators and record completion.",
                 "Information Governance Manager", "TBC", None, "Amber",
                 "Training provider being sourced.")]),
        ]),
    ]
    r = 5
    for audit, recs in audits:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(row=r, column=1, value=audit)
        c.font = Font(bold=True)
        c.fill = fill(LIGHT)
        r += 1
        for rec, prio, acts in recs:
            start = r
            for ref, act, officer, tgt, rev, st, upd in acts:
                put(ws, r, 1, ref)
                put(ws, r, 2, None)
                put(ws, r, 3, None)
                put(ws, r, 4, act)
                put(ws, r, 5, officer)
                put(ws, r, 6, tgt, fmt="dd/mm/yyyy" if isinstance(tgt, dt.datetime) else None)
                put(ws, r, 7, rev, fmt="dd/mm/yyyy" if isinstance(rev, dt.datetime) else None)
                put(ws, r, 8, st, fillcol=sfill[st])
                put(ws, r, 9, upd)
                r += 1
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=start, start_column=3, end_row=r - 1, end_column=3)
            ws.cell(row=start, column=2, value=rec).alignment = WRAP
            ws.cell(row=start, column=3, value=prio).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1,
            value="Note: Low priority recommendations are followed up by service management and "
                  "are not reported to Committee.").font = Font(italic=True)
    ws.freeze_panes = "A5"
    wb.active = 1
    wb.save(out("yc-thurrock-council-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. Telford & Wrekin Council - transformation highlight report (xlsx, refuse)
# ---------------------------------------------------------------------------
def telford():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    widths = [20, 7, 52, 28, 12, 12, 11, 11, 46]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws["A1"] = "Telford & Wrekin Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Transformation & Efficiency Programme – Highlight Report"
    ws["A2"].font = Font(bold=True, size=14)
    put(ws, 4, 1, "Reporting period", bold=True)
    put(ws, 4, 2, "December 2025")
    ws.merge_cells("B4:C4")
    put(ws, 4, 4, "Programme SRO", bold=True)
    put(ws, 4, 5, "Director: Finance, People & IDT")
    ws.merge_cells("E4:G4")
    put(ws, 5, 1, "Report to", bold=True)
    put(ws, 5, 2, "Transformation Board, 14 January 2026")
    ws.merge_cells("B5:C5")
    put(ws, 5, 4, "Overall RAG", bold=True)
    put(ws, 5, 5, "Amber", fillcol=AMBER)
    ws["A7"] = "Key achievements this period"
    ws["A7"].font = Font(bold=True)
    ws["A8"] = "• Digital contact centre phase 1 live; 38% of council tax enquiries now self-serve."
    ws["A9"] = "• Agency spend down 11% against the Q1 baseline."
    ws["A11"] = "Milestones and actions"
    ws["A11"].font = Font(bold=True)
    heads = ["Workstream", "Ref", "Milestone / action", "Lead", "Baseline date",
             "Forecast date", "Previous RAG", "Current RAG", "Commentary"]
    for i, h in enumerate(heads, start=1):
        put(ws, 12, i, h, bold=True, fillcol=GREY)
    rag = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    streams = [
        ("Customer & Digital", [
            ("CD1", "Launch phase 2 of the digital contact centre, adding waste and highways "
                    "reporting to the online customer account.",
             "Head of Customer Services", "Mar-26", "Mar-26", "Green", "Green",
             "Build complete; user testing in February."),
            ("CD2", "Replace the legacy telephony platform with cloud contact centre software.",
             "Head of IDT", "Jan-26", "Apr-26", "Green", "Amber",
             "Supplier delay on number porting."),
            ("CD3", "Close the Wellington customer service desk and move face-to-face support to "
                    "the library hubs.",
             "Head of Customer Services", "Nov-25", "Nov-25", "Amber", "Complete",
             "Completed 28 November 2025."),
        ]),
        ("Workforce", [
            ("WF1", "Reduce agency social worker spend by 20% through the Grow Our Own "
                    "apprenticeship scheme.",
             "Head of HR & OD / Director: Children's Safeguarding & Family Support",
             "Mar-26", "Mar-26", "Amber", "Green", "On track; 11% reduction to date."),
            ("WF2", "Implement the new hybrid working policy and consolidate office space at "
                    "Addenbrooke House.",
             "Head of Property & Investment", "Jul-26", "0ct-26", "Green", "Amber",
             "Lease negotiations with partners ongoing."),
            ("WF3", "Roll out the management development programme to all third-tier managers.",
             "Head of HR & OD", "Jun-26", "Jun-26", "Green", "Green", "Cohort 2 started."),
        ]),
        ("Commercial & Assets", [
            ("CA1", "Deliver £1.2m additional commercial income from the NuPlace housing "
                    "company and trading services.",
             "Commercial Services Manager", "Mar-26", "Mar-26", "Amber", "Amber",
             "£0.8m forecast; gap being reviewed."),
            ("CA2", "Dispose of surplus assets identified in the Asset Review.",
             "Head of Property & Investment", "Sep-26", "Sep-26", "Green", "Green",
             "Three sites marketed."),
            ("CA3", "Complete the review of fees and charges for 2026/27.",
             "Chief Financial Officer", "Feb-26", "Feb-26", "Green", "Green",
             "To Cabinet 5 February 2026."),
        ]),
    ]
    r = 13
    for stream, acts in streams:
        start = r
        for ref, text, lead, base, fc, prev, cur, com in acts:
            put(ws, r, 1, None)
            put(ws, r, 2, ref)
            put(ws, r, 3, text)
            put(ws, r, 4, lead)
            put(ws, r, 5, base)
            put(ws, r, 6, fc)
            put(ws, r, 7, prev, fillcol=rag[prev])
            put(ws, r, 8, cur, fillcol=rag[cur])
            put(ws, r, 9, com)
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        c = ws.cell(row=start, column=1, value=stream)
        c.font = Font(bold=True)
        c.alignment = WRAP
    assert ws.cell(row=17, column=6).value == "0ct-26"  # the typo row (refuse_at)
    r += 1
    ws.cell(row=r, column=1, value="Key risks and issues").font = Font(bold=True)
    r += 1
    for i, h in enumerate(["Risk / issue", "", "Description", "Mitigation"], start=1):
        if h:
            put(ws, r, i, h, bold=True, fillcol=GREY)
    r += 1
    put(ws, r, 1, "Risk")
    put(ws, r, 3, "Capacity in IDT to support parallel system releases.")
    put(ws, r, 4, "Prioritisation agreed at Digital Board.")
    r += 2
    ws.cell(row=r, column=1, value="Decisions required from Transformation Board: none this period.")
    wb.save(out("yc-telford-and-wrekin-council-transformation-programme-highlight-report-typo-month-refuse.xlsx"))


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
    """Write text; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n") if text else [""]
    cell.paragraphs[0].text = ""
    for i, part in enumerate(parts):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. Herefordshire Safeguarding Children Partnership - CSPR Child L (docx)
# ---------------------------------------------------------------------------
def herefordshire():
    doc = Document()
    landscape(doc)
    doc.sections[0].header.paragraphs[0].text = "Herefordshire Safeguarding Children Partnership"
    doc.add_paragraph("Child L – Local Child Safeguarding Practice Review: Multi-Agency Action Plan",
                      style="Title")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.3"), ("Date", "24 November 2025"),
                 ("Plan owner", "HSCP Business Unit"),
                 ("Approved by", "HSCP Executive Group, 10 July 2025"),
                 ("Monitored by", "Learning and Review Subgroup (next review February 2026)")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    doc.add_paragraph()
    doc.add_paragraph("Background", style="Heading 2")
    doc.add_paragraph(
        "The review of Child L, a baby who suffered serious non-accidental injuries at eight weeks "
        "old, was published in June 2025. The independent reviewer made three recommendations to "
        "the partnership. This plan sets out the partnership’s response and is updated for each "
        "meeting of the Learning and Review Subgroup.")
    doc.add_paragraph("RAG key", style="Heading 2")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for col, txt in [(RED, "Not started or significantly off track"),
                     (AMBER, "In progress – timescale at risk"),
                     (GREEN, "In progress and on track"),
                     (BLUE, "Complete and evidence of impact received")]:
        row = k.add_row().cells
        shade(row[0], col)
        set_cell(row[1], txt)
    doc.add_paragraph()
    doc.add_paragraph("Action plan", style="Heading 2")

    recs = [
        ("Recommendation 1: Partner agencies should ensure that practitioners working with babies "
         "and their parents identify, engage and assess fathers and male carers, and that this is "
         "recorded in assessments and plans.", [
            ("1.1", "Produce and circulate a multi-agency 7-minute briefing on the learning from "
                    "this review about fathers and male carers.",
             "HSCP Business Manager", "August 2025",
             "Briefing published 4 August 2025 and discussed at team meetings in all agencies.",
             BLUE),
            ("1.2", "Update the pre-birth assessment template in children’s social care to include "
                    "a mandatory section on fathers and male carers, covering their history and "
                    "their views.",
             "Herefordshire Council – Head of Service, Safeguarding and Review",
             "31/10/2025\nRevised: 31/01/2026",
             "Template drafted; awaiting changes to the case recording system.", AMBER),
            ("1.3", "Midwifery and health visiting to audit a sample of 20 records to test whether "
                    "details of fathers and male carers are recorded at booking and at the new "
                    "birth visit.\nFindings to be reported to the Learning and Review Subgroup.",
             "Named Midwife for Safeguarding / Health Visiting Service Lead", "January 2026",
             "Audit sample selected.", GREEN),
        ]),
        ("Recommendation 2: The partnership should be assured that adult mental health services "
         "share information with children’s social care when a parent they are supporting is "
         "pregnant or caring for a baby.", [
            ("2.1", "Agree a protocol for notifying children’s social care when a parent open to "
                    "adult mental health services is known to be pregnant or caring for a baby.",
             "Herefordshire and Worcestershire Health and Care NHS Trust – Head of Safeguarding",
             "End of March 2026", "Draft protocol out for consultation with partners.", GREEN),
            ("2.2", "Seek assurance through a multi-agency case audit that the protocol is being "
                    "used.",
             "Chair, Quality Assurance Subgroup", "Q1 2026/27",
             "Not yet due – audit scheduled once the protocol is agreed.", None),
        ]),
        ("Recommendation 3: Partner agencies should promote a culture of professional challenge, "
         "so that practitioners escalate concerns when they disagree with decisions about a "
         "child’s safety.", [
            ("3.1", "Refresh the HSCP Resolving Professional Differences (Escalation) Policy and "
                    "relaunch it at the practitioner forum.",
             "HSCP Business Manager", "September 2025",
             "Relaunched at the practitioner forum on 18 September 2025.", BLUE),
            ("3.2", "Include the learning from Child L in the multi-agency Working Together "
                    "training programme for 2025/26.",
             "Learning and Development Coordinator", "Ongoing",
             "Case study added to the course from October 2025.", GREEN),
            ("3.3", "Each partner agency to report to the HSCP Executive Group on the number of "
                    "escalations raised and their outcomes.",
             "All partner agency safeguarding leads", "Six-monthly",
             "Returns received from two of five agencies; others chased.", RED),
        ]),
    ]
    heads = ["Ref", "Action", "Lead agency / officer", "Timescale",
             "Progress and evidence of impact", "RAG"]
    for rec, acts in recs:
        tb = doc.add_table(rows=2, cols=6)
        tb.style = "Table Grid"
        top = tb.rows[0].cells
        m = top[0].merge(top[5])
        set_cell(m, rec, bold=True)
        shade(m, "DEEAF6")
        for i, h in enumerate(heads):
            set_cell(tb.rows[1].cells[i], h, bold=True)
        for ref, act, lead, when, prog, col in acts:
            cells = tb.add_row().cells
            for i, v in enumerate([ref, act, lead, when, prog, ""]):
                set_cell(cells[i], v)
            if col:
                shade(cells[5], col)
        doc.add_paragraph()
    doc.add_paragraph(
        "Actions are closed by the Learning and Review Subgroup only when evidence of impact has "
        "been received.")
    doc.save(out("yc-herefordshire-safeguarding-children-partnership-cspr-child-l-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Shropshire Council - Ofsted focused visit action plan (docx)
# ---------------------------------------------------------------------------
def shropshire():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Shropshire Council Children’s Services – Ofsted Focused Visit Action Plan",
                      style="Title")
    doc.add_paragraph("Focused visit 1 and 2 July 2025: children in need and children subject to a "
                      "child protection plan")
    doc.add_paragraph("Plan owner: Executive Director of People   |   Updated: 12 January 2026   |   "
                      "Reported to: People Overview and Scrutiny Committee")
    doc.add_paragraph("Summary of progress", style="Heading 2")
    s = doc.add_table(rows=1, cols=5)
    s.style = "Table Grid"
    for i, h in enumerate(["", "B – Complete", "G – On track", "A – Some risk", "R – Off track"]):
        set_cell(s.rows[0].cells[i], h, bold=True)
    for lab, vals in [("December 2025", ["0", "3", "3", "0"]), ("January 2026", ["2", "3", "2", "0"])]:
        cells = s.add_row().cells
        set_cell(cells[0], lab, bold=True)
        for i, v in enumerate(vals, start=1):
            set_cell(cells[i], v)
    doc.add_paragraph()
    doc.add_paragraph("Action plan", style="Heading 2")
    heads = ["Ref", "Action", "Lead", "By when", "Progress update (January 2026)",
             "Previous RAG", "Current RAG"]
    tb = doc.add_table(rows=1, cols=7)
    tb.style = "Table Grid"
    for i, h in enumerate(heads):
        set_cell(tb.rows[0].cells[i], h, bold=True)
        shade(tb.rows[0].cells[i], "D9D9D9")
    ragcol = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    areas = [
        ("Area for improvement 1: The quality and impact of management oversight and supervision, "
         "so that plans for children progress without drift.", [
            ("1.1", "Introduce a revised supervision template that records the child’s plan, "
                    "progress against it and clear actions with timescales.",
             "Principal Social Worker", "October 2025",
             "Template in use across all teams from 6 October 2025.", "G", "B"),
            ("1.2", "Team managers to complete monthly audits of supervision records, with findings "
                    "collated and reported to the Children’s Services Quality Assurance Board.",
             "Head of Quality, Performance and Practice", "Monthly",
             "Audits completed in October, November and December.", "A", "G"),
            ("1.3", "Deliver a management development programme for all team managers and advanced "
                    "practitioners on reflective supervision.",
             "Head of Workforce Development / Principal Social Worker",
             "Sept 2025 – March 2026",
             "Two of four sessions delivered; attendance at 68%.", "G", "A"),
        ]),
        ("Area for improvement 2: The timeliness of initial child protection conferences and the "
         "quality of child protection plans.", [
            ("2.1", "Review the process for booking initial child protection conferences so that "
                    "they are held within 15 working days of the strategy discussion.",
             "Service Manager (Safeguarding Unit)", "31/12/2025",
             "New booking process live; timeliness 89% in December.", "A", "B"),
            ("2.2", "Child protection chairs to quality assure every child protection plan at "
                    "review and escalate plans that are not specific or measurable.",
             "Service Manager (Safeguarding Unit)", "Nov 2025 (revised Feb 2026)",
             "Quality assurance tool agreed; chairs’ training delayed.", "G", "A"),
        ]),
        ("Area for improvement 3: The extent to which children’s lived experience is understood "
         "and informs their plans.", [
            ("3.1", "Launch the direct work toolkit and require its use in all child and family "
                    "assessments.",
             "Principal Social Worker", "Jan-26",
             "Toolkit launched at the practice week in November.", "A", "G"),
            ("3.2", "Establish a young people’s group with the Participation Team to co-produce a "
                    "child-friendly child protection plan.",
             "Assistant Director – Children’s Social Care and Safeguarding", "March 2026",
             "First meeting held 9 December 2025.", "", "G"),
        ]),
    ]
    for area, acts in areas:
        cells = tb.add_row().cells
        m = cells[0].merge(cells[6])
        set_cell(m, area, bold=True)
        shade(m, "DEEAF6")
        for ref, act, lead, when, upd, prev, cur in acts:
            c = tb.add_row().cells
            for i, v in enumerate([ref, act, lead, when, upd, prev, cur]):
                set_cell(c[i], v)
            if prev:
                shade(c[5], ragcol[prev])
            shade(c[6], ragcol[cur])
    doc.add_paragraph()
    doc.add_paragraph("RAG: B – complete; G – on track; A – some risk to delivery; R – off track. "
                      "Actions rated B for two consecutive reports are removed from the plan.")
    doc.save(out("yc-shropshire-council-ofsted-focused-visit-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Devon Health and Wellbeing Board - action log (csv)
# ---------------------------------------------------------------------------
def devon():
    rows = [
        ["Devon Health and Wellbeing Board – Action Log", "", "", "", "", "", "", ""],
        ["Last updated 08/01/2026. Actions marked Complete are removed after the next meeting.",
         "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Ref", "Meeting date", "Minute", "Action", "Lead", "Due date", "RAG", "Update"],
        ["HWB-25-04", "12/06/2025", "Min 6",
         "Circulate the refreshed Joint Strategic Needs Assessment summary to Board members and "
         "publish it on the Devon Health and Wellbeing website.",
         "Director of Public Health", "31/07/2025", "Complete", "Circulated 21 July 2025."],
        ["HWB-25-05", "12/06/2025", "Min 7",
         "Bring the Better Care Fund 2025-26 plan and Q1 performance report to the September "
         "meeting.",
         "Director of Integrated Adult Social Care & ICB Director of Strategy", "Sep-25",
         "Complete", "On agenda 11/09/2025."],
        ["HWB-25-06", "12/06/2025", "Min 9",
         "Members to nominate a representative to the Devon Suicide Prevention Partnership.",
         "All Board members", "Next meeting", "Complete", "Cllr nominated at September meeting."],
        ["HWB-25-09", "11/09/2025", "Min 18",
         "Provide a breakdown of childhood immunisation uptake by locality, including MMR2 at "
         "five years.",
         "SW/KD", "11/12/2025", "Amber", "Data received for 3 of 4 localities."],
        ["HWB-25-10", "11/09/2025", "Min 19",
         "Arrange a Board development session on the refresh of the Joint Health and Wellbeing "
         "Strategy.\nInvite Healthwatch Devon and the VCSE Assembly to contribute.",
         "Democratic Services Officer; Consultant in Public Health", "Nov-25 (revised to Feb-26)",
         "Amber", "Moved to February to follow the ICB strategy workshop."],
        ["HWB-25-12", "11/09/2025", "Min 21",
         "Report back on progress with the Devon Housing and Health Delivery Plan, including damp "
         "and mould referrals.",
         "Chair of the Housing and Health Group", "March 2026", "Green", ""],
        ["HWB-25-15", "11/12/2025", "Min 30",
         "Write to the Secretary of State on behalf of the Board about the public health grant "
         "allocation for 2026/27.",
         "Chair", "31/01/2026", "Green", "Draft letter with the Chair."],
        ["HWB-25-16", "11/12/2025", "Min 31",
         "Add an update on the Pharmaceutical Needs Assessment supplementary statements to the "
         "forward plan.",
         "Democratic Services Officer", "TBC", "", ""],
        ["HWB-25-17", "11/12/2025", "Min 33",
         "Circulate the winter system pressures dashboard to Board members fortnightly.",
         "Dr Anna Price & Tom Leeds", "31/03/2026", "Green", "First dashboard sent 19/12/2025."],
        ["", "", "", "", "", "", "", ""],
        ["RAG key: Complete = action completed; Green = on track; Amber = at risk of missing the "
         "due date; Red = overdue", "", "", "", "", "", "", ""],
    ]
    with open(out("yc-devon-health-and-wellbeing-board-action-log.csv"), "w", newline="",
              encoding="utf-8") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)


# ---------------------------------------------------------------------------
# 7. Buckinghamshire Council - corporate plan delivery plan Q2 (txt)
# ---------------------------------------------------------------------------
def buckinghamshire():
    L = []
    L.append("Buckinghamshire Council Corporate Plan - Annual Delivery Plan 2025/26: Quarter 2 "
             "Progress Report")
    L.append("Exported from the performance management system 14/11/2025 09:32 by Policy & "
             "Performance")
    L.append("Status key: Complete | Green - on track | Amber - at risk | Red - off track | "
             "Not started")
    L.append("")
    data = [
        ("Priority 1: Strengthening our communities", [
            ("Objective 1a: Enabling safe and resilient communities", [
                ("SC1a.1", "Launch the new Community Boards funding round with a focus on "
                           "cost-of-living support and community transport.",
                 "Head of Localism", "30/06/2025", "Complete",
                 "Funding round opened 2 June; 146 applications received."),
                ("SC1a.2", "Deliver the Safer Buckinghamshire Plan priority on tackling violence "
                           "against women and girls, including White Ribbon accreditation.",
                 "Head of Community Safety", "Mar-26", "Green",
                 "White Ribbon action plan submitted."),
            ]),
            ("Objective 1b: Libraries and culture", [
                ("SC1b.1", "Complete the libraries modernisation programme at Aylesbury and "
                           "Chesham, including self-service kiosks.",
                 "Service Director, Culture, Sport and Leisure", "Q3 2025/26", "Amber",
                 "Chesham complete; Aylesbury works delayed by asbestos survey."),
            ]),
        ]),
        ("Priority 2: Protecting the vulnerable", [
            ("Objective 2a: Children and families", [
                ("PV2a.1", "Open two new council-run children's homes to increase local placement "
                           "sufficiency.",
                 "Director of Children's Social Care", "December 2025 (revised: June 2026)",
                 "Amber", "First home registered with Ofsted; second home in refurbishment."),
                ("PV2a.2", "Reduce the number of Education, Health and Care needs assessments "
                           "completed outside the 20-week timescale through the SEND improvement "
                           "programme.",
                 "Head of SEND / Director of Education", "Ongoing", "Red",
                 "Timeliness 41% in Q2 against a target of 60%."),
            ]),
            ("Objective 2b: Adults", [
                ("PV2b.1", "Implement the new Adult Social Care front door and prevention offer "
                           "across all three localities.",
                 "Director of Adult Social Care Operations", "31 January 2026", "Green",
                 "North and Central localities live."),
                ("PV2b.2", "Commission additional extra care housing capacity in Aylesbury Vale.",
                 "Head of Adult Social Care Commissioning", "By 31 March 2026", "Not started",
                 "Market engagement planned for Q3."),
            ]),
        ]),
        ("Priority 3: Improving our environment", [
            ("Objective 3a: Climate and waste", [
                ("IE3a.1", "Plant a further 100,000 trees through the Buckinghamshire tree planting "
                           "programme during the 2025/26 planting season.",
                 "Head of Climate Change & Sustainability", "March 2026", "Green",
                 "Sites confirmed for winter planting."),
                ("IE3a.2", "Extend kerbside small electricals and textiles collections to all "
                           "households in the north of the county.",
                 "Head of Waste Services", "Oct-25", "Complete", "Service extended 6 October."),
            ]),
        ]),
        ("Priority 4: Increasing prosperity", [
            ("Objective 4a: Infrastructure and growth", [
                ("IP4a.1", "Publish the draft Local Plan for Buckinghamshire for Regulation 19 "
                           "consultation.",
                 "Service Director, Planning and Environment", "TBC", "Amber",
                 "Timetable under review following changes to national planning policy."),
            ]),
        ]),
    ]
    n = 0
    for prio, objs in data:
        L.append(prio)
        L.append("=" * len(prio))
        L.append("")
        for obj, acts in objs:
            L.append(obj)
            L.append("-" * len(obj))
            for ref, text, lead, due, st, upd in acts:
                n += 1
                L.append(f"Ref:        {ref}")
                L.append(f"Action:     {text}")
                L.append(f"Lead:       {lead}")
                L.append(f"Due:        {due}")
                L.append(f"Status:     {st}")
                L.append(f"Q2 update:  {upd}")
                L.append("")
        L.append("")
    L.append(f"End of report - {n} actions")
    with open(out("yc-buckinghamshire-council-corporate-plan-delivery-plan-q2-2025-26.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    brighton()
    thurrock()
    telford()
    herefordshire()
    shropshire()
    devon()
    buckinghamshire()
    print("built 7 files")
