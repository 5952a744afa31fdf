#!/usr/bin/env python3
"""Build the seven og1- blind cases (data files + NAME.expected.yaml) in this folder.

Run with /work/main/.venv/bin/python (needs openpyxl, python-docx, pyyaml).
Only files whose names start with og1- are written.
"""
import csv
import datetime as dt
import os

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"
FILL = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def write_expected(name, source, reads, outcome, title, actions=None,
                   refuse_at=None, accept_refusal=False):
    doc = {"source": source, "reads": reads, "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        out = []
        for a in actions:
            d = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                 "lead": a["lead"], "end": a["end"]}
            if a.get("end_text"):
                d["end_text"] = a["end_text"]
            d["status"] = a["status"]
            out.append(d)
        doc["actions"] = out
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100)


# ---------------------------------------------------------------------------
# 1. Sutton internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def sutton():
    name = "og1-london-borough-of-sutton-internal-audit-recommendations-tracker.xlsx"
    D = dt.datetime
    audits = [
        ("Payroll 2024/25 – Limited assurance", [
            dict(ref="PAY/01", prio="High",
                 rec="Starters and leavers should be processed only on receipt of a fully authorised form, and the establishment list should be reconciled to the payroll each month.",
                 action="Introduce a monthly reconciliation of the establishment list to the payroll, signed off by the Payroll Manager and reviewed by the Head of HR Operations.",
                 lead_cell="Payroll Manager", lead=["Payroll Manager"],
                 orig=D(2025, 3, 31), rev=D(2025, 9, 30), end="2025-09", rag="B", status="blue",
                 upd="Reconciliation in place from April 2025. Three months’ evidence verified by Internal Audit – recommend closure."),
            dict(ref="PAY/02", prio="Medium",
                 rec="Overtime claims should be authorised by the budget holder before payment is made.",
                 action="Configure the self-service system so that overtime claims are routed to the budget holder for approval before they reach Payroll.",
                 lead_cell="Head of HR Operations / Digital Services Lead",
                 lead=["Head of HR Operations", "Digital Services Lead"],
                 orig=D(2025, 6, 30), rev=D(2026, 1, 31), end="2026-01", rag="A", status="amber",
                 upd="System change scheduled in the January release following the Oracle upgrade."),
        ]),
        ("Contract Management – Highways 2024/25 – Reasonable assurance", [
            dict(ref="HWY/01", prio="Medium",
                 rec="Contract performance meetings should be minuted and KPI performance reported to the contract board.",
                 action="Minute all monthly contract meetings and report the KPI scorecard to the Environment Contracts Board each quarter.",
                 lead_cell="Highways Contract Manager", lead=["Highways Contract Manager"],
                 orig=D(2025, 7, 31), rev=None, end="2025-07", rag="B", status="blue",
                 upd="Minutes and Q1 scorecard seen by Internal Audit."),
            dict(ref="HWY/02", prio="Low",
                 rec="The contract variation log should record who approved each variation and when.",
                 action="Add approver and approval date fields to the variation log and complete them retrospectively for 2024/25.",
                 lead_cell="Highways Contract Manager", lead=["Highways Contract Manager"],
                 orig=D(2025, 9, 30), rev="Dec 2025", end="2025-12", rag="A", status="amber",
                 upd="New log in use; retrospective entries 60% complete."),
        ]),
        ("Cyber Security – Patch Management 2025/26 – Limited assurance", [
            dict(ref="CYB/01", prio="High",
                 rec="All servers should be patched within the timescales set in the Patch Management Policy, with any exceptions formally risk-accepted.",
                 action="Produce a monthly patch compliance report for the Technology Board listing every server outside policy timescales.\nRisk-accept any remaining exceptions through the Information Governance Board.",
                 lead_cell="Head of Digital Infrastructure; Information Security Manager",
                 lead=["Head of Digital Infrastructure", "Information Security Manager"],
                 orig=D(2025, 12, 31), rev=None, end="2025-12", rag="G", status="green",
                 upd="First report produced for October Technology Board."),
            dict(ref="CYB/02", prio="Medium",
                 rec="Unsupported operating systems should be removed from the corporate network.",
                 action="Decommission or isolate the remaining Windows Server 2012 hosts.",
                 lead_cell="Head of Digital Infrastructure", lead=["Head of Digital Infrastructure"],
                 orig=D(2026, 3, 31), rev=None, end="2026-03", rag="G", status="green",
                 upd="4 of 7 hosts decommissioned."),
        ]),
        ("Direct Payments 2023/24 – Limited assurance", [
            dict(ref="DP/03", prio="High",
                 rec="Direct payment accounts should be audited at least annually and surplus balances recovered.",
                 action="Clear the backlog of annual direct payment account audits and recover surplus balances over £1,000.",
                 lead_cell="Head of Adult Social Care Finance", lead=["Head of Adult Social Care Finance"],
                 orig=D(2024, 12, 31), rev=D(2025, 8, 31), end="2025-08", rag="R", status="red",
                 upd="Backlog reduced from 214 to 96 accounts. Revised date missed; new date to be agreed with the Corporate Director."),
            dict(ref="DP/05", prio="Medium",
                 rec="The Direct Payments Policy should be refreshed to include the recovery of surplus balances.",
                 action="Update the Direct Payments Policy to set out the recovery process and obtain Lead Member approval.",
                 lead_cell="Direct Payments Team Manager", lead=["Direct Payments Team Manager"],
                 orig=D(2025, 3, 31), rev="Q4 2025/26", end="2026-03", rag="A", status="amber",
                 upd="Draft policy with Legal Services."),
        ]),
    ]
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "London Borough of Sutton – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Follow-up of agreed management actions: position at 31 October 2025"
    ws["A3"] = "Audit and Governance Committee, 24 November 2025 – Appendix B"
    ws["A3"].font = Font(italic=True)
    ws["A5"] = "Outstanding actions by priority"
    ws["A5"].font = Font(bold=True)
    hdr = ["Priority", "Reported", "Implemented", "In progress", "Overdue"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
        cell.border = BOX
    rows = [("High", 3, 1, 1, 1), ("Medium", 4, 1, 3, 0), ("Low", 1, 0, 1, 0), ("Total", 8, 2, 5, 1)]
    for r, vals in enumerate(rows, 7):
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            if vals[0] == "Total":
                cell.font = Font(bold=True)
    ws["A13"] = "RAG key"
    ws["A13"].font = Font(bold=True)
    key = [("B", BLUE, "Implemented – verified by Internal Audit"),
           ("G", GREEN, "Not yet due – on track"),
           ("A", AMBER, "Target date revised / some slippage"),
           ("R", RED, "Overdue – no revised date agreed")]
    for r, (k, col, txt) in enumerate(key, 14):
        ws.cell(row=r, column=1, value=k).fill = fill(col)
        ws.cell(row=r, column=2, value=txt)
    ws["A19"] = "Internal audit services are provided by the South West London Audit Partnership."
    ws["A19"].font = Font(italic=True)
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 40
    for col in "CDE":
        ws.column_dimensions[col].width = 14

    t = wb.create_sheet("Action tracker")
    t["A1"] = "Internal Audit – outstanding agreed actions (position at 31 October 2025)"
    t["A1"].font = Font(bold=True, size=12)
    heads = ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
             "Original target date", "Revised target date", "RAG", "Latest update (October 2025)"]
    for c, h in enumerate(heads, 1):
        cell = t.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX
    r = 4
    expected = []
    for audit, recs in audits:
        t.cell(row=r, column=1, value=audit).font = Font(bold=True)
        for c in range(1, 10):
            t.cell(row=r, column=c).fill = fill(GREY)
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for a in recs:
            vals = [a["ref"], a["prio"], a["rec"], a["action"], a["lead_cell"], a["orig"], a["rev"], a["rag"], a["upd"]]
            for c, v in enumerate(vals, 1):
                cell = t.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            t.cell(row=r, column=8).fill = fill(rag_fill[a["rag"]])
            t.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
            expected.append(dict(ref=a["ref"], under=[audit, a["rec"]], action=a["action"],
                                 lead=a["lead"], end=a["end"], status=a["status"]))
            r += 1
    r += 1
    t.cell(row=r, column=1, value="Total outstanding actions: 6 (2 recommended for closure)").font = Font(bold=True)
    t.cell(row=r + 1, column=1, value="Note: actions reported as implemented are verified by Internal Audit before they are closed.").font = Font(italic=True)
    widths = [9, 9, 38, 44, 26, 13, 13, 6, 40]
    for i, w in enumerate(widths, 1):
        t.column_dimensions[get_column_letter(i)].width = w
    t.freeze_panes = "A4"
    wb.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=("London Borough of Sutton, 2025: internal audit follow-up appendix of outstanding agreed "
                "management actions as reported to the Audit and Governance Committee (audit service from the "
                "South West London Audit Partnership). Copies a summary sheet with a totals-by-priority block and a "
                "B/G/A/R key, a tracker sheet with a merged grey row per audit (title, year, assurance opinion), "
                "recommendation and agreed action side by side, original and revised target dates, letter-and-fill RAG, "
                "job titles as responsible officers, a totals line and a note line."),
        reads=("Eight agreed management actions from four internal audits, each under its audit row and answering "
               "the recommendation beside it. Where a revised target date is given it replaces the original; the RAG "
               "letters follow the key on the Summary sheet, with B meaning implemented."),
        outcome="read",
        title="London Borough of Sutton – Internal Audit Recommendations Tracker",
        actions=expected)


# ---------------------------------------------------------------------------
# 2. Bromley corporate risk register with a mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
def bromley():
    name = "og1-london-borough-of-bromley-corporate-risk-register-typo-month-refuse.xlsx"
    D = dt.datetime
    risks = [
        ("CR1", "Medium-term financial sustainability",
         "Cause: rising demand in social care and temporary accommodation, and uncertainty over the Fair Funding Review.\nEvent: the council cannot set a balanced budget over the medium term.\nEffect: use of reserves, unplanned service reductions and possible s114 notice.",
         "Director of Finance",
         "Medium Term Financial Strategy refreshed annually; monthly budget monitoring to Executive; Transformation Programme Board.",
         (5, 5), (4, 5),
         [("Deliver the 2026/27 savings programme of £14.2m, with monthly tracking of each proposal by the Transformation Programme Board.", "Director of Finance", D(2026, 3, 31)),
          ("Complete the review of earmarked reserves and report the outcome to the Executive.", "Head of Corporate Finance", "Jan-26"),
          ("Respond to the Fair Funding Review consultation and model the impact on the four-year forecast.", "Head of Corporate Finance", "Q4 2025/26")]),
        ("CR4", "Children’s social care – placement sufficiency",
         "Cause: shortage of local foster carers and residential places.\nEvent: children placed out of borough in high-cost placements.\nEffect: poorer outcomes for children and budget overspend.",
         "Director of Children’s Social Care",
         "Sufficiency Strategy 2024–27; South London commissioning partnership; weekly placement panel.",
         (4, 4), (4, 3),
         [("Recruit 25 additional in-house foster carers through the Foster for Bromley campaign.", "Head of Fostering and Adoption", D(2026, 3, 31)),
          ("Open the second council-run children’s home (four beds).", "Head of Commissioning – Children", "Sept 2026")]),
        ("CR7", "Cyber security and ICT resilience",
         "Cause: increasing volume of ransomware and phishing attacks on local government.\nEvent: successful attack on council systems.\nEffect: loss of services and data, and regulatory action by the ICO.",
         "Director of IT and Digital",
         "Annual PSN compliance; multi-factor authentication; immutable back-ups; staff e-learning.",
         (4, 5), (3, 5),
         [("Test the ICT disaster recovery plan with a full failover exercise.", "Head of IT Infrastructure", D(2026, 2, 28)),
          ("Achieve Cyber Assessment Framework baseline for all critical systems.", "Information Security Manager", "Febuary 2026")]),
        ("CR11", "Temporary accommodation costs",
         "Cause: homelessness demand and private rented sector rents above Local Housing Allowance.\nEvent: continued rise in nightly-paid accommodation.\nEffect: significant overspend in the Housing budget.",
         "Director of Housing, Planning and Regeneration",
         "Homelessness prevention service; acquisition programme; monthly TA monitoring.",
         (5, 4), (4, 4),
         [("Acquire a further 80 properties for use as temporary accommodation.", "Head of Housing Strategy", "Mar-27"),
          ("Review and re-procure the nightly-paid accommodation framework.", "Head of Housing Needs", "Ongoing")]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = "London Borough of Bromley – Corporate Risk Register, Q3 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 31 December 2025 – Audit Sub-Committee, 4 February 2026"
    ws["A2"].font = Font(italic=True)
    ws.cell(row=4, column=6, value="Gross risk")
    ws.merge_cells("F4:H4")
    ws.cell(row=4, column=12, value="Current risk")
    ws.merge_cells("L4:N4")
    for c in (6, 12):
        ws.cell(row=4, column=c).font = Font(bold=True)
        ws.cell(row=4, column=c).alignment = Alignment(horizontal="center")
    heads = ["Risk ref", "Risk title", "Risk description (cause / event / effect)", "Risk owner",
             "Key controls in place", "L", "I", "Score", "Further actions required", "Action owner",
             "Target date", "L", "I", "Score", "Direction of travel"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("203864")
        cell.alignment = WRAP
        cell.border = BOX

    def score_fill(s):
        return RED if s >= 15 else AMBER if s >= 8 else GREEN

    r = 6
    typo_row = None
    dots = {"CR1": "↔", "CR4": "↓", "CR7": "↔", "CR11": "↑"}
    for ref, title, desc, owner, controls, gross, cur, acts in risks:
        first = r
        for (text, aowner, tdate) in acts:
            ws.cell(row=r, column=9, value=text)
            ws.cell(row=r, column=10, value=aowner)
            cell = ws.cell(row=r, column=11, value=tdate)
            if isinstance(tdate, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
            if tdate == "Febuary 2026":
                typo_row = r
            for c in range(1, 16):
                ws.cell(row=r, column=c).alignment = WRAP
                ws.cell(row=r, column=c).border = BOX
            r += 1
        last = r - 1
        vals = {1: ref, 2: title, 3: desc, 4: owner, 5: controls,
                6: gross[0], 7: gross[1], 8: gross[0] * gross[1],
                12: cur[0], 13: cur[1], 14: cur[0] * cur[1], 15: dots[ref]}
        for c, v in vals.items():
            ws.cell(row=first, column=c, value=v)
            if last > first:
                ws.merge_cells(start_row=first, start_column=c, end_row=last, end_column=c)
        ws.cell(row=first, column=8).fill = fill(score_fill(gross[0] * gross[1]))
        ws.cell(row=first, column=14).fill = fill(score_fill(cur[0] * cur[1]))
    ws.cell(row=r + 1, column=1, value="Direction of travel: ↑ risk increasing   ↔ no change   ↓ risk reducing").font = Font(italic=True)
    widths = [8, 24, 48, 22, 36, 4, 4, 7, 48, 26, 13, 4, 4, 7, 10]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    m = wb.create_sheet("Scoring matrix")
    m["A1"] = "Risk scoring matrix (likelihood × impact)"
    m["A1"].font = Font(bold=True)
    for i in range(1, 6):
        m.cell(row=2, column=i + 1, value=i).font = Font(bold=True)
        m.cell(row=i + 2, column=1, value=6 - i).font = Font(bold=True)
        for j in range(1, 6):
            s = (6 - i) * j
            cell = m.cell(row=i + 2, column=j + 1, value=s)
            cell.fill = fill(score_fill(s))
    m["A9"] = "Red 15–25: escalate to Corporate Leadership Team; Amber 8–12: manage within department; Green 1–6: monitor."
    wb.save(os.path.join(HERE, name))
    assert typo_row is not None
    write_expected(
        name,
        source=("London Borough of Bromley, 2025/26: quarterly corporate risk register appendix of the kind taken to "
                "the Audit Sub-Committee. Copies the cause/event/effect description, gross and current "
                "likelihood × impact scores under merged group headings, score fills, key controls, further actions "
                "with action owners and target dates, a risk cell merged down over its actions, a direction-of-travel "
                "arrow and legend, and a separate scoring-matrix sheet."),
        reads=("Four corporate risks, each with two or three further actions, owners and target dates. The target "
               f"date of the second cyber-security action (sheet row {typo_row}) reads 'Febuary 2026', a mistyped "
               "month, so a careful reader would stop and ask before recording it."),
        outcome="refuse",
        title="London Borough of Bromley – Corporate Risk Register, Q3 2025/26",
        refuse_at=typo_row)
    return typo_row


# ---------------------------------------------------------------------------
# 3. Ealing Council Plan delivery plan, Q2 report (xlsx, sheet per priority, fill-only RAG)
# ---------------------------------------------------------------------------
def ealing():
    name = "og1-ealing-council-plan-2022-26-delivery-plan-q2-2025-26-report.xlsx"
    D = dt.datetime
    priorities = [
        ("1 Good jobs", "Priority 1: Creating good jobs", [
            ("1.1 Deliver genuinely affordable homes for local people", [
                dict(ref="1.1a", action="Start on site for 120 new council homes through the Housing Delivery Programme.",
                     lead_cell="Director of Housing Delivery", lead=["Director of Housing Delivery"],
                     due="Q3 2025/26", end="2025-12", q1="green", q2="amber",
                     note="Contractor procurement extended by six weeks; start on site now expected January."),
                dict(ref="1.1b", action="Adopt the new Local Plan following the examination in public.",
                     lead_cell="Head of Planning Policy", lead=["Head of Planning Policy"],
                     due="Mar-26", end="2026-03", q1="green", q2="green",
                     note="Inspector’s hearings concluded in September."),
            ]),
            ("1.2 Help residents into good, well-paid work", [
                dict(ref="1.2a", action="Support 1,000 residents into employment through the council’s employment and skills service.",
                     lead_cell="Head of Economic Growth and Skills", lead=["Head of Economic Growth and Skills"],
                     due=D(2026, 3, 31), end="2026-03", q1="green", q2="green",
                     note="512 residents supported into work at end of Q2."),
                dict(ref="1.2b", action="Increase the number of local employers signed up to the Good Work Standard to 60.",
                     lead_cell="Head of Economic Growth and Skills / Procurement Lead",
                     lead=["Head of Economic Growth and Skills", "Procurement Lead"],
                     due="Ongoing", end=None, end_text="Ongoing", q1="amber", q2="green",
                     note="47 employers signed up."),
            ]),
        ]),
        ("2 Climate crisis", "Priority 2: Tackling the climate crisis", [
            ("2.1 Cut the council’s own carbon emissions", [
                dict(ref="2.1a", action="Complete heat decarbonisation works at five council buildings funded by the Public Sector Decarbonisation Scheme.",
                     lead_cell="Head of Climate Action", lead=["Head of Climate Action"],
                     due="Dec 2025", end="2025-12", q1="green", q2="blue",
                     note="All five sites completed and commissioned in September."),
                dict(ref="2.1b", action="Replace 2,500 street lights with LED lanterns.",
                     lead_cell="Highways Asset Manager", lead=["Highways Asset Manager"],
                     due=D(2026, 3, 31), end="2026-03", q1="amber", q2="red",
                     note="Supplier delays; 640 lanterns installed. Recovery plan going to the November programme board."),
            ]),
            ("2.2 Plant trees and protect our green spaces", [
                dict(ref="2.2a", action="Plant 8,000 trees during the 2025/26 planting season, prioritising wards with the lowest canopy cover.",
                     lead_cell="Head of Parks and Open Spaces / Tree Officer",
                     lead=["Head of Parks and Open Spaces", "Tree Officer"],
                     due="Nov 2025 – Mar 2026", end="2026-03", end_text="Nov 2025 – Mar 2026", q1="green", q2="green",
                     note="Planting schedule agreed; stock ordered."),
            ]),
        ]),
        ("3 Inequality", "Priority 3: Fighting inequality", [
            ("3.1 Tackle the cost-of-living crisis", [
                dict(ref="3.1a", action="Launch the Household Support Fund 2025/26 scheme and distribute the full grant to eligible households.",
                     lead_cell="Head of Financial Inclusion", lead=["Head of Financial Inclusion"],
                     due=D(2025, 9, 30), end="2025-09", q1="green", q2="blue",
                     note="Full allocation distributed by 26 September."),
                dict(ref="3.1b", action="Open two further family hubs in Southall and Northolt.",
                     lead_cell="Assistant Director – Early Help", lead=["Assistant Director – Early Help"],
                     due="Q4 2025/26", end="2026-03", q1="green", q2="amber",
                     note="Southall hub open; Northolt building works delayed."),
            ]),
        ]),
    ]
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Ealing Council Plan 2022–2026: Delivery Plan 2025/26"
    cv["A1"].font = Font(bold=True, size=16)
    cv["A2"] = "Quarter 2 progress report (July – September 2025)"
    cv["A2"].font = Font(size=12)
    cv["A4"] = "Document control"
    cv["A4"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Change"),
          ("0.3", "14/10/2025", "Strategy and Performance Team", "Q2 updates from service leads"),
          ("1.0", "28/10/2025", "Strategy and Performance Team", "Agreed by Corporate Leadership Team for Cabinet")]
    for i, row in enumerate(dc, 5):
        for j, v in enumerate(row, 1):
            cell = cv.cell(row=i, column=j, value=v)
            cell.border = BOX
            if i == 5:
                cell.font = Font(bold=True)
                cell.fill = fill(GREY)
    cv["A10"] = "RAG key"
    cv["A10"].font = Font(bold=True)
    for i, (col, txt) in enumerate([(BLUE, "Complete"), (GREEN, "On track"),
                                    (AMBER, "Some risk to delivery – mitigation in place"),
                                    (RED, "Off track – intervention needed")], 11):
        cv.cell(row=i, column=1).fill = fill(col)
        cv.cell(row=i, column=2, value=txt)
    cv["A16"] = "Note: RAG ratings are shown by cell colour. Q1 is the rating reported to Cabinet in August 2025; Q2 is the current rating."
    cv["A16"].font = Font(italic=True)
    cv.column_dimensions["A"].width = 12
    cv.column_dimensions["B"].width = 44
    cv.column_dimensions["C"].width = 30
    cv.column_dimensions["D"].width = 44

    expected = []
    for sheet, ptitle, commitments in priorities:
        ws = wb.create_sheet(sheet)
        ws["A1"] = ptitle
        ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
        ws["A1"].fill = fill("7030A0")
        ws.merge_cells("A1:H1")
        heads = ["Ref", "Council Plan commitment", "Milestone / deliverable 2025/26", "Lead officer(s)",
                 "Due", "Q1", "Q2", "Q2 commentary"]
        for c, h in enumerate(heads, 1):
            cell = ws.cell(row=3, column=c, value=h)
            cell.font = Font(bold=True)
            cell.fill = fill(GREY)
            cell.border = BOX
            cell.alignment = WRAP
        r = 4
        for ctext, items in commitments:
            first = r
            for a in items:
                ws.cell(row=r, column=1, value=a["ref"])
                ws.cell(row=r, column=3, value=a["action"])
                ws.cell(row=r, column=4, value=a["lead_cell"])
                cell = ws.cell(row=r, column=5, value=a["due"])
                if isinstance(a["due"], dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=6).fill = fill(FILL[a["q1"]])
                ws.cell(row=r, column=7).fill = fill(FILL[a["q2"]])
                ws.cell(row=r, column=8, value=a["note"])
                for c in range(1, 9):
                    ws.cell(row=r, column=c).border = BOX
                    ws.cell(row=r, column=c).alignment = WRAP
                e = dict(ref=a["ref"], under=[ptitle, ctext], action=a["action"], lead=a["lead"],
                         end=a["end"], status=a["q2"])
                if a.get("end_text"):
                    e["end_text"] = a["end_text"]
                expected.append(e)
                r += 1
            ws.cell(row=first, column=2, value=ctext)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        for i, w in enumerate([7, 30, 48, 30, 14, 5, 5, 44], 1):
            ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=("Ealing Council, 2025: quarterly progress report on the Council Plan 2022–26 delivery plan "
                "(priorities: creating good jobs, tackling the climate crisis, fighting inequality), as taken to "
                "Cabinet. Copies a cover sheet with document-control table and colour RAG key, one sheet per "
                "priority with a banner title, commitments merged down over their milestones, Q1 (previous) and Q2 "
                "(current) RAG shown by fill colour only, and a Q2 commentary column."),
        reads=("Nine milestones across three priority sheets, each under its priority banner and the Council Plan "
               "commitment merged beside it. The current status is the Q2 colour (blue = complete per the key); due "
               "dates are quarters, months, a date, 'Ongoing' and a planting season period."),
        outcome="read",
        title="Ealing Council Plan 2022–2026: Delivery Plan 2025/26",
        actions=expected)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Put text in a cell; '\n' starts a new paragraph."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for part in parts[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(part)
        rr.bold = bold


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Royal Greenwich SCP LCSPR Child L action plan (docx, table per learning theme)
# ---------------------------------------------------------------------------
def greenwich():
    name = "og1-royal-greenwich-scp-lcspr-child-l-action-plan.docx"
    themes = [
        ("Learning Theme 1: Hearing and acting on the voice of the child", [
            ("Recommendation 1: Partner agencies should ensure that practitioners record the child’s lived experience in the child’s own words, and that this informs assessment and planning.", [
                dict(ref="1.1", action="Revise the Child and Family Assessment template so that the child’s views are recorded in their own words in a dedicated section.",
                     lead_cell="Head of Service – Assessment and Intervention", lead=["Head of Service – Assessment and Intervention"],
                     date="March 2025", end="2025-03", rag="Green", status="green",
                     upd="Template revised and tested with practitioners; goes live on the case recording system on 3 March."),
                dict(ref="1.2", action="Deliver a multi-agency briefing on ‘Seeing the child’ to practitioners across health, education and police, and evaluate its impact through the practitioner survey.",
                     lead_cell="RGSCP Training Manager", lead=["RGSCP Training Manager"],
                     date="Autumn term 2024", end="2024-12", rag="Blue", status="blue",
                     upd="Four briefings delivered to 212 practitioners. Survey: 87% report greater confidence."),
            ]),
            ("Recommendation 2: The Partnership should seek assurance that health practitioners follow up children who are not brought to appointments.", [
                dict(ref="2.1", action="Audit compliance with the Was Not Brought policy across health visiting, school nursing and community paediatrics.",
                     lead_cell="Designated Nurse for Safeguarding Children (SEL ICB)", lead=["Designated Nurse for Safeguarding Children (SEL ICB)"],
                     date="30/04/2025", end="2025-04", rag="Amber", status="amber",
                     upd="Audit tool agreed; community paediatrics data delayed by system migration."),
                dict(ref="2.2", action="Report the audit findings and any remedial actions to the Quality Assurance Sub-group.",
                     lead_cell="Designated Nurse for Safeguarding Children (SEL ICB)", lead=["Designated Nurse for Safeguarding Children (SEL ICB)"],
                     date="June 2025", end="2025-06", rag="Not started", status="unrated",
                     upd="Dependent on 2.1."),
            ]),
        ]),
        ("Learning Theme 2: Information sharing at the front door", [
            ("Recommendation 3: MASH partners should review how information from schools and health is gathered at the point of referral.", [
                dict(ref="3.1", action="Review the MASH information-gathering protocol with education and health partners, including timescales for returning checks.",
                     lead_cell="MASH Service Manager / DI Public Protection (Met Police)",
                     lead=["MASH Service Manager", "DI Public Protection (Met Police)"],
                     date="31/01/2025", end="2025-01", rag="Blue", status="blue",
                     upd="Revised protocol signed off by the Partnership Executive in January."),
                dict(ref="3.2", action="Test the revised protocol through a multi-agency dip sample of 20 contacts and report the findings to the Partnership Executive.",
                     lead_cell="RGSCP Business Manager", lead=["RGSCP Business Manager"],
                     date="February 2025\nRevised: May 2025", end="2025-05", rag="Amber", status="amber",
                     upd="Dip sample moved to allow three months of the new protocol to bed in."),
            ]),
        ]),
        ("Learning Theme 3: Professional curiosity about adults in the household", [
            ("Recommendation 4: All partner agencies should ensure that practitioners ask about, and record, the adults who live in or regularly visit the household.", [
                dict(ref="4.1", action="Add a mandatory ‘household members and significant adults’ prompt to police, health visiting and children’s social care recording systems.",
                     lead_cell="Head of Quality Assurance; Named Nurse Safeguarding Children",
                     lead=["Head of Quality Assurance", "Named Nurse Safeguarding Children"],
                     date="Summer term 2025", end="2025-07", rag="Green", status="green",
                     upd="Children’s social care prompt live; health visiting change request submitted."),
                dict(ref="4.2", action="Include ‘unseen men’ in the 2025/26 multi-agency training programme and the RGSCP newsletter.",
                     lead_cell="RGSCP Training Manager", lead=["RGSCP Training Manager"],
                     date="Ongoing", end=None, end_text="Ongoing", rag="Green", status="green",
                     upd="Module written; first session booked for May."),
            ]),
        ]),
    ]
    rag_fill = {"Green": GREEN, "Amber": AMBER, "Blue": BLUE, "Red": RED}
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "Royal Greenwich Safeguarding Children Partnership\tOFFICIAL"
    doc.add_heading("Child L – Local Child Safeguarding Practice Review: Multi-agency Action Plan", level=0)
    doc.add_paragraph("Progress update for the Partnership Executive, 12 February 2025")
    dct = doc.add_table(rows=0, cols=2)
    dct.style = "Table Grid"
    for k, v in [("Review", "Child L LCSPR (published October 2024)"),
                 ("Plan owner", "RGSCP Business Manager"),
                 ("Monitored by", "Learning and Improvement Sub-group"),
                 ("Version", "4.0"),
                 ("Last updated", "3 February 2025")]:
        row = dct.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG key").bold = True
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for col, word, txt in [(BLUE, "Blue", "Action complete and impact evidenced"),
                           (GREEN, "Green", "On track"),
                           (AMBER, "Amber", "At risk of delay"),
                           (RED, "Red", "Not on track / overdue")]:
        row = kt.add_row().cells
        set_cell(row[0], word, bold=True)
        shade(row[0], col)
        set_cell(row[1], txt)
    expected = []
    for theme, recs in themes:
        doc.add_heading(theme, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in enumerate(["No.", "Action", "Lead", "Target date", "Progress update", "RAG"]):
            set_cell(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], "DEEAF6")
        for rec, acts in recs:
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[5])
            set_cell(merged, rec, bold=True)
            shade(merged, "F2F2F2")
            for a in acts:
                cells = t.add_row().cells
                set_cell(cells[0], a["ref"])
                set_cell(cells[1], a["action"])
                set_cell(cells[2], a["lead_cell"])
                set_cell(cells[3], a["date"])
                set_cell(cells[4], a["upd"])
                set_cell(cells[5], a["rag"])
                if a["rag"] in rag_fill:
                    shade(cells[5], rag_fill[a["rag"]])
                e = dict(ref=a["ref"], under=[theme, rec], action=a["action"], lead=a["lead"],
                         end=a["end"], status=a["status"])
                if a.get("end_text"):
                    e["end_text"] = a["end_text"]
                expected.append(e)
        doc.add_paragraph()
    doc.add_paragraph("Next review: Learning and Improvement Sub-group, April 2025. Completed actions remain on the plan until the Partnership Executive agrees that impact has been evidenced.")
    doc.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=("Royal Greenwich Safeguarding Children Partnership, 2024–25: multi-agency action plan for a "
                "local child safeguarding practice review (Child L), as reported to the Partnership Executive. "
                "Copies a landscape Word layout with a running header, a document-control table, a shaded RAG key "
                "table, one table per learning theme under a heading, a merged shaded recommendation row above its "
                "numbered actions, job titles as leads, term and original/revised target dates, and a closing note."),
        reads=("Eight actions under three learning themes, each answering the recommendation written in the merged "
               "row above it. Status is the RAG word (Blue = complete); 3.2 has a revised target date of May 2025 "
               "below the original February date."),
        outcome="read",
        title="Child L – Local Child Safeguarding Practice Review: Multi-agency Action Plan",
        actions=expected)


# ---------------------------------------------------------------------------
# 5. Teeswide SAB SAR 'Jean' action plan (docx, one table, recommendation merged down)
# ---------------------------------------------------------------------------
def teeswide():
    name = "og1-teeswide-sab-sar-jean-action-plan.docx"
    recs = [
        ("1. TSAB partners should be assured that the Mental Capacity Act is applied where there are concerns about self-neglect and repeated refusal of care.", [
            dict(ref="1a", action="Deliver MCA and executive functioning workshops for adult social care, community nursing and housing practitioners across the four Tees local authorities.",
                 lead_cell="TSAB Learning and Development Officer", lead=["TSAB Learning and Development Officer"],
                 date="Mar 2025", end="2025-03", status_cell="Blue", status="blue",
                 upd="Six workshops delivered (148 practitioners). Evaluation report to PAQ Sub-Group."),
            dict(ref="1b", action="Audit 40 cases of self-neglect to test whether capacity assessments are decision-specific and recorded.",
                 lead_cell="Chair of the Performance, Audit and Quality Sub-Group",
                 lead=["Chair of the Performance, Audit and Quality Sub-Group"],
                 date="Q1 2025/26", end="2025-06", status_cell="Green", status="green",
                 upd="Audit completed in June; findings being collated for the March Board."),
        ]),
        ("2. The Board should seek assurance that hospital discharge planning for people who self-neglect includes a multi-agency risk meeting.", [
            dict(ref="2a", action="Amend the discharge-to-assess pathway so that a High Risk Adults Panel referral is considered before discharge where self-neglect is identified.",
                 lead_cell="Head of Integrated Discharge (North Tees and Hartlepool NHS FT) / Head of Integrated Discharge (South Tees Hospitals NHS FT)",
                 lead=["Head of Integrated Discharge (North Tees and Hartlepool NHS FT)",
                       "Head of Integrated Discharge (South Tees Hospitals NHS FT)"],
                 date="By end of September 2025", end="2025-09", status_cell="Amber", status="amber",
                 upd="Pathway amended at North Tees; South Tees change awaiting governance sign-off."),
            dict(ref="2b", action="Refresh the Teeswide Self-Neglect Guidance to include:\n• hoarding and fire risk, with Cleveland Fire Brigade\n• escalation when a person repeatedly declines care",
                 lead_cell="TSAB Business Manager", lead=["TSAB Business Manager"],
                 date="31/07/2025", end="2025-07", status_cell="Blue", status="blue",
                 upd="Revised guidance published August 2025."),
        ]),
        ("3. Partners should ensure that carers’ assessments are offered and recorded when a family member provides substantial care.", [
            dict(ref="3a", action="Add a carer’s assessment prompt to the adult social care assessment form in each local authority.",
                 lead_cell="Principal Social Worker (Hartlepool); Principal Social Worker (Middlesbrough); Principal Social Worker (Redcar & Cleveland); Principal Social Worker (Stockton-on-Tees)",
                 lead=["Principal Social Worker (Hartlepool)", "Principal Social Worker (Middlesbrough)",
                       "Principal Social Worker (Redcar & Cleveland)", "Principal Social Worker (Stockton-on-Tees)"],
                 date="Dec 2025", end="2025-12", status_cell="Green", status="green",
                 upd="Live in three of the four authorities; Stockton-on-Tees form change scheduled for November."),
            dict(ref="3b", action="Run a carers’ awareness campaign during Carers Week 2025.",
                 lead_cell="TSAB Communication and Engagement Sub-Group", lead=["TSAB Communication and Engagement Sub-Group"],
                 date="June 2025", end="2025-06", status_cell="Blue", status="blue",
                 upd="Campaign ran 9–15 June 2025."),
        ]),
        ("4. The Board should share the learning from this review across the partnership.", [
            dict(ref="4a", action="Publish a 7-minute briefing and hold two practitioner learning events.",
                 lead_cell="TSAB Business Manager", lead=["TSAB Business Manager"],
                 date="Ongoing", end=None, end_text="Ongoing", status_cell="Green", status="green",
                 upd="Briefing published; first learning event held 21 May 2025."),
        ]),
    ]
    sfill = {"Green": GREEN, "Amber": AMBER, "Blue": BLUE, "Red": RED}
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.sections[0].header.paragraphs[0].text = "Teeswide Safeguarding Adults Board"
    doc.add_heading("Safeguarding Adults Review ‘Jean’ – Action Plan", level=0)
    doc.add_paragraph("Position at 15 January 2026. This plan sets out the multi-agency actions agreed in response "
                      "to the recommendations of the SAR published in November 2024. Progress is monitored by the "
                      "TSAB SAR Sub-Group and reported to the Board quarterly.")
    doc.add_paragraph("Status key: Blue = complete; Green = on track; Amber = at risk of slippage; "
                      "Red = overdue / not on track.")
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for c, h in enumerate(["SAR recommendation", "No.", "Action agreed", "Lead(s)", "Timescale",
                           "Update / evidence", "Status"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "BDD7EE")
    expected = []
    for rec, acts in recs:
        first = None
        for a in acts:
            row = t.add_row()
            cells = row.cells
            if first is None:
                first = row
                set_cell(cells[0], rec)
            set_cell(cells[1], a["ref"])
            set_cell(cells[2], a["action"])
            set_cell(cells[3], a["lead_cell"])
            set_cell(cells[4], a["date"])
            set_cell(cells[5], a["upd"])
            set_cell(cells[6], a["status_cell"])
            shade(cells[6], sfill[a["status_cell"]])
            last = row
            e = dict(ref=a["ref"], under=[rec], action=a["action"], lead=a["lead"], end=a["end"],
                     status=a["status"])
            if a.get("end_text"):
                e["end_text"] = a["end_text"]
            expected.append(e)
        if last is not first:
            first.cells[0].merge(last.cells[0])
    doc.add_paragraph()
    st = doc.add_table(rows=0, cols=3)
    st.style = "Table Grid"
    for vals in [("Action plan agreed by", "TSAB SAR Sub-Group", "14 January 2025"),
                 ("Last reviewed by", "TSAB Board", "15 January 2026"),
                 ("Next review", "TSAB Board", "April 2026")]:
        cells = st.add_row().cells
        for c, v in enumerate(vals):
            set_cell(cells[c], v, bold=(c == 0))
    doc.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=("Teeswide Safeguarding Adults Board (Hartlepool, Middlesbrough, Redcar & Cleveland, Stockton-on-Tees), "
                "2024–26: multi-agency action plan for a safeguarding adults review, as monitored by the TSAB SAR "
                "Sub-Group. Copies a header with the board name, a title, an introductory paragraph, a one-line status "
                "key, a single landscape table with each SAR recommendation merged down beside its lettered actions, "
                "several leads and long job titles in one cell, a bulleted action cell, and a sign-off table."),
        reads=("Seven actions answering four numbered SAR recommendations; each action is read under the "
               "recommendation cell merged beside it. Status is the colour word in the Status column (Blue = complete "
               "per the key); timescales are months, a quarter, a date, 'By end of September 2025' and 'Ongoing'."),
        outcome="read",
        title="Safeguarding Adults Review ‘Jean’ – Action Plan",
        actions=expected)


# ---------------------------------------------------------------------------
# 6. Haringey Health and Wellbeing Board action log (csv)
# ---------------------------------------------------------------------------
def haringey():
    name = "og1-haringey-health-and-wellbeing-board-action-log.csv"
    acts = [
        dict(ref="HWB/24/07", met="14/11/2024",
             action="Share the draft Pharmaceutical Needs Assessment 2025 consultation link with Board members and partner organisations.",
             owner="Director of Public Health", lead=["Director of Public Health"],
             due="31/01/2025", end="2025-01", rag="Complete", status="blue",
             upd="Link circulated 9 December 2024."),
        dict(ref="HWB/24/08", met="14/11/2024",
             action="Bring a report on childhood immunisation uptake by ward, with the NCL ICB improvement plan, to the March meeting.",
             owner="Mensah, Abena", lead=["Mensah, Abena"],
             due="11/03/2025", end="2025-03", rag="Complete", status="blue",
             upd="Report taken at item 8, 11 March 2025."),
        dict(ref="HWB/24/09", met="14/11/2024",
             action="Confirm the Board’s representative on the North Central London Population Health and Inequalities Board.",
             owner="Chair / Head of Governance", lead=["Chair", "Head of Governance"],
             due="Dec-24", end="2024-12", rag="Red", status="red",
             upd="Overdue – nomination to be agreed by the Chair before the June meeting."),
        dict(ref="HWB/25/01", met="11/03/2025",
             action="Circulate the final Better Care Fund 2025/26 plan to Board members.\nThe plan to be signed off by the Chair under delegated authority before the national deadline.",
             owner="AD Commissioning (Adults)", lead=["AD Commissioning (Adults)"],
             due="31/03/2025", end="2025-03", rag="Green", status="green",
             upd="Plan in final draft."),
        dict(ref="HWB/25/02", met="11/03/2025",
             action="Hold a Board development session on the Haringey Deal and co-production with residents.",
             owner="Tom Ward and Priya Shah", lead=["Tom Ward", "Priya Shah"],
             due="Jun-25", end="2025-06", rag="Green", status="green",
             upd="Date being agreed with the Chair’s office."),
        dict(ref="HWB/25/03", met="11/03/2025",
             action="Report on the Joint Health and Wellbeing Strategy outcomes framework, including the first year of indicator data.",
             owner="Consultant in Public Health", lead=["Consultant in Public Health"],
             due="Sept 2025", end="2025-09", rag="Not started", status="unrated",
             upd=""),
        dict(ref="HWB/25/04", met="11/03/2025",
             action="Keep the Board informed of progress on the Wood Green integrated neighbourhood team pilot.",
             owner="Dr K. Osei; L. Brennan", lead=["Dr K. Osei", "L. Brennan"],
             due="Ongoing", end=None, end_text="Ongoing", rag="Green", status="green",
             upd="Standing item at each meeting."),
    ]
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["Haringey Health and Wellbeing Board – Action Log", "", "", "", "", "", ""])
        w.writerow(["Updated following the meeting of 11 March 2025", "", "", "", "", "", ""])
        w.writerow(["", "", "", "", "", "", ""])
        w.writerow(["Action ref", "Meeting date", "Action", "Owner", "Due date", "Status", "Update"])
        for a in acts:
            w.writerow([a["ref"], a["met"], a["action"], a["owner"], a["due"], a["rag"], a["upd"]])
        w.writerow(["", "", "", "", "", "", ""])
        w.writerow(["Status key: Complete = action closed; Green = on track; Amber = some delay; Red = overdue", "", "", "", "", "", ""])
        w.writerow(["Completed actions are removed from the log once they have been reported to one meeting.", "", "", "", "", "", ""])
    expected = [dict(ref=a["ref"], under=[], action=a["action"], lead=a["lead"], end=a["end"],
                     end_text=a.get("end_text"), status=a["status"]) for a in acts]
    write_expected(
        name,
        source=("Haringey Health and Wellbeing Board, 2024–25: the board's rolling action log as published with the "
                "meeting papers, saved as CSV. Copies the title and 'updated following' lines, action refs by year, "
                "meeting date, owners as job titles, a surname-first name and pairs of names, a quoted multi-line "
                "action, Complete/RAG status words, and a key and notes line after the table."),
        reads=("Seven actions from two Board meetings with no theme headings. Status words follow the key "
               "(Complete = closed); one owner is written surname first and is one person."),
        outcome="read",
        title="Haringey Health and Wellbeing Board – Action Log",
        actions=expected)


# ---------------------------------------------------------------------------
# 7. Safer Islington Partnership DHR 'Amina' action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def islington():
    name = "og1-safer-islington-partnership-dhr-amina-action-plan.txt"
    R1 = "Recommendation 1 – Islington Council and its housing partners should ensure that domestic abuse is routinely asked about when tenants report anti-social behaviour or noise."
    R2 = "Recommendation 2 – NCL ICB should strengthen the route from GP practices into MARAC."
    R3 = "Recommendation 3 – The Metropolitan Police should assure the Partnership that DASH risk assessments are completed and reviewed for repeat call-outs."
    R4 = "Recommendation 4 (National) – The Home Office should consider including guidance on economic abuse of older victims in the DHR statutory guidance."
    lines = [
        "Safer Islington Partnership – Domestic Homicide Review ‘Amina’: Action Plan",
        "Version 3 – updated 20 January 2025 for the Safer Islington Partnership Board",
        "",
        "RAG key: C = Complete   G = On track   A = Some slippage   R = Off track",
        "",
        "No.\tAction\tScope\tLead\tTarget date\tRAG\tProgress",
    ]
    expected = []

    def act(ref, text, scope, lead_cell, lead, date, end, rag, status, prog, under, end_text=None, cont=None):
        lines.append("\t".join([ref, text, scope, lead_cell, date, rag, prog]))
        full = text
        if cont:
            lines.append("\t" + cont + "\t\t\t\t\t")
            full = text + "\n" + cont
        e = dict(ref=ref, under=[under], action=full, lead=lead, end=end, status=status)
        if end_text:
            e["end_text"] = end_text
        expected.append(e)

    lines.append(R1)
    act("1.1", "Introduce routine enquiry about domestic abuse into the housing ASB case management procedure.", "Local",
        "Housing Operations Manager (LBI)", ["Housing Operations Manager (LBI)"], "Mar-25", "2025-03", "G", "green",
        "Procedure drafted; staff briefings booked for February.", R1)
    act("1.2", "Deliver domestic abuse awareness training to all tenancy management and ASB officers, with refresher training every two years.", "Local",
        "VAWG Strategic Lead (LBI) & Housing Operations Manager (LBI)",
        ["VAWG Strategic Lead (LBI)", "Housing Operations Manager (LBI)"], "31/05/2025", "2025-05", "A", "amber",
        "Trainer capacity limited until April; 40% of officers trained.", R1)
    lines.append(R2)
    act("2.1", "Review the MARAC referral pathway so that referrals from GP practices", "Local",
        "Designated Nurse Safeguarding Adults (NCL ICB)", ["Designated Nurse Safeguarding Adults (NCL ICB)"],
        "Q2 2025/26", "2025-09", "G", "green", "Pathway review group first met in December.", R2,
        cont="are accepted directly and the practice is told the outcome of the MARAC.")
    act("2.2", "Share the learning from this review with all Islington GP practices through the safeguarding leads forum.", "Local",
        "Named GP for Safeguarding Adults", ["Named GP for Safeguarding Adults"], "Dec-24", "2024-12", "C", "blue",
        "Presented at the forum on 4 December 2024.", R2)
    lines.append(R3)
    act("3.1", "Audit a sample of repeat domestic abuse call-outs to check that DASH risk assessments were completed and reviewed by a supervisor.", "Local",
        "Detective Inspector (Central North BCU)", ["Detective Inspector (Central North BCU)"], "30 June 2025", "2025-06", "R", "red",
        "Audit not yet scoped owing to BCU restructure; escalated to the Partnership Board.", R3)
    act("3.2", "Present MARAC performance data to the VAWG Strategic Board.", "Local",
        "MARAC Coordinator", ["MARAC Coordinator"], "Quarterly", None, "G", "green",
        "Q3 data presented January 2025.", R3, end_text="Quarterly")
    lines.append(R4)
    act("4.1", "Write to the Home Office DHR team setting out the panel’s learning on economic abuse of older victims.", "National",
        "Chair of the Safer Islington Partnership Board", ["Chair of the Safer Islington Partnership Board"], "Nov-24", "2024-11", "C", "blue",
        "Letter sent 18 November 2024.", R4)
    lines += [
        "",
        "Completed actions remain on the plan until it is signed off by the Home Office Quality Assurance Panel.",
        "Contact: Community Safety Team, Islington Council",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")
    write_expected(
        name,
        source=("Safer Islington Partnership (Islington community safety partnership), 2024–25: domestic homicide "
                "review action plan of the kind published with the overview report, as a tab-separated text export. "
                "Copies the title and version lines, a one-line C/G/A/R key, a header row, each recommendation on its "
                "own line (with a local/national scope column for actions), numbered actions, an action that wraps "
                "onto a continuation line, two leads joined by '&', and closing note lines."),
        reads=("Seven actions under four recommendation lines; the wrapped line after 2.1 continues its action text. "
               "RAG letters follow the key (C = complete); 'Quarterly' is not a month."),
        outcome="read",
        title="Safer Islington Partnership – Domestic Homicide Review ‘Amina’: Action Plan",
        actions=expected)


if __name__ == "__main__":
    sutton()
    row = bromley()
    ealing()
    greenwich()
    teeswide()
    haringey()
    islington()
    print("built seven og1 cases; Bromley typo on sheet row", row)
