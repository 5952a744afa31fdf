"""Build the seven yd- blind test files (set heldout565).

Run with: /work/main/.venv/bin/python yd_make.py
Writes only files whose names start with "yd-" into this folder.
"""
import csv
import io
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("yd-")
    return os.path.join(HERE, name)


def d(s):
    return datetime.strptime(s, "%d/%m/%Y")


# ---------------------------------------------------------------- xlsx helpers
RED = PatternFill("solid", fgColor="FF0000")
AMBER = PatternFill("solid", fgColor="FFC000")
GREEN = PatternFill("solid", fgColor="00B050")
BLUE = PatternFill("solid", fgColor="0070C0")
NAVY = PatternFill("solid", fgColor="1F3864")
TEAL = PatternFill("solid", fgColor="005F6B")
GREY = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="DEEAF6")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def put(ws, row, col, value, fill=None, bold=False, font=None, border=True,
        fmt=None, align=WRAP):
    c = ws.cell(row=row, column=col, value=value)
    if fill is not None:
        c.fill = fill
    if font is not None:
        c.font = font
    elif bold:
        c.font = Font(bold=True)
    if border:
        c.border = BOX
    if fmt:
        c.number_format = fmt
    if align is not None:
        c.alignment = align
    return c


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# =====================================================================
# 1. Tees, Esk and Wear Valleys NHS FT - Board of Directors public action log
# =====================================================================
def make_tewv():
    wb = Workbook()
    ws = wb.active
    ws.title = "Public Action Log"
    widths(ws, [11, 12, 26, 48, 26, 12, 12, 48, 8])
    ws.merge_cells("A1:I1")
    put(ws, 1, 1, "Tees, Esk and Wear Valleys NHS Foundation Trust",
        font=Font(bold=True, size=14), border=False)
    ws.merge_cells("A2:I2")
    put(ws, 2, 1, "Board of Directors (Public) – Action Log",
        font=Font(bold=True, size=12), border=False)
    ws.merge_cells("A3:I3")
    put(ws, 3, 1, "As at 5 June 2025 (following the meeting held on 10 April 2025)",
        border=False)
    put(ws, 4, 1, "RAG key:", bold=True, border=False)
    put(ws, 4, 2, "Overdue", fill=RED)
    ws.merge_cells("C4:D4")
    put(ws, 4, 3, "In progress – within timescale", fill=AMBER)
    ws.merge_cells("E4:F4")
    put(ws, 4, 5, "Completed – proposed for closure", fill=GREEN)

    heads = ["Minute ref", "Meeting date", "Agenda item", "Action", "Lead",
             "Due date", "Revised due date", "Progress update", "RAG"]
    for i, h in enumerate(heads, start=1):
        put(ws, 6, i, h, fill=NAVY, font=WHITE_BOLD)

    rows = [
        ("24/112", d("05/12/2024"), "Integrated Performance Report (IPR)",
         "Provide a breakdown of inappropriate out of area placements by locality and length of stay, with a trajectory for eliminating them, to the February Board.",
         "Managing Director (DTV&F)", d("06/02/2025"), None,
         "Breakdown included at Appendix 3 of the February IPR. Trajectory to be monitored via the Resources and Planning Committee.",
         GREEN),
        ("24/118", d("05/12/2024"), "Patient Safety Incident Response Framework (PSIRF) – annual report",
         "Circulate the thematic review of incidents involving patients on Section 17 leave to all Board members.",
         "Chief Nurse", "Feb-25", "Apr-25",
         "Review completed; circulation held back so that the Quality Assurance Committee could consider it first (QuAC 20/03/25).\nCirculated 11/04/25.",
         GREEN),
        ("25/07", d("06/02/2025"), "Chair's Report and Chief Executive's Report",
         "Arrange a Board development session on the roll-out of Right Care, Right Person with Cleveland Police and Durham Constabulary.",
         "Company Secretary / Chief Executive", "Jun-25", None,
         "Session pencilled in for the Board development day on 26 June 2025; police colleagues have confirmed attendance.",
         AMBER),
        ("25/11", d("06/02/2025"), "Freedom to Speak Up Guardian – six-monthly report",
         "Report back on the uptake of Speak Up training among medical staff, broken down by grade, including resident doctors.",
         "Medical Director", d("10/04/2025"), "June 2025",
         "Not received by the April meeting. Data extract requested from ESR; now scheduled for the June Board.",
         RED),
        ("25/13", d("06/02/2025"), "Finance Report – Month 9",
         "Provide an analysis of agency spend against the agency cap for each care group, identifying the ten longest-running agency placements.",
         "Chief Finance Officer", "April 2025", None,
         "Analysis presented to the Resources and Planning Committee on 27/03/25 and summarised in the April finance report.",
         GREEN),
        ("25/24", d("10/04/2025"), "Our Journey To Change – quarterly update",
         "Bring the refreshed co-creation and lived experience plan to the Board for approval.",
         "Director of Corporate Affairs and Involvement", "Jul-25", None,
         "Draft shared with the Lived Experience Directorate; on track for the July meeting.",
         AMBER),
        ("25/29", d("10/04/2025"), "Board Assurance Framework",
         "Review the target score for BAF risk 7 (estate and environment) in light of the 2025/26 capital allocation, and report through the Audit and Risk Committee.",
         "Chief Finance Officer / Director of Estates", "Ongoing – quarterly", None,
         "Standing item: the target score will be reviewed at each quarterly BAF refresh.",
         AMBER),
        ("25/31", d("10/04/2025"), "Guardian of Safe Working Hours – quarterly report",
         "Confirm the out of hours arrangements for exception reporting by resident doctors at Roseberry Park.",
         "Medical Director", d("05/06/2025"), None,
         "Verbal update to be given at the June Board.",
         AMBER),
    ]
    r = 7
    for ref, mdate, item, action, lead, due, rev, upd, rag in rows:
        put(ws, r, 1, ref)
        put(ws, r, 2, mdate, fmt="dd/mm/yyyy")
        put(ws, r, 3, item)
        put(ws, r, 4, action)
        put(ws, r, 5, lead)
        put(ws, r, 6, due, fmt="dd/mm/yyyy" if isinstance(due, datetime) else None)
        put(ws, r, 7, rev)
        put(ws, r, 8, upd)
        put(ws, r, 9, None, fill=rag)
        r += 1
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    put(ws, r, 1,
        "Note: actions shaded green are proposed for closure at this meeting and will be removed from the log once closure is agreed by the Board.",
        font=Font(italic=True), border=False)
    ws.freeze_panes = "A7"
    wb.save(out("yd-tees-esk-and-wear-valleys-nhsft-board-of-directors-public-action-log.xlsx"))


# =====================================================================
# 2. Greater Manchester FRS - HMICFRS values and culture recommendations tracker
# =====================================================================
RAGFILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def make_gmfrs():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    widths(s, [30, 20, 20])
    put(s, 1, 1, "Greater Manchester Fire and Rescue Service", font=Font(bold=True, size=14), border=False, align=None)
    put(s, 2, 1, "HMICFRS Values and Culture in Fire and Rescue Services (March 2023) – Recommendations Tracker",
        font=Font(bold=True), border=False, align=None)
    put(s, 3, 1, "Position at 30 June 2025. Reporting to: Strategic Leadership Team and Audit Committee",
        border=False, align=None)
    put(s, 5, 1, "Current RAG", fill=NAVY, font=WHITE_BOLD)
    put(s, 5, 2, "Number of actions", fill=NAVY, font=WHITE_BOLD)
    put(s, 5, 3, "Previous (March 2025)", fill=NAVY, font=WHITE_BOLD)
    summary = [("B – Complete", 4, 1, BLUE), ("G – On track", 1, 2, GREEN),
               ("A – At risk", 2, 4, AMBER), ("R – Off track", 1, 1, RED)]
    r = 6
    for lab, n, p, f in summary:
        put(s, r, 1, lab, fill=f)
        put(s, r, 2, n)
        put(s, r, 3, p)
        r += 1
    put(s, r, 1, "Total", bold=True)
    put(s, r, 2, 8, bold=True)
    put(s, r, 3, 8, bold=True)
    put(s, r + 2, 1,
        "15 of the 35 recommendations in the report are for national bodies and are not tracked here.",
        border=False, align=None)

    ws = wb.create_sheet("Tracker")
    widths(ws, [7, 44, 7, 46, 26, 12, 12, 10, 10, 46])
    ws.merge_cells("A1:J1")
    put(ws, 1, 1, "HMICFRS Values and Culture – Recommendations for Chief Fire Officers: Action Tracker",
        font=Font(bold=True, size=13), border=False)
    ws.merge_cells("A2:J2")
    put(ws, 2, 1, "Previous RAG = position reported to Audit Committee in March 2025; Current RAG = position at 30 June 2025. See the Key tab.",
        font=Font(italic=True), border=False)
    heads = ["Rec", "HMICFRS recommendation", "Ref", "Action", "Action owner",
             "Original deadline", "Revised deadline", "Previous RAG", "Current RAG",
             "Progress update"]
    for i, h in enumerate(heads, start=1):
        put(ws, 4, i, h, fill=NAVY, font=WHITE_BOLD)

    plan = [
        ("Theme 1: Raising concerns", [
            ("R1", "By 1 October 2023, chief fire officers should make sure their service offers a confidential route for staff to raise concerns, and that staff know how to use the whistleblowing process.", [
                ("1.1", "Commission an independent, confidential reporting line and publicise it on the intranet, on station noticeboards and at induction.",
                 "Head of People", "01/10/2023", None, "B", "B",
                 "External reporting line live since September 2023; usage reported quarterly to SLT."),
                ("1.2", "Refresh the Whistleblowing Policy and brief all watch and station managers on it.",
                 "Head of People; Head of Corporate Governance", "01/10/2023", "31/03/2025", "A", "B",
                 "Policy approved by SLT in February 2025; briefings completed in March 2025 (94% of managers)."),
            ]),
            ("R3", "By 1 June 2023, chief fire officers should review the support available to people who raise concerns and take any action needed so that the support is suitable.", [
                ("3.1", "Map the support available (EAP, peer supporters, Speak Up advocates), consult the staff networks and close the gaps identified.",
                 "Area Manager – Inclusion", "01/06/2023", "30/09/2025", "A", "A",
                 "Mapping complete; consultation extended to include Fire Control. Gap closure plan due in September."),
            ]),
        ]),
        ("Theme 2: Misconduct", [
            ("R12", "By 1 December 2023, chief fire officers should make sure misconduct investigations are carried out by trained investigators who are independent of the people involved.", [
                ("12.1", "Train a pool of investigating officers to the national standard and keep a register of their availability.",
                 "Professional Standards Manager", "01/12/2023", "31/12/2025", "R", "A",
                 "14 of 20 officers trained; remaining places booked on the October 2025 course."),
                ("12.2", "Agree a reciprocal arrangement with neighbouring fire and rescue services for investigations involving senior managers.",
                 "Director of People and Organisational Development", "01/12/2023", None, "G", "B",
                 "Memorandum of understanding signed with two North West services in May 2025."),
            ]),
        ]),
        ("Theme 3: Background checks", [
            ("R9", "By 1 January 2024, chief fire officers should make sure all staff have background checks appropriate to their role, and that these are repeated at suitable intervals.", [
                ("9.1", "Complete standard DBS checks for all operational staff who have not been checked in the last three years.",
                 "HR Business Partner (Vetting)", "31/03/2024", "31/03/2025", "A", "B",
                 "All 1,236 checks complete. Two adverse disclosures managed through the conduct process."),
                ("9.2", "Introduce a three-yearly re-check cycle and record check dates in the HR system.",
                 "HR Systems Lead", "31/03/2024", "30/06/2026", "A", "R",
                 "System change delayed by the HR and payroll replacement project; interim spreadsheet control in place."),
            ]),
        ]),
        ("Theme 4: Leadership and development", [
            ("R20", "By 1 June 2024, chief fire officers should introduce 360-degree feedback for all senior leaders, including the chief fire officer.", [
                ("20.1", "Roll out 360-degree feedback to the Strategic Leadership Team and all Group Managers, with results feeding personal development plans.",
                 "Assistant Chief Fire Officer (Corporate Services)", "01/06/2024", "31/07/2025", "G", "G",
                 "SLT cycle complete; Group Manager cycle under way."),
            ]),
        ]),
    ]
    r = 5
    for theme, recs in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        put(ws, r, 1, theme, fill=LIGHT, bold=True)
        r += 1
        for rec, rtext, actions in recs:
            first = r
            for ref, act, owner, orig, rev, prev, cur, upd in actions:
                put(ws, r, 3, ref)
                put(ws, r, 4, act)
                put(ws, r, 5, owner)
                put(ws, r, 6, d(orig), fmt="dd/mm/yyyy")
                put(ws, r, 7, d(rev) if rev else None, fmt="dd/mm/yyyy")
                put(ws, r, 8, prev, fill=RAGFILL[prev], align=Alignment(horizontal="center", vertical="top"))
                put(ws, r, 9, cur, fill=RAGFILL[cur], align=Alignment(horizontal="center", vertical="top"))
                put(ws, r, 10, upd)
                r += 1
            put(ws, first, 1, rec, bold=True)
            put(ws, first, 2, rtext)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    ws.freeze_panes = "A5"

    k = wb.create_sheet("Key")
    widths(k, [8, 60])
    put(k, 1, 1, "RAG key", bold=True, border=False, align=None)
    keyrows = [("B", "Complete – action delivered and evidence held", BLUE),
               ("G", "On track to meet the (revised) deadline", GREEN),
               ("A", "At risk – some slippage, recoverable", AMBER),
               ("R", "Off track or past the revised deadline", RED)]
    for i, (l, t, f) in enumerate(keyrows, start=2):
        put(k, i, 1, l, fill=f)
        put(k, i, 2, t)
    wb.save(out("yd-greater-manchester-fire-rescue-service-hmicfrs-values-culture-recommendations-tracker.xlsx"))


# =====================================================================
# 3. Sovereign Network Group - strategic risk register 2025/26
# =====================================================================
STATUSFILL = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}


def make_sng():
    wb = Workbook()
    c = wb.active
    c.title = "Cover"
    widths(c, [14, 14, 30, 50])
    put(c, 1, 1, "Sovereign Network Group", font=Font(bold=True, size=14), border=False, align=None)
    put(c, 2, 1, "Strategic Risk Register 2025/26", font=Font(bold=True, size=12), border=False, align=None)
    put(c, 3, 1, "Quarter 2 update – Audit and Risk Committee, 18 November 2025", border=False, align=None)
    put(c, 5, 1, "Document control", bold=True, border=False, align=None)
    for i, h in enumerate(["Version", "Date", "Author", "Change"], start=1):
        put(c, 6, i, h, fill=GREY, bold=True)
    docrows = [("3.0", "12/06/2025", "Head of Risk and Assurance", "Annual refresh approved by Group Board"),
               ("3.1", "04/11/2025", "Risk and Assurance Manager", "Q2 scores, commentary and further actions updated")]
    for j, row in enumerate(docrows, start=7):
        for i, v in enumerate(row, start=1):
            put(c, j, i, d(v) if i == 2 else v, fmt="dd/mm/yyyy" if i == 2 else None)
    put(c, 10, 1, "Action status key", bold=True, border=False, align=None)
    for j, (lab, col) in enumerate([("Complete", "Blue"), ("On track", "Green"),
                                    ("At risk", "Amber"), ("Off track", "Red")], start=11):
        put(c, j, 1, lab, fill=STATUSFILL[lab])
        put(c, j, 2, col)
    put(c, 16, 1, "Scoring: likelihood (1–5) x impact (1–5). Residual scores of 15 and above are outside the Board's risk appetite.",
        border=False, align=None)

    sm = wb.create_sheet("Risk summary")
    widths(sm, [8, 44, 26, 12, 12, 12])
    for i, h in enumerate(["Risk ID", "Strategic risk", "Risk owner", "Residual Q1", "Residual Q2", "Target"], start=1):
        put(sm, 1, i, h, fill=TEAL, font=WHITE_BOLD)
    risks_summary = [("SR01", "Tenant and building safety", "Chief Operating Officer", 12, 12, 8),
                     ("SR02", "Financial capacity and covenant compliance", "Chief Financial Officer", 16, 15, 10),
                     ("SR03", "Consumer regulation and tenant satisfaction", "Chief Customer Officer", 12, 9, 6)]
    for j, row in enumerate(risks_summary, start=2):
        for i, v in enumerate(row, start=1):
            put(sm, j, i, v)

    risks = [
        ("SR01", "SR01 – Tenant and building safety", "Chief Operating Officer",
         "Failure to meet statutory health and safety obligations (fire, gas, electrical, water, asbestos, lifts) or to respond effectively to damp and mould, leading to harm to residents, regulatory action and reputational damage.",
         "Compliance team with monthly six-pillar KPI reporting to Executive\nBuilding safety cases for all higher-risk buildings\nDamp and mould triage within 48 hours\nIndependent third-party assurance audits",
         "5 x 5 = 25", "3 x 4 = 12", "2 x 4 = 8", "Stable",
         [("SR01.1", "Complete the outstanding remedial actions rated 'high' from fire risk assessments of general needs blocks.",
           "Director of Building Safety", d("31/12/2025"), None, "On track",
           "412 of 530 high-rated actions closed at the end of September."),
          ("SR01.2", "Implement the Awaab's Law process for emergency hazards, including 24-hour make-safe and written summaries to residents.",
           "Director of Repairs and Maintenance", "Oct-25", None, "Complete",
           "Process live from 27 October 2025; first month's compliance to be reported to Executive."),
          ("SR01.3", "Procure a single stock condition data platform so that compliance and stock condition records sit in one system.",
           "Chief Information Officer / Head of Asset Management", "Q4 2025/26", None, "At risk",
           "Procurement paused pending the systems integration review; Q4 milestone at risk.")]),
        ("SR02", "SR02 – Financial capacity and covenant compliance", "Chief Financial Officer",
         "Cost inflation, rent policy and the investment needed in existing homes reduce headroom against lender covenants and limit the development programme.",
         "Board-approved financial plan with stress testing\nMonthly treasury dashboard\nGolden rules monitored quarterly by Finance Committee",
         "4 x 5 = 20", "3 x 5 = 15", "2 x 5 = 10", "Improving",
         [("SR02.1", "Refresh the multi-variate stress testing for the 2026/27 business plan, including a combined repairs inflation and rent cap scenario.",
           "Director of Financial Planning", d("28/02/2026"), None, "On track",
           "Scenarios agreed with Finance Committee in October."),
          ("SR02.2", "Deliver the £15m operating cost efficiency programme for 2025/26.",
           "Chief Financial Officer; Chief Operating Officer", d("31/03/2026"), None, "At risk",
           "£9.1m secured to date; procurement savings slower than planned."),
          ("SR02.3", "Complete the refinancing of the 2026 bond maturity.",
           "Director of Treasury", d("30/09/2025"), d("31/01/2026"), "Off track",
           "Treasury Committee deferred pricing because of market conditions; revised date agreed.")]),
        ("SR03", "SR03 – Consumer regulation and tenant satisfaction", "Chief Customer Officer",
         "Failure to evidence compliance with the Regulator of Social Housing's consumer standards, or falling tenant satisfaction measures, leading to a consumer grading below C1.",
         "Consumer standards self-assessment refreshed annually\nTSM dashboard reported to Customer Committee quarterly\nComplaints performance reported monthly",
         "4 x 4 = 16", "3 x 3 = 9", "2 x 3 = 6", "Improving",
         [("SR03.1", "Complete the self-assessment against the Transparency, Influence and Accountability Standard and report the results to the Customer Committee.",
           "Head of Customer Insight", "Sep-25", None, "Complete",
           "Reported to Customer Committee on 24 September 2025."),
          ("SR03.2", "Reduce to zero the backlog of stage 1 complaints outside Housing Ombudsman Code timescales.",
           "Director of Customer Experience", d("31/12/2025"), None, "On track",
           "Backlog down from 318 to 74."),
          ("SR03.3", "Complete tenancy audits for all households not visited in the last five years, prioritising residents with recorded vulnerabilities.",
           "Director of Neighbourhoods", "Ongoing (rolling programme)", None, "On track",
           "6,820 audits completed this year.")]),
    ]
    for rid, title, owner, desc, controls, inh, res, tgt, dot, actions in risks:
        ws = wb.create_sheet(rid)
        widths(ws, [22, 50, 30, 13, 13, 11, 40])
        ws.merge_cells("A1:G1")
        put(ws, 1, 1, title, fill=TEAL, font=Font(bold=True, size=13, color="FFFFFF"))
        labels = [("Risk owner", owner), ("Risk description", desc), ("Key controls", controls),
                  ("Inherent score", inh), ("Residual score (Q2)", res), ("Target score", tgt),
                  ("Direction of travel", dot)]
        for j, (lab, val) in enumerate(labels, start=3):
            put(ws, j, 1, lab, fill=GREY, bold=True)
            ws.merge_cells(start_row=j, start_column=2, end_row=j, end_column=7)
            put(ws, j, 2, val)
        put(ws, 11, 1, "Further actions required", bold=True, border=False, align=None)
        for i, h in enumerate(["Ref", "Action", "Action owner", "Target date", "Revised date", "Status", "Q2 commentary"], start=1):
            put(ws, 12, i, h, fill=TEAL, font=WHITE_BOLD)
        for j, (ref, act, aown, tdate, rdate, st, com) in enumerate(actions, start=13):
            put(ws, j, 1, ref)
            put(ws, j, 2, act)
            put(ws, j, 3, aown)
            put(ws, j, 4, tdate, fmt="dd/mm/yyyy" if isinstance(tdate, datetime) else None)
            put(ws, j, 5, rdate, fmt="dd/mm/yyyy" if rdate else None)
            put(ws, j, 6, st, fill=STATUSFILL[st])
            put(ws, j, 7, com)
    wb.save(out("yd-sovereign-network-group-strategic-risk-register-2025-26.xlsx"))


# =====================================================================
# 4. Sunderland College - QIP 2024-25 (CSV export) - refuse: mistyped month
# =====================================================================
def make_sunderland():
    rows = [
        ["Sunderland College Quality Improvement Plan 2024-25"] + [""] * 7,
        ["Education Partnership North East | Actions arising from the Self-Assessment Report 2023-24 | Updated 17/03/2025"] + [""] * 7,
        [""] * 8,
        ["Ref", "Theme", "Area for improvement", "Action", "Responsible", "Target date", "Progress update", "RAG"],
        ["QE1.1", "Quality of education", "Too few learners on level 3 vocational programmes achieve high grades",
         "Introduce half-termly progress reviews against aspirational target grades for all level 3 learners",
         "Assistant Principal – Technical Education", "Dec-24",
         "Reviews embedded; 71% of learners on or above target at the February review", "G"],
        ["QE1.2", "Quality of education", "Too few learners on level 3 vocational programmes achieve high grades",
         "Deliver CPD on stretch and challenge through the teaching and learning coaches",
         "Head of Teaching, Learning and Assessment", "Apr-25",
         "Two of three CPD sessions delivered; observations show improvement in questioning", "G"],
        ["QE2.1", "Quality of education", "Attendance at English and maths GCSE resit lessons is below the college target",
         "Introduce same-day attendance follow-up by progress coaches for all English and maths resit classes",
         "Head of English and Maths", "Oct-24",
         "In place since October half term; attendance up from 78% to 84%", "Complete"],
        ["QE2.2", "Quality of education", "Attendance at English and maths GCSE resit lessons is below the college target",
         "Analyse November mock results and run targeted intervention groups ahead of the summer exam series",
         "Head of English and Maths", "Janaury 2025",
         "Mock analysis completed; intervention groups running on Wednesday afternoons", "G"],
        ["BA1.1", "Behaviour and attitudes", "Punctuality on some study programmes is not good enough",
         "Introduce a punctuality charter with learners and report lateness weekly to curriculum managers",
         "Director of Student Services", "Jan-25",
         "Charter launched; lateness reduced in construction and motor vehicle but not yet in creative arts", "A"],
        ["PD1.1", "Personal development", "Too few learners on study programmes complete meaningful work experience",
         "Secure external placements for all second-year level 3 learners through the employer engagement team",
         "Head of Careers and Employability", "Jun-25",
         "62% of learners placed; health and social care placements slower to confirm", "A"],
        ["PD1.2", "Personal development", "Too few learners on study programmes complete meaningful work experience",
         "Record work experience hours and employer feedback on the learner tracking system",
         "Head of Careers and Employability", "Jul-25",
         "Tracking fields added; staff briefed", "G"],
        ["LM1.1", "Leadership and management", "Governors do not receive enough detail on the progress of learners with high needs",
         "Add a high needs progress section to the termly Quality and Standards Committee report",
         "Vice Principal – Quality / Head of High Needs", "Mar-25",
         "First report presented to the March committee", "G"],
        [""] * 8,
        ["Key: G = on track; A = at risk; R = off track; Complete = action completed"] + [""] * 7,
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        w.writerow(row)
    with open(out("yd-sunderland-college-quality-improvement-plan-2024-25-typo-month-refuse.csv"),
              "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, white=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if white:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def header_row(table, heads, colour="1F3864"):
    for i, h in enumerate(heads):
        c = table.rows[0].cells[i]
        cell_text(c, h, bold=True, white=True)
        shade(c, colour)


# =====================================================================
# 5. Bramley Court Care Home - CQC inspection action plan (docx)
# =====================================================================
def make_bramley():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Bramley Court Care Home – CQC Inspection Action Plan", level=0)
    doc.add_paragraph("Provider: Bramley Healthcare Ltd    Location ID: 1-10384726511")
    doc.add_paragraph("Inspection: 21 and 22 January 2025    Report published: 18 March 2025    "
                      "Overall rating: Requires improvement (Safe: Requires improvement; Well-led: Requires improvement)")

    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Prepared by", "Reviewed by"], "595959")
    for i, row in enumerate([["1.0", "01/04/2025", "Registered Manager", "Regional Operations Director"],
                             ["1.1", "16/06/2025", "Registered Manager", "Regional Operations Director"]], start=1):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v)

    heads = ["No.", "What we will do", "Who", "By when", "Progress / evidence", "Status"]
    sections = [
        ("Safe", [
            ("Breach of Regulation 12 (Safe care and treatment): Risks associated with people's medicines, including 'as required' (PRN) medicines and topical creams, were not always managed safely.", [
                ("1", "Introduce PRN protocols for every person prescribed 'as required' medicines, reviewed by the GP at the monthly ward round.",
                 "Deputy Manager / Clinical Lead", "28/02/2025",
                 "Protocols in place for all 14 people; checked in the March medicines audit.", "Complete"),
                ("2", "Move topical cream records onto the electronic MAR system and remove the paper body maps.",
                 "Registered Manager", "End of March 2025",
                 "eMAR topicals module live 24/03/2025.", "Complete"),
                ("3", "Complete monthly medicines audits and share the findings at the clinical governance meeting.",
                 "Deputy Manager", "Ongoing – monthly",
                 "April and May audits completed; 96% and 98% compliance.", "G"),
            ]),
            ("Breach of Regulation 12 (Safe care and treatment): Risk assessments for people at risk of falls were not always updated after a fall.", [
                ("4", "Review the falls risk assessment and care plan within 72 hours of any fall, using the post-falls huddle tool.",
                 "Unit Leads (Nightingale and Fern units)", "31/03/2025",
                 "Huddle tool in use on both units; spot check in May found all reviews in time.", "Complete"),
            ]),
        ]),
        ("Well-led", [
            ("Breach of Regulation 17 (Good governance): Quality assurance systems had not identified the shortfalls found at this inspection.", [
                ("5", "Replace the audit schedule with a quality assurance calendar covering all quality statements.",
                 "Registered Manager and Regional Director", "30/04/2025\nRevised: 30/06/2025",
                 "Calendar drafted; the provider's May visit found gaps in the dining experience audit, now being added.", "A"),
                ("6", "Hold monthly residents' and relatives' meetings and display a 'You said, we did' board.",
                 "Activities Coordinator", "w/c 07/04/25",
                 "First meeting held 9 April; board in reception.", "Complete"),
            ]),
            ("Should do: The provider should make sure staff supervision takes place in line with its policy.", [
                ("7", "Set up a supervision matrix and complete supervision for all staff every eight weeks.",
                 "Deputy Manager", "July 2025",
                 "68% of supervisions in date at the end of May.", "A"),
            ]),
        ]),
    ]
    for sect, groups in sections:
        doc.add_heading(sect, level=1)
        nrows = 1 + sum(1 + len(a) for _, a in groups)
        t = doc.add_table(rows=nrows, cols=6)
        t.style = "Table Grid"
        header_row(t, heads)
        r = 1
        for finding, actions in groups:
            row = t.rows[r]
            m = row.cells[0].merge(row.cells[5])
            cell_text(m, finding, bold=True)
            shade(m, "E2EFDA")
            r += 1
            for vals in actions:
                for j, v in enumerate(vals):
                    cell_text(t.rows[r].cells[j], v)
                r += 1
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete = action completed and checked; G = on track; A = some delay; R = not on track.")
    doc.add_paragraph("Signed: Registered Manager    Date: 16/06/2025")
    doc.save(out("yd-bramley-court-care-home-cqc-inspection-action-plan.docx"))


# =====================================================================
# 6. Derbyshire Constabulary - HMICFRS digital forensics inspection action plan
# =====================================================================
def make_derbyshire():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("OFFICIAL").bold = True
    p = doc.add_paragraph()
    p.add_run("Derbyshire Constabulary").bold = True
    doc.add_heading("HMICFRS Digital Forensics Inspection – Force Action Plan", level=0)
    doc.add_paragraph("An inspection into how well the police and other agencies use digital forensics in their investigations (HMICFRS, December 2022)")
    doc.add_paragraph("Version 1.6 – July 2025")
    doc.add_paragraph("Senior responsible officer: Assistant Chief Constable (Crime and Criminal Justice)    "
                      "Plan owner: Head of Forensic Services")
    doc.add_paragraph("The inspection report was published on 1 December 2022. It made nine recommendations, "
                      "three of which are for chief constables. Progress is reported to the Organisational Learning Board.")

    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    header_row(t, ["RAG", "Meaning"], "595959")
    key = [("Blue", "Complete – evidence provided and closure agreed at Organisational Learning Board", "0070C0"),
           ("Green", "On track", "00B050"),
           ("Amber", "Some slippage – recoverable", "FFC000"),
           ("Red", "Off track – escalation required", "FF0000")]
    for i, (a, b, col) in enumerate(key, start=1):
        cell_text(t.rows[i].cells[0], a)
        shade(t.rows[i].cells[0], col)
        cell_text(t.rows[i].cells[1], b)

    heads = ["Action No.", "Action", "Owner", "Target date", "Update", "RAG"]
    rag_colour = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    doc.add_heading("Part A: HMICFRS recommendations for chief constables", level=1)
    recs = [
        ("Recommendation 3: By 31 December 2023, chief constables should make sure their force understands the demand for digital forensics, including requests to digital media investigators and use of self-service kiosks, so that resources can be matched to demand.", [
            ("3.1", "Build a digital forensics demand dashboard combining DFU, kiosk and DMI requests, reported monthly to the Digital Investigation Board.",
             "Head of Forensic Services", "31/12/2023", "Dashboard live from January 2024.", "Blue"),
            ("3.2", "Carry out a demand and capacity review of the Digital Forensics Unit and present options to Chief Officer Group.",
             "Head of Forensic Services / Head of Strategic Planning", "March 2024",
             "Review presented to COG on 19/03/2024; option 2 approved.", "Blue"),
        ]),
        ("Recommendation 5: By 30 June 2024, chief constables should make sure all staff who use digital forensic kiosks are trained, and that kiosk use meets the Forensic Science Regulator's Code of Practice.", [
            ("5.1", "Refresh kiosk operator training and remove access for operators whose competence has lapsed.",
             "DFU Quality Manager", "30/06/2024", "186 operators retrained; 41 accounts removed.", "Blue"),
            ("5.2", "Achieve ISO/IEC 17025 accreditation for kiosk examinations at all four sites.",
             "DFU Quality Manager", "31/12/2024\nRevised: 30/09/2025",
             "UKAS assessment held in May 2025; two findings being cleared.", "Amber"),
        ]),
        ("Recommendation 8: By 31 March 2024, chief constables should make sure investigators can get advice from a suitably trained digital media investigator (DMI) at every stage of an investigation.", [
            ("8.1", "Train an additional 12 DMIs so that at least one DMI is available on each response and CID shift pattern.",
             "Detective Superintendent (Crime Support)", "Q3 2024/25",
             "10 of 12 trained; final two complete the course in August 2025.", "Green"),
            ("8.2", "Publish DMI contact arrangements and a request form on the force intranet.",
             "Head of Forensic Services", "31/03/2024", "Published 28/03/2024.", "Blue"),
        ]),
    ]
    for rec, actions in recs:
        t = doc.add_table(rows=2 + len(actions), cols=6)
        t.style = "Table Grid"
        m = t.rows[0].cells[0].merge(t.rows[0].cells[5])
        cell_text(m, rec, bold=True)
        shade(m, "DEEAF6")
        for i, h in enumerate(heads):
            c = t.rows[1].cells[i]
            cell_text(c, h, bold=True, white=True)
            shade(c, "1F3864")
        for r, vals in enumerate(actions, start=2):
            for j, v in enumerate(vals):
                cell_text(t.rows[r].cells[j], v)
            shade(t.rows[r].cells[5], rag_colour[vals[5]])
        doc.add_paragraph()

    doc.add_heading("Part B: Additional force actions", level=1)
    doc.add_paragraph("These actions were identified through the force's own self-assessment against the report "
                      "and are monitored alongside the recommendations.")
    extra = [
        ("B1", "Reduce the DFU backlog of devices awaiting examination to below 150, prioritising RASSO and child protection cases.",
         "Head of Forensic Services", "31/03/2026",
         "Backlog 212 at the end of June 2025 (480 in January 2024).", "Green"),
        ("B2", "Introduce target times for returning victims' devices and record them on Niche.",
         "Head of Forensic Services and Head of Crime Standards", "TBC",
         "Awaiting national guidance from the NPCC digital forensics lead.", "Amber"),
    ]
    t = doc.add_table(rows=1 + len(extra), cols=6)
    t.style = "Table Grid"
    header_row(t, heads)
    for r, vals in enumerate(extra, start=1):
        for j, v in enumerate(vals):
            cell_text(t.rows[r].cells[j], v)
        shade(t.rows[r].cells[5], rag_colour[vals[5]])
    doc.add_paragraph()
    doc.add_paragraph("OFFICIAL")
    doc.save(out("yd-derbyshire-constabulary-hmicfrs-digital-forensics-inspection-action-plan.docx"))


# =====================================================================
# 7. Environment Agency - ARAC internal audit recommendations tracker (TSV text)
# =====================================================================
def make_ea():
    lines = [
        "Environment Agency",
        "Audit and Risk Assurance Committee (ARAC) – 22 October 2025",
        "Internal audit recommendations tracker – GIAA reports 2024-25 and 2025-26",
        "Report run: 08/10/2025",
        "",
    ]
    header = ["Audit", "Ref", "Priority", "Recommendation", "Agreed management action",
              "Action owner", "Original due date", "Revised due date", "RAG"]
    fim = "Flood incident management – duty officer resilience (2024-25)"
    pcs = "Permitting – charging scheme income (2024-25)"
    cyb = "Cyber security – third-party access (2025-26)"
    fim1 = "The Agency should set minimum duty officer numbers for each area and monitor rota gaps centrally."
    fim2 = "Duty officer training records should be held in one system and checked before staff join the rota."
    pcs1 = "Management should reconcile permit application fees received to permits issued each month."
    pcs2 = "Fee waivers and refunds should be approved in line with the scheme of delegation and recorded with reasons."
    cyb1 = "All third-party remote access accounts should be reviewed quarterly and removed when no longer needed."
    cyb2 = "Supplier contracts should require suppliers to tell the Agency when staff with access leave."
    rows = [
        [fim, "FIM 1.1", "H", fim1,
         "Set minimum duty rota numbers for all 14 areas and publish them in the Incident Management Standards.",
         "Director of Incident Management and Resilience", "31/03/2025", "30/09/2025", "Complete"],
        [fim, "FIM 1.2", "H", fim1,
         "Add rota gap reporting to the monthly incident readiness dashboard.",
         "Deputy Director, Incident Management", "31/03/2025", "", "Complete"],
        [fim, "FIM 2.1", "M", fim2,
         "Move incident training records into the learning management system and add a check before staff are placed on the rota.",
         "Head of Incident Training", "30/06/2025", "31/12/2025", "Amber"],
        [pcs, "PCS 1.1", "H", pcs1,
         "Introduce a monthly reconciliation between the permitting system and the finance ledger, signed off by the finance business partner.",
         "Deputy Director, Finance Business Partnering", "31/05/2025", "", "Complete"],
        [pcs, "PCS 2.1", "M", pcs2,
         "Update the refunds procedure and restrict waiver approval in the permitting system to authorised officers.",
         "Head of Permitting Service / Head of Financial Control", "30/09/2025", "", "Red"],
        [cyb, "CYB 1.1", "H", cyb1,
         "Complete a full review of supplier remote access accounts and disable dormant accounts.",
         "Chief Information Security Officer", "31/10/2025", "", "Green"],
        [cyb, "CYB 1.2", "H", cyb1,
         "Automate quarterly access recertification through the identity management tool.",
         "Chief Information Security Officer", "Q4 2025/26", "", "Green"],
        [cyb, "CYB 2.1", "L", cyb2,
         "Add leaver notification clauses to contracts at renewal and write to current suppliers.",
         "Commercial Director", "At contract renewal", "", "Amber"],
    ]
    body = ["\t".join(header)] + ["\t".join(r) for r in rows]
    footer = [
        "",
        "Summary: 8 actions – Complete 3, Green 2, Amber 2, Red 1",
        "Priority: H = High, M = Medium, L = Low. RAG: Complete = implemented and verified by GIAA; "
        "Green = on track; Amber = at risk of missing the due date; Red = overdue.",
    ]
    with open(out("yd-environment-agency-arac-internal-audit-recommendations-tracker.txt"),
              "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines + body + footer) + "\r\n")


if __name__ == "__main__":
    make_tewv()
    make_gmfrs()
    make_sng()
    make_sunderland()
    make_bramley()
    make_derbyshire()
    make_ea()
    print("done")
