#!/usr/bin/env python3
"""Build the seven th- cases of set heldout502 (data files and their expected readings).

Run with /work/main/.venv/bin/python th_make.py  (openpyxl, python-docx, pyyaml).
Only files starting th- are written, in this script's folder.
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

FILL = {
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
    "grey": "D9D9D9", "head": "1F3864", "light": "DEEAF6", "sect": "BDD7EE",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def path(name):
    assert name.startswith("th-") or name.startswith("th_")
    return os.path.join(HERE, name)


def solid(key):
    return PatternFill("solid", start_color=FILL[key], end_color=FILL[key])


def write_expected(name, exp):
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(exp, f, sort_keys=False, allow_unicode=True, width=1000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------------------
# 1. West of England MCA strategic risk register (xlsx) - REFUSE (typo month)
# ---------------------------------------------------------------------------
def make_woe():
    name = "th-west-of-england-mca-strategic-risk-register-2025-26-typo-month-refuse.xlsx"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "West of England Mayoral Combined Authority"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Strategic Risk Register 2025/26"
    cov["A2"].font = Font(bold=True, size=12)
    rows = [
        ("Report to:", "Audit and Risk Committee – 26 September 2025"),
        ("Register owner:", "Director of Resources"),
        ("Version:", "v3.1 (Quarter 2 update)"),
        ("Last reviewed:", "Strategic Leadership Team, 9 September 2025"),
    ]
    for i, (a, b) in enumerate(rows, start=4):
        cov.cell(i, 1, a).font = Font(bold=True)
        cov.cell(i, 2, b)
    cov["A9"] = "Risk scoring (Likelihood x Impact, each 1–5)"
    cov["A9"].font = Font(bold=True)
    for i, (band, col) in enumerate([("1–4  Low", "green"), ("5–9  Medium", "amber"),
                                     ("10–16  High", "red"), ("20–25  Very high", "red")], start=10):
        c = cov.cell(i, 1, band)
        c.fill = solid(col)
    cov.column_dimensions["A"].width = 30
    cov.column_dimensions["B"].width = 50

    ws = wb.create_sheet("Strategic Risks")
    ws["A1"] = "West of England Mayoral Combined Authority – Strategic Risk Register 2025/26 (Q2)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:N1")
    ws["A2"] = "L = Likelihood, I = Impact (scored 1–5). Target dates relate to the further actions, not to the risk."
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:N2")
    hdr = ["Risk ref", "Risk description", "Risk owner", "Inherent L", "Inherent I", "Inherent score",
           "Current controls", "Further action required", "Action owner", "Target date",
           "Residual L", "Residual I", "Residual score", "Direction of travel"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("head")
        c.alignment = WRAP
        c.border = BOX
    risks = [
        ("SR01", "Investment Fund delivery: failure to deliver the Investment Fund programme and evidence "
                 "outcomes ahead of the Gateway 2 review, leading to loss of future gainshare.",
         "Director of Investment and Corporate Planning", 4, 5,
         "Programme board monthly; quarterly assurance framework returns; benefits realisation plan.",
         [("Re-profile the Investment Programme pipeline and spend for 2025/26 to 2027/28 and report to Committee.",
           "Head of Investment Programme", "October 2025"),
          ("Appoint the independent evaluation partner for the Gateway 2 five-year review.",
           "Head of Policy and Strategy", dt.datetime(2025, 12, 31)),
          ("Agree revised outcome indicators with MHCLG for the remaining fund period.",
           "Director of Investment and Corporate Planning", "March 2026")],
         3, 4, "↓"),
        ("SR02", "Bus network sustainability: insufficient revenue funding to sustain supported bus services "
                 "once BSIP and fare-cap grants reduce.",
         "Director of Infrastructure", 5, 4,
         "Bus revenue budget set with constituent councils; network review completed 2024.",
         [("Agree the 2026/27 bus revenue budget and levy with the constituent councils.",
           "Director of Infrastructure", "January 2026"),
          ("Complete the franchising assessment audit and report to the Mayoral Combined Authority Committee.",
           "Head of Bus Services", "Decmber 2025")],
         4, 4, "↔"),
        ("SR03", "Adult Skills Fund: under-delivery by providers results in clawback and unmet local skills needs.",
         "Director of Economy and Skills", 3, 3,
         "Provider performance reviews; in-year reallocation process.",
         [("Carry out mid-year performance reviews with all grant-funded providers and reallocate underspends.",
           "Skills Commissioning Manager", "February 2026"),
          ("Publish the 2026/27 Adult Skills Fund funding rules and commissioning intentions.",
           "Head of Skills", "March 2026")],
         2, 3, "↓"),
        ("SR04", "Cyber security: a successful cyber attack disrupts systems and compromises personal data.",
         "Director of Resources", 4, 5,
         "Managed detection and response service; annual penetration test; staff e-learning.",
         [("Achieve Cyber Essentials Plus accreditation.", "Head of ICT", "November 2025"),
          ("Test the ICT disaster recovery plan with a full failover exercise.", "Head of ICT",
           dt.datetime(2026, 1, 31))],
         3, 5, "↔"),
    ]
    r = 5
    refuse_row = None
    for ref, desc, owner, li, ii, ctrl, acts, rl, ri, dot in risks:
        start = r
        for text, aowner, due in acts:
            ws.cell(r, 8, text)
            ws.cell(r, 9, aowner)
            c = ws.cell(r, 10, due)
            if isinstance(due, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if due == "Decmber 2025":
                refuse_row = r
            r += 1
        end = r - 1
        vals = {1: ref, 2: desc, 3: owner, 4: li, 5: ii, 6: li * ii, 7: ctrl,
                11: rl, 12: ri, 13: rl * ri, 14: dot}
        for col, v in vals.items():
            ws.cell(start, col, v)
            if end > start:
                ws.merge_cells(start_row=start, start_column=col, end_row=end, end_column=col)
        for col, score in ((6, li * ii), (13, rl * ri)):
            ws.cell(start, col).fill = solid("red" if score >= 10 else "amber" if score >= 5 else "green")
        for rr in range(start, end + 1):
            for col in range(1, 15):
                ws.cell(rr, col).border = BOX
                ws.cell(rr, col).alignment = WRAP
    r += 1
    ws.cell(r, 1, "Direction of travel: ↑ increasing, ↔ no change, ↓ decreasing since the Q1 report.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJKLMN", [8, 45, 26, 9, 9, 9, 40, 55, 30, 14, 9, 9, 9, 10]):
        ws.column_dimensions[col].width = w
    wb.save(path(name))

    write_expected(name, {
        "source": "Imitates a combined authority strategic risk register as taken to an Audit and Risk Committee "
                  "(West of England MCA, 2025/26, Q2 update): cover sheet with version/owner and a scoring key, "
                  "register sheet with risk columns merged down over several further-action rows, inherent and "
                  "residual L x I scores with fill colour, action owner and target date per action, direction of travel.",
        "reads": "A strategic risk register of four risks, each with two or three further mitigating actions that "
                 "have their own owner and target date. The target date of the franchising-assessment action "
                 "reads 'Decmber 2025', a mistyped month, so a careful reader stops and asks before reading the plan.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": "Strategic Risk Register 2025/26",
    })
    return name


# ---------------------------------------------------------------------------
# 2. Veterinary Medicines Directorate management board action log (xlsx)
# ---------------------------------------------------------------------------
def make_vmd():
    name = "th-veterinary-medicines-directorate-management-board-action-log.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    ws["A1"] = "Veterinary Medicines Directorate"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Management Board – Rolling Action Log"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Updated following the meeting of 16 September 2025. Actions shown as Complete will be "
                "removed once noted by the Board.")
    ws["A3"].font = Font(italic=True)
    hdr = ["Action ref", "Action", "Owner", "Due", "Update", "Status"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True)
        c.fill = solid("light")
        c.border = BOX
    status_fill = {"Complete": "blue", "On track": "green", "At risk": "amber", "Overdue": "red", "Not started": None}
    status_rag = {"Complete": "blue", "On track": "green", "At risk": "amber", "Overdue": "red", "Not started": "unrated"}
    meetings = [
        ("Meeting: 20 May 2025", [
            ("MB/25/014", "Circulate the revised Delegated Authorities framework to Board members for comment "
                          "ahead of approval by the Audit and Risk Assurance Committee.",
             "JR", dt.datetime(2025, 7, 15), "Circulated 2 July; comments incorporated and approved by ARAC on 8 July.",
             "Complete", ["JR"], "2025-07", None),
            ("MB/25/015", "Provide a breakdown of the marketing authorisation application backlog by procedure type, "
                          "with a trajectory for clearing applications older than 210 days.",
             "Director of Authorisations", dt.datetime(2025, 9, 16),
             "Included in the September performance pack (Annex B).", "Complete",
             ["Director of Authorisations"], "2025-09", None),
            ("MB/25/017", "Agree with Defra Group Commercial the route to market for re-procuring the regulatory "
                          "IT support contract.",
             "JR / PK", "Dec 2025", "Options paper drafted; Defra Group Commercial meeting booked for 7 October.",
             "On track", ["JR", "PK"], "2025-12", None),
        ]),
        ("Meeting: 15 July 2025", [
            ("MB/25/021", "Bring a paper on implementation of the 2024 amendments to the Veterinary Medicines "
                          "Regulations (post-authorisation requirements), including resource implications.",
             "Director of Policy", "November 2025 Board", "Drafting under way; legal review requested.",
             "On track", ["Director of Policy"], "2025-11", None),
            ("MB/25/022", "Confirm whether publication of the UK-VARSS antimicrobial sales report can be brought "
                          "forward to October.",
             "Head of AMR Team", dt.datetime(2025, 9, 30),
             "Validation delayed by late returns from two marketing authorisation holders; revised date under discussion.",
             "At risk", ["Head of AMR Team"], "2025-09", None),
            ("MB/25/024", "Refresh the People Survey action plan and present the headline actions to the Board.",
             "SL and JR", "Sept 2025", "Deferred to October because of the survey results embargo.",
             "Overdue", ["SL", "JR"], "2025-09", None),
            ("MB/25/025", "Circulate the draft Business Plan 2026/27 milestones to Board members.",
             "Head of Strategy and Planning", "TBC", "Awaiting Defra settlement letter.",
             "On track", ["Head of Strategy and Planning"], None, "TBC"),
        ]),
        ("Meeting: 16 September 2025", [
            ("MB/25/031", "Present the Q2 finance and income forecast, including the effect of the fees review on "
                          "2026/27 income.",
             "Chief Operating Officer", "Nov-25", "", "On track", ["Chief Operating Officer"], "2025-11", None),
            ("MB/25/032", "Arrange a Board deep-dive on the pharmacovigilance signal management process.",
             "RK", "Jan 2026", "", "Not started", ["RK"], "2026-01", None),
            ("MB/25/033", "Write to the Chair of the Veterinary Products Committee confirming the revised terms of "
                          "reference.",
             "CEO", dt.datetime(2025, 10, 31), "Letter sent 24 September.", "Complete", ["CEO"], "2025-10", None),
        ]),
    ]
    r = 6
    actions = []
    for heading, items in meetings:
        c = ws.cell(r, 1, heading)
        c.font = Font(bold=True)
        for col in range(1, 7):
            ws.cell(r, col).fill = solid("grey")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for ref, text, owner, due, upd, st, lead, end, end_text in items:
            vals = [ref, text, owner, due, upd or None, st]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
            if isinstance(due, dt.datetime):
                ws.cell(r, 4).number_format = "dd/mm/yyyy"
            if status_fill[st]:
                ws.cell(r, 6).fill = solid(status_fill[st])
            actions.append(act(ref, [heading], text, lead, end, status_rag[st], end_text))
            r += 1
    for col, w in zip("ABCDEF", [12, 60, 24, 16, 50, 12]):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("Key")
    key["A1"] = "Status key"
    key["A1"].font = Font(bold=True)
    for i, (st, col, meaning) in enumerate([
            ("Complete", "blue", "Action completed – proposed for closure"),
            ("On track", "green", "Expected to be delivered by the due date"),
            ("At risk", "amber", "Due date at risk – see update for mitigation"),
            ("Overdue", "red", "Past its due date"),
            ("Not started", None, "Not yet started")], start=2):
        c = key.cell(i, 1, st)
        if col:
            c.fill = solid(col)
        key.cell(i, 2, meaning)
    key.column_dimensions["A"].width = 14
    key.column_dimensions["B"].width = 50
    wb.save(path(name))

    write_expected(name, {
        "source": "Imitates an executive agency management board rolling action log (Veterinary Medicines "
                  "Directorate, Defra agency, 2025): title block, grey merged meeting-date heading rows over the "
                  "actions agreed at each meeting, action refs MB/25/nnn, owners as initials or posts, due dates "
                  "mixing date cells, month words and 'TBC', status words with fill colour and a separate Key sheet "
                  "that maps the words to colours.",
        "reads": "A rolling action log of ten actions grouped under the three Board meetings that raised them. "
                 "Each has an owner, a due date, an update and a status; the Key sheet says At risk is amber, "
                 "Overdue red and Complete blue.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Management Board – Rolling Action Log",
        "actions": actions,
    })
    return name


# ---------------------------------------------------------------------------
# 3. CB Payments Ltd FCA financial crime remediation tracker (xlsx)
# ---------------------------------------------------------------------------
def make_cbp():
    name = "th-cb-payments-fca-financial-crime-remediation-tracker.xlsx"
    title = "CB Payments Ltd – Financial Crime Remediation Tracker"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Monthly submission to FCA Supervision – position as at 30 April 2025"
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Prepared by", "Approved by"], start=1):
        c = cov.cell(5, j, h)
        c.font = Font(bold=True)
        c.border = BOX
    for i, row in enumerate([("1.0", "31/01/2025", "Remediation PMO", "Risk Committee"),
                             ("2.0", "28/02/2025", "Remediation PMO", "MLRO"),
                             ("3.0", "31/03/2025", "Remediation PMO", "MLRO"),
                             ("4.0", "30/04/2025", "Remediation PMO", "MLRO")], start=6):
        for j, v in enumerate(row, start=1):
            cov.cell(i, j, v).border = BOX
    cov["A11"] = "RAG key (RAG columns on the Tracker sheet are colour only)"
    cov["A11"].font = Font(bold=True)
    for i, (col, meaning) in enumerate([("blue", "Complete – closure evidence submitted to the FCA"),
                                        ("green", "On track to meet target date"),
                                        ("amber", "At risk – mitigation in place"),
                                        ("red", "Off track – target date will be missed")], start=12):
        cov.cell(i, 1).fill = solid(col)
        cov.cell(i, 2, meaning)
    cov.column_dimensions["A"].width = 12
    cov.column_dimensions["B"].width = 52
    cov.column_dimensions["C"].width = 18
    cov.column_dimensions["D"].width = 16

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of actions by workstream (current RAG)"
    summ["A1"].font = Font(bold=True)
    sh = ["Workstream", "Total actions", "Complete", "Green", "Amber", "Red"]
    for j, h in enumerate(sh, start=1):
        c = summ.cell(3, j, h)
        c.font = Font(bold=True)
        c.border = BOX
    srows = [("WS1 – Customer risk assessment and onboarding", 4, 2, 0, 1, 1),
             ("WS2 – Transaction monitoring", 2, 1, 0, 1, 0),
             ("WS3 – Governance, MI and training", 3, 2, 1, 0, 0),
             ("Total", 9, 5, 1, 2, 1)]
    for i, row in enumerate(srows, start=4):
        for j, v in enumerate(row, start=1):
            c = summ.cell(i, j, v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    summ.column_dimensions["A"].width = 48

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Current RAG as at 30 April 2025; previous RAG as at 31 March 2025."
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:J2")
    hdr = ["Action ID", "Skilled Person finding", "Remediation action", "Action owner",
           "Original target date", "Revised target date", "Previous RAG", "Current RAG",
           "Progress commentary", "Evidence ref"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("head")
        c.alignment = WRAP
        c.border = BOX
    D = dt.datetime
    data = [
        ("WS1 – Customer risk assessment and onboarding", [
            ("SP-01: The customer risk assessment (CRA) methodology did not reflect the business-wide risk "
             "assessment and enhanced due diligence was not applied consistently to high-risk customers.", [
                ("WS1.01", "Redesign the CRA model so that risk factors and weightings align to the 2024 "
                           "business-wide risk assessment, and obtain independent model validation.",
                 "Head of Financial Crime Compliance", ["Head of Financial Crime Compliance"],
                 D(2024, 12, 31), D(2025, 3, 31), "green", "blue",
                 "Validation report received 21/03/2025; model live from 1 April.", "EV-014", "2025-03"),
                ("WS1.02", "Implement automated EDD triggers in the onboarding platform for all customers rated "
                           "high risk, with no manual override without second-line approval.",
                 "Head of KYC Operations; Head of Product (Payments)",
                 ["Head of KYC Operations", "Head of Product (Payments)"],
                 D(2025, 3, 31), D(2025, 6, 30), "amber", "amber",
                 "Build complete; user acceptance testing found two defects in the override workflow.", "", "2025-06"),
            ]),
            ("SP-02: Onboarding controls did not prevent the firm taking on high-risk customers in breach of the "
             "voluntary requirement (VREQ).", [
                ("WS1.03", "Introduce a hard system block that prevents onboarding of customers meeting the VREQ "
                           "high-risk criteria, and evidence testing of the block to the FCA.",
                 "Chief Technology Officer (Payments)", ["Chief Technology Officer (Payments)"],
                 D(2024, 10, 31), None, "blue", "blue",
                 "Block deployed 28/10/2024; test results submitted.", "EV-003", "2024-10"),
                ("WS1.04", "Complete the look-back review of all high-risk customers onboarded between October 2020 "
                           "and October 2023, exiting relationships where required.",
                 "MLRO", ["MLRO"], D(2025, 1, 31), D(2025, 7, 31), "amber", "red",
                 "71% of cases reviewed. Second revised date to be agreed with the FCA; additional reviewers "
                 "onboarded 14 April.", "", "2025-07"),
            ]),
        ]),
        ("WS2 – Transaction monitoring", [
            ("SP-03: Transaction monitoring scenarios had not been tuned since 2021 and alert backlogs exceeded "
             "internal service levels.", [
                ("WS2.01", "Complete below-the-line testing and re-tune the twelve highest-volume monitoring "
                           "scenarios.",
                 "Head of Transaction Monitoring", ["Head of Transaction Monitoring"],
                 D(2025, 2, 28), None, "green", "blue",
                 "Tuning approved by the Financial Crime Risk Forum on 26/02/2025.", "EV-021", "2025-02"),
                ("WS2.02", "Clear the alert backlog to within the 30-day service level and hold it there for three "
                           "consecutive months.",
                 "Head of Transaction Monitoring / Head of Financial Crime Operations",
                 ["Head of Transaction Monitoring", "Head of Financial Crime Operations"],
                 D(2025, 4, 30), D(2025, 7, 31), "amber", "amber",
                 "Backlog down from 18,200 to 6,450 alerts; within service level since mid-April.", "", "2025-07"),
            ]),
        ]),
        ("WS3 – Governance, MI and training", [
            ("SP-04: Board and Risk Committee management information on financial crime was not sufficient to "
             "allow effective challenge.", [
                ("WS3.01", "Introduce a monthly financial crime MI pack for the Risk Committee, including VREQ "
                           "compliance metrics and alert ageing.",
                 "MLRO", ["MLRO"], D(2024, 11, 30), None, "blue", "blue",
                 "First pack presented November 2024.", "EV-007", "2024-11"),
                ("WS3.02", "Commission a second-line effectiveness review of the remediation programme and report "
                           "the results to the Board.",
                 "Chief Risk Officer", ["Chief Risk Officer"], D(2025, 9, 30), None, None, "green",
                 "Terms of reference agreed; fieldwork starts July 2025.", "", "2025-09"),
            ]),
            ("SP-05: Financial crime training did not cover the VREQ or the firm's specific high-risk typologies.", [
                ("WS3.03", "Roll out targeted VREQ and typologies training to all onboarding and operations staff, "
                           "tracking completion to 95%.",
                 "Head of Compliance Training", ["Head of Compliance Training"],
                 D(2025, 1, 31), D(2025, 3, 31), "green", "blue",
                 "97% completion at 31/03/2025.", "EV-019", "2025-03"),
            ]),
        ]),
    ]
    r = 5
    actions = []
    for ws_title, findings in data:
        c = ws.cell(r, 1, ws_title)
        c.font = Font(bold=True)
        for col in range(1, 11):
            ws.cell(r, col).fill = solid("sect")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for finding, items in findings:
            start = r
            for (aid, text, owner, lead, orig, rev, prev, cur, comm, ev, end) in items:
                ws.cell(r, 1, aid)
                ws.cell(r, 3, text)
                ws.cell(r, 4, owner)
                ws.cell(r, 5, orig).number_format = "dd/mm/yyyy"
                if rev is not None:
                    ws.cell(r, 6, rev).number_format = "dd/mm/yyyy"
                if prev:
                    ws.cell(r, 7).fill = solid(prev)
                ws.cell(r, 8).fill = solid(cur)
                ws.cell(r, 9, comm)
                if ev:
                    ws.cell(r, 10, ev)
                for col in range(1, 11):
                    ws.cell(r, col).border = BOX
                    ws.cell(r, col).alignment = WRAP
                actions.append(act(aid, [ws_title, finding], text, lead, end, cur))
                r += 1
            ws.cell(start, 2, finding)
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Note: revised target dates for WS1.02, WS1.04 and WS2.02 were agreed with FCA Supervision on "
                  "14 March 2025. Evidence refs point to the closure evidence log.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJ", [10, 45, 55, 30, 13, 13, 10, 10, 45, 10]):
        ws.column_dimensions[col].width = w
    wb.save(path(name))

    write_expected(name, {
        "source": "Imitates a regulated payments firm's remediation tracker submitted monthly to the FCA after "
                  "a skilled person (s166) review of financial crime controls (CB Payments Ltd, 2024–25, after the "
                  "FCA's VREQ findings): cover sheet with document control and a colour-only RAG key, a summary "
                  "sheet of totals by workstream, and a tracker with workstream band rows, findings merged down "
                  "over their actions, original and revised target dates, and fill-only previous and current RAG.",
        "reads": "Nine remediation actions under three workstreams, each answering a numbered skilled person "
                 "finding. Where a revised target date is given it replaces the original; the RAG cells carry "
                 "colour only, and the current RAG (blue = complete) is the status.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name


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


def set_cell(cell, text, bold=False):
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for extra in parts[1:]:
        q = cell.add_paragraph()
        r = q.add_run(extra)
        r.bold = bold


# ---------------------------------------------------------------------------
# 4. Cairngorms NPA - Cairngorms 2030 project highlight report (docx)
# ---------------------------------------------------------------------------
def make_cnpa():
    name = "th-cairngorms-npa-cairngorms-2030-programme-highlight-report.docx"
    title = "Cairngorms 2030: project highlight report – quarter three 2025 (July – September)"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph("Cairngorms National Park Authority\nÙghdarras Pàirc Nàiseanta a’ Mhonaidh Ruaidh")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("Performance Committee – 12 December 2025\nPaper 2, Annex 1")
    doc.add_heading(title, level=1)
    doc.add_paragraph("Prepared by: Head of Cairngorms 2030")
    doc.add_paragraph("This annex reports progress on the key milestones for each Cairngorms 2030 project to the "
                      "end of September 2025. Milestone dates are shown as originally planned and as planned at the "
                      "end of quarter three; RAG status is shown for Q2 and Q3.")

    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_cell(t.rows[0].cells[0], "Status", bold=True)
    set_cell(t.rows[0].cells[1], "Meaning", bold=True)
    for st, col, meaning in [("Green", FILL["green"], "On track to meet the planned completion date"),
                             ("Amber", FILL["amber"], "Some slippage; can be recovered within the programme"),
                             ("Red", FILL["red"], "Significant slippage or risk to delivery; escalated to Programme Board"),
                             ("Complete", FILL["blue"], "Milestone complete")]:
        row = t.add_row().cells
        set_cell(row[0], st)
        shade(row[0], col)
        set_cell(row[1], meaning)

    doc.add_heading("Programme dashboard", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Performance measure", "Q2 25", "Q3 25 (current)", "Issue / mitigation"]):
        set_cell(c, h, bold=True)
    for meas, q2, q3, note in [
            ("Programme risk profile", "Amber", "Green", "Risk trend reduced following Transport Scotland award letter."),
            ("Delivery of Transport Scotland funded projects", "Amber", "Amber",
             "Aviemore scheme re-scoped; see milestones 3.1 and 3.2."),
            ("Future funding profile", "Green", "Green", "Match funding secured to 2027."),
            ("Staffing", "Green", "Green", "All programme posts filled.")]:
        row = t.add_row().cells
        for c, v in zip(row, [meas, q2, q3, note]):
            set_cell(c, v)

    themes = [
        ("1. Transforming landscapes", [
            ("Woodland expansion", [
                ("1.1", "Dalnamein: complete Phase 2 fencing and ground preparation", "Woodland Advisor",
                 ["Woodland Advisor"], "31/03/2025", "30/09/2025", "Amber", "Complete",
                 "Fencing signed off 19 September.", "2025-09", "blue"),
                ("1.2", "Publish the Cairngorms Aspen Network framework and spatial plan with Trees for Life",
                 "Head of Land Management / Woodland Advisor", ["Head of Land Management", "Woodland Advisor"],
                 "30/06/2025", "31/12/2025", "Amber", "Amber",
                 "Draft spatial plan with partners for comment.", "2025-12", "amber"),
            ]),
            ("Peatland restoration", [
                ("1.3", "Complete the delivery phase for the 2025/26 cohort of 16 restoration projects",
                 "Peatland Action Programme Manager", ["Peatland Action Programme Manager"],
                 "31/03/2026", "31/03/2026", "Green", "Green",
                 "Contractors on site at 11 of 16 projects.", "2026-03", "green"),
            ]),
            ("Nature recovery", [
                ("1.4", "Launch cohort 2 of the community agri-environment pilot with Glenlivet farmers",
                 "Farming and Land Use Officer", ["Farming and Land Use Officer"],
                 "30/09/2025", "31/03/2026", "Green", "Amber",
                 "Launch moved to align with the new Scottish Government rural support scheme.", "2026-03", "amber"),
            ]),
        ]),
        ("2. Empowering communities", [
            ("Community climate action", [
                ("2.1", "Award the first round of Community Climate Action grants", "Community Development Manager",
                 ["Community Development Manager"], "31/08/2025", "31/08/2025", "Green", "Complete",
                 "Nine grants awarded, total £148,500.", "2025-08", "blue"),
                ("2.2", "Complete net zero action plans with six community councils", "Climate Change Officer",
                 ["Climate Change Officer"], "31/03/2026", "31/03/2026", "Green", "Green",
                 "Four of six plans drafted.", "2026-03", "green"),
            ]),
            ("Youth action", [
                ("2.3", "Recruit the second cohort of the Cairngorms Youth Action Team", "Youth Engagement Officer",
                 ["Youth Engagement Officer"], "31/10/2025", "TBC", "Green", "Amber",
                 "Recruitment paused pending NLHF approval of the revised activity plan.", None, "amber"),
            ]),
        ]),
        ("3. Rethinking how we travel", [
            ("Active Communities (Aviemore)", [
                ("3.1", "Submit the revised Aviemore active travel design, with a walking and public realm focus, "
                        "to Transport Scotland",
                 "Active Travel Project Manager", ["Active Travel Project Manager"],
                 "30/06/2025", "31/01/2026", "Red", "Amber",
                 "Design team re-appointed; concept design agreed with The Highland Council.", "2026-01", "amber"),
                ("3.2", "Complete statutory consultation on the Aviemore town centre proposals",
                 "Active Travel Project Manager", ["Active Travel Project Manager"],
                 "31/10/2025", "31/05/2026", "Amber", "Red",
                 "Consultation cannot start until the design in 3.1 is approved.", "2026-05", "red"),
            ]),
            ("Sustainable transport", [
                ("3.3", "Extend the Strathdon demand-responsive transport trial to March 2026", "Transport Officer",
                 ["Transport Officer"], "30/09/2025", "30/09/2025", "Green", "Complete",
                 "Extension agreed with Aberdeenshire Council.", "2025-09", "blue"),
            ]),
        ]),
    ]
    rag_fill = {"Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"], "Complete": FILL["blue"]}
    actions = []
    for theme, projects in themes:
        doc.add_heading(theme, level=2)
        t = doc.add_table(rows=1, cols=8)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Milestone", "Lead", "Original planned completion",
                                          "Planned completion as at end Q3", "Q2 RAG", "Q3 RAG", "Commentary"]):
            set_cell(c, h, bold=True)
            shade(c, FILL["light"])
        for proj, items in projects:
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[7])
            set_cell(merged, proj, bold=True)
            shade(merged, FILL["grey"])
            for ref, text, lead_txt, lead, orig, rev, q2, q3, comm, end, st in items:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, text, lead_txt, orig, rev, q2, q3, comm]):
                    set_cell(c, v)
                shade(cells[5], rag_fill[q2])
                shade(cells[6], rag_fill[q3])
                a = act(ref, [theme, proj], text, lead, end, st, None if end else rev)
                actions.append(a)
        doc.add_paragraph("")
    doc.add_paragraph("Note: milestones 1.1, 1.2, 1.4, 3.1 and 3.2 have moved since the Q2 report; the revised "
                      "dates were agreed by the Cairngorms 2030 Programme Board on 2 October 2025.")
    doc.save(path(name))

    write_expected(name, {
        "source": "Imitates the Cairngorms National Park Authority's quarterly Cairngorms 2030 (NLHF-funded "
                  "programme) report to its Performance Committee, 2025 (cairngorms.co.uk Performance Committee "
                  "Paper 2 and Annex 1, programme milestones annex): bilingual header, paper/annex block, RAG key "
                  "table, a programme dashboard table of performance measures, then one table per programme theme "
                  "with merged project rows, original and as-at-Q3 planned completion dates and Q2/Q3 RAG columns.",
        "reads": "A programme highlight report of ten milestones across three themes, each under a project row. "
                 "The planned completion as at end Q3 revises the original date, and the Q3 RAG is the current "
                 "status; the RAG key and the programme dashboard are not milestones.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name


# ---------------------------------------------------------------------------
# 5. Thames Hospice CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_hospice():
    name = "th-thames-hospice-cqc-inspection-action-plan.docx"
    title = "Thames Hospice – CQC Inspection Action Plan"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Following the inspection of 8 and 9 October 2024 (report published 17 December 2024). "
                      "Overall rating: Requires improvement.")
    doc.add_paragraph("Document control", style="Heading 3")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Approved by"]):
        set_cell(c, h, bold=True)
    for row in [("0.1", "06/01/2025", "Director of Patient Care", "Draft for ELT"),
                ("1.0", "21/01/2025", "Director of Patient Care", "Quality and Governance Committee"),
                ("1.3", "15/04/2025", "Head of Quality", "Quality and Governance Committee")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_paragraph("RAG rating key", style="Heading 3")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for st, col, meaning in [("Blue", FILL["blue"], "Complete and evidence of embedding"),
                             ("Green", FILL["green"], "On track"),
                             ("Amber", FILL["amber"], "Some slippage – recovery plan in place"),
                             ("Red", FILL["red"], "Off track – escalated to Quality and Governance Committee")]:
        cells = t.add_row().cells
        set_cell(cells[0], st)
        shade(cells[0], col)
        set_cell(cells[1], meaning)

    sections = [
        ("Safe", [
            ("MD1 The service must ensure that controlled drugs are checked, stored and recorded in line with the "
             "hospice’s medicines management policy and national guidance. (Regulation 12: Safe care and treatment)", [
                ("MD1.1", "Introduce twice-daily controlled drug stock checks by two registered nurses on the "
                          "inpatient unit.\nAudit compliance weekly for 12 weeks and report to the Medicines "
                          "Management Group.",
                 "Ward Manager (IPU) / Pharmacist", ["Ward Manager (IPU)", "Pharmacist"], "31/01/2025",
                 "Checks in place from 13 January; 12-week audit shows 98% compliance.", "Blue", "2025-01"),
                ("MD1.2", "Replace the controlled drugs register with the bound national register format and remove "
                          "the local loose-leaf record.",
                 "Pharmacist", ["Pharmacist"], "End of February 2025",
                 "New registers in use since 3 February.", "Blue", "2025-02"),
                ("MD1.3", "Deliver medicines management refresher training, including CD competency assessment, to "
                          "all registered nurses.",
                 "Head of Education", ["Head of Education"], "30/04/2025",
                 "84% complete; remaining staff booked for May sessions.", "Amber", "2025-04"),
            ]),
            ("MD2 The service must ensure that risk assessments for falls and pressure damage are completed and "
             "reviewed for every patient. (Regulation 12: Safe care and treatment)", [
                ("MD2.1", "Add mandatory falls and pressure damage risk assessments to the admission template in "
                          "the electronic patient record.",
                 "Clinical Systems Lead", ["Clinical Systems Lead"], "March 2025",
                 "Template change went live 17 March.", "Blue", "2025-03"),
                ("MD2.2", "Carry out a monthly audit of risk assessment completion and review, with results shared "
                          "at ward huddles.",
                 "Ward Manager (IPU)", ["Ward Manager (IPU)"], "Ongoing – monthly",
                 "February and March audits at 92% and 95%.", "Green", None),
            ]),
        ]),
        ("Effective", [
            ("SD1 The service should ensure that mental capacity assessments are recorded when decisions are made "
             "about care for people who may lack capacity.", [
                ("SD1.1", "Introduce a two-stage mental capacity assessment form in the electronic patient record.",
                 "Director of Patient Care", ["Director of Patient Care"], "31/03/2025",
                 "Form live; guidance issued with the April clinical bulletin.", "Blue", "2025-03"),
                ("SD1.2", "Provide Mental Capacity Act training for doctors and nurses, delivered with the local "
                          "authority safeguarding team.",
                 "Head of Education / Safeguarding Lead", ["Head of Education", "Safeguarding Lead"], "Q1 2025/26",
                 "Sessions arranged for 12 May and 9 June.", "Green", "2025-06"),
            ]),
        ]),
        ("Well-led", [
            ("MD3 The provider must ensure that governance systems identify and act on shortfalls in the quality "
             "and safety of the service. (Regulation 17: Good governance)", [
                ("MD3.1", "Revise the clinical audit programme for 2025/26 so that every audit has a named owner, "
                          "a re-audit date and an action log reviewed at the Clinical Governance Group.",
                 "Head of Quality", ["Head of Quality"], "30/04/2025",
                 "Programme approved by Clinical Governance Group on 8 April.", "Blue", "2025-04"),
                ("MD3.2", "Introduce a quarterly quality and safety dashboard for the Board of Trustees.",
                 "Head of Quality", ["Head of Quality"], "June 2025",
                 "Dashboard design agreed; first report to the July Board.", "Green", "2025-06"),
            ]),
            ("SD2 The provider should ensure that learning from incidents and complaints is shared with all staff.", [
                ("SD2.1", "Publish a monthly ‘Learning from Events’ bulletin and add a learning item to team meeting "
                          "agendas.",
                 "Patient Safety Lead", ["Patient Safety Lead"], "31/05/2025",
                 "First bulletin delayed by the move to the new incident reporting system.", "Red", "2025-05"),
            ]),
        ]),
    ]
    rag_fill = {"Blue": FILL["blue"], "Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"]}
    rag_status = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    actions = []
    for sect, recs in sections:
        doc.add_heading(sect, level=1)
        for rec, items in recs:
            t = doc.add_table(rows=2, cols=6)
            t.style = "Table Grid"
            top = t.rows[0].cells[0].merge(t.rows[0].cells[5])
            set_cell(top, rec, bold=True)
            shade(top, FILL["sect"])
            for c, h in zip(t.rows[1].cells, ["Ref", "Action", "Lead", "Target date", "Progress update", "RAG"]):
                set_cell(c, h, bold=True)
            for ref, text, lead_txt, lead, due, prog, rag, end in items:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, text, lead_txt, due, prog, rag]):
                    set_cell(c, v)
                shade(cells[5], rag_fill[rag])
                actions.append(act(ref, [sect, rec], text, lead, end, rag_status[rag],
                                   None if end else due))
            doc.add_paragraph("")
    doc.add_paragraph("This action plan is monitored monthly by the Executive Leadership Team and quarterly by "
                      "the Quality and Governance Committee of the Board of Trustees.")
    doc.save(path(name))

    write_expected(name, {
        "source": "Imitates an independent hospice's action plan returned to the CQC after an inspection rated "
                  "Requires improvement (Thames Hospice, 2024–25): title, inspection line, document control "
                  "table, RAG key table, CQC key-question headings (Safe, Effective, Well-led) and one Word table "
                  "per must-do/should-do, with the must/should-do text in a merged shaded top row above Ref/Action/"
                  "Lead/Target date/Progress/RAG columns; multi-paragraph action cells; RAG words with fill.",
        "reads": "Ten actions answering three must-dos and two should-dos, grouped under the CQC key questions. "
                 "Each has a lead post (two posts where joined by a slash), a target date and a RAG word; Blue "
                 "means complete. Document control and the RAG key are not part of the plan.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name


# ---------------------------------------------------------------------------
# 6. Alcester Town Council action log (csv)
# ---------------------------------------------------------------------------
def csv_cell(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_alcester():
    name = "th-alcester-town-council-action-log-2025-26.csv"
    title = "Full Council and Committees – Action Log 2025/26"
    ncol = 7
    lines = []

    def line(*vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        lines.append(",".join(csv_cell(v) for v in vals))

    line("Alcester Town Council")
    line(title)
    line("Updated by the Town Clerk: 04/11/2025")
    line()
    line("Min Ref", "Meeting date", "Action", "Responsible", "Deadline", "Status", "Notes")
    groups = [
        ("FULL COUNCIL", [
            ("FC25/012", "13/05/2025", "Renew the council’s insurance with the current insurer under the three-year "
                                       "long-term agreement", "RFO", ["RFO"], "01/06/2025", "Complete",
             "Renewed 28/05/2025", "2025-06", "blue", None),
            ("FC25/019", "13/05/2025", "Write to Warwickshire County Council asking for the 20mph scheme on "
                                       "Priory Road to be brought forward", "Clerk", ["Clerk"], "June 2025",
             "Complete", "Reply received 02/07/2025 – scheme in 2026/27 programme", "2025-06", "blue", None),
            ("FC25/034", "08/07/2025", "Obtain three quotes for repairs to the Town Hall roof and rainwater goods\n"
                                       "(report to F&GP with recommendation)", "Clerk & Cllr Harris",
             ["Clerk", "Cllr Harris"], "Sep-25", "Amber",
             "Two quotes received; third contractor unable to quote until October", "2025-09", "amber", None),
            ("FC25/041", "08/07/2025", "Draft a Civility and Respect policy for adoption", "Deputy Clerk",
             ["Deputy Clerk"], "Next meeting", "Green", "", None, "green", "Next meeting"),
        ]),
        ("AMENITIES COMMITTEE", [
            ("AM25/007", "03/06/2025", "Arrange the annual independent inspection of the play areas at Kinwarton "
                                       "Road and the Greig Centre", "Amenities Officer", ["Amenities Officer"],
             "31/07/2025", "Complete", "Report circulated to members", "2025-07", "blue", None),
            ("AM25/011", "03/06/2025", "Replace the damaged safety surfacing under the Kinwarton Road swings",
             "Amenities Officer", ["Amenities Officer"], "Oct-25", "Red",
             "Works order raised but contractor has not confirmed a start date; chase again", "2025-10", "red", None),
            ("AM25/015", "02/09/2025", "Consult allotment tenants on the proposed rent increase for 2026/27",
             "Clerk", ["Clerk"], "30/11/2025", "", "", "2025-11", "unrated", None),
        ]),
        ("FINANCE AND GENERAL PURPOSES COMMITTEE", [
            ("FG25/009", "17/06/2025", "Respond to the internal auditor's recommendation on the fixed asset "
                                       "register and update the register before year end", "RFO", ["RFO"],
             "31/03/2026", "Green", "", "2026-03", "green", None),
            ("FG25/014", "16/09/2025", "Prepare the draft 2026/27 budget and precept options for the January "
                                       "meeting", "RFO and Chair of F&GP", ["RFO", "Chair of F&GP"],
             "December 2025", "Green", "Budget working group meets 11/11/2025", "2025-12", "green", None),
        ]),
    ]
    actions = []
    for g, items in groups:
        line(g)
        for ref, mdate, text, resp, lead, due, st, notes, end, rag, end_text in items:
            line(ref, mdate, text, resp, due, st, notes)
            actions.append(act(ref, [g], text, lead, end, rag, end_text))
    line()
    line("Status key: Complete = action done; Green = on track; Amber = delayed; Red = stalled or overdue; "
         "blank = not yet started")
    line("Completed actions are removed after they have been reported to the following Full Council meeting.")
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(name, {
        "source": "Imitates a town council's rolling action log kept by the Town Clerk and exported from Excel "
                  "to CSV (Alcester Town Council, Warwickshire, 2025/26): title lines, 'updated by' line, blank "
                  "padded columns, committee heading rows in capitals, minute references, meeting date column, "
                  "deadlines as dates, Mon-yy, month words and 'Next meeting', status words with a key line at "
                  "the foot, a quoted multi-line action cell and a closing note.",
        "reads": "Nine actions from Full Council and two committees, each under its committee heading with a "
                 "minute reference, who is responsible, a deadline and a status. The key line says Complete "
                 "means done and gives Green/Amber/Red; a blank status is not yet started.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name


# ---------------------------------------------------------------------------
# 7. Cats Protection ICO data protection audit action plan (txt, tab-separated)
# ---------------------------------------------------------------------------
def make_cats():
    name = "th-cats-protection-ico-data-protection-audit-action-plan.txt"
    title = "ICO Data Protection Audit – Management Action Plan"
    lines = [
        "Cats Protection",
        title,
        "Audit scope: Governance and accountability; Records management; Data sharing",
        "Version 4 – progress as at 31 July 2025 (for the Audit and Risk Committee)",
        "",
        "\t".join(["Ref", "Agreed action", "Action owner", "Target date", "Status", "Progress update"]),
    ]
    areas = [
        ("GOVERNANCE AND ACCOUNTABILITY", [
            ("Recommendation a03 – High priority: The organisation should ensure that information risks are "
             "identified, assessed and recorded on a central information risk register that is reviewed by the "
             "SIRO at least quarterly.", [
                ("a03.1", "Create an information risk register linked to the information asset register and "
                          "populate it for all Tier 1 assets.", "Head of Information Governance",
                 ["Head of Information Governance"], "31/03/2025", "Complete", "Register approved by SIRO 27/03/2025.",
                 "2025-03", "blue"),
                ("a03.2", "Add a standing information risk item to the quarterly SIRO review and to Audit and Risk "
                          "Committee agendas.", "Data Protection Officer", ["Data Protection Officer"], "June 2025",
                 "Complete", "", "2025-06", "blue"),
            ]),
            ("Recommendation a07 – Medium priority: The organisation should introduce key performance indicators "
             "for data protection compliance and report them to senior management.", [
                ("a07.1", "Develop data protection KPIs (SAR timeliness, breach reporting, training completion) and "
                          "report them monthly to the Executive Leadership Team.", "DPO", ["DPO"], "Q2 2025/26",
                 "Green", "Draft KPI set agreed; first report due September.", "2025-09", "green"),
            ]),
        ]),
        ("RECORDS MANAGEMENT", [
            ("Recommendation b02 – High priority: The organisation should finalise and implement a retention "
             "schedule covering adopter, supporter and volunteer records, and evidence that records are disposed "
             "of in line with it.", [
                ("b02.1", "Approve the updated corporate retention schedule, including adoption records held in "
                          "the adoption database and in branch paper files.", "Head of Information Governance",
                 ["Head of Information Governance"], "30/04/2025", "Complete", "", "2025-04", "blue"),
                ("b02.2", "Run the first automated deletion cycle in the supporter CRM for records past their "
                          "retention period.", "Head of Supporter Data / Director of Digital and Technology",
                 ["Head of Supporter Data", "Director of Digital and Technology"], "September 2025", "Amber",
                 "Deletion scripts tested; legal review of legacy pledger records has delayed go-live.",
                 "2025-09", "amber"),
                ("b02.3", "Issue guidance and a checklist to branches and centres on the secure disposal of paper "
                          "adoption forms.", "Branch Support Manager", ["Branch Support Manager"], "Q3 2025/26",
                 "Green", "", "2025-12", "green"),
            ]),
            ("Recommendation b05 – Low priority: The organisation should carry out periodic spot checks of clear "
             "desk and secure storage arrangements in adoption centres.", [
                ("b05.1", "Include records storage checks in the annual centre audit programme.",
                 "Head of Centre Operations", ["Head of Centre Operations"], "Ongoing", "Green",
                 "Added to the 2025 audit programme.", None, "green"),
            ]),
        ]),
        ("DATA SHARING", [
            ("Recommendation c01 – Urgent priority: The organisation should ensure that data sharing agreements "
             "are in place with all veterinary practices and rehoming partners that receive personal data.", [
                ("c01.1", "Complete a register of all routine data sharing with veterinary practices and partner "
                          "rescues.", "Data Protection Officer", ["Data Protection Officer"], "31/01/2025",
                 "Complete", "", "2025-01", "blue"),
                ("c01.2", "Issue the standard data sharing agreement to all partner practices and follow up "
                          "unsigned agreements.", "Head of Veterinary Services", ["Head of Veterinary Services"],
                 "May 2025", "Red", "62% returned; escalating through regional veterinary leads.",
                 "2025-05", "red"),
            ]),
            ("Recommendation c04 – Medium priority: The organisation should update privacy information for "
             "adopters to explain how their details are shared with microchip database providers.", [
                ("c04.1", "Update the adopter privacy notice and adoption paperwork to explain sharing with "
                          "microchip database providers.", "DPO", ["DPO"], "Dec-25", "Not started",
                 "Scheduled after the adoption form redesign.", "2025-12", "unrated"),
            ]),
        ]),
    ]
    actions = []
    for area, recs in areas:
        lines.append("")
        lines.append(area)
        for rec, items in recs:
            lines.append(rec)
            for ref, text, owner, lead, due, st, prog, end, rag in items:
                lines.append("\t".join([ref, text, owner, due, st, prog]))
                actions.append(act(ref, [area, rec], text, lead, end, rag, None if end else due))
    lines += ["", "Status key: Complete – implemented and evidenced; Green – on track; Amber – some slippage; "
                  "Red – significant delay, escalated; Not started.",
              "Source: ICO audit report (final), management responses agreed November 2024."]
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(name, {
        "source": "Imitates a charity's management action plan after an ICO consensual data protection audit "
                  "(Cats Protection, 2024–25), exported as tab-separated text: title lines, audit scope and "
                  "version line, a header row, audit-scope headings in capitals, each ICO recommendation (with "
                  "its ref and Urgent/High/Medium/Low priority) on its own line above numbered agreed actions, "
                  "owners as posts, target dates as dates, months, financial-year quarters and 'Ongoing', and a "
                  "status key at the foot.",
        "reads": "Ten agreed actions answering six ICO recommendations in three audit areas. Each action "
                 "line has a ref, owner, target date and status; the recommendation line above it is what it "
                 "answers.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name


def main():
    made = [make_woe(), make_vmd(), make_cbp(), make_cnpa(), make_hospice(), make_alcester(), make_cats()]
    for m in made:
        print(m)


if __name__ == "__main__":
    main()
