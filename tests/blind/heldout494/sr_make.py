"""Build the seven sr- blind cases (data files and their expected readings).

Run with: /work/main/.venv/bin/python sr_make.py
Writes only files whose names start with "sr-" into this folder.
"""
import datetime as dt
import os
import re

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def path(name):
    assert name.startswith("sr-") or name.startswith("sr_")
    return os.path.join(HERE, name)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def write_expected(name, data):
    class D(yaml.SafeDumper):
        pass

    def str_rep(dumper, s):
        style = "|" if "\n" in s and len(s) > 200 else None
        if re.fullmatch(r"\d{4}-\d{2}|[0-9.]+", s):
            style = '"'
        return dumper.represent_scalar("tag:yaml.org,2002:str", s, style=style)

    D.add_representer(str, str_rep)
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.dump(data, f, Dumper=D, sort_keys=False, allow_unicode=True, width=100)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------------------
# 1. Portsmouth Water - Ofwat leakage recovery action plan (xlsx)
# ---------------------------------------------------------------------------
def portsmouth_water():
    name = "sr-portsmouth-water-ofwat-leakage-recovery-action-plan.xlsx"
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Portsmouth Water Ltd"
    cv["A1"].font = Font(bold=True, size=12, color="1F4E79")
    title = "Leakage Performance Commitment – Recovery Action Plan 2024–25"
    cv["A2"] = title
    cv["A2"].font = Font(bold=True, size=16)
    cv["A3"] = "Response to Ofwat’s letter of 12 November 2024 on 2023–24 leakage underperformance"
    cv["A3"].font = Font(italic=True)
    cv["A5"] = "Document control"
    cv["A5"].font = Font(bold=True)
    dc = [
        ("Version", "Date", "Author", "Approved by", "Notes"),
        ("v1.0", dt.datetime(2024, 12, 13), "Head of Regulation", "Executive Leadership Team", "Submitted to Ofwat"),
        ("v1.2", dt.datetime(2025, 1, 31), "Head of Regulation", "Executive Leadership Team", "Q3 progress update"),
        ("v1.3", dt.datetime(2025, 3, 28), "Head of Regulation", "Board Operations & Regulation Committee", "Q4 progress update"),
    ]
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            c = cv.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("D9E1F2")
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cv["A11"] = "RAG key"
    cv["A11"].font = Font(bold=True)
    key = [("B", "Blue – Action complete"), ("G", "Green – On track to deliver by target date"),
           ("A", "Amber – At risk; mitigation in place"), ("R", "Red – Will not be delivered by target date")]
    for i, (k, txt) in enumerate(key):
        c = cv.cell(row=12 + i, column=1, value=k)
        c.fill = fill(FILL[k])
        c.font = Font(bold=True, color="FFFFFF" if k in "BRG" else "000000")
        c.alignment = Alignment(horizontal="center")
        cv.cell(row=12 + i, column=2, value=txt)
    for col, w in zip("ABCDE", (12, 24, 22, 38, 22)):
        cv.column_dimensions[col].width = w

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Leakage Recovery Action Plan – progress at 28 March 2025"
    ws.merge_cells("A1:H1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Executive owner: Director of Operations   |   Reported to: Board Operations & Regulation "
                "Committee   |   Next Ofwat update: 30 June 2025")
    ws.merge_cells("A2:H2")
    ws["A2"].font = Font(italic=True, size=9)
    hdr = ["Ref", "Action", "Accountable owner", "Original target date", "Revised target date",
           "Previous RAG (Dec-24)", "Current RAG (Mar-25)", "Progress update (March 2025)"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E79")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    D = dt.datetime
    T1 = "Theme 1 – Find and fix"
    F1 = ("Ofwat finding 1: Active leakage control resource did not keep pace with the rise in reported and "
          "detected leaks during the 2023–24 freeze-thaw period.")
    F2 = ("Ofwat finding 2: Night-flow data was not used consistently to target detection effort by District "
          "Metered Area (DMA).")
    T2 = "Theme 2 – Pressure management"
    F3 = ("Ofwat finding 3: Pressure management schemes have not been reviewed since 2019 and several pressure "
          "reducing valves were found operating outside their set points.")
    T3 = "Theme 3 – Customer-side leakage and transparency"
    F4 = ("Ofwat finding 4: The annual performance report did not explain the drivers of underperformance "
          "clearly to customers.")
    rows = [
        ("theme", T1), ("finding", F1),
        ("act", "1.1", "Recruit and train six additional leakage technicians and two night-flow analysts to bring "
                "the detection team to full establishment.", "Head of Water Networks", D(2024, 11, 30), None,
         "G", "B", "All eight posts filled by 18 November 2024; training completed 20 January 2025."),
        ("act", "1.2", "Extend the leak repair contract to provide weekend and evening repair gangs from "
                "December to March.", "Head of Water Networks / Commercial Manager", D(2024, 12, 31), None,
         "A", "B", "Contract variation signed 9 December 2024; additional gangs mobilised 16 December."),
        ("act", "1.3", "Reduce the average time from awareness to repair to 5 days for visible leaks and 10 days "
                "for non-visible leaks.", "Head of Water Networks", D(2025, 3, 31), D(2025, 9, 30),
         "A", "A", "Visible leaks averaging 6.2 days in March. Revised date agreed by ELT while the backlog from "
                   "the February trunk main burst is cleared."),
        ("finding", F2),
        ("act", "1.4", "Replace failed DMA meter loggers and restore data availability to at least 95% of DMAs.",
         "Network Data Manager", D(2025, 2, 28), D(2025, 5, 31), "R", "A",
         "Logger supply delayed by manufacturer; 88% data availability at end of March."),
        ("act", "1.5", "Introduce a weekly DMA prioritisation meeting using night-flow and acoustic logger data "
                "to direct detection teams.", "Leakage Manager", "Jan-25", None, "G", "B",
         "Weekly meeting in place from 6 January 2025; terms of reference approved."),
        ("theme", T2), ("finding", F3),
        ("act", "2.1", "Survey all 212 pressure reducing valves (PRVs) and recalibrate those operating outside "
                "set points.", "Network Maintenance Manager", D(2025, 4, 30), None, "A", "G",
         "168 of 212 surveyed; 31 recalibrated. Remaining 44 scheduled for April."),
        ("act", "2.2", "Design and install pressure management in the four highest-leakage DMAs identified in "
                "the 2024 review (Cosham, Havant North, Emsworth and Fareham East).\nSchemes to be "
                "commissioned in priority order.", "Head of Asset Strategy", "Q2 2025/26", None, "New", "G",
         "Outline designs complete for Cosham and Havant North."),
        ("theme", T3), ("finding", F4),
        ("act", "3.1", "Publish a plain-English leakage recovery statement on the company website and update it "
                "quarterly.", "Head of Regulation; Head of Customer Communications", D(2025, 1, 31), None,
         "G", "B", "Published 27 January 2025; Q4 update issued 28 March 2025."),
        ("act", "3.2", "Offer free supply-pipe leak repairs to household customers where the leak is identified "
                "by company metering.", "Customer Services Director", D(2025, 6, 30), D(2025, 10, 31),
         "G", "A", "Policy approved; launch moved to align with the new billing system go-live."),
    ]
    r = 5
    for row in rows:
        if row[0] == "theme":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True, size=12)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1).fill = fill("BDD7EE")
        elif row[0] == "finding":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(italic=True)
            c.alignment = WRAP
            c.fill = fill("F2F2F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 30
        else:
            _, ref, text, owner, orig, rev, prev, cur, upd = row
            vals = [ref, text, owner, orig, rev, prev, cur, upd]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for j, v in ((6, prev), (7, cur)):
                c = ws.cell(row=r, column=j)
                c.alignment = Alignment(horizontal="center", vertical="top")
                if v in FILL:
                    c.fill = fill(FILL[v])
                    c.font = Font(bold=True, color="FFFFFF" if v in "BRG" else "000000")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes: RAG status is assessed by the accountable owner and reviewed by the "
                                   "Leakage Programme Board. Revised dates require ELT approval and are "
                                   "reported to Ofwat.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    for col, w in zip("ABCDEFGH", (7, 60, 28, 14, 14, 12, 12, 48)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of action status – March 2025"
    sm["A1"].font = Font(bold=True, size=12)
    summ = [("Status", "Dec-24", "Mar-25"), ("Complete (Blue)", 0, 4), ("Green", 4, 2),
            ("Amber", 3, 3), ("Red", 1, 0), ("New", 1, 0), ("Total", 9, 9)]
    for i, row in enumerate(summ):
        for j, v in enumerate(row):
            c = sm.cell(row=3 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0 or i == len(summ) - 1:
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 18
    wb.save(path(name))

    acts = [
        act("1.1", [T1, F1], rows[2][2], ["Head of Water Networks"], "2024-11", "blue"),
        act("1.2", [T1, F1], rows[3][2], ["Head of Water Networks", "Commercial Manager"], "2024-12", "blue"),
        act("1.3", [T1, F1], rows[4][2], ["Head of Water Networks"], "2025-09", "amber"),
        act("1.4", [T1, F2], rows[6][2], ["Network Data Manager"], "2025-05", "amber"),
        act("1.5", [T1, F2], rows[7][2], ["Leakage Manager"], "2025-01", "blue"),
        act("2.1", [T2, F3], rows[10][2], ["Network Maintenance Manager"], "2025-04", "green"),
        act("2.2", [T2, F3], rows[11][2], ["Head of Asset Strategy"], "2025-09", "green"),
        act("3.1", [T3, F4], rows[14][2], ["Head of Regulation", "Head of Customer Communications"], "2025-01",
            "blue"),
        act("3.2", [T3, F4], rows[15][2], ["Customer Services Director"], "2025-10", "amber"),
    ]
    write_expected(name, {
        "source": ("Imitates the recovery/undertaking action plans water companies send Ofwat after "
                   "performance-commitment underperformance (e.g. the leakage and supply-interruption recovery "
                   "plans published by Affinity, South East and Thames Water, 2023-25), as a board-committee "
                   "spreadsheet. Copied features: cover sheet with document-control table and RAG key, theme "
                   "rows merged across the sheet, the regulator's finding in a merged italic row above its "
                   "actions, job titles as owners (two in one cell with '/' and ';'), original and revised "
                   "target dates (real dates and text such as 'Jan-25' and 'Q2 2025/26'), previous and current "
                   "RAG letters on coloured fills ('New' for a new action), progress comments, a notes line and "
                   "a separate summary-count sheet."),
        "reads": ("A water company's leakage recovery plan answering four Ofwat findings grouped in three "
                  "themes; nine numbered actions each with an accountable owner, original and sometimes "
                  "revised target date, and a Dec-24 and Mar-25 RAG. The current (Mar-25) RAG and the "
                  "revised date where given are the status and end."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    })
    return name, len(acts)


# ---------------------------------------------------------------------------
# 2. Cambridgeshire and Peterborough CA - strategic risk register (xlsx)
# ---------------------------------------------------------------------------
def cpca():
    name = "sr-cambridgeshire-peterborough-ca-strategic-risk-register-2025-26.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = "Cambridgeshire and Peterborough Combined Authority"
    ws["A1"].font = Font(bold=True, size=12, color="7030A0")
    title = "Strategic Risk Register – Quarter 2 2025/26"
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=16)
    ws["A3"] = "Position at 30 September 2025  |  Audit and Governance Committee, 28 November 2025 – Appendix 1"
    ws["A3"].font = Font(italic=True)
    hdr = ["Risk", "Risk description (cause / event / consequence)", "Risk owner", "Inherent score (L × I)",
           "Current score (L × I)", "Target score (L × I)", "Direction of travel", "Action ref",
           "Further actions to reduce the risk", "Action owner", "Target date", "Action RAG"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    D = dt.datetime
    risks = [
        ("SR01 – Medium-term financial sustainability",
         "If the Authority cannot close the funding gap in the Medium-Term Financial Plan, caused by the end "
         "of time-limited grants and inflation on transport contracts, then it may be unable to deliver its "
         "agreed priorities and may need to draw on reserves.",
         "Executive Director of Resources and Performance", "4 × 4 = 16", "3 × 4 = 12", "2 × 4 = 8", "↔",
         [("SR01.1", "Complete the 2026/27 budget-setting process with a balanced draft budget presented to "
                     "the Board in January 2026.", "Chief Finance Officer", D(2026, 1, 31), GREEN),
          ("SR01.2", "Agree with government the treatment of the integrated settlement from 2026/27 and "
                     "reflect it in the Medium-Term Financial Plan.", "Chief Finance Officer", "Q4 2025/26",
           AMBER),
          ("SR01.3", "Review all reserves and earmarked balances and report the outcome to the Audit and "
                     "Governance Committee.", "Head of Finance", D(2025, 9, 30), BLUE)]),
        ("SR02 – Bus franchising implementation",
         "If the franchising scheme is not mobilised on time and to budget, because of depot acquisition, "
         "fleet supply or operator market response, then services could be disrupted at transition and the "
         "Authority’s reputation and finances could be affected.",
         "Executive Director of Transport", "4 × 5 = 20", "4 × 4 = 16", "3 × 4 = 12", "↑",
         [("SR02.1", "Secure the strategic depot sites needed for franchised operation, including completion "
                     "of the Huntingdon depot purchase.", "Director of Transport; Head of Bus Franchising",
           "Mar-26", AMBER),
          ("SR02.2", "Launch the first franchise lot procurement and hold market engagement events with "
                     "operators.", "Head of Bus Franchising", "Q3 2025/26", GREEN),
          ("SR02.3", "Report programme milestones, risks and spend monthly to the Bus Franchising Programme "
                     "Board and quarterly to the Transport and Infrastructure Committee.",
           "Executive Director of Transport", "Ongoing", GREEN)]),
        ("SR03 – Governance and Best Value improvement",
         "If the Authority does not sustain the improvements made in response to the Best Value Notice, then "
         "the Secretary of State may consider further intervention and the confidence of constituent "
         "councils and partners could weaken.",
         "Chief Executive", "3 × 5 = 15", "2 × 5 = 10", "2 × 4 = 8", "↓",
         [("SR03.1", "Complete the constitution review recommended by the Independent Improvement Board and "
                     "implement the agreed changes.", "Monitoring Officer", D(2025, 12, 31), GREEN),
          ("SR03.2", "Report progress on the Improvement Plan to every meeting of the Audit and Governance "
                     "Committee.", "Chief Executive", "Each meeting", GREEN)]),
        ("SR04 – Cyber security and information governance",
         "If the Authority suffers a successful cyber attack or a serious data breach, then systems and data "
         "could be unavailable or lost, leading to service disruption, regulatory action by the ICO and "
         "financial loss.",
         "Executive Director of Resources and Performance", "4 × 4 = 16", "3 × 4 = 12", "2 × 4 = 8", "↔",
         [("SR04.1", "Complete the Cyber Essentials Plus reassessment and close the high-priority findings "
                     "from the 2025 penetration test.", "Head of ICT", D(2025, 11, 30), RED),
          ("SR04.2", "Deliver mandatory information governance and phishing awareness training to all staff "
                     "and Board members.", "Data Protection Officer", "Dec-25", AMBER)]),
    ]
    r = 6
    for title_r, desc, owner, inh, cur, tgt, dot, actions in risks:
        first = r
        for ref, text, aown, due, colour in actions:
            for j, v in enumerate([ref, text, aown, due], start=8):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            c = ws.cell(row=r, column=12)
            c.fill = fill(colour)
            c.border = BOX
            r += 1
        last = r - 1
        for j, v in enumerate([title_r, desc, owner, inh, cur, tgt, dot], start=1):
            c = ws.cell(row=first, column=j, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="center" if j >= 4 else None)
            if j == 1:
                c.font = Font(bold=True)
            for rr in range(first, last + 1):
                ws.cell(row=rr, column=j).border = BOX
            if last > first:
                ws.merge_cells(start_row=first, start_column=j, end_row=last, end_column=j)
        for j, score in ((4, inh), (5, cur), (6, tgt)):
            n = int(score.split("=")[1])
            ws.cell(row=first, column=j).fill = fill("FF7C80" if n >= 15 else ("FFD966" if n >= 8 else "A9D08E"))
    r += 1
    ws.cell(row=r, column=1, value="Action RAG key").font = Font(bold=True)
    for i, (colour, txt) in enumerate([(BLUE, "Complete"), (GREEN, "On track"),
                                       (AMBER, "Some slippage – recoverable"), (RED, "Off track")]):
        ws.cell(row=r + 1 + i, column=1).fill = fill(colour)
        ws.cell(row=r + 1 + i, column=2, value=txt)
    ws.cell(row=r + 6, column=1,
            value="Direction of travel compares the current score with Quarter 1 2025/26: ↑ increased, "
                  "↓ reduced, ↔ unchanged.")
    for col, w in zip("ABCDEFGHIJKL", (24, 46, 22, 11, 11, 11, 10, 9, 50, 24, 12, 9)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    hm = wb.create_sheet("Risk scoring")
    hm["A1"] = "Risk scoring matrix (Likelihood × Impact)"
    hm["A1"].font = Font(bold=True)
    hm["A3"] = "Likelihood / Impact"
    for j in range(1, 6):
        hm.cell(row=3, column=1 + j, value=j).font = Font(bold=True)
    for i in range(5, 0, -1):
        rr = 4 + (5 - i)
        hm.cell(row=rr, column=1, value=i).font = Font(bold=True)
        for j in range(1, 6):
            n = i * j
            c = hm.cell(row=rr, column=1 + j, value=n)
            c.fill = fill("FF7C80" if n >= 15 else ("FFD966" if n >= 8 else "A9D08E"))
    hm["A10"] = "1–7 Low (green)   8–14 Medium (amber)   15–25 High (red)"
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary – Quarter 2 2025/26"
    sm["A1"].font = Font(bold=True)
    for i, row in enumerate([("Current score", "Number of risks"), ("High (15–25)", 1), ("Medium (8–14)", 3),
                             ("Low (1–7)", 0), ("Total", 4)]):
        for j, v in enumerate(row):
            sm.cell(row=3 + i, column=1 + j, value=v).border = BOX
    wb.save(path(name))

    acts = []
    for title_r, *_rest, actions in risks:
        for ref, text, aown, due, colour in actions:
            acts.append((ref, title_r, text))
    spec = {
        "SR01.1": (["Chief Finance Officer"], "2026-01", "green", None),
        "SR01.2": (["Chief Finance Officer"], "2026-03", "amber", None),
        "SR01.3": (["Head of Finance"], "2025-09", "blue", None),
        "SR02.1": (["Director of Transport", "Head of Bus Franchising"], "2026-03", "amber", None),
        "SR02.2": (["Head of Bus Franchising"], "2025-12", "green", None),
        "SR02.3": (["Executive Director of Transport"], None, "green", "Ongoing"),
        "SR03.1": (["Monitoring Officer"], "2025-12", "green", None),
        "SR03.2": (["Chief Executive"], None, "green", "Each meeting"),
        "SR04.1": (["Head of ICT"], "2025-11", "red", None),
        "SR04.2": (["Data Protection Officer"], "2025-12", "amber", None),
    }
    out = []
    for ref, title_r, text in acts:
        lead, end, st, et = spec[ref]
        out.append(act(ref, [title_r], text, lead, end, st, et))
    write_expected(name, {
        "source": ("Imitates a mayoral combined authority's strategic risk register appendix to its Audit and "
                   "Governance Committee (CPCA and other MCAs publish these quarterly, 2023-25). Copied "
                   "features: title block with quarter and committee, one row group per risk with the risk "
                   "title, cause/event/consequence description, owner, inherent/current/target L × I scores "
                   "and direction-of-travel arrow merged vertically over its further actions, numbered actions "
                   "with their own owner and target date (real dates, 'Mar-26', 'Q3 2025/26', 'Q4 2025/26', "
                   "'Ongoing', 'Each meeting'), an action RAG column shown by fill colour only with the key "
                   "below the table, and separate scoring-matrix and summary sheets."),
        "reads": ("Four strategic risks, each a merged block over two or three further actions; ten numbered "
                  "actions with an action owner and target date. The status of each action is the colour of "
                  "its Action RAG cell, read with the key under the table (blue complete, green on track, "
                  "amber slippage, red off track)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": out,
    })
    return name, len(out)


# ---------------------------------------------------------------------------
# 3. Insolvency Service - programme highlight report, typo month (xlsx, refuse)
# ---------------------------------------------------------------------------
def insolvency():
    name = "sr-insolvency-service-or-case-management-programme-highlight-report-typo-month-refuse.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = "The Insolvency Service"
    ws["A1"].font = Font(bold=True, color="005EA5")
    title = "Official Receiver Case Management Modernisation Programme – Highlight Report"
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=15)
    ws["A3"] = "Reporting period: 1–31 October 2025   |   Prepared for: Programme Board, 12 November 2025"
    ws["A3"].font = Font(italic=True)
    ws["A5"] = "Programme summary"
    ws["A5"].font = Font(bold=True)
    summ = [("Senior Responsible Owner", "Director of Official Receiver Services"),
            ("Programme Director", "Deputy Director, Digital Case Management"),
            ("Stage", "Build and test (Tranche 2)")]
    for i, (k, v) in enumerate(summ):
        ws.cell(row=6 + i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=6 + i, column=2, value=v)
    ws["D5"] = "Delivery confidence"
    ws["D5"].font = Font(bold=True)
    ws["E5"] = "Previous"
    ws["F5"] = "Current"
    dims = [("Overall", "A", "A"), ("Schedule", "G", "A"), ("Cost", "G", "G"), ("Resources", "A", "A"),
            ("Benefits", "G", "G")]
    for i, (k, p, c_) in enumerate(dims):
        ws.cell(row=6 + i, column=4, value=k).font = Font(bold=True)
        for j, v in ((5, p), (6, c_)):
            c = ws.cell(row=6 + i, column=j, value=v)
            c.fill = fill(FILL[v])
            c.alignment = Alignment(horizontal="center")
    ws["A12"] = "Key achievements this period"
    ws["A12"].font = Font(bold=True)
    ws["A13"] = "• Second data migration trial run to plan; 99.2% of legacy case records reconciled."
    ws["A14"] = "• Supplier onboarding completed and the joint delivery team stood up."
    ws["A15"] = "• Change network established with a champion in every Official Receiver team."
    hdr_row = 17
    hdr = ["ID", "Workstream", "Milestone / action", "Owner", "Baseline date", "Forecast date", "RAG",
           "Commentary"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=hdr_row, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EA5")
        c.border = BOX
    ms = [
        ("M01", "Design", "Complete the target operating model for case administration and sign it off with "
                          "Official Receiver leads.", "Head of Service Design", "Jun 2025", "Jul 2025",
         "Complete", "Signed off at Design Authority, 22 July 2025."),
        ("M02", "Technology", "Award the case management platform contract through the framework "
                              "mini-competition.", "Head of Commercial", "Aug 2025", "Sep 2025", "Complete",
         "Contract awarded 15 September 2025."),
        ("M03", "Data migration", "Run the second data migration trial and reconcile legacy case records.",
         "Data Migration Lead", "Oct 2025", "Oct 2025", "G", "Completed 24 October; report to Design "
                                                               "Authority in November."),
        ("M04", "Technology", "Build and test the bankruptcy case-type configuration in the new platform.",
         "Technical Delivery Manager", "Dec 2025", "Jan 2026", "A",
         "Two sprints lost to environment issues; recovery plan agreed with supplier."),
        ("M05", "People and change", "Deliver change-readiness workshops to all Official Receiver teams.",
         "Business Change Manager", "Dec 2025", "Dec 2025", "G", "14 of 22 workshops delivered."),
        ("M06", "Data migration", "Run the full dress-rehearsal migration in the pre-production environment.",
         "Data Migration Lead", "Jan 2026", "Febuary 2026", "A",
         "Dependent on M04; forecast moved by one month."),
        ("M07", "Go-live", "Go live with the pilot Official Receiver offices on the new platform.",
         "Programme Director", "Mar 2026", "Apr 2026", "A", "Pilot sites confirmed; date follows M06."),
        ("M08", "Benefits", "Baseline case-handling time and cost per case to support benefits tracking.",
         "Benefits Realisation Manager", "Nov 2025", "Nov 2025", "G", "Data collection under way."),
    ]
    typo_row = None
    for i, row in enumerate(ms):
        rr = hdr_row + 1 + i
        for j, v in enumerate(row):
            c = ws.cell(row=rr, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BOX
        rag = row[6]
        c = ws.cell(row=rr, column=7)
        c.fill = fill(BLUE if rag == "Complete" else FILL[rag])
        if "Febuary" in row[5]:
            typo_row = rr
    rr = hdr_row + len(ms) + 2
    ws.cell(row=rr, column=1, value="Top risks and issues").font = Font(bold=True)
    ris = [("Ref", "Risk / issue", "Mitigation", "Owner"),
           ("R1", "Test environment instability delays configuration build.",
            "Supplier to provide a dedicated environment; weekly service review.", "Technical Delivery Manager"),
           ("I1", "Two vacancies in the data migration team.",
            "Interim contractors approved by Programme Board in October.", "Programme Director")]
    for i, row in enumerate(ris):
        for j, v in enumerate(row):
            c = ws.cell(row=rr + 1 + i, column=1 + j, value=v)
            c.border = BOX
            c.alignment = WRAP
            if i == 0:
                c.font = Font(bold=True)
    ws.cell(row=rr + 5, column=1, value="Decisions required from Programme Board: approve the one-month "
                                        "re-baseline of M06 and M07.").font = Font(bold=True)
    for col, w in zip("ABCDEFGH", (8, 18, 55, 28, 13, 13, 10, 45)):
        ws.column_dimensions[col].width = w
    wb.save(path(name))
    write_expected(name, {
        "source": ("Imitates a government agency's monthly programme highlight report to its programme board "
                   "(the GOV.UK-style highlight reports used by executive agencies such as the Insolvency "
                   "Service, HMLR and OPG for digital transformation programmes, 2024-25). Copied features: "
                   "agency and programme title block with reporting period, SRO/programme director summary, "
                   "previous/current delivery-confidence RAGs by dimension, key achievements bullets, a "
                   "milestone table with baseline and forecast dates written as text months and a RAG fill, a "
                   "risks and issues table and a decisions-required line."),
        "reads": ("A highlight report whose milestone table lists eight milestones with owner, baseline and "
                  "forecast month and RAG. The forecast date of M06 reads 'Febuary 2026', a mistyped month in "
                  "the end column, so a careful reader stops and asks before reading the plan."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return name, 0


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


def set_cell(cell, text, bold=False, italic=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Dartmoor NPA - wild camping litigation lessons learned action plan (docx)
# ---------------------------------------------------------------------------
def dartmoor():
    name = "sr-dartmoor-npa-wild-camping-litigation-lessons-learned-action-plan.docx"
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Dartmoor National Park Authority")
    r.bold = True
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor(0x3B, 0x6E, 0x22)
    title = "Wild Camping Litigation: Lessons Learned Review – Action Plan"
    doc.add_heading(title, level=1)
    doc.add_paragraph(
        "This action plan responds to the internal lessons learned review of the Authority’s handling of the "
        "Darwall v Dartmoor National Park Authority litigation (2023–2025), reported to the Audit and "
        "Governance Committee on 12 September 2025. Progress will be reported to the Committee every six "
        "months.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.2 (progress update)"), ("Date", "9 January 2026"),
                 ("Owner", "Chief Executive (National Park Officer)"), ("Next review", "July 2026")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "E2EFD9")
        set_cell(cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete – delivered and evidenced; On track – progressing to the date "
                      "shown; Amber – delayed, recovery agreed; Not started.")

    S1 = "1. Legal risk and decision-making"
    L1 = ("The legal uncertainty over camping under the Dartmoor Commons Act 1985 was known but was not held "
          "on the strategic risk register until proceedings were issued.")
    L2 = "Members did not always receive legal advice in time to inform decisions on whether to appeal."
    S2 = "2. Communications and stakeholder engagement"
    L3 = ("Public messaging after the High Court judgment was slow, and conflicting information circulated on "
          "social media.")
    L4 = "Relationships with commons owners and commoners were strained during the proceedings."
    S3 = "3. Resources and insurance"
    L5 = "Legal costs were met from general reserves because no specific provision had been made."
    sections = [
        (S1, [
            (L1, [("1.1", "Add a standing strategic risk on the legal basis of public access and byelaws, "
                          "reviewed quarterly by Leadership Team.", "Head of Legal and Democratic Services",
                   "October 2025", "Complete"),
                  ("1.2", "Commission an external review of all Authority byelaws and statutory powers to "
                          "identify any further areas of legal uncertainty.",
                   "Head of Legal and Democratic Services", "Jan 2026 – Mar 2026", "On track")]),
            (L2, [("1.3", "Agree a protocol for urgent decisions on litigation, including delegation to the "
                          "Chief Executive in consultation with the Chair and Deputy Chair of the Authority.",
                   "Chief Executive (National Park Officer)", "By 31 December 2025", "Complete")]),
        ]),
        (S2, [
            (L3, [("2.1", "Prepare a litigation communications plan template with pre-agreed holding "
                          "statements and sign-off routes.", "Head of Communications", "Nov-25", "Complete"),
                  ("2.2", "Publish and maintain the interactive permissive camping map, showing where "
                          "landowner agreement is in place.",
                   "Head of Recreation and Access / Head of Communications", "Annually", "On track")]),
            (L4, [("2.3", "Hold quarterly liaison meetings with the Dartmoor Commons’ Owners’ Association and "
                          "the Dartmoor Commoners’ Council on access management.",
                   "Director of Conservation and Communities", "Quarterly", "On track"),
                  ("2.4", "Agree a memorandum of understanding on permissive wild camping with the Dartmoor "
                          "Commons’ Owners’ Association.", "Chief Executive (National Park Officer)",
                   "March 2026", "Amber")]),
        ]),
        (S3, [
            (L5, [("3.1", "Create an earmarked legal contingency reserve as part of the 2026/27 budget.",
                   "Chief Finance Officer (Section 151 Officer)", "Feb 2026", "Not started"),
                  ("3.2", "Review legal expenses insurance cover with the Authority’s insurers and broker.",
                   "Chief Finance Officer (Section 151 Officer)", "31/10/2025", "Complete")]),
        ]),
    ]
    status_fill = {"Complete": "9DC3E6", "On track": "A9D08E", "Amber": "FFD966", "Not started": "FFFFFF"}
    for sec, lessons in sections:
        doc.add_heading(sec, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Lesson identified", "Action", "Lead", "By when", "Status"]):
            set_cell(c, h, bold=True)
            shade(c, "3B6E22")
            c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for lesson, actions in lessons:
            first = len(t.rows)
            for ref, text, lead, when, status in actions:
                cells = t.add_row().cells
                set_cell(cells[0], ref)
                set_cell(cells[2], text)
                set_cell(cells[3], lead)
                set_cell(cells[4], when)
                set_cell(cells[5], status)
                shade(cells[5], status_fill[status])
            last = len(t.rows) - 1
            m = t.cell(first, 1)
            if last > first:
                m = m.merge(t.cell(last, 1))
            set_cell(m, lesson, italic=True)
        doc.add_paragraph()
    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Approved by Leadership Team", "2 September 2025"),
                 ("Noted by Audit and Governance Committee", "12 September 2025")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.save(path(name))

    spec = {
        "1.1": (["Head of Legal and Democratic Services"], "2025-10", "blue", None),
        "1.2": (["Head of Legal and Democratic Services"], "2026-03", "green", None),
        "1.3": (["Chief Executive (National Park Officer)"], "2025-12", "blue", None),
        "2.1": (["Head of Communications"], "2025-11", "blue", None),
        "2.2": (["Head of Recreation and Access", "Head of Communications"], None, "green", "Annually"),
        "2.3": (["Director of Conservation and Communities"], None, "green", "Quarterly"),
        "2.4": (["Chief Executive (National Park Officer)"], "2026-03", "amber", None),
        "3.1": (["Chief Finance Officer (Section 151 Officer)"], "2026-02", "unrated", None),
        "3.2": (["Chief Finance Officer (Section 151 Officer)"], "2025-10", "blue", None),
    }
    out = []
    for sec, lessons in sections:
        for lesson, actions in lessons:
            for ref, text, *_ in actions:
                lead, end, st, et = spec[ref]
                out.append(act(ref, [sec, lesson], text, lead, end, st, et))
    write_expected(name, {
        "source": ("Imitates a national park authority's lessons-learned action plan reported to its audit "
                   "committee after a major incident or case (cf. the NPA storm/wildfire lessons-learned plans "
                   "and DNPA's committee reports on the 2023-25 wild camping case). Copied features: authority "
                   "name line and heading, introductory paragraph, document-control table, status key as a "
                   "sentence, one numbered heading and table per lesson area, the lesson identified merged "
                   "vertically over its actions, job titles as leads (one cell with two posts split by '/', "
                   "titles containing 'and' and brackets), 'By when' as months, a period, 'By 31 December "
                   "2025', 'Quarterly', 'Annually', a day-first date, and a sign-off table."),
        "reads": ("A lessons-learned plan in three sections, each a table; within each, a lesson identified "
                  "(merged cell) and the numbered actions that answer it, with lead, by-when and a status "
                  "word. Nine actions; document control, key and sign-off are not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": out,
    })
    return name, len(out)


# ---------------------------------------------------------------------------
# 5. Sherborne School - ISI inspection action plan (docx)
# ---------------------------------------------------------------------------
def sherborne():
    name = "sr-sherborne-school-isi-inspection-action-plan.docx"
    doc = Document()
    title = "Sherborne School – Action Plan following ISI Inspection (March 2025)"
    h = doc.add_heading(title, level=0)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Routine inspection: 4–6 March 2025   |   Approved by the Governing Body: 14 May 2025   |   "
                      "Last updated: 22 September 2025")
    doc.add_paragraph(
        "The inspection found that the school met the Standards except for the requirement in Section A. The "
        "actions in Section A were submitted to the Department for Education. Section B sets out how the "
        "school will address the recommended next steps in the report.")
    doc.add_paragraph("RAG: B = complete; G = on track; A = some delay; R = significant concern. "
                      "Blank = not yet started.")
    SA = "Section A – Standards not met"
    A1 = ("A1. Leaders should ensure that risk assessments for off-site and weekend boarding activities are "
          "completed, approved and reviewed consistently, so that the standard for risk assessment "
          "(paragraph 16) is met.")
    SB = "Section B – Recommended next steps"
    B1 = ("B1. Leaders should ensure that the tracking of pupils’ progress in the lower school is used "
          "consistently by all departments to identify and support pupils who are falling behind.")
    B2 = ("B2. Leaders should strengthen the systems for recording and following up low-level concerns so "
          "that patterns are identified promptly.")
    B3 = ("B3. Leaders should make sure that the careers programme gives all sixth-form pupils access to "
          "impartial guidance on apprenticeships and other alternatives to university.")
    plan = [
        ("section", SA),
        ("rec", A1),
        ("act", "A1.1", "Introduce a single electronic approval workflow for all off-site and weekend boarding "
                        "trips, so that no trip can go ahead without an approved risk assessment.",
         "Head of Compliance; Bursar", "Summer term 2025",
         "All trips from 1 June 2025 logged and approved on EVOLVE.", "B"),
        ("act", "A1.2", "Train all housemasters, housemistresses and trip leaders in the revised risk "
                        "assessment procedure.", "Deputy Head (Pastoral)", "September 2025",
         "Training records for 100% of relevant staff.", "B"),
        ("act", "A1.3", "Audit a sample of trip risk assessments each term and report the findings to the "
                        "Compliance Committee of governors.", "Head of Compliance", "Termly",
         "Audit reports in Compliance Committee minutes.", "G"),
        ("section", SB),
        ("rec", B1),
        ("act", "B1.1", "Roll out the new academic tracking dashboard to all heads of department and set a "
                        "common calendar of data drops.", "Director of Studies", "Michaelmas term 2025",
         "Dashboard in use by all departments; three data drops a year.", "G"),
        ("act", "B1.2", "Train teachers to use tracking data to plan targeted support, followed by a review of "
                        "each department’s intervention records.",
         "Deputy Head (Academic) / Director of Studies", "By end of Michaelmas term 2025",
         "Department reviews completed; intervention logs sampled.", "A"),
        ("rec", B2),
        ("act", "B2.1", "Move the recording of low-level concerns onto the school’s safeguarding software and "
                        "set clear timescales for review by the DSL.", "Designated Safeguarding Lead",
         "June 2025", "All concerns recorded on CPOMS from 1 June 2025.", "B"),
        ("act", "B2.2", "Report an anonymised analysis of low-level concerns to each meeting of the "
                        "Safeguarding Committee of governors.", "Designated Safeguarding Lead",
         "Each committee meeting", "Analysis received by committee in June and September.", "G"),
        ("rec", B3),
        ("act", "B3.1", "Appoint a qualified careers adviser and extend the sixth-form programme to include "
                        "apprenticeship providers and employer talks.", "Head of Sixth Form",
         "Autumn term 2025", "Adviser in post; programme published to pupils and parents.", "G"),
        ("act", "B3.2", "Survey Upper Sixth leavers on the quality of careers guidance and report the results "
                        "to governors.", "Head of Sixth Form", "July 2026",
         "Survey response rate above 60%; results reported.", ""),
    ]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, hd in zip(t.rows[0].cells, ["Ref", "Action", "Lead(s)", "Timescale", "Success criteria / evidence",
                                       "RAG"]):
        set_cell(c, hd, bold=True)
        shade(c, "002855")
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    rag_fill = {"B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000", "": "FFFFFF"}
    for row in plan:
        cells = t.add_row().cells
        if row[0] in ("section", "rec"):
            m = cells[0].merge(cells[5])
            set_cell(m, row[1], bold=row[0] == "section", italic=row[0] == "rec", size=10 if row[0] == "section" else 9)
            shade(m, "BDD7EE" if row[0] == "section" else "F2F2F2")
        else:
            _, ref, text, lead, when, crit, rag = row
            for c, v in zip(cells, [ref, text, lead, when, crit, rag]):
                set_cell(c, v)
            shade(cells[5], rag_fill[rag])
    doc.add_paragraph()
    doc.add_paragraph("Progress against this plan is reviewed by the Compliance Committee each term and "
                      "reported to the full Governing Body.")
    doc.save(path(name))

    spec = {
        "A1.1": (["Head of Compliance", "Bursar"], "2025-07", "blue", None),
        "A1.2": (["Deputy Head (Pastoral)"], "2025-09", "blue", None),
        "A1.3": (["Head of Compliance"], None, "green", "Termly"),
        "B1.1": (["Director of Studies"], "2025-12", "green", None),
        "B1.2": (["Deputy Head (Academic)", "Director of Studies"], "2025-12", "amber", None),
        "B2.1": (["Designated Safeguarding Lead"], "2025-06", "blue", None),
        "B2.2": (["Designated Safeguarding Lead"], None, "green", "Each committee meeting"),
        "B3.1": (["Head of Sixth Form"], "2025-12", "green", None),
        "B3.2": (["Head of Sixth Form"], "2026-07", "unrated", None),
    }
    out = []
    sec = rec = None
    for row in plan:
        if row[0] == "section":
            sec = row[1]
        elif row[0] == "rec":
            rec = row[1]
        else:
            lead, end, st, et = spec[row[1]]
            out.append(act(row[1], [sec, rec], row[2], lead, end, st, et))
    write_expected(name, {
        "source": ("Imitates an independent boarding school's post-inspection action plan after an ISI routine "
                   "inspection under the 2023 framework (standards not met plus recommended next steps), as "
                   "published or sent to parents/DfE by ISI schools in 2024-25. Copied features: title and "
                   "meta line (inspection dates, governor approval, last updated), short explanation, RAG key "
                   "as a sentence (B = complete, blank = not started), one table with full-width merged "
                   "section rows and merged recommendation rows above their actions, job titles as leads "
                   "(two in a cell with ';' and '/'), school-term timescales ('Summer term 2025', 'Michaelmas "
                   "term 2025', 'Autumn term 2025', 'Termly'), success criteria column and RAG letters on "
                   "coloured cells."),
        "reads": ("A single-table action plan with two sections (standards not met; recommended next steps) "
                  "and four recommendations, each followed by its numbered actions; nine actions with lead, "
                  "timescale and RAG letter. Michaelmas term is the autumn term and ends in December; the "
                  "blank RAG is not started."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": out,
    })
    return name, len(out)


# ---------------------------------------------------------------------------
# 6. British Heart Foundation - board of trustees action log (csv)
# ---------------------------------------------------------------------------
def csv_field(v):
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def bhf():
    name = "sr-british-heart-foundation-board-of-trustees-action-log.csv"
    title = "British Heart Foundation – Board of Trustees Rolling Action Log"
    hdr = ["No.", "Meeting", "Minute", "Action", "Owner", "Due", "Status", "Update"]
    rows = [
        ("BT25/14", "20 March 2025", "25/08", "Bring a revised reserves policy to the Board following review by "
                                              "the Finance and Investment Committee.", "Chief Financial Officer",
         "Jun-25", "Complete", "Approved at the June meeting (minute 25/19)."),
        ("BT25/21", "19 June 2025", "25/17", "Circulate the retail estate review, including the proposed shop "
                                             "closures and the impact on volunteers.", "Retail Director",
         "Sep-25", "Complete", "Circulated to trustees 4 September 2025."),
        ("BT25/22", "19 June 2025", "25/18", "Arrange a trustee deep-dive on the research strategy 2026–2031, "
                                             "covering:\n- funding commitments by research area\n- partnership "
                                             "and co-funding income targets",
         "Medical Director; Director of Research Funding", "Oct-25 (revised Jan-26)", "Amber",
         "Moved to the January away-day so that the strategy review panel can report first."),
        ("BT25/30", "18 September 2025", "25/27", "Provide assurance to the Board on implementation of the "
                                                  "updated Code of Fundraising Practice.", "Company Secretary",
         "Dec-25", "On track", "Gap analysis complete; report to December Board."),
        ("BT25/31", "18 September 2025", "25/28", "Update the trustee skills matrix and share it with the "
                                                  "Nominations Committee ahead of the 2026 recruitment round.",
         "Chair of Nominations Committee / Company Secretary", "Next meeting", "On track", ""),
        ("BT25/32", "18 September 2025", "25/30", "Report on progress against the equality, diversity and "
                                                  "inclusion action plan, including the 2025 pay gap figures.",
         "Chief People Officer", "Mar-26", "On track", "Pay gap data being validated."),
        ("BT25/33", "18 September 2025", "25/31", "Take legal advice on the proposed changes to the Articles of "
                                                  "Association and report back to the Board.", "Hughes, Fiona",
         "31/01/2026", "Not started", ""),
        ("BT25/34", "18 September 2025", "AOB", "Write to the Department of Health and Social Care offering "
                                                "BHF support for the national cardiovascular disease plan.",
         "Chief Executive", "Oct-25", "Red", "Letter drafted; awaiting final sign-off."),
    ]
    n = len(hdr)
    lines = [csv_field(title) + "," * (n - 1),
             csv_field("As at 2 December 2025 (for the meeting on 11 December 2025)") + "," * (n - 1),
             "," * (n - 1),
             ",".join(hdr)]
    for row in rows:
        lines.append(",".join(csv_field(v) for v in row))
    lines.append("," * (n - 1))
    lines.append(csv_field("Status: Complete actions are removed once noted by the Board. On track / Amber / "
                           "Red as assessed by the owner.") + "," * (n - 1))
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    spec = {
        "BT25/14": (["Chief Financial Officer"], "2025-06", "blue", None),
        "BT25/21": (["Retail Director"], "2025-09", "blue", None),
        "BT25/22": (["Medical Director", "Director of Research Funding"], "2026-01", "amber", None),
        "BT25/30": (["Company Secretary"], "2025-12", "green", None),
        "BT25/31": (["Chair of Nominations Committee", "Company Secretary"], None, "green", "Next meeting"),
        "BT25/32": (["Chief People Officer"], "2026-03", "green", None),
        "BT25/33": (["Hughes, Fiona"], "2026-01", "unrated", None),
        "BT25/34": (["Chief Executive"], "2025-10", "red", None),
    }
    out = []
    for row in rows:
        lead, end, st, et = spec[row[0]]
        out.append(act(row[0], [], row[3], lead, end, st, et))
    write_expected(name, {
        "source": ("Imitates a national charity's board of trustees rolling action log (matters arising), as "
                   "exported to CSV from the governance team's spreadsheet (cf. the trustee action logs in "
                   "board papers of large charities, 2024-25). Copied features: title and 'as at' lines padded "
                   "with commas, action number, meeting date and minute reference columns, a multi-line action "
                   "with a bulleted list inside a quoted field, job titles and one 'Surname, Forename' owner, "
                   "two owners in a cell with ';' and '/', due dates as 'Jun-25', 'Oct-25 (revised Jan-26)', "
                   "'Next meeting' and a day-first date, status words, and a closing notes line."),
        "reads": ("A flat trustee action log: eight numbered actions from three board meetings, each with "
                  "owner, due date, status and update; no headings group them. 'Oct-25 (revised Jan-26)' is "
                  "read as the revised month; 'Next meeting' has no month."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": out,
    })
    return name, len(out)


# ---------------------------------------------------------------------------
# 7. Olney Town Council - internal audit action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def olney():
    name = "sr-olney-town-council-internal-audit-action-plan-2024-25.txt"
    title = "Olney Town Council – Internal Audit 2024/25 Action Plan"
    SA = "A – Accounting records"
    SB = "B – Financial regulations and payments"
    SC = "C – Risk management and insurance"
    SH = "H – Asset register"
    SL = "L – Transparency and publication"
    R1 = ("The cashbook should be reconciled to the bank statements monthly and each reconciliation signed "
          "by a councillor.")
    R2 = "Financial Regulations should be updated to reflect the 2024 NALC model."
    R3 = "Online payments should be authorised by two councillors."
    R4 = "The risk register should be reviewed and formally approved by full council at least annually."
    R6 = "The asset register should include all new assets and be reconciled to the insurance schedule."
    R7 = ("The council should publish the AGAR and the notice of public rights on its website within the "
          "statutory deadlines.")
    R8 = "The website should be checked against the public sector accessibility regulations."
    body = [
        ("sec", SA),
        ("act", "1", R1, "Present bank reconciliations to every F&GP meeting for signature by the Chair of F&GP.",
         "RFO", "May-25", "Complete"),
        ("sec", SB),
        ("act", "2", R2, "Adopt revised Financial Regulations based on the 2024 NALC model.", "Town Clerk",
         "Jul-25", "Complete"),
        ("act", "3", R3, "Set up dual authorisation on the Unity Trust online banking for all payments and review "
                         "the list of authorised signatories.", "Town Clerk & RFO", "June 2025", "Complete"),
        ("sec", SC),
        ("act", "4", R4, "Review the risk register and take it to full council with the annual governance "
                         "statement.", "Town Clerk", "May 2026", "Not started"),
        ("act", "5", "", "Check insurance cover against the reviewed risk register and asset values before the "
                         "policy renewal.", "RFO", "Sept 2025", "Complete"),
        ("sec", SH),
        ("act", "6", R6, "Add the 2024/25 play area equipment and the Christmas lights to the asset register and "
                         "reconcile it to the insurance schedule.", "Deputy Clerk", "30/09/2025", "Green"),
        ("sec", SL),
        ("act", "7", R7, "Publish the 2024/25 AGAR and the notice of the period for the exercise of public rights "
                         "on the council website.", "Town Clerk", "By 30 June 2025", "Complete"),
        ("act", "8", R8, "Commission an accessibility audit of the council website and fix the issues found.",
         "Deputy Clerk / Cllr D. Hart", "March 2026", "Amber"),
    ]
    lines = [title,
             "Internal auditor’s year-end visit 22 April 2025. Updated by the Town Clerk for the Finance & "
             "General Purposes Committee, 8 September 2025.",
             "",
             "\t".join(["Ref", "Recommendation", "Agreed action", "Responsible", "Target date", "Status"])]
    for row in body:
        if row[0] == "sec":
            lines.append(row[1])
        else:
            lines.append("\t".join(row[1:]))
    lines += ["",
              "Status: Complete / Green (on track) / Amber (behind schedule) / Red (will miss target date) / "
              "Not started",
              "Note: the internal auditor will review progress at the 2025/26 interim visit in November 2025."]
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")

    spec = {
        "1": (["RFO"], "2025-05", "blue", None),
        "2": (["Town Clerk"], "2025-07", "blue", None),
        "3": (["Town Clerk", "RFO"], "2025-06", "blue", None),
        "4": (["Town Clerk"], "2026-05", "unrated", None),
        "5": (["RFO"], "2025-09", "blue", None),
        "6": (["Deputy Clerk"], "2025-09", "green", None),
        "7": (["Town Clerk"], "2025-06", "blue", None),
        "8": (["Deputy Clerk", "Cllr D. Hart"], "2026-03", "amber", None),
    }
    out = []
    sec = rec = None
    for row in body:
        if row[0] == "sec":
            sec = row[1]
            continue
        if row[2]:
            rec = row[2]
        lead, end, st, et = spec[row[1]]
        out.append(act(row[1], [sec, rec], row[3], lead, end, st, et))
    write_expected(name, {
        "source": ("Imitates a town council's internal audit action plan (the auditor's recommendations with "
                   "the council's agreed actions, taken to Finance & General Purposes Committee), saved as "
                   "tab-separated text; cf. the internal audit action plans published by town councils such as "
                   "Frome, Ledbury and Totnes, 2024-25. Copied features: title and meta line, header row, "
                   "section lines named by the JPAG/AGAR internal control objective letter (A, B, C, H, L), "
                   "the auditor's recommendation beside the agreed action, a blank recommendation cell where "
                   "a second action answers the recommendation above (exported merged cell), 'Town Clerk & "
                   "RFO' and 'Deputy Clerk / Cllr D. Hart' as two leads, mixed target dates ('May-25', "
                   "'Sept 2025', 'By 30 June 2025', a day-first date) and a status key and note at the end."),
        "reads": ("A town council's internal audit action plan: eight numbered agreed actions under five "
                  "control-objective sections, each answering the recommendation in the same row (action 5 "
                  "answers the recommendation above it). Each has a responsible officer, target date and "
                  "status word."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": out,
    })
    return name, len(out)


if __name__ == "__main__":
    for fn in (portsmouth_water, cpca, insolvency, dartmoor, sherborne, bhf, olney):
        n, k = fn()
        print(f"{n}: {k} actions")
