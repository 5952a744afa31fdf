#!/usr/bin/env python3
"""Build the seven zok- blind test files (set heldout738) and their expected readings.

Run with /work/main/.venv/bin/python zok_make.py  (from any directory).
Only files whose names start with zok- are written.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED, GREY = "0070C0", "00B050", "FFC000", "FF0000", "D9D9D9"
RAGFILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill(fill_type="solid", start_color="FF" + hexcol, end_color="FF" + hexcol)


def d(y, m, day):
    return dt.datetime(y, m, day)


def write_expected(name, meta, actions):
    doc = {}
    for k in ("source", "reads", "outcome", "accept_refusal", "refuse_at", "title"):
        if k in meta:
            doc[k] = meta[k]
    if meta["outcome"] == "read":
        out = []
        for a in actions:
            e = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                 "lead": a["lead"], "end": a["end"]}
            if a.get("end_text"):
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            out.append(e)
        doc["actions"] = out
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=100000)


# ---------------------------------------------------------------------------
# 1. South Yorkshire Fire & Rescue - HMICFRS misconduct handling tracker (xlsx)
# ---------------------------------------------------------------------------
def syfr():
    name = "zok-south-yorkshire-fire-rescue-hmicfrs-misconduct-handling-recommendations-tracker.xlsx"
    title = ("South Yorkshire Fire & Rescue – HMICFRS Standards of Behaviour (Handling of Misconduct) "
             "Recommendations Tracker")
    T1 = "The culture in fire and rescue services"
    T2 = "Investigating misconduct"
    T3 = "Governance and oversight by fire and rescue authorities"
    R1 = ("By 1 February 2025, chief fire officers should, as a priority, make sure their staff are aware of, "
          "and follow the Core Code of Ethics. Services should build the code into all relevant policies and practices.")
    R2 = ("By 1 February 2025, chief fire officers should make sure a policy for probationary staff is in place. "
          "This policy should make clear that services can immediately dismiss probationers who fail to meet the "
          "required standards of behaviour set out in the Core Code of Ethics and the Code of Ethics fire standard.")
    R3 = ("By 1 May 2025, chief fire officers should make sure their workforce plans allow staff to be moved from a "
          "wholetime watch to a different watch or station, within their contractual requirements, proactively and "
          "reactively as required.\nBy 1 May 2025, chief fire officers should also make sure firefighters who are "
          "promoted are posted to a different watch or station, including when the promotion is temporary for two "
          "months or more. If this isn’t possible, chief fire officers should show how the risks of reinforcing a "
          "negative culture have been addressed.")
    R4 = ("By 1 February 2025, chief fire officers should make sure their services create or have access to a "
          "professional standards function to oversee investigations, make sure they are conducted in a fair and "
          "transparent way and act as a point of contact for all staff involved.")
    R5 = ("By 1 May 2025, chief fire officers should make sure that all staff who investigate or manage misconduct "
          "cases receive appropriate training, and that investigations are completed in a timely way.")
    R6 = ("By 1 August 2025, fire and rescue authorities should make sure members receive regular, anonymised "
          "information about misconduct cases, so they can scrutinise how the service handles misconduct.")
    # (theme, rec no, rec text, deadline, [actions])
    recs = [
        (T1, 1, R1, d(2025, 2, 1), [
            dict(ref="1.1", action="Complete a review of all people policies to embed the Core Code of Ethics and publish the revised policies on the intranet.",
                 leadcell="Head of People and Organisational Development", lead=["Head of People and Organisational Development"],
                 orig=d(2025, 1, 31), rev=None, prev="G", cur="B",
                 upd="All 42 people policies reviewed and the Code referenced in each. Published 27/01/2025.",
                 end="2025-01", status="blue"),
            dict(ref="1.2", action="Deliver Core Code of Ethics workshops to all watches and on-call stations, led by a Station Manager and a member of the People team.",
                 leadcell="Area Manager – Service Delivery / Head of People and Organisational Development",
                 lead=["Area Manager – Service Delivery", "Head of People and Organisational Development"],
                 orig=d(2025, 3, 31), rev=d(2025, 9, 30), prev="A", cur="B",
                 upd="Workshops completed at all 21 stations; 94% attendance. Evaluation report to SLT in November.",
                 end="2025-09", status="blue"),
        ]),
        (T1, 2, R2, d(2025, 2, 1), [
            dict(ref="2.1", action="Introduce a standalone Probationary Policy for all new starters, including provision for immediate dismissal where the required standards of behaviour are not met.",
                 leadcell="Head of People and Organisational Development", lead=["Head of People and Organisational Development"],
                 orig=d(2025, 2, 1), rev=d(2025, 4, 30), prev="R", cur="B",
                 upd="Policy approved by SLT on 9 April 2025 following consultation with the representative bodies.",
                 end="2025-04", status="blue"),
        ]),
        (T1, 3, R3, d(2025, 5, 1), [
            dict(ref="3.1", action="Amend the Workforce Planning Procedure so that watch and station moves can be made proactively, and record the reason for each move.",
                 leadcell="Area Manager – Service Delivery", lead=["Area Manager – Service Delivery"],
                 orig=d(2025, 5, 1), rev=d(2025, 12, 31), prev="A", cur="A",
                 upd="Draft procedure out to consultation; FBU response awaited. Revised date agreed at SLT 14/10/2025.",
                 end="2025-12", status="amber"),
            dict(ref="3.2", action="Post all newly promoted Crew and Watch Managers, including temporary promotions of two months or more, to a different watch or station; where this is not possible, record a risk assessment signed off by the Group Manager.",
                 leadcell="Group Managers (Service Delivery)", lead=["Group Managers (Service Delivery)"],
                 orig=d(2026, 3, 31), rev=None, prev="G", cur="G",
                 upd="Applied to all promotions since June 2025 (11 postings, 2 risk assessments).",
                 end="2026-03", status="green"),
        ]),
        (T2, 4, R4, d(2025, 2, 1), [
            dict(ref="4.1", action="Establish a Professional Standards Unit within the People directorate, with a dedicated Professional Standards Manager and two investigators.",
                 leadcell="Assistant Chief Fire Officer", lead=["Assistant Chief Fire Officer"],
                 orig=d(2025, 2, 1), rev=d(2025, 6, 30), prev="A", cur="B",
                 upd="Professional Standards Manager in post from 2 June 2025; both investigator posts filled.",
                 end="2025-06", status="blue"),
            dict(ref="4.2", action="Agree a memorandum of understanding with West Yorkshire Fire and Rescue Service for the independent investigation of cases involving senior managers.",
                 leadcell="Head of People and Organisational Development; Head of Legal Services",
                 lead=["Head of People and Organisational Development", "Head of Legal Services"],
                 orig=d(2025, 3, 31), rev=d(2026, 1, 31), prev="A", cur="R",
                 upd="Draft MoU with WYFRS legal team. Sign-off delayed pending a data-sharing agreement.",
                 end="2026-01", status="red"),
        ]),
        (T2, 5, R5, d(2025, 5, 1), [
            dict(ref="5.1", action="Commission accredited workplace investigator training for all Station Managers and above who may be appointed as investigating officers.",
                 leadcell="Learning and Development Manager", lead=["Learning and Development Manager"],
                 orig=d(2025, 5, 1), rev=None, prev="G", cur="B",
                 upd="38 managers trained (three cohorts, March to April 2025).",
                 end="2025-05", status="blue"),
            dict(ref="5.2", action="Set a 60 working day target for completing misconduct investigations and report performance against it to the Strategic Leadership Team each quarter.",
                 leadcell="Professional Standards Manager", lead=["Professional Standards Manager"],
                 orig=d(2025, 9, 30), rev=None, prev="G", cur="A",
                 upd="Target set. Q2 average 71 working days; two cases delayed by police enquiries.",
                 end="2025-09", status="amber"),
        ]),
        (T3, 6, R6, d(2025, 8, 1), [
            dict(ref="6.1", action="Add an anonymised misconduct and grievance dashboard to the six-monthly People report to the Authority's Audit and Governance Committee.",
                 leadcell="Clerk to the Fire Authority / Head of Corporate Services",
                 lead=["Clerk to the Fire Authority", "Head of Corporate Services"],
                 orig=d(2025, 11, 30), rev=None, prev="G", cur="G",
                 upd="Dashboard designed; first report to committee on 17 November 2025.",
                 end="2025-11", status="green"),
            dict(ref="6.2", action="Provide training for Authority members on the misconduct process, the Core Code of Ethics and their scrutiny role.",
                 leadcell="Clerk to the Fire Authority", lead=["Clerk to the Fire Authority"],
                 orig=d(2026, 3, 31), rev=None, prev=None, cur=None,
                 upd="Not yet started – to be scheduled after the Authority AGM.",
                 end="2026-03", status="unrated"),
        ]),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Report: Standards of behaviour: The handling of misconduct in fire and rescue services (HMICFRS, 1 August 2024)"
    cov["A4"] = "Position as at: 31 October 2025"
    cov["A5"] = "Reported to: South Yorkshire Fire and Rescue Authority – Audit and Governance Committee, 17 November 2025"
    cov["A7"] = "Document control"
    cov["A7"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Change"),
            ("0.1", d(2024, 9, 12), "Corporate Planning Officer", "First draft mapping of the report's recommendations"),
            ("1.0", d(2024, 9, 30), "Head of Corporate Services", "Approved by Strategic Leadership Team"),
            ("1.4", d(2025, 10, 31), "Corporate Planning Officer", "Q2 2025/26 update")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=8 + i, column=1 + j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 0:
                c.font = Font(bold=True)
    cov["A13"] = "RAG key"
    cov["A13"].font = Font(bold=True)
    key = [("B", "Complete – action delivered and evidenced"),
           ("G", "On track to meet the target date"),
           ("A", "At risk – target date may be missed"),
           ("R", "Off track – target date missed or no revised date agreed")]
    for i, (k, txt) in enumerate(key):
        c = cov.cell(row=14 + i, column=1, value=k)
        c.fill = fill(RAGFILL[k])
        c.border = BOX
        cov.cell(row=14 + i, column=2, value=txt).border = BOX
    cov["A19"] = ("Note: recommendations addressed to the Home Office, NFCC, LGA and National Employers are monitored "
                  "nationally and are not included in this tracker.")
    cov.column_dimensions["A"].width = 12
    cov.column_dimensions["B"].width = 60
    cov.column_dimensions["C"].width = 30
    cov.column_dimensions["D"].width = 50

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "HMICFRS Standards of Behaviour – SYFR action tracker (position at 31 October 2025)"
    ws["A1"].font = Font(bold=True, size=12)
    hdr = ["Rec", "HMICFRS recommendation", "HMICFRS deadline", "Ref", "SYFR action", "Lead",
           "Original target", "Revised target", "Previous RAG", "Current RAG", "Progress update (October 2025)"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    widths = [6, 55, 12, 6, 55, 32, 12, 12, 9, 9, 45]
    for j, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJK"[j]].width = w
    r = 4
    cur_theme = None
    expected = []
    for theme, no, text, deadline, acts in recs:
        if theme != cur_theme:
            ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
            for j in range(1, 12):
                ws.cell(row=r, column=j).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
            cur_theme = theme
            r += 1
        first = r
        ws.cell(row=r, column=1, value=no)
        ws.cell(row=r, column=2, value=text)
        c = ws.cell(row=r, column=3, value=deadline)
        c.number_format = "dd/mm/yyyy"
        for a in acts:
            ws.cell(row=r, column=4, value=a["ref"])
            ws.cell(row=r, column=5, value=a["action"])
            ws.cell(row=r, column=6, value=a["leadcell"])
            ws.cell(row=r, column=7, value=a["orig"]).number_format = "dd/mm/yyyy"
            if a["rev"]:
                ws.cell(row=r, column=8, value=a["rev"]).number_format = "dd/mm/yyyy"
            for col, key_ in ((9, "prev"), (10, "cur")):
                v = a[key_]
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = Alignment(horizontal="center", vertical="top")
                if v:
                    c.fill = fill(RAGFILL[v])
            ws.cell(row=r, column=11, value=a["upd"])
            for j in range(1, 12):
                ws.cell(row=r, column=j).border = BOX
                if j not in (9, 10):
                    ws.cell(row=r, column=j).alignment = WRAP
            expected.append(dict(ref=a["ref"], under=[theme, text], action=a["action"], lead=a["lead"],
                                 end=a["end"], status=a["status"]))
            r += 1
        if len(acts) > 1:
            for col in (1, 2, 3):
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="Summary: 11 actions – 5 complete (B), 2 on track (G), 2 at risk (A), 1 off track (R), 1 not started.")
    ws.cell(row=r + 1, column=1, value="Where a revised target has been agreed, RAG is assessed against the revised target.")
    ws.freeze_panes = "A4"
    wb.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates the HMICFRS 'Standards of behaviour: The handling of misconduct in fire and rescue services' "
                "(1 August 2024) recommendations trackers that fire and rescue services publish and report to their "
                "authorities (e.g. humbersidefire.gov.uk/about-us/our-inspection/standards-of-behaviour and "
                "staffordshirefire.gov.uk/what-we-do/hmicfrs/hmicfrs-standards-of-behaviour); recommendation wording "
                "follows the report. Copied features: cover sheet with title block, document control table and RAG "
                "letter key; tracker sheet with grey full-width theme rows, the recommendation and HMICFRS deadline "
                "merged down over its actions, original and revised targets, previous and current RAG as letters on "
                "fill colour, progress comments, two posts in one lead cell, notes/summary lines below."),
        reads=("A two-sheet workbook: a cover (title, document control, RAG key, note) and a tracker of six HMICFRS "
               "recommendations grouped under three report themes, each with one or two numbered SYFR actions. "
               "The reader takes the revised target where one is given and the current RAG letter as the status; "
               "the empty current RAG of action 6.2 is not started."),
        outcome="read", accept_refusal=False, title=title)
    write_expected(name, meta, expected)


# ---------------------------------------------------------------------------
# 2. The College Merthyr Tydfil - Estyn post-inspection action plan (xlsx)
# ---------------------------------------------------------------------------
def merthyr():
    name = "zok-the-college-merthyr-tydfil-estyn-post-inspection-action-plan.xlsx"
    title = "The College Merthyr Tydfil – Post-Inspection Action Plan (Estyn inspection, February 2025)"
    recs = [
        ("R1", "R1: Improve learners’ attendance and punctuality, particularly on level 1 and level 2 vocational programmes", [
            dict(ref="1.1", action="Introduce a daily ‘first call’ to learners who are absent without notice, carried out by progress coaches.",
                 sc="Attendance on level 1 and 2 programmes rises from 81% to 88%.",
                 leadcell="Head of Learner Services", lead=["Head of Learner Services"], ts="June 2025", rag="B",
                 upd="In place since 12 May 2025. Level 1/2 attendance 86% in the summer term.", end="2025-06", status="blue"),
            dict(ref="1.2", action="Set attendance targets for each curriculum area and review them at monthly curriculum performance meetings.",
                 sc="All curriculum areas have targets; reviewed monthly.",
                 leadcell="Director of Curriculum / Heads of School", lead=["Director of Curriculum", "Heads of School"],
                 ts="Autumn term 2025", rag="G",
                 upd="Targets agreed for 2025/26; first review meeting 6 October.", end="2025-12", status="green"),
            dict(ref="1.3", action="Revise the learner code of conduct to set clear expectations for punctuality.\nShare the revised code with learners, parents and carers at induction.",
                 sc="Lateness incidents fall by a third compared with 2024/25.",
                 leadcell="Head of Learner Services", lead=["Head of Learner Services"], ts="September 2025", rag="B",
                 upd="Revised code used at September induction.", end="2025-09", status="blue"),
        ]),
        ("R2", "R2: Strengthen the quality of teaching so that all learners are challenged to make strong progress, particularly on A level and access programmes", [
            dict(ref="2.1", action="Refocus the teaching and learning coaching programme on questioning and challenge for more able learners.",
                 sc="Learning walks show consistent challenge in at least 80% of sessions.",
                 leadcell="Teaching and Learning Coordinator", lead=["Teaching and Learning Coordinator"],
                 ts="Summer term 2026", rag="G", upd="Coaching cycle 1 under way with 14 teachers.",
                 end="2026-07", status="green"),
            dict(ref="2.2", action="Carry out learning walks with a focus on stretch and challenge, and share the findings with curriculum teams.",
                 sc="Findings shared with every team within two weeks of each walk.",
                 leadcell="Vice Principal (Curriculum and Quality)", lead=["Vice Principal (Curriculum and Quality)"],
                 ts="Termly", end_text="Termly", rag="A",
                 upd="Summer term walks completed late because of staff absence.", end=None, status="amber"),
            dict(ref="2.3", action="Introduce peer observation triads across A level and access to higher education programmes.",
                 sc="All A level and access teachers take part in a triad.",
                 leadcell="Heads of School", lead=["Heads of School"], ts="January 2026", rag=None,
                 upd="", end="2026-01", status="unrated"),
        ]),
        ("R3", "R3: Ensure that self-assessment and quality improvement planning focus precisely on the impact of provision on learners’ progress", [
            dict(ref="3.1", action="Revise the self-assessment report template so that each curriculum area evaluates learner progress against value-added and distance-travelled data.",
                 sc="2024/25 self-assessment reports use the new template.",
                 leadcell="Quality Manager", lead=["Quality Manager"], ts="November 2025", rag="G",
                 upd="Template approved by SMT; validation panels booked for November.", end="2025-11", status="green"),
            dict(ref="3.2", action="Train curriculum managers to use the ProMonitor dashboards to track learner progress.",
                 sc="All curriculum managers trained and using dashboards at reviews.",
                 leadcell="MIS Manager & Quality Manager", lead=["MIS Manager", "Quality Manager"], ts=d(2025, 10, 31), rag="R",
                 upd="Dashboard build delayed by the supplier; training cannot start until it is live.",
                 end="2025-10", status="red"),
        ]),
    ]
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Progress update for the Board of Directors – 25 September 2025"
    s["A4"] = "Summary of progress"
    s["A4"].font = Font(bold=True)
    hdr = ["Recommendation", "Actions", "Complete", "On track", "Some slippage", "Significant concern", "Not started"]
    for j, h in enumerate(hdr):
        c = s.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    counts = {"blue": 2, "green": 3, "amber": 4, "red": 5, "unrated": 6}
    tot = [0] * 6
    for i, (sheet, rtext, acts) in enumerate(recs):
        row = [sheet, len(acts), 0, 0, 0, 0, 0]
        for a in acts:
            row[counts[a["status"]]] += 1
        for j, v in enumerate(row):
            s.cell(row=6 + i, column=1 + j, value=v).border = BOX
        for j in range(6):
            tot[j] += row[1 + j]
    s.cell(row=9, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(tot):
        s.cell(row=9, column=2 + j, value=v).font = Font(bold=True)
    s["A11"] = "RAG key (progress column is shaded)"
    s["A11"].font = Font(bold=True)
    for i, (col, txt) in enumerate([(BLUE, "Complete"), (GREEN, "On track"), (AMBER, "Some slippage"),
                                    (RED, "Significant concern"), (None, "Not started (no shading)")]):
        c = s.cell(row=12 + i, column=1)
        c.border = BOX
        if col:
            c.fill = fill(col)
        s.cell(row=12 + i, column=2, value=txt)
    s["A18"] = "Each recommendation has its own sheet (R1 to R3)."
    s.column_dimensions["A"].width = 18
    for col in "BCDEFG":
        s.column_dimensions[col].width = 16

    expected = []
    for sheet, rtext, acts in recs:
        ws = wb.create_sheet(sheet)
        ws["A1"] = rtext
        ws["A1"].font = Font(bold=True, size=12)
        ws["A1"].alignment = WRAP
        ws.merge_cells("A1:G1")
        ws.row_dimensions[1].height = 34
        ws["A2"] = "Estyn inspection: February 2025. Plan approved by the Board of Directors: 3 June 2025."
        hdr = ["Ref", "Action", "Success criteria", "Responsibility", "Timescale", "Progress", "Progress update"]
        for j, h in enumerate(hdr):
            c = ws.cell(row=4, column=1 + j, value=h)
            c.font = Font(bold=True)
            c.fill = fill("DDEBF7")
            c.border = BOX
        for w, col in zip([6, 50, 38, 30, 16, 10, 44], "ABCDEFG"):
            ws.column_dimensions[col].width = w
        r = 5
        for a in acts:
            vals = [a["ref"], a["action"], a["sc"], a["leadcell"], a["ts"], None, a["upd"] or None]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if a["rag"]:
                ws.cell(row=r, column=6).fill = fill(RAGFILL[a["rag"]])
            e = dict(ref=a["ref"], under=[rtext], action=a["action"], lead=a["lead"], end=a["end"],
                     status=a["status"])
            if a.get("end_text"):
                e["end_text"] = a["end_text"]
            expected.append(e)
            r += 1
    wb.save(os.path.join(HERE, name))
    meta = dict(
        source=("Imitates a Welsh further education college's post-inspection action plan after an Estyn post-16 core "
                "inspection (Estyn follow-up guidance for post-16 inspections from 26 February 2024, estyn.gov.wales); "
                "the college is the University of South Wales subsidiary described on Estyn's effective-practice pages. "
                "Copied features: summary sheet with progress counts per recommendation, totals row and a colour key; "
                "one sheet per Estyn recommendation (R1–R3) with the recommendation as a merged heading, Ref / Action / "
                "Success criteria / Responsibility / Timescale columns, progress shown only by cell shading, school "
                "terms and 'Termly' as timescales, two posts in one responsibility cell, a line break inside one action."),
        reads=("A four-sheet workbook: a summary with counts and a shading key, then sheets R1, R2 and R3 each headed by "
               "the Estyn recommendation with its actions underneath. Status comes from the shading of the Progress "
               "cell (unshaded = not started); terms end in their last month and 'Termly' has no end month."),
        outcome="read", accept_refusal=False, title=title)
    write_expected(name, meta, expected)


# ---------------------------------------------------------------------------
# 3. Police Scotland - HMICS organisational culture improvement plan (xlsx)
# ---------------------------------------------------------------------------
def police_scotland():
    name = "zok-police-scotland-hmics-organisational-culture-improvement-plan-progress-report.xlsx"
    title = "HMICS Thematic Inspection of Organisational Culture in Police Scotland – Improvement Plan"
    STAT = {"Complete": BLUE, "On Track": GREEN, "At Risk": AMBER, "Off Track": RED, "Not Started": GREY}
    recs = [
        ("Recommendation 1 – Police Scotland should improve leadership behaviours across the organisation to ensure that officers and staff work in a culture that is supportive, collaborative and welcomes challenge.", [
            dict(ref="1.1", action="Refresh the Leadership Development Programme for first and second line managers, adding modules on inclusive leadership and on giving and receiving feedback.",
                 owner="Director of People and Development", lead=["Director of People and Development"],
                 tgt="September 2024", rev="March 2025", st="On Track",
                 upd="Revised programme piloted in East Command; national roll-out from March 2025.", end="2025-03", status="green"),
            dict(ref="1.2", action="Introduce 360-degree feedback for all officers and staff at superintendent and equivalent grades and above.",
                 owner="DCC Professionalism, Strategy and Engagement", lead=["DCC Professionalism, Strategy and Engagement"],
                 tgt="Q2 2025/26", rev=None, st="On Track",
                 upd="Supplier selected through the Scottish Government framework.", end="2025-09", status="green"),
        ]),
        ("Recommendation 2 – Police Scotland should develop and deliver a set of actions to address the fundamental inequalities between officers and police staff, and frontline policing and other national/specialist functions.", [
            dict(ref="2.1", action="Review access to wellbeing, flexible working and recognition schemes to identify differences between officers and police staff, and report the findings to the Strategic Leadership Board.",
                 owner="Head of Reward and Wellbeing", lead=["Head of Reward and Wellbeing"],
                 tgt=d(2024, 12, 31), rev=None, st="Complete",
                 upd="Findings reported to SLB on 11 December 2024; actions carried into 2.2 and the People Strategy.", end="2024-12", status="blue"),
            dict(ref="2.2", action="Develop a rotation and secondment framework so that officers and staff in national and specialist functions spend time with local policing divisions.",
                 owner="ACC Local Policing North / ACC Local Policing West", lead=["ACC Local Policing North", "ACC Local Policing West"],
                 tgt="June 2025", rev="December 2025", st="At Risk",
                 upd="Framework drafted; affordability within the 2025/26 budget still to be confirmed.", end="2025-12", status="amber"),
        ]),
        ("Recommendation 5 – Police Scotland should review its Corporate Governance Framework and Scheme of Delegation to ensure that delegated decision-making and approval processes are streamlined.", [
            dict(ref="5.1", action="Complete a review of the Scheme of Delegation and the Corporate Governance Framework, and present revised versions to the SPA Board for approval.",
                 owner="Head of Strategy and Governance", lead=["Head of Strategy and Governance"],
                 tgt="March 2025", rev=None, st="On Track",
                 upd="Revised Scheme of Delegation on the SPA Board agenda for 27 March 2025.", end="2025-03", status="green"),
        ]),
        ("Recommendation 7 – Police Scotland should rename and refocus its grievance process to resolution/mediation, providing mandatory initial steps (in line with contractual and regulatory entitlement) and clear training on the management of the process.", [
            dict(ref="7.1", action="Replace the Grievance Procedure with a Resolution Policy, following consultation with staff associations and trade unions.",
                 owner="Director of People and Development", lead=["Director of People and Development"],
                 tgt="November 2024", rev="April 2025", st="Off Track",
                 upd="Consultation extended at the request of the trade unions; policy now expected at the April 2025 People Committee.", end="2025-04", status="red"),
            dict(ref="7.2", action="Deliver mandatory resolution and mediation training for all line managers.",
                 owner="Head of Learning, Training and Development", lead=["Head of Learning, Training and Development"],
                 tgt="Q4 2025/26", rev=None, st="Not Started",
                 upd="Dependent on approval of the Resolution Policy (7.1).", end="2026-03", status="unrated"),
        ]),
        ("Recommendation 8 – Police Scotland should develop and implement a cohesive engagement and feedback framework (which should include a regular whole-service people survey).", [
            dict(ref="8.1", action="Run the first whole-service people survey and publish the results to all officers and staff.",
                 owner="Head of Organisational Development", lead=["Head of Organisational Development"],
                 tgt="October 2024", rev=None, st="Complete",
                 upd="Survey closed 30 September 2024 (41% response); results published 22 October 2024.", end="2024-10", status="blue"),
            dict(ref="8.2", action="Establish local ‘Your Voice Matters’ action groups in each division to act on the survey results and report progress quarterly.",
                 owner="Divisional Commanders", lead=["Divisional Commanders"],
                 tgt="Ongoing", end_text="Ongoing", rev=None, st="On Track",
                 upd="Groups established in 11 of 13 local policing divisions.", end=None, status="green"),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "OFFICIAL"
    ws["A1"].font = Font(bold=True, color="C00000")
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Biannual progress report to the SPA People Committee – position at 31 January 2025"
    hdr = ["Ref", "Action", "Action Owner", "Target Date", "Revised Target Date", "Status", "Progress Update"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("002F5F")
        c.border = BOX
        c.alignment = WRAP
    for w, col in zip([6, 60, 34, 14, 14, 12, 50], "ABCDEFG"):
        ws.column_dimensions[col].width = w
    r = 6
    expected = []
    for rtext, acts in recs:
        c = ws.cell(row=r, column=1, value=rtext)
        c.font = Font(bold=True)
        c.alignment = WRAP
        for j in range(1, 8):
            ws.cell(row=r, column=j).fill = fill("DCE6F1")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.row_dimensions[r].height = 32
        r += 1
        for a in acts:
            vals = [a["ref"], a["action"], a["owner"], a["tgt"], a["rev"], a["st"], a["upd"]]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=6).fill = fill(STAT[a["st"]])
            e = dict(ref=a["ref"], under=[rtext], action=a["action"], lead=a["lead"], end=a["end"], status=a["status"])
            if a.get("end_text"):
                e["end_text"] = a["end_text"]
            expected.append(e)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value=("Recommendations 3, 4, 6, 9, 10 and 11 are reported through the Policing Together "
                                    "Implementation Plan and are not repeated here."))
    ws.freeze_panes = "A6"

    k = wb.create_sheet("Status Key")
    k["A1"] = "Status key"
    k["A1"].font = Font(bold=True)
    rows = [("Complete", "Action delivered; evidence submitted to HMICS"),
            ("On Track", "Progressing to the target date"),
            ("At Risk", "Target date at risk; mitigation in place (amber)"),
            ("Off Track", "Target date missed or will be missed (red)"),
            ("Not Started", "Action not yet started")]
    for i, (s, txt) in enumerate(rows):
        c = k.cell(row=2 + i, column=1, value=s)
        c.fill = fill(STAT[s])
        k.cell(row=2 + i, column=2, value=txt)
    k["A8"] = "Glossary"
    k["A8"].font = Font(bold=True)
    for i, (a, b) in enumerate([("ACC", "Assistant Chief Constable"), ("DCC", "Deputy Chief Constable"),
                                ("SLB", "Strategic Leadership Board"), ("SPA", "Scottish Police Authority")]):
        k.cell(row=9 + i, column=1, value=a)
        k.cell(row=9 + i, column=2, value=b)
    k.column_dimensions["A"].width = 14
    k.column_dimensions["B"].width = 50
    wb.save(os.path.join(HERE, name))
    meta = dict(
        source=("Imitates Police Scotland's 'HMICS Thematic Inspection of Organisational Culture in Police Scotland – "
                "Improvement Plan' and its biannual progress reports to the SPA People Committee (spa.police.uk "
                "publication library, 29 August 2024 and 25 February 2025); recommendation wording from "
                "hmics.scot/publications/thematic-inspection-of-organisational-culture-in-police-scotland. Copied "
                "features: OFFICIAL marking and title block, full-width shaded recommendation rows over numbered actions, "
                "portfolio job titles as owners (including titles that contain commas), target and revised target "
                "dates in mixed forms (month, financial quarter, dd/mm/yyyy, Ongoing), status words on fill colour "
                "defined on a separate key sheet, a note line on recommendations reported elsewhere, glossary."),
        reads=("One plan sheet with five HMICS recommendations as merged heading rows, each followed by one or two "
               "actions with owner, target and revised target, and a status word; a second sheet gives the status key "
               "(At Risk = amber, Off Track = red) and glossary. Job titles such as 'DCC Professionalism, Strategy and "
               "Engagement' are single posts; the revised date is the end where given."),
        outcome="read", accept_refusal=False, title=title)
    write_expected(name, meta, expected)


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


def set_cell(cell, text, bold=False):
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)
    if bold:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True


# ---------------------------------------------------------------------------
# 4. HMP Nottingham - HMIP inspection action plan (docx)
# ---------------------------------------------------------------------------
def nottingham():
    name = "zok-hmp-nottingham-hmip-inspection-action-plan.docx"
    title = "Action Plan: HMP Nottingham"
    areas = [
        ("Safety", [
            ("Priority concern 1: Levels of violence were high, particularly assaults between prisoners, and arrangements to reduce violence were not understood by staff or prisoners.",
             "Agreed – The prison will relaunch its safety strategy and strengthen the management of prisoners on challenge, support and intervention plans (CSIP).",
             [dict(ref="1.1", action="Relaunch the safety strategy through wing briefings for all staff and a prisoner information leaflet translated into the five most common languages.",
                   owner="Head of Safety", lead=["Head of Safety"], tgt="31 December 2024", rag="B", end="2024-12", status="blue"),
              dict(ref="1.2", action="Review all open CSIP referrals weekly at the safety intervention meeting, with quality assurance of ten cases a month.",
                   owner="Head of Safety / CSIP Custodial Manager", lead=["Head of Safety", "CSIP Custodial Manager"],
                   tgt="30/09/2025", rag="G", end="2025-09", status="green")]),
            ("Key concern 2: Illicit drugs were too easily available and the drug strategy lacked clear actions to reduce supply.",
             "Agreed – Security and drug strategy work will be brought together in a single supply reduction plan.",
             [dict(ref="2.1", action="Install enhanced gate security, including a body scanner and an X-ray baggage scanner, at the staff and visitor entrance.",
                   owner="Head of Security", lead=["Head of Security"], tgt="September 2025", rag="A", end="2025-09", status="amber"),
              dict(ref="2.2", action="Publish a drug strategy action plan with quarterly supply reduction targets, reviewed at the monthly security meeting.",
                   owner="Deputy Governor", lead=["Deputy Governor"], tgt="January 2025", rag="B", end="2025-01", status="blue")]),
        ]),
        ("Respect", [
            ("Key concern 3: Mentally unwell prisoners waiting for transfer to a secure hospital were held in wholly unsuitable conditions in the segregation unit.",
             "Partly agreed – Transfer timescales are set by NHS England. The prison will escalate every delayed transfer and improve conditions in the care and separation unit.",
             [dict(ref="3.1", action="Escalate every transfer that exceeds the 28-day target to the Prison Group Director and NHS England Health and Justice commissioners.",
                   owner="Head of Healthcare", lead=["Head of Healthcare"], tgt="Ongoing", end_text="Ongoing", rag="G", end=None, status="green"),
              dict(ref="3.2", action="Refurbish two cells in the care and separation unit as a therapeutic environment for men awaiting transfer.\nAgree a joint care plan template with the mental health in-reach team.",
                   owner="Head of Residence; Mental Health In-Reach Team Leader", lead=["Head of Residence", "Mental Health In-Reach Team Leader"],
                   tgt="30/11/2025", rag="R", end="2025-11", status="red")]),
        ]),
        ("Purposeful activity", [
            ("Priority concern 4: Many prisoners were locked in their cells for 22 hours a day, and education classrooms were unoccupied despite high levels of need.",
             "Agreed – The regime will be redesigned to increase time out of cell and attendance at education, skills and work.",
             [dict(ref="4.1", action="Introduce a revised core day that gives all prisoners at least two hours out of cell each day, including on staff training days.",
                   owner="Head of Operations", lead=["Head of Operations"], tgt="April 2025", rag="B", end="2025-04", status="blue"),
              dict(ref="4.2", action="Allocate all unemployed prisoners to part-time education or work, and monitor attendance weekly with the education provider.",
                   owner="Head of Reducing Reoffending / Education Manager (Novus)", lead=["Head of Reducing Reoffending", "Education Manager (Novus)"],
                   tgt="31/07/2025", rag="A", end="2025-07", status="amber")]),
        ]),
        ("Rehabilitation and release planning", [
            ("Key concern 5: Public protection arrangements remained weak, and a quarter of prisoners released early under the end of custody supervised licence scheme (ECSL) were homeless on release.",
             "Agreed.",
             [dict(ref="5.1", action="Make sure every high-risk prisoner is reviewed at the interdepartmental risk management meeting at least three months before release.",
                   owner="Head of Offender Management Delivery", lead=["Head of Offender Management Delivery"],
                   tgt="Q4 2024/25", rag="B", end="2025-03", status="blue"),
              dict(ref="5.2", action="Work with Nottingham City and Nottinghamshire County housing teams to secure a named housing officer in the resettlement hub two days a week.",
                   owner="Head of Reducing Reoffending", lead=["Head of Reducing Reoffending"], tgt="December 2025", rag="",
                   end="2025-12", status="unrated")]),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.sections[0].header.paragraphs[0].text = "OFFICIAL"
    h = doc.add_heading(title, level=0)
    for line in ["Action Plan Submitted: 14 October 2024",
                 "A Response to the HMIP Inspection: 13–24 May 2024",
                 "Report Published: 19 August 2024",
                 "Progress update: 30 June 2025"]:
        doc.add_paragraph(line).runs[0].bold = True
    doc.add_heading("INTRODUCTION", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on the conditions for and "
        "treatment of those in prison. In response to the report, HMPPS has drafted this action plan to address the "
        "concerns identified. The plan confirms whether each concern is agreed, partly agreed or not agreed (see "
        "categorisations below), and where it is agreed or partly agreed sets out the actions, the responsible owner "
        "and the timescale for each step. Progress is monitored at the monthly senior leadership team meeting.")
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    rows = [("Term", "Definition", "Additional comment"),
            ("Agreed", "All of the concern is accepted, can be addressed and is affordable.",
             "The response explains how the concern will be addressed, with timescales."),
            ("Partly agreed", "Only part of the concern can be addressed, for policy, operational or affordability reasons.",
             "The response states which part will be addressed."),
            ("Not agreed", "The concern is not accepted.", "The response explains why.")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            set_cell(t.rows[i].cells[j], v, bold=(i == 0))
    doc.add_paragraph("")
    doc.add_paragraph("Progress RAG: B – complete; G – on track; A – some slippage, revised date under review; "
                      "R – off track. A blank RAG means the action has not started.")
    expected = []
    for area, concerns in areas:
        doc.add_heading(area, level=1)
        nrows = 1 + sum(2 + len(acts) for _, _, acts in concerns)
        t = doc.add_table(rows=nrows, cols=5)
        t.style = "Table Grid"
        for j, hh in enumerate(["Ref", "Action", "Responsible owner", "Target date", "RAG"]):
            set_cell(t.rows[0].cells[j], hh, bold=True)
            shade(t.rows[0].cells[j], "BFBFBF")
        ri = 1
        for ctext, resp, acts in concerns:
            c = t.rows[ri].cells[0].merge(t.rows[ri].cells[4])
            set_cell(c, ctext, bold=True)
            shade(c, "DEEAF6")
            ri += 1
            c = t.rows[ri].cells[0].merge(t.rows[ri].cells[4])
            set_cell(c, resp)
            ri += 1
            for a in acts:
                cells = t.rows[ri].cells
                for j, v in enumerate([a["ref"], a["action"], a["owner"], a["tgt"], a["rag"]]):
                    set_cell(cells[j], v)
                if a["rag"]:
                    shade(cells[4], RAGFILL[a["rag"]])
                e = dict(ref=a["ref"], under=[area, ctext], action=a["action"], lead=a["lead"], end=a["end"],
                         status=a["status"])
                if a.get("end_text"):
                    e["end_text"] = a["end_text"]
                expected.append(e)
                ri += 1
        doc.add_paragraph("")
    doc.add_paragraph("Signed: Governor, HMP Nottingham          Date: 30 June 2025")
    doc.save(os.path.join(HERE, name))
    meta = dict(
        source=("Imitates the HMPPS action plans published in response to HM Inspectorate of Prisons reports ('Action "
                "Plan: HMP …', 'Action Plan Submitted', 'A Response to the HMIP Inspection', 'Report Published', "
                "introduction and Agreed/Partly agreed/Not agreed categorisation table – e.g. the HMP Elmley 2019 and "
                "HMP The Verne 2020 plans), updated to the concern-based HMIP reports; the HMP Nottingham full "
                "inspection of 13–24 May 2024 was published 19 August 2024 (hmiprisons.justiceinspectorates.gov.uk). "
                "Copied features: title block, introduction, categorisation table, RAG key paragraph, one table per "
                "healthy prison area under a heading, merged shaded concern rows followed by a merged response row, "
                "then numbered actions with responsible owner, target date and shaded RAG letter; sign-off line."),
        reads=("A Word action plan: title block, introduction and categorisation table, then four tables (Safety, "
               "Respect, Purposeful activity, Rehabilitation and release planning), each holding one or two HMIP "
               "concerns with the HMPPS response and numbered actions. Status is the RAG letter (B = complete); the "
               "blank RAG on 5.2 is not started; 'Ongoing' has no end month."),
        outcome="read", accept_refusal=False, title=title)
    write_expected(name, meta, expected)


# ---------------------------------------------------------------------------
# 5. Reed's School - ISI inspection action plan (docx)
# ---------------------------------------------------------------------------
def reeds():
    name = "zok-reeds-school-isi-inspection-action-plan.docx"
    title = "Reed's School: Action Plan following ISI Routine Inspection (4–6 March 2025)"
    S1 = "1. Leadership and management, and governance"
    S2 = "2. Quality of education, training and recreation"
    S5 = "5. Safeguarding"
    F1 = "Action required: Ensure that the admission and attendance registers are accurately maintained in line with the School Attendance (Pupil Registration) (England) Regulations 2024."
    F2 = "Recommended next step: Governors should strengthen their oversight of compliance, so that they are assured that all regulatory requirements are met."
    F3 = "Recommended next step: Leaders should ensure that teaching consistently adapts to the needs of pupils who have special educational needs and/or disabilities (SEND), so that they make good progress."
    F4 = "Action required: Ensure that all required pre-appointment checks are completed, and recorded on the single central record, before staff begin work."
    sections = [
        (S1, [
            (F1, [dict(ref="1.1", action="Audit the admission register against the SIMS record for every pupil and correct all omissions.",
                       leadcell="Compliance Manager", lead=["Compliance Manager"], dl="April 2025", st="Complete", end="2025-04", status="blue"),
                  dict(ref="1.2", action="Train all house staff and reception staff in the 2024 attendance codes and in recording leave of absence for boarders.",
                       leadcell="Deputy Head (Pastoral); Head of Boarding", lead=["Deputy Head (Pastoral)", "Head of Boarding"],
                       dl="Summer term 2025", st="Complete", end="2025-07", status="blue")]),
            (F2, [dict(ref="1.3", action="Appoint a governor with lead responsibility for regulatory compliance and add a termly compliance report to the Education and Pastoral Committee agenda.",
                       leadcell="Chair of Governors", lead=["Chair of Governors"], dl="Michaelmas term 2025", st="On track",
                       end="2025-12", status="green")]),
        ]),
        (S2, [
            (F3, [dict(ref="2.1", action="Update the learning support profile of every pupil with SEND and share the profiles with teachers through iSAMS.",
                       leadcell="Head of Learning Support", lead=["Head of Learning Support"], dl="30/09/2025", st="Delayed",
                       end="2025-09", status="amber"),
                  dict(ref="2.2", action="Include adaptive teaching in the INSET programme and in lesson observations in all departments.",
                       leadcell="Deputy Head (Academic)", lead=["Deputy Head (Academic)"], dl="July 2026", st="On track",
                       end="2026-07", status="green")]),
        ]),
        (S5, [
            (F4, [dict(ref="5.1", action="Commission a full audit of the single central record by an external safeguarding consultant.",
                       leadcell="Bursar", lead=["Bursar"], dl="March 2025", st="Complete", end="2025-03", status="blue"),
                  dict(ref="5.2", action="Introduce a pre-start checklist, signed by the HR Manager and the Head, before any new member of staff begins work.",
                       leadcell="HR Manager", lead=["HR Manager"], dl="Immediate and ongoing", end_text="Immediate and ongoing",
                       st="On track", end=None, status="green"),
                  dict(ref="5.3", action="Arrange safer recruitment training for all governors who sit on the Nominations Committee.",
                       leadcell="Clerk to the Governors", lead=["Clerk to the Governors"], dl="February 2026", st="Not started",
                       end="2026-02", status="unrated")]),
        ]),
    ]
    SHADE = {"Complete": BLUE, "On track": GREEN, "Delayed": AMBER}
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = doc.add_paragraph()
    run = p.add_run(title)
    run.bold = True
    run.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Prepared for the Education and Pastoral Committee of the Governing Body – updated 16 September 2025")
    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, r in enumerate([("Version", "Date", "Author", "Approved by"),
                           ("1.0", "2 May 2025", "Deputy Head (Academic)", "Governing Body, 8 May 2025"),
                           ("1.1", "16 September 2025", "Compliance Manager", "Education and Pastoral Committee")]):
        for j, v in enumerate(r):
            set_cell(t.rows[i].cells[j], v, bold=(i == 0))
    doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete (blue) · On track (green) · Delayed (amber) · Not started")
    doc.add_paragraph("ISI found that the standards relating to leadership and management (paragraph 34) and to "
                      "safeguarding (paragraph 7) were not met. The actions required and the recommended next steps "
                      "are set out below under the ISI report section headings.")
    expected = []
    for sec, findings in sections:
        doc.add_heading(sec, level=1)
        for ftext, acts in findings:
            fp = doc.add_paragraph()
            fp.add_run(ftext).bold = True
            t = doc.add_table(rows=1 + len(acts), cols=5)
            t.style = "Table Grid"
            for j, hh in enumerate(["No.", "Action", "Lead", "Deadline", "Status"]):
                set_cell(t.rows[0].cells[j], hh, bold=True)
                shade(t.rows[0].cells[j], "E7E6E6")
            for i, a in enumerate(acts, start=1):
                cells = t.rows[i].cells
                for j, v in enumerate([a["ref"], a["action"], a["leadcell"], a["dl"], a["st"]]):
                    set_cell(cells[j], v)
                if a["st"] in SHADE:
                    shade(cells[4], SHADE[a["st"]])
                e = dict(ref=a["ref"], under=[sec, ftext], action=a["action"], lead=a["lead"], end=a["end"],
                         status=a["status"])
                if a.get("end_text"):
                    e["end_text"] = a["end_text"]
                expected.append(e)
            doc.add_paragraph("")
    doc.add_paragraph("Next review: Education and Pastoral Committee, 25 November 2025.")
    doc.save(os.path.join(HERE, name))
    meta = dict(
        source=("Imitates an independent school's action plan after an ISI routine inspection under the September "
                "2023 framework (reports set out standards not met, actions the school must take and recommended next "
                "steps under the five framework sections; see isi.net and independentschoolmanagement.co.uk, 'Extracts "
                "from reports under the new ISI framework', May 2024). Copied features: title paragraph, document "
                "control table, status key line, numbered section headings following the ISI report sections "
                "(with gaps where there were no findings), each finding in bold above its own small action table, "
                "shaded status words, school-term deadlines (Summer term, Michaelmas term) and a review line."),
        reads=("A Word plan: title, document control table and key, then three ISI sections; under each section one "
               "or two findings (an 'Action required' or a 'Recommended next step') each followed by a table of "
               "numbered actions with lead, deadline and status. The reader reads Delayed as amber per the key, "
               "'Immediate and ongoing' as no end month and Michaelmas term 2025 as ending in December 2025."),
        outcome="read", accept_refusal=False, title=title)
    write_expected(name, meta, expected)


# ---------------------------------------------------------------------------
# 6. Brune Park Community School - post-Ofsted action plan (csv, refuse)
# ---------------------------------------------------------------------------
def brune_park():
    name = "zok-brune-park-community-school-post-ofsted-action-plan-typo-month-refuse.csv"
    title = "Brune Park Community School – Post-Ofsted Action Plan 2025-26"
    rows = [
        [title, "", "", "", "", "", "", ""],
        ["Ofsted inspection 20–21 May 2025. Plan reviewed by the Local Governing Body on 24 September 2025.", "", "", "", "", "", "", ""],
        [],
        ["Priority", "Ref", "Action", "Lead(s)", "Start", "Deadline", "RAG", "Evidence of impact"],
        ["Priority 1: Improve how consistently teachers check pupils' understanding and address misconceptions", "", "", "", "", "", "", ""],
        ["", "1a", "Deliver a CPD programme on checking for understanding (mini-whiteboards, cold calling, hinge questions)", "DHT (Teaching & Learning)", "September 2025", "December 2025", "G", "CPD calendar; drop-in records"],
        ["", "1b", "Run fortnightly departmental deliberate practice sessions on questioning", "Subject leaders", "September 2025", "July 2026", "G", "Department minutes"],
        ["", "1c", "Quality assure lessons through half-termly drop-ins with feedback focused on checking for understanding", "SLT links / Subject leaders", "October 2025", "Febuary 2026", "A", "QA schedule; feedback log"],
        ["Priority 2: Raise attendance and reduce persistent absence, particularly for disadvantaged pupils", "", "", "", "", "", "", ""],
        ["", "2a", "Introduce first-day calling and a home visit by day three of absence for persistently absent pupils", "Attendance Officer", "September 2025", "October 2025", "B", "Weekly attendance report"],
        ["", "2b", "Set up attendance panels with families of disadvantaged pupils below 90% attendance", "AHT Behaviour & Attendance", "October 2025", "March 2026", "G", "Panel records; PA down from 31% to 25%"],
        ["", "2c", "Share attendance data with governors every half term", "Headteacher", "September 2025", "July 2026", "G", "LGB minutes"],
        ["Priority 3: Ensure that the personal development curriculum is taught consistently well in tutor time", "", "", "", "", "", "", ""],
        ["", "3a", "Rewrite the tutor time PSHE programme with sequenced lessons and resources for each year group", "Head of PSHE", "July 2025", "September 2025", "B", "New programme on SharePoint"],
        ["", "3b", "Train all tutors to deliver the relationships and sex education units", "Head of PSHE; DSL", "September 2025", "January 2026", "G", "Training register"],
        ["", "3c", "Survey pupils on the quality of tutor time and act on the results", "AHT Personal Development", "March 2026", "June 2026", "", ""],
        [],
        ["RAG key: B = complete, G = on track, A = some slippage, R = off track. Blank = not started.", "", "", "", "", "", "", ""],
    ]
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        for r in rows:
            w.writerow(r)
    # find the line of the typo
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    line_no = next(i + 1 for i, l in enumerate(lines) if "Febuary" in l)
    meta = dict(
        source=("Imitates a secondary school's post-Ofsted action plan kept as a spreadsheet and exported to CSV for "
                "governors (priority rows taken from 'What does the school need to do to improve?', lettered actions, "
                "leads as abbreviated job titles, start and deadline months, RAG letters, evidence column, key line)."),
        reads=("A CSV plan with a title line, inspection line, a header, three priority rows each followed by three "
               "lettered actions, and a RAG key line. Action 1c's deadline reads 'Febuary 2026', a mistyped month; "
               "a careful reader stops and asks before reading the plan."),
        outcome="refuse", accept_refusal=False, refuse_at=line_no, title=title)
    write_expected(name, meta, [])


# ---------------------------------------------------------------------------
# 7. Probation Service Stockton and Hartlepool PDU - HMI Probation action plan (txt, tab-separated)
# ---------------------------------------------------------------------------
def stockton():
    name = "zok-probation-service-stockton-and-hartlepool-pdu-hmip-inspection-action-plan.txt"
    title = "HMPPS Action Plan: Stockton and Hartlepool Probation Delivery Unit"
    G1 = "Recommendations for Stockton and Hartlepool PDU"
    G2 = "Recommendations for the North East region"
    recs = [
        (G1, "1", "Improve the quality of work to assess, plan for, manage and review risk of harm, including the identification of actual and potential victims", "Agreed", [
            dict(action="Deliver a risk of serious harm practice workshop for all probation practitioners, using cases from the inspection sample",
                 ownercell="Head of PDU", lead=["Head of PDU"], tgt="30/09/2025", st="Complete", end="2025-09", status="blue"),
            dict(action="Introduce a monthly risk-focused audit of five cases per team, with findings discussed at team meetings",
                 ownercell="Senior Probation Officers", lead=["Senior Probation Officers"], tgt="December 2025", st="On track",
                 end="2025-12", status="green")]),
        (G1, "2", "Ensure that domestic abuse and child safeguarding information is requested, received and analysed in all cases", "Agreed", [
            dict(action="Agree a revised information-sharing protocol with Cleveland Police and the Stockton and Hartlepool children's services",
                 ownercell="Head of PDU / Regional Head of Public Protection", lead=["Head of PDU", "Regional Head of Public Protection"],
                 tgt="Q3 2025/26", st="On track", end="2025-12", status="green"),
            dict(action="Add a mandatory management check of safeguarding enquiries at the point of allocation",
                 ownercell="Senior Probation Officers", lead=["Senior Probation Officers"], tgt="October 2025", st="Complete",
                 end="2025-10", status="blue")]),
        (G1, "3", "Improve the quality and consistency of management oversight, particularly in cases assessed as high risk of serious harm", "Agreed", [
            dict(action="Revise the management oversight framework so that all high and very high risk of serious harm cases have a recorded management review at sentence planning",
                 ownercell="Head of PDU", lead=["Head of PDU"], tgt="January 2026", st="Not started", end="2026-01", status="unrated"),
            dict(action="Provide countersigning training for all Senior Probation Officers and for Probation Officers acting up",
                 ownercell="Quality Development Officer", lead=["Quality Development Officer"], tgt="March 2026", st="On track",
                 end="2026-03", status="green")]),
        (G2, "4", "Ensure there are enough staff in the PDU to manage workloads, including probation services officers trained to manage complex cases", "Partly agreed", [
            dict(action="Recruit to the remaining 4.5 FTE probation officer vacancies through the national recruitment campaign",
                 ownercell="Regional Probation Director", lead=["Regional Probation Director"], tgt="Ongoing", end_text="Ongoing",
                 st="On track", end=None, status="green"),
            dict(action="Extend the PSO development programme with a module on managing domestic abuse cases",
                 ownercell="Regional Head of Learning and Development", lead=["Regional Head of Learning and Development"],
                 tgt="31/03/2026", st="Delayed", end="2026-03", status="amber")]),
    ]
    lines = [title,
             "A response to the HM Inspectorate of Probation inspection of Stockton and Hartlepool PDU (report published 10 July 2025)",
             "Action plan submitted: 21 August 2025\tLast updated: 3 November 2025",
             "",
             "\t".join(["Rec no.", "Recommendation", "Agreed / Partly agreed / Not agreed", "Action",
                        "Responsible owner", "Target date", "Status"])]
    expected = []
    cur = None
    for grp, no, rtext, agreed, acts in recs:
        if grp != cur:
            lines.append(grp + "\t" * 6)
            cur = grp
        for i, a in enumerate(acts):
            first = [no, rtext, agreed] if i == 0 else ["", "", ""]
            lines.append("\t".join(first + [a["action"], a["ownercell"], a["tgt"], a["st"]]))
            e = dict(ref=None, under=[grp, rtext], action=a["action"], lead=a["lead"], end=a["end"], status=a["status"])
            if a.get("end_text"):
                e["end_text"] = a["end_text"]
            expected.append(e)
    lines += ["", "Status: Complete (blue), On track (green), Delayed (amber), Not started.",
              "Progress against this plan is reported to the North East Regional Leadership Team each quarter."]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(lines) + "\n")
    meta = dict(
        source=("Imitates the HMPPS action plans written in response to HM Inspectorate of Probation PDU inspections "
                "(template 'Action Plan: [name] – A Response to the HMI Probation Inspection', with Agreed / Partly "
                "agreed / Not agreed categorisation); Stockton and Hartlepool PDU was rated 'Requires improvement' in "
                "2025 (hmiprobation.justiceinspectorates.gov.uk news release 'Solid foundations in place at Stockton "
                "and Hartlepool Probation Delivery Unit'). Copied features: tab-separated export of the plan table, "
                "title and submission lines, group rows for PDU and regional recommendations, the recommendation and "
                "its agreement shown only on the first of its action rows, owners as posts, target dates as "
                "dd/mm/yyyy, month, financial quarter and Ongoing, status words and a key line."),
        reads=("A tab-separated plan: three title lines, a header, then two groups (PDU and North East region) of "
               "numbered inspectorate recommendations, each with two actions; the recommendation text appears on the "
               "first action's line and the second line continues it. Actions have no refs of their own; status "
               "words map by the key line (Delayed = amber)."),
        outcome="read", accept_refusal=False, title=title)
    write_expected(name, meta, expected)


if __name__ == "__main__":
    syfr()
    merthyr()
    police_scotland()
    nottingham()
    reeds()
    brune_park()
    stockton()
    print("built 7 zok- cases in", HERE)
