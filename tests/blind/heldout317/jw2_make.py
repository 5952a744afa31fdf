#!/usr/bin/env python
"""Build the seven jw2- blind test files (set heldout317).

Run with /work/main/.venv/bin/python jw2_make.py (openpyxl + python-docx).
Each file imitates a plan of its kind published by a body outside children's
services.  The data tables below hold both what is written into the file and
(in the keys ref/under/action/lead/end/end_text/status) the reading a person
makes of each action; the expected YAML files are written from the same
tables so the text matches character for character.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "0070C0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "head": "1F3864",
    "light": "DDEBF7",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(name):
    c = FILL.get(name, name)
    return PatternFill("solid", fgColor=c, bgColor=c)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Staffordshire Fire and Rescue Service - HMICFRS AFI improvement plan (xlsx)
# ---------------------------------------------------------------------------
SFRS_FILE = "jw2-staffordshire-fire-rescue-service-hmicfrs-afi-improvement-plan.xlsx"
SFRS_TITLE = ("Staffordshire Fire and Rescue Service – HMICFRS Effectiveness, Efficiency "
              "and People 2023–25: Areas for Improvement Action Plan")

AFI1 = ("AFI 1: The service should make sure all staff understand how to identify "
        "vulnerability and safeguard vulnerable people.")
AFI2 = ("AFI 2: The service should make sure it has an effective quality assurance "
        "process, so staff carry out fire safety audits to a consistent standard.")
AFI3 = ("AFI 3: The service should make sure all staff understand the benefits of "
        "equality, diversity and inclusion and their role in promoting it.")
AFI4 = ("AFI 4: The service should make sure its workforce plan takes full account of "
        "the skills and capabilities it needs to carry out its community risk "
        "management plan.")
AFI5 = ("AFI 5: The service should make sure staff know how to access the wellbeing "
        "support available to them.")

SFRS_SECTIONS = [
    ("Preventing fire and risk", AFI1, [
        dict(ref="1.1",
             action="Review safeguarding training materials against the NFCC Safeguarding "
                    "Training Framework and update the Safeguarding Policy.",
             owner="Safeguarding Lead", lead=["Safeguarding Lead"],
             orig=d(2024, 12, 31), rev=None, prev="Green", status="blue",
             update="Materials reviewed; revised policy approved by the Safeguarding "
                    "Board on 10 December 2024 and published on Staffroom."),
        dict(ref="1.2",
             action="Deliver Level 2 face-to-face safeguarding training to all operational "
                    "staff, with whole-time crews trained on day shifts and on-call crews on "
                    "drill nights.",
             owner="Head of Prevention / Learning and Development Manager",
             lead=["Head of Prevention", "Learning and Development Manager"],
             orig=d(2025, 9, 30), rev=d(2026, 3, 31), prev="Green", status="amber",
             update="Funding approved March 2025. Delivery started later than planned; "
                    "completion date moved to March 2026 to fit the drill-night programme."),
    ]),
    ("Public safety through fire regulation", AFI2, [
        dict(ref="2.1",
             action="Introduce a quality assurance framework for fire safety audits, "
                    "including a monthly dip-sample of completed audits by each Protection "
                    "team leader.",
             owner="Group Manager – Protection", lead=["Group Manager – Protection"],
             orig=d(2025, 3, 31), rev=None, prev="Amber", status="green",
             update="Framework drafted and dip-sampling started in January 2025."),
        dict(ref="2.2",
             action="Record quality assurance outcomes on the Protection management system "
                    "and report themes quarterly to the Service Delivery Board.",
             owner="Protection Business Support Manager",
             lead=["Protection Business Support Manager"],
             orig=d(2025, 6, 30), rev=None, prev="New action", status="green",
             update="System fields agreed with ICT; first quarterly report due July 2025."),
        dict(ref="2.3",
             action="Provide refresher training for fire safety inspectors on the audit "
                    "process and the consistent use of enforcement notices.",
             owner="Group Manager – Protection", lead=["Group Manager – Protection"],
             orig=d(2025, 1, 31), rev=d(2025, 5, 31), prev="Red", status="amber",
             update="Trainer availability delayed the course; two of three cohorts now "
                    "booked."),
    ]),
    ("Promoting fairness and diversity", AFI3, [
        dict(ref="3.1",
             action="Launch a mandatory EDI e-learning module for all staff and monitor "
                    "completion through the Learning Management System.",
             owner="EDI Manager", lead=["EDI Manager"],
             orig=d(2024, 11, 30), rev=None, prev="Green", status="blue",
             update="Module launched October 2024; 94% completion at 31 January 2025."),
        dict(ref="3.2",
             action="Hold EDI listening sessions at every station and feed the findings "
                    "into the People Strategy action plan.",
             owner="Head of People; EDI Manager", lead=["Head of People", "EDI Manager"],
             orig=d(2025, 7, 31), rev=None, prev="Green", status="green",
             update="19 of 33 stations visited."),
    ]),
    ("Right people, right skills", AFI4, [
        dict(ref="4.1",
             action="Refresh the Strategic Workforce Plan 2025–2028 so that it maps future "
                    "skills needs against the Community Risk Management Plan.",
             owner="Head of People", lead=["Head of People"],
             orig=d(2025, 4, 30), rev=None, prev="Amber", status="red",
             update="Draft delayed pending the outcome of the CRMP consultation; escalated "
                    "to the Service Leadership Team."),
    ]),
    ("Promoting values and culture", AFI5, [
        dict(ref="5.1",
             action="Publish a single wellbeing support guide on Staffroom and issue a "
                    "printed copy to every watch and on-call unit.",
             owner="Occupational Health and Wellbeing Manager",
             lead=["Occupational Health and Wellbeing Manager"],
             orig=d(2024, 12, 31), rev=None, prev="Green", status="blue",
             update="Guide published 2 December 2024."),
        dict(ref="5.2",
             action="Train line managers to hold wellbeing conversations as part of the "
                    "annual performance review.",
             owner="Learning and Development Manager",
             lead=["Learning and Development Manager"],
             orig=d(2025, 10, 31), rev=None, prev="New action", status="green",
             update="Course content agreed with the Occupational Health provider."),
    ]),
]


def sfrs_actions():
    out = []
    for sec, afi, rows in SFRS_SECTIONS:
        for r in rows:
            end = r["rev"] or r["orig"]
            out.append(dict(ref=r["ref"], under=[sec, afi], action=r["action"],
                            lead=r["lead"], end=end.strftime("%Y-%m"),
                            status=r["status"]))
    return out


def build_sfrs():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = SFRS_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov.merge_cells("A1:F1")
    cov["A3"] = "Document control"
    cov["A3"].font = Font(bold=True)
    dc = [("Version", "2.1"), ("Date", "14 February 2025"),
          ("Author", "Corporate Assurance Manager"),
          ("Plan owner", "Deputy Chief Fire Officer"),
          ("Reported to", "Staffordshire Commissioner’s Strategic Governance Board"),
          ("Next review", "May 2025")]
    for i, (k, v) in enumerate(dc, start=4):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        cov.cell(i, 1).border = BOX
        cov.cell(i, 2).border = BOX
    cov["A11"] = "RAG key (Current RAG column is shown by cell colour)"
    cov["A11"].font = Font(bold=True)
    key = [("blue", "Complete – action delivered and evidenced"),
           ("green", "On track"),
           ("amber", "Some slippage – recoverable within the quarter"),
           ("red", "Off track – escalated to the Service Leadership Team")]
    for i, (c, t) in enumerate(key, start=12):
        cov.cell(i, 1).fill = fill(c)
        cov.cell(i, 1).border = BOX
        cov.cell(i, 2, t)
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 60

    ws = wb.create_sheet("AFI Action Plan")
    ws["A1"] = SFRS_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Inspection report published 20 September 2024 | Plan updated "
                "14 February 2025")
    ws.merge_cells("A2:I2")
    ws["A3"] = "Current RAG is shown by cell colour – see the key on the Cover sheet."
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:I3")
    heads = ["Ref", "Area for improvement", "Action", "Action owner",
             "Original completion date", "Revised completion date", "Previous RAG",
             "Current RAG", "Progress update"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("head")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    row = 6
    for sec, afi, rows in SFRS_SECTIONS:
        ws.cell(row, 1, sec).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(row, c).fill = fill("grey")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        row += 1
        first = row
        for r in rows:
            ws.cell(row, 1, r["ref"])
            ws.cell(row, 3, r["action"])
            ws.cell(row, 4, r["owner"])
            c5 = ws.cell(row, 5, r["orig"])
            c5.number_format = "mmm-yy"
            if r["rev"]:
                c6 = ws.cell(row, 6, r["rev"])
                c6.number_format = "mmm-yy"
            ws.cell(row, 7, r["prev"])
            ws.cell(row, 8).fill = fill(r["status"])
            ws.cell(row, 9, r["update"])
            for c in range(1, 10):
                ws.cell(row, c).alignment = Alignment(wrap_text=True, vertical="top")
                ws.cell(row, c).border = BOX
            row += 1
        ws.cell(first, 2, afi)
        ws.cell(first, 2).alignment = Alignment(wrap_text=True, vertical="top")
        if row - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
    row += 1
    ws.cell(row, 1, "Notes: actions marked complete stay on the plan until closure is "
                    "agreed by the Commissioner’s Strategic Governance Board. Dates are "
                    "month-end.")
    ws.cell(row, 1).font = Font(italic=True)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
    widths = [7, 40, 48, 26, 13, 13, 11, 10, 45]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A6"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of action status"
    sm["A1"].font = Font(bold=True, size=12)
    sm["A3"], sm["B3"] = "Current RAG", "Number of actions"
    sm["A3"].font = sm["B3"].font = Font(bold=True)
    counts = {}
    for a in sfrs_actions():
        counts[a["status"]] = counts.get(a["status"], 0) + 1
    for i, (c, label) in enumerate([("blue", "Complete"), ("green", "On track"),
                                    ("amber", "Some slippage"), ("red", "Off track")],
                                   start=4):
        sm.cell(i, 1, label).fill = fill(c)
        sm.cell(i, 2, counts.get(c, 0))
    sm["A8"] = "Total"
    sm["A8"].font = Font(bold=True)
    sm["B8"] = "=SUM(B4:B7)"
    sm.column_dimensions["A"].width = 20
    sm.column_dimensions["B"].width = 18
    wb.save(os.path.join(HERE, SFRS_FILE))


# ---------------------------------------------------------------------------
# 2. Barnsley Council - ASC CQC assessment improvement plan (xlsx, sheet per theme)
# ---------------------------------------------------------------------------
BMBC_FILE = "jw2-barnsley-mbc-asc-cqc-assessment-improvement-plan.xlsx"
BMBC_TITLE = "Barnsley Council – Adult Social Care CQC Assessment Improvement Plan 2024–2026"

STATUS_FILL = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue",
               "Not started": None}

BMBC_THEMES = [
    ("Theme 1", "Theme 1: Working with people", [
        ("Quality statement 1 – Assessing needs", [
            dict(ref="1.1",
                 action="Reduce the number of people waiting for a Care Act assessment by "
                        "introducing a daily triage huddle at the Adult Social Care front door.",
                 lead_cell="Claire Wood and Imran Bashir", lead=["Claire Wood", "Imran Bashir"],
                 start="Apr 2024", due="31/03/2025", end="2025-03", st="Green",
                 update="Waiting list down from 412 to 268 since April."),
            dict(ref="1.2",
                 action="Introduce a carers’ assessment offer at first contact, including an "
                        "online self-assessment option.",
                 lead_cell="Helen Booth", lead=["Helen Booth"],
                 start="Jun 2024", due="Q3 2024/25", end="2024-12", st="Amber",
                 update="Online form built; testing with Barnsley Carers’ Forum delayed."),
        ]),
        ("Quality statement 2 – Supporting people to live healthier lives", [
            dict(ref="2.1",
                 action="Expand the reablement service to include a weekend discharge-to-assess "
                        "offer with Barnsley Hospital.",
                 lead_cell="Dan Sutcliffe / Lorna Priestley",
                 lead=["Dan Sutcliffe", "Lorna Priestley"],
                 start="Sep 2024", due="September 2025", end="2025-09", st="Green",
                 update="Weekend pilot running on two wards."),
        ]),
        ("Quality statement 3 – Equity in experience and outcomes", [
            dict(ref="3.1",
                 action="Analyse assessment and service data by protected characteristic and "
                        "publish an equity dashboard for the Directorate Management Team.",
                 lead_cell="Performance and Intelligence Manager",
                 lead=["Performance and Intelligence Manager"],
                 start="May 2024", due="Dec-24", end="2024-12", st="Complete",
                 update="Dashboard live from December 2024."),
        ]),
    ]),
    ("Theme 2", "Theme 2: Providing support", [
        ("Quality statement 4 – Care provision, integration and continuity", [
            dict(ref="4.1",
                 action="Refresh the Market Sustainability Plan and agree a fair cost of care "
                        "uplift with home care providers.",
                 lead_cell="Head of Commissioning (Adults)",
                 lead=["Head of Commissioning (Adults)"],
                 start="Apr 2024", due="March 2025", end="2025-03", st="Complete",
                 update="Uplift agreed at Cabinet, February 2025."),
            dict(ref="4.2",
                 action="Commission additional specialist dementia nursing beds in the Dearne "
                        "and Penistone areas.",
                 lead_cell="Head of Commissioning (Adults)",
                 lead=["Head of Commissioning (Adults)"],
                 start="Oct 2024", due="Ongoing", end=None, end_text="Ongoing", st="Amber",
                 update="One provider interested; market remains fragile."),
        ]),
        ("Quality statement 5 – Partnerships and communities", [
            dict(ref="5.1",
                 action="Co-produce a new Carers’ Strategy with Barnsley Carers’ Forum and "
                        "voluntary sector partners.",
                 lead_cell="Helen Booth & Joanne Fox", lead=["Helen Booth", "Joanne Fox"],
                 start="Jan 2025", due="31 July 2025", end="2025-07", st="Green",
                 update="Three co-production workshops held."),
        ]),
    ]),
    ("Theme 3", "Theme 3: How the local authority ensures safety within the system", [
        ("Quality statement 6 – Safe systems, pathways and transitions", [
            dict(ref="6.1",
                 action="Agree a joint protocol with Children’s Services for young people "
                        "moving to adult services from age 14.",
                 lead_cell="Service Manager (Transitions)",
                 lead=["Service Manager (Transitions)"],
                 start="Jul 2024", due="Jan-25", end="2025-01", st="Red",
                 update="Protocol not yet signed off by Children’s DMT; escalated to the "
                        "Improvement Board."),
        ]),
        ("Quality statement 7 – Safeguarding", [
            dict(ref="7.1",
                 action="Clear the backlog of Deprivation of Liberty Safeguards applications "
                        "awaiting assessment.",
                 lead_cell="DoLS Team Manager", lead=["DoLS Team Manager"],
                 start="Apr 2024", due="June 2025", end="2025-06", st="Amber",
                 update="Backlog reduced by 30%; agency assessors extended to June."),
            dict(ref="7.2",
                 action="Audit a monthly sample of Section 42 enquiries and report the learning "
                        "to Barnsley Safeguarding Adults Board.",
                 lead_cell="Principal Social Worker", lead=["Principal Social Worker"],
                 start="Jun 2024", due="Monthly", end=None, end_text="Monthly", st="Green",
                 update="Audits completed every month since June."),
        ]),
    ]),
    ("Theme 4", "Theme 4: Leadership", [
        ("Quality statement 8 – Governance, management and sustainability", [
            dict(ref="8.1",
                 action="Establish an Adult Social Care Improvement Board chaired by the "
                        "Executive Director to oversee delivery of this plan.",
                 lead_cell="Executive Director Adults and Communities",
                 lead=["Executive Director Adults and Communities"],
                 start="Apr 2024", due="May 2024", end="2024-05", st="Complete",
                 update="Board meets monthly."),
        ]),
        ("Quality statement 9 – Learning, improvement and innovation", [
            dict(ref="9.1",
                 action="Launch a practice quality assurance framework with quarterly case file "
                        "audits and a practitioner forum.",
                 lead_cell="Principal Social Worker", lead=["Principal Social Worker"],
                 start="Apr 2025", due="30/09/2025", end="2025-09", st="Not started",
                 update=""),
        ]),
    ]),
]

BMBC_SCORES = [
    ("Working with people", "Assessing needs", 2),
    ("Working with people", "Supporting people to live healthier lives", 3),
    ("Working with people", "Equity in experience and outcomes", 2),
    ("Providing support", "Care provision, integration and continuity", 2),
    ("Providing support", "Partnerships and communities", 3),
    ("Ensuring safety within the system", "Safe systems, pathways and transitions", 2),
    ("Ensuring safety within the system", "Safeguarding", 2),
    ("Leadership", "Governance, management and sustainability", 3),
    ("Leadership", "Learning, improvement and innovation", 2),
]


def bmbc_actions():
    out = []
    for _, theme, groups in BMBC_THEMES:
        for qs, rows in groups:
            for r in rows:
                st = {"Green": "green", "Amber": "amber", "Red": "red",
                      "Complete": "blue", "Not started": "unrated"}[r["st"]]
                a = dict(ref=r["ref"], under=[theme, qs], action=r["action"],
                         lead=r["lead"], end=r["end"])
                if r.get("end_text"):
                    a["end_text"] = r["end_text"]
                a["status"] = st
                out.append(a)
    return out


def build_bmbc():
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = BMBC_TITLE
    ov["A1"].font = Font(bold=True, size=14)
    ov.merge_cells("A1:D1")
    ov["A3"] = ("This plan sets out the actions we will take in response to the CQC local "
                "authority assessment and our own self-assessment. Progress is reported to "
                "the Adults and Communities Directorate Management Team monthly and to "
                "Cabinet every six months.")
    ov["A3"].alignment = Alignment(wrap_text=True, vertical="top")
    ov.merge_cells("A3:D3")
    ov.row_dimensions[3].height = 48
    ov["A5"] = "CQC quality statement scores"
    ov["A5"].font = Font(bold=True)
    for c, h in enumerate(["Theme", "Quality statement", "Score (1–4)"], start=1):
        ov.cell(6, c, h).font = Font(bold=True)
        ov.cell(6, c).fill = fill("light")
        ov.cell(6, c).border = BOX
    for i, (t, q, s) in enumerate(BMBC_SCORES, start=7):
        ov.cell(i, 1, t).border = BOX
        ov.cell(i, 2, q).border = BOX
        ov.cell(i, 3, s).border = BOX
    ov["A17"] = "Status key"
    ov["A17"].font = Font(bold=True)
    for i, (w, c, m) in enumerate([("Complete", "blue", "Action finished and evidenced"),
                                   ("Green", "green", "On track"),
                                   ("Amber", "amber", "At risk of missing the due date"),
                                   ("Red", "red", "Off track – escalated to Improvement Board"),
                                   ("Not started", None, "Not yet due to start")], start=18):
        ov.cell(i, 1, w)
        if c:
            ov.cell(i, 1).fill = fill(c)
        ov.cell(i, 2, m)
    ov.column_dimensions["A"].width = 34
    ov.column_dimensions["B"].width = 46
    ov.column_dimensions["C"].width = 12

    for sheet, theme, groups in BMBC_THEMES:
        ws = wb.create_sheet(sheet)
        ws["A1"] = theme
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A1:G1")
        ws["A2"] = "Last updated: 31 January 2025"
        ws["A2"].font = Font(italic=True)
        heads = ["Ref", "What we will do", "Lead officer(s)", "Start", "Due by", "Status",
                 "Progress update"]
        for c, h in enumerate(heads, start=1):
            cell = ws.cell(4, c, h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill("head")
            cell.border = BOX
        row = 5
        for qs, rows in groups:
            ws.cell(row, 1, qs).font = Font(bold=True)
            for c in range(1, 8):
                ws.cell(row, c).fill = fill("light")
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
            row += 1
            for r in rows:
                vals = [r["ref"], r["action"], r["lead_cell"], r["start"], r["due"], r["st"],
                        r["update"] or None]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(row, c, v)
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                    cell.border = BOX
                f = STATUS_FILL[r["st"]]
                if f:
                    ws.cell(row, 6).fill = fill(f)
                row += 1
        for i, w in enumerate([6, 55, 30, 10, 14, 12, 45]):
            ws.column_dimensions[chr(65 + i)].width = w
    wb.save(os.path.join(HERE, BMBC_FILE))


# ---------------------------------------------------------------------------
# 3. Blaby District Council - internal audit recommendations tracker (xlsx, REFUSE)
# ---------------------------------------------------------------------------
BLABY_FILE = "jw2-blaby-dc-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"
BLABY_TITLE = "Blaby District Council – Internal Audit Recommendations Tracker"
BLABY_ROWS = [
    ("Council Tax and NNDR", "2024/25", "Substantial", "CT1", "Medium",
     "Reconciliations between the valuation list and the council tax system should be "
     "completed and independently reviewed each month.",
     "Monthly reconciliation to be completed by the Revenues Team Leader and reviewed by the "
     "Revenues and Benefits Manager, with evidence kept on the shared drive.",
     "Revenues and Benefits Manager", "30/06/2025", "", "Implemented",
     "Reconciliations evidenced for April to August 2025."),
    ("Payroll", "2024/25", "Moderate", "PAY1", "High",
     "Starter, leaver and variation forms should be authorised by the budget holder before "
     "changes are processed.",
     "Payroll will reject any form without budget holder authorisation; a quarterly exception "
     "report will go to Heads of Service.",
     "HR Manager / Payroll Officer", "31/03/2025", "30/09/2025", "Implemented",
     "First exception report issued September 2025."),
    ("Payroll", "2024/25", "Moderate", "PAY2", "Medium",
     "Overtime claims should be checked against rotas before payment.",
     "Introduce a rota check for all overtime claims of more than 10 hours in a month.",
     "Payroll Officer", "31/05/2025", "31/12/2025", "In progress",
     "Check designed; waiting for rota data from Environmental Services."),
    ("Cyber Security", "2024/25", "Limited", "CYB1", "High",
     "The council should test its ICT disaster recovery arrangements at least annually.",
     "Carry out a full disaster recovery test of critical systems and report the results to "
     "the Senior Leadership Team.",
     "ICT Services Manager", "31/07/2025", "Dec 2025", "In progress",
     "Test scheduled for November 2025 with the hosting supplier."),
    ("Cyber Security", "2024/25", "Limited", "CYB2", "Medium",
     "Multi-factor authentication should be enabled for all remote access accounts.",
     "Enable MFA for the remaining 14 remote access accounts held by suppliers.",
     "ICT Services Manager", "30/04/2025", "", "Implemented", "All accounts enabled."),
    ("Procurement and Contract Management", "2024/25", "Moderate", "PRO1", "High",
     "The contracts register should be complete and published in line with the Local "
     "Government Transparency Code.",
     "Update the contracts register from the finance system and publish it every quarter.",
     "Procurement Lead", "30/09/2025", "Febuary 2026", "In progress",
     "Register 80% complete; new e-tendering system due to go live."),
    ("Disabled Facilities Grants", "2025/26", "Moderate", "DFG1", "Medium",
     "Grant approvals should be checked by a second officer before payment.",
     "Introduce a second-officer check on all DFG approvals over £10,000.",
     "Private Sector Housing Manager", "31/10/2025", "", "Not yet due", ""),
    ("Health and Safety", "2025/26", "Substantial", "HS1", "Low",
     "Lone working risk assessments should be reviewed annually.",
     "Review all lone working risk assessments and record the review dates on the health and "
     "safety system.",
     "Health and Safety Advisor", "31/12/2025", "", "Not yet due", ""),
]
BLABY_FIRST_ROW = 5  # sheet row of the first recommendation on the "Tracker" sheet


def blaby_refuse_row():
    for i, r in enumerate(BLABY_ROWS):
        if r[9].startswith("Febuary"):
            return BLABY_FIRST_ROW + i
    raise ValueError


def build_blaby():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = BLABY_TITLE
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = ("Position as at 30 September 2025 – Audit and Corporate Governance "
                "Committee, 17 November 2025")
    heads = ["Audit", "Recommendations", "Implemented", "Outstanding", "Past original date"]
    for c, h in enumerate(heads, start=1):
        sm.cell(4, c, h).font = Font(bold=True)
        sm.cell(4, c).border = BOX
    audits = []
    for r in BLABY_ROWS:
        if r[0] not in audits:
            audits.append(r[0])
    row = 5
    for a in audits:
        rs = [r for r in BLABY_ROWS if r[0] == a]
        impl = sum(1 for r in rs if r[10] == "Implemented")
        past = sum(1 for r in rs if r[10] != "Implemented" and r[9])
        for c, v in enumerate([a, len(rs), impl, len(rs) - impl, past], start=1):
            sm.cell(row, c, v).border = BOX
        row += 1
    sm.cell(row, 1, "Total").font = Font(bold=True)
    for c in range(2, 6):
        col = chr(64 + c)
        sm.cell(row, c, f"=SUM({col}5:{col}{row - 1})").font = Font(bold=True)
    sm.column_dimensions["A"].width = 38
    for col in "BCDE":
        sm.column_dimensions[col].width = 18

    ws = wb.create_sheet("Tracker")
    ws["A1"] = BLABY_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Outstanding and recently implemented recommendations – position at 30/09/2025"
    ws["A2"].font = Font(italic=True)
    heads = ["Audit", "Audit Year", "Assurance Opinion", "Rec Ref", "Priority",
             "Recommendation", "Agreed Management Action", "Responsible Officer",
             "Original Target Date", "Revised Target Date", "Status", "Update"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("head")
        cell.alignment = Alignment(wrap_text=True)
        cell.border = BOX
    for i, r in enumerate(BLABY_ROWS):
        row = BLABY_FIRST_ROW + i
        for c, v in enumerate(r, start=1):
            cell = ws.cell(row, c, v if v != "" else None)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = BOX
        pri = {"High": "FFC7CE", "Medium": "FFEB9C", "Low": "C6EFCE"}[r[4]]
        ws.cell(row, 5).fill = fill(pri)
    last = BLABY_FIRST_ROW + len(BLABY_ROWS)
    ws.cell(last + 1, 1, "Priority: High = fundamental control weakness; Medium = important; "
                         "Low = minor / best practice.")
    ws.cell(last + 1, 1).font = Font(italic=True)
    for i, w in enumerate([26, 10, 12, 8, 9, 45, 45, 26, 13, 13, 12, 38]):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(os.path.join(HERE, BLABY_FILE))


# ---------------------------------------------------------------------------
# helpers for Word
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text into a cell; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(parts[0])
    r.bold = bold
    for extra in parts[1:]:
        p = cell.add_paragraph()
        r = p.add_run(extra)
        r.bold = bold


def header_row(table, heads, colour="1F3864"):
    for c, h in enumerate(heads):
        cell = table.rows[0].cells[c]
        set_cell(cell, h, bold=True)
        cell.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(cell, colour)


# ---------------------------------------------------------------------------
# 4. Midlothian - Newbyres Village Care Home, Care Inspectorate improvement plan (docx)
# ---------------------------------------------------------------------------
MID_FILE = "jw2-midlothian-council-care-home-care-inspectorate-improvement-plan.docx"
MID_TITLE = "Newbyres Village Care Home – Care Inspectorate Improvement Plan"
KQ1 = "Key question 1: How well do we support people’s wellbeing?"
KQ2 = "Key question 2: How good is our leadership?"
KQ3 = "Key question 3: How good is our staff team?"
REQ1 = ("By 28 June 2024, the provider must ensure that people are supported to move "
        "safely. To do this, the provider must ensure that staff use safe moving and "
        "handling techniques and that each person’s moving and handling plan is accurate "
        "and up to date.")
REQ2 = ("By 31 July 2024, the provider must ensure that people receive their medication "
        "as prescribed. To do this, the provider must ensure that medication errors are "
        "recorded, reviewed and learned from, and that staff who administer medication "
        "are assessed as competent.")
AFIM1 = ("To support good outcomes for people, the manager should ensure that quality "
         "assurance is led effectively, with audit findings used to develop and update a "
         "service improvement plan.")
AFIM2 = ("To support staff wellbeing and development, the provider should ensure that "
         "staff receive regular supervision and that team meetings take place on each unit.")

MID_BLOCKS = [
    (KQ1, "Requirement 1", REQ1, [
        dict(ref="R1.1",
             action="Moving and handling practical refresher for all care staff, delivered "
                    "by the HSCP Moving and Handling Adviser.",
             resp="Training Officer (HSCP)", lead=["Training Officer (HSCP)"],
             when="28 June 2024", end="2024-06", st="Complete",
             prog="All 58 care staff attended; attendance held on the training matrix."),
        dict(ref="R1.2",
             action="Review every resident’s moving and handling risk assessment and plan, "
                  "and sign each one off at the daily flash meeting.",
             resp="Depute Manager / Senior Care Officers",
             lead=["Depute Manager", "Senior Care Officers"],
             when="31 May 2024", end="2024-05", st="Complete",
             prog="57 plans reviewed and signed off."),
        dict(ref="R1.3",
             action="Carry out observed practice checks of moving and handling on each unit "
                    "and record them on the competency tracker.",
             resp="Senior Care Officers", lead=["Senior Care Officers"],
             when="Monthly", end=None, end_text="Monthly", st="Green",
             prog="Checks completed in July and August on all four units."),
    ]),
    (KQ1, "Requirement 2", REQ2, [
        dict(ref="R2.1",
             action="All staff who administer medication to complete the NHS Lothian "
                    "medicines e-learning and an observed competency assessment.",
             resp="Nurse Team Leader", lead=["Nurse Team Leader"],
             when="31 July 2024", end="2024-07", st="Amber",
             prog="85% complete; remaining staff booked for September."),
        dict(ref="R2.2",
             action="Introduce a weekly medication audit and a monthly medication incident "
                    "review at the clinical governance meeting.",
             resp="Care Home Manager; Pharmacist (Midlothian HSCP)",
             lead=["Care Home Manager", "Pharmacist (Midlothian HSCP)"],
             when="End of June 2024", end="2024-06", st="Complete",
             prog="Weekly audits in place since 3 June 2024."),
    ]),
    (KQ2, "Area for improvement 1", AFIM1, [
        dict(ref="AFI1.1",
             action="Develop a quality assurance calendar covering care plans, falls, "
                    "medication, nutrition and the environment, with findings reviewed "
                    "monthly by the management team.",
             resp="Care Home Manager", lead=["Care Home Manager"],
             when="September 2024", end="2024-09", st="Green",
             prog="Calendar drafted; first monthly review held 22 August."),
        dict(ref="AFI1.2",
             action="Include the views of residents and relatives in the service improvement "
                    "plan through quarterly relatives’ meetings.",
             resp="Depute Manager", lead=["Depute Manager"],
             when="Quarterly", end=None, end_text="Quarterly", st="Green",
             prog="Meeting held 15 July 2024; next due October."),
    ]),
    (KQ3, "Area for improvement 2", AFIM2, [
        dict(ref="AFI2.1",
             action="Agree a supervision schedule so that every member of staff has "
                    "supervision at least every eight weeks, monitored on the supervision "
                    "tracker.",
             resp="Depute Manager", lead=["Depute Manager"],
             when="August 2024", end="2024-08", st="Red",
             prog="62% compliance at the end of August; additional senior cover requested "
                  "from the HSCP."),
        dict(ref="AFI2.2",
             action="Hold monthly team meetings on each unit, with minutes shared with night "
                    "staff.",
             resp="Unit Senior Care Officers", lead=["Unit Senior Care Officers"],
             when="Ongoing", end=None, end_text="Ongoing", st="Green",
             prog="Meetings held on all units in July and August."),
    ]),
]


def mid_actions():
    out = []
    for kq, _label, text, rows in MID_BLOCKS:
        for r in rows:
            st = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}[r["st"]]
            a = dict(ref=r["ref"], under=[kq, text], action=r["action"], lead=r["lead"],
                     end=r["end"])
            if r.get("end_text"):
                a["end_text"] = r["end_text"]
            a["status"] = st
            out.append(a)
    return out


def build_mid():
    doc = Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Midlothian Health and Social Care Partnership"
    sec.footer.paragraphs[0].text = "Newbyres Village Care Home improvement plan – version 1.2"
    doc.add_paragraph(MID_TITLE, style="Title")
    doc.add_paragraph("Service: Newbyres Village Care Home, Gorebridge (care home service "
                      "for older people). Provider: Midlothian Council.")
    doc.add_paragraph("Inspection: unannounced, 12 to 14 March 2024. Report published "
                      "2 May 2024.")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Approved by"], colour="595959")
    for i, row in enumerate([("1.0", "20 May 2024", "Care Home Manager",
                              "Head of Adult Services"),
                             ("1.2", "9 September 2024", "Care Home Manager",
                              "Head of Adult Services")], start=1):
        for c, v in enumerate(row):
            set_cell(t.rows[i].cells[c], v)

    doc.add_heading("Status key", level=2)
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (w, c, m) in enumerate([("Complete", "0070C0", "Action completed and evidenced"),
                                   ("Green", "00B050", "On track"),
                                   ("Amber", "FFC000", "At risk"),
                                   ("Red", "FF0000", "Off track")]):
        set_cell(k.rows[i].cells[0], w, bold=True)
        shade(k.rows[i].cells[0], c)
        set_cell(k.rows[i].cells[1], m)

    current_kq = None
    for kq, label, text, rows in MID_BLOCKS:
        if kq != current_kq:
            doc.add_heading(kq, level=1)
            current_kq = kq
        doc.add_heading(label, level=2)
        doc.add_paragraph(text)
        t = doc.add_table(rows=1 + len(rows), cols=6)
        t.style = "Table Grid"
        header_row(t, ["No.", "Action", "Responsible", "Timescale", "Status",
                       "Progress / evidence"], colour="5B2C6F")
        for i, r in enumerate(rows, start=1):
            cells = t.rows[i].cells
            for c, v in enumerate([r["ref"], r["action"], r["resp"], r["when"], r["st"],
                                   r["prog"]]):
                set_cell(cells[c], v)
        doc.add_paragraph()

    doc.add_heading("Sign-off", level=2)
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for c, v in enumerate(["Name / post", "Signature", "Date"]):
        set_cell(s.rows[0].cells[c], v, bold=True)
    for c, v in enumerate(["Care Home Manager", "", "9 September 2024"]):
        set_cell(s.rows[1].cells[c], v)
    doc.save(os.path.join(HERE, MID_FILE))


# ---------------------------------------------------------------------------
# 5. Stoke-on-Trent City Council - auditor's annual report VfM action plan (docx)
# ---------------------------------------------------------------------------
SOT_FILE = ("jw2-stoke-on-trent-city-council-auditors-annual-report-vfm-recommendations-"
            "action-plan.docx")
SOT_TITLE = ("Stoke-on-Trent City Council: Auditor’s Annual Report 2023/24 – Value for "
             "Money Recommendations Action Plan")
S151 = "Director of Strategy and Resources (Section 151 Officer)"
SOT_GROUPS = [
    ("Financial sustainability", [
        ("KR1", "The council should develop a realistic, fully costed plan to close the "
                "budget gap in its medium-term financial strategy without relying on the "
                "use of reserves.", [
            dict(ref="KR1.1",
                 action="Identify and approve savings proposals for 2025/26 and 2026/27 "
                        "through the budget challenge sessions, with delivery tracked "
                        "monthly by the Corporate Leadership Team.",
                 resp=S151, lead=[S151], when="February 2025", end="2025-02",
                 st="Complete"),
            dict(ref="KR1.2",
                 action="Refresh the Medium-Term Financial Strategy to 2029/30, including a "
                        "reserves strategy that sets a minimum level of general balances.",
                 resp=S151, lead=[S151], when="July 2025", end="2025-07", st="Green"),
        ]),
        ("IR1", "The council should strengthen its monitoring of the Dedicated Schools "
                "Grant high needs deficit and agree a recovery plan with the Department for "
                "Education.", [
            dict(ref="IR1.1",
                 action="Report the DSG deficit management plan to Cabinet each quarter "
                        "alongside the revenue budget monitoring report.",
                 resp="Assistant Director – Finance; Assistant Director – Education and Skills",
                 lead=["Assistant Director – Finance",
                       "Assistant Director – Education and Skills"],
                 when="Q1 2025/26", end="2025-06", st="Amber"),
        ]),
    ]),
    ("Governance", [
        ("IR2", "The council should make sure the Audit and Standards Committee receives "
                "timely assurance on the implementation of internal audit recommendations.", [
            dict(ref="IR2.1",
                 action="Introduce a quarterly internal audit recommendations tracker report "
                        "to the Audit and Standards Committee, highlighting overdue "
                        "high-priority actions.",
                 resp="Head of Audit and Fraud", lead=["Head of Audit and Fraud"],
                 when="June 2025", end="2025-06", st="Complete"),
        ]),
        ("IR3", "The council should review its risk management framework so that strategic "
                "risks are reviewed regularly and linked to the council’s priorities.", [
            dict(ref="IR3.1",
                 action="Refresh the Risk Management Policy and Strategy and deliver risk "
                        "management training to every Directorate Management Team.\n"
                        "Directorate risk registers will then be reviewed quarterly.",
                 resp="Head of Audit and Fraud", lead=["Head of Audit and Fraud"],
                 when="30 September 2025", end="2025-09", st="Green"),
        ]),
    ]),
    ("Improving economy, efficiency and effectiveness", [
        ("IR4", "The council should strengthen contract management arrangements for its "
                "highest-value contracts.", [
            dict(ref="IR4.1",
                 action="Establish a contract management framework and assign a named "
                        "contract manager to every contract worth more than £500,000.",
                 resp="Head of Procurement", lead=["Head of Procurement"],
                 when="December 2025", end="2025-12", st="Amber"),
            dict(ref="IR4.2",
                 action="Report contract performance for the top 20 contracts to the "
                        "Corporate Leadership Team twice a year.",
                 resp="Head of Procurement", lead=["Head of Procurement"],
                 when="Six-monthly", end=None, end_text="Six-monthly", st="Not started"),
        ]),
    ]),
]


def sot_actions():
    out = []
    for crit, recs in SOT_GROUPS:
        for _code, rec, rows in recs:
            for r in rows:
                st = {"Complete": "blue", "Green": "green", "Amber": "amber",
                      "Red": "red", "Not started": "unrated"}[r["st"]]
                a = dict(ref=r["ref"], under=[crit, rec], action=r["action"],
                         lead=r["lead"], end=r["end"])
                if r.get("end_text"):
                    a["end_text"] = r["end_text"]
                a["status"] = st
                out.append(a)
    return out


def build_sot():
    doc = Document()
    for s in doc.sections:
        s.orientation = 1
        s.page_width, s.page_height = s.page_height, s.page_width
    doc.add_paragraph(SOT_TITLE, style="Title")
    doc.add_paragraph("Report to: Audit and Standards Committee, 25 March 2025")
    doc.add_paragraph(
        "The council’s external auditor, Ernst & Young LLP, issued its Auditor’s Annual "
        "Report for 2023/24 in January 2025. The auditor reported one significant weakness "
        "in the council’s arrangements for financial sustainability and made one key "
        "recommendation and four improvement recommendations. All recommendations have been "
        "accepted. This action plan sets out the agreed actions, the responsible officers and "
        "target dates, and will be updated for each meeting of the Committee.")
    doc.add_heading("Status key", level=2)
    k = doc.add_table(rows=6, cols=2)
    k.style = "Table Grid"
    set_cell(k.rows[0].cells[0], "Status", bold=True)
    set_cell(k.rows[0].cells[1], "Meaning", bold=True)
    for i, (w, c, m) in enumerate([("Complete", "0070C0", "Action implemented"),
                                   ("Green", "00B050", "On track to meet the target date"),
                                   ("Amber", "FFC000", "At risk of missing the target date"),
                                   ("Red", "FF0000", "Target date missed"),
                                   ("Not started", "FFFFFF", "Work not yet begun")], start=1):
        set_cell(k.rows[i].cells[0], w)
        shade(k.rows[i].cells[0], c)
        set_cell(k.rows[i].cells[1], m)

    doc.add_heading("Action plan", level=1)
    nrows = 1 + sum(1 + sum(len(rs) for _, _, rs in recs) for _, recs in SOT_GROUPS)
    t = doc.add_table(rows=nrows, cols=7)
    t.style = "Table Grid"
    header_row(t, ["Rec", "Recommendation", "Action ref", "Agreed action",
                   "Responsible officer", "Target date", "Status"], colour="7B1F3A")
    row = 1
    for crit, recs in SOT_GROUPS:
        cells = t.rows[row].cells
        m = cells[0].merge(cells[6])
        set_cell(m, crit, bold=True)
        shade(m, "E7E6E6")
        row += 1
        for code, rec, rows in recs:
            first = row
            for r in rows:
                cells = t.rows[row].cells
                set_cell(cells[2], r["ref"])
                set_cell(cells[3], r["action"])
                set_cell(cells[4], r["resp"])
                set_cell(cells[5], r["when"])
                set_cell(cells[6], r["st"])
                row += 1
            a = t.rows[first].cells[0]
            b = t.rows[first].cells[1]
            if row - 1 > first:
                a = a.merge(t.rows[row - 1].cells[0])
                b = b.merge(t.rows[row - 1].cells[1])
            set_cell(a, code, bold=True)
            set_cell(b, rec)
    doc.add_paragraph()
    doc.add_paragraph("KR = key recommendation (significant weakness). IR = improvement "
                      "recommendation.")
    doc.add_paragraph("Approved by the Corporate Leadership Team, 11 March 2025.")
    doc.save(os.path.join(HERE, SOT_FILE))


# ---------------------------------------------------------------------------
# 6. Oadby and Wigston BC - corporate risk register Q2 2025/26 (csv export)
# ---------------------------------------------------------------------------
OWBC_FILE = "jw2-oadby-wigston-bc-corporate-risk-register-q2-2025-26.csv"
OWBC_TITLE = "Oadby and Wigston Borough Council – Corporate Risk Register, Quarter 2 2025/26"
CFO = "Chief Finance Officer (S151)"
OWBC_RISKS = [
    ("CR01", "Financial Sustainability",
     "The council is unable to set a balanced budget over the medium term because of "
     "reduced funding, inflation and uncertainty about the Fair Funding Review.",
     CFO, 20, 16, "Red", "↔", [
         dict(ref="CR01a",
              action="Deliver the 2025/26 savings programme and report progress to the Policy, "
                     "Finance and Development Committee each quarter.",
              owner=CFO, lead=[CFO], when="31/03/2026", end="2026-03", rag="G",
              note="£410k of the £620k target delivered to date."),
         dict(ref="CR01b",
              action="Update the Medium Term Financial Strategy to reflect the Fair Funding "
                     "Review settlement.",
              owner="Finance Manager", lead=["Finance Manager"], when="Q3 2025/26",
              end="2025-12", rag="A",
              note="Waiting for the provisional settlement."),
     ]),
    ("CR02", "Local Government Reorganisation",
     "Reorganisation in Leicestershire diverts capacity from service delivery and leads to "
     "the loss of key staff.",
     "Chief Executive", 16, 16, "Red", "↑", [
         dict(ref="CR02a",
              action="Contribute to the Leicestershire district councils’ joint business case "
                     "and respond to government requirements on the reorganisation proposal.",
              owner="Chief Executive", lead=["Chief Executive"], when="28/11/2025",
              end="2025-11", rag="G", note="Interim proposal submitted."),
         dict(ref="CR02b",
              action="Keep staff informed through monthly reorganisation briefings and monitor "
                     "turnover in key posts.",
              owner="Head of Human Resources", lead=["Head of Human Resources"],
              when="Monthly", end=None, end_text="Monthly", rag="G",
              note="Briefings held July, August and September."),
     ]),
    ("CR03", "Cyber Security",
     "A cyber attack disrupts council systems, causing loss of data and services.",
     "Strategic Director", 20, 12, "Amber", "↓", [
         dict(ref="CR03a",
              action="Complete the PSN compliance health check and fix all critical and high "
                     "vulnerabilities found.",
              owner="ICT Manager", lead=["ICT Manager"], when="31/12/2025", end="2025-12",
              rag="A", note="Health check done; 3 high vulnerabilities outstanding."),
         dict(ref="CR03b",
              action="Run a phishing simulation exercise and target refresher training at "
                     "staff who fail it.",
              owner="ICT Manager / Information Governance Officer",
              lead=["ICT Manager", "Information Governance Officer"], when="Jan-26",
              end="2026-01", rag="G", note=""),
     ]),
    ("CR04", "Housing and Homelessness Demand",
     "Rising demand for temporary accommodation leads to the use of bed and breakfast and "
     "an overspend on the homelessness budget.",
     "Head of Community Services", 16, 16, "Red", "↑", [
         dict(ref="CR04a",
              action="Procure additional temporary accommodation within the borough to "
                     "reduce the use of bed and breakfast.",
              owner="Head of Community Services", lead=["Head of Community Services"],
              when="31/03/2026", end="2026-03", rag="R",
              note="Two units secured against a target of eight."),
         dict(ref="CR04b",
              action="Review the Homelessness Prevention Strategy action plan with partners.\n"
                     "Report progress to the Service Delivery Committee.",
              owner="Housing Options Manager", lead=["Housing Options Manager"],
              when="September 2025", end="2025-09", rag="B",
              note="Reported to Committee on 16 September 2025."),
     ]),
    ("CR05", "Workforce Capacity",
     "The council cannot recruit or retain staff with the skills it needs in key services.",
     "Head of Human Resources", 12, 9, "Amber", "↔", [
         dict(ref="CR05a",
              action="Complete the pay and grading benchmarking review for hard-to-recruit "
                     "posts.",
              owner="Head of Human Resources", lead=["Head of Human Resources"],
              when="30/09/2025", end="2025-09", rag="B",
              note="Market supplements agreed for planning and legal posts."),
     ]),
]


def owbc_actions():
    out = []
    for _ref, title, *_rest, acts in OWBC_RISKS:
        for r in acts:
            st = {"B": "blue", "G": "green", "A": "amber", "R": "red"}[r["rag"]]
            a = dict(ref=r["ref"], under=[title], action=r["action"], lead=r["lead"],
                     end=r["end"])
            if r.get("end_text"):
                a["end_text"] = r["end_text"]
            a["status"] = st
            out.append(a)
    return out


def build_owbc():
    path = os.path.join(HERE, OWBC_FILE)
    heads = ["Risk Ref", "Risk Title", "Risk Description", "Risk Owner", "Inherent Score",
             "Current Score", "Risk Rating", "Direction of Travel", "Action Ref",
             "Further Action", "Action Owner", "Target Date", "Action RAG",
             "Progress Comment"]
    n = len(heads)
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([OWBC_TITLE] + [""] * (n - 1))
        w.writerow(["Exported from the risk management system on 14/10/2025"] + [""] * (n - 1))
        w.writerow([""] * n)
        w.writerow(heads)
        for ref, title, desc, owner, inh, cur, rating, dot, acts in OWBC_RISKS:
            for i, r in enumerate(acts):
                risk = [ref, title, desc, owner, inh, cur, rating, dot] if i == 0 else [""] * 8
                w.writerow(risk + [r["ref"], r["action"], r["owner"], r["when"], r["rag"],
                                   r["note"]])
        w.writerow([""] * n)
        w.writerow(["Action RAG key: B = Complete; G = On track; A = Minor slippage; "
                    "R = Significant slippage or overdue"] + [""] * (n - 1))
        w.writerow(["Risk scores are likelihood x impact on a 5 x 5 matrix. Direction of "
                    "travel compares with Quarter 1."] + [""] * (n - 1))


# ---------------------------------------------------------------------------
# 7. Charnwood BC - RSH consumer standards housing improvement plan (plain text)
# ---------------------------------------------------------------------------
CBC_FILE = "jw2-charnwood-bc-rsh-consumer-standards-housing-improvement-plan.txt"
CBC_TITLE = "CHARNWOOD BOROUGH COUNCIL – HOUSING IMPROVEMENT PLAN (CONSUMER STANDARDS)"
CBC_SECTIONS = [
    ("1. SAFETY AND QUALITY STANDARD", [
        ("Issue 1A: We do not hold up-to-date stock condition information for all council "
         "homes.", [
            dict(ref="1A.1",
                 action="Complete a 100% stock condition survey of council homes, starting with "
                        "homes not surveyed since 2019.",
                 lead_txt="Head of Landlord Services", lead=["Head of Landlord Services"],
                 when="March 2026", end="2026-03", st="Green",
                 prog="3,120 of 5,580 homes surveyed."),
            dict(ref="1A.2",
                 action="Load the survey data into the asset management system and use it to "
                        "set the 2026/27 capital programme.",
                 lead_txt="Asset Manager", lead=["Asset Manager"],
                 when="Q4 2025/26", end="2026-03", st="Amber",
                 prog="System upgrade needed before data can be loaded."),
        ]),
        ("Issue 1B: Remedial actions from fire risk assessments are overdue.", [
            dict(ref="1B.1",
                 action="Clear all overdue high-risk fire risk assessment actions in blocks of "
                        "flats and sheltered schemes.",
                 lead_txt="Compliance Manager", lead=["Compliance Manager"],
                 when="31/12/2025", end="2025-12", st="Red",
                 prog="41 high-risk actions outstanding; contractor capacity increased from "
                      "October."),
            dict(ref="1B.2",
                 action="Report fire safety compliance monthly to the Housing Management "
                        "Advisory Board and the Lead Member for Housing.",
                 lead_txt="Head of Landlord Services / Compliance Manager",
                 lead=["Head of Landlord Services", "Compliance Manager"],
                 when="Monthly", end=None, end_text="Monthly", st="Green",
                 prog="Reported every month since May 2025."),
        ]),
    ]),
    ("2. TRANSPARENCY, INFLUENCE AND ACCOUNTABILITY STANDARD", [
        ("Issue 2A: Tenant Satisfaction Measures for 2024/25 were not published by the "
         "required date.", [
            dict(ref="2A.1",
                 action="Publish the 2024/25 Tenant Satisfaction Measures and a summary report "
                        "on the council website.",
                 lead_txt="Performance and Insight Officer",
                 lead=["Performance and Insight Officer"],
                 when="July 2025", end="2025-07", st="Complete",
                 prog="Published 18 July 2025."),
            dict(ref="2A.2",
                 action="Agree the 2025/26 survey method with the Charnwood Housing Residents’ "
                        "Forum.",
                 lead_txt="Tenant Engagement Manager", lead=["Tenant Engagement Manager"],
                 when="31 October 2025", end="2025-10", st="Green",
                 prog="Options paper discussed at the September Forum."),
        ]),
    ]),
    ("3. NEIGHBOURHOOD AND COMMUNITY STANDARD", [
        ("Issue 3A: Communal areas in blocks of flats are not inspected consistently.", [
            dict(ref="3A.1",
                 action="Introduce a monthly communal area inspection schedule and publish the "
                        "results on block noticeboards.",
                 lead_txt="Tenancy Management Team Leader",
                 lead=["Tenancy Management Team Leader"],
                 when="November 2025", end="2025-11", st="Amber",
                 prog="Schedule drafted; handheld devices on order."),
        ]),
    ]),
    ("4. GOVERNANCE AND ASSURANCE", [
        ("Issue 4A: Members do not receive regular assurance on compliance with the consumer "
         "standards.", [
            dict(ref="4A.1",
                 action="Add a consumer standards compliance dashboard to the quarterly "
                        "performance report to Cabinet.",
                 lead_txt="Director of Housing", lead=["Director of Housing"],
                 when="January 2026", end="2026-01", st="Not started",
                 prog="Due to start once the stock condition data is loaded."),
        ]),
    ]),
]


def cbc_actions():
    out = []
    for sec, issues in CBC_SECTIONS:
        for issue, rows in issues:
            for r in rows:
                st = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red",
                      "Not started": "unrated"}[r["st"]]
                a = dict(ref=r["ref"], under=[sec, issue], action=r["action"],
                         lead=r["lead"], end=r["end"])
                if r.get("end_text"):
                    a["end_text"] = r["end_text"]
                a["status"] = st
                out.append(a)
    return out


def build_cbc():
    rule = "=" * 78
    lines = [CBC_TITLE,
             "Landlord Services: response to the Regulator of Social Housing following "
             "self-referral",
             "Version 4 – progress to 30 September 2025 – Housing Management Advisory Board",
             "",
             "Status key: Complete = action finished and evidenced; Green = on track; "
             "Amber = at risk; Red = off track; Not started = not yet due to start",
             "",
             rule]
    for sec, issues in CBC_SECTIONS:
        lines += ["", sec, ""]
        for issue, rows in issues:
            lines += [issue, ""]
            for r in rows:
                lines += [f"  Action {r['ref']}",
                          f"  What we will do: {r['action']}",
                          f"  Lead: {r['lead_txt']}",
                          f"  Target date: {r['when']}",
                          f"  Status: {r['st']}",
                          f"  Progress: {r['prog']}",
                          ""]
    acts = cbc_actions()
    cnt = {}
    for a in acts:
        cnt[a["status"]] = cnt.get(a["status"], 0) + 1
    lines += [rule,
              "SUMMARY OF PROGRESS",
              f"Total actions: {len(acts)}",
              f"Complete: {cnt.get('blue', 0)}   Green: {cnt.get('green', 0)}   "
              f"Amber: {cnt.get('amber', 0)}   Red: {cnt.get('red', 0)}   "
              f"Not started: {cnt.get('unrated', 0)}",
              "",
              "Next update: Housing Management Advisory Board, January 2026",
              ""]
    with open(os.path.join(HERE, CBC_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))


def main():
    build_sfrs()
    build_bmbc()
    build_blaby()
    build_mid()
    build_sot()
    build_owbc()
    build_cbc()
    print("built 7 files in", HERE)


if __name__ == "__main__":
    main()
