#!/usr/bin/env python3
"""Build the seven zqc- blind test files (set heldout708) and their expected readings.

Run with /work/main/.venv/bin/python zqc_make.py (openpyxl, python-docx, pyyaml).
Writes only files whose names start with 'zqc-'.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "head": "1F3864", "sub": "D9E1F2", "grey": "D9D9D9",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


def fill(c):
    return PatternFill("solid", start_color=FILL.get(c, c), end_color=FILL.get(c, c))


def path(name):
    assert name.startswith("zqc-")
    return os.path.join(OUT, name)


class Q(str):
    """A string written double-quoted in the expected YAML (refs, months)."""


yaml.SafeDumper.add_representer(
    Q, lambda dumper, v: dumper.represent_scalar("tag:yaml.org,2002:str", str(v), style='"'))


def q(v):
    return None if v is None else Q(v)


def write_expected(name, meta, actions=None):
    doc = {
        "source": meta["source"],
        "reads": meta["reads"],
        "outcome": meta["outcome"],
        "accept_refusal": meta.get("accept_refusal", False),
    }
    if "refuse_at" in meta:
        doc["refuse_at"] = meta["refuse_at"]
    if "title" in meta:
        doc["title"] = Q(meta["title"])
    if actions is not None:
        out = []
        for a in actions:
            item = {
                "ref": q(a["ref"]),
                "under": [Q(u) for u in a["under"]],
                "action": Q(a["action"]),
                "lead": [Q(x) for x in a["lead"]],
                "end": q(a["end"]),
            }
            if a.get("end_text"):
                item["end_text"] = Q(a["end_text"])
            item["status"] = a["status"]
            out.append(item)
        doc["actions"] = out
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=100000)


# ---------------------------------------------------------------------------
# 1. Gloucestershire Constabulary – HMICFRS Engage causes of concern plan (xlsx)
# ---------------------------------------------------------------------------
def glos():
    name = "zqc-gloucestershire-constabulary-hmicfrs-engage-causes-of-concern-improvement-plan.xlsx"
    title = "Gloucestershire Constabulary – HMICFRS Engage: Causes of Concern Improvement Plan"
    coc = [
        ("Cause of concern 1: Strategic planning, organisational management and value for money (discharged by HMICFRS, February 2023)",
         "Recommendation 1.1: Within six months, the constabulary should produce a force management statement and strategic plan that accurately assess current and future demand, and align its resources to that demand.",
         [
             ("1.1.1", "Produce FMS 2022 with a demand model covering every command area and present it to Chief Officer Group for approval.",
              "Head of Strategic Planning", d(2022, 6, 30), None, "B", "B",
              "FMS approved by COG on 21 June 2022 and submitted to HMICFRS.", ["Head of Strategic Planning"], "2022-06", None),
             ("1.1.2", "Establish a Strategic Resourcing Board chaired by the DCC to align workforce plans with the FMS demand picture.",
              "Deputy Chief Constable", d(2022, 7, 31), d(2022, 9, 30), "B", "B",
              "Board first met 14 September 2022; terms of reference agreed.", ["Deputy Chief Constable"], "2022-09", None),
         ]),
        ("Cause of concern 2: Crime recording",
         "Recommendation 2.1: Within three months, the constabulary should make sure that crimes reported to it are recorded accurately and without delay, in line with the Home Office Counting Rules.",
         [
             ("2.1.1", "Create a Crime Standards Bureau to review every incident closed without a crime record within 24 hours.",
              "Force Crime Registrar", d(2022, 3, 31), None, "B", "B",
              "Bureau live from 4 April 2022 with 14 FTE.", ["Force Crime Registrar"], "2022-03", None),
             ("2.1.2", "Deliver crime recording refresher training to all frontline officers and control room staff, with completion tracked on the learning system.",
              "Head of Learning & Development / Force Crime Registrar", d(2022, 9, 30), d(2023, 7, 31), "A", "G",
              "86% of staff trained; remaining sessions booked for June and July.",
              ["Head of Learning & Development", "Force Crime Registrar"], "2023-07", None),
             ("2.1.3", "Audit violence against the person and domestic abuse incidents every month and report compliance to the Crime Data Integrity Board.",
              "Force Crime Registrar", "Monthly", None, "G", "G",
              "April audit: 94% compliance (target 90%).", ["Force Crime Registrar"], None, "Monthly"),
         ]),
        ("Cause of concern 3: Responding to vulnerable people",
         "Recommendation 3.1: Within six months, the constabulary should make sure that it identifies vulnerability at the first point of contact and that a THRIVE assessment is completed and recorded for every call.",
         [
             ("3.1.1", "Make the THRIVE+ field mandatory in the command and control system so that no incident can be resourced without a recorded risk assessment.",
              "Head of Contact Management", d(2022, 12, 31), d(2023, 3, 31), "A", "B",
              "System change went live on 6 March 2023.", ["Head of Contact Management"], "2023-03", None),
             ("3.1.2", "Dip-sample 200 incidents a month for the quality of vulnerability identification and feed the findings back to team supervisors.",
              "Ch Insp Force Control Room; Force Vulnerability Lead", d(2023, 3, 31), None, "G", "G",
              "Dip-sampling embedded; results reported to the Vulnerability Board.",
              ["Ch Insp Force Control Room", "Force Vulnerability Lead"], "2023-03", None),
         ]),
        ("Cause of concern 4: Investigating crime",
         "Recommendation 4.1: Within six months, the constabulary should improve the supervision of investigations and make sure that victims are updated in line with the Code of Practice for Victims of Crime.",
         [
             ("4.1.1", "Launch the Investigative Standards Framework, requiring a recorded supervisory review within 7 days and every 28 days after that.",
              "Det Ch Supt Crime and Justice", d(2022, 9, 30), d(2023, 6, 30), "A", "A",
              "Compliance 71% against a 90% target; performance clinics held with each LPA.",
              ["Det Ch Supt Crime and Justice"], "2023-06", None),
             ("4.1.2", "Add a victim update reminder to the crime management system and report Victims’ Code compliance to the Local Criminal Justice Board.",
              "Head of Victim Care", d(2022, 12, 31), d(2023, 9, 30), "R", "A",
              "Niche reminder built; testing delayed by the national upgrade.", ["Head of Victim Care"], "2023-09", None),
             ("4.1.3", "Recruit and train 20 additional detective constables through the PIP2 pathway.",
              "Det Ch Supt Crime and Justice & Head of People Services", d(2024, 3, 31), None, "G", "R",
              "Only 9 of 20 posts filled; recruitment campaign relaunched in May.",
              ["Det Ch Supt Crime and Justice", "Head of People Services"], "2024-03", None),
         ]),
        ("Cause of concern 5: Call handling",
         "Recommendation 5.1: Within three months, the constabulary should make sure that it answers emergency and non-emergency calls within national standards and that fewer calls are abandoned.",
         [
             ("5.1.1", "Increase the control room establishment by 30 call handlers and run a rolling recruitment and training intake.",
              "Head of Contact Management", d(2022, 10, 31), None, "B", "B",
              "Establishment reached in October 2022.", ["Head of Contact Management"], "2022-10", None),
             ("5.1.2", "Introduce a call-back process for abandoned 101 calls and publish performance every week.",
              "Head of Contact Management", d(2022, 8, 31), None, "B", "B",
              "Abandonment rate down from 24% to 6%.", ["Head of Contact Management"], "2022-08", None),
             ("5.1.3", "Implement the new telephony platform.\nLaunch digital contact channels through the Single Online Home.",
              "Head of ICT; Head of Contact Management", d(2023, 3, 31), d(2023, 10, 31), "A", "A",
              "Supplier go-live moved to October; interim fixes in place.",
              ["Head of ICT", "Head of Contact Management"], "2023-10", None),
         ]),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Report to: Police and Crime Commissioner’s Accountability and Scrutiny Board – 15 June 2023"
    cov["A3"] = "Position as at: 31 May 2023"
    cov["A4"] = "Plan owner: Deputy Chief Constable"
    cov["A6"] = "Document control"
    cov["A6"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Change"),
            ("0.1", d(2022, 1, 10), "Strategic Planning Unit", "First draft following the HMICFRS Engage letter"),
            ("1.0", d(2022, 2, 28), "Strategic Planning Unit", "Approved by Chief Officer Group"),
            ("2.3", d(2023, 5, 31), "Strategic Planning Unit", "Quarterly refresh; cause of concern 1 discharged")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=7 + i, column=1 + j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("grey")
    cov["A12"] = "RAG key"
    cov["A12"].font = Font(bold=True)
    key = [("B", "Complete – evidence accepted by the Engage Board"),
           ("G", "On track to deliver by the target date"),
           ("A", "At risk of slipping – mitigation in place"),
           ("R", "Off track – escalated to Chief Officer Group")]
    for i, (k, txt) in enumerate(key):
        c = cov.cell(row=13 + i, column=1, value=k)
        c.fill = fill(k)
        c.font = Font(bold=True, color="FFFFFF")
        cov.cell(row=13 + i, column=2, value=txt)
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 26
    cov.column_dimensions["D"].width = 50

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Causes of Concern Improvement Plan – position at 31 May 2023"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Ref", "Action", "Action owner", "Original target", "Revised target",
           "Previous RAG (Feb-23)", "Current RAG (May-23)", "Progress update / evidence"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.alignment = WRAP
        c.border = BOX
    r = 4
    expected = []
    for coc_text, rec_text, acts in coc:
        ws.cell(row=r, column=1, value=coc_text).font = Font(bold=True, color="FFFFFF")
        ws.cell(row=r, column=1).fill = fill("head")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        ws.cell(row=r, column=1, value=rec_text).font = Font(italic=True)
        ws.cell(row=r, column=1).fill = fill("sub")
        ws.cell(row=r, column=1).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.row_dimensions[r].height = 32
        r += 1
        for (ref, text, owner, orig, rev, prev, cur, upd, lead, end, end_text) in acts:
            vals = [ref, text, owner, orig, rev, prev, cur, upd]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for col, k in ((6, prev), (7, cur)):
                c = ws.cell(row=r, column=col)
                c.fill = fill(k)
                c.font = Font(bold=True, color="FFFFFF")
                c.alignment = Alignment(horizontal="center", vertical="top")
            st = {"B": "blue", "G": "green", "A": "amber", "R": "red"}[cur]
            expected.append(dict(ref=ref, under=[coc_text, rec_text], action=text, lead=lead,
                                 end=end, end_text=end_text, status=st))
            r += 1
    for col, w in zip("ABCDEFGH", (8, 60, 30, 14, 14, 12, 12, 45)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of actions by current RAG (May-23)"
    sm["A1"].font = Font(bold=True)
    counts = {}
    for a in expected:
        counts[a["status"]] = counts.get(a["status"], 0) + 1
    srows = [("RAG", "Number of actions"), ("Blue – complete", counts.get("blue", 0)),
             ("Green – on track", counts.get("green", 0)), ("Amber – at risk", counts.get("amber", 0)),
             ("Red – off track", counts.get("red", 0)), ("Total", len(expected))]
    for i, (a, b) in enumerate(srows):
        sm.cell(row=3 + i, column=1, value=a).border = BOX
        sm.cell(row=3 + i, column=2, value=b).border = BOX
        if i in (0, len(srows) - 1):
            sm.cell(row=3 + i, column=1).font = Font(bold=True)
            sm.cell(row=3 + i, column=2).font = Font(bold=True)
    sm["A10"] = "Causes of concern discharged by HMICFRS: 1 of 5 (cause of concern 1, February 2023)"
    sm.column_dimensions["A"].width = 30
    sm.column_dimensions["B"].width = 20
    wb.save(path(name))

    meta = dict(
        source="Imitates the improvement plan Gloucestershire Constabulary reported to its Police and Crime Commissioner while in HMICFRS ‘Engage’ (December 2021 – September 2023) against five causes of concern from PEEL 2021/22 (strategic planning/value for money, crime recording, vulnerability, investigating crime, call handling; cause of concern 1 discharged early 2023, per Police Professional 20 Sep 2023 and the force's news release). Copies: a cover sheet with report-to line, document control table and RAG key; a plan sheet with merged full-width cause-of-concern rows, merged recommendation rows above the actions, three-level action refs, original and revised target dates as Excel dates, previous and current RAG letters with fill colours, an in-cell line break, job titles (some several in one cell) as owners; a separate summary sheet of RAG totals.",
        reads="A PCC scrutiny board tracker: five causes of concern, each with one HMICFRS recommendation and two or three numbered actions, each with an owner, original and (sometimes) revised target date, and a previous and current RAG. The cover sheet and summary sheet hold document control, the key and totals, not actions.",
        outcome="read", title=title)
    write_expected(name, meta, expected)
    return name, expected


# ---------------------------------------------------------------------------
# 2. Derbyshire FRS – HMICFRS values and culture action plan (xlsx, refuse)
# ---------------------------------------------------------------------------
def derbys():
    name = "zqc-derbyshire-fire-rescue-service-hmicfrs-values-culture-action-plan-typo-month-refuse.xlsx"
    title = "Derbyshire Fire & Rescue Service – HMICFRS Values and Culture Action Plan"
    recs = [
        ("1", "By 1 October 2023, chief fire officers should make sure their services provide a confidential way for staff to raise concerns and that staff are aware of whistleblowing processes.",
         [("1.1", "Procure an independent confidential reporting line and publicise it on the intranet and station noticeboards.", "Head of Corporate Services", d(2023, 9, 30), "Closed - Complete", 100, "Safecall line live from 1 September 2023."),
          ("1.2", "Refresh the Whistleblowing Policy and brief all watches and support teams.", "Head of People / Area Manager Service Delivery", d(2023, 12, 31), "Open - Actions on going on track", 60, "Policy approved by SLT; watch briefings 60% complete.")]),
        ("3", "By 1 June 2023, chief fire officers should review the support available for those who have raised concerns and take any action needed to make sure these provisions are suitable.",
         [("3.1", "Review welfare and occupational health support for staff who raise concerns, including access to the Employee Assistance Programme.", "Head of Occupational Health", d(2023, 6, 30), "Closed - Complete", 100, "Review reported to SLT June 2023.")]),
        ("8", "By 1 June 2023, chief fire officers should immediately review their current background check arrangements, and make sure that suitable and sufficient checks are in place to safeguard their staff and the communities they serve.",
         [("8.1", "Complete a gap analysis of current DBS checks against roles in the Home Office eligibility guidance.", "Head of People", d(2023, 5, 31), "Closed - Complete", 100, "Gap analysis complete."),
          ("8.2", "Carry out standard DBS checks for all operational and Control staff not previously checked.", "Head of People", d(2024, 3, 31), "Open - Actions on going off track", 45, "Awaiting change to the Exceptions Order; basic checks under way.")]),
        ("15", "By 1 March 2024, chief fire officers should implement a 360-degree feedback process for all senior leaders and managers in their service.",
         [("15.1", "Select a 360-degree feedback tool and pilot it with the Strategic Leadership Team.", "Director of Corporate Services", d(2024, 1, 31), "Open - Actions on going on track", 40, "Tool procured; SLT pilot starts December."),
          ("15.2", "Roll out 360-degree feedback to all Group and Station Managers.", "Head of Learning & Development", "0ct-24", "Open - Actions on going on track", 0, "Dependent on 15.1 pilot.")]),
        ("17", "By 1 June 2023, chief fire officers should review how they implement the Core Code of Ethics and make sure it is fully understood and embedded at all levels of the service.",
         [("17.1", "Refresh the Core Code of Ethics e-learning and make it a requirement of every promotion process.", "Head of Learning & Development", d(2024, 2, 29), "Open - Actions on going on track", 70, "E-learning refreshed; promotion guidance in draft."),
          ("17.2", "Add a Code of Ethics conversation to the annual appraisal.", "Head of People", d(2024, 4, 30), "Open - Actions on going on track", 30, "Appraisal form redesign with staff networks.")]),
        ("20", "By 1 December 2023, chief fire officers should make sure they have robust processes in place to monitor, analyse and act on equality data about grievances, discipline and leavers.",
         [("20.1", "Build an EDI dashboard for grievance, disciplinary and exit interview data and report it quarterly to the People Committee.", "Head of People", d(2023, 12, 31), "Open - Actions on going off track", 25, "HR system data quality issues."),
          ("20.2", "Adopt the national data standard once published by the NFCC.", "Head of People", "TBC", "Not started - awaiting national guidance", 0, "")]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress report as of 1 November 2023 – Governance and Performance Working Group, 20 November 2023"
    ws["A4"] = "Summary"
    ws["A4"].font = Font(bold=True)
    summary = [("Closed - Complete", 3), ("Open - Actions on going on track", 5),
               ("Open - Actions on going off track", 2), ("Not started - awaiting national guidance", 1),
               ("Total sub-actions", 11)]
    for i, (a, b) in enumerate(summary):
        ws.cell(row=5 + i, column=1, value=a).border = BOX
        ws.cell(row=5 + i, column=2, value=b).border = BOX
    hdr = ["Rec No.", "HMICFRS recommendation", "Ref", "Sub-action", "Action owner",
           "Deadline date", "Status", "Overall %", "Update"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=11, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.border = BOX
        c.alignment = WRAP
    r = 12
    typo_row = None
    status_fill = {"Closed - Complete": "B", "Open - Actions on going on track": "G",
                   "Open - Actions on going off track": "R", "Not started - awaiting national guidance": "grey"}
    for rec_no, rec_text, subs in recs:
        start = r
        ws.cell(row=r, column=1, value="Recommendation " + rec_no)
        ws.cell(row=r, column=2, value=rec_text)
        for (ref, text, owner, deadline, status, pct, upd) in subs:
            vals = [None, None, ref, text, owner, deadline, status, pct / 100, upd]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j)
                if v is not None:
                    c.value = v
                c.border = BOX
                c.alignment = WRAP
            ws.cell(row=r, column=6).number_format = "mmm-yy"
            ws.cell(row=r, column=8).number_format = "0%"
            ws.cell(row=r, column=7).fill = fill(status_fill[status])
            if deadline == "0ct-24":
                typo_row = r
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=start, column=1).alignment = WRAP
        ws.cell(row=start, column=2).alignment = WRAP
    for col, w in zip("ABCDEFGHI", (16, 55, 7, 50, 28, 12, 26, 10, 40)):
        ws.column_dimensions[col].width = w
    key = wb.create_sheet("Status key")
    key["A1"] = "Status definitions"
    key["A1"].font = Font(bold=True)
    defs = [("Closed - Complete", "All sub-actions delivered and evidence held by the Service Improvement Team"),
            ("Open - Actions on going on track", "Work under way and expected to meet the deadline"),
            ("Open - Actions on going off track", "Deadline at risk or missed – reported to SLT by exception"),
            ("Not started - awaiting national guidance", "Cannot start until national bodies publish guidance")]
    for i, (a, b) in enumerate(defs):
        key.cell(row=3 + i, column=1, value=a).fill = fill(status_fill[a])
        key.cell(row=3 + i, column=2, value=b)
    key.column_dimensions["A"].width = 38
    key.column_dimensions["B"].width = 80
    wb.save(path(name))
    assert typo_row == 18, typo_row
    meta = dict(
        source="Imitates Derbyshire Fire & Rescue Service's ‘HMICFRS Values and Culture Action Plan Summary Report’ appended to its Governance and Performance Working Group papers (derbys-fire.gov.uk, GPWG 20 November 2023), which reported progress against the spotlight report's time-bound recommendations to chief fire officers with sub-actions, deadline dates, status phrases such as ‘Open - Actions on going on track’ and an overall %. Copies: title and report lines, a status-count summary block, recommendation number and text merged down over their sub-actions, deadlines as Excel dates shown mmm-yy, status fill colours, % complete, and a separate status-definitions sheet.",
        reads="A fire authority progress report on the HMICFRS values and culture recommendations: a summary of counts, then six recommendations with eleven sub-actions, each with an owner, deadline, status and % complete. The deadline of sub-action 15.2 (sheet ‘Action Plan’, row 18) reads ‘0ct-24’ with a zero for the O, a mistyped month a careful reader would query before taking the plan in.",
        outcome="refuse", refuse_at=typo_row, title=title)
    write_expected(name, meta, None)
    return name, None


# ---------------------------------------------------------------------------
# 3. West London College – Ofsted post-inspection action plan (xlsx)
# ---------------------------------------------------------------------------
def wlc():
    name = "zqc-west-london-college-ofsted-post-inspection-action-plan.xlsx"
    title = "West London College – Post-Inspection Action Plan 2022/23"
    judg = [
        ("Quality of education", [
            ("Area for improvement 1: Leaders and managers should raise tutors’ expectations so that learners on education programmes for young people follow a sufficiently challenging curriculum and aim beyond the minimum requirements of their qualification.", [
                ("1.1", "Revise curriculum intent statements for all study programmes to include stretch and challenge activities beyond the qualification specification.", "Heads of Faculty", "Summer term 2023", "G", "Intent statements revised for 14 of 16 programme areas.", ["Heads of Faculty"], "2023-07", None),
                ("1.2", "Introduce aspirational target grades for all 16–18 learners and review them at each progress review.", "Vice Principal Curriculum and Quality", d(2023, 10, 31), "G", "Target-setting guidance issued; ProMonitor fields added.", ["Vice Principal Curriculum and Quality"], "2023-10", None),
                ("1.3", "Focus the teaching, learning and assessment observation cycle on challenge and high expectations, with developmental coaching for tutors whose practice requires improvement.", "Head of Teaching, Learning and Assessment / Quality Managers", "Sept 2023 – June 2024", "A", "Coaching capacity reduced by two vacancies in the quality team.", ["Head of Teaching, Learning and Assessment", "Quality Managers"], "2024-06", None),
            ]),
            ("Area for improvement 2: Leaders should reduce the number of lessons that are cancelled because of staff absence and vacancies, so that learners’ learning is not disrupted.", [
                ("2.1", "Recruit to vacant tutor posts in ESOL, science and accounting, using market supplements where needed.", "Director of HR", "July 2023", "R", "Three ESOL posts still vacant after two rounds of advertising.", ["Director of HR"], "2023-07", None),
                ("2.2", "Set up a cover protocol and a bank of qualified cover tutors, and report cancelled sessions weekly to the senior leadership team.", "Director of HR; Vice Principal Curriculum and Quality", d(2023, 12, 1), "B", "Cover bank of 11 tutors in place; weekly report running since April.", ["Director of HR", "Vice Principal Curriculum and Quality"], "2023-12", None),
            ]),
            ("Area for improvement 3: Leaders should improve the quality of teaching on adult learning programmes, including in ESOL, access to higher education in science and accountancy, so that more adult learners achieve their planned learning aims.", [
                ("3.1", "Carry out a deep dive into ESOL, Access to HE (Science) and AAT provision, and agree an improvement plan for each area.", "Assistant Principal Adult Learning", d(2023, 6, 30), "B", "Deep dives completed May 2023; area plans agreed.", ["Assistant Principal Adult Learning"], "2023-06", None),
                ("3.2", "Provide subject-specific CPD for adult tutors on assessment for learning and checking understanding.", "SB / MK", "Termly", "G", "First CPD day held 7 June 2023.", ["SB", "MK"], None, "Termly"),
                ("3.3", "Track in-year retention and achievement for adult learners monthly and intervene where learners are at risk of not completing.", "Head of MIS", "Spring term 2024", None, "Dashboard specification agreed; build starts September.", ["Head of MIS"], "2024-03", None),
            ]),
        ]),
        ("Leadership and management", [
            ("Area for improvement 4: Governors should make sure that they receive sufficiently detailed information about the quality of education to challenge senior leaders effectively.", [
                ("4.1", "Redesign the quality report to the Quality and Standards Committee to include provision-level data and observation outcomes.", "Vice Principal Curriculum and Quality", "September 2023", "G", "New report format agreed with the Chair of the committee.", ["Vice Principal Curriculum and Quality"], "2023-09", None),
                ("4.2", "Arrange a governor development session on the education inspection framework and link each governor to a curriculum area.", "Clerk to the Corporation", "By 31 July 2023", "A", "Session booked for 11 July; link governor roles still to be agreed.", ["Clerk to the Corporation"], "2023-07", None),
            ]),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ofsted inspection 17–20 January 2023 (report published 17 March 2023)"
    ws["A3"] = "Version 3 – updated for the Quality and Standards Committee, 14 June 2023"
    ws["A5"] = "Inspection judgements"
    ws["A5"].font = Font(bold=True)
    grades = [("Overall effectiveness", "Requires improvement"), ("Quality of education", "Requires improvement"),
              ("Behaviour and attitudes", "Good"), ("Personal development", "Good"),
              ("Leadership and management", "Requires improvement"),
              ("Education programmes for young people", "Requires improvement"),
              ("Adult learning programmes", "Requires improvement"), ("Apprenticeships", "Good")]
    for i, (a, b) in enumerate(grades):
        ws.cell(row=6 + i, column=2, value=a).border = BOX
        ws.cell(row=6 + i, column=3, value=b).border = BOX
    ws["A15"] = "RAG key:"
    ws["A15"].font = Font(bold=True)
    for j, (k, t) in enumerate((("G", "On track"), ("A", "Some slippage"), ("R", "Off track"), ("B", "Complete"))):
        c = ws.cell(row=15, column=2 + j, value=t)
        c.fill = fill(k)
        c.font = Font(bold=True, color="FFFFFF")
    hdr = ["No.", "Actions", "Lead(s)", "Success measures / impact", "Target date", "RAG", "Progress update (June 2023)"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=17, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("grey")
        c.border = BOX
        c.alignment = WRAP
    measures = {
        "1.1": "Learning walks show stretch activities in at least 80% of sessions.",
        "1.2": "High grades for 16–18 learners rise to 25%.",
        "1.3": "90% of observed sessions show high expectations by June 2024.",
        "2.1": "Tutor vacancy rate below 5%.",
        "2.2": "Cancelled sessions below 1% of timetabled hours.",
        "3.1": "Improvement plans in place for each adult area.",
        "3.2": "Adult achievement rate rises to 88%.",
        "3.3": "At-risk adult learners identified within four weeks of start.",
        "4.1": "Committee minutes show challenge on provision-level data.",
        "4.2": "All governors attend; link visits scheduled.",
    }
    r = 18
    expected = []
    for judgement, afis in judg:
        c = ws.cell(row=r, column=1, value=judgement)
        c.font = Font(bold=True, color="FFFFFF", size=12)
        c.fill = fill("head")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for afi, acts in afis:
            c = ws.cell(row=r, column=1, value=afi)
            c.font = Font(bold=True)
            c.fill = fill("sub")
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 32
            r += 1
            for (ref, text, lead_cell, target, rag, upd, lead, end, end_text) in acts:
                vals = [ref, text, lead_cell, measures[ref], target, None, upd]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j)
                    if v is not None:
                        c.value = v
                    c.border = BOX
                    c.alignment = WRAP
                tc = ws.cell(row=r, column=5)
                if isinstance(target, dt.datetime):
                    tc.number_format = "mmm-yy" if target.day == 1 else "dd/mm/yyyy"
                if rag:
                    ws.cell(row=r, column=6).fill = fill(rag)
                st = {"B": "blue", "G": "green", "A": "amber", "R": "red", None: "unrated"}[rag]
                expected.append(dict(ref=ref, under=[judgement, afi], action=text, lead=lead,
                                     end=end, end_text=end_text, status=st))
                r += 1
    for col, w in zip("ABCDEFG", (6, 55, 30, 40, 18, 8, 45)):
        ws.column_dimensions[col].width = w

    mon = wb.create_sheet("Monitoring schedule")
    mon["A1"] = "PIAP monitoring schedule 2022/23"
    mon["A1"].font = Font(bold=True)
    sched = [("Meeting", "Date", "Papers"),
             ("Senior Leadership Team", d(2023, 4, 18), "PIAP v2 and cancelled sessions report"),
             ("Quality and Standards Committee", d(2023, 6, 14), "PIAP v3"),
             ("Corporation Board", d(2023, 7, 5), "PIAP summary and QSC minutes"),
             ("Quality and Standards Committee", d(2023, 11, 22), "PIAP v4 and 2022/23 SAR")]
    for i, row in enumerate(sched):
        for j, v in enumerate(row):
            c = mon.cell(row=3 + i, column=1 + j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 0:
                c.font = Font(bold=True)
    mon.column_dimensions["A"].width = 32
    mon.column_dimensions["B"].width = 14
    mon.column_dimensions["C"].width = 40
    wb.save(path(name))
    meta = dict(
        source="Imitates an FE college post-inspection action plan after West London College's Ofsted inspection of 17–20 January 2023 (report published 17 March 2023, overall ‘requires improvement’; Ealing News 2023 on lesson cancellations, low expectations and weak adult teaching in ESOL, access to HE science and accountancy). Copies the usual college PIAP layout: title and version lines, an inspection-judgements table, a colour RAG key, merged judgement-area rows and merged ‘Area for improvement’ rows over numbered actions, leads as job titles (two in a cell) or initials, success measures, target dates mixing words, terms, a period and Excel dates, RAG given only by cell fill, a June progress column, and a separate monitoring-schedule sheet.",
        reads="A college PIAP: two Ofsted judgement areas, four areas for improvement and ten numbered actions with leads, success measures, a target date and a fill-colour RAG (one not yet rated). The judgements table, RAG key and monitoring schedule are not actions.",
        outcome="read", title=title)
    write_expected(name, meta, expected)
    return name, expected


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    lines = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. HMP/YOI Stoke Heath – HMPPS action plan responding to HMIP (docx)
# ---------------------------------------------------------------------------
def stoke():
    name = "zqc-hmp-yoi-stoke-heath-hmip-inspection-action-plan.docx"
    title = "Action Plan: HMP/YOI Stoke Heath"
    sections = [
        ("Priority concerns", [
            ("1. Prisoners spent too long locked in their cells. Many were unlocked for as little as 90 minutes a day and about a fifth were locked up during the working day.", "Agreed", [
                ("1.1", "Introduce a revised regime so that all prisoners in full-time activity are unlocked for at least eight hours a day on weekdays.", "Head of Operations", "31 July 2023", ["Head of Operations"], "2023-07", None),
                ("1.2", "Review the regime for unemployed and part-time workers.\nProvide a minimum of 2.5 hours out of cell each day, including association and exercise.", "Head of Residence / Head of Operations", "30 September 2023", ["Head of Residence", "Head of Operations"], "2023-09", None),
                ("1.3", "Monitor time unlocked weekly through the regime management meeting and report it to the Senior Leadership Team.", "Deputy Governor", "Ongoing – monthly review at SLT", ["Deputy Governor"], None, "Ongoing – monthly review at SLT"),
            ]),
            ("2. Only around half of prisoners were in education, skills or work, and leaders had not made sure that there were enough activity places for the population.", "Agreed", [
                ("2.1", "Complete a needs analysis and rebalance activity allocation so that there are activity places for at least 85% of the population.", "Head of Education, Skills and Work", "31 October 2023", ["Head of Education, Skills and Work"], "2023-10", None),
                ("2.2", "Work with the education provider to fill tutor vacancies and reopen the closed construction and catering workshops.", "Head of Education, Skills and Work; Prison Education Framework Contract Manager", "March 2024", ["Head of Education, Skills and Work", "Prison Education Framework Contract Manager"], "2024-03", None),
            ]),
            ("3. Work to reduce prisoners’ risk of reoffending and to prepare them for release was not good enough, and too many prisoners did not have an up-to-date OASys assessment.", "Partly agreed", [
                ("3.1", "Deliver an OASys recovery plan so that every prisoner within 12 months of release has a current assessment.", "Head of Offender Management Delivery", "31/12/2023", ["Head of Offender Management Delivery"], "2023-12", None),
                ("3.2", "Recruit two prison offender managers to fill the existing vacancies in the offender management unit.", "Head of Offender Management Delivery", "Sept 2023 – Jan 2024", ["Head of Offender Management Delivery"], "2024-01", None),
            ]),
        ]),
        ("Key concerns", [
            ("4. Use of force had increased and governance was not robust enough to make sure that every incident was justified and proportionate.", "Agreed", [
                ("4.1", "Review all use of force incidents at a weekly scrutiny panel, including body-worn video footage.", "Head of Safety", "July 2023", ["Head of Safety"], "2023-07", None),
                ("4.2", "Deliver refresher training on de-escalation to all operational staff.", "Head of Safety", "31 March 2024", ["Head of Safety"], "2024-03", None),
            ]),
            ("5. Waiting times for some health services, including mental health assessments, were too long.", "Agreed", [
                ("5.1", "Recruit to vacant mental health nurse posts and introduce a triage clinic to bring waiting times for assessment under five working days.", "Head of Healthcare (Provider)", "30 November 2023", ["Head of Healthcare (Provider)"], "2023-11", None),
            ]),
            ("6. Leaders had not done enough to understand and address the more negative perceptions of black and minority ethnic prisoners.", "Agreed", [
                ("6.1", "Run quarterly focus groups with black and minority ethnic prisoners and feed the findings into the equality action plan.", "Equalities Lead", "Quarterly", ["Equalities Lead"], None, "Quarterly"),
                ("6.2", "Analyse data on adjudications, incentives and use of force by ethnicity every month at the Diversity and Inclusion meeting.", "Deputy Governor & Equalities Lead", "August 2023", ["Deputy Governor", "Equalities Lead"], "2023-08", None),
            ]),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    h = doc.add_paragraph()
    run = h.add_run(title)
    run.bold = True
    run.font.size = Pt(18)
    for line in ("Action Plan Submitted: 23 June 2023",
                 "A response to the HMIP inspection: 9–13 January 2023",
                 "Report Published: 2 May 2023"):
        p = doc.add_paragraph()
        p.add_run(line).bold = True
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on the conditions for and "
        "treatment of those in prison, young offender institutions and court custody. In response to the report, "
        "HM Prison and Probation Service (HMPPS) is required to draft a robust and timely action plan to address "
        "the concerns. The action plan confirms whether each concern is agreed, partly agreed or not agreed (see "
        "categorisations below). Where a concern is agreed or partly agreed, the action plan sets out specific steps "
        "and actions to address it, with the owner and timescale of each step clearly identified.")
    key = doc.add_table(rows=1, cols=3)
    key.style = "Table Grid"
    for c, t in zip(key.rows[0].cells, ("Term", "Definition", "Additional comment")):
        set_cell(c, t, bold=True)
        shade(c, "D9D9D9")
    for row in (("Agreed", "All of the concern is agreed with, can be achieved and is affordable.",
                 "The response should explain how the concern will be addressed, with timescales."),
                ("Partly agreed", "Only part of the concern is agreed with, is achievable, affordable and will be addressed.",
                 "The response must state clearly which part will be addressed and why the remainder cannot be."),
                ("Not agreed", "The concern is not agreed with and will not be addressed.",
                 "The response must explain why the concern is not agreed.")):
        cells = key.add_row().cells
        for c, t in zip(cells, row):
            set_cell(c, t)
    expected = []
    for sec, concerns in sections:
        doc.add_heading(sec, level=1)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, txt in zip(t.rows[0].cells, ("Concern", "Agreed / Partly agreed / Not agreed", "Ref",
                                             "Action", "Responsible owner", "Target date")):
            set_cell(c, txt, bold=True)
            shade(c, "1F3864")
            for p in c.paragraphs:
                for rn in p.runs:
                    rn.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for concern, agreed, acts in concerns:
            first = None
            for i, (ref, text, owner, target, lead, end, end_text) in enumerate(acts):
                cells = t.add_row().cells
                if i == 0:
                    set_cell(cells[0], concern)
                    set_cell(cells[1], agreed)
                    first = cells
                set_cell(cells[2], ref)
                set_cell(cells[3], text)
                set_cell(cells[4], owner)
                set_cell(cells[5], target)
                expected.append(dict(ref=ref, under=[sec, concern], action=text, lead=lead,
                                     end=end, end_text=end_text, status="unrated"))
                last = cells
            if len(acts) > 1:
                first[0].merge(last[0])
                first[1].merge(last[1])
    doc.add_paragraph("")
    doc.add_paragraph("Progress against this action plan will be monitored by the Prison Group Director for "
                      "West Midlands and reported to HMIP ahead of the next independent review of progress.")
    doc.save(path(name))
    meta = dict(
        source="Imitates the HMPPS action plan published on Prison Finder in response to HMIP reports, here for HMP/YOI Stoke Heath (full inspection 9–13 January 2023, report published 2 May 2023, whose findings were a poor daily regime with some prisoners unlocked for 90 minutes, only about half in work or education, and weak work to reduce reoffending). Copies the HMPPS template seen in earlier plans (HMP/YOI Stoke Heath 2019, HMP Elmley 2019, HMP The Verne 2020: ‘Action Plan: …’, ‘Action Plan Submitted’, ‘A Response to the HMIP Inspection’, ‘Report Published’, an introduction and an Agreed / Partly agreed / Not agreed categorisation table), adapted to the priority and key concerns HMIP has reported since May 2022: one table per section, with the concern and the agreed column merged down over the numbered actions, job-title owners (two in some cells) and target dates written as dates, months, a period, ‘Quarterly’ or ‘Ongoing – …’. There is no status column.",
        reads="An HMPPS response to an HMIP prison inspection: three priority concerns and three key concerns, each agreed or partly agreed and followed by one to three numbered actions with a responsible owner and a target date. The categorisation table is a key, not part of the plan; no action has a status.",
        outcome="read", title=title)
    write_expected(name, meta, expected)
    return name, expected


# ---------------------------------------------------------------------------
# 5. Kinross High School – school improvement plan 2025–26 (docx)
# ---------------------------------------------------------------------------
def kinross():
    name = "zqc-kinross-high-school-school-improvement-plan-2025-26.docx"
    title = "Kinross High School – School Improvement Plan 2025–26"
    priorities = [
        ("Priority 1: Raising attainment in the Senior Phase",
         [("NIF priority", "Improvement in attainment, particularly in literacy and numeracy"),
          ("NIF driver", "Teacher and practitioner professionalism; Curriculum and assessment"),
          ("HGIOS4 QIs", "2.3 Learning, teaching and assessment; 3.2 Raising attainment and achievement")],
         [("By June 2026, the percentage of S4 learners achieving five or more awards at SCQF level 5 will rise from 58% to 63%.", [
             ("1.1", "Introduce a whole-school tracking and monitoring calendar with three progress checkpoints for all S4–S6 learners.", "DHT (Senior Phase)", "By October 2025", "Calendar in use by every department.", "B", ["DHT (Senior Phase)"], "2025-10", None),
             ("1.2", "Deliver targeted supported study for learners identified as working below their target grade.", "Principal Teachers (Curriculum)", "Oct 2025 – Mar 2026", "Attendance at supported study above 70% of invited learners.", "G", ["Principal Teachers (Curriculum)"], "2026-03", None),
             ("1.3", "Moderate prelim marking in English and mathematics with colleagues from Perth Academy and Crieff High School.", "PT English / PT Mathematics", "February 2026", "Moderation outcomes within one grade for 90% of scripts.", "A", ["PT English", "PT Mathematics"], "2026-02", None),
         ]),
          ("Learners will be able to talk confidently about their strengths, their next steps and how to improve.", [
              ("1.4", "Hold a learning conversation with every S1–S3 learner at each tracking point and record it in the learner profile.", "DHT (BGE); Guidance Team", "Aug 2025 – Jun 2026", "Learner focus groups show 80% can describe their next steps.", "G", ["DHT (BGE)", "Guidance Team"], "2026-06", None),
          ])]),
        ("Priority 2: Health and wellbeing – relationships and positive behaviour",
         [("NIF priority", "Improvement in children and young people’s health and wellbeing"),
          ("NIF driver", "School and ELC leadership; Parent/carer involvement and engagement"),
          ("HGIOS4 QIs", "3.1 Ensuring wellbeing, equality and inclusion")],
         [("Learners and staff will report a calmer, more respectful learning environment.", [
             ("2.1", "Launch the revised Relationships and Positive Behaviour Policy, co-written with the Pupil Council and Parent Council.", "Depute Head Teacher (Inclusion)", "September 2025", "Policy launched at assemblies and on the school website.", "B", ["Depute Head Teacher (Inclusion)"], "2025-09", None),
             ("2.2", "Train all staff in restorative approaches through two in-service sessions and a follow-up twilight.", "DHT (Inclusion) & PT Pupil Support", "By 31 December 2025", "Referrals to senior leaders fall by 20%.", "G", ["DHT (Inclusion)", "PT Pupil Support"], "2025-12", None),
             ("2.3", "Survey learners and staff on wellbeing and relationships each term and share the findings with the Pupil Council.", "Guidance Team", "Termly", "Positive responses on feeling safe and respected rise to 85%.", "G", ["Guidance Team"], None, "Termly"),
         ])]),
        ("Priority 3: Curriculum – pathways and Developing the Young Workforce",
         [("NIF priority", "Improvement in employability skills and sustained, positive school-leaver destinations for all young people"),
          ("NIF driver", "Curriculum and assessment; Performance information"),
          ("HGIOS4 QIs", "2.2 Curriculum; 3.3 Increasing creativity and employability")],
         [("More learners will leave school for a sustained positive destination, and fewer will leave at the end of S4 without a planned pathway.", [
             ("3.1", "Expand the S5/S6 option choices through the school–college partnership with Perth College UHI, adding two Foundation Apprenticeships.", "DHT (Curriculum)", "January 2026", "Two Foundation Apprenticeships in the 2026–27 option sheet.", "A", ["DHT (Curriculum)"], "2026-01", None),
             ("3.2", "Appoint a DYW co-ordinator and set up an employer engagement calendar for S3–S6.", "Head Teacher", "Ongoing", "Every S3–S6 learner takes part in at least two employer encounters.", "G", ["Head Teacher"], None, "Ongoing"),
             ("3.3", "Give every S4 learner at risk of a negative destination a keyworker and an enhanced transition plan.", "PT Pupil Support; DYW Co-ordinator", "Apr 2026", "Positive initial destinations at or above 96%.", "", ["PT Pupil Support", "DYW Co-ordinator"], "2026-04", None),
         ])]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(20)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph("Perth & Kinross Council – Education and Children’s Services")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, t in zip(dc.rows[0].cells, ("Version", "Date", "Author", "Notes")):
        set_cell(c, t, bold=True)
        shade(c, "D9D9D9")
    for row in (("1.0", "20 June 2025", "Head Teacher", "Draft shared with the Parent Council"),
                ("1.1", "29 August 2025", "Head Teacher", "Final version after staff in-service"),
                ("1.2", "26 January 2026", "DHT (Improvement)", "Mid-year progress added")):
        cells = dc.add_row().cells
        for c, t in zip(cells, row):
            set_cell(c, t)
    doc.add_heading("Our vision", level=2)
    doc.add_paragraph("Kinross High School is a community where everyone is respected, included and supported to "
                      "achieve their best. Our plan for session 2025–26 was shaped by our Standards and Quality Report, "
                      "attainment data and the views of learners, parents and staff.")
    doc.add_paragraph("Progress key: B – complete; G – on track; A – some slippage; R – not on track; blank – not yet started.")
    expected = []
    for head, ctx, outcomes in priorities:
        doc.add_heading(head, level=1)
        ct = doc.add_table(rows=0, cols=2)
        ct.style = "Table Grid"
        for a, b in ctx:
            cells = ct.add_row().cells
            set_cell(cells[0], a, bold=True)
            shade(cells[0], "DEEAF6")
            set_cell(cells[1], b)
        doc.add_paragraph("")
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, txt in zip(t.rows[0].cells, ("Outcomes for learners", "Ref", "Actions", "Lead", "Timescale",
                                             "Measures of success", "Progress")):
            set_cell(c, txt, bold=True)
            shade(c, "4472C4")
        colours = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
        for outcome, acts in outcomes:
            first = last = None
            for i, (ref, text, lead_cell, when, measure, rag, lead, end, end_text) in enumerate(acts):
                cells = t.add_row().cells
                if i == 0:
                    set_cell(cells[0], outcome)
                    first = cells
                last = cells
                set_cell(cells[1], ref)
                set_cell(cells[2], text)
                set_cell(cells[3], lead_cell)
                set_cell(cells[4], when)
                set_cell(cells[5], measure)
                set_cell(cells[6], rag, bold=True)
                if rag:
                    shade(cells[6], colours[rag])
                stt = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}[rag]
                expected.append(dict(ref=ref, under=[head, outcome], action=text, lead=lead,
                                     end=end, end_text=end_text, status=stt))
            if len(acts) > 1:
                first[0].merge(last[0])
    doc.add_heading("Pupil Equity Funding 2025–26 – allocation summary", level=1)
    pef = doc.add_table(rows=1, cols=3)
    pef.style = "Table Grid"
    for c, t in zip(pef.rows[0].cells, ("PEF-funded resource", "Linked to", "Allocation")):
        set_cell(c, t, bold=True)
        shade(c, "D9D9D9")
    for row in (("Supported study staffing and transport", "1.2", "£18,600"),
                ("0.4 FTE Pupil Support Worker", "2.2, 3.3", "£14,900"),
                ("Foundation Apprenticeship travel costs", "3.1", "£6,200"),
                ("Family learning and wellbeing resources", "2.3", "£4,700"),
                ("Total PEF allocation", "", "£44,400")):
        cells = pef.add_row().cells
        for c, t in zip(cells, row):
            set_cell(c, t, bold=(row[0].startswith("Total")))
    doc.add_paragraph("")
    doc.add_paragraph("The plan will be reviewed with the Quality Improvement Officer in October 2025 and March 2026, "
                      "and progress reported in the 2025–26 Standards and Quality Report.")
    doc.save(path(name))
    meta = dict(
        source="Imitates a Scottish secondary school improvement plan of the kind Perth & Kinross schools publish alongside their Standards and Quality Report (structure drawn from Education Scotland/Scottish Government NIF guidance and school Glow blogs describing the SQIP: NIF priorities and drivers, HGIOS4 quality indicators, outcomes, actions, measures). Copies: a centred title, a document-control table, a vision paragraph and progress key, one section per priority with a NIF/HGIOS4 context table, an action table whose ‘Outcomes for learners’ cell is merged down over the numbered actions, leads as posts (two in some cells), timescales as months, periods, ‘By …’, ‘Termly’ and ‘Ongoing’, a lettered and shaded progress column (one blank), and a PEF allocation summary with a total.",
        reads="A secondary school's improvement plan for session 2025–26: three priorities, each with context (NIF priority, driver, QIs) and one or two outcomes for learners, under which sit ten numbered actions with a lead, timescale, measure of success and a mid-year progress letter. Document control, the key, the context tables and the PEF budget table are not actions.",
        outcome="read", title=title)
    write_expected(name, meta, expected)
    return name, expected


# ---------------------------------------------------------------------------
# 6. Blundell's School – ISI inspection action plan (csv)
# ---------------------------------------------------------------------------
def blundells():
    name = "zqc-blundells-school-isi-inspection-action-plan.csv"
    title = "Blundell’s School – ISI Inspection Action Plan 2025"
    steps = [
        ("1. Ensure that teachers make consistent use of the information on pupils who have special educational needs and/or disabilities (SEND), so that these pupils are supported effectively in all lessons.", [
            ("1a", "Rewrite pupil passports in a one-page format with three classroom strategies for each pupil.", "Head of Learning Support", "Michaelmas Term 2025", "Passports in use for all pupils on the SEND register.", "G", "Two-thirds rewritten; remainder by half term.", ["Head of Learning Support"], "2025-12", None),
            ("1b", "Include adaptive teaching for pupils with SEND in the lesson observation focus for 2025–26.", "Deputy Head (Academic)", "Sep-25", "Observation records show adaptive teaching in 85% of lessons.", "B", "Observation form updated and launched at INSET.", ["Deputy Head (Academic)"], "2025-09", None),
            ("1c", "Provide CPD on scaffolding and adaptive teaching at the September INSET day, followed up in departments.", "Head of Learning Support; Director of Teaching and Learning", "Sep 2025 – Mar 2026", "Departmental minutes record follow-up sessions.", "G", "INSET delivered 2 September.", ["Head of Learning Support", "Director of Teaching and Learning"], "2026-03", None),
        ]),
        ("2. Strengthen the tracking of pupils’ progress in Years 7 to 9 so that leaders identify and address underachievement swiftly.", [
            ("2a", "Introduce three data drops a year for Years 7–9 on the new assessment platform.", "Deputy Head (Academic)", "31/10/2025", "First data drop analysed and shared with tutors.", "G", "Platform configured; first drop due October.", ["Deputy Head (Academic)"], "2025-10", None),
            ("2b", "Hold termly progress meetings between tutors, heads of year and heads of department, with agreed interventions recorded.", "Heads of Year & Heads of Department", "Termly", "Intervention log shows actions for every pupil flagged.", "G", "Meeting schedule set for the year.", ["Heads of Year", "Heads of Department"], None, "Termly"),
        ]),
        ("3. Extend pupils’ understanding of economic education and financial literacy across the curriculum.", [
            ("3a", "Map economic education across PSHE, mathematics and business studies and close the gaps.", "Head of PSHE", "End of Summer Term 2025", "Curriculum map approved by the Academic Committee.", "B", "Map completed June 2025.", ["Head of PSHE"], "2025-07", None),
            ("3b", "Launch a Sixth Form personal finance programme with external speakers.", "Head of Sixth Form", "January 2026", "Programme runs for all Upper Sixth pupils.", "", "", ["Head of Sixth Form"], "2026-01", None),
            ("3c", "Add a financial literacy enrichment option for Years 10 and 11.", "Head of Co-curricular", "Apr-26", "At least 40 pupils take the option.", "A", "Staffing for the option not yet confirmed.", ["Head of Co-curricular"], "2026-04", None),
        ]),
    ]
    rows = [
        [title, "", "", "", "", "", "", ""],
        ["Inspection dates: 11–13 March 2025. Report published: 6 May 2025. All Standards met; three recommended next steps.", "", "", "", "", "", "", ""],
        ["Plan owner: Head. Monitored termly by the Education Committee of the Governing Body.", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["ISI recommended next step", "Ref", "Action", "Lead", "Timescale", "Success criteria", "RAG", "Update (September 2025)"],
    ]
    expected = []
    for step, acts in steps:
        for i, (ref, text, lead_cell, when, crit, rag, upd, lead, end, end_text) in enumerate(acts):
            rows.append([step if i == 0 else "", ref, text, lead_cell, when, crit, rag, upd])
            stt = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}[rag]
            expected.append(dict(ref=ref, under=[step], action=text, lead=lead, end=end,
                                 end_text=end_text, status=stt))
    rows.append(["", "", "", "", "", "", "", ""])
    rows.append(["Key: B = complete; G = on track; A = some slippage; R = significant concern; blank = not started", "", "", "", "", "", "", ""])
    rows.append(["Next review: Education Committee, 18 November 2025", "", "", "", "", "", "", ""])
    with open(path(name), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerows(rows)
    meta = dict(
        source="Imitates the post-inspection action plan an independent school produces after an ISI inspection under the September 2023 framework, where all Standards are met and the report gives ‘recommended next steps’ (ISI handbook, evaluation and reporting; Independent School Management, May 2024). Blundell's School is used as the body; the plan is exported to CSV from the bursary's governance tracker. Copies: title, inspection and ownership lines, the next step written only on the first of its action rows (fill-down), lettered action refs, posts as leads (two in some cells), timescales using Michaelmas and Summer terms, a period, mmm-yy, a UK date and ‘Termly’, a RAG letter column with one blank, an update column, and a key and next-review line after the plan.",
        reads="An independent school's ISI action plan: three recommended next steps, each followed by two or three lettered actions with a lead, timescale, success criteria, RAG letter and a September update. The lines above the header and the key and review lines below the plan are not actions.",
        outcome="read", title=title)
    write_expected(name, meta, expected)
    return name, expected


# ---------------------------------------------------------------------------
# 7. London magistrates' courts custody – HMCTS/PECS action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def london_cc():
    name = "zqc-hmcts-london-magistrates-courts-custody-hmip-inspection-action-plan.txt"
    title = "HMCTS and HMPPS Prisoner Escort and Custody Services – London Magistrates’ Courts Custody Facilities: Action Plan"
    areas = [
        ("Leadership", "PC1 – There was no consistent cooperation between HMCTS, PECS and the escort supplier, and no shared plan to improve outcomes for detainees.", [
            ("LMC-01", "Establish a London Court Custody Partnership Board, chaired by the HMCTS London Delivery Director, meeting every two months.", "HMCTS London Delivery Director", "HMCTS", "31/05/2026", "", "G", "Terms of reference agreed; first meeting 12 May 2026.", ["HMCTS London Delivery Director"], "2026-05", None),
            ("LMC-02", "Agree a joint improvement plan and shared risk register across HMCTS, PECS and the supplier.", "PECS Head of Operations (London); HMCTS Head of Estates (London)", "HMCTS/PECS", "30/06/2026", "31/08/2026", "A", "Risk register drafted; supplier input outstanding.", ["PECS Head of Operations (London)", "HMCTS Head of Estates (London)"], "2026-08", None),
        ]),
        ("Leadership", "PC2 – Recruitment and retention problems left custody suites short of staff and placed unnecessary strain on the workforce.", [
            ("LMC-03", "Run a targeted recruitment campaign for court custody officers, with a training course starting every month.", "Supplier Contract Director", "Supplier", "Sept 2026", "", "G", "Two courses delivered; 17 officers in training.", ["Supplier Contract Director"], "2026-09", None),
            ("LMC-04", "Report vacancy and attrition rates at every Partnership Board and agree remedial action where staffing falls below 90% of the contracted level.", "PECS Contract Manager", "PECS", "Bi-monthly", "", "G", "Standing agenda item from May.", ["PECS Contract Manager"], None, "Bi-monthly"),
        ]),
        ("Treatment and conditions", "KC3 – Many court custody facilities were in poor condition because of chronic underinvestment and complex procurement procedures.", [
            ("LMC-05", "Complete a condition survey of all 14 London magistrates’ court custody suites and prioritise works by risk.", "HMCTS Head of Estates (London)", "HMCTS", "31/07/2026", "", "B", "Survey complete; prioritised works list approved 19 June.", ["HMCTS Head of Estates (London)"], "2026-07", None),
            ("LMC-06", "Repair the faulty cell call bells and lighting identified during the inspection.", "HMCTS Head of Estates (London)", "HMCTS", "30/04/2026", "31/07/2026", "R", "Works order delayed by contractor capacity; escalated to the Partnership Board.", ["HMCTS Head of Estates (London)"], "2026-07", None),
            ("LMC-07", "Agree a simplified approval route for low-value custody repairs with the facilities management provider.", "HMCTS Head of Estates (London) & PECS Contract Manager", "HMCTS/PECS", "Q3 2026/27", "", "A", "Proposal with HMCTS commercial team.", ["HMCTS Head of Estates (London)", "PECS Contract Manager"], "2026-12", None),
        ]),
        ("Individual rights", "KC4 – The needs of women, children and detainees with disabilities were not always identified or met.", [
            ("LMC-08", "Make sure children are held separately from adults and are prioritised for early hearings and transfer.", "HMCTS Listing Manager; Supplier Custody Manager", "HMCTS/Supplier", "31/05/2026", "", "G", "Listing protocol reissued to all London magistrates’ courts.", ["HMCTS Listing Manager", "Supplier Custody Manager"], "2026-05", None),
            ("LMC-09", "Provide at least one cell adapted for detainees with disabilities in each court custody suite, or record the reasonable adjustment made.", "HMCTS Head of Estates (London)", "HMCTS", "Mar-27", "", "", "", ["HMCTS Head of Estates (London)"], "2027-03", None),
        ]),
    ]
    lines = [
        title,
        "Response to the HM Inspectorate of Prisons inspection of 17 November – 6 December 2025 (report published 16 February 2026)",
        "Exported from the Court Custody Improvement Tracker on 29/06/2026",
        "",
        "\t".join(["Area", "Concern", "Action ID", "Action", "Owner", "Organisation", "Target date",
                   "Revised date", "RAG", "Comments"]),
    ]
    expected = []
    counts = {}
    for area, concern, acts in areas:
        for (aid, text, owner, org, target, revised, rag, comment, lead, end, end_text) in acts:
            lines.append("\t".join([area, concern, aid, text, owner, org, target, revised, rag, comment]))
            stt = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}[rag]
            counts[stt] = counts.get(stt, 0) + 1
            expected.append(dict(ref=aid, under=[area, concern], action=text, lead=lead, end=end,
                                 end_text=end_text, status=stt))
    lines.append("")
    lines.append("RAG key: B = complete, G = on track, A = at risk, R = off track, blank = not yet due to start")
    lines.append("\t".join(["Total actions: %d" % len(expected), "Complete: %d" % counts.get("blue", 0),
                            "On track: %d" % counts.get("green", 0), "At risk: %d" % counts.get("amber", 0),
                            "Off track: %d" % counts.get("red", 0), "Not started: %d" % counts.get("unrated", 0)]))
    with open(path(name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(lines) + "\n")
    meta = dict(
        source="Imitates the joint HMCTS / HMPPS Prisoner Escort and Custody Services action plan that follows an HMI Prisons court custody inspection, here the full inspection of London magistrates' courts custody facilities (17 November – 6 December 2025, reported 16 February 2026: poor cooperation between agencies, recruitment and retention problems, facilities in poor condition from underinvestment and complex procurement, needs of women, children and disabled detainees not well met). Copies a tracker exported as tab-separated text: title, response and export lines, a header, one row per action with the HMIP expectation area and numbered priority/key concern repeated on every row, action IDs, owners (two in some cells) and organisation, target and revised dates (UK dates, a month, mmm-yy, ‘Bi-monthly’ and a financial-year quarter), RAG letters with one blank, comments, then a RAG key line and a totals line.",
        reads="A court custody action plan from a tracker export: four concerns grouped under three inspection areas, with nine actions each carrying an owner, organisation, target date, sometimes a revised date, and a RAG letter. The key and the totals line at the end are not actions.",
        outcome="read", title=title)
    write_expected(name, meta, expected)
    return name, expected


def main():
    built = [glos(), derbys(), wlc(), stoke(), kinross(), blundells(), london_cc()]
    for name, exp in built:
        print(name, "refuse" if exp is None else len(exp))


if __name__ == "__main__":
    main()
