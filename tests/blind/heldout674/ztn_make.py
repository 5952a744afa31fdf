"""Build the seven ztn- blind test files (set heldout674)."""
import os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment
from docx import Document

OUT = os.path.dirname(os.path.abspath(__file__))
def P(n): return os.path.join(OUT, n)
def fill(h): return PatternFill("solid", start_color=h, end_color=h)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
RED, AMB, GRN, BLU, GRY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"
SFILL = {"Complete": BLU, "On track": GRN, "Behind schedule": AMB, "Overdue": RED}

# 1 ---------------------------------------------------------------- Scottish Canals IA tracker
def scottish_canals():
    wb = Workbook()
    s = wb.active; s.title = "Summary"
    s["A1"] = "Scottish Canals – Internal Audit Recommendations Tracker"; s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Audit and Risk Committee – 18 November 2025"
    rows = [("Status", "High", "Medium", "Low", "Total"),
            ("Complete", 0, 1, 0, 1), ("On track", 1, 1, 1, 3), ("Behind schedule", 1, 0, 0, 1),
            ("Overdue", 0, 1, 0, 1), ("Total", 2, 3, 1, 6)]
    for i, r in enumerate(rows, start=4):
        for j, v in enumerate(r, start=1):
            c = s.cell(i, j, v)
            if i == 4 or j == 1: c.font = BOLD
    s["A11"] = "Status key: Complete (blue) = implemented and evidenced; On track (green) = in progress within agreed date; Behind schedule (amber) = at risk of missing date; Overdue (red) = past due date."
    t = wb.create_sheet("Tracker")
    t["A1"] = "Scottish Canals – Internal Audit Recommendations Tracker"; t["A1"].font = Font(bold=True, size=14)
    t["A2"] = "Position at 31 October 2025. Dates shown dd/mm/yyyy; where a revised date has been agreed by the Committee it is shown alongside the original."
    hdr = ["Ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
           "Original due date", "Revised due date", "Previous status", "Current status", "Progress update (October 2025)"]
    for j, h in enumerate(hdr, 1):
        c = t.cell(4, j, h); c.font = BOLD; c.fill = fill(GRY); c.alignment = WRAP
    data = [
        ("2024/25-03 Payroll and Expenses (report issued June 2025)", [
            ("PE.1", "High", "Management should ensure that all changes to employee standing data are independently reviewed before the payroll run.",
             [("Introduce a monthly independent check of all standing data changes by the Payroll Team Leader, evidenced by sign-off on the exception report.",
               "Head of Finance", dt.date(2025, 9, 30), None, "On track", "Complete", "Monthly checks in place from August 2025 and evidenced; IA verified October 2025."),
              ("Restrict access to amend bank details in iTrent to two named officers.",
               "Head of Finance; ICT Service Manager", dt.date(2025, 10, 31), dt.date(2026, 1, 31), "On track", "Behind schedule", "Role change requested from supplier; revised date agreed by ARC.")]),
            ("PE.2", "Medium", "Expense claims should be approved by the claimant's line manager within the policy timescale.",
             [("Issue a reminder to all budget holders and report late approvals to the Executive Leadership Team quarterly.",
               "HR Business Partner", dt.date(2025, 12, 31), None, "On track", "On track", "Reminder issued 2 September 2025; first quarterly report due December.")]),
        ]),
        ("2024/25-05 Asset Management – Reservoir Safety (report issued August 2025)", [
            ("RS.1", "High", "The reservoir inspection programme should be updated to reflect the requirements of the Reservoirs (Scotland) Act 2011 and reported to the Board.",
             [("Refresh the reservoir inspection schedule and align it with Panel Engineer recommendations.\nReport the updated schedule to the Board.",
               "Head of Infrastructure", dt.date(2025, 12, 31), dt.date(2026, 3, 31), "On track", "On track", "Schedule drafted; Board reporting moved to March 2026 meeting.")]),
            ("RS.2", "Medium", "Measures in the interests of safety should be tracked to completion in a single register.",
             [("Create a single register of measures in the interests of safety, with owner and target date for each.",
               "Reservoir Safety Manager", dt.date(2025, 9, 30), None, "On track", "Overdue", "Register template agreed; population of historic measures outstanding."),
              ("Present the register to the Audit and Risk Committee every six months.",
               "Director of Operations", "Six-monthly", None, "Not started", "On track", "First report to the February 2026 ARC.")]),
        ]),
    ]
    r = 5
    for group, recs in data:
        t.cell(r, 1, group).font = BOLD
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        t.cell(r, 1).fill = fill("DDEBF7"); r += 1
        for ref, pr, rec, acts in recs:
            top = r
            for a in acts:
                text, own, od, rd, prev, cur, upd = a
                t.cell(r, 4, text); t.cell(r, 5, own)
                c = t.cell(r, 6, od)
                if isinstance(od, dt.date): c.number_format = "dd/mm/yyyy"
                if rd: t.cell(r, 7, rd).number_format = "dd/mm/yyyy"
                t.cell(r, 8, prev); t.cell(r, 9, cur).fill = fill(SFILL[cur]); t.cell(r, 10, upd)
                for j in range(1, 11): t.cell(r, j).alignment = WRAP
                r += 1
            t.cell(top, 1, ref); t.cell(top, 2, pr); t.cell(top, 3, rec)
            if r - 1 > top:
                for col in (1, 2, 3):
                    t.merge_cells(start_row=top, start_column=col, end_row=r - 1, end_column=col)
    for col, w in zip("ABCDEFGHIJ", (8, 10, 45, 55, 24, 14, 14, 14, 14, 45)):
        t.column_dimensions[col].width = w
    wb.save(P("ztn-scottish-canals-internal-audit-recommendations-tracker.xlsx"))

# 2 ---------------------------------------------------------------- Onward Homes strategic risk register
def onward():
    wb = Workbook(); s = wb.active; s.title = "Strategic Risk Register"
    s["A1"] = "Onward Homes – Strategic Risk Register 2025/26"; s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Quarter 2 update for Board, 25 September 2025"
    hdr = ["Ref", "Further action required", "Action owner", "Target date", "Residual score (L x I)", "Action RAG"]
    for j, h in enumerate(hdr, 1):
        c = s.cell(4, j, h); c.font = BOLD; c.fill = fill(GRY)
    risks = [
        ("SR01 – Building and fire safety compliance", [
            ("SR01.1", "Complete Type 4 fire risk assessments for all high-rise blocks and load remedial works into the asset plan.", "Director of Asset Management", "Q3 2025/26", "3 x 5 = 15", AMB),
            ("SR01.2", "Roll out the building safety resident engagement strategy to all higher-risk buildings.", "Building Safety Manager", "31/03/2026", "3 x 5 = 15", GRN)]),
        ("SR02 – Consumer standards and tenant satisfaction", [
            ("SR02.1", "Deliver the stock condition survey programme to reach 100% coverage of homes surveyed in the last five years.", "Head of Asset Intelligence", "31/12/2025", "3 x 4 = 12", GRN),
            ("SR02.2", "Implement the damp and mould case management module in the housing management system.", "Director of Customer Services / Head of ICT", "30/06/2025", "3 x 4 = 12", BLU),
            ("SR02.3", "Report Tenant Satisfaction Measures quarterly to the Customer Committee.", "Head of Customer Insight", "Ongoing", "3 x 4 = 12", GRN)]),
        ("SR03 – Cyber security and data protection", [
            ("SR03.1", "Achieve Cyber Essentials Plus re-certification.", "Chief Information Officer", "Jan 2026", "4 x 4 = 16", RED),
            ("SR03.2", "Complete the tabletop cyber incident exercise with the Executive Team and record lessons learned.", "Chief Information Officer; Data Protection Officer", "Nov 2025", "4 x 4 = 16", AMB)]),
    ]
    r = 5
    for head, acts in risks:
        s.cell(r, 1, head).font = BOLD
        s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        s.cell(r, 1).fill = fill("E2EFDA"); r += 1
        for ref, a, own, tgt, sc, col in acts:
            for j, v in enumerate((ref, a, own, tgt, sc), 1):
                s.cell(r, j, v).alignment = WRAP
            s.cell(r, 6).fill = fill(col)
            r += 1
    r += 1
    s.cell(r, 1, "Action RAG key").font = BOLD; r += 1
    for col, txt in ((GRN, "On track"), (AMB, "Some slippage – recoverable"), (RED, "Off track / date will be missed"), (BLU, "Complete")):
        s.cell(r, 1).fill = fill(col); s.cell(r, 2, txt); r += 1
    for col, w in zip("ABCDEF", (10, 70, 34, 14, 20, 12)):
        s.column_dimensions[col].width = w
    wb.save(P("ztn-onward-homes-strategic-risk-register-2025-26.xlsx"))

# 3 ---------------------------------------------------------------- Irwell Valley Homes ARC action log (refuse)
def irwell():
    wb = Workbook(); s = wb.active; s.title = "ARC Action Log"
    s["A1"] = "Irwell Valley Homes – Audit & Risk Committee Action Log"; s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Updated following the meeting of 17 September 2025. Completed actions are removed after being reported once."
    hdr = ["No.", "Meeting", "Minute", "Action", "Owner", "Due", "Status", "Update"]
    for j, h in enumerate(hdr, 1):
        c = s.cell(4, j, h); c.font = BOLD; c.fill = fill(GRY)
    rows = [
        ("ARC/25/01", "12/03/2025", "8.2", "Circulate the revised Treasury Management Strategy to members ahead of Board approval.", "Director of Finance", "Apr-25", "Complete", "Circulated 28 March 2025."),
        ("ARC/25/02", "12/03/2025", "10.1", "Bring the outcome of the gas safety compliance audit to the next meeting.", "Head of Compliance", "Jun-25", "Complete", "Presented June 2025."),
        ("ARC/25/03", "18/06/2025", "6.4", "Review the risk appetite statement for development and sales risk.", "Executive Director of Development", "Sep-25", "Amber", "Draft to Board strategy day."),
        ("ARC/25/04", "18/06/2025", "7.1", "Provide an update on the implementation of overdue internal audit actions on void management.", "Director of Property Services", "Dec-25", "Green", ""),
        ("ARC/25/05", "17/09/2025", "5.3", "Arrange a deep dive on the Tenant Satisfaction Measures data assurance process.", "Head of Performance & Insight", "0ct-25", "Green", "Scheduled for next meeting."),
        ("ARC/25/06", "17/09/2025", "6.2", "Confirm the scope of the 2026/27 internal audit plan with the internal auditors.", "Company Secretary", "Jan-26", "Not started", ""),
        ("ARC/25/07", "17/09/2025", "8.1", "Circulate the external auditor's management letter to all members.", "Director of Finance", "Nov-25", "Green", ""),
    ]
    for i, row in enumerate(rows, start=5):
        for j, v in enumerate(row, 1):
            s.cell(i, j, v).alignment = WRAP
    for col, w in zip("ABCDEFGH", (11, 12, 8, 60, 32, 8, 11, 30)):
        s.column_dimensions[col].width = w
    wb.save(P("ztn-irwell-valley-homes-audit-risk-committee-action-log-typo-month-refuse.xlsx"))

# 4 ---------------------------------------------------------------- Sutton Coldfield Town Council action log
def sutton():
    d = Document()
    d.add_heading("Sutton Coldfield Town Council", level=0)
    d.add_paragraph("Full Council – Action Log")
    d.add_paragraph("This log records actions arising from meetings of Full Council. It is reviewed by the Town Clerk before each meeting and published with the agenda papers. Completed actions are shown once and then archived.")
    meetings = [
        ("Meeting of 15 July 2025", [
            ("FC/25/041", "Publish the 2024/25 Annual Governance and Accountability Return and notice of the period for the exercise of public rights on the Council's website.", "Town Clerk", "31/07/2025", "Complete"),
            ("FC/25/044", "Obtain three quotations for the replacement of the Christmas lighting scheme on the Parade.", "Deputy Town Clerk", "September 2025", "Complete"),
            ("FC/25/047", "Write to Birmingham City Council requesting a meeting on the devolution of Vesey Gardens.", "Cllr Pears and Cllr Barker", "Next meeting", "Amber")]),
        ("Meeting of 16 September 2025", [
            ("FC/25/058", "Refer the review of the Financial Regulations to the Finance & Governance Committee.", "Town Clerk", "November 2025", "Green"),
            ("FC/25/061", "Update the asset register to include the new bus shelters and defibrillator cabinets.", "Responsible Financial Officer", "31/10/2025", "Red"),
            ("FC/25/063", "Commission the internal auditor's interim visit and circulate the report to members.", "Town Clerk", "Jan 2026", "Green")]),
    ]
    for head, rows in meetings:
        d.add_heading(head, level=2)
        tb = d.add_table(rows=1, cols=5); tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ("Minute ref", "Action", "Responsible", "Deadline", "RAG")):
            c.text = h
        for r in rows:
            cells = tb.add_row().cells
            for c, v in zip(cells, r): c.text = v
    d.add_paragraph("RAG: Green – on track; Amber – at risk; Red – overdue; Complete – action closed.")
    d.save(P("ztn-sutton-coldfield-town-council-full-council-action-log.docx"))

# 5 ---------------------------------------------------------------- Shelter Charity Commission action plan
def shelter():
    d = Document()
    d.add_heading("Shelter – Safeguarding Governance Action Plan", level=0)
    d.add_paragraph("Response to the Charity Commission regulatory compliance case: action plan agreed by the Board of Trustees")
    d.add_paragraph("Document control").runs[0].bold = True
    dc = d.add_table(rows=0, cols=2); dc.style = "Table Grid"
    for k, v in (("Version", "1.3"), ("Date", "14 October 2025"), ("Owner", "Company Secretary"),
                 ("Approved by", "Board of Trustees, 9 October 2025"), ("Next review", "January 2026")):
        c = dc.add_row().cells; c[0].text = k; c[1].text = v
    d.add_paragraph("RAG key").runs[0].bold = True
    kt = d.add_table(rows=0, cols=2); kt.style = "Table Grid"
    for k, v in (("Blue", "Action complete and evidenced"), ("Green", "On track"), ("Amber", "Delayed but expected to complete within the plan period"), ("Red", "Off track – escalated to Trustees")):
        c = kt.add_row().cells; c[0].text = k; c[1].text = v
    parts = [
        ("Part A – Governance and oversight", [
            ("Recommendation 1: The trustees should strengthen their oversight of safeguarding, including regular reporting of serious incidents to the Board.", [
                ("1.1", "Establish a Safeguarding Committee of the Board with agreed terms of reference.", "Chair of Trustees", "July 2025", "Blue", "Committee met for the first time on 22 July 2025."),
                ("1.2", "Introduce a quarterly safeguarding dashboard to the Board, including serious incident trends.", "Director of Safeguarding; Director of Insight", "Q3 2025/26", "Green", "First dashboard drafted.")]),
            ("Recommendation 2: The charity should review its serious incident reporting to ensure reports are made to the Commission promptly.", [
                ("2.1", "Revise the serious incident reporting procedure and train all heads of service on it.", "Company Secretary", "Sept 2025 – March 2026", "Amber", "Procedure revised; training dates slipped because of the services restructure.")]),
        ]),
        ("Part B – Policies, training and culture", [
            ("Recommendation 3: The trustees should ensure that safeguarding policies are reviewed annually and that all staff and volunteers complete training appropriate to their role.", [
                ("3.1", "Review and republish the Safeguarding Adults and Children policy.", "Director of Safeguarding", "30/11/2025", "Green", ""),
                ("3.2", "Set a training compliance target of 95% and report compliance by directorate.", "Director of People", "End of March 2026", "Green", "Baseline 81% at September 2025."),
                ("3.3", "Carry out a staff and volunteer safeguarding culture survey and publish the findings internally.", "Director of People / Head of Volunteering", "Ongoing", "Not started", "")]),
        ]),
    ]
    for part, recs in parts:
        d.add_heading(part, level=1)
        for rec, acts in recs:
            d.add_heading(rec, level=2)
            tb = d.add_table(rows=1, cols=6); tb.style = "Table Grid"
            for c, h in zip(tb.rows[0].cells, ("Ref", "Action", "Lead", "Timescale", "RAG", "Progress")):
                c.text = h
            for a in acts:
                cells = tb.add_row().cells
                for c, v in zip(cells, a): c.text = v
    d.add_paragraph("Sign-off: Chair of Trustees and Chief Executive.")
    d.save(P("ztn-shelter-charity-commission-safeguarding-governance-action-plan.docx"))

# 6 ---------------------------------------------------------------- Affinity Water DWI notice tracker (Smartsheet CSV)
AFFINITY_CSV = '''Row ID,Task Name,Action ID,Assigned To,Start Date,End Date,% Complete,RAG,Comments
1,DWI Enforcement Notice AFW-2025-0112 – Action Tracker,,,,,,,
2,Workstream 1 – Treatment works resilience,,,,,,,
3,Install duty/standby turbidity monitors on the final water at Iver WTW,1.1,"Hughes, Jonathan",01/04/25,30/09/25,100%,Blue,Commissioned 22/09/25
4,Complete the condition survey of the rapid gravity filters at Iver WTW,1.2,"Hughes, Jonathan",01/05/25,31/12/25,60%,Green,
5,Update the treatment works alarm response procedure and retrain control room staff,1.3,Control Room Manager,01/06/25,31/10/25,40%,Amber,"Training slipped; recovery plan shared with DWI"
6,Workstream 2 – Distribution and customer contacts,,,,,,,
7,Flush and sample the Chalfont St Giles district meter areas affected by the event,2.1,Network Operations Manager,15/04/25,31/07/25,100%,Blue,
8,Review discoloured water contact handling and update customer scripts,2.2,"Patel, Meera; Customer Experience Lead",01/07/25,30/11/25,50%,Green,
9,Workstream 3 – Assurance and reporting,,,,,,,
10,Submit monthly progress reports on the Notice to the Drinking Water Inspectorate,3.1,Head of Water Quality,01/04/25,Monthly,,Green,Reports submitted on time to date
11,Commission an independent audit of the completed Notice programme,3.2,Director of Water Quality & Compliance,01/01/26,31/03/26,0%,,
'''
def affinity():
    with open(P("ztn-affinity-water-dwi-enforcement-notice-action-tracker.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(AFFINITY_CSV)

# 7 ---------------------------------------------------------------- SCTS highlight report (text export)
SCTS_TXT = """Digital Innovation Programme – Highlight Report
Scottish Courts and Tribunals Service
Report no. 14\tReporting period: 1 October 2025 to 31 October 2025
Senior Responsible Owner: Executive Director, Digital
Overall programme RAG: Amber (previous period: Amber)

1. Summary
The programme remains Amber. Evidence sharing go-live for the sheriff courts in the North Strathclyde
sheriffdom was achieved; the tribunals case management release has slipped by one month.

2. Key actions and milestones
Ref\tAction\tOwner\tDue\tPrevious RAG\tCurrent RAG
Workstream A – Digital Evidence Sharing
A1\tComplete go-live of digital evidence sharing in the remaining North Strathclyde sheriff courts\tProgramme Manager\tNov-25\tG\tB
A2\tAgree the data retention schedule for digital evidence with Police Scotland and COPFS\tHead of Information Governance\tDec-25\tA\tA
A3\tDeliver training to sheriff clerks in Glasgow and Strathkelvin ahead of roll-out\tHead of Workforce Development\tFeb-26\tG\tG
Workstream B – Tribunals Case Management
B1\tRelease 3 of the tribunals case management system to the Housing and Property Chamber\tProduct Owner (Tribunals)\tJan-26\tA\tR
B2\tComplete the data migration rehearsal for the Tax Chamber\tTechnical Lead\tDec-25\tG\tA
Workstream C – Benefits and Assurance
C1\tPublish the updated benefits realisation plan to the Programme Board\tBusiness Change Manager\tQ4 2025/26\tG\tG
C2\tCommission the Gateway 3 assurance review\tProgramme Director\tTBC\tA\tA

3. Risks and issues
Top risk: availability of specialist data migration resource (score 16, owner Programme Director).
Issue: supplier release 3 defects open at period end - 11 (priority 2).

4. Decisions required from the Programme Board
None this period.
"""
def scts():
    with open(P("ztn-scottish-courts-and-tribunals-service-digital-programme-highlight-report.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(SCTS_TXT)

if __name__ == "__main__":
    for fn in (scottish_canals, onward, irwell, sutton, shelter, affinity, scts):
        fn()
    print("built 7 files in", OUT)
