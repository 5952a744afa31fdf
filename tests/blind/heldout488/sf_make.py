"""Build the seven sf- blind cases of set heldout488 (data files and their expected readings).

Run with /work/main/.venv/bin/python sf_make.py (from any directory).
"""
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

RED, AMBER, GREEN, BLUE = "FFFF0000", "FFFFC000", "FF00B050", "FF00B0F0"
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill(fill_type="solid", start_color=c, end_color=c)


class QStr(str):
    pass


yaml.SafeDumper.add_representer(
    QStr, lambda dumper, v: dumper.represent_scalar("tag:yaml.org,2002:str", str(v), style='"'))


def act(ref, under, action, lead, end, status, end_text=None):
    ref = None if ref is None else QStr(ref)
    end = None if end is None else QStr(end)
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write_expected(name, source, reads, outcome, title, actions=None, refuse_at=None,
                   accept_refusal=False):
    d = {"source": source, "reads": reads, "outcome": outcome, "accept_refusal": accept_refusal}
    if refuse_at is not None:
        d["refuse_at"] = refuse_at
    if title is not None:
        d["title"] = title
    if outcome == "read":
        d["actions"] = actions
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(d, f, sort_keys=False, allow_unicode=True, width=100000)


def d8(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------------------------
# 1. Royal Botanic Gardens, Kew - ARAC internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------------------------
def kew():
    name = "sf-royal-botanic-gardens-kew-arac-internal-audit-recommendations-tracker.xlsx"
    title = "Royal Botanic Gardens, Kew – Internal Audit Recommendations Tracker"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14, color="FF1F5C3A")
    cov["A3"] = "Audit and Risk Assurance Committee"
    cov["B3"] = "11 March 2025"
    cov["A4"] = "Paper reference"
    cov["B4"] = "ARAC/25/07"
    cov["A5"] = "Author"
    cov["B5"] = "Head of Risk and Assurance"
    cov["A6"] = "Sponsor"
    cov["B6"] = "Director of Finance"
    cov["A7"] = "Purpose"
    cov["B7"] = ("To update the Committee on implementation of agreed management actions arising from "
                 "Government Internal Audit Agency (GIAA) reports.")
    cov["A9"] = "RAG key (colour of the RAG cell on the Tracker sheet)"
    cov["A9"].font = Font(bold=True)
    key = [(BLUE, "Complete – evidence of implementation reviewed by GIAA"),
           (GREEN, "On track to meet the target date"),
           (AMBER, "Revised target date agreed by ARAC"),
           (RED, "Overdue, or revised target date at risk")]
    for i, (c, t) in enumerate(key):
        cov.cell(row=10 + i, column=1).fill = fill(c)
        cov.cell(row=10 + i, column=2, value=t)
    cov.column_dimensions["A"].width = 38
    cov.column_dimensions["B"].width = 90
    for r in range(3, 8):
        cov.cell(row=r, column=1).font = Font(bold=True)
        cov.cell(row=r, column=2).alignment = WRAP

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of open and closed actions by audit"
    summ["A1"].font = Font(bold=True, size=12)
    hdr = ["Audit", "Assurance", "Actions", "Complete", "Open", "Of which overdue"]
    rows = [["Cyber Security and Resilience (2023-24)", "Limited", 3, 1, 2, 1],
            ["Procurement and Contract Management (2024-25)", "Moderate", 3, 0, 3, 0],
            ["Health and Safety – Glasshouse Maintenance (2024-25)", "Moderate", 3, 1, 2, 1],
            ["Total", "", 9, 2, 7, 2]]
    for j, h in enumerate(hdr):
        c = summ.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF1F5C3A")
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = summ.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
            if r[0] == "Total":
                c.font = Font(bold=True)
    summ.column_dimensions["A"].width = 55
    summ.column_dimensions["B"].width = 14

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position at 28 February 2025 (Pentana export, edited for ARAC)"
    ws["A2"].font = Font(italic=True)
    heads = ["Action ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
             "Original target date", "Revised target date", "Progress update (February 2025)", "RAG"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF1F5C3A")
        c.alignment = WRAP
        c.border = BOX
    widths = [10, 10, 45, 50, 28, 14, 14, 50, 8]
    for j, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[j]].width = w

    A1 = "GIAA 2023-24: Cyber Security and Resilience (Limited assurance)"
    A2 = "GIAA 2024-25: Procurement and Contract Management (Moderate assurance)"
    A3 = "GIAA 2024-25: Health and Safety – Glasshouse Maintenance (Moderate assurance)"
    R_CS1 = ("Kew should complete and test an IT disaster recovery plan for its critical systems, "
             "including the Herbarium and Fungarium collections database.")
    R_CS2 = ("Privileged access rights should be reviewed quarterly and leavers' accounts removed within "
             "five working days.")
    R_PC1 = ("A complete contracts register should be maintained and published in line with the "
             "Procurement Act 2023.")
    R_PC2 = "Approved waivers of the procurement rules should be reported to ARAC."
    R_HS1 = ("Work at height risk assessments for the Temperate House and Palm House should be reviewed "
             "and signed off by a competent person.")
    R_HS2 = "Planned preventative maintenance (PPM) records for the glasshouses should be held in one system."
    R_HS3 = "Contractor induction records should be retained for six years."

    # (group) or (ref, priority, rec, merge_rec_rows, action, owner, orig, revised, update, rag, expected)
    data = [
        ("G", A1),
        ("CS1.1", "High", R_CS1, 2,
         "Document a disaster recovery plan for the ten critical systems and obtain Executive Board approval.",
         "Chief Information Officer", d8(2024, 9, 30), d8(2025, 3, 31),
         "Draft plan reviewed by Executive Board on 4 February 2025; final version due for approval in March.",
         AMBER, ("2025-03", "amber", ["Chief Information Officer"], None)),
        ("CS1.2", "High", None, 0,
         "Carry out a live failover test of the collections database to the Wakehurst data centre.",
         "Chief Information Officer", d8(2024, 12, 31), d8(2025, 6, 30),
         "Test window agreed with supplier for May 2025. Original date missed because of the network "
         "refresh.",
         RED, ("2025-06", "red", ["Chief Information Officer"], None)),
        ("CS2", "Medium", R_CS2, 1,
         "Introduce a quarterly privileged access review, reported to the Digital Steering Group.",
         "Head of IT Infrastructure", d8(2024, 10, 31), None,
         "First two quarterly reviews completed (October 2024 and January 2025). GIAA verified.",
         BLUE, ("2024-10", "blue", ["Head of IT Infrastructure"], None)),
        ("G", A2),
        ("PC1.1", "High", R_PC1, 2,
         "Consolidate departmental contract lists into a single contracts register held on the "
         "e-tendering portal.",
         "Head of Procurement", d8(2025, 1, 31), d8(2025, 4, 30),
         "About 80% of live contracts now loaded; Science directorate records outstanding.",
         AMBER, ("2025-04", "amber", ["Head of Procurement"], None)),
        ("PC1.2", "High", None, 0,
         "Publish the contracts register and issue the contract details notices required from "
         "24 February 2025.",
         "Director of Finance / Head of Procurement", d8(2025, 2, 28), "n/a",
         "Publication arrangements in place from go-live; first notices issued.",
         GREEN, ("2025-02", "green", ["Director of Finance", "Head of Procurement"], None)),
        ("PC2", "Low", R_PC2, 1,
         "Add a schedule of approved waivers to each ARAC finance update.",
         "Director of Finance", "Each ARAC meeting", None,
         "Schedule included in the November 2024 and March 2025 finance updates.",
         GREEN, (None, "green", ["Director of Finance"], "Each ARAC meeting")),
        ("G", A3),
        ("HS1", "Medium", R_HS1, 1,
         "Commission an external review of the work at height risk assessments for the Temperate House, "
         "Palm House and Princess of Wales Conservatory.",
         "Head of Health, Safety and Wellbeing", "Q4 2024/25", None,
         "Contractor appointed; site visits completed in January 2025.",
         GREEN, ("2025-03", "green", ["Head of Health, Safety and Wellbeing"], "Q4 2024/25")),
        ("HS2", "Medium", R_HS2, 1,
         "Migrate the glasshouse PPM schedules from spreadsheets into the CAFM system.",
         "Head of Estates; Glasshouse Supervisor", d8(2024, 11, 30), d8(2025, 5, 31),
         "CAFM module licensed; data cleansing under way.",
         RED, ("2025-05", "red", ["Head of Estates", "Glasshouse Supervisor"], None)),
        ("HS3", "Low", R_HS3, 1,
         "Amend the contractor induction procedure and the records retention schedule.",
         "Head of Health, Safety and Wellbeing", d8(2024, 12, 31), None,
         "Procedure updated and retention schedule approved December 2024.",
         BLUE, ("2024-12", "blue", ["Head of Health, Safety and Wellbeing"], None)),
    ]
    expected = []
    r = 5
    group = None
    rec_current = None
    for row in data:
        if row[0] == "G":
            group = row[1]
            ws.cell(row=r, column=1, value=group)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(row=r, column=1).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill("FFD9EAD3")
            r += 1
            continue
        ref, pri, rec, span, action, owner, orig, rev, upd, rag, exp = row
        vals = [ref, pri, rec, action, owner, orig, rev, upd, None]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + j)
            if v is not None:
                c.value = v
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=9).fill = fill(rag)
        if rec is not None:
            rec_current = rec
            if span > 1:
                ws.merge_cells(start_row=r, start_column=3, end_row=r + span - 1, end_column=3)
        end, status, lead, end_text = exp
        expected.append(act(ref, [group, rec_current], action, lead, end, status, end_text))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes: target dates given as a quarter refer to Kew's financial year "
                                   "(April to March). Actions closed at this meeting will be removed from "
                                   "the next tracker.")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=("Imitates a GIAA internal audit recommendations tracker as taken to the Audit and Risk "
                "Assurance Committee of a DCMS/Defra arm's-length body (Royal Botanic Gardens, Kew publishes "
                "board and committee papers; no specific Kew tracker file was found, so the layout follows "
                "typical ALB ARAC trackers, 2024-25). Copied features: cover sheet with paper reference and a "
                "fill-colour RAG key, a summary totals sheet, audit band rows merged across the table, "
                "recommendation text vertically merged over its management actions, original and revised "
                "target dates, fill-only RAG cells, a financial-year quarter as a date, a notes line."),
        reads=("Three sheets: a cover with the RAG key, a summary of actions by audit, and the tracker. The "
               "tracker groups nine agreed management actions under three GIAA audits; each action sits "
               "under the recommendation it answers, with an owner, original and (where agreed) revised "
               "target dates, an update and a RAG cell shown only by its fill colour."),
        outcome="read", title=title, actions=expected)
    return name, len(expected)


# ---------------------------------------------------------------------------------------------
# 2. Tees Valley CA - CRSTS programme highlight report with a mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------------------------
def tees():
    name = "sf-tees-valley-ca-crsts-programme-highlight-report-typo-month-refuse.xlsx"
    title = "Tees Valley Combined Authority – CRSTS Programme Highlight Report"
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="FF00587C")
    info = [("Reporting period", "Period 7 – October 2025"),
            ("Programme SRO", "Director of Transport"),
            ("Report author", "CRSTS Programme Manager"),
            ("Overall programme RAG", "Previous: Amber    Current: Amber")]
    for i, (k, v) in enumerate(info):
        ws.cell(row=2 + i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=2 + i, column=2, value=v)
        ws.merge_cells(start_row=2 + i, start_column=2, end_row=2 + i, end_column=4)
    ws["B5"].fill = fill(AMBER)
    r = 7
    ws.cell(row=r, column=1, value="1. Progress this period").font = Font(bold=True, size=12)
    r += 1
    for line in ["• Darlington Station multi-storey car park opened to the public on 22 September 2025.",
                 "• Middlesbrough Station platform extension: Network Rail tender returns received and under "
                 "evaluation.",
                 "• A1130 cycleway section 2 surfacing complete; signals commissioning slipped to November."]:
        ws.cell(row=r, column=1, value=line)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="2. Key milestones and actions").font = Font(bold=True, size=12)
    r += 1
    heads = ["Ref", "Milestone / action", "Lead", "Baseline date", "Forecast date", "Previous RAG",
             "Current RAG", "Commentary"]
    for j, h in enumerate(heads):
        c = ws.cell(row=r, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF00587C")
        c.alignment = WRAP
        c.border = BOX
    r += 1
    rag_fill = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    rows = [
        ("S", "Darlington Station Gateway"),
        ("D1", "Open the multi-storey car park to the public", "Darlington Station Project Manager",
         "Jun-25", "Sep-25", "A", "B", "Opened 22 September 2025."),
        ("D2", "Submit Full Business Case for the eastern station building to DfT",
         "Head of Transport Strategy & Darlington BC Project Lead", "Mar-25", "Jan-26", "A", "R",
         "DfT has asked for revised cost plan; resubmission forecast January 2026."),
        ("S", "Middlesbrough Station"),
        ("M1", "Award main works contract for the platform 3 extension", "Network Rail Sponsor; TVCA Rail "
         "Programme Manager", "Apr-25", "Dec-25", "G", "A", "Tender returns above estimate; value "
         "engineering under way."),
        ("M2", "Hand over undercroft retail units to Middlesbrough Council", "TVCA Rail Programme Manager",
         "Nov-25", "Nov-25", "G", "G", "On programme."),
        ("S", "Bus priority corridors"),
        ("B1", "Complete detailed design for the A1032 Acklam Road bus lanes", "Bus Network Manager",
         "Jul-25", "0ct-25", "A", "A", "Design review with Middlesbrough Council highways held 9 October."),
        ("B2", "Statutory consultation on Traffic Regulation Orders – A1032 corridor", "Bus Network Manager",
         "Sep-25", "Feb-26", "G", "A", "Follows B1; consultation cannot start until design is frozen."),
        ("S", "Active travel"),
        ("T1", "Open A1130 Stockton–Middlesbrough cycleway section 2", "Active Travel Lead", "Mar-25",
         "Nov-25", "R", "A", "Signals commissioning booked with Stockton BC for w/c 10 November."),
        ("T2", "Appoint contractor for Hartlepool Town Centre cycle links", "Active Travel Lead", "Jan-26",
         "Mar-26", "G", "G", "Tender published via YORtender 6 October."),
    ]
    refuse_row = None
    for row in rows:
        if row[0] == "S":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1).fill = fill("FFDDEBF7")
            r += 1
            continue
        for j, v in enumerate(row):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if j in (5, 6):
                c.fill = fill(rag_fill[v])
                c.alignment = Alignment(horizontal="center", vertical="top")
        if row[4] == "0ct-25":
            refuse_row = r
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="3. Key risks and issues").font = Font(bold=True, size=12)
    r += 1
    for j, h in enumerate(["Ref", "Risk / issue", "Mitigation", "Owner", "RAG"]):
        c = ws.cell(row=r, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    r += 1
    for rk in [("R3", "Construction inflation erodes programme contingency",
                "Quarterly cost review; re-prioritisation paper to Transport Committee", "Director of Transport",
                "A"),
               ("R7", "Network Rail possession access for Middlesbrough platform works",
                "Possessions booked to March 2026", "TVCA Rail Programme Manager", "G")]:
        for j, v in enumerate(rk):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.border = BOX
            c.alignment = WRAP
        ws.cell(row=r, column=5).fill = fill(rag_fill[rk[4]])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="4. Finance (£m)").font = Font(bold=True, size=12)
    r += 1
    for rowv in [("Programme budget 2022-27", 310.0), ("Spend to date", 118.4), ("Forecast 2025-26", 61.2)]:
        ws.cell(row=r, column=2, value=rowv[0])
        ws.cell(row=r, column=3, value=rowv[1])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key: G – on track; A – at risk, recoverable; R – off track, "
                                   "escalation required; B – complete.").font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGH", [8, 48, 30, 11, 11, 9, 9, 48]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))
    assert refuse_row is not None
    write_expected(
        name,
        source=("Imitates a combined authority programme highlight report of the kind taken to a transport "
                "committee (Tees Valley CA CRSTS reporting, 2025; layout follows typical CA/council programme "
                "highlight reports: header block with SRO and overall RAG, progress bullets, milestone table, "
                "risks, finance, RAG key). Copied features: title block with previous/current overall RAG, "
                "scheme band rows, baseline and forecast dates written Mmm-yy, previous and current RAG "
                "columns with fill colours, a risks table and finance block that are not the plan."),
        reads=("A one-sheet highlight report for the CRSTS programme: eight milestones/actions under four scheme "
               "headings, each with a lead, baseline and forecast date and previous/current RAG. The forecast "
               "date of B1 is written '0ct-25' with a zero for the O, a mistyped month that a careful reader "
               "would query before taking the dates in."),
        outcome="refuse", title=title, refuse_at=refuse_row)
    return name, 0


# ---------------------------------------------------------------------------------------------
# 3. Electricity North West - Ofgem Storm Arwen review action plan (xlsx)
# ---------------------------------------------------------------------------------------------
def enwl():
    name = "sf-electricity-north-west-ofgem-storm-arwen-review-action-plan.xlsx"
    title = "Electricity North West – Ofgem Storm Arwen Review: Action Plan"
    wb = Workbook()
    cov = wb.active
    cov.title = "Version control"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14, color="FF6A1B9A")
    cov["A2"] = "Response to Ofgem's final report on the networks' response to Storm Arwen (June 2022)"
    for j, h in enumerate(["Version", "Date", "Author", "Summary of changes"]):
        c = cov.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    for i, rv in enumerate([("1.0", d8(2022, 8, 1), "Head of Regulation", "Plan submitted to Ofgem"),
                            ("1.3", d8(2022, 12, 20), "Head of Regulation", "Q3 update"),
                            ("1.5", d8(2023, 4, 14), "Head of Regulation",
                             "Position at 31 March 2023 for Board, 26 April 2023")]):
        for j, v in enumerate(rv):
            c = cov.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cov["A9"] = "Accountable director: Customer Director"
    cov.column_dimensions["A"].width = 12
    cov.column_dimensions["B"].width = 12
    cov.column_dimensions["C"].width = 20
    cov.column_dimensions["D"].width = 50

    ws = wb.create_sheet("Action plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Status at 31 March 2023"
    heads = ["Ref", "ENWL action", "Owner", "Target date", "Status", "Progress at 31 March 2023"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF6A1B9A")
        c.border = BOX
        c.alignment = WRAP
    for col, w in zip("ABCDEF", [7, 60, 32, 16, 11, 55]):
        ws.column_dimensions[col].width = w
    C1 = "1. Network resilience"
    C2 = "2. Planning and preparation"
    C3 = "3. Handling of incidents"
    C4 = "4. Communication and support during the incident"
    C5 = "5. Support after the incident"
    REC1 = ("Ofgem recommendation 1: DNOs should review the resilience of overhead line networks in areas "
            "affected by the storm, including their tree cutting policies, and report the findings to Ofgem.")
    REC5 = ("Ofgem recommendation 5: DNOs should submit winter preparedness plans each year, covering mutual "
            "aid and how resources will be escalated in a major storm.")
    REC9 = ("Ofgem recommendation 9: DNOs should improve the accuracy of the estimated times of restoration "
            "(ETRs) given to customers.")
    REC13 = "Ofgem recommendation 13: DNOs should stress test their websites and telephony for peak storm demand."
    REC15 = ("Ofgem recommendation 15: DNOs should proactively contact Priority Services Register customers "
             "during prolonged outages.")
    REC18 = ("Ofgem recommendation 18: Guaranteed standards payments should be made automatically, without "
             "customers needing to claim.")
    rows = [
        ("C", C1), ("R", REC1),
        ("1.1", "Complete a resilience review of all 11kV and LV overhead lines in the Storm Arwen affected areas "
                "of Cumbria and north Lancashire.", "Head of Network Strategy", d8(2022, 9, 30), "Complete",
         "Review completed; findings sent to Ofgem on 28 September 2022.",
         ("2022-09", "blue", ["Head of Network Strategy"], None)),
        ("1.2", "Extend the risk-based tree cutting programme by an additional 1,200km of overhead line a year.",
         "Head of Vegetation Management", "Mar-24", "Green",
         "Year 1 target achieved (1,246km); year 2 programme let to contractors.",
         ("2024-03", "green", ["Head of Vegetation Management"], None)),
        ("C", C2), ("R", REC5),
        ("2.1", "Submit the 2022/23 winter preparedness plan to Ofgem.", "Head of Emergency Planning",
         d8(2022, 10, 31), "Complete", "Submitted 24 October 2022.",
         ("2022-10", "blue", ["Head of Emergency Planning"], None)),
        ("2.2", "Agree mutual aid call-off arrangements with neighbouring DNOs and contractors, and test them in "
                "a live exercise.", "Head of Emergency Planning / Contracts Manager", "Nov 2022 – Feb 2023",
         "Amber", "Exercise held 18 January 2023; contractor call-off terms still being finalised.",
         ("2023-02", "amber", ["Head of Emergency Planning", "Contracts Manager"], "Nov 2022 – Feb 2023")),
        ("C", C3), ("R", REC9),
        ("3.1", "Introduce damage assessment by drone and helicopter patrol within 12 hours of a storm passing.",
         "Head of Control and Operations", d8(2022, 12, 31), "Complete",
         "Drone framework in place; used in Storm Otto (February 2023).",
         ("2022-12", "blue", ["Head of Control and Operations"], None)),
        ("3.2", "Change the ETR rules so that no ETR is given for a circuit until its damage assessment is done.",
         "Head of Control and Operations", d8(2023, 3, 31), "Red",
         "Rules drafted; the system change has been delayed by the supplier until June 2023.",
         ("2023-03", "red", ["Head of Control and Operations"], None)),
        ("C", C4), ("R", REC13),
        ("4.1", "Stress test the power cut map and 105 telephony at three times the Storm Arwen peak call volume.",
         "Head of Customer Contact", d8(2022, 11, 30), "Complete", "Test passed 15 November 2022.",
         ("2022-11", "blue", ["Head of Customer Contact"], None)),
        ("R", REC15),
        ("4.2", "Call every PSR customer who is off supply for more than 12 hours, and arrange welfare visits "
                "through partner organisations after 24 hours.", "Vulnerability Manager", "Ongoing", "Green",
         "Process in use since December 2022; British Red Cross agreement signed.",
         (None, "green", ["Vulnerability Manager"], "Ongoing")),
        ("C", C5), ("R", REC18),
        ("5.1", "Make guaranteed standards payments automatically to customers off supply beyond the standard.",
         "Head of Customer Contact", "Q2 2023/24", "Amber",
         "Billing system change scoped; depends on the industry-wide data solution.",
         ("2023-09", "amber", ["Head of Customer Contact"], "Q2 2023/24")),
    ]
    status_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    r = 5
    cat = rec = None
    expected = []
    for row in rows:
        if row[0] == "C":
            cat = row[1]
            ws.cell(row=r, column=1, value=cat)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.cell(row=r, column=1).font = Font(bold=True, color="FFFFFFFF")
            ws.cell(row=r, column=1).fill = fill("FF8E6BB5")
            r += 1
            continue
        if row[0] == "R":
            rec = row[1]
            ws.cell(row=r, column=1, value=rec)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.cell(row=r, column=1).font = Font(italic=True)
            ws.cell(row=r, column=1).fill = fill("FFEDE7F6")
            ws.cell(row=r, column=1).alignment = WRAP
            ws.row_dimensions[r].height = 30
            r += 1
            continue
        ref, action, owner, target, status, prog, exp = row
        for j, v in enumerate([ref, action, owner, target, status, prog]):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=5).fill = fill(status_fill[status])
        end, st, lead, end_text = exp
        expected.append(act(ref, [cat, rec], action, lead, end, st, end_text))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes:").font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="1. Only the Ofgem recommendations that require action by ENWL are shown; "
                                       "recommendations addressed to Ofgem or to government are tracked "
                                       "separately.")
    ws.cell(row=r + 2, column=1, value="2. Quarters are regulatory years (April to March).")

    key = wb.create_sheet("Key")
    key["A1"] = "Status key"
    key["A1"].font = Font(bold=True)
    for i, (t, c, d) in enumerate([("Complete", BLUE, "Action delivered and evidence held"),
                                   ("Green", GREEN, "On track"),
                                   ("Amber", AMBER, "At risk – mitigation in place"),
                                   ("Red", RED, "Target date missed or will be missed")]):
        key.cell(row=3 + i, column=1, value=t).fill = fill(c)
        key.cell(row=3 + i, column=2, value=d)
    key.column_dimensions["A"].width = 12
    key.column_dimensions["B"].width = 45
    wb.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=("Imitates a distribution network operator's action plan answering Ofgem's final report on the "
                "networks' response to Storm Arwen (Ofgem, 9 June 2022: 20 recommendations in five areas – "
                "network resilience, planning and preparation, handling of incidents, communication and "
                "support during the incident, support after the incident; "
                "https://www.ofgem.gov.uk/publications/storm-arwen-report). Copied features: version control "
                "cover sheet, the five Ofgem areas as coloured band rows, each Ofgem recommendation as a merged "
                "italic row above ENWL's actions, status words with matching fill, mixed real dates, Mmm-yy, "
                "a date range and regulatory-year quarters, notes lines, a separate key sheet."),
        reads=("The action plan sheet lists nine ENWL actions under the five areas of Ofgem's Storm Arwen "
               "report, each beneath the Ofgem recommendation it answers, with an owner, target date, status "
               "word (Complete/Green/Amber/Red) and progress note. The first sheet is version control and the "
               "last a status key; neither holds actions."),
        outcome="read", title=title, actions=expected)
    return name, len(expected)


# ---------------------------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, color=None):
    cell.text = ""
    paras = text.split("\n")
    p = cell.paragraphs[0]
    for i, t in enumerate(paras):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(t)
        run.bold = bold
        run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


# ---------------------------------------------------------------------------------------------
# 4. Pembrokeshire Coast NPA - Storm Darragh lessons learned action plan (docx)
# ---------------------------------------------------------------------------------------------
def pcnpa():
    name = "sf-pembrokeshire-coast-npa-storm-darragh-lessons-learned-action-plan.docx"
    title = "Storm Darragh (6–8 December 2024): Lessons Learned Action Plan"
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Pembrokeshire Coast National Park Authority")
    r.bold = True
    p = doc.add_paragraph()
    r = p.add_run("Awdurdod Parc Cenedlaethol Arfordir Penfro")
    r.italic = True
    doc.add_heading(title, level=0)
    doc.add_paragraph("Report to the Operational Review Committee – 9 April 2025")
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for j, h in enumerate(["Version", "Date", "Author", "Change"]):
        set_cell(t.cell(0, j), h, bold=True)
    for i, rv in enumerate([("0.1", "14/01/2025", "Health and Safety Advisor",
                             "First draft following staff debriefs"),
                            ("1.0", "26/03/2025", "Chief Executive", "Approved by Leadership Team")]):
        for j, v in enumerate(rv):
            set_cell(t.cell(1 + i, j), v)
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "Storm Darragh brought a Met Office red warning for wind to the Pembrokeshire coast from 03:00 to 11:00 "
        "on Saturday 7 December 2024. Authority staff recorded more than 600 fallen trees across the Coast Path "
        "and public rights of way, two visitor sites were closed for four days and the Coast Path was not fully "
        "reopened until late February 2025. This plan sets out the actions agreed after staff debriefs held in "
        "January 2025.")
    doc.add_paragraph("Status is reported as Complete, Green (on track), Amber (behind schedule) or Not started.")

    sections = [
        ("1. Warning and informing", [
            ("Not all operational staff received the Met Office red warning until the morning of 7 December.", [
                ("1.1", "Sign all operational staff up to the Authority's text alert system, linked to Met Office "
                        "and NRW warnings.", "Health and Safety Advisor", "31/01/2025", "Complete",
                 ("2025-01", "blue", ["Health and Safety Advisor"], None)),
                ("1.2", "Agree a standard closure message for the website, social media and the Coast Path app, "
                        "to be issued whenever a red wind warning is in force.", "Communications Manager",
                 "End of February 2025", "Complete", ("2025-02", "blue", ["Communications Manager"], None)),
            ]),
            ("Town and community councils were unsure which Authority sites were closed.", [
                ("1.3", "Share a daily site status list with town and community councils during severe weather "
                        "incidents.", "Head of Engagement / Communications Manager", "Ongoing", "Green",
                 (None, "green", ["Head of Engagement", "Communications Manager"], "Ongoing")),
            ]),
        ]),
        ("2. Staff safety", [
            ("Some clearance work began on 7 December before wind speeds had dropped to safe working levels.", [
                ("2.1", "Set a wind speed threshold for chainsaw and tree work and add it to the lone working "
                        "procedure.", "Director of Countryside, Community and Visitor Services", "31/03/2025",
                 "Complete", ("2025-03", "blue", ["Director of Countryside, Community and Visitor Services"],
                              None)),
                ("2.2", "Provide refresher chainsaw and windblow training for all ranger and estate staff.",
                 "Ranger Services Manager", "Sept 2025 – March 2026", "Not started",
                 ("2026-03", "unrated", ["Ranger Services Manager"], "Sept 2025 – March 2026")),
            ]),
        ]),
        ("3. Rights of way and the Coast Path", [
            ("Damage reports arrived by phone, email and WhatsApp and were not logged in one place.", [
                ("3.1", "Use the rights of way management system as the single log of storm damage reports, with "
                        "a public reporting form on the website.", "Rights of Way Manager", "30 June 2025",
                 "Amber", ("2025-06", "amber", ["Rights of Way Manager"], None)),
            ]),
            ("Clearing the Coast Path took eleven weeks because contractor capacity was stretched across west "
             "Wales.", [
                ("3.2", "Set up call-off contracts with at least three arboricultural contractors for storm "
                        "response.", "Rights of Way Manager; Procurement Officer", "By 31 July 2025", "Green",
                 ("2025-07", "green", ["Rights of Way Manager", "Procurement Officer"], None)),
            ]),
        ]),
        ("4. Visitor sites", [
            ("Castell Henllys and Carew Castle closed at short notice and some pre-booked groups were not "
             "contacted.", [
                ("4.1", "Add a severe weather closure procedure, with a call list for pre-booked groups, to each "
                        "visitor site's business continuity plan.", "Visitor Services Manager", "April 2025",
                 "Complete", ("2025-04", "blue", ["Visitor Services Manager"], None)),
            ]),
        ]),
    ]
    status_fill = {"Complete": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Not started": "FFFFFF"}
    expected = []
    for sec, lessons in sections:
        doc.add_heading(sec, level=2)
        n = sum(len(a) for _, a in lessons)
        tb = doc.add_table(rows=n + 1, cols=6)
        tb.style = "Table Grid"
        for j, h in enumerate(["No.", "Lesson identified", "Action", "Lead officer", "Target date", "Status"]):
            set_cell(tb.cell(0, j), h, bold=True, color="FFFFFF")
            shade(tb.cell(0, j), "2E5E3E")
        i = 1
        for lesson, acts in lessons:
            first = i
            for (no, action, lead, target, status, exp) in acts:
                vals = [no, None, action, lead, target, status]
                for j, v in enumerate(vals):
                    if v is not None:
                        set_cell(tb.cell(i, j), v)
                shade(tb.cell(i, 5), status_fill[status])
                end, st, leads, end_text = exp
                expected.append(act(no, [sec, lesson], action, leads, end, st, end_text))
                i += 1
            merged = tb.cell(first, 1)
            if i - 1 > first:
                merged = tb.cell(first, 1).merge(tb.cell(i - 1, 1))
            set_cell(merged, lesson)
    doc.add_paragraph()
    doc.add_paragraph("Progress will be reported to the Operational Review Committee every six months until all "
                      "actions are complete.")
    doc.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=("Imitates a national park authority's post-incident lessons learned action plan after Storm "
                "Darragh (red wind warning for west Wales, 7 December 2024), as a Welsh public body would take it "
                "to a review committee. Copied features: bilingual body name above the title, document control "
                "table, introduction and status-key paragraph, one heading and table per theme, the lesson "
                "identified vertically merged over the actions that answer it, job titles as leads (one with "
                "commas), shaded status cells, dates written several ways (dd/mm/yyyy, 'End of', 'By', a "
                "month range, Ongoing)."),
        reads=("Eight numbered actions in four themed tables (warning and informing, staff safety, rights of way, "
               "visitor sites). Each action is read under its theme and the lesson identified beside it, with a "
               "lead officer, target date and status word; the version table is document control."),
        outcome="read", title=title, actions=expected)
    return name, len(expected)


# ---------------------------------------------------------------------------------------------
# 5. Dorothy House Hospice Care - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------------------------
def dorothy():
    name = "sf-dorothy-house-hospice-care-cqc-inspection-action-plan.docx"
    title = "Dorothy House Hospice Care – CQC Inspection Action Plan"
    doc = Document()
    doc.add_heading(title, level=0)
    doc.add_paragraph("Inspection: 10–12 September 2024 (unannounced, comprehensive)    Report published: "
                      "15 November 2024")
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Location", "Dorothy House, Winsley, Bradford on Avon"),
                                ("Overall rating", "Requires improvement (Safe: Requires improvement)"),
                                ("Plan owner", "Director of Care"),
                                ("Monitored by", "Clinical Governance Committee (monthly); Board of Trustees "
                                                 "(quarterly)"),
                                ("Version", "v3 – 17 February 2025")]):
        set_cell(t.cell(i, 0), k, bold=True)
        set_cell(t.cell(i, 1), v)
    doc.add_paragraph()
    doc.add_paragraph("The actions below respond to the requirement notice for a breach of Regulation 12 and to "
                      "the areas CQC said we should improve.")
    SAFE, EFF, RESP, WELL = "Safe", "Effective", "Responsive", "Well-led"
    F1 = ("Must do: The provider must ensure that controlled drugs are checked and recorded in line with its "
          "policy and national guidance. (Regulation 12)")
    F2 = "Should do: The provider should ensure that falls risk assessments are reviewed after every fall."
    F3 = ("Should do: The provider should ensure that mental capacity assessments are decision-specific and "
          "recorded.")
    F4 = ("Should do: The provider should ensure that people using the Hospice at Home service know how to raise "
          "concerns out of hours.")
    F5 = ("Should do: The provider should ensure that its governance systems identify shortfalls in record "
          "keeping.")
    groups = [
        (SAFE, [
            (F1, [
                ("1", "Re-audit controlled drug records on the In-Patient Unit weekly for 12 weeks and report the "
                      "results to the Medicines Management Group.", "Lead Pharmacist", "31/01/2025", "B",
                 ("2025-01", "blue", ["Lead Pharmacist"], None)),
                ("2", "Deliver a controlled drugs competency refresher to all registered nurses.\nNew starters to "
                      "complete the competency before their first night shift.", "Ward Manager, In-Patient Unit",
                 "End of February 2025", "G", ("2025-02", "green", ["Ward Manager, In-Patient Unit"], None)),
            ]),
            (F2, [
                ("3", "Add a mandatory post-fall review step to the electronic patient record (SystmOne).",
                 "Clinical Systems Lead / Falls Lead Nurse", "Q4 2024/25", "A",
                 ("2025-03", "amber", ["Clinical Systems Lead", "Falls Lead Nurse"], "Q4 2024/25")),
            ]),
        ]),
        (EFF, [
            (F3, [
                ("4", "Introduce a decision-specific MCA template and audit 20 records each quarter.",
                 "Sarah Whitcombe and Tom Ellery", "30/04/2025", "G",
                 ("2025-04", "green", ["Sarah Whitcombe", "Tom Ellery"], None)),
            ]),
        ]),
        (RESP, [
            (F4, [
                ("5", "Add the out-of-hours advice line number and complaints information to the Hospice at Home "
                      "welcome pack.", "Hospice at Home Team Leader", "December 2024", "B",
                 ("2024-12", "blue", ["Hospice at Home Team Leader"], None)),
            ]),
        ]),
        (WELL, [
            (F5, [
                ("6", "Report a monthly clinical records audit dashboard to the Clinical Governance Committee.",
                 "Head of Quality and Governance", "Monthly", "G",
                 (None, "green", ["Head of Quality and Governance"], "Monthly")),
                ("7", "Commission an external review of clinical governance and report its findings to the Board "
                      "of Trustees.", "Chief Executive", "June 2025", "",
                 ("2025-06", "unrated", ["Chief Executive"], None)),
            ]),
        ]),
    ]
    nrows = 1 + sum(1 + sum(len(a) for _, a in fs) for _, fs in groups)
    tb = doc.add_table(rows=nrows, cols=6)
    tb.style = "Table Grid"
    for j, h in enumerate(["No.", "CQC finding", "Action", "Lead", "By when", "RAG"]):
        set_cell(tb.cell(0, j), h, bold=True, color="FFFFFF")
        shade(tb.cell(0, j), "5B2C6F")
    rag_fill = {"B": "9DC3E6", "G": "A9D08E", "A": "FFD966", "R": "FF7C80", "": "FFFFFF"}
    expected = []
    i = 1
    for kq, findings in groups:
        c = tb.cell(i, 0).merge(tb.cell(i, 5))
        set_cell(c, kq, bold=True, size=10)
        shade(c, "E8DAEF")
        i += 1
        for finding, acts in findings:
            first = i
            for (no, action, lead, when, rag, exp) in acts:
                for j, v in enumerate([no, None, action, lead, when, rag]):
                    if v:
                        set_cell(tb.cell(i, j), v)
                shade(tb.cell(i, 5), rag_fill[rag])
                end, st, leads, end_text = exp
                expected.append(act(no, [kq, finding], action, leads, end, st, end_text))
                i += 1
            m = tb.cell(first, 1)
            if i - 1 > first:
                m = tb.cell(first, 1).merge(tb.cell(i - 1, 1))
            set_cell(m, finding)
    assert i == nrows
    doc.add_paragraph()
    doc.add_paragraph("RAG key: B – complete and embedded; G – on track; A – some slippage, recoverable; "
                      "R – off track, escalate to the Board of Trustees. Blank – not yet started.")
    doc.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=("Imitates an independent hospice's action plan after a CQC inspection with a requirement notice "
                "(Regulation 12) and should-do findings, of the kind hospices send to CQC and report to trustees "
                "(layout follows published hospice CQC action plans, 2023-25). Copied features: title, an "
                "inspection line and a cover table (location, rating, owner, version), one plan table with "
                "key-question band rows, the must-do/should-do finding vertically merged over its actions, a "
                "two-paragraph action cell, a job title with a comma, two named people in one lead cell, "
                "B/G/A/R letters with shading and a RAG key below, one blank (not started) RAG."),
        reads=("Seven numbered actions in one table, grouped by CQC key question (Safe, Effective, Responsive, "
               "Well-led) and read under the CQC finding they answer, each with a lead, a 'by when' date and a "
               "RAG letter; the small cover table is not the plan."),
        outcome="read", title=title, actions=expected)
    return name, len(expected)


# ---------------------------------------------------------------------------------------------
# 6. Hurstpierpoint and Sayers Common Parish Council - risk register 2025-26 (csv)
# ---------------------------------------------------------------------------------------------
def csvq(v):
    v = str(v)
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def parish():
    name = "sf-hurstpierpoint-and-sayers-common-parish-council-risk-register-2025-26.csv"
    title = "Hurstpierpoint and Sayers Common Parish Council – Risk Register 2025-26"
    ncol = 10
    lines = []

    def row(vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        lines.append(",".join(csvq(v) for v in vals))

    row([title])
    row(["Last reviewed:", "12 May 2025 (Finance & General Purposes Committee)"])
    row(["Next review:", "May 2026"])
    row([])
    row(["Ref", "Risk", "Hazard / consequence", "Current control measures", "L", "S", "RAG",
         "Further action", "Resp.", "Target date"])
    S1, S2, S3 = "Financial control", "Assets and open spaces", "Governance and staffing"
    data = [
        ("S", S1),
        ("F1", "Incorrect or fraudulent payments", "Financial loss; damage to reputation",
         "Two councillors authorise every online payment; invoices checked against the payments list at each "
         "meeting", 2, 4, "Amber",
         "Move to dual authorisation on the new Unity Trust account and close the cheque book",
         "Clerk", "30/09/2025", ("2025-09", "amber", ["Clerk"], None)),
        ("F2", "Precept insufficient for commitments", "Services cut; reserves run down",
         "Annual budget set in December; general reserve policy", 2, 3, "Green",
         "Adopt a three-year budget forecast and an earmarked reserves policy",
         "F&GP Committee", "January 2026", ("2026-01", "green", ["F&GP Committee"], None)),
        ("F3", "VAT not reclaimed", "Loss of income", "RFO keeps a VAT schedule", 2, 2, "Green",
         "Submit VAT126 claims every quarter rather than annually", "RFO", "Quarterly",
         (None, "green", ["RFO"], "Quarterly")),
        ("S", S2),
        ("A1", "Play equipment failure at St George's Park", "Injury to users; claims against the council",
         "Weekly visual check by contractor; annual RoSPA inspection", 4, 4, "Red",
         "Replace the timber multi-play unit rated high risk in the 2025 RoSPA report",
         "Clerk & Chair of Open Spaces Committee", "March 2026",
         ("2026-03", "red", ["Clerk", "Chair of Open Spaces Committee"], None)),
        ("A2", "Trees on council land", "Falling limbs; liability for damage",
         "Tree survey every three years (last 2022)", 2, 4, "Amber",
         "Commission a tree survey of the recreation ground and the cemetery", "Assistant Clerk",
         "31/10/2025", ("2025-10", "amber", ["Assistant Clerk"], None)),
        ("A3", "Sayers Common village hall roof", "Water damage; hall closed to hirers",
         "Gutters cleared twice a year", 3, 3, "Amber",
         "Obtain three quotes for roof repairs and apply to the Mid Sussex community buildings fund",
         "Clerk", "Dec 2025", ("2025-12", "amber", ["Clerk"], None)),
        ("S", S3),
        ("G1", "Loss of the Clerk at short notice", "Council unable to meet or make payments",
         "Assistant Clerk trained on payments", 2, 4, "Amber",
         "Write a desk manual of key procedures and agree cover arrangements with a neighbouring parish",
         "Clerk; Chair of Council", "Dec 2025", ("2025-12", "amber", ["Clerk", "Chair of Council"], None)),
        ("G2", "Personal data breach", "ICO action; loss of trust",
         "Councillors use parish email accounts; privacy notice published", 2, 3, "Green",
         "Complete a data audit and update the retention schedule", "Clerk", "30/11/2025",
         ("2025-11", "green", ["Clerk"], None)),
        ("G3", "Website not accessible", "Breach of the accessibility regulations",
         "Website provider hosts to WCAG 2.1", 2, 2, "Green",
         "Audit the website against WCAG 2.2 AA and publish an updated accessibility statement",
         "Assistant Clerk", "Sept 2025", ("2025-09", "green", ["Assistant Clerk"], None)),
    ]
    expected = []
    sec = None
    for d in data:
        if d[0] == "S":
            sec = d[1]
            row([sec])
            continue
        *vals, exp = d
        row(vals)
        end, st, leads, end_text = exp
        expected.append(act(vals[0], [sec], vals[7], leads, end, st, end_text))
    row([])
    row(["Scoring: Likelihood (L) and Severity (S) 1–5. L x S of 1–6 Green; 8–12 Amber; 15–25 Red."])
    row(["Adopted by the Finance & General Purposes Committee on 12 May 2025 (minute FGP/25/041)."])
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    write_expected(
        name,
        source=("Imitates a parish council risk register saved from Excel as CSV, on the model many parish "
                "councils adopt (e.g. Tetford & Salmonby Parish Council risk register: area headings such as "
                "'Financial Control', columns Ref, Risk, Hazard/Consequence, Current Control Measures, L, S, RAG, "
                "Revised/further actions, Resp.). Copied features: title and review-date lines, blank padding "
                "columns, area heading rows, L/S scores with a RAG word, a further-action column with a "
                "responsible officer and target date, a scoring note and adoption line at the foot."),
        reads=("Nine risks in three areas, each with the further action the council will take, who is "
               "responsible and a target date; the RAG word is the risk's current rating, the only status the "
               "register gives. The lines above the header and the scoring/adoption lines are not actions."),
        outcome="read", title=title, actions=expected)
    return name, len(expected)


# ---------------------------------------------------------------------------------------------
# 7. The Bristol Port Company - HSE improvement notices action plan (plain text export, tab-separated)
# ---------------------------------------------------------------------------------------------
def port():
    name = "sf-bristol-port-company-hse-improvement-notices-action-plan.txt"
    title = "The Bristol Port Company – HSE Improvement Notices Action Plan"
    N1 = ("Improvement Notice 1: Workplace transport – Royal Portbury Dock (Regulation 17, Workplace (Health, "
          "Safety and Welfare) Regulations 1992)")
    N2 = ("Improvement Notice 2: Lifting operations – mobile harbour cranes, Avonmouth Dock (Regulation 8, "
          "Lifting Operations and Lifting Equipment Regulations 1998)")
    L = []
    L.append(title)
    L.append("Notices served 19 August 2025 under section 21 of the Health and Safety at Work etc. Act 1974")
    L.append("Version 4 – 8 January 2026 – for the Board Health, Safety and Environment Committee")
    L.append("")
    L.append(N1)
    L.append("Compliance date: 28 November 2025 (extended by HSE to 27 February 2026)")
    L.append("")
    L.append("Ref\tAction\tOwner\tTarget\tStatus")
    expected = []
    L.append("1.1\tCarry out a traffic management risk assessment for each vehicle marshalling compound, "
             "involving drivers and stevedores.\tHead of Health and Safety\t30/09/2025\tComplete")
    expected.append(act("1.1", [N1], "Carry out a traffic management risk assessment for each vehicle marshalling "
                        "compound, involving drivers and stevedores.", ["Head of Health and Safety"], "2025-09",
                        "blue"))
    L.append("1.2\tInstall fixed pedestrian barriers and marked crossing points at:\tEngineering Manager\t"
             "31/01/2026\tAmber")
    L.append("\tcompounds 4 and 7 (phase 1) and compound 9 (phase 2)")
    expected.append(act("1.2", [N1], "Install fixed pedestrian barriers and marked crossing points at:\n"
                        "compounds 4 and 7 (phase 1) and compound 9 (phase 2)", ["Engineering Manager"],
                        "2026-01", "amber"))
    L.append("1.3\tPut a vehicle marshal at each compound whenever a ship is being discharged.\t"
             "Port Operations Manager / Stevedoring Superintendent\tOngoing\tOn track")
    expected.append(act("1.3", [N1], "Put a vehicle marshal at each compound whenever a ship is being discharged.",
                        ["Port Operations Manager", "Stevedoring Superintendent"], None, "green",
                        end_text="Ongoing"))
    L.append("1.4\tBrief all hauliers and car delivery drivers on the new site rules through the gate induction "
             "video.\tSecurity Manager\tFeb-26\tNot started")
    expected.append(act("1.4", [N1], "Brief all hauliers and car delivery drivers on the new site rules through "
                        "the gate induction video.", ["Security Manager"], "2026-02", "unrated"))
    L.append("")
    L.append(N2)
    L.append("Compliance date: 28 November 2025")
    L.append("")
    L.append("Ref\tAction\tOwner\tTarget\tStatus")
    rows2 = [
        ("2.1", "Appoint an Appointed Person (Lifting Operations) for every shift and record the appointment in "
                "the shift log.", "Crane Operations Manager", "31/10/2025", "Complete",
         ["Crane Operations Manager"], "2025-10", "blue", None),
        ("2.2", "Rewrite the lift plans for all routine cargo types (steel coil, project cargo, containers) to "
                "BS 7121.", "Crane Operations Manager; Lifting Engineer", "28/11/2025", "Complete",
         ["Crane Operations Manager", "Lifting Engineer"], "2025-11", "blue", None),
        ("2.3", "Train all crane supervisors to CPCS A62 (Lift Supervisor) or equivalent.",
         "Learning and Development Manager", "By 31 March 2026", "On track",
         ["Learning and Development Manager"], "2026-03", "green", None),
        ("2.4", "Arrange an independent audit of lifting operations by the insurer's engineering surveyor.",
         "Head of Health and Safety", "April 2026", "Not started",
         ["Head of Health and Safety"], "2026-04", "unrated", None),
    ]
    for ref, a, o, tgt, st, leads, end, status, et in rows2:
        L.append("\t".join([ref, a, o, tgt, st]))
        expected.append(act(ref, [N2], a, leads, end, status, et))
    L.append("")
    L.append("Status key: Complete – action closed and evidence sent to HSE; On track; Amber – at risk of "
             "missing the target date; Not started.")
    L.append("Note: HSE inspector to revisit Royal Portbury Dock in March 2026 to confirm compliance with "
             "Improvement Notice 1.")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(L) + "\r\n")
    write_expected(
        name,
        source=("Imitates a port operator's action plan answering two HSE improvement notices (section 21, HSWA "
                "1974; workplace transport and lifting operations), saved from Word as plain text so that each "
                "table row becomes a tab-separated line (layout follows private-sector HSE improvement notice "
                "trackers taken to a board HSE committee, 2025-26). Copied features: title and version lines, a "
                "heading per notice naming the regulation, a compliance-date line, a repeated Ref/Action/Owner/"
                "Target/Status header, a wrapped action cell that continues on the next line after a leading "
                "tab, two posts in one owner cell, a status key and a note at the foot."),
        reads=("Eight actions under two improvement notices, each with a ref, owner, target date and status "
               "word. Action 1.2 runs onto a second line (the tab-indented line under it), which is part of its "
               "text; the compliance-date lines, status key and note are not actions."),
        outcome="read", title=title, actions=expected)
    return name, len(expected)


if __name__ == "__main__":
    for f in (kew, tees, enwl, pcnpa, dorothy, parish, port):
        n, k = f()
        print(f"{n}: {k} actions")
