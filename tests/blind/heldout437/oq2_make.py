#!/usr/bin/env python3
"""Build the seven oq2- blind test files (set heldout437).

Run with: /work/main/.venv/bin/python oq2_make.py
Writes only files whose names start with "oq2-" into this script's folder.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
GREY, LIGHT = "D9D9D9", "DDEBF7"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def out(name):
    assert name.startswith("oq2-")
    return os.path.join(HERE, name)


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day):
    return dt.datetime(y, m, day)


def put(ws, row, col, value, bold=False, bg=None, fmt=None, border=True, size=None, color=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if bold or size or color:
        c.font = Font(bold=bold, size=size or 11, color=color)
    if bg:
        c.fill = fill(bg)
    if fmt:
        c.number_format = fmt
    if border:
        c.border = BOX
    return c


# ---------------------------------------------------------------------------
# 1. Cheshire Constabulary strategic risk register (xlsx)
# ---------------------------------------------------------------------------
def cheshire():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    put(cov, 1, 1, "Cheshire Constabulary", bold=True, size=16, border=False)
    put(cov, 2, 1, "Strategic Risk Register 2025/26", bold=True, size=14, border=False)
    put(cov, 3, 1, "Quarter 2 position (as at 30 September 2025)", border=False)
    put(cov, 5, 1, "Document control", bold=True, border=False)
    rows = [
        ("Register owner", "Deputy Chief Constable"),
        ("Maintained by", "Corporate Risk & Business Continuity Advisor"),
        ("Version", "2.3"),
        ("Last reviewed", "Strategic Risk Board, 14 October 2025"),
        ("Next review", "Strategic Risk Board, January 2026"),
        ("Reported to", "Joint Audit Committee, 11 November 2025"),
        ("Protective marking", "OFFICIAL"),
    ]
    for i, (k, v) in enumerate(rows, start=6):
        put(cov, i, 1, k, bold=True, bg=GREY)
        put(cov, i, 2, v)
    cov.column_dimensions["A"].width = 24
    cov.column_dimensions["B"].width = 48

    key = wb.create_sheet("Scoring key")
    put(key, 1, 1, "Risk scoring (Likelihood x Impact, 5 x 5 matrix)", bold=True, border=False)
    put(key, 2, 1, "Score", bold=True, bg=GREY)
    put(key, 2, 2, "Rating", bold=True, bg=GREY)
    put(key, 2, 3, "Review frequency", bold=True, bg=GREY)
    for r, (s, rt, rv, col) in enumerate([
        ("15 - 25", "High", "Monthly", RED),
        ("8 - 12", "Medium", "Quarterly", AMBER),
        ("1 - 6", "Low", "Six-monthly", GREEN),
    ], start=3):
        put(key, r, 1, s)
        put(key, r, 2, rt, bg=col)
        put(key, r, 3, rv)
    put(key, 7, 1, "Further action status", bold=True, border=False)
    for r, (s, meaning, col) in enumerate([
        ("Complete", "Action delivered and evidence provided to the Risk Advisor", BLUE),
        ("On track", "Action progressing and expected by the target date", GREEN),
        ("At risk", "Some slippage, recoverable within the quarter", AMBER),
        ("Off track", "Target date missed or will be missed; escalated to risk owner", RED),
    ], start=8):
        put(key, r, 1, s, bg=col)
        put(key, r, 2, meaning)
    put(key, 13, 1, "Direction of travel (DoT): ↑ risk increasing   ↓ risk decreasing   ↔ no change", border=False)
    key.column_dimensions["A"].width = 18
    key.column_dimensions["B"].width = 60
    key.column_dimensions["C"].width = 18

    ws = wb.create_sheet("Strategic Risk Register")
    ws.merge_cells("A1:O1")
    put(ws, 1, 1, "Cheshire Constabulary – Strategic Risk Register 2025/26", bold=True, size=14, border=False)
    ws.merge_cells("A2:O2")
    put(ws, 2, 1, "Q2 2025/26 – position at 30 September 2025. Risks are scored Likelihood (L) x Impact (I) on a 5 x 5 matrix.", border=False)
    groups = [("A4:C4", 1, "Risk"), ("D4:F4", 4, "Inherent risk"), ("G4:G4", 7, "Controls"),
              ("H4:K4", 8, "Current (residual) risk"), ("L4:O4", 12, "Further mitigating actions")]
    for rng, col, text in groups:
        if ":" in rng and rng.split(":")[0] != rng.split(":")[1]:
            ws.merge_cells(rng)
        put(ws, 4, col, text, bold=True, bg="1F3864", color="FFFFFF")
    heads = ["Risk ref & title", "Risk description (cause – event – consequence)", "Risk owner",
             "L", "I", "Score", "Key controls in place", "L", "I", "Score", "DoT",
             "Further mitigating action", "Action owner", "Target date", "Action status"]
    for c, h in enumerate(heads, start=1):
        put(ws, 5, c, h, bold=True, bg=GREY)

    def score_col(s):
        return RED if s >= 15 else AMBER if s >= 8 else GREEN

    status_col = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}
    risks = [
        ("SR01 – Workforce capacity and capability",
         "Cause: high numbers of student officers and a shortage of accredited detectives.\nEvent: insufficient experienced officers and staff to meet demand.\nConsequence: reduced service to victims, officer welfare impact and reputational damage.",
         "Deputy Chief Constable", 4, 4, 4, 3, "↔",
         "Strategic Workforce Plan 2025-28; daily resourcing meeting; PEQF tutor unit; wellbeing offer and Oscar Kilo assessment.",
         [("Deliver the detective pathway recruitment campaign to fill 40 PIP2 investigator vacancies across the three Local Policing Units.",
           "Head of People / Det Supt Crime", d(2026, 3, 31), "On track"),
          ("Introduce a tutor constable allowance and refresh the tutor unit model to improve retention of student officers.",
           "Head of People", d(2025, 11, 30), "At risk"),
          ("Complete the workforce establishment review for Public Protection and report options to Chief Officer Group.",
           "ACC Crime & Justice", "31/01/2026 (revised from 31/10/2025)", "Off track")]),
        ("SR02 – Information management and ICT resilience",
         "Cause: legacy systems and a rising cyber threat.\nEvent: loss of availability or integrity of critical systems, including Niche RMS and ControlWorks.\nConsequence: inability to respond to calls for service, loss of data and ICO enforcement action.",
         "Head of Digital Services", 4, 5, 3, 5, "↑",
         "Annual IT health check; NCSC Active Cyber Defence services; backup and restore testing; Information Assurance Board.",
         [("Complete migration of remaining on-premise file servers to the Microsoft 365 tenant and decommission legacy storage.",
           "Head of Digital Services", d(2026, 2, 28), "On track"),
          ("Conduct a live cyber incident exercise with the regional ROCU and Gold commanders, and update the cyber incident response plan.",
           "Information Security Officer; Head of Emergency Planning", d(2025, 12, 31), "On track"),
          ("Achieve PSN and NEP security compliance re-certification.",
           "Information Security Officer", d(2025, 8, 31), "Complete")]),
        ("SR03 – Financial sustainability (Medium Term Financial Plan)",
         "Cause: pay and non-pay inflation above the grant settlement.\nEvent: a budget gap of £9.8m by 2028/29.\nConsequence: reductions in workforce and services.",
         "Chief Finance Officer", 5, 4, 4, 4, "↔",
         "MTFP refreshed annually; monthly budget monitoring to Chief Officer Group; reserves strategy agreed with the PCC.",
         [("Identify and approve £3.2m of 2026/27 savings through the Priority Based Budgeting review.",
           "Chief Finance Officer", "Feb 2026", "On track"),
          ("Refresh the estates strategy and agree the disposal programme for surplus sites with the OPCC.",
           "Head of Estates & Facilities / OPCC Chief Executive", d(2026, 3, 31), "At risk")]),
        ("SR04 – Public confidence and police legitimacy",
         "Cause: national incidents of officer misconduct and local stop and search disproportionality.\nEvent: loss of public trust in Cheshire Constabulary.\nConsequence: reduced reporting, reduced co-operation with investigations and reputational harm.",
         "Deputy Chief Constable", 3, 5, 3, 4, "↓",
         "Professional Standards Department; Counter Corruption Unit; stop and search scrutiny panel; independent advisory groups.",
         [("Implement the revised vetting and professional standards action plan following the HMICFRS vetting, misconduct and misogyny report.",
           "Head of Professional Standards", d(2025, 12, 31), "On track"),
          ("Launch the force Community Engagement Framework and complete the review of independent advisory groups.",
           "Supt Partnerships", "Ongoing – quarterly report to Strategic Risk Board", "On track")]),
    ]
    r = 6
    counts = {}
    for n, (title, desc, owner, il, ii, cl, ci, dot, controls, acts) in enumerate(risks, start=1):
        top, bot = r, r + len(acts) - 1
        vals = [title, desc, owner, il, ii, il * ii, controls, cl, ci, cl * ci, dot]
        for c, v in enumerate(vals, start=1):
            bg = score_col(v) if c in (6, 10) else None
            put(ws, top, c, v, bold=(c == 1), bg=bg)
            if bot > top:
                ws.merge_cells(start_row=top, start_column=c, end_row=bot, end_column=c)
        for i, (act, aown, tgt, st) in enumerate(acts):
            rr = top + i
            put(ws, rr, 12, act)
            put(ws, rr, 13, aown)
            put(ws, rr, 14, tgt, fmt="dd/mm/yyyy" if isinstance(tgt, dt.datetime) else None)
            put(ws, rr, 15, st, bg=status_col[st])
            counts[st] = counts.get(st, 0) + 1
        r = bot + 1
    r += 1
    put(ws, r, 12, "Summary of further actions", bold=True, bg=GREY)
    for i, st in enumerate(["Complete", "On track", "At risk", "Off track"]):
        put(ws, r + 1 + i, 12, st, bg=status_col[st])
        put(ws, r + 1 + i, 13, counts.get(st, 0))
    put(ws, r + 5, 12, "Total", bold=True)
    put(ws, r + 5, 13, sum(counts.values()), bold=True)
    widths = [30, 48, 20, 5, 5, 7, 40, 5, 5, 7, 6, 55, 30, 22, 14]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"
    wb.active = 2
    wb.save(out("oq2-cheshire-constabulary-strategic-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. Harrogate and District NHSFT UEC improvement programme highlight report
# ---------------------------------------------------------------------------
def harrogate():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight report"
    ws.merge_cells("A1:H1")
    put(ws, 1, 1, "Harrogate and District NHS Foundation Trust", bold=True, size=12, border=False, color="005EB8")
    ws.merge_cells("A2:H2")
    put(ws, 2, 1, "Urgent & Emergency Care Improvement Programme – Highlight Report", bold=True, size=14, border=False)
    info = [
        (4, "Reporting period", "November 2025", "Overall programme RAG", "Amber", AMBER),
        (5, "Senior Responsible Owner", "Chief Operating Officer", "Previous overall RAG", "Amber", AMBER),
        (6, "Programme lead", "Deputy COO – Unscheduled Care", "Reporting to", "Resources Committee, 17 December 2025", None),
        (7, "Prepared by", "UEC Programme Manager (PMO)", "Date prepared", "05/12/2025", None),
    ]
    for row, k1, v1, k2, v2, bg in info:
        put(ws, row, 1, k1, bold=True, bg=LIGHT)
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
        put(ws, row, 2, v1)
        put(ws, row, 4, k2, bold=True, bg=LIGHT)
        ws.merge_cells(start_row=row, start_column=5, end_row=row, end_column=6)
        put(ws, row, 5, v2, bg=bg)
    ws.merge_cells("A9:H9")
    put(ws, 9, 1, "Key achievements this period", bold=True, bg="005EB8", color="FFFFFF")
    for i, line in enumerate([
        "• Same Day Emergency Care (SDEC) opening hours extended to 22:00 on weekdays from 3 November.",
        "• Ambulance handovers: 92% within 45 minutes (target 95%); no handover over 60 minutes since 14 November.",
        "• 4-hour performance 76.4% in November (October 74.1%) against the 78% planning standard for March 2026.",
    ], start=10):
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=8)
        put(ws, i, 1, line, border=False)
    ws.merge_cells("A13:H13")
    put(ws, 13, 1, "Key risks, issues and escalations", bold=True, bg="005EB8", color="FFFFFF")
    for i, line in enumerate([
        "• Medical bed occupancy averaged 97% in November; escalation beds open on Byland ward throughout the month.",
        "• Weekend ED medical rota gaps (middle grade) – locum cover agreed to end of January 2026.",
    ], start=14):
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=8)
        put(ws, i, 1, line, border=False)

    ws.merge_cells("A17:H17")
    put(ws, 17, 1, "Milestone plan", bold=True, bg="005EB8", color="FFFFFF")
    heads = ["Ref", "Milestone / action", "Lead", "Original date", "Revised date", "Previous RAG", "Current RAG", "Progress commentary"]
    for c, h in enumerate(heads, start=1):
        put(ws, 18, c, h, bold=True, bg=GREY)
    C = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE, None: None}
    plan = [
        ("Workstream 1: Front door and ED", [
            ("1.1", "Implement GP streaming at the ED front door 08:00–22:00, seven days a week", "Dr K Morrison / ED Matron",
             d(2025, 9, 30), d(2026, 1, 31), "A", "A",
             "Recruitment of 2 WTE ANPs complete; weekend rota gaps remain. Revised date agreed at UEC Board 12/11/25."),
            ("1.2", "Roll out the Rapid Assessment and Treatment (RAT) model for all ambulance arrivals", "Clinical Director – Emergency Medicine",
             d(2025, 10, 31), None, "G", "B", "Live from 6 October 2025. Handover times improved week on week."),
            ("1.3", "Open a mental health crisis assessment space adjacent to ED with the TEWV liaison team", "Deputy COO – Unscheduled Care; TEWV Service Manager",
             d(2026, 3, 31), None, "G", "G", "Estates works tendered; room identified in former plaster room."),
        ]),
        ("Workstream 2: Flow and discharge", [
            ("2.1", "Embed daily board rounds and criteria-led discharge on all medical wards", "Associate Director of Nursing (Medicine)",
             d(2025, 11, 30), None, "A", "R", "Compliance 61% against 90% target. Ward leadership support sessions planned for December."),
            ("2.2", "Increase pre-noon discharges to 33% of all discharges", "Patient Flow Lead",
             d(2025, 12, 31), None, "G", "A", "November position 21% (October 19%). Discharge lounge opening hours under review."),
            ("2.3", "Open a 12-bed frailty virtual ward with the Harrogate integrated care team", "Dr P Ellis and Sarah Hanley",
             d(2025, 10, 31), d(2026, 2, 28), "R", "A", "Clinical model signed off; remote monitoring contract awarded. Go-live moved to February."),
        ]),
        ("Workstream 3: Community and out-of-hospital", [
            ("3.1", "Agree an Urgent Community Response 2-hour referral pathway with YAS for falls (category 3 and 4)", "Head of Community Services",
             d(2025, 12, 31), None, "G", "G", "Pathway drafted; YAS clinical governance sign-off due 18 December."),
            ("3.2", "Develop the winter surge plan 2025/26 and test it through a tabletop exercise", "EPRR Manager",
             d(2025, 9, 30), None, "G", "B", "Exercise held 25 September; plan approved by Executive Management Team."),
            ("3.3", "Review the same-day frailty pathway with North Yorkshire Council and care providers", "Deputy COO – Unscheduled Care",
             d(2026, 3, 31), None, None, None, "Not yet started – scoping meeting booked for January 2026."),
        ]),
    ]
    r = 19
    for ws_title, rows in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        put(ws, r, 1, ws_title, bold=True, bg=LIGHT)
        r += 1
        for ref, act, lead, orig, rev, prev, cur, comm in rows:
            put(ws, r, 1, ref)
            put(ws, r, 2, act)
            put(ws, r, 3, lead)
            put(ws, r, 4, orig, fmt="dd/mm/yyyy")
            put(ws, r, 5, rev, fmt="dd/mm/yyyy")
            put(ws, r, 6, None, bg=C[prev])
            put(ws, r, 7, None, bg=C[cur])
            put(ws, r, 8, comm)
            r += 1
    for i, w in enumerate([7, 52, 30, 13, 13, 10, 10, 55], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w

    k = wb.create_sheet("KPIs")
    put(k, 1, 1, "Key performance indicators – November 2025", bold=True, border=False)
    for c, h in enumerate(["Measure", "Target", "Sep-25", "Oct-25", "Nov-25", "Trend"], start=1):
        put(k, 2, c, h, bold=True, bg=GREY)
    for r, row in enumerate([
        ("ED 4-hour performance (all types)", "78%", "73.8%", "74.1%", "76.4%", "↑"),
        ("Ambulance handovers within 45 minutes", "95%", "88%", "90%", "92%", "↑"),
        ("12-hour waits from arrival (% of attendances)", "<2%", "2.9%", "2.6%", "2.4%", "↑"),
        ("Pre-noon discharges", "33%", "18%", "19%", "21%", "↑"),
        ("Patients with no criteria to reside (daily average)", "25", "41", "38", "39", "↔"),
    ], start=3):
        for c, v in enumerate(row, start=1):
            put(k, r, c, v)
    k.column_dimensions["A"].width = 48

    key = wb.create_sheet("RAG key")
    put(key, 1, 1, "RAG definitions", bold=True, border=False)
    for r, (col, t) in enumerate([
        (BLUE, "Complete – milestone delivered"),
        (GREEN, "On track – will be delivered by the original or revised date"),
        (AMBER, "At risk – issues identified, mitigation in place"),
        (RED, "Off track – will not be delivered without escalation"),
    ], start=2):
        put(key, r, 1, None, bg=col)
        put(key, r, 2, t)
    key.column_dimensions["B"].width = 60
    wb.save(out("oq2-harrogate-and-district-nhsft-uec-improvement-programme-highlight-report.xlsx"))


# ---------------------------------------------------------------------------
# 3. HCUC quality improvement plan 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def hcuc():
    wb = Workbook()
    fs = wb.active
    fs.title = "Front sheet"
    put(fs, 1, 1, "HCUC – Harrow, Richmond & Uxbridge Colleges", bold=True, size=14, border=False, color="7030A0")
    put(fs, 2, 1, "Quality Improvement Plan 2025/26", bold=True, size=16, border=False)
    put(fs, 3, 1, "Arising from the Self-Assessment Report 2024/25", border=False)
    put(fs, 5, 1, "Version", bold=True, bg=GREY)
    put(fs, 5, 2, "Date", bold=True, bg=GREY)
    put(fs, 5, 3, "Approved / reviewed by", bold=True, bg=GREY)
    put(fs, 6, 1, "1.0")
    put(fs, 6, 2, d(2025, 12, 9), fmt="dd/mm/yyyy")
    put(fs, 6, 3, "Quality & Standards Committee")
    put(fs, 7, 1, "1.1")
    put(fs, 7, 2, d(2026, 1, 27), fmt="dd/mm/yyyy")
    put(fs, 7, 3, "Termly update – Senior Leadership Team")
    put(fs, 9, 1, "RAG key", bold=True, border=False)
    for r, (k, t, col) in enumerate([
        ("B", "Complete", BLUE), ("G", "On track", GREEN),
        ("A", "Some slippage – being monitored", AMBER), ("R", "Significant concern – escalated to SLT", RED),
    ], start=10):
        put(fs, r, 1, k, bold=True, bg=col)
        put(fs, r, 2, t)
    fs.column_dimensions["A"].width = 12
    fs.column_dimensions["B"].width = 40
    fs.column_dimensions["C"].width = 40

    ws = wb.create_sheet("QIP 2025-26")
    ws.merge_cells("A1:H1")
    put(ws, 1, 1, "Quality Improvement Plan 2025/26 – progress at January 2026", bold=True, size=13, border=False)
    heads = ["Ref", "Area for improvement (SAR 2024/25)", "Action", "Responsibility", "Timescale",
             "Success measure / impact", "Progress update – January 2026", "RAG"]
    for c, h in enumerate(heads, start=1):
        put(ws, 3, c, h, bold=True, bg="7030A0", color="FFFFFF")
    RC = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED, None: None}
    plan = [
        ("1. Curriculum and teaching", [
            ("Teachers in a minority of 16–19 study programmes do not check learners’ understanding well enough before moving on to new topics.", [
                ("1.1", "Deliver a programme of CPD on adaptive teaching and checking for understanding for all 16–19 teaching staff, led by the Advanced Practitioner team.",
                 "Head of Teaching, Learning & Assessment", "Dec 2025", "90% of observed lessons show effective checking for understanding.",
                 "Four CPD sessions delivered; 94% of staff attended.", "B"),
                ("1.2", "Introduce developmental learning walks focused on questioning in Business, Computing and Health & Social Care.",
                 "Heads of Faculty / Advanced Practitioners", "Termly", "Learning walk themes show improvement term on term.",
                 "First round completed in November; themes shared at faculty meetings.", "G"),
            ]),
            ("Too few apprentices on level 3 engineering standards receive timely off-the-job training that builds on their workplace learning.", [
                ("1.3", "Co-design training plans with each employer at the 8-week review and align off-the-job sessions to workplace rotations.",
                 "Head of Apprenticeships", "Jan 2026 – Jul 2026", "100% of level 3 engineering apprentices have a co-designed plan; OTJ hours on target.",
                 "62% of plans co-designed to date; two large employers yet to engage.", "A"),
                ("1.4", "Recruit an additional engineering skills coach for the Uxbridge campus.",
                 "Director of HR; Head of Apprenticeships", "Nov 2025", "Post filled; caseloads below 45 apprentices per coach.",
                 "Two recruitment rounds unsuccessful; agency cover in place.", "R"),
            ]),
        ]),
        ("2. Achievement", [
            ("Achievement rates for adult learners on level 2 English and maths qualifications remain below national rates.", [
                ("2.1", "Introduce initial and diagnostic assessment within the first two weeks for all adult English and maths learners.",
                 "Head of English & Maths", "Autumn term 2025", "All adult learners assessed within two weeks of start.",
                 "Completed for September and November starts.", "B"),
                ("2.2", "Track adult learner attendance weekly and follow up absence within 48 hours through the learner support team.",
                 "Head of English & Maths and Student Services Manager", "Ongoing", "Adult English and maths attendance at 88% or above.",
                 "Attendance 84% at end of autumn term (83% last year).", "G"),
            ]),
        ]),
        ("3. Attendance and behaviour", [
            ("Attendance of 16–18 learners in English and maths lessons is too low, particularly at the Harrow campus.", [
                ("3.1", "Launch the ‘Every Lesson Counts’ attendance campaign with weekly tutor reporting and parent/carer contact on first absence.",
                 "Assistant Principal – Student Experience", "Oct 2025", "16–18 English and maths attendance at 85% or above.",
                 "Campaign launched 6 October; first-day contact in place.", "B"),
                ("3.2", "Review timetabling so that English and maths lessons are not placed at the start or end of the day.",
                 "Director of MIS & Timetabling", "Summer term 2026", "2026/27 timetable meets the agreed principles.",
                 "Timetabling principles agreed by SLT; build starts April.", "G"),
            ]),
        ]),
        ("4. Leadership and governance", [
            ("Governors do not yet receive sufficiently detailed information on the quality of subcontracted provision.", [
                ("4.1", "Add a subcontracting quality dashboard to the termly Quality & Standards Committee report.",
                 "Vice Principal Quality", "By 31 March 2026", "Governors challenge subcontractor performance using the dashboard.",
                 "Draft dashboard reviewed by the Clerk; first full version for the March committee.", "G"),
                ("4.2", "Commission an external review of subcontractor quality assurance arrangements.",
                 "Clerk to the Corporation / Vice Principal Quality", d(2026, 6, 30), "Review completed and recommendations in the 2026/27 QIP.",
                 "Not yet started – scheduled for the summer term.", None),
            ]),
        ]),
    ]
    r = 4
    tally = {}
    for theme, afis in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        put(ws, r, 1, theme, bold=True, bg="E4DFEC")
        r += 1
        for afi, acts in afis:
            top = r
            for ref, act, resp, ts, sm, prog, rag in acts:
                put(ws, r, 1, ref)
                put(ws, r, 3, act)
                put(ws, r, 4, resp)
                put(ws, r, 5, ts, fmt="dd/mm/yyyy" if isinstance(ts, dt.datetime) else None)
                put(ws, r, 6, sm)
                put(ws, r, 7, prog)
                put(ws, r, 8, rag, bold=True, bg=RC[rag])
                tally[rag] = tally.get(rag, 0) + 1
                r += 1
            put(ws, top, 2, afi)
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    put(ws, r, 1, "Summary", bold=True, bg=GREY)
    labels = [("B", "Complete"), ("G", "On track"), ("A", "Some slippage"), ("R", "Significant concern"), (None, "Not yet rated")]
    for i, (k, lab) in enumerate(labels):
        put(ws, r + 1 + i, 2, lab, bg=RC[k])
        put(ws, r + 1 + i, 3, tally.get(k, 0))
    put(ws, r + 6, 2, "Total actions", bold=True)
    put(ws, r + 6, 3, sum(tally.values()), bold=True)
    for i, w in enumerate([6, 42, 55, 30, 18, 38, 45, 6], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w

    kp = wb.create_sheet("KPI targets")
    for c, h in enumerate(["Measure", "2024/25 actual", "2025/26 target"], start=1):
        put(kp, 1, c, h, bold=True, bg=GREY)
    for r, row in enumerate([
        ("16–18 achievement rate (all)", "84.2%", "87%"),
        ("Adult achievement rate (all)", "86.9%", "89%"),
        ("Apprenticeship overall achievement rate", "58.1%", "65%"),
        ("16–18 attendance – English and maths", "78%", "85%"),
    ], start=2):
        for c, v in enumerate(row, start=1):
            put(kp, r, c, v)
    kp.column_dimensions["A"].width = 45
    wb.active = 1
    wb.save(out("oq2-hcuc-quality-improvement-plan-2025-26.xlsx"))


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


def set_cell(cell, text, bold=False, bg=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(9)
    if bg:
        shade(cell, bg)


# ---------------------------------------------------------------------------
# 4. The Woodlands Surgery CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def woodlands():
    doc = Document()
    doc.add_paragraph("The Woodlands Surgery – CQC Inspection Action Plan", style="Title")
    doc.add_paragraph("Following the CQC inspection of 14 May 2025 (report published 2 July 2025). "
                      "This plan is reviewed at the monthly partners’ meeting and shared with the Patient Participation Group.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Provider", "The Woodlands Surgery (Dr A Khan & Partners)"),
        ("Overall rating", "Requires improvement"),
        ("Key questions rated requires improvement", "Safe; Well-led"),
        ("Action plan owner", "Practice Manager"),
        ("Version / date", "v3 – 15 October 2025"),
    ]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True, bg="D9E2F3")
        set_cell(cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Complete – action completed and evidence held; Green – on track; "
                      "Amber – at risk of missing the target date; Red – target date missed.")

    heads = ["Ref", "What CQC told us", "Action", "Lead", "Target date", "RAG"]
    RC = {"Complete": "8EAADB", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}

    def plan_table(groups):
        tbl = doc.add_table(rows=1, cols=6)
        tbl.style = "Table Grid"
        for c, h in enumerate(heads):
            set_cell(tbl.rows[0].cells[c], h, bold=True, bg="1F3864")
        for told, acts in groups:
            start = len(tbl.rows)
            for ref, act, lead, date, rag in acts:
                cells = tbl.add_row().cells
                set_cell(cells[0], ref)
                set_cell(cells[2], act)
                set_cell(cells[3], lead)
                set_cell(cells[4], date)
                set_cell(cells[5], rag, bg=RC[rag])
            end = len(tbl.rows) - 1
            top = tbl.cell(start, 1)
            if end > start:
                top = top.merge(tbl.cell(end, 1))
            set_cell(top, told)
        return tbl

    doc.add_heading("Requirement notices (must do)", level=1)
    doc.add_heading("Regulation 12 HSCA (RA) Regulations 2014: Safe care and treatment", level=2)
    plan_table([
        ("The provider must ensure care and treatment is provided in a safe way for service users.", [
            ("M1.1", "Carry out a full search of the clinical system for patients prescribed DOACs and methotrexate and recall any patient overdue monitoring bloods.",
             "Dr A Khan / Clinical Pharmacist", "31/07/2025", "Complete"),
            ("M1.2", "Introduce a monthly high-risk drug monitoring audit, reviewed at the clinical governance meeting.",
             "Clinical Pharmacist", "Ongoing – monthly", "Green"),
        ]),
        ("The provider must ensure that Patient Group Directions are appropriately authorised before use.", [
            ("M1.3", "Review all PGDs in use, re-sign them with the authorising GP and store signed copies on the shared drive with an expiry tracker.",
             "Lead Nurse", "August 2025", "Complete"),
        ]),
    ])
    doc.add_heading("Regulation 17 HSCA (RA) Regulations 2014: Good governance", level=2)
    plan_table([
        ("The provider must establish effective systems and processes to ensure good governance in accordance with the fundamental standards of care.", [
            ("M2.1", "Implement a practice-wide policy review schedule with named owners and review dates for all 46 practice policies.",
             "Practice Manager", "30/09/2025 revised to 30/11/2025", "Amber"),
            ("M2.2", "Ensure all staff complete safeguarding, infection prevention and control and basic life support training at the level appropriate to their role, with compliance monitored on the training matrix.",
             "Practice Manager and Assistant Practice Manager", "End of November 2025", "Green"),
            ("M2.3", "Complete the outstanding actions from the fire risk assessment and the legionella risk assessment.",
             "Practice Manager", "31/08/2025", "Complete"),
        ]),
    ])
    doc.add_heading("Areas where the practice should improve (should do)", level=1)
    tbl = doc.add_table(rows=1, cols=6)
    tbl.style = "Table Grid"
    for c, h in enumerate(heads):
        set_cell(tbl.rows[0].cells[c], h, bold=True, bg="1F3864")
    for row in [
        ("S1", "Continue to improve the uptake of cervical screening.",
         "Send text-message reminders with an online booking link and offer a Saturday morning screening clinic once a month.",
         "Lead Nurse", "March 2026", "Green"),
        ("S2", "Take action to improve patient satisfaction with telephone access.",
         "Install the cloud-based telephony system with call-back and queue position, and review the GP Patient Survey results with the PPG.",
         "Practice Manager; Patient Participation Group Chair", "Dec 2025", "Amber"),
        ("S3", "Ensure clinical supervision for non-medical prescribers is documented.",
         "Introduce quarterly recorded supervision sessions for the paramedic and pharmacist prescribers.",
         "Dr S Osei", "Q3 2025/26", "Green"),
    ]:
        cells = tbl.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v, bg=RC[v] if c == 5 else None)
    doc.add_paragraph("")
    doc.add_heading("Sign-off", level=1)
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for c, h in enumerate(["Role", "Name", "Date"]):
        set_cell(so.rows[0].cells[c], h, bold=True, bg="D9E2F3")
    for r, row in enumerate([("Lead GP Partner", "Dr A Khan", "15/10/2025"), ("Practice Manager", "Helen Brierley", "15/10/2025")], start=1):
        for c, v in enumerate(row):
            set_cell(so.rows[r].cells[c], v)
    doc.save(out("oq2-the-woodlands-surgery-cqc-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Ark Globe Academy post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
def ark_globe():
    doc = Document()
    p = doc.add_paragraph("Ark Globe Academy – Post-Ofsted Action Plan 2025–26", style="Title")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Inspection: 11–12 March 2025. Overall effectiveness: Requires improvement. "
                      "Plan approved by the Local Governing Body on 24 June 2025 and reviewed half-termly with the Ark Regional Director. "
                      "Progress updated: January 2026.")
    doc.add_paragraph("Key to staff initials", style="Heading 3")
    kt = doc.add_table(rows=1, cols=2)
    kt.style = "Table Grid"
    set_cell(kt.rows[0].cells[0], "Initials", bold=True, bg="D9D9D9")
    set_cell(kt.rows[0].cells[1], "Role", bold=True, bg="D9D9D9")
    for k, v in [("NO", "Principal"), ("SB", "Vice Principal – Curriculum"),
                 ("TA", "Assistant Principal – Reading and Literacy"),
                 ("RF", "Assistant Principal – Behaviour and Attendance")]:
        cells = kt.add_row().cells
        set_cell(cells[0], k)
        set_cell(cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("Progress is shown by the colour of the RAG cell: blue – completed; green – on track; "
                      "amber – partially on track; red – not on track.")
    RC = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}

    def priority(heading, afi, rows):
        doc.add_heading(heading, level=1)
        tbl = doc.add_table(rows=2, cols=6)
        tbl.style = "Table Grid"
        set_cell(tbl.cell(0, 0), "Ofsted area for improvement", bold=True, bg="FCE4D6")
        m = tbl.cell(0, 1).merge(tbl.cell(0, 5))
        set_cell(m, afi)
        for c, h in enumerate(["No.", "Action", "Lead", "Timescale", "Success criteria", "RAG"]):
            set_cell(tbl.cell(1, c), h, bold=True, bg="D9D9D9")
        for no, act, lead, when, sc, rag in rows:
            cells = tbl.add_row().cells
            for c, v in enumerate([no, act, lead, when, sc]):
                set_cell(cells[c], v)
            set_cell(cells[5], "", bg=RC[rag])
        doc.add_paragraph("")

    priority("Priority 1: Curriculum in key stage 3",
             "In some foundation subjects, the curriculum is not sequenced well enough for pupils to build their knowledge over time. "
             "Leaders should ensure that subject curriculums identify the key knowledge pupils need to learn and the order in which it should be taught.",
             [("1a", "Subject leaders in history, geography and RE to rewrite the key stage 3 curriculum maps, identifying the core knowledge for each unit.",
               "SB / Heads of Department", "Autumn term 2025", "Revised maps in place for all three subjects; pupils can recall prior knowledge in deep dives.", "B"),
              ("1b", "Deliver Ark subject network training on curriculum sequencing to all foundation-subject teachers.",
               "SB", "October 2025", "All foundation-subject teachers attended; sequencing evident in lesson resources.", "B"),
              ("1c", "Quality assure implementation through half-termly curriculum deep dives, with governor link visits.",
               "SB, NO", "Half-termly", "Deep-dive reports show consistent implementation across classes.", "G")])
    priority("Priority 2: Reading",
             "Pupils who are at an early stage of reading in Years 7 and 8 do not get the support they need to catch up quickly. "
             "Leaders should ensure that these pupils are identified swiftly and receive effective phonics and fluency teaching.",
             [("2a", "Screen all Year 7 pupils using the NGRT reading test within the first three weeks of the autumn term.",
               "TA", "September 2025", "100% of Year 7 screened; weakest readers identified and grouped.", "B"),
              ("2b", "Train six teaching assistants to deliver the Fresh Start phonics programme and timetable daily sessions.",
               "TA", "Nov 2025", "Daily sessions running for all identified pupils.", "A"),
              ("2c", "Re-test pupils on the reading intervention at the end of each term and report progress to the LGB.",
               "TA / NO", "Summer term 2026", "At least 70% of intervention pupils make accelerated progress in reading age.", "G")])
    priority("Priority 3: Attendance",
             "Too many disadvantaged pupils are persistently absent from school. "
             "Leaders should continue to work with families to improve the attendance of these pupils.",
             [("3a", "Appoint an attendance and family liaison officer and introduce daily first-day calling.",
               "RF", "Sept 2025", "Officer in post; first-day calls made for every absence.", "B"),
              ("3b", "Hold attendance support meetings with the families of all persistently absent disadvantaged pupils and agree individual attendance plans.",
               "RF and Heads of Year", "Ongoing", "Every persistently absent disadvantaged pupil has a plan reviewed each half-term.", "A"),
              ("3c", "Reduce persistent absence of disadvantaged pupils from 31% to below 22%.",
               "RF", "July 2026", "Persistent absence of disadvantaged pupils below 22%.", "R")])
    doc.add_paragraph("Monitoring: the LGB Standards Committee receives a progress report each half-term; "
                      "the Ark Regional Director reviews this plan at each school review visit.")
    doc.save(out("oq2-ark-globe-academy-post-ofsted-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. WM Housing Group internal audit tracker (csv) – refuse case
# ---------------------------------------------------------------------------
def wmh():
    W = 12
    rows = [
        ["WM Housing Group – Internal Audit Recommendations Tracker"],
        ["Audit & Risk Committee – 9 December 2025 (position at 21 November 2025)"],
        [],
        ["Audit", "Year", "Assurance", "Rec ref", "Priority", "Recommendation", "Agreed management action",
         "Action owner", "Original due date", "Revised due date", "Status", "Comments"],
        ["Damp and mould case management", "2024/25", "Limited", "DM.01", "High",
         "Establish a single case record for all damp and mould reports, including inspection dates and remedial works.",
         "Configure the damp and mould module in the housing management system and migrate all open cases.",
         "Head of Repairs", "September 2025", "January 2026", "In progress",
         "Module configured; migration of 412 open cases under way."],
        ["Damp and mould case management", "2024/25", "Limited", "DM.02", "Medium",
         "Ensure customers receive written confirmation of the works agreed after each inspection.",
         "Introduce a standard letter and SMS confirmation issued from the case record.",
         "Head of Repairs / Customer Insight Manager", "October 2025", "", "Complete",
         "Live from 13 October 2025."],
        ["Damp and mould case management", "2024/25", "Limited", "DM.03", "High",
         "Carry out follow-up inspections within six weeks of works completion to confirm the issue is resolved.",
         "Schedule automatic follow-up visits and report completion rates to the Customer Services Committee.",
         "Head of Repairs", "November 2025", "March 2026", "In progress",
         "Dependent on DM.01."],
        ["Gas safety compliance (LGSR)", "2024/25", "Reasonable", "GS.01", "Medium",
         "Strengthen the process for capping supplies where access cannot be gained after the third attempt.",
         "Update the no-access procedure and train the compliance team.",
         "Gas Compliance Manager", "July 2025", "", "Complete",
         "Procedure approved; training completed 24 July 2025."],
        ["Rent arrears and income collection", "2025/26", "Reasonable", "RA.01", "Medium",
         "Ensure arrears cases are reviewed against the escalation timetable in the Income Management Policy.",
         "Introduce a monthly arrears case review with exception reporting to the Head of Income.",
         "Head of Income", "December 2025", "", "In progress",
         "First review held 18 November 2025."],
        ["Rent arrears and income collection", "2025/26", "Reasonable", "RA.02", "Low",
         "Record the outcome of affordability assessments consistently.",
         "Add mandatory affordability fields to the tenancy sign-up form.",
         "Lettings Manager", "March 2026", "", "Not started", ""],
        ["Cyber security – patch management", "2025/26", "Limited", "CY.01", "High",
         "Ensure critical security patches are applied to servers within 14 days of release.",
         "Implement automated patch deployment and monthly compliance reporting to the IT Steering Group.",
         "Head of IT Infrastructure", "December 2025", "Feburary 2026", "In progress",
         "Tooling procured; phased roll-out across server estate."],
        ["Cyber security – patch management", "2025/26", "Limited", "CY.02", "Medium",
         "Maintain a complete asset register of end-user devices.",
         "Reconcile Intune and the asset register and remove unmanaged devices.",
         "IT Service Manager", "January 2026", "", "In progress", ""],
        [],
        ["Summary: 8 recommendations – 2 complete, 5 in progress, 1 not started. High priority: 3."],
    ]
    with open(out("oq2-wm-housing-group-internal-audit-recommendations-tracker-typo-month-refuse.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(row + [""] * (W - len(row)))


# ---------------------------------------------------------------------------
# 7. Maritime and Coastguard Agency board action log (tab-separated txt)
# ---------------------------------------------------------------------------
def mca():
    lines = [
        "Maritime and Coastguard Agency",
        "MCA Board – Rolling Action Log",
        "Updated after the Board meeting held on 25 November 2025",
        "",
        "\t".join(["Action ref", "Meeting", "Minute", "Action", "Owner", "Due", "RAG", "Update"]),
    ]
    rows = [
        ("B/25/029", "20/05/2025", "7.2",
         "Report back on options for replacing the lease of the Shetland coastguard operations centre.",
         "Director of Finance and Corporate Services; Estates Lead", "October 2025", "Red",
         "Delayed pending landlord response; update to the January Board."),
        None,  # continuation line
        ("B/25/031", "22/07/2025", "6.1",
         "Provide the Board with a reconciliation of the search and rescue helicopter contract costs against the 2025/26 budget profile.",
         "Director of Finance and Corporate Services", "September 2025", "Blue",
         "Reconciliation circulated 12/09/2025. Propose closure."),
        ("B/25/034", "22/07/2025", "8.3",
         "Bring a deep dive on coastguard rescue team volunteer recruitment and retention to a future Board.",
         "Director of HM Coastguard", "Jan 2026", "Green",
         "Scheduled for the January 2026 Board."),
        ("B/25/038", "23/09/2025", "4.2",
         "Circulate the results of the 2025 People Survey with a breakdown by directorate.",
         "Chief People Officer", "31/10/2025", "Blue",
         "Circulated 24/10/2025. Propose closure."),
        ("B/25/041", "23/09/2025", "5.1",
         "Review the scoring of strategic risk SR3 (digital resilience) in the light of the recent cyber incident at a partner agency and report back.",
         "Chief Digital Officer / Head of Risk and Assurance", "November 2025", "Amber",
         "Initial review complete; rescoring to be agreed at ARAC on 2 December 2025."),
        ("B/25/042", "23/09/2025", "7.4",
         "Provide an update on the UK Civil Hydrography Programme forward plan for 2026/27, including contractor capacity.",
         "Director of UK Hydrography", "Next meeting", "Green", ""),
        ("B/25/045", "25/11/2025", "3.1",
         "Arrange a Board visit to the National Maritime Operations Centre in Fareham.",
         "Board Secretary", "Q4 2025/26", "Green", "Dates being canvassed."),
        ("B/25/046", "25/11/2025", "6.2",
         "Share the draft 2026/27 business plan and budget with Non-Executive Directors for comment before submission to DfT.",
         "Director of Finance and Corporate Services", "End of January 2026", "Green", ""),
        ("B/25/047", "25/11/2025", "9.1",
         "Confirm that all actions from the MAIB recommendations relating to pilot ladder safety are on track.",
         "Director of Maritime Safety and Standards", "28/02/2026", "Green", ""),
    ]
    for r in rows:
        if r is None:
            lines.append("\t" * 7 + "New date to be agreed with the Chair.")
        else:
            lines.append("\t".join(r))
    lines += [
        "",
        "RAG key: Blue – complete (proposed for closure); Green – on track / not yet due; Amber – at risk of slipping; Red – overdue.",
        "Actions are removed from the log once the Board has agreed closure.",
    ]
    with open(out("oq2-maritime-and-coastguard-agency-board-action-log.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    cheshire()
    harrogate()
    hcuc()
    woodlands()
    ark_globe()
    wmh()
    mca()
    print("built 7 files in", HERE)
