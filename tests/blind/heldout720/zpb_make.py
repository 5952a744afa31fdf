#!/usr/bin/env python3
"""Build the seven zpb- blind cases (data files and their expected readings).

Run with /work/main/.venv/bin/python from any directory; files are written
beside this script.  Only files starting `zpb-` are written.
"""
import datetime as dt
import os

import yaml
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

FILL = {
    "blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000",
    "grey": "D9D9D9", "head": "1F3864", "band": "DDEBF7",
}


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


WRAP = Alignment(wrap_text=True, vertical="top")


def write_expected(name, meta, actions=None):
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
    if actions is not None:
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
        yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=1000)


# ---------------------------------------------------------------------------
# 1. Wallace Collection - ARAC internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def wallace():
    name = "zpb-wallace-collection-arac-internal-audit-recommendations-tracker.xlsx"
    title = "The Wallace Collection – Internal Audit Recommendations Tracker"
    audits = [
        ("Audit 1: Collections Information and Documentation (2024-25) – Moderate assurance – final report 27 February 2025", [
            ("Ensure object location records in the collections management system are updated promptly after every move, and that locations are audited periodically.", "H", [
                ("CID 1.1", "Introduce a mandatory same-day location update step in the object movement procedure and issue refreshed guidance to all technicians.",
                 "Registrar", ["Registrar"], D(2025, 5, 31), None, "Procedure revised and re-issued April 2025; briefing delivered to 14 staff.", "blue", "2025-05"),
                ("CID 1.2", "Complete a rolling programme of location audits covering 10% of the displayed collection each quarter, reporting exceptions to the Collections Management Group.",
                 "Head of Collections Management", ["Head of Collections Management"], D(2025, 9, 30), D(2026, 3, 31),
                 "Q1 and Q2 audits complete (Great Gallery, Front State Room). Q3 audit delayed by exhibition changeover; revised date agreed by ARAC in September.", "amber", "2026-03"),
            ]),
            ("Review user access rights to the collections management system and remove leavers and inappropriate administrator accounts.", "M", [
                ("CID 2.1", "Carry out a full access review with the system supplier, remove dormant accounts and restrict administrator rights to two named posts.",
                 "Head of Collections Management / Head of IT", ["Head of Collections Management", "Head of IT"], D(2025, 7, 31), None,
                 "Review completed July 2025: 9 dormant accounts removed; administrator rights now held by the Registrar and Head of IT only.", "blue", "2025-07"),
            ]),
            ("Document the methodology used to value incoming loans for indemnity and insurance purposes.", "L", [
                ("CID 3.1", "Produce a short written procedure for valuing incoming loans, agreed with the Government Indemnity Scheme team.",
                 "Registrar", ["Registrar"], D(2025, 12, 31), None, "Draft prepared; awaiting comments from the GIS team.", "green", "2025-12"),
            ]),
        ]),
        ("Audit 2: Cyber Security and IT Resilience (2024-25) – Limited assurance – final report 9 April 2025", [
            ("Test the IT disaster recovery plan at least annually, including restoration of critical systems from backup.", "H", [
                ("CYB 1.1", "Carry out a full disaster recovery test, including restoration of the ticketing and finance systems from offline backup.",
                 "Head of IT", ["Head of IT"], D(2025, 6, 30), D(2025, 11, 30),
                 "Test booked for 17 November 2025 with the managed service provider; original date missed owing to change of supplier.", "amber", "2025-11"),
                ("CYB 1.2", "Update the IT Disaster Recovery Plan to reflect lessons from the test and present it to the Executive Board.",
                 "Head of IT", ["Head of IT"], D(2025, 8, 31), D(2025, 12, 31), "Dependent on CYB 1.1.", "amber", "2025-12"),
            ]),
            ("Ensure all staff and volunteers with system access complete cyber security awareness training annually, and report completion to the Executive Board.", "H", [
                ("CYB 2.1", "Roll out phishing simulation and mandatory e-learning for all staff and volunteers with network accounts, reporting completion rates quarterly.",
                 "Director of Finance & Resources / Head of HR", ["Director of Finance & Resources", "Head of HR"], D(2025, 9, 30), None,
                 "Completion at 71% against a 95% target; volunteer accounts not yet enrolled. No revised date agreed.", "red", "2025-09"),
            ]),
        ]),
        ("Audit 3: Commercial Income – Retail and Venue Hire (2025-26) – Substantial assurance – final report 12 August 2025", [
            ("Reconcile venue hire bookings to invoices raised each month.", "M", [
                ("COM 1.1", "Introduce a monthly reconciliation between the events booking system and invoices raised in Sage, signed off by the Finance Manager.",
                 "Head of Commercial Operations", ["Head of Commercial Operations"], D(2025, 10, 31), None,
                 "First two reconciliations completed (August and September).", "green", "2025-10"),
            ]),
            ("Carry out periodic stock counts of online shop stock held off-site.", "L", [
                ("COM 2.1", "Agree a twice-yearly stock count with the fulfilment partner and record the results in the stock system.",
                 "Retail Manager", ["Retail Manager"], D(2026, 1, 31), None, "First count booked for January 2026.", "green", "2026-01"),
            ]),
        ]),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Audit and Risk Assurance Committee, 18 November 2025 (paper ARAC 25/34)"
    cov["A3"] = "Position at 31 October 2025. Prepared by the Head of Governance on behalf of the Accounting Officer."
    cov["A5"] = "RAG key (colour shown in the RAG column of the tracker)"
    cov["A5"].font = Font(bold=True)
    key = [("blue", "Implemented – proposed for closure"),
           ("green", "On track to meet the agreed date"),
           ("amber", "Revised date agreed by ARAC, or at risk of slipping"),
           ("red", "Overdue – agreed date passed with no revision agreed")]
    for i, (c, txt) in enumerate(key, start=6):
        cov.cell(row=i, column=1).fill = fill(FILL[c])
        cov.cell(row=i, column=2, value=txt)
    cov["A11"] = "Summary of actions by priority"
    cov["A11"].font = Font(bold=True)
    hdr = ["Priority", "Implemented", "On track", "Revised / at risk", "Overdue", "Total"]
    for j, h in enumerate(hdr, start=1):
        cov.cell(row=12, column=j, value=h).font = Font(bold=True)
    counts = {}
    for _, recs in audits:
        for _, pri, acts in recs:
            for a in acts:
                counts.setdefault(pri, {"blue": 0, "green": 0, "amber": 0, "red": 0})[a[7]] += 1
    r = 13
    tot = {"blue": 0, "green": 0, "amber": 0, "red": 0}
    for pri, label in (("H", "High"), ("M", "Medium"), ("L", "Low")):
        c = counts.get(pri, {"blue": 0, "green": 0, "amber": 0, "red": 0})
        row = [label, c["blue"], c["green"], c["amber"], c["red"], sum(c.values())]
        for k in tot:
            tot[k] += c[k]
        for j, v in enumerate(row, start=1):
            cov.cell(row=r, column=j, value=v)
        r += 1
    for j, v in enumerate(["Total", tot["blue"], tot["green"], tot["amber"], tot["red"], sum(tot.values())], start=1):
        cov.cell(row=r, column=j, value=v).font = Font(bold=True)
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 55

    ws = wb.create_sheet("IA Tracker")
    ws["A1"] = "Internal Audit Recommendations Tracker – position at 31 October 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Internal audit provider: Government Internal Audit Agency (GIAA). Priority: H = High, M = Medium, L = Low. RAG key on the Cover sheet."
    ws.merge_cells("A2:I2")
    heads = ["Ref", "Recommendation", "Priority", "Agreed management action", "Action owner",
             "Original target date", "Revised target date", "Progress update (October 2025)", "RAG"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = WRAP
    widths = [9, 45, 9, 55, 28, 14, 14, 50, 8]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    expected = []
    r = 5
    for audit, recs in audits:
        ws.cell(row=r, column=1, value=audit).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1).fill = fill(FILL["band"])
        r += 1
        for rec, pri, acts in recs:
            first = r
            for (ref, act, owner, leads, orig, rev, upd, st, end) in acts:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=4, value=act).alignment = WRAP
                ws.cell(row=r, column=5, value=owner).alignment = WRAP
                c = ws.cell(row=r, column=6, value=orig)
                c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c = ws.cell(row=r, column=7, value=rev)
                    c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=8, value=upd).alignment = WRAP
                ws.cell(row=r, column=9).fill = fill(FILL[st])
                expected.append(dict(ref=ref, under=[audit, rec], action=act, lead=leads, end=end, status=st))
                r += 1
            ws.cell(row=first, column=2, value=rec).alignment = WRAP
            ws.cell(row=first, column=3, value=pri).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates the internal audit recommendation trackers that DCMS-sponsored national museums take to their Audit and Risk "
                "Assurance Committee (GIAA as provider), in the style of the trackers published in committee papers (e.g. North Devon and "
                "Reading audit recommendation trackers found via search): a Cover sheet with title, RAG key by fill colour and a totals-by-priority "
                "block; a tracker sheet with a title row, merged audit-report band rows, recommendation and priority cells merged down over their "
                "actions, original and revised target dates, progress comments and a RAG column that is colour only. Not a real published document."),
        reads=("A two-sheet workbook: the Cover sheet is title, key and summary counts only; the IA Tracker sheet lists nine agreed management "
               "actions under three audit reports, each answering a recommendation shown to its left. Status is read from the fill colour of "
               "the RAG column using the Cover key, and the revised target date, where there is one, is the end."),
        outcome="read", title=title,
    )
    write_expected(name, meta, expected)


# ---------------------------------------------------------------------------
# 2. National Galleries of Scotland - strategic risk register (xlsx)
# ---------------------------------------------------------------------------
def ngs():
    name = "zpb-national-galleries-of-scotland-strategic-risk-register-2025-26.xlsx"
    title = "National Galleries of Scotland – Strategic Risk Register 2025-26"
    bands = [
        ("Strategic priority 1: Caring for and sharing the national collection", [
            ("SR1", "Damage to or loss of collection items through failure of building fabric or environmental plant at the Scottish National Gallery and Modern Two.",
             "Director of Collections",
             "Planned preventative maintenance contract; 24/7 building management system alarms; collections emergency plan tested annually.",
             20, 15, 15, "↔", [
                 ("SR1.1", "Complete the condition survey of roof drainage and parapet gutters at the Scottish National Gallery and agree a prioritised repair programme.",
                  "Head of Estates", ["Head of Estates"], "Q3 2025/26", "amber", "2025-12", None),
                 ("SR1.2", "Replace the end-of-life humidification plant serving the Modern Two galleries.",
                  "Head of Estates / Head of Conservation", ["Head of Estates", "Head of Conservation"], D(2026, 3, 31), "green", "2026-03", None),
             ]),
            ("SR2", "A serious security incident (theft, vandalism or protest activity) damages works on display and harms the Galleries' reputation.",
             "Director of Collections",
             "Security staffing model; CCTV and intruder alarms upgraded 2023; Police Scotland liaison; protest response protocol.",
             16, 12, 12, "↔", [
                 ("SR2.1", "Extend the protest response protocol to cover glazing of high-profile works and loans, and rehearse it with front-of-house teams.",
                  "Head of Visitor Experience", ["Head of Visitor Experience"], "Nov-25", "blue", "2025-11", None),
                 ("SR2.2", "Procure and install replacement CCTV recording servers at the Scottish National Portrait Gallery.",
                  "Head of Security", ["Head of Security"], "Jun-26", "green", "2026-06", None),
             ]),
        ]),
        ("Strategic priority 2: A financially sustainable organisation", [
            ("SR3", "Grant-in-aid and self-generated income do not keep pace with pay and energy costs, requiring unplanned reductions to programme and staffing.",
             "Director of Finance and Resources",
             "Medium-term financial plan; monthly budget monitoring; vacancy control panel.",
             25, 16, 20, "↑", [
                 ("SR3.1", "Present a three-year balanced budget scenario, including income growth and savings options of £1.2m, to the Board of Trustees.",
                  "Director of Finance and Resources", ["Director of Finance and Resources"], D(2026, 1, 31), "amber", "2026-01", None),
                 ("SR3.2", "Review admission charging and paid exhibition pricing for the 2026 programme.",
                  "Director of Public Engagement / Head of Commercial", ["Director of Public Engagement", "Head of Commercial"], "Feb 2026", "green", "2026-02", None),
                 ("SR3.3", "Report income against budget to the Executive Team every month.",
                  "Finance Manager", ["Finance Manager"], "Ongoing", "green", None, "Ongoing"),
             ]),
        ]),
        ("Strategic priority 3: Our people and our digital infrastructure", [
            ("SR4", "A cyber attack or major IT failure disrupts operations, ticketing and access to collections data.",
             "Director of Finance and Resources",
             "Managed security service; Cyber Essentials Plus certification; offline backups tested quarterly.",
             20, 12, 16, "↑", [
                 ("SR4.1", "Achieve Cyber Essentials Plus re-certification for 2025-26.",
                  "Head of Digital", ["Head of Digital"], "Oct-25", "red", "2025-10", None),
                 ("SR4.2", "Run a desktop cyber incident exercise with the Executive Team and record the lessons learned.",
                  "Head of Digital", ["Head of Digital"], "Q4 2025/26", "green", "2026-03", None),
             ]),
        ]),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover & version control"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Presented to the Audit and Risk Committee, 2 December 2025 (paper ARC 25/41). Register owner: Director-General."
    cov["A4"] = "Version control"
    cov["A4"].font = Font(bold=True)
    vh = ["Version", "Date", "Reviewed by", "Summary of changes"]
    rows = [
        ("1.0", D(2025, 4, 10), "Executive Team", "Register re-based for 2025-26"),
        ("1.1", D(2025, 8, 12), "Audit and Risk Committee", "SR3 re-scored following the Scottish Government budget letter"),
        ("1.2", D(2025, 11, 14), "Executive Team", "Quarter 3 review: further actions updated; SR4 residual score increased"),
    ]
    for j, h in enumerate(vh, start=1):
        cov.cell(row=5, column=j, value=h).font = Font(bold=True)
    for i, row in enumerate(rows, start=6):
        for j, v in enumerate(row, start=1):
            c = cov.cell(row=i, column=j, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cov.column_dimensions["C"].width = 26
    cov.column_dimensions["D"].width = 70

    ws = wb.create_sheet("Strategic Risk Register")
    ws["A1"] = "Strategic Risk Register 2025-26 – Quarter 3 review"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:M1")
    ws["A2"] = ("Scores are likelihood x impact (1–5 each). Residual score: 1–6 low (green), 8–12 medium (amber), 15–25 high (red). "
                "Action RAG: Blue = complete, Green = on track, Amber = some slippage, Red = off track.")
    ws.merge_cells("A2:M2")
    heads = ["Risk ID", "Risk", "Risk owner", "Key controls in place", "Inherent score", "Residual score (Q2)",
             "Residual score (Q3)", "Trend", "Action ref", "Further action required", "Action owner", "Target date", "Action RAG"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = WRAP
    widths = [8, 45, 22, 40, 9, 9, 9, 7, 8, 55, 28, 12, 10]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w

    def score_fill(s):
        return fill(FILL["red"] if s >= 15 else FILL["amber"] if s >= 8 else FILL["green"])

    expected = []
    r = 5
    for band, risks in bands:
        ws.cell(row=r, column=1, value=band).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill(FILL["band"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=13)
        r += 1
        for rid, risk, owner, controls, inh, q2, q3, trend, acts in risks:
            first = r
            for (aref, act, aowner, leads, target, st, end, end_text) in acts:
                ws.cell(row=r, column=9, value=aref)
                ws.cell(row=r, column=10, value=act).alignment = WRAP
                ws.cell(row=r, column=11, value=aowner).alignment = WRAP
                c = ws.cell(row=r, column=12, value=target)
                if isinstance(target, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                c = ws.cell(row=r, column=13, value=st.capitalize())
                c.fill = fill(FILL[st])
                e = dict(ref=aref, under=[band, risk], action=act, lead=leads, end=end, status=st)
                if end_text:
                    e["end_text"] = end_text
                expected.append(e)
                r += 1
            vals = [rid, risk, owner, controls, inh, q2, q3, trend]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=first, column=j, value=v)
                c.alignment = WRAP
                if j in (5, 6, 7):
                    c.fill = score_fill(v)
                if r - 1 > first:
                    ws.merge_cells(start_row=first, start_column=j, end_row=r - 1, end_column=j)
    ws.freeze_panes = "A5"

    sc = wb.create_sheet("Risk scoring")
    sc["A1"] = "Risk scoring matrix (likelihood x impact)"
    sc["A1"].font = Font(bold=True)
    sc["A2"] = "Impact →"
    for i in range(1, 6):
        sc.cell(row=2, column=i + 1, value=i).font = Font(bold=True)
        sc.cell(row=2 + i, column=1, value=f"Likelihood {i}").font = Font(bold=True)
        for j in range(1, 6):
            c = sc.cell(row=2 + i, column=j + 1, value=i * j)
            c.fill = score_fill(i * j)
    wb.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates a Scottish NDPB / national museum strategic risk register taken to its Audit and Risk Committee each quarter, "
                "following the structure described in Scottish public-body risk management frameworks and committee papers found via search "
                "(inherent and residual scores, risk appetite, further actions with owners and target dates). Features copied: cover sheet with "
                "version-control table, bands per strategic priority, risk cells merged down over several further-action rows, previous and "
                "current residual scores with score-coloured fills, trend arrows, quarter-style and month-style target dates, an 'Ongoing' action, "
                "a separate Action RAG column with words and fills, and a scoring-matrix sheet. Not a real published document."),
        reads=("Nine further actions in the 'Further action required' column, grouped under three strategic priorities and, within them, under "
               "four strategic risks whose description is merged down beside the actions. The action's status is the Action RAG word (not the "
               "residual score colour); 'Q3 2025/26' ends in December 2025 and 'Q4 2025/26' in March 2026."),
        outcome="read", title=title,
    )
    write_expected(name, meta, expected)


# ---------------------------------------------------------------------------
# 3. Eden Housing Association - RSH governance improvement plan, Smartsheet export (xlsx)
# ---------------------------------------------------------------------------
def eden():
    name = "zpb-eden-housing-association-rsh-governance-improvement-plan-smartsheet-export.xlsx"
    ws_name = "Governance Improvement Plan"
    heads = ["Task Name", "Ref", "Assigned To", "Start Date", "Due Date", "Status", "RAG", "% Complete", "Comments", "Modified"]
    plan = [
        ("Workstream 1 – Board composition, skills and succession", "1", [
            ("1.1", "Complete an independent skills audit of all board members against the revised skills matrix and report gaps to the Governance & Remuneration Committee.",
             "Sarah Whitfield", ["Sarah Whitfield"], D(2025, 7, 1), D(2025, 9, 30), "Complete", "Blue", 1.0,
             "Skills audit reported to G&R Committee 22/09/25.", "blue", "2025-09"),
            ("1.2", "Recruit two board members with asset management and financial risk expertise.",
             "Sarah Whitfield, Tom Heslop", ["Sarah Whitfield", "Tom Heslop"], D(2025, 8, 1), D(2025, 12, 31), "In Progress", "Green", 0.5,
             "Shortlist agreed; interviews w/c 10/11/25.", "green", "2025-12"),
            ("1.3", "Adopt a board succession plan covering the Chair and committee chairs.",
             "Sarah Whitfield", ["Sarah Whitfield"], D(2025, 10, 1), D(2026, 3, 31), "Not Started", None, 0.0, None, "unrated", "2026-03"),
        ]),
        ("Workstream 2 – Risk management and internal controls", "2", [
            ("2.1", "Rewrite the risk management framework and risk appetite statement and present them for board approval.",
             "James Porter", ["James Porter"], D(2025, 6, 1), D(2025, 11, 27), "In Progress", "Yellow", 0.75,
             "Board approval moved from September to the 27 November meeting to allow Audit & Risk Committee review first.", "amber", "2025-11"),
            ("2.2", "Map assurance for every strategic risk using the three lines model and report the map to the Audit & Risk Committee.",
             "James Porter, Helen Oduya", ["James Porter", "Helen Oduya"], D(2025, 9, 1), D(2026, 1, 31), "In Progress", "Green", 0.3,
             None, "green", "2026-01"),
            ("2.3", "Close all overdue high-priority internal audit actions from 2023-24 and 2024-25.",
             "Helen Oduya", ["Helen Oduya"], D(2025, 6, 1), D(2025, 8, 31), "In Progress", "Red", 0.6,
             "4 of 10 remain open – gas servicing records and rent arrears write-off controls.", "red", "2025-08"),
        ]),
        ("Workstream 3 – Assurance on landlord health and safety compliance", "3", [
            ("3.1", "Reconcile the stock condition and compliance databases so that every home has a verified record for gas, electrical, fire, asbestos, water and lift safety.",
             "Mark Tennant", ["Mark Tennant"], D(2025, 5, 1), D(2025, 10, 31), "Complete", "Blue", 1.0,
             "Reconciliation completed; 37 records corrected.", "blue", "2025-10"),
            ("3.2", "Introduce a monthly compliance dashboard to the board, with every exception explained.",
             "Mark Tennant", ["Mark Tennant"], D(2025, 7, 1), D(2025, 11, 30), "In Progress", "Yellow", 0.8,
             "Dashboard piloted at October board; fire risk assessment data still entered manually.", "amber", "2025-11"),
            ("3.3", "Commission an independent assurance review of compliance data quality.",
             "Helen Oduya", ["Helen Oduya"], D(2026, 1, 5), D(2026, 3, 31), "Not Started", None, 0.0, None, "unrated", "2026-03"),
        ]),
        ("Workstream 4 – Engagement with the Regulator", "4", [
            ("4.1", "Provide a quarterly progress report on this plan to the Regulator of Social Housing.",
             "Claire Rowe", ["Claire Rowe"], D(2025, 6, 1), D(2026, 3, 31), "In Progress", "Green", 0.5,
             "Q1 and Q2 reports submitted; next due January.", "green", "2026-03"),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = ws_name
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=1, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(FILL["grey"])
    widths = [70, 6, 28, 11, 11, 13, 8, 11, 55, 16]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    expected = []
    r = 2
    mod = D(2025, 11, 4, 16, 42)
    for parent, pref, kids in plan:
        ws.cell(row=r, column=1, value=parent).font = Font(bold=True)
        ws.cell(row=r, column=2, value=pref).font = Font(bold=True)
        c = ws.cell(row=r, column=10, value=mod)
        c.number_format = "dd/mm/yy hh:mm"
        r += 1
        for (ref, act, who, leads, start, due, status, rag, pct, comm, st, end) in kids:
            ws.cell(row=r, column=1, value=act).alignment = Alignment(wrap_text=True, indent=1)
            ws.cell(row=r, column=2, value=ref)
            ws.cell(row=r, column=3, value=who)
            for col, v in ((4, start), (5, due)):
                c = ws.cell(row=r, column=col, value=v)
                c.number_format = "dd/mm/yy"
            ws.cell(row=r, column=6, value=status)
            if rag:
                ws.cell(row=r, column=7, value=rag)
            c = ws.cell(row=r, column=8, value=pct)
            c.number_format = "0%"
            if comm:
                ws.cell(row=r, column=9, value=comm).alignment = WRAP
            c = ws.cell(row=r, column=10, value=mod - dt.timedelta(days=(r * 3) % 17, minutes=r * 7))
            c.number_format = "dd/mm/yy hh:mm"
            ws.row_dimensions[r].outline_level = 1
            expected.append(dict(ref=ref, under=[parent], action=act, lead=leads, end=end, status=st))
            r += 1
    ws.freeze_panes = "A2"
    wb.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates a registered provider's governance improvement plan after a Regulator of Social Housing G2 regulatory judgement "
                "(the kind of plan discussed in 'Learning from Regulatory Downgrades' reviews found via search), kept in Smartsheet and "
                "exported to Excel. Copies Smartsheet export features: column headers in row 1 and no title block, workstream parent rows "
                "with child tasks grouped by Excel outline (Smartsheet hierarchy), a Contact column holding one or two names separated by a "
                "comma, Start/Due dates as dates, a Status dropdown, an RYGB symbol column exported as the words Red/Yellow/Green/Blue, "
                "% Complete and a Modified timestamp. Not a real published document."),
        reads=("Ten tasks under four workstream parent rows. Each task's RAG symbol is the status: Yellow is amber, Blue is complete, and "
               "the two Not Started tasks with no symbol are unrated; the Due Date is the end. The sheet has no title row."),
        outcome="read", title=None,
    )
    write_expected(name, meta, expected)


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


def set_cell(cell, text, bold=False):
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for extra in parts[1:]:
        p2 = cell.add_paragraph()
        r2 = p2.add_run(extra)
        r2.bold = bold


def add_table(doc, headers, rows, shades=None):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for j, h in enumerate(headers):
        set_cell(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "D9E2F3")
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for j, v in enumerate(row):
            set_cell(cells[j], v)
        if shades and shades[i]:
            col, hex_ = shades[i]
            shade(cells[col], hex_)
    return t


# ---------------------------------------------------------------------------
# 4. North of England Zoological Society (Chester Zoo) - board of trustees action log (docx)
# ---------------------------------------------------------------------------
def chester():
    name = "zpb-chester-zoo-board-of-trustees-action-log.docx"
    title = "North of England Zoological Society – Board of Trustees Action Log"
    rag_fill = {"B": FILL["blue"], "G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}
    rag_status = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    meetings = [
        ("Meeting of 27 March 2025", [
            ("25/03/01", "Circulate the final Strategy 2030 delivery plan and KPI set to all trustees.", "CEO", ["CEO"],
             "April 2025", "B", "Circulated 14 April 2025.", "2025-04"),
            ("25/03/02", "Commission an external board effectiveness review.\nScope to cover trustee skills, committee structure and the quality of board papers.",
             "Chair / Company Secretary", ["Chair", "Company Secretary"], "Sept 2025", "B",
             "Review completed by external facilitator; report at item 6 of the September agenda.", "2025-09"),
            ("25/03/03", "Bring a revised Scheme of Delegation to the Board for approval, reflecting the new capital expenditure limits.",
             "Director of Finance", ["Director of Finance"], "Dec 2025", "G",
             "Draft considered by the Finance & Audit Committee on 9 September 2025.", "2025-12"),
        ]),
        ("Meeting of 26 June 2025", [
            ("25/06/01", "Brief trustees on the conservation breeding programme budget for 2026 and the impact of reduced grant income.",
             "Director of Conservation and Science", ["Director of Conservation and Science"], "Sep-25", "B",
             "Briefing given at the September strategy session.", "2025-09"),
            ("25/06/02", "Review the safeguarding policy against updated Charity Commission guidance and confirm the lead trustee for safeguarding.",
             "SH & KL", ["SH", "KL"], "Dec 2025", "G", "Policy redrafted; lead trustee to be confirmed in December.", "2025-12"),
            ("25/06/03", "Report visitor numbers and secondary spend against the 2025 business plan, with a recovery plan if the summer season is below target.",
             "Commercial Director", ["Commercial Director"], "Nov 2025", "A",
             "Summer visitors 4% below plan; recovery plan still in preparation.", "2025-11"),
        ]),
        ("Meeting of 24 September 2025", [
            ("25/09/01", "Arrange a trustee walk-round of the new animal hospital construction site.",
             "Estates Director", ["Estates Director"], "Nov 2025", "G", "Date being agreed with the contractor.", "2025-11"),
            ("25/09/02", "Add a specific risk on avian influenza and zoonotic disease to the corporate risk register and present it to the Finance & Audit Committee.",
             "Head of Veterinary Services / Risk Manager", ["Head of Veterinary Services", "Risk Manager"], "Oct-25", "R",
             "Not yet taken to Committee; now scheduled for 18 November.", "2025-10"),
            ("25/09/03", "Confirm the trustee appraisal timetable for 2025-26 and circulate self-assessment forms.",
             "Company Secretary", ["Company Secretary"], "31/10/2025", "B", "Forms issued 20 October.", "2025-10"),
        ]),
    ]
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Chester Zoo | Rolling action log, updated after the meeting held on 24 September 2025")
    add_table(doc, ["Item", "Detail"], [
        ("Paper", "BT/25/58"),
        ("Meeting", "Board of Trustees, 4 December 2025"),
        ("Purpose", "For noting"),
        ("Author", "Company Secretary"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: B – complete (removed from the log after the next meeting); G – on track; "
                      "A – at risk of missing the due date; R – overdue.")
    expected = []
    for heading, acts in meetings:
        doc.add_heading(heading, level=2)
        rows, shades = [], []
        for (ref, act, owner, leads, due, rag, upd, end) in acts:
            rows.append((ref, act, owner, due, rag, upd))
            shades.append((4, rag_fill[rag]))
            expected.append(dict(ref=ref, under=[heading], action=act, lead=leads, end=end, status=rag_status[rag]))
        add_table(doc, ["No.", "Action", "Owner", "Due", "RAG", "Update"], rows, shades)
        doc.add_paragraph("")
    doc.add_paragraph("Completed (B) actions will be removed from the log once the Board has noted them.")
    doc.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates a charity board of trustees' rolling action log (the action-log practice described in trustee-meeting guidance "
                "found via search, e.g. Barnett Waddingham's trustee meetings handbook and charity governance pages). Features copied: title, "
                "a small paper-details table, a RAG key paragraph using letters, one action table per meeting under its own heading, "
                "numbered actions (meeting/sequence), owners as posts, initials joined by '&' and two posts split by '/', a two-paragraph action "
                "cell, due dates written several ways, RAG letters with shaded cells and an update column. Not a real published document."),
        reads=("Nine actions in three tables, one per board meeting (March, June and September 2025), each under its meeting heading. "
               "The RAG letter gives the status by the key (B = complete), the Due column is the end month, and the paper-details table "
               "at the top is not part of the log."),
        outcome="read", title=title,
    )
    write_expected(name, meta, expected)


# ---------------------------------------------------------------------------
# 5. University of Aberdeen - HSE improvement notices action plan (docx)
# ---------------------------------------------------------------------------
def aberdeen():
    name = "zpb-university-of-aberdeen-hse-improvement-notices-action-plan.docx"
    title = "University of Aberdeen: HSE Improvement Notices – Compliance Action Plan"
    status_map = {"Complete": ("blue", FILL["blue"]), "On track": ("green", FILL["green"]),
                  "At risk": ("amber", FILL["amber"]), "Overdue": ("red", FILL["red"]),
                  "Not started": ("unrated", None)}
    sections = [
        ("Improvement Notice 1 – Control of substances hazardous to health (COSHH Regulation 6)",
         "Notice served 4 August 2025. Compliance date: 28 November 2025. The University had not made a suitable and sufficient "
         "assessment of the risks from work with carcinogenic fixatives (formaldehyde) in Institute of Medical Sciences (IMS) research laboratories.",
         [
             ("1.1", "Complete COSHH assessments for all work with formaldehyde and other carcinogens in IMS laboratories, using the University's revised template.",
              "IMS Safety Coordinator / Principal Investigators", ["IMS Safety Coordinator", "Principal Investigators"], "31/10/2025", "Complete",
              "142 assessments completed and uploaded to the safety management system.", "2025-10", None),
             ("1.2", "Review the assessments centrally and sign off each one before work with carcinogens restarts.",
              "Health and Safety Adviser (Chemical)", ["Health and Safety Adviser (Chemical)"], "14/11/2025", "On track",
              "118 of 142 signed off.", "2025-11", None),
             ("1.3", "Deliver COSHH assessor training to nominated staff in each research group.",
              "Head of Health, Safety & Wellbeing", ["Head of Health, Safety & Wellbeing"], "November 2025", "On track",
              "Four of six sessions delivered.", "2025-11", None),
         ]),
        ("Improvement Notice 2 – Local exhaust ventilation (COSHH Regulation 9)",
         "Notice served 4 August 2025. Compliance date: 3 October 2025. Thorough examination and testing of fume cupboards and other "
         "local exhaust ventilation (LEV) had lapsed beyond 14 months. HSE confirmed compliance on 10 October 2025.",
         [
             ("2.1", "Commission thorough examination and testing of all 212 fume cupboards and LEV systems across the estate.",
              "Director of Estates and Facilities", ["Director of Estates and Facilities"], "26/09/2025", "Complete",
              "All systems tested; 9 failed and were repaired and retested.", "2025-09", None),
             ("2.2", "Add all LEV to the planned preventative maintenance schedule, with automatic reminders two months before each test falls due.",
              "Estates Maintenance Manager", ["Estates Maintenance Manager"], "30/09/2025", "Complete",
              "Schedule live in the CAFM system.", "2025-09", None),
         ]),
        ("Improvement Notice 3 – Work equipment in teaching workshops (PUWER Regulation 11)",
         "Notice served 4 August 2025. Compliance date: 28 November 2025, extended by HSE to 30 January 2026. Dangerous parts of a "
         "centre lathe and a pillar drill in the School of Engineering workshop were not guarded.",
         [
             ("3.1", "Fit interlocked chuck guards to all centre lathes and pillar drills in the School of Engineering workshops.",
              "Workshop Manager", ["Workshop Manager"], "Dec 2025", "At risk",
              "Guards ordered; supplier lead time now 10 weeks. Machines isolated until fitted.", "2025-12", None),
             ("3.2", "Carry out a machinery risk assessment for every workshop machine and record it in the equipment register.",
              "Workshop Manager / School Safety Coordinator", ["Workshop Manager", "School Safety Coordinator"], "30/01/2026", "On track",
              "31 of 58 machines assessed.", "2026-01", None),
             ("3.3", "Introduce a documented pre-use check and supervision arrangement for students using workshop machinery.",
              "Head of School of Engineering", ["Head of School of Engineering"], "January 2026", "Not started",
              "", "2026-01", None),
         ]),
        ("Wider actions across the University",
         "These actions apply the learning from the three notices to Schools and buildings that were not inspected.",
         [
             ("4.1", "Report progress against this plan to the University Health and Safety Committee and the Audit and Risk Committee at each meeting.",
              "Head of Health, Safety & Wellbeing", ["Head of Health, Safety & Wellbeing"], "Each meeting", "On track",
              "Reported September and November 2025.", None, "Each meeting"),
             ("4.2", "Carry out a sample audit of COSHH assessments and LEV records in every School not covered by the notices.",
              "Health and Safety Adviser (Chemical)", ["Health and Safety Adviser (Chemical)"], "31/03/2026", "On track",
              "Audit programme agreed with Heads of School.", "2026-03", None),
         ]),
    ]
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Report to the Audit and Risk Committee, 19 November 2025 – Version 3.0, 31 October 2025")
    doc.add_heading("Document control", level=2)
    add_table(doc, ["Version", "Date", "Author", "Changes"], [
        ("1.0", "29/08/2025", "Head of Health, Safety & Wellbeing", "First issue following service of the notices"),
        ("2.0", "03/10/2025", "Head of Health, Safety & Wellbeing", "Progress update"),
        ("3.0", "31/10/2025", "Head of Health, Safety & Wellbeing", "Progress update; Notice 2 closed by HSE"),
    ])
    doc.add_heading("Background", level=2)
    doc.add_paragraph("On 4 August 2025 the Health and Safety Executive (HSE) served three Improvement Notices on the University "
                      "following an inspection of laboratory and workshop activities in the Institute of Medical Sciences and the "
                      "Fraser Noble Building. This plan sets out the actions taken and planned to comply with each notice and to "
                      "prevent recurrence across the University.")
    doc.add_paragraph("Status key: Complete – evidence held; On track – will be complete by the target date; "
                      "At risk – target date may be missed; Overdue – target date passed; Not started.")
    expected = []
    for heading, intro, acts in sections:
        doc.add_heading(heading, level=1)
        doc.add_paragraph(intro)
        rows, shades = [], []
        for (ref, act, resp, leads, target, status, prog, end, end_text) in acts:
            rows.append((ref, act, resp, target, status, prog))
            st, hx = status_map[status]
            shades.append((4, hx) if hx else None)
            e = dict(ref=ref, under=[heading], action=act, lead=leads, end=end, status=st)
            if end_text:
                e["end_text"] = end_text
            expected.append(e)
        add_table(doc, ["Ref", "Action", "Responsible", "Target date", "Status", "Progress and evidence"], rows, shades)
    doc.add_paragraph("")
    doc.add_paragraph("Approved by: Director of People, on behalf of the Principal.")
    doc.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates a university's compliance action plan after HSE Improvement Notices (HSWA s.21 notices as described on HSE's "
                "enforcement guide pages found via search: provision contravened, reasons, compliance period, possible extension), "
                "reported to the governing body's Audit and Risk Committee. Features copied: title, version line, document-control table, "
                "background and status-key paragraphs, one Heading 1 section per notice with a paragraph of notice details then an "
                "action table, job titles as leads (two posts split by '/'), status words with shaded cells, a 'Not started' action, "
                "an 'Each meeting' target and a closing section of wider actions. Not a real published document."),
        reads=("Ten actions in four tables: three under the three Improvement Notice headings and one under 'Wider actions across the "
               "University'. Status words are read by the key (Complete = blue, On track = green, At risk = amber, Not started = unrated); "
               "the document-control table is not part of the plan."),
        outcome="read", title=title,
    )
    write_expected(name, meta, expected)


# ---------------------------------------------------------------------------
# 6. St Ives Town Council - internal audit action plan, CSV, typo month -> refuse
# ---------------------------------------------------------------------------
def stives():
    import csv
    import io
    name = "zpb-st-ives-town-council-internal-audit-action-plan-2024-25-typo-month-refuse.csv"
    title = "St Ives Town Council – Internal Audit 2024/25 Action Plan"
    n = 7
    rows = [
        [title] + [""] * (n - 1),
        ["Response to the Internal Auditor's report dated 14 May 2025. Reported to Finance & General Purposes Committee on 10 July 2025; updated 3 November 2025."] + [""] * (n - 1),
        [""] * n,
        ["No.", "Internal Auditor's recommendation", "Action agreed", "Responsible", "Target date", "RAG", "Comments"],
        ["1", "The Council should review and re-adopt its Financial Regulations based on the 2024 NALC model.",
         "Clerk to prepare revised Financial Regulations based on the NALC 2024 model for F&GP review.", "Town Clerk", "Sep-25", "B",
         "Draft taken to F&GP 11 September 2025."],
        ["", "", "Full Council to adopt the revised Financial Regulations.", "Full Council", "Oct-25", "B",
         "Adopted 16 October 2025 (minute 25/118)."],
        ["2", "Bank reconciliations should be checked and signed each quarter by a councillor other than the Chair.",
         "Nominate a councillor to verify and sign quarterly bank reconciliations, recorded in the minutes.", "RFO / Cllr Penberthy", "Jul-25", "B",
         "Cllr Penberthy nominated July 2025."],
        ["3", "The asset register should be updated for the new play equipment at Trenwith and reconciled to the insurance schedule.",
         "Update the asset register and reconcile it to the insurance schedule.", "Deputy Clerk", "Dec-25", "G", ""],
        ["4", "Publish all items required by the Transparency Code, including payments over £500.",
         "Publish quarterly payments over £500 and the 2024/25 AGAR documents on the website.", "Deputy Clerk", "Aug-25", "B", "Published."],
        ["5", "The Council should carry out and minute an annual review of the effectiveness of its internal control and risk management.",
         "Review the risk register and internal controls and report to Full Council.", "Town Clerk", "Febuary 2026", "A",
         "Risk register review started; delayed by staff absence."],
        ["6", "Retain evidence of RTI submissions for all payroll runs.",
         "Confirm payroll bureau arrangements and keep RTI submission receipts on file.", "RFO", "Jun-25", "B", "Confirmed with payroll bureau."],
        ["7", "Minutes should record approval of all payments made by direct debit and debit card.",
         "Add a standing item to F&GP agendas listing all direct debit and card payments for approval.", "Town Clerk", "Mar-26", "G", ""],
        [""] * n,
        ["Key: B = complete, G = on track, A = some delay, R = not started / significant concern"] + [""] * (n - 1),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        w.writerow(row)
    text = buf.getvalue()
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    refuse_line = next(i for i, line in enumerate(text.split("\r\n"), start=1) if "Febuary" in line)

    meta = dict(
        source=("Imitates a town council's action plan responding to its internal auditor's annual report (AGAR year 2024/25), kept in "
                "Excel by the clerk and saved as CSV, as published with Finance & General Purposes committee papers. Features copied: "
                "title line, a report/committee note line, a blank line, recommendation and agreed-action columns, a continuation row with "
                "a second action and an empty recommendation cell, 'RFO / Cllr ...' leads, Mmm-yy target dates, RAG letters and a key line at "
                "the end. Not a real published document."),
        reads=("Eight agreed actions answering seven internal audit recommendations, with target dates mostly written Mmm-yy. The target "
               "date of action 5 reads 'Febuary 2026', a mistyped month, so a careful reader stops at that line and asks before reading the plan."),
        outcome="refuse", refuse_at=refuse_line, title=title,
    )
    write_expected(name, meta, None)
    return refuse_line


# ---------------------------------------------------------------------------
# 7. Glasgow Life - programme highlight report, tab-separated text export
# ---------------------------------------------------------------------------
def glasgow():
    name = "zpb-glasgow-life-ticketing-crm-programme-highlight-report.txt"
    title = "Glasgow Life – Programme Highlight Report: Ticketing and CRM Replacement Programme"
    rag = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    workstreams = [
        ("Workstream 1 – Glasgow Club memberships", [
            ("1.1", "Complete supplier build and configuration of membership products and direct debit collection",
             "Supplier / ICT Business Partner", ["Supplier", "ICT Business Partner"], "31/08/2025", "29/08/2025", "G", "B",
             "Signed off at design authority 2 September.", "2025-08"),
            ("1.2", "Data migration test 2: member records and payment mandates",
             "Data Migration Lead", ["Data Migration Lead"], "30/09/2025", "17/10/2025", "A", "B",
             "Completed; error rate 6% against 1% tolerance.", "2025-10"),
            ("1.3", "Cleanse duplicate and incomplete member records before test 3",
             "Head of Sport Operations; Data Migration Lead", ["Head of Sport Operations", "Data Migration Lead"], "31/10/2025", "31/12/2025", "A", "R",
             "Additional staff resource requested – see decision D1.", "2025-12"),
            ("1.4", "Membership go-live at all Glasgow Club venues",
             "Programme Manager", ["Programme Manager"], "Jan-26", "Mar-26", "A", "R",
             "Dependent on 1.3 and a successful test 3.", "2026-03"),
        ]),
        ("Workstream 2 – Museums and events ticketing", [
            ("2.1", "Configure ticketing for paid exhibitions at Kelvingrove, the Riverside Museum and the Burrell Collection",
             "Head of Museums Visitor Services", ["Head of Museums Visitor Services"], "30/11/2025", "30/11/2025", "G", "G",
             "On plan.", "2025-11"),
            ("2.2", "Train box office and front-of-house teams on the new ticketing system",
             "Learning and Development Manager", ["Learning and Development Manager"], "Jan-26", "Jan-26", "G", "G",
             "Training needs analysis complete; 28 sessions scheduled.", "2026-01"),
            ("2.3", "Ticketing go-live for paid exhibitions",
             "Programme Manager", ["Programme Manager"], "Feb-26", "Feb-26", "G", "G", "", "2026-02"),
        ]),
        ("Workstream 3 – Decommissioning and benefits", [
            ("3.1", "Agree an exit plan and final data extract with the incumbent ticketing supplier",
             "Procurement Manager", ["Procurement Manager"], "31/10/2025", "30/11/2025", "G", "A",
             "Contract extension to 30 June 2026 agreed in principle.", "2025-11"),
            ("3.2", "Baseline the benefits measures (online booking share, call volumes, card payment fees)",
             "Benefits Lead", ["Benefits Lead"], "Dec 2025", "Dec 2025", "—", "G", "New action added this period.", "2025-12"),
        ]),
    ]
    L = [
        title,
        "Report period\tOctober 2025",
        "Date of report\t6 November 2025",
        "Senior Responsible Owner\tDirector of Finance and Corporate Services",
        "Programme Manager\tEuan Docherty",
        "Reporting to\tProgramme Board, 13 November 2025",
        "",
        "Overall status\tPrevious\tCurrent",
        "Programme\tA\tA",
        "Time\tA\tR",
        "Cost\tG\tG",
        "Scope\tG\tG",
        "Benefits\tG\tA",
        "",
        "Summary",
        ("Supplier build of the new booking platform is complete for Glasgow Club memberships. Data migration test 2 found a 6% error "
         "rate on member records, so membership go-live is forecast to move from January to March 2026. Museums and events ticketing "
         "remains on plan."),
        "",
        "RAG key\tB = complete\tG = on track\tA = at risk, recoverable within tolerance\tR = outside tolerance, escalation required",
        "",
        "Milestones and actions",
        "Ref\tMilestone / action\tOwner\tBaseline date\tForecast date\tPrevious RAG\tCurrent RAG\tCommentary",
    ]
    expected = []
    for ws_name, acts in workstreams:
        L.append(ws_name)
        for (ref, act, owner, leads, base, fc, prev, cur, comm, end) in acts:
            L.append("\t".join([ref, act, owner, base, fc, prev, cur, comm]))
            expected.append(dict(ref=ref, under=[ws_name], action=act, lead=leads, end=end, status=rag[cur]))
    L += [
        "",
        "Key risks and issues",
        "ID\tDescription\tOwner\tRating\tMitigation",
        "R04\tPoor data quality in the legacy membership system delays migration\tData Migration Lead\tHigh\tCleansing sprint; additional test cycle",
        "I02\tIncumbent ticketing contract ends 31 March 2026\tProcurement Manager\tMedium\tExtension being negotiated",
        "",
        "Decisions required from Programme Board",
        "D1\tApprove £38,000 from programme contingency for four temporary data cleansing staff for 12 weeks.",
        "D2\tApprove re-baselining of membership go-live to March 2026.",
        "",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(L))

    meta = dict(
        source=("Imitates a PRINCE2-style programme highlight report (status summary with last/this period RAG per dimension, milestones, "
                "risks and issues, decisions for the board, as in highlight report templates and public programme reporting guidance found "
                "via search) for an arm's-length culture and leisure charity, saved from Excel as tab-delimited text. Features copied: "
                "key/value header lines, a dimension status block, a summary paragraph, a RAG key line, workstream heading lines over "
                "numbered milestone rows with baseline and forecast dates and previous and current RAG, then risks/issues and decisions "
                "that are not actions. Not a real published document."),
        reads=("Nine milestones/actions under three workstream lines. The current RAG is the status (B = complete by the key) and the "
               "forecast date, which revises the baseline, is the end; the overall-status block, risks and issues, and decisions D1–D2 "
               "are not actions."),
        outcome="read", title=title,
    )
    write_expected(name, meta, expected)


if __name__ == "__main__":
    wallace()
    ngs()
    eden()
    chester()
    aberdeen()
    line = stives()
    glasgow()
    print("built 7 cases; St Ives refuse line", line)
