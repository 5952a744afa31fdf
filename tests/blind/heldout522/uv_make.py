"""Build the seven uv- blind cases (data files and their expected readings).

Run with /work/main/.venv/bin/python uv_make.py from any directory.
Only files whose names start with "uv-" are written.
"""
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

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "00B0F0"
FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


def write_expected(name, meta, actions=None):
    doc = {
        "source": meta["source"],
        "reads": meta["reads"],
        "outcome": meta.get("outcome", "read"),
        "accept_refusal": meta.get("accept_refusal", False),
    }
    if "refuse_at" in meta:
        doc["refuse_at"] = meta["refuse_at"]
    if meta.get("title") is not None:
        doc["title"] = meta["title"]
    if actions is not None:
        out = []
        for a in actions:
            e = {
                "ref": a["ref"],
                "under": a["under"],
                "action": a["action"],
                "lead": a["lead"],
                "end": a["end"],
            }
            if a.get("end_text"):
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            out.append(e)
        doc["actions"] = out
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=100)


def ym(x):
    return None if x is None else "%04d-%02d" % (x.year, x.month)


# ---------------------------------------------------------------------------
# 1. Direct Line Group - FCA total loss past business review remediation tracker (xlsx)
# ---------------------------------------------------------------------------
def direct_line():
    name = "uv-direct-line-group-fca-total-loss-claims-remediation-tracker.xlsx"
    title = "Direct Line Group – Motor Total Loss Past Business Review: FCA Remediation Tracker"
    groups = [
        ("WS1 – Customer identification and valuation",
         "F1. Identify all policyholders whose motor total loss claim was settled between 1 September 2017 "
         "and 17 August 2022 and who may have received less than fair market value.",
         [
             ("1.1", "Extract all total loss claims settled in the review period from the claims system and the "
                     "legacy claims data warehouse, and reconcile claim volumes to finance records.",
              "Head of Claims Data & MI", ["Head of Claims Data & MI"], d(2023, 8, 31), None, "G", "B",
              "Complete – c. 310,000 claims in scope; reconciliation signed off by Finance 24/08/2023."),
             ("1.2", "Agree the valuation methodology (trade guide values, mileage and condition adjustments, "
                     "tolerance threshold) and share it with the FCA supervision team.",
              "Director of Motor Claims; General Counsel", ["Director of Motor Claims", "General Counsel"],
              d(2023, 9, 30), d(2023, 10, 31), "A", "B",
              "Methodology shared with FCA 27/10/2023; no further comments received."),
             ("1.3", "Re-value every in-scope claim and flag settlements below the agreed tolerance for redress.",
              "Head of Total Loss", ["Head of Total Loss"], d(2023, 11, 30), d(2024, 2, 29), "A", "A",
              "2017–2019 claims re-valued. 2020–2022 tranche delayed by data quality issues on salvage "
              "category; recovery plan agreed at RSC."),
         ]),
        ("WS2 – Redress and customer communications",
         "F2. Pay appropriate redress, including interest, to every affected policyholder and treat customers "
         "fairly throughout.",
         [
             ("2.1", "Build and test the redress calculator (shortfall plus 8% simple interest) and obtain "
                     "independent assurance from Internal Audit.",
              "Remediation Programme Manager", ["Remediation Programme Manager"], d(2023, 12, 31), None, "G", "B",
              "IA assurance report issued 15/12/2023 – satisfactory."),
             ("2.2", "Issue redress letters and payments in waves:\nWave 1 – Direct Line and Churchill customers\n"
                     "Wave 2 – Privilege and partner brands",
              "Head of Customer Remediation", ["Head of Customer Remediation"], d(2024, 3, 31), d(2024, 6, 30),
              "G", "A", "Wave 1 letters approved by Legal; Wave 2 dependent on action 1.3."),
             ("2.3", "Trace gone-away customers using credit reference agency data and hold unclaimed redress "
                     "for at least 12 months.",
              "Head of Customer Remediation / Data Protection Officer",
              ["Head of Customer Remediation", "Data Protection Officer"], d(2024, 9, 30), None, "G", "G",
              "DPIA for tracing approved 19/01/2024."),
         ]),
        ("WS3 – Root cause and business-as-usual controls",
         "F3. Ensure total loss settlements offered from 17 August 2022 reflect fair market value (Consumer "
         "Duty – price and value outcome).",
         [
             ("3.1", "Update the total loss settlement procedure and engineer guidance to require at least two "
                     "valuation guides and a documented rationale for any deduction.",
              "Claims Technical Lead", ["Claims Technical Lead"], d(2023, 10, 31), None, "G", "B",
              "Procedure v4.0 live from 16/10/2023."),
             ("3.2", "Introduce monthly first line QA sampling of total loss settlements, reported to the Claims "
                     "Risk Committee.",
              "Head of Claims Quality", ["Head of Claims Quality"], d(2023, 12, 31), d(2024, 1, 31), "A", "G",
              "First two months of sampling complete; pass rate 96%."),
             ("3.3", "Second line conduct risk review of total loss outcomes against the Consumer Duty price and "
                     "value outcome.",
              "Chief Risk Officer", ["Chief Risk Officer"], "Q2 2024", None, "G", "G",
              "Scoping agreed; fieldwork to start April 2024."),
         ]),
        ("WS4 – Governance and attestation",
         "F4. Keep the FCA informed of progress and provide a final attestation when the review is complete.",
         [
             ("4.1", "Provide a monthly progress report to the FCA supervision team.",
              "Remediation Programme Manager", ["Remediation Programme Manager"], "Monthly until closure", None,
              "G", "G", "January report submitted 26/01/2024."),
             ("4.2", "Board Risk Committee to approve the closure report and the Accountable Executive (SMF) "
                     "attestation to the FCA.",
              "Chief Executive Officer", ["Chief Executive Officer"], d(2024, 12, 31), None, None, None, ""),
         ]),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Classification: Confidential – prepared for the Remediation Steering Committee (RSC)"
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    dc = [("Version", "v0.9"), ("Status as at", "31/01/2024"), ("Tracker owner", "Remediation Programme Manager"),
          ("Accountable Executive", "Chief Claims Officer (SMF24)"), ("Next RSC", "15/02/2024")]
    for i, (k, v) in enumerate(dc, start=5):
        cov.cell(i, 1, k).border = BOX
        cov.cell(i, 2, v).border = BOX
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [("B", "Complete – evidence accepted by RSC"), ("G", "On track"),
           ("A", "At risk – mitigation in place"), ("R", "Off track / date missed")]
    for i, (k, v) in enumerate(key, start=12):
        c = cov.cell(i, 1, k)
        c.fill = fill(FILL[k])
        c.border = BOX
        cov.cell(i, 2, v).border = BOX
    cov["A17"] = "Summary by current RAG"
    cov["A17"].font = Font(bold=True)
    counts = {"B": 0, "G": 0, "A": 0, "R": 0, None: 0}
    for _, _, acts in groups:
        for a in acts:
            counts[a[7]] += 1
    summ = [("Complete (B)", counts["B"]), ("Green", counts["G"]), ("Amber", counts["A"]), ("Red", counts["R"]),
            ("Not yet rated", counts[None]), ("Total actions", sum(counts.values()))]
    for i, (k, v) in enumerate(summ, start=18):
        cov.cell(i, 1, k).border = BOX
        cov.cell(i, 2, v).border = BOX
    cov.column_dimensions["A"].width = 28
    cov.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Motor Total Loss PBR – Remediation Action Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Status as at 31 January 2024. Revised dates are only entered when approved by the RSC."
    hdr = ["Ref", "Action", "FCA expectation", "Owner", "Original date", "Revised date", "Previous RAG",
           "Current RAG", "Progress update"]
    # Column order: Ref | FCA expectation | Action | ...
    hdr = ["Ref", "FCA expectation", "Action", "Owner", "Original date", "Revised date", "Previous RAG",
           "Current RAG", "Progress update"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    widths = [7, 42, 55, 30, 13, 13, 10, 10, 50]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    r = 5
    actions = []
    for ws_title, finding, acts in groups:
        ws.cell(r, 1, ws_title).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        first = r
        for (ref, text, owner, leads, orig, rev, prev, cur, upd) in acts:
            ws.cell(r, 1, ref)
            ws.cell(r, 3, text)
            ws.cell(r, 4, owner)
            c = ws.cell(r, 5, orig)
            if isinstance(orig, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if rev is not None:
                ws.cell(r, 6, rev).number_format = "dd/mm/yyyy"
            if prev:
                ws.cell(r, 7, prev).fill = fill(FILL[prev])
            if cur:
                ws.cell(r, 8, cur).fill = fill(FILL[cur])
            ws.cell(r, 9, upd if upd else None)
            for j in range(1, 10):
                ws.cell(r, j).alignment = WRAP
                ws.cell(r, j).border = BOX
            end_src = rev if rev is not None else orig
            if isinstance(end_src, dt.datetime):
                end, end_text = ym(end_src), None
            elif end_src == "Q2 2024":
                end, end_text = "2024-06", None
            else:
                end, end_text = None, end_src
            status = {"B": "blue", "G": "green", "A": "amber", "R": "red", None: "unrated"}[cur]
            actions.append(dict(ref=ref, under=[ws_title, finding], action=text, lead=leads, end=end,
                                end_text=end_text, status=status))
            r += 1
        ws.cell(first, 2, finding).alignment = WRAP
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Notes: RAG definitions are on the Cover sheet. Revised dates for 1.2, 1.3, 2.2 and 3.2 "
                  "approved by RSC on 11/01/2024.")
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))

    meta = dict(
        source="Imitates the remediation trackers UK insurers keep for an FCA-required past business review "
               "(here Direct Line Group's 2023 review of motor total loss settlements from 1 Sept 2017 to 17 Aug "
               "2022, announced after the FCA notice of June 2023). Copied features: cover sheet with document "
               "control, RAG key and a summary-by-RAG totals block; tracker sheet with workstream band rows, the "
               "FCA expectation merged down beside its actions, job titles as owners (some two posts), original "
               "and revised dates, previous and current RAG letters with fill colours, progress updates, a notes "
               "line.",
        reads="A two-sheet workbook: a cover (document control, RAG key, totals) and a tracker of 11 actions in "
              "four workstreams, each answering an FCA expectation merged beside its actions. The end is the "
              "revised date where one is given, otherwise the original; status is the current RAG.",
        title=title,
    )
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 2. Lancashire CCA - strategic risk register 2025/26 (xlsx, fill-only action RAG)
# ---------------------------------------------------------------------------
def lancashire():
    name = "uv-lancashire-cca-strategic-risk-register-2025-26.xlsx"
    title = "Lancashire Combined County Authority – Strategic Risk Register 2025/26"
    risks = [
        ("SR01 – Financial sustainability",
         "Cause: new authority with limited reserves and reliance on time-limited grants. Event: funding does "
         "not cover statutory functions and the CCA's operating costs. Effect: in-year overspend, reduced "
         "delivery, reputational damage.",
         "Director of Finance (s73 Officer)", "4 x 4 = 16", "Budget 2025/26 approved; s73 Officer in post; "
         "monthly monitoring at Leadership Team.", "3 x 4 = 12", "2 x 4 = 8",
         [
             ("SR01.1", "Develop and approve the Medium Term Financial Strategy 2026/27 – 2028/29.",
              "Head of Finance", ["Head of Finance"], d(2026, 2, 28), "G"),
             ("SR01.2", "Agree the 2026/27 contributions and transport levy with the three constituent councils.",
              "Director of Finance (s73 Officer)", ["Director of Finance (s73 Officer)"], d(2026, 1, 31), "A"),
             ("SR01.3", "Introduce quarterly budget monitoring reports to the CCA Board.",
              "Head of Finance", ["Head of Finance"], d(2025, 6, 30), "B"),
         ]),
        ("SR02 – Adult Skills Fund devolution",
         "Cause: transfer of the Adult Skills Fund from August 2025. Event: providers are not contracted or "
         "managed effectively. Effect: residents cannot access training; funding clawback by DfE.",
         "Director of Skills and Economy", "4 x 4 = 16", "Provider engagement sessions held; funding rules "
         "adopted; ASF project team in place.", "3 x 3 = 9", "2 x 3 = 6",
         [
             ("SR02.1", "Finalise grant agreements with all Adult Skills Fund providers for the 2025/26 academic "
                        "year.",
              "Head of Skills & Employment", ["Head of Skills & Employment"], d(2025, 7, 31), "B"),
             ("SR02.2", "Put in place a provider performance management and assurance framework, including "
                        "funding rules audits.",
              "Head of Skills & Employment; Internal Audit Manager",
              ["Head of Skills & Employment", "Internal Audit Manager"], d(2025, 12, 31), "A"),
             ("SR02.3", "Consult providers on the allocations methodology for 2026/27.",
              "Head of Skills & Employment", ["Head of Skills & Employment"], "Q4 2025/26", None),
         ]),
        ("SR03 – Organisational capacity",
         "Cause: small interim team and dependence on constituent council staff. Event: insufficient capacity "
         "to deliver the CCA's priorities and devolved functions. Effect: slippage on the Growth Plan and "
         "governance failures.",
         "Chief Executive", "4 x 3 = 12", "Interim staffing agreements; secondments from constituent "
         "councils.", "4 x 3 = 12", "2 x 3 = 6",
         [
             ("SR03.1", "Complete recruitment to the permanent senior leadership structure.",
              "Chief Executive", ["Chief Executive"], d(2025, 10, 31), "R"),
             ("SR03.2", "Agree shared service agreements (HR, payroll, ICT, legal) with Lancashire County "
                        "Council from April 2026.",
              "Monitoring Officer", ["Monitoring Officer"], d(2026, 3, 31), "G"),
         ]),
        ("SR04 – Cyber security and information governance",
         "Cause: reliance on host council ICT and new data-sharing arrangements. Event: cyber attack or data "
         "breach. Effect: loss of systems, ICO enforcement, loss of trust.",
         "Monitoring Officer", "3 x 5 = 15", "Host council ICT security controls; data protection policies "
         "adopted; DPO appointed.", "2 x 5 = 10", "2 x 4 = 8",
         [
             ("SR04.1", "Achieve Cyber Essentials Plus certification.",
              "Senior Information Risk Owner (SIRO)", ["Senior Information Risk Owner (SIRO)"],
              d(2025, 12, 31), "G"),
             ("SR04.2", "Deliver data protection and cyber awareness training to all staff and Board members.",
              "Data Protection Officer", ["Data Protection Officer"], "Ongoing – annual refresh", "G"),
             ("SR04.3", "Test the business continuity plan through a desk-top cyber incident exercise.",
              "Head of Governance and Assurance", ["Head of Governance and Assurance"], d(2025, 11, 30), "A"),
         ]),
    ]

    def score_fill(s):
        v = int(s.split("=")[1])
        return RED if v >= 15 else AMBER if v >= 8 else GREEN

    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Quarter 2 – position at 30 September 2025. Audit and Governance Committee, 18 November 2025."
    for j, h in enumerate(["Risk", "Risk owner", "Residual score", "Target score", "Direction of travel"], 1):
        c = sm.cell(4, j, h)
        c.font = Font(bold=True)
        c.border = BOX
    dot = ["↔", "↔", "↑", "↓"]
    for i, rk in enumerate(risks):
        row = 5 + i
        vals = [rk[0], rk[2], rk[5], rk[6], dot[i]]
        for j, v in enumerate(vals, 1):
            c = sm.cell(row, j, v)
            c.border = BOX
        sm.cell(row, 3).fill = fill(score_fill(rk[5]))
    sm["A10"] = "Further actions: 11 (complete 2, on track 4, some slippage 3, off track 1, not started 1)"
    sm.column_dimensions["A"].width = 48
    sm.column_dimensions["B"].width = 34
    for col in "CDE":
        sm.column_dimensions[col].width = 16

    ws = wb.create_sheet("Register")
    ws["A1"] = "Strategic Risk Register 2025/26 – Q2"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Scores are Likelihood x Impact (see Scoring key). Action RAG is shown by cell colour."
    hdr = ["Risk", "Risk description", "Risk owner", "Inherent score", "Existing controls", "Residual score",
           "Ref", "Further action required", "Action owner", "Target date", "Action RAG", "Target score"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX
    widths = [26, 45, 22, 10, 38, 10, 8, 50, 28, 12, 9, 10]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + j)].width = w
    r = 5
    actions = []
    for (rt, desc, owner, inh, ctrls, res, tgt, acts) in risks:
        first = r
        for (ref, text, aowner, leads, date, rag) in acts:
            ws.cell(r, 7, ref)
            ws.cell(r, 8, text)
            ws.cell(r, 9, aowner)
            c = ws.cell(r, 10, date)
            if isinstance(date, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(r, 11).fill = fill(FILL[rag])
            for j in range(1, 13):
                ws.cell(r, j).alignment = WRAP
                ws.cell(r, j).border = BOX
            if isinstance(date, dt.datetime):
                end, end_text = ym(date), None
            elif date == "Q4 2025/26":
                end, end_text = "2026-03", None
            else:
                end, end_text = None, date
            status = {"B": "blue", "G": "green", "A": "amber", "R": "red", None: "unrated"}[rag]
            actions.append(dict(ref=ref, under=[rt], action=text, lead=leads, end=end, end_text=end_text,
                                status=status))
            r += 1
        last = r - 1
        for col, val in [(1, rt), (2, desc), (3, owner), (4, inh), (5, ctrls), (6, res), (12, tgt)]:
            c = ws.cell(first, col, val)
            c.alignment = WRAP
            if col in (4, 6, 12):
                c.fill = fill(score_fill(val))
            ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Scoring key")
    key["A1"] = "Scoring key"
    key["A1"].font = Font(bold=True, size=13)
    key["A3"] = "Likelihood: 1 Rare, 2 Unlikely, 3 Possible, 4 Likely, 5 Almost certain"
    key["A4"] = "Impact: 1 Negligible, 2 Minor, 3 Moderate, 4 Major, 5 Severe"
    key["A5"] = "Risk score bands: 1–7 low (green), 8–14 medium (amber), 15–25 high (red)"
    key["A7"] = "Action RAG (colour only in the register)"
    key["A7"].font = Font(bold=True)
    for i, (k, v) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Some slippage"),
                                ("R", "Significantly off track"), (None, "No colour – not yet started")], 8):
        c = key.cell(i, 1)
        if k:
            c.fill = fill(FILL[k])
        c.border = BOX
        key.cell(i, 2, v)
    key.column_dimensions["A"].width = 12
    key.column_dimensions["B"].width = 40
    wb.save(os.path.join(HERE, name))

    meta = dict(
        source="Imitates a combined authority strategic risk register as reported quarterly to an Audit and "
               "Governance Committee (the form used by Lancashire CCA's constituent councils and by other CCAs: "
               "risk cards turned into a register with cause/event/effect, inherent, residual and target "
               "L x I scores). Copied features: summary sheet with direction of travel and a totals line, "
               "register sheet with risk columns merged down beside one row per further action, action refs, "
               "job titles as owners, a quarter as a target date, 'Ongoing' timescale, action RAG shown by cell "
               "colour only with the key on a separate scoring-key sheet.",
        reads="A three-sheet workbook: a summary of four strategic risks, the register where each risk (merged "
              "down on the left) carries two or three further actions with owner, target date and a coloured "
              "RAG cell, and a scoring key explaining the colours. The 11 further actions are the plan; the "
              "coloured score cells are risk scores, not statuses.",
        title=title,
    )
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 3. Money and Pensions Service - Pensions Dashboards Programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def maps():
    name = "uv-money-and-pensions-service-pensions-dashboards-programme-highlight-report.xlsx"
    title = "Pensions Dashboards Programme (PDP) – Monthly Highlight Report"
    meetings = [
        ("Programme Board – 12 September 2024", [
            ("PB24-031", d(2024, 9, 12), "Circulate revised connection guidance for schemes with fewer than 100 "
             "relevant members to the Industry Working Group.", "Head of Industry Engagement",
             ["Head of Industry Engagement"], d(2024, 9, 30), "Complete", "Issued 27/09/2024."),
            ("PB24-032", d(2024, 9, 12), "Provide a reconciliation of the 2024/25 programme budget to the "
             "levy-funded allocation agreed with DWP.", "Programme Finance Business Partner",
             ["Programme Finance Business Partner"], d(2024, 10, 31), "Overdue",
             "Awaiting DWP confirmation of Q3 drawdown."),
            ("PB24-033", d(2024, 9, 12), "Confirm with The Pensions Regulator and the FCA the approach to "
             "compliance where a scheme misses its connection deadline.", "AB / KR", ["AB", "KR"],
             d(2024, 10, 31), "Complete", "Joint statement agreed; published 21/10/2024."),
            ("PB24-034", d(2024, 9, 12), "Share the terms of reference for the independent assurance review "
             "with Board members.", "Programme Director", ["Programme Director"], "Next meeting", "Complete",
             "Circulated with papers for 10 October."),
        ]),
        ("Programme Board – 10 October 2024", [
            ("PB24-035", d(2024, 10, 10), "Present the identity service load-testing results and a remediation "
             "plan for the two failed test scenarios.", "Technical Design Authority Chair",
             ["Technical Design Authority Chair"], d(2024, 11, 14), "On track", "Re-test booked w/c 4 November."),
            ("PB24-036", d(2024, 10, 10), "Update the integrated programme plan to show the first cohort of large "
             "master trusts connecting by 30 April 2025.", "Head of PMO", ["Head of PMO"], d(2024, 10, 31),
             "Complete", "Plan v7.2 baselined."),
            ("PB24-037", d(2024, 10, 10), "Set out the digital capability and resourcing plan responding to the "
             "NAO’s May 2024 recommendations.", "Chief Digital Officer / HR Business Partner",
             ["Chief Digital Officer", "HR Business Partner"], d(2024, 11, 30), "At risk",
             "Two senior digital roles still vacant; interim cover being sourced."),
            ("PB24-038", d(2024, 10, 10), "Arrange a Board deep-dive on data matching conventions and the "
             "‘possible match’ user journey.", "Head of Standards", ["Head of Standards"], "Jan 2025",
             "On track", "Provisionally scheduled for January Board."),
        ]),
    ]
    sfill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Overdue": RED}
    sread = {"Complete": "blue", "On track": "green", "At risk": "amber", "Overdue": "red"}

    wb = Workbook()
    hl = wb.active
    hl.title = "Highlight"
    hl["A1"] = title
    hl["A1"].font = Font(bold=True, size=14)
    hl["A2"] = "Money and Pensions Service | Report to: PDP Programme Board | Reporting period: 1–31 October 2024"
    for j, h in enumerate(["Dimension", "Previous RAG", "Current RAG", "Commentary"], 1):
        c = hl.cell(4, j, h)
        c.font = Font(bold=True)
        c.border = BOX
    dims = [("Overall delivery confidence", "A", "A", "Connection timetable holding; identity service testing "
             "is the main schedule risk."),
            ("Schedule", "A", "A", "Two load-test scenarios failed; re-test planned for November."),
            ("Budget", "G", "A", "Forecast pressure of £0.4m on supplier costs pending change request."),
            ("Resources", "A", "G", "Three contractor roles filled in October."),
            ("Scope", "G", "G", "No change.")]
    for i, (dim, p, c_, com) in enumerate(dims, 5):
        hl.cell(i, 1, dim).border = BOX
        a = hl.cell(i, 2, p)
        a.fill = fill(FILL[p])
        a.border = BOX
        b = hl.cell(i, 3, c_)
        b.fill = fill(FILL[c_])
        b.border = BOX
        hl.cell(i, 4, com).border = BOX
        hl.cell(i, 4).alignment = WRAP
    hl["A11"] = "Key messages"
    hl["A11"].font = Font(bold=True)
    hl["A12"] = ("The first large master trusts remain on course to connect by 30 April 2025. The Board is asked "
                 "to note the overdue budget reconciliation (PB24-032) and the resourcing risk on PB24-037.")
    hl["A12"].alignment = WRAP
    hl.merge_cells("A12:D13")
    hl.column_dimensions["A"].width = 30
    hl.column_dimensions["B"].width = 13
    hl.column_dimensions["C"].width = 13
    hl.column_dimensions["D"].width = 70

    ws = wb.create_sheet("Board actions")
    ws["A1"] = "PDP Programme Board – Action Log"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Status key:"
    for j, k in enumerate(["Complete", "On track", "At risk", "Overdue"], 2):
        c = ws.cell(2, j, k)
        c.fill = fill(sfill[k])
        c.border = BOX
    hdr = ["Ref", "Date raised", "Action", "Owner", "Due date", "Status", "Update"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EA5")
        c.border = BOX
    for j, w in enumerate([11, 12, 60, 30, 12, 11, 45], 1):
        ws.column_dimensions[chr(64 + j)].width = w
    r = 5
    actions = []
    for meeting, acts in meetings:
        ws.cell(r, 1, meeting).font = Font(bold=True, italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for (ref, raised, text, owner, leads, due, status, upd) in acts:
            ws.cell(r, 1, ref)
            ws.cell(r, 2, raised).number_format = "dd/mm/yyyy"
            ws.cell(r, 3, text)
            ws.cell(r, 4, owner)
            c = ws.cell(r, 5, due)
            if isinstance(due, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            s = ws.cell(r, 6, status)
            s.fill = fill(sfill[status])
            ws.cell(r, 7, upd)
            for j in range(1, 8):
                ws.cell(r, j).alignment = WRAP
                ws.cell(r, j).border = BOX
            if isinstance(due, dt.datetime):
                end, end_text = ym(due), None
            elif due == "Jan 2025":
                end, end_text = "2025-01", None
            else:
                end, end_text = None, due
            actions.append(dict(ref=ref, under=[meeting], action=text, lead=leads, end=end, end_text=end_text,
                                status=sread[status]))
            r += 1
    wb.save(os.path.join(HERE, name))

    meta = dict(
        source="Imitates a monthly programme highlight report for a government major project run by an "
               "arm's-length body (the Money and Pensions Service delivering the Pensions Dashboards Programme "
               "for DWP, 2024, after the NAO report of May 2024). Copied features: title block with reporting "
               "period and audience, dimension table with previous and current RAG and commentary, key messages, "
               "and a Programme Board action log grouped under meeting-date band rows, with a colour status key, "
               "initials and job titles as owners, 'Next meeting' as a due date, curly quotes.",
        reads="Two sheets: the highlight page (delivery-confidence RAG by dimension, key messages) and the "
              "Programme Board action log, where eight actions sit under the two Board meetings that raised "
              "them, each with owner, due date and a status word that the key colours.",
        title=title,
    )
    write_expected(name, meta, actions)
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


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True


# ---------------------------------------------------------------------------
# 4. Heath Farm Fostering - Ofsted IFA inspection action plan (docx)
# ---------------------------------------------------------------------------
def heath_farm():
    name = "uv-heath-farm-fostering-ofsted-ifa-inspection-action-plan.docx"
    title = "Heath Farm Fostering – Ofsted Inspection Action Plan"
    secA = "Section A: Statutory requirements"
    secB = "Section B: Recommendations"
    sections = [
        (secA, [
            ("Requirement 1: The registered person must ensure that each foster carer’s household has an "
             "up-to-date safer caring policy which reflects the needs of each child placed. (Fostering Services "
             "(England) Regulations 2011, Regulation 17) Due date: 30 April 2025",
             [
                 ("1.1", "Supervising social workers to review every household’s safer caring policy at the next "
                         "supervisory visit and update it within 5 working days of any new placement.",
                  "Team Manager (Supervising Social Workers)", ["Team Manager (Supervising Social Workers)"],
                  "30/04/2025", "2025-04", None, "B"),
                 ("1.2", "Add safer caring policies to the quarterly file audit tool and report compliance to the "
                         "monthly quality meeting.",
                  "Quality Assurance Manager", ["Quality Assurance Manager"], "30/06/2025", "2025-06", None, "G"),
             ]),
            ("Requirement 2: The registered person must ensure that all allegations against foster carers are "
             "referred to the local authority designated officer (LADO) without delay and that the outcome is "
             "recorded. (Regulation 36) Due date: 31 March 2025",
             [
                 ("2.1", "Introduce a single allegations and concerns log, overseen by the Registered Manager, "
                         "recording the date of referral to the LADO, strategy discussions and outcomes.",
                  "Registered Manager", ["Registered Manager"], "31/03/2025", "2025-03", None, "B"),
                 ("2.2", "Deliver refresher training on managing allegations to all supervising social workers "
                         "and fostering panel members.\nTraining to be co-delivered with the Kent LADO service.",
                  "Training Coordinator / Registered Manager", ["Training Coordinator", "Registered Manager"],
                  "May 2025", "2025-05", None, "G"),
                 ("2.3", "Commission an independent audit of all allegations received since April 2023 to confirm "
                         "each was referred to the LADO.",
                  "Responsible Individual", ["Responsible Individual"], "End of June 2025", "2025-06", None, "A"),
             ]),
        ]),
        (secB, [
            ("Recommendation 1: The registered person should ensure that foster carers complete the Training, "
             "Support and Development Standards within 12 months of approval. (NMS 20.3)",
             [
                 ("3.1", "Track TSD progress for every newly approved carer and RAG-rate it in supervision.",
                  "Supervising Social Worker (TSD lead)", ["Supervising Social Worker (TSD lead)"], "Monthly",
                  None, "Monthly", "G"),
                 ("3.2", "Write to the six carers outside the 12-month timescale with an individual completion "
                         "plan.",
                  "Team Manager (Supervising Social Workers)", ["Team Manager (Supervising Social Workers)"],
                  "30/04/2025", "2025-04", None, "B"),
             ]),
            ("Recommendation 2: The registered person should ensure that children’s views are routinely sought "
             "and used to inform the annual review of foster carers. (NMS 1.7)",
             [
                 ("4.1", "Introduce age-appropriate feedback forms for children (including easy-read and digital "
                         "versions) for every foster carer annual review.",
                  "Participation Worker / Reviewing Officer", ["Participation Worker", "Reviewing Officer"],
                  "September 2025", "2025-09", None, "G"),
                 ("4.2", "Children’s Council to co-produce a ‘what matters to me’ section for the annual review "
                         "report.",
                  "Participation Worker", ["Participation Worker"], "TBC", None, "TBC", None),
             ]),
        ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Independent fostering agency – inspection under the social care common inspection "
                      "framework, 3 to 7 March 2025. Overall experiences and progress of children and young "
                      "people: requires improvement to be good.")
    t0 = doc.add_table(rows=0, cols=2)
    t0.style = "Table Grid"
    for k, v in [("Version", "1.2"), ("Prepared by", "Registered Manager"), ("Approved by", "Responsible Individual"),
                 ("Date", "14 April 2025"), ("Review", "Monthly at Senior Leadership Team; quarterly to the Board")]:
        row = t0.add_row()
        row.cells[0].text = k
        row.cells[1].text = v
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: B = completed and evidenced; G = on track; A = some slippage, recovery plan in "
                      "place; R = not on track.")
    actions = []
    for sec, reqs in sections:
        doc.add_heading(sec, level=1)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "By when", "RAG"]):
            c.text = h
            shade(c, "D9D9D9")
        bold_row(t.rows[0])
        for req, acts in reqs:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[4])
            m.text = req
            shade(m, "FCE4D6")
            for p in m.paragraphs:
                for run in p.runs:
                    run.bold = True
            for (ref, text, lead, leads, when, end, end_text, rag) in acts:
                row = t.add_row()
                cs = row.cells
                cs[0].text = ref
                cs[1].text = text
                cs[2].text = lead
                cs[3].text = when
                if rag:
                    cs[4].text = rag
                    shade(cs[4], FILL[rag])
                status = {"B": "blue", "G": "green", "A": "amber", "R": "red", None: "unrated"}[rag]
                actions.append(dict(ref=ref, under=[sec, req], action=text, lead=leads, end=end,
                                    end_text=end_text, status=status))
        doc.add_paragraph("")
    doc.add_heading("Sign-off", level=2)
    ts = doc.add_table(rows=2, cols=3)
    ts.style = "Table Grid"
    for c, h in zip(ts.rows[0].cells, ["Role", "Signature", "Date"]):
        c.text = h
    ts.rows[1].cells[0].text = "Responsible Individual"
    ts.rows[1].cells[1].text = "(signed)"
    ts.rows[1].cells[2].text = "14/04/2025"
    doc.save(os.path.join(HERE, name))

    meta = dict(
        source="Imitates the post-inspection action plans independent fostering agencies send to Ofsted and "
               "their boards after an SCCIF inspection (requirements with compliance dates, then "
               "recommendations against the National Minimum Standards), 2025. Copied features: title and "
               "inspection summary lines, a document-control table, a RAG key line, one table per section "
               "(statutory requirements, recommendations) with the requirement or recommendation as a merged "
               "shaded row above its numbered actions, job titles as leads (two posts split by '/'), dates, "
               "'Monthly' and 'TBC' timescales, RAG letters with cell shading, an inner line break in one "
               "action, and a sign-off table.",
        reads="A Word action plan: after a document-control table and the RAG key, Section A lists two Ofsted "
              "requirements and Section B two recommendations, each as a merged row followed by its actions "
              "(nine in all) with lead, by-when date and a B/G/A letter. The sign-off and document-control "
              "tables are not the plan.",
        title=title,
    )
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 5. Much Wenlock Town Council - external/internal audit action plan 2023/24 (docx)
# ---------------------------------------------------------------------------
def much_wenlock():
    name = "uv-much-wenlock-town-council-external-internal-audit-action-plan-2023-24.docx"
    title = "Much Wenlock Town Council – Action Plan in response to the External and Internal Audit Reports 2023/24"
    secA = "A. Matters raised by the External Auditor (PKF Littlejohn LLP)"
    secB = "B. Matters raised by the Internal Auditor"
    sections = [
        (secA, [
            ("The AGAR was not approved by the Council before 30 June 2024, and the notice of the period for the "
             "exercise of public rights did not include the required dates.",
             [
                 ("A1.1", "Prepare an annual closedown timetable so that Sections 1 and 2 of the AGAR are approved "
                          "at the June meeting of Full Council, before 30 June.",
                  "Responsible Financial Officer", ["Responsible Financial Officer"], "By 30 June 2025",
                  "2025-06", None, "On track"),
                 ("A1.2", "Use the template notice from the Practitioners’ Guide and publish it on the website and "
                          "the Guildhall noticeboard for the full 30 working days.",
                  "Town Clerk", ["Town Clerk"], "June 2025", "2025-06", None, "Not started"),
             ]),
            ("Explanations of significant variances (Box 7) were not supplied with the first submission.",
             [
                 ("A2.1", "Variance explanations to be prepared with the year-end accounts and reviewed by the "
                          "Finance & General Purposes Committee before the AGAR is submitted.",
                  "Responsible Financial Officer", ["Responsible Financial Officer"], "May 2025", "2025-05", None,
                  "Not started"),
             ]),
        ]),
        (secB, [
            ("Bank reconciliations were not reviewed and signed by a member each quarter.",
             [
                 ("B1.1", "A councillor who is not a bank signatory to check and sign each bank reconciliation "
                          "against the statements at every F&GP meeting.",
                  "Chair of Finance & General Purposes Committee", ["Chair of Finance & General Purposes Committee"],
                  "Quarterly", None, "Quarterly", "On track"),
             ]),
            ("The asset register had not been updated since 2021 and did not agree to Box 9 of the AGAR.",
             [
                 ("B2.1", "Carry out a physical check of all assets (including the play equipment at the Jubilee "
                          "Field and the Guildhall contents) and update the asset register.",
                  "Deputy Town Clerk", ["Deputy Town Clerk"], "31/01/2025", "2025-01", None, "Completed"),
                 ("B2.2", "Adopt an asset register procedure and reconcile the register to Box 9 at each year end.",
                  "Town Clerk", ["Town Clerk"], "31/03/2025", "2025-03", None, "Completed"),
             ]),
            ("The Council’s risk assessment was last reviewed in May 2022.",
             [
                 ("B3.1", "Review and re-adopt the financial and general risk assessment, and diarise an annual "
                          "review each May.",
                  "Full Council", ["Full Council"], "May 2025", "2025-05", None, "On track"),
             ]),
        ]),
    ]
    sread = {"Completed": "blue", "On track": "green", "Not started": "unrated"}

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    p = doc.add_paragraph("The Guildhall, Wilmore Street, Much Wenlock, Shropshire")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading(title, level=1)
    doc.add_paragraph("Adopted by Full Council on 14 November 2024 (Minute 24/112). Progress reviewed at each "
                      "meeting of the Finance & General Purposes Committee; this version reports progress to "
                      "13 February 2025.")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Item", "Issue raised", "Action to be taken", "Responsibility",
                                      "Target date", "Status"]):
        c.text = h
    bold_row(t.rows[0])
    actions = []
    for sec, issues in sections:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        m.text = sec
        shade(m, "E2EFDA")
        for p in m.paragraphs:
            for run in p.runs:
                run.bold = True
        for issue, acts in issues:
            first_idx = len(t.rows)
            for (ref, text, resp, leads, when, end, end_text, status) in acts:
                row = t.add_row()
                cs = row.cells
                cs[0].text = ref
                cs[2].text = text
                cs[3].text = resp
                cs[4].text = when
                cs[5].text = status
                actions.append(dict(ref=ref, under=[sec, issue], action=text, lead=leads, end=end,
                                    end_text=end_text, status=sread[status]))
            last_idx = len(t.rows) - 1
            top = t.cell(first_idx, 1)
            if last_idx > first_idx:
                top = top.merge(t.cell(last_idx, 1))
            top.text = issue
    doc.add_paragraph("")
    doc.add_paragraph("Notes: The External Auditor’s report and certificate and the Internal Audit report are "
                      "published on the Council’s website with the AGAR 2023/24. Items marked Completed will be "
                      "removed after the Annual Meeting in May 2025.")
    doc.save(os.path.join(HERE, name))

    meta = dict(
        source="Imitates the action plans small town and parish councils adopt after a qualified external "
               "auditor's report and certificate on the AGAR plus the internal auditor's report (e.g. the "
               "2023/24 limited assurance reviews by PKF Littlejohn), 2024–25. Copied features: address line, "
               "heading naming both reports, an adoption note with minute number, a single table with "
               "full-width section rows for external and internal audit matters, the issue raised merged down "
               "beside its actions, committee and officer titles as responsibility, 'By …', month and "
               "'Quarterly' target dates, word statuses, and a closing notes paragraph.",
        reads="A short Word plan in one table: two sections (external auditor, internal auditor), each with the "
              "issues raised and, beside each, one or two actions (seven in all) with the officer or body "
              "responsible, a target date and a status word.",
        title=title,
    )
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 6. Dogs Trust - Board of Trustees action log (csv) - typo month -> refuse
# ---------------------------------------------------------------------------
def dogs_trust():
    name = "uv-dogs-trust-board-of-trustees-action-log-typo-month-refuse.csv"
    title = "Dogs Trust – Board of Trustees Action Log"
    lines = [
        title + ",,,,,,,",
        "Open and recently closed actions – updated 1 December 2025 for the Board meeting on 11 December 2025,,,,,,,",
        ",,,,,,,",
        "Action No.,Meeting,Minute,Action,Owner,Due,Status,Comment",
        "BT25-11,13/03/2025,25/08,Circulate the revised Scheme of Delegation and Matters Reserved to the Board for "
        "approval by email,Company Secretary,April 2025,Complete,Approved 02/04/2025",
        "BT25-17,12/06/2025,25/19,\"Present the rehoming centre estate strategy, including options for the oldest "
        "kennel blocks\",Chief Executive; Director of Operations,September 2025,Complete,Presented 18/09/2025",
        "BT25-20,12/06/2025,25/23,Arrange a trustee visit to a rehoming centre and a Dog School class,Director of "
        "Operations,Ongoing,Open,Loughborough visit completed; further visits being arranged",
        "BT25-26,18/09/2025,25/34,Audit & Risk Committee to receive a cyber security deep dive following the "
        "penetration test,Chair of Audit & Risk Committee,Febuary 2026,Open,Scheduled for ARC agenda",
        "BT25-27,18/09/2025,25/35,Update the reserves policy to reflect the revised legacy income forecast,Director "
        "of Finance,December 2025,Open,Draft to Finance & Investment Committee 27/11/2025",
        "BT25-29,18/09/2025,25/38,Report the results of the 2025 supporter experience survey,Director of "
        "Fundraising,December 2025,Open,",
        "BT25-30,18/09/2025,25/40,Review the trustee skills matrix ahead of 2026 trustee recruitment,Chair; "
        "Company Secretary,March 2026,Open,",
        ",,,,,,,",
        "Actions closed at the previous meeting are removed from this log.,,,,,,,",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    refuse_line = next(i for i, l in enumerate(lines, 1) if "Febuary" in l)
    meta = dict(
        source="Imitates a charity board of trustees' rolling action log exported to CSV from the board-pack "
               "spreadsheet (the form large animal-welfare and other national charities keep: action number, "
               "meeting date, minute reference, action, owner, due, status, comment), 2025. Copied features: "
               "title and 'updated for the Board meeting' lines, a blank separator row, job titles and two "
               "owners split by ';', 'Ongoing' due date, Open/Complete statuses, a closing note line.",
        reads="A CSV action log of seven trustee actions with owner, due month and status. Action BT25-26 is "
              "due 'Febuary 2026' – a mistyped month a careful reader would query rather than guess.",
        outcome="refuse",
        refuse_at=refuse_line,
        title=title,
    )
    write_expected(name, meta, None)
    return name, 7


# ---------------------------------------------------------------------------
# 7. New Forest NPA - peer review action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def new_forest():
    name = "uv-new-forest-npa-peer-review-action-plan.txt"
    title = "New Forest National Park Authority – Peer Review 2024: Action Plan"
    T1 = "Theme 1: Leadership, governance and culture"
    T2 = "Theme 2: Partnership and place"
    T3 = "Theme 3: Organisational capacity and finance"
    R1 = ("Recommendation 1: Review the size and operation of the committee structure to free up member time "
          "for strategic discussion.")
    R2 = "Recommendation 2: Strengthen member development, including induction for Secretary of State appointees."
    R3 = ("Recommendation 3: Work with partners to agree shared priorities for the Partnership Plan and how "
          "delivery will be reported.")
    R4 = "Recommendation 4: Develop a medium term financial plan that reduces reliance on Defra core grant."
    R5 = "Recommendation 5: Invest in workforce planning to address recruitment difficulties in planning and ecology."
    rows = [
        ("theme", T1), ("rec", R1),
        ("act", T1, R1, "1.1", "Report options for a streamlined committee structure to the Standards and "
         "Governance Committee.", "Monitoring Officer", ["Monitoring Officer"], "Dec-24", "2024-12", None,
         "Green", "New structure agreed by the Authority on 12 December 2024."),
        ("act", T1, R1, "1.2", "Introduce an annual forward plan of Authority business and pre-meeting member "
         "briefings.", "Chair of the Authority; Chief Executive", ["Chair of the Authority", "Chief Executive"],
         "March 2025", "2025-03", None, "Green", "Forward plan published; briefings held since January."),
        ("rec", R2),
        ("act", T1, R2, "2.1", "Refresh the member induction pack and offer each new member a mentor from among "
         "existing members.", "Head of Governance and Democratic Services",
         ["Head of Governance and Democratic Services"], "Sept 2024 – March 2025", "2025-03", None, "Green",
         "Induction pack reissued; four mentors matched."),
        ("act", T1, R2, "2.2", "Undertake a member skills audit and publish a two-year member development "
         "programme.", "Head of Governance and Democratic Services",
         ["Head of Governance and Democratic Services"], "Q2 2025/26", "2025-09", None, "Amber",
         "Skills audit returns 11 of 22; reminder sent."),
        ("theme", T2), ("rec", R3),
        ("act2", T2, R3, "3.1", "Agree a joint Partnership Plan delivery framework with Forestry England, the "
         "Verderers and Natural England,", "including shared performance measures for the Open Forest.",
         "Chief Executive", ["Chief Executive"], "By 31 July 2025", "2025-07", None, "Amber",
         "Draft framework discussed at Partners’ Forum, April 2025."),
        ("act", T2, R3, "3.2", "Hold an annual New Forest partners’ summit.", "Head of Partnerships",
         ["Head of Partnerships"], "Ongoing", None, "Ongoing", "Amber", "First summit planned for October 2025."),
        ("theme", T3), ("rec", R4),
        ("act", T3, R4, "4.1", "Prepare a three-year income generation strategy covering donations, commercial "
         "income and green finance.", "Chief Finance Officer / Head of Fundraising",
         ["Chief Finance Officer", "Head of Fundraising"], "Q1 2025/26", "2025-06", None, "Amber",
         "Consultant appointed; draft due June."),
        ("act", T3, R4, "4.2", "Present a balanced Medium Term Financial Plan 2025/26–2027/28 to the Authority.",
         "Chief Finance Officer", ["Chief Finance Officer"], "Feb-25", "2025-02", None, "Green",
         "Approved 13 February 2025."),
        ("rec", R5),
        ("act", T3, R5, "5.1", "Complete a workforce plan and a market supplement review for hard-to-recruit "
         "posts.", "Head of HR", ["Head of HR"], "September 2025", "2025-09", None, "Red",
         "Delayed by vacancy in HR team; revised timetable to SLT in June."),
        ("act", T3, R5, "5.2", "Develop a planning and ecology graduate/apprenticeship pathway with local "
         "universities.", "Head of HR; Director of Strategy & Planning",
         ["Head of HR", "Director of Strategy & Planning"], "April 2026", "2026-04", None, "", ""),
    ]
    sread = {"Green": "blue", "Amber": "amber", "Red": "red", "": "unrated"}
    lines = [
        title,
        "Progress at 31 May 2025 (reported to the Authority, 26 June 2025)",
        "",
        "Status key: Green = action completed; Amber = in progress; Red = delayed or at risk",
        "",
        "Ref\tAction\tLead officer\tTimescale\tStatus\tProgress at 31 May 2025",
    ]
    actions = []
    for r in rows:
        if r[0] in ("theme", "rec"):
            lines.append(r[1])
        elif r[0] == "act":
            _, th, rec, ref, text, lead, leads, when, end, end_text, status, prog = r
            lines.append("\t".join([ref, text, lead, when, status, prog]))
            actions.append(dict(ref=ref, under=[th, rec], action=text, lead=leads, end=end, end_text=end_text,
                                status=sread[status]))
        else:
            _, th, rec, ref, text1, text2, lead, leads, when, end, end_text, status, prog = r
            lines.append("\t".join([ref, text1, lead, when, status, prog]))
            lines.append("\t".join(["", text2, "", "", "", ""]))
            actions.append(dict(ref=ref, under=[th, rec], action=text1 + "\n" + text2, lead=leads, end=end,
                                end_text=end_text, status=sread[status]))
    lines += ["", "Notes: Actions shown Green will be removed from the next progress report. Peer review "
                  "carried out by National Parks England and the LGA, October 2024."]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")

    meta = dict(
        source="Imitates a national park authority's action plan responding to a peer review (the National "
               "Parks England / LGA peer challenge format used by English NPAs), with a progress column, as a "
               "tab-separated text export, 2025. Copied features: title and progress-date lines, a status key "
               "that redefines Green as completed (no blue), theme heading lines and recommendation lines above "
               "numbered actions, one action whose text wraps onto a continuation line, officer titles as leads "
               "(two split by ';' or '/'), month, 'Dec-24', a period, quarter and 'Ongoing' timescales, notes "
               "line.",
        reads="A plain tab-separated plan: three themes, each with peer-review recommendations and the "
              "Authority's numbered actions beneath them (ten in all) with lead officer, timescale, a "
              "Green/Amber/Red status and progress. Per the key Green means completed, so Green reads as "
              "complete; action 3.1 continues on the next line.",
        title=title,
    )
    write_expected(name, meta, actions)
    return name, len(actions)


if __name__ == "__main__":
    for fn in (direct_line, lancashire, maps, heath_farm, much_wenlock, dogs_trust, new_forest):
        n, k = fn()
        print(n, k)
