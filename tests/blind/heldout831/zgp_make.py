#!/usr/bin/env python3
"""Build the seven zgp- blind test files (set heldout831).

Run with /work/main/.venv/bin/python zgp_make.py  (needs openpyxl, python-docx).
Writes only files whose names start with 'zgp-' in this script's folder.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zgp-")
    return os.path.join(HERE, name)


D = dt.datetime
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "pale": PatternFill("solid", fgColor="DEEAF6"),
    "lilac": PatternFill("solid", fgColor="E4DFEC"),
    "purple": PatternFill("solid", fgColor="5B2C6F"),
}


def put(ws, row, col, value, bold=False, fill=None, fmt=None, border=True, italic=False, color=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if bold or italic or color:
        c.font = Font(bold=bold, italic=italic, color=color)
    if fill:
        c.fill = FILL[fill]
    if fmt:
        c.number_format = fmt
    if border:
        c.border = BOX
    return c


# ---------------------------------------------------------------------------
# 1. Royal Devon UHFT - IPC Board Assurance Framework gaps action plan (xlsx)
# ---------------------------------------------------------------------------
def royal_devon():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov.column_dimensions["A"].width = 24
    cov.column_dimensions["B"].width = 70
    cov.column_dimensions["C"].width = 40
    cov.column_dimensions["D"].width = 16
    put(cov, 1, 1, "Royal Devon University Healthcare NHS Foundation Trust", bold=True, border=False)
    put(cov, 3, 1, "Infection Prevention and Control Board Assurance Framework – Action Plan 2025/26",
        bold=True, border=False)
    cov.merge_cells("A3:C3")
    put(cov, 5, 1, "Document control", bold=True, fill="grey")
    cov.merge_cells("A5:B5")
    rows = [
        ("Version", "1.3"),
        ("Status", "Final – for Quality Assurance Committee"),
        ("Executive lead", "Chief Nursing Officer and Director of Infection Prevention and Control (DIPC)"),
        ("Author", "Deputy DIPC"),
        ("Date", D(2025, 10, 14)),
        ("Review", "Monthly at Infection Prevention and Control Committee (IPCC)"),
    ]
    r = 6
    for k, v in rows:
        put(cov, r, 1, k, bold=True)
        put(cov, r, 2, v, fmt="dd/mm/yyyy" if isinstance(v, dt.datetime) else None)
        r += 1
    r += 1
    put(cov, r, 1, "Version history", bold=True, border=False)
    r += 1
    for i, h in enumerate(["Version", "Date", "Change", "By"], 1):
        put(cov, r, i, h, bold=True, fill="grey")
    for ver, d, ch, by in [
        ("1.0", D(2025, 5, 12), "First draft following BAF self-assessment against the national IPC BAF", "Deputy DIPC"),
        ("1.2", D(2025, 8, 8), "Q1 update", "IPC Team"),
        ("1.3", D(2025, 10, 14), "Q2 update; revised dates agreed at IPCC 09/10/2025", "Deputy DIPC"),
    ]:
        r += 1
        put(cov, r, 1, ver)
        put(cov, r, 2, d, fmt="dd/mm/yyyy")
        put(cov, r, 3, ch)
        put(cov, r, 4, by)

    summ = wb.create_sheet("Summary")
    summ.column_dimensions["A"].width = 46
    put(summ, 1, 1, "Summary of actions by BAF criterion – Q2 2025/26", bold=True, border=False)
    hdr = ["Criterion", "Actions", "Blue", "Green", "Amber", "Red"]
    for i, h in enumerate(hdr, 1):
        put(summ, 3, i, h, bold=True, fill="grey")
    data = [
        ("1 – Systems to manage and monitor", 2, 0, 1, 1, 0),
        ("2 – Clean and appropriate environment", 2, 1, 0, 0, 1),
        ("3 – Antimicrobial stewardship", 2, 0, 1, 1, 0),
        ("6 – Care workers' responsibilities", 2, 0, 1, 1, 0),
        ("9 – Policies", 1, 0, 1, 0, 0),
        ("Total", 9, 1, 4, 3, 1),
    ]
    for j, row in enumerate(data, 4):
        for i, v in enumerate(row, 1):
            put(summ, j, i, v, bold=(row[0] == "Total"))

    ws = wb.create_sheet("Action plan")
    widths = {"A": 8, "B": 38, "C": 48, "D": 26, "E": 13, "F": 13, "G": 44, "H": 8}
    for k, w in widths.items():
        ws.column_dimensions[k].width = w
    put(ws, 1, 1, "IPC Board Assurance Framework – Gaps in Assurance Action Plan", bold=True, border=False)
    ws.merge_cells("A1:H1")
    put(ws, 2, 1, "Royal Devon University Healthcare NHS Foundation Trust | Position as at 30 September 2025",
        border=False)
    ws.merge_cells("A2:H2")
    put(ws, 3, 1, "RAG status is shown by cell colour – see key at foot of sheet", italic=True, border=False)
    ws.merge_cells("A3:H3")
    heads = ["Ref", "Gap in assurance", "Action", "Lead", "Target date", "Revised target date",
             "Progress update (Q2 2025/26)", "RAG"]
    for i, h in enumerate(heads, 1):
        put(ws, 5, i, h, bold=True, fill="navy", color="FFFFFF")
    ws.freeze_panes = "A6"

    plan = [
        ("crit", "Criterion 1: Systems to manage and monitor the prevention and control of infection. These "
                 "systems use risk assessments and consider the susceptibility of service users and any risks "
                 "their environment and other users may pose to them."),
        ("gap", "IPC audit results for community hospitals (Northern services) are not consistently reported "
                "through divisional governance meetings.", 2),
        ("act", "1.1a", "Combine the Northern and Eastern IPC audit schedules into a single Trust-wide programme on Tendable.",
         "Lead Nurse IPC (Northern)", D(2025, 12, 31), None,
         "Single schedule drafted; community hospital audits moved onto Tendable from 1 October.", "green"),
        ("act", "1.1b", "Add IPC audit compliance to the divisional governance dashboard template and meeting agenda.",
         "Head of Clinical Governance / Divisional Directors of Nursing", D(2025, 10, 31), D(2026, 1, 31),
         "Dashboard template being rebuilt as part of the governance review; new date agreed at IPCC.", "amber"),
        ("crit", "Criterion 2: Provide and maintain a clean and appropriate environment in managed premises that "
                 "facilitates the prevention and control of infections."),
        ("gap", "National Standards of Healthcare Cleanliness 2021 star ratings are not displayed at the entrance "
                "to all inpatient areas at North Devon District Hospital.", 1),
        ("act", "2.1", "Display current efficacy audit star ratings at the entrance to every inpatient ward and department at NDDH.",
         "Head of Facilities (Northern)", D(2025, 11, 30), None,
         "Star ratings displayed in all 19 inpatient areas; spot check by IPC team 22/09/2025.", "blue"),
        ("gap", "Annual verification of critical ventilation systems is overdue for theatres 5 and 6 at RD&E Wonford.", 1),
        ("act", "2.2", "Complete annual verification of the theatre 5 and 6 ventilation systems and report the outcome to the Ventilation Safety Group.",
         "Head of Estates / Authorised Engineer (Ventilation)", D(2025, 8, 31), D(2026, 3, 31),
         "Verification delayed by the theatre refurbishment programme. Risk 2481 on the corporate risk register.", "red"),
        ("crit", "Criterion 3: Ensure appropriate antimicrobial prescribing and stewardship to optimise patient "
                 "outcomes and to reduce the risk of adverse events and antimicrobial resistance."),
        ("gap", "Compliance with antimicrobial review at 72 hours is below the 90% target (Q1 2025/26: 78%).", 2),
        ("act", "3.1a", "Relaunch the 72-hour antimicrobial review prompt in Epic, with a linked Best Practice Advisory for prescribers.",
         "Consultant Microbiologist (AMS Lead)", D(2025, 12, 31), None,
         "Build request approved by the Epic Clinical Design Authority; testing in November.", "amber"),
        ("act", "3.1b", "Run quarterly ward-level antimicrobial point prevalence audits and report the results to the Antimicrobial Stewardship Group.",
         "Lead Antimicrobial Pharmacist", "Quarterly", None,
         "Q1 and Q2 audits completed; results shared with divisions.", "green"),
        ("crit", "Criterion 6: Systems are in place to ensure that all care workers (including contractors and "
                 "volunteers) are aware of and discharge their responsibilities in the process of preventing and "
                 "controlling infection."),
        ("gap", "FFP3 fit-testing compliance for staff working in high-risk areas is 71% against a 90% target.", 2),
        ("act", "6.1a", "Train two additional fit testers and run weekly drop-in fit-testing clinics for ED, respiratory and critical care staff.",
         "IPC Matron; Health and Wellbeing Lead", D(2026, 1, 31), None,
         "One fit tester trained; clinics running at Wonford, NDDH clinics start in November.", "amber"),
        ("act", "6.1b", "Add FFP3 fit-test status to the ESR compliance dashboard so that ward managers can see which staff are outstanding.",
         "Head of Workforce Information", D(2025, 10, 31), D(2025, 11, 30),
         "Field added in ESR; dashboard release scheduled for November.", "green"),
        ("crit", "Criterion 9: Have and adhere to policies designed for the individual's care and provider "
                 "organisations that will help to prevent and control infections."),
        ("gap", "Three IPC policies (Isolation, MRSA Screening and Outbreak Management) are past their review date.", 1),
        ("act", "9.1", "Review, update and ratify the Isolation Policy, MRSA Screening Policy and Outbreak Management Policy through IPCC.",
         "Deputy DIPC", D(2025, 12, 31), None,
         "Isolation Policy ratified 09/10/2025; the other two are out for consultation.", "green"),
    ]
    r = 5
    for item in plan:
        if item[0] == "crit":
            r += 1
            put(ws, r, 1, item[1], bold=True, fill="grey")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 45
        elif item[0] == "gap":
            gap_text, span = item[1], item[2]
            put(ws, r + 1, 2, gap_text)
            if span > 1:
                ws.merge_cells(start_row=r + 1, start_column=2, end_row=r + span, end_column=2)
        else:
            _, ref, action, lead, tgt, rev, prog, rag = item
            r += 1
            put(ws, r, 1, ref)
            ws.cell(row=r, column=2).border = BOX
            put(ws, r, 3, action)
            put(ws, r, 4, lead)
            put(ws, r, 5, tgt, fmt="dd/mm/yyyy" if isinstance(tgt, dt.datetime) else None)
            put(ws, r, 6, rev, fmt="dd/mm/yyyy" if rev else None)
            put(ws, r, 7, prog)
            put(ws, r, 8, None, fill=rag)
            ws.row_dimensions[r].height = 60
    r += 2
    put(ws, r, 1, "Key", bold=True, border=False)
    for rag, text in [("red", "Off track – target date missed or at risk with no recovery plan"),
                      ("amber", "Some slippage – recovery plan in place"),
                      ("green", "On track"),
                      ("blue", "Complete – evidence received by IPCC")]:
        r += 1
        put(ws, r, 1, None, fill=rag)
        put(ws, r, 2, text, border=False)
    r += 2
    put(ws, r, 1, "Note: gaps in assurance are taken from the Trust's self-assessment against the national IPC BAF "
                  "(NHS England, v1.1). Actions are closed only when evidence has been seen by IPCC.",
        italic=True, border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    wb.save(out("zgp-royal-devon-university-healthcare-nhsft-ipc-baf-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Wye Valley NHS Trust - MIS (CNST) year 7 safety actions tracker (xlsx)
# ---------------------------------------------------------------------------
def wye_valley():
    wb = Workbook()
    dash = wb.active
    dash.title = "Dashboard"
    dash.column_dimensions["A"].width = 8
    dash.column_dimensions["B"].width = 70
    dash.column_dimensions["C"].width = 26
    put(dash, 1, 1, "Wye Valley NHS Trust – Maternity Incentive Scheme (CNST) Year 7 Safety Actions Tracker",
        bold=True, border=False)
    put(dash, 2, 1, "Compliance dashboard", bold=True, border=False)
    put(dash, 3, 1, "Position reported to Quality Committee, October 2025", italic=True, border=False)
    for i, h in enumerate(["SA", "Safety action", "Position at October 2025"], 1):
        put(dash, 5, i, h, bold=True, fill="purple", color="FFFFFF")
    sas = [
        ("1", "Perinatal Mortality Review Tool (PMRT)", "Met"),
        ("2", "Maternity Services Data Set (MSDS)", "Met"),
        ("3", "Transitional care and ATAIN", "On track to meet"),
        ("4", "Clinical workforce planning", "On track to meet"),
        ("5", "Midwifery workforce planning", "Met"),
        ("6", "Saving Babies' Lives Care Bundle v3", "On track to meet"),
        ("7", "Listening to women and families (MNVP)", "Met"),
        ("8", "Training (Core Competency Framework v2)", "At risk"),
        ("9", "Board assurance and safety champions", "On track to meet"),
        ("10", "MNSI and NHS Resolution Early Notification", "On track to meet"),
    ]
    for j, (a, b, c) in enumerate(sas, 6):
        put(dash, j, 1, a)
        put(dash, j, 2, b)
        put(dash, j, 3, c)
    put(dash, 17, 1, "Totals: Met 4 | On track to meet 5 | At risk 1 | Not met 0", bold=True, border=False)
    dash.merge_cells("A17:C17")
    put(dash, 18, 1, "Board declaration due to NHS Resolution by 12 noon on 3 March 2026.", italic=True, border=False)
    dash.merge_cells("A18:C18")

    ws = wb.create_sheet("SA action plan")
    widths = {"A": 7, "B": 58, "C": 28, "D": 12, "E": 12, "F": 46, "G": 10, "H": 10}
    for k, w in widths.items():
        ws.column_dimensions[k].width = w
    put(ws, 1, 1, "MIS Year 7 – Action plan for safety action requirements not yet met", bold=True, border=False)
    ws.merge_cells("A1:H1")
    put(ws, 2, 1, "Reported to: Maternity & Neonatal Safety Champions / Quality Committee / Trust Board. "
                  "Updated 20/10/2025", border=False)
    ws.merge_cells("A2:H2")
    put(ws, 3, 1, "RAG key: B = complete and evidence uploaded; G = on track; A = at risk of not being met by "
                  "submission; R = will not be met without escalation", italic=True, border=False)
    ws.merge_cells("A3:H3")
    heads = ["Ref", "Action", "Action owner", "Original deadline", "Revised deadline", "Update",
             "Previous RAG", "Current RAG"]
    for i, h in enumerate(heads, 1):
        put(ws, 5, i, h, bold=True, fill="purple", color="FFFFFF")
    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    plan = [
        ("sa", "Safety action 1: Are you using the National Perinatal Mortality Review Tool to review perinatal "
               "deaths to the required standard?"),
        ("req", "All eligible perinatal deaths are notified to MBRRACE-UK within seven working days."),
        ("act", "1.1", "Bereavement midwife to check the perinatal death log daily and complete the MBRRACE-UK "
                       "notification within seven working days, with cover arranged during leave.",
         "Bereavement Midwife", D(2025, 7, 31), None,
         "100% notified within 7 working days in Q1 and Q2. Evidence uploaded to MIS folder.", "A", "B"),
        ("sa", "Safety action 3: Can you demonstrate that you have transitional care services in place to "
               "minimise separation of mothers and their babies?"),
        ("req", "Quarterly ATAIN and transitional care reviews are completed and the action plan is shared with "
                "the LMNS and the Neonatal Safety Champions."),
        ("act", "3.1", "Complete the Q1 and Q2 ATAIN reviews of term admissions to the neonatal unit and share the "
                       "joint action plan with the LMNS and safety champions.",
         "Neonatal Matron / ATAIN Lead Midwife", D(2025, 9, 30), D(2025, 10, 31),
         "Q1 complete. Q2 review meeting booked for 24/10/2025.", "A", "G"),
        ("sa", "Safety action 4: Can you demonstrate an effective system of clinical workforce planning to the "
               "required standard?"),
        ("req", "Obstetric, anaesthetic and neonatal medical workforce meets the required standards, with "
                "compliance audited and reported to the Board."),
        ("act", "4.1", "Complete a gap analysis of obstetric anaesthetic cover against ACSA standards 1.7.2.1, "
                       "1.7.2.5 and 1.7.2.6 and present it to the Board.",
         "Clinical Director for Anaesthetics", D(2025, 11, 30), None,
         "Gap analysis drafted; on Quality Committee agenda for November.", "G", "G"),
        ("act", "4.2", "Audit six months of registrar attendance against the RCOG ‘when to attend’ guidance and "
                       "act on any non-compliance.",
         "Clinical Director for Obstetrics and Gynaecology", D(2026, 1, 31), None,
         "Audit tool agreed; data collection from April 2025 onwards is incomplete for nights.", "A", "A"),
        ("sa", "Safety action 6: Can you demonstrate that you are on track to achieve compliance with all "
               "elements of the Saving Babies’ Lives Care Bundle Version Three?"),
        ("req", "Saving Babies’ Lives Care Bundle version 3.2 is implemented, with at least 70% of interventions "
                "in place across all six elements."),
        ("act", "6.1", "Improve element 2 (fetal growth restriction) compliance by introducing a growth scan "
                       "pathway tracker and a monthly audit of SGA detection.",
         "Consultant Midwife; Fetal Medicine Lead", D(2025, 9, 30), D(2025, 12, 31),
         "Tracker live from September; element 2 at 64% in Q2 (Q1: 52%).", "R", "A"),
        ("act", "6.2", "Hold quarterly SBL review meetings with the Herefordshire and Worcestershire LMNS and "
                       "record the outcomes in the Board report.",
         "Head of Midwifery", "Quarterly", None,
         "Q2 meeting held 16/09/2025.", "G", "G"),
        ("sa", "Safety action 8: Can you evidence the following 3 elements of local training plans and "
               "‘in-house’, one day multi professional training?"),
        ("req", "90% of each relevant maternity staff group have attended the annual training required by the "
                "Core Competency Framework version 2."),
        ("act", "8.1", "Book all outstanding anaesthetists and obstetric registrars onto PROMPT dates before "
                       "February 2026 and report compliance monthly to the safety champions.",
         "Practice Development Midwife & Clinical Director for Anaesthetics", D(2026, 2, 28), None,
         "Anaesthetists 68%, registrars 81%. Extra PROMPT date requested for January.", "R", "R"),
        ("sa", "Safety action 9: Can you demonstrate that there are robust processes in place to provide "
               "assurance to the Board on maternity and neonatal safety and quality issues?"),
        ("req", "Board safety champions meet the perinatal leadership team bi-monthly and progress with the "
                "Perinatal Culture and Leadership Programme is reported to the Board."),
        ("act", "9.1", "Schedule bi-monthly meetings between the perinatal quadrumvirate and the Board safety "
                       "champions to March 2026 and present a quarterly culture update to the Board.",
         "Director of Midwifery", D(2025, 10, 31), None,
         "Meetings scheduled; first culture update presented to Board 02/10/2025.", "G", "B"),
    ]
    r = 5
    for item in plan:
        r += 1
        if item[0] == "sa":
            put(ws, r, 1, item[1], bold=True, fill="lilac")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 30
        elif item[0] == "req":
            put(ws, r, 1, item[1], italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            _, ref, action, owner, orig, rev, upd, prev, cur = item
            put(ws, r, 1, ref)
            put(ws, r, 2, action)
            put(ws, r, 3, owner)
            put(ws, r, 4, orig, fmt="mmm-yy" if isinstance(orig, dt.datetime) else None)
            put(ws, r, 5, rev, fmt="mmm-yy" if rev else None)
            put(ws, r, 6, upd)
            put(ws, r, 7, prev, fill=rag_fill[prev])
            put(ws, r, 8, cur, fill=rag_fill[cur])
            ws.row_dimensions[r].height = 48
    wb.save(out("zgp-wye-valley-nhs-trust-cnst-mis-year-7-safety-actions-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. NHS Cheshire and Merseyside ICB - internal audit tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
def cheshire_merseyside():
    wb = Workbook()
    ws = wb.active
    ws.title = "Recommendations"
    summ = wb.create_sheet("Summary")
    summ.column_dimensions["A"].width = 30
    put(summ, 1, 1, "NHS Cheshire and Merseyside ICB – Internal Audit Recommendations: Summary", bold=True,
        border=False)
    for i, h in enumerate(["Priority", "Total", "Complete", "In progress", "Not yet due"], 1):
        put(summ, 3, i, h, bold=True, fill="pale")
    for j, row in enumerate([("High", 2, 1, 1, 0), ("Medium", 4, 0, 1, 3), ("Low", 2, 1, 0, 1),
                             ("Total", 8, 2, 2, 4)], 4):
        for i, v in enumerate(row, 1):
            put(summ, j, i, v, bold=(row[0] == "Total"))
    put(summ, 9, 1, "Note: Conflicts of Interest rec 1 (Medium) was closed in April 2025 and has been removed "
                    "from the tracker.", italic=True, border=False)
    summ.merge_cells("A9:E9")

    widths = {"A": 30, "B": 12, "C": 6, "D": 9, "E": 52, "F": 30, "G": 14, "H": 14, "I": 12, "J": 44}
    for k, w in widths.items():
        ws.column_dimensions[k].width = w
    put(ws, 1, 1, "NHS Cheshire and Merseyside Integrated Care Board", bold=True, border=False)
    put(ws, 2, 1, "Audit and Risk Committee – Internal Audit Recommendations Tracker", bold=True, border=False)
    put(ws, 3, 1, "Position at 31 October 2025 | Internal auditor: Mersey Internal Audit Agency (MIAA)",
        border=False)
    heads = ["Audit (year)", "Assurance level", "Rec", "Priority", "Agreed management action",
             "Responsible officer", "Original target date", "Revised target date", "Status", "Management update"]
    for i, h in enumerate(heads, 1):
        put(ws, 5, i, h, bold=True, fill="navy", color="FFFFFF")
    rows = [
        ("Continuing Healthcare – Personal Health Budgets (2024/25)", "Limited", "1", "High",
         "Introduce a monthly reconciliation of PHB direct payment accounts to the finance ledger, with exceptions "
         "escalated to the Associate Director of All Age Continuing Care.",
         "Head of Continuing Care Finance", "30 Jun 2025", "30 Sep 2025", "Complete",
         "Reconciliations in place from July; evidence provided to MIAA."),
        ("", "", "2", "Medium",
         "Update the PHB policy to set out the audit and recovery process for unspent direct payments.",
         "Associate Director of All Age Continuing Care", "31 Jul 2025", "31 Dec 2025", "In progress",
         "Draft policy out to place teams for comment."),
        ("Conflicts of Interest (2024/25)", "Moderate", "2", "Low",
         "Publish the register of gifts and hospitality on the ICB website every quarter.",
         "Head of Corporate Governance", "30 Jun 2025", "", "Complete",
         "Q1 and Q2 registers published."),
        ("Data Security and Protection Toolkit (2025/26)", "Moderate", "1", "High",
         "Complete information asset owner training for all IAOs and update the information asset register.",
         "Senior Information Risk Owner (SIRO)", "31 Oct 2025", "28 Febuary 2026", "In progress",
         "Training delivered to 14 of 22 IAOs; register refresh under way."),
        ("", "", "2", "Medium",
         "Test the business continuity plan for loss of core IT systems and record lessons learned.",
         "Head of EPRR", "31 Dec 2025", "", "Not yet due",
         "Desktop exercise booked for 10 December."),
        ("Key Financial Systems (2025/26)", "Substantial", "1", "Low",
         "Review the authorised signatory list in ISFE2 against the scheme of financial delegation.",
         "Deputy Chief Finance Officer", "30 Nov 2025", "", "Not yet due", ""),
        ("", "", "2", "Medium",
         "Document the month-end accruals review and evidence the independent check.",
         "Head of Financial Accounting", "31 Jan 2026", "", "Not yet due", ""),
        ("Place Governance – Wirral (2025/26)", "Moderate", "1", "Medium",
         "Confirm delegated decision-making limits for the Wirral place-based partnership board in the ICB scheme "
         "of reservation and delegation.",
         "Place Director (Wirral)", "31 Dec 2025", "", "Not yet due", ""),
    ]
    for j, row in enumerate(rows, 6):
        for i, v in enumerate(row, 1):
            put(ws, j, i, v if v != "" else None)
        ws.row_dimensions[j].height = 45
    put(ws, 15, 1, "Priority definitions (MIAA): High – significant risk, action within 3 months; Medium – "
                   "action within 6 months; Low – good practice.", italic=True, border=False)
    ws.merge_cells("A15:J15")
    wb.save(out("zgp-nhs-cheshire-and-merseyside-icb-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, fill=None, size=None):
    """Put text in a cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for k, part in enumerate(parts):
        if k:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
    if fill:
        shade(cell, fill)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))


# ---------------------------------------------------------------------------
# 4. George Thomas Hospice Care - HIW inspection improvement plan (docx)
# ---------------------------------------------------------------------------
def george_thomas():
    doc = Document()
    landscape(doc)
    doc.add_heading("George Thomas Hospice Care: HIW Inspection Improvement Plan", level=0)
    doc.add_paragraph("Independent Healthcare Inspection (Announced) – George Thomas Hospice Care, Whitchurch, Cardiff")
    doc.add_paragraph("Inspection date: 14 and 15 January 2025")

    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=1)
    doc.add_paragraph("The table below summaries the concerns identified and escalated during our inspection. "
                      "Due to the impact/potential impact on patient care and treatment these concerns needed to "
                      "be addressed straight away, during the inspection.")
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Immediate concerns identified", "Impact/potential impact on patient care and treatment",
                           "How HIW escalated the concern", "How the concern was resolved"]):
        set_cell(t.cell(0, i), h, bold=True, fill="D9E2F3")
    for i, v in enumerate(["Daily checks of the emergency resuscitation equipment had not been recorded for three days.",
                           "Equipment may not be available or in working order in an emergency.",
                           "The concern was raised with the nurse in charge.",
                           "The checks were completed and recorded during the inspection, and a reminder was issued to staff."]):
        set_cell(t.cell(1, i), v)

    doc.add_heading("Appendix B – Immediate improvement plan", level=1)
    doc.add_paragraph("Service: George Thomas Hospice Care")
    doc.add_paragraph("Date of inspection: 14 and 15 January 2025")
    doc.add_paragraph("No immediate assurance issues were identified during this inspection.")

    doc.add_heading("Appendix C – Improvement plan", level=1)
    doc.add_paragraph("Service: George Thomas Hospice Care")
    doc.add_paragraph("Date of inspection: 14 and 15 January 2025")
    doc.add_paragraph("The table below includes any other improvements identified during the inspection where we "
                      "require the service to complete an improvement plan telling us about the actions they are "
                      "taking to address these areas.")
    rows = [
        ("sec", "Quality of the patient experience"),
        ("row", "The service must ensure that information about how to raise a concern, including the contact "
                "details for HIW, is available in Welsh and English in all patient areas and in the patient "
                "information pack.",
         "Regulation 24",
         "The complaints leaflet has been updated to include HIW contact details and has been translated into Welsh.\n"
         "Bilingual leaflets will be placed in the day hospice, at reception and in the patient information pack.",
         "Patient and Family Support Manager", "28 February 2025"),
        ("row", "The service should explore ways to obtain feedback from people whose first language is Welsh and "
                "tell people what it has done in response to feedback.",
         "Regulation 19",
         "A bilingual feedback card will be introduced and the ‘You said, we did’ board in reception will be "
         "updated every quarter.",
         "Head of Nursing / Volunteer Services Coordinator", "April 2025"),
        ("sec", "Delivery of safe and effective care"),
        ("row", "The service must ensure that medicines fridge temperatures are recorded daily and that action is "
                "taken when readings are outside the safe range.",
         "Regulation 15(5)\nHealth and Care Standards 2.6 Medicines Management",
         "Fridge temperatures will be checked and recorded at the start of each day by the nurse in charge.\n"
         "The pharmacist will audit the records monthly and report to the Clinical Governance Committee.",
         "Director of Clinical Services", "Immediate and ongoing"),
        ("row", "The service must ensure that all staff complete mandatory training in safeguarding adults at the "
                "level required for their role.",
         "Regulation 20(2)(a)",
         "Training records have been reviewed. Staff who need Level 3 safeguarding training have been booked onto "
         "the Cardiff and Vale Regional Safeguarding Board course.",
         "Education Lead", "31 May 2025"),
        ("row", "The service should ensure that falls risk assessments are reviewed within 24 hours of a patient "
                "first attending day services and after any change in their condition.",
         "Regulation 15(1)(b)",
         "The falls risk assessment has been added to the electronic record with a 24-hour review prompt. "
         "Compliance will be audited quarterly.",
         "Day Services Manager", "End of March 2025"),
        ("sec", "Quality of management and leadership"),
        ("row", "The registered person must ensure that the statement of purpose and patient guide are reviewed and "
                "sent to HIW following changes to the service.",
         "Regulation 7\nRegulation 8",
         "The statement of purpose and patient guide have been revised to reflect the new hospice at home "
         "service and will be sent to HIW.",
         "Registered Manager", "14 February 2025"),
        ("row", "The service must ensure that all staff receive an annual appraisal and that this is recorded.",
         "Regulation 20(2)(a)",
         "An appraisal schedule for 2025/26 has been set up. Line managers will complete all outstanding "
         "appraisals by the end of the first quarter.",
         "Chief Executive; Head of HR", "30 June 2025"),
    ]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer",
                           "Timescale"]):
        set_cell(t.cell(0, i), h, bold=True, fill="D9E2F3")
    for item in rows:
        cells = t.add_row().cells
        if item[0] == "sec":
            m = cells[0].merge(cells[4])
            set_cell(m, item[1], bold=True, fill="F2F2F2")
        else:
            for i, v in enumerate(item[1:]):
                set_cell(cells[i], v)
    doc.add_paragraph("")
    doc.add_paragraph("The following section must be completed by a representative of the service who has overall "
                      "responsibility and accountability for ensuring the improvement plan is actioned.")
    doc.add_heading("Service representative", level=2)
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Name (print):", "Helen Pritchard"), ("Job role:", "Director of Clinical Services"),
                                ("Date:", "11 February 2025")]):
        set_cell(t.cell(i, 0), k, bold=True)
        set_cell(t.cell(i, 1), v)
    doc.save(out("zgp-george-thomas-hospice-care-hiw-inspection-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Norfolk and Suffolk NHSFT - well-led developmental review action plan (docx)
# ---------------------------------------------------------------------------
def nsft():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Norfolk and Suffolk NHS Foundation Trust")
    doc.add_heading("Well-Led Developmental Review – Action Plan Progress Report", level=0)
    t = doc.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Meeting", "Board of Directors (held in public)"),
        ("Date", "27 November 2025"),
        ("Agenda item", "12"),
        ("Executive lead", "Director of Corporate Affairs"),
        ("Author", "Head of Corporate Governance"),
        ("Purpose", "Assurance"),
    ]):
        set_cell(t.cell(i, 0), k, bold=True, fill="E2EFD9")
        set_cell(t.cell(i, 1), v)

    doc.add_heading("1. Purpose", level=1)
    doc.add_paragraph("This report updates the Board on progress with the action plan agreed in response to the "
                      "independent developmental review of leadership and governance using the well-led framework, "
                      "which reported to the Board in June 2025.")
    doc.add_heading("2. Progress summary", level=1)
    doc.add_paragraph("The review made 12 recommendations. Actions against the recommendations that remain open at "
                      "the last report, or closed since, are shown in Appendix 1 by key line of enquiry (KLOE). Of "
                      "the seven actions shown, two are complete, three are on track, one is at risk and one is off "
                      "track.")
    doc.add_heading("3. Status key", level=1)
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), "Status", bold=True, fill="D9D9D9")
    set_cell(t.cell(0, 1), "Definition", bold=True, fill="D9D9D9")
    for i, (k, v, f) in enumerate([
        ("Complete", "Action delivered and evidence provided (Blue)", "9DC3E6"),
        ("On track", "Action progressing to the agreed date (Green)", "A9D08E"),
        ("At risk", "Delivery date may be missed; mitigation in place (Amber)", "FFD966"),
        ("Off track", "Original date missed; revised date agreed by Executive Management Team (Red)", "FF7C80"),
    ], 1):
        set_cell(t.cell(i, 0), k, fill=f)
        set_cell(t.cell(i, 1), v)

    doc.add_page_break()
    doc.add_heading("Appendix 1: Well-Led Developmental Review – Action Plan", level=1)
    sections = [
        ("KLOE 1: Is there the leadership capacity and capability to deliver high-quality, sustainable care?", [
            ("The Board should strengthen the induction and development of non-executive directors, including the "
             "Mental Health Act and the role of Mental Health Act managers.", [
                ("1a", "Refresh the NED induction pack to include the Mental Health Act, the role of MHA managers and "
                       "a programme of clinical service visits.",
                 "Director of Corporate Affairs", "31/12/2025", "On track",
                 "Draft pack reviewed by the Chair; service visit rota agreed for Q4."),
                ("1b", "Deliver a Board development session on the Mental Health Act and Mental Capacity Act, "
                       "facilitated by an external legal adviser.",
                 "Medical Director", "September 2025", "Complete",
                 "Session held 18/09/2025; slides and attendance in the Board portal."),
            ]),
        ]),
        ("KLOE 3: Is there a culture of high-quality, sustainable care?", [
            ("The Trust should ensure that Freedom to Speak Up arrangements are accessible to staff working in "
             "community and out-of-hours services.", [
                ("4a", "Recruit FTSU champions in each care group and community locality, with a focus on "
                       "out-of-hours teams.",
                 "Chief People Officer / FTSU Guardian", "March 2026", "On track",
                 "31 champions recruited; gaps remain in West Norfolk crisis team."),
                ("4b", "Introduce a quarterly FTSU report to the People and Culture Committee showing themes by staff "
                       "group and location.",
                 "FTSU Guardian", "Q3 2025/26", "At risk",
                 "Reporting template agreed; data by location not yet available from the case system."),
            ]),
        ]),
        ("KLOE 5: Are there clear and effective processes for managing risks, issues and performance?", [
            ("The Board Assurance Framework should be linked more clearly to the strategic objectives, with target "
             "risk scores and dates for reaching them.", [
                ("7a", "Redesign the BAF with target scores, target dates and assurance ratings for each control, and "
                       "take it to the Audit and Risk Committee for approval.",
                 "Director of Corporate Affairs", "30/09/2025", "Complete",
                 "New BAF approved by Audit and Risk Committee 11/09/2025."),
            ]),
            ("Integrated quality and performance reporting should use statistical process control charts with clear "
             "narrative on exceptions.", [
                ("8a", "Move the Integrated Quality and Performance Report to SPC format using the NHS England "
                       "Making Data Count approach.",
                 "Chief Digital and Information Officer", "31/10/2025\nRevised: 31/01/2026", "Off track",
                 "Data warehouse changes delayed; first SPC version to Board in January."),
            ]),
        ]),
        ("KLOE 7: Are the people who use services, the public, staff and external partners engaged and involved?", [
            ("The Trust should co-produce its approach to engagement with service users, carers and local communities, "
             "including people from ethnic minority groups.", [
                ("11a", "Co-produce a Service User and Carer Involvement Strategy with the Lived Experience Advisory "
                        "Group.",
                 "Chief Nurse", "31 March 2026", "On track",
                 "Three co-production workshops held; draft strategy due February."),
            ]),
        ]),
    ]
    for heading, recs in sections:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Recommendation", "Action", "Executive lead", "Due date", "Status",
                               "Progress (November 2025)"]):
            set_cell(t.cell(0, i), h, bold=True, fill="E2EFD9")
        for rec_text, acts in recs:
            first = None
            last = None
            for ref, action, lead, due, status, prog in acts:
                cells = t.add_row().cells
                set_cell(cells[0], ref)
                set_cell(cells[2], action)
                set_cell(cells[3], lead)
                set_cell(cells[4], due)
                set_cell(cells[5], status)
                set_cell(cells[6], prog)
                if first is None:
                    first = cells[1]
                last = cells[1]
            if last is not first:
                first = first.merge(last)
            set_cell(first, rec_text)
        doc.add_paragraph("")
    doc.add_paragraph("Recommendations 2, 3, 5, 6, 9, 10 and 12 were closed at previous Board meetings and are not "
                      "shown.")
    doc.save(out("zgp-norfolk-and-suffolk-nhsft-well-led-review-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Elmcroft Home Care (Taunton) - CQC home care inspection action plan (csv)
# ---------------------------------------------------------------------------
def elmcroft():
    rows = [
        ["Elmcroft Home Care Ltd - Taunton branch: CQC inspection action plan", "", "", "", "", "", "", ""],
        ["Report published 18/06/2025 - overall rating: Requires improvement",
         "", "", "", "", "", "", ""],
        ["Breaches: Regulation 12 (Safe care and treatment); Regulation 17 (Good governance)",
         "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Ref", "Key question", "What CQC found", "Action we will take", "Lead", "Target date", "RAG",
         "Progress update"],
        ["S1", "Safe",
         "Medicines administration records (MARs) were not always completed accurately, including for "
         "time-specific medicines.",
         "Move all clients who have time-specific medicines onto eMAR with alerts for late or missed doses.",
         "Registered Manager", "31/07/2025", "Blue", "Completed 21/07/2025 - 14 clients moved to eMAR"],
        ["S2", "", "",
         "Carry out monthly MAR audits and annual medication competency checks for all care staff.",
         "Care Coordinator / Field Supervisor", "Monthly", "Green", "Audits done July, August and September"],
        ["S3", "",
         "Risk assessments were not in place for people with catheters or at risk of choking.",
         "Review every care plan for clinical risks and add catheter care and choking risk assessments where "
         "needed.",
         "Deputy Manager", "31/08/2025", "Amber", "41 of 58 care plans reviewed - remaining by end of October"],
        ["E1", "Effective",
         "Not all staff had completed training in dysphagia and catheter care.",
         "Book dysphagia and catheter care training with the Somerset community nursing team for all care staff.",
         "Training Lead", "30/09/2025", "Green", "Sessions held 9 and 23 September; 3 staff still to attend"],
        ["R1", "Responsive",
         "Care plans did not always record people's preferred times for their calls.",
         "Hold a care plan review with every client, record preferred call times and match rotas to preferences "
         "where possible.",
         "Care Coordinators", "30/11/2025", "Amber", ""],
        ["W1", "Well-led",
         "Quality assurance systems did not identify the issues found during the inspection.",
         "Introduce a monthly quality dashboard covering MAR audits, call monitoring, complaints and spot checks, "
         "reviewed by the director.",
         "Registered Manager and Nominated Individual", "31/10/2025", "Green", "First dashboard produced for September"],
        ["W2", "", "",
         "Commission an external mock inspection by a care consultant to test the improvements.",
         "Nominated Individual", "Dec-25", "Red", "Consultant not available until January 2026 - date to be revised"],
        ["", "", "", "", "", "", "", ""],
        ["RAG key: Blue = completed; Green = on track; Amber = slipping but recovery plan agreed; "
         "Red = not achieved by target date", "", "", "", "", "", "", ""],
        ["Plan owner: Registered Manager. Last updated 03/10/2025", "", "", "", "", "", "", ""],
    ]
    with open(out("zgp-elmcroft-home-care-taunton-cqc-home-care-inspection-action-plan.csv"), "w",
              newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Orchard Lea Nursing Home - CQC inspection action plan (plain text, tabs)
# ---------------------------------------------------------------------------
def orchard_lea():
    T = "\t"
    lines = [
        "Orchard Lea Nursing Home, Ipswich – CQC Inspection Action Plan",
        "Inspection: 2 and 3 September 2025 (unannounced)    Report published: 30 October 2025",
        "Overall rating: Requires improvement (Safe: Inadequate; Effective: Requires improvement; Caring: Good; "
        "Responsive: Good; Well-led: Requires improvement)",
        "Plan completed by: Registered Manager    Reviewed with: Operations Director",
        "Last updated: 12 December 2025",
        "",
        "Status key: Complete = done and checked by the Operations Director; Green = on track; "
        "Amber = behind but will be met; Red = overdue",
        "",
        "1. SAFE - Regulation 12 Safe care and treatment",
        "Risks to people from pressure ulcers were not always managed; repositioning charts had gaps of up to 9 hours.",
        T.join(["Ref", "Action", "Lead", "Due", "Status"]),
        T.join(["1.1", "Introduce electronic repositioning charts on Nourish with alerts when a turn is overdue",
                "Clinical Lead", "31/10/2025", "Complete"]),
        T.join(["1.2", "Nurse in charge to check repositioning charts at the 2pm and 10pm handovers and sign the "
                       "daily walk-round sheet", "Nurses in charge", "Ongoing", "Green"]),
        "",
        "Medicines: topical creams were not recorded and PRN protocols were missing for 6 people.",
        T.join(["Ref", "Action", "Lead", "Due", "Status"]),
        T.join(["1.3", "Review all PRN protocols with the GP and pharmacist at the next medication review",
                "Deputy Manager / Clinical Lead", "30/11/2025", "Complete"]),
        T.join(["1.4", "Add body maps for topical creams to every MAR chart and audit them weekly",
                "Clinical Lead", "December 2025", "Amber"]),
        T.join(["", "for 8 weeks, then monthly"]),
        "",
        "2. EFFECTIVE - Regulation 11 Need for consent",
        "Mental capacity assessments were not decision-specific and best interest decisions were not recorded for bed rails.",
        T.join(["Ref", "Action", "Lead", "Due", "Status"]),
        T.join(["2.1", "Retrain nurses and senior carers in the MCA and best interest decisions (Suffolk County "
                       "Council MCA training)", "Registered Manager", "31/01/2026", "Green"]),
        T.join(["2.2", "Complete decision-specific capacity assessments for all 11 people who have bed rails",
                "Clinical Lead & Deputy Manager", "30/11/2025", "Red"]),
        "",
        "3. WELL-LED - Regulation 17 Good governance",
        "The provider's audits did not identify the shortfalls found at the inspection.",
        T.join(["Ref", "Action", "Lead", "Due", "Status"]),
        T.join(["3.1", "New monthly audit schedule with a provider quality visit; actions tracked on this plan",
                "Operations Director", "Monthly", "Green"]),
        T.join(["3.2", "Hold a relatives' meeting to share the inspection findings and this action plan",
                "Registered Manager", "15/11/2025", "Complete"]),
        "",
        "Notes:",
        "- This plan is sent to CQC and the Suffolk County Council Quality Team monthly until all actions are complete.",
        "- 2.2: 7 of 11 assessments done; the remaining 4 are booked with families for the week of 15 December.",
    ]
    with open(out("zgp-orchard-lea-nursing-home-ipswich-cqc-inspection-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    royal_devon()
    wye_valley()
    cheshire_merseyside()
    george_thomas()
    nsft()
    elmcroft()
    orchard_lea()
    print("built 7 files in", HERE)
