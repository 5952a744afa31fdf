"""Build the seven ot2- blind test files (set heldout440) and their expected readings.

Run with /work/main/.venv/bin/python ot2_make.py from any directory.
Writes only files whose names start with "ot2-" in this script's folder.
"""
import csv
import datetime as dt
import io
import os

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
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
    "grey": "D9D9D9", "navy": "1F3864", "pale": "DEEAF6", "teal": "DAEEF3",
}
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(colour):
    return PatternFill("solid", start_color=FILL.get(colour, colour), end_color=FILL.get(colour, colour))


def path(name):
    assert name.startswith("ot2-")
    return os.path.join(HERE, name)


def write_expected(name, exp):
    order = ["source", "reads", "outcome", "accept_refusal", "refuse_at", "title", "actions"]
    out = {k: exp[k] for k in order if k in exp}
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(out, f, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# 1. Metro Bank PLC - FCA Final Notice remediation action tracker (xlsx)
# ---------------------------------------------------------------------------
def metro_bank():
    name = "ot2-metro-bank-fca-financial-crime-remediation-action-tracker.xlsx"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Metro Bank PLC"
    cov["A1"].font = Font(bold=True, size=16, color="C00000")
    cov["A2"] = "Financial Crime Remediation Programme"
    cov["A2"].font = Font(bold=True, size=12)
    title = "FCA Final Notice (12 November 2024) – Remediation Action Tracker"
    cov["A3"] = title
    cov["A3"].font = Font(bold=True, size=14)
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    dc = [
        ("Version", "3.2"),
        ("Position at", "30 September 2025"),
        ("Owner", "Financial Crime Remediation PMO"),
        ("Accountable executive", "Money Laundering Reporting Officer (SMF17)"),
        ("Reviewed by", "Board Risk Committee, 9 October 2025"),
        ("Shared with", "FCA supervision team (monthly)"),
        ("Classification", "Confidential – Board and Regulator"),
    ]
    for i, (k, v) in enumerate(dc, start=6):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=1).fill = fill("grey")
        cov.cell(row=i, column=2, value=v)
        for c in (1, 2):
            cov.cell(row=i, column=c).border = BORDER
    cov["A14"] = "Version history"
    cov["A14"].font = Font(bold=True)
    vh = [("Version", "Date", "Change"),
          ("3.0", "04/07/2025", "Q2 position; revised dates for TM1.2 and CAL3.2 agreed"),
          ("3.1", "05/08/2025", "Owner changes following executive restructure"),
          ("3.2", "30/09/2025", "Q3 position for Board Risk Committee")]
    for i, row in enumerate(vh, start=15):
        for j, v in enumerate(row, start=1):
            c = cov.cell(row=i, column=j, value=v)
            c.border = BORDER
            if i == 15:
                c.font = Font(bold=True)
                c.fill = fill("grey")
    cov.column_dimensions["A"].width = 24
    cov.column_dimensions["B"].width = 48
    cov.column_dimensions["C"].width = 60

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of actions by workstream – 30 September 2025"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Workstream", "Actions", "Blue", "Green", "Amber", "Red"]
    rows = [
        ["1 – Transaction monitoring data completeness", 3, 1, 0, 1, 1],
        ["2 – Governance, escalation and oversight", 3, 1, 1, 1, 0],
        ["3 – Scenario calibration and alert handling", 2, 1, 1, 0, 0],
        ["Total", 8, 3, 2, 2, 1],
    ]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.border = BORDER
    for col, colour in ((3, "blue"), (4, "green"), (5, "amber"), (6, "red")):
        sm.cell(row=3, column=col).fill = fill(colour)
    for i, r in enumerate(rows, start=4):
        for j, v in enumerate(r, start=1):
            c = sm.cell(row=i, column=j, value=v)
            c.border = BORDER
            if r[0] == "Total":
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 48

    # Tracker sheet
    ws = wb.create_sheet("Action Tracker")
    ws["A1"] = "Action Tracker – position at 30 September 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("RAG: Blue = complete and closure validated by Internal Audit; Green = on track; "
                "Amber = at risk, recovery plan in place; Red = off track or target date missed")
    ws["A2"].font = Font(italic=True)
    headers = ["Ref", "Final Notice finding", "Remediation action", "Action owner",
               "Original target date", "Revised target date", "Previous RAG (Jun-25)",
               "Current RAG (Sep-25)", "Progress update"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.alignment = WRAP
        c.border = BORDER

    D = dt.datetime
    ws1 = "Workstream 1 – Transaction monitoring data completeness"
    ws2 = "Workstream 2 – Governance, escalation and oversight"
    ws3 = "Workstream 3 – Scenario calibration and alert handling"
    f1 = ("Finding 1: Same-day and pre-update transactions on newly opened accounts were not fed to "
          "the automated transaction monitoring system (Final Notice 4.8–4.15)")
    f2 = ("Finding 2: Concerns raised by junior staff in 2017 and 2018 were not escalated effectively "
          "to the Financial Crime Steering Group (Final Notice 4.20–4.27)")
    f3 = ("Finding 3: Board and committee MI did not give assurance that all transactions were being "
          "monitored (Final Notice 4.30)")
    f4 = ("Finding 4: Scenario thresholds were not tuned or tested after go-live and the alert backlog "
          "was not risk-assessed (Final Notice 4.35–4.41)")

    # (ref, finding, action, owner, original, revised, prev, cur, update, lead list, end, status)
    layout = [
        ("ws", ws1),
        ("finding", f1, [
            ("TM1.1", "Implement daily automated reconciliation of core banking transaction volumes to the "
             "transaction monitoring system feed, with exceptions reported to the Financial Crime "
             "Operations Manager.", "Chief Data Officer", D(2025, 3, 31), None, "Green", "Blue",
             "Reconciliation live from 3 March 2025. Internal Audit validation complete (IA-25-014).",
             ["Chief Data Officer"], "2025-03", "blue"),
            ("TM1.2", "Complete a look-back review of transactions not monitored between June 2016 and "
             "December 2020 and submit SARs where required.", "Head of Financial Intelligence Unit",
             D(2025, 6, 30), D(2025, 12, 31), "Amber", "Amber",
             "Look-back 82% complete. Revised date agreed with FCA supervision team on 14 July 2025.",
             ["Head of Financial Intelligence Unit"], "2025-12", "amber"),
            ("TM1.3", "Embed data lineage controls for all new products and channels so that no "
             "transaction type can go live without a confirmed monitoring feed.",
             "Chief Data Officer / Chief Operating Officer", D(2025, 9, 30), D(2026, 3, 31), "Green", "Red",
             "New product approval form updated. Control design failed the Internal Audit walkthrough "
             "in August 2025; rework under way.",
             ["Chief Data Officer", "Chief Operating Officer"], "2026-03", "red"),
        ]),
        ("ws", ws2),
        ("finding", f2, [
            ("GOV2.1", "Introduce a financial crime issues log with mandatory escalation to the Financial "
             "Crime Steering Group within 10 working days for any data or system issue.", "MLRO",
             D(2025, 2, 28), None, "Blue", "Blue", "Issues log in use since February 2025.",
             ["MLRO"], "2025-02", "blue"),
            ("GOV2.2", "Deliver speak-up and escalation training to all Financial Crime and Operations "
             "colleagues, with completion tracked through the learning platform.",
             "Chief People Officer; MLRO", D(2025, 9, 30), D(2025, 11, 30), "Green", "Amber",
             "71% of colleagues trained. Operations sessions rescheduled after peak leave period.",
             ["Chief People Officer", "MLRO"], "2025-11", "amber"),
        ]),
        ("finding", f3, [
            ("GOV2.3", "Redesign the Board Risk Committee financial crime MI pack to include monitoring "
             "coverage, reconciliation breaks and alert ageing.", "Chief Risk Officer",
             D(2025, 7, 31), D(2025, 10, 31), "Green", "Green",
             "Draft pack reviewed by BRC Chair; first full pack to October 2025 meeting.",
             ["Chief Risk Officer"], "2025-10", "green"),
        ]),
        ("ws", ws3),
        ("finding", f4, [
            ("CAL3.1", "Commission an independent tuning and below-the-line testing exercise for all "
             "transaction monitoring scenarios.", "Head of Financial Crime Analytics",
             D(2025, 12, 31), None, "Green", "Green",
             "Supplier appointed; testing of 14 of 38 scenarios complete.",
             ["Head of Financial Crime Analytics"], "2025-12", "green"),
            ("CAL3.2", "Clear the legacy alert backlog and introduce risk-based alert ageing targets "
             "(high-risk alerts closed within 30 days).", "Head of Financial Crime Operations",
             D(2025, 5, 31), D(2025, 9, 30), "Amber", "Blue",
             "Backlog cleared 19 September 2025; ageing targets met in August and September.",
             ["Head of Financial Crime Operations"], "2025-09", "blue"),
        ]),
    ]
    actions = []
    r = 5
    current_ws = None
    for item in layout:
        if item[0] == "ws":
            current_ws = item[1]
            ws.cell(row=r, column=1, value=current_ws)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(row=r, column=1).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill("pale")
            r += 1
            continue
        _, finding, rows = item
        first = r
        for (ref, text, owner, orig, rev, prev, cur, upd, lead, end, status) in rows:
            ws.cell(row=r, column=1, value=ref)
            if r == first:
                ws.cell(row=r, column=2, value=finding)
            ws.cell(row=r, column=3, value=text)
            ws.cell(row=r, column=4, value=owner)
            c = ws.cell(row=r, column=5, value=orig)
            c.number_format = "dd/mm/yyyy"
            if rev is not None:
                c = ws.cell(row=r, column=6, value=rev)
                c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7, value=prev).fill = fill(prev.lower())
            ws.cell(row=r, column=8, value=cur).fill = fill(cur.lower())
            ws.cell(row=r, column=9, value=upd)
            for cc in range(1, 10):
                ws.cell(row=r, column=cc).alignment = WRAP
                ws.cell(row=r, column=cc).border = BORDER
            for cc in (7, 8):
                if ws.cell(row=r, column=cc).value in ("Blue", "Red"):
                    ws.cell(row=r, column=cc).font = Font(color="FFFFFF", bold=True)
            actions.append(act(ref, [current_ws, finding], text, lead, end, status))
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    ws.cell(row=r + 1, column=1, value="Notes: dates are end of month unless stated. Revised dates have been "
            "agreed by the Financial Crime Remediation Steering Committee and notified to the FCA.")
    ws.cell(row=r + 1, column=1).font = Font(italic=True, size=9)
    widths = [9, 38, 52, 26, 13, 13, 12, 12, 48]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, colour, v) in enumerate([
            ("Blue", "blue", "Complete – evidence accepted and closure validated by Internal Audit"),
            ("Green", "green", "On track to deliver by the current target date"),
            ("Amber", "amber", "At risk – recovery plan in place"),
            ("Red", "red", "Off track or target date missed – escalated to Steering Committee")], start=2):
        key.cell(row=i, column=1, value=k).fill = fill(colour)
        key.cell(row=i, column=2, value=v)
    key.column_dimensions["B"].width = 70
    wb.save(path(name))

    exp = {
        "source": ("Imitates a private firm's remediation tracker answering an FCA Final Notice: Metro Bank "
                   "PLC, fined £16.7m by the FCA on 12 November 2024 for transaction monitoring failings "
                   "(https://www.fca.org.uk/news/press-releases/fca-fines-metro-bank-financial-crime-failings). "
                   "Copies the layout of bank/regulator remediation trackers reported to a Board Risk "
                   "Committee: cover sheet with document-control and version-history tables, a summary "
                   "sheet of counts by workstream, the tracker sheet with merged workstream header rows, "
                   "the Final Notice finding merged down the column beside its actions, job titles as "
                   "owners (two in one cell with '/' and ';'), original and revised target dates as date "
                   "cells, previous and current RAG with text and fill, and a separate RAG key sheet."),
        "reads": ("A four-sheet workbook: cover, summary counts, the action tracker and a RAG key. The "
                  "tracker holds eight remediation actions in three workstreams, each under the Final "
                  "Notice finding it answers; the end is the revised target date where one is given, and "
                  "the status is the current (Sep-25) RAG, where Blue means complete."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 2. West Yorkshire CA - Mass Transit highlight report (xlsx, refuse)
# ---------------------------------------------------------------------------
def wyca():
    name = "ot2-west-yorkshire-ca-mass-transit-programme-highlight-report-typo-month-refuse.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = "West Yorkshire Combined Authority"
    ws["A1"].font = Font(bold=True, size=12, color="E6007E")
    title = "Mass Transit Programme – Monthly Highlight Report"
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=15)
    info = [("Reporting period", "September 2025"),
            ("Senior Responsible Owner", "Director of Mass Transit"),
            ("Programme Manager", "Mass Transit Programme Manager"),
            ("Overall programme RAG", "Amber")]
    for i, (k, v) in enumerate(info, start=3):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=i, column=3, value=v)
    ws["C6"].fill = fill("amber")
    ws["A8"] = "1. Summary of progress this period"
    ws["A8"].font = Font(bold=True, color="FFFFFF")
    ws["A8"].fill = fill("navy")
    ws.merge_cells("A8:H8")
    bullets = [
        "• Statutory consultation on Phase 1 (Leeds Line and Bradford Line) closed on 31 August 2025 with over 6,000 responses.",
        "• Outline Business Case drafting on programme; DfT review sessions held 9 and 23 September.",
        "• Delivery Partner procurement paused pending confirmation of the City Region Sustainable Transport Settlement profile.",
    ]
    for i, b in enumerate(bullets, start=9):
        ws.cell(row=i, column=1, value=b)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=8)
    ws["A13"] = "2. Key milestones and actions"
    ws["A13"].font = Font(bold=True, color="FFFFFF")
    ws["A13"].fill = fill("navy")
    ws.merge_cells("A13:H13")
    hdr = ["Ref", "Workstream", "Milestone / action", "Lead", "Baseline date", "Forecast date", "RAG",
           "Commentary"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=14, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("grey")
        c.border = BORDER
        c.alignment = WRAP
    ms = [
        ("MT01", "Consents", "Submit Transport and Works Act Order application for Phase 1 (Leeds Line)",
         "Head of Consents", "Mar-26", "Jun-26", "A",
         "Consultation analysis has taken longer than planned; three-month slip reported to Transport Committee."),
        ("MT02", "Business case", "Submit Outline Business Case to DfT",
         "Head of Business Case / Finance Director", "Dec-25", "Dec-25", "G",
         "Economic case and financial case drafts complete."),
        ("MT03", "Engagement", "Publish consultation report and 'You said, we did' summary",
         "Head of Engagement", "Oct-25", "Nov-25", "A", "Independent analysis contractor report due 17 October."),
        ("MT04", "Land and property", "Issue land referencing notices to affected landowners on the Leeds Line",
         "Land and Property Manager", "Jan-26", "Jan-26", "G", "Land referencing contractor mobilised."),
        ("MT05", "Commercial", "Launch procurement for Delivery Partner (early contractor involvement)",
         "Commercial Director", "Apr-26", "0ct-26", "R",
         "Paused until funding profile confirmed; decision sought from Combined Authority in December."),
        ("MT06", "Bradford Line", "Agree preferred alignment through Bradford city centre with Bradford Council",
         "Bradford Line Sponsor; Bradford Council Director of Place", "Feb-26", "Mar-26", "A",
         "Options workshop held 18 September; further work on station interface required."),
        ("MT07", "Engineering", "Complete ground investigation at the Stourton depot site",
         "Engineering Manager", "Nov-25", "Nov-25", "C", "Complete – factual report received 26 September."),
    ]
    rag_fill = {"R": "red", "A": "amber", "G": "green", "C": "blue"}
    for i, row in enumerate(ms, start=15):
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = BORDER
            c.alignment = WRAP
        ws.cell(row=i, column=7).fill = fill(rag_fill[row[6]])
    typo_row = 15 + [m[0] for m in ms].index("MT05")
    assert ws.cell(row=typo_row, column=6).value == "0ct-26"
    ws["A23"] = "3. Top programme risks"
    ws["A23"].font = Font(bold=True, color="FFFFFF")
    ws["A23"].fill = fill("navy")
    ws.merge_cells("A23:H23")
    rh = ["Risk ref", "Risk", "", "Owner", "Score", "", "Trend", "Mitigation"]
    for j, h in enumerate(rh, start=1):
        c = ws.cell(row=24, column=j, value=h if h else None)
        c.font = Font(bold=True)
        c.fill = fill("grey")
    risks = [
        ("R04", "Construction cost inflation exceeds the allowance in the Outline Business Case", "SRO", 20, "↑",
         "Independent cost review; value engineering workshops"),
        ("R09", "Funding profile from CRSTS2 does not match the programme's spend profile", "Finance Director", 16,
         "↔", "Regular engagement with DfT; phased procurement"),
    ]
    for i, (rr, rt, ow, sc, tr, mit) in enumerate(risks, start=25):
        ws.cell(row=i, column=1, value=rr)
        ws.cell(row=i, column=2, value=rt)
        ws.merge_cells(start_row=i, start_column=2, end_row=i, end_column=3)
        ws.cell(row=i, column=4, value=ow)
        ws.cell(row=i, column=5, value=sc).fill = fill("red" if sc >= 20 else "amber")
        ws.cell(row=i, column=7, value=tr)
        ws.cell(row=i, column=8, value=mit)
    ws["A28"] = "4. Decisions and support required"
    ws["A28"].font = Font(bold=True, color="FFFFFF")
    ws["A28"].fill = fill("navy")
    ws.merge_cells("A28:H28")
    ws["A29"] = "Combined Authority to confirm the CRSTS2 funding profile for Mass Transit at its December 2025 meeting."
    ws["A31"] = "RAG: G = on track; A = at risk; R = off track; C = complete"
    ws["A31"].font = Font(italic=True, size=9)
    widths = [8, 16, 46, 30, 11, 11, 7, 50]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w

    h2 = wb.create_sheet("Milestone history")
    h2["A1"] = "Forecast movement since baseline (months)"
    h2["A1"].font = Font(bold=True)
    for i, (ref, mv) in enumerate([("MT01", 3), ("MT02", 0), ("MT03", 1), ("MT04", 0), ("MT05", 6),
                                   ("MT06", 1), ("MT07", 0)], start=2):
        h2.cell(row=i, column=1, value=ref)
        h2.cell(row=i, column=2, value=mv)
    wb.save(path(name))

    exp = {
        "source": ("Imitates a combined authority programme highlight report: West Yorkshire Combined "
                   "Authority's Mass Transit programme (Phase 1 Leeds and Bradford lines; decisions of the "
                   "Combined Authority on 14 March 2024, westyorkshire.moderngov.co.uk), in the style of the "
                   "monthly highlight reports CAs attach to transport committee papers. Copies the header "
                   "block (period, SRO, programme manager, overall RAG fill), numbered sections for progress "
                   "bullets, a key milestones table with baseline and forecast dates as text months and a "
                   "letter RAG with fill, a top risks table, a decisions line and a RAG key line, plus a "
                   "second history sheet."),
        "reads": ("A one-page highlight report whose section 2 lists seven milestones/actions with baseline "
                  "and forecast months. The forecast date for MT05 (Delivery Partner procurement) is "
                  "written '0ct-26' with a zero for the letter O; a careful reader would stop and ask what "
                  "month is meant rather than guess, so the import should refuse at sheet row "
                  f"{typo_row}."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    }
    write_expected(name, exp)
    return name, len(ms)


# ---------------------------------------------------------------------------
# 3. Pembrokeshire Coast NPA - corporate risk register (xlsx)
# ---------------------------------------------------------------------------
def pcnpa():
    name = "ot2-pembrokeshire-coast-npa-corporate-risk-register-2025-26.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = "Pembrokeshire Coast National Park Authority"
    ws["A1"].font = Font(bold=True, size=12, color="00594F")
    title = "Corporate Risk Register 2025/26 – Quarter 2 review (September 2025)"
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Presented to Audit and Corporate Services Review Committee, 15 October 2025"
    ws["A3"].font = Font(italic=True)
    hdr = ["Risk ID", "Risk (cause – event – consequence)", "Risk owner", "Inherent score (L x I)",
           "Existing controls", "Residual score (L x I)", "Action ref", "Further action required",
           "Action owner", "Target date", "Action status", "Direction of travel"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00594F")
        c.alignment = WRAP
        c.border = BORDER
    D = dt.datetime
    area1 = "Strategic Risk Area 1: Finance and Resources"
    area2 = "Strategic Risk Area 2: Conservation and Climate"
    area3 = "Strategic Risk Area 3: Governance and People"
    r1 = ("Funding: real-terms reduction in Welsh Government National Park Grant and lower income from car "
          "parks, Oriel y Parc and Castell Henllys leads to a budget gap and reduced delivery of National "
          "Park Management Plan priorities.")
    r2 = ("Staff capacity: inability to recruit and retain staff in specialist posts (ecology, planning, "
          "ICT) leads to service delays and loss of expertise.")
    r3 = ("Climate and nature emergency: failure to deliver the Authority's net zero and nature recovery "
          "commitments damages the special qualities of the National Park and the Authority's reputation.")
    r4 = ("Cyber security: a successful cyber attack or system failure results in loss of data, "
          "disruption to planning and other services, and regulatory action by the ICO.")
    r5 = ("Governance: the outcome of the Welsh Government review of designated landscapes changes the "
          "Authority's purposes, membership or funding arrangements.")
    # risk rows: (id, text, owner, inherent, controls, residual, residual colour, trend, actions)
    # actions: (ref, text, owner, target (datetime or text), fill colour or None, lead, end, end_text, status)
    layout = [
        ("area", area1),
        ("risk", "CR01", r1, "Chief Executive", "4 x 4 = 16",
         "Medium Term Financial Plan reviewed quarterly; income generation strategy; reserves policy.",
         "3 x 4 = 12", "amber", "↔", [
             ("1a", "Update the Medium Term Financial Plan for 2026/27 to 2028/29 with savings options for Members.",
              "Director of Corporate Services / Finance Manager", D(2026, 2, 28), "green",
              ["Director of Corporate Services", "Finance Manager"], "2026-02", None, "green"),
             ("1b", "Review car park charging tariffs and introduce cashless payment at all Authority car parks.",
              "Head of Estates", D(2026, 3, 31), "amber", ["Head of Estates"], "2026-03", None, "amber"),
         ]),
        ("risk", "CR02", r2, "Director of Corporate Services", "4 x 3 = 12",
         "Workforce plan; flexible and hybrid working policy; apprenticeship scheme.",
         "3 x 3 = 9", "amber", "↓", [
             ("2a", "Implement the agreed pay and grading review recommendations, including market supplements "
              "for hard-to-fill posts.", "HR Manager", D(2025, 9, 30), "blue", ["HR Manager"], "2025-09",
              None, "blue"),
         ]),
        ("area", area2),
        ("risk", "CR03", r3, "Director of Countryside, Community and Visitor Services", "4 x 5 = 20",
         "Net Zero Action Plan; Nature Recovery Action Plan partnership; Sustainable Development Fund.",
         "3 x 4 = 12", "amber", "↑", [
             ("3a", "Adopt the Nature Recovery Action Plan 2025–2030 and agree delivery targets with partners.",
              "Conservation Manager", D(2025, 12, 31), "green", ["Conservation Manager"], "2025-12", None,
              "green"),
             ("3b", "Install solar PV and battery storage at the Llanion Park headquarters.",
              "Head of Estates; Climate Change Officer", "Q4 2025/26", "red",
              ["Head of Estates", "Climate Change Officer"], "2026-03", None, "red"),
             ("3c", "Assess options for realigning the Coast Path on the ten sections at highest risk of erosion.",
              "Rights of Way and Access Manager", "Ongoing", "green", ["Rights of Way and Access Manager"],
              None, "Ongoing", "green"),
         ]),
        ("area", area3),
        ("risk", "CR04", r4, "Director of Corporate Services", "4 x 5 = 20",
         "Firewall and endpoint protection; multi-factor authentication; off-site backups; staff phishing training.",
         "3 x 4 = 12", "amber", "↔", [
             ("4a", "Achieve Cyber Essentials Plus certification.", "ICT Manager", D(2025, 11, 30), "amber",
              ["ICT Manager"], "2025-11", None, "amber"),
             ("4b", "Run a cyber incident tabletop exercise with the Leadership Team and test the business "
              "continuity plan.", "ICT Manager / Governance Officer", "Jan 2026", "green",
              ["ICT Manager", "Governance Officer"], "2026-01", None, "green"),
         ]),
        ("risk", "CR05", r5, "Chief Executive", "3 x 4 = 12",
         "Regular liaison with Welsh Government and National Parks Wales; Member briefings.",
         "3 x 3 = 9", "amber", "↔", [
             ("5a", "Prepare the Authority's response to the Welsh Government consultation on designated "
              "landscapes and brief Members at a workshop.", "Chief Executive", D(2026, 3, 31), None,
              ["Chief Executive"], "2026-03", None, "unrated"),
         ]),
    ]
    actions = []
    r = 6
    area = None
    for item in layout:
        if item[0] == "area":
            area = item[1]
            c = ws.cell(row=r, column=1, value=area)
            c.font = Font(bold=True)
            c.fill = fill("teal")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
            r += 1
            continue
        _, rid, rtext, rown, inh, ctrl, res, rescol, trend, acts = item
        first = r
        ws.cell(row=r, column=1, value=rid)
        ws.cell(row=r, column=2, value=rtext)
        ws.cell(row=r, column=3, value=rown)
        ws.cell(row=r, column=4, value=inh).fill = fill("red" if inh.endswith(("16", "20")) else "amber")
        ws.cell(row=r, column=5, value=ctrl)
        ws.cell(row=r, column=6, value=res).fill = fill(rescol)
        ws.cell(row=r, column=12, value=trend)
        for (aref, atext, aown, target, colour, lead, end, end_text, status) in acts:
            ws.cell(row=r, column=7, value=aref)
            ws.cell(row=r, column=8, value=atext)
            ws.cell(row=r, column=9, value=aown)
            c = ws.cell(row=r, column=10, value=target)
            if isinstance(target, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if colour:
                ws.cell(row=r, column=11).fill = fill(colour)
            actions.append(act(aref, [area, rtext], atext, lead, end, status, end_text))
            r += 1
        last = r - 1
        for col in (1, 2, 3, 4, 5, 6, 12):
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
        for rr in range(first, last + 1):
            for col in range(1, 13):
                ws.cell(row=rr, column=col).alignment = WRAP
                ws.cell(row=rr, column=col).border = BORDER
    r += 1
    ws.cell(row=r, column=1, value="Action status key (cell colour):").font = Font(bold=True)
    for i, (colour, text) in enumerate([("green", "On track"), ("amber", "Some slippage"),
                                        ("red", "Significant delay"), ("blue", "Complete"),
                                        (None, "No colour – not started")], start=1):
        rr = r + i
        if colour:
            ws.cell(row=rr, column=1).fill = fill(colour)
        ws.cell(row=rr, column=2, value=text)
    ws.cell(row=r + 7, column=1, value="Scores: Likelihood x Impact, each 1–5. See 'Scoring matrix' tab.").font = Font(italic=True, size=9)
    widths = [8, 46, 22, 11, 36, 11, 7, 46, 26, 12, 10, 10]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.freeze_panes = "A6"

    mx = wb.create_sheet("Scoring matrix")
    mx["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    mx["A1"].font = Font(bold=True)
    for li in range(1, 6):
        mx.cell(row=2 + li, column=1, value=f"L{6 - li}")
        for im in range(1, 6):
            s = (6 - li) * im
            c = mx.cell(row=2 + li, column=1 + im, value=s)
            c.fill = fill("red" if s >= 15 else "amber" if s >= 8 else "green")
    for im in range(1, 6):
        mx.cell(row=8, column=1 + im, value=f"I{im}")
    wb.save(path(name))

    exp = {
        "source": ("Imitates a national park authority corporate risk register as taken to its audit "
                   "committee (Pembrokeshire Coast NPA's Audit and Corporate Services Review Committee; "
                   "compare the Cairngorms NPA strategic risk register annexes, cairngorms.co.uk). Copies "
                   "the risk-area band rows, risk ID/description/owner/inherent and residual scores/"
                   "existing controls merged down beside several further actions, an action reference, "
                   "job titles as action owners (two in one cell with '/' and ';'), date cells with a "
                   "quarter, 'Ongoing' and a text month among them, action status shown only by cell "
                   "colour with a colour key below, a trend arrow column, and a scoring-matrix sheet."),
        "reads": ("A quarterly corporate risk register with five risks in three strategic risk areas. "
                  "Each risk carries one to three further actions (1a–5a), each with its own owner, "
                  "target date and a colour-only status; the risk description is what the actions are "
                  "read under, and the uncoloured last action is not started."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)
    return name, len(actions)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Write text into a cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Maritime and Coastguard Agency - lessons learned action plan (docx)
# ---------------------------------------------------------------------------
def mca():
    name = "ot2-maritime-and-coastguard-agency-radio-network-outage-lessons-learned-action-plan.docx"
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Maritime and Coastguard Agency")
    r.bold = True
    r.font.size = Pt(12)
    p = doc.add_paragraph("OFFICIAL")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    title = ("Lessons Learned Review: HM Coastguard Radio Network Outage (23 August 2024) – "
             "Management Action Plan")
    doc.add_paragraph(title, style="Title")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.3"), ("Owner", "Director of HM Coastguard"),
                 ("Approved by", "MCA Executive Board, 21 January 2025"),
                 ("Progress reporting", "Quarterly to the Audit, Risk and Assurance Committee"),
                 ("Status as at", "31 October 2025")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
        shade(cells[0], "D9D9D9")

    doc.add_paragraph("Introduction", style="Heading 2")
    doc.add_paragraph(
        "On 23 August 2024 a fault introduced during planned supplier maintenance caused the loss of radio "
        "connections between the National Maritime Operations Centre and a number of remote radio sites for "
        "just over four hours. An independent lessons learned review reported to the Executive Board in "
        "December 2024 and made four recommendations in two themes. This plan sets out the Agency's actions "
        "in response and the progress made.")
    doc.add_paragraph("Status key", style="Heading 2")
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for k, colour, v in [("Complete", "0070C0", "Blue – action delivered and evidence provided"),
                         ("On track", "00B050", "Green – on course to meet the due date"),
                         ("At risk", "FFC000", "Amber – due date at risk; mitigation in place"),
                         ("Off track", "FF0000", "Red – due date missed or will be missed"),
                         ("Not started", "FFFFFF", "Not yet due to start")]:
        cells = kt.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
        shade(cells[0], colour)

    th1 = "Theme 1: Technical resilience"
    th2 = "Theme 2: Operational response and communications"
    rec1 = ("Recommendation 1: The MCA should remove single points of failure in the network connections "
            "between the National Maritime Operations Centre, the Maritime Rescue Coordination Centres and "
            "remote radio sites.")
    rec2 = ("Recommendation 2: The MCA should ensure that its communications supplier cannot make changes "
            "to live coastguard systems without the Agency's prior approval.")
    rec3 = ("Recommendation 3: HM Coastguard should have tested fallback arrangements that allow search "
            "and rescue coordination to continue when radio coverage is lost.")
    rec4 = ("Recommendation 4: The MCA should improve how it informs partners and the public during a "
            "major disruption to coastguard services.")
    structure = [
        ("theme", th1),
        ("rec", rec1, [
            ("1.1", "Commission an independent resilience review of the network architecture from the "
             "National Maritime Operations Centre to all remote radio sites.",
             "Chief Digital and Information Officer", "December 2024", "Complete",
             "Review report received 16 December 2024.",
             ["Chief Digital and Information Officer"], "2024-12", None, "blue"),
            ("1.2", "Install diverse secondary connections at the 20 highest-risk remote radio sites "
             "identified by the review.",
             "Chief Digital and Information Officer; Head of Coastguard Technical Services", "Q4 2025/26",
             "On track", "12 of 20 sites complete; remaining sites scheduled to March 2026.",
             ["Chief Digital and Information Officer", "Head of Coastguard Technical Services"], "2026-03",
             None, "green"),
        ]),
        ("rec", rec2, [
            ("2.1", "Amend the change management schedule of the communications services contract so that "
             "planned changes to live systems require MCA approval.",
             "Head of Commercial", "31/03/2025", "Complete", "Contract variation signed 12 March 2025.",
             ["Head of Commercial"], "2025-03", None, "blue"),
            ("2.2", "Hold service reviews with the supplier covering incidents, changes and lessons identified.",
             "Head of Coastguard Technical Services", "Quarterly", "On track",
             "Reviews held in April, July and October 2025.",
             ["Head of Coastguard Technical Services"], None, "Quarterly", "green"),
        ]),
        ("theme", th2),
        ("rec", rec3, [
            ("3.1", "Revise the Loss of Communications contingency procedure, including the use of satellite "
             "phones and partner agencies' radio.\nIssue the revised procedure to all coordination centres "
             "and record staff sign-off.",
             "Head of Coastguard Operations", "28/02/2025", "Complete",
             "Procedure issued 20 February 2025; 96% of staff signed off.",
             ["Head of Coastguard Operations"], "2025-02", None, "blue"),
            ("3.2", "Run a live exercise of the revised procedure in every Maritime Rescue Coordination Centre.",
             "Head of Coastguard Operations", "September 2025\nRevised: January 2026", "At risk",
             "Exercises completed at 7 of 10 centres; dates for Humber, Shetland and Stornoway to be confirmed.",
             ["Head of Coastguard Operations"], "2026-01", None, "amber"),
        ]),
        ("rec", rec4, [
            ("4.1", "Agree a joint communications protocol with the RNLI, the Department for Transport and "
             "the devolved governments for disruptions to coastguard services.",
             "Head of Communications", "30/06/2025", "Off track",
             "Draft with RNLI; awaiting comments from devolved governments.",
             ["Head of Communications"], "2025-06", None, "red"),
            ("4.2", "Publish a summary of the review and the Agency's response on GOV.UK.",
             "Director of HM Coastguard", "TBC", "Not started",
             "To follow closure of actions 1.2 and 3.2.",
             ["Director of HM Coastguard"], None, "TBC", "unrated"),
        ]),
    ]
    status_colour = {"Complete": "0070C0", "On track": "00B050", "At risk": "FFC000", "Off track": "FF0000"}
    actions = []
    theme = None
    for item in structure:
        if item[0] == "theme":
            theme = item[1]
            doc.add_paragraph(theme, style="Heading 1")
            continue
        _, rec, rows = item
        p = doc.add_paragraph()
        p.add_run(rec).bold = True
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["No.", "Action", "Owner", "Due date", "Status",
                                            "Progress at October 2025"]):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        for (ref, text, owner, due, status_word, prog, lead, end, end_text, status) in rows:
            cells = tb.add_row().cells
            for c, v in zip(cells, [ref, text, owner, due, status_word, prog]):
                set_cell(c, v)
            if status_word in status_colour:
                shade(cells[4], status_colour[status_word])
            actions.append(act(ref, [theme, rec], text, lead, end, status, end_text))
        doc.add_paragraph()
    doc.add_paragraph("Next review: January 2026 (ARAC).")
    doc.save(path(name))

    exp = {
        "source": ("Imitates a central-government arm's-length body's lessons-learned management action "
                   "plan (Maritime and Coastguard Agency, an executive agency of the DfT), in the style of "
                   "published lessons-learned action plans by departments and ALBs such as DfE's RAAC and "
                   "Defra's HPAI plans; the incident is illustrative. Copies the OFFICIAL marking, title, "
                   "document-control table, introduction, a status key table that maps words to colours, "
                   "Heading 1 themes, each recommendation as a bold paragraph followed by its own action "
                   "table (No./Action/Owner/Due date/Status/Progress), shaded status cells, two posts "
                   "in one owner cell, a quarter, 'Quarterly', 'TBC', a revised date in the due cell and a "
                   "two-paragraph action cell."),
        "reads": ("A Word action plan with two themes and four recommendations, each recommendation "
                  "followed by a small table of two numbered actions (eight in all). Actions are read "
                  "under their theme and recommendation; the status word follows the key (Complete = "
                  "blue, At risk = amber, Off track = red, Not started = unrated) and for 3.2 the revised "
                  "due date (January 2026) is the end."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 5. Sue Ryder Leckhampton Court Hospice - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def sue_ryder():
    name = "ot2-sue-ryder-leckhampton-court-hospice-cqc-inspection-action-plan.docx"
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Sue Ryder")
    r.bold = True
    r.font.size = Pt(16)
    title = "Leckhampton Court Hospice – CQC Inspection Action Plan"
    doc.add_paragraph(title, style="Title")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Location", "Leckhampton Court Hospice, Church Road, Leckhampton, Cheltenham"),
                 ("Inspection dates", "11–12 February 2025"),
                 ("Report published", "23 April 2025"),
                 ("Overall rating", "Good (Safe: Requires improvement)"),
                 ("Action plan owner", "Hospice Director"),
                 ("Last updated", "30 September 2025")]:
        cells = info.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
        shade(cells[0], "E2EFD9")
    doc.add_paragraph()
    doc.add_paragraph("RAG: B = complete; G = on track; A = some risk to timescale; R = off track. "
                      "Blank = not yet started.")

    safe = "Safe"
    eff = "Effective"
    wl = "Well-led"
    m1 = ("MUST: The provider must ensure that controlled drugs are stored, recorded and disposed of safely, "
          "in line with the hospice's medicines policy. (Regulation 12(2)(g) Safe care and treatment)")
    s1 = ("SHOULD: The provider should ensure that all staff complete mandatory training in basic life "
          "support and moving and handling.")
    s2 = ("SHOULD: The provider should ensure that mental capacity assessments are completed and recorded "
          "where there is doubt about a patient's capacity to consent.")
    s3 = ("SHOULD: The provider should ensure that audits identify shortfalls and that the actions arising "
          "from them are followed up and completed.")
    structure = [
        ("domain", safe),
        ("req", m1, [
            ("M1.1", "Complete a full audit of the controlled drug registers on the In-Patient Unit and correct "
             "all recording discrepancies.", "Ward Manager", "April 2025",
             "Audit completed 28/03/2025; six discrepancies investigated and closed.", "B",
             ["Ward Manager"], "2025-04", None, "blue"),
            ("M1.2", "Introduce weekly controlled drug checks by two registered nurses, with monthly spot "
             "checks by the pharmacist.", "Ward Manager / Pharmacist", "31/05/2025",
             "Weekly checks in place from 6 May 2025; June–September spot checks found no errors.", "B",
             ["Ward Manager", "Pharmacist"], "2025-05", None, "blue"),
        ]),
        ("req", s1, [
            ("S1.1", "Book additional face-to-face basic life support and moving and handling sessions and "
             "follow up non-compliance through supervision.\nReport compliance monthly to the Clinical "
             "Governance Group.", "Education Lead", "Sept 2025 – Dec 2025",
             "Compliance 88% at end of September (target 95%).", "G",
             ["Education Lead"], "2025-12", "Sept 2025 – Dec 2025", "green"),
        ]),
        ("domain", eff),
        ("req", s2, [
            ("S2.1", "Update the SystmOne admission template so that a mental capacity assessment prompt "
             "appears for every admission.", "Clinical Systems Lead", "July 2025",
             "Template live from 14 July 2025.", "B", ["Clinical Systems Lead"], "2025-07", None, "blue"),
            ("S2.2", "Deliver Mental Capacity Act and best interests training to all registered nurses and "
             "doctors.", "Karen Whitfield, Head of Clinical Services", "31/10/2025",
             "Two of four sessions delivered; medical staff session to be rebooked.", "A",
             ["Karen Whitfield, Head of Clinical Services"], "2025-10", None, "amber"),
        ]),
        ("domain", wl),
        ("req", s3, [
            ("S3.1", "Introduce a clinical audit action tracker reviewed at every Clinical Governance Group "
             "meeting.", "Hospice Director", "June 2025", "Tracker in use since June 2025 meeting.", "B",
             ["Hospice Director"], "2025-06", None, "blue"),
            ("S3.2", "Commission an external peer review of the hospice's governance arrangements by another "
             "Sue Ryder hospice.", "Hospice Director, Regional Quality Lead", "March 2026",
             "Not yet started – scheduled for January 2026.", "",
             ["Hospice Director", "Regional Quality Lead"], "2026-03", None, "unrated"),
        ]),
    ]
    rag_colour = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    n_rows = 1 + sum(1 if it[0] == "domain" else len(it[2]) for it in structure)
    tb = doc.add_table(rows=n_rows, cols=7)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["Ref", "CQC requirement", "Action", "Lead", "Timescale",
                                        "Progress / evidence", "RAG"]):
        set_cell(c, h, bold=True)
        shade(c, "A8D08D")
    ri = 1
    actions = []
    domain = None
    for item in structure:
        if item[0] == "domain":
            domain = item[1]
            row = tb.rows[ri]
            merged = row.cells[0].merge(row.cells[6])
            set_cell(merged, domain, bold=True)
            shade(merged, "E2EFD9")
            ri += 1
            continue
        _, req, rows = item
        first = ri
        for (ref, text, lead_txt, due, prog, rag, lead, end, end_text, status) in rows:
            cells = tb.rows[ri].cells
            set_cell(cells[0], ref)
            set_cell(cells[2], text)
            set_cell(cells[3], lead_txt)
            set_cell(cells[4], due)
            set_cell(cells[5], prog)
            set_cell(cells[6], rag, bold=True)
            if rag:
                shade(cells[6], rag_colour[rag])
            actions.append(act(ref, [domain, req], text, lead, end, status, end_text))
            ri += 1
        last = ri - 1
        top = tb.cell(first, 1)
        if last > first:
            top = top.merge(tb.cell(last, 1))
        set_cell(top, req)
    doc.add_paragraph()
    doc.add_paragraph("Sign-off", style="Heading 2")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for c, v in zip(so.rows[0].cells, ["Role", "Name", "Date"]):
        set_cell(c, v, bold=True)
    for c, v in zip(so.rows[1].cells, ["Registered Manager", "Karen Whitfield", "30/09/2025"]):
        set_cell(c, v)
    doc.save(path(name))

    exp = {
        "source": ("Imitates a charity hospice's CQC post-inspection action plan (Sue Ryder Leckhampton Court "
                   "Hospice, Cheltenham, a CQC-registered independent hospice), following the must-do/"
                   "should-do action plan tables hospices publish or submit to CQC. Copies the provider "
                   "name and title block, a location/inspection details table, a RAG key line, one plan "
                   "table with merged key-question rows (Safe/Effective/Well-led), the CQC requirement "
                   "merged down beside its actions, action refs, a two-paragraph action cell, a named "
                   "person with job title as lead, two posts separated by '/' and by a comma, a date range "
                   "timescale, letter RAG with shading and a blank RAG for a not-started action, and a "
                   "sign-off table."),
        "reads": ("A hospice CQC action plan: one must-do and three should-do requirements under three CQC "
                  "key questions, answered by seven referenced actions. Each action is read under its key "
                  "question and the requirement text; 'Karen Whitfield, Head of Clinical Services' is one "
                  "person, 'Hospice Director, Regional Quality Lead' two posts, and the blank RAG is not "
                  "started."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 6. Totnes Town Council - internal audit action plan (csv)
# ---------------------------------------------------------------------------
def totnes():
    name = "ot2-totnes-town-council-internal-audit-action-plan-2024-25.csv"
    ncol = 9
    title = "Internal Audit 2024/25 – Action Plan"
    rows = [
        ["Totnes Town Council"],
        [title],
        ["Internal auditor's interim (November 2024) and year-end (April 2025) reports – progress to Full Council 7 July 2025"],
        ["Status key: Complete; Green = on track; Amber = some slippage; Red = overdue; Not started"],
        [],
        ["Ref", "Audit area", "Internal auditor's recommendation", "Priority", "Agreed action", "Responsible",
         "Target date", "Status", "Progress note"],
    ]
    recs = [
        ("IA 24/25-01", "A – Accounting records",
         "Bank reconciliations should be signed and dated by a councillor who is not a bank signatory and reported to each Finance & Governance Committee.",
         "Medium",
         "Non-signatory councillor to verify and sign the monthly bank reconciliation against bank statements; reconciliations to be a standing item on the Finance & Governance Committee agenda.",
         "RFO; Cllr J. Hodge", "Jan-25", "Complete", "In place from the January 2025 meeting.",
         ["RFO", "Cllr J. Hodge"], "2025-01", None, "blue", None),
        ("IA 24/25-02", "B – Standing orders and financial regulations",
         "Financial Regulations should be updated to the 2024 NALC model and reviewed annually.", "Medium",
         "Adopt the updated NALC Model Financial Regulations (2024), tailored to the Council's spending limits, and",
         "Town Clerk", "Sep-25", "Green", "Draft to F&G Committee 15 July 2025.",
         ["Town Clerk"], "2025-09", None, "green",
         "circulate them to all members with the July agenda."),
        ("IA 24/25-03", "C – Risk management",
         "The risk register should be reviewed by Full Council at least annually and the review minuted.", "Low",
         "Present the reviewed risk register to Full Council and record its approval in the minutes.",
         "Town Clerk", "By 31 March 2026", "Green", "Review scheduled for February 2026 Full Council.",
         ["Town Clerk"], "2026-03", None, "green", None),
        ("IA 24/25-04", "G – Payroll",
         "Payroll changes (new starters, pay awards) should be authorised in writing by two members of the Staffing Committee before processing.",
         "High",
         "Introduce a payroll change authorisation form signed by the Chair and Vice-Chair of the Staffing Committee.",
         "Town Clerk / Chair of Staffing Committee", "31/05/2025", "Complete", "Form used for the 2025 pay award.",
         ["Town Clerk", "Chair of Staffing Committee"], "2025-05", None, "blue", None),
        ("IA 24/25-05", "H – Asset register",
         "The fixed asset register should be reconciled to the insurance schedule and include the Guildhall contents and Civic Hall equipment.",
         "Medium",
         "Carry out a full asset check at the Guildhall and Civic Hall and update the asset register and insurance schedule.",
         "Deputy Town Clerk", "Jun-25", "Amber", "Asset check 70% complete; Civic Hall kitchen equipment outstanding.",
         ["Deputy Town Clerk"], "2025-06", None, "amber", None),
        ("IA 24/25-06", "J – Publication requirements",
         "The Council should publish all items of expenditure over £500 and the AGAR documents on its website in line with the Transparency Code.",
         "High",
         "Publish monthly expenditure over £500, the 2024/25 AGAR, the notice of public rights and the internal audit report on the website.",
         "Admin Officer", "30/06/2025", "Red",
         "Notice of public rights published; expenditure for April to June not yet uploaded.",
         ["Admin Officer"], "2025-06", None, "red", None),
        ("IA 24/25-07", "E – Income controls",
         "Income from market pitch fees should be reconciled to the market traders' register each month.", "Medium",
         "Reconcile market pitch income to the traders' register monthly and investigate any difference over £20.",
         "Markets Manager", "Ongoing", "Green", "Monthly reconciliations in place since April 2025.",
         ["Markets Manager"], None, "Ongoing", "green", None),
        ("IA 24/25-08", "Other – IT and data protection",
         "Councillors should use council email accounts rather than personal accounts for council business.",
         "Low",
         "Set up totnestowncouncil.gov.uk email accounts for all councillors and stop the use of personal email for council business.",
         "Town Clerk", "Dec-25", "Not started", "Quotes being obtained from IT provider.",
         ["Town Clerk"], "2025-12", None, "unrated", None),
    ]
    actions = []
    for (ref, area, rec, pri, text, resp, target, status_w, note, lead, end, end_text, status, cont) in recs:
        rows.append([ref, area, rec, pri, text, resp, target, status_w, note])
        full = text
        if cont:
            rows.append(["", "", "", "", cont, "", "", "", ""])
            full = text + "\n" + cont
        actions.append(act(ref, [area, rec], full, lead, end, status, end_text))
    rows.append([])
    rows.append(["Summary", "8 recommendations", "Complete: 2", "Green: 3", "Amber: 1", "Red: 1", "Not started: 1"])
    rows.append(["Next internal audit visit: November 2025"])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        w.writerow(row + [""] * (ncol - len(row)))
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    exp = {
        "source": ("Imitates a town council's internal audit action plan reported to Full Council alongside "
                   "the AGAR (Totnes Town Council, Devon), as parish and town councils publish after the "
                   "internal auditor's interim and year-end visits. Copies the Excel-to-CSV export with the "
                   "council name, title and report line padded with empty columns, a status key line, the "
                   "AGAR control-objective letters as the audit area, the auditor's recommendation beside "
                   "the agreed action, priority, 'RFO; Cllr ...' and 'Town Clerk / Chair of ...' as two "
                   "leads, mixed date styles ('Jan-25', '31/05/2025', 'By 31 March 2026', 'Ongoing'), an "
                   "agreed action that runs onto a continuation row, and a summary line of counts."),
        "reads": ("A CSV action plan with eight internal audit recommendations, one agreed action each, "
                  "read under the audit area and the recommendation. The action for IA 24/25-02 continues "
                  "on the next row (only the action column filled) and is one action; the summary line and "
                  "the key are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 7. Scope - Board of Trustees action log (tab-separated txt)
# ---------------------------------------------------------------------------
def scope():
    name = "ot2-scope-board-of-trustees-action-log.txt"
    title = "Board of Trustees – Action Log"
    lines = [
        "Scope",
        title,
        "Updated after the Board meeting of 18 September 2025",
        "RAG: B = complete (removed after next meeting); G = on track; A = at risk of missing due date; R = overdue",
        "",
        "\t".join(["No.", "Meeting", "Minute", "Action", "Owner", "Due", "RAG", "Update"]),
    ]
    items = [
        ("BT/25/07", "20/03/2025", "7.2",
         "Circulate the revised reserves policy to trustees for approval by written resolution.",
         "Director of Finance", "Apr-25", "B", "Approved by written resolution on 29/04/2025.",
         ["Director of Finance"], "2025-04", None, "blue"),
        ("BT/25/09", "20/03/2025", "9.1",
         "Confirm the outcome of the VAT review of charity shop income with the external advisers.",
         "Director of Finance", "Jul-25", "R", "Awaiting the advisers' final report.",
         ["Director of Finance"], "2025-07", None, "red"),
        ("BT/25/11", "12/06/2025", "4.1",
         "Bring a paper on the income diversification strategy, including the retail estate review, to the Board.",
         "CEO / Director of Finance", "Sep-25", "A", "Deferred to November – retail review not concluded.",
         ["CEO", "Director of Finance"], "2025-09", None, "amber"),
        ("BT/25/12", "12/06/2025", "5.3",
         "Arrange safeguarding refresher training for all trustees, delivered by the Head of Safeguarding.",
         "Company Secretary", "30/11/2025", "G", "Session booked for 6 November.",
         ["Company Secretary"], "2025-11", None, "green"),
        ("BT/25/14", "12/06/2025", "8",
         "Review the trustee skills audit results and recommend recruitment priorities to the Nominations Committee.",
         "Chair of Nominations Committee", "Dec-25", "G", "",
         ["Chair of Nominations Committee"], "2025-12", None, "green"),
        ("BT/25/18", "18/09/2025", "6.2",
         "Provide a breakdown of cost-of-living helpline demand by region and by contact channel.",
         "Director of Services", "Nov-25", "G", "New action.",
         ["Director of Services"], "2025-11", None, "green"),
        ("BT/25/19", "18/09/2025", "7.1",
         "Commission an independent review of the data protection incident reported in July and report the findings to the Audit and Risk Committee.",
         "CFO; Head of Information Governance", "TBC", "A", "Terms of reference being agreed.",
         ["CFO", "Head of Information Governance"], None, "TBC", "amber"),
        ("BT/25/20", "18/09/2025", "9",
         "Update the Board risk appetite statement to reflect the new strategy and circulate it to trustees.",
         "AB/KM", "Jan-26", "", "New action.",
         ["AB", "KM"], "2026-01", None, "unrated"),
    ]
    actions = []
    for (no, meet, minute, text, owner, due, rag, upd, lead, end, end_text, status) in items:
        lines.append("\t".join([no, meet, minute, text, owner, due, rag, upd]))
        actions.append(act(no, [], text, lead, end, status, end_text))
    lines.append("")
    lines.append("Actions marked B are removed from the log once they have been reported to one meeting.")
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")

    exp = {
        "source": ("Imitates a national disability charity's Board of Trustees action log (Scope), exported "
                   "from the governance team's spreadsheet as tab-separated text, following the action-log "
                   "practice described in trustee meeting guidance (owners, timescales, status, removal of "
                   "closed actions). Copies the charity name, title and 'updated after' lines, a RAG key "
                   "line, a flat log with action number, meeting date, minute number, owner (job titles, "
                   "'CEO / Director of Finance', 'CFO; Head of ...' and initials 'AB/KM'), due month or date "
                   "or 'TBC', RAG letter and update, and a closing note line."),
        "reads": ("A flat board action log of eight actions raised at three Board meetings, with no themes "
                  "or headings above them. Each row is one action with its owner(s), due date and RAG "
                  "letter (B = complete); the new action with no RAG is unrated."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)
    return name, len(actions)


def main():
    made = []
    for fn in (metro_bank, wyca, pcnpa, mca, sue_ryder, totnes, scope):
        made.append(fn())
    for n, k in made:
        print(f"{n}: {k} actions")


if __name__ == "__main__":
    main()
