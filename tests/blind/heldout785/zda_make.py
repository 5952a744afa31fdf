"""Generator for set heldout785, prefix zda: seven council-plan files and their expected readings.

Run with /work/main/.venv/bin/python zda_make.py (from any directory).
Every cell text below is written once and reused for the expected reading, so the two agree.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "Blue": "00B0F0", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000",
    "grey": "D9D9D9", "head": "1F4E79", "pale": "DDEBF7",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(name):
    return PatternFill("solid", start_color=FILL[name], end_color=FILL[name])


def d(y, m, day):
    return dt.datetime(y, m, day)


def write_yaml(fname, data):
    path = os.path.join(OUT, fname + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(data, fh, allow_unicode=True, sort_keys=False, width=10000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# 1. Swansea – CIW children's services improvement check action plan (xlsx)
# ---------------------------------------------------------------------------
def swansea():
    name = "zda-swansea-council-ciw-childrens-services-improvement-check-action-plan.xlsx"
    title = "Child and Family Services – CIW Improvement Check Action Plan"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "City and County of Swansea"
    cov["A3"] = "Reporting to: Child and Family Services Improvement Board"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Comments"),
            ("0.1", "18/11/2024", "Principal Officer – Quality Assurance", "First draft following CIW feedback meeting"),
            ("1.0", "09/12/2024", "Head of Child and Family Services", "Approved by Improvement Board"),
            ("1.1", "31/03/2025", "Principal Officer – Quality Assurance", "Quarter 4 progress update")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("Blue", "Complete"), ("Green", "On track"),
                                  ("Amber", "At risk / some slippage"), ("Red", "Off track")]):
        cov.cell(row=12 + i, column=1, value=k).fill = fill(k)
        cov.cell(row=12 + i, column=2, value=txt)
    for col, w in zip("ABCD", (38, 14, 38, 44)):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "CIW Improvement Check (October 2024) – Child and Family Services Action Plan"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Progress position: 31 March 2025"
    hdr = ["Ref", "CIW area for improvement", "Action", "Lead officer", "Original target date",
           "Revised target date", "Previous RAG", "Current RAG", "Progress update (March 2025)"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.alignment = WRAP
        c.border = BOX

    P1 = "1. People – voice and control"
    P2 = "2. Prevention"
    P3 = "3. Partnerships and integration"
    P4 = "4. Well-being"
    A1 = ("Ensure that the voice of the child is consistently recorded in assessments and care and "
          "support plans, and that plans reflect what matters to the child.")
    A2 = ("Improve the offer and take-up of independent professional advocacy for children subject "
          "to child protection processes.")
    A3 = ("Strengthen the timeliness of responses at the Information, Advice and Assistance (IAA) "
          "front door and the step-down to early help.")
    A4 = ("Work with partners to ensure strategy discussions are held within timescales and include "
          "health and education where required.")
    A5 = "Improve placement sufficiency so that more children are cared for close to home."

    # (ref, action, lead cell, lead list, original, revised, prev, current, update, end)
    plan = [
        (P1, [
            (A1, [
                ("1.1", "Launch the revised 'What Matters' assessment template in WCCIS with a mandatory section recording the child's own views",
                 "Principal Officer – Quality Assurance", ["Principal Officer – Quality Assurance"],
                 d(2024, 12, 31), d(2025, 2, 28), "Amber", "Blue",
                 "Template live from 10 February 2025; all teams briefed.", "2025-02"),
                ("1.2", "Quarterly practice audit of 40 cases against the voice of the child standard, with findings reported to the Improvement Board",
                 "Principal Officer – Quality Assurance", ["Principal Officer – Quality Assurance"],
                 d(2025, 3, 31), None, "Green", "Green",
                 "Q3 audit completed; 68% of cases met the standard (Q2: 54%).", "2025-03"),
            ]),
            (A2, [
                ("1.3", "Review the active offer of advocacy with Tros Gynnal Plant and agree a revised referral pathway for initial child protection conferences",
                 "Head of Child and Family Services", ["Head of Child and Family Services"],
                 d(2024, 11, 30), None, "Green", "Blue",
                 "Revised pathway in place since 2 December 2024.", "2024-11"),
            ]),
        ]),
        (P2, [
            (A3, [
                ("2.1", "Introduce daily multi-agency triage of contacts awaiting a decision for more than 24 hours",
                 "Team Manager, IAA / Principal Officer, Early Help",
                 ["Team Manager, IAA", "Principal Officer, Early Help"],
                 d(2024, 10, 31), d(2025, 1, 31), "Red", "Amber",
                 "Triage running daily since January; police attendance not yet consistent.", "2025-01"),
                ("2.2", "Agree a step-down protocol between IAA and the Swansea Early Help Hubs",
                 "Principal Officer, Early Help", ["Principal Officer, Early Help"],
                 d(2025, 3, 31), None, "Amber", "Green",
                 "Protocol drafted and consulted on; sign-off at April Improvement Board.", "2025-03"),
            ]),
        ]),
        (P3, [
            (A4, [
                ("3.1", "Amend the strategy discussion recording template to evidence partner attendance and reasons for non-attendance",
                 "Principal Officer – Safeguarding", ["Principal Officer – Safeguarding"],
                 d(2024, 12, 31), None, "Green", "Blue",
                 "Template amended December 2024.", "2024-12"),
                ("3.2", "Joint audit with South Wales Police and Swansea Bay UHB of strategy discussions held in quarter 3",
                 "Principal Officer – Safeguarding; Named Nurse Safeguarding Children (SBUHB)",
                 ["Principal Officer – Safeguarding", "Named Nurse Safeguarding Children (SBUHB)"],
                 d(2025, 4, 30), None, "Green", "Amber",
                 "Case sample agreed; police auditor not yet identified.", "2025-04"),
            ]),
        ]),
        (P4, [
            (A5, [
                ("4.1", "Deliver a Foster Wales Swansea recruitment campaign targeting carers for teenagers and sibling groups",
                 "Fostering Team Manager", ["Fostering Team Manager"],
                 d(2025, 3, 31), None, "Amber", "Red",
                 "Net gain of 2 fostering households against a target of 10.", "2025-03"),
                ("4.2", "Open a second in-house children's home for up to four children",
                 "Head of Commissioning and Placements", ["Head of Commissioning and Placements"],
                 d(2025, 6, 30), d(2025, 9, 30), "Amber", "Amber",
                 "Registration application submitted to CIW; opening delayed by building works.", "2025-09"),
            ]),
        ]),
    ]
    status_of = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    expected = []
    r = 5
    for principle, afis in plan:
        ws.cell(row=r, column=1, value=principle).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1).fill = fill("grey")
        r += 1
        for afi, acts in afis:
            top = r
            for (ref, text, leadcell, leads, orig, rev, prev, cur, upd, end) in acts:
                vals = [ref, afi if r == top else None, text, leadcell, orig, rev, prev, cur, upd]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=7).fill = fill(prev)
                ws.cell(row=r, column=8).fill = fill(cur)
                expected.append(act(ref, [principle, afi], text, leads, end, status_of[cur]))
                r += 1
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Summary of current RAG").font = Font(bold=True)
    counts = [("Blue (complete)", 3), ("Green", 2), ("Amber", 3), ("Red", 1), ("Total actions", 9)]
    for i, (k, n) in enumerate(counts):
        ws.cell(row=r + 1 + i, column=1, value=k)
        ws.cell(row=r + 1 + i, column=2, value=n)
    for col, w in zip("ABCDEFGHI", (7, 40, 55, 34, 13, 13, 11, 11, 48)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(OUT, name))

    write_yaml(name, {
        "source": ("City and County of Swansea, Child and Family Services: action plan following a Care Inspectorate "
                   "Wales improvement check (October 2024), progress at March 2025. Imitates Welsh local authority "
                   "CIW post-inspection plans: cover sheet with document-control table and RAG key, plan grouped under "
                   "the four Social Services and Well-being (Wales) Act principles used in CIW reports (grey merged "
                   "rows), the CIW area for improvement in a vertically merged column, original and revised target "
                   "dates, previous and current RAG as coloured words, and a summary block under the table."),
        "reads": ("A two-sheet workbook: a cover with document control and the RAG key, then the action plan. Nine "
                  "numbered actions sit under four principle headings, each answering a CIW area for improvement "
                  "written once in a merged cell; the current RAG and the revised date (where given) are what count."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 2. Bracknell Forest – Council Plan delivery tracker Q2 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def bracknell():
    name = "zda-bracknell-forest-council-council-plan-delivery-tracker-q2-2025-26.xlsx"
    title = "Bracknell Forest Council – Council Plan 2023 to 2027 delivery tracker"
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Quarter 2 2025 to 2026 (July to September 2025)"
    sm["A3"] = ("Each action that remains in progress has a green, amber or red status; otherwise it is marked "
                "as completed. Green indicates progress as per the planned schedule.")
    hdr = ["Priority", "Green", "Amber", "Red", "Completed", "Not started", "Total"]
    data = [("Engaged and healthy communities", 1, 1, 0, 1, 0, 3),
            ("Thriving and connected economy", 1, 0, 0, 1, 0, 2),
            ("Green and sustainable environment", 1, 0, 1, 0, 1, 3),
            ("Ambitious, resilient and sustainable organisation", 1, 1, 0, 0, 0, 2),
            ("Total", 4, 2, 1, 2, 1, 10)]
    for j, h in enumerate(hdr):
        c = sm.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            c = sm.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 52

    cols = ["Ref", "Objective / action", "Directorate", "Section", "Lead officer", "Stage", "Due date",
            "Percentage complete", "Status", "Comments"]
    sheets = [
        ("1 Communities", "Priority 1: Engaged and healthy communities", [
            ("1.01 Support residents to live healthier lives", [
                ("1.01.02", "Implement and monitor key actions from the Health and Wellbeing Strategy",
                 "Place, Planning and Regeneration", "Public Health", "Director of Public Health",
                 ["Director of Public Health"], "In progress", d(2026, 3, 31), 0.55, "Green",
                 "Delivery plan update is a standing item at the Health and Wellbeing Board; dashboard refreshed in September.",
                 "2026-03", "green"),
                ("1.01.04", "Deliver the financial hardship action plan for winter 2025 to 2026",
                 "Chief Executive's Office", "Policy and Performance", "Head of Policy and Performance",
                 ["Head of Policy and Performance"], "In progress", d(2026, 3, 31), 0.4, "Amber",
                 "Household Support Fund allocation confirmed late; warm spaces offer being finalised with partners.",
                 "2026-03", "amber"),
            ]),
            ("1.03 Improve outcomes for children and young people with SEND", [
                ("1.03.01", "Clear the backlog of Education, Health and Care needs assessments and sustain 20-week timeliness",
                 "People", "SEND", "Assistant Director: Education and Learning",
                 ["Assistant Director: Education and Learning"], "Complete", d(2025, 9, 30), 1, "Completed",
                 "Backlog cleared; 20-week timeliness at 78% for the quarter.", "2025-09", "blue"),
            ]),
        ]),
        ("2 Economy", "Priority 2: Thriving and connected economy", [
            ("2.01 Support a vibrant town centre and local businesses", [
                ("2.01.01", "Support the renewal ballot and mobilisation of the Bracknell Business Improvement District",
                 "Place, Planning and Regeneration", "Economic Development", "Head of Economic Development",
                 ["Head of Economic Development"], "Complete", d(2025, 7, 31), 1, "Completed",
                 "Renewal confirmed; new BID term started 1 July 2025.", "2025-07", "blue"),
                ("2.01.03", "Adopt the Local Transport Plan 4 following public consultation",
                 "Place, Planning and Regeneration", "Transport Development", "Head of Transport Development",
                 ["Head of Transport Development"], "In progress", d(2025, 12, 31), 0.7, "Green",
                 "Consultation responses analysed; report to Executive in November.", "2025-12", "green"),
            ]),
        ]),
        ("3 Environment", "Priority 3: Green and sustainable environment", [
            ("3.02 Reduce waste and increase recycling", [
                ("3.02.01", "Introduce weekly food waste collections to all kerbside properties",
                 "Delivery", "Waste and Recycling", "Head of Environment and Public Protection",
                 ["Head of Environment and Public Protection"], "In progress", d(2026, 3, 31), 0.3, "Red",
                 "Delivery of new vehicles delayed by the manufacturer; launch date under review.", "2026-03", "red"),
                ("3.02.02", "Review the re3 partnership agreement with Reading and Wokingham",
                 "Delivery", "Waste and Recycling", "Head of Environment and Public Protection",
                 ["Head of Environment and Public Protection"], "Not started", d(2026, 3, 31), 0, None,
                 "Review due to start in quarter 3.", "2026-03", "unrated"),
            ]),
            ("3.03 Respond to the climate emergency", [
                ("3.03.01", "Deliver the Climate Change Strategy action plan for 2025 to 2026",
                 "Chief Executive's Office", "Climate Change", "Climate Change Programme Manager",
                 ["Climate Change Programme Manager"], "In progress", d(2026, 3, 31), 0.5, "Green",
                 "Solar panels installed at two council buildings; fleet review under way.", "2026-03", "green"),
            ]),
        ]),
        ("4 Organisation", "Priority 4: Ambitious, resilient and sustainable organisation", [
            ("4.01 Deliver the business change programme", [
                ("4.01.02", "Implement the new customer relationship management system",
                 "Resources", "Digital and ICT", "Assistant Director: Digital and ICT / Head of Customer Services",
                 ["Assistant Director: Digital and ICT", "Head of Customer Services"], "In progress", "March 2026",
                 0.35, "Amber", "Supplier data migration behind plan; revised go-live being agreed.", "2026-03", "amber"),
                ("4.01.05", "Deliver the 2025 to 2026 savings programme",
                 "Resources", "Finance", "Executive Director: Resources",
                 ["Executive Director: Resources"], "In progress", d(2026, 3, 31), 0.5, "Green",
                 "£3.1m of £4.6m savings delivered at month 6.", "2026-03", "green"),
            ]),
        ]),
    ]
    expected = []
    for sheetname, priority, objectives in sheets:
        ws = wb.create_sheet(sheetname)
        ws["A1"] = "Council Plan 2023 to 2027 – Quarter 2 2025 to 2026 performance update"
        ws["A2"] = priority
        ws["A2"].font = Font(bold=True, size=12)
        for j, h in enumerate(cols):
            c = ws.cell(row=4, column=1 + j, value=h)
            c.font = Font(bold=True)
            c.fill = fill("pale")
            c.border = BOX
            c.alignment = WRAP
        r = 5
        for objective, acts in objectives:
            ws.cell(row=r, column=1, value=objective).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(cols))
            ws.cell(row=r, column=1).fill = fill("grey")
            r += 1
            for (ref, text, dire, sec, leadcell, leads, stage, due, pct, status, comm, end, st) in acts:
                vals = [ref, text, dire, sec, leadcell, stage, due, pct, status, comm]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "d mmmm yyyy"
                ws.cell(row=r, column=8).number_format = "0%"
                if status:
                    ws.cell(row=r, column=9).fill = fill({"Completed": "Blue"}.get(status, status))
                expected.append(act(ref, [priority, objective], text, leads, end, st))
                r += 1
        for col, w in zip("ABCDEFGHIJ", (9, 50, 24, 20, 32, 12, 16, 11, 11, 50)):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))

    write_yaml(name, {
        "source": ("Bracknell Forest Council, Council Plan 2023 to 2027 quarterly service report / corporate performance "
                   "pages (bracknell-forest.gov.uk 'Corporate performance' updates, 2023-25): objectives numbered "
                   "priority.objective.action (e.g. 4.01.01) with directorate, section, stage, due date, percentage "
                   "complete, Green/Amber/Red or Completed status and comments. Copied as a workbook with a summary "
                   "sheet of status counts and one sheet per priority, objective rows merged across the table."),
        "reads": ("A summary sheet counting statuses, then four sheets, one per Council Plan priority, listing ten "
                  "numbered actions under objective rows with a lead officer, due date and status. One action is not "
                  "started and has no status; Completed means done."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 3. Devon – local area SEND partnership priority action plan (xlsx)
# ---------------------------------------------------------------------------
def devon():
    name = "zda-devon-local-area-send-partnership-priority-action-plan.xlsx"
    title = "Devon Local Area SEND Partnership – Area SEND Inspection Priority Action Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Priority Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Devon County Council and NHS Devon Integrated Care Board"
    ws["A3"] = ("Inspection: 13 to 31 January 2025 | Report published: 21 March 2025 | Outcome: widespread and/or "
                "systemic failings")
    ws["A4"] = "Plan owner: Devon SEND Improvement and Assurance Board | Version 2.0 | Progress at 31 July 2025"
    ws["A6"] = "Progress RAG key:"
    ws["A6"].font = Font(bold=True)
    for j, (k, txt) in enumerate([("Blue", "Complete"), ("Green", "On track"),
                                  ("Amber", "Some risk to delivery"), ("Red", "Off track")]):
        c = ws.cell(row=6, column=2 + j, value=txt)
        c.fill = fill(k)
    hdr = ["Area for priority action", "Ref", "Action", "Partnership lead", "Start", "Target completion",
           "Progress RAG", "Progress update"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=8, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.border = BOX
        c.alignment = WRAP
    APA1 = ("APA 1: Leaders across the partnership should urgently improve the timeliness and quality of EHC needs "
            "assessments and plans, including the contributions from health and social care.")
    APA2 = ("APA 2: Leaders should reduce waiting times for neurodevelopmental assessments and make sure that "
            "children and their families receive support while they wait.")
    APA3 = ("APA 3: Leaders must improve the identification of, and provision for, children who are not in "
            "full-time education, including those on part-time timetables and those awaiting a specialist place.")
    plan = [
        (APA1, [
            ("1.1", "Recruit to the 12 additional EHC coordinator posts approved in the 2025-26 budget and reduce caseloads to no more than 150",
             "Head of SEND 0-25 (DCC)", ["Head of SEND 0-25 (DCC)"], "April 2025", d(2025, 10, 31), "Amber",
             "8 of 12 posts filled; average caseload 171.", "2025-10", "amber", None),
            ("1.2", "Implement a multi-agency quality assurance framework for new EHC plans, auditing 10% of plans each month",
             "Head of SEND 0-25 (DCC) / Designated Clinical Officer (NHS Devon)",
             ["Head of SEND 0-25 (DCC)", "Designated Clinical Officer (NHS Devon)"], "May 2025", "Autumn term 2025",
             "Green", "Framework agreed; first monthly audit completed in July.", "2025-12", "green", "Autumn term 2025"),
            ("1.3", "Agree a service level agreement for health advice to be returned within 6 weeks with Royal Devon University Healthcare and Livewell Southwest",
             "Designated Clinical Officer (NHS Devon)", ["Designated Clinical Officer (NHS Devon)"], "April 2025",
             d(2025, 6, 30), "Blue", "Signed by both providers; 6-week compliance reported monthly.", "2025-06", "blue", None),
        ]),
        (APA2, [
            ("2.1", "Commission additional ADHD and autism assessment capacity from an independent provider for 1,200 children",
             "Deputy Director of Commissioning, NHS Devon", ["Deputy Director of Commissioning, NHS Devon"],
             "June 2025", d(2026, 3, 31), "Amber", "Procurement under way; contract award expected September.",
             "2026-03", "amber", None),
            ("2.2", "Launch a 'Support while you wait' offer through family hubs, co-produced with the Devon Parent Carer Forum",
             "Head of Early Help and Family Hubs / Devon Parent Carer Forum Chair",
             ["Head of Early Help and Family Hubs", "Devon Parent Carer Forum Chair"], "May 2025", "Summer term 2026",
             "Green", "Workshops offered in 6 of 11 family hubs.", "2026-07", "green", "Summer term 2026"),
        ]),
        (APA3, [
            ("3.1", "Establish a single register of children missing education and on part-time timetables, reviewed fortnightly by the Inclusion Panel",
             "Head of Inclusion", ["Head of Inclusion"], "April 2025", d(2025, 7, 18), "Blue",
             "Register live; first four panel reviews held.", "2025-07", "blue", None),
            ("3.2", "Open 150 additional specialist places through resourced provisions in mainstream schools",
             "Head of Education Place Planning", ["Head of Education Place Planning"], "September 2025",
             d(2026, 9, 30), "Red", "Capital bid unsuccessful; alternative funding options going to Cabinet.",
             "2026-09", "red", None),
        ]),
    ]
    expected = []
    r = 9
    for apa, acts in plan:
        top = r
        for (ref, text, leadcell, leads, start, target, rag, upd, end, st, et) in acts:
            vals = [apa if r == top else None, ref, text, leadcell, start, target, None, upd]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7).fill = fill(rag)
            expected.append(act(ref, [apa], text, leads, end, st, et))
            r += 1
        ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(row=r + 1, column=1, value=("Note: RAG ratings are agreed at the monthly SEND Improvement and Assurance "
                                        "Board and reported to DfE and NHS England."))
    for col, w in zip("ABCDEFGH", (42, 6, 55, 36, 14, 18, 10, 45)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))

    write_yaml(name, {
        "source": ("Devon local area SEND partnership (Devon County Council and NHS Devon ICB): priority action plan "
                   "required after an Area SEND inspection with the 'widespread and/or systemic failings' outcome "
                   "(2023 Ofsted/CQC framework; plan due within about 35-50 working days). Would-be 2025 plan "
                   "imitating published priority action plans: title block with inspection dates and outcome, a RAG key "
                   "row of coloured cells, each area for priority action written once in a vertically merged first "
                   "column, joint council/NHS leads, school-term target dates and a fill-only progress RAG."),
        "reads": ("A single sheet: title block, a RAG key made of coloured cells, then seven numbered actions under "
                  "three areas for priority action (merged down the first column). The progress RAG has no words, "
                  "only a fill colour that the key explains; two targets are school terms."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 4. Leicester – scrutiny review recommendations tracker (docx)
# ---------------------------------------------------------------------------
def set_cell(cell, text, bold=False):
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)
    if bold:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True


def leicester():
    name = "zda-leicester-city-council-scrutiny-review-recommendations-tracker-2025.docx"
    title = "Scrutiny Review Recommendations Tracker"
    doc = Document()
    doc.add_paragraph("Leicester City Council")
    doc.add_heading(title, level=0)
    doc.add_paragraph("Overview Select Committee – 18 September 2025")
    doc.add_paragraph("Lead officer: Scrutiny Manager")
    doc.add_paragraph(
        "This tracker sets out progress against scrutiny review recommendations accepted by the City Mayor and "
        "Executive. Recommendations reported as complete at two consecutive meetings are removed from the tracker.")
    key = doc.add_table(rows=5, cols=2)
    key.style = "Table Grid"
    for i, (a, b) in enumerate([("Status", "Meaning"), ("Complete", "Recommendation fully implemented"),
                                ("Green", "On track"), ("Amber", "Some delay, expected to be delivered"),
                                ("Red", "Not on track")]):
        set_cell(key.cell(i, 0), a, bold=(i == 0))
        set_cell(key.cell(i, 1), b, bold=(i == 0))
    cols = ["No.", "Recommendation", "Executive response", "Lead officer", "Target date", "Progress update", "Status"]
    reviews = [
        ("Children, Young People and Education Scrutiny Commission – Review of Elective Home Education (report March 2024)", [
            ("EHE 1", "The Council should publish clear guidance for parents on elective home education, available in the five most spoken community languages in Leicester.",
             "Agreed", "Head of Service, Education Welfare", ["Head of Service, Education Welfare"], "March 2025",
             "Guidance published in English, Gujarati, Punjabi, Polish and Somali in February 2025.", "Complete",
             "2025-03", "blue", None),
            ("EHE 2", "The Executive should:\na) increase the capacity of the Elective Home Education team so that every family receives a visit within 10 school days of notification; and\nb) report visit timeliness to the Commission twice a year.",
             "Partially agreed – additional post funded for 2025/26", "Director of Education", ["Director of Education"],
             "31/12/2025", "Additional EHE adviser started in June 2025; 71% of visits within 10 school days.", "Amber",
             "2025-12", "amber", None),
            ("EHE 3", "Officers should work with schools to ensure that a meeting with the family takes place before any child is removed from the school roll to be home educated.",
             "Agreed", "Head of Service, Education Welfare / Head of Inclusion",
             ["Head of Service, Education Welfare", "Head of Inclusion"], "September 2025",
             "Protocol agreed with headteacher forums; monitoring through termly returns.", "Green", "2025-09", "green", None),
            ("EHE 4", "The Council should lobby government for a compulsory register of children not in school.",
             "Agreed", "Director of Education", ["Director of Education"], "Ongoing",
             "City Mayor has written to the Secretary of State; register included in the Children's Wellbeing and Schools Bill.",
             "Green", None, "green", "Ongoing"),
        ]),
        ("Housing Scrutiny Commission – Damp and Mould in Council Homes (report June 2024)", [
            ("DM 1", "Every report of damp and mould should receive a surveyor inspection within 10 working days, with the tenant told the outcome in writing.",
             "Agreed", "Director of Housing", ["Director of Housing"], "October 2024",
             "Process in place since October 2024; 94% of inspections within 10 working days in quarter 1.", "Complete",
             "2024-10", "blue", None),
            ("DM 2", "The Housing Division should complete a stock condition survey of all council homes, prioritising pre-1945 properties.",
             "Agreed", "Director of Housing / Head of Housing Repairs", ["Director of Housing", "Head of Housing Repairs"],
             "31/03/2026", "Contractor appointed; 38% of stock surveyed.", "Green", "2026-03", "green", None),
            ("DM 3", "Tenants should be offered a dehumidifier and advice on ventilation at the first visit, with running costs met for vulnerable households.",
             "Agreed in principle – subject to budget", "Head of Tenancy Management", ["Head of Tenancy Management"],
             "June 2025", "Pilot in Braunstone and Beaumont Leys extended; funding for running costs not yet confirmed.",
             "Red", "2025-06", "red", None),
        ]),
        ("Public Health and Health Integration Scrutiny Commission – Access to NHS Dentistry (report November 2024)", [
            ("DEN 1", "The Director of Public Health should extend the supervised toothbrushing programme to all early years settings in the most deprived wards.",
             "Agreed", "Director of Public Health", ["Director of Public Health"], "July 2026",
             "Programme live in 64 settings; recruitment of further settings under way.", "Green", "2026-07", "green", None),
            ("DEN 2", "The Executive should ask the Integrated Care Board to report to the Commission on the commissioning of urgent dental appointments in the city.",
             "Agreed", "Director of Public Health; Scrutiny Manager", ["Director of Public Health", "Scrutiny Manager"],
             "January 2025", "ICB reported to the Commission on 28 January 2025.", "Complete", "2025-01", "blue", None),
        ]),
    ]
    expected = []
    for heading, recs in reviews:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1 + len(recs), cols=len(cols))
        t.style = "Table Grid"
        for j, h in enumerate(cols):
            set_cell(t.cell(0, j), h, bold=True)
        for i, (ref, text, resp, leadcell, leads, target, upd, status, end, st, et) in enumerate(recs, start=1):
            for j, v in enumerate([ref, text, resp, leadcell, target, upd, status]):
                set_cell(t.cell(i, j), v)
            expected.append(act(ref, [heading], text, leads, end, st, et))
        doc.add_paragraph("")
    doc.add_paragraph("Report author: Scrutiny Manager, Governance Services, City Hall.")
    doc.save(os.path.join(OUT, name))

    write_yaml(name, {
        "source": ("Leicester City Council scrutiny: recommendations of scrutiny commission reviews tracked for the "
                   "Overview Select Committee (cabinet.leicester.gov.uk agendas carry 'progress on actions' and review "
                   "reports). Would-be 2025 tracker in the committee-paper style: title lines, a status key table, then "
                   "one Word table per review under a heading naming the commission and review, with the "
                   "recommendation, the Executive response, lead officer, target date, update and status."),
        "reads": ("A committee report listing nine review recommendations in three tables, one per scrutiny review, "
                  "each recommendation being the thing to be done. A key table explains the status words; one "
                  "recommendation has lettered parts on separate lines and one target is Ongoing."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 5. Worcestershire SCP – national review (Arthur and Star) local action plan (docx)
# ---------------------------------------------------------------------------
def worcestershire():
    name = "zda-worcestershire-safeguarding-children-partnership-national-review-arthur-star-action-plan.docx"
    title = ("Local Action Plan: Response to the National Review into the murders of Arthur Labinjo-Hughes and "
             "Star Hobson")
    doc = Document()
    p = doc.add_paragraph("Worcestershire Safeguarding Children Partnership")
    p.runs[0].bold = True
    doc.add_heading(title, level=1)
    doc.add_paragraph("Position at 31 March 2023")
    doc.add_paragraph("Document control")
    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Author", "Summary of changes"),
                             ("0.2", "12/08/2022", "WSCP Business Manager", "Draft for Executive Group"),
                             ("1.0", "21/09/2022", "WSCP Business Manager", "Agreed by WSCP Executive Group"),
                             ("1.3", "31/03/2023", "WSCP Business Manager", "Quarter 4 progress update")]):
        for j, v in enumerate(row):
            set_cell(dc.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph(
        "The Child Safeguarding Practice Review Panel published its national review in May 2022. The Panel's "
        "recommendations are for government; its learning on information sharing, critical thinking and challenge, "
        "listening to wider family members and domestic abuse applies to all local partnerships. This plan sets out "
        "how Worcestershire partners will test and strengthen local practice.")
    doc.add_paragraph("RAG: Complete / Green – on track / Amber – some delay / Red – not on track")
    cols = ["Ref", "Action", "Lead agency / officer", "Timescale", "Progress update", "RAG"]
    themes = [
        ("Theme 1: Information sharing, seeking and use", [
            ("1.1", "Audit a sample of 20 contacts to the Family Front Door where a family member raised concerns, to test whether information was sought from all agencies",
             "Head of Service, Family Front Door (Worcestershire Children First)",
             ["Head of Service, Family Front Door (Worcestershire Children First)"], "December 2022",
             "Audit completed; report to Learning and Review Group January 2023.", "Complete", "2022-12", "blue", None),
            ("1.2", "Issue a multi-agency practice briefing on sharing photographs of injuries between agencies, with West Mercia Police and health partners",
             "WSCP Business Manager; Detective Chief Inspector, Public Protection (West Mercia Police)",
             ["WSCP Business Manager", "Detective Chief Inspector, Public Protection (West Mercia Police)"],
             "31/01/2023", "Briefing issued 16 January 2023.", "Complete", "2023-01", "blue", None),
            ("1.3", "Include information sharing in every multi-agency case audit and report themes to the Quality Assurance and Performance Group",
             "Chair of the Quality Assurance and Performance Group", ["Chair of the Quality Assurance and Performance Group"],
             "Ongoing", "Added to the audit tool from October 2022.", "Green", None, "green", "Ongoing"),
        ]),
        ("Theme 2: Critical thinking and challenge", [
            ("2.1", "Refresh the WSCP escalation and resolution policy and relaunch it through the Practitioner Forum",
             "WSCP Business Manager", ["WSCP Business Manager"], "March 2023",
             "Policy refreshed; relaunch event moved to May 2023 due to trainer availability.", "Amber", "2023-03", "amber", None),
            ("2.2", "Deliver reflective supervision training for health visitors, school nurses and GP safeguarding leads",
             "Designated Nurse Safeguarding Children (NHS Herefordshire and Worcestershire ICB)",
             ["Designated Nurse Safeguarding Children (NHS Herefordshire and Worcestershire ICB)"], "June 2023",
             "Three of six sessions delivered.", "Green", "2023-06", "green", None),
        ]),
        ("Theme 3: Listening to wider family members and understanding the child's daily life", [
            ("3.1", "Amend the child and family assessment template so that the views of wider family members are recorded and analysed",
             "Assistant Director, Social Care (Worcestershire Children First)",
             ["Assistant Director, Social Care (Worcestershire Children First)"], "February 2023",
             "Template amended in Liquid Logic; awaiting go-live with the March release.", "Amber", "2023-02", "amber", None),
            ("3.2", "Publish a '7-minute briefing' on the national review for all practitioners and volunteers",
             "WSCP Business Manager", ["WSCP Business Manager"], "September 2022",
             "Published 28 September 2022 and circulated to all partner agencies.", "Complete", "2022-09", "blue", None),
        ]),
        ("Theme 4: Domestic abuse", [
            ("4.1", "Review how MARAC and the Family Front Door share information about children living with domestic abuse",
             "Domestic Abuse Partnership Manager (Worcestershire County Council)",
             ["Domestic Abuse Partnership Manager (Worcestershire County Council)"], "April 2023",
             "Review started; data-sharing agreement being updated.", "Green", "2023-04", "green", None),
            ("4.2", "Deliver domestic abuse and coercive control training to early years settings",
             "Early Years Safeguarding Officer / WSCP Training Coordinator",
             ["Early Years Safeguarding Officer", "WSCP Training Coordinator"], "31/03/2023",
             "Only 41 of 120 planned places taken up; additional dates needed.", "Red", "2023-03", "red", None),
        ]),
    ]
    expected = []
    for heading, rows in themes:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1 + len(rows), cols=len(cols))
        t.style = "Table Grid"
        for j, h in enumerate(cols):
            set_cell(t.cell(0, j), h, bold=True)
        for i, (ref, text, leadcell, leads, when, upd, rag, end, st, et) in enumerate(rows, start=1):
            for j, v in enumerate([ref, text, leadcell, when, upd, rag]):
                set_cell(t.cell(i, j), v)
            expected.append(act(ref, [heading], text, leads, end, st, et))
    doc.add_paragraph("Next review: WSCP Executive Group, June 2023.")
    doc.save(os.path.join(OUT, name))

    write_yaml(name, {
        "source": ("Worcestershire Safeguarding Children Partnership: local action plan responding to the Child "
                   "Safeguarding Practice Review Panel's national review into the murders of Arthur Labinjo-Hughes and "
                   "Star Hobson (May 2022); the partnership circulated the Panel's briefing "
                   "(safeguardingworcestershire.org.uk). Layout copied from partnership review action plans: "
                   "document-control table, short introduction and RAG line, then one Word table per learning theme "
                   "with ref, action, lead agency/officer (often a post with its agency), timescale, update and RAG."),
        "reads": ("A partnership action plan with a document-control table and nine numbered actions in four tables, "
                  "one per learning theme heading. Leads are posts, two cells name two posts; one timescale is "
                  "Ongoing and Complete means done."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 6. Coventry – fostering service development plan 2025/26, CSV with a mistyped month (refuse)
# ---------------------------------------------------------------------------
def coventry():
    name = "zda-coventry-city-council-fostering-service-development-plan-2025-26-typo-month-refuse.csv"
    title = "Coventry City Council – Fostering Service Development Plan 2025/26"
    rows = [
        [title, "", "", "", "", "", "", ""],
        ["Progress update for Corporate Parenting Board – Quarter 2 (September 2025)", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Priority", "Ref", "Action", "Lead", "Start", "Target date", "RAG", "Update"],
        ["Fostering Excellence Project", "FE1",
         "Increase the number of in-house mainstream fostering households from 190 to 215",
         "Fostering Service Manager", "Apr-25", "March 2026", "Amber", "Net gain of 9 households at the end of Q2"],
        ["", "FE2", "Introduce an enhanced support package for carers looking after teenagers, including out-of-hours support",
         "Fostering Service Manager", "Apr-25", "December 2025", "Green", "Out-of-hours line live from August 2025"],
        ["Recruitment", "R1",
         "Run a targeted recruitment campaign with faith and community groups to recruit carers from Coventry's diverse communities",
         "Marketing and Recruitment Lead", "May-25", "Febuary 2026", "Green", "Four community events held; 11 enquiries"],
        ["", "R2", "Reduce the average time from enquiry to approval to under 6 months",
         "Assessment Team Manager", "Apr-25", "March 2026", "Amber", "Average 7.2 months at Q2"],
        ["Retention and support", "S1",
         "Launch a second Mockingbird constellation based in the north of the city",
         "Mockingbird Liaison Worker / Fostering Service Manager", "Jun-25", "November 2025", "Green",
         "Hub carer approved; satellite families identified"],
        ["", "S2", "Review the foster carer fees and allowances scheme against regional rates",
         "Head of Service, Children in Care", "Sep-25", "March 2026", "Not started", "Scheduled for Q3"],
        ["Kinship care", "K1",
         "Complete viability assessments for connected persons within 10 working days of request",
         "Kinship Team Manager", "Apr-25", "Ongoing", "Amber", "78% within timescale at Q2"],
    ]
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        for r in rows:
            w.writerow(r)
    # line numbers are the rows above, one physical line each; the mistyped month is on line 7
    write_yaml(name, {
        "source": ("Coventry City Council fostering service: development plan for 2025/26 following the Regulation 35 "
                   "annual fostering report (edemocracy.coventry.gov.uk, Children's Services Annual Fostering Report "
                   "2024/25 lists the 2025/26 priorities: the Fostering Excellence Project, recruitment from diverse "
                   "communities, support and retention). Imitates a tracker exported to CSV: two title lines, a blank "
                   "line, a header, priority named only on the first row of its group, text target dates and RAG words."),
        "reads": ("A CSV export of a fostering development plan with seven actions under four priorities. The target "
                  "date of action R1 on line 7 reads 'Febuary 2026', a mistyped month, so a careful reader stops to "
                  "ask rather than guess the month."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": 7,
        "title": title,
    })


# ---------------------------------------------------------------------------
# 7. Newport YJS – national standards self-assessment improvement plan (tab-separated txt)
# ---------------------------------------------------------------------------
def newport():
    name = "zda-newport-youth-justice-service-national-standards-self-assessment-improvement-plan.txt"
    title = ("Newport Youth Justice Service – National Standards Self-Assessment 2023 (Standard 2: At Court) – "
             "Improvement Plan")
    S = "Strategic self-assessment"
    O = "Operational self-assessment"
    lines = [
        title,
        "Update for YJS Management Board, 14 March 2024",
        "",
        "RAG: G = on track; A = at risk; R = off track; C = complete",
        "",
        "Ref\tArea\tAction\tOwner\tDue\tRAG\tComments",
        S,
    ]
    rows = [
        (S, "S1", "Board oversight",
         "Add a standing court and remand performance item to every Management Board agenda, using the YJB key performance indicator data",
         "YJS Manager", ["YJS Manager"], "Mar-24", "C", "Standing item from the January 2024 Board.", "2024-03", "blue", None),
        (S, "S2", "",
         "Agree a protocol with HMCTS for notification of first appearances of Newport children at Newport and Cardiff courts",
         "YJS Manager / Head of Children's Services", ["YJS Manager", "Head of Children's Services"], "Jun-24", "A",
         "Draft shared with HMCTS; awaiting sign-off from the cluster manager.", "2024-06", "amber", None),
        (S, "S3", "Remand and bail",
         "Review the bail support and remand foster care offer with Foster Wales Newport and report findings to the Board",
         "Court Team Manager", ["Court Team Manager"], "Sep-24", "G", "Scoping meeting held February 2024.",
         "2024-09", "green", None),
        (O, "O1", "Pre-sentence reports",
         "Quality assure all pre-sentence reports before submission, using the Child First PSR template",
         "Court Team Manager", ["Court Team Manager"], "31/05/2024", "G", "Gatekeeping rota in place from March.",
         "2024-05", "green", None),
        (O, "O2", "",
         "Make sure every PSR records the child's views in their own words and considers diversity and identity",
         "SP/GH", ["SP", "GH"], "Jun-24", "A", "Dip sample found 6 of 10 PSRs met this.", "2024-06", "amber", None),
        (O, "O3", "Court duty",
         "Provide refresher training for court duty officers on remand decisions and the Bail Act 1976",
         "Practice Development Officer", ["Practice Development Officer"], "Apr-24", "R",
         "Trainer unavailable; session not yet rebooked.", "2024-04", "red", None),
        (O, "O4", "Transition to adult services",
         "Jointly review with Probation every child aged 17½ appearing in court, to plan transfer arrangements",
         "YJS Manager and Seconded Probation Officer", ["YJS Manager", "Seconded Probation Officer"], "Ongoing", "G",
         "Monthly transitions meeting established.", None, "green", "Ongoing"),
    ]
    expected = []
    area = None
    for sec, ref, ar, text, owner, leads, due, rag, comm, end, st, et in rows:
        if sec == O and lines[-1] != O and O not in lines:
            lines.append(O)
        lines.append("\t".join([ref, ar, text, owner, due, rag, comm]))
        if ref == "S2":
            lines.append("\t\t\t\t\t\tNext liaison meeting with HMCTS on 18 April 2024.")
        if ar:
            area = ar
        expected.append(act(ref, [sec, area], text, leads, end, st, et))
    lines += ["", "Initials: SP = Senior Practitioner (Court); GH = Court Officer", "End of plan – 7 actions"]
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")

    write_yaml(name, {
        "source": ("Newport Youth Justice Service (Newport City Council): improvement plan from the Youth Justice "
                   "Board's 2023 national standards self-assessment of Standard 2: At Court (gov.uk 'Standards for "
                   "children in the youth justice system', self-assessment tool due 30 October 2023; the YJB "
                   "self-assessment splits strategic and operational parts). Imitates a tracker saved as tab-separated "
                   "text: title lines, a RAG legend with C for complete, section lines, an Area column filled in only "
                   "on the first row of each area, a comment continued on its own line, and an initials note."),
        "reads": ("A plain text export of a YJS improvement plan: seven actions under a strategic and an operational "
                  "section, grouped by area (blank area means the same area as above). RAG letters follow the legend, "
                  "where C means complete; one line only continues the S2 comment."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


if __name__ == "__main__":
    swansea()
    bracknell()
    devon()
    leicester()
    worcestershire()
    coventry()
    newport()
    print("written to", OUT)
