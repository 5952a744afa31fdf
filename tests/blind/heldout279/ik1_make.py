"""Build the seven ik1- blind cases (heldout279): data files and their expected readings.

Run with /work/main/.venv/bin/python ik1_make.py  (openpyxl, python-docx, pyyaml).
Each case's content is defined once below; the data file and NAME.expected.yaml are written from it.
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

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "BFBFBF"
RAGFILL = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE, "unrated": None}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def write_expected(name, source, reads, outcome, title, actions=None, refuse_at=None,
                   accept_refusal=False):
    doc = {"source": source, "reads": reads, "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        out = []
        for a in actions:
            d = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                 "lead": a["lead"], "end": a["end"]}
            if a.get("end_text") is not None:
                d["end_text"] = a["end_text"]
            d["status"] = a["status"]
            out.append(d)
        doc["actions"] = out
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=4096,
                       default_flow_style=False)


def A(ref, under, action, lead_cell, lead, end_cell, end, status, end_text=None, **extra):
    d = dict(ref=ref, under=under, action=action, lead_cell=lead_cell, lead=lead,
             end_cell=end_cell, end=end, status=status, end_text=end_text)
    d.update(extra)
    return d


# ---------------------------------------------------------------------------------------------
# 1. Wokingham Borough Council - Corporate Parenting Board action plan (xlsx, fill-colour RAG)
# ---------------------------------------------------------------------------------------------
def wokingham():
    name = "ik1-wokingham-borough-council-corporate-parenting-board-action-plan.xlsx"
    title = "Wokingham Borough Council – Corporate Parenting Board Action Plan 2024 to 2026"
    P1 = "Priority 1 – Our children feel safe, settled and heard"
    P2 = "Priority 2 – Our children are healthy and achieve well"
    P3 = "Priority 3 – Our care leavers are ready for adult life"
    acts = [
        (P1, [
            A("1.1", [P1], "Hold one Corporate Parenting Board meeting each year that is planned and chaired jointly with members of the Children in Care Council and care leavers.",
              "Service Manager – Participation and Voice", ["Service Manager – Participation and Voice"],
              dt.datetime(2024, 10, 31), "2024-10", "blue",
              partners="Children in Care Council; Democratic Services",
              progress="Joint meeting held on 17 October 2024; young people set the agenda and co-chaired the session."),
            A("1.2", [P1], "Make sure every child in care has an up-to-date care and placement plan and knows who their social worker and IRO are, checked through the monthly practice audit.",
              "Head of Children in Care / IRO Service Manager", ["Head of Children in Care", "IRO Service Manager"],
              dt.datetime(2025, 3, 31), "2025-03", "amber",
              partners="Independent Reviewing Service",
              progress="February 2025 audit: 88% of plans up to date (target 95%). Reminder process added to the IRO midway review."),
            A("1.3", [P1], "Co-produce and publish a refreshed Pledge to children in care with the Children in Care Council.",
              "Lead Member for Children’s Services", ["Lead Member for Children’s Services"],
              "July 2025", "2025-07", "green",
              partners="Children in Care Council; Communications",
              progress="Two co-production workshops held; draft pledge to go to the Board in May 2025."),
        ]),
        (P2, [
            A("2.1", [P2], "Review every child’s Personal Education Plan each term, with at least 85% of audited PEPs judged good or better.",
              "Virtual School Headteacher", ["Virtual School Headteacher"],
              "Termly", None, "green", end_text="Termly",
              partners="Schools; Designated Teachers",
              progress="Autumn term: 97% of PEPs completed; 86% of the audited sample good or better."),
            A("2.2", [P2], "Complete initial health assessments within 20 working days of a child coming into care and report timeliness to every Board meeting.",
              "Designated Nurse for Children in Care (BOB ICB)", ["Designated Nurse for Children in Care (BOB ICB)"],
              dt.datetime(2025, 6, 30), "2025-06", "red",
              partners="Royal Berkshire NHS FT; Berkshire Healthcare NHS FT",
              progress="Timeliness fell to 61% in Q3 (74% in Q2) because of paediatrician vacancies; escalated to the ICB."),
            A("2.3", [P2], "Offer emotional wellbeing support to every child in care with an SDQ score of 17 or more within six weeks of the score being known.",
              "Children in Care Clinical Lead; CAMHS Service Manager", ["Children in Care Clinical Lead", "CAMHS Service Manager"],
              "30/09/2025", "2025-09", "amber",
              partners="Berkshire Healthcare NHS FT (CAMHS)",
              progress="Pathway agreed; 14 of 22 eligible children offered support within six weeks."),
        ]),
        (P3, [
            A("3.1", [P3], "Extend the council tax exemption to care leavers living outside the borough, up to their 25th birthday.",
              "Head of Revenues and Benefits", ["Head of Revenues and Benefits"],
              dt.datetime(2025, 4, 1), "2025-04", "green",
              partners="Finance",
              progress="Approved by Executive in January 2025 as part of the council tax support scheme; applies from 1 April 2025."),
            A("3.2", [P3], "Ring-fence two council apprenticeships a year for care leavers and offer a guaranteed interview to any care leaver who meets the essential criteria.",
              "HR Business Partner (Children’s Services); Leaving Care Team Manager", ["HR Business Partner (Children’s Services)", "Leaving Care Team Manager"],
              "Sept 2025", "2025-09", "green",
              partners="Human Resources; Adult and Community Learning",
              progress="Guaranteed interview scheme live; first apprenticeship advertised in February 2025."),
            A("3.3", [P3], "Increase the proportion of care leavers aged 19 to 21 in suitable accommodation to 95%, including recruiting two new supported lodgings providers.",
              "Head of Housing Needs / Leaving Care Team Manager", ["Head of Housing Needs", "Leaving Care Team Manager"],
              "March 2026", "2026-03", "amber",
              partners="Housing; Supported lodgings providers",
              progress="89% in suitable accommodation at end of Q3; one new supported lodgings provider approved."),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    widths = {"A": 7, "B": 60, "C": 30, "D": 28, "E": 13, "F": 55, "G": 8}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Progress position at 28 February 2025 – for the Corporate Parenting Board meeting on 13 March 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:G2")
    hdr = ["Ref", "Action", "Lead officer(s)", "Partners involved", "Target date",
           "Progress update (February 2025)", "RAG"]
    r = 4
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.border = BOX
        cell.alignment = WRAP
    flat = []
    for pri, rows in acts:
        r += 1
        ws.cell(r, 1, pri).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        for a in rows:
            r += 1
            vals = [a["ref"], a["action"], a["lead_cell"], a["partners"], a["end_cell"],
                    a["progress"], None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = WRAP
            if isinstance(a["end_cell"], dt.datetime):
                ws.cell(r, 5).number_format = "mmm-yy"
            ws.cell(r, 7).fill = fill(RAGFILL[a["status"]])
            flat.append(a)
    # summary block
    r += 2
    ws.cell(r, 2, "RAG summary").font = Font(bold=True)
    counts = [("Blue – complete", "blue"), ("Green – on track", "green"),
              ("Amber – some slippage", "amber"), ("Red – off track", "red")]
    for label, key in counts:
        r += 1
        ws.cell(r, 2, label)
        ws.cell(r, 3, sum(1 for a in flat if a["status"] == key))
        ws.cell(r, 7).fill = fill(RAGFILL[key])
    r += 1
    ws.cell(r, 2, "Total actions").font = Font(bold=True)
    ws.cell(r, 3, len(flat)).font = Font(bold=True)

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (colour, text) in enumerate([(BLUE, "Complete – action delivered and impact being monitored"),
                                        (GREEN, "On track to be delivered by the target date"),
                                        (AMBER, "Some slippage – mitigation in place"),
                                        (RED, "Off track – Board attention needed")], start=2):
        key.cell(i, 1).fill = fill(colour)
        key.cell(i, 2, text)
    key.column_dimensions["B"].width = 60

    ver = wb.create_sheet("Version history")
    for row in [["Version", "Date", "Author", "Changes"],
                ["0.1", "04/06/2024", "Corporate Parenting Officer", "First draft following Board development session"],
                ["1.0", "18/07/2024", "Corporate Parenting Officer", "Agreed by Corporate Parenting Board"],
                ["1.2", "28/02/2025", "Corporate Parenting Officer", "Q3 progress update"]]:
        ver.append(row)
    for c in range(1, 5):
        ver.cell(1, c).font = Font(bold=True)
        ver.column_dimensions["ABCD"[c - 1]].width = [10, 12, 28, 50][c - 1]
    wb.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=("Imitates a Wokingham Borough Council Corporate Parenting Board action plan (2024 to 2026) of the kind "
                "taken to the Board as a progress paper, as published by English councils for their corporate parenting "
                "boards/panels (cf. Bracknell Forest corporate parenting strategy action plan 2025-2028, pledge-based plans). "
                "Copied features: title and progress-position lines, merged priority rows over numbered actions, partners "
                "column, target dates mixing real Excel dates (mmm-yy), text months, a dd/mm/yyyy date and 'Termly', "
                "RAG shown only by cell fill colour with the key on a separate sheet, several leads in a cell with '/' and "
                "';', a RAG summary/totals block under the table, and a version history sheet."),
        reads=("A one-sheet action plan in three priorities with nine numbered actions; each has a lead, partners, a target "
               "date, a progress update and a coloured RAG cell read through the key sheet (blue = complete). Below the table "
               "is a RAG count summary that is not an action; the other two sheets are the key and version history."),
        outcome="read", title=title, actions=flat)
    return name


# ---------------------------------------------------------------------------------------------
# 2. Cumberland Youth Justice Service - HMIP improvement plan (xlsx, previous/current RAG, revised dates)
# ---------------------------------------------------------------------------------------------
def cumberland():
    name = "ik1-cumberland-youth-justice-service-hmip-improvement-plan.xlsx"
    title = "Cumberland Youth Justice Service – HMIP Post-Inspection Improvement Plan"
    S1 = "Recommendations to the Cumberland YJS Management Board"
    S2 = "Recommendation to NHS North East and North Cumbria Integrated Care Board"
    S3 = "Recommendations to the Head of Service for Cumberland YJS"
    R1 = "Recommendation 1: Develop individual and collective knowledge and understanding of board members’ roles and responsibilities, so that the board holds partners to account for the services children receive."
    R2 = "Recommendation 2: Make sure board members attend consistently, at the right level of seniority, and that partner agencies contribute data about the children they work with."
    R3 = "Recommendation 3: Ensure that relevant and timely physical, sexual, emotional and mental health services are provided to children supervised by the YJS."
    R4 = "Recommendation 4: Improve the quality of assessment and planning for keeping other people safe in court disposal cases."
    R5 = "Recommendation 5: Make sure that social care, health and education contribute to out-of-court disposal decision-making so that children’s safety and wellbeing are considered in every case."
    d = dt.datetime
    groups = [
        (S1, [
            (R1, [
                A("1.1", [S1, R1], "Deliver an induction and development session for all board members, facilitated by the Youth Justice Board regional oversight manager.",
                  "YJS Management Board Chair", ["YJS Management Board Chair"], None, "2025-01", "blue",
                  orig=d(2025, 1, 31), rev=None, prev="A",
                  progress="Session held 16 January 2025; 11 of 13 members attended. Induction pack issued to new members."),
                A("1.2", [S1, R1], "Agree a board member ‘link’ arrangement, with each member shadowing an area of practice and reporting back to the board twice a year.",
                  "Head of Service – Youth Justice", ["Head of Service – Youth Justice"], None, "2025-06", "amber",
                  orig=d(2025, 3, 31), rev=d(2025, 6, 30), prev="G",
                  progress="Links agreed for 7 of 13 members; remaining allocations delayed by changes to board membership."),
            ]),
            (R2, [
                A("2.1", [S1, R2], "Revise the board terms of reference to set minimum attendance and seniority expectations, with attendance reported at every meeting.",
                  "YJS Management Board Chair", ["YJS Management Board Chair"], None, "2024-12", "blue",
                  orig=d(2024, 12, 31), rev=None, prev="B",
                  progress="Revised terms of reference agreed 12 December 2024."),
                A("2.2", [S1, R2], "Develop a partnership performance dashboard that includes health, education and social care data for children open to the YJS.",
                  "YJS Performance and Information Officer; ICB Head of Children’s Commissioning", ["YJS Performance and Information Officer", "ICB Head of Children’s Commissioning"],
                  None, "2025-07", "amber",
                  orig=d(2025, 3, 31), rev=d(2025, 7, 31), prev="A",
                  progress="Education and social care data included; health data-sharing agreement still awaited."),
            ]),
        ]),
        (S2, [
            (R3, [
                A("3.1", [S2, R3], "Agree and fund a seconded health practitioner post (0.6 FTE) within the YJS.",
                  "NHS NENC Director of Nursing (North Cumbria)", ["NHS NENC Director of Nursing (North Cumbria)"], None, "2025-09", "red",
                  orig=d(2025, 3, 31), rev=d(2025, 9, 30), prev="R",
                  progress="Funding not yet confirmed; escalated to the ICB Place Director and raised at the March board."),
                A("3.2", [S2, R3], "Set up a direct referral pathway from the YJS into CAMHS, with a named link worker and a four-week target for a first appointment.",
                  "CNTW CAMHS Clinical Manager", ["CNTW CAMHS Clinical Manager"], None, "2025-02", "green",
                  orig=d(2025, 2, 28), rev=None, prev="A",
                  progress="Pathway live from 3 February 2025; first six referrals seen within four weeks."),
            ]),
        ]),
        (S3, [
            (R4, [
                A("4.1", [S3, R4], "Deliver risk-of-harm training, including contingency planning, to all case managers and practice supervisors.",
                  "Team Manager (Court and Resettlement)", ["Team Manager (Court and Resettlement)"], None, "2024-11", "blue",
                  orig=d(2024, 11, 30), rev=None, prev="G",
                  progress="Training delivered to 18 staff in November 2024."),
                A("4.2", [S3, R4], "Audit 10% of court orders each month against the HMIP standards and report the findings to the board every quarter.",
                  "Practice Development Lead", ["Practice Development Lead"], None, None, "green",
                  orig="Ongoing – monthly", rev=None, prev="G", end_text="Ongoing – monthly",
                  progress="Monthly audits running since December 2024; first quarterly report to the April board."),
                A("4.3", [S3, R4], "Ensure management oversight of every high and very high risk-of-harm case is recorded within five working days of the assessment being completed.\nDip-sample compliance through the monthly audit.",
                  "Team Manager (Court and Resettlement) / Team Manager (Prevention and Diversion)", ["Team Manager (Court and Resettlement)", "Team Manager (Prevention and Diversion)"],
                  None, "2025-05", "amber",
                  orig=d(2025, 1, 31), rev=d(2025, 5, 31), prev="A",
                  progress="Compliance 72% in February audit; case management system prompt being added."),
            ]),
            (R5, [
                A("5.1", [S3, R5], "Refresh the joint decision-making panel protocol with Cumbria Constabulary and secure named attendees from social care, health and education.",
                  "Team Manager (Prevention and Diversion)", ["Team Manager (Prevention and Diversion)"], None, "2024-12", "green",
                  orig=d(2024, 12, 31), rev=None, prev="A",
                  progress="Protocol signed off; education attendance still inconsistent."),
                A("5.2", [S3, R5], "Review the out-of-court disposal panel after six months, using a sample of cases and feedback from children and victims.",
                  "Head of Service – Youth Justice", ["Head of Service – Youth Justice"], None, "2025-07", "unrated",
                  orig=d(2025, 7, 31), rev=None, prev=None, cur="Not started",
                  progress="Due to start in June 2025."),
            ]),
        ]),
    ]
    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc["A1"] = title
    dc["A1"].font = Font(bold=True, size=14)
    rows = [["Plan owner", "Head of Service – Youth Justice"],
            ["Governance", "Cumberland YJS Management Board (quarterly)"],
            ["Inspection", "HM Inspectorate of Probation – fieldwork July 2024; report published October 2024"],
            ["Overall rating", "Requires improvement"],
            [],
            ["Version", "Date", "Author", "Status"],
            ["1.0", "12/12/2024", "Head of Service – Youth Justice", "Submitted to HMIP"],
            ["1.1", "23/01/2025", "YJS Business Support Manager", "Q3 update; revised dates agreed by board"],
            ["1.2", "31/03/2025", "YJS Business Support Manager", "Q4 update"]]
    for i, row in enumerate(rows, start=3):
        for j, v in enumerate(row, start=1):
            dc.cell(i, j, v)
    for c in ("A", "B", "C", "D"):
        dc.column_dimensions[c].width = 34
    dc.cell(8, 1).font = dc.cell(8, 2).font = dc.cell(8, 3).font = dc.cell(8, 4).font = Font(bold=True)

    ws = wb.create_sheet("Improvement plan")
    for col, w in zip("ABCDEFGH", [8, 62, 34, 13, 13, 11, 11, 55]):
        ws.column_dimensions[col].width = w
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Inspection fieldwork: July 2024 | Report published: October 2024 | Overall rating: Requires improvement"
    ws.merge_cells("A2:H2")
    ws["A3"] = "Position at 31 March 2025 – reported to the YJS Management Board on 24 April 2025"
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:H3")
    hdr = ["Action ref", "Action", "Lead", "Original target date", "Revised target date",
           "Previous RAG (Jan 25)", "Current RAG (Mar 25)", "Progress / evidence"]
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill("BDD7EE")
        cell.border = BOX
        cell.alignment = WRAP
    ragfill = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    flat = []
    for sec, recs in groups:
        r += 1
        ws.cell(r, 1, sec).font = Font(bold=True, color="FFFFFF")
        ws.cell(r, 1).fill = fill("203864")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        for rec, items in recs:
            r += 1
            ws.cell(r, 1, rec).font = Font(bold=True)
            ws.cell(r, 1).fill = fill("DDEBF7")
            ws.cell(r, 1).alignment = WRAP
            ws.row_dimensions[r].height = 32
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            for a in items:
                r += 1
                cur = a.get("cur") or {"blue": "B", "green": "G", "amber": "A", "red": "R"}[a["status"]]
                vals = [a["ref"], a["action"], a["lead_cell"], a["orig"], a["rev"], a["prev"], cur,
                        a["progress"]]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(r, c, v)
                    cell.border = BOX
                    cell.alignment = WRAP
                for c in (4, 5):
                    if isinstance(ws.cell(r, c).value, dt.datetime):
                        ws.cell(r, c).number_format = "dd/mm/yyyy"
                for c, v in ((6, a["prev"]), (7, cur)):
                    if v in ragfill:
                        ws.cell(r, c).fill = fill(ragfill[v])
                        ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="top")
                flat.append(a)
    r += 2
    ws.cell(r, 1, "Note: revised target dates were agreed by the YJS Management Board on 23 January 2025. "
                  "Where a revised date is shown it replaces the original date.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)

    key = wb.create_sheet("RAG key")
    for i, (k, txt) in enumerate([("B", "Blue – complete"), ("G", "Green – on track"),
                                  ("A", "Amber – at risk of delay, mitigation in place"),
                                  ("R", "Red – off track, escalation to board required"),
                                  ("Not started", "Action not yet due to start")], start=1):
        key.cell(i, 1, k)
        if k in ragfill:
            key.cell(i, 1).fill = fill(ragfill[k])
        key.cell(i, 2, txt)
    key.column_dimensions["B"].width = 50
    wb.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=("Imitates the post-inspection improvement plan Cumberland Council would publish after HM Inspectorate of "
                "Probation's first inspection of Cumberland Youth Justice Service (fieldwork July 2024, report October 2024, "
                "rated Requires improvement; recommendations addressed to the YJS management board, to NHS North East and "
                "North Cumbria and to the YJS; https://justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2024/10/cumberlandyjs2024). "
                "Copied features: a document control sheet, recommendations grouped under the body they are addressed to "
                "(merged section rows), each recommendation as a merged row above its numbered actions, original and revised "
                "target dates, previous and current RAG columns, a 'Not started' status, an 'Ongoing – monthly' date, a note "
                "line under the table and a RAG key sheet."),
        reads=("Eleven actions answering five HMIP recommendations, grouped by addressee (board, ICB, head of service). Each "
               "action has a lead, an original and sometimes a revised target date (the revised one is the end), and a "
               "previous and current RAG; the current RAG is the status."),
        outcome="read", title=title, actions=flat)
    return name


# ---------------------------------------------------------------------------------------------
# 3. Essex local area SEND priority action plan (xlsx, one sheet per area for priority action)
# ---------------------------------------------------------------------------------------------
def essex():
    name = "ik1-essex-local-area-send-priority-action-plan.xlsx"
    title = "Essex Local Area SEND Partnership – Priority Action Plan"
    APA = [
        "Leaders across education, health and care should urgently improve the timeliness and quality of education, health and care (EHC) needs assessments and plans, so that children and young people’s needs are accurately identified and met.",
        "Leaders should improve the support for children and young people who are waiting for an assessment of autism or ADHD, so that their needs are met while they wait.",
        "Leaders should work with parents and carers to rebuild trust, so that families understand what support is available and can find it easily.",
    ]
    WORD = {"blue": "Complete", "green": "On track", "amber": "At risk", "red": "Off track",
            "unrated": "Not started"}
    sheets = [
        [
            A("1.1", [APA[0]], "Recruit 12 additional EHC co-ordinators and four educational psychologists to clear the backlog of overdue needs assessments.",
              "Head of SEND Operations", ["Head of SEND Operations"], "Mar-25", "2025-03", "amber",
              measure="Overdue assessments reduced from 1,140 to fewer than 300.",
              comment="10 of 12 co-ordinators in post; educational psychologist recruitment continues with an agency contract bridging the gap."),
            A("1.2", [APA[0]], "Set up a multi-agency quality assurance panel that audits 20 new EHC plans each month, including the health and social care advice.",
              "Principal Educational Psychologist / Designated Clinical Officer (ICB)", ["Principal Educational Psychologist", "Designated Clinical Officer (ICB)"],
              "Dec 2024", "2024-12", "blue",
              measure="At least 80% of audited plans judged good or better.",
              comment="Panel running since November 2024; 71% good or better in the first three months."),
            A("1.3", [APA[0]], "Agree a six-week turnaround standard for health advice across the integrated care boards serving Essex and report compliance monthly.",
              "Designated Clinical Officer – Mid and South Essex ICB; Designated Clinical Officer – SNEE ICB",
              ["Designated Clinical Officer – Mid and South Essex ICB", "Designated Clinical Officer – SNEE ICB"],
              "Summer term 2025", "2025-07", "green",
              measure="95% of health advice returned within six weeks.",
              comment="Standard agreed; monthly compliance report in development."),
            A("1.4", [APA[0]], "Review the EHC plans of all children in Year 6 and Year 11 ahead of phase transfer and issue amended plans by the statutory deadline.",
              "Head of SEND Operations", ["Head of SEND Operations"], "15/02/2025", "2025-02", "blue",
              measure="All phase transfer plans amended by 15 February.",
              comment="98% of amended plans issued on time; remaining cases reviewed individually."),
        ],
        [
            A("2.1", [APA[1]], "Launch a ‘waiting well’ neurodevelopmental support offer for families, delivered through family hubs and the Local Offer.",
              "ICB Head of Children’s Commissioning", ["ICB Head of Children’s Commissioning"], "Spring term 2025", "2025-04", "green",
              measure="Every family on the waiting list contacted and offered support.",
              comment="Offer launched in four family hubs; county-wide roll-out on schedule."),
            A("2.2", [APA[1]], "Commission additional assessment capacity from an independent provider to reduce the longest waits for an autism assessment.",
              "ICB Head of Children’s Commissioning; EPUT Service Director", ["ICB Head of Children’s Commissioning", "EPUT Service Director"],
              "Sept 2025", "2025-09", "red",
              measure="No child waiting more than 52 weeks for an assessment.",
              comment="Procurement delayed; contract award now expected in August 2025."),
            A("2.3", [APA[1]], "Train the SENCO in every mainstream school in needs-led support for neurodivergent pupils, whether or not they have a diagnosis.",
              "Head of Inclusion", ["Head of Inclusion"], "Autumn term 2025", "2025-12", "unrated",
              measure="SENCOs from 90% of mainstream schools trained.",
              comment="Programme to start in September 2025."),
        ],
        [
            A("3.1", [APA[2]], "Co-produce a revised Local Offer website with Essex Family Forum and test it with parents before launch.",
              "SEND Communications Lead / Essex Family Forum Chair", ["SEND Communications Lead", "Essex Family Forum Chair"],
              "Jun-25", "2025-06", "green",
              measure="Parent survey: 70% find information easily (baseline 38%).",
              comment="Three parent testing sessions held; build in progress."),
            A("3.2", [APA[2]], "Give every family a named caseworker contact and respond to all parental enquiries to the SEND service within 10 working days.",
              "Head of SEND Operations", ["Head of SEND Operations"], "Ongoing – reviewed termly", None, "amber",
              end_text="Ongoing – reviewed termly",
              measure="90% of enquiries answered within 10 working days.",
              comment="Named caseworkers allocated; response rate 74% in March."),
        ],
    ]
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = ("Response to the Ofsted and CQC area SEND inspection. Monitored monthly by the SEND Improvement Board and "
                "reported to the Department for Education and NHS England every six months.")
    sm["A3"] = "Position at: 31 March 2025"
    hdr = ["Area for priority action", "Complete", "On track", "At risk", "Off track", "Not started", "Total"]
    for c, h in enumerate(hdr, 1):
        sm.cell(5, c, h).font = Font(bold=True)
        sm.cell(5, c).border = BOX
    r = 5
    totals = [0] * 6
    for i, acts in enumerate(sheets, 1):
        r += 1
        counts = [sum(1 for a in acts if WORD[a["status"]] == w) for w in hdr[1:6]]
        row = [f"APA {i}"] + counts + [len(acts)]
        for c, v in enumerate(row, 1):
            sm.cell(r, c, v).border = BOX
        totals = [t + v for t, v in zip(totals, counts + [len(acts)])]
    r += 1
    sm.cell(r, 1, "Total").font = Font(bold=True)
    for c, v in enumerate(totals, 2):
        sm.cell(r, c, v).font = Font(bold=True)
    r += 2
    sm.cell(r, 1, "Status key").font = Font(bold=True)
    keyrows = [("Complete", BLUE, "Action delivered"), ("On track", GREEN, "Will be delivered by the date shown"),
               ("At risk", AMBER, "Some risk to delivery – mitigation in place"),
               ("Off track", RED, "Will not be delivered by the date shown – escalated to the SEND Improvement Board"),
               ("Not started", GREY, "Not yet due to start")]
    for w, colour, txt in keyrows:
        r += 1
        sm.cell(r, 1, w).fill = fill(colour)
        sm.cell(r, 2, txt)
    sm.column_dimensions["A"].width = 26
    for col in "BCDEFG":
        sm.column_dimensions[col].width = 12
    sfill = {w: colour for w, colour, _ in keyrows}
    flat = []
    for i, acts in enumerate(sheets, 1):
        ws = wb.create_sheet(f"APA{i}")
        for col, w in zip("ABCDEFG", [7, 58, 34, 18, 38, 12, 48]):
            ws.column_dimensions[col].width = w
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = f"Area for priority action {i}"
        ws["A2"].font = Font(bold=True, color="7030A0", size=12)
        ws["A3"] = APA[i - 1]
        ws["A3"].alignment = WRAP
        ws.merge_cells("A3:G3")
        ws.row_dimensions[3].height = 45
        h = ["Ref", "What we will do", "Lead(s)", "By when", "How we will know (impact measure)",
             "Status", "Commentary (March 2025)"]
        for c, t in enumerate(h, 1):
            cell = ws.cell(5, c, t)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill("7030A0")
            cell.border = BOX
            cell.alignment = WRAP
        r = 5
        for a in acts:
            r += 1
            st = WORD[a["status"]]
            vals = [a["ref"], a["action"], a["lead_cell"], a["end_cell"], a["measure"], st, a["comment"]]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = WRAP
            ws.cell(r, 6).fill = fill(sfill[st])
            flat.append(a)
    wb.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=("Imitates a local area SEND priority action plan of the kind an English local area partnership (here Essex "
                "County Council with its integrated care boards) publishes after an Ofsted/CQC area SEND inspection that "
                "names areas for priority action (framework from 2023; see gov.uk 'Area SEND inspections: support and "
                "challenge following inspection'). Copied features: a summary sheet with a status count table and a status "
                "key, one sheet per area for priority action with the inspectors' text in a merged cell above a 'what we "
                "will do' table, impact measures, word statuses (Complete / On track / At risk / Off track / Not started) "
                "with coloured cells, school-term and text dates, and health and council leads together in one cell."),
        reads=("Three sheets, one per area for priority action, each heading 'Area for priority action N' with the "
               "inspectors' text beneath and a table of numbered actions (nine in all). Status words are read through the "
               "key on the summary sheet; the summary counts table is not an action."),
        outcome="read", title=title, actions=flat)
    return name


# ---------------------------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------------------------
# 4. Portsmouth City Council ILACS improvement plan (docx, heading per recommendation, table per recommendation)
# ---------------------------------------------------------------------------------------------
def portsmouth():
    name = "ik1-portsmouth-city-council-ilacs-improvement-plan.docx"
    title = "Portsmouth City Council – Children, Families and Education: ILACS Improvement Plan 2023–2025"
    SA = "Section A: Experiences and progress of care leavers"
    SB = "Section B: Children who need help and protection"
    R1 = "Recommendation 1: Care leavers’ access to their health histories"
    R2 = "Recommendation 2: Education, employment and training for care leavers"
    R3 = "Recommendation 3: The range of suitable accommodation for care leavers"
    R4 = "Recommendation 4: The clarity of child protection plans, so that parents understand what needs to change and by when"
    plan = [
        (SA, [
            (R1, [
                A("1.1", [SA, R1], "Agree a joint process with Solent NHS Trust so that every care leaver receives a written summary of their health history before their 18th birthday.",
                  "Named Nurse for Children in Care (Solent NHS Trust)", ["Named Nurse for Children in Care (Solent NHS Trust)"],
                  "October 2023", "2023-10", "blue", rag="Complete",
                  progress="Process agreed and in use; 41 health summaries issued since October."),
                A("1.2", [SA, R1], "Offer every care leaver aged 18 to 21 who did not receive a health summary a catch-up appointment with the care leavers’ nurse.",
                  "Named Nurse for Children in Care (Solent NHS Trust) / Leaving Care Team Manager",
                  ["Named Nurse for Children in Care (Solent NHS Trust)", "Leaving Care Team Manager"],
                  "31/03/2024", "2024-03", "green", rag="Green",
                  progress="63 of 88 young people offered an appointment; 37 taken up."),
            ]),
            (R2, [
                A("2.1", [SA, R2], "Create a dedicated education, employment and training personal adviser post within the Leaving Care Team, linked to the Virtual School post-16 offer.",
                  "Head of Service – Children in Care and Care Leavers", ["Head of Service – Children in Care and Care Leavers"],
                  "Q3 2023/24", "2023-12", "blue", rag="Complete",
                  progress="Post filled in November 2023."),
                A("2.2", [SA, R2], "Guarantee an interview for council apprenticeships to any care leaver who meets the essential criteria.",
                  "Head of HR", ["Head of HR"], "January 2024", "2024-01", "amber", rag="Amber",
                  progress="Policy drafted; awaiting Employment Committee approval in March 2024."),
                A("2.3", [SA, R2], "Track the education, employment and training status of every care leaver monthly and review anyone not in EET for six months or more at the Care Leavers’ Panel.",
                  "Virtual School Headteacher", ["Virtual School Headteacher"], "Ongoing", None, "green", rag="Green",
                  end_text="Ongoing",
                  progress="Monthly tracker in place; 54% of care leavers aged 19–21 in EET (December 2023)."),
            ]),
            (R3, [
                A("3.1", [SA, R3], "Open a four-bed ‘staying close’ supported accommodation service for care leavers with complex needs.",
                  "Head of Sufficiency and Commissioning", ["Head of Sufficiency and Commissioning"],
                  "Sept 2023 – June 2024", "2024-06", "amber", rag="Amber",
                  progress="Property identified; registration with Ofsted as supported accommodation under way."),
                A("3.2", [SA, R3], "Agree a joint housing protocol with Housing Options so that no care leaver is placed in bed and breakfast accommodation.",
                  "Head of Housing Options; Leaving Care Team Manager", ["Head of Housing Options", "Leaving Care Team Manager"],
                  "December 2023", "2023-12", "blue", rag="Complete",
                  progress="Protocol signed 7 December 2023; no care leavers in B&B since September."),
            ]),
        ]),
        (SB, [
            (R4, [
                A("4.1", [SB, R4], "Revise the child protection plan template so that each outcome has specific actions, named responsible people and timescales.",
                  "Head of Safeguarding and Quality Assurance", ["Head of Safeguarding and Quality Assurance"],
                  "November 2023", "2023-11", "blue", rag="Complete",
                  progress="New template live on the case management system from 13 November 2023."),
                A("4.2", [SB, R4], "Deliver workshops for child protection chairs and social workers on writing SMART plans.\nFollow up with a dip sample of 30 plans, reported to the Quality Assurance Board.",
                  "Service Leader – Safeguarding Reviews", ["Service Leader – Safeguarding Reviews"],
                  "End of March 2024", "2024-03", "red", rag="Red",
                  progress="Only two of six workshops delivered because of chair vacancies; dip sample moved to April."),
            ]),
        ]),
    ]
    RC = {"Complete": "5B9BD5", "Green": "92D050", "Amber": "FFC000", "Red": "FF5050"}
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Our response to the Ofsted inspection of local authority children’s services (ILACS), May 2023. "
                      "Overall effectiveness: Good. Experiences and progress of care leavers: Requires improvement to be good.")
    doc.add_paragraph("Document control", style="Heading 3")
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for row in [["Version", "Date", "Owner", "Approved by"],
                ["1.0", "25/08/2023", "Director of Children, Families and Education", "Children’s Improvement Board"],
                ["1.3", "20/02/2024", "Head of Service – Children in Care and Care Leavers", "Children’s Improvement Board"]]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v, bold=(row[0] == "Version"))
    doc.add_paragraph("RAG key", style="Heading 3")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, meaning in [("Complete", "Action delivered and impact evidenced"), ("Green", "On track"),
                          ("Amber", "Some slippage – mitigation in place"), ("Red", "Off track – escalated")]:
        cells = k.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], RC[word])
        set_cell(cells[1], meaning)
    flat = []
    for sec, recs in plan:
        doc.add_paragraph(sec, style="Heading 1")
        for rec, items in recs:
            doc.add_paragraph(rec, style="Heading 2")
            tb = doc.add_table(rows=1, cols=6)
            tb.style = "Table Grid"
            for c, h in zip(tb.rows[0].cells, ["Ref", "Action", "Lead", "Timescale",
                                              "Progress update (February 2024)", "RAG"]):
                set_cell(c, h, bold=True)
                shade(c, "D9D9D9")
            for a in items:
                cells = tb.add_row().cells
                for c, v in zip(cells, [a["ref"], a["action"], a["lead_cell"], a["end_cell"],
                                        a["progress"], a["rag"]]):
                    set_cell(c, v)
                shade(cells[5], RC[a["rag"]])
                flat.append(a)
            doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reported to the Children, Families and Education Scrutiny Panel. "
                      "Next update: June 2024.")
    doc.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=("Imitates the improvement plan Portsmouth City Council would write after its May 2023 ILACS inspection "
                "(overall Good; experiences and progress of care leavers Requires improvement; inspectors pointed to care "
                "leavers' health histories, education/employment/training and accommodation, and earlier to the clarity of "
                "child protection plans; cf. https://strongerfuture.co.uk/news/general-news/portsmouth-s-children-s-services-rated-good-by-ofsted). "
                "Copied features: title and context paragraph, a document control table and a RAG key table before the plan, "
                "Heading 1 sections per judgement area and Heading 2 per recommendation, one table per recommendation, "
                "word RAG with cell shading, financial-quarter, period and 'End of' dates, and a closing note line."),
        reads=("A Word plan in two sections; under each recommendation heading is a table of numbered actions with lead, "
               "timescale, progress and RAG (nine actions). The document control and RAG key tables are not part of the "
               "plan."),
        outcome="read", title=title, actions=flat)
    return name


# ---------------------------------------------------------------------------------------------
# 5. Keeping Bristol Safe Partnership JTAI action plan (docx, one table, merged AFI cells)
# ---------------------------------------------------------------------------------------------
def bristol():
    name = "ik1-keeping-bristol-safe-partnership-jtai-action-plan.docx"
    title = "Keeping Bristol Safe Partnership – Joint Targeted Area Inspection Action Plan"
    F1 = "AFI 1: The consistency of partner agency attendance at, and contribution to, strategy discussions."
    F2 = "AFI 2: The recognition of, and response to, the cumulative impact of neglect in contacts received at the front door."
    F3 = "AFI 3: The timeliness and quality of police information sharing about children present at incidents of domestic abuse."
    F4 = "AFI 4: The partnership’s understanding of the impact of its work at the front door, through multi-agency audit and data."
    plan = [
        (F1, [
            A("1a", [F1], "Agree a multi-agency standard for strategy discussions, setting minimum attendance by police, health and the referring agency, and audit compliance quarterly.",
              "BCC Head of First Response; A&S Police DCI Bristol Safeguarding", ["BCC Head of First Response", "A&S Police DCI Bristol Safeguarding"],
              "30/06/2025", "2025-06", "green", rag="G",
              update="Standard agreed at the Children’s Business Delivery Group on 14 May; first audit scheduled for July."),
            A("1b", [F1], "Give health practitioners protected time and a single point of contact so they can join strategy discussions on the same working day.",
              "BNSSG ICB Designated Nurse Safeguarding Children", ["BNSSG ICB Designated Nurse Safeguarding Children"],
              "31/07/2025", "2025-07", "amber", rag="A",
              update="Single point of contact in place for acute trusts; community health rota not yet agreed."),
        ]),
        (F2, [
            A("2a", [F2], "Embed the Graded Care Profile 2 in front door screening and train all First Response social workers and early help practitioners in its use.",
              "BCC Head of First Response", ["BCC Head of First Response"], "Sep-25", "2025-09", "green", rag="G",
              update="64 of 90 practitioners trained."),
            A("2b", [F2], "Add a chronology prompt to the front door contact record so that contacts in the previous 12 months are reviewed in every decision.",
              "BCC Principal Social Worker", ["BCC Principal Social Worker"], "28/02/2025", "2025-02", "blue", rag="B",
              update="Prompt live from 24 February 2025; checked in the April dip sample."),
        ]),
        (F3, [
            A("3a", [F3], "Review the domestic abuse notification process so that all incidents involving children are shared with First Response within 24 hours.",
              "A&S Police Detective Superintendent Safeguarding", ["A&S Police Detective Superintendent Safeguarding"],
              "31/05/2025", "2025-05", "blue", rag="B",
              update="New process in place; 93% of notifications shared within 24 hours in May."),
            A("3b", [F3], "Extend Operation Encompass notifications to all early years settings in Bristol.",
              "A&S Police Detective Superintendent Safeguarding / BCC Education Safeguarding Lead",
              ["A&S Police Detective Superintendent Safeguarding", "BCC Education Safeguarding Lead"],
              "December 2025", "2025-12", "green", rag="G",
              update="Pilot with 30 nurseries running since April."),
        ]),
        (F4, [
            A("4a", [F4], "Develop a front door performance dataset for the Children’s Business Delivery Group, including conversion rates and re-referrals by agency.",
              "KBSP Business Manager", ["KBSP Business Manager"], "Q2 2025/26", "2025-09", "amber", rag="A",
              update="Police and council data included; health data awaiting the information sharing agreement."),
            A("4b", [F4], "Carry out a multi-agency audit of 20 front door contacts and present the findings to the KBSP Executive.",
              "KBSP Quality Assurance Lead", ["KBSP Quality Assurance Lead"], "TBC", None, "unrated", rag="",
              end_text="TBC",
              update="To be scheduled once the audit tool has been agreed."),
        ]),
    ]
    RC = {"B": "5B9BD5", "G": "92D050", "A": "FFC000", "R": "FF5050"}
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    h = doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Multi-agency response to the identification of initial need and risk (the ‘front door’)",
                      style="Subtitle")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k_, v_ in [("Inspection dates", "20–24 January 2025"), ("Letter of findings published", "11 March 2025"),
                   ("Plan owner", "KBSP Executive (statutory safeguarding partners)"),
                   ("Monitoring", "Children’s Business Delivery Group – every six weeks"),
                   ("Version", "1.3 – position at 30 June 2025")]:
        cells = info.add_row().cells
        set_cell(cells[0], k_, bold=True, size=10)
        shade(cells[0], "DEEAF6")
        set_cell(cells[1], v_, size=10)
    doc.add_paragraph("")
    doc.add_paragraph("The inspectors’ letter identified four areas for improvement (AFI). Actions are numbered by AFI. "
                      "RAG: B = complete and impact evidenced; G = on track; A = at risk of delay; R = overdue.")
    hdr = ["No.", "Area for improvement (JTAI letter)", "Action", "Lead agency / officer", "Completion date",
           "RAG", "Update"]
    n = sum(len(items) for _, items in plan)
    tb = doc.add_table(rows=1 + n, cols=7)
    tb.style = "Table Grid"
    for c, t_ in zip(tb.rows[0].cells, hdr):
        set_cell(c, t_, bold=True)
        shade(c, "1F4E79")
        for p in c.paragraphs:
            for run in p.runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    r = 1
    flat = []
    for afi, items in plan:
        first = r
        for a in items:
            cells = tb.rows[r].cells
            for ci, v in ((0, a["ref"]), (2, a["action"]), (3, a["lead_cell"]), (4, a["end_cell"]),
                          (5, a["rag"]), (6, a["update"])):
                set_cell(cells[ci], v)
            if a["rag"]:
                shade(cells[5], RC[a["rag"]])
            flat.append(a)
            r += 1
        merged = tb.cell(first, 1).merge(tb.cell(r - 1, 1))
        set_cell(merged, afi, bold=True)
    doc.add_paragraph("")
    doc.add_paragraph("Sign-off", style="Heading 3")
    so = doc.add_table(rows=0, cols=3)
    so.style = "Table Grid"
    for row in [["Partner", "Delegated safeguarding partner", "Date agreed"],
                ["Bristol City Council", "Executive Director: Children and Education", "02/04/2025"],
                ["Avon and Somerset Constabulary", "Assistant Chief Constable", "02/04/2025"],
                ["BNSSG Integrated Care Board", "Chief Nursing Officer", "03/04/2025"]]:
        cells = so.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v, bold=(row[0] == "Partner"))
    doc.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=("Imitates the post-inspection action plan the Keeping Bristol Safe Partnership (Bristol City Council, Avon "
                "and Somerset Constabulary, BNSSG ICB) would publish after a joint targeted area inspection of the "
                "multi-agency 'front door' (JTAI framework reintroduced 2022). Copied features: title and subtitle, an "
                "inspection details table, a RAG legend paragraph, one landscape-style table in which each area for "
                "improvement is a vertically merged cell beside its lettered actions (1a, 1b ...), agency-prefixed leads with "
                "two partners in one cell, letter RAG with shading, a blank RAG for an unscheduled action with 'TBC', and a "
                "sign-off table of the three safeguarding partners."),
        reads=("A single table of eight actions numbered 1a–4b, grouped by four areas for improvement shown in merged cells; "
               "each action has lead(s), a completion date, a letter RAG and an update. The inspection details and sign-off "
               "tables are not actions."),
        outcome="read", title=title, actions=flat)
    return name


# ---------------------------------------------------------------------------------------------
# 6. Foster Wales Vale of Glamorgan - CIW fostering inspection improvement plan (csv export)
# ---------------------------------------------------------------------------------------------
def vale():
    name = "ik1-foster-wales-vale-of-glamorgan-ciw-fostering-inspection-improvement-plan.csv"
    title = "Foster Wales Vale of Glamorgan – CIW Inspection Improvement Plan"
    LM, CS, WB = "Leadership and Management", "Care and Support", "Well-being"
    F1 = "Annual reviews of foster parents’ approval are not consistently completed within required timescales."
    F2 = "Foster parents do not always receive the training they need to meet the needs of the children placed with them."
    F3 = "The quality of care review does not fully include the views of children and foster parents."
    F4 = "Children’s placement plans are not always reviewed when their circumstances change."
    acts = [
        A("1.1", [LM, F1], "Introduce a monthly tracker of all annual reviews due, overseen by the Fostering Team Manager, with overdue reviews escalated to the Operational Manager.",
          "Fostering Team Manager", ["Fostering Team Manager"], "31/08/2024", "2024-08", "blue", rev="", rag="B",
          theme=LM, afi=F1, update="Tracker in place since August 2024; 96% of reviews completed in timescale October to December."),
        A("1.2", [LM, F1], "Appoint an additional independent reviewing officer for foster parent reviews (0.5 FTE).",
          "Operational Manager – Placements and Permanency", ["Operational Manager – Placements and Permanency"],
          "31/10/2024", "2025-01", "blue", rev="31/01/2025", rag="B",
          theme=LM, afi=F1, update="Officer started 13 January 2025 after a second recruitment round."),
        A("2.1", [CS, F2], "Publish a revised learning and development framework for foster parents, mapping core and specialist training to each approval type.",
          "Learning and Development Officer (Fostering)", ["Learning and Development Officer (Fostering)"],
          "30/11/2024", "2024-11", "green", rev="", rag="G",
          theme=CS, afi=F2, update="Framework drafted with the foster carer forum; to be launched at the February support group."),
        A("2.2", [CS, F2], "Record every foster parent’s training in a central matrix and discuss gaps at each supervisory visit.",
          "Supervising Social Workers / Fostering Team Manager", ["Supervising Social Workers", "Fostering Team Manager"],
          "31/12/2024", "2025-03", "amber", rev="31/03/2025", rag="A",
          theme=CS, afi=F2, update="Matrix built; 60% of records checked and updated."),
        A("3.1", [LM, F3], "Complete the six-monthly quality of care review using feedback gathered from children, foster parents and placing social workers.",
          "Head of Children and Young People Services", ["Head of Children and Young People Services"],
          "31/03/2025", "2025-03", "green", rev="", rag="G",
          theme=LM, afi=F3, update="Surveys issued to children and foster parents in January 2025; 48 responses so far."),
        A("3.2", [LM, F3], "Hold two foster parent consultation events a year and publish a ‘you said, we did’ summary.",
          "Marketing and Engagement Officer", ["Marketing and Engagement Officer"],
          "Ongoing", None, "green", rev="", rag="G", end_text="Ongoing",
          theme=LM, afi=F3, update="First event held November 2024; summary published December 2024."),
        A("4.1", [WB, F4], "Audit a sample of 15 placement plans each quarter and feed the findings back to supervising social workers.",
          "Quality Assurance Officer; Fostering Team Manager", ["Quality Assurance Officer", "Fostering Team Manager"],
          "30/09/2024", "2024-12", "amber", rev="31/12/2024", rag="A",
          theme=WB, afi=F4, update="Q2 audit completed; Q3 audit delayed by staff absence and now under way."),
    ]
    ncol = 9
    lines = []
    lines.append([title] + [""] * (ncol - 1))
    lines.append(["Inspection: 4–6 June 2024 | Report published: 19 August 2024 | Position at: 24 January 2025"] + [""] * (ncol - 1))
    lines.append([""] * ncol)
    lines.append(["Ref", "Theme", "Area for improvement", "Action", "Responsible officer", "Target date",
                  "Revised target date", "RAG", "Progress update"])
    for a in acts:
        lines.append([a["ref"], a["theme"], a["afi"], a["action"], a["lead_cell"], a["end_cell"], a["rev"],
                      a["rag"], a["update"]])
    lines.append([""] * ncol)
    lines.append(["RAG key: B = complete; G = on track; A = at risk – some slippage; R = off track"] + [""] * (ncol - 1))
    lines.append(["Monitored by the Children and Young People Services Management Team; next review March 2025"] + [""] * (ncol - 1))
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(lines)
    write_expected(
        name,
        source=("Imitates an improvement plan a Welsh local authority fostering service (Foster Wales Vale of Glamorgan, "
                "Vale of Glamorgan Council Children and Young People Services) keeps after a Care Inspectorate Wales "
                "inspection under the Local Authority Fostering Services (Wales) Regulations 2018, exported from a tracker "
                "to CSV. Copied features: title and inspection/position lines padded with empty fields as Excel writes them, "
                "a header row, the CIW theme and the area for improvement repeated on every row, original and revised target "
                "dates (dd/mm/yyyy), letter RAG, 'Ongoing', and a RAG key and monitoring note after the table."),
        reads=("Seven numbered actions, each carrying its CIW theme and the area for improvement it answers, a responsible "
               "officer, a target date and sometimes a revised target date (the revised one is the end), a letter RAG and an "
               "update. The last two lines are a key and a note."),
        outcome="read", title=title, actions=acts)
    return name


# ---------------------------------------------------------------------------------------------
# 7. Leeds early help strategy action plan (txt, tab-separated) - mistyped month -> refuse
# ---------------------------------------------------------------------------------------------
def leeds():
    name = "ik1-leeds-early-help-strategy-action-plan-typo-month-refuse.txt"
    title = "Leeds Early Help Strategy 2024–2027: Action Plan Year 2 (2025/26)"
    lines = [
        title,
        "Owner: Leeds Early Help Partnership Board\tLast updated: 08/09/2025",
        "",
        "Ref\tAction\tLead\tDue\tRAG\tUpdate",
        "Priority 1: Right conversations, right people, right time",
        "1.1\tLaunch the refreshed early help practitioner toolkit and one-minute guides across all 21 cluster partnerships.\tHead of Early Help\tOct-25\tG\tToolkit signed off by the Partnership Board in July; cluster briefings booked.",
        "1.2\tTrain 400 practitioners from schools, health and the voluntary sector as early help lead practitioners.\tEarly Help Workforce Development Lead\tMar-26\tA\t212 trained to date; health uptake lower than planned.",
        "Priority 2: Family Hubs as the way in to early help",
        "2.1\tOffer one evening and one Saturday session a month in each of the seven Family Hubs.\tFamily Hubs Service Manager\tNovmber 2025\tA\tStaffing rota under consultation with trade unions.",
        "2.2\tCo-locate a housing officer and a welfare rights adviser in every Family Hub.\tFamily Hubs Service Manager / Head of Housing Support\tJan-26\tG\tFour of seven hubs have both roles in place.",
        "Priority 3: Attend, Attain, Achieve",
        "3.1\tAgree an attendance support pathway with clusters for children open to early help whose attendance is below 90%.\tHead of Learning Inclusion\tDec-25\tG\tPathway drafted with two pilot clusters.",
        "3.2\tReport early help outcomes for school attendance to the Early Help Partnership Board every quarter.\tEarly Help Performance Manager\tQuarterly\tG\tFirst report presented September 2025.",
        "",
        "RAG: G = on track, A = some slippage, R = off track, B = complete",
    ]
    refuse_at = next(i for i, l in enumerate(lines, 1) if "Novmber" in l)
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    write_expected(
        name,
        source=("Imitates a year-2 action plan for a local early help strategy such as Leeds City Council and partners "
                "publish (Leeds early help approach: 21 cluster partnerships, seven Family Hubs, the 3As 'attend, attain, "
                "achieve', 'right conversations, right people, right time'; https://leeds.gov.uk/one-minute-guides/early-help), "
                "saved as a tab-separated text export. Copied features: title and owner/last-updated lines, a header row, "
                "priority lines over numbered actions, mmm-yy due dates, 'Quarterly', letter RAG and a RAG key line. The due "
                "date of action 2.1 is mistyped as 'Novmber 2025'."),
        reads=("Six actions under three early help priorities with lead, due date, RAG and update. Action 2.1's due date "
               "reads 'Novmber 2025', a mistyped month: a careful reader stops there and asks what was meant rather than "
               "guess."),
        outcome="refuse", title=title, refuse_at=refuse_at)
    return name


if __name__ == "__main__":
    made = [wokingham(), cumberland(), essex(), portsmouth(), bristol(), vale(), leeds()]
    for m in made:
        print(m)
