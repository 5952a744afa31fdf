#!/usr/bin/env python
"""Build the seven ly2- blind test files (set heldout371).

Run with the importer's venv python:  python ly2_make.py
Writes into the folder this script lives in.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def solid(hex6):
    return PatternFill("solid", start_color="FF" + hex6, end_color="FF" + hex6)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Barking and Dagenham - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
BD_FILE = "ly2-barking-and-dagenham-council-asc-cqc-assessment-improvement-plan.xlsx"
BD_TITLE = "Barking and Dagenham Council – Adult Social Care Improvement Plan 2025-26"
# theme -> [(finding, [actions])]; action = (no, text, lead, original, revised, prevRAG, curRAG, update)
BD_PLAN = [
    ("Theme 1: Working with people", [
        ("QS1 Assessing needs: people wait too long for Care Act assessments and reviews, "
         "and waiting lists are not consistently risk-managed", [
            ("1.1", "Introduce a single risk-rated waiting list for assessments and reviews, with weekly "
                    "oversight by team managers and monthly reporting to the ASC Leadership Team.",
             "Head of Assessment and Care Management", d(2025, 6, 30), d(2025, 9, 30), "A", "B",
             "Single waiting list live in LAS from 1 September 2025. Weekly RAG huddles in place."),
            ("1.2", "Recruit a dedicated reviewing team (6 FTE) to clear reviews overdue by more than 12 months.",
             "Head of Assessment and Care Management", d(2025, 12, 31), None, "G", "G",
             "4 of 6 posts filled; overdue reviews down from 1,142 to 806."),
        ]),
        ("QS3 Equity in experience and outcomes: the council does not routinely use demographic data "
         "to understand who is not accessing care and support", [
            ("1.3", "Add ethnicity, language and disability fields to the ASC performance dashboard and publish "
                    "a quarterly equity report to the ASC Improvement Board.",
             "Business Intelligence Manager / Head of Equalities and Diversity", d(2026, 3, 31), None, "A", "A",
             "Data quality on ethnicity recording (71%) is limiting the first report."),
        ]),
    ]),
    ("Theme 2: Providing support", [
        ("QS4 Care provision, integration and continuity: limited availability of specialist dementia "
         "nursing care in the borough", [
            ("2.1", "Complete the market position statement refresh, including a 5-year forecast of demand "
                    "for dementia nursing beds.",
             "Commissioning Manager (Ageing Well)", d(2025, 9, 30), d(2025, 11, 30), "G", "A",
             "Draft MPS delayed by provider engagement sessions; now due to Cabinet in November."),
            ("2.2", "Agree with NELFT and the ICB a joint commissioning plan for step-down and "
                    "discharge-to-assess beds.",
             "Director of Commissioning; NEL ICB Place Director", d(2026, 1, 31), None, "A", "R",
             "Funding for 2026-27 not yet agreed by the ICB. Escalated to Place Partnership Board."),
        ]),
        ("QS5 Partnerships and communities: carers told CQC they did not know how to get a carer's assessment", [
            ("2.3", "Relaunch the carers' offer with Carers of Barking and Dagenham, including an online "
                    "self-assessment for carers.",
             "Head of Prevention and Early Intervention", d(2025, 7, 31), None, "G", "B",
             "Relaunched in Carers Week; 212 online self-assessments completed to date."),
        ]),
    ]),
    ("Theme 3: Ensuring safety within the system", [
        ("QS7 Safeguarding: Section 42 enquiries are not always concluded in a timely way and outcomes "
         "are not consistently recorded", [
            ("3.1", "Implement the revised Section 42 enquiry timescales and audit 20 closed enquiries each "
                    "quarter through the practice quality assurance framework.",
             "Head of Safeguarding Adults & Principal Social Worker", d(2025, 12, 31), None, "A", "G",
             "Q2 audit completed: 17 of 20 enquiries concluded within timescale."),
        ]),
        ("QS6 Safe systems, pathways and transitions: transitions from children's services start too late "
         "for young people with complex needs", [
            ("3.2", "Introduce a Preparing for Adulthood panel from age 14, jointly chaired by Adults' and "
                    "Children's Care and Support.",
             "Service Manager, Preparing for Adulthood", d(2026, 4, 30), None, "G", "G",
             "Terms of reference agreed; first panel January 2026."),
        ]),
    ]),
    ("Theme 4: Leadership", [
        ("QS8 Governance, management and sustainability: performance information is not used consistently "
         "to drive improvement", [
            ("4.1", "Establish the ASC Improvement Board, chaired by the Chief Executive, with monthly highlight "
                    "reporting against this plan.",
             "Strategic Director, Adults' Care and Support", d(2025, 5, 31), None, "B", "B",
             "Board meeting monthly since May 2025."),
            ("4.2", "Deliver a performance and data literacy programme for all team managers and senior "
                    "practitioners.",
             "Head of Workforce Development", d(2026, 3, 31), None, None, None,
             "Not started – programme to begin January 2026 once the new dashboard is live."),
        ]),
    ]),
]


def build_bd():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = BD_TITLE
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Response to the CQC Local Authority Assessment of Adult Social Care (report published 6 June 2025)"
    cov["A3"] = "Overall CQC rating: Requires improvement"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Summary of changes"),
            ("0.1", "01/07/2025", "ASC Improvement Lead", "First draft for ASC Leadership Team"),
            ("1.0", "22/07/2025", "ASC Improvement Lead", "Approved by Cabinet"),
            ("1.2", "14/10/2025", "ASC Improvement Lead", "Q2 progress and RAG update")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = solid("D9D9D9")
    cov["A11"] = "Plan owner: Strategic Director, Adults' Care and Support"
    cov["A13"] = "RAG key"
    cov["A13"].font = Font(bold=True)
    key = [(BLUE, "Complete"), (GREEN, "On track"), (AMBER, "Some slippage – recoverable"),
           (RED, "Off track – at risk of not delivering"), (None, "No colour – not yet started")]
    for i, (col, txt) in enumerate(key):
        c = cov.cell(row=14 + i, column=1)
        c.border = BOX
        if col:
            c.fill = solid(col)
        cov.cell(row=14 + i, column=2, value=txt)
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 22
    cov.column_dimensions["D"].width = 40

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress – position at 30 September 2025"
    sm["A1"].font = Font(bold=True, size=13)
    hdr = ["Theme", "Actions", "Complete", "On track", "Some slippage", "Off track", "Not started"]
    for j, h in enumerate(hdr):
        c = sm.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    r = 4
    totals = [0] * 6
    for theme, findings in BD_PLAN:
        acts = [a for _, al in findings for a in al]
        counts = [len(acts),
                  sum(1 for a in acts if a[6] == "B"), sum(1 for a in acts if a[6] == "G"),
                  sum(1 for a in acts if a[6] == "A"), sum(1 for a in acts if a[6] == "R"),
                  sum(1 for a in acts if a[6] is None)]
        sm.cell(row=r, column=1, value=theme).border = BOX
        for j, v in enumerate(counts):
            sm.cell(row=r, column=2 + j, value=v).border = BOX
            totals[j] += v
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(totals):
        c = sm.cell(row=r, column=2 + j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    sm.column_dimensions["A"].width = 42

    # Action plan sheet
    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Adult Social Care Improvement Plan – Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at: 30 September 2025 (Quarter 2)"
    heads = ["No.", "Quality statement / CQC finding", "Action", "Lead officer",
             "Original completion date", "Revised completion date", "Previous RAG (Q1)",
             "Current RAG (Q2)", "Progress update (Q2)"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for theme, findings in BD_PLAN:
        ws.cell(row=r, column=1, value=theme)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = solid("B4C6E7")
        r += 1
        for finding, acts in findings:
            first = r
            for (no, text, lead, orig, rev, prev, cur, upd) in acts:
                ws.cell(row=r, column=1, value=no)
                ws.cell(row=r, column=3, value=text)
                ws.cell(row=r, column=4, value=lead)
                c = ws.cell(row=r, column=5, value=orig)
                c.number_format = "mmm-yy"
                if rev is not None:
                    c = ws.cell(row=r, column=6, value=rev)
                    c.number_format = "mmm-yy"
                if prev:
                    ws.cell(row=r, column=7).fill = solid(FILL[prev])
                if cur:
                    ws.cell(row=r, column=8).fill = solid(FILL[cur])
                ws.cell(row=r, column=9, value=upd)
                for j in range(1, 10):
                    ws.cell(row=r, column=j).alignment = WRAP
                    ws.cell(row=r, column=j).border = BOX
                r += 1
            ws.cell(row=first, column=2, value=finding)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Note: RAG ratings are self-assessed by action leads and moderated "
                                   "at the ASC Improvement Board. See the Cover sheet for the RAG key.")
    widths = [6, 40, 55, 30, 12, 12, 10, 10, 45]
    for j, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(j + 1)].width = w
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(os.path.join(HERE, BD_FILE))


# ---------------------------------------------------------------------------
# 2. South Ribble - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
SR_FILE = "ly2-south-ribble-bc-internal-audit-recommendations-tracker.xlsx"
SR_TITLE = "South Ribble Borough Council – Internal Audit: Follow-up of Agreed Management Actions"
# audit -> [(recno, priority, recommendation, [(action, officer, agreed, revised, rag, comment)])]
SR_PLAN = [
    ("2024/25 – Procurement and Contract Management (Limited Assurance)", [
        ("R1", "High", "Contract Procedure Rules should be updated to reflect the Procurement Act 2023 "
                       "and re-issued to all budget holders.", [
            ("Revise the Contract Procedure Rules for the Procurement Act 2023 and take them to Council "
             "for approval.", "Procurement Manager", d(2025, 2, 28), d(2025, 3, 31), "B",
             "Approved by Council 26/03/2025. Verified."),
            ("Deliver briefing sessions on the revised rules to all budget holders and record attendance.",
             "Procurement Manager", d(2025, 6, 30), d(2026, 1, 31), "A",
             "Three of five sessions held; remaining sessions booked for January."),
        ]),
        ("R2", "Medium", "A complete contracts register should be maintained and published in line with "
                         "the Local Government Transparency Code.", [
            ("Populate the contracts register from the finance system and publish it quarterly on the "
             "council website.", "Procurement Manager / Transparency Officer", d(2025, 9, 30), None, "R",
             "Register not yet published. No revised date proposed."),
        ]),
    ]),
    ("2024/25 – Housing Rents and Arrears (Moderate Assurance)", [
        ("R1", "Medium", "Arrears recovery action should be taken promptly in line with the Income "
                         "Management Policy.", [
            ("Introduce weekly exception reports of tenancies with arrears over £500 and no recovery action "
             "in the last 28 days.", "Income Manager", d(2025, 3, 31), None, "B",
             "Report running weekly since April 2025. Verified."),
        ]),
        ("R2", "Low", "Write-offs should be approved in line with the scheme of delegation.", [
            ("Remind officers of write-off limits and add an authorisation check to the month-end "
             "reconciliation.", "Income Manager", "Q4 2025/26", None, "G",
             "Reminder issued. Reconciliation checklist being updated."),
        ]),
    ]),
    ("2025/26 – Cyber Security (Limited Assurance)", [
        ("R1", "High", "All staff and members should complete mandatory cyber security training annually.", [
            ("Make the e-learning module mandatory in the learning system, with reminders at 30 and 60 days "
             "and escalation to Directors for non-completion.", "Head of Shared Digital Services",
             d(2025, 12, 31), None, "G", "Completion at 84% of staff and 60% of members."),
        ]),
        ("R2", "High", "An incident response plan should be documented and tested.", [
            ("Document the cyber incident response plan and run a table-top exercise with the Corporate "
             "Management Team.", "Head of Shared Digital Services; Emergency Planning Officer",
             d(2026, 3, 31), None, "G", "Plan drafted; exercise scheduled for 11 March 2026."),
        ]),
    ]),
]


def build_sr():
    wb = Workbook()
    ws = wb.active
    ws.title = "Follow-up Jan 2026"
    ws["A1"] = SR_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Governance Committee – 21 January 2026"
    ws["A3"] = "Actions outstanding at the last report, and actions due since. Status key on the 'Key' sheet."
    heads = ["Audit Area (Assurance)", "Rec. No.", "Priority", "Finding / Recommendation",
             "Agreed Management Action", "Responsible Officer", "Agreed Date", "Revised Date", "RAG",
             "Internal Audit Comment"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = solid("D9E1F2")
        c.border = BOX
        c.alignment = WRAP
    r = 6
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for audit, recs in SR_PLAN:
        ws.cell(row=r, column=1, value=audit).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(row=r, column=1).fill = solid("F2F2F2")
        r += 1
        for recno, prio, rec, acts in recs:
            first = r
            for (act, off, agreed, rev, rag, com) in acts:
                ws.cell(row=r, column=5, value=act)
                ws.cell(row=r, column=6, value=off)
                c = ws.cell(row=r, column=7, value=agreed)
                if isinstance(agreed, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c = ws.cell(row=r, column=8, value=rev)
                    c.number_format = "dd/mm/yyyy"
                c = ws.cell(row=r, column=9, value=rag)
                c.fill = solid(FILL[rag])
                c.alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(row=r, column=10, value=com)
                counts[rag] += 1
                for j in range(1, 11):
                    ws.cell(row=r, column=j).border = BOX
                    if j != 9:
                        ws.cell(row=r, column=j).alignment = WRAP
                r += 1
            ws.cell(row=first, column=2, value=recno)
            ws.cell(row=first, column=3, value=prio)
            ws.cell(row=first, column=4, value=rec)
            if r - 1 > first:
                for col in (2, 3, 4):
                    ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    summ = [("Complete (B)", counts["B"]), ("On target (G)", counts["G"]),
            ("Revised date agreed (A)", counts["A"]), ("Overdue (R)", counts["R"]),
            ("Total actions", sum(counts.values()))]
    for i, (lab, n) in enumerate(summ):
        ws.cell(row=r + 1 + i, column=1, value=lab)
        ws.cell(row=r + 1 + i, column=2, value=n)
    widths = [30, 8, 9, 40, 48, 26, 12, 12, 6, 36]
    for j, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(j + 1)].width = w
    ws.freeze_panes = "A6"

    k = wb.create_sheet("Key")
    k["A1"] = "RAG status key"
    k["A1"].font = Font(bold=True)
    keyrows = [("B", "Complete – action implemented and verified by Internal Audit"),
               ("G", "In progress – on target to meet the agreed date"),
               ("A", "In progress – revised date agreed by the Governance Committee"),
               ("R", "Overdue – agreed date passed and no revised date agreed")]
    for i, (l, t) in enumerate(keyrows):
        c = k.cell(row=3 + i, column=1, value=l)
        c.fill = solid(FILL[l])
        k.cell(row=3 + i, column=2, value=t)
    k["A9"] = "Priority: High – fundamental control weakness; Medium – significant; Low – good practice."
    k.column_dimensions["B"].width = 70
    wb.save(os.path.join(HERE, SR_FILE))


# ---------------------------------------------------------------------------
# 3. RAF Police - HMICFRS service police inspection tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
RAF_FILE = "ly2-raf-police-hmicfrs-service-police-inspection-action-tracker-typo-month-refuse.xlsx"
RAF_TITLE = ("RAF Police – HMICFRS Inspection of the Service Police Response to Rape, Serious Sexual "
             "Offences and Domestic Abuse: Recommendations and AFI Tracker")
# (serial, type, hmicfrs text, action, owner, target, status, remarks)
RAF_ROWS = [
    ("1", "Rec 4", "The RAF Police should ensure that all victims of rape and serious sexual offences are "
                   "referred to the Victim and Witness Care Unit at the first opportunity.",
     "Amend the RAF Police Crime Investigation SOP to make VWCU referral mandatory within 24 hours of report.",
     "SO1 RAF Police Policy", "Mar 2024", "Complete", "SOP v3.2 issued 12 Mar 2024."),
    ("2", "Rec 4", "", "Audit a sample of 25 RASSO investigations each quarter for VWCU referral compliance.",
     "OC Special Investigation Unit", "Sep 2024", "Complete", "Q1 and Q2 audits show 96% compliance."),
    ("3", "Rec 11", "The RAF Police should make sure that domestic abuse risk assessments (DASH) are "
                    "completed and reviewed by a supervisor in every case.",
     "Introduce supervisor sign-off of DASH assessments on REDCAP.",
     "SO2 Crime Policy / OC Police Flights", "Jun 2024", "Complete", "System change live 3 Jun 2024."),
    ("4", "Rec 11", "", "Deliver DASH refresher training to all RAF Police NCOs.",
     "Wg Trg Officer", "Novmber 2024", "Green", "78% trained at 31 Oct."),
    ("5", "AFI 2", "The RAF Police should improve the quality and timeliness of victim updates.",
     "Adopt the Victims' Code update schedule and record every victim contact on REDCAP.",
     "OC Special Investigation Unit", "Dec 2024", "Amber", "Recording compliance 64%; dip sampling ongoing."),
    ("6", "AFI 5", "The RAF Police should review the workload of investigators in the Special "
                   "Investigation Unit.",
     "Complete a workforce demand review of SIU investigator caseloads.",
     "SO1 RAF Police Policy", "Jan 2025", "Green", "Terms of reference agreed with Provost Marshal (RAF)."),
    ("7", "AFI 7", "The RAF Police should make better use of ancillary orders and bail conditions to "
                   "protect victims.",
     "Publish guidance on ancillary orders and Service bail conditions, with legal advice from the SPA.",
     "SO2 Crime Policy", "Mar 2025", "Green", "Draft with Service Prosecuting Authority for comment."),
    ("8", "AFI 9", "The RAF Police should analyse data on RASSO and domestic abuse to understand "
                   "patterns of offending.",
     "Produce a six-monthly RASSO and domestic abuse problem profile for the Provost Marshal (RAF).",
     "Hd Intelligence, RAF Police", "Jun 2025", "Not started", "Awaiting analyst post fill."),
]
RAF_FIRST_DATA_ROW = 6


def build_raf():
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = RAF_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "OFFICIAL"
    ws["A2"].font = Font(bold=True, color="C00000")
    ws["A3"] = "Inspection report published 15 June 2022. Tracker updated: 14 Nov 2024."
    heads = ["Serial", "Rec / AFI", "HMICFRS Recommendation / Area for Improvement", "Action",
             "Action Owner", "Target Date", "Status", "Remarks"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("002060")
        c.border = BOX
    colours = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    for i, row in enumerate(RAF_ROWS):
        r = RAF_FIRST_DATA_ROW + i
        for j, v in enumerate(row):
            c = ws.cell(row=r, column=1 + j, value=v if v != "" else None)
            c.alignment = WRAP
            c.border = BOX
        if row[6] in colours:
            ws.cell(row=r, column=7).fill = solid(colours[row[6]])
    # merge the recommendation text over its continuation row (serials 1-2, 3-4)
    ws.merge_cells(start_row=6, start_column=3, end_row=7, end_column=3)
    ws.merge_cells(start_row=8, start_column=3, end_row=9, end_column=3)
    ws.merge_cells(start_row=6, start_column=2, end_row=7, end_column=2)
    ws.merge_cells(start_row=8, start_column=2, end_row=9, end_column=2)
    widths = [7, 9, 48, 48, 24, 12, 11, 34]
    for j, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(j + 1)].width = w
    wb.save(os.path.join(HERE, RAF_FILE))


# ---------------------------------------------------------------------------
# 4. Scottish Fire and Rescue Service - annual audit report 2024/25 action plan (docx)
# ---------------------------------------------------------------------------
SFRS_FILE = "ly2-scottish-fire-and-rescue-service-annual-audit-report-2024-25-action-plan.docx"
SFRS_TITLE = "External Audit Annual Audit Report 2024/25 – Action Plan Progress Update"
SFRS_SEC1 = "1. 2024/25 recommendations"
SFRS_SEC2 = "2. Prior year recommendations carried forward"
# (no, issue, recommendation, action, officer, date, progress, status)
SFRS_T1 = [
    ("1", "Financial sustainability\nThe Medium-Term Financial Strategy shows a cumulative funding gap of "
          "£27.6 million by 2028/29. Savings plans have not yet been identified for most of this gap.",
     "SFRS should develop and approve a savings plan that closes the funding gap identified in the "
     "Medium-Term Financial Strategy, with clear milestones.",
     "A Strategic Service Review Programme savings plan will be presented to the Board for approval, with "
     "quarterly monitoring through the Resources Committee.",
     "Director of Finance and Procurement", "31 March 2026",
     "Savings options paper considered by the Board in October 2025.", "On track"),
    ("2", "Capital programme\nThere was significant slippage in the 2024/25 capital programme, with £9.1 "
          "million of planned spend carried forward.",
     "SFRS should review the profiling of the capital programme so that budgets reflect realistic "
     "delivery timescales.",
     "Capital budgets will be re-profiled based on deliverability, and a Capital Programme Delivery Group "
     "will monitor slippage monthly.",
     "Director of Asset Management / Head of Finance", "30 September 2025",
     "Delivery Group established in June 2025; re-profiled programme approved.", "Complete"),
    ("3", "Fixed asset register\nThe fixed asset register was not reconciled to the general ledger during "
          "the year, and adjustments were needed to the draft accounts.",
     "Reconciliations between the fixed asset register and the general ledger should be carried out "
     "and reviewed regularly.",
     "The fixed asset register will be reconciled to the general ledger quarterly, with reconciliations "
     "reviewed and signed off by the Head of Finance.",
     "Financial Accounting Manager", "31 December 2025\n(revised 31 March 2026)",
     "Q2 reconciliation completed late due to system upgrade; date revised.", "Some slippage"),
    ("4", "Register of interests\nBoard members' register of interests had not been updated since 2023.",
     "SFRS should ensure the register of interests is reviewed and published each year.",
     "Annual declaration reminders will be issued to Board members each April and the updated register "
     "published on the website.",
     "Board Support Manager", "30 June 2025",
     "Register updated and published June 2025.", "Complete"),
]
# (no, recommendation, action, officer, original, revised, status, comment)
SFRS_T2 = [
    ("b/f 1", "Overtime and secondary contract payments should only be made on the basis of approved "
              "and evidenced claims.",
     "Introduce electronic approval of overtime and secondary contracts through the HR and payroll system, "
     "removing paper claims.",
     "Head of People; Head of Finance", "31 March 2025", "31 March 2026", "On track",
     "Module in user testing; roll-out to North SDA from January 2026."),
    ("b/f 2", "Business continuity plans should be tested regularly.",
     "Test all departmental business continuity plans through an annual exercise programme.",
     "Head of Business Continuity and Resilience", "30 September 2024", "30 September 2025", "Complete",
     "Exercise programme completed September 2025."),
    ("b/f 3", "The Digital Strategy should be refreshed and supported by a costed delivery plan.",
     "Publish the refreshed Digital Strategy with a costed delivery plan.",
     "Head of ICT", "31 March 2025", "", "Significant slippage",
     "Dependent on outcome of the Strategic Service Review. No revised date yet."),
]
SFRS_STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "Some slippage": AMBER,
                    "Significant slippage": RED}


def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
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
    s.left_margin = s.right_margin = Cm(1.5)


def build_sfrs():
    doc = Document()
    landscape(doc)
    doc.sections[0].header.paragraphs[0].text = "SCOTTISH FIRE AND RESCUE SERVICE          OFFICIAL"
    doc.add_paragraph(SFRS_TITLE, style="Title")
    doc.add_paragraph("Audit and Risk Assurance Committee – 11 December 2025")
    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for i, (a, b) in enumerate([("Report No:", "C/ARAC/41-25"),
                                ("Report Classification:", "For Scrutiny"),
                                ("Lead Officer:", "Director of Finance and Procurement"),
                                ("Author:", "Head of Governance, Strategy and Performance")]):
        set_cell(info.cell(i, 0), a, bold=True)
        set_cell(info.cell(i, 1), b)
    doc.add_paragraph()
    doc.add_paragraph(
        "This report provides the Committee with an update on progress against the recommendations made by "
        "the external auditor, Audit Scotland, in the Annual Audit Report 2024/25 (issued 30 September 2025), "
        "and on prior year recommendations that remained open.")
    doc.add_paragraph("Status key", style="Heading 3")
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (s, t) in enumerate([("Complete", "Action fully implemented"),
                                ("On track", "Action in progress and expected by the agreed date"),
                                ("Some slippage", "Action in progress but the agreed date has been or will be revised"),
                                ("Significant slippage", "Action not progressing; agreed date missed")]):
        set_cell(key.cell(i, 0), s, bold=True)
        shade(key.cell(i, 0), SFRS_STATUS_FILL[s])
        set_cell(key.cell(i, 1), t)

    doc.add_heading(SFRS_SEC1, level=2)
    heads = ["No.", "Issue / risk", "Recommendation", "Agreed management action", "Responsible officer",
             "Agreed date", "Progress", "Status"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for j, h in enumerate(heads):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "D9D9D9")
    for row in SFRS_T1:
        cells = t.add_row().cells
        for j, v in enumerate(row):
            set_cell(cells[j], v)
        shade(cells[7], SFRS_STATUS_FILL[row[7]])
        # bold issue title (first line)
        cells[1].paragraphs[0].runs[0].bold = True

    doc.add_paragraph()
    doc.add_heading(SFRS_SEC2, level=2)
    doc.add_paragraph("Recommendations from the Annual Audit Report 2023/24 not fully implemented at the "
                      "time of the 2024/25 audit.")
    heads2 = ["No.", "Recommendation", "Agreed management action", "Responsible officer", "Original date",
              "Revised date", "Status", "Comment"]
    t2 = doc.add_table(rows=1, cols=len(heads2))
    t2.style = "Table Grid"
    for j, h in enumerate(heads2):
        set_cell(t2.cell(0, j), h, bold=True)
        shade(t2.cell(0, j), "D9D9D9")
    for row in SFRS_T2:
        cells = t2.add_row().cells
        for j, v in enumerate(row):
            set_cell(cells[j], v)
        shade(cells[6], SFRS_STATUS_FILL[row[6]])
    doc.add_paragraph()
    doc.add_paragraph("Recommendation: The Committee is asked to scrutinise the progress made and note the "
                      "revised dates.")
    doc.save(os.path.join(HERE, SFRS_FILE))


# ---------------------------------------------------------------------------
# 5. Inverclyde HSCP Homecare - Care Inspectorate improvement plan (docx)
# ---------------------------------------------------------------------------
INV_FILE = "ly2-inverclyde-hscp-homecare-service-care-inspectorate-improvement-plan.docx"
INV_TITLE = "Inverclyde HSCP Homecare Service – Care Inspectorate Improvement Plan"
# (key question, [(label, text, [(action, responsible, timescale, rag, progress)])])
INV_PLAN = [
    ("Key question 1: How well do we support people's wellbeing?", [
        ("Requirement 1",
         "By 30 June 2025, the provider must ensure that people receive their medication as prescribed. "
         "To do this, the provider must, at a minimum:\n"
         "a) ensure that medication administration records are accurate and complete; and\n"
         "b) ensure that staff who support people with medication are trained and assessed as competent.", [
            ("Introduce electronic medication administration records (eMAR) on the CM2000 handheld devices "
             "for all service users receiving medication support.",
             "Homecare Manager", "30/06/2025", "Complete", "eMAR live for all 214 service users from 16 June 2025."),
            ("Complete medication competency assessments for all homecare staff and record them on the "
             "training database.",
             "Homecare Manager / Practice Development Officer", "End of August 2025", "Amber",
             "152 of 190 staff assessed. Remaining assessments booked."),
        ]),
        ("Area for improvement 1",
         "To support continuity of care, the provider should ensure that people are informed of changes "
         "to their visit times and, where possible, are supported by a consistent team of carers.", [
            ("Issue weekly visit schedules to service users and notify them by phone of any change of more "
             "than 30 minutes.",
             "Senior Homecare Organisers", "Weekly", "Green", "Schedules issued since May 2025."),
            ("Reorganise homecare rounds into locality teams for Greenock, Port Glasgow and Gourock to "
             "reduce the number of different carers visiting each person.",
             "Service Manager (Homecare and Reablement)", "October 2025", "Green",
             "Greenock and Gourock teams in place; Port Glasgow from October."),
        ]),
    ]),
    ("Key question 2: How good is our leadership?", [
        ("Area for improvement 2",
         "The provider should develop its quality assurance processes so that audits of care records and "
         "medication lead to clear actions that are followed up.", [
            ("Introduce a monthly audit schedule covering personal plans, medication and daily notes, with "
             "actions tracked to completion.",
             "Homecare Manager", "July 2025", "Complete", "Schedule in place; audit tracker reviewed monthly."),
            ("Report audit findings quarterly to the HSCP Clinical and Care Governance Group.",
             "Head of Health and Community Care", "Ongoing", "Green", "First report presented September 2025."),
        ]),
    ]),
    ("Key question 5: How well is our care and support planned?", [
        ("Requirement 2",
         "By 31 August 2025, the provider must ensure that each person has a personal plan that sets out "
         "how their health, welfare and safety needs will be met, and that plans are reviewed at least "
         "once in every six months.", [
            ("Review and update all personal plans using the new outcome-focused template.",
             "Senior Homecare Organisers", "31/08/2025", "Amber",
             "78% of plans updated; remaining plans allocated to organisers."),
            ("Introduce a six-monthly review schedule on CM2000 with automatic reminders to organisers.",
             "Homecare Manager", "August 2025", "Complete", "Review reminders live from 1 August 2025."),
            ("Involve people and their families in reviews and record their views in the plan.",
             "Senior Homecare Organisers / Social Work Review Team", "Ongoing", "Green",
             "Family involvement recorded in 64 of 71 reviews since August."),
        ]),
    ]),
]


def build_inv():
    doc = Document()
    doc.add_paragraph(INV_TITLE, style="Title")
    doc.add_paragraph("Following the unannounced inspection by the Care Inspectorate, 3 – 11 March 2025 "
                      "(report published 22 April 2025)")
    svc = doc.add_table(rows=6, cols=2)
    svc.style = "Table Grid"
    rows = [("Service", "Inverclyde HSCP – Homecare Service (Care at Home)"),
            ("Care Inspectorate number", "CS2004075431"),
            ("How well do we support people's wellbeing?", "3 – Adequate"),
            ("How good is our leadership?", "3 – Adequate"),
            ("How good is our staff team?", "4 – Good"),
            ("How well is our care and support planned?", "2 – Weak")]
    for i, (a, b) in enumerate(rows):
        set_cell(svc.cell(i, 0), a, bold=True, size=10)
        set_cell(svc.cell(i, 1), b, size=10)
    doc.add_paragraph()
    doc.add_paragraph("RAG: Complete = action completed; Green = on track; Amber = behind timescale; "
                      "Red = not progressing.")
    for kq, items in INV_PLAN:
        doc.add_heading(kq, level=2)
        for label, text, acts in items:
            t = doc.add_table(rows=3, cols=5)
            t.style = "Table Grid"
            a = t.cell(0, 0).merge(t.cell(0, 4))
            set_cell(a, label, bold=True, size=10)
            shade(a, "BDD7EE")
            b = t.cell(1, 0).merge(t.cell(1, 4))
            set_cell(b, text, size=10)
            for j, h in enumerate(["Action", "Responsible", "Timescale", "RAG", "Progress update"]):
                set_cell(t.cell(2, j), h, bold=True, size=10)
                shade(t.cell(2, j), "F2F2F2")
            for act in acts:
                cells = t.add_row().cells
                for j, v in enumerate(act):
                    set_cell(cells[j], v, size=10)
            doc.add_paragraph()
    doc.add_paragraph("Plan sign-off", style="Heading 3")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for j, (h, v) in enumerate([("Name", "J. Campbell"), ("Designation", "Chief Officer, Inverclyde HSCP"),
                                ("Date", "12/05/2025")]):
        set_cell(so.cell(0, j), h, bold=True, size=10)
        set_cell(so.cell(1, j), v, size=10)
    doc.save(os.path.join(HERE, INV_FILE))


# ---------------------------------------------------------------------------
# 6. Link Group - SHR statutory intervention improvement plan (csv)
# ---------------------------------------------------------------------------
LINK_FILE = "ly2-link-group-shr-statutory-intervention-improvement-plan.csv"
LINK_TITLE = "Link Group Ltd – Regulatory Improvement Plan (Scottish Housing Regulator statutory intervention)"
LINK_HEAD = ["Ref", "Regulatory Standard", "Issue identified", "Action", "Action owner", "Target date",
             "Revised target date", "RAG", "Progress at 31 January 2025"]
S1 = "Standard 1 - Leadership and direction"
S4 = "Standard 4 - Decisions, information and risk"
S3 = "Standard 3 - Financial well-being"
S6 = "Standard 6 - Skills and knowledge"
I1 = "The Board did not have effective oversight of the group structure and subsidiary activity."
I2 = "Reports to the Board did not give a complete picture of tenant and resident safety compliance."
I3 = "The 30-year business plan was not supported by robust stress testing."
I4 = "Board members did not have the skills needed to challenge executive decisions."
LINK_ROWS = [
    ("1.1", S1, I1, "Commission an independent governance review of the Link group structure, including "
                    "the role of each subsidiary board.",
     "Interim Chief Executive", "31/03/2025", "", "G", "Review commissioned; fieldwork complete."),
    ("1.2", S1, I1, "Approve a revised group intra-group agreement setting out reserved matters and "
                    "delegations to subsidiary boards.",
     "Company Secretary", "Q1 2025/26", "", "G", "Draft considered at January Board."),
    ("4.1", S4, I2, "Introduce a monthly compliance dashboard covering gas, electrical, fire, water and lift "
                    "safety, with exceptions reported to every Board meeting.",
     "Director of Property Services / Head of Compliance", "30/11/2024", "", "Complete",
     "Dashboard reported to Board since November 2024."),
    ("4.2", S4, I2, "Validate compliance data through an independent audit of a 10% sample of properties.",
     "Director of Property Services", "31/01/2025", "30/04/2025", "A",
     "Contractor appointed late; audit under way."),
    ("4.3", S4, "Risk management arrangements were not embedded at Board and senior team level.",
     "Refresh the strategic risk register and risk appetite statement and agree them with the Board.",
     "Director of Finance; Company Secretary", "28/02/2025", "", "G", "Risk workshop held 14 January."),
    ("3.1", S3, I3, "Carry out multi-variate stress testing of the business plan and agree mitigation "
                    "plans for the scenarios that breach covenants.",
     "Director of Finance", "31/03/2025", "", "A", "Treasury adviser engaged; first scenarios modelled."),
    ("3.2", S3, I3, "Share the stress-tested business plan and mitigation plans with lenders and the Regulator.",
     "Director of Finance", "30/06/2025", "", "R",
     "Dependent on 3.1; lender engagement plan not yet agreed."),
    ("6.1", S6, I4, "Carry out a Board skills audit and recruit up to three new Board members with housing, "
                    "finance and assurance experience.",
     "Chair; Company Secretary", "30/06/2025", "", "G", "Skills audit complete; recruitment launched."),
    ("6.2", S6, I4, "Deliver an induction and development programme for all Board members, including the "
                    "Regulatory Framework.",
     "Company Secretary", "Ongoing", "", "Complete", "Programme delivered; refreshed annually."),
]


def build_link():
    path = os.path.join(HERE, LINK_FILE)
    n = len(LINK_HEAD)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([LINK_TITLE] + [""] * (n - 1))
        w.writerow(["Board meeting 27 February 2025 - position at 31 January 2025"] + [""] * (n - 1))
        w.writerow([""] * n)
        w.writerow(LINK_HEAD)
        for r in LINK_ROWS:
            w.writerow(list(r))
        w.writerow([""] * n)
        rags = [r[7] for r in LINK_ROWS]
        w.writerow(["Total actions: %d; Complete: %d; G: %d; A: %d; R: %d" % (
            len(rags), rags.count("Complete"), rags.count("G"), rags.count("A"), rags.count("R"))]
                   + [""] * (n - 1))
        w.writerow(["RAG: G = on track; A = at risk, revised date; R = off track; Complete = action "
                    "complete and evidenced"] + [""] * (n - 1))


# ---------------------------------------------------------------------------
# 7. Antrim and Newtownabbey - NIAO proposals for improvement action plan (txt)
# ---------------------------------------------------------------------------
ANBC_FILE = "ly2-antrim-and-newtownabbey-bc-niao-proposals-for-improvement-action-plan.txt"
ANBC_TITLE = ("Antrim and Newtownabbey Borough Council – Annual Improvement Report 2023-24: "
              "Proposals for Improvement Action Plan")
P1 = ("Proposal for Improvement 1: The Council should ensure its improvement objectives are supported by "
      "measurable, outcome-focused targets so that progress can be clearly demonstrated.")
P2 = ("Proposal for Improvement 2: The Council should improve the accessibility of its Annual Self-Assessment "
      "report so that citizens can easily see whether performance has improved.")
P3 = ("Proposal for Improvement 3: The Council should strengthen its arrangements for collecting and "
      "validating performance data, particularly for self-imposed indicators.")
ANBC_PLAN = [
    (P1, [
        ("1a", "Review each improvement objective and set at least one outcome measure with a baseline and "
               "target for 2025-26.", "Head of Performance and Transformation", "March 2025", "G",
         "Outcome measures agreed by CLT and included in the 2025-26 Improvement Plan."),
        ("1b", "Report progress against the outcome measures to the Audit and Risk Committee each quarter.",
         "Head of Performance and Transformation / Performance Improvement Officer", "Quarterly", "A",
         "Q1 report presented June 2025; Q2 report due November 2025."),
    ]),
    (P2, [
        ("2a", "Produce a summary version of the Annual Self-Assessment with an at-a-glance table of "
               "performance trends.", "Communications and Customer Services Manager", "30/09/2025", "G",
         "Summary published on the website with the full report."),
        ("2b", "Test the draft report with the Council's residents' panel before publication.",
         "Performance Improvement Officer", "September 2025 – March 2026", "A",
         "Panel session arranged for January 2026."),
    ]),
    (P3, [
        ("3a", "Introduce a data quality checklist signed off by the responsible Head of Service for every "
               "self-imposed indicator.", "Director of Finance and Governance", "31/12/2025", "A",
         "Checklist drafted; to be piloted with Environmental Health and Leisure."),
        ("3b", "Include performance data quality in the 2026-27 internal audit plan.",
         "Head of Internal Audit", "April 2026", "R", "Not yet started."),
        ("3c", "Deliver data quality training to officers who collect and report performance data.",
         "Corporate Leadership Team", "June 2026", "R", "Not yet started."),
    ]),
]


def build_anbc():
    lines = [
        ANBC_TITLE,
        "Response to the Local Government Auditor (Northern Ireland Audit Office), report issued 28 November 2024",
        "Progress report to the Audit and Risk Committee – September 2025",
        "",
        "RAG status: G = Complete    A = In progress    R = Not started / overdue",
        "",
        "Ref\tAction\tResponsible Officer\tTarget Date\tRAG\tProgress Update",
    ]
    counts = {"G": 0, "A": 0, "R": 0}
    for prop, acts in ANBC_PLAN:
        lines.append(prop)
        for a in acts:
            lines.append("\t".join(a))
            counts[a[4]] += 1
    lines += ["",
              "Summary: %d actions – %d complete (G), %d in progress (A), %d not started (R)" % (
                  sum(counts.values()), counts["G"], counts["A"], counts["R"]),
              "Next update: Audit and Risk Committee, December 2025"]
    with open(os.path.join(HERE, ANBC_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    build_bd()
    build_sr()
    build_raf()
    build_sfrs()
    build_inv()
    build_link()
    build_anbc()
    print("built 7 files in", HERE)
