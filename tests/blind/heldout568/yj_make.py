#!/usr/bin/env python
"""Build the seven yj- blind test cases (set heldout568) and their expected readings.

Run with /work/main/.venv/bin/python yj_make.py (openpyxl, python-docx, pyyaml).
Each builder writes the data file and returns the expected reading, which is
written beside it as NAME.expected.yaml.
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

BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"
GREY, LIGHT = "D9D9D9", "F2F2F2"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def D(y, m, d):
    return dt.datetime(y, m, d)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def write_expected(name, exp):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(exp, f, sort_keys=False, allow_unicode=True, width=100000)


# ---------------------------------------------------------------------------
# 1. The Royal Mint - ARC internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def royal_mint():
    name = "yj-royal-mint-arc-internal-audit-recommendations-tracker.xlsx"
    title = "The Royal Mint Limited – Internal Audit Recommendations Tracker"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Audit and Risk Committee – 11 March 2025 – Agenda item 7(b)"
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [
        ("Document owner", "Head of Risk & Assurance"),
        ("Prepared by", "Risk & Assurance team"),
        ("Version", "3.2"),
        ("Status as at", "28 February 2025"),
        ("Classification", "OFFICIAL-SENSITIVE"),
        ("Previous version", "3.1 – ARC 26 November 2024"),
    ]
    for i, (k, v) in enumerate(rows, start=5):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        for c in (1, 2):
            cov.cell(i, c).border = BOX
    cov["A12"] = "Summary of actions by status"
    cov["A12"].font = Font(bold=True)
    summ = [("Status", "No. of actions"), ("Complete (blue)", 2), ("On track (green)", 2),
            ("At risk (amber)", 2), ("Overdue / off track (red)", 1), ("Not yet due (no colour)", 1),
            ("Total", 8)]
    for i, (k, v) in enumerate(summ, start=13):
        cov.cell(i, 1, k)
        cov.cell(i, 2, v)
        for c in (1, 2):
            cov.cell(i, c).border = BOX
        if i in (13, 19):
            cov.cell(i, 1).font = Font(bold=True)
            cov.cell(i, 2).font = Font(bold=True)
    cov.column_dimensions["A"].width = 30
    cov.column_dimensions["B"].width = 34

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Open and recently closed management actions – position at 28 February 2025"
    ws["A3"] = "Status key:"
    ws["A3"].font = Font(bold=True)
    keys = [("Complete", BLUE), ("On track", GREEN), ("At risk of slipping", AMBER),
            ("Overdue / off track", RED), ("Not yet due", None)]
    for i, (txt, col) in enumerate(keys, start=2):
        c = ws.cell(3, i, txt)
        c.border = BOX
        if col:
            c.fill = fill(col)
            if col in (BLUE, RED):
                c.font = Font(color="FFFFFF")
    hdr = ["Audit report", "Rec", "Priority", "Recommendation", "Action ref",
           "Agreed management action", "Action owner", "Original due date",
           "Revised due date", "Status", "Progress update (February 2025)"]
    HR = 5
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(HR, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX

    R1 = "IA 24/05 – Precious Metals Stock Controls (Limited assurance)"
    R2 = "IA 24/08 – Supplier Onboarding and Due Diligence (Moderate assurance)"
    R3 = "IA 24/11 – Cyber Security: Operational Technology (Limited assurance)"
    recs = [
        (R1, "1", "High",
         "Reconciliations of the vault stock ledger to the physical count should be performed monthly "
         "and independently reviewed, with differences above tolerance escalated to the Finance Director.",
         [("1.1", "Introduce a monthly vault-to-ledger reconciliation, prepared by Stock Control and signed off by the Financial Controller.",
           "Financial Controller", D(2024, 11, 30), D(2025, 1, 31), BLUE,
           "Reconciliations for November, December and January completed and reviewed. Evidence passed to Internal Audit for validation.",
           ["Financial Controller"], "2025-01", "blue"),
          ("1.2", "Set a documented tolerance threshold and escalation route for unreconciled differences, approved by the Executive Committee.",
           "Financial Controller / Head of Precious Metals", D(2024, 12, 31), D(2025, 3, 31), AMBER,
           "Draft threshold paper to ExCo on 18 March; date at risk if ExCo defers.",
           ["Financial Controller", "Head of Precious Metals"], "2025-03", "amber")]),
        (R1, "2", "Medium",
         "Access to the precious metals holding system should be reviewed quarterly and leavers removed promptly.",
         [("2.1", "Complete a full user access recertification of the metals holding system and remove redundant accounts.",
           "Head of IT Security", D(2024, 10, 31), None, BLUE,
           "Recertification complete; 23 accounts removed.",
           ["Head of IT Security"], "2024-10", "blue"),
          ("2.2", "Embed quarterly access reviews in the IT control calendar, with results reported to the Information Governance Group.",
           "Head of IT Security", D(2025, 1, 31), D(2025, 4, 30), GREEN,
           "First quarterly review scheduled for April following the system upgrade.",
           ["Head of IT Security"], "2025-04", "green")]),
        (R2, "1", "High",
         "Enhanced due diligence on refiners and precious metals suppliers should be completed and evidenced "
         "before onboarding, in line with the Responsible Sourcing Policy.",
         [("1.1", "Update the supplier onboarding checklist so that responsible-sourcing due diligence is mandatory and cannot be bypassed in the procurement system.",
           "Head of Procurement", D(2024, 12, 31), D(2025, 2, 28), RED,
           "System change delayed by the vendor’s release schedule; now expected in April 2025.",
           ["Head of Procurement"], "2025-02", "red"),
          ("1.2", "Retrospectively review the due diligence files for all 14 active refiners and close any gaps.",
           "Responsible Sourcing Manager; Head of Procurement", D(2025, 3, 31), None, GREEN,
           "11 of 14 files reviewed; no significant gaps found so far.",
           ["Responsible Sourcing Manager", "Head of Procurement"], "2025-03", "green")]),
        (R2, "2", "Low",
         "The supplier master file should be cleansed of dormant suppliers annually.",
         [("2.1", "Run an annual dormant supplier report and deactivate suppliers with no activity in the previous 18 months.",
           "Finance Systems Manager", D(2025, 6, 30), None, None,
           "Not yet due.",
           ["Finance Systems Manager"], "2025-06", "unrated")]),
        (R3, "1", "High",
         "An asset register of operational technology (OT) on the production floor should be established and kept up to date.",
         [("1.1", "Compile an OT asset inventory for the Llantrisant production lines, including firmware versions and network connectivity.",
           "Head of Engineering and Head of IT Security", D(2025, 3, 31), None, AMBER,
           "Inventory 70% complete; coining press line still to be surveyed.",
           ["Head of Engineering", "Head of IT Security"], "2025-03", "amber")]),
    ]
    r = HR + 1
    actions = []
    report_start = {}
    for report, recno, prio, rectext, acts in recs:
        start = r
        report_start.setdefault(report, [r, r])
        for (aref, atext, owner, orig, rev, col, upd, lead, end, status) in acts:
            ws.cell(r, 5, aref)
            ws.cell(r, 6, atext)
            ws.cell(r, 7, owner)
            ws.cell(r, 8, orig).number_format = "dd/mm/yyyy"
            if rev is not None:
                ws.cell(r, 9, rev).number_format = "dd/mm/yyyy"
            if col:
                ws.cell(r, 10).fill = fill(col)
            ws.cell(r, 11, upd)
            actions.append(act(aref, [report, rectext], atext, lead, end, status))
            r += 1
        end_r = r - 1
        report_start[report][1] = end_r
        ws.cell(start, 2, recno)
        ws.cell(start, 3, prio)
        ws.cell(start, 4, rectext)
        if end_r > start:
            for c in (2, 3, 4):
                ws.merge_cells(start_row=start, start_column=c, end_row=end_r, end_column=c)
    for report, (s, e) in report_start.items():
        ws.cell(s, 1, report)
        ws.cell(s, 1).font = Font(bold=True)
        if e > s:
            ws.merge_cells(start_row=s, start_column=1, end_row=e, end_column=1)
    for row in ws.iter_rows(min_row=HR + 1, max_row=r - 1, max_col=11):
        for c in row:
            c.alignment = WRAP
            c.border = BOX
    ws.cell(r + 1, 1, "Notes: Revised due dates have been agreed by the Executive Committee. "
                      "Actions marked complete remain on the tracker until Internal Audit has validated the evidence.")
    widths = [26, 6, 9, 42, 8, 46, 24, 12, 12, 9, 40]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(1, i).column_letter].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, name))

    return name, {
        "source": (
            "Imitates the internal audit recommendation trackers that government-owned companies and "
            "arm's-length bodies take to their Audit and Risk Committee (e.g. ARAC/ARC tracker appendices "
            "published with board papers, 2023-2025); no Royal Mint tracker found, so this is what The Royal "
            "Mint Limited would publish. Copies a cover sheet with document-control table and a status summary, "
            "a status key of coloured cells, the audit report name merged down its rows, the recommendation "
            "merged down its actions, original and revised due dates, and status shown only by fill colour."),
        "reads": (
            "Two sheets: a cover with document control and a count of actions by status, then the tracker. "
            "Eight agreed management actions under three audit reports, each below the recommendation it answers; "
            "the status is the colour of the Status cell, and where a revised due date is given it replaces the original."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }


# ---------------------------------------------------------------------------
# 2. North of Tyne Combined Authority - strategic risk register (xlsx)
# ---------------------------------------------------------------------------
def ntca():
    name = "yj-north-of-tyne-ca-strategic-risk-register-q3-2023-24.xlsx"
    title = "North of Tyne Combined Authority – Strategic Risk Register Q3 2023/24"
    wb = Workbook()
    hm = wb.active
    hm.title = "Heat map & key"
    hm["A1"] = title
    hm["A1"].font = Font(bold=True, size=13)
    hm["A2"] = "Risk scoring matrix (Likelihood x Impact)"
    hm["A2"].font = Font(bold=True)
    hm.cell(4, 1, "Likelihood \\ Impact")
    for j in range(1, 6):
        hm.cell(4, j + 1, j).font = Font(bold=True)
    for i, lk in enumerate(range(5, 0, -1)):
        hm.cell(5 + i, 1, lk).font = Font(bold=True)
        for j in range(1, 6):
            s = lk * j
            c = hm.cell(5 + i, j + 1, s)
            c.fill = fill(RED if s >= 15 else AMBER if s >= 8 else GREEN)
            c.border = BOX
    hm["A11"] = "Scores 15–25 red (tolerate only with Leadership Board approval); 8–12 amber; 1–6 green."
    hm["A13"] = "Action status key"
    hm["A13"].font = Font(bold=True)
    for i, (k, v, col) in enumerate([("Complete", "Action delivered", BLUE),
                                      ("Green", "On track to meet target date", GREEN),
                                      ("Amber", "Some slippage – target date at risk", AMBER),
                                      ("Red", "Target date will be missed", RED)], start=14):
        hm.cell(i, 1, k).fill = fill(col)
        hm.cell(i, 2, v)
    hm["A19"] = "Summary of strategic risks"
    hm["A19"].font = Font(bold=True)
    summary = [("Risk", "Q2 score", "Q3 score", "Trend"),
               ("SR1 – Transition to the North East Mayoral Combined Authority", 16, 16, "↔"),
               ("SR2 – Investment Fund programme delivery", 12, 9, "↓"),
               ("SR3 – Adult Education Budget provider performance", 12, 15, "↑"),
               ("SR4 – Cyber security and information governance", 12, 12, "↔")]
    for i, rowv in enumerate(summary, start=20):
        for j, v in enumerate(rowv, start=1):
            c = hm.cell(i, j, v)
            c.border = BOX
            if i == 20:
                c.font = Font(bold=True)
    hm.column_dimensions["A"].width = 62
    for col in "BCDEF":
        hm.column_dimensions[col].width = 11

    ws = wb.create_sheet("Strategic Risk Register")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position at 31 December 2023 – Audit and Standards Committee, 23 January 2024"
    hdr = ["Risk", "Risk description (cause – event – consequence)", "Risk owner", "Inherent score",
           "Key controls in place", "Q2 score", "Q3 score", "Trend", "Further actions", "Action owner",
           "Target date", "Action status"]
    HR = 4
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(HR, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX

    def scol(s):
        return RED if s >= 15 else AMBER if s >= 8 else GREEN

    SR1 = "SR1 – Transition to the North East Mayoral Combined Authority"
    SR2 = "SR2 – Investment Fund programme delivery"
    SR3 = "SR3 – Adult Education Budget provider performance"
    SR4 = "SR4 – Cyber security and information governance"
    risks = [
        (SR1,
         "Because the Authority will be dissolved when the new North East MCA is created in May 2024, there is a risk that "
         "functions, staff, contracts and programmes do not transfer safely, resulting in loss of delivery, legal challenge "
         "or reputational damage.",
         "Head of Paid Service", 20,
         "Joint Transition Committee and programme board; transition programme plan; legal advice from constituent authorities.",
         16, 16, "↔",
         [("Agree the staff transfer scheme and TUPE consultation timetable with the seven constituent authorities.",
           "Director of Corporate Services", D(2024, 2, 29), "mmm-yy", "Green",
           ["Director of Corporate Services"], "2024-02", "green", None),
          ("Complete due diligence on contracts, grant agreements and liabilities to be novated to the new MCA, and report the findings to the Joint Transition Committee.",
           "Monitoring Officer / Chief Finance Officer", D(2024, 3, 31), "mmm-yy", "Amber",
           ["Monitoring Officer", "Chief Finance Officer"], "2024-03", "amber", None),
          ("Deliver the transition communications plan for staff, partners and grant recipients.",
           "Head of Communications", "May 2024", None, "Green",
           ["Head of Communications"], "2024-05", "green", None)]),
        (SR2,
         "Slippage in project delivery and spend against the Investment Fund profile may lead to underspend, "
         "reduced outputs and a weaker case at the next Government gateway review.",
         "Director of Economic Growth", 16,
         "Investment Panel; quarterly programme monitoring; assurance framework.",
         12, 9, "↓",
         [("Refresh the Investment Fund pipeline and reprofile 2023/24 spend forecasts with project sponsors.",
           "Head of Investment Programme", D(2024, 1, 31), "dd/mm/yyyy", "Complete",
           ["Head of Investment Programme"], "2024-01", "blue", None),
          ("Introduce monthly spend and milestone reporting for projects rated red at gateway review.",
           "Head of Investment Programme", "Q4 2023/24", None, "Green",
           ["Head of Investment Programme"], "2024-03", "green", None)]),
        (SR3,
         "Under-delivery or weak funding controls at Adult Education Budget (AEB) providers may result in "
         "clawback, ineligible spend and fewer residents gaining skills.",
         "Director of Education, Skills and Inclusion", 16,
         "Provider performance management framework; funding assurance reviews; monthly ILR data checks.",
         12, 15, "↑",
         [("Complete the 2023/24 funding assurance reviews of the eight highest-value AEB providers.",
           "Skills Funding Assurance Manager", D(2024, 2, 29), "dd/mm/yyyy", "Amber",
           ["Skills Funding Assurance Manager"], "2024-02", "amber", None),
          ("Agree recovery arrangements with providers under-delivering against their 2023/24 allocations, including reallocation of funds.",
           "Head of Skills", D(2024, 3, 31), "mmm-yy", "Red",
           ["Head of Skills"], "2024-03", "red", None)]),
        (SR4,
         "A cyber incident or data breach affecting systems hosted for the Authority could disrupt services "
         "and lead to ICO enforcement and loss of trust.",
         "Director of Corporate Services", 20,
         "Hosted ICT services with Cyber Essentials Plus; mandatory data protection training; information asset register.",
         12, 12, "↔",
         [("Test the cyber incident response and business continuity plans with the host authority and record lessons learned.",
           "Information Governance Lead", "Ongoing", None, "Green",
           ["Information Governance Lead"], None, "green", "Ongoing")]),
    ]
    r = HR + 1
    actions = []
    for rtitle, desc, owner, inh, controls, q2, q3, trend, acts in risks:
        start = r
        for (atext, aowner, tdate, fmt, st, lead, end, status, end_text) in acts:
            ws.cell(r, 9, atext)
            ws.cell(r, 10, aowner)
            c = ws.cell(r, 11, tdate)
            if fmt:
                c.number_format = fmt
            s = ws.cell(r, 12, st)
            s.fill = fill({"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}[st])
            actions.append(act(None, [rtitle], atext, lead, end, status, end_text))
            r += 1
        end_r = r - 1
        vals = [rtitle, desc, owner, inh, controls, q2, q3, trend]
        for j, v in enumerate(vals, start=1):
            ws.cell(start, j, v)
        ws.cell(start, 1).font = Font(bold=True)
        ws.cell(start, 4).fill = fill(scol(inh))
        ws.cell(start, 6).fill = fill(scol(q2))
        ws.cell(start, 7).fill = fill(scol(q3))
        if end_r > start:
            for j in range(1, 9):
                ws.merge_cells(start_row=start, start_column=j, end_row=end_r, end_column=j)
    for row in ws.iter_rows(min_row=HR + 1, max_row=r - 1, max_col=12):
        for c in row:
            c.alignment = WRAP
            c.border = BOX
    widths = [30, 44, 20, 9, 36, 7, 7, 6, 46, 26, 11, 10]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(1, i).column_letter].width = w
    ws.cell(r + 1, 1, "Risk owners review the register monthly at Leadership Board; the register is reported quarterly to the Audit and Standards Committee.")
    wb.save(os.path.join(HERE, name))

    return name, {
        "source": (
            "Imitates the quarterly strategic risk registers combined authorities report to their audit committees "
            "(e.g. North of Tyne, North East and West Yorkshire CA audit committee appendices, 2022-2024: risk, "
            "description, owner, inherent score, controls, previous and current score, direction of travel, further "
            "actions with owner and target date). Copies a heat-map/key sheet with a risk summary table, risk cells "
            "merged down over their several further actions, coloured scores and an action status column."),
        "reads": (
            "The first sheet is the scoring matrix, the action status key and a summary list of the four risks; "
            "no actions there. The register sheet lists four strategic risks, each with one to three further actions "
            "(eight in all) with an action owner, a target date and an action status; the actions carry no reference numbers."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }


# ---------------------------------------------------------------------------
# 3. Willow Burn Hospice - CQC inspection action plan, mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
def willow_burn():
    name = "yj-willow-burn-hospice-cqc-inspection-action-plan-typo-month-refuse.xlsx"
    title = "Willow Burn Hospice – CQC Inspection Action Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Inspection: 12 and 13 March 2024 | Report published: 30 April 2024 | Overall rating: Requires improvement"
    ws["A3"] = "Updated for the Clinical Governance Committee – 18 July 2024"
    hdr = ["No.", "Regulation / what CQC found", "Action", "Lead", "Target date", "Progress / evidence", "RAG"]
    HR = 5
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(HR, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("385723")
        c.alignment = WRAP
        c.border = BOX
    rows = [
        ("SAFE",),
        (1, "Regulation 12: Falls and pressure area risk assessments were not always reviewed when a patient’s condition changed.",
         "Introduce a review prompt in SystmOne so that falls and Waterlow assessments are updated within 24 hours of any change in condition.",
         "Director of Patient Care", D(2024, 5, 31), "Template change live 20 May; June audit showed 92% compliance.", "Complete"),
        (2, "Regulation 12: Controlled drugs records on the In-Patient Unit contained gaps in second signatures.",
         "Carry out weekly controlled drugs record audits on the In-Patient Unit and report the results to the Medicines Management Group.",
         "Ward Manager; Pharmacist", "June 2024", "Weekly audits in place since 3 June; two minor gaps found and addressed.", "Green"),
        (3, "Regulation 18: Not all staff were up to date with mandatory training, including basic life support.",
         "Set up a monthly training compliance report for each team and book additional basic life support sessions.",
         "HR Manager", D(2024, 9, 30), "Compliance 81% (target 95%); extra sessions booked for August.", "Amber"),
        ("EFFECTIVE",),
        (4, "Regulation 11: Mental capacity assessments were not consistently recorded for decisions about care.",
         "Deliver Mental Capacity Act training to all registered nurses and add a capacity prompt to the admission document.",
         "Clinical Education Lead", "Aug-24", "Training dates set; 60% of nurses trained.", "Green"),
        (5, "Regulation 11: Best interests decisions were not always documented.",
         "Audit a monthly sample of ten records for best interests documentation and feed back findings to staff.",
         "Quality and Governance Lead", "31 Agust 2024", "First audit completed in July.", "Green"),
        ("WELL-LED",),
        (6, "Regulation 17: Governance systems did not always identify the shortfalls found at inspection.",
         "Revise the clinical audit programme so that it covers the areas CQC identified and report results to the Clinical Governance Committee.",
         "Director of Patient Care / Chief Executive", "Oct-24", "Revised programme drafted.", "Green"),
        (7, "Regulation 17: Trustees did not receive enough information about quality and safety.",
         "Present a quarterly quality and safety report to the Board of Trustees.",
         "Chief Executive", "Sept 2024", "", "Not started"),
    ]
    rag = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    r = HR + 1
    typo_row = None
    for row in rows:
        if len(row) == 1:
            ws.cell(r, 1, row[0]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(r, 1).fill = fill(GREY)
        else:
            for j, v in enumerate(row, start=1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if row[6] in rag:
                ws.cell(r, 7).fill = fill(rag[row[6]])
            if row[4] == "31 Agust 2024":
                typo_row = r
        r += 1
    ws.cell(r + 1, 1, "RAG: Complete – action finished and evidenced | Green – on track | Amber – at risk | Red – not on track | Not started")
    widths = [6, 44, 50, 26, 14, 40, 11]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(1, i).column_letter].width = w
    wb.save(os.path.join(HERE, name))
    assert typo_row == 12, typo_row

    return name, {
        "source": (
            "Imitates the CQC post-inspection action plans independent hospices publish or send to CQC after a "
            "'Requires improvement' rating (regulation breached, what CQC found, action, lead, target date, progress, "
            "RAG), grouped by key question, 2023-2025. Copies the title block with inspection and update dates, "
            "key-question band rows, regulation-and-finding text beside each action, and a RAG key line."),
        "reads": (
            "A one-sheet action plan of seven numbered actions under Safe, Effective and Well-led. Action 5's target "
            "date reads '31 Agust 2024', a mistyped month; a careful reader would stop and ask which month is meant "
            "rather than guess."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    }


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


def set_text(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(9)


# ---------------------------------------------------------------------------
# 4. Rossall School - ISI inspection action plan (docx)
# ---------------------------------------------------------------------------
def rossall():
    name = "yj-rossall-school-isi-inspection-action-plan.docx"
    title = "Rossall School – Post-Inspection Action Plan"
    doc = Document()
    doc.add_heading(title, level=0)
    doc.add_paragraph("Independent Schools Inspectorate (ISI) inspection: 21–23 January 2025. Report published 3 March 2025.")

    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Document owner", "Head"),
                                ("Approved by", "Education and Safeguarding Committee of the Board of Governors"),
                                ("Version", "1.3"),
                                ("Date of this update", "12 June 2025"),
                                ("Next review", "October 2025")]):
        set_text(dc.cell(i, 0), k, bold=True)
        set_text(dc.cell(i, 1), v)

    doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete (blue) | On track (green) | At risk (amber) | Not started (no colour)")
    status_fill = {"Complete": "8DB3E2", "On track": "92D050", "At risk": "FFC000"}

    cols = ["Ref", "Action", "Lead", "Timescale", "Success criteria / evidence", "Status"]
    actions = []

    def part(heading, intro, recs):
        doc.add_heading(heading, level=1)
        if intro:
            doc.add_paragraph(intro)
        nrows = 1 + sum(1 + len(a) for _, a in recs)
        t = doc.add_table(rows=nrows, cols=len(cols))
        t.style = "Table Grid"
        for j, h in enumerate(cols):
            set_text(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "1F3864")
        r = 1
        for rectext, acts in recs:
            m = t.cell(r, 0).merge(t.cell(r, len(cols) - 1))
            set_text(m, rectext, bold=True)
            shade(m, "D9E2F3")
            r += 1
            for (ref, atext, leadtxt, when, crit, st, lead, end, end_text, status) in acts:
                for j, v in enumerate([ref, atext, leadtxt, when, crit, st]):
                    set_text(t.cell(r, j), v)
                if st in status_fill:
                    shade(t.cell(r, 5), status_fill[st])
                actions.append(act(ref, [heading, rectext], atext, lead, end, status, end_text))
                r += 1

    partA = "Part A – Standards not met: action the school must take"
    partB = "Part B – Recommended next steps"
    part(partA, "The inspection found that one standard was not met. The school must take the following action.", [
        ("Paragraph 16(a): Ensure that the written risk assessment policy is implemented effectively so that risks "
         "arising from off-site and adventurous activities are consistently identified and mitigated.",
         [("A1", "Review every off-site and adventurous activity risk assessment against the revised policy, and withdraw any activity without a current assessment.",
           "Director of Co-curricular; Head of Outdoor Education", "Immediate – by 31 March 2025",
           "All assessments reviewed and signed off; register held by the Bursar.", "Complete",
           ["Director of Co-curricular", "Head of Outdoor Education"], "2025-03", None, "blue"),
          ("A2", "Introduce the EVOLVE visits system so that no trip can be approved without a completed risk assessment.",
           "Educational Visits Coordinator", "By 30 April 2025",
           "System live; approvals audit shows 100% of trips assessed.", "Complete",
           ["Educational Visits Coordinator"], "2025-04", None, "blue"),
          ("A3", "Train all staff who lead trips in dynamic risk assessment and the revised policy.",
           "Educational Visits Coordinator", "Summer term 2025",
           "Training records show all trip leaders trained.", "On track",
           ["Educational Visits Coordinator"], "2025-07", "Summer term 2025", "green")]),
    ])
    part(partB, None, [
        ("Recommendation 1: Leaders should ensure that teaching in the lower school consistently adapts work to "
         "pupils’ needs, so that all pupils make good progress in lessons.",
         [("B1.1", "Run a programme of lesson drop-ins and coaching focused on adaptive teaching in Years 7–9.",
           "Deputy Head (Academic)", "Autumn term 2025",
           "Drop-in records show adaptive teaching securely in place in at least 90% of lessons seen.", "On track",
           ["Deputy Head (Academic)"], "2025-12", "Autumn term 2025", "green"),
          ("B1.2", "Share SEND pupil profiles with all teachers through the MIS and check their use in planning.",
           "SENDCo", "September 2025",
           "Profiles available for all pupils on the SEND register; planning scrutiny completed.", "At risk",
           ["SENDCo"], "2025-09", None, "amber")]),
        ("Recommendation 2: Governors should strengthen their oversight of the school’s compliance with the Standards, "
         "including health and safety.",
         [("B2.1", "Add a termly compliance and health and safety report to the agenda of the full Board of Governors.",
           "Bursar", "By July 2025",
           "Report received at the June 2025 Board meeting and each term thereafter.", "On track",
           ["Bursar"], "2025-07", None, "green"),
          ("B2.2", "Appoint a governor with lead responsibility for health and safety and arrange their induction.",
           "Clerk to the Governors / Chair of Governors", "September 2025",
           "Link governor appointed and induction completed.", "Not started",
           ["Clerk to the Governors", "Chair of Governors"], "2025-09", None, "unrated")]),
        ("Recommendation 3: Leaders should ensure that boarders’ views are systematically gathered and acted upon.",
         [("B3.1", "Hold a termly boarders’ council in each house and publish a “You said, we did” summary.",
           "Head of Boarding", "Ongoing – termly",
           "Minutes and summaries on the boarding intranet.", "On track",
           ["Head of Boarding"], None, "Ongoing – termly", "green")]),
    ])

    doc.add_paragraph("")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for j, v in enumerate(["Signed (Head)", "Signed (Chair of Governors)", "Date"]):
        set_text(so.cell(0, j), v, bold=True)
    for j, v in enumerate(["J. Walmsley", "R. Ashworth", "12 June 2025"]):
        set_text(so.cell(1, j), v)
    doc.save(os.path.join(HERE, name))

    return name, {
        "source": (
            "Imitates the post-inspection action plans independent schools write after an ISI inspection under the "
            "2023 framework (standards not met with the paragraph reference, then the report's recommended next steps), "
            "as schools share them with governors and parents, 2024-2025. Copies the title, a document-control table, "
            "a status key, one table per part with each requirement or recommendation as a merged band row above its "
            "actions, shaded status cells, school-term timescales and a sign-off table."),
        "reads": (
            "A Word plan in two parts: Part A has three actions answering the one standard not met, Part B has five "
            "actions under three recommended next steps. Each action has a ref, lead(s), timescale, success criteria "
            "and a status from the key; document control and sign-off tables are not the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }


# ---------------------------------------------------------------------------
# 5. Stroud Town Council - internal audit action plan 2024/25 (docx)
# ---------------------------------------------------------------------------
def stroud():
    name = "yj-stroud-town-council-internal-audit-action-plan-2024-25.docx"
    title = "Stroud Town Council – Internal Audit Report 2024/25: Action Plan"
    doc = Document()
    p = doc.add_paragraph()
    run = p.add_run("STROUD TOWN COUNCIL")
    run.bold = True
    run.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading(title, level=1)
    doc.add_paragraph("Report to: Finance and General Purposes Committee – 16 September 2025 (Agenda item 9)")
    doc.add_paragraph("Author: Responsible Financial Officer")
    doc.add_paragraph(
        "The internal auditor’s report on the year ended 31 March 2025 (interim visit 12 December 2024, final visit "
        "14 May 2025) made seven recommendations. The agreed actions and progress are set out below, under the "
        "control objectives of the Annual Internal Audit Report.")

    cols = ["No.", "Recommendation", "Agreed action", "Responsible officer", "Target date", "Status"]
    areas = [
        ("A. Appropriate accounting records have been properly kept throughout the financial year", [
            ("Bank reconciliations should be signed and dated each month by a councillor who is not a bank signatory, and the evidence retained.", [
                ("1", "Add the monthly bank reconciliation to each F&GP agenda; the Committee Chair to sign and date it at the meeting.",
                 "RFO", "June 2025", "Complete", ["RFO"], "2025-06", "blue")]),
        ]),
        ("B. Financial regulations, standing orders and payment controls", [
            ("Financial Regulations were last reviewed in 2021 and should be updated to the current NALC model, including the revised procurement thresholds.", [
                ("2", "Adopt updated Financial Regulations based on the NALC 2024 model.",
                 "Town Clerk", "14/10/2025", "Green", ["Town Clerk"], "2025-10", "green")]),
            ("Standing Orders should be reviewed annually and re-adopted at the Annual Meeting of the Council.", [
                ("3", "Review Standing Orders against the NALC model and present them to the Annual Meeting for re-adoption.",
                 "Town Clerk", "May 2026", "Not started", ["Town Clerk"], "2026-05", "unrated")]),
        ]),
        ("C. Risk management and internal control", [
            ("The risk register does not cover the Subscription Rooms and should be extended to include the venue’s building, events and licensing risks.", [
                ("4", "Update the corporate risk register to include the Subscription Rooms and present it to Full Council.",
                 "Deputy Town Clerk; Subscription Rooms Manager", "31/10/2025", "Amber",
                 ["Deputy Town Clerk", "Subscription Rooms Manager"], "2025-10", "amber")]),
        ]),
        ("G. Salaries and payroll", [
            ("Changes to payroll should be authorised in writing and checked each month against the payroll bureau report.", [
                ("5", "Introduce a payroll change authorisation form and a monthly check of the bureau report by the RFO.",
                 "Town Clerk / RFO", "July 2025", "Complete", ["Town Clerk", "RFO"], "2025-07", "blue")]),
        ]),
        ("N. Publication requirements (Transparency Code and accounts)", [
            ("The website does not publish all the information required by the Transparency Code, and the notice of public rights was not displayed for the full period.", [
                ("6a", "Publish quarterly spend over £500, the 2024/25 AGAR and the notice of the period for the exercise of public rights on the website.",
                 "Administration Officer", "End of September 2025", "Green", ["Administration Officer"], "2025-09", "green"),
                ("6b", "Carry out a website accessibility check and publish an accessibility statement.",
                 "Administration Officer", "March 2026", "Not started", ["Administration Officer"], "2026-03", "unrated")]),
        ]),
    ]
    nrows = 1 + sum(1 + sum(len(a) for _, a in recs) for _, recs in areas)
    t = doc.add_table(rows=nrows, cols=len(cols))
    t.style = "Table Grid"
    for j, h in enumerate(cols):
        set_text(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "C6E0B4")
    fills = {"Complete": "9DC3E6", "Green": "92D050", "Amber": "FFC000"}
    actions = []
    r = 1
    for area, recs in areas:
        m = t.cell(r, 0).merge(t.cell(r, len(cols) - 1))
        set_text(m, area, bold=True)
        shade(m, "E2EFDA")
        r += 1
        for rectext, acts in recs:
            start = r
            for (no, atext, resp, when, st, lead, end, status) in acts:
                set_text(t.cell(r, 0), no)
                set_text(t.cell(r, 2), atext)
                set_text(t.cell(r, 3), resp)
                set_text(t.cell(r, 4), when)
                set_text(t.cell(r, 5), st)
                if st in fills:
                    shade(t.cell(r, 5), fills[st])
                actions.append(act(no, [area, rectext], atext, lead, end, status))
                r += 1
            rc = t.cell(start, 1)
            if r - 1 > start:
                rc = rc.merge(t.cell(r - 1, 1))
            set_text(rc, rectext)

    doc.add_paragraph("")
    doc.add_paragraph("Status: Complete – action implemented and evidence seen by the RFO; Green – on track; "
                      "Amber – behind schedule; Not started – not yet due to start.")
    doc.add_paragraph("The internal auditor will follow up all open actions at the interim visit in December 2025.")
    doc.save(os.path.join(HERE, name))

    return name, {
        "source": (
            "Imitates the internal audit action plans town and parish councils take to their finance committee after "
            "the annual internal audit (AGAR control objectives A-N as area headings, the auditor's recommendation, "
            "the council's agreed action, responsible officer, target date, status), 2023-2025. Copies the council "
            "name and title at the top, a short covering paragraph, area band rows, a recommendation cell merged "
            "down over its two actions (6a/6b) and a status key below the table."),
        "reads": (
            "A single Word table of seven numbered actions (1-5, 6a, 6b) grouped under five internal audit control "
            "objectives, each beside the internal auditor's recommendation it answers, with the responsible officer(s), "
            "a target date and a status word explained in the key below."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }


# ---------------------------------------------------------------------------
# 6. New Forest National Park Authority - Authority meeting action log (csv)
# ---------------------------------------------------------------------------
def new_forest():
    name = "yj-new-forest-npa-authority-meeting-action-log.csv"
    title = "New Forest National Park Authority – Authority Meeting Action Log"
    W = 7
    lines = [
        [title],
        ["Last updated: 2 October 2025 (for Authority meeting 9 October 2025)"],
        [],
        ["Ref", "Minute", "Action", "Lead officer(s)", "Due", "RAG", "Update"],
    ]
    M1 = "Authority Meeting – 27 March 2025"
    M2 = "Authority Meeting – 19 June 2025"
    M3 = "Authority Meeting – 17 July 2025"
    meetings = [
        (M1, [
            ("AM/25/07", "12/25", "Write to Forestry England setting out the Authority's concerns about recreational pressure on the Crown Lands and seek a joint meeting with the Verderers.",
             "Chief Executive", "May-25", "Complete", "Letter sent 14 April; joint meeting held 2 June.",
             ["Chief Executive"], "2025-05", "blue", None),
            ("AM/25/09", "15/25", "Circulate the draft Partnership Plan review timetable to members, including dates for the members’ workshop.",
             "Head of Strategy & Planning", "Apr-25", "Complete", "Circulated 11 April.",
             ["Head of Strategy & Planning"], "2025-04", "blue", None),
        ]),
        (M2, [
            ("AM/25/14", "31/25", "Bring a report on options for managing verge parking at Bolderwood and Hatchet Pond, including the costs of physical measures.",
             "Head of Recreation Management & Learning", "Sep-25", "A", "Report moved to the November meeting while Hampshire County Council highways advice is awaited.",
             ["Head of Recreation Management & Learning"], "2025-09", "amber", None),
            ("AM/25/15", "31/25", "Share the headline results of the 2024/25 visitor survey with members.",
             "JD/RK", "Jul-25", "Complete", "Emailed to members 8 July.",
             ["JD", "RK"], "2025-07", "blue", None),
            ("AM/25/16", "34/25", "Local Plan Review:\n(a) publish the revised Local Development Scheme on the website;\n(b) brief members on the Regulation 18 consultation arrangements.",
             "Executive Director (Strategy & Planning)", "31/10/2025", "G", "(a) done 1 August; (b) briefing booked for 23 October.",
             ["Executive Director (Strategy & Planning)"], "2025-10", "green", None),
        ]),
        (M3, [
            ("AM/25/21", "45/25", "Review the approach to member site visits for major planning applications and report to the Planning Committee.",
             "Head of Development Management", "Next Planning Committee", "G", "Draft protocol prepared.",
             ["Head of Development Management"], None, "green", "Next Planning Committee"),
            ("AM/25/22", "47/25", "Arrange a members’ briefing on the outcomes of the Farming in Protected Landscapes programme in 2024/25.",
             "FiPL Programme Manager", "Dec-25", "Not started", "",
             ["FiPL Programme Manager"], "2025-12", "unrated", None),
            ("AM/25/23", "48/25", "Confirm the 2026/27 core grant settlement with Defra and report the implications for the Medium Term Financial Plan.",
             "Chief Finance Officer", "Sep-25", "R", "Defra has not yet confirmed the settlement; report will follow once it is announced.",
             ["Chief Finance Officer"], "2025-09", "red", None),
        ]),
    ]
    actions = []
    for mt, acts in meetings:
        lines.append([mt])
        for (ref, minute, atext, leadtxt, due, rag, upd, lead, end, status, end_text) in acts:
            lines.append([ref, minute, atext, leadtxt, due, rag, upd])
            actions.append(act(ref, [mt], atext, lead, end, status, end_text))
    lines.append([])
    lines.append(["RAG: G = on track; A = some slippage; R = overdue or significant slippage; Complete = action closed and can be removed from the log"])
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln + [""] * (W - len(ln)))

    return name, {
        "source": (
            "Imitates the rolling action logs national park authorities publish with their Authority meeting papers "
            "(ref, minute number, action, lead officer, due date, RAG and update, grouped by the meeting that set them), "
            "as saved to CSV from the spreadsheet, 2024-2025. Copies the title and last-updated lines, meeting band rows, "
            "initials as leads, a two-part action with inner line breaks, a due cell that names a meeting, and a RAG key line."),
        "reads": (
            "A CSV action log of eight actions set at three Authority meetings in 2025, each with a ref, minute, lead, "
            "due month (one says only 'Next Planning Committee') and a RAG letter or 'Complete'/'Not started'; the "
            "title lines, meeting rows and the key line are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }


# ---------------------------------------------------------------------------
# 7. Equifax Ltd - FCA final notice remediation tracker (txt, tab-separated)
# ---------------------------------------------------------------------------
def equifax():
    name = "yj-equifax-ltd-fca-final-notice-remediation-tracker.txt"
    title = "Equifax Ltd – FCA Final Notice Remediation Programme: Action Tracker"
    out = [
        title,
        "Extract for the Board Risk Committee, 21 May 2024 – status as at 30 April 2024",
        "RAG key: G = on track; A = at risk of missing due date; R = off track / overdue; C = complete and validated by Compliance",
        "",
        "\t".join(["Ref", "Action", "Owner", "Original due", "Revised due", "RAG", "Commentary"]),
    ]
    WS1 = "Workstream 1 – Oversight of services outsourced to Equifax Inc."
    WS2 = "Workstream 2 – Data security and incident response"
    WS3 = "Workstream 3 – Complaints and consumer redress"
    data = [
        (WS1, [
            ("1.1", "Refresh the intra-group outsourcing agreement with Equifax Inc. so that it sets out UK audit, access and information rights consistent with SYSC 8.",
             "General Counsel UK", "31/01/2024", "31/03/2024", "C", "Signed 22 March 2024; validated by Compliance 15 April.",
             ["General Counsel UK"], "2024-03", "blue"),
            ("1.2", "Establish a quarterly UK oversight forum for services provided by Equifax Inc., with MI on incidents, security controls and service performance.",
             "Chief Operating Officer UK", "29/02/2024", "", "G", "First two forums held; MI pack being extended for Q2.",
             ["Chief Operating Officer UK"], "2024-02", "green"),
            ("1.3", "Document the UK Board’s escalation route for group-level incidents affecting UK consumers’ data.",
             "Chief Risk Officer; Company Secretary", "31/03/2024", "30/06/2024", "A", "Draft with Group Legal; revised date agreed at the April BRC.",
             ["Chief Risk Officer", "Company Secretary"], "2024-06", "amber"),
        ]),
        (WS2, [
            ("2.1", "Complete a data mapping exercise identifying all UK consumer data held or processed outside the UK, including legacy datasets.",
             "Chief Information Security Officer UK", "30/04/2024", "", "R", "Legacy archive mapping incomplete; recovery plan to BRC in June.",
             ["Chief Information Security Officer UK"], "2024-04", "red"),
            ("2.2", "Run a joint UK/US incident response exercise covering notification of affected UK consumers and regulators within the required timescales.",
             "Head of Operational Resilience", "June 2024", "", "G", "Exercise scheduled for 11 June 2024.",
             ["Head of Operational Resilience"], "2024-06", "green"),
        ]),
        (WS3, [
            ("3.1", "Review complaints received since 2017 relating to the 2017 cyber incident and confirm that redress was fair and consistent.",
             "Head of Customer Relations", "31/05/2024", "31/08/2024", "A", "Sample of 400 files under review; scope extended to include FOS referrals.",
             ["Head of Customer Relations"], "2024-08", "amber"),
            ("3.2", "Issue updated guidance to complaint handlers on identifying and recording data security complaints.",
             "Head of Customer Relations", "31/01/2024", "", "C", "Guidance issued 19 January; QA sampling in place.",
             ["Head of Customer Relations"], "2024-01", "blue"),
        ]),
    ]
    actions = []
    for ws_, acts in data:
        out.append(ws_)
        for (ref, atext, owner, orig, rev, rag, comm, lead, end, status) in acts:
            out.append("\t".join([ref, atext, owner, orig, rev, rag, comm]))
            actions.append(act(ref, [ws_], atext, lead, end, status))
        out.append("")
    out.append("Summary: 7 actions – C 2 | G 2 | A 2 | R 1")
    out.append("Source: Remediation PMO. Owners are the accountable executives on the SM&CR responsibilities map.")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out) + "\n")

    return name, {
        "source": (
            "Imitates the remediation action trackers firms keep and report to their board risk committee after an FCA "
            "Final Notice (Equifax Ltd was fined by the FCA in October 2023 over its oversight of outsourcing to its US "
            "parent); layout follows the FCA remediation trackers firms share with the regulator: workstreams, numbered "
            "actions, accountable owner, original and revised due dates, RAG and commentary. Exported as tab-separated "
            "text with title, extract and RAG key lines, workstream heading lines and a summary line."),
        "reads": (
            "A tab-separated tracker of seven numbered actions under three workstreams, each with an owner (one has two), "
            "an original due date and sometimes a revised one, and a RAG letter where the key makes C mean complete. "
            "The header, key, blank and summary/source lines are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }


def main():
    for build in (royal_mint, ntca, willow_burn, rossall, stroud, new_forest, equifax):
        name, exp = build()
        write_expected(name, exp)
        print(name, exp["outcome"], len(exp.get("actions", [])))


if __name__ == "__main__":
    main()
