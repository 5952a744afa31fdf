"""Build the seven ho2- blind test files (set heldout257).

Run with: /work/main/.venv/bin/python ho2_make.py
Writes the data files next to this script. The .expected.yaml files are written by hand.
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

GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
BLUE = "0070C0"
HEAD = "1F3864"
THEME = "D9E2F3"

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill(start_color="FF" + hexcol, end_color="FF" + hexcol, fill_type="solid")


def d(y, m, day):
    return datetime(y, m, day)


def header_row(ws, row, labels, color=HEAD):
    for i, lab in enumerate(labels, start=1):
        c = ws.cell(row=row, column=i, value=lab)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(color)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. Manchester City Council - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
RAGFILL = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

MCC_TITLE = "Manchester City Council Adult Social Care: CQC Assessment Improvement Plan 2025/26"

MCC_THEMES = [
    ("Theme 1: Working with people", [
        ("Assessing needs", [
            ("1.1",
             "Reduce the number of people waiting for a Care Act assessment by introducing a triage and "
             "prioritisation model at the front door, with weekly oversight of the waiting list by team managers.",
             "Head of Adult Social Work (North)", d(2025, 4, 1), d(2025, 9, 30), d(2025, 12, 31), "Amber", "Amber",
             "Waiting list down from 1,412 to 986. Triage model live in North and Central; South go-live delayed "
             "to November due to recruitment."),
            ("1.2",
             "Introduce a quality assurance framework for assessments, including monthly case file audits and "
             "practice observations, with findings reported to the Practice Quality Board.",
             "Principal Social Worker", d(2025, 4, 1), d(2025, 7, 31), None, "Green", "Complete",
             "Framework approved July 2025. First two audit cycles completed (84 files)."),
        ]),
        ("Supporting people to live healthier lives", [
            ("1.3",
             "Expand the Technology Enabled Care offer so that every new assessment considers TEC before a "
             "package of care is commissioned.",
             "TEC Programme Manager / Head of Reablement", d(2025, 6, 1), "Q4 2025/26", None, "Green", "Green",
             "TEC prompt added to the assessment form in August. 212 TEC referrals in Quarter 2."),
        ]),
        ("Equity in experience and outcomes", [
            ("1.4",
             "Improve the recording of ethnicity, language and disability in assessments and use the data "
             "quarterly to identify groups under-represented in services.",
             "Head of Performance and Intelligence", d(2025, 5, 1), d(2025, 10, 31), d(2026, 3, 31), "Red",
             "Amber",
             "Mandatory fields added to Liquidlogic. Recording of ethnicity now 78% (target 95%). First equity "
             "report moved to Quarter 4."),
        ]),
    ]),
    ("Theme 2: Providing support", [
        ("Care provision, integration and continuity", [
            ("2.1",
             "Develop a market position statement for older people's residential and nursing care, and a joint "
             "commissioning plan with NHS Greater Manchester (Manchester locality).",
             "Director of Commissioning; Deputy Place Lead (NHS GM)", d(2025, 5, 1), d(2025, 12, 31), None,
             "Green", "Green",
             "Provider engagement events held in July and September. Draft statement to Executive in December."),
            ("2.2",
             "Reduce reliance on out-of-area placements for adults with learning disabilities by commissioning "
             "40 additional supported living units in the city.",
             "Head of Commissioning (Learning Disability)", d(2025, 4, 1), d(2027, 3, 31), None, "Amber", "Amber",
             "14 units secured through two housing partners. Site for the remaining units not yet agreed."),
        ]),
        ("Partnerships and communities", [
            ("2.3",
             "Co-produce a carers' strategy with the Manchester Carers Forum, including a refreshed offer of "
             "carers' assessments and short breaks.",
             "Strategic Lead for Carers", d(2025, 4, 1), d(2025, 6, 30), d(2025, 9, 30), "Amber", "Complete",
             "Strategy approved by Executive on 17 September 2025."),
        ]),
    ]),
    ("Theme 3: How the local authority ensures safety within the system", [
        ("Safeguarding", [
            ("3.1",
             "Clear the backlog of Deprivation of Liberty Safeguards applications awaiting allocation, "
             "prioritising high-risk cases, and agree a sustainable BIA rota.",
             "DoLS Service Manager", d(2025, 4, 1), d(2025, 11, 30), None, "Red", "Red",
             "Backlog 1,960 (from 2,240). BIA rota not yet agreed; escalated to the Improvement Board."),
            ("3.2",
             "Embed Making Safeguarding Personal so that people's desired outcomes are recorded and reviewed at "
             "the close of every section 42 enquiry.",
             "Head of Safeguarding Adults", d(2025, 4, 1), "Ongoing", None, "Green", "Green",
             "Outcomes recorded in 91% of closed enquiries in September."),
        ]),
    ]),
    ("Theme 4: Leadership", [
        ("Governance, management and sustainability", [
            ("4.1",
             "Establish a monthly ASC performance and assurance dashboard for the Executive Member and Health "
             "Scrutiny Committee, with clear targets for each quality statement.",
             "Z. Malik / R. Thompson", d(2025, 4, 1), d(2025, 8, 31), None, "Green", "Complete",
             "Dashboard live from August 2025 and presented to Health Scrutiny Committee in September."),
            ("4.2",
             "Deliver the workforce plan to reduce social work vacancies below 10%, including the "
             "grow-your-own apprenticeship scheme and a market supplement for hard-to-fill posts.",
             "Head of Workforce Development (ASC)", d(2025, 4, 1), d(2026, 3, 31), None, "Amber", "Green",
             "Vacancy rate 12.4% (from 17%). 11 social work apprentices started in September."),
        ]),
    ]),
]


def make_manchester():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = MCC_TITLE
    cov["A1"].font = Font(bold=True, size=16, color=HEAD)
    cov["A3"] = "Document control"
    cov["A3"].font = Font(bold=True)
    rows = [
        ("Version", "1.3"),
        ("Plan owner", "Executive Director of Adult Social Services"),
        ("Governance", "Adult Social Care Improvement Board (monthly); Health Scrutiny Committee (quarterly)"),
        ("Last updated", "14 October 2025"),
        ("Next review", "November 2025"),
    ]
    for i, (k, v) in enumerate(rows, start=4):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=2, value=v)
        for col in (1, 2):
            cov.cell(row=i, column=col).border = BORDER
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [
        ("Complete", BLUE, "Action delivered; impact being monitored through the dashboard"),
        ("Green", GREEN, "On track"),
        ("Amber", AMBER, "Some slippage – recoverable within the plan year"),
        ("Red", RED, "Off track – escalated to the Improvement Board"),
    ]
    for i, (k, col, txt) in enumerate(key, start=12):
        c = cov.cell(row=i, column=1, value=k)
        c.fill = fill(col)
        c.font = Font(bold=True, color="FFFFFF" if col in (BLUE, RED, GREEN) else "000000")
        cov.cell(row=i, column=2, value=txt)
    cov["A17"] = ("Note: quality statement headings follow the CQC single assessment framework for local "
                  "authorities. Actions closed as Complete stay on the plan until the Improvement Board agrees "
                  "they are embedded.")
    widths(cov, [22, 90])

    # Summary sheet (totals block, no actions)
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress by theme – position at 30 September 2025"
    sm["A1"].font = Font(bold=True, size=13)
    header_row(sm, 3, ["Theme", "Actions", "Complete", "Green", "Amber", "Red"])
    tot = [0, 0, 0, 0, 0]
    r = 4
    for theme, qss in MCC_THEMES:
        acts = [a for _, al in qss for a in al]
        cur = [a[7] for a in acts]
        vals = [len(acts), cur.count("Complete"), cur.count("Green"), cur.count("Amber"), cur.count("Red")]
        sm.cell(row=r, column=1, value=theme)
        for j, v in enumerate(vals):
            sm.cell(row=r, column=2 + j, value=v)
            tot[j] += v
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(tot):
        sm.cell(row=r, column=2 + j, value=v).font = Font(bold=True)
    widths(sm, [60, 10, 10, 10, 10, 10])

    # Action plan sheet
    ws = wb.create_sheet("Action Plan")
    ws["A1"] = MCC_TITLE
    ws["A1"].font = Font(bold=True, size=14, color=HEAD)
    ws.merge_cells("A1:J1")
    ws["A2"] = ("Position at 30 September 2025 – Previous RAG is the position reported to the Improvement "
                "Board in June 2025")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:J2")
    header_row(ws, 4, ["Ref", "Quality statement", "Action", "Lead officer(s)", "Start",
                       "Original due date", "Revised due date", "Previous RAG", "Current RAG",
                       "Progress update (September 2025)"])
    r = 5
    for theme, qss in MCC_THEMES:
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True, size=12)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        for col in range(1, 11):
            ws.cell(row=r, column=col).fill = fill(THEME)
        r += 1
        for qs, acts in qss:
            first = r
            for (ref, act, lead, start, orig, rev, prev, cur, upd) in acts:
                vals = [ref, qs if r == first else None, act, lead, start, orig, rev, prev, cur, upd]
                for col, v in enumerate(vals, start=1):
                    cell = ws.cell(row=r, column=col, value=v)
                    cell.alignment = WRAP
                    cell.border = BORDER
                ws.cell(row=r, column=5).number_format = "mmm-yy"
                for col in (6, 7):
                    if isinstance(ws.cell(row=r, column=col).value, datetime):
                        ws.cell(row=r, column=col).number_format = "dd/mm/yyyy"
                for col, rag in ((8, prev), (9, cur)):
                    ws.cell(row=r, column=col).fill = fill(RAGFILL[rag])
                    ws.cell(row=r, column=col).font = Font(bold=True,
                                                           color="000000" if rag == "Amber" else "FFFFFF")
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    widths(ws, [7, 22, 60, 28, 9, 12, 12, 11, 11, 50])
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "ho2-manchester-city-council-asc-cqc-assessment-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Nuneaton and Bedworth BC - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
NBBC_AUDITS = [
    ("Payroll (2024/25) – Limited assurance", "Payroll", "Limited", [
        ("PAY/01", "High",
         "Starters and leavers should be processed only on receipt of an authorised form, and a monthly "
         "reconciliation of the payroll to the HR establishment list should be undertaken and evidenced.",
         "A monthly reconciliation of payroll to the establishment list will be completed by the Payroll Officer "
         "and signed off by the HR Manager. Starter and leaver forms will be rejected unless authorised by the "
         "budget holder.",
         "HR Manager", d(2025, 3, 31), d(2025, 7, 31), "B",
         "Reconciliations evidenced for June–September 2025. Forms now submitted through the HR portal with "
         "mandatory authorisation."),
        ("PAY/02", "Medium",
         "Overtime claims should be authorised before payment by a manager other than the claimant.",
         "Self-service overtime claims will be routed to the line manager for approval in iTrent; manual claims "
         "will cease.",
         "Payroll Manager / ICT Business Partner", d(2025, 6, 30), d(2025, 12, 31), "A",
         "iTrent workflow configured; testing with Depot staff in November 2025."),
        ("PAY/03", "Medium",
         "Exception reports should be reviewed before each pay run.",
         "The Payroll Manager will review the gross-to-net exception report before each pay run and retain "
         "evidence of the review.",
         "Payroll Manager", d(2025, 4, 30), None, "R",
         "Review not evidenced for the September pay run. Escalated to the Assistant Director – Finance."),
    ]),
    ("Housing Rents and Arrears (2024/25) – Reasonable assurance", "Housing Rents and Arrears", "Reasonable", [
        ("HRA/01", "Medium",
         "Former tenant arrears should be reviewed for recovery or write-off in line with the Council's "
         "write-off policy.",
         "A quarterly review of former tenant arrears over £500 will be carried out, with write-offs approved in "
         "accordance with the Financial Procedure Rules.",
         "Income Manager (Housing)", d(2026, 3, 31), None, "G",
         "First quarterly review completed in September 2025."),
        ("HRA/02", "Low",
         "Rent accounting procedure notes should be updated to reflect the new housing management system.",
         "Procedure notes will be rewritten after the system upgrade and published on the intranet.",
         "Rents Team Leader", d(2025, 9, 30), d(2026, 1, 31), "A",
         "Upgrade completed October 2025; notes in draft."),
    ]),
    ("Cyber Security (2024/25) – Limited assurance", "Cyber Security", "Limited", [
        ("CYB/01", "High",
         "All staff and members should complete mandatory cyber awareness training annually, with "
         "non-completion reported to Leadership Team.",
         "Mandatory annual training will be assigned through the learning platform. Completion rates will be "
         "reported to Corporate Leadership Team each quarter and members will be enrolled through Democratic "
         "Services.",
         "ICT Manager; Democratic Services Manager", d(2025, 12, 31), None, "G",
         "Staff completion 88% at 31 October; member sessions booked for December."),
        ("CYB/02", "High",
         "Multi-factor authentication should be enforced for all remote access and privileged accounts.",
         "MFA will be enforced on all privileged and remote access accounts.",
         "ICT Infrastructure Manager", d(2025, 5, 31), d(2025, 8, 31), "B",
         "MFA enforced for all accounts from 18 August 2025."),
        ("CYB/03", "Medium",
         "The ICT disaster recovery plan should be tested at least annually.",
         "A full disaster recovery test will be scheduled and the results reported to the Audit and Standards "
         "Committee.\nLessons learned will be built into the revised DR plan.",
         "ICT Manager", d(2025, 10, 31), "March 2026", "A",
         "Test deferred to avoid the Council Tax annual billing period."),
    ]),
]

IA_RAG = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}


def make_nuneaton():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Nuneaton and Bedworth Borough Council"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Internal Audit – follow-up of agreed recommendations: summary by audit"
    sm["A2"].font = Font(bold=True)
    header_row(sm, 4, ["Audit", "Assurance opinion", "Recommendations on tracker", "Implemented (B)",
                       "On track (G)", "Revised date agreed (A)", "Overdue (R)"])
    r = 5
    tot = [0] * 5
    for _, name, assurance, recs in NBBC_AUDITS:
        rags = [x[7] for x in recs]
        vals = [len(recs), rags.count("B"), rags.count("G"), rags.count("A"), rags.count("R")]
        sm.cell(row=r, column=1, value=name)
        sm.cell(row=r, column=2, value=assurance)
        for j, v in enumerate(vals):
            sm.cell(row=r, column=3 + j, value=v)
            tot[j] += v
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(tot):
        sm.cell(row=r, column=3 + j, value=v).font = Font(bold=True)
    widths(sm, [30, 18, 16, 14, 12, 16, 12])

    ws = wb.create_sheet("Recommendations")
    ws["A1"] = "Nuneaton and Bedworth Borough Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internal Audit Recommendations Tracker – position at 31 October 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Key: R = overdue (past target date)   A = revised target date agreed   "
                "G = on track for target date   B = implemented since last Committee (to be verified by "
                "Internal Audit)")
    ws["A3"].font = Font(italic=True, size=9)
    header_row(ws, 5, ["Rec No.", "Priority", "Recommendation", "Agreed management action",
                       "Responsible officer", "Original target date", "Revised target date", "RAG",
                       "Management update"], color="44546A")
    r = 6
    for section, _, _, recs in NBBC_AUDITS:
        c = ws.cell(row=r, column=1, value=section)
        c.font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        for col in range(1, 10):
            ws.cell(row=r, column=col).fill = fill("D6DCE4")
        r += 1
        for rec in recs:
            ref, prio, recom, act, lead, orig, rev, rag, upd = rec
            for col, v in enumerate([ref, prio, recom, act, lead, orig, rev, rag, upd], start=1):
                cell = ws.cell(row=r, column=col, value=v)
                cell.alignment = WRAP
                cell.border = BORDER
                if isinstance(v, datetime):
                    cell.number_format = "dd/mm/yyyy"
            rc = ws.cell(row=r, column=8)
            rc.fill = fill(IA_RAG[rag])
            rc.font = Font(bold=True)
            rc.alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    r += 1
    ws.cell(row=r, column=1, value=("Note: recommendations marked B are removed from the tracker once "
                                    "Internal Audit has verified implementation. Low priority "
                                    "recommendations are followed up at the next scheduled audit."))
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    widths(ws, [9, 9, 45, 55, 26, 12, 12, 6, 45])
    wb.save(os.path.join(HERE, "ho2-nuneaton-bedworth-bc-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. Leicestershire FRS - HMICFRS values and culture recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
LFRS = [
    ("Theme 1 – Raising concerns", [
        ("Recommendation 3 – By 1 October 2023, chief fire officers should make sure their services have a "
         "confidential way for staff to raise concerns, and that staff are aware of it.", [
            ("3.1", "Procure and launch an independent confidential reporting line for all staff, available "
                    "24 hours a day.",
             "Head of People and Organisational Development", d(2023, 9, 30), 1.0, GREEN,
             "Independent reporting line launched 4 September 2023; promoted through station visits."),
            ("3.2", "Publish an anonymised quarterly summary of concerns raised and the actions taken on the "
                    "Service intranet.",
             "AM Professional Standards", "31/03/2024 – revised 30/06/2025", 0.6, AMBER,
             "Two summaries published. Reporting template being agreed with representative bodies."),
        ]),
    ]),
    ("Theme 2 – Standards of behaviour", [
        ("Recommendation 12 – By 1 March 2024, chief fire officers should make sure all staff understand the "
         "standards of behaviour expected of them and the consequences of not meeting them.", [
            ("12.1", "Deliver Core Code of Ethics workshops to all watches, support teams and the Senior "
                     "Leadership Team.",
             "GM Organisational Learning / Station Managers", d(2024, 3, 31), 1.0, GREEN,
             "Workshops delivered to 96% of staff; remainder covered at induction."),
            ("12.2", "Add a values and behaviours objective to every appraisal, with completion monitored "
                     "through the performance dashboard.",
             "Head of People and Organisational Development", d(2025, 4, 30), 0.4, AMBER,
             "Appraisal form updated. Completion reporting to start in the 2025/26 appraisal cycle."),
        ]),
    ]),
    ("Theme 3 – Background checks", [
        ("Recommendation 1 – By 1 October 2023, chief fire officers should make sure all staff have an "
         "appropriate background check through the Disclosure and Barring Service, and that checks are "
         "repeated periodically.", [
            ("1.1", "Complete a role-by-role review of DBS eligibility and record the level of check required "
                    "for every post.",
             "HR Manager (Recruitment)", d(2023, 10, 31), 1.0, GREEN,
             "Eligibility matrix agreed by the Senior Leadership Team in October 2023."),
            ("1.2", "Carry out the standard or enhanced checks identified for existing staff, and introduce "
                    "three-yearly rechecks.",
             "HR Manager (Recruitment)", d(2025, 3, 31), 0.75, AMBER,
             "412 of 548 checks completed. Remaining on-call staff scheduled by March."),
            ("1.3", "Amend the HR system to flag when a recheck is due and report overdue checks monthly to the "
                    "People Board.",
             "HR Systems Lead", "Dependent on CoreHR upgrade", 0.0, None,
             "Not started – requirement included in the CoreHR upgrade specification."),
        ]),
    ]),
    ("Theme 4 – Leadership and development", [
        ("Recommendation 15 – By 1 January 2024, chief fire officers should provide leadership and management "
         "development for all supervisory managers, including how to handle difficult conversations.", [
            ("15.1", "Launch the Supervisory Leadership Programme for all crew and watch managers.",
             "Area Manager – Training and Development", d(2024, 1, 31), 1.0, GREEN,
             "Programme launched January 2024; cohort 4 under way."),
            ("15.2", "Introduce 360-degree feedback for station managers and above, linked to personal "
                     "development plans.",
             "Area Manager – Training and Development", d(2024, 12, 31), 0.5, RED,
             "Supplier procurement delayed; pilot now planned for April 2025."),
        ]),
    ]),
]


def make_leicestershire():
    wb = Workbook()
    ws = wb.active
    ws.title = "V&C Tracker"
    ws["A1"] = "Leicestershire Fire and Rescue Service"
    ws["A1"].font = Font(bold=True, size=14, color="C00000")
    ws["A2"] = ("HMICFRS Values and Culture in Fire and Rescue Services (March 2023) – Recommendations "
                "Action Tracker")
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Position at 31 January 2025 – Corporate Governance Committee"
    ws["A3"].font = Font(italic=True)
    ws["A4"] = "Status key:"
    ws["A4"].font = Font(bold=True)
    for col, (lab, colr) in enumerate([("Complete", GREEN), ("In progress", AMBER),
                                       ("Overdue / at risk", RED), ("Not started", None)], start=2):
        c = ws.cell(row=4, column=col, value=lab)
        c.border = BORDER
        if colr:
            c.fill = fill(colr)
    header_row(ws, 6, ["HMICFRS recommendation", "Action ref", "LFRS action", "Owner", "Target date",
                       "% complete", "Status", "Update / evidence"], color="C00000")
    r = 7
    for theme, recs in LFRS:
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        for col in range(1, 9):
            ws.cell(row=r, column=col).fill = fill("F2F2F2")
        r += 1
        for rec, acts in recs:
            first = r
            for (ref, act, owner, target, pct, status, upd) in acts:
                vals = [rec if r == first else None, ref, act, owner, target, pct, None, upd]
                for col, v in enumerate(vals, start=1):
                    cell = ws.cell(row=r, column=col, value=v)
                    cell.alignment = WRAP
                    cell.border = BORDER
                if isinstance(target, datetime):
                    ws.cell(row=r, column=5).number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=6).number_format = "0%"
                if status:
                    ws.cell(row=r, column=7).fill = fill(status)
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    widths(ws, [48, 8, 52, 30, 16, 10, 9, 48])
    ws.freeze_panes = "A7"

    vc = wb.create_sheet("Version control")
    header_row(vc, 1, ["Version", "Date", "Author", "Changes"], color="C00000")
    for i, row in enumerate([
        ("1.0", "12/04/2023", "Strategic Planning Officer", "Tracker created from HMICFRS report"),
        ("1.4", "20/10/2023", "Strategic Planning Officer", "Updated for 1 October 2023 deadlines"),
        ("2.1", "31/01/2025", "Strategic Planning Officer", "Quarter 3 2024/25 position; 3.2 target revised"),
    ], start=2):
        for col, v in enumerate(row, start=1):
            vc.cell(row=i, column=col, value=v)
    widths(vc, [9, 12, 28, 50])
    wb.save(os.path.join(HERE,
                         "ho2-leicestershire-fire-rescue-service-hmicfrs-values-culture-recommendations-tracker.xlsx"))


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


def set_cell(cell, text, bold=False):
    """Write text; inner '\n' become separate paragraphs in the cell."""
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for part in parts[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(part)
        rr.bold = bold


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


def add_table(doc, header, rows, head_fill="D9E2F3"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], head_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v if v is not None else "")
    return t


# ---------------------------------------------------------------------------
# 4. Midlothian Council - annual audit report action plan progress (docx)
# ---------------------------------------------------------------------------
MID_AREAS = [
    ("Financial management", [
        ("1",
         "Budget monitoring reports should explain the underlying reasons for variances and the management "
         "action being taken, particularly for demand-led services.",
         "A revised budget monitoring template will be introduced from the 2024/25 Quarter 3 report, with "
         "service-level narrative on variances and the recovery actions agreed with each Executive Director.",
         "Chief Financial Officer", "31 December 2024",
         "New template used for the Quarter 3 report to Council in February 2025.", "Complete"),
        ("2",
         "The fixed asset register should be reconciled to the general ledger and to property records before "
         "the 2024/25 accounts are prepared.",
         "A full reconciliation will be completed and the revaluation programme brought up to date for the "
         "2024/25 annual accounts.",
         "Financial Services Manager / Estates Manager", "30 June 2025",
         "Reconciliation 70% complete; revaluation of the schools estate commissioned.", "Green"),
    ]),
    ("Financial sustainability", [
        ("3",
         "The council should update its medium-term financial strategy to show how the cumulative budget gap "
         "of £21.4 million to 2028/29 will be closed, identifying savings and transformation proposals over "
         "the full period.",
         "An updated Medium Term Financial Strategy will be presented to Council with the 2025/26 budget, "
         "supported by a transformation programme covering 2025/26 to 2028/29.",
         "Chief Financial Officer", "February 2025",
         "MTFS 2025/26 to 2029/30 approved by Council on 18 February 2025.", "Complete"),
        ("4",
         "The council should review the affordability of its capital programme, given rising borrowing costs "
         "and the pressure on the revenue budget.",
         "The Capital Strategy will be refreshed, with all projects reprioritised against the Single Midlothian "
         "Plan and a revised borrowing limit set.",
         "Head of Finance and Integrated Service Support", "March 2025\nRevised: September 2025",
         "Reprioritisation workshops held with the Capital Plan and Asset Management Board. Report deferred to "
         "include the outcome of the learning estate review.", "Amber"),
    ]),
    ("Vision, leadership and governance", [
        ("5",
         "The council should complete its review of Standing Orders and the Scheme of Administration, which "
         "have not been fully reviewed since 2017.",
         "The governance review will be completed and revised Standing Orders, Scheme of Administration and "
         "Scheme of Delegation presented to Council for approval.",
         "Chief Officer Corporate Solutions", "30 June 2025",
         "Drafts considered by the cross-party working group in January 2025.", "Green"),
        ("6",
         "Elected members should be offered training on their scrutiny role, and attendance should be "
         "monitored.",
         "A member development programme, including scrutiny skills sessions delivered by the Improvement "
         "Service, will be agreed with group leaders.",
         "Democratic Services Manager", "31 March 2025",
         "Two sessions cancelled because of low attendance. Group leaders to be consulted on a revised "
         "programme.", "Red"),
    ]),
    ("Use of resources to improve outcomes", [
        ("7",
         "The council should publish its Best Value self-assessment and use it to inform its improvement "
         "priorities.",
         "The Best Value self-assessment will be reported to Council each year alongside the annual "
         "performance report.",
         "Chief Executive; Performance Manager", "Ongoing – annual",
         "2023/24 self-assessment reported to Council in December 2024.", "Green"),
        ("8",
         "Performance reports should include trend data and benchmarking against Local Government "
         "Benchmarking Framework family groups.",
         "Quarterly performance reports will include three-year trends and LGBF family group comparisons from "
         "Quarter 1 2025/26.",
         "Performance Manager", "August 2025",
         "Format agreed with the Corporate Management Team.", "Green"),
    ]),
]


def make_midlothian():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Midlothian Council")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading("Annual Audit Report 2023/24 – Action Plan Progress Update", level=0)
    doc.add_paragraph("Audit Committee – 10 March 2025")
    doc.add_paragraph("Report by Chief Financial Officer")
    doc.add_heading("Purpose", level=1)
    doc.add_paragraph(
        "To update the Committee on progress against the action plan agreed in response to the external "
        "auditor's 2023/24 Annual Audit Report (Audit Scotland), which was presented to Council in October "
        "2024. The recommendations are grouped under the four wider-scope areas of the Code of Audit Practice.")
    doc.add_heading("Status key", level=1)
    key = add_table(doc, ["Status", "Meaning"], [
        ("Complete", "Action delivered"),
        ("Green", "On track to meet the agreed date"),
        ("Amber", "Behind schedule – revised date agreed"),
        ("Red", "Significant risk to delivery"),
    ])
    doc.add_heading("Progress against the action plan", level=1)
    for area, rows in MID_AREAS:
        hp = doc.add_paragraph()
        hr = hp.add_run(area)
        hr.bold = True
        hr.font.size = Pt(12)
        add_table(doc, ["No.", "Recommendation", "Agreed management action", "Responsible officer",
                        "Agreed date", "Progress at February 2025", "Status"], rows)
        doc.add_paragraph("")
    doc.add_heading("Recommendation", level=1)
    doc.add_paragraph("The Audit Committee is asked to note the progress made and the revised date for "
                      "action 4.")
    doc.save(os.path.join(HERE, "ho2-midlothian-council-annual-audit-report-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Merthyr Tydfil CBC - Estyn LGES post inspection action plan (docx)
# ---------------------------------------------------------------------------
MTCBC_RECS = [
    ("R1 Strengthen the use of self-evaluation to inform improvement planning across education services",
     "Officers do not evaluate the impact of their work well enough, and improvement plans focus on "
     "activity rather than outcomes for learners.", [
         ("1.1", "Introduce a common self-evaluation framework for all education service areas, with an annual "
                 "self-evaluation report to the Learning Scrutiny Committee.",
          "Chief Education Officer", "Autumn term 2024",
          "Self-evaluation report considered by Scrutiny in December 2024.", BLUE),
         ("1.2", "Train service managers in writing measurable success criteria and evaluating impact, "
                 "supported by the regional school improvement partner.",
          "Head of School Improvement / Senior Challenge Adviser", "Spring term 2025",
          "All service managers trained; plans quality assured by the Chief Education Officer.", GREEN),
         ("1.3", "Align the directorate improvement plan with the council's wellbeing objectives and report "
                 "progress quarterly through the corporate performance dashboard.",
          "Head of School Improvement", "Summer term 2025",
          "Quarterly dashboard reports include education measures.", AMBER),
     ]),
    ("R2 Improve the quality and consistency of support for pupils with additional learning needs (ALN)",
     "The local authority's oversight of the quality of individual development plans is underdeveloped, and "
     "the planning of specialist provision does not reflect current demand.", [
         ("2.1", "Complete the review of specialist provision and publish a three-year plan for learning "
                 "resource bases across the county borough.",
          "Head of Inclusion Services", "By July 2025",
          "Plan approved by Cabinet; two new bases open in September 2025.", AMBER),
         ("2.2", "Establish termly ALN moderation sessions for ALNCos to quality assure individual development "
                 "plans.",
          "ALN Transformation Lead", "Ongoing – termly",
          "Moderation findings reported to the ALN Strategic Group each term.", GREEN),
         ("2.3", "Provide training for all school governors on their duties under the Additional Learning Needs "
                 "and Education Tribunal (Wales) Act 2018.",
          "Governor Support Officer", "Spring term 2025",
          "At least one governor from every school trained.", BLUE),
     ]),
    ("R3 Reduce persistent absence and improve attendance, particularly for pupils eligible for free school "
     "meals",
     "Attendance has not returned to pre-pandemic levels and persistent absence remains high in secondary "
     "schools.", [
         ("3.1", "Launch a county borough-wide attendance strategy with schools, including a consistent "
                 "first-day response to absence.",
          "Head of Education Engagement", "Autumn term 2024",
          "Strategy adopted by all schools; first-day response in place.", BLUE),
         ("3.2", "Increase Education Welfare Service capacity in the schools with the highest rates of "
                 "persistent absence, funded through the Local Authority Education Grant.",
          "Principal Education Welfare Officer", "September 2025",
          "Persistent absence in target schools reduced by 5 percentage points.", RED),
         ("3.3", "Work with the Family Engagement Officers in each cluster to offer early support to families of "
                 "pupils whose attendance falls below 90%.",
          "Head of Education Engagement; Cluster Lead Headteachers", "Summer term 2025",
          "Early support offered to all families identified in the termly data.", AMBER),
     ]),
]


def make_merthyr():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Merthyr Tydfil County Borough Council")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading("Post Inspection Action Plan – Estyn Inspection of Local Government Education Services",
                    level=0)
    doc.add_paragraph("Inspection: January 2024. Progress update for the Learning Scrutiny Committee, "
                      "24 March 2025.")
    doc.add_paragraph("Document control").runs[0].bold = True
    add_table(doc, ["Version", "Date", "Author", "Summary of changes"], [
        ("1.0", "06/06/2024", "Chief Education Officer", "Draft PIAP submitted to Estyn"),
        ("1.1", "15/07/2024", "Chief Education Officer", "Amended following Estyn feedback; approved by Cabinet"),
        ("1.2", "10/03/2025", "Education Performance Officer", "Progress RAG updated"),
    ], head_fill="D9D9D9")
    doc.add_heading("Estyn recommendations", level=1)
    for rec, _, _ in MTCBC_RECS:
        doc.add_paragraph(rec, style="List Bullet")
    doc.add_paragraph("Progress is shown by the colour of the RAG column (see the key at the end of this "
                      "plan).")
    for rec, found, acts in MTCBC_RECS:
        doc.add_heading(rec, level=1)
        fp = doc.add_paragraph()
        fr = fp.add_run("What Estyn found: ")
        fr.bold = True
        fp.add_run(found)
        t = add_table(doc, ["Ref", "Action", "Lead officer(s)", "Timescale", "Success criteria", "RAG"],
                      [(ref, act, lead, ts, sc, "") for ref, act, lead, ts, sc, _ in acts], head_fill="D9D9D9")
        for i, (_, _, _, _, _, col) in enumerate(acts, start=1):
            shade(t.rows[i].cells[5], col)
        doc.add_paragraph("")
    doc.add_heading("RAG key", level=2)
    kt = add_table(doc, ["", "Meaning"], [
        ("", "Action complete"),
        ("", "On track to meet timescale"),
        ("", "Some delay – action being taken"),
        ("", "Not on track – escalated to the Education Leadership Team"),
    ], head_fill="D9D9D9")
    for i, col in enumerate([BLUE, GREEN, AMBER, RED], start=1):
        shade(kt.rows[i].cells[0], col)
    doc.save(os.path.join(HERE, "ho2-merthyr-tydfil-cbc-estyn-lges-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Nottingham City Council - RSH consumer standards housing improvement plan (csv, refuse)
# ---------------------------------------------------------------------------
def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


NCC_ROWS = [
    ["Nottingham City Council - Housing Improvement Plan: Regulator of Social Housing Consumer Standards",
     "", "", "", "", "", "", ""],
    ["Position at 31/10/2025 - reported to the Housing Improvement Board and Tenant Scrutiny Panel",
     "", "", "", "", "", "", ""],
    ["", "", "", "", "", "", "", ""],
    ["Consumer standard", "Ref", "Issue identified", "Action", "Lead", "Due", "RAG", "Progress"],
    ["Safety and Quality Standard", "SQ1", "Over 1,900 overdue fire risk assessment remedial actions",
     "Prioritise and complete all high-risk fire remedial actions, with weekly reporting to the Compliance "
     "Assurance Group", "Head of Building Safety", "31/12/2025", "Amber",
     "612 high-risk actions outstanding, down from 1,140"],
    ["", "SQ2", "Around 2,300 homes without an in-date electrical installation condition report",
     "Complete EICRs for all homes without a valid certificate, using forced access where necessary",
     "Head of Building Safety; Electrical Compliance Manager", "Mar-26", "Amber",
     "1,480 EICRs completed since April; forced access policy approved"],
    ["", "SQ3", "Stock condition data incomplete and out of date",
     "Commission a 100% stock condition survey over two years, starting with homes not surveyed since 2015",
     "Head of Asset Management", "March 2027", "Green",
     "Contract awarded; 3,850 surveys completed"],
    ["", "SQ4", "Damp and mould cases not consistently followed up",
     "Introduce a damp and mould case management process with a follow-up inspection six months after every "
     "repair", "Repairs Service Manager", "Sep-25", "Complete",
     "Process live from September; 1,204 open cases reviewed"],
    ["Transparency, Influence and Accountability Standard", "TI1",
     "Complaints not handled in line with the Housing Ombudsman Complaint Handling Code",
     "Restructure the complaints team and introduce weekly case reviews of all Stage 1 complaints "
     "approaching the 10 working day deadline", "Customer Relations Manager", "Decmber 2025", "Amber",
     "Stage 1 on-time response rate 71% (target 95%)"],
    ["", "TI2", "Tenant Satisfaction Measures not reported to tenants",
     "Publish the 2024/25 Tenant Satisfaction Measures and the action taken in response in the annual report "
     "to tenants", "Head of Tenancy and Estate Services / Tenant Involvement Manager", "30/09/2025",
     "Complete", "Published on the council website and in the autumn Tenants' newsletter"],
    ["Tenancy Standard", "TS1", "Allocations policy not reviewed since 2019",
     "Review the allocations policy with tenants and partners and take a revised policy to Executive Board",
     "Head of Housing Solutions", "Jun-26", "Green", "Consultation with tenants' panel under way"],
    ["Neighbourhood and Community Standard", "NC1",
     "No published approach to tackling anti-social behaviour",
     "Publish an anti-social behaviour policy and a clear statement of the support available to victims",
     "Community Protection Manager", "31/01/2026", "Red",
     "Draft delayed pending legal review; escalated to the Improvement Board"],
    ["", "", "", "", "", "", "", ""],
    ["RAG: Green = on track; Amber = at risk; Red = off track; Complete = delivered and evidenced",
     "", "", "", "", "", "", ""],
]


def make_nottingham():
    path = os.path.join(HERE,
                        "ho2-nottingham-city-council-rsh-consumer-standards-housing-improvement-plan-"
                        "typo-month-refuse.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        for row in NCC_ROWS:
            f.write(",".join(csv_field(v) for v in row) + "\r\n")


# ---------------------------------------------------------------------------
# 7. East Herts Council - strategic risk register Q2 2025/26 (tab-separated txt)
# ---------------------------------------------------------------------------
EH_HEADER = ["Risk ref", "Risk title", "Risk description", "Risk owner", "Inherent score (I x L)",
             "Key controls in place", "Action ref", "Further mitigating action", "Action owner", "Target date",
             "Residual score (I x L)", "Direction of travel", "Action RAG"]

EH_RISKS = [
    ("SR1", "Medium-term financial sustainability",
     "Rising demand and cost pressures mean the Council is unable to set a balanced budget over the MTFS "
     "period", "Head of Strategic Finance and Property", "20 (5x4)",
     "MTFS refreshed annually; monthly budget monitoring to Leadership Team; general fund reserve above the "
     "minimum level", "16 (4x4)", "Unchanged", [
         ("SR1.1", "Deliver the 2026/27 savings programme of £1.2m and report progress monthly to Leadership Team",
          "Head of Strategic Finance and Property", "Feb-26", "G"),
         ("SR1.2", "Complete the review of fees and charges and bring proposals to Executive",
          "Head of Strategic Finance and Property; Heads of Service", "31/12/2025", "A"),
     ]),
    ("SR2", "Cyber attack",
     "A successful cyber attack leads to loss of systems and data and disruption to services", "Head of ICT",
     "20 (5x4)", "Shared ICT service with Stevenage BC; MFA for all users; backups held off-site; annual "
     "penetration test", "15 (5x3)", "Improving", [
         ("SR2.1", "Complete the migration of the remaining on-premises servers to the cloud and retire legacy "
                   "systems", "Head of ICT / Shared Service Infrastructure Manager", "Q4 2025/26", "A"),
         ("SR2.2", "Run a cyber incident exercise with Leadership Team and test the incident response plan",
          "Head of ICT", "Nov-25", "G"),
     ]),
    ("SR3", "Town centre regeneration",
     "The Old River Lane scheme in Bishop's Stortford is not delivered to time or budget", "Director for Place",
     "16 (4x4)", "Programme board chaired by the Director for Place; external cost consultant; quarterly "
     "reports to Executive", "12 (4x3)", "Improving", [
         ("SR3.1", "Agree the revised delivery strategy and business case with Executive",
          "Director for Place", "March 2026", "G"),
     ]),
    ("SR4", "Workforce capacity",
     "Inability to recruit and retain staff with the right skills affects service delivery",
     "Head of HR and Organisational Development", "16 (4x4)",
     "Workforce strategy; agile working policy; exit interview analysis", "12 (4x3)", "Unchanged", [
         ("SR4.1", "Implement the pay and reward review recommendations, including market supplements for "
                   "hard-to-fill roles", "Head of HR and Organisational Development", "31/01/2026", "A"),
         ("SR4.2", "Launch the apprenticeship and graduate scheme for the 2025/26 intake", "HR Business Partner",
          "Sep-25", "B"),
     ]),
    ("SR5", "Waste collection service",
     "Changes under the Simpler Recycling reforms and the end of the current contract disrupt waste "
     "collection", "Head of Operations", "15 (5x3)",
     "Joint waste contract with North Herts Council; contract monitoring meetings; Defra funding confirmed",
     "10 (5x2)", "Unchanged", [
         ("SR5.1", "Complete the options appraisal for the waste collection contract beyond 2028",
          "Head of Operations", "Jun-26", "G"),
         ("SR5.2", "Prepare for weekly food waste collections from April 2026, including procurement of "
                   "vehicles and caddies", "Head of Operations; Waste Services Manager", "31/03/2026", "R"),
     ]),
    ("SR6", "Climate change",
     "The Council does not meet its commitment to be net zero for its own operations by 2030",
     "Head of Planning and Building Control", "12 (4x3)",
     "Climate Change Strategy and action plan; carbon reporting to Overview and Scrutiny", "9 (3x3)",
     "Improving", [
         ("SR6.1", "Update the Climate Change Strategy action plan and report progress annually to Overview and "
                   "Scrutiny Committee", "Climate Change Manager", "Ongoing", "G"),
     ]),
]


def make_eastherts():
    lines = [
        "East Herts Council",
        "Strategic Risk Register – Quarter 2 2025/26 (position at 30 September 2025)",
        "Audit and Governance Committee – 18 November 2025",
        "",
        "\t".join(EH_HEADER),
    ]
    for (rref, title, desc, owner, inh, controls, resid, dot, acts) in EH_RISKS:
        for i, (aref, act, aowner, target, rag) in enumerate(acts):
            if i == 0:
                row = [rref, title, desc, owner, inh, controls, aref, act, aowner, target, resid, dot, rag]
            else:
                row = ["", "", "", "", "", "", aref, act, aowner, target, "", "", rag]
            lines.append("\t".join(row))
    lines += [
        "",
        "Action RAG key: B = complete; G = on track; A = some slippage; R = off track",
        "Scores are impact x likelihood on a 5x5 matrix. Direction of travel compares the residual score with "
        "Quarter 1 2025/26.",
    ]
    with open(os.path.join(HERE, "ho2-east-herts-council-strategic-risk-register-q2-2025-26.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_manchester()
    make_nuneaton()
    make_leicestershire()
    make_midlothian()
    make_merthyr()
    make_nottingham()
    make_eastherts()
    print("done")
