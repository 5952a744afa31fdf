"""Build the seven zop- blind test files (set heldout740).

Run with /work/main/.venv/bin/python zop_make.py from any directory; files are
written beside this script.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


D = dt.datetime

# ---------------------------------------------------------------- xlsx helpers
FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="00B0F0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="1F4E78"),
    "pale": PatternFill("solid", fgColor="DDEBF7"),
    "yellow": PatternFill("solid", fgColor="FFFF00"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def header_row(ws, row, values, fill="head"):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True, color="FFFFFF" if fill == "head" else "000000")
        c.fill = FILL[fill]
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        c.border = BOX


def put(ws, row, col, value, fmt=None, fill=None, bold=False):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    c.border = BOX
    if fmt:
        c.number_format = fmt
    if fill:
        c.fill = FILL[fill]
    if bold:
        c.font = Font(bold=True)
    return c


# ====================================================================== 1
def trent_and_dove():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Trent & Dove Housing"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit & Risk Committee – 17 September 2025 – Agenda item 7"
    ws["A3"] = "Internal Audit Recommendations Tracker"
    ws["A3"].font = Font(bold=True, size=13)
    ws["A5"] = "Report author:"
    ws["B5"] = "Head of Governance & Company Secretary"
    ws["A6"] = "Internal auditor:"
    ws["B6"] = "Beever and Struthers"
    ws["A7"] = "Position at:"
    ws["B7"] = D(2025, 8, 31)
    ws["B7"].number_format = "dd/mm/yyyy"
    ws["A9"] = "Summary of recommendations on the tracker"
    ws["A9"].font = Font(bold=True)
    header_row(ws, 10, ["Current status", "High", "Medium", "Low", "Total"])
    summary = [
        ("Complete (to be removed after this Committee)", 1, 0, 1, 2, "blue"),
        ("Green – on track", 0, 2, 1, 3, "green"),
        ("Amber – at risk of missing target date", 2, 0, 1, 3, "amber"),
        ("Red – overdue", 0, 1, 0, 1, "red"),
        ("Total", 3, 3, 3, 9, None),
    ]
    for r, (label, h, m, lo, t, f) in enumerate(summary, start=11):
        put(ws, r, 1, label, fill=f, bold=(label == "Total"))
        for col, v in enumerate((h, m, lo, t), start=2):
            put(ws, r, col, v, bold=(label == "Total"))
    ws["A17"] = ("Note: recommendations marked Complete are removed from the tracker once internal "
                 "audit has verified the evidence. Three recommendations have revised target dates "
                 "approved by the Executive Team since the June Committee.")
    ws.column_dimensions["A"].width = 48
    ws.column_dimensions["B"].width = 34
    for col in "CDE":
        ws.column_dimensions[col].width = 10

    ws = wb.create_sheet("Tracker")
    ws.merge_cells("A1:J1")
    ws["A1"] = "Internal Audit Recommendations Tracker – position at 31 August 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:J2")
    ws["A2"] = ("Status key: Complete = implemented and evidence provided; Green = on track; "
                "Amber = at risk of missing target date; Red = overdue")
    ws["A2"].font = Font(italic=True)
    header_row(ws, 3, ["Ref", "Priority", "Recommendation", "Agreed management action",
                       "Responsible officer", "Original target date", "Revised target date",
                       "Status (June 2025 ARC)", "Status (Sept 2025 ARC)", "Progress update"])
    fmt = "dd/mm/yyyy"

    def group(row, text):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
        c = ws.cell(row=row, column=1, value=text)
        c.font = Font(bold=True)
        c.fill = FILL["grey"]
        c.border = BOX

    def status(row, col, word):
        colour = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}.get(word)
        put(ws, row, col, word, fill=colour)

    def rec(row, ref, pri, recommendation, action, lead, orig, rev, prev, cur, upd):
        put(ws, row, 1, ref)
        put(ws, row, 2, pri)
        if recommendation is not None:
            put(ws, row, 3, recommendation)
        put(ws, row, 4, action)
        put(ws, row, 5, lead)
        put(ws, row, 6, orig, fmt)
        put(ws, row, 7, rev, fmt)
        status(row, 8, prev)
        status(row, 9, cur)
        put(ws, row, 10, upd)

    group(4, "Responsive Repairs (Limited Assurance) – final report issued March 2025")
    rec(5, "RR.1(a)", "High",
        "Ensure that all responsive repairs are raised against the correct priority and that "
        "any change of priority is authorised and recorded on the housing management system.",
        "Reconfigure the Civica Cx repair priority codes so that any change of priority requires a "
        "reason code and supervisor authorisation.",
        "Head of Repairs & Maintenance", D(2025, 6, 30), D(2025, 10, 31), "Amber", "Amber",
        "Configuration change specified and tested in the training environment. Live release slot "
        "confirmed with Civica for October 2025.")
    rec(6, "RR.1(b)", "High", None,
        "Introduce a monthly sample check of 25 priority changes by the Repairs Planning Team "
        "Leader, with results reported to the Repairs Performance Group.",
        "Repairs Planning Team Leader", D(2025, 7, 31), None, "Green", "Complete",
        "Checks completed for June, July and August; results minuted at the Repairs Performance "
        "Group. Evidence passed to internal audit.")
    ws.merge_cells("C5:C6")
    rec(7, "RR.2", "Medium",
        "Reconcile contractor invoices to completed jobs before payment is released.",
        "Implement a three-way match between the job completion record, the contractor valuation "
        "and the invoice, with exceptions over £500 referred for review before payment.",
        "Repairs Finance Officer / Head of Finance", D(2025, 9, 30), None, "Green", "Green",
        "Matching report built in the finance system; parallel running during September.")
    rec(8, "RR.3", "Low",
        "Update the Responsive Repairs Policy, which was last reviewed in 2021.",
        "Review and re-publish the Responsive Repairs Policy, including the revised emergency "
        "response times agreed with the Customer Voice Panel.",
        "Head of Repairs & Maintenance", D(2025, 5, 31), D(2025, 12, 31), "Red", "Amber",
        "Draft policy consulted on with the Customer Voice Panel in August. To Board for approval "
        "in December 2025.")
    group(9, "Tenancy Fraud and Succession (Reasonable Assurance) – final report issued May 2025")
    rec(10, "TF.1", "Medium",
        "Ensure tenancy audits are completed in line with the Tenancy Audit Procedure.",
        "Produce a risk-based tenancy audit programme for 2025/26 targeting 20% of general needs "
        "tenancies, prioritising homes with no contact in the last 24 months.",
        "Neighbourhood Services Manager", D(2025, 8, 31), None, "Green", "Red",
        "Programme drafted but not yet approved; resourcing to be agreed by the Housing "
        "Management Team on 23 September.")
    rec(11, "TF.2", "Low",
        "Retain evidence of the identity and residence checks made on succession applications.",
        "Add a mandatory document upload step for identity and residence evidence to the "
        "succession workflow.",
        "Tenancy Services Team Leader", D(2025, 11, 30), None, None, "Green",
        "Workflow change raised with the systems team (ticket 4471).")
    group(12, "Cyber Security – Follow-up (Reasonable Assurance) – final report issued June 2025")
    rec(13, "CS.1", "High",
        "Enforce multi-factor authentication for all remote access and privileged accounts.",
        "Extend conditional access policies to the remaining 14 service accounts and the board "
        "portal, and record any exceptions approved by the SIRO.",
        "ICT Manager; Director of Finance & Resources (SIRO)", D(2025, 8, 31), D(2025, 11, 30),
        "Amber", "Amber",
        "9 of 14 service accounts now covered. Board portal supplier upgrade required first.")
    rec(14, "CS.2", "Medium",
        "Test the ICT disaster recovery plan at least annually.",
        "Carry out a full restore test of the housing management system from immutable backup "
        "and report the results to the Executive Team.",
        "ICT Manager", D(2026, 3, 31), None, "Green", "Green",
        "Test scheduled for February 2026 half-term maintenance window.")
    group(15, "Key Financial Controls – Payroll (Substantial Assurance) – final report issued January 2025")
    rec(16, "PY.1", "Low",
        "Remove leavers from the payroll system promptly.",
        "Introduce a leavers checklist signed off by HR and Payroll before the final pay run.",
        "HR & Payroll Manager", D(2025, 3, 31), None, "Green", "Complete",
        "Checklist in use since April 2025; verified by internal audit in July.")
    widths = [9, 9, 42, 48, 26, 13, 13, 13, 13, 44]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJ"[i]].width = w
    ws.freeze_panes = "A4"
    wb.save(out("zop-trent-and-dove-housing-internal-audit-recommendations-tracker.xlsx"))


# ====================================================================== 2
def sose():
    wb = Workbook()
    ws = wb.active
    ws.title = "SRR 2025-26"
    ws.merge_cells("A1:Q1")
    ws["A1"] = "South of Scotland Enterprise"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:Q2")
    ws["A2"] = "Strategic Risk Register 2025/26"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A3:Q3")
    ws["A3"] = "As reported to the Audit and Risk Committee, 4 November 2025 (Paper ARC 25/31)"
    # two-level header
    top = [("A4:A5", "Risk"), ("B4:B5", "Description (cause – event – effect)"),
           ("C4:C5", "Risk owner"), ("D4:D5", "Risk appetite"), ("E4:G4", "Inherent risk"),
           ("H4:H5", "Key controls in place"), ("I4:K4", "Residual risk"), ("L4:L5", "Trend"),
           ("M4:Q4", "Further mitigating actions")]
    for rng, text in top:
        ws.merge_cells(rng)
        c = ws[rng.split(":")[0]]
        c.value = text
    sub = {5: "L", 6: "I", 7: "Score", 9: "L", 10: "I", 11: "Score", 13: "Ref", 14: "Action",
           15: "Action lead", 16: "Target date", 17: "Action status"}
    for col, text in sub.items():
        ws.cell(row=5, column=col, value=text)
    for r in (4, 5):
        for col in range(1, 18):
            c = ws.cell(row=r, column=col)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = FILL["head"]
            c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
            c.border = BOX

    def score_fill(s):
        return "red" if s >= 15 else ("amber" if s >= 8 else "green")

    status_fill = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red",
                   "Not started": None}

    def risk(first, rid, title, desc, owner, appetite, il, ii, controls, rl, ri, trend, actions):
        last = first + len(actions) - 1
        vals = {1: title, 2: desc, 3: owner, 4: appetite, 5: il, 6: ii, 7: il * ii,
                8: controls, 9: rl, 10: ri, 11: rl * ri, 12: trend}
        for col, v in vals.items():
            put(ws, first, col, v,
                fill=score_fill(v) if col in (7, 11) else None, bold=(col == 1))
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
        for k, (act, lead, target, fmt, st) in enumerate(actions):
            r = first + k
            put(ws, r, 13, "%s.%d" % (rid, k + 1))
            put(ws, r, 14, act)
            put(ws, r, 15, lead)
            put(ws, r, 16, target, fmt)
            put(ws, r, 17, st, fill=status_fill[st])
        return last + 1

    m = "mmm-yy"
    r = 6
    r = risk(r, "SR1", "SR1 – Financial sustainability",
             "Reductions in grant-in-aid and in-year budget pressures (cause) lead to SOSE being "
             "unable to fund its committed programmes (event), reducing impact and damaging "
             "partner confidence (effect).",
             "Director of Finance and Corporate Services", "Cautious", 4, 5,
             "Monthly budget monitoring to the Executive Leadership Team; quarterly reporting to "
             "Board; sponsor team engagement; commitment controls on grant awards.",
             4, 4, "↔",
             [("Agree a three-year financial plan with the Scottish Government sponsor team that "
               "reflects the 2026/27 budget settlement.",
               "Director of Finance and Corporate Services", D(2026, 3, 31), m, "On track"),
              ("Complete the prioritisation review of the 2026/27 business plan and present "
               "options to the Board.",
               "Chief Executive / Director of Strategy", D(2026, 1, 31), "dd/mm/yyyy", "At risk")])
    r = risk(r, "SR2", "SR2 – Cyber security and resilience",
             "A successful cyber attack or major system outage (event) results in loss of data or "
             "of critical services, with financial, legal and reputational consequences (effect).",
             "Director of Finance and Corporate Services", "Minimal", 4, 5,
             "Managed security service; MFA on all accounts; staff phishing training; "
             "tested backups.",
             3, 4, "↓",
             [("Achieve Cyber Essentials Plus re-certification.",
               "Head of Digital and IT", D(2025, 12, 31), m, "Complete"),
              ("Run a board-level cyber incident exercise with the Scottish Government Cyber "
               "Resilience Unit.",
               "Head of Digital and IT", "Q4 2025/26", None, "Not started")])
    r = risk(r, "SR3", "SR3 – Regional partnership delivery",
             "Misalignment of partner priorities (cause) means the Regional Economic Strategy "
             "delivery plan is not delivered (event), weakening outcomes for the South of "
             "Scotland (effect).",
             "Chief Executive", "Open", 3, 4,
             "South of Scotland Regional Economic Partnership; joint delivery plan; shared "
             "performance framework.",
             2, 4, "↔",
             [("Refresh the Regional Economic Partnership delivery plan with Dumfries and Galloway "
               "Council and Scottish Borders Council.",
               "Director of Strategy", D(2026, 6, 30), m, "On track")])
    r = risk(r, "SR4", "SR4 – People and capacity",
             "Difficulty recruiting and retaining specialist staff in a rural labour market (cause) "
             "leaves key roles vacant (event), delaying delivery (effect).",
             "Director of People", "Cautious", 4, 4,
             "Workforce plan; hybrid working policy; learning and development programme.",
             3, 4, "↑",
             [("Implement the workforce plan actions on succession for single-point-of-failure "
               "roles.",
               "Head of People and Organisational Development", "Ongoing", None, "On track"),
              ("Conclude the 2025 pay negotiations within Scottish Government public sector pay "
               "policy.",
               "Director of People", D(2025, 11, 30), "dd/mm/yyyy", "Off track")])
    r = risk(r, "SR5", "SR5 – Investment portfolio",
             "Deterioration in the financial position of investee businesses (cause) leads to "
             "impairment or loss on loans and equity (event), reducing funds available for "
             "reinvestment (effect).",
             "Director of Business and Innovation", "Open", 3, 4,
             "Investment Committee approval; due diligence; covenant monitoring.",
             3, 3, "↔",
             [("Introduce quarterly portfolio monitoring for all loans and equity over £250k, "
               "reported to the Investment Committee.",
               "Head of Investment", D(2025, 9, 30), m, "Complete")])
    ws.cell(row=r + 1, column=1,
            value="Scores: Likelihood (L) × Impact (I), each 1–5. See 'Scoring and key' for the "
                  "matrix and action status definitions.").font = Font(italic=True)
    widths = [24, 40, 24, 10, 4, 4, 7, 36, 4, 4, 7, 7, 7, 44, 26, 11, 12]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "B6"

    ks = wb.create_sheet("Scoring and key")
    ks["A1"] = "Risk scoring"
    ks["A1"].font = Font(bold=True)
    header_row(ks, 2, ["Score", "Rating"])
    for rr, (a, b, f) in enumerate([("15–25", "High", "red"), ("8–12", "Medium", "amber"),
                                    ("1–6", "Low", "green")], start=3):
        put(ks, rr, 1, a, fill=f)
        put(ks, rr, 2, b)
    ks["A8"] = "Action status"
    ks["A8"].font = Font(bold=True)
    header_row(ks, 9, ["Status", "Meaning"])
    for rr, (a, b, f) in enumerate([
            ("Complete", "Action delivered", "blue"),
            ("On track", "In progress and expected to meet target date", "green"),
            ("At risk", "In progress; target date may be missed", "amber"),
            ("Off track", "Target date missed or will be missed", "red"),
            ("Not started", "Not yet due to start", None)], start=10):
        put(ks, rr, 1, a, fill=f)
        put(ks, rr, 2, b)
    ks["A16"] = "Trend: ↑ increasing  ↓ reducing  ↔ no change since last report"
    ks.column_dimensions["A"].width = 14
    ks.column_dimensions["B"].width = 50

    vc = wb.create_sheet("Version control")
    header_row(vc, 1, ["Version", "Date", "Author", "Summary of changes"])
    rows = [("1.0", D(2025, 4, 22), "Risk and Assurance Manager", "Register rebased for 2025/26"),
            ("1.1", D(2025, 8, 19), "Risk and Assurance Manager", "SR4 residual score increased"),
            ("1.2", D(2025, 10, 21), "Risk and Assurance Manager",
             "Action updates for November ARC")]
    for rr, row in enumerate(rows, start=2):
        for cc, v in enumerate(row, start=1):
            put(vc, rr, cc, v, "dd/mm/yyyy" if cc == 2 else None)
    vc.column_dimensions["C"].width = 28
    vc.column_dimensions["D"].width = 40
    wb.save(out("zop-south-of-scotland-enterprise-strategic-risk-register-2025-26.xlsx"))


# ====================================================================== 3
def brooke():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action log"
    ws["A1"] = "Brooke Hospital for Animals"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Board of Trustees – Action Log"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Open actions as at 1 December 2025, for the Board meeting on 10 December 2025"
    header_row(ws, 5, ["Ref", "Meeting", "Agenda item", "Action", "Owner", "Due", "Status",
                       "Update"])
    rows = [
        ("BT25/09", D(2025, 3, 19), "Strategy 2030 mid-point review",
         "Bring a revised theory of change for the East Africa equine welfare programmes to the "
         "Board.", "Director of Programmes", "December 2025", "On track",
         "On the agenda for 10 December (item 6)."),
        ("BT25/17", D(2025, 6, 18), "Safeguarding annual report",
         "Commission an independent review of safeguarding reporting from country offices.",
         "Chief Executive", "March 2026", "On track",
         "Terms of reference agreed by the Chair; three firms invited to quote."),
        ("BT25/19", D(2025, 6, 18), "Audit & Risk Committee report",
         "Circulate the revised reserves policy to all trustees for comment before adoption.",
         "Director of Finance & Resources", "Novemebr 2025", "Overdue",
         "Draft with the Audit & Risk Committee Chair; circulation now expected mid-December."),
        ("BT25/23", D(2025, 9, 24), "Fundraising performance",
         "Provide a breakdown of legacy income forecasts by probability band.",
         "Director of Fundraising", "December 2025", "Complete",
         "Included in the management accounts pack for December."),
        ("BT25/24", D(2025, 9, 24), "Trustee recruitment",
         "Agree the skills profile and timetable for recruiting two new trustees.",
         "Chair; Company Secretary", "March 2026", "On track",
         "Nominations Committee meets 14 January."),
        ("BT25/26", D(2025, 9, 24), "Country office governance",
         "Report back on the registration status of the Brooke affiliates in India and Pakistan.",
         "Company Secretary", "Next meeting", "Not started", ""),
    ]
    for r, row in enumerate(rows, start=6):
        for c, v in enumerate(row, start=1):
            put(ws, r, c, v, "dd/mm/yyyy" if c == 2 else None)
    ws.cell(row=13, column=1, value="Closed since the last meeting (to be removed)").font = Font(bold=True)
    closed = [
        ("BT25/21", D(2025, 9, 24), "Minutes", "Publish the approved 2024 trustees' annual report "
         "on the website.", "Company Secretary", "October 2025", "Closed",
         "Published 3 October 2025."),
    ]
    for r, row in enumerate(closed, start=14):
        for c, v in enumerate(row, start=1):
            put(ws, r, c, v, "dd/mm/yyyy" if c == 2 else None)
    for col, w in zip("ABCDEFGH", [10, 12, 26, 52, 28, 16, 12, 44]):
        ws.column_dimensions[col].width = w
    wb.save(out("zop-brooke-hospital-for-animals-board-of-trustees-action-log-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


HEX = {"blue": "00B0F0", "green": "00B050", "amber": "FFC000", "red": "FF0000",
       "grey": "D9D9D9", "head": "BDD7EE"}


# ====================================================================== 4
def berwick():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("BERWICK-UPON-TWEED TOWN COUNCIL")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading("Internal Audit 2024/25 – Action Plan", level=1)
    doc.add_paragraph(
        "Response to the independent internal auditor's report for the year ended 31 March 2025. "
        "Agreed by the Budget and Administration Committee on 8 July 2025; progress shown as at "
        "31 October 2025 for the Committee meeting of 11 November 2025.")

    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Document", "Internal Audit Action Plan 2024/25"),
                                ("Version", "1.3"),
                                ("Owner", "Town Clerk (Responsible Financial Officer)"),
                                ("Last updated", "31 October 2025")]):
        bold_cell(t.rows[i].cells[0], a)
        t.rows[i].cells[1].text = b

    doc.add_paragraph()
    doc.add_paragraph("Status key")
    k = doc.add_table(rows=1, cols=4)
    k.style = "Table Grid"
    for cell, (word, col) in zip(k.rows[0].cells, [("Complete", "blue"), ("On track", "green"),
                                                   ("Overdue", "red"), ("Not started", None)]):
        cell.text = word
        if col:
            shade(cell, HEX[col])

    headers = ["No.", "Internal auditor's recommendation", "Action agreed by the Council", "Lead",
               "Target date", "Status"]

    def section(title, rows, merges=()):
        doc.add_paragraph()
        hp = doc.add_paragraph()
        hr = hp.add_run(title)
        hr.bold = True
        tb = doc.add_table(rows=1 + len(rows), cols=6)
        tb.style = "Table Grid"
        for cell, h in zip(tb.rows[0].cells, headers):
            bold_cell(cell, h)
            shade(cell, HEX["head"])
        for i, row in enumerate(rows, start=1):
            cells = tb.rows[i].cells
            for j, v in enumerate(row):
                if v is None:
                    continue
                cells[j].text = v
            st = row[5]
            colour = {"Complete": "blue", "On track": "green", "Overdue": "red"}.get(st)
            if colour:
                shade(cells[5], HEX[colour])
        for a, b in merges:
            top = tb.cell(a, 1)
            merged = top.merge(tb.cell(b, 1))
            # keep only the first paragraph's text after merge
            merged.text = rows[a - 1][1]

    section("A. Appropriate accounting records have been properly kept throughout the financial year.",
            [("1", "The asset disposals recorded during the office move should be reconciled to the "
                   "asset register and the register brought up to date.",
              "Reconcile the asset register to the 2023/24 disposals and the 2024/25 purchases, and "
              "present the updated register to Committee.",
              "Finance Officer", "30 September 2025", "Complete")])
    section("B. This authority complied with its financial regulations, payments were supported by "
            "invoices, all expenditure was approved and VAT was appropriately accounted for.",
            [("2", "The Council should review its Financial Regulations against the 2024 NALC model "
                   "and ensure that payment authorisation limits are applied.",
              "Adopt revised Financial Regulations based on the NALC 2024 model.",
              "Town Clerk", "By 31 December 2025", "On track"),
             ("3", None,
              "Introduce a two-councillor online banking authorisation for all payments over £500, "
              "with the payment schedule signed at each meeting.",
              "Town Clerk and Chair of Budget & Administration Committee", "30 September 2025",
              "Complete")],
            merges=[(1, 2)])
    section("C. This authority assessed the significant risks to achieving its objectives and "
            "reviewed the adequacy of arrangements to manage these.",
            [("4", "The risk register should be reviewed and formally adopted annually, with "
                   "insurance cover checked against it.",
              "Review the risk register and insurance schedule together and report both to the "
              "Committee before the annual renewal.",
              "Deputy Town Clerk", "31 August 2025", "Overdue"),
             ("5", "The Council should assess the risk of its reliance on one officer for finance "
                   "functions.",
              "Cross-train the Deputy Town Clerk in the Scribe accounts package so that month-end "
              "processing can be covered during absence.",
              "Town Clerk", "Q4 2025/26", "Not started")])
    section("H. Asset and investments registers were complete and accurate and properly maintained.",
            [("6", "Items below the capitalisation threshold should be recorded in a separate "
                   "inventory so that disposals are controlled.",
              "Create an inventory of furniture and IT equipment below £500 and record disposals "
              "with a councillor's countersignature.",
              "Finance Officer", "31 October 2025", "Complete")])
    section("I. Periodic and year-end bank account reconciliations were properly carried out.",
            [("7", "Bank reconciliations should be reviewed and signed by a councillor who is not a "
                   "cheque or online banking signatory.",
              "Nominate a reconciliation councillor at the Annual Meeting and present signed "
              "reconciliations to each Committee meeting.",
              "Town Clerk", "Monthly", "On track"),
             ("8", "The year-end reconciliation should agree Box 7 (balances carried forward) to "
                   "Box 8 (total cash and investments) on the AGAR, with any differences explained.",
              "Prepare the Box 7 to Box 8 reconciliation as part of the year-end closedown and "
              "have it checked by the internal auditor before the AGAR is approved.",
              "Finance Officer", "31 May 2026", "Not started")])

    doc.add_paragraph()
    doc.add_paragraph(
        "Notes: Recommendations graded by the internal auditor as advisory only have not been "
        "included. The AGAR for 2024/25 was approved by Full Council on 24 June 2025.")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for cell, h in zip(s.rows[0].cells, ["Approved by", "Date", "Minute ref."]):
        bold_cell(cell, h)
    for cell, v in zip(s.rows[1].cells, ["Budget and Administration Committee", "8 July 2025",
                                         "B&A 25/019"]):
        cell.text = v
    doc.save(out("zop-berwick-upon-tweed-town-council-internal-audit-action-plan-2024-25.docx"))


# ====================================================================== 5
def msw():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Mid South West Region Growth Deal – Programme Highlight Report", level=0)
    doc.add_paragraph("Period 7: October 2025").runs[0].bold = True
    t = doc.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([
            ("Programme", "Mid South West (MSW) Region Growth Deal"),
            ("Reporting period", "1 – 31 October 2025"),
            ("Report to", "MSW Programme Board, 13 November 2025"),
            ("Prepared by", "MSW Programme Management Office"),
            ("Partners", "Armagh City, Banbridge & Craigavon Borough Council (ABC); Fermanagh and "
                         "Omagh District Council (FODC); Mid Ulster District Council (MUDC)"),
            ("Overall status", "Amber")]):
        bold_cell(t.rows[i].cells[0], a)
        t.rows[i].cells[1].text = b
    shade(t.rows[5].cells[1], HEX["amber"])

    doc.add_heading("1. Overall status", level=1)
    s = doc.add_table(rows=6, cols=4)
    s.style = "Table Grid"
    for cell, h in zip(s.rows[0].cells, ["Dimension", "Last period", "This period", "Comment"]):
        bold_cell(cell, h)
        shade(cell, HEX["head"])
    dims = [("Time", "A", "A", "Two projects forecasting slippage against the Deal Document profile."),
            ("Cost", "A", "A", "Construction inflation allowance under review with DoF."),
            ("Scope", "G", "G", "No change requests this period."),
            ("Benefits", "G", "G", "Benefits realisation framework agreed in September."),
            ("Risk", "A", "R", "Armagh Gaol operator risk escalated (see section 4).")]
    for i, row in enumerate(dims, start=1):
        for j, v in enumerate(row):
            s.rows[i].cells[j].text = v
            if j in (1, 2):
                shade(s.rows[i].cells[j], HEX[{"A": "amber", "G": "green", "R": "red"}[v]])

    doc.add_heading("2. Progress this period", level=1)
    for b in ["Integrated Consultant Team appointed for the Ulster American Folk Park masterplan.",
              "Public inquiry inspector's report on the A29 Cookstown Bypass received by DfI.",
              "Desertcreat site investigation contractor mobilised on 6 October."]:
        doc.add_paragraph(b, style="List Bullet")

    doc.add_heading("3. Milestones and actions", level=1)
    doc.add_paragraph("RAG key: B – complete; G – on track; A – at risk but recoverable; "
                      "R – off track, Programme Board intervention needed.")
    headers = ["Ref", "Milestone / action", "Lead partner", "Baseline date", "Forecast date",
               "Prev", "Now", "Commentary"]
    body = [
        ("theme", "Theme 1: Infrastructure"),
        ("project", "A29 Cookstown Bypass"),
        ("1.1", "Complete the statutory procedures (vesting order and direction order) for the "
                "A29 Cookstown Bypass.", "DfI Roads", "Sep-25", "Jan-26", "A", "A",
         "Inspector's report received; Departmental decision expected December."),
        ("1.2", "Issue the invitation to tender for the main works contract.", "DfI Roads",
         "Mar-26", "Mar-26", "G", "G", "Procurement strategy approved."),
        ("project", "A4 Enniskillen Southern Bypass"),
        ("1.3", "Submit the Outline Business Case for approval.", "DfI Roads / FODC", "Jun-25",
         "Dec-25", "R", "A", "Revised cost estimate completed; OBC being finalised."),
        ("theme", "Theme 2: Tourism and Regeneration"),
        ("project", "Ulster American Folk Park"),
        ("2.1", "Appoint the Integrated Consultant Team for the masterplan design stage.",
         "NMNI / FODC", "Aug-25", "Oct-25", "A", "B", "Appointed 14 October 2025."),
        ("2.2", "Complete RIBA Stage 2 concept design and cost plan.", "NMNI", "Feb-26", "Apr-26",
         "G", "A", "Later ICT appointment has compressed the design programme."),
        ("project", "Armagh Gaol"),
        ("2.3", "Confirm a private sector operator for the hotel element following soft market "
                "testing.", "ABC", "Dec-25", "Jun-26", "A", "R",
         "Only one expression of interest received; options paper to Board."),
        ("theme", "Theme 3: Innovation and Digital"),
        ("project", "Desertcreat Green Innovation Park"),
        ("3.1", "Complete site investigation and ecological surveys at Desertcreat.", "MUDC",
         "Nov-25", "Nov-25", "G", "G", "Fieldwork 80% complete."),
        ("3.2", "Submit the Strategic Outline Case for the green hydrogen hub to the NI City and "
                "Growth Deals Delivery Board.", "MUDC", "Mar-26", "Mar-26", "–", "G",
         "New milestone added this period."),
    ]
    tb = doc.add_table(rows=1 + len(body), cols=8)
    tb.style = "Table Grid"
    for cell, h in zip(tb.rows[0].cells, headers):
        bold_cell(cell, h)
        shade(cell, HEX["head"])
    rag = {"A": "amber", "G": "green", "R": "red", "B": "blue"}
    for i, row in enumerate(body, start=1):
        cells = tb.rows[i].cells
        if row[0] in ("theme", "project"):
            m = cells[0].merge(cells[7])
            bold_cell(m, row[1])
            shade(m, HEX["grey"] if row[0] == "theme" else "F2F2F2")
            continue
        for j, v in enumerate(row):
            cells[j].text = v
            if j in (5, 6) and v in rag:
                shade(cells[j], HEX[rag[v]])

    doc.add_heading("4. Key risks", level=1)
    rk = doc.add_table(rows=4, cols=3)
    rk.style = "Table Grid"
    for cell, h in zip(rk.rows[0].cells, ["Risk", "Score", "Trend"]):
        bold_cell(cell, h)
        shade(cell, HEX["head"])
    for i, row in enumerate([
            ("Construction cost inflation exceeds the Deal contingency.", "16", "↔"),
            ("No viable operator for the Armagh Gaol hotel element.", "20", "↑"),
            ("Delay to NI Executive match funding profile.", "12", "↓")], start=1):
        for j, v in enumerate(row):
            rk.rows[i].cells[j].text = v

    doc.add_heading("5. Decisions required from the Programme Board", level=1)
    doc.add_paragraph("Note the escalation of the Armagh Gaol operator milestone to Red.",
                      style="List Number")
    doc.add_paragraph("Approve the addition of milestone 3.2 to the programme plan.",
                      style="List Number")
    doc.save(out("zop-mid-south-west-region-growth-deal-programme-highlight-report.docx"))


# ====================================================================== 6
def wwt():
    import csv
    header = ["Task Name", "Ref", "Assigned To", "Start Date", "End Date", "Duration",
              "% Complete", "Status", "RYG", "Latest Comment"]
    rows = [
        ["Principle 2 – Leadership", "", "", "01/05/25", "30/09/25", "109d", "100%", "", "", ""],
        ["Adopt role descriptions for the Chair and Vice-Chair and publish them on the "
         "trustee portal", "2.1", "Helen Wright", "01/05/25", "30/09/25", "109d", "100%",
         "Complete", "Green", "Approved by the Board 17/09/25"],
        ["Principle 3 – Integrity", "", "", "02/06/25", "31/10/25", "108d", "60%", "", "", ""],
        ["Refresh the conflicts of interest policy and register, with annual declarations by "
         "trustees and the Executive Team", "3.1", "Simon Lacey", "02/06/25", "31/10/25", "108d",
         "60%", "In Progress", "Yellow", "Declarations outstanding from 3 trustees"],
        ["Principle 4 – Decision-making, risk and control", "", "", "01/07/25", "31/03/26",
         "196d", "40%", "", "", ""],
        ["Review the scheme of delegation and the matters reserved to the Board", "4.1",
         "Simon Lacey", "01/07/25", "28/11/25", "109d", "75%", "In Progress", "Green",
         "Draft to Governance & Nominations Committee in November"],
        ["Align the strategic risk register to the 2025–2030 strategy and agree risk appetite "
         "statements", "4.2", "Priya Nair, Simon Lacey", "01/09/25", "31/03/26", "152d", "25%",
         "In Progress", "Green", "Risk appetite workshop held with trustees 09/10/25"],
        ["Commission an external review of the Audit & Risk Committee's effectiveness", "4.3",
         "Priya Nair", "05/01/26", "31/03/26", "62d", "0%", "Not Started", "", ""],
        ["Principle 5 – Board effectiveness", "", "", "01/04/25", "31/01/26", "219d", "55%", "",
         "", ""],
        ["Complete a skills audit of trustees and use the results in the 2026 recruitment round",
         "5.1", "Helen Wright", "01/04/25", "30/06/25", "65d", "100%", "Complete", "Green",
         "Skills matrix reported to Board in July"],
        ["Introduce annual one-to-one appraisals for trustees led by the Chair", "5.2",
         "Helen Wright", "01/09/25", "31/01/26", "110d", "20%", "In Progress", "Red",
         "Only 2 of 11 appraisals held; Chair's availability limited"],
        ["Principle 6 – Equality, diversity and inclusion", "", "", "01/10/25", "30/06/26",
         "195d", "10%", "", "", ""],
        ["Set diversity targets for the Board and report progress in the annual report", "6.1",
         "Helen Wright", "01/10/25", "30/06/26", "195d", "10%", "On Hold", "Yellow",
         "Paused until skills audit findings are built into the recruitment plan"],
        ["Principle 7 – Openness and accountability", "", "", "01/06/25", "30/04/26", "240d",
         "50%", "", "", ""],
        ["Publish a summary of Board decisions on the website after each meeting", "7.1",
         "Simon Lacey", "01/06/25", "31/07/25", "44d", "100%", "Complete", "Green",
         "First summary published for the July meeting"],
        ["Hold an annual members' Q&A session with trustees ahead of the AGM", "7.2",
         "Kate Morrow", "02/02/26", "30/04/26", "64d", "0%", "Not Started", "", ""],
    ]
    with open(out("zop-wildfowl-and-wetlands-trust-governance-code-action-plan-smartsheet-export.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


# ====================================================================== 7
CHARNWOOD = """\
Charnwood Borough Council
ICO Reprimand – Data Protection Improvement Action Plan
Progress report to the Audit Committee, 16 July 2024
Plan owner: Data Protection Officer

Background: In November 2023 the Information Commissioner's Office issued the Council with a reprimand under Article 58(2)(b) UK GDPR after a letter disclosed a customer's new address to a former partner. The reprimand asked the Council to consider four steps. This plan sets out the Council's actions against each of them.

Status key: COMPLETE (blue) = delivered and evidenced | ON TRACK (green) | AT RISK (amber) = target date may be missed | OVERDUE (red) | NOT STARTED

----------------------------------------------------------------------
Recommendation 1: Put in place a written and well-communicated process for handling correspondence where a customer is, or may be, at risk of domestic abuse.

1.1 Write a corporate procedure for handling correspondence and address changes in sensitive circumstances, including a check before any letter is sent to a previous address.
    Lead: Head of Customer Experience
    Target date: 31 January 2024
    Status: COMPLETE
    Update: Procedure approved by the Senior Leadership Team on 9 January 2024 and published on the intranet.

1.2 Brief all Customer Services and Revenues staff on the procedure and record that each member of staff has read it.
    Lead: Customer Services Manager; Revenues and Benefits Manager
    Target date: February 2024
    Status: COMPLETE
    Update: 96 of 96 staff signed off by 23 February 2024.

----------------------------------------------------------------------
Recommendation 2: Make sure the process for customers to tell the Council about a change of address is clear and properly explained to them.

2.1 Change the online change of address form so that the new address updates the customer record directly rather than being held as a note.
    Lead: Digital Services Manager
    Target date: 30 April 2024 (revised: 30 September 2024)
    Status: ON TRACK
    Update: Supplier development complete; user testing in August.

2.2 Update the telephone script so that advisers confirm the address change has been completed and explain any further step the customer needs to take.
    Lead: Customer Services Manager
    Target date: March 2024
    Status: COMPLETE
    Update: Script live from 4 March 2024.

----------------------------------------------------------------------
Recommendation 3: Make sure that all staff complete data protection training, with refresher training at least every 12 months.

3.1 Make the data protection e-learning module mandatory every year for all staff and report completion rates to the Corporate Management Team.
    Lead: Data Protection Officer
    Target date: Quarterly
    Status: ON TRACK
    Update: Completion at 91% (June 2024), up from 64% in November 2023.

3.2 Follow up every member of staff whose training is out of date, with access to case management systems suspended after 30 days' notice.
    Lead: Data Protection Officer / HR Manager
    Target date: 31 July 2024
    Status: AT RISK
    Update: Suspension process agreed with trade unions; 37 staff still to complete.

3.3 Include data protection training in the induction for all new starters, agency and temporary staff before they are given system access.
    Lead: HR Manager
    Target date: 31 May 2024
    Status: COMPLETE
    Update: Induction checklist updated; evidence seen by Internal Audit.

----------------------------------------------------------------------
Recommendation 4: Consider putting alerts on records where staff need to take extra care because a customer is vulnerable.

4.1 Introduce a 'do not disclose address' flag in the revenues and benefits system and the customer relationship management system.
    Lead: ICT Manager
    Target date: 31 December 2024
    Status: NOT STARTED
    Update: Awaiting the supplier's release that includes the flag functionality.

4.2 Internal Audit to review how the flags are being used six months after go-live and report to the Audit Committee.
    Lead: Audit Manager
    Target date: Q1 2025/26
    Status: NOT STARTED
    Update:

----------------------------------------------------------------------
Next update to the Audit Committee: November 2024.
"""


def charnwood():
    with open(out("zop-charnwood-borough-council-ico-reprimand-improvement-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write(CHARNWOOD)


if __name__ == "__main__":
    trent_and_dove()
    sose()
    brooke()
    berwick()
    msw()
    wwt()
    charnwood()
    print("built 7 files in", HERE)
