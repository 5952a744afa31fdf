"""Build the seven ju2- blind cases of set heldout315 (plans outside children's services).

Run with /work/main/.venv/bin/python ju2_make.py (openpyxl, python-docx, pyyaml).
Writes the data files and, beside each, NAME.expected.yaml (the reading a person makes).
"""
import csv
import datetime as dt
import os

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY, NAVY, PALE = (
    "FF0000", "FFC000", "00B050", "00B0F0", "D9D9D9", "1F3864", "DDEBF7")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


def write_expected(name, source, reads, title, actions, outcome="read",
                   refuse_at=None, accept_refusal=False):
    doc = {"source": source, "reads": reads, "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        out = []
        for a in actions:
            e = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                 "lead": a["lead"], "end": a["end"]}
            if a.get("end_text"):
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            out.append(e)
        doc["actions"] = out
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=100)


# ---------------------------------------------------------------------------
# 1. Newham ASC CQC assessment improvement plan (xlsx): cover + plan + summary.
#    Theme rows merged across; quality statement merged down column B;
#    original/revised completion; previous/current RAG letters on fills.
# ---------------------------------------------------------------------------
def newham():
    name = "ju2-london-borough-of-newham-asc-cqc-assessment-improvement-plan.xlsx"
    title = "Adult Social Care CQC Assessment Improvement Plan 2025/26"
    T1 = "Theme 1: Working with people"
    T2 = "Theme 2: Providing support"
    T3 = "Theme 3: How the local authority ensures safety within the system"
    T4 = "Theme 4: Leadership"
    QS = {
        "an": "Assessing needs – people wait too long for a Care Act assessment and the quality of assessments is inconsistent.",
        "hl": "Supporting people to live healthier lives – residents find it hard to get information and advice before they reach crisis.",
        "eq": "Equity in experience and outcomes – the council does not know enough about which communities are not reaching its services.",
        "cp": "Care provision, integration and continuity – gaps in nursing and dementia provision, and delays starting homecare after hospital discharge.",
        "pc": "Partnerships and communities – unpaid carers are not yet involved in shaping services.",
        "st": "Safe pathways, systems and transitions – young people moving to adult services experience late planning.",
        "sg": "Safeguarding – a backlog of safeguarding concerns awaiting a screening decision.",
        "gv": "Governance, management and sustainability – leaders do not have a single, timely view of performance.",
        "li": "Learning, improvement and innovation – practice development is not yet consistent across teams.",
    }
    # rows: (theme, qs key, ref, action, lead cell, lead list, start, orig, revised,
    #        prev, curr, update, end, end_text, status)
    rows = [
        (T1, "an", "1.1", "Reduce the number of people waiting for a Care Act assessment by introducing a duty triage model and a weekly waiting-list review chaired by the Head of Assessment.",
         "Head of Assessment and Care Management", ["Head of Assessment and Care Management"],
         d(2025, 4, 1), d(2025, 9, 30), d(2025, 12, 31), "A", "A",
         "Waiting list down from 812 to 540. Triage model live in two of three localities; third locality delayed by vacancies.", "2025-12", None, "amber"),
        (T1, "an", "1.2", "Audit a sample of 40 assessments each quarter against the practice standards, with findings reported to the Practice Quality Board.",
         "Principal Social Worker", ["Principal Social Worker"],
         d(2025, 4, 1), d(2025, 6, 30), None, "A", "B",
         "Q1 and Q2 audits completed; audit cycle now business as usual.", "2025-06", None, "blue"),
        (T1, "hl", "1.3", "Relaunch the Newham Front Door information and advice offer, including a refreshed online directory co-produced with the Making It Real board.",
         "Service Manager, Prevention & Wellbeing / Communications Lead", ["Service Manager, Prevention & Wellbeing", "Communications Lead"],
         d(2025, 5, 1), d(2026, 3, 31), None, "G", "G",
         "Directory content review under way with Making It Real members.", "2026-03", None, "green"),
        (T1, "eq", "1.4", "Collect and report ethnicity and main language for all new contacts, and use the data to target outreach to under-represented communities.",
         "Head of Performance & Intelligence", ["Head of Performance & Intelligence"],
         d(2025, 6, 1), d(2025, 12, 31), None, "A", "R",
         "Mandatory fields not yet switched on in the case management system; change request with supplier.", "2025-12", None, "red"),
        (T2, "cp", "2.1", "Publish a Market Position Statement for 2025–2028 setting out gaps in nursing and dementia residential provision.",
         "Head of Commissioning (Adults)", ["Head of Commissioning (Adults)"],
         d(2025, 4, 1), d(2025, 7, 31), d(2025, 10, 31), "A", "B",
         "Published October 2025 following provider engagement events.", "2025-10", None, "blue"),
        (T2, "cp", "2.2", "Agree a joint brokerage protocol with NELFT and Barts Health to reduce delays in starting homecare packages on hospital discharge.",
         "Director of Integrated Commissioning; Head of Hospital Social Work", ["Director of Integrated Commissioning", "Head of Hospital Social Work"],
         d(2025, 6, 1), d(2026, 1, 31), None, "R", "A",
         "Draft protocol agreed at the Discharge Oversight Group; sign-off by Barts Health pending.", "2026-01", None, "amber"),
        (T2, "pc", "2.3", "Establish a carers’ partnership group with Carers of Newham and agree a refreshed Carers Strategy action plan.",
         "Carers Lead", ["Carers Lead"],
         d(2025, 7, 1), d(2025, 11, 30), None, "G", "G",
         "First two meetings held; action plan drafting workshop booked.", "2025-11", None, "green"),
        (T3, "st", "3.1", "Introduce a joint transitions panel with Children’s Services for young people aged 14+ with likely eligible needs, supported by a single tracker.",
         "Head of Transitions / Head of SEND", ["Head of Transitions", "Head of SEND"],
         d(2025, 5, 1), d(2025, 9, 30), d(2026, 2, 28), "R", "A",
         "Panel terms of reference agreed; tracker build delayed until data sharing agreement signed.", "2026-02", None, "amber"),
        (T3, "sg", "3.2", "Clear the backlog of safeguarding concerns awaiting a decision on whether a section 42 enquiry is needed, and set a two working day screening standard.",
         "Head of Safeguarding Adults", ["Head of Safeguarding Adults"],
         d(2025, 4, 1), d(2025, 8, 31), None, "R", "G",
         "Backlog cleared in August; 91% of concerns screened within two working days in September.", "2025-08", None, "green"),
        (T3, "sg", "3.3", "Refresh the Making Safeguarding Personal audit tool and report outcomes to the Newham Safeguarding Adults Board.",
         "Head of Safeguarding Adults", ["Head of Safeguarding Adults"],
         d(2025, 4, 1), "Quarterly", None, "G", "G",
         "Q2 report presented to the SAB Quality and Performance sub-group.", None, "Quarterly", "green"),
        (T4, "gv", "4.1", "Develop a single ASC performance dashboard, reported monthly to DMT and quarterly to the Health and Adult Social Care Scrutiny Commission.",
         "Head of Performance & Intelligence", ["Head of Performance & Intelligence"],
         d(2025, 4, 1), d(2025, 10, 31), None, "A", "G",
         "Dashboard in use at DMT from September; scrutiny version due November.", "2025-10", None, "green"),
        (T4, "li", "4.2", "Launch a practice development programme for social workers and occupational therapists, including strengths-based practice training for all frontline staff.",
         "Principal Social Worker & Principal OT", ["Principal Social Worker", "Principal OT"],
         d(2026, 1, 5), d(2026, 3, 31), None, None, None,
         "", "2026-03", None, "unrated"),
    ]
    rag_fill = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "London Borough of Newham"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = title
    cov["A2"].font = Font(bold=True, size=16, color=NAVY)
    cov["A3"] = "Following the CQC local authority assessment (report published 2025). Owner: Corporate Director of Adults and Health"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Change"),
          ("0.3", "12/05/2025", "ASC Improvement Lead", "Draft for DMT"),
          ("1.0", "03/06/2025", "ASC Improvement Lead", "Approved by Adults Improvement Board"),
          ("1.2", "08/10/2025", "ASC Improvement Lead", "Q2 progress update")]
    for i, r in enumerate(dc):
        for j, v in enumerate(r):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    cov["A12"] = "RAG key"
    cov["A12"].font = Font(bold=True)
    key = [("R", "Off track – significant risk to delivery, escalated to the Improvement Board"),
           ("A", "Some slippage – recoverable within the quarter"),
           ("G", "On track"),
           ("B", "Completed")]
    for i, (k, v) in enumerate(key):
        c = cov.cell(row=13 + i, column=1, value=k)
        c.fill = fill(rag_fill[k])
        c.alignment = Alignment(horizontal="center")
        cov.cell(row=13 + i, column=2, value=v)
    cov.column_dimensions["A"].width = 12
    cov.column_dimensions["B"].width = 70
    cov.column_dimensions["C"].width = 24
    cov.column_dimensions["D"].width = 40

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "London Borough of Newham"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14, color=NAVY)
    ws["A3"] = "Progress position at: 30 September 2025"
    ws["A3"].font = Font(italic=True)
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    hdr = ["Ref", "CQC quality statement / area for improvement", "Action", "Lead officer", "Start",
           "Original completion", "Revised completion", "Previous RAG (Q1)", "Current RAG (Q2)",
           "Progress update"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    widths = [7, 38, 60, 30, 10, 12, 12, 10, 10, 50]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    row = 6
    cur_theme, qs_start, cur_qs = None, None, None
    expected = []

    def close_qs(end_row):
        if qs_start is not None and end_row > qs_start:
            ws.merge_cells(start_row=qs_start, start_column=2, end_row=end_row, end_column=2)

    for (theme, qk, ref, act, lead_cell, leads, start, orig, rev, prev, curr, upd,
         end, end_text, status) in rows:
        if theme != cur_theme:
            close_qs(row - 1)
            qs_start, cur_qs = None, None
            c = ws.cell(row=row, column=1, value=theme)
            c.font = Font(bold=True)
            for j in range(1, 11):
                ws.cell(row=row, column=j).fill = fill(PALE)
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
            cur_theme = theme
            row += 1
        if qk != cur_qs:
            close_qs(row - 1)
            ws.cell(row=row, column=2, value=QS[qk])
            qs_start, cur_qs = row, qk
        vals = [ref, None, act, lead_cell, start, orig, rev, prev, curr, upd]
        for j, v in enumerate(vals, 1):
            if j == 2:
                ws.cell(row=row, column=j).alignment = WRAP
                ws.cell(row=row, column=j).border = BOX
                continue
            c = ws.cell(row=row, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy"
            if j in (8, 9):
                c.alignment = Alignment(horizontal="center", vertical="top")
                if v:
                    c.fill = fill(rag_fill[v])
        expected.append({"ref": ref, "under": [theme, QS[qk]], "action": act, "lead": leads,
                         "end": end, "end_text": end_text, "status": status})
        row += 1
    close_qs(row - 1)
    row += 1
    ws.cell(row=row, column=1, value="Notes: Revised completion dates agreed by the Adults Improvement Board on 17 September 2025. "
            "Actions rated B are retained for one quarter before moving to the completed log.").font = Font(italic=True)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
    ws.freeze_panes = "A6"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG by theme – Q2 2025/26"
    sm["A1"].font = Font(bold=True, size=12)
    sh = ["Theme", "R", "A", "G", "B", "Not rated", "Total"]
    for j, h in enumerate(sh, 1):
        c = sm.cell(row=3, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
    counts = {}
    for r in rows:
        t = r[0]
        counts.setdefault(t, {"R": 0, "A": 0, "G": 0, "B": 0, None: 0})
        counts[t][r[10]] += 1
    rr = 4
    tot = {"R": 0, "A": 0, "G": 0, "B": 0, None: 0}
    for t in (T1, T2, T3, T4):
        cc = counts[t]
        sm.cell(row=rr, column=1, value=t)
        for j, k in enumerate(["R", "A", "G", "B", None], 2):
            sm.cell(row=rr, column=j, value=cc[k])
            tot[k] += cc[k]
        sm.cell(row=rr, column=7, value=sum(cc.values()))
        rr += 1
    sm.cell(row=rr, column=1, value="Total").font = Font(bold=True)
    for j, k in enumerate(["R", "A", "G", "B", None], 2):
        sm.cell(row=rr, column=j, value=tot[k]).font = Font(bold=True)
    sm.cell(row=rr, column=7, value=sum(tot.values())).font = Font(bold=True)
    sm.column_dimensions["A"].width = 62
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a London borough's adult social care improvement plan written after its CQC local "
                "authority assessment (2024–25 round), as taken to an Adults Improvement Board and Health and "
                "Adult Social Care Scrutiny. Copied features: cover sheet with document-control table and RAG key "
                "(B = completed); plan grouped under the four CQC assessment themes as full-width merged rows, with "
                "the quality statement and CQC finding merged down column B over its actions; start, original and "
                "revised completion dates (mmm-yy), previous and current RAG letters on coloured fills, progress "
                "commentary, notes line, and a separate summary sheet of RAG counts by theme."),
        reads=("A cover sheet, then a 12-action improvement plan under the four CQC themes, each action sitting "
               "under its quality statement (merged down the column). The end is the revised completion where one is "
               "given, otherwise the original; the status is the current (Q2) RAG letter, B meaning completed; one "
               "action is 'Quarterly' with no end month and one is not yet rated. The summary sheet only counts them."),
        title=title, actions=expected)


# ---------------------------------------------------------------------------
# 2. Lancashire FRS – HMICFRS values and culture spotlight: recommendations tracker (xlsx).
#    Recommendation rows merged across the sheet with the actions numbered beneath;
#    original and revised target dates; status words with a key; second sheet lists
#    recommendations for national bodies (no local action).
# ---------------------------------------------------------------------------
def lancashire():
    name = "ju2-lancashire-fire-rescue-service-hmicfrs-values-culture-recommendations-tracker.xlsx"
    title = ("HMICFRS Spotlight Report: Values and culture in fire and rescue services – "
             "Recommendations Tracker")
    R1 = ("Recommendation 1 – By 1 October 2023, chief fire officers should make sure their services provide a "
          "confidential route for staff to raise concerns and that staff know about whistleblowing processes.")
    R3 = ("Recommendation 3 – By 1 June 2023, chief fire officers should review the support available to those "
          "who have raised concerns and take any action needed to make sure it is suitable.")
    R4 = ("Recommendation 4 – By 1 June 2023, chief fire officers should assure themselves that people who raise "
          "concerns are kept updated on how their concern is being handled.")
    R5 = ("Recommendation 5 – By 1 June 2023, chief fire officers should provide accessible information for staff "
          "and the public on how to raise concerns and access confidential support.")
    R9 = ("Recommendation 9 – By 1 October 2023, chief fire officers should make sure all staff have an "
          "appropriate background check with the Disclosure and Barring Service.")
    R14 = ("Recommendation 14 – By 1 March 2024, chief fire officers should put in place 360-degree feedback "
           "for all senior leaders and managers.")
    status_fill = {"Complete": BLUE, "On track": GREEN, "Delayed": AMBER, "Off track": RED, "Not started": None}
    rows = [
        (R1, "1.1", "Procure an independent confidential reporting line and publicise it on the intranet and on station noticeboards.",
         "Head of Human Resources", ["Head of Human Resources"], d(2023, 10, 31), None, "Complete",
         "Safecall line live from 2 October 2023; promoted through station visits.", "2023-10", "blue"),
        (R1, "1.2", "Refresh the Whistleblowing Policy and include it in the induction programme for all new starters.",
         "Head of Human Resources / Head of Training and Operational Review", ["Head of Human Resources", "Head of Training and Operational Review"],
         d(2023, 12, 31), d(2024, 3, 31), "Complete",
         "Policy approved by the Executive Board in March 2024; induction module updated.", "2024-03", "blue"),
        (R3, "3.1", "Review the support available to staff who raise concerns, including access to the Employee Assistance Programme and trained peer supporters.",
         "Occupational Health and Wellbeing Manager", ["Occupational Health and Wellbeing Manager"],
         d(2023, 6, 30), d(2023, 9, 30), "Complete",
         "Review completed; 24 peer supporters trained.", "2023-09", "blue"),
        (R4, "4.1", "Introduce a case management standard so that anyone who raises a concern receives a written update at least every 28 days.",
         "HR Business Partner (Employee Relations)", ["HR Business Partner (Employee Relations)"],
         d(2023, 9, 30), None, "Complete",
         "Standard in place; compliance checked monthly.", "2023-09", "blue"),
        (R4, "4.2", "Establish a Professional Standards function to oversee all conduct cases.\nThe function will act as a single point of contact for everyone involved in a case.",
         "Deputy Chief Fire Officer", ["Deputy Chief Fire Officer"],
         d(2024, 3, 31), d(2024, 9, 30), "On track",
         "Professional Standards Manager appointed June 2024; case system procurement under way.", "2024-09", "green"),
        (R5, "5.1", "Publish accessible guidance for staff and the public on how to raise a concern, including easy-read and translated versions.",
         "Corporate Communications Manager", ["Corporate Communications Manager"],
         d(2023, 8, 31), None, "Complete",
         "Published on the LFRS website and intranet.", "2023-08", "blue"),
        (R9, "9.1", "Complete standard DBS checks for all staff not previously checked, and build rechecks into a three-yearly cycle.",
         "Head of Human Resources", ["Head of Human Resources"],
         d(2024, 3, 31), d(2024, 12, 31), "Delayed",
         "82% of checks returned. Awaiting national guidance on eligibility for some support roles.", "2024-12", "amber"),
        (R14, "14.1", "Introduce 360-degree feedback for all members of the Executive Board and Area Managers, with results used in personal development reviews.",
         "Chief Fire Officer", ["Chief Fire Officer"],
         d(2024, 3, 1), None, "Complete",
         "First cycle completed February 2024.", "2024-03", "blue"),
        (R14, "14.2", "Extend 360-degree feedback to Group and Station Managers.",
         "Head of Training and Operational Review", ["Head of Training and Operational Review"],
         d(2025, 3, 31), None, "Not started",
         "Scheduled to begin after the Executive Board cycle is evaluated.", "2025-03", "unrated"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "LFRS Tracker"
    ws["A1"] = "Lancashire Fire and Rescue Service"
    ws["A1"].font = Font(bold=True, size=12, color="C00000")
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = "Position as at 30 June 2024 | Reported to: Planning Committee, 22 July 2024"
    ws["A3"].font = Font(italic=True)
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws["A4"] = "Status key:"
    ws["A4"].font = Font(bold=True)
    kx = 2
    for k in ("Complete", "On track", "Delayed", "Off track", "Not started"):
        c = ws.cell(row=4, column=kx, value=k)
        if status_fill[k]:
            c.fill = fill(status_fill[k])
        c.border = BOX
        kx += 1
    hdr = ["Ref", "LFRS action", "Owner", "Original target date", "Revised target date", "Status",
           "Progress update"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    for j, w in enumerate([7, 60, 34, 13, 13, 12, 50], 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    row, cur = 7, None
    expected = []
    for rec, ref, act, owner, leads, orig, rev, st, upd, end, status in rows:
        if rec != cur:
            c = ws.cell(row=row, column=1, value=rec)
            c.font = Font(bold=True)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            for j in range(1, 8):
                ws.cell(row=row, column=j).fill = fill(GREY)
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
            ws.row_dimensions[row].height = 32
            cur = rec
            row += 1
        vals = [ref, act, owner, orig, rev, st, upd]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=row, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if j == 6 and status_fill.get(v):
                c.fill = fill(status_fill[v])
        expected.append({"ref": ref, "under": [rec], "action": act, "lead": leads, "end": end,
                         "status": status})
        row += 1
    row += 1
    ws.cell(row=row, column=1, value="Note: only the 20 recommendations directed at chief fire officers are tracked here. "
            "Those for national bodies are listed on the next sheet for information.").font = Font(italic=True)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)

    nb = wb.create_sheet("National recommendations")
    nb["A1"] = "Recommendations directed at national bodies – for information (no LFRS action required)"
    nb["A1"].font = Font(bold=True)
    nat = [("Rec", "Directed at", "Summary"),
           ("2", "National Employers, LGA and NFCC", "Review independent routes for staff to raise concerns outside their own service"),
           ("6", "Home Office", "Amend legislation so that all fire staff are eligible for background checks"),
           ("16", "NFCC", "Produce a national leadership development framework"),
           ("23", "Fire Standards Board", "Review the Core Code of Ethics fire standard")]
    for i, r in enumerate(nat):
        for j, v in enumerate(r, 1):
            c = nb.cell(row=3 + i, column=j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    nb.column_dimensions["B"].width = 34
    nb.column_dimensions["C"].width = 80
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a fire and rescue service's tracker of the HMICFRS spotlight report 'Values and culture in "
                "fire and rescue services' (March 2023) as reported to a combined fire authority committee in 2024 "
                "(cf. Lancashire CFA Planning Committee HMICFRS updates; Derbyshire and Royal Berkshire FRS progress "
                "reports). Copied features: service name and report title block with position date and committee; "
                "status key of coloured words; each HMICFRS recommendation (with its deadline) as a grey full-width "
                "merged row and the service's numbered actions beneath; original and revised target dates; status "
                "words on fills; closing note; second sheet of national-body recommendations for information only."),
        reads=("A tracker of nine local actions answering six of the HMICFRS recommendations; each action is read "
               "under the recommendation row above it, due on the revised target date where there is one, with the "
               "status word as the key colours it (Complete = blue, Delayed = amber, Not started = unrated). The "
               "second sheet lists recommendations for national bodies and holds no actions."),
        title=title, actions=expected)


# ---------------------------------------------------------------------------
# 3. Hart DC corporate risk register Q3 2025/26 (xlsx). Risk blocks: risk heading row,
#    details row (description, owner, scores, direction), 'Further actions' sub-header,
#    actions with owner/due/fill-only status cell. Key row and a summary sheet.
# ---------------------------------------------------------------------------
def hart():
    name = "ju2-hart-dc-corporate-risk-register-q3-2025-26.xlsx"
    title = "Corporate Risk Register – Quarter 3 2025/26"
    risks = [
        ("CR01: Financial sustainability",
         "Insufficient funding and rising demand mean the Council cannot set a balanced budget over the medium term.",
         "Section 151 Officer", 20, 16, 9, "↔",
         [("CR01.1", "Deliver the 2026/27 savings programme of £1.2m agreed by Cabinet in November 2025.",
           "Section 151 Officer", ["Section 151 Officer"], "Feb-26", "2026-02", None, AMBER, "amber"),
          ("CR01.2", "Update the Medium Term Financial Strategy to reflect the multi-year settlement and Fair Funding changes.",
           "Head of Finance", ["Head of Finance"], "Q4 2025/26", "2026-03", None, GREEN, "green")]),
        ("CR02: Local government reorganisation",
         "Reorganisation in Hampshire diverts capacity and creates uncertainty for staff, services and partners.",
         "Joint Chief Executive", 20, 20, 12, "↑",
         [("CR02.1", "Provide officer capacity and data returns to the Hampshire and Solent reorganisation programme workstreams.",
           "Joint Chief Executive", ["Joint Chief Executive"], "Ongoing", None, "Ongoing", GREEN, "green"),
          ("CR02.2", "Maintain a Hart transition risk log and report it to Overview and Scrutiny Committee each quarter.",
           "Head of Corporate Services", ["Head of Corporate Services"], "31/03/2026", "2026-03", None, AMBER, "amber")]),
        ("CR03: Cyber security",
         "A successful cyber attack causes loss of systems or data and prevents delivery of services.",
         "Head of Corporate Services", 20, 12, 8, "↓",
         [("CR03.1", "Complete the migration of remaining on-premises servers to the cloud and decommission the legacy server room.",
           "ICT Manager (shared service)", ["ICT Manager (shared service)"], "Sep-25", "2025-09", None, BLUE, "blue"),
          ("CR03.2", "Run a cyber incident exercise with the Corporate Management Team.",
           "ICT Manager / Emergency Planning Officer", ["ICT Manager", "Emergency Planning Officer"], "Jan-26", "2026-01", None, GREEN, "green")]),
        ("CR04: Temporary accommodation demand",
         "Homelessness demand exceeds the supply of suitable temporary accommodation, increasing use of costly nightly-paid placements.",
         "Head of Community Services", 16, 16, 9, "↑",
         [("CR04.1", "Acquire ten additional units of council-owned temporary accommodation through the Local Authority Housing Fund.",
           "Head of Community Services", ["Head of Community Services"], "Mar-26", "2026-03", None, RED, "red")]),
        ("CR05: Workforce capacity",
         "Difficulty recruiting and retaining staff in specialist roles, particularly planning and environmental health.",
         "Joint Chief Executive", 16, 12, 8, "↔",
         [("CR05.1", "Implement the outcome of the pay and grading benchmarking review.",
           "HR Manager", ["HR Manager"], "Apr-26", "2026-04", None, AMBER, "amber"),
          ("CR05.2", "Launch a graduate and apprenticeship scheme for planning and environmental health.",
           "HR Manager", ["HR Manager"], "Sep-26", "2026-09", None, None, "unrated")]),
    ]

    def score_fill(s):
        return RED if s >= 15 else AMBER if s >= 8 else GREEN

    wb = Workbook()
    ws = wb.active
    ws.title = "Risk Register Q3"
    ws["A1"] = "Hart District Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14, color=NAVY)
    ws["A3"] = "Reviewed by Corporate Management Team 13 January 2026 – for Audit Committee 27 January 2026"
    ws["A3"].font = Font(italic=True)
    ws["A4"] = ("Scores are likelihood x impact (1–5 each). Action RAG: Green = on track; Amber = some slippage; "
                "Red = off track; Blue = complete; no colour = not yet started.")
    ws["A4"].font = Font(size=9)
    for r in (1, 2, 3, 4):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    for j, w in enumerate([10, 62, 30, 14, 12, 12, 14], 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    row = 6
    expected = []
    for head, desc, owner, inh, res, tgt, dot, acts in risks:
        c = ws.cell(row=row, column=1, value=head)
        c.font = Font(bold=True, color="FFFFFF")
        for j in range(1, 8):
            ws.cell(row=row, column=j).fill = fill(NAVY)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        row += 1
        for j, h in enumerate(["", "Risk description", "Risk owner", "Inherent score",
                               "Residual score", "Target score", "Direction of travel"], 1):
            c = ws.cell(row=row, column=j, value=h or None)
            c.font = Font(bold=True, size=9)
            c.fill = fill(GREY)
        row += 1
        vals = [None, desc, owner, inh, res, tgt, dot]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=row, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if j in (4, 5, 6):
                c.fill = fill(score_fill(v))
                c.alignment = Alignment(horizontal="center", vertical="top")
        row += 1
        for j, h in enumerate(["Ref", "Further actions", "Action owner", "Due date", "Status"], 1):
            c = ws.cell(row=row, column=j, value=h)
            c.font = Font(bold=True, italic=True, size=9)
            c.fill = fill(PALE)
        row += 1
        for ref, act, own_cell, leads, due, end, end_text, sf, status in acts:
            vals = [ref, act, own_cell, due, None]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=row, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            if sf:
                ws.cell(row=row, column=5).fill = fill(sf)
            e = {"ref": ref, "under": [head], "action": act, "lead": leads, "end": end,
                 "status": status}
            if end_text:
                e["end_text"] = end_text
            expected.append(e)
            row += 1
        row += 1
    ws.cell(row=row, column=1, value="Risks closed this quarter: none. New risks: none.").font = Font(italic=True)

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Risk summary – Q3 2025/26"
    sm["A1"].font = Font(bold=True)
    for j, h in enumerate(["Ref", "Risk", "Q2 residual", "Q3 residual", "Direction"], 1):
        c = sm.cell(row=3, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
    q2 = {"CR01": 16, "CR02": 16, "CR03": 16, "CR04": 12, "CR05": 12}
    for i, (head, desc, owner, inh, res, tgt, dot, acts) in enumerate(risks):
        ref, nm = head.split(": ", 1)
        for j, v in enumerate([ref, nm, q2[ref], res, dot], 1):
            sm.cell(row=4 + i, column=j, value=v)
    sm.column_dimensions["B"].width = 40
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a Hampshire district council's corporate risk register as taken quarterly to its Audit "
                "Committee (2025/26, with local government reorganisation as a risk), after the 'risk card' style "
                "registers of district councils: one block per risk with a heading bar, description, owner, inherent/"
                "residual/target scores on coloured fills and a direction-of-travel arrow, then a 'Further actions' "
                "sub-table with action owner, due date and a status cell coloured by a key with no text. Also copied: "
                "title block with review date and committee, scoring note and RAG key line, closing note, and a "
                "summary sheet of residual scores."),
        reads=("Five corporate risks, each with its further mitigating actions (nine in all) listed beneath; each "
               "action is read under its risk heading. The status is the colour of the empty status cell as the key "
               "line defines it (blue = complete, no colour = not yet started); the due dates are months, a quarter "
               "(Q4 2025/26 = March 2026) or 'Ongoing'. The risk description rows and the summary sheet are not actions."),
        title=title, actions=expected)


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


def set_cell(cell, text, bold=False, size=None):
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Betsi Cadwaladr UHB – Audit Wales Review of Board Effectiveness: management response (docx).
#    Document-control table, status key table, then per area for immediate action a heading,
#    the Audit Wales text as a paragraph, and a table of actions (one table per section).
# ---------------------------------------------------------------------------
def betsi():
    name = "ju2-betsi-cadwaladr-uhb-audit-wales-board-effectiveness-review-management-response.docx"
    title = "Audit Wales Review of Board Effectiveness: Management Response and Action Plan"
    secs = [
        ("Area for immediate action 1: Working relationships at Board level",
         "The Board needs to take urgent action to rebuild effective and trusting working relationships between "
         "Independent Members and the Executive Team, using external facilitation where needed.",
         [("1.1", "Commission an externally facilitated Board development programme with sessions at least every two months.",
           "Board Secretary", ["Board Secretary"], "April 2023", "2023-04", None, "Complete", "blue"),
          ("1.2", "Agree and publish a Board code of conduct and ways-of-working charter signed by all Board members.",
           "Chair / Board Secretary", ["Chair", "Board Secretary"], "June 2023", "2023-06", None, "Complete", "blue")]),
        ("Area for immediate action 2: Interim and acting arrangements",
         "The Health Board should reduce its reliance on interim and acting appointments in senior roles and put "
         "stable, substantive leadership in place.",
         [("2.1", "Reduce the number of senior interim and acting posts through a prioritised substantive recruitment plan.",
           "Executive Director of Workforce and Organisational Development", ["Executive Director of Workforce and Organisational Development"],
           "31 March 2024", "2024-03", None, "On track", "green"),
          ("2.2", "Report the number, cost and expected end dates of interim posts to every meeting of the Remuneration and Terms of Service Committee.",
           "Executive Director of Workforce and Organisational Development", ["Executive Director of Workforce and Organisational Development"],
           "Bi-monthly", None, "Bi-monthly", "On track", "green")]),
        ("Area for immediate action 3: Executive portfolios and accountability",
         "Executive portfolios should be reviewed so that responsibilities do not overlap and there is clear "
         "accountability for each area of the Board’s business.",
         [("3.1", "Review executive portfolios to remove overlaps and confirm the lead executive for each Board committee.",
           "Chief Executive", ["Chief Executive"], "September 2023\nRevised: December 2023", "2023-12", None,
           "Behind schedule", "amber"),
          ("3.2", "Update the Scheme of Reservation and Delegation to reflect the revised portfolios.",
           "Board Secretary", ["Board Secretary"], "January 2024", "2024-01", None, "Not started", "unrated")]),
        ("Area for immediate action 4: Quality of information to the Board",
         "The Board should receive information that is concise, timely and gives clear assurance on the risks it "
         "faces, so that Independent Members can provide effective scrutiny.",
         [("4.1", "Introduce a revised cover paper template requiring an assurance statement and a summary of risks for every Board item.",
           "Board Secretary", ["Board Secretary"], "July 2023", "2023-07", None, "Complete", "blue"),
          ("4.2", "Implement an integrated performance report aligned to the special measures framework.",
           "Executive Director of Finance; Director of Performance", ["Executive Director of Finance", "Director of Performance"],
           "Q3 2023/24", "2023-12", None, "On track", "green")]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Betsi Cadwaladr University Health Board")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Report of the Auditor General for Wales, published February 2023. "
                      "Position reported to the Audit Committee, September 2023.")
    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        set_cell(c, h, bold=True)
        shade(c, "D9D9D9")
    for rowv in [("1.0", "14/03/2023", "Office of the Board Secretary", "Management response to Audit Wales"),
                 ("1.1", "30/03/2023", "Office of the Board Secretary", "Approved by the Board"),
                 ("2.0", "05/09/2023", "Office of the Board Secretary", "Progress update for Audit Committee")]:
        cells = t.add_row().cells
        for c, v in zip(cells, rowv):
            set_cell(c, v)
    doc.add_paragraph()
    doc.add_paragraph("Status key").runs[0].bold = True
    k = doc.add_table(rows=1, cols=2)
    k.style = "Table Grid"
    for c, h in zip(k.rows[0].cells, ["Status", "Meaning"]):
        set_cell(c, h, bold=True)
    for s, m, col in [("Complete", "Action delivered and evidence provided", "00B0F0"),
                      ("On track", "Progressing to the agreed date", "00B050"),
                      ("Behind schedule", "Date at risk or revised – amber", "FFC000"),
                      ("Not started", "Work not yet begun", "FFFFFF")]:
        cells = k.add_row().cells
        set_cell(cells[0], s)
        shade(cells[0], col)
        set_cell(cells[1], m)
    expected = []
    sfill = {"Complete": "00B0F0", "On track": "00B050", "Behind schedule": "FFC000"}
    for head, rec, acts in secs:
        doc.add_heading(head, level=2)
        pr = doc.add_paragraph()
        rr = pr.add_run(rec)
        rr.italic = True
        tb = doc.add_table(rows=1, cols=5)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["Ref", "Action", "Responsible officer", "Completion date", "Status"]):
            set_cell(c, h, bold=True)
            shade(c, "1F3864")
            c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for ref, act, resp, leads, due, end, end_text, status_w, status in acts:
            cells = tb.add_row().cells
            for c, v in zip(cells, [ref, act, resp, due, status_w]):
                set_cell(c, v)
            if status_w in sfill:
                shade(cells[4], sfill[status_w])
            e = {"ref": ref, "under": [head, rec], "action": act, "lead": leads, "end": end,
                 "status": status}
            if end_text:
                e["end_text"] = end_text
            expected.append(e)
        doc.add_paragraph()
    doc.add_paragraph("Sign-off: management response approved by the Board on 30 March 2023. "
                      "Progress is reported to each Audit Committee until all actions are closed.")
    doc.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a Welsh health board's management response to the Auditor General for Wales' report in the "
                "public interest 'Betsi Cadwaladr University Health Board – Review of Board Effectiveness' (Audit "
                "Wales, February 2023), as taken to the Audit Committee with a progress update. Copied features: "
                "organisation line and title heading, document-control table, status key table, then one section "
                "per area for immediate action: a numbered heading, the Audit Wales text in italics, and its own "
                "table of actions (Ref, Action, Responsible officer, Completion date, Status with shading); a revised "
                "completion date as a second line in the date cell; a closing sign-off line."),
        reads=("Four areas for immediate action, each a heading followed by the Audit Wales wording and a table of "
               "two actions. Each action is read under its area heading and the Audit Wales text; the end is the "
               "completion date (the revised one where the cell gives both; Q3 2023/24 = December 2023; "
               "'Bi-monthly' has no end month). Status words follow the key, 'Behind schedule' being amber."),
        title=title, actions=expected)


# ---------------------------------------------------------------------------
# 5. Wiltshire Council – Auditor's Annual Report 2024/25 VfM recommendations: management
#    action plan (docx). One big table: criterion rows merged across; the recommendation
#    merged down over its actions; RAG words on shaded cells.
# ---------------------------------------------------------------------------
def wiltshire():
    name = "ju2-wiltshire-council-auditors-annual-report-vfm-recommendations-action-plan.docx"
    title = "Auditor’s Annual Report 2024/25: Value for Money Recommendations – Management Action Plan"
    FS = "Financial sustainability"
    GV = "Governance"
    EE = "Improving economy, efficiency and effectiveness"
    recs = [
        (FS, "IR1 – The Council should strengthen its tracking of savings delivery so that slippage on individual "
             "savings is reported to Cabinet, with mitigating actions, at each budget monitoring point.",
         [("1a", "Introduce a savings tracker showing the delivery status of every 2025/26 saving, reviewed monthly by the Corporate Leadership Team.",
           "Director of Finance and Procurement (S151)", ["Director of Finance and Procurement (S151)"], "July 2025",
           "Tracker in place since July; reviewed at CLT monthly.", "Complete", "2025-07", None, "blue"),
          ("1b", "Include a savings delivery appendix with RAG ratings in each quarterly budget monitoring report to Cabinet.",
           "Head of Strategic Financial Management", ["Head of Strategic Financial Management"], "Ongoing – quarterly",
           "Included in the Q1 and Q2 reports.", "Green", None, "Ongoing – quarterly", "green")]),
        (FS, "IR2 – The Council should review the deliverability of its capital programme and re-profile schemes so "
             "that the approved budget reflects realistic delivery timescales.",
         [("2a", "Carry out a line-by-line review of the capital programme with each Corporate Director and re-profile the 2025/26 budget.",
           "Capital Programme Manager", ["Capital Programme Manager"], "30 November 2025",
           "Re-profiled programme approved by Cabinet on 25 November 2025.", "Complete", "2025-11", None, "blue"),
          ("2b", "Establish a Capital Programme Board with gateway approval for all new schemes.",
           "Corporate Director Resources and Deputy Chief Executive", ["Corporate Director Resources and Deputy Chief Executive"],
           "March 2026", "Terms of reference drafted; first meeting planned for February.", "Amber", "2026-03", None, "amber")]),
        (GV, "KR1 – The Council should make sure the Annual Governance Statement action plan is monitored by the Audit "
             "and Governance Committee, with clear owners and target dates for each significant governance issue.",
         [("3a", "Report progress on the Annual Governance Statement action plan to every Audit and Governance Committee meeting.",
           "Monitoring Officer", ["Monitoring Officer"], "September 2025",
           "Standing item from the September 2025 meeting.", "Complete", "2025-09", None, "blue"),
          ("3b", "Assign a named Corporate Director to each significant governance issue and record them in the action plan.",
           "Chief Executive", ["Chief Executive"], "June 2025", "Done.", "Complete", "2025-06", None, "blue")]),
        (GV, "IR3 – The Council should complete its review of the risk management framework, including a refreshed "
             "risk appetite statement approved by Cabinet.",
         [("4a", "Refresh the Risk Management Policy and risk appetite statement and take them to Cabinet for approval.",
           "Jo Mills and Priya Shah", ["Jo Mills", "Priya Shah"], "January 2026",
           "Member workshop held in December; Cabinet report drafted.", "Green", "2026-01", None, "green")]),
        (EE, "IR4 – The Council should improve contract management for its highest value contracts, including regular "
             "performance review meetings and documented key performance indicators.",
         [("5a", "Identify the top 30 contracts by value and allocate a trained contract manager to each.",
           "Head of Procurement", ["Head of Procurement"], "December 2025",
           "Only 18 of 30 contracts have an allocated manager; resourcing pressure in two directorates.", "Red", "2025-12", None, "red"),
          ("5b", "Roll out contract management training for all contract managers through the Government Commercial College.",
           "Head of Procurement", ["Head of Procurement"], "TBC",
           "", "Not started", None, "TBC", "unrated")]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("Appendix 1").bold = True
    doc.add_paragraph("Wiltshire Council").runs[0].bold = True
    doc.add_heading(title, level=1)
    doc.add_paragraph("Audit and Governance Committee – 28 January 2026. Progress update as at 9 January 2026.")
    doc.add_paragraph("The external auditor raised one key recommendation (KR) and four improvement recommendations "
                      "(IR) in the Auditor’s Annual Report 2024/25. No significant weaknesses were reported under "
                      "financial sustainability.")
    tb = doc.add_table(rows=1, cols=7)
    tb.style = "Table Grid"
    hdr = ["Recommendation", "Ref", "Agreed action", "Responsible officer", "Target date",
           "Progress update (January 2026)", "RAG"]
    for c, h in zip(tb.rows[0].cells, hdr):
        set_cell(c, h, bold=True)
        shade(c, "BDD7EE")
    rag = {"Complete": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    expected = []
    cur = None
    for crit, rec, acts in recs:
        if crit != cur:
            cells = tb.add_row().cells
            m = cells[0].merge(cells[6])
            set_cell(m, crit, bold=True)
            shade(m, "F2F2F2")
            cur = crit
        first = None
        for ref, act, resp, leads, due, upd, ragw, end, end_text, status in acts:
            cells = tb.add_row().cells
            if first is None:
                first = cells[0]
                set_cell(first, rec)
            for c, v in zip(cells[1:], [ref, act, resp, due, upd, ragw]):
                set_cell(c, v)
            if ragw in rag:
                shade(cells[6], rag[ragw])
            last = cells[0]
            e = {"ref": ref, "under": [crit, rec], "action": act, "lead": leads, "end": end,
                 "status": status}
            if end_text:
                e["end_text"] = end_text
            expected.append(e)
        if last is not first:
            first.merge(last)
    doc.add_paragraph()
    doc.add_paragraph("RAG: Complete = action closed; Green = on track; Amber = at risk of missing target date; "
                      "Red = target date missed or will be missed; Not started = not yet begun.")
    doc.add_paragraph("Actions marked Complete will be removed from the next update once the external auditor has "
                      "confirmed they are satisfied.")
    doc.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates an English county council's management action plan responding to its external auditor's "
                "Auditor's Annual Report value for money recommendations, as taken to the Audit and Governance "
                "Committee (cf. Tonbridge & Malling, Spelthorne and Winchester progress reports on AAR "
                "recommendations, 2024–25). Copied features: 'Appendix 1' label, council name and heading, committee "
                "and position date, introductory paragraph counting key and improvement recommendations; one "
                "landscape table with the three VfM criteria as merged full-width rows, the recommendation (KR/IR "
                "label included) merged down over its agreed actions, responsible officer (job titles, and two named "
                "officers in one cell), target date, progress commentary and a shaded RAG word; RAG key and note below."),
        reads=("Nine agreed actions answering five auditor's recommendations, grouped under the three value for money "
               "criteria. Each action is read under its criterion row and the recommendation cell merged beside it; "
               "the RAG word gives the status (Complete = blue, Not started = unrated); 'Ongoing – quarterly' and "
               "'TBC' have no end month. Job titles containing 'and' are one officer each."),
        title=title, actions=expected)


# ---------------------------------------------------------------------------
# 6. Test Valley BC – internal audit outstanding management actions (csv) – REFUSE.
#    Flat export, audit name repeated on each row, original and revised due dates;
#    one revised date reads 'Febuary 2026' (line 9).
# ---------------------------------------------------------------------------
def test_valley():
    name = "ju2-test-valley-bc-internal-audit-recommendations-tracker-typo-month-refuse.csv"
    hdr = ["Audit review", "Plan year", "Assurance opinion", "Priority", "Agreed management action",
           "Action owner", "Original due date", "Revised due date", "Status", "Comment"]
    rows = [
        ["Procurement and Contract Management", "2024/25", "Limited", "High",
         "Produce a corporate contract register covering all contracts over £5,000 and publish it in line with the Local Government Transparency Code.",
         "Procurement Manager", "31/03/2025", "September 2025", "Overdue",
         "Register drafted; cleansing of legacy contract data continuing."],
        ["Procurement and Contract Management", "2024/25", "Limited", "Medium",
         "Issue refreshed Contract Procedure Rules guidance to all budget holders.",
         "Head of Legal and Democratic Services", "30/06/2025", "", "Implemented",
         "Guidance issued 12 June 2025."],
        ["Housing Benefit Subsidy", "2024/25", "Reasonable", "Medium",
         "Reconcile the subsidy claim cells to the benefits system reports monthly and retain evidence of review.",
         "Revenues and Benefits Manager", "31/05/2025", "November 2025", "In progress",
         "Reconciliations completed for April to October."],
        ["Cyber Security", "2024/25", "Limited", "High",
         "Enforce multi-factor authentication for all remote access accounts, including councillors.",
         "ICT Manager", "30/04/2025", "December 2025", "In progress",
         "Staff accounts complete; 9 councillor accounts outstanding."],
        ["Cyber Security", "2024/25", "Limited", "High",
         "Complete an annual backup restoration test and report the results to the Information Governance Board.",
         "ICT Manager", "30/06/2025", "Febuary 2026", "In progress",
         "Test environment being rebuilt after the cloud migration."],
        ["Planning S106 Agreements", "2025/26", "Reasonable", "Medium",
         "Record all S106 obligations and trigger points in the monitoring system and reconcile them to the ledger quarterly.",
         "Planning Obligations Officer", "31/10/2025", "", "Overdue",
         "Backlog of 40 older agreements still to be entered."],
        ["Car Parking Income", "2025/26", "Substantial", "Low",
         "Update the cash collection procedure notes to reflect the new contractor arrangements.",
         "Parking Services Manager", "30/11/2025", "", "Implemented", ""],
        ["Payroll", "2025/26", "Reasonable", "Medium",
         "Introduce a monthly exception report of payroll changes above £1,000, reviewed by an independent officer.",
         "HR Manager / Finance Manager", "31/01/2026", "", "Not yet due", ""],
    ]
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["Test Valley Borough Council – Internal Audit: Outstanding Management Actions"] + [""] * 9)
        w.writerow(["Audit Committee 26 January 2026 – position as at 31 December 2025"] + [""] * 9)
        w.writerow([""] * 10)
        w.writerow(hdr)
        for r in rows:
            w.writerow(r)
        w.writerow([""] * 10)
        w.writerow(["Summary: 8 actions – 2 implemented, 3 in progress, 2 overdue, 1 not yet due"] + [""] * 9)
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    refuse_line = next(i + 1 for i, l in enumerate(lines) if "Febuary" in l)
    assert refuse_line == 9, refuse_line
    write_expected(
        name,
        source=("Imitates a district council's internal audit 'outstanding management actions' report exported to "
                "CSV from the audit partnership's tracking system for an Audit Committee (cf. Southern Internal Audit "
                "Partnership progress reports to Hampshire and Surrey districts, 2024–25): title and committee/"
                "position lines, then one flat row per agreed action with the audit review name repeated, plan year, "
                "assurance opinion, priority, action owner, original due date (dd/mm/yyyy), revised due date written "
                "as a month, status and comment; a summary line at the end."),
        reads=("A list of eight outstanding internal audit actions. On line 9 (Cyber Security backup restoration "
               "test) the revised due date reads 'Febuary 2026', a mistyped month, so a careful reader stops and "
               "asks what the revised date is rather than guess."),
        title="Test Valley Borough Council – Internal Audit: Outstanding Management Actions",
        actions=None, outcome="refuse", refuse_at=refuse_line)


# ---------------------------------------------------------------------------
# 7. Hounslow – RSH consumer standards housing improvement plan (tab-separated txt export).
#    Standard and regulator finding only on the first row of their block (fill-down),
#    due and revised due, status words with a key line, notes and totals at the end.
# ---------------------------------------------------------------------------
def hounslow():
    name = "ju2-london-borough-of-hounslow-rsh-consumer-standards-housing-improvement-plan.txt"
    title = "London Borough of Hounslow – Housing Services: Consumer Standards Improvement Plan"
    SQ = "Safety and Quality Standard"
    TIA = "Transparency, Influence and Accountability Standard"
    TEN = "Tenancy Standard"
    NC = "Neighbourhood and Community Standard"
    F1 = "The council does not have accurate, up-to-date stock condition data for all of its homes."
    F2 = "There are overdue remedial actions from fire risk assessments, including some high-risk actions."
    F3 = "Damp and mould reports are not always resolved in a timely way."
    F4 = "Tenants' views are not used effectively to shape services, and learning from complaints is not shared."
    F5 = "The council has not carried out tenancy audits to confirm who is living in its homes."
    F6 = "Partnership working to tackle anti-social behaviour is not consistently effective."
    rows = [
        (SQ, F1, "SQ1", "Complete a 100% stock condition survey of all council-owned homes, then resurvey 20% of stock each year.",
         "Head of Asset Management", ["Head of Asset Management"], "31/03/2026", "", "On track",
         "68% of homes surveyed to date.", "2026-03", None, "green"),
        (SQ, F1, "SQ2", "Load the survey data into the asset management system and reconcile it with the repairs and compliance databases.",
         "Asset Data Manager / ICT Business Partner", ["Asset Data Manager", "ICT Business Partner"], "30/06/2026", "", "Not started",
         "Starts once the survey passes 90%.", "2026-06", None, "unrated"),
        (SQ, F2, "SQ3", "Clear all overdue high-risk fire risk assessment remedial actions.",
         "Building Safety Manager", ["Building Safety Manager"], "30/09/2025", "31/12/2025", "At risk",
         "112 of 140 high-risk actions closed; contractor capacity issue on door replacements.", "2025-12", None, "amber"),
        (SQ, F2, "SQ4", "Introduce a weekly compliance dashboard covering gas, electrical, fire, water, asbestos and lifts for the Housing Improvement Board.",
         "Head of Compliance", ["Head of Compliance"], "31/07/2025", "", "Complete",
         "Dashboard live from July 2025.", "2025-07", None, "blue"),
        (SQ, F3, "SQ5", "Set up a damp and mould triage team and inspect all reported cases within 10 working days, in preparation for Awaab's Law.",
         "Repairs Service Manager", ["Repairs Service Manager"], "31/10/2025", "", "Complete",
         "Team in place; 96% of cases inspected within 10 working days in October.", "2025-10", None, "blue"),
        (TIA, F4, "TIA1", "Set up a Resident Scrutiny Panel with terms of reference agreed with tenants.",
         "Resident Engagement Manager", ["Resident Engagement Manager"], "31/12/2025", "", "On track",
         "Nine residents recruited; first meeting 2 December.", "2025-12", None, "green"),
        (TIA, F4, "TIA2", "Publish Tenant Satisfaction Measures results and an annual report to tenants with a 'you said, we did' section.",
         "Resident Engagement Manager & Performance Lead", ["Resident Engagement Manager", "Performance Lead"], "Ongoing", "", "On track",
         "2024/25 results published in September.", None, "Ongoing", "green"),
        (TIA, F4, "TIA3", "Report learning from complaints each quarter to the Housing Improvement Board and the Housing Scrutiny Sub-Committee.",
         "Complaints and Member Enquiries Manager", ["Complaints and Member Enquiries Manager"], "31/03/2026", "", "On track",
         "Q2 learning report presented.", "2026-03", None, "green"),
        (TEN, F5, "TEN1", "Carry out tenancy audits for all tenancies not visited in the last five years, prioritising vulnerable households.",
         "Head of Tenancy Management", ["Head of Tenancy Management"], "Q1 2026/27", "", "At risk",
         "1,240 audits completed; two housing officer posts vacant.", "2026-06", None, "amber"),
        (NC, F6, "NC1", "Agree a joint anti-social behaviour case review protocol with the Metropolitan Police and the Community Safety Partnership.",
         "ASB Team Manager", ["ASB Team Manager"], "31/10/2025", "", "Off track",
         "Police sign-off outstanding; escalated to the Community Safety Partnership chair.", "2025-10", None, "red"),
    ]
    lines = [
        title,
        "Response to the Regulator of Social Housing inspection (C3 grade) – Version 3.1, updated 14 November 2025",
        "Status key: Complete (blue) | On track (green) | At risk (amber) | Off track (red) | Not started",
        "",
        "\t".join(["Consumer standard", "Regulator finding", "Ref", "Action", "Lead officer", "Due date",
                   "Revised due date", "Status", "Progress comment"]),
    ]
    expected = []
    prev_std, prev_f = None, None
    for std, fnd, ref, act, lead, leads, due, rev, stw, com, end, end_text, status in rows:
        c_std = std if std != prev_std else ""
        c_f = fnd if fnd != prev_f else ""
        prev_std, prev_f = std, fnd
        lines.append("\t".join([c_std, c_f, ref, act, lead, due, rev, stw, com]))
        e = {"ref": ref, "under": [std, fnd], "action": act, "lead": leads, "end": end,
             "status": status}
        if end_text:
            e["end_text"] = end_text
        expected.append(e)
    lines += [
        "",
        "Notes: Revised due dates were agreed by the Housing Improvement Board on 6 November 2025. "
        "Progress is reported to the Regulator at monthly engagement meetings.",
        "Total actions: 10 | Complete 2 | On track 4 | At risk 2 | Off track 1 | Not started 1",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")
    write_expected(
        name,
        source=("Imitates a London borough's housing improvement plan responding to a Regulator of Social Housing "
                "consumer standards inspection graded C3 (the 2024–25 round of local authority inspections), saved "
                "as a tab-separated text export for a Housing Improvement Board. Copied features: title, version and "
                "status key lines; columns for consumer standard and the regulator's finding filled only on the first "
                "row of each block; refs by standard (SQ, TIA, TEN, NC); lead officers as posts, two in one cell; due "
                "and revised due dates; status words; notes and a totals line at the end."),
        reads=("Ten actions grouped by the four consumer standards and the regulator's findings, which are written "
               "only on the first row of each block and carry down. Each action is read under its standard and "
               "finding; the end is the revised due date where given, Q1 2026/27 = June 2026, 'Ongoing' has no end "
               "month; status words follow the key (At risk = amber)."),
        title=title, actions=expected)


if __name__ == "__main__":
    newham()
    lancashire()
    hart()
    betsi()
    wiltshire()
    test_valley()
    hounslow()
    print("ok")
