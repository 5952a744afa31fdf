#!/usr/bin/env python3
"""Build the seven zpr- blind test files (set heldout728).

Run with /work/main/.venv/bin/python zpr_make.py ; files are written beside this script.
Only files whose names start with zpr- are written.
"""
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


def out(name):
    assert name.startswith("zpr-")
    return os.path.join(HERE, name)


D = dt.datetime
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "R": PatternFill("solid", fgColor="FF0000"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "G": PatternFill("solid", fgColor="00B050"),
    "B": PatternFill("solid", fgColor="00B0F0"),
    "hdr": PatternFill("solid", fgColor="1F4E78"),
    "sec": PatternFill("solid", fgColor="DDEBF7"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
}
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def header_row(ws, row, values, fill=FILL["hdr"], font=WHITE_BOLD):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.fill = fill
        c.font = font
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


# ---------------------------------------------------------------------------
# 1. SEPA – Audit and Risk Committee internal audit recommendations tracker
# ---------------------------------------------------------------------------
SEPA_FILE = "zpr-sepa-audit-and-risk-committee-internal-audit-recommendations-tracker.xlsx"

SEPA_OPEN = [
    # (section heading, [ (recommendation, grade, [ (ref, action, owner, orig, revised, rag, update) ]) ])
    ("Cyber Security Incident Response (IA 2023/24-05)", [
        ("SEPA should formally test its Cyber Incident Response Plan at least annually, including a "
         "scenario involving the loss of core regulatory systems.", "Grade 4", [
            ("1.1", "Deliver a facilitated cyber exercise with the Corporate Leadership Team and record "
             "lessons learned in the Digital risk register.",
             "Head of Digital / Information Security Manager", D(2025, 3, 31), D(2025, 12, 31), "A",
             "Exercise scheduled for 9 December 2025 with support from the Scottish Government Cyber "
             "Resilience Unit. Revised date agreed by CLT in June 2025."),
        ]),
        ("Backup restoration testing should be carried out to a schedule, evidenced and reported to "
         "the Digital Board.", "Grade 3", [
            ("1.2(a)", "Introduce a quarterly restoration test schedule covering the permitting, flood "
             "warning and finance systems.",
             "Infrastructure Manager", D(2025, 6, 30), D(2026, 1, 31), "G",
             "Q1 and Q2 tests completed for permitting and finance; flood warning test moved to "
             "January to avoid the winter flood season."),
            ("1.2(b)", "Report restoration test results to the Digital Board as a standing agenda item.",
             "Head of Digital", D(2025, 9, 30), None, "G",
             "Standing item added from the September 2025 Digital Board."),
        ]),
    ]),
    ("Procurement and Contract Management (IA 2024/25-02)", [
        ("A central contract register should be maintained and reviewed regularly for contracts "
         "approaching expiry.", "Grade 3", [
            ("2.1", "Migrate all live contracts onto the Public Contracts Scotland contract register "
             "module and set six-month expiry alerts.",
             "Procurement Manager", D(2025, 10, 31), None, "R",
             "Data cleanse of 312 contracts is 70% complete. Migration delayed by a vacancy in the "
             "procurement team; revised date to be proposed to the February 2026 Committee."),
        ]),
        ("Single-source justifications should be approved in line with the Scheme of Delegation.",
         "Grade 2", [
            ("2.2", "Update the Single Tender Action form to require Chief Finance Officer sign-off "
             "above £50,000 and re-issue guidance to budget holders.",
             "Chief Finance Officer", D(2025, 11, 30), None, "G",
             "Revised form drafted and with Legal Services for review."),
        ]),
    ]),
    ("Board Effectiveness and Corporate Governance (IA 2024/25-04)", [
        ("The register of Board members' interests should be reviewed and published annually.",
         "Grade 2", [
            ("3.1", "Publish the updated register of interests on the SEPA website following the "
             "annual declaration exercise.",
             "Chief Officer Governance, Performance & Engagement", D(2026, 1, 31), None, None,
             "Not yet due. Declaration forms issued to Board members on 3 November 2025."),
        ]),
    ]),
]

SEPA_CLOSED = [
    ("2.3", "Procurement and Contract Management (IA 2024/25-02)",
     "Reduce the default purchase card single transaction limit to £1,000 and review the list of "
     "cardholders.", "Finance Business Partner", D(2025, 9, 30), D(2025, 9, 19), "Complete"),
    ("3.2", "Board Effectiveness and Corporate Governance (IA 2024/25-04)",
     "Present revised Audit and Risk Committee terms of reference to the Agency Board for approval.",
     "Board Secretary", D(2025, 9, 30), D(2025, 9, 26), "Complete"),
]


def make_sepa():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Scottish Environment Protection Agency"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Committee – 18 November 2025"
    ws["A3"] = "Internal Audit Recommendations Tracker"
    ws["A3"].font = Font(bold=True, size=13)
    ws["A4"] = "Agenda item 7"
    ws["A6"] = ("Purpose: to update the Committee on progress with agreed management actions arising from "
                "internal audit reports. Actions completed since the last meeting are listed on the "
                "'Closed since last ARC' sheet and will be removed from the next report.")
    ws.merge_cells("A6:D6")
    ws["A6"].alignment = WRAP
    ws.row_dimensions[6].height = 48
    ws["A8"] = "Recommendation grading"
    ws["A8"].font = Font(bold=True)
    grades = [
        ("Grade 5", "Very high risk exposure – major concerns requiring immediate senior management attention."),
        ("Grade 4", "High risk exposure – absence of, or failure to comply with, key controls."),
        ("Grade 3", "Moderate risk exposure – controls are not working effectively and efficiently."),
        ("Grade 2", "Limited risk exposure – controls are working but could be improved."),
        ("Grade 1", "Very low risk exposure – housekeeping; monitored by management only."),
    ]
    for i, (g, t) in enumerate(grades, start=9):
        ws.cell(row=i, column=1, value=g).border = BOX
        c = ws.cell(row=i, column=2, value=t)
        c.border = BOX
        ws.merge_cells(start_row=i, start_column=2, end_row=i, end_column=4)
    ws["A15"] = "RAG key"
    ws["A15"].font = Font(bold=True)
    key = [
        ("B", "Complete – evidence provided to Internal Audit"),
        ("G", "On track to meet the due date"),
        ("A", "At risk – revised date agreed or due date likely to be missed"),
        ("R", "Overdue against the due date with no agreed revision"),
    ]
    for i, (k, t) in enumerate(key, start=16):
        c = ws.cell(row=i, column=1, value=k)
        c.fill = FILL[k]
        c.border = BOX
        ws.cell(row=i, column=2, value=t).border = BOX
        ws.merge_cells(start_row=i, start_column=2, end_row=i, end_column=4)
    ws.column_dimensions["A"].width = 12
    for col in "BCD":
        ws.column_dimensions[col].width = 30

    # Summary sheet – totals only
    ss = wb.create_sheet("Summary")
    ss["A1"] = "Summary of actions reported to this Committee (position at 31 October 2025)"
    ss["A1"].font = Font(bold=True, size=12)
    header_row(ss, 3, ["Grade", "B", "G", "A", "R", "Not rated", "Total"])
    rows = [
        ("Grade 4", 0, 0, 1, 0, 0, 1),
        ("Grade 3", 0, 2, 0, 1, 0, 3),
        ("Grade 2", 2, 1, 0, 0, 1, 4),
        ("Total", 2, 3, 1, 1, 1, 8),
    ]
    for r, vals in enumerate(rows, start=4):
        for c, v in enumerate(vals, start=1):
            cell = ss.cell(row=r, column=c, value=v)
            cell.border = BOX
            if vals[0] == "Total":
                cell.font = Font(bold=True)
    ss.column_dimensions["A"].width = 14
    ss["A9"] = "Grade 1 actions are monitored by management and are not reported to the Committee."

    # Open actions
    op = wb.create_sheet("Open actions")
    op["A1"] = "Internal Audit Recommendations Tracker – open actions at 31 October 2025"
    op["A1"].font = Font(bold=True, size=12)
    op.merge_cells("A1:I1")
    header_row(op, 3, ["Ref", "Recommendation", "Grade", "Agreed management action", "Action owner",
                       "Original due date", "Revised due date", "RAG", "Progress update (October 2025)"])
    r = 4
    for section, recs in SEPA_OPEN:
        c = op.cell(row=r, column=1, value=section)
        c.font = Font(bold=True)
        for col in range(1, 10):
            op.cell(row=r, column=col).fill = FILL["sec"]
        op.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec, grade, actions in recs:
            first = r
            op.cell(row=r, column=2, value=rec)
            op.cell(row=r, column=3, value=grade)
            for ref, act, owner, orig, rev, rag, upd in actions:
                op.cell(row=r, column=1, value=ref)
                op.cell(row=r, column=4, value=act)
                op.cell(row=r, column=5, value=owner)
                c = op.cell(row=r, column=6, value=orig)
                c.number_format = "DD/MM/YYYY"
                c = op.cell(row=r, column=7, value=rev)
                c.number_format = "DD/MM/YYYY"
                c = op.cell(row=r, column=8, value=rag)
                if rag:
                    c.fill = FILL[rag]
                    c.alignment = Alignment(horizontal="center", vertical="top")
                op.cell(row=r, column=9, value=upd)
                for col in range(1, 10):
                    cc = op.cell(row=r, column=col)
                    cc.border = BOX
                    if col != 8:
                        cc.alignment = WRAP
                r += 1
            if r - first > 1:
                op.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                op.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    op.cell(row=r, column=1, value="Note: dates shown are the dates agreed with management in the original "
                                   "audit report; revised dates have been agreed by the Corporate Leadership Team.")
    for col, w in zip("ABCDEFGHI", (8, 40, 9, 45, 26, 13, 13, 6, 48)):
        op.column_dimensions[col].width = w
    op.freeze_panes = "A4"

    # Closed since last ARC
    cl = wb.create_sheet("Closed since last ARC")
    cl["A1"] = "Actions closed since the Audit and Risk Committee on 2 September 2025"
    cl["A1"].font = Font(bold=True, size=12)
    header_row(cl, 3, ["Ref", "Audit report", "Agreed management action", "Action owner", "Due date",
                       "Date closed", "Status"])
    for i, row in enumerate(SEPA_CLOSED, start=4):
        for c, v in enumerate(row, start=1):
            cell = cl.cell(row=i, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
            if isinstance(v, dt.datetime):
                cell.number_format = "DD/MM/YYYY"
    for col, w in zip("ABCDEFG", (8, 36, 50, 24, 12, 12, 12)):
        cl.column_dimensions[col].width = w
    wb.save(out(SEPA_FILE))


# ---------------------------------------------------------------------------
# 2. HSENI – corporate risk register 2025-26 (Q2), fill-colour progress
# ---------------------------------------------------------------------------
HSENI_FILE = "zpr-hseni-corporate-risk-register-2025-26.xlsx"

HSENI_RISKS = [
    ("CR1 – Inspection and enforcement capacity",
     "Risk: There is a risk that HSENI cannot deliver its planned programme of proactive inspections and "
     "reactive investigations because of vacancies in specialist inspector posts.   Risk owner: Chief "
     "Executive.   Residual rating: 4,4 (16) – above appetite.",
     [
         ("CR1.1", "Complete the 2025-26 inspector recruitment competition and appoint to the six vacant "
          "inspector posts.", "Head of Corporate Services", "31/12/2025", "", "G",
          "Interviews held in September 2025; four candidates at pre-employment checks."),
         ("CR1.2", "Agree a workforce plan with the Department for the Economy setting out succession "
          "arrangements for specialist inspectors (major hazards, mines and quarries).",
          "Chief Executive", "31/10/2025", "31/03/2026", "A",
          "Draft plan shared with DfE sponsor branch; comments awaited."),
         ("CR1.3", "Introduce a trainee inspector development programme with Ulster University.",
          "Head of HR / Head of Operations (Field)", "Q4 2025/26", "", "G",
          "Programme outline agreed; first intake planned for February 2026."),
     ]),
    ("CR2 – Information and cyber security",
     "Risk: There is a risk of loss or compromise of enforcement and investigation data through a cyber "
     "attack or information handling failure.   Risk owner: Deputy Chief Executive.   Residual rating: "
     "4,3 (12) – within appetite.",
     [
         ("CR2.1", "Migrate the case management system to the NICS cloud hosting platform and "
          "decommission the legacy server.", "Head of Information Services", "30/06/2025", "30/11/2025",
          "R", "Migration paused after data mapping errors found in testing; supplier fix expected "
          "December 2025."),
         ("CR2.2", "Deliver mandatory cyber security awareness training to all staff and record completion "
          "on the learning system.", "Information Governance Manager", "30/09/2025", "", "B",
          "98% completion at 30 September 2025. Action closed."),
     ]),
    ("CR3 – Financial sustainability",
     "Risk: There is a risk that the budget allocation for 2026-27 is insufficient to meet pay and "
     "statutory pressures, leading to reduced services.   Risk owner: Deputy Chief Executive.   "
     "Residual rating: 3,4 (12) – above appetite.",
     [
         ("CR3.1", "Submit the 2026-27 budget bid to the Department for the Economy setting out unfunded "
          "pressures and their impact on front-line services.", "Head of Finance", "November 2025", "",
          "G", "Bid in preparation for submission by 21 November 2025."),
         ("CR3.2", "Review fees charged under the health and safety fees regulations and consult on an "
          "uplift.", "Head of Finance; Head of Policy", "Ongoing", "", "G",
          "Benchmarking against GB fees complete; consultation paper being drafted."),
     ]),
]


def make_hseni():
    wb = Workbook()
    ws = wb.active
    ws.title = "Key"
    ws["A1"] = "Health and Safety Executive for Northern Ireland"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Corporate Risk Register 2025-26 – Quarter 2 review (to 30 September 2025)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Reviewed by the Senior Management Team on 14 October 2025; for the Audit and Risk Assurance "
                "Committee on 4 November 2025.")
    ws["A5"] = "Risk scoring (Impact x Likelihood)"
    ws["A5"].font = Font(bold=True)
    header_row(ws, 6, ["Score", "Risk level"])
    bands = [("15 – 25", "Extreme"), ("9 – 12", "High"), ("4 – 8", "Medium"), ("1 – 3", "Low")]
    for i, (s, l) in enumerate(bands, start=7):
        ws.cell(row=i, column=1, value=s).border = BOX
        ws.cell(row=i, column=2, value=l).border = BOX
    ws["A12"] = "Action progress (colour of the Progress cell on the CRR sheet)"
    ws["A12"].font = Font(bold=True)
    prog = [("G", "Action on track"), ("A", "Minor slippage – revised target date set"),
            ("R", "Significant slippage or overdue"), ("B", "Action complete")]
    for i, (k, t) in enumerate(prog, start=13):
        ws.cell(row=i, column=1).fill = FILL[k]
        ws.cell(row=i, column=1).border = BOX
        ws.cell(row=i, column=2, value=t).border = BOX
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 44

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Corporate risk summary – Q2 2025-26"
    sm["A1"].font = Font(bold=True, size=12)
    header_row(sm, 3, ["Risk No", "Corporate risk", "Inherent (I,L)", "Residual (I,L)", "Risk appetite",
                       "Change since Q1"])
    summ = [
        ("CR1", "Inspection and enforcement capacity", "5,4", "4,4", "Cautious", "None"),
        ("CR2", "Information and cyber security", "5,4", "4,3", "Averse", "Increase"),
        ("CR3", "Financial sustainability", "4,5", "3,4", "Cautious", "None"),
    ]
    for i, row in enumerate(summ, start=4):
        for c, v in enumerate(row, start=1):
            sm.cell(row=i, column=c, value=v).border = BOX
    sm.column_dimensions["B"].width = 40
    for col in "CDEF":
        sm.column_dimensions[col].width = 15

    cr = wb.create_sheet("CRR")
    cr["A1"] = "Corporate Risk Register 2025-26 – further actions and progress at Q2"
    cr["A1"].font = Font(bold=True, size=12)
    cr.merge_cells("A1:G1")
    header_row(cr, 3, ["Ref", "Further action required", "Action owner", "Target date",
                       "Revised target date", "Progress", "Q2 update"])
    r = 4
    for heading, desc, actions in HSENI_RISKS:
        c = cr.cell(row=r, column=1, value=heading)
        c.font = Font(bold=True)
        for col in range(1, 8):
            cr.cell(row=r, column=col).fill = FILL["grey"]
        cr.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        c = cr.cell(row=r, column=1, value=desc)
        c.font = Font(italic=True)
        c.alignment = WRAP
        cr.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        cr.row_dimensions[r].height = 32
        r += 1
        for ref, act, owner, tgt, rev, prog_k, upd in actions:
            vals = [ref, act, owner, tgt, rev or None, None, upd]
            for col, v in enumerate(vals, start=1):
                cell = cr.cell(row=r, column=col, value=v)
                cell.border = BOX
                cell.alignment = WRAP
            cr.cell(row=r, column=6).fill = FILL[prog_k]
            r += 1
    for col, w in zip("ABCDEFG", (8, 55, 30, 14, 14, 9, 50)):
        cr.column_dimensions[col].width = w
    wb.save(out(HSENI_FILE))


# ---------------------------------------------------------------------------
# 3. University of Manchester – HSE improvement notices tracker (Smartsheet export)
# ---------------------------------------------------------------------------
UOM_FILE = "zpr-university-of-manchester-hse-improvement-notices-smartsheet-export.xlsx"

UOM_ROWS = [
    # (level, task, notice, assigned, status, rag, start, due, pct, comments)
    (0, "IN 1 – COSHH Regulations 2002, Reg 9: LEV thorough examination and testing (Chemistry Building)",
     "IN/319845612", None, "In Progress", None, D(2025, 6, 23), D(2025, 11, 28), 0.6,
     "Compliance date extended by HM Inspector from 29/09/2025 to 28/11/2025."),
    (1, "Commission a competent LEV examiner to complete the thorough examination of all 84 fume cupboards "
        "and record the results", "IN/319845612", "Grace Okafor", "Complete", "Blue", D(2025, 6, 30),
     D(2025, 8, 29), 1, "Examination completed 22/08/2025; 6 cupboards failed and were taken out of use."),
    (1, "Repair or replace the fume cupboards that failed examination and retest before return to use",
     "IN/319845612", "Daniel Whitworth, Grace Okafor", "In Progress", "Yellow", D(2025, 9, 1),
     D(2025, 11, 28), 0.5, "Four repaired and passed retest; two awaiting replacement extract fans "
                           "(8 week lead time)."),
    (1, "Set up an LEV register in the Estates CAFM system with 14-month examination reminders",
     "IN/319845612", "Daniel Whitworth", "In Progress", "Green", D(2025, 9, 1), D(2025, 10, 31), 0.8,
     "Register built; reminders being tested."),
    (1, "Deliver LEV user checks training to technical staff in the Department of Chemistry",
     "IN/319845612", "Priya Raman", "Not Started", None, D(2025, 11, 3), D(2025, 12, 19), 0, None),
    (0, "IN 2 – Work at Height Regulations 2005, Reg 4: planning and supervision of roof access (Estates)",
     "IN/319845613", None, "In Progress", None, D(2025, 6, 23), D(2025, 10, 31), 0.7, None),
    (1, "Survey all roof areas and produce a roof access register identifying fragile surfaces and edge "
        "protection", "IN/319845613", "Mark Tennant", "Complete", "Blue", D(2025, 6, 30), D(2025, 8, 15), 1,
     "Register issued to Estates Operations 14/08/2025."),
    (1, "Introduce a roof access permit-to-work for Estates staff and contractors", "IN/319845613",
     "Mark Tennant", "Complete", "Blue", D(2025, 8, 18), D(2025, 9, 30), 1, "Permit live from 29/09/2025."),
    (1, "Install permanent edge protection on the Stopford Building and Simon Building roof plant areas",
     "IN/319845613", "Mark Tennant, Daniel Whitworth", "In Progress", "Red", D(2025, 8, 18),
     D(2025, 10, 31), 0.4, "Contractor mobilisation delayed; HSE inspector informed 20/10/2025. New date to "
                           "be agreed."),
    (0, "Assurance and learning", None, None, "Not Started", None, D(2025, 12, 1), D(2026, 1, 15), 0, None),
    (1, "Report closure of both notices to the Health and Safety Committee and the Audit and Risk Committee",
     None, "Jo Harrison", "Not Started", None, D(2025, 12, 1), D(2026, 1, 15), 0, None),
]


def make_uom():
    wb = Workbook()
    ws = wb.active
    ws.title = "HSE Improvement Notices 2025"
    cols = ["Task Name", "Notice Ref", "Assigned To", "Status", "RAG", "Start Date", "Due Date",
            "% Complete", "Comments", "Modified"]
    for i, v in enumerate(cols, start=1):
        c = ws.cell(row=1, column=i, value=v)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="E7E6E6")
    ws.sheet_properties.outlinePr.summaryBelow = False
    modified = D(2025, 11, 10, 16, 42)
    for r, (lvl, task, notice, who, status, rag, start, due, pct, comm) in enumerate(UOM_ROWS, start=2):
        vals = [task, notice, who, status, rag, start, due, pct, comm, modified]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            if isinstance(v, dt.datetime):
                cell.number_format = "DD/MM/YY" if c != 10 else "DD/MM/YY HH:MM"
        ws.cell(row=r, column=8).number_format = "0%"
        if lvl == 0:
            for c in range(1, 11):
                ws.cell(row=r, column=c).font = Font(bold=True)
        else:
            ws.cell(row=r, column=1).alignment = Alignment(indent=2)
            ws.row_dimensions[r].outlineLevel = 1
    for col, w in zip("ABCDEFGHIJ", (70, 14, 28, 12, 8, 11, 11, 11, 50, 16)):
        ws.column_dimensions[col].width = w
    wb.save(out(UOM_FILE))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


# ---------------------------------------------------------------------------
# 4. Northern Lighthouse Board – Board of Commissioners matters arising status report
# ---------------------------------------------------------------------------
NLB_FILE = "zpr-northern-lighthouse-board-commissioners-matters-arising-status-report.docx"

NLB_SECTIONS = [
    ("3. Actions from the meeting of 18 June 2025", [
        ("7.2", "Circulate the revised helicopter services contract options appraisal to Commissioners "
                "before the tender is issued.", "Director of Operations", "September 2025", "Complete",
         "Circulated 29 August 2025."),
        ("9.1", "Provide an illustration of rolling-average sickness absence trends for the People "
                "Dashboard.", "Commissioner Wilkinson / Director of Business Services",
         "Dec 2025 (was Sept 2025)", "A", "Draft dashboard reviewed with Commissioner Wilkinson on "
                                          "2 October; final version to the December Board."),
        ("11.4", "Bring a paper on options for replacing the NLV Pharos bridge systems to a future Board.",
         "Director of Operations", "March 2026", "G", "Options appraisal commissioned from naval architect."),
    ]),
    ("4. Actions from the meeting of 24 September 2025", [
        ("4.3", "Publish the approved minutes of the Managing Board on the NLB website.",
         "Senior Executive Assistant", "Next meeting", "Complete", "Published 3 October 2025."),
        ("6.1", "Review the risk appetite statement for Aids to Navigation availability and report to the "
                "Audit and Risk Committee.", "Risk and Improvement Manager", "January 2026", "G",
         "Workshop with Directors held 5 November 2025."),
        ("8.2", "Confirm with the Department for Transport the timetable for the Tri-GLA light dues review "
                "and circulate it to Commissioners.", "Chief Executive", "31/10/2025", "R",
         "DfT response awaited; chased 14 November 2025."),
        ("10.1", "Arrange a Commissioners’ visit to the Oban base and buoy yard in spring 2026.",
         "Senior Executive Assistant", "TBC", "", "Dates being canvassed with Commissioners."),
    ]),
]


def make_nlb():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("NORTHERN LIGHTHOUSE BOARD")
    r.bold = True
    r.font.size = Pt(14)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph()
    r = p.add_run("BOARD OF COMMISSIONERS – 10 DECEMBER 2025")
    r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph()
    r = p.add_run("Agenda Item 3: Status Report on Matters Arising")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_paragraph("Paper by: Senior Executive Assistant")
    doc.add_paragraph("1. Purpose").runs[0].bold = True
    doc.add_paragraph("To update the Board on the status of actions recorded at previous meetings of the "
                      "Board of Commissioners. Actions marked Complete will be removed from the report once "
                      "noted by the Board.")
    doc.add_paragraph("2. Status key").runs[0].bold = True
    doc.add_paragraph("Complete – action discharged;  G – on track;  A – in progress, revised date proposed;  "
                      "R – overdue or at risk.")
    for heading, rows in NLB_SECTIONS:
        doc.add_paragraph(heading).runs[0].bold = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["Minute", "Action", "Responsible", "Due", "Status", "Update"]):
            bold_cell(t.rows[0].cells[i], h)
            shade(t.rows[0].cells[i], "BDD7EE")
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = v
            colour = {"G": "92D050", "A": "FFC000", "R": "FF0000", "Complete": "00B0F0"}.get(row[4])
            if colour:
                shade(cells[4], colour)
        doc.add_paragraph("")
    doc.add_paragraph("5. Recommendation").runs[0].bold = True
    doc.add_paragraph("The Board is invited to note the report and agree the removal of completed actions.")
    doc.add_paragraph("Paper history").runs[0].bold = True
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Author"),
                             ("0.1", "25/11/2025", "Senior Executive Assistant"),
                             ("1.0", "02/12/2025", "Chief Executive (approved)")]):
        for j, v in enumerate(row):
            t.rows[i].cells[j].text = v
    doc.save(out(NLB_FILE))


# ---------------------------------------------------------------------------
# 5. NHSBSA – McCloud remedy programme highlight report
# ---------------------------------------------------------------------------
NHSBSA_FILE = "zpr-nhsbsa-mccloud-remedy-programme-highlight-report.docx"

NHSBSA_TITLE = "Public Service Pensions Remedy (McCloud) Programme – Highlight Report"

NHSBSA_WS = [
    ("Workstream 1 – Remediable Service Statements (RSS)", [
        ("1.1", "Issue RSS to all Cohort 1 members (members most likely to be at detriment)",
         "Head of Remedy Delivery", "Mar-25", "Aug-25", "Complete",
         "All Cohort 1 statements issued by 29 August 2025."),
        ("1.2", "Issue RSS to Cohort 2 members in line with the revised ministerial timetable",
         "Head of Remedy Delivery", "Mar-25", "Mar-26", "R",
         "Output 18% behind the revised trajectory; recovery plan at section 5."),
        ("1.3", "Deploy automated calculation release 4.2 for partial retirement cases",
         "Head of Pensions Digital", "Sep-25", "Dec-25", "A",
         "User acceptance testing found defects in tapered protection calculations."),
    ]),
    ("Workstream 2 – Choice processing and payments", [
        ("2.1", "Process returned choice decision forms within 30 working days of receipt",
         "Operations Manager (Remedy Casework)", "Ongoing", "Ongoing", "G",
         "94% processed within target in October."),
        ("2.2", "Agree the interest and compensation calculation methodology with DHSC",
         "Head of Remedy Delivery / DHSC Pensions Policy Lead", "Jun-25", "Nov-25", "A",
         "Final methodology with DHSC lawyers."),
        ("2.3", "Complete the annual allowance (RPSS) reconciliation with HMRC for 2019/20 to 2021/22",
         "Head of Finance (Pensions)", "Dec-25", "Dec-25", "G", "On plan."),
    ]),
    ("Workstream 3 – Employer and member communications", [
        ("3.1", "Publish updated member guidance and the online choice calculator",
         "Head of Communications", "Oct-25", "Oct-25", "Complete", "Published 15 October 2025."),
        ("3.2", "Run employer webinars for the 20 largest NHS trusts on remedy data returns",
         "Employer Engagement Manager", "Nov-25", "Jan-26", "A",
         "Moved to avoid the winter pressures period; 6 of 20 trusts booked."),
        ("3.3", "Agree the member contact strategy for Cohort 3 with the Scheme Advisory Board",
         "Director of NHS Pensions", "Q4 2025/26", "", "", "Not yet started."),
    ]),
]


def make_nhsbsa():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("NHS Business Services Authority – NHS Pensions")
    r.font.color.rgb = RGBColor(0x00, 0x5E, 0xB8)
    doc.add_heading(NHSBSA_TITLE, level=1)
    doc.add_paragraph("Reporting period: 1 to 31 October 2025    Report to: Remedy Programme Board, 12 November 2025")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Senior Responsible Owner", "Director of NHS Pensions"),
                                ("Programme Manager", "Remedy Programme Manager"),
                                ("Report author", "Programme Management Office"),
                                ("Version", "1.0 Final")]):
        bold_cell(t.rows[i].cells[0], k)
        t.rows[i].cells[1].text = v
    doc.add_heading("1. Overall status", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Dimension", "Last period", "This period", "Comment"]):
        bold_cell(t.rows[0].cells[i], h)
    for dim, last, this, com in [
        ("Overall", "A", "A", "Cohort 2 RSS output remains behind the revised trajectory."),
        ("Schedule", "R", "R", "Cohort 2 forecast moved to March 2026."),
        ("Budget", "G", "G", "Forecast within 2025/26 allocation."),
        ("Resources", "A", "A", "12 casework vacancies; recruitment under way."),
        ("Scope", "G", "G", "No change."),
    ]:
        cells = t.add_row().cells
        for i, v in enumerate((dim, last, this, com)):
            cells[i].text = v
        for i in (1, 2):
            shade(cells[i], {"R": "FF0000", "A": "FFC000", "G": "00B050"}[cells[i].text])
    doc.add_heading("2. Summary of progress this period", level=2)
    for b in ["Cohort 1 RSS issue completed in August and confirmed by internal audit sampling.",
              "Member guidance and the online choice calculator were relaunched on 15 October.",
              "Choice processing performance remained above target for the third month running."]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_heading("3. Milestones and actions", level=2)
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for i, h in enumerate(["No.", "Milestone / action", "Owner", "Baseline", "Forecast", "RAG", "Commentary"]):
        bold_cell(t.rows[0].cells[i], h)
        shade(t.rows[0].cells[i], "D9E2F3")
    for ws_name, rows in NHSBSA_WS:
        cells = t.add_row().cells
        merged = cells[0].merge(cells[6])
        bold_cell(merged, ws_name)
        shade(merged, "F2F2F2")
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = v
            colour = {"G": "00B050", "A": "FFC000", "R": "FF0000", "Complete": "0070C0"}.get(row[5])
            if colour:
                shade(cells[5], colour)
    doc.add_heading("4. Key risks and issues", level=2)
    for b in ["Risk R07 – further delay to Cohort 2 statements may lead to member complaints and "
              "Pensions Ombudsman referrals (score 16).",
              "Issue I12 – dependency on employer data corrections for 3,100 records."]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_heading("5. Decisions required from the Programme Board", level=2)
    doc.add_paragraph("The Board is asked to approve the Cohort 2 recovery plan and the release of "
                      "£0.4m contingency for additional casework capacity.")
    doc.save(out(NHSBSA_FILE))


# ---------------------------------------------------------------------------
# 6. Ashbourne Town Council – governance action plan, Microsoft Planner export saved as CSV
# ---------------------------------------------------------------------------
ASH_FILE = "zpr-ashbourne-town-council-governance-action-plan-planner-export.csv"
ASH_PLAN = "Ashbourne Town Council Governance Action Plan 2025-26"
ASH_COLS = ["Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To", "Created By",
            "Created Date", "Start date", "Due date", "Is Recurring", "Late", "Completed Date",
            "Completed By", "Completed Checklist Items", "Checklist Items", "Labels", "Description"]
ASH_TASKS = [
    ("Internal audit 2024-25",
     "Adopt revised Financial Regulations based on the 2024 NALC model", "Completed", "Important",
     "Helen Marsh", "02/06/2025", "30/06/2025", "false", "17/06/2025", "Helen Marsh", "3/3",
     "Draft;Finance Committee review;Full Council adoption", "",
     "Internal auditor point 1: Financial Regulations last reviewed in 2019.\nAdopted at Full Council 16 June 2025 (min. 25/061)."),
    ("Internal audit 2024-25",
     "Bank reconciliations to be signed and dated each quarter by a councillor who is not a bank signatory",
     "In progress", "Medium", "Helen Marsh;David Pike", "", "31/12/2025", "false", "", "", "1/4",
     "Q1;Q2;Q3;Q4", "Green", "Internal auditor point 2."),
    ("Internal audit 2024-25",
     "Update the asset register to include the Market Place CCTV and new play equipment and reconcile to the insurance schedule",
     "In progress", "Important", "Sarah Kendall", "16/06/2025", "30/09/2025", "true", "", "", "1/2",
     "Update register;Reconcile to insurance schedule", "Red",
     "Internal auditor point 4. Awaiting valuation of play equipment from supplier."),
    ("AGAR and external audit",
     "Publish the Notice of the Period for the Exercise of Public Rights with the 2024-25 AGAR", "Completed",
     "Urgent", "Helen Marsh", "", "30/06/2025", "false", "20/06/2025", "Helen Marsh", "", "", "", ""),
    ("AGAR and external audit",
     "Respond to the external auditor's 'other matters' on the timing of VAT reclaims", "Not started",
     "Medium", "Helen Marsh", "", "31/01/2026", "false", "", "", "", "", "",
     "External auditor report dated 22 September 2025."),
    ("Policies and standing orders",
     "Review Standing Orders against the 2025 NALC model and present to Full Council", "In progress",
     "Medium", "Sarah Kendall;Helen Marsh", "01/09/2025", "20/01/2026", "false", "", "", "", "", "Amber",
     "Policy Working Group meeting 4 December 2025."),
    ("Policies and standing orders",
     "Adopt a Publication Scheme and Freedom of Information procedure", "Not started", "Low",
     "Sarah Kendall", "", "", "false", "", "", "", "", "", ""),
    ("Risk management",
     "Complete the annual risk assessment and review insurance cover before renewal", "In progress",
     "Important", "Helen Marsh", "01/10/2025", "31/03/2026", "false", "", "", "", "", "Green",
     "Insurance renewal date 1 April 2026."),
]
ASH_IDS = ["Xk3pQ7vN2EayL0dGm9sTfWc1", "Bq8nR4tY6uIoP1aSd2fGh3jK", "Lz5xC7vB9nM1qW3eR5tY7uI9",
           "Op2aS4dF6gH8jK0lZ1xC3vB5", "Nm7qW9eR1tY3uI5oP7aS9dF1", "Gh4jK6lZ8xC0vB2nM4qW6eR8",
           "Ty1uI3oP5aS7dF9gH1jK3lZ5", "Xc6vB8nM0qW2eR4tY6uI8oP0"]


def csv_field(v):
    if any(ch in v for ch in [",", '"', "\n"]):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_ash():
    n = len(ASH_COLS)
    lines = []

    def add(vals):
        vals = list(vals) + [""] * (n - len(vals))
        lines.append(",".join(csv_field(v) for v in vals))

    add(["Plan name", ASH_PLAN])
    add(["Plan ID", "pQ2mV8sL3kD7wZ1rT6yH0bN4"])
    add(["Date of export", "14/11/2025"])
    add([])
    add(ASH_COLS)
    for tid, (bucket, name, prog, prio, who, start, due, late, cdate, cby, cci, ci, labels, desc) in zip(
            ASH_IDS, ASH_TASKS):
        created = "02/06/2025"
        add([tid, name, bucket, prog, prio, who, "Helen Marsh", created, start, due, "false", late, cdate,
             cby, cci, ci, labels, desc])
    with open(out(ASH_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Hampshire & Isle of Wight Wildlife Trust – Charity Commission serious incident action plan (refuse)
# ---------------------------------------------------------------------------
HIWWT_FILE = ("zpr-hampshire-and-isle-of-wight-wildlife-trust-charity-commission-serious-incident-"
              "action-plan-typo-month-refuse.txt")

HIWWT_LINES = [
    "Hampshire & Isle of Wight Wildlife Trust",
    "Serious incident report to the Charity Commission (payment diversion fraud, April 2025) – Trustees' action plan",
    "Position at 30 November 2025 – for the Audit, Risk and Finance Committee, 9 December 2025",
    "",
    "Ref\tAction\tLead\tTarget date\tStatus\tProgress note",
    "Section A – Payment controls",
    "A1\tIntroduce call-back verification to a known telephone number for all changes to supplier bank details\tHead of Finance\t31/05/2025\tComplete\tIn place from 12 May 2025; checked by internal audit in September.",
    "A2\tRequire dual authorisation in the banking portal for all payments over £5,000\tHead of Finance\tJune 2025\tComplete\tBank mandate updated 20 June 2025.",
    "A3\tCommission an independent review of purchase-to-pay controls and report findings to the Committee\tChair of Audit, Risk and Finance Committee\t31/01/2026\tOn track\tReviewer appointed; fieldwork in December.",
    "Section B – Cyber security and training",
    "B1\tEnforce multi-factor authentication on all Microsoft 365 accounts, including shared volunteer mailboxes\tIT Manager\t31/07/2025\tComplete\tEnforced 28 July 2025.",
    "B2\tDeliver phishing awareness training to all staff and trustees, followed by a simulated phishing exercise\tIT Manager / HR Business Partner\tFebuary 2026\tOn track\tTraining module procured; trustee session booked for the January Council meeting.",
    "Section C – Governance and reporting to the Commission",
    "C1\tReport the outcome of the bank recovery and insurance claim to the Charity Commission\tChief Executive\t31/12/2025\tOn track\t£21,400 recovered to date; insurer decision awaited.",
    "C2\tUpdate the Trust's serious incident reporting procedure and the strategic risk register\tCompany Secretary\tMarch 2026\tNot started\t",
    "",
    "Status: Complete / On track / Behind / Not started. Actions will be closed by the Committee on evidence.",
]


def make_hiwwt():
    with open(out(HIWWT_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(HIWWT_LINES) + "\n")


if __name__ == "__main__":
    make_sepa()
    make_hseni()
    make_uom()
    make_nlb()
    make_nhsbsa()
    make_ash()
    make_hiwwt()
    for n in sorted(os.listdir(HERE)):
        if n.startswith("zpr-") and not n.endswith(".yaml"):
            print(n)
