#!/usr/bin/env python3
"""Build the seven zwe- blind cases (set heldout631) and their expected readings.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Writes only files whose names start with "zwe-" in this folder.
"""
import csv
import datetime as dt
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
    "blue": "5B9BD5",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "head": "1F4E79",
    "band": "DDEBF7",
}


def out(name):
    assert name.startswith("zwe-")
    return os.path.join(HERE, name)


def write_expected(name, source, reads, title, actions=None, outcome="read",
                   accept_refusal=False, refuse_at=None):
    doc = {"source": source, "reads": reads, "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        acts = []
        for a in actions:
            d = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                 "lead": a["lead"], "end": a["end"]}
            if a.get("end_text"):
                d["end_text"] = a["end_text"]
            d["status"] = a["status"]
            acts.append(d)
        doc["actions"] = acts
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def hdr(ws, row, values, col=1):
    for i, v in enumerate(values):
        c = ws.cell(row=row, column=col + i, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def body(c, wrap=True):
    c.alignment = Alignment(wrap_text=wrap, vertical="top")
    c.border = BOX


RAGFILL = {"Blue": "blue", "Complete": "blue", "Green": "green", "On track": "green",
           "Amber": "amber", "Delayed": "amber", "Red": "red", "B": "blue", "G": "green",
           "A": "amber", "R": "red"}


# ====================================================================== A
# Wokingham Borough Council - internal audit recommendations tracker (xlsx)
def make_wokingham():
    name = "zwe-wokingham-borough-council-internal-audit-recommendations-tracker.xlsx"
    title = "Wokingham Borough Council – Internal Audit and Investigation: Follow-up of Agreed Actions"
    D = dt.datetime
    audits = [
        ("Accounts Payable (2024/25) – Limited Assurance", [
            ("Supplier bank detail amendments should be independently verified before they are processed.", 1, [
                dict(ref="AP.01",
                     action="Introduce a mandatory call-back check, using contact details already held on Business World, for every request to amend supplier bank details, and retain evidence of the call-back with the request.",
                     lead_cell="Finance Systems Manager", orig=D(2025, 6, 30), rev=D(2025, 9, 30),
                     st="Complete",
                     upd="Call-back procedure live from 1 August 2025. Internal Audit sample of 25 amendments in October found evidence on file for all 25.",
                     lead=["Finance Systems Manager"], end="2025-09", status="blue"),
            ]),
            ("A duplicate payment check should be completed before every payment run.", 2, [
                dict(ref="AP.02a",
                     action="Configure the duplicate invoice report to run automatically before each BACS payment run.",
                     lead_cell="Finance Systems Manager", orig=D(2025, 7, 31), rev=D(2025, 12, 31),
                     st="Amber",
                     upd="Report built and in user testing. Go-live moved to December because of the Business World upgrade.",
                     lead=["Finance Systems Manager"], end="2025-12", status="amber"),
                dict(ref="AP.02b",
                     action="Review and sign off the duplicate payment exception report for each run, keeping the signed report in the payment run folder.",
                     lead_cell="Payables Team Leader", orig=D(2025, 7, 31), rev=None,
                     st="Red",
                     upd="Manual check carried out, but sign-off was not evidenced for the September and October runs.",
                     lead=["Payables Team Leader"], end="2025-07", status="red"),
            ]),
        ]),
        ("Information Governance – Subject Access Requests (2024/25) – Limited Assurance", [
            ("Subject access requests should be logged centrally and monitored against the statutory one-month deadline.", 1, [
                dict(ref="IG.01",
                     action="Move all subject access requests onto the central Information Governance case log and report compliance with the one-month deadline to the Corporate Leadership Team each month.",
                     lead_cell="Data Protection Officer / Information Governance Manager",
                     orig=D(2025, 5, 31), rev=D(2025, 10, 31), st="Complete",
                     upd="Central log in use since July 2025; monthly compliance report to CLT from September (September compliance 91%).",
                     lead=["Data Protection Officer", "Information Governance Manager"], end="2025-10",
                     status="blue"),
            ]),
            ("Officers who handle subject access requests should complete redaction training.", 2, [
                dict(ref="IG.02",
                     action="Deliver redaction training to all nominated SAR co-ordinators and record completion on the learning management system.",
                     lead_cell="Information Governance Manager", orig=D(2025, 9, 30), rev=D(2026, 1, 31),
                     st="Amber",
                     upd="18 of 24 co-ordinators trained. Remaining sessions booked for January 2026.",
                     lead=["Information Governance Manager"], end="2026-01", status="amber"),
            ]),
        ]),
        ("Housing Repairs – Contract Management (2025/26) – Limited Assurance", [
            ("Contractor performance should be monitored against the KPIs set out in the responsive repairs contract.", 1, [
                dict(ref="HR.01",
                     action="Hold monthly contract performance meetings with the responsive repairs contractor, supported by minutes and a KPI dashboard, and escalate persistent underperformance to the Assistant Director.",
                     lead_cell="Head of Housing Property Services", orig=D(2025, 11, 30), rev=None,
                     st="Complete",
                     upd="Monthly meetings held since September with KPI dashboard. Two KPIs escalated in November.",
                     lead=["Head of Housing Property Services"], end="2025-11", status="blue"),
            ]),
            ("Invoices should be checked against completed and inspected works before payment.", 1, [
                dict(ref="HR.02",
                     action="Introduce a 10% post-inspection sample of completed jobs before invoices are approved for payment.",
                     lead_cell="Repairs Contract Manager", orig=D(2026, 1, 31), rev=None, st="Green",
                     upd="Sampling method agreed with Internal Audit; two surveyors trained.",
                     lead=["Repairs Contract Manager"], end="2026-01", status="green"),
                dict(ref="HR.03",
                     action="Reconcile the contractor's monthly application for payment to the job management system and resolve variances before authorisation.",
                     lead_cell="Repairs Contract Manager & Finance Business Partner (Place)",
                     orig=D(2026, 3, 31), rev=None, st="Green",
                     upd="Reconciliation template drafted; first reconciliation due for the December application.",
                     lead=["Repairs Contract Manager", "Finance Business Partner (Place)"], end="2026-03",
                     status="green"),
            ]),
        ]),
        ("Schools Payroll – Starters and Leavers (2025/26) – Reasonable Assurance", [
            ("Leaver notifications from schools should be received and processed before the payroll cut-off date.", 2, [
                dict(ref="SP.01",
                     action="Reissue the leaver notification procedure and payroll cut-off calendar to all maintained school business managers, and chase late notifications within two working days.",
                     lead_cell="Payroll Manager", orig=D(2025, 12, 31), rev=None, st="Green",
                     upd="Procedure reissued 4 November 2025. Chasing log started.",
                     lead=["Payroll Manager"], end="2025-12", status="green"),
            ]),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 31 December 2025 – reported to Audit Committee, 11 February 2026"
    ws["A2"].font = Font(italic=True)
    hdr(ws, 4, ["Priority", "Actions due to date", "Complete", "Green", "Amber", "Red"])
    rows = [("Priority 1", 14, 9, 2, 2, 1), ("Priority 2", 31, 22, 5, 3, 1),
            ("Total", 45, 31, 7, 5, 2)]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = ws.cell(row=5 + i, column=1 + j, value=v)
            body(c)
            if r[0] == "Total":
                c.font = Font(bold=True)
    ws["A9"] = "Status key"
    ws["A9"].font = Font(bold=True)
    key = [("Complete", "Action implemented and evidence verified by Internal Audit", "blue"),
           ("Green", "On track to meet the target date", "green"),
           ("Amber", "Revised target date agreed by the Director", "amber"),
           ("Red", "Target date passed with no revised date agreed", "red")]
    for i, (k, t, col) in enumerate(key):
        a = ws.cell(row=10 + i, column=1, value=k)
        a.fill = fill(FILL[col])
        body(a)
        b = ws.cell(row=10 + i, column=2, value=t)
        body(b, wrap=False)
    ws["A15"] = "Priority 3 actions are followed up with the responsible Director and are not reported to the Committee."
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 20
    for col in "CDEF":
        ws.column_dimensions[col].width = 12

    ws2 = wb.create_sheet("Outstanding Actions")
    ws2["A1"] = "Appendix B – Outstanding Priority 1 and 2 Agreed Actions (Quarter 3 2025/26)"
    ws2["A1"].font = Font(bold=True, size=13)
    heads = ["Ref", "Recommendation", "Priority", "Agreed Management Action", "Responsible Officer",
             "Original Target Date", "Revised Target Date", "Status", "Management Update (December 2025)"]
    hdr(ws2, 3, heads)
    r = 4
    expected = []
    for audit, recs in audits:
        ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(heads))
        c = ws2.cell(row=r, column=1, value=audit)
        c.font = Font(bold=True)
        c.fill = fill(FILL["grey"])
        r += 1
        for rec, prio, acts in recs:
            first = r
            for a in acts:
                ws2.cell(row=r, column=1, value=a["ref"])
                ws2.cell(row=r, column=4, value=a["action"])
                ws2.cell(row=r, column=5, value=a["lead_cell"])
                c6 = ws2.cell(row=r, column=6, value=a["orig"])
                c6.number_format = "dd/mm/yyyy"
                c7 = ws2.cell(row=r, column=7, value=a["rev"])
                c7.number_format = "dd/mm/yyyy"
                st = ws2.cell(row=r, column=8, value=a["st"])
                st.fill = fill(FILL[RAGFILL[a["st"]]])
                ws2.cell(row=r, column=9, value=a["upd"])
                for col in range(1, len(heads) + 1):
                    body(ws2.cell(row=r, column=col))
                expected.append(dict(ref=a["ref"], under=[audit, rec], action=a["action"],
                                     lead=a["lead"], end=a["end"], status=a["status"]))
                r += 1
            ws2.cell(row=first, column=2, value=rec)
            ws2.cell(row=first, column=3, value=prio)
            if r - 1 > first:
                ws2.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws2.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
            body(ws2.cell(row=first, column=2))
    r += 1
    ws2.cell(row=r, column=1, value="Dates shown are those agreed in the final audit report; revised dates have been agreed by the relevant Director.")
    widths = [9, 40, 9, 50, 28, 13, 13, 11, 50]
    for i, w in enumerate(widths):
        ws2.column_dimensions[chr(65 + i)].width = w
    ws2.freeze_panes = "A4"
    wb.save(out(name))

    write_expected(
        name,
        source=("Imitates the quarterly 'Internal Audit and Investigation' progress report to Wokingham "
                "Borough Council's Audit Committee (wokingham.moderngov.co.uk, Audit Committee 2023-2025), "
                "whose appendix lists outstanding priority 1 and 2 agreed actions. Copied features: a "
                "Summary sheet with counts by priority and a status key (Complete/Green/Amber/Red, "
                "fill-coloured), a second sheet with grey audit-title band rows (audit, year, assurance "
                "opinion), recommendation and priority cells merged down over their agreed actions, "
                "original and revised target dates as real dates, a notes line under the table."),
        reads=("A follow-up tracker of internal audit agreed actions grouped under four audits. Each "
               "audit band holds one or more recommendations, each answered by one or more agreed "
               "management actions with a responsible officer, original and (sometimes) revised target "
               "date and a status word; nine actions in all."),
        title=title, actions=expected)


# ====================================================================== B
# Cambridge City Council - corporate risk register (xlsx)
def make_cambridge():
    name = "zwe-cambridge-city-council-corporate-risk-register-2025-26.xlsx"
    title = "Cambridge City Council – Corporate Risk Register 2025/26"
    risks = [
        dict(risk="CR01 Financial sustainability",
             desc="Cause: continuing cost pressures, demand for temporary accommodation and uncertainty over the Fair Funding Review.\nEvent: the Council cannot set a balanced budget over the medium term.\nEffect: service reductions, reserves falling below the prudent minimum.",
             owner="Chief Finance Officer", L=4, I=4, dot="↔", target=9,
             acts=[
                 dict(ref="1.1", action="Deliver the savings and income proposals agreed in the 2025/26 Budget Setting Report and report progress to Cabinet each quarter.",
                      lead_cell="Strategic Directors", due="31/03/2026", st="On track",
                      lead=["Strategic Directors"], end="2026-03", status="green"),
                 dict(ref="1.2", action="Refresh the Medium Term Financial Strategy to reflect the multi-year local government finance settlement.",
                      lead_cell="Chief Finance Officer", due="Feb-26", st="On track",
                      lead=["Chief Finance Officer"], end="2026-02", status="green"),
             ]),
        dict(risk="CR04 Cyber attack",
             desc="Cause: ransomware, phishing or a supplier compromise.\nEvent: loss of access to systems or data.\nEffect: inability to deliver services, data breach, regulatory action.",
             owner="Chief Operating Officer", L=3, I=5, dot="↑", target=10,
             acts=[
                 dict(ref="4.1", action="Complete the move of remaining on-premises servers to the cloud hosting platform and decommission legacy systems.",
                      lead_cell="Head of 3C ICT", due="Q4 2025/26", st="Delayed",
                      lead=["Head of 3C ICT"], end="2026-03", status="amber"),
                 dict(ref="4.2", action="Run a cyber incident exercise with the Strategic Leadership Team and update the ICT business continuity plan.",
                      lead_cell="Head of 3C ICT / Emergency Planning Manager", due="Nov-25", st="Complete",
                      lead=["Head of 3C ICT", "Emergency Planning Manager"], end="2025-11", status="blue"),
             ]),
        dict(risk="CR07 Local Government Reorganisation",
             desc="Cause: Government's programme of reorganisation for two-tier areas.\nEvent: loss of capacity and focus during transition.\nEffect: delays to Council priorities, loss of key staff, weaker services for residents.",
             owner="Chief Executive", L=4, I=4, dot="↑", target=12,
             acts=[
                 dict(ref="7.1", action="Establish an LGR programme board and programme management office with dedicated resource.",
                      lead_cell="Chief Executive", due="Sep-25", st="Complete",
                      lead=["Chief Executive"], end="2025-09", status="blue"),
                 dict(ref="7.2", action="Agree data-sharing and workforce protocols with the other Cambridgeshire councils ahead of the structural changes order.",
                      lead_cell="Chief Operating Officer", due="Ongoing", st="On track",
                      lead=["Chief Operating Officer"], end=None, end_text="Ongoing", status="green"),
             ]),
        dict(risk="CR09 Housing landlord compliance",
             desc="Cause: ageing stock, incomplete compliance data, new consumer standards and Awaab's Law.\nEvent: failure to meet statutory safety requirements in council homes.\nEffect: harm to tenants, Regulator of Social Housing intervention.",
             owner="Assistant Director – Housing", L=3, I=4, dot="↓", target=8,
             acts=[
                 dict(ref="9.1", action="Clear the backlog of fire risk assessment remedial actions in council-owned blocks.",
                      lead_cell="Head of Housing Maintenance and Assets", due="30/06/2026", st="On track",
                      lead=["Head of Housing Maintenance and Assets"], end="2026-06", status="green"),
                 dict(ref="9.2", action="Implement Awaab's Law procedures for damp and mould reports, including response timescales and tenant communication.",
                      lead_cell="Head of Housing Maintenance and Assets / Tenancy Services Manager",
                      due="27/10/2025", st="Complete",
                      lead=["Head of Housing Maintenance and Assets", "Tenancy Services Manager"],
                      end="2025-10", status="blue"),
                 dict(ref="9.3", action="Procure a new asset management and compliance database for the housing stock.",
                      lead_cell="Head of Housing Maintenance and Assets", due="Dec 2026", st="Not started",
                      lead=["Head of Housing Maintenance and Assets"], end="2026-12", status="unrated"),
             ]),
    ]

    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Quarter 3 review – reported to Civic Affairs Committee, 28 January 2026"
    hdr(cv, 4, ["Version", "Date", "Author", "Changes"])
    vers = [("1.0", "24/04/2025", "Risk and Insurance Officer", "Annual refresh approved by Strategic Leadership Team"),
            ("1.1", "21/07/2025", "Risk and Insurance Officer", "Q1 review; CR07 added"),
            ("1.2", "20/10/2025", "Risk and Insurance Officer", "Q2 review; CR04 score increased"),
            ("1.3", "14/01/2026", "Risk and Insurance Officer", "Q3 review")]
    for i, v in enumerate(vers):
        for j, x in enumerate(v):
            body(cv.cell(row=5 + i, column=1 + j, value=x), wrap=False)
    for col, w in zip("ABCD", [10, 12, 28, 55]):
        cv.column_dimensions[col].width = w

    km = wb.create_sheet("Scoring and Key")
    km["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    km["A1"].font = Font(bold=True)
    km["A3"] = "Likelihood / Impact"
    for i in range(1, 6):
        km.cell(row=3, column=1 + i, value=i).font = Font(bold=True)
        km.cell(row=3 + i, column=1, value=6 - i).font = Font(bold=True)
    for li in range(1, 6):
        for im in range(1, 6):
            s = li * im
            c = km.cell(row=9 - li, column=1 + im, value=s)
            c.fill = fill(FILL["red"] if s >= 15 else FILL["amber"] if s >= 8 else FILL["green"])
    km["A11"] = "Action status key"
    km["A11"].font = Font(bold=True)
    keys = [("Complete", "Action finished", "blue"),
            ("On track", "Due date expected to be met", "green"),
            ("Delayed", "Due date at risk or missed; revised plan in place", "amber"),
            ("Not started", "Action not yet begun", None)]
    for i, (k, t, col) in enumerate(keys):
        a = km.cell(row=12 + i, column=1, value=k)
        if col:
            a.fill = fill(FILL[col])
        km.cell(row=12 + i, column=2, value=t)
    km.column_dimensions["A"].width = 20

    ws = wb.create_sheet("Corporate Risk Register")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Risks scored 12 or above after existing controls, with further actions. Q3 position at 14 January 2026."
    ws["A2"].font = Font(italic=True)
    groups = [("Risk", 1, 1), ("Description", 2, 2), ("Risk Owner", 3, 3), ("Current Risk", 4, 6),
              ("Direction of Travel", 7, 7), ("Further Actions", 8, 12), ("Target Score", 13, 13)]
    hdr(ws, 4, ["Risk", "Description", "Risk Owner", "Current Risk", "", "", "Direction of Travel",
                "Further Actions", "", "", "", "", "Target Score"])
    hdr(ws, 5, ["", "", "", "L", "I", "Score", "", "Ref", "Action", "Action Owner", "Due Date",
                "Action Status", ""])
    for g, a, b in groups:
        if a != b:
            ws.merge_cells(start_row=4, start_column=a, end_row=4, end_column=b)
    for col in (1, 2, 3, 7, 13):
        ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    r = 6
    expected = []
    for rk in risks:
        first = r
        for a in rk["acts"]:
            ws.cell(row=r, column=8, value=a["ref"])
            ws.cell(row=r, column=9, value=a["action"])
            ws.cell(row=r, column=10, value=a["lead_cell"])
            ws.cell(row=r, column=11, value=a["due"])
            st = ws.cell(row=r, column=12, value=a["st"])
            if a["st"] in RAGFILL:
                st.fill = fill(FILL[RAGFILL[a["st"]]])
            for col in range(1, 14):
                body(ws.cell(row=r, column=col))
            e = dict(ref=a["ref"], under=[rk["risk"]], action=a["action"], lead=a["lead"],
                     end=a["end"], status=a["status"])
            if a.get("end_text"):
                e["end_text"] = a["end_text"]
            expected.append(e)
            r += 1
        vals = {1: rk["risk"], 2: rk["desc"], 3: rk["owner"], 4: rk["L"], 5: rk["I"],
                6: rk["L"] * rk["I"], 7: rk["dot"], 13: rk["target"]}
        for col, v in vals.items():
            ws.cell(row=first, column=col, value=v)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
        sc = rk["L"] * rk["I"]
        ws.cell(row=first, column=6).fill = fill(FILL["red"] if sc >= 15 else FILL["amber"])
        ws.cell(row=first, column=1).font = Font(bold=True)
    widths = [22, 48, 20, 5, 5, 7, 10, 6, 50, 28, 12, 12, 8]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(out(name))

    write_expected(
        name,
        source=("Imitates the corporate risk register appendix that Cambridge City Council's risk "
                "function reports to Civic Affairs Committee (democracy.cambridge.gov.uk, Civic Affairs "
                "'Risk Management – Committee Update' items; Risk Management Strategy and Framework, "
                "Cabinet March 2026), which lists each corporate risk with cause/event/effect, owner, "
                "likelihood x impact score, direction of travel and further actions. Copied features: a "
                "cover sheet with version history, a scoring matrix and action status key on its own "
                "sheet (Delayed shown amber, no blue/green RAG words), two-row grouped headers, risk "
                "cells merged down over their further actions, due dates typed in mixed forms (31/03/2026, "
                "Feb-26, Q4 2025/26, Ongoing)."),
        reads=("A corporate risk register on the third sheet: four risks, each with two or three further "
               "actions (ref, action, action owner, due date, action status). The actions are read under "
               "their risk; the status words map through the sheet's key (Complete blue, On track green, "
               "Delayed amber, Not started unrated)."),
        title=title, actions=expected)


# ====================================================================== C
# Cheshire East Council - Ofsted focused visit action plan (xlsx)
def make_cheshire_east():
    name = "zwe-cheshire-east-council-ofsted-focused-visit-action-plan.xlsx"
    title = "Ofsted Focused Visit Action Plan: Children in need and children subject to a child protection plan"
    areas = [
        ("1. The quality and impact of management oversight and supervision on children's plans", [
            dict(ref="1.1", action="Launch a revised supervision policy and template that records reflective discussion, actions and timescales for each child.",
                 lead_cell="Principal Social Worker", ts="February 2023",
                 measure="Supervision audit shows child-level actions recorded in 80% of records.",
                 upd="Policy launched 6 February 2023; template live in Liquidlogic.",
                 prev="Green", cur="Blue", lead=["Principal Social Worker"], end="2023-02", status="blue"),
            dict(ref="1.2", action="Audit a monthly sample of 40 supervision records through the quality assurance framework and report themes to the Children's Services Leadership Team.",
                 lead_cell="Head of Safeguarding and Quality Assurance", ts="Ongoing (monthly)",
                 measure="Monthly audit report; improving trend in 'good' gradings.",
                 upd="Audits completed every month since March; 'good' gradings up from 38% to 57%.",
                 prev="Green", cur="Green", lead=["Head of Safeguarding and Quality Assurance"], end=None,
                 end_text="Ongoing (monthly)", status="green"),
            dict(ref="1.3", action="Deliver management oversight training to all team managers and practice leads.",
                 lead_cell="Principal Social Worker / Workforce Development Manager", ts="Jan 2023 – Apr 2023",
                 measure="100% of team managers and practice leads attend.",
                 upd="Four cohorts delivered; 41 of 43 managers attended, two booked for October.",
                 prev="Amber", cur="Green", lead=["Principal Social Worker", "Workforce Development Manager"],
                 end="2023-04", end_text="Jan 2023 – Apr 2023", status="green"),
        ]),
        ("2. The timeliness of initial child protection conferences", [
            dict(ref="2.1", action="Introduce a weekly ICPC tracker reviewed by the Head of Service.\nEscalate any conference outside 15 working days to the Director of Children's Social Care.",
                 lead_cell="Head of Service (CIN/CP)", ts="December 2022",
                 measure="ICPCs within 15 working days above 85%.",
                 upd="Tracker in place since 5 December 2022. Timeliness 88% (April to August 2023).",
                 prev="Green", cur="Blue", lead=["Head of Service (CIN/CP)"], end="2022-12", status="blue"),
            dict(ref="2.2", action="Recruit two additional child protection chairs to the Safeguarding Unit.",
                 lead_cell="Head of Safeguarding and Quality Assurance", ts="31/03/2023",
                 measure="Two chairs in post; average chair caseload below 70 children.",
                 upd="One chair appointed May 2023; second post re-advertised.",
                 prev="Amber", cur="Amber", lead=["Head of Safeguarding and Quality Assurance"], end="2023-03",
                 status="amber"),
        ]),
        ("3. The consistency of partner attendance and contribution at core groups and child in need meetings", [
            dict(ref="3.1", action="Agree a multi-agency expectation for attendance at core groups and child in need meetings through the Cheshire East Safeguarding Children's Partnership.",
                 lead_cell="Partnership Business Manager (CESCP)", ts="March 2023",
                 measure="Expectation agreed by CESCP Executive and circulated to all agencies.",
                 upd="Agreed at CESCP Executive 15 March 2023.",
                 prev="Green", cur="Blue", lead=["Partnership Business Manager (CESCP)"], end="2023-03",
                 status="blue"),
            dict(ref="3.2", action="Report partner attendance at core groups to the CESCP Performance and Quality Assurance sub-group each quarter.",
                 lead_cell="Service Manager (CIN/CP)", ts="Q1 2023/24",
                 measure="Quarterly attendance data by agency.",
                 upd="First report presented in July 2023; health attendance 92%, schools 81%.",
                 prev="Amber", cur="Green", lead=["Service Manager (CIN/CP)"], end="2023-06", status="green"),
            dict(ref="3.3", action="Undertake a multi-agency audit of 20 child in need plans, focusing on partner contribution.",
                 lead_cell="Head of Safeguarding and Quality Assurance & Partnership Business Manager (CESCP)",
                 ts="Sept 2023", measure="Audit report with findings shared with CESCP.",
                 upd="Audit tool agreed; case sample selected. Fieldwork delayed to October because of school holidays.",
                 prev="", cur="Amber",
                 lead=["Head of Safeguarding and Quality Assurance", "Partnership Business Manager (CESCP)"],
                 end="2023-09", status="amber"),
        ]),
        ("4. Recording of children's lived experience and wishes and feelings in assessments and plans", [
            dict(ref="4.1", action="Update the assessment and child in need plan templates in Liquidlogic to include a 'voice of the child' section.",
                 lead_cell="Liquidlogic Systems Lead", ts="May 2023",
                 measure="Templates updated; section completed in 90% of new assessments.",
                 upd="Template change built; release moved to the October Liquidlogic upgrade.",
                 prev="Red", cur="Amber", lead=["Liquidlogic Systems Lead"], end="2023-05", status="amber"),
            dict(ref="4.2", action="Roll out the direct work toolkit and practice guidance to all CIN/CP teams.",
                 lead_cell="Principal Social Worker", ts="July 2023",
                 measure="Toolkit in use in all teams; audit evidence of direct work in plans.",
                 upd="Toolkit not yet launched; practice guidance awaiting sign-off.",
                 prev="", cur="Red", lead=["Principal Social Worker"], end="2023-07", status="red"),
        ]),
    ]

    wb = Workbook()
    dc = wb.active
    dc.title = "Document Control"
    dc["A1"] = "Cheshire East Council – Children's Services"
    dc["A1"].font = Font(bold=True, size=13)
    dc["A2"] = title
    rows = [("Plan owner", "Director of Children's Social Care"),
            ("Governance", "Children's Services Improvement Board; Children and Families Committee"),
            ("Focused visit dates", "15 and 16 November 2022"),
            ("Letter published", "20 December 2022")]
    for i, (k, v) in enumerate(rows):
        a = dc.cell(row=4 + i, column=1, value=k)
        a.font = Font(bold=True)
        dc.cell(row=4 + i, column=2, value=v)
    hdr(dc, 9, ["Version", "Date", "Author", "Summary of changes"])
    vers = [("0.1", "January 2023", "Head of Service (CIN/CP)", "First draft following the letter"),
            ("1.0", "February 2023", "Head of Service (CIN/CP)", "Approved by Improvement Board and sent to Ofsted"),
            ("1.2", "June 2023", "Improvement Programme Manager", "Quarter 1 progress"),
            ("1.3", "September 2023", "Improvement Programme Manager", "Quarter 2 progress; RAG refreshed")]
    for i, v in enumerate(vers):
        for j, x in enumerate(v):
            body(dc.cell(row=10 + i, column=1 + j, value=x), wrap=False)
    for col, w in zip("ABCD", [22, 18, 30, 50]):
        dc.column_dimensions[col].width = w

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Cheshire East Council – Children's Services"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Focused visit 15–16 November 2022 | Progress at September 2023"
    ws["A4"] = "RAG: Blue = complete and evidenced; Green = on track; Amber = some slippage, mitigation in place; Red = off track"
    ws["A4"].font = Font(italic=True)
    heads = ["No.", "Action", "Lead", "Timescale", "Success measure / evidence of impact",
             "Progress update (September 2023)", "Previous RAG", "Current RAG"]
    hdr(ws, 6, heads)
    r = 7
    expected = []
    for area, acts in areas:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(heads))
        c = ws.cell(row=r, column=1, value=area)
        c.font = Font(bold=True)
        c.fill = fill(FILL["band"])
        r += 1
        for a in acts:
            vals = [a["ref"], a["action"], a["lead_cell"], a["ts"], a["measure"], a["upd"],
                    a["prev"] or None, a["cur"]]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                body(c)
            for col, key in ((7, "prev"), (8, "cur")):
                if a[key]:
                    ws.cell(row=r, column=col).fill = fill(FILL[RAGFILL[a[key]]])
            e = dict(ref=a["ref"], under=[area], action=a["action"], lead=a["lead"], end=a["end"],
                     status=a["status"])
            if a.get("end_text"):
                e["end_text"] = a["end_text"]
            expected.append(e)
            r += 1
    widths = [6, 52, 30, 16, 34, 44, 10, 10]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(out(name))

    write_expected(
        name,
        source=("Imitates the action plan an English council sends Ofsted after a focused visit to "
                "children's services (letter's 'What needs to improve' points become numbered areas), as "
                "reported by Cheshire East Council to its Children and Families Committee "
                "(moderngov.cheshireeast.gov.uk, children's services improvement plan progress reports). "
                "Copied features: a Document Control sheet (plan owner, governance, visit dates, version "
                "history), title and RAG key lines above the table, numbered area-for-improvement band "
                "rows merged across the sheet, actions 1.1..4.2 with lead posts, mixed timescales "
                "(month, Jan 2023 – Apr 2023, Q1 2023/24, 31/03/2023, Ongoing (monthly)), success measures, "
                "progress text, Previous RAG and Current RAG words with fill colour."),
        reads=("A focused visit action plan of ten actions under four numbered areas for improvement. "
               "Each action has a lead (job titles, sometimes two joined by / or &), a timescale, a "
               "success measure, a September 2023 update and previous/current RAG; the current RAG is "
               "the status."),
        title=title, actions=expected)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def header_row(table, heads):
    for i, h in enumerate(heads):
        c = table.rows[0].cells[i]
        set_cell(c, h, bold=True)
        shade(c, "D9E2F3")


# ====================================================================== D
# South Cambridgeshire CSP - DHR action plan (docx)
def make_south_cambs():
    name = "zwe-south-cambridgeshire-csp-dhr-rebecca-action-plan.docx"
    title = "Domestic Homicide Review ‘Rebecca’ – Action Plan"
    secA = "Section A: Overview Report Recommendations"
    secB = "Section B: Single Agency Recommendations"
    sections = [
        (secA, [
            ("1. Cambridgeshire agencies should ensure that practitioners routinely ask about domestic abuse when an adult presents with a head injury or unexplained bruising.", "Local", [
                dict(ref="1.1", action="Add a routine enquiry prompt for domestic abuse to the minor injuries unit triage template.",
                     lead_cell="Cambridgeshire Community Services NHS Trust",
                     prog="Prompt added to SystmOne template in August 2024; compliance audit 94%.",
                     due="September 2024", rag="B",
                     lead=["Cambridgeshire Community Services NHS Trust"], end="2024-09", status="blue"),
                dict(ref="1.2", action="Deliver a routine enquiry briefing to GP practices in South Cambridgeshire through the Protected Learning Time programme.",
                     lead_cell="NHS Cambridgeshire and Peterborough ICB",
                     prog="Briefing delivered at PLT events in November 2024 and February 2025 (27 practices).",
                     due="March 2025", rag="B",
                     lead=["NHS Cambridgeshire and Peterborough ICB"], end="2025-03", status="blue"),
            ]),
            ("2. The Community Safety Partnership should assure itself that older victims of domestic abuse can access specialist support that meets their needs.", "Local", [
                dict(ref="2.1", action="Map current IDVA and outreach provision for victims aged 60 and over and identify gaps.",
                     lead_cell="Cambridgeshire Domestic Abuse and Sexual Violence Partnership",
                     prog="Mapping report presented to the DHR Oversight Group in December 2024.",
                     due="Dec 2024", rag="B",
                     lead=["Cambridgeshire Domestic Abuse and Sexual Violence Partnership"], end="2024-12",
                     status="blue"),
                dict(ref="2.2", action="Commission awareness sessions for volunteers and befrienders in older people’s services on recognising domestic abuse in later life.",
                     lead_cell="South Cambridgeshire CSP / Cambridgeshire Domestic Abuse and Sexual Violence Partnership",
                     prog="Three of five sessions delivered; remaining two booked for January and February 2026.",
                     due="31/03/2026", rag="G",
                     lead=["South Cambridgeshire CSP", "Cambridgeshire Domestic Abuse and Sexual Violence Partnership"],
                     end="2026-03", status="green"),
            ]),
            ("3. The Home Office should consider guidance on carers’ assessments where the carer is also the alleged perpetrator.", "National", [
                dict(ref="3.1", action="Write to the Home Office setting out the learning from this review and asking that it is considered in the revised statutory guidance.",
                     lead_cell="South Cambridgeshire CSP",
                     prog="Letter sent 4 July 2024; acknowledgement received.",
                     due="July 2024", rag="B",
                     lead=["South Cambridgeshire CSP"], end="2024-07", status="blue"),
            ]),
        ]),
        (secB, [
            ("4. Cambridgeshire Constabulary should ensure that DASH risk assessments are completed with the victim away from the suspected perpetrator.", "Single agency", [
                dict(ref="4.1", action="Reissue guidance on completing DASH risk assessments in private and add a compliance check to the supervisor’s incident review.",
                     lead_cell="Cambridgeshire Constabulary",
                     prog="Guidance reissued May 2024. Compliance reported monthly to the Public Protection Board.",
                     due="Ongoing", rag="G",
                     lead=["Cambridgeshire Constabulary"], end=None, end_text="Ongoing", status="green"),
            ]),
            ("5. Adult Social Care should strengthen the consideration of domestic abuse in carers’ assessments and reviews.", "Single agency", [
                dict(ref="5.1", action="Amend the carers’ assessment form to include questions on the caring relationship, coercion and control.",
                     lead_cell="Cambridgeshire County Council – Adult Social Care",
                     prog="Form changes agreed; awaiting release in the case management system update planned for November 2025.",
                     due="Jan 2025", rag="A",
                     lead=["Cambridgeshire County Council – Adult Social Care"], end="2025-01", status="amber"),
                dict(ref="5.2", action="Audit 30 carers’ assessments completed after the change to confirm that domestic abuse is being considered.",
                     lead_cell="Principal Social Worker (Adults)",
                     prog="Not started – dependent on 5.1.",
                     due="May 2026", rag="",
                     lead=["Principal Social Worker (Adults)"], end="2026-05", status="unrated"),
            ]),
        ]),
    ]

    doc = Document()
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("South Cambridgeshire Community Safety Partnership")
    doc.add_paragraph("Overview report approved by the Home Office Quality Assurance Panel on 17 April 2024 and published on 3 June 2024.")
    doc.add_paragraph("This action plan is monitored by the DHR Oversight Group. Version 5 – updated 2 October 2025.")
    doc.add_paragraph("RAG key", style="Heading 2")
    kt = doc.add_table(rows=4, cols=2)
    kt.style = "Table Grid"
    for i, (k, t) in enumerate([("B", "Complete – evidence received by the Oversight Group"),
                                ("G", "On track"), ("A", "Delayed but achievable"),
                                ("R", "Not on track / no update received")]):
        set_cell(kt.rows[i].cells[0], k, bold=True)
        shade(kt.rows[i].cells[0], FILL[RAGFILL[k]])
        set_cell(kt.rows[i].cells[1], t)
    heads = ["Recommendation", "Scope", "Ref", "Action to take", "Lead agency",
             "Key milestones / progress", "Target date", "RAG"]
    expected = []
    for sec, recs in sections:
        doc.add_paragraph(sec, style="Heading 1")
        n = sum(len(a) for _, _, a in recs)
        t = doc.add_table(rows=1 + n, cols=len(heads))
        t.style = "Table Grid"
        header_row(t, heads)
        r = 1
        for rec, scope, acts in recs:
            first = r
            for a in acts:
                cells = t.rows[r].cells
                set_cell(cells[2], a["ref"])
                set_cell(cells[3], a["action"])
                set_cell(cells[4], a["lead_cell"])
                set_cell(cells[5], a["prog"])
                set_cell(cells[6], a["due"])
                set_cell(cells[7], a["rag"], bold=True)
                if a["rag"]:
                    shade(cells[7], FILL[RAGFILL[a["rag"]]])
                e = dict(ref=a["ref"], under=[sec, rec], action=a["action"], lead=a["lead"],
                         end=a["end"], status=a["status"])
                if a.get("end_text"):
                    e["end_text"] = a["end_text"]
                expected.append(e)
                r += 1
            top0, top1 = t.rows[first].cells[0], t.rows[first].cells[1]
            if r - 1 > first:
                top0 = top0.merge(t.rows[r - 1].cells[0])
                top1 = top1.merge(t.rows[r - 1].cells[1])
            set_cell(top0, rec)
            set_cell(top1, scope)
    doc.add_paragraph("")
    doc.add_paragraph("Sign-off", style="Heading 2")
    st = doc.add_table(rows=2, cols=3)
    st.style = "Table Grid"
    for i, h in enumerate(["Role", "Name", "Date"]):
        set_cell(st.rows[0].cells[i], h, bold=True)
    for i, h in enumerate(["Chair, South Cambridgeshire CSP", "", "2 October 2025"]):
        set_cell(st.rows[1].cells[i], h)
    doc.save(out(name))

    write_expected(
        name,
        source=("Imitates a district community safety partnership's domestic homicide review action plan "
                "in the Home Office template shape (Recommendation / Scope / Action to take / Lead agency "
                "/ Key milestones / Target date), as published by Cambridgeshire district CSPs after "
                "Home Office QA panel approval, with a local RAG column added for oversight-group "
                "monitoring. Copied features: title and CSP name paragraphs, approval/publication and "
                "version lines, a separate RAG key table, one table per section (overview report "
                "recommendations, single agency recommendations) under Heading 1 paragraphs, "
                "recommendation and scope cells merged vertically over their actions, a sign-off table."),
        reads=("A DHR action plan with eight actions in two sections. Each numbered recommendation is "
               "followed by its actions (1.1, 1.2 ...) with a lead agency, progress, target date and a "
               "B/G/A/R letter; one action has no RAG yet (not started)."),
        title=title, actions=expected)


# ====================================================================== E
# Lewisham Council - corporate strategy annual delivery plan (docx)
def make_lewisham():
    name = "zwe-lewisham-council-corporate-strategy-delivery-plan-2025-26.docx"
    title = "Corporate Strategy 2022–2026: Annual Delivery Plan 2025/26"
    prios = [
        ("Priority 1: Cleaner and greener", [
            ("We will make the borough greener, with more street trees, tiny forests and community orchards", [
                dict(ref="CG1", action="Plant 1,000 new street trees in the 2025/26 planting season.",
                     lead_cell="Director of Public Realm", due="March 2026", rag="Green",
                     upd="Planting programme confirmed; 310 trees planted by end of September.",
                     lead=["Director of Public Realm"], end="2026-03", status="green"),
                dict(ref="CG2", action="Create two new tiny forests in Downham and Bellingham wards.",
                     lead_cell="Parks Manager", due="Q3 2025/26", rag="Amber",
                     upd="Downham site prepared. Bellingham site needs a change to the lease; planting now expected in February.",
                     lead=["Parks Manager"], end="2025-12", status="amber"),
            ]),
            ("We will keep our high streets cleaner and take action against fly-tipping", [
                dict(ref="CG3", action="Increase enforcement patrols in the five town centres with the most fly-tipping reports and publish prosecution figures.",
                     lead_cell="Head of Environmental Enforcement", due="Quarterly", rag="Green",
                     upd="Patrols increased from July. 46 fixed penalty notices and 9 prosecutions in Q2.",
                     lead=["Head of Environmental Enforcement"], end=None, end_text="Quarterly",
                     status="green"),
            ]),
        ]),
        ("Priority 2: A strong local economy", [
            ("We will expand our apprenticeship programme into new areas of work", [
                dict(ref="SE1", action="Place 75 apprentices across council services and the Lewisham supply chain, including 15 in green skills roles.",
                     lead_cell="Head of Economy, Jobs and Partnerships", due="31 March 2026", rag="Green",
                     upd="41 apprentices placed to date, 8 in green skills roles.",
                     lead=["Head of Economy, Jobs and Partnerships"], end="2026-03", status="green"),
                dict(ref="SE2", action="Launch a supported apprenticeship pathway for care-experienced young people with Lewisham College.",
                     lead_cell="Director of Inclusive Regeneration / Head of Economy, Jobs and Partnerships",
                     due="September 2025", rag="Blue",
                     upd="Pathway launched 8 September 2025 with 12 starters.",
                     lead=["Director of Inclusive Regeneration", "Head of Economy, Jobs and Partnerships"],
                     end="2025-09", status="blue"),
            ]),
            ("We will support independent businesses and protect our street markets", [
                dict(ref="SE3", action="Complete the refurbishment of market pitches and trader welfare facilities at Lewisham Market.",
                     lead_cell="Markets Manager", due="December 2025", rag="Amber",
                     upd="Contractor appointed in August; works started late because of utility diversions.",
                     lead=["Markets Manager"], end="2025-12", status="amber"),
            ]),
        ]),
        ("Priority 3: Quality housing", [
            ("We will deliver more genuinely affordable homes and bring empty homes back into use", [
                dict(ref="QH1", action="Complete 220 new social rent homes through the council’s building programme.",
                     lead_cell="Director of Housing Delivery", due="2025/26", rag="Amber",
                     upd="96 homes completed. Two schemes delayed by Building Safety Regulator gateway approvals.",
                     lead=["Director of Housing Delivery"], end="2026-03", end_text="2025/26",
                     status="amber"),
                dict(ref="QH2", action="Bring 40 long-term empty private homes back into use through grants, advice and enforcement.",
                     lead_cell="Private Sector Housing Manager", due="March 2026", rag="Green",
                     upd="19 homes returned to use; two empty dwelling management orders in progress.",
                     lead=["Private Sector Housing Manager"], end="2026-03", status="green"),
            ]),
            ("We will improve the quality and safety of council homes", [
                dict(ref="QH3", action="Put in place a damp and mould case management process that meets Awaab’s Law for all council-managed homes.",
                     lead_cell="Director of Housing Services", due="October 2025", rag="Blue",
                     upd="Process live from 27 October 2025; staff trained and tenant letters issued.",
                     lead=["Director of Housing Services"], end="2025-10", status="blue"),
            ]),
        ]),
        ("Priority 4: Safer communities", [
            ("We will tackle violence against women and girls", [
                dict(ref="SC1", action="Renew White Ribbon accreditation and deliver bystander training to 300 council staff.",
                     lead_cell="Head of Community Safety", due="November 2025", rag="Green",
                     upd="Renewal submitted; 212 staff trained.",
                     lead=["Head of Community Safety"], end="2025-11", status="green"),
                dict(ref="SC2", action="Extend the Safe Havens scheme to 50 businesses in Lewisham, Catford and Deptford town centres.",
                     lead_cell="VAWG Strategic Lead", due="Jan 2026", rag="Red",
                     upd="Only 14 businesses signed up; recruitment approach being reviewed with the BIDs.",
                     lead=["VAWG Strategic Lead"], end="2026-01", status="red"),
            ]),
            ("We will work with young people to reduce serious youth violence", [
                dict(ref="SC3", action="Expand detached youth work to two additional estates identified in the serious violence strategic needs assessment.",
                     lead_cell="Head of Youth Offer / Youth Justice Service Manager", due="Q4 2025/26", rag="Green",
                     upd="Estates agreed; youth workers recruited and starting in November.",
                     lead=["Head of Youth Offer", "Youth Justice Service Manager"], end="2026-03",
                     status="green"),
            ]),
        ]),
    ]

    doc = Document()
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("London Borough of Lewisham – Quarter 2 progress report (July to September 2025)")
    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Document owner", "Head of Strategy and Performance"),
                                ("Version", "1.1"), ("Date", "6 November 2025"),
                                ("Reported to", "Executive Management Team; Mayor and Cabinet, 19 November 2025")]):
        set_cell(dc.rows[i].cells[0], k, bold=True)
        set_cell(dc.rows[i].cells[1], v)
    doc.add_paragraph("How to read this report", style="Heading 1")
    doc.add_paragraph("Each deliverable has been RAG rated by its lead officer: Blue – complete; Green – on "
                      "track; Amber – some slippage but expected to be delivered in 2025/26; Red – at risk "
                      "of not being delivered in 2025/26.")
    # summary table
    counts = {}
    for p, coms in prios:
        c = {"Blue": 0, "Green": 0, "Amber": 0, "Red": 0}
        for _, acts in coms:
            for a in acts:
                c[a["rag"]] += 1
        counts[p] = c
    doc.add_paragraph("Summary of Q2 RAG ratings", style="Heading 2")
    sm = doc.add_table(rows=2 + len(prios), cols=6)
    sm.style = "Table Grid"
    header_row(sm, ["Priority", "Blue", "Green", "Amber", "Red", "Total"])
    tot = {"Blue": 0, "Green": 0, "Amber": 0, "Red": 0}
    for i, (p, _) in enumerate(prios):
        cells = sm.rows[1 + i].cells
        set_cell(cells[0], p)
        for j, k in enumerate(["Blue", "Green", "Amber", "Red"]):
            set_cell(cells[1 + j], str(counts[p][k]))
            tot[k] += counts[p][k]
        set_cell(cells[5], str(sum(counts[p].values())))
    cells = sm.rows[-1].cells
    set_cell(cells[0], "Total", bold=True)
    for j, k in enumerate(["Blue", "Green", "Amber", "Red"]):
        set_cell(cells[1 + j], str(tot[k]), bold=True)
    set_cell(cells[5], str(sum(tot.values())), bold=True)

    heads = ["Ref", "Commitment", "Deliverable 2025/26", "Lead officer", "Due", "Q2 RAG", "Q2 update"]
    colours = {"Blue": "00B0F0", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    expected = []
    for p, coms in prios:
        doc.add_paragraph(p, style="Heading 1")
        n = sum(len(a) for _, a in coms)
        t = doc.add_table(rows=1 + n, cols=len(heads))
        t.style = "Table Grid"
        header_row(t, heads)
        r = 1
        for com, acts in coms:
            first = r
            for a in acts:
                cells = t.rows[r].cells
                set_cell(cells[0], a["ref"])
                set_cell(cells[2], a["action"])
                set_cell(cells[3], a["lead_cell"])
                set_cell(cells[4], a["due"])
                set_cell(cells[5], a["rag"])
                shade(cells[5], colours[a["rag"]])
                set_cell(cells[6], a["upd"])
                e = dict(ref=a["ref"], under=[p, com], action=a["action"], lead=a["lead"],
                         end=a["end"], status=a["status"])
                if a.get("end_text"):
                    e["end_text"] = a["end_text"]
                expected.append(e)
                r += 1
            top = t.rows[first].cells[1]
            if r - 1 > first:
                top = top.merge(t.rows[r - 1].cells[1])
            set_cell(top, com, bold=True)
    doc.add_paragraph("Performance measures for each priority are reported separately in the Q2 "
                      "performance dashboard.")
    doc.save(out(name))

    write_expected(
        name,
        source=("Imitates Lewisham Council's Corporate Strategy 2022–2026 annual delivery plan progress "
                "report to Mayor and Cabinet, using the strategy's published priorities "
                "(lewisham.gov.uk/mayorandcouncil/corporate-strategy/priorities: Cleaner and greener, A "
                "strong local economy, Quality housing, Safer communities ...), commitments paraphrased. "
                "Copied features: title and subtitle paragraphs, a document control table, a RAG key "
                "paragraph, a summary table of RAG counts by priority with a Total row, then one Heading 1 "
                "and one table per priority with the commitment cell merged down over its deliverables, "
                "job-title leads (one cell with two posts split by '/'), due dates as months, quarters, "
                "'2025/26' and 'Quarterly', shaded RAG words, a closing note paragraph."),
        reads=("A corporate delivery plan progress report: four priorities, each a table of deliverables "
               "(CG1 ... SC3) grouped under commitments, twelve in all, each with a lead officer, due "
               "date, Q2 RAG word and update. The document control and summary tables are not actions."),
        title=title, actions=expected)


# ====================================================================== F
# Hammersmith & Fulham Council - business plan delivery tracker (csv, refuse)
def make_hf():
    name = "zwe-hammersmith-fulham-council-business-plan-delivery-tracker-typo-month-refuse.csv"
    title = "London Borough of Hammersmith & Fulham – H&F Business Plan 2025/26: Delivery Tracker"
    rows = [
        [title, "", "", "", "", "", "", ""],
        ["Exported from Pentana Performance on 14/11/2025 09:32 – Q2 2025/26 position", "", "", "", "", "", "", ""],
        [],
        ["Code", "Value", "Action", "Managed By", "Original Due Date", "Due Date", "Status", "Latest Note"],
        ["BP25-01", "Building shared prosperity", "Open the new public square and ground-floor community space at the Hammersmith Civic Campus.",
         "Director of Regeneration", "31-Dec-2025", "31-Mar-2026", "On track", "Practical completion of the square certified; community space fit-out under way."],
        ["BP25-02", "Building shared prosperity", "Support 600 residents into work through the WorkZone employment service.",
         "Head of Economic Development, Learning and Skills", "31-Mar-2026", "31-Mar-2026", "On track", "348 job outcomes at end of Q2."],
        ["BP25-03", "Creating a compassionate council", "Maintain free home care for all eligible residents and publish the annual review of the policy.",
         "Director of Adult Social Care", "30-Sep-2025", "30-Sep-2025", "Complete", "Annual review published 26 September 2025."],
        ["BP25-04", "Creating a compassionate council", "Extend the cost-of-living support hub to two further community venues in Fulham.",
         "Head of Financial Inclusion", "31-Jan-2026", "31-Jan-2026", "On track", "Venues agreed at Sands End and Fulham Reach; staffing rota in place."],
        ["BP25-05", "Doing things with residents, not to them", "Set up a residents' commission on the future of the borough's libraries.",
         "Head of Strategy / Libraries and Archives Manager", "31-Oct-2025", "31-Jan-2026", "On track", "Commission membership confirmed; first meeting set for December."],
        ["BP25-06", "Taking pride in H&F", "Introduce weekly food waste collections to all kerbside properties.",
         "Director of Public Realm", "30-Sep-2025", "31-0ct-2025", "Overdue", "Vehicle delivery delayed; roll-out to the final two rounds pending."],
        ["BP25-07", "Rising to the challenge of the climate and ecological emergency", "Install 400 new on-street electric vehicle charge points.",
         "Head of Transport and Highways", "31-Mar-2026", "31-Mar-2026", "On track", "212 charge points installed."],
        ["BP25-08", "Being ruthlessly financially efficient", "Deliver the 2025/26 savings programme of £8.2m.",
         "Director of Finance", "31-Mar-2026", "31-Mar-2026", "On track", "£6.1m delivered or on track; £0.6m at risk with mitigations identified."],
        ["BP25-09", "Being ruthlessly financially efficient", "Complete the procurement of the new corporate finance and HR system.",
         "Director of Finance / Director of People and Talent", "30-Jun-2025", "30-Sep-2025", "Complete", "Contract awarded 18 September 2025."],
        [],
        ["Total actions: 9", "", "On track: 6", "", "Complete: 2", "", "Overdue: 1", ""],
    ]
    with open(out(name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for r in rows:
            w.writerow(r)
    # check the typo line number
    with open(out(name), encoding="utf-8") as f:
        lines = f.read().splitlines()
    bad = [i + 1 for i, l in enumerate(lines) if "31-0ct-2025" in l]
    assert bad == [10], bad

    write_expected(
        name,
        source=("Imitates a council business plan delivery tracker exported to CSV from a performance "
                "system (Pentana) for Hammersmith & Fulham Council's H&F Business Plan, rows grouped by "
                "the plan's values (Building shared prosperity, Creating a compassionate council, Doing "
                "things with residents not to them, Being ruthlessly financially efficient, Taking pride "
                "in H&F, Rising to the challenge of the climate and ecological emergency). Copied features: "
                "title and export-stamp lines, a header row, dates in Pentana's dd-Mmm-yyyy form with "
                "original and revised due dates, status words, a totals line at the end."),
        reads=("A tracker of nine business plan actions with original and current due dates. On line 10 "
               "(BP25-06) the current Due Date reads '31-0ct-2025' with a zero for the O of Oct: a "
               "mistyped month in the end cell, so a careful reader stops and asks before reading the "
               "plan."),
        title=title, outcome="refuse", refuse_at=10)


# ====================================================================== G
# Enfield Health and Wellbeing Board - action log (txt, tab-separated)
def make_enfield():
    name = "zwe-enfield-health-and-wellbeing-board-action-log.txt"
    title = "ENFIELD HEALTH AND WELLBEING BOARD – ACTION LOG"
    open_h = "OPEN ACTIONS"
    done_h = "COMPLETED SINCE THE LAST MEETING"
    acts = [
        (open_h, dict(ref="HWB25/04", mtg="12/06/2025", item="Joint Local Health and Wellbeing Strategy – Start Well",
                      action="Bring a report on take-up of trauma-informed practice training across early years settings to a future Board meeting.",
                      lead_cell="Director of Public Health", due="15/01/2026",
                      upd="Scheduled for the January agenda.", rag="G",
                      lead=["Director of Public Health"], end="2026-01", status="green")),
        (open_h, dict(ref="HWB25/06", mtg="12/06/2025", item="Better Care Fund 2025/26",
                      action="Circulate each Better Care Fund quarterly return to Board members before submission.",
                      lead_cell="Director of Health and Adult Social Care", due="Each quarter",
                      upd="Q1 return circulated 28 July; Q2 return circulated 20 October.", rag="G",
                      lead=["Director of Health and Adult Social Care"], end=None, end_text="Each quarter",
                      status="green")),
        (open_h, dict(ref="HWB25/09", mtg="09/10/2025", item="Pharmaceutical Needs Assessment",
                      action="Publish the final Pharmaceutical Needs Assessment on the council website and notify NHS England.",
                      lead_cell="Senior Public Health Strategist", due="31/10/2025",
                      upd="PNA signed off by the Chair under delegated authority; publication held up by final map corrections.",
                      cont="Revised publication date of 21 November 2025 agreed with NHS England.",
                      rag="R", lead=["Senior Public Health Strategist"], end="2025-10", status="red")),
        (open_h, dict(ref="HWB25/10", mtg="09/10/2025", item="Winter planning 2025/26",
                      action="Share the North Central London winter communications plan with Board members and voluntary sector partners.",
                      lead_cell="Mark Ellison and Priya Nair", due="November 2025", upd="", rag="A",
                      lead=["Mark Ellison", "Priya Nair"], end="2025-11", status="amber")),
        (open_h, dict(ref="HWB25/11", mtg="09/10/2025", item="Healthwatch Enfield annual report",
                      action="Arrange a joint workshop with Healthwatch Enfield on access to GP appointments in the east of the borough.",
                      lead_cell="Healthwatch Enfield Chief Executive / NCL ICB Borough Director", due="Jan-26",
                      upd="Date being agreed.", rag="G",
                      lead=["Healthwatch Enfield Chief Executive", "NCL ICB Borough Director"], end="2026-01",
                      status="green")),
        (done_h, dict(ref="HWB25/02", mtg="13/03/2025", item="Suicide Prevention Plan",
                      action="Refresh the Enfield Suicide Prevention Plan and bring it to the Board for endorsement.",
                      lead_cell="Consultant in Public Health", due="June 2025",
                      upd="Endorsed at the June meeting.", rag="B",
                      lead=["Consultant in Public Health"], end="2025-06", status="blue")),
        (done_h, dict(ref="HWB25/07", mtg="12/06/2025", item="Family Hubs",
                      action="Provide Board members with the list of Family Hub sites and opening hours.",
                      lead_cell="Head of Early Help", due="July 2025",
                      upd="Circulated by email on 3 July 2025.", rag="B",
                      lead=["Head of Early Help"], end="2025-07", status="blue")),
    ]
    lines = [title,
             "Updated following the Board meeting of 9 October 2025",
             "",
             "RAG:  B = complete (removed after next meeting)   G = on track   A = at risk of missing the due date   R = overdue",
             "",
             "\t".join(["No.", "Meeting", "Agenda item", "Action", "Lead", "Due by", "Update", "RAG"])]
    expected = []
    cur = None
    for sec, a in acts:
        if sec != cur:
            lines.append(sec)
            cur = sec
        lines.append("\t".join([a["ref"], a["mtg"], a["item"], a["action"], a["lead_cell"], a["due"],
                                a["upd"], a["rag"]]))
        if a.get("cont"):
            lines.append("\t".join(["", "", "", "", "", "", a["cont"], ""]))
        e = dict(ref=a["ref"], under=[sec], action=a["action"], lead=a["lead"], end=a["end"],
                 status=a["status"])
        if a.get("end_text"):
            e["end_text"] = a["end_text"]
        expected.append(e)
    lines += ["", "Contact: Health and Wellbeing Board Governance Officer, Enfield Civic Centre."]
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(
        name,
        source=("Imitates the rolling action log attached to Enfield Health and Wellbeing Board agendas "
                "(governance.enfield.gov.uk, Health and Wellbeing Board meetings 2024-2025: BCF updates, "
                "Pharmaceutical Needs Assessment, Joint Local Health and Wellbeing Strategy Start Well / "
                "Live Well / Age Well), saved from Word as tab-separated plain text. Copied features: "
                "title and 'updated following' lines, a RAG key line with B/G/A/R letters, a header row, "
                "section lines for open and completed actions, meeting date and agenda item columns, "
                "leads as posts or two named people, a continuation line carrying the rest of one update "
                "cell, a contact line at the foot."),
        reads=("An action log of seven board actions, five under OPEN ACTIONS and two under COMPLETED "
               "SINCE THE LAST MEETING, each with a ref, meeting date, agenda item, action, lead, due "
               "date, update and RAG letter. The indented line after HWB25/09 continues its update and "
               "is not an action."),
        title=title, actions=expected)


if __name__ == "__main__":
    make_wokingham()
    make_cambridge()
    make_cheshire_east()
    make_south_cambs()
    make_lewisham()
    make_hf()
    make_enfield()
    print("done")
