"""Build the seven zft- blind test files (set heldout820).

Run with /work/main/.venv/bin/python zft_make.py from any directory;
files are written beside this script.
"""
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


RAG_FILL = {
    "blue": fill("5B9BD5"),
    "green": fill("00B050"),
    "amber": fill("FFC000"),
    "red": fill("FF0000"),
}
HEAD_FILL = fill("1F3864")
THEME_FILL = fill("D9E1F2")


# ---------------------------------------------------------------------------
# 1. Fairhive Homes - NHF Code of Governance compliance action plan (xlsx)
# ---------------------------------------------------------------------------
def make_fairhive():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "NHF Code of Governance 2020 – Compliance Review Action Plan"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Fairhive Homes Limited"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [
        ("Document owner", "Company Secretary"),
        ("Version", "1.3"),
        ("Status", "Position at 30 September 2025"),
        ("Reporting to", "Governance & Remuneration Committee – 14 October 2025"),
        ("Source", "Independent review of compliance with the NHF Code of Governance 2020, "
                   "reported to the Board on 27 March 2025"),
    ]
    r = 5
    for k, v in rows:
        cov.cell(r, 1, k).font = Font(bold=True)
        cov.cell(r, 2, v)
        for c in (1, 2):
            cov.cell(r, c).border = BOX
            cov.cell(r, c).alignment = WRAP
        r += 1
    r += 1
    cov.cell(r, 1, "Version history").font = Font(bold=True)
    r += 1
    for i, h in enumerate(("Version", "Date", "Change"), 1):
        c = cov.cell(r, i, h)
        c.font = Font(bold=True)
        c.border = BOX
    for ver, dt, ch in [
        ("1.0", "27/03/2025", "Action plan agreed by the Board"),
        ("1.1", "08/07/2025", "Q1 update; revised date agreed for 1.8"),
        ("1.2", "11/09/2025", "Action against provision 4.9 added following ARC discussion"),
        ("1.3", "30/09/2025", "Q2 update; revised dates proposed for 2.6 and 3.12"),
    ]:
        r += 1
        for i, v in enumerate((ver, dt, ch), 1):
            cov.cell(r, i, v).border = BOX
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 60
    cov.column_dimensions["C"].width = 50

    ws = wb.create_sheet("Action plan")
    headers = [
        "Code provision", "Review finding", "Agreed action", "Lead",
        "Original target", "Revised target", "Previous RAG (Jun-25)",
        "Current RAG (Sep-25)", "Progress update",
    ]
    ncol = len(headers)
    ws["A1"] = "NHF Code of Governance 2020 – Compliance Review Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "Fairhive Homes  |  Position at 30 September 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    for i, h in enumerate(headers, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = HEAD_FILL
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX

    D = datetime
    plan = [
        ("Principle 1 – Mission and values", [
            ("1.1", "1.6 Engagement with residents",
             "Board hears the resident voice only through the annual TSM report; no direct line of sight of resident experience.",
             "Introduce a standing ‘resident voice’ item at each Board meeting, presented by the Chair of the Customer Scrutiny Panel.",
             "Director of Customer Services", D(2025, 9, 30), None, "Green", "blue",
             "First item taken at the September Board. Complete."),
            ("1.2", "1.8 Equality, diversity and inclusion",
             "No equality, diversity and inclusion objectives for the Board itself and limited data on Board diversity.",
             "Agree Board EDI objectives and publish Board diversity data in the annual report.",
             "Chair of the Board / Company Secretary", D(2025, 7, 31), D(2025, 11, 30), "Amber", "amber",
             "Objectives drafted; to G&R Committee in October and Board in November."),
        ]),
        ("Principle 2 – Strategy and delivery", [
            ("2.1", "2.3 Risk appetite",
             "Risk appetite statement not reviewed since 2022 and not linked to the business plan.",
             "Review the risk appetite statement at the Board strategy away day and link each appetite level to the 2026/27 business plan objectives.",
             "Director of Finance", D(2025, 12, 31), None, "Green", "green",
             "Away day booked for 20 November 2025."),
            ("2.2", "2.6 Assurance on delivery of the strategy",
             "Performance reports do not show progress against the Corporate Strategy 2024–2029.",
             "Redesign the Board performance report so that each strategic objective has measures, trend data and a delivery RAG.",
             "Head of Performance and Insight", D(2025, 9, 30), D(2026, 1, 31), "Amber", "red",
             "New BI platform delayed; first version of the report now planned for the January 2026 Board."),
        ]),
        ("Principle 3 – Board effectiveness", [
            ("3.1", "3.5 Skills and succession",
             "Skills matrix not refreshed since 2021; two Board members reach maximum tenure in 2026.",
             "Refresh the Board skills matrix and agree a two-year succession plan for Board and committee chairs.",
             "Company Secretary", D(2025, 10, 31), None, "Green", "green",
             "Skills self-assessment returned by 9 of 10 members."),
            ("3.2", "3.9 Board and committee papers",
             "Papers are long and do not consistently set out the decision required.",
             "Introduce a new cover sheet and an executive summary of no more than two pages for all Board and committee papers.",
             "Company Secretary", D(2025, 6, 30), None, "Green", "blue",
             "New template in use from July 2025."),
            ("3.3", "3.12 Independent review of effectiveness",
             "No externally facilitated review of Board effectiveness since 2019.",
             "Commission an externally facilitated review of Board effectiveness, to report to the Board in 2026.",
             "Chair of the Board", D(2025, 12, 31), D(2026, 6, 30), "Amber", "amber",
             "Procurement paused until the new Chair has completed induction; revised date proposed to G&R Committee."),
        ]),
        ("Principle 4 – Control and assurance", [
            ("4.1", "4.4 Compliance with laws and regulation",
             "No single register of legal and regulatory obligations, including the Consumer Standards.",
             "Develop a compliance register covering legal, regulatory and Consumer Standards requirements, with a named owner for each obligation.",
             "Head of Governance & Compliance", D(2025, 11, 30), None, "Green", "green",
             "Draft register built in SharePoint; owners being confirmed."),
            ("4.2", "4.7 Audit and Risk Committee",
             "ARC terms of reference do not cover oversight of health and safety and building safety assurance.",
             "Update the ARC terms of reference to include health, safety and building safety assurance, and agree an annual assurance map.",
             "Director of Assets / Company Secretary", D(2025, 9, 30), None, "Green", "blue",
             "Revised terms of reference approved by the Board on 25 September 2025."),
            ("4.3", "4.9 Whistleblowing",
             "Whistleblowing cases are not reported to the Board or a committee.",
             "Report anonymised whistleblowing cases to ARC twice a year and name a Board member as whistleblowing champion.",
             "Chief Executive", D(2026, 3, 31), None, None, None,
             "New action added September 2025."),
        ]),
    ]
    r = 5
    for theme, actions in plan:
        c = ws.cell(r, 1, theme)
        c.font = Font(bold=True)
        for i in range(1, ncol + 1):
            ws.cell(r, i).fill = THEME_FILL
            ws.cell(r, i).border = BOX
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for (_, prov, gap, act, lead, orig, rev, prev, cur, upd) in actions:
            vals = [prov.split(" ")[0], gap, act, lead, orig, rev, prev, None, upd]
            if cur is None:
                vals[7] = "Not started"
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, datetime):
                    c.number_format = "mmm-yy"
            if cur:
                ws.cell(r, 8).fill = RAG_FILL[cur]
            if prev:
                ws.cell(r, 7).fill = RAG_FILL[prev.lower()]
            r += 1
    r += 1
    ws.cell(r, 1, "Note: a revised target is shown where the Governance & Remuneration Committee has agreed "
                  "(or is asked to agree) an extension; the original target is kept for reference.").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    r += 2
    ws.cell(r, 1, "Summary – current RAG").font = Font(bold=True)
    r += 1
    for label, n, f in [("Complete", 3, "blue"), ("Green", 3, "green"), ("Amber", 2, "amber"),
                        ("Red", 1, "red"), ("Not started", 1, None), ("Total", 10, None)]:
        ws.cell(r, 1, label).border = BOX
        ws.cell(r, 2, n).border = BOX
        if f:
            ws.cell(r, 1).fill = RAG_FILL[f]
        if label == "Total":
            ws.cell(r, 1).font = Font(bold=True)
            ws.cell(r, 2).font = Font(bold=True)
        r += 1
    widths = [9, 42, 50, 28, 11, 11, 12, 12, 44]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (f, txt) in enumerate([
        ("blue", "Blue – action complete"),
        ("green", "Green – on track to meet target date"),
        ("amber", "Amber – at risk; revised date agreed or proposed"),
        ("red", "Red – off track / target date missed"),
        (None, "No colour – not started"),
    ], 2):
        key.cell(i, 1).fill = RAG_FILL[f] if f else PatternFill()
        key.cell(i, 1).border = BOX
        key.cell(i, 2, txt)
    key.column_dimensions["B"].width = 50
    wb.save(out("zft-fairhive-homes-nhf-code-of-governance-compliance-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Hungerford Town Council - H&S audit action plan, Microsoft Planner export (xlsx)
# ---------------------------------------------------------------------------
def make_hungerford():
    wb = Workbook()
    ws = wb.active
    ws.title = "H&S Audit Action Plan 2025-26"
    ws["A1"] = "Plan name"
    ws["B1"] = "H&S Audit Action Plan 2025-26"
    ws["A2"] = "Plan ID"
    ws["B2"] = "pX7Qm3kR0EWdTn4bY9aLzmUAHk2v"
    ws["A3"] = "Date of export"
    ws["B3"] = "03/12/2025"
    headers = ["Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To",
               "Created By", "Created Date", "Start date", "Due date", "Is Recurring", "Late",
               "Completed Date", "Completed By", "Completed Checklist Items", "Checklist Items",
               "Labels", "Description"]
    for i, h in enumerate(headers, 1):
        ws.cell(5, i, h).font = Font(bold=True)
    B1, B2, B3, B4 = ("Town Hall & Corn Exchange", "Open spaces & play areas",
                      "Policies, risk assessments & training", "Events")
    tasks = [
        ("Kq2VbN8sREuA0xTz5mWcYGUAJ1dE",
         "Complete the remedial actions from the fire risk assessment (fire doors, emergency lighting log)",
         B1, "In progress", "Urgent", "Claire Dobson;Mark Ellery", "08/09/2025", "15/09/2025",
         "30/01/2026", "false", "", "", "3/7", "7", "Amber",
         "Fire door survey received; joinery contractor booked for w/c 12 January. Emergency lighting log now kept at reception."),
        ("Hs7LpQ1aWk2Nc9ZrXoT4mGUAP0bT",
         "Arrange the fixed electrical installation test (EICR) for the Corn Exchange",
         B1, "Completed", "Important", "Mark Ellery", "08/09/2025", "15/09/2025",
         "31/10/2025", "false", "14/11/2025", "Mark Ellery", "", "", "",
         "Satisfactory certificate received 14/11; copy saved to premises file."),
        ("Wd4FgT6yUe1Ko3PiLm8nBGUAQ2cR",
         "Asbestos management survey – obtain a copy and add it to the premises file",
         B1, "Not started", "Medium", "Claire Dobson", "08/09/2025", "",
         "27/02/2026", "false", "", "", "", "", "",
         "Ask West Berkshire Council whether a survey was done before transfer of the Town Hall."),
        ("Rt5GhY7uIo2Lp4AsDf9gHGUAW3eV",
         "Introduce weekly documented visual inspections of the Croft Field and Priory Road play areas",
         B2, "In progress", "Important", "Mark Ellery", "08/09/2025", "01/10/2025",
         "31/12/2025", "false", "", "", "1/2", "2", "Green",
         "Inspection sheet drafted; weekly checks started on Croft Field."),
        ("Yu8JkL0zXc3Vb5NmQw1eRGUAT4fY",
         "Commission the annual independent play area inspection (RoSPA or equivalent)",
         B2, "Completed", "Important", "Mark Ellery", "08/09/2025", "08/09/2025",
         "30/09/2025", "false", "22/09/2025", "Mark Ellery", "", "", "",
         "Inspection carried out 19/09; two low-risk items added to maintenance list."),
        ("Io9KlZ1xCv4Bn6MqWe2rTGUAY5gU",
         "Tree survey of council-owned land and programme of works",
         B2, "In progress", "Urgent", "Claire Dobson", "08/09/2025", "22/09/2025",
         "30/11/2025", "false", "true", "", "", "0/3", "3", "Red",
         "Quotes from three arboricultural contractors requested; one received. Two trees on the Common fenced off."),
        ("Pa1SdF3gHj5Kl7ZxCv0bNGUAU6hI",
         "Review the Health and Safety Policy and re-adopt it at Full Council",
         B3, "In progress", "Medium", "Claire Dobson", "08/09/2025", "01/10/2025",
         "12/01/2026", "false", "", "", "", "", "Green",
         "Draft policy to Policy & Resources Committee in December, then Full Council in January."),
        ("Zx2CvB4nMq6We8RtYu1iOGUAI7jO",
         "Lone working procedure and personal alarms for grounds staff",
         B3, "In progress", "Important", "Claire Dobson;Jo Parfitt", "08/09/2025", "13/10/2025",
         "28/02/2026", "false", "", "", "1/4", "4", "Amber",
         "Check-in app trial with grounds staff; alarms ordered."),
        ("Mn3BvC5xZa7Sd9FgHj2kLGUAO8kP",
         "Manual handling and first aid refresher training for all staff",
         B3, "Not started", "Medium", "Jo Parfitt", "08/09/2025", "",
         "31/03/2026", "false", "", "", "", "", "",
         "Book with SLCC/BALC training once budget for 2026/27 agreed."),
        ("Qw4ErT6yUi8Op0AsDf3lZGUAP9lA",
         "Event safety plan template for the Hungerford Victorian Extravaganza and other council events",
         B4, "Completed", "Medium", "Jo Parfitt", "08/09/2025", "15/09/2025",
         "31/10/2025", "false", "28/10/2025", "Jo Parfitt", "", "", "",
         "Template used for Remembrance Sunday; to be adopted for all council events."),
    ]
    r = 6
    for t in tasks:
        if len(t) == 16:
            (tid, name, bucket, prog, prio, who, created, start, due, recur,
             compl, complby, cdone, clist, labels, desc) = t
            late = "false"
        else:
            (tid, name, bucket, prog, prio, who, created, start, due, recur, late,
             compl, complby, cdone, clist, labels, desc) = t
        row = [tid, name, bucket, prog, prio, who, "Claire Dobson", created, start, due,
               recur, late, compl, complby, cdone, clist, labels, desc]
        for i, v in enumerate(row, 1):
            ws.cell(r, i, v)
        r += 1
    for i, w in enumerate([30, 60, 34, 12, 10, 28, 16, 12, 12, 12, 11, 8, 14, 14, 10, 10, 10, 70], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(out("zft-hungerford-town-council-health-and-safety-audit-action-plan-planner-export.xlsx"))


# ---------------------------------------------------------------------------
# 3. NIMDTA - corporate risk register 2025/26 with actions (xlsx) - REFUSE
# ---------------------------------------------------------------------------
def make_nimdta():
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR 2025-26"
    headers = ["Risk ref", "Risk description", "Risk owner", "Inherent risk (L x I)",
               "Key controls in place", "Residual risk (L x I)", "Action ref",
               "Further action required", "Action owner", "Target date", "Action status"]
    ncol = len(headers)
    ws["A1"] = "Northern Ireland Medical and Dental Training Agency"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Corporate Risk Register 2025/26"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Version 3 – reviewed by SMT 18 November 2025; "
                "for Audit and Risk Assurance Committee 4 December 2025")
    ws["A3"].font = Font(italic=True)
    for rr in (1, 2, 3):
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=ncol)
    for i, h in enumerate(headers, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    score_fill = {"16": fill("FF0000"), "20": fill("FF0000"), "12": fill("FFC000"),
                  "15": fill("FF0000"), "9": fill("FFC000"), "8": fill("FFC000"),
                  "6": fill("FFFF00")}
    risks = [
        ("CR1",
         "Insufficient trainer capacity and clinical placements across HSC Trusts to deliver the "
         "commissioned number of training posts, leading to failure to meet GMC standards for "
         "postgraduate medical education.",
         "Postgraduate Dean", "4 x 4 = 16",
         "Quality management framework; Local Education Provider visits; trainer recognition process; "
         "GMC National Training Survey action plans.",
         "3 x 4 = 12",
         [("1.1", "Complete the review of trainer recognition and job-planned time for educational "
                  "supervisors across all HSC Trusts.",
           "Associate Dean for Quality", "31 March 2026", "On track"),
          ("1.2", "Agree with the Department of Health the 2026/27 training post expansion and "
                  "associated funding.",
           "Chief Executive / Postgraduate Dean", "Jan 2026", "Behind schedule"),
          ("1.3", "Publish Local Education Provider visit reports within 8 weeks of each visit.",
           "Head of Quality Management", "Ongoing", "On track")]),
        ("CR2",
         "Loss or unauthorised disclosure of trainee personal data, or loss of key systems, because "
         "of a cyber attack or failure of third-party systems.",
         "Chief Executive", "4 x 5 = 20",
         "BSO ITS managed security; annual penetration test; mandatory IG training; "
         "data processing agreements with suppliers.",
         "3 x 4 = 12",
         [("2.1", "Complete the migration of the trainee management system to the regional cloud "
                  "platform and close the legacy server.",
           "Head of Corporate Services", "June 2026", "On track"),
          ("2.2", "Run a cyber incident exercise with the Senior Management Team and test the "
                  "business continuity plan.",
           "Information Governance Manager", "Sept 2025", "Complete")]),
        ("CR3",
         "Financial pressure from the 2025/26 pay award and recurrent funding gap means NIMDTA cannot "
         "live within its allocation without reducing training activity.",
         "Director of Finance", "4 x 4 = 16",
         "Monthly budget monitoring to SMT; financial plan agreed with DoH sponsor branch; "
         "vacancy control panel.",
         "3 x 3 = 9",
         [("3.1", "Submit the 2026/27 savings plan and pressures bid to the Department of Health.",
           "Director of Finance", "Dec 2025", "On track"),
          ("3.2", "Review study leave budget allocations and agree revised limits with Heads of School.",
           "Director of Finance / Postgraduate Dean", "Febuary 2026", "Behind schedule")]),
        ("CR4",
         "Loss of key staff and corporate knowledge in a small organisation, affecting delivery of "
         "statutory functions.",
         "Head of Corporate Services", "3 x 4 = 12",
         "Succession planning for critical roles; desk instructions; HR support from BSO.",
         "2 x 4 = 8",
         [("4.1", "Complete desk instructions and cross-training for the revalidation and "
                  "recruitment teams.",
           "HR Manager", "31/03/2026", "On track"),
          ("4.2", "Carry out a staff wellbeing survey and agree an action plan with the Joint "
                  "Negotiating Forum.",
           "Head of Corporate Services", "April 2026", "Not started")]),
    ]
    r = 6
    for (ref, desc, owner, inh, ctl, res, acts) in risks:
        first = r
        for (aref, act, aowner, due, status) in acts:
            ws.cell(r, 7, aref)
            ws.cell(r, 8, act)
            ws.cell(r, 9, aowner)
            ws.cell(r, 10, due)
            ws.cell(r, 11, status)
            r += 1
        last = r - 1
        for col, v in ((1, ref), (2, desc), (3, owner), (4, inh), (5, ctl), (6, res)):
            ws.cell(first, col, v)
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
        ws.cell(first, 4).fill = score_fill[inh.split("= ")[1]]
        ws.cell(first, 6).fill = score_fill[res.split("= ")[1]]
        for rr in range(first, last + 1):
            for cc in range(1, ncol + 1):
                ws.cell(rr, cc).border = BOX
                ws.cell(rr, cc).alignment = WRAP
    r += 1
    ws.cell(r, 1, "Action status: Complete / On track / Behind schedule / Not started. "
                  "Scores: likelihood x impact, see Risk matrix tab.").font = Font(italic=True)
    for i, w in enumerate([8, 44, 18, 12, 40, 12, 8, 48, 26, 14, 16], 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    mx = wb.create_sheet("Risk matrix")
    mx["A1"] = "Risk scoring matrix (likelihood x impact)"
    mx["A1"].font = Font(bold=True)
    mx["A3"] = "Impact →  /  Likelihood ↓"
    for i in range(1, 6):
        mx.cell(3, i + 1, i).font = Font(bold=True)
        mx.cell(3 + i, 1, 6 - i).font = Font(bold=True)
    for li in range(1, 6):
        for im in range(1, 6):
            s = li * im
            c = mx.cell(3 + (6 - li), im + 1, s)
            c.fill = fill("FF0000") if s >= 15 else fill("FFC000") if s >= 8 else \
                fill("FFFF00") if s >= 4 else fill("00B050")
            c.border = BOX
    mx["A10"] = "15–25 High (red); 8–12 Significant (amber); 4–6 Moderate (yellow); 1–3 Low (green)"
    wb.save(out("zft-nimdta-corporate-risk-register-2025-26-typo-month-refuse.xlsx"))


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


def set_cell(cell, paras, bold_first=False, bold=False):
    """Write a list of paragraphs into a cell (first paragraph reuses the empty one)."""
    if isinstance(paras, str):
        paras = [paras]
    cell.text = ""
    for i, p in enumerate(paras):
        par = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = par.add_run(p)
        if bold or (bold_first and i == 0):
            run.bold = True


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Care Inspectorate - 2024/25 annual audit report, Appendix 1 action plan (docx)
# ---------------------------------------------------------------------------
def make_care_inspectorate():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Care Inspectorate 2024/25 Annual Audit Report", style="Title")
    doc.add_paragraph("Prepared for the Care Inspectorate Board and the Auditor General for Scotland")
    doc.add_paragraph("September 2025")
    doc.add_heading("Appendix 1. Action plan 2024/25", level=1)
    doc.add_paragraph(
        "The action plan below sets out the recommendations arising from our 2024/25 audit, "
        "together with management’s response, the responsible officer and the agreed date.")
    doc.add_paragraph("2024/25 recommendations").runs[0].bold = True

    def officer(o):
        return "Responsible officer: " + o

    def agreed(d):
        return "Agreed date: " + d

    new = [
        (["1. Medium-term financial planning",
          "The Care Inspectorate’s medium-term financial plan was last updated in 2023 and does not "
          "reflect the revised funding assumptions in the Scottish Government’s Medium-Term Financial "
          "Strategy.",
          "Risk – the Care Inspectorate cannot demonstrate how it will close the projected funding gap "
          "from 2026/27."],
         "The Care Inspectorate should update its medium-term financial plan, setting out the savings "
         "and efficiency measures required to close the funding gap, and present it to the Board.",
         ["The medium-term financial plan will be refreshed alongside the 2026/27 budget and will include "
          "a savings and efficiency programme with quantified options.",
          officer("Head of Finance and Corporate Governance"), agreed("31 March 2026")]),
        (["2. Workforce planning",
          "Vacancy levels in inspection teams remain high and there is no workforce plan that sets out "
          "the skills needed for the new inspection methodology.",
          "Risk – the organisation does not have the capacity to deliver its scrutiny programme."],
         "A strategic workforce plan should be developed that links future workforce needs to the "
         "scrutiny and improvement plan and the budget.",
         ["A strategic workforce plan covering 2026–2029 will be developed, aligned to the revised "
          "inspection methodology and the digital transformation programme.",
          officer("Executive Director of Corporate and Customer Services"), agreed("June 2026")]),
        (["3. Digital transformation programme governance",
          "The digital transformation programme has been re-phased twice and the business case has not "
          "been updated for the revised costs and timescales.",
          "Risk – the Board does not have clear sight of costs and benefits."],
         "The business case for the digital transformation programme should be refreshed and programme "
         "reporting to the Board should include costs and benefits realised.",
         ["The programme business case will be refreshed and a benefits realisation plan approved by the "
          "Resources Committee. Programme highlight reports will include financial and benefits tracking.",
          officer("Executive Director of Strategy and Improvement / Head of Digital"),
          agreed("Q4 2025/26")]),
        (["4. Payroll exception reporting",
          "Our testing found that monthly payroll exception reports were not consistently reviewed "
          "before the payroll was approved.",
          "Risk – errors or irregular payments are not identified."],
         "Payroll exception reports should be reviewed and evidenced each month before payroll is "
         "authorised.",
         ["Monthly payroll exception reports will be reviewed and signed off by the Payroll Manager, "
          "with evidence of review retained.",
          officer("Payroll Manager"), agreed("30 November 2025")]),
        (["5. Best Value",
          "The Care Inspectorate has not carried out a self-assessment against the Scottish Public "
          "Finance Manual Best Value guidance since 2021.",
          "Risk – the Board cannot demonstrate that the duty of Best Value is being met."],
         "A Best Value self-assessment should be completed and reported to the Audit and Risk Committee.",
         ["A Best Value self-assessment against the Scottish Public Finance Manual guidance will be "
          "completed and reported to the Audit and Risk Committee.",
          officer("Head of Legal and Governance"), agreed("December 2025")]),
    ]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(("Issue/risk", "Recommendation", "Agreed management action/timing")):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")
    for issue, rec, act in new:
        cells = t.add_row().cells
        set_cell(cells[0], issue, bold_first=True)
        set_cell(cells[1], rec)
        set_cell(cells[2], act)

    doc.add_paragraph("")
    doc.add_paragraph("Follow-up of prior year recommendations").runs[0].bold = True
    old = [
        (["b/f 1. Fraud risk assessment",
          "No fraud risk assessment had been completed since the Care Inspectorate moved to new "
          "finance and HR systems."],
         "A fraud risk assessment should be completed and used to inform the internal audit plan.",
         ["A fraud risk assessment will be completed and reported to the Audit and Risk Committee.",
          officer("Head of Finance and Corporate Governance"), agreed("31 March 2025")],
         "Complete – the fraud risk assessment was reported to the Audit and Risk Committee in May 2025."),
        (["b/f 2. Register of interests",
          "Board members’ registers of interests on the website were not up to date."],
         "Registers of interests should be published and kept up to date.",
         ["Board members’ registers of interests will be published on the website and updated within "
          "one month of any change.",
          officer("Head of Legal and Governance"), agreed("30 June 2025")],
         "Complete – registers published and now reviewed at each Board meeting."),
    ]
    t2 = doc.add_table(rows=1, cols=4)
    t2.style = "Table Grid"
    for i, h in enumerate(("Issue/risk", "Recommendation", "Agreed management action/timing",
                           "Progress/status")):
        set_cell(t2.rows[0].cells[i], h, bold=True)
        shade(t2.rows[0].cells[i], "D9D9D9")
    for issue, rec, act, prog in old:
        cells = t2.add_row().cells
        set_cell(cells[0], issue, bold_first=True)
        set_cell(cells[1], rec)
        set_cell(cells[2], act)
        set_cell(cells[3], prog)
    doc.save(out("zft-care-inspectorate-annual-audit-report-2024-25-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Hope for Justice - fundraising code compliance review action plan (docx)
# ---------------------------------------------------------------------------
def make_hope_for_justice():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Fundraising Compliance Review 2025 – Action Plan", level=0)
    p = doc.add_paragraph()
    p.add_run("Hope for Justice").bold = True
    p.add_run("  |  Response to the independent review of compliance with the Code of Fundraising "
              "Practice")

    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Version", "2.0"), ("Date", "12 November 2025"),
                 ("Owner", "Director of Income and Engagement"),
                 ("Reporting to", "Income and Engagement Committee; Board of Trustees"),
                 ("Next review", "February 2026")]:
        cells = dc.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)

    doc.add_paragraph("")
    doc.add_paragraph("RAG key").runs[0].bold = True
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for colour, hex_, meaning in [("Complete", "5B9BD5", "Action complete and evidenced"),
                                  ("Green", "00B050", "On track"),
                                  ("Amber", "FFC000", "Some slippage – action in hand"),
                                  ("Red", "FF0000", "Off track – Committee attention needed")]:
        cells = key.add_row().cells
        set_cell(cells[0], colour, bold=True)
        shade(cells[0], hex_)
        set_cell(cells[1], meaning)

    sections = [
        ("Section 1: Trustee oversight of fundraising (Code section 2.1)", [
            ("Recommendation 1: Trustees should receive regular, specific assurance on fundraising "
             "compliance, including complaints and the performance of third-party fundraisers.", [
                ("1.1", "Add a fundraising compliance dashboard (complaints, Fundraising Preference Service "
                        "requests, third-party monitoring results) to each Income and Engagement "
                        "Committee agenda.",
                 "Head of Supporter Care", "January 2026", "Green",
                 "Dashboard drafted; first full version to the January meeting."),
                ("1.2", "Nominate a trustee with fundraising expertise as lead trustee for fundraising.",
                 "Chair of Trustees", "September 2025", "Complete",
                 "Lead trustee appointed at the September Board."),
            ]),
            ("Recommendation 2: Fundraising risks should be recorded and reviewed on the strategic risk "
             "register.", [
                ("2.1", "Add fundraising and reputational risk to the strategic risk register with "
                        "controls and a named owner.",
                 "Director of Income and Engagement; Head of Risk and Compliance", "31/12/2025", "Amber",
                 "Risk drafted; controls to be agreed at the December risk review."),
            ]),
        ]),
        ("Section 2: Working with third-party fundraisers (Code section 7)", [
            ("Recommendation 3: Contracts with professional fundraisers and agencies should include the "
             "solicitation statement and the monitoring requirements set out in the Code.", [
                ("3.1", "Review all current agency contracts against the Code and the Charities Act 1992 "
                        "and vary them where needed.",
                 "Head of Individual Giving", "Q4 2025/26", "Amber",
                 "Four of seven contracts reviewed; two variations agreed."),
                ("3.2", "Introduce mystery shopping of face-to-face and telephone fundraising partners "
                        "twice a year.",
                 "Head of Individual Giving", "Ongoing", "Green",
                 "First round completed October 2025."),
            ]),
        ]),
        ("Section 3: Processing personal data and supporter consent (Code section 3)", [
            ("Recommendation 4: Consent records should be complete and auditable, and opt-outs actioned "
             "within 28 days.", [
                ("4.1", "Complete the data cleanse of legacy supporter records with no recorded consent "
                        "basis.",
                 "Data Protection Officer", "End of March 2026", "Red",
                 "Delayed by the CRM upgrade; additional resource requested from the Committee."),
                ("4.2", "Automate the suppression of Fundraising Preference Service requests in the CRM.",
                 "Head of Data and Insight", "Feb-26", "Green",
                 "Specification agreed with the CRM supplier."),
                ("4.3", "Refresh staff and volunteer training on consent and data protection for "
                        "fundraising.",
                 "Head of Supporter Care / Data Protection Officer", "November 2025", "Complete",
                 "Training delivered to 46 staff and 19 volunteers."),
            ]),
        ]),
    ]
    for title, recs in sections:
        doc.add_paragraph("")
        doc.add_heading(title, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(("No.", "Action", "Owner", "Due", "RAG status", "Update")):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "BDD7EE")
        for rec, acts in recs:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[5])
            set_cell(m, rec, bold=True)
            shade(m, "F2F2F2")
            for (no, act, owner, due, rag, upd) in acts:
                cells = t.add_row().cells
                for i, v in enumerate((no, act, owner, due, rag, upd)):
                    set_cell(cells[i], v)
                shade(cells[4], {"Complete": "5B9BD5", "Green": "00B050", "Amber": "FFC000",
                                 "Red": "FF0000"}[rag])

    doc.add_paragraph("")
    doc.add_paragraph("Sign-off").runs[0].bold = True
    so = doc.add_table(rows=1, cols=3)
    so.style = "Table Grid"
    for i, h in enumerate(("Approved by", "Role", "Date")):
        set_cell(so.rows[0].cells[i], h, bold=True)
    cells = so.add_row().cells
    for i, v in enumerate(("Income and Engagement Committee", "Committee of the Board of Trustees",
                           "12 November 2025")):
        set_cell(cells[i], v)
    doc.save(out("zft-hope-for-justice-fundraising-regulator-code-compliance-review-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. General Osteopathic Council - portal programme highlight report, monday.com export (csv)
# ---------------------------------------------------------------------------
def make_gosc():
    import csv
    import io
    header = ["Name", "Ref", "Owner", "Workstream", "RAG status", "Baseline date",
              "Forecast date", "Latest update", "Item ID"]
    groups = [
        ("Stage 1 – Discovery and procurement", [
            ["Appoint the implementation partner for the registration portal", "1.1",
             "Matthew Redmond", "Procurement", "Complete", "2025-06-30", "2025-07-18",
             "Contract signed 18 July 2025", "1847203287"],
        ]),
        ("Stage 2 – Build and data migration", [
            ["Complete configuration of the online registration and renewal journeys", "2.1",
             "Priya Nair, Tom Hedges", "Build", "Green", "2025-11-28", "2025-11-28",
             "Sprint 6 complete; renewal journey in UAT from 1 December", "1847203311"],
            ["Migrate registrant records and CPD history from the legacy database", "2.2",
             "Daniel Osei", "Data", "Amber", "2025-10-31", "2026-01-16",
             "Second trial load found 412 records with address errors; cleanse under way", "1847203329"],
            ["Build the payment integration with the new card payments provider", "2.3",
             "Tom Hedges", "Build", "Red", "2025-11-14", "2026-02-13",
             "Supplier API change; revised plan to Programme Board on 9 December", "1847203345"],
            ["Agree data retention rules for migrated fitness to practise records", "2.4",
             "Head of Regulation", "Data", "Green", "2025-12-12", "2025-12-12",
             "Draft rules with the DPO for comment", "1847203362"],
        ]),
        ("Stage 3 – Test and go-live", [
            ["User acceptance testing with registrant volunteers", "3.1",
             "Priya Nair", "Test", "Green", "2026-02-27", "2026-03-13",
             "38 osteopaths recruited for UAT panel", "1847203378"],
            ["Accessibility audit (WCAG 2.2 AA) and remediation", "3.2",
             "Daniel Osei, Priya Nair", "Test", "Amber", "2026-02-27", "2026-03-27",
             "Audit supplier booked; depends on 2.3", "1847203391"],
            ["Go-live readiness review and decision by the Programme Board", "3.3",
             "Chief Executive and Registrar", "Governance", "Green", "2026-04-10", "2026-04-24",
             "Go/no-go criteria agreed by Programme Board", "1847203406"],
        ]),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["GOsC Registration Portal Replacement Programme – Highlight Report"])
    for gi, (g, items) in enumerate(groups):
        if gi:
            w.writerow([])
        w.writerow([g])
        w.writerow(header)
        for it in items:
            w.writerow(it)
    with open(out("zft-general-osteopathic-council-registration-portal-programme-highlight-report-monday-export.csv"),
              "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. RQIA - Board action log 2025/26, tab-separated text export (txt)
# ---------------------------------------------------------------------------
def make_rqia():
    T = "\t"
    lines = [
        "Regulation and Quality Improvement Authority",
        "Board Action Log – 2025/26",
        "Updated following the Board meeting of 13 November 2025",
        "",
        T.join(["Ref", "Action", "Lead", "Due", "Status", "Update"]),
        "Board meeting 10 July 2025",
        T.join(["B/25/041", "Circulate the revised Scheme of Delegation to Board members for comment "
                "before approval.", "Board Secretary", "September 2025", "Complete",
                "Circulated 4 August; approved at the September meeting."]),
        T.join(["B/25/044", "Bring a paper on the backlog of registration applications for independent "
                "clinics, with a recovery trajectory.", "Director of Assurance / Director of Improvement",
                "December 2025", "On track", "Paper in preparation for the December workshop."]),
        "Board meeting 11 September 2025",
        T.join(["B/25/058", "Provide a breakdown of complaints about regulated services by service type and "
                "Trust area.", "Head of Business Support", "Next meeting", "Amber",
                "Data extracted; analysis delayed by system upgrade and staff absence in the"]),
        T.join(["", "", "", "", "", "information team."]),
        T.join(["B/25/061", "Arrange a Board development session on the new inspection framework for "
                "nursing homes.", "DM/JH", "31/03/2026", "On track", "Date being agreed with facilitator."]),
        T.join(["B/25/063", "Publish the Board’s response to the Department of Health consultation on the "
                "review of HSC regulation.", "Chief Executive", "October 2025", "Red",
                "Response drafted but not yet cleared by the Department; now overdue."]),
        "Board meeting 13 November 2025",
        T.join(["B/25/072", "Review Board committee membership following two Board member appointments.",
                "Chair", "January 2026", "Not started", ""]),
        T.join(["B/25/073", "Present the 2026/27 draft budget and savings proposals.",
                "Director of Corporate Services", "Q4 2025/26", "On track", "Budget round opened."]),
        T.join(["B/25/075", "Include a standing update on Muckamore Abbey Hospital inspection activity "
                "in the Chief Executive’s report.", "Chief Executive", "Ongoing", "On track",
                "First update given in November."]),
        "",
        "Key: Complete actions are removed from the log once they have been reported to one Board meeting. "
        "Status: Complete / On track / Amber (at risk) / Red (overdue) / Not started.",
    ]
    with open(out("zft-rqia-board-action-log-2025-26.txt"), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    make_fairhive()
    make_hungerford()
    make_nimdta()
    make_care_inspectorate()
    make_hope_for_justice()
    make_gosc()
    make_rqia()
    print("built 7 files in", HERE)
