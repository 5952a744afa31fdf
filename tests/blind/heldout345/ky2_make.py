"""Build the seven ky2- blind test files (set heldout345).

Run with: /work/main/.venv/bin/python ky2_make.py
Writes the data files next to this script. The .expected.yaml files are written separately.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "teal": PatternFill("solid", fgColor="1F6E6E"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "pale": PatternFill("solid", fgColor="DEEAF6"),
}
LETTER_FILL = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def path(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Herefordshire Council - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
HFD_NAME = "ky2-herefordshire-council-asc-cqc-assessment-improvement-plan.xlsx"
HFD_THEMES = [
    ("Theme 1: Working with people", [
        ("People waiting for a Care Act assessment or review experienced long delays, and waiting lists were not always risk-assessed in a consistent way.", [
            ("1.1", "Introduce a single waiting list triage tool across the four Community Teams, with a RAG-rated risk review at least every four weeks for everyone waiting.",
             "Head of Operational Social Work", D(2025, 3, 31), None, "A", "green",
             "Triage tool live in all teams from January 2025. 96% of people waiting have a risk review within 4 weeks."),
            ("1.2", "Commission additional assessment capacity to clear reviews that are more than 12 months overdue.",
             "Service Director – Adults Operations", D(2025, 3, 31), D(2025, 6, 30), "R", "amber",
             "Agency review team in place from December. 212 overdue reviews remaining (from 540). Revised date agreed at Improvement Board, February 2025."),
        ]),
        ("Unpaid carers told us they did not always know about carers' assessments or the support available to them.", [
            ("1.3", "Co-produce a refreshed All-Age Carers Strategy with carers and the commissioned carers' support service, including an offer of a carer's assessment at every adult assessment and review.",
             "Head of Commissioning – Prevention / Carers Lead Practitioner", "September 2025", None, "G", "green",
             "Three carers' engagement events held (Hereford, Leominster, Ross-on-Wye). Draft strategy to Cabinet Member briefing in June."),
        ]),
    ]),
    ("Theme 2: Providing support", [
        ("There were gaps in the market for home care in rural areas and for specialist nursing dementia care, leading to some people staying longer in hospital or being placed out of county.", [
            ("2.1", "Publish a Market Position Statement for 2025–2028 setting out rural home care and nursing dementia capacity requirements.",
             "Head of All-Age Commissioning", D(2025, 5, 31), None, "A", "blue",
             "Market Position Statement published 12 February 2025 and presented at the provider forum."),
            ("2.2", "Pilot a rural 'patch-based' home care model in the Kington and Golden Valley areas and evaluate outcomes for people and for the workforce.",
             "Head of All-Age Commissioning; Place Director (ICB)", "Dec-24", "Mar-26", "A", "amber",
             "Procurement delayed by one provider withdrawing. Pilot now mobilising April 2025 with a 9-month evaluation."),
        ]),
    ]),
    ("Theme 3: Ensuring safety within the system", [
        ("Safeguarding enquiries were not always completed in a timely way and feedback to people who raised concerns was inconsistent.", [
            ("3.1", "Implement revised Making Safeguarding Personal practice standards and audit 20 enquiries each quarter against them.",
             "Principal Social Worker", "Q1 2025/26", None, "A", "amber",
             "Standards launched at practice week. First quarterly audit completed – 14 of 20 fully met the standards."),
            ("3.2", "Build a feedback letter to referrers into the safeguarding workflow in Mosaic.",
             "Adult Safeguarding Manager / Systems Development Lead", D(2025, 4, 30), None, "A", "red",
             "Mosaic change request not yet scheduled by the systems team. Escalated to the Director of Adult Social Care."),
        ]),
    ]),
    ("Theme 4: Leadership", [
        ("Performance information was not yet used consistently at all levels to understand people's outcomes and drive improvement.", [
            ("4.1", "Develop a monthly ASC performance scorecard reviewed at the Adults Leadership Team and reported quarterly to Scrutiny.",
             "Head of Performance and Intelligence", "Ongoing – monthly", None, "G", "green",
             "Scorecard in use since October 2024; first quarterly report to Scrutiny in January 2025."),
            ("4.2", "Establish a Lived Experience Panel to co-produce and check progress on this improvement plan, meeting every two months.",
             "Head of Quality and Improvement", "July 2025", None, "A", "green",
             "Eleven members recruited with Healthwatch Herefordshire. First meeting held 6 February 2025."),
        ]),
    ]),
]


def build_herefordshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Herefordshire Council"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Adult Social Care Improvement Plan"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Response to the CQC Local Authority Assessment of Adult Social Care"
    ws["A3"].font = Font(italic=True)
    rows = [
        ("Plan owner", "Corporate Director – Community Wellbeing"),
        ("Version", "v3.2"),
        ("Position date", "28 February 2025"),
        ("Overall CQC rating", "Requires improvement"),
        ("Monitored by", "ASC Improvement Board (monthly); Adults and Wellbeing Scrutiny Committee (quarterly)"),
    ]
    r = 5
    for k, v in rows:
        ws.cell(r, 1, k).font = Font(bold=True)
        ws.cell(r, 2, v)
        for c in (1, 2):
            ws.cell(r, c).border = BOX
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    r += 1
    for colour, meaning in [("blue", "Complete – action delivered and evidenced"),
                            ("green", "On track to deliver by the target date"),
                            ("amber", "Some slippage – mitigation in place"),
                            ("red", "Off track – escalated to ASC Improvement Board")]:
        ws.cell(r, 1).fill = FILL[colour]
        ws.cell(r, 1).border = BOX
        ws.cell(r, 2, meaning).border = BOX
        r += 1
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 80

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Adult Social Care Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress position: 28 February 2025"
    ws.merge_cells("A2:I2")
    heads = ["Ref", "Area for improvement (CQC assessment report)", "Action", "Lead officer",
             "Original target date", "Revised target date", "Previous RAG (Nov 24)", "Current RAG",
             "Progress update"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["navy"]
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for theme, afis in HFD_THEMES:
        ws.cell(r, 1, theme).font = Font(bold=True, color="FFFFFF")
        for c in range(1, 10):
            ws.cell(r, c).fill = FILL["teal"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for afi, acts in afis:
            start = r
            ws.cell(r, 2, afi)
            for ref, text, lead, orig, rev, prev, cur, upd in acts:
                ws.cell(r, 1, ref)
                ws.cell(r, 3, text)
                ws.cell(r, 4, lead)
                c5 = ws.cell(r, 5, orig)
                if isinstance(orig, dt.datetime):
                    c5.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c6 = ws.cell(r, 6, rev)
                    if isinstance(rev, dt.datetime):
                        c6.number_format = "dd/mm/yyyy"
                ws.cell(r, 7, prev).fill = FILL[LETTER_FILL[prev]]
                ws.cell(r, 7).alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(r, 8).fill = FILL[cur]
                ws.cell(r, 9, upd)
                for c in range(1, 10):
                    ws.cell(r, c).border = BOX
                    if c not in (7,):
                        ws.cell(r, c).alignment = WRAP
                r += 1
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Notes: Current RAG is shown by cell colour – see the RAG key on the Cover sheet. "
                  "Previous RAG is the position reported to Adults and Wellbeing Scrutiny Committee on 18 November 2024.")
    ws.cell(r, 1).font = Font(italic=True)
    r += 1
    ws.cell(r, 1, "Current RAG summary: Blue 1 | Green 4 | Amber 3 | Red 1 | Total 9")
    ws.cell(r, 1).font = Font(bold=True)
    for col, w in zip("ABCDEFGHI", [7, 42, 52, 30, 14, 14, 11, 10, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(path(HFD_NAME))


# ---------------------------------------------------------------------------
# 2. Northamptonshire FRS - HMICFRS AFI action plan (xlsx) - REFUSE (typo month)
# ---------------------------------------------------------------------------
NFRS_NAME = "ky2-northamptonshire-fire-rescue-service-hmicfrs-afi-improvement-plan-typo-month-refuse.xlsx"
NFRS_ROWS = [
    # pillar, afi no, afi text, action ref, action, owner, due, status, update
    ("Effectiveness", "AFI 1", "The service should make sure it has an effective system in place to quality assure and evaluate its prevention activity.",
     "1a", "Introduce a quality assurance framework for Safe and Well visits, with a 5% sample of visits reviewed by a supervisory manager each quarter.",
     "GM Prevention", "Dec-24", "On track", "Framework drafted and consulted on with the FBU. Q3 sample underway."),
    ("", "", "", "1b", "Develop an evaluation toolkit for prevention campaigns so that outcomes are measured against the CRMP objectives.",
     "AM Community Risk", "Mar-25", "On track", "Toolkit being developed with the Community Safety Partnership analyst."),
    ("", "AFI 2", "The service should make sure it allocates enough resources to a prioritised and risk-based inspection programme.",
     "2a", "Review the Risk Based Inspection Programme using the NFCC methodology and re-profile the high-risk premises list.",
     "GM Protection", "Jan-25", "Complete", "Revised RBIP approved at Service Leadership Team on 8 October 2024."),
    ("", "", "", "2b", "Recruit and train four additional fire safety inspectors through the protection development pathway.",
     "GM Protection", "0ct-25", "On track", "Two inspectors appointed; two posts out to advert."),
    ("", "AFI 3", "The service should make sure its on-call fire engine availability is sufficient to meet its response standards.",
     "3a", "Introduce a day-crewing availability model at three on-call stations with the lowest availability.",
     "AM Response", "Jun-25", "Behind schedule", "Consultation extended at the request of the representative bodies."),
    ("", "", "", "3b", "Publish monthly on-call availability data by station on the service intranet.",
     "Head of Performance", "Nov-24", "Complete", "Live from 1 October 2024."),
    ("Efficiency", "AFI 4", "The service should make sure it has effective measures in place to assure itself that its workforce is productive and that its time is used as efficiently as possible.",
     "4a", "Implement the station activity planner for all wholetime watches and report productivity to the Performance Board.",
     "AM Operational Support", "Apr-25", "On track", "Planner piloted at Mounts and Kettering."),
    ("People", "AFI 5", "The service should make sure all staff understand the values and the behaviours expected of them, and that it has a clear and confidential route for raising concerns.",
     "5a", "Launch an independent confidential reporting line for staff, and promote it through station visits by the Chief Fire Officer.",
     "Head of HR", "Feb-25", "On track", "Provider contract awarded; launch planned for January."),
    ("", "", "", "5b", "Deliver values and behaviours training to all supervisory and middle managers.",
     "Head of Organisational Development", "Sep-25", "Not started", "Training provider being procured."),
    ("", "AFI 6", "The service should make sure it has a system in place to develop and manage the performance of all staff, including through regular appraisals.",
     "6a", "Move the annual appraisal onto the HR system and report completion rates by department each quarter.",
     "Head of HR", "Mar-25", "On track", "Appraisal module configured; testing with two departments."),
]
NFRS_TYPO_ROW = None  # set by builder


def build_nfrs():
    global NFRS_TYPO_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "AFI Action Plan"
    ws["A1"] = "Northamptonshire Fire and Rescue Service"
    ws["A1"].font = Font(bold=True, size=14, color="C00000")
    ws["A2"] = "HMICFRS Effectiveness, efficiency and people 2023–25: Areas for Improvement – Action Plan"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Position at 31 October 2024 · Plan owner: Area Manager, Service Assurance"
    heads = ["Pillar", "AFI", "Area for improvement", "Action ref", "Action", "Action owner", "Due",
             "Status", "Progress update"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True)
        cell.fill = FILL["grey"]
        cell.border = BOX
    r = 6
    for row in NFRS_ROWS:
        for c, v in enumerate(row, 1):
            if v != "":
                ws.cell(r, c, v)
            ws.cell(r, c).border = BOX
            ws.cell(r, c).alignment = WRAP
        if row[6] == "0ct-25":
            NFRS_TYPO_ROW = r
        r += 1
    for col, w in zip("ABCDEFGHI", [13, 7, 48, 9, 55, 24, 9, 15, 45]):
        ws.column_dimensions[col].width = w

    s = wb.create_sheet("Summary")
    s["A1"] = "Summary by pillar"
    s["A1"].font = Font(bold=True)
    hdr = ["Pillar", "AFIs", "Actions", "Complete", "On track", "Behind schedule", "Not started"]
    for c, h in enumerate(hdr, 1):
        s.cell(3, c, h).font = Font(bold=True)
    data = [("Effectiveness", 3, 6, 2, 3, 1, 0), ("Efficiency", 1, 1, 0, 1, 0, 0),
            ("People", 2, 3, 0, 2, 0, 1), ("Total", 6, 10, 2, 6, 1, 1)]
    for i, row in enumerate(data, 4):
        for c, v in enumerate(row, 1):
            s.cell(i, c, v)
    wb.save(path(NFRS_NAME))


# ---------------------------------------------------------------------------
# 3. Guildford BC - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
GBC_NAME = "ky2-guildford-bc-internal-audit-recommendations-tracker.xlsx"
GBC_STATUS_FILL = {
    "Implemented": "blue",
    "In progress – on target": "green",
    "In progress – behind target": "amber",
    "Overdue": "red",
    "Not started": None,
}
GBC_AUDITS = [
    ("Housing Rents 2023/24 – Limited Assurance", [
        ("High", "Arrears cases over £1,000 should be reviewed monthly and escalated in line with the Income Management Policy.", [
            ("HR-01a", "Introduce a monthly review of all rent accounts with arrears over £1,000, with escalation to the Lead Specialist – Housing Income where no arrangement is in place.",
             "Mason, Claire", D(2024, 5, 31), D(2024, 9, 30), "Implemented", "Review meeting in place since September. Verified by Internal Audit, November 2024."),
            ("HR-01b", "Update the Income Management Policy to set out the escalation stages and the evidence to be kept on file.",
             "Patel, Anita; Hughes, Rob", D(2024, 6, 30), D(2025, 3, 31), "In progress – behind target", "Draft policy delayed to align with the new Tenancy Policy; to Executive in March 2025."),
        ]),
        ("Medium", "Write-offs of former tenant arrears should be authorised in line with the Financial Procedure Rules.", [
            ("HR-02", "Introduce a write-off authorisation form with approval limits, and report write-offs over £5,000 to the Joint Chief Finance Officer quarterly.",
             "Mason, Claire", D(2024, 7, 31), None, "Overdue", "Form drafted but not yet in use. Officer changes in the Income team."),
        ]),
    ]),
    ("Procurement and Contract Management 2023/24 – Reasonable Assurance", [
        ("Medium", "The contracts register should be complete and published in line with the Local Government Transparency Code.", [
            ("PC-01", "Reconcile the contracts register against creditor payments over £5,000 and publish the updated register quarterly.",
             "Lead Specialist – Procurement", D(2024, 12, 31), None, "In progress – on target", "Q2 reconciliation complete; 37 contracts added."),
        ]),
        ("Low", "Contract managers should receive training on managing supplier performance.", [
            ("PC-02a", "Deliver contract management training to all named contract managers.",
             "Okafor, Daniel", D(2025, 3, 31), None, "In progress – on target", "Two of four sessions delivered."),
            ("PC-02b", "Add a contract management module to the corporate induction for new managers.",
             "Okafor, Daniel", D(2025, 6, 30), None, "Not started", ""),
        ]),
    ]),
    ("Cyber Security 2024/25 – Limited Assurance", [
        ("High", "Multi-factor authentication should be enforced for all remote access accounts.", [
            ("CS-01", "Enforce MFA on all remote access and privileged accounts, with exceptions approved by the Joint Chief Information Officer.",
             "ICT Infrastructure Manager", D(2024, 11, 30), None, "Implemented", "Enforced for all accounts from 18 November 2024."),
        ]),
        ("High", "Leavers' network accounts should be disabled promptly.", [
            ("CS-02", "Introduce an automated HR-to-ICT leavers feed so that accounts are disabled on the leaving date.",
             "ICT Infrastructure Manager / HR Systems Officer", D(2025, 1, 31), None, "In progress – behind target", "Interface specified; testing moved to February."),
        ]),
        ("Medium", "Staff should complete annual cyber awareness training.", [
            ("CS-03", "Make cyber awareness e-learning mandatory each year and report completion to the Information Governance Board.",
             "Information Governance Officer", D(2025, 3, 31), None, "In progress – on target", "Completion at 78% (target 95%)."),
        ]),
    ]),
]


def build_guildford():
    title = "Guildford Borough Council – Internal Audit Recommendations Tracker"
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Position at 31 December 2024 – report to Corporate Governance and Standards Committee, 23 January 2025"
    statuses = list(GBC_STATUS_FILL)
    hdr = ["Priority"] + statuses + ["Total"]
    for c, h in enumerate(hdr, 1):
        cell = s.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.alignment = WRAP
        cell.border = BOX
    counts = {}
    for _a, recs in GBC_AUDITS:
        for prio, _rec, acts in recs:
            for a in acts:
                counts[(prio, a[5])] = counts.get((prio, a[5]), 0) + 1
    r = 5
    for prio in ("High", "Medium", "Low"):
        s.cell(r, 1, prio).border = BOX
        tot = 0
        for c, st in enumerate(statuses, 2):
            n = counts.get((prio, st), 0)
            tot += n
            s.cell(r, c, n).border = BOX
        s.cell(r, len(hdr), tot).border = BOX
        r += 1
    s.cell(r, 1, "Total").font = Font(bold=True)
    for c in range(2, len(hdr) + 1):
        col = s.cell(5, c).column_letter
        s.cell(r, c, f"=SUM({col}5:{col}7)").font = Font(bold=True)
    s.column_dimensions["A"].width = 12
    for col in "BCDEFG":
        s.column_dimensions[col].width = 16

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Outstanding and recently implemented recommendations – High, Medium and Low priority"
    heads = ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
             "Target date", "Revised target date", "Status", "Latest update (December 2024)"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["navy"]
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for audit, recs in GBC_AUDITS:
        ws.cell(r, 1, audit).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(r, c).fill = FILL["grey"]
        r += 1
        for prio, rec, acts in recs:
            start = r
            ws.cell(r, 2, prio)
            ws.cell(r, 3, rec)
            for ref, text, lead, tgt, rev, status, upd in acts:
                ws.cell(r, 1, ref)
                ws.cell(r, 4, text)
                ws.cell(r, 5, lead)
                ws.cell(r, 6, tgt).number_format = "dd/mm/yyyy"
                if rev is not None:
                    ws.cell(r, 7, rev).number_format = "dd/mm/yyyy"
                ws.cell(r, 8, status)
                if GBC_STATUS_FILL[status]:
                    ws.cell(r, 8).fill = FILL[GBC_STATUS_FILL[status]]
                if upd:
                    ws.cell(r, 9, upd)
                for c in range(1, 10):
                    ws.cell(r, c).border = BOX
                    ws.cell(r, c).alignment = WRAP
                r += 1
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=start, start_column=3, end_row=r - 1, end_column=3)
    for col, w in zip("ABCDEFGHI", [9, 9, 40, 50, 26, 12, 12, 18, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    k = wb.create_sheet("Key")
    k["A1"] = "Status key"
    k["A1"].font = Font(bold=True)
    key = [("Implemented", "Action complete and verified by Internal Audit (blue)"),
           ("In progress – on target", "Action under way and expected by the target date (green)"),
           ("In progress – behind target", "Action under way but the target date has been or will be revised (amber)"),
           ("Overdue", "Target date passed and no revised date agreed (red)"),
           ("Not started", "Action not yet due to start")]
    for i, (st, meaning) in enumerate(key, 3):
        k.cell(i, 1, st)
        if GBC_STATUS_FILL[st]:
            k.cell(i, 1).fill = FILL[GBC_STATUS_FILL[st]]
        k.cell(i, 2, meaning)
    k["A9"] = "Priority: High – fundamental control weakness, implement within 3 months; Medium – within 6 months; Low – within 12 months."
    k.column_dimensions["A"].width = 28
    k.column_dimensions["B"].width = 70
    wb.save(path(GBC_NAME))


# ---------------------------------------------------------------------------
# 4. Colchester City Council - Auditor's Annual Report VFM recommendations (docx)
# ---------------------------------------------------------------------------
CCC_NAME = "ky2-colchester-city-council-auditors-annual-report-2023-24-vfm-recommendations-action-plan.docx"
CCC_TITLE = "Auditor's Annual Report 2023/24: Value for Money Recommendations – Management Action Plan"
CCC_SECTIONS = [
    ("Financial sustainability", [
        ("Key Recommendation 1", "The Council should identify fully costed and deliverable savings plans to close the budget gap of £6.2m forecast for 2025/26 and 2026/27, and reduce its reliance on earmarked reserves to balance the budget.", [
            ("KR1.1", "Produce a savings delivery tracker for every approved saving, showing the lead officer, milestones and the value delivered to date, and report it to the Senior Management Team each month.",
             "Section 151 Officer", "31 March 2025", "Complete"),
            ("KR1.2", "Report progress on savings delivery and the use of reserves to Cabinet and to the Governance and Audit Committee as part of the quarterly budget monitoring report.",
             "Head of Finance / Section 151 Officer", "Quarterly", "G"),
        ]),
        ("Improvement Recommendation 1", "The Council should strengthen the link between its capital programme and the Medium Term Financial Strategy, including the revenue costs of borrowing.", [
            ("IR1.1", "Introduce a capital gateway process so that no scheme enters the programme without a business case that sets out whole-life revenue costs.",
             "Chief Operating Officer", "September 2025", "A"),
        ]),
    ]),
    ("Governance", [
        ("Improvement Recommendation 2", "The Council should ensure that the risk management framework is embedded, with strategic risks reviewed regularly by senior officers and members.", [
            ("IR2.1", "Refresh the Risk Management Strategy and risk appetite statement, and provide training for the Governance and Audit Committee.",
             "Corporate Governance Manager", "30 June 2025", "Complete"),
            ("IR2.2", "Review the strategic risk register at the Senior Management Team every quarter, with risk owners attending on a rolling basis.",
             "Chief Executive", "Ongoing", "G"),
        ]),
        ("Improvement Recommendation 3", "The Council should improve its oversight of its wholly owned companies, including a clear shareholder agreement and regular performance reporting.", [
            ("IR3.1", "Agree updated shareholder agreements and business plans with Colchester Commercial (Holdings) Ltd and its subsidiaries, and establish a Shareholder Committee.",
             "Monitoring Officer; Chief Operating Officer", "Q3 2025/26", "A"),
        ]),
    ]),
    ("Improving economy, efficiency and effectiveness", [
        ("Improvement Recommendation 4", "The Council should use benchmarking and performance information more systematically to assess the value for money of its services.", [
            ("IR4.1", "Add benchmarking data from LG Inform to the quarterly performance report for each corporate priority.",
             "Head of Corporate Policy and Performance", "December 2025", "R"),
            ("IR4.2", "Carry out value for money reviews of two high-cost services each year, starting with waste collection and temporary accommodation.",
             "Chief Operating Officer", "March 2026", "G"),
        ]),
    ]),
]


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_row(row, fill=None):
    for cell in row.cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True
        if fill:
            shade(cell, fill)


def build_colchester():
    doc = Document()
    p = doc.add_paragraph()
    run = p.add_run("Colchester City Council")
    run.bold = True
    run.font.size = Pt(14)
    doc.add_paragraph(CCC_TITLE, style="Title")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Author", "Change"]):
        t.rows[0].cells[c].text = h
    bold_row(t.rows[0], "D9D9D9")
    for row in [("0.1", "12 December 2024", "Head of Finance", "First draft for Senior Management Team"),
                ("1.0", "21 January 2025", "Head of Finance", "Management responses agreed by Governance and Audit Committee"),
                ("1.1", "2 September 2025", "Corporate Governance Manager", "Progress update for Governance and Audit Committee")]:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            cells[c].text = v

    doc.add_paragraph(
        "The Council's external auditor issued the Auditor's Annual Report for 2023/24 in November 2024. "
        "The report made one key recommendation and four improvement recommendations under the three "
        "value for money criteria. This plan sets out the management actions agreed in response and the "
        "progress made to September 2025.")

    doc.add_paragraph("Status key", style="Heading 2")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for code, meaning, fill in [("Complete", "Action delivered", "9DC3E6"),
                                ("G", "On track", "A9D08E"),
                                ("A", "At risk of slipping", "FFD966"),
                                ("R", "Off track", "FF7C80")]:
        cells = k.add_row().cells
        cells[0].text = code
        cells[1].text = meaning
        shade(cells[0], fill)

    status_fill = {"Complete": "9DC3E6", "G": "A9D08E", "A": "FFD966", "R": "FF7C80"}
    for heading, recs in CCC_SECTIONS:
        doc.add_paragraph(heading, style="Heading 1")
        for label, rec, acts in recs:
            p = doc.add_paragraph()
            p.add_run(label).bold = True
            doc.add_paragraph(rec)
            t = doc.add_table(rows=1, cols=5)
            t.style = "Table Grid"
            for c, h in enumerate(["Ref", "Management action", "Responsible officer", "Target date", "Status"]):
                t.rows[0].cells[c].text = h
            bold_row(t.rows[0], "1F3864")
            for cell in t.rows[0].cells:
                for run in cell.paragraphs[0].runs:
                    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            for ref, text, lead, when, st in acts:
                cells = t.add_row().cells
                for c, v in enumerate([ref, text, lead, when, st]):
                    cells[c].text = v
                shade(cells[4], status_fill[st])
            doc.add_paragraph()

    doc.add_paragraph("Sign-off", style="Heading 2")
    s = doc.add_table(rows=3, cols=3)
    s.style = "Table Grid"
    for r, row in enumerate([("Role", "Signature", "Date"),
                             ("Chief Executive", "", "21 January 2025"),
                             ("Chair, Governance and Audit Committee", "", "21 January 2025")]):
        for c, v in enumerate(row):
            s.rows[r].cells[c].text = v
    bold_row(s.rows[0], "D9D9D9")
    doc.save(path(CCC_NAME))


# ---------------------------------------------------------------------------
# 5. Bridgend CBC - Shared Lives service CIW inspection improvement plan (docx)
# ---------------------------------------------------------------------------
BCB_NAME = "ky2-bridgend-cbc-shared-lives-ciw-inspection-improvement-plan.docx"
BCB_TITLE = "Shared Lives Service – Improvement Plan"
BCB_THEMES = [
    ("Well-being", [
        ("Regulation 19: People were not always given information about the service in a format they could understand.", [
            ("1", "Produce an easy-read version of the Service User Guide and Statement of Purpose, co-produced with the Shared Lives service user group.",
             "Shared Lives Officer", "End of February 2025", "Red"),
            ("2", "Translate the easy-read guide into Welsh in line with the Active Offer.",
             "Shared Lives Officer / Welsh Language Officer", "Ongoing", "Not started"),
        ]),
    ]),
    ("Care and Support", [
        ("Regulation 16: Personal plans were not always reviewed with the individual at least every three months.", [
            ("3", "Set up a personal plan review schedule on WCCIS so that each review is diarised three-monthly and overdue reviews are flagged to the Shared Lives Manager.",
             "Shared Lives Manager", "By 31 October 2024", "Complete"),
            ("4", "Audit 10 personal plans each quarter.\nReport the findings to the Responsible Individual through the quality of care review.",
             "Senior Practitioner & Shared Lives Manager", "Sept 2024 – March 2025", "Green"),
        ]),
    ]),
    ("Leadership and Management", [
        ("Regulation 36: Shared Lives carers did not always receive supervision and an annual review in line with the service's own policy.", [
            ("5", "Recruit a second Shared Lives Officer to increase supervision capacity.",
             "Group Manager – Direct Care Services", "w/c 06/01/2025", "Amber"),
            ("6", "Introduce a carer supervision tracker, reported monthly to the Responsible Individual.",
             "Shared Lives Manager", "Monthly", "Green"),
        ]),
        ("Regulation 80: The six-monthly quality of care review did not include the views of people using the service and of Shared Lives carers.", [
            ("7", "Survey people using the service and Shared Lives carers before each quality of care review, and include the findings in the review report.",
             "Responsible Individual", "December 2024", "Complete"),
        ]),
    ]),
]


def build_bridgend():
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Bridgend County Borough Council – Social Services and Wellbeing Directorate")
    r.bold = True
    doc.add_paragraph(BCB_TITLE, style="Heading 1")
    doc.add_paragraph("Following the Care Inspectorate Wales (CIW) inspection of 11 and 12 June 2024 "
                      "(report published 26 July 2024)")

    cover = doc.add_table(rows=0, cols=2)
    cover.style = "Table Grid"
    for k, v in [("Service", "Bridgend Shared Lives (Adult Placement Service)"),
                 ("Service provider", "Bridgend County Borough Council"),
                 ("Responsible Individual", "Head of Adult Social Care"),
                 ("Plan owner", "Shared Lives Manager"),
                 ("Last reviewed", "15 January 2025")]:
        cells = cover.add_row().cells
        cells[0].text = k
        cells[1].text = v
        shade(cells[0], "E2EFDA")
    doc.add_paragraph()

    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in enumerate(["No.", "Area for improvement identified by CIW", "Action", "Lead", "Timescale", "RAG"]):
        t.rows[0].cells[c].text = h
    bold_row(t.rows[0], "BDD7EE")
    rag_fill = {"Red": "FF7C80", "Amber": "FFD966", "Green": "A9D08E", "Complete": "9DC3E6"}
    for theme, afis in BCB_THEMES:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[5])
        merged.text = theme
        for run in merged.paragraphs[0].runs:
            run.bold = True
        shade(merged, "D9D9D9")
        for afi, acts in afis:
            first = None
            for no, text, lead, when, rag in acts:
                cells = t.add_row().cells
                cells[0].text = no
                if first is None:
                    cells[1].text = afi
                    first = cells[1]
                else:
                    first = first.merge(cells[1])
                lines = text.split("\n")
                cells[2].text = lines[0]
                for extra in lines[1:]:
                    cells[2].add_paragraph(extra)
                cells[3].text = lead
                cells[4].text = when
                cells[5].text = rag
                if rag in rag_fill:
                    shade(cells[5], rag_fill[rag])
    doc.add_paragraph()
    doc.add_paragraph("RAG: Red – not on track; Amber – some delay; Green – on track; Complete – action met and evidenced.")
    doc.add_paragraph("The improvement plan is reviewed monthly by the Shared Lives Manager and the Responsible "
                      "Individual and shared with CIW at the next inspection.")
    doc.save(path(BCB_NAME))


# ---------------------------------------------------------------------------
# 6. Welwyn Hatfield BC - RSH consumer standards housing improvement plan (csv)
# ---------------------------------------------------------------------------
WHB_NAME = "ky2-welwyn-hatfield-bc-rsh-consumer-standards-housing-improvement-plan.csv"
WHB_TITLE = "Housing Improvement Plan – Consumer Standards"
WHB_SECTIONS = [
    ("Safety and Quality Standard", [
        ("Fire risk assessment remedial actions overdue at 31 March 2024 (312 high-risk actions)", [
            ("1.1", "Clear all overdue high-risk fire risk assessment actions, prioritising blocks over 18m and supported housing schemes.",
             "Building Safety Manager", "31/12/2024", "30/06/2025", "Complete",
             "All 312 high-risk actions closed by 27 June 2025; verified by the independent fire engineer."),
            ("1.2", "Introduce a monthly compliance dashboard for the six big compliance areas, reported to the Housing Compliance Board and quarterly to Cabinet.",
             "Head of Property Services", "Dec-24", "", "Complete",
             "Dashboard reported since January 2025."),
        ]),
        ("Stock condition data – 41% of homes without a survey in the last five years", [
            ("1.3", "Commission stock condition surveys so that every home has been surveyed within the last five years.",
             "Asset Manager / Head of Property Services", "Q4 2025/26", "", "G",
             "6,112 surveys completed (68%). Contractor on programme."),
            ("1.4", "Load stock condition data into the asset management system and produce a 30-year investment plan.\nPlan to be reported to Cabinet with the HRA Business Plan.",
             "Asset Manager", "Mar-26", "", "A",
             "System upgrade needed before data load; quote received."),
        ]),
        ("Damp and mould cases not always inspected within target timescales", [
            ("1.5", "Set up a specialist damp and mould team and a 10 working day inspection standard in preparation for Awaab's Law.",
             "Repairs Manager", "31/10/2025", "", "R",
             "Two of four surveyor posts filled; average inspection time 17 working days."),
        ]),
    ]),
    ("Transparency, Influence and Accountability Standard", [
        ("Tenant Satisfaction Measures below upper quartile; complaints responses outside Complaint Handling Code timescales", [
            ("2.1", "Publish Tenant Satisfaction Measures and an annual report to tenants, with an action plan for the three lowest-scoring measures.",
             "Tenant Engagement Manager", "September 2025", "", "Complete",
             "Annual report published 12 September 2025."),
            ("2.2", "Recruit and train a Tenant Scrutiny Panel to review one housing service each year.",
             "Natalie Price / Tom Acheson", "Ongoing", "", "G",
             "Eight panel members recruited; first review (voids) under way."),
        ]),
    ]),
    ("Tenancy Standard", [
        ("Tenancy audits not carried out in line with policy", [
            ("3.1", "Restart the tenancy audit programme, visiting every tenancy at least once every five years, starting with tenancies with no contact in the last three years.",
             "Tenancy Services Manager", "Q2 2026/27", "", "Not started",
             "Programme to start April 2026 once the new housing management system is live."),
        ]),
    ]),
    ("Neighbourhood and Community Standard", [
        ("Anti-social behaviour cases not always risk-assessed", [
            ("4.1", "Introduce a risk assessment for every new ASB case and a case review at 28 days, with the Community Safety Partnership.",
             "Neighbourhoods Manager", "28/02/2025", "31/12/2025", "A",
             "Risk assessment in use; 28-day case reviews not yet consistent."),
        ]),
    ]),
]
WHB_HEADER = ["Ref", "Consumer standard / issue", "Action", "Lead officer(s)", "Due date",
              "Revised due date", "RAG", "Progress comment"]


def build_welwyn():
    n = len(WHB_HEADER)
    blank = [""] * n
    rows = [["Welwyn Hatfield Borough Council"] + [""] * (n - 1),
            [WHB_TITLE] + [""] * (n - 1),
            ["Self-referral to the Regulator of Social Housing (May 2024) – progress at 30 September 2025"] + [""] * (n - 1),
            blank,
            WHB_HEADER]
    counts = {}
    total = 0
    for std, issues in WHB_SECTIONS:
        rows.append([std] + [""] * (n - 1))
        for issue, acts in issues:
            for i, (ref, text, lead, due, rev, rag, comment) in enumerate(acts):
                rows.append([ref, issue if i == 0 else "", text, lead, due, rev, rag, comment])
                counts[rag] = counts.get(rag, 0) + 1
                total += 1
    rows.append(blank)
    rows.append(["Summary"] + [""] * (n - 1))
    rows.append(["Total actions", str(total)] + [""] * (n - 2))
    for rag in ("Complete", "G", "A", "R", "Not started"):
        rows.append([rag, str(counts.get(rag, 0))] + [""] * (n - 2))
    rows.append(blank)
    rows.append(["RAG key: G = on track; A = at risk; R = off track; Complete = delivered and evidenced"] + [""] * (n - 1))
    with open(path(WHB_NAME), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Northumberland CC - strategic risk register Q3 2025/26 (txt, tab-separated blocks)
# ---------------------------------------------------------------------------
NCC_NAME = "ky2-northumberland-county-council-strategic-risk-register-q3-2025-26.txt"
NCC_TITLE = "Strategic Risk Register – Quarter 3 2025/26"
NCC_RISKS = [
    ("SR01 Financial resilience – failure to set and deliver a balanced budget over the Medium Term Financial Plan period",
     "Executive Director of Finance (S151)", "16 (Red)", "9 (Amber)", "Unchanged", [
         ("SR01.1", "Deliver the 2025/26 savings programme, with monthly tracking of each saving at Corporate Leadership Team.",
          "Executive Director of Finance (S151)", "Mar-26", "G"),
         ("SR01.2", "Set a balanced 2026/27 budget and refresh the MTFP, including the impact of the Fair Funding Review.",
          "Director of Finance and Procurement", "Feb-26", "A"),
         ("SR01.3", "Report the reserves position and forecast outturn to Cabinet each quarter.",
          "Director of Finance and Procurement", "Quarterly", "G"),
     ]),
    ("SR04 Cyber security – a successful cyber attack causes loss of systems or data",
     "Director of Digital and IT", "15 (Red)", "10 (Amber)", "Unchanged", [
         ("SR04.1", "Complete the move of remaining on-premises servers to the cloud platform with immutable back-ups.",
          "Head of ICT Infrastructure", "31/03/2026", "A"),
         ("SR04.2", "Run a cyber incident exercise with the Corporate Leadership Team and Cabinet.",
          "Head of ICT Security; Emergency Planning Manager", "Dec-25", "C"),
     ]),
    ("SR07 Adult social care market – insufficient home care and care home capacity to meet demand, particularly in rural areas",
     "Executive Director of Adult Social Care and Health", "12 (Amber)", "8 (Amber)", "Improving", [
         ("SR07.1", "Agree the 2026/27 fee uplift with providers through the Care Providers Forum.",
          "Head of Commissioning", "Q4 2025/26", "G"),
         ("SR07.2", "Extend the rural home care incentive scheme in North Northumberland and the Tyne Valley.",
          "Head of Commissioning", "June 2026", "R"),
     ]),
    ("SR09 Workforce – inability to recruit and retain staff with the right skills in key professions",
     "Director of Workforce", "12 (Amber)", "6 (Green)", "Improving", [
         ("SR09.1", "Launch the refreshed grow-your-own programme for social workers, planners and environmental health officers.",
          "Director of Workforce", "Sept 2026", "G"),
         ("SR09.2", "Publish the workforce strategy action plan with quarterly workforce data to Staff and Appointments Committee.",
          "J. Armstrong; K. Hall", "31/01/2026", "C"),
     ]),
]


def build_northumberland():
    lines = [
        "Northumberland County Council",
        NCC_TITLE,
        "Position at 31 December 2025 | Audit Committee, 28 January 2026",
        "",
        "Risk scores: Likelihood (1-5) x Impact (1-5). Red 15-25 | Amber 8-14 | Green 1-7.",
        "Action status: G = on track, A = some slippage, R = off track, C = complete.",
        "",
    ]
    for title, owner, cur, tgt, dot, acts in NCC_RISKS:
        lines.append(title)
        lines.append(f"Risk owner: {owner}")
        lines.append(f"Current score: {cur}\tTarget score: {tgt}\tDirection of travel: {dot}")
        lines.append("Ref\tFurther action\tAction owner\tTarget date\tStatus")
        for a in acts:
            lines.append("\t".join(a))
        lines.append("")
    lines.append("Risks removed this quarter: none. New risks this quarter: none.")
    lines.append("Next review: Corporate Leadership Team, March 2026.")
    with open(path(NCC_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    build_herefordshire()
    build_nfrs()
    build_guildford()
    build_colchester()
    build_bridgend()
    build_welwyn()
    build_northumberland()
    print("typo month row (Northamptonshire):", NFRS_TYPO_ROW)


if __name__ == "__main__":
    main()
