#!/usr/bin/env python3
"""Build the seven qz- cases (data files + NAME.expected.yaml) for set heldout472."""
import csv
import datetime as dt
import os

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "grey": "D9D9D9", "head": "1F3864", "pale": "DDEBF7", "teal": "DAEEF3",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", fgColor=FILL.get(c, c))


def d(y, m, day):
    return dt.datetime(y, m, day)


def write_expected(name, meta, actions):
    out = {
        "source": meta["source"],
        "reads": meta["reads"],
        "outcome": meta["outcome"],
        "accept_refusal": meta.get("accept_refusal", False),
    }
    if "refuse_at" in meta:
        out["refuse_at"] = meta["refuse_at"]
    if meta.get("title"):
        out["title"] = meta["title"]
    if meta["outcome"] == "read":
        acts = []
        for a in actions:
            e = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                 "lead": a["lead"], "end": a["end"]}
            if a.get("end_text"):
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            acts.append(e)
        out["actions"] = acts
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(out, f, sort_keys=False, allow_unicode=True, width=100000)


def cellw(ws, row, col, value, bold=False, fill_=None, fmt=None, wrap=True, border=True, size=None, color=None):
    c = ws.cell(row=row, column=col, value=value)
    if bold or size or color:
        c.font = Font(bold=bold, size=size or 11, color=color)
    if fill_:
        c.fill = fill(fill_)
    if fmt:
        c.number_format = fmt
    if wrap:
        c.alignment = WRAP
    if border:
        c.border = BOX
    return c


# ---------------------------------------------------------------------------
# 1. Dŵr Cymru Welsh Water – Ofwat leakage/PCC enforcement case action plan (xlsx)
# ---------------------------------------------------------------------------
def welsh_water():
    name = "qz-dwr-cymru-welsh-water-ofwat-leakage-pcc-enforcement-action-plan.xlsx"
    title = "Leakage and Per Capita Consumption (PCC) Reporting – Enforcement Case Action Plan"
    WA = "Workstream A – Governance and oversight of regulatory reporting"
    WB = "Workstream B – Leakage and PCC calculation methodology"
    WC = "Workstream C – Leakage and PCC performance recovery (£59m programme)"
    WD = "Workstream D – Customer redress"
    F1 = "Board and executive oversight did not identify that the leakage and PCC methodologies departed from Ofwat's reporting guidance."
    F2 = "Third-line assurance was not scoped to test the methodology against the reporting guidance."
    F3 = "Night-flow allowances and property counts were applied inconsistently in the 2020-21 and 2021-22 calculations."
    F4 = "Restated leakage is above the 2020-25 performance commitment level."
    F5 = "Ofwat's decision requires £39.4m of redress to be returned to customers."
    # (ref, ws, finding, action, lead_cell, lead_list, orig, revised, prev, cur, update, status)
    rows = [
        ("A1", WA, F1, "Establish a Regulatory Reporting Steering Group chaired by the Chief Financial Officer, with terms of reference covering all performance commitment data.",
         "Chief Financial Officer", ["Chief Financial Officer"], d(2024, 6, 30), None, "B", "B",
         "Steering Group met first on 11 June 2024 and meets monthly. Closed by Audit Committee July 2024.", "blue", "2024-06"),
        ("A2", WA, F1, "Amend the annual Board assurance process so that every performance commitment has a named data owner who signs off the reporting methodology.",
         "Company Secretary / Head of Regulatory Reporting", ["Company Secretary", "Head of Regulatory Reporting"], d(2024, 9, 30), d(2025, 3, 31), "A", "G",
         "Data owners named for 41 of 44 measures. Date moved to align with the 2024-25 Annual Performance Report sign-off.", "green", "2025-03"),
        ("A3", WA, F2, "Extend the scope of the independent technical assurer to test the leakage and PCC calculations line by line against the reporting guidance, and report findings to the Audit Committee.",
         "Head of Internal Audit", ["Head of Internal Audit"], d(2024, 7, 31), None, "G", "B",
         "Revised scope agreed; first report to Audit Committee 23 July 2024.", "blue", "2024-07"),
        ("B1", WB, F3, "Rebuild the leakage calculation in a single controlled model with version control and documented change approval.",
         "Head of Leakage and Metering", ["Head of Leakage and Metering"], d(2024, 10, 31), d(2025, 4, 30), "A", "A",
         "Model build complete; parallel run against the legacy spreadsheets under way. Delay due to data migration from the old telemetry store.", "amber", "2025-04"),
        ("B2", WB, F3, "Complete a DMA-by-DMA audit of night-flow allowances and property counts, and restate the baseline where needed.",
         "Leakage Analytics Manager; Data Quality Lead", ["Leakage Analytics Manager", "Data Quality Lead"], d(2024, 12, 31), None, "A", "R",
         "Audit 78% complete. Remaining DMAs held up by logger replacement; will miss December.", "red", "2024-12"),
        ("C1", WC, F4, "Deploy 60 additional leakage technicians and extend acoustic logger coverage in the highest-leakage DMAs.",
         "Director of Water Services", ["Director of Water Services"], d(2025, 3, 31), None, "G", "G",
         "52 technicians in post; 14,500 loggers deployed.", "green", "2025-03"),
        ("C2", WC, F4, "Deliver the free customer supply-pipe leak repair scheme and report repairs completed each month.",
         "Head of Customer Operations", ["Head of Customer Operations"], d(2025, 3, 31), None, "G", "A",
         "Repairs behind profile after autumn storms; extra contractor crews from January.", "amber", "2025-03"),
        ("D1", WD, F5, "Apply the bill reductions for 2024-25 and 2025-26 and confirm the amounts returned to Ofwat in the Annual Performance Report.",
         "Head of Regulation & Strategy", ["Head of Regulation & Strategy"], d(2025, 7, 31), None, "G", "G",
         "2024-25 reduction applied to April 2024 bills. 2025-26 reduction included in charges scheme.", "green", "2025-07"),
    ]
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv.column_dimensions["A"].width = 16
    cv.column_dimensions["B"].width = 14
    cv.column_dimensions["C"].width = 34
    cv.column_dimensions["D"].width = 60
    cellw(cv, 1, 1, "Dŵr Cymru Welsh Water", bold=True, size=14, border=False, wrap=False)
    cellw(cv, 3, 1, title, bold=True, size=16, border=False, wrap=False)
    cellw(cv, 4, 1, "Actions agreed in response to Ofwat's enforcement case decision (March 2024)", border=False, wrap=False)
    cellw(cv, 6, 1, "Document control", bold=True, border=False)
    for j, h in enumerate(["Version", "Date", "Author", "Change"], 1):
        cellw(cv, 7, j, h, bold=True, fill_="pale")
    dc = [("1.0", d(2024, 3, 28), "Regulatory Compliance Manager", "Plan approved by Board"),
          ("1.1", d(2024, 7, 16), "Regulatory Compliance Manager", "Q1 progress update"),
          ("1.2", d(2024, 10, 15), "Regulatory Compliance Manager", "Q2 progress update; revised date A2"),
          ("1.3", d(2025, 1, 14), "Regulatory Compliance Manager", "Q3 progress update; revised date B1")]
    for i, r in enumerate(dc, 8):
        for j, v in enumerate(r, 1):
            cellw(cv, i, j, v, fmt="dd/mm/yyyy" if j == 2 else None)
    cellw(cv, 13, 1, "RAG key", bold=True, border=False)
    key = [("B", "Blue", "Complete – evidence reviewed and closed by Audit Committee"),
           ("G", "Green", "On track to deliver by the due date"),
           ("A", "Amber", "At risk – mitigation in place, may need a revised date"),
           ("R", "Red", "Off track – will miss the due date")]
    for i, (k, w, t) in enumerate(key, 14):
        cellw(cv, i, 1, k, fill_=k, bold=True, color="FFFFFF" if k in "RB" else None)
        cellw(cv, i, 2, w)
        cv.merge_cells(start_row=i, start_column=3, end_row=i, end_column=4)
        cellw(cv, i, 3, t)

    ws = wb.create_sheet("Action Plan")
    widths = [7, 38, 52, 28, 13, 13, 10, 10, 52]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + j)].width = w
    cellw(ws, 1, 1, "Leakage and PCC Reporting – Enforcement Case Action Plan: progress at 31 December 2024", bold=True, size=13, border=False, wrap=False)
    cellw(ws, 2, 1, "Reported to the Board Audit Committee, 28 January 2025", border=False, wrap=False)
    hdr = ["Ref", "Ofwat finding", "Action", "Lead", "Original due date", "Revised due date", "Previous RAG", "Current RAG", "Progress update"]
    for j, h in enumerate(hdr, 1):
        cellw(ws, 4, j, h, bold=True, fill_="head", color="FFFFFF")
    r = 5
    cur_ws = None
    finding_start = {}
    expected = []
    for (ref, wsn, finding, action, leadc, leadl, orig, rev, prev, cur, upd, status, end) in rows:
        if wsn != cur_ws:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            cellw(ws, r, 1, wsn, bold=True, fill_="pale")
            cur_ws = wsn
            r += 1
        cellw(ws, r, 1, ref)
        if finding not in finding_start:
            finding_start[finding] = [r, r]
            cellw(ws, r, 2, finding)
        else:
            finding_start[finding][1] = r
            cellw(ws, r, 2, None)
        cellw(ws, r, 3, action)
        cellw(ws, r, 4, leadc)
        cellw(ws, r, 5, orig, fmt="dd/mm/yyyy")
        cellw(ws, r, 6, rev, fmt="dd/mm/yyyy")
        cellw(ws, r, 7, prev, fill_=prev, bold=True, color="FFFFFF" if prev in "RB" else None)
        cellw(ws, r, 8, cur, fill_=cur, bold=True, color="FFFFFF" if cur in "RB" else None)
        cellw(ws, r, 9, upd)
        expected.append({"ref": ref, "under": [wsn, finding], "action": action, "lead": leadl,
                         "end": end, "status": status})
        r += 1
    for f, (a, b) in finding_start.items():
        if b > a:
            ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    r += 1
    cellw(ws, r, 1, "Note: revised due dates must be approved by the Regulatory Reporting Steering Group and are reported to Ofwat in the quarterly update.", border=False, wrap=False)
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm.column_dimensions["A"].width = 24
    sm.column_dimensions["B"].width = 16
    cellw(sm, 1, 1, "Summary of current RAG – 31 December 2024", bold=True, border=False, wrap=False)
    cellw(sm, 3, 1, "Current RAG", bold=True, fill_="pale")
    cellw(sm, 3, 2, "Number of actions", bold=True, fill_="pale")
    counts = [("Blue (complete)", 2), ("Green", 3), ("Amber", 2), ("Red", 1)]
    for i, (k, n) in enumerate(counts, 4):
        cellw(sm, i, 1, k)
        cellw(sm, i, 2, n)
    cellw(sm, 8, 1, "Total", bold=True)
    cellw(sm, 8, 2, "=SUM(B4:B7)", bold=True)
    wb.save(os.path.join(HERE, name))
    meta = {
        "source": ("Imitates a water company's tracker of the commitments it gave Ofwat after an enforcement case: Ofwat's "
                   "case into Dŵr Cymru Welsh Water's misreported leakage and PCC (opened 25 May 2023, decision March 2024: "
                   "£39.4m redress plus £59m leakage/PCC spend; ofwat.gov.uk enforcement case page; Welsh Water press release "
                   "14 March 2024). No published tracker was found, so the layout follows regulatory-commitment trackers reported "
                   "to a board committee: cover sheet with document-control table and RAG key, action sheet with merged "
                   "workstream rows, the Ofwat finding merged down over its actions, original and revised due dates, previous "
                   "and current RAG as letters on fill colours, progress column, notes line, and a summary sheet of counts."),
        "reads": ("A cover sheet, then an action plan of eight actions (A1–D1) in four workstreams, each answering an Ofwat "
                  "finding shown merged beside its actions, with a lead, original and sometimes revised due date, previous and "
                  "current RAG; a summary sheet counts actions by current RAG."),
        "outcome": "read", "title": title,
    }
    write_expected(name, meta, expected)


# ---------------------------------------------------------------------------
# 2. West Midlands CA – WBHE Metro extension programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def wmca():
    name = "qz-west-midlands-ca-wednesbury-brierley-hill-metro-extension-highlight-report.xlsx"
    title = "Wednesbury to Brierley Hill Metro Extension (WBHE) – Programme Highlight Report"
    P1 = "Phase 1 – Wednesbury to Dudley Town"
    P2 = "Phase 2 – Dudley Town to Brierley Hill"
    ms = [
        ("M1", P1, "Complete track laying and overhead line equipment between Wednesbury and Dudley Port", "Midland Metro Alliance", ["Midland Metro Alliance"],
         d(2025, 6, 30), d(2025, 7, 25), "B", "Achieved 25 July 2025; snagging in hand.", "blue", "2025-07"),
        ("M2", P1, "Dudley Port Integrated Transport Hub – substantial completion", "MMA Project Director", ["MMA Project Director"],
         d(2025, 8, 31), d(2025, 11, 30), "A", "Platforms and canopy complete. Lift installation delayed by supplier.", "amber", "2025-11"),
        ("M3", P1, "Energise traction power and start test running on Phase 1", "Head of Metro Operations / Midland Metro Ltd", ["Head of Metro Operations", "Midland Metro Ltd"],
         d(2025, 9, 30), d(2026, 1, 31), "A", "Substation commissioning re-sequenced behind Dudley Port works.", "amber", "2026-01"),
        ("M4", P1, "Submit the Phase 1 safety verification file to the Office of Rail and Road", "Head of Metro Safety & Assurance", ["Head of Metro Safety & Assurance"],
         d(2025, 10, 31), d(2026, 2, 28), "R", "Dependent on test running evidence; outside tolerance.", "red", "2026-02"),
        ("M5", P1, "Phase 1 passenger service opens (Wednesbury – Dudley Town)", "Director of Integrated Transport Services", ["Director of Integrated Transport Services"],
         d(2025, 12, 31), d(2026, 3, 31), "R", "Revised forecast reported to Board this month (see decisions).", "red", "2026-03"),
        ("M6", P2, "Submit Phase 2 Full Business Case to WMCA Investment Board", "TfWM Head of Metro", ["TfWM Head of Metro"],
         d(2025, 7, 31), d(2025, 7, 22), "B", "Approved by Investment Board 22 July 2025.", "blue", "2025-07"),
        ("M7", P2, "Confirm the Phase 2 funding package with DfT under City Region Sustainable Transport Settlement 2", "WMCA Director of Finance", ["WMCA Director of Finance"],
         d(2025, 12, 31), d(2025, 12, 31), "G", "Funding letter in draft with DfT.", "green", "2025-12"),
        ("M8", P2, "Award the Phase 2 civils and track contract (Dudley Town to Brierley Hill)", "MMA Commercial Lead; TfWM Head of Metro", ["MMA Commercial Lead", "TfWM Head of Metro"],
         d(2026, 3, 31), d(2026, 6, 30), "A", "Tender period extended by six weeks at bidders' request.", "amber", "2026-06"),
        ("M9", P2, "Obtain highways and utilities consents for the Brierley Hill terminus works", "Dudley MBC / MMA Consents Manager", ["Dudley MBC", "MMA Consents Manager"],
         d(2026, 4, 30), d(2026, 9, 30), "A", "Utility diversions design awaiting Cadent approval.", "amber", "2026-09"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    for col, w in zip("ABCDEFG", [7, 58, 34, 12, 14, 8, 48]):
        ws.column_dimensions[col].width = w
    cellw(ws, 1, 1, "West Midlands Combined Authority | Transport for West Midlands", bold=True, border=False, wrap=False, color="6A1B9A")
    cellw(ws, 2, 1, title, bold=True, size=15, border=False, wrap=False)
    info = [("Reporting period", "October 2025", "Report to", "TfWM Programme Board – 12 November 2025"),
            ("Senior Responsible Owner", "Director of Integrated Transport Services", "Programme Manager", "WBHE Programme Manager"),
            ("Overall RAG (this period)", "AMBER", "Overall RAG (last period)", "AMBER")]
    for i, (a, b, c, e) in enumerate(info, 4):
        cellw(ws, i, 1, a, bold=True, fill_="grey")
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=1)
        cellw(ws, i, 2, b, fill_="A" if b == "AMBER" else None)
        cellw(ws, i, 3, c, bold=True, fill_="grey")
        ws.merge_cells(start_row=i, start_column=4, end_row=i, end_column=7)
        cellw(ws, i, 4, e, fill_="A" if e == "AMBER" else None)
    cellw(ws, 8, 1, "Summary of progress this period", bold=True, border=False, wrap=False)
    ws.merge_cells("A9:G9")
    cellw(ws, 9, 1, ("Track and overhead line works to Dudley Port are complete. The Dudley Port hub and traction power "
                     "energisation have slipped, which moves the Phase 1 opening forecast from December 2025 to March 2026. "
                     "Phase 2 Full Business Case approved; procurement of the civils contract under way."))
    ws.row_dimensions[9].height = 48
    cellw(ws, 11, 1, "Key milestones", bold=True, border=False, wrap=False)
    for j, h in enumerate(["Ref", "Milestone", "Owner", "Baseline", "Forecast / actual", "RAG", "Commentary"], 1):
        cellw(ws, 12, j, h, bold=True, fill_="head", color="FFFFFF")
    r = 13
    cur = None
    expected = []
    for (ref, ph, text, leadc, leadl, base, fc, rag, comm, status, end) in ms:
        if ph != cur:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            cellw(ws, r, 1, ph, bold=True, fill_="teal")
            cur = ph
            r += 1
        cellw(ws, r, 1, ref)
        cellw(ws, r, 2, text)
        cellw(ws, r, 3, leadc)
        cellw(ws, r, 4, base, fmt="mmm-yy")
        cellw(ws, r, 5, fc, fmt="mmm-yy")
        cellw(ws, r, 6, None, fill_=rag)
        cellw(ws, r, 7, comm)
        expected.append({"ref": ref, "under": [ph], "action": text, "lead": leadl, "end": end, "status": status})
        r += 1
    r += 1
    cellw(ws, r, 1, "Decisions / support required from Programme Board", bold=True, border=False, wrap=False)
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=7)
    cellw(ws, r + 1, 1, ("The Board is asked to note the revised Phase 1 opening forecast of March 2026 and to endorse the "
                         "extended Phase 2 tender period."))
    cellw(ws, r + 3, 1, "Risks: 4 red, 7 amber, 5 green on the programme risk register (see Finance & Risk tab).", border=False, wrap=False)

    fs = wb.create_sheet("Finance & Risk")
    for col, w in zip("ABCDE", [34, 16, 16, 16, 14]):
        fs.column_dimensions[col].width = w
    cellw(fs, 1, 1, "Programme budget (£m) – October 2025", bold=True, border=False, wrap=False)
    for j, h in enumerate(["Budget line", "Approved budget", "Spend to date", "Forecast outturn", "Variance"], 1):
        cellw(fs, 3, j, h, bold=True, fill_="pale")
    fin = [("Phase 1 – construction", 295.0, 268.4, 309.5), ("Phase 1 – systems and vehicles", 38.0, 22.1, 38.0),
           ("Phase 2 – development", 21.5, 12.9, 21.5), ("Programme contingency", 25.0, 0.0, 10.5)]
    for i, (a, b, c, e) in enumerate(fin, 4):
        cellw(fs, i, 1, a)
        cellw(fs, i, 2, b, fmt="0.0")
        cellw(fs, i, 3, c, fmt="0.0")
        cellw(fs, i, 4, e, fmt="0.0")
        cellw(fs, i, 5, f"=B{i}-D{i}", fmt="0.0")
    cellw(fs, 8, 1, "Total", bold=True)
    for j, col in enumerate("BCDE", 2):
        cellw(fs, 8, j, f"=SUM({col}4:{col}7)", bold=True, fmt="0.0")
    cellw(fs, 10, 1, "Risk profile", bold=True, border=False, wrap=False)
    for j, h in enumerate(["RAG", "Count"], 1):
        cellw(fs, 11, j, h, bold=True, fill_="pale")
    for i, (k, n) in enumerate([("Red", 4), ("Amber", 7), ("Green", 5)], 12):
        cellw(fs, i, 1, k)
        cellw(fs, i, 2, n)

    ky = wb.create_sheet("RAG key")
    ky.column_dimensions["B"].width = 80
    cellw(ky, 1, 1, "Milestone RAG key", bold=True, border=False, wrap=False)
    for i, (k, t) in enumerate([("G", "Forecast on or before baseline"),
                                ("A", "Forecast later than baseline but within programme tolerance (3 months)"),
                                ("R", "Forecast outside tolerance – escalated to Programme Board"),
                                ("B", "Milestone achieved")], 2):
        cellw(ky, i, 1, None, fill_=k)
        cellw(ky, i, 2, t)
    wb.save(os.path.join(HERE, name))
    meta = {
        "source": ("Imitates a combined authority's programme highlight report to a programme board: West Midlands Combined "
                   "Authority / TfWM Wednesbury to Brierley Hill Metro extension (WBHE), 2025-26. Layout follows council and "
                   "combined-authority highlight reports (e.g. Dorset LGR programme highlight reports, CPCA Chief Executive "
                   "highlights report): header block with reporting period, SRO and overall RAG this/last period, narrative "
                   "summary, a key milestones table split by phase with baseline and forecast/actual dates and RAG shown only as "
                   "cell fill, a decisions-required paragraph, a finance and risk tab with totals, and a separate RAG key tab."),
        "reads": ("A one-page highlight report for the Metro extension: nine milestones M1–M9 under Phase 1 and Phase 2 rows, each "
                  "with an owner, baseline and forecast/actual month and a fill-only RAG (blue = achieved per the key tab). The "
                  "header block, summary, decisions paragraph, finance and risk counts are not actions."),
        "outcome": "read", "title": title,
    }
    write_expected(name, meta, expected)


# ---------------------------------------------------------------------------
# 3. The Portland Hospital (HCA) – CQC should-do action plan, typo month -> refuse (xlsx)
# ---------------------------------------------------------------------------
def portland():
    name = "qz-portland-hospital-cqc-should-do-action-plan-typo-month-refuse.xlsx"
    title = "The Portland Hospital for Women and Children – CQC Inspection Action Plan"
    MAT = "Maternity"
    CYP = "Services for children and young people"
    S1 = "The service should ensure all midwifery staff complete mandatory training in line with the hospital's target."
    S2 = "The service should ensure the birthing pool evacuation procedure is practised regularly."
    S3 = "The service should ensure daily checks of emergency equipment are recorded."
    S4 = "The service should ensure paediatric early warning scores are escalated in line with policy."
    S5 = "The service should ensure transition arrangements for young people moving to adult services are documented."
    S6 = "The service should consider developing a formal strategy for children's services."
    rows = [
        ("SD1", MAT, S1, "Send monthly training compliance reports to each midwifery team leader and book outstanding PROMPT places.", "Head of Midwifery", "July 2022", "Compliance 94% at 31 July.", "Complete"),
        ("SD1", MAT, S1, "Add mandatory training compliance to the monthly 1:1 agenda for band 6 and band 7 midwives.", "Head of Midwifery / Practice Development Midwife", "Aug 2022", "1:1 template updated.", "Complete"),
        ("SD2", MAT, S2, "Hold a pool evacuation drill every quarter and record attendance.", "Labour Ward Manager", "Sept 2022", "Drills held 14/06 and 20/09.", "Complete"),
        ("SD3", MAT, S3, "Introduce a daily sign-off checklist for resuscitaires and the emergency trolley, audited weekly by the ward manager.", "Labour Ward Manager", "End Oct 2022", "Checklist live; first four weekly audits 100%.", "On track"),
        ("SD4", CYP, S4, "Re-launch the PEWS escalation policy with teaching at safety huddles.", "Lead Nurse Paediatrics", "Aug 2022", "Teaching delivered to 88% of paediatric nurses.", "Complete"),
        ("SD4", CYP, S4, "Audit 20 PEWS charts a month and report the results to the Paediatric Governance meeting.", "Lead Nurse Paediatrics; Paediatric Matron", "Novmber 2022", "July–September audits at 90–95%.", "On track"),
        ("SD5", CYP, S5, "Develop a transition checklist for young people aged 16–18 moving to adult services.", "Paediatric Matron", "Dec 2022", "Draft at Paediatric Governance October.", "On track"),
        ("SD6", CYP, S6, "Draft a children's services strategy for 2023–2026 with consultants, nurses and families.", "Director of Paediatrics and Chief Nursing Officer", "Jan 2023", "", "Not started"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    for col, w in zip("ABCDEFGH", [7, 22, 46, 52, 30, 14, 34, 12]):
        ws.column_dimensions[col].width = w
    cellw(ws, 1, 1, title, bold=True, size=14, border=False, wrap=False)
    cellw(ws, 2, 1, "HCA Healthcare UK | Inspection 21–22 March 2022 (Maternity; Services for children and young people) | Report published 26 May 2022", border=False, wrap=False)
    cellw(ws, 3, 1, "Plan owner: Chief Nursing Officer | Version 4, updated 12/10/2022 | Monitored at Quality & Safety Committee", border=False, wrap=False)
    hdr = ["Ref", "Core service", "CQC 'should do'", "Action", "Lead", "Target date", "Evidence / progress", "Status"]
    for j, h in enumerate(hdr, 1):
        cellw(ws, 5, j, h, bold=True, fill_="head", color="FFFFFF")
    r = 6
    cur = None
    merge_from = {}
    refuse_row = None
    for (ref, cs, sd, act, lead, tgt, ev, st) in rows:
        if cs != cur:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            cellw(ws, r, 1, cs, bold=True, fill_="grey")
            cur = cs
            r += 1
        cellw(ws, r, 1, ref)
        cellw(ws, r, 2, cs)
        if sd in merge_from:
            merge_from[sd][1] = r
            cellw(ws, r, 3, None)
        else:
            merge_from[sd] = [r, r]
            cellw(ws, r, 3, sd)
        cellw(ws, r, 4, act)
        cellw(ws, r, 5, lead)
        cellw(ws, r, 6, tgt)
        cellw(ws, r, 7, ev or None)
        cellw(ws, r, 8, st, fill_={"Complete": "B", "On track": "G"}.get(st), color="FFFFFF" if st == "Complete" else None)
        if "Novmber" in tgt:
            refuse_row = r
        r += 1
    for a, b in merge_from.values():
        if b > a:
            ws.merge_cells(start_row=a, start_column=3, end_row=b, end_column=3)
    r += 1
    cellw(ws, r, 1, "Total actions: 8 | Complete: 4 | On track: 3 | Not started: 1", bold=True, border=False, wrap=False)
    cellw(ws, r + 1, 1, "Status key: Complete (blue) – evidence uploaded to the CQC evidence folder; On track (green); Not started.", border=False, wrap=False)
    wb.save(os.path.join(HERE, name))
    meta = {
        "source": ("Imitates an independent hospital's action plan for the 'should do' improvements in a CQC report: HCA Healthcare "
                   "UK's The Portland Hospital for Women and Children, inspected 21–22 March 2022 (maternity and services for "
                   "children and young people), rated Good with areas to improve (cqc.org.uk location 1-126955917). Layout follows "
                   "independent-hospital CQC must/should-do trackers: title lines, owner/version line, core-service section rows, "
                   "the CQC 'should do' text merged down over its actions, several leads in one cell, target dates written as "
                   "text months, a status word with fill, and a totals line."),
        "reads": (f"An action plan of eight actions under two core services; each answers a CQC 'should do'. The target date "
                  f"of the second SD4 action on sheet row {refuse_row} reads 'Novmber 2022', a mistyped month, so a careful "
                  f"reader stops there and asks what date was meant."),
        "outcome": "refuse", "refuse_at": refuse_row, "title": title,
    }
    write_expected(name, meta, [])


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    paras = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, t in enumerate(paras):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(t)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Natural Resources Wales – Storm Bert flood warning lessons learned action plan (docx)
# ---------------------------------------------------------------------------
def nrw():
    name = "qz-natural-resources-wales-storm-bert-flood-warning-lessons-learned-action-plan.docx"
    title = "Storm Bert Flood Warning Review: Lessons Learned Action Plan"
    T1 = "Theme 1: Flood forecasting and warning triggers"
    T2 = "Theme 2: Warning communities and partners"
    T3 = "Theme 3: Incident management and resilience"
    R1 = "Recommendation 1: Review flood warning trigger levels on the River Taff and its tributaries, prioritising communities where warnings were received after flooding had begun."
    R2 = "Recommendation 2: Improve the resilience of the river level gauge network so that the data used to issue warnings is available throughout an event."
    R3 = "Recommendation 3: Make flood warning messages clearer about what people should do and when."
    R4 = "Recommendation 4: Share real-time incident information with Rhondda Cynon Taf Council and other Local Resilience Forum partners."
    R5 = "Recommendation 5: Strengthen the resilience of the flood warning duty rota for prolonged events."
    R6 = "Recommendation 6: Make post-event learning routine."
    plan = [
        (T1, [
            (R1, [
                ("1.1", "Re-run the Taff catchment forecast model with Storm Bert rainfall and gauge data, and reset the triggers for the Pontypridd and Trallwn flood warning areas.",
                 "Hydrology Manager", ["Hydrology Manager"], "31/03/2025", "New triggers live from 14 March 2025.", "Blue", "2025-03", None, "blue"),
                ("1.2", "Review trigger levels for all 37 flood warning areas in the Taff, Rhondda and Cynon catchments against the November 2024 event.",
                 "Flood Forecasting Manager / Hydrology Manager", ["Flood Forecasting Manager", "Hydrology Manager"], "30/09/2025",
                 "29 of 37 areas reviewed; remaining 8 due by end of September.", "Green", "2025-09", None, "green"),
            ]),
            (R2, [
                ("2.1", "Install back-up telemetry at the Pontypridd and Tonypandy gauging stations.",
                 "Hydrometry and Telemetry Manager", ["Hydrometry and Telemetry Manager"], "Q4 2024/25", "Installed and tested February 2025.", "Blue", "2025-03", None, "blue"),
                ("2.2", "Review every gauge that failed or went out of bank during Storm Bert and publish a prioritised investment programme.",
                 "Head of Flood Incident Risk Management", ["Head of Flood Incident Risk Management"], "April 2025 – December 2025",
                 "Review complete; investment programme in draft for Executive Team.", "Green", "2025-12", None, "green"),
            ]),
        ]),
        (T2, [
            (R3, [
                ("3.1", "Rewrite the flood alert and flood warning message templates in Welsh and English, tested with affected communities.",
                 "Head of Communications and Head of Flood Incident Risk Management", ["Head of Communications", "Head of Flood Incident Risk Management"],
                 "31/07/2025", "New templates in use from 1 July 2025.", "Blue", "2025-07", None, "blue"),
                ("3.2", "Run a campaign to increase sign-up to Floodline Warnings Direct in the 50 communities most at risk.",
                 "Head of Communications", ["Head of Communications"], "Ongoing", "Sign-ups up 11% since April; drop-in events in Pontypridd and Treforest.", "Green", None, "Ongoing", "green"),
            ]),
            (R4, [
                ("4.1", "Give partner duty officers read-only access to the NRW incident dashboard during flood events.",
                 "Incident Management Lead", ["Incident Management Lead"], "30/11/2025", "Information-sharing agreement with RCT still being finalised.", "Amber", "2025-11", None, "amber"),
            ]),
        ]),
        (T3, [
            (R5, [
                ("5.1", "Increase the number of trained Flood Warning Duty Officers from 18 to 26.\nNew officers to shadow two events before joining the rota.",
                 "Head of Flood Incident Risk Management", ["Head of Flood Incident Risk Management"], "31/10/2025", "24 trained; 2 completing shadowing.", "Green", "2025-10", None, "green"),
                ("5.2", "Agree mutual aid arrangements with the Environment Agency for forecasting cover during national-scale events.",
                 "Executive Director Operations", ["Executive Director Operations"], "31/12/2025", "Draft memorandum not yet agreed; EA review of its own rota expected spring 2026.", "Red", "2025-12", None, "red"),
            ]),
            (R6, [
                ("6.1", "Hold a structured debrief within 20 working days of every event where a severe flood warning is issued.",
                 "Head of Flood Incident Risk Management", ["Head of Flood Incident Risk Management"], "31/01/2025", "Procedure issued January 2025; used after Storm Darragh debrief.", "Blue", "2025-01", None, "blue"),
            ]),
        ]),
    ]
    ragfill = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    doc = Document()
    landscape(doc)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Natural Resources Wales / Cyfoeth Naturiol Cymru")
    doc.add_paragraph("Flood Incident Risk Management – progress position at 30 September 2025")
    doc.add_heading("Document control", level=2)
    dct = doc.add_table(rows=1, cols=4)
    dct.style = "Table Grid"
    for c, h in zip(dct.rows[0].cells, ["Version", "Date", "Status", "Approved by"]):
        set_cell(c, h, bold=True)
    for v in [("0.3", "20/02/2025", "Draft for consultation with RCT Council", "–"),
              ("1.0", "27/03/2025", "Final", "Executive Team"),
              ("1.1", "09/10/2025", "Progress update", "Flood Risk Management Wales Committee")]:
        cells = dct.add_row().cells
        for c, t in zip(cells, v):
            set_cell(c, t)
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Blue – complete; Green – on track; Amber – at risk of slipping; Red – will not meet the target date.")
    expected = []
    hdr = ["Ref", "Action", "Lead", "Target date", "Progress update (September 2025)", "RAG"]
    widths = [Cm(1.4), Cm(8.5), Cm(4.2), Cm(3.2), Cm(6.5), Cm(1.8)]
    for theme, recs in plan:
        doc.add_heading(theme, level=1)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, hdr):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        for rec, acts in recs:
            row = t.add_row().cells
            m = row[0].merge(row[5])
            set_cell(m, rec, bold=True)
            shade(m, "F2F2F2")
            for (ref, act, leadc, leadl, tgt, prog, rag, end, endt, st) in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, act, leadc, tgt, prog, rag]):
                    set_cell(c, v)
                shade(cells[5], ragfill[rag])
                e = {"ref": ref, "under": [theme, rec], "action": act, "lead": leadl, "end": end, "status": st}
                if endt:
                    e["end_text"] = endt
                expected.append(e)
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
        doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reported to the Flood Risk Management Wales Committee and published on the NRW website.")
    doc.save(os.path.join(HERE, name))
    meta = {
        "source": ("Imitates a public body's lessons-learned action plan after a flood event: Natural Resources Wales (a Welsh "
                   "Government sponsored body) committed in November 2024 to review its flood warnings for Storm Bert after "
                   "Pontypridd flooded (Nation.Cymru / ITV Wales, 25–27 Nov 2024); NRW's February 2020 Floods Flood Incident "
                   "Management Review ended in 'combined recommendations and proposed action plan'. Layout copied from such "
                   "plans: title page lines, document-control table, RAG key line, one Word table per theme, each recommendation "
                   "as a merged full-width row above its numbered actions, lead, target date (dates, a financial quarter, a "
                   "period, Ongoing), progress column and a shaded RAG cell with the colour word."),
        "reads": ("A lessons-learned action plan in three themes, one table each; six recommendations sit as merged rows above "
                  "ten numbered actions (1.1–6.1) with lead, target date, progress and RAG. The document-control table and RAG "
                  "key are not part of the plan."),
        "outcome": "read", "title": title,
    }
    write_expected(name, meta, expected)


# ---------------------------------------------------------------------------
# 5. Kedleston Group children's home – Ofsted post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def kedleston():
    name = "qz-kedleston-group-meadowbank-house-childrens-home-ofsted-action-plan.docx"
    title = "Meadowbank House Children's Home – Ofsted Post-Inspection Action Plan"
    S1 = "1. The protection of children standard (Regulation 12)"
    S2 = "2. The leadership and management standard (Regulation 13)"
    S3 = "3. The positive relationships standard (Regulation 11)"
    Q1 = "Requirement: The registered person must ensure that staff follow the home's procedures when a child goes missing from care, including making sure return home interviews take place. (Regulation 12 (1), (2)(a)(v)) Due: 30 April 2024"
    Q2 = "Recommendation: The registered person should ensure that each child's risk assessment is updated after every significant incident."
    Q3 = "Requirement: The registered person must ensure that actions arising from independent person (Regulation 44) reports are completed. (Regulation 13 (1)(a), (2)(h)) Due: 30 April 2024"
    Q4 = "Recommendation: The registered person should ensure that all staff receive supervision at least monthly."
    Q5 = "Recommendation: The registered person should ensure that every physical intervention is reviewed with the child and the staff involved."
    plan = [
        (S1, [
            (Q1, [
                ("1.1", "Deliver missing-from-care refresher training to all staff at the April team meeting.", "Registered Manager", ["Registered Manager"], "30/04/2024", None, "Complete", "2024-04", "blue"),
                ("1.2", "Add a return home interview check to the shift handover log and review it at weekly management oversight.", "Registered Manager / Deputy Manager", ["Registered Manager", "Deputy Manager"], "May 2024", None, "Complete", "2024-05", "blue"),
            ]),
            (Q2, [
                ("1.3", "Review all four children's risk assessments with the therapeutic team and set a review-after-incident prompt in ClearCare.", "Deputy Manager and Therapeutic Lead", ["Deputy Manager", "Therapeutic Lead"], "31/05/2024", None, "Green", "2024-05", "green"),
            ]),
        ]),
        (S2, [
            (Q3, [
                ("2.1", "Set up a Regulation 44 action tracker, reviewed at each monthly Responsible Individual visit.", "Responsible Individual", ["Responsible Individual"], "End of April 2024", None, "Complete", "2024-04", "blue"),
                ("2.2", "Send completed Regulation 44 actions to each child's social worker every month.", "Registered Manager", ["Registered Manager"], "Ongoing", "Ongoing", "Green", None, "green"),
            ]),
            (Q4, [
                ("2.3", "Set a supervision schedule for all 14 staff and record dates on the HR system; RI to sample three files at each visit.", "Registered Manager; Responsible Individual", ["Registered Manager", "Responsible Individual"], "June 2024", None, "Amber", "2024-06", "amber"),
            ]),
        ]),
        (S3, [
            (Q5, [
                ("3.1", "Introduce a debrief form completed with the child within 48 hours of any physical intervention.\nManager to quality-assure each form before it is closed.", "Sarah Whitlock and Dean Marsh", ["Sarah Whitlock", "Dean Marsh"], "15/05/2024", None, "Complete", "2024-05", "blue"),
            ]),
        ]),
    ]
    doc = Document()
    landscape(doc)
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = "Kedleston Group – Children's Services | OFFICIAL – SENSITIVE"
    doc.add_paragraph(title, style="Title")
    it = doc.add_table(rows=0, cols=2)
    it.style = "Table Grid"
    for a, b in [("Setting", "Meadowbank House (URN SC499871)"),
                 ("Date of inspection", "12–13 March 2024 (full inspection)"),
                 ("Overall experiences and progress of children and young people", "Requires improvement to be good"),
                 ("Registered Manager", "Sarah Whitlock"),
                 ("Responsible Individual", "Dean Marsh"),
                 ("Plan sent to Ofsted", "10 April 2024; updated 3 June 2024")]:
        c = it.add_row().cells
        set_cell(c[0], a, bold=True, size=10)
        set_cell(c[1], b, size=10)
        shade(c[0], "E2EFD9")
    doc.add_paragraph("")
    doc.add_paragraph("RAG: Complete – action finished and evidence on file; Green – on track; Amber – behind plan; Red – not achieved by due date.")
    expected = []
    hdr = ["No.", "Ofsted requirement / recommendation", "Action", "Responsible", "By when", "RAG"]
    widths = [Cm(1.2), Cm(7.5), Cm(8.0), Cm(4.2), Cm(2.8), Cm(2.0)]
    rag_fill = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000"}
    for std, items in plan:
        doc.add_heading(std, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, hdr):
            set_cell(c, h, bold=True)
            shade(c, "C5E0B3")
        for q, acts in items:
            first = None
            for (ref, act, leadc, leadl, when, endt, rag, end, st) in acts:
                row = t.add_row()
                cells = row.cells
                set_cell(cells[0], ref)
                if first is None:
                    set_cell(cells[1], q)
                    first = cells[1]
                else:
                    first = first.merge(cells[1])
                set_cell(cells[2], act)
                set_cell(cells[3], leadc)
                set_cell(cells[4], when)
                set_cell(cells[5], rag)
                shade(cells[5], rag_fill[rag])
                e = {"ref": ref, "under": [std, q], "action": act, "lead": leadl, "end": end, "status": st}
                if endt:
                    e["end_text"] = endt
                expected.append(e)
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
    doc.add_paragraph("")
    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for c, h in zip(so.rows[0].cells, ["Role", "Name", "Date"]):
        set_cell(c, h, bold=True)
    for r, v in zip(so.rows[1:], [("Registered Manager", "Sarah Whitlock", "03/06/2024"), ("Responsible Individual", "Dean Marsh", "03/06/2024")]):
        for c, x in zip(r.cells, v):
            set_cell(c, x)
    doc.save(os.path.join(HERE, name))
    meta = {
        "source": ("Imitates an independent provider's post-inspection action plan for one children's home sent to Ofsted after a "
                   "full SCCIF inspection judged 'requires improvement to be good' (Kedleston Group runs independent children's "
                   "homes; the home Meadowbank House and its staff are invented). Requirements and recommendations are written "
                   "as Ofsted words them (regulation cited, due date). Layout: company name in the page header, title, a "
                   "two-column setting/inspection details table, RAG key line, one table per quality standard under a numbered "
                   "heading, the Ofsted requirement or recommendation vertically merged down beside its actions, named people and "
                   "posts as leads, and a sign-off table."),
        "reads": ("A post-inspection plan for one children's home: three quality-standard sections, each with a table in which "
                  "Ofsted requirements and recommendations (merged cells) are answered by numbered actions 1.1–3.1, seven in all, "
                  "with responsible person, date and RAG. The details table and sign-off table are not actions."),
        "outcome": "read", "title": title,
    }
    write_expected(name, meta, expected)


# ---------------------------------------------------------------------------
# 6. Haverhill Town Council – Full Council action log (csv)
# ---------------------------------------------------------------------------
def haverhill():
    name = "qz-haverhill-town-council-full-council-action-log-2025-26.csv"
    title = "Haverhill Town Council – Full Council Action Log 2025/26"
    rows = [
        ("FC25/012", "29/04/2025", "Obtain three quotes for replacing the Arts Centre fire alarm panel and report them to the Finance & General Purposes Committee.", "Town Clerk", ["Town Clerk"], "30/06/2025", "C", "F&GP approved contractor 17/06/25; works completed 12/08/25.", "2025-06", None, "blue"),
        ("FC25/015", "29/04/2025", "Write to West Suffolk Council asking for an update on the Haverhill town centre masterplan consultation.", "Town Clerk", ["Town Clerk"], "May-25", "C", "Reply received 3 June and circulated to members.", "2025-05", None, "blue"),
        ("FC25/031", "24/06/2025", "Publish the 2024/25 AGAR, notice of public rights and internal auditor's report on the council website.", "RFO", ["RFO"], "01/07/2025", "C", "Published 30/06/25.", "2025-07", None, "blue"),
        ("FC25/036", "24/06/2025", "Arrange Code of Conduct refresher training for all councillors.\nOffer one evening session and one online session.", "Deputy Town Clerk", ["Deputy Town Clerk"], "Sept 2025", "A", "Evening session held 18/09/25; online session moved to January.", "2025-09", None, "amber"),
        ("FC25/040", "24/06/2025", "Report the damaged bollards in Queen Street to Suffolk Highways and press for repair.", "Cllr J. Burns / Town Clerk", ["Cllr J. Burns", "Town Clerk"], "31/08/2025", "R", "Reported three times; chased again 14/11/25.", "2025-08", None, "red"),
        ("FC25/044", "24/06/2025", "Report on the CCTV partnership arrangements with Suffolk Constabulary.", "Town Clerk", ["Town Clerk"], "Quarterly", "G", "Q2 report to F&GP 16/09/25.", None, "Quarterly", "green"),
        ("FC25/058", "23/09/2025", "Prepare the draft 2026/27 budget and precept options for F&GP.", "RFO", ["RFO"], "Dec-25", "G", "Draft to F&GP on 9 December.", "2025-12", None, "green"),
        ("FC25/061", "23/09/2025", "Set up a working group to plan the 2026 Haverhill Festival and bring terms of reference back to Council.", "Events Manager & Cllr A. Pryke", ["Events Manager", "Cllr A. Pryke"], "25/11/2025", "A", "First meeting held; terms of reference to January Council.", "2025-11", None, "amber"),
        ("FC25/077", "25/11/2025", "Review the Christmas lights switch-on (stallholder feedback, footfall and costs) and report to the Events Committee.", "Events Manager", ["Events Manager"], "Jan 2026", "", "", "2026-01", None, "unrated"),
        ("FC25/079", "25/11/2025", "Obtain renewal terms for the council's insurance for 2026/27, including a three-year long-term agreement option.", "RFO", ["RFO"], "31/03/2026", "", "", "2026-03", None, "unrated"),
    ]
    N = 7
    out = [[title] + [""] * (N - 1),
           ["Updated 2 December 2025 for Full Council on 9 December 2025"] + [""] * (N - 1),
           ["RAG: G = on track; A = at risk / slipping; R = overdue; C = complete (removed after it has been reported once)"] + [""] * (N - 1),
           [""] * N,
           ["Minute", "Meeting date", "Action", "Responsible", "Due", "RAG", "Update"]]
    expected = []
    for (ref, md, act, leadc, leadl, due, rag, upd, end, endt, st) in rows:
        out.append([ref, md, act, leadc, due, rag, upd])
        e = {"ref": ref, "under": [], "action": act, "lead": leadl, "end": end, "status": st}
        if endt:
            e["end_text"] = endt
        expected.append(e)
    out.append([""] * N)
    out.append(["Open actions: 7    Completed since last meeting: 3"] + [""] * (N - 1))
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(out)
    meta = {
        "source": ("Imitates a town council's rolling Full Council action log, exported from the clerk's spreadsheet to CSV: "
                   "Haverhill Town Council (Suffolk; runs Haverhill Arts Centre), 2025/26. Layout follows parish and town council "
                   "action logs published with agendas: title, update line and RAG key in the first column, one row per action "
                   "with minute reference, meeting date, responsible officer or councillor (several in one cell), due date in "
                   "mixed forms (dd/mm/yyyy, Mmm-yy, 'Sept 2025', 'Quarterly'), RAG letter (C = complete per the key), update, "
                   "one action with a line break inside the quoted cell, and a closing totals line."),
        "reads": ("A Full Council action log of ten actions identified by minute number (FC25/012–FC25/079), each with who is "
                  "responsible, when it is due and a RAG letter; C means complete, and the last two are not yet rated. The title, "
                  "key and totals lines are not actions."),
        "outcome": "read", "title": title,
    }
    write_expected(name, meta, expected)


# ---------------------------------------------------------------------------
# 7. Pembrokeshire Coast NPA – internal audit recommendations tracker (tab-separated txt)
# ---------------------------------------------------------------------------
def pcnpa():
    name = "qz-pembrokeshire-coast-npa-internal-audit-recommendations-tracker.txt"
    title = "Pembrokeshire Coast National Park Authority – Internal Audit Recommendations Tracker"
    A1 = "Procurement and Contract Management (2023/24) – Reasonable assurance"
    A2 = "Car Parks Income (2024/25) – Limited assurance"
    A3 = "Cyber Security (2024/25) – Reasonable assurance"
    A4 = "Planning Enforcement (2024/25) – Reasonable assurance"
    recs = [
        (A1, [
            ("PCM/1", "Medium", "Contract Standing Orders should be updated to reflect the Procurement Act 2023.",
             "Revise Contract Standing Orders for the Procurement Act 2023 and present them to the National Park Authority for approval.",
             "Finance Manager", ["Finance Manager"], "31/12/2024", "25/06/2025", "B", "Approved by the Authority on 25 June 2025.", "2025-06", None, "blue"),
            ("PCM/2", "Medium", "A contracts register should be maintained and published.",
             "Create a single contracts register and publish contracts over £25,000 on the Authority's website each quarter.",
             "Finance Manager / Head of Corporate Services", ["Finance Manager", "Head of Corporate Services"], "30/09/2024", "31/03/2025", "R",
             "Register compiled; website publication still outstanding.", "2025-03", None, "red"),
        ]),
        (A2, [
            ("CPI/1", "High", "Cash collected from pay and display machines should be counted by two officers and reconciled to machine audit tickets.",
             "Introduce two-officer cash collection and a weekly reconciliation of machine audit tickets to bankings.",
             "Estates Manager", ["Estates Manager"], "30/11/2024", "", "B", "Verified by Internal Audit in March 2025.", "2024-11", None, "blue"),
            ("CPI/2", "Medium", "Card and app parking income should be reconciled to the ledger monthly.",
             "Reconcile card and app income to the ledger each month and investigate variances over £100.",
             "Finance Officer", ["Finance Officer"], "31/01/2025", "31/10/2025", "A", "Reconciliations done for April–July; app provider data feed delayed.", "2025-10", None, "amber"),
            ("CPI/3", "Low", "The annual tariff review should be documented and approved by Members.",
             "Document the 2025 tariff review and report it to the Operational Review Committee.",
             "Estates Manager", ["Estates Manager"], "April 2025", "", "B", "Reported 16 April 2025.", "2025-04", None, "blue"),
        ]),
        (A3, [
            ("CYB/1", "High", "Multi-factor authentication should be enforced for all remote access.",
             "Enforce MFA for all staff and Member accounts, including planning portal administrator accounts.",
             "ICT Manager", ["ICT Manager"], "31/03/2025", "", "B", "MFA enforced 10 March 2025.", "2025-03", None, "blue"),
            ("CYB/2", "Medium", "The cyber incident response plan should be tested at least annually.",
             "Run a tabletop exercise of the cyber incident response plan with the Leadership Team.",
             "ICT Manager; Business Continuity Officer", ["ICT Manager", "Business Continuity Officer"], "30/09/2025", "31/01/2026", "A",
             "Exercise rescheduled to January to include the new Chief Executive.", "2026-01", None, "amber"),
            ("CYB/3", "Medium", "Leavers' network accounts should be disabled on their last working day.",
             "Link the HR leavers form to the ICT service desk so accounts are disabled on the leaving date, with a monthly exception check.",
             "HR Manager & ICT Manager", ["HR Manager", "ICT Manager"], "31/10/2025", "", "G", "Workflow built; testing in September.", "2025-10", None, "green"),
        ]),
        (A4, [
            ("PE/1", "Medium", "Enforcement cases should be prioritised in line with the published Enforcement Policy.",
             "Add priority flags to enforcement cases in the planning system and report open cases by priority to the Development Management Committee each quarter.",
             "Development Management Team Leader", ["Development Management Team Leader"], "Q3 2025/26", "", "G", "Flags added; first quarterly report due December.", "2025-12", None, "green"),
        ]),
    ]
    T = "\t"
    ncol = 10
    lines = [title,
             "Audit and Corporate Services Review Committee, 10 September 2025 – position at 31 August 2025",
             "",
             T.join(["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
                     "Original target date", "Revised target date", "RAG", "Progress comment"])]
    expected = []
    for audit, items in recs:
        lines.append(audit + T * 8)
        for (ref, pr, rec, act, leadc, leadl, orig, rev, rag, comm, end, endt, st) in items:
            lines.append(T.join([ref, pr, rec, act, leadc, orig, rev, rag, comm]))
            e = {"ref": ref, "under": [audit, rec], "action": act, "lead": leadl, "end": end, "status": st}
            if endt:
                e["end_text"] = endt
            expected.append(e)
    lines += ["",
              "Summary: 9 recommendations tracked – 4 implemented (B), 2 on track (G), 2 with revised dates (A), 1 overdue (R)",
              "Key: B = implemented and verified by Internal Audit; G = on track for target date; A = revised target date agreed by Committee; R = overdue",
              ""]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines))
    meta = {
        "source": ("Imitates a national park authority's internal audit follow-up tracker reported to its audit committee: "
                   "Pembrokeshire Coast National Park Authority, Audit and Corporate Services Review Committee, September 2025, "
                   "exported from the tracking spreadsheet as tab-separated text. Layout follows public-body internal audit "
                   "recommendation trackers: title and committee lines, header row, one line per audit with its assurance "
                   "opinion above its recommendations, recommendation and agreed management action side by side, priority, "
                   "responsible officer(s), original and revised target dates, RAG letter, progress comment, and summary and "
                   "key lines at the foot."),
        "reads": ("A tracker of nine internal audit recommendations from four audits, each audit named on its own line; every "
                  "line gives a recommendation and the agreed action, the responsible officer, original and (sometimes) revised "
                  "target date and a RAG letter explained by the key at the bottom (B = implemented)."),
        "outcome": "read", "title": title,
    }
    write_expected(name, meta, expected)


if __name__ == "__main__":
    welsh_water()
    wmca()
    portland()
    nrw()
    kedleston()
    haverhill()
    pcnpa()
    print("built:", sorted(f for f in os.listdir(HERE) if f.startswith("qz-")))
