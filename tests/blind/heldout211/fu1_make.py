#!/usr/bin/env python3
"""Build the seven fu1- blind test files (set heldout211).

Children's services plans: ILACS, area SEND priority action plan, corporate
parenting, youth justice (HMIP), Care Inspectorate fostering, early help, and a
children's home Ofsted action plan with a mistyped month (refuse case).

Run:  python fu1_make.py        (writes the data files beside this script)

Each action record also carries the reading a person makes of it (lead list,
end month, status) so the expected files can be checked against the data.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

# fill colours used across the spreadsheets / tables
BLUE = "5B9BD5"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def act(ref, under, action, lead, end, status, end_text=None, **cells):
    d = dict(ref=ref, under=list(under), action=action, lead=list(lead),
             end=end, status=status)
    if end_text is not None:
        d["end_text"] = end_text
    d.update(cells)
    return d


# ---------------------------------------------------------------------------
# 1. South Tyneside Council - ILACS improvement plan (xlsx, 4 sheets)
# ---------------------------------------------------------------------------
ST_FILE = "fu1-south-tyneside-council-ilacs-improvement-plan.xlsx"
ST_TITLE = "Children’s Services ILACS Improvement Plan 2024–2026"

ST_T1 = "Theme 1: Help and protection"
ST_T2 = "Theme 2: Children in care"
ST_T3 = "Theme 3: Care leavers"
ST_T4 = "Theme 4: Workforce"
ST_R1 = ("The quality and timeliness of strategy discussions and the consistency "
         "of partner agency involvement in them.")
ST_R2 = ("Management oversight and supervision, so that plans for children in need "
         "and children subject to child protection plans progress without drift.")
ST_R3 = ("The sufficiency of local homes for children in care, including for "
         "brothers and sisters who need to live together.")
ST_R4 = ("The timeliness of permanence planning, including the completion of "
         "life-story work and later life letters.")
ST_R5 = ("The quality of pathway plans and the offer of support to care leavers "
         "aged 21 to 25.")
ST_R6 = ("The stability of the social work workforce, so that children do not "
         "experience frequent changes of social worker.")

# (theme, recommendation, [actions]) ; action cells: lead_cell, orig, rev, prev, cur, progress
ST_PLAN = [
    (ST_T1, ST_R1, [
        act("1.1", [ST_T1, ST_R1],
            "Introduce a daily multi-agency strategy meeting slot in the MASH, with "
            "police and health attendance agreed through the Safeguarding Partnership.",
            ["Head of Service (Front Door and Assessment)"], "2024-09", "blue",
            lead_cell="Head of Service (Front Door and Assessment)",
            orig=D(2024, 9, 30), rev=None, prev="Green", cur="Blue",
            progress="Daily 10am slot in place since 2 September 2024. Police and "
                     "health attendance at 96% in Q2."),
        act("1.2", [ST_T1, ST_R1],
            "Audit a sample of 40 strategy discussions each quarter and report findings "
            "on partner attendance to the Safeguarding Partnership Executive.",
            ["Principal Social Worker", "QA Manager"], "2025-12", "amber",
            lead_cell="Principal Social Worker / QA Manager",
            orig=D(2024, 12, 31), rev=D(2025, 12, 31), prev="Amber", cur="Amber",
            progress="Q1 and Q2 audits completed. Health attendance improved to 78%; "
                     "police attendance remains variable.\nRevised date agreed at "
                     "Improvement Board, April 2025."),
    ]),
    (ST_T1, ST_R2, [
        act("1.3", [ST_T1, ST_R2],
            "Launch the revised supervision policy and recording template, with a "
            "minimum of four-weekly supervision for all social workers.",
            ["Service Manager – Safeguarding"], "2024-10", "blue",
            lead_cell="Service Manager – Safeguarding",
            orig=D(2024, 10, 31), rev=None, prev="Blue", cur="Blue",
            progress="Policy launched 1 October 2024. Compliance 91% (September 2025)."),
        act("1.4", [ST_T1, ST_R2],
            "Deliver the ‘Leading Good Practice’ programme to all team managers and "
            "advanced practitioners.\nCohort 1: Oct–Dec 2024\nCohort 2: Feb–Apr 2025",
            ["Workforce Development Manager"], "2025-07", "green",
            lead_cell="Workforce Development Manager",
            orig=D(2025, 4, 30), rev=D(2025, 7, 31), prev="Amber", cur="Green",
            progress="Cohort 1 complete. Cohort 2 moved to May–July 2025 because of "
                     "sickness absence in the training team."),
    ]),
    (ST_T2, ST_R3, [
        act("2.1", [ST_T2, ST_R3],
            "Recruit 25 additional mainstream fostering households through the regional "
            "fostering recruitment hub.",
            ["Head of Service (Children in Care)", "Fostering Service Manager"],
            "2026-03", "red",
            lead_cell="Head of Service (Children in Care) / Fostering Service Manager",
            orig=D(2025, 3, 31), rev=D(2026, 3, 31), prev="Red", cur="Red",
            progress="14 households approved to date; target date revised to reflect "
                     "assessment timescales. Escalated to Improvement Board."),
        act("2.2", [ST_T2, ST_R3],
            "Open a second in-house two-bed children’s home for brothers and sisters.",
            ["Assistant Director (Placements and Resources)"], "2025-09", "amber",
            lead_cell="Assistant Director (Placements and Resources)",
            orig=D(2025, 9, 30), rev=None, prev="Amber", cur="Amber",
            progress="Property purchased. Registration application submitted to Ofsted "
                     "August 2025."),
    ]),
    (ST_T2, ST_R4, [
        act("2.3", [ST_T2, ST_R4],
            "Track all children with a plan for permanence through a monthly permanence "
            "tracking panel chaired by the Head of Service.",
            ["Head of Service (Children in Care)"], "2024-11", "blue",
            lead_cell="Head of Service (Children in Care)",
            orig=D(2024, 11, 30), rev=None, prev="Green", cur="Blue",
            progress="Panel meeting monthly since November 2024."),
    ]),
    (ST_T3, ST_R5, [
        act("3.1", [ST_T3, ST_R5],
            "Co-produce a new pathway plan template with the Care Experienced Council "
            "and train all personal advisers in its use.",
            ["Leaving Care Team Manager"], "2025-05", "green",
            lead_cell="Leaving Care Team Manager",
            orig=D(2025, 1, 31), rev=D(2025, 5, 31), prev="Amber", cur="Green",
            progress="Template agreed with young people in March 2025; training "
                     "delivered to 11 of 12 personal advisers."),
        act("3.2", [ST_T3, ST_R5],
            "Write to every care leaver aged 21 to 25 to confirm their local offer and "
            "allocate a personal adviser to all who request one.",
            ["Leaving Care Team Manager", "Participation Lead"], "2025-06", "green",
            lead_cell="Leaving Care Team Manager; Participation Lead",
            orig=D(2025, 6, 30), rev=None, prev="Green", cur="Green",
            progress="Letters sent. 37 young people have asked for a personal adviser; "
                     "all allocated."),
    ]),
    (ST_T4, ST_R6, [
        act("4.1", [ST_T4, ST_R6],
            "Implement the recruitment and retention package approved by Cabinet, "
            "including a market supplement for experienced social workers in frontline "
            "teams.",
            ["Director of Children’s Social Care", "Head of HR"], "2025-03", "blue",
            lead_cell="Director of Children’s Social Care / Head of HR",
            orig=D(2024, 12, 31), rev=D(2025, 3, 31), prev="Amber", cur="Blue",
            progress="Package in place from 1 March 2025. Agency rate reduced from 31% "
                     "to 19%."),
    ]),
]

RAGFILL = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def build_south_tyneside(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "South Tyneside Council"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = ST_TITLE
    cov["A2"].font = Font(bold=True, size=14)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [("Version", "4.0"), ("Date", "7 October 2025"),
            ("Owner", "Director of Children’s Social Care"),
            ("Governance", "Children’s Improvement Board (independent chair)"),
            ("Next review", "January 2026")]
    for i, (k, v) in enumerate(rows, start=5):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        for c in (1, 2):
            cov.cell(i, c).border = BOX
    cov["A11"] = "Version history"
    cov["A11"].font = Font(bold=True)
    hist = [("Version", "Date", "Change"),
            ("1.0", "20/08/2024", "Plan submitted to Ofsted"),
            ("2.0", "12/12/2024", "Q3 2024/25 progress update"),
            ("3.0", "15/04/2025", "Revised target dates agreed by Improvement Board"),
            ("4.0", "07/10/2025", "Q2 2025/26 progress update")]
    for i, r in enumerate(hist, start=12):
        for j, v in enumerate(r, start=1):
            c = cov.cell(i, j, v)
            c.border = BOX
            if i == 12:
                c.font = Font(bold=True)
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 48
    cov.column_dimensions["C"].width = 50

    ws = wb.create_sheet("Improvement Plan")
    ncol = 9
    ws["A1"] = ST_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = ("Inspection of local authority children’s services (ILACS), 4 to 15 "
                "March 2024 – overall effectiveness: Requires improvement to be good")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A3"] = "Progress position at 30 September 2025 (Q2 2025/26)"
    ws["A3"].font = Font(italic=True)
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)
    hdr = ["Ref", "Area for improvement (Ofsted)", "What we will do", "Lead officer",
           "Original target date", "Revised target date", "Previous RAG (Q1)",
           "Current RAG (Q2)", "Progress update"]
    r = 5
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
        c.alignment = WRAP
        c.border = BOX
    r += 1
    last_theme = None
    for theme, rec, actions in ST_PLAN:
        if theme != last_theme:
            c = ws.cell(r, 1, theme)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("2E75B6")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
            last_theme = theme
        first = r
        for a in actions:
            vals = [a["ref"], rec if r == first else None, a["action"], a["lead_cell"],
                    a["orig"], a["rev"], a["prev"], a["cur"], a["progress"]]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for j in (7, 8):
                ws.cell(r, j).fill = fill(RAGFILL[ws.cell(r, j).value])
                ws.cell(r, j).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Notes: Revised target dates were agreed by the Children’s "
                  "Improvement Board on 15 April 2025. Where no revised date is shown "
                  "the original date stands.")
    ws.cell(r, 1).font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    widths = [7, 38, 50, 26, 13, 13, 11, 11, 50]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A6"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "RAG summary – position at Q2 2025/26"
    sm["A1"].font = Font(bold=True, size=12)
    themes = [ST_T1, ST_T2, ST_T3, ST_T4]
    cols = ["Theme", "Blue", "Green", "Amber", "Red", "Total"]
    for j, h in enumerate(cols, start=1):
        c = sm.cell(3, j, h)
        c.font = Font(bold=True)
        c.border = BOX
        if h in RAGFILL:
            c.fill = fill(RAGFILL[h])
    tot = {k: 0 for k in cols[1:]}
    for i, th in enumerate(themes, start=4):
        acts = [a for t, _, aa in ST_PLAN if t == th for a in aa]
        row = [th] + [sum(1 for a in acts if a["cur"] == k) for k in cols[1:5]]
        row.append(len(acts))
        for j, v in enumerate(row, start=1):
            sm.cell(i, j, v).border = BOX
        for k, v in zip(cols[1:], row[1:]):
            tot[k] += v
    i = 4 + len(themes)
    sm.cell(i, 1, "Total").font = Font(bold=True)
    for j, k in enumerate(cols[1:], start=2):
        sm.cell(i, j, tot[k]).font = Font(bold=True)
    for j in range(1, 7):
        sm.cell(i, j).border = BOX
    sm.column_dimensions["A"].width = 34

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    keyrows = [("Blue", "Action complete and evidence of impact seen"),
               ("Green", "On track to meet the target date"),
               ("Amber", "At risk – some slippage, mitigation in place"),
               ("Red", "Off track – escalated to the Children’s Improvement Board")]
    for i, (k, v) in enumerate(keyrows, start=2):
        key.cell(i, 1, k).fill = fill(RAGFILL[k])
        key.cell(i, 2, v)
    key.column_dimensions["B"].width = 60
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Gateshead local area SEND partnership - priority action plan (xlsx, fill RAG)
# ---------------------------------------------------------------------------
GH_FILE = "fu1-gateshead-lap-send-priority-action-plan.xlsx"
GH_TITLE = "Gateshead Local Area SEND Partnership – Priority Action Plan"

GH_A1 = ("Area for priority action 1: Leaders across education, health and care should "
         "work together urgently to improve the timeliness and quality of EHC needs "
         "assessments and plans, so that children and young people receive the right "
         "support without delay.")
GH_A2 = ("Area for priority action 2: Health leaders should reduce waiting times for "
         "neurodevelopmental assessments and speech and language therapy, and make sure "
         "that families are supported while they wait.")
GH_A3 = ("Area for improvement 1: Leaders should improve the quality and consistency of "
         "preparation for adulthood planning from Year 9 onwards.")
GH_A4 = ("Area for improvement 2: Leaders should strengthen the co-production of "
         "strategy and service design with children, young people and families.")

GH_PLAN = [
    (GH_A1, [
        act("1a", [GH_A1],
            "Establish a multi-agency EHC hub to triage all requests for statutory "
            "assessment, with health and social care advice returned within six weeks.",
            ["SEND Service Manager", "Designated Clinical Officer"], "2025-09", "blue",
            lead_cell="SEND Service Manager / Designated Clinical Officer",
            partners="Gateshead Health NHS FT; Children’s Social Care",
            timescale="April 2025 – September 2025",
            measure="95% of advice returned within 6 weeks (baseline 41%)",
            fillc=BLUE),
        act("1b", [GH_A1],
            "Recruit four additional EHC co-ordinators and an EHC quality lead to clear "
            "the backlog of overdue assessments.",
            ["Head of SEND and Inclusion"], "2025-07", "green",
            lead_cell="Head of SEND and Inclusion",
            partners="HR; Finance",
            timescale="Summer term 2025",
            measure="Backlog of assessments over 20 weeks cleared; 20-week timeliness "
                    "above 60%",
            fillc=GREEN),
        act("1c", [GH_A1],
            "Introduce a multi-agency EHC plan quality assurance audit every half-term, "
            "with a parent carer forum representative on each panel.",
            ["Head of SEND and Inclusion", "Gateshead Parent Carer Forum"], "2025-12",
            "amber",
            lead_cell="Head of SEND and Inclusion; Gateshead Parent Carer Forum",
            partners="Education, health and social care advisers",
            timescale="Autumn term 2025",
            measure="80% of audited plans judged good or better",
            fillc=AMBER),
    ]),
    (GH_A2, [
        act("2a", [GH_A2],
            "Commission additional neurodevelopmental assessment capacity from an "
            "independent provider to reduce the waiting list by 30%.",
            ["ICB Place Director (Gateshead)"], "2026-03", "red",
            lead_cell="ICB Place Director (Gateshead)",
            partners="NENC ICB; Gateshead Health NHS FT",
            timescale="March 2026",
            measure="Waiting list reduced from 1,460 to under 1,020",
            fillc=RED),
        act("2b", [GH_A2],
            "Launch a ‘waiting well’ offer for families, including drop-in sessions at "
            "family hubs and an online resource pack.",
            ["Designated Clinical Officer", "Family Hubs Manager"], "2025-06", "blue",
            lead_cell="Designated Clinical Officer / Family Hubs Manager",
            partners="Parent Carer Forum; VCS partners",
            timescale="Jun-25",
            measure="Offer published on the Local Offer; parent feedback collected "
                    "termly",
            fillc=BLUE),
        act("2c", [GH_A2],
            "Implement a speech and language therapy advice line for schools and "
            "settings.",
            ["Head of Children’s Therapies"], "2025-11", "unrated",
            lead_cell="Head of Children’s Therapies",
            partners="Schools; early years settings",
            timescale="30/11/2025",
            measure="Advice line live; calls logged and themes reported to Board",
            fillc=None),
    ]),
    (GH_A3, [
        act("3a", [GH_A3],
            "Embed a preparing for adulthood outcomes section in all Year 9 annual "
            "review paperwork.",
            ["PfA Lead Officer"], "2026-01", "green",
            lead_cell="PfA Lead Officer",
            partners="Schools; Connexions",
            timescale="Jan 2026",
            measure="100% of Year 9 reviews include PfA outcomes (audit sample)",
            fillc=GREEN),
        act("3b", [GH_A3],
            "Develop supported internship places with the council and NHS partners as "
            "anchor employers (target: 20 places).",
            ["Head of SEND and Inclusion", "Employment and Skills Manager"], None,
            "green", end_text="Ongoing",
            lead_cell="Head of SEND and Inclusion / Employment and Skills Manager",
            partners="Gateshead College; NHS partners",
            timescale="Ongoing",
            measure="20 supported internships in place for September 2025 cohort",
            fillc=GREEN),
    ]),
    (GH_A4, [
        act("4a", [GH_A4],
            "Refresh the co-production charter with the Parent Carer Forum and the SEND "
            "Youth Forum and publish it on the Local Offer.",
            ["Participation and Co-production Officer"], "2025-10", "blue",
            lead_cell="Participation and Co-production Officer",
            partners="Parent Carer Forum; SEND Youth Forum",
            timescale="31 October 2025",
            measure="Charter signed by all partners and published",
            fillc=BLUE),
    ]),
]


def build_gateshead(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Priority Action Plan"
    ncol = 7
    ws["A1"] = GH_TITLE
    ws["A1"].font = Font(bold=True, size=15, color="1F3864")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = ("Response to the area SEND inspection of Gateshead local area partnership "
                "(inspection 3–21 February 2025; report published 11 April 2025)")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A3"] = "Version 2.1 – progress position for SEND Partnership Board, 15 October 2025"
    ws["A3"].font = Font(italic=True)
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)
    ws["A5"] = "Status key"
    ws["A5"].font = Font(bold=True)
    keyrows = [(BLUE, "Completed"), (GREEN, "On track"), (AMBER, "At risk of delay"),
               (RED, "Off track"), (None, "Not yet started")]
    for i, (col, txt) in enumerate(keyrows, start=6):
        c = ws.cell(i, 1)
        c.border = BOX
        if col:
            c.fill = fill(col)
        ws.cell(i, 2, txt)
    hr = 12
    hdr = ["No.", "Action", "Lead(s)", "Partner agencies", "Timescale",
           "Measure of success / evidence of impact", "Status"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(hr, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.border = BOX
        c.alignment = WRAP
    r = hr + 1
    for head, actions in GH_PLAN:
        c = ws.cell(r, 1, head)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2" if head.startswith("Area for priority") else "E2EFDA")
        c.alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.row_dimensions[r].height = 45
        r += 1
        for a in actions:
            vals = [a["ref"], a["action"], a["lead_cell"], a["partners"],
                    a["timescale"], a["measure"], None]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
            if a["fillc"]:
                ws.cell(r, 7).fill = fill(a["fillc"])
            r += 1
    widths = [6, 50, 28, 28, 16, 40, 9]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w

    km = wb.create_sheet("Impact measures")
    km["A1"] = "Key impact measures"
    km["A1"].font = Font(bold=True, size=12)
    rows = [("Measure", "Baseline (Jan 2025)", "Target (Mar 2026)", "Latest (Sep 2025)"),
            ("% of new EHC plans issued within 20 weeks", "18%", "60%", "47%"),
            ("Number waiting for neurodevelopmental assessment", "1,460", "1,020", "1,388"),
            ("Median wait for SALT initial appointment (weeks)", "39", "18", "31"),
            ("% of Year 9+ annual reviews with PfA outcomes", "52%", "100%", "74%"),
            ("Parent confidence survey – ‘I feel listened to’", "29%", "50%", "38%")]
    for i, row in enumerate(rows, start=3):
        for j, v in enumerate(row, start=1):
            c = km.cell(i, j, v)
            c.border = BOX
            if i == 3:
                c.font = Font(bold=True)
    km.column_dimensions["A"].width = 52
    for col in "BCD":
        km.column_dimensions[col].width = 20
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Leeds Corporate Parenting Board - action plan (csv export)
# ---------------------------------------------------------------------------
LD_FILE = "fu1-leeds-corporate-parenting-board-action-plan.csv"
LD_TITLE = "Leeds Corporate Parenting Board – Action Plan 2025/26"

LD_P1 = "Pledge 1 – Your voice: we will listen to you and act on what you tell us"
LD_P2 = ("Pledge 2 – Home: we will help you to live in a safe, stable home close to the "
         "people who matter to you")
LD_P3 = "Pledge 3 – Education: we will help you to do well at school, college and beyond"
LD_P4 = "Pledge 4 – Health and wellbeing: we will look after your physical and emotional health"

LD_PLAN = [
    (LD_P1, [
        act("CP1.1", [LD_P1],
            "Hold a Corporate Parenting Board meeting each year that is planned and "
            "chaired by members of the Children in Care Council.",
            ["Participation Service Manager"], "2026-03", "green",
            lead_cell="Participation Service Manager", partners="Children in Care Council",
            when="Mar-26", rag="G",
            update="Date agreed for March 2026 meeting; young people choosing themes."),
        act("CP1.2", [LD_P1],
            "Introduce ‘You said, we did’ feedback after every Board meeting, shared "
            "through the Mind of My Own app.",
            ["Participation Service Manager", "Head of Service (Children Looked After)"],
            "2025-10", "blue",
            lead_cell="Participation Service Manager / Head of Service (Children Looked After)",
            partners="Children in Care Council; Care Leavers Forum",
            when="31/10/2025", rag="B", update="In place since July 2025."),
    ]),
    (LD_P2, [
        act("CP2.1", [LD_P2],
            "Increase the number of children living with Leeds foster carers, including "
            "kinship carers, by 40 over the year.",
            ["Head of Fostering and Adoption"], "2026-03", "amber",
            lead_cell="Head of Fostering and Adoption",
            partners="Foster Carer Association",
            when="Q4 2025/26", rag="A",
            update="Net gain of 11 households at Q1, behind profile. Recruitment event "
                   "planned for Foster Care Fortnight."),
        act("CP2.2", [LD_P2],
            "Review the placements of all children living more than 20 miles from Leeds "
            "and:\n- agree a plan to return those who wish to come back\n- confirm "
            "education and health support for those staying",
            ["Head of Service (Children Looked After)"], "2025-12", "amber",
            lead_cell="Head of Service (Children Looked After)",
            partners="Virtual School; Leeds Community Healthcare",
            when="Dec 2025", rag="A",
            update="142 of 210 reviews completed."),
    ]),
    (LD_P3, [
        act("CP3.1", [LD_P3],
            "Make sure every child in care has a personal education plan (PEP) reviewed "
            "each term, with at least 90% rated good quality.",
            ["Head of the Virtual School"], None, "green", end_text="Termly",
            lead_cell="Head of the Virtual School", partners="Schools; designated teachers",
            when="Termly", rag="G",
            update="Summer term: 96% of PEPs in date; 88% rated good quality."),
        act("CP3.2", [LD_P3],
            "Ring-fence 15 council apprenticeships each year for care leavers, with a "
            "guaranteed interview for every applicant.",
            ["Chief Officer HR", "Head of the Virtual School"], "2025-09", "red",
            lead_cell="Chief Officer HR; Head of the Virtual School",
            partners="Leeds City Council directorates",
            when="Sep-25", rag="R",
            update="6 apprenticeships filled; recruitment round delayed by pay review."),
    ]),
    (LD_P4, [
        act("CP4.1", [LD_P4],
            "Reduce waiting times for initial health assessments so that 85% take place "
            "within 20 working days of a child coming into care.",
            ["Designated Nurse for Children Looked After"], "2026-03", "amber",
            lead_cell="Designated Nurse for Children Looked After",
            partners="West Yorkshire ICB (Leeds Place); Leeds Community Healthcare NHS Trust",
            when="March 2026", rag="A",
            update="Q1: 64% within 20 working days (Q4 2024/25: 58%)."),
        act("CP4.2", [LD_P4],
            "Extend free leisure centre membership to all care leavers up to 25.",
            ["Head of Active Leeds"], "2025-04", "blue",
            lead_cell="Head of Active Leeds", partners="Leaving Care Service",
            when="01/04/2025", rag="Complete",
            update="Launched 1 April 2025; 118 care leavers registered."),
    ]),
]

LD_HDR = ["Pledge", "Ref", "What we will do", "Lead", "Partner(s)", "By when", "RAG",
          "Update"]


def build_leeds(path):
    n = len(LD_HDR)
    pad = lambda row: list(row) + [""] * (n - len(row))
    rows = [pad([LD_TITLE]), pad(["Position at: 8 September 2025"]), pad([]), LD_HDR]
    for pledge, actions in LD_PLAN:
        for i, a in enumerate(actions):
            rows.append([pledge if i == 0 else "", a["ref"], a["action"], a["lead_cell"],
                         a["partners"], a["when"], a["rag"], a["update"]])
    rows.append(pad([]))
    rows.append(pad(["RAG key: B = complete; G = on track; A = some risk to delivery; "
                     "R = off track"]))
    rows.append(pad(["Summary: B 2 / G 2 / A 3 / R 1 (8 actions)"]))
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 4. Darlington Youth Justice Service - HMIP inspection improvement plan (docx)
# ---------------------------------------------------------------------------
DL_FILE = "fu1-darlington-yjs-hmip-improvement-plan.docx"
DL_TITLE = ("Darlington Youth Justice Service – HM Inspectorate of Probation Inspection "
            "Improvement Plan")

DL_H1 = "Recommendations for the Youth Justice Management Board"
DL_H2 = "Recommendations for the Youth Justice Service Manager"
DL_R1 = ("Recommendation 1: make sure that Board members understand the needs of children "
         "known to the service and use this to challenge and support the partnership")
DL_R2 = ("Recommendation 2: make sure that partner agencies provide the resources the "
         "service needs, including access to speech and language therapy and emotional "
         "health support")
DL_R3 = ("Recommendation 3: improve the quality of assessment and planning to keep other "
         "people safe, including identified victims")
DL_R4 = ("Recommendation 4: make sure that the voices of victims inform the delivery of "
         "restorative justice and reparation")

DL_STATUSFILL = {"Complete": BLUE, "On track": GREEN, "Some slippage": AMBER,
                 "Off track": RED}

DL_PLAN = [
    (DL_H1, [
        (DL_R1, [
            act("1.1", [DL_H1, DL_R1],
                "Hold an annual Board development day focused on the profile of children "
                "open to the YJS, including disproportionality data.",
                ["Chair of YJ Management Board"], "2024-11", "blue",
                lead_cell="Chair of YJ Management Board", target="November 2024",
                st="Complete", progress="Development day held 19 November 2024."),
            act("1.2", [DL_H1, DL_R1],
                "Introduce a Board member ‘practice walk’ programme so that each partner "
                "observes frontline work at least once a year.",
                ["YJS Service Manager", "Head of Early Help"], "2025-03", "amber",
                lead_cell="YJS Service Manager / Head of Early Help", target="31/03/2025",
                st="Some slippage",
                progress="6 of 11 members completed; remainder scheduled by September 2025."),
        ]),
        (DL_R2, [
            act("2.1", [DL_H1, DL_R2],
                "Agree a funded speech and language therapy post (0.6 FTE) with the ICB "
                "and recruit to it.",
                ["Head of Commissioning (Children)", "ICB Place Lead"], "2025-03", "red",
                lead_cell="Head of Commissioning (Children) / ICB Place Lead",
                target="Q4 2024/25", st="Off track",
                progress="ICB funding confirmed for 0.4 FTE only; escalated to Board "
                         "July 2025."),
            act("2.2", [DL_H1, DL_R2],
                "Re-establish a CAMHS practitioner within the YJS team for a minimum of "
                "two days a week.",
                ["CAMHS Service Manager"], "2025-01", "blue",
                lead_cell="CAMHS Service Manager", target="End of January 2025",
                st="Complete", progress="Practitioner in post Tuesdays and Thursdays "
                                        "from 13 January 2025."),
        ]),
    ]),
    (DL_H2, [
        (DL_R3, [
            act("3.1", [DL_H2, DL_R3],
                "Deliver risk of serious harm training to all case managers, followed by "
                "a case audit of 20 assessments.",
                ["Practice Manager"], "2024-12", "blue",
                lead_cell="Practice Manager", target="December 2024", st="Complete",
                progress="Training delivered October 2024; audit found 15 of 20 "
                         "assessments sufficient."),
            act("3.2", [DL_H2, DL_R3],
                "Revise the management oversight checklist so that every assessment is "
                "countersigned within five working days.",
                ["Practice Manager", "Performance and QA Officer"], "2025-09", "green",
                lead_cell="Practice Manager; Performance and QA Officer",
                target="30/09/2025", st="On track",
                progress="Checklist revised; compliance report to Board in September."),
        ]),
        (DL_R4, [
            act("4.1", [DL_H2, DL_R4],
                "Appoint a dedicated victim liaison officer and offer every identified "
                "victim contact within ten working days.",
                ["Restorative Justice Coordinator"], "2024-10", "blue",
                lead_cell="Restorative Justice Coordinator", target="October 2024",
                st="Complete", progress="Officer appointed 7 October 2024."),
            act("4.2", [DL_H2, DL_R4],
                "Review the reparation offer with victims and community groups and "
                "publish the revised programme.",
                ["Restorative Justice Coordinator"], "2025-08", "amber",
                lead_cell="Restorative Justice Coordinator", target="31 August 2025",
                st="Some slippage",
                progress="Consultation complete; publication delayed to allow Board "
                         "sign-off."),
        ]),
    ]),
]


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


def build_darlington(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Darlington Borough Council")
    doc.add_heading(DL_TITLE, level=0)
    doc.add_paragraph("Inspection fieldwork: 10–14 June 2024. Report published: 3 September "
                      "2024. Overall rating: Requires improvement.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Approved by"]):
        set_cell(c, h, bold=True)
    for row in [("1.0", "01/10/2024", "YJS Service Manager",
                 "YJ Management Board, 8 October 2024"),
                ("1.1", "14/01/2025", "YJS Service Manager",
                 "YJ Management Board, 21 January 2025"),
                ("1.2", "08/07/2025", "Performance and QA Officer",
                 "YJ Management Board, 15 July 2025")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_paragraph("")
    doc.add_paragraph("This plan sets out the actions agreed by the Darlington Youth Justice "
                      "Management Board in response to the four recommendations made by HM "
                      "Inspectorate of Probation. Progress is reviewed at each Board "
                      "meeting.")
    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Complete", "Action completed and evidence of impact reviewed by the "
                              "Management Board"),
                 ("On track", "Action progressing and expected to meet the target date"),
                 ("Some slippage", "Action behind schedule but expected to complete within "
                                   "three months of target"),
                 ("Off track", "Action will not be delivered without Board intervention")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], DL_STATUSFILL[k])
        set_cell(cells[1], v)
    hdr = ["Ref", "Action", "Lead", "Target date", "Status", "Progress"]
    for h1, recs in DL_PLAN:
        doc.add_heading(h1, level=1)
        for rec, actions in recs:
            doc.add_heading(rec, level=2)
            t = doc.add_table(rows=1, cols=len(hdr))
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, hdr):
                set_cell(c, h, bold=True)
                shade(c, "D9D9D9")
            for a in actions:
                cells = t.add_row().cells
                for c, v in zip(cells, [a["ref"], a["action"], a["lead_cell"],
                                        a["target"], a["st"], a["progress"]]):
                    set_cell(c, v)
                shade(cells[4], DL_STATUSFILL[a["st"]])
            doc.add_paragraph("")
    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), "Signed", bold=True)
    set_cell(t.cell(0, 1), "Chair, Darlington Youth Justice Management Board")
    set_cell(t.cell(1, 0), "Date", bold=True)
    set_cell(t.cell(1, 1), "15/07/2025")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Dumfries and Galloway Council fostering service - Care Inspectorate plan (docx)
# ---------------------------------------------------------------------------
DG_FILE = "fu1-dumfries-galloway-council-fostering-service-care-inspectorate-improvement-plan.docx"
DG_TITLE = ("Dumfries and Galloway Council Fostering Service – Care Inspectorate "
            "Improvement Plan")

DG_K1 = "Key question 1: How well do we support children and young people’s rights and wellbeing?"
DG_K2 = "Key question 2: How good is our leadership?"
DG_Q1 = ("Requirement 1: By 31 March 2025, the provider must ensure that children’s care "
         "plans and foster carer agreements are reviewed within statutory timescales and "
         "reflect children’s current needs.")
DG_Q2 = ("Area for improvement 1: To support children’s wellbeing, the provider should "
         "ensure that children are supported to maintain relationships with their brothers "
         "and sisters, in line with the Staying Together and Connected guidance.")
DG_Q3 = ("Requirement 2: By 30 June 2025, the provider must ensure that quality assurance "
         "processes are effective in identifying and addressing gaps in practice, "
         "including in the supervision of staff and carers.")
DG_Q4 = ("Area for improvement 2: The provider should ensure that foster carers complete "
         "mandatory training, including trauma-informed practice, within agreed "
         "timescales.")

DG_PLAN = [
    (DG_K1, [
        (DG_Q1, [
            act("1.1", [DG_K1, DG_Q1],
                "Create a tracker of all foster carer agreements and child’s plan review "
                "dates, reviewed monthly by the Team Leader.",
                ["Team Leader – Family Placement"], "2025-01", "blue",
                lead_cell="Team Leader – Family Placement", timescale="January 2025",
                progress="Tracker in use from 6 January 2025.", st="Achieved"),
            act("1.2", [DG_K1, DG_Q1],
                "Complete all overdue foster carer agreements.",
                ["Senior Social Worker (Family Placement)"], "2025-03", "blue",
                lead_cell="Senior Social Worker (Family Placement)",
                timescale="By 31 March 2025",
                progress="All 23 overdue agreements completed by 24 March 2025.",
                st="Achieved"),
        ]),
        (DG_Q2, [
            act("1.3", [DG_K1, DG_Q2],
                "Add a brothers and sisters section to the foster carer review form and "
                "the child’s plan.",
                ["Service Manager (Fostering and Adoption)"], "2025-06", "green",
                lead_cell="Service Manager (Fostering and Adoption)",
                timescale="30 June 2025",
                progress="Draft forms out for consultation with carers and young people.",
                st="On track"),
        ]),
    ]),
    (DG_K2, [
        (DG_Q3, [
            act("2.1", [DG_K2, DG_Q3],
                "Introduce a quarterly case file audit of 10% of foster carer files, with "
                "findings reported to the Fostering Service Manager.",
                ["Fostering Panel Adviser", "Quality Assurance Officer"], "2025-09",
                "amber",
                lead_cell="Fostering Panel Adviser; Quality Assurance Officer",
                timescale="Sept 2025",
                progress="First audit completed; second delayed by QA Officer vacancy.",
                st="Behind schedule"),
            act("2.2", [DG_K2, DG_Q3],
                "Agree a supervision standard of six-weekly formal supervision for "
                "supervising social workers and monitor compliance monthly.",
                ["Service Manager (Fostering and Adoption)"], "2025-06", "blue",
                lead_cell="Service Manager (Fostering and Adoption)",
                timescale="30 June 2025",
                progress="Standard agreed; compliance 94% in June 2025.", st="Achieved"),
        ]),
        (DG_Q4, [
            act("2.3", [DG_K2, DG_Q4],
                "Publish a training calendar for foster carers and record completion on "
                "the carer database.",
                ["Learning and Development Officer"], None, "green", end_text="Ongoing",
                lead_cell="Learning and Development Officer", timescale="Ongoing",
                progress="2025/26 calendar published April 2025.", st="On track"),
            act("2.4", [DG_K2, DG_Q4],
                "Follow up every carer with outstanding mandatory training through their "
                "supervising social worker.",
                ["Supervising Social Workers"], "2025-12", "unrated",
                lead_cell="Supervising Social Workers", timescale="31/12/2025",
                progress="", st="Not started"),
        ]),
    ]),
]

DG_STATUSFILL = {"Achieved": BLUE, "On track": GREEN, "Behind schedule": AMBER}


def build_dumfries(path):
    doc = Document()
    landscape(doc)
    doc.add_heading(DG_TITLE, level=1)
    for line in ["Service: Dumfries and Galloway Council Fostering Service "
                 "(CS2004083417)",
                 "Inspection completed: 1 November 2024. Report published: 13 December 2024.",
                 "Evaluations: How well do we support children and young people’s rights "
                 "and wellbeing? 3 – Adequate. How good is our leadership? 3 – Adequate.",
                 "Improvement plan owner: Service Manager (Fostering and Adoption). "
                 "Updated: 18 July 2025.",
                 "Status key: Achieved (blue) | On track (green) | Behind schedule (amber) "
                 "| Not started"]:
        doc.add_paragraph(line)
    hdr = ["No.", "Action(s) to be taken", "Responsible person(s)", "Timescale",
           "Progress / evidence", "Status"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr):
        set_cell(c, h, bold=True)
        shade(c, "BDD7EE")

    def band(text, colour):
        row = t.add_row()
        m = row.cells[0].merge(row.cells[-1])
        set_cell(m, text, bold=True)
        shade(m, colour)

    for kq, items in DG_PLAN:
        band(kq, "9DC3E6")
        for q, actions in items:
            band(q, "DEEAF6")
            for a in actions:
                cells = t.add_row().cells
                for c, v in zip(cells, [a["ref"], a["action"], a["lead_cell"],
                                        a["timescale"], a["progress"], a["st"]]):
                    set_cell(c, v)
                if a["st"] in DG_STATUSFILL:
                    shade(cells[5], DG_STATUSFILL[a["st"]])
    for row in t.rows:
        for c, w in zip(row.cells, [Cm(1.3), Cm(8), Cm(4.5), Cm(3), Cm(6), Cm(2.6)]):
            c.width = w
    doc.add_paragraph("")
    doc.add_paragraph("This plan will be shared with the Care Inspectorate and reviewed at "
                      "the Fostering and Adoption Service management meeting each month.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. North Yorkshire Council - Early Help Strategy delivery plan (tab-separated txt)
# ---------------------------------------------------------------------------
NY_FILE = "fu1-north-yorkshire-early-help-strategy-delivery-plan.txt"
NY_TITLE = "North Yorkshire Council – Early Help Strategy 2024–2027: Delivery Plan (Year 1)"

NY_P1 = "Priority 1: Right help at the right time"
NY_P2 = "Priority 2: Strong families, safe children"
NY_P3 = "Priority 3: Evidencing impact"
NY_O11 = "1.1 Families know where to go for help and can get it quickly"
NY_O12 = "1.2 Partners recognise emerging need and act early"
NY_O21 = "2.1 Fewer children need statutory intervention"
NY_O22 = "2.2 Young people are protected from exploitation"
NY_O31 = "3.1 We know what difference early help makes"

NY_PLAN = [
    (NY_P1, NY_O11, [
        act("EH01", [NY_P1, NY_O11],
            "Launch the Start for Life and family hub offer in all six localities, with a "
            "published timetable of sessions.",
            ["Head of Early Help Service"], "2024-09", "blue",
            lead_cell="Head of Early Help Service",
            partners="Health visiting; libraries; VCSE", deadline="Sep-24",
            rag="Complete", comments="All six hubs open; timetable on the Family Hub website."),
        act("EH02", [NY_P1, NY_O11],
            "Introduce a single early help request for support form through the Children "
            "and Families Service front door.",
            ["Customer Resolution Centre Manager", "Early Help Locality Manager (Craven)"],
            "2024-12", "amber",
            lead_cell="Customer Resolution Centre Manager / Early Help Locality Manager (Craven)",
            partners="Schools; health", deadline="Dec-24", rag="Amber",
            comments="Form live; partner take-up slower than expected."),
    ]),
    (NY_P1, NY_O12, [
        act("EH03", [NY_P1, NY_O12],
            "Deliver early help assessment and lead practitioner training to 300 staff "
            "from schools, health and the voluntary sector.",
            ["Workforce Development Lead (Early Help)"], "2026-03", "green",
            lead_cell="Workforce Development Lead (Early Help)", partners="NYSCP",
            deadline="March 2026", rag="Green", comments="174 trained to date."),
        act("EH04", [NY_P1, NY_O12],
            "Pilot a school-based early help link worker in 12 secondary schools.",
            ["Head of Inclusion", "Head of Early Help Service"], "2025-07", "green",
            lead_cell="Head of Inclusion; Head of Early Help Service",
            partners="Secondary schools", deadline="Summer term 2025", rag="Green",
            comments="Link workers in 12 schools; evaluation due July."),
    ]),
    (NY_P2, NY_O21, [
        act("EH05", [NY_P2, NY_O21],
            "Extend the Family Group Conference offer to all families stepping down from "
            "child protection plans.",
            ["Family Group Conference Service Manager"], "2025-09", "amber",
            lead_cell="Family Group Conference Service Manager",
            partners="Children’s social care", deadline="Q2 2025/26", rag="Amber",
            comments="Two coordinator posts vacant."),
        act("EH06", [NY_P2, NY_O21],
            "Develop a reducing parental conflict pathway with Relate and the DWP and "
            "train 50 practitioners.",
            ["Early Help Practice Lead"], None, "unrated", end_text="TBC",
            lead_cell="Early Help Practice Lead", partners="Relate; DWP",
            deadline="TBC", rag="Not started",
            comments="Awaiting confirmation of grant funding."),
    ]),
    (NY_P2, NY_O22, [
        act("EH07", [NY_P2, NY_O22],
            "Roll out the Trusted Relationships youth work model in Scarborough and Selby.",
            ["Youth Service Manager"], "2025-01", "blue",
            lead_cell="Youth Service Manager", partners="North Yorkshire Police; VCSE",
            deadline="31/01/2025", rag="Complete", comments="Model live in both areas."),
    ]),
    (NY_P3, NY_O31, [
        act("EH08", [NY_P3, NY_O31],
            "Publish a quarterly early help performance dashboard, including outcomes from "
            "the Supporting Families outcomes framework.",
            ["Performance and Intelligence Manager"], None, "green", end_text="Quarterly",
            lead_cell="Performance and Intelligence Manager", partners="",
            deadline="Quarterly", rag="Green", comments="Q4 2024/25 dashboard published."),
        act("EH09", [NY_P3, NY_O31],
            "Complete an annual multi-agency audit of early help assessments and report to "
            "the Partnership.",
            ["NYSCP Business Manager"], "2025-11", "red",
            lead_cell="NYSCP Business Manager", partners="All partners",
            deadline="Nov 2025", rag="Red",
            comments="Audit postponed from May; capacity in the audit team."),
    ]),
]

NY_HDR = ["Priority", "Objective", "Ref", "Action", "Lead", "Partners", "Deadline", "RAG",
          "Comments"]


def build_north_yorkshire(path):
    lines = [NY_TITLE,
             "Owner: Early Help Strategic Partnership Group\tLast updated: 30/06/2025",
             "",
             "\t".join(NY_HDR)]
    lastp = lasto = None
    for p, o, actions in NY_PLAN:
        for a in actions:
            row = [p if p != lastp else "", o if o != lasto else "", a["ref"],
                   a["action"], a["lead_cell"], a["partners"], a["deadline"], a["rag"],
                   a["comments"]]
            lastp, lasto = p, o
            lines.append("\t".join(row))
    lines += ["",
              "Key: Complete = action delivered; Green = on track; Amber = at risk; "
              "Red = not on track; Not started = not yet due to start",
              "Actions by status\tComplete 2\tGreen 3\tAmber 2\tRed 1\tNot started 1"]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 7. North Tyneside Council children's home - Ofsted action plan (xlsx, REFUSE)
# ---------------------------------------------------------------------------
NT_FILE = ("fu1-north-tyneside-council-childrens-home-ofsted-action-plan-typo-month-"
           "refuse.xlsx")
NT_TITLE = "Langdale Court – Ofsted Inspection Action Plan"

NT_RG1 = "Regulation 12 (the protection of children standard)"
NT_RG2 = "Regulation 13 (the leadership and management standard)"
NT_RG3 = "Regulation 32 (fitness of workers)"

# (type, no, reg, ofsted text, [ (action, responsible, due, done, status) ])
NT_ROWS = [
    ("Requirement", 1, NT_RG1,
     "The registered person must ensure that staff understand and follow the home’s "
     "missing from home procedures. (Due date: 30 April 2025)",
     [("Re-issue the missing from home procedure and complete a knowledge check with every "
       "member of staff.", "Registered Manager", "30 April 2025", "28 April 2025",
       "Complete"),
      ("Hold a debrief with the missing children coordinator after every missing episode "
       "and record the learning on the child’s file.", "Registered Manager / Deputy Manager",
       "30 April 2025", "", "Complete")]),
    ("Requirement", 2, NT_RG2,
     "The registered person must ensure that the independent person’s (Regulation 44) "
     "recommendations are acted on and that the actions taken are recorded. (Due date: "
     "31 May 2025)",
     [("Introduce a Regulation 44 action log reviewed at each monthly team meeting.",
       "Responsible Individual", "31 May 2025", "30 May 2025", "Complete")]),
    ("Requirement", 3, NT_RG3,
     "The registered person must ensure that staff complete the relevant qualification "
     "within the required timescale. (Due date: 31 July 2025)",
     [("Complete outstanding Level 3 Diploma enrolments for three residential support "
       "workers.", "Registered Manager", "31 July 2025", "", "On track")]),
    ("Recommendation", 1,
     "Guide to the Children’s Homes Regulations, page 62, paragraph 14.4",
     "The registered person should ensure that children’s records are written in a way "
     "that is respectful and accessible to the child.",
     [("Deliver child-centred recording training to all staff and audit five children’s "
       "records each month.", "Deputy Manager", "30 June 2025", "", "On track")]),
    ("Recommendation", 2,
     "Guide to the Children’s Homes Regulations, page 41, paragraph 9.5",
     "The registered person should ensure that the location risk assessment is updated "
     "and shared with local partner agencies.",
     [("Review the location risk assessment with Northumbria Police and the community "
       "safety team.", "Registered Manager", "Septmber 2025", "", "Not started")]),
    ("Recommendation", 3,
     "Guide to the Children’s Homes Regulations, page 29, paragraph 5.9",
     "The registered person should ensure that every child not in full-time education has "
     "a plan agreed with the virtual school.",
     [("Agree an individual education support plan with the virtual school for each child "
       "not in full-time education.", "Virtual School Headteacher / Registered Manager",
       "31 October 2025", "", "Not started")]),
]
NT_REFUSE_ROW = None  # set by the builder: sheet row of the mistyped month


def build_north_tyneside(path):
    global NT_REFUSE_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ncol = 9
    ws["A1"] = "North Tyneside Council – Children’s Residential Services"
    ws["A1"].font = Font(bold=True, color="1F4E78")
    ws["A2"] = NT_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    info = [("Unique reference number:", "SC487219"),
            ("Inspection date:", "11 March 2025"),
            ("Overall experiences and progress of children and young people:",
             "Requires improvement to be good"),
            ("Registered manager:", "Registered Manager (in post since January 2024)"),
            ("Responsible individual:", "Service Manager (Residential)")]
    for i, (k, v) in enumerate(info, start=3):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=3)
        ws.cell(i, 4, v)
    hr = 9
    hdr = ["Type", "No.", "Regulation / standard", "What Ofsted said",
           "Action we will take", "Responsible", "Due date", "Date completed", "Status"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(hr, j, h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BOX
        c.alignment = WRAP
    r = hr + 1
    stfill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER}
    for typ, no, reg, said, actions in NT_ROWS:
        first = r
        for k, (action, resp, due, done, st) in enumerate(actions):
            vals = [typ, no, reg, said] if k == 0 else [None] * 4
            vals += [action, resp, due, done or None, st]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
            if st in stfill:
                ws.cell(r, 9).fill = fill(stfill[st])
            if due.startswith("Septmber"):
                NT_REFUSE_ROW = r
            r += 1
        if r - 1 > first:
            for j in range(1, 5):
                ws.merge_cells(start_row=first, start_column=j, end_row=r - 1, end_column=j)
    r += 1
    ws.cell(r, 1, "Status key: Complete (blue) / On track (green) / At risk (amber) / "
                  "Not started (no colour)")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    ws.cell(r + 1, 1, "Plan reviewed monthly by the Responsible Individual and reported to "
                      "Ofsted under Regulation 40 where required. Next review: 30 June 2025.")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=ncol)
    widths = [15, 6, 28, 45, 45, 24, 15, 15, 12]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
BUILDERS = [
    (ST_FILE, build_south_tyneside),
    (GH_FILE, build_gateshead),
    (LD_FILE, build_leeds),
    (DL_FILE, build_darlington),
    (DG_FILE, build_dumfries),
    (NY_FILE, build_north_yorkshire),
    (NT_FILE, build_north_tyneside),
]


def main():
    for name, fn in BUILDERS:
        fn(os.path.join(HERE, name))
        print("wrote", name)
    print("refuse row (North Tyneside):", NT_REFUSE_ROW)


if __name__ == "__main__":
    main()
