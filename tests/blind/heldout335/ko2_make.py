"""Build the seven ko2- blind test files (set heldout335).

Run with: /work/main/.venv/bin/python ko2_make.py
Writes the data files beside this script. The .expected.yaml files are written separately
(they are the reading a person makes of each file, kept as static files).
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_colour):
    return PatternFill(start_color=hex_colour, end_color=hex_colour, fill_type="solid")


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Waltham Forest - ASC CQC assessment improvement plan (xlsx, RAG by fill only)
# ---------------------------------------------------------------------------
WF_FILE = "ko2-london-borough-of-waltham-forest-asc-cqc-assessment-improvement-plan.xlsx"
WF_TITLE = "London Borough of Waltham Forest – Adult Social Care CQC Assessment Improvement Plan 2025/26"

# each theme: (theme heading, [ (finding, [actions]) ])
WF_PLAN = [
    ("Theme 1: Working with people", [
        ("People waited too long for Care Act assessments and annual reviews, and the waiting list was not consistently risk-rated.", [
            dict(ref="1.1",
                 action="Introduce a weekly risk-rated triage of the assessment waiting list, with contact for everyone who has waited more than 28 days.",
                 lead="Head of Assessment and Care Management", date=d(2025, 10, 31), rag=GREEN,
                 update="Triage meeting in place since July. 94% of people waiting over 28 days contacted in September.",
                 x_lead=["Head of Assessment and Care Management"], x_end="2025-10", x_status="green"),
            dict(ref="1.2",
                 action="Commission a dedicated reviews team for 12 months to clear the backlog of overdue annual reviews.",
                 lead="Head of Assessment and Care Management; Head of Commissioning (Adults)", date=d(2026, 3, 31), rag=AMBER,
                 update="Team recruited (4 of 6 posts filled).\nBacklog reduced from 612 to 455 overdue reviews; trajectory behind plan.",
                 x_lead=["Head of Assessment and Care Management", "Head of Commissioning (Adults)"], x_end="2026-03", x_status="amber"),
        ]),
        ("Unpaid carers told CQC they did not always know what support was available or how to get a carer's assessment.", [
            dict(ref="1.3",
                 action="Co-produce a refreshed Carers' Offer with the Carers' Partnership Board and publish it in accessible formats.",
                 lead="Carers Lead / Principal Social Worker", date=d(2025, 12, 31), rag=GREEN,
                 update="Two co-production workshops held. Easy read version being drafted with Carers First.",
                 x_lead=["Carers Lead", "Principal Social Worker"], x_end="2025-12", x_status="green"),
        ]),
    ]),
    ("Theme 2: Providing support", [
        ("There was limited nursing and specialist dementia provision in the borough, so some people were placed out of borough.", [
            dict(ref="2.1",
                 action="Refresh the Market Sustainability Plan, including a nursing and dementia bed sufficiency analysis.",
                 lead="Head of Commissioning (Adults)", date=d(2025, 7, 31), rag=BLUE,
                 update="Completed. Market Sustainability Plan approved by Cabinet in July 2025.",
                 x_lead=["Head of Commissioning (Adults)"], x_end="2025-07", x_status="blue"),
            dict(ref="2.2",
                 action="Agree a joint commissioning approach for nursing placements with NHS North East London ICB.",
                 lead="Head of Commissioning (Adults) / ICB Place Director", date="Q4 2025/26", rag=AMBER,
                 update="Draft Section 75 schedule shared with the ICB; legal review outstanding.",
                 x_lead=["Head of Commissioning (Adults)", "ICB Place Director"], x_end="2026-03", x_end_text="Q4 2025/26", x_status="amber"),
        ]),
    ]),
    ("Theme 3: Ensuring safety within the system", [
        ("Transitions from children's to adults' services were not always planned early enough for young people with complex needs.", [
            dict(ref="3.1",
                 action="Establish a Preparing for Adulthood panel from age 14, jointly chaired by Children's and Adults' services.",
                 lead="Head of Service – Preparing for Adulthood", date=d(2026, 1, 31), rag=AMBER,
                 update="Terms of reference agreed. First panel delayed to November because of vacancies in the transitions team.",
                 x_lead=["Head of Service – Preparing for Adulthood"], x_end="2026-01", x_status="amber"),
        ]),
        ("Safeguarding enquiries were not always completed in a timely way and outcomes were not consistently recorded.", [
            dict(ref="3.2",
                 action="Add Making Safeguarding Personal outcome fields to Mosaic and report completion monthly to the ASC Performance Board.",
                 lead="Head of Safeguarding Adults", date=d(2025, 12, 31), rag=GREEN,
                 update="Mosaic change built and in user testing.",
                 x_lead=["Head of Safeguarding Adults"], x_end="2025-12", x_status="green"),
            dict(ref="3.3",
                 action="Carry out a multi-agency audit of Section 42 enquiries closed in Q1 and Q2 and report the findings to the Safeguarding Adults Board.",
                 lead="Safeguarding Adults Board Business Manager", date=d(2026, 2, 28), rag=RED,
                 update="Audit tool not yet agreed with partners; escalated to the SAB Independent Chair.",
                 x_lead=["Safeguarding Adults Board Business Manager"], x_end="2026-02", x_status="red"),
        ]),
    ]),
    ("Theme 4: Leadership", [
        ("The council's use of performance data to understand outcomes and drive improvement was at an early stage.", [
            dict(ref="4.1",
                 action="Launch a monthly ASC performance dashboard, including equality data, for DMT and the Lead Member.",
                 lead="Head of Performance and Intelligence", date=d(2025, 8, 31), rag=BLUE,
                 update="Completed. Dashboard live from August 2025.",
                 x_lead=["Head of Performance and Intelligence"], x_end="2025-08", x_status="blue"),
            dict(ref="4.2",
                 action="Embed a quarterly practice quality audit programme and report themes to the ASC Improvement Board.",
                 lead="Principal Social Worker", date="Ongoing", rag=GREEN,
                 update="Q2 audit of 40 cases completed; themes reported in October.",
                 x_lead=["Principal Social Worker"], x_end=None, x_end_text="Ongoing", x_status="green"),
        ]),
    ]),
]


def build_waltham_forest():
    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = WF_TITLE
    cover["A1"].font = Font(bold=True, size=14, color=NAVY)
    cover["A3"] = "Document control"
    cover["A3"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Summary of changes"),
        ("0.3", "12/05/2025", "ASC Improvement Lead", "Draft following publication of the CQC assessment report"),
        ("1.0", "03/06/2025", "ASC Improvement Lead", "Approved by ASC Improvement Board"),
        ("1.3", "07/10/2025", "ASC Improvement Lead", "September 2025 progress update"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cover.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    cover["A9"] = "Plan owner: Director of Adult Social Services (DASS)"
    cover["A10"] = "Governance: ASC Improvement Board (monthly); Cabinet Member for Health and Adult Social Care; Health Scrutiny Committee (quarterly)"
    cover.column_dimensions["A"].width = 14
    cover.column_dimensions["B"].width = 14
    cover.column_dimensions["C"].width = 24
    cover.column_dimensions["D"].width = 60

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of RAG status – September 2025"
    summ["A1"].font = Font(bold=True, size=12)
    hdr = ["Theme", "Actions", "Complete", "Green", "Amber", "Red"]
    for j, v in enumerate(hdr):
        c = summ.cell(row=3, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    totals = [0, 0, 0, 0, 0]
    r = 4
    for theme, findings in WF_PLAN:
        acts = [a for _, al in findings for a in al]
        counts = [len(acts),
                  sum(a["rag"] == BLUE for a in acts),
                  sum(a["rag"] == GREEN for a in acts),
                  sum(a["rag"] == AMBER for a in acts),
                  sum(a["rag"] == RED for a in acts)]
        totals = [t + c for t, c in zip(totals, counts)]
        summ.cell(row=r, column=1, value=theme).border = BOX
        for j, v in enumerate(counts):
            summ.cell(row=r, column=2 + j, value=v).border = BOX
        r += 1
    summ.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(totals):
        c = summ.cell(row=r, column=2 + j, value=v)
        c.font = Font(bold=True)
    summ.column_dimensions["A"].width = 44

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Adult Social Care – CQC Assessment Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Progress update: September 2025"
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "Actions are reviewed monthly at the ASC Improvement Board. RAG status is shown by the colour of the RAG cell – see the key below the plan."
    hdr = ["Ref", "CQC finding (area for improvement)", "Action", "Lead officer", "Target date", "Progress update", "RAG"]
    for j, v in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.border = BOX
        c.alignment = WRAP
    r = 6
    for theme, findings in WF_PLAN:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        for col in range(1, 8):
            ws.cell(row=r, column=col).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for finding, acts in findings:
            first = r
            for a in acts:
                ws.cell(row=r, column=1, value=a["ref"])
                ws.cell(row=r, column=3, value=a["action"])
                ws.cell(row=r, column=4, value=a["lead"])
                c = ws.cell(row=r, column=5, value=a["date"])
                if isinstance(a["date"], dt.datetime):
                    c.number_format = "mmm-yy"
                ws.cell(row=r, column=6, value=a["update"])
                ws.cell(row=r, column=7).fill = fill(a["rag"])
                for col in range(1, 8):
                    ws.cell(row=r, column=col).border = BOX
                    ws.cell(row=r, column=col).alignment = WRAP
                r += 1
            ws.cell(row=first, column=2, value=finding)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    r += 1
    for colour, label in [(BLUE, "Complete"),
                          (GREEN, "On track"),
                          (AMBER, "Some slippage – mitigation in place"),
                          (RED, "Off track – escalated to the ASC Improvement Board")]:
        ws.cell(row=r, column=1).fill = fill(colour)
        ws.cell(row=r, column=2, value=label)
        r += 1
    widths = {"A": 7, "B": 40, "C": 50, "D": 28, "E": 12, "F": 45, "G": 7}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, WF_FILE))


# ---------------------------------------------------------------------------
# 2. East Lindsey DC - internal audit recommendations tracker (xlsx, audit band rows)
# ---------------------------------------------------------------------------
EL_FILE = "ko2-east-lindsey-dc-internal-audit-recommendations-tracker.xlsx"
EL_TITLE = "East Lindsey District Council – Internal Audit Outstanding Recommendations Tracker"

EL_AUDITS = [
    ("Payroll 2024/25 – Limited Assurance", [
        dict(no=1, prio="High",
             rec="Starters, leavers and contractual changes should be authorised by the budget holder before they are processed.",
             action="Introduce an e-form for starters, leavers and changes which requires budget holder approval before Payroll can process it.",
             officer="HR & Payroll Manager", orig=d(2025, 3, 31), rev=d(2026, 1, 31), status="In progress", rag="A",
             comment="E-form built; delayed by the upgrade of the HR system. Revised date agreed by the Section 151 Officer.",
             x_lead=["HR & Payroll Manager"], x_end="2026-01", x_status="amber"),
        dict(no=2, prio="Medium",
             rec="Monthly payroll exception reports should be independently reviewed.",
             action="Payroll Team Leader to review monthly exception reports (variances over 10%) and evidence the review by signature and date.",
             officer="Payroll Team Leader", orig=d(2025, 4, 30), rev=None, status="Implemented", rag="B",
             comment="Verified by Internal Audit in June 2025.",
             x_lead=["Payroll Team Leader"], x_end="2025-04", x_status="blue"),
        dict(no=3, prio="Medium",
             rec="Overtime claims should be supported by approved timesheets.",
             action="Remind all managers that overtime will only be paid on receipt of an approved timesheet; Payroll to reject unsupported claims.",
             officer="HR & Payroll Manager / Payroll Team Leader", orig=d(2025, 6, 30), rev=d(2025, 9, 30), status="In progress", rag="R",
             comment="Reminder issued. Rejection process not yet in place – overdue.",
             x_lead=["HR & Payroll Manager", "Payroll Team Leader"], x_end="2025-09", x_status="red"),
    ]),
    ("Disabled Facilities Grants 2024/25 – Limited Assurance", [
        dict(no=1, prio="High",
             rec="The Council should clear the backlog of DFG applications awaiting an Occupational Therapist assessment.",
             action="Agree a service level agreement with Lincolnshire County Council for OT assessments and commission additional OT capacity to clear the backlog.",
             officer="Assistant Director – Housing", orig=d(2025, 9, 30), rev=d(2026, 3, 31), status="In progress", rag="A",
             comment="SLA agreed. Backlog down from 141 to 88 cases.",
             x_lead=["Assistant Director – Housing"], x_end="2026-03", x_status="amber"),
        dict(no=2, prio="Medium",
             rec="Grant approvals and payments should be reconciled to the financial system monthly.",
             action="Reconcile DFG approvals and payments to the ledger each month, with the reconciliation signed off by the Principal Accountant.",
             officer="Private Sector Housing Manager; Principal Accountant", orig=d(2025, 12, 31), rev=None, status="In progress", rag="G",
             comment="September and October reconciliations completed.",
             x_lead=["Private Sector Housing Manager", "Principal Accountant"], x_end="2025-12", x_status="green"),
    ]),
    ("Cyber Security 2025/26 – Substantial Assurance", [
        dict(no=1, prio="Medium",
             rec="Multi-factor authentication should be extended to all remote access accounts.",
             action="Enable multi-factor authentication for the remaining 38 remote access accounts held by third-party suppliers.",
             officer="ICT Infrastructure Manager (PSPS)", orig=d(2026, 1, 31), rev=None, status="In progress", rag="G",
             comment="22 of 38 accounts completed.",
             x_lead=["ICT Infrastructure Manager (PSPS)"], x_end="2026-01", x_status="green"),
        dict(no=2, prio="Low",
             rec="The ICT incident response plan should be tested at least annually.",
             action="Run a desktop cyber incident exercise with the Emergency Planning team and update the incident response plan with the lessons learned.",
             officer="ICT Infrastructure Manager (PSPS); Emergency Planning Officer", orig=d(2026, 3, 31), rev=None, status="Not yet due", rag=None,
             comment="",
             x_lead=["ICT Infrastructure Manager (PSPS)", "Emergency Planning Officer"], x_end="2026-03", x_status="unrated"),
    ]),
    ("Procurement and Contract Management 2024/25 – Limited Assurance", [
        dict(no=1, prio="High",
             rec="The contracts register should be complete and published as required by the Local Government Transparency Code.",
             action="Complete a data cleanse of the contracts register against creditor payments over £5,000.\nPublish the register quarterly on the Council's website.",
             officer="Procurement Lead", orig=d(2025, 7, 31), rev=d(2025, 9, 30), status="Implemented", rag="B",
             comment="Register published 26 September 2025.",
             x_lead=["Procurement Lead"], x_end="2025-09", x_status="blue"),
        dict(no=2, prio="Medium",
             rec="Waivers of Contract Procedure Rules should be recorded centrally and reported to committee.",
             action="Create a central waiver log and report waivers to the Audit and Governance Committee every six months.",
             officer="Procurement Lead; Monitoring Officer", orig=d(2025, 9, 30), rev=None, status="Implemented", rag="B",
             comment="First waiver report presented in September 2025.",
             x_lead=["Procurement Lead", "Monitoring Officer"], x_end="2025-09", x_status="blue"),
    ]),
]

EL_RAG_FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def build_east_lindsey():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Outstanding recommendations"
    ws["A1"] = EL_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Audit and Governance Committee – 26 November 2025"
    ws["A3"] = "Internal audit service provided by Assurance Lincolnshire. Position as at 31 October 2025."
    ws["A3"].font = Font(italic=True)
    hdr = ["Rec No.", "Priority", "Recommendation", "Agreed Management Action", "Responsible Officer",
           "Original Target Date", "Revised Target Date", "Status", "RAG", "Comments"]
    for j, v in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BOX
        c.alignment = WRAP
    r = 6
    for band, recs in EL_AUDITS:
        ws.cell(row=r, column=1, value=band).font = Font(bold=True, color="FFFFFF")
        for col in range(1, 11):
            ws.cell(row=r, column=col).fill = fill(NAVY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for a in recs:
            vals = [a["no"], a["prio"], a["rec"], a["action"], a["officer"], a["orig"], a["rev"], a["status"], a["rag"], a["comment"] or None]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if a["rag"]:
                ws.cell(row=r, column=9).fill = fill(EL_RAG_FILL[a["rag"]])
                ws.cell(row=r, column=9).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    r += 1
    n = sum(len(x) for _, x in EL_AUDITS)
    done = sum(a["status"] == "Implemented" for _, x in EL_AUDITS for a in x)
    ws.cell(row=r, column=1, value="Total actions reported").font = Font(bold=True)
    ws.cell(row=r, column=4, value=n)
    r += 1
    ws.cell(row=r, column=1, value="Implemented")
    ws.cell(row=r, column=4, value=done)
    r += 1
    ws.cell(row=r, column=1, value="Outstanding")
    ws.cell(row=r, column=4, value=n - done)
    r += 2
    ws.cell(row=r, column=1, value="RAG key: B = implemented; G = on track to be implemented by the target date; "
                                   "A = revised target date agreed; R = overdue (past the revised target date); "
                                   "blank = not yet due").font = Font(italic=True)
    widths = {"A": 8, "B": 9, "C": 42, "D": 48, "E": 26, "F": 12, "G": 12, "H": 13, "I": 6, "J": 40}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "A6"

    s2 = wb.create_sheet("Summary by audit")
    s2["A1"] = "Summary of agreed actions by audit"
    s2["A1"].font = Font(bold=True, size=12)
    hdr = ["Audit", "Actions agreed", "Implemented", "Outstanding", "Overdue"]
    for j, v in enumerate(hdr):
        c = s2.cell(row=3, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    r = 4
    for band, recs in EL_AUDITS:
        vals = [band, len(recs), sum(a["status"] == "Implemented" for a in recs),
                sum(a["status"] != "Implemented" for a in recs), sum(a["rag"] == "R" for a in recs)]
        for j, v in enumerate(vals):
            s2.cell(row=r, column=1 + j, value=v).border = BOX
        r += 1
    s2.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j in range(4):
        col = openpyxl.utils.get_column_letter(2 + j)
        s2.cell(row=r, column=2 + j, value=f"=SUM({col}4:{col}{r - 1})").font = Font(bold=True)
    s2.column_dimensions["A"].width = 60

    s3 = wb.create_sheet("Assurance levels")
    s3["A1"] = "Assurance opinions used by Assurance Lincolnshire"
    s3["A1"].font = Font(bold=True)
    for i, (lvl, text) in enumerate([
        ("High", "Our critical review or assessment on the activities gives us a high level of confidence on service delivery arrangements."),
        ("Substantial", "Our critical review or assessment on the activities gives us a substantial level of confidence (assurance) on service delivery arrangements."),
        ("Limited", "Our critical review or assessment on the activities gives us a limited level of confidence on service delivery arrangements."),
        ("Low", "Our critical review or assessment on the activities identified significant concerns on service delivery arrangements."),
    ]):
        s3.cell(row=3 + i, column=1, value=lvl).font = Font(bold=True)
        s3.cell(row=3 + i, column=2, value=text)
    s3.column_dimensions["B"].width = 110
    wb.save(os.path.join(HERE, EL_FILE))


# ---------------------------------------------------------------------------
# 3. Lancaster City Council - strategic risk register (xlsx, merged risk blocks)
# ---------------------------------------------------------------------------
LC_FILE = "ko2-lancaster-city-council-strategic-risk-register-q3-2025-26.xlsx"
LC_TITLE = "Lancaster City Council – Strategic Risk Register Q3 2025/26"

STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED, "Not started": None}

LC_RISKS = [
    dict(risk="SR01 – Financial Sustainability",
         desc="Cause: rising demand, inflation and uncertainty over the Fair Funding Review.\nConsequence: the Council cannot set a balanced budget and has to make unplanned service reductions.",
         owner="Chief Finance Officer (s151)", controls="MTFS; monthly budget monitoring; Outcomes Based Resourcing savings programme; reserves strategy.",
         prev="4 x 4 = 16", cur="4 x 4 = 16", cur_fill=RED, target="3 x 3 = 9", dot="↔",
         actions=[
             dict(ref="SR01.1", action="Deliver the £2.1m savings programme agreed in the 2025/26 budget, with monthly monitoring at Leadership Team.",
                  owner="Chief Finance Officer", due=d(2026, 3, 31), status="On track",
                  x_lead=["Chief Finance Officer"], x_end="2026-03", x_status="green"),
             dict(ref="SR01.2", action="Refresh the Medium Term Financial Strategy to 2029/30 for Budget Council.",
                  owner="Chief Finance Officer", due="Feb-26", status="At risk",
                  x_lead=["Chief Finance Officer"], x_end="2026-02", x_status="amber"),
         ]),
    dict(risk="SR02 – Local Government Reorganisation",
         desc="Cause: the government's programme for reorganisation in Lancashire.\nConsequence: loss of staff and focus, delay to Council priorities and a poorly planned transition.",
         owner="Chief Executive", controls="LGR working group; Lancashire Leaders and Chief Executives meetings; staff briefings.",
         prev="4 x 3 = 12", cur="4 x 4 = 16", cur_fill=RED, target="3 x 3 = 9", dot="↑",
         actions=[
             dict(ref="SR02.1", action="Submit the Council's final proposal for local government reorganisation in Lancashire to government.",
                  owner="Chief Executive", due=d(2025, 11, 28), status="Complete",
                  x_lead=["Chief Executive"], x_end="2025-11", x_status="blue"),
             dict(ref="SR02.2", action="Establish an LGR programme board with workstreams for finance, HR, ICT and democratic services.",
                  owner="Chief Executive; Director of Corporate Services", due="31 January 2026", status="On track",
                  x_lead=["Chief Executive", "Director of Corporate Services"], x_end="2026-01", x_status="green"),
         ]),
    dict(risk="SR03 – Cyber Security and ICT Resilience",
         desc="Cause: a cyber attack or failure of critical ICT systems.\nConsequence: loss of data and services, financial loss and reputational damage.",
         owner="Director of Corporate Services", controls="Firewalls and endpoint protection; backups; annual IT health check; cyber insurance.",
         prev="4 x 4 = 16", cur="3 x 4 = 12", cur_fill=AMBER, target="2 x 4 = 8", dot="↓",
         actions=[
             dict(ref="SR03.1", action="Achieve PSN compliance and complete the IT health check remediation plan.",
                  owner="Head of ICT", due=d(2026, 3, 31), status="Off track",
                  x_lead=["Head of ICT"], x_end="2026-03", x_status="red"),
             dict(ref="SR03.2", action="Roll out mandatory cyber awareness training to all staff and councillors.",
                  owner="Head of ICT / Head of HR", due="Quarterly", status="On track",
                  x_lead=["Head of ICT", "Head of HR"], x_end=None, x_end_text="Quarterly", x_status="green"),
         ]),
    dict(risk="SR04 – Council Housing Compliance",
         desc="Cause: incomplete stock condition and compliance data for council homes.\nConsequence: tenants at risk of harm and regulatory action by the Regulator of Social Housing.",
         owner="Director of Housing and Property", controls="Compliance dashboard; Building Safety Manager in post; quarterly reports to Cabinet.",
         prev="3 x 5 = 15", cur="3 x 5 = 15", cur_fill=RED, target="2 x 5 = 10", dot="↔",
         actions=[
             dict(ref="SR04.1", action="Complete the outstanding fire risk assessment actions in council blocks, prioritising high-risk actions.",
                  owner="Head of Housing", due=d(2026, 6, 30), status="On track",
                  x_lead=["Head of Housing"], x_end="2026-06", x_status="green"),
             dict(ref="SR04.2", action="Procure a stock condition survey covering all council homes over three years.",
                  owner="Head of Housing", due="TBC", status="Not started",
                  x_lead=["Head of Housing"], x_end=None, x_end_text="TBC", x_status="unrated"),
         ]),
    dict(risk="SR05 – Workforce Capacity",
         desc="Cause: difficulty recruiting and keeping staff in specialist roles.\nConsequence: services cannot be delivered to the standard or timescale required.",
         owner="Director of Corporate Services", controls="Workforce Strategy; agency framework; apprenticeship programme.",
         prev="3 x 3 = 9", cur="3 x 3 = 9", cur_fill=AMBER, target="2 x 3 = 6", dot="↔",
         actions=[
             dict(ref="SR05.1", action="Implement the Workforce Strategy action plan, including a review of market supplements for hard-to-fill posts.",
                  owner="Head of HR", due=d(2026, 9, 30), status="At risk",
                  x_lead=["Head of HR"], x_end="2026-09", x_status="amber"),
         ]),
]


def build_lancaster():
    wb = openpyxl.Workbook()
    s1 = wb.active
    s1.title = "Summary"
    s1["A1"] = LC_TITLE
    s1["A1"].font = Font(bold=True, size=14)
    s1["A2"] = "Position as at 31 December 2025 – reported to Audit Committee, 28 January 2026"
    hdr = ["Risk", "Risk owner", "Previous score (Q2)", "Current score (Q3)", "Target score", "Direction of travel"]
    for j, v in enumerate(hdr):
        c = s1.cell(row=4, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    for i, rk in enumerate(LC_RISKS):
        vals = [rk["risk"], rk["owner"], rk["prev"], rk["cur"], rk["target"], rk["dot"]]
        for j, v in enumerate(vals):
            c = s1.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
        s1.cell(row=5 + i, column=4).fill = fill(rk["cur_fill"])
    s1.cell(row=5 + len(LC_RISKS) + 1, column=1, value="Direction of travel: ↑ risk increased; ↓ risk reduced; ↔ no change since last quarter.")
    s1.column_dimensions["A"].width = 42
    s1.column_dimensions["B"].width = 32
    for k in "CDEF":
        s1.column_dimensions[k].width = 16

    ws = wb.create_sheet("Strategic Risk Register")
    ws["A1"] = "Strategic Risk Register – Quarter 3 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:K1")
    ws["A2"] = "Scores are Likelihood x Impact (see Scoring matrix). Further actions are the additional actions needed to bring each risk to its target score."
    ws["A2"].font = Font(italic=True)
    hdr = ["Risk", "Description (cause and consequence)", "Risk Owner", "Existing controls", "Current score (L x I)",
           "Target score", "Action Ref", "Further actions", "Action Owner", "Due Date", "Action Status"]
    for j, v in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
        c.alignment = WRAP
    r = 5
    for rk in LC_RISKS:
        first = r
        for a in rk["actions"]:
            ws.cell(row=r, column=7, value=a["ref"])
            ws.cell(row=r, column=8, value=a["action"])
            ws.cell(row=r, column=9, value=a["owner"])
            c = ws.cell(row=r, column=10, value=a["due"])
            if isinstance(a["due"], dt.datetime):
                c.number_format = "dd/mm/yyyy"
            sc = ws.cell(row=r, column=11, value=a["status"])
            if STATUS_FILL[a["status"]]:
                sc.fill = fill(STATUS_FILL[a["status"]])
            for col in range(1, 12):
                ws.cell(row=r, column=col).border = BOX
                ws.cell(row=r, column=col).alignment = WRAP
            r += 1
        for col, key in [(1, "risk"), (2, "desc"), (3, "owner"), (4, "controls"), (5, "cur"), (6, "target")]:
            ws.cell(row=first, column=col, value=rk[key])
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
        ws.cell(row=first, column=1).font = Font(bold=True)
        ws.cell(row=first, column=5).fill = fill(rk["cur_fill"])
    r += 1
    ws.cell(row=r, column=1, value="Action status key").font = Font(bold=True)
    r += 1
    for label, colour, text in [("Complete", BLUE, "action finished"),
                                ("On track", GREEN, "will be delivered by the due date"),
                                ("At risk", AMBER, "some slippage – may miss the due date"),
                                ("Off track", RED, "will not be delivered by the due date"),
                                ("Not started", None, "no colour")]:
        c = ws.cell(row=r, column=1, value=label)
        if colour:
            c.fill = fill(colour)
        ws.cell(row=r, column=2, value=text)
        r += 1
    widths = {"A": 24, "B": 42, "C": 20, "D": 34, "E": 12, "F": 11, "G": 9, "H": 48, "I": 26, "J": 14, "K": 12}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "A5"

    s3 = wb.create_sheet("Scoring matrix")
    s3["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    s3["A1"].font = Font(bold=True)
    s3["A3"] = "Impact →  /  Likelihood ↓"
    for i in range(5):
        s3.cell(row=3, column=2 + i, value=i + 1).font = Font(bold=True)
        s3.cell(row=4 + i, column=1, value=5 - i).font = Font(bold=True)
        for j in range(5):
            score = (5 - i) * (j + 1)
            c = s3.cell(row=4 + i, column=2 + j, value=score)
            c.fill = fill(RED if score >= 15 else AMBER if score >= 8 else GREEN)
            c.border = BOX
    s3["A11"] = "15–25 Red: high risk – Leadership Team oversight; 8–12 Amber: medium risk – active management; 1–6 Green: low risk – monitor."
    wb.save(os.path.join(HERE, LC_FILE))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text; '\n' in text becomes separate paragraphs in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for part in parts[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(part)
        rr.bold = bold


# ---------------------------------------------------------------------------
# 4. Warwickshire FRS - HMICFRS values and culture recommendations (docx, table per recommendation)
# ---------------------------------------------------------------------------
WK_FILE = "ko2-warwickshire-fire-rescue-service-hmicfrs-values-culture-spotlight-recommendations-tracker.docx"
WK_TITLE = "Values and Culture in Fire and Rescue Services – Action Plan Progress Update"

RAG_SHADE = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

WK_PLAN = [
    ("Theme 1: Raising concerns", [
        ("Recommendation 1: By 1 October 2023, chief fire officers should make sure staff have a confidential way to raise concerns and know about the whistleblowing policy.", [
            dict(ref="1.1", action="Launch an independent confidential reporting line for all staff, provided by an external organisation.",
                 lead="Group Manager – Organisational Development", due="1 October 2023", revised="", rag="Complete",
                 update="Reporting line launched 25 September 2023. 14 contacts in the first year.",
                 x_lead=["Group Manager – Organisational Development"], x_end="2023-10", x_status="blue"),
            dict(ref="1.2", action="Publicise the whistleblowing policy at every station through station visits, posters and the intranet.",
                 lead="Group Manager – Organisational Development; Communications Manager", due="31 December 2023", revised="", rag="Complete",
                 update="All 18 stations visited by December 2023.",
                 x_lead=["Group Manager – Organisational Development", "Communications Manager"], x_end="2023-12", x_status="blue"),
        ]),
        ("Recommendation 4: By 1 June 2023, chief fire officers should make sure people who raise concerns are kept updated on how their concern is being handled.", [
            dict(ref="4.1", action="Give everyone who raises a concern an update at least every 20 working days.\nRecord each update on the case management system so that compliance can be checked.",
                 lead="Area Manager – People", due="June 2023", revised="December 2024", rag="Amber",
                 update="Case management system procured; go-live moved to November 2024.",
                 x_lead=["Area Manager – People"], x_end="2024-12", x_status="amber"),
        ]),
    ]),
    ("Theme 2: Background checks", [
        ("Recommendation 7: By 1 January 2024, chief fire officers should carry out the right level of background checks for all existing and new staff.", [
            dict(ref="7.1", action="Complete standard DBS checks for all operational staff and basic checks for all other staff.",
                 lead="HR Business Partner (Fire)", due="January 2024", revised="March 2025", rag="Amber",
                 update="87% of staff checked. Remaining checks booked; new date agreed by the Senior Leadership Team.",
                 x_lead=["HR Business Partner (Fire)"], x_end="2025-03", x_status="amber"),
            dict(ref="7.2", action="Introduce a rolling programme of re-checks every three years.",
                 lead="HR Business Partner (Fire)", due="Ongoing", revised="", rag="Green",
                 update="Re-check schedule built into the HR system.",
                 x_lead=["HR Business Partner (Fire)"], x_end=None, x_end_text="Ongoing", x_status="green"),
        ]),
    ]),
    ("Theme 3: Leadership and culture", [
        ("Recommendation 14: By 1 October 2023, chief fire officers should introduce 360-degree feedback for all senior and middle managers.", [
            dict(ref="14.1", action="Implement 360-degree feedback for all middle and senior managers, with the results discussed at appraisal.",
                 lead="Assistant Chief Fire Officer", due="December 2024", revised="", rag="Green",
                 update="Senior managers completed in 2023/24; middle managers in progress.",
                 x_lead=["Assistant Chief Fire Officer"], x_end="2024-12", x_status="green"),
        ]),
        ("Recommendation 17: By 1 October 2023, chief fire officers should improve the quality of their workforce diversity data and use it to understand their staff.", [
            dict(ref="17.1", action="Improve the collection of staff diversity data through a self-service 'Tell us about you' campaign.",
                 lead="EDI Lead", due="March 2024", revised="", rag="Red",
                 update="Declaration rate 61% against a target of 90%. Campaign to be relaunched.",
                 x_lead=["EDI Lead"], x_end="2024-03", x_status="red"),
            dict(ref="17.2", action="Report workforce diversity data quarterly to the Senior Leadership Team and annually to the Overview and Scrutiny Committee.",
                 lead="EDI Lead / Performance Manager", due="Quarterly", revised="", rag="Green",
                 update="Q1 2024/25 report presented to SLT in August.",
                 x_lead=["EDI Lead", "Performance Manager"], x_end=None, x_end_text="Quarterly", x_status="green"),
        ]),
    ]),
]


def build_warwickshire():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(WK_TITLE, style="Title")
    p = doc.add_paragraph()
    p.add_run("Warwickshire Fire and Rescue Service").bold = True
    doc.add_paragraph("Response to the HMICFRS spotlight report ‘Values and culture in fire and rescue services’ (March 2023). "
                      "Progress as at 30 September 2024.")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        set_cell(c, v, bold=True)
    for row in [("1.0", "05/06/2023", "Group Manager – Organisational Development", "Action plan agreed by SLT"),
                ("2.3", "08/07/2024", "Group Manager – Organisational Development", "Q1 2024/25 update"),
                ("2.4", "07/10/2024", "Group Manager – Organisational Development", "Q2 2024/25 update")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_heading("RAG status key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, colour, text in [("Complete", BLUE, "Action complete"),
                                ("Green", GREEN, "On track to deliver by the due date"),
                                ("Amber", AMBER, "Some slippage; revised date agreed by SLT"),
                                ("Red", RED, "Off track; escalated to SLT")]:
        cells = t.add_row().cells
        set_cell(cells[0], label, bold=True)
        shade(cells[0], colour)
        set_cell(cells[1], text)

    doc.add_paragraph("The spotlight report made 35 recommendations, 20 of them for chief fire officers. This update covers "
                      "the recommendations on which the Service is taking local action; recommendations for national bodies "
                      "are not included.")

    for theme, recs in WK_PLAN:
        doc.add_heading(theme, level=1)
        for rec, acts in recs:
            rp = doc.add_paragraph()
            rp.add_run(rec).bold = True
            t = doc.add_table(rows=1, cols=7)
            t.style = "Table Grid"
            for c, v in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Due date", "Revised date", "Progress update", "RAG"]):
                set_cell(c, v, bold=True)
                shade(c, GREY)
            for a in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [a["ref"], a["action"], a["lead"], a["due"], a["revised"], a["update"], a["rag"]]):
                    set_cell(c, v)
                shade(cells[6], RAG_SHADE[a["rag"]])
            doc.add_paragraph()
    doc.add_paragraph("Next update: Resources and Fire & Rescue Overview and Scrutiny Committee, January 2025.")
    doc.save(os.path.join(HERE, WK_FILE))


# ---------------------------------------------------------------------------
# 5. Preston City Council - auditor's annual report VfM recommendations (docx, one table, merged cells)
# ---------------------------------------------------------------------------
PR_FILE = "ko2-preston-city-council-auditors-annual-report-2023-24-vfm-recommendations-action-plan.docx"
PR_TITLE = "Auditor's Annual Report 2023/24 – Value for Money Recommendations: Action Plan Update"

PR_PLAN = [
    ("Financial sustainability", [
        ("Improvement recommendation 1: The Council should identify and agree specific savings schemes to close the budget gaps forecast for 2026/27 and 2027/28.", [
            dict(ref="1.1", action="Identify and cost savings proposals to close the 2026/27 budget gap, for Cabinet to consider in the budget report.",
                 lead="Director of Resources (s151 Officer)", due="February 2026", rag="Green",
                 x_lead=["Director of Resources (s151 Officer)"], x_end="2026-02", x_status="green"),
            dict(ref="1.2", action="Report progress against the savings programme to Cabinet as part of quarterly budget monitoring.",
                 lead="Director of Resources (s151 Officer); Head of Finance", due="Quarterly", rag="Green",
                 x_lead=["Director of Resources (s151 Officer)", "Head of Finance"], x_end=None, x_end_text="Quarterly", x_status="green"),
        ]),
    ]),
    ("Governance", [
        ("Key recommendation 1: The Council should strengthen the governance and risk management of its major capital and regeneration projects, including regular reporting to members.", [
            dict(ref="2.1", action="Introduce a gateway review process for capital projects over £1m, with reports to the Capital Programme Board at each gateway.",
                 lead="Director of Development and Housing", due="30 June 2025", rag="Complete",
                 x_lead=["Director of Development and Housing"], x_end="2025-06", x_status="blue"),
            dict(ref="2.2", action="Provide training for Audit Committee members on the risks of capital and regeneration projects.",
                 lead="Monitoring Officer", due="October 2025", rag="Amber",
                 x_lead=["Monitoring Officer"], x_end="2025-10", x_status="amber"),
        ]),
        ("Improvement recommendation 2: The Council should make sure progress on its Annual Governance Statement action plan is reported to each Audit Committee.", [
            dict(ref="3.1", action="Add the Annual Governance Statement action plan to the Audit Committee work programme as a standing item.",
                 lead="Monitoring Officer / Head of Internal Audit", due="July 2025", rag="Complete",
                 x_lead=["Monitoring Officer", "Head of Internal Audit"], x_end="2025-07", x_status="blue"),
        ]),
    ]),
    ("Improving economy, efficiency and effectiveness", [
        ("Improvement recommendation 3: The Council should develop its performance reporting so that reports to Cabinet include targets, trends and benchmarking against similar councils.", [
            dict(ref="4.1", action="Revise the quarterly corporate performance report to show targets, trend data and comparison with nearest neighbours.",
                 lead="Corporate Performance Manager", due="Q3 2025/26", rag="Amber",
                 x_lead=["Corporate Performance Manager"], x_end="2025-12", x_end_text="Q3 2025/26", x_status="amber"),
            dict(ref="4.2", action="Subscribe to LG Inform Plus to support benchmarking of key indicators.",
                 lead="Corporate Performance Manager", due="31/08/2025", rag="Red",
                 x_lead=["Corporate Performance Manager"], x_end="2025-08", x_status="red"),
        ]),
    ]),
]


def build_preston():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    p = doc.add_paragraph()
    p.add_run("Preston City Council").bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("Audit Committee – 23 September 2025").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading(PR_TITLE, level=1)
    doc.add_paragraph("Report of: Director of Resources (s151 Officer)")
    doc.add_heading("1. Purpose of report", level=2)
    doc.add_paragraph("To update the Committee on progress against the actions agreed in response to the value for money "
                      "recommendations in the external auditor's Annual Report for 2023/24.")
    doc.add_heading("2. Recommendation", level=2)
    doc.add_paragraph("That the Committee notes the progress set out in Appendix A.")
    doc.add_heading("3. Background", level=2)
    doc.add_paragraph("The Auditor's Annual Report for 2023/24 identified one significant weakness, in the governance of "
                      "major capital and regeneration projects. It made one key recommendation and three improvement "
                      "recommendations. Management responses were agreed with the auditor and are monitored below.")
    doc.add_page_break()
    doc.add_heading("Appendix A – Management action plan", level=2)

    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Ref", "Auditor's recommendation", "Agreed action", "Lead officer", "Target date", "RAG"]):
        set_cell(c, v, bold=True)
        shade(c, "D9E2F3")
    for criterion, recs in PR_PLAN:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[5])
        set_cell(merged, criterion, bold=True)
        shade(merged, GREY)
        for rec, acts in recs:
            first_row = None
            last_row = None
            for a in acts:
                row = t.add_row()
                cells = row.cells
                for idx, v in [(0, a["ref"]), (2, a["action"]), (3, a["lead"]), (4, a["due"]), (5, a["rag"])]:
                    set_cell(cells[idx], v)
                shade(cells[5], RAG_SHADE[a["rag"]])
                if first_row is None:
                    first_row = row
                last_row = row
            top = first_row.cells[1]
            if last_row is not first_row:
                top = top.merge(last_row.cells[1])
            set_cell(top, rec)
    doc.add_paragraph()
    doc.add_paragraph("RAG: Complete – action implemented; Green – on track; Amber – at risk of missing the target date; "
                      "Red – target date missed.")
    doc.add_paragraph("Contact: Corporate Performance Manager, Preston City Council.")
    doc.save(os.path.join(HERE, PR_FILE))


# ---------------------------------------------------------------------------
# 6. Adur DC - RSH consumer standards housing improvement plan (csv, REFUSE: mistyped month)
# ---------------------------------------------------------------------------
AD_FILE = "ko2-adur-district-council-rsh-consumer-standards-housing-improvement-plan-typo-month-refuse.csv"
AD_TITLE = "Adur District Council – Adur Homes Consumer Standards Improvement Plan"

AD_ROWS = [
    ("1.1", "Safety and Quality", "Stock condition", "Complete a stock condition survey of all Adur Homes properties, including HHSRS assessments.",
     "Head of Housing Property Services", "31/03/2026", "", "G", "62% of homes surveyed to date."),
    ("1.2", "", "Stock condition", "Load the survey data into the asset management system and set a five-year investment programme.",
     "Asset Manager", "30/06/2026", "", "G", "System configuration under way."),
    ("1.3", "", "Building safety", "Complete all overdue high-risk fire risk assessment actions in blocks.",
     "Building Safety Manager", "30/09/2025", "Febuary 2026", "A", "41 of 73 high-risk actions complete. Revised date agreed at Housing Improvement Board."),
    ("1.4", "", "Building safety", "Carry out electrical installation condition reports on every home without a valid EICR.",
     "Building Safety Manager", "31/12/2025", "", "A", "Contractor capacity increased from October."),
    ("1.5", "", "Damp and mould", "Introduce a damp and mould triage with inspection within 10 working days of a report.",
     "Repairs Manager", "31/07/2025", "", "B", "Complete – process live from July 2025."),
    ("2.1", "Transparency, Influence and Accountability", "Tenant Satisfaction Measures", "Collect and publish the 2025/26 Tenant Satisfaction Measures.",
     "Tenancy Services Manager", "30/06/2026", "", "G", "Survey contractor appointed."),
    ("2.2", "", "Tenant voice", "Set up the Adur Homes Tenant Panel to scrutinise performance and the improvement plan.",
     "Tenant Engagement Officer; Tenancy Services Manager", "30/11/2025", "", "G", "Nine tenants recruited; first meeting 18 November."),
    ("3.1", "Tenancy", "Data", "Complete a tenancy audit to update the information held on tenants' needs and vulnerabilities.",
     "Tenancy Services Manager", "31/03/2026", "", "R", "Audit paused while the housing management system is upgraded."),
]


def build_adur():
    ncol = 9
    lines = [
        [AD_TITLE] + [""] * (ncol - 1),
        ["Regulator of Social Housing regulatory judgement (C3) – improvement plan shared with the Regulator"] + [""] * (ncol - 1),
        ["Progress to 31 October 2025 – reported to the Housing Improvement Board and the Adur Homes Tenant Panel"] + [""] * (ncol - 1),
        [""] * ncol,
        ["Ref", "Consumer standard", "Workstream", "Action", "Lead officer", "Original target", "Revised target", "RAG", "Progress comment"],
    ]
    lines += [list(r) for r in AD_ROWS]
    lines += [
        [""] * ncol,
        ["RAG key: B = complete, G = on track, A = behind but recoverable, R = off track"] + [""] * (ncol - 1),
        ["Total actions", "8"] + [""] * (ncol - 2),
    ]
    with open(os.path.join(HERE, AD_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(lines)


# line (1-based) of the row with the mistyped month
AD_REFUSE_LINE = 6 + [r[0] for r in AD_ROWS].index("1.3")  # title lines 1-3, blank line 4, header line 5, rows from line 6


# ---------------------------------------------------------------------------
# 7. Neath Port Talbot CBC - CIW domiciliary support service inspection improvement plan (tab-separated txt)
# ---------------------------------------------------------------------------
NP_FILE = "ko2-neath-port-talbot-cbc-domiciliary-support-service-ciw-inspection-improvement-plan.txt"
NP_TITLE = "Neath Port Talbot CBC – Domiciliary Support Service: CIW Inspection Improvement Plan"

NP_PLAN = [
    ("CARE AND SUPPORT", [
        ("Reg 16", "Personal plans are not always reviewed at least every three months, and reviews do not always record the person's views.", [
            dict(ref="1", action="Set up a three-monthly review schedule for every person using the service, monitored through the WCCIS review report.",
                 resp="Domiciliary Care Manager", when="31/08/2025", rag="B", update="Schedule in place; 98% of reviews in date at end of September.",
                 x_lead=["Domiciliary Care Manager"], x_end="2025-08", x_status="blue"),
            dict(ref="2", action="Update the review template so that the person's own views and outcomes are recorded in their words.",
                 resp="Responsible Individual; Domiciliary Care Manager", when="Sept 2025", rag="B", update="New template in use from 1 September.",
                 x_lead=["Responsible Individual", "Domiciliary Care Manager"], x_end="2025-09", x_status="blue"),
        ]),
        ("Reg 21", "Call times are not always in line with the times agreed in people's personal plans.", [
            dict(ref="3", action="Introduce electronic call monitoring alerts for calls more than 30 minutes late, with a weekly report to the manager.",
                 resp="Scheduling Team Leader", when="End of October 2025", rag="G", update="Alerts configured; weekly report being tested.",
                 x_lead=["Scheduling Team Leader"], x_end="2025-10", x_status="green"),
            dict(ref="4", action="Review care rounds in the Afan Valley to reduce travel time between calls.",
                 resp="Scheduling Team Leader / Senior Care Coordinator", when="31/12/2025", rag="A", update="Two of five rounds redesigned; staff consultation needed for the rest.",
                 x_lead=["Scheduling Team Leader", "Senior Care Coordinator"], x_end="2025-12", x_status="amber"),
        ]),
    ]),
    ("LEADERSHIP AND MANAGEMENT", [
        ("Reg 36", "Not all care staff have received supervision at least every three months.", [
            dict(ref="5", action="Produce a supervision matrix for all 96 care workers and allocate a named supervisor to each.",
                 resp="Domiciliary Care Manager", when="31/07/2025", rag="B", update="Complete.",
                 x_lead=["Domiciliary Care Manager"], x_end="2025-07", x_status="blue"),
            dict(ref="6", action="Report supervision compliance monthly to the Head of Adult Services.",
                 resp="Domiciliary Care Manager", when="Monthly", rag="G", update="August 84%, September 91%.",
                 x_lead=["Domiciliary Care Manager"], x_end=None, x_end_text="Monthly", x_status="green"),
        ]),
        ("Reg 80", "The Responsible Individual's quality of care review did not include feedback from people using the service and their families.", [
            dict(ref="7", action="Carry out a telephone survey of people using the service and their families to inform the next six-monthly quality of care review.",
                 resp="Responsible Individual", when="30/11/2025", rag="G", update="Survey questions agreed; calls start in October.",
                 x_lead=["Responsible Individual"], x_end="2025-11", x_status="green"),
            dict(ref="8", action="Publish a 'You said, we did' summary for people using the service after each quality of care review.",
                 resp="Responsible Individual", when="Jan 2026", rag="", update="",
                 x_lead=["Responsible Individual"], x_end="2026-01", x_status="unrated"),
        ]),
    ]),
]


def build_npt():
    out = [
        NP_TITLE,
        "Inspection: 13–15 May 2025 (report published 1 July 2025)",
        "Plan owner: Head of Adult Services\tLast updated: 30 September 2025",
        "",
        "\t".join(["Ref", "Regulation", "Area for improvement (CIW)", "Action", "Responsible", "By when", "RAG", "Update"]),
    ]
    for section, areas in NP_PLAN:
        out.append(section)
        for reg, area, acts in areas:
            for i, a in enumerate(acts):
                cols = [a["ref"], reg if i == 0 else "", area if i == 0 else "", a["action"], a["resp"], a["when"], a["rag"], a["update"]]
                out.append("\t".join(cols))
    out += [
        "",
        "RAG key: B = complete; G = on track; A = at risk; R = off track; blank = not yet started",
        "No priority action notices were issued at this inspection.",
    ]
    with open(os.path.join(HERE, NP_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


def main():
    build_waltham_forest()
    build_east_lindsey()
    build_lancaster()
    build_warwickshire()
    build_preston()
    build_adur()
    build_npt()
    print("built 7 files in", HERE)


if __name__ == "__main__":
    main()
