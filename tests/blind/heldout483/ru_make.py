"""Build the seven ru- data files of blind set heldout483.

Run with /work/main/.venv/bin/python (openpyxl, python-docx).
Each case keeps its content in a module-level structure so that the text written
into the data file is the text the expected reading quotes.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
FILL = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def put(ws, row, col, value, bold=False, fmt=None, bg=None, border=True, color=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if bold or color:
        c.font = Font(bold=bold, color=color)
    if fmt:
        c.number_format = fmt
    if bg:
        c.fill = fill(bg)
    if border:
        c.border = BOX
    return c


def widths(ws, ws_widths):
    for letter, w in ws_widths.items():
        ws.column_dimensions[letter].width = w


# ---------------------------------------------------------------------------
# 1. North Northamptonshire Council - internal audit recommendations tracker
# ---------------------------------------------------------------------------
NNC_FILE = "ru-north-northamptonshire-council-internal-audit-recommendations-tracker.xlsx"
NNC_TITLE = "North Northamptonshire Council – Internal Audit Recommendations Tracker"

NNC_REC_MT1 = ("Managers should receive regular compliance reports for their teams and be "
               "required to follow up staff who have not completed mandatory e-learning.")
NNC_REC_MT2 = ("The mandatory training matrix should be reviewed to confirm which modules apply "
               "to which roles, including casual and agency workers.")
NNC_REC_AB1 = ("Absences should be recorded in Oracle on the first day of absence, and late "
               "recording should be reported to managers.")
NNC_REC_AB3 = "Return to work interview forms should be completed and retained for every absence."
NNC_REC_CY1 = ("A documented patching policy should set timescales for applying critical, high "
               "and other security updates, with exceptions approved and recorded.")

# (banner, ref, priority, recommendation, action, officer, original, revised, rag, update)
NNC_OUTSTANDING = [
    ("Mandatory Training (2024/25) – Limited Assurance", [
        ("24/25-07 R1", "High", NNC_REC_MT1,
         "Monthly mandatory training compliance dashboards to be issued to all Heads of Service "
         "through Power BI, with persistent non-compliance escalated to the Corporate Leadership "
         "Team each quarter.",
         "Assistant Director – HR & OD", d(2025, 10, 31), d(2026, 1, 31), "A",
         "Dashboard built and being tested with two directorates. Roll-out delayed by changes to "
         "Oracle Fusion reporting."),
        ("24/25-07 R2(a)", "Medium", NNC_REC_MT2,
         "Review and republish the mandatory training matrix, agreed by the Health, Safety and "
         "Wellbeing Board.",
         "Head of Organisational Development", d(2025, 12, 31), None, "G",
         "Draft matrix with directorate leads for comment."),
        ("24/25-07 R2(b)", "Medium", NNC_REC_MT2,
         "Agency worker induction checklist to include the mandatory modules, with completion "
         "confirmed by the agency contract manager.",
         "Head of Organisational Development / Category Manager (People)", d(2026, 3, 31), None,
         "G", "To follow the republished matrix."),
    ]),
    ("Absence Management (2024/25) – Limited Assurance", [
        ("24/25-09 R1", "High", NNC_REC_AB1,
         "Introduce a system alert for absences not recorded within two working days and include "
         "late-recording data in the quarterly workforce report.",
         "Payroll & HR Systems Manager", d(2025, 6, 30), d(2025, 10, 31), "R",
         "Alert configured in test. Go-live depends on the Oracle quarterly release now expected "
         "in December 2025."),
        ("24/25-09 R3", "Low", NNC_REC_AB3,
         "Move the return to work form into Oracle self-service and remind managers through "
         "Manager Briefing.",
         "HR Advisory Team Leader", d(2026, 3, 31), None, "G",
         "Form designed; reminder issued in October Manager Briefing."),
    ]),
    ("Cyber Security – Patch Management (2025/26) – Moderate Assurance", [
        ("25/26-02 R1", "Medium", NNC_REC_CY1,
         "Patch Management Policy to be drafted and approved by the Information Governance Board.",
         "Head of ICT Infrastructure", d(2025, 9, 30), d(2026, 2, 28), "A",
         "Policy drafted; Information Governance Board meeting moved to February 2026."),
    ]),
]

NNC_REC_PR4 = ("The contract register should be reconciled to creditor payments so that "
               "off-contract spend is identified.")
NNC_REC_BC2 = "Budget holders should complete refresher training on the budget monitoring system."
# (ref, audit, priority, recommendation, action, officer, original, revised, rag, verification)
NNC_IMPLEMENTED = [
    ("23/24-15 R4", "Procurement Compliance (2023/24)", "Medium", NNC_REC_PR4,
     "Quarterly reconciliation of the contract register to creditor payments, with off-contract "
     "spend over £5,000 reported to the Procurement Board.",
     "Head of Procurement", d(2025, 3, 31), d(2025, 9, 30), "B",
     "Verified by Internal Audit – Q1 and Q2 reconciliations reviewed, October 2025."),
    ("24/25-03 R2", "Budgetary Control (2024/25)", "Low", NNC_REC_BC2,
     "Budget holder refresher training to be delivered through two online sessions, with "
     "attendance recorded.",
     "Strategic Finance Manager", d(2025, 7, 31), None, "B",
     "Verified – attendance records sighted (86% of budget holders)."),
]

RAG_FILL_LETTER = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}


def build_nnc():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    put(ws, 1, 1, NNC_TITLE, bold=True, border=False)
    ws.cell(row=1, column=1).font = Font(bold=True, size=14)
    put(ws, 2, 1, "Follow-up position as at 14 November 2025 – Audit and Governance Committee, "
        "1 December 2025 (Appendix B)", border=False)
    put(ws, 4, 1, "Summary of agreed management actions by priority", bold=True, border=False)
    hdr = ["Priority", "Not yet due (G)", "Revised date agreed (A)", "Overdue (R)",
           "Implemented since last report (B)", "Total"]
    for i, h in enumerate(hdr, 1):
        put(ws, 5, i, h, bold=True, bg="D9E1F2")
    rows = [("High", 0, 1, 1, 0, 2), ("Medium", 2, 1, 0, 1, 4), ("Low", 1, 0, 0, 1, 2),
            ("Total", 3, 2, 1, 2, 8)]
    for r, vals in enumerate(rows, 6):
        for c, v in enumerate(vals, 1):
            put(ws, r, c, v, bold=(vals[0] == "Total"))
    put(ws, 11, 1, "RAG key", bold=True, border=False)
    key = [("R", "Overdue – the agreed (or revised) target date has passed"),
           ("A", "Target date revised and agreed by the Chief Internal Auditor; not yet passed"),
           ("G", "Not yet due"),
           ("B", "Implemented (verified by Internal Audit)")]
    for r, (k, txt) in enumerate(key, 12):
        put(ws, r, 1, k, bold=True, bg=RAG_FILL_LETTER[k])
        put(ws, r, 2, txt)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
    put(ws, 17, 1, "Priority definitions", bold=True, border=False)
    pri = [("High", "Fundamental weakness in control; action required as a matter of urgency"),
           ("Medium", "Significant weakness; action required within a reasonable timescale"),
           ("Low", "Minor weakness or opportunity to improve efficiency")]
    for r, (k, txt) in enumerate(pri, 18):
        put(ws, r, 1, k, bold=True)
        put(ws, r, 2, txt)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
    widths(ws, {"A": 14, "B": 18, "C": 22, "D": 14, "E": 24, "F": 10})

    # -- Outstanding sheet
    ws = wb.create_sheet("Outstanding actions")
    put(ws, 1, 1, "Outstanding agreed management actions – position at 14 November 2025",
        bold=True, border=False)
    ws.cell(row=1, column=1).font = Font(bold=True, size=13)
    put(ws, 2, 1, "Sorted by audit. Revised dates have been requested by the responsible officer "
        "and agreed by the Chief Internal Auditor.", border=False)
    hdr = ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
           "Original target date", "Revised target date", "RAG", "Management update (November 2025)"]
    for i, h in enumerate(hdr, 1):
        put(ws, 4, i, h, bold=True, bg="1F3864", color="FFFFFF")
    r = 5
    for banner, recs in NNC_OUTSTANDING:
        put(ws, r, 1, banner, bold=True, bg="D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        first_of_rec = {}
        for ref, pri, rec, act, off, orig, rev, rag, upd in recs:
            put(ws, r, 1, ref)
            put(ws, r, 2, pri)
            if rec in first_of_rec:
                # same recommendation: merge the recommendation and priority cells downward
                start = first_of_rec[rec]
                put(ws, r, 3, None)
                ws.merge_cells(start_row=start, start_column=3, end_row=r, end_column=3)
                ws.merge_cells(start_row=start, start_column=2, end_row=r, end_column=2)
            else:
                first_of_rec[rec] = r
                put(ws, r, 3, rec)
            put(ws, r, 4, act)
            put(ws, r, 5, off)
            put(ws, r, 6, orig, fmt="dd/mm/yyyy")
            put(ws, r, 7, rev, fmt="dd/mm/yyyy", color="C00000" if rev else None)
            put(ws, r, 8, rag, bold=True, bg=RAG_FILL_LETTER[rag])
            put(ws, r, 9, upd)
            r += 1
    r += 1
    put(ws, r, 1, "6 outstanding actions, of which 1 is overdue.", border=False)
    widths(ws, {"A": 15, "B": 10, "C": 40, "D": 45, "E": 28, "F": 13, "G": 13, "H": 6, "I": 45})
    ws.freeze_panes = "A5"

    # -- Implemented sheet
    ws = wb.create_sheet("Implemented")
    put(ws, 1, 1, "Actions implemented since the last report (August 2025)", bold=True, border=False)
    ws.cell(row=1, column=1).font = Font(bold=True, size=13)
    hdr = ["Ref", "Audit", "Priority", "Recommendation", "Agreed management action",
           "Responsible officer", "Original target date", "Revised target date", "RAG",
           "Verification"]
    for i, h in enumerate(hdr, 1):
        put(ws, 3, i, h, bold=True, bg="1F3864", color="FFFFFF")
    for r, (ref, aud, pri, rec, act, off, orig, rev, rag, ver) in enumerate(NNC_IMPLEMENTED, 4):
        put(ws, r, 1, ref)
        put(ws, r, 2, aud)
        put(ws, r, 3, pri)
        put(ws, r, 4, rec)
        put(ws, r, 5, act)
        put(ws, r, 6, off)
        put(ws, r, 7, orig, fmt="dd/mm/yyyy")
        put(ws, r, 8, rev, fmt="dd/mm/yyyy")
        put(ws, r, 9, rag, bold=True, bg=RAG_FILL_LETTER[rag])
        put(ws, r, 10, ver)
    widths(ws, {"A": 13, "B": 24, "C": 10, "D": 38, "E": 42, "F": 24, "G": 13, "H": 13, "I": 6,
                "J": 40})
    wb.save(os.path.join(HERE, NNC_FILE))


# ---------------------------------------------------------------------------
# 2. North Yorkshire Council - corporate risk register (refuse: 0ct-25 on row 12)
# ---------------------------------------------------------------------------
NYC_FILE = "ru-north-yorkshire-council-corporate-risk-register-typo-month-refuse.xlsx"
NYC_TITLE = "North Yorkshire Council – Corporate Risk Register"
# (ref, risk, owner, inherent, controls, residual, dot, target score,
#   [(action, action owner, target date, rag)])
NYC_RISKS = [
    ("CR01",
     "Financial sustainability\nFailure to deliver a balanced budget and the savings required by "
     "the Medium Term Financial Strategy, leading to unplanned use of reserves.",
     "Corporate Director – Resources", "5 x 5 = 25",
     "Monthly budget monitoring to Management Board; savings tracker; reserves strategy; "
     "Executive Member briefings.",
     "4 x 4 = 16", "↔", "3 x 4 = 12",
     [("Deliver the 2025/26 savings programme (£18.4m) with monthly RAG reporting to Management "
       "Board.", "Assistant Director – Strategic Finance", d(2026, 3, 31), "A"),
      ("Refresh the MTFS to 2029/30 and present it to the Executive with the 2026/27 budget.",
       "Corporate Director – Resources", d(2026, 2, 28), "G"),
      ("Complete the review of reserves adequacy and report to Audit Committee.",
       "Head of Finance (Technical)", "Q4 2025/26", "G")]),
    ("CR03",
     "Children's placement sufficiency\nInsufficient local placements for children in care, "
     "leading to high-cost external placements far from home.",
     "Corporate Director – Children and Young People's Service", "4 x 5 = 20",
     "Sufficiency Strategy 2024–27; weekly placement panel; regional commissioning framework.",
     "4 x 4 = 16", "↑", "3 x 3 = 9",
     [("Open two new in-house children's homes under the Sufficiency Strategy.",
       "Assistant Director – Resources (CYPS)", d(2026, 6, 30), "A"),
      ("Recruit 30 additional foster carers through the Fostering North Yorkshire campaign.",
       "Head of Fostering and Adoption", "Ongoing", "G")]),
    ("CR05",
     "Adult social care market sustainability\nProvider failure in home care and nursing care, "
     "particularly in rural and coastal areas.",
     "Corporate Director – Health and Adult Services", "4 x 5 = 20",
     "Market position statement; provider quality dashboard; provider failure protocol.",
     "3 x 5 = 15", "↔", "3 x 4 = 12",
     [("Implement the rural home care framework with enhanced rates for hard-to-reach areas.",
       "Assistant Director – Prevention and Service Development", d(2025, 12, 31), "G"),
      ("Complete the nursing care fee review for 2026/27 and consult providers on the outcome.",
       "Head of Commissioning (HAS)", "0ct-25", "A")]),
    ("CR08",
     "Cyber security\nA successful cyber-attack causes loss of systems or data and disruption to "
     "services.",
     "Assistant Chief Executive – Technology", "5 x 5 = 25",
     "Firewalls and endpoint protection; multi-factor authentication; staff e-learning; "
     "offline backups.",
     "3 x 5 = 15", "↓", "2 x 5 = 10",
     [("Achieve PSN and Cyber Essentials Plus re-accreditation.",
       "Head of Technology", d(2026, 1, 31), "G"),
      ("Run a cyber incident exercise with Management Board and the Local Resilience Forum.",
       "Emergency Planning Manager / Information Security Manager", d(2025, 11, 30), "C")]),
]
NYC_RAG_FILL = {"R": RED, "A": AMBER, "G": GREEN, "C": BLUE}
NYC_HEADER_ROW = 5


def build_nyc():
    wb = Workbook()
    ws = wb.active
    ws.title = "Document control"
    put(ws, 1, 1, "Corporate Risk Register – document control", bold=True, border=False)
    rows = [("Version", "Date", "Summary of changes", "Reviewed by"),
            ("4.0", "09/07/2025", "Q1 2025/26 review; CR08 rescored", "Management Board"),
            ("4.1", "08/10/2025", "Q2 2025/26 review; CR03 added placement sufficiency wording",
             "Management Board"),
            ("4.2", "10/12/2025", "Q3 2025/26 review", "Management Board; Audit Committee "
             "(26 January 2026)")]
    for r, vals in enumerate(rows, 3):
        for c, v in enumerate(vals, 1):
            put(ws, r, c, v, bold=(r == 3))
    put(ws, 8, 1, "Owner: Head of Internal Audit and Risk Management", border=False)
    widths(ws, {"A": 10, "B": 12, "C": 50, "D": 40})

    ws = wb.create_sheet("Corporate Risk Register")
    put(ws, 1, 1, NYC_TITLE, border=False)
    ws.cell(row=1, column=1).font = Font(bold=True, size=14)
    put(ws, 2, 1, "Quarter 3 2025/26 review (December 2025)", border=False)
    put(ws, 3, 1, "Scores are Likelihood x Impact (1–5). Direction of travel compares with the "
        "Q2 review. Action RAG: G = on track; A = at risk of slipping; R = overdue; "
        "C = complete.", border=False)
    hdr = ["Risk ref", "Risk", "Risk owner", "Inherent score", "Key controls in place",
           "Residual score", "Direction of travel", "Further mitigating actions", "Action owner",
           "Target date", "Action RAG", "Target score"]
    for i, h in enumerate(hdr, 1):
        put(ws, NYC_HEADER_ROW, i, h, bold=True, bg="203864", color="FFFFFF")
    r = NYC_HEADER_ROW + 1
    for ref, risk, owner, inh, ctl, res, dot, tgt, actions in NYC_RISKS:
        start = r
        for act, aown, date, rag in actions:
            put(ws, r, 8, act)
            put(ws, r, 9, aown)
            if isinstance(date, dt.datetime):
                put(ws, r, 10, date, fmt="mmm-yy")
            else:
                put(ws, r, 10, date)
            put(ws, r, 11, rag, bold=True, bg=NYC_RAG_FILL[rag])
            for c in (1, 2, 3, 4, 5, 6, 7, 12):
                put(ws, r, c, None)
            r += 1
        end = r - 1
        for c, v in ((1, ref), (2, risk), (3, owner), (4, inh), (5, ctl), (6, res), (7, dot),
                     (12, tgt)):
            put(ws, start, c, v, bold=(c == 1))
            if end > start:
                ws.merge_cells(start_row=start, start_column=c, end_row=end, end_column=c)
    widths(ws, {"A": 8, "B": 40, "C": 24, "D": 10, "E": 36, "F": 10, "G": 10, "H": 44, "I": 28,
                "J": 11, "K": 8, "L": 10})
    ws.freeze_panes = "A6"

    ws = wb.create_sheet("Scoring matrix")
    put(ws, 1, 1, "Risk scoring matrix", bold=True, border=False)
    put(ws, 2, 1, "Likelihood / Impact", bold=True)
    for i in range(1, 6):
        put(ws, 2, i + 1, i, bold=True)
    for lk in range(5, 0, -1):
        rr = 3 + (5 - lk)
        put(ws, rr, 1, lk, bold=True)
        for im in range(1, 6):
            s = lk * im
            bg = RED if s >= 15 else AMBER if s >= 8 else GREEN
            put(ws, rr, im + 1, s, bg=bg)
    wb.save(os.path.join(HERE, NYC_FILE))


def nyc_typo_row():
    r = NYC_HEADER_ROW + 1
    for _ref, _risk, _o, _i, _c, _res, _dot, _t, actions in NYC_RISKS:
        for _act, _aown, date, _rag in actions:
            if date == "0ct-25":
                return r
            r += 1
    raise ValueError("no typo")


# ---------------------------------------------------------------------------
# 3. Safer Kingston Partnership - community safety plan delivery plan
# ---------------------------------------------------------------------------
SKP_FILE = "ru-safer-kingston-partnership-community-safety-plan-2025-26-delivery-plan.xlsx"
SKP_TITLE = "Safer Kingston Partnership – Community Safety Plan 2025–26 Delivery Plan"
# sheets: (sheet name, priority heading, outcome line, [(objective, [(ref, action, lead,
#   partners, timescale, q1, q2, update)])])
SKP_SHEETS = [
    ("P1 VAWG", "Priority 1: Tackling violence against women and girls",
     "Outcome we want: women and girls in Kingston are, and feel, safer at home, online and in "
     "public spaces.",
     [("Objective 1.1 – Improve safety in the night-time economy and public spaces", [
         ("1.1.1", "Deliver Ask for Angela and Welfare and Vulnerability Engagement (WAVE) "
          "training to licensed premises in Kingston town centre, prioritising late-night venues.",
          "RBK Licensing Team Manager & Met Police Licensing Officer", "Kingston First BID",
          "Sept 2025 – March 2026", "green", "green",
          "14 of 38 late-night venues trained; further sessions booked for November."),
         ("1.1.2", "Complete a women's safety audit walk of Kingston town centre and the "
          "riverside with Kingston University students, and act on the findings through the "
          "Town Centre Safety Group.",
          "Community Safety Manager", "Kingston University; Highways", d(2025, 11, 25), "amber",
          "blue",
          "Walk held 18 September 2025 with 22 participants. Lighting and CCTV findings passed to "
          "Highways and the Town Centre Safety Group."),
     ]),
      ("Objective 1.2 – Improve the response to domestic abuse", [
          ("1.2.1", "Recommission the Independent Domestic Violence Advocacy (IDVA) service from "
           "April 2026, including a dedicated IDVA based at Kingston Hospital.",
           "Head of Community Safety", "Kingston Hospital; Public Health",
           "January 2026", "green", "amber",
           "Procurement timetable slipped by six weeks; contract award now expected January "
           "2026."),
          ("1.2.2", "Refresh the MARAC operating protocol and train MARAC representatives on the "
           "revised referral threshold.",
           "MARAC Coordinator", "All MARAC agencies", "Q3 2025/26", None, "green",
           "Draft protocol circulated; training set for 4 December 2025."),
      ])]),
    ("P2 Serious violence", "Priority 2: Reducing serious violence and exploitation",
     "Outcome we want: fewer young people are victims or perpetrators of serious violence.",
     [("Objective 2.1 – Deliver the Serious Violence Duty strategy", [
         ("2.1.1", "Refresh the Serious Violence Strategic Needs Assessment using 2024/25 police, "
          "A&E (ISTV) and youth justice data.",
          "Community Safety Analyst", "Met Police; Kingston Hospital; Youth Justice Service",
          d(2025, 12, 31), "green", "green", "Data received from all partners except A&E."),
         ("2.1.2", "Extend the detached youth outreach programme to Tolworth and the Cambridge "
          "Road Estate on Friday and Saturday evenings.",
          "Head of Youth Services / Redthread Service Manager", "Met Police Safer Neighbourhoods",
          "Ongoing", "green", "green", "Outreach running since July; 140 contacts in Q2."),
     ]),
      ("Objective 2.2 – Protect children and young people from exploitation", [
          ("2.2.1", "Embed the contextual safeguarding panel so that every young person open to "
           "MACE has a place-based safety plan reviewed monthly.\n(Joint action with the "
           "Kingston and Richmond Safeguarding Children Partnership.)",
           "Service Manager – Adolescent Services (AfC)", "Met Police; Youth Justice Service",
           "March 2026", "amber", "red",
           "Panel met twice in Q2; only 9 of 23 young people have a place-based plan. Escalated "
           "to the Board."),
      ])]),
    ("P3 ASB & neighbourhood crime",
     "Priority 3: Tackling anti-social behaviour and neighbourhood crime",
     "Outcome we want: residents feel safe in their neighbourhoods and ASB is dealt with "
     "quickly.",
     [("Objective 3.1 – Respond effectively to persistent anti-social behaviour", [
         ("3.1.1", "Introduce a single ASB case management system (ECINS) across RBK, the Met "
          "Police and housing providers.",
          "ASB Team Leader", "Met Police; housing associations", "Q4 2025/26", "green", "amber",
          "Data-sharing agreement awaiting sign-off by two housing associations."),
         ("3.1.2", "Promote the ASB Case Review (Community Trigger) on the council website and "
          "in housing newsletters, and publish the annual data.",
          "Community Safety Manager; Met Police Neighbourhood Inspector", "Housing providers",
          d(2025, 9, 30), "green", "blue", "Web page updated and 2024/25 data published."),
     ]),
      ("Objective 3.2 – Reduce burglary, vehicle crime and bike theft", [
          ("3.2.1", "Run two bike-marking and lock-exchange events per term at Kingston "
           "University and Kingston College.",
           "Met Police Safer Neighbourhoods (Kingston)", "Kingston University; Kingston College",
           "Termly", "green", "green", "Autumn term events booked for 1 and 15 October."),
      ])]),
]


def build_skp():
    wb = Workbook()
    ws = wb.active
    ws.title = "Overview"
    put(ws, 1, 1, SKP_TITLE, border=False)
    ws.cell(row=1, column=1).font = Font(bold=True, size=14)
    put(ws, 2, 1, "Q2 progress update (July to September 2025)", border=False)
    put(ws, 4, 1, "Reported to: Safer Kingston Partnership Board, 6 November 2025", border=False)
    put(ws, 6, 1, "RAG key (colour of the Q1 and Q2 cells on each priority sheet)", bold=True,
        border=False)
    key = [(BLUE, "Complete"), (GREEN, "On track"),
           (AMBER, "Some slippage – remedial action in place"),
           (RED, "Off track – escalation to the Board required"),
           (None, "No colour – not yet started")]
    for r, (bg, txt) in enumerate(key, 7):
        put(ws, r, 1, None, bg=bg)
        put(ws, r, 2, txt)
    put(ws, 13, 1, "Summary of Q2 position", bold=True, border=False)
    hdr = ["Priority", "Actions", "Complete", "On track", "Slippage", "Off track", "Not started"]
    for i, h in enumerate(hdr, 1):
        put(ws, 14, i, h, bold=True, bg="D9D9D9")
    summ = [("Priority 1: VAWG", 4, 1, 2, 1, 0, 0),
            ("Priority 2: Serious violence and exploitation", 3, 0, 2, 0, 1, 0),
            ("Priority 3: ASB and neighbourhood crime", 3, 1, 1, 1, 0, 0),
            ("Total", 10, 2, 5, 2, 1, 0)]
    for r, vals in enumerate(summ, 15):
        for c, v in enumerate(vals, 1):
            put(ws, r, c, v, bold=(vals[0] == "Total"))
    widths(ws, {"A": 42, "B": 44, "C": 10, "D": 10, "E": 10, "F": 10, "G": 12})

    for sname, heading, outcome, objectives in SKP_SHEETS:
        ws = wb.create_sheet(sname)
        put(ws, 1, 1, heading, border=False)
        ws.cell(row=1, column=1).font = Font(bold=True, size=13, color="FFFFFF")
        ws.cell(row=1, column=1).fill = fill("7030A0")
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=8)
        put(ws, 2, 1, outcome, border=False)
        ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=8)
        hdr = ["Ref", "Action", "Lead", "Supporting partners", "Timescale", "Q1", "Q2",
               "Q2 progress update"]
        for i, h in enumerate(hdr, 1):
            put(ws, 4, i, h, bold=True, bg="D9D9D9")
        r = 5
        for obj, actions in objectives:
            put(ws, r, 1, obj, bold=True, bg="E4DFEC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            for ref, act, lead, partners, ts, q1, q2, upd in actions:
                put(ws, r, 1, ref)
                put(ws, r, 2, act)
                put(ws, r, 3, lead)
                put(ws, r, 4, partners)
                if isinstance(ts, dt.datetime):
                    put(ws, r, 5, ts, fmt="dd/mm/yyyy")
                else:
                    put(ws, r, 5, ts)
                put(ws, r, 6, None, bg=FILL.get(q1))
                put(ws, r, 7, None, bg=FILL.get(q2))
                put(ws, r, 8, upd)
                r += 1
        widths(ws, {"A": 8, "B": 52, "C": 30, "D": 26, "E": 20, "F": 5, "G": 5, "H": 46})
    wb.save(os.path.join(HERE, SKP_FILE))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))


# ---------------------------------------------------------------------------
# 4. Brighter Futures for Children (Reading) - Ofsted focused visit action plan
# ---------------------------------------------------------------------------
BFC_FILE = "ru-reading-brighter-futures-for-children-ofsted-focused-visit-action-plan.docx"
BFC_TITLE = ("Ofsted Focused Visit Action Plan: Children in Need and Children subject to a "
             "Child Protection Plan")
BFC_AREAS = [
    ("Area for improvement 1",
     "The extent to which social workers consider cumulative harm and family history when "
     "assessing children's needs and risks.",
     [("1.1", "Introduce a mandatory chronology template in Mosaic for all children subject to a "
       "child protection plan, completed before the initial child protection conference.",
       "Head of Service (Assessment & Child Protection)", "April 2022",
       "95% of children on a CP plan have a chronology on file (monthly performance report)",
       "Blue"),
      ("1.2", "Deliver cumulative harm and neglect practice workshops, using the Graded Care "
       "Profile 2, to all social workers and team managers in the assessment and child "
       "protection teams.",
       "Principal Social Worker", "May – July 2022",
       "All staff in scope attend; audit shows family history used in analysis", "Blue"),
      ("1.3", "Monthly practice audits to include a specific question on the use of family "
       "history, with findings reported to the Quality Assurance Board.",
       "Head of Safeguarding and Quality Assurance", "Ongoing (monthly)",
       "Audit grading for assessment analysis improves quarter on quarter", "Green")]),
    ("Area for improvement 2",
     "The timeliness of intensive help for the small number of children who experience chronic "
     "neglect.",
     [("2.1", "Establish a neglect panel, chaired by a Service Manager, to review all children who "
       "have been on a CP plan for neglect for more than nine months.",
       "Service Manager (CIN/CP)", "End of June 2022",
       "No child on a neglect plan over nine months without a panel review", "Blue"),
      ("2.2", "Commission an intensive family support offer for families where neglect is the "
       "primary concern.",
       "Director of Children's Social Care; Head of Commissioning", "31/12/2022",
       "Service in place; reduction in repeat CP plans for neglect", "Amber")]),
    ("Area for improvement 3",
     "The quality and consistency of supervision, and management oversight of plans that are not "
     "progressing.",
     [("3.1", "Relaunch the supervision policy with a revised recording template that includes "
       "reflective discussion and clear actions with timescales.",
       "Principal Social Worker / Head of Workforce Development", "Sept 2022",
       "Supervision dip-samples show reflective discussion recorded in 80% of records", "Green"),
      ("3.2", "Team managers to review every child in need plan open for more than six months and "
       "step up, step down or close as appropriate.",
       "Team Managers (CIN)", "Aug 2022 – Jan 2023",
       "Number of CIN plans open over six months reduces by half", "Amber"),
      ("3.3", "Quarterly dip-sample of supervision records by Heads of Service, reported to the "
       "Improvement Board.",
       "Heads of Service", "Quarterly", "Dip-sample reports received each quarter", "Green")]),
]
BFC_RAG = {"Blue": "5B9BD5", "Green": "70AD47", "Amber": "FFC000", "Red": "FF0000"}


def build_bfc():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Brighter Futures for Children")
    r.bold = True
    r.font.color.rgb = RGBColor(0x00, 0x70, 0xC0)
    doc.add_heading(BFC_TITLE, level=1)
    doc.add_paragraph("Focused visit: 25 and 26 January 2022    |    Letter published: "
                      "3 March 2022")
    doc.add_paragraph("Document control", style="Heading 3")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Approved by"]):
        cell_text(c, h, bold=True)
    for vals in [("1.0", "24/03/2022", "Head of Safeguarding and Quality Assurance",
                  "BFfC Executive Team"),
                 ("1.3", "14/10/2022", "Head of Safeguarding and Quality Assurance",
                  "Children's Services Improvement Board")]:
        row = t.add_row().cells
        for c, v in zip(row, vals):
            cell_text(c, v)
    doc.add_paragraph("RAG key", style="Heading 3")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for word, meaning in [("Blue", "Action complete and impact evidenced"),
                          ("Green", "On track"),
                          ("Amber", "Behind schedule but recoverable"),
                          ("Red", "Off track – escalate to the Improvement Board")]:
        row = t.add_row().cells
        cell_text(row[0], word, bold=True)
        shade(row[0], BFC_RAG[word])
        cell_text(row[1], meaning)
    doc.add_paragraph("")
    doc.add_paragraph("Ofsted identified three areas for improvement. Progress is shown as at "
                      "14 October 2022.")
    for heading, afi, actions in BFC_AREAS:
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph()
        p.add_run(afi).bold = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells,
                        ["Ref", "Action", "Lead", "Timescale", "How we will know", "RAG"]):
            cell_text(c, h, bold=True)
            shade(c, "D9E2F3")
        for ref, act, lead, when, measure, rag in actions:
            row = t.add_row().cells
            for c, v in zip(row, [ref, act, lead, when, measure, rag]):
                cell_text(c, v)
            shade(row[5], BFC_RAG[rag])
        doc.add_paragraph("")
    doc.add_paragraph("Next review: Children's Services Improvement Board, 8 December 2022.")
    doc.save(os.path.join(HERE, BFC_FILE))


# ---------------------------------------------------------------------------
# 5. Brighton & Hove Safeguarding Children Partnership - CSPR Child J action plan
# ---------------------------------------------------------------------------
BHS_FILE = "ru-brighton-hove-safeguarding-children-partnership-cspr-child-j-action-plan.docx"
BHS_TITLE = "Child Safeguarding Practice Review – Child J: Multi-agency Action Plan"
BHS_RECS = [
    ("Recommendation 1: Partners should ensure that the voice and lived experience of pre-verbal "
     "and non-verbal children are captured and recorded in assessments and at strategy "
     "discussions.",
     [("1a", "Update the multi-agency Voice of the Child practice guidance to include observation "
       "of non-verbal children and the use of Day in the Life tools.",
       "BHSCP Business Manager", "December 2025",
       "Guidance published; multi-agency audit in 2026 shows the child's presentation recorded",
       "Draft guidance with the Learning and Improvement Subgroup.", "G"),
      ("1b", "Strategy discussion template to include a mandatory field recording how the child "
       "was seen and what their presentation tells us.",
       "Sussex Police & BHCC Front Door for Families", "Sep 2025",
       "Field completed in all strategy discussions (dip-sample of 20)",
       "Template changed 1 September 2025.", "B")]),
    ("Recommendation 2: The BHSCP should seek assurance that health practitioners share "
     "information about missed appointments for children under two with the child's social "
     "worker.",
     [("2a", "Review the Was Not Brought policies of University Hospitals Sussex and Sussex "
       "Community NHS Foundation Trust so that missed appointments for children open to social "
       "care trigger contact with the allocated social worker.",
       "Designated Nurse Safeguarding Children (ICB)", "31/01/2026",
       "Revised policies ratified by both trusts",
       "UHSx policy revised; SCFT revision delayed by policy committee schedule.", "A"),
      ("2b", "Audit 20 cases of children under two with two or more missed health appointments to "
       "test compliance with the revised policies.",
       "Named Nurse (UHSx) and Named Nurse (SCFT)", "Apr-26",
       "Audit report to the Learning and Improvement Subgroup",
       "Not due to start until the policies are agreed.", "")]),
    ("Recommendation 3: Partners should strengthen the response to parental substance misuse "
     "where there is a new baby in the household, including pre-birth assessment.",
     [("3a", "Refresh the Pre-Birth Protocol with Pan-Sussex partners, including referral to "
       "children's social care by 20 weeks' gestation where parental substance misuse is known.",
       "Pan-Sussex Procedures Group", "TBC",
       "Protocol updated on the Pan-Sussex procedures website",
       "Raised at Pan-Sussex Procedures Group; timetable to be confirmed.", "A"),
      ("3b", "Deliver joint training for Change Grow Live (CGL) workers and midwives on safe sleep "
       "and substance misuse, using the Child J learning briefing.",
       "BHSCP Training Coordinator and CGL Service Manager", "Mar 2026",
       "Two sessions delivered; evaluation shows increased confidence",
       "First session booked for 12 November 2025.", "G"),
      ("3c", "Publish a 7-minute briefing on Child J and disseminate it through agency safeguarding "
       "leads.",
       "BHSCP Business Manager", "Aug 2025", "Briefing published and shared",
       "Published 4 August 2025.", "B")]),
]
BHS_RAG = {"B": "4472C4", "G": "70AD47", "A": "FFC000", "R": "FF0000"}


def build_bhs():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Brighton & Hove Safeguarding Children Partnership")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading(BHS_TITLE, level=1)
    doc.add_paragraph("Review published: July 2025. Plan owner: BHSCP Learning and Improvement "
                      "Subgroup.")
    doc.add_paragraph("Progress update for the Safeguarding Partnership Executive, "
                      "21 October 2025.")
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    hdr = ["No.", "Action", "Lead agency", "Target date", "Evidence / measure of impact",
           "Progress update", "RAG"]
    for c, h in zip(t.rows[0].cells, hdr):
        cell_text(c, h, bold=True)
        shade(c, "BDD7EE")
    for rec, actions in BHS_RECS:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[6])
        cell_text(merged, rec, bold=True)
        shade(merged, "F2F2F2")
        for no, act, lead, date, ev, upd, rag in actions:
            cells = t.add_row().cells
            for c, v in zip(cells, [no, act, lead, date, ev, upd, rag]):
                cell_text(c, v)
            if rag:
                shade(cells[6], BHS_RAG[rag])
    doc.add_paragraph("")
    doc.add_paragraph("RAG: B = complete; G = on track; A = at risk or delayed; R = not on track. "
                      "Blank = not yet started.")
    doc.save(os.path.join(HERE, BHS_FILE))


# ---------------------------------------------------------------------------
# 6. Westmorland and Furness Health and Wellbeing Board - action log (CSV)
# ---------------------------------------------------------------------------
WFH_FILE = "ru-westmorland-and-furness-health-and-wellbeing-board-action-log.csv"
WFH_TITLE = "Westmorland and Furness Health and Wellbeing Board – Action Log"
WFH_MEETINGS = [
    ("Meeting held 11 March 2025", [
        ("HWB25/01", "11/03/2025",
         "Circulate the draft Joint Local Health and Wellbeing Strategy 2025–2030 to all Board "
         "members for comment before public consultation.",
         "Director of Public Health", "Apr-25", "Complete", "Circulated 2 April 2025."),
        ("HWB25/02", "11/03/2025",
         "Provide a briefing on the Better Care Fund 2025-26 plan, including the discharge fund "
         "allocation for Furness General Hospital.",
         "Assistant Director Adult Social Care / ICB Place Director", "17/06/2025", "Complete",
         "Briefing taken at the June meeting."),
        ("HWB25/03", "11/03/2025",
         "Map current oral health improvement activity across early years settings and report "
         "gaps to the Board.",
         "Consultant in Public Health (Starting Well)", "Dec-25", "Green",
         "Survey of settings closed; analysis under way."),
    ]),
    ("Meeting held 17 June 2025", [
        ("HWB25/04", "17/06/2025",
         "Agree the Board's response to the Healthwatch report on access to NHS dentistry, and "
         "write to the ICB on behalf of the Board.",
         "Chair of the Board", "Jul-25", "Red",
         "Draft letter with the Chair; to be sent before the next meeting."),
        ("HWB25/05", "17/06/2025",
         "Bring the Pharmaceutical Needs Assessment 2025 to the Board for sign-off before "
         "publication.",
         "Public Health Intelligence Manager", "By 1 October 2025", "Complete",
         "Signed off 16 September 2025."),
        ("HWB25/06", "17/06/2025",
         "Set up a task and finish group on housing and health with Registered Providers, the "
         "Integrated Care Boards and Cumbria Fire and Rescue Service.",
         "Director of Thriving Places; Director of Public Health", "Ongoing", "Green",
         "Terms of reference agreed 1 August 2025.\nFirst meeting held 10 September 2025."),
    ]),
    ("Meeting held 16 September 2025", [
        ("HWB25/07", "16/09/2025",
         "Circulate the Better Care Fund Q1 2025-26 return to Board members, with the commentary "
         "on discharge delays.",
         "BCF Programme Manager", "Oct-25", "Amber", "Return submitted; commentary being finalised."),
        ("HWB25/08", "16/09/2025",
         "Report back on uptake of the winter vaccination programme (flu and COVID-19) among "
         "health and care staff and care home residents.",
         "Consultant in Health Protection", "09/12/2025", "Green",
         "Programme started 1 October 2025."),
    ]),
]


def build_wfh():
    ncol = 7
    blank = [""] * ncol

    def line(first):
        return [first] + [""] * (ncol - 1)

    rows = [line(WFH_TITLE),
            line("Updated following the meeting of 16 September 2025"),
            line("RAG: Red = overdue; Amber = due by next meeting; Green = on track; "
                 "Complete = action closed by the Board"),
            blank,
            ["Ref", "Date raised", "Action", "Lead", "Due by", "RAG", "Update"]]
    for meeting, actions in WFH_MEETINGS:
        rows.append(line(meeting))
        for a in actions:
            rows.append(list(a))
    rows.append(blank)
    rows.append(line("Open actions: 5"))
    rows.append(line("Completed actions: 3"))
    with open(os.path.join(HERE, WFH_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Mid Devon District Council - corporate plan annual delivery plan Q2 (tab-separated)
# ---------------------------------------------------------------------------
MDD_FILE = "ru-mid-devon-dc-corporate-plan-delivery-plan-q2-2025-26.txt"
MDD_TITLE = "Corporate Plan 2024–2028: Annual Delivery Plan 2025/26"
MDD_HEAD = ["Mid Devon District Council",
            MDD_TITLE,
            "Quarter 2 progress report (1 July – 30 September 2025)",
            "Report generated 21/10/2025 09:14 from the performance management system",
            "Status key: Completed (Blue) | On track (Green) | At risk (Amber) | Off track (Red) "
            "| Not started",
            ""]
MDD_COLS = ["Theme", "Aim", "Ref", "Action", "Lead officer", "Cabinet Member", "Due", "Status",
            "Q2 comment"]
# (theme, [(aim, [(ref, action, lead, cabinet member, due, status, comment)])])
MDD_THEMES = [
    ("Planning, Environment and Sustainability", [
        ("PE1 Reduce the Council's carbon footprint", [
            ("PE1.1", "Install solar PV on the roofs of Lords Meadow Leisure Centre and Exe Valley "
             "Leisure Centre.", "Operations Manager for Leisure", "Cllr A. Harris", "Mar-26",
             "At risk", "Soft market testing complete; grid connection offer for Exe Valley still "
             "awaited."),
            ("PE1.2", "Replace diesel refuse collection vehicles due for renewal with "
             "HVO-fuelled vehicles.", "Street Scene Manager", "Cllr A. Harris", "31/03/2026",
             "On track", "Four vehicles ordered; delivery January 2026."),
        ]),
        ("PE2 Adopt a new Local Plan", [
            ("PE2.1", "Publish the Regulation 18 draft Local Plan for consultation.",
             "Forward Planning Team Leader / Director of Place", "Cllr S. Moore", "Q3 2025/26",
             "On track", "Draft plan to Planning Policy Advisory Group in November."),
        ]),
    ]),
    ("Homes", [
        ("H1 Deliver new council homes", [
            ("H1.1", "Complete 24 new affordable council homes at St Georges Court, Tiverton.",
             "Head of Housing and Health", "Cllr D. Wright", "Jun-25", "Completed",
             "All 24 homes handed over and let by August 2025."),
            ("H1.2", "Bring the Housing Revenue Account 30-year business plan to Cabinet, including "
             "the new-build programme to 2030.", "Deputy Chief Executive (S151)",
             "Cllr D. Wright", "Nov-25", "On track", "On the Cabinet forward plan for 4 November."),
        ]),
        ("H2 Improve the condition of council homes", [
            ("H2.1", "Complete stock condition surveys of all council homes and load the data to "
             "the asset management system.", "Building Services Operations Manager",
             "Cllr D. Wright", "December 2025", "Off track",
             "Contractor delays; 58% surveyed at end of Q2. Revised programme requested."),
        ]),
    ]),
    ("Community, People and Equalities", [
        ("C1 Support residents and communities", [
            ("C1.1", "Deliver the Household Support Fund to eligible households by the scheme "
             "deadline.", "Revenues and Benefits Manager", "Cllr J. Carter", "31/03/2026",
             "On track", "£212k awarded to 1,530 households in Q2."),
            ("C1.2", "Develop a community resilience plan with each town and parish council that "
             "requests one.", "Corporate Performance & Improvement Manager", "Cllr J. Carter",
             "Ongoing", "On track", "Plans agreed with Cullompton and Crediton town councils."),
            ("C1.3", "Launch the Let's Talk Mid Devon engagement platform for the 2026/27 budget "
             "consultation.", "Communications and Engagement Manager", "Cllr J. Carter",
             "Jan-26", "Not started", "Scheduled to start in Q3."),
        ]),
    ]),
]
MDD_FOOT = ["",
            "9 actions | Completed 1 | On track 5 | At risk 1 | Off track 1 | Not started 1"]


def build_mdd():
    lines = list(MDD_HEAD)
    lines.append("\t".join(MDD_COLS))
    for theme, aims in MDD_THEMES:
        first_theme = True
        for aim, actions in aims:
            first_aim = True
            for ref, act, lead, cab, due, st, com in actions:
                lines.append("\t".join([theme if first_theme else "", aim if first_aim else "",
                                        ref, act, lead, cab, due, st, com]))
                first_theme = first_aim = False
    lines.extend(MDD_FOOT)
    with open(os.path.join(HERE, MDD_FILE), "w", newline="", encoding="utf-8") as f:
        f.write("\r\n".join(lines) + "\r\n")


def main():
    build_nnc()
    build_nyc()
    build_skp()
    build_bfc()
    build_bhs()
    build_wfh()
    build_mdd()


if __name__ == "__main__":
    main()
