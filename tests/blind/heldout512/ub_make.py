#!/usr/bin/env python3
"""Build the seven `ub-` blind test files (set heldout512) and their expected readings.

Run with /work/main/.venv/bin/python ub_make.py  (needs openpyxl, python-docx, pyyaml).
Only files whose names start with `ub-` are written.
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

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
FILL = {c: PatternFill("solid", start_color=c, end_color=c) for c in (RED, AMBER, GREEN, BLUE, GREY, "DDEBF7", "1F4E78")}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def path(name):
    assert name.startswith("ub-") or name.startswith("ub_")
    return os.path.join(HERE, name)


def write_expected(fname, meta, actions):
    doc = {}
    for k in ("source", "reads", "outcome", "accept_refusal", "refuse_at", "title"):
        if k in meta:
            doc[k] = meta[k]
    if meta["outcome"] == "read":
        doc["actions"] = actions
    with open(path(fname + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


class Quoted(str):
    pass


yaml.SafeDumper.add_representer(
    Quoted, lambda dumper, data: dumper.represent_scalar("tag:yaml.org,2002:str", str(data), style='"'))


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": None if ref is None else Quoted(ref), "under": under, "action": action, "lead": lead,
         "end": None if end is None else Quoted(end)}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# 1. Santander UK plc - FCA Final Notice AML remediation tracker (xlsx)
# ---------------------------------------------------------------------------
def santander():
    fname = "ub-santander-uk-fca-aml-final-notice-remediation-tracker.xlsx"
    title = "Financial Crime Remediation Programme – FCA Final Notice Remediation Tracker"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Santander UK plc"
    cov["A1"].font = Font(bold=True, size=16, color="EC0000")
    cov["A2"] = title
    cov["A2"].font = Font(bold=True, size=13)
    cov["A3"] = "FCA Final Notice dated 8 December 2022 – anti-money laundering systems and controls (Business Banking)"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    dc = [("Document owner", "Money Laundering Reporting Officer (MLRO)"),
          ("Prepared by", "Financial Crime Change PMO"),
          ("Version", "v4.3"),
          ("Status as at", "31 October 2025"),
          ("Audience", "Board Risk Committee; Financial Crime Committee"),
          ("Classification", "Confidential – not for onward distribution")]
    for i, (k, v) in enumerate(dc, start=6):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        for c in (1, 2):
            cov.cell(i, c).border = BOX
    cov["A13"] = "Version history"
    cov["A13"].font = Font(bold=True)
    vh = [("Version", "Date", "Summary of change"),
          ("v4.1", "15/05/2025", "Q1 2025 update; WS3 owners changed after restructure"),
          ("v4.2", "18/08/2025", "Revised due dates approved by Financial Crime Committee 14/08/2025"),
          ("v4.3", "04/11/2025", "October 2025 position for Board Risk Committee")]
    for i, row in enumerate(vh, start=14):
        for j, v in enumerate(row, start=1):
            c = cov.cell(i, j, v)
            c.border = BOX
            if i == 14:
                c.font = Font(bold=True)
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 48
    cov.column_dimensions["C"].width = 60

    # Summary sheet with RAG key
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of remediation actions by current RAG – October 2025"
    sm["A1"].font = Font(bold=True, size=12)
    rows = [("Current RAG", "No. of actions", "Previous month"),
            ("R", 1, 0), ("A", 1, 5), ("G", 3, 2), ("B", 3, 1), ("Total", 8, 8)]
    for i, row in enumerate(rows, start=3):
        for j, v in enumerate(row, start=1):
            c = sm.cell(i, j, v)
            c.border = BOX
            if i == 3 or row[0] == "Total":
                c.font = Font(bold=True)
    for i, col in zip(range(4, 8), (RED, AMBER, GREEN, BLUE)):
        sm.cell(i, 1).fill = FILL[col]
    sm["A10"] = "RAG key"
    sm["A10"].font = Font(bold=True)
    key = [("R", "Red – action will miss its revised date; escalated to Financial Crime Committee", RED),
           ("A", "Amber – at risk of missing due date; mitigation in place", AMBER),
           ("G", "Green – on track to deliver by due date", GREEN),
           ("B", "Blue – complete; closure evidence accepted by Financial Crime Committee", BLUE)]
    for i, (k, v, col) in enumerate(key, start=11):
        sm.cell(i, 1, k).fill = FILL[col]
        sm.cell(i, 2, v)
    sm.column_dimensions["A"].width = 14
    sm.column_dimensions["B"].width = 80

    # Tracker sheet
    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Status as at 31 October 2025 – reported to Board Risk Committee, 19 November 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    hdr = ["Ref", "FCA finding (Final Notice ref)", "Remediation action", "Action owner(s)",
           "Original due date", "Revised due date", "Previous RAG", "Current RAG", "Progress update"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["1F4E78"]
        c.alignment = WRAP
        c.border = BOX

    WS1 = "WS1 – Customer due diligence (Business Banking)"
    WS2 = "WS2 – Transaction monitoring and alert handling"
    WS3 = "WS3 – Governance, MI and training"
    F1 = ("Business Banking customers were onboarded without adequate verification of the nature of "
          "their business and expected account activity (FN 4.12–4.19).")
    F2 = ("Customer risk assessments were not refreshed when account activity diverged from declared "
          "turnover (FN 4.20–4.27).")
    F3 = ("Transaction monitoring relied on inaccurate customer data and alerts were not reviewed in a "
          "timely way (FN 4.28–4.41).")
    F4 = ("Weaknesses in AML controls were not escalated effectively to senior management and the "
          "Board (FN 4.5–4.11).")
    F5 = "Remediation was not subject to adequate independent assurance (FN 4.42–4.45)."
    d = dt.datetime
    # (band or None, ref, finding(None = merged with above), action, owner, lead list,
    #  orig, revised, prev, cur, update, end)
    plan = [
        ("band", WS1),
        ("act", "1.1", F1, 2,
         "Introduce mandatory verification of declared business activity and expected turnover at "
         "account opening, with evidence captured in the onboarding workflow.",
         "Head of Business Banking Onboarding", ["Head of Business Banking Onboarding"],
         d(2024, 3, 31), d(2024, 6, 30), "A", "B",
         "Workflow changes live from 17/06/2024. Closure evidence accepted by FCC 14/08/2025.", "2024-06", "blue"),
        ("act", "1.2", None, 0,
         "Complete the back-book refresh of customer due diligence for the 42,000 Business Banking "
         "customers rated medium or high risk.",
         "Director, KYC Operations; Head of Financial Crime Change",
         ["Director, KYC Operations", "Head of Financial Crime Change"],
         d(2024, 12, 31), d(2025, 9, 30), "A", "A",
         "36,850 of 42,000 refreshed (88%). Exits of non-responding customers in progress; "
         "re-plan to be tabled at November FCC.", "2025-09", "amber"),
        ("act", "1.3", F2, 1,
         "Implement automated triggers for event-driven reviews where credits exceed 150% of "
         "declared annual turnover.",
         "Head of Financial Crime Change", ["Head of Financial Crime Change"],
         d(2025, 6, 30), d(2025, 11, 30), "A", "G",
         "Trigger rules built and in user acceptance testing; go-live planned for release 25.11.", "2025-11", "green"),
        ("band", WS2),
        ("act", "2.1", F3, 2,
         "Recalibrate transaction monitoring scenarios and thresholds for Business Banking using the "
         "refreshed customer data, with validation by Model Risk Management.",
         "Head of Transaction Monitoring", ["Head of Transaction Monitoring"],
         d(2025, 3, 31), d(2026, 1, 31), "A", "R",
         "Validation found data lineage gaps in two scenarios; revised date will not be met. "
         "Escalated to FCC 23/10/2025.", "2026-01", "red"),
        ("act", "2.2", None, 0,
         "Clear the backlog of alerts aged over 30 days and report alert ageing weekly to the "
         "Financial Crime Committee.",
         "Head of FCO Investigations", ["Head of FCO Investigations"],
         d(2024, 9, 30), None, "G", "B",
         "Backlog cleared 20/09/2024; weekly ageing report in place since October 2024.", "2024-09", "blue"),
        ("band", WS3),
        ("act", "3.1", F4, 2,
         "Embed a financial crime MI dashboard in the Board Risk Committee pack covering CDD refresh, "
         "alert ageing and SAR volumes.",
         "MLRO", ["MLRO"],
         d(2024, 12, 31), None, "B", "B",
         "Dashboard included in BRC pack since January 2025.", "2024-12", "blue"),
        ("act", "3.2", None, 0,
         "Deliver targeted AML training to all Business Banking relationship managers and first line "
         "control staff, with completion tracked at 95% or above.",
         "Chief People Officer / MLRO", ["Chief People Officer", "MLRO"],
         d(2025, 3, 31), d(2025, 12, 31), "A", "G",
         "Completion at 91%; remaining colleagues booked for November sessions.", "2025-12", "green"),
        ("act", "3.3", F5, 1,
         "Commission Internal Audit to validate each closed remediation action before closure is "
         "reported to the FCA.",
         "Chief Internal Auditor", ["Chief Internal Auditor"],
         d(2026, 3, 31), None, "G", "G",
         "Validation of WS1 closures under way; WS2 and WS3 scheduled in Q1 2026.", "2026-03", "green"),
    ]
    colour = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    r = 5
    actions = []
    ws_name = None
    finding = None
    for item in plan:
        if item[0] == "band":
            ws_name = item[1]
            c = ws.cell(r, 1, ws_name)
            c.font = Font(bold=True)
            for j in range(1, 10):
                ws.cell(r, j).fill = FILL[GREY]
                ws.cell(r, j).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        (_, ref, fnd, span, text, owner, leads, orig, rev, prev, cur, upd, end, status) = item
        if fnd is not None:
            finding = fnd
            ws.cell(r, 2, fnd)
            if span > 1:
                ws.merge_cells(start_row=r, start_column=2, end_row=r + span - 1, end_column=2)
        vals = {1: ref, 3: text, 4: owner, 5: orig, 6: rev, 7: prev, 8: cur, 9: upd}
        for j, v in vals.items():
            ws.cell(r, j, v)
        for j in range(1, 10):
            ws.cell(r, j).alignment = WRAP
            ws.cell(r, j).border = BOX
        for j in (5, 6):
            ws.cell(r, j).number_format = "dd/mm/yyyy"
        ws.cell(r, 7).fill = FILL[colour[prev]]
        ws.cell(r, 8).fill = FILL[colour[cur]]
        actions.append(act(ref, [ws_name, finding], text, leads, end, status))
        r += 1
    r += 1
    ws.cell(r, 1, "Notes: (1) Revised due dates were approved by the Financial Crime Committee on "
                  "14 August 2025; where no revised date is shown the original date stands. "
                  "(2) RAG key on the Summary sheet.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    widths = [7, 38, 55, 28, 13, 13, 10, 10, 50]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(path(fname))

    meta = {
        "source": (
            "Imitates the remediation tracker a bank reports to its Board Risk Committee after an FCA "
            "Final Notice – here Santander UK plc's anti-money laundering Final Notice of 8 December 2022 "
            "(£107.8m penalty for Business Banking AML failings, 2012–2017). No tracker is published; "
            "the layout copies bank financial crime remediation packs: a Cover sheet with document "
            "control and version history, a Summary sheet with counts by RAG and the RAG key "
            "(B = closed), and a Tracker sheet with grey workstream band rows merged across, the FCA "
            "finding (with Final Notice paragraph refs) merged down over its actions, original and "
            "revised due dates, previous and current RAG letters with fill colours, job titles as "
            "owners (two in some cells) and a notes line under the table."),
        "reads": (
            "Three sheets: cover/document control, a RAG summary with key, and the tracker. The tracker "
            "holds eight remediation actions in three workstreams, each answering an FCA finding; the "
            "due month is the revised date where one is given, otherwise the original, and the status "
            "is the Current RAG letter (B = complete)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(fname, meta, actions)


# ---------------------------------------------------------------------------
# 2. South Downs NPA - ReNature programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def south_downs():
    fname = "ub-south-downs-npa-renature-programme-highlight-report.xlsx"
    title = "ReNature Programme – Highlight Report"
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report Q2"
    ws["A1"] = "South Downs National Park Authority"
    ws["A1"].font = Font(bold=True, size=12, color="375623")
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=15)
    info = [("Reporting period", "Q2 2025/26 (1 July – 30 September 2025)"),
            ("Programme SRO", "Director of Landscape and Strategic Delivery"),
            ("Programme manager", "ReNature Programme Manager"),
            ("Report to", "Policy and Resources Committee – 20 November 2025")]
    for i, (k, v) in enumerate(info, start=3):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 3, v)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=2)
    ws.cell(7, 1, "Overall RAG").font = Font(bold=True)
    ws.merge_cells("A7:B7")
    ws.cell(7, 3, "Amber").fill = FILL[AMBER]
    ws.cell(7, 4, "Last period: Green")
    ws.cell(9, 1, "1. Summary of progress this period").font = Font(bold=True, size=12)
    ws.cell(10, 1, (
        "The 2025/26 FiPL grant round closed on time and all funds are committed. Habitat creation "
        "is on track overall, but registration of the National Park habitat bank has slipped because "
        "the legal agreement with the landowner is not yet signed. Baseline surveys are behind "
        "schedule following the loss of a seasonal ecologist post."))
    ws.merge_cells("A10:H10")
    ws.cell(10, 1).alignment = WRAP
    ws.row_dimensions[10].height = 60
    ws.cell(12, 1, "2. Key milestones and deliverables").font = Font(bold=True, size=12)
    hdr = ["Ref", "Workstream", "Milestone / deliverable", "Lead", "Baseline date",
           "Forecast date", "RAG", "Commentary"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(13, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", start_color="375623", end_color="375623")
        c.alignment = WRAP
        c.border = BOX
    d = dt.datetime
    W1 = "Habitat creation and restoration"
    W2 = "Trees and woodland"
    W3 = "Farming and land management"
    W4 = "Biodiversity net gain"
    W5 = "Funding and engagement"
    ms = [
        ("M1", W1, 2, "Secure landowner agreements for 450 ha of new chalk grassland and heathland "
         "habitat across the Arun to Adur and Western Weald clusters",
         "Nature Recovery Lead", ["Nature Recovery Lead"], d(2026, 3, 1), d(2026, 3, 1), GREEN,
         "312 ha agreed; a further 160 ha in negotiation.", "2026-03", "green"),
        ("M2", None, 0, "Complete baseline habitat condition surveys for all ReNature sites funded "
         "in 2025/26", "Senior Ecologist", ["Senior Ecologist"], d(2025, 9, 1), d(2025, 12, 1), AMBER,
         "Seasonal ecologist post vacant; surveys of 9 of 14 sites complete.", "2025-12", "amber"),
        ("M3", W2, 1, "Plant 60,000 trees and hedgerow whips through Trees for the Downs and the "
         "hedgerow connectivity scheme", "Woodland Officer / Trees for the Downs Project Officer",
         ["Woodland Officer", "Trees for the Downs Project Officer"], d(2026, 3, 1), d(2026, 3, 1), GREEN,
         "Planting season starts November; stock ordered.", "2026-03", "green"),
        ("M4", W3, 2, "Open the 2025/26 Farming in Protected Landscapes (FiPL) grant round and award "
         "at least £1.2m to farm and community projects", "FiPL Programme Manager",
         ["FiPL Programme Manager"], d(2025, 6, 1), d(2025, 6, 1), BLUE,
         "£1.34m awarded to 41 projects.", "2025-06", "blue"),
        ("M5", None, 0, "Establish two new farm clusters in the Eastern Downs and agree nature "
         "recovery plans with existing clusters", "Farm Cluster Facilitator", ["Farm Cluster Facilitator"],
         d(2025, 12, 1), d(2025, 12, 1), GREEN, "First Eastern Downs cluster meeting held 9 September.",
         "2025-12", "green"),
        ("M6", W4, 1, "Register the first National Park habitat bank with Natural England and "
         "publish the biodiversity unit pricing policy", "Planning Policy Manager; Nature Recovery Lead",
         ["Planning Policy Manager", "Nature Recovery Lead"], d(2025, 7, 1), d(2026, 1, 1), RED,
         "Conservation covenant not yet signed by landowner; legal advice sought.", "2026-01", "red"),
        ("M7", W5, 1, "Raise £1.5m towards the ReNature campaign through the South Downs National "
         "Park Trust", "Director, South Downs National Park Trust",
         ["Director, South Downs National Park Trust"], d(2026, 3, 1), d(2026, 3, 1), AMBER,
         "£0.87m raised to date; two major donor bids pending.", "2026-03", "amber"),
    ]
    r = 14
    actions = []
    wsname = None
    for (ref, wsn, span, text, lead_txt, leads, base, fc, col, comm, end, status) in ms:
        ws.cell(r, 1, ref)
        if wsn is not None:
            wsname = wsn
            ws.cell(r, 2, wsn)
            if span > 1:
                ws.merge_cells(start_row=r, start_column=2, end_row=r + span - 1, end_column=2)
        ws.cell(r, 3, text)
        ws.cell(r, 4, lead_txt)
        ws.cell(r, 5, base)
        ws.cell(r, 6, fc)
        ws.cell(r, 7).fill = FILL[col]
        ws.cell(r, 8, comm)
        for j in range(1, 9):
            ws.cell(r, j).alignment = WRAP
            ws.cell(r, j).border = BOX
        for j in (5, 6):
            ws.cell(r, j).number_format = "mmm-yy"
        actions.append(act(ref, [wsname], text, leads, end, status))
        r += 1
    r += 1
    ws.cell(r, 1, "3. Finance").font = Font(bold=True, size=12)
    r += 1
    for j, h in enumerate(["Budget 2025/26", "", "Spend to date", "Forecast outturn", "Variance"], start=1):
        if h:
            ws.cell(r, j, h).font = Font(bold=True)
    r += 1
    for j, v in [(1, "£2,350,000"), (3, "£1,012,400"), (4, "£2,290,000"), (5, "-£60,000")]:
        ws.cell(r, j, v)
    r += 2
    ws.cell(r, 1, "4. Decisions or support required from Committee").font = Font(bold=True, size=12)
    r += 1
    ws.cell(r, 1, "Committee is asked to note the delay to the habitat bank (M6) and the revised "
                  "forecast of January 2026. No decisions are required this period.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    r += 2
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    r += 1
    for col, label in [(GREEN, "On track"), (AMBER, "At risk – mitigation in place"),
                       (RED, "Off track – Committee support needed"), (BLUE, "Complete")]:
        ws.cell(r, 1).fill = FILL[col]
        ws.cell(r, 2, label)
        r += 1
    for j, w in enumerate([7, 20, 55, 28, 11, 11, 8, 45], start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.sheet_view.showGridLines = False
    wb.save(path(fname))

    meta = {
        "source": (
            "Imitates a national park authority programme highlight report to committee, modelled on "
            "South Downs NPA's ReNature campaign (launched 2021 with the South Downs National Park Trust, "
            "33% of land for nature by 2030) and its Policy and Resources Committee papers. Copies the "
            "usual highlight-report features: body name and report title, a header block (reporting "
            "period, SRO, programme manager, committee), overall RAG with last period, a narrative "
            "summary, a milestone table with workstream merged down, baseline and forecast dates "
            "formatted mmm-yy, RAG shown only by cell fill colour, a finance block, a decisions "
            "section and a colour key."),
        "reads": (
            "A one-sheet quarterly highlight report. The plan content is the milestone table: seven "
            "milestones M1–M7 under five workstreams, each with a lead, a forecast month (the revised "
            "date against the baseline) and a RAG given by fill colour (blue = complete per the key). "
            "The header block, finance figures, decisions text and key are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(fname, meta, actions)


# ---------------------------------------------------------------------------
# 3. Liverpool City Region CA - Merseyrail new fleet lessons learned (xlsx, REFUSE)
# ---------------------------------------------------------------------------
def lcr():
    fname = ("ub-liverpool-city-region-ca-merseyrail-new-fleet-lessons-learned-action-plan-"
             "typo-month-refuse.xlsx")
    title = "Merseyrail New Fleet Introduction – Lessons Learned Action Plan"
    wb = Workbook()
    intro = wb.active
    intro.title = "Introduction"
    intro["A1"] = "Liverpool City Region Combined Authority"
    intro["A1"].font = Font(bold=True, size=13)
    intro["A2"] = title
    intro["A2"].font = Font(bold=True, size=12)
    txt = [
        "Purpose: this action plan responds to the Lessons Learned Review of the introduction of the "
        "Class 777 fleet into passenger service, considered by the Transport Committee on 14 March 2024.",
        "Progress is reported to the Transport Committee and to the Audit and Governance Committee.",
        "",
        "Document owner: Director of Rail",
        "Version: 1.3",
        "Last updated: 12 September 2024",
    ]
    for i, t in enumerate(txt, start=4):
        intro.cell(i, 1, t)
    intro.column_dimensions["A"].width = 120

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Liverpool City Region Combined Authority"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = ("Following the Lessons Learned Review of the introduction of the Class 777 fleet "
                "(Transport Committee, 14 March 2024)")
    ws["A4"] = "Last updated: 12 September 2024"
    hdr = ["Lesson", "Lesson identified", "Ref", "Action", "Owner", "Target date", "Status", "Update"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(6, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", start_color="E4003B", end_color="E4003B")
        c.border = BOX
        c.alignment = WRAP
    lessons = [
        ("1", "Fleet reliability should be demonstrated over a sustained period before each phase of "
              "entry into passenger service.", [
            ("1.1", "Agree a reliability growth plan with Stadler and Merseyrail setting a minimum mean "
                    "distance between failures before further units are released to service.",
             "Director of Rail", "July 2024", "Complete", "Plan agreed at Fleet Board on 24/07/2024."),
            ("1.2", "Report fleet availability and reliability monthly to the Transport Committee until "
                    "contractual performance is achieved.",
             "Head of Rail Contracts", "Monthly", "Green", "Standing item from the June 2024 meeting."),
        ]),
        ("2", "Battery operation to Headbolt Lane was introduced without enough testing in winter "
              "conditions.", [
            ("2.1", "Commission an independent review of battery charging and range performance on the "
                    "Kirkby – Headbolt Lane section.",
             "Head of Rail Infrastructure", "December 2024", "Green", "Consultant appointed August 2024."),
            ("2.2", "Install additional charging capability at Kirkby, subject to the outcome of the "
                    "independent review.",
             "Head of Rail Infrastructure", "Febuary 2025", "Amber",
             "Network Rail power supply study needed first."),
        ]),
        ("3", "Passengers were not given timely and accurate information during short-notice "
              "cancellations.", [
            ("3.1", "Introduce a joint Merseyrail and Merseytravel disruption communications protocol, "
                    "including real-time updates on social media and at stations.",
             "Head of Customer Experience", "October 2024", "Green", "Draft protocol tested in August."),
            ("3.2", "Review the Delay Repay and goodwill gesture process used during the introduction "
                    "period.",
             "Head of Customer Experience; Merseyrail Commercial Director", "November 2024", "Amber",
             "Data request with Merseyrail outstanding."),
        ]),
        ("4", "Performance regimes in the train supply and maintenance agreement were not applied early "
              "enough.", [
            ("4.1", "Take legal advice on applying the availability deduction regime and agree a "
                    "recovery plan with Stadler.",
             "Director of Legal and Governance", "September 2024", "Complete", "Recovery plan agreed."),
            ("4.2", "Include the lessons from the fleet programme in the commercial strategy for any "
                    "future rolling stock procurement.",
             "Executive Director – Place", "March 2025", "Green", "To be reflected in fleet expansion business case."),
        ]),
    ]
    r = 7
    refuse_row = None
    for no, text, acts in lessons:
        ws.cell(r, 1, no)
        ws.cell(r, 2, text)
        ws.merge_cells(start_row=r, start_column=1, end_row=r + len(acts) - 1, end_column=1)
        ws.merge_cells(start_row=r, start_column=2, end_row=r + len(acts) - 1, end_column=2)
        for (ref, a, owner, tgt, st, upd) in acts:
            for j, v in zip(range(3, 9), (ref, a, owner, tgt, st, upd)):
                ws.cell(r, j, v)
            for j in range(1, 9):
                ws.cell(r, j).alignment = WRAP
                ws.cell(r, j).border = BOX
            if tgt.startswith("Febuary"):
                refuse_row = r
            r += 1
    r += 1
    ws.cell(r, 1, "Status key: Complete – action closed; Green – on track; Amber – at risk; "
                  "Red – off track")
    for j, w in enumerate([8, 40, 6, 55, 30, 15, 10, 40], start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    wb.active = 1
    wb.save(path(fname))

    meta = {
        "source": (
            "Imitates a combined authority lessons-learned action plan, based on Liverpool City Region "
            "Combined Authority's troubled introduction of the Stadler Class 777 Merseyrail fleet "
            "(first service January 2023; Headbolt Lane battery running from October 2023; Transport "
            "Committee scrutiny early 2024). Copies an Introduction sheet with purpose and document "
            "owner, and an Action Plan sheet with the lesson number and lesson text merged down over "
            "their actions, refs, owners as job titles, target months written out, word status and "
            "an update column, and a status key line."),
        "reads": (
            "Four lessons with two actions each, targets written as month and year. The target for "
            "action 2.2 (sheet row 10) reads 'Febuary 2025', a mistyped month, so a careful reader "
            "stops and asks rather than guess the date."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": title,
    }
    assert refuse_row == 10, refuse_row
    write_expected(fname, meta, [])


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
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Post Office Limited - ICO reprimand action plan (docx)
# ---------------------------------------------------------------------------
def post_office():
    fname = "ub-post-office-limited-ico-reprimand-data-breach-action-plan.docx"
    title = "ICO Reprimand Action Plan: Unauthorised Publication of Postmaster Personal Data"
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    p.add_run("Post Office Limited").bold = True
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Version 1.2 – 23 January 2026 – OFFICIAL")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Chief Data Protection Officer"),
                 ("Accountable executive", "Group General Counsel"),
                 ("Approved by", "Audit, Risk and Compliance Committee, 21 January 2026"),
                 ("Next review", "April 2026")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    doc.add_paragraph()
    vt = doc.add_table(rows=1, cols=3)
    vt.style = "Table Grid"
    for c, h in zip(vt.rows[0].cells, ["Version", "Date", "Summary of changes"]):
        set_cell(c, h, bold=True)
    for row in [("1.0", "08/12/2025", "First draft following receipt of the ICO reprimand"),
                ("1.1", "09/01/2026", "Actions and owners agreed with Executive"),
                ("1.2", "23/01/2026", "Progress updates; approved by ARC")]:
        cells = vt.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_heading("1. Background", level=1)
    doc.add_paragraph(
        "On 25 April 2024 an unredacted copy of the Group Litigation settlement deed, containing the "
        "names, home addresses and postmaster status of 502 claimants, was published on the Post Office "
        "corporate website in error. It was removed on 19 June 2024 after an external law firm alerted "
        "us. In December 2025 the Information Commissioner's Office issued a reprimand, finding that "
        "Post Office lacked documented publishing policies and quality assurance and that staff training "
        "was insufficient.")
    doc.add_paragraph(
        "This plan sets out the actions we are taking in response to the ICO's recommendations. "
        "Compensation and identity protection for affected postmasters are managed separately by the "
        "Remediation Unit and are not repeated here.")
    doc.add_heading("2. RAG status key", level=1)
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for label, col, meaning in [("Blue", "0070C0", "Complete and evidence provided"),
                                ("Green", "00B050", "On track to meet target date"),
                                ("Amber", "FFC000", "At risk of missing target date"),
                                ("Red", "FF0000", "Target date missed or off track")]:
        cells = kt.add_row().cells
        set_cell(cells[0], label, bold=True)
        shade(cells[0], col)
        set_cell(cells[1], meaning)

    doc.add_heading("3. Action plan", level=1)
    S1 = "3.1 Publishing policy and quality assurance"
    R1 = ("ICO recommendation 1: Post Office should document and implement a policy and quality "
          "assurance procedure for publishing documents on its corporate website, including checks for "
          "personal data before publication.")
    S2 = "3.2 Training and guidance"
    R2 = ("ICO recommendation 2: Post Office should provide staff who publish content with training and "
          "specific guidance on information sensitivity, redaction and publishing practices.")
    S3 = "3.3 Technical and organisational measures"
    R3 = ("ICO recommendation 3: Post Office should consider technical measures to prevent or detect the "
          "publication of personal data, and review its breach detection and response arrangements.")
    sections = [
        (S1, R1, [
            ("1.1", "Approve and publish the Website Publishing Policy, setting out who may publish, the "
                    "approvals required and the personal data checks to be made.",
             "Director of Communications and Corporate Affairs",
             ["Director of Communications and Corporate Affairs"],
             "31 January 2026", "Blue", "Policy approved by the Executive on 12 January 2026 and issued.",
             "2026-01", None, "blue"),
            ("1.2", "Introduce a two-person check (author and Legal reviewer) for any document relating to "
                    "litigation, compensation schemes or the Horizon IT Inquiry before it is uploaded.",
             "General Counsel / Head of Digital Channels",
             ["General Counsel", "Head of Digital Channels"],
             "28 February 2026", "Green", "Checklist drafted; Legal reviewer rota being set up.",
             "2026-02", None, "green"),
            ("1.3", "Carry out a retrospective sweep of all documents on the corporate website and "
                    "Inquiry-related pages for unredacted personal data, and remove or redact any found.",
             "Head of Digital Channels", ["Head of Digital Channels"],
             "End of March 2026", "Amber",
             "Around 4,100 documents in scope; additional resource requested to complete on time.",
             "2026-03", None, "amber"),
        ]),
        (S2, R2, [
            ("2.1", "Deliver mandatory redaction and information sensitivity training to all Communications, "
                    "Digital and Legal colleagues with publishing rights.",
             "Chief Data Protection Officer", ["Chief Data Protection Officer"],
             "Q1 2026/27", "Green", "Course content agreed; sessions booked from April.",
             "2026-06", None, "green"),
            ("2.2", "Add a publishing and redaction module to the annual data protection e-learning for all "
                    "head office colleagues.",
             "Head of Learning & Development", ["Head of Learning & Development"],
             "30 September 2026", "Green", "Module specification with supplier.",
             "2026-09", None, "green"),
        ]),
        (S3, R3, [
            ("3.1", "Configure the website content management system so that a document cannot be "
                    "published until a completed publishing checklist is attached.",
             "Chief Information Officer", ["Chief Information Officer"],
             "June 2026", "Amber", "Dependent on CMS upgrade; supplier timetable not yet confirmed.",
             "2026-06", None, "amber"),
            ("3.2", "Deploy automated scanning of the corporate website for names, addresses and other "
                    "personal data, with alerts to the Data Protection Office.",
             "Chief Information Officer; Chief Data Protection Officer",
             ["Chief Information Officer", "Chief Data Protection Officer"],
             "30/09/2026", "Green", "Tool options appraisal under way.",
             "2026-09", None, "green"),
            ("3.3", "Review and test the personal data breach procedure, including a tabletop exercise "
                    "with the Communications team.",
             "Chief Data Protection Officer", ["Chief Data Protection Officer"],
             "Ongoing – annual test", "Green", "First exercise planned for March 2026.",
             None, "Ongoing – annual test", "green"),
        ]),
    ]
    actions = []
    for sec, rec, rows in sections:
        doc.add_heading(sec, level=2)
        rp = doc.add_paragraph()
        rp.add_run(rec).italic = True
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["Ref", "Action", "Lead", "Target date", "RAG",
                                           "Progress update"]):
            set_cell(c, h, bold=True)
            shade(c, "D9D9D9")
        for (ref, text, lead_txt, leads, tgt, rag, upd, end, end_text, status) in rows:
            cells = tb.add_row().cells
            for c, v in zip(cells, (ref, text, lead_txt, tgt, rag, upd)):
                set_cell(c, v)
            shade(cells[4], {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000"}[rag])
            actions.append(act(ref, [sec, rec], text, leads, end, status, end_text))
        doc.add_paragraph()
    doc.add_heading("4. Monitoring and assurance", level=1)
    doc.add_paragraph(
        "Progress is reported monthly to the Data Governance Forum and quarterly to the Audit, Risk and "
        "Compliance Committee. Internal Audit will review the operation of the publishing controls in "
        "the 2026/27 audit plan. A copy of this plan has been shared with the ICO.")
    doc.save(path(fname))

    meta = {
        "source": (
            "Imitates the action plan an arm's-length body writes after an ICO reprimand: Post Office "
            "Limited's reprimand of December 2025 over the unredacted Group Litigation settlement deed "
            "(502 postmasters' names and addresses on its website, 25 April–19 June 2024; ICO found no "
            "documented publishing policy or QA and insufficient training). Copies the usual public-body "
            "response layout in Word: body name and Title, version line, document control and version "
            "history tables, a background section, a RAG key table with shaded cells, then one "
            "sub-section per ICO recommendation with the recommendation in italics above its own "
            "action table (Ref, Action, Lead, Target date, RAG, Progress update), and a closing "
            "monitoring section."),
        "reads": (
            "Three numbered sub-sections, each answering one ICO recommendation, hold eight actions in "
            "three tables. Leads are job titles (two in some cells), target dates are dates, a "
            "financial-year quarter and one 'Ongoing – annual test', and RAG is written as a colour "
            "word. The document control, version history and key tables are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(fname, meta, actions)


# ---------------------------------------------------------------------------
# 5. Harrow School - ISI post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def harrow():
    fname = "ub-harrow-school-isi-post-inspection-action-plan.docx"
    title = "Harrow School – Post-Inspection Action Plan"
    doc = Document()
    landscape(doc)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("ISI routine inspection: 8–10 October 2024. Report published: 28 November 2024.")
    doc.add_paragraph("Prepared by the Head Master's Office for the Governors' Education and Safeguarding "
                      "Committee. Version 2 – updated 3 March 2025.")
    doc.add_paragraph(
        "The inspection found that the school met the Independent School Standards with the exception of "
        "two areas relating to safer recruitment and boarding risk assessment. This plan sets out the "
        "actions for the two areas for action and for the recommended next steps identified by "
        "inspectors.")

    PA = "Part A – Areas for action (Independent School Standards not met)"
    A1 = ("Area for action 1: The school must ensure that all required safer recruitment checks, "
          "including prohibition from teaching checks, are completed and recorded on the single central "
          "register before staff begin work. (Paragraphs 18–21)")
    A2 = ("Area for action 2: The school must ensure that risk assessments for off-site boarding "
          "activities identify and reduce risks effectively and are reviewed by senior staff. "
          "(Paragraph 16 and NMS 20)")
    PB = "Part B – Recommended next steps"
    B1 = ("Next step 1: Leaders should ensure that written feedback to pupils in the Sixth Form "
          "consistently shows them how to improve their work.")
    B2 = ("Next step 2: Leaders should strengthen pupils' understanding of the safe and responsible use "
          "of online and AI tools in their independent study.")
    rows = [
        ("part", PA), ("area", A1),
        ("A1.1", "Audit every personnel file and single central register entry for staff appointed since "
                 "September 2022 and complete any missing checks.",
         "Bursar; HR Director", ["Bursar", "HR Director"], "By 15 November 2024",
         "SCR audited by external safeguarding consultant; no gaps remaining.", "Blue", "2024-11", None, "blue"),
        ("A1.2", "Introduce a pre-start sign-off, so that no member of staff starts work until the HR "
                 "Director and the DSL have confirmed that all checks are recorded.",
         "HR Director / DSL", ["HR Director", "DSL"], "By end of Autumn term 2024",
         "Pre-start checklist in use for all January 2025 starters.", "Blue", "2024-12", None, "blue"),
        ("A1.3", "Governor with responsibility for safeguarding to sample the single central register "
                 "each term and report to the Committee.",
         "Safeguarding Governor", ["Safeguarding Governor"], "Termly",
         "First sample completed February 2025.", "Green", None, "Termly", "green"),
        ("area", A2),
        ("A2.1", "Rewrite the off-site activities risk assessment template for boarding houses so that it "
                 "covers supervision ratios, transport and medical needs.",
         "Director of Boarding", ["Director of Boarding"], "31 January 2025",
         "New template issued to all House Masters.", "Blue", "2025-01", None, "blue"),
        ("A2.2", "Deputy Head (Pastoral) to review and sign off every boarding trip risk assessment, with "
                 "a termly sample checked by the Health and Safety Committee.",
         "Deputy Head (Pastoral)", ["Deputy Head (Pastoral)"], "Summer term 2025",
         "Sign-off in place; Health and Safety Committee sampling from April.", "Green", "2025-07", None,
         "green"),
        ("part", PB), ("area", B1),
        ("B1.1", "Agree a whole-school Sixth Form feedback policy and train heads of department in its "
                 "use.",
         "Deputy Head (Academic)", ["Deputy Head (Academic)"], "Summer term 2025",
         "Draft policy discussed at Heads of Department meeting, February 2025.", "Amber", "2025-07", None,
         "amber"),
        ("area", B2),
        ("B2.1", "Add sessions on online safety and the responsible use of AI tools to the Year 9–11 "
                 "PSHE programme and the Sixth Form study skills course.",
         "Head of PSHE / Director of Digital Learning", ["Head of PSHE", "Director of Digital Learning"],
         "September 2025", "Scheme of work being written.", "Green", "2025-09", None, "green"),
    ]
    nc = 6
    tb = doc.add_table(rows=1, cols=nc)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["No.", "Action", "Lead(s)", "Timescale",
                                       "Success criteria / evidence", "RAG"]):
        set_cell(c, h, bold=True)
        shade(c, "A6192E")
    actions = []
    part = area = None
    for row in rows:
        if row[0] in ("part", "area"):
            cells = tb.add_row().cells
            m = cells[0].merge(cells[nc - 1])
            set_cell(m, row[1], bold=True)
            shade(m, "F2F2F2" if row[0] == "part" else "FFFFFF")
            if row[0] == "part":
                part = row[1]
                area = None
            else:
                area = row[1]
            continue
        (ref, text, lead_txt, leads, tscale, evid, rag, end, end_text, status) = row
        cells = tb.add_row().cells
        for c, v in zip(cells, (ref, text, lead_txt, tscale, evid, rag)):
            set_cell(c, v)
        shade(cells[5], {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000"}[rag])
        actions.append(act(ref, [part, area], text, leads, end, status, end_text))
    doc.add_paragraph()
    doc.add_paragraph("RAG: Blue = complete; Green = on track; Amber = some slippage, action in hand; "
                      "Red = not on track.")
    doc.add_paragraph()
    st = doc.add_table(rows=1, cols=3)
    st.style = "Table Grid"
    for c, h in zip(st.rows[0].cells, ["Approved by", "Role", "Date"]):
        set_cell(c, h, bold=True)
    for row in [("Head Master", "Proprietor's representative", "03/03/2025"),
                ("Chair, Education and Safeguarding Committee", "Governor", "10/03/2025")]:
        cells = st.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.save(path(fname))

    meta = {
        "source": (
            "Imitates an independent school's post-inspection action plan under the ISI framework "
            "introduced in September 2023, where unmet standards give 'areas for action' and met "
            "standards give 'recommended next steps' (ISI handbook). Harrow School itself has published "
            "no such plan; the layout copies school action plans for governors: Title, inspection and "
            "version lines, an introductory paragraph, one landscape table with shaded full-width rows "
            "for Part A/Part B and for each area for action or next step, actions numbered A1.1 etc., "
            "school posts as leads (two in some cells), term-based and dated timescales, a success "
            "criteria column, RAG as a colour word with shaded cell, a RAG key line and a sign-off table."),
        "reads": (
            "One table: Part A (two areas for action, five actions) and Part B (two next steps, two "
            "actions). Each action sits under its part and its area/next-step text. Timescales are read "
            "by the term convention (end of Autumn term 2024 = 2024-12, Summer term 2025 = 2025-07; "
            "Termly = no month) and the RAG word is the status (Blue = complete)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(fname, meta, actions)


# ---------------------------------------------------------------------------
# 6. Julia's House children's hospice - CQC action plan export (csv)
# ---------------------------------------------------------------------------
def julias_house():
    fname = "ub-julias-house-childrens-hospice-cqc-inspection-action-plan.csv"
    title = "Julia's House - CQC Inspection Action Plan 2025"
    F_S1 = ("The service should ensure that medicines fridge temperatures are recorded daily and that "
            "the action taken when readings are out of range is documented.")
    F_S2 = ("The service should ensure that all staff complete mandatory moving and handling training "
            "within the required timescale.")
    F_E1 = ("The service should ensure that mental capacity assessments for young people aged 16 and "
            "over are completed and recorded consistently.")
    F_W1 = ("Governance systems did not always give leaders a clear overview of actions arising from "
            "incidents and complaints.")
    rows = [
        ("Safe", "S1.1", "Should do", F_S1,
         "Introduce a daily medicines fridge temperature log with an escalation flowchart displayed "
         "beside each fridge at both hospices.",
         "Clinical Nurse Manager", ["Clinical Nurse Manager"], "31/10/2025", "Blue - Complete",
         "Logs in use at Corfe Mullen and Devizes from 6 October.", "2025-10", "blue"),
        ("Safe", "S1.2", "Should do", F_S1,
         "Audit fridge temperature records monthly for three months and report the results to the "
         "Clinical Governance Committee.",
         "Price, Helen", ["Price, Helen"], "31/01/2026", "Green - On track",
         "October audit 100% compliant.", "2026-01", "green"),
        ("Safe", "S2.1", "Should do", F_S2,
         "Run additional moving and handling sessions at both hospices and reach 95% compliance.",
         "Head of Education and Practice Development", ["Head of Education and Practice Development"],
         "30/11/2025", "Amber - Delayed", "Compliance 86%; trainer sickness, two sessions re-booked.",
         "2025-11", "amber"),
        ("Effective", "E1.1", "Should do", F_E1,
         "Update the consent and capacity policy to include:\n- a prompt to assess capacity at each "
         "care plan review from age 16\n- a template for recording best interests decisions",
         "Director of Care", ["Director of Care"], "31/12/2025", "Green - On track",
         "Draft with Clinical Governance Committee for approval.", "2025-12", "green"),
        ("Effective", "E1.2", "Should do", F_E1,
         "Deliver MCA refresher training to nurses and carers working with young people aged 16 and "
         "over.",
         "Head of Education and Practice Development", ["Head of Education and Practice Development"],
         "28/02/2026", "Green - On track", "", "2026-02", "green"),
        ("Well-led", "W1.1", "Provider identified", F_W1,
         "Move incident and complaint action tracking onto the electronic quality system, with a "
         "monthly dashboard for the senior leadership team.",
         "Quality and Governance Lead / Director of Care", ["Quality and Governance Lead", "Director of Care"],
         "March 2026", "Not started", "Awaiting system configuration slot.", "2026-03", "unrated"),
    ]
    with open(path(fname), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([title])
        w.writerow(["Exported from Quality Management System 14/11/2025 10:42"])
        w.writerow([])
        w.writerow(["Key question", "Ref", "Type", "CQC finding", "Action", "Action lead",
                    "Due date", "Status", "Update"])
        actions = []
        for (kq, ref, typ, finding, text, lead_txt, leads, due, status_txt, upd, end, status) in rows:
            w.writerow([kq, ref, typ, finding, text, lead_txt, due, status_txt, upd])
            actions.append(act(ref, [kq, finding], text, leads, end, status))
        w.writerow([])
        w.writerow(["6 actions: 1 complete, 3 on track, 1 delayed, 1 not started"])

    meta = {
        "source": (
            "Imitates a charity children's hospice's CQC action plan exported from its quality "
            "management system, for Julia's House (children's hospices at Corfe Mullen, Dorset and "
            "Devizes, Wiltshire; CQC-registered, Julia's House Limited). The findings are invented "
            "'should do' style findings plus one provider-identified improvement. Copies the export "
            "shape: a title line and an export timestamp line, a header row, the CQC key question and "
            "finding repeated on every row, refs such as S1.1, leads as job titles, 'Surname, Forename' "
            "and two posts with a slash, day-first due dates and one month, status as 'Colour - words', "
            "one multi-line action (quoted field with line breaks) and a totals line at the end."),
        "reads": (
            "Six actions under four CQC findings grouped by key question (Safe, Effective, Well-led). "
            "Each row gives the action, its lead, a due month and a status whose colour word is the "
            "RAG (Blue - Complete = complete; 'Not started' = unrated). The title, export line and "
            "totals line are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(fname, meta, actions)


# ---------------------------------------------------------------------------
# 7. Bishop's Stortford Town Council - internal & external audit action plan (txt, tab-separated)
# ---------------------------------------------------------------------------
def bishops_stortford():
    fname = "ub-bishops-stortford-town-council-internal-external-audit-action-plan-2024-25.txt"
    title = "Internal and External Audit Action Plan 2024/25"
    SA = "A. Internal audit 2024/25 (interim visit November 2024 and year-end visit May 2025)"
    SB = "B. External auditor – AGAR 2024/25 issues arising"
    rows = [
        ("sec", SA),
        ("1", "Bank reconciliations should be signed and dated monthly by a councillor who is not a "
              "bank signatory.",
         "Nominated councillor to review and sign monthly reconciliations; confirmation minuted at each "
         "Policy & Finance meeting.",
         "RFO / Cllr S Dhillon", ["RFO", "Cllr S Dhillon"], "31/10/2025", "On track", "2025-10", None, "green"),
        ("2", "The asset register should be updated to include the new CCTV cameras and play equipment at "
              "Castle Gardens and reconciled to the insurance schedule.",
         "Update asset register and reconcile with insurer's schedule before renewal.",
         "Deputy Town Clerk", ["Deputy Town Clerk"], "By 30 November 2025", "On track", "2025-11", None,
         "green"),
        ("3", "Standing Orders and Financial Regulations should be reviewed against the 2024 NALC model "
              "documents.",
         "Review and adopt revised Standing Orders and Financial Regulations at Full Council.",
         "Town Clerk", ["Town Clerk"], "January 2026", "On track", "2026-01", None, "green"),
        ("4", "The council should publish all items of expenditure over £500 in line with the "
              "Transparency Code.",
         "Set up quarterly publication of payments over £500 on the council website.",
         "RFO", ["RFO"], "Quarterly", "Complete", None, "Quarterly", "blue"),
        ("5", "Payroll changes should be authorised in writing by the Town Clerk before submission to the "
              "payroll bureau.",
         "Introduce a payroll change form signed by the Town Clerk; bureau instructed not to accept "
         "changes without it.",
         "Town Clerk", ["Town Clerk"], "30/06/2025", "Complete", "2025-06", None, "blue"),
        ("sec", SB),
        ("6", "The notice of the period for the exercise of public rights was not published for the full "
              "30 working days.",
         "Add the public rights period to the year-end accounts timetable, with a checklist signed off "
         "by the RFO.",
         "RFO", ["RFO"], "31 March 2026", "Not started", "2026-03", None, "unrated"),
        ("7", "Box 7 of Section 2 of the AGAR did not agree to the bank reconciliation; figures should be "
              "cross-checked before approval.",
         "Cross-check AGAR figures against the bank reconciliation and the internal auditor's working "
         "papers before Full Council approves the return.",
         "Town Clerk / RFO", ["Town Clerk", "RFO"], "May 2026", "Not started", "2026-05", None, "unrated"),
    ]
    lines = ["Bishop's Stortford Town Council", title,
             "Policy & Finance Committee – 16 September 2025 – Agenda item 9, Appendix B", "",
             "\t".join(["No.", "Recommendation", "Action agreed", "Responsible", "Target date", "Status"])]
    actions = []
    sec = None
    for row in rows:
        if row[0] == "sec":
            sec = row[1]
            lines.append(sec)
            continue
        (no, rec, action, lead_txt, leads, tgt, st, end, end_text, status) = row
        lines.append("\t".join([no, rec, action, lead_txt, tgt, st]))
        actions.append(act(no, [sec, rec], action, leads, end, status, end_text))
    lines += ["", "Summary: 7 actions – 2 complete, 3 on track, 2 not started.",
              "Status as at 31 August 2025. Completed actions are removed after they have been "
              "reported to Full Council."]
    with open(path(fname), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    meta = {
        "source": (
            "Imitates the audit action plan a town council takes to its finance committee, combining "
            "the internal auditor's recommendations and the external auditor's AGAR issues arising "
            "(typical of town council Policy & Finance papers). Copies a plain tab-separated export: "
            "body name, plan title and committee/agenda line, a header row, section lines for the "
            "internal and external audit, one row per recommendation with the council's agreed "
            "action, the Responsible Financial Officer/Town Clerk/councillor as leads, mixed target "
            "dates (dd/mm/yyyy, 'By ...', month, 'Quarterly'), word statuses, and a summary and "
            "status-date note at the end."),
        "reads": (
            "Seven numbered actions in two sections (internal audit, external auditor). Each row pairs "
            "the auditor's recommendation with the action agreed; the lead is the Responsible column, "
            "'Quarterly' has no end month, and Complete/On track/Not started are blue/green/unrated."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(fname, meta, actions)


if __name__ == "__main__":
    santander()
    south_downs()
    lcr()
    post_office()
    harrow()
    julias_house()
    bishops_stortford()
    print("built", sorted(f for f in os.listdir(HERE) if f.startswith("ub-")))
