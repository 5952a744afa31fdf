#!/usr/bin/env python3
"""Build the seven no1- blind cases (children's services plans) for set heldout413.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Writes each data file and its NAME.expected.yaml beside it.
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

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "5B9BD5",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(colour):
    return PatternFill("solid", start_color=FILL.get(colour, colour), end_color=FILL.get(colour, colour))


def write_expected(name, meta, actions=None):
    doc = {}
    doc["source"] = meta["source"]
    doc["reads"] = meta["reads"]
    doc["outcome"] = meta["outcome"]
    doc["accept_refusal"] = meta.get("accept_refusal", False)
    if "refuse_at" in meta:
        doc["refuse_at"] = meta["refuse_at"]
    if meta.get("title") is not None:
        doc["title"] = meta["title"]
    if actions is not None:
        out = []
        for a in actions:
            item = {
                "ref": a["ref"],
                "under": a["under"],
                "action": a["action"],
                "lead": a["lead"],
                "end": a["end"],
            }
            if a.get("end_text") is not None:
                item["end_text"] = a["end_text"]
            item["status"] = a["status"]
            out.append(item)
        doc["actions"] = out
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=100)


def A(ref, under, action, lead_cell, lead, end_cell, end, status, end_text=None, **extra):
    d = dict(ref=ref, under=under, action=action, lead_cell=lead_cell, lead=lead,
             end_cell=end_cell, end=end, status=status, end_text=end_text)
    d.update(extra)
    return d


# ---------------------------------------------------------------------------
# 1. Devon - early help partnership strategy delivery plan (xlsx, several sheets)
# ---------------------------------------------------------------------------
def make_devon():
    name = "no1-devon-county-council-early-help-partnership-strategy-action-plan.xlsx"
    title = "Early Help Strategy 2024–2027: Delivery Action Plan 2025/26"
    P1 = "Priority 1: Families get the right help at the right time"
    P2 = "Priority 2: A confident, skilled early help workforce across the partnership"
    P3 = "Priority 3: Family hubs at the heart of every community"
    sheets = [
        ("P1 Right help", P1,
         "What we want to achieve: fewer repeat contacts to the front door and more families supported "
         "early through a family hub or their school.",
         [
             A("1.1", [P1],
               "Publish a single Early Help Assessment and plan template for use by all partners, replacing "
               "the separate health, school and council versions.",
               "Early Help Strategic Lead", ["Early Help Strategic Lead"], "Sept 2025", "2025-09", "blue",
               measure="Template agreed by Early Help Partnership Group; 80% of new assessments on the new "
                       "template by March 2026",
               partners="Schools, Public Health Nursing, DCFP",
               update="Template launched 1 September 2025 with briefing sessions attended by 412 practitioners."),
             A("1.2", [P1],
               "Roll out the online Request for Support form through the Devon Family Hubs network so that "
               "families can ask for help themselves.",
               "Family Hubs Programme Manager", ["Family Hubs Programme Manager"], "31/12/2025", "2025-12", "green",
               measure="Form live in all nine main hubs; self-referrals reported quarterly",
               partners="Voluntary and community sector, Family Hubs",
               update="Live in six of nine hubs. Remaining three planned for November."),
             A("1.3", [P1],
               "Review the step-down pathway from children's social care to early help, including a joint "
               "transfer meeting with the family for every step-down.",
               "Head of Early Help / Principal Social Worker", ["Head of Early Help", "Principal Social Worker"],
               "Q3 2025/26", "2025-12", "amber",
               measure="Joint transfer meeting held for 90% of step-downs",
               partners="Children's social care, Schools",
               update="Draft pathway agreed. Joint transfer meetings held in 61% of step-downs in Q2 (target 90%)."),
         ]),
        ("P2 Workforce", P2,
         "What we want to achieve: practitioners in every agency feel able to lead early help for a family.",
         [
             A("2.1", [P2],
               "Deliver the multi-agency Early Help Lead Practitioner training programme, with four cohorts "
               "across the North, East, South and West localities.",
               "DCFP Learning and Development Manager", ["DCFP Learning and Development Manager"],
               "March 2026", "2026-03", "green",
               measure="120 practitioners trained; post-course confidence survey",
               partners="Schools, Health, Police, VCS",
               update="Cohorts 1 and 2 complete (58 practitioners). Cohort 3 booked for January."),
             A("2.2", [P2],
               "Launch a quarterly multi-agency early help audit, with findings reported to the Quality and "
               "Effectiveness Group.",
               "Early Help Quality Assurance Lead", ["Early Help Quality Assurance Lead"], "Jul-25", "2025-07",
               "blue",
               measure="First audit reported to QEG",
               partners="DCFP partners",
               update="First audit (24 cases) reported to QEG on 18 July 2025."),
             A("2.3", [P2],
               "Agree a shared supervision standard for early help practitioners in schools and the voluntary "
               "sector.\nPilot in two secondary schools before wider roll-out.",
               "Jo Pearce and Mark Ellery", ["Jo Pearce", "Mark Ellery"], "April 2026", "2026-04", "red",
               measure="Standard agreed; pilot evaluated",
               partners="Secondary schools, VCS",
               update="Both pilot schools withdrew in September. New schools being sought through the "
                      "Devon Association of Secondary Heads."),
         ]),
        ("P3 Family Hubs", P3,
         "What we want to achieve: every family knows where their nearest family hub is and what it offers.",
         [
             A("3.1", [P3],
               "Open the remaining three main Family Hubs (Barnstaple, Newton Abbot and Tiverton) with a "
               "published timetable of services.",
               "Family Hubs Programme Manager", ["Family Hubs Programme Manager"], "31 March 2026", "2026-03",
               "amber",
               measure="Nine main hubs open",
               partners="District councils, Public Health Nursing",
               update="Newton Abbot open. Building works at Tiverton delayed to February."),
             A("3.2", [P3],
               "Co-produce the Family Hubs 'Start for Life' offer with parents through the Parent Carer Panel.",
               "Start for Life Lead; Public Health Devon", ["Start for Life Lead", "Public Health Devon"],
               "Ongoing", None, "green", end_text="Ongoing",
               measure="Parent Carer Panel meets bi-monthly",
               partners="Parent Carer Panel, Midwifery",
               update="Panel has met three times; infant feeding offer redesigned with parents."),
             A("3.3", [P3],
               "Publish a quarterly Family Hubs dashboard showing reach, repeat contacts and outcomes by "
               "locality.",
               "Performance and Insight Manager", ["Performance and Insight Manager"], "Dec-25", "2025-12",
               "unrated",
               measure="Dashboard published on DCFP website",
               partners="Devon ICB",
               update=""),
         ]),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Devon Children and Families Partnership"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A3"] = "Owner: Early Help Partnership Group. Reported quarterly to the DCFP Executive."
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Summary of changes"),
            ("0.3", "14/04/2025", "Early Help Strategic Lead", "Draft for Early Help Partnership Group"),
            ("1.0", "22/05/2025", "Early Help Strategic Lead", "Approved by DCFP Executive"),
            ("1.1", "17/10/2025", "DCFP Business Unit", "Q2 progress updates added")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [("Blue", "blue", "Complete"),
           ("Green", "green", "On track to deliver by the date shown"),
           ("Amber", "amber", "Some slippage – mitigating action in place"),
           ("Red", "red", "Off track – escalated to DCFP Executive")]
    for i, (w, col, meaning) in enumerate(key):
        c = cov.cell(row=12 + i, column=1, value=w)
        c.fill = fill(col)
        c.border = BOX
        cov.cell(row=12 + i, column=2, value=meaning).border = BOX
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 40
    cov.column_dimensions["C"].width = 26
    cov.column_dimensions["D"].width = 40

    # summary sheet (totals block, not actions)
    summ = wb.create_sheet("Summary")
    summ["A1"] = "Q2 2025/26 RAG summary"
    summ["A1"].font = Font(bold=True, size=13)
    hdr = ["Priority", "Blue", "Green", "Amber", "Red", "Not yet rated", "Total"]
    for j, h in enumerate(hdr):
        c = summ.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    totals = [0] * 6
    for i, (_, heading, _, acts) in enumerate(sheets):
        counts = [sum(1 for a in acts if a["status"] == s) for s in ("blue", "green", "amber", "red", "unrated")]
        counts.append(len(acts))
        totals = [t + c for t, c in zip(totals, counts)]
        summ.cell(row=4 + i, column=1, value=heading.split(":")[0]).border = BOX
        for j, v in enumerate(counts):
            summ.cell(row=4 + i, column=2 + j, value=v).border = BOX
    summ.cell(row=7, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(totals):
        c = summ.cell(row=7, column=2 + j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    summ.column_dimensions["A"].width = 14

    hdr = ["Ref", "Action", "Milestones / measures of success", "Lead", "Key partners", "By when", "RAG",
           "Q2 update (October 2025)"]
    widths = [7, 55, 40, 30, 28, 13, 9, 50]
    all_actions = []
    for sheet_name, heading, note, acts in sheets:
        ws = wb.create_sheet(sheet_name)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
        ws["A1"].fill = fill("1F4E79")
        ws.merge_cells("A1:H1")
        ws["A2"] = note
        ws["A2"].font = Font(italic=True)
        ws.merge_cells("A2:H2")
        for j, h in enumerate(hdr):
            c = ws.cell(row=4, column=1 + j, value=h)
            c.font = Font(bold=True)
            c.fill = fill("D9E1F2")
            c.border = BOX
            c.alignment = WRAP
            ws.column_dimensions[chr(65 + j)].width = widths[j]
        for i, a in enumerate(acts):
            r = 5 + i
            rag = {"blue": "Blue", "green": "Green", "amber": "Amber", "red": "Red", "unrated": None}[a["status"]]
            vals = [a["ref"], a["action"], a["measure"], a["lead_cell"], a["partners"], a["end_cell"], rag,
                    a["update"] or None]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.border = BOX
                c.alignment = WRAP
            if a["status"] != "unrated":
                ws.cell(row=r, column=7).fill = fill(a["status"])
        all_actions.extend(acts)
    wb.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates a county early help partnership strategy delivery plan of the kind Devon Children "
                "and Families Partnership publishes for its early help / family hubs programme (2024-2027 "
                "strategy, annual delivery plan with quarterly updates). Copied features: cover sheet with "
                "title, document-control table and RAG key; a Summary sheet of RAG counts with a totals row; "
                "one sheet per priority with a merged priority banner and an italic 'what we want to achieve' "
                "note line; RAG word in the cell with matching fill; partners and milestones columns; a "
                "quarterly update column."),
        reads=("A five-sheet workbook: cover (title, version history, RAG key), a RAG summary, then three "
               "priority sheets each holding three numbered actions under the priority heading. Nine actions "
               "in all; one is not yet rated (blank RAG) and one runs Ongoing."),
        outcome="read",
        accept_refusal=False,
        title=title,
    )
    write_expected(name, meta, all_actions)
    return name, all_actions


# ---------------------------------------------------------------------------
# 2. Calderdale YJS - national standards self-assessment improvement plan (xlsx, fill-only RAG)
# ---------------------------------------------------------------------------
def make_calderdale():
    name = "no1-calderdale-youth-justice-service-national-standards-self-assessment-improvement-plan.xlsx"
    title = "Calderdale Youth Justice Service – National Standards Self-Assessment Improvement Plan 2024/25"
    NS1 = "NS1: Out of court disposals"
    NS2 = "NS2: At court"
    NS3 = "NS3: In the community"
    NS5 = "NS5: On transition"
    afi1 = ("Out of court disposal decisions are not consistently informed by the child's views and the "
            "victim's views.")
    afi2 = "Pre-sentence reports are not always quality assured by a manager before they are submitted to court."
    afi3 = "Plans do not consistently address the child's education, training and employment needs."
    afi4 = ("Contingency planning for risk of harm to others is not specific enough about what will happen "
            "and who will act.")
    afi5 = "Planning for transition to adult probation services does not start early enough."
    d = dt.datetime
    groups = [
        (NS1, [(afi1, [
            A("1.1", [NS1, afi1],
              "Revise the joint decision-making panel template so that the child's and the victim's views are "
              "recorded before a disposal is agreed.",
              "OOCD Team Manager", ["OOCD Team Manager"], None, "2024-09", "blue",
              orig=d(2024, 9, 30), rev=None, prev="green",
              update="New template in use from September panel. Views recorded in 19 of 20 cases audited."),
            A("1.2", [NS1, afi1],
              "Audit 20 out of court disposal cases each quarter against the revised template and report the "
              "findings to the Management Board.",
              "Quality Assurance Officer", ["Quality Assurance Officer"], None, "2025-03", "green",
              orig=d(2024, 12, 31), rev=d(2025, 3, 31), prev="amber",
              update="Q3 audit delayed by staff absence; completed February and due at March Board."),
        ])]),
        (NS2, [(afi2, [
            A("2.1", [NS2, afi2],
              "Introduce manager gatekeeping of all pre-sentence reports before they are submitted to court.",
              "Court Team Manager", ["Court Team Manager"], None, "2024-10", "blue",
              orig=d(2024, 10, 31), rev=None, prev="green",
              update="Gatekeeping log in place since October. Magistrates' feedback positive."),
        ])]),
        (NS3, [(afi3, [
            A("3.1", [NS3, afi3],
              "Embed an education, training and employment worker within each case management team and add an "
              "ETE section to every intervention plan.",
              "Head of Youth Justice; Calderdale Virtual School",
              ["Head of Youth Justice", "Calderdale Virtual School"], None, "2025-06", "amber",
              orig=d(2025, 1, 31), rev=d(2025, 6, 30), prev="red",
              update="ETE worker recruited for Team A; Team B post re-advertised. Plan template updated."),
        ]), (afi4, [
            A("3.2", [NS3, afi4],
              "Deliver risk and safety planning refresher training to all case managers and seconded staff.",
              "YJS Practice Lead", ["YJS Practice Lead"], None, "2025-02", "amber",
              orig=d(2025, 2, 28), rev=None, prev="amber",
              update="Two of three sessions delivered; seconded police and health staff still to attend."),
            A("3.3", [NS3, afi4],
              "Add a contingency plan check to the monthly case supervision record.",
              "Operational Managers", ["Operational Managers"], None, "2025-03", "green",
              orig=d(2025, 3, 31), rev=None, prev=None,
              update="New action added December 2024 following Board challenge."),
        ])]),
        (NS5, [(afi5, [
            A("5.1", [NS5, afi5],
              "Agree a joint transitions protocol with the Probation Service so that planning starts when a "
              "child reaches 17 years and 3 months.",
              "Head of Youth Justice / Probation Head of PDU", ["Head of Youth Justice", "Probation Head of PDU"],
              None, "2025-04", "red",
              orig=d(2024, 12, 31), rev=d(2025, 4, 30), prev="amber",
              update="Protocol drafted but not yet signed off by Probation regional lead. Escalated to Chair."),
            A("5.2", [NS5, afi5],
              "Track every child due to transfer on a monthly transitions tracker reviewed by the Head of Youth "
              "Justice.",
              "JH/SK", ["JH", "SK"], None, "2025-01", "green",
              orig=d(2025, 1, 31), rev=None, prev="green",
              update="Tracker live; four children currently on it."),
        ])]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Update for Youth Justice Management Board – 11 March 2025"
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "RAG ratings are shown by colour only – see the Key tab."
    hdr = ["Standard", "Ref", "Area for improvement", "Action", "Lead", "Original target date",
           "Revised target date", "Previous RAG (Dec 24)", "Current RAG (Mar 25)", "Update"]
    widths = [20, 6, 40, 50, 26, 12, 12, 11, 11, 45]
    for j, h in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("44546A")
        c.alignment = WRAP
        c.border = BOX
        ws.column_dimensions[chr(65 + j)].width = widths[j]
    r = 6
    all_actions = []
    for std, afis in groups:
        std_start = r
        for afi, acts in afis:
            afi_start = r
            for a in acts:
                ws.cell(row=r, column=2, value=a["ref"])
                ws.cell(row=r, column=4, value=a["action"])
                ws.cell(row=r, column=5, value=a["lead_cell"])
                c = ws.cell(row=r, column=6, value=a["orig"])
                c.number_format = "dd/mm/yyyy"
                if a["rev"] is not None:
                    c = ws.cell(row=r, column=7, value=a["rev"])
                    c.number_format = "dd/mm/yyyy"
                if a["prev"]:
                    ws.cell(row=r, column=8).fill = fill(a["prev"])
                ws.cell(row=r, column=9).fill = fill(a["status"])
                ws.cell(row=r, column=10, value=a["update"])
                for j in range(1, 11):
                    ws.cell(row=r, column=j).border = BOX
                    ws.cell(row=r, column=j).alignment = WRAP
                all_actions.append(a)
                r += 1
            ws.cell(row=afi_start, column=3, value=afi)
            if r - 1 > afi_start:
                ws.merge_cells(start_row=afi_start, start_column=3, end_row=r - 1, end_column=3)
        c = ws.cell(row=std_start, column=1, value=std)
        c.font = Font(bold=True)
        if r - 1 > std_start:
            ws.merge_cells(start_row=std_start, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(row=r + 1, column=1,
            value="Note: RAG ratings are self-assessed by the action lead and moderated by the Head of Youth "
                  "Justice before each Board.")
    ws.freeze_panes = "A6"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (col, meaning) in enumerate([("blue", "Completed – evidence seen by Board"),
                                        ("green", "On track"),
                                        ("amber", "Some slippage – recoverable"),
                                        ("red", "Off track – Board support needed")]):
        key.cell(row=2 + i, column=1).fill = fill(col)
        key.cell(row=2 + i, column=2, value=meaning)
    key.column_dimensions["B"].width = 40
    wb.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates a youth justice service improvement plan drawn up after the YJB national standards "
                "self-assessment (Standards for children in the youth justice system 2019: NS1 out of court, "
                "NS2 at court, NS3 in the community, NS5 on transition), as reported to a local Youth Justice "
                "Management Board such as Calderdale's in 2024/25. Copied features: standard and area-for-"
                "improvement cells merged down over their actions, original and revised target dates as real "
                "dates, Previous and Current RAG columns shown by fill colour only with the key on a separate "
                "tab, a note line under the table."),
        reads=("One sheet of eight numbered actions grouped by national standard and the area for improvement "
               "each answers; the end is the revised date where one is given, and the status is the current "
               "RAG fill colour (blue = completed per the Key tab)."),
        outcome="read",
        accept_refusal=False,
        title=title,
    )
    write_expected(name, meta, all_actions)
    return name, all_actions


# ---------------------------------------------------------------------------
# 3. Mid and West Wales Adoption Service - CIW inspection improvement plan (xlsx, theme + AFI rows)
# ---------------------------------------------------------------------------
def make_mww_adoption():
    name = "no1-mid-and-west-wales-adoption-service-ciw-inspection-improvement-plan.xlsx"
    title = "Mid and West Wales Adoption Service – CIW Inspection Improvement Plan"
    T1 = "Leadership and management"
    T2 = "Care and development"
    AF1 = ("Area for improvement 1 – The service provider must ensure the quality of care review is completed "
           "every six months and includes the views of adopters, birth families and staff.")
    AF2 = ("Area for improvement 2 – Records of supervision must evidence reflective discussion and the "
           "actions agreed.")
    AF3 = ("Area for improvement 3 – Life journey materials should be provided to adopters in a timely way, "
           "and no later than the second statutory review after placement.")
    AF4 = ("Area for improvement 4 – The service should ensure prospective adopters' assessments are completed "
           "within the timescales set by the National Adoption Service.")
    STATUS_WORD = {"blue": "Complete", "green": "On track", "amber": "At risk", "red": "Off track",
                   "unrated": "Not started"}
    blocks = [
        (T1, [
            (AF1, [
                A("1", [T1, AF1],
                  "Introduce a six-monthly quality of care review cycle, with the first review reported to the "
                  "Regional Adoption Management Board.",
                  "Regional Adoption Manager", ["Regional Adoption Manager"], "May 2025", "2025-05", "blue",
                  rev="", progress="Review completed April 2025 and presented to the Board on 15 May 2025."),
                A("2", [T1, AF1],
                  "Develop feedback questionnaires for adopters and birth parents, available in Welsh and "
                  "English, to inform each review.",
                  "Team Manager – Adoption Support", ["Team Manager – Adoption Support"], "30/06/2025",
                  "2025-06", "blue",
                  rev="", progress="Bilingual questionnaires in use; 31 returns for the October review."),
            ]),
            (AF2, [
                A("3", [T1, AF2],
                  "Revise the supervision recording template to include reflective discussion and agreed "
                  "actions with timescales.",
                  "Practice Lead", ["Practice Lead"], "End of July 2025", "2025-07", "blue",
                  rev="", progress="New template agreed by all four authorities and in use since August."),
                A("4", [T1, AF2],
                  "Dip-sample ten supervision records each quarter and feed back findings to supervisors.",
                  "Regional Adoption Manager / Practice Lead", ["Regional Adoption Manager", "Practice Lead"],
                  "Quarterly", None, "green", end_text="Quarterly",
                  rev="", progress="Q2 sample: 8 of 10 records fully compliant."),
            ]),
        ]),
        (T2, [
            (AF3, [
                A("5", [T2, AF3],
                  "Set up a tracker of life journey work for every child placed, reviewed monthly at the "
                  "family finding team meeting.",
                  "Team Manager – Family Finding", ["Team Manager – Family Finding"], "November 2025",
                  "2025-11", "amber",
                  target="September 2025", rev="November 2025",
                  progress="Tracker built; Powys and Ceredigion data still being added."),
                A("6", [T2, AF3],
                  "Agree with the four local authorities that later life letters are drafted before the "
                  "adoption order application is made.",
                  "Adoption Panel Adviser", ["Adoption Panel Adviser"], "Q3 2025/26", "2025-12", "red",
                  rev="", progress="Not yet agreed by two authorities; raised at Management Board."),
            ]),
            (AF4, [
                A("7", [T2, AF4],
                  "Recruit two additional assessing social workers to reduce the number of assessments "
                  "waiting to start.",
                  "Regional Adoption Manager", ["Regional Adoption Manager"], "31 March 2026", "2026-03",
                  "unrated",
                  rev="", progress="Awaiting regional funding decision."),
            ]),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    info = [("Service:", "Mid and West Wales Adoption Service (Carmarthenshire, Ceredigion, Pembrokeshire and "
                         "Powys)"),
            ("Inspection dates:", "3 – 6 February 2025"),
            ("Report published:", "8 April 2025"),
            ("Plan owner:", "Regional Adoption Manager"),
            ("Last updated:", "14 November 2025")]
    for i, (k, v) in enumerate(info):
        ws.cell(row=2 + i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=2 + i, column=2, value=v)
    ws.cell(row=8, column=1, value="Status key:").font = Font(bold=True)
    for j, col in enumerate(["blue", "green", "amber", "red", "unrated"]):
        c = ws.cell(row=8, column=2 + j, value=STATUS_WORD[col])
        if col != "unrated":
            c.fill = fill(col)
        c.border = BOX
    hdr = ["No.", "Action", "Responsible officer", "Target date", "Revised target date", "Evidence / progress",
           "Status"]
    widths = [6, 55, 32, 16, 16, 45, 13]
    for j, h in enumerate(hdr):
        c = ws.cell(row=10, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BOX
        c.alignment = WRAP
        ws.column_dimensions[chr(65 + j)].width = widths[j]
    r = 11
    all_actions = []
    for theme, afis in blocks:
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True, color="FFFFFF", size=12)
        c.fill = fill("2F5597")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for afi, acts in afis:
            c = ws.cell(row=r, column=1, value=afi)
            c.font = Font(italic=True, bold=True)
            c.fill = fill("DEEBF7")
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 30
            r += 1
            for a in acts:
                target = a.get("target") or a["end_cell"]
                vals = [a["ref"], a["action"], a["lead_cell"], target, a["rev"] or None, a["progress"],
                        STATUS_WORD[a["status"]]]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.border = BOX
                    c.alignment = WRAP
                if a["status"] != "unrated":
                    ws.cell(row=r, column=7).fill = fill(a["status"])
                all_actions.append(a)
                r += 1
    vc = wb.create_sheet("Version control")
    for i, row in enumerate([("Version", "Date", "Changes"),
                             ("1.0", "06/05/2025", "Plan submitted to CIW"),
                             ("1.1", "12/08/2025", "Progress update for Management Board"),
                             ("1.2", "14/11/2025", "Progress update; revised date for action 5")]):
        for j, v in enumerate(row):
            vc.cell(row=1 + i, column=1 + j, value=v)
    wb.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates the improvement plan a Welsh regional adoption collaborative writes after a Care "
                "Inspectorate Wales inspection (CIW inspected Western Bay and South East Wales adoption "
                "services in 2025 and reported areas for improvement); the body here is Mid and West Wales "
                "Adoption Service (Carmarthenshire, Ceredigion, Pembrokeshire, Powys). Copied features: "
                "label/value header block, a coloured status key row, merged theme banner rows, merged "
                "area-for-improvement rows above their actions, target and revised target date columns, "
                "status words with matching fill, a separate version-control sheet."),
        reads=("Seven numbered actions under two themes and four areas for improvement. Statuses are words "
               "from the plan's own key (At risk = amber fill, Off track = red fill, Not started = no rating); "
               "action 5 has a revised target date of November 2025, which is its end."),
        outcome="read",
        accept_refusal=False,
        title=title,
    )
    write_expected(name, meta, all_actions)
    return name, all_actions


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


def set_cell(cell, text, bold=False):
    """Write text; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for extra in parts[1:]:
        p = cell.add_paragraph()
        run = p.add_run(extra)
        run.bold = bold


# ---------------------------------------------------------------------------
# 4. Warwickshire - corporate parenting panel action plan (docx, one table per promise)
# ---------------------------------------------------------------------------
def make_warwickshire():
    name = "no1-warwickshire-county-council-corporate-parenting-panel-action-plan.docx"
    title = "Corporate Parenting Panel Action Plan 2025–2026"
    PR1 = "Promise 1: We will listen to you and act on what you tell us"
    PR2 = "Promise 2: We will make sure you have a safe and stable home"
    PR3 = "Promise 3: We will help you do well in education and work"
    promises = [
        (PR1, [
            A("P1.1", [PR1],
              "Hold a 'You Said, We Did' session at every Children in Care Council meeting, with a Panel member "
              "present.",
              "Participation Manager", ["Participation Manager"], "Ongoing", None, "green", end_text="Ongoing",
              rag="G", update="Sessions held in June and September; Cllr attendance at both."),
            A("P1.2", [PR1],
              "Co-produce the new Corporate Parenting Strategy with members of the Children in Care Council and "
              "the Care Leavers Forum.",
              "Lisa Hart and Priya Sandhu", ["Lisa Hart", "Priya Sandhu"], "March 2026", "2026-03", "amber",
              rag="A", update="Two workshops held. Care leavers asked for evening sessions, so timetable revised."),
        ]),
        (PR2, [
            A("P2.1", [PR2],
              "Increase the number of Warwickshire foster carer households by 20 through the Foster "
              "Warwickshire recruitment campaign.",
              "Fostering Service Manager", ["Fostering Service Manager"], "Mar-26", "2026-03", "amber",
              rag="A", update="Net gain of 6 households since April; 11 assessments in progress."),
            A("P2.2", [PR2],
              "Make sure every child placed more than 20 miles from Warwickshire has a stability plan reviewed "
              "by the Panel.\nReport the numbers to each Panel meeting.",
              "Head of Service (Children in Care)", ["Head of Service (Children in Care)"], "Dec 2025",
              "2025-12", "green",
              rag="G", update="Reported to June and September Panels. 37 children currently placed at distance."),
            A("P2.3", [PR2],
              "Young Inspectors to revisit the 12 supported accommodation properties they inspected in 2024.",
              "Participation Manager / Commissioning Officer", ["Participation Manager", "Commissioning Officer"],
              "October 2025", "2025-10", "blue",
              rag="B", update="All 12 revisited; report to December Panel."),
        ]),
        (PR3, [
            A("P3.1", [PR3],
              "Offer a guaranteed interview for council apprenticeships to every care leaver who meets the "
              "minimum criteria.",
              "Head of HR and Organisational Development", ["Head of HR and Organisational Development"],
              "Sept 2025", "2025-09", "blue",
              rag="B", update="Guaranteed interview scheme in place from September intake."),
            A("P3.2", [PR3],
              "Run a summer programme of tuition and enrichment for children in care in Years 10 and 11.",
              "Virtual School Headteacher", ["Virtual School Headteacher"], "Summer term 2026", "2026-07",
              "green", end_text="Summer term 2026",
              rag="G", update="Tuition provider commissioned; enrichment offer being planned with the Youth Service."),
            A("P3.3", [PR3],
              "Give every care leaver aged 18–21 who is not in education, employment or training a named EET "
              "mentor.",
              "Leaving Care Service Manager", ["Leaving Care Service Manager"], "January 2026", "2026-01", "red",
              rag="R", update="Mentor scheme funding not confirmed. 41% of NEET care leavers have a mentor."),
        ]),
    ]
    RAGFILL = {"G": FILL["green"], "A": FILL["amber"], "R": FILL["red"], "B": FILL["blue"]}

    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Warwickshire County Council – Children and Families")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Service Manager, Corporate Parenting"),
                 ("Version", "2.1"),
                 ("Approved by", "Corporate Parenting Panel, 9 June 2025"),
                 ("Last updated", "22 September 2025"),
                 ("Next review", "December 2025")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)

    doc.add_paragraph("")
    doc.add_paragraph(
        "This action plan sets out what we, as corporate parents, will do in 2025–2026 to keep the promises we "
        "made to Warwickshire's children in care and care leavers. The Children in Care Council chose the "
        "three promises. Progress is reported to every meeting of the Corporate Parenting Panel.")

    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for letter, meaning in [("R", "Not on track – Panel support needed"), ("A", "Some delay – recoverable"),
                            ("G", "On track"), ("B", "Complete")]:
        row = k.add_row().cells
        set_cell(row[0], letter, bold=True)
        shade(row[0], RAGFILL[letter])
        set_cell(row[1], meaning)

    all_actions = []
    hdr = ["Ref", "What we will do", "Lead", "Timescale", "RAG", "Update (September 2025)"]
    for heading, acts in promises:
        doc.add_heading(heading, level=2)
        tb = doc.add_table(rows=1, cols=len(hdr))
        tb.style = "Table Grid"
        for j, h in enumerate(hdr):
            set_cell(tb.rows[0].cells[j], h, bold=True)
            shade(tb.rows[0].cells[j], "D9D9D9")
        for a in acts:
            cells = tb.add_row().cells
            for j, v in enumerate([a["ref"], a["action"], a["lead_cell"], a["end_cell"], a["rag"],
                                   a["update"]]):
                set_cell(cells[j], v)
            shade(cells[4], RAGFILL[a["rag"]])
            all_actions.append(a)
        doc.add_paragraph("")
    doc.add_paragraph("Next update to the Corporate Parenting Panel: 8 December 2025.")
    doc.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates a county council corporate parenting action plan taken to its Corporate Parenting "
                "Panel (Warwickshire's member body is a Panel; pledge/promise-based plans like Bracknell "
                "Forest's 2025-2028 action plan). Copied features: title and directorate line, a two-column "
                "document-control table, intro paragraph, a RAG key table (B = complete), one heading and "
                "table per promise with Ref / What we will do / Lead / Timescale / RAG letter (shaded) / "
                "Update, a closing note line."),
        reads=("Eight actions in three tables, one per promise, each read under its promise heading. One "
               "action's text runs over two paragraphs in its cell; leads include two named officers and two "
               "posts split by a slash; one timescale is Ongoing and one is Summer term 2026."),
        outcome="read",
        accept_refusal=False,
        title=title,
    )
    write_expected(name, meta, all_actions)
    return name, all_actions


# ---------------------------------------------------------------------------
# 5. Gloucestershire - Ofsted focused visit action plan (docx, merged AFI rows, shaded RAG without text)
# ---------------------------------------------------------------------------
def make_gloucestershire():
    name = "no1-gloucestershire-county-council-focused-visit-action-plan.docx"
    title = "Ofsted Focused Visit Action Plan – November 2024"
    F1 = ("Area for improvement 1: The quality and timeliness of written plans for children in need and children "
          "subject to child protection plans, so that they are specific about what needs to change and by when.")
    F2 = ("Area for improvement 2: Management oversight and supervision, so that they consistently drive "
          "progress in children's plans and prevent drift.")
    F3 = "Area for improvement 3: The timeliness of child protection visits to disabled children."
    afis = [
        (F1, [
            A("1.1", [F1],
              "Relaunch the child's plan template with SMART outcomes and a 'what needs to change' section "
              "agreed with the family.",
              "Principal Social Worker", ["Principal Social Worker"], "January 2025", "2025-01", "blue",
              measure="New template used for all plans from February 2025"),
            A("1.2", [F1],
              "Deliver planning workshops for all child in need and child protection social workers and team "
              "managers.",
              "Head of Workforce Development", ["Head of Workforce Development"], "31/03/2025", "2025-03",
              "green",
              measure="90% of staff attended; audit shows plans are specific"),
            A("1.3", [F1],
              "Audit ten plans per locality every month and report the findings to the Improvement Board.",
              "Head of Quality Assurance; Locality Service Managers",
              ["Head of Quality Assurance", "Locality Service Managers"], "Monthly", None, "green",
              end_text="Monthly",
              measure="70% of audited plans graded good or better by September 2025"),
        ]),
        (F2, [
            A("2.1", [F2],
              "Revise the supervision policy to set a minimum of monthly case supervision, recorded on the "
              "child's file within five working days.",
              "Assistant Director (Safeguarding)", ["Assistant Director (Safeguarding)"],
              "By end of February 2025", "2025-02", "amber",
              measure="Policy approved; supervision compliance reported weekly"),
            A("2.2", [F2],
              "Team managers to use the new drift and delay report at every supervision and escalate any child "
              "whose plan has not progressed for three months.",
              "Locality Service Managers", ["Locality Service Managers"], "April – June 2025", "2025-06", "amber",
              end_text="April – June 2025",
              measure="No child's plan without progress for more than three months unescalated"),
        ]),
        (F3, [
            A("3.1", [F3],
              "Add child protection visit timeliness for the Disabled Children and Young People's Service to "
              "the weekly performance report.",
              "Performance and Business Intelligence Manager", ["Performance and Business Intelligence Manager"],
              "Dec-24", "2024-12", "blue",
              measure="Weekly report in place"),
            A("3.2", [F3],
              "Make sure all social workers in the disabled children's team complete communication training "
              "(Makaton and the use of visual tools).",
              "Service Manager (Disabled Children)", ["Service Manager (Disabled Children)"], "30 April 2025",
              "2025-04", "red",
              measure="100% of team trained; children's views recorded at each visit"),
        ]),
    ]

    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Gloucestershire County Council Children and Families Service")

    doc.add_heading("Document information", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Plan owner", "Director of Children's Services"),
                 ("Version", "1.2"),
                 ("Date", "20 January 2025"),
                 ("Monitored by", "Children's Services Improvement Board (monthly)")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)

    doc.add_paragraph("")
    doc.add_paragraph(
        "Ofsted carried out a focused visit on 5 and 6 November 2024, looking at the local authority's "
        "arrangements for children in need and children subject to a child protection plan. The letter published "
        "on 3 December 2024 identified three areas for improvement. This plan sets out our response.")

    doc.add_heading("Action plan", level=2)
    hdr = ["Ref", "Action", "Lead", "Timescale", "Success measure", "RAG"]
    tb = doc.add_table(rows=1, cols=len(hdr))
    tb.style = "Table Grid"
    for j, h in enumerate(hdr):
        set_cell(tb.rows[0].cells[j], h, bold=True)
        shade(tb.rows[0].cells[j], "1F3864")
    all_actions = []
    for afi, acts in afis:
        cells = tb.add_row().cells
        merged = cells[0].merge(cells[-1])
        set_cell(merged, afi, bold=True)
        shade(merged, "DEEAF6")
        for a in acts:
            cells = tb.add_row().cells
            for j, v in enumerate([a["ref"], a["action"], a["lead_cell"], a["end_cell"], a["measure"], ""]):
                set_cell(cells[j], v)
            shade(cells[5], FILL[a["status"]])
            all_actions.append(a)

    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Blue – complete; Green – on track; Amber – some delay; Red – not on track.")
    doc.add_heading("Sign-off", level=2)
    s = doc.add_table(rows=0, cols=3)
    s.style = "Table Grid"
    for row_vals in [("Role", "Name", "Date"),
                     ("Director of Children's Services", "Ann James", "20/01/2025"),
                     ("Lead Member for Children's Services", "Cllr Stephen Hirst", "22/01/2025")]:
        row = s.add_row().cells
        for j, v in enumerate(row_vals):
            set_cell(row[j], v)
    doc.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates a local authority's action plan responding to an Ofsted ILACS focused visit letter "
                "(focus: children in need and children subject to a child protection plan), of the kind "
                "councils take to a Children's Services Improvement Board; body Gloucestershire County "
                "Council, visit November 2024. Copied features: title and service line, document-information "
                "table, intro paragraph naming the visit and letter, one action table with full-width merged "
                "rows carrying each area for improvement above its actions, RAG shown only by cell shading, "
                "RAG key as a paragraph after the table, sign-off table."),
        reads=("One action table holding seven numbered actions under three areas for improvement (merged "
               "rows). The RAG column has no text; its shading gives the status (blue = complete per the "
               "key). Timescales include Monthly and a range April – June 2025."),
        outcome="read",
        accept_refusal=False,
        title=title,
    )
    write_expected(name, meta, all_actions)
    return name, all_actions


# ---------------------------------------------------------------------------
# 6. Nottinghamshire - supported accommodation Ofsted action plan (csv export)
# ---------------------------------------------------------------------------
def make_nottinghamshire():
    name = "no1-nottinghamshire-county-council-supported-accommodation-ofsted-action-plan.csv"
    title = "Nottinghamshire County Council Supported Accommodation Service – Ofsted Inspection Action Plan"
    S1 = "Support standard"
    S2 = "Protection standard"
    S3 = "Leadership and management standard"
    R1 = ("The registered person must ensure that each young person's support plan is reviewed at least every "
          "three months, and sooner following any significant change in their circumstances.")
    R2 = ("The registered person must ensure that risk assessments are updated promptly after a young person "
          "has been missing, and that return home interview findings are included.")
    R3 = ("The registered person should ensure that staff receive regular, recorded supervision in line with "
          "the provider's policy.")
    rows = [
        (S1, [
            A("1.1", [S1, R1],
              "Introduce a support plan review tracker, with the next review booked at the point each plan is "
              "agreed.",
              "Registered Service Manager", ["Registered Service Manager"], "28/02/2025", "2025-02", "blue",
              req=R1, rag="Complete", update="Tracker in use since February. 100% of plans reviewed on time in May."),
            A("1.2", [S1, R1],
              "Deliver support planning refresher training for all key workers.",
              "Team Manager (Supported Accommodation) / Quality Assurance Officer",
              ["Team Manager (Supported Accommodation)", "Quality Assurance Officer"], "31/03/2025", "2025-03",
              "blue", req=R1, rag="Complete", update="22 of 22 key workers trained."),
        ]),
        (S2, [
            A("2.1", [S2, R2],
              "Agree with the Missing Children Team that return home interview outcomes are emailed to the key "
              "worker within 72 hours.",
              "Registered Service Manager", ["Registered Service Manager"], "Apr-25", "2025-04", "green",
              req=R2, rag="Green", update="Agreed in April; compliance checked in monthly audit."),
            A("2.2", [S2, R2],
              "Add a 'risk assessment updated after missing episode' check to the weekly manager's audit.",
              "Deputy Manager", ["Deputy Manager"], "30/06/2025", "2025-06", "amber",
              req=R2, rag="Amber", update="Check added but not yet completed every week at two of the four settings."),
        ]),
        (S3, [
            A("3.1", [S3, R3],
              "Move all supervision records onto Mosaic so that supervision frequency can be reported monthly.",
              "Business Support Manager", ["Business Support Manager"], "30/09/2025", "2025-09", "green",
              req=R3, rag="Green", update="Mosaic form built and in testing."),
            A("3.2", [S3, R3],
              "Include supervision compliance in the monthly report to the Group Manager, Looked After Children.",
              "Registered Service Manager", ["Registered Service Manager"], "Ongoing", None, "green",
              end_text="Ongoing",
              req=R3, rag="Green", update="Included from the May report onwards."),
        ]),
    ]
    ncol = 7
    lines = [
        [title],
        ["Inspection 14-16 January 2025 (URN SC501234) - Outcome 2"],
        ["Updated: 30/06/2025"],
        [],
        ["Ref", "Requirement / recommendation", "Action", "Responsible", "Due date", "RAG", "Update"],
    ]
    all_actions = []
    for section, acts in rows:
        lines.append([section])
        for a in acts:
            lines.append([a["ref"], a["req"], a["action"], a["lead_cell"], a["end_cell"], a["rag"], a["update"]])
            all_actions.append(a)
    lines.append([])
    lines.append(["Key: Complete = done and evidenced; Green = on track; Amber = at risk of delay; Red = overdue"])
    lines.append(["Note: This plan is reviewed at the monthly Supported Accommodation management meeting."])
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln + [""] * (ncol - len(ln)))

    meta = dict(
        source=("Imitates a local authority provider's action plan after an Ofsted inspection of its supported "
                "accommodation for looked after 16- and 17-year-olds (Supported Accommodation (England) "
                "Regulations 2023; inspections began 2024/25 with a three-outcome model). Body: Nottinghamshire "
                "County Council's in-house service. Copied features: CSV 'save as' export of a tracker with "
                "title, inspection and updated lines, padded trailing commas, section rows naming the quality "
                "standard, the requirement/recommendation text repeated on each of its action rows, RAG words "
                "(Complete for done), a key line and a note line after the table."),
        reads=("Six actions under three quality-standard section rows; each action sits beside the "
               "requirement or recommendation it answers. Two are Complete, one is Ongoing, one lead cell "
               "names two posts split by a slash."),
        outcome="read",
        accept_refusal=False,
        title=title,
    )
    write_expected(name, meta, all_actions)
    return name, all_actions


# ---------------------------------------------------------------------------
# 7. East Riding SCP - child exploitation strategy action plan (tab-separated txt) - REFUSE
# ---------------------------------------------------------------------------
def make_east_riding():
    name = ("no1-east-riding-safeguarding-children-partnership-child-exploitation-strategy-action-plan-"
            "typo-month-refuse.txt")
    title = ("East Riding Safeguarding Children Partnership – Child Exploitation Strategy Action Plan 2025/26")
    TYPO = "Janaury 2026"
    sections = [
        ("PREPARE – strong leadership and a shared understanding of exploitation", [
            ("1.1", "Refresh the East Riding child exploitation problem profile with Humberside Police analysts.",
             "Humberside Police / ERSCP Business Manager", "September 2025", "Blue",
             "Profile completed and presented to Executive in September."),
            ("1.2", "Publish a multi-agency child exploitation practice guide, including the updated screening tool.",
             "ERSCP Business Manager", "December 2025", "Green", "Draft out for consultation with partners."),
        ]),
        ("PREVENT – making it harder to exploit children", [
            ("2.1", "Deliver exploitation awareness sessions to taxi drivers, hotels and fast food outlets with "
                    "East Riding Licensing.",
             "Licensing Manager; Community Safety Partnership Manager", "Mar-26", "Green",
             "Four sessions held in Bridlington and Goole."),
            ("2.2", "Extend the schools 'Trusted Adult' programme to all secondary schools and the two pupil "
                    "referral units.",
             "Education Safeguarding Lead", TYPO, "Amber", "Twelve of 18 secondary schools signed up."),
        ]),
        ("PROTECT – keeping children safe from exploitation", [
            ("3.1", "Review the Multi-Agency Child Exploitation (MACE) meeting terms of reference so that "
                    "contextual safeguarding plans are agreed for locations as well as children.",
             "Head of Safeguarding and Partnerships", "November 2025", "Amber", "Revised terms of reference "
             "drafted; location plans piloted for Hessle foreshore."),
            ("3.2", "Make sure every child who goes missing is offered a return home interview within 72 hours.",
             "Missing and Exploitation Team Manager", "Ongoing", "Green", "86% offered within 72 hours in Q2."),
        ]),
        ("PURSUE – disrupting and prosecuting those who exploit children", [
            ("4.1", "Use Child Abduction Warning Notices and civil orders consistently, with a monthly disruption "
                    "log shared at MACE.",
             "Humberside Police", "31/03/2026", "Green", "Disruption log in place since August."),
            ("4.2", "Train frontline partners to complete partnership intelligence forms for exploitation "
                    "concerns.",
             "Humberside Police / ERSCP Learning and Development Officer", "February 2026", "Red",
             "Training slots not yet agreed; police trainer vacancy."),
        ]),
    ]
    out = [
        title,
        "Child Exploitation Strategy 2024–2027 – Year 2 delivery",
        "Exported from the ERSCP action tracker 03/11/2025",
        "",
        "\t".join(["Ref", "Action", "Lead agency / officer", "Target date", "RAG", "Progress update"]),
    ]
    refuse_line = None
    n_actions = 0
    for heading, acts in sections:
        out.append(heading)
        for ref, action, lead, target, rag, prog in acts:
            out.append("\t".join([ref, action, lead, target, rag, prog]))
            n_actions += 1
            if target == TYPO:
                refuse_line = len(out)  # 1-based line number of the row just added
    out.append("")
    out.append("RAG: Blue = complete; Green = on track; Amber = some slippage; Red = off track")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(out) + "\n")
    assert refuse_line is not None

    meta = dict(
        source=("Imitates a safeguarding children partnership's child exploitation strategy action plan "
                "organised under the Prepare / Prevent / Protect / Pursue headings (as in partnership CSE and "
                "exploitation strategic action plans), exported as tab-separated text from the partnership's "
                "action tracker; body East Riding Safeguarding Children Partnership, Year 2 (2025/26) of a "
                "2024-2027 strategy."),
        reads=("A title, subtitle and export line, a tab-separated header, then four strategic-priority heading "
               "lines each followed by two numbered actions, and a RAG key line. Action 2.2's target date "
               "reads 'Janaury 2026', a mistyped month, so a careful reader stops at that line and asks."),
        outcome="refuse",
        accept_refusal=False,
        refuse_at=refuse_line,
        title=title,
    )
    write_expected(name, meta, None)
    return name, n_actions, refuse_line


if __name__ == "__main__":
    for fn in (make_devon, make_calderdale, make_mww_adoption, make_warwickshire, make_gloucestershire,
               make_nottinghamshire):
        nm, acts = fn()
        print(f"{nm}: {len(acts)} actions")
    nm, n, line = make_east_riding()
    print(f"{nm}: {n} actions, refuse at line {line}")
