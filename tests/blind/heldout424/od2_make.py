"""Build the seven od2- blind cases (set heldout424) and their expected readings.

Run with /work/main/.venv/bin/python od2_make.py (openpyxl, python-docx, pyyaml).
Each builder writes its data file and returns the expected reading, written by hand
(lead lists, end months, statuses are stated per action, not derived from the cells).
"""
import csv
import io
import os
from datetime import datetime

import yaml
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "4F81BD"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
HEAD = "1F4E78"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def fill(hex_):
    return PatternFill(start_color=hex_, end_color=hex_, fill_type="solid")


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write_expected(name, exp):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(exp, f, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


# --------------------------------------------------------------------------------------
# 1. Yorkshire Water - Ofwat section 19 undertakings delivery tracker (xlsx, read)
# --------------------------------------------------------------------------------------
def case_yorkshire_water():
    name = "od2-yorkshire-water-ofwat-wastewater-enforcement-undertakings-tracker.xlsx"
    title = "Yorkshire Water – Ofwat Wastewater Investigation: Section 19 Undertakings Delivery Tracker"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14, color=HEAD)
    cov["A2"] = "Report to the Board Environment Committee, 21 October 2025"
    cov["A2"].font = Font(italic=True)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [("Version", "3.1"), ("Date", "14 October 2025"),
            ("Document owner", "Regulatory Compliance Manager"),
            ("Status", "Final – for Committee 21 October 2025"),
            ("Classification", "OFFICIAL – not for onward circulation")]
    for i, (k, v) in enumerate(rows, start=5):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 1).fill = fill(GREY)
        cov.cell(i, 2, v)
        cov.cell(i, 1).border = BOX
        cov.cell(i, 2).border = BOX
    cov["A11"] = "Version history"
    cov["A11"].font = Font(bold=True)
    hist = [("Version", "Date", "Change"),
            ("2.0", "11/04/2025", "Q4 2024-25 position"),
            ("3.0", "15/07/2025", "Q1 2025-26 position; revised date for U3.1 added"),
            ("3.1", "14/10/2025", "Q2 2025-26 position; revised dates for U1.2 and U2.2 added")]
    for i, r in enumerate(hist, start=12):
        for j, v in enumerate(r, start=1):
            c = cov.cell(i, j, v)
            c.border = BOX
            if i == 12:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 40
    cov.column_dimensions["C"].width = 60

    ws = wb.create_sheet("Tracker")
    ws.merge_cells("A1:J1")
    ws["A1"] = "Section 19 Undertakings – Delivery Tracker (position at 30 September 2025)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:J2")
    ws["A2"] = ("Undertakings accepted by Ofwat on 7 August 2024. Dates in the Revised date column have been "
                "agreed with Ofwat through the change control process.")
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Undertaking", "Action", "Owner", "Original date", "Revised date",
           "Previous RAG", "Current RAG", "Progress this quarter", "Evidence ref"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX

    T1 = "Theme 1: Operation and maintenance of treatment works"
    T2 = "Theme 2: Governance, culture and reporting"
    T3 = "Theme 3: Customer and environmental redress"
    UN1 = ("Undertaking 1 – The company will verify the flow to full treatment (FFT) settings at all wastewater "
           "treatment works and record them against permit conditions.")
    UN2 = ("Undertaking 2 – The company will improve the way storm overflows at treatment works are monitored "
           "and reported.")
    UN3 = "Undertaking 3 – The company will strengthen Board oversight of wastewater compliance."
    UN4 = "Undertaking 4 – The company will publish an annual statement of progress against these undertakings."
    UN5 = ("Undertaking 5 – The company will fund £40m of environmental improvements above its business plan, "
           "delivered by 31 March 2030.")
    d = datetime
    # (row kind, data)
    layout = [
        ("theme", T1),
        ("act", ("U1.1", UN1, 2,
                 "Complete an FFT verification survey at the 148 treatment works with an FFT permit condition and "
                 "record the results in the asset register.",
                 "Head of Wastewater Treatment", d(2025, 3, 31), None, "A", "Complete",
                 "Survey completed March 2025; 11 sites found non-compliant and added to the capital programme.",
                 "EV-014")),
        ("act", ("U1.2", None, 0,
                 "Deliver flow measurement upgrades at the 11 non-compliant sites identified by the FFT survey.",
                 "Director of Capital Delivery", d(2025, 12, 31), d(2026, 6, 30), "G", "A",
                 "6 of 11 sites complete. Remaining 5 delayed by MCERTS certification slots; revised date agreed "
                 "with Ofwat on 2 September 2025.", "EV-021")),
        ("act", ("U1.3", UN2, 2,
                 "Install event duration monitors on all storm tanks at treatment works that are not yet monitored.",
                 "Head of Wastewater Networks / Telemetry Manager", d(2024, 12, 31), None, "G", "Complete",
                 "All 212 storm tank monitors live; data feeding the EDM dashboard.", "EV-009")),
        ("act", ("U1.4", None, 0,
                 "Introduce a monthly spill-data assurance check, signed off by the Director of Wastewater before "
                 "publication.",
                 "Head of Regulatory Reporting", "Monthly", None, "G", "G",
                 "Checks completed for every month since January 2025.", "EV-022")),
        ("theme", T2),
        ("act", ("U2.1", UN3, 2,
                 "Establish a Board Environment Committee with terms of reference covering permit compliance and "
                 "storm overflow performance.",
                 "Company Secretary", d(2024, 10, 31), None, "Complete", "Complete",
                 "Committee met for the first time on 22 October 2024.", "EV-003")),
        ("act", ("U2.2", None, 0,
                 "Commission an independent assurance review of the company's wastewater compliance reporting and "
                 "report its findings to the Board Environment Committee.",
                 "CFO; Director of Risk & Assurance", d(2025, 9, 30), d(2025, 11, 30), "G", "A",
                 "External reviewer appointed July 2025; fieldwork extended to cover network overflows. Report to "
                 "the November Committee.", "")),
        ("act", ("U2.3", UN4, 1,
                 "Publish the first annual progress statement on the company website and submit it to Ofwat.",
                 "Director of Corporate Affairs", d(2025, 7, 31), None, "G", "Complete",
                 "Published 30 July 2025.", "EV-030")),
        ("theme", T3),
        ("act", ("U3.1", UN5, 2,
                 "Agree the list of redress schemes with Ofwat, the Environment Agency and CCW.",
                 "Director of Environment & Innovation", d(2025, 1, 31), d(2025, 6, 30), "R", "Complete",
                 "Scheme list agreed 19 June 2025.", "EV-027")),
        ("act", ("U3.2", None, 0,
                 "Deliver the first tranche of redress schemes (river habitat restoration in the Aire, Calder and "
                 "Don catchments).",
                 "Director of Environment & Innovation", d(2026, 3, 31), None, "A", "R",
                 "2 of 7 schemes started. Landowner consents outstanding on the Don; recovery plan to the October "
                 "Committee.", "")),
    ]
    rag_fill = {"G": GREEN, "A": AMBER, "R": RED, "Complete": BLUE}
    r = 5
    for kind, data in layout:
        if kind == "theme":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            c = ws.cell(r, 1, data)
            c.font = Font(bold=True)
            c.fill = fill("DDEBF7")
            r += 1
            continue
        ref, und, span, action, owner, orig, rev, prev, cur, prog, ev = data
        ws.cell(r, 1, ref)
        if und is not None:
            ws.cell(r, 2, und)
            if span > 1:
                ws.merge_cells(start_row=r, start_column=2, end_row=r + span - 1, end_column=2)
        ws.cell(r, 3, action)
        ws.cell(r, 4, owner)
        c = ws.cell(r, 5, orig)
        if isinstance(orig, datetime):
            c.number_format = "dd/mm/yyyy"
        if rev is not None:
            c = ws.cell(r, 6, rev)
            c.number_format = "dd/mm/yyyy"
        ws.cell(r, 7, prev).fill = fill(rag_fill[prev])
        ws.cell(r, 8, cur).fill = fill(rag_fill[cur])
        ws.cell(r, 9, prog)
        ws.cell(r, 10, ev or None)
        for j in range(1, 11):
            ws.cell(r, j).alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(r, j).border = BOX
        r += 1
    r += 1
    ws.cell(r, 1, "Summary – current RAG").font = Font(bold=True)
    summ = [("Complete", 5), ("G", 1), ("A", 2), ("R", 1), ("Total", 9)]
    for k, v in summ:
        r += 1
        ws.cell(r, 1, k).font = Font(bold=(k == "Total"))
        if k in rag_fill:
            ws.cell(r, 1).fill = fill(rag_fill[k])
        ws.cell(r, 2, v)
    for col, w in zip("ABCDEFGHIJ", (8, 42, 48, 26, 13, 13, 10, 10, 48, 11)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    keys = [("Complete", "Action delivered and evidence accepted by Ofwat", BLUE),
            ("G", "On track to meet the original or agreed revised date", GREEN),
            ("A", "At risk – recovery actions in hand", AMBER),
            ("R", "Off track – escalated to the Executive Leadership Team", RED)]
    for i, (k, v, col) in enumerate(keys, start=2):
        key.cell(i, 1, k).fill = fill(col)
        key.cell(i, 2, v)
    key.column_dimensions["B"].width = 60
    wb.save(os.path.join(HERE, name))

    acts = [
        act("U1.1", [T1, UN1], layout[1][1][3], ["Head of Wastewater Treatment"], "2025-03", "blue"),
        act("U1.2", [T1, UN1], layout[2][1][3], ["Director of Capital Delivery"], "2026-06", "amber"),
        act("U1.3", [T1, UN2], layout[3][1][3], ["Head of Wastewater Networks", "Telemetry Manager"],
            "2024-12", "blue"),
        act("U1.4", [T1, UN2], layout[4][1][3], ["Head of Regulatory Reporting"], None, "green",
            end_text="Monthly"),
        act("U2.1", [T2, UN3], layout[6][1][3], ["Company Secretary"], "2024-10", "blue"),
        act("U2.2", [T2, UN3], layout[7][1][3], ["CFO", "Director of Risk & Assurance"], "2025-11", "amber"),
        act("U2.3", [T2, UN4], layout[8][1][3], ["Director of Corporate Affairs"], "2025-07", "blue"),
        act("U3.1", [T3, UN5], layout[10][1][3], ["Director of Environment & Innovation"], "2025-06", "blue"),
        act("U3.2", [T3, UN5], layout[11][1][3], ["Director of Environment & Innovation"], "2026-03", "red"),
    ]
    exp = {
        "source": ("Imitates a water company's delivery tracker for enforceable undertakings given to Ofwat under "
                   "section 19 of the Water Industry Act 1991 after the 2021-24 wastewater treatment works "
                   "investigation (Ofwat, 'Our approach to enforcement', "
                   "https://www.ofwat.gov.uk/regulated-companies/investigations/how-we-investigate/our-approach-to-enforcement/). "
                   "Copies a board-committee tracker: cover sheet with document control and version history "
                   "tables, themes as full-width merged rows, the undertaking text merged down beside its "
                   "actions, original and revised dates as date cells, previous and current RAG columns with "
                   "fill colours, a current-RAG summary block and a separate RAG key sheet."),
        "reads": ("Nine actions (U1.1 to U3.2) under three themes and five numbered undertakings. Each action has "
                  "an owner (job titles, one cell with two posts split by a slash and one by a semicolon), an "
                  "original date and sometimes an agreed revised date, which is the end; the status is the "
                  "Current RAG (Complete, G, A, R)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    }
    return name, exp


# --------------------------------------------------------------------------------------
# 2. York and North Yorkshire CA - programme highlight report (xlsx, read)
# --------------------------------------------------------------------------------------
def case_ynyca():
    name = "od2-york-north-yorkshire-ca-brownfield-housing-programme-highlight-report.xlsx"
    title = "York and North Yorkshire Combined Authority – Brownfield Housing Programme Highlight Report"
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight report"
    ws.merge_cells("A1:G1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = fill("7030A0")
    info = [(3, "Reporting period:", "August – September 2025", "Report to:",
             "Housing & Regeneration Programme Board, 8 October 2025"),
            (4, "SRO:", "Director of Housing, Place & Regeneration", "Programme manager:", "Rachel Outhwaite"),
            (5, "Overall status:", "AMBER", "Previous overall status:", "AMBER")]
    for row, a, b, c, e in info:
        ws.cell(row, 1, a).font = Font(bold=True)
        ws.cell(row, 2, b)
        ws.cell(row, 4, c).font = Font(bold=True)
        ws.cell(row, 5, e)
    ws["B5"].fill = fill(AMBER)
    ws["E5"].fill = fill(AMBER)
    ws.merge_cells("A7:G7")
    ws["A7"] = "Summary of progress this period"
    ws["A7"].font = Font(bold=True)
    ws["A7"].fill = fill("E4DFEC")
    ws.merge_cells("A8:G8")
    ws["A8"] = ("The Kirkby Road depot acquisition completed on 26 September and all six grant funding agreements "
                "from the June Board are signed. The Harrogate Station Parade remediation tender has been re-issued "
                "after additional asbestos was found, and Call 4 cannot open until the 2026/27 allocation is "
                "confirmed by MHCLG. Overall status remains Amber.")
    ws["A8"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[8].height = 62
    ws.merge_cells("A10:C10")
    ws["A10"] = "Finance (2025/26)"
    ws["A10"].font = Font(bold=True)
    ws["A10"].fill = fill("E4DFEC")
    fin = [("Budget", "£12.7m"), ("Spend to date", "£3.9m"), ("Forecast outturn", "£11.8m"),
           ("Variance", "(£0.9m)")]
    for i, (k, v) in enumerate(fin, start=11):
        ws.cell(i, 1, k)
        ws.cell(i, 2, v)
    ws.merge_cells("A16:G16")
    ws["A16"] = "Key milestones and actions"
    ws["A16"].font = Font(bold=True)
    ws["A16"].fill = fill("E4DFEC")
    hdr = ["No.", "Milestone / action", "Lead", "Baseline date", "Forecast date", "Status", "Commentary"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(17, j, h)
        c.font = Font(bold=True)
        c.border = BOX
        c.fill = fill(GREY)
    W1 = "Workstream 1: Site acquisition and remediation"
    W2 = "Workstream 2: Grant funding and partner schemes"
    W3 = "Workstream 3: Governance and assurance"
    d = datetime
    rows = [
        ("ws", W1),
        ("1", "Complete acquisition of the former Kirkby Road depot site, Selby.", "Head of Housing Delivery",
         d(2025, 6, 30), d(2025, 9, 30), BLUE, "Contracts exchanged 12 September; completion 26 September."),
        ("2", "Procure a remediation contractor for the Harrogate Station Parade site through the YORbuild3 "
              "framework.", "J. Whitaker / P. Sandhu", d(2025, 10, 31), d(2025, 12, 31), AMBER,
         "Ground investigation found additional asbestos; scope revised and tender re-issued 15 September."),
        ("3", "Start remediation works at Scarborough Northway.", "Regeneration Projects Manager",
         d(2026, 1, 31), d(2026, 1, 31), GREEN, "On programme."),
        ("ws", W2),
        ("4", "Issue grant funding agreements for the six schemes approved at the June Board.",
         "Grants & Contracts Manager", d(2025, 8, 31), d(2025, 8, 31), BLUE, "All six GFAs signed."),
        ("5", "Open Call 4 for expressions of interest from local authority and registered provider partners.",
         "Head of Housing Delivery", d(2025, 11, 30), d(2026, 1, 31), RED,
         "Delayed until the 2026/27 allocation is confirmed by MHCLG."),
        ("6", "Agree quarterly output monitoring returns with City of York Council and North Yorkshire Council.",
         "Programme Officer", d(2025, 9, 30), d(2025, 10, 31), AMBER,
         "NYC return received; CYC return expected mid-October."),
        ("ws", W3),
        ("7", "Complete the programme assurance review under the Single Assurance Framework.",
         "Head of Assurance", d(2025, 12, 31), d(2025, 12, 31), GREEN, None),
        ("8", "Report the outcome of the mid-programme evaluation to the Programme Board.\n"
              "Include lessons learned on site acquisition timescales.",
         "R. Outhwaite", d(2026, 3, 31), d(2026, 3, 31), None, "Evaluation partner to be appointed in Q3."),
        ("9", "Publish the programme's annual delivery summary on the Combined Authority website.",
         "Communications Manager", d(2025, 7, 31), d(2025, 9, 30), BLUE, "Published 29 September 2025."),
    ]
    r = 18
    for row in rows:
        if row[0] == "ws":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(r, 1, row[1]).font = Font(bold=True, italic=True)
            r += 1
            continue
        no, text, lead, base, fc, col, comm = row
        ws.cell(r, 1, int(no))
        ws.cell(r, 2, text)
        ws.cell(r, 3, lead)
        ws.cell(r, 4, base).number_format = "dd-mmm-yy"
        ws.cell(r, 5, fc).number_format = "dd-mmm-yy"
        if col:
            ws.cell(r, 6).fill = fill(col)
        ws.cell(r, 7, comm)
        for j in range(1, 8):
            ws.cell(r, j).border = BOX
            ws.cell(r, j).alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    r += 1
    ws.cell(r, 1, "Status key:").font = Font(bold=True)
    for j, (t, col) in enumerate([("Complete", BLUE), ("On track", GREEN), ("At risk", AMBER),
                                  ("Off track", RED), ("Not started", None)], start=2):
        c = ws.cell(r, j, t)
        if col:
            c.fill = fill(col)
        c.border = BOX
    for col, w in zip("ABCDEFG", (16, 52, 26, 13, 13, 9, 46)):
        ws.column_dimensions[col].width = w

    ch = wb.create_sheet("Change log")
    for i, rr in enumerate([("Date", "Item", "Change", "Approved by"),
                            ("10/09/2025", "Milestone 2", "Forecast moved from 31/10/2025 to 31/12/2025",
                             "Programme Board"),
                            ("10/09/2025", "Milestone 5", "Forecast moved from 30/11/2025 to 31/01/2026",
                             "Programme Board"),
                            ("24/09/2025", "Milestone 6", "Forecast moved from 30/09/2025 to 31/10/2025",
                             "SRO")], start=1):
        for j, v in enumerate(rr, start=1):
            ch.cell(i, j, v).font = Font(bold=(i == 1))
    ch.column_dimensions["C"].width = 50
    wb.save(os.path.join(HERE, name))

    A = {row[0]: row for row in rows if row[0] != "ws"}
    acts = [
        act("1", [W1], A["1"][1], ["Head of Housing Delivery"], "2025-09", "blue"),
        act("2", [W1], A["2"][1], ["J. Whitaker", "P. Sandhu"], "2025-12", "amber"),
        act("3", [W1], A["3"][1], ["Regeneration Projects Manager"], "2026-01", "green"),
        act("4", [W2], A["4"][1], ["Grants & Contracts Manager"], "2025-08", "blue"),
        act("5", [W2], A["5"][1], ["Head of Housing Delivery"], "2026-01", "red"),
        act("6", [W2], A["6"][1], ["Programme Officer"], "2025-10", "amber"),
        act("7", [W3], A["7"][1], ["Head of Assurance"], "2025-12", "green"),
        act("8", [W3], A["8"][1], ["R. Outhwaite"], "2026-03", "unrated"),
        act("9", [W3], A["9"][1], ["Communications Manager"], "2025-09", "blue"),
    ]
    exp = {
        "source": ("Imitates a combined authority programme highlight report to a programme board (the "
                   "one-page highlight report format used for mayoral combined authority capital programmes "
                   "and local government programme boards, e.g. Dorset programme highlight reports, "
                   "https://moderngov.dorsetcouncil.gov.uk/ieIssueDetails.aspx?IId=226&Opt=3). Copies a "
                   "header block (period, SRO, programme manager, overall RAG), a summary paragraph, a "
                   "finance block with totals, a milestone table grouped by workstream rows with baseline and "
                   "forecast dates, status shown by fill colour only, a colour key row and a change-log sheet."),
        "reads": ("Nine numbered milestones/actions in three workstreams. The status cell has no text, only a "
                  "fill colour read by the key beneath (blue complete, green, amber, red, no fill not "
                  "started); the forecast date is the end. The header, summary, finance block and change log "
                  "are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    }
    return name, exp


# --------------------------------------------------------------------------------------
# 3. OVO Energy - Ofgem PPM market compliance review action plan (xlsx, REFUSE)
# --------------------------------------------------------------------------------------
def case_ovo_refuse():
    name = "od2-ovo-energy-ofgem-ppm-market-compliance-review-action-plan-typo-month-refuse.xlsx"
    title = "OVO Energy – Ofgem Market Compliance Review: Involuntary Prepayment Meter Installations"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Remediation action plan – return 6 to Ofgem (submitted 3 November 2023)"
    ws["A3"] = "Accountable executive: Chief Customer Officer"
    hdr = ["Finding", "Ofgem observation", "Action ref", "Remediation action", "Owner", "Target date", "Status",
           "Update"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("0A9828")
        c.border = BOX
    rows = [
        ("F1", "Ability-to-pay assessments were not consistently completed or recorded before a warrant was "
               "applied for.", "1a",
         "Introduce a mandatory ability-to-pay assessment screen in the collections system before a warrant can "
         "be requested.", "Head of Collections", "October 2023", "Complete", "Live from 9 October."),
        (None, None, "1b", "Retrain all collections agents on the Involuntary PPM Code of Practice.",
         "Collections Training Lead", "November 2023", "On track", "68% of agents trained."),
        (None, None, "1c", "QA a 10% sample of assessments each month and report results to the Vulnerability "
                           "Steering Group.", "Quality & Compliance Manager", "Monthly", "On track", ""),
        ("F2", "Vulnerability data was not always shared with field agents attending warrant visits.", "2a",
         "Add a vulnerability flag to the warrant job card sent to field agents.", "Head of Metering Operations",
         "Decmber 2023", "On track", "Build in test."),
        (None, None, "2b", "Require field agents to complete a 'safe and reasonably practicable' checklist on site "
                           "before fitting a PPM.", "Head of Metering Operations", "January 2024", "At risk",
         "Depends on handheld software release."),
        ("F3", "Smart meters were remotely switched to prepayment mode without a welfare contact.", "3a",
         "Suspend remote mode switching until a welfare contact process is in place.", "Chief Customer Officer",
         "February 2023", "Complete", "Suspended 3 February 2023."),
        (None, None, "3b", "Review all remote switches made between 1 January 2022 and 31 January 2023 and offer "
                           "compensation where the rules were not followed.", "Remediation Programme Lead",
         "March 2024", "On track", "41,200 of 63,000 cases reviewed."),
        ("F4", "Board oversight of warrant and remote switching activity was limited.", "4a",
         "Add monthly involuntary PPM MI to the Executive Risk Committee pack.", "Director of Regulation",
         "December 2023", "Not started", ""),
    ]
    typo_row = None
    for i, row in enumerate(rows, start=6):
        for j, v in enumerate(row, start=1):
            c = ws.cell(i, j, v if v != "" else None)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
        if row[5] == "Decmber 2023":
            typo_row = i
        st = row[6]
        ws.cell(i, 7).fill = fill({"Complete": BLUE, "On track": GREEN, "At risk": AMBER,
                                   "Not started": "FFFFFF"}[st])
    for col, w in zip("ABCDEFGH", (8, 44, 9, 52, 28, 14, 12, 36)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))
    assert typo_row == 9
    exp = {
        "source": ("Imitates an energy supplier's remediation action plan returned to Ofgem during the 2023 "
                   "Market Compliance Review of involuntary prepayment meter installations "
                   "(https://www.ofgem.gov.uk/publications/market-compliance-review-remote-mode-switching-and-pre-payment-meter-warrant-installations). "
                   "Copies a single-sheet tracker: title and return lines, Ofgem finding text given only on the "
                   "first row of each finding, lettered action refs, owners as job titles, target months as "
                   "text, status words with fill colours."),
        "reads": ("Eight remediation actions under four Ofgem findings. The target date of action 2a (sheet row "
                  "9) reads 'Decmber 2023', a mistyped month; a careful reader would stop and ask what was "
                  "meant rather than guess."),
        "outcome": "refuse",
        "refuse_at": 9,
        "title": title,
    }
    return name, exp


# --------------------------------------------------------------------------------------
# docx helpers
# --------------------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if k > 0:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold


# --------------------------------------------------------------------------------------
# 4. St Mungo's - Board of Trustees action log (docx, read)
# --------------------------------------------------------------------------------------
def case_st_mungos():
    name = "od2-st-mungos-board-of-trustees-action-log.docx"
    title = "St Mungo’s Board of Trustees – Action Log"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Updated after the Board meeting held on 25 September 2025. Actions rated B were closed at "
                      "that meeting and will be removed from the next log.")
    doc.add_paragraph("RAG: B = complete; G = on track; A = at risk of missing the due date; R = overdue.")
    M1 = "Meeting of 27 March 2025"
    M2 = "Meeting of 26 June 2025"
    M3 = "Meeting of 25 September 2025"
    items = [
        ("m", M1),
        ("A25/07", "6.2", "Circulate the revised reserves policy to trustees for comment before it goes to the "
                          "Finance & Audit Committee.", "Director of Finance", "May 2025", "B",
         "Circulated 2 May; approved by F&A Committee 12 June."),
        ("A25/09", "8.1", "Commission an external review of safeguarding governance, including the Safeguarding "
                          "Committee’s terms of reference.", "Chief Executive; Chair of Safeguarding Committee",
         "Sept 2025\nRevised: Dec 2025", "A", "Reviewer appointed in August; report now due to the December Board."),
        ("A25/11", "10", "Arrange trustee visits to the Lambeth assessment centre and the Endell Street hostel.",
         "Company Secretary", "July 2025", "B", "Visits took place on 8 and 15 July."),
        ("m", M2),
        ("A25/15", "4.3", "Bring the updated strategic risk register, with the revised cyber security risk score, "
                          "to the next meeting.", "Director of Corporate Services", "September 2025", "B",
         "On the agenda at item 6."),
        ("A25/16", "5.1", "Provide a breakdown of the 2025/26 deficit by funding stream, separating local "
                          "authority contract income from fundraised income.", "Director of Finance",
         "September 2025", "R", "Not provided – finance system migration. To come to December."),
        ("A25/18", "7", "Review the EDI action plan targets with the Staff Forum and report back to the Board.",
         "Director of People & Head of EDI", "December 2025", "G", ""),
        ("A25/19", "9.2", "Write to the GLA confirming the charity’s position on the Rough Sleeping Initiative "
                          "contract extension.", "Chief Executive", "July 2025", "B", "Letter sent 4 July."),
        ("m", M3),
        ("A25/22", "3.1", "Circulate the serious incident report submitted to the Charity Commission on "
                          "4 September to all trustees.", "Company Secretary", "October 2025", "G", ""),
        ("A25/23", "5.4", "Bring options for the future of the Bristol outreach service to the December Board, "
                          "including the impact on the 2026/27 budget.", "Director of Operations (South West)",
         "December 2025", "G", ""),
        ("A25/24", "8", "Agree the schedule of trustee visits for 2026.", "Chair / Company Secretary",
         "Q4 2025/26", "", "New action."),
    ]
    hdr = ["Ref", "Minute", "Action", "Owner", "Due", "RAG", "Update"]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for j, h in enumerate(hdr):
        set_cell(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "BDD7EE")
    ragcol = {"B": "8DB4E2", "G": "92D050", "A": "FFC000", "R": "FF0000"}
    for it in items:
        row = t.add_row()
        if it[0] == "m":
            c = row.cells[0].merge(row.cells[6])
            set_cell(c, it[1], bold=True)
            shade(c, "E7E6E6")
            continue
        for j, v in enumerate(it):
            set_cell(row.cells[j], v)
        if it[5] in ragcol:
            shade(row.cells[5], ragcol[it[5]])
        if it[5] == "B":
            for j in (0, 1, 2, 3, 4, 6):
                shade(row.cells[j], "F2F2F2")
    doc.add_paragraph("")
    doc.add_paragraph("Summary")
    s = doc.add_table(rows=3, cols=2)
    s.style = "Table Grid"
    for i, (k, v) in enumerate([("Open actions", "6"), ("Closed at this meeting", "4"), ("Total", "10")]):
        set_cell(s.rows[i].cells[0], k, bold=(k == "Total"))
        set_cell(s.rows[i].cells[1], v)
    doc.add_paragraph("Prepared by the Company Secretary, 29 September 2025.")
    doc.save(os.path.join(HERE, name))

    I = {it[0]: it for it in items if it[0] != "m"}
    acts = [
        act("A25/07", [M1], I["A25/07"][2], ["Director of Finance"], "2025-05", "blue"),
        act("A25/09", [M1], I["A25/09"][2], ["Chief Executive", "Chair of Safeguarding Committee"], "2025-12",
            "amber"),
        act("A25/11", [M1], I["A25/11"][2], ["Company Secretary"], "2025-07", "blue"),
        act("A25/15", [M2], I["A25/15"][2], ["Director of Corporate Services"], "2025-09", "blue"),
        act("A25/16", [M2], I["A25/16"][2], ["Director of Finance"], "2025-09", "red"),
        act("A25/18", [M2], I["A25/18"][2], ["Director of People", "Head of EDI"], "2025-12", "green"),
        act("A25/19", [M2], I["A25/19"][2], ["Chief Executive"], "2025-07", "blue"),
        act("A25/22", [M3], I["A25/22"][2], ["Company Secretary"], "2025-10", "green"),
        act("A25/23", [M3], I["A25/23"][2], ["Director of Operations (South West)"], "2025-12", "green"),
        act("A25/24", [M3], I["A25/24"][2], ["Chair", "Company Secretary"], "2026-03", "unrated"),
    ]
    exp = {
        "source": ("Imitates a charity's board of trustees action log kept by the company secretary and "
                   "tabled under matters arising (action logs as described in trustee meeting guidance, e.g. "
                   "https://www.barnett-waddingham.co.uk/trustee-meetings-handbook/actions-arising/ and "
                   "https://charityexcellence.co.uk/charity-trustee-meetings). Copies a heading, an "
                   "explanatory line and a RAG key line (B/G/A/R), one Word table with merged meeting-date "
                   "rows, action refs plus minute numbers, job-title owners, a due cell carrying an original and "
                   "a revised month, grey shading on closed actions, and a small summary table after it."),
        "reads": ("Ten actions from three Board meetings, each under its meeting row. Owners are job titles, "
                  "some cells naming two (semicolon, ampersand, slash). Due months are read as written, with "
                  "the revised month where one is given and Q4 2025/26 as March 2026; RAG letters follow the "
                  "key, and the blank RAG on the new action is unrated."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    }
    return name, exp


# --------------------------------------------------------------------------------------
# 5. Defra - HPAI 2022 to 2023 lessons identified action plan (docx, read)
# --------------------------------------------------------------------------------------
def case_defra():
    name = "od2-defra-hpai-2022-23-lessons-identified-action-plan.docx"
    title = "Highly pathogenic avian influenza H5N1 2022 to 2023: lessons identified action plan"
    doc = Document()
    doc.add_heading(title, level=0)
    doc.add_paragraph("Department for Environment, Food & Rural Affairs and Animal and Plant Health Agency")
    doc.add_paragraph("Progress position at 31 January 2024. Plan owner: Exotic Disease Control Team, Defra.")
    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    for i, r in enumerate([("Version", "Date", "Author", "Summary of changes"),
                           ("0.4", "14/07/2023", "EDC Team", "Draft for the Animal Disease Policy Group"),
                           ("1.0", "02/10/2023", "EDC Team", "Approved by the Animal Health and Welfare Board"),
                           ("1.2", "31/01/2024", "EDC Team", "Quarter 3 progress update")]):
        for j, v in enumerate(r):
            set_cell(dc.rows[i].cells[j], v, bold=(i == 0))
    doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete (blue); On track (green); At risk (amber) – may miss the target date; "
                      "Off track (red) – will miss the target date and needs escalation; Not started.")
    S1 = "1. Policy lessons"
    S2 = "2. Operational lessons"
    S3 = "3. Data and communications"
    L1 = "Lesson 1: Compensation arrangements for birds culled on infected premises were complex and slow to pay."
    L2 = ("Lesson 2: The criteria for introducing and lifting housing measures outside disease control zones were "
          "not well understood by keepers.")
    L3 = "Lesson 3: Field resourcing was stretched when more than 20 infected premises were active at the same time."
    L4 = "Lesson 4: Final cleansing and disinfection of infected premises took too long to complete."
    L5 = "Lesson 5: Bird keepers could not always be contacted quickly because registration data was incomplete."
    sections = [
        (S1, [
            (L1, [
                ("1.1", "Publish revised valuation and compensation guidance for keepers, including for birds that "
                        "are infected but not showing clinical signs.", "Defra Bird Health Policy Team",
                 "June 2023", "Complete"),
                ("1.2", "Introduce an interim payment at the point of valuation for premises with more than 10,000 "
                        "birds.", "Defra Bird Health Policy Team; APHA Finance", "Q4 2023/24", "On track"),
            ]),
            (L2, [
                ("2.1", "Set out the risk-level triggers for mandatory housing measures in the Notifiable Avian "
                        "Disease Control Strategy.", "Defra Bird Health Policy Team", "September 2023",
                 "Complete"),
                ("2.2", "Agree with industry bodies a single joint message to keepers whenever a housing measure is "
                        "introduced or lifted.", "Defra Communications", "October 2023", "Complete"),
            ]),
        ]),
        (S2, [
            (L3, [
                ("3.1", "Review surge plans for vets and field staff through the Veterinary Delivery Partnership "
                        "framework.", "APHA Head of Field Delivery", "March 2024", "At risk"),
                ("3.2", "Run a national exercise testing the response to 30 concurrent infected premises.\n"
                        "Include APHA, local authorities, the Environment Agency and industry contractors.",
                 "APHA Contingency Planning", "January 2024 – revised to May 2024", "Off track"),
            ]),
            (L4, [
                ("4.1", "Clarify the respective responsibilities of government and keepers for secondary cleansing "
                        "and disinfection, and publish a timeframe for completion.",
                 "Defra Bird Health Policy Team / APHA", "December 2023", "Complete"),
                ("4.2", "Monitor the time from preliminary cleansing to final cleansing and disinfection sign-off "
                        "and report it quarterly to the Outbreak Management Board.", "APHA Operations Performance",
                 "Quarterly", "On track"),
            ]),
        ]),
        (S3, [
            (L5, [
                ("5.1", "Make registration mandatory for all bird keepers, regardless of flock size, and update the "
                        "Poultry Register.", "Defra Bird Health Policy Team", "October 2024", "On track"),
                ("5.2", "Cleanse Poultry Register contact data before the 2024/25 risk period.", "APHA Data Services",
                 "September 2024", "Not started"),
            ]),
        ]),
    ]
    stcol = {"Complete": "9DC3E6", "On track": "A9D08E", "At risk": "FFD966", "Off track": "FF7C80"}
    for sec, lessons in sections:
        doc.add_heading(sec, level=1)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for j, h in enumerate(["No.", "Action", "Owner", "Target date", "Status"]):
            set_cell(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "D9E2F3")
        for les, acts_ in lessons:
            row = t.add_row()
            c = row.cells[0].merge(row.cells[4])
            set_cell(c, les, bold=True)
            for a in acts_:
                row = t.add_row()
                for j, v in enumerate(a):
                    set_cell(row.cells[j], v)
                if a[4] in stcol:
                    shade(row.cells[4], stcol[a[4]])
        doc.add_paragraph("")
    doc.add_paragraph("Notes: Actions marked Complete will be removed at the next quarterly update. Laboratory "
                      "capacity lessons are tracked in the APHA Science Directorate plan and are not repeated here.")
    doc.save(os.path.join(HERE, name))

    lk = {}
    for sec, lessons in sections:
        for les, acts_ in lessons:
            for a in acts_:
                lk[a[0]] = (sec, les, a[1])

    def A(ref, lead, end, status, end_text=None):
        sec, les, text = lk[ref]
        return act(ref, [sec, les], text, lead, end, status, end_text)

    acts = [
        A("1.1", ["Defra Bird Health Policy Team"], "2023-06", "blue"),
        A("1.2", ["Defra Bird Health Policy Team", "APHA Finance"], "2024-03", "green"),
        A("2.1", ["Defra Bird Health Policy Team"], "2023-09", "blue"),
        A("2.2", ["Defra Communications"], "2023-10", "blue"),
        A("3.1", ["APHA Head of Field Delivery"], "2024-03", "amber"),
        A("3.2", ["APHA Contingency Planning"], "2024-05", "red"),
        A("4.1", ["Defra Bird Health Policy Team", "APHA"], "2023-12", "blue"),
        A("4.2", ["APHA Operations Performance"], None, "green", end_text="Quarterly"),
        A("5.1", ["Defra Bird Health Policy Team"], "2024-10", "green"),
        A("5.2", ["APHA Data Services"], "2024-09", "unrated"),
    ]
    exp = {
        "source": ("Imitates a Defra/APHA lessons-identified action plan following an avian influenza epizootic "
                   "(cf. 'Avian influenza: lessons identified from the December 2016 to June 2017 outbreak' and "
                   "'November 2014 and February 2015: Lessons learned in outbreak', "
                   "https://gov.uk/government/publications/reports-relating-to-recent-cases-of-avian-influenza-bird-flu/lessons-learned-in-november-2014-and-february-2015-outbreak, "
                   "which group lessons as policy and operational). Copies a title, owner line, a document "
                   "control table with dates, a status key paragraph, one Word table per numbered section, the "
                   "lesson text as a merged row above its numbered actions, a two-paragraph action cell, an "
                   "original-and-revised target cell and a closing notes line."),
        "reads": ("Ten numbered actions in three sections, each under a lesson. Status words are read by the "
                  "key (Complete blue, On track green, At risk amber, Off track red, Not started unrated); "
                  "'January 2024 – revised to May 2024' ends in May 2024 and 'Quarterly' has no end month. The "
                  "document control table is not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    }
    return name, exp


# --------------------------------------------------------------------------------------
# 6. Nexus Fostering - Ofsted IFA inspection action plan (csv, read)
# --------------------------------------------------------------------------------------
def case_nexus():
    name = "od2-nexus-fostering-ofsted-ifa-inspection-action-plan.csv"
    title = "Nexus Fostering Ltd - Ofsted Inspection of Independent Fostering Agency - Action Plan"
    R1 = ("The registered person must ensure that each foster parent's annual review is completed and presented to "
          "the fostering panel within the timescales set out in Regulation 29 of the Fostering Services (England) "
          "Regulations 2011. (Due by 31 July 2024)")
    R2 = ("The registered person must ensure that the fostering service's safeguarding policy is followed when "
          "allegations are made against foster carers, including referral to the LADO within one working day "
          "(Regulation 12). (Due by 30 June 2024)")
    R3 = ("The registered person should ensure that foster carers complete the Training, Support and Development "
          "Standards within 12 months of approval (Fostering National Minimum Standard 20.3).")
    R4 = ("The registered person should ensure that children's views are sought and recorded before each foster "
          "carer review (NMS 13.7).")
    REQ = "REQUIREMENTS"
    REC = "RECOMMENDATIONS"
    rows = [
        [title, "", "", "", "", "", ""],
        ["Inspection dates: 13 to 17 May 2024", "", "", "", "", "", ""],
        ["Overall experiences and progress of children and young people: Requires improvement to be good",
         "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["No.", "Requirement / recommendation", "Action", "Responsible", "Timescale", "Update (September 2024)",
         "RAG"],
        [REQ, "", "", "", "", "", ""],
        ["1", R1, "Audit all foster carer reviews and produce a schedule showing every review due in the next "
                  "12 months.", "Registered Manager", "30/06/2024",
         "Audit completed; 9 overdue reviews identified and scheduled.", "B"],
        ["2", "", "Present the 9 overdue reviews to panel.", "Panel Adviser / Registered Manager", "31/07/2024",
         "7 presented; 2 carers on leave, booked for October panel.", "A"],
        ["3", R2, "Re-issue the allegations procedure to all supervising social workers and record attendance at "
                  "a briefing.", "Head of Practice; Registered Manager", "14/06/2024",
         "Briefing held 12 June, 100% attendance.", "B"],
        ["4", "", "Introduce a monthly allegations tracker, reviewed by the Responsible Individual.",
         "Responsible Individual", "Monthly", "Tracker in place from July.", "G"],
        [REC, "", "", "", "", "", ""],
        ["5", R3, "Set a 12-month TSD completion date for each newly approved carer and monitor it in "
                  "supervision.", "Training & Development Coordinator", "Sept 2024",
         "14 of 16 carers on track; 2 extended for health reasons.", "G"],
        ["6", R4, "Add a children's feedback form to the annual review paperwork, with an easy-read version for "
                  "younger children.\nShare completed forms with the reviewing officer.",
         "Independent Reviewing Officer", "Oct-24", "", "A"],
        ["7", "", "Report the proportion of reviews with children's views recorded to the quarterly quality "
                  "assurance meeting.", "Quality Assurance Manager", "Ongoing", "", ""],
        ["", "", "", "", "", "", ""],
        ["RAG key: B = completed; G = on track; A = some slippage; R = not achieved", "", "", "", "", "", ""],
        ["Prepared by K. Doyle, Registered Manager, 20/09/2024", "", "", "", "", "", ""],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    with open(os.path.join(HERE, name), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    T = {r[0]: r for r in rows if r[0] in list("1234567")}
    acts = [
        act("1", [REQ, R1], T["1"][2], ["Registered Manager"], "2024-06", "blue"),
        act("2", [REQ, R1], T["2"][2], ["Panel Adviser", "Registered Manager"], "2024-07", "amber"),
        act("3", [REQ, R2], T["3"][2], ["Head of Practice", "Registered Manager"], "2024-06", "blue"),
        act("4", [REQ, R2], T["4"][2], ["Responsible Individual"], None, "green", end_text="Monthly"),
        act("5", [REC, R3], T["5"][2], ["Training & Development Coordinator"], "2024-09", "green"),
        act("6", [REC, R4], T["6"][2], ["Independent Reviewing Officer"], "2024-10", "amber"),
        act("7", [REC, R4], T["7"][2], ["Quality Assurance Manager"], None, "unrated", end_text="Ongoing"),
    ]
    exp = {
        "source": ("Imitates an independent fostering agency's post-inspection action plan after an Ofsted "
                   "inspection under the social care common inspection framework (requirements with a due "
                   "date, then recommendations citing the Fostering National Minimum Standards), exported from "
                   "Excel to CSV. Copies the title, inspection dates and judgement lines, REQUIREMENTS and "
                   "RECOMMENDATIONS section rows, the inspector's text only on the first action row for it, "
                   "job-title owners, day-first and month-only timescales, a progress column, B/G/A/R letters, "
                   "a RAG key line and a prepared-by line."),
        "reads": ("Seven numbered actions answering two requirements and two recommendations; actions 2, 4 and "
                  "7 have a blank requirement cell and continue the one above. RAG letters follow the key at "
                  "the foot; 'Monthly' and 'Ongoing' have no end month; action 7 has no RAG (unrated)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    }
    return name, exp


# --------------------------------------------------------------------------------------
# 7. Cranleigh Parish Council - internal audit action plan (tab-separated txt, read)
# --------------------------------------------------------------------------------------
def case_cranleigh():
    name = "od2-cranleigh-parish-council-internal-audit-action-plan.txt"
    title = "Cranleigh Parish Council – Internal Audit 2024/25 Action Plan"
    AA = "A. Appropriate accounting records have been properly kept throughout the financial year."
    AB = ("B. This authority complied with its financial regulations, payments were supported by invoices, all "
          "expenditure was approved and VAT was appropriately accounted for.")
    AC = ("C. This authority assessed the significant risks to achieving its objectives and reviewed the adequacy "
          "of arrangements to manage these.")
    AE = ("E. The precept or rates requirement resulted from an adequate budgetary process; progress against the "
          "budget was regularly monitored; and reserves were appropriate.")
    AL = ("L. The authority published information on a free to access website/webpage up to date at the time of the "
          "internal audit in accordance with any relevant transparency code requirements.")
    RC1 = "Bank reconciliations should be signed by a councillor other than the Chair."
    RC2 = "Financial Regulations should be updated to the 2024 NALC model."
    RC4 = "The risk register should be reviewed by Full Council at least annually and the review minuted."
    RC5 = "The council should confirm that its insurance cover for the Village Hall and play areas is adequate."
    RC6 = "Earmarked reserves should be reviewed and the purpose of each reserve recorded."
    RC7 = "The council's website should include all information required by the Transparency Code for Smaller Authorities."
    RC8 = "The council's website should meet the public sector accessibility regulations."
    acts_rows = [
        ("h", AA),
        ("IA1", RC1, "Add the bank reconciliation to each Finance & Governance agenda and have it signed by the "
                     "Vice-Chair of the committee.", "RFO", "31/07/2025", "Complete",
         "Signed at the July and September meetings."),
        ("h", AB),
        ("IA2", RC2, "Adopt revised Financial Regulations based on the NALC 2024 model.", "Clerk",
         "September 2025", "Green", "Draft to F&G Committee 18 September."),
        ("IA3", "", "Raise the threshold for three written quotations in line with the new model and publish the "
                    "revised procurement thresholds on the website.", "Clerk & Deputy Clerk", "September 2025",
         "Green", ""),
        ("h", AC),
        ("IA4", RC4, "Review the risk register at the Full Council meeting each May and minute the review.",
         "Clerk", "Annually", "Green", "Reviewed 12 May 2025 (Minute C25/048)."),
        ("IA5", RC5, "Obtain a revaluation of the Village Hall and review play area cover with the insurer before "
                     "renewal.", "RFO", "By 1 October 2025", "Amber", "Valuer booked for 24 September."),
        ("h", AE),
        ("IA6", RC6, "Prepare a schedule of earmarked reserves, with the purpose and review date of each, for "
                     "approval alongside the 2026/27 budget.", "RFO; Chair of Finance & Governance",
         "January 2026", "Not started", ""),
        ("h", AL),
        ("IA7", RC7, "Publish the 2024/25 AGAR, the notice of the period for the exercise of public rights and "
                     "all payments over £500.", "Deputy Clerk", "30/06/2025", "Complete", "Published 27 June 2025."),
        ("IA8", RC8, "Commission an accessibility audit of the website and fix the issues it finds.",
         "Deputy Clerk", "March 2026", "Red",
         "Quote received is over budget; to be reconsidered at the November committee."),
    ]
    lines = [
        title,
        "Agreed by Full Council on 12 June 2025 (Minute C25/061). Progress is reviewed at each Finance & "
        "Governance Committee meeting.",
        "Internal auditor: Surrey Parish Audit Services. Report dated 19 May 2025.",
        "",
        "\t".join(["Ref", "Internal auditor's recommendation", "Agreed action", "Responsible", "Target date",
                   "Status", "Progress / comments"]),
    ]
    for r in acts_rows:
        if r[0] == "h":
            lines.append(r[1])
        else:
            lines.append("\t".join(r))
    lines += [
        "",
        "IA4 and IA5 were carried forward from the 2023/24 internal audit report.",
        "Status key: Complete = done and evidenced; Green = on track; Amber = some delay; Red = not on track; "
        "Not started.",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    X = {r[0]: r for r in acts_rows if r[0] != "h"}
    acts = [
        act("IA1", [AA, RC1], X["IA1"][2], ["RFO"], "2025-07", "blue"),
        act("IA2", [AB, RC2], X["IA2"][2], ["Clerk"], "2025-09", "green"),
        act("IA3", [AB, RC2], X["IA3"][2], ["Clerk", "Deputy Clerk"], "2025-09", "green"),
        act("IA4", [AC, RC4], X["IA4"][2], ["Clerk"], None, "green", end_text="Annually"),
        act("IA5", [AC, RC5], X["IA5"][2], ["RFO"], "2025-10", "amber"),
        act("IA6", [AE, RC6], X["IA6"][2], ["RFO", "Chair of Finance & Governance"], "2026-01", "unrated"),
        act("IA7", [AL, RC7], X["IA7"][2], ["Deputy Clerk"], "2025-06", "blue"),
        act("IA8", [AL, RC8], X["IA8"][2], ["Deputy Clerk"], "2026-03", "red"),
    ]
    exp = {
        "source": ("Imitates a parish council's action plan responding to its internal auditor's annual report, "
                   "organised under the AGAR Annual Internal Audit Report control objectives (A, B, C ... L), as "
                   "published in parish council Finance committee papers (cf. parish internal audit checklists "
                   "and reports such as https://vdocuments.site/internal-audit-checklist-for-year-ending-31-march-2021.html). "
                   "Copies a title line, adoption and auditor lines, a tab-separated header, AGAR objective "
                   "lines as section headings, the recommendation beside its agreed action (blank where a second "
                   "action answers the same one), Clerk/RFO officers, a status column and closing notes and key lines."),
        "reads": ("Eight actions IA1 to IA8, each under its AGAR control objective and the auditor's "
                  "recommendation (IA3 continues IA2's recommendation). Status words follow the key at the foot "
                  "(Complete blue, Not started unrated); 'Annually' has no end month and 'By 1 October 2025' ends "
                  "in October 2025."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    }
    return name, exp


def main():
    for fn in (case_yorkshire_water, case_ynyca, case_ovo_refuse, case_st_mungos, case_defra, case_nexus,
               case_cranleigh):
        name, exp = fn()
        write_expected(name, exp)
        print("wrote", name)


if __name__ == "__main__":
    main()
