"""Build the seven uf- blind test files (set heldout514).

Run with /work/main/.venv/bin/python uf_make.py from any directory; files are
written beside this script. Only files starting with "uf-" are written.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("uf-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "5B9BD5", "D9D9D9"


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text into a docx cell; '\n' starts a new paragraph."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(parts[0])
    r.bold = bold
    r.font.size = Pt(size)
    for part in parts[1:]:
        p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


def fill(hexcolour):
    return PatternFill("solid", start_color=hexcolour, end_color=hexcolour)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


# ================================================================ 1 Ashgate (docx)
def ashgate():
    doc = Document()
    landscape(doc)
    doc.add_heading("Ashgate Hospicecare – CQC Inspection Action Plan", 0)
    doc.add_paragraph(
        "Location: Ashgate Hospice, Old Brampton, Chesterfield (adult inpatient unit and "
        "community services)\nInspection: 14–15 November 2023   Report published: 9 February 2024\n"
        "Overall rating: Good   Safe: Requires improvement   Well-led: Good")

    doc.add_heading("Document control", 2)
    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([
            ("Version", "1.3"),
            ("Plan owner", "Director of Patient Care"),
            ("Approved by", "Quality and Safety Committee of the Board of Trustees"),
            ("Date of this update", "4 March 2024"),
            ("Next review", "Quality and Safety Committee, 22 April 2024")]):
        set_cell(dc.cell(i, 0), k, bold=True)
        set_cell(dc.cell(i, 1), v)

    doc.add_heading("RAG key", 2)
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (k, v, c) in enumerate([
            ("B", "Complete – action delivered and evidence held", BLUE),
            ("G", "On track to deliver by the target date", GREEN),
            ("A", "Some slippage – at risk of missing the target date", AMBER),
            ("R", "Off track or overdue – escalate to Director of Patient Care", RED)]):
        set_cell(key.cell(i, 0), k, bold=True)
        shade(key.cell(i, 0), c)
        set_cell(key.cell(i, 1), v)

    header = ["Ref", "CQC requirement", "Action to be taken", "Lead",
              "Target date", "Progress update (March 2024)", "RAG"]
    colour = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    def section(title, blocks):
        doc.add_heading(title, 1)
        nrows = 1 + sum(len(b[1]) for b in blocks)
        t = doc.add_table(rows=nrows, cols=len(header))
        t.style = "Table Grid"
        for j, h in enumerate(header):
            set_cell(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), GREY)
        r = 1
        for req, rows in blocks:
            top = r
            for ref, action, lead, date, progress, rag in rows:
                set_cell(t.cell(r, 0), ref)
                set_cell(t.cell(r, 2), action)
                set_cell(t.cell(r, 3), lead)
                set_cell(t.cell(r, 4), date)
                set_cell(t.cell(r, 5), progress)
                set_cell(t.cell(r, 6), rag, bold=True)
                shade(t.cell(r, 6), colour[rag])
                r += 1
            merged = t.cell(top, 1)
            if r - 1 > top:
                merged = t.cell(top, 1).merge(t.cell(r - 1, 1))
            set_cell(merged, req)

    section("1. Safe", [
        ("MD1: The provider must ensure that medicines requiring refrigeration are stored "
         "within the safe temperature range and that fridge temperatures are checked and "
         "recorded every day on the inpatient unit. (Regulation 12 Safe care and treatment)",
         [("1.1",
           "Replace the two ward medicines fridges with data-logging fridges that alarm when the "
           "temperature is out of range.",
           "Head of Inpatient Services", "31/01/2024",
           "New fridges installed 22 January 2024; alarm tested and linked to the nurse call system.",
           "B"),
          ("1.2",
           "Introduce a daily fridge temperature checklist, signed by the nurse in charge, and "
           "include it in the monthly medicines management audit.",
           "Pharmacy Lead / Ward Sister", "29/02/2024",
           "Checklist in use since 1 February. February audit showed 27 of 29 days recorded.",
           "G"),
          ("1.3",
           "Deliver refresher training on cold chain storage to all registered nurses and record "
           "attendance on the training matrix.",
           "Clinical Education Lead", "31/03/2024",
           "68% of registered nurses trained. Extra sessions for bank staff booked for 19 and 26 March.",
           "A")]),
        ("MD2: The provider must ensure that risk assessments for falls and pressure damage are "
         "completed within 24 hours of admission and reviewed when a patient's condition changes. "
         "(Regulation 12 Safe care and treatment)",
         [("2.1",
           "Make the falls and pressure ulcer risk assessments mandatory fields in the SystmOne "
           "admission template.",
           "Clinical Systems Manager", "Mar-24",
           "Template change tested; go-live planned for 11 March.",
           "G"),
          ("2.2",
           "Audit 10 sets of patient records each month and report compliance to the Clinical "
           "Governance Committee.\nTarget: 95% compliance for three consecutive months.",
           "Quality and Patient Safety Lead", "Ongoing – monthly",
           "January audit 80%, February audit 90%.",
           "G")]),
    ])

    section("2. Well-led", [
        ("SD1: The provider should ensure that governance processes give the Board of Trustees "
         "clear oversight of audit results and the progress of improvement actions.",
         [("3.1",
           "Redesign the quarterly quality report to trustees so that it includes audit results, "
           "themes from incidents and overdue actions.",
           "Director of Patient Care\nCompany Secretary", "June 2024",
           "Draft format shared with the Chair of the Quality and Safety Committee.",
           "G"),
          ("3.2",
           "Quality and Safety Committee to receive this action plan at each meeting until all "
           "actions are closed.",
           "Chair of Quality and Safety Committee", "Until closure",
           "Received at the February meeting.",
           "G")]),
        ("SD2: The provider should continue to improve the completion rate of mandatory "
         "safeguarding training for bank staff.",
         [("4.1",
           "Send monthly reminders to bank staff with overdue safeguarding training and stop "
           "offering shifts to anyone more than 30 days overdue.",
           "HR Business Partner", "30 April 2024",
           "Completion 71% (target 90%). Shift restriction agreed by the Executive Team on 27 February.",
           "A")]),
    ])

    doc.add_paragraph(
        "Notes: Evidence for completed actions is held in the CQC action plan folder on SharePoint. "
        "Actions rated B are removed from the plan once the Quality and Safety Committee has "
        "accepted the evidence.")
    doc.save(out("uf-ashgate-hospicecare-cqc-inspection-action-plan.docx"))


# ================================================================ 2 HRP (xlsx)
def hrp():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Historic Royal Palaces"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Strategic Risk Register 2025/26"
    cov["A4"] = "Owner: Chief Executive and Accounting Officer"
    cov["A5"] = "Reviewed by: Executive Board (monthly); Audit and Risk Committee (quarterly)"
    cov["A7"] = "Version history"
    cov["A7"].font = Font(bold=True)
    hist = [("Version", "Date", "Author", "Changes"),
            ("0.1", d(2025, 4, 10), "Head of Risk and Assurance", "Draft for Executive Board"),
            ("1.0", d(2025, 4, 29), "Head of Risk and Assurance", "Approved by Audit and Risk Committee"),
            ("1.1", d(2025, 7, 15), "Head of Risk and Assurance", "Q1 update; SR4 added"),
            ("1.2", d(2025, 10, 7), "Head of Risk and Assurance", "Q2 update for ARC 21 October 2025")]
    for i, row in enumerate(hist):
        for j, v in enumerate(row):
            c = cov.cell(8 + i, 1 + j, v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    cov.column_dimensions["A"].width = 12
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 28
    cov.column_dimensions["D"].width = 40

    ws = wb.create_sheet("Register")
    ws["A1"] = "Historic Royal Palaces – Strategic Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 30 September 2025 – for Audit and Risk Committee, 21 October 2025"
    ws["A2"].font = Font(italic=True)
    heads = ["Risk", "Risk description", "Risk owner", "Inherent score (L x I)",
             "Key controls in place", "Residual score", "Trend", "Ref", "Further action required",
             "Action owner", "Original target", "Revised target", "Previous RAG",
             "Current RAG", "Commentary"]
    hr = 4
    for j, h in enumerate(heads, 1):
        c = ws.cell(hr, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("4B2C5E")
        c.alignment = WRAP
        c.border = BOX

    rag_fill = {"G": GREEN, "A": AMBER, "R": RED, "Complete": BLUE}
    # (band, [(risk, desc, owner, inherent, controls, residual, trend,
    #          [(ref, action, owner, orig, rev, prev, cur_text, cur_fill, comment)])])
    data = [
        ("Theme 1: Financial sustainability", [
            ("SR1 Visitor admissions income falls below budget",
             "Fewer overseas visitors and higher price sensitivity mean admissions and membership "
             "income fall short of the 2025/26 budget, reducing funds for conservation.",
             "Chief Financial Officer", "4 x 5 = 20",
             "Monthly income reforecasts; dynamic pricing; reserves policy.", "12", "↔",
             [("1.1",
               "Reforecast admissions income monthly using advance booking data and report "
               "variances to the Executive Board.",
               "Chief Financial Officer", d(2025, 6, 30), None, "G", "Complete", BLUE,
               "Monthly reforecast in place from June; now business as usual."),
              ("1.2",
               "Launch the 2025 membership campaign targeting lapsed members.",
               "Commercial Director / Head of Membership", d(2025, 9, 30), d(2025, 12, 31),
               "G", None, AMBER,
               "Campaign launch moved to follow the new CRM release in November.")]),
            ("SR2 Major cyber incident disrupts ticketing and retail systems",
             "A ransomware or denial of service attack takes ticketing, retail and finance systems "
             "offline, causing lost income and a data breach.",
             "Director of Digital and Technology", "4 x 5 = 20",
             "Managed security operations centre; immutable backups; Cyber Essentials Plus.", "15", "↑",
             [("2.1",
               "Complete migration of the ticketing platform to the new cloud environment with "
               "multi-factor authentication for all users.",
               "Director of Digital and Technology", "Q2 2025/26", None, "A", None, GREEN,
               "Migration completed for five palaces; Hillsborough Castle to follow in September."),
              ("2.2",
               "Run a cyber incident exercise with the Executive Board and palace duty managers.",
               "Head of IT Security", d(2025, 11, 30), None, "A", "A", AMBER,
               "Exercise provider appointed; date to be confirmed.")]),
        ]),
        ("Theme 2: Conservation, safety and environment", [
            ("SR3 Fire or flood damages the palaces or the collections",
             "A fire, flood or building failure at one of the palaces causes loss of historic "
             "fabric or collection items and closure to visitors.",
             "Director of Conservation and Learning", "3 x 5 = 15",
             "Fire detection and suppression; salvage plans; 24-hour security control rooms.", "10", "↔",
             [("3.1",
               "Deliver phase 2 of the fire detection upgrade at Hampton Court Palace (Base Court "
               "and the Tudor Kitchens).",
               "Surveyor of the Fabric", d(2025, 12, 31), d(2026, 3, 31), "A", None, RED,
               "Contractor delay; listed building consent for cable routes still awaited."),
              ("3.2",
               "Review and re-test the collections salvage plans at all six palaces.",
               "Head of Collections Care", "Annually", None, "G", "G", GREEN,
               "Tower of London and Kensington Palace tested in 2025.")]),
            ("SR4 Failure to meet net zero and environmental commitments",
             "The charity does not reduce carbon emissions in line with its 2030 target because "
             "of the cost and consent constraints of historic buildings.",
             "Director of Palaces and Operations", "3 x 3 = 9",
             "Sustainability strategy; energy monitoring.", "9", "New",
             [("4.1",
               "Approve the decarbonisation roadmap for the Tower of London heating systems.",
               "M. Okafor; L. Brennan", "Jan-26", None, None, None, None,
               "Not started – awaiting feasibility study.")]),
        ]),
    ]

    r = hr + 1
    for band, risks in data:
        ws.cell(r, 1, band).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(heads))
        ws.cell(r, 1).fill = fill("E4DFEC")
        r += 1
        for risk, desc, owner, inh, ctl, res, trend, actions in risks:
            top = r
            for ref, action, aowner, orig, rev, prev, cur_text, cur_fill, comment in actions:
                vals = {8: ref, 9: action, 10: aowner, 11: orig, 12: rev, 13: prev,
                        14: cur_text, 15: comment}
                for col, v in vals.items():
                    c = ws.cell(r, col, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                if prev:
                    ws.cell(r, 13).fill = fill(rag_fill[prev])
                if cur_fill:
                    ws.cell(r, 14).fill = fill(cur_fill)
                r += 1
            for col, v in enumerate([risk, desc, owner, inh, ctl, res, trend], 1):
                c = ws.cell(top, col, v)
                c.alignment = WRAP
                c.border = BOX
                if r - 1 > top:
                    ws.merge_cells(start_row=top, start_column=col, end_row=r - 1, end_column=col)
    widths = [28, 40, 22, 12, 36, 10, 8, 6, 48, 26, 13, 13, 10, 10, 40]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[ws.cell(hr, j).column_letter].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Scoring and key")
    rows = [("Likelihood / impact scoring", None),
            ("1 = Rare / Minimal, 5 = Almost certain / Severe; score = L x I", None),
            (None, None),
            ("Action RAG", None),
            ("Complete", "Action delivered; removed at next quarterly update"),
            ("G", "On track to meet target date"),
            ("A", "Some slippage; revised target agreed"),
            ("R", "Significantly off track or overdue"),
            ("(shading only)", "Current RAG may be shown by cell colour only")]
    for i, (a, b) in enumerate(rows, 1):
        key.cell(i, 1, a)
        key.cell(i, 2, b)
    for i, c in zip(range(5, 9), [BLUE, GREEN, AMBER, RED]):
        key.cell(i, 1).fill = fill(c)
    key.column_dimensions["A"].width = 22
    key.column_dimensions["B"].width = 60
    wb.save(out("uf-historic-royal-palaces-strategic-risk-register-2025-26.xlsx"))


# ================================================================ 3 SDNPA (xlsx)
def sdnpa():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight report"
    ws["A1"] = "South Downs National Park Authority"
    ws["A1"].font = Font(bold=True, size=12, color="2F5233")
    ws["A2"] = "Local Plan Review – Programme Highlight Report"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Reporting period: 1 October – 31 December 2025"
    ws["A4"] = "Prepared for: Local Plan Review Member Working Group, 15 January 2026"
    ws["A6"] = "Programme status"
    ws["A6"].font = Font(bold=True)
    status_block = [("Overall", "Amber", AMBER), ("Time", "Amber", AMBER),
                    ("Cost", "Green", GREEN), ("Scope", "Green", GREEN),
                    ("Resources", "Amber", AMBER)]
    for i, (k, v, c) in enumerate(status_block):
        ws.cell(7 + i, 1, k).border = BOX
        cell = ws.cell(7 + i, 2, v)
        cell.fill = fill(c)
        cell.border = BOX
    ws["D7"] = "Summary this period"
    ws["D7"].font = Font(bold=True)
    ws["D8"] = ("The updated Land Availability Assessment was published in November and the autumn "
                "parish workshops are complete. Transport modelling has slipped by three months, "
                "which puts the spring 2026 drafting stage at risk.")
    ws["D8"].alignment = WRAP
    ws.merge_cells("D8:H11")

    hr = 14
    ws.cell(hr - 1, 1, "Milestones and actions").font = Font(bold=True)
    heads = ["Ref", "Milestone / action", "Lead officer", "Baseline date", "Forecast date",
             "Status", "Commentary"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(hr, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("2F5233")
        c.border = BOX
        c.alignment = WRAP
    sfill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}
    data = [
        ("Workstream 1: Evidence base", [
            ("E1", "Publish the updated Land Availability Assessment (LAA), including sites "
             "submitted at the Regulation 18 stage", "Planning Policy Manager",
             d(2025, 10, 31), d(2025, 11, 28), "Complete", "Published 28 November 2025."),
            ("E2", "Complete the Transport Assessment of the draft site allocations with the "
             "highway authorities", "Senior Planning Policy Officer",
             d(2025, 12, 19), d(2026, 3, 27), "At risk",
             "Traffic count data from West Sussex delayed; consultants re-programmed."),
            ("E3", "Update the Level 2 Strategic Flood Risk Assessment using the Environment "
             "Agency's new national flood risk maps", "JBA Consulting / Planning Policy Lead",
             d(2026, 1, 30), d(2026, 1, 30), "On track", "Draft received 12 December."),
        ]),
        ("Workstream 2: Engagement", [
            ("G1", "Hold autumn workshops with National Park parishes on proposed changes to "
             "site allocations", "Engagement Officer", d(2025, 11, 21), d(2025, 11, 21),
             "Complete", "Six workshops held; 74 parish and town councils attended."),
            ("G2", "Publish the Regulation 18 consultation statement summarising the 3,714 "
             "comments received", "Planning Policy Officer", d(2025, 9, 30), d(2025, 12, 12),
             "Complete", "Published 12 December 2025."),
        ]),
        ("Workstream 3: Plan preparation", [
            ("P1", "Draft the Regulation 19 Pre-Submission Local Plan policies for Member "
             "Working Group review", "Planning Policy Manager", d(2026, 2, 27), d(2026, 4, 24),
             "At risk", "Dependent on E2."),
            ("P2", "Complete the Sustainability Appraisal and Habitats Regulations Assessment "
             "of the Pre-Submission Plan", "Planning Policy Lead (SA/HRA)",
             d(2026, 4, 30), d(2026, 4, 30), "On track", "Scoping report agreed with Natural England."),
            ("P3", "Planning Committee and the Authority to approve the Pre-Submission Plan for "
             "consultation", "Director of Planning", d(2026, 6, 25), d(2026, 7, 16),
             "Off track", "June Authority meeting no longer achievable; July date proposed."),
        ]),
        ("Workstream 4: Governance and resources", [
            ("R1", "Recruit two fixed-term planning policy officers for the Regulation 19 stage",
             "Planning Policy Manager & HR Manager", d(2025, 12, 31), d(2026, 2, 27),
             "At risk", "One post filled; second post re-advertised."),
        ]),
    ]
    r = hr + 1
    for band, rows in data:
        c = ws.cell(r, 1, band)
        c.font = Font(bold=True)
        for j in range(1, len(heads) + 1):
            ws.cell(r, j).fill = fill("E2EFDA")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(heads))
        r += 1
        for ref, ms, lead, base, fc, st, comm in rows:
            for j, v in enumerate([ref, ms, lead, base, fc, st, comm], 1):
                c = ws.cell(r, j, v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            ws.cell(r, 6).fill = fill(sfill[st])
            r += 1
    r += 1
    ws.cell(r, 1, "Totals").font = Font(bold=True)
    ws.cell(r + 1, 1, "Milestones: 9")
    ws.cell(r + 1, 2, "Complete: 3 | On track: 2 | At risk: 3 | Off track: 1")
    ws.cell(r + 3, 1, "Status key:")
    for j, (k, c) in enumerate(sfill.items(), 2):
        cell = ws.cell(r + 3, j, k)
        cell.fill = fill(c)
    ws.cell(r + 5, 1, "Decisions required from the Working Group: none this period.")
    for col, w in zip("ABCDEFGH", [10, 60, 30, 13, 13, 12, 48, 10]):
        ws.column_dimensions[col].width = w

    b = wb.create_sheet("Budget")
    rows = [("Local Plan Review budget 2025/26", None, None),
            ("Item", "Budget (£)", "Spend to 31/12/25 (£)"),
            ("Evidence base consultants", 185000, 121400),
            ("Engagement and consultation", 42000, 37950),
            ("Examination (provision)", 90000, 0),
            ("Total", 317000, 159350)]
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row, 1):
            if v is not None:
                b.cell(i, j, v)
    b["A1"].font = Font(bold=True)
    b.column_dimensions["A"].width = 34
    b.column_dimensions["B"].width = 14
    b.column_dimensions["C"].width = 22
    wb.save(out("uf-south-downs-npa-local-plan-review-programme-highlight-report.xlsx"))


# ================================================================ 4 WMCA (docx)
def wmca():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph("West Midlands Combined Authority")
    p.runs[0].bold = True
    doc.add_heading("Audit, Risk and Assurance Committee – Actions List", 0)
    doc.add_paragraph("Date of meeting: 24 November 2025        Agenda item: 5\n"
                      "Report of: Governance Services Officer")
    doc.add_paragraph(
        "Purpose: to update the committee on actions agreed at previous meetings. Actions "
        "reported as complete will be removed from the list after this meeting.")
    heads = ["Ref", "Meeting date", "Minute", "Action", "Responsible officer", "Due date",
             "Status", "Update"]
    colour = {"Complete": BLUE, "On track": GREEN, "Behind schedule": AMBER, "Overdue": RED}
    rows = [
        ("ARAC/25/01", "03/02/2025", "42",
         "Provide a briefing note on the investigation into the financial breach on the Metro "
         "city centre extension, including the lessons learned.",
         "Director of Law and Governance", "30/06/2025", "Complete",
         "Briefing note circulated to members on 20 June 2025."),
        ("ARAC/25/04", "17/03/2025", "55",
         "Report the number of internal audit recommendations overdue by more than six months, "
         "by directorate, in each internal audit progress report.",
         "Head of Audit and Information Governance", "June 2025", "Complete",
         "Included from the June 2025 progress report onwards."),
        ("ARAC/25/07", "16/06/2025", "8",
         "Confirm the committee's role in approving the Midland Metro Limited annual accounts "
         "and circulate the timetable.",
         "Head of Financial Management", "31/07/2025", "Overdue",
         "Awaiting confirmation from the Midland Metro Limited company secretary."),
        ("ARAC/25/08", "16/06/2025", "11",
         "Strategic Risk Register:\nBring a deep-dive on the bus franchising risk (SR07) to a "
         "future meeting.",
         "Strategic Risk Manager / Executive Director of Transport", "24/11/2025", "On track",
         "On the agenda for this meeting (item 9)."),
        ("ARAC/25/10", "08/09/2025", "21",
         "Add progress on the housing investigation action plan to the forward plan for each "
         "meeting until all actions are closed.",
         "Governance Services Officer", "Ongoing", "On track",
         "Added to the forward plan."),
        ("ARAC/25/11", "08/09/2025", "24",
         "Share the external auditor's draft value for money findings with members before the "
         "2024/25 accounts are signed off.",
         "Grant Thornton (Key Audit Partner)", "TBC", "Behind schedule",
         "Draft findings expected in December; sign-off date not yet agreed."),
        ("ARAC/25/12", "08/09/2025", "26",
         "Arrange a training session for members on the Global Internal Audit Standards and the "
         "new Code of Practice for audit committees.",
         "Ruth Adeyemi and Tom Kaur", "October 2025", "Complete",
         "Session held on 14 October 2025; slides circulated."),
        ("ARAC/25/13", "08/09/2025", "27",
         "Circulate the revised Anti-Fraud and Corruption Policy to members for comment before "
         "it goes to the WMCA Board.",
         "Monitoring Officer", "31 Oct 2025", "On track",
         "Draft circulated 3 November; comments by 21 November."),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(heads))
    t.style = "Table Grid"
    for j, h in enumerate(heads):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "1F3864")
        for run in t.cell(0, j).paragraphs[0].runs:
            run.font.color.rgb = __import__("docx.shared", fromlist=["RGBColor"]).RGBColor(255, 255, 255)
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v)
        shade(t.cell(i, 6), colour[row[6]])
    doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete (blue); On track (green); Behind schedule (amber); "
                      "Overdue (red).")
    doc.add_paragraph("Contact: Governance Services, 16 Summer Lane, Birmingham B19 3SD.")
    doc.save(out("uf-west-midlands-ca-audit-risk-assurance-committee-action-log.docx"))


# ================================================================ 5 Whitby (txt, tab separated)
def whitby():
    ncol = 7
    lines = []

    def row(*cells):
        cells = list(cells) + [""] * (ncol - len(cells))
        lines.append("\t".join(cells))

    row("Whitby Town Council - Internal Audit Report 2024/25: Action Plan")
    row("Internal auditor's report dated 28 April 2025. Action plan agreed by Full Council on "
        "10 June 2025 (minute 25/061).")
    row("Status: B = complete, G = on target, A = some slippage, R = overdue")
    row()
    row("No.", "AGAR control objective", "Internal auditor's recommendation",
        "Council response / action", "Responsible", "Target date", "Status")
    data = [
        ("1", "A. Appropriate accounting records",
         "Bank reconciliations should be checked and signed each month by a councillor who is "
         "not a bank signatory.",
         "Bank reconciliation to be reviewed and signed by a nominated councillor at each Finance "
         "and General Purposes Committee meeting.", "Town Clerk", "May 2025", "B"),
        ("2", "B. Financial regulations and payments",
         "Financial Regulations have not been updated to the 2024 NALC model.",
         "Adopt revised Financial Regulations based on the NALC 2024 model, including the new "
         "procurement thresholds.", "Town Clerk", "July 2025", "B"),
        ("3", "B. Financial regulations and payments",
         "Online payments are set up and released by one person.",
         "Set up dual authorisation with Unity Trust Bank so that two councillors approve every "
         "online payment.", "Deputy Town Clerk / Cllr Hart", "Jun-25", "A"),
        ("4", "C. Risk management",
         "The risk register was not reviewed by Council during the year.",
         "Present the updated risk register to Full Council for approval and diarise an annual "
         "review each May.", "Town Clerk", "Annually (May)", "G"),
        ("5", "H. Asset register",
         "The asset register does not include the West Cliff shelters or the CCTV equipment "
         "bought in 2024.",
         "Update the asset register and reconcile it to the insurance schedule.",
         "Deputy Town Clerk", "31/10/2025", "A"),
        ("6", "H. Asset register", "",
         "Carry out a physical check of street furniture and play equipment with the Amenities "
         "Committee.", "Chair of Amenities Committee", "30/11/2025", "G"),
        ("7", "L. Transparency",
         "The 2023/24 AGAR and notice of conclusion of audit were not published on the website.",
         "Publish the AGAR documents and the notice of conclusion of audit on the website and "
         "the noticeboard.", "Town Clerk", "Sept 2025", "R"),
    ]
    for r in data:
        row(*r)
    row()
    row("Notes:")
    row("1. Items 5 and 6 both respond to the auditor's asset register finding.")
    row("2. Progress will next be reported to the Finance and General Purposes Committee on "
        "10 November 2025.")
    with open(out("uf-whitby-town-council-internal-audit-action-plan-2024-25.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ================================================================ 6 Royal Mail (csv)
def royal_mail():
    ncol = 9
    rows = []

    def row(*cells):
        rows.append(list(cells) + [""] * (ncol - len(cells)))

    row("Royal Mail Group Ltd – Cyber Incident (January 2023) Lessons Learned Action Plan")
    row("Position at 31 March 2024 | Plan owner: Chief Information Security Officer | "
        "Reported to: Audit and Risk Committee")
    row("Classification: OFFICIAL – INTERNAL")
    row()
    row("Ref", "Theme", "Lesson identified", "Action", "Action owner", "Original due date",
        "Revised due date", "RAG", "Progress update")
    P = "1. Prevent"
    R = "2. Respond"
    C = "3. Communicate"
    L1 = ("Legacy print servers used to produce customs documents for international export "
          "were not covered by endpoint detection and response (EDR).")
    L2 = ("The incident response plan assumed IT disruption only and did not cover the loss of "
          "a whole operational service line.")
    L3 = ("Notification to the ICO and to affected colleagues took longer than planned because "
          "the personal data held on the affected servers was not known.")
    L4 = ("Business customers and Post Office branches received inconsistent messages about "
          "which international services were available.")
    data = [
        ("1.1", P, L1,
         "Extend EDR coverage to all Windows servers in the International and Parcelforce "
         "estates, including legacy print servers.",
         "Chief Information Security Officer", "31/03/2023", "30/06/2023", "Blue",
         "EDR deployed to 100% of in-scope servers; confirmed by internal audit in July 2023."),
        ("1.2", P, L1,
         "Decommission or isolate end-of-life servers that cannot run EDR.",
         "Head of Infrastructure; Head of Enterprise Architecture", "30/09/2023", "", "Blue",
         "14 servers decommissioned and 3 isolated on a segregated network."),
        ("2.1", R, L2,
         "Rewrite the Cyber Incident Response Plan to include operational continuity playbooks "
         "for International export.",
         "Group Business Continuity Manager", "30/06/2023", "", "Blue",
         "Plan v3.0 approved by the Executive Committee on 27 June 2023."),
        ("2.2", R, L2,
         "Run a joint cyber and operations exercise at board level every year.",
         "CISO / Chief Operating Officer", "Annually", "", "Green",
         "2023 exercise held in November; 2024 exercise scheduled."),
        ("3.1", R, L3,
         "Maintain a map of the personal data held on operational servers and review it every "
         "six months.",
         "Data Protection Officer", "31/12/2023", "31/03/2024", "Amber",
         "Mapping complete for International; Parcelforce sites to finish in March."),
        ("3.2", R, L3,
         "Train incident managers on the 72-hour personal data breach reporting requirement.",
         "Data Protection Officer", "28/02/2024", "", "Red",
         "Training postponed; rescheduled for April 2024."),
        ("4.1", C, L4,
         "Agree pre-approved customer and branch message templates for service suspension with "
         "Post Office Ltd.",
         "Director of Communications", "30/09/2023", "", "Blue",
         "Templates agreed and stored in the incident toolkit."),
        ("4.2", C, L4,
         "Set up a single service status page for business customers, updated at least twice "
         "a day during an incident.",
         "Head of Digital Channels", "Q1 2024/25", "", "Green",
         "Page built; testing with the Business Customer Forum in April."),
    ]
    for r in data:
        row(*r)
    row()
    row("Total actions: 8 | Blue: 4 | Green: 2 | Amber: 1 | Red: 1")
    with open(out("uf-royal-mail-group-cyber-incident-lessons-learned-action-plan.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)


# ================================================================ 7 Santander (xlsx, refuse)
def santander():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Santander UK plc"
    cov["A1"].font = Font(bold=True, size=14, color="C00000")
    cov["A2"] = "Financial Crime Remediation Programme"
    cov["A3"] = "Skilled Person (s166) Findings – Remediation Action Tracker"
    cov["A3"].font = Font(bold=True, size=12)
    meta = [("Status date", d(2025, 7, 31)), ("Prepared by", "Programme Management Office"),
            ("Prepared for", "Board Risk Committee"), ("Version", "7.0"),
            ("Classification", "Confidential")]
    for i, (k, v) in enumerate(meta, 5):
        cov.cell(i, 1, k).font = Font(bold=True)
        c = cov.cell(i, 2, v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd-mmm-yyyy"
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 36

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Santander UK plc – s166 Skilled Person Findings: Remediation Action Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Status as at 31 July 2025. Dates are target dates for submission of evidence to the FCA."
    heads = ["Finding ref", "Skilled person finding", "Action ID", "Remediation action",
             "Accountable executive (SMF)", "Action owner", "Original target date",
             "Revised target date", "RAG", "Evidence submitted to FCA", "Commentary"]
    hr = 4
    for j, h in enumerate(heads, 1):
        c = ws.cell(hr, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.alignment = WRAP
        c.border = BOX
    rf = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    data = [
        ("Workstream 1 – Business banking customer due diligence", [
            ("F1.1", "Customer risk assessments for business banking customers were not refreshed "
             "when customers' activity changed.", [
                ("1.1.1", "Introduce event-driven CDD reviews triggered by changes in turnover, "
                 "cash deposits or ownership.", "Chief Operating Officer (SMF24)",
                 "Head of Business Banking KYC", d(2025, 3, 31), d(2025, 6, 30), "Complete", "Yes",
                 "Evidence pack accepted by the skilled person."),
                ("1.1.2", "Remediate the back-book of 4,200 high-risk business customers.",
                 "Chief Operating Officer (SMF24)", "KYC Remediation Lead", d(2025, 12, 31), None,
                 "Amber", "No", "2,950 files closed; resourcing reviewed in July.")]),
            ("F1.2", "Enhanced due diligence for cash-intensive businesses was not consistently "
             "applied.", [
                ("1.2.1", "Update the EDD standard and checklist for cash-intensive businesses and "
                 "train relationship managers.", "Chief Operating Officer (SMF24)",
                 "Financial Crime Policy Manager", d(2025, 5, 30), None, "Complete", "Yes",
                 "Training completion 97%.")]),
        ]),
        ("Workstream 2 – Transaction monitoring", [
            ("F2.1", "Transaction monitoring scenarios had not been tuned since 2019 and missed "
             "typologies for rapid movement of funds.", [
                ("2.1.1", "Recalibrate the monitoring scenarios and document below-the-line testing.",
                 "MLRO (SMF17)", "Head of Transaction Monitoring", d(2025, 9, 30), None, "Green",
                 "No", "Model validation under way."),
                ("2.1.2", "Clear the backlog of alerts older than 30 days.", "MLRO (SMF17)",
                 "Head of FinCrime Operations", d(2025, 6, 30), "31-Oct-2O25", "Red", "No",
                 "Backlog 1,140 alerts at 31 July; new target agreed with the skilled person.")]),
            ("F2.2", "Quality assurance of alert closures was not independent of the first line.", [
                ("2.2.1", "Move alert quality assurance into the second-line Financial Crime "
                 "Assurance team.", "Chief Risk Officer (SMF4)", "Head of Financial Crime Assurance",
                 d(2025, 8, 29), None, "Green", "No", "Team recruited; transfer in August.")]),
        ]),
        ("Workstream 3 – Governance, MI and assurance", [
            ("F3.1", "Financial crime MI to the Board Risk Committee did not show trends or the "
             "status of remediation.", [
                ("3.1.1", "Redesign the monthly financial crime MI pack with trend data and a "
                 "remediation dashboard.", "MLRO (SMF17)", "Head of FinCrime MI",
                 d(2025, 4, 30), None, "Complete", "Yes", "First pack to BRC in May 2025."),
                ("3.1.2", "Commission an independent validation of the remediation once all "
                 "actions are complete.", "Chief Risk Officer (SMF4)", "Programme Director",
                 d(2026, 3, 31), None, "Green", "No", "Scope to be agreed with the FCA.")]),
        ]),
    ]
    r = hr + 1
    for band, findings in data:
        ws.cell(r, 1, band).font = Font(bold=True)
        for j in range(1, len(heads) + 1):
            ws.cell(r, j).fill = fill("F2DCDB")
        r += 1
        for fref, finding, actions in findings:
            top = r
            for a in actions:
                for j, v in enumerate(a, 3):
                    c = ws.cell(r, j, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd-mmm-yyyy"
                ws.cell(r, 9).fill = fill(rf[a[6]])
                r += 1
            for col, v in ((1, fref), (2, finding)):
                c = ws.cell(top, col, v)
                c.alignment = WRAP
                c.border = BOX
                if r - 1 > top:
                    ws.merge_cells(start_row=top, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(r, 1, "Total actions: 8").font = Font(bold=True)
    ws.cell(r, 3, "Complete: 3")
    ws.cell(r, 4, "Green: 3")
    ws.cell(r, 5, "Amber: 1")
    ws.cell(r, 6, "Red: 1")
    for col, w in zip("ABCDEFGHIJK", [10, 44, 9, 48, 24, 28, 14, 14, 10, 12, 40]):
        ws.column_dimensions[col].width = w

    sm = wb.create_sheet("Summary")
    rows = [("Workstream", "Actions", "Complete", "Open"),
            ("1 – Business banking CDD", 3, 2, 1),
            ("2 – Transaction monitoring", 3, 0, 3),
            ("3 – Governance, MI and assurance", 2, 1, 1),
            ("Total", 8, 3, 5)]
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row, 1):
            sm.cell(i, j, v)
    sm.column_dimensions["A"].width = 34
    wb.save(out("uf-santander-uk-fca-s166-remediation-tracker-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    ashgate()
    hrp()
    sdnpa()
    wmca()
    whitby()
    royal_mail()
    santander()
    print("done")
