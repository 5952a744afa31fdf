"""Build the seven zpz- blind test files (set heldout732).

Run with: /work/main/.venv/bin/python zpz_make.py
Writes only files whose names start with "zpz-" into the folder this script is in.
"""
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zpz-")
    return os.path.join(HERE, name)


D = lambda d, m, y: datetime(y, m, d)

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
GREY, NAVY, PALE = "D9D9D9", "1F3864", "DDEBF7"


# ---------------------------------------------------------------------------
# 1. ILF Scotland - strategic risk register (xlsx): cover + register + key
# ---------------------------------------------------------------------------
def make_ilf():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Independent Living Fund Scotland"
    cov["A1"].font = Font(bold=True, size=16, color=NAVY)
    cov["A2"] = "Strategic Risk Register 2025-26"
    cov["A2"].font = Font(bold=True, size=14)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [
        ("Version", "3.2"),
        ("Date", "18 September 2025"),
        ("Register owner", "Chief Executive"),
        ("Prepared by", "Governance and Risk Officer"),
        ("Reviewed by", "Senior Leadership Team, 9 September 2025"),
        ("Presented to", "Audit and Risk Committee, 30 September 2025"),
        ("Next review", "Q3 review, December 2025"),
    ]
    for i, (k, v) in enumerate(rows, start=5):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        for c in (1, 2):
            cov.cell(i, c).border = BOX
    cov["A13"] = "Version history"
    cov["A13"].font = Font(bold=True)
    hist = [
        ("Version", "Date", "Summary of change"),
        ("3.0", D(1, 4, 2025), "Annual refresh of strategic risks, approved by the Board"),
        ("3.1", D(24, 6, 2025), "Q1 review - SR03 residual score increased following supplier incident"),
        ("3.2", D(9, 9, 2025), "Q2 review - actions and target dates updated; SR02.1 closed"),
    ]
    for i, r in enumerate(hist, start=14):
        for j, v in enumerate(r, start=1):
            c = cov.cell(i, j, v)
            c.border = BOX
            if isinstance(v, datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 14:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 44
    cov.column_dimensions["C"].width = 70

    ws = wb.create_sheet("Strategic Risk Register")
    ncol = 17
    ws["A1"] = "ILF Scotland Strategic Risk Register 2025-26 - Q2 review (September 2025)"
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    # two-row header with merged group headings
    top = {1: "Risk", 2: "Risk description (cause / event / consequence)", 3: "Risk owner",
           4: "Inherent risk", 7: "Key existing controls", 8: "Residual risk",
           11: "Target score", 12: "Trend", 13: "Action ref", 14: "Further mitigating actions",
           15: "Action owner", 16: "Target date", 17: "Action status"}
    sub = {4: "L", 5: "I", 6: "Score", 8: "L", 9: "I", 10: "Score"}
    for c in range(1, ncol + 1):
        ws.cell(3, c, top.get(c))
        ws.cell(4, c, sub.get(c))
        for r in (3, 4):
            cell = ws.cell(r, c)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill(NAVY)
            cell.alignment = CENTRE
            cell.border = BOX
    ws.merge_cells("D3:F3")
    ws.merge_cells("H3:J3")
    for c in (1, 2, 3, 7, 11, 12, 13, 14, 15, 16, 17):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)

    register = [
        ("Strategic Outcome 1: Disabled people receiving ILF Scotland funding are supported to live independently", [
            ("SR01: Funding sufficiency",
             "Cause: demand for the Transition Fund and the reopened 2025 Fund exceeds the grant-in-aid settlement.\n"
             "Event: ILF Scotland cannot fund all eligible applicants.\n"
             "Consequence: disabled people do not receive support; reputational damage.",
             "Chief Executive", (4, 5), "Demand forecasting model; monthly budget monitoring; sponsor team meetings",
             (3, 5), 10, "\u2194", [
                 ("SR01.1", "Agree the 2026-27 grant-in-aid profile and demand assumptions with the Scottish Government sponsor team",
                  "Director of Finance and Corporate Services", D(31, 12, 2025), GREEN),
                 ("SR01.2", "Report the demand and commitment forecast monthly to SLT and quarterly to the Board, with trigger points for pausing new applications",
                  "Head of Finance", "Monthly", GREEN),
                 ("SR01.3", "Model options for a fair eligibility threshold for the reopened Fund and present them to the Board",
                  "Chief Executive / Director of Finance and Corporate Services", "Q3 2025/26", AMBER),
             ]),
            ("SR02: Quality and consistency of assessments",
             "Cause: growth in Assessor numbers and new review cycle.\n"
             "Event: assessments and reviews are not consistent across Scotland.\n"
             "Consequence: recipients treated inequitably; complaints and appeals rise.",
             "Head of Practice and Quality", (3, 4), "Practice guidance; supervision; peer review of complex cases",
             (3, 3), 6, "\u2193", [
                 ("SR02.1", "Roll out revised assessment and review practice guidance to all Assessors, with attendance at briefing sessions recorded",
                  "Head of Practice and Quality", D(30, 6, 2025), BLUE),
                 ("SR02.2", "Introduce a quarterly audit of 5% of review case files, with findings reported to the Quality Assurance Group",
                  "Head of Practice and Quality", "Sept 2025", AMBER),
             ]),
        ]),
        ("Strategic Outcome 2: ILF Scotland is a well-run, efficient and sustainable organisation", [
            ("SR03: Cyber security and data protection",
             "Cause: increasing cyber threat to public bodies; reliance on third-party hosted systems.\n"
             "Event: successful cyber attack or serious data breach.\n"
             "Consequence: payments to recipients disrupted; ICO action; loss of trust.",
             "Director of Finance and Corporate Services", (4, 5), "Cyber Essentials Plus; MFA; managed SOC service; staff e-learning",
             (3, 5), 8, "\u2191", [
                 ("SR03.1", "Achieve Cyber Essentials Plus re-certification",
                  "Head of Digital", D(31, 3, 2026), GREEN),
                 ("SR03.2", "Run a phishing simulation exercise and give targeted training to staff who fail it",
                  "Head of Digital / Information Governance Manager", "Q3 2025/26", GREEN),
                 ("SR03.3", "Test the ICT disaster recovery plan, including restoring the case management system from backup",
                  "Head of Digital", "January 2026", AMBER),
             ]),
            ("SR04: Workforce capacity and resilience",
             "Cause: small specialist teams and single points of failure.\n"
             "Event: loss of key staff or prolonged absence.\n"
             "Consequence: delays to assessments and payments; pressure on remaining staff.",
             "Head of People & OD", (3, 4), "Workforce plan; wellbeing programme; cross-training in Finance and Payments",
             (3, 3), 6, "\u2194", [
                 ("SR04.1", "Implement the Strategic Workforce Plan 2025-28, including succession plans for single points of failure",
                  "Head of People & OD", "31 March 2026", AMBER),
                 ("SR04.2", "Review the hybrid working policy and wellbeing offer following the 2025 staff survey results",
                  "Head of People & OD", "Ongoing", GREEN),
             ]),
        ]),
    ]
    r = 5
    for band, risks in register:
        ws.cell(r, 1, band).font = Font(bold=True)
        for c in range(1, ncol + 1):
            ws.cell(r, c).fill = fill(PALE)
            ws.cell(r, c).border = BOX
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for title, desc, owner, inh, controls, res, target, trend, actions in risks:
            first = r
            ws.cell(r, 1, title).font = Font(bold=True)
            ws.cell(r, 2, desc)
            ws.cell(r, 3, owner)
            ws.cell(r, 4, inh[0]); ws.cell(r, 5, inh[1]); ws.cell(r, 6, inh[0] * inh[1])
            ws.cell(r, 7, controls)
            ws.cell(r, 8, res[0]); ws.cell(r, 9, res[1]); ws.cell(r, 10, res[0] * res[1])
            ws.cell(r, 11, target); ws.cell(r, 12, trend)
            for ref, text, aowner, due, rag in actions:
                ws.cell(r, 13, ref)
                ws.cell(r, 14, text)
                ws.cell(r, 15, aowner)
                c = ws.cell(r, 16, due)
                if isinstance(due, datetime):
                    c.number_format = "dd/mm/yyyy"
                ws.cell(r, 17).fill = fill(rag)
                for cc in range(1, ncol + 1):
                    ws.cell(r, cc).border = BOX
                    if ws.cell(r, cc).alignment != CENTRE:
                        ws.cell(r, cc).alignment = WRAP
                r += 1
            last = r - 1
            if last > first:
                for cc in range(1, 13):
                    ws.merge_cells(start_row=first, start_column=cc, end_row=last, end_column=cc)
    r += 1
    ws.cell(r, 1, "Notes").font = Font(bold=True)
    ws.cell(r + 1, 1, "1. Scores are Likelihood x Impact on a 5 x 5 scale (see Scoring and Key sheet).")
    ws.cell(r + 2, 1, "2. Residual scores of 15 or more are outside appetite and are reported to every Board meeting.")
    ws.cell(r + 3, 1, "3. Action status is shown by cell colour only - see key.")
    widths = [26, 48, 22, 5, 5, 7, 36, 5, 5, 7, 9, 7, 9, 60, 30, 14, 10]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Scoring and Key")
    key["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    key["A1"].font = Font(bold=True, size=12)
    key["A2"] = "Impact \u2192 / Likelihood \u2193"
    for i in range(1, 6):
        key.cell(2, 1 + i, i).font = Font(bold=True)
        key.cell(2 + i, 1, 6 - i).font = Font(bold=True)
        for j in range(1, 6):
            s = (6 - i) * j
            c = key.cell(2 + i, 1 + j, s)
            c.fill = fill(RED if s >= 15 else AMBER if s >= 8 else GREEN)
            c.alignment = CENTRE
    key["A10"] = "Likelihood: 1 Rare, 2 Unlikely, 3 Possible, 4 Likely, 5 Almost certain"
    key["A11"] = "Impact: 1 Insignificant, 2 Minor, 3 Moderate, 4 Major, 5 Severe"
    key["A13"] = "Action status key"
    key["A13"].font = Font(bold=True, size=12)
    for i, (col, txt) in enumerate([
        (RED, "Action overdue, or will not be delivered by the target date"),
        (AMBER, "Action at risk of slipping - mitigation in hand"),
        (GREEN, "Action on track"),
        (BLUE, "Action complete"),
    ], start=14):
        key.cell(i, 1).fill = fill(col)
        key.cell(i, 2, txt)
    key["A19"] = "Trend: \u2191 increasing  \u2194 no change  \u2193 decreasing"
    key.column_dimensions["A"].width = 24
    key.column_dimensions["B"].width = 60
    wb.save(out("zpz-ilf-scotland-strategic-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. Heathrow - HSE improvement notices corrective action tracker (xlsx)
# ---------------------------------------------------------------------------
def make_heathrow():
    wb = Workbook()
    s = wb.active
    s.title = "Notices"
    s["A1"] = "Heathrow Airport Limited"
    s["A1"].font = Font(bold=True, size=14, color="5C2D91")
    s["A2"] = "HSE Improvement Notices \u2013 Corrective Action Tracker"
    s["A2"].font = Font(bold=True, size=13)
    s["A3"] = "Status at 07/11/2025  |  Tracker owner: Head of Health, Safety & Wellbeing  |  Reported to: Executive Safety Committee"
    hdr = ["Notice no.", "Date served", "Legislation", "Area / activity", "Compliance date",
           "Extended to", "Notice status"]
    for j, h in enumerate(hdr, start=1):
        c = s.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("5C2D91")
        c.border = BOX
        c.alignment = CENTRE
    notices = [
        ("312096781", D(4, 7, 2025), "PUWER 1998 reg. 11", "T5 baggage hall \u2013 conveyor transfer points",
         D(15, 8, 2025), D(31, 10, 2025), "Complied \u2013 confirmed by HSE inspector 03/11/2025"),
        ("312096782", D(4, 7, 2025), "MHOR 1992 reg. 4(1)(b)", "Baggage make-up and reclaim \u2013 heavy bags",
         D(30, 9, 2025), D(30, 1, 2026), "Open \u2013 extension granted"),
        ("312104455", D(22, 8, 2025), "WAHR 2005 reg. 6", "Airside stands \u2013 lighting mast maintenance",
         D(24, 10, 2025), D(28, 11, 2025), "Open \u2013 extension granted"),
    ]
    for i, n in enumerate(notices, start=6):
        for j, v in enumerate(n, start=1):
            c = s.cell(i, j, v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, datetime):
                c.number_format = "dd/mm/yyyy"
    for col, w in zip("ABCDEFG", [13, 12, 22, 40, 14, 12, 44]):
        s.column_dimensions[col].width = w

    t = wb.create_sheet("Action Tracker")
    t["A1"] = "HSE Improvement Notices \u2013 Corrective Action Tracker"
    t["A1"].font = Font(bold=True, size=13)
    t["A2"] = "Status at 07/11/2025"
    t["A3"] = "Status key:"
    t["A3"].font = Font(bold=True)
    for j, (txt, col) in enumerate([("Complete \u2013 evidence accepted", BLUE), ("On track", GREEN),
                                    ("At risk (amber)", AMBER), ("Off track (red)", RED)], start=2):
        c = t.cell(3, j, txt)
        c.fill = fill(col)
        c.alignment = CENTRE
    hdr = ["Ref", "Corrective action", "Action owner", "Original target", "Revised target",
           "% complete", "Status", "Evidence / comments"]
    for j, h in enumerate(hdr, start=1):
        c = t.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("5C2D91")
        c.border = BOX
        c.alignment = CENTRE
    SCOL = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}
    groups = [
        ("Improvement Notice 312096781 \u2013 PUWER 1998 reg. 11: dangerous parts of machinery (T5 baggage conveyors)", [
            ("1.1", "Install fixed interlocked guarding to the in-running nips at the T5 conveyor transfer points listed in the notice schedule",
             "Head of Baggage Engineering", D(15, 8, 2025), D(31, 10, 2025), 1.0, "Complete",
             "Guarding installed 24/10/2025. Photos and sign-off sheets in evidence folder IN1/1."),
            ("1.2", "Carry out a PUWER risk assessment of all remaining conveyor transfer points in T2, T3 and T4 and add any guarding gaps to the capital works plan",
             "Baggage Engineering Manager; H&S Business Partner (Baggage)", D(30, 9, 2025), None, 1.0, "Complete",
             "Assessments complete. 14 gaps added to 2026 capital plan."),
            ("1.3", "Brief all baggage maintenance technicians on the revised isolation and guarding procedure and record attendance",
             "Baggage Maintenance Team Leaders", D(15, 8, 2025), None, 1.0, "Complete",
             "187 of 191 technicians briefed; remaining 4 on long-term absence."),
        ]),
        ("Improvement Notice 312096782 \u2013 MHOR 1992 reg. 4(1)(b): manual handling of heavy bags (baggage make-up and reclaim)", [
            ("2.1", "Complete task-specific manual handling risk assessments for make-up, reclaim and out-of-gauge baggage",
             "H&S Business Partner (Baggage)", D(30, 9, 2025), D(31, 10, 2025), 1.0, "Complete",
             "Assessments signed off by Head of Baggage Operations 29/10/2025."),
            ("2.2", "Trial vacuum lifting aids at two T5 make-up carousels and agree a roll-out plan with the ground handlers",
             "Head of Baggage Operations", D(30, 9, 2025), D(30, 1, 2026), 0.4, "At risk",
             "Trial started 20/10/2025. Roll-out depends on ground handler funding agreement \u2013 escalated to COO."),
            ("2.3", "Introduce heavy bag tagging for bags over 23kg with airlines and ground handlers, supported by a communications plan",
             "Airline Relations Manager / Head of Baggage Operations", D(30, 9, 2025), D(15, 12, 2025), 0.6, "On track",
             "Tags agreed with 31 airlines. AOC briefing 19/11/2025."),
            ("2.4", "Deliver refreshed manual handling training to all baggage colleagues (target 85% completion)",
             "Learning & Development Lead", D(30, 1, 2026), None, 0.2, "Off track",
             "Only 20% trained. Trainer vacancy \u2013 recovery plan to Executive Safety Committee in December."),
        ]),
        ("Improvement Notice 312104455 \u2013 WAHR 2005 reg. 6: work on stand lighting masts", [
            ("3.1", "Withdraw ladder access to stand lighting masts and use MEWPs for all lamp changes",
             "Airfield Maintenance Manager", D(24, 10, 2025), None, 1.0, "Complete",
             "Ladders removed from stores 29/08/2025. MEWP hire framework in place."),
            ("3.2", "Revise the safe system of work and permit to work for airside work at height, and re-brief contractors",
             "Airfield Maintenance Manager", D(24, 10, 2025), D(28, 11, 2025), 0.75, "On track",
             "SSoW revised; contractor briefings 60% complete."),
            ("3.3", "Commission a structural and access survey of all 312 stand lighting masts to identify masts needing fixed fall-arrest systems",
             "Head of Airfield Engineering", D(31, 3, 2026), None, 0.1, "On track",
             "Surveyor appointed; fieldwork from 17/11/2025."),
        ]),
    ]
    r = 6
    for band, acts in groups:
        c = t.cell(r, 1, band)
        c.font = Font(bold=True)
        for j in range(1, 9):
            t.cell(r, j).fill = fill("E4DFEC")
            t.cell(r, j).border = BOX
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for ref, text, owner, orig, rev, pct, status, comment in acts:
            vals = [ref, text, owner, orig, rev, pct, status, comment]
            for j, v in enumerate(vals, start=1):
                c = t.cell(r, j, v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, datetime):
                    c.number_format = "dd/mm/yyyy"
            t.cell(r, 6).number_format = "0%"
            t.cell(r, 7).fill = fill(SCOL[status])
            r += 1
    r += 1
    t.cell(r, 1, "Summary").font = Font(bold=True)
    for i, (k, v) in enumerate([("Total actions", 10), ("Complete", 5), ("On track", 3),
                                ("At risk", 1), ("Off track", 1)], start=r + 1):
        t.cell(i, 2, k)
        t.cell(i, 3, v)
    for col, w in zip("ABCDEFGH", [8, 62, 34, 14, 14, 10, 12, 50]):
        t.column_dimensions[col].width = w
    t.freeze_panes = "A6"
    wb.save(out("zpz-heathrow-airport-hse-improvement-notices-action-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. GTCNI - internal audit recommendations tracker (xlsx) - REFUSE (0ct-25)
# ---------------------------------------------------------------------------
def make_gtcni():
    wb = Workbook()
    ws = wb.active
    ws.title = "ARAC Sept 2025"
    ws["A1"] = "General Teaching Council for Northern Ireland"
    ws["A1"].font = Font(bold=True, size=14, color="006666")
    ws["A2"] = "Audit and Risk Assurance Committee \u2013 24 September 2025"
    ws["A3"] = "Internal Audit Recommendations \u2013 Implementation Status Report"
    ws["A3"].font = Font(bold=True, size=12)
    ws["A5"] = "Summary of recommendations"
    ws["A5"].font = Font(bold=True)
    summ = [("Priority", "Implemented", "Partially implemented", "Not implemented", "Total"),
            ("Priority 1", 0, 1, 0, 1), ("Priority 2", 2, 2, 1, 5), ("Priority 3", 1, 1, 0, 2),
            ("Total", 3, 4, 1, 8)]
    for i, row in enumerate(summ, start=6):
        for j, v in enumerate(row, start=1):
            c = ws.cell(i, j, v)
            c.border = BOX
            if i in (6, 10):
                c.font = Font(bold=True)
    ws["A12"] = ("Priority 1 \u2013 significant weakness requiring urgent action; Priority 2 \u2013 important issue "
                 "to be addressed by management; Priority 3 \u2013 minor issue or best practice.")
    ws["A12"].font = Font(italic=True)
    hdr = ["Audit report", "Rec. No.", "Priority", "Recommendation", "Management response / agreed action",
           "Responsible officer", "Original implementation date", "Revised implementation date",
           "Status", "Update \u2013 September 2025"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(14, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("006666")
        c.alignment = CENTRE
        c.border = BOX
    data = [
        ("Registration and Annual Fee Income 2024-25 (Satisfactory assurance)", [
            ("1", "2", "Direct debit exceptions should be reconciled monthly and reviewed by the Finance Manager.",
             "Monthly reconciliation of direct debit exceptions to be introduced and evidenced by Finance Manager sign-off.",
             "Finance Manager", D(31, 3, 2025), None, "Implemented", "Reconciliations in place from April 2025."),
            ("2", "2", "Arrears over 90 days should be referred in line with the Fees Recovery Policy.",
             "Fees Recovery Policy to be updated and arrears over 90 days referred to the Registration Committee quarterly.",
             "Head of Registration", D(30, 6, 2025), D(31, 12, 2025), "Partially implemented",
             "Policy updated; first quarterly referral due December."),
            ("3", "3", "Standard letters to registrants should be reviewed for plain English.",
             "Standard letters to be reviewed with the Communications Officer.",
             "Head of Registration", D(31, 3, 2025), None, "Implemented", "Complete."),
        ]),
        ("Information Governance and Records Management 2024-25 (Limited assurance)", [
            ("1", "1", "A Record of Processing Activities (ROPA) should be completed and maintained for all business areas.",
             "Information Asset Owners to complete ROPA entries; Data Protection Officer to maintain central ROPA.",
             "Data Protection Officer", D(30, 9, 2025), D(31, 3, 2026), "Partially implemented",
             "ROPA 60% complete. Delayed by DPO vacancy."),
            ("2", "2", "The retention and disposal schedule should be applied to legacy paper files held off-site.",
             "Review of off-site boxes and secure destruction of files past retention.",
             "Corporate Services Manager", D(30, 6, 2025), "0ct-25", "Not implemented",
             "Contractor procurement under way."),
            ("3", "2", "Mandatory data protection training completion should be monitored and reported to SMT.",
             "Quarterly training compliance report to SMT; target 95% completion.",
             "Head of Corporate Services", D(30, 9, 2025), D(31, 1, 2026), "Partially implemented",
             "Completion at 81%."),
        ]),
        ("Fitness to Teach Case Management 2023-24 (Satisfactory assurance)", [
            ("4", "3", "Case management system fields should be completed consistently to support KPI reporting.",
             "Data quality checks added to monthly case review.",
             "Head of Regulation", D(31, 3, 2025), D(30, 11, 2025), "Partially implemented",
             "Checks in place; historic cases being cleansed."),
            ("6", "2", "Timescales for each stage of a case should be monitored against the published standards.",
             "Stage timescales added to case management dashboard.",
             "Head of Regulation", D(30, 6, 2025), None, "Implemented", "Dashboard live June 2025."),
        ]),
    ]
    r = 15
    for band, recs in data:
        ws.cell(r, 1, band).font = Font(bold=True)
        for j in range(1, 11):
            ws.cell(r, j).fill = fill("D9EAD3")
            ws.cell(r, j).border = BOX
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for rec in recs:
            vals = ["", *rec]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, datetime):
                    c.number_format = "mmm-yy"
            r += 1
    for col, w in zip("ABCDEFGHIJ", [14, 8, 8, 50, 50, 26, 14, 14, 20, 40]):
        ws.column_dimensions[col].width = w
    wb.save(out("zpz-general-teaching-council-for-northern-ireland-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


# ---------------------------------------------------------------------------
# 4. Fairtrade Foundation - Charity Commission compliance case action plan (docx)
# ---------------------------------------------------------------------------
def make_fairtrade():
    d = docx.Document()
    p = d.add_paragraph()
    r = p.add_run("Fairtrade Foundation")
    r.bold = True
    r.font.size = Pt(12)
    d.add_paragraph("Trustees' Action Plan: Charity Commission Regulatory Compliance Case", style="Title")
    d.add_paragraph(
        "This plan sets out the trustees' response to the regulatory advice and guidance given by the Charity "
        "Commission in its letter of 28 July 2025, following its regulatory compliance case. Progress is reported "
        "to every Board meeting and to the Commission each quarter.")
    d.add_heading("Document control", level=2)
    t = d.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for j, (h, v) in enumerate(zip(["Version", "Owner", "Approved", "Next review"],
                                   ["v1.3", "Company Secretary", "Board of Trustees, 16 October 2025", "January 2026"])):
        set_text(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "D9D9D9")
        set_text(t.cell(1, j), v)
    d.add_heading("RAG key", level=2)
    k = d.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (letter, col, meaning) in enumerate([
        ("B", "5B9BD5", "Complete \u2013 evidence provided to the Commission"),
        ("G", "70AD47", "On track to meet the deadline"),
        ("A", "FFC000", "Risk to the deadline \u2013 mitigation in place"),
        ("R", "FF0000", "Deadline missed or will be missed"),
    ]):
        set_text(k.cell(i, 0), letter, bold=True)
        shade(k.cell(i, 0), col)
        set_text(k.cell(i, 1), meaning)

    RAGCOL = {"B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000"}
    sections = [
        ("1. Trustee oversight and decision-making", [
            ("The trustees should ensure that significant decisions are taken by the full board in accordance with the governing document and are properly minuted.", [
                ("1.1", "Review and re-adopt the Scheme of Delegation, setting out the matters reserved to the Board",
                 "Company Secretary", "31 October 2025", "Draft considered by Governance Committee on 2 October; for adoption at October Board.", "G"),
                ("1.2", "Introduce a decisions log, cross-referenced to Board minutes, and circulate it to trustees after each meeting",
                 "Company Secretary", "30/09/2025", "Decisions log in use from the September Board.", "B"),
            ]),
            ("The trustees should satisfy themselves that the Board has the skills it needs and that trustees' terms of office are monitored.", [
                ("1.3", "Carry out a trustee skills audit and use it to inform the recruitment of two new trustees",
                 "Chair of Nominations Committee", "Q4 2025/26", "Skills audit returns from 9 of 11 trustees; recruitment pack delayed.", "A"),
                ("1.4", "Complete an externally facilitated board effectiveness review against the Charity Governance Code",
                 "Chair of Trustees / Company Secretary", "June 2026", "Reviewer to be appointed in January.", "G"),
            ]),
        ]),
        ("2. Conflicts of interest", [
            ("The trustees must identify and manage conflicts of interest and record how each conflict was managed, in line with the Commission's guidance (CC29).", [
                ("2.1", "Update the Conflicts of Interest Policy and obtain fresh declarations from every trustee and every member of the Senior Leadership Team",
                 "Company Secretary", "30 November 2025", "Policy updated. 14 of 17 declarations returned.", "A"),
                ("2.2", "Add a standing declarations of interest item to every Board and committee agenda and minute how each declared conflict was managed",
                 "Company Secretary", "With immediate effect", "In place from the August committee cycle.", "B"),
            ]),
        ]),
        ("3. Financial controls and reserves", [
            ("The trustees should review the charity's reserves policy and ensure that financial reporting to the Board allows them to monitor the charity's financial position.", [
                ("3.1", "Review the Reserves Policy, including the target range for free reserves, and explain it in the Trustees' Annual Report",
                 "Treasurer; Director of Finance and Resources", "31/03/2026", "Initial review at Finance and Audit Committee in November.", "G"),
                ("3.2", "Introduce a monthly management accounts pack for the Finance and Audit Committee, including a 12-month cash-flow forecast",
                 "Director of Finance and Resources", "December 2025", "Template agreed with the Treasurer.", "G"),
            ]),
        ]),
        ("4. Serious incident reporting", [
            ("The trustees should ensure that serious incidents are reported to the Commission promptly, in line with its guidance.", [
                ("4.1", "Adopt a Serious Incident Reporting Procedure and train the Senior Leadership Team in its use",
                 "Chief Executive", "31/08/2025", "Procedure adopted July 2025; SLT training 19 August 2025.", "B"),
                ("4.2", "Report to the Board each year on serious incidents, and confirm in the Trustees' Annual Report that there are no unreported incidents",
                 "Chief Executive", "Annually", "First annual report to the March 2026 Board.", "G"),
            ]),
        ]),
    ]
    hdr = ["Ref", "Commission's advice", "Action", "Lead", "Deadline", "Progress update", "RAG"]
    for heading, advices in sections:
        d.add_heading(heading, level=1)
        n = sum(len(a[1]) for a in advices)
        t = d.add_table(rows=n + 1, cols=7)
        t.style = "Table Grid"
        for j, h in enumerate(hdr):
            set_text(t.cell(0, j), h, bold=True, color="FFFFFF")
            shade(t.cell(0, j), "00A0AF")
        r = 1
        for advice, acts in advices:
            first = r
            for ref, act, lead, due, prog, rag in acts:
                set_text(t.cell(r, 0), ref)
                set_text(t.cell(r, 2), act)
                set_text(t.cell(r, 3), lead)
                set_text(t.cell(r, 4), due)
                set_text(t.cell(r, 5), prog)
                set_text(t.cell(r, 6), rag, bold=True)
                shade(t.cell(r, 6), RAGCOL[rag])
                r += 1
            if r - 1 > first:
                m = t.cell(first, 1).merge(t.cell(r - 1, 1))
            else:
                m = t.cell(first, 1)
            set_text(m, advice)
        d.add_paragraph()
    d.add_paragraph("Signed on behalf of the trustees: Chair of Trustees, 16 October 2025")
    d.save(out("zpz-fairtrade-foundation-charity-commission-regulatory-compliance-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Halesworth Town Council - internal audit 2024/25 action plan (docx)
# ---------------------------------------------------------------------------
def make_halesworth():
    d = docx.Document()
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("HALESWORTH TOWN COUNCIL")
    r.bold = True
    r.font.size = Pt(16)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Internal Audit 2024/25 \u2013 Action Plan")
    r.bold = True
    r.font.size = Pt(13)
    p = d.add_paragraph("Progress update to Full Council \u2013 Tuesday 11 November 2025 (Agenda Item 9)")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph(
        "The internal auditor's report for the year ended 31 March 2025 was received on 16 June 2025 and the action "
        "plan below was approved by Council on 8 July 2025 (minute 25/061). The recommendations are set out against "
        "the internal control objectives in the Annual Internal Audit Report of the AGAR, with the action agreed by "
        "Council. Members are asked to note progress.")
    p = d.add_paragraph()
    r = p.add_run("RAG: R = overdue, A = in progress, G = on track / not yet due, C = complete")
    r.italic = True

    rows = [
        ("A. Appropriate accounting records have been properly kept throughout the financial year.", [
            ("1", "Bank reconciliations should be signed and dated each quarter by a councillor other than the Chair of Finance, and the signed copy retained.",
             "Councillor reviewer to be appointed at the Annual Meeting; quarterly reconciliation presented to Finance Committee and signed at the meeting.",
             "Town Clerk", "July 2025", "C"),
        ]),
        ("B. This authority complied with its financial regulations, payments were supported by invoices, all expenditure was approved and VAT was appropriately accounted for.", [
            ("2", "Financial Regulations should be updated to the current NALC model and re-adopted.",
             "Draft updated Financial Regulations to Finance Committee in September and recommend adoption to Full Council in November 2025.",
             "Town Clerk; Chair of Finance Committee", "November 2025", "G"),
            ("3", "Online (BACS) payments should be authorised by two councillors before release, and the authorisation evidenced.",
             "Dual authorisation set up on the Unity Trust Bank account; payment schedule initialled by both authorising councillors.",
             "Deputy Clerk", "Immediate", "C"),
        ]),
        ("C. This authority assessed the significant risks to achieving its objectives and reviewed the adequacy of arrangements to manage these.", [
            ("4", "The risk register should be reviewed and approved by Council at least annually; the last recorded review was in 2022.",
             "Full review of the risk register, including the Thoroughfare market and the Town Park play area, for approval by Council.",
             "Town Clerk", "30/09/2025", "R"),
        ]),
        ("G. Salaries to employees and allowances to members were paid in accordance with this authority's approvals, and PAYE and NI requirements were properly applied.", [
            ("5", "Staff salary points should be checked against the 2024/25 NJC pay award and the increase approved by minute.",
             "Staffing Committee to confirm the pay award back-dated to 1 April 2024 and minute the decision.",
             "Staffing Committee", "August 2025", "C"),
        ]),
        ("H. Asset and investments registers were complete and accurate and properly maintained.", [
            ("6", "The asset register should be reconciled to the insurance schedule, and the figure in Box 9 of the AGAR should agree to the register.",
             "Physical check of assets and reconciliation to the insurance schedule; agree asset values with the insurer before renewal.",
             "Deputy Clerk", "31/05/2026", "G"),
        ]),
        ("L. The authority published information on a free to access website/webpage up to date at the time of the internal audit in accordance with any relevant transparency code requirements.", [
            ("7", "The website does not meet the Public Sector Bodies Accessibility Regulations; an accessibility statement should be published.",
             "Publish an accessibility statement, replace inaccessible PDF documents and move the website to a .gov.uk domain.",
             "Deputy Clerk / Communications Officer", "Dec 2025", "A"),
        ]),
        ("N. The authority has complied with the publication requirements for the prior year AGAR.", [
            ("8", "The Notice of the Period for the Exercise of Public Rights must show the correct 30 working day period and be published before the period begins.",
             "Use the external auditor's template notice and add the publication dates to the annual governance calendar.",
             "Town Clerk", "June 2026", "G"),
        ]),
        ("Other matters raised by the internal auditor", [
            ("9", "Councillors' registers of interests should be reviewed annually and checked for publication on the East Suffolk Council website.",
             "Clerk to circulate register of interests forms after each Annual Meeting and check publication by East Suffolk Council.",
             "Town Clerk", "Annually", "G"),
        ]),
    ]
    n = sum(1 + len(x[1]) for x in rows)
    t = d.add_table(rows=n + 1, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(["No.", "Auditor's recommendation", "Action agreed", "Responsible", "Target date", "RAG"]):
        set_text(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "BDD7EE")
    RAGCOL = {"R": "FF0000", "A": "FFC000", "G": "92D050", "C": "BFBFBF"}
    r = 1
    for objective, recs in rows:
        m = t.cell(r, 0).merge(t.cell(r, 5))
        set_text(m, objective, bold=True)
        shade(m, "F2F2F2")
        r += 1
        for no, rec, act, resp, due, rag in recs:
            for j, v in enumerate([no, rec, act, resp, due, rag]):
                set_text(t.cell(r, j), v)
            shade(t.cell(r, 5), RAGCOL[rag])
            r += 1
    d.add_paragraph()
    d.add_paragraph("Objectives D, E, F, I, J, K, M and O were found to be satisfactory, with no recommendations.")
    d.add_paragraph("Town Clerk, 3 November 2025")
    d.save(out("zpz-halesworth-town-council-internal-audit-action-plan-2024-25.docx"))


# ---------------------------------------------------------------------------
# 6. SBNI - board action log, SharePoint list export (csv)
# ---------------------------------------------------------------------------
def csvq(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        v = '"' + v.replace('"', '""') + '"'
    return v


def make_sbni():
    hdr = ["ID", "Action Ref", "Meeting Date", "Action", "Action Owner", "Due Date", "RAG",
           "Action Status", "Latest Update", "Modified", "Modified By"]
    rows = [
        (141, "BM57/02", "26/03/2025",
         "Director of Operations to circulate the revised SBNI Business Plan 2025-26 to Board members for comment before submission to DoH.",
         "Director of Operations", "30/04/2025", "Blue", "Closed",
         "Circulated 11/04/2025; submitted to DoH 30/04/2025.", "02/05/2025 10:14", "Quinn, Ciara"),
        (142, "BM57/05", "26/03/2025",
         "Member agencies to confirm their nominations to the Child Sexual Exploitation and Online Harm subgroup.",
         "Kerr, Martin", "31/05/2025", "Amber", "Open",
         "Nominations received from 19 of 23 member agencies. Reminder issued 03/11/2025.", "03/11/2025 16:40", "Kerr, Martin"),
        (150, "BM58/01", "25/06/2025",
         "Independent Chair to write to the Permanent Secretary, DoH, regarding the delay to the statutory review of the SBNI and its impact on the Strategic Plan.",
         "Independent Chair", "31/07/2025", "Blue", "Closed",
         "Letter sent 14/07/2025; response received 22/08/2025 and circulated to members.", "26/08/2025 09:05", "Quinn, Ciara"),
        (151, "BM58/03", "25/06/2025",
         "Bring a paper to the Board setting out options for the Case Management Review process in light of the new Learning Review guidance.",
         "Doherty, Aine;Kerr, Martin", "10/12/2025", "Green", "Open",
         "Paper deferred from September to December Board at the Chair's request.", "25/09/2025 11:22", "Doherty, Aine"),
        (152, "BM58/06", "25/06/2025",
         "Health and Social Care Trusts to share single-agency audit findings on 'Was Not Brought' policies with the Safeguarding Committee.",
         "Safeguarding Committee Chair", "31/10/2025", "Red", "Open",
         "Only two Trusts have submitted findings. Escalated to the Independent Chair.", "04/11/2025 12:51", "Quinn, Ciara"),
        (160, "BM59/02", "24/09/2025",
         "Finalise the SBNI Annual Report 2024-25, incorporating members' comments received by 3 October, and lay it before the Assembly.",
         "McAleese, Roisin", "28/11/2025", "Green", "Open",
         "Final draft with designer; laying date agreed with DoH.", "05/11/2025 15:03", "McAleese, Roisin"),
        (161, "BM59/04", "24/09/2025",
         "Arrange a Board development session on the Children's Services Framework and the SBNI's assurance role.",
         "Director of Operations / Professional Officer (Learning)", "21/01/2026", "Green", "Open",
         "Facilitator booked for 21 January 2026.", "15/10/2025 10:37", "Quinn, Ciara"),
        (162, "BM59/07", "24/09/2025",
         "Review the SBNI risk register in light of the DoH funding letter and bring the updated register to the Governance and Audit Committee.",
         "Business Manager", "", "Amber", "Open",
         "Awaiting final 2025-26 allocation from DoH; will be scheduled once received.", "30/09/2025 14:18", "Quinn, Ciara"),
        (163, "BM59/08", "24/09/2025",
         "Publish the 'Learning from Case Management Reviews' thematic briefing, with Board members cascading it through their agencies.",
         "Professional Officer (Learning)", "15/10/2025", "Blue", "Closed",
         "Published on the SBNI website 15/10/2025.\nCascade confirmed by 17 member agencies.", "29/10/2025 09:48", "Doherty, Aine"),
    ]
    lines = [",".join(csvq(h) for h in hdr)]
    for row in rows:
        lines.append(",".join(csvq(v) for v in row))
    with open(out("zpz-safeguarding-board-for-northern-ireland-board-action-log-sharepoint-export.csv"),
              "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Saxon Weald - landlord compliance programme highlight report (Word saved as .txt)
# ---------------------------------------------------------------------------
def make_saxon():
    T = "\t"
    L = []
    L += ["Saxon Weald",
          "Landlord Compliance Improvement Programme \u2013 Highlight Report",
          "Report No. 9 \u2013 period ending 31 October 2025",
          "",
          "Prepared for:" + T + "Compliance Assurance Board, 13 November 2025",
          "Programme Sponsor:" + T + "Executive Director of Property Services",
          "Programme Manager:" + T + "Compliance Programme Manager",
          "Classification:" + T + "Internal \u2013 Board",
          "",
          "1. Overall status",
          T.join(["Dimension", "Last period", "This period", "Comment"]),
          T.join(["Overall", "Red", "Amber", "Electrical backlog cleared; fire remedial actions still behind plan."]),
          T.join(["Time", "Red", "Amber", "Two workstreams re-baselined with Board approval in September."]),
          T.join(["Cost", "Green", "Green", "Spend \u00a31.12m against approved budget of \u00a31.9m."]),
          T.join(["Quality", "Amber", "Amber", "Data reconciliation still in progress (see DA1)."]),
          "",
          "2. Summary",
          "The programme was set up following the self-referral to the Regulator of Social Housing in February 2025. "
          "The EICR backlog has been cleared and Regulation 10 information issued to all relevant blocks. Fire risk "
          "assessment remedial actions remain behind the original plan but are forecast to be complete by December. "
          "The new water hygiene contract has slipped and is now rated Red.",
          "",
          "3. Actions by workstream",
          "RAG: Red \u2013 off track; Amber \u2013 at risk, recovery plan in place; Green \u2013 on track; Blue \u2013 complete.",
          "",
          ]
    hdr = T.join(["Ref", "Action", "Owner", "Baseline date", "Revised date", "Prev RAG", "RAG"])
    ws = [
        ("Workstream 1: Fire safety", [
            ("FS1", "Complete all overdue high-risk remedial actions from fire risk assessments in general needs blocks",
             "Head of Building Safety", "30/09/2025", "31/12/2025", "Red", "Amber"),
            ("FS2", "Replace the 146 non-compliant flat entrance fire doors identified in the 2024 door survey",
             "Head of Building Safety; Planned Works Manager", "31/03/2026", "", "Amber", "Amber"),
            ("FS3", "Issue Regulation 10 fire safety information to residents of all blocks over 11 metres",
             "Building Safety Manager", "31/08/2025", "", "Green", "Blue"),
        ]),
        ("Workstream 2: Electrical safety", [
            ("ES1", "Clear the backlog of domestic EICRs more than five years old (312 homes at programme start)",
             "Head of Compliance", "31/10/2025", "", "Amber", "Blue"),
            ("ES2", "Complete C2 remedial works arising from EICRs within 28 days and evidence closure in the compliance system",
             "Electrical Compliance Lead", "Ongoing", "", "Green", "Green"),
        ]),
        ("Workstream 3: Water hygiene (Legionella)", [
            ("WH1", "Procure a new water hygiene contract with monthly temperature monitoring of all communal water systems",
             "Procurement Manager / Head of Compliance", "31/10/2025", "30/01/2026", "Amber", "Red"),
            ("WH2", "Update Legionella risk assessments for the 38 sheltered and supported housing schemes",
             "Head of Compliance", "30/11/2025", "", "Green", "Green"),
        ]),
        ("Workstream 4: Data and assurance", [
            ("DA1", "Reconcile the compliance system asset list to the housing management system and resolve all properties with unknown attributes",
             "Data & Insight Manager", "31/12/2025", "", "Amber", "Green"),
            ("DA2", "Commission an internal audit review of assurance over the six big compliance areas",
             "Director of Governance", "Q4 2025/26", "", "Green", "Green"),
            ("DA3", "Report the compliance dashboard monthly to the Compliance Assurance Board and quarterly to the Board",
             "Compliance Programme Manager", "Monthly", "", "Green", "Green"),
        ]),
    ]
    for name, acts in ws:
        L.append(name)
        L.append(hdr)
        for a in acts:
            L.append(T.join(a))
        L.append("")
    L += ["4. Key risks and issues",
          T.join(["Risk / issue", "Rating", "Mitigation"]),
          T.join(["Contractor capacity for fire door replacement", "High", "Second framework contractor mobilised from November."]),
          T.join(["Water hygiene procurement delay", "High", "Interim monitoring extended with incumbent contractor to January 2026."]),
          T.join(["Tenant access for remedial works", "Medium", "No-access procedure applied; Tenancy Services support for vulnerable residents."]),
          "",
          "5. Decisions required from the Board",
          "a) Note the Red rating for WH1 and the extension of the interim monitoring arrangement.",
          "b) Approve the revised date for FS1.",
          "",
          "6. Next report",
          "Highlight Report No. 10 will be presented to the Compliance Assurance Board on 11 December 2025.",
          ]
    with open(out("zpz-saxon-weald-landlord-compliance-programme-highlight-report.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(L) + "\r\n")


if __name__ == "__main__":
    make_ilf()
    make_heathrow()
    make_gtcni()
    make_fairtrade()
    make_halesworth()
    make_sbni()
    make_saxon()
    print("built 7 zpz- files in", HERE)
