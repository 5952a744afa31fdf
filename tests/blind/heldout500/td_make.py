#!/usr/bin/env python3
"""Build the seven td- blind test files (set heldout500) and their expected readings.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml)."""
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

FILLS = {
    "B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000",
    "blue": "5B9BD5", "green": "70AD47", "amber": "FFC000", "red": "FF0000",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def write_expected(name, exp):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(exp, fh, allow_unicode=True, sort_keys=False, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# 1. Nationwide Building Society - FCA Consumer Duty remediation tracker (xlsx)
# ---------------------------------------------------------------------------
def nationwide():
    name = "td-nationwide-building-society-fca-consumer-duty-remediation-tracker.xlsx"
    title = "FCA Consumer Duty Supervisory Review – Remediation Tracker"
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Nationwide Building Society"
    cv["A1"].font = Font(bold=True, size=16)
    cv["A2"] = title
    cv["A2"].font = Font(bold=True, size=13)
    cv["A4"] = "Document control"
    cv["A4"].font = Font(bold=True)
    rows = [
        ("Version", "4.1"),
        ("Position as at", "31/10/2025"),
        ("Document owner", "Consumer Duty Programme Office"),
        ("Reviewed by", "Consumer Duty Forum, 6 November 2025"),
        ("Approved for submission", "Board Risk Committee, 18 November 2025"),
        ("Classification", "Confidential – shared with FCA supervision team"),
    ]
    for i, (k, v) in enumerate(rows, start=5):
        cv.cell(i, 1, k).font = Font(bold=True)
        cv.cell(i, 2, v)
        for c in (1, 2):
            cv.cell(i, c).border = BOX
    cv["A13"] = "RAG key"
    cv["A13"].font = Font(bold=True)
    key = [
        ("B", "Complete – closure evidence accepted by Compliance"),
        ("G", "On track to deliver by the due date"),
        ("A", "At risk – recovery plan in place"),
        ("R", "Off track – due date breached or will be breached"),
    ]
    for i, (k, v) in enumerate(key, start=14):
        c = cv.cell(i, 1, k)
        c.fill = fill(FILLS[k])
        c.alignment = Alignment(horizontal="center")
        cv.cell(i, 2, v)
    cv.column_dimensions["A"].width = 26
    cv.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 31 October 2025 – for Board Risk Committee, 18 November 2025"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "FCA observation", "Remediation action", "Action owner",
             "Original due date", "Revised due date", "Previous RAG", "Current RAG",
             "Progress update (Oct-25)"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX
    widths = [8, 42, 55, 30, 13, 13, 10, 10, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    O2 = "Outcome 2 – Price and value"
    O3 = "Outcome 3 – Consumer understanding"
    O4 = "Outcome 4 – Consumer support"
    ob21 = ("Fair value assessments for savings products relied on average outcomes and did not "
            "evidence outcomes for members holding balances in legacy easy-access accounts.")
    ob22 = ("Board reporting on price and value did not show the actions taken where products "
            "were found not to offer fair value.")
    ob31 = ("Testing of key communications was limited to readability scores and did not test "
            "members’ comprehension.")
    ob41 = ("Members in vulnerable circumstances were asked to repeat their disclosures each time "
            "they changed channel.")
    ob42 = ("Complaint root-cause analysis was not linked to the Consumer Duty outcomes "
            "monitoring framework.")
    # (band, obs, ref, action, owner, orig, revised, prev, cur, update)
    data = [
        (O2, ob21, "2.1a",
         "Re-run fair value assessments for all closed-issue easy-access savings products using "
         "balance-band and tenure segmentation.",
         "Director of Savings", D(2025, 3, 31), D(2025, 6, 30), "A", "B",
         "Re-assessments approved by Products & Pricing Committee 18/06/2025; evidence pack "
         "shared with FCA supervisor."),
        (O2, ob21, "2.1b",
         "Introduce a quarterly rate-gap report to Retail Pricing Committee comparing legacy and "
         "on-sale rates, with trigger thresholds for escalation.",
         "Head of Pricing / Head of Consumer Duty MI", D(2025, 12, 31), None, "G", "G",
         "First report produced for Q2; thresholds out for challenge with 2nd line."),
        (O2, ob22, "2.2a",
         "Add a ‘remedial actions’ section to the annual Consumer Duty Board report covering each "
         "product rated ‘fair value – with actions’.",
         "Chief Compliance Officer (SMF16)", D(2025, 7, 31), None, "G", "B",
         "Included in July 2025 Board report. Closed."),
        (O3, ob31, "3.1a",
         "Implement comprehension testing, including members with low financial confidence, for "
         "all rate-change and product switch letters.",
         "Head of Customer Communications", D(2025, 9, 30), D(2026, 1, 31), "G", "A",
         "Research agency onboarded late (procurement). Two of five letter sets tested."),
        (O3, ob31, "3.1b",
         "Publish an updated communications testing standard and embed it in the change "
         "governance gateway.",
         "Head of Customer Communications", D(2026, 2, 28), None, None, None,
         "Not started – follows 3.1a."),
        (O4, ob41, "4.1a",
         "Deliver a single vulnerability flag visible in branch, telephony and app servicing "
         "systems.\nPhase 1: branch and telephony. Phase 2: app and web.",
         "Director of Member Operations", D(2025, 3, 31), D(2025, 12, 31), "A", "R",
         "Phase 1 live. Phase 2 dependent on app release in February; revised date will be "
         "missed. Escalated to ExCo."),
        (O4, ob41, "4.1b",
         "Refresh vulnerability training for all member-facing colleagues and track completion "
         "monthly.",
         "Head of Colleague Learning", D(2025, 9, 30), None, "G", "B",
         "97% completion at 30/09/2025. Closed."),
        (O4, ob42, "4.2a",
         "Map complaint root-cause categories to the four outcomes and report the mapped data to "
         "the Consumer Duty Forum monthly.",
         "Head of Complaints; Head of Conduct Risk", D(2025, 12, 31), None, "G", "G",
         "Mapping complete; first monthly report due November Forum."),
        (O4, ob42, "4.2b",
         "Commission a second-line thematic review of complaint root-cause remediation and report "
         "the findings to Board Risk Committee.",
         "Chief Risk Officer (SMF4)", "Q4 2025/26", None, None, "G",
         "Terms of reference drafted."),
    ]
    ends = {"2.1a": "2025-06", "2.1b": "2025-12", "2.2a": "2025-07", "3.1a": "2026-01",
            "3.1b": "2026-02", "4.1a": "2025-12", "4.1b": "2025-09", "4.2a": "2025-12",
            "4.2b": "2026-03"}
    stat = {"B": "blue", "G": "green", "A": "amber", "R": "red", None: "unrated"}
    r = 5
    band = None
    obs_start = None
    obs_cur = None
    actions = []

    def close_obs(end_row):
        if obs_start is not None and end_row > obs_start:
            ws.merge_cells(start_row=obs_start, start_column=2, end_row=end_row, end_column=2)

    for (bd, ob, ref, text, owner, orig, rev, prev, cur, upd) in data:
        if bd != band:
            close_obs(r - 1)
            obs_start, obs_cur = None, None
            ws.cell(r, 1, bd).font = Font(bold=True)
            for c in range(1, 10):
                ws.cell(r, c).fill = fill("D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            band = bd
            r += 1
        if ob != obs_cur:
            close_obs(r - 1)
            ws.cell(r, 2, ob)
            obs_start, obs_cur = r, ob
        ws.cell(r, 1, ref)
        ws.cell(r, 3, text)
        ws.cell(r, 4, owner)
        c = ws.cell(r, 5, orig)
        if isinstance(orig, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        if rev is not None:
            c = ws.cell(r, 6, rev)
            c.number_format = "dd/mm/yyyy"
        if prev:
            ws.cell(r, 7, prev).fill = fill(FILLS[prev])
        if cur:
            ws.cell(r, 8, cur).fill = fill(FILLS[cur])
        ws.cell(r, 9, upd)
        for cc in range(1, 10):
            ws.cell(r, cc).alignment = WRAP
            ws.cell(r, cc).border = BOX
        for cc in (7, 8):
            ws.cell(r, cc).alignment = Alignment(horizontal="center", vertical="top")
        actions.append(act(ref, [bd, ob], text, [x.strip() for x in
                                                 owner.replace(" / ", ";").split(";")],
                           ends[ref], stat[cur]))
        r += 1
    close_obs(r - 1)
    r += 1
    ws.cell(r, 2, "Summary by current RAG").font = Font(bold=True)
    r += 1
    for k, v in [("Blue (complete)", 3), ("Green", 3), ("Amber", 1), ("Red", 1),
                 ("Not yet rated", 1), ("Total actions", 9)]:
        ws.cell(r, 2, k)
        ws.cell(r, 3, v)
        r += 1
    ws.freeze_panes = "C5"
    wb.save(os.path.join(HERE, name))
    # fix lead for "Head of Complaints; Head of Conduct Risk"
    write_expected(name, {
        "source": ("Imitates a UK building society's remediation tracker answering an FCA "
                   "Consumer Duty supervisory review (2025), the kind firms keep for the "
                   "supervision team and Board Risk Committee. Copied features: cover sheet with "
                   "document-control table and a B/G/A/R key, tracker sheet with outcome band rows "
                   "merged across the width, the FCA observation merged down over its actions, "
                   "original and revised due dates, previous and current RAG with fill colours, "
                   "accountable owners as job titles (with SMF numbers), and a summary count "
                   "block under the table."),
        "reads": ("A Consumer Duty remediation tracker of nine actions under three Consumer Duty "
                  "outcomes, each answering an FCA observation. Each action has a job-title "
                  "owner, an original and sometimes a revised due date (the revised one counts) "
                  "and previous/current RAG; the current RAG is read. The cover sheet and the "
                  "summary block are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 2. Cafcass - Board open meeting rolling action log (xlsx) - REFUSE
# ---------------------------------------------------------------------------
def cafcass():
    name = "td-cafcass-board-action-log-typo-month-refuse.xlsx"
    title = "Cafcass Board – Open Meeting Rolling Action Log"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action log"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Actions arising from Board meetings held in public. Updated for the Board "
                "meeting of 29 January 2026. Items marked Blue are proposed for closure.")
    ws.merge_cells("A2:H2")
    heads = ["No.", "Meeting", "Agenda item", "Action", "Owner", "Due date", "Status",
             "Update / comment"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill("BDD7EE")
        cell.border = BOX
    for i, w in enumerate([10, 14, 22, 60, 30, 14, 10, 50]):
        ws.column_dimensions[chr(65 + i)].width = w

    sections = [
        ("Actions carried forward from previous meetings", [
            ("BA/25/07", D(2025, 5, 1), "Item 5 – Performance report",
             "Provide the Board with a breakdown of private law open cases by region and "
             "duration, including cases open for more than 52 weeks.",
             "Chief Operating Officer", D(2025, 11, 6), "Blue",
             "Included in the November performance pack. Propose close."),
            ("BA/25/11", D(2025, 7, 10), "Item 4 – FJYPB update",
             "Arrange for Family Justice Young People’s Board members to present their review of "
             "child-friendly letters to the Performance and Quality Committee.",
             "Director of Strategy", "Febuary 2026", "Green",
             "FJYPB members confirmed; slot agreed on the February committee agenda."),
            ("BA/25/14", D(2025, 7, 10), "Item 7 – Workforce",
             "Bring an update on practitioner caseloads and agency staffing against the "
             "2025-26 workforce plan.",
             "Chief People Officer", D(2026, 1, 29), "Amber",
             "Deferred from November; paper on this agenda (Item 6)."),
        ]),
        ("Actions arising from the meeting of 6 November 2025", [
            ("BA/25/18", D(2025, 11, 6), "Item 3 – Chief Executive’s report",
             "Circulate the evaluation summary for the Pathfinder courts expansion to Board "
             "members ahead of the next meeting.",
             "Chief Executive", "Jan-26", "Green", "Summary circulated 12 January."),
            ("BA/25/19", D(2025, 11, 6), "Item 5 – Digital and data",
             "Provide assurance on the resilience of the case management system following the "
             "September outage, including the findings of the lessons learned review.",
             "Chief Digital and Information Officer", "January 2026", "Amber",
             "Lessons learned review complete; assurance paper to ARAC first, then Board."),
            ("BA/25/20", D(2025, 11, 6), "Item 6 – Finance",
             "Confirm the 2026-27 budget assumptions with the Ministry of Justice sponsor team "
             "and report any variance.",
             "Chief Finance Officer", "March 2026", "Green", "Sponsor meeting held 8 January."),
            ("BA/25/21", D(2025, 11, 6), "Item 8 – Strategic risk",
             "Review the strategic risk on hearing the voice of the child in private law and "
             "agree the target score with the Audit and Risk Assurance Committee.",
             "Head of Governance / ARAC Chair", "Apr-26", None, ""),
        ]),
    ]
    r = 5
    refuse_row = None
    for heading, rows in sections:
        ws.cell(r, 1, heading).font = Font(bold=True, italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for (no, mtg, item, text, owner, due, status, upd) in rows:
            vals = [no, mtg, item, text, owner, due, status, upd]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy" if c == 6 else "d mmm yyyy"
            if status:
                ws.cell(r, 7).fill = fill(FILLS[status.lower()])
            if due == "Febuary 2026":
                refuse_row = r
            r += 1
    r += 1
    ws.cell(r, 1, "Key: Green – on track; Amber – at risk of slipping; Red – overdue; "
                  "Blue – complete, proposed for closure.").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    wb.save(os.path.join(HERE, name))
    write_expected(name, {
        "source": ("Imitates the rolling action log that Cafcass (an arm's-length body of the "
                   "Ministry of Justice) attaches to its open Board meeting papers "
                   "(cafcass.gov.uk board meeting reports, 2025-26). Copied features: title and "
                   "purpose lines, sections for carried-forward actions and actions from the "
                   "latest meeting, action number, meeting date, agenda item, owner as job "
                   "title, due date, colour-word status with fill, update column and a key line "
                   "under the table."),
        "reads": ("A Board action log of seven actions in two sections. The due date of action "
                  "BA/25/11 reads 'Febuary 2026', a mistyped month; a careful reader would stop "
                  "and ask before taking it as February 2026."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": title,
    })
    return refuse_row


# ---------------------------------------------------------------------------
# 3. GMCA - Bee Network Tranche 2 lessons learned action plan (xlsx)
# ---------------------------------------------------------------------------
def gmca():
    name = "td-greater-manchester-ca-bee-network-tranche-2-lessons-learned-action-plan.xlsx"
    title = "Bee Network Tranche 2 Transition – Lessons Learned Action Plan"
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Greater Manchester Combined Authority"
    cv["A1"].font = Font(bold=True, size=12)
    cv["A2"] = title
    cv["A2"].font = Font(bold=True, size=16)
    cv["A4"] = ("Lessons identified from the transition of bus services in Bury, Oldham, "
                "Rochdale, Salford and parts of Manchester and Trafford to franchised operation "
                "on 24 March 2024, and the actions agreed before Tranche 3 go-live (January "
                "2025).")
    cv["A4"].alignment = WRAP
    cv.merge_cells("A4:D6")
    ctrl = [("Version", "1.2"), ("Date", "14/06/2024"),
            ("Owner", "Bee Network Programme Director"),
            ("Approved by", "Bee Network Committee, 27 June 2024"), ("Status", "Final")]
    cv["A8"] = "Document control"
    cv["A8"].font = Font(bold=True)
    for i, (k, v) in enumerate(ctrl, start=9):
        cv.cell(i, 1, k).font = Font(bold=True)
        cv.cell(i, 2, v)
    cv["A15"] = "Status key"
    cv["A15"].font = Font(bold=True)
    for i, (k, colour, desc) in enumerate([
            ("Complete", "blue", "Action delivered and evidenced"),
            ("On track", "green", "Progressing to target date (Green)"),
            ("At risk", "amber", "Some slippage – may miss target date (Amber)"),
            ("Off track", "red", "Target date missed or will be missed (Red)"),
            ("Not started", None, "Not yet due to start")], start=16):
        c = cv.cell(i, 1, k)
        if colour:
            c.fill = fill(FILLS[colour])
        cv.cell(i, 2, desc)
    cv.column_dimensions["A"].width = 22
    cv.column_dimensions["B"].width = 48

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress position: June 2024"
    heads = ["Ref", "Theme", "Lesson identified", "Action", "Action owner", "Target date",
             "Status", "Update (June 2024)"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("000000")
        cell.border = BOX
        cell.alignment = WRAP
    for i, w in enumerate([8, 22, 45, 60, 32, 12, 12, 45]):
        ws.column_dimensions[chr(65 + i)].width = w

    T1 = "Depot and fleet readiness"
    T2 = "Customer information"
    T3 = "Workforce and TUPE"
    T4 = "Governance and assurance"
    L1 = ("Late confirmation of depot lease terms compressed the time available for operator "
          "mobilisation and vehicle inspections.")
    L2 = ("Some passengers did not know that tickets bought from previous operators would not "
          "be accepted after transition, leading to disputes on board.")
    L3 = "Real-time information at stops showed incorrect departures for the first ten days."
    L4 = "TUPE information from outgoing operators was received late and in inconsistent formats."
    L5 = ("Go/no-go criteria were not agreed early enough, so readiness reporting to the Bee "
          "Network Committee was inconsistent.")
    status_map = {"Complete": "blue", "On track": "green", "At risk": "amber",
                  "Off track": "red", "Not started": "unrated"}
    # (theme, lesson, ref, action, owner, target, status, update, end, end_text)
    data = [
        (T1, L1, "LL1.1",
         "Agree heads of terms for all Tranche 3 depots at least nine months before go-live.",
         "Head of Fleet and Depots", D(2024, 4, 30), "Complete",
         "Heads of terms agreed for Ashton, Queens Road, Hyde Road and Stockport depots.",
         "2024-04", None),
        (T1, L1, "LL1.2",
         "Carry out joint TfGM/operator condition surveys of all transferring vehicles and record "
         "defects on a shared register.",
         "Fleet Engineering Manager", D(2024, 9, 30), "On track",
         "Survey programme agreed with incoming operators.", "2024-09", None),
        (T2, L2, "LL2.1",
         "Run a ticket acceptance campaign (on-street, on-bus and digital) starting eight weeks "
         "before go-live.",
         "Head of Customer Communications", D(2024, 11, 8), "On track",
         "Campaign plan drafted.", "2024-11", None),
        (T2, L2, "LL2.2",
         "Agree a ticket acceptance grace period with operators for the first two weeks after "
         "go-live.",
         "Head of Fares and Ticketing", D(2024, 10, 31), "Not started", "", "2024-10", None),
        (T2, L3, "LL2.3",
         "Complete end-to-end testing of timetable data feeds with every incoming operator "
         "before go-live.",
         "Head of Information Systems / Data Integration Lead", D(2024, 12, 13), "At risk",
         "Test environment delayed by supplier; mitigation being agreed.", "2024-12", None),
        (T3, L4, "LL3.1",
         "Issue a standard employee liability information template to outgoing operators and "
         "set a contractual return date.",
         "HR Business Partner (Bus Franchising)", D(2024, 6, 14), "Complete",
         "Template issued 10 June.", "2024-06", None),
        (T3, L4, "LL3.2",
         "Hold drop-in sessions for transferring drivers at each depot.",
         "Operator Liaison Manager", "Ongoing", "On track",
         "Sessions scheduled monthly to go-live.", None, "Ongoing"),
        (T4, L5, "LL4.1",
         "Agree a single go/no-go readiness framework for Tranche 3 and report against it "
         "monthly to the Bee Network Committee.\nFinal go/no-go decision to be taken at least "
         "two weeks before go-live.",
         "Bee Network Programme Director", D(2024, 5, 31), "Off track",
         "Framework drafted; committee approval moved to July.", "2024-05", None),
    ]
    r = 5
    theme = None
    lesson = None
    lstart = None
    actions = []

    def close(end_row):
        if lstart is not None and end_row > lstart:
            ws.merge_cells(start_row=lstart, start_column=3, end_row=end_row, end_column=3)

    for (th, ls, ref, text, owner, target, status, upd, end, et) in data:
        if th != theme:
            ws.cell(r, 2, th).font = Font(bold=True)
            theme = th
        if ls != lesson:
            close(r - 1)
            ws.cell(r, 3, ls)
            lesson, lstart = ls, r
        ws.cell(r, 1, ref)
        ws.cell(r, 4, text)
        ws.cell(r, 5, owner)
        c = ws.cell(r, 6, target)
        if isinstance(target, dt.datetime):
            c.number_format = "mmm-yy"
        c = ws.cell(r, 7, status)
        if status_map[status] != "unrated":
            c.fill = fill(FILLS[status_map[status]])
        ws.cell(r, 8, upd)
        for cc in range(1, 9):
            ws.cell(r, cc).alignment = WRAP
            ws.cell(r, cc).border = BOX
        actions.append(act(ref, [th, ls], text, [x.strip() for x in owner.split(" / ")],
                           end, status_map[status], et))
        r += 1
    close(r - 1)
    wb.save(os.path.join(HERE, name))
    write_expected(name, {
        "source": ("Imitates a combined authority's post-implementation lessons learned action "
                   "plan of the kind GMCA/TfGM reported to the Bee Network Committee after each "
                   "bus franchising tranche (2024). Copied features: cover sheet with purpose "
                   "text, document-control block and a colour status key; action sheet where the "
                   "theme is written only on the first row of its group, the lesson identified is "
                   "merged down over its actions, LL refs, job-title owners (one pair of posts "
                   "split by ' / '), mmm-yy target dates, one 'Ongoing', and status words with "
                   "fill."),
        "reads": ("A lessons learned action plan with eight actions under four themes, each "
                  "answering a lesson identified. Status words follow the key on the cover "
                  "(Complete = blue, On track = green, At risk = amber, Off track = red, Not "
                  "started = unrated)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


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


def bold_cell(cell, text, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)


def set_cell(cell, text):
    """Write text; inner newlines become separate paragraphs, as a Word user types them."""
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))


# ---------------------------------------------------------------------------
# 4. Oundle School - ISI post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def oundle():
    name = "td-oundle-school-isi-inspection-action-plan.docx"
    title = "Oundle School – Post-Inspection Action Plan"
    doc = Document()
    landscape(doc)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Following the ISI routine inspection of 4–6 March 2025")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "2.0"), ("Date", "30 September 2025"),
                                ("Author", "Deputy Head (Academic)"),
                                ("Approved by", "Education Committee of the Governing Body")]):
        bold_cell(t.cell(i, 0), k)
        t.cell(i, 1).text = v
    doc.add_paragraph(
        "The inspection found that the school meets all of the Independent School Standards "
        "and the National Minimum Standards for Boarding Schools. This plan sets out our "
        "response to the recommended next steps in the report. Progress is reviewed by the "
        "Senior Leadership Team each half term and reported to governors termly.")

    S1 = "Section 1: Leadership and management, and governance"
    S2 = "Section 2: Quality of education, training and recreation"
    S3 = "Section 3: Pupils’ physical and mental health and emotional wellbeing"
    R1 = ("Ensure that governors’ monitoring of the school’s improvement priorities is "
          "systematic, so that they can hold leaders to account for the impact of new "
          "initiatives.")
    R2a = ("Develop the use of assessment information in the Lower School so that teachers plan "
           "work that consistently challenges the most able pupils.")
    R2b = ("Broaden the range of opportunities for pupils to develop independent research skills "
           "in the sixth form.")
    R3 = ("Strengthen the consistency of pastoral record-keeping across boarding houses so that "
          "patterns of concern are identified at an early stage.")
    rag_fill = {"B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000"}
    rag_status = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}
    # section -> list of (rec, [(ref, action, lead, timescale, success, rag, end, end_text)])
    plan = [
        (S1, [(R1, [
            ("1.1", "Introduce a termly governors’ dashboard against the School Development Plan "
                    "priorities, reviewed at each Education Committee.",
             "Head; Clerk to the Governors", "Summer term 2025",
             "Dashboard in use at every committee meeting.", "B", "2025-07", None),
            ("1.2", "Link each governor to one improvement priority, with a programme of visits "
                    "and a written report to the full Governing Body.",
             "Chair of Education Committee", "Michaelmas 2025",
             "All link governors have made at least one visit and reported.", "G", "2025-12",
             None),
        ])]),
        (S2, [(R2a, [
            ("2.1", "Train all Lower School teachers in using the new tracking data to set "
                    "stretch tasks, with follow-up lesson visits.",
             "Deputy Head (Academic)", "September 2025",
             "Lesson visits show stretch tasks planned from data in most lessons.", "B",
             "2025-09", None),
            ("2.2", "Review schemes of work in Forms 1–3 to include planned extension activities "
                    "for the most able.",
             "Heads of Department", "Autumn term 2025",
             "Revised schemes of work in place in all departments.", "A", "2025-12", None),
        ]), (R2b, [
            ("2.3", "Extend the Extended Project Qualification offer and launch an Upper Sixth "
                    "research symposium.",
             "Head of Sixth Form / Director of Higher Education", "Summer term 2026",
             "EPQ entries up by a third; first symposium held.", "G", "2026-07", None),
        ])]),
        (S3, [(R3, [
            ("3.1", "Move all houses onto a single pastoral recording system and remove paper "
                    "logs.",
             "Deputy Head (Pastoral)", "31 August 2025",
             "All fourteen houses recording on the system from September.", "B", "2025-08",
             None),
            ("3.2", "Hold half-termly pattern-analysis meetings between Housemasters/"
                    "Housemistresses and the Designated Safeguarding Lead.",
             "Deputy Head (Pastoral); Designated Safeguarding Lead", "Ongoing",
             "Minutes show patterns identified and acted on.", "G", None, "Ongoing"),
            ("3.3", "Audit a sample of pastoral records in each house and report the findings to "
                    "governors.",
             "Designated Safeguarding Lead", "Summer term 2026",
             "Audit report received by the Governing Body.", "", "2026-07", None),
        ])]),
    ]
    actions = []
    for section, recs in plan:
        doc.add_heading(section, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Lead", "Timescale", "Success criteria",
                               "RAG"]):
            bold_cell(t.rows[0].cells[i], h)
            shade(t.rows[0].cells[i], "D9D9D9")
        for rec, rows in recs:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[5])
            bold_cell(m, rec)
            shade(m, "F2F2F2")
            for (ref, text, lead, ts, sc, rag, end, et) in rows:
                cells = t.add_row().cells
                cells[0].text = ref
                set_cell(cells[1], text)
                cells[2].text = lead
                cells[3].text = ts
                cells[4].text = sc
                cells[5].text = rag
                if rag:
                    shade(cells[5], rag_fill[rag])
                leads = [x.strip() for x in lead.replace(" / ", ";").split(";")]
                actions.append(act(ref, [section, rec], text, leads, end, rag_status[rag], et))
        doc.add_paragraph()
    doc.add_paragraph(
        "Sections 4 and 5: the report made no recommended next steps. Safeguarding "
        "arrangements were found to be effective.")
    doc.add_heading("RAG key", level=3)
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (c, d) in enumerate([("B", "Complete"), ("G", "On track"),
                                ("A", "Some slippage – action in hand"),
                                ("R", "Not on track – governors to be informed")]):
        k.cell(i, 0).text = c
        shade(k.cell(i, 0), rag_fill[c])
        k.cell(i, 1).text = d
    doc.add_paragraph()
    s = doc.add_table(rows=3, cols=3)
    s.style = "Table Grid"
    for i, h in enumerate(["Signed", "Name", "Date"]):
        bold_cell(s.cell(0, i), h)
    s.cell(1, 0).text = "Head"
    s.cell(1, 2).text = "30/09/2025"
    s.cell(2, 0).text = "Chair of Governors"
    s.cell(2, 2).text = "30/09/2025"
    doc.save(os.path.join(HERE, name))
    write_expected(name, {
        "source": ("Imitates an independent boarding school's post-inspection action plan "
                   "responding to the 'recommended next steps' of an ISI routine inspection "
                   "under the September 2023 framework (report sections 1-5), laid out as "
                   "schools following the DfE independent school action plan template do. "
                   "Copied features: title and inspection line, document-control table, one "
                   "table per report section under a Heading, the recommended next step as a "
                   "merged shaded row above its actions, school-term timescales (including "
                   "'Michaelmas'), success criteria, shaded B/G/A/R letters, a RAG key table "
                   "and a sign-off table."),
        "reads": ("A school action plan with eight actions in three section tables, each under an "
                  "ISI recommended next step. Leads are job titles (some pairs); timescales are "
                  "terms, months or a date; one is Ongoing and one action has no RAG yet. The "
                  "document-control, key and sign-off tables are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 5. St John Ambulance - Charity Commission regulatory compliance case action plan (docx)
# ---------------------------------------------------------------------------
def sja():
    name = "td-st-john-ambulance-charity-commission-regulatory-compliance-action-plan.docx"
    title = ("St John Ambulance: Charity Commission Regulatory Compliance Case – Trustees’ "
             "Action Plan")
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(18)
    doc.add_paragraph("Version 3.0  |  Board of Trustees, 11 December 2025  |  Progress as at "
                      "30 November 2025")
    doc.add_paragraph(
        "Following the Commission’s regulatory compliance case, the trustees agreed the actions "
        "below in response to the regulatory advice and guidance issued to the charity. The "
        "plan is monitored by the Audit and Risk Committee and progress is shared with the "
        "Commission quarterly.")
    doc.add_paragraph("Status key").runs[0].bold = True
    k = doc.add_table(rows=5, cols=2)
    k.style = "Table Grid"
    keyrows = [("Completed", "5B9BD5", "Action delivered; evidence provided to the Commission "
                "(Blue)"),
               ("On track", "70AD47", "Progressing to the target date (Green)"),
               ("Behind schedule", "FFC000", "Delayed; revised date agreed (Amber)"),
               ("Off track", "FF0000", "Target date missed with no agreed recovery (Red)"),
               ("Not started", None, "Not yet due to start")]
    for i, (w, col, d) in enumerate(keyrows):
        k.cell(i, 0).text = w
        if col:
            shade(k.cell(i, 0), col)
        k.cell(i, 1).text = d
    doc.add_paragraph()

    A = "A. Governance and trustee oversight"
    B = "B. Safeguarding"
    C = "C. Reporting serious incidents"
    a1 = ("The trustees should ensure that the board receives sufficient information to oversee "
          "the charity’s safeguarding and volunteer management risks.")
    a2 = "The trustees should review the charity’s conflicts of interest policy and register."
    b1 = ("The charity should ensure that safeguarding concerns involving volunteers are "
          "recorded and handled consistently across all regions.")
    b2 = ("Trustees should ensure that safer recruitment checks are completed before volunteers "
          "start in roles working with young people.")
    c1 = ("The trustees should ensure that serious incidents are reported to the Commission "
          "promptly and in full.")
    smap = {"Completed": ("blue", "5B9BD5"), "On track": ("green", "70AD47"),
            "Behind schedule": ("amber", "FFC000"), "Off track": ("red", "FF0000"),
            "Not started": ("unrated", None)}
    plan = [
        (A, [(a1, [
            ("A1.1", "Revise the board reporting framework so that the Safeguarding Committee "
                     "reports to every board meeting using a standard dashboard.",
             "Company Secretary", "31 March 2025",
             "Dashboard used at every board meeting since March 2025.", "Completed",
             "2025-03", None),
            ("A1.2", "Commission an external governance review covering board composition, "
                     "skills and committee structure.",
             "Chair of Trustees", "30/09/2025 revised to 31/03/2026",
             "Reviewer appointed October 2025 after re-tender; fieldwork under way.",
             "Behind schedule", "2026-03", None),
        ]), (a2, [
            ("A2.1", "Update the conflicts of interest policy and require annual declarations "
                     "from all trustees and senior staff.",
             "Company Secretary", "June 2025",
             "Policy approved June 2025; 100% declarations returned.", "Completed", "2025-06",
             None),
        ])]),
        (B, [(b1, [
            ("B1.1", "Implement a single national case management system for safeguarding "
                     "concerns, replacing regional spreadsheets.",
             "Director of Safeguarding / Head of Digital", "January 2026",
             "System build complete; user acceptance testing in December.", "On track",
             "2026-01", None),
            ("B1.2", "Deliver refreshed safeguarding training to all unit leaders and cadet "
                     "leaders, with completion reported quarterly.",
             "Head of Safeguarding Training", "31/12/2025",
             "86% complete at 30 November.", "On track", "2025-12", None),
            ("B1.3", "Complete a dip-sample audit of 2023–2025 volunteer safeguarding cases and "
                     "report the findings to the Commission.",
             "Director of Safeguarding", "February 2026",
             "Scheduled to start once B1.1 is live.", "Not started", "2026-02", None),
        ]), (b2, [
            ("B2.1", "Introduce a system block preventing volunteer activation until DBS and "
                     "reference checks are recorded as complete.",
             "Director of People & Volunteering", "November 2025",
             "Supplier delay. Revised plan to be presented to the January board.", "Off track",
             "2025-11", None),
        ])]),
        (C, [(c1, [
            ("C1.1", "Adopt a serious incident reporting procedure with a named trustee lead and "
                     "a 48-hour internal escalation standard.",
             "Company Secretary; Chair of Audit and Risk Committee", "April 2025",
             "Procedure adopted April 2025.", "Completed", "2025-04", None),
            ("C1.2", "Report to the board twice a year on all serious incidents reported and the "
                     "Commission’s responses.",
             "Company Secretary", "Six-monthly",
             "First report received July 2025; next due January 2026.", "On track", None,
             "Six-monthly"),
        ])]),
    ]
    heads = ["Ref", "Commission’s regulatory advice", "Action agreed by trustees",
             "Responsible", "Target date", "Progress at 30 November 2025", "Status"]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        bold_cell(t.rows[0].cells[i], h)
        shade(t.rows[0].cells[i], "BFBFBF")
    actions = []
    for theme, advs in plan:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[6])
        bold_cell(m, theme)
        shade(m, "DEEAF6")
        for adv, rows in advs:
            first = None
            for (ref, text, resp, target, prog, status, end, et) in rows:
                cells = t.add_row().cells
                cells[0].text = ref
                if first is None:
                    cells[1].text = adv
                    first = cells[1]
                else:
                    first = first.merge(cells[1])
                    # merging appends an empty paragraph; remove it
                    ps = first.paragraphs
                    for extra in ps[1:]:
                        if not extra.text:
                            extra._p.getparent().remove(extra._p)
                set_cell(cells[2], text)
                cells[3].text = resp
                cells[4].text = target
                cells[5].text = prog
                cells[6].text = status
                st, col = smap[status]
                if col:
                    shade(cells[6], col)
                leads = [x.strip() for x in resp.replace(" / ", ";").split(";")]
                actions.append(act(ref, [theme, adv], text, leads, end, st, et))
    doc.add_paragraph()
    doc.add_paragraph("Approved by the Board of Trustees on 11 December 2025.")
    doc.save(os.path.join(HERE, name))
    write_expected(name, {
        "source": ("Imitates the action plan a national charity's trustees agree with the "
                   "Charity Commission at the close of a regulatory compliance case (regulatory "
                   "advice and guidance issued; progress shared with the Commission), 2025. "
                   "Copied features: bold title and version line, purpose paragraph, a status "
                   "key table mapping words to colours, a single landscape table with theme rows "
                   "merged across, the Commission's advice merged down over its actions, "
                   "job-title responsibilities (pairs split by ';' or ' / ', one title with "
                   "'&'), an original date 'revised to' a new one, a 'Six-monthly' target and "
                   "shaded status words."),
        "reads": ("A charity's regulatory action plan with nine actions under three themes, "
                  "each answering a piece of the Commission's advice. Status words follow the "
                  "key (Completed = blue, On track = green, Behind schedule = amber, Off track = "
                  "red, Not started = unrated); where a date was revised the revised one is the "
                  "end."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 6. Haslemere Town Council - Full Council action tracker (csv)
# ---------------------------------------------------------------------------
def haslemere():
    import csv
    import io
    name = "td-haslemere-town-council-full-council-action-tracker.csv"
    title = "Haslemere Town Council – Full Council Action Tracker"
    W = 8
    rows = [[title] + [""] * (W - 1),
            ["Updated by the Town Clerk: 14 January 2026"] + [""] * (W - 1),
            [""] * W,
            ["Ref", "Meeting", "Minute", "Action", "Responsible", "Deadline", "RAG",
             "Progress / notes"]]
    data = [
        ("FC/25/041", "17 July 2025", "FC 25/112",
         "Obtain three quotes for replacement of the High Street bus shelter glazing, and report "
         "back to Council",
         "Town Clerk", "Sep-25", "Complete",
         "Quotes received; contract awarded at September meeting (FC 25/158)",
         "2025-09", None, "blue"),
        ("FC/25/047", "17 July 2025", "FC 25/119",
         "Write to Surrey County Council requesting a review of the 20mph zone on Lower Street",
         "Town Clerk/Cllr Hughes", "31/10/2025", "Amber",
         "Letter sent 2 Aug. Chased 30 Oct – SCC Highways response awaited",
         "2025-10", None, "amber"),
        ("FC/25/058", "18 September 2025", "FC 25/161",
         "Review the Council's Financial Regulations against the 2025 NALC model and bring a "
         "draft to Finance & Governance Committee",
         "RFO", "Nov-25", "Complete", "Adopted 20 November 2025", "2025-11", None, "blue"),
        ("FC/25/060", "18 September 2025", "FC 25/164",
         "Arrange a condition survey of the Town Hall roof\n(including the clock tower leadwork)",
         "Town Clerk", "December 2025", "Red",
         "Surveyor visit cancelled twice due to weather; rebooked for 22 January",
         "2025-12", None, "red"),
        ("FC/25/066", "20 November 2025", "FC 25/203",
         "Prepare the draft 2026/27 budget and precept options for the January meeting",
         "RFO", "15/01/2026", "Green", "Papers issued with agenda", "2026-01", None, "green"),
        ("FC/25/071", "20 November 2025", "FC 25/210",
         "Set up a working group to review the Christmas lights arrangements (members: Cllrs "
         "Weston, Patel and Osei)",
         "Cllr Weston", "Feb-26", "Green", "First meeting held 8 December", "2026-02", None,
         "green"),
        ("FC/25/074", "20 November 2025", "FC 25/214",
         "Publish the updated Grants Policy on the Council website",
         "Deputy Town Clerk", "Next meeting", "", "Awaiting adoption by Council", None,
         "Next meeting", "unrated"),
    ]
    actions = []
    for (ref, mtg, minute, text, resp, due, rag, notes, end, et, st) in data:
        rows.append([ref, mtg, minute, text, resp, due, rag, notes])
        actions.append(act(ref, [], text, [x.strip() for x in resp.split("/")], end, st, et))
    rows.append([""] * W)
    rows.append(["RAG: Green = on target; Amber = delayed, action in hand; Red = overdue; "
                 "Complete = to be removed from the tracker after the next meeting"]
                + [""] * (W - 1))
    rows.append(["Standing items (precept, payments schedule) are not listed."] + [""] * (W - 1))
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    with open(os.path.join(HERE, name), "w", encoding="utf-8-sig", newline="") as fh:
        fh.write(buf.getvalue())
    write_expected(name, {
        "source": ("Imitates a parish/town council's rolling Full Council action tracker kept "
                   "by the Town Clerk in Excel and saved as CSV (2025-26). Copied features: "
                   "title and 'updated by' lines padded with commas, ref, meeting date and "
                   "minute number, action, responsible officer or councillor (Clerk/Cllr pair), "
                   "deadline as mmm-yy, a date, a month or 'Next meeting', RAG words including "
                   "'Complete', a quoted cell with a line break, and key/notes lines under the "
                   "table."),
        "reads": ("A town council action tracker of seven actions from three Full Council "
                  "meetings, with no themes. RAG words are read as colours, Complete as blue, a "
                  "blank RAG as not rated; 'Next meeting' gives no end month. The key and note "
                  "lines are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 7. Yorkshire Dales NPA - FiPL programme highlight report (txt)
# ---------------------------------------------------------------------------
def ydnpa():
    name = "td-yorkshire-dales-npa-fipl-programme-highlight-report.txt"
    title = "Farming in Protected Landscapes Programme – Highlight Report"
    W1 = "Workstream 1 – Grant assessment and approval"
    W2 = "Workstream 2 – Claims, payments and monitoring"
    W3 = "Workstream 3 – Outcomes and programme close"
    rag = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    # (ws, ref, text, owner, due, revised, rag, comment, end, end_text)
    data = [
        (W1, "1.1", "Close the 2025/26 applications window and assess all remaining applications",
         "FiPL Officers", "Oct-25", "", "Blue",
         "Window closed 31 October; 42 applications assessed.", "2025-10", None),
        (W1, "1.2", "Hold final Local Assessment Panel to allocate remaining 2025/26 funds",
         "Programme Manager", "Nov-25", "Dec-25", "Blue",
         "Panel held 4 December (moved to follow Defra budget confirmation).", "2025-12", None),
        (W1, "1.3", "Re-allocate underspend from withdrawn projects to reserve list projects",
         "Programme Manager/Finance Manager", "Jan-26", "", "Amber",
         "£86k released from 5 withdrawals; reserve list applicants contacted.", "2026-01",
         None),
        (W2, "2.1", "Process all outstanding claims for completed projects",
         "Grants Administrator", "31/03/2026", "", "Amber",
         "61 claims outstanding; extra admin support agreed from January.", "2026-03", None),
        (W2, "2.2", "Complete post-completion monitoring visits to a 20% sample of projects",
         "Farm Conservation Officer (Wharfedale)", "Feb-26", "", "Green",
         "14 of 23 visits done.", "2026-02", None),
        (W2, "2.3", "Submit Q3 monitoring and spend return to Defra",
         "Finance Manager", "Jan-26", "", "Green", "Due to Defra 20 January.", "2026-01", None),
        (W3, "3.1", "Compile 2021–2026 programme outcomes report, including nature recovery, "
                    "climate and access metrics",
         "Programme Manager", "Q4 2025/26", "", "Green",
         "Structure agreed with Protected Landscapes Partnership.", "2026-03", None),
        (W3, "3.2", "Prepare transition plan to support farmers into successor Environmental "
                    "Land Management schemes after programme close",
         "Head of Land Management", "Mar-26", "", "Red",
         "Cannot finalise until Defra confirms successor arrangements.", "2026-03", None),
    ]
    L = []
    L.append("YORKSHIRE DALES NATIONAL PARK AUTHORITY")
    L.append(title)
    L.append("")
    L.append("Reporting period:\tQ3 2025/26 (1 October – 31 December 2025)")
    L.append("Report date:\t9 January 2026")
    L.append("Prepared by:\tFiPL Programme Manager")
    L.append("Senior Responsible Owner:\tDirector of Conservation")
    L.append("Reporting to:\tFiPL Programme Board; Finance and Resources Committee (for "
             "information)")
    L.append("")
    L.append("OVERALL STATUS\tThis period: AMBER\tLast period: GREEN")
    L.append("")
    L.append("1. SUMMARY")
    L.append("The programme has committed 90% of the 2025/26 allocation and the final Local "
             "Assessment Panel has been held. Status has moved to Amber because claims "
             "processing is behind profile and successor arrangements after March 2026 have not "
             "been confirmed by Defra.")
    L.append("")
    L.append("2. BUDGET")
    L.append("Allocation 2025/26\t£1,620,000")
    L.append("Committed to date\t£1,462,300 (90%)")
    L.append("Paid to date\t£812,450 (50%)")
    L.append("")
    L.append("3. MILESTONES AND ACTIONS")
    L.append("Ref\tMilestone / action\tOwner\tDue\tRevised due\tRAG\tCommentary")
    actions = []
    cur = None
    for (ws, ref, text, owner, due, rev, r, com, end, et) in data:
        if ws != cur:
            L.append(ws)
            cur = ws
        L.append("\t".join([ref, text, owner, due, rev, r, com]))
        actions.append(act(ref, [ws], text, [x.strip() for x in owner.split("/")], end,
                           rag[r], et))
    L.append("")
    L.append("RAG key: Blue = complete; Green = on track; Amber = some slippage / at risk; "
             "Red = off track, intervention needed")
    L.append("")
    L.append("4. KEY RISKS AND ISSUES")
    L.append("- Defra successor arrangements for FiPL after March 2026 not confirmed (risk "
             "FIPL-04, score 16).")
    L.append("- Limited contractor capacity for walling and hedging works in winter months may "
             "delay project completion and claims.")
    L.append("")
    L.append("5. DECISIONS REQUESTED")
    L.append("- The Board is asked to note the report and the change in overall status to "
             "Amber.")
    L.append("")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(L))
    write_expected(name, {
        "source": ("Imitates a national park authority's quarterly programme highlight report "
                   "for the Defra-funded Farming in Protected Landscapes programme (2025/26), "
                   "saved from Word as plain text. Copied features: authority and report title "
                   "lines, a tab-separated header block (period, SRO, reporting to), overall "
                   "status this/last period, summary and budget sections, a tab-separated "
                   "milestones table with workstream lines, due and revised due columns, RAG "
                   "words, a RAG key line, then risks and decisions as bullet lines."),
        "reads": ("A programme highlight report whose milestones table holds eight actions "
                  "under three workstreams. Where a revised due month is given it is the end; "
                  "'Q4 2025/26' ends in March 2026. Header, budget, risk and decision lines are "
                  "not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


if __name__ == "__main__":
    nationwide()
    row = cafcass()
    gmca()
    oundle()
    sja()
    haslemere()
    ydnpa()
    print("cafcass refuse_at sheet row", row)
