"""Build the seven lo2- cases of set heldout361.

    python lo2_make.py          # builds the seven data files
    python lo2_make.py --yaml   # also (re)writes NAME.expected.yaml beside each

Plans outside children's services: ASC CQC assessment, police custody inspection,
strategic risk register, Audit Wales organisational response, Estyn school PIAP,
internal audit tracker (refuse: mistyped month), RSH housing improvement plan.
"""
import csv
import datetime as dt
import os
import sys

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RAGFILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill(start_color=hexcol, end_color=hexcol, fill_type="solid")


class Q(str):
    """A string written to YAML in double quotes (months such as "2025-09")."""


yaml.SafeDumper.add_representer(
    Q, lambda dumper, data: dumper.represent_scalar("tag:yaml.org,2002:str", str(data), style='"'))


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead),
         "end": Q(end) if end is not None else None}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


EXPECTED = {}


# ---------------------------------------------------------------------------
# 1. Surrey County Council - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
def surrey():
    name = "lo2-surrey-county-council-asc-cqc-assessment-improvement-plan.xlsx"
    title = "Adult Social Care – CQC Local Authority Assessment Improvement Plan 2025/26"
    D = dt.datetime
    # theme heading, AFI, [(ref, action, lead cell, leads, start, target, revised, prev, cur, update, end, end_text)]
    plan = [
        ("Theme 1: Working with people – Assessing needs",
         "People experienced long waits for Care Act assessments. At the time of the assessment 1,100 people were waiting, some for over six months.",
         [("1.1",
           "Introduce a single prioritisation tool across all locality teams so that everyone waiting for an assessment is risk-rated and contacted at least every 28 days.",
           "Assistant Director – Locality Teams", ["Assistant Director – Locality Teams"],
           D(2025, 4, 1), D(2025, 6, 30), D(2025, 9, 30), "amber", "blue",
           "Tool live in all 11 locality teams from September; 96% of people waiting contacted within 28 days.",
           "2025-09", None),
          ("1.2",
           "Commission additional assessment capacity through a time-limited external assessment team to reduce the waiting list to under 500 people.",
           "Assistant Director – Locality Teams / Head of Commissioning (Adults)",
           ["Assistant Director – Locality Teams", "Head of Commissioning (Adults)"],
           D(2025, 5, 1), D(2026, 3, 31), None, "amber", "amber",
           "Waiting list 742 at end of October. External team contract extended to March 2026.",
           "2026-03", None)]),
        ("Theme 1: Working with people – Supporting people to live healthier lives",
         "Take-up of reablement was low and people did not always know about the preventative services available to them.",
         [("1.3",
           "Review the reablement pathway with Surrey Heartlands partners to increase the number of people offered reablement on discharge from hospital.\nReport take-up monthly to the Home First Board.",
           "Head of Reablement and Home First", ["Head of Reablement and Home First"],
           D(2025, 6, 1), D(2025, 12, 31), None, "green", "green",
           "Pathway redesign agreed at Home First Board 9 October. Monthly reporting started.",
           "2025-12", None),
          ("1.4",
           "Publish a refreshed prevention offer on the Surrey Information Point website, co-produced with the Surrey Coalition of Disabled People.",
           "Service Manager – Information and Advice", ["Service Manager – Information and Advice"],
           D(2025, 7, 1), D(2026, 2, 28), None, "green", "green",
           "Co-production workshops held in September and October.",
           "2026-02", None)]),
        ("Theme 2: Providing support – Care provision, integration and continuity",
         "There was a shortage of nursing and dementia nursing placements in the east of the county and some people were placed out of area.",
         [("2.1",
           "Develop a Market Position Statement addendum for nursing and dementia nursing care and engage providers on new capacity in Spelthorne, Elmbridge and Epsom.",
           "Head of Commissioning (Adults)", ["Head of Commissioning (Adults)"],
           D(2025, 4, 1), D(2025, 9, 30), D(2026, 1, 31), "green", "amber",
           "Draft addendum shared with providers; provider engagement event moved to December.",
           "2026-01", None)]),
        ("Theme 2: Providing support – Supporting unpaid carers",
         "Unpaid carers told CQC that it was difficult to get a carer’s assessment or a break from caring.",
         [("2.2",
           "Transfer carers’ assessments to the Action for Carers Surrey contract, with a target of 1,800 assessments completed in 2025/26.",
           "Head of Commissioning (Adults); Carers Lead", ["Head of Commissioning (Adults)", "Carers Lead"],
           D(2025, 4, 1), D(2026, 3, 31), None, "red", "amber",
           "812 assessments completed April–October (on trajectory for 1,450).",
           "2026-03", None)]),
        ("Theme 3: Ensuring safety – Safeguarding",
         "Safeguarding concerns were not always triaged in a timely way and there was a backlog in the adult Multi-Agency Safeguarding Hub.",
         [("3.1",
           "Recruit to the four vacant MASH practitioner posts and introduce a daily RAG-rated triage huddle.",
           "Head of Safeguarding Adults", ["Head of Safeguarding Adults"],
           D(2025, 4, 1), D(2025, 5, 31), None, "green", "blue",
           "All posts filled; backlog cleared by 30 May 2025.",
           "2025-05", None),
          ("3.2",
           "Complete a multi-agency audit of 40 section 42 enquiries and report the findings to the Surrey Safeguarding Adults Board.",
           "Principal Social Worker", ["Principal Social Worker"],
           D(2025, 12, 1), D(2026, 1, 31), None, None, None,
           "Audit scheduled for January 2026.",
           "2026-01", None)]),
        ("Theme 4: Leadership – Governance, management and sustainability",
         "Performance data was not used consistently to understand people’s outcomes or to drive improvement.",
         [("4.1",
           "Launch an adult social care performance dashboard in Power BI with outcome measures by locality, reviewed monthly by the Directorate Leadership Team.",
           "Head of Business Intelligence", ["Head of Business Intelligence"],
           D(2025, 4, 1), D(2025, 11, 30), None, "amber", "green",
           "Dashboard in test; go-live planned for 24 November.",
           "2025-11", None),
          ("4.2",
           "Embed a quarterly practice quality assurance framework, including case file audits, with learning reported to the ASC Improvement Board.",
           "Principal Social Worker", ["Principal Social Worker"],
           D(2025, 6, 1), "Ongoing", None, "green", "green",
           "Q1 and Q2 audits complete; themes reported to the Board in October.",
           None, "Ongoing")]),
    ]

    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Surrey County Council"
    cover["A1"].font = Font(bold=True, size=14)
    cover["A2"] = title
    cover["A2"].font = Font(bold=True, size=12)
    cover["A4"] = "Document control"
    cover["A4"].font = Font(bold=True)
    rows = [
        ("Version", "1.4"),
        ("Status", "Live – monitored monthly by the ASC Improvement Board"),
        ("Owner", "Executive Director – Adults, Wellbeing and Health Partnerships"),
        ("Last updated", "14/11/2025"),
        ("Next review", "12/12/2025"),
    ]
    for i, (k, v) in enumerate(rows, start=5):
        cover.cell(i, 1, k).font = Font(bold=True)
        cover.cell(i, 2, v)
        cover.cell(i, 1).border = BOX
        cover.cell(i, 2).border = BOX
    cover["A11"] = "RAG key"
    cover["A11"].font = Font(bold=True)
    key = [("red", "Red – off track, significant risk to delivery"),
           ("amber", "Amber – some slippage, mitigation in place"),
           ("green", "Green – on track"),
           ("blue", "Blue – complete")]
    for i, (c, t) in enumerate(key, start=12):
        cover.cell(i, 1).fill = fill(RAGFILL[c])
        cover.cell(i, 2, t)
    cover.column_dimensions["A"].width = 16
    cover.column_dimensions["B"].width = 70

    # summary sheet (counts of current RAG)
    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of current RAG by theme – October 2025"
    summ["A1"].font = Font(bold=True)
    hdr = ["Theme", "Actions", "Blue", "Green", "Amber", "Red", "Not started"]
    for j, h in enumerate(hdr, start=1):
        c = summ.cell(3, j, h)
        c.font = Font(bold=True)
        c.border = BOX
    themes = {}
    for th, afi, acts in plan:
        t = th.split(" – ")[0]
        themes.setdefault(t, [])
        for a in acts:
            themes[t].append(a[8])
    r = 4
    tot = [0] * 6
    for t, curs in themes.items():
        vals = [len(curs), curs.count("blue"), curs.count("green"), curs.count("amber"),
                curs.count("red"), curs.count(None)]
        summ.cell(r, 1, t).border = BOX
        for j, v in enumerate(vals, start=2):
            summ.cell(r, j, v).border = BOX
        tot = [a + b for a, b in zip(tot, vals)]
        r += 1
    summ.cell(r, 1, "Total").font = Font(bold=True)
    for j, v in enumerate(tot, start=2):
        summ.cell(r, j, v).font = Font(bold=True)
    summ.column_dimensions["A"].width = 40

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    ws["A2"] = ("Position at 31 October 2025. CQC overall rating: Requires improvement. "
                "Reported to the Adults and Health Select Committee.")
    ws.merge_cells("A2:J2")
    heads = ["Ref", "Area for improvement (CQC findings)", "Action", "Lead(s)", "Start",
             "Target date", "Revised date", "Previous RAG", "Current RAG",
             "Progress update – October 2025"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    widths = [7, 40, 55, 30, 11, 12, 12, 10, 10, 45]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    r = 5
    exp = []
    for th, afi, acts in plan:
        ws.cell(r, 1, th).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        first = r
        for (ref, text, leadcell, leads, start, target, revised, prev, cur, upd, end, etext) in acts:
            ws.cell(r, 1, ref)
            ws.cell(r, 3, text)
            ws.cell(r, 4, leadcell)
            ws.cell(r, 5, start).number_format = "dd/mm/yyyy"
            ws.cell(r, 6, target)
            if isinstance(target, dt.datetime):
                ws.cell(r, 6).number_format = "dd/mm/yyyy"
            if revised is not None:
                ws.cell(r, 7, revised).number_format = "dd/mm/yyyy"
            if prev:
                ws.cell(r, 8).fill = fill(RAGFILL[prev])
            if cur:
                ws.cell(r, 9).fill = fill(RAGFILL[cur])
            ws.cell(r, 10, upd)
            for j in range(1, 11):
                ws.cell(r, j).alignment = WRAP
                ws.cell(r, j).border = BOX
            exp.append(act(ref, [th, afi], text, leads, end, cur or "unrated", etext))
            r += 1
        ws.cell(first, 2, afi).alignment = WRAP
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))

    EXPECTED[name] = {
        "source": (
            "Imitates a county council's adult social care improvement plan written after its CQC local "
            "authority assessment (Surrey County Council, 2025/26, Requires improvement; kind as published "
            "by English councils to cabinet/select committee, e.g. B&NES 'CQC Local Authority Assessment - "
            "Adult Social Care Improvement Plan Progress Update', democracy.bathnes.gov.uk). Copies: cover "
            "sheet with document-control table and RAG key (Blue = complete), a Summary sheet of counts, "
            "plan sheet with theme/quality-statement band rows, CQC area-for-improvement text merged down "
            "over its actions, start/target/revised dates as real dates, Previous and Current RAG as fill "
            "colour only, one not-yet-started action with no fill, an 'Ongoing' target."),
        "reads": (
            "A three-sheet workbook; the plan is on the 'Improvement Plan' sheet: ten numbered actions "
            "under six CQC theme/quality statement bands, each answering a CQC area for improvement written "
            "in a merged cell on the left. Status is the Current RAG fill (blue = complete per the cover key); "
            "where a revised date is given it is the end."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    }


# ---------------------------------------------------------------------------
# 2. South Wales Police - custody inspection action plan (xlsx)
# ---------------------------------------------------------------------------
def swp():
    name = "lo2-south-wales-police-custody-inspection-action-plan.xlsx"
    title = "South Wales Police – Custody Inspection Action Plan"
    D = dt.datetime
    sections = [
        ("Leadership, accountability and partnerships", [
            ("The force should ensure that custody performance data, including use of force and strip searches, is analysed and used to improve outcomes for detainees.", [
                ("AFI1.1", "Develop a monthly custody performance product covering use of force, strip searches, time in custody and PACE reviews, broken down by protected characteristic.",
                 "Custody Inspector (Performance and Standards)", ["Custody Inspector (Performance and Standards)"],
                 "Mar-25", "2025-03", None, "Amber", "amber",
                 "First product produced December 2024; ethnicity data still incomplete."),
                ("AFI1.2", "Present the performance product to the quarterly Custody Strategic Board and to the OPCC custody scrutiny panel.",
                 "Superintendent, Custody", ["Superintendent, Custody"],
                 "Apr-25", "2025-04", None, "Green", "green",
                 "Scheduled for April Board."),
            ]),
        ]),
        ("In the custody suite: booking in, individual needs and legal rights", [
            ("The force should ensure that children are not held in custody overnight unless absolutely necessary, and that local authority accommodation is requested and provided for every child who is charged and refused bail.", [
                ("R1.1", "Agree a revised concordat on children in custody with the five local authorities and Youth Justice Services, including an escalation route to Heads of Children’s Services.",
                 "Chief Inspector, Custody / Youth Justice Partnership Lead", ["Chief Inspector, Custody", "Youth Justice Partnership Lead"],
                 D(2025, 4, 30), "2025-04", None, "Amber", "amber",
                 "Draft concordat with Cardiff and Swansea; three authorities still to respond."),
                ("R1.2", "Introduce a mandatory Inspector review at four hours for every detained child, recorded on NICHE.",
                 "Chief Inspector, Custody", ["Chief Inspector, Custody"],
                 D(2025, 1, 31), "2025-01", None, "Complete", "blue",
                 "Live from 13 January 2025; compliance 94% in first month."),
            ]),
            ("The force should make sure that detainees with a disability, or who need an interpreter, have their needs met.", [
                ("AFI2.1", "Install hearing loops and provide easy-read rights and entitlements leaflets in all six custody suites.",
                 "Custody Estates Manager", ["Custody Estates Manager"],
                 "Q4 2024/25", "2025-03", None, "Green", "green",
                 "Loops fitted at Cardiff Bay, Bridgend and Swansea Central."),
            ]),
        ]),
        ("In the custody suite: safety", [
            ("The force should ensure that all detainees are observed at the level set in their risk assessment, and that observations are recorded accurately and in real time.", [
                ("R2.1", "Introduce a weekly dip sample of 20 detention logs per suite, checked against cell CCTV by the custody sergeant.",
                 "Custody Inspectors", ["Custody Inspectors"],
                 D(2025, 2, 28), "2025-02", None, "Green", "green",
                 "Dip sampling started w/c 6 January 2025."),
                ("R2.2", "Deliver refresher training on levels of observation and rousing to all custody sergeants and detention officers.",
                 "Custody Training Lead; Police Staff Custody Manager", ["Custody Training Lead", "Police Staff Custody Manager"],
                 "Mar-25", "2025-03", None, "Red", "red",
                 "Training slots cancelled twice because of abstractions; new dates being agreed."),
            ]),
            ("The force should reduce the use of anti-rip clothing and make sure that its use is proportionate and recorded.", [
                ("AFI3.1", "Update the custody clothing policy so that anti-rip clothing is authorised by an Inspector and the rationale recorded on the custody record.",
                 "Chief Inspector, Custody", ["Chief Inspector, Custody"],
                 D(2024, 12, 31), "2024-12", None, "Complete", "blue",
                 "Policy published 16 December 2024."),
            ]),
        ]),
        ("Release and transfer from custody", [
            ("The force should ensure that all detainees, particularly vulnerable adults, are released safely with an appropriate release plan.", [
                ("AFI4.1", "Add a mandatory pre-release risk assessment prompt to NICHE custody and audit compliance quarterly.",
                 "Custody Inspector (Performance and Standards)", ["Custody Inspector (Performance and Standards)"],
                 "Jun-25", "2025-06", None, "", "unrated",
                 "Awaiting NICHE change request CR2291."),
            ]),
        ]),
        ("Health care", [
            ("The force should make sure that healthcare staff can access detainees’ GP records and that medication is administered safely.", [
                ("AFI5.1", "Work with the healthcare provider to enable access to the Welsh GP Record in all custody suites.",
                 "Police Staff Custody Manager / Healthcare Contract Manager", ["Police Staff Custody Manager", "Healthcare Contract Manager"],
                 "Sept 2025", "2025-09", None, "Amber", "amber",
                 "Information sharing agreement with Digital Health and Care Wales in draft."),
            ]),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Report on an unannounced inspection visit to police custody suites in South Wales by HM "
                "Inspectorate of Prisons and HM Inspectorate of Constabulary and Fire & Rescue Services, "
                "10–21 June 2024 (published 22 October 2024)")
    ws["A3"] = ("Plan owner: Chief Superintendent, Criminal Justice Department   |   Governance: Custody "
                "Strategic Board (monthly)   |   Last updated: 06/01/2025")
    for rr in (1, 2, 3):
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=7)
    heads = ["Ref", "Recommendation / area for improvement", "Action", "Owner", "Target date",
             "Status", "Update / evidence"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("002060")
        c.alignment = WRAP
        c.border = BOX
    for j, w in enumerate([9, 45, 55, 30, 12, 11, 45], start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    sfill = {"Amber": "amber", "Green": "green", "Red": "red", "Complete": "blue"}
    r = 6
    exp = []
    for sec, recs in sections:
        ws.cell(r, 1, sec).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("BDD7EE")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for rec, acts in recs:
            first = r
            for (ref, text, leadcell, leads, target, end, etext, st, status, upd) in acts:
                ws.cell(r, 1, ref)
                ws.cell(r, 3, text)
                ws.cell(r, 4, leadcell)
                ws.cell(r, 5, target)
                if isinstance(target, dt.datetime):
                    ws.cell(r, 5).number_format = "dd/mm/yyyy"
                if st:
                    ws.cell(r, 6, st)
                    ws.cell(r, 6).fill = fill(RAGFILL[sfill[st]])
                ws.cell(r, 7, upd)
                for j in range(1, 8):
                    ws.cell(r, j).alignment = WRAP
                    ws.cell(r, j).border = BOX
                exp.append(act(ref, [sec, rec], text, leads, end, status, etext))
                r += 1
            ws.cell(first, 2, rec).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Status key: Green – on track; Amber – at risk of missing target date; Red – off track; "
                  "Complete – evidence accepted by the Custody Strategic Board.").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.freeze_panes = "A6"

    s2 = wb.create_sheet("Summary")
    s2["A1"] = "Progress summary – January 2025"
    s2["A1"].font = Font(bold=True)
    counts = {}
    for a in exp:
        counts[a["status"]] = counts.get(a["status"], 0) + 1
    rows = [("Recommendations (actions)", sum(1 for a in exp if a["ref"].startswith("R"))),
            ("Areas for improvement (actions)", sum(1 for a in exp if a["ref"].startswith("AFI"))),
            ("Complete", counts.get("blue", 0)), ("Green", counts.get("green", 0)),
            ("Amber", counts.get("amber", 0)), ("Red", counts.get("red", 0)),
            ("No status yet", counts.get("unrated", 0)), ("Total actions", len(exp))]
    for i, (k, v) in enumerate(rows, start=3):
        s2.cell(i, 1, k)
        s2.cell(i, 2, v)
    s2.column_dimensions["A"].width = 34
    wb.save(os.path.join(HERE, name))

    EXPECTED[name] = {
        "source": (
            "Imitates a police force's action plan responding to an HMI Prisons / HMICFRS unannounced "
            "inspection of police custody suites (South Wales Police, inspection June 2024; kind as forces "
            "and PCCs publish, e.g. Warwickshire PCC 'Response to report on an unannounced inspection visit "
            "to police custody suites', warwickshire-pcc.gov.uk). Copies: title block with report and "
            "governance lines, band rows per report section, recommendation / area-for-improvement text "
            "merged down over its actions, action refs R1.1 / AFI1.1, target dates mixed as text "
            "('Mar-25', 'Q4 2024/25', 'Sept 2025') and real dates, Status word with fill, a status key "
            "line under the table and a Summary sheet."),
        "reads": (
            "One plan sheet: ten actions under five report sections, each answering a recommendation or "
            "area for improvement written in a merged cell on its left. Status is the word in the Status "
            "column (Complete = blue; one action has no status yet); the key line and Summary sheet are "
            "not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    }


# ---------------------------------------------------------------------------
# 3. Crawley BC - strategic risk register Q3 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def crawley():
    name = "lo2-crawley-bc-strategic-risk-register-q3-2025-26.xlsx"
    title = "Crawley Borough Council – Strategic Risk Register, Quarter 3 2025/26"
    D = dt.datetime
    risks = [
        ("SR1 – Financial sustainability",
         "Cause: rising temporary accommodation costs and uncertain government funding. Event: the Council cannot deliver the savings in the Medium Term Financial Strategy. Effect: unplanned use of reserves and service reductions.",
         "Chief Executive", "5 x 5 = 25",
         "MTFS refreshed annually; monthly budget monitoring to CMT; Budget Advisory Group; reserves strategy.",
         (4, 4, "red"), "↔",
         [("SR1.1", "Deliver the £2.1m 2026/27 savings programme agreed by Cabinet in November 2025 and track delivery monthly at CMT.",
           "Head of Corporate Finance", ["Head of Corporate Finance"], D(2026, 3, 31), "2026-03", None, "A", "amber"),
          ("SR1.2", "Complete the temporary accommodation purchase programme (40 homes) to reduce nightly-paid bed and breakfast spend.",
           "Head of Strategic Housing / Head of Major Projects and Commercial Services",
           ["Head of Strategic Housing", "Head of Major Projects and Commercial Services"],
           "Q1 2026/27", "2026-06", None, "G", "green")]),
        ("SR2 – Cyber security and resilience of ICT",
         "Cause: increasing volume of cyber attacks on local government. Event: a successful ransomware or phishing attack. Effect: loss of systems and data, inability to deliver services, fines.",
         "Head of Digital and Transformation", "4 x 5 = 20",
         "Firewalls and endpoint protection; multi-factor authentication; mandatory cyber training; offline backups.",
         (3, 4, "amber"), "↓",
         [("SR2.1", "Achieve PSN compliance and complete the remaining actions from the LGA cyber health check.",
           "Head of Digital and Transformation", ["Head of Digital and Transformation"], "Feb 2026", "2026-02", None, "G", "green"),
          ("SR2.2", "Run a cyber incident exercise with CMT and test the ICT disaster recovery plan.",
           "ICT Infrastructure Manager; Emergency Planning Officer",
           ["ICT Infrastructure Manager", "Emergency Planning Officer"], D(2025, 11, 30), "2025-11", None, "Complete", "blue")]),
        ("SR3 – Town centre regeneration programme",
         "Cause: construction cost inflation and partner funding decisions. Event: regeneration schemes are delayed or cannot be delivered. Effect: loss of external funding and reputational damage.",
         "Head of Economy and Planning", "4 x 4 = 16",
         "Programme board; gateway reviews; funding agreements monitored by Finance.",
         (4, 3, "amber"), "↑",
         [("SR3.1", "Agree the delivery vehicle and funding profile for the next phase of the town centre programme with West Sussex County Council.",
           "Head of Economy and Planning", ["Head of Economy and Planning"], D(2026, 3, 31), "2026-03", None, "R", "red")]),
        ("SR4 – Landlord compliance and the Regulator of Social Housing",
         "Cause: incomplete compliance data and a backlog of remedial works. Event: the Council does not meet the Safety and Quality Standard. Effect: harm to tenants, regulatory judgement, intervention.",
         "Head of Crawley Homes", "4 x 5 = 20",
         "Compliance dashboard for the big six; Housing Compliance Board; external fire risk assessors.",
         (3, 4, "amber"), "↓",
         [("SR4.1", "Complete the outstanding fire risk assessment remedial actions in high-rise and sheltered blocks.",
           "Head of Crawley Homes", ["Head of Crawley Homes"], "Jan-26", "2026-01", None, "A", "amber"),
          ("SR4.2", "Prepare for RSH inspection by completing a self-assessment against the consumer standards and an evidence library.",
           "Head of Crawley Homes", ["Head of Crawley Homes"], "Ongoing – reviewed quarterly", None,
           "Ongoing – reviewed quarterly", "G", "green")]),
        ("SR5 – Workforce capacity and recruitment",
         "Cause: competition from Gatwick and the private sector for skilled staff. Event: the Council cannot recruit or retain key staff. Effect: services cannot be delivered and reliance on agency staff.",
         "Head of People", "4 x 3 = 12",
         "Workforce strategy; agile working; market supplements; apprenticeships.",
         (2, 3, "green"), "↔",
         [("SR5.1", "Implement the market supplement policy for hard-to-recruit posts in planning, legal and building control.",
           "HR Manager", ["HR Manager"], D(2025, 10, 31), "2025-10", None, "Complete", "blue"),
          ("SR5.2", "Launch the 2026 apprenticeship and graduate intake.",
           "HR Manager", ["HR Manager"], "Sept 2026", "2026-09", None, "", "unrated")]),
    ]
    wb = Workbook()
    hm = wb.active
    hm.title = "Heat map"
    hm["A1"] = "Residual risk heat map – Quarter 3 2025/26"
    hm["A1"].font = Font(bold=True)
    hm["A3"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        hm.cell(3, i + 1, i).font = Font(bold=True)
        hm.cell(9 - i, 1, i).font = Font(bold=True)
    for L in range(1, 6):
        for I in range(1, 6):
            s = L * I
            col = "00B050" if s <= 6 else ("FFC000" if s <= 14 else "FF0000")
            c = hm.cell(9 - L, I + 1)
            c.fill = fill(col)
            c.border = BOX
    for ref, _, _, _, _, (L, I, _), _, _ in risks:
        c = hm.cell(9 - L, I + 1)
        c.value = (c.value + ", " if c.value else "") + ref.split(" – ")[0]

    ws = wb.create_sheet("Strategic Risk Register")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Position at 31 December 2025. Scores are Likelihood x Impact (1–5). Reviewed by the "
                "Corporate Management Team on 13 January 2026; reported to the Audit and Governance "
                "Committee on 27 January 2026.")
    ws.merge_cells("A1:L1")
    ws.merge_cells("A2:L2")
    heads = ["Risk ref", "Risk description (cause / event / effect)", "Risk owner", "Inherent score",
             "Key controls in place", "Residual score", "Direction of travel", "Action ref",
             "Further actions required", "Action owner", "Target date", "Action status"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX
    for j, w in enumerate([8, 45, 18, 10, 40, 10, 9, 8, 50, 30, 12, 10], start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    stfill = {"G": "green", "A": "amber", "R": "red", "Complete": "blue"}
    r = 5
    exp = []
    for (heading, desc, owner, inh, controls, (L, I, col), dirn, acts) in risks:
        ws.cell(r, 1, heading).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("E4DFEC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
        r += 1
        first = r
        ws.cell(r, 1, heading.split(" – ")[0])
        ws.cell(r, 2, desc)
        ws.cell(r, 3, owner)
        ws.cell(r, 4, inh)
        ws.cell(r, 5, controls)
        ws.cell(r, 6, f"{L} x {I} = {L * I}")
        ws.cell(r, 6).fill = fill(RAGFILL[col])
        ws.cell(r, 7, dirn)
        for (aref, text, leadcell, leads, target, end, etext, st, status) in acts:
            ws.cell(r, 8, aref)
            ws.cell(r, 9, text)
            ws.cell(r, 10, leadcell)
            ws.cell(r, 11, target)
            if isinstance(target, dt.datetime):
                ws.cell(r, 11).number_format = "dd/mm/yyyy"
            if st:
                ws.cell(r, 12, st)
                ws.cell(r, 12).fill = fill(RAGFILL[stfill[st]])
            for j in range(1, 13):
                ws.cell(r, j).alignment = WRAP
                ws.cell(r, j).border = BOX
            exp.append(act(aref, [heading], text, leads, end, status, etext))
            r += 1
        if r - 1 > first:
            for j in range(1, 8):
                ws.merge_cells(start_row=first, start_column=j, end_row=r - 1, end_column=j)
    r += 1
    notes = [
        "Action status: G = on track; A = some slippage, expected to complete; R = off track / overdue; "
        "Complete = action delivered and evidenced.",
        "Residual score colour: red 15–25 (above risk appetite); amber 8–14; green 1–6.",
        "Direction of travel since Quarter 2: ↑ increasing, ↓ reducing, ↔ no change.",
    ]
    for n in notes:
        ws.cell(r, 1, n).font = Font(italic=True, size=9)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
        r += 1
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))

    EXPECTED[name] = {
        "source": (
            "Imitates a district council's quarterly strategic risk register as reported to its audit "
            "committee (Crawley Borough Council, Q3 2025/26; kind as in e.g. Reading/East Sussex strategic "
            "risk reports on their moderngov sites: cause/event/effect description, inherent and residual "
            "L x I scores, controls, further actions with owner, target date and status). Copies: heat-map "
            "sheet first, one band row per risk, risk columns merged down over its further-action rows, "
            "residual score fill colours (risk rating, not action status), direction-of-travel arrows, action "
            "refs SR1.1, G/A/R/Complete action status with a key and notes lines under the table."),
        "reads": (
            "The register sheet lists five strategic risks, each with its own further actions (nine in "
            "all) with an action owner, target date and action status. Each action is read under its risk "
            "heading; the action status column (not the residual score colour) gives its RAG, and "
            "Complete is blue per the key."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    }


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


def set_text(cell, text, bold=False, size=None):
    """Write text into a cell, one paragraph per line."""
    lines = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. Isle of Anglesey CC - Audit Wales organisational response (docx)
# ---------------------------------------------------------------------------
def anglesey():
    name = "lo2-isle-of-anglesey-cc-audit-wales-commissioning-review-organisational-response.docx"
    title = "Audit Wales – Commissioning and Contract Management Review: Organisational Response"
    recs = [
        ("R1", "The Council should strengthen its strategic approach to commissioning by developing a corporate commissioning framework that sets out how services are planned, procured, managed and reviewed.", [
            ("Develop and adopt a Corporate Commissioning Framework, aligned to the Procurement Act 2023, for approval by the Executive.",
             "March 2026", "2026-03", None, "Head of Corporate Procurement", ["Head of Corporate Procurement"], "On track", "green"),
            ("Deliver commissioning skills training to all Heads of Service and budget holders.",
             "September 2026", "2026-09", None, "Head of Profession (HR) and Transformation",
             ["Head of Profession (HR) and Transformation"], "Not started", "unrated"),
        ]),
        ("R2", "The Council should improve the consistency of its contract management, including keeping an accurate contracts register and assigning a named contract manager to every contract above £100,000.", [
            ("Review the contracts register and confirm a named contract manager for every contract over £100,000.\nIntroduce quarterly contract review meetings for high-value and high-risk contracts, recorded on the e-procurement system.",
             "31 December 2025", "2025-12", None, "Head of Corporate Procurement; Heads of Service",
             ["Head of Corporate Procurement", "Heads of Service"], "Complete", "blue"),
        ]),
        ("R3", "The Council should use information on outcomes and value for money to evaluate whether commissioned services are delivering what was intended.", [
            ("Include outcome and value-for-money measures in all new service specifications for social care and housing support contracts, and report them annually to the relevant Scrutiny Committee.",
             "Q2 2026/27", "2026-09", None, "Director of Social Services; Head of Housing Services",
             ["Director of Social Services", "Head of Housing Services"], "On track", "green"),
        ]),
        ("R4", "The Council should ensure that its Governance and Audit Committee receives regular assurance on commissioning and contract management risks.", [
            ("Add commissioning and contract management to the corporate risk register with a named risk owner.",
             "November 2025", "2025-11", None, "Head of Audit and Risk", ["Head of Audit and Risk"], "Complete", "blue"),
            ("Provide an annual assurance report on contract management to the Governance and Audit Committee, the first in June 2026.",
             "June 2026", "2026-06", None, "Head of Corporate Procurement", ["Head of Corporate Procurement"], "On track", "green"),
        ]),
        ("R5", "The Council should work with other North Wales councils and partners to identify opportunities for joint commissioning.", [
            ("Lead a regional review of joint commissioning opportunities for domiciliary care through the North Wales Commissioning Board.",
             "Ongoing", None, "Ongoing", "Director of Social Services", ["Director of Social Services"], "On track", "green"),
        ]),
    ]
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Isle of Anglesey County Council / Cyngor Sir Ynys Môn")
    t1 = doc.add_table(rows=0, cols=2)
    t1.style = "Table Grid"
    for k, v in [("Report title", "Commissioning and Contract Management – Isle of Anglesey County Council"),
                 ("Report date", "September 2025"),
                 ("Document reference", "4927A2025"),
                 ("Considered by", "Governance and Audit Committee, 4 December 2025")]:
        cells = t1.add_row().cells
        set_text(cells[0], k, bold=True)
        set_text(cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph(
        "The Council accepts all five recommendations. The table below sets out the actions the Council "
        "will take. Progress will be reported to the Governance and Audit Committee through the "
        "Council’s tracker of regulatory recommendations.")
    heads = ["Ref", "Recommendation", "Organisational response (planned actions)", "Completion date",
             "Responsible officer (title)", "Status (January 2026)"]
    t2 = doc.add_table(rows=1, cols=len(heads))
    t2.style = "Table Grid"
    for j, h in enumerate(heads):
        set_text(t2.rows[0].cells[j], h, bold=True)
        shade(t2.rows[0].cells[j], "D9D9D9")
    exp = []
    for ref, rec, acts in recs:
        start = len(t2.rows)
        for (text, date, end, etext, leadcell, leads, st, status) in acts:
            cells = t2.add_row().cells
            set_text(cells[2], text)
            set_text(cells[3], date)
            set_text(cells[4], leadcell)
            set_text(cells[5], st)
            exp.append(act(ref, [rec], text, leads, end, status, etext))
        stop = len(t2.rows) - 1
        a = t2.cell(start, 0)
        b = t2.cell(start, 1)
        if stop > start:
            a = a.merge(t2.cell(stop, 0))
            b = b.merge(t2.cell(stop, 1))
        set_text(a, ref)
        set_text(b, rec)
    widths = [Cm(1.3), Cm(6.5), Cm(8.5), Cm(2.7), Cm(4), Cm(2.6)]
    for row in t2.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w
    doc.add_paragraph("")
    doc.add_paragraph("Approved by the Leadership Team on 12 November 2025.")
    doc.save(os.path.join(HERE, name))

    EXPECTED[name] = {
        "source": (
            "Imitates a Welsh council's organisational response to an Audit Wales local review, made under "
            "s.96 Local Government and Elections (Wales) Act 2021 (Isle of Anglesey County Council, "
            "Commissioning and Contract Management review, 2025). Copies the Audit Wales organisational "
            "response form: report-details table (report title, date, document reference), then a table "
            "Ref | Recommendation | Organisational response | Completion date | Responsible officer (title), "
            "with a status column added by the council; Ref and Recommendation cells merged down where a "
            "recommendation has two actions; one response cell of two paragraphs."),
        "reads": (
            "A short Word document: a details table (not the plan), an acceptance paragraph and the response "
            "table with five recommendations R1–R5 and seven planned actions, each with a completion date "
            "and responsible officer title. Each action is read under its recommendation text and takes the "
            "recommendation's ref."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    }


# ---------------------------------------------------------------------------
# 5. Cardiff High School - Estyn post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def cardiff_high():
    name = "lo2-cardiff-high-school-estyn-post-inspection-action-plan.docx"
    title = "Cardiff High School – Post-Inspection Action Plan"
    recs = [
        ("R1: Improve the consistency of teaching so that all pupils, including the more able, are suitably challenged", [
            ("1.1", "Introduce a whole-school teaching and learning framework (‘The Cardiff High Lesson’) with a focus on challenge and questioning.",
             "All staff trained by October 2024; lesson observations show at least 80% of lessons are good or better.",
             "Deputy Headteacher (Teaching and Learning)", ["Deputy Headteacher (Teaching and Learning)"],
             "Autumn term 2024", "2024-12", None, "blue"),
            ("1.2", "Establish fortnightly coaching triads for teachers, focused on adapting tasks for more able pupils.",
             "Triads running in all faculties; learning walks show improved challenge.",
             "Assistant Headteacher (Professional Learning) / Heads of Faculty",
             ["Assistant Headteacher (Professional Learning)", "Heads of Faculty"],
             "Spring term 2025", "2025-04", None, "green"),
            ("1.3", "Carry out book looks and pupil voice sessions to evaluate the impact of the framework.",
             "Evaluation reports to the Curriculum and Standards Committee each term.",
             "Senior Leadership Team", ["Senior Leadership Team"],
             "Termly", None, "Termly", "green"),
        ]),
        ("R2: Strengthen the progressive development of pupils’ Welsh language skills", [
            ("2.1", "Appoint a Welsh Language Charter lead and re-launch the Siarter Iaith across the school.",
             "Lead appointed; Siarter Iaith action plan agreed with the Central South Consortium.",
             "Head of Welsh", ["Head of Welsh"],
             "September 2024", "2024-09", None, "blue"),
            ("2.2", "Plan opportunities for pupils to use Welsh outside Welsh lessons in every Key Stage 3 scheme of work.",
             "All KS3 schemes of work include planned Welsh language opportunities.",
             "Head of Welsh; Heads of Faculty", ["Head of Welsh", "Heads of Faculty"],
             "Summer term 2025", "2025-07", None, "amber"),
        ]),
        ("R3: Improve attendance, particularly of pupils eligible for free school meals", [
            ("3.1", "Introduce a tiered attendance strategy with weekly attendance panels and early contact with families when a pupil’s attendance falls below 92%.",
             "Whole-school attendance at or above 92%; gap for eFSM pupils reduced by 3 percentage points.",
             "Deputy Headteacher (Wellbeing)", ["Deputy Headteacher (Wellbeing)"],
             "September 2024 – July 2025", "2025-07", None, "amber"),
            ("3.2", "Work with the Education Welfare Service to support eFSM pupils with persistent absence through home visits and attendance contracts.",
             "Persistent absence of eFSM pupils below 25%.",
             "Family Engagement Officer", ["Family Engagement Officer"],
             "Spring term 2025", "2025-04", None, "red"),
        ]),
        ("R4: Sharpen self-evaluation so that leaders focus precisely on the impact of provision on pupils’ learning", [
            ("4.1", "Revise the self-evaluation calendar so that all evaluation activity focuses on the impact on pupils’ learning and progress.",
             "Calendar published; governors receive impact-focused reports.",
             "Headteacher", ["Headteacher"],
             "July 2024", "2024-07", None, "blue"),
            ("4.2", "Train middle leaders to write faculty improvement plans with measurable success criteria linked to the school development plan.",
             "All faculty plans quality assured by SLT line managers.",
             "Deputy Headteacher (Curriculum)", ["Deputy Headteacher (Curriculum)"],
             "Spring term 2025", "2025-04", None, "green"),
        ]),
    ]
    col = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Estyn inspection: 4–7 March 2024. Report published 13 May 2024. "
                      "Plan approved by the Governing Body on 19 June 2024.")
    doc.add_paragraph("Version history").runs[0].bold = True
    vt = doc.add_table(rows=1, cols=4)
    vt.style = "Table Grid"
    for j, h in enumerate(["Version", "Date", "Author", "Change"]):
        set_text(vt.rows[0].cells[j], h, bold=True)
    for row in [("1.0", "03/06/2024", "Headteacher", "First draft for governors"),
                ("1.1", "19/06/2024", "Headteacher", "Approved by the Governing Body"),
                ("1.2", "21/01/2025", "Deputy Headteacher (Curriculum)", "Mid-year progress review; RAG updated")]:
        cells = vt.add_row().cells
        for j, v in enumerate(row):
            set_text(cells[j], v)
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Blue – completed; Green – on track; Amber – progress slower than planned; "
                      "Red – at risk of not being achieved.")
    exp = []
    for rec, acts in recs:
        doc.add_paragraph("")
        t = doc.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, 5))
        set_text(top, rec, bold=True)
        shade(top, "DEEAF6")
        for j, h in enumerate(["Ref", "Action", "Success criteria", "Lead", "Timescale", "RAG"]):
            set_text(t.cell(1, j), h, bold=True)
        for (ref, text, sc, leadcell, leads, ts, end, etext, status) in acts:
            cells = t.add_row().cells
            set_text(cells[0], ref)
            set_text(cells[1], text)
            set_text(cells[2], sc)
            set_text(cells[3], leadcell)
            set_text(cells[4], ts)
            shade(cells[5], col[status])
            exp.append(act(ref, [rec], text, leads, end, status, etext))
        widths = [Cm(1.2), Cm(8), Cm(7), Cm(4.5), Cm(3.2), Cm(1.6)]
        for row in t.rows[1:]:
            for j, w in enumerate(widths):
                row.cells[j].width = w
    doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reported to each meeting of the full Governing Body "
                      "and reviewed with the local authority Challenge Adviser each half term.")
    doc.save(os.path.join(HERE, name))

    EXPECTED[name] = {
        "source": (
            "Imitates a Welsh secondary school's post-inspection action plan written after an Estyn core "
            "inspection under the 2024 framework (Cardiff High School, inspection March 2024; kind as "
            "described in Estyn follow-up guidance, estyn.gov.wales/inspection-guidance-type/follow-up-en). "
            "Copies: title and inspection line, version-history table, RAG key line (Blue = completed), "
            "then one Word table per Estyn recommendation with the recommendation in a merged, shaded top "
            "row, columns Ref | Action | Success criteria | Lead | Timescale | RAG, RAG given by cell shading "
            "only, timescales in school terms ('Autumn term 2024', 'Spring term 2025', 'Termly')."),
        "reads": (
            "Four recommendation tables (R1–R4) with nine numbered actions; each action is read under its "
            "recommendation, has a lead post, a timescale (mostly school terms) and a shaded RAG cell. "
            "Spring term 2025 ends at the Easter holiday (April 2025 in Cardiff); 'Termly' has no end month."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    }


# ---------------------------------------------------------------------------
# 6. Dover DC - internal audit recommendations tracker (csv) - REFUSE
# ---------------------------------------------------------------------------
def dover():
    name = "lo2-dover-dc-internal-audit-recommendations-tracker-typo-month-refuse.csv"
    title = "Dover District Council – Internal Audit Recommendations Tracker (East Kent Audit Partnership)"
    header = ["Audit area", "Report date", "Assurance level", "Rec ref", "Priority", "Recommendation",
              "Agreed management action", "Responsible officer", "Original target date",
              "Revised target date", "Status", "Progress comment"]
    rows = [
        ["Housing Repairs and Voids", "May 2025", "Limited", "HRV/01", "High",
         "Void properties should be inspected within five working days of the keys being returned.",
         "Introduce a void inspection KPI and report it weekly to the Housing Management Team.",
         "Head of Property Services", "31/07/2025", "September 2025", "Complete",
         "KPI in place; 93% of voids inspected within five days in September."],
        ["Housing Repairs and Voids", "May 2025", "Limited", "HRV/02", "Medium",
         "Rechargeable repairs for tenant damage should be invoiced promptly.",
         "Agree a recharge procedure with Finance and raise invoices within 28 days of void completion.",
         "Voids Manager / Income Manager", "30/09/2025", "December 2025", "On track",
         "Procedure drafted; Finance sign-off due November."],
        ["Housing Repairs and Voids", "May 2025", "Limited", "HRV/03", "High",
         "Contractor invoices should be checked against completed works before payment.",
         "Introduce a 10% post-inspection check of completed repairs before invoices are paid.",
         "Head of Property Services", "31/08/2025", "Febuary 2026", "Overdue",
         "Post-inspection resource being recruited."],
        ["Council Tax Reduction", "June 2025", "Reasonable", "CTR/01", "Medium",
         "Changes in circumstances should be processed within the target of 10 working days.",
         "Review workflow in the revenues system and report processing times to the Revenues and Benefits Partnership board.",
         "Revenues and Benefits Manager", "31/10/2025", "", "On track",
         "Workflow changes live from 1 October."],
        ["Council Tax Reduction", "June 2025", "Reasonable", "CTR/02", "Low",
         "The CTR scheme procedure notes should be updated.",
         "Update procedure notes for the 2026/27 scheme.",
         "Revenues and Benefits Manager", "31/03/2026", "", "Not started", ""],
        ["Cyber Security", "July 2025", "Limited", "CYB/01", "High",
         "Leavers' network accounts should be disabled on their last working day.",
         "Link the HR leavers process to an automatic ICT account disable request.",
         "ICT Manager; HR Manager", "30/09/2025", "", "Complete",
         "Automated workflow tested and live."],
        ["Cyber Security", "July 2025", "Limited", "CYB/02", "Medium",
         "All staff should complete annual cyber awareness training.",
         "Make cyber awareness training mandatory on the learning system and report completion to the Digital Board.",
         "ICT Manager", "31/12/2025", "", "On track", "78% completion at 31 October."],
        ["Waste and Recycling Contract", "August 2025", "Reasonable", "WST/01", "Medium",
         "Contract performance deductions should be applied in line with the contract.",
         "Record defaults monthly and apply deductions through the contract payment mechanism.",
         "Head of Environmental Services", "30/11/2025", "", "On track", ""],
        ["Waste and Recycling Contract", "August 2025", "Reasonable", "WST/02", "Low",
         "The contract risk register should be reviewed.",
         "Review the waste contract risk register with the contractor at the quarterly partnership meeting.",
         "Waste Contract Manager", "31/01/2026", "", "Not started", ""],
    ]
    lines = []
    buf = []

    class W:
        def write(self, s):
            buf.append(s)

    w = csv.writer(W(), lineterminator="\n")
    w.writerow([title] + [""] * (len(header) - 1))
    w.writerow(["Outstanding and recently completed recommendations as at 31 October 2025 – "
                "Governance Committee 27 November 2025"] + [""] * (len(header) - 1))
    w.writerow([""] * len(header))
    w.writerow(header)
    for row in rows:
        w.writerow(row)
    w.writerow([""] * len(header))
    w.writerow(["Summary: 9 recommendations – 2 complete, 4 on track, 1 overdue, 2 not started"]
               + [""] * (len(header) - 1))
    w.writerow(["Priority: High – fundamental weakness; Medium – significant weakness; Low – minor improvement"]
               + [""] * (len(header) - 1))
    text = "".join(buf)
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    lines = text.split("\n")
    typo_line = next(i for i, l in enumerate(lines, start=1) if "Febuary 2026" in l)

    EXPECTED[name] = {
        "source": (
            "Imitates a district council's internal audit recommendations tracker reported to its "
            "governance/audit committee (Dover District Council, internal audit by the East Kent Audit "
            "Partnership, position at 31 October 2025; kind as in e.g. North Devon 'Audit Recommendation "
            "Tracker' and Reading 'Implementation of Audit Recommendations Tracker', with original and "
            "revised target dates). Copies a spreadsheet saved as CSV: title and position lines, audit area / "
            "assurance / priority columns repeated on each row, recommendation beside the agreed management "
            "action, original and revised target dates, summary and priority-key lines at the foot."),
        "reads": (
            "Nine agreed management actions from four audits. On the HRV/03 row the revised target date, "
            "which is the end that counts, reads 'Febuary 2026' - a mistyped month; a careful reader stops "
            "and asks what date was meant rather than guess."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_line,
        "title": title,
    }


# ---------------------------------------------------------------------------
# 7. Folkestone & Hythe DC - RSH consumer standards housing improvement plan (txt)
# ---------------------------------------------------------------------------
def folkestone():
    name = "lo2-folkestone-hythe-dc-rsh-consumer-standards-housing-improvement-plan.txt"
    title = ("Folkestone & Hythe District Council – Housing Improvement Plan: "
             "Regulator of Social Housing Consumer Standards")
    sections = [
        ("1. Safety and Quality Standard", [
            ("At 31 March 2025 the council had 412 overdue fire risk assessment remedial actions, 27 of them high risk.", [
                ("SQ1", "Complete all high-risk fire remedial actions and report weekly progress to the Housing Compliance Board.",
                 "Building Safety Manager", ["Building Safety Manager"], "Dec 2025", "2025-12", None, "G", "green",
                 "24 of 27 high-risk actions complete."),
                ("SQ2", "Clear the remaining medium and low-risk remedial actions through the new fire safety works contract.",
                 "Building Safety Manager; Procurement Lead", ["Building Safety Manager", "Procurement Lead"],
                 "31/03/2026", "2026-03", None, "A", "amber", "Contract awarded October; mobilisation slower than planned."),
            ]),
            ("The council does not have up-to-date stock condition information for around 40% of its homes.", [
                ("SQ3", "Complete a 100% stock condition survey and load the data into the asset management system.",
                 "Asset Manager", ["Asset Manager"], "Q4 2025/26", "2026-03", None, "G", "green",
                 "61% of homes surveyed."),
                ("SQ4", "Adopt a damp and mould policy and a triage process for reports from tenants, in line with Awaab’s Law.",
                 "Head of Housing", ["Head of Housing"], "End of October 2025", "2025-10", None, "B", "blue",
                 "Policy adopted by Cabinet 22 October 2025."),
            ]),
        ]),
        ("2. Transparency, Influence and Accountability Standard", [
            ("Tenant Satisfaction Measures for 2023/24 were not collected and published in line with the regulator’s requirements.", [
                ("TIA1", "Commission an independent TSM perception survey for 2025/26 and publish the results on the council website.",
                 "Tenant Engagement Manager", ["Tenant Engagement Manager"], "Jun-26", "2026-06", None, "G", "green",
                 "Survey provider appointed."),
                ("TIA2", "Establish a Tenant Scrutiny Panel with terms of reference agreed with tenants.",
                 "Tenant Engagement Manager", ["Tenant Engagement Manager"], "By 31 January 2026", "2026-01", None, "A", "amber",
                 "Six tenants recruited; training booked."),
            ]),
            ("Complaint handling does not consistently meet the Housing Ombudsman Complaint Handling Code.", [
                ("TIA3", "Move housing complaints onto the corporate complaints system and report Code compliance quarterly to Cabinet.",
                 "Customer Services Manager / Head of Housing", ["Customer Services Manager", "Head of Housing"],
                 "30/09/2025", "2025-09", None, "B", "blue", "Complete; first quarterly report November 2025."),
            ]),
        ]),
        ("3. Tenancy Standard", [
            ("The council could not evidence that tenancy audits were being carried out or that homes were let fairly.", [
                ("TEN1", "Restart the tenancy audit programme, visiting every tenancy at least once every five years.",
                 "Tenancy Services Manager", ["Tenancy Services Manager"], "Ongoing", None, "Ongoing", "R", "red",
                 "Programme delayed by vacancies in the tenancy team."),
                ("TEN2", "Review the allocations policy and publish annual lettings data.",
                 "Housing Options Manager", ["Housing Options Manager"], "Mar-26", "2026-03", None, "", "unrated",
                 "Not started – depends on Kent Homechoice review."),
            ]),
        ]),
        ("4. Neighbourhood and Community Standard", [
            ("The council could not show how it works with partners to tackle anti-social behaviour and hate incidents affecting tenants.", [
                ("NC1", "Agree an ASB policy for council tenants with the Community Safety Partnership and publish it.",
                 "Community Safety Manager", ["Community Safety Manager"], "31/01/2026", "2026-01", None, "G", "green",
                 "Draft policy out to tenant consultation."),
                ("NC2", "Introduce estate inspections with tenants and ward members for all blocks, with results published online.",
                 "Estate Services Manager", ["Estate Services Manager"], "Apr-26", "2026-04", None, "G", "green",
                 "Inspection schedule agreed."),
            ]),
        ]),
    ]
    out = [title,
           "Version 3.2 – progress to 30 November 2025 – reported to Cabinet 17 December 2025",
           "",
           "\t".join(["Ref", "RSH finding", "Action", "Lead officer", "Target date", "RAG", "Progress note"])]
    exp = []
    counts = {}
    for sec, finds in sections:
        out.append(sec)
        for finding, acts in finds:
            for i, (ref, text, leadcell, leads, target, end, etext, rag, status, note) in enumerate(acts):
                out.append("\t".join([ref, finding if i == 0 else "", text, leadcell, target, rag, note]))
                exp.append(act(ref, [sec, finding], text, leads, end, status, etext))
                counts[status] = counts.get(status, 0) + 1
        out.append("")
    out.append("\t".join(["Totals", f"{len(exp)} actions", f"B {counts.get('blue', 0)}",
                          f"G {counts.get('green', 0)}", f"A {counts.get('amber', 0)}",
                          f"R {counts.get('red', 0)}", f"Not started {counts.get('unrated', 0)}"]))
    out.append("RAG: B = complete; G = on track; A = minor slippage; R = significant slippage or at risk.")
    out.append("Where the finding cell is blank the action responds to the finding above it.")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out) + "\n")

    EXPECTED[name] = {
        "source": (
            "Imitates a stock-holding district council's housing improvement plan after a Regulator of Social "
            "Housing consumer-standards judgement (Folkestone & Hythe District Council, 2025; kind as "
            "councils graded C3 published in 2024-25, cf. RSH consumer regulation reviews on gov.uk), "
            "exported from a spreadsheet as tab-separated text. Copies: title and version lines, one section "
            "line per consumer standard (numbered), the RSH finding written once with blank continuation "
            "cells below it, refs SQ1/TIA1/TEN1/NC1, dates in several forms, B/G/A/R letters, and a totals "
            "line, RAG key and note at the foot."),
        "reads": (
            "Eleven actions under four numbered consumer-standard sections; each answers an RSH finding "
            "written on its first row and left blank on following rows (the note says blank means the "
            "finding above). RAG letters B/G/A/R, one blank (not started); the totals line is not an action."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    }


def main():
    for fn in (surrey, swp, crawley, anglesey, cardiff_high, dover, folkestone):
        fn()
    if "--yaml" in sys.argv:
        order = ["source", "reads", "outcome", "accept_refusal", "refuse_at", "title", "actions"]
        for name, d in EXPECTED.items():
            d = {k: d[k] for k in order if k in d}
            with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
                yaml.safe_dump(d, f, sort_keys=False, allow_unicode=True, width=100)
    print("built", len(EXPECTED), "files")


if __name__ == "__main__":
    main()
