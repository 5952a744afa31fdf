"""Build the seven zqp- blind test files (set heldout714).

Run with /work/main/.venv/bin/python zqp_make.py  (writes next to this script).
Only files whose names start with zqp- are written.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zqp-")
    return os.path.join(HERE, name)


D = dt.datetime
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
BOLD = Font(bold=True)


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


RED = fill("FF0000")
AMBER = fill("FFC000")
GREEN = fill("00B050")
BLUE = fill("00B0F0")
GREY = fill("D9D9D9")
HEAD = fill("1F3864")
LILAC = fill("E4DFEC")
RAGFILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE, "C": BLUE}


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def header_row(ws, row, labels, fnt_color="FFFFFF", bg=HEAD):
    for c, lab in enumerate(labels, start=1):
        cell = ws.cell(row=row, column=c, value=lab)
        cell.font = Font(bold=True, color=fnt_color)
        cell.fill = bg
        cell.alignment = CENTRE
        cell.border = BOX


# ---------------------------------------------------------------------------
# 1. Loreburn Housing Association - internal audit recommendations tracker
#    (REFUSE: revised target date typed "Febuary 2026")
# ---------------------------------------------------------------------------
def make_loreburn():
    name = "zqp-loreburn-housing-association-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "Loreburn Housing Association – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit & Risk Committee – position at 31 October 2025 (for meeting on 25 November 2025)"
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "Dates shown are as agreed with management. Revised dates require ARC approval."
    cols = ["Ref", "Recommendation", "Grade", "Agreed management action",
            "Responsible officer", "Original target date", "Revised target date",
            "Progress update (October 2025)", "Status"]
    header_row(ws, 5, cols)
    widths(ws, [11, 48, 9, 52, 22, 13, 13, 44, 12])
    groups = [
        ("Rent Arrears and Income Management (2024/25) – Reasonable assurance", [
            ("LHA-24-01",
             "Arrears cases should be escalated in line with the Rent Arrears Policy timescales, with the reason recorded where escalation is deferred.",
             "Medium",
             "Configure automated escalation prompts in the housing management system and introduce monthly supervisor sampling of deferred cases.",
             "Income Manager", D(2025, 3, 31), D(2025, 9, 30),
             "Prompts live from August 2025; monthly sampling embedded and evidenced.", "Complete"),
            ("LHA-24-02",
             "Former tenant arrears write-offs should be approved in line with delegated authority and reported to the Board.",
             "Low",
             "Include a quarterly write-off schedule, showing the approving officer, in the Board finance report.",
             "Finance Manager", D(2025, 6, 30), None,
             "Included from the Q1 2025/26 report.", "Complete"),
        ]),
        ("Gas and Electrical Safety Compliance (2024/25) – Limited assurance", [
            ("LHA-24-05",
             "The Association should ensure that all properties have a valid EICR within five years and that overdue inspections are escalated to the Senior Management Team.",
             "High",
             "Complete the outstanding 212 EICRs through the new electrical contractor and report weekly compliance figures to SMT.",
             "Asset Manager", D(2025, 7, 31), D(2025, 12, 31),
             "174 of 212 complete. No-access cases referred for the forced access procedure.", "Amber"),
            ("LHA-24-06",
             "Contractor certificates should be checked for completeness before compliance records are updated.",
             "High",
             "Introduce a 10% quality check of gas and EICR certificates by the Compliance Officer, with results reported to ARC.",
             "Compliance Officer", D(2025, 6, 30), None,
             "Checks in place since June 2025; results reported to ARC in August.", "Complete"),
            ("LHA-24-07",
             "Compliance module data should be reconciled to the stock list every month.",
             "Medium",
             "Introduce a monthly reconciliation of the compliance module to the asset register, signed off by the Asset Manager.",
             "Asset Manager / Data Officer", D(2025, 9, 30), "Febuary 2026",
             "Reconciliation process drafted; first sign-off delayed by the housing system upgrade.", "Amber"),
        ]),
        ("Procurement and Contract Management (2025/26) – Reasonable assurance", [
            ("LHA-25-01",
             "A contracts register should be maintained showing contract values, end dates and contract owners.",
             "Medium",
             "Create a central contracts register and publish contracts above £50,000 as required by the Procurement Reform (Scotland) Act 2014.",
             "Corporate Services Manager", D(2025, 12, 31), None,
             "Register built in SharePoint; data collection from budget holders under way.", "Green"),
            ("LHA-25-02",
             "Procurement training should be provided to all budget holders.",
             "Low",
             "Deliver procurement awareness training to all budget holders and record attendance.",
             "Corporate Services Manager", D(2026, 3, 31), None,
             "Session booked with Scotland Excel for February 2026.", "Green"),
        ]),
        ("Follow-up: Governance and Annual Assurance Statement (2023/24)", [
            ("LHA-23-09",
             "Evidence supporting the Annual Assurance Statement should be held in a single evidence bank.",
             "Medium",
             "Complete the assurance evidence bank and present it to the Board before approval of the 2025 Annual Assurance Statement.",
             "Chief Executive; Governance Officer", D(2024, 10, 31), D(2025, 9, 30),
             "Evidence bank presented to the Board on 26/08/2025; Annual Assurance Statement submitted to the SHR.", "Complete"),
        ]),
    ]
    statfill = {"Complete": BLUE, "Amber": AMBER, "Green": GREEN, "Red": RED}
    r = 6
    typo_row = None
    for title, recs in groups:
        ws.cell(row=r, column=1, value=title).font = BOLD
        ws.cell(row=r, column=1).fill = LILAC
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec in recs:
            for c, v in enumerate(rec, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=9).fill = statfill[rec[8]]
            if rec[6] == "Febuary 2026":
                typo_row = r
            r += 1
    ws.freeze_panes = "A6"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of recommendations by audit"
    sm["A1"].font = Font(bold=True, size=12)
    header_row(sm, 3, ["Audit", "Assurance", "Total", "Complete", "Open – on track", "Open – revised date"])
    rows = [
        ("Rent Arrears and Income Management", "Reasonable", 2, 2, 0, 0),
        ("Gas and Electrical Safety Compliance", "Limited", 3, 1, 0, 2),
        ("Procurement and Contract Management", "Reasonable", 2, 0, 2, 0),
        ("Governance and Annual Assurance Statement (follow-up)", "n/a", 1, 1, 0, 0),
        ("Total", "", 8, 4, 2, 2),
    ]
    for i, row in enumerate(rows, start=4):
        for c, v in enumerate(row, start=1):
            sm.cell(row=i, column=c, value=v).border = BOX
    for c in range(1, 7):
        sm.cell(row=8, column=c).font = BOLD
    widths(sm, [50, 14, 8, 10, 16, 20])

    df = wb.create_sheet("Definitions")
    df["A1"] = "Recommendation grades"
    df["A1"].font = BOLD
    df.append(["High", "Significant weakness in control; action required within 3 months."])
    df.append(["Medium", "Weakness that should be addressed within 6 months."])
    df.append(["Low", "Improvement to good practice; address within 12 months."])
    df.append([])
    df.append(["Status"])
    df["A6"].font = BOLD
    df.append(["Complete", "Action implemented; evidence seen by internal audit."])
    df.append(["Green", "On track to meet the target date."])
    df.append(["Amber", "Revised date agreed or at risk of slippage."])
    df.append(["Red", "Overdue with no agreed revised date."])
    df["A7"].fill = BLUE
    df["A8"].fill = GREEN
    df["A9"].fill = AMBER
    df["A10"].fill = RED
    widths(df, [12, 70])
    wb.save(out(name))
    print(name, "typo at Tracker row", typo_row)


# ---------------------------------------------------------------------------
# 2. PA Housing (Paragon Asra) - strategic risk register with further actions
# ---------------------------------------------------------------------------
def make_paragon():
    name = "zqp-paragon-asra-housing-strategic-risk-register-2025-26.xlsx"
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "PA Housing – Strategic Risk Register 2025/26"
    cv["A1"].font = Font(bold=True, size=16)
    cv["A3"] = "Document control"
    cv["A3"].font = BOLD
    ctl = [
        ("Register owner", "Director of Governance"),
        ("Version", "2.3 (Q2 update)"),
        ("Reviewed by", "Audit & Risk Committee, 16 October 2025"),
        ("Approved by", "Board, 6 November 2025"),
        ("Next review", "Audit & Risk Committee, February 2026"),
        ("Classification", "Board – not for onward circulation"),
    ]
    for i, (k, v) in enumerate(ctl, start=4):
        cv.cell(row=i, column=1, value=k).font = BOLD
        cv.cell(row=i, column=2, value=v)
        cv.cell(row=i, column=1).border = BOX
        cv.cell(row=i, column=2).border = BOX
    cv["A11"] = "Version history"
    cv["A11"].font = BOLD
    header_row(cv, 12, ["Version", "Date", "Change"])
    hist = [
        ("2.1", D(2025, 4, 24), "Annual refresh of strategic risks approved by Board"),
        ("2.2", D(2025, 7, 17), "Q1 scores and actions updated; SR5 target score lowered"),
        ("2.3", D(2025, 10, 9), "Q2 scores and actions updated for ARC"),
    ]
    for i, h in enumerate(hist, start=13):
        for c, v in enumerate(h, start=1):
            cell = cv.cell(row=i, column=c, value=v)
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    widths(cv, [22, 45, 55])

    ws = wb.create_sheet("Risk Register")
    ws["A1"] = "PA Housing – Strategic Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Q2 update – position at 30 September 2025. Scores are likelihood x impact (5x5). Action RAG is shown by cell colour – see the Key sheet."
    cols = ["Strategic risk", "Risk owner", "Residual score Q1", "Residual score Q2",
            "Target score", "Ref", "Further action required", "Action owner",
            "Target date", "Progress commentary", "RAG"]
    header_row(ws, 4, cols)
    widths(ws, [30, 22, 10, 10, 9, 6, 50, 26, 12, 46, 7])
    risks = [
        ("SR1 – Building and fire safety compliance", "Executive Director of Assets & Sustainability", 12, 12, 8, [
            ("1.1", "Complete fire remediation works at the three remaining high-rise blocks in the external wall system (EWS) programme",
             "Head of Building Safety", D(2026, 3, 31),
             "Two blocks on site; third block awaiting Building Safety Regulator gateway approval.", "A"),
            ("1.2", "Implement the building safety case management module and migrate all higher-risk building safety cases",
             "Head of Building Safety / Head of IT", D(2025, 12, 31),
             "Module configured; migration of 14 safety cases planned for November.", "G"),
            ("1.3", "Commission a third-party audit of the fire door inspection regime in all blocks over 11 metres",
             "Compliance Manager", D(2025, 9, 30),
             "Audit completed September 2025 – substantial assurance.", "B"),
        ]),
        ("SR2 – Damp, mould and Awaab's Law readiness", "Director of Property Services", 16, 12, 6, [
            ("2.1", "Embed revised damp and mould triage and inspection timescales ahead of Awaab's Law phase 1 (27 October 2025)",
             "Director of Property Services", D(2025, 10, 27),
             "New timescales live from 1 October 2025; daily case monitoring in place.", "B"),
            ("2.2", "Complete stock condition surveys for the remaining 18% of homes, prioritising pre-1945 street properties",
             "Head of Asset Intelligence", D(2026, 3, 31),
             "Survey contractor behind profile (61% of target); recovery plan requested.", "A"),
        ]),
        ("SR3 – Financial viability and covenant headroom", "Chief Financial Officer", 9, 9, 6, [
            ("3.1", "Update the long-term financial plan and stress-test it against the combined downside scenario agreed by Board",
             "Chief Financial Officer", D(2025, 11, 30),
             "Draft plan to Finance Committee on 20 November 2025.", "G"),
            ("3.2", "Refresh the treasury strategy and secure additional revolving credit facility headroom",
             "Head of Treasury", "Q4 2025/26",
             "Two lenders engaged; terms expected January 2026.", "G"),
        ]),
        ("SR4 – Compliance with the consumer standards", "Director of Customer Experience", 12, 15, 8, [
            ("4.1", "Close data gaps in tenancy profiling (vulnerability, disability and language needs) to reach 90% completeness",
             "Head of Customer Insight", D(2026, 3, 31),
             "Completeness 58% against 75% profile; door-knocking campaign paused over summer.", "R"),
            ("4.2", "Deliver the TSM improvement plan actions on complaint handling and repairs satisfaction",
             "Director of Customer Experience", "Ongoing – reported quarterly",
             "Complaint handling satisfaction up 6 points since Q4 2024/25.", "G"),
        ]),
        ("SR5 – Cyber security and data protection", "Chief Operating Officer", 12, 10, 8, [
            ("5.1", "Achieve Cyber Essentials Plus re-certification",
             "Head of IT", D(2026, 1, 31),
             "Pre-assessment passed; external assessment booked for January.", "G"),
            ("5.2", "Run a cyber incident tabletop exercise with the Board and Executive Team",
             "Director of Governance", D(2025, 12, 31),
             "Date not yet agreed with the exercise provider.", "A"),
        ]),
    ]

    def scorefill(s):
        return RED if s >= 15 else AMBER if s >= 8 else GREEN

    r = 5
    for title, owner, q1, q2, tgt, acts in risks:
        first = r
        for ref, text, lead, due, prog, rag in acts:
            vals = [None, None, None, None, None, ref, text, lead, due, prog, None]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=11).fill = RAGFILL[rag]
            r += 1
        last = r - 1
        for c, v in enumerate([title, owner, q1, q2, tgt], start=1):
            cell = ws.cell(row=first, column=c, value=v)
            cell.alignment = WRAP if c <= 2 else CENTRE
            cell.border = BOX
            if c == 1:
                cell.font = BOLD
            if c in (3, 4, 5):
                cell.fill = scorefill(v)
            if last > first:
                ws.merge_cells(start_row=first, start_column=c, end_row=last, end_column=c)
    ws.freeze_panes = "A5"

    ky = wb.create_sheet("Key")
    ky["A1"] = "Scoring and RAG key"
    ky["A1"].font = Font(bold=True, size=12)
    ky["A3"] = "Risk score (likelihood x impact)"
    ky["A3"].font = BOLD
    for i, (lab, f) in enumerate([("15–25  High", RED), ("8–12  Medium", AMBER), ("1–6  Low", GREEN)], start=4):
        ky.cell(row=i, column=1, value=lab).fill = f
    ky["A8"] = "Action RAG (colour of the RAG cell)"
    ky["A8"].font = BOLD
    keyrows = [("Blue", "Action complete", BLUE), ("Green", "On track", GREEN),
               ("Amber", "Some slippage – recoverable", AMBER), ("Red", "Off track – Board attention needed", RED)]
    for i, (lab, desc, f) in enumerate(keyrows, start=9):
        ky.cell(row=i, column=1, value=lab).fill = f
        ky.cell(row=i, column=2, value=desc)
    widths(ky, [34, 40])
    wb.save(out(name))
    print(name)


# ---------------------------------------------------------------------------
# 3. SPSO - CMS replacement programme highlight report
# ---------------------------------------------------------------------------
def make_spso():
    name = "zqp-spso-case-management-system-replacement-programme-highlight-report.xlsx"
    wb = Workbook()
    hr = wb.active
    hr.title = "Highlight Report"
    hr["A1"] = "SPSO Case Management System (CMS) Replacement Programme – Highlight Report No. 11"
    hr["A1"].font = Font(bold=True, size=14)
    hr.merge_cells("A1:F1")
    info = [
        ("Reporting period", "1 September – 30 September 2025"),
        ("Prepared for", "CMS Programme Board, 8 October 2025"),
        ("Senior Responsible Owner", "Director of Corporate Services"),
        ("Programme Manager", "K. Dunlop"),
    ]
    for i, (k, v) in enumerate(info, start=3):
        hr.cell(row=i, column=1, value=k).font = BOLD
        hr.cell(row=i, column=2, value=v)
        hr.merge_cells(start_row=i, start_column=2, end_row=i, end_column=4)
    hr["A8"] = "Status summary"
    hr["A8"].font = Font(bold=True, size=12)
    header_row(hr, 9, ["Dimension", "Last period", "This period", "Comment"])
    dims = [
        ("Overall", "A", "A", "Go-live forecast moved from January to February 2026; within tolerance agreed by Board."),
        ("Schedule", "A", "A", "SIT and UAT slippage of 4–6 weeks."),
        ("Budget", "G", "G", "£412k spent of £986k approved; forecast on budget."),
        ("Scope", "G", "G", "No change requests this period."),
        ("Resources", "A", "R", "Data migration analyst vacancy; records team capacity."),
        ("Benefits", "G", "G", "Benefits profile unchanged."),
    ]
    for i, d in enumerate(dims, start=10):
        for c, v in enumerate(d, start=1):
            cell = hr.cell(row=i, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP if c in (1, 4) else CENTRE
            if c in (2, 3):
                cell.fill = RAGFILL[v]
        hr.cell(row=i, column=1).font = BOLD
    hr["A17"] = "Key achievements this period"
    hr["A17"].font = Font(bold=True, size=12)
    ach = ["• Trial data migration load #2 completed and reconciled.",
           "• Supplier release 1.4 deployed to the test environment.",
           "• Training needs analysis agreed with team leaders."]
    for i, t in enumerate(ach, start=18):
        hr.cell(row=i, column=1, value=t)
    hr["A22"] = "Planned for next period"
    hr["A22"].font = Font(bold=True, size=12)
    nxt = ["• Complete SIT defect retest and sign-off.",
           "• Start UAT with casework and SWF review teams.",
           "• Recruit interim data migration analyst."]
    for i, t in enumerate(nxt, start=23):
        hr.cell(row=i, column=1, value=t)
    hr["A27"] = "Top risks"
    hr["A27"].font = Font(bold=True, size=12)
    header_row(hr, 28, ["ID", "Risk", "Rating", "Mitigation"])
    rks = [
        ("R03", "Legacy document store volumes delay final migration", "16", "Retention cleanse prioritised; additional records staff requested"),
        ("R07", "Insufficient staff time for UAT during casework peak", "12", "UAT scheduled in two waves; backfill agreed for team leaders"),
    ]
    for i, rk in enumerate(rks, start=29):
        for c, v in enumerate(rk, start=1):
            cell = hr.cell(row=i, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
    hr["A32"] = "Decisions required from the Programme Board"
    hr["A32"].font = Font(bold=True, size=12)
    hr["A33"] = "Approve use of £18k programme contingency for an interim data migration analyst (October 2025 – January 2026)."
    widths(hr, [26, 34, 12, 60, 4, 4])

    ms = wb.create_sheet("Milestone Tracker")
    ms["A1"] = "CMS Replacement Programme – Milestone Tracker (Highlight Report No. 11)"
    ms["A1"].font = Font(bold=True, size=13)
    ms["A2"] = "Forecast / actual date shows the actual completion date where the milestone is complete."
    cols = ["Ref", "Milestone / deliverable", "Lead", "Baseline date",
            "Forecast / actual date", "Last period RAG", "This period RAG", "Commentary"]
    header_row(ms, 4, cols)
    widths(ms, [7, 55, 30, 12, 13, 10, 10, 50])
    ws_groups = [
        ("WS1 – Solution build and configuration", [
            ("M1.1", "Configuration of complaint intake and triage workflows completed in the new CMS",
             "Product Owner (Casework)", D(2025, 6, 30), D(2025, 7, 18), "G", "C",
             "Completed 18 July; signed off by Product Owner."),
            ("M1.2", "System integration testing (SIT) signed off, including web form and telephony integrations",
             "Technical Lead (supplier) / ICT Manager", D(2025, 8, 29), D(2025, 10, 24), "A", "A",
             "Retest of 23 defects under way; telephony connector patch due 10 October."),
            ("M1.3", "User acceptance testing (UAT) completed by casework and SWF review teams",
             "UAT Lead", D(2025, 9, 26), D(2025, 11, 21), "G", "A",
             "Start dependent on SIT sign-off."),
        ]),
        ("WS2 – Data migration", [
            ("M2.1", "Trial data migration load #2 reconciled with fewer than 0.5% exceptions",
             "Data Migration Lead", D(2025, 8, 15), D(2025, 9, 19), "A", "G",
             "0.3% exceptions; all explained and accepted."),
            ("M2.2", "Legacy document store (c. 1.2 million files) cleansed against the retention schedule before final migration",
             "Information Governance Manager", D(2025, 10, 31), D(2026, 1, 16), "A", "R",
             "Cleanse 38% complete; resourcing decision required (see Highlight Report)."),
        ]),
        ("WS3 – Business change and training", [
            ("M3.1", "Role-based training delivered to all complaints reviewers and SWF decision makers",
             "Business Change Manager", D(2025, 11, 28), D(2025, 12, 12), "G", "G",
             "Training schedule agreed; e-learning modules in build."),
            ("M3.2", "Revised casework procedures and quality standards published on the intranet",
             "Casework Quality Manager", D(2025, 12, 19), D(2025, 12, 19), "G", "G",
             "Drafts with team leaders for comment."),
        ]),
        ("WS4 – Information governance, security and go-live", [
            ("M4.1", "Data Protection Impact Assessment (DPIA) approved by the Senior Information Risk Owner",
             "Data Protection Officer", D(2025, 7, 31), D(2025, 7, 30), "G", "C",
             "Approved 30 July."),
            ("M4.2", "Independent penetration test completed and critical/high findings remediated before go-live",
             "ICT Manager", D(2025, 11, 14), D(2025, 11, 28), "G", "A",
             "Test window moved to follow SIT."),
            ("M4.3", "Go-live decision (Gate 4) approved by the Programme Board",
             "Senior Responsible Owner", D(2026, 1, 12), D(2026, 2, 9), "A", "A",
             "New date within Board tolerance of +6 weeks."),
        ]),
    ]
    r = 5
    for title, items in ws_groups:
        ms.cell(row=r, column=1, value=title).font = BOLD
        ms.cell(row=r, column=1).fill = GREY
        ms.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for it in items:
            for c, v in enumerate(it, start=1):
                cell = ms.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = CENTRE if c in (6, 7) else WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
                if c in (6, 7):
                    cell.fill = RAGFILL[v]
            r += 1
    ms.freeze_panes = "A5"

    kd = wb.create_sheet("RAG definitions")
    kd["A1"] = "RAG definitions"
    kd["A1"].font = BOLD
    defs = [("G", "On track – no intervention needed"),
            ("A", "At risk – recoverable within the programme's tolerances"),
            ("R", "Off track – Programme Board intervention required"),
            ("C", "Complete")]
    for i, (k, v) in enumerate(defs, start=2):
        kd.cell(row=i, column=1, value=k).fill = RAGFILL[k]
        kd.cell(row=i, column=2, value=v)
    widths(kd, [6, 60])
    wb.save(out(name))
    print(name)


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


def table(doc, headers, rows, head_fill="D9E2F3"):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        c = t.rows[0].cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        shade(c, head_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            parts = (v or "").split("\n")
            cells[i].text = parts[0]
            for p in parts[1:]:
                cells[i].add_paragraph(p)
    return t


# ---------------------------------------------------------------------------
# 4. Probation Board for Northern Ireland - ARAC action points log
# ---------------------------------------------------------------------------
def make_pbni():
    name = "zqp-probation-board-for-northern-ireland-arac-action-log.docx"
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph("PBNI Audit and Risk Assurance Committee – Action Points Log", style="Title")
    p = doc.add_paragraph("Updated for the meeting of 4 December 2025")
    p.runs[0].italic = True
    doc.add_paragraph(
        "Actions are listed under the meeting at which they were agreed. Actions rated Blue are "
        "complete and the Committee is asked to agree that they are removed from the log.")
    doc.add_paragraph(
        "RAG status: Green – on track; Amber – revised date agreed; Red – overdue; "
        "Blue – complete, closure proposed.")
    headers = ["Action No.", "Minute Ref", "Action", "Responsibility",
               "Target Date", "Revised Date", "Update", "RAG"]
    meetings = [
        ("Meeting of 6 March 2025", [
            ("AP 25/03", "6.2", "Head of Internal Audit to bring a follow-up report on the limited assurance audit of Victim Information Scheme records",
             "Head of Internal Audit", "June 2025", "December 2025",
             "Follow-up fieldwork completed November 2025; report on today's agenda (item 7).", "Amber"),
            ("AP 25/04", "8", "Circulate the updated Fraud Risk Assessment to members",
             "Director of Finance and Corporate Services", "April 2025", "",
             "Circulated by email 14 April 2025.", "Blue"),
        ]),
        ("Meeting of 12 June 2025", [
            ("AP 25/07", "5.1", "Add a specific corporate risk on the resilience of the probation case management system and report the risk assessment to the Committee",
             "Corporate Governance Manager", "September 2025", "",
             "Risk CR9 added; assessment reported September 2025.", "Blue"),
            ("AP 25/08", "7", "NIAO to update members on progress against the 2025-26 audit strategy and timetable",
             "NIAO", "Standing item – each meeting", "",
             "Update at item 9.", "Green"),
            ("AP 25/09", "9.3", "Review the gifts and hospitality register with a view to publishing it on the PBNI website each quarter",
             "Board Secretary", "September 2025", "January 2026",
             "Publication format agreed with the Department of Justice; first publication January 2026.", "Amber"),
            ("AP 25/10", "10", "Provide a briefing on the information security incident reported to the ICO in May 2025, including lessons learned",
             "Head of Information Governance; Head of ICT", "September 2025", "",
             "Briefing given in closed session on 11 September 2025.", "Blue"),
        ]),
        ("Meeting of 11 September 2025", [
            ("AP 25/14", "4.2", "Include a review of off-payroll working (IR35) arrangements in the draft 2026-27 internal audit plan",
             "Head of Internal Audit", "March 2026", "",
             "Included in draft plan scoping.", "Green"),
            ("AP 25/15", "6", "Bring forward a deep-dive review of the workforce risk (CR4), including sickness absence trends",
             "Head of Human Resources", "December 2025", "",
             "Deep dive scheduled for this meeting (item 5).", "Green"),
            ("AP 25/16", "8.1", "Confirm with the Department of Justice the 2025-26 budget allocation and the timetable for in-year monitoring returns",
             "Director of Finance and Corporate Services", "October 2025", "",
             "Awaiting written confirmation from DoJ Finance Directorate.", "Red"),
            ("AP 25/17", "11", "Complete the Committee self-assessment against the NIAO Audit and Risk Assurance Committee Handbook and report the results",
             "ARAC Chair / Board Secretary", "March 2026", "",
             "Questionnaire to issue to members in January 2026.", "Green"),
        ]),
    ]
    fills = {"Blue": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    counts = {}
    for heading, rows in meetings:
        doc.add_heading(heading, level=2)
        t = table(doc, headers, rows)
        for i, row in enumerate(rows, start=1):
            shade(t.rows[i].cells[7], fills[row[7]])
            counts[row[7]] = counts.get(row[7], 0) + 1
        doc.add_paragraph("")
    doc.add_heading("Summary of action status", level=2)
    table(doc, ["Blue", "Green", "Amber", "Red", "Total"],
          [[str(counts.get(k, 0)) for k in ["Blue", "Green", "Amber", "Red"]] + [str(sum(counts.values()))]])
    doc.add_paragraph("Prepared by: Board Secretary, 20 November 2025")
    doc.save(out(name))
    print(name, counts)


# ---------------------------------------------------------------------------
# 5. FareShare - Charity Commission regulatory compliance case action plan
# ---------------------------------------------------------------------------
def make_fareshare():
    name = "zqp-fareshare-charity-commission-regulatory-compliance-action-plan.docx"
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    doc.add_paragraph("FareShare – Charity Commission Regulatory Compliance Case: Action Plan", style="Title")
    p = doc.add_paragraph("Progress report to the Board of Trustees – 23 September 2025 (version 4)")
    p.runs[0].bold = True
    doc.add_heading("Document control", level=2)
    table(doc, ["Version", "Date", "Prepared by", "Changes"], [
        ["1", "12 February 2025", "Company Secretary", "Action plan agreed with the Charity Commission"],
        ["2", "24 April 2025", "Company Secretary", "Progress update for Board"],
        ["3", "26 June 2025", "Company Secretary", "Progress update; action 2.2 deadline extended with the Commission's agreement"],
        ["4", "23 September 2025", "Company Secretary", "Progress update for Board and return to the Commission"],
    ])
    doc.add_heading("Introduction", level=2)
    doc.add_paragraph(
        "Following its regulatory compliance case, the Charity Commission set out the regulatory requirements "
        "below and the trustees agreed the actions that follow each one. The Commission has asked to receive "
        "this plan, updated, each quarter until all actions are complete.")
    doc.add_paragraph("RAG: Complete – action finished and evidenced; Green – on track; Amber – at risk of missing the deadline; Red – deadline will be missed.")
    headers = ["Ref", "Action", "Lead", "Deadline", "Progress at September 2025", "RAG"]
    sections = [
        ("1. Governance and trustee oversight",
         "The trustees must be able to demonstrate that they exercise effective oversight of the charity's executive, with clear delegations and timely, accurate information reaching the Board.",
         [
             ("1.1", "Approve a revised scheme of delegation setting out matters reserved to the Board and financial authority limits",
              "Chair of Trustees / Company Secretary", "30 April 2025", "Approved by the Board on 24 April 2025.", "Complete"),
             ("1.2", "Commission an external governance review against the Charity Governance Code and report its findings to the Board",
              "Chair of Trustees", "31 October 2025", "Reviewer appointed July 2025; fieldwork complete, draft report due mid-October.", "Amber"),
             ("1.3", "Introduce a quarterly Board performance dashboard covering network compliance, finance and safeguarding.\nThe first dashboard is to be presented to the December 2025 Board meeting.",
              "Chief Executive", "December 2025", "Dashboard design agreed by Finance & Audit Committee.", "Green"),
         ]),
        ("2. Conflicts of interest and related party transactions",
         "The trustees must ensure that conflicts of interest are identified, recorded and managed in line with the charity's articles and the Commission's guidance, and that related party transactions are properly approved and disclosed.",
         [
             ("2.1", "Adopt an updated conflicts of interest policy and require all trustees and senior staff to complete an annual declaration",
              "Company Secretary", "31 May 2025", "Policy adopted May 2025; all declarations returned.", "Complete"),
             ("2.2", "Review all contracts with related parties entered into since April 2022 and record the Board's decision on each",
              "Chair of Finance & Audit Committee", "30 November 2025", "19 of 27 contracts reviewed; deadline extended from July with the Commission's agreement.", "Amber"),
         ]),
        ("3. Financial controls and reserves",
         "The trustees must put in place financial controls appropriate to the charity's size and complexity, and a reserves policy that reflects its risks.",
         [
             ("3.1", "Implement dual authorisation for all payments over £10,000 and remove legacy bank mandates",
              "Director of Finance", "30 June 2025", "Dual authorisation live; legacy mandates closed 20 June 2025.", "Complete"),
             ("3.2", "Review and approve a revised reserves policy with a justified target range",
              "Chair of Finance & Audit Committee", "31 December 2025", "Draft policy to Finance & Audit Committee in November.", "Green"),
             ("3.3", "Send the Commission the 2024-25 audited accounts together with the auditor's management letter",
              "Director of Finance", "31 January 2026", "Audit fieldwork under way.", "Green"),
         ]),
        ("4. Safeguarding and serious incident reporting",
         "The trustees must ensure that serious incidents are reported to the Commission promptly and that a trustee has lead responsibility for safeguarding.",
         [
             ("4.1", "Appoint a lead trustee for safeguarding and provide role-specific training",
              "Chair of Trustees", "30 April 2025", "Lead trustee appointed March 2025; training completed.", "Complete"),
             ("4.2", "Report the serious incident log, and any reports made to the Commission, to the Board",
              "Head of Safeguarding and Compliance", "Quarterly", "Reported in June and September 2025.", "Green"),
         ]),
    ]
    fills = {"Complete": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for heading, req, rows in sections:
        doc.add_heading(heading, level=1)
        p = doc.add_paragraph()
        p.add_run("What the Commission requires").bold = True
        p2 = doc.add_paragraph(req)
        p2.runs[0].italic = True
        t = table(doc, headers, rows)
        for i, row in enumerate(rows, start=1):
            shade(t.rows[i].cells[5], fills[row[5]])
        doc.add_paragraph("")
    doc.add_heading("Sign-off", level=2)
    table(doc, ["Approved by", "Name", "Date"], [
        ["Chair of Trustees", "", ""],
        ["Chief Executive", "", ""],
    ])
    doc.save(out(name))
    print(name)


# ---------------------------------------------------------------------------
# 6. Tenterden Town Council - governance action plan, Microsoft Planner export saved as CSV
# ---------------------------------------------------------------------------
def make_tenterden():
    name = "zqp-tenterden-town-council-governance-action-plan-planner-export.csv"
    hdr = ["Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To",
           "Created By", "Created Date", "Start Date", "Due Date", "Is Recurring", "Late",
           "Completed Date", "Completed By", "Completed Checklist Items", "Checklist Items",
           "Labels", "Description"]
    RM, DO, HP = "Rachel Moss", "Daniel Okafor", "Cllr Helen Price"
    B1 = "Internal audit 2024/25 points"
    B2 = "Policies & standing orders"
    B3 = "Assets, insurance & risk"
    tasks = [
        ("f3Kx0Lq7VUqZ1m2bN8a0pGUAJ4e1", "Reconcile the fixed asset register to the insurance schedule and add the Recreation Ground play equipment",
         B1, "In progress", "Important", DO, RM, "12/06/2025", "16/06/2025", "31/12/2025", "false", "false", "", "", "1", "Asset register updated;Broker valuation;Schedule comparison",
         "Amber", "Asset register updated for 2024/25 purchases. Insurance schedule comparison outstanding – awaiting broker's valuation."),
        ("Hq2vT9cP1ESkqw0mF0cJZWUAD8yb", "Record VAT reclaim calculations and submit the outstanding 2024/25 VAT126 claim",
         B1, "Completed", "Medium", DO, RM, "12/06/2025", "01/07/2025", "30/09/2025", "false", "false", "22/09/2025", DO, "", "",
         "", "Claim submitted 22/09/2025; repayment received 14/10/2025."),
        ("pL0sR4nW6k2Yc8xGQ1dTbGUAF0kz", "Attach a schedule of all payments over £500 to the minutes of each Full Council meeting",
         B1, "Completed", "Important", RM + ";" + DO, RM, "12/06/2025", "12/06/2025", "31/07/2025", "true", "false", "15/07/2025", RM, "", "",
         "", "In place from the July 2025 meeting."),
        ("Zt5bE1yM3oUa0jKp7WcRsmUAB6hn", "Publish the 2024/25 AGAR, external auditor's report and notice of conclusion of audit on the website",
         B1, "In progress", "Urgent", RM, RM, "12/06/2025", "01/07/2025", "30/09/2025", "false", "true", "", "", "1", "AGAR sections 1 and 2;External auditor report;Notice of conclusion",
         "Red", "External auditor's report not yet received – notice will be published within 7 days of receipt."),
        ("aV7nC2qX8rLe4hTy0PzUdGUAK3mw", "Adopt the latest NALC model Financial Regulations with local thresholds",
         B2, "Completed", "Important", RM, RM, "12/06/2025", "16/06/2025", "30/06/2025", "false", "false", "24/06/2025", RM, "", "",
         "", "Adopted at Full Council 23/06/2025 (minute FC/25/061)."),
        ("cR8mJ3vB5tNw1sLq9YxHeWUAH2pd", "Review Standing Orders and committee terms of reference and present them to Full Council",
         B2, "In progress", "Medium", RM + ";" + HP, RM, "12/06/2025", "01/09/2025", "27/01/2026", "false", "false", "", "", "0", "Working group review;Legal check;Full Council",
         "Green", "Working group meeting 02/12/2025."),
        ("eT1wK6pD0yQz3gHs5MbVcGUAL9rf", "Review the data protection, FOI publication scheme and document retention policies",
         B2, "Not started", "Low", DO, RM, "12/06/2025", "", "31/03/2026", "false", "false", "", "", "", "",
         "", ""),
        ("gY4hN9sF2uPx6bMr8KdWtWUAC5vj", "Update the council's risk register and present it to the Finance & General Purposes Committee",
         B3, "In progress", "Important", DO, RM, "12/06/2025", "13/10/2025", "18/11/2025", "false", "false", "", "", "", "",
         "Green", "Draft circulated to committee with the agenda."),
        ("jU6kQ0tH4wRz8cNp2LfXsGUAE7xm", "Obtain a condition survey of the Town Hall roof and include the works in the 2026/27 budget",
         B3, "Not started", "Medium", RM, RM, "12/06/2025", "", "15/01/2026", "false", "false", "", "", "", "",
         "", ""),
    ]
    with open(out(name), "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["Plan name", "Tenterden Town Council – Governance Action Plan 2025/26"])
        w.writerow(["Plan ID", "k3Hq8vX2mE-9bTzR4uYwLmQAC7pd"])
        w.writerow(["Export date", "17/11/2025"])
        w.writerow([])
        w.writerow(hdr)
        for t in tasks:
            assert len(t) == len(hdr)
            w.writerow(t)
    print(name)


# ---------------------------------------------------------------------------
# 7. British Steel (Scunthorpe) - HSE improvement notices tracker, tab-separated text
# ---------------------------------------------------------------------------
def make_british_steel():
    name = "zqp-british-steel-scunthorpe-hse-improvement-notices-action-tracker.txt"
    lines = [
        "British Steel – Scunthorpe Works: HSE Improvement Notices Compliance Action Tracker",
        "Exported from the SHE Actions database 10/11/2025 (tab-separated)",
        "",
        "\t".join(["Ref", "Action", "Owner", "Target date", "Revised date", "RAG", "Progress / evidence"]),
        "Improvement Notice 321478 – Work at height on coke oven battery tops (Work at Height Regulations 2005, regulation 6)",
        "\t".join(["1.1", "Install permanent edge protection on the east side of the Battery 2 top walkway",
                   "Coke Ovens Engineering Manager", "28/11/2025", "", "G",
                   "Steelwork fabricated; installation booked for shutdown w/c 17/11/2025."]),
        "\t".join(["1.2", "Review and re-issue the work at height risk assessments for battery top tasks, with operator consultation",
                   "Coke Ovens Area Manager; SHE Business Partner", "31/10/2025", "", "B",
                   "Re-issued 24/10/2025 and briefed to all four shifts. Evidence sent to HSE 27/10/2025."]),
        "\t".join(["1.3", "Deliver refresher training on the safe system of work for lid and ascension pipe cleaning",
                   "Training Coordinator", "31/10/2025", "12/12/2025", "A",
                   "62% of operators trained; remainder scheduled around the shift pattern."]),
        "",
        "Improvement Notice 321479 – Segregation of rail traffic and pedestrians at the Mills loading bay (Workplace (Health, Safety and Welfare) Regulations 1992, regulation 17)",
        "\t".join(["2.1", "Mark out and barrier a protected pedestrian route across the loading bay",
                   "Rail Services Manager", "14/11/2025", "", "G",
                   "Barriers delivered; lining contractor on site 12/11/2025."]),
        "\t".join(["2.2", "Fit warning lights and audible alarms at the loading bay rail entrance",
                   "Electrical Engineering Manager", "30/11/2025", "16/01/2026", "R",
                   "Supplier lead time 10 weeks – HSE inspector informed and extension requested; interim banksman control in place."]),
        "\t".join(["2.3", "Update the site traffic management plan and brief all contractors through the site induction",
                   "Logistics Manager / Contractor Safety Lead", "31/10/2025", "", "B",
                   "TMP rev 7 issued; induction updated 20/10/2025."]),
        "",
        "Improvement Notice 321502 – Thorough examination of lifting equipment (Lifting Operations and Lifting Equipment Regulations 1998, regulation 9)",
        "\t".join(["3.1", "Complete thorough examinations of all overdue overhead travelling cranes in the Rod Mill",
                   "Cranes Engineer", "05/12/2025", "", "A",
                   "9 of 14 cranes examined; remaining 5 need crane outages."]),
        "\t".join(["3.2", "Move the lifting equipment register into the SAP PM maintenance scheduling system with automatic due-date alerts",
                   "Maintenance Systems Lead", "30/01/2026", "", "G",
                   "Data load template agreed with the insurer's engineering surveyor."]),
        "",
        "\t".join(["Total actions: 8", "Complete: 2", "On track: 3", "At risk: 2", "Off track: 1"]),
        "RAG key: B = complete (evidence sent to HSE); G = on track; A = at risk; R = will miss the compliance date – extension requested",
    ]
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(name)


if __name__ == "__main__":
    make_loreburn()
    make_paragon()
    make_spso()
    make_pbni()
    make_fareshare()
    make_tenterden()
    make_british_steel()
