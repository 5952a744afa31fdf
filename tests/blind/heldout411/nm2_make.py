"""Build the seven nm2- blind test files (set heldout411) and their expected readings.

Run with /work/main/.venv/bin/python nm2_make.py  (writes into the folder holding this script).
Data files: 3 xlsx (openpyxl), 2 docx (python-docx), 1 csv, 1 txt (tab-separated).
Each NAME gets NAME.expected.yaml built from the same strings, so the expected text is
character-for-character the file's text.
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
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
FILL = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


def write_yaml(name, doc):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, allow_unicode=True, sort_keys=False, width=100000,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# 1. West Yorkshire FRS - HMICFRS 2023-25 AFI improvement plan (xlsx, read)
# ---------------------------------------------------------------------------
def wyfrs():
    name = "nm2-west-yorkshire-fire-rescue-service-hmicfrs-afi-improvement-plan.xlsx"
    title = "West Yorkshire Fire and Rescue Service – HMICFRS 2023–25 Inspection Improvement Plan"
    A1 = "Preventing fires and other risks"
    A2 = "Protecting the public through fire regulation"
    A3 = "Promoting the right values and culture"
    A4 = "Ensuring fairness and promoting diversity"
    AFI1 = ("AFI 1: The service should make sure it carries out safe and well visits in a timely "
            "manner, prioritising the people most at risk.")
    AFI2 = ("AFI 2: The service should make sure it evaluates its prevention activity so it "
            "understands what works.")
    AFI3 = ("AFI 3: The service should make sure it has an effective quality assurance process, so "
            "that staff carry out audits to an appropriate standard.")
    AFI4 = ("AFI 4: The service should make sure it reduces sickness absence so that it does not "
            "affect fire engine availability and prevention capacity.")
    AFI5 = ("AFI 5: The service should make sure it improves the diversity of its workforce, "
            "particularly in operational roles.")
    # (kind, ...) rows in document order
    # action tuple: ref, text, owner cell, lead list, original, revised, prev, cur, progress
    rows = [
        ("area", A1),
        ("afi", AFI1),
        ("act", "1.1",
         "Introduce risk-based triage of all safe and well referrals within 7 days of receipt, "
         "with high-risk cases allocated to a Prevention Advocate within 24 hours.",
         "Head of Prevention", ["Head of Prevention"], d(2025, 3, 31), d(2025, 12, 31),
         "amber", "green",
         "Triage tool live in all five districts from August 2025. 94% of high-risk referrals "
         "allocated within 24 hours in September."),
        ("act", "1.2",
         "Review the safe and well referral pathway to:\n"
         "• remove duplicate referrals from partner agencies\n"
         "• record the outcome of every visit on CFRMIS\n"
         "• report the backlog weekly to District Commanders",
         "Group Manager – Prevention / Head of ICT",
         ["Group Manager – Prevention", "Head of ICT"], d(2025, 6, 30), d(2026, 3, 31),
         "red", "amber",
         "Partner data-sharing agreement with Kirklees and Calderdale signed. CFRMIS changes "
         "delayed by supplier; revised date agreed by Improvement Board 14/10/2025."),
        ("act", "1.3",
         "Recruit and train six additional Prevention Advocates to clear the backlog of visits "
         "waiting more than 56 days.",
         "Head of Prevention", ["Head of Prevention"], d(2024, 12, 31), None,
         "green", "blue",
         "All six posts filled. Backlog over 56 days reduced from 1,211 to 188."),
        ("afi", AFI2),
        ("act", "2.1",
         "Develop an evaluation framework for prevention activity, including road safety and "
         "water safety education, and publish an annual evaluation report.",
         "Business Intelligence Manager", ["Business Intelligence Manager"], d(2026, 3, 31), None,
         "green", "green",
         "Framework drafted with University of Bradford. First report due March 2026."),
        ("area", A2),
        ("afi", AFI3),
        ("act", "3.1",
         "Introduce quality assurance sampling of fire safety audits, with 5% of each "
         "inspecting officer’s audits reviewed every quarter.",
         "Head of Protection", ["Head of Protection"], d(2025, 3, 31), None,
         "green", "blue",
         "QA sampling in place since April 2025. Results reported to Protection SMT."),
        ("act", "3.2",
         "Deliver refresher training on audit recording standards to all Fire Safety Inspectors "
         "and Business Fire Safety Advisors.",
         "Group Manager – Protection", ["Group Manager – Protection"], d(2025, 9, 30),
         d(2026, 1, 31), "amber", "amber",
         "31 of 44 staff trained. Remaining sessions booked for November and January."),
        ("area", A3),
        ("afi", AFI4),
        ("act", "4.1",
         "Implement the revised Attendance Management Policy, including trigger points and "
         "return-to-work interviews within 48 hours.",
         "Head of Human Resources; Occupational Health Manager",
         ["Head of Human Resources", "Occupational Health Manager"], d(2024, 12, 31), None,
         "green", "blue",
         "Policy approved by HR Committee and launched January 2025."),
        ("act", "4.2",
         "Extend the mental health first aider network to every station and to Fire Control.",
         "Director of Service Support", ["Director of Service Support"], d(2025, 7, 31),
         d(2026, 3, 31), "green", "red",
         "Training provider withdrew in June 2025. New provider being procured; 22 of 40 "
         "stations covered."),
        ("area", A4),
        ("afi", AFI5),
        ("act", "5.1",
         "Run positive action taster days for under-represented groups ahead of each wholetime "
         "recruitment campaign.",
         "Positive Action Officer", ["Positive Action Officer"], d(2025, 5, 31), None,
         "green", "green",
         "Three taster days held (April, June, September). 38% of attendees applied."),
        ("act", "5.2",
         "Review the wholetime recruitment process to remove barriers identified in the equality "
         "impact assessment.",
         "Head of Human Resources", ["Head of Human Resources"], d(2026, 3, 31), None,
         None, None,
         "New action added October 2025. Not yet started."),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    headers = ["Ref", "Action", "Action Owner", "Original Target Date", "Revised Target Date",
               "Previous RAG", "Current RAG", "Progress Update"]
    ncol = len(headers)
    last = get_column_letter(ncol)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = fill("C00000")
    ws.merge_cells(f"A1:{last}1")
    ws["A2"] = ("Owner: Service Improvement and Assurance Team   |   Reported to: Audit Committee"
                "   |   Position as at 31 October 2025")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells(f"A2:{last}2")
    r = 4
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("404040")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    r += 1
    expected = []
    area = afi = None
    for row in rows:
        kind = row[0]
        if kind == "area":
            area = row[1]
            ws.cell(row=r, column=1, value=area).font = Font(bold=True, size=12)
            for c in range(1, ncol + 1):
                ws.cell(row=r, column=c).fill = fill("D9D9D9")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        elif kind == "afi":
            afi = row[1]
            cell = ws.cell(row=r, column=1, value=afi)
            cell.font = Font(bold=True, italic=True)
            cell.alignment = Alignment(wrap_text=True)
            for c in range(1, ncol + 1):
                ws.cell(row=r, column=c).fill = fill("DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            ws.row_dimensions[r].height = 30
        else:
            _, ref, text, owner, leads, orig, rev, prev, cur, prog = row
            vals = [ref, text, owner, orig, rev, None, None, prog]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if prev:
                ws.cell(row=r, column=6).fill = fill(FILL[prev])
            if cur:
                ws.cell(row=r, column=7).fill = fill(FILL[cur])
            endd = rev or orig
            expected.append(act(ref, [area, afi], text, leads, endd.strftime("%Y-%m"),
                                cur or "unrated"))
        r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="Note: RAG ratings are agreed monthly at the Improvement Board. "
                  "See the ‘RAG Key & Summary’ tab for the key.").font = Font(italic=True)
    widths = [7, 60, 30, 14, 14, 10, 10, 55]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"

    ks = wb.create_sheet("RAG Key & Summary")
    ks["A1"] = "RAG Key"
    ks["A1"].font = Font(bold=True, size=12)
    key = [("blue", "Complete – evidence accepted by Improvement Board"),
           ("green", "On track to deliver by the target date"),
           ("amber", "At risk – mitigation in place"),
           ("red", "Off track – escalated to Service Leadership Team"),
           (None, "No colour – not yet started")]
    for i, (col, txt) in enumerate(key, 2):
        if col:
            ks.cell(row=i, column=1).fill = fill(FILL[col])
        ks.cell(row=i, column=2, value=txt)
    ks["A9"] = "Summary at 31 October 2025"
    ks["A9"].font = Font(bold=True, size=12)
    counts = {}
    for a in expected:
        counts[a["status"]] = counts.get(a["status"], 0) + 1
    summ = [("Complete", counts.get("blue", 0)), ("On track", counts.get("green", 0)),
            ("At risk", counts.get("amber", 0)), ("Off track", counts.get("red", 0)),
            ("Not started", counts.get("unrated", 0)), ("Total actions", len(expected))]
    for i, (lab, n) in enumerate(summ, 10):
        ks.cell(row=i, column=1, value=lab)
        ks.cell(row=i, column=2, value=n)
    ks.column_dimensions["A"].width = 16
    ks.column_dimensions["B"].width = 55
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": (
            "Imitates a fire and rescue service's improvement plan against the areas for "
            "improvement in its HMICFRS round 3 (2023-25) inspection report, of the kind West "
            "Yorkshire FRS (report published 25 July 2024; prevention graded requires "
            "improvement, safe and well backlog) reports to its Audit Committee "
            "(https://hmicfrs.justiceinspectorates.gov.uk/frs-assessments/west-yorkshire-2023-2025/). "
            "Copied features: title bar, owner/position line, grey area-of-inspection rows and "
            "blue AFI rows merged across the sheet, numbered actions under each AFI, job titles "
            "as owners (two in one cell with / and ;), original and revised target dates as real "
            "dates, Previous RAG and Current RAG shown only as cell fill colour, a bulleted "
            "action in one cell, a notes line, and a second tab with the RAG key and a summary "
            "count block."),
        "reads": (
            "A single improvement plan sheet grouped by inspection area, each area holding one or "
            "two AFIs, each AFI followed by its numbered actions (10 in all). Dates are the "
            "revised target date where one is given, otherwise the original; status is the "
            "Current RAG fill (blue = complete per the key tab; action 5.2 has no fill and is "
            "not started). The second tab is only a key and counts."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 2. Lee Valley RPA - internal audit recommendations tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
def leevalley():
    name = ("nm2-lee-valley-regional-park-authority-internal-audit-recommendations-tracker-"
            "typo-month-refuse.xlsx")
    title = "Lee Valley Regional Park Authority – Internal Audit Recommendations Tracker"
    headers = ["Audit", "Year", "Assurance", "Rec No.", "Priority", "Recommendation",
               "Agreed Management Action", "Responsible Officer", "Original Due Date",
               "Revised Due Date", "Status", "Officer Update"]
    data = [
        ["Health & Safety – Contractor Management", "2024/25", "Limited", 1, "High",
         "Contractor competence checks should be completed and recorded before work starts on "
         "Authority sites.",
         "Introduce a contractor pre-start checklist on the permit-to-work system and make it "
         "mandatory for all venues.",
         "Head of Health & Safety", d(2025, 3, 31), "30 Sep 2025", "Green",
         "Checklist live at Lee Valley White Water Centre and VeloPark; roll-out to the Ice "
         "Centre and Riding Centre in November."],
        ["Health & Safety – Contractor Management", "2024/25", "Limited", 2, "Medium",
         "The approved contractor list should be reviewed annually.",
         "Review the approved contractor list and remove suppliers with lapsed insurance or "
         "accreditation.",
         "Facilities Manager", d(2025, 6, 30), None, "Complete",
         "Review completed June 2025; 14 suppliers removed."],
        ["Ice Centre – Income Controls", "2024/25", "Reasonable", 1, "Medium",
         "Daily cash-up variances should be investigated and signed off by the Duty Manager.",
         "Add a variance sign-off step to the daily banking procedure and spot-check monthly.",
         "Venue Manager (Ice Centre)", d(2025, 5, 31), None, "Complete",
         "Procedure updated; Finance spot-checks show no unexplained variances since June."],
        ["Payroll", "2024/25", "Reasonable", 3, "Medium",
         "Starters and leavers should be processed from authorised forms only.",
         "Move starter and leaver notifications onto the HR self-service workflow so that only "
         "authorised requests reach Payroll.",
         "Head of HR / Payroll Manager", d(2025, 9, 30), "28 Febuary 2026", "Amber",
         "Workflow built; testing delayed by the HR system upgrade."],
        ["Procurement & Contract Waivers", "2025/26", "Limited", 1, "High",
         "Waivers of Contract Standing Orders should be approved before the commitment is made "
         "and reported to the Audit Committee.",
         "Create a waiver register and report all waivers approved to each Audit Committee.",
         "Corporate Director", d(2025, 12, 31), None, "Green",
         "Register set up in September; first report to this meeting."],
        ["Cyber Security", "2025/26", "Reasonable", 2, "Medium",
         "Multi-factor authentication should be enforced for all remote access accounts.",
         "Enforce MFA for all remote and privileged accounts and remove the legacy VPN.",
         "Head of ICT", d(2025, 10, 31), "31 Jan 2026", "Amber",
         "MFA enforced for staff accounts; legacy VPN retirement planned for January."],
        ["IT Disaster Recovery", "2025/26", "Limited", 1, "High",
         "A tested IT disaster recovery plan should be in place for critical systems.",
         "Document the IT disaster recovery plan and run a full recovery test of the finance "
         "and booking systems.",
         "Head of ICT", d(2026, 3, 31), None, "Not started",
         "Test scheduled for February 2026."],
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Outstanding Recs"
    ncol = len(headers)
    last = get_column_letter(ncol)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(f"A1:{last}1")
    ws["A2"] = "Audit Committee – 20 November 2025 (position at 31 October 2025)"
    ws.merge_cells(f"A2:{last}2")
    hr = 4
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("BDD7EE")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True)
    typo_row = None
    for i, rowv in enumerate(data):
        r = hr + 1 + i
        for c, v in enumerate(rowv, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(v, dt.datetime):
                cell.number_format = "dd mmm yyyy"
        st = rowv[10]
        col = {"Green": GREEN, "Amber": AMBER, "Complete": BLUE}.get(st)
        if col:
            ws.cell(row=r, column=11).fill = fill(col)
        if rowv[9] == "28 Febuary 2026":
            typo_row = r
    tr = hr + len(data) + 2
    ws.cell(row=tr, column=1, value="Total outstanding: 5   |   Completed since last meeting: 2")
    ws.cell(row=tr, column=1).font = Font(bold=True)
    widths = [30, 9, 11, 8, 9, 45, 45, 24, 13, 15, 12, 45]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ks = wb.create_sheet("Key")
    ks["A1"] = "Priority"
    ks["A2"], ks["B2"] = "High", "Fundamental weakness – action within 3 months"
    ks["A3"], ks["B3"] = "Medium", "Significant weakness – action within 6 months"
    ks["A4"], ks["B4"] = "Low", "Improvement to good practice – action within 12 months"
    ks["A6"] = "Status"
    ks["A7"], ks["B7"] = "Complete", "Action implemented and verified by Internal Audit"
    ks["A8"], ks["B8"] = "Green", "On track to meet the due date"
    ks["A9"], ks["B9"] = "Amber", "Revised date agreed / at risk"
    ks["A10"], ks["B10"] = "Red", "Overdue with no agreed revised date"
    wb.save(os.path.join(HERE, name))
    assert typo_row == 8  # header row 4, data from row 5: payroll is the 4th data row
    return name, typo_row, title


# ---------------------------------------------------------------------------
# 3. Gloucestershire CC - Auditor's Annual Report 2023/24 VfM recs (xlsx, read)
# ---------------------------------------------------------------------------
def glos():
    name = ("nm2-gloucestershire-county-council-auditors-annual-report-2023-24-vfm-"
            "recommendations-action-plan.xlsx")
    title = ("Gloucestershire County Council – Auditor’s Annual Report 2023/24: Value for Money "
             "Recommendations Action Plan")
    C1 = "Financial sustainability"
    C2 = "Governance"
    C3 = "Improving economy, efficiency and effectiveness"
    KR1 = ("KR1: The Council should develop a detailed, costed savings programme to close the "
           "budget gap in its Medium Term Financial Strategy for 2025/26 to 2027/28, with clear "
           "ownership and monitoring of delivery.")
    IR1 = ("IR1: The Council should strengthen oversight of the Dedicated Schools Grant high "
           "needs deficit management plan, with regular reporting to Cabinet and to the Audit "
           "and Governance Committee.")
    IR2 = ("IR2: The Council should make sure actions in the Annual Governance Statement action "
           "plan are monitored and closed within agreed timescales.")
    IR3 = ("IR3: The Council should review contract management arrangements for its high-value "
           "highways contracts so that supplier performance is monitored against key "
           "performance indicators.")
    STATUS = {"blue": "Blue – Complete", "green": "Green – On track",
              "amber": "Amber – Some delay", "red": "Red – Significant delay"}
    # criterion -> [(rec, [(ref, action, owner_cell, leads, target_text, end, end_text, status, comment)])]
    plan = [
        (C1, [(KR1, [
            ("1.1", "Set savings targets for each directorate for 2026/27 and 2027/28 and agree "
                    "delivery plans for every saving over £250k.",
             "Executive Director of Corporate Resources (S151 Officer)",
             ["Executive Director of Corporate Resources (S151 Officer)"],
             "Q3 2025/26", "2025-12", None, "green",
             "Directorate targets agreed at CLT in September 2025; delivery plans due December."),
            ("1.2", "Report savings delivery to Cabinet as part of quarterly budget monitoring, "
                    "with RAG ratings for each saving.",
             "Director of Finance / Head of Strategic Finance",
             ["Director of Finance", "Head of Strategic Finance"],
             "September 2025", "2025-09", None, "blue",
             "Included in the Q1 2025/26 monitoring report to Cabinet, 24 September 2025."),
        ])]),
        (C2, [(IR1, [
            ("2.1", "Present a six-monthly update on the high needs deficit management plan to "
                    "Cabinet and to the Audit and Governance Committee.",
             "Director of Education", ["Director of Education"],
             "Ongoing", None, "Ongoing", "green",
             "First update presented July 2025; next due January 2026."),
        ]), (IR2, [
            ("3.1", "Assign an owner and target date to every Annual Governance Statement action "
                    "and track them on the corporate risk system.",
             "Monitoring Officer", ["Monitoring Officer"],
             "31/07/2025", "2025-07", None, "blue",
             "All 12 AGS actions now on the risk system with owners."),
            ("3.2", "Report overdue AGS actions to each meeting of the Audit and Governance "
                    "Committee.",
             "Head of Internal Audit and Risk", ["Head of Internal Audit and Risk"],
             "March 2026", "2026-03", None, "amber",
             "Reporting template agreed; system report not yet automated."),
        ])]),
        (C3, [(IR3, [
            ("4.1", "Introduce a KPI framework for the highways maintenance contract, reviewed "
                    "at monthly contract meetings.",
             "Director of Highways and Infrastructure",
             ["Director of Highways and Infrastructure"],
             "December 2025", "2025-12", None, "green",
             "Draft KPI set shared with the contractor in October 2025."),
            ("4.2", "Provide contract management training for all officers managing highways "
                    "contracts over £1m.",
             "Commercial Manager (Highways)", ["Commercial Manager (Highways)"],
             "Q4 2025/26", "2026-03", None, "red",
             "Training provider not yet secured; procurement re-run in November."),
        ])]),
    ]
    headers = ["VfM criterion", "Auditor’s recommendation", "Ref", "Management action",
               "Responsible officer(s)", "Target date", "Status", "Progress commentary"]
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Document control"
    cov["A3"].font = Font(bold=True)
    dc = [("Version", "1.3"), ("Date", "09/01/2026"), ("Author", "Head of Strategic Finance"),
          ("Reviewed by", "Corporate Leadership Team"),
          ("Reported to", "Audit and Governance Committee – 23 January 2026")]
    for i, (k, v) in enumerate(dc, 4):
        cov.cell(row=i, column=1, value=k).border = BOX
        cov.cell(row=i, column=2, value=v).border = BOX
    cov["A10"] = ("Our external auditor’s Annual Report for 2023/24 made one key recommendation "
                  "and three improvement recommendations. The ‘Action Plan’ tab sets out the "
                  "management actions agreed in response and progress to date.")
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Action Plan")
    ncol = len(headers)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "Progress update to Audit and Governance Committee – 23 January 2026"
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E78")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    r = 5
    expected = []
    for crit, recs in plan:
        crit_start = r
        for rec, acts in recs:
            rec_start = r
            for (ref, text, owner, leads, target, end, end_text, status, comment) in acts:
                vals = [None, None, ref, text, owner, target, STATUS[status], comment]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                    cell.border = BOX
                ws.cell(row=r, column=7).fill = fill(FILL[status])
                expected.append(act(ref, [crit, rec], text, leads, end, status, end_text))
                r += 1
            ws.cell(row=rec_start, column=2, value=rec)
            ws.cell(row=rec_start, column=2).alignment = Alignment(wrap_text=True, vertical="top")
            if r - 1 > rec_start:
                ws.merge_cells(start_row=rec_start, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=crit_start, column=1, value=crit)
        ws.cell(row=crit_start, column=1).font = Font(bold=True)
        ws.cell(row=crit_start, column=1).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=crit_start, column=1).fill = fill("DEEAF6")
        if r - 1 > crit_start:
            ws.merge_cells(start_row=crit_start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Status key: Blue – Complete; Green – On track; "
                                   "Amber – Some delay; Red – Significant delay")
    ws.cell(row=r, column=1).font = Font(italic=True)
    widths = [18, 45, 6, 50, 30, 14, 20, 45]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(HERE, name))
    write_yaml(name, {
        "source": (
            "Imitates an English county council's management action plan responding to its "
            "external auditor's Auditor's Annual Report (value for money key and improvement "
            "recommendations under the three VfM criteria), as councils such as Gloucestershire "
            "take to their Audit and Governance Committee after the 2023/24 Grant Thornton "
            "report. Copied features: a cover tab with a document-control table, the VfM "
            "criterion and the auditor's recommendation (KR/IR numbering) merged vertically over "
            "their action rows, numbered management actions, job titles as responsible officers "
            "(two posts with /), target dates written as quarters, months, dd/mm/yyyy and "
            "'Ongoing', status words with matching fill, and a status key line."),
        "reads": (
            "The Action Plan tab lists seven management actions, each under a VfM criterion and "
            "an auditor's recommendation shown as merged cells to their left. Target dates give "
            "the month (Q3 2025/26 = Dec 2025, Q4 2025/26 = Mar 2026; 'Ongoing' has none) and "
            "the status is the colour word in the status cell. The cover tab holds only document "
            "control."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


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


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. East Renfrewshire Council - Best Value report 2025 improvement action plan (docx)
# ---------------------------------------------------------------------------
def eastren():
    name = "nm2-east-renfrewshire-council-best-value-report-2025-improvement-action-plan.docx"
    title = "East Renfrewshire Council – Best Value Report 2025: Improvement Action Plan"
    R1 = ("Recommendation 1: The council should continue to develop its medium-term financial "
          "planning, setting out how the projected funding gap from 2026/27 onwards will be "
          "closed.")
    R2 = ("Recommendation 2: The council should set out how its digital transformation "
          "programme will deliver the savings it has assumed, and report the benefits realised "
          "to elected members.")
    R3 = ("Recommendation 3: The council should develop a strategic workforce plan that "
          "addresses recruitment and retention pressures in social care and teaching.")
    R4 = ("Recommendation 4: Elected members should take up training and development "
          "opportunities, particularly on scrutiny and financial management.")
    R5 = ("Recommendation 5: The council should improve its public performance reporting so "
          "that residents can see how it is performing against its priorities and compared "
          "with other councils.")
    # ref, action, officer cell, leads, target cell, end, end_text, status word, progress
    plan = [
        (R1, [
            ("1.1", "Refresh the Medium-Term Financial Plan to cover 2025/26 to 2029/30, "
                    "including scenario modelling of funding and pay assumptions.",
             "Head of Accountancy (Chief Financial Officer)",
             ["Head of Accountancy (Chief Financial Officer)"], "June 2025", "2025-06", None,
             "Blue", "Refreshed plan approved by Council on 25 June 2025."),
            ("1.2", "Identify and agree savings options for the 2026/27 and 2027/28 budgets "
                    "through the cross-party Budget Strategy Group.",
             "Chief Executive / Head of Accountancy (Chief Financial Officer)",
             ["Chief Executive", "Head of Accountancy (Chief Financial Officer)"],
             "February 2026", "2026-02", None, "Green",
             "Four Budget Strategy Group sessions held; options paper to Cabinet in December."),
        ]),
        (R2, [
            ("2.1", "Publish a benefits realisation framework for the Digital Transformation "
                    "Programme.",
             "Director of Business Operations and Partnerships",
             ["Director of Business Operations and Partnerships"],
             "September 2025\nRevised: January 2026", "2026-01", None, "Amber",
             "Framework drafted; baseline data for customer services still being validated."),
            ("2.2", "Report the benefits realised from digital projects to Cabinet.",
             "Chief Digital and Information Officer",
             ["Chief Digital and Information Officer"], "Six-monthly", None, "Six-monthly",
             "Green", "First benefits report considered by Cabinet on 2 October 2025."),
        ]),
        (R3, [
            ("3.1", "Approve a council-wide Strategic Workforce Plan 2025–2028.",
             "Head of HR and Corporate Services", ["Head of HR and Corporate Services"],
             "December 2025", "2025-12", None, "Green",
             "Draft plan consulted on with trade unions in October 2025."),
            ("3.2", "Develop a ‘grow your own’ scheme for social work and early years roles "
                    "with the Health and Social Care Partnership.",
             "Director of Education / HSCP Chief Officer",
             ["Director of Education", "HSCP Chief Officer"], "March 2026", "2026-03", None,
             "Amber",
             "Scheme design agreed; funding for the second cohort not yet confirmed."),
        ]),
        (R4, [
            ("4.1", "Deliver a programme of member briefings on budget scrutiny and treasury "
                    "management.",
             "Democratic Services Manager", ["Democratic Services Manager"], "Ongoing", None,
             "Ongoing", "Green",
             "Three briefings held since April 2025; attendance averaged 14 of 18 members."),
        ]),
        (R5, [
            ("5.1", "Redesign the council’s performance webpages to include LGBF comparisons "
                    "and trends over five years.",
             "Head of Communities and Transformation",
             ["Head of Communities and Transformation"], "31/03/2026", "2026-03", None, "Green",
             "New webpage design tested with the Citizens’ Panel in September."),
            ("5.2", "Publish the Annual Performance Report with a plain English summary.",
             "Head of Communities and Transformation",
             ["Head of Communities and Transformation"], "Sept 2025", "2025-09", None, "Blue",
             "Published on the council website on 30 September 2025."),
        ]),
    ]
    shades = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Appendix 1 to report by the Chief Executive to the Audit and Scrutiny "
                      "Committee, 27 November 2025")
    doc.add_paragraph(
        "The Accounts Commission published its findings on the Controller of Audit’s Best Value "
        "report on East Renfrewshire Council on 6 February 2025. The report made five "
        "recommendations. This plan sets out the actions agreed by the Corporate Management "
        "Team in response and progress at 31 October 2025.")
    doc.add_heading("Progress key", level=2)
    kt = doc.add_table(rows=4, cols=2)
    kt.style = "Table Grid"
    for i, (w, txt) in enumerate([("Blue", "Action complete"), ("Green", "On track"),
                                  ("Amber", "Some slippage – action being taken"),
                                  ("Red", "Significant slippage – reported to CMT")]):
        set_cell(kt.rows[i].cells[0], w, bold=True)
        shade(kt.rows[i].cells[0], shades[w])
        set_cell(kt.rows[i].cells[1], txt)
    doc.add_paragraph("")
    doc.add_paragraph("Summary: 9 actions – 2 complete (Blue), 5 on track (Green), "
                      "2 some slippage (Amber), 0 significant slippage (Red).")
    heads = ["Ref", "Agreed action", "Responsible officer", "Target date", "Status",
             "Progress at October 2025"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for c, h in enumerate(heads):
        set_cell(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "D9D9D9")
    expected = []
    for rec, acts in plan:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[len(heads) - 1])
        set_cell(merged, rec, bold=True)
        shade(merged, "DEEAF6")
        for (ref, text, off, leads, target, end, end_text, st, prog) in acts:
            row = t.add_row()
            vals = [ref, text, off, target, st, prog]
            for c, v in enumerate(vals):
                set_cell(row.cells[c], v)
            shade(row.cells[4], shades[st])
            expected.append(act(ref, [rec], text, leads, end, st.lower(), end_text))
    doc.add_paragraph("")
    doc.add_paragraph("Progress will next be reported to the Audit and Scrutiny Committee in "
                      "May 2026.")
    doc.save(os.path.join(HERE, name))
    write_yaml(name, {
        "source": (
            "Imitates a Scottish council's improvement action plan responding to the Accounts "
            "Commission findings on a Controller of Audit Best Value report, as East Renfrewshire "
            "Council reported after the Best Value audit report published 6 February 2025 "
            "(https://eastrenfrewshire.gov.uk/article/6969/Council-welcomes-praise-for-high-performing-services), "
            "appended to a committee report. Copied features: Title paragraph and appendix line, "
            "introductory text, a progress (RAG) key table, a summary counts line, one plan table "
            "where each recommendation is a full-width merged shaded row above its numbered "
            "actions, job titles as responsible officers (two with /), a target cell holding an "
            "original and a revised month on two lines, 'Six-monthly' and 'Ongoing' targets, "
            "colour words with cell shading as status."),
        "reads": (
            "A Word appendix with a RAG key table and one action plan table: five recommendations, "
            "each a merged row, with nine numbered actions beneath them. Where the target cell "
            "gives a revised month, that is the end; status is the colour word (Blue = complete)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 5. Ysgol Gyfun Gymraeg Plasmawr - Estyn post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def plasmawr():
    name = "nm2-ysgol-gyfun-gymraeg-plasmawr-estyn-post-inspection-action-plan.docx"
    title = "Ysgol Gyfun Gymraeg Plasmawr – Post-inspection Action Plan"
    R1 = ("R1: Strengthen self-evaluation and improvement planning so that leaders focus "
          "precisely on the impact of provision on pupils’ progress")
    R2 = ("R2: Improve pupils’ attendance, particularly that of pupils eligible for free school "
          "meals")
    R3 = "R3: Develop pupils’ Welsh oracy skills across the curriculum in Years 7 to 9"
    # ref, action, success criteria, lead cell, leads, timescale, end, end_text, rag letter, status
    plan = [
        (R1, [
            ("R1.1", "Revise the self-evaluation calendar so that every department carries out "
                     "learning walks, book looks and pupil voice activities each half term.",
             "All departments submit a termly evaluation that refers to evidence of pupils’ "
             "progress.", "DHT (Standards)", ["DHT (Standards)"], "Autumn term 2025",
             "2025-12", None, "G", "green"),
            ("R1.2", "Train middle leaders to write evaluative reports that focus on pupils’ "
                     "progress rather than on provision.",
             "Quality assurance of reports shows that at least 80% are evaluative.",
             "HW/ER", ["HW", "ER"], "Oct 2025 – Feb 2026", "2026-02", None, "A", "amber"),
            ("R1.3", "Report progress against this plan to the full governing body.",
             "Governors’ minutes show challenge of progress against each recommendation.",
             "Headteacher", ["Headteacher"], "Termly", None, "Termly", "G", "green"),
        ]),
        (R2, [
            ("R2.1", "Appoint a family engagement officer to work with the families of pupils "
                     "whose attendance is below 90%.",
             "Officer in post; persistent absence of eFSM pupils falls by 5 percentage points.",
             "Headteacher / Business Manager", ["Headteacher", "Business Manager"],
             "September 2025", "2025-09", None, "B", "blue"),
            ("R2.2", "Introduce weekly attendance review meetings for each year group, with "
                     "agreed steps for follow-up.",
             "Whole-school attendance rises to 93% or above.",
             "Progress Leaders", ["Progress Leaders"], "Summer term 2026", "2026-07", None, "G",
             "green"),
        ]),
        (R3, [
            ("R3.1", "Plan opportunities for extended oral work in every scheme of learning in "
                     "Years 7 to 9.",
             "Learning walks show pupils speaking Welsh at length in most lessons.",
             "Curriculum Leader for Languages, Literacy and Communication",
             ["Curriculum Leader for Languages, Literacy and Communication"], "July 2026",
             "2026-07", None, "G", "green"),
            ("R3.2", "Relaunch the Siarter Iaith pupil group with representatives from each "
                     "year.",
             "Pupil survey shows more pupils using Welsh socially.",
             "Welsh Language Co-ordinator", ["Welsh Language Co-ordinator"], "Summer term 2026",
             "2026-07", None, "R", "red"),
        ]),
    ]
    rag_shade = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    p = doc.add_paragraph("Cynllun Gweithredu Ôl-arolygiad")
    p.runs[0].italic = True
    info = [("School", "Ysgol Gyfun Gymraeg Plasmawr"), ("Local authority", "Cardiff"),
            ("Date of Estyn inspection", "10–13 March 2025"),
            ("Plan agreed by governing body", "18 June 2025"),
            ("Progress reviewed", "21 October 2025")]
    it = doc.add_table(rows=len(info), cols=2)
    it.style = "Table Grid"
    for i, (k, v) in enumerate(info):
        set_cell(it.rows[i].cells[0], k, bold=True)
        set_cell(it.rows[i].cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("Progress key: B = completed; G = on track; A = some concerns; "
                      "R = not on track.")
    heads = ["Ref", "Actions", "Success criteria", "Lead", "Timescale", "Progress (RAG)"]
    expected = []
    for rec, acts in plan:
        doc.add_heading(rec, level=2)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for c, h in enumerate(heads):
            set_cell(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], "E2EFD9")
        for (ref, text, sc, leadcell, leads, ts, end, end_text, rag, status) in acts:
            row = t.add_row()
            for c, v in enumerate([ref, text, sc, leadcell, ts, rag]):
                set_cell(row.cells[c], v)
            shade(row.cells[5], rag_shade[rag])
            row.cells[5].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            expected.append(act(ref, [rec], text, leads, end, status, end_text))
        doc.add_paragraph("")
    doc.add_heading("Monitoring and evaluation", level=2)
    doc.add_paragraph("The Standards Committee of the governing body will review this plan each "
                      "half term. The local authority link officer and the Central South "
                      "Consortium challenge adviser will evaluate progress at each review visit.")
    st = doc.add_table(rows=2, cols=2)
    st.style = "Table Grid"
    set_cell(st.rows[0].cells[0], "Signed (Headteacher):", bold=True)
    set_cell(st.rows[0].cells[1], "")
    set_cell(st.rows[1].cells[0], "Signed (Chair of Governors):", bold=True)
    set_cell(st.rows[1].cells[1], "")
    doc.save(os.path.join(HERE, name))
    write_yaml(name, {
        "source": (
            "Imitates a Welsh secondary school's post-inspection action plan (PIAP) written by the "
            "governing body after an Estyn core inspection, following Estyn's guidance on "
            "post-inspection action plans (https://estyn.gov.wales/inspection-guidance/post-inspection-action-plans-updated-january-2024). "
            "Copied features: bilingual title lines, a school details table, a progress key line "
            "with B/G/A/R letters, one heading and one table per Estyn recommendation (R1-R3), "
            "columns for actions, success criteria, lead, timescale and RAG letter with shading, "
            "leads as posts or staff initials (HW/ER), timescales as school terms, a period, "
            "'Termly' and a month, and a closing monitoring section with a signature table."),
        "reads": (
            "Three recommendations, each a heading followed by its own table of numbered actions "
            "(seven in all). Terms give their last month (Autumn term 2025 = Dec 2025, Summer "
            "term 2026 = Jul 2026), 'Oct 2025 – Feb 2026' ends in Feb 2026, 'Termly' has no month; "
            "status is the RAG letter. The details, key and signature tables are not the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 6. ClwydAlyn - regulatory judgement improvement plan (csv)
# ---------------------------------------------------------------------------
def clwydalyn():
    name = "nm2-clwydalyn-housing-regulatory-judgement-improvement-plan.csv"
    title = "ClwydAlyn – Regulatory Judgement Improvement Plan 2025/26"
    S1 = "Standard 2 – Board and executive management"
    S2 = "Standard 5 – Tenant involvement and influence"
    S3 = "Standard 9 – Landlord health and safety"
    F1 = "Strengthen the Board’s oversight of tenant and building safety compliance"
    F2 = "Show how tenants’ views shape decisions about services"
    F3 = "Complete outstanding fire risk assessment actions"
    RAGW = {"G": "green", "A": "amber", "R": "red", "B": "blue"}
    # ref, std, afi, action, lead cell, leads, target text, end, end_text, rag, update
    rows = [
        ("1.1", S1, F1,
         "Add a compliance dashboard covering the ‘big six’ safety areas to every Board agenda.",
         "Director of Governance", ["Director of Governance"], "Jul-25", "2025-07", None, "B",
         "Dashboard presented to Board from July 2025."),
        ("1.2", S1, F1,
         "Commission an independent review of Board assurance on building safety and agree an "
         "action plan from its findings.",
         "Board Chair; Company Secretary", ["Board Chair", "Company Secretary"], "31/03/2026",
         "2026-03", None, "G",
         "Reviewer appointed September 2025; fieldwork in November."),
        ("2.1", S2, F2,
         "Deliver a tenant scrutiny panel review of the repairs service:\n"
         "- agree the scope with the panel\n"
         "- report findings and the response to Board",
         "Head of Tenant Engagement", ["Head of Tenant Engagement"], "Dec-25", "2025-12", None,
         "A", "Scope agreed; panel recruitment slower than planned (5 of 8 places filled)."),
        ("2.2", S2, F2,
         "Publish a ‘You said, we did’ report to tenants twice a year.",
         "Head of Tenant Engagement", ["Head of Tenant Engagement"], "Q4 2025/26", "2026-03",
         None, "G", "First report in the autumn tenant newsletter."),
        ("3.1", S3, F3,
         "Complete all high-risk actions from fire risk assessments in general needs and "
         "extra care blocks.",
         "Executive Director of Housing/Director of Assets",
         ["Executive Director of Housing", "Director of Assets"], "30/11/2025", "2025-11", None,
         "R", "142 of 187 high-risk actions complete. Fire door contractor capacity is the "
              "main constraint."),
        ("3.2", S3, F3,
         "Move fire risk assessment records onto the asset compliance system so that overdue "
         "actions are reported automatically.",
         "Building Safety Manager", ["Building Safety Manager"], "Jan-26", "2026-01", None, "A",
         "Data migration 70% complete."),
        ("3.3", S3, F3,
         "Train all scheme managers in the fire safety checks set out in the Building Safety "
         "Policy.",
         "Building Safety Manager", ["Building Safety Manager"], "Sep-25", "2025-09", None, "B",
         "All 46 scheme managers trained by 12 September 2025."),
    ]
    header = ["Ref", "Regulatory standard", "Area for improvement", "Improvement action",
              "Lead", "Target date", "RAG", "Progress update (September 2025)"]
    path = os.path.join(HERE, name)
    expected = []
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow([title] + [""] * 7)
        w.writerow(["Progress report to Board – 24 September 2025"] + [""] * 7)
        w.writerow([""] * 8)
        w.writerow(header)
        prev_s = prev_f = None
        for (ref, s, f, text, leadcell, leads, target, end, end_text, rag, upd) in rows:
            w.writerow([ref, s if s != prev_s else "", f if f != prev_f else "", text, leadcell,
                        target, rag, upd])
            prev_s, prev_f = s, f
            expected.append(act(ref, [s, f], text, leads, end, RAGW[rag], end_text))
        w.writerow([""] * 8)
        w.writerow(["RAG: B = complete, G = on track, A = at risk, R = off track"] + [""] * 7)
        w.writerow(["Regulatory judgement (April 2025): Governance – Compliant (Yellow); "
                    "Financial viability – Compliant (Green)"] + [""] * 7)
    write_yaml(name, {
        "source": (
            "Imitates a Welsh housing association's improvement plan following a Welsh Government "
            "regulatory judgement that asks for increased oversight against named performance "
            "standards (gradings Compliant Green/Yellow as described at "
            "https://cartreficonwy.org/about-us/how-we-are-regulated/), exported to CSV from the "
            "Board's tracker spreadsheet. Copied features: title and report-date lines above a "
            "blank line and the header, standard and area-for-improvement cells written only on "
            "the first row of their group (merged cells exported), numbered actions, one quoted "
            "multi-line action with dash bullets, two posts in one lead cell (; and /), target "
            "dates as Mmm-yy, dd/mm/yyyy and a quarter, RAG letters, and a key and judgement "
            "note below the table."),
        "reads": (
            "Seven improvement actions under three regulatory standards, each standard with one "
            "area for improvement that applies to the blank rows below it. Ends are the target "
            "months (Q4 2025/26 = Mar 2026) and status the RAG letter (B = complete). The lines "
            "after the table are a key and a note."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 7. Buckinghamshire Council - Better Buckinghamshire programme highlight report (txt, TSV)
# ---------------------------------------------------------------------------
def bucks():
    name = "nm2-buckinghamshire-council-better-buckinghamshire-programme-highlight-report.txt"
    title = "Buckinghamshire Council – Better Buckinghamshire Programme Highlight Report"
    W1 = "1. Service reviews"
    W2 = "2. Customer and digital"
    W3 = "3. Property and assets"
    W4 = "4. Workforce and culture"
    RAGW = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue",
            "Not started": "unrated"}
    # ws, ref, milestone, owner cell, leads, baseline, forecast, rag, commentary
    rows = [
        (W1, "SR01", "Complete the waste services review and take the options appraisal to "
                     "Cabinet.",
         "Service Director – Neighbourhood Services", ["Service Director – Neighbourhood Services"],
         "30/09/2025", "30/09/2025", "Complete", "Cabinet approved option 2 on 16/09/2025."),
        (W1, "SR02", "Implement the new operating model for planning enforcement.",
         "Head of Planning Enforcement", ["Head of Planning Enforcement"], "31/10/2025",
         "31/01/2026", "Amber", "Consultation extended by four weeks at staff request."),
        (W1, "SR03", "Start the libraries service review, including the community-managed "
                     "library offer.",
         "Head of Culture and Libraries", ["Head of Culture and Libraries"], "01/12/2025",
         "01/12/2025", "Not started", "Scoping document in draft."),
        (W2, "CD01", "Move council tax single person discount applications onto the online "
                     "customer portal.",
         "Head of Customer Experience / Head of Digital",
         ["Head of Customer Experience", "Head of Digital"], "31/08/2025", "31/08/2025",
         "Complete", "Live since 4 August; 71% of applications now online."),
        (W2, "CD02", "Replace the telephony platform in the customer service centre.",
         "Head of ICT Infrastructure", ["Head of ICT Infrastructure"], "30/11/2025",
         "31/03/2026", "Red",
         "Supplier delay on number porting; revised plan to Programme Board in November."),
        (W2, "CD03", "Launch the ‘Report it’ app for highways defects and fly-tipping.",
         "Head of Digital", ["Head of Digital"], "31/12/2025", "31/12/2025", "Green",
         "User testing complete with 40 residents."),
        (W3, "PA01", "Agree the office accommodation strategy, including release of the "
                     "Walton Street offices.",
         "Service Director – Property and Assets", ["Service Director – Property and Assets"],
         "31/10/2025", "31/10/2025", "Complete", "Approved by Cabinet on 14/10/2025."),
        (W3, "PA02", "Dispose of surplus depots identified in the asset review (tranche 1).",
         "Head of Estates", ["Head of Estates"], "31/03/2026", "31/03/2026", "Green",
         "Two of three sites under offer."),
        (W4, "WC01", "Roll out the new leadership development programme to all managers at "
                     "grade 9 and above.",
         "Service Director – People", ["Service Director – People"], "31/01/2026",
         "31/01/2026", "Green", "Cohorts 1 and 2 complete; 96 managers enrolled in cohort 3."),
        (W4, "WC02", "Introduce hybrid working guidance and team charters in every service.",
         "Service Director – People", ["Service Director – People"], "30/09/2025",
         "28/02/2026", "Amber", "64% of teams have agreed a charter."),
    ]
    lines = [title,
             "Reporting period: October 2025\tProgramme Sponsor: Deputy Chief Executive\t"
             "Overall RAG: Amber",
             "",
             "Workstream\tRef\tMilestone / action\tOwner\tBaseline date\tForecast date\tRAG\t"
             "Commentary"]
    expected = []
    for (wsn, ref, text, own, leads, base, fc, rag, com) in rows:
        lines.append("\t".join([wsn, ref, text, own, base, fc, rag, com]))
        dd, mm, yy = fc.split("/")
        expected.append(act(ref, [wsn], text, leads, f"{yy}-{mm}", RAGW[rag]))
    lines += ["",
              "RAG summary\tComplete\t3",
              "\tGreen\t3",
              "\tAmber\t2",
              "\tRed\t1",
              "\tNot started\t1",
              "\tTotal\t10",
              "",
              "Decisions required from Programme Board: approve revised forecast date for CD02."]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")
    write_yaml(name, {
        "source": (
            "Imitates the monthly highlight report for a council's corporate improvement / "
            "transformation programme (Buckinghamshire Council's Better Buckinghamshire "
            "programme of service reviews, reported to Programme Board and scrutiny, "
            "https://buckinghamshire.moderngov.co.uk/mgAi.aspx?ID=10852), exported from the "
            "programme tracker as tab-separated text. Copied features: title line, a reporting "
            "period/sponsor/overall RAG line, numbered workstreams repeated on every row, "
            "milestone IDs, job titles as owners (two with /), baseline and forecast dates, RAG "
            "words including Complete and Not started, a RAG summary block and a decisions line."),
        "reads": (
            "Ten milestones in four workstreams, one per line. The forecast date is the revised "
            "date and so the end; RAG Complete reads as blue and Not started as unrated. The "
            "summary block and decisions line after the table are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


def leevalley_yaml(name, typo_row, title):
    write_yaml(name, {
        "source": (
            "Imitates the internal audit recommendations tracker a regional park authority (Lee "
            "Valley Regional Park Authority) takes to its Audit Committee, in the layout councils "
            "use for tracking outstanding recommendations (priority, agreed action, responsible "
            "officer, original and revised due dates, status, officer update; see e.g. "
            "https://democracy.reading.gov.uk/mgAi.aspx?ID=9589). Copied features: title and "
            "meeting lines, one row per recommendation with the audit name repeated, assurance "
            "opinion and priority columns, real original dates and typed revised dates, status "
            "words with fill, a totals line and a Key tab."),
        "reads": (
            "A tracker of seven outstanding or recently completed audit actions. In the Payroll "
            "row (sheet row %d) the revised due date reads '28 Febuary 2026', a mistyped month: "
            "a careful reader stops and asks before taking the plan's dates." % typo_row),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })


def main():
    out = []
    out.append(wyfrs())
    n, row, t = leevalley()
    leevalley_yaml(n, row, t)
    out.append((n, "refuse@%d" % row))
    out.append(glos())
    out.append(eastren())
    out.append(plasmawr())
    out.append(clwydalyn())
    out.append(bucks())
    for o in out:
        print(*o)


if __name__ == "__main__":
    main()
