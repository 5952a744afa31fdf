#!/usr/bin/env python
"""Build the seven yl- blind cases (data files and their expected readings).

Run with /work/main/.venv/bin/python yl_make.py from any directory; files are
written beside this script.
"""
import csv
import datetime as dt
import io
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
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "grey": "D9D9D9", "navy": "1F3864", "lightblue": "DDEBF7", "lightgrey": "EDEDED",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def d(y, m, day):
    return dt.datetime(y, m, day)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


class _Dumper(yaml.SafeDumper):
    pass


def _str_rep(dumper, value):
    # quote month values ("2025-03") and refs so no YAML reader mistakes them for dates or numbers
    import re
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    return dumper.represent_str(value)


_Dumper.add_representer(str, _str_rep)


def write_yaml(name, data):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.dump(data, f, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# 1. Torbay and South Devon NHS FT - EPRR core standards improvement plan (xlsx)
# ---------------------------------------------------------------------------
def torbay():
    name = "yl-torbay-and-south-devon-nhsft-eprr-core-standards-improvement-plan.xlsx"
    title = "EPRR Core Standards Improvement Plan 2024/25"
    D1 = "Domain 1 – Governance"
    D3 = "Domain 3 – Duty to maintain plans"
    D5 = "Domain 5 – Training and exercising"
    D9 = "Domain 9 – Business continuity"
    # (ref, domain, standard, compliance, action, owner, original, revised, progress, rag, lead list, end)
    rows = [
        ("EPRR-01", D1, "4 – EPRR work programme", "Partially compliant",
         "Refresh the EPRR annual work programme to include lessons identified from Exercise Pegasus and the July 2024 global IT outage, and present it to the EPRR Steering Group for approval.",
         "Head of EPRR", d(2024, 11, 30), d(2025, 1, 31),
         "Work programme approved at EPRR Steering Group on 22/01/2025.", "B",
         ["Head of EPRR"], "2025-01", "blue"),
        ("EPRR-02", D1, "6 – Continuous improvement", "Partially compliant",
         "Set up a single lessons-identified log covering acute and community services, with a named owner and timescale for each lesson, reviewed quarterly by the EPRR Steering Group.",
         "EPRR Manager", d(2025, 3, 31), None,
         "Log template agreed; acute site lessons being migrated.", "G",
         ["EPRR Manager"], "2025-03", "green"),
        ("EPRR-03", D3, "11 – Adverse weather", "Partially compliant",
         "Review the Adverse Weather and Health Plan against the UKHSA Adverse Weather and Health Plan and the Met Office impact-based alerts, and circulate it to all community hospital sites.",
         "EPRR Manager / Deputy Director of Estates and Facilities", d(2024, 10, 31), d(2025, 2, 28),
         "Draft with Estates for comment; community hospital sections outstanding.", "A",
         ["EPRR Manager", "Deputy Director of Estates and Facilities"], "2025-02", "amber"),
        ("EPRR-04", D3, "16 – Evacuation and shelter", "Partially compliant",
         "Complete site-specific evacuation plans for the Torbay Hospital main ward block, including horizontal evacuation routes and equipment locations.",
         "Fire Safety Adviser", d(2025, 3, 31), None,
         "Plans complete for 9 of 14 wards.", "A",
         ["Fire Safety Adviser"], "2025-03", "amber"),
        ("EPRR-05", D3, "16 – Evacuation and shelter", "Partially compliant",
         "Run a tabletop evacuation exercise with ward managers and matrons and record learning on the lessons-identified log.",
         "Head of EPRR", d(2025, 6, 30), None,
         "Not yet started – follows EPRR-04.", None,
         ["Head of EPRR"], "2025-06", "unrated"),
        ("EPRR-06", D5, "23 – Responder training", "Partially compliant",
         "Complete a Training Needs Analysis for all on-call managers and directors, mapped to the NHS England Minimum Occupational Standards for EPRR.",
         "Head of EPRR", d(2024, 12, 31), d(2025, 3, 31),
         "Delayed by vacancy in the EPRR team; draft TNA to EPRR Steering Group in March.", "R",
         ["Head of EPRR"], "2025-03", "red"),
        ("EPRR-07", D5, "23 – Responder training", "Partially compliant",
         "Ensure at least 90% of tactical and strategic on-call staff have completed Principles of Health Command training or are booked on a course.",
         "Associate Director of Operations (Urgent Care) / Head of EPRR", d(2025, 3, 31), None,
         "78% completed or booked.", "A",
         ["Associate Director of Operations (Urgent Care)", "Head of EPRR"], "2025-03", "amber"),
        ("EPRR-08", D9, "47 – Business Impact Analysis/Assessment (BIA)", "Partially compliant",
         "Complete Business Impact Assessments for the 14 critical services not reviewed since the 2023 care group restructure.",
         "Business Continuity Lead", d(2025, 1, 31), None,
         "11 of 14 BIAs returned; remaining 3 due 07/02/2025.", "G",
         ["Business Continuity Lead"], "2025-01", "green"),
        ("EPRR-09", D9, "54 – Assurance of commissioned providers / suppliers BCPs", "Partially compliant",
         "Obtain and review business continuity plans from the Trust's 20 most critical suppliers, starting with pathology, patient transport and managed IT services.",
         "Head of Procurement", d(2025, 3, 31), d(2025, 9, 30),
         "Supplier list agreed; letters issued to 20 critical suppliers.", "A",
         ["Head of Procurement"], "2025-09", "amber"),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Torbay and South Devon NHS Foundation Trust"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = title
    cov["A2"].font = Font(bold=True, size=12)
    cov["A3"] = "Emergency Preparedness, Resilience and Response (EPRR) annual assurance"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Comments"]
    for i, h in enumerate(hdr, 1):
        c = cov.cell(row=6, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill(FILL["grey"])
        c.border = BOX
    vers = [("0.1", d(2024, 11, 14), "EPRR Manager", "Draft following self-assessment"),
            ("1.0", d(2024, 12, 5), "Head of EPRR", "Approved by Accountable Emergency Officer"),
            ("1.2", d(2025, 1, 31), "Head of EPRR", "Progress update for Quality Assurance Committee")]
    for r, v in enumerate(vers, 7):
        for i, val in enumerate(v, 1):
            c = cov.cell(row=r, column=i, value=val)
            c.border = BOX
            if isinstance(val, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cov["A11"] = "Self-assessed compliance 2024/25: Substantially compliant (57 of 64 applicable standards fully compliant)"
    cov["A13"] = "RAG key"
    cov["A13"].font = Font(bold=True)
    key = [("B", "Complete"), ("G", "On track to deliver by deadline"),
           ("A", "Some risk to deadline – mitigation in place"),
           ("R", "Deadline missed or at serious risk"), ("", "Blank – not yet started")]
    for r, (k, txt) in enumerate(key, 14):
        c = cov.cell(row=r, column=1, value=k or None)
        if k:
            c.fill = fill(FILL[k])
        c.border = BOX
        cov.cell(row=r, column=2, value=txt)
    cov.column_dimensions["A"].width = 12
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 18
    cov.column_dimensions["D"].width = 46

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Compliance summary by domain"
    sm["A1"].font = Font(bold=True, size=12)
    shdr = ["Domain", "Applicable standards", "Fully compliant", "Partially compliant", "Non-compliant", "Open actions"]
    for i, h in enumerate(shdr, 1):
        c = sm.cell(row=3, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill(FILL["grey"])
        c.border = BOX
    doms = [("1 Governance", 6, 4, 2, 0, 2), ("2 Duty to risk assess", 2, 2, 0, 0, 0),
            ("3 Duty to maintain plans", 11, 9, 2, 0, 3), ("4 Command and control", 2, 2, 0, 0, 0),
            ("5 Training and exercising", 3, 2, 1, 0, 2), ("6 Response", 7, 7, 0, 0, 0),
            ("7 Warning and informing", 4, 4, 0, 0, 0), ("8 Cooperation", 4, 4, 0, 0, 0),
            ("9 Business continuity", 10, 8, 2, 0, 2), ("10 Hazmat/CBRN", 15, 15, 0, 0, 0)]
    for r, row in enumerate(doms, 4):
        for i, val in enumerate(row, 1):
            sm.cell(row=r, column=i, value=val).border = BOX
    tr = 4 + len(doms)
    sm.cell(row=tr, column=1, value="Total").font = Font(bold=True)
    for i in range(2, 7):
        col = "ABCDEF"[i - 1]
        c = sm.cell(row=tr, column=i, value=f"=SUM({col}4:{col}{tr - 1})")
        c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 28
    for col in "BCDEF":
        sm.column_dimensions[col].width = 16

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Position as at 31 January 2025. Accountable Emergency Officer: Chief Operating Officer"
    ws.merge_cells("A2:I2")
    heads = ["Ref", "Core standard", "Self-assessment", "Improvement action", "Action owner",
             "Original deadline", "Revised deadline", "Progress update", "RAG"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["navy"])
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = 5
    last_dom = None
    std_start = {}
    for row in rows:
        ref, dom, std, comp, action, owner, orig, rev, prog, rag = row[:10]
        if dom != last_dom:
            c = ws.cell(row=r, column=1, value=dom)
            c.font = Font(bold=True)
            c.fill = fill(FILL["lightblue"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            last_dom = dom
            r += 1
        vals = [ref, std, comp, action, owner, orig, rev, prog, rag]
        for i, val in enumerate(vals, 1):
            if i in (2, 3) and std in std_start:
                continue  # part of a vertical merge
            c = ws.cell(row=r, column=i, value=val)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(val, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if rag:
            ws.cell(row=r, column=9).fill = fill(FILL[rag])
            ws.cell(row=r, column=9).alignment = Alignment(horizontal="center", vertical="top")
        if std in std_start:
            s = std_start[std]
            ws.merge_cells(start_row=s, start_column=2, end_row=r, end_column=2)
            ws.merge_cells(start_row=s, start_column=3, end_row=r, end_column=3)
        else:
            std_start[std] = r
        r += 1
    ws.cell(row=r + 1, column=1,
            value="Standards self-assessed as fully compliant are not shown. Actions closed at the previous review have been removed.").font = Font(italic=True)
    widths = {"A": 10, "B": 24, "C": 16, "D": 60, "E": 28, "F": 13, "G": 13, "H": 40, "I": 7}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))

    actions = [act(x[0], [x[1], x[2]], x[4], x[10], x[11], x[12]) for x in rows]
    write_yaml(name, {
        "source": ("Imitates an NHS provider trust's EPRR core standards improvement plan, as trusts take to their board or "
                   "quality committee after the annual NHS England EPRR assurance self-assessment (guidance: "
                   "https://www.england.nhs.uk/long-read/emergency-preparedness-resilience-and-response-annual-assurance-guidance/; "
                   "board cover papers such as East of England Ambulance Service's 2025 EPRR self-assessment outcome). "
                   "Copied features: cover sheet with document-control table and RAG key with a blank = not started, a compliance "
                   "summary sheet with totals by domain, domain band rows, the core standard (numbered as in the NHS core standards) "
                   "merged vertically over its actions, original and revised deadlines, progress update, RAG letter with fill colour."),
        "reads": ("A three-sheet workbook: a cover with version history and RAG key, a summary of compliance by domain with totals, "
                  "and the improvement plan. The plan lists nine actions under four domain band rows, each against the partially "
                  "compliant core standard it addresses, with owners, original and revised deadlines and a B/G/A/R rating (one left blank)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 2. Staffordshire Police - HMICFRS cause of concern improvement plan (xlsx)
# ---------------------------------------------------------------------------
def staffs():
    name = "yl-staffordshire-police-hmicfrs-cause-of-concern-call-handling-improvement-plan.xlsx"
    title = "Staffordshire Police – Cause of Concern Improvement Plan"
    C1 = "Cause of concern 1 – Responding to the public"
    C2 = "Cause of concern 2 – Attending incidents"
    R1a = ("Recommendation 1a: Within three months, the force should make sure it answers emergency and non-emergency "
           "calls promptly, in line with national standards, and reduces the number of abandoned 101 calls.")
    R1b = ("Recommendation 1b: Within three months, the force should make sure that call handlers complete a structured "
           "THRIVE risk assessment at first point of contact and record it on every incident.")
    R2a = ("Recommendation 2a: Within six months, the force should make sure it attends incidents within its published "
           "response times and updates callers when attendance will be delayed.")
    # (ref, coc, rec, action, owner, target, prev, curr, update, leads, end, end_text, status)
    rows = [
        ("1a.1", C1, R1a,
         "Recruit and train two additional cohorts of call handlers (24 staff) and align shift patterns to the peaks shown in the demand profile.",
         "Head of Contact Management", "Jun-24", "Amber", "Green",
         "Cohort 1 signed off 02/04/2024; cohort 2 in training, tutorship complete by 21/06/2024.",
         ["Head of Contact Management"], "2024-06", None, "green"),
        ("1a.2", C1, R1a,
         "Introduce a call-back facility and signposting to online reporting on the 101 message to reduce queue times for non-emergency callers.",
         "Head of Contact Management / Head of Digital Services", "Apr-24", "Green", "Complete",
         "Call-back live from 15/04/2024. Average 101 wait reduced from 14 to 6 minutes in the first three weeks.",
         ["Head of Contact Management", "Head of Digital Services"], "2024-04", None, "blue"),
        ("1a.3", C1, R1a,
         "Publish weekly 999 and 101 performance dashboards to the Force Improvement Board and Chief Officer Team.",
         "Force Performance Manager", "Ongoing", "Green", "Green",
         "Dashboard published weekly since 12/02/2024.",
         ["Force Performance Manager"], None, "Ongoing", "green"),
        ("1b.1", C1, R1b,
         "Deliver refresher THRIVE and vulnerability training to all call handlers and control room supervisors.",
         "Ch Insp Force Contact; Learning and Development Manager", "31/05/2024", "Amber", "Amber",
         "68% trained; remaining sessions booked for May.",
         ["Ch Insp Force Contact", "Learning and Development Manager"], "2024-05", None, "amber"),
        ("1b.2", C1, R1b,
         "Add a mandatory THRIVE field to the command and control system so that an incident cannot be closed without a recorded risk assessment.",
         "Head of ICT Business Partnering", "Q2 2024/25", "Red", "Amber",
         "Supplier change request accepted; user testing planned for July.",
         ["Head of ICT Business Partnering"], "2024-09", "Q2 2024/25", "amber"),
        ("1b.3", C1, R1b,
         "Dip-sample 100 incidents a month for THRIVE compliance and feed the results back to individual call handlers.",
         "Contact Management Quality Assurance Team", "Monthly", "Green", "Green",
         "April sample: 87% compliant (March 74%).",
         ["Contact Management Quality Assurance Team"], None, "Monthly", "green"),
        ("2a.1", C2, R2a,
         "Review the force response policy and incident grading criteria against the College of Policing authorised professional practice.",
         "Supt Response Policing", "Jul-24", "Amber", "Amber",
         "Draft policy with Legal Services.",
         ["Supt Response Policing"], "2024-07", None, "amber"),
        ("2a.2", C2, R2a,
         "Introduce a scheduled-appointment option for priority 3 incidents and text updates to callers whose attendance is delayed.",
         "Supt Response Policing & Head of Contact Management", "Sep-24", "Red", "Red",
         "Dependent on the 1b.2 system change; revised date to be agreed at the June board.",
         ["Supt Response Policing", "Head of Contact Management"], "2024-09", None, "red"),
    ]
    rag_fill = {"Green": "G", "Amber": "A", "Red": "R", "Complete": "B"}

    wb = Workbook()
    hl = wb.active
    hl.title = "Highlight"
    hl["A1"] = title
    hl["A1"].font = Font(bold=True, size=14)
    hl["A2"] = "Highlight report to the Force Improvement Board – May 2024"
    hl["A2"].font = Font(bold=True)
    hl["A3"] = "HMICFRS PEEL 2021/22: causes of concern – responding to the public"
    hl["A5"] = "Senior Responsible Officer"
    hl["B5"] = "Assistant Chief Constable (Local Policing)"
    hl["A6"] = "Plan owner"
    hl["B6"] = "Head of Contact Management"
    hl["A7"] = "Overall status"
    hl["B7"] = "Amber"
    hl["B7"].fill = fill(FILL["A"])
    for rr in (5, 6, 7):
        hl.cell(row=rr, column=1).font = Font(bold=True)
    hl["A9"] = "Action status"
    hl["B9"] = "Previous (Mar-24)"
    hl["C9"] = "Current (May-24)"
    for col in "ABC":
        hl[f"{col}9"].font = Font(bold=True)
        hl[f"{col}9"].fill = fill(FILL["grey"])
    counts = [("Complete", 0, 1), ("Green", 3, 3), ("Amber", 3, 3), ("Red", 2, 1)]
    for i, (k, p, c_) in enumerate(counts, 10):
        hl.cell(row=i, column=1, value=k).fill = fill(FILL[rag_fill[k]])
        hl.cell(row=i, column=2, value=p)
        hl.cell(row=i, column=3, value=c_)
    hl["A14"] = "Total"
    hl["A14"].font = Font(bold=True)
    hl["B14"] = "=SUM(B10:B13)"
    hl["C14"] = "=SUM(C10:C13)"
    hl["A16"] = "Key achievements this period"
    hl["A16"].font = Font(bold=True)
    hl["A17"] = "101 call-back live; 999 calls answered within 10 seconds up from 71% to 86%; first call handler cohort signed off."
    hl["A19"] = "Risks and issues for escalation"
    hl["A19"].font = Font(bold=True)
    hl["A20"] = "Command and control system change (1b.2) is on the critical path for 2a.2; supplier capacity is the main risk."
    hl.column_dimensions["A"].width = 30
    hl.column_dimensions["B"].width = 40
    hl.column_dimensions["C"].width = 18

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Senior Responsible Officer: Assistant Chief Constable (Local Policing)    Last updated: 07/05/2024"
    ws.merge_cells("A2:G2")
    heads = ["No.", "Action", "Owner", "Target date", "Previous RAG (Mar-24)", "Current RAG (May-24)",
             "Update / evidence of progress"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["navy"])
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = 5
    last_c = last_r = None
    for row in rows:
        ref, coc, rec, action, owner, target, prev, curr, upd = row[:9]
        if coc != last_c:
            c = ws.cell(row=r, column=1, value=coc)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("2F5597")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            last_c = coc
            r += 1
        if rec != last_r:
            c = ws.cell(row=r, column=1, value=rec)
            c.font = Font(bold=True, italic=True)
            c.fill = fill(FILL["lightblue"])
            c.alignment = Alignment(wrap_text=True, vertical="top")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 32
            last_r = rec
            r += 1
        vals = [ref, action, owner, target, prev, curr, upd]
        for i, val in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=val)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=r, column=5).fill = fill(FILL[rag_fill[prev]])
        ws.cell(row=r, column=6).fill = fill(FILL[rag_fill[curr]])
        r += 1
    ws.cell(row=r + 1, column=1,
            value="RAG: Complete = action delivered and evidence accepted by the Force Improvement Board. Green = on track. "
                  "Amber = some slippage, recoverable. Red = off track, escalation required.").font = Font(italic=True)
    widths = {"A": 8, "B": 62, "C": 30, "D": 12, "E": 12, "F": 12, "G": 48}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    wb.save(os.path.join(HERE, name))

    actions = [act(x[0], [x[1], x[2]], x[3], x[9], x[10], x[12], x[11]) for x in rows]
    write_yaml(name, {
        "source": ("Imitates a police force's improvement plan for HMICFRS PEEL causes of concern about answering and "
                   "responding to calls (HMICFRS cause-of-concern register, https://www.justiceinspectorates.gov.uk/hmicfrs/; "
                   "coverage of HMICFRS call-handling findings such as the Norfolk 999 review). Copied features: a highlight "
                   "sheet for the force improvement board with previous/current RAG counts and totals, then the plan with "
                   "cause-of-concern band rows, recommendation text in a merged row above its actions, job titles and ranks "
                   "as owners (several in one cell), target dates as month, date, quarter or words, previous and current RAG "
                   "columns with fill colour, and a RAG note line."),
        "reads": ("A two-sheet workbook: a highlight summary (not actions) and the action plan. Two causes of concern, three "
                  "HMICFRS recommendations written out above their actions, and eight numbered actions each with owner, "
                  "target date, a previous and a current RAG and an update; the current RAG is the status."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 3. Places for People Group - strategic risk register further actions (xlsx)
# ---------------------------------------------------------------------------
def pfp():
    name = "yl-places-for-people-group-strategic-risk-register-2025-26.xlsx"
    title = "Places for People Group – Strategic Risk Register 2025/26"
    risks = [
        ("SR01 – Building safety and compliance", "Chief Operating Officer", 20, 12, 8, [
            ("SR01.1", "Complete Type 4 fire risk assessments for all remaining high-rise residential buildings in the Phase 2 programme.",
             "Director of Building Safety", d(2026, 3, 31), "Green", "38 of 52 buildings complete.",
             ["Director of Building Safety"], "2026-03", None, "green"),
            ("SR01.2", "Implement the new compliance data platform so that gas, electrical, water, lift and asbestos certificates are held in one system of record.",
             "Director of Building Safety / Chief Information Officer", d(2025, 12, 31), "Amber",
             "Go-live moved from September to December following data cleansing.",
             ["Director of Building Safety", "Chief Information Officer"], "2025-12", None, "amber"),
            ("SR01.3", "Report compliance performance against the 'Big 6' safety measures to the Group Board.",
             "Chief Operating Officer", "Quarterly", "Green", "Q2 report to Board 30/10/2025.",
             ["Chief Operating Officer"], None, "Quarterly", "green"),
        ]),
        ("SR02 – Damp, mould and Awaab's Law readiness", "Executive Director of Housing", 20, 15, 6, [
            ("SR02.1", "Train all repairs operatives and housing officers to identify and report damp and mould hazards in line with Awaab's Law timescales.",
             "Head of Repairs; Head of Housing Management", d(2025, 10, 31), "Blue", "Completed 24/10/2025 (1,140 staff).",
             ["Head of Repairs", "Head of Housing Management"], "2025-10", None, "blue"),
            ("SR02.2", "Introduce a case-management workflow that flags emergency hazards requiring investigation within 24 hours.",
             "Head of Repairs", d(2025, 10, 31), "Red", "Workflow built but not yet live; interim manual tracker in place.",
             ["Head of Repairs"], "2025-10", None, "red"),
        ]),
        ("SR03 – Financial capacity and covenant headroom", "Group Chief Financial Officer", 16, 9, 6, [
            ("SR03.1", "Refresh the 30-year business plan stress tests to include a combined high-inflation and sales-slowdown scenario.",
             "Director of Treasury", d(2025, 12, 31), "Green", "Scenarios agreed with Finance Committee.",
             ["Director of Treasury"], "2025-12", None, "green"),
            ("SR03.2", "Agree covenant resets with two lenders ahead of the 2026 refinancing window.",
             "Director of Treasury", d(2026, 3, 31), "Amber", "One lender agreed in principle; second in negotiation.",
             ["Director of Treasury"], "2026-03", None, "amber"),
        ]),
        ("SR04 – Data protection and cyber security", "Chief Information Officer", 20, 12, 8, [
            ("SR04.1", "Complete Cyber Essentials Plus certification across all group entities.",
             "Head of Information Security", d(2026, 2, 28), "Green", "Assessment booked for January.",
             ["Head of Information Security"], "2026-02", None, "green"),
            ("SR04.2", "Run a cyber incident exercise with the Executive Team using a ransomware scenario.",
             "Head of Information Security", d(2025, 11, 30), "Blue", "Exercise held 06/11/2025; lessons report to December ARC.",
             ["Head of Information Security"], "2025-11", None, "blue"),
            ("SR04.3", "Replace end-of-life server infrastructure at the Preston data centre.",
             "Chief Information Officer", d(2026, 6, 30), None, "Procurement to start January 2026.",
             ["Chief Information Officer"], "2026-06", None, "unrated"),
        ]),
    ]
    rag_fill = {"Green": "G", "Amber": "A", "Red": "R", "Blue": "B"}

    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic risks"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Further actions to reach target score. Presented to Group Audit and Risk Committee, 18 November 2025. "
                "Scores are Likelihood x Impact (1–5).")
    ws.merge_cells("A2:I2")
    heads = ["Ref", "Risk / further action", "Owner", "Inherent score", "Residual score", "Target score",
             "Due", "Action RAG", "Commentary"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00594F")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = 5
    actions = []
    for rtitle, rowner, inh, res, tgt, acts in risks:
        c = ws.cell(row=r, column=1, value=rtitle)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        for i, val in ((3, rowner), (4, inh), (5, res), (6, tgt)):
            ws.cell(row=r, column=i, value=val)
        for i in range(1, 10):
            ws.cell(row=r, column=i).fill = fill(FILL["lightgrey"])
            ws.cell(row=r, column=i).font = Font(bold=True)
            ws.cell(row=r, column=i).border = BOX
        r += 1
        for ref, text, owner, due, rag, comm, leads, end, end_text, status in acts:
            vals = [ref, text, owner, None, None, None, due, rag, comm]
            for i, val in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=val)
                c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(val, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(row=r, column=8).fill = fill(FILL[rag_fill[rag]])
            actions.append(act(ref, [rtitle], text, leads, end, status, end_text))
            r += 1
    ws.cell(row=r + 1, column=1,
            value="Action RAG: Green – on track; Amber – at risk of slippage; Red – overdue; Blue – complete. "
                  "Blank – not yet started.").font = Font(italic=True)
    widths = {"A": 9, "B": 62, "C": 32, "D": 9, "E": 9, "F": 9, "G": 12, "H": 10, "I": 44}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "A5"

    hm = wb.create_sheet("Heat map")
    hm["A1"] = "Residual risk heat map – number of strategic risks"
    hm["A1"].font = Font(bold=True)
    hm["A3"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        hm.cell(row=3, column=1 + i, value=i).font = Font(bold=True)
    grid = {(3, 4): "SR01, SR04", (3, 5): "SR02", (3, 3): "SR03"}
    for li in range(5, 0, -1):
        rr = 4 + (5 - li)
        hm.cell(row=rr, column=1, value=li).font = Font(bold=True)
        for im in range(1, 6):
            score = li * im
            colour = "FF0000" if score >= 15 else "FFC000" if score >= 8 else "92D050"
            c = hm.cell(row=rr, column=1 + im, value=grid.get((li, im)))
            c.fill = fill(colour)
            c.border = BOX
    hm.column_dimensions["A"].width = 20

    key = wb.create_sheet("Key")
    key["A1"] = "Scoring key"
    key["A1"].font = Font(bold=True)
    rowsk = [("Score", "Likelihood", "Impact"), (1, "Rare", "Insignificant"), (2, "Unlikely", "Minor"),
             (3, "Possible", "Moderate"), (4, "Likely", "Major"), (5, "Almost certain", "Severe")]
    for rr, row in enumerate(rowsk, 2):
        for i, val in enumerate(row, 1):
            key.cell(row=rr, column=i, value=val).border = BOX
    key["A9"] = "Risk rating: 1–7 Low (green); 8–14 Medium (amber); 15–25 High (red)."
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates a large housing association's strategic risk register as reported to its audit and risk "
                   "committee (risk-register layouts as in the Housing Association Internal Audit Forum practical guide "
                   "and Progress Housing Group risk strategy appendix). Copied features: risk rows with owner and "
                   "inherent/residual/target L x I scores in a merged, shaded row, further-action rows beneath each risk "
                   "with action owner, due date (one 'Quarterly'), fill-coloured action RAG words and commentary, a key "
                   "note line, plus heat-map and scoring-key sheets."),
        "reads": ("The first sheet lists four strategic risks, each as a shaded row with its owner and scores, followed by "
                  "its further actions (ten in all) numbered SR01.1 etc. with owner, due date, RAG and commentary. The "
                  "heat map and key sheets hold no actions."),
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


def header_row(table, heads, colour="D9D9D9"):
    for i, h in enumerate(heads):
        cell = table.rows[0].cells[i]
        cell.text = ""
        run = cell.paragraphs[0].add_run(h)
        run.bold = True
        shade(cell, colour)


# ---------------------------------------------------------------------------
# 4. Moorside Surgery - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def moorside():
    name = "yl-moorside-surgery-cqc-requirement-notice-action-plan.docx"
    title = "Moorside Surgery – CQC Inspection Action Plan"
    P1 = "Part 1: Requirement notices"
    P2 = "Part 2: Areas where the practice should improve"
    REG12 = "Regulation 12 Safe care and treatment: The provider must ensure care and treatment is provided in a safe way for patients."
    REG17 = ("Regulation 17 Good governance: The provider must establish effective systems and processes to ensure good "
             "governance in accordance with the fundamental standards of care.")
    must = [
        (REG12, [
            ("1", "Complete a structured medication review for all patients prescribed high-risk medicines (DMARDs, lithium and warfarin) and record monitoring results in the clinical system.",
             "Dr A Khan", "31/10/2024", "Complete", ["Dr A Khan"], "2024-10", None, "blue"),
            ("2", "Introduce a weekly search for overdue blood monitoring, with a named clinician to act on the results.",
             "Clinical Pharmacist / Dr A Khan", "30/09/2024", "Complete", ["Clinical Pharmacist", "Dr A Khan"], "2024-09", None, "blue"),
            ("3", "Carry out an infection prevention and control audit of all clinical rooms and act on the findings.",
             "Lead Nurse", "End of November 2024", "On track", ["Lead Nurse"], "2024-11", None, "green"),
        ]),
        (REG17, [
            ("4", "Set up a staff training matrix showing safeguarding, basic life support and IPC training for every member of staff, with reminders before renewal dates.",
             "Practice Manager", "31/10/2024", "Complete", ["Practice Manager"], "2024-10", None, "blue"),
            ("5", "Review all practice policies, remove out-of-date versions from the shared drive and set a review date for each.",
             "Practice Manager & Deputy Practice Manager", "31/12/2024", "On track",
             ["Practice Manager", "Deputy Practice Manager"], "2024-12", None, "green"),
            ("6", "Record and review significant events at a monthly clinical meeting and share the learning with the whole team.",
             "Dr S Patel", "Ongoing – monthly", "On track", ["Dr S Patel"], None, "Ongoing – monthly", "green"),
        ]),
    ]
    should = [
        ("Continue to improve the uptake of cervical screening.",
         ("7", "Offer Saturday morning smear clinics through the PCN enhanced access service and send text reminders to patients who have not responded.",
          "Lead Nurse", "March 2025", "On track", ["Lead Nurse"], "2025-03", None, "green")),
        ("Improve patient satisfaction with telephone access.",
         ("8", "Move to a cloud-based telephony system with call queuing and call-back, and repeat the practice patient survey six months after go-live.",
          "Practice Manager", "31/01/2025", "Not started", ["Practice Manager"], "2025-01", None, "unrated")),
        ("Take steps to make sure the patient participation group is active.",
         ("9", "Relaunch the patient participation group with a virtual membership option and hold a meeting every quarter.",
          "Deputy Practice Manager", "Q4 2024/25", "On track", ["Deputy Practice Manager"], "2025-03", "Q4 2024/25", "green")),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Following the CQC inspection on 11 June 2024 (report published 14 August 2024). "
                      "Overall rating: Requires improvement.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Approved by"])
    for v in [("1.0", "04/09/2024", "Practice Manager", "Partners' meeting 03/09/2024"),
              ("1.1", "02/12/2024", "Practice Manager", "Dr S Patel (Senior Partner)")]:
        cells = t.add_row().cells
        for i, val in enumerate(v):
            cells[i].text = val
    doc.add_paragraph("")
    doc.add_paragraph("This plan sets out the actions the practice is taking in response to the requirement notices "
                      "and the areas where CQC told us we should improve. Progress is reviewed at the monthly "
                      "partners' meeting and shared with the ICB primary care team.")

    actions = []
    status_fill = {"Complete": "9DC3E6", "On track": "C6EFCE", "Not started": None}
    doc.add_heading(P1, level=1)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    header_row(t, ["Regulation", "No.", "Action", "Lead", "Completion date", "Status"])
    for reg, acts in must:
        first = None
        for no, text, lead, due, status_txt, leads, end, end_text, status in acts:
            cells = t.add_row().cells
            if first is None:
                first = cells[0]
                cells[0].text = reg
            else:
                first = first.merge(cells[0])
            for i, val in enumerate([no, text, lead, due, status_txt], 1):
                cells[i].text = val
            if status_fill[status_txt]:
                shade(cells[5], status_fill[status_txt])
            actions.append(act(no, [P1, reg], text, leads, end, status, end_text))

    doc.add_paragraph("")
    doc.add_heading(P2, level=1)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    header_row(t, ["Should do", "No.", "Action", "Lead", "Completion date", "Status"])
    for sd, (no, text, lead, due, status_txt, leads, end, end_text, status) in should:
        cells = t.add_row().cells
        for i, val in enumerate([sd, no, text, lead, due, status_txt]):
            cells[i].text = val
        if status_fill[status_txt]:
            shade(cells[5], status_fill[status_txt])
        actions.append(act(no, [P2, sd], text, leads, end, status, end_text))

    doc.add_paragraph("")
    doc.add_paragraph("Signed: Dr S Patel, Senior Partner (Registered Manager)    Date: 02/12/2024")
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates a GP practice's action plan after a CQC inspection with requirement notices (NHS England "
                   "'Framework for responding to CQC inspections of GP practices' example improvement plan; BMA and "
                   "MDU guidance on CQC action plans). Copied features: title and inspection line, a version/approval "
                   "table, Part 1 table of requirement notices with the regulation and must-do text merged down the first "
                   "column over its numbered actions, Part 2 table of should-do findings with one action each, named GPs "
                   "and practice roles as leads, mixed completion dates (date, 'End of November 2024', quarter, "
                   "'Ongoing – monthly'), status words with cell shading and a sign-off line."),
        "reads": ("A short Word plan: document-control table, then a requirement-notice table (Regulation 12 and 17, three "
                  "actions each) and a should-do table (three findings, one action each), nine numbered actions with "
                  "lead, completion date and status."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 5. Carr Manor Community School - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
def carr_manor():
    name = "yl-carr-manor-community-school-post-ofsted-action-plan.docx"
    title = "Carr Manor Community School: Post-Ofsted Action Plan 2024–25"
    AFI1 = ("Leaders have not ensured that the curriculum in key stage 3 is consistently well sequenced in some "
            "foundation subjects. Leaders should make sure that subject plans identify the important knowledge pupils "
            "need and the order in which it should be taught.")
    AFI2 = ("Some pupils with special educational needs and/or disabilities (SEND) do not receive the support set out "
            "in their plans in lessons. Leaders should ensure that staff have the information and training they need to "
            "adapt teaching for these pupils.")
    AFI3 = ("Rates of persistent absence remain high, particularly for disadvantaged pupils. Leaders should continue to "
            "work with families to improve the attendance of these pupils.")
    afis = [
        ("Area for improvement 1", AFI1, [
            ("1.1", "Subject leaders in history, geography and music to rewrite key stage 3 curriculum plans, identifying the core knowledge for each unit.",
             "Vice Principal (Curriculum)", "Summer term 2024", "Rewritten plans in place for September 2024.", "B",
             ["Vice Principal (Curriculum)"], "2024-07", "Summer term 2024", "blue"),
            ("1.2", "Quality assure the rewritten plans through curriculum deep dives led by senior leaders and link governors.",
             "VP (Curriculum), Link Governor for Curriculum", "Autumn term 2024",
             "Deep dives show pupils can recall prior learning.", "G",
             ["VP (Curriculum)", "Link Governor for Curriculum"], "2024-12", "Autumn term 2024", "green"),
            ("1.3", "Provide subject-specific CPD for non-specialist teachers of key stage 3 foundation subjects.",
             "Assistant Principal (CPD)", "Spring term 2025", "All non-specialists complete two subject CPD sessions.", "A",
             ["Assistant Principal (CPD)"], "2025-04", "Spring term 2025", "amber"),
        ]),
        ("Area for improvement 2", AFI2, [
            ("2.1", "Replace individual support plans with one-page pupil passports available to all staff on the school's information system.",
             "SENCo", "September 2024", "Passports live for all pupils on the SEND register.", "B",
             ["SENCo"], "2024-09", None, "blue"),
            ("2.2", "Train all teaching staff in adaptive teaching strategies for pupils with SEND, followed by coaching for staff identified through lesson visits.",
             "SENCo / AP (CPD)", "Autumn term 2024", "Lesson visits show adaptations in most lessons.", "A",
             ["SENCo", "AP (CPD)"], "2024-12", "Autumn term 2024", "amber"),
            ("2.3", "Review the deployment of teaching assistants so that support goes to the lessons where pupils' needs are greatest.",
             "Principal", "Ongoing", "TA timetable reviewed each half term.", "G",
             ["Principal"], None, "Ongoing", "green"),
        ]),
        ("Area for improvement 3", AFI3, [
            ("3.1", "Appoint an attendance officer and introduce weekly attendance panels for pupils whose attendance is below 90%.",
             "Deputy Principal (Behaviour and Attendance)", "June 2024", "Officer in post; panels running weekly.", "B",
             ["Deputy Principal (Behaviour and Attendance)"], "2024-06", None, "blue"),
            ("3.2", "Work with the local authority Attendance Support Team on early help plans for the families of persistently absent disadvantaged pupils.",
             "Attendance Officer; DSL", "Summer term 2025", "Persistent absence of disadvantaged pupils below 25%.", "R",
             ["Attendance Officer", "DSL"], "2025-07", "Summer term 2025", "red"),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Inspection dates: 5 and 6 March 2024. Overall effectiveness: Requires improvement. "
                      "Plan approved by the Governing Board: 24 April 2024. Last reviewed: 5 December 2024.")
    kp = doc.add_paragraph("RAG key:  ")
    for col, txt in (("R", "Red – not on track"), ("A", "Amber – some progress"),
                     ("G", "Green – on track"), ("B", "Blue – completed")):
        run = kp.add_run("■ ")
        from docx.shared import RGBColor
        run.font.color.rgb = RGBColor.from_string(FILL[col])
        kp.add_run(txt + "    ")
    actions = []
    for head, afi, acts in afis:
        doc.add_heading(head, level=1)
        p = doc.add_paragraph()
        p.add_run(afi).italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Lead(s)", "Timescale", "Success criteria", "RAG"], colour="DDEBF7")
        for ref, text, lead, when, sc, rag, leads, end, end_text, status in acts:
            cells = t.add_row().cells
            for i, val in enumerate([ref, text, lead, when, sc, ""]):
                cells[i].text = val
            shade(cells[5], FILL[rag])
            actions.append(act(ref, [afi], text, leads, end, status, end_text))
        doc.add_paragraph("")
    doc.add_heading("Monitoring and sign-off", level=1)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Reviewed by", "Date", "Comment"])
    for v in [("Standards and Curriculum Committee", "10/10/2024", "Progress on AFI 1 and 2 noted; attendance remains a concern."),
              ("Full Governing Board", "05/12/2024", "Plan reviewed; RAG ratings agreed.")]:
        cells = t.add_row().cells
        for i, val in enumerate(v):
            cells[i].text = val
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates a secondary school's post-Ofsted action plan written against the 'What does the school need to "
                   "do to improve?' section of the inspection report, as schools publish for governors. Copied features: "
                   "title and inspection details, a RAG key line, one section per area for improvement with the "
                   "inspectors' text in italics above its action table, refs 1.1 etc., leads as posts (two in one cell), "
                   "timescales as school terms, months and 'Ongoing', success criteria column, RAG shown only by cell "
                   "shading, and a monitoring/sign-off table."),
        "reads": ("Three sections headed 'Area for improvement 1–3', each with the area's text and a table of actions "
                  "(eight in all) with lead, timescale, success criteria and a colour-only RAG cell. The headings only "
                  "name the kind of part, so each action is read under the area's text."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 6. University of Worcester - internal audit tracker (csv, refuse)
# ---------------------------------------------------------------------------
def worcester():
    name = "yl-university-of-worcester-internal-audit-recommendations-tracker-typo-month-refuse.csv"
    title = "University of Worcester: Internal Audit Recommendations Follow-up Report"
    ncol = 10
    lines = [
        [title],
        ["Audit and Risk Committee, 20 November 2025 – status as at 31 October 2025"],
        [],
        ["Audit", "Rec", "Priority", "Recommendation", "Agreed action", "Responsible officer",
         "Original target date", "Revised target date", "Status", "Comments"],
        ["Student Attendance Monitoring 2024/25", "1", "High",
         "Attendance data for sponsored international students should be reviewed weekly and non-engagement escalated within the timescales in the UKVI compliance policy.",
         "Introduce a weekly attendance exception report for Student Route sponsored students, reviewed by the Compliance Team, with escalation to the Academic Registrar after two missed contact points.",
         "Academic Registrar", "January 2025", "June 2025", "Complete", "Report live from semester 2; verified by internal audit in July."],
        ["Student Attendance Monitoring 2024/25", "2", "Medium",
         "Schools should record authorised absence consistently in the student record system.",
         "Issue guidance to school administrators and add a mandatory absence reason code to the attendance module.",
         "Head of Student Records", "March 2025", "", "Complete", ""],
        ["Procurement and Contract Management 2024/25", "1", "High",
         "A complete contracts register should be maintained, covering all contracts above the £25,000 threshold.",
         "Populate the contracts register from the finance system and require budget holders to confirm their contracts annually.",
         "Head of Procurement", "April 2025", "December 2025", "In progress", "Register 80% populated; annual confirmation to launch in November."],
        ["Procurement and Contract Management 2024/25", "2", "Medium",
         "Waivers of tender procedures should be approved in line with the Financial Regulations and reported to the Audit and Risk Committee.",
         "Report all waivers approved in the year to each meeting of the Audit and Risk Committee.",
         "Director of Finance", "May 2025", "", "Complete", "First report to June 2025 committee."],
        ["Cyber Security 2024/25", "1", "High",
         "Multi-factor authentication should be enforced for all staff and privileged accounts, including legacy service accounts.",
         "Enforce MFA for all remaining staff accounts and replace legacy service accounts with managed identities.",
         "Director of Digital Services", "July 2025", "Febuary 2026", "In progress", "Staff accounts complete; 12 service accounts remain."],
        ["Cyber Security 2024/25", "2", "Medium",
         "The IT disaster recovery plan should be tested at least annually.",
         "Carry out a full disaster recovery test of core systems and report the results to the Digital Strategy Group.",
         "Head of IT Infrastructure", "September 2025", "", "Overdue", "Test rescheduled to avoid clearing and enrolment."],
        ["Research Grant Costing 2025/26", "1", "Medium",
         "Full economic costing should be completed and approved for all research bids before submission.",
         "Make fEC approval a required step in the research bid workflow before submission to the funder.",
         "Director of Research and Knowledge Exchange", "December 2025", "", "In progress", ""],
        ["Research Grant Costing 2025/26", "2", "Low",
         "Staff time charged to grants should be supported by timesheets.",
         "Introduce quarterly timesheet returns for staff charging time to externally funded projects.",
         "Research Finance Manager", "January 2026", "", "Not started", ""],
        [],
        ["Summary: 8 recommendations reported (3 High, 4 Medium, 1 Low); 3 complete, 3 in progress, 1 overdue, 1 not started."],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in lines:
        w.writerow(row + [""] * (ncol - len(row)))
    text = buf.getvalue()
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    # line number (1-based) of the mistyped month
    refuse_at = next(i for i, ln in enumerate(text.split("\r\n"), 1) if "Febuary 2026" in ln)

    write_yaml(name, {
        "source": ("Imitates a university audit committee's internal audit recommendations follow-up report exported to CSV "
                   "from the tracking spreadsheet (university follow-up practice as described by Uniac, "
                   "https://uniac.co.uk/faq/what-happens-after-an-audit). Copied features: title and committee lines, one "
                   "row per recommendation with audit name and year, rec number, priority, recommendation and agreed "
                   "action, responsible officer, original and revised target dates as month names, status words, "
                   "comments, and a summary line; Excel-style trailing empty fields."),
        "reads": ("A CSV follow-up tracker of eight internal audit recommendations across four audits. The Cyber Security "
                  "recommendation 1 has its revised target date (the end that counts) written 'Febuary 2026', a "
                  "mistyped month, so a careful reader stops at that line and asks."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_at,
        "title": title,
    })
    return refuse_at


# ---------------------------------------------------------------------------
# 7. Historic England Commission - rolling action log (txt, tab-separated)
# ---------------------------------------------------------------------------
def historic_england():
    name = "yl-historic-england-commission-action-log.txt"
    title = "Historic England Commission – Rolling Action Log"
    M1 = "Commission meeting – 19 March 2025"
    M2 = "Commission meeting – 21 May 2025"
    M3 = "Commission meeting – 16 July 2025"
    items = [
        (M1, "HEC/25/03", "6.3",
         "Circulate the revised Heritage at Risk methodology to Commissioners before publication of the 2025 register.",
         "Director of Policy and Evidence", "Oct-25", "G", "Draft methodology with the Historic England Advisory Committee for comment.",
         None, ["Director of Policy and Evidence"], "2025-10", None, "green"),
        (M1, "HEC/25/04", "8.1",
         "Bring a paper on the future of the regional offices estate, including options for co-location with other DCMS bodies.",
         "Chief Operating Officer", "Jul-25", "Complete", "Paper considered at the July meeting (item 7). To be removed.",
         None, ["Chief Operating Officer"], "2025-07", None, "blue"),
        (M2, "HEC/25/07", "4.2",
         "Provide a breakdown of the High Streets Heritage Action Zone grant outturn by region and by deprivation decile.",
         "Chief Financial Officer", "Jul-25", "A", "Regional breakdown circulated 02/07/2025; deprivation analysis delayed by data issues.",
         "To be completed for the September meeting.", ["Chief Financial Officer"], "2025-07", None, "amber"),
        (M2, "HEC/25/08", "5.1",
         "Arrange a Commissioners' site visit to heritage-led regeneration projects in Stoke-on-Trent.",
         "Company Secretary", "30/09/2025", "G", "Visit provisionally booked for 25 September.",
         None, ["Company Secretary"], "2025-09", None, "green"),
        (M2, "HEC/25/09", "6.4",
         "Review the risk appetite statement for digital and data risks and report through the Audit and Risk Assurance Committee.",
         "Chief Operating Officer & Director of Digital", "Nov-25", "G", "Workshop with ARAC members held 18/06/2025.",
         None, ["Chief Operating Officer", "Director of Digital"], "2025-11", None, "green"),
        (M2, "HEC/25/10", "7.1",
         "Agree a response to the DCMS public body review recommendations with the sponsor team.",
         "Chief Executive", "TBC", "A", "Awaiting publication of the review report.",
         None, ["Chief Executive"], None, "TBC", "amber"),
        (M3, "HEC/25/12", "3.2",
         "Share the draft People Strategy 2025–28 with Commissioners for comment before the staff consultation.",
         "Director of People", "Aug-25", "R", "Delayed pending pay remit guidance; now expected October 2025.",
         None, ["Director of People"], "2025-08", None, "red"),
        (M3, "HEC/25/13", "5.3",
         "Include climate adaptation case studies in the next Heritage Counts report.",
         "Director of Policy and Evidence", "December 2025", "G", "",
         None, ["Director of Policy and Evidence"], "2025-12", None, "green"),
        (M3, "HEC/25/14", "9.1",
         "Report progress on the listing casework backlog to each Commission meeting.",
         "Head of Listing", "Ongoing", "G", "Standing item from September.",
         None, ["Head of Listing"], None, "Ongoing", "green"),
    ]
    out = [
        "Historic England",
        title,
        "Open actions and actions closed since the last meeting. Updated 9 September 2025.",
        "",
        "Ref\tMinute\tAction\tOwner\tDue\tRAG\tUpdate",
    ]
    actions = []
    last = None
    for m, ref, minute, text, owner, due, rag, upd, cont, leads, end, end_text, status in items:
        if m != last:
            out.append(m)
            last = m
        out.append("\t".join([ref, minute, text, owner, due, rag, upd]).rstrip("\t") if upd else
                   "\t".join([ref, minute, text, owner, due, rag]))
        if cont:
            out.append("\t" * 6 + cont)
        actions.append(act(ref, [m], text, leads, end, status, end_text))
    out += ["", "RAG: G = on track; A = at risk; R = overdue or off track; Complete = closed and will be removed after the next meeting."]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")

    write_yaml(name, {
        "source": ("Imitates the rolling action log of a national body's board (the Historic England Commission), as "
                   "arm's-length bodies publish with their board papers, saved as a tab-separated text export. Copied "
                   "features: organisation and log title lines, an 'updated' line, column header, actions grouped under "
                   "the meeting they arose from, action ref and minute number columns, job titles as owners (two joined "
                   "by '&'), due dates as Mon-YY, a date, a month name, 'TBC' and 'Ongoing', a RAG letter or 'Complete', "
                   "an update that runs onto a continuation line, and a RAG key line at the end."),
        "reads": ("A plain tab-separated action log with nine actions under three meeting headings; each has a ref, minute, "
                  "action, owner, due date, RAG and update. One update continues on an indented line of its own, which is "
                  "not a new action."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


if __name__ == "__main__":
    torbay()
    staffs()
    pfp()
    moorside()
    carr_manor()
    ra = worcester()
    historic_england()
    print("built; worcester refuse_at line", ra)
