"""Build the seven zsd- blind test files (set heldout682).

Run with /work/main/.venv/bin/python zsd_make.py  (writes beside this script).
Data for every file is kept in module-level structures so the expected readings can be
checked against exactly the same strings.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

FILL = {
    "blue": "5B9BD5",
    "green": "70AD47",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "head": "1F3864",
    "band": "DDEBF7",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(name):
    return PatternFill("solid", start_color=FILL[name], end_color=FILL[name])


# ---------------------------------------------------------------------------
# 1. VisitBritain / VisitEngland – ARC internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
VB_FILE = "zsd-visitbritain-visitengland-arac-internal-audit-recommendations-tracker.xlsx"
VB_TITLE = "Internal Audit Recommendations Tracker – position at 31 October 2025"
VB_STATUS_FILL = {"Complete": "blue", "On track": "green", "At risk": "amber", "Overdue": "red"}
VB_AUDITS = [
    ("2024/25 Procurement and Contract Management – Limited assurance (final report 14 March 2025)", [
        ("PCM-01", "High",
         "Ensure that every contract over £50,000 awarded by single tender action has documented DCMS approval before award, in line with the Framework Document.",
         "Introduce a mandatory pre-award checkpoint in the e-procurement system so that a single tender action over £50,000 cannot proceed until the DCMS approval reference has been recorded.",
         "Head of Procurement", D(2025, 6, 30), D(2025, 9, 30), "Complete",
         "Checkpoint live from 1 September 2025. Evidence provided to Internal Audit on 10/10/2025; proposed for closure."),
        ("PCM-02", "High",
         "Maintain a complete and accurate contracts register, reconciled to the finance system at least quarterly.",
         "a) Cleanse the existing contracts register and add missing contract end dates and contract owners.\nb) Introduce a quarterly reconciliation of the register to purchase order spend, signed off by the Director of Finance and Resources.",
         "Director of Finance and Resources / Head of Procurement", D(2025, 9, 30), D(2026, 1, 31), "At risk",
         "Register cleanse 80% complete. First reconciliation delayed by the finance system upgrade; revised date agreed with Internal Audit."),
        ("PCM-03", "Medium",
         "Provide contract management training to budget holders who manage contracts above £25,000.",
         "Roll out the Government Commercial College contract management foundation module to all identified contract managers and record completion.",
         "Head of People", D(2025, 12, 31), None, "On track",
         "27 of 41 contract managers have completed the module."),
    ]),
    ("2024/25 IT Asset Management and Cyber Security – Moderate assurance (final report 2 May 2025)", [
        ("ITC-01", "High",
         "Identify end-of-life devices and unsupported operating systems and remove them from the network.",
         "Replace the remaining 46 laptops running unsupported operating systems and remove them from the domain.",
         "Chief Operating Officer / Head of IT", D(2025, 7, 31), D(2025, 10, 31), "Overdue",
         "34 of 46 replaced. Supplier delivery delays; remaining devices expected in November 2025."),
        ("ITC-02", "Medium",
         "Complete and test the IT disaster recovery plan, including recovery for overseas offices.",
         "Carry out a full disaster recovery test of core systems (finance, CRM and website) and report the results to the Audit and Risk Committee.",
         "Head of IT", D(2026, 3, 31), None, "On track",
         "Test scheduled for February 2026 with the hosting provider."),
        ("ITC-03", "Low",
         "Keep the IT asset register up to date for leavers and overseas staff.",
         "Link the leavers process in the HR system to an automatic asset-return task for IT.",
         "Head of IT; HR Business Partner", D(2025, 9, 30), None, "Complete",
         "Automated task in place since August 2025."),
    ]),
    ("2025/26 Grant Management – Local Visitor Economy Partnerships – Moderate assurance (final report 11 July 2025)", [
        ("GRM-01", "Medium",
         "Ensure grant offer letters set out measurable outputs and the evidence required for each LVEP claim.",
         "Revise the LVEP grant offer letter template to include an outputs schedule and the evidence required for claims.",
         "Head of Destination Development", D(2025, 10, 31), None, "Complete",
         "New template used for all 2025/26 offers."),
        ("GRM-02", "Low",
         "Record conflict of interest declarations for grant assessment panel members.",
         "Require panel members to complete a declaration of interests for each funding round and keep it with the assessment records.",
         "Grants Manager", D(2025, 12, 31), None, "On track",
         "Declaration form drafted; first use in the December 2025 round."),
    ]),
]


def build_visitbritain(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "British Tourist Authority (trading as VisitBritain / VisitEngland)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Committee – 18 November 2025 – Paper ARC(25)34, Annex A"
    ws["A3"] = VB_TITLE
    ws["A3"].font = Font(bold=True, size=12)
    hdr = ["Priority", "Open at last ARC", "Complete", "On track", "At risk", "Overdue", "Total on tracker"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("head")
        cell.border = BOX
    counts = {}
    for _, recs in VB_AUDITS:
        for r in recs:
            counts.setdefault(r[1], {}).setdefault(r[7], 0)
            counts[r[1]][r[7]] += 1
    prior = {"High": 4, "Medium": 5, "Low": 2}
    row = 6
    tot = [0] * 6
    for p in ("High", "Medium", "Low"):
        vals = [prior[p]] + [counts.get(p, {}).get(s, 0) for s in ("Complete", "On track", "At risk", "Overdue")]
        vals.append(sum(vals[1:]))
        ws.cell(row=row, column=1, value=p).border = BOX
        for c, v in enumerate(vals, 2):
            ws.cell(row=row, column=c, value=v).border = BOX
            tot[c - 2] += v
        row += 1
    ws.cell(row=row, column=1, value="Total").font = Font(bold=True)
    for c, v in enumerate(tot, 2):
        ws.cell(row=row, column=c, value=v).font = Font(bold=True)
    ws.cell(row=row + 2, column=1,
            value="Recommendations reported as Complete are removed from the tracker once the Committee has noted them.")
    ws.column_dimensions["A"].width = 18
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 15

    ws = wb.create_sheet("Tracker")
    ws["A1"] = VB_TITLE
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Open recommendations and those completed since the last meeting. Dates are agreed with Internal Audit; a revised date is shown only where the Committee has been told of a change."
    heads = ["Ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
             "Original target date", "Revised target date", "Status", "Management update (October 2025)"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("head")
        cell.alignment = WRAP
        cell.border = BOX
    row = 5
    for heading, recs in VB_AUDITS:
        ws.cell(row=row, column=1, value=heading).font = Font(bold=True)
        ws.cell(row=row, column=1).fill = fill("band")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        row += 1
        for ref, pri, rec, act, owner, orig, rev, status, upd in recs:
            vals = [ref, pri, rec, act, owner, orig, rev, status, upd]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=row, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=row, column=8).fill = fill(VB_STATUS_FILL[status])
            row += 1
    ws.cell(row=row + 1, column=1, value="Status definitions are on the Key sheet.").font = Font(italic=True)
    widths = [9, 9, 40, 50, 26, 13, 13, 11, 45]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w
    ws.freeze_panes = "A5"

    ws = wb.create_sheet("Key")
    ws["A1"] = "Status key"
    ws["A1"].font = Font(bold=True)
    key = [("Complete", "Action implemented and evidence provided to Internal Audit", "blue"),
           ("On track", "Action expected to be implemented by the target date", "green"),
           ("At risk", "Slippage; revised target date agreed with Internal Audit", "amber"),
           ("Overdue", "Target date passed and action not implemented", "red")]
    for i, (k, d, col) in enumerate(key, 2):
        ws.cell(row=i, column=1, value=k).fill = fill(col)
        ws.cell(row=i, column=2, value=d)
    ws["A8"] = "Priority"
    ws["A8"].font = Font(bold=True)
    ws["A9"] = "High"
    ws["B9"] = "Fundamental control weakness requiring action within 3 months"
    ws["A10"] = "Medium"
    ws["B10"] = "Significant weakness requiring action within 6 months"
    ws["A11"] = "Low"
    ws["B11"] = "Improvement to good practice"
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 70
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Wythenshawe Community Housing Group – strategic risk register (xlsx, refuse)
# ---------------------------------------------------------------------------
WCHG_FILE = "zsd-wythenshawe-community-housing-group-strategic-risk-register-2025-26-typo-month-refuse.xlsx"
WCHG_TITLE = "Strategic Risk Register 2025/26"
WCHG_STATUS_FILL = {"Complete": "blue", "On track": "green", "Behind schedule": "amber"}
# target date: datetime, or a string exactly as typed (the typo cell)
WCHG_RISKS = [
    ("SR1", "Failure to meet the Consumer Standards, including the Safety and Quality Standard, leading to regulatory intervention and loss of tenant trust",
     "Executive Director of Operations", "4 x 5 = 20",
     "Compliance dashboard reported monthly to Board; TSM survey; damp and mould case management; Tenant Voice panel",
     "3 x 4 = 12", "→", [
         ("Complete stock condition surveys for the remaining 18% of homes", "Head of Asset Management", D(2026, 3, 1), "On track"),
         ("Embed Awaab’s Law response timescales for damp and mould hazards in the repairs system", "Head of Repairs", D(2025, 10, 1), "Complete"),
         ("Commission an independent mock consumer inspection", "Director of Governance", D(2026, 1, 1), "On track"),
     ]),
    ("SR2", "Breach of loan covenants caused by cost inflation, rent policy changes and higher investment in existing homes",
     "Executive Director of Finance", "4 x 5 = 20",
     "30-year business plan with stress testing; golden rules; treasury management policy; monthly covenant monitoring",
     "2 x 5 = 10", "↑", [
         ("Re-run the business plan stress tests against the 2026 rent settlement", "Head of Financial Planning", D(2025, 11, 1), "On track"),
         ("Agree refinancing of the revolving credit facility due to expire in 2026", "Executive Director of Finance", D(2026, 6, 1), "Behind schedule"),
     ]),
    ("SR3", "Failure to manage building safety in higher-risk buildings, resulting in harm to residents and enforcement by the Building Safety Regulator",
     "Chief Executive", "3 x 5 = 15",
     "Building safety case reports submitted; fire risk assessment programme; Principal Accountable Person arrangements",
     "2 x 5 = 10", "→", [
         ("Complete remediation of fire door defects in the three high-rise blocks", "Head of Building Safety", D(2025, 12, 1), "Behind schedule"),
         ("Refresh the resident engagement strategy for higher-risk buildings", "Building Safety Manager", "0ct-25", "On track"),
         ("Test evacuation alert systems with Greater Manchester Fire and Rescue Service", "Head of Building Safety", D(2026, 2, 1), "On track"),
     ]),
    ("SR4", "Cyber attack or data breach disrupting services and exposing tenant data",
     "Director of Digital and Transformation", "4 x 4 = 16",
     "Cyber Essentials Plus; MFA; managed detection and response service; annual penetration test",
     "3 x 4 = 12", "↓", [
         ("Deliver phishing simulation and training to all staff and Board members", "Head of IT", D(2025, 12, 1), "On track"),
         ("Test the cyber incident response plan through a desktop exercise with the Executive Team", "Director of Digital and Transformation", D(2026, 1, 1), "On track"),
     ]),
]
WCHG_TYPO_ROW = None  # set by build


def build_wchg(path):
    global WCHG_TYPO_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = "Wythenshawe Community Housing Group"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = WCHG_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Reported to: Group Audit and Risk Committee, 16 October 2025 | Version 3.2 | Scores are Likelihood x Impact (1–5)"
    heads = ["Ref", "Strategic risk", "Risk owner", "Inherent score (L x I)", "Key controls in place",
             "Residual score (L x I)", "Trend", "Further actions required", "Action owner", "Target date", "Status"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("head")
        cell.alignment = WRAP
        cell.border = BOX
    row = 6
    for ref, risk, owner, inh, ctrl, res, trend, acts in WCHG_RISKS:
        first = row
        for c, v in enumerate([ref, risk, owner, inh, ctrl, res, trend], 1):
            cell = ws.cell(row=row, column=c, value=v)
            cell.alignment = WRAP
        for act, aown, tdate, status in acts:
            ws.cell(row=row, column=8, value=act).alignment = WRAP
            ws.cell(row=row, column=9, value=aown).alignment = WRAP
            cell = ws.cell(row=row, column=10, value=tdate)
            if isinstance(tdate, dt.datetime):
                cell.number_format = "mmm-yy"
            else:
                WCHG_TYPO_ROW = row
            sc = ws.cell(row=row, column=11, value=status)
            sc.fill = fill(WCHG_STATUS_FILL[status])
            for c in range(1, 12):
                ws.cell(row=row, column=c).border = BOX
            row += 1
        if row - 1 > first:
            for c in range(1, 8):
                ws.merge_cells(start_row=first, start_column=c, end_row=row - 1, end_column=c)
    ws.cell(row=row + 1, column=1,
            value="Status: Complete / On track / Behind schedule. Residual scores are after existing controls; target scores are set by the Board in line with the risk appetite statement.")
    widths = [6, 40, 22, 11, 40, 11, 7, 45, 26, 11, 14]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJK"[i]].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. London Borough of Hackney – ICO reprimand remediation tracker (xlsx)
# ---------------------------------------------------------------------------
HK_FILE = "zsd-london-borough-of-hackney-ico-reprimand-remediation-action-tracker.xlsx"
HK_TITLE = "ICO Reprimand (July 2024) – Remediation Action Tracker"
HK_RAG_FILL = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
MERGED = object()  # lead cell merged with the row above
HK_RECS = [
    ("ICO recommendation 1 – Ensure that a security patch management process is applied to all devices connected to the council’s network, with compliance monitored and reported", [
        ("1.1", "Extend automated patch deployment to all servers, including legacy line-of-business servers hosted on premises",
         "Head of Infrastructure", D(2024, 12, 31), "G", "B",
         "Complete. Automated patching covers all in-scope servers; legacy servers isolated pending decommissioning."),
        ("1.2", "Report patch compliance monthly to the Information Governance Group, with exceptions escalated to the SIRO",
         "Head of Cyber Security", "Monthly", "G", "G",
         "Reports made since January 2025; compliance 97% in August 2025."),
    ]),
    ("ICO recommendation 2 – Review all user, service and dormant accounts, disable those no longer required, and make sure no account uses default or insecure credentials", [
        ("2.1", "Carry out a full review of Active Directory accounts and disable accounts inactive for more than 60 days",
         "Head of Cyber Security", D(2025, 3, 31), "A", "B",
         "Complete. 1,140 accounts disabled; review now automated weekly."),
        ("2.2", "Implement an automated joiners, movers and leavers process linked to the HR system",
         "Head of HR Systems; Head of Infrastructure", "Sep-25", "A", "R",
         "Integration with the new HR system delayed by the supplier; interim weekly leavers report in place."),
        ("2.3", "Enforce multi-factor authentication for all remote and privileged access",
         "Head of Cyber Security", D(2025, 6, 30), "G", "B",
         "Complete. Conditional access policies applied to all privileged accounts."),
    ]),
    ("ICO recommendation 3 – Ensure that backups are protected from compromise, with offline or immutable copies, and that restoration is tested regularly", [
        ("3.1", "Move all production backups to immutable cloud storage with separate administrative credentials",
         "Head of Infrastructure", "Q4 2024/25", "G", "B",
         "Complete in March 2025."),
        ("3.2", "Run quarterly restoration tests for priority systems and report the results to the Digital and Data Board",
         MERGED, "Quarterly", "A", "G",
         "Tests completed in April and July 2025; social care records system restored within target."),
    ]),
    ("ICO recommendation 4 – Ensure that subject access requests are answered within the statutory time limit, with enough resource in place to do so", [
        ("4.1", "Clear the backlog of overdue subject access requests",
         "Data Protection Officer", D(2025, 12, 31), "R", "A",
         "Backlog down from 212 to 38. Target revised by the Information Governance Group in April 2025 (originally 31/03/2025)."),
        ("4.2", "Introduce a case management system for information requests with automated deadline alerts",
         "Information Management Lead", D(2026, 3, 31), "G", "G",
         "Supplier appointed; go-live planned for February 2026."),
    ]),
]


def build_hackney(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "London Borough of Hackney"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = HK_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Appendix 2 to the report to Audit Committee, 15 October 2025"
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Summary of changes"),
          ("1.0", "12/08/2024", "Data Protection Officer", "Tracker created from the ICO reprimand of 17 July 2024"),
          ("1.1", "14/01/2025", "Head of Cyber Security", "Updates for Audit Committee January 2025"),
          ("1.2", "10/06/2025", "Head of Cyber Security", "Previous RAG column added"),
          ("1.3", "22/09/2025", "Data Protection Officer", "Updates for Audit Committee October 2025")]
    for i, r in enumerate(dc, 6):
        for c, v in enumerate(r, 1):
            cell = ws.cell(row=i, column=c, value=v)
            cell.border = BOX
            if i == 6:
                cell.font = Font(bold=True)
    ws["A12"] = "RAG key"
    ws["A12"].font = Font(bold=True)
    for i, (k, d) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "At risk of missing target date"),
                                ("R", "Target date missed or will be missed")], 13):
        ws.cell(row=i, column=1, value=k).fill = fill(HK_RAG_FILL[k])
        ws.cell(row=i, column=2, value=d)
    ws.column_dimensions["A"].width = 10
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 26
    ws.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Tracker")
    ws["A1"] = HK_TITLE
    ws["A1"].font = Font(bold=True, size=12)
    heads = ["Ref", "Action", "Lead officer", "Target date", "Previous RAG (June 2025)",
             "Current RAG (September 2025)", "Progress update"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("head")
        cell.alignment = WRAP
        cell.border = BOX
    row = 4
    for heading, acts in HK_RECS:
        cell = ws.cell(row=row, column=1, value=heading)
        cell.font = Font(bold=True)
        cell.fill = fill("grey")
        cell.alignment = WRAP
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        ws.row_dimensions[row].height = 32
        row += 1
        for ref, act, lead, tdate, prev, cur, upd in acts:
            vals = [ref, act, None if lead is MERGED else lead, tdate, prev, cur, upd]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=row, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=row, column=5).fill = fill(HK_RAG_FILL[prev])
            ws.cell(row=row, column=6).fill = fill(HK_RAG_FILL[cur])
            if lead is MERGED:
                ws.merge_cells(start_row=row - 1, start_column=3, end_row=row, end_column=3)
            row += 1
    widths = [6, 55, 28, 13, 12, 12, 55]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFG"[i]].width = w
    wb.save(path)


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


def set_text(cell, text, bold=False):
    """Write text with inner line breaks as separate paragraphs."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold


# ---------------------------------------------------------------------------
# 4. Scottish Legal Complaints Commission – Board action log (docx)
# ---------------------------------------------------------------------------
SLCC_FILE = "zsd-scottish-legal-complaints-commission-board-action-log.docx"
SLCC_TITLE = "Scottish Legal Complaints Commission – Board Action Log"
SLCC_STATUS_FILL = {"Complete": "5B9BD5", "On track": "70AD47", "Revised date": "FFC000", "Overdue": "FF0000"}
SLCC_MEETINGS = [
    ("Actions from the Board meeting of 28 November 2024", [
        ("64", "Undertake a deep-dive on the risk relating to replacement of the case management system and report the findings to the Audit and Risk Committee",
         "Director of Corporate Services", "March 2025 (revised: December 2025)", "Revised date",
         "Deep-dive postponed until the preferred supplier is confirmed. Revised date agreed by the Board in June 2025."),
    ]),
    ("Actions from the Board meeting of 27 March 2025", [
        ("70", "Publish the consultation response on the 2026/27 budget and levy, together with the equality impact assessment",
         "CEO / Head of Finance", "31/01/2026", "On track",
         "Consultation opened on 1 September 2025 and closes on 14 November 2025."),
        ("71", "Circulate the final Operating Plan 2025/26 KPI dashboard to members",
         "Head of Performance", "30/04/2025", "Complete",
         "Circulated by email on 22 April 2025. Propose closure."),
    ]),
    ("Actions from the Board meeting of 26 June 2025", [
        ("73", "Provide an analysis of complaints open for more than 12 months, broken down by stage",
         "Director of Operations", "28/08/2025", "Overdue",
         "Delayed by data migration to the new reporting tool; analysis will be circulated before the November meeting."),
        ("74", "Arrange a Board development session on the Regulation of Legal Services (Scotland) Act 2025",
         "Chair; Board Secretary", "December 2025", "On track",
         "Session provisionally booked for 4 December 2025."),
        ("75", "Keep the register of members’ interests under review and publish updates on the website",
         "Board Secretary", "Ongoing", "On track",
         "Register last updated 1 September 2025."),
        ("76", "Confirm the timetable for laying the Annual Report and Accounts 2024/25 before the Scottish Parliament",
         "NS", "October 2025", "On track",
         "Audit Scotland clearance expected mid-October."),
    ]),
]


def build_slcc(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(SLCC_TITLE, level=1)
    p = doc.add_paragraph("Board meeting: 25 September 2025")
    info = doc.add_table(rows=3, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([("Paper", "BD25/42 – Item 3, Matters arising"),
                                ("Author", "Board Secretary"),
                                ("Purpose", "For noting, and to agree the closure of completed actions")]):
        set_text(info.cell(i, 0), k, bold=True)
        set_text(info.cell(i, 1), v)
    doc.add_paragraph("")
    doc.add_paragraph(
        "Status key: Complete – action delivered (blue); On track – due date will be met (green); "
        "Revised date – delayed, new date agreed by the Board (amber); Overdue – due date passed with no agreed revision (red).")
    heads = ["No.", "Action", "Owner", "Due date", "Status", "Update"]
    for heading, acts in SLCC_MEETINGS:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for c, h in enumerate(heads):
            set_text(t.cell(0, c), h, bold=True)
            shade(t.cell(0, c), "D9D9D9")
        for no, act, owner, due, status, upd in acts:
            cells = t.add_row().cells
            for c, v in enumerate([no, act, owner, due, status, upd]):
                set_text(cells[c], v)
            shade(cells[4], SLCC_STATUS_FILL[status])
    doc.add_paragraph("")
    doc.add_paragraph("Members are asked to note progress and agree that action 71, marked Complete, is closed.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Invest NI – Review Implementation Programme highlight report (docx)
# ---------------------------------------------------------------------------
INI_FILE = "zsd-invest-ni-review-implementation-programme-highlight-report.docx"
INI_TITLE = "Invest NI Review Implementation Programme – Highlight Report"
INI_RAG_FILL = {"blue": "5B9BD5", "green": "00B050", "amber": "FFC000", "red": "FF0000"}
INI_WORKSTREAMS = [
    ("Workstream A – Leadership, Governance and Culture", [
        ("A1", "Agree the new Partnership Agreement between DfE and Invest NI, replacing the Management Statement and Financial Memorandum",
         "DfE Deputy Secretary / Invest NI Chief Executive", "Mar 2025", "Dec 2025", "amber",
         "Draft agreed at official level; awaiting DoF approval."),
        ("A2", "Complete the Board effectiveness review and implement the revised committee structure",
         "Invest NI Chair", "Jun 2025", "", "blue",
         "New committee terms of reference approved by the Board in June."),
        ("A3", "Launch the organisational values and culture programme for all staff",
         "Director of People and Culture", "Sep 2025", "", "green",
         "Launched on 9 September; staff pulse survey scheduled for November."),
    ]),
    ("Workstream B – Strategy, Performance and Accountability", [
        ("B1", "Publish the Invest NI Business Strategy aligned to the 10X Economic Vision",
         "Chief Executive", "Apr 2025", "", "blue",
         "Published in April 2025."),
        ("B2", "Introduce an outcomes-based performance framework with productivity and regional balance measures",
         "Director of Strategy", "Oct 2025", "Mar 2026", "amber",
         "Baseline data for two measures not yet available from NISRA; revised date proposed."),
        ("B3", "Publish annual regional balance data by council area",
         "Head of Economics", "Dec 2025", "", "green",
         "Methodology agreed with DfE analysts."),
    ]),
    ("Workstream C – Partnership and Sub-regional Delivery", [
        ("C1", "Sign sub-regional economic partnership agreements with all 11 councils",
         "Director of Regional Development; SOLACE NI lead", "Jun 2025", "Dec 2025", "red",
         "Agreements signed with 7 of 11 councils. Escalated to the Programme Board: see decision D2."),
        ("C2", "Co-locate regional office teams with council economic development staff where practicable",
         "Director of Regional Development", "Q1 2026/27", "", "green",
         "Two pilot co-locations agreed (Derry and Strabane; Mid Ulster)."),
        ("C3", "Review the business support programme portfolio and close or redesign programmes with low productivity impact",
         "Director of Business Growth", "Mar 2026", "", "green",
         "Evaluation of 14 programmes under way."),
    ]),
]


def build_investni(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    h = doc.add_heading(INI_TITLE, level=1)
    doc.add_paragraph("Highlight Report No. 14 – reporting period 1 to 30 September 2025")
    summ = doc.add_table(rows=5, cols=4)
    summ.style = "Table Grid"
    rows = [("Senior Responsible Owner", "Invest NI Chief Executive", "Report date", "6 October 2025"),
            ("Programme Manager", "Head of Transformation", "Prepared for", "Review Implementation Programme Board"),
            ("Overall status – last period", "", "Overall status – this period", ""),
            ("Time", "Amber", "Cost", "Green"),
            ("Scope", "Green", "Benefits", "Amber")]
    for r, vals in enumerate(rows):
        for c, v in enumerate(vals):
            set_text(summ.cell(r, c), v, bold=(c % 2 == 0))
    shade(summ.cell(2, 1), INI_RAG_FILL["amber"])
    shade(summ.cell(2, 3), INI_RAG_FILL["amber"])
    doc.add_heading("1. Summary", level=2)
    doc.add_paragraph(
        "Two strategic actions were completed this quarter and one action is off track. Overall delivery confidence "
        "remains Amber. Actions are shown with their baseline date from the published Action Plan and, where the "
        "Programme Board has agreed a change, the revised date.")
    doc.add_heading("2. Progress against strategic actions", level=2)
    heads = ["Ref", "Strategic action", "Lead", "Baseline date", "Revised date", "RAG", "Commentary"]
    for ws_name, acts in INI_WORKSTREAMS:
        doc.add_heading(ws_name, level=3)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for c, hd in enumerate(heads):
            set_text(t.cell(0, c), hd, bold=True)
            shade(t.cell(0, c), "1F3864")
            for run in t.cell(0, c).paragraphs[0].runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for ref, act, lead, base, rev, rag, comm in acts:
            cells = t.add_row().cells
            for c, v in enumerate([ref, act, lead, base, rev, "", comm]):
                set_text(cells[c], v)
            shade(cells[5], INI_RAG_FILL[rag])
    doc.add_heading("3. Key risks and issues", level=2)
    rt = doc.add_table(rows=3, cols=4)
    rt.style = "Table Grid"
    for r, vals in enumerate([("ID", "Risk / issue", "Owner", "Mitigation"),
                              ("R4", "Budget pressures in 2025/26 limit recruitment to new regional posts", "Director of Finance", "Prioritise posts through the workforce plan"),
                              ("I2", "Delay to NISRA baseline data for two performance measures", "Director of Strategy", "Interim proxy measures agreed with DfE")]):
        for c, v in enumerate(vals):
            set_text(rt.cell(r, c), v, bold=(r == 0))
    doc.add_heading("4. Decisions required from the Programme Board", level=2)
    doc.add_paragraph("D1 – Approve the revised date for action B2 (March 2026).", style="List Bullet")
    doc.add_paragraph("D2 – Agree escalation of outstanding partnership agreements (C1) to the DfE Permanent Secretary.", style="List Bullet")
    doc.add_heading("RAG key", level=2)
    kt = doc.add_table(rows=4, cols=2)
    kt.style = "Table Grid"
    for r, (col, txt) in enumerate([("blue", "Complete"), ("green", "On track to deliver by the baseline or agreed revised date"),
                                    ("amber", "At risk – recoverable with action by the lead"),
                                    ("red", "Off track – Programme Board intervention required")]):
        shade(kt.cell(r, 0), INI_RAG_FILL[col])
        set_text(kt.cell(r, 1), txt)
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Saltash Town Council – Planner export (csv)
# ---------------------------------------------------------------------------
STC_FILE = "zsd-saltash-town-council-governance-action-plan-planner-export.csv"
STC_HEADER = ["Task Name", "Bucket Name", "Progress", "Priority", "Assigned To", "Start date", "Due date",
              "Late", "Completed Date", "Labels", "Description"]
STC_TASKS = [
    ["Reconcile the fixed asset register to the insurance schedule and AGAR Box 9", "Internal audit 2024/25",
     "Completed", "Important", "Rachel Hocking", "01/05/2025", "30/06/2025", "false", "24/06/2025", "Finance",
     "Internal auditor: asset register not updated for the new play equipment at Longstone Park."],
    ["Adopt a revised Financial Regulations document based on the 2024 NALC model", "Internal audit 2024/25",
     "In progress", "Medium", "Rachel Hocking;Cllr Mark Tregarthen", "01/06/2025", "30/11/2025", "false", "", "Amber;Policy",
     "Draft considered by Finance and General Purposes Committee in September; returned for amendment on procurement thresholds."],
    ["Record the approval of each payment schedule in the minutes, signed by two councillors", "Internal audit 2024/25",
     "Completed", "Urgent", "Deputy Town Clerk", "01/05/2025", "31/05/2025", "false", "15/05/2025", "Finance",
     ""],
    ["Publish the 2024/25 AGAR, notice of conclusion of audit and external auditor report on the website", "External auditor report 2024/25",
     "In progress", "Important", "Deputy Town Clerk", "01/09/2025", "30/09/2025", "true", "", "Red;Transparency",
     "Awaiting external auditor report; deadline under the Transparency Code missed."],
    ["Review the risk register and present it to Full Council", "Risk management",
     "In progress", "Medium", "Rachel Hocking", "01/09/2025", "31/10/2025", "false", "", "Green",
     "Draft updated with flooding and cyber risks."],
    ["Carry out a cyber security self-assessment using the NCSC Small Business Guide", "Risk management",
     "Not started", "Low", "Jenny Pascoe", "", "31/01/2026", "false", "", "IT",
     ""],
    ["Review Standing Orders against the 2025 NALC model and recommend amendments", "Policies and standing orders",
     "Not started", "Medium", "Cllr Sue Lavers;Rachel Hocking", "", "31/03/2026", "false", "", "Policy",
     "To be taken to the Governance Working Group."],
    ["Adopt a Document Retention and Disposal Policy", "Policies and standing orders",
     "In progress", "Low", "Jenny Pascoe", "01/08/2025", "31/12/2025", "false", "", "Green;Policy",
     ""],
]


def build_saltash(path):
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(STC_HEADER)
        for t in STC_TASKS:
            w.writerow(t)


# ---------------------------------------------------------------------------
# 7. Islamic Relief Worldwide – Charity Commission / Independent Commission action plan (txt)
# ---------------------------------------------------------------------------
IRW_FILE = "zsd-islamic-relief-worldwide-charity-commission-governance-action-plan.txt"
IRW_TITLE = "Governance and Vetting Improvement Action Plan"
IRW_PARTS = [
    ("PART A – CHARITY COMMISSION REGULATORY ADVICE (s15(2) Charities Act 2011)", [
        ("A1", "Review and, where necessary, update the code of conduct for trustees", [
            ("A1.1", "Adopt a revised Trustee Code of Conduct covering personal social media use and public statements", "Chair of Trustees", "Mar-22", "B",
             "Approved by the Board on 24/03/2022; signed by all trustees."),
            ("A1.2", "Deliver induction and refresher training on the revised Code to all trustees", "Company Secretary", "Sep-22", "G",
             "Two sessions held; final session booked for 15 September."),
        ]),
        ("A2", "Strengthen the due diligence carried out on trustees and senior staff before appointment", [
            ("A2.1", "Introduce enhanced pre-appointment screening, including open-source and social media checks, for trustees and senior executives", "Director of HR / Head of Safeguarding", "Jun-22", "B",
             "Screening procedure in use since May 2022; applied to all 2022 appointments."),
            ("A2.2", "Re-screen all serving trustees and members of the Senior Management Team against the new procedure", "Director of HR", "Dec 2022", "A",
             "11 of 16 complete. Delayed by availability of the external screening provider."),
        ]),
    ]),
    ("PART B – INDEPENDENT COMMISSION RECOMMENDATIONS", [
        ("Rec 5", "Trustee declarations of interest and conduct should be renewed each year and reviewed by an independent committee", [
            ("B5.1", "Establish a Governance and Nominations Committee with at least one independent member", "Chair of Trustees", "Jun-22", "B",
             "Committee met for the first time on 7 June 2022."),
            ("B5.2", "Collect annual declarations of interest and conduct from all trustees and report them to the Committee", "Company Secretary", "Annually (each January)", "G",
             "2022 declarations complete; next round January 2023."),
        ]),
        ("Rec 12", "Affiliated partner organisations should meet the same vetting and conduct standards as Islamic Relief Worldwide", [
            ("B12.1", "Include vetting and conduct requirements in the revised Family Membership Agreement with affiliate partners", "Director of International Relations", "Mar 2023", "G",
             "Draft agreement shared with affiliates for comment."),
            ("B12.2", "Carry out a compliance review of affiliate vetting arrangements and report to the Board", "Head of Internal Audit", "Jun 2023", "R",
             "Not started: internal audit resource diverted to the emergency appeals review. Board asked to agree a revised date."),
        ]),
    ]),
]
IRW_LINES = None  # filled by build


def irw_lines():
    lines = [
        "Islamic Relief Worldwide",
        IRW_TITLE,
        "Charity Commission regulatory advice and Independent Commission into Governance and Vetting – implementation of recommendations",
        "Progress report to the Board of Trustees – position at 31 August 2022",
        "",
        "\t".join(["Ref", "Recommendation", "Action ref", "Action", "Lead", "Target date", "RAG", "Progress to date"]),
    ]
    for part, recs in IRW_PARTS:
        lines.append(part)
        for rref, rtext, acts in recs:
            for i, (aref, act, lead, tdate, rag, prog) in enumerate(acts):
                lines.append("\t".join([rref if i == 0 else "", rtext if i == 0 else "", aref, act, lead, tdate, rag, prog]))
        lines.append("")
    lines.append("RAG: B = complete; G = on track; A = delayed, expected to complete within three months; R = significantly delayed or not started when due")
    lines.append("Note: actions reported as complete at the June 2022 Board meeting have been removed from this report.")
    return lines


def build_irw(path):
    global IRW_LINES
    IRW_LINES = irw_lines()
    with open(path, "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(IRW_LINES) + "\n")


BUILDERS = [
    (VB_FILE, build_visitbritain),
    (WCHG_FILE, build_wchg),
    (HK_FILE, build_hackney),
    (SLCC_FILE, build_slcc),
    (INI_FILE, build_investni),
    (STC_FILE, build_saltash),
    (IRW_FILE, build_irw),
]


def build_all(outdir=HERE):
    for name, fn in BUILDERS:
        fn(os.path.join(outdir, name))
        print("wrote", name)


if __name__ == "__main__":
    build_all()
