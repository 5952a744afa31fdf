#!/usr/bin/env python3
"""Build the seven zbh- blind test files (set heldout762) and their expected readings.

Run with /work/main/.venv/bin/python zbh_make.py from any directory; files are written
beside this script. Only files whose names start with zbh- are written.
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
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
NAVY = "1F3864"
GREY = "D9D9D9"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def out(name):
    assert name.startswith("zbh-")
    return os.path.join(HERE, name)


def fill(hexcol):
    return PatternFill(fill_type="solid", start_color="FF" + hexcol, end_color="FF" + hexcol)


def d(y, m, day):
    return dt.datetime(y, m, day)


def write_expected(name, exp):
    """Write NAME.expected.yaml in a fixed key order."""
    order = ["source", "reads", "outcome", "accept_refusal", "refuse_at", "title", "actions"]
    doc = {k: exp[k] for k in order if k in exp}
    acts = []
    for a in doc.get("actions", []):
        b = {"ref": a["ref"], "under": a["under"], "action": a["action"], "lead": a["lead"],
             "end": a["end"]}
        if "end_text" in a:
            b["end_text"] = a["end_text"]
        b["status"] = a["status"]
        acts.append(b)
    if "actions" in doc:
        doc["actions"] = acts
    text = yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100000,
                          default_flow_style=False)
    with open(out(name) + ".expected.yaml", "w", encoding="utf-8") as f:
        f.write(text)


# ---------------------------------------------------------------------------------------------
# 1. Manningham Housing Association - governance effectiveness review action plan (xlsx)
# ---------------------------------------------------------------------------------------------
def make_manningham():
    name = "zbh-manningham-housing-association-governance-effectiveness-review-action-plan.xlsx"
    title = "Governance Effectiveness Review 2025 – Board Action Plan"
    TA = "Theme A – Board composition, skills and succession"
    TB = "Theme B – Tenant voice and the Consumer Standards"
    TC = "Theme C – Assurance, risk and compliance"
    R1 = ("Recommendation 1: The Board should refresh its skills matrix against the Consumer Standards "
          "and the Code, and use it to drive recruitment and succession planning for the Chair and "
          "committee chairs.")
    R2 = ("Recommendation 2: The Board should strengthen how it hears directly from tenants and how it "
          "gains assurance on compliance with the Consumer Standards.")
    R3 = ("Recommendation 3: The Board should obtain independent assurance over the accuracy of the "
          "stock condition and safety compliance data it receives.")
    R4 = ("Recommendation 4: The Audit & Risk Committee should review its remit and work plan against "
          "the NHF Code of Governance 2020.")
    # (kind, payload)
    rows = [
        ("theme", TA), ("rec", R1),
        ("act", dict(ref="1.1",
                     action="Refresh the Board skills matrix and complete individual skills self-assessments for all Board and committee members.",
                     lead_cell="Company Secretary", lead=["Company Secretary"],
                     orig=d(2025, 7, 31), rev=None, fillc=BLUE, status="blue", end="2025-07",
                     progress="Complete. Matrix approved by Governance & Remuneration Committee on 17 July 2025; gaps in asset management and digital skills identified.")),
        ("act", dict(ref="1.2",
                     action="Agree a Chair succession plan, including appointment of a Vice Chair who could succeed the Chair at the 2026 AGM.",
                     lead_cell="Chair / Chief Executive", lead=["Chair", "Chief Executive"],
                     orig=d(2025, 9, 30), rev=d(2025, 12, 31), fillc=AMBER, status="amber", end="2025-12",
                     progress="Vice Chair role profile agreed. Appointment deferred to the December Board so that new members can be considered.")),
        ("act", dict(ref="1.3",
                     action="Recruit two Board members with asset management and data/digital expertise, using targeted outreach in Bradford and Keighley communities and among tenants.",
                     lead_cell="Chief Executive", lead=["Chief Executive"],
                     orig=d(2025, 12, 31), rev=None, fillc=GREEN, status="green", end="2025-12",
                     progress="Recruitment pack live and search partner appointed. 14 expressions of interest received, 3 of them from tenants.")),
        ("theme", TB), ("rec", R2),
        ("act", dict(ref="2.1",
                     action="Establish a Tenant Scrutiny Panel with agreed terms of reference and a direct reporting line to the Board.",
                     lead_cell="Director of Housing Services", lead=["Director of Housing Services"],
                     orig=d(2025, 6, 30), rev=d(2025, 11, 30), fillc=RED, status="red", end="2025-11",
                     progress="Only 4 of 8 panel places filled. Further recruitment through the tenant newsletter and community events in October; revised date at risk.")),
        ("act", dict(ref="2.2",
                     action="Add a standing Consumer Standards assurance report to every Board agenda covering TSMs, complaints, damp and mould cases and building safety compliance.",
                     lead_cell="Director of Housing Services; Head of Governance",
                     lead=["Director of Housing Services", "Head of Governance"],
                     orig=d(2025, 7, 31), rev=None, fillc=BLUE, status="blue", end="2025-07",
                     progress="Complete – first report to Board in July 2025 and now a standing item.")),
        ("theme", TC), ("rec", R3),
        ("act", dict(ref="3.1",
                     action="Commission an independent audit of stock condition data and the six big compliance areas (gas, electrical, fire, water, asbestos and lifts), reporting to the Audit & Risk Committee.",
                     lead_cell="Director of Finance and Resources", lead=["Director of Finance and Resources"],
                     orig=d(2025, 10, 31), rev=None, fillc=GREEN, status="green", end="2025-10",
                     progress="Auditor appointed through the framework; fieldwork under way and report due to ARC on 6 November.")),
        ("act", dict(ref="3.2",
                     action="Revise the Board Assurance Framework so that each strategic risk shows its first, second and third line sources of assurance.",
                     lead_cell="Head of Governance", lead=["Head of Governance"],
                     orig=d(2026, 3, 31), rev=None, fillc=None, status="unrated", end="2026-03",
                     progress="Not started – to follow the risk appetite review in January 2026.")),
        ("rec", R4),
        ("act", dict(ref="4.1",
                     action="Review the Audit & Risk Committee terms of reference and annual work plan and recommend changes to the Board.",
                     lead_cell="Chair of Audit & Risk Committee", lead=["Chair of Audit & Risk Committee"],
                     orig=d(2025, 9, 30), rev=None, fillc=GREEN, status="green", end="2025-09",
                     progress="Draft terms of reference agreed by ARC on 25 September; to Board for approval on 14 October.")),
    ]

    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Manningham Housing Association"
    cover["A1"].font = Font(bold=True, size=16, color=NAVY)
    cover["A2"] = title
    cover["A2"].font = Font(bold=True, size=13)
    cover["A4"] = "Document control"
    cover["A4"].font = Font(bold=True)
    dc = [
        ("Document owner", "Company Secretary"),
        ("Version", "1.4"),
        ("Position at", "30 September 2025"),
        ("First approved", "Board, 22 May 2025 (v1.0)"),
        ("Next report", "Board, 14 October 2025"),
        ("Source", "Independent review of governance effectiveness, final report March 2025"),
    ]
    for i, (k, v) in enumerate(dc, start=5):
        cover.cell(row=i, column=1, value=k).font = Font(bold=True)
        cover.cell(row=i, column=2, value=v)
        cover.cell(row=i, column=1).border = BOX
        cover.cell(row=i, column=2).border = BOX
    cover["A12"] = ("This plan responds to the recommendations of the independent review of governance "
                    "effectiveness against the NHF Code of Governance 2020 and the RSH Governance and "
                    "Financial Viability Standard. Progress is reported to every Board meeting.")
    cover["A12"].alignment = Alignment(wrap_text=True, vertical="top")
    cover.merge_cells("A12:D14")
    cover.column_dimensions["A"].width = 22
    cover.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Manningham Housing Association – " + title
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Position at 30 September 2025 – report to Board, 14 October 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:G2")
    heads = ["Ref", "Action", "Lead", "Original target", "Revised target", "RAG",
             "Progress update (September 2025)"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    r = 5
    expected = []
    cur_theme = cur_rec = None
    for kind, p in rows:
        if kind == "theme":
            ws.cell(row=r, column=1, value=p).font = Font(bold=True, size=12)
            ws.cell(row=r, column=1).fill = fill("B4C6E7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            cur_theme, cur_rec = p, None
        elif kind == "rec":
            ws.cell(row=r, column=1, value=p).font = Font(italic=True, bold=True)
            ws.cell(row=r, column=1).fill = fill(GREY)
            ws.cell(row=r, column=1).alignment = Alignment(wrap_text=True, vertical="top")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 32
            cur_rec = p
        else:
            vals = [p["ref"], p["action"], p["lead_cell"], p["orig"], p["rev"], None, p["progress"]]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                if c in (4, 5) and v is not None:
                    cell.number_format = "dd/mm/yyyy"
            if p["fillc"]:
                ws.cell(row=r, column=6).fill = fill(p["fillc"])
            expected.append(dict(ref=p["ref"], under=[cur_theme, cur_rec], action=p["action"],
                                 lead=p["lead"], end=p["end"], status=p["status"]))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=("Notes: revised target dates were agreed by the Governance & "
                                    "Remuneration Committee on 11 September 2025. Completed actions move "
                                    "to the closed log once the Board has noted them."))
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    for col, w in zip("ABCDEFG", [7, 60, 26, 13, 13, 7, 55]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([
        (BLUE, "Complete – evidence held"),
        (GREEN, "On track to meet the target date"),
        (AMBER, "At risk – target may be missed, or a revised date has been agreed"),
        (RED, "Off track – will not be met without Board intervention"),
        (None, "No colour – not yet started"),
    ], start=3):
        if col:
            key.cell(row=i, column=1).fill = fill(col)
        key.cell(row=i, column=1).border = BOX
        key.cell(row=i, column=2, value=txt)
    key.column_dimensions["A"].width = 8
    key.column_dimensions["B"].width = 70
    wb.save(out(name))

    write_expected(name, dict(
        source=("Imitates the board action plan a small English housing association (Manningham Housing "
                "Association, Bradford: a BME association formerly downgraded to G3/V2 by the Regulator of "
                "Social Housing and regraded G1 – see manninghamhousing.co.uk and its Corporate Strategy "
                "2020-2023) would keep after an independent governance effectiveness review against the NHF "
                "Code of Governance 2020, 2025. Copied features: a Cover sheet with a document-control table, "
                "the plan on a second sheet, merged theme rows and merged recommendation rows above their "
                "actions, original and revised target dates as date cells, a RAG column shown by fill colour "
                "only (no text), a progress column, a notes line and a separate RAG key sheet defining blue as "
                "complete."),
        reads=("Eight numbered actions under three themes, each theme carrying one or two review "
               "recommendations written as merged rows above the actions. Status is the colour of the RAG "
               "cell (blue complete, green, amber, red, and one uncoloured not-started action); where a revised "
               "target is given it replaces the original."),
        outcome="read", accept_refusal=False, title=title, actions=expected))
    return name, expected


# ---------------------------------------------------------------------------------------------
# 2. Children and Young People's Commissioner Scotland - ARC internal audit tracker (xlsx)
# ---------------------------------------------------------------------------------------------
def make_cypcs():
    name = "zbh-childrens-and-young-peoples-commissioner-scotland-arc-internal-audit-recommendations-tracker.xlsx"
    body = "Children and Young People’s Commissioner Scotland"
    title = body + " – Internal Audit Recommendations Tracker"
    G1 = "Financial Controls 2024/25 – Reasonable assurance (report issued March 2025)"
    G2 = "Cyber Security and Resilience 2024/25 – Limited assurance (report issued May 2025)"
    G3 = "Workforce Planning 2023/24 – Reasonable assurance (follow-up)"
    CS1 = ("A cyber incident response plan should be developed, aligned to the Scottish Public Sector "
           "Cyber Resilience Framework, and tested at least annually.")
    items = [
        ("group", G1),
        ("rec", dict(ref="FC 1", pri="Medium",
                     rec="Changes to supplier bank details should be independently verified by a call-back to a known contact before they are processed.",
                     action="Introduce a documented call-back check for all changes to supplier bank details, evidenced on the change request form and reviewed monthly by the Head of Corporate Services.",
                     lead_cell="Finance and Procurement Manager", lead=["Finance and Procurement Manager"],
                     orig=d(2025, 6, 30), rev=None, prev="Green", cur="Blue", status="blue", end="2025-06",
                     upd="Procedure in place since May 2025. Six changes processed, all evidenced. Ready for internal audit verification.")),
        ("rec", dict(ref="FC 2", pri="Medium",
                     rec="The Scheme of Delegation should be updated to reflect the current staffing structure and financial limits.",
                     action="Revise the Scheme of Delegation and present it to the Audit and Risk Committee for approval.",
                     lead_cell="Head of Corporate Services", lead=["Head of Corporate Services"],
                     orig=d(2025, 9, 30), rev=d(2026, 1, 31), prev="Green", cur="Amber", status="amber", end="2026-01",
                     upd="Draft prepared but held back pending the senior management restructure agreed in October. Will come to the January 2026 ARC.")),
        ("group", G2),
        ("rec", dict(ref="CS 1a", pri="High", rec=CS1, merge_rec=2,
                     action="Develop a cyber incident response plan and supporting playbooks with the managed IT service provider.",
                     lead_cell="Head of Corporate Services / Digital and IT Lead",
                     lead=["Head of Corporate Services", "Digital and IT Lead"],
                     orig=d(2025, 7, 31), rev=d(2025, 10, 31), prev="Amber", cur="Red", status="red", end="2025-10",
                     upd="Provider’s draft received 3 November 2025, after the revised date. SMT review on 24 November; sign-off expected December 2025.")),
        ("rec", dict(ref="CS 1b", pri="High", rec=CS1, merged=True,
                     action="Run a table-top exercise of the plan with the Senior Management Team and record lessons learned.",
                     lead_cell="Digital and IT Lead", lead=["Digital and IT Lead"],
                     orig=d(2026, 3, 31), rev=None, prev="Green", cur="Green", status="green", end="2026-03",
                     upd="Exercise booked with the Scottish Government Cyber Resilience Unit for February 2026.")),
        ("rec", dict(ref="CS 2", pri="Medium",
                     rec="All staff should complete cyber security awareness training annually, with completion monitored by management.",
                     action="Roll out annual cyber awareness training on the e-learning platform and report completion rates quarterly to SMT.",
                     lead_cell="HR Manager", lead=["HR Manager"],
                     orig=d(2025, 5, 31), rev=None, prev="Green", cur="Blue", status="blue", end="2025-05",
                     upd="100% of staff completed by 30 June 2025. Quarterly reporting to SMT in place.")),
        ("group", G3),
        ("rec", dict(ref="WP 3", pri="Medium",
                     rec="A workforce plan should be developed that links to the Strategic Plan 2024–27 and identifies critical roles and succession arrangements.",
                     action="Prepare a three-year workforce plan, including an analysis of critical roles and single points of failure, for SMT approval.",
                     lead_cell="HR Manager", lead=["HR Manager"],
                     orig=d(2025, 3, 31), rev=d(2025, 12, 31), prev="Red", cur="Amber", status="amber", end="2025-12",
                     upd="Critical roles analysis complete. Plan drafted; awaiting the outcome of the restructure before final approval.")),
        ("rec", dict(ref="WP 5", pri="Low",
                     rec="Learning needs identified in annual performance conversations should be recorded centrally so that they inform the training plan.",
                     action="Add a learning needs field to the HR system and produce an annual training needs summary for SMT.",
                     lead_cell="HR Manager", lead=["HR Manager"],
                     orig=d(2026, 1, 31), rev=None, prev="Green", cur="Green", status="green", end="2026-01",
                     upd="System change scheduled with the supplier for December 2025.")),
    ]
    ragfill = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Summary of open recommendations – Audit and Risk Committee, 27 November 2025"
    sm["A2"].font = Font(italic=True)
    hdr = ["Current status", "High", "Medium", "Low", "Total"]
    for c, h in enumerate(hdr, start=1):
        cell = sm.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
        cell.border = BOX
    summary = [
        ("Blue – implemented, awaiting verification", 0, 2, 0, 2, BLUE),
        ("Green – on track", 1, 0, 1, 2, GREEN),
        ("Amber – at risk of missing due date", 0, 2, 0, 2, AMBER),
        ("Red – overdue", 1, 0, 0, 1, RED),
        ("Total", 2, 4, 1, 7, None),
    ]
    for i, row in enumerate(summary, start=5):
        for c, v in enumerate(row[:5], start=1):
            cell = sm.cell(row=i, column=c, value=v)
            cell.border = BOX
            if row[0] == "Total":
                cell.font = Font(bold=True)
        if row[5]:
            sm.cell(row=i, column=1).fill = fill(row[5])
    sm["A11"] = ("Recommendations rated Blue are closed once internal audit has verified them at the next "
                 "follow-up review.")
    sm["A11"].font = Font(italic=True, size=9)
    sm.column_dimensions["A"].width = 44

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Position at 14 November 2025 – for Audit and Risk Committee, 27 November 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:J2")
    heads = ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
             "Original due date", "Revised due date", "Status at last ARC (Aug 2025)", "Current status",
             "Update (November 2025)"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("5B2C6F")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    r = 5
    expected = []
    group = None
    for kind, p in items:
        if kind == "group":
            ws.cell(row=r, column=1, value=p).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill("E4DFEC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            group = p
        else:
            vals = [p["ref"], p["pri"], None if p.get("merged") else p["rec"], p["action"], p["lead_cell"],
                    p["orig"], p["rev"], p["prev"], p["cur"], p["upd"]]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                if c in (6, 7) and v is not None:
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=8).fill = fill(ragfill[p["prev"]])
            ws.cell(row=r, column=9).fill = fill(ragfill[p["cur"]])
            if p.get("merge_rec"):
                ws.merge_cells(start_row=r, start_column=3, end_row=r + p["merge_rec"] - 1, end_column=3)
            expected.append(dict(ref=p["ref"], under=[group, p["rec"]], action=p["action"], lead=p["lead"],
                                 end=p["end"], status=p["status"]))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=("Key: Blue – implemented, awaiting internal audit verification; Green – on "
                                    "track; Amber – at risk of missing the due date; Red – due date passed and "
                                    "not implemented."))
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    for col, w in zip("ABCDEFGHIJ", [7, 9, 42, 46, 26, 12, 12, 12, 11, 48]):
        ws.column_dimensions[col].width = w
    wb.save(out(name))

    write_expected(name, dict(
        source=("Imitates the internal audit recommendations tracker that a Scottish parliamentary commissioner "
                "(Children and Young People’s Commissioner Scotland, cypcs.org.uk) would take to its Audit and "
                "Risk Committee, 2025, in the style of the trackers and follow-up reports minuted by Scottish "
                "public bodies (e.g. SPA ARAC minute 21 May 2025, SCCRC audit committee minutes 2025). Copied "
                "features: a Summary sheet first with a status-by-priority totals block, the tracker on a second "
                "sheet, merged audit-report group rows with assurance level, recommendation and agreed action "
                "in separate columns, one recommendation merged vertically over two actions (1a/1b), original "
                "and revised due dates, previous and current status as RAG words with matching fill, and a key "
                "line."),
        reads=("Seven management actions from three internal audit reports, each read under its audit report "
               "heading and the recommendation beside it. Status is the Current status column (Blue = "
               "implemented), not the status at the last ARC; the revised due date, where given, is the end."),
        outcome="read", accept_refusal=False, title=title, actions=expected))
    return name, expected


# ---------------------------------------------------------------------------------------------
# 3. Scottish Forestry - corporate risk register 2025/26, typo month (xlsx, refuse)
# ---------------------------------------------------------------------------------------------
def make_scottish_forestry():
    name = "zbh-scottish-forestry-corporate-risk-register-2025-26-typo-month-refuse.xlsx"
    title = "Scottish Forestry – Corporate Risk Register 2025/26"
    risks = [
        dict(ref="SF-CR01", desc=("Woodland creation: Scotland does not meet the annual woodland creation "
                                  "target, because of grant scheme uncertainty, land prices and agent capacity, "
                                  "damaging delivery of the Forestry Strategy and climate change plan."),
             owner="Chief Executive", inh="5 x 4 = 20", ctrl="Forestry Grant Scheme; woodland creation "
             "pipeline reporting; stakeholder forums.", res="4 x 4 = 16", tgt="3 x 4 = 12", trend="↔",
             acts=[("Publish revised Forestry Grant Scheme guidance and the improved online application journey.",
                    "Head of Grants and Regulations", "December 2025", "Green"),
                   ("Run regional woodland creation surgeries with agents, farmers and land managers.",
                    "Conservators", "November 2025", "Green"),
                   ("Agree a multi-year Forestry Grant Scheme budget profile with Scottish Government.",
                    "Chief Executive", "March 2026", "Amber")]),
        dict(ref="SF-CR02", desc=("Tree health: a new or expanding pest or disease outbreak (e.g. Ips "
                                  "typographus, Phytophthora ramorum) causes significant loss of trees and "
                                  "disruption to the timber supply chain."),
             owner="Head of Tree Health", inh="4 x 5 = 20", ctrl="Surveillance programme; statutory plant "
             "health notices; Plant Health Centre partnership.", res="3 x 5 = 15", tgt="2 x 5 = 10", trend="↑",
             acts=[("Complete aerial and ground surveillance for Ips typographus across the south of Scotland.",
                    "Head of Tree Health", "September 2025", "Complete"),
                   ("Publish the updated Phytophthora ramorum action plan and revised statutory plant health "
                    "notice procedures.", "Head of Tree Health", "Janaury 2026", "Green"),
                   ("Test the tree health outbreak contingency plan with Forestry and Land Scotland and APHA.",
                    "Head of Tree Health / Resilience Manager", "February 2026", "Green")]),
        dict(ref="SF-CR03", desc=("Cyber security: a cyber attack on Scottish Forestry or a supplier "
                                  "disrupts grant payments and regulatory services or causes loss of data."),
             owner="Director of Corporate Services", inh="4 x 5 = 20", ctrl="Cyber Essentials Plus; shared "
             "services security monitoring; staff training.", res="3 x 4 = 12", tgt="2 x 4 = 8", trend="↔",
             acts=[("Achieve Cyber Essentials Plus re-certification.", "Head of Digital", "November 2025", "Green"),
                   ("Run a phishing simulation for all staff and follow up with targeted training.",
                    "Head of Digital", "December 2025", "Amber")]),
        dict(ref="SF-CR04", desc=("Financial sustainability: in-year budget pressures mean Scottish Forestry "
                                  "cannot meet its commitments within its allocation."),
             owner="Director of Corporate Services", inh="4 x 4 = 16", ctrl="Monthly budget monitoring; "
             "grant commitment controls.", res="3 x 4 = 12", tgt="2 x 4 = 8", trend="↓",
             acts=[("Deliver the 2025/26 in-year savings plan of £1.2m.", "Director of Corporate Services",
                    "March 2026", "Amber"),
                   ("Introduce an improved grant commitment forecasting model.", "Head of Finance",
                    "January 2026", "Green")]),
    ]
    ragfill = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR 2025-26"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="2E5E2E")
    ws["A2"] = "Reviewed by the Executive Team on 7 October 2025 – for Audit and Risk Committee, 28 October 2025"
    ws["A3"] = ("Scores: likelihood (1–5) x impact (1–5). A residual score of 12 or more is outside risk "
                "appetite and is reported to the Audit and Risk Committee.")
    ws["A3"].font = Font(italic=True, size=9)
    heads = ["Risk ref", "Risk description", "Risk owner", "Inherent score", "Key controls in place",
             "Residual score", "Target score", "Trend", "Further actions", "Action owner", "Target date",
             "Action status"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("2E5E2E")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    r = 6
    typo_row = None
    for rk in risks:
        first = r
        vals = [rk["ref"], rk["desc"], rk["owner"], rk["inh"], rk["ctrl"], rk["res"], rk["tgt"], rk["trend"]]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for act, own, due, st in rk["acts"]:
            for c, v in zip(range(9, 13), [act, own, due, st]):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(row=r, column=12).fill = fill(ragfill[st])
            if due == "Janaury 2026":
                typo_row = r
            for c in range(1, 13):
                ws.cell(row=r, column=c).border = BOX
            r += 1
        if r - 1 > first:
            for c in range(1, 9):
                ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    r += 1
    ws.cell(row=r, column=1, value="Trend: ↑ increasing  ↔ stable  ↓ decreasing since last review.")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGHIJKL", [10, 44, 20, 11, 34, 11, 11, 7, 46, 24, 15, 11]):
        ws.column_dimensions[col].width = w
    wb.save(out(name))
    assert typo_row == 10, typo_row

    write_expected(name, dict(
        source=("Imitates the corporate risk register a Scottish Government executive agency (Scottish "
                "Forestry, forestry.gov.scot) would take to its Audit and Risk Committee, 2025/26, following the "
                "register layout published by Scottish public bodies (risk ref, description, owner, inherent / "
                "residual / target scores as L x I, controls, trend arrow, further actions with owner, target "
                "date and status). Copied features: risk columns merged vertically over several further-action "
                "rows, scoring note under the title, fill-coloured action status, trend key line. One target "
                "date cell carries a mistyped month."),
        reads=("Nine further actions under four corporate risks, each with an action owner, a target month "
               "written in words and a status. The target date of the second action under SF-CR02 reads "
               "'Janaury 2026', a mistyped month, so a careful reader stops at sheet row 10 and asks rather than "
               "guess the month."),
        outcome="refuse", refuse_at=typo_row, title=title))
    return name, None


# ---------------------------------------------------------------------------------------------
# 4. SSEN Distribution - Ofgem Storm Arwen review action tracker (SharePoint list CSV export)
# ---------------------------------------------------------------------------------------------
def make_ssen():
    name = "zbh-ssen-distribution-ofgem-storm-arwen-review-action-tracker.csv"
    header = ["Action ref", "Ofgem theme", "Ofgem recommendation", "SSEN action", "Action owner",
              "Target date", "Revised target date", "RAG", "Progress commentary", "Modified", "Modified By"]
    HI1 = ("Introduce a revised ETR process using damage assessment data from field patrols and drone surveys:\n"
           "- ETRs not issued until a patrol has assessed the fault\n"
           "- ETRs reviewed at least every 12 hours during a major incident")
    rows = [
        dict(ref="NR-01", theme="Network resilience",
             rec="DNOs should review, and where appropriate increase, vegetation management on the overhead lines most at risk from high winds.",
             action="Extend the enhanced tree-cutting programme on 11kV and 33kV overhead lines in the North of Scotland, prioritising the circuits worst affected by Storm Arwen.",
             owner="Hendry, Alasdair", lead=["Hendry, Alasdair"], tgt="31/03/2023", rev="31/03/2024",
             rag="Complete", status="blue", end="2024-03",
             prog="Programme extended into 2023/24 because of contractor shortages. 4,150 km cleared against a target of 4,000 km.",
             mod="12/02/2024 10:41", by="Hendry, Alasdair"),
        dict(ref="NR-02", theme="Network resilience",
             rec="DNOs should assess the resilience of their overhead networks to severe winds and report to Ofgem on options to improve it.",
             action="Complete a resilience assessment of overhead circuits against ETR 132 and submit the findings and investment options to Ofgem.",
             owner="Network Planning Manager", lead=["Network Planning Manager"], tgt="30/06/2023", rev="",
             rag="Complete", status="blue", end="2023-06",
             prog="Assessment completed and report submitted to Ofgem on 28 June 2023.",
             mod="03/07/2023 16:02", by="Baird, Euan"),
        dict(ref="PP-01", theme="Planning and preparation",
             rec="DNOs should submit winter preparedness plans to Ofgem to give assurance that all necessary steps have been taken.",
             action="Prepare the 2024/25 winter preparedness plan, approved by the SSEN Distribution Executive Committee, and submit it to Ofgem.",
             owner="Head of Resilience", lead=["Head of Resilience"], tgt="30/09/2024", rev="",
             rag="Green", status="green", end="2024-09",
             prog="2023/24 plan submitted on 29 September 2023. Drafting of the 2024/25 plan starts in May 2024.",
             mod="05/02/2024 09:15", by="Baird, Euan"),
        dict(ref="PP-02", theme="Planning and preparation",
             rec="DNOs should review their mutual aid and resourcing arrangements so that they can scale up quickly for severe events.",
             action="Agree revised mutual aid and contractor call-off arrangements with other DNOs and framework contractors, including generator deployment.",
             owner="Head of Resilience;Procurement Manager", lead=["Head of Resilience", "Procurement Manager"],
             tgt="31/10/2023", rev="31/03/2024", rag="Amber", status="amber", end="2024-03",
             prog="Mutual aid protocol updated through the ENA.\nContractor call-off framework re-tender delayed; award now expected in March 2024.",
             mod="05/02/2024 09:22", by="Baird, Euan"),
        dict(ref="HI-01", theme="Handling of incidents",
             rec="DNOs should improve the accuracy of the estimated times of restoration given to customers.",
             action=HI1, owner="Control Room Manager", lead=["Control Room Manager"], tgt="30/11/2023", rev="",
             rag="Green", status="green", end="2023-11",
             prog="Process trialled during Storm Babet (October 2023). To be written into the major incident plan.",
             mod="18/01/2024 14:37", by="Munro, Fiona"),
        dict(ref="CS-01", theme="Communication and support during the incident",
             rec="DNOs should stress test their websites and call centres so that they can cope with the demand seen during a major storm.",
             action="Stress test the power cut website, 105 telephony and SMS platform at three times the Storm Arwen peak demand.",
             owner="Head of Customer Operations", lead=["Head of Customer Operations"], tgt="31/10/2022", rev="",
             rag="Complete", status="blue", end="2022-10",
             prog="Tests completed in October 2022; telephony capacity increased before winter.",
             mod="07/11/2022 11:08", by="Munro, Fiona"),
        dict(ref="CS-02", theme="Communication and support during the incident",
             rec="DNOs should contact customers on the Priority Services Register proactively before and during a storm.",
             action="Contact Priority Services Register customers before a forecast storm and at least every 12 hours while they are off supply.",
             owner="Customer Welfare Manager;Head of Customer Operations",
             lead=["Customer Welfare Manager", "Head of Customer Operations"], tgt="30/11/2022", rev="",
             rag="Complete", status="blue", end="2022-11",
             prog="Process in place for winter 2022/23 and used during Storm Babet.",
             mod="07/11/2022 11:15", by="Munro, Fiona"),
        dict(ref="SA-01", theme="Support after the incident",
             rec="DNOs should make guaranteed standards compensation payments more promptly and, where possible, automatically.",
             action="Automate guaranteed standards payments using outage data so that eligible customers are paid without having to claim.",
             owner="Head of Customer Operations", lead=["Head of Customer Operations"], tgt="31/12/2023",
             rev="30/06/2024", rag="Red", status="red", end="2024-06",
             prog="System change descoped in December 2023; IT delivery now tied to the new customer platform. Revised date of June 2024 under review.",
             mod="09/02/2024 17:50", by="Munro, Fiona"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    expected = []
    for p in rows:
        w.writerow([p["ref"], p["theme"], p["rec"], p["action"], p["owner"], p["tgt"], p["rev"], p["rag"],
                    p["prog"], p["mod"], p["by"]])
        expected.append(dict(ref=p["ref"], under=[p["theme"], p["rec"]], action=p["action"], lead=p["lead"],
                             end=p["end"], status=p["status"]))
    with open(out(name), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())

    write_expected(name, dict(
        source=("Imitates the action tracker a distribution network operator (SSEN Distribution) would keep in a "
                "SharePoint list and export to CSV against Ofgem's Storm Arwen review, final report 9 June 2022 "
                "(https://www.ofgem.gov.uk/publications/storm-arwen-report: 20 recommendations in five categories "
                "– network resilience, planning and preparation, handling of incidents, communication and support "
                "during the incident, support after the incident). Copied features: no title, one header row, "
                "Ofgem theme and recommendation columns beside each action, people-picker owners written "
                "'Surname, Forename' and multi-value owners joined with ';', UK day-first target and revised "
                "dates, RAG words including Complete, quoted multi-line commentary and action cells, and the "
                "SharePoint Modified / Modified By columns."),
        reads=("Eight actions, each read under its Ofgem theme and the Ofgem recommendation in the same row. "
               "The owner 'Hendry, Alasdair' is one person; owners joined by ';' are two posts. The revised "
               "target date, where present, is the end; Complete reads as blue."),
        outcome="read", accept_refusal=False, actions=expected))
    return name, expected


# ---------------------------------------------------------------------------------------------
# 5. Commissioner for Older People for Northern Ireland - ARAC action log (tab-separated txt)
# ---------------------------------------------------------------------------------------------
def make_copni():
    name = "zbh-commissioner-for-older-people-ni-arac-action-log.txt"
    title = "Commissioner for Older People for Northern Ireland – Audit and Risk Assurance Committee Action Log"
    M1 = "Meeting of 12 March 2025"
    M2 = "Meeting of 11 June 2025"
    M3 = "Meeting of 18 September 2025"
    items = [
        ("meeting", M1),
        ("act", dict(ref="25/03",
                     action="Circulate the revised Fraud and Bribery Policy to members for comment before it goes to the Commissioner for approval.",
                     owner="Head of Corporate Services", lead=["Head of Corporate Services"], due="April 2025",
                     st="Complete", status="blue", end="2025-04",
                     upd="Circulated 4 April 2025; approved by the Commissioner on 30 April 2025.")),
        ("act", dict(ref="25/05",
                     action="Arrange a deep-dive on the cyber security risk (CR04) with the IT Assist service manager at a future meeting.",
                     owner="Head of Corporate Services", lead=["Head of Corporate Services"], due="September 2025",
                     st="Complete", status="blue", end="2025-09",
                     upd="Deep-dive held at the 18 September meeting.")),
        ("meeting", M2),
        ("act", dict(ref="25/09",
                     action="Update the Corporate Risk Register to reflect the outcome of the Department for Communities sponsorship review.",
                     owner="Chief Executive / Finance Manager", lead=["Chief Executive", "Finance Manager"],
                     due="By 31 October 2025", st="Green", status="green", end="2025-10",
                     upd="Draft changes discussed at SMT on 9 September.")),
        ("act", dict(ref="25/11",
                     action="Provide a breakdown of the 2025/26 budget pressures, including legal costs arising from casework.",
                     owner="Finance Manager", lead=["Finance Manager"], due="Q3 2025/26",
                     st="Amber", status="amber", end="2025-12",
                     upd="Initial figures available; legal cost forecast awaited from the Departmental Solicitor’s Office.")),
        ("act", dict(ref="25/12",
                     action="Confirm revised implementation dates for the two outstanding priority 2 recommendations from the Information Governance audit.",
                     owner="Information Governance Manager", lead=["Information Governance Manager"],
                     due="August 2025", st="Red", status="red", end="2025-08",
                     upd="Revised dates not yet provided – escalated to the Chief Executive.")),
        ("meeting", M3),
        ("act", dict(ref="25/14",
                     action="Agree the 2026/27 internal audit plan with the internal audit provider and bring it to the next meeting.",
                     owner="Head of Corporate Services", lead=["Head of Corporate Services"], due="December 2025",
                     st="Green", status="green", end="2025-12", upd="")),
        ("act", dict(ref="25/16",
                     action="Keep members informed of progress with the recruitment of an independent ARAC member.",
                     owner="Chief Executive", lead=["Chief Executive"], due="Ongoing",
                     st="Green", status="green", end=None, end_text="Ongoing",
                     upd="Interviews scheduled for October 2025.")),
    ]
    lines = [
        title,
        "Updated 25 September 2025, following the meeting of 18 September 2025",
        "RAG status: Green – on track; Amber – at risk of slipping; Red – overdue; Complete – to be removed once noted by the Committee",
        "",
        "\t".join(["No.", "Action", "Owner", "Due", "Status", "Update"]),
    ]
    expected = []
    meeting = None
    for kind, p in items:
        if kind == "meeting":
            lines.append(p)
            meeting = p
        else:
            lines.append("\t".join([p["ref"], p["action"], p["owner"], p["due"], p["st"], p["upd"]]))
            e = dict(ref=p["ref"], under=[meeting], action=p["action"], lead=p["lead"], end=p["end"],
                     status=p["status"])
            if "end_text" in p:
                e["end_text"] = p["end_text"]
            expected.append(e)
    lines.append("")
    lines.append("Note: actions marked Complete will be removed from the log once the Committee has noted them.")
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(name, dict(
        source=("Imitates the rolling action log a Northern Ireland arm's-length body (Commissioner for Older "
                "People for Northern Ireland) would keep for its Audit and Risk Assurance Committee, 2025, on "
                "the pattern of NI ARAC minutes with matters arising and action points (e.g. NI Assembly "
                "Commission ACARC minutes, niassembly.gov.uk, 2024). Copied features: a tab-separated export "
                "with a title line, an 'updated' line and a RAG key line above the header, meeting-date "
                "heading lines grouping the actions, year/sequence action numbers (25/03), job-title owners, "
                "due cells mixing months, 'By 31 October 2025', a quarter of the financial year and 'Ongoing', "
                "an empty update cell and a closing note line."),
        reads=("Seven actions grouped under three meeting headings. Numbers such as 25/03 are action "
               "numbers, not dates. Q3 2025/26 ends in December 2025; 'Ongoing' has no end month; Complete is "
               "blue."),
        outcome="read", accept_refusal=False, title=title, actions=expected))
    return name, expected


# ---------------------------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_row(row, hexcol=None):
    for c in row.cells:
        for par in c.paragraphs:
            for run in par.runs:
                run.bold = True
        if hexcol:
            shade(c, hexcol)


# ---------------------------------------------------------------------------------------------
# 6. Sevenoaks Town Council - internal audit action plan 2024/25 (docx)
# ---------------------------------------------------------------------------------------------
def make_sevenoaks():
    name = "zbh-sevenoaks-town-council-internal-audit-action-plan-2024-25.docx"
    title = "Internal Audit Report 2024/25 – Action Plan"
    sections = [
        ("1. Review of Corporate Governance", [
            dict(ref="1.1",
                 rec="Standing Orders should be reviewed against the latest NALC model and re-adopted.",
                 action="Review Standing Orders against the NALC 2025 model and present them to Full Council for re-adoption.",
                 owner="Town Clerk", lead=["Town Clerk"], due="July 2025",
                 st="Completed – re-adopted 21 July 2025", status="blue", end="2025-07"),
            dict(ref="1.2",
                 rec="The Council’s website should publish all information required by the Transparency Code, including the list of payments over £500.",
                 action="Publish the quarterly schedule of payments over £500 and the annual internal audit report on the website.",
                 owner="Deputy Town Clerk", lead=["Deputy Town Clerk"], due="30 September 2025",
                 st="Completed", status="blue", end="2025-09"),
        ]),
        ("2. Review of Expenditure and VAT", [
            dict(ref="2.1",
                 rec="All invoices should be approved by two authorised signatories before payment, with the evidence retained.",
                 action="Introduce two-signatory e-approval of all invoices in the accounts package and keep the approval record with each payment.",
                 owner="RFO", lead=["RFO"], due="June 2025", st="Completed", status="blue", end="2025-06"),
        ]),
        ("3. Assessment and Management of Risk", [
            dict(ref="3.1",
                 rec="The risk register should be reviewed and formally adopted at least annually, and should cover the new Vine Pavilion lease.",
                 action="Update the risk register to include the Vine Pavilion lease and present it to the Finance & General Purposes Committee for adoption.",
                 owner="Town Clerk / RFO", lead=["Town Clerk", "RFO"], due="November 2025",
                 st="On track", status="green", end="2025-11"),
            dict(ref="3.2",
                 rec="Insurance cover should be reviewed to ensure that assets are insured at current replacement values.",
                 action="Obtain revaluations of the war memorial, bus shelters and play equipment and update the insurance schedule at renewal.",
                 owner="RFO", lead=["RFO"], due="31 March 2026",
                 st="Amber – awaiting valuer’s quotes", status="amber", end="2026-03"),
        ]),
        ("4. Fixed Asset Register", [
            dict(ref="4.1",
                 rec="The fixed asset register should be reconciled to the insurance schedule and to the figure reported in Box 9 of the AGAR.",
                 action="Reconcile the asset register to the insurance schedule and AGAR Box 9, and record the reconciliation with the year-end papers.",
                 owner="RFO", lead=["RFO"], due="April 2026", st="Not started", status="unrated", end="2026-04"),
        ]),
        ("5. Payroll", [
            dict(ref="5.1",
                 rec="Staff contracts and pay records should reflect the 2024/25 NJC pay award, applied from 1 April 2024.",
                 action="Confirm that back pay for the 2024/25 NJC award was correctly calculated and issue updated statements of particulars to staff.",
                 owner="Town Clerk", lead=["Town Clerk"], due="December 2025", st="On track", status="green",
                 end="2025-12"),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run("Sevenoaks Town Council")
    run.bold = True
    run.font.size = Pt(18)
    run.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading(title, level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Prepared by", "Town Clerk"),
                 ("Considered by", "Finance & General Purposes Committee, 9 June 2025"),
                 ("Version", "2 – progress updated 6 October 2025"),
                 ("Internal auditor", "Independent internal auditor’s final report for the year ended 31 March 2025")]:
        cells = t.add_row().cells
        cells[0].text = k
        cells[1].text = v
        cells[0].paragraphs[0].runs[0].bold = True
        shade(cells[0], "DEEAF6")
    doc.add_paragraph()
    doc.add_paragraph(
        "The internal auditor’s final report for 2024/25 was received on 19 May 2025. Each recommendation is set "
        "out below by audit area, with the Council’s response, the responsible officer and a target date. "
        "Progress is reported to every meeting of the Finance & General Purposes Committee.")
    expected = []
    for head, recs in sections:
        doc.add_heading(head, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Rec. No.", "Recommendation", "Council response / action",
                                          "Responsible officer", "Target date", "Status"]):
            c.text = h
        bold_row(t.rows[0], "BDD7EE")
        for rr in recs:
            cells = t.add_row().cells
            for c, v in zip(cells, [rr["ref"], rr["rec"], rr["action"], rr["owner"], rr["due"], rr["st"]]):
                c.text = v
            expected.append(dict(ref=rr["ref"], under=[head, rr["rec"]], action=rr["action"], lead=rr["lead"],
                                 end=rr["end"], status=rr["status"]))
    doc.add_paragraph()
    doc.add_paragraph(
        "Notes: target dates were agreed by the Finance & General Purposes Committee on 9 June 2025. Completed "
        "items will be removed from the plan once the Committee has noted them. RFO – Responsible Financial Officer.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k in ["Signed (Chairman, Finance & General Purposes Committee)", "Date"]:
        cells = t.add_row().cells
        cells[0].text = k
        cells[1].text = ""
    doc.save(out(name))

    write_expected(name, dict(
        source=("Imitates the action plan an English town council (Sevenoaks Town Council, Kent) would adopt "
                "in response to its independent internal auditor's year-end report for 2024/25, following the "
                "area-by-area layout of parish and town council internal audit reports (corporate governance, "
                "expenditure and VAT, risk management, fixed asset register, payroll) with the council's "
                "response beside each recommendation. Copied features: a centred council name and a heading, a "
                "document-control table, an introductory paragraph, one Word table per audit area under a "
                "numbered heading, recommendation and council response in separate columns, job-title and "
                "abbreviation owners (RFO), month and full-date targets, status words with comments, a notes "
                "paragraph and a sign-off table."),
        reads=("Seven actions in five numbered audit areas, each read under its area heading and the internal "
               "auditor's recommendation in the same row; the action is the council's response. 'Town Clerk / "
               "RFO' is two officers; 'Completed' is blue, 'On track' green, 'Amber – ...' amber and 'Not "
               "started' unrated."),
        outcome="read", accept_refusal=False, title=title, actions=expected))
    return name, expected


# ---------------------------------------------------------------------------------------------
# 7. Wood Green, The Animals Charity - CRM replacement programme highlight report (docx)
# ---------------------------------------------------------------------------------------------
def make_woodgreen():
    name = "zbh-wood-green-animals-charity-crm-replacement-programme-highlight-report.docx"
    title = "Supporter CRM Replacement Programme – Highlight Report No. 9"
    rag_col = {"G": GREEN, "A": AMBER, "R": RED, "C": BLUE}
    streams = [
        ("Workstream 1: Data migration", [
            dict(ref="DM1",
                 action="Complete the second trial migration of supporter, gift and Gift Aid declaration records and reconcile totals to the legacy database.",
                 owner="Data Migration Lead", lead=["Data Migration Lead"], base="26/09/2025", fc="17/10/2025",
                 rag="C", status="blue", end="2025-10"),
            dict(ref="DM2",
                 action="Agree duplicate-matching rules with Supporter Care and run the deduplication exercise on the legacy data.",
                 owner="Data Migration Lead / Head of Supporter Care",
                 lead=["Data Migration Lead", "Head of Supporter Care"], base="31/10/2025", fc="21/11/2025",
                 rag="R", status="red", end="2025-11"),
            dict(ref="DM3",
                 action="Complete the third (dress rehearsal) migration and obtain sign-off from the business data owners.",
                 owner="Data Migration Lead", lead=["Data Migration Lead"], base="w/c 17/11/2025",
                 fc="w/c 08/12/2025", rag="A", status="amber", end="2025-12"),
        ]),
        ("Workstream 2: Integrations and payments", [
            dict(ref="IP1",
                 action="Build and test the Direct Debit (BACS/AUDDIS) integration with the payment bureau.",
                 owner="Technical Lead", lead=["Technical Lead"], base="31/10/2025", fc="31/10/2025",
                 rag="C", status="blue", end="2025-10"),
            dict(ref="IP2",
                 action="Connect the online donation and rehoming fee forms on the website to the new CRM and complete end-to-end testing.",
                 owner="Technical Lead", lead=["Technical Lead"], base="28/11/2025", fc="",
                 rag="G", status="green", end="2025-11"),
            dict(ref="IP3",
                 action="Complete a Data Protection Impact Assessment for the integrations and the new supporter portal.",
                 owner="Head of IT / Data Protection Officer", lead=["Head of IT", "Data Protection Officer"],
                 base="14/11/2025", fc="", rag="G", status="green", end="2025-11"),
        ]),
        ("Workstream 3: Training and business change", [
            dict(ref="BC1",
                 action="Deliver train-the-trainer sessions for 12 super users from Supporter Care, Fundraising and the charity shops.",
                 owner="Business Change Manager", lead=["Business Change Manager"], base="05/12/2025", fc="",
                 rag="G", status="green", end="2025-12"),
            dict(ref="BC2",
                 action="Publish revised supporter care procedures and data entry standards for the new CRM.",
                 owner="Head of Supporter Care", lead=["Head of Supporter Care"], base="16/01/2026", fc="",
                 rag="", status="unrated", end="2026-01"),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Wood Green, The Animals Charity")
    r.bold = True
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor(0x00, 0x7A, 0x3D)
    doc.add_heading(title, level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Reporting period", "1–31 October 2025"),
                 ("Report to", "Programme Board, 12 November 2025"),
                 ("Senior Responsible Owner", "Director of Fundraising and Marketing"),
                 ("Prepared by", "Programme Manager"),
                 ("Planned go-live", "2 February 2026")]:
        cells = t.add_row().cells
        cells[0].text = k
        cells[1].text = v
        shade(cells[0], "E2EFDA")
    doc.add_heading("1. Status summary", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["", "Last period", "This period", "Comment"]):
        c.text = h
    bold_row(t.rows[0], "D9D9D9")
    for dim, last, now, com in [
        ("Overall", "A", "A", "Go-live date held; float reduced to two weeks."),
        ("Schedule", "A", "R", "Deduplication has slipped three weeks (see DM2)."),
        ("Budget", "G", "G", "£412k spent of £560k approved; contingency request below."),
        ("Scope", "G", "G", "No change requests this period."),
        ("Resources", "A", "A", "Data analyst vacancy covered by contractor to January."),
    ]:
        cells = t.add_row().cells
        for c, v in zip(cells, [dim, last, now, com]):
            c.text = v
        shade(cells[1], rag_col[last])
        shade(cells[2], rag_col[now])
    doc.add_paragraph()
    doc.add_paragraph(
        "The second trial migration completed on 17 October and reconciled to the legacy database within "
        "tolerance. It showed a higher than expected number of duplicate supporter records, and the "
        "deduplication work is now the main risk to go-live.")
    doc.add_heading("2. Milestones and actions by workstream", level=2)
    doc.add_paragraph("RAG key: G = on track; A = at risk, mitigation in place; R = off track, Programme Board "
                      "decision needed; C = complete.")
    expected = []
    for head, acts in streams:
        doc.add_heading(head, level=3)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Milestone / action", "Owner", "Baseline date",
                                          "Forecast date", "RAG"]):
            c.text = h
        bold_row(t.rows[0], "C6E0B4")
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [a["ref"], a["action"], a["owner"], a["base"], a["fc"], a["rag"]]):
                c.text = v
            if a["rag"]:
                shade(cells[5], rag_col[a["rag"]])
            expected.append(dict(ref=a["ref"], under=[head], action=a["action"], lead=a["lead"], end=a["end"],
                                 status=a["status"]))
    doc.add_heading("3. Decisions required from Programme Board", level=2)
    doc.add_paragraph("Approve the use of £18,000 of programme contingency for additional data cleansing support "
                      "(see DM2).", style="List Bullet")
    doc.add_paragraph("Note the revised forecast for the dress rehearsal migration and its effect on go-live float.",
                      style="List Bullet")
    doc.add_heading("4. Key risks and issues", level=2)
    doc.add_paragraph("Duplicate supporter records could lead to incorrect Gift Aid claims if not resolved before "
                      "go-live.", style="List Bullet")
    doc.add_paragraph("Payment bureau change freeze from 15 December limits the window for integration fixes.",
                      style="List Bullet")
    doc.save(out(name))

    write_expected(name, dict(
        source=("Imitates a PRINCE2-style programme highlight report that a large animal welfare charity (Wood "
                "Green, The Animals Charity, Godmanchester, registered charity 298348) would give its programme "
                "board for a supporter CRM replacement, 2025, following published highlight report templates "
                "(status summary with last/this period RAG for time, cost, scope; this period; next steps; "
                "issues and risks; decisions). Copied features: organisation line and report heading, a report "
                "details table, a status summary table with shaded last/this period RAG, narrative paragraph, a "
                "RAG key in which C = complete, one milestone/action table per workstream under Heading 3, "
                "baseline and forecast dates (w/c dates), letter RAG with matching shading, one blank RAG, and "
                "bulleted decisions and risks."),
        reads=("Eight milestones/actions in three workstream tables, each read under its workstream heading. "
               "The forecast date, where given, is the end; 'w/c 08/12/2025' is December 2025. Status is the RAG "
               "letter read through the key (C = complete, so blue); the blank RAG is unrated. The status "
               "summary, decisions and risks are not actions."),
        outcome="read", accept_refusal=False, title=title, actions=expected))
    return name, expected


if __name__ == "__main__":
    for fn in (make_manningham, make_cypcs, make_scottish_forestry, make_ssen, make_copni, make_sevenoaks,
               make_woodgreen):
        n, e = fn()
        print(n, "refuse" if e is None else len(e))
