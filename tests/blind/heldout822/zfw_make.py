#!/usr/bin/env python3
"""Build the seven zfw- blind test files (set heldout822).

Run with:  /work/main/.venv/bin/python zfw_make.py
Writes the data files next to this script.  Each data set also carries,
per action, the reading a person makes of it (lead list, end month,
status); the builders ignore those fields.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

FILL = {
    "blue": "5B9BD5",
    "green": "70AD47",
    "amber": "FFC000",
    "red": "FF0000",
    "navy": "1F3864",
    "grey": "D9D9D9",
    "pale": "DEEAF6",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(name):
    return PatternFill("solid", start_color=FILL[name], end_color=FILL[name])


def boxed(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        if cell.alignment is None or not cell.alignment.wrap_text:
            cell.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. HMP North Sea Camp - HMIP inspection action plan (xlsx)
# ---------------------------------------------------------------------------
NSC_FILE = "zfw-hmp-north-sea-camp-hmip-inspection-action-plan.xlsx"
NSC_TITLE = "Action Plan: HMP North Sea Camp"

# (sheet heading, concern text, agreed, [actions])
# action: (no, text, owner, target cell value, rag, progress,
#          expected lead, expected end, expected end_text)
NSC = [
    ("Priority concerns",
     "1. Too many prisoners waited too long for release on temporary licence (ROTL) to be approved, "
     "and delays in risk assessment meant some lost employment opportunities in the community.",
     "Agreed",
     [("1.1", "Introduce a weekly ROTL tracker, reviewed at the Reducing Reoffending meeting, so that every "
              "application outstanding for more than 28 days is escalated.",
       "Head of Reducing Reoffending", D(2025, 1, 31), "blue",
       "Tracker in place from 6 January 2025; 11 cases escalated in Q4.",
       ["Head of Reducing Reoffending"], "2025-01", None),
      ("1.2", "Recruit two additional Band 4 prison offender managers so that ROTL risk assessments are "
              "completed within the national timescale.",
       "Head of Offender Management Delivery", D(2025, 3, 31), "amber",
       "One POM appointed in February; second candidate awaiting vetting clearance.",
       ["Head of Offender Management Delivery"], "2025-03", None),
      ("1.3", "Agree a protocol with Lincolnshire and Norfolk probation delivery units for community offender "
              "managers to return ROTL information within 10 working days.",
       "Head of Offender Management Delivery / Head of Lincolnshire PDU", D(2025, 4, 30), "green",
       "Draft protocol shared with both PDU heads; sign-off planned for April.",
       ["Head of Offender Management Delivery", "Head of Lincolnshire PDU"], "2025-04", None)]),
    ("Priority concerns",
     "2. Leaders had not made sure that enough prisoners were engaged in purposeful activity that matched "
     "their sentence plans, and too many were underemployed.",
     "Agreed",
     [("2.1", "Complete a labour allocation review so that every prisoner is allocated to work, education or "
              "training within five working days of arrival.",
       "Head of Education, Skills and Work", D(2025, 6, 30), "green",
       "Allocation data now reviewed weekly; average wait reduced from 12 to 7 days.",
       ["Head of Education, Skills and Work"], "2025-06", None),
      ("2.2", "Increase paid work placements in the community through the Employment Advisory Board, with a "
              "target of 60 prisoners working out each week.",
       "Employment Hub Manager; Deputy Governor", D(2025, 9, 30), "amber",
       "44 prisoners working out in March; two new employers onboarded.",
       ["Employment Hub Manager", "Deputy Governor"], "2025-09", None)]),
    ("Priority concerns",
     "3. Prisoners waited too long for mental health assessment and psychological therapies, with some "
     "waiting more than 12 weeks.",
     "Partly Agreed",
     [("3.1", "Recruit a full-time mental health nurse and introduce a weekly mental health drop-in clinic on "
              "the residential units.",
       "Head of Healthcare (Practice Plus Group)", D(2024, 12, 31), "blue",
       "Nurse in post since 2 December 2024; clinic runs every Wednesday.",
       ["Head of Healthcare (Practice Plus Group)"], "2024-12", None),
      ("3.2", "Report waiting times for psychological therapies to the Local Delivery Board each month against "
              "an agreed recovery trajectory.",
       "Head of Healthcare (Practice Plus Group) & NHSE Health and Justice Commissioner", "Monthly", "green",
       "Longest wait 9 weeks at March board.",
       ["Head of Healthcare (Practice Plus Group)", "NHSE Health and Justice Commissioner"], None, "Monthly")]),
    ("Key concerns",
     "4. Some prisoners did not feel safe reporting victimisation linked to debt and the trading of illicit "
     "items on the residential units.",
     "Agreed",
     [("4.1", "Refresh the safety strategy and introduce a confidential reporting route for debt and "
              "victimisation, promoted through peer safety representatives.",
       "Head of Safety", D(2025, 1, 31), "red",
       "Strategy drafted; reporting route delayed by IT change request. New date to be agreed at April SIM.",
       ["Head of Safety"], "2025-01", None)]),
    ("Key concerns",
     "5. Living conditions in the older billets were poor, with unreliable heating and too many showers out "
     "of use.",
     "Partly Agreed",
     [("5.1", "Submit a capital bid for the refurbishment of billets 2 and 3, including replacement heating and "
              "shower units.",
       "Head of Residence / FM Contract Manager (Amey)", "Q1 2025/26", "amber",
       "Bid submitted to Prison Group Director; funding decision awaited.",
       ["Head of Residence", "FM Contract Manager (Amey)"], "2025-06", "Q1 2025/26"),
      ("5.2", "Carry out weekly residential checks recording heating and shower defects, with every defect "
              "reported to the FM helpdesk within 24 hours.",
       "Residential Custodial Managers", D(2025, 1, 31), "blue",
       "Checks embedded; completion audited monthly by the Head of Residence.",
       ["Residential Custodial Managers"], "2025-01", None)]),
]


def build_nsc(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 95
    ws["A1"] = NSC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "A Response to the HMIP Inspection 8–18 July 2024"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Report Published: 5 November 2024"
    ws["A4"] = "Action Plan Submitted: 3 December 2024"
    ws["A5"] = "Progress position as at: 31 March 2025"
    ws["A7"] = "Introduction"
    ws["A7"].font = Font(bold=True)
    ws.merge_cells("A8:B8")
    ws["A8"] = ("HM Inspectorate of Prisons (HMIP) reports on the conditions for and treatment of prisoners. "
                "In response to the report HMPPS is required to draft a robust and timely action plan to address "
                "the concerns. The action plan confirms whether concerns are agreed, partly agreed or not agreed. "
                "This tracker is the establishment's working copy and is reviewed monthly at the Senior "
                "Leadership Team meeting.")
    ws["A8"].alignment = WRAP
    ws.row_dimensions[8].height = 60
    ws["A10"] = "Categorisation"
    ws["A10"].font = Font(bold=True)
    cats = [("Agreed", "All of the concern is accepted and actions will be taken to address it."),
            ("Partly Agreed", "Only part of the concern is accepted, or part of the response sits with a "
                              "partner (for example the healthcare provider)."),
            ("Not Agreed", "The concern is not accepted; the reasons are set out in the response.")]
    for i, (a, b) in enumerate(cats, start=11):
        ws.cell(row=i, column=1, value=a)
        ws.cell(row=i, column=2, value=b)
        boxed(ws, i, 2)
    ws["A15"] = "RAG key"
    ws["A15"].font = Font(bold=True)
    key = [("blue", "Complete"), ("green", "On track"),
           ("amber", "At risk – target date may be missed"), ("red", "Off track – target date missed")]
    for i, (colour, label) in enumerate(key, start=16):
        ws.cell(row=i, column=1).fill = fill(colour)
        ws.cell(row=i, column=2, value=label)
        boxed(ws, i, 2)
    ws["A21"] = "Summary of progress"
    ws["A21"].font = Font(bold=True)
    counts = {"blue": 0, "green": 0, "amber": 0, "red": 0}
    for _, _, _, acts in NSC:
        for a in acts:
            counts[a[4]] += 1
    summ = [("Complete", counts["blue"]), ("On track", counts["green"]), ("At risk", counts["amber"]),
            ("Off track", counts["red"]), ("Total actions", sum(counts.values()))]
    for i, (a, n) in enumerate(summ, start=22):
        ws.cell(row=i, column=1, value=a)
        ws.cell(row=i, column=2, value=n).alignment = Alignment(horizontal="left")
        boxed(ws, i, 2)

    headers = ["Concern", "Agreed / Partly Agreed / Not Agreed", "Action No.", "Action", "Responsible owner",
               "Target date", "RAG", "Progress update (31 March 2025)"]
    widths = [48, 16, 9, 55, 30, 13, 7, 45]
    for sheet in ("Priority concerns", "Key concerns"):
        sh = wb.create_sheet(sheet)
        for i, w in enumerate(widths, start=1):
            sh.column_dimensions[get_column_letter(i)].width = w
        sh.merge_cells("A1:H1")
        sh["A1"] = "HMP North Sea Camp – HMIP Inspection July 2024"
        sh["A1"].font = Font(bold=True, size=12)
        sh.merge_cells("A2:H2")
        sh["A2"] = sheet
        sh["A2"].font = Font(bold=True, color="FFFFFF")
        sh["A2"].fill = fill("navy")
        for c, h in enumerate(headers, start=1):
            cell = sh.cell(row=3, column=c, value=h)
            cell.font = Font(bold=True)
            cell.fill = fill("grey")
        boxed(sh, 3, 8)
        r = 4
        for heading, concern, agreed, acts in NSC:
            if heading != sheet:
                continue
            first = r
            for no, text, owner, target, rag, prog, *_ in acts:
                sh.cell(row=r, column=3, value=no)
                sh.cell(row=r, column=4, value=text)
                sh.cell(row=r, column=5, value=owner)
                tc = sh.cell(row=r, column=6, value=target)
                if isinstance(target, dt.datetime):
                    tc.number_format = "dd/mm/yyyy"
                sh.cell(row=r, column=7).fill = fill(rag)
                sh.cell(row=r, column=8, value=prog)
                boxed(sh, r, 8)
                r += 1
            sh.cell(row=first, column=1, value=concern)
            sh.cell(row=first, column=2, value=agreed)
            if r - 1 > first:
                sh.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                sh.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        if sheet == "Priority concerns":
            r += 1
            sh.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            sh.cell(row=r, column=1, value=(
                "Note: healthcare actions (concern 3) are owned by Practice Plus Group and NHS England Health "
                "and Justice commissioners and are monitored through the Local Delivery Board."))
            sh.cell(row=r, column=1).font = Font(italic=True)
        sh.freeze_panes = "A4"
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Brooklands College - Ofsted post-inspection action plan (xlsx)
# ---------------------------------------------------------------------------
BRK_FILE = "zfw-brooklands-college-ofsted-post-inspection-action-plan.xlsx"
BRK_TITLE = "Brooklands College – Post-Inspection Action Plan (PIAP)"
BRK_RAGFILL = {"B": "blue", "G": "green", "A": "amber", "R": "red"}

# ("band", text) | ("afi", text) | ("act", ref, text, lead, start, orig, revised, prev, cur, impact, comment,
#                                    exp_lead, exp_end, exp_end_text, exp_status)
BRK = [
    ("band", "QUALITY OF EDUCATION"),
    ("afi", "AFI 1 – Leaders should ensure that teachers in engineering and construction plan and sequence the "
            "curriculum so that learners practise and consolidate key practical skills before they are assessed."),
    ("act", "1.1", "Re-sequence schemes of learning in engineering and construction so that practical skills are "
                   "revisited and practised before each assessment window.",
     "Head of Faculty – Engineering and Construction", D(2024, 3, 1), D(2024, 7, 31), D(2024, 10, 31), "A", "B",
     "All level 2 and 3 schemes re-sequenced; first-time pass rate in practical assessments up from 71% to 84%.",
     "Completed October 2024 after delay in awarding body specification changes.",
     ["Head of Faculty – Engineering and Construction"], "2024-10", None, "blue"),
    ("act", "1.2", "Introduce termly curriculum deep dives in engineering and construction, led by the quality "
                   "team, with findings reported to the Quality and Standards Committee.",
     "Director of Quality; Head of Faculty – Engineering and Construction", D(2024, 4, 1), D(2025, 7, 31), None,
     "G", "G",
     "Deep dive findings show improving sequencing; actions tracked in faculty QIPs.",
     "Two of three deep dives complete; summer deep dive scheduled for June 2025.",
     ["Director of Quality", "Head of Faculty – Engineering and Construction"], "2025-07", None, "green"),
    ("afi", "AFI 2 – Leaders should make sure that learners with high needs receive the support identified in "
            "their education, health and care plans in all lessons."),
    ("act", "2.1", "Timetable learning support assistants against EHCP outcomes for every high-needs learner, with "
                   "a weekly check by the ALS coordinators.",
     "Head of Inclusion", D(2024, 3, 1), D(2024, 4, 30), None, "B", "B",
     "100% of high-needs learners have LSA support mapped to EHCP outcomes.",
     "Complete; weekly checks continue as business as usual.",
     ["Head of Inclusion"], "2024-04", None, "blue"),
    ("act", "2.2", "Deliver CPD for all teaching staff on adapting teaching for learners with EHCPs, followed by "
                   "targeted learning walks.",
     "Head of Inclusion / Head of Teaching, Learning and Assessment", D(2024, 5, 1), D(2024, 6, 30),
     D(2025, 1, 31), "A", "B",
     "Learning walks show adaptive practice in 88% of sessions observed.",
     "CPD delivered June 2024; learning walks completed January 2025.",
     ["Head of Inclusion", "Head of Teaching, Learning and Assessment"], "2025-01", None, "blue"),
    ("band", "BEHAVIOUR AND ATTITUDES"),
    ("afi", "AFI 3 – Leaders should improve learners’ attendance at English and mathematics lessons, which "
            "remains too low."),
    ("act", "3.1", "Introduce same-day follow-up calls by Student Progress Coaches for every absence from English "
                   "and maths lessons.",
     "SL, RP", D(2024, 3, 1), D(2024, 4, 30), D(2024, 9, 30), "R", "A",
     "English and maths attendance 83% (target 90%).",
     "Calls now made for 95% of absences; attendance improving but below target.",
     ["SL", "RP"], "2024-09", None, "amber"),
    ("act", "3.2", "Set attendance targets of 90% for English and maths in every faculty and review them at "
                   "monthly performance meetings.",
     "Vice Principal Curriculum and Quality", D(2024, 9, 1), "Ongoing", None, "G", "G",
     "Faculty attendance dashboards in use at every monthly review.",
     "Embedded in performance review cycle.",
     ["Vice Principal Curriculum and Quality"], None, "Ongoing", "green"),
    ("band", "LEADERSHIP AND MANAGEMENT"),
    ("afi", "AFI 4 – Governors should receive more precise information about the quality of education in "
            "subject areas so that they can challenge leaders effectively."),
    ("act", "4.1", "Redesign the Quality and Standards Committee report to include subject-level data on "
                   "attendance, progress and achievement.",
     "Clerk to the Corporation; Director of Quality", D(2024, 4, 1), D(2024, 6, 30), None, "B", "B",
     "New report format used at every committee since June 2024.",
     "Complete.",
     ["Clerk to the Corporation", "Director of Quality"], "2024-06", None, "blue"),
    ("act", "4.2", "Arrange link-governor visits to each faculty at least once a term, with a written note of each "
                   "visit.",
     "Chair of Quality and Standards Committee", D(2024, 9, 1), "Summer term 2025", None, "G", "G",
     "Visit notes received for 5 of 6 faculties this year.",
     "Remaining faculty visit booked for May 2025.",
     ["Chair of Quality and Standards Committee"], "2025-07", "Summer term 2025", "green"),
    ("band", "PERSONAL DEVELOPMENT"),
    ("afi", "AFI 5 – Leaders should ensure that adult learners on access and ESOL courses receive impartial "
            "careers advice and guidance that helps them plan their next steps."),
    ("act", "5.1", "Commission a Matrix-accredited careers adviser to deliver individual guidance interviews for "
                   "all adult learners on access and ESOL courses.",
     "Head of Adult and Community Learning", D(2024, 9, 1), D(2024, 12, 31), D(2025, 3, 31), "A", "R",
     "Guidance interviews completed for 41% of adult learners.",
     "Adviser contract delayed; interim cover from the careers team. Escalated to SLT 11 March 2025.",
     ["Head of Adult and Community Learning"], "2025-03", None, "red"),
]


def build_brk(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    headers = ["Ref", "Action", "Lead(s)", "Start", "Original deadline", "Revised deadline",
               "Previous RAG (Dec 24)", "Current RAG (Mar 25)", "Impact measure", "Progress commentary"]
    widths = [6, 55, 30, 9, 11, 11, 10, 10, 40, 45]
    n = len(headers)
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
    ws["A1"] = BRK_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=n)
    ws["A2"] = "Ofsted full inspection 6–9 February 2024 · Overall effectiveness: Requires improvement"
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=n)
    ws["A3"] = "Version 5 · Last updated 14 March 2025 · Owner: Vice Principal Curriculum and Quality"
    ws["A3"].font = Font(italic=True)
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("navy")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    boxed(ws, 5, n)
    r = 6
    for item in BRK:
        if item[0] == "band":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True, color="FFFFFF")
            ws.cell(row=r, column=1).fill = PatternFill("solid", start_color="2E75B6", end_color="2E75B6")
        elif item[0] == "afi":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill("pale")
            ws.cell(row=r, column=1).alignment = WRAP
            ws.row_dimensions[r].height = 30
        else:
            (_, ref, text, lead, start, orig, rev, prev, cur, impact, comment, *_rest) = item
            vals = [ref, text, lead, start, orig, rev, prev, cur, impact, comment]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            for c, v in ((7, prev), (8, cur)):
                ws.cell(row=r, column=c).fill = fill(BRK_RAGFILL[v])
                ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")
            boxed(ws, r, n)
        r += 1
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
    ws.cell(row=r, column=1, value=(
        "Notes: Revised deadlines were agreed by the Quality and Standards Committee on 5 December 2024. "
        "RAG ratings are reviewed monthly at SLT."))
    ws.cell(row=r, column=1).font = Font(italic=True)
    ws.freeze_panes = "C6"

    ks = wb.create_sheet("RAG summary")
    ks.column_dimensions["A"].width = 16
    ks.column_dimensions["B"].width = 44
    ks.column_dimensions["C"].width = 12
    ks["A1"] = "RAG key and summary (Current RAG, March 2025)"
    ks["A1"].font = Font(bold=True, size=12)
    for c, h in enumerate(["RAG", "Meaning", "Actions"], start=1):
        ks.cell(row=3, column=c, value=h).font = Font(bold=True)
    boxed(ks, 3, 3)
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for item in BRK:
        if item[0] == "act":
            counts[item[8]] += 1
    meaning = [("B", "Complete – impact evidenced"), ("G", "On track"),
               ("A", "Some slippage – recovery action in place"), ("R", "Off track / deadline missed")]
    for i, (k, m) in enumerate(meaning, start=4):
        ks.cell(row=i, column=1, value=k).fill = fill(BRK_RAGFILL[k])
        ks.cell(row=i, column=2, value=m)
        ks.cell(row=i, column=3, value=counts[k])
        boxed(ks, i, 3)
    ks.cell(row=8, column=2, value="Total").font = Font(bold=True)
    ks.cell(row=8, column=3, value=sum(counts.values())).font = Font(bold=True)
    boxed(ks, 8, 3)
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. East Sussex FRS - HMICFRS values and culture action plan (xlsx, refuse)
# ---------------------------------------------------------------------------
ESF_FILE = "zfw-east-sussex-fire-rescue-service-hmicfrs-values-culture-action-plan-typo-month-refuse.xlsx"
ESF_TITLE = "East Sussex Fire and Rescue Service – HMICFRS Values and Culture Action Plan"
ESF_REFUSE_ROW = 11
# ("band", text) | (rec, recommendation, action, owner, original, revised, status, update)
ESF = [
    ("band", "Raising concerns"),
    ("Rec 1", "By 1 October 2023, chief fire officers should make sure their services provide a confidential way "
              "for staff to raise concerns and that staff are aware of whistleblowing processes.",
     "Procure an independent confidential reporting line and publicise it through station visits, the intranet "
     "and the Safe to Speak campaign.",
     "Assistant Director People Services", D(2023, 10, 31), None, "Complete",
     "Independent line live from September 2023; 14 reports received to date."),
    ("Rec 3", "By 1 June 2023, chief fire officers should review the support available for those who have raised "
              "concerns and take any action needed to make sure these provisions are suitable.",
     "Review support for staff who raise concerns with the wellbeing team and representative bodies, and publish "
     "the revised support offer.",
     "Assistant Director People Services / Wellbeing Manager", D(2023, 6, 30), D(2023, 11, 30), "Complete",
     "Support offer published November 2023."),
    ("Rec 4", "By 1 June 2023, chief fire officers should assure themselves that updates on how concerns are being "
              "handled are shared with those who have raised them.",
     "Introduce a case-management standard requiring updates to those who raise concerns at least every 28 days.",
     "Professional Standards Manager", D(2023, 9, 30), D(2024, 3, 31), "Complete",
     "Standard in place; compliance checked at quarterly Professional Standards Board."),
    ("band", "Background checks"),
    ("Rec 9", "By 1 March 2024, chief fire officers should make sure that appropriate background checks are carried "
              "out on all staff, and that these are repeated at suitable intervals.",
     "Complete standard DBS checks for all operational staff and enhanced checks for roles with access to children "
     "and adults at risk.",
     "Head of HR Operations", D(2024, 3, 31), "0ct-2024", "In progress",
     "91% of staff checked; remaining checks scheduled with on-call stations."),
    ("band", "Leadership"),
    ("Rec 14", "By 1 January 2024, chief fire officers should seek feedback from staff on the behaviours and "
               "performance of senior leaders, including through 360-degree feedback.",
     "Roll out 360-degree feedback for all Principal Officers and Group Managers, with results built into "
     "development plans.",
     "Deputy Chief Fire Officer", D(2024, 1, 31), D(2024, 6, 30), "Complete",
     "First cycle complete; second cycle due spring 2025."),
    ("Rec 16", "By 1 June 2024, chief fire officers should make sure that supervisory and middle managers receive "
               "training on managing and developing their staff.",
     "Launch the Leading ESFRS supervisory management programme for all Crew and Watch Managers.",
     "Head of Training and Assurance", D(2024, 6, 30), D(2025, 3, 31), "On track",
     "Cohorts 1–3 complete; cohorts 4 and 5 booked."),
    ("band", "Diversity data"),
    ("Rec 21", "By 1 October 2023, chief fire officers should make sure their services collect and analyse "
               "equality data so that they understand the diversity of their workforce.",
     "Run a data-refresh campaign so that staff update their equality data on the HR system, and report the "
     "results to the Equality, Diversity and Inclusion Board.",
     "EDI Manager", D(2023, 12, 31), None, "Complete",
     "Declaration rate increased from 62% to 88%."),
]


def build_esf(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    headers = ["Rec", "HMICFRS recommendation", "ESFRS action", "Action owner", "Original completion date",
               "Revised completion date", "Status", "Progress update"]
    widths = [8, 55, 50, 28, 13, 13, 12, 40]
    n = len(headers)
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
    ws["A1"] = ESF_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="C00000")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=n)
    ws["A2"] = ("Response to ‘Values and culture in fire and rescue services’ (HMICFRS, 30 March 2023) – "
                "recommendations for chief fire officers")
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=n)
    ws["A3"] = "Position at: 31 August 2024 · Reported to: Scrutiny and Audit Panel"
    ws["A3"].font = Font(italic=True)
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("grey")
    boxed(ws, 5, n)
    r = 6
    status_fill = {"Complete": "blue", "On track": "green", "In progress": "amber"}
    for item in ESF:
        if item[0] == "band":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill("pale")
        else:
            for c, v in enumerate(item, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yyyy"
            ws.cell(row=r, column=7).fill = fill(status_fill[item[6]])
            boxed(ws, r, n)
        r += 1
    assert ws.cell(row=ESF_REFUSE_ROW, column=6).value == "0ct-2024"
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. North West ROCU (TITAN) - HMICFRS SOC inspection AFI action plan (docx)
# ---------------------------------------------------------------------------
ROC_FILE = "zfw-north-west-rocu-hmicfrs-serious-organised-crime-afi-action-plan.docx"
ROC_TITLE = "North West Regional Organised Crime Unit (TITAN): Areas for Improvement Action Plan"
# (section heading, afi text, [(ref, action, owner, target, rag, progress, exp_lead, exp_end, exp_end_text,
#                               exp_status)])
ROC = [
    ("Regional areas for improvement",
     "AFI 1: The region should make sure that its strategic governance arrangements hold forces and the ROCU to "
     "account for their contribution to tackling the regional serious and organised crime threat.",
     [("1.1", "Revise the terms of reference of the Regional Strategic Governance Group (RSGG) to include a "
              "standing performance item on each force’s contribution to regional SOC priorities.",
       "Regional SOC Lead (ACC Crime, Merseyside Police)", "March 2025", "Blue",
       "Revised terms of reference approved at RSGG on 4 March 2025.",
       ["Regional SOC Lead (ACC Crime, Merseyside Police)"], "2025-03", None, "blue"),
      ("1.2", "Develop a regional SOC performance framework with agreed measures for disruptions, asset recovery "
              "and the quality of organised crime group mapping.",
       "Head of TITAN / Regional Performance and Governance Manager", "Q1 2025/26", "Green",
       "Draft measures agreed with force SOC leads; data feeds being tested.",
       ["Head of TITAN", "Regional Performance and Governance Manager"], "2025-06", "Q1 2025/26", "green")]),
    ("Regional areas for improvement",
     "AFI 2: The region should make sure that lead responsible officers for organised crime groups are trained "
     "and that 4P plans are reviewed regularly.",
     [("2.1", "Deliver the national lead responsible officer (LRO) training package to all force and ROCU LROs who "
              "have not yet completed it.",
       "Det Supt J. Mercer; Det Supt A. Khan", "30/06/2025", "Amber",
       "38 of 61 LROs trained; two further courses booked for May and June.",
       ["Det Supt J. Mercer", "Det Supt A. Khan"], "2025-06", None, "amber"),
      ("2.2", "Introduce a quarterly dip sample of 4P plans across the six forces, with findings reported to the "
              "Regional Tasking and Coordination Group.",
       "Regional SOC Coordinator", "Quarterly", "Green",
       "First dip sample (Q3) completed; 24 plans reviewed.",
       ["Regional SOC Coordinator"], None, "Quarterly", "green")]),
    ("ROCU areas for improvement",
     "AFI 3: The ROCU should improve how it records and evaluates its disruptions so that it understands the "
     "impact of its work.",
     [("3.1", "Adopt the national disruptions recording standard on the ROCU case management system and train all "
              "intelligence officers in its use.",
       "TITAN Head of Intelligence", "September 2024 – January 2025", "Blue",
       "Standard live on the case management system from 13 January 2025; 46 staff trained.",
       ["TITAN Head of Intelligence"], "2025-01", "September 2024 – January 2025", "blue"),
      ("3.2", "Quality assure a monthly sample of recorded disruptions and share the results with force SOC "
              "leads.",
       "Performance Manager", "Monthly", "Green",
       "January and February samples completed; 92% compliant.",
       ["Performance Manager"], None, "Monthly", "green")]),
    ("ROCU areas for improvement",
     "AFI 4: The ROCU should make sure that it has enough trained financial investigators to support the "
     "regional response to serious and organised crime.",
     [("4.1", "Complete a workforce review of the Regional Asset Recovery Team and submit a growth bid to the "
              "Regional Collaboration Board.",
       "Head of TITAN", "31 May 2025", "Red",
       "Workforce review complete; growth bid deferred to the 2026/27 budget round by the Collaboration Board.",
       ["Head of TITAN"], "2025-05", None, "red"),
      ("4.2", "Establish a regional trainee financial investigator pathway with an accredited training provider.",
       "Det Insp R. Quigley (RART)", "Dec 2025", "",
       "Not yet started – dependent on the outcome of the growth bid (4.1).",
       ["Det Insp R. Quigley (RART)"], "2025-12", None, "unrated")]),
]


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)


def build_roc(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("OFFICIAL").bold = True
    doc.add_paragraph(ROC_TITLE, style="Title")
    doc.add_paragraph("HMICFRS: An inspection of the north-west regional response to serious and organised crime")
    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for a, b in [("Version", "1.3"), ("Date", "17 March 2025"), ("Owner", "Head of TITAN"),
                 ("Author", "Regional Performance and Governance Manager"),
                 ("Governance", "North West Regional Strategic Governance Group (RSGG)"),
                 ("Protective marking", "OFFICIAL")]:
        row = dc.add_row().cells
        set_cell(row[0], a, bold=True)
        set_cell(row[1], b)
    doc.add_heading("RAG status key", level=2)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for colour, hexc, meaning in [("Blue", "5B9BD5", "Complete – action delivered and evidence held"),
                                  ("Green", "70AD47", "On track to deliver by the target date"),
                                  ("Amber", "FFC000", "Risk to delivery – mitigation in place"),
                                  ("Red", "FF0000", "Off track – escalated to RSGG")]:
        row = key.add_row().cells
        set_cell(row[0], colour, bold=True)
        shade(row[0], hexc)
        set_cell(row[1], meaning)
    doc.add_paragraph(
        "The inspection report identified areas for improvement (AFIs) for the region as a whole and for the ROCU. "
        "AFIs for individual forces are tracked in each force’s own HMICFRS register and are not repeated here.")
    rag_hex = {"Blue": "5B9BD5", "Green": "70AD47", "Amber": "FFC000", "Red": "FF0000"}
    current = None
    for section, afi, acts in ROC:
        if section != current:
            doc.add_heading(section, level=1)
            current = section
        t = doc.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, 5))
        set_cell(top, afi, bold=True)
        shade(top, "DEEAF6")
        for i, h in enumerate(["Ref", "Action", "Owner", "Target", "RAG", "Progress update"]):
            set_cell(t.cell(1, i), h, bold=True)
            shade(t.cell(1, i), "D9D9D9")
        for ref, action, owner, target, rag, prog, *_ in acts:
            cells = t.add_row().cells
            for i, v in enumerate([ref, action, owner, target, rag, prog]):
                set_cell(cells[i], v)
            if rag:
                shade(cells[4], rag_hex[rag])
        doc.add_paragraph()
    doc.add_paragraph("Next review: RSGG, May 2025.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Bishop's Stortford College - ISI inspection action plan (docx)
# ---------------------------------------------------------------------------
BSC_FILE = "zfw-bishops-stortford-college-isi-inspection-action-plan.docx"
BSC_TITLE = "Bishop’s Stortford College – ISI Inspection Action Plan"
# (section, next step, [(no, action, lead, timescale, success, progress, exp_lead, exp_end, exp_end_text,
#                        exp_status)])
BSC = [
    ("Leadership and management, and governance",
     "Next step 1: Ensure that leaders analyse behaviour and attendance information systematically so that "
     "patterns are identified and acted upon promptly.",
     [("1a", "Introduce a half-termly behaviour and attendance analysis for each year group, reviewed at the "
             "Pastoral Leadership Team meeting.",
       "Deputy Head (Pastoral)", "February 2025", "Analysis presented at every PLT; actions minuted.", "Complete",
       ["Deputy Head (Pastoral)"], "2025-02", None, "blue"),
      ("1b", "Move behaviour, attendance and pastoral records onto a single platform so that patterns across "
             "boarding and day houses can be seen together.",
       "Deputy Head (Pastoral) / Director of IT", "Michaelmas term 2025",
       "All house staff recording on the new platform; termly pattern report to governors.", "On track",
       ["Deputy Head (Pastoral)", "Director of IT"], "2025-12", "Michaelmas term 2025", "green")]),
    ("Quality of education, training and recreation",
     "Next step 2: Ensure that teaching in the Prep School consistently adapts tasks so that the most able pupils "
     "are sufficiently challenged.",
     [("2a", "Revise Prep School schemes of work in English, mathematics and science to include planned extension "
             "tasks for each unit.",
       "Head of Prep School", "End of Summer term 2025",
       "Extension tasks evident in work scrutiny for all three subjects.", "On track",
       ["Head of Prep School"], "2025-07", "End of Summer term 2025", "green"),
      ("2b", "Run termly lesson drop-ins and work scrutiny focused on challenge for the most able, with feedback "
             "to each teacher.",
       "Head of Prep School; Head of Teaching and Learning (Prep)", "Ongoing – reviewed termly",
       "Drop-in records show challenge in most lessons seen.", "On track",
       ["Head of Prep School", "Head of Teaching and Learning (Prep)"], None, "Ongoing – reviewed termly",
       "green")]),
    ("Pupils’ physical and mental health and emotional wellbeing",
     "Next step 3: Ensure that boarders’ views on the quality and variety of food are gathered regularly and "
     "acted upon.",
     [("3a", "Set up a termly boarders’ food committee with the catering contractor and publish the changes made "
             "in response.",
       "Director of Boarding / Catering Manager", "May 2025",
       "Food committee minutes published; boarder survey satisfaction with food above 75%.", "Complete",
       ["Director of Boarding", "Catering Manager"], "2025-05", None, "blue")]),
    ("Safeguarding",
     "Next step 4: Ensure that low-level concerns are recorded consistently in the Senior School and the Prep "
     "School.",
     [("4a", "Adopt a single low-level concerns log and recording template for the whole College.",
       "Designated Safeguarding Lead", "January 2025", "One log in use across both schools.", "Complete",
       ["Designated Safeguarding Lead"], "2025-01", None, "blue"),
      ("4b", "Deliver refresher training on the low-level concerns policy to all staff at the September INSET day.",
       "DSL, DDSL (Prep)", "September 2025", "Training attendance 100%; staff quiz results above 90%.",
       "Not yet started",
       ["DSL", "DDSL (Prep)"], "2025-09", None, "unrated")]),
]


def build_bsc(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    doc.add_paragraph(BSC_TITLE, style="Title")
    doc.add_paragraph("Inspection dates: 12–14 November 2024 | Report published: 21 January 2025")
    doc.add_paragraph("Prepared by the Senior Leadership Team for the Board of Governors – updated June 2025")
    doc.add_paragraph(
        "The College met all the Independent School Standards and the National Minimum Standards for Boarding. "
        "This plan sets out how we are responding to the recommended next steps in the ISI report.")
    kp = doc.add_paragraph()
    kp.add_run("Progress key: ").bold = True
    kp.add_run("Complete (blue) · On track (green) · Not yet started (no shading)")
    progress_hex = {"Complete": "BDD7EE", "On track": "C6E0B4"}
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["No.", "Action", "Lead", "Timescale", "Success criteria", "Progress"]):
        set_cell(t.cell(0, i), h, bold=True)
        shade(t.cell(0, i), "D9D9D9")
    for section, step, acts in BSC:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        set_cell(m, section, bold=True, size=11)
        shade(m, "F2DCDB")
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        set_cell(m, step, bold=True)
        for no, action, lead, when, success, prog, *_ in acts:
            cells = t.add_row().cells
            for i, v in enumerate([no, action, lead, when, success, prog]):
                set_cell(cells[i], v)
            if prog in progress_hex:
                shade(cells[5], progress_hex[prog])
    doc.add_paragraph()
    doc.add_heading("Monitoring and sign-off", level=2)
    so = doc.add_table(rows=1, cols=2)
    so.style = "Table Grid"
    set_cell(so.cell(0, 0), "Reviewed by", bold=True)
    set_cell(so.cell(0, 1), "Date", bold=True)
    for a, b in [("Education Committee", "10 June 2025"), ("Board of Governors", "24 June 2025")]:
        cells = so.add_row().cells
        set_cell(cells[0], a)
        set_cell(cells[1], b)
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. University of Dundee - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
UOD_FILE = "zfw-university-of-dundee-internal-audit-recommendations-tracker.csv"
UOD_TITLE = "University of Dundee – Audit and Risk Committee"
UOD_HEADER = ["Audit", "Report Issued", "Assurance", "Rec", "Priority", "Recommendation", "Management Action",
              "Action Owner", "Original Target Date", "Revised Target Date", "Status", "RAG", "Latest Update"]
# row fields + (exp_lead, exp_end, exp_status)
UOD = [
    ["2024/05 Payroll and Pensions", "14/11/2024", "Limited", "R1", "High",
     "Overtime and additional hours claims should be authorised by the budget holder before they are submitted "
     "to Payroll.",
     "Introduce mandatory budget-holder approval in the HR and payroll self-service system for all additional "
     "hours claims.",
     "Head of Payroll", "31/03/2025", "", "Closed", "B", "Workflow live from March 2025 payroll; verified by IA.",
     (["Head of Payroll"], "2025-03", "blue")],
    ["2024/05 Payroll and Pensions", "14/11/2024", "Limited", "R2", "Medium",
     "Starters and leavers should be processed within the monthly payroll deadline, with exceptions reported.",
     "Produce a monthly exceptions report of late starter and leaver notifications and circulate it to Deans and "
     "Directors.",
     "Head of Payroll; HR Operations Manager", "31/01/2025", "31/07/2025", "Open", "A",
     "Report designed; first circulation delayed by system upgrade.",
     (["Head of Payroll", "HR Operations Manager"], "2025-07", "amber")],
    ["2024/08 Procurement and Contract Management", "20/02/2025", "Limited", "R1", "High",
     "The University should maintain a complete contracts register, with a named contract manager for each "
     "contract.",
     "1. Populate the contracts register for all contracts over £50,000.\n2. Assign a named contract manager to "
     "each contract on the register.",
     "Head of Procurement", "30/06/2025", "31/12/2025", "Open", "A",
     "Register 70% complete; contract manager nominations requested from Schools.",
     (["Head of Procurement"], "2025-12", "amber")],
    ["2024/08 Procurement and Contract Management", "20/02/2025", "Limited", "R2", "Medium",
     "Waivers of procurement procedures should be approved in line with the Financial Regulations and reported "
     "to the Finance and Policy Committee.",
     "Report all procurement waivers quarterly to the Finance and Policy Committee.",
     "Director of Finance", "30/04/2025", "", "Closed", "B", "First quarterly report taken in April 2025.",
     (["Director of Finance"], "2025-04", "blue")],
    ["2024/08 Procurement and Contract Management", "20/02/2025", "Limited", "R3", "Low",
     "Procurement guidance on the staff intranet should be updated.",
     "Refresh the procurement guidance pages, including the quotation thresholds introduced in March 2025.",
     "Procurement Manager", "31/05/2025", "30/09/2025", "Open", "R",
     "Pages drafted but not yet published; new date to be proposed to ARC.",
     (["Procurement Manager"], "2025-09", "red")],
    ["2025/02 Cyber Security – Third-Party Access", "12/06/2025", "Reasonable", "R1", "High",
     "Third-party remote access accounts should be time-limited and reviewed quarterly.",
     "Implement time-limited accounts for all supplier remote access, with a quarterly access review signed off "
     "by the Chief Information Officer.",
     "Chief Information Officer", "30/11/2025", "", "Open", "G", "Time limits applied to 80% of supplier accounts.",
     (["Chief Information Officer"], "2025-11", "green")],
    ["2025/02 Cyber Security – Third-Party Access", "12/06/2025", "Reasonable", "R2", "Medium",
     "Multi-factor authentication should be enforced for all third-party accounts.",
     "Enforce MFA for supplier accounts through conditional access policies.",
     "Head of Information Security", "30/09/2025", "", "Closed", "B", "Conditional access policy enforced 8 "
     "September 2025.",
     (["Head of Information Security"], "2025-09", "blue")],
    ["2025/04 Student Recruitment – Agent Management", "03/09/2025", "Limited", "R1", "High",
     "Due diligence on international recruitment agents should be completed and documented before contracts are "
     "renewed.",
     "Complete documented due diligence for all active agents and suspend any agent without a current record.",
     "Director of International Recruitment, Head of Compliance", "31/12/2025", "", "Open", "G",
     "Due diligence complete for 112 of 164 active agents.",
     (["Director of International Recruitment", "Head of Compliance"], "2025-12", "green")],
    ["2025/04 Student Recruitment – Agent Management", "03/09/2025", "Limited", "R2", "Medium",
     "Agent commission payments should be reconciled to enrolled student records each term.",
     "Introduce a termly reconciliation of agent commission claims to confirmed enrolments.",
     "Finance Business Partner (Education)", "31/01/2026", "", "Not started", "",
     "First reconciliation due after January 2026 census.",
     (["Finance Business Partner (Education)"], "2026-01", "unrated")],
]


def build_uod(path):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow([UOD_TITLE] + [""] * (len(UOD_HEADER) - 1))
        w.writerow(["Internal Audit Recommendations Tracker – position at 31 October 2025"]
                   + [""] * (len(UOD_HEADER) - 1))
        w.writerow([""] * len(UOD_HEADER))
        w.writerow(UOD_HEADER)
        for row in UOD:
            w.writerow(row[:-1])
        w.writerow([""] * len(UOD_HEADER))
        w.writerow(["RAG: B = implemented and verified by Internal Audit; G = on track; A = revised date agreed / "
                    "at risk; R = target date missed"] + [""] * (len(UOD_HEADER) - 1))
        w.writerow(["Priority: High / Medium / Low as graded by Internal Audit. Closed recommendations are removed "
                    "after they have been reported to one meeting of the Committee."]
                   + [""] * (len(UOD_HEADER) - 1))


# ---------------------------------------------------------------------------
# 7. The Totteridge Academy - post-Ofsted action plan (plain text export)
# ---------------------------------------------------------------------------
TTA_FILE = "zfw-the-totteridge-academy-ofsted-post-inspection-action-plan.txt"
TTA_TITLE = "THE TOTTERIDGE ACADEMY – POST-OFSTED ACTION PLAN"
# (priority heading, what the school needs to do, [(ref, action, lead, deadline, status,
#                                                   exp_lead, exp_end, exp_end_text, exp_status)])
TTA = [
    ("PRIORITY 1: CURRICULUM",
     "In some subjects, the curriculum does not set out clearly the important knowledge that pupils should learn "
     "and when. Leaders should ensure that curriculum thinking in all subjects identifies the essential knowledge "
     "pupils need and the order in which it should be taught.",
     [("1.1", "Rewrite the Key Stage 3 curriculum maps in geography, religious education and computing so that "
              "they identify the essential knowledge for each unit.",
       "Deputy Headteacher (Curriculum)", "July 2024", "Complete",
       ["Deputy Headteacher (Curriculum)"], "2024-07", None, "blue"),
      ("1.2", "Train all subject leaders in curriculum sequencing and retrieval practice through the trust's "
              "curriculum network (three sessions).",
       "Mr D Okafor / Ms L Brennan", "Autumn term 2024", "Complete",
       ["Mr D Okafor", "Ms L Brennan"], "2024-12", "Autumn term 2024", "blue"),
      ("1.3", "Carry out a subject review in each redesigned subject, with findings reported to the Standards "
              "Committee.",
       "Senior Leadership Team", "End of Summer term 2025", "On track",
       ["Senior Leadership Team"], "2025-07", "End of Summer term 2025", "green")]),
    ("PRIORITY 2: CHECKING PUPILS' UNDERSTANDING",
     "Teachers do not routinely check that pupils have understood new content before moving on, so gaps in "
     "pupils' knowledge go unnoticed. Leaders should ensure that teachers use assessment effectively to identify "
     "and address misconceptions.",
     [("2.1", "Introduce a common 'check for understanding' routine (mini-whiteboards and cold calling) in all "
              "Key Stage 3 and 4 lessons.",
       "Assistant Headteacher (Teaching and Learning)", "31/10/2024", "Some concerns",
       ["Assistant Headteacher (Teaching and Learning)"], "2024-10", None, "amber"),
      ("2.2", "Provide fortnightly instructional coaching for early career teachers and teachers new to the "
              "academy, focused on adapting tasks for pupils with SEND.",
       "AHT T&L; SENCo", "Half-termly review", "On track",
       ["AHT T&L", "SENCo"], None, "Half-termly review", "green")]),
    ("PRIORITY 3: ATTENDANCE",
     "Too many pupils, including disadvantaged pupils, are persistently absent. Leaders should continue to take "
     "action to improve attendance so that pupils do not miss important learning.",
     [("3.1", "Appoint an Attendance Officer and introduce first-day calling and home visits for pupils whose "
              "attendance falls below 90%.",
       "Head of Inclusion", "September 2024", "Complete",
       ["Head of Inclusion"], "2024-09", None, "blue"),
      ("3.2", "Work with the local authority's Attendance Support Team on targeted plans for the 40 persistently "
              "absent pupils in Years 9–11.",
       "Head of Inclusion / Attendance Officer", "March 2025", "Not on track",
       ["Head of Inclusion", "Attendance Officer"], "2025-03", None, "red")]),
]


def tta_lines():
    L = [TTA_TITLE,
         "Ofsted inspection: 5–6 March 2024 | Overall effectiveness: Requires improvement",
         "Plan owner: Headteacher | Monitored by: Local Governing Body (Standards Committee)",
         "Last updated: 13 January 2025",
         "",
         "Status key: Complete (Blue) | On track (Green) | Some concerns (Amber) | Not on track (Red)",
         ""]
    counts = {}
    for heading, need, acts in TTA:
        L.append("=" * 72)
        L.append(heading)
        L.append("What the school needs to do to improve: " + need)
        L.append("-" * 72)
        for ref, action, lead, deadline, status, *_ in acts:
            L.append(f"{ref} {action}")
            L.append(f"    Lead: {lead}")
            L.append(f"    Deadline: {deadline}")
            L.append(f"    Status: {status}")
            counts[status] = counts.get(status, 0) + 1
        L.append("")
    L.append("=" * 72)
    L.append("SUMMARY (January 2025)")
    total = sum(counts.values())
    L.append(f"Complete: {counts.get('Complete', 0)}   On track: {counts.get('On track', 0)}   "
             f"Some concerns: {counts.get('Some concerns', 0)}   Not on track: {counts.get('Not on track', 0)}   "
             f"Total: {total}")
    L.append("Notes: Progress is reported to the Standards Committee each half term. "
             "Actions due in July 2024 formed the first phase of the plan.")
    return L


def build_tta(path):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(tta_lines()) + "\n")


def main():
    build_nsc(os.path.join(HERE, NSC_FILE))
    build_brk(os.path.join(HERE, BRK_FILE))
    build_esf(os.path.join(HERE, ESF_FILE))
    build_roc(os.path.join(HERE, ROC_FILE))
    build_bsc(os.path.join(HERE, BSC_FILE))
    build_uod(os.path.join(HERE, UOD_FILE))
    build_tta(os.path.join(HERE, TTA_FILE))
    print("built 7 files in", HERE)


if __name__ == "__main__":
    main()
