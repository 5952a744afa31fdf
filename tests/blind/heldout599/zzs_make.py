"""Build the seven zzs- blind test files (set heldout599) and their expected readings.

Run with /work/main/.venv/bin/python zzs_make.py  (writes next to this script).
Only files whose names start with zzs- are written.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zzs-")
    return os.path.join(HERE, name)


def D(y, m, d):
    return dt.datetime(y, m, d)


FILL = {
    "R": PatternFill("solid", fgColor="FF0000"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "G": PatternFill("solid", fgColor="00B050"),
    "B": PatternFill("solid", fgColor="0070C0"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def write_yaml(name, data):
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(data, fh, allow_unicode=True, sort_keys=False, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# 1. Norfolk County Council - Local First Inclusion (Safety Valve) highlight report (xlsx)
# ---------------------------------------------------------------------------
def norfolk():
    name = "zzs-norfolk-county-council-safety-valve-highlight-report.xlsx"
    title = "Local First Inclusion Programme – Safety Valve Highlight Report"
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Norfolk County Council – Children's Services"
    rows = [
        ("Reporting period", "Quarter 2 2025/26 (July to September 2025)"),
        ("Report to", "SEND Improvement and Safety Valve Programme Board, 16 October 2025"),
        ("Senior Responsible Owner", "Executive Director of Children's Services"),
        ("Programme Manager", "Local First Inclusion Programme Manager"),
        ("Overall programme RAG", "A"),
    ]
    for i, (k, v) in enumerate(rows, start=4):
        cv.cell(i, 1, k).font = Font(bold=True)
        cv.cell(i, 2, v)
    cv["B8"].fill = FILL["A"]
    cv["A10"] = "Summary"
    cv["A10"].font = Font(bold=True)
    cv["A11"] = ("The DSG in-year position is £1.2m adverse to the Safety Valve trajectory at month 6. "
                 "All specialist resource base (SRB) openings planned for September 2025 were delivered and "
                 "the two new special school builds remain on track for September 2026. Tranche 3 SRB host "
                 "schools are the main exception this quarter.")
    cv.merge_cells("A11:F11")
    cv["A11"].alignment = WRAP
    cv.row_dimensions[11].height = 60
    cv["A13"] = "RAG key"
    cv["A13"].font = Font(bold=True)
    key = [("R", "Significant issue – Board decision or support needed"),
           ("A", "Issue or risk being managed within the workstream"),
           ("G", "On track"),
           ("B", "Complete")]
    for i, (k, v) in enumerate(key, start=14):
        cv.cell(i, 1, k).fill = FILL[k]
        cv.cell(i, 2, v)
    cv["A19"] = "Decisions required from the Board"
    cv["A19"].font = Font(bold=True)
    cv["A20"] = "Agree the revised forecast date for SRB tranche 3 host schools (milestone 2.3)."
    cv["A22"] = "Key risks"
    cv["A22"].font = Font(bold=True)
    cv["A23"] = ("Growth in EHCP numbers above the Safety Valve assumption (5.1% against 3.5%) "
                 "would put the 2026/27 DSG balance at risk.")
    cv.column_dimensions["A"].width = 28
    cv.column_dimensions["B"].width = 70

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Milestone summary by workstream – Q2 2025/26"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Workstream", "Milestones", "B", "G", "A", "R"]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(3, j, h)
        c.font = Font(bold=True)
        c.fill = FILL["grey"]
    data = [("Workstream 1", 3, 1, 1, 1, 0), ("Workstream 2", 3, 1, 1, 0, 1),
            ("Workstream 3", 2, 0, 1, 1, 0), ("Workstream 4", 2, 0, 2, 0, 0)]
    for i, r in enumerate(data, start=4):
        for j, v in enumerate(r, start=1):
            sm.cell(i, j, v)
    sm.cell(8, 1, "Total").font = Font(bold=True)
    for j, col in enumerate("BCDEF", start=2):
        sm.cell(8, j, f"=SUM({col}4:{col}7)").font = Font(bold=True)
    sm.column_dimensions["A"].width = 18

    ms = wb.create_sheet("Milestones")
    ms["A1"] = "Local First Inclusion – Milestone Tracker (Q2 2025/26)"
    ms["A1"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Milestone / action", "Lead", "Baseline date", "Forecast date",
           "Previous RAG", "Current RAG", "Commentary"]
    for j, h in enumerate(hdr, start=1):
        c = ms.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX
    W1 = "Workstream 1 – Mainstream inclusion and school support"
    W2 = "Workstream 2 – Specialist resource bases (SRBs) and special school capacity"
    W3 = "Workstream 3 – Statutory assessment and annual reviews"
    W4 = "Workstream 4 – Finance and DSG recovery"
    body = [
        W1,
        ("1.1", "Establish the remaining four School and Community Support Teams so that all 15 teams are operational across the county",
         "Assistant Director, SEND Strategic Improvement and Early Effectiveness", D(2025, 4, 30), D(2025, 9, 1), "A", "B",
         "All 15 teams operational from 1 September 2025."),
        ("1.2", "Launch the revised Inclusion Funding model for mainstream schools, replacing top-up bands, following Schools Forum approval",
         "Head of SEND Funding; Schools Finance Manager", D(2025, 9, 1), D(2026, 1, 5), "G", "A",
         "Schools Forum consultation extended to November at headteachers' request; implementation moved to January 2026."),
        ("1.3", "Deliver the Ordinarily Available Provision training offer to SENCOs in all mainstream schools (phase 2)",
         "Principal Educational Psychologist", D(2026, 3, 31), D(2026, 3, 31), "G", "G",
         "212 of 380 schools have attended to date."),
        W2,
        ("2.1", "Open 8 new SRBs for September 2025 (tranche 2)",
         "Head of SEND Sufficiency", D(2025, 9, 1), D(2025, 9, 1), "G", "B",
         "8 SRBs opened providing 96 places."),
        ("2.2", "Complete construction of the two new special schools in the west and east of the county ready to open in September 2026",
         "Capital Programme Manager (Children's Services)", D(2026, 7, 31), D(2026, 7, 31), "G", "G",
         "Both sites at first fix; contractor programmes on track."),
        ("2.3", "Confirm host schools and capital allocation for SRB tranche 3",
         "Head of SEND Sufficiency / Capital Programme Manager", D(2025, 7, 31), D(2025, 12, 19), "A", "R",
         "Three proposed host schools withdrew in July. Board decision needed on the revised forecast (see Cover)."),
        W3,
        ("3.1", "Reduce overdue annual reviews to below 10% of all EHCPs",
         "Head of SEND Statutory Services", D(2025, 12, 31), D(2026, 3, 31), "A", "A",
         "Overdue reviews at 17% (down from 24% in June). Additional locum capacity in place to March."),
        ("3.2", "Implement the EHCP quality assurance framework jointly with health and social care",
         "Head of SEND Statutory Services; Designated Clinical Officer (NHS Norfolk and Waveney ICB)", D(2025, 10, 31), D(2025, 10, 31), "G", "G",
         "Framework agreed at SEND Partnership Board in September; first multi-agency audit in October."),
        W4,
        ("4.1", "Submit the quarterly Safety Valve monitoring return to DfE, including the revised DSG deficit trajectory",
         "Head of Finance (Children's Services)", D(2025, 11, 28), D(2025, 11, 28), "G", "G",
         "Q2 data validated; return in preparation."),
        ("4.2", "Review all independent non-maintained special school (INMSS) placements and agree step-down plans where appropriate",
         "Head of SEND Commissioning", D(2026, 2, 27), D(2026, 2, 27), "A", "G",
         "41 of 96 placements reviewed; 9 step-down plans agreed."),
    ]
    r = 4
    for row in body:
        if isinstance(row, str):
            ms.cell(r, 1, row).font = Font(bold=True)
            for j in range(1, 9):
                ms.cell(r, j).fill = FILL["band"]
            ms.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            for j, v in enumerate(row, start=1):
                c = ms.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if j in (4, 5):
                    c.number_format = "dd/mm/yyyy"
                if j in (6, 7):
                    c.fill = FILL[v]
                    c.alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ms.cell(r, 1, "Summary: 10 milestones – Complete 2, Green 5, Amber 2, Red 1").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", (6, 55, 34, 13, 13, 10, 10, 50)):
        ms.column_dimensions[col].width = w
    wb.save(out(name))

    acts = [
        act("1.1", [W1], body[1][1], ["Assistant Director, SEND Strategic Improvement and Early Effectiveness"], "2025-09", "blue"),
        act("1.2", [W1], body[2][1], ["Head of SEND Funding", "Schools Finance Manager"], "2026-01", "amber"),
        act("1.3", [W1], body[3][1], ["Principal Educational Psychologist"], "2026-03", "green"),
        act("2.1", [W2], body[5][1], ["Head of SEND Sufficiency"], "2025-09", "blue"),
        act("2.2", [W2], body[6][1], ["Capital Programme Manager (Children's Services)"], "2026-07", "green"),
        act("2.3", [W2], body[7][1], ["Head of SEND Sufficiency", "Capital Programme Manager"], "2025-12", "red"),
        act("3.1", [W3], body[9][1], ["Head of SEND Statutory Services"], "2026-03", "amber"),
        act("3.2", [W3], body[10][1], ["Head of SEND Statutory Services", "Designated Clinical Officer (NHS Norfolk and Waveney ICB)"], "2025-10", "green"),
        act("4.1", [W4], body[12][1], ["Head of Finance (Children's Services)"], "2025-11", "green"),
        act("4.2", [W4], body[13][1], ["Head of SEND Commissioning"], "2026-02", "green"),
    ]
    write_yaml(name, {
        "source": ("Imitates a county council Safety Valve / SEND transformation programme highlight report to a "
                   "programme board (Norfolk County Council, Local First Inclusion programme agreed with DfE under "
                   "the Safety Valve agreement, 2024-2025; https://norfolk.gov.uk/article/44298). Copies a Cover sheet "
                   "with reporting period, SRO, overall RAG, R/A/G/B key, decisions and key risks; a Summary sheet of "
                   "counts per workstream with a SUM totals row; and a Milestones sheet with merged, shaded workstream "
                   "band rows, baseline and forecast dates (real Excel dates), previous and current RAG letters with "
                   "matching fills, and a summary line under the table."),
        "reads": ("A quarterly highlight report for Norfolk's Local First Inclusion (Safety Valve) programme. The plan "
                  "is the Milestones sheet: ten numbered milestones under four workstream bands, each read with its "
                  "forecast date as the end and the current RAG as the status; the Cover and Summary sheets are "
                  "report furniture, not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    })
    return name, len(acts)


# ---------------------------------------------------------------------------
# 2. Surrey County Council - EHCP Multi-agency Recovery Plan action tracker (xlsx)
# ---------------------------------------------------------------------------
def surrey():
    name = "zzs-surrey-county-council-ehcp-recovery-plan-action-tracker.xlsx"
    title = "EHCP Multi-agency Recovery Plan (Phase Two) – Action Tracker"
    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc["A1"] = "EHCP Multi-agency Recovery Plan – document control"
    dc["A1"].font = Font(bold=True, size=12)
    for j, h in enumerate(["Version", "Date", "Author", "Summary of changes"], start=1):
        c = dc.cell(3, j, h)
        c.font = Font(bold=True)
        c.fill = FILL["grey"]
    hist = [("1.0", D(2023, 7, 12), "EHCP Recovery Programme Lead", "Phase Two plan as agreed by Cabinet"),
            ("2.0", D(2024, 4, 10), "EHCP Recovery Programme Lead", "Year-end review; revised target dates column added"),
            ("2.3", D(2024, 10, 4), "Performance and Insight Lead", "Q2 2024/25 progress update")]
    for i, row in enumerate(hist, start=4):
        for j, v in enumerate(row, start=1):
            c = dc.cell(i, j, v)
            if j == 2:
                c.number_format = "dd/mm/yyyy"
    dc["A8"] = "Owner: Director – Education and Lifelong Learning"
    dc["A9"] = "Next review: January 2025"
    dc.column_dimensions["A"].width = 10
    dc.column_dimensions["B"].width = 12
    dc.column_dimensions["C"].width = 32
    dc.column_dimensions["D"].width = 55

    ws = wb.create_sheet("Recovery plan")
    ws["A1"] = "Surrey County Council"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Position at 30 September 2024 | Reported to: Additional Needs and Disabilities Partnership Board"
    ws["A5"] = "RAG key:"
    ws["A5"].font = Font(bold=True)
    for col, (k, txt) in zip("BCDE", [("G", "On track"), ("A", "At risk / delayed"),
                                       ("R", "Off track"), ("B", "Complete")]):
        c = ws[f"{col}5"]
        c.value = txt
        c.fill = FILL[k]
        if k in ("R", "B"):
            c.font = Font(color="FFFFFF")
    hdr = ["No.", "Action", "Lead officer", "Partner(s)", "Original target date",
           "Revised target date", "Progress update (September 2024)", "RAG"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(7, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX
    A1 = "Aim 1: Reduce long waiting times"
    A2 = "Aim 2: Provide better support while waiting"
    A3 = "Aim 3: Secure a long-term sustainable model for completion of assessments"
    body = [
        A1,
        ("1.1", "Commission additional Educational Psychology capacity to complete overdue EP advice:\n• locum and associate EPs\n• external provider for statutory advice",
         "Principal Educational Psychologist", "External EP provider", D(2023, 12, 31), D(2024, 3, 31),
         "Contract awarded January 2024. Overdue EP advice reduced from 1,120 to 214.", "B"),
        ("1.2", "Recruit to the expanded SEN casework teams in all four quadrants (NE, NW, SE, SW)",
         "Assistant Director – Inclusion & Additional Needs (NE) / Assistant Director – Inclusion & Additional Needs (SW)",
         None, D(2024, 1, 31), D(2024, 12, 31),
         "88% of posts filled; remaining 9 caseworker posts re-advertised in September.", "A"),
        ("1.3", "Clear all EHC needs assessments that had exceeded 20 weeks at 1 April 2024",
         "Head of SEN Casework", "Surrey Heartlands ICB; Frimley ICB", D(2024, 7, 31), D(2025, 3, 31),
         "213 assessments remain over 20 weeks. Health advice returns are the main cause of delay.", "R"),
        A2,
        ("2.1", "Give every family whose assessment is over 20 weeks a named caseworker contact and a monthly update",
         "Head of SEN Casework", "Family Voice Surrey", D(2023, 11, 30), None,
         "Monthly letters issued since November 2023; July 2024 audit found 91% compliance.", "G"),
        ("2.2", "Extend the Learners' Single Point of Access (L-SPA) offer so that schools receive advice while an assessment is in progress",
         "Head of Inclusion", "Schools; Mindworks Surrey", D(2024, 4, 30), D(2024, 9, 30),
         "Extended offer live from 2 September 2024.", "B"),
        ("2.3", "Publish a waiting-times dashboard on the Local Offer, updated monthly",
         "Performance and Insight Lead", None, D(2024, 3, 31), D(2024, 11, 30),
         "Dashboard in user testing with Family Voice Surrey.", "A"),
        A3,
        ("3.1", "Redesign the end-to-end EHC needs assessment process, including the multi-agency decision panel",
         "Director – Education and Lifelong Learning", "Health; Social care", D(2024, 9, 30), D(2025, 1, 31),
         "New process mapped; panel terms of reference out for comment.", "A"),
        ("3.2", "Agree a 6-week health advice timeliness standard with both ICBs and report compliance monthly",
         "Designated Clinical Officer", "Surrey Heartlands ICB; Frimley ICB", D(2024, 6, 30), None,
         "Standard agreed June 2024; compliance 74% in August.", "G"),
        ("3.3", "Grow the in-house EP workforce through a trainee EP bursary scheme (6 trainees a year)",
         "Principal Educational Psychologist", "University partners", D(2025, 9, 30), None,
         "Not yet started – first cohort recruiting for September 2025.", None),
    ]
    r = 8
    for row in body:
        if isinstance(row, str):
            ws.cell(r, 1, row).font = Font(bold=True)
            for j in range(1, 9):
                ws.cell(r, j).fill = FILL["grey"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            for j, v in enumerate(row[:7], start=1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if j in (5, 6):
                    c.number_format = "mmm-yy"
            c = ws.cell(r, 8)
            c.border = BOX
            if row[7]:
                c.fill = FILL[row[7]]
        r += 1
    r += 1
    ws.cell(r, 1, "Notes: Dates are month-end. Where a revised target date is shown it replaces the original "
                  "target agreed by Cabinet in July 2023. RAG is shown by cell colour only.").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", (6, 60, 40, 26, 12, 12, 50, 7)):
        ws.column_dimensions[col].width = w

    tr = wb.create_sheet("Trajectory")
    tr["A1"] = "EHCNA timeliness – % issued within 20 weeks (rolling 12 months)"
    tr["A1"].font = Font(bold=True)
    for j, h in enumerate(["Month", "Trajectory %", "Actual %"], start=1):
        tr.cell(3, j, h).font = Font(bold=True)
    vals = [(D(2024, 4, 1), 20, 14.2), (D(2024, 5, 1), 25, 17.8), (D(2024, 6, 1), 30, 22.5),
            (D(2024, 7, 1), 35, 27.1), (D(2024, 8, 1), 40, 31.0), (D(2024, 9, 1), 45, 33.6),
            (D(2024, 10, 1), 50, None), (D(2024, 11, 1), 55, None), (D(2024, 12, 1), 60, None)]
    for i, (m, t, a) in enumerate(vals, start=4):
        tr.cell(i, 1, m).number_format = "mmm-yy"
        tr.cell(i, 2, t)
        tr.cell(i, 3, a)
    wb.save(out(name))

    acts = [
        act("1.1", [A1], body[1][1], ["Principal Educational Psychologist"], "2024-03", "blue"),
        act("1.2", [A1], body[2][1], ["Assistant Director – Inclusion & Additional Needs (NE)",
                                      "Assistant Director – Inclusion & Additional Needs (SW)"], "2024-12", "amber"),
        act("1.3", [A1], body[3][1], ["Head of SEN Casework"], "2025-03", "red"),
        act("2.1", [A2], body[5][1], ["Head of SEN Casework"], "2023-11", "green"),
        act("2.2", [A2], body[6][1], ["Head of Inclusion"], "2024-09", "blue"),
        act("2.3", [A2], body[7][1], ["Performance and Insight Lead"], "2024-11", "amber"),
        act("3.1", [A3], body[9][1], ["Director – Education and Lifelong Learning"], "2025-01", "amber"),
        act("3.2", [A3], body[10][1], ["Designated Clinical Officer"], "2024-06", "green"),
        act("3.3", [A3], body[11][1], ["Principal Educational Psychologist"], "2025-09", "unrated"),
    ]
    write_yaml(name, {
        "source": ("Imitates Surrey County Council's EHCP Multi-agency Recovery Plan (Phase Two, 2023-2025) as tracked "
                   "for scrutiny and the Additional Needs and Disabilities Partnership Board (see mycouncil.surreycc.gov.uk "
                   "agenda items on EHCP timeliness, 2023-2024; its three aims: reduce long waiting times, better support "
                   "while waiting, a sustainable model). Copies a document-control sheet, a title block with position date, "
                   "a colour-swatch RAG key, merged grey aim band rows, original and revised target dates as Excel dates "
                   "formatted mmm-yy, a partners column beside the lead, an action with bullet lines inside the cell, a RAG "
                   "column shown by fill colour only, a notes line and a separate trajectory sheet of figures."),
        "reads": ("Surrey's EHCP recovery action tracker at September 2024: nine numbered actions under three aims. The "
                  "end is the revised target date where one is given, otherwise the original; the status is the colour "
                  "of the empty RAG cell (blue = complete per the key), and the last action has no colour (not started)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    })
    return name, len(acts)


# ---------------------------------------------------------------------------
# 3. Lancashire County Council - ECS directorate risk register (xlsx, refuse)
# ---------------------------------------------------------------------------
def lancashire():
    name = "zzs-lancashire-county-council-ecs-directorate-risk-register-typo-month-refuse.xlsx"
    title = "Education and Children's Services – Directorate Risk Register"
    wb = Workbook()
    ws = wb.active
    ws.title = "ECS DRR Q2 2025-26"
    ws["A1"] = "Lancashire County Council"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Quarter 2 2025/26 – reviewed at ECS Directorate Leadership Team, 21 October 2025"
    hdr = ["Risk ref", "Risk description (cause / event / effect)", "Risk owner", "Current score (L x I)",
           "Further action required", "Action owner", "Target date", "Progress", "Target score"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX
    risks = [
        ("ECS01", "Placement sufficiency: too few in-county residential and foster placements leads to higher-cost "
                  "out-of-area placements and poorer outcomes for children looked after.",
         "Director of Children's Social Care", "4 x 4 = 16", "R", "3 x 3 = 9", [
             ("Open two further in-house children's homes under the residential development programme",
              "Head of Residential Services", "Mar-26", "First home registered with Ofsted August 2025."),
             ("Deliver the foster carer recruitment campaign (target 60 new fostering households in 2025/26)",
              "Head of Fostering and Adoption", "31/03/2026", "27 households approved at end of Q2."),
             ("Review all high-cost placements monthly at the Placement Review Panel",
              "Head of Commissioning (Children)", "Monthly", "Panel meeting monthly since April."),
         ]),
        ("ECS02", "High needs funding: continued growth in demand for specialist provision increases the DSG deficit "
                  "beyond the level set out in the DSG management plan.",
         "Director of Education, Culture and Skills", "5 x 4 = 20", "R", "4 x 3 = 12", [
             ("Deliver the DSG management plan savings for 2025/26 and report variance monthly",
              "Head of Schools Finance", "Dec-25", "Month 6 forecast £2.1m adverse to plan."),
             ("Agree revised top-up banding with Schools Forum",
              "Head of Inclusion Service", "Sep-25", "Agreed at Schools Forum 24 September 2025."),
         ]),
        ("ECS03", "EHCP timeliness: insufficient educational psychology and SEN officer capacity leads to EHC needs "
                  "assessments exceeding 20 weeks and to complaints and tribunal appeals.",
         "Director of Education, Culture and Skills", "4 x 4 = 16", "R", "2 x 4 = 8", [
             ("Recruit six additional SEN officers and two senior educational psychologists",
              "Head of SEND Service", "Nov-25", "Four SEN officers appointed; EP posts at interview."),
             ("Implement the revised EHC needs assessment panel process across all three localities",
              "SEND Service Manager (Assessment)", "0ct-25", "Central and east localities live."),
         ]),
        ("ECS04", "Social work workforce: high turnover and reliance on agency social workers reduces the stability "
                  "and quality of practice.",
         "Director of Children's Social Care", "3 x 4 = 12", "A", "2 x 4 = 8", [
             ("Launch the third cohort of the ASYE academy for newly qualified social workers",
              "Principal Social Worker", "Jan-26", "28 places offered."),
             ("Reduce agency social workers to below 10% of the frontline workforce",
              "Head of Workforce Development (Children)", "Mar-26", "Agency rate 13.4% at September."),
         ]),
        ("ECS05", "Case management system: delay to the migration to the new children's case management system "
                  "extends dual running and increases data quality risk.",
         "Director of Children's Social Care", "3 x 3 = 9", "A", "2 x 3 = 6", [
             ("Complete user acceptance testing and agree the go-live date",
              "Children's Systems Programme Manager", "Jun-26", "Testing plan agreed; build 70% complete."),
         ]),
    ]
    r = 6
    typo_row = None
    for ref, desc, owner, score, rag, target, actions in risks:
        first = r
        for text, aowner, tdate, prog in actions:
            for j, v in ((5, text), (6, aowner), (7, tdate), (8, prog)):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
            if tdate.startswith("0ct"):
                typo_row = r
            r += 1
        last = r - 1
        for j, v in ((1, ref), (2, desc), (3, owner), (4, score), (9, target)):
            c = ws.cell(first, j, v)
            c.alignment = WRAP
            c.border = BOX
            if last > first:
                ws.merge_cells(start_row=first, start_column=j, end_row=last, end_column=j)
        ws.cell(first, 4).fill = FILL[rag]
    r += 1
    ws.cell(r, 1, "Scoring: Likelihood x Impact, each scored 1–5. 15–25 Red; 8–12 Amber; 1–6 Green.").font = Font(italic=True)
    ws.cell(r + 1, 1, "Risks scoring 15 or above are escalated to the Corporate Risk Register.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (8, 45, 26, 12, 50, 30, 11, 40, 11)):
        ws.column_dimensions[col].width = w
    wb.save(out(name))
    assert typo_row == 12, typo_row

    write_yaml(name, {
        "source": ("Imitates a county council directorate risk register as reported quarterly to a directorate "
                   "leadership team (Lancashire County Council, Education and Children's Services, 2025/26), with the "
                   "usual cause/event/effect risk description, risk owner, L x I scores with fill colour, further "
                   "actions each on their own row with action owner, target date and progress, and risk-level cells "
                   "merged down over the action rows; scoring notes under the table."),
        "reads": ("Five directorate risks, each with one to three further actions, owners and target dates. The "
                  "second action under ECS03 (sheet row 12) has the target date '0ct-25' written with a zero for the "
                  "letter O; a careful reader would stop and ask whether October 2025 was meant before importing."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return name, 0


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Stroud District Council - 2030 Strategy annual action plan progress (docx)
# ---------------------------------------------------------------------------
def stroud():
    name = "zzs-stroud-district-council-2030-strategy-climate-action-plan.docx"
    title = "Stroud District Council 2030 Strategy: Annual Action Plan 2025/26"
    doc = Document()
    landscape(doc)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Mid-year progress update – position at 30 September 2025")
    doc.add_paragraph("Report to Environment Committee, 13 November 2025")

    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for j, h in enumerate(["Version", "Date", "Author", "Status"]):
        set_cell(t.rows[0].cells[j], h, bold=True)
    for j, v in enumerate(["0.3", "22/10/2025", "Climate Change Manager", "Draft for Environment Committee"]):
        set_cell(t.rows[1].cells[j], v)

    doc.add_paragraph(
        "The 2030 Strategy commits the council to doing everything within its power to make Stroud District carbon "
        "neutral by 2030. This annual action plan sets out the council’s own actions for 2025/26 under the themes of "
        "the Master Plan. Progress is reported to Environment Committee twice a year.")
    doc.add_paragraph("Status key")
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    keyrows = [("Green", "On track to complete by the target date", "00B050"),
               ("Amber", "Some slippage; remedial action in place", "FFC000"),
               ("Red", "Significant slippage or not deliverable as planned", "FF0000"),
               ("Complete", "Action completed", "0070C0")]
    for i, (a, b, col) in enumerate(keyrows):
        set_cell(k.rows[i].cells[0], a, bold=True)
        shade(k.rows[i].cells[0], col)
        set_cell(k.rows[i].cells[1], b)

    T1 = "Theme 1: Community, Leadership and Partnership"
    T2 = "Theme 2: Energy"
    T3 = "Theme 3: Mobility"
    T4 = "Theme 4: Natural Environment"
    themes = [
        (T1, [
            ("CLP1", "Host the Climate Action Network forum each quarter and publish the outputs on the council website",
             "Climate Change Manager", "Ongoing", "Forums held in June and September; notes published.", "Green"),
            ("CLP2", "Deliver accredited carbon literacy training to all councillors and the senior leadership team",
             "Organisational Development Manager; Climate Change Manager", "March 2026",
             "31 of 51 councillors trained. Further sessions booked for January.", "Amber"),
        ]),
        (T2, [
            ("EN1", "Install solar PV and battery storage at Ebley Mill",
             "Property Services Manager", "Q3 2025/26", "Installed and commissioned in August 2025.", "Complete"),
            ("EN2", "Launch the Warm Homes: Local Grant scheme for low-income private sector households",
             "Private Sector Housing Manager", "31/10/2025", "Scheme opened to applications on 6 October.", "Green"),
            ("EN3", "Retrofit 150 council homes to EPC C or above through the Warm Homes: Social Housing Fund",
             "Head of Asset Management (Housing)", "March 2026", "62 homes completed; contractor capacity confirmed.", "Green"),
        ]),
        (T3, [
            ("MO1", "Install 40 public electric vehicle charge points in district council car parks",
             "Parking Services Manager / Sustainable Transport Officer", "December 2025",
             "Grid connection dates for 3 of 5 car parks moved into 2026/27.", "Red"),
            ("MO2", "Adopt the Local Cycling and Walking Infrastructure Plan (LCWIP) for Stroud and Stonehouse",
             "Planning Strategy Lead", "Feb 2026", "Consultation responses being analysed.", "Amber"),
        ]),
        (T4, [
            ("NE1", "Complete Nature Recovery Network mapping for all district council-owned land",
             "Biodiversity Officer", "Q4 2025/26", "Mapping of parks and open spaces complete.", "Green"),
            ("NE2", "Review the council’s grass-cutting regime to increase the area managed for wildflowers",
             "Grounds Maintenance Manager", "June 2026", "Due to start after the 2025 cutting season.", "Not started"),
        ]),
    ]
    colours = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "0070C0"}
    for heading, rows in themes:
        doc.add_heading(heading, level=1)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for j, h in enumerate(["Ref", "Action", "Lead", "Target date", "Update (September 2025)", "Status"]):
            set_cell(tb.rows[0].cells[j], h, bold=True)
            shade(tb.rows[0].cells[j], "D9E1F2")
        repeat_header(tb.rows[0])
        for row in rows:
            cells = tb.add_row().cells
            for j, v in enumerate(row):
                set_cell(cells[j], v)
            if row[5] in colours:
                shade(cells[5], colours[row[5]])
    doc.add_heading("Glossary", level=1)
    g = doc.add_table(rows=1, cols=2)
    g.style = "Table Grid"
    set_cell(g.rows[0].cells[0], "Term", bold=True)
    set_cell(g.rows[0].cells[1], "Meaning", bold=True)
    for a, b in [("EPC", "Energy Performance Certificate"),
                 ("LCWIP", "Local Cycling and Walking Infrastructure Plan"),
                 ("PV", "Photovoltaic (solar panels)")]:
        c = g.add_row().cells
        set_cell(c[0], a)
        set_cell(c[1], b)
    doc.save(out(name))

    st = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue", "Not started": "unrated"}
    ends = {"CLP1": (None, "Ongoing"), "CLP2": ("2026-03", None), "EN1": ("2025-12", "Q3 2025/26"),
            "EN2": ("2025-10", None), "EN3": ("2026-03", None), "MO1": ("2025-12", None),
            "MO2": ("2026-02", None), "NE1": ("2026-03", "Q4 2025/26"), "NE2": ("2026-06", None)}
    leads = {"CLP2": ["Organisational Development Manager", "Climate Change Manager"],
             "MO1": ["Parking Services Manager", "Sustainable Transport Officer"]}
    acts = []
    for heading, rows in themes:
        for ref, text, lead, target, upd, status in rows:
            e, et = ends[ref]
            acts.append(act(ref, [heading], text, leads.get(ref, [lead]), e, st[status], et))
    write_yaml(name, {
        "source": ("Imitates a district council climate emergency annual action plan progress report to a service "
                   "committee (Stroud District Council, 2030 Strategy and Master Plan, themes such as Community, "
                   "Leadership and Partnership; Energy; Mobility; Natural Environment; "
                   "https://www.stroud.gov.uk/environment/draft-2030-strategy-limiting-adapting-recovering-and-responding-in-a-changing-climate). "
                   "Copies a Word title block, a document-control table, a status key table with shaded cells "
                   "(Complete shown in blue), a separate table under a Heading 1 for each theme with Ref, Action, "
                   "Lead, Target date, Update and Status columns, and a glossary table at the end."),
        "reads": ("Stroud's 2030 Strategy action plan for 2025/26 at mid-year: nine referenced actions in four theme "
                  "tables, each with a lead post, a target (months, quarters of the financial year or 'Ongoing') and "
                  "a status word. The document control, status key and glossary tables are not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    })
    return name, len(acts)


# ---------------------------------------------------------------------------
# 5. Leeds City Council - Homelessness and Rough Sleeping Strategy action plan (docx)
# ---------------------------------------------------------------------------
def leeds():
    name = "zzs-leeds-city-council-homelessness-rough-sleeping-strategy-action-plan.docx"
    title = "Leeds Homelessness and Rough Sleeping Strategy 2023–2028"
    doc = Document()
    landscape(doc)
    doc.add_heading(title, level=0)
    doc.add_heading("Year 2 Action Plan 2024/25 – Quarter 3 update", level=1)
    doc.add_paragraph(
        "This action plan sets out what the council and its partners in the Homelessness Prevention Forum will do in "
        "2024/25 to deliver the four ambitions of the strategy. It is monitored by the Homelessness Strategy Board and "
        "reported to Environment, Housing and Communities Scrutiny Board.")
    A1 = "Ambition 1: Universal Prevention"
    A2 = "Ambition 2: Targeted Prevention"
    A3 = "Ambition 3: Intervention and Recovery"
    A4 = "Ambition 4: A shared and integrated approach to Housing Options"
    P1a = "Priority 1a: Clear and accessible housing advice for everyone in Leeds"
    P1b = "Priority 1b: Prevent homelessness from the private rented sector"
    P2a = "Priority 2a: Earlier identification of people at higher risk of homelessness"
    P3a = "Priority 3a: Minimise rough sleeping"
    P4a = "Priority 4a: Make the best use of temporary accommodation"
    rows = [
        ("A", A1),
        ("P", P1a),
        ("1a.1", "Refresh the Leeds Housing Options web pages and online self-help tool, co-produced with people with lived experience",
         "Head of Homelessness", "Homelessness Prevention Forum; Lived Experience Panel", "Sept 2024", "Complete",
         "New pages launched 30 September 2024."),
        ("1a.2", "Deliver homelessness awareness training to frontline staff in Community Hubs and libraries",
         "Housing Options Service Manager", "Community Hubs; Libraries", "March 2025", "Green",
         "14 sessions delivered to 186 staff."),
        ("P", P1b),
        ("1b.1", "Extend the private rented sector tenancy sustainment service to all households served with a section 21 notice",
         "Head of Homelessness / Private Sector Housing Manager", "Landlord forum; Citizens Advice Leeds", "Q4 2024/25", "Amber",
         "Extended to two of three housing areas; recruitment under way for the third."),
        ("A", A2),
        ("P", P2a),
        ("2a.1", "Agree a joint hospital discharge protocol with Leeds Teaching Hospitals and Leeds and York Partnership NHS Foundation Trust",
         "Complex Needs Service Manager", "LTHT; LYPFT; West Yorkshire ICB", "Dec 2024", "Red",
         "Protocol not yet agreed; escalated to the Homelessness Strategy Board in January."),
        ("2a.2", "Embed the Duty to Refer pathway with the Probation Service and HMP Leeds",
         "Housing Options Service Manager", "Probation Service; HMP Leeds", "Ongoing", "Green",
         "Referrals from HMP Leeds now received on average 28 days before release."),
        ("A", A3),
        ("P", P3a),
        ("3a.1", "Commission 20 additional Housing First tenancies",
         "Head of Commissioning (Housing Support)", "Registered providers", "31/03/2025", "Amber",
         "12 tenancies in place; provider sourcing remaining properties."),
        ("3a.2", "Operate the Severe Weather Emergency Protocol (SWEP) with St George’s Crypt over the winter",
         "Rough Sleeping Service Manager", "St George’s Crypt; Change Grow Live", "November 2024 – March 2025", "Green",
         "SWEP activated on 19 nights to the end of December."),
        ("A", A4),
        ("P", P4a),
        ("4a.1", "Ensure no family with children is placed in bed and breakfast accommodation for longer than six weeks",
         "Temporary Accommodation Manager", "", "Ongoing", "Green",
         "No family placed in B&B for longer than six weeks this year."),
    ]
    tb = doc.add_table(rows=1, cols=7)
    tb.style = "Table Grid"
    for j, h in enumerate(["No.", "Action", "Lead", "Key partners", "Timescale", "RAG", "Q3 update"]):
        set_cell(tb.rows[0].cells[j], h, bold=True)
        shade(tb.rows[0].cells[j], "BDD7EE")
    repeat_header(tb.rows[0])
    colours = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "0070C0"}
    for row in rows:
        cells = tb.add_row().cells
        if row[0] in ("A", "P"):
            m = cells[0].merge(cells[6])
            set_cell(m, row[1], bold=True, size=12 if row[0] == "A" else None)
            shade(m, "1F4E79" if row[0] == "A" else "DEEAF6")
            if row[0] == "A":
                m.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        else:
            for j, v in enumerate(row):
                set_cell(cells[j], v)
            shade(cells[5], colours[row[5]])
    doc.add_paragraph("RAG: Green – on track; Amber – some delay, action in hand; Red – significant delay or "
                      "risk to delivery; Complete – action delivered.")
    doc.add_heading("Abbreviations", level=2)
    g = doc.add_table(rows=1, cols=2)
    g.style = "Table Grid"
    set_cell(g.rows[0].cells[0], "Abbreviation", bold=True)
    set_cell(g.rows[0].cells[1], "Meaning", bold=True)
    for a, b in [("LTHT", "Leeds Teaching Hospitals NHS Trust"),
                 ("LYPFT", "Leeds and York Partnership NHS Foundation Trust"),
                 ("SWEP", "Severe Weather Emergency Protocol")]:
        c = g.add_row().cells
        set_cell(c[0], a)
        set_cell(c[1], b)
    doc.save(out(name))

    st = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    ends = {"1a.1": ("2024-09", None), "1a.2": ("2025-03", None), "1b.1": ("2025-03", "Q4 2024/25"),
            "2a.1": ("2024-12", None), "2a.2": (None, "Ongoing"), "3a.1": ("2025-03", None),
            "3a.2": ("2025-03", "November 2024 – March 2025"), "4a.1": (None, "Ongoing")}
    leads = {"1b.1": ["Head of Homelessness", "Private Sector Housing Manager"]}
    acts = []
    amb = prio = None
    for row in rows:
        if row[0] == "A":
            amb = row[1]
        elif row[0] == "P":
            prio = row[1]
        else:
            e, et = ends[row[0]]
            acts.append(act(row[0], [amb, prio], row[1], leads.get(row[0], [row[2]]), e, st[row[5]], et))
    write_yaml(name, {
        "source": ("Imitates a city council homelessness strategy annual action plan update (Leeds City Council, "
                   "Homelessness and Rough Sleeping Strategy 2023-2028 with its four ambitions: universal prevention, "
                   "targeted prevention, intervention and recovery, Housing Options; "
                   "https://democracy.leeds.gov.uk/ieDecisionDetails.aspx?AIId=93288). Copies a landscape Word table "
                   "with a repeating header row, dark full-width merged ambition rows and lighter merged priority rows "
                   "above the numbered actions, a key partners column beside the lead, a shaded RAG word column, a "
                   "RAG legend paragraph under the table and an abbreviations table."),
        "reads": ("The Year 2 (2024/25) action plan for the Leeds homelessness strategy at quarter 3: eight numbered "
                  "actions, each read under its ambition and priority, with the lead post(s), a timescale and a RAG. "
                  "Key partners are not leads; the abbreviations table is not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    })
    return name, len(acts)


# ---------------------------------------------------------------------------
# 6. Essex County Council - People and Families Policy and Scrutiny Committee action log (csv)
# ---------------------------------------------------------------------------
def essex():
    name = "zzs-essex-county-council-people-and-families-scrutiny-action-log.csv"
    title = "People and Families Policy and Scrutiny Committee – Action Log"
    hdr = ["Ref", "Meeting date", "Minute", "Action", "Responsible officer", "Due date", "Status", "Update"]
    acts_rows = [
        ("PAF/24/01", "11/07/2024", "5", "Provide members with a breakdown of EHCP timeliness by quadrant for the last 12 months",
         "Director – SEND (Strategic)", "05/09/2024", "Complete", "Circulated to members on 28 August 2024."),
        ("PAF/24/02", "11/07/2024", "5", "Arrange a visit for members to a specialist resource base",
         "Hall, Clare", "Oct-24", "Complete", "Visit took place on 15 October 2024."),
        ("PAF/24/03", "12/09/2024", "6", "Share the 2024/25 placement sufficiency statement, including the number of in-county residential beds commissioned",
         "Head of Commissioning – Children and Families", "Next meeting", "Amber", "Statement being finalised; will be shared before the January meeting."),
        ("PAF/24/04", "12/09/2024", "6", "Report back on the use of unregistered placements since April 2024",
         "Director for Local Delivery (Children and Families)", "14/11/2024", "Complete", "Reported at the November meeting (minute 4)."),
        ("PAF/24/05", "14/11/2024", "5", "Provide a written briefing on reablement outcomes 91 days after discharge, broken down by district",
         "Director of Adult Social Care Operations / Head of Reablement", "Jan-25", "Green", "Briefing drafted; data being validated."),
        ("PAF/24/06", "14/11/2024", "5", "Invite the Cabinet Member for Adult Social Care to the March meeting to discuss the Market Sustainability Plan",
         "Democratic Services Officer", "13/03/2025", "Green", "Invitation accepted."),
        ("PAF/24/07", "14/11/2024", "7", "Circulate a map of Family Hub sites and outreach locations\nand the footfall figures for Q2",
         "Sam Hirst and Priya Chauhan", "December 2024", "Red", "Awaiting data from the provider; chased 10 January 2025."),
        ("PAF/24/08", "14/11/2024", "8", "Add a scoping session on home to school transport for pupils with SEND to the 2025 work programme",
         "Scrutiny Officer", "Ongoing", "Green", "Pencilled in for the June 2025 meeting."),
    ]
    with open(out(name), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow([title] + [""] * 7)
        w.writerow(["Essex County Council | Updated 20 January 2025"] + [""] * 7)
        w.writerow([""] * 8)
        w.writerow(hdr)
        for r in acts_rows:
            w.writerow(r)
        w.writerow([""] * 8)
        w.writerow(["Key: Complete – action closed; Green – on track; Amber – at risk of missing the due date; Red – overdue"] + [""] * 7)
        w.writerow(["Completed actions are removed from the log after they have been reported to one meeting."] + [""] * 7)

    st = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    ends = {"PAF/24/01": ("2024-09", None), "PAF/24/02": ("2024-10", None), "PAF/24/03": (None, "Next meeting"),
            "PAF/24/04": ("2024-11", None), "PAF/24/05": ("2025-01", None), "PAF/24/06": ("2025-03", None),
            "PAF/24/07": ("2024-12", None), "PAF/24/08": (None, "Ongoing")}
    leads = {"PAF/24/05": ["Director of Adult Social Care Operations", "Head of Reablement"],
             "PAF/24/07": ["Sam Hirst", "Priya Chauhan"]}
    acts = []
    for r in acts_rows:
        e, et = ends[r[0]]
        acts.append(act(r[0], [], r[3], leads.get(r[0], [r[4]]), e, st[r[6]], et))
    write_yaml(name, {
        "source": ("Imitates a county council overview and scrutiny committee action log as exported from Excel "
                   "(Essex County Council, People and Families Policy and Scrutiny Committee, 2024-25; committee list at "
                   "http://cmis.essex.gov.uk/essexcmis5/Committees.aspx). Copies a two-line title block, a header "
                   "with Ref, Meeting date, Minute, Action, Responsible officer, Due date, Status and Update, due "
                   "dates written several ways (dd/mm/yyyy, Oct-24, 'Next meeting', 'Ongoing'), a surname-first "
                   "officer name, two named officers in one cell, an action with a line break inside the quoted "
                   "field, and key and notes lines at the foot."),
        "reads": ("The committee's action log at January 2025: eight referenced actions from three meetings with no "
                  "headings above them, each with the responsible officer(s), a due date and a status word. The key "
                  "and the note at the foot are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    })
    return name, len(acts)


# ---------------------------------------------------------------------------
# 7. West Berkshire Council - DBV in SEND implementation plan (tab-separated txt)
# ---------------------------------------------------------------------------
def westberks():
    name = "zzs-west-berkshire-council-dbv-send-implementation-plan.txt"
    title = "West Berkshire Council – Delivering Better Value (DBV) in SEND Implementation Plan"
    W1 = "WS1 Ordinarily available provision"
    W2 = "WS2 Transition into reception"
    W3 = "WS3 SEND funding bands"
    W4 = "WS4 Emotional wellbeing and school attendance"
    rows = [
        (W1, "1.1", "Publish the West Berkshire Ordinarily Available Provision (OAP) guidance for early years, primary and secondary settings",
         "SENCo Network Lead", "Apr-24", "Sep-24", "B", "Published September 2024 and launched at the SENCo conference."),
        ("", "1.2", "Carry out an OAP audit and support visit in each of the 20 schools with the highest rates of EHC needs assessment requests",
         "Educational Psychology Service Manager", "Sep-24", "Summer term 2025", "G", "13 of 20 visits complete."),
        ("", "1.3", "Introduce a request-for-support triage, with advice from the Inclusion Support Team, before an EHC needs assessment request is made",
         "Head of Education Services / SEN Manager", "Oct-24", "Jan-25", "A", "Pilot running in two localities; evaluation due February."),
        (W2, "2.1", "Hold transition planning meetings for all children with identified SEND starting reception in September 2025",
         "Early Years SEND Lead", "Jan-25", "Jul-25", "G", ""),
        ("", "2.2", "Issue a transition toolkit to early years settings and infant and primary schools",
         "Early Years SEND Lead", "Nov-24", "Autumn term 2024", "B", "Toolkit issued in December 2024."),
        (W3, "3.1", "Consult schools on revised top-up funding bands linked to the OAP descriptors",
         "Head of Education Services", "Sep-24", "31/03/2025", "A", "Schools Forum consultation closes 21 February 2025."),
        ("", "3.2", "Model the impact of the new bands on the High Needs Block for 2025/26",
         "Schools Accountant", "Oct-24", "Feb-25", "G", ""),
        (W4, "4.1", "Train school staff in the trauma-informed practice programme (cohort 3)",
         "Mental Health Support Team Lead; Virtual School Head", "Jan-25", "Mar-25", "R", "Trainer vacancy; cohort 3 postponed pending recruitment."),
        ("", "4.2", "Evaluate the Emotionally Based School Avoidance (EBSA) pathway pilot",
         "Principal Educational Psychologist", "Feb-25", "Ongoing", "G", "Data collection under way."),
    ]
    lines = [title,
             "Progress tracker – exported from the SEND Programme SharePoint list on 03/02/2025",
             "",
             "\t".join(["Workstream", "Ref", "Action", "Lead", "Start", "End", "RAG", "Comment"])]
    for r in rows:
        lines.append("\t".join(r))
    lines += ["",
              "\t".join(["Totals", "9 actions", "B = 2", "G = 4", "A = 2", "R = 1"]),
              "Key: B = complete, G = on track, A = at risk, R = off track",
              "Reported to the SEND Strategy Board and Schools' Forum each half term."]
    with open(out(name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")

    st = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    ends = {"1.1": ("2024-09", None), "1.2": ("2025-07", "Summer term 2025"), "1.3": ("2025-01", None),
            "2.1": ("2025-07", None), "2.2": ("2024-12", "Autumn term 2024"), "3.1": ("2025-03", None),
            "3.2": ("2025-02", None), "4.1": ("2025-03", None), "4.2": (None, "Ongoing")}
    leads = {"1.3": ["Head of Education Services", "SEN Manager"],
             "4.1": ["Mental Health Support Team Lead", "Virtual School Head"]}
    acts = []
    ws = None
    for r in rows:
        ws = r[0] or ws
        e, et = ends[r[1]]
        acts.append(act(r[1], [ws], r[2], leads.get(r[1], [r[3]]), e, st[r[6]], et))
    write_yaml(name, {
        "source": ("Imitates a unitary council's Delivering Better Value in SEND implementation plan tracker as "
                   "exported to text from a SharePoint list (West Berkshire Council DBV programme 2024-25, "
                   "https://decisionmaking.westberks.gov.uk/mgAi.aspx?ID=90023: OAP, transition into reception, "
                   "SEND funding bands, trauma-informed and mental health work). Copies a tab-separated export with "
                   "a title and export line, a workstream column filled only on the first row of each group, start "
                   "and end columns with Mmm-yy, dd/mm/yyyy, school terms and 'Ongoing', R/A/G/B letters, and a "
                   "totals line, key line and note at the foot."),
        "reads": ("West Berkshire's DBV in SEND implementation plan at February 2025: nine numbered actions in four "
                  "workstreams (the workstream carries down to the rows below it), each with lead post(s), an end "
                  "and a RAG letter. The start column is not the end; the totals, key and note lines are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    })
    return name, len(acts)


if __name__ == "__main__":
    for fn in (norfolk, surrey, lancashire, stroud, leeds, essex, westberks):
        n, k = fn()
        print(f"{n}: {k} actions")
