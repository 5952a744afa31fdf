#!/usr/bin/env python3
"""Build the seven qj- cases of set heldout464 (data files and their expected readings).

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Only files whose names start with "qj-" are written.
"""
import csv
import datetime as dt
import io
import os

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "lightgrey": "F2F2F2",
    "navy": "1F3864",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(colour):
    return PatternFill("solid", start_color=FILL.get(colour, colour), end_color=FILL.get(colour, colour))


def d(y, m, day):
    return dt.datetime(y, m, day)


def out(name):
    assert name.startswith("qj-")
    return os.path.join(HERE, name)


class Quoted(str):
    pass


def _quoted_presenter(dumper, data):
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(data), style='"')


yaml.SafeDumper.add_representer(Quoted, _quoted_presenter)


def _str_presenter(dumper, data):
    if "\n" in data:
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


yaml.SafeDumper.add_representer(str, _str_presenter)


def write_expected(name, source, reads, outcome, title, actions=None, refuse_at=None,
                   accept_refusal=False):
    doc = {
        "source": source,
        "reads": reads,
        "outcome": outcome,
        "accept_refusal": accept_refusal,
    }
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        acts = []
        for a in actions:
            e = {
                "ref": a["ref"],
                "under": a["under"],
                "action": a["action"],
                "lead": a["lead"],
                "end": Quoted(a["end"]) if a["end"] else None,
            }
            if a.get("end_text"):
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            acts.append(e)
        doc["actions"] = acts
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


# ---------------------------------------------------------------------------
# 1. Companies House - programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def companies_house():
    name = "qj-companies-house-identity-verification-programme-highlight-report.xlsx"
    title = "Companies House – Identity Verification and ACSP Programme: Highlight Report"
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    widths = [9, 58, 34, 14, 14, 9, 9, 60]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = fill("navy")
    ws.merge_cells("A1:H1")
    ws["A2"] = "OFFICIAL"
    ws["A2"].font = Font(bold=True, color="C00000")

    meta = [
        (4, "Reporting period", "1 October – 31 October 2025", "Report date", d(2025, 11, 5)),
        (5, "Senior Responsible Owner", "Chief Operating Officer", "Programme Director", "Head of IDV Delivery"),
        (6, "Reporting to", "Transformation Programme Board – 12 November 2025", "Version", "v1.0 FINAL"),
    ]
    for r, k1, v1, k2, v2 in meta:
        ws.cell(r, 1, k1).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(r, 3, v1)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
        ws.cell(r, 5, k2).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=7)
        c = ws.cell(r, 8, v2)
        if isinstance(v2, dt.datetime):
            c.number_format = "dd/mm/yyyy"
            c.alignment = Alignment(horizontal="left")

    # status summary (dimension RAGs, not actions)
    r = 8
    ws["A8"] = "Status summary"
    for col in range(1, 9):
        ws.cell(r, col).fill = fill("navy")
        ws.cell(r, col).font = Font(bold=True, color="FFFFFF")
    ws.merge_cells("A8:B8")
    ws.merge_cells("E8:H8")
    ws["C8"] = "Last period"
    ws["D8"] = "This period"
    ws["E8"] = "Comment"
    dims = [
        ("Overall delivery confidence", "A", "A",
         "Mandatory IDV go-live on 18 November 2025 remains achievable. ACSP bulk-verification API has slipped into Q4."),
        ("Schedule", "A", "A", "Two deliverables re-forecast this period (see 2.1 and 2.2)."),
        ("Budget", "G", "G", "Forecast spend within 2% of the 2025/26 allocation."),
        ("Resources", "A", "G", "Contact centre recruitment ahead of plan; two API developer vacancies filled."),
        ("Benefits", "G", "G", "Voluntary verification take-up since 8 April 2025 is ahead of forecast."),
    ]
    rag_fill = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
    for i, (k, last, now, com) in enumerate(dims):
        rr = 9 + i
        ws.cell(rr, 1, k)
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=2)
        for col, v in ((3, last), (4, now)):
            c = ws.cell(rr, col, v)
            c.fill = fill(rag_fill[v])
            c.alignment = Alignment(horizontal="center")
        ws.cell(rr, 5, com).alignment = WRAP
        ws.merge_cells(start_row=rr, start_column=5, end_row=rr, end_column=8)

    ws["A15"] = "Executive summary"
    ws["A15"].font = Font(bold=True)
    ws["A16"] = ("The programme is on course to switch on mandatory identity verification for new directors, "
                 "PSCs and incorporations on 18 November 2025. The IT health check found two high-severity "
                 "issues, both now fixed. The ACSP application backlog has reduced from 1,900 to 640 but remains "
                 "above target, and the bulk-verification API for software filers has been re-planned to March 2026.")
    ws["A16"].alignment = WRAP
    ws.merge_cells("A16:H16")
    ws.row_dimensions[16].height = 48

    ws["A18"] = "Key deliverables and actions"
    ws["A18"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Deliverable / action", "Owner", "Baseline date", "Forecast date", "Last RAG", "RAG", "Commentary"]
    for col, h in enumerate(hdr, 1):
        c = ws.cell(19, col, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.alignment = WRAP
        c.border = BOX

    W1 = "WS1 – Identity verification (IDV) service"
    W2 = "WS2 – Authorised Corporate Service Providers (ACSPs)"
    W3 = "WS3 – Operations and customer contact"
    W4 = "WS4 – Compliance and enforcement"
    rows = [
        ("ws", W1),
        dict(ref="1.1", action="Complete the IT health check of the IDV service and fix all high-severity findings before mandatory go-live",
             lead_cell="Chief Information Security Officer", lead=["Chief Information Security Officer"],
             base=d(2025, 9, 30), fc=d(2025, 10, 31), end="2025-10", last="A", status="green",
             com="Two high findings (session handling, rate limiting) fixed; re-test report due 7 November."),
        dict(ref="1.2", action="Switch on mandatory identity verification for new director and PSC appointments and for new incorporations",
             lead_cell="Head of IDV Delivery", lead=["Head of IDV Delivery"],
             base=d(2025, 11, 18), fc=d(2025, 11, 18), end="2025-11", last="G", status="green",
             com="Commencement regulations laid. Go/no-go at Programme Board 12 November."),
        dict(ref="1.3", action="Publish guidance for existing directors and PSCs on verifying at their next confirmation statement during the 12-month transition",
             lead_cell="Head of Customer Communications / Head of Policy",
             lead=["Head of Customer Communications", "Head of Policy"],
             base=d(2025, 10, 31), fc=d(2025, 10, 21), end="2025-10", last="G", status="blue",
             com="Guidance published on GOV.UK 21/10/2025; stakeholder toolkit issued to 40 representative bodies."),
        ("ws", W2),
        dict(ref="2.1", action="Clear the backlog of ACSP applications awaiting anti-money laundering supervisor confirmation (target: decision within 5 working days)",
             lead_cell="ACSP Registration Team Leader", lead=["ACSP Registration Team Leader"],
             base=d(2025, 9, 30), fc=d(2025, 11, 28), end="2025-11", last="R", status="amber",
             com="Backlog down from 1,900 to 640. Two supervisory bodies now confirming by bulk file."),
        dict(ref="2.2", action="Deliver the ACSP bulk-verification API for software filers",
             lead_cell="Head of Digital Services; Product Manager (Filing APIs)",
             lead=["Head of Digital Services", "Product Manager (Filing APIs)"],
             base=d(2025, 12, 31), fc=d(2026, 3, 31), end="2026-03", last="A", status="red",
             com="Re-planned after supplier testing found performance issues. Path to green to Board in December."),
        ("ws", W3),
        dict(ref="3.1", action="Recruit and train 60 additional contact centre advisers for the go-live peak",
             lead_cell="Director of Operations", lead=["Director of Operations"],
             base=d(2025, 10, 31), fc=d(2025, 11, 14), end="2025-11", last="A", status="green",
             com="52 in post, final cohort starts 3 November."),
        dict(ref="3.2", action="Agree Post Office in-branch verification volumes and the escalation route for failed checks",
             lead_cell="Commercial Lead", lead=["Commercial Lead"],
             base=d(2025, 9, 30), fc=d(2025, 9, 30), end="2025-09", last="G", status="blue",
             com="Contract variation signed 26/09/2025."),
        ("ws", W4),
        dict(ref="4.1", action="Design the compliance approach for directors who have not verified by the end of the transition period (reminders, filing restrictions, penalties)",
             lead_cell="Head of Enforcement\nHead of Legal Services", lead=["Head of Enforcement", "Head of Legal Services"],
             base="Q4 2025/26", fc="Q1 2026/27", end="2026-06", end_text="Q1 2026/27", last=None, status="unrated",
             com="Not yet started – depends on final policy on penalties from DBT."),
    ]
    r = 20
    expected = []
    ws_heading = None
    for item in rows:
        if isinstance(item, tuple):
            ws_heading = item[1]
            c = ws.cell(r, 1, ws_heading)
            c.font = Font(bold=True)
            for col in range(1, 9):
                ws.cell(r, col).fill = fill("grey")
                ws.cell(r, col).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        a = item
        vals = [a["ref"], a["action"], a["lead_cell"], a["base"], a["fc"], a["last"], None, a["com"]]
        for col, v in enumerate(vals, 1):
            c = ws.cell(r, col, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if a["last"]:
            ws.cell(r, 6).fill = fill(rag_fill[a["last"]])
            ws.cell(r, 6).alignment = Alignment(horizontal="center", vertical="top")
        if a["status"] != "unrated":
            ws.cell(r, 7).fill = fill(a["status"])
        ws.row_dimensions[r].height = 45
        expected.append(dict(ref=a["ref"], under=[ws_heading], action=a["action"], lead=a["lead"],
                             end=a["end"], end_text=a.get("end_text"), status=a["status"]))
        r += 1

    r += 1
    ws.cell(r, 1, "Key risks and issues (full detail in the programme RAID log)").font = Font(bold=True)
    r += 1
    for txt in [
        "R07 (score 16) – Post Office branch capacity in the first fortnight after go-live. Mitigation: daily volume reporting and surge staffing agreed.",
        "I03 – ACSP bulk-verification API delayed (see 2.2). Software filers can continue to file; customers told of new date.",
    ]:
        ws.cell(r, 1, txt).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.row_dimensions[r].height = 30
        r += 1
    r += 1
    ws.cell(r, 1, "Decisions or support required from the Board").font = Font(bold=True)
    r += 1
    ws.cell(r, 1, "None this period.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.freeze_panes = "A20"

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG definitions"
    key["A1"].font = Font(bold=True)
    for i, (colour, label, text) in enumerate([
        ("blue", "Blue", "Complete"),
        ("green", "Green", "On track to the forecast date"),
        ("amber", "Amber", "At risk – recoverable within programme tolerance"),
        ("red", "Red", "Off track – Board intervention needed"),
        (None, "No colour", "Not yet started"),
    ]):
        c = key.cell(3 + i, 1, label)
        if colour:
            c.fill = fill(colour)
        key.cell(3 + i, 2, text)
    key.column_dimensions["A"].width = 14
    key.column_dimensions["B"].width = 50
    wb.save(out(name))

    write_expected(
        name,
        source=("Imitates a Companies House / DBT-style PRINCE2 programme highlight report for implementing identity "
                "verification and ACSP registration under the Economic Crime and Corporate Transparency Act 2023 "
                "(timetable as published in Companies House's transition plan: ACSP registration from 18 March 2025, "
                "voluntary IDV from 8 April 2025, mandatory IDV autumn 2025). Layout copied from public highlight report "
                "templates (e.g. docest.com/doc/630539/highlight-report-template; projectoolkit.com/project-reporting): "
                "header block (period, SRO, programme director), status summary with last/this period RAG per dimension, "
                "executive summary, workstream banner rows over a deliverables table with baseline and forecast dates, "
                "a text 'Last RAG' column and a fill-only current RAG column, then risks/issues lines and a RAG key sheet."),
        reads=("A one-sheet highlight report for the IDV and ACSP programme. After a status summary of RAG per dimension "
               "(not actions), eight deliverables sit under four workstream banners, each with an owner post, baseline "
               "and forecast date, last RAG as a letter and current RAG shown only as cell colour; the forecast date is the "
               "end. Risks/issues lines and the decisions line are not actions."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 2. York and North Yorkshire CA - internal audit tracker (xlsx)
# ---------------------------------------------------------------------------
def ynyca():
    name = "qj-york-and-north-yorkshire-ca-internal-audit-recommendations-tracker.xlsx"
    title = "Internal Audit Recommendations Tracker – position at 31 December 2025"
    status_fill = {"Implemented": "blue", "On track": "green", "Revised date agreed": "amber", "Overdue": "red"}
    status_read = {"Implemented": "blue", "On track": "green", "Revised date agreed": "amber", "Overdue": "red"}

    A1 = "Mayoral Decision Making and Forward Plan 2024/25 – Reasonable Assurance"
    A2 = "Adult Skills Fund Grant Management 2024/25 – Limited Assurance"
    A3 = "Cyber Security 2025/26 – Reasonable Assurance"
    data = [
        ("audit", A1),
        ("finding", "Finding 1: Key decisions were not always included on the Forward Plan 28 clear days before the decision date."),
        dict(ref="DM1", pr=2, action="Introduce a monthly Forward Plan check between Democratic Services and report authors, with exceptions reported to the Monitoring Officer.",
             lead_cell="Democratic Services Manager", lead=["Democratic Services Manager"],
             orig=d(2025, 7, 31), rev=d(2025, 10, 31), end="2025-10", prev="Revised date agreed", cur="Implemented",
             upd="Monthly check in place since September 2025; no exceptions in October or November."),
        dict(ref="DM2", pr=3, action="Update the committee report template so that authors confirm the Forward Plan publication date.",
             lead_cell="Democratic Services Manager", lead=["Democratic Services Manager"],
             orig=d(2025, 7, 31), rev=None, end="2025-07", prev="On track", cur="Implemented",
             upd="New template issued 21 July 2025."),
        ("finding", "Finding 2: Records of Mayoral and officer delegated decisions were not held in a single, complete register."),
        dict(ref="DM3", pr=1, action="Create a single register of Mayoral and officer delegated decisions and publish it on the Combined Authority website.",
             lead_cell="Head of Legal and Democratic Services (Monitoring Officer)",
             lead=["Head of Legal and Democratic Services (Monitoring Officer)"],
             orig=d(2025, 9, 30), rev=d(2026, 3, 31), end="2026-03", prev="On track", cur="Revised date agreed",
             upd="Register built in the committee management system; historic decisions from May 2024 being back-loaded."),
        ("audit", A2),
        ("finding", "Finding 1: Quarterly performance reviews were not evidenced for 6 of the 15 grant-funded providers sampled."),
        dict(ref="ASF1", pr=1, action="Introduce a standard quarterly performance review template and hold a review with every grant-funded provider each quarter.",
             lead_cell="Head of Skills Delivery", lead=["Head of Skills Delivery"],
             orig=d(2025, 6, 30), rev=d(2025, 11, 30), end="2025-11", prev="Revised date agreed", cur="Overdue",
             upd="Template agreed; Q2 reviews held for 11 of 17 providers. Remaining six booked for January."),
        dict(ref="ASF2", pr=2, action="Keep review notes and supporting performance evidence in each provider's contract folder on SharePoint.",
             lead_cell="Skills Contract Managers", lead=["Skills Contract Managers"],
             orig=d(2025, 6, 30), rev=None, end="2025-06", prev="Overdue", cur="Implemented",
             upd="Folder structure in place and spot-checked by Internal Audit in November 2025."),
        ("finding", "Finding 2: Provider funding claims were paid without reconciliation to Individualised Learner Record (ILR) data."),
        dict(ref="ASF3", pr=1, action="Reconcile monthly provider funding claims to ILR data before payment is authorised, and refer variances over 5% to the Head of Finance.",
             lead_cell="Head of Skills Delivery / Head of Finance", lead=["Head of Skills Delivery", "Head of Finance"],
             orig=d(2025, 8, 31), rev=d(2026, 1, 31), end="2026-01", prev="Revised date agreed", cur="Revised date agreed",
             upd="Reconciliation tool under test with DfE ILR extracts; parallel run in December."),
        ("audit", A3),
        ("finding", "Finding 1: Multi-factor authentication was not enforced on all administrator and remote-access accounts."),
        dict(ref="CY1", pr=1, action="Enforce multi-factor authentication on all administrator accounts and remote-access routes, and remove legacy VPN access.",
             lead_cell="ICT Manager", lead=["ICT Manager"],
             orig=d(2025, 12, 31), rev=None, end="2025-12", prev="On track", cur="On track",
             upd="MFA enforced on 96% of accounts; legacy VPN switched off 15 December."),
        ("finding", "Finding 2: The ICT disaster recovery plan had not been tested since the Combined Authority was established."),
        dict(ref="CY2", pr=2, action="Carry out a desktop test of the ICT disaster recovery plan and report the lessons to the Corporate Leadership Team.",
             lead_cell="ICT Manager; Resilience Officer", lead=["ICT Manager", "Resilience Officer"],
             orig=d(2026, 3, 31), rev=None, end="2026-03", prev=None, cur="On track",
             upd="Exercise scenario drafted with the North Yorkshire LRF."),
        dict(ref="CY3", pr=3, action="Update the disaster recovery plan to reflect the move of core systems to cloud hosting.",
             lead_cell="ICT Manager", lead=["ICT Manager"],
             orig=d(2026, 6, 30), rev=None, end="2026-06", prev=None, cur="On track",
             upd="New action agreed at October audit close-out."),
    ]

    wb = Workbook()
    summ = wb.active
    summ.title = "Summary"
    summ["A1"] = "York and North Yorkshire Combined Authority"
    summ["A1"].font = Font(bold=True, size=13)
    summ["A2"] = title
    summ["A2"].font = Font(bold=True)
    summ["A3"] = "Audit and Governance Committee – 21 January 2026 – Appendix B"
    cats = ["Implemented", "On track", "Revised date agreed", "Overdue"]
    hdr = ["Priority"] + cats + ["Total"]
    for col, h in enumerate(hdr, 1):
        c = summ.cell(5, col, h)
        c.font = Font(bold=True)
        c.border = BOX
        if h in status_fill:
            c.fill = fill(status_fill[h])
    acts = [x for x in data if isinstance(x, dict)]
    for i, p in enumerate([1, 2, 3]):
        summ.cell(6 + i, 1, f"Priority {p}").border = BOX
        tot = 0
        for j, cat in enumerate(cats):
            n = sum(1 for a in acts if a["pr"] == p and a["cur"] == cat)
            tot += n
            summ.cell(6 + i, 2 + j, n).border = BOX
        summ.cell(6 + i, 6, tot).border = BOX
    summ.cell(9, 1, "Total").font = Font(bold=True)
    for j in range(len(cats) + 1):
        col = 2 + j
        L = get_column_letter(col)
        summ.cell(9, col, f"=SUM({L}6:{L}8)").font = Font(bold=True)
    summ["A11"] = ("Priority 1 – fundamental control weakness; Priority 2 – significant weakness; "
                   "Priority 3 – improvement to the control framework.")
    summ["A12"] = "Source: Veritau follow-up database, 31 December 2025."
    summ.column_dimensions["A"].width = 16
    for L in "BCDEF":
        summ.column_dimensions[L].width = 18

    ws = wb.create_sheet("Agreed actions")
    ws["A1"] = "York and North Yorkshire Combined Authority"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Audit and Governance Committee – 21 January 2026 – Appendix B"
    hdr = ["Ref", "Priority", "Agreed action", "Responsible officer", "Original target date",
           "Revised target date", "Previous status", "Current status", "Progress update"]
    widths = [8, 9, 60, 32, 13, 13, 16, 16, 55]
    for col, h in enumerate(hdr, 1):
        c = ws.cell(5, col, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.alignment = WRAP
        c.border = BOX
        ws.column_dimensions[get_column_letter(col)].width = widths[col - 1]
    r = 6
    expected = []
    audit = finding = None
    for item in data:
        if isinstance(item, tuple):
            kind, text = item
            c = ws.cell(r, 1, text)
            if kind == "audit":
                audit = text
                c.font = Font(bold=True, color="FFFFFF")
                for col in range(1, 10):
                    ws.cell(r, col).fill = fill("navy")
            else:
                finding = text
                c.font = Font(italic=True)
                for col in range(1, 10):
                    ws.cell(r, col).fill = fill("lightgrey")
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        a = item
        vals = [a["ref"], a["pr"], a["action"], a["lead_cell"], a["orig"], a["rev"], a["prev"], a["cur"], a["upd"]]
        for col, v in enumerate(vals, 1):
            c = ws.cell(r, col, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd-mmm-yy"
        for col, v in ((7, a["prev"]), (8, a["cur"])):
            if v:
                ws.cell(r, col).fill = fill(status_fill[v])
        ws.row_dimensions[r].height = 48
        expected.append(dict(ref=a["ref"], under=[audit, finding], action=a["action"], lead=a["lead"],
                             end=a["end"], status=status_read[a["cur"]]))
        r += 1
    r += 1
    ws.cell(r, 1, "Status key: Implemented (blue) – action complete and evidenced; On track (green) – expected by "
                  "target date; Revised date agreed (amber) – new date agreed with Internal Audit; Overdue (red) – "
                  "target date passed.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.freeze_panes = "A6"
    wb.save(out(name))

    write_expected(
        name,
        source=("Imitates a combined authority audit committee appendix tracking internal audit agreed actions "
                "(YNYCA's internal auditor is Veritau, whose follow-up reports list agreed action, priority 1-3, "
                "responsible officer, original and revised dates). Features copied from council trackers seen in "
                "committee minutes (e.g. democracy.northdevon.gov.uk Audit Recommendation Tracker with time extensions; "
                "Bromsgrove tracker with Target and Revised Target Completion Dates): summary sheet with totals by "
                "priority/status, audit banner rows with assurance level, finding rows above their actions, original "
                "and revised target dates, previous and current status with fill colours, a status key line."),
        reads=("Two sheets: a summary of counts (not actions) and the tracker. Under three audit banners, findings sit "
               "in grey rows above the agreed actions DM1-CY3; each action has a responsible officer, original and "
               "(sometimes) revised target date - the revised one is the end - and previous/current status, of which "
               "the current one counts (Implemented = blue by the key)."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 3. E.ON Next - Ofgem PSR compliance review remediation plan (xlsx)
# ---------------------------------------------------------------------------
def eon_next():
    name = "qj-eon-next-ofgem-psr-compliance-review-remediation-action-plan.xlsx"
    title = "E.ON Next – Ofgem PSR Compliance Review: Remediation Action Plan"
    st_fill = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red", "Not started": None}
    st_read = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red", "Not started": "unrated"}
    T1 = "1. Identifying and recording needs"
    T2 = "2. Supporting customers in vulnerable situations"
    T3 = "3. Governance and assurance"
    F1 = "F1: Agents did not consistently ask about PSR eligibility during sales, home-move and debt calls."
    F2 = "F2: Needs codes recorded on the PSR were not always passed to the customer's distribution network operator (DNO)."
    F3 = "F3: Customers on the PSR were not consistently offered password, nominee and advance-notice services."
    F4 = "F4: Power cuts did not trigger priority contact for customers who depend on electricity for medical equipment."
    F5 = "F5: Board-level management information on vulnerability was limited to PSR volumes and did not show outcomes."
    acts = [
        dict(theme=T1, finding=F1, ref="1.1",
             action="Add a mandatory PSR eligibility prompt to the sales, home-move and debt call scripts in the CRM.",
             lead_cell="Head of Customer Operations", lead=["Head of Customer Operations"],
             due="30/04/2025", end="2025-04", st="Complete",
             upd="Prompt live 14/04/2025. QA sample shows PSR question asked on 94% of calls (was 61%)."),
        dict(theme=T1, finding=F1, ref="1.2",
             action="Deliver refreshed vulnerability training to all customer-facing agents, including outsourced partners, with completion tracked weekly.",
             lead_cell="Head of Learning & Development", lead=["Head of Learning & Development"],
             due="31/07/2025", end="2025-07", st="Complete",
             upd="98.6% completion across in-house and partner sites at 31/07/2025."),
        dict(theme=T1, finding=F2, ref="1.3",
             action="Fix the data-flow defect that stopped needs codes being sent to DNOs and re-send all affected records.",
             lead_cell="Head of Metering Operations; PSR Data Manager", lead=["Head of Metering Operations", "PSR Data Manager"],
             due="30/06/2025", end="2025-06", st="Complete",
             upd="Defect fixed in release 25.6; 38,412 records re-sent and acknowledged by all DNOs."),
        dict(theme=T1, finding=F2, ref="1.4",
             action="Reconcile PSR records with each DNO every month and report exceptions to the Vulnerability Steering Group.",
             lead_cell="PSR Data Manager", lead=["PSR Data Manager"],
             due="Monthly from July 2025", end=None, end_text="Monthly from July 2025", st="On track",
             upd="July–September reconciliations complete; exception rate 0.4%."),
        dict(theme=T2, finding=F3, ref="2.1",
             action="Build a PSR services checklist into the customer account view so that agents can see and offer every service.",
             lead_cell="Product Owner – Customer Account", lead=["Product Owner – Customer Account"],
             due="31/10/2025", end="2025-10", st="At risk",
             upd="Build complete; user testing found accessibility issues. Release moved to the November drop."),
        dict(theme=T2, finding=F3, ref="2.2",
             action="Write to all PSR customers setting out the services available and how to ask for them.",
             lead_cell="Head of Customer Communications", lead=["Head of Customer Communications"],
             due="30/11/2025", end="2025-11", st="On track",
             upd="Letter and email content agreed with the Vulnerability Steering Group; print run booked."),
        dict(theme=T2, finding=F4, ref="2.3",
             action="Agree with each DNO an outbound contact process for medically dependent customers during planned and unplanned power cuts.",
             lead_cell="Head of Vulnerability", lead=["Head of Vulnerability"],
             due="31/12/2025", end="2025-12", st="On track",
             upd="Agreed with 4 of 6 DNO groups."),
        dict(theme=T2, finding=F4, ref="2.4",
             action="Test the power-cut contact process in a joint exercise with one DNO and report the results to the Board Risk Committee.",
             lead_cell="Head of Vulnerability / Head of Regulatory Compliance",
             lead=["Head of Vulnerability", "Head of Regulatory Compliance"],
             due="w/c 08/12/2025", end="2025-12", st="Not started",
             upd="Depends on 2.3."),
        dict(theme=T3, finding=F5, ref="3.1",
             action="Introduce a vulnerability outcomes dashboard covering PSR accuracy, take-up of services and complaints, reported monthly to the Executive Risk Committee.",
             lead_cell="Chief Customer Officer", lead=["Chief Customer Officer"],
             due="31/08/2025", end="2025-08", st="Off track",
             upd="Dashboard build held up by the data warehouse migration; escalated to the Executive Risk Committee."),
        dict(theme=T3, finding=F5, ref="3.2",
             action="Add PSR and vulnerability controls to the second-line compliance monitoring plan for 2026.",
             lead_cell="Head of Regulatory Compliance", lead=["Head of Regulatory Compliance"],
             due="January 2026", end="2026-01", st="On track",
             upd="Draft monitoring plan goes to the Board Risk Committee in December."),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 30 September 2025 (v1.4) – Confidential: shared with Ofgem"
    ws["A2"].font = Font(italic=True)
    hdr = ["Theme", "Ofgem finding", "Action ref", "Remediation action", "Owner", "Target date", "Status",
           "Progress / evidence"]
    widths = [22, 42, 9, 55, 30, 14, 12, 50]
    for col, h in enumerate(hdr, 1):
        c = ws.cell(4, col, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", start_color="E2001A", end_color="E2001A")
        c.alignment = WRAP
        c.border = BOX
        ws.column_dimensions[get_column_letter(col)].width = widths[col - 1]
    r0 = 5
    expected = []
    for i, a in enumerate(acts):
        r = r0 + i
        vals = [a["theme"], a["finding"], a["ref"], a["action"], a["lead_cell"], a["due"], a["st"], a["upd"]]
        for col, v in enumerate(vals, 1):
            c = ws.cell(r, col, v)
            c.alignment = WRAP
            c.border = BOX
        if st_fill[a["st"]]:
            ws.cell(r, 7).fill = fill(st_fill[a["st"]])
        ws.row_dimensions[r].height = 50
        expected.append(dict(ref=a["ref"], under=[a["theme"], a["finding"]], action=a["action"], lead=a["lead"],
                             end=a["end"], end_text=a.get("end_text"), status=st_read[a["st"]]))

    # merge theme and finding cells vertically over their actions (value kept in top cell only)
    def merge_runs(col, key):
        start = 0
        while start < len(acts):
            end = start
            while end + 1 < len(acts) and acts[end + 1][key] == acts[start][key]:
                end += 1
            if end > start:
                for k in range(start + 1, end + 1):
                    ws.cell(r0 + k, col).value = None
                ws.merge_cells(start_row=r0 + start, start_column=col, end_row=r0 + end, end_column=col)
            start = end + 1

    merge_runs(1, "theme")
    merge_runs(2, "finding")
    for r in range(r0, r0 + len(acts)):
        ws.cell(r, 1).font = Font(bold=True)
    last = r0 + len(acts) + 1
    ws.cell(last, 1, "Totals: 10 actions – Complete 3, On track 4, At risk 1, Off track 1, Not started 1").font = Font(bold=True)
    ws.merge_cells(start_row=last, start_column=1, end_row=last, end_column=8)
    ws.freeze_panes = "C5"

    vc = wb.create_sheet("Version control")
    vc["A1"] = "Document control"
    vc["A1"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Change", "Approved by"),
        ("0.3", "14/03/2025", "Regulatory Compliance", "Draft for Ofgem review", ""),
        ("1.0", "28/03/2025", "Regulatory Compliance", "Submitted to Ofgem", "Executive Risk Committee"),
        ("1.2", "30/06/2025", "Regulatory Compliance", "Q1 progress update", "Board Risk Committee"),
        ("1.4", "30/09/2025", "Regulatory Compliance", "Q2 progress update", "Board Risk Committee"),
    ]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = vc.cell(3 + i, 1 + j, v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    for L, w in zip("ABCDE", [10, 12, 24, 28, 26]):
        vc.column_dimensions[L].width = w

    key = wb.create_sheet("Status key")
    key["A1"] = "Status definitions"
    key["A1"].font = Font(bold=True)
    for i, (s, txt) in enumerate([
        ("Complete", "Action delivered and evidence accepted by Regulatory Compliance (blue)"),
        ("On track", "Expected by the target date (green)"),
        ("At risk", "Target date at risk; recovery plan in place (amber)"),
        ("Off track", "Target date missed or will be missed; escalated (red)"),
        ("Not started", "Not yet due to start"),
    ]):
        c = key.cell(3 + i, 1, s)
        if st_fill[s]:
            c.fill = fill(st_fill[s])
        key.cell(3 + i, 2, txt)
    key.column_dimensions["A"].width = 14
    key.column_dimensions["B"].width = 70
    wb.save(out(name))

    write_expected(
        name,
        source=("Imitates an energy supplier's remediation action plan sent to Ofgem after a compliance review "
                "(Ofgem's Market Compliance Reviews, e.g. the February 2023 customer service review press release on "
                "ofgem.gov.uk, ask suppliers for action plans against findings). Features copied: title row and "
                "position/version line, theme and Ofgem finding in vertically merged cells beside their actions, "
                "finding refs F1-F5 written into the finding text, status words with fill colours defined on a "
                "status key sheet, a totals line under the table, and a document control sheet."),
        reads=("A single plan sheet: ten remediation actions (1.1-3.2), grouped by theme and by Ofgem finding in "
               "merged cells at the left, each with an owner post, target date and status word. Version control "
               "and status key sheets hold no actions; the totals line is not an action."),
        outcome="read", title=title, actions=expected)


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


def set_cell(cell, text, bold=False, italic=False):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.italic = italic


# ---------------------------------------------------------------------------
# 4. Giggleswick School - ISI post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def giggleswick():
    name = "qj-giggleswick-school-isi-inspection-action-plan.docx"
    title = "Giggleswick School – Post-Inspection Action Plan"
    S1 = "1. Leadership and management, and governance"
    S2 = "2. Quality of education, training and recreation"
    S3 = "3. Pupils’ physical and mental health and emotional wellbeing"
    S4 = "Other actions identified by the school"
    N1 = ("Strengthen governors’ oversight of the school’s self-evaluation so that they can check the impact of "
          "leaders’ actions on pupils’ outcomes.")
    N2 = ("Ensure that teaching in the lower school consistently adapts tasks so that the most able pupils are "
          "sufficiently challenged.")
    N3 = "Make sure that boarders’ views are gathered systematically and used to improve the boarding experience."
    sections = [
        (S1, N1, [
            dict(ref="1.1", action="Introduce termly link-governor visits for each of the school’s four strategic priorities, with a written note of each visit.",
                 lead_cell="Chair of Governors; Clerk to the Governors", lead=["Chair of Governors", "Clerk to the Governors"],
                 when="Summer term 2025", end="2025-07", end_text="Summer term 2025",
                 succ="Notes of visits received by the Education Committee each term.", rag="Complete", status="blue"),
            dict(ref="1.2", action="Present a self-evaluation summary with impact measures to every meeting of the Education Committee.",
                 lead_cell="Deputy Head (Academic)", lead=["Deputy Head (Academic)"],
                 when="Termly", end=None, end_text="Termly",
                 succ="Governors challenge and record impact in committee minutes.", rag="G", status="green"),
        ]),
        (S2, N2, [
            dict(ref="2.1", action="Run a programme of INSET and peer observation on adaptive teaching for all staff who teach Years 7 to 9.",
                 lead_cell="Director of Teaching and Learning", lead=["Director of Teaching and Learning"],
                 when="Michaelmas term 2025", end="2025-12", end_text="Michaelmas term 2025",
                 succ="All lower-school teachers observed; stretch evident in book looks.", rag="G", status="green"),
            dict(ref="2.2", action="Add a stretch-and-challenge focus to lesson drop-ins and departmental reviews, and report findings to the Senior Leadership Team.",
                 lead_cell="Heads of Department", lead=["Heads of Department"],
                 when="December 2025", end="2025-12",
                 succ="Drop-in records show challenge for the most able in at least 85% of lessons.", rag="A", status="amber"),
            dict(ref="2.3", action="Review the scholars’ enrichment programme for Years 7 to 9 and publish it to pupils and parents.",
                 lead_cell="Head of Scholars", lead=["Head of Scholars"],
                 when="31/05/2025", end="2025-05",
                 succ="Programme published on the parent portal.", rag="Complete", status="blue"),
        ]),
        (S3, N3, [
            dict(ref="3.1", action="Introduce a termly boarders’ survey in every house and share the results with house councils.",
                 lead_cell="Head of Boarding", lead=["Head of Boarding"],
                 when="Summer term 2025", end="2025-07", end_text="Summer term 2025",
                 succ="Survey completed by over 80% of boarders.", rag="Complete", status="blue"),
            dict(ref="3.2", action="Set up a Boarding Forum of house captains that meets twice a term with the Deputy Head (Pastoral).",
                 lead_cell="Deputy Head (Pastoral)", lead=["Deputy Head (Pastoral)"],
                 when="September 2025", end="2025-09",
                 succ="Forum minutes show changes made in response to boarders.", rag="Complete", status="blue"),
            dict(ref="3.3", action="Report themes from the surveys and the Forum, and the action taken, to the governors’ Welfare and Boarding Committee.",
                 lead_cell="Deputy Head (Pastoral) / Head of Boarding", lead=["Deputy Head (Pastoral)", "Head of Boarding"],
                 when="Summer term 2026", end="2026-07", end_text="Summer term 2026",
                 succ="Annual report to governors; improvement in boarders’ survey results.", rag="G", status="green"),
        ]),
        (S4, None, [
            dict(ref="4.1", action="Review the safeguarding induction for visiting sports coaches and peripatetic music staff.",
                 lead_cell="Designated Safeguarding Lead", lead=["Designated Safeguarding Lead"],
                 when="June 2025", end="2025-06",
                 succ="All visiting staff inducted before starting; record held on the SCR.", rag="Complete", status="blue"),
        ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run(title)
    run.bold = True
    run.font.size = Pt(16)
    doc.add_paragraph("ISI Routine Inspection, 4–6 February 2025")
    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Prepared by", "Approved by"]):
        set_cell(c, h, bold=True)
    for row in [("1.0", "10 March 2025", "Deputy Head (Academic)", "Education Committee"),
                ("1.1", "16 June 2025", "Deputy Head (Academic)", "Full Governing Body"),
                ("1.2", "6 October 2025", "Deputy Head (Academic)", "Education Committee")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_paragraph()
    doc.add_paragraph(
        "The inspection found that the school meets the Independent School Standards and the National Minimum "
        "Standards for Boarding Schools. Inspectors identified three recommended next steps. This plan sets out "
        "how the school is responding to each of them, together with one further action the school identified "
        "during the inspection. Progress is reviewed by the Education Committee each term.")

    expected = []
    for sec, nxt, acts in sections:
        doc.add_heading(sec, level=2)
        if nxt:
            doc.add_paragraph().add_run("Recommended next step").bold = True
            doc.add_paragraph().add_run(nxt).italic = True
        else:
            doc.add_paragraph("Actions arising from the school’s own review during the inspection.")
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Timescale", "Success criteria", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [a["ref"], a["action"], a["lead_cell"], a["when"], a["succ"], a["rag"]]):
                set_cell(c, v)
            colour = {"Complete": "8EAADB", "G": "92D050", "A": "FFC000", "R": "FF0000"}[a["rag"]]
            shade(cells[5], colour)
            expected.append(dict(ref=a["ref"], under=[sec, nxt] if nxt else [sec], action=a["action"],
                                 lead=a["lead"], end=a["end"], end_text=a.get("end_text"), status=a["status"]))
        doc.add_paragraph()
    doc.add_paragraph("RAG key: Complete – action completed; G – on track; A – behind schedule but expected to be "
                      "completed; R – not on track, governors’ attention required.")
    doc.add_paragraph("Signed: Chair of Governors          Date: 6 October 2025")
    doc.save(out(name))

    write_expected(
        name,
        source=("Imitates an independent boarding school's post-inspection action plan after an ISI routine inspection "
                "under the September 2023 framework, where all Standards are met and inspectors report 'recommended "
                "next steps' (isi.net inspection handbook, evaluation and reporting). Layout copied from school action "
                "plans: title and inspection line, document control table, intro paragraph, one Heading per ISI "
                "framework section with the recommended next step printed above its own table (Ref, Action, Lead, "
                "Timescale in school terms, Success criteria, RAG with shading), a school-identified section, a RAG key "
                "and sign-off line."),
        reads=("Four sections, each with its own table: three answer an ISI recommended next step (shown under a "
               "'Recommended next step' label above the table) and the last holds the school's own action. Nine "
               "actions with post-holder leads, timescales in terms or months, and RAG (Complete = blue per key)."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 5. Ruskin Mill College - Ofsted residential inspection action plan (docx)
# ---------------------------------------------------------------------------
def ruskin_mill():
    name = "qj-ruskin-mill-college-ofsted-residential-inspection-action-plan.docx"
    title = "Ruskin Mill College Residential Provision: Ofsted Inspection Action Plan"
    R1 = ("Recommendation 1: The college should ensure that all staff follow the procedure for recording physical "
          "interventions and that managers review each record promptly.")
    R2 = ("Recommendation 2: The college should ensure that students’ risk assessments are updated promptly after "
          "incidents and shared with all staff who work with the student.")
    R3 = ("Recommendation 3: The college should ensure that residential staff receive supervision at the frequency "
          "set out in the college’s policy and that supervision is recorded.")
    st_colour = {"Complete": "9DC3E6", "On track": "92D050", "Delayed": "FFC000", "Not started": None}
    st_read = {"Complete": "blue", "On track": "green", "Delayed": "amber", "Not started": "unrated"}
    plan = [
        (R1, [
            dict(ref="1.1", action="Deliver refresher training on the physical intervention recording procedure to all residential staff.",
                 lead_cell="Head of Residential Services", lead=["Head of Residential Services"],
                 when="30/11/2024", end="2024-11", st="Complete",
                 upd="All 42 residential staff trained by 22/11/2024; attendance list held by HR."),
            dict(ref="1.2", action="Add a manager sign-off step to the incident log, with a weekly audit of records still open.",
                 lead_cell="Registered Manager / Deputy Residential Manager",
                 lead=["Registered Manager", "Deputy Residential Manager"],
                 when="31/12/2024", end="2024-12", st="Complete",
                 upd="Sign-off step live 2/12/2024. Weekly audit shows all records reviewed within 48 hours since January."),
            dict(ref="1.3", action="Report physical intervention data and themes to the Trust Safeguarding Committee.",
                 lead_cell="Designated Safeguarding Lead", lead=["Designated Safeguarding Lead"],
                 when="Monthly", end=None, end_text="Monthly", st="On track",
                 upd="Reports made December, January, February and March."),
        ]),
        (R2, [
            dict(ref="2.1", action="Revise the risk assessment template so that it includes an incident review section and a next review date.",
                 lead_cell="Head of Care", lead=["Head of Care"],
                 when="January 2025", end="2025-01", st="Complete",
                 upd="New template in use in all five houses."),
            dict(ref="2.2", action="Move students’ risk assessments onto the electronic care record so that staff in every house can see the current version.",
                 lead_cell="Head of Care; Systems Administrator", lead=["Head of Care", "Systems Administrator"],
                 when="End of March 2025", end="2025-03", st="Delayed",
                 upd="Data migration held up by the supplier; interim paper copies kept in each house office."),
        ]),
        (R3, [
            dict(ref="3.1", action="Set up a supervision matrix for all residential staff and check compliance at each management meeting.",
                 lead_cell="Registered Manager", lead=["Registered Manager"],
                 when="30/04/2025", end="2025-04", st="On track",
                 upd="Matrix in place; 88% of supervisions in date at 31 March."),
            dict(ref="3.2", action="Train team leaders to deliver reflective supervision.",
                 lead_cell="Training Coordinator", lead=["Training Coordinator"],
                 when="Summer term 2025", end="2025-07", end_text="Summer term 2025", st="Not started",
                 upd="Course booked with external provider for May."),
        ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    p = doc.add_paragraph("Ruskin Mill Trust")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.runs[0].italic = True
    doc.add_heading(title, level=1)
    doc.add_paragraph("Inspection: 15–17 October 2024   |   Plan agreed: 8 November 2024   |   Last updated: 31 March 2025")

    doc.add_paragraph("Inspection judgements").runs[0].bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Overall experiences and progress of children and young people", "Good"),
                 ("How well children and young people are helped and protected", "Requires improvement to be good"),
                 ("The effectiveness of leaders and managers", "Requires improvement to be good")]:
        cells = t.add_row().cells
        set_cell(cells[0], k)
        set_cell(cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph(
        "Ofsted made three recommendations. The actions below were agreed by the Principal and the Trust "
        "Safeguarding Committee and are reviewed at the monthly residential management meeting.")

    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["No.", "Action", "Responsible", "By when", "Status", "Update / evidence"]):
        set_cell(c, h, bold=True)
        shade(c, "C5E0B3")
    expected = []
    for rec, acts in plan:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[5])
        set_cell(merged, rec, bold=True)
        shade(merged, "EDEDED")
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [a["ref"], a["action"], a["lead_cell"], a["when"], a["st"], a["upd"]]):
                set_cell(c, v)
            if st_colour[a["st"]]:
                shade(cells[4], st_colour[a["st"]])
            expected.append(dict(ref=a["ref"], under=[rec], action=a["action"], lead=a["lead"], end=a["end"],
                                 end_text=a.get("end_text"), status=st_read[a["st"]]))
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete (blue) – done and evidenced; On track (green); Delayed (amber) – some "
                      "slippage, mitigation in place; Not started.")
    doc.add_paragraph("Sign-off").runs[0].bold = True
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Role", "Name", "Date"]):
        set_cell(c, h, bold=True)
    for row in [("Principal", "H. Marsden", "08/11/2024"), ("Registered Manager", "O. Tindall", "08/11/2024"),
                ("Chair, Trust Safeguarding Committee", "Dr P. Ashworth", "12/11/2024")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.save(out(name))

    write_expected(
        name,
        source=("Imitates a charity-run specialist college's action plan after an Ofsted social care inspection of its "
                "residential provision (Ofsted reports for residential special schools / FE colleges give three "
                "judgements and numbered recommendations). Layout copied from provider action plans: trust name and "
                "heading, dates line, judgements table, intro paragraph, one plan table where each recommendation is a "
                "full-width merged shaded row above its actions (No., Action, Responsible, By when, Status, Update), "
                "status key paragraph and a sign-off table."),
        reads=("One plan table with three recommendation rows, each followed by its actions (seven in all). The "
               "judgements and sign-off tables are not the plan. Leads are posts, some two to a cell; dates are day "
               "dates, months, 'Monthly' and a term; status words map by the key (Delayed = amber)."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 6. Wimborne Minster Town Council - risk register CSV (refuse: mistyped month)
# ---------------------------------------------------------------------------
def wimborne():
    name = "qj-wimborne-minster-town-council-risk-register-2025-26-typo-month-refuse.csv"
    title = "Wimborne Minster Town Council – Corporate Risk Register 2025/26"
    ncol = 12
    rows = [
        [title],
        ["Reviewed by the Policy and Resources Committee on 9 September 2025. Next full review: March 2026."],
        [],
        ["Scoring: Likelihood (1–5) x Impact (1–5). 1–6 Low (G); 8–12 Medium (A); 15–25 High (R)."],
        [],
        ["Ref", "Risk area", "Risk", "L", "I", "Score", "Rating", "Existing controls", "Further action required",
         "Responsible", "Target date", "Progress"],
        ["FINANCE"],
        ["F1", "Finance", "Precept insufficient to meet the council's budget requirement", "2", "4", "8", "A",
         "Medium term financial plan; budget working group from September", "Prepare 2026/27 budget and precept options for Full Council",
         "Town Clerk / RFO", "Jan-26", "Working group met 23/09/25"],
        ["F2", "Finance", "Loss of funds through fraud or error", "2", "5", "10", "A",
         "Financial Regulations; monthly bank reconciliation signed by two councillors; internal audit",
         "Introduce dual authorisation for all online payments over £500", "RFO", "Nov-25", "Bank mandate form submitted"],
        ["F3", "Finance", "General reserve falls below three months' running costs", "2", "3", "6", "G",
         "Reserves reported quarterly to P&R", "Adopt a reserves policy with a schedule of earmarked reserves", "RFO",
         "Mar-26", "Not started"],
        ["ASSETS AND PROPERTY"],
        ["A1", "Assets", "Injury caused by failure of play area equipment", "3", "4", "12", "A",
         "Weekly visual checks by grounds staff; insurance", "Commission an annual independent play inspection and act on all high-risk findings",
         "Operations Manager", "Sep-25", "Inspection done 4/9/25; two items fenced off"],
        ["A2", "Assets", "Unstable memorials in the cemetery", "2", "4", "8", "A",
         "Memorial safety policy; signage", "Complete the five-yearly memorial safety testing programme",
         "Operations Manager", "Feb-26", "Contractor appointed"],
        ["A3", "Assets", "Deterioration of council buildings leading to closure or unplanned cost", "3", "3", "9", "A",
         "Annual walk-round by Town Clerk; repairs budget", "Commission a condition survey of all council buildings and prepare a five-year maintenance plan",
         "Town Clerk", "0ct-25", "Quotes received"],
        ["GOVERNANCE"],
        ["G1", "Governance", "Council acts outside its powers or breaches Standing Orders", "2", "4", "8", "A",
         "Standing Orders; qualified Clerk; NALC / DAPTC advice", "Review Standing Orders and Financial Regulations against the current NALC model documents",
         "Town Clerk", "Dec-25", "Draft to P&R in November"],
        ["G2", "Governance", "Personal data breach", "3", "3", "9", "A",
         "Data protection policy; GDPR training for staff", "Move all councillors onto council-provided email accounts",
         "Deputy Town Clerk", "Mar-26", "Accounts set up for 9 of 14 councillors"],
        ["G3", "Governance", "Loss of key staff and knowledge", "3", "4", "12", "A",
         "Job descriptions; some procedures written down", "Write down key procedures and train the Deputy Town Clerk in payroll and RFO duties",
         "Town Clerk", "Jun-26", ""],
        ["EVENTS"],
        ["E1", "Events", "Injury to the public at council-run events", "2", "5", "10", "A",
         "Event risk assessments; public liability insurance; stewards", "Update the event safety management plan for the Christmas lights switch-on and take it to the Safety Advisory Group",
         "Events Officer", "Nov-25", "SAG date 15 October"],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    refuse_line = None
    for i, row in enumerate(rows, 1):
        row = list(row) + [""] * (ncol - len(row))
        if row[10] == "0ct-25":
            refuse_line = i
        w.writerow(row)
    with open(out(name), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    assert refuse_line is not None
    write_expected(
        name,
        source=("Imitates a town council corporate risk register exported from Excel to CSV, in the form of NALC/county "
                "association model registers used by parish and town councils (e.g. Tetford & Salmonby Parish Council "
                "risk register: Ref, Risk, controls, L/S/RAG, Revised / further actions, Resp., Date; Honiton Town "
                "Council risk register). Features copied: title and review lines, scoring note, section rows "
                "(FINANCE, ASSETS AND PROPERTY ...), L x I score and rating, further action with responsible officer "
                "and a Mmm-yy target date, trailing empty cells from the export."),
        reads=("A risk register in which each risk carries one further action with a responsible officer and a target "
               "month written Mmm-yy. Risk A3's target date reads '0ct-25' with a zero for the letter O; a careful "
               "reader stops there and asks what was meant rather than guess October 2025."),
        outcome="refuse", title=title, refuse_at=refuse_line)


# ---------------------------------------------------------------------------
# 7. North York Moors NPA - wildfire lessons learned action plan (txt)
# ---------------------------------------------------------------------------
def nym():
    name = "qj-north-york-moors-npa-langdale-moor-wildfire-lessons-learned-action-plan.txt"
    title = "Langdale Moor and Fylingdales Moor Wildfire (August 2025): Lessons Learned Action Plan"
    TA = "A. Before a fire: planning and prevention"
    TB = "B. During the incident: response and coordination"
    TC = "C. After the fire: recovery"
    L1 = "Fire plans for moorland estates were out of date or had not been shared with NYFRS."
    L2 = "Messages about barbecues and open fires did not reach wild campers and overnight visitors."
    L3 = "Authority rangers and estate staff were deployed without a clear route into the incident command structure."
    L4 = "Public information was issued by several agencies and was sometimes inconsistent."
    L5 = "Bare peat and exposed archaeology are at risk of erosion over the winter."
    L6 = "Rights of way and open access land were closed and reopened without a single up-to-date record."
    st_read = {"Complete": "blue", "On track": "green", "At risk": "amber", "Not started": "unrated"}
    items = [
        ("theme", TA),
        dict(ref="A1", lesson=L1, action="Work with estates and the Moorland Association to update and share fire plans for all moorland holdings over 100 ha in the National Park.",
             lead_cell="Head of Land Management", lead=["Head of Land Management"], partners="NYFRS; Moorland Association",
             when="March 2026", end="2026-03", st="On track"),
        dict(ref="A2", lesson="", action="Hold fire plans, water sources and vehicle access points in a shared map layer that NYFRS incident commanders can open on scene.",
             lead_cell="GIS Manager", lead=["GIS Manager"], partners="NYFRS",
             when="April 2026", end="2026-04", st="On track"),
        dict(ref="A3", lesson=L2, action="Extend the wildfire prevention campaign to campsites, holiday lets and the social media channels used by wild campers.",
             lead_cell="Head of Communications / Head of Visitor Management",
             lead=["Head of Communications", "Head of Visitor Management"], partners="North Yorkshire Council",
             when="May 2026", end="2026-05", st="Not started"),
        ("theme", TB),
        dict(ref="B1", lesson=L3, action="Agree with NYFRS a protocol for deploying Authority staff and volunteers at wildfires, covering briefing, welfare and stand-down.",
             lead_cell="Director of Park Services", lead=["Director of Park Services"], partners="NYFRS",
             when="31/12/2025", end="2025-12", st="Complete"),
        dict(ref="B2", lesson="", action="Give all field staff and volunteers a wildfire awareness and unexploded ordnance briefing.",
             cont="(Annual refresher each February thereafter.)",
             lead_cell="Ranger Services Manager", lead=["Ranger Services Manager"], partners="Defence Infrastructure Organisation",
             when="February 2026", end="2026-02", st="On track"),
        dict(ref="B3", lesson=L4, action="Agree with the LRF a single joint public information approach for moorland wildfires, with the Authority's website hosting the visitor page.",
             lead_cell="Head of Communications", lead=["Head of Communications"], partners="North Yorkshire LRF",
             when="Q4 2025/26", end="2026-03", end_text="Q4 2025/26", st="At risk"),
        ("theme", TC),
        dict(ref="C1", lesson=L5, action="Survey the burnt area and agree a peatland and archaeology stabilisation programme with Natural England and Historic England.",
             lead_cell="Director of Conservation; Senior Archaeologist", lead=["Director of Conservation", "Senior Archaeologist"],
             partners="Natural England; Historic England; landowners",
             when="June 2026", end="2026-06", st="On track"),
        dict(ref="C2", lesson="", action="Seek funding for restoration works through the Farming in Protected Landscapes and peat restoration grant schemes.",
             lead_cell="Head of Conservation Programmes", lead=["Head of Conservation Programmes"], partners="Defra; landowners",
             when="Ongoing", end=None, end_text="Ongoing", st="On track"),
        dict(ref="C3", lesson=L6, action="Keep a single closures register for rights of way and open access land during incidents and publish it on the website.",
             lead_cell="Rights of Way Manager", lead=["Rights of Way Manager"], partners="North Yorkshire Council",
             when="November 2025", end="2025-11", st="Complete"),
    ]
    lines = [
        "North York Moors National Park Authority",
        title,
        "Authority Meeting, 26 January 2026 – Agenda Item 9, Appendix 1",
        "",
        ("This plan responds to the Authority's internal debrief (October 2025) and the multi-agency debrief led by "
         "North Yorkshire Fire and Rescue Service (November 2025). It lists the actions for which the Authority is "
         "lead; partner actions are in the North Yorkshire Local Resilience Forum plan."),
        "",
        "Status: Complete; On track (green); At risk (amber); Not started.",
        "",
        "\t".join(["No.", "Lesson identified", "Action", "Lead officer", "Working with", "Target date", "Status"]),
    ]
    expected = []
    theme = lesson = None
    for it in items:
        if isinstance(it, tuple):
            theme = it[1]
            lines.append(theme)
            continue
        if it["lesson"]:
            lesson = it["lesson"]
        lines.append("\t".join([it["ref"], it["lesson"], it["action"], it["lead_cell"], it["partners"], it["when"], it["st"]]))
        text = it["action"]
        if it.get("cont"):
            lines.append("\t\t" + it["cont"])
            text = text + "\n" + it["cont"]
        expected.append(dict(ref=it["ref"], under=[theme, lesson], action=text, lead=it["lead"], end=it["end"],
                             end_text=it.get("end_text"), status=st_read[it["st"]]))
    lines += [
        "",
        "NYFRS – North Yorkshire Fire and Rescue Service; LRF – Local Resilience Forum.",
        "Progress will be reported to the Authority's Audit and Performance Committee in June 2026.",
    ]
    with open(out(name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(lines) + "\n")

    write_expected(
        name,
        source=("Imitates a national park authority's lessons-learned action plan after the August 2025 Langdale Moor / "
                "Fylingdales Moor wildfire in the North York Moors (major incident declared by NYFRS 13 August 2025; "
                "see northyorksfire.gov.uk incident page and the North Yorkshire LRF 'Langdale and Fylingdales area "
                "wildfire' page), exported from a committee appendix to plain text. Features copied: body line, title, "
                "meeting/appendix line, intro paragraph, status key line, tab-separated table with theme lines "
                "(A/B/C), a lesson column that is left blank when the next action answers the same lesson, a "
                "'working with' partners column, a continuation line holding the rest of one action cell, and "
                "footnote lines."),
        reads=("A tab-separated plan: nine actions A1-C3 under three theme lines, each answering the lesson in its row "
               "or, when that cell is blank, the lesson above. The lead is the 'Lead officer' column (partners are not "
               "leads); B2's action runs on to a second line. Key, intro and footnotes are not actions."),
        outcome="read", title=title, actions=expected)


if __name__ == "__main__":
    companies_house()
    ynyca()
    eon_next()
    giggleswick()
    ruskin_mill()
    wimborne()
    nym()
    print("done")
