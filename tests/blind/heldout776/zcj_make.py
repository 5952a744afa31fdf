"""Build the seven zcj- blind test files (set heldout776).

Run with: /work/main/.venv/bin/python zcj_make.py
Writes only files whose names start with "zcj-" into this script's folder.
"""
import csv
import datetime as dt
import io
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
HEAD = "1F3864"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def path(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Citizen Housing - ARC internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
CITIZEN_FILE = "zcj-citizen-housing-arc-internal-audit-recommendations-tracker.xlsx"
CITIZEN_TITLE = "Citizen Housing Group – Internal Audit Recommendations Tracker"
# (section heading, [(priority, recommendation, [(ref, action, owner, orig, revised, update, rag)])])
CITIZEN = [
    ("2024/25 – Damp, Mould and Condensation Case Management (Limited assurance)", [
        ("High",
         "Management should ensure that every damp and mould report is logged as a distinct case type in the housing management system so that response times can be monitored against the policy.",
         [("DMC-01a",
           "Create a separate damp and mould case type in Civica CX and close the generic 'disrepair' category to new reports.",
           "Head of Repairs", dt.date(2025, 6, 30), dt.date(2025, 10, 31),
           "Case type built and tested in UAT. Go-live moved to align with the CX upgrade weekend (18 October).",
           AMBER),
          ("DMC-01b",
           "Produce a weekly exception report of cases exceeding policy timescales for the Repairs Management Team.",
           "Business Intelligence Manager", dt.date(2025, 7, 31), None,
           "Report live since 21 July 2025; first four weeks of output sent to internal audit as evidence.",
           BLUE)]),
        ("Medium",
         "Vulnerability information should be recorded consistently and used to prioritise inspections.",
         [("DMC-02",
           "Update the damp and mould procedure so that households with a recorded vulnerability are inspected within 5 working days, and brief all surveyors on the change.",
           "Head of Repairs / Tenancy Sustainment Manager", dt.date(2025, 9, 30), None,
           "Procedure redrafted; surveyor briefings booked for w/c 22 September.",
           GREEN)]),
    ]),
    ("2024/25 – Building Safety: Fire Risk Assessment Actions (Reasonable assurance)", [
        ("High",
         "High-risk actions arising from fire risk assessments should be tracked to completion, with evidence retained before an action is closed.",
         [("BS-01",
           "Migrate all open FRA actions from local spreadsheets into the compliance system (C365) and make an evidence upload mandatory before closure.",
           "Building Safety Manager", dt.date(2025, 5, 31), dt.date(2025, 8, 31),
           "Migration 80% complete; 212 actions still to load. Revised date missed – new plan to be brought to December ARC.",
           RED)]),
        ("Low",
         "The Building Safety Committee's terms of reference should be refreshed to reflect the Building Safety Act 2022 accountable person duties.",
         [("BS-02",
           "Review and approve revised terms of reference for the Building Safety Committee.",
           "Director of Assets and Sustainability", dt.date(2025, 6, 30), None,
           "Approved by the Board on 24 June 2025.",
           BLUE)]),
    ]),
    ("2025/26 – Rent Arrears and Income Recovery (Reasonable assurance)", [
        ("Medium",
         "Arrears cases should be escalated in line with the stages of the income recovery procedure.",
         [("INC-01a",
           "Introduce a monthly quality check of 10 arrears cases per Income Officer, with results reported to the Income Manager.",
           "Income Manager", dt.date(2025, 12, 31), None,
           "Checklist agreed; first checks to run in October.",
           GREEN),
          ("INC-01b",
           "Refresh training for Income Officers on the escalation stages and the pre-action protocol for possession claims.",
           "Income Manager; L&D Business Partner", dt.date(2025, 11, 30), None,
           "Training content being updated with Legal Services.",
           GREEN)]),
        ("Low",
         "Former tenant arrears write-offs should be approved in line with delegated authority.",
         [("INC-02",
           "Update the write-off authorisation form to show the delegation limit and require Director of Finance sign-off above £5,000.",
           "Head of Finance", dt.date(2025, 10, 31), None,
           "Not yet started – scheduled for October.",
           None)]),
    ]),
]


def build_citizen():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = CITIZEN_TITLE
    ws["A1"].font = Font(bold=True, size=14, color=HEAD)
    ws["A2"] = "Audit and Risk Committee, 18 September 2025 – Agenda item 9, Appendix A"
    ws["A4"] = ("Purpose: to report progress against the management actions agreed in response to "
                "internal audit reviews. Actions shown as implemented are removed once internal audit "
                "has verified the evidence.")
    ws["A4"].alignment = WRAP
    ws.merge_cells("A4:F4")
    ws.row_dimensions[4].height = 45
    ws["A6"] = "RAG key"
    ws["A6"].font = Font(bold=True)
    key = [(RED, "Red", "Action overdue, or will not be delivered by the revised date"),
           (AMBER, "Amber", "At risk, or a revised target date has been agreed"),
           (GREEN, "Green", "On track to meet the target date"),
           (BLUE, "Blue", "Implemented – evidence provided, awaiting verification"),
           (None, "No colour", "Not yet started")]
    for i, (colour, word, meaning) in enumerate(key, start=7):
        ws.cell(i, 1, word)
        if colour:
            ws.cell(i, 1).fill = fill(colour)
        ws.cell(i, 2, meaning)
    ws["A13"] = "Prepared by: Head of Governance and Assurance"
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 60

    # Summary sheet
    ss = wb.create_sheet("Summary")
    ss["A1"] = "Summary of open and implemented actions by review"
    ss["A1"].font = Font(bold=True, size=12)
    hdr = ["Review", "Assurance", "Actions", "Red", "Amber", "Green", "Blue", "Not started"]
    for c, h in enumerate(hdr, 1):
        ss.cell(3, c, h).font = Font(bold=True)
        ss.cell(3, c).fill = fill(GREY)
    rows = [("Damp, Mould and Condensation Case Management", "Limited", 3, 0, 1, 1, 1, 0),
            ("Building Safety: Fire Risk Assessment Actions", "Reasonable", 2, 1, 0, 0, 1, 0),
            ("Rent Arrears and Income Recovery", "Reasonable", 3, 0, 0, 2, 0, 1)]
    for r, row in enumerate(rows, 4):
        for c, v in enumerate(row, 1):
            ss.cell(r, c, v)
    ss.cell(7, 1, "Total").font = Font(bold=True)
    for c in range(3, 9):
        col = get_column_letter(c)
        ss.cell(7, c, f"=SUM({col}4:{col}6)").font = Font(bold=True)
    ss.column_dimensions["A"].width = 48
    ss.column_dimensions["B"].width = 14

    # Tracker sheet
    ts = wb.create_sheet("Tracker")
    ts["A1"] = "Internal audit recommendations tracker – position at 5 September 2025"
    ts["A1"].font = Font(bold=True, size=13, color=HEAD)
    ts.merge_cells("A1:I1")
    heads = ["Ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
             "Original target date", "Revised target date", "Progress update (September 2025)", "RAG"]
    for c, h in enumerate(heads, 1):
        cell = ts.cell(3, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(HEAD)
        cell.alignment = WRAP
        cell.border = BOX
    r = 4
    for section, recs in CITIZEN:
        ts.cell(r, 1, section).font = Font(bold=True)
        for c in range(1, 10):
            ts.cell(r, c).fill = fill(GREY)
        ts.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for priority, rec, actions in recs:
            first = r
            ts.cell(r, 2, priority)
            ts.cell(r, 3, rec)
            for ref, action, owner, orig, rev, update, rag in actions:
                ts.cell(r, 1, ref)
                ts.cell(r, 4, action)
                ts.cell(r, 5, owner)
                ts.cell(r, 6, orig).number_format = "dd/mm/yyyy"
                if rev:
                    ts.cell(r, 7, rev).number_format = "dd/mm/yyyy"
                ts.cell(r, 8, update)
                if rag:
                    ts.cell(r, 9).fill = fill(rag)
                for c in range(1, 10):
                    ts.cell(r, c).alignment = WRAP
                    ts.cell(r, c).border = BOX
                r += 1
            if r - first > 1:
                ts.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ts.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ts.cell(r, 1, "Note: actions shaded blue will be removed from the tracker once verified by internal audit. "
                  "Dates shown are target implementation dates agreed with the action owner.")
    widths = [10, 10, 45, 50, 26, 13, 13, 45, 7]
    for i, w in enumerate(widths, 1):
        ts.column_dimensions[get_column_letter(i)].width = w
    ts.freeze_panes = "A4"
    wb.save(path(CITIZEN_FILE))


# ---------------------------------------------------------------------------
# 2. Scottish Legal Complaints Commission - strategic risk register (xlsx)
# ---------------------------------------------------------------------------
SLCC_FILE = "zcj-scottish-legal-complaints-commission-strategic-risk-register-2025-26.xlsx"
SLCC_TITLE = "SLCC Strategic Risk Register 2025-26"
# (aim, [(risk, description, owner, controls, inherent, q1, q2, appetite,
#         [(ref, action, action owner, target, status)])])
SLCC = [
    ("Strategic aim 1: Deliver an efficient, effective and fair complaints service", [
        ("SR1: Demand and capacity",
         "Complaint volumes and complexity exceed investigation capacity, causing waiting times to rise and damaging confidence in the SLCC.",
         "Chief Executive",
         "Monthly caseload forecasting; triage at eligibility stage; overtime and fixed-term staff budget; Board oversight of KPIs.",
         20, 16, 16, "Cautious",
         [("SR1.1", "Complete the eligibility-stage triage pilot and decide on permanent roll-out.",
           "Director of Operations", "Dec-25", "A"),
          ("SR1.2", "Recruit and train four additional case investigators funded from the 2025-26 levy.",
           "Director of Operations; Head of HR", dt.date(2026, 3, 31), "G"),
          ("SR1.3", "Report monthly waiting-time trajectories to the Board.",
           "Head of Performance and Insight", "Monthly", "G")]),
        ("SR2: Legal challenge",
         "Decisions are successfully appealed or judicially reviewed at the Court of Session, leading to cost awards and reputational damage.",
         "Head of Legal",
         "Legal review of draft determinations; determination committee guidance; appeals log reported to ARC.",
         16, 12, 9, "Averse",
         [("SR2.1", "Implement the revised quality assurance checklist for determinations and investigation reports.",
           "Head of Legal", "Sept 2025", "B"),
          ("SR2.2", "Deliver refresher training on the 2007 Act tests to all determination committee members.",
           "Head of Legal / Board Secretary", "Nov-25", "G")]),
    ]),
    ("Strategic aim 2: A well-run, sustainable organisation", [
        ("SR3: Cyber security and information governance",
         "A cyber attack or data breach compromises complainer and practitioner data, disrupting services and breaching UK GDPR.",
         "Head of Corporate Services",
         "Managed firewall and endpoint protection; MFA on all accounts; annual IG training; incident response plan.",
         20, 12, 12, "Averse",
         [("SR3.1", "Achieve Cyber Essentials Plus re-certification.",
           "Head of Corporate Services", "Jan-26", "A"),
          ("SR3.2", "Run quarterly phishing simulations with targeted follow-up training for staff who click.",
           "IT Manager", "Ongoing", "G")]),
        ("SR4: Financial sustainability and levy",
         "Income from the annual levy does not cover operating costs, or levy proposals are not supported, leading to a budget deficit.",
         "Director of Finance and Corporate Services",
         "Three-year financial plan; reserves policy; consultation with the profession; monthly management accounts to SMT.",
         15, 12, 8, "Cautious",
         [("SR4.1", "Consult the profession on the 2026-27 budget and levy, and lay the budget before the Scottish Parliament.",
           "Director of Finance and Corporate Services", "31 March 2026", "G"),
          ("SR4.2", "Review the reserves policy to reflect the Regulation of Legal Services (Scotland) Act 2025.",
           "Director of Finance and Corporate Services", "June 2026", None)]),
    ]),
]
STATUS_FILL = {"G": GREEN, "A": AMBER, "R": RED, "B": BLUE}


def score_fill(n):
    return fill(RED if n >= 15 else AMBER if n >= 8 else GREEN)


def build_slcc():
    wb = Workbook()
    vc = wb.active
    vc.title = "Version control"
    vc["A1"] = SLCC_TITLE
    vc["A1"].font = Font(bold=True, size=14)
    for c, h in enumerate(["Version", "Date", "Author", "Summary of changes"], 1):
        vc.cell(3, c, h).font = Font(bold=True)
        vc.cell(3, c).fill = fill(GREY)
    versions = [("1.0", "12/06/2025", "Head of Corporate Services", "Register refreshed for the 2025-26 Operating Plan; approved by the Board."),
                ("1.1", "04/09/2025", "Head of Corporate Services", "Q1 review; SR4 wording updated after levy consultation."),
                ("1.2", "21/10/2025", "Head of Corporate Services", "Q2 review for Audit and Risk Committee on 28 October 2025; SR2 residual score reduced.")]
    for r, row in enumerate(versions, 4):
        for c, v in enumerate(row, 1):
            vc.cell(r, c, v)
    vc.column_dimensions["C"].width = 28
    vc.column_dimensions["D"].width = 80

    ws = wb.create_sheet("Risk register")
    ws["A1"] = SLCC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Reviewed by the Audit and Risk Committee, 28 October 2025. Scores are Likelihood × Impact "
                "on a 5 × 5 scale – see the Scoring matrix sheet.")
    heads = ["Risk", "Description (cause – event – consequence)", "Risk owner", "Key controls in place",
             "Inherent score", "Residual score Q1", "Residual score Q2", "Risk appetite",
             "Ref", "Further actions", "Action owner", "Target date", "Status"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("203864")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for aim, risks in SLCC:
        ws.cell(r, 1, aim).font = Font(bold=True, size=12)
        for c in range(1, 14):
            ws.cell(r, c).fill = fill("DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=13)
        r += 1
        for risk, desc, owner, controls, inh, q1, q2, appetite, actions in risks:
            first = r
            vals = [risk, desc, owner, controls, inh, q1, q2, appetite]
            for c, v in enumerate(vals, 1):
                ws.cell(r, c, v)
            for c, n in ((5, inh), (6, q1), (7, q2)):
                ws.cell(r, c).fill = score_fill(n)
                ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="top")
            for ref, action, aowner, target, status in actions:
                ws.cell(r, 9, ref)
                ws.cell(r, 10, action)
                ws.cell(r, 11, aowner)
                tc = ws.cell(r, 12, target)
                if isinstance(target, dt.date):
                    tc.number_format = "dd/mm/yyyy"
                if status:
                    ws.cell(r, 13, status).fill = fill(STATUS_FILL[status])
                for c in range(1, 14):
                    ws.cell(r, c).border = BOX
                    if c not in (5, 6, 7):
                        ws.cell(r, c).alignment = WRAP
                r += 1
            for c in range(1, 9):
                ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    r += 1
    ws.cell(r, 1, "Status key: G – on track; A – some slippage; R – significantly off track; "
                  "B – complete. Blank – not yet started.")
    ws.cell(r + 1, 1, "Direction of travel is shown by comparing the Q1 and Q2 residual scores.")
    widths = [22, 42, 18, 40, 9, 9, 9, 10, 7, 48, 24, 12, 7]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Scoring matrix")
    sm["A1"] = "Risk scoring matrix (Likelihood × Impact)"
    sm["A1"].font = Font(bold=True)
    sm["A3"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        sm.cell(3, i + 1, i).font = Font(bold=True)
        sm.cell(i + 3, 1, 6 - i).font = Font(bold=True)
        for j in range(1, 6):
            n = (6 - i) * j
            sm.cell(i + 3, j + 1, n).fill = score_fill(n)
    sm["A10"] = "15–25 High (red)   8–12 Medium (amber)   1–6 Low (green)"
    wb.save(path(SLCC_FILE))


# ---------------------------------------------------------------------------
# 3. Sense - Retail Transformation Programme board, monday.com export (xlsx)
# ---------------------------------------------------------------------------
SENSE_FILE = "zcj-sense-retail-transformation-programme-tracker-monday-export.xlsx"
SENSE_TITLE = "Retail Transformation Programme – Highlight Tracker"
MONDAY = {"On track": "00C875", "At risk": "FDAB3D", "Off track": "E2445C", "Complete": "0086C0", "": "C4C4C4"}
# (group, [(name, person, status, timeline, priority, budget, update)])
SENSE = [
    ("Workstream 1 – Shop estate", [
        ("Close or relocate the six lowest-performing shops identified in the estate review",
         "Gareth Lloyd", "At risk", "2025-07-01 - 2025-12-19", "High", 45000,
         "Two leases have break clauses later than expected; landlord talks ongoing for Walsall and Rhyl."),
        ("Agree heads of terms for two new superstores in the Midlands",
         "Gareth Lloyd, Amira Haddad", "On track", "2025-09-01 - 2026-03-31", "Medium", 0,
         "Shortlist of four sites presented to Retail Board 30/09."),
    ]),
    ("Workstream 2 – Stock generation and pricing", [
        ("Roll out Gift Aid on donated goods at till in all shops in England",
         "Joanne Whitfield", "Complete", "2025-04-07 - 2025-08-29", "High", 12000,
         "Live in all 96 England shops; Gift Aid sign-up rate 38% in September."),
        ("Pilot dynamic pricing for high-value donations through the online store",
         "Ravi Chandran", "Off track", "2025-06-02 - 2025-10-31", "Medium", 8000,
         "Supplier integration failed testing twice; recovery plan going to Programme Board."),
        ("Open a stock processing hub at the Birmingham distribution centre",
         "Joanne Whitfield", "", "2026-01-05 - 2026-06-30", "Low", 60000,
         "Dependent on business case approval in December."),
    ]),
    ("Workstream 3 – Volunteers and people", [
        ("Launch a volunteer recruitment campaign for Saturday shop roles",
         "Sian Morgan", "On track", "2025-09-15 - 2025-11-28", "Medium", 5000,
         "Campaign creative signed off; local radio booked for October."),
        ("Deliver till and EPOS refresher training to all shop managers",
         "Sian Morgan, Ravi Chandran", "At risk", "2025-10-01 - 2026-01-30", "Medium", 3500,
         "Trainer capacity reduced; sessions may need to move online."),
    ]),
]


def build_sense():
    wb = Workbook()
    ws = wb.active
    ws.title = "Retail Transformation Programm"
    ws["A1"] = SENSE_TITLE
    ws["A1"].font = Font(bold=True, size=16)
    heads = ["Name", "Person", "Status", "Timeline", "Priority", "Budget (£)", "Latest update"]
    group_colours = ["579BFC", "A25DDC", "FF642E"]
    r = 3
    for gi, (group, items) in enumerate(SENSE):
        ws.cell(r, 1, group).font = Font(bold=True, size=13, color=group_colours[gi])
        r += 1
        for c, h in enumerate(heads, 1):
            ws.cell(r, c, h).font = Font(bold=True)
            ws.cell(r, c).alignment = Alignment(horizontal="center")
        r += 1
        for name, person, status, timeline, priority, budget, update in items:
            vals = [name, person, status, timeline, priority, budget, update]
            for c, v in enumerate(vals, 1):
                ws.cell(r, c, v)
            ws.cell(r, 3).fill = fill(MONDAY[status])
            ws.cell(r, 3).font = Font(color="FFFFFF")
            ws.cell(r, 3).alignment = Alignment(horizontal="center")
            ws.cell(r, 6).number_format = "#,##0"
            r += 1
        r += 1
    widths = [70, 28, 12, 24, 10, 12, 70]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(path(SENSE_FILE))


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
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.8))


# ---------------------------------------------------------------------------
# 4. Northern Ireland Screen - Board action log (docx)
# ---------------------------------------------------------------------------
NISCREEN_FILE = "zcj-northern-ireland-screen-board-action-log.docx"
NISCREEN_TITLE = "Northern Ireland Screen – Board Action Log"
# (meeting, [(ref, minute, action, owner, due, revised, update, rag)])
NISCREEN = [
    ("Board meeting – 27 March 2025", [
        ("B25/012", "6.3",
         "Provide the Board with a revised Screen Fund forecast reflecting the 2025-26 budget allocation from the Department for the Economy.",
         "Head of Finance & Corporate Services", "June 2025", "",
         "Presented at the June meeting (paper B25/39).", "B"),
        ("B25/014", "8.1",
         "Arrange a Board development session on the Procurement Act 2023 and the revised NI Public Procurement Policy.",
         "Board Secretary", "Sept 2025", "Nov 2025",
         "Trainer unavailable in September; session now booked for the November Board away day.", "A"),
    ]),
    ("Board meeting – 26 June 2025", [
        ("B25/031", "5.2",
         "Circulate the draft Equality Action Plan 2025-2030 to Board members for comment before submission to the Equality Commission.",
         "Head of Strategy & Policy", "31/08/2025", "",
         "Circulated 14 August; comments incorporated.", "B"),
        ("B25/033", "7.4",
         "Bring options for a below-the-line crew skills academy to the Board, including costs and partner contributions.",
         "Chief Executive / Head of Skills", "Sept 2025", "",
         "Paper not ready for September – partner contributions still being confirmed.", "R"),
        ("B25/035", "9.1",
         "Update the Register of Board Members' Interests and publish it on the website.",
         "Board Secretary", "Jul-25", "",
         "Published 3 July 2025.", "B"),
    ]),
    ("Board meeting – 25 September 2025", [
        ("B25/048", "4.2",
         "Commission an independent review of the Irish Language Broadcast Fund application process, with draft terms of reference to the Audit and Risk Assurance Committee.",
         "Chief Executive", "Jan 2026", "",
         "Draft terms of reference in preparation.", "G"),
        ("B25/050", "6.1",
         "Report Q2 performance against the 2025-26 Business Plan KPIs, including production spend in the NI economy.",
         "Head of Finance & Corporate Services", "Next meeting", "",
         "On the agenda for 27 November 2025.", "G"),
        ("B25/052", "8.3",
         "Write to the DfE Permanent Secretary about the case for a multi-year funding settlement.",
         "Chair", "Oct 2025", "",
         "Letter drafted for Chair's approval.", "G"),
    ]),
]
RAG_DOC = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}


def build_niscreen():
    doc = Document()
    landscape(doc)
    doc.add_heading(NISCREEN_TITLE, level=0)
    doc.add_paragraph("Position following the Board meeting of 25 September 2025. Actions reported as complete "
                      "are shown once and then removed from the log.")
    doc.add_paragraph("RAG status key", style="Heading 3")
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (k, meaning) in enumerate([("R", "Overdue – not completed by the due date"),
                                      ("A", "Revised due date agreed by the Board"),
                                      ("G", "On track / not yet due"),
                                      ("B", "Complete")]):
        set_cell(key.rows[i].cells[0], k, bold=True)
        shade(key.rows[i].cells[0], RAG_DOC[k])
        set_cell(key.rows[i].cells[1], meaning)
    doc.add_paragraph("")
    heads = ["Ref", "Minute", "Action", "Owner", "Due", "Revised due", "Update", "RAG"]
    n_rows = 1 + sum(1 + len(items) for _, items in NISCREEN)
    t = doc.add_table(rows=n_rows, cols=len(heads))
    t.style = "Table Grid"
    for c, h in enumerate(heads):
        set_cell(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "BDD7EE")
    r = 1
    for meeting, items in NISCREEN:
        row = t.rows[r]
        merged = row.cells[0].merge(row.cells[len(heads) - 1])
        set_cell(merged, meeting, bold=True, size=10)
        shade(merged, "E7E6E6")
        r += 1
        for ref, minute, action, owner, due, revised, update, rag in items:
            cells = t.rows[r].cells
            for c, v in enumerate([ref, minute, action, owner, due, revised, update, rag]):
                set_cell(cells[c], v)
            shade(cells[7], RAG_DOC[rag])
            r += 1
    widths = [Cm(1.8), Cm(1.4), Cm(8.5), Cm(3.6), Cm(2.0), Cm(2.0), Cm(5.5), Cm(1.1)]
    for row in t.rows:
        for c, w in enumerate(widths):
            row.cells[c].width = w
    doc.add_paragraph("")
    doc.add_paragraph("Board Secretary, 2 October 2025")
    doc.save(path(NISCREEN_FILE))


# ---------------------------------------------------------------------------
# 5. Blue Cross - Charity Commission regulatory compliance case action plan (docx)
# ---------------------------------------------------------------------------
BLUECROSS_FILE = "zcj-blue-cross-charity-commission-regulatory-compliance-action-plan.docx"
BLUECROSS_TITLE = "Blue Cross – Charity Commission Regulatory Compliance Case: Trustees' Action Plan"
# (area, [(advice, [(no, action, lead, deadline, progress, status)])])
BLUECROSS = [
    ("Area 1: Governance and trustee oversight", [
        ("Commission advice 1.1: The trustees should satisfy themselves that they receive sufficient and timely information on data protection and cyber security risks to discharge their duty to act with reasonable care and skill.",
         [("1.1.1", "Add a standing cyber and data protection report to every Audit and Risk Committee agenda, with an annual deep dive to the full Board.",
           "Company Secretary and Head of Governance", "30 September 2025",
           "Standing item added from the July 2025 meeting; deep dive scheduled for the February Board.", "Complete"),
          ("1.1.2", "Appoint a trustee with digital and information security expertise through the 2025 trustee recruitment round.",
           "Chair of Trustees; Chair of Nominations Committee", "December 2025",
           "Role advertised; interviews on 20 November.", "On track")]),
        ("Commission advice 1.2: The trustees should review the charity's scheme of delegation so that decisions on significant IT contracts are taken at the right level.",
         [("1.2.1", "Revise the scheme of delegation to require Board approval for IT contracts above £250,000 or involving the personal data of more than 10,000 supporters.",
           "Director of Finance and Resources", "31/10/2025",
           "Draft with the Finance Committee; may slip to the December Board.", "At risk")]),
    ]),
    ("Area 2: Data protection and information security", [
        ("Commission advice 2.1: The charity should complete the remedial actions identified in the post-incident forensic report and be able to evidence them to the Commission.",
         [("2.1.1", "Enforce multi-factor authentication on all staff and volunteer accounts, including legacy rehoming centre devices.",
           "Chief Digital Officer", "August 2025",
           "MFA enforced on 100% of accounts from 22 August 2025.", "Complete"),
          ("2.1.2", "Replace the unsupported supporter database server and decommission the legacy backup environment.",
           "Chief Digital Officer", "February 2026",
           "Deadline revised from November 2025 with the agreement of the Commission's case officer; migration testing under way.", "At risk"),
          ("2.1.3", "Commission an independent penetration test and report the findings to the Audit and Risk Committee.",
           "Head of Information Security", "January 2026",
           "To follow completion of action 2.1.2.", "Not started")]),
        ("Commission advice 2.2: The trustees should ensure that staff and volunteers understand how to recognise and report a data incident.",
         [("2.2.1", "Make the data protection and cyber awareness e-learning module mandatory for all staff and volunteers with system access, with completion rates reported quarterly.",
           "Director of People", "Ongoing",
           "Completion at 87% of staff and 64% of volunteers at 30 September.", "On track")]),
    ]),
    ("Area 3: Reporting to the Commission", [
        ("Commission advice 3.1: The trustees should keep the Commission informed of progress and report any further serious incidents promptly.",
         [("3.1.1", "Submit a written progress report on this action plan to the Commission's case officer.",
           "Company Secretary and Head of Governance", "By 31 March 2026",
           "First interim update sent 1 October 2025.", "On track"),
          ("3.1.2", "Update the serious incident reporting policy to reflect the Commission's current guidance and circulate it to the senior leadership team.",
           "Company Secretary and Head of Governance", "End of November 2025",
           "Draft policy prepared.", "On track"),
          ("3.1.3", "Include a summary of the incident and the lessons learned in the trustees' annual report for 2025.",
           "Director of Finance and Resources / Head of Communications", "April 2026",
           "", "Not started")]),
    ]),
]
BC_STATUS_FILL = {"Complete": "9DC3E6", "On track": "A9D18E", "At risk": "FFD966", "Off track": "F4B183", "Not started": "FFFFFF"}


def build_bluecross():
    doc = Document()
    landscape(doc)
    doc.add_heading(BLUECROSS_TITLE, level=0)
    doc.add_paragraph("Serious incident report: cyber incident affecting supporter data, March 2025")
    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.3 – progress update"),
                                ("Date", "6 October 2025"),
                                ("Owner", "Company Secretary and Head of Governance"),
                                ("Approved by", "Board of Trustees, 17 July 2025 (v1.0)")]):
        set_cell(dc.rows[i].cells[0], k, bold=True, size=10)
        shade(dc.rows[i].cells[0], "D9E2F3")
        set_cell(dc.rows[i].cells[1], v, size=10)
    doc.add_paragraph("")
    doc.add_paragraph(
        "Following the charity's serious incident report, the Charity Commission opened a regulatory compliance "
        "case and provided regulatory advice and guidance to the trustees. This plan sets out the actions the "
        "trustees have agreed in response to each point of advice, with progress at 30 September 2025.")
    heads = ["No.", "Action", "Lead", "Deadline", "Progress at 30 September 2025", "Status"]
    widths = [Cm(1.4), Cm(8.0), Cm(4.2), Cm(3.0), Cm(6.5), Cm(2.2)]
    for area, advices in BLUECROSS:
        doc.add_heading(area, level=1)
        for advice, actions in advices:
            p = doc.add_paragraph()
            p.add_run(advice).bold = True
            t = doc.add_table(rows=1 + len(actions), cols=len(heads))
            t.style = "Table Grid"
            for c, h in enumerate(heads):
                set_cell(t.rows[0].cells[c], h, bold=True)
                shade(t.rows[0].cells[c], "BDD7EE")
            for r, (no, action, lead, deadline, progress, status) in enumerate(actions, 1):
                for c, v in enumerate([no, action, lead, deadline, progress, status]):
                    set_cell(t.rows[r].cells[c], v)
                shade(t.rows[r].cells[5], BC_STATUS_FILL[status])
            for row in t.rows:
                for c, w in enumerate(widths):
                    row.cells[c].width = w
            doc.add_paragraph("")
    doc.add_heading("Status key", level=2)
    k = doc.add_table(rows=5, cols=2)
    k.style = "Table Grid"
    for i, (s, meaning) in enumerate([("Complete", "Action delivered and evidence held (Blue)"),
                                      ("On track", "Expected to be delivered by the deadline (Green)"),
                                      ("At risk", "Deadline may be missed (Amber)"),
                                      ("Off track", "Deadline will be missed (Red)"),
                                      ("Not started", "Work not yet due to begin")]):
        set_cell(k.rows[i].cells[0], s, bold=True)
        shade(k.rows[i].cells[0], BC_STATUS_FILL[s])
        set_cell(k.rows[i].cells[1], meaning)
    doc.save(path(BLUECROSS_FILE))


# ---------------------------------------------------------------------------
# 6. Alsager Town Council - internal audit action plan 2024/25 (csv, refuse)
# ---------------------------------------------------------------------------
ALSAGER_FILE = "zcj-alsager-town-council-internal-audit-action-plan-2024-25-typo-month-refuse.csv"
ALSAGER_TITLE = "Alsager Town Council"
ALSAGER_ROWS = [
    ["Alsager Town Council", "", "", "", "", "", ""],
    ["Internal Audit 2024/25 – Action Plan", "", "", "", "", "", ""],
    ["Internal auditor's report dated 22 April 2025; responses agreed by the Finance and General Purposes Committee, 10 June 2025", "", "", "", "", "", ""],
    ["", "", "", "", "", "", ""],
    ["Ref", "AGAR control objective", "Internal auditor's recommendation", "Action agreed", "Responsible", "Target date", "Status"],
    ["1", "A. Appropriate accounting records have been properly kept throughout the financial year",
     "Bank reconciliations should be reviewed and signed by a councillor who is not a bank signatory, at least quarterly.",
     "Nominate a non-signatory councillor to verify and sign the bank reconciliation each quarter and minute it at F&GP.",
     "Town Clerk", "Jul-25", "Complete"],
    ["2", "B. This authority complied with its financial regulations, payments were supported by invoices, all expenditure was approved and VAT was appropriately accounted for",
     "Financial Regulations should be updated to the 2024 NALC model and readopted.",
     "Review Financial Regulations against the 2024 NALC model and present to Full Council for adoption.",
     "Town Clerk", "Sept 2025", "In progress"],
    ["3", "",
     "Online payments should be authorised by two members in line with the Financial Regulations.",
     "Set up dual authorisation on the Unity Trust account and remove single-user payment rights.",
     "Responsible Financial Officer", "Aug-25", "Complete"],
    ["4", "C. This authority assessed the significant risks to achieving its objectives and reviewed the adequacy of arrangements to manage these",
     "The risk register should be reviewed by Council at least annually and cover the Milton Park pavilion.",
     "Update the risk register to include the pavilion and present to Full Council.",
     "Deputy Town Clerk", "Oct-25", "In progress"],
    ["5", "D. The precept or rates requirement resulted from an adequate budgetary process; progress against the budget was regularly monitored; and reserves were appropriate",
     "The Council should adopt a reserves policy setting out the purpose and target level of each earmarked reserve.",
     "Draft a reserves policy for consideration with the 2026/27 budget and precept.",
     "Responsible Financial Officer", "Janaury 2026", "Not started"],
    ["6", "E. Expected income was fully received, based on correct prices, properly recorded and promptly banked; and VAT was appropriately accounted for",
     "Allotment and hall hire charges should be reviewed annually and approved by Council.",
     "Include a review of fees and charges in the budget-setting timetable each November.",
     "Deputy Town Clerk", "Nov-25", "Not started"],
    ["7", "G. Salaries to employees and allowances to members were paid in accordance with this authority's approvals, and PAYE and NI requirements were properly applied",
     "Contracts of employment should be held on file for all staff, including casual caretakers.",
     "Issue written contracts to the two casual caretakers and file signed copies.",
     "Town Clerk", "Aug-25", "Complete"],
    ["8", "L. The authority published information on a free to access website/webpage up to date at the time of the internal audit in accordance with any relevant transparency code requirements",
     "The website should include the 2023/24 AGAR and notice of the period for the exercise of public rights.",
     "Publish the missing documents and add the AGAR publication dates to the Clerk's annual calendar.",
     "Town Clerk", "Jun-25", "Complete"],
    ["", "", "", "", "", "", ""],
    ["Status at 30 September 2025: 4 complete, 2 in progress, 2 not started.", "", "", "", "", "", ""],
]


def build_alsager():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in ALSAGER_ROWS:
        w.writerow(row)
    with open(path(ALSAGER_FILE), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Southeastern - ORR improvement notices action tracker (tab-separated txt)
# ---------------------------------------------------------------------------
SE_FILE = "zcj-southeastern-orr-improvement-notices-action-tracker.txt"
SE_TITLE = "ORR Improvement Notices – Compliance Action Tracker"
SE_NCOLS = 7
# (notice heading, [(no, action, owner, original, revised, status, comments)])
SOUTHEASTERN = [
    ("Improvement Notice I/20250303/RH/01 – Train dispatch risk assessment at curved platforms (compliance date 30/09/2025)", [
        ("1.1", "Review and reissue the train dispatch risk assessments for the 14 stations with curved platforms, using the RSSB dispatch guidance.",
         "Head of Operations Standards", "30/06/2025", "", "Complete", "Reissued 27/06/2025 and shared with the ORR inspector."),
        ("1.2", "Install additional dispatch mirrors and monitors at the six highest-risk locations identified in the review.",
         "Infrastructure Programme Manager; Network Rail Kent Route Asset Manager", "31/08/2025", "30/11/2025", "Amber",
         "Four of six locations complete; two require possessions in November."),
        ("1.3", "Brief all dispatch staff and conductors on the revised procedure and record competence in the competence management system.",
         "Operations Training Manager", "31/07/2025", "", "Green", "92% briefed; remainder on long-term absence."),
    ]),
    ("Improvement Notice I/20250512/RH/02 – Control of hand-arm vibration risks for depot maintenance staff (compliance date extended to 31/12/2025)", [
        ("2.1", "Complete HAV risk assessments for all powered hand tools in use at Slade Green and Ramsgate depots.",
         "Depot Health and Safety Advisor", "Jun-25", "", "Complete", "All 143 tools assessed."),
        ("2.2", "Introduce tool tagging and exposure monitoring with weekly exposure reports to depot managers.",
         "Depot Manager, Slade Green", "Sep-25", "Dec-25", "Amber", "Monitoring system delivered late; Ramsgate live, Slade Green from November."),
        ("2.3", "Refer all staff reporting symptoms to occupational health for tiered health surveillance.",
         "Head of Occupational Health and Wellbeing", "31/10/2025", "", "Green", "27 referrals made to date."),
        ("2.4", "Update the depot procurement standard so that low-vibration tools are specified for all replacements.",
         "Head of Procurement", "Q4 2025/26", "", "Not started", ""),
    ]),
    ("Improvement Notice I/20250801/JT/01 – Fatigue risk management for on-call engineering staff (compliance date 31/01/2026)", [
        ("3.1", "Apply fatigue and risk index checks to all on-call engineering rosters before publication.",
         "Head of Fleet Engineering / Rostering Manager", "30/11/2025", "", "Green", "Tool procured; rosters from December checked in parallel."),
        ("3.2", "Audit compliance with the fatigue management standard at all depots and report the findings to the SHE Committee.",
         "Safety Assurance Manager", "January 2026", "", "Green", "Audit programme agreed."),
    ]),
]


def se_lines():
    def row(*cells):
        cells = list(cells) + [""] * (SE_NCOLS - len(cells))
        return "\t".join(cells)
    out = [row("Southeastern (SE Trains Limited)"),
           row(SE_TITLE),
           row("Report to the Safety, Health and Environment Committee – 14 October 2025"),
           row(),
           row("Action No", "Action", "Owner", "Original date", "Revised date", "Status", "Comments")]
    for notice, actions in SOUTHEASTERN:
        out.append(row(notice))
        for a in actions:
            out.append(row(*a))
    out.append(row())
    out.append(row("Summary", "Complete: 2", "Green: 4", "Amber: 2", "Red: 0", "Not started: 1"))
    out.append(row("Note: compliance dates are those on the ORR notices. ORR agreed to extend notice I/20250512/RH/02 on 19 September 2025."))
    return out


def build_southeastern():
    with open(path(SE_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(se_lines()) + "\r\n")


if __name__ == "__main__":
    build_citizen()
    build_slcc()
    build_sense()
    build_niscreen()
    build_bluecross()
    build_alsager()
    build_southeastern()
    print("built 7 zcj- files")
