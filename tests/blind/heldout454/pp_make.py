#!/usr/bin/env python3
"""Build the seven pp- blind cases (data files and their expected readings).

Run with /work/main/.venv/bin/python pp_make.py from any directory; files are written
beside this script.  Only files whose names start with "pp-" are written.
"""
import csv
import io
import os
from datetime import datetime

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "0070C0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "head": "1F3864",
    "pale": "DEEAF6",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def path(name):
    assert name.startswith("pp-")
    return os.path.join(HERE, name)


def fill(hexcol):
    return PatternFill(start_color=hexcol, end_color=hexcol, fill_type="solid")


def write_expected(name, source, reads, title, actions, outcome="read",
                   accept_refusal=False, refuse_at=None):
    d = {"source": source, "reads": reads, "outcome": outcome,
         "accept_refusal": accept_refusal}
    if refuse_at is not None:
        d["refuse_at"] = refuse_at
    if title is not None:
        d["title"] = title
    if outcome == "read":
        acts = []
        for a in actions:
            e = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                 "lead": a["lead"], "end": a["end"]}
            if a.get("end_text"):
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            acts.append(e)
        d["actions"] = acts
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(d, f, sort_keys=False, allow_unicode=True, width=4096)


def A(ref, under, action, lead, end, status, end_text=None, **extra):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end,
         "status": status}
    if end_text:
        d["end_text"] = end_text
    d.update(extra)
    return d


# ---------------------------------------------------------------------------
# 1. Starling Bank – FCA financial crime remediation tracker (xlsx)
# ---------------------------------------------------------------------------
def starling():
    name = "pp-starling-bank-fca-financial-crime-remediation-tracker.xlsx"
    title = "Financial Crime Remediation Programme – FCA Action Tracker"
    ws1 = "Workstream 1 – VREQ compliance and monitoring"
    ws2 = "Workstream 2 – Financial sanctions screening"
    ws3 = "Workstream 3 – Customer risk assessment and enhanced due diligence"
    ws4 = "Workstream 4 – Governance, skills and culture"
    f11 = ("Controls to prevent the onboarding of high or higher risk customers did not "
           "operate as intended, and compliance with the VREQ was not monitored.")
    f12 = "Senior management oversight of compliance with the VREQ was insufficient."
    f21 = ("Sanctions screening covered only part of the customer base and fuzzy-matching "
           "thresholds had not been calibrated.")
    f31 = ("The customer risk assessment methodology did not reflect all relevant risk "
           "factors and EDD capacity had not kept pace with growth.")
    f41 = ("Senior management lacked sufficient AML experience and responsibilities across "
           "the three lines of defence were not clearly defined.")
    d = datetime
    # (ref, ws, finding, action, owner_cell, orig, revised, prev, cur_text, cur_col, update, expected lead, end, status)
    rows = [
        ("1.1", ws1, f11,
         "Map each VREQ requirement and sub-requirement to a named preventive control with a documented control owner.",
         "Head of Regulatory Compliance", d(2025, 3, 31), None, "Green", "Complete", "blue",
         "Control map approved by ERC 18/03/2025. Validated by 2LoD.",
         ["Head of Regulatory Compliance"], "2025-03", "blue"),
        ("1.2", ws1, f11,
         "Introduce a daily automated reconciliation of new accounts against the VREQ risk criteria, with exceptions escalated to the MLRO within one working day.",
         "Head of Financial Crime Operations / MLRO", d(2025, 6, 30), d(2025, 9, 30), "Amber", "Green", "green",
         "Reconciliation live from 8 September.\nHypercare to end of month; exception volumes within tolerance.",
         ["Head of Financial Crime Operations", "MLRO"], "2025-09", "green"),
        ("1.3", ws1, f12,
         "Add a standing VREQ compliance report to the Executive Risk Committee and Board Risk Committee agendas.",
         "Company Secretary", d(2025, 2, 28), None, "Complete", "Complete", "blue",
         "Standing item since February 2025 BRC.",
         ["Company Secretary"], "2025-02", "blue"),
        ("2.1", ws2, f21,
         "Extend real-time sanctions screening to all customers and connected parties, regardless of country of residence.",
         "Chief Operating Officer", d(2024, 12, 31), d(2025, 3, 31), "Green", "Complete", "blue",
         "All customer segments screened from 24/03/2025.",
         ["Chief Operating Officer"], "2025-03", "blue"),
        ("2.2", ws2, f21,
         "Recalibrate fuzzy-matching thresholds and document the rationale, with independent model validation.",
         "Head of Financial Crime Analytics", d(2025, 4, 30), d(2026, 1, 31), "Green", "Amber", "amber",
         "Validation report received; two findings on test coverage to close before sign-off.",
         ["Head of Financial Crime Analytics"], "2026-01", "amber"),
        ("2.3", ws2, f21,
         "Complete the look-back re-screening of historic payments and report any potential breaches to OFSI.",
         "MLRO", d(2025, 9, 30), d(2025, 12, 31), "Amber", "Red", "red",
         "Vendor data extract delayed; 62% of payments re-screened. Revised date agreed with FCA supervisor.",
         ["MLRO"], "2025-12", "red"),
        ("3.1", ws3, f31,
         "Redesign the customer risk assessment model to include product, channel and geography factors, and obtain Board Risk Committee approval.",
         "Chief Risk Officer", d(2025, 11, 30), None, "Green", "Green", "green",
         "Model approved by ERC; BRC approval scheduled for 20 November.",
         ["Chief Risk Officer"], "2025-11", "green"),
        ("3.2", ws3, f31,
         "Recruit and train an enhanced due diligence team of 25 FTE.",
         "Chief People Officer; Head of Financial Crime Operations", d(2025, 3, 31), None, "Green", "Complete", "blue",
         "25 FTE in post and trained (April 2025).",
         ["Chief People Officer", "Head of Financial Crime Operations"], "2025-03", "blue"),
        ("4.1", ws4, f41,
         "Deliver tailored financial crime training to all SMF holders and Board members, with completion tracked by the Company Secretary.",
         "Head of Compliance Training", d(2025, 10, 31), None, "Green", "Green", "green",
         "Final session held 22 October; attendance records being collated.",
         ["Head of Compliance Training"], "2025-10", "green"),
        ("4.2", ws4, f41,
         "Commission an independent effectiveness review of the financial crime framework and share the report with the FCA.",
         "Chief Executive Officer", d(2026, 3, 31), None, None, "Not started", None,
         "Terms of reference to be drafted in Q4.",
         ["Chief Executive Officer"], "2026-03", "unrated"),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov.column_dimensions["A"].width = 3
    cov.column_dimensions["B"].width = 26
    cov.column_dimensions["C"].width = 70
    cov["B2"] = "Starling Bank Limited"
    cov["B2"].font = Font(bold=True, size=16, color="6A35FF")
    cov["B3"] = title
    cov["B3"].font = Font(bold=True, size=14)
    cov["B4"] = "CONFIDENTIAL – prepared for FCA supervision and the Board Risk Committee"
    cov["B4"].font = Font(italic=True, color="C00000")
    meta = [("Document owner", "Money Laundering Reporting Officer (SMF17)"),
            ("Executive sponsor", "Chief Risk Officer (SMF4)"),
            ("Version", "v4.2"),
            ("Position at", "31 October 2025"),
            ("Next update", "30 November 2025"),
            ("Distribution", "FCA supervision team; ExCo; Board Risk Committee")]
    r = 6
    for k, v in meta:
        cov.cell(r, 2, k).font = Font(bold=True)
        cov.cell(r, 2).fill = fill(FILL["pale"])
        cov.cell(r, 3, v)
        for c in (2, 3):
            cov.cell(r, c).border = BOX
        r += 1
    r += 1
    cov.cell(r, 2, "Version history").font = Font(bold=True)
    r += 1
    hist = [("Version", "Date", "Change"),
            ("v4.0", "29/08/2025", "Revised dates agreed with FCA for 1.2, 2.2 and 2.3"),
            ("v4.1", "30/09/2025", "September position"),
            ("v4.2", "31/10/2025", "October position")]
    for row in hist:
        for i, v in enumerate(row):
            cov.cell(r, 2 + i, v).border = BOX
        r += 1

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of action status – 31 October 2025"
    summ["A1"].font = Font(bold=True, size=13)
    hdr = ["Workstream", "Actions", "Complete", "Green", "Amber", "Red", "Not started"]
    for i, h in enumerate(hdr):
        c = summ.cell(3, 1 + i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.border = BOX
    tot = [0] * 6
    rr = 4
    for ws in (ws1, ws2, ws3, ws4):
        acts = [x for x in rows if x[1] == ws]
        counts = [len(acts)] + [sum(1 for x in acts if x[8] == k)
                                for k in ("Complete", "Green", "Amber", "Red", "Not started")]
        summ.cell(rr, 1, ws.split(" – ")[0]).border = BOX
        for i, v in enumerate(counts):
            summ.cell(rr, 2 + i, v).border = BOX
            tot[i] += v
        rr += 1
    summ.cell(rr, 1, "Total").font = Font(bold=True)
    for i, v in enumerate(tot):
        summ.cell(rr, 2 + i, v).font = Font(bold=True)
    summ.column_dimensions["A"].width = 16

    tr = wb.create_sheet("Tracker")
    tr["A1"] = "FCA Action Tracker – position at 31 October 2025"
    tr["A1"].font = Font(bold=True, size=13)
    tr["A2"] = ("Owners update the tracker monthly for the Financial Crime Remediation Steering "
                "Committee. Revised dates are those agreed with the FCA supervision team.")
    tr["A2"].font = Font(italic=True)
    heads = ["Ref", "Finding (Final Notice / Skilled Person report)", "Action", "Action owner",
             "Original due date", "Revised due date", "Previous RAG", "Current RAG",
             "Progress update (October 2025)"]
    widths = [6, 42, 55, 28, 13, 13, 11, 11, 50]
    for i, h in enumerate(heads):
        c = tr.cell(4, 1 + i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
        tr.column_dimensions[chr(65 + i)].width = widths[i]
    rag_fill = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    r = 5
    cur_ws = None
    finding_start = None
    cur_finding = None
    expected = []

    def close_finding(end_row):
        if finding_start is not None and end_row > finding_start:
            tr.merge_cells(start_row=finding_start, start_column=2, end_row=end_row, end_column=2)

    for (ref, ws, finding, action, owner, orig, rev, prev, cur, curcol, upd,
         lead, end, status) in rows:
        if ws != cur_ws:
            close_finding(r - 1)
            finding_start = None
            cur_finding = None
            tr.cell(r, 1, ws).font = Font(bold=True)
            for cc in range(1, 10):
                tr.cell(r, cc).fill = fill(FILL["grey"])
            tr.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            cur_ws = ws
            r += 1
        if finding != cur_finding:
            close_finding(r - 1)
            tr.cell(r, 2, finding)
            finding_start = r
            cur_finding = finding
        tr.cell(r, 1, ref)
        tr.cell(r, 3, action)
        tr.cell(r, 4, owner)
        tr.cell(r, 5, orig).number_format = "dd/mm/yyyy"
        if rev is not None:
            tr.cell(r, 6, rev).number_format = "dd/mm/yyyy"
        if prev:
            tr.cell(r, 7, prev)
            if prev in rag_fill:
                tr.cell(r, 7).fill = fill(FILL[rag_fill[prev]])
        tr.cell(r, 8, cur)
        if curcol:
            tr.cell(r, 8).fill = fill(FILL[curcol])
            if curcol in ("blue", "red"):
                tr.cell(r, 8).font = Font(color="FFFFFF", bold=True)
        tr.cell(r, 9, upd)
        for cc in range(1, 10):
            tr.cell(r, cc).alignment = Alignment(wrap_text=True, vertical="top")
            tr.cell(r, cc).border = BOX
        expected.append(A(ref, [ws, finding], action, lead, end, status))
        r += 1
    close_finding(r - 1)
    tr.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    keys = [("Complete", "blue", "Action delivered and evidence validated by 2LoD Compliance Monitoring"),
            ("Green", "green", "On track to deliver by the due date"),
            ("Amber", "amber", "At risk – issues being managed within the workstream"),
            ("Red", "red", "Off track – due date will be missed; escalated to Steering Committee"),
            ("Not started", None, "Work not yet due to start")]
    for i, (k, col, txt) in enumerate(keys):
        key.cell(3 + i, 1, k)
        if col:
            key.cell(3 + i, 1).fill = fill(FILL[col])
        key.cell(3 + i, 2, txt)
    key.column_dimensions["A"].width = 14
    key.column_dimensions["B"].width = 80
    wb.save(path(name))

    write_expected(
        name,
        source=("Imitates a UK bank's remediation tracker kept for FCA supervision after an FCA Final "
                "Notice (Starling Bank Limited, Final Notice 27 September 2024: breach of a VREQ on "
                "high-risk onboarding and sanctions screening failures; "
                "https://regulatorwarnings.com/notices/starling-bank-limited-2024). Copied features: "
                "cover sheet with document-control and version-history tables, a summary sheet of "
                "counts by RAG, tracker sheet with merged workstream banner rows, the finding merged "
                "vertically over its actions, original and revised due dates as date cells, previous "
                "and current RAG with fill colour, job titles as owners (two posts with / and ;), "
                "and a separate RAG key sheet."),
        reads=("A four-sheet workbook: a cover, a summary of counts, the tracker and a RAG key. The "
               "tracker lists ten remediation actions in four workstreams, each answering a finding "
               "from the Final Notice or Skilled Person report, with an owner, original and revised "
               "dates and previous/current RAG; the current RAG and the revised date (where given) "
               "are what a reader takes."),
        title=title,
        actions=expected,
    )


# ---------------------------------------------------------------------------
# 2. Hull and East Yorkshire CA – establishment programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def heyca():
    name = "pp-hull-and-east-yorkshire-ca-establishment-programme-highlight-report.xlsx"
    title = "Establishment Programme – Highlight Report"
    g = "Governance & Democratic Services"
    f = "Finance & Assurance"
    t = "Transport"
    s = "Skills & Employment"
    dg = "Digital & Corporate Services"
    # (workstream, ref, milestone, lead, baseline, forecast, colour, commentary, exp lead, end, status)
    rows = [
        (g, "G1", "Adopt the Combined Authority constitution, scheme of delegation and Members' Code of Conduct",
         "Monitoring Officer", "Jun-25", "Jun-25", "blue",
         "Adopted at the inaugural CA meeting.", ["Monitoring Officer"], "2025-06", "blue"),
        (g, "G2", "Establish the Overview & Scrutiny and Audit & Governance committees, including recruitment of the independent chair",
         "Monitoring Officer / Head of Democratic Services", "Sep-25", "Nov-25", "amber",
         "First recruitment round did not appoint; re-advertised with closing date 24 October.",
         ["Monitoring Officer", "Head of Democratic Services"], "2025-11", "amber"),
        (f, "F1", "Agree the medium-term financial plan and 2026/27 budget timetable with the constituent councils",
         "S73 Officer", "Oct-25", "Oct-25", "green",
         "Draft MTFP shared with council S151 officers 26 September.", ["S73 Officer"], "2025-10", "green"),
        (f, "F2", "Procure the internal audit service and approve the 2025/26 risk-based audit plan",
         "S73 Officer", "Jul-25", "Sep-25", "blue",
         "Contract awarded; audit plan approved by Audit & Governance Committee 24 September.",
         ["S73 Officer"], "2025-09", "blue"),
        (t, "T1", "Submit the Local Transport Plan statement of intent to DfT",
         "Director of Transport (interim)", "31/10/2025", "31/10/2025", "green",
         "Drafting with both councils' transport teams.", ["Director of Transport (interim)"], "2025-10", "green"),
        (t, "T2", "Agree the transfer of concessionary fares and bus service support functions from the constituent councils",
         "A. Pickering / M. Dunn", "Q3 2025/26", "Q4 2025/26", "red",
         "Pension and TUPE position for 14 staff unresolved. Escalated to Chief Executives' Group.",
         ["A. Pickering", "M. Dunn"], "2026-03", "red"),
        (s, "S1", "Prepare for the transfer of the Adult Skills Fund, including 2026/27 provider allocations",
         "Head of Skills", "Mar-26", "Mar-26", "green",
         "Provider engagement events held in Hull and Beverley.", ["Head of Skills"], "2026-03", "green"),
        (dg, "D1", "Implement HR, payroll and finance systems hosted by East Riding of Yorkshire Council under an SLA",
         "Head of Corporate Services", "Aug-25", "Jan-26", "amber",
         "Interim manual payroll in place. Finance system build 70% complete.",
         ["Head of Corporate Services"], "2026-01", "amber"),
        (dg, "D2", "Launch the HEYCA website and publish the Transparency Code datasets",
         "Communications Manager", "Jul-25", "Jul-25", "blue",
         "Live 14 July.", ["Communications Manager"], "2025-07", "blue"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    widths = {"A": 24, "B": 6, "C": 58, "D": 30, "E": 12, "F": 12, "G": 9, "H": 55}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "Hull and East Yorkshire Combined Authority"
    ws["A1"].font = Font(bold=True, size=12, color="005EB8")
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=16)
    ws["A3"] = "Reporting period:"
    ws["C3"] = "1 – 30 September 2025"
    ws["D3"] = "Report to:"
    ws["E3"] = "Programme Board, 14 October 2025"
    ws["A4"] = "Senior Responsible Owner:"
    ws["C4"] = "Interim Head of Paid Service"
    ws["D4"] = "Overall status:"
    ws["E4"] = "AMBER"
    ws["E4"].fill = fill(FILL["amber"])
    ws["E4"].font = Font(bold=True)
    for c in ("A3", "A4", "D3", "D4"):
        ws[c].font = Font(bold=True)
    ws["A6"] = "Key achievements this period"
    ws["A6"].font = Font(bold=True)
    ws["A7"] = ("• Internal audit contract awarded and 2025/26 audit plan approved.\n"
                "• Draft medium-term financial plan shared with constituent councils.\n"
                "• Adult Skills Fund provider engagement events held.")
    ws.merge_cells("A7:H7")
    ws["A7"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[7].height = 48
    ws["A9"] = ("Status is shown by cell colour: Green – on track; Amber – some slippage, "
                "recoverable within the workstream; Red – significant slippage, Board intervention "
                "needed; Blue – complete.")
    ws["A9"].font = Font(italic=True, size=9)
    ws.merge_cells("A9:H9")
    heads = ["Workstream", "Ref", "Milestone", "Lead", "Baseline date", "Forecast date",
             "Status", "Commentary"]
    for i, h in enumerate(heads):
        c = ws.cell(10, 1 + i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = Alignment(wrap_text=True)
        c.border = BOX
    r = 11
    expected = []
    start = {}
    for (wsn, ref, ms, lead, base, fc, col, com, elead, end, status) in rows:
        if wsn not in start:
            start[wsn] = [r, r]
            ws.cell(r, 1, wsn).font = Font(bold=True)
        start[wsn][1] = r
        ws.cell(r, 2, ref)
        ws.cell(r, 3, ms)
        ws.cell(r, 4, lead)
        ws.cell(r, 5, base)
        ws.cell(r, 6, fc)
        ws.cell(r, 7).fill = fill(FILL[col])
        ws.cell(r, 8, com)
        for cc in range(1, 9):
            ws.cell(r, cc).alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(r, cc).border = BOX
        expected.append(A(ref, [wsn], ms, elead, end, status))
        r += 1
    for wsn, (a, b) in start.items():
        if b > a:
            ws.merge_cells(start_row=a, start_column=1, end_row=b, end_column=1)
    r += 1
    ws.cell(r, 1, "Top programme risks (full RAID log held by the PMO)").font = Font(bold=True)
    r += 1
    for i, h in enumerate(["Risk", "", "Description", "Score (L x I)", "Trend"]):
        if h:
            ws.cell(r, 1 + i, h).font = Font(bold=True)
    r += 1
    risks = [("R03", "Capacity of constituent councils to support transfer of functions", "16", "↑"),
             ("R07", "Delay to devolved funding letters from government", "12", "↔"),
             ("R11", "Recruitment of statutory officers on a permanent basis", "9", "↓")]
    for rid, desc, sc, tr in risks:
        ws.cell(r, 1, rid)
        ws.cell(r, 3, desc)
        ws.cell(r, 4, sc)
        ws.cell(r, 5, tr)
        r += 1
    r += 1
    ws.cell(r, 1, "Prepared by: HEYCA Programme Management Office").font = Font(italic=True, size=9)
    wb.save(path(name))

    write_expected(
        name,
        source=("Imitates a mayoral combined authority's programme highlight report to its Programme "
                "Board (the Hull and East Yorkshire Combined Authority, created 2025; layout follows "
                "establishment/LGR programme highlight reports such as Dorset's shadow-authority "
                "Programme Highlight Reports and combined-authority chief executive highlight reports). "
                "Copied features: title block with reporting period, SRO and an overall status cell, "
                "a merged narrative 'key achievements' block, a colour key line, workstream names "
                "merged down column A, baseline and forecast dates (month text, dd/mm/yyyy and "
                "financial quarters), status shown only by cell fill, and a short top-risks table."),
        reads=("A one-sheet highlight report for September 2025: after the title block and narrative, "
               "nine milestones in five workstreams, each with a lead, baseline and forecast date and "
               "a coloured status cell (the key defines blue as complete). The forecast date is the "
               "current end; the risks table below is not part of the plan."),
        title=title,
        actions=expected,
    )


# ---------------------------------------------------------------------------
# 3. Northumbrian Water – Ofwat enforcement undertakings delivery tracker (xlsx)
# ---------------------------------------------------------------------------
def northumbrian():
    name = "pp-northumbrian-water-ofwat-wastewater-enforcement-undertakings-tracker.xlsx"
    title = "Ofwat Wastewater Investigation – Enforcement Undertakings Delivery Tracker"
    u1 = "Undertaking 1 – Operation and maintenance of wastewater treatment works"
    u1t = ("Northumbrian Water will operate and maintain its wastewater treatment works so that they "
           "treat the flows required by their permits, and will upgrade works where maintenance alone "
           "cannot secure compliance.")
    u2 = "Undertaking 2 – Storm overflows and the Whitburn system"
    u2t = ("Northumbrian Water will reduce spills at the overflows listed in Schedule 2 and will work "
           "with the Environment Agency so that the Whitburn system complies fully with environmental "
           "legislation.")
    u3 = "Undertaking 3 – Governance, assurance and reporting (Licence condition P)"
    u3t = ("Northumbrian Water will strengthen its systems of planning and internal control so that the "
           "executive and the Board receive sufficient information and assurance on wastewater "
           "compliance.")
    d = datetime
    sheets = [
        ("U1 Treatment works", u1, u1t, [
            ("U1.1", "Complete a condition and capacity survey of all 87 treatment works with a flow to full treatment (FFT) permit condition.",
             "Director of Wastewater Services", d(2025, 6, 30), None, "Complete", "Survey report WW-CS-25 issued to Ofwat 27/06/2025.",
             ["Director of Wastewater Services"], "2025-06", "blue", None),
            ("U1.2", "Install FFT flow monitors at the 19 sites named in the enforcement package and connect them to operational telemetry.",
             "Head of Wastewater Treatment; Head of Instrumentation and Telemetry", d(2026, 3, 31), None, "On track",
             "11 of 19 monitors installed; remaining 8 programmed for Q4.",
             ["Head of Wastewater Treatment", "Head of Instrumentation and Telemetry"], "2026-03", "green", None),
            ("U1.3", "Deliver the Tyneside Sewer Smart Network (800 sensors with automatic controls and real-time decision software) to reduce spills by 15% and spill volumes by 30%.",
             "Programme Director – Smart Networks", "March 2027", None, "On track",
             "Sensor procurement complete; phase 1 catchments (Howdon) live.",
             ["Programme Director – Smart Networks"], "2027-03", "green", None),
        ]),
        ("U2 Overflows", u2, u2t, [
            ("U2.1", "Agree a compliance plan for the Whitburn system with the Environment Agency.",
             "Director of Environment", "Sep-25", "Dec-25", "At risk",
             "EA comments received 12/09/2025; revised plan to be resubmitted.",
             ["Director of Environment"], "2025-12", "amber", None),
            ("U2.2", "Invest £2m in spill reduction at the overflows listed in Schedule 2.",
             "Head of Capital Delivery", d(2027, 3, 31), None, "On track",
             "Designs complete for 5 of 7 overflows.",
             ["Head of Capital Delivery"], "2027-03", "green", None),
            ("U2.3", "Publish quarterly progress on overflow spill reductions on the company website.",
             "Head of Regulation", "Quarterly", None, "On track",
             "Q2 update published 15/10/2025.",
             ["Head of Regulation"], None, "green", "Quarterly"),
        ]),
        ("U3 Governance", u3, u3t, [
            ("U3.1", "Establish a Wastewater Compliance Committee of the Board with an independent non-executive chair.",
             "Company Secretary", d(2025, 7, 31), None, "Complete",
             "Committee first met 16/07/2025.",
             ["Company Secretary"], "2025-07", "blue", None),
            ("U3.2", "Commission independent assurance of wastewater compliance data and publish the assurance statement with the Annual Performance Report.",
             "Chief Financial Officer", "Jul-26", None, "Not started", "",
             ["Chief Financial Officer"], "2026-07", "unrated", None),
            ("U3.3", "Train all wastewater operational managers on permit conditions and the escalation of compliance risks.",
             "Head of Operational Training", "Dec-25", "Feb-26", "Off track",
             "Course content not yet signed off by Environment team; recovery plan to Committee in November.",
             ["Head of Operational Training"], "2026-02", "red", None),
        ]),
    ]
    status_fill = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red"}
    wb = Workbook()
    rm = wb.active
    rm.title = "Read me"
    rm.column_dimensions["A"].width = 28
    rm.column_dimensions["B"].width = 90
    rm["A1"] = "Northumbrian Water Limited"
    rm["A1"].font = Font(bold=True, size=12, color="003B71")
    rm["A2"] = title
    rm["A2"].font = Font(bold=True, size=15)
    info = [("Purpose", "Tracks delivery of the undertakings given to Ofwat under section 19 of the Water Industry Act 1991 "
                        "in settlement of the wastewater investigation (enforcement package of £15.7m, June 2025)."),
            ("Owner", "Head of Regulation"),
            ("Reported to", "Wastewater Compliance Committee (monthly); Ofwat (quarterly)"),
            ("Position at", "30 November 2025"),
            ("Sheets", "One sheet per undertaking: U1 Treatment works, U2 Overflows, U3 Governance")]
    r = 4
    for k, v in info:
        rm.cell(r, 1, k).font = Font(bold=True)
        rm.cell(r, 2, v).alignment = Alignment(wrap_text=True)
        r += 1
    r += 1
    rm.cell(r, 1, "Status key").font = Font(bold=True)
    r += 1
    for k, col, txt in [("Complete", "blue", "Delivered and evidence provided to Ofwat"),
                        ("On track", "green", "Expected to be delivered by the target date"),
                        ("At risk", "amber", "Target date may be missed; mitigation in place"),
                        ("Off track", "red", "Target date will be missed; recovery plan required"),
                        ("Not started", None, "Not yet due to start")]:
        rm.cell(r, 1, k)
        if col:
            rm.cell(r, 1).fill = fill(FILL[col])
        rm.cell(r, 2, txt)
        r += 1
    r += 1
    rm.cell(r, 1, "Enforcement package – financial commitments").font = Font(bold=True)
    r += 1
    for k, v in [("Branch Out Fund donation", "£2.0m"), ("Overflow spill reduction (U2.2)", "£2.0m"),
                 ("Tyneside Sewer Smart Network (U1.3)", "£8.3m"), ("FFT monitors at 19 sites (U1.2)", "£3.4m"),
                 ("Total", "£15.7m")]:
        rm.cell(r, 1, k)
        rm.cell(r, 2, v)
        r += 1

    expected = []
    for sname, uh, ut, acts in sheets:
        ws = wb.create_sheet(sname)
        for k, v in {"A": 7, "B": 60, "C": 34, "D": 14, "E": 12, "F": 12, "G": 48, "H": 12}.items():
            ws.column_dimensions[k].width = v
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=11, color="003B71")
        ws["A2"] = "Position at: 30 November 2025"
        ws["A2"].font = Font(italic=True)
        ws["A4"] = uh
        ws["A4"].font = Font(bold=True, size=12)
        ws["A4"].fill = fill(FILL["pale"])
        ws.merge_cells("A4:H4")
        ws["A5"] = ut
        ws["A5"].font = Font(italic=True)
        ws["A5"].alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells("A5:H5")
        ws.row_dimensions[5].height = 34
        heads = ["Ref", "Action", "Responsible", "Target completion", "Revised target", "Status",
                 "Evidence / comment", "Evidence ref"]
        for i, h in enumerate(heads):
            c = ws.cell(7, 1 + i, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("003B71")
            c.alignment = Alignment(wrap_text=True)
            c.border = BOX
        r = 8
        n_done = 0
        for (ref, act, resp, tgt, rev, st, com, elead, end, status, etext) in acts:
            ws.cell(r, 1, ref)
            ws.cell(r, 2, act)
            ws.cell(r, 3, resp)
            ws.cell(r, 4, tgt)
            if isinstance(tgt, datetime):
                ws.cell(r, 4).number_format = "dd/mm/yyyy"
            if rev is not None:
                ws.cell(r, 5, rev)
            ws.cell(r, 6, st)
            if st in status_fill:
                ws.cell(r, 6).fill = fill(FILL[status_fill[st]])
            if com:
                ws.cell(r, 7, com)
            if st == "Complete":
                ws.cell(r, 8, "EV-" + ref.replace(".", "-"))
                n_done += 1
            for cc in range(1, 9):
                ws.cell(r, cc).alignment = Alignment(wrap_text=True, vertical="top")
                ws.cell(r, cc).border = BOX
            expected.append(A(ref, [uh, ut], act, elead, end, status, end_text=etext))
            r += 1
        r += 1
        ws.cell(r, 1, f"Actions on this sheet: {len(acts)} ({n_done} complete)").font = Font(italic=True, size=9)
    wb.save(path(name))

    write_expected(
        name,
        source=("Imitates a water company's tracker of undertakings given to Ofwat after its wastewater "
                "investigation (Northumbrian Water: Ofwat proposed penalty August 2024, settled June 2025 "
                "with a £15.7m enforcement package – FFT monitors at 19 sites, Tyneside Sewer Smart "
                "Network, overflow spill reduction, Whitburn compliance; "
                "https://www.watermagazine.co.uk/2025/06/05/northumbrian-water-agrees-to-pay-15-7m-enforcement-package-following-ofwat-wastewater-investigation/). "
                "Copied features: read-me sheet with purpose, status key and a table of financial "
                "commitments; one sheet per undertaking with the undertaking heading and its text in "
                "merged rows above the action table; target and revised target columns (date cells and "
                "month text, one 'Quarterly'); status words defined by the key; evidence references; a "
                "totals line per sheet."),
        reads=("A read-me sheet and three undertaking sheets. Each undertaking sheet states the "
               "undertaking and lists three actions under it with a responsible post, target and "
               "revised target, status word and comment; nine actions in all, read in sheet order."),
        title=title,
        actions=expected,
    )


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


def set_text(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Team Fostering – Ofsted IFA inspection action plan (docx)
# ---------------------------------------------------------------------------
def team_fostering():
    name = "pp-team-fostering-ofsted-ifa-inspection-action-plan.docx"
    title = "Team Fostering: Ofsted Inspection Action Plan"
    s1 = "1. Overall experiences and progress of children and young people"
    s2 = "2. How well children and young people are helped and protected"
    s3 = "3. The effectiveness of leaders and managers"
    r1 = ("The registered person should ensure that children’s placement plans are updated within "
          "10 working days of any change of placement, so that foster carers have current information. "
          "(‘Fostering Services: National Minimum Standards’, 2.7)")
    q2 = ("The registered person must ensure that all foster carers receive training in managing "
          "allegations and that this is recorded on their training record. (Regulation 17(1)(a))")
    r2 = ("The registered person should ensure that each household’s safer caring policy is reviewed "
          "with the foster carers at least annually. (‘Fostering Services: National Minimum Standards’, 4.5)")
    q3 = ("The registered person must ensure that the fostering panel central list is kept up to date "
          "and that panel members’ DBS checks are renewed at least every three years. (Regulation 23)")
    r3 = ("The registered person should ensure that Regulation 35 monitoring reports identify trends "
          "and the actions taken in response.")
    B, G, Am = ("Blue", "0070C0"), ("Green", "00B050"), ("Amber", "FFC000")
    NS = ("Not started", None)
    sections = [
        (s1, [
            (r1, [
                ("1.1", "Introduce a placement plan review checklist for supervising social workers, triggered by any change of placement.",
                 "Team Manager (North)", "April 2025", B, "Checklist in use from 7 April 2025.",
                 ["Team Manager (North)"], "2025-04", "blue", None),
                ("1.2", "Audit all placement plans for children placed in the last six months and correct any gaps.",
                 "Quality Assurance Officer", "End of May 2025", B, "42 plans audited; 9 updated. Audit report to SMT 3 June.",
                 ["Quality Assurance Officer"], "2025-05", "blue", None),
            ]),
        ]),
        (s2, [
            (q2, [
                ("2.1", "Deliver managing allegations training to all approved foster households, with catch-up sessions for carers unable to attend.",
                 "Training and Development Coordinator", "30/06/2025", G,
                 "96% of households trained. Final catch-up session booked for 30 September.",
                 ["Training and Development Coordinator"], "2025-06", "green", None),
                ("2.2", "Add managing allegations to the mandatory training matrix and the foster carer annual review checklist.",
                 "Registered Manager", "30/06/2025", B, "Matrix and checklist updated.",
                 ["Registered Manager"], "2025-06", "blue", None),
            ]),
            (r2, [
                ("2.3", "Update the safer caring policy template and review it with each household at their next annual review.",
                 "Supervising Social Workers (all teams)", "March 2026", G, "31 of 88 households reviewed to date.",
                 ["Supervising Social Workers (all teams)"], "2026-03", "green", None),
            ]),
        ]),
        (s3, [
            (q3, [
                ("3.1", "Review the central list, remove inactive members and renew DBS checks for the four panel members whose checks are overdue.",
                 "Panel Adviser", "31 July 2025", B, "Central list reissued 14 July; all DBS checks current.",
                 ["Panel Adviser"], "2025-07", "blue", None),
            ]),
            (r3, [
                ("3.2", "Revise the Regulation 35 report template to include a trends and actions section, and present the report to the Board of Trustees quarterly.",
                 "Registered Manager / Responsible Individual", "October 2025", Am,
                 "Template drafted; first report in the new format to the Board in November.",
                 ["Registered Manager", "Responsible Individual"], "2025-10", "amber", None),
                ("3.3", "Carry out a foster carer survey on support and supervision and share the findings with carers.",
                 "Deputy Manager", "January 2026", NS, "",
                 ["Deputy Manager"], "2026-01", "unrated", None),
            ]),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph().add_run("Team Fostering").bold = True
    doc.add_heading(title, level=0)
    doc.add_paragraph("Ofsted inspection of an independent fostering agency – inspection dates: 3 to 7 March 2025. "
                      "Overall experiences and progress of children and young people: good.")
    doc.add_paragraph("This plan sets out how we will meet the requirements and recommendations in the "
                      "inspection report. Progress is reviewed monthly by the Senior Management Team and "
                      "reported to the Board of Trustees.")
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Prepared by", "Registered Manager"), ("Approved by", "Board of Trustees, 24 April 2025"),
                 ("Version", "3 (progress at 15 September 2025)"), ("Next review", "October 2025")]:
        row = dc.add_row().cells
        set_text(row[0], k, bold=True)
        shade(row[0], "DEEAF6")
        set_text(row[1], v)
    doc.add_paragraph()
    doc.add_paragraph("RAG: Blue – completed; Green – on track; Amber – some delay, action in hand; "
                      "Red – not on track, escalated to the Responsible Individual.").runs[0].italic = True
    expected = []
    heads = ["No.", "Action to be taken", "Lead", "By when", "RAG", "Progress (at 15 September 2025)"]
    for sec, groups in sections:
        doc.add_heading(sec, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(heads):
            set_text(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "BDD7EE")
        for text, acts in groups:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[5])
            set_text(m, text, bold=True)
            shade(m, "F2F2F2")
            for (ref, act, lead, by, rag, prog, elead, end, status, etext) in acts:
                cells = t.add_row().cells
                set_text(cells[0], ref)
                set_text(cells[1], act)
                set_text(cells[2], lead)
                set_text(cells[3], by)
                set_text(cells[4], rag[0])
                if rag[1]:
                    shade(cells[4], rag[1])
                set_text(cells[5], prog)
                expected.append(A(ref, [sec, text], act, elead, end, status, end_text=etext))
        doc.add_paragraph()
    doc.add_paragraph("Signed: Registered Manager          Responsible Individual")
    doc.save(path(name))

    write_expected(
        name,
        source=("Imitates the post-inspection action plan an independent fostering agency charity writes "
                "after an Ofsted SCCIF inspection (Team Fostering, a not-for-profit IFA in the North East; "
                "requirements and recommendations worded as Ofsted reports word them, 'The registered person "
                "must/should ...', with the regulation or NMS cited; SCCIF IFA guidance "
                "https://www.gov.uk/government/publications/social-care-common-inspection-framework-sccif-independent-fostering-agencies). "
                "Copied features: title block and intro, a document-control table, a RAG key line, one "
                "table per SCCIF judgement area with a heading above it, each requirement/recommendation "
                "in a merged shaded row above its numbered actions, RAG colour words with cell shading, "
                "dates as month names, 'End of May 2025' and dd/mm/yyyy, and a sign-off line."),
        reads=("An action plan in three sections, one per Ofsted judgement area; in each table the "
               "requirement or recommendation is a merged row and the numbered actions under it give a "
               "lead, a 'by when' date, a RAG word and progress. Eight actions in all; the first table is "
               "document control and contributes nothing."),
        title=title,
        actions=expected,
    )


# ---------------------------------------------------------------------------
# 5. Intellectual Property Office – One IPO lessons learned action plan (docx)
# ---------------------------------------------------------------------------
def ipo():
    name = "pp-intellectual-property-office-one-ipo-lessons-learned-action-plan.docx"
    title = "One IPO Designs Release: Lessons Learned Review – Action Plan"
    l1 = "Lesson 1: Go-live readiness criteria were not agreed early enough"
    l2 = "Lesson 2: Customers and their attorneys were not fully prepared for the new service"
    l3 = "Lesson 3: Data migration defects were found late in testing"
    l4 = "Lesson 4: The support model was under-resourced in the first four weeks"
    lessons = [
        (l1, [
            ("1.1", "Agree measurable go-live readiness criteria at the start of each release and record them in the release plan.",
             "Head of Release Management", "September 2025", "B", ["Head of Release Management"], "2025-09", "blue", None),
            ("1.2", "Hold a formal readiness review, chaired by the SRO, four weeks before each go-live decision.",
             "Programme Director", "Q3 2025/26", "G", ["Programme Director"], "2025-12", "green", None),
        ]),
        (l2, [
            ("2.1", "Run a customer readiness programme (webinars, guidance and test accounts) for patent attorneys at least eight weeks before the patents release.",
             "Head of Customer Experience; Stakeholder Engagement Lead", "31/01/2026", "G",
             ["Head of Customer Experience", "Stakeholder Engagement Lead"], "2026-01", "green", None),
            ("2.2", "Publish a single go-live page on GOV.UK listing known issues and workarounds, updated daily during hypercare.",
             "Content Design Lead", "Before patents go-live", "G", ["Content Design Lead"], None, "green",
             "Before patents go-live"),
        ]),
        (l3, [
            ("3.1", "Bring migration dress rehearsals forward so that at least three full rehearsals are completed before user acceptance testing ends.",
             "Deputy Director, Digital Delivery", "Nov 2025", "G", ["Deputy Director, Digital Delivery"], "2025-11", "green", None),
            ("3.2", "Introduce automated reconciliation of migrated records against the legacy systems, with results reported to the Programme Board.",
             "Data Migration Lead / Test Manager", "Oct-25 (revised from Aug-25)", "A",
             ["Data Migration Lead", "Test Manager"], "2025-10", "amber", None),
        ]),
        (l4, [
            ("4.1", "Plan hypercare staffing from forecast contact volumes, with a reserve list of trained staff who can be redeployed within 48 hours.",
             "Head of Customer Services", "Dec 2025", "R", ["Head of Customer Services"], "2025-12", "red", None),
            ("4.2", "Agree exit criteria for hypercare with the service owner before go-live.",
             "Service Owner, Patents", "31 March 2026", "", ["Service Owner, Patents"], "2026-03", "unrated", None),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    p = doc.add_paragraph()
    p.add_run("Intellectual Property Office").bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading(title, level=0)
    doc.add_paragraph("OFFICIAL")
    vh = doc.add_table(rows=1, cols=4)
    vh.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Change"]):
        set_text(vh.rows[0].cells[i], h, bold=True)
    for row in [("0.3", "04/07/2025", "PMO", "Draft for Programme Board"),
                ("1.0", "09/07/2025", "PMO", "Agreed by Programme Board; target dates re-baselined"),
                ("1.1", "31/10/2025", "PMO", "Progress update for ARAC")]:
        cells = vh.add_row().cells
        for i, v in enumerate(row):
            set_text(cells[i], v)
    doc.add_heading("1. Background", level=1)
    doc.add_paragraph("The designs release of the One IPO service went live in spring 2025, replacing the "
                      "legacy designs systems. The Programme commissioned an independent lessons learned "
                      "review, which ran workshops with staff, customers and attorneys and reported to the "
                      "Programme Board in June 2025. This action plan responds to its findings so that they "
                      "are applied to the patents release.")
    doc.add_heading("2. What went well", level=1)
    for b in ["Strong sponsorship from the Executive Board and a clear case for change.",
              "Early involvement of examiners in service design.",
              "Zero loss of customer data at cutover."]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_heading("3. Lessons and actions", level=1)
    doc.add_paragraph("RAG status: B = complete; G = on track; A = at risk of slipping; R = off track. "
                      "Blank = not yet started.")
    heads = ["Lesson", "Ref", "Action", "Owner", "Target date", "RAG"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        set_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9E2F3")
    ragcol = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    expected = []
    for lesson, acts in lessons:
        first = len(t.rows)
        for (ref, act, own, tgt, rag, elead, end, status, etext) in acts:
            cells = t.add_row().cells
            set_text(cells[1], ref)
            set_text(cells[2], act)
            set_text(cells[3], own)
            set_text(cells[4], tgt)
            set_text(cells[5], rag)
            if rag:
                shade(cells[5], ragcol[rag])
            expected.append(A(ref, [lesson], act, elead, end, status, end_text=etext))
        last = len(t.rows) - 1
        m = t.cell(first, 0).merge(t.cell(last, 0)) if last > first else t.cell(first, 0)
        set_text(m, lesson)
    n = doc.add_paragraph("Note: target dates were re-baselined at the Programme Board on 9 July 2025. "
                          "Action 3.2 was revised with the agreement of the SRO.")
    n.runs[0].italic = True
    doc.add_heading("Annex A: Glossary", level=1)
    gl = doc.add_table(rows=1, cols=2)
    gl.style = "Table Grid"
    set_text(gl.rows[0].cells[0], "Term", bold=True)
    set_text(gl.rows[0].cells[1], "Meaning", bold=True)
    for k, v in [("ARAC", "Audit and Risk Assurance Committee"),
                 ("Hypercare", "The period of enhanced support immediately after go-live"),
                 ("SRO", "Senior Responsible Owner"),
                 ("UAT", "User acceptance testing")]:
        cells = gl.add_row().cells
        set_text(cells[0], k)
        set_text(cells[1], v)
    doc.save(path(name))

    write_expected(
        name,
        source=("Imitates a central government agency's lessons learned action plan for a digital "
                "transformation release (the Intellectual Property Office's One IPO programme; layout after "
                "departmental lessons-learned reviews that pair each lesson with owned, dated actions and "
                "report progress to ARAC). Copied features: title block with OFFICIAL marking, version "
                "history table, background and 'what went well' prose and bullets, a RAG key using letters "
                "B/G/A/R with blank = not started, one table with the lesson merged vertically down the "
                "first column over its actions, job titles as owners (including 'Deputy Director, Digital "
                "Delivery' and 'Service Owner, Patents' as single posts), a revised date written inside the "
                "target cell, a notes line and a glossary annex."),
        reads=("A short report whose section 3 is a single action table: four lessons, each in a merged "
               "cell beside its two actions, eight actions in all with an owner, a target and a RAG letter. "
               "The version history and glossary tables are not the plan."),
        title=title,
        actions=expected,
    )


# ---------------------------------------------------------------------------
# 6. Harpenden Town Council – risk register (csv) – REFUSE (mistyped month)
# ---------------------------------------------------------------------------
def harpenden():
    name = "pp-harpenden-town-council-risk-register-typo-month-refuse.csv"
    rows = [
        ["Harpenden Town Council – Corporate Risk Register 2025/26", "", "", "", "", "", "", "", "", "", ""],
        ["Reviewed by Policy & Resources Committee 16 September 2025. Scores: Likelihood x Impact (1-5); 1-6 Green, 8-12 Amber, 15-25 Red", "", "", "", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", "", "", "", ""],
        ["Ref", "Category", "Risk", "L", "I", "Score", "Existing controls", "Further action required", "Responsible", "Target date", "RAG"],
        ["R01", "Finance", "Precept insufficient to meet budget requirements", "3", "4", "12",
         "Annual budget process; reserves policy; monthly budget monitoring to P&R",
         "Prepare a three-year medium-term financial plan for approval alongside the 2026/27 budget",
         "Town Clerk / RFO", "January 2026", "Amber"],
        ["R02", "Finance", "Loss of income from Harpenden Public Halls hire", "3", "3", "9",
         "Booking system; hire charges reviewed annually",
         "Review hire charges and agree a marketing plan for the Public Halls",
         "Facilities Manager", "December 2025", "Amber"],
        ["R03", "Governance", "Failure to comply with the Transparency Code", "2", "3", "6",
         "Clerk monitors publication schedule",
         "Publish quarterly spending over £500 and update the website accessibility statement",
         "Deputy Town Clerk", "Quarterly", "Green"],
        ["R04", "Assets", "Play equipment in Rothamsted Park found unsafe", "3", "5", "15",
         "Weekly visual checks by grounds staff; annual independent inspection",
         "Commission the annual RoSPA inspection and act on any high-risk findings within 14 days",
         "Parks & Open Spaces Manager", "Ocotber 2025", "Red"],
        ["R05", "Staffing", "Loss of key staff / single points of failure", "3", "3", "9",
         "Job descriptions; staff handbook",
         "Document key procedures and cross-train the Deputy Town Clerk in payroll",
         "Town Clerk", "March 2026", "Amber"],
        ["R06", "IT and data", "Cyber attack or loss of data", "3", "4", "12",
         "Cloud backup; antivirus; IT support contract",
         "Move to Microsoft 365 with multi-factor authentication for all staff and councillors",
         "Deputy Town Clerk", "December 2025", "Amber"],
        ["R07", "Events", "Serious incident at a council event", "2", "5", "10",
         "Event safety management plans; public liability insurance",
         "Update the event safety management plan for the Highland Gathering and obtain SAG sign-off",
         "Events Officer", "June 2026", "Amber"],
        ["R08", "Environment", "Climate Emergency Action Plan not delivered", "3", "2", "6",
         "CEAP adopted 2023; Environment Committee oversight",
         "Report CEAP progress to the Environment Committee", "Climate Officer", "Ongoing", "Green"],
        ["", "", "", "", "", "", "", "", "", "", ""],
        ["Summary: Red 1, Amber 5, Green 2 (8 risks)", "", "", "", "", "", "", "", "", "", ""],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        w.writerow(row)
    text = buf.getvalue()
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    refuse_at = [i for i, line in enumerate(text.split("\r\n"), 1) if "Ocotber" in line][0]
    write_expected(
        name,
        source=("Imitates a town council's corporate risk register exported to CSV (Harpenden Town "
                "Council, Hertfordshire; layout after town and parish council registers such as Tetford & "
                "Salmonby's and Honiton's, with likelihood x impact scoring, existing controls, further "
                "action, responsible officer and target date). Copied features: title and review note "
                "lines, scoring key in the note, one row per risk with L/I/score/RAG, joint officers "
                "'Town Clerk / RFO', 'Quarterly' and 'Ongoing' targets, and a summary line."),
        reads=("A risk register of eight risks, each with a further action, a responsible officer and a "
               "target month. The target date for R04 reads 'Ocotber 2025', a mistyped month, so a careful "
               "reader stops at that line and asks before reading the register."),
        title="Harpenden Town Council – Corporate Risk Register 2025/26",
        actions=None,
        outcome="refuse",
        refuse_at=refuse_at,
    )


# ---------------------------------------------------------------------------
# 7. Lake District NPA – members' action log (tab-separated txt)
# ---------------------------------------------------------------------------
def ldnpa():
    name = "pp-lake-district-npa-members-action-log.txt"
    title = "Members' Action Log – Authority and Committees"
    g1 = "National Park Authority – 24 September 2025"
    g2 = "Park Management Committee – 8 October 2025"
    g3 = "Development Control Committee – 5 November 2025"
    groups = [
        (g1, [
            ("AL/25/031", "A/25/44", "Bring a report on the outcome of the Borrowdale car parking consultation to the November Authority meeting.",
             "Head of Visitor Services", "Nov-25", "Complete", "Reported to Authority 19/11/2025.",
             ["Head of Visitor Services"], "2025-11", "blue", None),
            ("AL/25/032", "A/25/47", "Write to Defra setting out the Authority's response to the Protected Landscapes Targets and Outcomes Framework.",
             "Chief Executive", "31/10/2025", "Red", "Draft with Chair; held pending National Parks England joint letter.",
             ["Chief Executive"], "2025-10", "red", None),
            ("AL/25/033", "A/25/51", "Circulate the revised Members' Allowances Scheme and Code of Conduct training dates to all Members.",
             "Head of Legal Services / Democratic Services Officer", "Oct-25", "Complete", "Emailed 3/10/2025.",
             ["Head of Legal Services", "Democratic Services Officer"], "2025-10", "blue", None),
        ]),
        (g2, [
            ("AL/25/036", "PMC/25/19", "Provide Members with a breakdown of Fix the Fells spend by valley for 2024/25.",
             "Ranger Services Manager", "Next meeting", "Green", "Being compiled with Fix the Fells partners.",
             ["Ranger Services Manager"], None, "green", "Next meeting"),
            ("AL/25/037", "PMC/25/21", "Arrange a site visit for Members to the Haweswater catchment restoration project.",
             "Farming and Land Manager", "April 2026", "Green", "Date to be agreed with United Utilities and RSPB.",
             ["Farming and Land Manager"], "2026-04", "green", None),
            ("AL/25/038", "PMC/25/22", "Review the volunteer ranger expenses policy in light of Members' comments and report back.",
             "Ranger Services Manager", "Jan 2026", "Amber", "Volunteer survey closed 21/11; response rate 38%.",
             ["Ranger Services Manager"], "2026-01", "amber", None),
        ]),
        (g3, [
            ("AL/25/041", "DC/25/63", "Seek legal advice on enforcement options at the unauthorised glamping site in Great Langdale and report to Members in Part II.",
             "Head of Development Management; Solicitor to the Authority", "Dec-25", "Amber", "Counsel instructed 20/11/2025.",
             ["Head of Development Management", "Solicitor to the Authority"], "2025-12", "amber", None),
            ("AL/25/042", "DC/25/66", "Update the pre-application advice charging schedule on the website.",
             "Planning Support Team Leader", "30/11/2025", "Complete", "Published 26/11/2025.",
             ["Planning Support Team Leader"], "2025-11", "blue", None),
        ]),
    ]
    lines = [
        "Lake District National Park Authority",
        title,
        "Exported from the Members' Portal 02/12/2025 – open actions and actions completed since the last meeting",
        "RAG: Green – on track; Amber – delayed; Red – overdue; Complete – to be removed after the next meeting",
        "",
        "\t".join(["Ref", "Minute", "Action", "Officer", "Due", "RAG", "Update"]),
    ]
    expected = []
    for gname, acts in groups:
        lines.append(gname)
        for (ref, minute, act, off, due, rag, upd, elead, end, status, etext) in acts:
            lines.append("\t".join([ref, minute, act, off, due, rag, upd]))
            if ref == "AL/25/038":
                lines.append("\t".join(["", "", "", "", "", "", "Officers to meet volunteer representatives 10/12/2025."]))
            expected.append(A(ref, [gname], act, elead, end, status, end_text=etext))
    lines.append("")
    lines.append("8 actions listed (3 complete, 5 open)")
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(
        name,
        source=("Imitates a national park authority's members' action log, as kept by democratic services "
                "for the Authority and its committees (Lake District National Park Authority; layout after "
                "NPA authority/committee minutes and action trackers, e.g. Peak District and Cairngorms "
                "board papers), exported from a portal as tab-separated text. Copied features: body name and "
                "title lines, an export note, a RAG key line, a header row, meeting name/date lines grouping "
                "the actions, action log refs and minute numbers, job titles as officers (two posts with / "
                "and ;), 'Next meeting' as a due date, an update continuation line with only the last "
                "column filled, and a closing count line."),
        reads=("A plain-text action log: eight actions under three meetings, each with a ref, minute, "
               "officer, due date, RAG word and update. The tab-indented line after AL/25/038 continues that "
               "action's update and is not an action; the last line is a count."),
        title=title,
        actions=expected,
    )


def main():
    starling()
    heyca()
    northumbrian()
    team_fostering()
    ipo()
    harpenden()
    ldnpa()


if __name__ == "__main__":
    main()
