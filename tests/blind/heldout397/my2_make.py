"""Build the seven my2- blind cases (data file + NAME.expected.yaml) for set heldout397.

Run with /work/main/.venv/bin/python my2_make.py (openpyxl, python-docx, pyyaml).
Each file's content and its expected reading come from the same data below, so the
expected text is the file's text character for character.
"""
import csv
import datetime as dt
import io
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

FILLS = {
    "blue": "0070C0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "BFBFBF",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


class Quoted(str):
    pass


yaml.SafeDumper.add_representer(
    Quoted, lambda dumper, v: dumper.represent_scalar("tag:yaml.org,2002:str", v, style='"'))


def write_yaml(name, meta, actions=None):
    doc = {}
    doc["source"] = meta["source"]
    doc["reads"] = meta["reads"]
    doc["outcome"] = meta["outcome"]
    doc["accept_refusal"] = meta.get("accept_refusal", False)
    if "refuse_at" in meta:
        doc["refuse_at"] = meta["refuse_at"]
    if meta.get("title") is not None:
        doc["title"] = meta["title"]
    if actions is not None:
        out = []
        for a in actions:
            d = {
                "ref": None if a["ref"] is None else Quoted(a["ref"]),
                "under": a["under"],
                "action": a["action"],
                "lead": a["lead"],
                "end": None if a["end"] is None else Quoted(a["end"]),
            }
            if a.get("end_text"):
                d["end_text"] = a["end_text"]
            d["status"] = a["status"]
            out.append(d)
        doc["actions"] = out
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Adra (Tai) Cyf – Welsh Government regulatory judgement improvement plan (xlsx)
# ---------------------------------------------------------------------------
def make_adra():
    name = "my2-adra-tai-cyf-regulatory-judgement-improvement-plan.xlsx"
    title = "Adra (Tai) Cyf – Regulatory Improvement Plan 2025–26"
    S1 = "Standard 1 – Leadership, governance and culture"
    S2 = "Standard 2 – Tenant voice and services"
    S3 = "Standard 3 – Financial viability and risk"
    F1 = ("Finding 1: The Board does not yet receive sufficiently robust assurance on compliance "
          "with landlord health and safety requirements.")
    F2 = ("Finding 2: Board skills and succession planning have not kept pace with the "
          "association's growth and development programme.")
    F3 = ("Finding 3: Tenants are not consistently able to influence decisions, and the "
          "performance information shared with tenants is limited.")
    F4 = ("Finding 4: Handling of damp and mould reports is inconsistent, with limited oversight "
          "of repeat cases.")
    F5 = ("Finding 5: Stress testing of the 30-year business plan does not yet model combined "
          "downside scenarios, including the cost of meeting WHQS 2023.")
    # (ref, action, lead cell, lead list, original, revised, progress, status, end, end_text)
    rows = [
        ("S", S1), ("F", F1),
        ("1.1", "Introduce a monthly compliance dashboard for the Board covering the ‘Big 6’ "
                "(gas, electrical, fire, water, asbestos and lifts), with exception reporting "
                "against agreed tolerances.",
         "Director of Assets", ["Director of Assets"], d(2025, 4, 30), None,
         "Dashboard received by the Board from April 2025; tolerances agreed in May.",
         "blue", "2025-04", None),
        ("1.2", "Commission an independent audit of fire risk assessment data and remedial "
                "actions, and report the findings to the Audit & Risk Committee.",
         "Head of Compliance / Head of Governance", ["Head of Compliance", "Head of Governance"],
         d(2025, 9, 30), None,
         "Auditor appointed in June; fieldwork under way across the Gwynedd and Anglesey stock.",
         "green", "2025-09", None),
        ("F", F2),
        ("1.3", "Complete an externally facilitated Board effectiveness review and agree a Board "
                "development plan.",
         "Chair / Company Secretary", ["Chair", "Company Secretary"], d(2025, 3, 31), d(2025, 6, 30),
         "Review reported to the Board in June 2025; development plan approved.",
         "blue", "2025-06", None),
        ("1.4", "Recruit two co-optees with asset management and housing finance expertise.",
         "Company Secretary", ["Company Secretary"], d(2025, 3, 31), d(2025, 10, 31),
         "One co-optee appointed (housing finance). Asset management role re-advertised.",
         "amber", "2025-10", None),
        ("S", S2), ("F", F3),
        ("2.1", "Co-design a new Tenant Engagement Framework with Llais Tenantiaid, including a "
                "tenant scrutiny panel with its own work programme.",
         "Head of Customer Experience", ["Head of Customer Experience"], "Q2 2025/26", None,
         "Three co-design workshops held; draft framework to Llais Tenantiaid in August.",
         "green", "2025-09", "Q2 2025/26"),
        ("2.2", "Publish quarterly tenant-facing performance reports in Welsh and English, "
                "covering repairs, complaints and tenant satisfaction measures.",
         "Head of Customer Experience; Performance & Insight Manager",
         ["Head of Customer Experience", "Performance & Insight Manager"], "July 2025", None,
         "First bilingual report published on the website and in the tenant newsletter.",
         "blue", "2025-07", None),
        ("F", F4),
        ("2.3", "Implement the revised Damp, Mould and Condensation Policy.\nTrain all front-line "
                "trades and housing officers on the new triage approach.",
         "Director of Assets", ["Director of Assets"], d(2025, 5, 31), d(2025, 9, 30),
         "Policy live from June. 64% of front-line staff trained; remaining sessions booked.",
         "amber", "2025-09", None),
        ("2.4", "Introduce a case review panel for repeat damp and mould reports (three or more "
                "in 12 months).",
         "Repairs & Maintenance Manager", ["Repairs & Maintenance Manager"],
         "Ongoing – monthly panel", None,
         "Panel meeting monthly since March; 41 cases reviewed.",
         "green", None, "Ongoing – monthly panel"),
        ("S", S3), ("F", F5),
        ("3.1", "Update the business plan stress tests to include multi-variate scenarios and the "
                "cost of meeting WHQS 2023, and agree mitigation plans with the Board.",
         "Director of Finance", ["Director of Finance"], d(2025, 3, 31), None,
         "Completed and approved with the 2025/26 business plan.",
         "blue", "2025-03", None),
        ("3.2", "Refresh the Treasury Management Strategy and golden rules.",
         "Director of Finance / Treasury Manager", ["Director of Finance", "Treasury Manager"],
         "Mar-26", None, "", None, "2026-03", None),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16, color="1F4E79")
    cov["A2"] = "Cynllun Gwella Rheoleiddiol 2025–26"
    cov["A2"].font = Font(italic=True, size=12, color="1F4E79")
    cov["A3"] = ("Response to the Welsh Government Regulatory Judgement for Governance and "
                 "Financial Viability published on 28 November 2024.")
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    dc = [("Version", "1.3"), ("Owner", "Director of Corporate Services"),
          ("Approved by", "Board, 29 January 2025"), ("Last updated", "31 July 2025"),
          ("Next review", "Audit & Risk Committee, September 2025")]
    for i, (k, v) in enumerate(dc, start=6):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        cov.cell(i, 1).border = BOX
        cov.cell(i, 2).border = BOX
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 48

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Regulatory Improvement Plan – progress at 31 July 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Status is shown by cell colour – see the Key sheet."
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Action", "Lead", "Original target", "Revised target",
             "Progress update – July 2025", "Status"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E79")
        cell.border = BOX
        cell.alignment = WRAP
    r = 5
    actions = []
    cur_s = cur_f = None
    for row in rows:
        if row[0] == "S":
            cur_s = row[1]
            ws.cell(r, 1, row[1]).font = Font(bold=True, color="FFFFFF")
            ws.cell(r, 1).fill = fill("2E75B6")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        elif row[0] == "F":
            cur_f = row[1]
            ws.cell(r, 1, row[1]).font = Font(italic=True)
            ws.cell(r, 1).fill = fill("DDEBF7")
            ws.cell(r, 1).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 30
        else:
            ref, act, leadcell, leads, orig, rev, prog, st, end, end_text = row
            vals = [ref, act, leadcell, orig, rev, prog, None]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if st:
                ws.cell(r, 7).fill = fill(FILLS[st])
            actions.append(dict(ref=ref, under=[cur_s, cur_f], action=act, lead=leads, end=end,
                                end_text=end_text, status=st or "unrated"))
        r += 1
    for col, w in zip("ABCDEFG", [7, 60, 30, 15, 15, 50, 9]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Key")
    key["A1"] = "Status key"
    key["A1"].font = Font(bold=True)
    keyrows = [("blue", "Complete"), ("green", "On track"),
               ("amber", "Behind target – recovery action in place"),
               ("red", "Off track – escalated to the Board"), (None, "Not yet started")]
    for i, (col, txt) in enumerate(keyrows, start=2):
        if col:
            key.cell(i, 1).fill = fill(FILLS[col])
        key.cell(i, 1).border = BOX
        key.cell(i, 2, txt)
    key["A9"] = "Summary at 31 July 2025"
    key["A9"].font = Font(bold=True)
    summ = [("Complete", 4), ("On track", 3), ("Behind target", 2), ("Off track", 0),
            ("Not yet started", 1), ("Total actions", 10)]
    for i, (k, v) in enumerate(summ, start=10):
        key.cell(i, 1, k)
        key.cell(i, 2, v)
    key.column_dimensions["A"].width = 18
    key.column_dimensions["B"].width = 45
    wb.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates a Welsh housing association's Regulatory Improvement Plan drawn up after a "
                "Welsh Government regulatory judgement for governance and financial viability "
                "(2022 Regulatory Framework: judgements, self-evaluation and an improvement plan "
                "the Board commits to; see e.g. https://cartreficonwy.org/about-us/how-we-are-regulated/). "
                "Adra (Tai) Cyf, Gwynedd, 2025. Copied features: cover sheet with bilingual title "
                "and document-control table, plan sheet with standard rows and finding rows merged "
                "across the table above the actions, original and revised target columns, job titles "
                "as leads (two posts with / and ;), status shown only by fill colour with a separate "
                "Key sheet (blue complete) and a summary block."),
        reads=("A three-sheet workbook: a cover with the title and document control, the plan itself "
               "(three regulatory standards, each with one or two inspector-style findings and the "
               "actions answering them, status by colour only), and a key/summary sheet. Ten actions, "
               "refs 1.1 to 3.2; where a revised target is given it replaces the original."),
        outcome="read",
        title=title,
    )
    write_yaml(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 2. Hull and East Yorkshire CA – internal audit tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
def make_heyca():
    name = "my2-hull-and-east-yorkshire-ca-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"
    title = "Appendix 2: Internal Audit Recommendations Tracker"
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Hull and East Yorkshire Combined Authority"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Audit and Governance Committee – 12 February 2026"
    sm["A3"] = "Appendix 2: Internal Audit Recommendations Tracker"
    sm["A3"].font = Font(bold=True)
    hdr = ["Priority", "Total", "Implemented", "In progress", "Not yet due", "Overdue"]
    data = [("High", 3, 2, 0, 0, 1), ("Medium", 4, 2, 1, 1, 0), ("Low", 1, 0, 0, 1, 0),
            ("Total", 8, 4, 1, 2, 1)]
    for c, h in enumerate(hdr, start=1):
        sm.cell(5, c, h).font = Font(bold=True)
        sm.cell(5, c).border = BOX
    for i, row in enumerate(data, start=6):
        for c, v in enumerate(row, start=1):
            sm.cell(i, c, v).border = BOX
            if row[0] == "Total":
                sm.cell(i, c).font = Font(bold=True)
    sm.column_dimensions["A"].width = 14

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Internal Audit Recommendations Tracker – position at 31 January 2026"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("2025/26 internal audit reports. Priority: High = fundamental weakness; "
                "Medium = significant weakness; Low = housekeeping.")
    ws["A2"].font = Font(italic=True)
    heads = ["Audit (assurance opinion)", "Rec", "Priority", "Recommendation",
             "Agreed management action", "Responsible officer", "Agreed date", "Revised date",
             "Status", "Update"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill("D9D9D9")
        cell.border = BOX
        cell.alignment = WRAP
    recs = [
        ("Governance and Decision Making\n(Reasonable)", [
            (1, "High", "The Constitution should include a scheme of delegation for the Mayor and "
                        "the statutory officers.",
             "A revised scheme of delegation will be taken to the Combined Authority Board for "
             "approval.", "Monitoring Officer", d(2025, 9, 30), None, "Implemented",
             "Approved by the CA Board on 25 September 2025."),
            (2, "Medium", "A register of decisions taken under delegated powers should be "
                          "published.",
             "Officer decision notices will be published on the website within five working "
             "days.", "Democratic Services Manager", d(2025, 10, 31), d(2025, 11, 30),
             "Implemented", "Decision notices page live from November."),
        ]),
        ("Budgetary Control\n(Limited)", [
            (1, "High", "Budget holders should receive monthly monitoring reports and confirm "
                        "their forecasts.",
             "Monthly monitoring packs, signed off by budget holders, will be introduced from "
             "period 6.", "Director of Finance (Section 73 Officer)", d(2025, 9, 30),
             d(2025, 12, 31), "Implemented", "Sign-off in place from period 8."),
            (2, "Medium", "Virements should be approved in line with Financial Regulations and "
                          "recorded centrally.",
             "Finance will keep a virement log and report it to the Board each quarter.",
             "Head of Finance", d(2025, 12, 31), "Febuary 2026", "In progress",
             "Log set up; first quarterly report to the Board in February."),
            (3, "Low", "Budget monitoring guidance should be updated.",
             "The budget holder guidance will be refreshed and reissued.",
             "Finance Business Partner", d(2026, 3, 31), None, "Not yet due", ""),
        ]),
        ("Adult Skills Fund Grant Assurance\n(Substantial)", [
            (1, "Medium", "Provider monitoring visits should be recorded on a single schedule.",
             "A single provider monitoring schedule will be kept by the Skills team.",
             "Adult Skills Fund Manager", d(2026, 1, 31), None, "Implemented",
             "Schedule in use since December."),
        ]),
        ("Cyber Security and IT Controls\n(Limited)", [
            (1, "High", "Multi-factor authentication should be enforced for all remote access.",
             "MFA will be enforced on all remote access accounts, including those of contractors.",
             "Head of Digital & ICT", d(2025, 10, 31), d(2026, 1, 31), "Overdue",
             "Contractor accounts outstanding; new date to be agreed."),
            (2, "Medium", "An IT disaster recovery plan should be documented and tested.",
             "An IT disaster recovery plan will be written and a test carried out.",
             "Head of Digital & ICT", d(2026, 3, 31), None, "Not yet due", ""),
        ]),
    ]
    r = 5
    typo_row = None
    for audit, items in recs:
        start = r
        for (no, pr, rec, act, off, agreed, revised, status, upd) in items:
            vals = [audit if r == start else None, no, pr, rec, act, off, agreed, revised, status,
                    upd]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd-mmm-yy"
            if revised == "Febuary 2026":
                typo_row = r
            colour = {"Implemented": "C6EFCE", "In progress": "FFEB9C", "Overdue": "FFC7CE",
                      "Not yet due": None}[status]
            if colour:
                ws.cell(r, 9).fill = fill(colour)
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    for col, w in zip("ABCDEFGHIJ", [26, 5, 9, 45, 45, 26, 12, 12, 13, 40]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates an internal audit recommendations tracker appended to a combined "
                "authority's Audit and Governance Committee papers (Hull and East Yorkshire Combined "
                "Authority, 2025/26), in the usual committee-paper form: summary sheet of counts by "
                "priority and status, then a tracker with the audit name and assurance opinion "
                "merged down beside its recommendations, priority, agreed management action, "
                "responsible officer, agreed and revised dates, status and update (cf. council "
                "audit committee recommendation-tracking reports with target and revised target "
                "completion dates)."),
        reads=("A two-sheet workbook: a summary of eight recommendations by priority and a tracker of "
               "the agreed management actions from four 2025/26 audits. On the Tracker sheet, row 8 "
               "(Budgetary Control rec 2, virement log) has the revised date typed as ‘Febuary 2026’, "
               "a mistyped month; a careful reader would stop and ask what date was meant."),
        outcome="refuse",
        refuse_at=typo_row,
        title=title,
    )
    write_yaml(name, meta, None)
    return name, 0


# ---------------------------------------------------------------------------
# 3. Shropshire Council – ASC preparation for assurance peer challenge action plan (xlsx)
# ---------------------------------------------------------------------------
def make_shropshire():
    name = "my2-shropshire-council-asc-lga-peer-challenge-action-plan.xlsx"
    title = ("Shropshire Council – Adult Social Care Preparation for Assurance Peer Challenge "
             "(November 2023)")
    T1 = "Theme 1: Working with people"
    T2 = "Theme 2: Providing support"
    T3 = "Theme 3: Ensuring safety"
    T4 = "Theme 4: Leadership"
    R1 = ("Reduce the number of people waiting for a Care Act assessment and set out a clear "
          "trajectory, reported monthly to the Adult Social Care Leadership Team.")
    R2 = ("Strengthen support for unpaid carers, including the offer of carers’ assessments and "
          "respite.")
    R3 = ("Develop a market sustainability plan that addresses gaps in domiciliary care in rural "
          "areas and in nursing care for people living with dementia.")
    R4 = "Make greater use of technology enabled care (TEC) to support independence."
    R5 = ("Improve the timeliness of safeguarding enquiries and the recording of Making "
          "Safeguarding Personal outcomes.")
    R6 = ("Develop a clear narrative and self-assessment that tells Shropshire’s adult social care "
          "story, owned by staff and partners.")
    # theme -> list of (rec, [actions]) ; action = (ref, text, leadcell, leads, timescale, update, rag, end, end_text)
    plan = [
        (T1, [
            (R1, [
                ("1.1", "Introduce a central triage and waiting list management process, with "
                        "risk-rated contact for everyone waiting over 28 days.",
                 "Service Manager – Front Door", ["Service Manager – Front Door"],
                 "Jan 2024 – Apr 2024", "Triage hub live from February; all people waiting "
                 "over 28 days contacted.", "Complete", "2024-04", "Jan 2024 – Apr 2024"),
                ("1.2", "Set a waiting list reduction trajectory and publish it in the monthly ASC "
                        "performance report.",
                 "Head of Operations & Performance Lead", ["Head of Operations", "Performance Lead"],
                 "Mar 2024", "Trajectory agreed; waiting list down from 612 to 398.",
                 "Complete", "2024-03", None),
            ]),
            (R2, [
                ("1.3", "Recommission the all-age carers’ support service, with a target of 20% "
                        "more carers’ assessments completed in 2024/25.",
                 "Commissioning Manager (Carers)", ["Commissioning Manager (Carers)"],
                 "Sept 2024", "Tender evaluation complete; contract award due August.",
                 "Green", "2024-09", None),
            ]),
        ]),
        (T2, [
            (R3, [
                ("2.1", "Complete a rural domiciliary care market review and agree a zoned "
                        "commissioning model.",
                 "AD Commissioning", ["AD Commissioning"], "Dec 2024 (revised Mar 2025)",
                 "Provider engagement slower than planned; revised date agreed by ASC "
                 "Leadership Team.", "Amber", "2025-03", "Dec 2024 (revised Mar 2025)"),
                ("2.2", "Commission additional dementia nursing beds through a block contract.",
                 "AD Commissioning", ["AD Commissioning"], "Mar 2025",
                 "No compliant bids received; options paper to Cabinet in July.", "Red",
                 "2025-03", None),
            ]),
            (R4, [
                ("2.3", "Launch the TEC-first offer at hospital discharge and in reablement.",
                 "Head of Enablement / TEC Lead", ["Head of Enablement", "TEC Lead"], "Jul 2024",
                 "Pilot at the Royal Shrewsbury discharge hub from June.", "Green", "2024-07",
                 None),
            ]),
        ]),
        (T3, [
            (R5, [
                ("3.1", "Embed the revised Section 42 enquiry pathway and audit 10% of enquiries "
                        "each quarter.",
                 "Head of Adult Safeguarding", ["Head of Adult Safeguarding"],
                 "Ongoing – quarterly audit", "Q4 audit: 78% of enquiries completed within "
                 "timescale (target 80%).", "Green", None, "Ongoing – quarterly audit"),
                ("3.2", "Add Making Safeguarding Personal outcome fields to the case management "
                        "system and report compliance monthly.",
                 "Principal Social Worker", ["Principal Social Worker"], "Jun 2024",
                 "Fields added in May; first monthly report in June.", "Complete", "2024-06",
                 None),
            ]),
        ]),
        (T4, [
            (R6, [
                ("4.1", "Complete and publish the ASC self-assessment, and refresh it every six "
                        "months.",
                 "Executive Director of People; Assistant Director Adult Social Care",
                 ["Executive Director of People", "Assistant Director Adult Social Care"],
                 "Feb 2024", "Published February 2024; first refresh in August.", "Complete",
                 "2024-02", None),
                ("4.2", "Run staff and partner engagement sessions on the self-assessment "
                        "(‘Our Story’).",
                 "Principal Social Worker", ["Principal Social Worker"], "Apr–Jun 2024",
                 "Nine sessions held with 240 staff and partners.", "Green", "2024-06",
                 "Apr–Jun 2024"),
            ]),
        ]),
    ]
    ragfill = {"Complete": "8EA9DB", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}
    ragstatus = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}

    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Action Plan – progress update June 2024"
    ws["A2"].font = Font(bold=True, size=12)
    heads = ["Ref", "Peer team recommendation", "Action", "Lead", "Timescale", "Progress update",
             "RAG"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("385723")
        cell.border = BOX
        cell.alignment = WRAP
    r = 5
    actions = []
    for theme, recs in plan:
        ws.cell(r, 1, theme).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("E2EFDA")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for rec, acts in recs:
            start = r
            for (ref, text, leadcell, leads, ts, upd, rag, end, end_text) in acts:
                vals = [ref, rec if r == start else None, text, leadcell, ts, upd, rag]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(r, c, v)
                    cell.border = BOX
                    cell.alignment = WRAP
                ws.cell(r, 7).fill = fill(ragfill[rag])
                actions.append(dict(ref=ref, under=[theme, rec], action=text, lead=leads, end=end,
                                    end_text=end_text, status=ragstatus[rag]))
                r += 1
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "RAG key: Complete – action delivered | Green – on track | Amber – some "
                  "slippage, recovery plan in place | Red – off track, escalated to the ASC "
                  "Leadership Team")
    ws.cell(r, 1).font = Font(italic=True)
    ws.cell(r + 1, 1, "Notes: this plan is monitored monthly by the ASC Assurance Board and "
                      "reported to the People Overview Committee each quarter.")
    ws.cell(r + 1, 1).font = Font(italic=True)
    for col, w in zip("ABCDEFG", [6, 40, 50, 28, 18, 45, 10]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates a council's action plan responding to an LGA Adult Social Care Preparation "
                "for Assurance Peer Challenge (programme launched 2022 to prepare councils for CQC "
                "assessment; feedback reports at https://www.local.gov.uk/our-support/council-"
                "assurance-and-peer-challenge/peer-challenges-we-offer/ ). Shropshire Council, "
                "peer challenge November 2023, progress June 2024. Copied features: the four CQC "
                "assessment themes as full-width rows, the peer team recommendation merged down "
                "beside its actions, job-title leads (two posts joined with &, / or ;), a "
                "timescale column holding periods, an original-and-revised date in one cell and "
                "‘Ongoing’, RAG words with fill, and a RAG key and notes lines under the table."),
        reads=("One sheet: title and update date, then four themes, each with one or two peer team "
               "recommendations and the council's numbered actions (1.1 to 4.2) with lead, "
               "timescale, progress update and RAG. Ten actions; a key and a notes line follow "
               "the table."),
        outcome="read",
        title=title,
    )
    write_yaml(name, meta, actions)
    return name, len(actions)


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


def set_cell(cell, text, bold=False, italic=False):
    """Write text into a cell; '\n' starts a new paragraph."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    run.italic = italic
    for part in parts[1:]:
        p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.italic = italic


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Tayside Contracts – annual audit report action plan (docx)
# ---------------------------------------------------------------------------
def make_tayside():
    name = "my2-tayside-contracts-joint-committee-annual-audit-report-2024-25-action-plan.docx"
    title = "Tayside Contracts: 2024/25 Annual Audit Report Action Plan – Progress Update"
    items = [
        ("1", "Medium-term financial planning",
         "The medium-term financial plan does not yet set out how the forecast funding gap of "
         "£2.1 million by 2027/28 will be closed. Without clear savings plans there is a risk "
         "that reserves are used to balance the budget.",
         "Management should develop a medium-term financial strategy that identifies specific "
         "savings and income measures to close the forecast funding gap.",
         "A refreshed Medium-Term Financial Strategy 2026/27 – 2028/29 will be presented to the "
         "Joint Committee, with savings options identified by service area.",
         "Treasurer to the Joint Committee", ["Treasurer to the Joint Committee"], "March 2026",
         "On track", "2026-03", None),
        ("2", "Fleet replacement programme",
         "The fleet replacement programme has slipped, with 38% of heavy vehicles now beyond "
         "their planned replacement age. This increases maintenance costs and the risk of "
         "breakdown during winter maintenance.",
         "Management should revise the fleet replacement programme, align it to the capital plan "
         "and decarbonisation targets, and report progress to the Joint Committee.",
         "The fleet replacement programme will be re-profiled and aligned with the 2026/27 "
         "capital plan.\nQuarterly progress reports will be provided to the Joint Committee.",
         "Fleet Manager / Head of Finance", ["Fleet Manager", "Head of Finance"],
         "31 March 2026", "On track", "2026-03", None),
        ("3", "Payroll standing data",
         "Our testing found that changes to employee standing data were not independently "
         "reviewed in 4 of the 25 cases sampled.",
         "Management should ensure that all changes to payroll standing data are independently "
         "checked before the payroll run.",
         "A monthly exception report of standing data changes will be reviewed and signed off "
         "by the Payroll Team Leader before each payroll run.",
         "HR and Payroll Manager", ["HR and Payroll Manager"], "October 2025", "Complete",
         "2025-10", None),
        ("4", "Standing Orders and Scheme of Delegation",
         "The Standing Orders and Scheme of Delegation were last reviewed in 2019 and do not "
         "reflect the current management structure.",
         "The Standing Orders and Scheme of Delegation should be reviewed and updated.",
         "A review of the Standing Orders, Scheme of Delegation and Financial Regulations will be "
         "completed and presented to the Joint Committee for approval.",
         "Clerk to the Joint Committee", ["Clerk to the Joint Committee"], "June 2026",
         "Not started", "2026-06", None),
        ("5", "Performance reporting and Best Value",
         "Performance reports to the Joint Committee focus on the financial outturn and contain "
         "little information on service quality or customer outcomes.",
         "Management should develop a performance framework that includes service quality and "
         "customer measures, and benchmark against comparable providers.",
         "A balanced performance scorecard covering roads maintenance, school catering, "
         "cleaning and fleet will be developed with the three constituent councils.",
         "Managing Director", ["Managing Director"],
         "December 2025 (revised from September 2025)", "Behind schedule", "2025-12",
         "December 2025 (revised from September 2025)"),
        ("6", "Cyber security",
         "Tayside Contracts has not yet achieved Cyber Essentials Plus accreditation, and the "
         "last cyber incident response exercise was held in 2022.",
         "Management should progress Cyber Essentials Plus accreditation and test the cyber "
         "incident response plan annually.",
         "The Cyber Essentials Plus assessment will be completed, and a cyber incident tabletop "
         "exercise held with the Dundee City Council ICT service.",
         "ICT Manager; Business Continuity Officer", ["ICT Manager", "Business Continuity Officer"],
         "Q4 2025/26", "On track", "2026-03", "Q4 2025/26"),
    ]
    key = [("Complete", "DEEAF6", "Blue – action complete and evidenced"),
           ("On track", "C5E0B3", "Green – progressing to the agreed date"),
           ("Behind schedule", "FFE599", "Amber – date at risk or revised"),
           ("Not started", "E7E6E6", "Grey – not yet due to start")]
    statusmap = {"Complete": "blue", "On track": "green", "Behind schedule": "amber",
                 "Not started": "unrated"}
    shademap = {k: s for k, s, _ in key}

    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Report to the Tayside Contracts Joint Committee – 8 December 2025")
    doc.add_paragraph("Report by the Managing Director and the Treasurer to the Joint Committee")

    doc.add_heading("Document control", level=1)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Author", "Changes"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
    for row in [("0.1", "14/10/2025", "Business Support Manager", "First draft for management team"),
                ("1.0", "24/11/2025", "Treasurer to the Joint Committee", "Final for Joint Committee")]:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v)

    doc.add_heading("1. Purpose", level=1)
    doc.add_paragraph(
        "The external auditor’s 2024/25 Annual Audit Report to the Joint Committee and the "
        "Controller of Audit was presented on 29 September 2025. Appendix 1 of that report set out "
        "six recommendations and the management actions agreed in response. This paper reports "
        "progress against each agreed action.")
    doc.add_heading("2. Status key", level=1)
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for k, s, txt in key:
        cells = kt.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], s)
        set_cell(cells[1], txt)

    doc.add_heading("3. Appendix 1 – 2024/25 action plan", level=1)
    at = doc.add_table(rows=1, cols=7)
    at.style = "Table Grid"
    heads = ["No.", "Issue / risk", "Recommendation", "Agreed management action",
             "Responsible officer", "Target date", "Status"]
    for c, h in enumerate(heads):
        set_cell(at.rows[0].cells[c], h, bold=True)
        shade(at.rows[0].cells[c], "BDD7EE")
    actions = []
    for (no, issue, risk, rec, act, leadcell, leads, target, status, end, end_text) in items:
        cells = at.add_row().cells
        set_cell(cells[0], no)
        cells[1].text = ""
        cells[1].paragraphs[0].add_run(issue).bold = True
        cells[1].add_paragraph(risk)
        set_cell(cells[2], rec)
        set_cell(cells[3], act)
        set_cell(cells[4], leadcell)
        set_cell(cells[5], target)
        set_cell(cells[6], status)
        shade(cells[6], shademap[status])
        actions.append(dict(ref=no, under=[issue, rec], action=act, lead=leads, end=end,
                            end_text=end_text, status=statusmap[status]))
    doc.add_paragraph("")
    doc.add_heading("4. Recommendation", level=1)
    doc.add_paragraph("The Joint Committee is asked to note the progress made against the agreed "
                      "actions.")
    doc.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates a Scottish joint committee's progress report on the action plan in its "
                "external auditor's Annual Audit Report (audits appointed by the Accounts "
                "Commission; Audit Scotland-style Appendix 1 action plan with ‘Issue/risk’, "
                "‘Recommendation’ and ‘Agreed management action/timing’). Tayside Contracts Joint "
                "Committee, 2024/25 audit, report December 2025. Copied features: title, covering "
                "paragraphs, document-control table, status-key table with shading, action plan "
                "table whose issue/risk cell holds a bold title above its description, a two-"
                "paragraph agreed action, job-title responsible officers (two posts with / and ;), "
                "a revised date written in the date cell, financial-year quarter and status words "
                "defined by the key (Behind schedule = amber)."),
        reads=("A committee paper: title, document control, purpose, a status key, then one action "
               "table of six audit recommendations (numbered 1–6), each with its issue, the "
               "auditor's recommendation, the agreed management action, responsible officer, "
               "target date and status. Six actions."),
        outcome="read",
        title=title,
    )
    write_yaml(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 5. Aberdeenshire – Education Scotland CLD progress visit improvement plan (docx)
# ---------------------------------------------------------------------------
def make_aberdeenshire():
    name = "my2-aberdeenshire-council-education-scotland-cld-inspection-improvement-plan.docx"
    title = ("Aberdeenshire CLD Partnership: Education Scotland Progress Visit Improvement Plan "
             "2024–25")
    afds = [
        ("Area for development 1",
         "CLD partners should develop a shared approach to self-evaluation and make better use of "
         "data to demonstrate the impact of CLD on learners and communities.",
         [
             ("Establish a CLD self-evaluation working group and agree a shared self-evaluation "
              "calendar using How good is our community learning and development? (HGIOCLD).",
              "CLD Manager", ["CLD Manager"], "June 2024",
              "Working group meets six-weekly; calendar agreed", "Group formed May 2024; "
              "calendar agreed at June meeting.", "Complete", "2024-06", None),
             ("Develop a shared outcomes dashboard drawing on youth work, adult learning and "
              "community development data.",
              "Policy & Performance Officer\nCLD Team Leader (Adult Learning)",
              ["Policy & Performance Officer", "CLD Team Leader (Adult Learning)"],
              "December 2024", "Dashboard used by all three Area CLD Partnerships",
              "Data-sharing agreement with third sector partners delayed; prototype in use.",
              "Amber", "2024-12", None),
             ("Publish an annual CLD impact report for the Communities Committee.",
              "CLD Manager", ["CLD Manager"], "March 2025", "Report considered by Committee",
              "Drafting to begin January 2025.", "Green", "2025-03", None),
         ]),
        ("Area for development 2",
         "The CLD Strategic Partnership should strengthen the involvement of learners and "
         "community organisations in planning, delivering and evaluating the CLD Plan.",
         [
             ("Recruit and support learner representatives to sit on each of the three Area CLD "
              "Partnership groups.",
              "Community Learning Workers (North, Central and South)",
              ["Community Learning Workers (North, Central and South)"], "Autumn term 2024",
              "At least two learner representatives on each group",
              "Five representatives recruited; induction in October.", "Green", "2024-12",
              "Autumn term 2024"),
             ("Hold an annual CLD Partnership conference with learners, volunteers and community "
              "organisations to review progress on the CLD Plan.",
              "Chair, CLD Strategic Partnership", ["Chair, CLD Strategic Partnership"],
              "Annually", "Conference held; actions fed into the plan review",
              "First conference booked for 22 February 2025 in Inverurie.", "Green", None,
              "Annually"),
             ("Co-produce the consultation on the 2024–27 CLD Plan with young people through the "
              "Aberdeenshire Youth Forum.",
              "Youth Work Team Leader", ["Youth Work Team Leader"], "September 2024",
              "Young people’s priorities reflected in the new plan",
              "Plan published September 2024 with a youth summary.", "Complete", "2024-09",
              None),
         ]),
        ("Area for development 3",
         "Senior leaders should ensure that the CLD workforce, including volunteers and staff in "
         "partner organisations, has access to high-quality professional learning.",
         [
             ("Carry out a CLD workforce learning needs analysis across council and third sector "
              "partners.",
              "CLD Workforce Development Officer", ["CLD Workforce Development Officer"],
              "31/10/2024", "Analysis completed with 80% response rate",
              "Completed; 212 responses (84%).", "Complete", "2024-10", None),
             ("Develop a shared professional learning calendar, including support for CLD "
              "Standards Council registration and a volunteer induction programme.",
              "CLD Workforce Development Officer & Volunteer Co-ordinator",
              ["CLD Workforce Development Officer", "Volunteer Co-ordinator"], "April 2025",
              "Calendar published; 30 new registrations",
              "Calendar drafted; volunteer induction not yet scheduled.", "Red", "2025-04",
              None),
         ]),
    ]
    ragshade = {"Complete": "9DC3E6", "Green": "A8D08D", "Amber": "FFD966", "Red": "FF8B8B"}
    ragstatus = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}

    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Progress update – November 2024")

    doc.add_heading("Document control", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Owner", "CLD Manager, Aberdeenshire Council"),
                 ("Approved", "CLD Strategic Partnership, 14 May 2024"),
                 ("Version", "2.1 (November 2024 update)"),
                 ("Reporting", "Communities Committee, six-monthly")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)

    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "HM Inspectors of Education carried out a progress visit to Aberdeenshire Council and its "
        "CLD partners in February 2024. The report, published in April 2024, identified strengths "
        "in partnership working and the youth work offer, and three areas for development. This "
        "plan sets out the actions partners have agreed in response.")
    doc.add_paragraph(
        "RAG status: Red – not progressing; Amber – progressing with some delay; Green – on track; "
        "Complete – action achieved.")

    actions = []
    for head, text, acts in afds:
        doc.add_heading(head, level=1)
        p = doc.add_paragraph()
        p.add_run(text).italic = True
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        heads = ["Action", "Lead", "By when", "Measure of success",
                 "Progress update (November 2024)", "RAG"]
        for c, h in enumerate(heads):
            set_cell(tb.rows[0].cells[c], h, bold=True)
            shade(tb.rows[0].cells[c], "D9E2F3")
        for (act, leadcell, leads, when, measure, upd, rag, end, end_text) in acts:
            cells = tb.add_row().cells
            for c, v in enumerate([act, leadcell, when, measure, upd, rag]):
                set_cell(cells[c], v)
            shade(cells[5], ragshade[rag])
            actions.append(dict(ref=None, under=[text], action=act, lead=leads, end=end,
                                end_text=end_text, status=ragstatus[rag]))
        doc.add_paragraph("")

    doc.add_heading("Glossary", level=1)
    g = doc.add_table(rows=0, cols=2)
    g.style = "Table Grid"
    for k, v in [("CLD", "Community learning and development"),
                 ("HGIOCLD", "How good is our community learning and development?"),
                 ("HMIE", "HM Inspectors of Education (Education Scotland)")]:
        cells = g.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates a local authority CLD partnership's improvement plan after an Education "
                "Scotland (HM Inspectors of Education) CLD progress visit of the 2023/24 programme "
                "(https://education.gov.scot/inspection-and-review/hm-chief-inspector-reports-and-"
                "guidance/inspection-and-review-guidance/other-sectors/community-learning-and-"
                "development-inspections/). Aberdeenshire CLD Partnership, visit February 2024, "
                "update November 2024. Copied features: title and update line, document-control "
                "table, RAG key as a sentence, one section per area for development (a heading "
                "that only names the part, then the area for development text in italics, then "
                "its own table), actions without numbers, two leads on separate lines or joined "
                "by &, a job title containing a comma, a school term and ‘Annually’ as dates, and "
                "a glossary table at the end."),
        reads=("A Word plan: title, document control, introduction with a RAG key, then three "
               "areas for development, each followed by a table of unnumbered actions with lead, "
               "by when, measure, progress and RAG, then a glossary. Eight actions, read under the "
               "text of the area for development they answer."),
        outcome="read",
        title=title,
    )
    write_yaml(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 6. GMCA – strategic risk register (csv)
# ---------------------------------------------------------------------------
def make_gmca():
    name = "my2-greater-manchester-combined-authority-strategic-risk-register-q2-2025-26.csv"
    title = "GMCA Strategic Risk Register - Q2 2025/26 (position at 30 September 2025)"
    risks = [
        ("SR01 – Failure to set and maintain a balanced budget across the GMCA and its family of "
         "bodies over the medium term", "Treasurer", "16 (4x4)", "9", "Stable", [
             ("SR01.1", "Refresh the Medium-Term Financial Plan to reflect the 2025 Spending Review "
                        "and the Integrated Settlement allocations", "Treasurer", ["Treasurer"],
              "31/12/2025", "", "G", "2025-12", None, "green"),
             ("SR01.2", "Agree a financial resilience reserve policy for Bee Network bus "
                        "franchising and report it to the Audit Committee",
              "Deputy Treasurer; Director of Finance (TfGM)",
              ["Deputy Treasurer", "Director of Finance (TfGM)"], "30/09/2025", "31/03/2026", "A",
              "2026-03", None, "amber"),
         ]),
        ("SR02 – Cyber attack or major ICT failure leads to loss of data or disruption to GMCA "
         "services", "Chief Operating Officer", "20 (4x5)", "12", "Increasing", [
             ("SR02.1", "Complete the migration of legacy file servers to the secure cloud tenancy",
              "Director of Digital", ["Director of Digital"], "30/06/2025", "30/11/2025", "A",
              "2025-11", None, "amber"),
             ("SR02.2", "Hold a cyber incident response exercise with GMFRS and the Greater "
                        "Manchester Resilience Forum", "Head of Cyber Security",
              ["Head of Cyber Security"], "31/10/2025", "", "Complete", "2025-10", None, "blue"),
             ("SR02.3", "Mandatory cyber awareness training for all staff, refreshed annually",
              "Head of Cyber Security", ["Head of Cyber Security"], "Ongoing", "", "G", None,
              "Ongoing", "green"),
         ]),
        ("SR03 – Integrated Settlement outcomes are not delivered, reducing future funding "
         "flexibility", "Chief Executive", "12 (3x4)", "8", "Stable", [
             ("SR03.1", "Agree the Outcomes Framework monitoring arrangements with MHCLG and report "
                        "progress to the GMCA each quarter",
              "Director of Strategy, Research and Economy",
              ["Director of Strategy, Research and Economy"], "Q3 2025/26", "", "G", "2025-12",
              "Q3 2025/26", "green"),
         ]),
        ("SR04 – Housing delivery falls short of the Greater Manchester Strategy target of 75,000 "
         "homes, including 30,000 net zero social homes", "Director of Place", "15 (3x5)", "10",
         "Increasing", [
             ("SR04.1", "Re-profile the Brownfield Housing Fund pipeline and agree recovery plans "
                        "for stalled sites", "Director of Place / Head of Housing Delivery",
              ["Director of Place", "Head of Housing Delivery"], "31/08/2025", "31/12/2025", "R",
              "2025-12", None, "red"),
             ("SR04.2", "Launch the Greater Manchester Good Landlord Charter",
              "Head of Housing Strategy", ["Head of Housing Strategy"], "Sep-25", "", "Complete",
              "2025-09", None, "blue"),
         ]),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([title] + [""] * 10)
    w.writerow(["Exported from 4risk on 14/10/2025 09:12"] + [""] * 10)
    w.writerow([""] * 11)
    w.writerow(["Risk", "Risk Owner", "Current Score (LxI)", "Target Score", "Trend", "Action Ref",
                "Further Action Required", "Action Owner", "Due Date", "Revised Due Date",
                "Action RAG"])
    actions = []
    for (risk, owner, score, target, trend, acts) in risks:
        first = True
        for (ref, act, leadcell, leads, due, rev, rag, end, end_text, st) in acts:
            if first:
                w.writerow([risk, owner, score, target, trend, ref, act, leadcell, due, rev, rag])
                first = False
            else:
                w.writerow(["", "", "", "", "", ref, act, leadcell, due, rev, rag])
            actions.append(dict(ref=ref, under=[risk], action=act, lead=leads, end=end,
                                end_text=end_text, status=st))
    w.writerow([""] * 11)
    w.writerow(["Scoring: Likelihood (1-5) x Impact (1-5). Trend compares with Q1 2025/26."]
               + [""] * 10)
    w.writerow(["Action RAG: R = behind schedule, A = at risk, G = on track, Complete = action "
                "closed"] + [""] * 10)
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    meta = dict(
        source=("Imitates a combined authority's strategic risk register exported from a risk "
                "system to CSV for its Audit Committee (Greater Manchester Combined Authority, Q2 "
                "2025/26), in the common council form of risk, owner, current and target score "
                "(likelihood x impact), trend and further actions with owner, due date and RAG (cf. "
                "strategic risk register reports such as "
                "https://democracy.eastsussex.gov.uk/documents/s56868/Strategic%20Risk%20Monitoring%20-%20Quarter%203%202023.24.html). "
                "Copied features: title and export lines, blank line, risk columns filled only on "
                "the first action row of each risk, original and revised due dates, ‘Ongoing’, a "
                "financial-year quarter, RAG letters and ‘Complete’, a job title containing a "
                "comma, two owners joined by ; or /, and scoring/RAG notes lines at the end."),
        reads=("A CSV export: title, export stamp, a header row, then four strategic risks, each "
               "followed by its further mitigating actions (SR01.1 to SR04.2) with owner, due and "
               "revised due date and RAG, and two notes lines. Eight actions, each read under its "
               "risk; the revised due date, where given, is the end."),
        outcome="read",
        title=title,
    )
    write_yaml(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 7. Coventry City Council – improvement programme highlight report (txt, tab-separated)
# ---------------------------------------------------------------------------
def make_coventry():
    name = "my2-coventry-city-council-one-coventry-improvement-programme-highlight-report.txt"
    title = "One Coventry Improvement Programme – Highlight Report"
    W1 = "WS1 – Customer Experience & Digital"
    W2 = "WS2 – Workforce & Culture"
    W3 = "WS3 – Financial Sustainability"
    W4 = "WS4 – Assets & Accommodation"
    ms = [
        ("1.1", W1, "Launch the new customer contact platform for council tax and waste enquiries",
         "Head of Customer Services", ["Head of Customer Services"], "30/09/2025", "28/11/2025",
         "A", "Supplier data migration issue resolved; user testing restarted 3 November.",
         "2025-11", None, "amber"),
        ("1.2", W1, "Go live with online Blue Badge applications",
         "Head of Customer Services; Digital Services Manager",
         ["Head of Customer Services", "Digital Services Manager"], "31/07/2025", "31/07/2025",
         "C", "Live; 71% of applications now made online.", "2025-07", None, "blue"),
        ("1.3", W1, "Decommission the legacy CRM system", "Digital Services Manager",
         ["Digital Services Manager"], "31/03/2026", "31/03/2026", "G",
         "Archive solution agreed with Information Governance.", "2026-03", None, "green"),
        ("2.1", W2, "Launch the One Coventry behaviours framework and manager toolkit",
         "Director of HR", ["Director of HR"], "31/05/2025", "31/05/2025", "C",
         "Launched at the May leadership forum.", "2025-05", None, "blue"),
        ("2.2", W2, "Complete the senior leadership restructure (tier 3 appointments)",
         "Chief Executive / Director of HR", ["Chief Executive", "Director of HR"], "30/09/2025",
         "31/01/2026", "R", "Two of six tier 3 posts filled; second recruitment round under way.",
         "2026-01", None, "red"),
        ("3.1", W3, "Confirm 2026/27 budget savings proposals for public consultation",
         "Chief Operating Officer (Section 151)", ["Chief Operating Officer (Section 151)"],
         "30/11/2025", "30/11/2025", "G", "Proposals to Cabinet on 25 November.", "2025-11", None,
         "green"),
        ("3.2", W3, "Implement the new fees and charges policy", "Head of Finance",
         ["Head of Finance"], "TBC", "TBC", "", "Scoping to start in January 2026.", None, "TBC",
         "unrated"),
        ("4.1", W4, "Vacate and hand back floors 2 and 3 of Broadgate House", "Head of Property",
         ["Head of Property"], "31/12/2025", "31/03/2026", "A",
         "Decant of Adult Services teams delayed by IT cabling works.", "2026-03", None, "amber"),
        ("4.2", W4, "Submit the One Public Estate bid for co-location at Friargate",
         "Head of Property & Head of Planning Policy", ["Head of Property", "Head of Planning Policy"],
         "31/10/2025", "31/10/2025", "C", "Bid submitted 24 October.", "2025-10", None, "blue"),
    ]
    T = "\t"
    lines = [
        "Coventry City Council",
        title,
        "Reporting period: October 2025" + T + "Programme Board: 12 November 2025",
        "Programme Director: Head of Transformation",
        "Overall programme RAG: Amber",
        "",
        "WORKSTREAM SUMMARY",
        T.join(["Workstream", "Senior Responsible Officer", "Last period", "This period"]),
        T.join([W1, "Director of Customer Services", "A", "A"]),
        T.join([W2, "Director of HR", "A", "R"]),
        T.join([W3, "Chief Operating Officer (Section 151)", "G", "G"]),
        T.join([W4, "Director of Property Services", "G", "A"]),
        "",
        "KEY MILESTONES",
        T.join(["Ref", "Workstream", "Milestone", "Owner", "Baseline date", "Forecast date", "RAG",
                "Commentary"]),
    ]
    actions = []
    for (ref, ws, text, leadcell, leads, base, fc, rag, comm, end, end_text, st) in ms:
        lines.append(T.join([ref, ws, text, leadcell, base, fc, rag, comm]))
        if ref == "2.2":
            lines.append(T * 7 + "Interim cover in place for Housing and Transport; see risk R1.")
        actions.append(dict(ref=ref, under=[ws], action=text, lead=leads,
                            end=end, end_text=end_text, status=st))
    lines += [
        "",
        "RAG key: R = Red, A = Amber, G = Green, C = Complete",
        "",
        "KEY RISKS AND ISSUES",
        T.join(["ID", "Risk / issue", "Owner", "Rating", "Mitigation"]),
        T.join(["R1", "Delay in appointing tier 3 leaders slows delivery across workstreams",
                "Chief Executive", "16", "Interim arrangements; executive search agency engaged"]),
        T.join(["I1", "Cabling works at Broadgate House delayed by contractor availability",
                "Head of Property", "12", "Alternative contractor quote requested"]),
        "",
        "DECISIONS REQUIRED FROM PROGRAMME BOARD",
        "None this period.",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    meta = dict(
        source=("Imitates a council corporate improvement programme's monthly highlight report to "
                "its programme board, saved as a plain tab-separated text export (Coventry City "
                "Council, One Coventry improvement programme, October 2025). Copied features: "
                "header lines (council, report title, reporting period and board date, programme "
                "director, overall RAG), a workstream summary block with last/this period RAG, a "
                "milestones table with workstream on every row, baseline and forecast dates, RAG "
                "letters with a key that adds C = Complete, a commentary continuation line, TBC "
                "dates, two owners joined by ; / or &, then a risks and issues block and a "
                "decisions line."),
        reads=("A plain-text highlight report: header lines, a four-line workstream summary, then "
               "nine key milestones (refs 1.1 to 4.2) each under its workstream with owner, "
               "baseline and forecast dates, RAG and commentary, followed by a RAG key, a risks and "
               "issues block and a decisions line. The forecast date is the current end; the "
               "summary and risk rows are not actions."),
        outcome="read",
        title=title,
    )
    write_yaml(name, meta, actions)
    return name, len(actions)


def main():
    made = [make_adra(), make_heyca(), make_shropshire(), make_tayside(), make_aberdeenshire(),
            make_gmca(), make_coventry()]
    for n, k in made:
        print(f"{n}: {k} actions")


if __name__ == "__main__":
    main()
