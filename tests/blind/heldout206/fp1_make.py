"""Build the seven fp1- data files of set heldout206.

Run with /work/main/.venv/bin/python fp1_make.py  (needs openpyxl and python-docx).
The data below is also imported by the expected-reading writer, so the text is shared.
"""
import csv
import datetime as dt
import os

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

# ---------------------------------------------------------------------------
# 1. Mental health trust - CQC must do / should do (xlsx, three sheets)
# ---------------------------------------------------------------------------
NSCHT_FILE = "fp1-north-staffordshire-combined-healthcare-cqc-must-should-do-action-plan.xlsx"
NSCHT_TITLE = ("North Staffordshire Combined Healthcare NHS Trust \u2013 CQC Inspection Action Plan: "
               "Must Do and Should Do Actions")
NSCHT_SECTIONS = [
    ("MUST DO ACTIONS", [
        ("Acute wards for adults of working age and PICU",
         "The trust must ensure that staff complete and update risk assessments for each patient following "
         "any incident, and use these to inform care plans. (Regulation 12)",
         [("MD1.1",
           "Relaunch the clinical risk assessment and management training for all registered nurses on the "
           "acute and PICU wards, with completion monitored weekly by ward managers.",
           "Associate Director of Nursing \u2013 Acute Care", D(2024, 1, 31), None, "A", "B",
           "Training delivered to 94% of registered nurses. Evidence accepted by the CQC Evidence Panel "
           "12/03/2024."),
          ("MD1.2",
           "Introduce a monthly audit of 10 patient records per ward to check that risk assessments are "
           "reviewed within 72 hours of an incident.",
           "Head of Quality Assurance / Ward Managers", D(2024, 2, 29), D(2024, 6, 30), "A", "G",
           "Audit tool agreed. March and April audits show 81% and 88% compliance; target 95%.")]),
        ("Acute wards for adults of working age and PICU",
         "The trust must ensure that staffing levels on Ward 4 enable patients to have regular one-to-one "
         "time with their named nurse and that planned Section 17 leave is not cancelled. (Regulation 18)",
         [("MD2.1",
           "Complete the establishment review of Ward 4 and recruit to the agreed registered nurse "
           "establishment.",
           "Deputy Director of Nursing", D(2024, 3, 31), D(2024, 7, 31), "A", "A",
           "Establishment review approved by Executive Team. 3.6 WTE vacancies remain; international "
           "recruits due to start July 2024."),
          ("MD2.2",
           "Record all cancelled Section 17 leave on the daily safer staffing huddle log and escalate any "
           "cancellation to the site manager on the same day.",
           "Modern Matron (Acute)", D(2024, 2, 29), None, "G", "B",
           "Huddle log in place since 05/02/2024. No leave cancelled due to staffing in April 2024.")]),
        ("Wards for older people with mental health problems",
         "The trust must ensure that the environment on Summers View is safe, including the management of "
         "ligature risks in the communal bathroom. (Regulation 15)",
         [("MD3.1",
           "Complete the ligature risk assessment for Summers View and carry out the remedial works "
           "identified in the communal bathroom.",
           "Head of Estates and Facilities", D(2023, 12, 31), D(2024, 9, 30), "R", "A",
           "Risk assessment complete. Works delayed by contractor availability; interim mitigation of "
           "locked bathroom with staff escort in place.")]),
    ]),
    ("SHOULD DO ACTIONS", [
        ("Acute wards for adults of working age and PICU",
         "The trust should ensure that patients are offered a copy of their care plan and that this is "
         "recorded.",
         [("SD1.1",
           "Add a mandatory field to the electronic care plan to record whether a copy was offered and "
           "accepted.",
           "Chief Clinical Information Officer", D(2024, 4, 30), None, "G", "G",
           "Change request approved; system update scheduled for release on 22/05/2024.")]),
        ("Wards for older people with mental health problems",
         "The trust should ensure that staff receive regular clinical supervision in line with trust "
         "policy.",
         [("SD2.1",
           "Ward managers to agree a supervision schedule for every member of staff and record sessions on "
           "the ESR supervision module.",
           "Ward Managers; Practice Development Lead", D(2024, 3, 31), None, "A", "G",
           "Schedules in place on all older adult wards. Compliance 79% (April 2024)."),
          ("SD2.2",
           "Report supervision compliance for each older adult ward to the monthly Care Group Quality and "
           "Safety meeting.",
           "Associate Director of Nursing \u2013 Older Adults", "Monthly", None, "G", "G",
           "Standing item on the agenda from April 2024.")]),
        ("Wards for older people with mental health problems",
         "The trust should ensure that activities are available for patients at weekends.",
         [("SD3.1",
           "Recruit an activity coordinator to work across Summers View and Ward 7 with weekend hours "
           "included in the job plan.",
           "Head of Occupational Therapy", D(2024, 6, 30), None, None, None,
           "Action added following re-audit in May 2024; first update due at June Quality Committee.")]),
    ]),
]
RAG_FILL = {"R": "FFFF0000", "A": "FFFFC000", "G": "FF00B050", "B": "FF0070C0"}


def make_nscht(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
    thin = Side(style="thin", color="FF999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = NSCHT_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 31 May 2024 \u2013 report to Quality Committee, 13 June 2024"
    ws["A4"] = "Current RAG"
    ws["B4"] = "Must do"
    ws["C4"] = "Should do"
    ws["D4"] = "Total"
    for c in "ABCD":
        ws[c + "4"].font = Font(bold=True)
    counts = {}
    for sec, reqs in NSCHT_SECTIONS:
        for _core, _req, acts in reqs:
            for a in acts:
                key = (a[6] or "Not rated", sec)
                counts[key] = counts.get(key, 0) + 1
    r = 5
    for label, k in [("Blue \u2013 complete and assured", "B"), ("Green \u2013 on track", "G"),
                     ("Amber \u2013 at risk / revised date agreed", "A"), ("Red \u2013 off track", "R"),
                     ("Not yet rated", "Not rated")]:
        ws.cell(r, 1, label)
        m = counts.get((k, "MUST DO ACTIONS"), 0)
        s = counts.get((k, "SHOULD DO ACTIONS"), 0)
        ws.cell(r, 2, m)
        ws.cell(r, 3, s)
        ws.cell(r, 4, m + s)
        r += 1
    ws.cell(r, 1, "Total").font = Font(bold=True)
    ws.cell(r, 2, "=SUM(B5:B9)")
    ws.cell(r, 3, "=SUM(C5:C9)")
    ws.cell(r, 4, "=SUM(D5:D9)")
    ws.column_dimensions["A"].width = 42

    ap = wb.create_sheet("Action Plan")
    ap["A1"] = NSCHT_TITLE
    ap["A1"].font = Font(bold=True, size=14)
    ap["A2"] = ("Core services inspected: Acute wards for adults of working age and psychiatric intensive "
                "care units; Wards for older people with mental health problems (report published "
                "14 November 2023)")
    ap["A3"] = "Position as at: 31 May 2024"
    heads = ["Ref", "Core service", "CQC requirement", "Action(s) to be taken", "Responsible lead",
             "Target date", "Revised date", "Previous RAG", "Current RAG", "Progress update / evidence"]
    for i, h in enumerate(heads, 1):
        c = ap.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = PatternFill("solid", fgColor="FF1F4E79")
        c.alignment = wrap
        c.border = box
    r = 6
    for sec, reqs in NSCHT_SECTIONS:
        ap.cell(r, 1, sec).font = Font(bold=True)
        ap.cell(r, 1).fill = PatternFill("solid", fgColor="FFD9E1F2")
        ap.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for core, req, acts in reqs:
            first = r
            for ref, action, lead, target, revised, prev, cur, prog in acts:
                ap.cell(r, 1, ref)
                ap.cell(r, 4, action)
                ap.cell(r, 5, lead)
                c = ap.cell(r, 6, target)
                if isinstance(target, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                if revised is not None:
                    ap.cell(r, 7, revised).number_format = "dd/mm/yyyy"
                for col, val in ((8, prev), (9, cur)):
                    if val:
                        cc = ap.cell(r, col, val)
                        cc.fill = PatternFill("solid", fgColor=RAG_FILL[val])
                        cc.alignment = Alignment(horizontal="center", vertical="top")
                ap.cell(r, 10, prog)
                r += 1
            ap.cell(first, 2, core)
            ap.cell(first, 3, req)
            if r - 1 > first:
                ap.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ap.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    for row in ap.iter_rows(min_row=6, max_row=r - 1, max_col=10):
        for c in row:
            c.border = box
            if c.column not in (8, 9):
                c.alignment = wrap
    for col, w in zip("ABCDEFGHIJ", [8, 22, 40, 48, 26, 12, 12, 9, 9, 44]):
        ap.column_dimensions[col].width = w
    ap.freeze_panes = "A6"

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("B", "Complete \u2013 action delivered and evidence assured by the CQC Evidence Panel"),
                                   ("G", "On track to deliver by the target date"),
                                   ("A", "At risk of delay or revised date agreed by Quality Committee"),
                                   ("R", "Off track / overdue with no agreed revised date")], 3):
        c = key.cell(i, 1, k)
        c.fill = PatternFill("solid", fgColor=RAG_FILL[k])
        key.cell(i, 2, txt)
    key.column_dimensions["B"].width = 80
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. FE college - Ofsted PIAP (xlsx, cover + plan + key, fill-only RAG)
# ---------------------------------------------------------------------------
SHEFF_FILE = "fp1-the-sheffield-college-ofsted-post-inspection-action-plan.xlsx"
SHEFF_TITLE = "The Sheffield College \u2013 Ofsted Post-Inspection Action Plan 2024/25"
SHEFF_THEMES = [
    ("Theme 1: Quality of education", [
        ("Leaders and managers should ensure that teachers of English and mathematics on study programmes "
         "use assessment effectively to identify and close gaps in students\u2019 knowledge.",
         [("1.1",
           "Introduce diagnostic assessment in English and mathematics in the first four weeks of the "
           "programme and use the results to set individual learning targets.",
           "Head of English and Maths", D(2024, 9, 2), D(2024, 10, 31),
           "All students have diagnostic results and targets recorded on ProMonitor by week 5.",
           "Diagnostics completed for 98% of students; targets set and visible to tutors.", "B"),
          ("1.2",
           "Deliver a programme of CPD on formative assessment for all English and mathematics teachers, "
           "followed by developmental observations.",
           "Head of Teaching and Learning", D(2024, 9, 2), D(2025, 2, 1),
           "90% of observations show effective checking of understanding.",
           "Four CPD sessions delivered. Observation cycle 1 complete; cycle 2 under way.", "G")]),
        ("Leaders should ensure that students on level 1 and level 2 vocational programmes attend their "
         "lessons more regularly.",
         [("2.1",
           "Implement the revised attendance procedure, with same-day contact by student progress coaches "
           "for any unexplained absence.",
           "Assistant Principal Student Experience", D(2024, 9, 2), D(2024, 11, 30),
           "Attendance on level 1 and 2 programmes at or above 90%.",
           "Procedure live. Attendance at 84% to end of January, up from 79% last year.", "A"),
          ("2.2",
           "Publish weekly attendance dashboards by course and review courses below 85% at the fortnightly "
           "curriculum performance meeting.",
           "Director of MIS / Heads of Faculty", D(2024, 9, 16), "Ongoing",
           "Every course below 85% has a recorded intervention plan.",
           "Dashboards published weekly since September.", "G")]),
    ]),
    ("Theme 2: Apprenticeships", [
        ("Leaders should ensure that apprentices receive their entitlement to off-the-job training and that "
         "employers are involved in reviewing apprentices\u2019 progress.",
         [("3.1",
           "Audit off-the-job hours for all current apprentices and agree catch-up plans with employers "
           "where hours are below the planned level.",
           "Director of Apprenticeships", D(2024, 9, 9), D(2024, 12, 31),
           "All apprentices on track for planned off-the-job hours or on an agreed catch-up plan.",
           "Audit complete; 212 catch-up plans agreed with employers.", "B"),
          ("3.2",
           "Redesign the progress review template so that employers contribute to every 12-weekly review "
           "and sign off the next steps.",
           "Apprenticeship Quality Manager", D(2024, 10, 1), D(2025, 3, 1),
           "Employer sign-off on 95% of reviews.",
           "New template piloted in Engineering and Construction.", "G"),
          ("3.3",
           "Train all skills coaches in the new review process.",
           "Apprenticeship Quality Manager; Skills Coach Team Leaders", D(2024, 11, 1), D(2025, 1, 31),
           "100% of skills coaches trained.",
           "60% trained; three coach vacancies and sickness have delayed sessions.", "R")]),
    ]),
    ("Theme 3: Leadership and management", [
        ("Governors should receive more precise information about the quality of education in subject "
         "areas so they can challenge leaders effectively.",
         [("4.1",
           "Revise the quality report to the Teaching, Learning and Standards Committee to include "
           "subject-level data on attendance, progress and achievement.",
           "Vice Principal Quality", D(2024, 9, 2), D(2024, 12, 1),
           "Committee minutes show challenge on subject-level performance.",
           "New report format used at the November and February committees.", "B"),
          ("4.2",
           "Link each governor to a curriculum area and schedule termly link visits.",
           "Clerk to the Corporation", D(2024, 10, 1), "Summer term 2025",
           "Every curriculum area visited by its link governor each term.",
           "Links agreed; autumn visits completed, spring visits booked.", "G")]),
    ]),
]


def make_sheffield(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
    thin = Side(style="thin", color="FF808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = SHEFF_TITLE
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Ofsted inspection: 4\u20137 June 2024 | Overall effectiveness: Requires improvement"
    cv["A4"] = "Document control"
    cv["A4"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Change", "Approved by"),
            ("1.0", D(2024, 7, 15), "Vice Principal Quality", "First version following publication of report",
             "Corporation, 18/07/2024"),
            ("2.0", D(2024, 11, 20), "Vice Principal Quality", "Autumn term progress update",
             "Teaching, Learning and Standards Committee"),
            ("3.0", D(2025, 2, 26), "Vice Principal Quality", "Spring term progress update",
             "Teaching, Learning and Standards Committee")]
    for i, row in enumerate(rows, 5):
        for j, v in enumerate(row, 1):
            c = cv.cell(i, j, v)
            c.border = box
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 5:
                c.font = Font(bold=True)
    for col, w in zip("ABCDE", [10, 12, 24, 44, 40]):
        cv.column_dimensions[col].width = w

    ws = wb.create_sheet("PIAP")
    ws["A1"] = SHEFF_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress update: February 2025"
    heads = ["Ref", "Area for improvement (Ofsted report)", "Action", "Action owner", "Start",
             "Target completion", "Impact measure / success criteria", "Progress update (Feb 2025)", "RAG"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FFBDD7EE")
        c.border = box
        c.alignment = wrap
    r = 5
    for theme, afis in SHEFF_THEMES:
        ws.cell(r, 1, theme).font = Font(bold=True, color="FFFFFFFF")
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="FF7030A0")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for afi, acts in afis:
            first = r
            for ref, action, owner, start, target, impact, prog, rag in acts:
                ws.cell(r, 1, ref)
                ws.cell(r, 3, action)
                ws.cell(r, 4, owner)
                ws.cell(r, 5, start).number_format = "dd/mm/yyyy"
                c = ws.cell(r, 6, target)
                if isinstance(target, dt.datetime):
                    c.number_format = "dd/mm/yyyy" if target.day not in (1,) else "mmm-yy"
                ws.cell(r, 7, impact)
                ws.cell(r, 8, prog)
                ws.cell(r, 9).fill = PatternFill("solid", fgColor=RAG_FILL[rag])
                r += 1
            ws.cell(first, 2, afi)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    for row in ws.iter_rows(min_row=5, max_row=r - 1, max_col=9):
        for c in row:
            c.border = box
            c.alignment = wrap
    ws.cell(r + 1, 1, "Progress is reviewed monthly by the Executive Leadership Team and termly by the "
                      "Teaching, Learning and Standards Committee of the Corporation.")
    for col, w in zip("ABCDEFGHI", [6, 40, 48, 26, 11, 12, 34, 40, 6]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    k = wb.create_sheet("RAG Key")
    k["A1"] = "RAG rating key"
    k["A1"].font = Font(bold=True)
    for i, (code, txt) in enumerate([("B", "Blue \u2013 action complete and impact evidenced"),
                                      ("G", "Green \u2013 on track"),
                                      ("A", "Amber \u2013 some slippage; mitigation in place"),
                                      ("R", "Red \u2013 significantly off track")], 3):
        k.cell(i, 1).fill = PatternFill("solid", fgColor=RAG_FILL[code])
        k.cell(i, 2, txt)
    k.column_dimensions["B"].width = 60
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. National body (executive agency) - ARAC internal audit tracker (xlsx)
# ---------------------------------------------------------------------------
CH_FILE = "fp1-companies-house-giaa-internal-audit-recommendations-tracker.xlsx"
CH_TITLE = "Companies House \u2013 Internal Audit Recommendations Tracker: Audit and Risk Assurance Committee, March 2025"
CH_VM = "Cyber Security \u2013 Vulnerability Management (GIAA report issued June 2024, Limited assurance)"
CH_SHEETS = [
    ("Open recommendations", "Open internal audit recommendations", [
        (CH_VM, [
            ("Define and enforce patching timescales for critical and high vulnerabilities across all "
             "server and end-user estates.",
             [("VM-01", "High",
               "Publish a vulnerability management standard setting 14-day and 30-day patching targets, "
               "approved by the Technical Design Authority.",
               "Chief Information Security Officer", D(2024, 9, 30), D(2025, 4, 30), "A",
               "Standard drafted and reviewed by GIAA. TDA approval moved to April because of the "
               "identity verification release freeze.")]),
            ("Ensure the asset register is complete so that all devices are in scope of vulnerability "
             "scanning.",
             [("VM-02a", "High",
               "Reconcile the configuration management database against network discovery scans and add "
               "missing assets.",
               "Head of Service Management", D(2024, 10, 31), D(2025, 1, 31), "R",
               "Reconciliation 70% complete. Overdue against revised date; escalated to Chief Digital "
               "Officer."),
              ("VM-02b", "High",
               "Introduce a monthly exceptions report of unscanned devices to the Cyber Security Working "
               "Group.",
               "Chief Information Security Officer / Head of Service Management", D(2025, 3, 31), None, "G",
               "First report produced for the February working group; second report due in March.")]),
        ]),
        ("Contract Management (GIAA report issued September 2024, Moderate assurance)", [
            ("Assign a named contract manager to every contract above \u00a3100k and record them in the "
             "contract register.",
             [("CM-01", "Medium",
               "Update the contract register with named contract managers and issue role guidance.",
               "Head of Procurement and Commercial", D(2025, 3, 31), None, "G",
               "Register updated for 41 of 46 contracts; guidance issued January 2025.")]),
            ("Hold documented performance reviews with strategic suppliers at least quarterly.",
             [("CM-02", "Low",
               "Schedule quarterly supplier review meetings and store minutes on the Commercial SharePoint "
               "site.",
               "Commercial Business Partners", "Q1 2025/26", None, "G",
               "Meetings scheduled for all eight strategic suppliers.")]),
        ]),
        ("Register Integrity \u2013 Identity Verification Readiness (GIAA report issued November 2024, "
         "Moderate assurance)", [
            ("Document the end-to-end process for handling identity verification exceptions and "
             "escalations.",
             [("IV-01", "Medium",
               "Produce and approve process maps and desk instructions for the exceptions team before the "
               "next phase of ECCTA go-live.",
               "Director of Registration Operations", D(2025, 2, 28), D(2025, 5, 31), "A",
               "Process maps drafted; revised date agreed with GIAA to align with the phase 2 release.")]),
        ]),
    ]),
    ("Implemented", "Recommendations implemented since the last ARAC (proposed for closure)", [
        ("Payroll and Expenses (GIAA report issued March 2024, Substantial assurance)", [
            ("Remind budget holders to review expense claims before approval.",
             [("PE-01", "Low",
               "Issue a reminder to all budget holders and add the expenses policy to the line manager "
               "induction.",
               "Head of Finance Operations", D(2024, 6, 30), D(2024, 9, 30), "B",
               "Reminder issued 02/09/2024; induction pack updated. Evidence verified by GIAA.")]),
        ]),
        (CH_VM, [
            ("Report vulnerability metrics to the Executive Committee quarterly.",
             [("VM-03", "Medium",
               "Add a vulnerability management dashboard to the quarterly Digital performance report to "
               "ExCo.",
               "Chief Digital Officer", D(2024, 12, 31), None, "B",
               "Dashboard included in the Q3 report to ExCo on 21/01/2025.")]),
        ]),
    ]),
]


def make_companies_house(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
    thin = Side(style="thin", color="FF808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = CH_TITLE
    s["A1"].font = Font(bold=True, size=13)
    s["A2"] = "Prepared by: Head of Risk and Assurance | Data as at 28 February 2025"
    hdr = ["Audit", "Recommendations", "Implemented", "Open \u2013 on track", "Open \u2013 revised date",
           "Overdue"]
    for i, h in enumerate(hdr, 1):
        c = s.cell(4, i, h)
        c.font = Font(bold=True)
        c.border = box
    summ = [("Cyber Security \u2013 Vulnerability Management", 4, 1, 1, 1, 1),
            ("Contract Management", 2, 0, 2, 0, 0),
            ("Register Integrity \u2013 Identity Verification Readiness", 1, 0, 0, 1, 0),
            ("Payroll and Expenses", 1, 1, 0, 0, 0)]
    for i, row in enumerate(summ, 5):
        for j, v in enumerate(row, 1):
            s.cell(i, j, v).border = box
    s.cell(9, 1, "Total").font = Font(bold=True)
    for j, col in enumerate("BCDEF", 2):
        s.cell(9, j, "=SUM(%s5:%s8)" % (col, col)).font = Font(bold=True)
    s["A11"] = "RAG key"
    s["A11"].font = Font(bold=True)
    for i, (code, txt) in enumerate([("B", "Implemented \u2013 evidence verified by GIAA"),
                                      ("G", "On track to meet the agreed due date"),
                                      ("A", "Revised due date agreed by ARAC / at risk"),
                                      ("R", "Overdue")], 12):
        c = s.cell(i, 1, code)
        c.fill = PatternFill("solid", fgColor=RAG_FILL[code])
        s.cell(i, 2, txt)
    s.column_dimensions["A"].width = 52
    for sheetname, heading, audits in CH_SHEETS:
        ws = wb.create_sheet(sheetname)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13)
        cols = ["Ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
                "Original due date", "Revised due date", "RAG", "Management update"]
        for i, h in enumerate(cols, 1):
            c = ws.cell(3, i, h)
            c.font = Font(bold=True, color="FFFFFFFF")
            c.fill = PatternFill("solid", fgColor="FF203864")
            c.alignment = wrap
            c.border = box
        r = 4
        for audit, recs in audits:
            ws.cell(r, 1, audit).font = Font(bold=True)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="FFDDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            for rec, acts in recs:
                first = r
                for ref, prio, act, owner, due, rev, rag, upd in acts:
                    ws.cell(r, 1, ref)
                    ws.cell(r, 2, prio)
                    ws.cell(r, 4, act)
                    ws.cell(r, 5, owner)
                    c = ws.cell(r, 6, due)
                    if isinstance(due, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                    if rev is not None:
                        ws.cell(r, 7, rev).number_format = "dd/mm/yyyy"
                    c = ws.cell(r, 8, rag)
                    c.fill = PatternFill("solid", fgColor=RAG_FILL[rag])
                    ws.cell(r, 9, upd)
                    r += 1
                ws.cell(first, 3, rec)
                if r - 1 > first:
                    ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
        for row in ws.iter_rows(min_row=4, max_row=r - 1, max_col=9):
            for c in row:
                c.border = box
                c.alignment = wrap
        for col, w in zip("ABCDEFGHI", [9, 9, 40, 46, 28, 12, 12, 6, 44]):
            ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. Secondary school - post-Ofsted action plan (docx, one table per priority)
# ---------------------------------------------------------------------------
KINGS_FILE = "fp1-kingsmead-school-enfield-post-ofsted-action-plan.docx"
KINGS_TITLE = "Kingsmead School \u2013 Post-Ofsted Action Plan 2023\u201324"
KINGS_PRIORITIES = [
    ("Priority 1: Curriculum in Key Stage 4",
     "In some subjects, the curriculum is not implemented consistently well. Teachers do not routinely "
     "check pupils\u2019 understanding before moving on. Leaders should ensure that teachers use assessment "
     "precisely to identify and address gaps in pupils\u2019 learning.",
     [("1.1", "Deliver whole-staff CPD on responsive teaching and hinge questions, followed by paired lesson "
              "visits in each department.",
       "DHT (Teaching and Learning)", "Autumn term 2023",
       "Lesson visits show checks for understanding in most lessons.", "SLT learning walks", "Achieved"),
      ("1.2", "Heads of department to review Year 10 and 11 schemes of work so that each unit includes "
              "planned retrieval and low-stakes checks for understanding.",
       "Heads of Department", "Spring term 2024",
       "All KS4 schemes of work updated and shared on the staff drive.", "Line management meetings",
       "Green"),
      ("1.3", "Quality assure implementation through termly department reviews, with findings reported to the "
              "Curriculum and Standards Committee.",
       "HT / DHT (Teaching and Learning)", "Termly",
       "Department review reports show consistent practice.", "Curriculum and Standards Committee",
       "Green")]),
    ("Priority 2: Reading",
     "The weakest readers in Key Stage 3 do not get the support they need to catch up quickly. Leaders "
     "should ensure that these pupils receive precise and well-targeted support so that they can read "
     "fluently and with confidence.",
     [("2.1", "Screen all Year 7 and Year 8 pupils using a standardised reading test and identify pupils "
              "reading below their chronological age.",
       "Reading Lead", "October 2023",
       "Every pupil has a standardised reading age recorded on SIMS.", "HT", "Achieved"),
      ("2.2", "Train six teaching assistants to deliver a phonics-based intervention to the weakest readers.",
       "SENCo; Reading Lead", "December 2023",
       "Six TAs trained and timetabled for intervention.", "DHT (Teaching and Learning)", "Achieved"),
      ("2.3", "Introduce a tutor-time reading programme for all Key Stage 3 forms.",
       "AHT (Pastoral)", "Spring term 2024",
       "Reading programme running in all KS3 forms four mornings a week.", "Tutor drop-ins", "Amber"),
      ("2.4", "Re-test intervention pupils and report reading age gains to governors.",
       "Reading Lead", "Summer term 2024",
       "Average gain of at least 12 months in reading age.", "Full Governing Board", "")]),
    ("Priority 3: Attendance of disadvantaged pupils",
     "Too many disadvantaged pupils are persistently absent. Leaders should continue to work with families "
     "to improve the attendance of these pupils.",
     [("3.1", "Appoint an attendance officer and introduce weekly attendance panels for pupils below 90%.",
       "AHT (Pastoral)", "September 2023",
       "Attendance officer in post; panels held weekly.", "HT", "Achieved"),
      ("3.2", "Work with the local authority Education Welfare Service on fixed penalty and early help "
              "referrals where attendance does not improve.",
       "Attendance Officer & DSL", "Sept 2023 \u2013 July 2024",
       "Persistent absence of disadvantaged pupils below 20%.", "AHT (Pastoral)", "Amber"),
      ("3.3", "Report attendance of disadvantaged pupils to the Full Governing Board each half term.",
       "HT", "Half-termly",
       "Governors\u2019 minutes record challenge on attendance.", "Chair of Governors", "Green")]),
]


def _shade(cell, hexcolor):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def _bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def make_kingsmead(path):
    from docx import Document
    from docx.shared import Pt
    from docx.enum.section import WD_ORIENT
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    doc.add_heading(KINGS_TITLE, level=0)
    p = doc.add_paragraph()
    p.add_run("Inspection dates: 27\u201328 June 2023   Overall effectiveness: Requires improvement").bold = True
    doc.add_paragraph("This plan sets out how the school will address the areas for improvement identified in "
                      "the Ofsted report published on 4 September 2023. It is monitored by the Senior "
                      "Leadership Team fortnightly and by the Full Governing Board each half term. RAG ratings "
                      "show the position at the end of the Spring term 2024.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Approved"]):
        _bold_cell(c, h)
    for row in [("1", "15/09/2023", "Headteacher", "FGB 26/09/2023"),
                ("2", "12/12/2023", "Headteacher", "FGB 12/12/2023"),
                ("3", "26/03/2024", "Headteacher", "FGB 23/04/2024")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, (txt, col) in zip(t.rows[0].cells, [("Achieved \u2013 action complete", "5B9BD5"),
                                               ("Green \u2013 on track", "70AD47"),
                                               ("Amber \u2013 some concerns", "FFC000"),
                                               ("Red \u2013 not on track", "FF0000")]):
        c.text = txt
        _shade(c, col)
    fills = {"Achieved": "5B9BD5", "Green": "70AD47", "Amber": "FFC000", "Red": "FF0000"}
    for heading, afi, acts in KINGS_PRIORITIES:
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=2, cols=7)
        t.style = "Table Grid"
        _bold_cell(t.rows[0].cells[0], "Area for improvement")
        _shade(t.rows[0].cells[0], "D9D9D9")
        m = t.rows[0].cells[1].merge(t.rows[0].cells[6])
        m.text = afi
        for c, h in zip(t.rows[1].cells, ["No.", "Action", "Lead", "Timescale", "Success criteria",
                                           "Monitoring", "RAG (Spring 2024)"]):
            _bold_cell(c, h)
            _shade(c, "D9E2F3")
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, a):
                c.text = v
            if a[6]:
                _shade(cells[6], fills[a[6]])
        doc.add_paragraph()
    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Role", "Name", "Date"]):
        _bold_cell(c, h)
    for c, v in zip(t.rows[1].cells, ["Headteacher / Chair of Governors", "", "23/04/2024"]):
        c.text = v
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. GP practice - CQC inspection action plan (docx, findings merged down)
# ---------------------------------------------------------------------------
HOLLIES_FILE = "fp1-the-hollies-medical-centre-cqc-inspection-action-plan.docx"
HOLLIES_TITLE = "The Hollies Medical Centre \u2013 CQC Inspection Action Plan"
HOLLIES_SECTIONS = [
    ("1. Safe care and treatment \u2013 Regulation 12 (Requirement notice)", [
        ("Patients prescribed high-risk medicines such as methotrexate and lithium were not always monitored "
         "in line with guidance.",
         [("1.1", "Run a search of all patients on high-risk medicines and recall any patient whose monitoring "
                  "is overdue.", "Dr A Patel (Prescribing Lead)", "30/09/2024", "Complete"),
          ("1.2", "Add monitoring alerts to the clinical system for each high-risk medicine and agree a monthly "
                  "re-search by the clinical pharmacist.", "Clinical Pharmacist", "31/10/2024", "Complete")]),
        ("Medicine safety alerts (MHRA) had not been actioned for all affected patients.",
         [("1.3", "Create a safety alert log, with each alert assigned to a named GP and closed only when all "
                  "affected patients have been reviewed.", "Practice Manager / Dr Owusu", "Oct 2024",
           "Complete"),
          ("1.4", "Audit the last 12 months of MHRA alerts to check historic alerts have been acted on.",
           "Clinical Pharmacist", "End of December 2024", "On track")]),
    ]),
    ("2. Good governance \u2013 Regulation 17 (Requirement notice)", [
        ("Systems to monitor staff training, including safeguarding and basic life support, were not "
         "effective.",
         [("2.1", "Introduce a training matrix for all clinical and non-clinical staff, reviewed monthly at the "
                  "practice meeting.", "Practice Manager", "30/11/2024", "Complete"),
          ("2.2", "Book all overdue safeguarding level 3 training for GPs and nurses.",
           "Dr Owusu (Safeguarding Lead)", "Nov 2024", "Complete")]),
        ("Significant events were not always recorded, and learning was not shared with the whole team.",
         [("2.3", "Record all patient safety events on the Learn from Patient Safety Events (LFPSE) service and "
                  "hold a quarterly significant event review meeting, with minutes shared with all staff.",
           "Dr A Patel and Practice Manager", "31/01/2025", "On track")]),
    ]),
    ("3. Areas where the practice should improve", [
        ("The practice should continue to take steps to improve the uptake of cervical screening.",
         [("3.1", "Offer evening and Saturday smear clinics and send text reminders to patients who have not "
                  "responded to their invitation.", "Lead Nurse", "March 2025", "Not started")]),
        ("The practice should take action to improve patient satisfaction with telephone access.",
         [("3.2", "Move to a cloud-based telephony system with call-back and queue position messages.",
           "Practice Manager", "Ongoing", "On track")]),
    ]),
]


def make_hollies(path):
    from docx import Document
    doc = Document()
    doc.add_heading(HOLLIES_TITLE, level=1)
    doc.add_paragraph("Inspection date: 12 September 2024. Report published: 29 October 2024. "
                      "Overall rating: Requires improvement (Safe: Requires improvement; Well-led: Requires "
                      "improvement).")
    doc.add_paragraph("The partners have reviewed the report and the requirement notices issued under "
                      "Regulations 12 and 17. The table for each area below sets out what CQC found, what we "
                      "will do, who is responsible and by when. Status is updated at the monthly practice "
                      "meeting.")
    for heading, findings in HOLLIES_SECTIONS:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "What CQC found", "What we will do", "Who is responsible",
                                           "By when", "Status"]):
            _bold_cell(c, h)
            _shade(c, "E2EFDA")
        for finding, acts in findings:
            rows = []
            for ref, action, who, when, status in acts:
                cells = t.add_row().cells
                cells[0].text = ref
                cells[2].text = action
                cells[3].text = who
                cells[4].text = when
                cells[5].text = status
                rows.append(cells)
            top = rows[0][1]
            if len(rows) > 1:
                top = top.merge(rows[-1][1])
            top.text = finding
        doc.add_paragraph()
    doc.add_paragraph("Plan agreed by the partners on 5 November 2024. Next review: January 2025.")
    doc.add_paragraph("Signed: Dr A Patel, Senior Partner (Registered Manager)")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Apprenticeship provider - Ofsted PIAP (tab-separated text export)
# ---------------------------------------------------------------------------
HIT_FILE = "fp1-hit-training-ofsted-apprenticeships-post-inspection-action-plan.txt"
HIT_TITLE = "HIT Training Ltd \u2013 Post-Inspection Action Plan (Apprenticeships)"
HIT_THEMES = [
    ("Quality of education", [
        ("Leaders should ensure that apprentices receive useful feedback on their work that helps them "
         "improve.",
         [("1.1", "Introduce a feedback standard for skills coaches, setting out what good written and verbal "
                  "feedback looks like.", "Head of Quality", "30/09/2024", "B",
           "Standard launched at September coach conference."),
          ("1.2", "Sample 10% of portfolio feedback each month through the quality team and share findings in "
                  "team meetings.", "Quality Manager", "Ongoing", "G",
           "Sampling in place since October.\nDecember sample: 86% of feedback met the standard.")]),
        ("Leaders should ensure that coaches plan the curriculum so that apprentices build on what they "
         "already know, particularly on the level 3 chef de partie apprenticeship.",
         [("1.3", "Redesign the Level 3 Chef de Partie curriculum plan with employers to sequence knowledge "
                  "and practical skills.", "Head of Curriculum", "Feb-25", "G",
           "Draft plan shared with five employer partners for comment."),
          ("1.4", "Use initial assessment results to adjust each apprentice\u2019s training plan and recorded "
                  "prior learning.", "Head of Curriculum / Regional Operations Managers", "31/12/2024", "A",
           "Training plans adjusted for new starters; backlog of 140 existing apprentices.")]),
    ]),
    ("Leadership and management", [
        ("Leaders should improve the proportion of apprentices who achieve their apprenticeship by the "
         "planned end date.",
         [("2.1", "Hold monthly caseload reviews for every skills coach to identify apprentices past their "
                  "planned end date.", "Regional Operations Managers", "Q4 2024/25", "G",
           "Reviews held monthly; 62 apprentices moved to gateway since October."),
          ("2.2", "Agree a break-in-learning and withdrawal protocol with employers so that inactive "
                  "apprentices are reviewed within 30 days.", "Director of Apprenticeships", "30/11/2024", "R",
           "Protocol drafted but not yet agreed with the two largest levy employers.")]),
    ]),
    ("Personal development and safeguarding", [
        ("Leaders should ensure that apprentices have a secure understanding of the risks of radicalisation "
         "and extremism in their local area.",
         [("3.1", "Add a local Prevent risk topic to each progress review, using regional briefings from the "
                  "DfE Prevent coordinators.", "Safeguarding Lead (DSL)", "Jan-25", "G",
           "Topic added to review template for all regions."),
          ("3.2", "Check apprentices\u2019 understanding through a short quiz at gateway and follow up with any "
                  "apprentice who scores below 70%.",
           "Safeguarding Lead (DSL); End-point Assessment Manager", "March 2025", "", "")]),
    ]),
]


def _tsv_field(v):
    if any(ch in v for ch in '\t\n"'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_hit(path):
    lines = [[HIT_TITLE],
             ["Ofsted inspection 14\u201317 May 2024 | Plan version 3 | Last updated 15/01/2025"],
             [],
             ["Ref", "Theme", "Ofsted area for improvement", "Action", "Owner", "Deadline", "RAG", "Comment"]]
    for theme, afis in HIT_THEMES:
        first_theme = True
        for afi, acts in afis:
            first_afi = True
            for ref, action, owner, deadline, rag, comment in acts:
                lines.append([ref, theme if first_theme else "", afi if first_afi else "", action, owner,
                              deadline, rag, comment])
                first_theme = first_afi = False
    lines += [[], ["RAG key: B = complete, G = on track, A = at risk, R = off track. Blank = not yet due for "
                   "update."],
              ["Plan owner: Director of Quality. Reviewed monthly by the Quality Board."]]
    with open(path, "w", encoding="utf-8", newline="") as f:
        for row in lines:
            f.write("\t".join(_tsv_field(v) for v in row) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Acute trust - CQC must do / should do tracker (csv) - typo month: refuse
# ---------------------------------------------------------------------------
WALSALL_FILE = "fp1-walsall-healthcare-cqc-must-should-do-action-plan-typo-month-refuse.csv"
WALSALL_ROWS = [
    ["Walsall Healthcare NHS Trust - CQC Must Do / Should Do Action Plan (Urgent and Emergency Care; Medical Care)"],
    ["Data as at 30/04/2024 - extracted from the Trust action plan tracker for the Quality and Safety Committee"],
    [],
    ["Action ID", "Core Service", "Type", "CQC Requirement", "Action", "Action Owner", "Due Date", "RAG",
     "Evidence / Assurance"],
    ["UEC-MD-01", "Urgent and Emergency Care", "Must Do",
     "The trust must ensure that patients are triaged within 15 minutes of arrival in the emergency department.",
     "Introduce a streaming nurse at the front door from 10:00 to 22:00 and monitor time to triage hourly.",
     "Divisional Director of Nursing - Medicine and Long Term Conditions", "Feb-24", "Blue",
     "Median time to triage 11 minutes (March 2024)."],
    ["UEC-MD-02", "Urgent and Emergency Care", "Must Do",
     "The trust must ensure that patients are triaged within 15 minutes of arrival in the emergency department.",
     "Add triage compliance to the ED performance dashboard and review at the daily 08:30 huddle.",
     "ED Matron; ED Clinical Lead", "Mar-24", "Green", "Dashboard live; huddle notes retained."],
    ["UEC-MD-03", "Urgent and Emergency Care", "Must Do",
     "The trust must ensure that staff complete mandatory training, including paediatric life support.",
     "Book all ED nurses who are out of date onto PILS courses and report compliance monthly.",
     "ED Practice Educator", "Jun-24", "Amber", "Compliance 78% against 90% target."],
    ["UEC-SD-01", "Urgent and Emergency Care", "Should Do",
     "The trust should ensure that patients with mental health needs are cared for in an appropriate environment.",
     "Complete the refurbishment of the mental health assessment room to meet PLAN standards.",
     "Head of Estates", "Sep-24", "Green", "Contractor appointed; works start May 2024."],
    ["MED-MD-01", "Medical Care", "Must Do",
     "The trust must ensure that nutrition and hydration charts are fully completed for patients at risk.",
     "Relaunch the food and fluid chart with ward-based training on all medical wards.",
     "Lead Nurse for Nutrition", "0ct-24", "Amber", "Training under way on wards 1-4."],
    ["MED-MD-02", "Medical Care", "Must Do",
     "The trust must ensure that nutrition and hydration charts are fully completed for patients at risk.",
     "Include food and fluid chart completion in the monthly ward accreditation audit.",
     "Deputy Chief Nurse", "Jul-24", "Green", "Audit question added from April 2024."],
    ["MED-SD-01", "Medical Care", "Should Do",
     "The trust should ensure that discharge summaries are sent to GPs within 24 hours.",
     "Implement electronic discharge summaries on the remaining medical wards.",
     "Chief Clinical Information Officer / Divisional Director - Medicine", "Nov-24", "Green",
     "Live on 6 of 9 wards."],
    ["MED-SD-02", "Medical Care", "Should Do",
     "The trust should ensure that the medical wards have enough pharmacy support at weekends.",
     "Business case for seven-day ward pharmacy service to be presented to Finance and Performance Committee.",
     "Chief Pharmacist", "Dec-24", "", ""],
]


def make_walsall(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in WALSALL_ROWS:
            w.writerow(row)


def main():
    make_nscht(os.path.join(HERE, NSCHT_FILE))
    make_sheffield(os.path.join(HERE, SHEFF_FILE))
    make_companies_house(os.path.join(HERE, CH_FILE))
    make_kingsmead(os.path.join(HERE, KINGS_FILE))
    make_hollies(os.path.join(HERE, HOLLIES_FILE))
    make_hit(os.path.join(HERE, HIT_FILE))
    make_walsall(os.path.join(HERE, WALSALL_FILE))


if __name__ == "__main__":
    main()
