#!/usr/bin/env python3
"""Build the seven zud- blind cases (data files and their expected readings).

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml)."""
import datetime as dt
import os

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
HEAD = "1F3864"
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def write_yaml(name, data):
    with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(data, fh, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def header_row(ws, row, headers, colour=HEAD):
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(colour)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


# ---------------------------------------------------------------------------
# 1. Crown Estate Scotland - ARC internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def crown_estate_scotland():
    name = "zud-crown-estate-scotland-arc-internal-audit-recommendations-tracker.xlsx"
    title = "Crown Estate Scotland – Internal Audit Recommendations Tracker"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Audit & Risk Committee, 18 November 2025 – Paper ARC(2025)04.05"
    cov["A3"] = "Position at 31 October 2025. Prepared by: Head of Finance"
    cov["A5"] = "Summary by audit"
    cov["A5"].font = Font(bold=True)
    header_row(cov, 6, ["Audit", "Year", "Assurance", "Actions", "Implemented", "Open"])
    rows = [
        ("Procurement and Contract Management", "2024/25", "Limited", 4, 2, 2),
        ("Marine Lease Income", "2024/25", "Reasonable", 2, 0, 2),
        ("Cyber Security and Information Governance", "2025/26", "Limited", 3, 1, 2),
        ("Total", None, None, 9, 3, 6),
    ]
    for r, vals in enumerate(rows, 7):
        for c, v in enumerate(vals, 1):
            cell = cov.cell(row=r, column=c, value=v)
            cell.border = BOX
            if vals[0] == "Total":
                cell.font = Font(bold=True)
    cov["A13"] = "RAG key"
    cov["A13"].font = Font(bold=True)
    key = [
        ("Blue", BLUE, "Implemented – awaiting Internal Audit validation"),
        ("Green", GREEN, "On track for the agreed date"),
        ("Amber", AMBER, "Revised date agreed by the Committee"),
        ("Red", RED, "Overdue – agreed or revised date has passed"),
        ("No colour", None, "Not yet started / not yet due"),
    ]
    for r, (word, col, desc) in enumerate(key, 14):
        a = cov.cell(row=r, column=1, value=word)
        if col:
            a.fill = fill(col)
        cov.cell(row=r, column=2, value=desc)
    cov.column_dimensions["A"].width = 44
    cov.column_dimensions["B"].width = 48

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Internal audit recommendations – open and recently implemented actions"
    ws["A1"].font = Font(bold=True, size=12)
    headers = ["Ref", "Recommendation", "Priority", "Agreed management action", "Action owner",
               "Original due date", "Revised due date", "RAG", "Progress update (October 2025)"]
    header_row(ws, 3, headers)
    widths = [10, 42, 10, 52, 30, 14, 14, 8, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    S1 = "Procurement and Contract Management (2024/25) – Limited assurance"
    S2 = "Marine Lease Income (2024/25) – Reasonable assurance"
    S3 = "Cyber Security and Information Governance (2025/26) – Limited assurance"
    R1 = "The contract register should be complete and reconciled to supplier spend in the finance system on a quarterly basis."
    R2 = "Single tender actions should be approved in line with the Scheme of Delegation and reported to the Committee."
    R3 = "Rent reviews and option fees due under seabed agreements should be tracked centrally."
    R4 = "The debt recovery process should be documented and applied consistently."
    R5 = "Multi-factor authentication should be enforced for all remote access and privileged accounts, and staff awareness tested."
    R6 = "The Records Retention Schedule should be reviewed and applied to SharePoint."
    D = dt.datetime
    # (ref, rec, priority, action, owner, orig, revised, fill, update)
    items = [
        ("S", S1),
        ("PCM 1.1", R1, "High",
         "Complete a full reconciliation of the contract register to 2024/25 supplier spend and add any missing contracts.",
         "Procurement Manager", D(2025, 5, 31), D(2025, 12, 31), AMBER,
         "Reconciliation 70% complete; revised date agreed at September ARC."),
        ("PCM 1.2", R1, "High",
         "Introduce a quarterly reconciliation, signed off by the Head of Finance, with exceptions reported to the Executive Team.",
         "Procurement Manager / Head of Finance", D(2025, 11, 30), None, GREEN,
         "Procedure drafted; first quarterly reconciliation due for Q2."),
        ("PCM 2.1", R2, "Medium",
         "Update the Single Tender Action form to require Director approval above £25,000 and Chief Executive approval above £50,000.",
         "Procurement Manager", D(2025, 6, 30), None, BLUE,
         "Revised form in use from 2 June 2025."),
        ("PCM 2.2", R2, "Medium",
         "Report all single tender actions to each Committee meeting as a standing item.",
         "Director of Finance & Corporate Services", D(2025, 9, 30), None, BLUE,
         "Standing item from the September 2025 meeting."),
        ("S", S2),
        ("MLI 1.1", R3, "Medium",
         "Build a rent review and option fee diary in the property management system covering all seabed agreements.",
         "Senior Asset Manager (Marine)", D(2025, 3, 31), D(2025, 9, 30), RED,
         "System module delayed by supplier; data load not yet started."),
        ("MLI 2.1", R4, "Low",
         "Document the debt recovery procedure, including escalation points and write-off limits, and brief the Finance team.",
         "Finance Manager", D(2025, 12, 31), None, GREEN,
         "Draft procedure with Head of Finance for review."),
        ("S", S3),
        ("CYB 1.1", R5, "High",
         "Enforce MFA on all privileged and service accounts and record any exceptions approved by the Head of Digital.",
         "Head of Digital", D(2025, 10, 31), None, BLUE,
         "MFA enforced 20 October 2025; two exceptions recorded."),
        ("CYB 1.2", R5, "High",
         "Run a phishing simulation exercise with follow-up training for all staff and Board members.",
         "Head of Digital / Information Governance Manager", "Q4 2025/26", None, None,
         "Not yet started; supplier being procured."),
        ("CYB 2.1", R6, "Medium",
         "Review and approve the Records Retention Schedule.\nApply retention labels to all SharePoint team sites and delete records past their retention period.",
         "Information Governance Manager", D(2026, 1, 31), None, GREEN,
         "Schedule approved by Executive Team; labelling under way."),
    ]
    r = 4
    rec_start = {}
    for it in items:
        if it[0] == "S":
            ws.cell(row=r, column=1, value=it[1]).font = Font(bold=True, color="FFFFFF")
            for c in range(1, 10):
                ws.cell(row=r, column=c).fill = fill("2E75B6")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        ref, rec, pri, action, owner, orig, rev, col, upd = it
        vals = [ref, rec, pri, action, owner, orig, rev, None, upd]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c)
            if c in (2, 3) and rec in rec_start:
                pass  # merged below
            else:
                cell.value = v
            cell.alignment = WRAP
            cell.border = BOX
            if c in (6, 7) and isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        if col:
            ws.cell(row=r, column=8).fill = fill(col)
        if rec in rec_start:
            first = rec_start[rec]
            for c in (2, 3):
                ws.merge_cells(start_row=first, start_column=c, end_row=r, end_column=c)
        else:
            rec_start[rec] = r
        r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="Total actions: 9   Implemented: 3   On track: 3   Revised date: 1   Overdue: 1   Not yet due: 1").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.freeze_panes = "A4"
    wb.save(os.path.join(OUT, name))

    actions = [
        act("PCM 1.1", [S1, R1], items[1][3], ["Procurement Manager"], "2025-12", "amber"),
        act("PCM 1.2", [S1, R1], items[2][3], ["Procurement Manager", "Head of Finance"], "2025-11", "green"),
        act("PCM 2.1", [S1, R2], items[3][3], ["Procurement Manager"], "2025-06", "blue"),
        act("PCM 2.2", [S1, R2], items[4][3], ["Director of Finance & Corporate Services"], "2025-09", "blue"),
        act("MLI 1.1", [S2, R3], items[6][3], ["Senior Asset Manager (Marine)"], "2025-09", "red"),
        act("MLI 2.1", [S2, R4], items[7][3], ["Finance Manager"], "2025-12", "green"),
        act("CYB 1.1", [S3, R5], items[9][3], ["Head of Digital"], "2025-10", "blue"),
        act("CYB 1.2", [S3, R5], items[10][3], ["Head of Digital", "Information Governance Manager"], "2026-03", "unrated"),
        act("CYB 2.1", [S3, R6], items[11][3], ["Information Governance Manager"], "2026-01", "green"),
    ]
    write_yaml(name, {
        "source": "Imitates the internal audit recommendations follow-up tracker that Scottish non-departmental public bodies such as Crown Estate Scotland (board papers list 'Matters Arising and Action Trackers'; ARC papers referenced as ARC(yyyy)nn.nn) and NatureScot (ARC annual report, nature.scot/doc/audit-and-risk-committee-annual-report-20232024) take to their Audit and Risk Committee, 2025. Copied features: cover sheet with paper reference, summary-by-audit totals block and RAG key; tracker sheet with audit-report banner rows (year and assurance level), recommendation and priority merged down over their management actions, job-title owners (one cell with two posts), original and revised due dates as date cells, one quarter ('Q4 2025/26') as a due date, RAG shown only as cell fill colour, and a totals line under the table.",
        "reads": "Two sheets: a cover with a summary by audit and a colour key, then the tracker. The tracker groups nine management actions under three internal audit reports; each recommendation (merged down) sits above one or two actions, each with an owner, original and sometimes revised due date, and a RAG shown by fill colour (blue = implemented). One action in the last audit has no colour because it has not started.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 2. Forestry and Land Scotland - corporate risk register 2025-26 (xlsx)
# ---------------------------------------------------------------------------
def fls():
    name = "zud-forestry-and-land-scotland-corporate-risk-register-2025-26.xlsx"
    title = "Forestry and Land Scotland – Corporate Risk Register 2025-26"
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Position at 31 October 2025 – reported to the Audit and Risk Committee, 25 November 2025"
    header_row(sm, 4, ["Risk ID", "Risk title", "Risk owner", "Residual score Q1", "Residual score Q2", "Trend", "Within appetite?"], "385723")
    summ = [
        ("CR01", "Health, safety and wellbeing", "Chief Executive", 12, 12, "↔", "No"),
        ("CR02", "Financial sustainability", "Director of Finance", 16, 15, "↓", "No"),
        ("CR03", "Cyber security and resilience", "Director of Corporate Services", 12, 16, "↑", "No"),
        ("CR04", "Tree pests and diseases", "Director of Land Management", 20, 20, "↔", "No"),
    ]
    for r, vals in enumerate(summ, 5):
        for c, v in enumerate(vals, 1):
            sm.cell(row=r, column=c, value=v).border = BOX
    sm["A10"] = "Scoring: Likelihood x Impact, each 1–5. 15–25 High; 8–14 Medium; 1–7 Low."
    sm["A11"] = "Trend: ↑ increased, ↓ reduced, ↔ no change since the last quarter."
    sm.column_dimensions["B"].width = 34
    sm.column_dimensions["C"].width = 30

    ws = wb.create_sheet("Register")
    ws["A1"] = "Corporate Risk Register – risk detail and further mitigating actions"
    ws["A1"].font = Font(bold=True, size=12)
    headers = ["Risk", "Cause and consequence", "Risk owner", "Inherent (L x I)", "Key controls in place",
               "Residual (L x I)", "Action ref", "Further mitigating action", "Action owner", "Target date",
               "Action RAG", "Progress"]
    header_row(ws, 3, headers, "385723")
    for i, w in enumerate([26, 44, 20, 10, 44, 10, 9, 50, 30, 11, 11, 40]):
        ws.column_dimensions[chr(65 + i)].width = w
    K1 = "CR01 Health, safety and wellbeing"
    K2 = "CR02 Financial sustainability"
    K3 = "CR03 Cyber security and resilience"
    K4 = "CR04 Tree pests and diseases"
    risks = [
        (K1, "High-risk forest operations (harvesting, haulage, chainsaw work) and lone working could lead to a fatality or serious injury to staff, contractors or visitors, with enforcement action and loss of confidence.",
         "Chief Executive", "4 x 5 = 20", "Safe Working Practices; contractor vetting; lone working devices; incident reporting; H&S Committee.", "3 x 4 = 12",
         [("CR01.1", "Roll out the revised Safe Working Practices for timber haulage and harvesting to all contractors through the contractor portal.", "Head of Health, Safety & Wellbeing", "Dec-25", "Green", "Portal live; 61% of contractors confirmed."),
          ("CR01.2", "Replace lone working devices for all field-based staff and test the escalation protocol.", "Head of Health, Safety & Wellbeing; Head of Digital", "Mar-26", "Amber", "Device supply delayed; 40% issued.")]),
        (K2, "Reduced timber prices and rising costs, with flat grant-in-aid, could leave FLS unable to fund its corporate plan commitments.",
         "Director of Finance", "4 x 5 = 20", "Monthly financial reporting; timber sales strategy; sponsor team engagement.", "3 x 5 = 15",
         [("CR02.1", "Agree the 2026-27 budget and three-year financial plan with the Scottish Government sponsor team.", "Director of Finance", "Feb-26", "Green", "Draft plan shared with sponsor team."),
          ("CR02.2", "Deliver the timber income recovery plan, including additional standing sales in Q3.", "Head of Timber Sales", "Ongoing", "Amber", "Q2 income 6% below plan.")]),
        (K3, "A cyber attack or major system failure could disrupt timber sales, payments and visitor services and lead to data loss.",
         "Director of Corporate Services", "4 x 4 = 16", "Firewalls and endpoint protection; backups; Cyber Essentials; staff training.", "4 x 4 = 16",
         [("CR03.1", "Achieve Cyber Essentials Plus recertification.", "Chief Digital Officer", "Sep-25", "Complete", "Certificate issued 18 September 2025."),
          ("CR03.2", "Test the ICT disaster recovery plan through a full failover exercise.", "Chief Digital Officer", "Oct-25", "Red", "Exercise postponed; new date to be agreed with supplier.")]),
        (K4, "Spread of Phytophthora ramorum and Ips typographus could cause large-scale loss of larch and spruce, unplanned felling and loss of income.",
         "Director of Land Management", "5 x 5 = 25", "Statutory Plant Health Notices; surveillance; biosecurity protocols; restocking plans.", "4 x 5 = 20",
         [("CR04.1", "Deliver the 2025-26 Phytophthora ramorum sanitation felling programme in Galloway and Cowal & Trossachs.", "Head of Forest Planning", "Mar-26", "Amber", "Contractor capacity limited in Galloway."),
          ("CR04.2", "Complete the Ips typographus surveillance trapping season and report results to Scottish Forestry.", "Head of Environment", "Nov-25", "Green", "Trapping season closed; report in preparation.")]),
    ]
    colours = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    r = 4
    actions = []
    for risk, cause, owner, inh, ctrl, res, acts in risks:
        first = r
        for ref, text, aown, date, rag, prog in acts:
            vals = [risk, cause, owner, inh, ctrl, res, ref, text, aown, date, rag, prog]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c)
                if c <= 6 and r != first:
                    pass
                else:
                    cell.value = v
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(row=r, column=1).font = Font(bold=True)
            ws.cell(row=r, column=11).fill = fill(colours[rag])
            end, et = {"Dec-25": ("2025-12", None), "Mar-26": ("2026-03", None), "Feb-26": ("2026-02", None),
                       "Ongoing": (None, "Ongoing"), "Sep-25": ("2025-09", None), "Oct-25": ("2025-10", None),
                       "Nov-25": ("2025-11", None)}[date]
            lead = [x.strip() for x in aown.split(";")]
            actions.append(act(ref, [risk], text, lead, end, {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}[rag], end_text=et))
            r += 1
        for c in range(1, 7):
            ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    r += 1
    ws.cell(row=r, column=1, value="Action RAG: Complete – action implemented; Green – on track; Amber – at risk of delay; Red – target date missed.")
    ws.freeze_panes = "A4"
    wb.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates a Scottish executive agency's corporate risk register as taken quarterly to its Audit and Risk Committee, here Forestry and Land Scotland 2025-26 (FLS Risk Management Policy and Framework, Jan 2020, sets out risk levels, appetite and 'mitigating actions'; dokumen.tips/documents/risk-management-policy-and-framework-this-model-ensures-the-effectiveness-of.html). Copied features: summary sheet with risk IDs, owners, previous and current residual scores, trend arrows and scoring notes; register sheet with the risk (ID and title), cause and consequence, owner, inherent/residual scores and controls merged down over two further mitigating actions per risk, each with action ref, job-title owner (one cell with two posts separated by ';'), target month typed as 'Mmm-yy' or 'Ongoing', and an Action RAG word with matching fill; key line below.",
        "reads": "A risk register of four corporate risks. Each risk's description, controls and scores are merged down beside two further mitigating actions, each with its own ref, owner, target date and RAG (Complete, Green, Amber, Red). The summary sheet and the key are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 3. National Museums NI - Collections Digitisation Programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def nmni():
    name = "zud-national-museums-ni-collections-digitisation-programme-highlight-report.xlsx"
    title = "Collections Digitisation Programme – Highlight Report"
    wb = Workbook()
    hl = wb.active
    hl.title = "Highlight Report"
    hl["A1"] = title
    hl["A1"].font = Font(bold=True, size=14, color="5B2C6F")
    hl["A2"] = "National Museums NI"
    hl["A3"] = "Reporting period: 1–31 October 2025"
    hl["D3"] = "Report date: 7 November 2025"
    info = [("Senior Responsible Owner", "Director of Collections"),
            ("Programme Manager", "Aoife Donnelly"),
            ("Programme Board", "12 November 2025")]
    for r, (k, v) in enumerate(info, 5):
        hl.cell(row=r, column=1, value=k).font = Font(bold=True)
        hl.cell(row=r, column=2, value=v)
    hl["A9"] = "Overall programme RAG"
    hl["A9"].font = Font(bold=True)
    hl["B9"] = "Previous"
    hl["C9"] = "Current"
    hl["B10"] = "A"
    hl["B10"].fill = fill(AMBER)
    hl["C10"] = "A"
    hl["C10"].fill = fill(AMBER)
    blocks = [
        ("Key achievements this period", ["DAMS configuration workshops completed with Collections and Digital teams.",
                                          "Recruitment of digitisation assistants completed; both in post."]),
        ("Key risks and issues", ["Legacy image migration behind schedule – duplicate files higher than estimated.",
                                  "Herbarium conservation capacity reduced by long-term absence."]),
        ("Decisions required from Programme Board", ["Approve revised forecast for legacy image migration (January 2026)."]),
    ]
    r = 12
    for head, lines in blocks:
        hl.cell(row=r, column=1, value=head).font = Font(bold=True)
        r += 1
        for ln in lines:
            hl.cell(row=r, column=1, value="• " + ln)
            r += 1
        r += 1
    hl.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    keys = [("G", GREEN, "On track"), ("A", AMBER, "At risk – recoverable within tolerance"),
            ("R", RED, "Off track – exception report required"), ("Complete", BLUE, "Milestone delivered")]
    for i, (k, col, d) in enumerate(keys, r + 1):
        c = hl.cell(row=i, column=1, value=k)
        c.fill = fill(col)
        hl.cell(row=i, column=2, value=d)
    hl.column_dimensions["A"].width = 40
    hl.column_dimensions["B"].width = 30

    ws = wb.create_sheet("Milestones & Actions")
    ws["A1"] = "Milestones and actions – position at 31 October 2025"
    ws["A1"].font = Font(bold=True, size=12)
    header_row(ws, 3, ["ID", "Milestone / action", "Owner", "Baseline date", "Forecast date",
                       "Previous RAG", "Current RAG", "Commentary"], "5B2C6F")
    for i, w in enumerate([6, 58, 34, 13, 13, 11, 11, 50]):
        ws.column_dimensions[chr(65 + i)].width = w
    W1 = "Workstream 1: Digital Asset Management System (DAMS)"
    W2 = "Workstream 2: Collections Digitisation"
    W3 = "Workstream 3: Online Collections"
    D = dt.datetime
    rows = [
        ("W", W1),
        ("1.1", "Award the DAMS supplier contract following CPD tender", "Programme Manager", D(2025, 4, 30), D(2025, 6, 30), "A", "Complete", "Contract signed 19 June 2025."),
        ("1.2", "Migrate the legacy image library (c. 410,000 assets) to the DAMS", "Digital Collections Manager", D(2025, 10, 31), D(2026, 1, 31), "A", "R", "Deduplication taking longer than planned; revised forecast for Board approval."),
        ("1.3", "Agree the metadata standard and controlled vocabularies with the Collections Information team", "Head of Collections Information", D(2025, 9, 30), D(2025, 12, 31), "G", "A", "Spectrum mapping agreed; place-name vocabulary outstanding."),
        ("W", W2),
        ("2.1", "Digitise the Ulster Folk Museum photographic archive – phase 1 (glass plate negatives)", "Imaging Manager", D(2025, 12, 31), D(2025, 12, 31), "G", "G", "7,850 of 12,000 plates imaged."),
        ("2.2", "Recruit two fixed-term digitisation assistants", "Imaging Manager / HR Business Partner", D(2025, 7, 31), D(2025, 9, 30), "R", "Complete", "Both in post from 22 September 2025."),
        ("2.3", "Condition-check and rehouse natural sciences herbarium sheets before imaging", "Conservation Manager", D(2026, 2, 28), D(2026, 3, 31), "G", "A", "Staff absence; forecast moved one month."),
        ("W", W3),
        ("3.1", "Publish the Online Collections beta with 50,000 records", "Head of Digital", D(2026, 3, 31), D(2026, 3, 31), "G", "G", "Front-end build on schedule."),
        ("3.2", "Complete a WCAG 2.2 AA accessibility audit of the beta site", "Head of Digital", D(2026, 4, 30), None, None, "Not started", "Depends on 3.1."),
        ("3.3", "Agree rights statements and an open licensing policy (CC BY / CC0) for Board approval", "Director of Collections", D(2025, 11, 30), D(2026, 1, 31), "A", "A", "Legal advice received; paper to January Board."),
    ]
    colour = {"G": GREEN, "A": AMBER, "R": RED, "Complete": BLUE}
    stat = {"G": "green", "A": "amber", "R": "red", "Complete": "blue", "Not started": "unrated"}
    r = 4
    actions = []
    cur = None
    for row in rows:
        if row[0] == "W":
            cur = row[1]
            c = ws.cell(row=r, column=1, value=cur)
            c.font = Font(bold=True)
            for cc in range(1, 9):
                ws.cell(row=r, column=cc).fill = fill("E8DAEF")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        ref, text, owner, base, fc, prev, curr, comm = row
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if c in (4, 5) and v is not None:
                cell.number_format = "dd/mm/yyyy"
        if prev in colour:
            ws.cell(row=r, column=6).fill = fill(colour[prev])
        if curr in colour:
            ws.cell(row=r, column=7).fill = fill(colour[curr])
        endd = fc or base
        actions.append(act(ref, [cur], text, [x.strip() for x in owner.split(" / ")],
                           "%04d-%02d" % (endd.year, endd.month), stat[curr]))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Milestones: 9 in total – 2 complete, 2 green, 3 amber, 1 red, 1 not started. Forecast dates replace baseline dates where a change has been approved.")
    ws.freeze_panes = "A4"
    wb.save(os.path.join(OUT, name))
    # counts in the summary line: complete 1.1,2.2; green 2.1,3.1; amber 1.3,2.3,3.3; red 1.2; not started 3.2
    write_yaml(name, {
        "source": "Imitates a monthly programme highlight report kept in Excel by a museum/arm's-length body programme office (here National Museums NI, Collections Digitisation Programme, October 2025), in the PRINCE2/MSP highlight style used by public bodies for programme boards. Copied features: first sheet with title block, SRO/programme manager, overall previous and current RAG, key achievements/risks/decisions bullets and a RAG key where 'Complete' is blue; second sheet of milestones under workstream banner rows (merged, shaded), with IDs, owners (one cell with two posts split by ' / '), baseline and forecast dates as date cells, previous and current RAG letters with matching fills, 'Not started' and a blank forecast, and a totals line.",
        "reads": "A highlight report: an overview sheet (not actions) and a milestones sheet with nine milestones/actions in three workstreams. Each has a baseline and, mostly, a forecast date (the forecast is the current end) and previous and current RAG; the current RAG is the status.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


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


def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        run = p.add_run(ln)
        run.bold = bold
        if i < len(lines) - 1:
            run.add_break()


def doc_table(doc, headers, style="Table Grid"):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = style
    for i, h in enumerate(headers):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9E2F3")
    return t


# ---------------------------------------------------------------------------
# 4. Plan International UK - Charity Commission regulatory compliance action plan (docx)
# ---------------------------------------------------------------------------
def plan_international():
    name = "zud-plan-international-uk-charity-commission-regulatory-compliance-action-plan.docx"
    title = "Plan International UK – Charity Commission Regulatory Compliance Case: Action Plan"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Case reference: C-718204 | Version 3.0 – progress update to the Board of Trustees, 10 December 2024")
    doc.add_heading("Document control", level=1)
    t = doc_table(doc, ["Version", "Date", "Author", "Changes"])
    for row in [("1.0", "12 July 2024", "Company Secretary", "Action plan submitted to the Charity Commission"),
                ("2.0", "24 September 2024", "Company Secretary", "Progress update to the Audit & Risk Committee"),
                ("3.0", "10 December 2024", "Company Secretary", "Progress update to the Board; actions 1.1, 1.2 and 2.1 completed")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    doc.add_heading("RAG key", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for word, col, desc in [("Completed", "5B9BD5", "Action fully implemented and evidence retained"),
                            ("Green", "70AD47", "On track to meet the deadline"),
                            ("Amber", "FFC000", "Some slippage; deadline at risk"),
                            ("Red", "FF0000", "Deadline missed or significantly off track"),
                            ("Not started", "FFFFFF", "Not yet due to start")]:
        cells = t.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], col)
        set_cell(cells[1], desc)
    doc.add_heading("Background", level=1)
    doc.add_paragraph(
        "In May 2024 the Charity Commission opened a regulatory compliance case following a serious incident report. "
        "The Commission issued regulatory advice and guidance to the trustees under section 15(2) of the Charities Act 2011. "
        "The trustees accepted the advice in full and agreed the actions below. Progress is reported to the Commission quarterly "
        "and overseen by the Audit & Risk Committee.")
    areas = [
        ("Area 1: Governance and decision-making", [
            ("Advice 1: The trustees must ensure that conflicts of interest are declared, recorded and managed at every Board and committee meeting, in line with the Commission’s guidance (CC29).", [
                ("1.1", "Refresh the Register of Interests for all trustees and co-opted committee members and publish it on the charity’s website", "Company Secretary", "31 October 2024", "Register refreshed and published 28 October 2024.", "Completed"),
                ("1.2", "Add a standing declarations of interest item to all Board and committee agendas, with the handling of each declared conflict minuted", "Company Secretary", "November 2024", "In place from the November Board cycle.", "Completed")]),
            ("Advice 2: The trustees should review the skills and experience of the Board and put in place a documented process for trustee recruitment, induction and succession.", [
                ("1.3", "Commission an independent Board effectiveness review against the Charity Governance Code", "Chair of Trustees; Chief Executive", "March 2025", "Reviewer appointed; interviews with trustees under way.", "Green"),
                ("1.4", "Adopt a trustee recruitment, induction and succession policy", "Nominations & Governance Committee", "Feb 2025", "Draft policy to the Committee in January 2025.", "Green")]),
        ]),
        ("Area 2: Safeguarding and serious incident reporting", [
            ("Advice 3: The trustees must ensure that serious incidents are reported to the Commission promptly and that they receive regular assurance on safeguarding across the charity and its partners.", [
                ("2.1", "Revise the serious incident reporting procedure to set out who decides whether to report, and within what timescale", "Director of Safeguarding", "30/11/2024", "Procedure approved by the Board on 21 November 2024.", "Completed"),
                ("2.2", "Introduce a safeguarding dashboard to the Board, including concerns reported by partners", "Director of Safeguarding", "Quarterly", "First dashboard presented December 2024.", "Green")]),
        ]),
        ("Area 3: Financial controls and overseas partners", [
            ("Advice 4: The trustees should be able to show that funds passed to partners are used for the charity’s purposes, with due diligence and monitoring proportionate to the risk.", [
                ("3.1", "Update the partner due diligence framework to include risk-based monitoring visits and counter-terrorism financing checks", "Director of Finance / Head of Programme Quality", "April 2025", "Consultation with country offices taking longer than planned.", "Amber"),
                ("3.2", "Internal audit of partner grant monitoring in two programme countries, with findings reported to the Audit & Risk Committee", "Head of Internal Audit", "June 2025", "Scheduled in the 2025/26 internal audit plan.", "Not started")]),
        ]),
    ]
    rag_col = {"Completed": "5B9BD5", "Green": "70AD47", "Amber": "FFC000", "Red": "FF0000"}
    stat = {"Completed": "blue", "Green": "green", "Amber": "amber", "Red": "red", "Not started": "unrated"}
    ends = {"31 October 2024": "2024-10", "November 2024": "2024-11", "March 2025": "2025-03", "Feb 2025": "2025-02",
            "30/11/2024": "2024-11", "Quarterly": None, "April 2025": "2025-04", "June 2025": "2025-06"}
    actions = []
    for area, advices in areas:
        doc.add_heading(area, level=1)
        t = doc_table(doc, ["No.", "Action", "Lead", "Deadline", "Progress update (December 2024)", "RAG"])
        for adv, acts in advices:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[5])
            set_cell(m, adv, bold=True)
            shade(m, "F2F2F2")
            for ref, text, lead, dl, prog, rag in acts:
                cells = t.add_row().cells
                for i, v in enumerate([ref, text, lead, dl, prog, rag]):
                    set_cell(cells[i], v)
                if rag in rag_col:
                    shade(cells[5], rag_col[rag])
                leads = [x.strip() for x in lead.replace(";", "/").split("/")]
                actions.append(act(ref, [area, adv], text, leads, ends[dl], stat[rag],
                                   end_text="Quarterly" if dl == "Quarterly" else None))
        doc.add_paragraph("")
    doc.add_heading("Approval", level=1)
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), "Approved by", bold=True)
    set_cell(t.cell(0, 1), "Chair of Trustees, on behalf of the Board")
    set_cell(t.cell(1, 0), "Date", bold=True)
    set_cell(t.cell(1, 1), "10 December 2024")
    doc.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates the action plan a large charity agrees with the Charity Commission after a regulatory compliance case and regulatory advice and guidance under s15(2) Charities Act 2011 (as described in Commission casework guidance, gov.uk 'What the Charity Commission expects from trustees in its casework', and case reports of e.g. Save the Children UK, Scout Association), here Plan International UK, Version 3.0, December 2024. Copied features: title, case reference and version line; document-control table; RAG key table with shaded cells ('Completed' for done); background paragraph; one heading and table per area, with the Commission's numbered advice as a full-width merged row above its actions; columns No./Action/Lead/Deadline/Progress/RAG; two leads in one cell (';' and ' / '); deadlines as full dates, months, '30/11/2024' and 'Quarterly'; approval table at the end.",
        "reads": "A Word action plan for a charity's Charity Commission case. Under three area headings, each table lists the Commission's advice (merged rows) followed by the trustees' numbered actions with lead, deadline, progress and RAG. The document control, RAG key and approval tables are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 5. Frodsham Town Council - internal audit action plan 2024/25 (docx)
# ---------------------------------------------------------------------------
def frodsham():
    name = "zud-frodsham-town-council-internal-audit-action-plan-2024-25.docx"
    title = "Internal Audit Report 2024/25 – Action Plan"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("FRODSHAM TOWN COUNCIL")
    r.bold = True
    r.font.size = Pt(14)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading(title, level=1)
    doc.add_paragraph("Finance & General Purposes Committee – 15 July 2025 – Agenda item 8")
    doc.add_paragraph(
        "The Council’s internal auditor completed the year-end review for 2024/25 on 14 May 2025. The points raised, and the "
        "action the Council has agreed in response, are set out below under the relevant AGAR internal control objective. "
        "Points outstanding from the 2023/24 report are shown in the second table.")
    doc.add_paragraph("Status key: C = complete; G = on track; A = at risk of slipping; R = overdue")
    stat = {"C": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}
    fills = {"C": "9DC3E6", "G": "A9D08E", "A": "FFD966", "R": "FF7C80"}
    OA = "A. Appropriate accounting records have been properly kept throughout the financial year."
    OB = "B. This authority complied with its financial regulations, payments were supported by invoices, all expenditure was approved and VAT was appropriately accounted for."
    OC = "C. This authority assessed the significant risks to achieving its objectives and reviewed the adequacy of arrangements to manage these."
    OG = "G. Periodic salaries and allowances to members were paid in accordance with this authority’s approvals, and PAYE and NI requirements were properly applied."
    recC = "The risk register should be reviewed and formally adopted by Council at least annually."
    t1 = [
        ("O", OA),
        ("A1", "Bank reconciliations should be signed and dated by a councillor who is not a bank signatory, and the review recorded in the minutes.",
         "A councillor reviewer to be nominated at each F&GP meeting; reconciliations to be initialled, dated and noted in the minutes.", "RFO", "Aug 2025", "C", "2025-08"),
        ("O", OB),
        ("B1", "Financial Regulations should be updated to the current NALC model and re-adopted.",
         "Adopt the NALC 2024 model Financial Regulations, amended for the Council’s online banking arrangements.", "Town Clerk", "Sept 2025", "G", "2025-09"),
        ("B2", "The VAT reclaim for 2024/25 had not been submitted; claims should be made at least quarterly.",
         "Submit the outstanding VAT126 claim and diarise quarterly submissions.", "RFO", "31/07/2025", "C", "2025-07"),
        ("O", OC),
        ("C1a", recC, "Review the risk register with F&GP, adding the Castle Park events programme.", "Town Clerk", "Oct 2025", "G", "2025-10"),
        ("C1b", recC, "Present the reviewed risk register to Full Council for adoption.", "Town Clerk", "Nov 2025", "", "2025-11"),
        ("O", OG),
        ("G1", "Staff contract records should be updated for the 2024–25 NJC pay award.",
         "Issue contract variation letters to all staff confirming the 2024–25 NJC pay award and back pay.", "Town Clerk / Staffing Committee", "30 June 2025", "R", "2025-06"),
    ]
    t = doc_table(doc, ["Ref", "Internal auditor’s recommendation", "Action agreed", "Responsible", "Target date", "Status"])
    actions = []
    obj = None
    prev_rec_cell = None
    prev_rec = None
    for it in t1:
        if it[0] == "O":
            obj = it[1]
            row = t.add_row()
            m = row.cells[0].merge(row.cells[5])
            set_cell(m, obj, bold=True)
            shade(m, "EDEDED")
            prev_rec = None
            continue
        ref, rec, action, resp, tgt, st, end = it
        row = t.add_row()
        cells = row.cells
        set_cell(cells[0], ref)
        if rec == prev_rec:
            merged = prev_rec_cell.merge(cells[1])
            prev_rec_cell = merged
        else:
            set_cell(cells[1], rec)
            prev_rec_cell = cells[1]
        set_cell(cells[2], action)
        set_cell(cells[3], resp)
        set_cell(cells[4], tgt)
        set_cell(cells[5], st)
        if st:
            shade(cells[5], fills[st])
        prev_rec = rec
        actions.append(act(ref, [obj, rec], action, [x.strip() for x in resp.split(" / ")], end, stat[st]))
    H2 = "Points outstanding from the 2023/24 internal audit report"
    doc.add_paragraph("")
    doc.add_heading(H2, level=2)
    t = doc_table(doc, ["Ref", "Recommendation (2023/24)", "Action agreed", "Responsible", "Original target", "Revised target", "Status"])
    t2 = [
        ("23/24-1", "The fixed asset register should record the location of each asset and be reconciled to the insurance schedule.",
         "Complete a physical check of all assets, including play equipment and CCTV, and reconcile the register to the insurance schedule.",
         "Deputy Town Clerk", "Mar 2025", "Sept 2025", "A", "2025-09"),
        ("23/24-2", "The AGAR, notice of public rights and supporting documents should be published on the Council website as required by the Accounts and Audit Regulations 2015.",
         "Publish the 2023/24 and 2024/25 AGAR, the notice of the period for the exercise of public rights, and the external auditor’s report on the Council website.",
         "Town Clerk", "Jul 2024", "Jul 2025", "C", "2025-07"),
    ]
    for ref, rec, action, resp, orig, rev, st, end in t2:
        cells = t.add_row().cells
        for i, v in enumerate([ref, rec, action, resp, orig, rev, st]):
            set_cell(cells[i], v)
        shade(cells[6], fills[st])
        actions.append(act(ref, [H2, rec], action, [resp], end, stat[st]))
    doc.add_paragraph("")
    doc.add_paragraph("Prepared by the Town Clerk and RFO, 8 July 2025. Progress will be reported to each F&GP meeting until all points are closed.")
    doc.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates the internal audit action plan an English town council takes to its finance committee after the internal auditor's year-end visit (AGAR Annual Internal Audit Report control objectives A–L; cf. Sandhurst, Totnes, Glastonbury town council plans), here Frodsham Town Council 2024/25, July 2025. Copied features: letterhead line, heading, committee/agenda line, intro paragraph and a status key line (C = complete); first table with AGAR control-objective banner rows (merged full width) over the auditor's recommendation and the agreed action, one recommendation merged down over two actions (C1a/C1b), post-holder leads (RFO, Town Clerk, 'Town Clerk / Staffing Committee'), target dates as 'Aug 2025', 'Sept 2025', '31/07/2025', '30 June 2025', shaded status letters and one blank status; second table under its own heading for points carried forward, with original and revised target columns; closing 'prepared by' note.",
        "reads": "A town council's internal audit action plan in Word. The first table groups six actions under the AGAR control objectives, each beside the auditor's recommendation; the second table, under a heading for 2023/24 points still open, adds two more with original and revised targets (the revised one is the end). Status letters follow the key, C meaning complete.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 6. Clanmil Housing Group - DfC regulatory judgement improvement plan (csv) - REFUSE
# ---------------------------------------------------------------------------
def clanmil():
    name = "zud-clanmil-housing-group-dfc-regulatory-judgement-improvement-plan-typo-month-refuse.csv"
    title = "Clanmil Housing Group - Regulatory Judgement Improvement Plan 2025/26"
    lines = [
        title + ",,,,,,,",
        "Response to the Department for Communities regulatory judgement published 20 March 2025 (Governance: Needs improvement),,,,,,,",
        "Position at 31 October 2025 - reported to Audit & Risk Committee 18 November 2025,,,,,,,",
        ",,,,,,,",
        "Standard,Ref,Regulatory finding,Action,Lead,Target date,Status,Update",
        'Governance,G1,Board assurance on landlord health and safety compliance was not sufficiently evidenced,"Introduce a monthly compliance dashboard (gas, electrical, fire, water, lifts, asbestos) to the Board",Director of Property Services,Jun-25,Complete,Dashboard received at every Board meeting since June 2025',
        ",G2,Board effectiveness review overdue,Commission an independent governance effectiveness review and agree an action plan,Head of Governance,Sep-25,Complete,External review reported to Board 24 September 2025",
        ",G3,Gaps in Board skills in asset management,Recruit two co-opted Board members with asset management experience,Chair of the Board; Head of Governance,Dec-25,On track,Interviews held 14 October 2025",
        "Financial,F1,Cash flow forecasts did not reflect the revised development programme,Re-base the 30-year business plan and stress tests on the revised development programme,Director of Finance,0ct-25,Delayed,Awaiting final scheme costs from two contractors",
        ",F2,Treasury management policy not reviewed since 2021,Review the treasury management policy and golden rules,Director of Finance,Jan-26,On track,Draft with treasury adviser",
        'Consumer,C1,Stock condition data incomplete for 18% of homes,Complete stock condition surveys for all homes not surveyed since 2020,Head of Asset Management,Mar-26,On track,"2,140 of 2,900 surveys complete"',
        ",C2,Tenant satisfaction survey results not shared with tenants,Publish the 2024 STAR survey results and agreed improvement actions on the website,Head of Customer Experience,Nov-25,On track,Results signed off by Tenant Panel",
        ",,,,,,,",
        "Status key: Complete = action implemented; On track = expected by target date; Delayed = target date will be missed,,,,,,,",
    ]
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")
    bad = [i for i, ln in enumerate(lines, 1) if "0ct-25" in ln]
    assert bad == [9], bad
    write_yaml(name, {
        "source": "Imitates a Northern Ireland housing association's improvement plan responding to a Department for Communities regulatory judgement under the DfC Regulatory Framework (Governance, Financial and Consumer Standards; 'How We Regulate – Regulatory Judgements', DfC, docest.com/doc/472379/how-we-regulate), saved from Excel as CSV, here Clanmil Housing Group 2025/26. Copied features: three title/subtitle lines padded with commas, blank separator row, header row, Standard column filled only on the first row of each group, refs G1/F1/C1, job-title leads (one cell with two posts), 'Mmm-yy' target dates, status words with a key line at the foot, quoted cells containing commas.",
        "reads": "A CSV improvement plan of eight actions grouped by regulatory standard. The target date of action F1 on line 9 is '0ct-25' with a zero for the letter O: a mistyped month, so a careful reader stops there and asks rather than guessing October 2025.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": 9,
        "title": title,
    })
    return name, 8


# ---------------------------------------------------------------------------
# 7. Belfast Harbour Commissioners - HSENI improvement notices action tracker (txt, TSV)
# ---------------------------------------------------------------------------
def belfast_harbour():
    name = "zud-belfast-harbour-commissioners-hseni-improvement-notices-action-tracker.txt"
    title = "Belfast Harbour Commissioners – HSENI Improvement Notices Action Tracker"
    N1 = "IN/BHC/2025/01 – Workplace transport: segregation of pedestrians and vehicles"
    N2 = "IN/BHC/2025/02 – Lifting operations: planning and thorough examination (LOLER (NI) 1999)"
    N3 = "IN/BHC/2025/03 – Contractor management: permit-to-work arrangements"
    rows = [
        (N1, "1.1", "Install physical barriers and marked walkways between the passenger terminal and the marshalling lanes", "Head of Port Operations", "30/06/2025", "31/08/2025", "B", "Barriers installed August 2025; HSENI revisit 4 September 2025", "2025-08", None),
        ("", "1.2", "Revise the ro-ro traffic management plan and brief all stevedoring and haulage contractors", "Harbour Master; Port Safety Manager", "30/06/2025", "", "B", "Plan reissued 20 June 2025; 212 drivers briefed", "2025-06", None),
        ("", "1.3", "Introduce a monthly marshalling-yard safety walk by the duty manager, with findings logged", "Port Safety Manager", "Monthly", "", "G", "Walks held July, August and September", None, "Monthly"),
        (N2, "2.1", "Complete thorough examination of all mobile cranes and lifting accessories and update the LOLER register", "Engineering Manager", "30/06/2025", "", "B", "Register updated; 3 items withdrawn from service", "2025-06", None),
        ("", "2.2", "Appoint and train an Appointed Person (Lifting) for each shift", "Engineering Manager", "30/06/2025", "31/10/2025", "A", "Two of four shifts covered; course places booked for October", "2025-10", None),
        ("", "2.3", "Introduce written lift plans for all non-routine lifts, approved by the Appointed Person", "Engineering Manager", "30/06/2025", "31/10/2025", "G", "Template agreed; in use on two shifts", "2025-10", None),
        (N3, "3.1", "Roll out the electronic permit-to-work system across the Harbour estate", "Head of Estates / Head of IT", "30/09/2025", "31/12/2025", "A", "Extension agreed with HSENI; pilot live at Stormont Wharf", "2025-12", None),
        ("", "3.2", "Audit contractor compliance with permits and report the findings to the Audit & Risk Committee", "Head of Health & Safety", "31/12/2025", "", "", "Audit scoped; fieldwork from November", "2025-12", None),
    ]
    lines = [
        title,
        "Notices served 12 March 2025 following HSENI inspection of roll-on/roll-off operations",
        "Position at 30 September 2025 – for the Audit & Risk Committee",
        "RAG: B = complete; G = on track; A = at risk; R = overdue",
        "",
        "\t".join(["Notice", "No.", "Action", "Owner", "Compliance date", "Revised date", "RAG", "Progress"]),
    ]
    stat = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}
    actions = []
    cur = None
    for notice, ref, text, owner, comp, rev, rag, prog, end, et in rows:
        lines.append("\t".join([notice, ref, text, owner, comp, rev, rag, prog]))
        if notice:
            cur = notice
        lead = [x.strip() for x in owner.replace(";", "/").split("/")]
        actions.append(act(ref, [cur], text, lead, end, stat[rag], end_text=et))
    lines += ["", "Note: HSENI confirmed compliance with notice IN/BHC/2025/01 by letter dated 4 September 2025."]
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(lines) + "\n")
    write_yaml(name, {
        "source": "Imitates the action tracker a port authority keeps after improvement notices served by the Health and Safety Executive for Northern Ireland (notices under the Health and Safety at Work (NI) Order 1978, LOLER (NI) 1999; HSENI Safety in Docks ACOP consultation, docslib.org/doc/3279625/docks-acop-cd), exported as tab-separated text for its Audit & Risk Committee, here Belfast Harbour Commissioners, September 2025. Copied features: title, context and position lines, a RAG key line (B = complete), a header row, notice number and subject given only on the first action row of each notice, compliance date with a revised date where HSENI granted an extension, two owners in one cell (';' and ' / '), 'Monthly' as a date, one blank RAG, and a closing note line.",
        "reads": "A tab-separated tracker of eight actions answering three HSENI improvement notices. Each notice heads its group of actions; where a revised date is given it is the end, 'Monthly' has no end month, and RAG letters follow the key (B = complete, blank = not rated).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


if __name__ == "__main__":
    for fn in (crown_estate_scotland, fls, nmni, plan_international, frodsham, clanmil, belfast_harbour):
        n, k = fn()
        print(f"{n}: {k} actions")
