#!/usr/bin/env python3
"""Build the seven mu2- blind test files (set heldout393) and their expected readings.

Run with: /work/main/.venv/bin/python mu2_make.py
Writes the data files (.xlsx, .docx, .csv, .txt) and NAME.expected.yaml beside each.
"""
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

RAG_FILL = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}
WORD_FILL = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0"}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_colour):
    return PatternFill(fill_type="solid", start_color=hex_colour, end_color=hex_colour)


def d(y, m, day):
    return dt.datetime(y, m, day)


def write_expected(name, meta, actions):
    doc = {
        "source": meta["source"],
        "reads": meta["reads"],
        "outcome": meta["outcome"],
        "accept_refusal": meta.get("accept_refusal", False),
    }
    if "refuse_at" in meta:
        doc["refuse_at"] = meta["refuse_at"]
    if meta.get("title"):
        doc["title"] = meta["title"]
    if meta["outcome"] == "read":
        out = []
        for a in actions:
            item = {
                "ref": a["ref"],
                "under": a["under"],
                "action": a["action"],
                "lead": a["lead"],
                "end": a["end"],
            }
            if a.get("end_text"):
                item["end_text"] = a["end_text"]
            item["status"] = a["status"]
            out.append(item)
        doc["actions"] = out
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, allow_unicode=True, sort_keys=False, width=100000)


# ---------------------------------------------------------------------------
# 1. Hampshire and Isle of Wight Constabulary - joint custody inspection (xlsx)
# ---------------------------------------------------------------------------
CUSTODY_NAME = "mu2-hampshire-isle-of-wight-constabulary-custody-inspection-action-plan.xlsx"
CUSTODY_TITLE = "HMICFRS / HMI Prisons Joint Inspection of Police Custody (January 2025) \u2013 Action Plan"

S1 = "1. Leadership, accountability and partnerships"
S2 = "2. Pre-custody: first point of contact"
S3 = "3. In the custody suite: booking in, individual needs and legal rights"
S4 = "4. In the custody cell, safeguarding and healthcare"
S5 = "5. Release and transfer from custody"
REC1 = ("Recommendation 1 (cause of concern): The force should ensure that all use of force in custody is "
        "recorded accurately, and that the data is analysed and scrutinised to identify trends and any "
        "disproportionality.")
REC2 = ("Recommendation 2 (cause of concern): The force should ensure that detainees' rights and entitlements "
        "are explained fully and that PACE reviews are carried out on time and in person wherever possible.")
AFI1 = ("The force should ensure that partnership arrangements for transferring children from custody to "
        "local authority accommodation are effective.")
AFI2 = ("Officers should consider alternatives to custody for children and vulnerable adults, and this "
        "decision-making should be recorded.")
AFI3 = ("The force should ensure that detainees are offered showers, exercise and reading materials, "
        "especially those held for longer periods.")
AFI4 = ("The force and the healthcare provider should ensure that medication is administered and recorded "
        "safely and in a timely manner.")
AFI5 = ("The force should make sure that detainees are released safely, with an assessment of their needs, "
        "and that release arrangements are recorded.")

# rows: ("section", text) | ("rec", text) | ("act", dict)
CUSTODY_ROWS = [
    ("section", S1),
    ("rec", REC1),
    ("act", dict(ref="1.1", finding=None,
                 action="Introduce a mandatory use of force form on NICHE for every custody incident, with a daily "
                        "compliance check by the duty inspector.",
                 owner="Custody Inspector (Governance)", target=d(2025, 6, 30), revised=None, prev="G", cur="B",
                 update="Form live from 2 June 2025. Compliance 96% in September.",
                 under=[S1, REC1], lead=["Custody Inspector (Governance)"], end="2025-06", status="blue")),
    ("act", dict(ref="1.2", finding=None,
                 action="Produce a quarterly use of force report for the Custody Strategic Board, broken down by "
                        "ethnicity, age and sex.",
                 owner="Head of Criminal Justice and Custody / Performance Analyst", target=d(2025, 9, 30),
                 revised=d(2025, 12, 31), prev="G", cur="A",
                 update="First report delayed by analyst vacancy; draft due at November board.",
                 under=[S1, REC1], lead=["Head of Criminal Justice and Custody", "Performance Analyst"],
                 end="2025-12", status="amber")),
    ("act", dict(ref="1.3", finding=None,
                 action="Add custody use of force to the remit of the independent Use of Force Scrutiny Panel and "
                        "invite independent custody visitors to attend.",
                 owner="Chief Superintendent (Criminal Justice)", target=d(2025, 10, 31), revised=None, prev="A",
                 cur="G", update="Terms of reference amended; first custody session held 8 October 2025.",
                 under=[S1, REC1], lead=["Chief Superintendent (Criminal Justice)"], end="2025-10",
                 status="green")),
    ("act", dict(ref="AFI 1", finding=AFI1,
                 action="Agree a joint protocol with Hampshire, Isle of Wight, Portsmouth and Southampton councils "
                        "for PACE transfers of children, including out-of-hours escalation routes.",
                 owner="Superintendent Criminal Justice", target=d(2025, 12, 31), revised=None, prev="A", cur="A",
                 update="Draft protocol shared; Portsmouth and Southampton have signed off.", fmt="mmm-yy",
                 under=[S1, AFI1], lead=["Superintendent Criminal Justice"], end="2025-12", status="amber")),
    ("section", S2),
    ("act", dict(ref="AFI 2", finding=AFI2,
                 action="Issue a briefing and update the arrest decision-making guidance, including voluntary "
                        "attendance, for response and patrol officers.",
                 owner="Criminal Justice Policy Lead", target=d(2025, 7, 31), revised=None, prev="G", cur="B",
                 update="Briefing issued 21 July 2025 and included in the Q3 CPD day.",
                 under=[S2, AFI2], lead=["Criminal Justice Policy Lead"], end="2025-07", status="blue")),
    ("section", S3),
    ("rec", REC2),
    ("act", dict(ref="2.1", finding=None,
                 action="Refresh custody sergeant training on rights and entitlements, using body-worn video from "
                        "the inspection as case studies.",
                 owner="Custody Training Manager", target=d(2025, 9, 30), revised=None, prev="A", cur="B",
                 update="All 84 custody sergeants trained by 26 September 2025.",
                 under=[S3, REC2], lead=["Custody Training Manager"], end="2025-09", status="blue")),
    ("act", dict(ref="2.2", finding=None,
                 action="Introduce a monthly dip sample of 20 custody records per suite to check the timeliness and "
                        "quality of PACE reviews, with results reported to the Custody Strategic Board.",
                 owner="Custody Inspector (Governance); Custody Sergeants", target=d(2025, 8, 31),
                 revised=d(2026, 1, 31), prev="A", cur="R",
                 update="Dip sampling started in Basingstoke and Southampton only; other suites delayed by "
                        "abstractions.",
                 under=[S3, REC2], lead=["Custody Inspector (Governance)", "Custody Sergeants"], end="2026-01",
                 status="red")),
    ("act", dict(ref="2.3", finding=None,
                 action="Review the use of remote (video) PACE reviews so that they are only used in exceptional "
                        "circumstances.",
                 owner="Superintendent Criminal Justice", target=d(2026, 3, 31), revised=None, prev=None, cur=None,
                 update="Not started \u2013 awaiting revised national guidance.",
                 under=[S3, REC2], lead=["Superintendent Criminal Justice"], end="2026-03", status="unrated")),
    ("section", S4),
    ("act", dict(ref="AFI 3", finding=AFI3,
                 action="Install fixed signage in all cells and amend the custody record template to prompt and "
                        "record the offer of showers, exercise and reading materials.",
                 owner="Custody Estates Manager", target=d(2025, 11, 30), revised=None, prev="G", cur="G",
                 update="Signage ordered; template change in the November system release.",
                 under=[S4, AFI3], lead=["Custody Estates Manager"], end="2025-11", status="green")),
    ("act", dict(ref="AFI 4", finding=AFI4,
                 action="Carry out a joint medicines management audit with the healthcare provider and agree "
                        "actions for any gaps found.",
                 owner="Head of Criminal Justice and Custody & Healthcare Contract Manager", target=d(2025, 10, 31),
                 revised=None, prev="G", cur="B",
                 update="Audit completed 15 October 2025; four actions agreed with the provider.",
                 under=[S4, AFI4], lead=["Head of Criminal Justice and Custody", "Healthcare Contract Manager"],
                 end="2025-10", status="blue")),
    ("section", S5),
    ("act", dict(ref="AFI 5", finding=AFI5,
                 action="Add a mandatory pre-release risk assessment prompt to the custody system and check "
                        "compliance through the monthly dip sample.",
                 owner="Custody Inspector (Governance)", target=d(2025, 12, 31), revised=None, prev="G", cur="G",
                 update="System change specified and with the supplier.",
                 under=[S5, AFI5], lead=["Custody Inspector (Governance)"], end="2025-12", status="green")),
]


def make_custody():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Hampshire and Isle of Wight Constabulary"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = CUSTODY_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A4"] = "Document control"
    ws["A4"].font = Font(bold=True)
    control = [
        ("Document owner", "Head of Criminal Justice and Custody"),
        ("Version", "v0.6"),
        ("Last updated", d(2025, 10, 14)),
        ("Governance", "Custody Strategic Board (quarterly); Force Performance Board by exception"),
        ("Inspection report published", "May 2025"),
        ("Protective marking", "OFFICIAL"),
    ]
    for i, (k, v) in enumerate(control, start=5):
        ws.cell(i, 1, k).font = Font(bold=True)
        c = ws.cell(i, 2, v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        for col in (1, 2):
            ws.cell(i, col).border = BOX
    ws["A13"] = "RAG key"
    ws["A13"].font = Font(bold=True)
    key = [("B", "Complete \u2013 evidence accepted by the Custody Strategic Board"),
           ("G", "On track to deliver by the target date"),
           ("A", "At risk of slipping \u2013 mitigation in place"),
           ("R", "Off track or target date missed")]
    for i, (k, v) in enumerate(key, start=14):
        c = ws.cell(i, 1, k)
        c.fill = fill(RAG_FILL[k])
        c.font = Font(bold=True, color="FFFFFF")
        c.alignment = Alignment(horizontal="center")
        ws.cell(i, 2, v)
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 80

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG status"
    sm["A1"].font = Font(bold=True, size=12)
    counts = {}
    for kind, row in CUSTODY_ROWS:
        if kind == "act":
            counts[row["cur"]] = counts.get(row["cur"], 0) + 1
    summary = [("Complete (B)", counts.get("B", 0)), ("On track (G)", counts.get("G", 0)),
               ("At risk (A)", counts.get("A", 0)), ("Off track (R)", counts.get("R", 0)),
               ("Not yet rated", counts.get(None, 0))]
    sm["A3"] = "Status"
    sm["B3"] = "Number of actions"
    sm["A3"].font = sm["B3"].font = Font(bold=True)
    r = 4
    for k, v in summary:
        sm.cell(r, 1, k)
        sm.cell(r, 2, v)
        r += 1
    sm.cell(r, 1, "Total").font = Font(bold=True)
    sm.cell(r, 2, f"=SUM(B4:B{r - 1})").font = Font(bold=True)
    sm.column_dimensions["A"].width = 24
    sm.column_dimensions["B"].width = 20

    ap = wb.create_sheet("Action Plan")
    ap["A1"] = "Joint Inspection of Police Custody \u2013 Action Plan (position at 14 October 2025)"
    ap["A1"].font = Font(bold=True, size=12)
    ap.merge_cells("A1:I1")
    headers = ["Ref", "Finding", "Action", "Action owner", "Target date", "Revised target date",
               "Previous RAG", "Current RAG", "Progress update"]
    for j, h in enumerate(headers, start=1):
        c = ap.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 4
    for kind, row in CUSTODY_ROWS:
        if kind == "section":
            ap.cell(r, 1, row)
            ap.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ap.cell(r, 1).font = Font(bold=True, color="FFFFFF")
            ap.cell(r, 1).fill = fill("2F5597")
        elif kind == "rec":
            ap.cell(r, 1, row)
            ap.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ap.cell(r, 1).font = Font(bold=True)
            ap.cell(r, 1).fill = fill("FFF2CC")
            ap.cell(r, 1).alignment = WRAP
            ap.row_dimensions[r].height = 32
        else:
            vals = [row["ref"], row["finding"], row["action"], row["owner"], row["target"], row["revised"],
                    row["prev"], row["cur"], row["update"]]
            for j, v in enumerate(vals, start=1):
                c = ap.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = row.get("fmt", "dd/mm/yyyy")
            for j, key in ((7, "prev"), (8, "cur")):
                if row[key]:
                    c = ap.cell(r, j)
                    c.fill = fill(RAG_FILL[row[key]])
                    c.font = Font(bold=True, color="FFFFFF" if row[key] in "RB" else "000000")
                    c.alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ap.cell(r, 1, "Notes: Causes of concern and their recommendations are shown above the actions that answer them. "
                  "Areas for improvement (AFI) are shown with their action on the same row. Completed actions are "
                  "closed by the Custody Strategic Board.")
    ap.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ap.cell(r, 1).font = Font(italic=True)
    widths = [9, 40, 50, 26, 12, 12, 10, 10, 40]
    for j, w in enumerate(widths, start=1):
        ap.column_dimensions[chr(64 + j)].width = w
    ap.freeze_panes = "A4"
    wb.save(os.path.join(HERE, CUSTODY_NAME))

    meta = dict(
        source=("Imitates the action plan a police force publishes (or reports to its PCC's accountability board) "
                "after an unannounced HMICFRS / HMI Prisons joint inspection of police custody suites, using the "
                "inspection report's five sections (leadership; pre-custody; in the suite; in the cell; release). "
                "Hampshire and Isle of Wight Constabulary, January 2025 inspection, position October 2025 "
                "(no published URL; layout modelled on force custody action plans). Copied features: cover sheet "
                "with document-control table and RAG key, summary sheet with a SUM total, merged section rows, "
                "merged recommendation (cause of concern) rows above their numbered actions, areas for improvement "
                "with finding and action on the same row, target and revised target dates, previous and current "
                "RAG as letters on coloured fills, a notes line."),
        reads=("Three sheets: a cover with document control and RAG key, a summary of RAG counts, and the action "
               "plan. The plan has five numbered section rows; two cause-of-concern recommendations sit in merged "
               "rows above their actions 1.1-1.3 and 2.1-2.3, and five AFIs carry their finding and action on one "
               "row. Eleven actions, the current RAG (not the previous one) giving the status and the revised "
               "date, where given, the end."),
        outcome="read", title=CUSTODY_TITLE)
    acts = [dict(ref=r["ref"], under=r["under"], action=r["action"], lead=r["lead"], end=r["end"],
                 status=r["status"]) for k, r in CUSTODY_ROWS if k == "act"]
    write_expected(CUSTODY_NAME, meta, acts)


# ---------------------------------------------------------------------------
# 2. Swindon Borough Council - internal audit agreed actions tracker (xlsx)
# ---------------------------------------------------------------------------
SWINDON_NAME = "mu2-swindon-borough-council-internal-audit-recommendations-tracker.xlsx"
SWINDON_TITLE = "Internal Audit: Progress on Agreed Actions \u2013 Priority 1 and Priority 2 (Appendix B)"

AUD_AP = "Accounts Payable 2024/25"
AUD_HR = "Housing Rents and Arrears 2024/25"
AUD_CY = "Cyber Security \u2013 Patch Management 2025/26"
AUD_DBS = "Safer Recruitment \u2013 DBS Checks 2024/25"
REC_AP1 = "The Council should ensure that changes to supplier bank details are independently verified before they are processed."
REC_AP2 = "Purchase orders should be raised before goods or services are ordered (no purchase order, no payment)."
REC_HR1 = "Arrears recovery action should be taken in line with the Rent Arrears Policy and recorded on the housing management system."
REC_HR2 = "Former tenant arrears should be reviewed and, where uncollectable, written off in accordance with Financial Regulations."
REC_CY1 = "All servers and end-user devices should be patched within the timescales set in the Patch Management Policy."
REC_CY2 = "Unsupported operating systems should be identified and removed from the network, or the risk formally accepted by the SIRO."
REC_DBS1 = "Renewal DBS checks should be tracked centrally for all posts that require them."

# audits: (audit, opinion, [ (rec_text, [actions]) ])
SWINDON = [
    (AUD_AP, "Limited", [
        (REC_AP1, [
            dict(ref="1.1", pri=2,
                 action="Introduce a call-back verification step using contact details already held on file, "
                        "evidenced on the change request form.",
                 officer="Finance Operations Manager", orig=d(2025, 3, 31), rev=d(2025, 6, 30), status="Complete",
                 comment="Implemented June 2025 and tested by SWAP in September.",
                 lead=["Finance Operations Manager"], end="2025-06", st="blue"),
            dict(ref="1.2", pri=2,
                 action="Run a monthly exception report of bank detail changes for review by the Exchequer Team "
                        "Leader.",
                 officer="Exchequer Team Leader", orig=d(2025, 3, 31), rev=None, status="Complete",
                 comment="Report in place since April 2025.",
                 lead=["Exchequer Team Leader"], end="2025-03", st="blue"),
        ]),
        (REC_AP2, [
            dict(ref="2.1", pri=2,
                 action="Launch a 'No PO, No Pay' policy with suppliers and budget holders and report retrospective "
                        "orders to CMT quarterly.",
                 officer="Head of Procurement", orig=d(2025, 9, 30), rev=d(2026, 1, 31), status="Amber",
                 comment="Supplier letters issued; launch moved to January to align with the new finance system.",
                 lead=["Head of Procurement"], end="2026-01", st="amber"),
        ]),
    ]),
    (AUD_HR, "Reasonable", [
        (REC_HR1, [
            dict(ref="1.1", pri=2,
                 action="Configure automated arrears stage letters in the housing management system and reintroduce "
                        "weekly case reviews for arrears over \u00a3500.",
                 officer="Income Manager", orig=d(2025, 7, 31), rev=None, status="Complete",
                 comment="Letters live from July; weekly reviews restarted.",
                 lead=["Income Manager"], end="2025-07", st="blue"),
        ]),
        (REC_HR2, [
            dict(ref="2.1", pri=1,
                 action="Review all former tenant arrears over two years old and submit a write-off schedule for "
                        "approval by the Chief Finance Officer.",
                 officer="Income Manager / Chief Finance Officer", orig=d(2025, 11, 30), rev=None, status="Green",
                 comment="Review 70% complete; schedule to be presented in November.",
                 lead=["Income Manager", "Chief Finance Officer"], end="2025-11", st="green"),
        ]),
    ]),
    (AUD_CY, "Limited", [
        (REC_CY1, [
            dict(ref="1.1", pri=1,
                 action="Deploy automated patch compliance reporting and escalate non-compliant devices to service "
                        "owners weekly.",
                 officer="Head of ICT", orig=d(2025, 10, 31), rev=d(2026, 2, 28), status="Red",
                 comment="Tool procurement delayed; interim manual reporting in place.",
                 lead=["Head of ICT"], end="2026-02", st="red"),
        ]),
        (REC_CY2, [
            dict(ref="2.1", pri=2,
                 action="Complete an inventory of unsupported systems and present a decommissioning plan to the "
                        "Information Governance Board.",
                 officer="ICT Infrastructure Manager", orig=d(2025, 12, 31), rev=None, status="Not started",
                 comment="Scheduled to start in November after the server migration.",
                 lead=["ICT Infrastructure Manager"], end="2025-12", st="unrated"),
        ]),
    ]),
    (AUD_DBS, "Reasonable", [
        (REC_DBS1, [
            dict(ref="1.1", pri=2,
                 action="Add DBS renewal dates to the HR system with automated reminders to managers 60 days before "
                        "expiry.",
                 officer="HR Business Partner", orig=d(2025, 3, 31), rev="Sept 2025", status="Complete",
                 comment="Reminders switched on in September 2025.",
                 lead=["HR Business Partner"], end="2025-09", st="blue"),
        ]),
    ]),
]

STATUS_FILL = {"Complete": "9BC2E6", "Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE"}


def make_swindon():
    wb = Workbook()
    ws = wb.active
    ws.title = "P1 & P2 Actions"
    ws["A1"] = "Swindon Borough Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit Committee \u2013 25 November 2025"
    ws["A3"] = SWINDON_TITLE
    ws["A3"].font = Font(bold=True, size=12)
    ws["A4"] = "Source: SWAP Internal Audit Services follow-up, position at 31 October 2025"
    ws["A4"].font = Font(italic=True)
    headers = ["Audit", "Assurance Opinion", "Rec No.", "Priority", "Recommendation", "Agreed Action",
               "Responsible Officer", "Original Due Date", "Revised Due Date", "Status", "Officer Comment"]
    hr = 6
    for j, h in enumerate(headers, start=1):
        c = ws.cell(hr, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00607A")
        c.alignment = WRAP
        c.border = BOX
    r = hr + 1
    for audit, opinion, recs in SWINDON:
        a_start = r
        for rec_text, acts in recs:
            r_start = r
            for a in acts:
                vals = [None, None, a["ref"], a["pri"], None, a["action"], a["officer"], a["orig"], a["rev"],
                        a["status"], a["comment"]]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(r, j, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                if a["status"] in STATUS_FILL:
                    ws.cell(r, 10).fill = fill(STATUS_FILL[a["status"]])
                r += 1
            ws.cell(r_start, 5, rec_text).alignment = WRAP
            if r - 1 > r_start:
                ws.merge_cells(start_row=r_start, start_column=5, end_row=r - 1, end_column=5)
        ws.cell(a_start, 1, audit).alignment = WRAP
        ws.cell(a_start, 1).font = Font(bold=True)
        ws.cell(a_start, 2, opinion).alignment = WRAP
        if r - 1 > a_start:
            ws.merge_cells(start_row=a_start, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=a_start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Status key: Complete = action implemented and verified by SWAP; Green = on track for the due date; "
                  "Amber = at risk of missing the revised date; Red = overdue; Not started = not yet due to start.")
    ws.cell(r, 1).font = Font(italic=True)
    ws.cell(r + 1, 1, "Note: Priority 3 actions are monitored by management and are not reported to the Committee.")
    ws.cell(r + 1, 1).font = Font(italic=True)
    widths = [24, 12, 8, 8, 40, 45, 26, 12, 12, 12, 40]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.freeze_panes = "A7"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of Priority 1 and 2 agreed actions by audit"
    sm["A1"].font = Font(bold=True, size=12)
    cols = ["Audit", "Complete", "Green", "Amber", "Red", "Not started", "Total"]
    for j, h in enumerate(cols, start=1):
        sm.cell(3, j, h).font = Font(bold=True)
    r = 4
    for audit, opinion, recs in SWINDON:
        counts = {k: 0 for k in cols[1:6]}
        for _, acts in recs:
            for a in acts:
                counts[a["status"]] += 1
        sm.cell(r, 1, audit)
        for j, k in enumerate(cols[1:6], start=2):
            sm.cell(r, j, counts[k])
        sm.cell(r, 7, f"=SUM(B{r}:F{r})")
        r += 1
    sm.cell(r, 1, "Total").font = Font(bold=True)
    for j in range(2, 8):
        col = chr(64 + j)
        sm.cell(r, j, f"=SUM({col}4:{col}{r - 1})").font = Font(bold=True)
    sm.column_dimensions["A"].width = 40
    wb.save(os.path.join(HERE, SWINDON_NAME))

    acts = []
    for audit, opinion, recs in SWINDON:
        for rec_text, al in recs:
            for a in al:
                acts.append(dict(ref=a["ref"], under=[audit, rec_text], action=a["action"], lead=a["lead"],
                                 end=a["end"], status=a["st"]))
    meta = dict(
        source=("Imitates the 'progress on agreed actions' appendix that a council's internal auditor (here SWAP "
                "Internal Audit Services, which audits Swindon Borough Council) puts to the Audit Committee: "
                "Swindon Borough Council, November 2025 (no URL; modelled on SWAP follow-up appendices). Copied "
                "features: body/committee/title/source lines above the table, audit name and assurance opinion "
                "merged down the rows of each audit, recommendation merged over its agreed actions, recommendation "
                "numbers restarting in each audit, priority column, original and revised due dates (one revised "
                "date typed as text), status words with fills, status key and note lines, and a second sheet "
                "summarising counts by audit with SUM totals."),
        reads=("One tracker sheet of eight agreed actions from four audits, each audit's name and opinion merged "
               "down its rows and each recommendation merged over the actions that answer it, then a summary "
               "sheet of counts. The status column gives the RAG (Complete = blue, Not started = unrated); the "
               "revised due date, where given, is the end."),
        outcome="read", title=SWINDON_TITLE)
    write_expected(SWINDON_NAME, meta, acts)


# ---------------------------------------------------------------------------
# 3. Dundee HSCP - joint inspection of adult services improvement plan (xlsx)
# ---------------------------------------------------------------------------
DUNDEE_NAME = "mu2-dundee-hscp-joint-inspection-adult-services-improvement-plan.xlsx"
DUNDEE_TITLE = ("Joint Inspection of Adult Services (Focus on People Living with Mental Illness) \u2013 "
                "Improvement Plan")
QI2 = "Quality Indicator 2: Experience of people who use services and their carers"
QI5 = "Quality Indicator 5: Delivery of key processes"
QI9 = "Quality Indicator 9: Leadership and direction"
P1 = ("1. The partnership should ensure that people living with mental illness and their carers are "
      "meaningfully involved in planning their own care and support.")
P2 = ("2. The partnership should improve the timeliness and quality of assessments, care plans and reviews "
      "for people living with mental illness.")
P3 = ("3. The partnership should ensure clear and timely communication and joint working between mental "
      "health services and primary care.")
P4 = ("4. The integration joint board should set out a clear strategic plan for mental health services, "
      "underpinned by a realistic financial framework.")

DUNDEE = [
    (QI2, [
        (P1, [
            dict(no="1a", action="Roll out personal outcomes ('Good Conversations') training to all community "
                                 "mental health team staff.",
                 lead_txt="Service Manager \u2013 Mental Health and Learning Disability", when="31/03/2026",
                 measure="90% of CMHT staff trained", update="62% trained to date; further cohorts booked.",
                 rag="Green", lead=["Service Manager \u2013 Mental Health and Learning Disability"], end="2026-03",
                 st="green"),
            dict(no="1b", action="Establish a carers' reference group for mental health that reports to the "
                                 "Strategic Planning Group.",
                 lead_txt="Carers Lead & Dundee Carers Centre Manager", when="December 2025",
                 measure="Reference group meeting quarterly", update="Group established in September 2025.",
                 rag="Complete", lead=["Carers Lead", "Dundee Carers Centre Manager"], end="2025-12", st="blue"),
        ]),
    ]),
    (QI5, [
        (P2, [
            dict(no="2a", action="Implement a single shared assessment and care plan template across health and "
                                 "social work mental health teams.",
                 lead_txt="Head of Health and Community Care", when="June 2026",
                 measure="Template in use by all teams; audit shows 80% compliance",
                 update="Template agreed; IT build delayed by system upgrade.", rag="Amber",
                 lead=["Head of Health and Community Care"], end="2026-06", st="amber"),
            dict(no="2b", action="Carry out six-monthly case file audits using the Care Inspectorate file-reading "
                                 "template and report findings to the Clinical, Care and Professional Governance "
                                 "Group.",
                 lead_txt="Chief Social Work Officer / Lead Nurse", when="Six-monthly",
                 measure="Two audits a year reported to CCPG", update="First audit of 60 files completed in "
                                                                      "October 2025.",
                 rag="Green", lead=["Chief Social Work Officer", "Lead Nurse"], end=None, end_text="Six-monthly",
                 st="green"),
            dict(no="2c", action="Reduce the waiting time for Mental Health Officer assessments to under four "
                                 "weeks.",
                 lead_txt="Senior Manager (MHO Service)", when="Q4 2025/26",
                 measure="95% of MHO assessments allocated within four weeks",
                 update="Waiting time currently 7 weeks; two MHO posts vacant.", rag="Red",
                 lead=["Senior Manager (MHO Service)"], end="2026-03", st="red"),
        ]),
        (P3, [
            dict(no="3a", action="Agree an interface protocol between community mental health teams and GP "
                                 "practices, including discharge letters issued within 7 days.",
                 lead_txt="Dr A. Khan (Clinical Director)", when="March 2026",
                 measure="Protocol signed off by GP sub-committee",
                 update="Draft discussed at GP sub-committee in October.", rag="Amber",
                 lead=["Dr A. Khan (Clinical Director)"], end="2026-03", st="amber"),
        ]),
    ]),
    (QI9, [
        (P4, [
            dict(no="4a", action="Publish the Dundee Mental Health and Wellbeing Strategic Plan 2025\u20132030 with "
                                 "an associated commissioning and financial framework.",
                 lead_txt="Chief Officer; Chief Finance Officer", when="October 2025",
                 measure="Plan approved by the IJB", update="Approved by the IJB on 22 October 2025.",
                 rag="Complete", lead=["Chief Officer", "Chief Finance Officer"], end="2025-10", st="blue"),
            dict(no="4b", action="Report progress against the strategic plan to the IJB twice a year.",
                 lead_txt="Head of Strategic Planning", when="Ongoing",
                 measure="Reports considered in April and October", update="First report due April 2026.",
                 rag=None, lead=["Head of Strategic Planning"], end=None, end_text="Ongoing", st="unrated"),
        ]),
    ]),
]
DUNDEE_RAG_FILL = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "0070C0"}


def make_dundee():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Dundee Health and Social Care Partnership"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = DUNDEE_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Progress report to the Dundee IJB Performance and Audit Committee \u2013 25 November 2025. "
                "Report published by the Care Inspectorate and Healthcare Improvement Scotland, March 2025.")
    ws["A3"].font = Font(italic=True)
    headers = ["No.", "Priority area for improvement (from the joint inspection report)", "Improvement action",
               "Lead(s)", "Timescale", "Measure of success", "Progress update \u2013 November 2025", "RAG"]
    hr = 5
    for j, h in enumerate(headers, start=1):
        c = ws.cell(hr, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("5B2C6F")
        c.alignment = WRAP
        c.border = BOX
    r = hr + 1
    for qi, prios in DUNDEE:
        ws.cell(r, 1, qi).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("D9D2E9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for ptext, acts in prios:
            p_start = r
            for a in acts:
                vals = [a["no"], None, a["action"], a["lead_txt"], a["when"], a["measure"], a["update"], a["rag"]]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(r, j, v)
                    c.alignment = WRAP
                    c.border = BOX
                if a["rag"]:
                    ws.cell(r, 8).fill = fill(DUNDEE_RAG_FILL[a["rag"]])
                r += 1
            ws.cell(p_start, 2, ptext).alignment = WRAP
            if r - 1 > p_start:
                ws.merge_cells(start_row=p_start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Note: actions marked Complete will be removed from the plan once the Performance and Audit "
                  "Committee has agreed closure.")
    ws.cell(r, 1).font = Font(italic=True)
    widths = [6, 42, 48, 30, 14, 30, 40, 10]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w

    ky = wb.create_sheet("RAG key")
    ky["A1"] = "RAG status definitions"
    ky["A1"].font = Font(bold=True)
    defs = [("Complete", "Action delivered and evidence provided"),
            ("Green", "On track to be delivered within timescale"),
            ("Amber", "Some slippage \u2013 recovery plan in place"),
            ("Red", "Significant risk that the action will not be delivered")]
    for i, (k, v) in enumerate(defs, start=3):
        ky.cell(i, 1, k).fill = fill(DUNDEE_RAG_FILL[k])
        ky.cell(i, 2, v)
    ky.column_dimensions["B"].width = 60
    wb.save(os.path.join(HERE, DUNDEE_NAME))

    acts = []
    for qi, prios in DUNDEE:
        for ptext, al in prios:
            for a in al:
                acts.append(dict(ref=a["no"], under=[qi, ptext], action=a["action"], lead=a["lead"],
                                 end=a["end"], end_text=a.get("end_text"), status=a["st"]))
    meta = dict(
        source=("Imitates the improvement plan a Scottish health and social care partnership reports to its "
                "integration joint board after a Care Inspectorate / Healthcare Improvement Scotland joint "
                "inspection of adult services (integration and outcomes, thematic focus on people living with "
                "mental illness): Dundee HSCP, November 2025 progress report (no URL; modelled on HSCP improvement "
                "plans such as those of Moray and Clackmannanshire & Stirling). Copied features: title block and "
                "italic context line, quality-indicator header rows merged across the sheet, numbered priority "
                "areas for improvement merged down the rows of their actions, actions numbered 1a/1b, several "
                "leads in one cell (/, ; and &), timescales as dates, months, a quarter, 'Six-monthly' and "
                "'Ongoing', measure of success and progress columns, RAG words on coloured fills, a note line and "
                "a separate RAG key sheet."),
        reads=("One plan sheet in three quality-indicator sections, each with numbered priority areas for "
               "improvement (from the inspection report) merged down the left of their actions; eight actions "
               "numbered 1a-4b, then a note. The RAG word gives the status (Complete = blue, blank = unrated); "
               "'Six-monthly' and 'Ongoing' have no end month."),
        outcome="read", title=DUNDEE_TITLE)
    write_expected(DUNDEE_NAME, meta, acts)


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
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    run.font.size = Pt(9)


# ---------------------------------------------------------------------------
# 4. Newport City Council - Audit Wales organisational response (docx)
# ---------------------------------------------------------------------------
NEWPORT_NAME = ("mu2-newport-city-council-audit-wales-commissioning-contract-management-review-"
                "organisational-response.docx")
NEWPORT_TITLE = ("Audit Wales \u2013 Commissioning and Contract Management Review: Organisational Response and "
                 "Progress Update")
NR1 = "R1 Commissioning strategy and oversight"
NR1T = ("The Council should develop a corporate commissioning strategy that sets out how it will plan, procure "
        "and review services to deliver its well-being objectives, and should strengthen member oversight of "
        "major contracts.")
NR2 = "R2 Contract management capacity and skills"
NR2T = ("The Council should ensure that officers responsible for managing contracts have the skills, guidance "
        "and time to do so effectively.")
NR3 = "R3 Use of data and information"
NR3T = ("The Council should improve its contract register and the information it holds on contract "
        "performance, so that it can identify and act on under-performance and risk.")
NEWPORT_STATUS_FILL = {"Complete": "9BC2E6", "On track": "C6EFCE", "Amber": "FFEB9C", "Not started": "FFFFFF"}

NEWPORT = [
    (NR1, NR1T, [
        dict(ref="1.1", action="Develop and consult on a Corporate Commissioning Strategy aligned to the "
                               "Corporate Plan 2022\u201327.",
             when="March 2026", officer="Head of Finance", status="On track",
             progress="Draft strategy prepared; Cabinet Member consultation in December 2025.",
             lead=["Head of Finance"], end="2026-03", st="green"),
        dict(ref="1.2", action="Establish a Contract Management Board, chaired by the Strategic Director \u2013 "
                               "Transformation and Corporate, to oversee contracts over \u00a31m.",
             when="31/07/2025", officer="Strategic Director \u2013 Transformation and Corporate", status="Complete",
             progress="Board first met in July 2025 and meets every two months.",
             lead=["Strategic Director \u2013 Transformation and Corporate"], end="2025-07", st="blue"),
        dict(ref="1.3", action="Report an annual summary of contract performance to the Overview and Scrutiny "
                               "Management Committee.",
             when="Annually", officer="Head of Law and Standards", status="Not started",
             progress="First report scheduled for June 2026.",
             lead=["Head of Law and Standards"], end=None, end_text="Annually", st="unrated"),
    ]),
    (NR2, NR2T, [
        dict(ref="2.1", action="Publish a contract management toolkit and minimum standards, including "
                               "risk-based contract tiering.",
             when="September 2025", officer="Procurement Manager", status="Complete",
             progress="Toolkit published on the intranet on 29 September 2025.",
             lead=["Procurement Manager"], end="2025-09", st="blue"),
        dict(ref="2.2", action="Deliver contract management training to all Tier 1 and Tier 2 contract managers.",
             when="Q4 2025/26", officer="Procurement Manager / Organisational Development Manager", status="Amber",
             progress="38 of 61 contract managers trained; remaining sessions depend on a new e-learning module.",
             lead=["Procurement Manager", "Organisational Development Manager"], end="2026-03", st="amber"),
    ]),
    (NR3, NR3T, [
        dict(ref="3.1", action="Cleanse the contract register and move it onto the new e-procurement system, with "
                               "mandatory fields for contract value, owner and review dates.",
             when="31 December 2025", officer="Procurement Manager", status="On track",
             progress="Data cleanse complete; migration testing under way.",
             lead=["Procurement Manager"], end="2025-12", st="green"),
        dict(ref="3.2", action="Introduce quarterly key performance indicator returns for Tier 1 contracts, "
                               "reported to the Contract Management Board.",
             when="December 2025 (revised April 2026)", officer="Head of People, Policy and Transformation",
             status="Amber",
             progress="KPI template agreed; first returns delayed to align with the new system.",
             lead=["Head of People, Policy and Transformation"], end="2026-04", st="amber"),
    ]),
]


def make_newport():
    doc = Document()
    p = doc.add_paragraph("Newport City Council")
    p.runs[0].bold = True
    doc.add_heading(NEWPORT_TITLE, level=0)
    doc.add_paragraph("Governance and Audit Committee \u2013 27 November 2025 \u2013 Appendix 1")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Report title", "Commissioning and Contract Management \u2013 Newport City Council"),
                 ("Audit Wales report issued", "April 2025"),
                 ("Document reference", "4790A2025"),
                 ("Response agreed by", "Corporate Management Team, 20 May 2025"),
                 ("Progress position", "31 October 2025")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)

    doc.add_paragraph("")
    doc.add_paragraph("Status key")
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for k, v in [("Complete", "Commitment delivered"), ("On track", "Progressing to the completion date"),
                 ("Amber", "Some slippage against the completion date"), ("Not started", "Work not yet due to start")]:
        row = kt.add_row().cells
        set_cell(row[0], k, bold=True)
        shade(row[0], NEWPORT_STATUS_FILL[k])
        set_cell(row[1], v)

    doc.add_paragraph("")
    doc.add_paragraph("The Council accepted all three recommendations in the Auditor General's report. The "
                      "commitments below are the Council's organisational response, with progress at 31 October "
                      "2025.")
    for head, rec, acts in NEWPORT:
        doc.add_heading(head, level=2)
        rp = doc.add_paragraph()
        run = rp.add_run(rec)
        run.italic = True
        tbl = doc.add_table(rows=1, cols=6)
        tbl.style = "Table Grid"
        for j, h in enumerate(["Ref", "Commitment", "Completion date", "Responsible officer", "Status",
                               "Progress to date"]):
            set_cell(tbl.rows[0].cells[j], h, bold=True)
            shade(tbl.rows[0].cells[j], "D9E2F3")
        for a in acts:
            cells = tbl.add_row().cells
            for j, v in enumerate([a["ref"], a["action"], a["when"], a["officer"], a["status"], a["progress"]]):
                set_cell(cells[j], v)
            shade(cells[4], NEWPORT_STATUS_FILL[a["status"]])
        doc.add_paragraph("")

    doc.add_heading("Sign-off", level=2)
    st = doc.add_table(rows=0, cols=3)
    st.style = "Table Grid"
    for vals in [("Approved by", "Chief Executive", "18/11/2025"),
                 ("Reviewed by", "Head of Finance (Section 151 Officer)", "14/11/2025")]:
        row = st.add_row().cells
        for j, v in enumerate(vals):
            set_cell(row[j], v)
    doc.save(os.path.join(HERE, NEWPORT_NAME))

    acts = []
    for head, rec, al in NEWPORT:
        for a in al:
            acts.append(dict(ref=a["ref"], under=[head, rec], action=a["action"], lead=a["lead"], end=a["end"],
                             end_text=a.get("end_text"), status=a["st"]))
    meta = dict(
        source=("Imitates an Audit Wales 'organisational response' form (Ref / Recommendation / Commitment / "
                "Completion date / Responsible officer) as a Welsh council brings it back to its Governance and "
                "Audit Committee with a progress column: Newport City Council, response to the Audit Wales "
                "Commissioning and Contract Management review, November 2025 (no URL; modelled on the Audit Wales "
                "organisational response template and council G&A committee appendices). Copied features: "
                "document-control table with report title and document reference, a status key table, one "
                "heading plus italic recommendation paragraph and one table per recommendation, commitments "
                "numbered 1.1-3.2, completion dates written as months, a date, a quarter, 'Annually' and an "
                "original date with its revision, job titles as responsible officers (one containing commas), "
                "status words on shaded cells, a sign-off table at the end."),
        reads=("A response to three Audit Wales recommendations: each has a heading (R1-R3 with a topic), the "
               "recommendation in italics and a table of the Council's numbered commitments with completion "
               "date, responsible officer, status and progress. Seven commitments; the document-control, status "
               "key and sign-off tables are not part of the plan."),
        outcome="read", title=NEWPORT_TITLE)
    write_expected(NEWPORT_NAME, meta, acts)


# ---------------------------------------------------------------------------
# 5. Gwynedd and Ynys Mon adult learning partnership - Estyn PIAP (docx)
# ---------------------------------------------------------------------------
GWYNEDD_NAME = "mu2-gwynedd-ynys-mon-adult-learning-partnership-estyn-post-inspection-action-plan.docx"
GWYNEDD_TITLE = ("Gwynedd and Ynys M\u00f4n Adult Learning in the Community Partnership \u2013 "
                 "Post-Inspection Action Plan")
GR1 = ("R1: Improve the planning of provision so that it meets the needs of learners and communities across "
       "both counties")
GR2 = "R2: Strengthen the quality assurance of teaching and learning, including arrangements for observing teaching"
GR3 = "R3: Use data more effectively to evaluate learner outcomes and to plan improvements"
GR4 = "R4: Increase opportunities for learners to learn through the medium of Welsh and to use their Welsh language skills"
GW_FILL = {"blue": "5B9BD5", "green": "70AD47", "amber": "FFC000", "red": "FF0000"}

GWYNEDD = [
    (GR1, [
        dict(action="Carry out a joint needs analysis using labour market information and learner destination "
                    "data, and use it to plan the 2025-26 curriculum offer.",
             success="Curriculum offer for 2025-26 agreed by the Partnership Board and mapped to identified needs",
             lead_txt="Partnership Co-ordinator", when="July 2025",
             progress="Needs analysis completed; curriculum agreed by the Board on 2 July 2025.", rag="blue",
             lead=["Partnership Co-ordinator"], end="2025-07"),
        dict(action="Increase community-based provision in the areas of highest deprivation, including "
                    "Caernarfon, Holyhead and Blaenau Ffestiniog.",
             success="Enrolments from the most deprived areas increase by 15%",
             lead_txt="Community Learning Manager (Gwynedd) / Community Learning Manager (Ynys M\u00f4n)",
             when="Summer term 2026",
             progress="New venues agreed in Holyhead and Blaenau Ffestiniog.", rag="green",
             lead=["Community Learning Manager (Gwynedd)", "Community Learning Manager (Ynys M\u00f4n)"],
             end="2026-07"),
    ]),
    (GR2, [
        dict(action="Introduce a shared partnership framework for observing teaching and learning, with moderated "
                    "judgements.",
             success="All tutors observed at least once a year; moderation report to the Board",
             lead_txt="Quality Manager", when="Autumn term 2025",
             progress="Framework agreed; 14 of 32 tutors observed so far.", rag="amber",
             lead=["Quality Manager"], end="2025-12"),
        dict(action="Provide targeted professional learning for tutors on assessment for learning and on "
                    "developing learners' digital skills.",
             success="Tutor professional learning log shows full participation",
             lead_txt="Quality Manager / Adult Learning Lead (Gr\u0175p Llandrillo Menai)", when="Ongoing",
             progress="Two professional learning days delivered in September 2025.", rag="green",
             lead=["Quality Manager", "Adult Learning Lead (Gr\u0175p Llandrillo Menai)"], end=None,
             end_text="Ongoing"),
    ]),
    (GR3, [
        dict(action="Develop a partnership data dashboard showing enrolment, retention, attainment and progression "
                    "by course, venue and learner group.",
             success="Dashboard used at every Partnership Board meeting",
             lead_txt="Data and Systems Officer", when="31/12/2025",
             progress="Prototype built; awaiting a data-sharing agreement with Adult Learning Wales.", rag="amber",
             lead=["Data and Systems Officer"], end="2025-12"),
        dict(action="Collect and analyse learner destination data three months after learners complete their "
                    "course.",
             success="Destination data available for 70% of leavers",
             lead_txt="Data and Systems Officer", when="March 2026",
             progress="Not yet started.", rag=None,
             lead=["Data and Systems Officer"], end="2026-03"),
    ]),
    (GR4, [
        dict(action="Expand the Welsh-medium and bilingual course offer, prioritising essential skills and digital "
                    "skills courses.",
             success="At least 30% of courses offered bilingually or through the medium of Welsh",
             lead_txt="Welsh Language Co-ordinator", when="September 2026",
             progress="Bilingual essential skills courses planned for January 2026.", rag="green",
             lead=["Welsh Language Co-ordinator"], end="2026-09"),
    ]),
]


def make_gwynedd():
    doc = Document()
    doc.add_heading(GWYNEDD_TITLE, level=0)
    doc.add_paragraph("Estyn inspection: 3\u20136 March 2025   |   Report published: 13 May 2025")
    doc.add_paragraph("Progress update for the Partnership Board \u2013 September 2025")

    doc.add_heading("Version history", level=2)
    vt = doc.add_table(rows=1, cols=4)
    vt.style = "Table Grid"
    for j, h in enumerate(["Version", "Date", "Changes", "Author"]):
        set_cell(vt.rows[0].cells[j], h, bold=True)
    for vals in [("1.0", "10/06/2025", "Submitted to Estyn", "Partnership Co-ordinator"),
                 ("1.1", "15/09/2025", "Progress update for Partnership Board", "Partnership Co-ordinator")]:
        cells = vt.add_row().cells
        for j, v in enumerate(vals):
            set_cell(cells[j], v)

    doc.add_paragraph("")
    doc.add_paragraph("Progress key (colour of the RAG cell):")
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for k, v in [("blue", "Completed"), ("green", "On track"), ("amber", "Some slippage \u2013 action being taken"),
                 ("red", "Significant concern")]:
        cells = kt.add_row().cells
        set_cell(cells[0], "")
        shade(cells[0], GW_FILL[k])
        set_cell(cells[1], v)

    doc.add_paragraph("")
    doc.add_paragraph("The partnership's response to each of Estyn's four recommendations is set out below.")
    for rec, acts in GWYNEDD:
        tbl = doc.add_table(rows=2, cols=6)
        tbl.style = "Table Grid"
        top = tbl.rows[0].cells[0].merge(tbl.rows[0].cells[5])
        set_cell(top, rec, bold=True)
        shade(top, "DEEAF6")
        for j, h in enumerate(["Action", "Success criteria", "Lead", "By when", "Progress (September 2025)",
                               "RAG"]):
            set_cell(tbl.rows[1].cells[j], h, bold=True)
        for a in acts:
            cells = tbl.add_row().cells
            for j, v in enumerate([a["action"], a["success"], a["lead_txt"], a["when"], a["progress"], ""]):
                set_cell(cells[j], v)
            if a["rag"]:
                shade(cells[5], GW_FILL[a["rag"]])
        doc.add_paragraph("")
    doc.add_paragraph("Monitoring: progress is reviewed termly by the Partnership Board and reported to the "
                      "Gwynedd and Ynys M\u00f4n scrutiny committees.")
    doc.save(os.path.join(HERE, GWYNEDD_NAME))

    acts = []
    for rec, al in GWYNEDD:
        for a in al:
            acts.append(dict(ref=None, under=[rec], action=a["action"], lead=a["lead"], end=a["end"],
                             end_text=a.get("end_text"), status=a["rag"] or "unrated"))
    meta = dict(
        source=("Imitates an Estyn post-inspection action plan (PIAP) of a Welsh adult learning in the community "
                "partnership, as brought back to its partnership board and council scrutiny: Gwynedd and Ynys M\u00f4n "
                "Adult Learning in the Community Partnership, September 2025 update (no URL; modelled on ACL "
                "partnership PIAPs such as Cardiff and Vale's and on Estyn's recommendation style). Copied "
                "features: title, inspection and report dates, version history table, a colour-only progress key, "
                "one table per recommendation with the recommendation in a merged, shaded first row, columns for "
                "success criteria and timescale, unnumbered actions, school-term timescales, two posts in one "
                "lead cell, RAG shown only by the cell's fill colour, a closing monitoring line."),
        reads=("Four Estyn recommendations, each heading its own table in a merged top row, with the partnership's "
               "unnumbered actions beneath (seven in all). The RAG column has no words, only fill colours read "
               "through the key (blue = completed); one action has no fill and so is unrated. The version history "
               "and key tables are not part of the plan."),
        outcome="read", title=GWYNEDD_TITLE)
    write_expected(GWYNEDD_NAME, meta, acts)


# ---------------------------------------------------------------------------
# 6. Stroud District Council - RSH consumer standards improvement plan (csv) - REFUSE
# ---------------------------------------------------------------------------
STROUD_NAME = ("mu2-stroud-district-council-rsh-consumer-standards-housing-improvement-plan-typo-month-refuse"
               ".csv")
STROUD_TITLE = "Regulator of Social Housing Consumer Standards \u2013 Housing Improvement Plan 2025-26"


def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


STROUD_ROWS = [
    ("Safety and Quality Standard", "SQ1",
     "Stock condition data is incomplete: 62% of homes have been surveyed in the last five years",
     "Commission stock condition surveys for the remaining homes so that every home has been surveyed within "
     "five years", "Asset Manager", "Mar-26", "Amber",
     "1,120 surveys completed since April; contractor capacity reduced in September"),
    ("", "SQ2", "A backlog of high-risk fire risk assessment actions in flats and sheltered schemes",
     "Complete all outstanding high-risk fire risk assessment actions and report monthly to the Building Safety "
     "Group", "Compliance Manager / Building Safety Manager", "Dec-25", "Green",
     "41 of 57 high-risk actions closed"),
    ("", "SQ3", "Damp and mould reports are not always inspected within the target timescale",
     "Introduce damp and mould triage within 2 working days and a 10 working day inspection target, with a "
     "weekly case review", "Head of Property Services", "Nov-25", "Green",
     "Triage in place from 1 September; 88% inspected within 10 days in October"),
    ("Transparency, Influence and Accountability Standard", "TIA1",
     "Tenant satisfaction with complaint handling is low (28% in the 2024-25 TSM survey)",
     "Carry out a complaints deep-dive with the Tenant Scrutiny Panel and implement its recommendations",
     "Customer Services Manager", "Jan-26", "Green", "Deep-dive fieldwork complete; report to panel in December"),
    ("", "TIA2", "Information on tenants' diverse needs is held for fewer than half of households",
     "Run a tenancy profiling exercise to capture household and vulnerability information",
     "Tenancy Services Manager", "Febuary-26", "Not started", "Profiling form being designed with tenants"),
    ("Neighbourhood and Community Standard", "NC1", "Anti-social behaviour cases are not consistently risk assessed",
     "Adopt an ASB risk assessment matrix and train all neighbourhood officers", "Neighbourhood Services Manager",
     "Oct-25", "Complete", "Matrix adopted; 12 officers trained"),
    ("Tenancy Standard", "TS1", "Tenancy audits have not been carried out since 2020",
     "Reintroduce tenancy audits, prioritising tenants aged over 75 and households not visited for three years",
     "Tenancy Services Manager", "Sep-26", "Amber", "Pilot of 200 visits planned for January"),
]


def make_stroud():
    ncol = 8
    lines = [
        ["Stroud District Council \u2013 Tenant Services"] + [""] * (ncol - 1),
        [STROUD_TITLE] + [""] * (ncol - 1),
        ["Progress at 31 October 2025 (reported to Housing Committee 9 December 2025)"] + [""] * (ncol - 1),
        [""] * ncol,
        ["Standard", "Ref", "Requirement / issue identified", "Action", "Lead officer", "Target date", "RAG",
         "Update"],
    ]
    for row in STROUD_ROWS:
        lines.append(list(row))
    lines.append([""] * ncol)
    lines.append(["RAG key: Green = on track; Amber = at risk; Red = off track; Complete = delivered and evidenced"]
                 + [""] * (ncol - 1))
    lines.append(["Self-referral to the Regulator of Social Housing made in March 2025. Next update to the "
                  "Regulator due January 2026."] + [""] * (ncol - 1))
    text = "\r\n".join(",".join(csv_field(v) for v in ln) for ln in lines) + "\r\n"
    with open(os.path.join(HERE, STROUD_NAME), "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    refuse_line = None
    for i, ln in enumerate(text.split("\r\n"), start=1):
        if "Febuary-26" in ln:
            refuse_line = i
    meta = dict(
        source=("Imitates the housing improvement plan a stock-holding district council keeps after self-referring "
                "to the Regulator of Social Housing under the 2024 consumer standards, exported from Excel to CSV "
                "for its Housing Committee: Stroud District Council, position October 2025 (no URL; modelled on "
                "district council RSH improvement plans). Copied features: title lines padded with empty "
                "columns, a blank line, the four consumer standards as a first column filled only on the first "
                "row of each standard, refs SQ1/TIA1/NC1/TS1, issue and action columns, two posts in one lead "
                "cell, Mmm-yy target dates, RAG words, a RAG key line and a closing note line."),
        reads=("Seven actions grouped by consumer standard, each with its own issue, lead, Mmm-yy target date and "
               "RAG. The TIA2 target date reads 'Febuary-26', a mistyped month: a careful reader would stop and "
               "ask what date was meant rather than guess February 2026."),
        outcome="refuse", refuse_at=refuse_line, title=STROUD_TITLE)
    write_expected(STROUD_NAME, meta, [])
    return refuse_line


# ---------------------------------------------------------------------------
# 7. Runnymede Borough Council - improvement programme highlight report (txt)
# ---------------------------------------------------------------------------
RUNNY_NAME = "mu2-runnymede-bc-corporate-improvement-programme-highlight-report.txt"
RUNNY_TITLE = "Corporate Improvement and Financial Recovery Programme \u2013 Highlight Report"
W1 = "Workstream 1: Financial Sustainability"
W2 = "Workstream 2: Governance and Culture"
W3 = "Workstream 3: Customer and Service Transformation"

RUNNY = [
    (W1, [
        dict(ref="FS1", action="Agree a Medium Term Financial Strategy that closes the 2026/27 budget gap without "
                               "using general reserves",
             lead_txt="CFO (s151)", due="28/02/2026", prev="A", cur="A",
             comm="Gap reduced from \u00a34.1m to \u00a31.6m; savings proposals go to Corporate Management "
                  "Committee in November",
             lead=["CFO (s151)"], end="2026-02", st="amber"),
        dict(ref="FS2", action="Complete the commercial property portfolio review and agree a disposals programme",
             lead_txt="Assistant Chief Executive / Head of Property", due="Dec-25", prev="A", cur="R",
             comm="Valuations delayed by the external valuer; revised date to be agreed by the Board",
             lead=["Assistant Chief Executive", "Head of Property"], end="2025-12", st="red"),
        dict(ref="FS3", action="Reduce external borrowing by \u00a320m through asset sales and repayment of maturing "
                               "loans",
             lead_txt="CFO (s151)", due="Q4 2025/26", prev="G", cur="G",
             comm="\u00a38m repaid in August 2025",
             lead=["CFO (s151)"], end="2026-03", st="green"),
    ]),
    (W2, [
        dict(ref="GC1", action="Implement the recommendations of the Constitution review, including a new scheme "
                               "of delegation",
             lead_txt="Monitoring Officer", due="Nov-25", prev="G", cur="B",
             comm="Adopted at full Council on 16 October 2025",
             lead=["Monitoring Officer"], end="2025-11", st="blue"),
        dict(ref="GC2", action=["Deliver the member development programme, including mandatory",
                                "code of conduct and planning training for all councillors"],
             lead_txt="Head of Democratic Services", due="Mar-26", prev="G", cur="G",
             comm="Code of conduct sessions complete; planning training booked for January",
             lead=["Head of Democratic Services"], end="2026-03", st="green"),
        dict(ref="GC3", action="Run a staff culture survey and agree an action plan with the staff forum",
             lead_txt="Head of HR & OD", due="Jan-26", prev="A", cur="A",
             comm="Survey closed 30 September (54% response); results to staff forum in November",
             lead=["Head of HR & OD"], end="2026-01", st="amber"),
    ]),
    (W3, [
        dict(ref="CS1", action="Launch the new customer portal and move the ten most used transactions online",
             lead_txt="Head of Customer Services and Digital", due="30 November 2025", prev="G", cur="G",
             comm="Portal in user testing; go-live planned for 24 November",
             lead=["Head of Customer Services and Digital"], end="2025-11", st="green"),
        dict(ref="CS2", action="Procure a new fleet management system for waste and street cleansing",
             lead_txt="Head of Environmental Services", due="TBC", prev="A", cur="R",
             comm="Procurement paused pending the 2026/27 budget decision",
             lead=["Head of Environmental Services"], end=None, end_text="TBC", st="red"),
        dict(ref="CS3", action="Complete the housing repairs service review and agree the future delivery model",
             lead_txt="Head of Housing", due="Mar-26", prev="", cur="",
             comm="Review starts in January 2026",
             lead=["Head of Housing"], end="2026-03", st="unrated"),
    ]),
]


def make_runnymede():
    lines = [
        "Runnymede Borough Council",
        RUNNY_TITLE,
        "Reporting period: Period 6 (September 2025)\tReport date: 14/10/2025\tProgramme SRO: Chief Executive",
        "",
        "Overall programme RAG:\tAmber\tPrevious period:\tAmber",
        "RAG key: R = off track, intervention needed; A = at risk but recoverable; G = on track; B = complete",
        "Summary: 9 milestones reported this period (B 1, G 3, A 2, R 2, not rated 1)",
        "",
    ]
    header = "Ref\tMilestone / action\tLead\tDue\tPrevious RAG\tCurrent RAG\tCommentary"
    for ws_name, acts in RUNNY:
        lines.append(ws_name)
        lines.append(header)
        for a in acts:
            if isinstance(a["action"], list):
                first, *rest = a["action"]
            else:
                first, rest = a["action"], []
            lines.append("\t".join([a["ref"], first, a["lead_txt"], a["due"], a["prev"], a["cur"], a["comm"]]))
            for cont in rest:
                lines.append("\t" + cont + "\t\t\t\t\t")
        lines.append("")
    lines += [
        "Decisions and escalations for the Improvement and Recovery Board:",
        "- Note the red rating on FS2 and agree a revised date for the disposals programme.",
        "- Note that CS2 is paused until the 2026/27 budget is set.",
        "",
        "Next report: Period 8 (November 2025)",
    ]
    with open(os.path.join(HERE, RUNNY_NAME), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")

    acts = []
    for ws_name, al in RUNNY:
        for a in al:
            text = "\n".join(a["action"]) if isinstance(a["action"], list) else a["action"]
            acts.append(dict(ref=a["ref"], under=[ws_name], action=text, lead=a["lead"], end=a["end"],
                             end_text=a.get("end_text"), status=a["st"]))
    meta = dict(
        source=("Imitates a monthly highlight report for a district council's corporate improvement and financial "
                "recovery programme, as pasted/exported to tab-separated text for an improvement and recovery "
                "board: Runnymede Borough Council, Period 6 2025/26 (no URL; modelled on council improvement "
                "programme highlight reports such as those for Woking, Spelthorne and Thurrock). Copied features: "
                "title and reporting-period lines, overall programme RAG, a RAG key line, a summary count line, "
                "workstream heading lines each followed by a repeated column header, refs FS/GC/CS, previous and "
                "current RAG letters, a continuation line carrying the rest of one action's text, a 'decisions "
                "and escalations' bullet list and a next-report line."),
        reads=("Nine milestones in three workstreams, each row giving ref, action, lead, due date, previous and "
               "current RAG and commentary; the status is the current RAG (B = complete, blank = unrated). GC2's "
               "action wraps onto a continuation line. The key, summary and decisions lines are not actions."),
        outcome="read", title=RUNNY_TITLE)
    write_expected(RUNNY_NAME, meta, acts)


if __name__ == "__main__":
    make_custody()
    make_swindon()
    make_dundee()
    make_newport()
    make_gwynedd()
    line = make_stroud()
    make_runnymede()
    print("built; stroud refuse line", line)
