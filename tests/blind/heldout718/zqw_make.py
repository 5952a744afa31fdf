#!/usr/bin/env python3
"""Build the seven zqw- blind test files (set heldout718).

Run with /work/main/.venv/bin/python zqw_make.py  (needs openpyxl and python-docx).
The content is invented; the layouts imitate published plans of each kind (see each
NAME.expected.yaml `source`).
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
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"
FILL = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day=1):
    return dt.datetime(y, m, day)


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


# ---------------------------------------------------------------------------
# 1. Humberside Police - Operation Soteria RASSO improvement plan (xlsx)
# ---------------------------------------------------------------------------
SOTERIA_TITLE = "Humberside Police – Operation Soteria RASSO Improvement Plan 2024-26"
SOTERIA = [
    ("Pillar 1 – Suspect-focused investigations", [
        ("1.1", "Embed the suspect-focused investigation checklist in Niche for all reported rapes, with supervisory review at 28 days.",
         "DCI RASSO", d(2024, 9), d(2025, 3), d(2025, 6), "blue",
         "Checklist live from 03/06/2025. Dip sample (October) shows 87% compliance."),
        ("1.2", "Review all RASSO suspects on pre-charge bail or released under investigation, with DS review at every extension point.",
         "DCI RASSO", d(2024, 10), d(2025, 6), d(2025, 12), "amber",
         "Review process agreed. Backlog of 140 RUI cases being worked through by the Serious Sexual Offences Team."),
    ]),
    ("Pillar 2 – Disrupting repeat offenders", [
        ("2.1", "Set up a monthly repeat suspect panel with the Force Intelligence Bureau to agree disruption plans for the highest-harm RASSO suspects.",
         "DI Force Intelligence Bureau / DCI RASSO", d(2024, 10), d(2025, 1), None, "blue",
         "Panel running since January 2025; 22 disruption plans in place."),
        ("2.2", "Make the use of Sexual Harm Prevention Orders and Sexual Risk Orders a standing item at the daily RASSO management meeting.",
         "Force Civil Orders Coordinator", d(2025, 1), d(2026, 3), None, "green",
         "Standing item since April; applications up from 9 to 17 in the half year."),
    ]),
    ("Pillar 3 – Victim engagement", [
        ("3.1", "Give every adult rape victim a named officer and an agreed contact plan within 72 hours of first report.",
         "Superintendent, Public Protection", d(2024, 11), d(2025, 12), None, "green",
         "Contact plans recorded in 81% of cases in Q2."),
        ("3.2", "Agree early referral to the ISVA service from the point of first report, jointly with the Office of the Police and Crime Commissioner.",
         "OPCC Commissioning Manager; DCI RASSO", d(2024, 12), d(2025, 4), d(2026, 1), "amber",
         "Contract variation with the ISVA provider awaiting OPCC sign-off."),
    ]),
    ("Pillar 4 – Learning, development and wellbeing", [
        ("4.1", "Make sure all RASSO investigators complete the Specialist Sexual Assault Investigators Development Programme (SSAIDP) within 12 months of posting.",
         "Head of Learning and Development", d(2024, 9), d(2025, 9), None, "red",
         "62% of investigators trained; course places limited by the national schedule."),
        ("4.2", "Introduce annual psychological screening and TRiM support for all officers and staff in RASSO teams.",
         "Force Wellbeing Lead", d(2024, 9), d(2024, 12), None, "blue",
         "Screening in place; uptake 94%."),
    ]),
    ("Pillar 5 – Using data", [
        ("5.1", "Publish a monthly RASSO performance dashboard (charge rate, victim attrition, time to charge) for the Strategic RASSO Board.",
         "Head of Performance and Analysis", d(2024, 10), d(2024, 12), d(2025, 2), "blue",
         "Dashboard live on Power BI from February 2025."),
        ("5.2", "Complete a RASSO problem profile covering the night-time economy in Hull and Grimsby to inform partnership prevention work.",
         "Senior Analyst (Public Protection)", d(2025, 4), d(2025, 9), d(2026, 1), "amber",
         "Data sharing agreement with both councils delayed the start."),
    ]),
    ("Pillar 6 – Digital forensics and disclosure", [
        ("6.1", "Reduce the digital forensics backlog so that RASSO devices are examined within 30 days of seizure.",
         "Head of Digital Forensics", d(2024, 10), d(2026, 3), None, "green",
         "Average wait down from 74 to 41 days."),
        ("6.2", "Apply the NPCC third-party material guidance to every RASSO case, with early investigative advice from the CPS where material is requested.",
         "DCI RASSO and CPS RASSO Unit Head", d(2025, 2), d(2025, 11), None, "green",
         "Guidance briefed to all teams; compliance check due at November Board."),
    ]),
]


def build_soteria(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = SOTERIA_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    rows = [
        ("Senior responsible officer:", "Assistant Chief Constable (Crime and Vulnerability)"),
        ("Plan owner:", "Detective Superintendent, Head of Public Protection"),
        ("Governance:", "Strategic RASSO Board (monthly); PCC Accountability Board (quarterly)"),
    ]
    for i, (a, b) in enumerate(rows, start=3):
        cov.cell(i, 1, a).font = Font(bold=True)
        cov.cell(i, 2, b)
    cov["A7"] = "Version control"
    cov["A7"].font = Font(bold=True)
    vc = [
        ("Version", "Date", "Author", "Summary of changes"),
        ("0.3", d(2024, 8, 12), "Soteria Programme Office", "Draft following national operating model self-assessment"),
        ("1.0", d(2024, 10, 2), "Soteria Programme Office", "Approved at Strategic RASSO Board"),
        ("1.4", d(2025, 11, 14), "Soteria Programme Office", "Q2 2025/26 progress update; revised dates agreed for 1.1, 1.2, 3.2, 5.1 and 5.2"),
    ]
    for i, row in enumerate(vc, start=8):
        for j, v in enumerate(row, start=1):
            c = cov.cell(i, j, v)
            c.border = BOX
            if i == 8:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cov.column_dimensions["A"].width = 28
    cov.column_dimensions["B"].width = 52
    cov.column_dimensions["C"].width = 26
    cov.column_dimensions["D"].width = 70

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Operation Soteria – force improvement plan by national operating model pillar"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Position as at 14/11/2025. Status is shown by cell colour – see Key tab."
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Action", "Action owner", "Start", "Original due", "Revised due", "Status", "Progress update"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.border = BOX
        c.alignment = WRAP
    r = 5
    for pillar, acts in SOTERIA:
        ws.cell(r, 1, pillar).font = Font(bold=True)
        for j in range(1, 9):
            ws.cell(r, j).fill = fill(GREY)
            ws.cell(r, j).border = BOX
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for ref, text, owner, start, orig, rev, status, upd in acts:
            vals = [ref, text, owner, start, orig, rev, None, upd]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            ws.cell(r, 7).fill = fill(FILL[status])
            r += 1
    r += 1
    ws.cell(r, 1, "Notes: Revised due dates are agreed by the Strategic RASSO Board. "
                  "Completed (blue) actions are removed from the plan after one quarter.").font = Font(italic=True)
    widths = {"A": 7, "B": 60, "C": 30, "D": 9, "E": 12, "F": 12, "G": 9, "H": 50}
    for k, w in widths.items():
        ws.column_dimensions[k].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Key")
    key["A1"] = "Status key"
    key["A1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([
        (RED, "Off track – Board intervention required"),
        (AMBER, "Behind original date – recovery plan in place"),
        (GREEN, "On track"),
        (BLUE, "Complete – evidence accepted by the Strategic RASSO Board"),
    ], start=2):
        key.cell(i, 1).fill = fill(col)
        key.cell(i, 1).border = BOX
        key.cell(i, 2, txt)
    key.column_dimensions["B"].width = 60
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Merseyside Fire & Rescue Service - HMICFRS values and culture tracker (xlsx)
# ---------------------------------------------------------------------------
MFRS_TITLE = "Merseyside Fire & Rescue Service – HMICFRS Values and Culture Recommendations: Action Tracker"
# (theme, [(rec label, rec text, [(ref, action, lead, target, revised, prev, cur, update)])])
MFRS = [
    ("Raising concerns", [
        ("Rec 1", "By 1 October 2023, make sure staff have a confidential way to raise concerns and know about the whistleblowing process.", [
            ("1.1", "Procure an independent confidential reporting line for all staff and promote it at every station and on the intranet.",
             "Director of People and Organisational Development", d(2023, 9, 29), None, "B", "B",
             "Independent line live since September 2023; 31 reports received in 2024/25."),
            ("1.2", "Refresh the whistleblowing policy and brief all watches and support teams on it.",
             "Head of Legal Services / Head of HR", d(2023, 12, 31), d(2024, 3, 31), "B", "B",
             "Policy approved by SLT; briefings completed March 2024."),
        ]),
        ("Rec 3", "By 1 June 2023, review the support available to people who have raised concerns and act on any gaps.", [
            ("3.1", "Assign a named welfare contact to every person who raises a concern or is subject to an investigation.",
             "Head of Occupational Health", d(2025, 3, 31), d(2025, 9, 30), "A", "B",
             "Welfare contact role in place; process added to the investigation procedure."),
        ]),
    ]),
    ("Background checks", [
        ("Rec 9", "By 1 January 2024, review background-check arrangements and request the right level of DBS check for all staff and volunteers, according to their role.", [
            ("9.1", "Complete standard or enhanced DBS checks for all operational and Fire Control staff.",
             "Head of HR", d(2024, 3, 31), d(2024, 9, 30), "B", "B",
             "All operational and Fire Control checks returned."),
            ("9.2", "Extend DBS checks to support staff, volunteers and Fire Authority members, with renewal every three years.",
             "Head of HR", d(2025, 3, 31), d(2025, 12, 31), "R", "A",
             "88% of support staff checked; Authority members scheduled for December."),
        ]),
    ]),
    ("Leadership", [
        ("Rec 13", "By 1 March 2024, put in place 360-degree feedback for senior leaders, including the chief fire officer.", [
            ("13.1", "Launch 360-degree feedback for all members of the Strategic Leadership Team using an external provider.",
             "Chief Fire Officer", d(2024, 3, 1), None, "B", "B",
             "First cycle complete; second cycle booked for spring 2026."),
            ("13.2", "Extend 360-degree feedback to Station Manager and Group Manager grades.",
             "Area Manager, Training and Development", d(2026, 3, 31), None, "G", "G",
             "Pilot with 12 Group Managers under way."),
        ]),
    ]),
    ("Diversity data", [
        ("Rec 20", "By 1 October 2023, make sure the service understands its workforce equality data and uses it to remove barriers to recruitment, retention and progression.", [
            ("20.1", "Run a staff equality census to raise the declaration rate above 90%.",
             "EDI Manager", d(2024, 12, 31), d(2025, 6, 30), "A", "R",
             "Declaration rate 78%; second census push agreed for January 2026."),
            ("20.2", "Publish an annual workforce equality report to the Fire Authority.",
             "EDI Manager and Head of HR", "Annually (September)", None, "G", "G",
             "2025 report presented to the Authority in September."),
        ]),
    ]),
    ("The Core Code of Ethics", [
        ("Rec 33", "Review how well the Core Code of Ethics has been put into practice and how well staff understand it.", [
            ("33.1", "Hold ethics focus groups at every community fire station and in Fire Control, and report the themes to the People Board.",
             "Area Manager, People and Culture", d(2025, 11, 30), None, "G", "G",
             "18 of 22 sessions held."),
        ]),
    ]),
]
RAGFILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def build_mfrs(path):
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = MFRS_TITLE
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "Position at 31 October 2025 – for Scrutiny Committee, 20 November 2025"
    sm["A4"] = "RAG key"
    sm["A4"].font = Font(bold=True)
    key = [("B", "Complete – evidence signed off by the Strategic Leadership Team"),
           ("G", "On track to meet target date"),
           ("A", "At risk – target date may be missed"),
           ("R", "Off track / past target date")]
    for i, (k, t) in enumerate(key, start=5):
        c = sm.cell(i, 1, k)
        c.fill = fill(RAGFILL[k])
        c.alignment = Alignment(horizontal="center")
        sm.cell(i, 2, t)
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for _, recs in MFRS:
        for _, _, acts in recs:
            for a in acts:
                counts[a[6]] += 1
    sm["A10"] = "Summary of actions (current RAG)"
    sm["A10"].font = Font(bold=True)
    sm["A11"], sm["B11"] = "Status", "No. of actions"
    sm["A11"].font = sm["B11"].font = Font(bold=True)
    for i, (k, name) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "At risk"), ("R", "Off track")], start=12):
        sm.cell(i, 1, name).fill = fill(RAGFILL[k])
        sm.cell(i, 2, counts[k])
    sm.cell(16, 1, "Total").font = Font(bold=True)
    sm.cell(16, 2, sum(counts.values())).font = Font(bold=True)
    sm.column_dimensions["A"].width = 22
    sm.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Tracker")
    ws["A1"] = MFRS_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Recommendations made to chief fire officers in 'Values and culture in fire and rescue services' "
                "(HMICFRS, March 2023)")
    hdr = ["Rec", "HMICFRS recommendation (summary)", "Ref", "Action", "Lead officer", "Target date",
           "Revised date", "Previous RAG", "Current RAG", "Progress update"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.border = BOX
        c.alignment = WRAP
    r = 5
    for theme, recs in MFRS:
        ws.cell(r, 1, theme).font = Font(bold=True)
        for j in range(1, 11):
            ws.cell(r, j).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for label, rtext, acts in recs:
            first = r
            ws.cell(r, 1, label)
            ws.cell(r, 2, rtext)
            for ref, act, lead, tgt, rev, prev, cur, upd in acts:
                vals = {3: ref, 4: act, 5: lead, 6: tgt, 7: rev, 8: prev, 9: cur, 10: upd}
                for j, v in vals.items():
                    c = ws.cell(r, j, v)
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(r, 8).fill = fill(RAGFILL[prev])
                ws.cell(r, 9).fill = fill(RAGFILL[cur])
                ws.cell(r, 8).alignment = ws.cell(r, 9).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            last = r - 1
            if last > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=last, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=last, end_column=2)
            for rr in range(first, last + 1):
                for j in range(1, 11):
                    ws.cell(rr, j).border = BOX
                    if j not in (8, 9):
                        ws.cell(rr, j).alignment = WRAP
    widths = {"A": 8, "B": 48, "C": 6, "D": 50, "E": 30, "F": 12, "G": 12, "H": 9, "I": 9, "J": 45}
    for k, w in widths.items():
        ws.column_dimensions[k].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Leigh Academy Bexley - School Development Plan 2025-26 (xlsx)
# ---------------------------------------------------------------------------
SDP_TITLE = "Leigh Academy Bexley – School Development Plan 2025-26"
SDP = [
    ("P1 Quality of Education",
     "Priority 1: Quality of Education – adaptive teaching secures strong progress for all pupils, including disadvantaged pupils",
     "Strategic lead: Deputy Headteacher (Curriculum) | Link governor: Mrs P. Adeyemi",
     "Intended impact by July 2026: Progress 8 for disadvantaged pupils improves from -0.62 to -0.30 or better; "
     "95% of lessons observed show secure checking for understanding.",
     [
         ("1.1", "Deliver a fortnightly CPD programme on adaptive teaching and checking for understanding for all teaching staff.",
          "AHT (Teaching and Learning)", "Sept 2025 – July 2026", "2 INSET days; CPD budget £4,500",
          "All staff attend; drop-ins show strategies used in 90% of lessons by Easter", "SLT drop-ins fortnightly; governor visit in Spring term", "G"),
         ("1.2", "Introduce weekly low-stakes retrieval quizzes in Key Stage 4 English, maths and science, with results tracked on Arbor.",
          "JPa / TOk", "Autumn term 2025", "Quiz platform licence £1,200",
          "Quizzes running in all Year 10 and 11 classes", "Heads of Faculty half-termly", "B"),
         ("1.3", "Review the Key Stage 3 curriculum maps in every subject so that knowledge and vocabulary are sequenced explicitly.",
          "DHT (Curriculum)", "By 27/03/2026", "Department meeting time",
          "Revised maps published on the academy website", "Curriculum committee", "A"),
         ("1.4", "Hold disadvantaged pupil progress meetings for Years 10 and 11, with targeted tutoring for pupils below target.",
          "Pupil Premium Lead", "Termly", "NTP tutoring £18,000",
          "Gap between disadvantaged and other pupils narrows at each data drop", "Academy Council termly", "G"),
     ]),
    ("P2 Behaviour & Attendance",
     "Priority 2: Behaviour, Attendance and Personal Development – improve attendance and reduce suspensions",
     "Strategic lead: Deputy Headteacher (Pastoral) | Link governor: Mr D. Hollis",
     "Intended impact by July 2026: overall attendance 93% or above; persistent absence below 18%; suspensions reduced by a third.",
     [
         ("2.1", "Launch the 'Be Here, Be Ready' attendance campaign with weekly tutor group attendance league tables.",
          "Attendance Officer & HoY", "Sept 2025", "Rewards budget £800",
          "Campaign launched in the first week of term", "Weekly attendance meeting", "B"),
         ("2.2", "Make first-day calls and home visits for all persistently absent pupils, working with the local authority attendance support team.",
          "DSL / Attendance Officer", "Ongoing", "Attendance Officer time",
          "Persistent absence falls each half term", "Weekly attendance meeting", "A"),
         ("2.3", "Open an internal reflection room as an alternative to suspension, with a restorative conversation for every placement.",
          "AHT (Behaviour)", "Jan 2026", "Room refit £3,000; 1 FTE supervisor",
          "Room open; suspensions fall by a third compared with 2024-25", "SLT monthly", "R"),
     ]),
    ("P3 Inclusion & SEND",
     "Priority 3: Inclusion and SEND – pupils with SEND access an ambitious curriculum",
     "Strategic lead: SENCo | Link governor: Ms R. Kaur",
     "Intended impact by July 2026: pupils with SEND make progress in line with their peers in internal assessments.",
     [
         ("3.1", "Write one-page pupil passports for every pupil on the SEND register and share them with all staff on Arbor.",
          "SENCo", "Oct 2025", "SEND admin time",
          "Passports in place for 100% of pupils on the register", "SENCo report to Academy Council", "B"),
         ("3.2", "Train all teaching assistants in scaffolding and pre-teaching through the Trust SEND network.",
          "SENCo and Trust SEND Lead", "Feb 2026", "Trust network (no cost)",
          "All TAs trained; observations show pre-teaching used", "Trust SEND Lead visit", "G"),
         ("3.3", "Set up a specialist resource provision base for eight pupils with speech, language and communication needs.",
          "Principal", "Summer term 2026", "Capital bid £65,000",
          "Base open and staffed for September 2026 admissions", "Academy Council; Trust board", "A"),
     ]),
]


def build_sdp(path):
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = SDP_TITLE
    ov["A1"].font = Font(bold=True, size=14)
    ov["A2"] = ("Part of Leigh Academies Trust | Approved by the Academy Council, 30 September 2025 | "
                "Autumn review completed 12 December 2025")
    ov["A4"] = "Our priorities"
    ov["A4"].font = Font(bold=True)
    for i, (n, name, lead) in enumerate([
        ("1", "Quality of Education", "Deputy Headteacher (Curriculum)"),
        ("2", "Behaviour, Attendance and Personal Development", "Deputy Headteacher (Pastoral)"),
        ("3", "Inclusion and SEND", "SENCo"),
    ], start=5):
        ov.cell(i, 1, n)
        ov.cell(i, 2, name)
        ov.cell(i, 3, "Lead: " + lead)
    ov["A9"] = "RAG key"
    ov["A9"].font = Font(bold=True)
    for i, (k, t) in enumerate([("R", "Off track – urgent review needed"), ("A", "Started but behind schedule"),
                                ("G", "On track"), ("B", "Completed")], start=10):
        c = ov.cell(i, 1, k)
        c.fill = fill(RAGFILL[k])
        c.alignment = Alignment(horizontal="center")
        ov.cell(i, 2, t)
    ov["A15"] = "Each priority sheet is reviewed termly. The most recent completed review column shows the current position."
    ov["A15"].font = Font(italic=True)
    ov.column_dimensions["A"].width = 8
    ov.column_dimensions["B"].width = 50
    ov.column_dimensions["C"].width = 40

    hdr = ["No.", "Action", "Lead(s)", "Timescale", "Resources / cost", "Success criteria / milestones",
           "Monitoring (who / when)", "Autumn review Dec-25", "Spring review Mar-26", "Summer review Jul-26"]
    for sheet, heading, leadline, impact, acts in SDP:
        ws = wb.create_sheet(sheet)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=12, color="FFFFFF")
        ws["A1"].fill = fill("7030A0")
        ws.merge_cells("A1:J1")
        ws["A2"] = leadline
        ws["A3"] = impact
        ws.merge_cells("A3:J3")
        ws["A3"].alignment = WRAP
        ws.row_dimensions[3].height = 30
        for j, h in enumerate(hdr, start=1):
            c = ws.cell(5, j, h)
            c.font = Font(bold=True)
            c.fill = fill("E4DFEC")
            c.border = BOX
            c.alignment = WRAP
        for i, (no, act, lead, ts, res, sc, mon, rag) in enumerate(acts, start=6):
            for j, v in enumerate([no, act, lead, ts, res, sc, mon, rag, None, None], start=1):
                c = ws.cell(i, j, v)
                c.border = BOX
                c.alignment = WRAP
            ws.cell(i, 8).fill = fill(RAGFILL[rag])
            ws.cell(i, 8).alignment = Alignment(horizontal="center", vertical="top")
        for k, w in {"A": 6, "B": 55, "C": 22, "D": 18, "E": 24, "F": 36, "G": 26, "H": 11, "I": 11, "J": 11}.items():
            ws.column_dimensions[k].width = w
    wb.save(path)


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


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))


def set_text(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold


def header_row(table, names, colour):
    for j, h in enumerate(names):
        set_text(table.rows[0].cells[j], h, bold=True)
        shade(table.rows[0].cells[j], colour)


# ---------------------------------------------------------------------------
# 4. HMP Featherstone - HMIP inspection action plan (docx)
# ---------------------------------------------------------------------------
FEATH_TITLE = "Action Plan: HMP Featherstone"
# (section, [(no, concern, agreed, [(action no, action, owner, target)])])
FEATH = [
    ("Priority concerns", [
        ("1", "Levels of violence had risen since the last inspection and were higher than at similar prisons. "
              "Leaders did not have a clear enough understanding of what was driving it.", "Agreed", [
            ("1.1", "Complete a violence diagnostic using incident data, CCTV reviews and prisoner surveys, and publish a revised Safer Custody strategy.",
             "Head of Safety", "June 2025"),
            ("1.2", "Introduce weekly Safety Intervention Meetings for perpetrators and victims of violence, chaired by a Band 7 manager or above.",
             "Head of Safety", "31/03/2025"),
        ]),
        ("2", "Too many prisoners were locked in their cells for most of the day, and around a third had no allocated activity.",
         "Partly Agreed", [
            ("2.1", "Redesign the regime so that every prisoner is allocated at least a part-time activity place, with a new timetable launched across all wings.",
             "Head of Education, Skills and Work", "September 2025"),
            ("2.2", "Run a daily unlock audit and report time out of cell to the Senior Leadership Team each week.",
             "Deputy Governor / Head of Residence", "Weekly (ongoing)"),
        ]),
        ("3", "Prisoners waited too long for mental health assessments and for transfer to hospital under the Mental Health Act.",
         "Agreed", [
            ("3.1", "Recruit two additional mental health nurses and introduce a five working day triage target for routine referrals.",
             "Head of Healthcare (Practice Plus Group)", "30/06/2025"),
        ]),
    ]),
    ("Key concerns", [
        ("4", "Handovers between the offender management unit and community probation were not always timely for prisoners approaching release.",
         "Agreed", [
            ("4.1", "Hold a release planning board twelve weeks before release for every prisoner going to a Probation Delivery Unit outside the West Midlands.",
             "Head of Offender Management Delivery", "May 2025"),
        ]),
        ("5", "Showers on several wings were in poor condition and some cells did not have a working call bell.", "Agreed", [
            ("5.1", "Refurbish the showers on house blocks 1 and 3 through the planned maintenance programme.",
             "Head of Estates", "December 2025"),
            ("5.2", "Test every cell call bell and record repairs on the Safer Custody call bell log.",
             "Custodial Manager, Residential", "Monthly"),
        ]),
        ("6", "Black and minority ethnic prisoners were more negative than white prisoners about how staff treated them, "
              "and leaders had not explored why.", "Agreed", [
            ("6.1", "Hold quarterly focus groups with Black and minority ethnic prisoners and act on the findings through the Equality Action Team.",
             "Head of Equalities", "July 2025"),
        ]),
    ]),
]


def build_featherstone(path):
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(FEATH_TITLE, level=1)
    for line in ["Action Plan Submitted: 11 March 2025",
                 "A Response to the HMIP Inspection: 23 September – 3 October 2024",
                 "Report Published: 21 January 2025"]:
        p = doc.add_paragraph()
        p.add_run(line).bold = True
    doc.add_heading("INTRODUCTION", level=2)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate that reports on the conditions for and "
        "treatment of people held in prisons, young offender institutions and other places of detention. After each "
        "inspection, HM Prison and Probation Service (HMPPS) prepares an action plan responding to the concerns in the "
        "report. The plan states whether each concern is agreed, partly agreed or not agreed and, where it is agreed, "
        "sets out the steps to be taken, who owns each step and the target date. Progress is tracked by the prison's "
        "senior leadership team and reviewed by the Prison Group Director.")
    cat = doc.add_table(rows=4, cols=2)
    cat.style = "Table Grid"
    header_row(cat, ["Term", "Definition"], "D9D9D9")
    for i, (t, dfn) in enumerate([
        ("Agreed", "All of the concern is accepted; the actions below will address it and can be delivered within existing resources."),
        ("Partly Agreed", "Only part of the concern is accepted or can be delivered; the response explains which part will be addressed."),
        ("Not Agreed", "The concern is not accepted, for example because of policy, operational or affordability reasons; the response gives the reason."),
    ], start=1):
        set_text(cat.rows[i].cells[0], t, bold=True)
        set_text(cat.rows[i].cells[1], dfn)
    doc.add_paragraph()
    cols = ["No.", "Concern", "Agreed / Partly Agreed / Not Agreed", "Action No.", "Action",
            "Responsible Owner", "Target Date"]
    widths = [Cm(1.2), Cm(6.0), Cm(2.6), Cm(1.6), Cm(7.5), Cm(3.6), Cm(2.6)]
    for section, concerns in FEATH:
        doc.add_heading(section, level=2)
        n = sum(len(c[3]) for c in concerns)
        t = doc.add_table(rows=n + 1, cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols, "BDD7EE")
        r = 1
        for no, concern, agreed, acts in concerns:
            first = r
            for ano, act, owner, tgt in acts:
                row = t.rows[r].cells
                set_text(row[3], ano)
                set_text(row[4], act)
                set_text(row[5], owner)
                set_text(row[6], tgt)
                r += 1
            last = r - 1
            for j, v in ((0, no), (1, concern), (2, agreed)):
                c = t.cell(first, j)
                if last > first:
                    c = c.merge(t.cell(last, j))
                set_text(c, v)
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = w
        doc.add_paragraph()
    doc.add_paragraph("Action plan agreed by the Governing Governor and the Prison Group Director, West Midlands.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Bradfield College - ISI inspection action plan (docx)
# ---------------------------------------------------------------------------
BRAD_TITLE = "Bradfield College – ISI Inspection Action Plan"
BRAD = [
    ("Section A: Areas for action (Standards not met)", "Area for action (ISI)", [
        ("Leaders must ensure that all required pre-appointment checks are completed before staff start work, "
         "and that these checks are accurately recorded on the single central record.", [
            ("A1.1", "Carry out a full audit of the single central record against personnel files, supported by an external safeguarding consultant.",
             "Bursar", "March 2025", "Green", "Audit completed 14/03/2025; three files corrected."),
            ("A1.2", "Introduce a pre-start checklist signed by both HR and the DSL, so that no member of staff begins work before all checks are confirmed.",
             "HR Director and DSL", "31/03/2025", "Green", "Checklist in use for all appointments since April 2025."),
            ("A1.3", "Report SCR compliance termly to the safeguarding governor, including a sample of five recent appointments.",
             "Deputy Head (Compliance)", "Termly", "Amber", "Summer and Michaelmas reports made."),
        ]),
        ("Leaders must ensure that fire risk assessments for boarding accommodation are kept up to date and that "
         "the actions they identify are completed promptly.", [
            ("A2.1", "Commission updated fire risk assessments for all boarding houses from an accredited assessor.",
             "Estates Bursar", "April 2025", "Green", "All assessments received by 25 April."),
            ("A2.2", "Complete the remedial works identified, including replacement fire doors in two older boarding houses, and obtain sign-off from the assessor.",
             "Estates Bursar", "July 2025 (revised: September 2025)", "Red", "Door supplier delay; works now booked for half term."),
        ]),
    ]),
    ("Section B: Recommended next steps", "Recommended next step (ISI)", [
        ("Leaders should ensure that the effective use of assessment seen in the sixth form is consistently evident "
         "in lessons for younger pupils.", [
            ("B1.1", "Run a lesson-study programme in the Fourth Form and Removes focused on assessment for learning.",
             "Deputy Head (Academic)", "Summer term 2025", "Green", "Eight departments took part; findings shared at INSET."),
            ("B1.2", "Add a termly book look and pupil voice sample for every department to the academic quality assurance calendar.",
             "Heads of Department / Assistant Head (Teaching and Learning)", "December 2025", "Amber", "Calendar published; first round under way."),
        ]),
        ("Leaders should make greater use of pupils' views to shape the personal, social, health and economic (PSHE) "
         "education programme.", [
            ("B2.1", "Set up a PSHE pupil panel with a representative from each boarding house.",
             "Head of PSHE", "November 2025", "", ""),
        ]),
    ]),
]
BRAD_FILL = {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}


def build_bradfield(path):
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(BRAD_TITLE, style="Title")
    doc.add_paragraph("Routine inspection: 4–6 February 2025 | Report published: 27 March 2025")
    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (a, b) in enumerate([
        ("Document owner", "Deputy Head (Compliance)"),
        ("Approved by", "Education and Compliance Committee of the Governing Body"),
        ("Version", "3.0 (progress update, 10 October 2025)"),
        ("Next review", "January 2026"),
    ]):
        set_text(dc.rows[i].cells[0], a, bold=True)
        shade(dc.rows[i].cells[0], "F2F2F2")
        set_text(dc.rows[i].cells[1], b)
    doc.add_paragraph()
    doc.add_paragraph("Status key: Green – completed; Amber – in progress; Red – overdue. "
                      "A blank status means the action has not yet started.")
    for heading, col2, items in BRAD:
        doc.add_heading(heading, level=2)
        if heading.startswith("Section A"):
            doc.add_paragraph("ISI found that the following Standards were not met at the time of inspection. "
                              "The wording of each area for action is taken from the report.")
        cols = ["Ref", col2, "Action", "Lead", "By when", "Status", "Update / evidence"]
        n = sum(len(x[1]) for x in items)
        t = doc.add_table(rows=n + 1, cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols, "D9E2F3")
        r = 1
        for isi, acts in items:
            first = r
            for ref, act, lead, when, status, upd in acts:
                row = t.rows[r].cells
                set_text(row[0], ref)
                set_text(row[2], act)
                set_text(row[3], lead)
                set_text(row[4], when)
                set_text(row[5], status)
                if status:
                    shade(row[5], BRAD_FILL[status])
                set_text(row[6], upd)
                r += 1
            last = r - 1
            c = t.cell(first, 1)
            if last > first:
                c = c.merge(t.cell(last, 1))
            set_text(c, isi)
        doc.add_paragraph()
    doc.add_paragraph("Signed: ______________________ Headmaster        ______________________ Chair of Governors")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Morley College London - Ofsted post-inspection action plan (csv)
# ---------------------------------------------------------------------------
MORLEY_TITLE = "Morley College London – Post-Inspection Action Plan (Ofsted inspection, March 2024)"
MORLEY_HDR = ["Area for improvement", "Ref", "Action", "Responsible", "Target date", "Revised date", "RAG",
              "Progress update (June 2025)"]
MORLEY = [
    ("AFI 1: Leaders should ensure that tutors on adult learning programmes use assessment to identify what learners "
     "already know and plan learning from those starting points.", [
        ("1.1", "Introduce a common RARPA initial assessment template for all non-accredited courses and train tutors in its use.",
         "Head of Quality", "31/10/2024", "", "B", "Template in use on 96% of courses (spring audit)."),
        ("1.2", "Observe every tutor who is new to the college during their first term, focusing on how they use learners' starting points.",
         "Curriculum Managers", "Dec-24", "", "B", "All 23 new tutors observed by December."),
        ("1.3", "Sample RARPA records each term and report the findings to the Quality and Standards Committee.",
         "Head of Quality; Deputy Principal", "Termly", "", "G", "Summer sample scheduled for July."),
    ]),
    ("AFI 2: Leaders should improve attendance and punctuality on English for speakers of other languages (ESOL) courses.", [
        ("2.1", "Set an attendance target for every ESOL class and follow up absences by text message on the same day.",
         "Head of ESOL", "30/01/2025", "", "G", "Attendance up from 78% to 86%."),
        ("2.2", "Provide creche places for ESOL learners with young children at the Waterloo centre.",
         "Director of Finance and Resources", "Sep-25", "", "A", "Registration submitted; opening may slip to January."),
    ]),
    ("AFI 3: Leaders should ensure that young people on study programmes receive impartial careers guidance that helps "
     "them plan their next steps.", [
        ("3.1", "Appoint a Level 6 qualified careers adviser for two days a week to see every 16 to 18 learner.",
         "Head of Student Services", "31/03/2025", "30/09/2025", "A", "Adviser appointed May 2025; 61% of learners seen so far."),
        ("3.2", "Record all careers interviews and intended destinations on ProMonitor and report them to governors.",
         "MIS Manager", "Jul-25", "", "R", "ProMonitor field not yet configured."),
    ]),
    ("AFI 4: Governors should receive more detailed information about the quality of apprenticeships so that they can "
     "challenge leaders effectively.", [
        ("4.1", "Add an apprenticeship dashboard (achievement, breaks in learning and off-the-job training hours) to every Board meeting pack.",
         "Vice Principal, Apprenticeships", "Nov-24", "", "B", "Dashboard presented at every Board since December 2024."),
    ]),
]


def build_morley(path):
    n = len(MORLEY_HDR)
    blank = [""] * n
    rows = [[MORLEY_TITLE] + [""] * (n - 1),
            ["Overall effectiveness: Requires improvement. Plan monitored by the Quality and Standards Committee. "
             "This version: 16 June 2025"] + [""] * (n - 1),
            blank,
            MORLEY_HDR]
    for afi, acts in MORLEY:
        for i, a in enumerate(acts):
            rows.append([afi if i == 0 else ""] + list(a))
    rows.append(blank)
    rows.append(["RAG key: B = complete; G = on track; A = at risk; R = off track or overdue"] + [""] * (n - 1))
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Probation Service Essex North PDU - HMIP inspection action plan (txt, refuse)
# ---------------------------------------------------------------------------
ESSEX_TITLE = "Essex North PDU – HM Inspectorate of Probation inspection: action plan"
ESSEX_LINES = [
    ESSEX_TITLE,
    "Probation Service, East of England region. Report published 19 February 2025. Tracker export at 30 September 2025.",
    "",
    "Rec\tRecommendation\tRef\tAction\tOwner\tTarget date\tStatus\tUpdate",
    "The Essex North PDU should:",
    "1\timprove the quality of assessment and planning to keep people safe, making sure that information from partner "
    "agencies is obtained and analysed\t1.1\tDeliver risk of serious harm workshops to all probation practitioners, with "
    "SPO audits of ten cases per team each month\tHead of PDU\tJun-25\tComplete\tAll teams trained by May 2025; audit "
    "scores up from 48% to 63%",
    "\t\t1.2\tIntroduce a domestic abuse and safeguarding enquiries checklist at allocation, monitored weekly by SPOs\t"
    "SPO (Court and Allocation)\t0ct-25\tOn track\tChecklist live in the Chelmsford and Colchester offices",
    "2\tmake sure that home visits take place where there are risks to children or known adults\t2.1\tSet a home visit "
    "expectation for all cases with child safeguarding concerns and report completion at the monthly performance "
    "meeting\tDeputy Head of PDU\tDec-25\tOn track\tHome visit rate 58% in August",
    "3\tstrengthen management oversight so that it identifies and addresses gaps in practice\t3.1\tIntroduce a "
    "management oversight standard and quarterly thematic audits led by the Quality Development Officer\tDeputy Head of "
    "PDU / Quality Development Officer\tMar-26\tOn track\tStandard drafted; first audit in October",
    "\t\t3.2\tGive all newly qualified probation officers a protected caseload and monthly reflective supervision\tSPOs\t"
    "Nov-25\tAt risk\tTwo teams above protected caseload levels",
    "The East of England region should:",
    "4\treview how work is distributed across the Essex North offices so that fewer practitioners work above the "
    "capacity shown by the workload measurement tool\t4.1\tAgree a regional reallocation of six FTE probation officer "
    "posts to Essex North\tRegional Probation Director\tApr-25\tComplete\tPosts transferred from 1 April 2025",
    "\t\t4.2\tUse the regional recruitment campaign to fill PSO vacancies in Colchester and Clacton\tRegional Head of "
    "Operations\tSep-25\tOverdue\tFour of seven posts filled",
    "",
    "Status: Complete / On track / At risk / Overdue",
]


def build_essex(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(ESSEX_LINES) + "\n")


FILES = {
    "zqw-humberside-police-operation-soteria-rasso-improvement-plan.xlsx": build_soteria,
    "zqw-merseyside-fire-rescue-service-hmicfrs-values-culture-recommendations-tracker.xlsx": build_mfrs,
    "zqw-leigh-academy-bexley-school-development-plan-2025-26.xlsx": build_sdp,
    "zqw-hmp-featherstone-hmip-inspection-action-plan.docx": build_featherstone,
    "zqw-bradfield-college-isi-inspection-action-plan.docx": build_bradfield,
    "zqw-morley-college-london-ofsted-post-inspection-action-plan.csv": build_morley,
    "zqw-probation-service-essex-north-pdu-hmip-inspection-action-plan-typo-month-refuse.txt": build_essex,
}


def main():
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
