#!/usr/bin/env python
"""Build the seven rb- blind cases of set heldout473 (data files and their expected readings).

Run with the project's Python (openpyxl, python-docx, pyyaml):
    /work/main/.venv/bin/python rb_make.py
Only files whose names start with rb- are written, in this script's folder.
"""
import csv
import datetime as dt
import os
import re

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "0070C0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill(start_color=hexcol, end_color=hexcol, fill_type="solid")


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper, value):
    # quote month strings ("2025-03") and refs so they never read as numbers or dates
    if re.fullmatch(r"\d{4}-\d{2}", value) or re.fullmatch(r"[\d.]+", value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(str, _str)


def write_yaml(name, data):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.dump(data, f, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------------------
# 1. Stockport NHS Foundation Trust - PLACE 2024 action plan (xlsx, sheet per domain)
# ---------------------------------------------------------------------------
def stockport():
    name = "rb-stockport-nhsft-place-2024-action-plan.xlsx"
    title = "Stockport NHS Foundation Trust – PLACE 2024 Action Plan"
    D = dt.datetime
    # (sheet, heading, score line, rows)
    # row: ref, area, action, lead-cell, leads, target, revised, brag, update, end, status
    domains = [
        ("Cleanliness", "Domain 1: Cleanliness",
         "Trust score 2024: 97.12%    National average 2024: 98.04%", [
             ("C1", "Wards A11 and A12",
              "Deep clean of sluice rooms and replacement of damaged sluice hopper units identified at assessment.",
              "Domestic Services Manager", ["Domestic Services Manager"],
              D(2025, 1, 31), None, "B", "Completed 20/12/2024. Hopper units replaced by Estates.", "2025-01", "blue"),
             ("C2", "Emergency Department",
              "Introduce a twice-daily cleaning check sheet for the ED waiting area toilets, monitored by the ED Housekeeper.",
              "Domestic Services Manager / ED Matron", ["Domestic Services Manager", "ED Matron"],
              D(2025, 2, 28), None, "G", "Check sheet in place from 6 January 2025; compliance audit due February.", "2025-02", "green"),
             ("C3", "All inpatient wards",
              "Review the curtain change schedule and introduce dated curtain tags trust-wide.",
              "Head of Infection Prevention and Control", ["Head of Infection Prevention and Control"],
              D(2025, 3, 31), D(2025, 6, 30), "A", "Supplier delay on tags. Revised date agreed at IPC Committee 14/01/2025.", "2025-06", "amber"),
         ]),
        ("Food & Hydration", "Domain 2: Food and Hydration",
         "Trust score 2024: 85.40%    National average 2024: 90.81%", [
             ("F1", "Medical wards B3, B4, B5",
              "Pilot a 24-hour snack box offer on three medical wards and evaluate against patient feedback.",
              "Catering Manager", ["Catering Manager"],
              D(2025, 3, 31), None, "G", "Pilot started on B3 and B4; B5 to follow in February.", "2025-03", "green"),
             ("F2", "All adult inpatient wards",
              "Deliver protected mealtimes refresher training for ward staff, including use of the red tray system.",
              "Lead Dietitian / Ward Managers", ["Lead Dietitian", "Ward Managers"],
              "Q4 2024/25", None, "G", "Sessions booked for all wards; 9 of 22 wards completed.", "2025-03", "green"),
             ("F3", "Catering production unit",
              "Review the choice of texture-modified (IDDSI) meals with the catering contractor and add two additional options to the menu.",
              "Catering Manager", ["Catering Manager"],
              D(2025, 6, 30), None, None, "Not yet started – awaiting contract review meeting.", "2025-06", "unrated"),
         ]),
        ("Condition & Appearance", "Domain 3: Condition, Appearance and Maintenance",
         "Trust score 2024: 91.06%    National average 2024: 95.47%", [
             ("M1", "Main corridor (Level 1)",
              "Replace damaged flooring and repaint corridor walls between the Main Entrance and Outpatients.",
              "Head of Estates", ["Head of Estates"],
              D(2025, 5, 31), D(2025, 10, 31), "A", "Works to be phased to avoid disruption; contractor appointed.", "2025-10", "amber"),
             ("M2", "Wards A1 to A4",
              "Repair or replace broken bedside lockers and over-bed tables identified during the assessment.",
              "Estates Maintenance Manager", ["Estates Maintenance Manager"],
              D(2025, 3, 31), None, "B", "All 37 items repaired or replaced.", "2025-03", "blue"),
             ("M3", "External grounds and car parks",
              "Replace faded and missing external wayfinding signage at the main entrance and car parks.",
              "Head of Estates; Patient Experience Lead", ["Head of Estates", "Patient Experience Lead"],
              D(2025, 9, 30), None, "R", "No capital funding identified for 2025/26; escalated to Capital Planning Group.", "2025-09", "red"),
         ]),
        ("Dementia & Disability", "Domain 4: Dementia and Disability",
         "Dementia 2024: 80.15% (national 82.53%)    Disability 2024: 84.90% (national 86.33%)", [
             ("D1", "Ward A3 (Elderly Care)",
              "Install dementia-friendly clocks and contrasting toilet seats in all bays and side rooms.",
              "Dementia Lead Nurse", ["Dementia Lead Nurse"],
              D(2025, 9, 30), None, "G", "Items ordered through charitable funds.", "2025-09", "green"),
             ("D2", "Outpatients reception",
              "Fit a hearing loop and lowered counter section at Outpatients reception.",
              "Head of Estates", ["Head of Estates"],
              D(2025, 12, 31), None, "G", "Included in the Outpatients refurbishment scheme.", "2025-12", "green"),
         ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Stepping Hill Hospital    Assessment date: 9 October 2024    Reported to: Patient Experience Group, 15 January 2025"
    ws["A4"] = "PLACE 2024 domain scores"
    ws["A4"].font = Font(bold=True)
    hdr = ["Domain", "Trust 2024", "National average 2024", "Trust 2023"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("D9E1F2")
        cell.border = BOX
    scores = [
        ("Cleanliness", "97.12%", "98.04%", "98.40%"),
        ("Food and hydration", "85.40%", "90.81%", "88.12%"),
        ("Privacy, dignity and wellbeing", "86.02%", "87.91%", "85.70%"),
        ("Condition, appearance and maintenance", "91.06%", "95.47%", "93.88%"),
        ("Dementia", "80.15%", "82.53%", "78.46%"),
        ("Disability", "84.90%", "86.33%", "83.02%"),
    ]
    for r, row in enumerate(scores, 6):
        for c, v in enumerate(row, 1):
            ws.cell(row=r, column=c, value=v).border = BOX
    ws["A13"] = "Action status (position at 31 December 2024)"
    ws["A13"].font = Font(bold=True)
    counts = {"B": 0, "G": 0, "A": 0, "R": 0, None: 0}
    for _, _, _, rows in domains:
        for row in rows:
            counts[row[7]] += 1
    summary = [("Complete (B)", counts["B"]), ("On track (G)", counts["G"]),
               ("At risk of slippage (A)", counts["A"]), ("Off track / overdue (R)", counts["R"]),
               ("Not started", counts[None]), ("Total actions", sum(counts.values()))]
    for r, (k, v) in enumerate(summary, 14):
        ws.cell(row=r, column=1, value=k).border = BOX
        ws.cell(row=r, column=2, value=v).border = BOX
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 22
    ws.column_dimensions["D"].width = 14

    key = wb.create_sheet("BRAG key")
    key["A1"] = "BRAG key"
    key["A1"].font = Font(bold=True)
    for r, (letter, col, meaning) in enumerate([
            ("B", "blue", "Complete – evidence provided to PLACE Steering Group"),
            ("G", "green", "On track to meet target date"),
            ("A", "amber", "At risk of slippage"),
            ("R", "red", "Off track / overdue – escalate"),
    ], 3):
        c = key.cell(row=r, column=1, value=letter)
        c.fill = fill(FILL[col])
        c.font = Font(bold=True, color="FFFFFF" if col in ("blue", "red") else "000000")
        key.cell(row=r, column=2, value=meaning)
    key["A8"] = "Blank = not yet started"
    key.column_dimensions["B"].width = 55

    expected = []
    heads = ["Ref", "Ward / area", "Action", "Lead", "Target date", "Revised date", "BRAG", "Update (December 2024)"]
    for sheet, heading, scoreline, rows in domains:
        s = wb.create_sheet(sheet)
        s["A1"] = heading
        s["A1"].font = Font(bold=True, size=13)
        s["A2"] = scoreline
        s["A2"].font = Font(italic=True)
        for c, h in enumerate(heads, 1):
            cell = s.cell(row=4, column=c, value=h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill("005EB8")
            cell.border = BOX
            cell.alignment = WRAP
        r = 5
        for (ref, area, action, leadcell, leads, target, revised, brag, update, end, status) in rows:
            vals = [ref, area, action, leadcell, target, revised, brag, update]
            for c, v in enumerate(vals, 1):
                cell = s.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if brag:
                b = s.cell(row=r, column=7)
                b.fill = fill(FILL[{"B": "blue", "G": "green", "A": "amber", "R": "red"}[brag]])
                b.alignment = Alignment(horizontal="center", vertical="top")
            expected.append(act(ref, [heading], action, leads, end, status))
            r += 1
        for col, w in zip("ABCDEFGH", [6, 22, 60, 30, 12, 12, 7, 45]):
            s.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "Imitates an NHS acute trust's PLACE (Patient-Led Assessments of the Care Environment) action plan "
                  "as taken to a Patient Experience Group after the autumn assessment (Stockport NHS Foundation Trust, "
                  "Stepping Hill Hospital, PLACE 2024; no URL, layout modelled on published trust PLACE results-and-actions "
                  "board papers). Copied features: summary sheet with domain scores against the national average and a "
                  "BRAG status count, separate BRAG key sheet, one sheet per PLACE domain with a domain heading and score "
                  "line, ward/area column, target and revised dates as real dates, BRAG letter with fill colour, blank BRAG "
                  "for not started, a quarter (Q4 2024/25) as a target, two posts in one lead cell.",
        "reads": "A workbook with a summary and a key, then four domain sheets each listing numbered actions (C1-C3, F1-F3, "
                 "M1-M3, D1-D2) for Stepping Hill Hospital after PLACE 2024. Each action has a lead post, a target date, "
                 "sometimes a revised date, and a BRAG letter; one action is not yet started and has no BRAG.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 2. Greater Manchester FRS - HMICFRS improvement plan (xlsx, pillar + AFI merged rows, fill-only RAG)
# ---------------------------------------------------------------------------
def gmfrs():
    name = "rb-greater-manchester-fire-rescue-service-hmicfrs-afi-improvement-plan.xlsx"
    title = "Greater Manchester Fire and Rescue Service – HMICFRS Round 3 Improvement Plan"
    D = dt.datetime
    pillars = [
        ("Effectiveness", [
            ("AFI 1 – The service should make sure it has an effective system for staff to use learning and debriefs to improve operational response and incident command.", [
                ("1.1", "Review the operational learning policy and introduce a single debrief reporting route through the Operational Assurance Team.",
                 "Head of Operational Assurance", ["Head of Operational Assurance"], D(2025, 3, 31), None, "green", "blue",
                 "Policy approved by SLT 18/03/2025; single reporting route live.", "2025-03", "blue"),
                ("1.2", "Publish a quarterly Operational Learning Bulletin to all watches, including learning from National Operational Guidance and Joint Organisational Learning (JOL).",
                 "Head of Operational Assurance", ["Head of Operational Assurance"], D(2025, 6, 30), D(2025, 9, 30), "amber", "green",
                 "First bulletin drafted; publication moved to Q2 to align with new intranet.", "2025-09", "green"),
            ]),
            ("AFI 2 – The service should make sure its prevention work is focused on the people most at risk, and that it evaluates how effective its Home Fire Safety Assessments are.", [
                ("2.1", "Refresh the risk-based targeting model for Home Fire Safety Assessments using NHS and partner data.",
                 "Area Manager – Prevention", ["Area Manager – Prevention"], D(2024, 12, 31), None, "green", "blue",
                 "New targeting model in use from January 2025.", "2024-12", "blue"),
                ("2.2", "Develop an evaluation framework for prevention activity, with outcomes reported to the Prevention Board.",
                 "Area Manager – Prevention / Head of Performance", ["Area Manager – Prevention", "Head of Performance"],
                 D(2025, 3, 31), D(2025, 7, 31), "amber", "amber",
                 "Framework drafted with the University of Salford; data sharing agreement still outstanding.", "2025-07", "amber"),
            ]),
        ]),
        ("Efficiency", [
            ("AFI 3 – The service should make sure it has effective measures in place to assure itself that its workforce is productive, and that their time is used as efficiently and effectively as possible.", [
                ("3.1", "Implement a station activity recording module in the new rostering system.",
                 "Director of Digital Transformation", ["Director of Digital Transformation"], D(2025, 9, 30), None, "green", "green",
                 "Module in user testing at three pilot stations.", "2025-09", "green"),
                ("3.2", "Introduce monthly productivity reporting to the Service Leadership Team.",
                 "Head of Performance", ["Head of Performance"], D(2025, 4, 30), None, "amber", "red",
                 "Dependent on action 3.1; reporting cannot start until activity data is available.", "2025-04", "red"),
            ]),
        ]),
        ("People", [
            ("AFI 4 – The service should make sure its workforce plan takes full account of the skills and capabilities it needs to carry out its community risk management plan.", [
                ("4.1", "Produce a five-year Strategic Workforce Plan aligned to the Annual Delivery Plan.",
                 "Director of People", ["Director of People"], D(2025, 3, 31), None, "green", "blue",
                 "Strategic Workforce Plan 2025–30 approved by Fire Committee.", "2025-03", "blue"),
                ("4.2", "Complete a skills gap analysis for supervisory managers, including incident command competence.",
                 "Head of Learning and Development", ["Head of Learning and Development"], D(2025, 10, 31), None, None, None,
                 "Not started – scheduled to begin after the promotion process closes.", "2025-10", "unrated"),
            ]),
            ("AFI 5 – The service should make sure all staff understand how to raise concerns about bullying, harassment and discrimination, and have confidence in the process.", [
                ("5.1", "Launch an independent reporting line (Safecall).\nPromote it through station visits by the Chief Fire Officer and senior leaders.",
                 "Deputy Chief Fire Officer", ["Deputy Chief Fire Officer"], D(2025, 1, 31), None, "green", "blue",
                 "Safecall launched 6 January 2025; 41 station visits completed.", "2025-01", "blue"),
                ("5.2", "Survey staff confidence in the grievance and complaints process and report the results to the Fire Committee.",
                 "Director of People; Head of EDI", ["Director of People", "Head of EDI"], D(2025, 12, 31), None, "green", "green",
                 "Survey questions agreed with representative bodies.", "2025-12", "green"),
            ]),
        ]),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Response to the HMICFRS inspection report (Effectiveness, efficiency and people 2023–25). Reported quarterly to the GMCA Fire Committee."
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Change"),
          ("1.0", "15/04/2024", "Improvement Programme Manager", "First version approved by SLT"),
          ("1.2", "04/12/2024", "Improvement Programme Manager", "Q3 update for Fire Committee"),
          ("1.3", "11/03/2025", "Improvement Programme Manager", "Q4 update; revised dates for 1.2 and 2.2"),
          ("1.4", "09/06/2025", "Improvement Programme Manager", "Q1 2025/26 update for Fire Committee")]
    for r, row in enumerate(dc, 5):
        for c, v in enumerate(row, 1):
            cell = cov.cell(row=r, column=c, value=v)
            cell.border = BOX
            if r == 5:
                cell.font = Font(bold=True)
                cell.fill = fill("D9D9D9")
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    for r, (col, meaning) in enumerate([
            ("blue", "Complete – evidence accepted by the Improvement Board"),
            ("green", "On track"),
            ("amber", "Minor slippage – recoverable within the quarter"),
            ("red", "Significant slippage / off track"),
    ], 12):
        cov.cell(row=r, column=1).fill = fill(FILL[col])
        cov.cell(row=r, column=1).border = BOX
        cov.cell(row=r, column=2, value=meaning)
    cov["A16"] = "No colour = not yet started"
    cov.column_dimensions["A"].width = 12
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 30
    cov.column_dimensions["D"].width = 45

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    heads = ["Ref", "Action", "Owner", "Original due date", "Revised due date",
             "Previous RAG (Mar-25)", "Current RAG (Jun-25)", "Progress commentary"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("C00000")
        cell.border = BOX
        cell.alignment = WRAP
    expected = []
    r = 4
    counts = {}
    for pillar, afis in pillars:
        ws.cell(row=r, column=1, value=pillar).font = Font(bold=True, size=12)
        ws.cell(row=r, column=1).fill = fill("BFBFBF")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for afi, rows in afis:
            cell = ws.cell(row=r, column=1, value=afi)
            cell.font = Font(bold=True)
            cell.fill = fill("F2F2F2")
            cell.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 32
            r += 1
            for (ref, action, ownercell, owners, orig, rev, prev, cur, comm, end, status) in rows:
                vals = [ref, action, ownercell, orig, rev, None, None, comm]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.border = BOX
                    cell.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                if prev:
                    ws.cell(row=r, column=6).fill = fill(FILL[prev])
                if cur:
                    ws.cell(row=r, column=7).fill = fill(FILL[cur])
                expected.append(act(ref, [pillar, afi], action, owners, end, status))
                counts.setdefault(pillar, {}).setdefault(status, 0)
                counts[pillar][status] += 1
                r += 1
    for col, w in zip("ABCDEFGH", [6, 60, 30, 13, 13, 11, 11, 50]):
        ws.column_dimensions[col].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress – June 2025"
    sm["A1"].font = Font(bold=True)
    shdr = ["Pillar", "AFIs", "Actions", "Complete", "On track", "Minor slippage", "Off track", "Not started"]
    for c, h in enumerate(shdr, 1):
        sm.cell(row=3, column=c, value=h).font = Font(bold=True)
    rr = 4
    tot = [0] * 7
    for pillar, afis in pillars:
        cs = counts[pillar]
        vals = [len(afis), sum(cs.values()), cs.get("blue", 0), cs.get("green", 0), cs.get("amber", 0),
                cs.get("red", 0), cs.get("unrated", 0)]
        sm.cell(row=rr, column=1, value=pillar)
        for c, v in enumerate(vals, 2):
            sm.cell(row=rr, column=c, value=v)
            tot[c - 2] += v
        rr += 1
    sm.cell(row=rr, column=1, value="Total").font = Font(bold=True)
    for c, v in enumerate(tot, 2):
        sm.cell(row=rr, column=c, value=v).font = Font(bold=True)
    sm.column_dimensions["A"].width = 16
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "Imitates a fire and rescue service's HMICFRS improvement plan as reported quarterly to its fire "
                  "committee (Greater Manchester Fire and Rescue Service, response to the 2023–25 round 3 inspection; "
                  "layout modelled on published FRS HMICFRS action plans such as Leicestershire's and Buckinghamshire's "
                  "improvement plans). Copied features: cover sheet with document control table and a colour-only RAG key, "
                  "pillar rows (Effectiveness/Efficiency/People) and 'AFI n – The service should…' rows merged across the "
                  "sheet above their actions, original and revised due dates, previous and current RAG shown only by fill "
                  "colour, an unfilled RAG for a not-started action, an action cell with a line break, a summary sheet "
                  "with counts per pillar.",
        "reads": "Ten numbered actions (1.1-5.2) answering five HMICFRS areas for improvement grouped under the three "
                 "inspection pillars. Each has an owner (a post), an original due date and sometimes a revised one, and "
                 "previous and current RAG colours; the status is the current RAG colour (blue = complete per the key).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 3. Gentoo Group - RSH consumer standards improvement plan, typo month (xlsx, refuse)
# ---------------------------------------------------------------------------
def gentoo():
    name = "rb-gentoo-group-rsh-consumer-standards-improvement-plan-typo-month-refuse.xlsx"
    title = "Gentoo Group – Consumer Standards Improvement Plan"
    sections = [
        ("1. Safety and Quality Standard", [
            ("1.1", "Stock quality", "Complete stock condition surveys on the remaining 22% of homes not surveyed in the last five years.",
             "Executive Director of Property", "Head of Asset Management", "March 2026", "Green",
             "4,310 surveys completed since April; surveyor capacity increased."),
            ("1.2", "Health and safety", "Clear all overdue fire risk assessment actions classed as high priority.",
             "Executive Director of Property", "Building Safety Manager", "Dec 2025", "Amber",
             "118 high-priority actions open (from 406 in March)."),
            ("1.3", "Health and safety", "Introduce a single compliance dashboard for the big six (gas, electrical, fire, water, asbestos, lifts) reported monthly to the Board.",
             "Chief Executive", "Head of Compliance", "Sept 2025", "Complete",
             "Dashboard live; first Board report July 2025."),
            ("1.4", "Repairs, maintenance and planned improvements", "Reduce the backlog of damp and mould cases so that all cases are inspected within 10 working days.",
             "Executive Director of Customer Services", "Repairs Manager", "Febuary 2026", "Amber",
             "Average time to inspect 14 working days; additional surveyor recruited."),
        ]),
        ("2. Transparency, Influence and Accountability Standard", [
            ("2.1", "Engagement with tenants", "Establish a Tenant Scrutiny Panel with a published annual work programme agreed with the Board.",
             "Executive Director of Customer Services", "Customer Engagement Manager", "Nov 2025", "Green",
             "Eight tenants recruited; induction in October."),
            ("2.2", "Diverse needs", "Collect and hold vulnerability and communication needs data for at least 85% of tenancies.",
             "Executive Director of Customer Services", "Head of Tenancy Services", "March 2026", "Red",
             "Data held for 61% of tenancies; CRM field changes delayed."),
            ("2.3", "Complaints", "Publish complaint handling performance and learning on the website every quarter.",
             "Director of Governance", "Complaints Manager", "Oct 2025", "Green", "Q1 report published."),
        ]),
        ("3. Tenancy Standard", [
            ("3.1", "Tenancy sustainment", "Review the tenancy sustainment service to target support at tenants in their first year.",
             "Executive Director of Customer Services", "Head of Tenancy Services", "Jan 2026", "Green",
             "Review scope agreed with the Customer Committee."),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Board-approved plan following the Regulator of Social Housing inspection    Version 1.3    Position at 31 August 2025"
    ws.merge_cells("A2:H2")
    heads = ["Ref", "Required outcome", "Action", "Accountable director", "Responsible manager", "Target date", "Status", "Update / evidence"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("5B2C6F")
        cell.border = BOX
        cell.alignment = WRAP
    r = 5
    typo_row = None
    colours = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    for heading, rows in sections:
        ws.cell(row=r, column=1, value=heading).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("E8DAEF")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for row in rows:
            for c, v in enumerate(row, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
            ws.cell(row=r, column=7).fill = fill(FILL[colours[row[6]]])
            if row[5] == "Febuary 2026":
                typo_row = r
            r += 1
    ws.cell(row=r + 1, column=1, value="Status key: Complete = action closed with evidence; Green = on track; Amber = some slippage; Red = off track.")
    for col, w in zip("ABCDEFGH", [6, 24, 55, 30, 26, 14, 11, 45]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "Imitates a large housing association's board-approved improvement plan against the Regulator of Social "
                  "Housing consumer standards after an RSH inspection (Gentoo Group, Sunderland, 2025; layout modelled on "
                  "published landlord consumer standards improvement plans). Copied features: title and version/position "
                  "line, purple header row, merged standard band rows, required outcome column, accountable director and "
                  "responsible manager in separate columns, month-name target dates, status words with fill colour, a "
                  "status key line under the table.",
        "reads": "Eight actions grouped under three consumer standards, each with a required outcome, two leads, a target "
                 "month and a status. The target date of action 1.4 reads 'Febuary 2026', a mistyped month, so a careful "
                 "reader stops there and asks what was meant before importing the plan.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })


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


def set_cell(cell, text, bold=False):
    """Write text; inner \n becomes separate paragraphs in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for part in parts[1:]:
        p2 = cell.add_paragraph()
        r2 = p2.add_run(part)
        r2.bold = bold


def header_row(table, heads, colour):
    for c, h in enumerate(heads):
        cell = table.rows[0].cells[c]
        set_cell(cell, h, bold=True)
        shade(cell, colour)


# ---------------------------------------------------------------------------
# 4. Meadowside Surgery - CQC inspection action plan (docx, table per requirement notice)
# ---------------------------------------------------------------------------
def meadowside():
    name = "rb-meadowside-surgery-cqc-inspection-action-plan.docx"
    title = "Meadowside Surgery – CQC Inspection Action Plan"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Inspection date: 14 May 2024    Report published: 2 July 2024    Overall rating: Requires improvement")

    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([
            ("Provider", "Meadowside Surgery (Dr A Khan & Partners)"),
            ("Registered manager", "Dr Amir Khan"),
            ("Action plan owner", "Practice Manager"),
            ("Version", "3.0 – updated 30 September 2024")]):
        set_cell(info.rows[i].cells[0], k, bold=True)
        set_cell(info.rows[i].cells[1], v)
    doc.add_paragraph("RAG key: Blue – complete; Green – on track; Amber – delayed but recoverable; Red – overdue or at risk.")

    colour = {"Blue": "5B9BD5", "Green": "70AD47", "Amber": "FFC000", "Red": "FF0000"}
    status = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    expected = []

    must = [
        ("Requirement notice 1 – Regulation 12: Safe care and treatment",
         "Ensure care and treatment is provided in a safe way to patients, including the proper and safe management of medicines and the monitoring of patients prescribed high-risk medicines.",
         [
             ("1.1", "Complete a full search of patients prescribed methotrexate, lithium and DOACs and recall any patient overdue monitoring bloods.",
              "Dr A Khan / Clinical Pharmacist", ["Dr A Khan", "Clinical Pharmacist"], "31/08/2024", "2024-08", None,
              "Search completed 12/07/2024; 23 patients recalled, all now monitored.", "Blue"),
             ("1.2", "Introduce a monthly high-risk drug monitoring audit, with results reviewed at the clinical governance meeting.",
              "Clinical Pharmacist", ["Clinical Pharmacist"], "Monthly", None, "Monthly",
              "Audits completed July, August and September.", "Green"),
             ("1.3", "Ensure all medication reviews are structured and clearly documented using the practice's SMR template.",
              "GP Partners", ["GP Partners"], "31/10/2024", "2024-10", None,
              "Template in use; notes audit shows 78% compliance.", "Amber"),
             ("1.4", "Review and update the emergency medicines risk assessment to include the rationale for any medicines not held.",
              "Practice Manager", ["Practice Manager"], "31/08/2024", "2024-08", None,
              "Risk assessment updated and signed off by partners.", "Blue"),
             ("1.5", "Implement a weekly check of emergency equipment and oxygen, recorded on the shared drive.",
              "Practice Nurse Lead", ["Practice Nurse Lead"], "31/07/2024", "2024-07", None,
              "Weekly checks in place since 8 July.", "Blue"),
         ]),
        ("Requirement notice 2 – Regulation 17: Good governance",
         "Establish effective systems and processes to ensure good governance in accordance with the fundamental standards of care.",
         [
             ("2.1", "Put in place a staff training matrix.\nEnsure all staff complete safeguarding, basic life support and infection prevention and control training.",
              "Practice Manager", ["Practice Manager"], "30/11/2024", "2024-11", None,
              "Matrix in place. 84% compliance at 30/09/2024; two staff on long-term leave.", "Amber"),
             ("2.2", "Ensure that all significant events are recorded, discussed at the monthly practice meeting and learning shared with the whole team.",
              "Practice Manager / Dr S Patel", ["Practice Manager", "Dr S Patel"], "30/09/2024", "2024-09", None,
              "Significant event log and template introduced; standing item on practice meeting agenda.", "Green"),
             ("2.3", "Commission a legionella risk assessment from an external contractor and act on its findings.",
              "Practice Manager", ["Practice Manager"], "31/08/2024 (revised 31/12/2024)", "2024-12", None,
              "Landlord (NHS Property Services) arranging assessment; date moved.", "Amber"),
         ]),
    ]
    heads = ["Ref", "Action required", "Lead", "By when", "Progress update", "RAG"]
    for heading, must_text, rows in must:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(must_text)
        t = doc.add_table(rows=1 + len(rows), cols=6)
        t.style = "Table Grid"
        header_row(t, heads, "D9E2F3")
        for i, (ref, action, leadcell, leads, when, end, end_text, upd, rag) in enumerate(rows, 1):
            cells = t.rows[i].cells
            for c, v in enumerate([ref, action, leadcell, when, upd, rag]):
                set_cell(cells[c], v)
            shade(cells[5], colour[rag])
            expected.append(act(ref, [heading, must_text], action, leads, end, status[rag], end_text))

    doc.add_heading("Areas where the practice should make improvements", level=2)
    should = [
        ("S1", "Continue to improve the uptake of cervical screening.",
         "Add opportunistic screening prompts to the clinical system and offer Saturday morning smear clinics through the PCN enhanced access service.",
         "Practice Nurse Lead", ["Practice Nurse Lead"], "31/03/2025", "2025-03", "Green"),
        ("S2", "Take action to improve patient satisfaction with telephone access.",
         "Install a cloud-based telephony system with call-back and queue position messaging.",
         "Practice Manager", ["Practice Manager"], "31/01/2025", "2025-01", "Green"),
        ("S3", "Ensure the practice has an active Patient Participation Group.",
         "Relaunch the Patient Participation Group with a virtual option, advertised on the website and in the waiting room.",
         "Reception Team Leader", ["Reception Team Leader"], "31/12/2024", "2024-12", "Red"),
    ]
    t = doc.add_table(rows=1 + len(should), cols=6)
    t.style = "Table Grid"
    header_row(t, ["Ref", "Should do", "Action", "Lead", "By when", "RAG"], "E2EFD9")
    for i, (ref, sd, action, leadcell, leads, when, end, rag) in enumerate(should, 1):
        cells = t.rows[i].cells
        for c, v in enumerate([ref, sd, action, leadcell, when, rag]):
            set_cell(cells[c], v)
        shade(cells[5], colour[rag])
        expected.append(act(ref, ["Areas where the practice should make improvements", sd], action, leads, end, status[rag]))

    doc.add_paragraph("")
    doc.add_paragraph("Sign-off")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for c, v in enumerate(["Name", "Role", "Date"]):
        set_cell(so.rows[0].cells[c], v, bold=True)
    for c, v in enumerate(["Dr Amir Khan", "Registered Manager / Senior Partner", "30/09/2024"]):
        set_cell(so.rows[1].cells[c], v)
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "Imitates a GP practice's action plan sent to CQC after a 'requires improvement' inspection with "
                  "requirement notices (Meadowside Surgery, 2024; a practice-level plan of the kind GP practices publish "
                  "on their websites). Copied features: title, inspection/report/rating line, practice details table, "
                  "RAG key paragraph, one heading per requirement notice (regulation breached) with the 'must' statement "
                  "under it and its own table of actions, a separate table for the 'should' improvements with the should "
                  "text in its own column, RAG words with cell shading, a GP and a post in one lead cell, a 'Monthly' "
                  "target, an original and revised date in one cell, a two-paragraph action cell, a sign-off table.",
        "reads": "Eleven actions: five under the Regulation 12 requirement notice, three under Regulation 17, and three "
                 "answering the 'should' improvements. Each has a ref, a lead, a 'By when' and a RAG word; the legionella "
                 "action's date was revised to 31/12/2024 and the monthly audit has no end month.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 5. University of Chichester - Board of Governors action log (docx, table per meeting)
# ---------------------------------------------------------------------------
def chichester():
    name = "rb-university-of-chichester-board-of-governors-action-log.docx"
    title = "University of Chichester – Board of Governors: Action Log"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    cover = doc.add_table(rows=3, cols=4)
    cover.style = "Table Grid"
    for i, row in enumerate([("Paper", "BG/25/44", "Meeting", "Board of Governors, 26 June 2025"),
                             ("Author", "Clerk to the Board", "Classification", "Open"),
                             ("Purpose", "For information", "Date of paper", "16 June 2025")]):
        for c, v in enumerate(row):
            set_cell(cover.rows[i].cells[c], v, bold=(c % 2 == 0))
    doc.add_heading(title, level=1)
    doc.add_paragraph("The log lists actions arising from recent meetings. Actions reported as complete are removed after "
                      "they have been reported to one meeting.")
    doc.add_paragraph("Status: Complete – action closed; Green – on track; Amber – at risk of delay; Red – overdue.")

    meetings = [
        ("Meeting of 21 November 2024", [
            ("24/61", "Circulate the final Annual Report and Financial Statements 2023/24 to governors once signed by the external auditors.",
             "Clerk to the Board", ["Clerk to the Board"], "Dec-24", "2024-12", None, "Complete", "Circulated 12 December 2024."),
            ("24/63", "Bring a revised Estates Masterplan to the Board, including options for the Bognor Regis campus.",
             "Director of Estates and Facilities", ["Director of Estates and Facilities"], "Jun-25", "2025-06", None, "Amber",
             "Finance and Resources Committee asked for further costings; may move to October."),
            ("24/66", "Provide governors with a briefing on the Office for Students’ new condition E6 on harassment and sexual misconduct.",
             "University Secretary", ["University Secretary"], "Feb-25", "2025-02", None, "Complete", "Briefing held 6 February 2025."),
        ]),
        ("Meeting of 13 March 2025", [
            ("25/12", "Include sector benchmarking on student continuation and completion in the next KPI report.",
             "Pro Vice-Chancellor (Education)", ["Pro Vice-Chancellor (Education)"], "Next meeting", None, "Next meeting", "Green",
             "Benchmarking included in item 9."),
            ("25/15", "Commission an externally facilitated review of the Board’s effectiveness and report the findings to the Nominations and Governance Committee.",
             "Chair of the Board / University Secretary", ["Chair of the Board", "University Secretary"], "Oct-25", "2025-10", None, "Green",
             "Facilitator appointed; interviews in September."),
            ("25/19", "Circulate the draft cyber security incident response plan to members of the Audit and Risk Committee.",
             "Chief Information Officer", ["Chief Information Officer"], "Apr-25", "2025-04", None, "Red",
             "Plan awaiting sign-off following the external penetration test."),
        ]),
        ("Meeting of 15 May 2025", [
            ("25/31", "Present the 2025/26 budget and five-year financial forecast, including the impact of the increase in employer National Insurance contributions.",
             "Chief Financial Officer", ["Chief Financial Officer"], "Jun-25", "2025-06", None, "Green", "On the agenda for this meeting."),
            ("25/34", "Keep the Board’s Prevent lead governor informed of the revised Prevent risk assessment and action plan.",
             "Deputy Vice-Chancellor; Head of Student Wellbeing", ["Deputy Vice-Chancellor", "Head of Student Wellbeing"],
             "Ongoing", None, "Ongoing", "Green", ""),
        ]),
    ]
    stat = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    expected = []
    for heading, rows in meetings:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1 + len(rows), cols=6)
        t.style = "Light Grid Accent 1"
        header_row(t, ["Minute", "Action", "Owner", "Due", "Status", "Update"], "DEEAF6")
        for i, (ref, action, ownercell, owners, due, end, end_text, st, upd) in enumerate(rows, 1):
            for c, v in enumerate([ref, action, ownercell, due, st, upd]):
                set_cell(t.rows[i].cells[c], v)
            expected.append(act(ref, [heading], action, owners, end, stat[st], end_text))
    doc.add_paragraph("")
    doc.add_paragraph("Actions completed and removed since the last meeting: 4.")
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "Imitates a university board of governors' rolling action log presented under 'matters arising' "
                  "(University of Chichester, Board of Governors, June 2025; layout modelled on English university board "
                  "papers). Copied features: paper cover table (paper number, meeting, author, classification), title "
                  "heading, explanatory and status-key paragraphs, one Heading 2 per meeting with its own table, minute "
                  "numbers as refs, job titles as owners (two in one cell with '/' and ';'), due as Mon-YY, 'Next "
                  "meeting' and 'Ongoing', status as Complete or a RAG word, a closing note on removed actions.",
        "reads": "Eight actions from three board meetings, each identified by its minute number, with an owner, a due "
                 "month (or 'Next meeting' / 'Ongoing') and a status. The meeting headings group the actions; there are "
                 "no inspection recommendations.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 6. Devon and Cornwall Police - custody inspection action plan (csv export)
# ---------------------------------------------------------------------------
def devon_cornwall():
    name = "rb-devon-and-cornwall-police-custody-inspection-action-plan.csv"
    title = "Devon and Cornwall Police – Custody Inspection Action Plan"
    A1 = "Leadership, accountability and partnerships"
    A2 = "In the custody suite: booking in, individual needs and legal rights"
    A3 = "In the custody cell: safeguarding and health care"
    A4 = "Release and transfer from custody"
    R1 = "The force should make sure it has effective oversight of the use of force in custody, and that its use of force data is accurate and complete."
    R2 = "The force should make sure that detainees' needs are met, including by providing sufficient privacy at the booking-in desks."
    R3 = "The force should make sure that healthcare provision in custody is effective and that the healthcare contract is properly monitored."
    R4 = "The force should make sure that children are not held in custody overnight unless absolutely necessary, and that local authorities provide alternative accommodation when it is requested."
    R5 = "The force should make sure that pre-release risk assessments are completed thoroughly and that detainees are given information about support services on release."
    rows = [
        ("A1.1", A1, R1, "Introduce a monthly use of force dip sample by the custody inspectors, with findings reported to the Custody Governance Board.",
         "Custody Quality Assurance Inspector", ["Custody Quality Assurance Inspector"], "31/12/2024", "", "Blue",
         "Dip sampling in place since October 2024.", "2024-12", None, "blue"),
        ("A1.2", A1, R1, "Work with Digital Services to make completion of the use of force form mandatory before a custody record can be closed.",
         "Head of Criminal Justice / Digital Services Business Partner", ["Head of Criminal Justice", "Digital Services Business Partner"],
         "31/03/2025", "30/09/2025", "Amber", "System change scheduled in the NICHE release for September.", "2025-09", None, "amber"),
        ("A2.1", A2, R2, "Install privacy screens at the booking-in desks at Charles Cross and Camborne custody centres.",
         "Estates Project Manager", ["Estates Project Manager"], "31/01/2025", "", "Blue", "Screens fitted January 2025.", "2025-01", None, "blue"),
        ("A2.2", A2, R2, "Update custody officer training to cover booking in detainees with protected characteristics, including the offer of a same-sex officer.",
         "Custody Training Lead", ["Custody Training Lead"], "30/06/2025", "", "Green", "Module written; delivery on training days from May.", "2025-06", None, "green"),
        ("A3.1", A3, R3, "Hold monthly contract review meetings with the healthcare provider, covering key performance data including waiting times for detainees to be seen.",
         "Head of Criminal Justice; Contracts Manager", ["Head of Criminal Justice", "Contracts Manager"], "31/10/2024", "", "Blue",
         "Monthly meetings established; KPI pack agreed.", "2024-10", None, "blue"),
        ("A3.2", A3, R3, "Commission an independent clinical audit of medicines administration in custody.",
         "Contracts Manager", ["Contracts Manager"], "30/11/2025", "", "", "", "2025-11", None, "unrated"),
        ("A4.1", A4, R4, "Agree a joint protocol on PACE transfers with Devon County Council, Plymouth City Council, Torbay Council and Cornwall Council.",
         "Head of Criminal Justice", ["Head of Criminal Justice"], "31/03/2025", "31/07/2025", "Green",
         "Draft protocol with the four local authorities for sign-off.", "2025-07", None, "green"),
        ("A4.2", A4, R4, "Report the number of children detained overnight, and the reasons, to the Local Criminal Justice Board every quarter.",
         "Custody Performance Analyst", ["Custody Performance Analyst"], "Quarterly", "", "Green", "Q4 2024/25 report submitted.", None, "Quarterly", "green"),
        ("A5.1", A4, R5, "Refresh the pre-release risk assessment guidance and introduce a quality check by the custody sergeant at the point of release.",
         "Custody Quality Assurance Inspector", ["Custody Quality Assurance Inspector"], "31/05/2025", "", "Red",
         "Guidance drafted; quality check not yet in place because of staffing.", "2025-05", None, "red"),
    ]
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([title])
        w.writerow(["HMICFRS and HM Inspectorate of Prisons unannounced inspection of police custody suites; position at 30/06/2025"])
        w.writerow([])
        w.writerow(["Ref", "Inspection area", "Recommendation / area for improvement", "Action", "Action owner",
                    "Original deadline", "Revised deadline", "RAG", "Latest update"])
        for row in rows:
            w.writerow(list(row[:5]) + list(row[6:10]))
        w.writerow([])
        w.writerow(["Exported from 4Action on 02/07/2025 09:14 by Criminal Justice Business Support"])
    expected = [act(r[0], [r[1], r[2]], r[3], r[5], r[10], r[12], r[11]) for r in rows]
    write_yaml(name, {
        "source": "Imitates a police force's action plan in response to a joint HMICFRS / HMI Prisons unannounced "
                  "inspection of police custody suites, exported as CSV from an action-tracking system (Devon and Cornwall "
                  "Police, 2024–25; the inspection areas are the headings of 'Expectations for police custody' used in "
                  "the published custody reports). Copied features: title and position lines above the header, one row "
                  "per action with the inspection area and the recommendation/area for improvement repeated on each of "
                  "its action rows, original and revised deadlines, RAG word, 'Quarterly' deadline, blank RAG for an "
                  "action not started, an export footer line.",
        "reads": "Nine actions (A1.1-A5.1), each repeating the custody inspection area and the inspectors' recommendation "
                 "it answers, with an owner, an original deadline, sometimes a revised deadline, and a RAG word. The "
                 "revised deadline, where given, is the end.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 7. General Pharmaceutical Council - Council action log (tab-separated txt)
# ---------------------------------------------------------------------------
def gphc():
    name = "rb-general-pharmaceutical-council-council-action-log.txt"
    title = "General Pharmaceutical Council – Council action log (public business)"
    rows = [
        ("C25/14", "13/02/2025", "Circulate the updated equality, diversity and inclusion workforce data report to Council members.",
         "Director of People", ["Director of People"], "March 2025", "Complete", "Circulated 21/03/2025.", "2025-03", None, "blue"),
        ("C25/22", "10/04/2025", "Bring forward proposals to reduce the number of fitness to practise cases that are more than two years old.",
         "Chief Enforcement Officer", ["Chief Enforcement Officer"], "September 2025", "On track", "Proposals on the agenda for this meeting (item 9).",
         "2025-09", None, "green"),
        ("C25/24", "10/04/2025", "Provide an analysis of registration assessment outcomes by candidates’ ethnicity and training route.",
         "Chief Strategy Officer / Head of Education", ["Chief Strategy Officer", "Head of Education"], "July 2025", "Complete",
         "Analysis presented at the workshop on 10 July.", "2025-07", None, "blue"),
        ("C25/31", "12/06/2025", "Arrange a Council workshop on the regulation of online pharmacy services, including the use of online questionnaires for prescribing.",
         "Chief Executive and Registrar", ["Chief Executive and Registrar"], "Oct-25", "On track", "Workshop booked for 9 October.",
         "2025-10", None, "green"),
        ("C25/33", "12/06/2025", "Review the risk appetite for the strategic risk on financial sustainability and report back through the Audit and Risk Committee.",
         "Chief Operating Officer", ["Chief Operating Officer"], "December 2025", "Not started", "", "2025-12", None, "unrated"),
        ("C25/35", "12/06/2025", "Publish the consultation response on the standards for the initial education and training of pharmacy technicians, with a summary of the changes made.",
         "Chief Strategy Officer", ["Chief Strategy Officer"], "31/07/2025", "Amber", "Publication delayed pending final legal review.",
         "2025-07", None, "amber"),
        ("C25/37", "12/06/2025", "Keep Council updated on progress with implementing the new rules on supervision and pharmacy technicians.",
         "Chief Strategy Officer", ["Chief Strategy Officer"], "Ongoing", "On track", "Standing item in the Chief Executive's report.",
         None, "Ongoing", "green"),
        ("C25/40", "12/06/2025", "Send members the revised terms of reference for the Council effectiveness review.",
         "Council Secretary", ["Council Secretary"], "Aug-25", "Red", "Not yet sent – awaiting Chair's comments.", "2025-08", None, "red"),
    ]
    lines = [
        title,
        "Updated for the Council meeting on 11 September 2025 (item 4: actions and matters arising)",
        "",
        "\t".join(["Minute", "Meeting", "Action", "Responsible", "Due", "Status", "Update"]),
    ]
    for r in rows:
        lines.append("\t".join([r[0], r[1], r[2], r[3], r[5], r[6], r[7]]))
    lines += [
        "",
        "Actions marked Complete will be removed from the log once noted by Council.",
        "Open actions: 6    Complete since last meeting: 2",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    expected = [act(r[0], [], r[2], r[4], r[8], r[10], r[9]) for r in rows]
    write_yaml(name, {
        "source": "Imitates the rolling action log a national healthcare professional regulator's council takes under "
                  "'Actions and matters arising' (General Pharmaceutical Council, public business, September 2025; "
                  "agenda pattern from pharmacyregulation.org council meeting pages), saved as tab-separated text. "
                  "Copied features: title and meeting line, one flat table with minute number and meeting date columns, "
                  "executive job titles as responsible officers (one with 'and' in the title, two posts split by '/'), due "
                  "as month names, Mon-YY, a day date and 'Ongoing', status words (Complete, On track, Not started, Amber, "
                  "Red), footer lines with a count.",
        "reads": "Eight council actions in one table, each with a minute number, the meeting it came from, the "
                 "responsible executive, a due date and a status. There are no headings over the actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


if __name__ == "__main__":
    stockport()
    gmfrs()
    gentoo()
    meadowside()
    chichester()
    devon_cornwall()
    gphc()
    print("built 7 rb- cases in", HERE)
