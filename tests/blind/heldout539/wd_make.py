"""Build the seven wd- data files of set heldout539.

Run with /work/main/.venv/bin/python wd_make.py  (writes next to this script).
Only the data files are written here; the .expected.yaml files beside them were written
separately (leads, ends and statuses set by hand from each file's content).
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "R": "FF0000",
    "A": "FFC000",
    "G": "00B050",
    "B": "0070C0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill(fill_type="solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Staffordshire Fire and Rescue Service - internal audit recommendations tracker
# ---------------------------------------------------------------------------
SFRS_OPEN = [
    # (ref, audit, assurance, recommendation, priority, action, officer, orig, revised, rag, update)
    ("FM/24/01", "Fleet Management 2024/25", "Reasonable",
     "Vehicle and equipment defects should be logged on Tranman within 24 hours of being reported and closed only once the repair has been checked.",
     "Medium",
     "Workshop supervisors to run a weekly exception report of defects open for more than five working days and review it at the monthly fleet meeting.",
     "Fleet and Equipment Manager", d(2025, 3, 31), d(2025, 12, 31), "A",
     "Exception report built in Tranman and in use since August. Backlog of 37 historic defects being cleared; revised date agreed with Internal Audit."),
    ("FM/24/02", "Fleet Management 2024/25", "Reasonable",
     "Fuel card transactions should be reconciled to vehicle mileage records each month and exceptions investigated.",
     "High",
     "Reconcile fuel card transactions to vehicle mileage monthly and report exceptions to the Head of Finance.",
     "Fleet and Equipment Manager / Finance Business Partner", d(2025, 6, 30), None, "R",
     "Reconciliations completed for April and May only. Resource gap in Fleet admin; escalated to SLT on 14 October."),
    ("PP/24/01", "Payroll and Pensions 2024/25", "Substantial",
     "Starters and leavers should only be processed on receipt of an authorised HR form, and the payroll should be checked to the establishment each month.",
     "Low",
     "Introduce a monthly check of payroll starters and leavers against the establishment list, signed off by the HR Business Partner.",
     "Head of People Services", d(2025, 12, 31), None, "G",
     "Template agreed with Payroll (Staffordshire County Council shared service). First check due on the November payroll."),
    ("CY/25/01a", "Cyber Security and Business Continuity 2025/26", "Limited",
     "The Service should refresh its ICT Disaster Recovery Plan and test it at least annually.",
     "High",
     "Refresh the ICT Disaster Recovery Plan to reflect the move of core systems to Microsoft Azure hosting.",
     "ICT Manager", d(2025, 12, 31), None, "G",
     "Draft plan circulated to Tactical Managers for comment on 20 October."),
    ("CY/25/01b", "Cyber Security and Business Continuity 2025/26", "Limited",
     "The Service should refresh its ICT Disaster Recovery Plan and test it at least annually.",
     "High",
     "Hold a table-top exercise of the ICT Disaster Recovery Plan with Tactical Managers and record the lessons learned.",
     "ICT Manager; Business Continuity Officer", d(2026, 3, 31), None, None,
     "To be scheduled once the refreshed plan is approved."),
    ("CY/25/02", "Cyber Security and Business Continuity 2025/26", "Limited",
     "Multi-factor authentication should be enforced for all remote access to the Service's network.",
     "High",
     "Enable multi-factor authentication for all remote access accounts, including on-call firefighters' mobile devices.",
     "Head of ICT and Digital", d(2025, 11, 30), None, "A",
     "MFA live for all wholetime and support staff. 64 on-call devices still to be enrolled; station visits booked."),
]

SFRS_DONE = [
    ("PC/23/03", "Procurement and Contract Management 2023/24", "Reasonable",
     "The contracts register should be published in line with the Local Government Transparency Code.",
     "Medium",
     "Publish the contracts register on the Service website each quarter.",
     "Procurement Manager", d(2025, 3, 31), d(2025, 6, 30), "B",
     "Register published on 27 June 2025 and quarterly update added to the procurement calendar. Verified by Internal Audit, September 2025."),
    ("PC/23/04", "Procurement and Contract Management 2023/24", "Reasonable",
     "Budget holders should be reminded of the requirements of the Contract Procedure Rules.",
     "Low",
     "Deliver refresher training on the Contract Procedure Rules to all budget holders.",
     "Procurement Manager", d(2025, 9, 30), None, "B",
     "Two sessions held in July; slides and recording on the intranet. 41 of 44 budget holders attended."),
    ("SG/24/01", "Safeguarding 2024/25", "Reasonable",
     "Safeguarding refresher training should be mandatory and compliance reported to the Service Leadership Team.",
     "Medium",
     "Add safeguarding refresher training to the mandatory training matrix with a three-year renewal and report compliance quarterly to SLT.",
     "Safeguarding Lead (Area Manager – Prevention)", d(2025, 7, 31), None, "B",
     "Added to the matrix in Redkite. Q1 compliance 88% reported to SLT on 2 September 2025."),
]

SFRS_HEAD = ["Ref", "Audit", "Assurance", "Recommendation", "Priority",
             "Agreed management action", "Responsible officer",
             "Original target date", "Revised target date", "Status",
             "Progress update (October 2025)"]


def _sfrs_sheet(ws, title, rows):
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:K1")
    for c, h in enumerate(SFRS_HEAD, 1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("C00000")
        cell.alignment = WRAP
        cell.border = BOX
    r = 4
    for row in rows:
        ref, audit, assur, rec, prio, act, off, orig, rev, rag, upd = row
        vals = [ref, audit, assur, rec, prio, act, off, orig, rev, None, upd]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        if rag:
            ws.cell(row=r, column=10).fill = fill(FILL[rag])
        r += 1
    # merge repeated audit / assurance / recommendation cells vertically
    audits = [ws.cell(row=rr, column=2).value for rr in range(4, r)]
    for col in (2, 3, 4):
        groups = []
        for rr in range(4, r):
            # group within the same audit only
            v = (audits[rr - 4], ws.cell(row=rr, column=col).value)
            if groups and groups[-1][0] == v:
                groups[-1][2] = rr
            else:
                groups.append([v, rr, rr])
        for v, a, b in groups:
            if b > a:
                for k in range(a + 1, b + 1):
                    ws.cell(row=k, column=col).value = None
                ws.merge_cells(start_row=a, start_column=col, end_row=b, end_column=col)
    widths = [11, 22, 12, 45, 9, 50, 26, 12, 12, 9, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A4"
    return r


def make_sfrs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Staffordshire Fire and Rescue Service – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Staffordshire Commissioner Fire and Rescue Authority – Ethics, Transparency and Audit Panel, 25 November 2025"
    ws["A2"].font = Font(bold=True, size=11)
    ws["A3"] = "Position as at 31 October 2025"
    ws["A5"] = "Status key (colour of the Status cell on each sheet)"
    ws["A5"].font = Font(bold=True)
    key = [("B", "Implemented – confirmed by Internal Audit"),
           ("G", "Not yet due – on track to meet target date"),
           ("A", "Revised target date agreed / at risk of slipping"),
           ("R", "Overdue – past target date, no revised date agreed"),
           (None, "Not started")]
    for i, (k, txt) in enumerate(key):
        if k:
            ws.cell(row=6 + i, column=1).fill = fill(FILL[k])
        ws.cell(row=6 + i, column=1).border = BOX
        ws.cell(row=6 + i, column=2, value=txt)
    ws["A12"] = "Summary"
    ws["A12"].font = Font(bold=True)
    summary = [("Open recommendations", 6), ("Implemented since last Panel", 3), ("Total", 9)]
    ws["A13"], ws["B13"] = "Sheet", "Number of actions"
    for i, (a, b) in enumerate(summary):
        ws.cell(row=14 + i, column=1, value=a)
        ws.cell(row=14 + i, column=2, value=b)
    ws["A18"] = ("Prepared by: Head of Finance. Internal audit service provided by Staffordshire County Council "
                 "Internal Audit. Dates are target dates agreed with management.")
    ws.column_dimensions["A"].width = 32
    ws.column_dimensions["B"].width = 55

    _sfrs_sheet(wb.create_sheet("Open recommendations"),
                "Open internal audit recommendations – Staffordshire Fire and Rescue Service", SFRS_OPEN)
    _sfrs_sheet(wb.create_sheet("Implemented"),
                "Recommendations implemented since the last Panel (September 2025)", SFRS_DONE)
    wb.save(os.path.join(HERE, "wd-staffordshire-fire-rescue-service-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Karbon Homes - strategic risk register 2025/26
# ---------------------------------------------------------------------------
KARBON = [
    ("Strategic priority 1: Safe, warm and well-maintained homes", [
        ("SR1", "Failure to meet building safety, fire safety and landlord health and safety compliance requirements",
         "Executive Director of Assets", "8 (2 x 4)", [
             ("1.1", "Complete the remaining 42 Type 4 fire risk assessments in higher-risk buildings and upload them to the compliance system.",
              "Head of Building Safety", d(2026, 3, 31), "A", "G",
              "29 of 42 complete. Contractor on site in Newcastle and Gateshead blocks."),
             ("1.2", "Implement Awaab's Law timescales for damp and mould hazards, including out-of-hours emergency inspections.",
              "Head of Repairs / Head of Customer Experience", d(2025, 10, 27), "A", "B",
              "Live from 27 October 2025. Procedure, triage script and contractor SLAs in place."),
             ("1.3", "Commission independent assurance of electrical safety (EICR) data ahead of the next RSH inspection.",
              "Compliance Manager", d(2026, 1, 31), "G", "G",
              "Scope agreed with Internal Audit; fieldwork starts January."),
         ]),
        ("SR2", "Stock condition data is incomplete or out of date, weakening investment planning and compliance with the Safety and Quality Standard",
         "Executive Director of Assets", "12 (3 x 4)", [
             ("2.1", "Survey 20% of homes in 2025/26 as part of a rolling five-year programme to reach 100% stock condition coverage.",
              "Asset Intelligence Manager", d(2026, 3, 31), "A", "A",
              "11% surveyed at end of Q2; surveyor vacancy filled from November."),
             ("2.2", "Migrate survey data into the new asset management system and retire the legacy spreadsheets.",
              "Asset Intelligence Manager / Head of IT", d(2026, 6, 30), "R", "A",
              "Supplier data load re-planned; user testing now scheduled for April."),
         ]),
    ]),
    ("Strategic priority 2: A strong and sustainable business", [
        ("SR3", "Loss of financial headroom against loan covenants due to cost inflation and changes to rent policy",
         "Chief Financial Officer", "9 (3 x 3)", [
             ("3.1", "Refresh the 30-year business plan stress tests, including a combined scenario of a CPI+1% rent settlement and 5% repairs inflation.",
              "Head of Financial Planning", d(2025, 11, 30), "G", "B",
              "Stress tests and mitigation plan approved by Board on 18 November 2025."),
             ("3.2", "Deliver £3.2m of procurement and operating cost savings through the Efficiency Programme.",
              "Director of Finance", d(2026, 3, 31), "A", "R",
              "£1.1m banked to date; forecast shortfall of £0.9m. Recovery options going to Executive Team in December."),
         ]),
    ]),
    ("Strategic priority 3: Customers at the heart of what we do", [
        ("SR4", "Failure to meet the Consumer Standards and the Housing Ombudsman's Complaint Handling Code",
         "Executive Director of Customer Services", "12 (3 x 4)", [
             ("4.1", "Publish the 2025/26 Tenant Satisfaction Measures with an improvement plan for the three lowest-scoring measures.",
              "Head of Insight and Performance", d(2026, 6, 30), None, "G",
              "New action this quarter. Survey contractor appointed."),
             ("4.2", "Embed learning-from-complaints reviews with each operational team and report themes to the Customer Committee.",
              "Complaints Manager", "Quarterly", "G", "G",
              "Q2 themes (repairs appointments, communication) reported to Customer Committee in October."),
         ]),
    ]),
]

KARBON_HEAD = ["Risk ref", "Strategic risk", "Risk owner", "Residual score (L x I)",
               "Action ref", "Further action required", "Action owner", "Due date",
               "Previous RAG (Q1)", "Current RAG (Q2)", "Progress commentary"]


def make_karbon():
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = "Karbon Homes – Strategic Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:K1")
    ws["A2"] = "Audit and Risk Committee – 9 December 2025"
    ws.merge_cells("A2:K2")
    ws["A3"] = "Version 3.2 – Q2 2025/26 review (risk owners' updates as at 30 September 2025; action updates to 21 November 2025)"
    ws.merge_cells("A3:K3")
    for c, h in enumerate(KARBON_HEAD, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX
    r = 6
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for theme, risks in KARBON:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        for c in range(1, 12):
            ws.cell(row=r, column=c).fill = fill("D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        r += 1
        for rid, rtitle, rowner, score, acts in risks:
            start = r
            for aref, atext, aowner, due, prev, cur, prog in acts:
                vals = [rid if r == start else None, rtitle if r == start else None,
                        rowner if r == start else None, score if r == start else None,
                        aref, atext, aowner, due, prev, cur, prog]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "mmm-yy"
                for c, v in ((9, prev), (10, cur)):
                    if v:
                        ws.cell(row=r, column=c).fill = fill(FILL[v])
                        ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")
                counts[cur] += 1
                r += 1
            for c in (1, 2, 3, 4):
                if r - 1 > start:
                    ws.merge_cells(start_row=start, start_column=c, end_row=r - 1, end_column=c)
    r += 1
    ws.cell(row=r, column=1, value="Summary of further actions (current RAG)").font = Font(bold=True)
    r += 1
    for k, label in (("B", "Complete"), ("G", "On track"), ("A", "At risk"), ("R", "Off track")):
        ws.cell(row=r, column=1, value=k).fill = fill(FILL[k])
        ws.cell(row=r, column=2, value=label)
        ws.cell(row=r, column=3, value=counts[k])
        r += 1
    ws.cell(row=r, column=1, value="Total")
    ws.cell(row=r, column=3, value=sum(counts.values()))
    widths = [8, 40, 24, 11, 7, 55, 30, 10, 10, 10, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A6"

    ks = wb.create_sheet("Scoring & RAG key")
    ks["A1"] = "Risk scoring"
    ks["A1"].font = Font(bold=True)
    ks["A2"] = "Likelihood (L) 1 Rare – 4 Almost certain; Impact (I) 1 Minor – 4 Severe. Residual score = L x I after current controls."
    ks["A4"] = "Action RAG key"
    ks["A4"].font = Font(bold=True)
    for i, (k, txt) in enumerate((("R", "Off track – due date will be missed or has been missed"),
                                  ("A", "At risk – some slippage, recovery in hand"),
                                  ("G", "On track"),
                                  ("B", "Complete"))):
        ks.cell(row=5 + i, column=1, value=k).fill = fill(FILL[k])
        ks.cell(row=5 + i, column=2, value=txt)
    ks.column_dimensions["B"].width = 60
    wb.save(os.path.join(HERE, "wd-karbon-homes-strategic-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 3. NHS Cornwall and Isles of Scilly ICB - PCARP highlight report (typo month: refuse)
# ---------------------------------------------------------------------------
CIOS_MILESTONES = [
    # ref, workstream, milestone, lead, baseline, forecast, rag, commentary
    ("M1", "Empower patients", "All practices to enable patients to view their prospective records and request repeat prescriptions through the NHS App.",
     "Digital Primary Care Lead", "Nov 2024", "Nov 2024", "G", "61 of 62 practices live; remaining practice switching clinical system."),
    ("M2", "Empower patients", "Extend Pharmacy First uptake with a targeted campaign in Penwith and the Isles of Scilly.",
     "Head of Pharmacy, Optometry and Dental Commissioning", "Dec 2024", "Jan 2025", "A", "Campaign materials approved; launch moved to January to avoid the Christmas period."),
    ("M3", "Modern general practice access", "Move the remaining 9 practices from analogue telephony to cloud-based telephony with call-back.",
     "Digital Primary Care Lead / Primary Care Contracts Manager", "31/12/2024", "31/03/2025", "A", "6 of 9 contracts signed; two practices awaiting broadband upgrade."),
    ("M4", "Modern general practice access", "Support practices to complete the Modern General Practice Access transition cover and capacity schemes.",
     "Head of Primary Care", "Mar 2025", "Mar 2025", "G", "Transition cover funding paid to 54 practices."),
    ("M5", "Build capacity", "Recruit to the Additional Roles Reimbursement Scheme allocation across all 14 PCNs, including GPs newly eligible under ARRS.",
     "Primary Care Workforce Lead", "Dec 2024", "Febuary 2025", "R", "Recruitment slowed in West Cornwall PCNs; recovery trajectory agreed with PCN clinical directors."),
    ("M6", "Cut bureaucracy", "Implement the primary–secondary care interface actions agreed with Royal Cornwall Hospitals NHS Trust, including onward referral and fit notes.",
     "Associate Director of Clinical Effectiveness", "Sep 2024", "Dec 2024", "G", "Onward referral policy live; fit note audit under way."),
    ("M7", "Cut bureaucracy", "Publish the ICB self-referral pathways for MSK, audiology and podiatry on practice websites.",
     "Head of Communications and Engagement", "Oct 2024", "Oct 2024", "B", "Completed 21 October 2024."),
    ("M8", "Build capacity", "Agree the 2025/26 PCN Capacity and Access Improvement Plans and report the position to the Primary Care Commissioning Committee.",
     "Head of Primary Care", "Mar 2025", "Mar 2025", "G", "Template issued; PCN submissions due 28 February."),
]


def make_cios():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight report"
    ws["A1"] = "NHS Cornwall and Isles of Scilly ICB – Primary Care Access Recovery Plan (PCARP) Highlight Report"
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws.merge_cells("A1:H1")
    info = [("Reporting period", "November 2024"),
            ("Senior Responsible Officer", "Chief Primary Care Officer"),
            ("Programme lead", "Head of Primary Care"),
            ("Reporting to", "Primary Care Commissioning Committee – 12 December 2024"),
            ("Overall RAG", "A")]
    for i, (k, v) in enumerate(info):
        ws.cell(row=4 + i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=4 + i, column=2, value=v)
    ws["B8"].fill = fill(FILL["A"])
    ws["A10"] = "Key achievements this period"
    ws["A10"].font = Font(bold=True)
    ach = ["• Self-referral pathways published on all practice websites.",
           "• 61 practices now offering prospective record access via the NHS App.",
           "• Pharmacy First consultations up 18% on October."]
    for i, a in enumerate(ach):
        ws.cell(row=11 + i, column=1, value=a)
    ws["A15"] = "Key milestones"
    ws["A15"].font = Font(bold=True)
    head = ["Ref", "Workstream", "Milestone / action", "Lead", "Baseline date", "Forecast date", "RAG", "Commentary"]
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=16, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8")
        cell.border = BOX
        cell.alignment = WRAP
    r = 17
    for row in CIOS_MILESTONES:
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        ws.cell(row=r, column=7).fill = fill(FILL[row[6]])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Risks and issues").font = Font(bold=True)
    r += 1
    for c, h in enumerate(["ID", "Description", "Owner", "Score", "Mitigation"], 1):
        ws.cell(row=r, column=c, value=h).font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value="PC-R14")
    ws.cell(row=r, column=2, value="GP workforce: ARRS recruitment in West Cornwall below trajectory.")
    ws.cell(row=r, column=3, value="Primary Care Workforce Lead")
    ws.cell(row=r, column=4, value=12)
    ws.cell(row=r, column=5, value="Recovery trajectory agreed with PCN clinical directors; monthly review.")
    r += 2
    ws.cell(row=r, column=1, value="Decisions required from the Committee").font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="None this period.")
    r += 3
    ws.cell(row=r, column=1, value="RAG key: G = on track; A = at risk, recoverable; R = off track; B = complete")
    widths = [6, 24, 55, 30, 13, 13, 7, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(os.path.join(HERE, "wd-nhs-cornwall-and-isles-of-scilly-icb-pcarp-highlight-report-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text into a cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))


# ---------------------------------------------------------------------------
# 4. Hollymead House Care Home - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
HOLLY = [
    ("1. Is the service safe?", [
        ("Must do", "The provider must ensure that medicines are managed safely, including protocols for 'as required' medicines and records for prescribed creams. (Regulation 12: Safe care and treatment)", [
            ("1.1", "Write person-centred PRN protocols for every person prescribed 'as required' medicines and check them at each monthly medicines audit.",
             "Deputy Manager", "31/03/2025", "B"),
            ("1.2", "Introduce body maps and topical MAR charts for all prescribed creams, kept in people's rooms and checked on the daily walk-round.",
             "Senior Carers", "April 2025", "B"),
        ]),
        ("Must do", "The provider must ensure that risks to people's safety are assessed and mitigated, including the risks of falls and choking. (Regulation 12: Safe care and treatment)", [
            ("1.3", "Review all falls risk assessments and refer anyone with two or more falls in three months to the community falls service.",
             "Registered Manager / Clinical Lead", "30 June 2025", "A"),
            ("1.4", "Train all care staff in dysphagia and IDDSI food and drink levels, followed by a competency check.",
             "Clinical Lead", "31 July 2025", "G"),
        ]),
    ]),
    ("2. Is the service effective?", [
        ("Should do", "The provider should ensure that mental capacity assessments are decision-specific and that best interests decisions are clearly recorded.", [
            ("2.1", "Audit every mental capacity assessment and best interests record and redo any that are not decision-specific.",
             "Registered Manager", "End of May 2025", "B"),
            ("2.2", "Book MCA and DoLS training for all senior staff through the council's workforce development team.",
             "Home Administrator", "TBC", "A"),
        ]),
    ]),
    ("3. Is the service well-led?", [
        ("Must do", "The provider must ensure that systems to assess, monitor and improve the quality and safety of the service are operated effectively. (Regulation 17: Good governance)", [
            ("3.1", "Introduce a monthly audit schedule covering medicines, care plans, infection control and the environment, with results reviewed by the provider.",
             "Registered Manager; Nominated Individual", "Monthly", "G"),
            ("3.2", "Hold a residents' and relatives' meeting every quarter and display a 'You said, we did' summary in reception.",
             "Activities Co-ordinator", "September 2025", "G"),
            ("3.3", "Carry out the annual quality survey with people, relatives and staff and share the results.\nAn action plan from the results will be added to this plan.",
             "Nominated Individual", "Oct 2025", None),
        ]),
    ]),
]


def make_holly():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    t = doc.add_paragraph()
    run = t.add_run("Hollymead House Care Home – Action Plan following CQC Inspection")
    run.bold = True
    run.font.size = Pt(16)

    info = [("Provider", "Hollymead Care Ltd"),
            ("Location", "Hollymead House, Station Road, Melksham"),
            ("Registered Manager", "Lorna Pascoe"),
            ("Nominated Individual", "David Hartley"),
            ("Date of inspection", "14 and 15 January 2025"),
            ("Report published", "4 March 2025"),
            ("Overall rating", "Requires Improvement"),
            ("Plan version", "Version 3 – updated 30 May 2025")]
    tbl = doc.add_table(rows=len(info), cols=2)
    tbl.style = "Table Grid"
    for i, (k, v) in enumerate(info):
        set_cell(tbl.cell(i, 0), k, bold=True, size=10)
        set_cell(tbl.cell(i, 1), v, size=10)
        shade(tbl.cell(i, 0), "E2EFDA")
    doc.add_paragraph()
    doc.add_paragraph("This plan sets out what we are doing about the breaches of regulation and the "
                      "areas for improvement in the CQC report. It is reviewed at the monthly "
                      "governance meeting and shared with CQC and the local authority quality team.")
    kp = doc.add_paragraph()
    kp.add_run("RAG key: ").bold = True
    kp.add_run("R – not on track   A – started, some delay   G – on track   B – completed")

    head = ["Ref", "Type", "What CQC told us", "Action we will take", "Lead", "By when", "RAG"]
    widths = [Cm(1.2), Cm(1.8), Cm(6.0), Cm(8.0), Cm(3.6), Cm(2.6), Cm(1.3)]
    for heading, groups in HOLLY:
        doc.add_heading(heading, level=2)
        nrows = 1 + sum(len(a) for _, _, a in groups)
        tb = doc.add_table(rows=nrows, cols=len(head))
        tb.style = "Table Grid"
        for c, h in enumerate(head):
            set_cell(tb.cell(0, c), h, bold=True)
            shade(tb.cell(0, c), "BDD7EE")
        r = 1
        for typ, finding, acts in groups:
            start = r
            for ref, act, lead, when, rag in acts:
                set_cell(tb.cell(r, 0), ref)
                set_cell(tb.cell(r, 3), act)
                set_cell(tb.cell(r, 4), lead)
                set_cell(tb.cell(r, 5), when)
                set_cell(tb.cell(r, 6), rag or "")
                if rag:
                    shade(tb.cell(r, 6), FILL[rag])
                r += 1
            for c, txt in ((1, typ), (2, finding)):
                m = tb.cell(start, c)
                if r - 1 > start:
                    m = m.merge(tb.cell(r - 1, c))
                set_cell(m, txt, bold=(c == 1))
        for row in tb.rows:
            for c, w in enumerate(widths):
                row.cells[c].width = w
        doc.add_paragraph()
    doc.add_paragraph("Signed: Lorna Pascoe, Registered Manager          Date: 30 May 2025")
    doc.add_paragraph("Next review: Governance meeting, 26 June 2025")
    doc.save(os.path.join(HERE, "wd-hollymead-house-care-home-cqc-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Kent Police - HMICFRS online CSAE inspection action plan (docx)
# ---------------------------------------------------------------------------
KENT = [
    ("Protect", [
        ("Recommendation 3",
         "By 31 October 2023, chief constables should make sure that when online child sexual abuse and exploitation is reported, information is shared with statutory safeguarding partners without delay so that children and families can be referred for support.",
         [("3.1", "Amend the online CSAE investigation procedure so that a strategy discussion with Children's Social Care is requested within 24 hours of an NCA referral being allocated.",
           "DCI, Online Child Abuse Investigation Team", "31/10/2023", "", "Complete",
           "Procedure amended and published 19/10/2023."),
          ("3.2", "Dip sample 30 online CSAE investigations each quarter to check that referrals to the Kent and Medway safeguarding front doors were made on time.",
           "Public Protection Quality Assurance Team", "Quarterly", "", "Green",
           "Q3 sample: 27 of 30 referrals made within 24 hours. Findings to Force Vulnerability Board."),
          ]),
    ]),
    ("Pursue", [
        ("Recommendation 6",
         "By 31 October 2023, chief constables should make sure that referrals from the National Crime Agency are risk-assessed using a recognised risk assessment tool and allocated within the timescales set by the national lead.",
         [("6.1", "Adopt KIRAT version 3 for all NCA referrals and record the risk grading on Athena.",
           "DI, Online Child Abuse Investigation Team", "December 2023", "", "Complete",
           "Live from 4/12/2023."),
          ("6.2", "Introduce a daily triage meeting, chaired by a Detective Sergeant, to review every new referral graded very high or high risk.",
           "DI, Online Child Abuse Investigation Team", "Nov 2023", "", "Complete",
           "Daily triage in place; attendance recorded."),
          ]),
        ("Recommendation 9",
         "By 31 March 2024, chief constables should make sure that their forces can obtain search warrants quickly when a child is at immediate risk.",
         [("9.1", "Agree an out-of-hours protocol with HMCTS for urgent search warrant applications where a child is at immediate risk.",
           "Head of Criminal Justice / DCI, Online Child Abuse Investigation Team", "31/03/2024", "30/06/2024", "Amber",
           "Draft protocol with HMCTS South East; awaiting sign-off by the Delivery Director."),
          ]),
    ]),
    ("Prepare", [
        ("Recommendation 11",
         "By 31 March 2024, chief constables should make sure that officers and staff who respond to or investigate online child sexual abuse and exploitation are properly trained for their roles.",
         [("11.1", "Deliver the College of Policing online CSAE awareness package to all frontline officers and PCSOs, with completion reported to the Force Vulnerability Board.",
           "Head of Learning and Development", "31/03/2024", "", "Green",
           "71% completion at 31/01/2024."),
          ("11.2", "Train 12 additional Digital Media Investigators to support OCAIT warrant and search activity.",
           "Head of Digital Forensics", "Sept 2024", "", "Red",
           "Course places not yet confirmed by the College of Policing; escalated to ACC Crime."),
          ]),
    ]),
]


def make_kent():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading("Kent Police – HMICFRS Online Child Sexual Abuse and Exploitation Inspection: Force Action Plan", level=0)
    doc.add_paragraph("Response to: An inspection of how well the police and National Crime Agency tackle "
                      "the online sexual abuse and exploitation of children (HMICFRS, April 2023)")

    dc = [("Version", "1.4"),
          ("Position as at", "31 January 2024"),
          ("Plan owner", "Detective Chief Superintendent, Head of Public Protection"),
          ("Governance", "Force Vulnerability Board (monthly); PCC Performance and Accountability Board (quarterly)"),
          ("Protective marking", "OFFICIAL")]
    t = doc.add_table(rows=len(dc), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(dc):
        set_cell(t.cell(i, 0), k, bold=True, size=10)
        set_cell(t.cell(i, 1), v, size=10)
    doc.add_paragraph()
    doc.add_paragraph("HMICFRS made 17 recommendations. Recommendations 1, 2, 4, 5, 7, 8, 10 and 12 to 17 are "
                      "addressed to the NPCC, the NCA, regional organised crime units or the Government; "
                      "Kent Police contributes through the regional Pursue board and they are not tracked in this plan.")
    doc.add_paragraph("Status: Complete / Green – on track / Amber – at risk / Red – will not be met without intervention.")

    head = ["No.", "Action", "Action owner", "Target date", "Revised date", "Status", "Update"]
    widths = [Cm(1.2), Cm(7.5), Cm(4.2), Cm(2.5), Cm(2.5), Cm(2.0), Cm(6.0)]
    for area, recs in KENT:
        doc.add_heading(area, level=1)
        for rec_head, rec_text, acts in recs:
            doc.add_heading(rec_head, level=2)
            rp = doc.add_paragraph()
            rr = rp.add_run(rec_text)
            rr.italic = True
            tb = doc.add_table(rows=1 + len(acts), cols=len(head))
            tb.style = "Table Grid"
            for c, h in enumerate(head):
                set_cell(tb.cell(0, c), h, bold=True)
                shade(tb.cell(0, c), "D9D9D9")
            for i, a in enumerate(acts, 1):
                for c, v in enumerate(a):
                    set_cell(tb.cell(i, c), v)
            for row in tb.rows:
                for c, w in enumerate(widths):
                    row.cells[c].width = w
            doc.add_paragraph()
    doc.save(os.path.join(HERE, "wd-kent-police-hmicfrs-online-csae-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. The Pensions Regulator - Board action log (csv export)
# ---------------------------------------------------------------------------
TPR_HEAD = ["Action ID", "Meeting date", "Minute ref", "Action", "Owner",
            "Due date", "Revised due date", "Status", "Update", "Date closed"]
TPR_ROWS = [
    ["BA-2025-031", "23/07/2025", "BD/25/64",
     "Provide the Board with an assessment of the impact of the Pension Schemes Bill on TPR's regulatory capacity and funding.",
     "Chief Executive", "24/09/2025", "", "Complete",
     "Paper taken at September Board (BD/25/88).", "24/09/2025"],
    ["BA-2025-034", "23/07/2025", "BD/25/67",
     "Circulate the revised Risk Appetite Statement to members for comment before approval.",
     "Board Secretary", "Sep-25", "", "Complete", "Circulated 8 August; comments incorporated.", "24/09/2025"],
    ["BA-2025-040", "24/09/2025", "BD/25/90",
     "Bring a deep dive on the pensions dashboards connection deadlines and TPR's compliance approach.",
     "Executive Director of Regulatory Policy, Analysis and Advice", "26/11/2025", "28/01/2026", "Amber – at risk",
     "Deferred to January at the Chair's request to include the first connection data.", ""],
    ["BA-2025-041", "24/09/2025", "BD/25/91",
     "Review the digital transformation business case assumptions with the Audit and Risk Committee\n(see paper BD/25/91 annex B).",
     "CDO / CFO", "Q3 2025/26", "", "On track",
     "ARC session held 4 November; business case update due December.", ""],
    ["BA-2025-047", "26/11/2025", "BD/25/108",
     "Confirm the timetable for the master trust supervision review and report back to the Board.",
     "Executive Director of Market Oversight", "28/01/2026", "", "On track", "", ""],
    ["BA-2025-048", "26/11/2025", "BD/25/110",
     "Set out options for publishing annual data on the value for money of DC schemes in the 2026/27 corporate plan.",
     "Director of Strategy", "Mar-26", "", "Not started", "", ""],
    ["BA-2025-049", "26/11/2025", "BD/25/112",
     "Update the people strategy dashboard to show agency and contractor headcount by directorate.",
     "Chief People Officer", "28/01/2026", "", "Red – overdue",
     "Data feed from the new HR system not yet available; January date will be missed.", ""],
    ["BA-2025-050", "26/11/2025", "BD/25/114",
     "Arrange a Board development session on the use of AI in regulatory supervision.",
     "Board Secretary", "TBC", "", "On track",
     "Provider being identified; likely spring 2026.", ""],
]


def make_tpr():
    path = os.path.join(HERE, "wd-the-pensions-regulator-board-action-log.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["The Pensions Regulator – Board action log"])
        w.writerow(["Open actions and actions closed since the last meeting – as at 14 January 2026"])
        w.writerow([])
        w.writerow(TPR_HEAD)
        for row in TPR_ROWS:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Cirencester College - quality improvement plan 2024/25 (tab-separated text)
# ---------------------------------------------------------------------------
CIREN = [
    ("QUALITY OF EDUCATION", [
        ("QE1", "Too few students on A-level mathematics and physics courses achieve high grades.", [
            ("QE1.1", "Introduce fortnightly low-stakes assessment in A-level mathematics and physics, with results reviewed in curriculum team meetings.",
             "Head of Mathematics / Head of Science", "Summer term 2025", "Half of maths and physics students at or above MTG in spring assessment week", "G", "G"),
            ("QE1.2", "Run targeted intervention sessions for students working below their minimum target grade, tracked on ProMonitor.",
             "Curriculum Managers", "Termly", "Intervention attendance above 85%", "A", "G"),
        ]),
        ("QE2", "In a minority of vocational courses, teachers do not use assessment well enough to check what students have learned.", [
            ("QE2.1", "Deliver a CPD programme on questioning and checking for understanding, led by the teaching and learning coaches.",
             "Assistant Principal (Teaching, Learning and Assessment)", "31/01/2025", "All vocational staff attend at least three sessions", "G", "B"),
            ("QE2.2", "Carry out developmental learning walks in every vocational area and agree individual coaching plans where needed.",
             "Teaching and Learning Coaches", "Mar-25", "Learning walk records show effective checking of learning in 80% of sessions", "A", "A"),
        ]),
    ]),
    ("BEHAVIOUR AND ATTITUDES", [
        ("BA1", "Attendance at GCSE English and mathematics resit lessons is too low.", [
            ("BA1.1", "Make same-day calls home for every absence from a GCSE resit lesson and send weekly attendance reports to personal tutors.",
             "Head of Student Services", "Oct 2024", "Resit attendance at or above 88%", "G", "B"),
            ("BA1.2", "Timetable resit lessons on students' main programme days for 2025/26 so that no student travels in for a single lesson.",
             "Deputy Principal; Timetabler", "September 2025", "2025/26 timetable published with no single-lesson days", "G", "R"),
        ]),
    ]),
    ("PERSONAL DEVELOPMENT", [
        ("PD1", "Students on level 2 programmes do not benefit from enough high-quality work experience.", [
            ("PD1.1", "Secure 40 additional employer placements through the Careers Hub, giving priority to level 2 health and social care and engineering students.",
             "Careers and Employability Manager", "Summer term 2025", "All level 2 students complete a placement of at least 30 hours", "A", "A"),
        ]),
    ]),
    ("LEADERSHIP AND MANAGEMENT", [
        ("LM1", "Governors do not receive detailed enough information about the progress of students with high needs.", [
            ("LM1.1", "Add a termly high needs progress report to the Quality and Standards Committee agenda.",
             "Head of Inclusion / Clerk to the Corporation", "Dec 2024", "Report received at each committee meeting", "G", "B"),
            ("LM1.2", "Review the link governor programme so that each link governor visits their curriculum area at least once a term.",
             "Clerk to the Corporation", "Ongoing", "Link visit notes filed for every area each term", "G", "G"),
        ]),
    ]),
]


def make_ciren():
    lines = [
        "Cirencester College – Quality Improvement Plan 2024/25",
        "Drawn from the Self-Assessment Report 2023/24 (approved by the Corporation, 10 December 2024)\tMid-year review: March 2025",
        "",
        "Ref\tArea for improvement\tAction\tResponsibility\tTarget date\tSuccess measure\tDec RAG\tMar RAG",
    ]
    n = 0
    counts = {}
    for theme, afis in CIREN:
        lines.append(theme + "\t\t\t\t\t\t\t")
        for afi_ref, afi, acts in afis:
            for i, (ref, act, resp, when, meas, dec, mar) in enumerate(acts):
                lines.append("\t".join([ref, afi if i == 0 else "", act, resp, when, meas, dec, mar]))
                counts[mar] = counts.get(mar, 0) + 1
                n += 1
    lines += [
        "",
        "RAG key: B = complete; G = on track; A = some slippage, action in hand; R = target will not be met",
        "Summary at March 2025:\t%d actions\tB %d\tG %d\tA %d\tR %d" % (
            n, counts.get("B", 0), counts.get("G", 0), counts.get("A", 0), counts.get("R", 0)),
        "Monitored by: Senior Leadership Team (half-termly) and Quality and Standards Committee (termly)",
    ]
    with open(os.path.join(HERE, "wd-cirencester-college-quality-improvement-plan-2024-25.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_sfrs()
    make_karbon()
    make_cios()
    make_holly()
    make_kent()
    make_tpr()
    make_ciren()
    print("written")
