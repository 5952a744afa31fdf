#!/usr/bin/env python3
"""Build the seven zyx- blind test cases (data files and NAME.expected.yaml) in this folder.

Run with /work/main/.venv/bin/python zyx_make.py
Only files whose names start with "zyx-" are written.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


def out(name):
    assert name.startswith("zyx-")
    return os.path.join(HERE, name)


def write_yaml(name, doc):
    class Dumper(yaml.SafeDumper):
        pass

    def str_rep(dumper, data):
        import re as _re
        style = '"' if _re.fullmatch(r"\d{4}-\d{2}", data) else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)

    Dumper.add_representer(str, str_rep)
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.dump(doc, f, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------------------------
# 1. Hampshire and Solent Combined Authority - mobilisation programme highlight report (xlsx)
# ---------------------------------------------------------------------------------------------
def make_hsca():
    name = "zyx-hampshire-and-solent-ca-mobilisation-programme-highlight-report.xlsx"
    title = "Hampshire and Solent Combined Authority – Mobilisation Programme Highlight Report"
    wb = Workbook()

    # Cover sheet -------------------------------------------------------------------------
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=16, color=NAVY)
    cv["A2"] = "Reporting period: 1–28 February 2026"
    cv["A2"].font = Font(italic=True)
    rows = [
        ("Report to", "Shadow Programme Board – 12 March 2026"),
        ("Programme SRO", "Interim Head of Paid Service"),
        ("Prepared by", "Mobilisation Programme Management Office (PMO)"),
        ("Overall programme RAG", "Amber"),
    ]
    r = 4
    for k, v in rows:
        cv.cell(r, 1, k).font = Font(bold=True)
        cv.cell(r, 2, v)
        r += 1
    cv["B7"].fill = fill(AMBER)
    cv["A9"] = "Version control"
    cv["A9"].font = Font(bold=True, size=12)
    vc = [("Version", "Date", "Author", "Change"),
          ("0.1", d(2026, 3, 2), "PMO", "First draft for SRO review"),
          ("1.0", d(2026, 3, 5), "PMO", "Issued to Shadow Programme Board")]
    for i, row in enumerate(vc):
        for j, v in enumerate(row):
            c = cv.cell(10 + i, 1 + j, v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cv["A15"] = "RAG key"
    cv["A15"].font = Font(bold=True, size=12)
    key = [("B", "Complete", BLUE),
           ("G", "On track to baseline", GREEN),
           ("A", "Forecast slippage, recoverable within tolerance", AMBER),
           ("R", "Off track – Programme Board intervention required", RED)]
    for i, (k, v, col) in enumerate(key):
        c = cv.cell(16 + i, 1, k)
        c.fill = fill(col)
        c.alignment = Alignment(horizontal="center")
        cv.cell(16 + i, 2, v)
    cv.column_dimensions["A"].width = 24
    cv.column_dimensions["B"].width = 48
    cv.column_dimensions["C"].width = 12
    cv.column_dimensions["D"].width = 34

    # Milestones sheet ----------------------------------------------------------------------
    ms = wb.create_sheet("Milestones")
    ms["A1"] = "Mobilisation Programme – Milestone Tracker (position at 28 February 2026)"
    ms["A1"].font = Font(bold=True, size=13, color=NAVY)
    ms.merge_cells("A1:H1")
    hdr = ["Ref", "Milestone", "Lead", "Baseline date", "Forecast date",
           "Previous RAG (Jan)", "Current RAG (Feb)", "Commentary"]
    for j, h in enumerate(hdr):
        c = ms.cell(3, 1 + j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    WS1 = "WS1: Governance and Constitution"
    WS2 = "WS2: Finance and Assurance"
    WS3 = "WS3: People and Organisational Design"
    WS4 = "WS4: Transport and Adult Skills"
    # (ref, milestone, lead cell, baseline, forecast, prev, curr, commentary, fill-only?, expected)
    data = [
        ("WS", WS1),
        ("1.1", "Constitution, Standing Orders and Scheme of Delegation approved by the Shadow Authority",
         "Interim Monitoring Officer", d(2026, 1, 31), d(2026, 2, 26), "A", "B",
         "Approved at the Shadow Authority meeting on 26 February 2026.",
         ["Interim Monitoring Officer"], "2026-02", None, "blue"),
        ("1.2", "Audit and Governance Committee and Overview and Scrutiny Committee established, including recruitment of two independent persons",
         "Interim Monitoring Officer", d(2026, 3, 31), d(2026, 4, 30), "G", "A",
         "Advert for independent persons closed 20 February; three applications received. Shortlisting w/c 9 March.",
         ["Interim Monitoring Officer"], "2026-04", None, "amber"),
        ("1.3", "Combined Authority Returning Officer appointed and mayoral election project plan agreed with the constituent councils",
         "Programme Director / Interim Monitoring Officer", d(2026, 2, 28), d(2026, 3, 13), "G", "G",
         "CARO appointed 19 February. Project plan agreed in principle; sign-off by constituent council chief executives on 13 March.",
         ["Programme Director", "Interim Monitoring Officer"], "2026-03", None, "green"),
        ("WS", WS2),
        ("2.1", "2026/27 revenue budget and Medium Term Financial Plan 2026/27 to 2028/29 approved",
         "Interim Section 73 Officer", d(2026, 2, 28), d(2026, 2, 28), "A", "B",
         "Budget approved 26 February 2026. MTFP to be refreshed after the mayoral election.",
         ["Interim Section 73 Officer"], "2026-02", None, "blue"),
        ("2.2", "External audit (PSAA opt-in) confirmed and internal audit provider appointed",
         "Interim Section 73 Officer", d(2026, 3, 31), d(2026, 5, 31), "A", "R",
         "PSAA appointment confirmed. Internal audit tender returned no compliant bids; re-procurement through a framework under way. Escalated – see Summary.",
         ["Interim Section 73 Officer"], "2026-05", None, "red"),
        ("2.3", "Finance, payroll and HR systems hosted by Hampshire County Council live for day one",
         "Head of Finance Systems", d(2026, 4, 1), d(2026, 4, 1), "G", None,
         "User acceptance testing complete; cut-over rehearsal booked for 16 March.",
         ["Head of Finance Systems"], "2026-04", None, "green"),
        ("WS", WS3),
        ("3.1", "Permanent Head of Paid Service appointed",
         "Chair of Appointments Panel", d(2026, 4, 30), d(2026, 6, 30), "A", "A",
         "Search agency appointed. Revised timetable for Board approval – see Summary.",
         ["Chair of Appointments Panel"], "2026-06", None, "amber"),
        ("3.2", "TUPE consultation completed for staff transferring from the constituent councils' transport and skills teams",
         "HR Lead (Hampshire CC) and HR Lead (Southampton CC)", d(2026, 5, 31), d(2026, 5, 31), "G", "G",
         "Measures letters issued 16 February; collective consultation meetings held weekly.",
         ["HR Lead (Hampshire CC)", "HR Lead (Southampton CC)"], "2026-05", None, "green"),
        ("3.3", "Interim pay and grading framework agreed with recognised trade unions",
         "HR Lead (Hampshire CC)", d(2026, 3, 31), d(2026, 3, 31), "G", "G",
         "Draft framework shared with UNISON and GMB on 24 February.",
         ["HR Lead (Hampshire CC)"], "2026-03", None, "green"),
        ("WS", WS4),
        ("4.1", "Adult Skills Fund readiness conditions evidence submitted to DfE",
         "Head of Skills and Employment", "Q4 2025/26", "Q1 2026/27", "G", "A",
         "DfE has moved the readiness checkpoint; submission now planned for June 2026.",
         ["Head of Skills and Employment"], "2026-06", None, "amber"),
        ("4.2", "Local Transport Plan 5 scoping report to the Shadow Authority",
         "Head of Transport Strategy", d(2026, 6, 1), d(2026, 7, 1), "G", "G",
         "Moved to July meeting cycle to follow the mayoral election.",
         ["Head of Transport Strategy"], "2026-07", None, "green"),
        ("4.3", "Concessionary fares scheme and consolidated transport budget transferred from the constituent councils",
         "Head of Transport Strategy; Interim Section 73 Officer", d(2026, 4, 1), d(2026, 4, 1), "G", "G",
         "Transfer order laid; operator reimbursement arrangements agreed.",
         ["Head of Transport Strategy", "Interim Section 73 Officer"], "2026-04", None, "green"),
    ]
    expected = []
    r = 4
    ws_now = None
    for item in data:
        if item[0] == "WS":
            ws_now = item[1]
            c = ms.cell(r, 1, ws_now)
            c.font = Font(bold=True)
            for j in range(1, 9):
                ms.cell(r, j).fill = fill(GREY)
                ms.cell(r, j).border = BOX
            ms.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        ref, text, lead, base, fc, prev, curr, comm, exp_lead, exp_end, exp_et, exp_status = item
        vals = [ref, text, lead, base, fc, prev, curr, comm]
        for j, v in enumerate(vals):
            c = ms.cell(r, 1 + j, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy" if ref == "4.2" else "dd/mm/yyyy"
        if fc != base:
            ms.cell(r, 5).font = Font(bold=True)
        ms.cell(r, 6).fill = fill(rag_fill[prev])
        ms.cell(r, 6).alignment = Alignment(horizontal="center", vertical="top")
        if curr is None:
            ms.cell(r, 7).fill = fill(GREEN)  # fill only, no letter
        else:
            ms.cell(r, 7).fill = fill(rag_fill[curr])
            ms.cell(r, 7).alignment = Alignment(horizontal="center", vertical="top")
        expected.append(act(ref, [ws_now], text, exp_lead, exp_end, exp_status, exp_et))
        r += 1
    r += 1
    ms.cell(r, 1, "Notes: Baseline dates are those agreed in the Mobilisation Plan v1.0 (November 2025). "
                  "Forecast dates changed since the last report are shown in bold.").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [7, 58, 30, 13, 13, 11, 11, 60]):
        ms.column_dimensions[col].width = w
    ms.freeze_panes = "A4"

    # Summary sheet (after milestones in the workbook's tab order, but built from the data) --------
    sm = wb.create_sheet("Summary", 1)
    sm["A1"] = "Summary by workstream – February 2026"
    sm["A1"].font = Font(bold=True, size=13, color=NAVY)
    sh = ["Workstream", "Milestones", "Complete (B)", "Green", "Amber", "Red", "Workstream RAG"]
    for j, h in enumerate(sh):
        c = sm.cell(3, 1 + j, h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    counts = [(WS1, 3, 1, 1, 1, 0, "A"), (WS2, 3, 1, 1, 0, 1, "R"),
              (WS3, 3, 0, 2, 1, 0, "A"), (WS4, 3, 0, 2, 1, 0, "A")]
    for i, row in enumerate(counts):
        for j, v in enumerate(row):
            c = sm.cell(4 + i, 1 + j, v)
            c.border = BOX
        sm.cell(4 + i, 7).fill = fill(rag_fill[row[6]])
    tot = ["Total", 12, 2, 6, 3, 1, "A"]
    for j, v in enumerate(tot):
        c = sm.cell(8, 1 + j, v)
        c.font = Font(bold=True)
        c.border = BOX
    sm.cell(8, 7).fill = fill(AMBER)
    sm["A10"] = "Decisions required from the Shadow Programme Board"
    sm["A10"].font = Font(bold=True)
    sm["A11"] = "(a) Approve the revised timetable for appointment of the permanent Head of Paid Service (milestone 3.1)."
    sm["A12"] = "(b) Note the failed internal audit tender and agree that the Interim Section 73 Officer writes to MHCLG on interim assurance arrangements (milestone 2.2)."
    sm["A14"] = "Achievements this period"
    sm["A14"].font = Font(bold=True)
    sm["A15"] = "Constitution approved; 2026/27 budget set; CARO appointed; TUPE measures letters issued."
    sm.column_dimensions["A"].width = 40
    for col in "BCDEFG":
        sm.column_dimensions[col].width = 14

    wb.save(out(name))
    write_yaml(name, {
        "source": "Imitates the monthly programme highlight reports that new mayoral combined authorities and "
                  "shadow authorities put to their programme boards during mobilisation (e.g. the Dorset shadow "
                  "executive 'Programme Highlight Report' with its milestone plan, and recent CCA establishment "
                  "reports). Hampshire and Solent Combined Authority, February 2026. Copied features: cover sheet "
                  "with reporting block, version-control table and RAG key (B = complete); summary sheet with "
                  "per-workstream totals, decisions and achievements; milestone sheet with merged grey workstream "
                  "band rows, baseline and forecast dates (forecast = revised, changed ones in bold), previous and "
                  "current RAG columns with fill colours, one current RAG shown by green fill only, quarter-style "
                  "dates (Q4 2025/26, Q1 2026/27), mmm-yy dates, two leads in one cell (\"/\", \"and\", \";\").",
        "reads": "A three-sheet highlight report: a cover with the key, a summary of counts by workstream and two "
                 "board decisions, and a milestone tracker of twelve milestones in four workstreams. Each milestone "
                 "has a lead, baseline and forecast date and January/February RAG; the February RAG and the "
                 "forecast date are the ones that count.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------------------------
# 2. South West Water - Ofwat wastewater enforcement undertakings tracker (xlsx, refuse)
# ---------------------------------------------------------------------------------------------
def make_sww():
    name = "zyx-south-west-water-ofwat-wastewater-undertakings-tracker-typo-month-refuse.xlsx"
    SWW_TITLE = "South West Water Limited – Section 19 Undertakings Implementation Tracker"
    wb = Workbook()
    ws = wb.active
    ws.title = "Undertakings tracker"
    ws["A1"] = SWW_TITLE
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws["A2"] = "Ofwat enforcement case: wastewater treatment works"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Position at 30 September 2025"
    ws["E3"] = "Prepared for: Board Environmental Performance Committee"
    ws["E3"].font = Font(italic=True)
    hdr = ["Undertaking", "Ref", "Action", "Accountable executive", "Original due", "Revised due",
           "Status", "Progress update (September 2025)"]
    for j, h in enumerate(hdr):
        c = ws.cell(5, 1 + j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    st_fill = {"Complete": BLUE, "On track": GREEN, "Amber": AMBER, "Not started": "FFFFFF"}
    U1 = "Undertaking 1 – Flow to full treatment: bring every works named in the case into compliance with its FFT permit condition"
    U2 = "Undertaking 2 – Governance and assurance of environmental permit compliance"
    U3 = "Undertaking 3 – Redress for customers and the environment"
    groups = [
        (U1, [
            ("1.1", "Install MCERTS-certified flow monitoring at the 47 works in scope and validate the data feed to the Environment Agency",
             "Director of Wastewater Services", "December 2024", "March 2025", "Complete",
             "All 47 sites commissioned; validation certificate received 21 March 2025."),
            ("1.2", "Deliver storm tank and FFT capacity schemes at the 12 priority works",
             "Director of Capital Delivery", "March 2026", "", "On track",
             "9 of 12 schemes in construction; Countess Wear and Camels Head in detailed design."),
            ("1.3", "Commission independent technical assurance of FFT compliance across the 47 works",
             "Director of Regulation", "June 2026", "", "On track",
             "Assurer appointed August 2025; fieldwork plan agreed with Ofwat."),
        ]),
        (U2, [
            ("2.1", "Establish a Board Environmental Performance Committee with an independent chair",
             "Company Secretary", "January 2025", "", "Complete",
             "Committee met for the first time on 28 January 2025."),
            ("2.2", "Third-line assurance review of permit compliance reporting by Internal Audit",
             "Head of Internal Audit", "September 2025", "Febuary 2026", "Amber",
             "Scope extended to include storm overflow event duration monitoring; revised date agreed by the Committee."),
            ("2.3", "Refresh process-operator competence training for all wastewater treatment operators",
             "Director of Wastewater Services", "July 2025", "October 2025", "Amber",
             "212 of 260 operators trained; remaining sessions booked."),
        ]),
        (U3, [
            ("3.1", "Set up the customer and environmental redress fund and publish the eligibility criteria",
             "Director of Customer Services", "December 2025", "", "On track",
             "Draft criteria shared with CCW and Ofwat on 5 September."),
            ("3.2", "Publish an annual statement on delivery of the undertakings",
             "Director of Regulation", "July 2026", "", "Not started", ""),
        ]),
    ]
    r = 6
    typo_row = None
    n = 0
    for utext, acts in groups:
        start = r
        for ref, text, who, orig, rev, status, upd in acts:
            vals = [utext if r == start else None, ref, text, who, orig, rev, status, upd]
            for j, v in enumerate(vals):
                c = ws.cell(r, 1 + j, v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(r, 7).fill = fill(st_fill[status])
            if rev == "Febuary 2026":
                typo_row = r
            n += 1
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(start, 1).font = Font(bold=True)
    r += 1
    ws.cell(r, 1, "Where a revised date is shown it has been agreed by the Board Environmental Performance "
                  "Committee and notified to Ofwat.").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [40, 6, 60, 30, 15, 15, 12, 60]):
        ws.column_dimensions[col].width = w

    ky = wb.create_sheet("Key")
    ky["A1"] = "Status key"
    ky["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Complete", "Action delivered and evidence provided to Ofwat"),
                                ("On track", "Expected to be delivered by the due date"),
                                ("Amber", "Revised date agreed or delivery at risk"),
                                ("Not started", "Not yet due to start")]):
        c = ky.cell(2 + i, 1, k)
        c.fill = fill(st_fill[k])
        ky.cell(2 + i, 2, v)
    ky.column_dimensions["A"].width = 14
    ky.column_dimensions["B"].width = 50
    wb.save(out(name))
    write_yaml(name, {
        "source": "Imitates the published trackers water companies keep of the undertakings they gave Ofwat to close "
                  "its 2022–2024 wastewater treatment works enforcement cases (Ofwat 'our approach to enforcement', "
                  "https://www.ofwat.gov.uk/regulated-companies/investigations/how-we-investigate/our-approach-to-enforcement/; "
                  "South West Water was among the six companies investigated). South West Water, September 2025. "
                  "Copied features: company title block, position date and committee line, undertaking text merged "
                  "down the first column over its actions, original and revised due months written out, status word "
                  "with fill colour, progress update column, a notes line and a separate Key sheet.",
        "reads": "A one-sheet tracker of eight actions under three Ofwat undertakings, each with an accountable "
                 "executive, original and revised due month and status. The revised due date of action 2.2 reads "
                 "'Febuary 2026' – a mistyped month in the end cell that a careful reader would query before "
                 "taking the plan in.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": SWW_TITLE,
    })
    return name, n, typo_row


# ---------------------------------------------------------------------------------------------
# 3. Great British Energy - strategic risk register 2025/26 (xlsx)
# ---------------------------------------------------------------------------------------------
def make_gbe():
    name = "zyx-great-british-energy-strategic-risk-register-2025-26.xlsx"
    title = "Great British Energy – Strategic Risk Register 2025/26"
    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc["A1"] = title
    dc["A1"].font = Font(bold=True, size=14, color=NAVY)
    info = [("Document owner", "Chief Financial Officer"),
            ("Review cycle", "Monthly by Executive Committee; quarterly by the Audit and Risk Assurance Committee (ARAC)"),
            ("Last reviewed by ARAC", "18 November 2025"),
            ("Classification", "OFFICIAL")]
    for i, (k, v) in enumerate(info):
        dc.cell(3 + i, 1, k).font = Font(bold=True)
        dc.cell(3 + i, 2, v)
    dc["A8"] = "Version history"
    dc["A8"].font = Font(bold=True)
    vh = [("Version", "Date", "Summary of changes"),
          ("2.1", "July 2025", "SR02 re-scored following Spending Review settlement"),
          ("2.2", "September 2025", "SR04 added (cyber security) at ARAC request"),
          ("2.3", "December 2025", "Q3 update: action status and target dates refreshed")]
    for i, row in enumerate(vh):
        for j, v in enumerate(row):
            c = dc.cell(9 + i, 1 + j, v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    dc.column_dimensions["A"].width = 24
    dc.column_dimensions["B"].width = 30
    dc.column_dimensions["C"].width = 55

    sk = wb.create_sheet("Scoring key")
    sk["A1"] = "Scoring"
    sk["A1"].font = Font(bold=True)
    sk["A2"] = "Score = Likelihood (1–5) x Impact (1–5). 1–6 Low; 8–12 Medium; 15–25 High."
    sk["A4"] = "Action status"
    sk["A4"].font = Font(bold=True)
    for i, (k, v, col) in enumerate([("G", "On track", GREEN), ("A", "At risk of slippage", AMBER),
                                     ("R", "Off track / overdue", RED), ("C", "Complete", BLUE)]):
        c = sk.cell(5 + i, 1, k)
        c.fill = fill(col)
        c.alignment = Alignment(horizontal="center")
        sk.cell(5 + i, 2, v)
    sk.column_dimensions["B"].width = 30

    rr = wb.create_sheet("SRR Q3 2025-26")
    rr["A1"] = "Strategic Risk Register – Quarter 3 2025/26 (position at 12 December 2025)"
    rr["A1"].font = Font(bold=True, size=14, color=NAVY)
    rr["A2"] = "Scores are Likelihood x Impact – see Scoring key tab. Action status key: G on track; A at risk of slippage; R off track / overdue; C complete."
    rr["A2"].font = Font(italic=True)
    # two-row header
    rr.cell(4, 4, "Inherent")
    rr.merge_cells("D4:F4")
    rr.cell(4, 8, "Residual")
    rr.merge_cells("H4:J4")
    rr.cell(4, 11, "Further mitigating actions")
    rr.merge_cells("K4:O4")
    hdr = ["Risk ID and title", "Risk description", "Risk owner", "L", "I", "Score",
           "Key controls in place", "L", "I", "Score", "Ref", "Action", "Action owner", "Target date", "Status"]
    for j, h in enumerate(hdr):
        c = rr.cell(5, 1 + j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        c4 = rr.cell(4, 1 + j)
        c4.font = Font(bold=True, color="FFFFFF")
        c4.fill = fill(NAVY)
        c4.alignment = Alignment(horizontal="center")
    sfill = {"G": GREEN, "A": AMBER, "R": RED, "C": BLUE}
    sword = {"G": "green", "A": "amber", "R": "red", "C": "blue"}
    risks = [
        ("SR01 – Organisational capacity and capability",
         "If GBE cannot recruit and retain specialist investment, engineering and commercial staff at pace, then it "
         "will be unable to originate and manage its project pipeline, resulting in delayed deployment of capital and "
         "reputational damage.",
         "Chief People Officer", (4, 4), "Interim resourcing through DESNZ secondments and National Wealth Fund "
         "support; workforce plan approved by the Board (July 2025).", (3, 4),
         [("SR01.1", "Complete recruitment to the Aberdeen headquarters senior leadership team (Director level and above)",
           "Chief People Officer", d(2025, 12, 31), "A", ["Chief People Officer"], "2025-12", None),
          ("SR01.2", "Agree pay flexibilities for specialist investment roles with DESNZ and HM Treasury",
           "Chief People Officer; Chief Financial Officer", "Q4 2025/26", "A",
           ["Chief People Officer", "Chief Financial Officer"], "2026-03", None),
          ("SR01.3", "Launch the graduate and apprenticeship scheme for the 2026 intake",
           "Chief People Officer", "Sep-26", "G", ["Chief People Officer"], "2026-09", None)]),
        ("SR02 – Investment pipeline and deployment of capital",
         "If GBE does not build a sufficient pipeline of investable projects, then committed capital will not be "
         "deployed within the Spending Review period, resulting in loss of budget cover and failure to meet "
         "ministerial objectives.",
         "Chief Investment Officer", (4, 5), "Investment strategy agreed with DESNZ; monthly pipeline review at "
         "Executive Committee.", (3, 4),
         [("SR02.1", "Publish the Local Power Plan investment criteria and open the first funding window for community and local authority schemes",
           "Director of Local Power", d(2025, 10, 31), "C", ["Director of Local Power"], "2025-10", None),
          ("SR02.2", "Establish the Investment Committee with delegated authority from the Board and approve the investment policy",
           "Chief Investment Officer", d(2025, 9, 30), "C", ["Chief Investment Officer"], "2025-09", None),
          ("SR02.3", "Report committed versus deployed capital to Executive Committee through a monthly pipeline dashboard",
           "Chief Investment Officer", "Ongoing", "G", ["Chief Investment Officer"], None, "Ongoing")]),
        ("SR03 – Financial control and Managing Public Money compliance",
         "If financial controls and delegations are not embedded while the organisation is scaling up, then spend "
         "may be irregular or novel and contentious without approval, resulting in qualified accounts and loss of "
         "confidence from Parliament.",
         "Chief Financial Officer", (3, 5), "Framework document with DESNZ; interim finance shared service; "
         "Accounting Officer letter of delegation.", (2, 5),
         [("SR03.1", "Implement the delegated authorities framework and the novel and contentious spend approvals process agreed with DESNZ",
           "Chief Financial Officer", d(2026, 1, 31), "G", ["Chief Financial Officer"], "2026-01", None),
          ("SR03.2", "Procure and implement the enterprise finance system to replace the interim DESNZ shared service arrangements",
           "Chief Financial Officer", "Q1 2026/27", "R", ["Chief Financial Officer"], "2026-06", None)]),
        ("SR04 – Cyber security and information assurance",
         "If systems and data are not protected to government standards as GBE moves off departmental IT, then a "
         "cyber incident could disrupt operations and expose commercially sensitive investment data.",
         "Chief Operating Officer", (3, 4), "DESNZ-managed devices and network; information asset register in "
         "place.", (3, 3),
         [("SR04.1", "Achieve Cyber Essentials Plus certification",
           "Chief Operating Officer", "Mar-26", "G", ["Chief Operating Officer"], "2026-03", None),
          ("SR04.2", "Complete the GovAssure self-assessment and independent review of critical systems",
           "Chief Operating Officer & Head of Technology", d(2026, 6, 30), "A",
           ["Chief Operating Officer", "Head of Technology"], "2026-06", None)]),
    ]
    expected = []
    r = 6
    for rtitle, desc, owner, inh, ctrls, res, acts in risks:
        start = r
        for ref, text, aown, tdate, st, e_lead, e_end, e_et in acts:
            if r == start:
                vals = [rtitle, desc, owner, inh[0], inh[1], inh[0] * inh[1], ctrls, res[0], res[1], res[0] * res[1]]
                for j, v in enumerate(vals):
                    rr.cell(r, 1 + j, v)
            for j, v in enumerate([ref, text, aown, tdate, st]):
                c = rr.cell(r, 11 + j, v)
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            rr.cell(r, 15).fill = fill(sfill[st])
            rr.cell(r, 15).alignment = Alignment(horizontal="center", vertical="top")
            for j in range(1, 16):
                rr.cell(r, j).border = BOX
                if j != 15:
                    rr.cell(r, j).alignment = WRAP
            expected.append(act(ref, [rtitle], text, e_lead, e_end, sword[st], e_et))
            r += 1
        for col in range(1, 11):
            if r - 1 > start:
                rr.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
        rr.cell(start, 1).font = Font(bold=True)
        for col, (lv, iv) in ((6, inh), (10, res)):
            sc = lv * iv
            rr.cell(start, col).fill = fill(RED if sc >= 15 else AMBER if sc >= 8 else GREEN)
    for col, w in zip("ABCDEFGHIJKLMNO", [28, 45, 22, 4, 4, 7, 40, 4, 4, 7, 9, 55, 28, 12, 8]):
        rr.column_dimensions[col].width = w
    rr.freeze_panes = "A6"
    wb.move_sheet("SRR Q3 2025-26", offset=-1)
    wb.save(out(name))
    write_yaml(name, {
        "source": "Imitates the strategic risk registers arm's-length bodies present to their Audit and Risk "
                  "Assurance Committee (cause/event/effect risk description, inherent and residual L x I scores, "
                  "key controls, further mitigating actions with owner, target date and status). Great British "
                  "Energy (DESNZ public company), Q3 2025/26. Copied features: document-control sheet with version "
                  "history, scoring key sheet whose action-status key adds C = complete, two-row header with merged "
                  "'Inherent'/'Residual'/'Further mitigating actions' bands, risk cells merged down over their "
                  "actions, status letter with fill, mixed target dates (dd/mm/yyyy, Q4 2025/26, Q1 2026/27, Sep-26, "
                  "Ongoing) and one cell with two owners joined by '&'.",
        "reads": "A risk register with four strategic risks, each carrying two or three further mitigating actions "
                 "(ten in all) with an action owner, a target date and a G/A/R/C status. A person reads each action "
                 "under its risk and takes C as complete, as the key says.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_cell(cell, text, size=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


# ---------------------------------------------------------------------------------------------
# 4. Bedford School - ISI inspection action plan (docx)
# ---------------------------------------------------------------------------------------------
def make_bedford():
    name = "zyx-bedford-school-isi-inspection-action-plan.docx"
    title = "Bedford School – Post-Inspection Action Plan (ISI routine inspection, 13–15 May 2025)"
    doc = Document()
    doc.add_heading(title, level=1)
    doc.add_paragraph("Prepared by the Head for the Governing Body. Submitted to the Department for Education "
                      "on 4 July 2025 and updated each half term.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Reviewed by"]):
        bold_cell(c, h)
    for row in [("1.0", "04/07/2025", "Governing Body (Chair's action)"),
                ("1.1", "10/10/2025", "Education Committee"),
                ("1.2", "08/12/2025", "Education Committee")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_paragraph()
    key = doc.add_paragraph()
    key.add_run("Key to RAG column: ").bold = True
    key.add_run("Green = completed; Amber = in progress; Red = overdue")

    PA = "Part A – Action points (Standards not met)"
    PB = "Part B – Recommended next steps"
    KEYFILL = {"G": "00B050", "A": "FFC000", "R": "FF0000", None: None}
    STAT = {"G": "blue", "A": "amber", "R": "red", None: "unrated"}
    expected = []

    def action_rows(table, rows, heads):
        for ref, text, who, when, rag, e_lead, e_end, e_et in rows:
            cells = table.add_row().cells
            cells[0].text = ref
            cells[1].text = text
            cells[2].text = who
            cells[3].text = when
            cells[4].text = ""
            if KEYFILL[rag]:
                shade(cells[4], KEYFILL[rag])
            expected.append(act(ref, heads, text, e_lead, e_end, STAT[rag], e_et))

    def header_row(table):
        cells = table.add_row().cells
        for c, h in zip(cells, ["No.", "Action", "Lead(s)", "Date", "RAG"]):
            bold_cell(c, h)
            shade(c, "D9D9D9")

    doc.add_heading(PA, level=2)
    doc.add_paragraph("The inspection found that the school did not meet the standards below. Each action point is "
                      "set out with the school's actions to remedy it.")
    ap = [
        ("Action point 1: The school must ensure that all required recruitment checks are completed and recorded "
         "before staff begin work at the school, and that the single central record accurately records these "
         "checks. [Paragraphs 18(2)(c) and 21(3)]",
         [("1a", "Full audit of the single central record against personnel files for all staff, governors and "
                 "volunteers, with any gaps remedied and recorded.",
           "Director of HR; Compliance Officer", "June 2025", "G", ["Director of HR", "Compliance Officer"], "2025-06", None),
          ("1b", "Revise the Safer Recruitment Policy so that no member of staff starts before the enhanced DBS "
                 "certificate, barred list check and references have been received and verified by HR.",
           "Director of HR", "31/07/2025", "G", ["Director of HR"], "2025-07", None),
          ("1c", "Termly spot-check of new starter files by the nominated safeguarding governor, reported to the "
                 "Governing Body.",
           "Safeguarding Governor", "Termly", "A", ["Safeguarding Governor"], None, "Termly")]),
        ("Action point 2: The school must ensure that fire risk assessments for the boarding houses are reviewed "
         "when accommodation changes, and that a fire drill is held in boarding time each term. [Paragraph 12; "
         "Boarding NMS 7.1]",
         [("2a", "Review and reissue the fire risk assessments for all six boarding houses following the "
                 "refurbishment of Farrar's House.",
           "Bursar", "September 2025", "G", ["Bursar"], "2025-09", None),
          ("2b", "Hold and record an evening fire drill in every boarding house each term, with outcomes reviewed "
                 "at the Health and Safety Committee.",
           "Head of Boarding / Housemasters", "Autumn term 2025", "A", ["Head of Boarding", "Housemasters"],
           "2025-12", None)]),
    ]
    for heading, rows in ap:
        tb = doc.add_table(rows=1, cols=5)
        tb.style = "Table Grid"
        top = tb.rows[0].cells
        m = top[0].merge(top[4])
        bold_cell(m, heading)
        shade(m, "DEEAF6")
        header_row(tb)
        action_rows(tb, rows, [PA, heading])
        doc.add_paragraph()

    doc.add_heading(PB, level=2)
    doc.add_paragraph("The report's recommended next steps and the school's response.")
    tb = doc.add_table(rows=0, cols=5)
    tb.style = "Table Grid"
    header_row(tb)
    recs = [
        ("Recommendation 1: Leaders should ensure that the use of assessment information in the lower school is "
         "consistent across subjects so that pupils know their next steps.",
         [("3a", "Introduce a common feedback and next-steps framework in Years 7 and 8, with training on the "
                 "September INSET day.",
           "Deputy Head (Academic)", "September 2025", "G", ["Deputy Head (Academic)"], "2025-09", None),
          ("3b", "Heads of Department to complete work scrutiny against the framework and report to the Academic "
                 "Committee.",
           "Heads of Department", "Summer term 2026", "A", ["Heads of Department"], "2026-07", None)]),
        ("Recommendation 2: Leaders should strengthen the oversight of pupils' wellbeing in the sixth form during "
         "examination periods.",
         [("4a", "Appoint a Sixth Form Wellbeing Lead with protected time on the timetable.",
           "Head of Sixth Form", "November 2025", "R", ["Head of Sixth Form"], "2025-11", None),
          ("4b", "Survey Upper Sixth pupils after the summer examination series and act on the findings.",
           "Head of Sixth Form; School Counsellor", "July 2026", None,
           ["Head of Sixth Form", "School Counsellor"], "2026-07", None)]),
    ]
    for heading, rows in recs:
        cells = tb.add_row().cells
        m = cells[0].merge(cells[4])
        bold_cell(m, heading)
        shade(m, "DEEAF6")
        action_rows(tb, rows, [PB, heading])
    doc.add_paragraph()
    doc.add_paragraph("Signed: Chair of Governors                Head")
    doc.save(out(name))
    write_yaml(name, {
        "source": "Imitates the action plans independent schools send to the DfE after an ISI routine inspection "
                  "under the 2023 framework, which reports 'action points' for standards not met and 'recommended "
                  "next steps' (ISI framework, http://www.isi.net/inspection-explained/inspection-framework/interactive-version/). "
                  "Bedford School, inspection May 2025, plan updated December 2025. Copied features: title heading, "
                  "version table, RAG key sentence redefining green as completed (no blue), Part A with one table per "
                  "action point (merged shaded top row holding the action point text, then a header row), Part B "
                  "with one table in which recommendation rows are merged across, RAG given only by cell shading, "
                  "term dates, 'Termly', and two leads joined by ';' or '/'.",
        "reads": "An ISI post-inspection plan with two action points (standards not met) and two recommended next "
                 "steps, each followed by lettered actions with leads and dates. Status is shown only by the "
                 "shading of the RAG cell; green means completed under the school's key, and one cell is unshaded.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------------------------
# 5. Cockermouth Town Council - flood lessons learned action plan (docx)
# ---------------------------------------------------------------------------------------------
def make_cockermouth():
    name = "zyx-cockermouth-town-council-storm-bert-lessons-learned-action-plan.docx"
    title = "Storm Bert (23–25 November 2024): Lessons Learned Action Plan"
    doc = Document()
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = "Cockermouth Town Council"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph()
    run = p.add_run(title)
    run.bold = True
    run.font.size = Pt(16)
    doc.add_paragraph("Adopted by Full Council on 20 January 2025 (Minute FC/24/118). Progress updated for the "
                      "Environment and Amenities Committee, 14 April 2025.")
    doc.add_paragraph("Following the flooding of 23–25 November 2024 the Council held a debrief with the Flood "
                      "Action Group, hub volunteers, Cumberland Council and the Environment Agency. The lessons "
                      "below were identified and the actions agreed.")
    table = doc.add_table(rows=1, cols=6)
    table.style = "Table Grid"
    for c, h in zip(table.rows[0].cells, ["No.", "What we learned", "Action", "Who", "By when", "Status"]):
        bold_cell(c, h)
        shade(c, "BDD7EE")
    STAT = {"Done": "blue", "On track": "green", "Not started": "unrated"}
    sections = [
        ("A. Warning and informing", [
            ("Residents in Gote Road and Challoner Street did not receive flood alerts because they had not "
             "registered for the Environment Agency's Floodline service.", [
                ("1.1", "Door-knock campaign with the Flood Action Group to sign residents up to Floodline Warnings Direct.",
                 "Flood Warden Co-ordinator; Cllr S. Wilson", "31 March 2025", "Done",
                 ["Flood Warden Co-ordinator", "Cllr S. Wilson"], "2025-03", None),
                ("1.2", "Add the Floodline registration link and a QR code to the Council website, noticeboards and the spring newsletter.",
                 "Deputy Town Clerk", "March 2025", "Done", ["Deputy Town Clerk"], "2025-03", None)]),
            ("The Council's social media posts were not updated overnight on 24 November.", [
                ("2.1", "Agree an out-of-hours communications rota between the Town Clerk, Deputy Town Clerk and the Mayor.",
                 "Town Clerk", "Next Full Council", "On track", ["Town Clerk"], None, "Next Full Council")]),
        ]),
        ("B. Community flood hub", [
            ("The Kirkgate Centre could not open as a rest centre until 21:30 because no keyholder could be reached.", [
                ("3.1", "Keep a register of at least four keyholders for the Kirkgate Centre and the Town Hall, reviewed every October.",
                 "Town Clerk", "30 April 2025", "On track", ["Town Clerk"], "2025-04", None),
                ("3.2", "Agree a memorandum of understanding with Cumberland Council on using the Kirkgate Centre as a rest centre.",
                 "Town Clerk / Cumberland Council Emergency Planning", "June 2025", "Not started",
                 ["Town Clerk", "Cumberland Council Emergency Planning"], "2025-06", None)]),
            ("Hub volunteers had no hot drinks, blankets or torches for the first three hours.", [
                ("4.1", "Buy a flood hub kit (urns, blankets, torches, hi-vis vests, first aid kit) and store it at the Town Hall.",
                 "Deputy Town Clerk", "28 February 2025", "Done", ["Deputy Town Clerk"], "2025-02", None)]),
        ]),
        ("C. Sandbags and equipment", [
            ("The Main Street sandbag store was empty by 16:00 on 23 November and was not restocked.", [
                ("5.1", "Review with Cumberland Council Highways the number and siting of sandbag stores, including a second store at Harris Park.",
                 "Cllr A. Bell and Cllr R. Dixon", "Sept 2025", "On track",
                 ["Cllr A. Bell", "Cllr R. Dixon"], "2025-09", None),
                ("5.2", "Look for grant funding for property flood resilience (PFR) door barriers for the 30 properties flooded internally.",
                 "Town Clerk", "Ongoing", "On track", ["Town Clerk"], None, "Ongoing")]),
        ]),
        ("D. Recovery", [
            ("Residents were unsure where to get help with insurance and clean-up once the water had gone down.", [
                ("6.1", "Produce a one-page 'After a flood' leaflet with Cumbria Community Foundation and the National Flood Forum.",
                 "Deputy Town Clerk", "May 2025", "Not started", ["Deputy Town Clerk"], "2025-05", None),
                ("6.2", "Hold a community drop-in at the Town Hall with the Environment Agency, Cumberland Council and United Utilities.",
                 "Mayor; Town Clerk", "12 March 2025", "Done", ["Mayor", "Town Clerk"], "2025-03", None)]),
        ]),
    ]
    expected = []
    for sec, lessons in sections:
        cells = table.add_row().cells
        m = cells[0].merge(cells[5])
        bold_cell(m, sec)
        shade(m, "F2F2F2")
        for lesson, acts in lessons:
            first = None
            for ref, text, who, when, st, e_lead, e_end, e_et in acts:
                cells = table.add_row().cells
                if first is None:
                    first = cells[1]
                cells[0].text = ref
                cells[2].text = text
                cells[3].text = who
                cells[4].text = when
                cells[5].text = st
                expected.append(act(ref, [sec, lesson], text, e_lead, e_end, STAT[st], e_et))
            last = table.rows[len(table.rows) - 1].cells[1]
            merged = first.merge(last) if last._tc is not first._tc else first
            merged.text = lesson
    doc.add_paragraph()
    doc.add_paragraph("Status: Done – action completed; On track – under way; Not started – not yet begun.")
    doc.add_paragraph("Contact: Town Clerk, Cockermouth Town Hall.")
    doc.save(out(name))
    write_yaml(name, {
        "source": "Imitates the short lessons-learned action plans parish and town councils adopt after a flood "
                  "debrief (flood hub, sandbags, Floodline sign-up, recovery drop-ins), as minuted by Cumbrian town "
                  "councils. Cockermouth Town Council, after Storm Bert (November 2024), updated April 2025. Copied "
                  "features: council name in the page header, bold title line, adoption/minute line, a single table "
                  "with merged section rows (A–D), the lesson identified merged down over its actions, plain "
                  "'Who'/'By when' columns with councillors and officers, dates written as a council clerk writes "
                  "them (31 March 2025, Sept 2025, Next Full Council, Ongoing) and Done/On track/Not started status "
                  "words with a status note below.",
        "reads": "A town council's one-table plan: four sections, each with one or two lessons learned from the "
                 "flood, and ten numbered actions under them with who is responsible, by when, and a status word.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------------------------
# 6. The Trussell Trust - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------------------------
def make_trussell():
    name = "zyx-trussell-trust-internal-audit-recommendations-tracker.csv"
    title = "The Trussell Trust – Internal Audit Recommendations Tracker"
    cols = ["Audit", "Report issued", "Rec No.", "Priority", "Recommendation", "Agreed management action",
            "Action owner", "Original target date", "Revised target date", "RAG", "Update"]
    W = len(cols)
    A1 = "Safeguarding arrangements (IA 2024/25-03)"
    A2 = "Grant payments to the food bank network (IA 2024/25-05)"
    A3 = "Cyber security and IT resilience (IA 2025/26-01)"
    RAG = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    recs = [
        (A1, "14/11/2024", "1", "High",
         "Implement a single case management system for safeguarding concerns raised by food banks and national services.",
         "Procure and configure a safeguarding module within the existing CRM and migrate open cases from spreadsheets.",
         "Head of Safeguarding; Head of IT", "31/03/2025", "30/09/2025", "B",
         "Module live from 1 September 2025; legacy spreadsheets archived. Verified by internal audit October 2025.",
         ["Head of Safeguarding", "Head of IT"], "2025-09", None),
        (A1, "14/11/2024", "2", "Medium",
         "Ensure DBS checks for trustees and senior staff are renewed in line with policy.",
         "Introduce a three-yearly DBS renewal schedule for trustees and the Executive Leadership Team, monitored by the Company Secretary.",
         "Company Secretary", "28/02/2025", "", "B",
         "Schedule in place; all renewals up to date.", ["Company Secretary"], "2025-02", None),
        (A1, "14/11/2024", "3", "Medium",
         "Provide refresher safeguarding training for regional network staff.",
         "a) Deliver Level 2 refresher training to all Network Development Managers.\n"
         "b) Record completion on the learning management system and report quarterly to the Safeguarding Committee.",
         "Head of Safeguarding", "30/06/2025", "31/12/2025", "A",
         "28 of 41 managers trained. Revised date agreed by ARC in July.", ["Head of Safeguarding"], "2025-12", None),
        (A2, "20/02/2025", "1", "High",
         "Strengthen due diligence before grant payments are released.",
         "Introduce a pre-payment checklist (governing document, bank verification, safeguarding policy) signed off by the Grants Manager.",
         "Grants Manager", "30/04/2025", "", "B",
         "Checklist in use since April 2025.", ["Grants Manager"], "2025-04", None),
        (A2, "20/02/2025", "2", "Medium",
         "Reconcile grant payments to signed grant agreements each month.",
         "Finance to reconcile the grants ledger to the grant agreement register monthly and report exceptions to the Director of Finance.",
         "Financial Controller", "31/05/2025", "31/12/2025", "G",
         "Reconciliations done for July–September; process to be documented.", ["Financial Controller"], "2025-12", None),
        (A2, "20/02/2025", "3", "Low",
         "Update the Grants Policy to reflect the 2025–2028 strategy.",
         "Refresh the Grants Policy and present it to the Finance Committee for approval.",
         "Director of Network", "Q3 2025/26", "", "G",
         "Draft with Finance Committee for December meeting.", ["Director of Network"], "2025-12", None),
        (A3, "12/06/2025", "1", "High",
         "Enforce multi-factor authentication for all remote access and privileged accounts.",
         "Roll out MFA to all staff and volunteer accounts with access to Trust systems and remove the legacy VPN.",
         "Head of IT", "31/07/2025", "30/09/2025", "R",
         "MFA live for staff; 140 volunteer accounts outstanding. Legacy VPN still in use.", ["Head of IT"], "2025-09", None),
        (A3, "12/06/2025", "2", "Medium",
         "Test the IT disaster recovery plan at least annually.",
         "Carry out a full disaster recovery test of the cloud back-up environment and report the results to the Audit and Risk Committee.",
         "Head of IT; Chief Operating Officer", "31/03/2026", "", "G",
         "Test scheduled for February 2026.", ["Head of IT", "Chief Operating Officer"], "2026-03", None),
        (A3, "12/06/2025", "3", "Low",
         "Keep the IT asset register complete and up to date.",
         "Complete a physical verification of laptops and mobile devices issued to staff and update the register.",
         "IT Service Manager", "Mar-26", "", "G",
         "Verification started in the London office.", ["IT Service Manager"], "2026-03", None),
    ]

    def pad(*vals):
        v = list(vals)
        return v + [""] * (W - len(v))

    rows = [pad(title), pad("Audit and Risk Committee, 25 November 2025 – position at 31 October 2025"), pad(), cols]
    expected = []
    for (aud, issued, no, pri, rec, action, owner, orig, rev, rag, upd, e_lead, e_end, e_et) in recs:
        rows.append([aud, issued, no, pri, rec, action, owner, orig, rev, rag, upd])
        expected.append(act(no, [aud, rec], action, e_lead, e_end, RAG[rag], e_et))
    rows.append(pad())
    rows.append(pad("RAG key: B = implemented and verified; G = on track to target date; A = revised target date "
                    "agreed; R = overdue"))
    rows.append(pad("Total recommendations: 9", "Implemented (B): 3", "On track (G): 4", "Revised date (A): 1",
                    "Overdue (R): 1"))
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)
    write_yaml(name, {
        "source": "Imitates the internal audit recommendation trackers that charities' Audit and Risk Committees "
                  "receive (audit, priority, recommendation, agreed management action, owner, original and revised "
                  "target dates, RAG, update), exported from Excel to CSV. The Trussell Trust, ARC November 2025. "
                  "Copied features: title and meeting lines above the header, the audit name repeated on every row "
                  "as an export fills it down, recommendation text beside its agreed action, one action written as "
                  "a) and b) on two lines inside one quoted cell, revised dates that override the original, a "
                  "quarter date (Q3 2025/26) and Mar-26, a RAG letter column whose key makes B 'implemented', and a "
                  "totals line.",
        "reads": "A CSV tracker of nine internal audit recommendations from three audits, each with the agreed "
                 "management action, owner, target dates and a B/G/A/R RAG letter. A person reads each action under "
                 "its audit and recommendation and takes the revised date where there is one.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------------------------
# 7. Perpetual Fostering - Ofsted IFA inspection action plan (plain text export)
# ---------------------------------------------------------------------------------------------
def make_perpetual():
    name = "zyx-perpetual-fostering-ofsted-ifa-inspection-action-plan.txt"
    title = "Perpetual Fostering – Post-Inspection Action Plan"
    S1 = "SECTION 1: REQUIREMENTS"
    S2 = "SECTION 2: RECOMMENDATIONS"
    STAT = {"Complete": "blue", "On track": "green", "Amber": "amber", "Not started": "unrated"}
    sections = [
        (S1, [
            ("Requirement 1: The registered person must ensure that each foster carer's approval is reviewed at "
             "least annually and that the first review is presented to the fostering panel. (Fostering Services "
             "(England) Regulations 2011, regulation 28(2) and (4))", "Ofsted due date: 30 May 2025", [
                ("1.1", "Compile a tracker of all foster carer annual reviews, identifying the 14 reviews that are overdue.",
                 "Registered Manager", "31/03/2025", "Complete", ["Registered Manager"], "2025-03", None),
                ("1.2", "Complete all overdue annual reviews and present first reviews to panel.",
                 "Team Manager (North); Team Manager (South)", "30/05/2025", "Complete",
                 ["Team Manager (North)", "Team Manager (South)"], "2025-05", None),
                ("1.3", "Report review timescales to the Responsible Individual in the monthly compliance report.",
                 "Registered Manager", "Ongoing – monthly", "On track", ["Registered Manager"], None, "Ongoing – monthly"),
            ]),
            ("Requirement 2: The registered person must ensure that allegations against foster carers are notified "
             "to the local authority designated officer without delay. (Regulation 36 and Schedule 7)",
             "Ofsted due date: 30 April 2025", [
                ("2.1", "Refresh the allegations procedure and flowchart and reissue them to all staff.",
                 "Safeguarding Lead", "April 2025", "Complete", ["Safeguarding Lead"], "2025-04", None),
                ("2.2", "Deliver LADO notification training to supervising social workers and the out-of-hours duty team.",
                 "Safeguarding Lead", "30/06/2025", "Amber", ["Safeguarding Lead"], "2025-06", None),
            ]),
        ]),
        (S2, [
            ("Recommendation 1: The registered person should ensure that foster carers' training, support and "
             "development plans are kept up to date and reviewed in supervision. (National Minimum Standard 20.3)",
             None, [
                ("3.1", "Audit every training, support and development plan and set a completion date for each carer.",
                 "Supervising Social Workers", "31/07/2025", "On track", ["Supervising Social Workers"], "2025-07", None),
                ("3.2", "Add a review of the TSD plan as a standing item on the supervision template.",
                 "Team Manager (North)", "May 2025", "Complete", ["Team Manager (North)"], "2025-05", None),
            ]),
            ("Recommendation 2: The registered person should ensure that children's views are used to inform the "
             "development of the agency. (National Minimum Standard 1.7)", None, [
                ("4.1", "Set up a children and young people's participation group meeting in each school holiday.",
                 "Participation Worker", "August 2025", "On track", ["Participation Worker"], "2025-08", None),
                ("4.2", "Include a 'You said, we did' section in the annual review of the quality of care.",
                 "Registered Manager; Participation Worker", "September 2025", "Not started",
                 ["Registered Manager", "Participation Worker"], "2025-09", None),
            ]),
        ]),
    ]
    L = []
    L.append(title)
    L.append("Ofsted inspection of independent fostering agency, 3 to 7 March 2025")
    L.append("")
    L.append("Overall experiences and progress of children and young people: Requires improvement to be good")
    L.append("Plan owner: Responsible Individual")
    L.append("Last updated: 30 June 2025")
    L.append("")
    L.append("Status key: Complete | On track | Amber (at risk of delay) | Not started")
    expected = []
    for sec, items in sections:
        L.append("")
        L.append("=" * 60)
        L.append(sec)
        L.append("=" * 60)
        for head, due, acts in items:
            L.append("")
            L.append(head)
            if due:
                L.append(due)
            for ref, text, who, when, st, e_lead, e_end, e_et in acts:
                L.append("")
                L.append(f"  {ref}  Action: {text}")
                L.append(f"       Lead: {who}")
                L.append(f"       Target: {when}")
                L.append(f"       Status: {st}")
                expected.append(act(ref, [sec, head], text, e_lead, e_end, STAT[st], e_et))
    L.append("")
    L.append("-" * 60)
    L.append("This plan is reviewed monthly by the Registered Manager and Responsible Individual and shared with Ofsted on request.")
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")
    write_yaml(name, {
        "source": "Imitates the post-inspection action plans independent fostering agencies keep against the "
                  "requirements and recommendations in an Ofsted SCCIF inspection report "
                  "(https://www.gov.uk/government/publications/social-care-common-inspection-framework-sccif-independent-fostering-agencies/social-care-common-inspection-framework-sccif-independent-fostering-agencies), "
                  "saved from a form-based Word template as plain text. Perpetual Fostering, inspection March 2025, "
                  "updated June 2025. Copied features: agency and title lines, overall judgement, plan owner and "
                  "status key lines, '=' ruled section headings for requirements and recommendations, each "
                  "requirement/recommendation written out with its regulation or NMS reference and Ofsted due date, "
                  "and labelled Action/Lead/Target/Status lines under each numbered action.",
        "reads": "A plain-text fostering agency plan: two Ofsted requirements and two recommendations, each followed "
                 "by numbered actions with a lead, a target date and a status word. The Ofsted due dates belong to "
                 "the requirements, not to the actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


if __name__ == "__main__":
    for fn in (make_hsca, make_sww, make_gbe, make_bedford, make_cockermouth, make_trussell, make_perpetual):
        print(fn())
