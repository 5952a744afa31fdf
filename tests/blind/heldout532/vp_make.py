#!/usr/bin/env python3
"""Build the seven vp- blind test cases (data files and their .expected.yaml).

Run with: /work/main/.venv/bin/python vp_make.py
Writes only files whose names start with 'vp-' in this script's folder.
"""
import csv
import io
import os
from datetime import datetime

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "00B0F0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def path(name):
    assert name.startswith("vp-")
    return os.path.join(HERE, name)


class Lit(str):
    pass


def _str_rep(dumper, data):
    if "\n" in data and not data.endswith("\n"):
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


class Dumper(yaml.SafeDumper):
    pass


Dumper.add_representer(str, _str_rep)


def write_expected(name, exp):
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.dump(exp, f, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=100)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def fill(c, colour):
    c.fill = PatternFill("solid", start_color=colour, end_color=colour)


def d(y, m, dd):
    return datetime(y, m, dd)


# ---------------------------------------------------------------------------
# 1. Independent hospital: CQC must/should-do action plan (xlsx)
# ---------------------------------------------------------------------------
def kings_oak():
    name = "vp-circle-health-group-kings-oak-hospital-cqc-must-should-do-action-plan.xlsx"
    title = "Kings Oak Hospital, Enfield – CQC Inspection Action Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    widths = [9, 48, 22, 55, 26, 14, 14, 50, 8]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = "Circle Health Group"
    ws["A1"].font = Font(bold=True, size=10, color="6F2DA8")
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A3"] = ("Inspection: 14 and 15 May 2024   |   Report published: 21 August 2024   |   "
                "Plan version 4 – updated 13 January 2025")
    ws.merge_cells("A3:I3")
    ws["A4"] = ("Plan owner: Executive Director   |   Monitored by: Hospital Clinical Governance "
                "Committee (monthly) and Circle Health Group Regional Quality Board")
    ws.merge_cells("A4:I4")
    ws["A6"] = "RAG key:"
    ws["A6"].font = Font(bold=True)
    key = [("B6", "Blue – completed and evidence verified", BLUE),
           ("C6", "Green – on track", GREEN),
           ("D6", "Amber – some slippage, recovery agreed", AMBER),
           ("E6", "Red – off track / escalated to Regional Quality Board", RED)]
    for ref, text, col in key:
        ws[ref] = text
        fill(ws[ref], col)
        ws[ref].alignment = WRAP
    hdr = ["Ref", "CQC requirement", "Regulation", "Action to be taken", "Lead",
           "Original target date", "Revised target date", "Progress update (January 2025)", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=8, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        fill(c, "6F2DA8")
        c.alignment = WRAP
        c.border = BOX

    # structure: sections, findings (merged over their action rows), actions
    plan = [
        ("Surgery", [
            ("The service must ensure that the World Health Organization (WHO) surgical safety "
             "checklist is fully completed for every patient, including the sign-out stage.",
             "Regulation 12(1)(2)(a)(b) Safe care and treatment", [
                ("MD1.1", "Re-launch the Five Steps to Safer Surgery checklist at theatre team meetings, "
                          "with the sign-out stage led by the operating surgeon.",
                 "Theatre Manager", d(2024, 9, 30), None,
                 "Re-launched at all theatre team meetings in September; attendance 94%.", BLUE),
                ("MD1.2", "Monthly observational audit of 10 cases per theatre, with results reported to "
                          "the Clinical Governance Committee.",
                 "Theatre Manager / Lead Anaesthetist", d(2024, 10, 31), d(2025, 3, 31),
                 "Audits started in November following appointment of an audit lead; compliance 88% "
                 "(target 100%).", AMBER),
            ]),
            ("The service must ensure that all staff complete mandatory training, including level 3 "
             "safeguarding children training for staff who care for young people aged 16 and 17.",
             "Regulation 18(2)(a) Staffing", [
                ("MD2.1", "Identify all staff requiring level 3 safeguarding children training and book "
                          "places on the next available sessions.",
                 "Head of Clinical Services", d(2024, 8, 31), None,
                 "All 23 staff identified have completed the training.", BLUE),
                ("MD2.2", "Include mandatory training compliance in monthly department manager 1:1s, with "
                          "escalation to the Executive Director below 90%.",
                 "Department Managers; HR Business Partner", d(2025, 1, 31), None,
                 "Compliance 91% at end of December.", GREEN),
            ]),
        ]),
        ("Outpatients", [
            ("The service must ensure that medicines, including controlled drugs, are stored securely "
             "and that fridge temperatures are recorded daily.",
             "Regulation 12(2)(g) Safe care and treatment", [
                ("MD3.1", "Replace the outpatient drug fridge with a lockable unit fitted with a "
                          "continuous temperature data logger.",
                 "Pharmacy Manager", d(2024, 7, 31), None,
                 "New fridge installed 22 July 2024; logger downloads checked weekly by pharmacy.", BLUE),
            ]),
            ("The service should ensure that patient records are stored securely when consulting rooms "
             "are not in use.",
             "–", [
                ("SD1.1", "Install lockable notes trolleys in consulting rooms 1–8.",
                 "Outpatient Manager", d(2024, 9, 30), d(2024, 12, 31),
                 "Trolleys delivered and in use from 16 December.", BLUE),
                ("SD1.2", "Add records security to the quarterly outpatient environment audit.",
                 "Outpatient Manager", d(2025, 3, 31), None,
                 "Not started – audit tool being revised by the Clinical Governance Lead.", None),
            ]),
        ]),
        ("Diagnostic imaging", [
            ("The service should ensure that local rules for radiation protection are reviewed and "
             "signed by all staff working in the department.",
             "–", [
                ("SD2.1", "Radiation Protection Supervisor to review the local rules with the Radiation "
                          "Protection Adviser and reissue them.",
                 "Imaging Services Manager", d(2024, 8, 31), d(2024, 11, 30),
                 "Local rules reissued 25 November 2024.", BLUE),
                ("SD2.2", "Collect signed staff declarations, hold them on the departmental compliance file "
                          "and report compliance to the Radiation Protection Committee.",
                 "Radiation Protection Supervisor (RPS)", d(2024, 12, 31), d(2025, 2, 28),
                 "14 of 31 declarations returned; bank radiographers not yet reached. Escalated.", RED),
            ]),
        ]),
    ]
    status_of = {BLUE: "blue", GREEN: "green", AMBER: "amber", RED: "red", None: "unrated"}
    r = 9
    actions = []
    for section, findings in plan:
        c = ws.cell(row=r, column=1, value=section)
        c.font = Font(bold=True)
        fill(c, GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for finding, reg, acts in findings:
            first = r
            ws.cell(row=r, column=2, value=finding).alignment = WRAP
            ws.cell(row=r, column=3, value=reg).alignment = WRAP
            for ref, text, lead, orig, rev, prog, rag in acts:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=4, value=text)
                ws.cell(row=r, column=5, value=lead)
                c6 = ws.cell(row=r, column=6, value=orig)
                c6.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c7 = ws.cell(row=r, column=7, value=rev)
                    c7.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=8, value=prog)
                if rag:
                    fill(ws.cell(row=r, column=9), rag)
                for col in range(1, 10):
                    ws.cell(row=r, column=col).border = BOX
                    ws.cell(row=r, column=col).alignment = WRAP
                end = rev or orig
                lead_list = {"Theatre Manager / Lead Anaesthetist": ["Theatre Manager", "Lead Anaesthetist"],
                             "Department Managers; HR Business Partner": ["Department Managers",
                                                                          "HR Business Partner"]
                             }.get(lead, [lead])
                actions.append(act(ref, [section, finding], text, lead_list,
                                   end.strftime("%Y-%m"), status_of[rag]))
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(row=r, column=1, value="Notes: Must do (MD) actions relate to breaches of the Health and Social "
                                   "Care Act 2008 (Regulated Activities) Regulations 2014. Should do (SD) "
                                   "actions are improvements recommended by CQC. Actions are closed only when "
                                   "evidence has been verified by the Head of Clinical Governance.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(row=r, column=1).alignment = WRAP
    ws.row_dimensions[r].height = 32

    s = wb.create_sheet("Summary")
    s["A1"] = "Summary of action status – January 2025"
    s["A1"].font = Font(bold=True, size=12)
    rows = [("RAG", "Must do", "Should do", "Total"),
            ("Blue (complete)", 3, 2, 5), ("Green", 1, 0, 1), ("Amber", 1, 0, 1),
            ("Red", 0, 1, 1), ("Not started", 0, 1, 1), ("Total", 5, 4, 9)]
    for i, row in enumerate(rows, 3):
        for j, v in enumerate(row, 1):
            c = s.cell(row=i, column=j, value=v)
            c.border = BOX
            if i == 3 or row[0] == "Total":
                c.font = Font(bold=True)
    s.column_dimensions["A"].width = 18
    wb.save(path(name))

    exp = {
        "source": ("Imitates the CQC post-inspection action plans that independent hospital groups "
                   "(Circle Health Group, Spire, Nuffield) publish or present to their hospital clinical "
                   "governance committees after an inspection, here for Circle Health Group's Kings Oak "
                   "Hospital, Enfield (2024 inspection, plan updated January 2025; content invented). "
                   "Copied features: group banner line above the title, inspection/publication/version "
                   "line, plan-owner line, a RAG key in coloured cells, core-service section rows merged "
                   "across the sheet, the CQC must/should-do text merged vertically over its actions with "
                   "the regulation beside it, original and revised target dates as real Excel dates, a "
                   "progress column, RAG shown only by the fill colour of the last cell, a notes line and "
                   "a separate Summary sheet of counts."),
        "reads": ("A CQC action plan for an independent hospital, grouped by core service (Surgery, "
                  "Outpatients, Diagnostic imaging); under each, a CQC must-do or should-do statement "
                  "answered by one or two numbered actions (MD1.1 ... SD2.2) with a lead, original and "
                  "sometimes revised target dates, a progress update and a colour-only RAG cell. The "
                  "Summary sheet only counts the nine actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 2. Central government ALB: programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def forestry_england():
    name = "vp-forestry-england-woodland-creation-programme-highlight-report.xlsx"
    title = "Woodland Creation Programme – Monthly Highlight Report"
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    for col, w in zip("ABCDEFGHI", [8, 22, 52, 30, 12, 12, 10, 11, 55]):
        ws.column_dimensions[col].width = w
    ws["A1"] = "Forestry England"
    ws["A1"].font = Font(bold=True, color="2E7D32")
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A3"] = "Reporting period: Period 9 (December 2024)"
    ws.merge_cells("A3:I3")
    info = [("Senior Responsible Owner", "Director of Land Management"),
            ("Programme Manager", "Woodland Creation Programme Manager"),
            ("Funding", "Nature for Climate Fund (Defra) – 2024-25 allocation"),
            ("Report date", "9 January 2025")]
    for i, (k, v) in enumerate(info, 5):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=2)
        ws.cell(row=i, column=3, value=v)
    ws["A10"] = "Overall delivery confidence"
    ws["A10"].font = Font(bold=True)
    ws.merge_cells("A10:B10")
    ws["C10"] = "Previous period:"
    ws["D10"] = "Amber"
    fill(ws["D10"], AMBER)
    ws["E10"] = "This period:"
    ws["F10"] = "Amber"
    fill(ws["F10"], AMBER)
    ws["A12"] = "Summary"
    ws["A12"].font = Font(bold=True)
    ws["A13"] = ("The Upper Langford purchase completed in December, bringing land secured this year to "
                 "412 ha. Planting is behind profile because of waterlogged ground in the North district; "
                 "the programme still expects to meet the 185 ha planting target by the end of March if "
                 "conditions allow. Woodland creation plan approvals are the main schedule risk.")
    ws.merge_cells("A13:I13")
    ws["A13"].alignment = WRAP
    ws.row_dimensions[13].height = 48
    ws["A15"] = "Key milestones"
    ws["A15"].font = Font(bold=True, size=12)
    hdr = ["ID", "Workstream", "Milestone / activity", "Owner", "Baseline date", "Forecast date",
           "Previous RAG", "Current RAG", "Commentary"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=16, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        fill(c, "2E7D32")
        c.alignment = WRAP
        c.border = BOX
    rag_fill = {"G": GREEN, "A": AMBER, "R": RED, "Complete": BLUE}
    ws_rows = [
        ("1. Land acquisition", [
            ("M1.1", "Complete the purchase of Upper Langford Farm (142 ha), Devon", "Land Agent (South)",
             d(2024, 10, 31), d(2024, 12, 31), "A", "Complete",
             "Completed 18 December 2024.", ["Land Agent (South)"]),
            ("M1.2", "Exchange contracts on two further sites in the Northern Forest area",
             "Head of Land Acquisition", d(2025, 1, 31), d(2025, 3, 31), "G", "A",
             "Vendor's solicitor delays on title; exchange now expected March.",
             ["Head of Land Acquisition"]),
            ("M1.3", "Agree heads of terms for partnership leases with two water companies",
             "Head of Land Acquisition / Partnerships Lead", d(2025, 3, 31), d(2025, 3, 31), "G", "G",
             "Draft heads of terms with both companies.",
             ["Head of Land Acquisition", "Partnerships Lead"]),
        ]),
        ("2. Design and consents", [
            ("M2.1", "Submit EIA screening requests for all 2024-25 planting sites",
             "Woodland Creation Planning Manager", d(2024, 9, 30), d(2024, 11, 30), "A", "Complete",
             "All screening opinions received; no full EIA required.",
             ["Woodland Creation Planning Manager"]),
            ("M2.2", "Secure Forestry Commission approval of the woodland creation plans for Upper Langford "
                     "and Ravensworth",
             "Forest Planner (South) and Forest Planner (North)", d(2025, 2, 28), d(2025, 4, 30), "A", "R",
             "Ravensworth plan needs a revised archaeology survey; approval will now fall after the "
             "planting season. Escalated to the Programme Board.",
             ["Forest Planner (South)", "Forest Planner (North)"]),
            ("M2.3", "Complete stakeholder consultation on the Ravensworth design, including parish meetings",
             "Community Engagement Officer", d(2025, 1, 31), d(2025, 1, 31), "G", "G",
             "Two parish meetings held; online consultation closes 24 January.",
             ["Community Engagement Officer"]),
        ]),
        ("3. Planting and establishment", [
            ("M3.1", "Plant 185 ha across the 2024-25 planting season", "Area Land Managers",
             d(2025, 3, 31), d(2025, 3, 31), "G", "A",
             "Wet ground conditions have delayed planting on two sites; 96 ha planted to date.",
             ["Area Land Managers"]),
            ("M3.2", "Award the deer fencing framework lot for the North district",
             "Procurement Business Partner", d(2024, 11, 30), d(2025, 1, 31), "R", "A",
             "Tender evaluation complete; award report with Commercial for approval.",
             ["Procurement Business Partner"]),
            ("M3.3", "Agree the first-year beat-up and weeding plan for the 2023-24 sites",
             "Area Land Managers", d(2025, 4, 30), d(2025, 4, 30), None, None,
             "Not started – begins after the planting season.", ["Area Land Managers"]),
        ]),
    ]
    status_of = {"G": "green", "A": "amber", "R": "red", "Complete": "blue", None: "unrated"}
    r = 17
    actions = []
    for stream, items in ws_rows:
        first = r
        ws.cell(row=r, column=2, value=stream).alignment = Alignment(vertical="center", wrap_text=True)
        for (mid, text, owner, base, fc, prev, cur, comm, leads) in items:
            ws.cell(row=r, column=1, value=mid)
            ws.cell(row=r, column=3, value=text)
            ws.cell(row=r, column=4, value=owner)
            for col, v in ((5, base), (6, fc)):
                c = ws.cell(row=r, column=col, value=v)
                c.number_format = "mmm-yy"
            for col, v in ((7, prev), (8, cur)):
                c = ws.cell(row=r, column=col, value=v)
                if v:
                    fill(c, rag_fill[v])
                c.alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(row=r, column=9, value=comm)
            for col in range(1, 10):
                ws.cell(row=r, column=col).border = BOX
                if col not in (2, 7, 8):
                    ws.cell(row=r, column=col).alignment = WRAP
            actions.append(act(mid, [stream], text, leads, fc.strftime("%Y-%m"), status_of[cur]))
            r += 1
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Key risks and issues").font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value=(
        "Risk: continued wet weather prevents ground preparation on the North district sites, reducing "
        "hectares planted in 2024-25 (score 16, increasing). Issue: the archaeology survey for Ravensworth "
        "must be repeated, delaying the woodland creation plan approval."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(row=r, column=1).alignment = WRAP
    ws.row_dimensions[r].height = 34
    r += 2
    ws.cell(row=r, column=1, value="Decisions / support required from Programme Board").font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value=(
        "Board is asked to agree that up to 30 ha of the 2024-25 planting target may be carried into the "
        "2025-26 season if ground conditions do not improve by mid-February."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(row=r, column=1).alignment = WRAP
    r += 2
    ws.cell(row=r, column=1, value=("RAG key: G – on track | A – at risk but recoverable | R – off track, "
                                    "intervention required | Complete – milestone achieved"))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)

    f = wb.create_sheet("Finance")
    f["A1"] = "Woodland Creation Programme – financial position at Period 9 (£k)"
    f["A1"].font = Font(bold=True)
    frows = [("Budget line", "Full-year budget", "Actual to date", "Forecast outturn", "Variance"),
             ("Land acquisition", 6200, 5480, 6150, -50),
             ("Design and surveys", 540, 310, 520, -20),
             ("Planting and fencing", 2850, 1120, 2610, -240),
             ("Programme team", 410, 298, 402, -8),
             ("Total", 10000, 7208, 9682, -318)]
    for i, row in enumerate(frows, 3):
        for j, v in enumerate(row, 1):
            c = f.cell(row=i, column=j, value=v)
            c.border = BOX
            if i == 3 or row[0] == "Total":
                c.font = Font(bold=True)
    f.column_dimensions["A"].width = 24
    wb.save(path(name))

    exp = {
        "source": ("Imitates the monthly programme highlight reports that central government arm's-length "
                   "bodies take to programme boards (Teal Book / PRINCE2 style), here Forestry England's "
                   "Nature for Climate Fund woodland creation programme, Period 9 2024-25 (content "
                   "invented). Copied features: organisation banner, title and reporting-period lines, "
                   "SRO/programme manager/funding block, overall delivery confidence with previous and "
                   "this-period RAG, a narrative summary, a key milestones table with the workstream "
                   "merged down the rows it covers, baseline and forecast dates formatted mmm-yy, previous "
                   "and current RAG as filled letters (Complete for done), commentary, prose risks/issues "
                   "and decisions boxes, a RAG key line and a separate Finance sheet."),
        "reads": ("A one-page highlight report for Forestry England's woodland creation programme; the plan "
                  "part is the key milestones table of nine milestones (M1.1–M3.3) in three workstreams, "
                  "each with an owner, baseline and forecast month and previous/current RAG. The summary, "
                  "risks, decisions, RAG key and finance sheet are not actions; the forecast date is the "
                  "end and the current RAG the status."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 3. Combined county authority: board action log with a mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
def lincs_cca():
    name = "vp-greater-lincolnshire-cca-board-action-log-typo-month-refuse.xlsx"
    title = "Combined County Authority Board – Action Log"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    for col, w in zip("ABCDEFGH", [7, 12, 9, 60, 32, 14, 50, 11]):
        ws.column_dimensions[col].width = w
    ws["A1"] = "Greater Lincolnshire Combined County Authority"
    ws["A1"].font = Font(bold=True, color="1F4E79")
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Updated following the Board meeting of 24 September 2025"
    hdr = ["No.", "Meeting", "Minute", "Action", "Responsible officer(s)", "Due", "Update", "Status"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        fill(c, "1F4E79")
        c.border = BOX
    rows = [
        ("Board – 23 July 2025",),
        ("A31", d(2025, 7, 23), "12/25",
         "Circulate the revised Local Transport Plan engagement timetable to Board members.",
         "Director of Transport", "August 2025", "Circulated 4 August 2025.", "Complete"),
        ("A32", d(2025, 7, 23), "14/25",
         "Bring a report on the adult skills devolution readiness assessment to a future Board meeting.",
         "Head of Skills and Employment", "November 2025", "Scheduled for the 19 November Board.", "Open"),
        ("A33", d(2025, 7, 23), "15/25",
         "Confirm the allocation methodology for the Mayor's Rural Investment Fund with the constituent "
         "councils.",
         "Chief Finance Officer; Monitoring Officer", "October 2025",
         "Methodology shared with council S151 officers 12 September.", "Open"),
        ("Board – 24 September 2025",),
        ("A34", d(2025, 9, 24), "21/25",
         "Publish the scoping consultation for the Spatial Development Strategy.",
         "Director of Strategic Planning", "Novmber 2025", "Consultation documents in draft.", "Open"),
        ("A35", d(2025, 9, 24), "23/25",
         "Provide Board members with a briefing note on the Investment Fund pipeline.",
         "Director of Economic Growth", "October 2025", "", "Open"),
        ("A36", d(2025, 9, 24), "24/25",
         "Set up a Member working group on the Mayoral Strategic Transport Plan.",
         "Democratic Services Manager", "January 2026", "Terms of reference being drafted.", "Open"),
    ]
    r = 6
    typo_row = None
    for row in rows:
        if len(row) == 1:
            c = ws.cell(row=r, column=1, value=row[0])
            c.font = Font(bold=True)
            fill(c, "DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            for j, v in enumerate(row, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if j == 2:
                    c.number_format = "dd/mm/yyyy"
            if row[5] == "Novmber 2025":
                typo_row = r
            if row[7] == "Complete":
                fill(ws.cell(row=r, column=8), BLUE)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=("Completed actions are reported once and then moved to the 'Closed "
                                    "actions' sheet."))
    c = wb.create_sheet("Closed actions")
    c["A1"] = "Closed actions – 2025"
    c["A1"].font = Font(bold=True)
    closed = [("No.", "Meeting", "Action", "Responsible officer(s)", "Closed"),
              ("A27", "21/05/2025", "Publish the Board forward plan on the GLCCA website.",
               "Democratic Services Manager", "June 2025"),
              ("A29", "21/05/2025", "Circulate the Investment Fund assurance framework to Board members.",
               "Chief Finance Officer", "June 2025"),
              ("A30", "23/07/2025", "Confirm the date of the Mayor's first State of the Region address.",
               "Head of Communications", "July 2025")]
    for i, row in enumerate(closed, 3):
        for j, v in enumerate(row, 1):
            c.cell(row=i, column=j, value=v).border = BOX
    wb.save(path(name))
    assert typo_row == 11, typo_row

    exp = {
        "source": ("Imitates the rolling action log reported to each meeting of a mayoral combined (county) "
                   "authority board, here the Greater Lincolnshire Combined County Authority Board, "
                   "July–September 2025 (content invented). Copied features: authority banner, log title "
                   "and 'updated following' line, a row per meeting as a merged band, action number, "
                   "meeting date, minute number, responsible officer(s), due month written as text, "
                   "update and Open/Complete status, and a separate Closed actions sheet."),
        "reads": ("A board action log of six open or recently completed actions grouped by the meeting that "
                  "raised them. On the Action Log sheet, row 11 (action A34) gives its due month as "
                  "'Novmber 2025', a mistyped month; a careful reader would stop and ask what was meant "
                  "before importing the log."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Independent children's home: Ofsted inspection action plan (docx)
# ---------------------------------------------------------------------------
def esland():
    name = "vp-esland-care-brookside-house-childrens-home-ofsted-action-plan.docx"
    title = "Brookside House – Ofsted Inspection Action Plan"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Esland Care Ltd  |  Children’s home – full inspection  |  Inspection dates: "
                      "10 and 11 September 2024")
    cover = [("Overall experiences and progress of children and young people",
              "Requires improvement to be good"),
             ("How well children and young people are helped and protected",
              "Requires improvement to be good"),
             ("The effectiveness of leaders and managers", "Requires improvement to be good"),
             ("Registered manager", "Laura Bennett"),
             ("Responsible individual", "Daniel Okafor"),
             ("Action plan sent to Ofsted", "2 October 2024"),
             ("Last reviewed", "15 January 2025 (Regulation 45 review)")]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in cover:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        shade(row[0], "E7E6E6")
        set_cell(row[1], v)
    doc.add_paragraph()
    doc.add_paragraph("RAG: Green – on track; Amber – at risk of missing the target date; Red – target "
                      "date missed; Complete – action completed and evidenced.")

    sections = [
        ("The protection of children standard (Regulation 12)", [
            ("The registered person must ensure that children’s risk assessments are updated after every "
             "missing from care episode and that return home interviews are requested without delay. "
             "(Regulation 12 (1), (2)(a)(i)(ii))", [
                ("1.1", "Review and update the risk assessment for every child who has been missing from "
                        "the home since June 2024.", "Registered Manager", "31/10/2024",
                 "All three assessments reviewed and signed off on 18 October 2024.", "Complete",
                 ["Registered Manager"], "2024-10", None, "blue"),
                ("1.2", "Add a ‘missing episode’ checklist to the shift handover record so that the risk "
                        "assessment update and the return home interview request are logged within 24 "
                        "hours.", "RM / Deputy Manager", "End of November 2024",
                 "Checklist in use from 4 November.", "Complete",
                 ["RM", "Deputy Manager"], "2024-11", None, "blue"),
                ("1.3", "Monthly audit of missing episodes by the Responsible Individual, reported in the "
                        "Regulation 45 review.", "Responsible Individual", "Monthly",
                 "October, November and December audits completed.", "Green",
                 ["Responsible Individual"], None, "Monthly", "green"),
            ]),
        ]),
        ("The leadership and management standard (Regulation 13)", [
            ("The registered person must ensure that all staff receive supervision at least every four "
             "weeks and that supervision records show reflective discussion of each child’s needs. "
             "(Regulation 13 (2)(c), (h))", [
                ("2.1", "Publish a 12-month supervision planner and display it in the office.",
                 "Laura Bennett (RM)", "w/c 14/10/24", "Planner displayed 15 October.", "Complete",
                 ["Laura Bennett (RM)"], "2024-10", None, "blue"),
                ("2.2", "Introduce the Esland reflective supervision template and train the deputy and "
                        "senior residential support workers to use it.",
                 "Laura Bennett (RM) and Amira Shah (Deputy Manager)", "30/11/2024",
                 "Training delivered 12 November; two senior workers still to attend.", "Amber",
                 ["Laura Bennett (RM)", "Amira Shah (Deputy Manager)"], "2024-11", None, "amber"),
            ]),
        ]),
        ("The quality and purpose of care standard (Regulation 6)", [
            ("The registered person should ensure that children are supported to personalise their "
             "bedrooms and that repairs to the home are completed promptly. (‘Guide to the Children’s "
             "Homes Regulations including the quality standards’, page 15, paragraph 3.9)", [
                ("3.1", "Agree a bedroom personalisation budget with each child and record their choices in "
                        "their placement plan.", "Key workers", "January 2025",
                 "Two of three bedrooms redecorated with the children’s chosen colours.", "Green",
                 ["Key workers"], "2025-01", None, "green"),
                ("3.2", "Log all repairs on the Esland property helpdesk and review outstanding jobs at the "
                        "weekly management meeting.", "Deputy Manager; Property Services", "Ongoing",
                 "Outstanding repairs reduced from 11 to 3.", "Green",
                 ["Deputy Manager", "Property Services"], None, "Ongoing", "green"),
            ]),
        ]),
        ("The positive relationships standard (Regulation 11)", [
            ("The registered person should ensure that consequences are recorded accurately and that "
             "children’s views are sought and recorded after each incident. (‘Guide to the Children’s "
             "Homes Regulations including the quality standards’, page 46, paragraph 9.37)", [
                ("4.1", "Refresher training on recording consequences and restorative conversations for "
                        "all staff.", "Registered Manager", "Dec-24",
                 "Training postponed twice because of staff sickness; rebooked for 6 February 2025.",
                 "Red", ["Registered Manager"], "2024-12", None, "red"),
                ("4.2", "Add a ‘child’s view’ section to the incident record form.",
                 "Head of Quality (Esland North)", "31/12/2024", "New form live on the recording system.",
                 "Complete", ["Head of Quality (Esland North)"], "2024-12", None, "blue"),
            ]),
        ]),
    ]
    rag_col = {"Complete": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}
    actions = []
    for heading, blocks in sections:
        doc.add_heading(heading, level=2)
        for req, acts in blocks:
            tb = doc.add_table(rows=2, cols=6)
            tb.style = "Table Grid"
            top = tb.rows[0].cells
            m = top[0].merge(top[5])
            set_cell(m, req, bold=True)
            shade(m, "DEEAF6")
            for i, h in enumerate(["Ref", "Action", "Who", "By when", "Progress update", "RAG"]):
                set_cell(tb.rows[1].cells[i], h, bold=True)
                shade(tb.rows[1].cells[i], "F2F2F2")
            for (ref, text, who, when, prog, rag, leads, end, end_text, status) in acts:
                cells = tb.add_row().cells
                for i, v in enumerate([ref, text, who, when, prog, rag]):
                    set_cell(cells[i], v)
                shade(cells[5], rag_col[rag])
                actions.append(act(ref, [heading, req], text, leads, end, status, end_text))
        doc.add_paragraph()
    doc.add_paragraph("Sign-off")
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for i, h in enumerate(["Role", "Name", "Date"]):
        set_cell(so.rows[0].cells[i], h, bold=True)
    for i, v in enumerate(["Registered Manager", "Laura Bennett", "15/01/2025"]):
        set_cell(so.rows[1].cells[i], v)
    for i, v in enumerate(["Responsible Individual", "Daniel Okafor", "16/01/2025"]):
        set_cell(so.rows[2].cells[i], v)
    doc.save(path(name))

    exp = {
        "source": ("Imitates the post-inspection action plans that independent children's home providers "
                   "send to Ofsted and review at Regulation 45 after a full SCCIF inspection, here an Esland "
                   "Care home, Brookside House, inspected September 2024 (home and content invented). "
                   "Copied features: title heading and provider/inspection line, a cover table of "
                   "judgements and the registered manager and responsible individual, a RAG key "
                   "paragraph, a Word heading per quality standard, one table per Ofsted requirement or "
                   "recommendation with its text (including the regulation or ‘Guide’ citation) in a "
                   "merged shaded first row, then a header row and action rows with ref, action, who, by "
                   "when, progress and a shaded RAG word; a sign-off table at the end."),
        "reads": ("An Ofsted action plan for a children's home: under four quality-standard headings, two "
                  "requirements (‘must’) and two recommendations (‘should’), each answered by numbered "
                  "actions 1.1–4.2 with who, by when, progress and a RAG word. The cover, key and "
                  "sign-off tables are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 5. Town council: corporate risk register (docx)
# ---------------------------------------------------------------------------
def dawlish():
    name = "vp-dawlish-town-council-corporate-risk-register-2025-26.docx"
    title = "Dawlish Town Council – Corporate Risk Register 2025-26"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run(title)
    run.bold = True
    run.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Adopted by Full Council on 14 April 2025 (Minute 2025/118). Reviewed quarterly by the "
                      "Finance and General Purposes Committee; last review 8 September 2025.")
    doc.add_paragraph("Document control")
    dc = doc.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    for r, vals in enumerate([("Version", "Date", "Author", "Change"),
                              ("1.0", "14/04/2025", "Town Clerk", "Adopted"),
                              ("1.1", "08/09/2025", "RFO", "Q2 review – R4 rescored, R5 added")]):
        for c, v in enumerate(vals):
            set_cell(dc.rows[r].cells[c], v, bold=(r == 0))
    doc.add_paragraph()
    doc.add_paragraph("Scoring: Likelihood (L) and Impact (I) are each scored 1–5 and the risk score is "
                      "L × I (1–6 Low, 8–12 Medium, 15–25 High). Action status: G = on track; A = behind "
                      "schedule; C = completed.")
    sections = [
        ("1. Finance and governance", [
            ("R1 Insufficient general reserves to meet unplanned expenditure (L3 × I4 = 12 Medium)", [
                ("R1.1", "Adopt a reserves policy setting general reserves at between three and six months "
                         "of net revenue expenditure.", "RFO", "By 31 July 2025", "C",
                 ["RFO"], "2025-07", None, "blue"),
                ("R1.2", "Set up an earmarked reserve for the Strand toilets refurbishment.",
                 "Town Clerk / RFO", "January 2026", "G", ["Town Clerk", "RFO"], "2026-01", None, "green"),
            ]),
            ("R2 Failure to comply with the Transparency Code and the Accounts and Audit Regulations "
             "(L2 × I4 = 8 Medium)", [
                ("R2.1", "Publish the AGAR, the notice of public rights and the internal audit report on the "
                         "website within the statutory deadlines.", "Town Clerk", "30/06/2025", "C",
                 ["Town Clerk"], "2025-06", None, "blue"),
                ("R2.2", "Arrange a mid-year internal audit visit covering payroll and VAT.", "RFO",
                 "Nov 2025", "G", ["RFO"], "2025-11", None, "green"),
            ]),
        ]),
        ("2. Assets and open spaces", [
            ("R3 Injury to a member of the public from play equipment at Coronation Gardens or the Lawn "
             "(L2 × I5 = 10 Medium)", [
                ("R3.1", "Weekly documented visual inspection of all play areas, with defects reported the "
                         "same day.", "Grounds Maintenance Supervisor", "Weekly", "G",
                 ["Grounds Maintenance Supervisor"], None, "Weekly", "green"),
                ("R3.2", "Commission the annual RoSPA play inspection and complete all medium-risk items "
                         "within three months.", "Facilities Manager", "Sept 2025 – Dec 2025", "A",
                 ["Facilities Manager"], "2025-12", "Sept 2025 – Dec 2025", "amber"),
            ]),
            ("R4 Storm damage to the promenade railings and beach huts (L4 × I3 = 12 Medium)", [
                ("R4.1", "Agree responsibility for the promenade railings with Teignbridge District Council "
                         "and record it in the asset register.", "Town Clerk", "December 2025", "A",
                 ["Town Clerk"], "2025-12", None, "amber"),
            ]),
        ]),
        ("3. Staffing and operations", [
            ("R5 Loss of the Town Clerk or RFO without adequate cover (L2 × I4 = 8 Medium)", [
                ("R5.1", "Document key procedures in a desk manual and cross-train the Deputy Town Clerk on "
                         "payments and payroll.", "Town Clerk and Deputy Town Clerk", "31/03/2026", "G",
                 ["Town Clerk", "Deputy Town Clerk"], "2026-03", None, "green"),
                ("R5.2", "Join the SLCC/DALC locum clerk arrangements.", "Personnel Committee",
                 "Oct 2025", "", ["Personnel Committee"], "2025-10", None, "unrated"),
            ]),
        ]),
    ]
    st_col = {"G": "C6EFCE", "A": "FFEB9C", "C": "BDD7EE"}
    actions = []
    for heading, risks in sections:
        doc.add_heading(heading, level=2)
        tb = doc.add_table(rows=1, cols=5)
        tb.style = "Table Grid"
        for i, h in enumerate(["Ref", "Mitigating action", "Responsible", "Target date", "Status"]):
            set_cell(tb.rows[0].cells[i], h, bold=True)
            shade(tb.rows[0].cells[i], "D9D9D9")
        for risk, acts in risks:
            cells = tb.add_row().cells
            m = cells[0].merge(cells[4])
            set_cell(m, risk, bold=True)
            shade(m, "F2F2F2")
            for (ref, text, resp, when, stt, leads, end, end_text, status) in acts:
                c = tb.add_row().cells
                for i, v in enumerate([ref, text, resp, when, stt]):
                    set_cell(c[i], v)
                if stt:
                    shade(c[4], st_col[stt])
                actions.append(act(ref, [heading, risk], text, leads, end, status, end_text))
        doc.add_paragraph()
    doc.add_paragraph("Next review: Finance and General Purposes Committee, 8 December 2025.")
    doc.save(path(name))

    exp = {
        "source": ("Imitates the corporate risk registers that town and parish councils adopt each year and "
                   "review at their finance committee (e.g. the NALC/SLCC model register used by Honiton, "
                   "Tetford & Salmonby and others), here Dawlish Town Council 2025-26 (content invented). "
                   "Copied features: centred bold title, adoption/review line, a document-control table, a "
                   "scoring and status key (with C = completed), a heading per risk category, and per "
                   "category one table where each risk is a merged shaded row giving its L × I score and "
                   "its mitigating actions (R1.1 ...) follow with responsible officer, target date and a "
                   "G/A/C status letter."),
        "reads": ("A town council risk register in three categories; each risk (R1–R5) is a band row over "
                  "the mitigating actions that answer it, and those nine actions carry an officer, a "
                  "target date and a status letter read through the council's key (C = completed). The "
                  "document-control table and key are not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 6. Private firm answering HSE: improvement notices action tracker (csv)
# ---------------------------------------------------------------------------
def dpd():
    name = "vp-dpd-uk-hse-improvement-notices-action-tracker.csv"
    title = "DPD UK Ltd - HSE Improvement Notices: Remediation Action Tracker"
    n1 = ("IN 312847563 – Hinckley Hub: segregation of pedestrians and vehicles in the yard "
          "(Workplace Regs 1992, reg 17)")
    n2 = ("IN 312847571 – Oldbury Depot: maintenance of roller-shutter doors (PUWER 1998, reg 5)")
    n3 = ("IN 312847590 – Company-wide: manual handling of out-of-gauge parcels (MHOR 1992, reg 4)")
    rows = [
        (n1, "IN1-01", "Carry out a revised workplace transport risk assessment for the yard, covering HGV "
                       "reversing, shunter movements and driver walking routes.",
         "Site General Manager (Hinckley)", "14/11/2024", "", "B",
         "Completed 08/11/2024; reviewed by the HSE inspector at the revisit.", "08/11/2024",
         ["Site General Manager (Hinckley)"], "2024-11", None, "blue"),
        (n1, "IN1-02", "Re-mark pedestrian walkways and crossings in the yard:\n- gatehouse to B-shed\n"
                       "- driver welfare cabin to trailer park",
         "Facilities Manager (Midlands)", "29/11/2024", "17/01/2025", "B",
         "Revised date agreed with HSE because of frost; completed 15/01/2025.", "15/01/2025",
         ["Facilities Manager (Midlands)"], "2025-01", None, "blue"),
        (n1, "IN1-03", "Install a physical barrier between the driver welfare cabin and the shunter lane.",
         "Facilities Manager (Midlands); Regional H&S Manager", "31/01/2025", "28/03/2025", "A",
         "Barrier design approved; installation booked for w/c 17/03/2025 (lead time on steelwork).", "",
         ["Facilities Manager (Midlands)", "Regional H&S Manager"], "2025-03", None, "amber"),
        (n1, "IN1-04", "Brief all drivers, including contracted owner-drivers, on the revised yard rules and "
                       "record attendance.",
         "Depot Operations Manager", "31/03/2025", "", "G",
         "72% of drivers briefed; briefings continuing at morning loading.", "",
         ["Depot Operations Manager"], "2025-03", None, "green"),
        (n2, "IN2-01", "Commission a thorough examination of all 14 roller-shutter doors by a competent "
                       "contractor.",
         "Fleet & Property Engineering Manager", "20/12/2024", "", "B",
         "Examination reports on file; two doors repaired.", "18/12/2024",
         ["Fleet & Property Engineering Manager"], "2024-12", None, "blue"),
        (n2, "IN2-02", "Add the doors to the six-monthly planned preventive maintenance schedule.",
         "Fleet & Property Engineering Manager", "31/01/2025", "", "R",
         "Overdue – PPM contract variation awaiting Procurement sign-off; escalated to the Regional "
         "Director 24/02/2025.", "",
         ["Fleet & Property Engineering Manager"], "2025-01", None, "red"),
        (n2, "IN2-03", "Fit \"door out of use\" lock-off kits and train shift managers in their use.",
         "Depot Manager (Oldbury)", "28/02/2025", "", "A",
         "Kits fitted; 10 of 12 shift managers trained.", "",
         ["Depot Manager (Oldbury)"], "2025-02", None, "amber"),
        (n3, "IN3-01", "Review the national manual handling risk assessment for parcels over 31.5 kg and "
                       "issue a two-person lift standard.",
         "Head of Health & Safety", "30/04/2025", "", "G",
         "Draft standard out for consultation with the recognised unions.", "",
         ["Head of Health & Safety"], "2025-04", None, "green"),
        (n3, "IN3-02", "Trial lift-assist equipment at Hinckley and Oldbury and report the results to the "
                       "National H&S Committee.",
         "Head of Health & Safety / Head of Operations Excellence", "Q1 2025/26", "", "G",
         "Two suppliers shortlisted; trial starts April.", "",
         ["Head of Health & Safety", "Head of Operations Excellence"], "2025-06", "Q1 2025/26", "green"),
    ]
    ncol = 9
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    pad = [""] * (ncol - 1)
    w.writerow([title] + pad)
    w.writerow(["Sites: Hinckley Hub (DC01) and Oldbury Depot; notices served 17/10/2024"] + pad)
    w.writerow(["Report run: 03/03/2025 08:14 by H&S Assurance"] + pad)
    w.writerow([""] * ncol)
    w.writerow(["Notice", "Action ID", "Action", "Owner", "Due date", "Revised due date", "RAG",
                "Progress / evidence", "Closed date"])
    actions = []
    for (notice, aid, text, owner, due, rev, rag, prog, closed, leads, end, end_text, status) in rows:
        w.writerow([notice, aid, text, owner, due, rev, rag, prog, closed])
        actions.append(act(aid, [notice], text, leads, end, status, end_text))
    w.writerow([""] * ncol)
    w.writerow(["RAG: B = complete and closed; G = on track; A = at risk / revised date agreed with HSE; "
                "R = overdue"] + pad)
    w.writerow(["Total actions: 9 | Closed: 3 | Open: 6"] + pad)
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    exp = {
        "source": ("Imitates a remediation tracker exported to CSV from a company's H&S compliance system "
                   "after HSE serves improvement notices, of the kind logistics firms show HSE inspectors "
                   "at revisits and report to a national H&S committee, here DPD UK (Hinckley Hub and "
                   "Oldbury Depot, notices served October 2024; content invented). Copied features: "
                   "title, sites and report-run lines padded with empty fields, one flat row per action "
                   "with the notice number and contravention repeated on every row, due and revised due "
                   "dates (dd/mm/yyyy), RAG letters, a quoted multi-line action cell, a quoted cell with "
                   "embedded double quotes, a key line and a totals line at the foot."),
        "reads": ("A flat export of nine remedial actions under three HSE improvement notices; each row "
                  "names its notice, an action ID, the action, owner(s), due and sometimes revised due "
                  "date, and a B/G/A/R letter. The notice column groups the actions; the header lines, "
                  "key and totals are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 7. National park authority: internal audit tracker (tab-separated txt)
# ---------------------------------------------------------------------------
def lltnpa():
    name = "vp-loch-lomond-trossachs-npa-internal-audit-recommendations-tracker.txt"
    title = "Loch Lomond & The Trossachs National Park Authority – Internal Audit Recommendations Tracker"
    ncol = 9
    lines = [title,
             "Audit and Risk Committee, 18 March 2025 – Appendix 1: follow-up of outstanding management "
             "actions",
             "",
             "Status key: Blue = complete (evidence provided to internal audit); Green = on track for the "
             "agreed date; Amber = revised date agreed / at risk; Red = overdue with no revised date",
             "",
             "\t".join(["Ref", "Recommendation", "Grade", "Management action", "Action owner",
                        "Original date", "Revised date", "Status", "Update"])]
    rep1 = "Procurement and Contract Management (2023/24) – Limited assurance"
    rep2 = "Health and Safety – Visitor Operations (2023/24) – Reasonable assurance"
    rep3 = "Payroll and Expenses (2024/25) – Substantial assurance"
    rep4 = "Information Governance and Records Management (2024/25) – Limited assurance"
    rec_pcm1 = ("The Authority should maintain a complete contracts register, including all contracts above "
                "£10,000, and publish it in line with the Procurement Reform (Scotland) Act 2014.")
    rec_pcm2 = ("Waivers of Standing Orders should be approved in advance and reported to the Audit and Risk "
                "Committee.")
    rec_hs1 = ("Risk assessments for ranger patrols on the loch should be reviewed annually and signed by "
               "the responsible manager.")
    rec_hs2 = "Lone working arrangements should be tested and the results recorded."
    rec_pe1 = "Expense claims should be authorised by the claimant's line manager before payment."
    rec_ig1 = ("The Authority should complete and submit its Records Management Plan as required by the "
               "Public Records (Scotland) Act 2011.")
    rec_ig2 = ("Data protection impact assessments should be completed for all new systems that process "
               "personal data.")
    # (report heading or None, fields..., continuation text, expected)
    items = [
        (rep1, None),
        ("PCM1.1", rec_pcm1, "High",
         "Consolidate departmental contract lists into a single contracts register held on the Finance "
         "SharePoint site.", "Procurement Officer", "30/09/2024", "", "Blue",
         "Register live from 27 September 2024.", None,
         (rep1, rec_pcm1, ["Procurement Officer"], "2024-09", None, "blue")),
        ("PCM1.2", "", "",
         "Publish the contracts register on the Authority website and update it quarterly.",
         "Procurement Officer / Digital Communications Officer", "31/12/2024", "31/05/2025", "Amber",
         "Web page built; awaiting the new website launch in May.", None,
         (rep1, rec_pcm1, ["Procurement Officer", "Digital Communications Officer"], "2025-05", None,
          "amber")),
        ("PCM2.1", rec_pcm2, "Medium",
         "Update the Procurement Strategy and Standing Orders to require prior approval of waivers by the "
         "Director of Corporate Services.", "Head of Finance & Corporate Services", "Mar-25", "", "Green",
         "Revised Standing Orders go to the Board on 24 March.",
         "Report waivers to each Audit and Risk Committee meeting.",
         (rep1, rec_pcm2, ["Head of Finance & Corporate Services"], "2025-03", None, "green")),
        (rep2, None),
        ("HS1.1", rec_hs1, "Medium",
         "Review all water-based ranger patrol risk assessments before the 2025 visitor season.",
         "Head of Visitor Operations", "31/03/2025", "", "Green", "6 of 9 reviewed and signed.", None,
         (rep2, rec_hs1, ["Head of Visitor Operations"], "2025-03", None, "green")),
        ("HS2.1", rec_hs2, "Low",
         "Carry out a quarterly test of the lone worker devices and record the results on the H&S log.",
         "Ranger Team Leaders", "Quarterly", "", "Green", "Q3 test completed 16 December 2024.", None,
         (rep2, rec_hs2, ["Ranger Team Leaders"], None, "Quarterly", "green")),
        (rep3, None),
        ("PE1.1", rec_pe1, "Low",
         "Configure the iTrent expenses workflow so that claims cannot be paid without line manager "
         "approval.", "HR & Payroll Manager", "30/11/2024", "28/02/2025", "Blue",
         "Workflow change live from February payroll.", None,
         (rep3, rec_pe1, ["HR & Payroll Manager"], "2025-02", None, "blue")),
        (rep4, None),
        ("IG1.1", rec_ig1, "High",
         "Submit the revised Records Management Plan to the Keeper of the Records of Scotland.",
         "Director of Corporate Services; Information Governance Officer", "31/01/2025", "30/06/2025",
         "Amber", "Retention schedule still being agreed with teams.", None,
         (rep4, rec_ig1, ["Director of Corporate Services", "Information Governance Officer"], "2025-06",
          None, "amber")),
        ("IG1.2", "", "",
         "Deliver records management training to all team leaders.", "Information Governance Officer",
         "30/04/2025", "", "Not started", "Depends on approval of the plan.", None,
         (rep4, rec_ig1, ["Information Governance Officer"], "2025-04", None, "unrated")),
        ("IG2.1", rec_ig2, "Medium",
         "Complete DPIAs for the Camping Management Zone booking system and the new CRM.",
         "Information Governance Officer", "31/12/2024", "", "Red",
         "Overdue – CRM DPIA drafted; booking system DPIA not started.", None,
         (rep4, rec_ig2, ["Information Governance Officer"], "2024-12", None, "red")),
    ]
    actions = []
    for it in items:
        if it[1] is None:
            lines.append(it[0])
            continue
        ref, rec, grade, action, owner, orig, rev, status, upd, cont, e = it
        lines.append("\t".join([ref, rec, grade, action, owner, orig, rev, status, upd]))
        text = action
        if cont:
            lines.append("\t".join(["", "", "", cont, "", "", "", "", ""]))
            text = action + "\n" + cont
        rep, recx, leads, end, end_text, st = e
        actions.append(act(ref, [rep, recx], text, leads, end, st, end_text))
    lines += ["",
              "Summary: 9 management actions followed up – Blue 2, Green 3, Amber 2, Red 1, Not started 1",
              "Prepared by: Head of Finance & Corporate Services, 4 March 2025"]
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    exp = {
        "source": ("Imitates the internal audit follow-up of outstanding management actions that Scottish "
                   "national park authorities take to their Audit and Risk Committee (cf. Cairngorms NPA's "
                   "Azets 'Management Action Follow-up' papers), here Loch Lomond & The Trossachs NPA, "
                   "March 2025, saved as tab-separated text (content invented). Copied features: title, "
                   "committee/appendix line, a status key line, a header row, a line per audit report "
                   "giving its year and assurance level, recommendation and grade beside each management "
                   "action (left blank on a second action answering the same recommendation), original "
                   "and revised dates, status word, update, a continuation line carrying the second "
                   "sentence of one action, and a summary and prepared-by line at the foot."),
        "reads": ("An audit recommendations tracker: four audit reports as heading lines, under them nine "
                  "management actions, each answering the recommendation on its line (or the one above "
                  "when blank), with an owner, original and revised date and a status colour word. The "
                  "continuation line belongs to PCM2.1; the key, summary and prepared-by lines are not "
                  "actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)


if __name__ == "__main__":
    kings_oak()
    forestry_england()
    lincs_cca()
    esland()
    dawlish()
    dpd()
    lltnpa()
    print("built", sorted(f for f in os.listdir(HERE) if f.startswith("vp-")))
