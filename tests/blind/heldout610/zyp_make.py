#!/usr/bin/env python3
"""Build the seven zyp- blind test files (set heldout610).

Data files only: three .xlsx (openpyxl), two .docx (python-docx), one .csv and one
tab-separated .txt written directly.  The NAME.expected.yaml files beside them were written
by hand from the content of these files.
"""
import csv
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

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
GREY = "D9D9D9"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def D(y, m, d):
    return dt.datetime(y, m, d)


def path(name):
    return os.path.join(HERE, name)


EXPECTED = {}


# ---------------------------------------------------------------------------
# 1. Sustrans strategic risk register 2025-26 (xlsx)
# ---------------------------------------------------------------------------
SUS_NAME = "zyp-sustrans-strategic-risk-register-2025-26.xlsx"
SUS_RISKS = [
    {
        "id": "SR1 Loss of unrestricted income",
        "desc": "Reduction in unrestricted fundraising and supporter income due to cost-of-living "
                "pressure on donors, leading to use of reserves and reduced charitable activity.",
        "owner": "Director of Finance and Resources",
        "inh": (4, 5), "res": (3, 4), "trend": "↔",
        "controls": "Reserves policy reviewed annually by Trustees\nMonthly management accounts to "
                    "Executive Team\nIncome diversification strategy 2024-27",
        "actions": [
            ("Deliver the regular-giving recruitment plan for 2025-26, including the face-to-face "
             "pilot in Scotland and Wales",
             "Director of Fundraising and Engagement", D(2026, 3, 31), "dd/mm/yyyy", "On track",
             "Q3: 2,140 new regular givers recruited against a year-end target of 2,500."),
            ("Model a downside income scenario in the 2026-27 budget and agree trigger points for "
             "cost reduction with Finance Committee",
             "Director of Finance and Resources / Head of Financial Planning", D(2026, 2, 28),
             "mmm-yy", "Complete",
             "Scenario presented to Finance Committee on 21 January 2026; triggers agreed."),
        ],
    },
    {
        "id": "SR2 Reduction in public funding for active travel",
        "desc": "Changes to Department for Transport and devolved government funding for active "
                "travel reduce grant income for National Cycle Network and behaviour-change "
                "programmes.",
        "owner": "Chief Executive",
        "inh": (4, 4), "res": (4, 3), "trend": "↑",
        "controls": "Regular engagement with Active Travel England, Transport Scotland, Welsh "
                    "Government and DfI\nGrant pipeline reviewed monthly",
        "actions": [
            ("Agree multi-year grant terms with Active Travel England for National Cycle Network "
             "maintenance",
             "Director of Network Development", "Q4 2025/26", None, "At risk",
             "Spending Review outcome awaited; interim one-year offer received in December."),
            ("Map programme staff on fixed-term contracts against grant end dates and agree a "
             "redeployment approach with HR",
             "Director of People & Culture", D(2025, 11, 30), "dd/mm/yyyy", "Complete",
             "Mapping completed; redeployment protocol agreed with staff forum."),
        ],
    },
    {
        "id": "SR3 Safety of people on the National Cycle Network",
        "desc": "Serious injury to a member of the public, volunteer or employee on paths, "
                "structures or land that Sustrans owns or manages, or during Sustrans activities.",
        "owner": "Director of Network Development",
        "inh": (3, 5), "res": (2, 5), "trend": "↔",
        "controls": "Health and safety policy and management system\nBridge and structure "
                    "inspection regime\nVolunteer ranger handbook",
        "actions": [
            ("Complete the condition survey of priority bridges and structures and prioritise "
             "repairs in the 2026-27 capital plan",
             "Head of Network Asset Management", D(2026, 3, 31), "dd/mm/yyyy", "Off track",
             "Survey contractor mobilised late; 61% of priority structures surveyed."),
            ("Roll out the revised volunteer ranger safety induction, including lone working and "
             "incident reporting",
             "Head of Volunteering; Health & Safety Manager", D(2026, 1, 31), "mmm-yy", "On track",
             "Induction live in England; Scotland and Wales sessions booked."),
            ("Review incident reporting data at each Health and Safety Committee and report "
             "trends to the Audit and Risk Committee",
             "Health & Safety Manager", "Quarterly", None, "On track",
             "Q3 trend report to ARC in February."),
        ],
    },
    {
        "id": "SR4 Cyber security and data protection",
        "desc": "A cyber attack or data breach results in loss of systems or personal data of "
                "supporters and volunteers, regulatory action and reputational damage.",
        "owner": "Chief Operating Officer",
        "inh": (4, 4), "res": (3, 4), "trend": "↓",
        "controls": "Managed security operations centre\nAnnual phishing simulation and "
                    "mandatory training\nCyber Essentials certification",
        "actions": [
            ("Implement multi-factor authentication for all volunteer accounts on the volunteer "
             "management system",
             "Head of Digital & IT", D(2025, 12, 31), "dd/mm/yyyy", "Not started",
             "Delayed pending supplier upgrade; start expected February 2026."),
            ("Achieve Cyber Essentials Plus recertification",
             "Head of Digital & IT", "June 2026", None, "On track",
             "Assessor booked for May 2026."),
        ],
    },
]
SUS_STATUS_FILL = {"On track": GREEN, "At risk": AMBER, "Off track": RED, "Complete": BLUE,
                   "Not started": None}


def score_fill(s):
    return RED if s >= 15 else (AMBER if s >= 8 else GREEN)


def make_sustrans():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Sustrans Strategic Risk Register 2025-26"
    ws["A1"].font = Font(size=18, bold=True)
    ws["A3"] = "Position at the end of Quarter 3 (31 December 2025)"
    ws["A4"] = "For: Audit and Risk Committee, 10 February 2026"
    ws["A5"] = "Register owner: Chief Operating Officer"
    ws["A7"] = "Version control"
    ws["A7"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Change"),
            ("1.0", "03/04/2025", "Risk & Assurance Manager", "Annual refresh approved by Trustees"),
            ("1.1", "14/07/2025", "Risk & Assurance Manager", "Q1 update"),
            ("1.2", "13/10/2025", "Risk & Assurance Manager", "Q2 update; SR2 score increased"),
            ("1.3", "19/01/2026", "Risk & Assurance Manager", "Q3 update")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = ws.cell(row=8 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    for col, w in zip("ABCD", (12, 14, 28, 44)):
        ws.column_dimensions[col].width = w

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Strategic risks – summary of residual scores (Q3 2025-26)"
    sm["A1"].font = Font(size=14, bold=True)
    hdr = ("Risk", "Risk owner", "Inherent score", "Residual score", "Trend since Q2")
    for j, v in enumerate(hdr):
        c = sm.cell(row=3, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    for i, r in enumerate(SUS_RISKS):
        inh = r["inh"][0] * r["inh"][1]
        res = r["res"][0] * r["res"][1]
        vals = (r["id"], r["owner"], inh, res, r["trend"])
        for j, v in enumerate(vals):
            c = sm.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
        sm.cell(row=4 + i, column=3).fill = fill(score_fill(inh))
        sm.cell(row=4 + i, column=4).fill = fill(score_fill(res))
    sm.cell(row=9, column=1, value="Four strategic risks; one increased since Q2 (SR2), one "
                                   "reduced (SR4).")
    sm.column_dimensions["A"].width = 52
    sm.column_dimensions["B"].width = 36

    # Register sheet
    rg = wb.create_sheet("Risk Register")
    rg["A1"] = "Strategic Risk Register 2025-26 – Q3 position"
    rg["A1"].font = Font(size=14, bold=True)
    rg["A2"] = "Scores are Likelihood (L) x Impact (I), each 1–5. Further actions are tracked " \
               "to completion by the named action owner."
    hdr = ("Risk", "Risk description (cause, event, effect)", "Risk owner",
           "Inherent L", "Inherent I", "Inherent score", "Key controls in place",
           "Residual L", "Residual I", "Residual score", "Trend",
           "Further actions required", "Action owner", "Target date", "Action status",
           "Q3 update")
    for j, v in enumerate(hdr):
        c = rg.cell(row=4, column=1 + j, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E79")
        c.alignment = WRAP
        c.border = BOX
    row = 5
    for r in SUS_RISKS:
        n = len(r["actions"])
        inh = r["inh"][0] * r["inh"][1]
        res = r["res"][0] * r["res"][1]
        top = {1: r["id"], 2: r["desc"], 3: r["owner"], 4: r["inh"][0], 5: r["inh"][1],
               6: inh, 7: r["controls"], 8: r["res"][0], 9: r["res"][1], 10: res,
               11: r["trend"]}
        for col, v in top.items():
            c = rg.cell(row=row, column=col, value=v)
            c.alignment = WRAP
            if n > 1:
                rg.merge_cells(start_row=row, start_column=col, end_row=row + n - 1,
                               end_column=col)
        rg.cell(row=row, column=1).font = Font(bold=True)
        rg.cell(row=row, column=6).fill = fill(score_fill(inh))
        rg.cell(row=row, column=10).fill = fill(score_fill(res))
        for k, (text, owner, target, fmt, status, upd) in enumerate(r["actions"]):
            rr = row + k
            rg.cell(row=rr, column=12, value=text)
            rg.cell(row=rr, column=13, value=owner)
            c = rg.cell(row=rr, column=14, value=target)
            if fmt:
                c.number_format = fmt
            s = rg.cell(row=rr, column=15, value=status)
            if SUS_STATUS_FILL[status]:
                s.fill = fill(SUS_STATUS_FILL[status])
            rg.cell(row=rr, column=16, value=upd)
            for col in range(1, 17):
                rg.cell(row=rr, column=col).alignment = WRAP
                rg.cell(row=rr, column=col).border = BOX
        row += n
    row += 1
    rg.cell(row=row, column=1, value="Residual score: 15–25 high (red), 8–12 medium (amber), "
                                     "1–6 low (green). Trend: ↑ increasing, ↔ stable, "
                                     "↓ reducing.")
    widths = dict(A=26, B=40, C=22, D=8, E=8, F=9, G=36, H=8, I=8, J=9, K=7, L=48, M=28, N=12,
                  O=12, P=40)
    for k, v in widths.items():
        rg.column_dimensions[k].width = v
    rg.freeze_panes = "A5"

    # Key sheet
    ky = wb.create_sheet("Scoring key")
    ky["A1"] = "Risk scoring and action status key"
    ky["A1"].font = Font(bold=True, size=14)
    ky["A3"] = "Likelihood"
    ky["B3"] = "Impact"
    for i, (a, b) in enumerate([("1 Rare", "1 Minimal"), ("2 Unlikely", "2 Minor"),
                                ("3 Possible", "3 Moderate"), ("4 Likely", "4 Major"),
                                ("5 Almost certain", "5 Severe")]):
        ky.cell(row=4 + i, column=1, value=a)
        ky.cell(row=4 + i, column=2, value=b)
    ky["A10"] = "Action status"
    ky["A10"].font = Font(bold=True)
    for i, (w, col, m) in enumerate([("Complete", BLUE, "Action delivered"),
                                     ("On track", GREEN, "Expected by target date"),
                                     ("At risk", AMBER, "Target date may be missed"),
                                     ("Off track", RED, "Target date will be missed"),
                                     ("Not started", None, "Work not yet begun")]):
        c = ky.cell(row=11 + i, column=1, value=w)
        if col:
            c.fill = fill(col)
        ky.cell(row=11 + i, column=2, value=m)
    ky.column_dimensions["A"].width = 20
    ky.column_dimensions["B"].width = 30
    wb.save(path(SUS_NAME))


# ---------------------------------------------------------------------------
# 2. Horserace Betting Levy Board ARAC internal audit tracker (xlsx)
# ---------------------------------------------------------------------------
HB_NAME = "zyp-horserace-betting-levy-board-arac-internal-audit-recommendations-tracker.xlsx"
HB_AUDITS = [
    ("Levy Assessment and Collection – July 2025 (Moderate)", "LAC", [
        ("LAC.1", "High",
         "Reconcile levy returns received from bookmakers to the Gambling Commission operator "
         "licence list each quarter to identify non-returners.",
         [("Quarterly reconciliation of levy returns to the Gambling Commission licence register "
           "to be introduced and evidenced, with exceptions reported to the Finance Director.",
           "Head of Levy", D(2025, 9, 30), D(2025, 12, 31), "A", "B",
           "Q2 and Q3 reconciliations completed; evidence sent to GIAA for validation.")]),
        ("LAC.2", "Medium",
         "Document the process for assessing and challenging late or estimated levy returns, "
         "including escalation to enforcement.",
         [("Write a procedure note for late and estimated returns, including the timetable for "
           "reminder letters and assessments.",
           "Levy Manager", D(2026, 3, 31), None, "G", "G",
           "Draft procedure note with Head of Levy for review."),
          ("Agree escalation criteria with the Board's legal advisers for referral of "
           "persistent non-payers to enforcement.",
           "Finance Director / Head of Levy", D(2026, 1, 31), D(2026, 4, 30), "G", "A",
           "Legal advice received late January; criteria to be considered by the Executive "
           "in April.")]),
    ]),
    ("Grant Management and Monitoring – October 2025 (Limited)", "GMM", [
        ("GMM.1", "High",
         "Obtain and review evidence of expenditure from grant recipients before releasing the "
         "final instalment of capital grants.",
         [("Introduce a pre-payment evidence checklist for capital grant final instalments, "
           "signed off by a second officer.",
           "Grants & Projects Manager", D(2025, 12, 31), None, "A", "R",
           "Checklist drafted but not yet in use; two final instalments paid in January without "
           "second sign-off.")]),
        ("GMM.2", "Medium",
         "Maintain a single register of all grants awarded with payment and monitoring "
         "milestones.",
         [("Migrate grant records from individual spreadsheets into a single grants register on "
           "SharePoint, reviewed monthly by the Grants & Projects Manager.",
           "Grants & Projects Manager", D(2026, 2, 28), D(2026, 6, 30), "G", "A",
           "Register built; migration of historic grants (2019-2023) outstanding.")]),
        ("GMM.3", "Low",
         "Update the grant conditions template to reference the Board's counter-fraud policy.",
         [("Revise the standard grant conditions to include the counter-fraud clause and "
           "publish on the website.",
           "Head of Governance", D(2025, 11, 30), None, "G", "B",
           "Template updated and approved by the Executive on 18 November 2025.")]),
    ]),
    ("Cyber Security and IT Resilience – January 2026 (Moderate)", "CYB", [
        ("CYB.1", "High",
         "Test the IT disaster recovery plan, including restoration of the levy system from "
         "backup, at least annually.",
         [("Commission a full disaster recovery test with the managed service provider and "
           "report the results to ARAC.",
           "Head of Corporate Services", D(2026, 6, 30), None, "New", "G",
           "Test date agreed with provider for 20 May 2026.")]),
        ("CYB.2", "Medium",
         "Remove leavers' access to systems on the day of leaving and review user access "
         "quarterly.",
         [("Implement a leavers' checklist linked to HR notifications and a quarterly user "
           "access review.",
           "Head of Corporate Services; HR Business Partner", D(2026, 3, 31), None, "New", "G",
           "Checklist in use from February; first access review due March.")]),
    ]),
]
RAG_FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}


def make_hblb():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Horserace Betting Levy Board – Internal Audit Recommendations Tracker"
    sm["A1"].font = Font(size=14, bold=True)
    sm["A2"] = "Audit and Risk Assurance Committee, 17 March 2026 – Agenda item 6"
    sm["A4"] = "Open recommendations by audit and current RAG"
    sm["A4"].font = Font(bold=True)
    hdr = ("Audit", "Actions", "B", "G", "A", "R")
    for j, v in enumerate(hdr):
        c = sm.cell(row=5, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    r = 6
    tot = [0, 0, 0, 0, 0]
    for title, _, recs in HB_AUDITS:
        acts = [a for rec in recs for a in rec[3]]
        counts = [len(acts)] + [sum(1 for a in acts if a[5] == k) for k in "BGAR"]
        tot = [x + y for x, y in zip(tot, counts)]
        for j, v in enumerate([title] + counts):
            sm.cell(row=r, column=1 + j, value=v).border = BOX
        r += 1
    for j, v in enumerate(["Total"] + tot):
        c = sm.cell(row=r, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    sm.column_dimensions["A"].width = 60

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Horserace Betting Levy Board"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A2"] = "Internal audit recommendations – status at 28 February 2026"
    ws["A3"] = ("RAG key:  B = implemented, awaiting GIAA validation;  G = on track to meet the "
                "target date;  A = at risk of missing the target date;  R = target date missed")
    ws["A3"].font = Font(italic=True)
    hdr = ("Rec no.", "Priority", "Recommendation", "Agreed management action", "Action owner",
           "Original target date", "Revised target date", "Previous RAG (Nov 2025)",
           "Current RAG", "Progress update")
    for j, v in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("003B2E")
        c.alignment = WRAP
        c.border = BOX
    row = 6
    for title, _, recs in HB_AUDITS:
        c = ws.cell(row=row, column=1, value=title)
        c.font = Font(bold=True)
        for col in range(1, 11):
            ws.cell(row=row, column=col).fill = fill("E2EFDA")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
        row += 1
        for ref, pri, rec, acts in recs:
            n = len(acts)
            ws.cell(row=row, column=1, value=ref)
            ws.cell(row=row, column=2, value=pri)
            ws.cell(row=row, column=3, value=rec)
            if n > 1:
                for col in (1, 2, 3):
                    ws.merge_cells(start_row=row, start_column=col, end_row=row + n - 1,
                                   end_column=col)
            for k, (act, owner, orig, rev, prev, cur, upd) in enumerate(acts):
                rr = row + k
                ws.cell(row=rr, column=4, value=act)
                ws.cell(row=rr, column=5, value=owner)
                c = ws.cell(row=rr, column=6, value=orig)
                c.number_format = "dd/mm/yyyy"
                if rev:
                    c = ws.cell(row=rr, column=7, value=rev)
                    c.number_format = "dd/mm/yyyy"
                p = ws.cell(row=rr, column=8, value=prev)
                if prev in RAG_FILL:
                    p.fill = fill(RAG_FILL[prev])
                q = ws.cell(row=rr, column=9, value=cur)
                q.fill = fill(RAG_FILL[cur])
                ws.cell(row=rr, column=10, value=upd)
                for col in range(1, 11):
                    ws.cell(row=rr, column=col).alignment = WRAP
                    ws.cell(row=rr, column=col).border = BOX
                    if col in (8, 9):
                        ws.cell(row=rr, column=col).alignment = Alignment(horizontal="center",
                                                                          vertical="top")
            row += n
    row += 1
    ws.cell(row=row, column=1, value="Notes: recommendations rated B are removed from the "
                                     "tracker once GIAA has validated the evidence. Revised "
                                     "target dates were agreed by ARAC on 25 November 2025.")
    widths = dict(A=9, B=9, C=44, D=48, E=26, F=12, G=12, H=11, I=9, J=42)
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "A6"
    wb.save(path(HB_NAME))


# ---------------------------------------------------------------------------
# 3. Newcastle Building Society s166 remediation tracker (xlsx) – REFUSE
# ---------------------------------------------------------------------------
NBS_NAME = ("zyp-newcastle-building-society-fca-s166-skilled-person-review-remediation-tracker"
            "-typo-month-refuse.xlsx")
NBS_WS = [
    ("WS1 Governance and management information", [
        ("F1", "Board and Board Risk Committee MI on arrears reported volumes and balances but "
               "not customer outcomes.", [
            ("1.1", "Redesign the monthly arrears and forbearance MI pack to include customer "
                    "outcome measures agreed with the Skilled Person",
             "Chief Risk Officer (SMF4)", "Head of Collections & Recoveries", "30 November 2025",
             "Complete", "New pack presented to Board Risk Committee in December."),
            ("1.2", "Add a financial difficulty outcomes section to the annual Consumer Duty "
                    "board report",
             "Chief Risk Officer (SMF4)", "Consumer Duty Lead", "31 July 2026", "On track",
             "Outline agreed; data sources mapped."),
        ]),
    ]),
    ("WS2 Customer treatment and forbearance", [
        ("F2", "Forbearance options were not always tailored to customers' individual "
               "circumstances, and income and expenditure assessments were incomplete.", [
            ("2.1", "Rewrite the forbearance policy and decision tree in line with the FCA's "
                    "Tailored Support Guidance (MCOB 13)",
             "Chief Operating Officer (SMF24)", "Head of Collections & Recoveries",
             "31 December 2025", "Complete", "Policy approved by Executive Risk Committee "
                                              "on 16 December 2025."),
            ("2.2", "Train all collections colleagues on the revised policy and the new income "
                    "and expenditure tool",
             "Chief Operating Officer (SMF24)", "Collections Training Manager",
             "31 January 2026", "On track", "82% of colleagues trained at 31 December."),
            ("2.3", "Quality assurance review of a sample of 2023-2025 forbearance cases to "
                    "identify customers who may need redress",
             "Chief Risk Officer (SMF4)", "Head of Quality Assurance", "Febuary 2026",
             "At risk", "Sample of 400 cases selected; review resourcing agreed."),
        ]),
    ]),
    ("WS3 Vulnerable customers", [
        ("F3", "Vulnerability flags were recorded inconsistently and were not visible to all "
               "colleagues handling arrears.", [
            ("3.1", "Make vulnerability indicators visible on the collections system screen "
                    "and in the dialler",
             "Chief Operating Officer (SMF24)", "Head of IT Change", "30 April 2026",
             "Off track", "System release moved to the May change window."),
            ("3.2", "Introduce monthly vulnerability file reviews by the Specialist Support "
                    "Team",
             "Chief Operating Officer (SMF24)", "Specialist Support Team Manager",
             "Monthly from January 2026", "On track", "First review completed January 2026."),
        ]),
    ]),
    ("WS4 Redress and assurance", [
        ("F4", "The Society had not assessed whether customers suffered harm from historic "
               "arrears fees.", [
            ("4.1", "Complete the arrears fee review and agree the redress methodology with the "
                    "Skilled Person",
             "Chief Financial Officer (SMF2)", "Head of Finance", "30 June 2026", "On track",
             "Methodology paper drafted."),
            ("4.2", "Third-line assurance review of remediation by Internal Audit before "
                    "closure is reported to the FCA",
             "Chair of the Board Audit Committee", "Chief Internal Auditor", "September 2026",
             "Not started", "Scheduled in the 2026 internal audit plan."),
        ]),
    ]),
]
NBS_STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED,
                   "Not started": None}
NBS_TYPO_ROW = None


def make_nbs():
    global NBS_TYPO_ROW
    wb = Workbook()
    db = wb.active
    db.title = "Dashboard"
    db["A1"] = "Newcastle Building Society – s166 Skilled Person Review: Remediation Tracker"
    db["A1"].font = Font(size=14, bold=True)
    db["A2"] = "Board Risk Committee – position at 31 December 2025 (Strictly confidential)"
    hdr = ("Workstream", "Actions", "Complete", "On track", "At risk", "Off track",
           "Not started", "Workstream RAG")
    for j, v in enumerate(hdr):
        c = db.cell(row=4, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    r = 5
    for ws_name, findings in NBS_WS:
        acts = [a for f in findings for a in f[2]]
        counts = [len(acts)] + [sum(1 for a in acts if a[5] == k)
                                for k in ("Complete", "On track", "At risk", "Off track",
                                          "Not started")]
        rag = "R" if counts[4] else ("A" if counts[3] else "G")
        for j, v in enumerate([ws_name] + counts + [rag]):
            db.cell(row=r, column=1 + j, value=v).border = BOX
        db.cell(row=r, column=8).fill = fill(RAG_FILL[rag])
        r += 1
    db.column_dimensions["A"].width = 46

    ws = wb.create_sheet("Remediation Plan")
    ws["A1"] = "Skilled Person Review (s166) – Mortgage Arrears and Forbearance"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A2"] = "Remediation plan agreed with the FCA on 12 September 2025. Updated monthly by " \
               "the Remediation Programme Office."
    hdr = ("Workstream", "Finding ref", "Skilled Person finding", "Action ID",
           "Remediation action", "Accountable SMF", "Action owner", "Target date", "Status",
           "Commentary")
    for j, v in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("002855")
        c.alignment = WRAP
        c.border = BOX
    row = 5
    for ws_name, findings in NBS_WS:
        n_ws = sum(len(f[2]) for f in findings)
        ws.cell(row=row, column=1, value=ws_name)
        if n_ws > 1:
            ws.merge_cells(start_row=row, start_column=1, end_row=row + n_ws - 1, end_column=1)
        for fref, ftext, acts in findings:
            n = len(acts)
            ws.cell(row=row, column=2, value=fref)
            ws.cell(row=row, column=3, value=ftext)
            if n > 1:
                for col in (2, 3):
                    ws.merge_cells(start_row=row, start_column=col, end_row=row + n - 1,
                                   end_column=col)
            for k, (aid, text, smf, owner, target, status, comm) in enumerate(acts):
                rr = row + k
                ws.cell(row=rr, column=4, value=aid)
                ws.cell(row=rr, column=5, value=text)
                ws.cell(row=rr, column=6, value=smf)
                ws.cell(row=rr, column=7, value=owner)
                ws.cell(row=rr, column=8, value=target)
                if target == "Febuary 2026":
                    NBS_TYPO_ROW = rr
                s = ws.cell(row=rr, column=9, value=status)
                if NBS_STATUS_FILL[status]:
                    s.fill = fill(NBS_STATUS_FILL[status])
                ws.cell(row=rr, column=10, value=comm)
                for col in range(1, 11):
                    ws.cell(row=rr, column=col).alignment = WRAP
                    ws.cell(row=rr, column=col).border = BOX
            row += n
    widths = dict(A=24, B=8, C=40, D=8, E=48, F=26, G=28, H=16, I=12, J=40)
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    cl = wb.create_sheet("Change log")
    for j, v in enumerate(("Date", "Change", "By")):
        cl.cell(row=1, column=1 + j, value=v).font = Font(bold=True)
    for i, r_ in enumerate([("12/09/2025", "Plan agreed with FCA supervisors", "RPO"),
                            ("31/10/2025", "Action 3.2 added at Skilled Person request", "RPO"),
                            ("31/12/2025", "December status update", "RPO")]):
        for j, v in enumerate(r_):
            cl.cell(row=2 + i, column=1 + j, value=v)
    wb.save(path(NBS_NAME))


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


def set_cell(cell, text, bold=False, size=9):
    """Write text into a cell; '\n' in text starts a new paragraph."""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    run.font.size = Pt(size)
    for part in parts[1:]:
        p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def header_row(table, labels, hex_="1F3864"):
    for c, lab in zip(table.rows[0].cells, labels):
        set_cell(c, lab, bold=True)
        shade(c, hex_)
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


# ---------------------------------------------------------------------------
# 4. PDSA ICO data protection audit action plan (docx)
# ---------------------------------------------------------------------------
PDSA_NAME = "zyp-pdsa-ico-data-protection-audit-action-plan.docx"
PDSA_SECTIONS = [
    ("1. Governance and Accountability", [
        ("A4", "High",
         "PDSA should ensure that the Data Protection Officer reports directly to the highest "
         "management level and that a DPO report is a standing item at the Audit and Risk "
         "Committee.",
         [("DPO quarterly report added to the Audit and Risk Committee forward plan from "
           "December 2025; committee terms of reference updated.",
           "Company Secretary", "December 2025", "Complete")]),
        ("A9", "Medium",
         "PDSA should complete its record of processing activities (ROPA) for all "
         "directorates, including Pet Hospitals and Retail.",
         [("Complete ROPA returns for the Pet Hospitals directorate using the revised ROPA "
           "template.",
           "Data Protection Officer / Head of Clinical Governance", "31 January 2026",
           "Complete"),
          ("Complete ROPA returns for Retail and Fundraising and publish the consolidated ROPA "
           "on the intranet.",
           "Data Protection Officer", "31 March 2026", "Amber")]),
    ]),
    ("2. Training and Awareness", [
        ("B2", "High",
         "PDSA should ensure that all staff and volunteers with access to personal data "
         "complete data protection training at induction and annually thereafter.",
         [("Mandatory annual data protection e-learning launched on the LMS for all staff; "
           "volunteer version to follow via the volunteer portal.\nCompletion rates reported "
           "monthly to the Executive Board.",
           "Head of Learning and Development", "April 2026", "Green")]),
        ("B7", "Low",
         "PDSA should record specialist training requirements for staff in high-risk roles "
         "such as the Supporter Care team.",
         [("Add role-based training requirements to the LMS for the Supporter Care and Data & "
           "Insight teams.",
           "Head of Supporter Care", "Q1 2026/27", "Green")]),
    ]),
    ("3. Records Management", [
        ("C3", "High",
         "PDSA should apply its retention schedule to paper clinical records held in Pet "
         "Hospital archive rooms and keep evidence of secure destruction.",
         [("Archive review at all 48 Pet Hospitals; records past their retention period "
           "destroyed by the approved confidential waste contractor, with certificates "
           "retained.",
           "Pet Hospital Operations Managers", "September 2026", "Amber")]),
        ("C5", "Medium",
         "PDSA should ensure that personal data is not stored on shared drives outside the "
         "agreed file plan.",
         [("Shared drive clean-up by each directorate, with quarterly checks by the Data "
           "Protection team.",
           "Head of IT Service Delivery", "Ongoing", "Green")]),
    ]),
    ("4. Requests for Personal Data", [
        ("D1", "Urgent",
         "PDSA should implement a central log of subject access requests received through all "
         "channels, including those made in person at Pet Hospitals and shops.",
         [("Central SAR log created in the case management system; Pet Hospitals and shops "
           "instructed to forward all requests to the Data Protection team within one working "
           "day.",
           "Data Protection Officer", "October 2025", "Complete")]),
        ("D4", "Medium",
         "PDSA should monitor SAR response times against the one-month statutory deadline and "
         "report performance to senior management.",
         [("SAR performance (requests received, responded to within one month, extensions "
           "applied) included in the monthly DPO dashboard.",
           "Data Protection Manager", "November 2025", "Complete")]),
    ]),
]
PDSA_STATUS_FILL = {"Complete": "8EAADB", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}


def make_pdsa():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading("PDSA – ICO Data Protection Audit: Management Action Plan", level=0)
    doc.add_paragraph("People's Dispensary for Sick Animals (PDSA) – registered charity "
                      "numbers 208217 and SC037585")
    doc.add_paragraph("Audit fieldwork: 2–4 September 2025.  Final report received: 14 "
                      "November 2025.  Overall assurance rating: Reasonable.")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    header_row(t, ("Version", "Date", "Author", "Approved by"), "595959")
    for i, r in enumerate([("0.1", "01/12/2025", "Data Protection Officer", "–"),
                           ("1.0", "09/12/2025", "Data Protection Officer",
                            "Executive Board"),
                           ("1.1", "20/02/2026", "Data Protection Manager",
                            "Audit and Risk Committee")]):
        for c, v in zip(t.rows[i + 1].cells, r):
            set_cell(c, v)

    doc.add_heading("Recommendation priorities (ICO)", level=2)
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    header_row(t, ("Priority", "Meaning"), "595959")
    for i, r in enumerate([("Urgent", "Immediate action needed to address a high risk of "
                                      "non-compliance"),
                           ("High", "Action needed to address a significant risk"),
                           ("Medium", "Action needed to address a moderate risk"),
                           ("Low", "Action would improve good practice")]):
        for c, v in zip(t.rows[i + 1].cells, r):
            set_cell(c, v)

    doc.add_paragraph("Status: Complete = action delivered and evidenced; Green = on track; "
                      "Amber = at risk of delay; Red = overdue.")

    doc.add_heading("Summary", level=2)
    t = doc.add_table(rows=6, cols=3)
    t.style = "Table Grid"
    header_row(t, ("Scope area", "Recommendations", "Actions complete"), "595959")
    for i, (sec, recs) in enumerate(PDSA_SECTIONS):
        acts = [a for r in recs for a in r[3]]
        vals = (sec, str(len(recs)), f"{sum(1 for a in acts if a[3] == 'Complete')} of "
                                     f"{len(acts)}")
        for c, v in zip(t.rows[i + 1].cells, vals):
            set_cell(c, v)
    allacts = [a for _, recs in PDSA_SECTIONS for r in recs for a in r[3]]
    for c, v in zip(t.rows[5].cells, ("Total", str(sum(len(r) for _, r in PDSA_SECTIONS)),
                                      f"{sum(1 for a in allacts if a[3] == 'Complete')} of "
                                      f"{len(allacts)}")):
        set_cell(c, v, bold=True)

    labels = ("Ref", "Priority", "ICO recommendation", "PDSA management response / agreed "
              "action", "Action owner", "Target date", "Status")
    for sec, recs in PDSA_SECTIONS:
        doc.add_heading(sec, level=1)
        n_rows = 1 + sum(len(r[3]) for r in recs)
        t = doc.add_table(rows=n_rows, cols=7)
        t.style = "Table Grid"
        header_row(t, labels)
        ri = 1
        for ref, pri, rec, acts in recs:
            first = t.rows[ri]
            set_cell(first.cells[0], ref, bold=True)
            set_cell(first.cells[1], pri)
            set_cell(first.cells[2], rec)
            for k, (act, owner, target, status) in enumerate(acts):
                row = t.rows[ri + k]
                set_cell(row.cells[3], act)
                set_cell(row.cells[4], owner)
                set_cell(row.cells[5], target)
                set_cell(row.cells[6], status)
                shade(row.cells[6], PDSA_STATUS_FILL[status])
            if len(acts) > 1:
                for col in (0, 1, 2):
                    a = t.cell(ri, col)
                    b = t.cell(ri + len(acts) - 1, col)
                    a.merge(b)
            ri += len(acts)

    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    header_row(t, ("Role", "Name", "Date"), "595959")
    for i, r in enumerate([("Senior Information Risk Owner", "Director of Finance", "09/12/2025"),
                           ("Data Protection Officer", "DPO", "09/12/2025")]):
        for c, v in zip(t.rows[i + 1].cells, r):
            set_cell(c, v)
    doc.save(path(PDSA_NAME))


# ---------------------------------------------------------------------------
# 5. Monmouth Town Council Storm Claudia lessons learned (docx)
# ---------------------------------------------------------------------------
MTC_NAME = "zyp-monmouth-town-council-storm-claudia-flood-lessons-learned-action-plan.docx"
MTC_LESSONS = [
    ("Lesson 1: Warning and informing",
     "Flood warnings for the Monnow reached some councillors and traders only through social "
     "media. The Council office was not registered for Floodline and there was no agreed way "
     "of passing warnings to residents in the streets that flooded.",
     [("1.1", "Register the Town Council office, the Shire Hall and all councillors for "
              "Natural Resources Wales Floodline warnings for the Monnow and Wye.",
       "Town Clerk", "December 2025", GREEN, "Done – 14 registrations confirmed."),
      ("1.2", "Set up a community alert group for Drybridge Street, Monnow Street and Over "
              "Monnow, administered by the Council and the flood wardens.",
       "Deputy Clerk & Cllr Evans", "January 2026", AMBER, "Group set up; 63 members so far."),
      ]),
    ("Lesson 2: Flood wardens and volunteers",
     "Volunteers turned out in large numbers on 15 November but there were only three trained "
     "flood wardens, and no stock of sandbags held in the town.",
     [("2.1", "Recruit and train at least eight more flood wardens with Monmouthshire County "
              "Council's Emergency Planning team.",
       "Cllr Evans", "31 March 2026", AMBER, "Five volunteers recruited; training booked for "
                                            "March."),
      ("2.2", "Buy a stock of flood sacks and store them at the Council depot and the Shire "
              "Hall.",
       "Facilities Officer", "October 2026", None, "Not yet started – budget bid for 2026/27."),
      ]),
    ("Lesson 3: Rest centre and welfare",
     "Residents who left their homes had nowhere in the town centre to wait, get warm or find "
     "information until the county council opened a rest centre late in the evening.",
     [("3.1", "Agree with Monmouthshire County Council that the Shire Hall can be used as a "
              "drop-in centre in an emergency, including out-of-hours key holding.",
       "Town Clerk", "February 2026", RED, "Awaiting county council's draft agreement."),
      ("3.2", "Prepare a welfare 'grab box' (torches, blankets, first aid kit, hi-vis) for the "
              "Shire Hall.",
       "Deputy Clerk", "January 2026", GREEN, "Box in place and checked."),
      ]),
    ("Lesson 4: Recovery and support for businesses",
     "Many of the flooded premises were small shops and cafés. Owners told us they did not "
     "know what help was available or who to ask.",
     [("4.1", "Work with Monmouth Chamber of Commerce to signpost flooded businesses to the "
              "county council's recovery grants and business rates relief.\nPublish a "
              "recovery information page on the Council website.",
       "Town Clerk and Cllr Morgan", "Ongoing", AMBER, "Web page live; Chamber drop-in held "
                                                       "on 9 December."),
      ("4.2", "Write to Natural Resources Wales asking for a review of the Monnow flood "
              "defences at Over Monnow.",
       "Mayor", "December 2025", GREEN, "Letter sent 2 December; reply received."),
      ]),
]


def make_mtc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    h = doc.add_heading("Monmouth Town Council – Storm Claudia Lessons Learned Action Plan",
                        level=0)
    doc.add_paragraph("Flooding of 14–15 November 2025.  Presented to Full Council on 19 "
                      "January 2026.  Monitored by the Environment and Amenities Committee.")
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "Storm Claudia brought prolonged heavy rain to Monmouthshire. The River Monnow burst "
        "its banks overnight and homes and businesses in Over Monnow, Drybridge Street and "
        "lower Monnow Street were flooded. The Town Council held a debrief with councillors, "
        "staff, flood volunteers and the Chamber of Commerce on 3 December 2025. This plan "
        "sets out what we learned and what the Council will do. Actions for other "
        "organisations are being taken forward through the county council's multi-agency "
        "debrief.")
    p = doc.add_paragraph()
    p.add_run("How to read the RAG column: ").bold = True
    p.add_run("Green – complete;  Amber – in progress, on schedule;  Red – behind schedule;  "
              "no colour – not yet due to start.")
    for lesson, narrative, acts in MTC_LESSONS:
        doc.add_heading(lesson, level=1)
        p = doc.add_paragraph()
        p.add_run("What we learned: ").bold = True
        p.add_run(narrative)
        t = doc.add_table(rows=1 + len(acts), cols=6)
        t.style = "Table Grid"
        header_row(t, ("No.", "Action", "Who", "By when", "RAG", "Progress"), "2F5496")
        for i, (ref, act, who, when, rag, prog) in enumerate(acts):
            cells = t.rows[i + 1].cells
            set_cell(cells[0], ref, size=10)
            set_cell(cells[1], act, size=10)
            set_cell(cells[2], who, size=10)
            set_cell(cells[3], when, size=10)
            if rag:
                shade(cells[4], rag)
            set_cell(cells[5], prog, size=10)
        doc.add_paragraph()
    doc.add_paragraph("Next review: Environment and Amenities Committee, April 2026.")
    doc.save(path(MTC_NAME))


# ---------------------------------------------------------------------------
# 6. St Oswald's Hospice CQC inspection action plan (csv)
# ---------------------------------------------------------------------------
SOH_NAME = "zyp-st-oswalds-hospice-cqc-inspection-action-plan.csv"
SOH_SECTIONS = [
    ("Safe", [
        ("The service should ensure that controlled drug stock checks on the inpatient unit are "
         "completed and signed by two registered nurses at every shift handover.", [
            ("S1.1", "Revise the CD stock check procedure and handover checklist to require two "
                     "signatures", "Ward Manager (IPU)", "31/10/2025", "B",
             "Procedure v4 issued 20/10/2025"),
            ("S1.2", "Monthly audit of CD registers by the pharmacist, results reported to the "
                     "Medicines Management Group", "Lead Pharmacist", "Monthly", "G",
             "Oct, Nov, Dec audits 100% compliant"),
        ]),
        ("The service should ensure that all clinical staff complete level 3 safeguarding "
         "adults training in line with the intercollegiate guidance.", [
            ("S2.1", "Book all registered clinical staff onto level 3 safeguarding adults "
                     "training; target 90% compliance", "Safeguarding Lead / Practice Educator",
             "31/03/2026", "A", "74% at end of December; extra dates added in February"),
        ]),
    ]),
    ("Effective", [
        ("The service should make sure that mental capacity assessments are recorded for "
         "patients who may lack capacity to consent to care and treatment.", [
            ("E1.1", "Add a mental capacity assessment template to SystmOne and train IPU and "
                     "Hospice at Home staff in its use", "Clinical Systems Lead", "Dec-25", "B",
             "Template live 1 December"),
            ("E1.2", "Quarterly audit of MCA documentation (20 records)", "Matron",
             "Q4 2025/26", "G", "First audit due March"),
        ]),
    ]),
    ("Well-led", [
        ("The provider should ensure that the risk register is reviewed regularly and that all "
         "risks have clear owners and review dates.", [
            ("W1.1", "Risk register reviewed and re-owned at Senior Leadership Team; review "
                     "dates set for every risk", "Chief Executive", "30/11/2025", "B",
             "Completed at SLT 25/11/2025"),
            ("W1.2", "Quarterly risk register report to the Quality and Safety Committee of the "
                     "Board of Trustees", "Director of Nursing & Quality", "Quarterly", "G",
             "Reported January 2026"),
        ]),
        ("The service should continue to develop how it gathers feedback from people who use "
         "the day services.", [
            ("W2.1", "Introduce a 'You said, we did' board in the Day Hospice and a short "
                     "feedback card after each group programme", "Day Services Manager",
             "February 2026", "R", "Cards printed; board delayed by Day Hospice refurbishment"),
        ]),
    ]),
]


def make_soh():
    lines = [
        ["St Oswald's Hospice – CQC Inspection Action Plan"],
        ["Inspection 8–10 July 2025; report published 2 October 2025; last updated 28/01/2026"],
        [],
        ["Key question", "Ref", "CQC finding (should do)", "Action", "Lead", "Due date", "RAG",
         "Progress / evidence"],
    ]
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for kq, findings in SOH_SECTIONS:
        lines.append([kq, "", "", "", "", "", "", ""])
        for finding, acts in findings:
            for k, (ref, act, lead, due, rag, prog) in enumerate(acts):
                lines.append(["", ref, finding if k == 0 else "", act, lead, due, rag, prog])
                counts[rag] += 1
    lines.append([])
    lines.append(["RAG key: B = complete and evidenced; G = on track; A = some slippage; "
                  "R = off track"])
    lines.append([f"Totals: {sum(counts.values())} actions – B {counts['B']}, G {counts['G']}, "
                  f"A {counts['A']}, R {counts['R']}"])
    with open(path(SOH_NAME), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for ln in lines:
            w.writerow(ln)


# ---------------------------------------------------------------------------
# 7. Greater Lincolnshire CCA ASF devolution lessons learned (tab-separated txt)
# ---------------------------------------------------------------------------
GL_NAME = ("zyp-greater-lincolnshire-cca-adult-skills-fund-devolution-lessons-learned-action-"
           "plan.txt")
GL_ROWS = [
    ("LL-01", "Governance",
     "Decisions on the ASF commissioning approach were taken late because the scheme of "
     "delegation did not cover grant agreements above £1m.",
     "Amend the scheme of delegation to cover ASF grant agreements and contract variations",
     "Monitoring Officer", "30/11/2025", "31/01/2026", "Complete",
     "Approved by the Authority on 28 January 2026"),
    ("LL-02", "Governance",
     "The transition programme board had no agreed risk appetite for changes to provider "
     "allocations.",
     "Agree an ASF risk appetite statement with the Skills Advisory Board",
     "Director of Skills and Employment", "31/12/2025", "", "Amber",
     "Draft discussed in December; final version to March meeting"),
    ("LL-03", "Data and systems",
     "ILR data from the Department for Education arrived later than planned and needed "
     "manual cleansing before it could be used.",
     "Agree a data-sharing schedule and file specification with DfE for monthly ILR extracts",
     "Head of Data & Insight", "31/10/2025", "", "Complete", "Schedule agreed 22 October"),
    ("LL-04", "Data and systems",
     "ILR data from the Department for Education arrived later than planned and needed "
     "manual cleansing before it could be used.",
     "Build a provider performance dashboard in Power BI from the monthly ILR extracts",
     "Head of Data & Insight; Skills Performance Officer", "31/03/2026", "30/06/2026", "Green",
     "Prototype shown to providers' forum"),
    ("LL-05", "Providers and communication",
     "Some providers did not receive 2025/26 allocation letters until after the start of the "
     "academic year.",
     "Publish the 2026/27 funding timetable and issue allocation letters by the end of May "
     "2026",
     "ASF Commissioning Manager", "May 2026", "", "Green", "Timetable published 15 January"),
    ("LL-06", "Providers and communication",
     "Residents and partners were unclear who to contact about adult skills courses after "
     "devolution.",
     "Add an adult skills page and contact route to the GLCCA website and brief the customer "
     "services teams of the three upper-tier councils",
     "Head of Communications", "30/11/2025", "", "Complete", "Page live; briefings held"),
    ("LL-07", "Resourcing",
     "The skills team relied on interim staff in the first year, and knowledge was lost at "
     "handover.",
     "Recruit permanent ASF contract managers and complete handover notes for all interim "
     "roles",
     "Director of Skills and Employment", "31/03/2026", "", "Red",
     "Two of three posts filled; third post re-advertised"),
    ("LL-08", "Resourcing",
     "The skills team relied on interim staff in the first year, and knowledge was lost at "
     "handover.",
     "Review this lessons log at every Skills Programme Board",
     "ASF Programme Manager", "Ongoing", "", "Green", "Standing agenda item"),
]


def make_gl():
    out = [
        "Greater Lincolnshire Combined County Authority – Adult Skills Fund Devolution: Lessons "
        "Learned Action Plan",
        "Source: ASF transition lessons learned workshop, 9 October 2025. Reported to Audit and "
        "Governance Committee, 4 March 2026.",
        "",
        "\t".join(("ID", "Theme", "Lesson identified", "Action", "Action owner",
                   "Original due date", "Revised due date", "Status", "Comment")),
    ]
    for r in GL_ROWS:
        out.append("\t".join(r))
    out.append("")
    st = [r[7] for r in GL_ROWS]
    out.append(f"Totals: {len(st)} actions – {st.count('Complete')} complete, "
               f"{st.count('Green')} green, {st.count('Amber')} amber, {st.count('Red')} red")
    with open(path(GL_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


def main():
    make_sustrans()
    make_hblb()
    make_nbs()
    make_pdsa()
    make_mtc()
    make_soh()
    make_gl()
    print("typo row (Remediation Plan sheet):", NBS_TYPO_ROW)


if __name__ == "__main__":
    main()
