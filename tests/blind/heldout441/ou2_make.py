#!/usr/bin/env python3
"""Build the seven ou2- blind cases (data files and their expected readings).

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Writes only files whose names start with "ou2-" in this script's folder.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
RAGFILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE, "C": BLUE}


def out(name):
    assert name.startswith("ou2-")
    return os.path.join(HERE, name)


def d(y, m, day):
    return dt.datetime(y, m, day)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def write_expected(name, source, reads, title, actions, outcome="read",
                   refuse_at=None, accept_refusal=False):
    doc = {"source": source, "reads": reads, "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        doc["actions"] = actions
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100)


thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def style_row(ws, row, ncols, bold=False, bg=None, color=None):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP
        if bold or color:
            cell.font = Font(bold=bold, color=color)
        if bg:
            cell.fill = fill(bg)


# ---------------------------------------------------------------------------
# 1. NHS BNSSG ICB - internal audit recommendations tracker (xlsx, 3 sheets)
# ---------------------------------------------------------------------------
def bnssg():
    name = "ou2-nhs-bnssg-icb-internal-audit-recommendations-tracker.xlsx"
    title = "NHS Bristol, North Somerset and South Gloucestershire ICB – Internal Audit Recommendations Tracker"
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Committee, 15 January 2026 – position at 31 December 2025"
    ws["A4"] = "Summary of recommendations by RAG status and priority"
    ws["A4"].font = Font(bold=True)
    hdr = ["RAG status", "High", "Medium", "Low", "Total"]
    rows = [
        ["Red – overdue", 2, 0, 0, 2],
        ["Amber – revised date agreed / at risk", 1, 1, 0, 2],
        ["Green – on track, not yet due", 0, 2, 1, 3],
        ["Blue – implemented since last Committee", 1, 2, 0, 3],
        ["Total", 4, 5, 1, 10],
    ]
    for i, h in enumerate(hdr, 1):
        ws.cell(row=5, column=i, value=h)
    style_row(ws, 5, 5, bold=True, bg="D9E1F2")
    for r, vals in enumerate(rows, 6):
        for c, v in enumerate(vals, 1):
            ws.cell(row=r, column=c, value=v)
        style_row(ws, r, 5, bold=(vals[0] == "Total"))
    for r, col in zip(range(6, 10), [RED, AMBER, GREEN, BLUE]):
        ws.cell(row=r, column=1).fill = fill(col)
    ws["A12"] = "RAG key (column J of the Outstanding sheet)"
    ws["A12"].font = Font(bold=True)
    key = [(RED, "Overdue – target date passed and not implemented"),
           (AMBER, "At risk, or revised target date agreed by the Committee"),
           (GREEN, "On track – not yet due"),
           (BLUE, "Implemented – evidence verified by Internal Audit")]
    for r, (col, txt) in enumerate(key, 13):
        ws.cell(row=r, column=1).fill = fill(col)
        ws.cell(row=r, column=1).border = BOX
        ws.cell(row=r, column=2, value=txt)
    ws["A18"] = "Priority: High = fundamental control weakness; Medium = significant; Low = good practice."
    ws.column_dimensions["A"].width = 40
    for c in "BCDE":
        ws.column_dimensions[c].width = 12
    ws.column_dimensions["B"].width = 14

    # Outstanding sheet
    wo = wb.create_sheet("Outstanding")
    wo["A1"] = "Outstanding internal audit recommendations"
    wo["A1"].font = Font(bold=True, size=13)
    wo["A2"] = "Includes all recommendations not yet verified as implemented. Dates are agreed target dates; a revised date has been agreed by the Audit and Risk Committee."
    heads = ["Ref", "Audit", "Assurance opinion", "Priority", "Finding / recommendation",
             "Agreed management action", "Responsible officer", "Original target date",
             "Revised target date", "RAG", "Progress update (December 2025)"]
    for i, h in enumerate(heads, 1):
        wo.cell(row=4, column=i, value=h)
    style_row(wo, 4, len(heads), bold=True, bg="1F3864", color="FFFFFF")

    A_DSPT = "Data Security and Protection Toolkit 2024/25"
    A_CHC = "Continuing Healthcare – Financial Controls 2024/25"
    A_COI = "Conflicts of Interest 2025/26"
    A_FRP = "Financial Recovery Plan – Delivery Assurance 2025/26"
    data = [
        # ref, audit, opinion, prio, rec, action, lead-cell, orig, revised, rag, update, exp lead, exp end
        ("DSPT-01", A_DSPT, "Limited", "High",
         "The ICB should ensure that all staff complete annual data security awareness training and that compliance is reported monthly to the Information Governance Steering Group.",
         "IG team to issue targeted reminders to non-compliant staff and their line managers, and to report compliance by directorate to each IG Steering Group meeting.",
         "Head of Information Governance", d(2025, 6, 30), d(2025, 12, 31), "R",
         "Compliance at 88% against the 95% target. Escalated to the Executive Team on 9 December.",
         ["Head of Information Governance"], "2025-12"),
        ("DSPT-02", A_DSPT, "Limited", "Medium",
         "Information asset registers should be reviewed and data flow maps completed for all critical information assets.",
         "Information Asset Owners to review their registers and complete data flow mapping, supported by the IG team.",
         "Information Asset Owners / Head of Information Governance", d(2025, 9, 30), d(2026, 3, 31), "A",
         "Registers reviewed for 9 of 14 directorates; data flow mapping started.",
         ["Information Asset Owners", "Head of Information Governance"], "2026-03"),
        ("CHC-01", A_CHC, "Moderate", "High",
         "Care packages should not be commissioned without a signed funding authorisation in line with the scheme of delegation.",
         "Introduce a mandatory authorisation check in the CHC case management system before a package can be commissioned.",
         "Director of Nursing and Quality; Deputy Chief Finance Officer", d(2025, 10, 31), None, "R",
         "System change delayed by supplier; manual authorisation log in place as an interim control.",
         ["Director of Nursing and Quality", "Deputy Chief Finance Officer"], "2025-10"),
        ("CHC-02", A_CHC, "Moderate", "Medium",
         "Reviews of eligibility should be completed within three months of a package starting and annually thereafter.",
         "Recover the backlog of overdue reviews through a dedicated review team, with a trajectory reported to the Quality and Performance Committee.",
         "Head of All Age Continuing Care", d(2026, 3, 31), None, "G",
         "Backlog reduced from 412 to 236 reviews; on trajectory.",
         ["Head of All Age Continuing Care"], "2026-03"),
        ("COI-01", A_COI, "Substantial", "Low",
         "Declarations should be sought from all decision-making staff at least annually and the register published.",
         "Run the annual declaration exercise and publish the updated register on the ICB website.",
         "Associate Director of Corporate Governance", "Q4 2025/26", None, "G",
         "Exercise scheduled to open on 2 February 2026.",
         ["Associate Director of Corporate Governance"], "2026-03"),
        ("FRP-01", A_FRP, "Limited", "High",
         "Each efficiency scheme should have a documented plan with milestones, an accountable executive and a quality impact assessment.",
         "PMO to complete scheme documentation and QIAs for all schemes above £250k, and to reject schemes without an accountable executive.",
         "Chief Finance Officer, Chief Nursing Officer", d(2025, 11, 30), d(2026, 2, 28), "A",
         "31 of 44 schemes fully documented; QIA panel meeting fortnightly.",
         ["Chief Finance Officer", "Chief Nursing Officer"], "2026-02"),
        ("FRP-02", A_FRP, "Limited", "Medium",
         "Reporting to the Finance, Estates and Digital Committee should distinguish recurrent from non-recurrent savings.",
         "Amend the monthly finance report to show recurrent and non-recurrent delivery separately from Month 8.",
         "Deputy Chief Finance Officer", d(2025, 12, 31), None, "G",
         "Month 8 report includes the split; Internal Audit to verify in January.",
         ["Deputy Chief Finance Officer"], "2025-12"),
    ]
    status_of = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
    expected = []
    r = 5
    for (ref, aud, op, pr, rec, action, leadcell, orig, rev, rag, upd, elead, eend) in data:
        vals = [ref, aud, op, pr, rec, action, leadcell, orig, rev, None, upd]
        for c, v in enumerate(vals, 1):
            wo.cell(row=r, column=c, value=v)
        style_row(wo, r, len(heads))
        for c in (8, 9):
            if isinstance(wo.cell(row=r, column=c).value, dt.datetime):
                wo.cell(row=r, column=c).number_format = "dd/mm/yyyy"
        wo.cell(row=r, column=10).fill = fill(RAGFILL[rag])
        e = act(ref, [aud, rec], action, elead, eend, status_of[rag],
                end_text="Q4 2025/26" if orig == "Q4 2025/26" else None)
        expected.append(e)
        r += 1
    # merge the audit / opinion cells down each audit's rows
    for c in (2, 3):
        wo.merge_cells(start_row=5, end_row=6, start_column=c, end_column=c)
        wo.merge_cells(start_row=7, end_row=8, start_column=c, end_column=c)
        wo.merge_cells(start_row=10, end_row=11, start_column=c, end_column=c)
    widths = [10, 24, 12, 9, 45, 45, 26, 12, 12, 6, 40]
    for i, w in enumerate(widths):
        wo.column_dimensions[chr(65 + i)].width = w
    wo.freeze_panes = "A5"

    # Implemented sheet
    wi = wb.create_sheet("Implemented")
    wi["A1"] = "Recommendations implemented since the October 2025 Committee"
    wi["A1"].font = Font(bold=True, size=13)
    heads2 = ["Ref", "Audit", "Priority", "Agreed management action", "Responsible officer",
              "Target date", "Date implemented", "Status"]
    for i, h in enumerate(heads2, 1):
        wi.cell(row=3, column=i, value=h)
    style_row(wi, 3, len(heads2), bold=True, bg="1F3864", color="FFFFFF")
    impl = [
        ("PAY-01", "Payroll 2024/25", "Medium",
         "Payroll exception reports to be reviewed and signed off by the Payroll Manager each month, with evidence retained.",
         "Payroll Manager (CSU)", d(2025, 7, 31), d(2025, 7, 15), ["Payroll Manager (CSU)"], "2025-07"),
        ("PAY-02", "Payroll 2024/25", "Medium",
         "Update the leavers process so that line managers submit termination forms before the final pay run.",
         "Head of HR Operations", d(2025, 9, 30), d(2025, 10, 29), ["Head of HR Operations"], "2025-09"),
        ("DSPT-03", A_DSPT, "High",
         "Enforce multi-factor authentication for all remote access accounts.",
         "Head of Digital (SCW CSU)", d(2025, 8, 31), d(2025, 8, 22), ["Head of Digital (SCW CSU)"], "2025-08"),
    ]
    r = 4
    for (ref, aud, pr, action, leadcell, tgt, done, elead, eend) in impl:
        for c, v in enumerate([ref, aud, pr, action, leadcell, tgt, done, "Implemented"], 1):
            wi.cell(row=r, column=c, value=v)
        style_row(wi, r, len(heads2))
        wi.cell(row=r, column=6).number_format = "dd/mm/yyyy"
        wi.cell(row=r, column=7).number_format = "dd/mm/yyyy"
        wi.cell(row=r, column=8).fill = fill(BLUE)
        wi.cell(row=r, column=8).font = Font(color="FFFFFF")
        expected.append(act(ref, [aud], action, elead, eend, "blue"))
        r += 1
    for i, w in enumerate([10, 34, 9, 50, 26, 12, 14, 13]):
        wi.column_dimensions[chr(65 + i)].width = w
    wb.save(out(name))

    write_expected(
        name,
        source=("Imitates an NHS integrated care board's internal audit recommendations tracker as "
                "taken to its Audit and Risk Committee (BNSSG ICB, 2025/26; layout modelled on ICB and "
                "council audit trackers found via search: tables of live and completed recommendations, "
                "original and revised target dates, RAG by fill). Copied features: summary sheet with a "
                "RAG-by-priority count table and RAG key, an Outstanding sheet with the audit name and "
                "assurance opinion merged down each audit's rows, recommendation beside the agreed action, "
                "job titles as responsible officers (several in one cell), original and revised target "
                "dates, fill-only RAG cells, and a separate sheet of recommendations implemented this period."),
        reads=("A three-sheet tracker: a summary with counts and a colour key, then seven outstanding "
               "recommendations grouped by audit (merged audit cells) each with an agreed management "
               "action, officer, original/revised date and a coloured RAG cell, then three implemented "
               "actions. Ten actions in all; the revised date is the end where one is given."),
        title=title,
        actions=expected,
    )


# ---------------------------------------------------------------------------
# 2. Raven Housing Trust - RSH consumer standards improvement plan (xlsx)
# ---------------------------------------------------------------------------
def raven():
    name = "ou2-raven-housing-trust-rsh-consumer-standards-improvement-plan.xlsx"
    title = "Raven Housing Trust – Consumer Standards Improvement Plan"
    wb = Workbook()
    wv = wb.active
    wv.title = "Version control"
    wv["A1"] = "Document control"
    wv["A1"].font = Font(bold=True, size=13)
    vc = [["Version", "Date", "Author", "Changes", "Approved by"],
          ["0.1", "12/06/2025", "Head of Governance", "First draft following regulatory judgement", "Executive Team"],
          ["1.0", "24/06/2025", "Head of Governance", "Approved plan submitted to the Regulator", "Board"],
          ["1.3", "04/11/2025", "Head of Governance", "Progress position at 31 October 2025", "Customer Services Committee"]]
    for r, row in enumerate(vc, 3):
        for c, v in enumerate(row, 1):
            wv.cell(row=r, column=c, value=v)
        style_row(wv, r, 5, bold=(r == 3), bg="D9D9D9" if r == 3 else None)
    for col, w in zip("ABCDE", [9, 12, 20, 45, 28]):
        wv.column_dimensions[col].width = w

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Response to the Regulator of Social Housing regulatory judgement (C2)  |  Progress position: 31 October 2025"
    heads = ["Ref", "Action", "Lead", "Start", "Original completion date",
             "Revised completion date", "Previous RAG (Jul 25)", "Current RAG (Oct 25)", "Progress commentary"]
    NC = len(heads)
    for i, h in enumerate(heads, 1):
        ws.cell(row=4, column=i, value=h)
    style_row(ws, 4, NC, bold=True, bg="203864", color="FFFFFF")

    T1 = "1. Safety and Quality Standard"
    T2 = "2. Transparency, Influence and Accountability Standard"
    F11 = "1.1 Fire safety: a backlog of overdue remedial actions arising from fire risk assessments"
    F12 = "1.2 Stock condition: data on the condition of homes is incomplete and out of date"
    F13 = "1.3 Damp and mould: cases are not consistently resolved within reasonable timescales"
    F21 = "2.1 Complaints: handling does not consistently meet the Housing Ombudsman's Complaint Handling Code"
    F22 = "2.2 Tenant Satisfaction Measures: the survey methodology is not fully compliant with the Regulator's requirements"
    rows = [
        ("theme", T1), ("finding", F11),
        ("act", "1.1.1", "Clear all overdue high-risk fire risk assessment remedial actions, prioritising blocks where residents have personal emergency evacuation plans.",
         "Head of Building Safety", d(2025, 4, 1), d(2025, 6, 30), d(2025, 8, 31), "A", "B",
         "All 63 high-risk actions closed; verified by external fire engineer in September.",
         ["Head of Building Safety"], "2025-08"),
        ("act", "1.1.2", "Introduce monthly reporting of FRA actions to the Executive Team and quarterly reporting to the Board's Building Safety Committee.",
         "Head of Building Safety", d(2025, 5, 1), d(2025, 7, 31), None, "G", "B",
         "Reporting in place from July 2025.", ["Head of Building Safety"], "2025-07"),
        ("finding", F12),
        ("act", "1.2.1", "Complete stock condition surveys on a five-year rolling programme, surveying at least 20% of homes in 2025/26.",
         "Director of Property Services", d(2025, 4, 1), d(2026, 3, 31), None, "G", "A",
         "1,180 of 1,290 planned surveys completed; contractor capacity reduced in September.",
         ["Director of Property Services"], "2026-03"),
        ("act", "1.2.2", "Load survey data into the asset management system and reconcile it against the property master list.",
         "Asset Manager / Data & Systems Manager", d(2025, 7, 1), d(2025, 12, 31), d(2026, 3, 31), "A", "R",
         "Data migration tool failed testing; revised date agreed with the Regulator.",
         ["Asset Manager", "Data & Systems Manager"], "2026-03"),
        ("finding", F13),
        ("act", "1.3.1", "Implement a damp and mould procedure that meets Awaab's Law timescales, with a single case tracker.",
         "Head of Repairs", d(2025, 6, 1), d(2025, 10, 27), None, "A", "B",
         "Procedure live from 27 October 2025; tracker in the housing management system.",
         ["Head of Repairs"], "2025-10"),
        ("theme", T2), ("finding", F21),
        ("act", "2.1.1", "Retrain all customer-facing staff on the Complaint Handling Code and introduce monthly quality checks of Stage 1 responses.",
         "Head of Customer Experience", d(2025, 6, 1), d(2025, 9, 30), None, "G", "B",
         "Training completed by 97% of staff; quality checks running.",
         ["Head of Customer Experience"], "2025-09"),
        ("act", "2.1.2", "Publish quarterly complaints performance and learning on the website and in the resident newsletter.",
         "Head of Customer Experience; Communications Manager", d(2025, 7, 1), "Quarterly from Q2 2025/26", None, "G", "G",
         "Q2 report published 20 October.",
         ["Head of Customer Experience", "Communications Manager"], None),
        ("finding", F22),
        ("act", "2.2.1", "Commission an independent review of the TSM survey methodology before the 2025/26 survey begins.",
         "Head of Performance & Insight", d(2025, 6, 1), d(2025, 7, 31), d(2025, 9, 30), "A", "B",
         "Review completed by external consultant; sampling approach changed.",
         ["Head of Performance & Insight"], "2025-09"),
    ]
    status_of = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
    expected = []
    r = 5
    theme = finding = None
    for row in rows:
        if row[0] == "theme":
            theme = row[1]
            ws.cell(row=r, column=1, value=row[1])
            ws.merge_cells(start_row=r, end_row=r, start_column=1, end_column=NC)
            ws.cell(row=r, column=1).font = Font(bold=True, color="FFFFFF", size=12)
            ws.cell(row=r, column=1).fill = fill("2F5597")
        elif row[0] == "finding":
            finding = row[1]
            ws.cell(row=r, column=1, value=row[1])
            ws.merge_cells(start_row=r, end_row=r, start_column=1, end_column=NC)
            ws.cell(row=r, column=1).font = Font(bold=True, italic=True)
            ws.cell(row=r, column=1).fill = fill("DEEAF6")
        else:
            (_, ref, action, lead, start, orig, rev, prev, cur, comm, elead, eend) = row
            vals = [ref, action, lead, start, orig, rev, prev, cur, comm]
            for c, v in enumerate(vals, 1):
                ws.cell(row=r, column=c, value=v)
            style_row(ws, r, NC)
            for c in (4, 5, 6):
                if isinstance(ws.cell(row=r, column=c).value, dt.datetime):
                    ws.cell(row=r, column=c).number_format = "dd/mm/yyyy"
            for c, k in ((7, prev), (8, cur)):
                ws.cell(row=r, column=c).fill = fill(RAGFILL[k])
                ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")
            expected.append(act(ref, [theme, finding], action, elead, eend, status_of[cur],
                                end_text=orig if eend is None else None))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes: RAG ratings are defined on the 'Key & summary' sheet. Revised dates shown have been agreed by the Customer Services Committee and shared with the Regulator.")
    for col, w in zip("ABCDEFGHI", [8, 55, 28, 11, 14, 14, 11, 11, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    wk = wb.create_sheet("Key & summary")
    wk["A1"] = "RAG key"
    wk["A1"].font = Font(bold=True, size=13)
    keyrows = [("B", "Complete – evidence of completion held"),
               ("G", "On track to meet the completion date"),
               ("A", "Minor slippage – will be delivered within 3 months of the original date"),
               ("R", "Significant slippage or off track – escalation required")]
    for i, (k, txt) in enumerate(keyrows, 3):
        wk.cell(row=i, column=1, value=k).fill = fill(RAGFILL[k])
        wk.cell(row=i, column=2, value=txt)
    wk["A9"] = "Summary (current RAG)"
    wk["A9"].font = Font(bold=True)
    summ = [("Standard", "B", "G", "A", "R", "Total"),
            ("Safety and Quality", 3, 0, 1, 1, 5),
            ("Transparency, Influence and Accountability", 2, 1, 0, 0, 3),
            ("Total", 5, 1, 1, 1, 8)]
    for i, row in enumerate(summ, 10):
        for c, v in enumerate(row, 1):
            wk.cell(row=i, column=c, value=v)
        style_row(wk, i, 6, bold=(i in (10, 13)))
    wk.column_dimensions["A"].width = 42
    wk.column_dimensions["B"].width = 70
    wb.save(out(name))

    write_expected(
        name,
        source=("Imitates a housing association's improvement plan responding to a Regulator of Social "
                "Housing consumer regulatory judgement (C2), as reported to its board/committee in 2025 "
                "(Raven Housing Trust, Surrey; content invented to the pattern of published RSH-response "
                "plans). Copied features: document-control sheet, standard-level theme rows merged across "
                "in dark fill, regulator finding rows merged beneath each theme, three-level refs, start, "
                "original and revised completion dates, Previous RAG and Current RAG columns as letters on "
                "coloured fill, progress commentary, a notes line and a key/summary sheet where B = complete."),
        reads=("Under two consumer standards (Safety and Quality; Transparency, Influence and "
               "Accountability) the plan lists five regulator findings with eight numbered actions, each "
               "with a lead, dates and previous/current RAG. The current RAG is the status and the revised "
               "completion date, where given, is the end."),
        title=title,
        actions=expected,
    )


# ---------------------------------------------------------------------------
# 3. Office of Rail and Road - corporate risk register (xlsx)
# ---------------------------------------------------------------------------
def orr():
    name = "ou2-office-of-rail-and-road-corporate-risk-register-2025-26.xlsx"
    title = "Office of Rail and Road – Corporate Risk Register 2025-26"
    wb = Workbook()
    ws = wb.active
    ws.title = "Risk summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 30 September 2025 (Q2)  |  Owner: Executive Committee  |  Reviewed by the Audit and Risk Assurance Committee, 21 October 2025"
    sh = ["Risk", "Risk owner", "Inherent score", "Current score", "Target score", "Appetite", "Trend since Q1"]
    sr = [("SR1 – Rail safety regulatory capability", "Director, Railway Safety", 20, 12, 8, "Cautious", "↔"),
          ("SR2 – Cyber security and information resilience", "Chief Information Officer", 20, 16, 9, "Averse", "↑"),
          ("SR3 – Delivery of Periodic Review 2028 (PR28)", "Director, Economics, Finance and Markets", 16, 9, 6, "Open", "↓"),
          ("SR4 – Financial sustainability", "Chief Financial Officer", 16, 12, 8, "Cautious", "↔")]
    for c, h in enumerate(sh, 1):
        ws.cell(row=4, column=c, value=h)
    style_row(ws, 4, len(sh), bold=True, bg="D9D9D9")
    for r, row in enumerate(sr, 5):
        for c, v in enumerate(row, 1):
            ws.cell(row=r, column=c, value=v)
        style_row(ws, r, len(sh))
    ws.column_dimensions["A"].width = 50
    ws.column_dimensions["B"].width = 40

    wr = wb.create_sheet("Register")
    wr["A1"] = title
    wr["A1"].font = Font(bold=True, size=13)
    wr["A2"] = "Scores are likelihood × impact (1–5 each). Further actions are tracked to completion and then moved to existing controls."
    heads = ["Risk", "Cause / event / effect", "Risk owner", "Inherent (L×I)", "Current (L×I)",
             "Target (L×I)", "Existing controls", "Further actions required", "Action owner",
             "Due date", "Action status"]
    NC = len(heads)
    for i, h in enumerate(heads, 1):
        wr.cell(row=4, column=i, value=h)
    style_row(wr, 4, NC, bold=True, bg="1F4E79", color="FFFFFF")
    risks = [
        ("SR1 – Rail safety regulatory capability",
         "If we cannot recruit and retain enough specialist inspectors, then our inspection and enforcement programme may not be delivered, leading to increased safety risk on the railway and loss of confidence in ORR.",
         "Director, Railway Safety", "4×5 = 20", "3×4 = 12", "2×4 = 8",
         "Workforce plan for HM Railway Inspectorate; market supplements for specialist roles; quarterly inspection delivery reporting to Board.",
         [("Deliver the 2025-26 inspector recruitment campaign to fill 12 HM Inspector vacancies.",
           "Director, Railway Safety", "Mar-26", "On track", ["Director, Railway Safety"], "2026-03", None, "green"),
          ("Implement the specialist inspector development framework, including mentoring by principal inspectors.",
           "Deputy Director, Railway Safety; Head of HR", "Q3 2025/26", "Delayed",
           ["Deputy Director, Railway Safety", "Head of HR"], "2025-12", "Q3 2025/26", "amber")]),
        ("SR2 – Cyber security and information resilience",
         "A successful cyber attack or major system failure could cause loss of regulatory data, disruption to services and reputational damage.",
         "Chief Information Officer", "4×5 = 20", "4×4 = 16", "3×3 = 9",
         "Managed security operations centre; mandatory annual security training; penetration testing; GovAssure self-assessment.",
         [("Complete the migration of legacy case management data to the new cloud platform.",
           "Chief Information Officer", d(2025, 12, 31), "Off track", ["Chief Information Officer"], "2025-12", None, "red"),
          ("Run a cyber incident exercise with the Executive Committee and test the business continuity plan.",
           "Chief Information Officer / Head of Business Continuity", "Oct-25", "Complete",
           ["Chief Information Officer", "Head of Business Continuity"], "2025-10", None, "blue"),
          ("Achieve Cyber Essentials Plus re-certification.",
           "Chief Information Officer", "Jun-26", "Not started", ["Chief Information Officer"], "2026-06", None, "unrated")]),
        ("SR3 – Delivery of Periodic Review 2028 (PR28)",
         "If the PR28 programme is not adequately planned and resourced, determinations may be late or poorly evidenced, leading to challenge and weaker outcomes for funders and passengers.",
         "Director, Economics, Finance and Markets", "4×4 = 16", "3×3 = 9", "2×3 = 6",
         "PR28 programme board; published PR28 timetable; engagement with DfT, Transport Scotland and Network Rail.",
         [("Agree the PR28 programme plan and resourcing with the Board.",
           "Director, Economics, Finance and Markets", "Sep-25", "Complete",
           ["Director, Economics, Finance and Markets"], "2025-09", None, "blue"),
          ("Publish the PR28 consultation timetable and stakeholder engagement plan.",
           "Director, Economics, Finance and Markets", "Sept 2025 – March 2026", "On track",
           ["Director, Economics, Finance and Markets"], "2026-03", "Sept 2025 – March 2026", "green")]),
        ("SR4 – Financial sustainability",
         "Pressure on the settlement and pay costs could leave ORR unable to fund its statutory functions within its budget.",
         "Chief Financial Officer", "4×4 = 16", "3×4 = 12", "2×4 = 8",
         "Budget setting and monthly monitoring; workforce controls; efficiency plan agreed with DfT.",
         [("Deliver 2025-26 efficiency savings of £1.2m through the workforce and estates review.",
           "Chief Financial Officer", "Mar-26", "Delayed", ["Chief Financial Officer"], "2026-03", None, "amber"),
          ("Report monthly budget forecasts and variances to the Executive Committee.",
           "Chief Financial Officer", "Ongoing", "On track", ["Chief Financial Officer"], None, "Ongoing", "green")]),
    ]
    stfill = {"On track": GREEN, "Delayed": AMBER, "Off track": RED, "Complete": BLUE, "Not started": None}
    expected = []
    r = 5
    for (rtitle, desc, owner, inh, cur, tgt, ctrls, acts) in risks:
        first = r
        for i, (atext, aown, due, st, elead, eend, etext, est) in enumerate(acts):
            if i == 0:
                for c, v in enumerate([rtitle, desc, owner, inh, cur, tgt, ctrls], 1):
                    wr.cell(row=r, column=c, value=v)
            for c, v in zip(range(8, 12), [atext, aown, due, st]):
                wr.cell(row=r, column=c, value=v)
            style_row(wr, r, NC)
            if isinstance(due, dt.datetime):
                wr.cell(row=r, column=10).number_format = "dd/mm/yyyy"
            if stfill[st]:
                wr.cell(row=r, column=11).fill = fill(stfill[st])
            expected.append(act(None, [rtitle], atext, elead, eend, est, end_text=etext))
            r += 1
        if r - 1 > first:
            for c in range(1, 8):
                wr.merge_cells(start_row=first, end_row=r - 1, start_column=c, end_column=c)
        wr.cell(row=first, column=1).font = Font(bold=True)
    for col, w in zip("ABCDEFGHIJK", [26, 40, 22, 10, 10, 10, 38, 45, 28, 14, 12]):
        wr.column_dimensions[col].width = w
    wr.freeze_panes = "A5"

    wkk = wb.create_sheet("Scoring key")
    wkk["A1"] = "Scoring and status key"
    wkk["A1"].font = Font(bold=True, size=13)
    keyrows = [("Likelihood", "1 Rare – 5 Almost certain"),
               ("Impact", "1 Minimal – 5 Severe"),
               ("Score 15–25", "High – Executive Committee and Board oversight"),
               ("Score 8–14", "Medium – Director oversight"),
               ("Score 1–7", "Low – managed locally"),
               ("", ""),
               ("Action status", ""),
               ("Complete", "Action delivered (blue)"),
               ("On track", "Expected by the due date (green)"),
               ("Delayed", "Slipping but within the quarter (amber)"),
               ("Off track", "Will miss the due date; escalated (red)"),
               ("Not started", "Not yet begun")]
    for i, (a, b) in enumerate(keyrows, 3):
        wkk.cell(row=i, column=1, value=a)
        wkk.cell(row=i, column=2, value=b)
        if a in stfill and stfill[a]:
            wkk.cell(row=i, column=1).fill = fill(stfill[a])
    wkk.column_dimensions["A"].width = 16
    wkk.column_dimensions["B"].width = 55
    wb.save(out(name))

    write_expected(
        name,
        source=("Imitates a non-ministerial department's corporate risk register as reviewed by its Audit "
                "and Risk Assurance Committee (Office of Rail and Road, 2025-26; risks invented to the pattern "
                "of published central-government and regulator risk registers found via search). Copied "
                "features: summary sheet of risks with scores, appetite and trend arrows; register sheet with "
                "risk title, cause/event/effect, owner, inherent/current/target L×I scores and existing "
                "controls merged down the rows of each risk's further actions; action owner, due date (dates, "
                "Mmm-yy text, quarters, a range, 'Ongoing') and an action status word on a coloured fill; a "
                "scoring and status key sheet."),
        reads=("Four corporate risks, each carrying two or three further actions with an owner, due date and "
               "status; the risk and its controls are context, the further actions are the actions (nine in "
               "all, unnumbered). Owners are ORR job titles, some with commas inside the title "
               "('Director, Railway Safety')."),
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


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Parkfield Medical Centre - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def parkfield():
    name = "ou2-parkfield-medical-centre-cqc-inspection-action-plan.docx"
    title = "Parkfield Medical Centre – CQC Inspection Action Plan"
    doc = Document()
    landscape(doc)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Inspection dates: 11 and 12 March 2025. Report published: 6 May 2025. "
                      "Overall rating: Requires improvement (Safe – Requires improvement; Well-led – Requires improvement).")
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    dc = [["Version", "Date", "Author", "Approved by"],
          ["1.0", "20/05/2025", "Practice Manager", "Partners' meeting 21/05/2025"],
          ["1.1", "18/07/2025", "Practice Manager", "Partners' meeting 23/07/2025"],
          ["1.2", "15/10/2025", "Practice Manager", "Partners' meeting 22/10/2025"]]
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph("This plan responds to the requirement notices (must do) and the areas where the practice "
                      "should improve (should do) in the CQC report. Progress is reviewed at the monthly "
                      "partners' meeting and shared with the Patient Participation Group.")

    heads = ["No.", "Action", "Lead", "Completion date", "Status", "Evidence / progress"]
    status_of = {"Completed": "blue", "On track": "green", "Amber": "amber"}
    expected = []

    def must_table(heading, blocks):
        doc.add_heading(heading, level=2)
        nrows = 1 + sum(1 + len(b[1]) for b in blocks)
        tb = doc.add_table(rows=nrows, cols=len(heads))
        tb.style = "Table Grid"
        for j, h in enumerate(heads):
            set_cell(tb.cell(0, j), h, bold=True)
            shade(tb.cell(0, j), "D9E2F3")
        r = 1
        for must, acts in blocks:
            m = tb.cell(r, 0).merge(tb.cell(r, len(heads) - 1))
            set_cell(m, must, bold=True)
            shade(m, "F2F2F2")
            r += 1
            for (ref, action, lead, end, st, ev, elead, eend, etext) in acts:
                for j, v in enumerate([ref, action, lead, end, st, ev]):
                    set_cell(tb.cell(r, j), v)
                expected.append(act(ref, [heading, must], action, elead, eend, status_of[st], end_text=etext))
                r += 1

    must_table("Requirement notice – Regulation 12 Safe care and treatment", [
        ("Must do 1: Ensure that patients prescribed high-risk medicines receive the required monitoring before medicines are reissued.",
         [("1.1", "Run weekly searches for patients on DMARDs, lithium and warfarin who are overdue monitoring, and place a reissue block until blood results are received.",
           "Dr R Okafor", "30/06/2025", "Completed", "Searches set up in the clinical system; 41 patients recalled.",
           ["Dr R Okafor"], "2025-06", None),
          ("1.2", "Clinical pharmacist to audit 10% of high-risk medicine reissues each month and report findings to the clinical meeting.",
           "Clinical Pharmacist", "Ongoing – monthly", "On track", "Audits for June to September show 98–100% compliance.",
           ["Clinical Pharmacist"], None, "Ongoing – monthly")]),
        ("Must do 2: Ensure that patient safety alerts, including MHRA alerts, are acted on and that historic alerts are reviewed for affected patients.",
         [("2.1", "Create a safety alerts log with a named clinical owner, action taken and date closed, and review all alerts issued since January 2023.",
           "Dr R Okafor / Practice Manager", "31/07/2025", "Completed", "Log in place on the shared drive; historic review completed 24/07/2025.",
           ["Dr R Okafor", "Practice Manager"], "2025-07", None)]),
    ])
    must_table("Requirement notice – Regulation 17 Good governance", [
        ("Must do 3: Establish effective systems to ensure staff complete required training and that recruitment checks are carried out in line with practice policy.",
         [("3.1", "Move all training records to the online training platform and set completion targets for safeguarding, infection prevention and control and basic life support.",
           "Practice Manager", "31/10/2025 (revised from 31/08/2025)", "Amber", "Platform live; 84% of staff fully compliant. Remaining staff booked for October.",
           ["Practice Manager"], "2025-10", None),
          ("3.2", "Complete DBS checks and record immunisation status for all clinical staff, including regular locums.",
           "Practice Manager, HR Administrator", "30/09/2025", "Completed", "All records complete and held in staff files.",
           ["Practice Manager", "HR Administrator"], "2025-09", None)]),
    ])

    sh = "Should do – areas where the practice should improve"
    doc.add_heading(sh, level=2)
    sheads = ["No.", "Area for improvement", "Action", "Lead", "By when", "Status"]
    sacts = [
        ("S1", "Continue to improve the uptake of childhood immunisations and cervical screening.",
         "Appoint an immunisations and screening champion and run targeted recall clinics on Saturday mornings.",
         "Lead Practice Nurse", "Q3 2025/26", "On track", ["Lead Practice Nurse"], "2025-12", "Q3 2025/26"),
        ("S2", "Improve patient satisfaction with telephone access.",
         "Install cloud-based telephony with call-back and queue position messages, and review GP Patient Survey results with the PPG.",
         "Practice Manager and PPG Chair", "March 2026", "On track", ["Practice Manager", "PPG Chair"], "2026-03", None),
        ("S3", "Ensure that complaint responses tell patients about the Parliamentary and Health Service Ombudsman.",
         "Update the complaints response template and the practice complaints leaflet.",
         "Assistant Practice Manager", "31 May 2025", "Completed", ["Assistant Practice Manager"], "2025-05", None),
    ]
    tb = doc.add_table(rows=1 + len(sacts), cols=len(sheads))
    tb.style = "Table Grid"
    for j, h in enumerate(sheads):
        set_cell(tb.cell(0, j), h, bold=True)
        shade(tb.cell(0, j), "D9E2F3")
    for i, (ref, area, action, lead, end, st, elead, eend, etext) in enumerate(sacts, 1):
        for j, v in enumerate([ref, area, action, lead, end, st]):
            set_cell(tb.cell(i, j), v)
        expected.append(act(ref, [sh, area], action, elead, eend, status_of[st], end_text=etext))

    doc.add_heading("Status key", level=3)
    kt = doc.add_table(rows=3, cols=2)
    kt.style = "Table Grid"
    for i, (a, b) in enumerate([("Completed", "Action finished and evidence held"),
                                ("On track", "In progress and expected by the date shown"),
                                ("Amber", "Delayed – revised date agreed by the partners")]):
        set_cell(kt.cell(i, 0), a, bold=True)
        set_cell(kt.cell(i, 1), b)
    doc.add_paragraph("Signed on behalf of the partners: Dr S Whitfield, Senior Partner.")
    doc.save(out(name))

    write_expected(
        name,
        source=("Imitates a GP practice's action plan after a CQC inspection rated it Requires improvement "
                "with requirement notices under Regulations 12 and 17 (Parkfield Medical Centre, 2025; "
                "CQC encourages practices to publish such plans). Copied features: plan title heading, "
                "inspection/rating paragraph, a version/document-control table, one Word table per "
                "requirement notice with each must-do statement as a merged shaded row above its numbered "
                "actions, a separate should-do table with the area in its own column, a revised date written "
                "inside the date cell, word statuses, a status key table and a sign-off line."),
        reads=("Three must-dos under two regulation headings, answered by five actions (1.1–3.2), then three "
               "should-do areas each with one action (S1–S3). Leads are GPs and practice posts, sometimes two in "
               "a cell; 'Completed' reads as complete, and the revised date in 3.1 is its end."),
        title=title,
        actions=expected,
    )


# ---------------------------------------------------------------------------
# 5. Shropshire FRS - CRMP programme highlight report (docx)
# ---------------------------------------------------------------------------
def shropshire():
    name = "ou2-shropshire-fire-and-rescue-service-crmp-programme-highlight-report.docx"
    title = "Community Risk Management Plan 2025–2030: Programme Highlight Report"
    doc = Document()
    landscape(doc)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "Shropshire Fire and Rescue Service – OFFICIAL"
    doc.add_heading(title, level=0)
    ct = doc.add_table(rows=5, cols=2)
    ct.style = "Table Grid"
    cover = [("Reporting period", "July – September 2025 (Quarter 2, 2025/26)"),
             ("Senior Responsible Owner", "Assistant Chief Fire Officer"),
             ("Programme Manager", "Strategic Planning Manager"),
             ("Report to", "Strategic Leadership Team, 14 October 2025; Standards, Audit and Performance Committee"),
             ("Overall programme RAG", "Amber")]
    for i, (a, b) in enumerate(cover):
        set_cell(ct.cell(i, 0), a, bold=True)
        set_cell(ct.cell(i, 1), b)
    shade(ct.cell(4, 1), AMBER)
    doc.add_heading("1. Programme summary", level=1)
    doc.add_paragraph("The programme remains Amber overall. Prevention and Response milestones are largely on "
                      "track, but the recruitment of additional fire safety inspectors has slipped beyond "
                      "tolerance and is escalated to the Strategic Leadership Team for a decision on interim "
                      "use of agency inspectors.")
    doc.add_heading("2. Key achievements this period", level=1)
    doc.add_paragraph("The revised Home Fire Safety Visit risk scoring model went live on 1 September 2025, "
                      "and 212 high-rise and specialised housing premises were audited during the quarter.")
    doc.add_heading("3. Workstream and project status", level=1)

    heads = ["Ref", "Project", "Milestone / deliverable", "Owner", "Baseline date", "Forecast date", "RAG", "Commentary"]
    status_of = {"C": "blue", "G": "green", "A": "amber", "R": "red"}
    expected = []

    def ws_table(heading, projects):
        doc.add_heading(heading, level=2)
        n = sum(len(p[1]) for p in projects)
        tb = doc.add_table(rows=1 + n, cols=len(heads))
        tb.style = "Table Grid"
        for j, h in enumerate(heads):
            set_cell(tb.cell(0, j), h, bold=True)
            shade(tb.cell(0, j), "C00000")
        r = 1
        for proj, ms in projects:
            first = r
            for (ref, text, owner, base, fc, rag, comm, elead, eend, etext) in ms:
                for j, v in ((0, ref), (2, text), (3, owner), (4, base), (5, fc), (6, rag), (7, comm)):
                    set_cell(tb.cell(r, j), v)
                shade(tb.cell(r, 6), RAGFILL[rag])
                expected.append(act(ref, [heading, proj], text, elead, eend, status_of[rag], end_text=etext))
                r += 1
            cell = tb.cell(first, 1)
            if r - 1 > first:
                cell = cell.merge(tb.cell(r - 1, 1))
            set_cell(cell, proj, bold=True)

    ws_table("3.1 Prevention workstream", [
        ("Home Fire Safety Visit targeting", [
            ("P1", "Implement the revised person-centred risk scoring model for Home Fire Safety Visit referrals",
             "Head of Prevention", "Sep 2025", "Sep 2025", "C", "Live from 1 September 2025.",
             ["Head of Prevention"], "2025-09", None),
            ("P2", "Agree data-sharing arrangements with Shropshire Council and Telford & Wrekin Council adult social care",
             "Head of Prevention / Information Governance Officer", "Oct 2025", "Jan 2026", "A",
             "Telford & Wrekin agreement signed; Shropshire Council DPIA under legal review.",
             ["Head of Prevention", "Information Governance Officer"], "2026-01", None)]),
        ("Road safety", [
            ("P3", "Launch the young drivers' education programme with partners in all county secondary schools",
             "Road Safety Lead", "Jan 2026", "Jan 2026", "G", "Content agreed with West Mercia Police and schools.",
             ["Road Safety Lead"], "2026-01", None)]),
    ])
    ws_table("3.2 Protection workstream", [
        ("Risk-based inspection programme", [
            ("PR1", "Recruit and train four additional fire safety inspectors to Level 4 Diploma",
             "Head of Protection", "Dec 2025", "Jun 2026", "R",
             "Two posts filled after two recruitment rounds; SLT decision needed on agency cover.",
             ["Head of Protection"], "2026-06", None),
            ("PR2", "Complete audits of all high-rise residential buildings over 11 metres",
             "Group Manager Protection", "Mar 2026", "Mar 2026", "G", "68% complete.",
             ["Group Manager Protection"], "2026-03", None)]),
    ])
    ws_table("3.3 Response workstream", [
        ("On-call availability", [
            ("R1", "Pilot flexible on-call contracts at three stations",
             "Area Manager Response; Head of HR", "Nov 2025", "Nov 2025", "G",
             "Stations selected; FBU consultation complete.",
             ["Area Manager Response", "Head of HR"], "2025-11", None),
            ("R2", "Review the crewing model at Shrewsbury and Telford Central following the fire cover review",
             "Area Manager Response", "Q3 2025/26", "Q1 2026/27", "A",
             "Fire cover review report delayed; options paper now due to the Fire Authority in spring.",
             ["Area Manager Response"], "2026-06", "Q1 2026/27")]),
    ])

    doc.add_heading("4. Decisions and escalations", level=1)
    doc.add_paragraph("SLT is asked to approve the use of agency fire safety inspectors for up to six months "
                      "while recruitment to the remaining two posts continues.")
    doc.add_heading("RAG key", level=2)
    kt = doc.add_table(rows=4, cols=2)
    kt.style = "Table Grid"
    for i, (k, txt) in enumerate([("C", "Complete"),
                                   ("G", "On track to baseline date"),
                                   ("A", "Forecast slippage within tolerance (up to three months)"),
                                   ("R", "Forecast slippage beyond tolerance, or SLT decision required")]):
        set_cell(kt.cell(i, 0), k, bold=True)
        shade(kt.cell(i, 0), RAGFILL[k])
        set_cell(kt.cell(i, 1), txt)
    doc.save(out(name))

    write_expected(
        name,
        source=("Imitates a fire and rescue service's quarterly programme highlight report on delivery of its "
                "Community Risk Management Plan, as taken to its leadership team and fire authority committee "
                "(Shropshire Fire and Rescue Service, Q2 2025/26; milestones invented to the pattern of FRS "
                "CRMP delivery reporting). Copied features: header marking, title, cover table with SRO, period "
                "and overall RAG, narrative summary and achievements, one table per workstream (numbered "
                "headings 3.1–3.3) with the project name merged down its milestones, baseline and forecast "
                "dates, RAG letters on shaded cells with C = complete, a decisions section and a RAG key."),
        reads=("Three workstream tables list seven milestones (P1–P3, PR1–PR2, R1–R2) under their projects, each "
               "with an owner, baseline and forecast month and a RAG letter. The forecast date is the end and "
               "C (complete, per the key) is read as complete."),
        title=title,
        actions=expected,
    )


# ---------------------------------------------------------------------------
# 6. Thames Valley PCC - Level 1 meeting action log (csv, refuse)
# ---------------------------------------------------------------------------
def tvpcc():
    name = "ou2-thames-valley-pcc-level-1-meeting-action-log-typo-month-refuse.csv"
    title = "Level 1 Public Accountability Meeting – Action Log"
    N = 8
    rows = [
        ["Office of the Police and Crime Commissioner for Thames Valley"] + [""] * (N - 1),
        [title] + [""] * (N - 1),
        ["Open and recently closed actions as at 25 November 2025"] + [""] * (N - 1),
        [""] * N,
        ["Action ref", "Meeting date", "Agenda item", "Action", "Owner", "Due date", "Status", "Update"],
        ["L1/2025/14", "16/09/2025", "Police and Criminal Justice Plan – Q1 performance",
         "Provide a breakdown of 999 call answering times by hour of day for July and August.",
         "Chief Superintendent, Contact Management", "Nov-25", "Closed", "Breakdown circulated to the PCC on 3 November."],
        ["L1/2025/15", "16/09/2025", "Police and Criminal Justice Plan – Q1 performance",
         "Set out the force's plan to reduce the backlog of digital devices awaiting examination.",
         "ACC Crime & Criminal Justice", "Jan-26", "Open", "Plan to be presented at the January Level 1."],
        ["L1/2025/16", "16/09/2025", "Finance report – Q1 revenue and capital monitoring",
         "Confirm the timetable for the Milton Keynes custody suite refurbishment and the revised cost estimate.",
         "Director of Finance (TVP)", "31/12/2025", "Open", ""],
        ["L1/2025/17", "16/09/2025", "HMICFRS inspection update",
         "Report progress on the PEEL area for improvement on investigation supervision, including audit results.",
         "Head of Professional Standards; Head of Crime Standards", "Mar-26", "Open", ""],
        ["L1/2025/18", "18/11/2025", "Violence against women and girls",
         "Provide data on the use of Stalking Protection Orders and Domestic Abuse Protection Notices by local policing area.",
         "ACC Local Policing", "Febuary 2026", "Open", "New action."],
        ["L1/2025/19", "18/11/2025", "Violence against women and girls",
         "Share the evaluation of the Walk and Talk scheme with the OPCC Policy Team.",
         "Superintendent, Partnerships", "Jan-26", "Open", "New action."],
        ["L1/2025/20", "18/11/2025", "Complaints and misconduct",
         "Circulate the quarterly summary of complaint handling timeliness to Police and Crime Panel members via the OPCC.",
         "Chief Executive (OPCC)", "Next Level 1 meeting", "Open", "New action."],
        ["L1/2025/21", "18/11/2025", "Any other business",
         "Arrange a briefing for the PCC on the national roll-out of the new crime recording system.",
         "Chief of Staff", "Dec-25", "Open", "New action."],
        [""] * N,
        ["Closed actions are removed from the log once they have been reported to one meeting."] + [""] * (N - 1),
    ]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerows(rows)
    # find the line of the typo for the expected reading
    with open(out(name), encoding="utf-8") as f:
        lines = f.read().split("\n")
    line_no = next(i for i, l in enumerate(lines, 1) if "Febuary 2026" in l)
    assert line_no == 10, line_no

    write_expected(
        name,
        source=("Imitates the action log of the Police and Crime Commissioner for Thames Valley's Level 1 "
                "public accountability meeting with the Chief Constable, exported from the OPCC's tracker to "
                "CSV (November 2025; Level 1 meetings confirmed via search of Police and Crime Panel papers). "
                "Copied features: three title lines, blank line, header, action refs L1/yyyy/nn, meeting date, "
                "agenda item, owner posts (one cell with two posts), due dates as Mmm-yy, dd/mm/yyyy, words and "
                "month-year, Open/Closed status, update column and a closing note line."),
        reads=("An eight-column action log of eight actions from the September and November 2025 meetings. "
               "Action L1/2025/18 on line 10 is due 'Febuary 2026', a mistyped month, so a careful reader "
               "would stop and ask rather than guess the date."),
        title=title,
        actions=None,
        outcome="refuse",
        refuse_at=line_no,
    )


# ---------------------------------------------------------------------------
# 7. Thomas Alleyne's High School - post-Ofsted action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def alleynes():
    name = "ou2-thomas-alleynes-high-school-post-ofsted-action-plan.txt"
    title = "Thomas Alleyne's High School – Post-Ofsted Action Plan 2025–26"
    P1 = "PRIORITY 1: Curriculum – foundation subjects at key stage 3"
    P2 = "PRIORITY 2: Attendance of disadvantaged pupils and pupils with SEND"
    P3 = "PRIORITY 3: Reading in key stage 3"
    A1 = ("In some foundation subjects, leaders have not identified the important knowledge that pupils "
          "should learn and when they should learn it. Leaders should ensure that curriculum plans in these "
          "subjects set out this knowledge precisely.")
    A2 = ("The attendance of disadvantaged pupils and pupils with SEND is too low and too many of these pupils "
          "are persistently absent. Leaders should continue to take effective action to improve their attendance.")
    A3 = ("Some pupils who are behind in their reading do not get the support they need to catch up quickly. "
          "Leaders should ensure that these pupils are identified swiftly and receive effective support.")
    H = "Ref\tAction\tLead\tSuccess criteria\tTimescale\tRAG (Nov 25)"
    blocks = [
        (P1, A1, [
            ("1.1", "Subject leaders in history, geography, RE and computing to rewrite KS3 curriculum maps identifying the core knowledge for each unit.",
             "Deputy Headteacher (Curriculum)", "Curriculum maps published on the website; learning walks show teaching matches the maps.",
             "Autumn term 2025", "G", ["Deputy Headteacher (Curriculum)"], "2025-12", "Autumn term 2025", "green"),
            ("1.2", "Trust subject networks to quality assure the revised curriculum maps and give written feedback to subject leaders.",
             "Trust Director of Education", "Feedback received and acted on for all four subjects.",
             "By February half-term 2026", "G", ["Trust Director of Education"], "2026-02", "By February half-term 2026", "green"),
            ("1.3", "Deliver CPD on retrieval practice so that pupils revisit core knowledge in every lesson.",
             "Assistant Headteacher (Teaching & Learning)", "Lesson visits show retrieval used consistently; KS3 assessment outcomes improve.",
             "Termly", "A", ["Assistant Headteacher (Teaching & Learning)"], None, "Termly", "amber"),
        ]),
        (P2, A2, [
            ("2.1", "Appoint an Attendance and Welfare Officer and introduce weekly attendance panels for persistently absent pupils.",
             "Assistant Headteacher (Inclusion) & Attendance Officer", "Persistent absence of disadvantaged pupils falls below 25%.",
             "Oct 2025", "B", ["Assistant Headteacher (Inclusion)", "Attendance Officer"], "2025-10", None, "blue"),
            ("2.2", "Work with the local authority Education Welfare Service on early legal interventions for pupils below 90% attendance.",
             "Attendance Officer", "Fewer pupils below 90% attendance each half term.",
             "From Nov 2025, reviewed half-termly", "G", ["Attendance Officer"], None, "From Nov 2025, reviewed half-termly", "green"),
            ("2.3", "Report the attendance of disadvantaged pupils and pupils with SEND to every Local Governing Body meeting.",
             "Headteacher", "Governors' minutes show challenge on attendance.",
             "Each LGB meeting", "G", ["Headteacher"], None, "Each LGB meeting", "green"),
        ]),
        (P3, A3, [
            ("3.1", "Screen all Year 7 and Year 8 pupils with a standardised reading test and place the weakest readers in a phonics-based intervention.",
             "Reading Lead, SENDCo", "All pupils screened; intervention groups running from November.",
             "31 October 2025", "B", ["Reading Lead", "SENDCo"], "2025-10", None, "blue"),
            ("3.2", "Train form tutors to deliver the daily reading programme during tutor time.",
             "Reading Lead", "Reading ages of pupils in intervention improve by at least 12 months.",
             "Summer term 2026", "A", ["Reading Lead"], "2026-07", "Summer term 2026", "amber"),
        ]),
    ]
    lines = [title,
             "Inspection: 24–25 September 2025 (graded inspection)\tPlan approved by the Local Governing Body: 4 November 2025",
             "Overall effectiveness: Requires improvement",
             ""]
    expected = []
    for pri, afi, acts in blocks:
        lines.append(pri)
        lines.append("Area for improvement (from the inspection report):")
        lines.append(afi)
        lines.append(H)
        for (ref, action, lead, sc, ts, rag, elead, eend, etext, est) in acts:
            lines.append("\t".join([ref, action, lead, sc, ts, rag]))
            expected.append(act(ref, [pri, afi], action, elead, eend, est, end_text=etext))
        lines.append("")
    lines += ["RAG key: B = complete; G = on track / embedded; A = in progress, not yet secure; R = not started or at risk",
              "Notes: Progress against this plan is reviewed by the Local Governing Body each half term and by the Trust's Education Standards Committee."]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(
        name,
        source=("Imitates a secondary school's post-Ofsted action plan after a Requires improvement graded "
                "inspection (Thomas Alleyne's High School, Uttoxeter, 2025–26; content invented to the pattern "
                "of published post-inspection plans and The Key's governor guidance found via search), saved "
                "as a tab-separated text export. Copied features: title line, inspection/approval line, priority "
                "heading lines, the area for improvement quoted under a label line, a repeated tab header per "
                "priority, leads as school posts (two in some cells), school-term and frequency timescales, RAG "
                "letters with a key where B = complete, and a notes line."),
        reads=("Three priorities, each quoting one Ofsted area for improvement and listing two or three numbered "
               "actions (eight in all) with a lead, success criteria, timescale and RAG. Terms end in their "
               "last month; 'Termly', 'Each LGB meeting' and 'From Nov 2025, reviewed half-termly' give no end month."),
        title=title,
        actions=expected,
    )


if __name__ == "__main__":
    bnssg()
    raven()
    orr()
    parkfield()
    shropshire()
    tvpcc()
    alleynes()
    print("built 7 ou2 cases in", HERE)
