"""Build the seven pl- blind test files of set heldout452.

Run:  /work/main/.venv/bin/python pl_make.py
Writes the data files only (docx, xlsx, csv, txt) into this folder.
"""
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

F_OCTOPUS = "pl-octopus-energy-ofgem-debt-affordability-compliance-review-action-plan.xlsx"
F_LCR = "pl-liverpool-city-region-ca-audit-and-governance-committee-action-log.xlsx"
F_RSPCA = "pl-rspca-strategic-risk-register-2025-26.xlsx"
F_WELL = "pl-the-wellington-hospital-cqc-must-should-do-action-plan.docx"
F_PINS = "pl-planning-inspectorate-appeals-casework-programme-highlight-report.docx"
F_FAV = "pl-faversham-town-council-internal-audit-action-plan-2024-25-typo-month-refuse.csv"
F_NFNPA = "pl-new-forest-npa-spring-2025-wildfires-lessons-learned-action-plan.txt"

# ---------------------------------------------------------------- helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
RAGFILL = {
    "B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000",
    "GREY": "D9D9D9", "HEAD": "1F3864", "LIGHT": "DDEBF7", "NS": "FFFFFF",
}


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def d(y, m, dd):
    return datetime(y, m, dd)


def header_row(ws, row, values, colour="1F3864"):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(colour)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def box_range(ws, r1, r2, c1, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            cell = ws.cell(row=r, column=c)
            cell.border = BOX
            if cell.alignment is None or not cell.alignment.wrap_text:
                cell.alignment = WRAP


# ============================================================ 1 OCTOPUS xlsx
# Each action: ref, text, owner cell, original date, revised date, previous RAG, current RAG, update
OCTOPUS_AREAS = [
    ("Area 1: Identifying customers in payment difficulty", [
        ("Octopus does not use all of the data available to it (for example smart meter top-up and "
         "self-disconnection data) to proactively identify prepayment customers who may be struggling to pay.", [
            ("1.1", "Build a daily self-disconnection report from smart prepayment data and route customers with two "
                    "or more self-disconnections in 7 days to the Financial Support team for an outbound call.",
             "Head of Data & Analytics / Head of Financial Support", d(2025, 5, 31), None, "G", "B",
             "Report live from 19 May 2025. 4,212 outbound contacts made to 31 August 2025."),
            ("1.2", "Add payment-difficulty flags to the CRM so that agents see missed payments, debt balance and "
                    "any vulnerability notes on one screen.",
             "Head of CRM Product", d(2025, 6, 30), d(2025, 10, 31), "A", "A",
             "Delayed by the July CRM release freeze. Build complete; user testing during October."),
        ]),
        ("Frontline agents do not consistently ask about customers’ circumstances before agreeing a repayment plan.", [
            ("1.3", "Refresh the ability-to-pay conversation guide and retrain all Collections and Financial Support agents.",
             "Collections Training Lead", d(2025, 4, 30), None, "G", "B",
             "Training completed by 98% of agents (1,146 of 1,169). New starters trained at induction."),
        ]),
    ]),
    ("Area 2: Setting and reviewing repayment plans", [
        ("Repayment rates are not always based on the customer’s ability to pay and are not reviewed when "
         "circumstances change.", [
            ("2.1", "Use the Standard Financial Statement (SFS) for all new repayment plans over £10 a week and "
                    "record the outcome in the CRM.",
             "Head of Collections", d(2025, 6, 30), None, "A", "G",
             "SFS in use since 2 June 2025. QA sample shows 91% of plans with a completed SFS."),
            ("2.2", "Introduce an automated six-monthly review of every active repayment plan, with a letter and an "
                    "offer of a call to the customer.",
             "Head of Collections; Head of Customer Communications", d(2025, 7, 31), d(2025, 12, 31), "A", "R",
             "Letter supplier changed in August. Ofgem informed of the revised date on 12 September 2025."),
        ]),
    ]),
    ("Area 3: Prepayment customers – emergency and additional support credit", [
        ("Emergency credit and Additional Support Credit (ASC) are not offered consistently to customers who have "
         "self-disconnected or are at risk of doing so.", [
            ("3.1", "Set the default emergency credit on all smart prepayment meters to £15 and publish the "
                    "friendly-hours credit rules on the website.",
             "Head of Metering Operations", d(2025, 3, 31), d(2025, 8, 31), "G", "B",
             "Completed 28 August 2025 after firmware update to the last SMETS1 meters."),
            ("3.2", "Write a procedure for offering Additional Support Credit, covering eligibility, amounts and how "
                    "repayment is recovered, and audit 50 cases a month.",
             "Head of Financial Support", d(2025, 9, 30), None, "G", "G",
             "Procedure approved 22 September 2025. First monthly audit due in October."),
        ]),
    ]),
    ("Area 4: Signposting to free debt advice", [
        ("Information about free, independent debt advice is hard to find on bills and in collection letters.", [
            ("4.1", "Add Citizens Advice and StepChange contact details to the front page of all collection letters "
                    "and to the debt help pages of the website and app.",
             "Head of Customer Communications", d(2025, 5, 31), None, "G", "B",
             "All letter templates updated 14 May 2025; website and app pages updated 21 May 2025."),
        ]),
    ]),
]


def build_octopus(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Ofgem Market Compliance Review: Debt and Affordability – Remediation Action Plan"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Octopus Energy Ltd – domestic gas and electricity supply licences"
    cov["A3"] = "Submitted to Ofgem Retail Compliance. Commercially sensitive until published."
    cov["A3"].font = Font(italic=True)
    cov["A5"] = "Document control"
    cov["A5"].font = BOLD
    header_row(cov, 6, ["Version", "Date", "Author", "Summary of changes"])
    rows = [
        ("1.0", d(2025, 3, 14), "Regulatory Compliance Team", "First submission to Ofgem"),
        ("2.0", d(2025, 6, 27), "Regulatory Compliance Team", "Q1 progress update"),
        ("3.0", d(2025, 9, 30), "Regulatory Compliance Team",
         "Q2 progress update; revised dates for actions 1.2, 2.2 and 3.1 agreed with Ofgem"),
    ]
    for i, r in enumerate(rows, start=7):
        for j, v in enumerate(r, start=1):
            c = cov.cell(row=i, column=j, value=v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, datetime):
                c.number_format = "dd/mm/yyyy"
    cov["A11"] = "Accountable executive:"
    cov["A11"].font = BOLD
    cov["B11"] = "Chief Customer Officer"
    cov["A12"] = "Regulatory contact:"
    cov["A12"].font = BOLD
    cov["B12"] = "Head of Regulatory Compliance"
    cov["A14"] = "RAG key"
    cov["A14"].font = BOLD
    key = [("B", "Complete – evidence submitted to Ofgem"),
           ("G", "On track to deliver by the due date"),
           ("A", "Some risk to delivery – mitigation in place"),
           ("R", "Off track – revised date required")]
    for i, (k, t) in enumerate(key, start=15):
        c = cov.cell(row=i, column=1, value=k)
        c.fill = fill(RAGFILL[k])
        c.font = Font(bold=True, color="FFFFFF" if k in "BR" else "000000")
        c.alignment = Alignment(horizontal="center")
        cov.cell(row=i, column=2, value=t)
    widths(cov, [24, 16, 30, 70])

    ws = wb.create_sheet("Action Plan")
    ws.merge_cells("A1:I1")
    ws["A1"] = "Debt and Affordability MCR – Remediation Action Plan (v3.0, 30 September 2025)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:I2")
    ws["A2"] = ("Ofgem findings are shown in the order of Ofgem’s feedback letter of 17 January 2025. "
                "Where a revised due date has been agreed with Ofgem it replaces the original date.")
    ws["A2"].font = Font(italic=True)
    header_row(ws, 4, ["Ref", "Ofgem finding", "Action", "Action owner", "Original due date",
                       "Revised due date", "Previous RAG (Jun-25)", "Current RAG (Sep-25)", "Progress update"])
    r = 5
    for area, findings in OCTOPUS_AREAS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(row=r, column=1, value=area)
        c.font = BOLD
        c.fill = fill(RAGFILL["LIGHT"])
        box_range(ws, r, r, 1, 9)
        r += 1
        for finding, acts in findings:
            top = r
            ws.cell(row=r, column=2, value=finding)
            for (ref, text, owner, orig, rev, prev, cur, upd) in acts:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=3, value=text)
                ws.cell(row=r, column=4, value=owner)
                c = ws.cell(row=r, column=5, value=orig)
                c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c = ws.cell(row=r, column=6, value=rev)
                    c.number_format = "dd/mm/yyyy"
                for col, val in ((7, prev), (8, cur)):
                    c = ws.cell(row=r, column=col, value=val)
                    c.fill = fill(RAGFILL[val])
                    c.font = Font(bold=True, color="FFFFFF" if val in "BR" else "000000")
                ws.cell(row=r, column=9, value=upd)
                r += 1
            box_range(ws, top, r - 1, 1, 9)
            for rr in range(top, r):
                for cc in (7, 8):
                    ws.cell(row=rr, column=cc).alignment = Alignment(horizontal="center", vertical="top")
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=2, value="Summary at 30 September 2025").font = BOLD
    summary = [("Complete (B)", 4), ("On track (G)", 2), ("At risk (A)", 1), ("Off track (R)", 1), ("Total actions", 8)]
    for i, (k, v) in enumerate(summary, start=r + 1):
        ws.cell(row=i, column=2, value=k)
        ws.cell(row=i, column=3, value=v).alignment = Alignment(horizontal="left")
    widths(ws, [7, 42, 55, 30, 13, 13, 11, 11, 50])
    ws.freeze_panes = "A5"
    wb.save(path)


# ================================================================ 2 LCR xlsx
LCR_OPEN = [
    ("Meeting held 10 July 2025", [
        ("Item 5 – External Audit Findings Report 2023/24", [
            ("AG/25/11", "Bring back a timetable for clearing the backlog of audited accounts, agreed with the external auditor.",
             "Director of Finance (S73 Officer)", d(2025, 10, 23), "G",
             "Timetable agreed with the external auditor; report on today’s agenda (Item 6)."),
        ]),
        ("Item 6 – Internal Audit Progress Report", [
            ("AG/25/12", "Follow up the two overdue high-priority recommendations from the Adult Skills Fund grant "
                         "assurance review and report the outcome to the Committee.",
             "Head of Internal Audit", "Oct-25", "A",
             "One recommendation closed. The second (sub-contractor monitoring visits) is now due December 2025."),
            ("AG/25/13", "Arrange a members’ briefing on the new Global Internal Audit Standards.",
             "Head of Internal Audit", "Next meeting", "G", "Briefing to follow the January meeting."),
        ]),
        ("Item 8 – Strategic Risk Register", [
            ("AG/25/14", "Add a separate strategic risk covering the mobilisation of the Tranche 2 franchised bus "
                         "contracts, with its own controls and target score.",
             "Director of Corporate Services / Head of Risk and Resilience", d(2025, 12, 31), "G",
             "Draft risk wording agreed with the Transport directorate."),
        ]),
    ]),
    ("Meeting held 25 September 2025", [
        ("Item 4 – Annual Governance Statement 2024/25", [
            ("AG/25/19", "Strengthen the wording of the significant governance issue on assurance over major capital "
                         "projects before the statement is signed.",
             "Monitoring Officer", d(2025, 11, 30), "G", "Revised wording with the Chief Executive for sign-off."),
        ]),
        ("Item 7 – Counter Fraud Annual Report", [
            ("AG/25/20", "Circulate the outcome of the National Fraud Initiative 2024/25 data matches, including the "
                         "number of concessionary travel passes cancelled.",
             "Sarah Kenyon and Mark Doyle", "Dec 2025", "G", "Matches still being worked through."),
        ]),
        ("Item 9 – Treasury Management Mid-Year Review", [
            ("AG/25/21", "Provide a note on the sensitivity of the capital financing budget to a 1% rise in PWLB rates.",
             "Head of Treasury and Pensions", d(2025, 10, 14), "R", "Overdue – note will be tabled at the meeting."),
        ]),
    ]),
]
LCR_CLOSED = [
    ("Meeting held 10 April 2025", [
        ("Item 7 – Internal Audit Annual Opinion 2024/25", [
            ("AG/25/03", "Provide members with a breakdown of the limited assurance reviews by directorate, with the "
                         "agreed management actions and target dates.",
             "Head of Internal Audit", "Jun-25", "B", "Circulated by email on 2 June 2025."),
        ]),
        ("Item 10 – Committee Work Programme", [
            ("AG/25/05", "Schedule a private session for members with the external auditor, without officers present.",
             "Statutory Scrutiny Officer", "Sep-25", "B", "Held before the 25 September 2025 meeting."),
        ]),
    ]),
]


def _lcr_sheet(ws, title_rows, blocks, start):
    for i, (t, f) in enumerate(title_rows, start=1):
        ws.cell(row=i, column=1, value=t).font = f
    header_row(ws, start, ["No.", "Agenda item", "Action agreed", "Responsible officer", "Due", "RAG",
                           "Update / comment"], colour="7030A0")
    r = start + 1
    for meeting, items in blocks:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(row=r, column=1, value=meeting)
        c.font = BOLD
        c.fill = fill("E4DFEC")
        box_range(ws, r, r, 1, 7)
        r += 1
        for item, acts in items:
            top = r
            ws.cell(row=r, column=2, value=item)
            for (no, text, officer, due, rag, upd) in acts:
                ws.cell(row=r, column=1, value=no)
                ws.cell(row=r, column=3, value=text)
                ws.cell(row=r, column=4, value=officer)
                c = ws.cell(row=r, column=5, value=due)
                if isinstance(due, datetime):
                    c.number_format = "dd/mm/yyyy"
                c = ws.cell(row=r, column=6, value=rag)
                c.fill = fill(RAGFILL[rag])
                ws.cell(row=r, column=7, value=upd)
                r += 1
            box_range(ws, top, r - 1, 1, 7)
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    widths(ws, [11, 30, 55, 30, 13, 6, 45])
    return r


def build_lcr(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Open actions"
    _lcr_sheet(ws, [
        ("Liverpool City Region Combined Authority – Audit and Governance Committee Action Log", Font(bold=True, size=14)),
        ("Position as at 14 October 2025, for the meeting on 23 October 2025", Font(italic=True)),
        ("RAG: B = complete, G = on track, A = slipping, R = overdue", Font(size=9)),
    ], LCR_OPEN, 5)
    ws.freeze_panes = "A6"
    ws2 = wb.create_sheet("Closed since last meeting")
    end = _lcr_sheet(ws2, [
        ("Actions closed since the meeting on 25 September 2025", Font(bold=True, size=12)),
        ("Closed actions are removed from the log after they have been reported once.", Font(italic=True)),
    ], LCR_CLOSED, 4)
    wb.save(path)


# ============================================================== 3 RSPCA xlsx
RSPCA_RISKS = [
    ("SR1 Voluntary income\nCost-of-living pressures reduce regular giving and legacy income below the 2025-26 budget.",
     "Director of Fundraising", (4, 4), "Diversified income plan; monthly income reforecast; reserves policy (3–6 months’ spend).",
     (3, 4), "↑", [
         ("SR1.1", "Launch the regular giving reactivation campaign for supporters who lapsed in 2023-24.",
          "Director of Fundraising", d(2025, 11, 30), "On track"),
         ("SR1.2", "Complete the legacy pipeline review and re-forecast legacy income with the Finance Committee.",
          "Head of Legacies / Head of Financial Planning", "31/12/2025", "On track"),
     ]),
    ("SR2 Inspectorate and rescue capacity\nVacancies among inspectors and animal rescue officers limit our ability to "
     "respond to cruelty reports within target times.",
     "Director of Frontline Operations", (4, 5), "Workforce plan; regional cover rota; national control centre prioritisation.",
     (4, 4), "→", [
         ("SR2.1", "Run two inspector recruitment and training cohorts (spring and autumn 2025).",
          "Chief Inspector", d(2025, 10, 31), "Complete"),
         ("SR2.2", "Introduce a national call-triage model so that urgent cruelty reports are dispatched within 24 hours.",
          "Director of Frontline Operations", d(2026, 3, 31), "Delayed"),
     ]),
    ("SR3 Safeguarding\nA failure to safeguard children or adults at risk during volunteering, education or community "
     "work causes harm and serious reputational damage.",
     "Director of People", (3, 5), "Safeguarding policy and designated leads; DBS checks; trustee safeguarding lead.",
     (2, 5), "→", [
         ("SR3.1", "Move all volunteer DBS checks onto the new HR system and clear the backlog of overdue renewals.",
          "Head of Safeguarding", "30/11/2025", "Delayed"),
         ("SR3.2", "Deliver safeguarding refresher training to all trustees and the Executive Leadership Team.",
          "Company Secretary; Head of Safeguarding", d(2025, 9, 30), "Complete"),
         ("SR3.3", "Report safeguarding concerns and referrals to every Board meeting.",
          "Director of People", "Quarterly", "On track"),
     ]),
    ("SR4 Cyber security\nA cyber attack or data breach disrupts rescue operations and exposes supporter and staff "
     "personal data.",
     "Chief Information Officer", (4, 5), "Firewalls and endpoint protection; phishing training; offline back-ups.",
     (3, 5), "↓", [
         ("SR4.1", "Complete the move to multi-factor authentication for all staff and volunteer accounts.",
          "Chief Information Officer", d(2025, 7, 31), "Complete"),
         ("SR4.2", "Test the cyber incident response plan through a desktop exercise with the Executive Leadership Team.",
          "Head of IT Security", d(2026, 1, 31), "Not started"),
         ("SR4.3", "Achieve Cyber Essentials Plus certification for the National Control Centre.",
          "Head of IT Security", "31/03/2026", "On track"),
     ]),
]
STATUS_FILL = {"Complete": "9BC2E6", "On track": "A9D08E", "Delayed": "FFD966", "Off track": "FF7C80",
               "Not started": None}


def score_fill(s):
    if s >= 15:
        return "FF7C80"
    if s >= 8:
        return "FFD966"
    return "A9D08E"


def build_rspca(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Risk register"
    ws["A1"] = "RSPCA Strategic Risk Register 2025-26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Reviewed by the Audit and Risk Committee on 16 September 2025. Next review: December 2025."
    ws["A2"].font = Font(italic=True)
    groups = [("Risk", 1, 2), ("Inherent risk", 3, 5), ("Current position", 6, 6), ("Residual risk", 7, 9),
              ("Trend", 10, 10), ("Further mitigating actions", 11, 15)]
    for name, c1, c2 in groups:
        if c2 > c1:
            ws.merge_cells(start_row=4, start_column=c1, end_row=4, end_column=c2)
        c = ws.cell(row=4, column=c1, value=name)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("375623")
        c.alignment = Alignment(horizontal="center")
    header_row(ws, 5, ["Risk", "Risk owner", "L", "I", "Score", "Key controls in place", "L", "I", "Score",
                       "Trend", "Ref", "Further action", "Action owner", "Target date", "Action status"],
               colour="548235")
    r = 6
    for (risk, owner, (il, ii), controls, (rl, ri), trend, acts) in RSPCA_RISKS:
        top = r
        vals = {1: risk, 2: owner, 3: il, 4: ii, 5: il * ii, 6: controls, 7: rl, 8: ri, 9: rl * ri, 10: trend}
        for col, v in vals.items():
            ws.cell(row=r, column=col, value=v)
        ws.cell(row=r, column=5).fill = fill(score_fill(il * ii))
        ws.cell(row=r, column=9).fill = fill(score_fill(rl * ri))
        for (ref, text, lead, due, status) in acts:
            ws.cell(row=r, column=11, value=ref)
            ws.cell(row=r, column=12, value=text)
            ws.cell(row=r, column=13, value=lead)
            c = ws.cell(row=r, column=14, value=due)
            if isinstance(due, datetime):
                c.number_format = "mmm-yy"
            c = ws.cell(row=r, column=15, value=status)
            if STATUS_FILL[status]:
                c.fill = fill(STATUS_FILL[status])
            r += 1
        box_range(ws, top, r - 1, 1, 15)
        if r - 1 > top:
            for col in range(1, 11):
                ws.merge_cells(start_row=top, start_column=col, end_row=r - 1, end_column=col)
    widths(ws, [40, 22, 4, 4, 7, 38, 4, 4, 7, 7, 8, 50, 28, 12, 13])
    ws.freeze_panes = "A6"

    hm = wb.create_sheet("Summary")
    hm["A1"] = "Summary of strategic risks – residual scores"
    hm["A1"].font = Font(bold=True, size=12)
    header_row(hm, 3, ["Risk", "Inherent score", "Residual score", "Target score", "Trend"], colour="548235")
    for i, (risk, owner, (il, ii), controls, (rl, ri), trend, acts) in enumerate(RSPCA_RISKS, start=4):
        hm.cell(row=i, column=1, value=risk.split("\n")[0])
        hm.cell(row=i, column=2, value=il * ii)
        c = hm.cell(row=i, column=3, value=rl * ri)
        c.fill = fill(score_fill(rl * ri))
        hm.cell(row=i, column=4, value={"SR1": 8, "SR2": 10, "SR3": 5, "SR4": 10}[risk[:3]])
        hm.cell(row=i, column=5, value=trend)
    box_range(hm, 3, 3 + len(RSPCA_RISKS), 1, 5)
    widths(hm, [40, 15, 15, 13, 8])

    key = wb.create_sheet("Scoring key")
    key["A1"] = "Scoring and status key"
    key["A1"].font = Font(bold=True, size=12)
    lines = [
        ("Likelihood (L)", "1 Rare, 2 Unlikely, 3 Possible, 4 Likely, 5 Almost certain"),
        ("Impact (I)", "1 Minimal, 2 Minor, 3 Moderate, 4 Major, 5 Severe"),
        ("Score", "L x I: 1–7 low (green), 8–14 medium (amber), 15–25 high (red)"),
        ("Trend", "↑ increasing, → stable, ↓ reducing since last review"),
        ("Action status", "Complete (blue), On track (green), Delayed (amber), Off track (red), Not started (no colour)"),
    ]
    for i, (a, b) in enumerate(lines, start=3):
        key.cell(row=i, column=1, value=a).font = BOLD
        key.cell(row=i, column=2, value=b)
    widths(key, [18, 90])
    wb.save(path)


# ================================================================= docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)


def table_header(table, values, colour="D9E2F3"):
    for i, v in enumerate(values):
        set_cell(table.rows[0].cells[i], v, bold=True)
        shade(table.rows[0].cells[i], colour)


# ============================================================ 4 WELLINGTON docx
WELL_SECTIONS = [
    ("1. Surgery", [
        ("Must do: The service must ensure that the five steps to safer surgery, including the WHO surgical safety "
         "checklist, are fully completed for every patient. (Regulation 12(1)(2)(a)(b))", [
            ("1.1", "Re-launch the WHO checklist with a ‘stop moment’ before knife to skin, led by the operating "
                    "surgeon in every theatre.", "Theatre Manager", "30/06/2025", ("Complete", "9DC3E6")),
            ("1.2", "Audit 20 checklists per theatre each month and report compliance to the Clinical Governance "
                    "Committee until 95% compliance has been sustained for three months.",
             "Head of Clinical Governance / Theatre Manager", "December 2025", ("Green", "92D050")),
        ]),
        ("Must do: The service must ensure that all staff complete mandatory training, including safeguarding "
         "adults and children level 3, in line with the provider’s target. (Regulation 18(2)(a))", [
            ("1.3", "Book all theatre and ward staff with outstanding safeguarding level 3 training on to the "
                    "September and October 2025 sessions.", "Education Lead", "31/10/2025", ("Amber", "FFC000")),
            ("1.4", "Add mandatory training compliance by department to the monthly ward and theatre dashboards.",
             "Director of Clinical Services", "31/08/2025", ("", "9DC3E6")),
        ]),
        ("Should do: The service should ensure that daily controlled drug checks in the recovery area are recorded.", [
            ("1.5", "Introduce an electronic controlled drugs register in recovery with daily check prompts.",
             "Chief Pharmacist", "March 2026", ("Green", "92D050")),
        ]),
    ]),
    ("2. Diagnostic imaging", [
        ("Must do: The service must ensure that resuscitation trolleys in the imaging department are checked in line "
         "with hospital policy. (Regulation 12(2)(e))", [
            ("2.1", "Move the imaging resuscitation trolleys onto the daily electronic checking system used in theatres.",
             "Imaging Services Manager", "31/07/2025", ("Complete", "9DC3E6")),
            ("2.2", "Spot-check trolley check records weekly and include the results in the imaging governance report.",
             "Imaging Services Manager", "Ongoing – weekly", ("Green", "92D050")),
        ]),
        ("Should do: The service should make sure patients are told how long they will wait for their scan results.", [
            ("2.3", "Update the imaging appointment letter and website to give reporting times for each type of scan.",
             "Patient Experience Lead; Imaging Services Manager", "End of November 2025", ("Not started", None)),
        ]),
    ]),
]


def build_wellington(path):
    doc = Document()
    doc.add_paragraph("The Wellington Hospital – CQC Inspection Action Plan", style="Title")
    doc.add_paragraph("HCA Healthcare UK")
    doc.add_paragraph("Inspection: 4 to 6 March 2025 (Surgery; Diagnostic imaging). Report published: 18 June 2025.")
    doc.add_paragraph("Overall rating: Good. Safe: Requires improvement.")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    table_header(t, ["Version", "Date", "Author", "Approved by"])
    for i, row in enumerate([("1.0", "16/07/2025", "Head of Clinical Governance", "Medical Advisory Committee"),
                             ("1.1", "01/10/2025", "Head of Clinical Governance", "Clinical Governance Committee")],
                            start=1):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v)

    doc.add_paragraph("RAG status key", style="Heading 2")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, txt, col) in enumerate([("Blue", "Action complete and evidence of sustained improvement", "9DC3E6"),
                                       ("Green", "On track to meet the target date", "92D050"),
                                       ("Amber", "Risk to delivery by the target date", "FFC000"),
                                       ("Red", "Target date missed", "FF0000")]):
        set_cell(t.rows[i].cells[0], k, bold=True)
        shade(t.rows[i].cells[0], col)
        set_cell(t.rows[i].cells[1], txt)

    for sec, reqs in WELL_SECTIONS:
        doc.add_paragraph(sec, style="Heading 1")
        n = 1 + sum(len(a) for _, a in reqs)
        t = doc.add_table(rows=n, cols=6)
        t.style = "Table Grid"
        table_header(t, ["Ref", "CQC finding", "Action", "Lead", "Target date", "RAG"])
        r = 1
        for req, acts in reqs:
            top = r
            for (ref, text, lead, due, (rag, col)) in acts:
                cells = t.rows[r].cells
                set_cell(cells[0], ref)
                set_cell(cells[2], text)
                set_cell(cells[3], lead)
                set_cell(cells[4], due)
                set_cell(cells[5], rag)
                if col:
                    shade(cells[5], col)
                r += 1
            if r - 1 > top:
                merged = t.cell(top, 1).merge(t.cell(r - 1, 1))
            else:
                merged = t.cell(top, 1)
            set_cell(merged, req)
        doc.add_paragraph("")

    doc.add_paragraph("Sign-off", style="Heading 2")
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    table_header(t, ["Name", "Role", "Date"])
    for i, row in enumerate([("Anna Whitlock", "Chief Executive Officer", "02/10/2025"),
                             ("Dr Martin Osei", "Chair, Medical Advisory Committee", "02/10/2025")], start=1):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v)
    doc.save(path)


# ================================================================= 5 PINS docx
PINS_WS = [
    ("Workstream 1: Digital appeals service", [
        ("D1", "Release the redesigned householder appeal form to all users of the Appeal a planning decision service.",
         "Product Lead (Appeals)", "31/07/25", "31/07/25", "C", "Released 29 July 2025."),
        ("D2", "Migrate enforcement appeals from the legacy Horizon system to the new case management system.",
         "Head of Digital Delivery", "30/09/25", "31/01/26", "R",
         "Data quality issues found in test migration; replan to go to Programme Board."),
        ("D3", "Complete the accessibility audit of the appellant and local planning authority journeys and fix all "
               "WCAG 2.2 AA failures.",
         "Product Lead (Appeals) & Lead Service Designer", "Nov-25", "Nov-25", "G", "Audit fieldwork complete."),
    ]),
    ("Workstream 2: Inspector capacity", [
        ("I1", "Complete the autumn inspector recruitment campaign and make offers to 40 planning inspectors.",
         "Head of Inspector Resourcing", "31/10/25", "31/10/25", "G", "Interviews under way; 26 offers made."),
        ("I2", "Deliver the new-entrant inspector training programme for the spring 2025 intake.",
         "Inspector Training Manager", "30/09/25", "30/09/25", "C", "All 31 new inspectors signed off."),
        ("I3", "Agree the model for salaried inspectors to take on written representations casework.",
         "Deputy Director, Operations", "Dec-25", "Feb-26", "A", "Trade union consultation extended."),
    ]),
    ("Workstream 3: Casework process redesign", [
        ("P1", "Pilot the ‘ready to decide’ validation check for section 78 planning appeals in two casework teams.",
         "Casework Process Lead", "31/08/25", "30/09/25", "C", "Pilot closed 30 September; evaluation in October."),
        ("P2", "Publish revised procedural guidance on appeal timetables following the pilot.",
         "Head of Policy and Guidance", "Dec-25", "Dec-25", "G", "Drafting started."),
        ("P3", "Roll out the validation check to all planning appeal casework teams.",
         "Casework Process Lead / Operational Delivery Managers", "Mar-26", "Mar-26", "A",
         "Depends on pilot evaluation and I3."),
    ]),
]


def build_pins(path):
    doc = Document()
    doc.add_paragraph("Appeals Casework Transformation Programme – Highlight Report", style="Title")
    doc.add_paragraph("Planning Inspectorate | Programme Board, 15 October 2025 | OFFICIAL")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Reporting period", "1 September – 30 September 2025"),
                                ("Senior Responsible Owner", "Director of Operations"),
                                ("Programme Manager", "Priya Nandra"),
                                ("Version", "Final")]):
        set_cell(t.rows[i].cells[0], a, bold=True)
        shade(t.rows[i].cells[0], "D9E2F3")
        set_cell(t.rows[i].cells[1], b)
    p = doc.add_paragraph()
    p.add_run("RAG key: ").bold = True
    p.add_run("G – on track; A – at risk but recoverable within tolerance; R – outside tolerance, Board action "
              "needed; C – complete.")

    doc.add_paragraph("1. Overall status", style="Heading 1")
    t = doc.add_table(rows=6, cols=4)
    t.style = "Table Grid"
    table_header(t, ["Dimension", "Last period", "This period", "Commentary"])
    colours = {"G": "92D050", "A": "FFC000", "R": "FF0000"}
    for i, (dim, last, this, com) in enumerate([
            ("Overall", "A", "A", "Digital migration is behind plan; recruitment and pilot on track."),
            ("Schedule", "A", "R", "Enforcement appeals migration (D2) has moved beyond its tolerance."),
            ("Budget", "G", "G", "£0.2m forecast underspend on contractor costs."),
            ("Resources", "A", "A", "Two vacant developer posts; agency cover in place."),
            ("Benefits", "G", "G", "Householder appeal decision times down to 14 weeks.")], start=1):
        cells = t.rows[i].cells
        set_cell(cells[0], dim, bold=True)
        set_cell(cells[1], last)
        shade(cells[1], colours[last])
        set_cell(cells[2], this)
        shade(cells[2], colours[this])
        set_cell(cells[3], com)

    doc.add_paragraph("2. Achievements this period", style="Heading 1")
    for b in ["New householder appeal form released to all users (D1).",
              "Spring 2025 inspector intake completed training and started casework (I2).",
              "‘Ready to decide’ pilot closed on time with 212 appeals validated (P1)."]:
        doc.add_paragraph(b, style="List Bullet")

    doc.add_paragraph("3. Milestones and actions", style="Heading 1")
    doc.add_paragraph("Baseline dates are those in the Programme Plan approved in April 2025. "
                      "Forecast dates are the current expected delivery dates.")
    for ws_name, acts in PINS_WS:
        doc.add_paragraph(ws_name, style="Heading 2")
        t = doc.add_table(rows=1 + len(acts), cols=7)
        t.style = "Table Grid"
        table_header(t, ["Ref", "Milestone / action", "Owner", "Baseline", "Forecast", "RAG", "Comment"])
        for i, (ref, text, owner, base, fc, rag, com) in enumerate(acts, start=1):
            cells = t.rows[i].cells
            for j, v in enumerate([ref, text, owner, base, fc, rag, com]):
                set_cell(cells[j], v)
            shade(cells[5], {"C": "9DC3E6", "G": "92D050", "A": "FFC000", "R": "FF0000"}[rag])

    doc.add_paragraph("4. Top risks", style="Heading 1")
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    table_header(t, ["Risk", "Score", "Trend"])
    for i, row in enumerate([("Legacy data quality delays the Horizon decommissioning date", "16", "↑"),
                             ("Inspector attrition exceeds recruitment", "12", "→"),
                             ("Local planning authorities do not adopt the new questionnaire", "8", "↓")], start=1):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v)

    doc.add_paragraph("5. Decisions required from the Programme Board", style="Heading 1")
    doc.add_paragraph("The Board is asked to agree a revised baseline for D2 and to note the extended consultation on I3.")
    doc.save(path)


# ================================================================= 6 FAVERSHAM csv
FAV_ROWS = [
    ("1", "A. Appropriate accounting records",
     "Bank reconciliations should be signed and dated each month by a councillor other than the RFO.",
     "Chair of F&GP to sign the monthly bank reconciliations; signed copies filed with the cashbook.",
     "Town Clerk / RFO", "31/07/2025", "Complete"),
    ("2", "B. Financial regulations and standing orders",
     "Financial Regulations have not been updated to the 2024 NALC model.",
     "Adopt revised Financial Regulations based on the NALC 2024 model.",
     "Town Clerk", "Sep-25", "Complete"),
    ("3", "C. Risk management and insurance",
     "The risk register was last reviewed by Council in March 2023.",
     "Review the risk register and present it to Full Council every May.",
     "Deputy Town Clerk", "May 2026", "In progress"),
    ("4", "D. Budgetary controls",
     "Earmarked reserves are not reviewed against their original purpose.",
     "Review all earmarked reserves and release any no longer needed to the general reserve.",
     "Town Clerk / RFO", "30/11/2025", "In progress"),
    ("5", "G. Payroll",
     "Staff statements of particulars do not reflect the 2024 NJC pay award.",
     "Issue updated statements of particulars to all staff.",
     "Town Clerk; Staffing Committee", "0ct-2025", "Not started"),
    ("6", "H. Asset register",
     "The Guildhall contents and market equipment are not fully listed on the fixed asset register.",
     "Update the fixed asset register and reconcile it to the insurance schedule.",
     "Deputy Town Clerk", "31/12/2025", "In progress"),
    ("7", "L. Publication requirements",
     "The 2023/24 Notice of Conclusion of Audit was not published on the website.",
     "Publish the notice and add all AGAR publication dates to the governance calendar.",
     "Town Clerk", "31/08/2025", "Complete"),
    ("8", "N. Exercise of public rights",
     "The inspection period in the 2024/25 Notice of Public Rights did not include the first ten working days of July.",
     "Set the 2025/26 inspection period in line with the Accounts and Audit Regulations and check it before publication.",
     "Town Clerk", "Jun-26", "Not started"),
]


def csv_field(v):
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def build_faversham(path):
    ncol = 7
    lines = [
        ["Faversham Town Council – Internal Audit Action Plan 2024/25"],
        ["Internal auditor's interim and year-end visits: 12 November 2024 and 14 May 2025. "
         "Agreed by the Finance & General Purposes Committee, 10 June 2025."],
        [],
        ["Ref", "AGAR assertion / area", "Internal auditor's recommendation", "Agreed action", "Responsible",
         "Target date", "Progress"],
    ]
    lines += [list(r) for r in FAV_ROWS]
    lines += [[], ["Progress key: Complete / In progress / Not started"],
              ["Next report: Full Council, 8 December 2025"]]
    with open(path, "w", encoding="utf-8", newline="") as f:
        for row in lines:
            row = row + [""] * (ncol - len(row))
            f.write(",".join(csv_field(v) for v in row) + "\r\n")


# ================================================================= 7 NEW FOREST txt
NF_THEMES = [
    ("Theme 1 – Prevention and public awareness", [
        ("Many visitors did not know that barbecues and campfires are banned on the open forest at all times.", [
            ("1.1", "Put ‘No BBQs – No fires’ signs at all Forestry England car parks and the main village entrances.",
             "Recreation Management Officer", "Forestry England", "Mar-26", "Green",
             "Sign design agreed; 96 of 140 car parks done."),
            ("1.2", "Run a summer social media and local radio campaign with HIWFRS whenever the fire severity index "
                    "reaches level 4.",
             "Head of Communications & Engagement", "HIWFRS", "Annually (each summer)", "Green",
             "2025 campaign reached 310,000 people."),
        ]),
        ("Shops in and around the National Park were still selling disposable barbecues during the high fire risk period.", [
            ("1.3", "Write to all retailers in and around the National Park asking them to stop selling disposable "
                    "barbecues, and publish a list of those that agree.",
             "Chief Executive", "New Forest District Council", "30/06/2025", "Blue",
             "Letters sent 2 June 2025; 41 retailers signed up and listed on the website."),
        ]),
    ]),
    ("Theme 2 – Incident response and access", [
        ("Fire appliances were delayed by parked cars blocking forest tracks and gates.", [
            ("2.1", "Map all emergency access gates and share what3words locations with HIWFRS Control.",
             "GIS Officer / Head of Rangers", "Forestry England", "31/10/2025", "Amber",
             "Mapping 80% complete; data sharing agreement with HIWFRS awaiting signature."),
            ("2.2", "Install ‘Keep clear – emergency access’ signs at the 35 priority gates.",
             "Head of Rangers", "Forestry England", "Dec-25", "Amber", "Signs ordered; installation from November."),
        ]),
        ("Authority staff and volunteers were unclear about their role once the fire service had taken command.", [
            ("2.3", "Write a wildfire role card for rangers and volunteer rangers and train all ranger staff before "
                    "the 2026 fire season.",
             "Head of Rangers", "HIWFRS", "March 2026", "Green", "Role card drafted with HIWFRS wildfire tactical advisers."),
        ]),
    ]),
    ("Theme 3 – Recovery and learning", [
        ("There was no agreed plan for monitoring the recovery of heathland and mire habitats after the fires.", [
            ("3.1", "Agree a post-fire habitat monitoring protocol with Natural England and Forestry England.",
             "Lead Ecologist", "Natural England, Forestry England", "Jan-26", "Red",
             "Delayed by a vacancy in the ecology team; recruitment under way."),
        ]),
        ("Partners did not keep a single shared record of the actions agreed after previous fires.", [
            ("3.2", "Report progress on this action plan to every Authority meeting until all actions are closed.",
             "Chief Executive", "", "Quarterly", "Green", "Second report to the Authority, 2 October 2025."),
        ]),
    ]),
]


def build_newforest(path):
    out = [
        "New Forest National Park Authority: Spring 2025 Wildfires – Lessons Learned Action Plan",
        "Prepared with Hampshire & Isle of Wight Fire and Rescue Service (HIWFRS), Forestry England and the Verderers",
        "Version 2 – report to the Authority meeting on 2 October 2025",
        "RAG: Blue = complete; Green = on track; Amber = some slippage; Red = off track",
        "",
        "\t".join(["Ref", "Lesson identified", "Action", "Lead", "Support", "Due", "RAG", "Progress update"]),
    ]
    for theme, lessons in NF_THEMES:
        out.append(theme + "\t" * 7)
        for lesson, acts in lessons:
            first = True
            for (ref, text, lead, support, due, rag, prog) in acts:
                out.append("\t".join([ref, lesson if first else "", text, lead, support, due, rag, prog]))
                first = False
    out += ["", "Notes:",
            "1. HIWFRS = Hampshire & Isle of Wight Fire and Rescue Service.",
            "2. Completed actions stay on the plan until the Authority agrees to close them."]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(out) + "\r\n")


def main():
    build_octopus(os.path.join(HERE, F_OCTOPUS))
    build_lcr(os.path.join(HERE, F_LCR))
    build_rspca(os.path.join(HERE, F_RSPCA))
    build_wellington(os.path.join(HERE, F_WELL))
    build_pins(os.path.join(HERE, F_PINS))
    build_faversham(os.path.join(HERE, F_FAV))
    build_newforest(os.path.join(HERE, F_NFNPA))
    print("built 7 files")


if __name__ == "__main__":
    main()
