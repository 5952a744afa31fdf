#!/usr/bin/env python
"""Build the seven om1- blind cases (data files and their .expected.yaml) for set heldout433.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Every action is defined once below: the cell/paragraph text goes into the data file and the
reading a person makes of it (ref, under, lead list, end month, status) goes into the yaml.
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

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "head": "1F3864",
    "theme": "DDEBF7",
}


def xfill(colour):
    return PatternFill("solid", start_color=FILL.get(colour, colour), end_color=FILL.get(colour, colour))


THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def write_yaml(name, meta, actions):
    doc = {}
    doc["source"] = meta["source"]
    doc["reads"] = meta["reads"]
    doc["outcome"] = meta["outcome"]
    doc["accept_refusal"] = meta.get("accept_refusal", False)
    if "refuse_at" in meta:
        doc["refuse_at"] = meta["refuse_at"]
    if meta.get("title"):
        doc["title"] = meta["title"]
    if meta["outcome"] == "read":
        out = []
        for a in actions:
            d = {
                "ref": a["ref"],
                "under": a["under"],
                "action": a["action"],
                "lead": a["lead"],
                "end": a["end"],
            }
            if a.get("end_text"):
                d["end_text"] = a["end_text"]
            d["status"] = a["status"]
            out.append(d)
        doc["actions"] = out
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000, default_flow_style=False)


# ---------------------------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------------------------

def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, colour=None):
    """Write text into a cell; inner \n become separate paragraphs (as Word users type them)."""
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)


# =============================================================================================
# 1. Richmond upon Thames – internal audit recommendations tracker (xlsx)
# =============================================================================================

def richmond():
    name = "om1-richmond-upon-thames-council-internal-audit-recommendations-tracker.xlsx"
    title = "London Borough of Richmond upon Thames – Internal Audit Recommendations Tracker"
    D = dt.datetime
    audits = [
        ("Accounts Payable", "2024/25", "Limited", [
            dict(ref="R1", pri="High",
                 rec="Changes to supplier bank details should be independently verified by a call-back to a contact number already held on file before the change is processed.",
                 action="A mandatory call-back step will be built into the supplier amendment workflow, with the name of the contact and the date of the call recorded on the supplier record. The AP Team Leader will review a monthly exception report of bank detail changes.",
                 officer="Head of Exchequer Services", lead=["Head of Exchequer Services"],
                 orig=D(2025, 3, 31), rev=D(2025, 12, 31), pct=0.8, status="Green",
                 upd="Workflow change built and in user acceptance testing. Go-live planned for the December payment cycle.",
                 end="2025-12", st="green"),
            dict(ref="R2", pri="Medium",
                 rec="A duplicate payments report should be run and reviewed before each payment run, and the review evidenced.",
                 action="Duplicate payments report to be run before every BACS run and signed off by the AP Team Leader; sign-off retained with the payment run papers.",
                 officer="AP Team Leader", lead=["AP Team Leader"],
                 orig=D(2025, 4, 30), rev=None, pct=1.0, status="Implemented",
                 upd="Verified by Internal Audit in follow-up testing, August 2025.",
                 end="2025-04", st="blue"),
        ]),
        ("Disabled Facilities Grants", "2024/25", "Limited", [
            dict(ref="R1", pri="High",
                 rec="The Council should reduce the number of DFG applications awaiting an occupational therapy assessment and monitor waiting times against the agreed service standard.",
                 action="Recruit two fixed-term Occupational Therapists funded from the Better Care Fund uplift.\nProduce a weekly waiting list report for the Housing Management Team.",
                 officer="Head of Housing Needs / Principal Occupational Therapist",
                 lead=["Head of Housing Needs", "Principal Occupational Therapist"],
                 orig=D(2025, 3, 31), rev=D(2026, 1, 31), pct=0.4, status="Amber",
                 upd="One OT in post from July 2025; second post re-advertised. Waiting list down from 142 to 97.",
                 end="2026-01", st="amber"),
            dict(ref="R2", pri="Medium",
                 rec="Grant files should hold evidence of the test of resources and of the final inspection before the grant is paid.",
                 action="Introduce a pre-payment checklist covering the test of resources, contractor quotes and the final inspection sign-off, to be completed for every grant.",
                 officer="Housing Grants Manager", lead=["Housing Grants Manager"],
                 orig=D(2025, 6, 30), rev=D(2026, 3, 31), pct=0.2, status="Red",
                 upd="Checklist drafted but not yet in use; delayed by a vacancy in the grants team.",
                 end="2026-03", st="red"),
        ]),
        ("Patch Management (Shared Digital Services)", "2025/26", "Reasonable", [
            dict(ref="R1", pri="Medium",
                 rec="Patch compliance should be reported regularly to senior management and exceptions to the patching policy formally approved.",
                 action="1. Patch compliance dashboard to be reported monthly to the Digital Services Board.\n2. Exceptions process to be documented and each exception approved by the Chief Information Security Officer.",
                 officer="Head of Infrastructure (Shared Digital Services)",
                 lead=["Head of Infrastructure (Shared Digital Services)"],
                 orig=D(2025, 12, 31), rev=None, pct=0.5, status="Amber",
                 upd="Dashboard reported to the September and October Boards. Exceptions process in draft.",
                 end="2025-12", st="amber"),
        ]),
        ("Parking Income", "2024/25", "Reasonable", [
            dict(ref="R1", pri="Medium",
                 rec="Cash and card income from pay and display machines should be reconciled to the bank each month and differences investigated.",
                 action="Monthly reconciliation of machine income to bank receipts to be carried out by Finance and reviewed by the Parking Services Manager; differences above £250 to be investigated and recorded.",
                 officer="Parking Services Manager; Finance Business Partner (Environment)",
                 lead=["Parking Services Manager", "Finance Business Partner (Environment)"],
                 orig=D(2025, 9, 30), rev=D(2026, 2, 28), pct=0.6, status="Amber",
                 upd="Reconciliations completed for July to September; backlog for April to June being cleared.",
                 end="2026-02", st="amber"),
            dict(ref="R2", pri="Low",
                 rec="The parking income procedure notes should be updated to reflect the cashless payment arrangements.",
                 action="Procedure notes to be updated and published on the intranet.",
                 officer="Parking Services Manager", lead=["Parking Services Manager"],
                 orig=D(2025, 7, 31), rev=None, pct=1.0, status="Implemented",
                 upd="Published July 2025.",
                 end="2025-07", st="blue"),
        ]),
        ("Schools – Themed Review of Purchasing Cards", "2024/25", "Limited", [
            dict(ref="R1", pri="High",
                 rec="Purchasing card transactions should be supported by receipts and approved by a second officer.",
                 action="Schools Finance Team to issue updated purchasing card guidance to all maintained schools and sample-check 10 schools each term.",
                 officer="Schools Finance Manager", lead=["Schools Finance Manager"],
                 orig=D(2024, 12, 31), rev=D(2025, 12, 31), pct=0.85, status="Green",
                 upd="Guidance issued April 2025. Summer and autumn term sample checks completed; spring term checks scheduled.",
                 end="2025-12", st="green"),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Outstanding and recently implemented recommendations – report to the Audit, Standards and General Purposes Committee, 25 November 2025"
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "Position as at 31 October 2025. Prepared by the South West London Audit Partnership."
    headers = ["Audit", "Year", "Assurance", "Rec No.", "Priority", "Recommendation", "Agreed Management Action",
               "Responsible Officer", "Original Target Date", "Revised Target Date", "% Complete", "Status",
               "Management Update (October 2025)"]
    hr = 5
    for c, h in enumerate(headers, 1):
        cell = ws.cell(hr, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = xfill("head")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BORDER
    r = hr + 1
    actions = []
    status_fill = {"Green": "green", "Amber": "amber", "Red": "red", "Implemented": "blue"}
    for audit, year, assurance, recs in audits:
        first = r
        for rec in recs:
            vals = [audit if r == first else None, year if r == first else None,
                    assurance if r == first else None, rec["ref"], rec["pri"], rec["rec"], rec["action"],
                    rec["officer"], rec["orig"], rec["rev"], rec["pct"], rec["status"], rec["upd"]]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BORDER
            ws.cell(r, 9).number_format = "dd/mm/yyyy"
            ws.cell(r, 10).number_format = "dd/mm/yyyy"
            ws.cell(r, 11).number_format = "0%"
            ws.cell(r, 12).fill = xfill(status_fill[rec["status"]])
            ws.cell(r, 12).font = Font(bold=True, color="FFFFFF" if rec["status"] in ("Red", "Implemented") else "000000")
            actions.append(dict(ref=rec["ref"], under=[audit, rec["rec"]], action=rec["action"],
                                lead=rec["lead"], end=rec["end"], status=rec["st"]))
            r += 1
        if r - 1 > first:
            for c in (1, 2, 3):
                ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    r += 1
    ws.cell(r, 1, "Status is based on % complete – see the Key sheet. Implemented recommendations are removed from the tracker once reported to Committee.").font = Font(italic=True, size=9)
    widths = [22, 9, 11, 8, 9, 45, 50, 28, 12, 12, 10, 12, 45]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A6"

    s = wb.create_sheet("Summary")
    s["A1"] = "Summary of recommendations by audit – position at 31 October 2025"
    s["A1"].font = Font(bold=True, size=12)
    sh = ["Audit", "Assurance", "High", "Medium", "Low", "Implemented", "Green", "Amber", "Red", "Total"]
    for c, h in enumerate(sh, 1):
        s.cell(3, c, h).font = Font(bold=True)
    rr = 4
    tot = [0] * 8
    for audit, year, assurance, recs in audits:
        counts = [sum(1 for x in recs if x["pri"] == p) for p in ("High", "Medium", "Low")]
        counts += [sum(1 for x in recs if x["status"] == st) for st in ("Implemented", "Green", "Amber", "Red")]
        counts.append(len(recs))
        s.cell(rr, 1, audit)
        s.cell(rr, 2, assurance)
        for i, v in enumerate(counts):
            s.cell(rr, 3 + i, v)
            tot[i] += v
        rr += 1
    s.cell(rr, 1, "Total").font = Font(bold=True)
    for i, v in enumerate(tot):
        s.cell(rr, 3 + i, v).font = Font(bold=True)
    s.column_dimensions["A"].width = 44

    k = wb.create_sheet("Key")
    k["A1"] = "Key"
    k["A1"].font = Font(bold=True, size=12)
    k["A3"] = "Priority"
    k["A3"].font = Font(bold=True)
    k["A4"], k["B4"] = "High", "Fundamental control weakness requiring immediate attention by management."
    k["A5"], k["B5"] = "Medium", "Important control weakness to be addressed within a reasonable timescale."
    k["A6"], k["B6"] = "Low", "Minor issue or opportunity to improve efficiency."
    k["A8"] = "Status"
    k["A8"].font = Font(bold=True)
    keyrows = [("Red", "red", "0–25% complete, or less than 50% complete and past the agreed target date"),
               ("Amber", "amber", "26–75% complete"),
               ("Green", "green", "Over 75% complete"),
               ("Implemented", "blue", "Action fully completed and verified by Internal Audit")]
    for i, (w, col, txt) in enumerate(keyrows):
        k.cell(9 + i, 1, w).fill = xfill(col)
        k.cell(9 + i, 2, txt)
    k.column_dimensions["A"].width = 14
    k.column_dimensions["B"].width = 90
    wb.save(os.path.join(HERE, name))

    meta = dict(
        source="Imitates the internal audit recommendations trackers that London boroughs (Richmond upon Thames with its shared South West London Audit Partnership, Reading, Wandsworth) put to their audit committees in 2024–2025: one row per recommendation, audit name merged over its recommendations, priority, agreed management action, responsible officer as a job title, original and revised target dates, % complete mapped to a fill-coloured status (Reading's 25%/75% bands), a management update, a summary-by-audit sheet and a key sheet.",
        reads="A workbook whose first sheet lists eight open or recently implemented audit recommendations from five audits, each audit name merged down over its recommendations; a person reads each agreed management action under its audit and the recommendation beside it, with the revised target date where one is given and the status word (Implemented = complete). The Summary and Key sheets are counts and definitions, not actions.",
        outcome="read", title=title)
    write_yaml(name, meta, actions)


# =============================================================================================
# 2. Hounslow – corporate risk register (xlsx), fill-only progress colours
# =============================================================================================

def hounslow():
    name = "om1-hounslow-council-corporate-risk-register-q2-2025-26.xlsx"
    title = "London Borough of Hounslow – Corporate Risk Register – Quarter 2 2025/26"
    risks = [
        dict(ref="CR01", title="Financial sustainability",
             desc="Cause: rising demand in adult social care, children's placements and temporary accommodation, with uncertainty over the Fair Funding Review.\nEvent: the Council cannot set a balanced budget over the medium term.\nEffect: use of reserves, service reductions, possible section 114 notice.",
             owner="Executive Director – Finance and Resources", inh="5 x 5 = 25",
             controls="Medium Term Financial Strategy; monthly budget monitoring to CMT and Cabinet; Budget Board; spend controls panel.",
             cur="4 x 5 = 20", tgt="12", dot="↔",
             actions=[
                 dict(ref="CR01.1", text="Deliver the 2026/27 savings programme of £18.4m, with monthly tracking of each saving through Budget Board.",
                      owner="Director of Finance", lead=["Director of Finance"], date="Mar-26", end="2026-03", fill="amber", st="amber"),
                 dict(ref="CR01.2", text="Refresh the Medium Term Financial Strategy to reflect the outcome of the Fair Funding Review consultation and the provisional settlement.",
                      owner="Director of Finance", lead=["Director of Finance"], date="Feb-26", end="2026-02", fill="green", st="green"),
                 dict(ref="CR01.3", text="Review the reserves strategy and the minimum level of General Fund balance.",
                      owner="Head of Strategic Finance", lead=["Head of Strategic Finance"], date="31/08/2025", end="2025-08", fill="blue", st="blue"),
             ]),
        dict(ref="CR04", title="Temporary accommodation demand and cost",
             desc="Cause: shortage of affordable private rented homes and rising homelessness approaches.\nEvent: numbers in nightly-paid temporary accommodation continue to rise.\nEffect: budget overspend, families placed out of borough, poorer outcomes for children.",
             owner="Executive Director – Place", inh="5 x 4 = 20",
             controls="Homelessness and Rough Sleeping Strategy; weekly TA placement panel; Private Sector Leasing scheme; incentive payments to landlords.",
             cur="5 x 4 = 20", tgt="12", dot="↑",
             actions=[
                 dict(ref="CR04.1", text="Implement the Temporary Accommodation Reduction Plan, including 120 additional leased units through the Private Sector Leasing scheme.",
                      owner="Head of Housing Options / Head of Housing Supply", lead=["Head of Housing Options", "Head of Housing Supply"],
                      date="Q4 2025/26", end="2026-03", fill="amber", st="amber"),
                 dict(ref="CR04.2", text="Launch a homelessness prevention fund for landlords and tenants at risk of eviction.",
                      owner="Head of Housing Options", lead=["Head of Housing Options"], date="Dec-25", end="2025-12", fill="green", st="green"),
             ]),
        dict(ref="CR07", title="Cyber security and information governance",
             desc="Cause: increasing sophistication of cyber attacks on the public sector and reliance on legacy systems.\nEvent: a successful ransomware attack or major data breach.\nEffect: loss of systems and services, ICO fines, reputational damage.",
             owner="Executive Director – Corporate Services", inh="4 x 5 = 20",
             controls="Cyber Essentials Plus; PSN compliance; 24/7 security monitoring; backups held off-network; incident response plan tested annually.",
             cur="3 x 5 = 15", tgt="10", dot="↓",
             actions=[
                 dict(ref="CR07.1", text="Complete migration of the remaining on-premise servers to the cloud hosting environment.\nDecommission the legacy data centre at the Civic Centre.",
                      owner="Head of Digital Services", lead=["Head of Digital Services"], date="Jun-26", end="2026-06", fill="green", st="green"),
                 dict(ref="CR07.2", text="Run mandatory phishing simulations and information governance training for all staff, with compliance reported to CMT quarterly.",
                      owner="Senior Information Risk Owner (SIRO)", lead=["Senior Information Risk Owner (SIRO)"], date="Ongoing",
                      end=None, end_text="Ongoing", fill="green", st="green"),
             ]),
        dict(ref="CR09", title="Safeguarding children",
             desc="Cause: high caseloads, reliance on agency social workers and increasing complexity of need.\nEvent: a child known to services suffers serious harm that could have been prevented.\nEffect: harm to a child, statutory review, regulatory intervention.",
             owner="Executive Director – Children's Services", inh="4 x 5 = 20",
             controls="Hounslow Safeguarding Children Partnership; practice quality assurance framework; monthly performance clinics; Principal Social Worker oversight.",
             cur="3 x 5 = 15", tgt="10", dot="↔",
             actions=[
                 dict(ref="CR09.1", text="Embed the revised multi-agency threshold document across partners following the ILACS inspection.",
                      owner="Director of Children's Social Care", lead=["Director of Children's Social Care"], date="Jan-26", end="2026-01", fill="red", st="red"),
                 dict(ref="CR09.2", text="Reduce the proportion of agency social workers to below 20% through the recruitment and retention offer.",
                      owner="Director of Children's Social Care", lead=["Director of Children's Social Care"], date="Sep-26", end="2026-09", fill=None, st="unrated"),
             ]),
    ]

    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=16)
    cv["A3"] = "Reported to the Audit and Governance Committee, 27 November 2025"
    cv["A5"] = "Document control"
    cv["A5"].font = Font(bold=True)
    for c, h in enumerate(["Version", "Date", "Author", "Summary of changes"], 1):
        cv.cell(6, c, h).font = Font(bold=True)
        cv.cell(6, c).fill = xfill("grey")
    rows = [("1.0", "14/07/2025", "Corporate Risk Manager", "Q1 review with CMT"),
            ("2.0", "16/10/2025", "Corporate Risk Manager", "Q2 review with CMT; CR04 score increased; CR01.3 closed")]
    for i, row in enumerate(rows):
        for c, v in enumerate(row, 1):
            cv.cell(7 + i, c, v)
    cv.column_dimensions["A"].width = 12
    cv.column_dimensions["C"].width = 26
    cv.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Register")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Action progress key:"
    ws["A2"].font = Font(bold=True)
    for i, (col, txt) in enumerate([("red", "Red – off track"), ("amber", "Amber – at risk"),
                                     ("green", "Green – on track"), ("blue", "Blue – complete")]):
        cell = ws.cell(2, 2 + i, txt)
        cell.fill = xfill(col)
        cell.font = Font(color="FFFFFF" if col in ("red", "blue") else "000000", bold=True)
    headers = ["Risk Ref", "Risk Title", "Risk Description (cause, event, effect)", "Risk Owner",
               "Inherent Score (L x I)", "Key Controls in Place", "Current Score (L x I)", "Target Score",
               "Direction of Travel", "Action Ref", "Further Actions", "Action Owner", "Target Date", "Progress"]
    hr = 4
    for c, h in enumerate(headers, 1):
        cell = ws.cell(hr, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = xfill("head")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BORDER
    r = hr + 1
    actions = []
    for rk in risks:
        first = r
        for a in rk["actions"]:
            if r == first:
                for c, v in enumerate([rk["ref"], rk["title"], rk["desc"], rk["owner"], rk["inh"], rk["controls"],
                                       rk["cur"], rk["tgt"], rk["dot"]], 1):
                    ws.cell(r, c, v)
            ws.cell(r, 10, a["ref"])
            ws.cell(r, 11, a["text"])
            ws.cell(r, 12, a["owner"])
            ws.cell(r, 13, a["date"])
            if a["fill"]:
                ws.cell(r, 14).fill = xfill(a["fill"])
            for c in range(1, 15):
                ws.cell(r, c).alignment = WRAP
                ws.cell(r, c).border = BORDER
            d = dict(ref=a["ref"], under=[rk["title"]], action=a["text"], lead=a["lead"], end=a["end"], status=a["st"])
            if a.get("end_text"):
                d["end_text"] = a["end_text"]
            actions.append(d)
            r += 1
        if r - 1 > first:
            for c in range(1, 10):
                ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    widths = [8, 20, 45, 24, 11, 40, 11, 8, 9, 8, 50, 28, 11, 10]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"

    m = wb.create_sheet("Risk Matrix")
    m["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    m["A1"].font = Font(bold=True)
    for i in range(5):
        m.cell(3 + i, 1, 5 - i)
        for j in range(5):
            v = (5 - i) * (j + 1)
            cell = m.cell(3 + i, 2 + j, v)
            cell.fill = xfill("red" if v >= 15 else "amber" if v >= 8 else "green")
    for j in range(5):
        m.cell(8, 2 + j, j + 1)
    m["A10"] = "Likelihood (rows) x Impact (columns). 15–25 High (red); 8–12 Medium (amber); 1–6 Low (green)."
    wb.save(os.path.join(HERE, name))

    meta = dict(
        source="Imitates London borough corporate risk registers reported quarterly to audit committees in 2024–2025 (the layout used by Hounslow's and other boroughs' audit and governance committee papers): a cover sheet with document control, one block per corporate risk with ref, title, cause/event/effect description, owner, inherent and current L x I scores, target score and direction-of-travel arrow merged down over its further actions, each further action with its own ref, owner and target date, and an action progress column shown only by fill colour with a colour key above the table; a separate scoring matrix sheet.",
        reads="A risk register whose Register sheet holds four corporate risks, each with two or three further actions on their own rows; a person reads each further action under its risk title, with its action owner, target date (one is Ongoing, one a financial-year quarter) and the colour of its Progress cell read through the key (one action has no colour: not rated). The Cover and Risk Matrix sheets hold no actions.",
        outcome="read", title=title)
    write_yaml(name, meta, actions)


# =============================================================================================
# 3. Southwark – Council Delivery Plan Q2 monitoring (xlsx), REFUSE: mistyped month
# =============================================================================================

def southwark():
    name = "om1-southwark-council-delivery-plan-q2-2025-26-typo-month-refuse.xlsx"
    title = "Southwark Council Delivery Plan 2022–2026 – Quarter 2 2025/26 Monitoring"
    themes = [
        ("Decent homes for all", "Cllr Sarah Whitfield, Cabinet Member for Council Homes", [
            ("DH1", "Build more council homes", [
                ("DH1.1", "Start on site at four further council home schemes, delivering 310 new homes", "Strategic Director of Housing", "March 2026", "G", "A",
                 "Two schemes started; tender returns for the remaining two above budget and under review."),
                ("DH1.2", "Complete and let 120 new council homes across three schemes", "Director of New Homes", "December 2025", "G", "G",
                 "84 homes handed over; remaining homes on programme."),
            ]),
            ("DH2", "Tackle damp and mould in council homes", [
                ("DH2.1", "Inspect all homes with an open damp and mould report within 10 working days, in line with Awaab's Law", "Director of Asset Management", "October 2025", "A", "G",
                 "96% inspected within 10 working days in September."),
                ("DH2.2", "Complete the whole-house retrofit pilot on 200 council homes", "Director of Asset Management", "June 2026", "G", "G",
                 "Contractor appointed; surveys under way."),
            ]),
        ]),
        ("A good start in life", "Cllr Marcus Ade, Cabinet Member for Children, Education and Refugees", [
            ("GS1", "Free healthy school meals", [
                ("GS1.1", "Continue universal free healthy school meals for all primary pupils", "Director of Education", "July 2026", "G", "G",
                 "Take-up at 88% across primary schools."),
                ("GS1.2", "Launch the secondary school breakfast pilot in six schools", "Director of Education", "September 2025", "G", "B",
                 "Pilot launched in six schools on 8 September 2025."),
            ]),
            ("GS2", "Support children and young people with SEND", [
                ("GS2.1", "Open the new 60-place specialist resource provision for autistic pupils", "Director of Education", "Novmber 2025", "A", "A",
                 "Building works complete; staffing recruitment under way."),
                ("GS2.2", "Reduce the average time to issue an Education, Health and Care plan to under 20 weeks", "Head of SEND", "March 2026", "R", "A",
                 "Average time down from 31 to 24 weeks."),
            ]),
        ]),
        ("Safer communities", "Cllr Natasha Owusu, Cabinet Member for Community Safety", [
            ("SC1", "Tackle violence against women and girls", [
                ("SC1.1", "Deliver the Women's Safety Charter with a further 50 businesses and venues", "Head of Community Safety", "March 2026", "G", "G",
                 "31 businesses signed up."),
                ("SC1.2", "Commission a new domestic abuse perpetrator programme", "Head of Community Safety", "January 2026", "G", "A",
                 "Procurement delayed by one month; award expected December."),
            ]),
        ]),
    ]
    rag_fill = {"G": "green", "A": "amber", "R": "red", "B": "blue"}
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A3"] = "Quarter 2 RAG by theme"
    s["A3"].font = Font(bold=True)
    for c, h in enumerate(["Theme", "Blue (complete)", "Green", "Amber", "Red", "Total"], 1):
        s.cell(4, c, h).font = Font(bold=True)
    rr = 5
    for theme, cm, commits in themes:
        rows = [m for _, _, ms in commits for m in ms]
        s.cell(rr, 1, theme)
        for i, k in enumerate("BGAR"):
            s.cell(rr, 2 + i, sum(1 for m in rows if m[5] == k))
        s.cell(rr, 6, len(rows))
        rr += 1
    s["A10"] = "RAG key: B = complete; G = on track; A = some risk to delivery; R = significant risk, not on track."
    s.column_dimensions["A"].width = 30

    refuse_row = None
    for theme, cm, commits in themes:
        ws = wb.create_sheet(theme)
        ws["A1"] = "Council Delivery Plan – Quarter 2 2025/26"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Theme: " + theme
        ws["A2"].font = Font(bold=True, size=12)
        ws["A3"] = "Lead Cabinet Member: " + cm
        hdr = ["Ref", "Commitment", "Action / milestone", "Lead officer", "Due", "Q1 RAG", "Q2 RAG", "Q2 progress update"]
        for c, h in enumerate(hdr, 1):
            cell = ws.cell(5, c, h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = xfill("head")
            cell.border = BORDER
        r = 6
        for cref, ctext, ms in commits:
            first = r
            for (ref, text, lead, due, q1, q2, upd) in ms:
                ws.cell(r, 1, ref)
                if r == first:
                    ws.cell(r, 2, cref + " " + ctext)
                ws.cell(r, 3, text)
                ws.cell(r, 4, lead)
                ws.cell(r, 5, due)
                ws.cell(r, 6, q1).fill = xfill(rag_fill[q1])
                ws.cell(r, 7, q2).fill = xfill(rag_fill[q2])
                ws.cell(r, 8, upd)
                for c in range(1, 9):
                    ws.cell(r, c).alignment = WRAP
                    ws.cell(r, c).border = BORDER
                if due.startswith("Novmber"):
                    refuse_row = r
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        for col, w in zip("ABCDEFGH", [8, 30, 55, 30, 16, 8, 8, 50]):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))
    assert refuse_row == 8, refuse_row

    meta = dict(
        source="Imitates London borough council delivery plan quarterly monitoring workbooks (Southwark's Council Delivery Plan 2022–2026 performance reports to Cabinet, and similar quarter 2 reports such as North Herts' Council Delivery Plan and Bracknell Forest's Council Plan overview): a summary sheet of RAG counts by theme, then one sheet per theme with the lead cabinet member, commitments merged down over their milestones, lead officer, a due month written as words, Q1 and Q2 RAG with fill colours and a progress update.",
        reads="A delivery plan workbook with one sheet per theme; on the sheet 'A good start in life' the Due cell of milestone GS2.1 (sheet row 8) reads 'Novmber 2025', a mistyped month, so a careful reader would stop and ask what the due date is before taking in the plan.",
        outcome="refuse", refuse_at=refuse_row, title=title)
    write_yaml(name, meta, [])


# =============================================================================================
# 4. Wokingham Health and Wellbeing Board – action log (docx), one table per meeting
# =============================================================================================

def wokingham():
    name = "om1-wokingham-health-and-wellbeing-board-action-log.docx"
    title = "Wokingham Borough Health and Wellbeing Board – Action Log"
    meetings = [
        ("Actions from the meeting held on 10 July 2025", [
            ("HWB25/07-1", "Circulate the draft Better Care Fund Plan 2025/26 narrative to Board members for comment before submission.",
             "Integration Programme Manager", ["Integration Programme Manager"], "31/07/2025", "2025-07", None,
             "Circulated 18 July 2025; comments incorporated and plan submitted.", "B", "blue"),
            ("HWB25/07-2", "Bring a report on childhood immunisation uptake in the Borough, including MMR second dose by ward, to a future meeting.",
             "Consultant in Public Health / Immunisation Co-ordinator (BOB ICB)", ["Consultant in Public Health", "Immunisation Co-ordinator (BOB ICB)"],
             "Dec-25", "2025-12", None, "Scheduled for the December meeting.", "G", "green"),
            ("HWB25/07-3", "Share the Pharmaceutical Needs Assessment 2025 consultation link with all partner organisations.",
             "Public Health Programme Officer", ["Public Health Programme Officer"], "August 2025", "2025-08", None,
             "Shared through the Wokingham Borough Partnership bulletin on 4 August.", "B", "blue"),
            ("HWB25/07-4", "Present the findings of the GP access survey, with a response from the Primary Care Networks.",
             "Healthwatch Wokingham; PCN Clinical Directors", ["Healthwatch Wokingham", "PCN Clinical Directors"],
             "TBC", None, "TBC", "Date to be agreed with the PCNs; now likely to be February 2026.", "A", "amber"),
        ]),
        ("Actions from the meeting held on 9 October 2025", [
            ("HWB25/10-1", "Provide a breakdown of Household Support Fund spend by category of support.",
             "Service Manager (Financial Inclusion)", ["Service Manager (Financial Inclusion)"], "11/12/2025", "2025-12", None,
             "Data being collated.", "G", "green"),
            ("HWB25/10-2", "Write to the ICB on behalf of the Board setting out concerns about waiting times for neurodevelopmental assessments for children and young people.",
             "Cllr Helen Marsh (Chair)", ["Cllr Helen Marsh (Chair)"], "Oct-25", "2025-10", None,
             "Draft letter prepared; awaiting comments from the Vice-Chair.", "R", "red"),
            ("HWB25/10-3", "Arrange a Board development session on the refresh of the Joint Health and Wellbeing Strategy, including a workshop with the voluntary and community sector.",
             "Director of Public Health", ["Director of Public Health"], "January 2026", "2026-01", None,
             "Venue booked for 22 January 2026.", "G", "green"),
            ("HWB25/10-4", "Update the Board's terms of reference to reflect the new ICB place-based arrangements and circulate for approval by email.",
             "Democratic Services Officer", ["Democratic Services Officer"], "Nov 2025", "2025-11", None,
             "Awaiting confirmation of ICB membership from the Place Director.", "A", "amber"),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Updated 20 October 2025, following the meeting held on 9 October 2025. Completed actions (B) are removed after they have been reported to the next meeting.")
    doc.add_paragraph("Status key", style="Heading 3")
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (k, txt, col) in enumerate([("B", "Complete", FILL["blue"]), ("G", "On track", FILL["green"]),
                                        ("A", "At risk of missing the due date", FILL["amber"]),
                                        ("R", "Overdue or off track", FILL["red"])]):
        set_cell(key.cell(i, 0), k, bold=True)
        shade(key.cell(i, 0), col)
        set_cell(key.cell(i, 1), txt)
    actions = []
    hdr = ["Ref", "Action", "Owner", "Due date", "Update", "Status"]
    rag_col = {"B": FILL["blue"], "G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}
    for heading, rows in meetings:
        doc.add_paragraph(heading, style="Heading 2")
        t = doc.add_table(rows=1 + len(rows), cols=6)
        t.style = "Table Grid"
        for c, h in enumerate(hdr):
            set_cell(t.cell(0, c), h, bold=True, colour="FFFFFF")
            shade(t.cell(0, c), FILL["head"])
        for i, (ref, text, owner, lead, due, end, end_text, upd, rag, stt) in enumerate(rows, 1):
            for c, v in enumerate([ref, text, owner, due, upd, rag]):
                set_cell(t.cell(i, c), v)
            shade(t.cell(i, 5), rag_col[rag])
            d = dict(ref=ref, under=[heading], action=text, lead=lead, end=end, status=stt)
            if end_text:
                d["end_text"] = end_text
            actions.append(d)
    doc.add_paragraph("")
    doc.add_paragraph("Contact: Democratic Services, Wokingham Borough Council, Shute End, Wokingham RG40 1BN.")
    doc.save(os.path.join(HERE, name))

    meta = dict(
        source="Imitates the rolling action logs that health and wellbeing boards attach to their agenda packs (Wokingham Borough Wellbeing Board, Merton, Haringey and Norfolk HWB action logs, 2024–2025): a title and an 'updated' line, a small status key table, then one table per meeting the actions came from, with a ref built from the meeting date, the action, owner (officers by job title, the Chair by name, an organisation), due date written in several styles, an update and a one-letter status cell shaded in its colour.",
        reads="A Word action log with a status key table and two tables of four actions each, one per Board meeting under a heading naming the meeting; a person reads each row as an action under its meeting heading, with the owner(s), the due date (one is TBC) and the status letter read through the key (B = complete).",
        outcome="read", title=title)
    write_yaml(name, meta, actions)


# =============================================================================================
# 5. Sefton Safeguarding Children Partnership – LCSPR Child M action plan (docx)
# =============================================================================================

def sefton():
    name = "om1-sefton-safeguarding-children-partnership-lcspr-child-m-action-plan.docx"
    title = "Local Child Safeguarding Practice Review: Child M – Multi-Agency Action Plan"
    findings = [
        ("Finding 1 – Recognising and responding to neglect in adolescence",
         "Recommendation 1: The Partnership should seek assurance that practitioners recognise the neglect of adolescents, and that the Graded Care Profile 2 is used where neglect is a concern for children of all ages.",
         [
             ("1.1", "Revise the multi-agency neglect strategy and practice guidance to include a specific section on adolescent neglect.",
              "SSCP Business Manager", ["SSCP Business Manager"], "June 2025", "2025-06", None,
              "Revised strategy approved by the Executive Group on 5 June 2025 and published on the SSCP website.", "Blue", "blue"),
             ("1.2", "Deliver Graded Care Profile 2 refresher training to practitioners in secondary schools, the Youth Justice Service and Early Help, and audit the use of GCP2 for children aged 11–17.",
              "SSCP Learning and Development Lead / Head of Early Help", ["SSCP Learning and Development Lead", "Head of Early Help"],
              "Sept 2025 – March 2026", "2026-03", None,
              "Four sessions delivered (86 practitioners). Audit scheduled for February 2026.", "Green", "green"),
         ]),
        ("Finding 2 – Professional curiosity about who lives in the household",
         "Recommendation 2: All partner agencies should ensure that assessments and health contacts record who lives in and regularly visits the household, and that information about adult males is sought and shared.",
         [
             ("2.1", "Update the Children's Social Care assessment template to include a mandatory household composition section, including significant adults who do not live at the address.",
              "Service Manager (Quality Assurance)", ["Service Manager (Quality Assurance)"], "31/12/2025", "2025-12", None,
              "Template change requested from the case management system supplier; release date not yet confirmed.", "Amber", "amber"),
             ("2.2", "Add a household composition prompt to health visiting and school nursing contact records.",
              "0–19 Service Lead (Alder Hey)", ["0–19 Service Lead (Alder Hey)"], "Nov-25", "2025-11", None,
              "Prompt built and being tested with two teams.", "Green", "green"),
             ("2.3", "Brief public protection officers on the learning from this review and on sharing information about adults in the household with Children's Social Care.",
              "Detective Chief Inspector – Protecting Vulnerable People Unit", ["Detective Chief Inspector – Protecting Vulnerable People Unit"],
              "August 2025", "2025-08", None,
              "Briefing delivered to all PVP teams in August 2025; included in the force learning bulletin.", "Blue", "blue"),
         ]),
        ("Finding 3 – Sharing safeguarding information when children move school",
         "Recommendation 3: The Local Authority and schools should strengthen arrangements for sharing safeguarding information when a child moves school, including in-year moves and moves to alternative provision.",
         [
             ("3.1", "Issue guidance to all schools on the transfer of child protection files within five school days of a move, in line with Keeping Children Safe in Education 2025.",
              "Education Safeguarding Manager", ["Education Safeguarding Manager"], "Summer term 2025", "2025-07", None,
              "Guidance issued to all schools and settings, July 2025.", "Blue", "blue"),
             ("3.2", "Audit a sample of in-year transfers to check that safeguarding files were received and acted on by the receiving school, and report the findings to the Practice Review Subgroup.",
              "Education Safeguarding Manager; Chair of the Practice Review Subgroup", ["Education Safeguarding Manager", "Chair of the Practice Review Subgroup"],
              "Autumn term 2025", "2025-12", None,
              "Sample of 25 transfers identified; audit tool agreed.", "Amber", "amber"),
             ("3.3", "Add a question on the receipt of safeguarding records to the annual Section 175/157 safeguarding audit for schools.",
              "SSCP Business Manager", ["SSCP Business Manager"], "Ongoing – annual", None, "Ongoing – annual",
              "Question included in the 2025 audit; returns due December.", "Green", "green"),
         ]),
    ]
    rag_col = {"Blue": FILL["blue"], "Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"]}
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph("Sefton Safeguarding Children Partnership")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.runs[0].bold = True
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("This plan sets out how the safeguarding partners and relevant agencies will respond to the recommendations of the review. Progress is monitored by the Practice Review Subgroup and reported to the SSCP Executive Group each quarter.")

    dc = doc.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    for r, row in enumerate([("Version", "Date", "Author", "Approved by"),
                             ("v1.0", "14/03/2025", "SSCP Business Manager", "SSCP Executive Group"),
                             ("v1.3", "02/10/2025", "SSCP Business Manager", "Practice Review Subgroup")]):
        for c, v in enumerate(row):
            set_cell(dc.cell(r, c), v, bold=(r == 0))
    doc.add_paragraph("")
    doc.add_paragraph("RAG rating key", style="Heading 3")
    kt = doc.add_table(rows=4, cols=2)
    kt.style = "Table Grid"
    for i, (w, txt) in enumerate([("Blue", "Complete, with evidence of impact"), ("Green", "On track"),
                                   ("Amber", "Some slippage – recoverable"), ("Red", "Not on track – escalated to Executive Group")]):
        set_cell(kt.cell(i, 0), w, bold=True)
        shade(kt.cell(i, 0), rag_col[w])
        set_cell(kt.cell(i, 1), txt)

    actions = []
    hdr = ["Ref", "Action", "Lead", "Timescale", "Progress / evidence", "RAG"]
    for finding, rec, rows in findings:
        doc.add_paragraph(finding, style="Heading 1")
        t = doc.add_table(rows=2 + len(rows), cols=6)
        t.style = "Table Grid"
        m = t.cell(0, 0).merge(t.cell(0, 5))
        set_cell(m, rec, bold=True, size=10)
        shade(m, FILL["theme"])
        for c, h in enumerate(hdr):
            set_cell(t.cell(1, c), h, bold=True)
            shade(t.cell(1, c), FILL["grey"])
        for i, (ref, text, leadtxt, lead, tscale, end, end_text, prog, rag, stt) in enumerate(rows, 2):
            for c, v in enumerate([ref, text, leadtxt, tscale, prog, rag]):
                set_cell(t.cell(i, c), v)
            shade(t.cell(i, 5), rag_col[rag])
            d = dict(ref=ref, under=[finding, rec], action=text, lead=lead, end=end, status=stt)
            if end_text:
                d["end_text"] = end_text
            actions.append(d)
        doc.add_paragraph("")
    doc.add_paragraph("Sign-off", style="Heading 3")
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for r, row in enumerate([("Safeguarding partner", "Name", "Date"),
                             ("Sefton Council", "Director of Children's Services", "14/03/2025"),
                             ("NHS Cheshire and Merseyside ICB", "Director of Nursing (Sefton Place)", "14/03/2025")]):
        for c, v in enumerate(row):
            set_cell(so.cell(r, c), v, bold=(r == 0))
    doc.save(os.path.join(HERE, name))

    meta = dict(
        source="Imitates the multi-agency action plans that safeguarding children partnerships publish with a local child safeguarding practice review (e.g. Sefton, Hillingdon, Leeds and Royal Greenwich LCSPR action plans, 2023–2025): partnership name and plan title, document control table, RAG key table, then one section per finding with a heading, a table whose first merged row carries the numbered recommendation, and rows of numbered actions with lead (job titles, several in one cell), timescale (month, date, period, school term, 'Ongoing – annual'), progress/evidence and a RAG word in a shaded cell; a sign-off table at the end.",
        reads="A Word action plan for an LCSPR with three findings; under each finding heading a table begins with the recommendation in a merged row and lists two or three numbered actions. A person reads each action under its finding and recommendation, with its lead(s), timescale and RAG word; the document control, RAG key and sign-off tables hold no actions.",
        outcome="read", title=title)
    write_yaml(name, meta, actions)


# =============================================================================================
# 6. Barnsley – Ofsted focused visit action plan (csv export, area text only on first row)
# =============================================================================================

def barnsley():
    name = "om1-barnsley-council-ofsted-focused-visit-action-plan.csv"
    title = "Barnsley Children's Services – Ofsted Focused Visit Action Plan (Children in Need and Child Protection)"
    areas = [
        ("The quality and timeliness of plans for children in need, so that they are specific, measurable and reviewed regularly.", [
            ("1a", "Refresh the child in need plan template so that each outcome has a named person, a timescale and a measure of progress.",
             "Head of Service – Children in Need", ["Head of Service – Children in Need"], "Nov-24", "Jan-25", "2025-01", None,
             "New template live from 13 January 2025.", "Complete", "blue"),
            ("1b", "Introduce a six-weekly child in need review tracker, monitored at the weekly performance meeting.",
             "Head of Service – Children in Need / Performance and Intelligence Manager",
             ["Head of Service – Children in Need", "Performance and Intelligence Manager"], "Dec-24", "31/03/2025", "2025-03", None,
             "Tracker in use; 81% of reviews held within six weeks in February.", "Green", "green"),
            ("1c", "Dip-sample 30 child in need plans each quarter through the practice assurance framework and report themes to the Improvement Board.",
             "Principal Social Worker", ["Principal Social Worker"], "Jan-25", "Quarterly", None, "Quarterly",
             "First dip-sample completed; 60% of plans rated good.", "Green", "green"),
        ]),
        ("The consistency and impact of management oversight and supervision, so that it drives progress for children and records the rationale for decisions.", [
            ("2a", "Launch the revised supervision policy and recording template, with reflective discussion and clear actions and timescales.",
             "Service Director – Children's Social Care", ["Service Director – Children's Social Care"], "Nov-24", "Feb-25", "2025-02", None,
             "Policy launched at the all-staff briefing on 6 February 2025.", "Complete", "blue"),
            ("2b", "Deliver a management development programme for all team managers and advanced practitioners, covering supervision and the use of performance data.",
             "Workforce Development Manager; Principal Social Worker", ["Workforce Development Manager", "Principal Social Worker"],
             "Jan-25", "Sept 2025", "2025-09", None,
             "Cohort 1 completed; cohort 2 delayed to May 2025 because of trainer availability.", "Amber", "amber"),
            ("2c", "Audit supervision records each quarter against the supervision standards and report the findings to the Children's Services Improvement Board.",
             "Head of Quality Assurance and Safeguarding", ["Head of Quality Assurance and Safeguarding"], "Apr-25", "Q2 2025/26", "2025-09", None,
             "Audit tool agreed; first audit in April.", "Green", "green"),
        ]),
        ("The recognition of and response to neglect, including the use of the Graded Care Profile 2 (GCP2) where neglect is a concern.", [
            ("3a", "Train all child in need and child protection social workers in the use of GCP2, with refresher sessions for team managers.",
             "Barnsley Safeguarding Children Partnership Business Manager", ["Barnsley Safeguarding Children Partnership Business Manager"],
             "Jan-25", "30/06/2025", "2025-06", None,
             "73% of staff trained to date; a \"train the trainer\" model has been agreed with the partnership.", "Amber", "amber"),
            ("3b", "Add a neglect screening question to the single assessment, with a prompt to complete GCP2 where neglect is identified.\nReport the number of GCP2 assessments completed each month.",
             "Head of Service – Assessment and MASH", ["Head of Service – Assessment and MASH"], "", "Jul-25", "2025-07", None,
             "", "Not started", "unrated"),
        ]),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([title, "", "", "", "", "", "", ""])
    w.writerow(["Visit dates: 10–11 September 2024. Letter published 15 October 2024. Plan updated 31 March 2025.", "", "", "", "", "", "", ""])
    w.writerow(["", "", "", "", "", "", "", ""])
    w.writerow(["Area for improvement", "Ref", "Action", "Lead(s)", "Start date", "Target date", "Progress update (March 2025)", "RAG"])
    actions = []
    for afi, rows in areas:
        for i, (ref, text, leadtxt, lead, start, target, end, end_text, upd, rag, stt) in enumerate(rows):
            w.writerow([afi if i == 0 else "", ref, text, leadtxt, start, target, upd, rag])
            d = dict(ref=ref, under=[afi], action=text, lead=lead, end=end, status=stt)
            if end_text:
                d["end_text"] = end_text
            actions.append(d)
    w.writerow(["", "", "", "", "", "", "", ""])
    w.writerow(["RAG key: Complete = delivered and evidenced; Green = on track; Amber = some slippage; Red = off track; Not started.", "", "", "", "", "", "", ""])
    w.writerow(["Plan owner: Executive Director, Children's Services. Progress reported monthly to the Children's Services Improvement Board.", "", "", "", "", "", "", ""])
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    meta = dict(
        source="Imitates a local authority's action plan responding to an Ofsted ILACS focused visit letter (areas for improvement quoted from the letter), exported to CSV from the spreadsheet the improvement board tracks it in, in the style of the focused visit action plans councils such as Manchester, Suffolk and Lancashire published in 2024–2025: title and visit-dates lines, the area for improvement written only on the first row of its group, lettered action refs, leads as job titles (two in a cell), start and target dates in mixed formats, progress update, RAG word, and key/owner notes lines at the bottom.",
        reads="A CSV plan with three areas for improvement, each written once on the first row of its group of two or three actions; a person reads every following row as belonging to the area above, takes the target date (not the start date) as the end, and reads the RAG word (Complete = done, Not started = no rating). The lines above the header and the key/owner lines at the foot are not actions.",
        outcome="read", title=title)
    write_yaml(name, meta, actions)


# =============================================================================================
# 7. Westmorland and Furness – transformation programme highlight report (tab-separated text)
# =============================================================================================

def westmorland():
    name = "om1-westmorland-and-furness-council-transformation-programme-highlight-report.txt"
    title = "Westmorland and Furness Council – Transformation Programme Highlight Report"
    workstreams = [
        ("Workstream 1 – Customer and Digital", "Director of Resources", [
            ("CD01", "Launch the single customer contact platform for council tax and waste enquiries",
             "Head of Customer Services", ["Head of Customer Services"], "Jun-25", "Sep-25", "2025-09", "A", "Complete", "blue",
             "Went live 22 September 2025."),
            ("CD02", "Migrate the three legacy revenues and benefits systems onto a single system",
             "Head of Revenues and Benefits / ICT Programme Lead", ["Head of Revenues and Benefits", "ICT Programme Lead"],
             "Dec-25", "Mar-26", "2026-03", "A", "R", "red",
             "Data cleansing taking longer than planned; supplier change request to Programme Board in October."),
            ("CD03", "Publish the new council website and retire the three sovereign council websites",
             "Digital Services Manager", ["Digital Services Manager"], "Oct-25", "Nov-25", "2025-11", "A", "A", "amber",
             "Content migration 70% complete."),
        ]),
        ("Workstream 2 – People and Organisational Design", "Director of People", [
            ("PO01", "Complete the tier 3 and tier 4 management restructure and confirm appointments",
             "Assistant Director HR and OD", ["Assistant Director HR and OD"], "Jul-25", "Jul-25", "2025-07", "G", "Complete", "blue",
             "All appointments confirmed."),
            ("PO02", "Agree a single pay and grading structure with the trade unions",
             "Assistant Director HR and OD", ["Assistant Director HR and OD"], "Mar-26", "Q1 2026/27", "2026-06", "G", "A", "amber",
             "Job evaluation of 1,400 roles continuing; implementation moved to the first quarter of 2026/27."),
            ("PO03", "Roll out the performance and development conversation framework to all managers",
             "Learning and Development Manager", ["Learning and Development Manager"], "Dec-25", "Dec-25", "2025-12", "G", "G", "green",
             "Briefings held with 212 managers."),
        ]),
        ("Workstream 3 – Property and Accommodation", "Director of Thriving Places", [
            ("PA01", "Consolidate Penrith office staff into two hub buildings and declare the surplus accommodation for disposal",
             "Head of Property and Estates", ["Head of Property and Estates"], "Sep-25", "Jan-26", "2026-01", "G", "A", "amber",
             "Moves delayed by ICT cabling works at the receiving building."),
            ("PA02", "Complete condition surveys of all operational buildings to inform the asset rationalisation plan",
             "Estates Manager; Building Surveying Manager", ["Estates Manager", "Building Surveying Manager"],
             "31/12/2025", "31/12/2025", "2025-12", "G", "G", "green",
             "118 of 164 surveys completed."),
        ]),
    ]
    T = "\t"
    lines = [
        title,
        "Period covered:" + T + "1–30 September 2025",
        "Report date:" + T + "3 October 2025",
        "Programme Sponsor:" + T + "Chief Executive",
        "Programme Manager:" + T + "Head of Transformation and Change",
        "Overall programme status:" + T + "Amber (previous period: Amber)",
        "",
        "RAG key:" + T + "G = on track" + T + "A = at risk but recoverable" + T + "R = off track, decision needed" + T + "Complete = delivered and closed",
        "",
    ]
    actions = []
    for ws, wlead, rows in workstreams:
        lines.append(ws)
        lines.append("Workstream lead:" + T + wlead)
        lines.append(T.join(["Ref", "Milestone", "Owner", "Baseline date", "Forecast date", "Last RAG", "RAG", "Commentary"]))
        for (ref, text, owner, lead, base, fc, end, last, rag, stt, comm) in rows:
            lines.append(T.join([ref, text, owner, base, fc, last, rag, comm]))
            actions.append(dict(ref=ref, under=[ws], action=text, lead=lead, end=end, status=stt))
        lines.append("")
    lines += [
        "Budget:" + T + "£2.35m approved for 2025/26; £1.12m spent to 30 September; forecast on budget.",
        "Decisions required:" + T + "Approval of the revenues and benefits supplier change request (CD02) – see separate paper.",
        "Next report:" + T + "November 2025 Programme Board",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    meta = dict(
        source="Imitates the monthly transformation programme highlight reports that English unitary councils take to a programme board or scrutiny (e.g. Westmorland and Furness, Cumberland, North Northamptonshire transformation highlight reports, 2024–2025), as a tab-separated text export: title line, period/report date/sponsor/manager lines, overall status with previous status, a RAG key line, then a block per workstream with its lead and a milestone table (ref, milestone, owner, baseline date, forecast date, last and current RAG, commentary), and budget/decisions/next-report lines at the foot.",
        reads="A highlight report in tab-separated text with three workstream blocks of two or three milestones each; a person reads each milestone under its workstream heading, with its owner(s), the forecast date as the end (it revises the baseline) and the current RAG column (Complete = delivered). The header lines, key, workstream-lead lines and footer lines are not actions.",
        outcome="read", title=title)
    write_yaml(name, meta, actions)


if __name__ == "__main__":
    richmond()
    hounslow()
    southwark()
    wokingham()
    sefton()
    barnsley()
    westmorland()
    print("built", sorted(f for f in os.listdir(HERE) if f.startswith("om1-")))
