"""Build the seven zvp- blind test files (set heldout649) and their expected readings.

Run with /work/main/.venv/bin/python zvp_make.py  (writes into this script's folder).
Only files starting with zvp- are written.
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

GREEN, AMBER, RED, BLUE = "00B050", "FFC000", "FF0000", "00B0F0"
FILL = {c: PatternFill("solid", start_color=c, end_color=c) for c in (GREEN, AMBER, RED, BLUE)}
HEAD_FILL = PatternFill("solid", start_color="1F3864", end_color="1F3864")
SECTION_FILL = PatternFill("solid", start_color="D9E1F2", end_color="D9E1F2")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


def path(name):
    assert name.startswith("zvp-")
    return os.path.join(HERE, name)


class Lit(str):
    pass


def _lit_rep(dumper, data):
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(data), style=">")


yaml.SafeDumper.add_representer(Lit, _lit_rep)


class Q(str):
    pass


def _q_rep(dumper, data):
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(data), style='"')


yaml.SafeDumper.add_representer(Q, _q_rep)


def write_expected(name, doc):
    out = {}
    for k in ("source", "reads"):
        out[k] = Lit(doc[k])
    for k in ("outcome", "accept_refusal", "refuse_at", "title"):
        if k in doc:
            out[k] = Q(doc[k]) if k == "title" else doc[k]
    if "actions" in doc:
        acts = []
        for a in doc["actions"]:
            item = {"ref": None if a["ref"] is None else Q(a["ref"]),
                    "under": [Q(u) for u in a["under"]], "action": Q(a["action"]),
                    "lead": [Q(x) for x in a["lead"]],
                    "end": None if a["end"] is None else Q(a["end"])}
            if a.get("end_text"):
                item["end_text"] = Q(a["end_text"])
            item["status"] = a["status"]
            acts.append(item)
        out["actions"] = acts
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(out, f, sort_keys=False, allow_unicode=True, width=10000,
                       default_flow_style=False)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------

def shade(cell, hex_colour):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tc_pr.append(shd)


def set_cell(cell, text, bold=False, size=9, colour=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)


# ===========================================================================
# 1. Royal Berkshire FRS - internal audit recommendations tracker (xlsx, read)
# ===========================================================================

def make_rbfrs():
    name = "zvp-royal-berkshire-fire-rescue-service-internal-audit-recommendations-tracker.xlsx"
    title = "Royal Berkshire Fire and Rescue Service – Internal Audit Recommendations Tracker"
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    rag_status = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    sections = [
        ("Fleet Management 2024/25 – Reasonable Assurance", [
            dict(ref="FM1",
                 rec="Vehicle defects reported by crews should be recorded on the fleet management system within 24 hours and tracked through to completion.",
                 pri=2,
                 action="Reissue the defect reporting procedure to all stations and introduce a monthly exception report from Tranman showing defects open for more than 7 days.",
                 lead_cell="Fleet and Equipment Manager", lead=["Fleet and Equipment Manager"],
                 orig=d(2025, 3, 31), rev=d(2025, 9, 30), end="2025-09",
                 upd="Procedure reissued May 2025. Exception report built; first run due in September once the Tranman upgrade goes live.",
                 rag="A"),
            dict(ref="FM2",
                 rec="Pool car mileage claims should be reconciled to fuel card transactions.",
                 pri=3,
                 action="Quarterly reconciliation of pool car mileage logs to fuel card statements, with variances over 10% referred to the budget holder.",
                 lead_cell="Fleet and Equipment Manager / Finance Business Partner",
                 lead=["Fleet and Equipment Manager", "Finance Business Partner"],
                 orig=d(2025, 6, 30), rev=None, end="2025-06",
                 upd="Q1 reconciliation completed July 2025; process now embedded.",
                 rag="B"),
        ]),
        ("Payroll and Pensions 2024/25 – Limited Assurance", [
            dict(ref="PP1",
                 rec="An independent check of starters, leavers and contractual variations should be completed before each monthly payroll cut-off.",
                 pri=1,
                 action="Introduce a pre-cut-off check of all iTrent starters, leavers and variations by a second officer, evidenced by a signed checklist retained with the payroll file.",
                 lead_cell="Payroll Manager", lead=["Payroll Manager"],
                 orig=d(2025, 5, 31), rev=d(2025, 10, 31), end="2025-10",
                 upd="Checklist designed but not yet operating consistently because of a vacancy in the payroll team. Recruitment completed; checks start with the October payroll.",
                 rag="R"),
            dict(ref="PP2",
                 rec="Payments to on-call firefighters should be reconciled to recorded availability and attendance.",
                 pri=1,
                 action="Monthly reconciliation of on-call payments to availability (Gartan) records.\nExceptions reported to the relevant Station Manager and to the Head of Response.",
                 lead_cell="Payroll Manager / Head of Response",
                 lead=["Payroll Manager", "Head of Response"],
                 orig=d(2025, 6, 30), rev=d(2025, 11, 30), end="2025-11",
                 upd="Data extract from Gartan agreed with the supplier; pilot at Hungerford and Wokingham in September.",
                 rag="A"),
            dict(ref="PP3",
                 rec="Annual benefit statements for the Firefighters' Pension Scheme should be issued by the statutory deadline.",
                 pri=2,
                 action="Agree a data submission timetable with the pensions administrator so that the 2025 annual benefit statements are issued by 31 August.",
                 lead_cell="Pensions Officer", lead=["Pensions Officer"],
                 orig=d(2025, 8, 31), rev=None, end="2025-08",
                 upd="Statements issued 22 August 2025.",
                 rag="B"),
        ]),
        ("Cyber Security 2025/26 – Reasonable Assurance", [
            dict(ref="CS1",
                 rec="Multi-factor authentication should be enforced for all remote access accounts.",
                 pri=1,
                 action="Complete the roll-out of MFA to all remaining remote access accounts, including on-call staff using station tablets.",
                 lead_cell="Head of ICT", lead=["Head of ICT"],
                 orig=d(2025, 7, 31), rev=d(2025, 12, 31), end="2025-12",
                 upd="92% of accounts enrolled. Remaining accounts are on-call tablet users; device replacement scheduled for November.",
                 rag="A"),
            dict(ref="CS2",
                 rec="The ICT disaster recovery plan should be tested at least annually and lessons recorded.",
                 pri=2,
                 action="Carry out a full failover test of the disaster recovery site and report the outcome to the Strategic Leadership Board.",
                 lead_cell="Head of ICT", lead=["Head of ICT"],
                 orig="Q4 2025/26", rev=None, end="2026-03",
                 upd="Test scheduled for February 2026.",
                 rag="G"),
            dict(ref="CS3",
                 rec="Leavers' network accounts should be disabled on their last working day.",
                 pri=2,
                 action="Automate account disabling from the HR leavers notification in iTrent.",
                 lead_cell="Head of ICT / HR Manager", lead=["Head of ICT", "HR Manager"],
                 orig=d(2025, 9, 30), rev=None, end="2025-09",
                 upd="Automation live from 1 August 2025.",
                 rag="B"),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Governance Committee, 25 September 2025 – position as at 31 August 2025"
    ws["A2"].font = Font(italic=True)
    hdr = ["Audit", "Assurance opinion", "Recommendations", "Implemented", "Open – on track",
           "Open – revised date", "Overdue"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEAD_FILL
        cell.border = BOX
        cell.alignment = WRAP
    summary = [
        ("Fleet Management 2024/25", "Reasonable", 2, 1, 0, 1, 0),
        ("Payroll and Pensions 2024/25", "Limited", 3, 1, 0, 1, 1),
        ("Cyber Security 2025/26", "Reasonable", 3, 1, 1, 1, 0),
    ]
    r = 5
    for row in summary:
        for c, v in enumerate(row, 1):
            ws.cell(row=r, column=c, value=v).border = BOX
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for c in range(3, 8):
        cell = ws.cell(row=r, column=c, value=sum(s[c - 1] for s in summary))
        cell.font = Font(bold=True)
        cell.border = BOX
    ws.cell(row=r + 2, column=1, value="Detail of each open and recently implemented recommendation is on the 'Tracker' sheet.")
    ws.column_dimensions["A"].width = 34
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 15

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Governance Committee, 25 September 2025 – position as at 31 August 2025"
    ws["A2"].font = Font(italic=True)
    cols = ["Ref", "Recommendation", "Priority", "Agreed management action", "Responsible officer",
            "Original target date", "Revised target date", "Progress update (August 2025)", "RAG"]
    for c, h in enumerate(cols, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEAD_FILL
        cell.border = BOX
        cell.alignment = WRAP
    widths = [7, 42, 9, 48, 26, 13, 13, 46, 7]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    r = 5
    actions = []
    for sec, recs in sections:
        ws.cell(row=r, column=1, value=sec).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(row=r, column=c).fill = SECTION_FILL
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for a in recs:
            vals = [a["ref"], a["rec"], a["pri"], a["action"], a["lead_cell"], a["orig"], a["rev"],
                    a["upd"], a["rag"]]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            rc = ws.cell(row=r, column=9)
            rc.fill = FILL[rag_fill[a["rag"]]]
            rc.alignment = Alignment(horizontal="center", vertical="top")
            r += 1
            actions.append(dict(ref=a["ref"], under=[sec, a["rec"]], action=a["action"],
                                lead=a["lead"], end=a["end"], status=rag_status[a["rag"]]))
    r += 1
    ws.cell(row=r, column=1, value="Key: RAG – B = implemented; G = on track to meet target date; A = revised target date agreed; R = overdue / not on track.")
    ws.cell(row=r + 1, column=1, value="Priority: 1 = high (fundamental control weakness); 2 = medium; 3 = low (good practice).")
    ws.cell(row=r + 2, column=1, value="Implemented recommendations are removed from the tracker after they have been reported once to the Committee.")
    wb.save(path(name))

    write_expected(name, dict(
        source=(
            "Royal Berkshire Fire and Rescue Service (Royal Berkshire Fire Authority), 2025, internal audit "
            "recommendations tracker as presented to the Authority's Audit and Governance Committee. Modelled on "
            "fire authority audit committee papers: a Summary sheet with counts by audit and assurance opinion and "
            "a totals row, then a Tracker sheet with merged, shaded audit heading rows (audit, year and assurance "
            "opinion), recommendation text beside the agreed management action, priority 1-3, original and "
            "revised target dates (real dates), job titles as responsible officers (two posts split by '/'), a "
            "progress update and a lettered, fill-coloured RAG cell, with key/notes lines under the table."),
        reads=(
            "A tracker of eight internal audit recommendations from three audits (Fleet Management, Payroll and "
            "Pensions, Cyber Security). Each row gives the auditor's recommendation and the management action "
            "agreed in response, an officer, an original and sometimes a revised target date and a B/G/A/R RAG; "
            "the revised date is the end where there is one. The Summary sheet and the key lines are not actions."),
        outcome="read",
        accept_refusal=False,
        title=title,
        actions=actions,
    ))
    return name, len(actions)


# ===========================================================================
# 2. NHS BSW ICB - UEC improvement programme highlight report (xlsx, REFUSE)
# ===========================================================================

def make_bsw():
    name = "zvp-nhs-bsw-icb-urgent-emergency-care-programme-highlight-report-typo-month-refuse.xlsx"
    title = "BSW Urgent and Emergency Care Improvement Programme – Highlight Report"
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight report"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "NHS Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Reporting period: October 2025"
    ws["D3"] = "Report to: BSW UEC Delivery Board, 12 November 2025"
    ws["A4"] = "SRO: Chief Delivery Officer"
    ws["D4"] = "Programme lead: Head of UEC Transformation"
    ws["A5"] = "Overall programme RAG"
    ws["B5"] = "Previous"
    ws["C5"] = "A"
    ws["C5"].fill = FILL[AMBER]
    ws["D5"] = "Current"
    ws["E5"] = "A"
    ws["E5"].fill = FILL[AMBER]
    ws["A7"] = "Key achievements this period"
    ws["A7"].font = Font(bold=True)
    ws["A8"] = "• Category 2 mean response across BSW improved to 34 minutes (September: 39 minutes)."
    ws["A9"] = "• Release-to-respond protocol live at all three acute hospitals from 6 October."
    ws["A10"] = "• Virtual ward occupancy reached 76% (target 80%)."
    ws["A12"] = "Milestones and deliverables"
    ws["A12"].font = Font(bold=True)
    cols = ["Ref", "Workstream", "Milestone / deliverable", "Lead", "Baseline date", "Forecast date",
            "Previous RAG", "Current RAG", "Commentary"]
    for c, h in enumerate(cols, 1):
        cell = ws.cell(row=13, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEAD_FILL
        cell.border = BOX
        cell.alignment = WRAP
    ms = [
        ("1.1", "1. Ambulance handover",
         "Implement the 45-minute release-to-respond protocol at RUH Bath, GWH and Salisbury District Hospital.",
         "Acute trust Chief Operating Officers", d(2025, 9, 30), d(2025, 10, 31), "A", "B",
         "Live at all three sites from 6 October 2025."),
        ("1.2", "1. Ambulance handover",
         "Go live with the SWASFT / ICB care co-ordination hub for category 3 to 5 calls.",
         "Head of UEC Transformation", d(2025, 10, 31), d(2025, 12, 31), "G", "A",
         "Clinical safety case approved; go-live moved to December to align with SWASFT CAD upgrade."),
        ("2.1", "2. Same day emergency care",
         "Extend SDEC opening hours to 22:00, seven days a week, at GWH.",
         "GWH Divisional Director, Urgent Care", d(2025, 11, 30), "Febuary 2026", "A", "R",
         "Recruitment to two acute physician posts unsuccessful; re-advertised. Interim rota under review."),
        ("2.2", "2. Same day emergency care",
         "Direct conveyance to SDEC by SWASFT crews at all three acute sites.",
         "SWASFT Head of Operations (BSW)", d(2025, 12, 31), d(2025, 12, 31), "G", "G",
         "RUH and Salisbury live; GWH pathway agreed for December."),
        ("3.1", "3. Virtual wards",
         "Increase virtual ward occupancy to 80% across BSW.",
         "Deputy Director, Community Services", d(2025, 12, 31), d(2026, 1, 31), "A", "A",
         "76% in October. Frailty pathway referrals from GPs lower than planned."),
        ("3.2", "3. Virtual wards",
         "Launch the respiratory virtual ward in Swindon.",
         "HCRG Care Group Service Lead", d(2025, 11, 30), d(2025, 11, 30), "G", "G",
         "Staff recruited; launch 17 November."),
        ("4.1", "4. Discharge",
         "Transfer of care hubs operating seven days a week in B&NES, Swindon and Wiltshire.",
         "Director of Integrated Care (Place)", d(2025, 10, 31), d(2025, 10, 31), "G", "B",
         "All three hubs now seven-day."),
        ("4.2", "4. Discharge",
         "Reduce patients with no criteria to reside in acute beds to below 200.",
         "Director of Integrated Care (Place) / Local authority DASSs", d(2026, 3, 31), d(2026, 3, 31), "A", "A",
         "October average 231 (September 244)."),
    ]
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    r = 14
    typo_row = None
    for m in ms:
        for c, v in enumerate(m, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
            if isinstance(v, dt.datetime):
                cell.number_format = "mmm-yy"
        ws.cell(row=r, column=7).fill = FILL[rag_fill[m[6]]]
        ws.cell(row=r, column=8).fill = FILL[rag_fill[m[7]]]
        if m[5] == "Febuary 2026":
            typo_row = r
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key risks and issues").font = Font(bold=True)
    r += 1
    for c, h in enumerate(["ID", "Risk / issue", "Score", "Mitigation", "Owner"], 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BOX
    r += 1
    for row in [
        ("UEC-R04", "Winter demand exceeds modelled bed capacity at GWH", 16,
         "Escalation beds identified; weekly system capacity call", "Chief Delivery Officer"),
        ("UEC-R07", "Acute physician recruitment delays SDEC extension", 12,
         "Re-advertise; explore joint posts with RUH", "GWH Divisional Director, Urgent Care"),
    ]:
        for c, v in enumerate(row, 1):
            ws.cell(row=r, column=c, value=v).border = BOX
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Decisions / support required from the Board").font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="• Note the revised forecast for the care co-ordination hub go-live.")
    ws.cell(row=r + 2, column=1, value="RAG key: B = complete; G = on track; A = at risk, mitigation in place; R = off track, escalation required.")
    widths = [7, 22, 50, 30, 12, 12, 10, 10, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    ws2 = wb.create_sheet("Metrics")
    ws2["A1"] = "UEC headline metrics – October 2025"
    ws2["A1"].font = Font(bold=True)
    for i, row in enumerate([
        ("Metric", "Target", "Sep-25", "Oct-25"),
        ("Category 2 mean response (mins)", 30, 39, 34),
        ("4-hour ED performance (%)", 78, 71.2, 73.0),
        ("Handovers over 60 minutes", 0, 412, 268),
        ("No criteria to reside (average)", 200, 244, 231),
    ], start=3):
        for c, v in enumerate(row, 1):
            ws2.cell(row=i, column=c, value=v)
    wb.save(path(name))

    write_expected(name, dict(
        source=(
            "NHS Bath and North East Somerset, Swindon and Wiltshire (BSW) ICB, 2025, urgent and emergency care "
            "improvement programme highlight report to the system UEC board. Modelled on ICB programme highlight "
            "reports: header block (ICB, programme, reporting period, SRO, previous/current overall RAG), key "
            "achievements bullets, a milestones table by numbered workstream with baseline and forecast dates "
            "(real dates formatted mmm-yy), fill-only previous and current RAG cells and commentary, followed by "
            "risks/issues and decisions blocks and a Metrics sheet."),
        reads=(
            "A highlight report with eight milestones under four workstreams. Milestone 2.1 (SDEC opening hours "
            "at GWH) has the forecast date typed as 'Febuary 2026', a text cell among real dates: a mistyped "
            "month in the end column, so a careful reader stops and asks what the forecast date is."),
        outcome="refuse",
        refuse_at=typo_row,
        title=title,
    ))
    return name, len(ms)


# ===========================================================================
# 3. Bishop Grosseteste University - Board of Governors action log (xlsx)
# ===========================================================================

def make_bgu():
    name = "zvp-bishop-grosseteste-university-board-of-governors-action-log.xlsx"
    title = "Bishop Grosseteste University – Board of Governors Action Log"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action log"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Updated for the meeting of 27 November 2025"
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "Key:"
    ws["A3"].font = Font(bold=True)
    key = [(GREEN, "On track"), (AMBER, "At risk / date revised"), (RED, "Overdue"), (BLUE, "Complete")]
    for i, (col, label) in enumerate(key):
        ws.cell(row=3, column=2 + i * 2).fill = FILL[col]
        ws.cell(row=3, column=3 + i * 2, value=label)
    cols = ["Minute ref", "Action", "Owner", "Due", "Status", "Update"]
    for c, h in enumerate(cols, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEAD_FILL
        cell.border = BOX
    meetings = [
        ("Meeting of 10 July 2025", [
            ("BG/25/44", "Confirm the Students' Union block grant and service level agreement for 2025/26.",
             "DoF", ["DoF"], d(2025, 9, 30), "2025-09", None, RED, "red",
             "Awaiting SU budget submission; to be confirmed at this meeting."),
            ("BG/25/47", "Circulate the revised Scheme of Delegation to all governors for comment before approval at the October meeting.",
             "Clerk", ["Clerk"], d(2025, 10, 31), "2025-10", None, BLUE, "blue",
             "Circulated 15 September; approved 16 October 2025."),
            ("BG/25/49", "Provide a breakdown of the 2025/26 recruitment forecast by subject area, including international and degree apprenticeship numbers.",
             "PVC (Ed)", ["PVC (Ed)"], d(2025, 11, 30), "2025-11", None, GREEN, "green",
             "On the agenda for 27 November (item 8)."),
            ("BG/25/52", "Commission an externally facilitated review of board effectiveness in line with the CUC Higher Education Code of Governance.",
             "Clerk / Chair", ["Clerk", "Chair"], d(2026, 3, 31), "2026-03", None, AMBER, "amber",
             "Three providers approached; procurement delayed over the summer. Date revised from December 2025 to March 2026."),
        ]),
        ("Meeting of 16 October 2025", [
            ("BG/25/61", "Report progress against OfS condition E6 (harassment and sexual misconduct), including staff and student training completion rates.",
             "Director of Student Experience", ["Director of Student Experience"], d(2025, 11, 30), "2025-11", None,
             GREEN, "green", "Report at item 11."),
            ("BG/25/63", "Bring the revised 2025/26 financial forecast, reflecting the October enrolment census, to the Finance and Resources Committee.",
             "DoF", ["DoF"], d(2025, 12, 31), "2025-12", None, GREEN, "green",
             "Census data confirmed 1 November; forecast in preparation."),
            ("BG/25/64", "Arrange a governor visit to the new Health and Social Care skills suite.",
             "Clerk", ["Clerk"], "TBC", None, "TBC", None, "unrated",
             "Date to be agreed with the School of Health."),
            ("BG/25/66", "Review the KPI dashboard so that continuation and completion measures are shown against the OfS B3 thresholds.",
             "VC / PVC (Ed)", ["VC", "PVC (Ed)"], d(2026, 1, 15), "2026-01", None, AMBER, "amber",
             "Planning Office capacity limited until after HESA return; first draft to January meeting."),
        ]),
    ]
    r = 6
    actions = []
    for mtg, rows in meetings:
        ws.cell(row=r, column=1, value=mtg).font = Font(bold=True)
        for c in range(1, 7):
            ws.cell(row=r, column=c).fill = SECTION_FILL
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for ref, act, owner, lead, due, end, end_text, fill, status, upd in rows:
            vals = [ref, act, owner, due, None, upd]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy" if v.day == 15 else "mmm-yy"
            if fill:
                ws.cell(row=r, column=5).fill = FILL[fill]
            a = dict(ref=ref, under=[mtg], action=act, lead=lead, end=end, status=status)
            if end_text:
                a["end_text"] = end_text
            actions.append(a)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Completed actions are removed from the log once reported to the Board. Owners are listed on the 'Owners' sheet.")
    widths = [12, 60, 18, 11, 9, 55]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    ws2 = wb.create_sheet("Owners")
    ws2["A1"] = "Abbreviations used in the action log"
    ws2["A1"].font = Font(bold=True)
    for i, (a, b) in enumerate([
        ("VC", "Vice-Chancellor"),
        ("PVC (Ed)", "Pro Vice-Chancellor (Education)"),
        ("DoF", "Director of Finance"),
        ("Chair", "Chair of the Board of Governors"),
        ("Clerk", "Clerk to the Board of Governors"),
    ], start=3):
        ws2.cell(row=i, column=1, value=a)
        ws2.cell(row=i, column=2, value=b)
    wb.save(path(name))

    write_expected(name, dict(
        source=(
            "Bishop Grosseteste University (Lincoln), 2025, Board of Governors rolling action log as published "
            "with board papers. Modelled on university governing body action logs: title and 'updated for the "
            "meeting of' line, a colour key row, actions grouped under merged meeting-date rows with minute "
            "references (BG/25/nn), owners as post abbreviations (two split by '/'), due dates shown mmm-yy "
            "(one full date, one 'TBC'), a fill-only status column and an update column, plus an 'Owners' "
            "sheet of abbreviations."),
        reads=(
            "Eight open or recently completed board actions from the July and October 2025 meetings, each read "
            "under its meeting heading. Status is given only by the fill colour of the Status cell, read through "
            "the key (green on track, amber at risk, red overdue, blue complete; no fill for the TBC visit). The "
            "key row, notes line and Owners sheet are not actions."),
        outcome="read",
        accept_refusal=False,
        title=title,
        actions=actions,
    ))
    return name, len(actions)


# ===========================================================================
# 4. Fernleigh House care home - CQC inspection action plan (docx)
# ===========================================================================

def make_fernleigh():
    name = "zvp-fernleigh-house-care-home-cqc-inspection-action-plan.docx"
    title = "Fernleigh House Care Home – CQC Inspection Action Plan"
    rag_colour = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER}
    rag_status = {"Complete": "blue", "Green": "green", "Amber": "amber"}
    regs = [
        ("Regulation 12: Safe care and treatment",
         "The provider must ensure that risks to people's health and safety are assessed, and that staff have clear, up-to-date guidance to manage them, including for people at risk of choking and pressure damage.",
         [
             ("12.1", "Review every resident's care plan and risk assessments, starting with the 11 people assessed as at high risk of choking or skin breakdown.",
              "Registered Manager / Clinical Lead", ["Registered Manager", "Clinical Lead"], "31 May 2025", "2025-05", None,
              "All 38 care plans reviewed by 28 May 2025.", "Complete"),
             ("12.2", "Display each person's IDDSI diet and fluid level in the kitchen and at the point of service, and check it at every mealtime.",
              "Head Chef / Senior Carer on shift", ["Head Chef", "Senior Carer on shift"], "End of June 2025", "2025-06", None,
              "Diet notification board in place; mealtime checks recorded on the daily handover sheet.", "Complete"),
             ("12.3", "Introduce a weekly pressure care audit of repositioning charts and mattress settings, with findings reviewed at the monthly clinical governance meeting.",
              "Clinical Lead", ["Clinical Lead"], "30/06/2025", "2025-06", None,
              "Weekly audits taking place. Two gaps in night repositioning records in September, addressed through supervision.", "Green"),
         ]),
        ("Regulation 17: Good governance",
         "The provider must ensure that systems to assess, monitor and improve the quality and safety of the service are operated effectively, and that records are accurate and complete.",
         [
             ("17.1", "Replace paper audits with the electronic audit tool in the care planning system and agree a monthly audit schedule.",
              "Registered Manager", ["Registered Manager"], "31 July 2025", "2025-07", None,
              "Audit tool live and schedule agreed. Medication and falls audits moved across; infection control audit still on paper.", "Amber"),
             ("17.2", "Nominated Individual to complete a monthly provider visit and write a report with actions for the home.",
              "Nominated Individual", ["Nominated Individual"], "Monthly", None, "Monthly",
              "Visits completed in June, July, August and September 2025.", "Green"),
             ("17.3", "Hold a residents' and relatives' meeting each quarter and display 'You said, we did' feedback on the noticeboard.",
              "Activities Coordinator", ["Activities Coordinator"], "Sept 2025", "2025-09", None,
              "First meeting held 24 July 2025; next meeting 23 October.", "Green"),
         ]),
        ("Regulation 18: Staffing",
         "The provider must ensure there are sufficient numbers of suitably qualified, competent and skilled staff deployed, and that staff receive the training and supervision they need.",
         [
             ("18.1", "Use the dependency tool monthly to set staffing levels and add a twilight carer (17:00–22:00) on the first floor.",
              "Registered Manager", ["Registered Manager"], "By 31 August 2025", "2025-08", None,
              "Twilight shift in place from 4 August 2025.", "Complete"),
             ("18.2", "Bring mandatory training compliance to 95%, prioritising moving and handling, safeguarding and dysphagia training.",
              "Deputy Manager / Training Coordinator", ["Deputy Manager", "Training Coordinator"],
              "30/09/2025 revised to 30/11/2025", "2025-11", None,
              "Compliance 88% at the end of September. Dysphagia training booked for all night staff in November.", "Amber"),
         ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Provider: Fernleigh Care Homes Ltd    Registered Manager: Sarah Okafor")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [
        ("Location", "Fernleigh House, 14 Quantock Road, Bridgwater, Somerset TA6 7EX"),
        ("Inspection dates", "8 and 9 April 2025"),
        ("Report published", "3 June 2025"),
        ("Overall rating", "Requires improvement"),
        ("Plan version", "v3 – progress updated 6 October 2025"),
    ]:
        cells = info.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.add_paragraph(
        "This plan sets out what we will do to meet the requirement notices issued following our inspection. "
        "It is reviewed at the monthly clinical governance meeting and shared with the local authority quality team.")

    actions = []
    for heading, must, rows in regs:
        doc.add_heading(heading, level=1)
        p = doc.add_paragraph()
        run = p.add_run(must)
        run.italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in enumerate(["No.", "What we will do", "Who", "By when", "Progress at October 2025", "RAG"]):
            set_cell(t.rows[0].cells[c], h, bold=True, colour="FFFFFF")
            shade(t.rows[0].cells[c], "1F3864")
        for ref, act, who, lead, when, end, end_text, prog, rag in rows:
            cells = t.add_row().cells
            for c, v in enumerate([ref, act, who, when, prog, rag]):
                set_cell(cells[c], v)
            shade(cells[5], rag_colour[rag])
            a = dict(ref=ref, under=[heading, must], action=act, lead=lead, end=end,
                     status=rag_status[rag])
            if end_text:
                a["end_text"] = end_text
            actions.append(a)
        doc.add_paragraph("")

    doc.add_heading("Sign-off", level=1)
    so = doc.add_table(rows=1, cols=3)
    so.style = "Table Grid"
    for c, h in enumerate(["Role", "Name", "Date"]):
        set_cell(so.rows[0].cells[c], h, bold=True)
    for row in [("Registered Manager", "Sarah Okafor", "06/10/2025"),
                ("Nominated Individual", "Martin Hale", "07/10/2025")]:
        cells = so.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v)
    doc.save(path(name))

    write_expected(name, dict(
        source=(
            "Fernleigh House Care Home (Fernleigh Care Homes Ltd, Bridgwater), 2025, action plan in response to a "
            "CQC inspection rated Requires improvement with requirement notices. Modelled on care home provider "
            "action plans sent to CQC and the local authority quality team: title, provider/manager line, a "
            "location/inspection details table, then one section per breached regulation (heading, the 'provider "
            "must' requirement in italics, a table of numbered actions with Who, By when, progress and a "
            "word-and-fill RAG), and a sign-off table."),
        reads=(
            "Eight actions answering three breached regulations (12, 17 and 18), each read under its regulation "
            "heading and the requirement text above its table. Leads are posts (two split by '/'); dates are "
            "written in various ways, one is 'Monthly' and one gives an original and a revised date (the revised "
            "one counts). The details and sign-off tables are not the plan."),
        outcome="read",
        accept_refusal=False,
        title=title,
        actions=actions,
    ))
    return name, len(actions)


# ===========================================================================
# 5. Harlow College - Quality Improvement Plan 2024/25 (docx)
# ===========================================================================

def make_harlow():
    name = "zvp-harlow-college-quality-improvement-plan-2024-25.docx"
    title = "Harlow College Quality Improvement Plan 2024/25"
    rag_colour = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    rag_status = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}
    sections = [
        ("1. Quality of education", [
            ("Too few learners on level 3 study programmes achieve high grades in line with their starting points.", [
                ("1.1", "Introduce termly stretch and challenge learning walks in each curriculum area, with findings fed into the teaching and learning coaching programme.",
                 "Head of Teaching, Learning and Assessment", ["Head of Teaching, Learning and Assessment"],
                 "Termly", None, "Termly",
                 "High grades at level 3 rise from 18% to 25%", "Autumn walks complete in all areas; spring walks under way.", "G"),
                ("1.2", "Set minimum target grades from prior attainment in ProMonitor and review progress against them at each progress review point.",
                 "Heads of School", ["Heads of School"], "Autumn term 2024", "2024-12", None,
                 "100% of level 3 learners have a minimum target grade", "Completed November 2024.", "B"),
            ]),
            ("Attendance at English and maths GCSE and functional skills lessons is too low.", [
                ("1.3", "Move English and maths lessons into vocational timetable blocks and introduce same-day follow-up of absence by progress coaches.",
                 "Head of English and Maths / Head of Learner Services",
                 ["Head of English and Maths", "Head of Learner Services"], "Spring term 2025", "2025-04", None,
                 "English and maths attendance at 85% or above", "Attendance 79% at February half term; progress coach vacancies now filled.", "A"),
            ]),
        ]),
        ("2. Behaviour and attitudes", [
            ("A minority of learners do not arrive on time to lessons, particularly at the start of the day.", [
                ("2.1", "Launch the Ready to Learn punctuality campaign, with lateness tracked weekly and shared with tutors and parents.",
                 "Assistant Principal – Learner Experience", ["Assistant Principal – Learner Experience"],
                 "31/01/2025", "2025-01", None,
                 "Lateness to first lessons halved", "Campaign launched January; lateness down 35% so far.", "G"),
            ]),
            ("Not all learners on study programmes complete meaningful work experience.", [
                ("2.2", "Appoint an industry placement coordinator for each school and record every placement in the placement tracker.",
                 "Work Placement Manager", ["Work Placement Manager"], "Dec 2024", "2024-12", None,
                 "90% of learners complete a placement", "Coordinators in post; tracker live.", "B"),
            ]),
        ]),
        ("3. Personal development", [
            ("Learners' understanding of the risks of radicalisation and extremism in the local area is not secure.", [
                ("3.1", "Deliver a tutorial unit on Prevent and local risks, co-designed with the Essex Prevent coordinator, to all 16 to 18 learners.",
                 "Safeguarding Manager (DSL)", ["Safeguarding Manager (DSL)"], "Summer term 2025", "2025-07", None,
                 "Learner voice shows 90% can describe local risks", "Unit written; delivery timetabled for the summer term.", "G"),
            ]),
        ]),
        ("4. Leadership and management", [
            ("Governors do not receive sufficiently detailed information about the quality of apprenticeship provision.", [
                ("4.1", "Add apprenticeship achievement, breaks in learning and off-the-job training data to the termly governor quality report.",
                 "Vice Principal – Quality and Performance", ["Vice Principal – Quality and Performance"],
                 "March 2025", "2025-03", None,
                 "Governors' minutes show challenge on apprenticeship data", "Included in the February 2025 report to governors.", "B"),
                ("4.2", "Hold a governor link visit to the apprenticeships team and report the findings to the Quality and Standards Committee.",
                 "Clerk to the Corporation / Director of Apprenticeships",
                 ["Clerk to the Corporation", "Director of Apprenticeships"], "30 April 2025", "2025-04", None,
                 "Visit report received by committee", "Visit date to be confirmed.", ""),
            ]),
        ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    h = doc.add_heading(title, level=0)
    p = doc.add_paragraph("Arising from the Self-Assessment Report 2023/24    Progress update: March 2025")
    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, hh in enumerate(["Version", "Date", "Author", "Approved by"]):
        set_cell(dc.rows[0].cells[c], hh, bold=True)
    for row in [("1.0", "November 2024", "Vice Principal – Quality and Performance", "Quality and Standards Committee"),
                ("1.1", "March 2025", "Quality Manager", "Senior Leadership Team")]:
        cells = dc.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v)
    doc.add_heading("RAG key", level=2)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for k, v in [("B", "Complete"), ("G", "On track"), ("A", "Some slippage – action being taken"), ("R", "Off track")]:
        cells = key.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], rag_colour[k])
        set_cell(cells[1], v)

    actions = []
    for sec, afis in sections:
        doc.add_heading(sec, level=1)
        t = doc.add_table(rows=1, cols=8)
        t.style = "Table Grid"
        for c, hh in enumerate(["Ref", "Area for improvement", "Actions", "Lead", "Target date",
                                "Success measure", "Progress (March 2025)", "RAG"]):
            set_cell(t.rows[0].cells[c], hh, bold=True, colour="FFFFFF")
            shade(t.rows[0].cells[c], "7030A0")
        for afi, rows in afis:
            first_idx = len(t.rows)
            for ref, act, lead_cell, lead, when, end, end_text, succ, prog, rag in rows:
                cells = t.add_row().cells
                for c, v in enumerate([ref, None, act, lead_cell, when, succ, prog, rag]):
                    if v is not None:
                        set_cell(cells[c], v)
                if rag:
                    shade(cells[7], rag_colour[rag])
                a = dict(ref=ref, under=[sec, afi], action=act, lead=lead, end=end, status=rag_status[rag])
                if end_text:
                    a["end_text"] = end_text
                actions.append(a)
            last_idx = len(t.rows) - 1
            top = t.cell(first_idx, 1)
            if last_idx > first_idx:
                top = top.merge(t.cell(last_idx, 1))
            set_cell(top, afi)
        doc.add_paragraph("")
    doc.add_paragraph("The QIP is monitored monthly by the Senior Leadership Team and termly by the Quality and Standards Committee.")
    doc.save(path(name))

    write_expected(name, dict(
        source=(
            "Harlow College (Essex general FE college), 2024/25 quality improvement plan arising from its "
            "self-assessment report. Modelled on FE college QIPs presented to quality and standards committees: "
            "title and SAR line, document control table, RAG key table, then one table per Ofsted EIF key "
            "judgement under a numbered heading, with the area for improvement in a vertically merged cell "
            "beside its actions, lead posts, target dates as months, terms and 'Termly', success measure, "
            "progress column and a lettered, filled RAG cell (one left blank)."),
        reads=(
            "Eight actions under four key judgement headings, each answering an area for improvement written "
            "in the merged second column. Ends include terms (Autumn term 2024 = December, Spring term 2025 = "
            "April, Summer term 2025 = July) and one 'Termly'. The document control and RAG key tables are not "
            "the plan; action 4.2 has no RAG yet."),
        outcome="read",
        accept_refusal=False,
        title=title,
        actions=actions,
    ))
    return name, len(actions)


# ===========================================================================
# 6. Progress Housing Group - strategic risk register 2025/26 (csv)
# ===========================================================================

def make_progress():
    name = "zvp-progress-housing-group-strategic-risk-register-2025-26.csv"
    title = "Progress Housing Group – Strategic Risk Register 2025/26"
    st = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}
    risks = [
        ("SR01 – Building and fire safety compliance", "Executive Director of Property", "8 (2 x 4)", [
            ("SR01.1", "Complete remediation of external wall systems on the four remaining 11–18m blocks under the Cladding Safety Scheme.",
             "Head of Building Safety", ["Head of Building Safety"], "31/03/2026", "2026-03", None, "G"),
            ("SR01.2", "Carry out resident engagement surveys in all higher-risk buildings and update the resident engagement strategy.",
             "Building Safety Manager", ["Building Safety Manager"], "Q3 2025/26", "2025-12", None, "A"),
        ]),
        ("SR02 – Damp, mould and Awaab's Law readiness", "Executive Director of Property", "12 (3 x 4)", [
            ("SR02.1", "Implement the new damp and mould triage process so that emergency hazards are investigated within 24 hours, in line with Awaab's Law from 27 October 2025.",
             "Head of Repairs", ["Head of Repairs"], "27/10/2025", "2025-10", None, "B"),
            ("SR02.2", "Complete stock condition surveys on the remaining 2,300 homes not surveyed in the last five years.",
             "Asset Manager; Stock Condition Lead", ["Asset Manager", "Stock Condition Lead"], "Mar-26", "2026-03", None, "A"),
        ]),
        ("SR03 – Cyber security and data loss", "Chief Operating Officer", "12 (3 x 4)", [
            ("SR03.1", "Achieve Cyber Essentials Plus certification for the corporate network.",
             "Head of IT", ["Head of IT"], "30/09/2025", "2025-09", None, "R"),
            ("SR03.2", "Run a phishing simulation for all staff each quarter and target refresher training at repeat clickers.",
             "Head of IT; Information Governance Lead", ["Head of IT", "Information Governance Lead"],
             "Ongoing", None, "Ongoing", "G"),
        ]),
        ("SR04 – Financial viability and covenant compliance", "Chief Finance Officer", "9 (3 x 3)", [
            ("SR04.1", "Stress-test the 30-year business plan against the 2026 rent settlement and a combined high-inflation, high-interest scenario, and report the results to the Board.",
             "Chief Finance Officer", ["Chief Finance Officer"], "Jan 2026", "2026-01", None, "G"),
        ]),
        ("SR05 – Meeting the Consumer Standards", "Executive Director of Customer Services", "12 (4 x 3)", [
            ("SR05.1", "Publish the 2024/25 Tenant Satisfaction Measures with a tenant-led commentary and an improvement plan for the three lowest-scoring measures.",
             "Head of Customer Insight", ["Head of Customer Insight"], "30/09/2025", "2025-09", None, "B"),
            ("SR05.2", "Commission an independent review of complaint handling against the Housing Ombudsman's Complaint Handling Code.",
             "Head of Customer Services", ["Head of Customer Services"], "Q4 2025/26", "2026-03", None, ""),
        ]),
    ]
    header = ["Risk", "Risk owner", "Residual score (L x I)", "Action ref", "Further mitigating action",
              "Action owner", "Target date", "Action status"]
    n = len(header)
    rows = [[title] + [""] * (n - 1),
            ["Report to Audit and Risk Committee – 18 November 2025 (Q2 position)"] + [""] * (n - 1),
            [""] * n,
            header]
    actions = []
    for risk, owner, score, acts in risks:
        for i, (ref, act, owner_cell, lead, when, end, end_text, status) in enumerate(acts):
            if i == 0:
                rows.append([risk, owner, score, ref, act, owner_cell, when, status])
            else:
                rows.append(["", "", "", ref, act, owner_cell, when, status])
            a = dict(ref=ref, under=[risk], action=act, lead=lead, end=end, status=st[status])
            if end_text:
                a["end_text"] = end_text
            actions.append(a)
    rows.append([""] * n)
    rows.append(["Key – action status: B = complete; G = on track; A = behind schedule, revised date agreed; R = overdue; blank = not yet started"] + [""] * (n - 1))
    rows.append(["Residual score = likelihood x impact (each 1–5). Risks scoring 15 or more are escalated to the Board."] + [""] * (n - 1))
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)

    write_expected(name, dict(
        source=(
            "Progress Housing Group (Leyland, Lancashire housing association), 2025/26 strategic risk register "
            "as reported quarterly to its Audit and Risk Committee, exported to CSV. Modelled on housing "
            "association risk registers: title and committee line, one row per further mitigating action with the "
            "risk, risk owner and residual score given on the first row of each risk only (continuation rows "
            "blank), action refs, action owners (two split by ';'), target dates in mixed forms (dd/mm/yyyy, "
            "Mar-26, Jan 2026, Q3/Q4 2025/26, Ongoing) and a lettered action status explained in a key line."),
        reads=(
            "Nine further mitigating actions against five strategic risks; each action is read under its risk, "
            "which is carried down over the blank continuation rows. Action status is the B/G/A/R letter "
            "(blank = not started); the residual risk score is not the action's status. Key and note lines are "
            "not actions."),
        outcome="read",
        accept_refusal=False,
        title=title,
        actions=actions,
    ))
    return name, len(actions)


# ===========================================================================
# 7. Cambridgeshire Constabulary - custody inspection action plan (txt, TSV)
# ===========================================================================

def make_cambs():
    name = "zvp-cambridgeshire-constabulary-police-custody-inspection-action-plan.txt"
    title = "Cambridgeshire Constabulary – Police Custody Inspection Action Plan"
    stmap = {"Complete": "blue", "On track": "green", "Amber": "amber", "Not started": "unrated"}
    sections = [
        ("Leadership, accountability and working with partners", [
            ("1.1", "The constabulary should improve the quality and use of its custody performance data so that leaders can identify trends, including in the use of force.",
             "Develop a monthly custody performance dashboard in Power BI covering detention times, use of force and detainee demographics.",
             "Custody Inspector (Governance)", ["Custody Inspector (Governance)"], "30/09/2024", "2024-09", None, "Complete",
             "Dashboard live from September 2024 and reviewed at the Custody Strategic Board."),
            ("1.2", None,
             "Present a quarterly analysis of use of force in custody to the Custody Strategic Board and the OPCC scrutiny panel.",
             "Ch Insp Custody", ["Ch Insp Custody"], "Dec-24", "2024-12", None, "Complete",
             "First report to the board 11 December 2024."),
        ]),
        ("Pre-custody: first point of contact", [
            ("2.1", "Officers should record why alternatives to custody were not appropriate when children and vulnerable adults are brought into custody.",
             "Add a mandatory 'alternatives considered' field to the booking-in record for all children and vulnerable adults.",
             "Custody Inspector (Operations)", ["Custody Inspector (Operations)"], "31/12/2024", "2024-12", None, "Complete",
             "Field added to Athena custody module 2 December 2024."),
        ]),
        ("In the custody suite: booking in, individual needs and legal rights", [
            ("3.1", "The constabulary should make sure that detainees' individual needs, including those relating to protected characteristics, are consistently identified and recorded at booking in.",
             "Refresh booking-in training for all custody sergeants and detention officers, including a module on identifying and recording diverse needs.",
             "Custody Training Lead", ["Custody Training Lead"], "Mar-25", "2025-03", None, "On track",
             "Five of seven training days delivered; remaining two booked for March."),
            ("3.2", None,
             "Dip-sample 20 custody records each month and feed back findings to individual sergeants.",
             "Custody Inspector (Governance); Custody Sergeants", ["Custody Inspector (Governance)", "Custody Sergeants"],
             "Monthly", None, "Monthly", "On track",
             "Dip sampling in place since October 2024."),
            ("3.3", "Detainees held for longer periods should be offered a shower, reading materials and outside exercise.",
             "Install a shower and a secure exercise yard in the new Milton custody suite, and provide reading material at Parkside and Thorpe Wood.",
             "Head of Estates / Custody Inspector (Operations)", ["Head of Estates", "Custody Inspector (Operations)"],
             "31/07/2025", "2025-07", None, "Amber",
             "Reading material in place at both suites. Milton build programme has slipped; handover now expected June 2025."),
        ]),
        ("In the custody cell: safeguarding and health care", [
            ("4.1", "Records of observations and rousing checks should be completed accurately and at the time of the check.",
             "Introduce handheld devices so that detention officers record cell checks at the cell door.",
             "Custody Inspector (Operations)", ["Custody Inspector (Operations)"], "Jun-25", "2025-06", None, "Not started",
             "Business case to go to Change Board in April 2025."),
            ("4.2", "The constabulary should strengthen its oversight of the custody healthcare contract, including the management of medicines.",
             "Agree a revised performance schedule with the healthcare provider, including monthly medicines management audits.",
             "Head of Criminal Justice", ["Head of Criminal Justice"], "Q1 2025/26", "2025-06", None, "Amber",
             "Draft schedule with the provider; contract variation needs sign-off by the OPCC."),
        ]),
        ("Release and transfer from custody", [
            ("5.1", "Pre-release risk assessments should be completed thoroughly for all detainees, with clear referrals for those who are vulnerable.",
             "Introduce a pre-release risk assessment checklist, with mandatory referral to liaison and diversion for vulnerable detainees.",
             "Custody Inspector (Operations)", ["Custody Inspector (Operations)"], "30/11/2024 (revised 28/02/2025)", "2025-02", None,
             "Complete", "Checklist in use at both suites from 24 February 2025."),
        ]),
    ]
    cols = ["Ref", "Area for improvement", "Action", "Owner", "Target date", "Status", "Update"]
    n = len(cols)
    lines = [
        title,
        "HMICFRS / CQC inspection of police custody suites, April 2024 (report published August 2024)",
        "Owner: Chief Inspector, Criminal Justice and Custody\tLast updated: 14/03/2025",
        "",
        "\t".join(cols),
    ]
    actions = []
    counts = {}
    for sec, rows in sections:
        lines.append(sec + "\t" * (n - 1))
        afi_cur = None
        for ref, afi, act, owner, lead, when, end, end_text, status, upd in rows:
            if afi is not None:
                afi_cur = afi
            lines.append("\t".join([ref, afi or "", act, owner, when, status, upd]))
            a = dict(ref=ref, under=[sec, afi_cur], action=act, lead=lead, end=end, status=stmap[status])
            if end_text:
                a["end_text"] = end_text
            actions.append(a)
            counts[status] = counts.get(status, 0) + 1
    lines.append("")
    lines.append("Status key: Complete; On track; Amber = at risk of missing the target date; Not started")
    lines.append(
        f"Summary: {len(actions)} actions – {counts.get('Complete', 0)} complete, {counts.get('On track', 0)} on track, "
        f"{counts.get('Amber', 0)} amber, {counts.get('Not started', 0)} not started")
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(name, dict(
        source=(
            "Cambridgeshire Constabulary, 2024-25, action plan responding to the HMICFRS/CQC inspection of its "
            "custody suites (April 2024, 12 areas for improvement, report August 2024), as exported from the "
            "force's tracker to tab-separated text. Modelled on force custody inspection action plans: title "
            "lines and an owner/last-updated line, sections following the report's chapters (Leadership...; "
            "Pre-custody...; In the custody suite...; In the custody cell...; Release and transfer...), the area "
            "for improvement on the first action line only (continuation lines blank), owners as posts (two "
            "split by ';' or '/'), mixed target dates and a word status, then key and summary lines."),
        reads=(
            "Nine actions under the five chapters of the custody inspection report, each answering the area for "
            "improvement written on its first line; lines 1.2 and 3.2 continue the area above. Status words are "
            "Complete (blue), On track (green), Amber and Not started (unrated); where a revised date is given it "
            "is the end. Section, key and summary lines are not actions."),
        outcome="read",
        accept_refusal=False,
        title=title,
        actions=actions,
    ))
    return name, len(actions)


if __name__ == "__main__":
    for fn in (make_rbfrs, make_bsw, make_bgu, make_fernleigh, make_harlow, make_progress, make_cambs):
        nm, k = fn()
        print(f"{nm}: {k} actions")
