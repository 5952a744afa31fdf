"""Build the seven ks2- blind test files (set heldout339).

Run with /work/main/.venv/bin/python ks2_make.py  (writes beside this script).
Each builder keeps the action rows it writes in a list (ACTIONS[name]) so the
expected readings can be checked against what is in the file.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
FILL = {c: PatternFill("solid", start_color=c, end_color=c) for c in (RED, AMBER, GREEN, BLUE)}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

ACTIONS = {}  # file name -> list of dicts (ref, under, action, lead, end, end_text, status)


def A(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# 1. Buckinghamshire Council – ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
BUCKS = "ks2-buckinghamshire-council-asc-cqc-assessment-improvement-plan.xlsx"


def make_bucks():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Adult Social Care – CQC Local Authority Assessment Improvement Plan 2025-26"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Buckinghamshire Council – Adults and Health Directorate"
    cov["A2"].font = Font(size=12, italic=True)
    rows = [
        ("Document control", None),
        ("Version", "v1.4"),
        ("Date", "14 November 2025"),
        ("Plan owner", "Corporate Director, Adults and Health"),
        ("Governance", "ASC Improvement Board (monthly); Health and Adult Social Care Select Committee (quarterly)"),
        ("CQC overall rating", "Requires improvement"),
        ("Status of this version", "Progress position at 31 October 2025"),
    ]
    r = 4
    for k, v in rows:
        cov.cell(row=r, column=1, value=k).font = Font(bold=True)
        if v is not None:
            cov.cell(row=r, column=2, value=v)
            cov.cell(row=r, column=1).border = BOX
            cov.cell(row=r, column=2).border = BOX
        r += 1
    cov.column_dimensions["A"].width = 26
    cov.column_dimensions["B"].width = 90

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Buckinghamshire Council – Adult Social Care Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = ("Actions in response to the areas for improvement in the CQC Local Authority Assessment report. "
                "RAG shown by cell colour – see 'RAG Key' sheet.")
    ws.merge_cells("A2:J2")
    hdr = ["Ref", "Area for improvement (CQC report)", "Action", "Lead", "Start", "Due date",
           "Revised due date", "Previous RAG", "Current RAG", "Progress update (October 2025)"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", start_color="1F3864", end_color="1F3864")
        cell.alignment = WRAP
        cell.border = BOX
    widths = [7, 42, 55, 30, 12, 12, 14, 10, 10, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJ"[i]].width = w

    T1 = "Theme 1: Working with people"
    T2 = "Theme 2: Providing support"
    T3 = "Theme 3: Ensuring safety within the system"
    T4 = "Theme 4: Leadership"
    F1 = ("Waiting times for Care Act assessments were too long, with some people waiting more than six "
          "months for an assessment.")
    F2 = "Unpaid carers told us they did not always know about, or receive, a carer's assessment."
    F3 = ("The council did not have a clear picture of the sufficiency of the care market for people with "
          "complex needs, including nursing care.")
    F4 = "Safeguarding enquiries were not always completed in a timely way and the quality of recording varied."
    F5 = "Transitions for young people moving to adult services were not always planned early enough."
    F6 = "Performance information and quality assurance were not yet consistently used to drive improvement."

    # (theme, finding, ref, action, lead cell, start, due, revised, prev, curr, update, expected lead, end, end_text, status)
    plan = [
        (T1, F1, "1.1",
         "Introduce a weekly waiting list triage using the risk prioritisation tool so that people at highest "
         "risk are contacted within 5 working days.",
         "Head of Adult Social Care Operations", D(2025, 4, 1), D(2025, 6, 30), None, GREEN, BLUE,
         "Triage in place since June; 100% of priority 1 contacts made within 5 days in September and October.",
         ["Head of Adult Social Care Operations"], "2025-06", None, "blue"),
        (T1, F1, "1.2",
         "Commission additional assessment capacity through a time-limited contract to clear the backlog of "
         "waits over 90 days.",
         "Service Director, Adult Social Care / Head of Commissioning", D(2025, 5, 1), D(2025, 9, 30),
         D(2026, 1, 31), AMBER, AMBER,
         "Contract awarded August 2025. Backlog down from 612 to 388; revised date agreed by Improvement Board.",
         ["Service Director, Adult Social Care", "Head of Commissioning"], "2026-01", None, "amber"),
        (T1, F1, "1.3",
         "Publish waiting times for assessments on the council website and update them monthly.",
         "Head of ASC Performance", D(2025, 5, 1), D(2025, 7, 31), None, GREEN, BLUE,
         "First publication July 2025.", ["Head of ASC Performance"], "2025-07", None, "blue"),
        (T1, F2, "1.4",
         "Co-produce a refreshed Carers Strategy with Carers Bucks and people with lived experience.",
         "Commissioning Manager – Carers", D(2025, 6, 1), D(2026, 3, 31), None, GREEN, GREEN,
         "Three co-production workshops held; draft strategy due to Cabinet in March.",
         ["Commissioning Manager – Carers"], "2026-03", None, "green"),
        (T1, F2, "1.5",
         "Train all front door staff to offer a carer's assessment at every contact where a carer is identified.",
         "Principal Social Worker", D(2025, 6, 1), "Ongoing", None, GREEN, GREEN,
         "78% of Adult Access Team trained; carer assessments offered up 22% on Q1.",
         ["Principal Social Worker"], None, "Ongoing", "green"),
        (T2, F3, "2.1",
         "Refresh the Market Position Statement, with a specific section on nursing and complex dementia care.",
         "Head of Integrated Commissioning", D(2025, 7, 1), D(2025, 12, 31), None, AMBER, GREEN,
         "Provider engagement sessions complete; draft in circulation.",
         ["Head of Integrated Commissioning"], "2025-12", None, "green"),
        (T2, F3, "2.2",
         "Agree a joint commissioning plan for nursing placements with Buckinghamshire, Oxfordshire and "
         "Berkshire West ICB.",
         "Head of Integrated Commissioning; ICB Associate Director of Place", D(2025, 7, 1), D(2026, 3, 31),
         None, AMBER, RED,
         "ICB capacity constraints following restructure; escalated to Health and Wellbeing Board.",
         ["Head of Integrated Commissioning", "ICB Associate Director of Place"], "2026-03", None, "red"),
        (T3, F4, "3.1",
         "Implement a safeguarding dashboard reporting Section 42 enquiry timeliness to the ASC Leadership "
         "Team each month.",
         "Head of Safeguarding Adults", D(2025, 3, 1), D(2025, 5, 31), None, GREEN, BLUE,
         "Dashboard live; reported monthly since May.", ["Head of Safeguarding Adults"], "2025-05", None, "blue"),
        (T3, F4, "3.2",
         "Carry out a quarterly thematic audit of Section 42 enquiries and report the learning to the "
         "Buckinghamshire Safeguarding Adults Board.",
         "Head of Quality Assurance and Practice Development", D(2025, 4, 1), "Quarterly", None, GREEN, GREEN,
         "Q2 audit (self-neglect) completed and reported in October.",
         ["Head of Quality Assurance and Practice Development"], None, "Quarterly", "green"),
        (T3, F5, "3.3",
         "Establish a Preparing for Adulthood panel, jointly chaired by children's and adults' services, "
         "to review all young people with likely eligible needs from age 14.",
         "Head of Preparing for Adulthood / Head of Children with Disabilities", D(2025, 6, 1), D(2025, 9, 30),
         D(2025, 12, 31), AMBER, AMBER,
         "Terms of reference agreed; first panel delayed to November to align with the SEND panel cycle.",
         ["Head of Preparing for Adulthood", "Head of Children with Disabilities"], "2025-12", None, "amber"),
        (T4, F6, "4.1",
         "Launch a single ASC performance and quality framework, with monthly reporting to the ASC "
         "Improvement Board.",
         "Director of Adult Social Care", D(2025, 5, 1), D(2025, 10, 31), None, GREEN, GREEN,
         "Framework approved; first full monthly report due at November Board.",
         ["Director of Adult Social Care"], "2025-10", None, "green"),
        (T4, F6, "4.2",
         "Commission an LGA peer challenge to test progress against this improvement plan.",
         "Corporate Director, Adults and Health", None, "Q1 2026/27", None, None, None,
         "Not yet started – scope to be agreed at the January Improvement Board.",
         ["Corporate Director, Adults and Health"], "2026-06", None, "unrated"),
    ]
    acts = []
    r = 5
    theme = None
    group_start = {}
    for (t, f, ref, act, lead, start, due, rev, prev, curr, upd, xlead, xend, xtext, xstat) in plan:
        if t != theme:
            theme = t
            ws.cell(row=r, column=1, value=t).font = Font(bold=True)
            for c in range(1, 11):
                ws.cell(row=r, column=c).fill = PatternFill("solid", start_color="D9E1F2", end_color="D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            r += 1
        vals = [ref, f, act, lead, start, due, rev, None, None, upd]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c)
            if c == 2 and f in group_start:
                pass  # merged below
            else:
                cell.value = v
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        if prev:
            ws.cell(row=r, column=8).fill = FILL[prev]
        if curr:
            ws.cell(row=r, column=9).fill = FILL[curr]
        group_start.setdefault(f, []).append(r)
        acts.append(A(ref, [t, f], act, xlead, xend, xstat, xtext))
        r += 1
    for f, rows_ in group_start.items():
        if len(rows_) > 1:
            ws.merge_cells(start_row=rows_[0], start_column=2, end_row=rows_[-1], end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Notes: Revised due dates are only shown where agreed by the ASC Improvement "
                                   "Board. Actions rated Blue are retained for one reporting cycle then archived.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG Key"
    key["A1"].font = Font(bold=True, size=12)
    keys = [(BLUE, "Blue – action complete"),
            (GREEN, "Green – on track to deliver by the due date"),
            (AMBER, "Amber – some slippage; recovery in place or revised date agreed"),
            (RED, "Red – significant risk to delivery; escalation required"),
            (None, "No colour – action not yet started")]
    for i, (col, text) in enumerate(keys, 3):
        if col:
            key.cell(row=i, column=1).fill = FILL[col]
        key.cell(row=i, column=1).border = BOX
        key.cell(row=i, column=2, value=text)
    key.column_dimensions["A"].width = 8
    key.column_dimensions["B"].width = 70
    wb.save(os.path.join(HERE, BUCKS))
    ACTIONS[BUCKS] = acts


# ---------------------------------------------------------------------------
# 2. West Sussex Fire & Rescue Service – HMICFRS AFI improvement plan (xlsx)
# ---------------------------------------------------------------------------
WSFRS = "ks2-west-sussex-fire-rescue-service-hmicfrs-afi-improvement-plan.xlsx"


def make_wsfrs():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "West Sussex Fire & Rescue Service – HMICFRS Improvement Plan"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = ("Areas for improvement from the HMICFRS Effectiveness, efficiency and people inspection 2023–25")
    s["A3"] = "Progress report to the Fire and Rescue Service Scrutiny Committee – 2 December 2025"
    s["A5"] = "Status key"
    s["A5"].font = Font(bold=True)
    key = [("Complete", BLUE, "Action delivered and evidence held"),
           ("On track", GREEN, "Progressing to plan"),
           ("Delayed", AMBER, "Behind plan – recovery actions identified"),
           ("Off track", RED, "Will not be delivered by target date – escalated to ELT"),
           ("Not started", None, "Scheduled to start later in the plan")]
    for i, (k, c, d) in enumerate(key, 6):
        s.cell(row=i, column=1, value=k).border = BOX
        if c:
            s.cell(row=i, column=1).fill = FILL[c]
        s.cell(row=i, column=2, value=d).border = BOX
    s["A12"] = "Summary of actions by status"
    s["A12"].font = Font(bold=True)
    counts = [("Complete", 3), ("On track", 5), ("Delayed", 2), ("Off track", 1), ("Not started", 1),
              ("Total", 12)]
    for i, (k, n) in enumerate(counts, 13):
        s.cell(row=i, column=1, value=k).border = BOX
        s.cell(row=i, column=2, value=n).border = BOX
        if k == "Total":
            s.cell(row=i, column=1).font = Font(bold=True)
            s.cell(row=i, column=2).font = Font(bold=True)
    s.column_dimensions["A"].width = 22
    s.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "HMICFRS Areas for Improvement – Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Last updated: 18/11/2025"
    hdr = ["AFI ref", "Pillar", "Area for improvement", "Action ref", "Action", "Action owner", "Target date",
           "Status", "Progress commentary"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", start_color="C00000", end_color="C00000")
        cell.alignment = WRAP
        cell.border = BOX
    for col, w in zip("ABCDEFGHI", [8, 14, 45, 9, 55, 28, 13, 12, 50]):
        ws.column_dimensions[col].width = w

    EF, EY, PE = "Effectiveness", "Efficiency", "People"
    AF1 = ("The service should make sure its prevention work is targeted at the people most at risk from fire, "
           "using a wide range of data.")
    AF2 = ("The service should make sure it has an effective quality assurance process, so that staff carry out "
           "fire safety audits to a consistent standard.")
    AF3 = ("The service should make sure it has effective systems to learn from operational incidents and share "
           "that learning with staff.")
    AF4 = ("The service should make sure its workforce plan takes full account of the skills and capabilities it "
           "needs to deliver its community risk management plan.")
    AF5 = ("The service should assure itself that senior leaders are visible and act as role models for the "
           "service's values and behaviours.")
    AF6 = ("The service should improve how it manages grievance and misconduct cases, so that they are dealt "
           "with in a timely way.")
    STAT = {"Complete": (BLUE, "blue"), "On track": (GREEN, "green"), "Delayed": (AMBER, "amber"),
            "Off track": (RED, "red"), "Not started": (None, "unrated")}
    # (afi ref, pillar, afi, action ref, action, owner cell, target cell, status, commentary, exp lead, end, end_text)
    plan = [
        ("AFI 1", EF, AF1, "1.1",
         "Refresh the prevention targeting model using Exeter data, partner referrals and incident data, and "
         "publish it to all stations.",
         "Area Manager – Prevention", "Sept 2025", "Complete",
         "Model published 15 September; station targets issued.", ["Area Manager – Prevention"], "2025-09", None),
        ("AFI 1", EF, AF1, "1.2",
         "Introduce quarterly station-level reports on the proportion of home fire safety visits delivered to "
         "high-risk households.",
         "Head of Prevention / Performance and Assurance Manager", "31/03/2026", "On track",
         "First report produced for Q2; 64% of visits to high-risk households.",
         ["Head of Prevention", "Performance and Assurance Manager"], "2026-03", None),
        ("AFI 2", EF, AF2, "2.1",
         "Develop a protection quality assurance framework, including peer review of 10% of completed audits.",
         "GM Protection", "Dec-25", "Delayed",
         "Draft framework delayed by vacancies in the protection team; recruitment under way.",
         ["GM Protection"], "2025-12", None),
        ("AFI 2", EF, AF2, "2.2",
         "Deliver refresher training for all fire safety inspecting officers on the revised audit form.",
         "GM Protection", "Q4 2025/26", "Not started",
         "Dependent on 2.1.", ["GM Protection"], "2026-03", None),
        ("AFI 3", EF, AF3, "3.1",
         "Adopt the National Operational Learning process, with all debriefs recorded on the operational "
         "assurance system.",
         "Area Manager – Operational Assurance", "30 June 2025", "Complete",
         "Process adopted; 212 debriefs recorded since April.", ["Area Manager – Operational Assurance"],
         "2025-06", None),
        ("AFI 3", EF, AF3, "3.2",
         "Publish a monthly operational learning bulletin and monitor how widely it is read across watches.",
         "Operational Assurance Manager", "Monthly", "On track",
         "Bulletins issued June to November.", ["Operational Assurance Manager"], None, "Monthly"),
        ("AFI 4", EY, AF4, "4.1",
         "Produce a Strategic Workforce Plan 2025–2029 aligned to the Community Risk Management Plan.",
         "Head of HR (Fire) & Assistant Chief Fire Officer", "March 2026", "On track",
         "Skills audit complete; plan in drafting.", ["Head of HR (Fire)", "Assistant Chief Fire Officer"],
         "2026-03", None),
        ("AFI 4", EY, AF4, "4.2",
         "Review on-call availability by station and agree a recruitment plan for the ten stations with the "
         "lowest availability.",
         "AM Response", "Jan 2026", "Delayed",
         "Data cleansing of availability records took longer than planned.", ["AM Response"], "2026-01", None),
        ("AFI 5", PE, AF5, "5.1",
         "Deliver a programme of Chief Officer station visits, with at least two visits to every station each "
         "year.",
         "Chief Fire Officer", "Ongoing", "On track",
         "31 of 36 stations visited at least once this year.", ["Chief Fire Officer"], None, "Ongoing"),
        ("AFI 5", PE, AF5, "5.2",
         "Run a staff survey in autumn 2025 and publish a 'You said, we did' response.",
         "Head of Organisational Development", "28/02/2026", "On track",
         "Survey closed 31 October; 58% response rate.", ["Head of Organisational Development"], "2026-02", None),
        ("AFI 6", PE, AF6, "6.1",
         "Introduce a case management tracker for grievance, discipline and capability cases, with monthly "
         "reporting to the Executive Leadership Team.",
         "Head of HR (Fire)", "Oct-25", "Complete",
         "Tracker live; first ELT report October.", ["Head of HR (Fire)"], "2025-10", None),
        ("AFI 6", PE, AF6, "6.2",
         "Commission an independent review of a sample of closed misconduct cases.",
         "Assistant Chief Fire Officer", "April 2026", "Off track",
         "Procurement paused pending the national Core Code of Ethics guidance; escalated to ELT.",
         ["Assistant Chief Fire Officer"], "2026-04", None),
    ]
    acts = []
    r = 5
    last_afi = None
    for (aref, pil, afi, ref, act, owner, tgt, st, com, xlead, xend, xtext) in plan:
        first = aref != last_afi
        last_afi = aref
        vals = [aref if first else None, pil if first else None, afi if first else None, ref, act, owner, tgt,
                st, com]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        col, xst = STAT[st]
        if col:
            ws.cell(row=r, column=8).fill = FILL[col]
        acts.append(A(ref, [pil, afi], act, xlead, xend, xst, xtext))
        r += 1

    v = wb.create_sheet("Version control")
    for i, row in enumerate([("Version", "Date", "Author", "Changes"),
                             ("0.1", "05/06/2025", "Service Improvement Manager", "First draft following report"),
                             ("1.0", "01/07/2025", "Service Improvement Manager", "Approved by ELT"),
                             ("1.3", "18/11/2025", "Service Improvement Manager",
                              "Q2 progress update for Scrutiny Committee")], 1):
        for c, val in enumerate(row, 1):
            v.cell(row=i, column=c, value=val).border = BOX
    wb.save(os.path.join(HERE, WSFRS))
    ACTIONS[WSFRS] = acts


# ---------------------------------------------------------------------------
# 3. LB Barking and Dagenham – corporate risk register Q3 2025/26 (xlsx, refuse)
# ---------------------------------------------------------------------------
LBBD = "ks2-barking-dagenham-council-corporate-risk-register-q3-2025-26-typo-month-refuse.xlsx"
LBBD_TYPO_ROW = None


def make_lbbd():
    global LBBD_TYPO_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = "London Borough of Barking and Dagenham – Corporate Risk Register Q3 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Standards Committee, 28 January 2026 – Appendix 1"
    ws["A3"] = "Scores are Likelihood x Impact (1–5 each). See 'Scoring' sheet."
    hdr = ["Risk ref", "Risk", "Risk owner", "Inherent (LxI)", "Current (LxI)", "Target (LxI)", "Trend",
           "Further actions", "Action owner", "Due", "Progress"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", start_color="BDD7EE", end_color="BDD7EE")
        cell.border = BOX
        cell.alignment = WRAP
    for col, w in zip("ABCDEFGHIJK", [8, 38, 26, 10, 10, 10, 7, 55, 28, 14, 40]):
        ws.column_dimensions[col].width = w
    risks = [
        ("CRR01", "Failure to deliver a balanced budget and the Medium Term Financial Strategy",
         "Strategic Director, Resources", "5x5=25", "5x4=20", "4x3=12", "↔", [
             ("Deliver the 2025/26 in-year savings recovery plan and report monthly to Cabinet.",
              "Chief Accountant", "March 2026", "On track – £6.1m of £8.4m delivered"),
             ("Submit the request for Exceptional Financial Support for 2026/27 to MHCLG.",
              "Strategic Director, Resources", "Febuary 2026", "Draft submission prepared"),
             ("Refresh the capital programme and reprofile borrowing.", "Head of Capital Finance", "31/03/2026",
              "In progress"),
         ]),
        ("CRR02", "Rising demand for, and cost of, temporary accommodation",
         "Strategic Director, Inclusive Growth", "5x4=20", "5x4=20", "3x4=12", "↑", [
             ("Open two additional council-run hostels to reduce nightly-paid placements.",
              "Head of Housing Needs", "June 2026", "Planning consent granted for site 1"),
             ("Launch a private sector leasing incentive scheme for landlords in the borough.",
              "Head of Private Sector Housing / Head of Housing Needs", "30/04/2026", "Scheme design agreed"),
         ]),
        ("CRR03", "Cyber attack leading to loss of systems or data", "Chief Information Officer",
         "4x5=20", "3x5=15", "2x5=10", "↓", [
             ("Complete the migration of legacy file shares to SharePoint Online.", "IT Infrastructure Lead",
              "May 2026", "62% of shares migrated"),
             ("Run a cyber incident exercise with the Corporate Leadership Team.", "Chief Information Officer",
              "December 2025", "Complete – exercise held 9 December"),
         ]),
        ("CRR04", "Failure to safeguard adults at risk of abuse or neglect", "Director of Adult Social Care",
         "4x5=20", "3x4=12", "2x4=8", "↔", [
             ("Implement the recommendations of the Safeguarding Adults Board audit of Section 42 enquiries.",
              "Head of Adult Safeguarding", "September 2026", "Not started – audit report due February"),
         ]),
    ]
    r = 6
    for (ref, title, owner, inh, cur, tgt, trend, acts) in risks:
        for i, (act, aown, due, prog) in enumerate(acts):
            vals = [ref, title, owner, inh, cur, tgt, trend] if i == 0 else [None] * 7
            vals += [act, aown, due, prog]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
            if due == "Febuary 2026":
                LBBD_TYPO_ROW = r
            if i == 0:
                score = int(cur.split("=")[1])
                ws.cell(row=r, column=5).fill = FILL[RED if score >= 15 else AMBER]
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: CRR05 (Workforce recruitment and retention) was de-escalated to the "
                                   "Resources directorate risk register in Q3.")
    s = wb.create_sheet("Scoring")
    s["A1"] = "Risk scoring"
    s["A1"].font = Font(bold=True)
    for i, (band, txt, col) in enumerate([("15–25", "High – red", RED), ("8–12", "Medium – amber", AMBER),
                                          ("1–6", "Low – green", GREEN)], 3):
        s.cell(row=i, column=1, value=band).fill = FILL[col]
        s.cell(row=i, column=2, value=txt)
    wb.save(os.path.join(HERE, LBBD))
    ACTIONS[LBBD] = []


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


def bold_row(row, fill=None, white=False):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.font.bold = True
                if white:
                    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        if fill:
            shade(c, fill)


# ---------------------------------------------------------------------------
# 4. Mid Wales CJC – Audit Wales commentary on progress: organisational response (docx)
# ---------------------------------------------------------------------------
MWCJC = "ks2-mid-wales-cjc-audit-wales-commentary-on-progress-organisational-response.docx"


def make_mwcjc():
    doc = Document()
    doc.add_heading("Mid Wales Corporate Joint Committee: Audit Wales Commentary on Progress – "
                    "Organisational Response", level=0)
    doc.add_paragraph("Corporate Joint Committees: commentary on their progress (Audit Wales, 2025) – "
                      "action plan in response to the findings for the Mid Wales CJC")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Document owner", "Chief Executive, Mid Wales CJC"), ("Version", "2.0"),
                                ("Date", "10 September 2025"),
                                ("Approved by", "Mid Wales CJC Governance and Audit Sub-Committee")]):
        t.cell(i, 0).text = k
        t.cell(i, 1).text = v
        t.cell(i, 0).paragraphs[0].runs[0].font.bold = True
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "Audit Wales reviewed the progress made by each of the four Corporate Joint Committees (CJCs) in "
        "discharging their statutory duties under the Well-being of Future Generations (Wales) Act 2015 and the "
        "Local Government and Elections (Wales) Act 2021. The letter to the Mid Wales CJC (Ceredigion and Powys) "
        "made four recommendations. This document sets out the CJC's response and the actions it will take.")
    doc.add_paragraph("Status key: Complete (Blue) · On track (Green) · Delayed (Amber) · Off track (Red) · "
                      "Not started")
    sections = [
        ("1. Well-being objectives",
         "R1 – The CJC should strengthen its arrangements for setting and reviewing its well-being objectives, "
         "making sure they are informed by an understanding of long-term trends and supported by measurable "
         "milestones.",
         [("1.1", "Develop a performance framework with measurable milestones for each well-being objective and "
                  "present it to the CJC for approval.", "Chief Executive (CJC)", "December 2025", "On track",
           ["Chief Executive (CJC)"], "2025-12", None, "green"),
          ("1.2", "Carry out a review of long-term trends, drawing on the Future Trends Report Wales and regional "
                  "population projections.",
           "Head of Strategic Planning (Powys County Council) and Head of Economy and Regeneration (Ceredigion "
           "County Council)", "March 2026", "Not started",
           ["Head of Strategic Planning (Powys County Council)",
            "Head of Economy and Regeneration (Ceredigion County Council)"], "2026-03", None, "unrated")]),
        ("2. Involvement and engagement",
         "R2 – The CJC should finalise and publish its Participation Strategy and set out how it will involve "
         "people with an interest in its functions, including seldom-heard groups.",
         [("2.1", "Publish the CJC Participation Strategy following public consultation.", "Monitoring Officer",
           "31/07/2025", "Complete", ["Monitoring Officer"], "2025-07", None, "blue"),
          ("2.2", "Establish a Regional Stakeholder Panel including representatives of town and community "
                  "councils, businesses and young people.", "Regional Engagement Officer", "Q3 2025/26",
           "On track", ["Regional Engagement Officer"], "2025-12", None, "green")]),
        ("3. Regional Transport Plan and Strategic Development Plan",
         "R3 – The CJC should develop a resourced delivery plan for the Regional Transport Plan and the Strategic "
         "Development Plan, setting out key milestones and the risks to delivery.",
         [("3.1", "Submit the draft Regional Transport Plan to Welsh Government for review.",
           "Regional Transport Lead", "Original: March 2025\nRevised: October 2025", "Complete",
           ["Regional Transport Lead"], "2025-10", None, "blue"),
          ("3.2", "Agree a Delivery Agreement and timetable for the Strategic Development Plan with Welsh "
                  "Government.", "Strategic Planning Manager", "June 2026", "On track",
           ["Strategic Planning Manager"], "2026-06", None, "green"),
          ("3.3", "Add Regional Transport Plan and Strategic Development Plan funding risks to the CJC risk "
                  "register and review them quarterly.", "Chief Finance Officer (CJC)", "September 2025",
           "Complete", ["Chief Finance Officer (CJC)"], "2025-09", None, "blue")]),
        ("4. Governance and scrutiny",
         "R4 – The CJC should review its scrutiny arrangements to make sure members can effectively challenge "
         "progress.",
         [("4.1", "Review the terms of reference of the Overview and Scrutiny Sub-Committee and agree an annual "
                  "work programme.", "Monitoring Officer", "November 2025", "Delayed",
           ["Monitoring Officer"], "2025-11", None, "amber"),
          ("4.2", "Provide scrutiny training for CJC members, delivered jointly with the WLGA.",
           "Monitoring Officer", "January 2026", "On track", ["Monitoring Officer"], "2026-01", None, "green")]),
    ]
    acts = []
    for head, rec, rows in sections:
        doc.add_heading(head, level=1)
        tbl = doc.add_table(rows=2 + len(rows), cols=5)
        tbl.style = "Table Grid"
        m = tbl.cell(0, 0).merge(tbl.cell(0, 4))
        m.text = rec
        m.paragraphs[0].runs[0].font.bold = True
        shade(m, "DEEAF6")
        for c, h in enumerate(["Ref", "Action", "Responsible officer", "Completion date", "Status"]):
            tbl.cell(1, c).text = h
        bold_row(tbl.rows[1], "BFBFBF")
        for i, (ref, act, ro, due, st, xlead, xend, xtext, xst) in enumerate(rows, 2):
            for c, v in enumerate([ref, act, ro, due, st]):
                tbl.cell(i, c).text = v
            acts.append(A(ref, [head, rec], act, xlead, xend, xst, xtext))
        doc.add_paragraph("")
    doc.add_heading("Monitoring", level=1)
    doc.add_paragraph("Progress will be reported to the Governance and Audit Sub-Committee every six months and "
                      "shared with Audit Wales.")
    doc.save(os.path.join(HERE, MWCJC))
    ACTIONS[MWCJC] = acts


# ---------------------------------------------------------------------------
# 5. Hammersmith & Fulham – RSH consumer standards housing improvement plan (docx)
# ---------------------------------------------------------------------------
LBHF = "ks2-hammersmith-fulham-council-rsh-consumer-standards-housing-improvement-plan.docx"


def make_lbhf():
    doc = Document()
    doc.add_heading("Hammersmith & Fulham Council Housing Improvement Plan 2025–2027", level=0)
    doc.add_paragraph("Our response to the Regulator of Social Housing regulatory judgement (C2). "
                      "Update for the Housing Improvement Board, November 2025.")
    doc.add_heading("Background", level=1)
    doc.add_paragraph("The Regulator of Social Housing inspected the council's landlord services and "
                      "published a C2 grade. The regulator's main findings were:")
    for b in ["stock condition information was not up to date for around 40% of homes;",
              "a number of high-risk fire risk assessment actions were overdue;",
              "complaint handling did not consistently meet the Housing Ombudsman's Complaint Handling Code;",
              "tenants were not always able to influence decisions about their homes and services."]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (l, col, d) in enumerate([("B", BLUE, "Complete"), ("G", GREEN, "On track"),
                                     ("A", AMBER, "At risk – mitigation in place"),
                                     ("R", RED, "Off track – escalated to Housing Improvement Board")]):
        k.cell(i, 0).text = l
        shade(k.cell(i, 0), col)
        k.cell(i, 1).text = d
    sections = [
        ("1. Safety and Quality Standard", [
            ("1", "Complete a 100% stock condition survey programme, prioritising homes with no survey since "
                  "2019.", "Assistant Director Asset Management", "March 2027", "G",
             "9,200 of 17,000 homes surveyed.", ["Assistant Director Asset Management"], "2027-03", None),
            ("2", "Clear all overdue high-risk fire risk assessment actions.", "Head of Building Safety",
             "31 December 2025", "A", "146 actions outstanding, down from 410; contractor capacity increased.",
             ["Head of Building Safety"], "2025-12", None),
            ("3", "Introduce a damp and mould case management system with 24-hour triage of category 1 hazards, "
                  "in line with Awaab's Law.", "Assistant Director Repairs & Maintenance", "October 2025", "B",
             "Live from 27 October 2025.", ["Assistant Director Repairs & Maintenance"], "2025-10", None),
        ]),
        ("2. Transparency, Influence and Accountability Standard", [
            ("4", "Set up a Resident Scrutiny Panel with terms of reference co-produced with tenants.",
             "Head of Resident Involvement", "September 2025", "B", "Panel met for the first time on 18 September.",
             ["Head of Resident Involvement"], "2025-09", None),
            ("5", "Publish the Tenant Satisfaction Measures with a plain-English commentary on the council's "
                  "website.", "Housing Performance Manager", "30/06/2026", "G", "",
             ["Housing Performance Manager"], "2026-06", None),
            ("6", "Retrain all housing staff on the Complaint Handling Code and monitor Stage 1 response times "
                  "weekly.", "Head of Customer Experience / Complaints Manager", "Jan 2026", "A",
             "62% of staff trained; Stage 1 on time 81% against 95% target.",
             ["Head of Customer Experience", "Complaints Manager"], "2026-01", None),
        ]),
        ("3. Tenancy Standard", [
            ("7", "Carry out a tenancy audit of all general needs homes over a three-year cycle.",
             "Head of Tenancy Services", "April 2025 – March 2028", "G", "Year 1: 3,950 visits completed.",
             ["Head of Tenancy Services"], "2028-03", None),
        ]),
        ("4. Neighbourhood and Community Standard", [
            ("8", "Agree a joint anti-social behaviour protocol with the Metropolitan Police and publish ASB case "
                  "timescales to tenants.", "Head of Community Safety and Head of Tenancy Services", "TBC", "R",
             "Awaiting sign-off by the Met; date to be confirmed.",
             ["Head of Community Safety", "Head of Tenancy Services"], None, "TBC"),
        ]),
        ("5. Governance and assurance", [
            ("9", "Report progress against this plan to the Housing Improvement Board monthly and to Cabinet "
                  "quarterly.", "Strategic Director of the Economy", "Monthly", "G", "",
             ["Strategic Director of the Economy"], None, "Monthly"),
        ]),
    ]
    STAT = {"B": (BLUE, "blue"), "G": (GREEN, "green"), "A": (AMBER, "amber"), "R": (RED, "red")}
    acts = []
    for head, rows in sections:
        doc.add_heading(head, level=1)
        tbl = doc.add_table(rows=1 + len(rows), cols=6)
        tbl.style = "Table Grid"
        for c, h in enumerate(["No.", "Action", "Lead officer", "Due", "RAG", "Comments"]):
            tbl.cell(0, c).text = h
        bold_row(tbl.rows[0], "1F3864", white=True)
        for i, (no, act, lead, due, rag, com, xlead, xend, xtext) in enumerate(rows, 1):
            for c, v in enumerate([no, act, lead, due, rag, com]):
                tbl.cell(i, c).text = v
            col, xst = STAT[rag]
            shade(tbl.cell(i, 4), col)
            acts.append(A(no, [head], act, xlead, xend, xst, xtext))
    doc.add_heading("Version history", level=1)
    v = doc.add_table(rows=3, cols=3)
    v.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Change"), ("1.0", "15/05/2025", "Approved by Cabinet"),
                             ("1.3", "12/11/2025", "November progress update")]):
        for c, val in enumerate(row):
            v.cell(i, c).text = val
    doc.save(os.path.join(HERE, LBHF))
    ACTIONS[LBHF] = acts


# ---------------------------------------------------------------------------
# 6. Peterborough City Council – internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
PCC = "ks2-peterborough-city-council-internal-audit-recommendations-tracker.csv"


def make_pcc():
    cols = ["Audit", "Year", "Assurance", "Rec No", "Priority", "Recommendation", "Agreed Action",
            "Responsible Officer", "Original Target Date", "Revised Target Date", "RAG", "Latest Update"]
    n = len(cols)
    pad = lambda first: [first] + [""] * (n - 1)
    AP, TA, CY, DP, S1 = ("Accounts Payable", "Temporary Accommodation Procurement",
                          "Cyber Security - Patch Management", "Direct Payments", "Section 106 Agreements")
    RAGS = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    recs = [
        (AP, "2024/25", "Reasonable", "R1", "Medium",
         "Changes to supplier bank details should be independently verified by a second officer before they are "
         "processed.",
         "Introduce a documented call-back procedure and second-officer authorisation for all bank detail change "
         "requests.", "Exchequer Services Manager", "31/03/2025", "", "Blue",
         "Procedure in place from March 2025; follow-up testing confirmed compliance.",
         ["Exchequer Services Manager"], "2025-03"),
        (AP, "2024/25", "Reasonable", "R2", "Low",
         "Duplicate payment reports should be run and reviewed before each payment run.",
         "Schedule the duplicate payments report in the finance system and retain evidence of review.",
         "Exchequer Services Manager / Payments Team Leader", "30/06/2025", "31/12/2025", "Amber",
         "Report scheduled; evidence of review not yet retained consistently.",
         ["Exchequer Services Manager", "Payments Team Leader"], "2025-12"),
        (TA, "2024/25", "Limited", "R1", "High",
         "All temporary accommodation placements should be made with providers on the approved framework, with "
         "any off-framework use authorised and recorded.",
         "Implement an authorisation form for off-framework placements, signed off by the Head of Housing Needs, "
         "and report usage monthly.", "Head of Housing Needs", "31/05/2025", "30/09/2025", "Red",
         "Form in use but monthly reporting not yet started. Overdue.", ["Head of Housing Needs"], "2025-09"),
        (TA, "2024/25", "Limited", "R2", "High",
         "Invoices from temporary accommodation providers should be matched to placement records before payment.",
         "Introduce a monthly reconciliation between the housing system and the finance system for temporary "
         "accommodation invoices.", "Housing Finance Manager", "31/12/2025", "", "Green",
         "Reconciliation template agreed with Finance.", ["Housing Finance Manager"], "2025-12"),
        (CY, "2025/26", "Limited", "R1", "High",
         "Critical security patches should be applied within 14 days of release.",
         "Agree a patching service level with the ICT managed service provider and report compliance to the "
         "Information Governance Board.", "Head of ICT and Digital", "31/01/2026", "", "Green",
         "SLA drafted; first compliance report due January.", ["Head of ICT and Digital"], "2026-01"),
        (CY, "2025/26", "Limited", "R2", "Medium",
         "Unsupported server operating systems should be identified and a plan agreed for their removal.",
         "Complete the server estate review and decommission the remaining Windows Server 2012 instances.",
         "Head of ICT and Digital; Infrastructure Manager", "Mar-26", "", "Green",
         "Review complete; 7 of 11 servers decommissioned.",
         ["Head of ICT and Digital", "Infrastructure Manager"], "2026-03"),
        (DP, "2024/25", "Reasonable", "R1", "Medium",
         "Direct payment accounts should be reviewed annually so that surplus balances are recovered.",
         "Introduce an annual audit of direct payment accounts, prioritising balances over 12 weeks of package "
         "cost.", "Head of Adult Social Care Finance", "30/04/2025", "", "Blue",
         "Annual audit in place; £212k recovered in 2025/26 to date.",
         ["Head of Adult Social Care Finance"], "2025-04"),
        (DP, "2024/25", "Reasonable", "R2", "Low",
         "The Direct Payments policy should be updated to reflect current practice.",
         "Review and republish the Direct Payments policy.", "Principal Social Worker (Adults)", "31/07/2025",
         "28/02/2026", "Amber", "Policy redrafted; consultation with people who use direct payments under way.",
         ["Principal Social Worker (Adults)"], "2026-02"),
        (S1, "2025/26", "Limited", "R1", "High",
         "A complete register of Section 106 obligations and receipts should be maintained and reconciled to the "
         "general ledger.",
         "Move the Section 106 register into the planning system monitoring module and reconcile it to the general "
         "ledger each quarter.", "Head of Development Management", "31/03/2026", "", "Green",
         "Data migration 70% complete.", ["Head of Development Management"], "2026-03"),
    ]
    path = os.path.join(HERE, PCC)
    acts = []
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(pad("Peterborough City Council - Internal Audit Recommendations Tracker"))
        w.writerow(pad("Open and recently closed recommendations - position at 31 October 2025 "
                       "(Audit and Risk Committee, 24 November 2025)"))
        w.writerow(pad("RAG: Blue = implemented; Green = on track for target date; Amber = target date revised; "
                       "Red = overdue"))
        w.writerow([""] * n)
        w.writerow(cols)
        for (aud, yr, ass, no, pri, rec, act, ro, ot, rt, rag, upd, xlead, xend) in recs:
            w.writerow([aud, yr, ass, no, pri, rec, act, ro, ot, rt, rag, upd])
            acts.append(A(no, [aud, rec], act, xlead, xend, RAGS[rag]))
        w.writerow([""] * n)
        w.writerow(pad("Total recommendations: 9 (High 4, Medium 3, Low 2)"))
    ACTIONS[PCC] = acts


# ---------------------------------------------------------------------------
# 7. Westminster City Council – transformation programme highlight report (txt)
# ---------------------------------------------------------------------------
WCC = "ks2-westminster-city-council-fairer-westminster-transformation-programme-highlight-report.txt"


def make_wcc():
    RAGS = {"C": "blue", "G": "green", "A": "amber", "R": "red"}
    W1, W2, W3 = ("WS1: Customer Access and Digital", "WS2: Housing Services Improvement",
                  "WS3: Organisational Redesign")
    rows = [
        (W1, "1.1", "Launch the new resident account on westminster.gov.uk with council tax and parking services",
         "Director of Digital and Customer", "30/06/2025", "", "C", "Live since 23 June; 41,000 accounts created.",
         ["Director of Digital and Customer"], "2025-06", None),
        (W1, "1.2", "Move housing repairs reporting into the resident account",
         "Director of Digital and Customer / Director of Housing Management", "30/09/2025", "31/01/2026", "A",
         "Integration testing with the repairs contractor delayed.",
         ["Director of Digital and Customer", "Director of Housing Management"], "2026-01", None),
        (W1, "1.3", "Close the Lisson Grove customer centre and open community hub access points",
         "Head of Customer Services", "31/03/2026", "", "G", "Three of five hubs open.",
         ["Head of Customer Services"], "2026-03", None),
        (W2, "2.1", "Appoint new repairs and maintenance contractors for the north and south areas",
         "Director of Housing Management", "01/04/2026", "", "G", "Tender evaluation complete; Cabinet decision in "
         "December.", ["Director of Housing Management"], "2026-04", None),
        (W2, "2.2", "Complete the Housing Ombudsman self-assessment action plan",
         "Head of Housing Quality and Compliance", "31/10/2025", "", "C", "All 14 actions closed.",
         ["Head of Housing Quality and Compliance"], "2025-10", None),
        (W2, "2.3", "Deliver 150 new council homes across the Church Street and Ebury Bridge schemes",
         "Executive Director of Growth, Planning and Housing", "Mar-27", "", "G", "62 homes handed over.",
         ["Executive Director of Growth, Planning and Housing"], "2027-03", None),
        (W3, "3.1", "Implement the new senior management structure", "Chief Executive", "31/08/2025",
         "30/11/2025", "R", "Consultation extended following trade union feedback; at risk of further slippage.",
         ["Chief Executive"], "2025-11", None),
        (W3, "3.2", "Roll out the hybrid working policy and accommodation changes at City Hall",
         "Director of People Services", "Q1 2026/27", "", "G", "Floor plans agreed.",
         ["Director of People Services"], "2026-06", None),
        (W3, "3.3", "Deliver the Fairer Westminster leadership programme to all managers",
         "Director of People Services", "Ongoing", "", "G", "Cohort 4 started October.",
         ["Director of People Services"], None, "Ongoing"),
    ]
    lines = [
        "Fairer Westminster Transformation Programme – Highlight Report",
        "Westminster City Council",
        "Reporting period: October 2025 (Period 7)\tReport date: 07/11/2025",
        "Programme sponsor: Chief Executive\tProgramme manager: Head of Transformation",
        "Overall programme RAG: A (previous period: A)",
        "",
        "RAG key: C = complete; G = on track; A = at risk, mitigation in place; R = off track, Board decision "
        "needed",
        "",
        "MILESTONES",
        "Ref\tMilestone\tOwner\tBaseline date\tRevised date\tRAG\tCommentary",
    ]
    acts = []
    ws = None
    for (w, ref, ms, own, base, rev, rag, com, xlead, xend, xtext) in rows:
        if w != ws:
            ws = w
            lines.append(w)
        lines.append("\t".join([ref, ms, own, base, rev, rag, com]))
        acts.append(A(ref, [w], ms, xlead, xend, RAGS[rag], xtext))
    lines += [
        "",
        "KEY RISKS AND ISSUES",
        "- ICT capacity to deliver system integrations alongside business as usual (mitigation: interim "
        "integration developer agreed to March 2026).",
        "- Trade union consultation on the senior structure may extend into Q4.",
        "",
        "DECISIONS REQUIRED FROM THE BOARD",
        "- Approve the revised date for milestone 1.2.",
        "",
        "NEXT PERIOD",
        "- Cabinet decision on repairs contracts; open hub 4 at Church Street Library.",
    ]
    with open(os.path.join(HERE, WCC), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    ACTIONS[WCC] = acts


def main():
    make_bucks()
    make_wsfrs()
    make_lbbd()
    make_mwcjc()
    make_lbhf()
    make_pcc()
    make_wcc()
    for k, v in ACTIONS.items():
        print(f"{k}: {len(v)} actions")
    print("LBBD typo row:", LBBD_TYPO_ROW)


if __name__ == "__main__":
    main()
