#!/usr/bin/env python3
"""Build the seven hm2- blind cases (set heldout255) and their expected readings.

Run with: /work/main/.venv/bin/python hm2_make.py
Writes the data files (3 xlsx, 2 docx, 1 csv, 1 txt) and NAME.expected.yaml beside each.
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
    "blue": "5B9BD5",
    "green": "70AD47",
    "amber": "FFC000",
    "red": "FF0000",
    "head": "1F3864",
    "theme": "D9E1F2",
    "grey": "D9D9D9",
}
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(name):
    c = FILL[name]
    return PatternFill(start_color=c, end_color=c, fill_type="solid")


def write_expected(name, meta, actions):
    doc = {
        "source": meta["source"],
        "reads": meta["reads"],
        "outcome": meta["outcome"],
        "accept_refusal": meta.get("accept_refusal", False),
    }
    if "refuse_at" in meta:
        doc["refuse_at"] = meta["refuse_at"]
    if meta.get("title") is not None:
        doc["title"] = meta["title"]
    if meta["outcome"] == "read":
        out = []
        for a in actions:
            e = {
                "ref": a["ref"],
                "under": a["under"],
                "action": a["action"],
                "lead": a["lead"],
                "end": a["end"],
            }
            if a.get("end_text") is not None:
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            out.append(e)
        doc["actions"] = out
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


# ---------------------------------------------------------------------------
# 1. Ealing Council - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
def ealing():
    name = "hm2-ealing-council-asc-cqc-assessment-improvement-plan.xlsx"
    title = "Adult Social Care Improvement Plan 2025–2027"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "London Borough of Ealing"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = title
    cov["A2"].font = Font(bold=True, size=16)
    cov["A3"] = "Response to the CQC Local Authority Assessment of Adult Social Care (report published 14 March 2025)"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Changes"),
          ("1.0", "02/05/2025", "ASC Performance and Improvement Team", "Approved by ASC Improvement Board"),
          ("1.2", "25/07/2025", "ASC Performance and Improvement Team", "Q1 progress updates"),
          ("1.3", "24/10/2025", "ASC Performance and Improvement Team", "Q2 progress updates; 3.3 target date confirmed")]
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BORDER
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("grey")
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [("Complete", "Action complete and evidence held", "blue"),
           ("Green", "On track to deliver by the target date", "green"),
           ("Amber", "Some slippage – mitigation in place", "amber"),
           ("Red", "Off track – escalated to the ASC Improvement Board", "red")]
    for i, (k, v, col) in enumerate(key):
        a = cov.cell(row=12 + i, column=1, value=k)
        a.fill = fill(col)
        a.border = BORDER
        b = cov.cell(row=12 + i, column=2, value=v)
        b.border = BORDER
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 48
    cov.column_dimensions["C"].width = 36
    cov.column_dimensions["D"].width = 44

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Progress position at 30 September 2025 (Q2 2025/26)"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Area for improvement (CQC findings)", "Action", "Lead officer", "Target date",
           "RAG", "Progress update Q2", "Evidence of impact"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.alignment = WRAP
        c.border = BORDER
    for col, w in zip("ABCDEFGH", (6, 40, 55, 30, 12, 11, 45, 35)):
        ws.column_dimensions[col].width = w

    T1 = "Theme 1: Working with people"
    T2 = "Theme 2: Providing support"
    T3 = "Theme 3: Ensuring safety within the system"
    T4 = "Theme 4: Leadership"
    A1 = ("People waited too long for Care Act assessments and reviews, and there was limited "
          "oversight of the risk to people while they waited.")
    A2 = ("Unpaid carers told CQC they were not always offered a carer’s assessment, and few "
          "carers’ assessments led to a support plan.")
    A3 = ("There were gaps in the home care and nursing market for people with complex needs, and "
          "too many people were placed out of borough.")
    A4 = ("Safeguarding enquiries were not always completed in a timely way and the outcomes people "
          "wanted were not consistently recorded.")
    A5 = ("Performance information was not used consistently to understand people’s outcomes or to "
          "drive improvement.")
    D = dt.datetime
    # (kind, payload)
    rows = [
        ("theme", T1),
        ("act", dict(ref="1.1", afi=A1, span=2,
                     action="Introduce a risk-prioritisation tool for everyone on the assessment waiting list and review the highest-risk cases weekly at the Waiting Well panel.",
                     leadcell="Head of Assessment and Care Management", lead=["Head of Assessment and Care Management"],
                     date=D(2025, 6, 30), end="2025-06", rag="Complete", col="blue", status="blue",
                     prog="Tool live from 2 June 2025; weekly panel chaired by the Head of Service.",
                     ev="No person on the list without a risk rating since July.", under=[T1, A1])),
        ("act", dict(ref="1.2", afi=None,
                     action="Reduce the number of people waiting over 28 days for an assessment through a dedicated assessment hub, with a target of no more than 150 people waiting by March 2026.",
                     leadcell="Head of Assessment and Care Management / Principal Social Worker",
                     lead=["Head of Assessment and Care Management", "Principal Social Worker"],
                     date=D(2026, 3, 31), end="2026-03", rag="Green", col="green", status="green",
                     prog="Hub staffed from August. 412 waiting over 28 days at end of September (from 690 in March).",
                     ev="Monthly waiting list report to DLT.", under=[T1, A1])),
        ("act", dict(ref="1.3", afi=A2, span=2,
                     action="Co-produce a refreshed Carers’ Offer with the Ealing Carers Partnership Board, including a direct route to a carer’s assessment through the Carers Hub.",
                     leadcell="Assistant Director, Commissioning and Partnerships",
                     lead=["Assistant Director, Commissioning and Partnerships"],
                     date=D(2025, 12, 31), end="2025-12", rag="Amber", col="amber", status="amber",
                     prog="Co-production sessions held July–September. Sign-off now expected at the January Carers Partnership Board.",
                     ev="", under=[T1, A2])),
        ("act", dict(ref="1.4", afi=None,
                     action="Audit 40 carers’ assessments each quarter and report the proportion resulting in a support plan to the ASC Quality Board.",
                     leadcell="Principal Social Worker", lead=["Principal Social Worker"],
                     date="Quarterly from Q2 2025/26", end=None, end_text="Quarterly from Q2 2025/26",
                     rag="Green", col="green", status="green",
                     prog="First audit completed September: 18 of 40 assessments led to a support plan.",
                     ev="Audit report to ASC Quality Board 8 October.", under=[T1, A2])),
        ("theme", T2),
        ("act", dict(ref="2.1", afi=A3, span=1,
                     action="Publish a Market Sustainability and Improvement Plan for complex care, setting out commissioning intentions for nursing and specialist dementia provision.",
                     leadcell="Assistant Director, Commissioning and Partnerships",
                     lead=["Assistant Director, Commissioning and Partnerships"],
                     date=D(2025, 11, 30), end="2025-11", rag="Red", col="red", status="red",
                     prog="Delayed pending NHS North West London bed modelling. Revised date to be agreed at the November Improvement Board.",
                     ev="", under=[T2, A3])),
        ("theme", T3),
        ("act", dict(ref="3.1", afi=A4, span=3,
                     action="Clear the backlog of open Section 42 enquiries older than 90 days.",
                     leadcell="Safeguarding Adults Manager", lead=["Safeguarding Adults Manager"],
                     date=D(2025, 9, 30), end="2025-09", rag="Complete", col="blue", status="blue",
                     prog="Backlog of 64 enquiries closed by 26 September.",
                     ev="Weekly safeguarding performance report.", under=[T3, A4])),
        ("act", dict(ref="3.2", afi=None,
                     action="Embed Making Safeguarding Personal outcome recording in the Mosaic safeguarding workflow.",
                     leadcell="Safeguarding Adults Manager; Mosaic Systems Lead",
                     lead=["Safeguarding Adults Manager", "Mosaic Systems Lead"],
                     date=D(2026, 1, 31), end="2026-01", rag="Green", col="green", status="green",
                     prog="Workflow changes in test; go-live planned for December.",
                     ev="", under=[T3, A4])),
        ("act", dict(ref="3.3", afi=None,
                     action="Deliver refreshed safeguarding practice training to all adult social care practitioners and managers.",
                     leadcell="Principal Social Worker", lead=["Principal Social Worker"],
                     date="Q4 2025/26", end="2026-03", rag="Green", col="green", status="green",
                     prog="Training commissioned from SCIE; first cohort booked for November.",
                     ev="", under=[T3, A4])),
        ("theme", T4),
        ("act", dict(ref="4.1", afi=A5, span=1,
                     action="Launch an adult social care performance dashboard in Power BI, with monthly review at the Departmental Leadership Team.",
                     leadcell="Head of ASC Performance and Intelligence",
                     lead=["Head of ASC Performance and Intelligence"],
                     date=D(2025, 10, 31), end="2025-10", rag="Complete", col="blue", status="blue",
                     prog="Dashboard launched 1 October 2025.",
                     ev="Used at DLT on 15 October.", under=[T4, A5])),
    ]
    r = 5
    actions = []
    for kind, p in rows:
        if kind == "theme":
            c = ws.cell(row=r, column=1, value=p)
            c.font = Font(bold=True)
            for j in range(1, 9):
                ws.cell(row=r, column=j).fill = fill("theme")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        ws.cell(row=r, column=1, value=p["ref"])
        if p["afi"] is not None:
            ws.cell(row=r, column=2, value=p["afi"])
            if p["span"] > 1:
                ws.merge_cells(start_row=r, start_column=2, end_row=r + p["span"] - 1, end_column=2)
        ws.cell(row=r, column=3, value=p["action"])
        ws.cell(row=r, column=4, value=p["leadcell"])
        dc_ = ws.cell(row=r, column=5, value=p["date"])
        if isinstance(p["date"], dt.datetime):
            dc_.number_format = "mmm-yy"
        rc = ws.cell(row=r, column=6, value=p["rag"])
        rc.fill = fill(p["col"])
        ws.cell(row=r, column=7, value=p["prog"])
        ws.cell(row=r, column=8, value=p["ev"] or None)
        for j in range(1, 9):
            ws.cell(row=r, column=j).alignment = WRAP
            ws.cell(row=r, column=j).border = BORDER
        actions.append(dict(ref=p["ref"], under=p["under"], action=p["action"], lead=p["lead"],
                            end=p["end"], end_text=p.get("end_text"), status=p["status"]))
        r += 1
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "RAG summary – Q2 2025/26"
    sm["A1"].font = Font(bold=True)
    summ = [("Theme", "Complete", "Green", "Amber", "Red", "Total"),
            ("Theme 1: Working with people", 1, 2, 1, 0, 4),
            ("Theme 2: Providing support", 0, 0, 0, 1, 1),
            ("Theme 3: Ensuring safety within the system", 1, 2, 0, 0, 3),
            ("Theme 4: Leadership", 1, 0, 0, 0, 1),
            ("Total", 3, 4, 1, 1, 9)]
    for i, row in enumerate(summ):
        for j, v in enumerate(row):
            c = sm.cell(row=3 + i, column=1 + j, value=v)
            c.border = BORDER
            if i == 0 or i == len(summ) - 1:
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 44
    wb.save(os.path.join(HERE, name))

    meta = dict(
        title=title,
        outcome="read",
        source=("Imitates the adult social care improvement plans English councils (e.g. Bath and North East "
                "Somerset, Bracknell Forest) took to cabinet after their 2024–25 CQC local authority assessment; "
                "London Borough of Ealing, plan 2025–2027 with Q2 2025/26 progress (no URL; invented content). Copies a "
                "cover sheet with document-control table and RAG key, the plan on a second sheet grouped by the four "
                "CQC themes as merged full-width rows, the CQC area for improvement merged vertically beside its "
                "actions, month-formatted target dates with a 'Q4 2025/26' and a 'Quarterly' cell, RAG words on "
                "coloured fills (Complete in blue), and a RAG summary/totals sheet."),
        reads=("A three-sheet workbook: a cover with document control and a RAG key, the improvement plan, and a "
               "summary of RAG counts. The plan lists nine numbered actions under four CQC themes, each beside the "
               "CQC area for improvement it answers (merged over its actions), with a lead post, target month, "
               "RAG and progress."),
    )
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 2. Enfield Council - internal audit recommendations tracker (xlsx) - REFUSE
# ---------------------------------------------------------------------------
def enfield():
    name = "hm2-enfield-council-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"
    title = "London Borough of Enfield – Internal Audit Follow-up of Agreed Actions"
    wb = Workbook()
    ws = wb.active
    ws.title = "Outstanding actions"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Report to the Audit and Risk Management Committee – 20 November 2025"
    ws["A3"] = "High and medium priority actions open at 1 April 2025 or raised since; position at 31 October 2025"
    ws["A3"].font = Font(italic=True)
    hdr = ["Audit", "Year", "Assurance opinion", "Rec", "Priority", "Finding", "Agreed action",
           "Action owner", "Original target date", "Revised target date", "Status", "IA follow-up comment"]
    HR = 5
    for j, h in enumerate(hdr):
        c = ws.cell(row=HR, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.alignment = WRAP
        c.border = BORDER
    for col, w in zip("ABCDEFGHIJKL", (26, 8, 11, 5, 9, 40, 48, 30, 12, 12, 16, 40)):
        ws.column_dimensions[col].width = w
    D = dt.datetime
    data = [
        ("Accounts Payable", "2024/25", "Limited", 1, "High",
         "The duplicate payment report had not been run since the finance system upgrade in June 2024.",
         "Run the duplicate payment report weekly and evidence review by the AP Team Leader.",
         "Head of Exchequer Services", D(2025, 3, 31), D(2025, 6, 30), "Implemented",
         "Evidence of weekly review April–June 2025 seen. Closed."),
        (None, None, None, 2, "Medium",
         "Changes to supplier bank details were not always verified with the supplier.",
         "Update the supplier bank detail change procedure to require call-back verification to a number already held on file.",
         "Head of Exchequer Services", D(2025, 3, 31), None, "Implemented",
         "Procedure v3 issued 14 March 2025. Closed."),
        ("Temporary Accommodation – Income Collection", "2024/25", "Limited", 1, "High",
         "The housing management system was not reconciled to the general ledger.",
         "Reconcile the housing management system to the general ledger monthly, with variances investigated and signed off.",
         "Head of Finance – Housing", D(2025, 5, 31), D(2025, 12, 31), "Partially implemented",
         "Reconciliations completed for April–August; September outstanding."),
        (None, None, None, 2, "Medium",
         "Arrears for nightly-paid placements were not routinely reviewed.",
         "Introduce a monthly arrears report for temporary accommodation placements more than eight weeks in arrears.",
         "Temporary Accommodation Manager", D(2025, 5, 31), "Febuary 2026", "In progress",
         "Report specification agreed with the system supplier."),
        ("Cyber Security – Patch Management", "2025/26", "Reasonable", 1, "Medium",
         "There are no agreed timescales for applying critical security patches.",
         "Define patching timescales for critical and high vulnerabilities and report compliance to the IT Security Board.",
         "Head of IT Infrastructure / Information Security Manager", D(2025, 10, 31), None, "In progress",
         "Draft standard to IT Security Board in November."),
        (None, None, None, 2, "Medium",
         "Four servers run an operating system that is no longer supported.",
         "Remove unsupported Windows Server 2012 instances from the estate or formally accept the risk.",
         "Head of IT Infrastructure", D(2026, 3, 31), None, "Not yet due", ""),
        ("Direct Payments", "2024/25", "Limited", 3, "High",
         "Surplus balances on direct payment accounts were not being recovered.",
         "Recover unspent direct payment balances above 12 weeks' value following the annual audit of accounts.",
         "Head of Adult Social Care Finance", D(2025, 1, 31), D(2025, 9, 30), "Overdue",
         "£184k recovered to date; 37 accounts still to be reviewed. Escalated to the Director of Adult Social Care."),
    ]
    r = HR + 1
    typo_row = None
    for row in data:
        for j, v in enumerate(row):
            c = ws.cell(row=r, column=1 + j, value=v if v != "" else None)
            c.alignment = WRAP
            c.border = BORDER
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if v == "Febuary 2026":
                typo_row = r
        st = row[10]
        sc = ws.cell(row=r, column=11)
        if st == "Implemented":
            sc.fill = fill("blue")
        elif st == "Overdue":
            sc.fill = fill("red")
        elif st in ("In progress", "Partially implemented"):
            sc.fill = fill("amber")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary by status").font = Font(bold=True)
    r += 1
    for k, v in [("Implemented", 2), ("Partially implemented", 1), ("In progress", 2),
                 ("Not yet due", 1), ("Overdue", 1), ("Total", 7)]:
        ws.cell(row=r, column=1, value=k).border = BORDER
        ws.cell(row=r, column=2, value=v).border = BORDER
        if k == "Total":
            ws.cell(row=r, column=1).font = Font(bold=True)
            ws.cell(row=r, column=2).font = Font(bold=True)
        r += 1
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, name))
    assert typo_row == 9, typo_row

    meta = dict(
        title=title,
        outcome="refuse",
        refuse_at=typo_row,
        source=("Imitates the internal audit follow-up trackers London boroughs report to their audit committee "
                "(e.g. Wandsworth, Tower Hamlets recommendation trackers); London Borough of Enfield, position at 31 "
                "October 2025 for the 20 November 2025 Audit and Risk Management Committee (no URL; invented content). "
                "Copies the audit / year / assurance opinion block written only on the first row of each audit, "
                "finding beside agreed action, original and revised target dates as date cells, status words on "
                "coloured fills, an Internal Audit comment column and a status summary block under the table."),
        reads=("A one-sheet tracker of seven agreed internal audit actions from four audits, each with an owner, "
               "original and revised target dates and a status. The revised target date for the temporary "
               "accommodation arrears action (sheet row 9) is typed as 'Febuary 2026', a mistyped month, so a "
               "careful reader would stop and ask before taking its date."),
    )
    write_expected(name, meta, [])
    return name, 0


# ---------------------------------------------------------------------------
# 3. Humberside FRS - HMICFRS AFI improvement plan (xlsx)
# ---------------------------------------------------------------------------
def humberside():
    name = "hm2-humberside-fire-rescue-service-hmicfrs-afi-improvement-plan.xlsx"
    title = "Humberside Fire and Rescue Service – HMICFRS 2023–25 Inspection: Areas for Improvement Action Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "AFI Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Reported to the Governance, Audit and Scrutiny Committee – 8 September 2025"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Action", "Action owner", "Original completion date", "Revised completion date",
           "Previous RAG", "Current RAG", "Progress update"]
    HR = 4
    for j, h in enumerate(hdr):
        c = ws.cell(row=HR, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.alignment = WRAP
        c.border = BORDER
    for col, w in zip("ABCDEFGH", (6, 60, 34, 13, 13, 10, 10, 55)):
        ws.column_dimensions[col].width = w
    D = dt.datetime
    P1, P2, P3 = "Effectiveness", "Efficiency", "People"
    F1 = ("Area for improvement 1: The service should make sure it has an effective system to quality assure "
          "its prevention activity, so staff carry out safe and well visits to an appropriate standard.")
    F2 = ("Area for improvement 2: The service should make sure its protection staff are appropriately "
          "qualified and that its risk-based inspection programme targets its highest-risk buildings.")
    F3 = ("Area for improvement 3: The service should make sure it uses its resources efficiently, including "
          "on-call availability, to meet the response standards in its community risk management plan.")
    F4 = ("Area for improvement 4: The service should make sure all staff understand and follow its values and "
          "behaviours, and have confidence in its confidential reporting process.")
    rows = [
        ("pillar", P1), ("afi", F1),
        ("act", dict(ref="1.1", under=[P1, F1],
                     action="Introduce a quality assurance framework for Safe and Well visits, sampling 5% of completed visits each quarter.",
                     leadcell="Group Manager – Prevention", lead=["Group Manager – Prevention"],
                     orig=D(2024, 12, 31), rev=D(2025, 6, 30), prev="amber", cur="blue", end="2025-06", status="blue",
                     prog="Framework approved at Service Leadership Team in June 2025; first quarterly sample completed.")),
        ("act", dict(ref="1.2", under=[P1, F1],
                     action="Evaluate the impact of targeted prevention activity with people at highest risk of fire, using the Community Risk Profile.",
                     leadcell="Group Manager – Prevention; Head of Corporate Assurance",
                     lead=["Group Manager – Prevention", "Head of Corporate Assurance"],
                     orig=D(2025, 9, 30), rev=None, prev="green", cur="amber", end="2025-09", status="amber",
                     prog="Evaluation methodology agreed with the University of Hull; data-sharing agreement still awaited.")),
        ("afi", F2),
        ("act", dict(ref="2.1", under=[P1, F2],
                     action="Complete the Level 4 Diploma in Fire Safety for the four remaining Fire Safety Inspectors.",
                     leadcell="Station Manager – Protection", lead=["Station Manager – Protection"],
                     orig=D(2025, 3, 31), rev=D(2025, 12, 31), prev="amber", cur="amber", end="2025-12", status="amber",
                     prog="Two inspectors qualified; two due to complete the course in November.")),
        ("act", dict(ref="2.2", under=[P1, F2],
                     action="Review the Risk Based Inspection Programme against the updated premises risk model and re-prioritise audits of high-rise residential buildings.",
                     leadcell="Group Manager – Protection", lead=["Group Manager – Protection"],
                     orig=D(2025, 6, 30), rev=None, prev="green", cur="blue", end="2025-06", status="blue",
                     prog="Revised RBIP in place from 1 July 2025.")),
        ("pillar", P2), ("afi", F3),
        ("act", dict(ref="3.1", under=[P2, F3],
                     action="Implement a revised on-call availability model, including banded contracts and day-crewing cover at Hornsea and Withernsea.",
                     leadcell="Area Manager – Service Delivery", lead=["Area Manager – Service Delivery"],
                     orig=D(2025, 9, 30), rev=D(2026, 3, 31), prev="amber", cur="red", end="2026-03", status="red",
                     prog="Consultation with the representative bodies extended; implementation now planned for Q4 2025/26.")),
        ("act", dict(ref="3.2", under=[P2, F3],
                     action="Report on-call availability monthly to the Executive Board against the CRMP response standard.",
                     leadcell="Head of Performance and Risk", lead=["Head of Performance and Risk"],
                     orig=D(2024, 11, 30), rev=None, prev="green", cur="blue", end="2024-11", status="blue",
                     prog="Monthly report in place since November 2024.")),
        ("pillar", P3), ("afi", F4),
        ("act", dict(ref="4.1", under=[P3, F4],
                     action="Relaunch the confidential reporting line through an independent provider and publicise it at every station.",
                     leadcell="Head of People and Development / Head of Corporate Communications",
                     lead=["Head of People and Development", "Head of Corporate Communications"],
                     orig=D(2025, 1, 31), rev=None, prev="blue", cur="blue", end="2025-01", status="blue",
                     prog="Independent line live from January 2025; posters and briefings at all 31 stations.")),
        ("act", dict(ref="4.2", under=[P3, F4],
                     action="Deliver values and behaviours workshops to all supervisory and middle managers, with attendance reported to the People Committee.",
                     leadcell="Head of People and Development", lead=["Head of People and Development"],
                     orig=D(2025, 12, 31), rev=None, prev="green", cur="green", end="2025-12", status="green",
                     prog="212 of 290 managers attended so far.")),
        ("act", dict(ref="4.3", under=[P3, F4],
                     action="Carry out a staff culture survey and publish the results with an action plan.",
                     leadcell="Deputy Chief Fire Officer", lead=["Deputy Chief Fire Officer"],
                     orig=D(2026, 3, 31), rev=None, prev=None, cur=None, end="2026-03", status="unrated",
                     prog="Survey to be commissioned in Q4 2025/26.")),
    ]
    r = HR + 1
    actions = []
    for kind, p in rows:
        if kind == "pillar":
            c = ws.cell(row=r, column=1, value=p)
            c.font = Font(bold=True, color="FFFFFF", size=12)
            for j in range(1, 9):
                ws.cell(row=r, column=j).fill = fill("head")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        elif kind == "afi":
            c = ws.cell(row=r, column=1, value=p)
            c.font = Font(bold=True)
            c.alignment = WRAP
            for j in range(1, 9):
                ws.cell(row=r, column=j).fill = fill("theme")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 32
        else:
            vals = [p["ref"], p["action"], p["leadcell"], p["orig"], p["rev"], None, None, p["prog"]]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BORDER
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if p["prev"]:
                ws.cell(row=r, column=6).fill = fill(p["prev"])
            if p["cur"]:
                ws.cell(row=r, column=7).fill = fill(p["cur"])
            actions.append(dict(ref=p["ref"], under=p["under"], action=p["action"], lead=p["lead"],
                                end=p["end"], status=p["status"]))
        r += 1
    ws.freeze_panes = "A5"

    kw = wb.create_sheet("RAG Key")
    kw["A1"] = "RAG key"
    kw["A1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([("blue", "Complete – evidence provided"),
                                    ("green", "On track"),
                                    ("amber", "At risk – action being taken to recover"),
                                    ("red", "Off track – revised completion date required"),
                                    (None, "No colour – not started")]):
        a = kw.cell(row=2 + i, column=1)
        if col:
            a.fill = fill(col)
        a.border = BORDER
        kw.cell(row=2 + i, column=2, value=txt).border = BORDER
    kw.column_dimensions["B"].width = 48
    kw["A9"] = "Where a completion date has been revised, the revised date is shown and was agreed by the Executive Board."
    wb.save(os.path.join(HERE, name))

    meta = dict(
        title=title,
        outcome="read",
        source=("Imitates the HMICFRS areas-for-improvement action plans fire and rescue services publish and report "
                "to their fire authority's audit/scrutiny committee (e.g. Leicestershire FRS improvement plan, "
                "Buckinghamshire FRS inspection report action plan); Humberside Fire and Rescue Service, round 3 "
                "(2023–25) inspection, September 2025 update (no URL; invented content). Copies merged pillar rows "
                "(Effectiveness / Efficiency / People), the AFI wording as a merged row above its numbered actions, "
                "original and revised completion dates, Previous and Current RAG shown only as fill colours, and a "
                "separate RAG key sheet where blue = complete and no colour = not started."),
        reads=("One sheet holds the plan: three inspection pillars, under them four areas for improvement quoted "
               "from the report, and nine numbered actions with an owner post, original and (sometimes) revised "
               "dates, colour-only previous and current RAG, and an update. A second sheet is the RAG key."),
    )
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Put text in a cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for extra in parts[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(extra)
        rr.bold = bold


def header_row(table, names):
    for j, h in enumerate(names):
        c = table.rows[0].cells[j]
        set_cell(c, h, bold=True)
        shade(c, "D9E2F3")


# ---------------------------------------------------------------------------
# 4. Cwm Taf Morgannwg UHB - Audit Wales recommendations management response (docx)
# ---------------------------------------------------------------------------
def cwmtaf():
    name = "hm2-cwm-taf-morgannwg-uhb-audit-wales-recommendations-management-response-tracker.docx"
    title = "Audit Wales Recommendations – Management Response Tracker"
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = "Cwm Taf Morgannwg University Health Board"
    d.add_paragraph(title, style="Title")
    d.add_paragraph("Cwm Taf Morgannwg University Health Board | Audit and Risk Committee | 9 December 2025")

    d.add_heading("Document control", level=2)
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Author", "Head of Corporate Governance"),
                                ("Executive lead", "Board Secretary"),
                                ("Version", "v0.4"),
                                ("Date", "25 November 2025")]):
        set_cell(t.rows[i].cells[0], k, bold=True)
        set_cell(t.rows[i].cells[1], v)

    d.add_heading("RAG key", level=2)
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v, col) in enumerate([("Blue", "Complete – evidence provided and closure proposed", "5B9BD5"),
                                     ("Green", "On track to meet the completion date", "70AD47"),
                                     ("Amber", "Risk to delivery – revised date proposed", "FFC000"),
                                     ("Red", "Overdue – completion date passed", "FF0000")]):
        set_cell(t.rows[i].cells[0], k, bold=True)
        shade(t.rows[i].cells[0], col)
        set_cell(t.rows[i].cells[1], v)
    d.add_paragraph("Recommendations closed at previous meetings are not shown. Where Audit Wales made a "
                    "recommendation to the Health Board, the management response below is the action agreed.")

    cols = ["Ref", "Audit Wales recommendation", "Management response / agreed action",
            "Responsible officer", "Completion date", "RAG"]
    RAGCOL = {"Blue": "5B9BD5", "Green": "70AD47", "Amber": "FFC000", "Red": "FF0000"}
    S1 = ("1. Structured Assessment 2024 (Phase 2): Corporate Governance and Financial Management "
          "Arrangements")
    S2 = "2. Review of Planned Care Recovery (2023)"
    S3 = "3. Review of the Digital Strategy (2024)"
    sections = [
        (S1, "Report issued: January 2025", [
            dict(ref="R1",
                 rec="The Health Board should strengthen the arrangements for tracking Board and committee actions, so that actions are closed only when evidence of completion has been provided.",
                 action="Introduce a single action log template across the Board and all committees, with closure subject to evidence being recorded by the committee secretariat.",
                 leadcell="Board Secretary", lead=["Board Secretary"],
                 date="March 2025", end="2025-03", rag="Blue", status="blue"),
            dict(ref="R2",
                 rec="The Health Board should update its Standing Financial Instructions and Scheme of Delegation to reflect its new operating model.",
                 action="Revise the Standing Financial Instructions and Scheme of Delegation and present them to the Audit and Risk Committee for endorsement and to the Board for approval.\nInterim delegations agreed by the Board in May 2025 remain in place until approval.",
                 leadcell="Director of Finance", lead=["Director of Finance"],
                 date="30 September 2025\nRevised: 31 January 2026", end="2026-01", rag="Amber", status="amber"),
            dict(ref="R3",
                 rec="The Health Board should set out a clear, costed plan for delivering the recurrent savings it needs to meet its financial duties.",
                 action="Develop a three-year financial recovery plan with savings schemes profiled by directorate, and report delivery monthly to the Planning, Performance and Finance Committee.",
                 leadcell="Director of Finance; Chief Operating Officer",
                 lead=["Director of Finance", "Chief Operating Officer"],
                 date="Q4 2025/26", end="2026-03", rag="Green", status="green"),
        ]),
        (S2, "Report issued: October 2023", [
            dict(ref="R1",
                 rec="The Health Board should validate its waiting lists so that patients who no longer need treatment are removed and clinical priority is kept up to date.",
                 action="Complete administrative and clinical validation of all patients waiting over 52 weeks, using the national validation tool.",
                 leadcell="Director of Operations, Planned Care", lead=["Director of Operations, Planned Care"],
                 date="December 2024", end="2024-12", rag="Blue", status="blue"),
            dict(ref="R2",
                 rec="The Health Board should improve the information given to patients waiting for treatment, including how to get help if their condition changes.",
                 action="Launch the Waiting Well web pages and write to every patient waiting over 36 weeks explaining who to contact if their condition deteriorates.",
                 leadcell="Head of Patient Experience / Planned Care Programme Manager",
                 lead=["Head of Patient Experience", "Planned Care Programme Manager"],
                 date="Ongoing – reviewed quarterly", end=None, end_text="Ongoing – reviewed quarterly",
                 rag="Green", status="green"),
            dict(ref="R3",
                 rec="The Health Board should report outpatient follow-up backlogs to the Board alongside referral-to-treatment performance.",
                 action="Add the follow-up backlog, and the number of patients past their target date, to the Integrated Performance Report.",
                 leadcell="Assistant Director of Performance", lead=["Assistant Director of Performance"],
                 date="June 2025", end="2025-06", rag="Red", status="red"),
        ]),
        (S3, "Report issued: July 2024", [
            dict(ref="R1",
                 rec="The Health Board should set out the resources needed to deliver its digital strategy and how they will be funded.",
                 action="Produce a costed Digital Delivery Plan aligned to the Integrated Medium Term Plan.",
                 leadcell="Chief Digital Officer", lead=["Chief Digital Officer"],
                 date="31 March 2026", end="2026-03", rag="Green", status="green"),
            dict(ref="R2",
                 rec="The Health Board should put in place arrangements to measure the benefits of its digital investments.",
                 action="Agree a benefits realisation framework for digital projects over £250,000 and report benefits to the Digital and Data Committee twice a year.",
                 leadcell="Chief Digital Officer; Head of Digital Programmes",
                 lead=["Chief Digital Officer", "Head of Digital Programmes"],
                 date="TBC", end=None, end_text="TBC", rag="Not started", status="unrated"),
        ]),
    ]
    actions = []
    for head, issued, recs in sections:
        d.add_heading(head, level=2)
        d.add_paragraph(issued)
        t = d.add_table(rows=1 + len(recs), cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols)
        for i, a in enumerate(recs):
            cells = t.rows[1 + i].cells
            set_cell(cells[0], a["ref"])
            set_cell(cells[1], a["rec"])
            set_cell(cells[2], a["action"])
            set_cell(cells[3], a["leadcell"])
            set_cell(cells[4], a["date"])
            set_cell(cells[5], a["rag"])
            if a["rag"] in RAGCOL:
                shade(cells[5], RAGCOL[a["rag"]])
            actions.append(dict(ref=a["ref"], under=[head, a["rec"]], action=a["action"], lead=a["lead"],
                                end=a["end"], end_text=a.get("end_text"), status=a["status"]))
        d.add_paragraph("")
    d.add_paragraph("Summary: 8 open recommendations reported – Blue 2, Green 3, Amber 1, Red 1, not started 1.")
    d.save(os.path.join(HERE, name))

    meta = dict(
        title=title,
        outcome="read",
        source=("Imitates the Audit Wales recommendation trackers and 'organisational response' tables Welsh health "
                "boards take to their Audit and Risk Committee (e.g. Aneurin Bevan, Hywel Dda structured assessment "
                "trackers); Cwm Taf Morgannwg University Health Board, December 2025 (no URL; invented content). "
                "Copies a title with the body name in the page header, a document-control table, a RAG key table, "
                "one section heading and table per Audit Wales report, the recommendation beside its management "
                "response, job titles as responsible officers, an original and revised date in one cell, 'Q4 "
                "2025/26', 'Ongoing – reviewed quarterly' and 'TBC' dates, and a closing summary line."),
        reads=("A Word tracker of eight open Audit Wales recommendations from three reports, one table per report "
               "under a numbered heading. Each row gives the recommendation, the agreed management action (one with "
               "a second paragraph), the responsible officer(s), a completion date and a RAG word; the document "
               "control and RAG key tables at the top are not part of the plan."),
    )
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 5. Fife - Adult Support and Protection joint inspection improvement plan (docx)
# ---------------------------------------------------------------------------
def fife():
    name = "hm2-fife-adult-protection-committee-asp-joint-inspection-improvement-plan.docx"
    title = "Joint Inspection of Adult Support and Protection in Fife – Improvement Plan"
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    d.add_paragraph(title, style="Title")
    d.add_paragraph("Fife Adult Protection Committee | Fife Health and Social Care Partnership | "
                    "Police Scotland | NHS Fife")
    d.add_paragraph("Version 2.1 – updated 28 February 2025 for the Adult Protection Committee meeting of 13 March 2025")

    d.add_heading("Background", level=1)
    d.add_paragraph("The Care Inspectorate, Healthcare Improvement Scotland and His Majesty’s Inspectorate of "
                    "Constabulary in Scotland published their joint inspection report on adult support and "
                    "protection in Fife on 23 April 2024. The report identified four priority areas for "
                    "improvement. This plan sets out the partnership’s response and is monitored by the Adult "
                    "Protection Committee (APC) and reported to the Fife Chief Officers Group.")
    d.add_heading("Progress key", level=2)
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v, col) in enumerate([("Complete", "Action completed and evidenced", "5B9BD5"),
                                     ("Green", "On track", "70AD47"),
                                     ("Amber", "Some delay – recovery action agreed", "FFC000"),
                                     ("Red", "Significant delay – escalated to Chief Officers Group", "FF0000")]):
        set_cell(t.rows[i].cells[0], k, bold=True)
        shade(t.rows[i].cells[0], col)
        set_cell(t.rows[i].cells[1], v)

    cols = ["No.", "Improvement action", "Lead(s)", "Timescale", "Measure of success", "Status"]
    RAGCOL = {"Complete": "5B9BD5", "Green": "70AD47", "Amber": "FFC000", "Red": "FF0000"}
    P1 = "Priority area 1: Chronologies"
    P2 = "Priority area 2: Inter-agency referral discussions"
    P3 = "Priority area 3: Self-evaluation and quality assurance"
    P4 = "Priority area 4: Involving adults at risk and unpaid carers"
    Q1 = ("The partnership should improve the quality and consistency of chronologies for adults at risk of "
          "harm, so that they are used to identify patterns of harm and inform risk assessment.")
    Q2 = ("Police Scotland, health and social work should all take part in inter-agency referral discussions, "
          "and the outcome of each discussion should be recorded.")
    Q3 = ("The adult protection committee should implement a multi-agency self-evaluation framework so that it "
          "is assured about the quality of practice and outcomes for adults at risk of harm.")
    Q4 = ("The partnership should make sure that adults at risk of harm, and their unpaid carers, are supported "
          "to take part in meetings and that their views are recorded.")
    sections = [
        (P1, Q1, [
            dict(ref="1.1", action="Agree a single multi-agency chronology template and practice guidance for adult support and protection.",
                 leadcell="Lead Officer, Adult Protection", lead=["Lead Officer, Adult Protection"],
                 date="June 2024", end="2024-06", measure="Template and guidance approved by the APC.",
                 rag="Complete", status="blue"),
            dict(ref="1.2", action="Deliver chronology training to all council officers and second workers, with follow-up practice sessions at six months.",
                 leadcell="Senior Manager, Adult Social Work; Learning and Development Lead",
                 lead=["Senior Manager, Adult Social Work", "Learning and Development Lead"],
                 date="December 2024 – June 2025", end="2025-06", end_text="December 2024 – June 2025",
                 measure="90% of council officers trained.\nImproved chronology scores in case file audit.",
                 rag="Green", status="green"),
            dict(ref="1.3", action="Audit a sample of 30 chronologies each quarter through the multi-agency case file audit and report the findings to the APC.",
                 leadcell="Chair, APC Quality Assurance Subgroup", lead=["Chair, APC Quality Assurance Subgroup"],
                 date="Quarterly", end=None, end_text="Quarterly",
                 measure="Quarterly audit report to the APC.", rag="Green", status="green"),
        ]),
        (P2, Q2, [
            dict(ref="2.1", action="Implement the revised Fife inter-agency referral discussion (IRD) procedure for adults, with health represented at every IRD.",
                 leadcell="Detective Chief Inspector, Public Protection Unit; Lead Nurse, Adult Protection (NHS Fife)",
                 lead=["Detective Chief Inspector, Public Protection Unit", "Lead Nurse, Adult Protection (NHS Fife)"],
                 date="September 2024", end="2024-09", measure="Health attendance recorded at all IRDs.",
                 rag="Complete", status="blue"),
            dict(ref="2.2", action="Record IRD outcomes in a shared format that all three agencies can access.",
                 leadcell="Service Manager, Adult Protection", lead=["Service Manager, Adult Protection"],
                 date="March 2025", end="2025-03", measure="Shared IRD outcome record in use.",
                 rag="Amber", status="amber"),
        ]),
        (P3, Q3, [
            dict(ref="3.1", action="Approve a multi-agency quality assurance framework and annual audit programme.",
                 leadcell="Independent Chair, Fife APC", lead=["Independent Chair, Fife APC"],
                 date="October 2024", end="2024-10", measure="Framework approved by the APC and Chief Officers Group.",
                 rag="Complete", status="blue"),
            dict(ref="3.2", action="Develop a performance dataset for the APC covering the whole adult support and protection journey, including outcomes for adults.",
                 leadcell="Lead Officer, Adult Protection / Information Analyst, H&SCP",
                 lead=["Lead Officer, Adult Protection", "Information Analyst, H&SCP"],
                 date="End of May 2025", end="2025-05", measure="Dataset reported to each APC meeting.",
                 rag="Green", status="green"),
        ]),
        (P4, Q4, [
            dict(ref="4.1", action="Extend the independent advocacy contract so that every adult subject to a case conference is offered an advocate.",
                 leadcell="Head of Commissioning, Fife H&SCP", lead=["Head of Commissioning, Fife H&SCP"],
                 date="April 2025", end="2025-04", measure="All adults offered advocacy before a case conference.",
                 rag="Red", status="red"),
            dict(ref="4.2", action="Introduce a feedback questionnaire after case conferences for adults and unpaid carers, and report the themes to the APC twice a year.",
                 leadcell="Lead Officer, Adult Protection", lead=["Lead Officer, Adult Protection"],
                 date="June 2025", end="2025-06", measure="Feedback themes reported to the APC.",
                 rag="Not started", status="unrated"),
        ]),
    ]
    actions = []
    for head, afi, recs in sections:
        d.add_heading(head, level=2)
        p = d.add_paragraph()
        p.add_run(afi).bold = True
        t = d.add_table(rows=1 + len(recs), cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols)
        for i, a in enumerate(recs):
            cells = t.rows[1 + i].cells
            set_cell(cells[0], a["ref"])
            set_cell(cells[1], a["action"])
            set_cell(cells[2], a["leadcell"])
            set_cell(cells[3], a["date"])
            set_cell(cells[4], a["measure"])
            set_cell(cells[5], a["rag"])
            if a["rag"] in RAGCOL:
                shade(cells[5], RAGCOL[a["rag"]])
            actions.append(dict(ref=a["ref"], under=[head, afi], action=a["action"], lead=a["lead"],
                                end=a["end"], end_text=a.get("end_text"), status=a["status"]))
        d.add_paragraph("")

    d.add_heading("Glossary", level=1)
    t = d.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("APC", "Adult Protection Committee"),
                                ("ASP", "Adult support and protection"),
                                ("H&SCP", "Health and Social Care Partnership"),
                                ("IRD", "Inter-agency referral discussion"),
                                ("Second worker", "A health or social work practitioner who supports a council officer during an investigation")]):
        set_cell(t.rows[i].cells[0], k, bold=True)
        set_cell(t.rows[i].cells[1], v)
    d.add_paragraph("Plan first approved by the Fife Chief Officers Group on 20 May 2024.")
    d.save(os.path.join(HERE, name))

    meta = dict(
        title=title,
        outcome="read",
        source=("Imitates the improvement plans Scottish adult protection partnerships publish after a Care "
                "Inspectorate / HIS / HMICS joint inspection of adult support and protection (e.g. Highland, "
                "West Lothian ASP improvement plans); Fife Adult Protection Committee, version of February 2025 "
                "(no URL; invented content). Copies a title block naming the partner agencies, a version line, a "
                "background paragraph, a progress key table, a heading per priority area with the inspectors' "
                "wording in bold above a table of numbered actions, Scottish posts with commas as leads (several "
                "per cell, separated by ';' or '/'), a 'Measure of success' column, a period and 'Quarterly' "
                "timescale, and a glossary table at the end."),
        reads=("A Word improvement plan answering four priority areas from the joint inspection. Each priority "
               "area has a heading, the inspectors' finding in bold and a table of two or three numbered actions "
               "with leads, timescale, measure of success and a status word; nine actions in all. The progress key "
               "and glossary tables are not actions."),
    )
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 6. Cheltenham BC - corporate risk register (csv)
# ---------------------------------------------------------------------------
def cheltenham():
    name = "hm2-cheltenham-bc-corporate-risk-register-q3-2025-26.csv"
    title = "Cheltenham Borough Council – Corporate Risk Register"
    hdr = ["Risk", "Risk owner", "Inherent score (L x I)", "Residual score (L x I)", "Direction of travel",
           "Action ref", "Mitigating action", "Action owner", "Target date", "Progress RAG", "Q3 update"]
    N = len(hdr)
    R1 = "CR1 – Financial resilience"
    R2 = "CR2 – Cyber security"
    R3 = "CR3 – Housing and homelessness demand"
    R4 = "CR4 – Golden Valley Development delivery"
    R5 = "CR5 – Health and safety compliance in Council buildings"
    rows = [
        (R1, "Section 151 Officer", "20 (4x5)", "15 (3x5)", "↔", dict(
            ref="CR1.1", action="Deliver the 2026/27 budget savings and income proposals in the Medium Term Financial Strategy, monitored monthly by the Executive Leadership Team",
            leadcell="Section 151 Officer", lead=["Section 151 Officer"], date="28/02/2026", end="2026-02",
            rag="Green", status="green", upd="Draft budget consulted on in December; savings of £1.2m identified.")),
        (None, None, None, None, None, dict(
            ref="CR1.2", action="Refresh the reserves strategy, including a minimum working balance, for approval with the budget",
            leadcell="Deputy Chief Finance Officer", lead=["Deputy Chief Finance Officer"], date="28/02/2026", end="2026-02",
            rag="Green", status="green", upd="Draft to Budget Scrutiny Working Group in January.")),
        (R2, "Head of ICT", "20 (4x5)", "12 (3x4)", "↓", dict(
            ref="CR2.1", action="Complete the migration of the remaining on-premises servers to the cloud hosting platform",
            leadcell="Head of ICT", lead=["Head of ICT"], date="Q4 2025/26", end="2026-03",
            rag="Amber", status="amber", upd="Finance and planning systems still to move; supplier resourcing delayed the plan by six weeks.")),
        (None, None, None, None, None, dict(
            ref="CR2.2", action="Run a cyber incident response exercise with the Executive Leadership Team and Gold commanders",
            leadcell="Head of ICT; Emergency Planning Manager", lead=["Head of ICT", "Emergency Planning Manager"],
            date="Nov-25", end="2025-11", rag="Complete", status="blue", upd="Exercise held 18 November 2025; lessons learned report issued.")),
        (R3, "Director of Communities and Economic Development", "16 (4x4)", "16 (4x4)", "↑", dict(
            ref="CR3.1", action="Acquire 20 additional units of temporary accommodation through the Housing Revenue Account",
            leadcell="Head of Housing Strategy / Housing Options Manager",
            lead=["Head of Housing Strategy", "Housing Options Manager"], date="30/06/2026", end="2026-06",
            rag="Amber", status="amber", upd="11 units acquired; market availability limiting purchases.")),
        (None, None, None, None, None, dict(
            ref="CR3.2", action="Review the homelessness prevention offer with partners, funded from the Homelessness Prevention Grant",
            leadcell="Housing Options Manager", lead=["Housing Options Manager"], date="Ongoing", end=None,
            end_text="Ongoing", rag="Green", status="green", upd="Prevention rate 58% in Q3 (target 55%).")),
        (R4, "Director of Major Projects", "16 (4x4)", "12 (3x4)", "↔", dict(
            ref="CR4.1", action="Agree the funding and delivery agreement for Phase 1 with the development partner",
            leadcell="Director of Major Projects", lead=["Director of Major Projects"], date="31/12/2025", end="2025-12",
            rag="Red", status="red", upd="Agreement not signed by target date; legal review of funding conditions continuing.")),
        (R5, "Head of Property and Asset Management", "15 (3x5)", "9 (3x3)", "↓", dict(
            ref="CR5.1", action="Complete all high-priority fire risk assessment actions across the corporate estate",
            leadcell="Head of Property and Asset Management", lead=["Head of Property and Asset Management"],
            date="31/01/2026", end="2026-01", rag="Green", status="green", upd="34 of 41 high-priority actions closed.")),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")

    def pad(cells):
        return list(cells) + [""] * (N - len(cells))

    w.writerow(pad([title]))
    w.writerow(pad(["Quarter 3 2025/26 – reported to the Audit, Compliance and Governance Committee on 21 January 2026"]))
    w.writerow(pad([]))
    w.writerow(hdr)
    actions = []
    current = None
    for risk, owner, inh, res, dot, a in rows:
        if risk is not None:
            current = risk
        w.writerow([risk or "", owner or "", inh or "", res or "", dot or "", a["ref"], a["action"],
                    a["leadcell"], a["date"], a["rag"], a["upd"]])
        actions.append(dict(ref=a["ref"], under=[current], action=a["action"], lead=a["lead"], end=a["end"],
                            end_text=a.get("end_text"), status=a["status"]))
    w.writerow(pad([]))
    w.writerow(pad(["Scoring: likelihood (1-5) x impact (1-5). Risks with a residual score of 15 or more are reported to Cabinet."]))
    w.writerow(pad(["Direction of travel: ↑ increasing, ↓ reducing, ↔ no change since Q2"]))
    w.writerow(pad(["Progress RAG refers to the mitigating action, not the risk score. Complete = action finished."]))
    with open(os.path.join(HERE, name), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())

    meta = dict(
        title=title,
        outcome="read",
        source=("Imitates the quarterly corporate risk registers English district councils take to their audit "
                "committee (e.g. Tewkesbury, Stroud, Maldon registers), saved from Excel as 'CSV UTF-8'; Cheltenham "
                "Borough Council, Q3 2025/26 (no URL; invented content). Copies a title line and a meeting line padded "
                "with empty cells, the risk, owner, inherent/residual scores and direction-of-travel arrows written "
                "only on the first row of each risk, numbered mitigating actions with action owner, target date "
                "(dd/mm/yyyy, 'Nov-25', 'Q4 2025/26', 'Ongoing') and a progress RAG word, and scoring/notes lines "
                "below the table."),
        reads=("A CSV risk register listing five corporate risks, each with one or two numbered mitigating actions "
               "(eight in all) giving the action owner, target date, a RAG for the action and a Q3 update. The lines "
               "under the table explain the scoring and the arrows and are not actions."),
    )
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 7. Barking and Dagenham - RSH consumer standards housing improvement plan (txt report export)
# ---------------------------------------------------------------------------
def barking():
    name = "hm2-barking-dagenham-council-rsh-consumer-standards-housing-improvement-plan.txt"
    title = "Housing Improvement Plan - RSH Consumer Standards"
    S1 = "Safety and Quality Standard"
    S2 = "Transparency, Influence and Accountability Standard"
    S3 = "Tenancy Standard"
    S4 = "Neighbourhood and Community Standard"
    groups = [
        (S1, [
            dict(ref="HIP-01", action="Complete a stock condition survey of 100% of council homes and load the data to the asset management system.",
                 leadcell="Head of Asset Management and Compliance", lead=["Head of Asset Management and Compliance"],
                 orig="31/03/2026", rev="n/a", end="2026-03", rag="Amber", pct="64%", status="amber",
                 note="11,920 of 18,640 homes surveyed. Additional surveyor capacity procured from January."),
            dict(ref="HIP-02", action="Clear all overdue high-risk fire risk assessment remedial actions in blocks over 18 metres.",
                 leadcell="Building Safety Manager", lead=["Building Safety Manager"],
                 orig="30/09/2025", rev="31/12/2025", end="2025-12", rag="Completed", pct="100%", status="blue",
                 note="All 212 high-risk actions closed and verified by the Fire Safety Team on 19/12/2025."),
            dict(ref="HIP-03", action="Bring electrical installation condition reports (EICRs) up to date so that every home has a report less than five years old.",
                 leadcell="Compliance Manager (Electrical)", lead=["Compliance Manager (Electrical)"],
                 orig="30/06/2026", rev="n/a", end="2026-06", rag="Green", pct="81%", status="green",
                 note="Compliance 81.4% at end of December, up from 52% in April."),
            dict(ref="HIP-04", action="Introduce a damp and mould case management process that meets the Awaab's Law timescales for emergency and significant hazards.",
                 leadcell="Head of Repairs and Maintenance; Tenancy Sustainment Manager",
                 lead=["Head of Repairs and Maintenance", "Tenancy Sustainment Manager"],
                 orig="October 2025", rev="n/a", end="2025-10", rag="Completed", pct="100%", status="blue",
                 note="Process live from 27/10/2025; weekly hazard tracker reviewed by the Head of Repairs."),
        ]),
        (S2, [
            dict(ref="HIP-05", action="Publish the 2024/25 Tenant Satisfaction Measures with a commentary agreed with the Tenants' Scrutiny Panel.",
                 leadcell="Head of Resident Engagement", lead=["Head of Resident Engagement"],
                 orig="30/06/2025", rev="n/a", end="2025-06", rag="Completed", pct="100%", status="blue",
                 note="Published on the council website 26/06/2025."),
            dict(ref="HIP-06", action="Recruit and train a Tenants' Scrutiny Panel to carry out two service reviews a year.",
                 leadcell="Resident Engagement Manager", lead=["Resident Engagement Manager"],
                 orig="Q1 2026/27", rev="n/a", end="2026-06", rag="Green", pct="40%", status="green",
                 note="Nine tenants recruited; training with TPAS booked for February."),
            dict(ref="HIP-07", action="Report compliance performance for the six building safety areas to Cabinet every quarter.",
                 leadcell="Strategic Director, Inclusive Growth", lead=["Strategic Director, Inclusive Growth"],
                 orig="Quarterly", rev="n/a", end=None, end_text="Quarterly", rag="Green", pct="n/a", status="green",
                 note="Q2 report considered by Cabinet on 18/11/2025."),
        ]),
        (S3, [
            dict(ref="HIP-08", action="Complete tenancy audits for all households who have had no contact with the service in the last three years.",
                 leadcell="Tenancy Services Manager", lead=["Tenancy Services Manager"],
                 orig="31/05/2026", rev="30/09/2026", end="2026-09", rag="Red", pct="22%", status="red",
                 note="Visits paused during the stock condition survey; revised date agreed by the Housing Improvement Board."),
        ]),
        (S4, [
            dict(ref="HIP-09", action="Adopt a revised anti-social behaviour policy and publish service standards for tenants.",
                 leadcell="Community Safety Manager / Tenancy Services Manager",
                 lead=["Community Safety Manager", "Tenancy Services Manager"],
                 orig="31/03/2026", rev="n/a", end="2026-03", rag="Not started", pct="0%", status="unrated",
                 note="Policy review to start after the Tenancy Standard audit work."),
        ]),
    ]
    L = []
    L.append(title)
    L.append("London Borough of Barking and Dagenham - Housing Improvement Board")
    L.append("Report generated: 12/01/2026 09:14    Filter: all actions (open and closed)    Sort: standard, reference")
    L.append("")
    L.append("RAG: Completed = action finished and evidenced | Green = on track | Amber = at risk | Red = off track | Not started")
    L.append("")
    actions = []
    bar = "=" * 78
    for std, acts in groups:
        L.append(bar)
        L.append(std)
        L.append(bar)
        L.append("")
        for a in acts:
            L.append("Action " + a["ref"])
            L.append("  Description:    " + a["action"])
            L.append("  Lead officer:   " + a["leadcell"])
            L.append("  Original due:   " + a["orig"])
            L.append("  Revised due:    " + a["rev"])
            L.append("  RAG:            " + a["rag"])
            L.append("  Progress:       " + a["pct"])
            L.append("  Latest note:    " + a["note"])
            L.append("-" * 78)
            actions.append(dict(ref=a["ref"], under=[std], action=a["action"], lead=a["lead"], end=a["end"],
                                end_text=a.get("end_text"), status=a["status"]))
        L.append("")
    L.append(bar)
    L.append("Summary: 9 actions | Completed 3 | Green 3 | Amber 1 | Red 1 | Not started 1")
    L.append("End of report")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(L) + "\n")

    meta = dict(
        title=title,
        outcome="read",
        source=("Imitates the housing improvement plans stock-holding councils produced after a C3 regulatory "
                "judgement from the Regulator of Social Housing (e.g. Castle Point, Brent, Lambeth), as printed from "
                "a performance system's plain-text report; London Borough of Barking and Dagenham, January 2026 (no "
                "URL; invented content). Copies a report header with generation date and filter, a RAG legend line, "
                "sections ruled off per consumer standard, one labelled block per action (description, lead officer, "
                "original and revised due, RAG, % progress, latest note), and a summary line at the end."),
        reads=("A plain-text report of nine housing improvement actions grouped under the four RSH consumer "
               "standards, each shown as a block of labelled fields. The due month is the revised due where one "
               "is given; the RAG word gives the status (Completed = finished)."),
    )
    write_expected(name, meta, actions)
    return name, len(actions)


if __name__ == "__main__":
    for fn in (ealing, enfield, humberside, cwmtaf, fife, cheltenham, barking):
        n, k = fn()
        print(f"{n}: {k} actions")
