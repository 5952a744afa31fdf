#!/usr/bin/env python
"""Build the seven nh2- blind cases (set heldout406) and their expected readings.

Run with /work/main/.venv/bin/python nh2_make.py  (needs openpyxl, python-docx, pyyaml).
Data files and NAME.expected.yaml are written beside this script.
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
from openpyxl.utils import get_column_letter
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FFFF0000"
AMBER = "FFFFC000"
GREEN = "FF00B050"
BLUE = "FF0070C0"
FILL = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}
HEAD_FILL = PatternFill("solid", fgColor="FF1F3864")
SECTION_FILL = PatternFill("solid", fgColor="FFD9E1F2")
thin = Side(style="thin", color="FF808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", fgColor=hexcol)


def write_expected(name, data):
    """Write NAME.expected.yaml with keys in the FORMAT.md order."""
    path = os.path.join(HERE, name + ".expected.yaml")
    order = ["source", "reads", "outcome", "accept_refusal", "refuse_at", "title", "actions"]
    out = {k: data[k] for k in order if k in data}
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(out, fh, allow_unicode=True, sort_keys=False, width=100000,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def header_row(ws, row, headers, widths=None):
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = HEAD_FILL
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    if widths:
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. East Kent Hospitals University NHSFT - Board of Directors (public) action log (xlsx)
#    fill-colour RAG with no text, original + revised due dates, meeting section rows,
#    cover sheet with RAG key, totals block under the log.
# ---------------------------------------------------------------------------
def make_ekhuft():
    name = "nh2-east-kent-hospitals-nhsft-board-of-directors-action-log.xlsx"
    D = dt.datetime
    meetings = [
        ("Meeting held 12 June 2025", [
            ("BoD/25/041", "25/078 Integrated Quality and Performance Report",
             "Provide the Board with a breakdown of 12-hour waits in the Emergency Departments at QEQM and WHH by age group and by mental health presentation.",
             "Chief Operating Officer", ["Chief Operating Officer"],
             D(2025, 8, 7), D(2025, 10, 2),
             "Analysis circulated to Board members on 22/09/2025. To be included in the IQPR from October 2025. Proposed for closure.",
             "blue"),
            ("BoD/25/042", "25/081 Maternity and Neonatal Safety Report",
             "Bring back a trajectory for full compliance with Saving Babies’ Lives Care Bundle v3 element 2 (fetal growth) following the Local Maternity and Neonatal System review.",
             "Chief Nursing and Midwifery Officer / Director of Midwifery",
             ["Chief Nursing and Midwifery Officer", "Director of Midwifery"],
             D(2025, 9, 4), D(2025, 12, 4),
             "Trajectory agreed at LMNS Board on 18/09/2025. Return date revised to December Board (agreed by the Chair).",
             "amber"),
            ("BoD/25/043", "25/083 Freedom to Speak Up Guardian Report",
             "Arrange a Board development session on the National Guardian’s Office speaking up review and the Trust’s response.",
             "Company Secretary", ["Company Secretary"],
             D(2025, 11, 6), None,
             "Session scheduled for the Board development day on 6 November 2025.",
             "green"),
        ]),
        ("Meeting held 7 August 2025", [
            ("BoD/25/051", "25/097 Finance Report – Month 3",
             "Set out the phasing of the 2025/26 cost improvement programme by care group, showing the proportion of recurrent schemes.",
             "Chief Finance Officer", ["Chief Finance Officer"],
             D(2025, 9, 4), None,
             "Not available for the September meeting. Will be included in the Month 6 Finance Report.",
             "red"),
            ("BoD/25/052", "25/099 Patient Story",
             "Write to the patient’s family to thank them for sharing their experience and confirm the changes made to discharge letters.",
             "Chair", ["Chair"],
             D(2025, 9, 30), None,
             "Letter sent 19/08/2025. Proposed for closure.",
             "blue"),
            ("BoD/25/053", "25/101 Estates Strategy",
             "Provide an update on the reinforced autoclaved aerated concrete (RAAC) survey programme at Kent and Canterbury Hospital, including the timescale for remedial works.",
             "Director of Estates and Facilities", ["Director of Estates and Facilities"],
             D(2025, 11, 6), None,
             "Structural survey report due end of October 2025.",
             "green"),
        ]),
        ("Meeting held 4 September 2025", [
            ("BoD/25/060", "25/118 Workforce Report",
             "Include sickness absence by staff group and the top three reasons for absence in future Workforce Reports.",
             "Chief People Officer", ["Chief People Officer"],
             D(2025, 11, 6), None, "", "green"),
            ("BoD/25/061", "25/121 Board Assurance Framework",
             "Review the risk score for BAF risk 4 (digital infrastructure) in light of the Electronic Patient Record business case timeline, and report through the Audit and Risk Committee.",
             "Chief Digital Information Officer; Director of Corporate Governance",
             ["Chief Digital Information Officer", "Director of Corporate Governance"],
             D(2025, 12, 11), None, "", "green"),
        ]),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "East Kent Hospitals University NHS Foundation Trust"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Board of Directors (Public) – Action Log"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A4"] = ("Purpose: to track actions agreed at meetings of the Board of Directors held in public. "
                 "Actions proposed for closure are shaded blue and will be removed from the log once the "
                 "Board has agreed closure.")
    cov["A4"].alignment = WRAP
    cov.merge_cells("A4:F4")
    cov.row_dimensions[4].height = 45
    cov["A6"] = "RAG key"
    cov["A6"].font = Font(bold=True)
    key = [("red", "Overdue – action not completed by the agreed date"),
           ("amber", "Due date revised with the agreement of the Board / Chair"),
           ("green", "On track – not yet due"),
           ("blue", "Complete – proposed for closure")]
    for i, (col, text) in enumerate(key, start=7):
        cov.cell(row=i, column=1).fill = fill(FILL[col])
        cov.cell(row=i, column=1).border = BOX
        cov.cell(row=i, column=2, value=text)
    cov["A12"] = "Document owner: Corporate Governance Team"
    cov.column_dimensions["A"].width = 12
    cov.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Action Log")
    ws["A1"] = "Board of Directors (Public) – Action Log"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Position as at 2 October 2025"
    ws["A2"].font = Font(italic=True)
    headers = ["Action No.", "Minute ref / agenda item", "Action agreed", "Action lead",
               "Original due date", "Revised due date", "Progress update", "RAG"]
    header_row(ws, 4, headers, [12, 30, 60, 30, 13, 13, 50, 7])
    r = 5
    actions = []
    for meeting, rows in meetings:
        c = ws.cell(row=r, column=1, value=meeting)
        c.font = Font(bold=True)
        for col in range(1, 9):
            ws.cell(row=r, column=col).fill = SECTION_FILL
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for ref, item, text, lead_cell, lead, orig, rev, upd, rag in rows:
            vals = [ref, item, text, lead_cell, orig, rev, upd, None]
            for col, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=col, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=8).fill = fill(FILL[rag])
            end_d = rev or orig
            actions.append(act(ref, [meeting], text, lead, end_d.strftime("%Y-%m"), rag))
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    summary = [("Total actions on log", 8), ("Proposed for closure (blue)", 2),
               ("Overdue (red)", 1), ("Revised date (amber)", 1), ("Not yet due (green)", 4)]
    for i, (lab, n) in enumerate(summary, start=r + 1):
        ws.cell(row=i, column=1, value=lab)
        ws.cell(row=i, column=3, value=n).alignment = Alignment(horizontal="left")
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=2)
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": ("Imitates an NHS acute trust Board of Directors (public) action log as published in "
                   "board papers (East Kent Hospitals University NHS Foundation Trust, 2025; no specific URL). "
                   "Copied features: cover sheet with purpose note and colour-only RAG key, log sheet with title "
                   "and 'position as at' line, merged meeting-date section rows, minute ref / agenda item column, "
                   "job-title leads (two posts joined by '/' and ';'), original and revised due dates as real "
                   "date cells, progress updates, RAG shown only as cell fill, and a summary/totals block under the log."),
        "reads": ("A board action log of eight open actions from three public board meetings, each grouped under "
                  "a 'Meeting held ...' row. Each action has an action number, the agenda item it came from, a lead, "
                  "an original and sometimes a revised due date (the revised one is the due date) and a RAG shown "
                  "only as the fill of the last cell, read with the cover sheet key (blue = complete). The summary "
                  "rows under the log are counts, not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Board of Directors (Public) – Action Log",
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 2. South Worcestershire CSP - Community Safety Plan 2025-26 action plan (xlsx) - REFUSE
#    "About" sheet with key, delivery plan sheet with merged priority rows, month words in
#    "By when"; one target cell reads "Ocotber 2025".
# ---------------------------------------------------------------------------
def make_swcsp():
    name = "nh2-south-worcestershire-csp-community-safety-plan-2025-26-action-plan-typo-month-refuse.xlsx"
    wb = Workbook()
    ab = wb.active
    ab.title = "About"
    lines = [
        "South Worcestershire Community Safety Partnership",
        "Community Safety Plan 2025-26 – Action Plan",
        "Covering Malvern Hills District, Worcester City and Wychavon District",
        "",
        "The action plan sets out what partners will do in 2025-26 to deliver the four priorities in the "
        "Community Safety Plan agreed by the Partnership Board in April 2025. Progress is reported to the "
        "Board each quarter and to the Worcestershire Safer Communities Board.",
        "",
        "Progress RAG",
        "R – not started or significantly behind",
        "A – started, some slippage",
        "G – on track",
        "C – completed",
    ]
    for i, t in enumerate(lines, start=1):
        c = ab.cell(row=i, column=1, value=t if t else None)
        if i <= 2 or t == "Progress RAG":
            c.font = Font(bold=True, size=13 if i <= 2 else 11)
        c.alignment = Alignment(wrap_text=True, vertical="top")
    ab.column_dimensions["A"].width = 100
    ab.row_dimensions[5].height = 48

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "South Worcestershire CSP – Community Safety Plan 2025-26: Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Q2 update (July – September 2025)"
    ws["A2"].font = Font(italic=True)
    headers = ["No.", "What we will do", "Lead agency", "Supporting partners", "By when",
               "Q2 progress", "RAG"]
    header_row(ws, 4, headers, [6, 58, 26, 32, 14, 50, 6])
    rows = [
        ("P", "Priority 1: Tackling violence against women and girls and domestic abuse"),
        ("1.1", "Deliver the Ask for ANI and Safe Spaces scheme in community pharmacies and libraries in all three districts.",
         "Worcester City Council", "Malvern Hills DC; Wychavon DC; West Mercia Police", "Sept 2025",
         "42 sites signed up. Launch event held 11/09/2025.", "C"),
        ("1.2", "Commission a specialist domestic abuse outreach service for older victims in rural areas.",
         "Worcestershire County Council", "West Mercia Women’s Aid", "March 2026",
         "Specification agreed; procurement under way.", "G"),
        ("1.3", "Run a night-time economy Walk and Talk programme with female residents and students in Worcester city centre.",
         "West Mercia Police", "University of Worcester; BID", "Dec 2025",
         "Two walks completed; four scheduled.", "G"),
        ("P", "Priority 2: Reducing serious violence and knife crime"),
        ("2.1", "Publish the South Worcestershire serious violence strategic needs assessment refresh.",
         "West Mercia Police", "Serious Violence Duty partners", "Jan 2026",
         "Data request issued to partners.", "G"),
        ("2.2", "Install two bleed control kits in Worcester city centre and one in Evesham town centre.",
         "Worcester City Council", "Wychavon DC; St John Ambulance", "Ocotber 2025",
         "Sites agreed; cabinets on order.", "A"),
        ("2.3", "Deliver knife crime prevention sessions to Year 8 pupils in secondary schools.",
         "Youth Justice Service", "West Mercia Police; schools", "Ongoing",
         "Sessions delivered in 9 of 14 schools.", "G"),
        ("P", "Priority 3: Anti-social behaviour and neighbourhood crime"),
        ("3.1", "Review the use of Community Protection Warnings and Notices across the three councils and agree a common approach.",
         "Wychavon District Council", "Malvern Hills DC; Worcester City Council", "Feb 2026",
         "Task and finish group first met 24/09/2025.", "G"),
        ("3.2", "Expand the Community Trigger awareness campaign to social housing tenants.",
         "Malvern Hills District Council", "Platform Housing; Bromford", "March 2026",
         "Not started – awaiting housing provider comms slots.", "R"),
        ("P", "Priority 4: Preventing exploitation and radicalisation"),
        ("4.1", "Train taxi and private hire drivers in recognising child exploitation as part of licence renewal.",
         "Licensing (shared service)", "West Mercia Police", "Nov 2025",
         "Module written; first sessions October.", "A"),
        ("4.2", "Hold a Prevent awareness event for faith and community organisations.",
         "Worcester City Council", "Prevent Coordinator", "31/03/2026",
         "", "G"),
    ]
    r = 5
    typo_row = None
    for row in rows:
        if row[0] == "P":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            for col in range(1, 8):
                ws.cell(row=r, column=col).fill = SECTION_FILL
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            for col, v in enumerate(row, start=1):
                cell = ws.cell(row=r, column=col, value=v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BOX
            if row[4] == "Ocotber 2025":
                typo_row = r
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: C = completed; dates are the month by which the action will be delivered.")
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": ("Imitates a district community safety partnership annual action plan for its Community Safety "
                   "Plan (South Worcestershire CSP: Malvern Hills, Worcester City and Wychavon; 2025-26; no specific "
                   "URL). Copied features: 'About' sheet with partnership title, purpose paragraph and R/A/G/C key, "
                   "action plan sheet with title and quarter line, merged and shaded priority rows, numbered actions "
                   "with lead agency and supporting partners, month-word target dates, Q2 progress and RAG letter, "
                   "and a note line."),
        "reads": ("A CSP delivery plan of eleven numbered actions under four priorities, each with a lead agency, a "
                  "'By when' month and a RAG letter. Action 2.2 (bleed control kits) has 'Ocotber 2025' in its "
                  "'By when' cell, a mistyped month, so a careful reader would stop and ask what month was meant."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": "South Worcestershire CSP – Community Safety Plan 2025-26: Action Plan",
    })
    return name, 0


# ---------------------------------------------------------------------------
# 3. West Berkshire Council - Transformation Programme highlight report (xlsx)
#    Summary sheet (programme RAG, workstream RAG table with totals, key), milestone sheet
#    with workstream rows, baseline and forecast dates (mmm-yy), previous and current RAG.
# ---------------------------------------------------------------------------
def make_westberks():
    name = "nh2-west-berkshire-council-transformation-programme-highlight-report.xlsx"
    D = dt.datetime
    workstreams = [
        ("Workstream 1 – Customer Experience & Digital", [
            ("CX01", "Launch the new customer portal (phase 1: council tax, waste and highways reporting)",
             "Head of Customer Services", ["Head of Customer Services"], D(2025, 9, 1), D(2025, 11, 1), "A", "A",
             "Go-live moved to 18 November 2025 following defects found in user acceptance testing."),
            ("CX02", "Decommission the legacy CRM and migrate open cases to the new platform",
             "Head of ICT", ["Head of ICT"], D(2026, 1, 1), D(2026, 1, 1), "G", "G",
             "Data migration mapping complete."),
            ("CX03", "Implement automated telephone payments (IVR) for council tax and parking",
             "Head of Customer Services; Head of ICT", ["Head of Customer Services", "Head of ICT"],
             D(2025, 7, 1), D(2025, 7, 1), "G", "B", "Live since 14 July 2025."),
        ]),
        ("Workstream 2 – Ways of Working & Accommodation", [
            ("WW01", "Complete staff consultation on the revised hybrid working policy",
             "Service Director – People", ["Service Director – People"], D(2025, 10, 1), D(2025, 10, 1), "G", "B",
             "Consultation closed 10 October; policy adopted by Personnel Committee."),
            ("WW02", "Consolidate Market Street office space onto floors 1 and 2 and let the ground floor",
             "Service Director – Strategy and Governance", ["Service Director – Strategy and Governance"],
             D(2025, 12, 1), D(2026, 3, 1), "A", "R",
             "Heads of terms with prospective tenant not yet agreed. Exception report to Programme Board."),
            ("WW03", "Roll out Microsoft 365 collaboration training to all managers",
             "Head of ICT / Head of HR", ["Head of ICT", "Head of HR"], D(2025, 11, 1), D(2025, 11, 1), "G", "G",
             "62% of managers trained."),
        ]),
        ("Workstream 3 – Adult Social Care Demand Management", [
            ("ASC01", "Establish a Technology Enabled Care offer for people leaving hospital",
             "Service Director – Adult Social Care", ["Service Director – Adult Social Care"],
             D(2025, 10, 1), D(2025, 12, 1), "G", "A",
             "Provider contract variation delayed; forecast revised to December."),
            ("ASC02", "Expand the reablement team by 6 FTE",
             "Head of Provider Services", ["Head of Provider Services"], D(2025, 9, 1), D(2025, 9, 1), "G", "B",
             "All posts recruited."),
            ("ASC03", "Review all packages of care over £1,500 per week for strengths-based alternatives",
             "Head of Adult Social Care Operations", ["Head of Adult Social Care Operations"],
             D(2026, 3, 1), D(2026, 3, 1), "New", "G", "Review panel established; 14 of 38 packages reviewed."),
        ]),
    ]
    rag_fill = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    status_of = {"R": "red", "A": "amber", "G": "green", "B": "blue"}

    wb = Workbook()
    sm = wb.active
    sm.title = "Highlight Summary"
    sm["A1"] = "West Berkshire Council"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Transformation Programme – Highlight Report"
    sm["A2"].font = Font(bold=True, size=13)
    sm["A3"] = "Reporting period:"
    sm["B3"] = "October 2025"
    sm["A4"] = "Report date:"
    sm["B4"] = D(2025, 11, 7)
    sm["B4"].number_format = "dd/mm/yyyy"
    sm["B4"].alignment = Alignment(horizontal="left")
    sm["A5"] = "Programme SRO:"
    sm["B5"] = "Executive Director – Resources"
    sm["A6"] = "Programme Manager:"
    sm["B6"] = "Transformation Programme Manager"
    sm["A8"] = "Overall programme RAG"
    sm["A8"].font = Font(bold=True)
    sm["B8"] = "Amber"
    sm["B8"].fill = fill(AMBER)
    hdr = ["Workstream", "Workstream lead", "Previous RAG", "Current RAG", "Milestones due this period",
           "Milestones complete"]
    header_row(sm, 10, hdr, [48, 40, 13, 13, 16, 16])
    srows = [("Customer Experience & Digital", "Head of Customer Services", "A", "A", 1, 0),
             ("Ways of Working & Accommodation", "Service Director – People", "G", "A", 1, 1),
             ("Adult Social Care Demand Management", "Service Director – Adult Social Care", "G", "A", 1, 0)]
    r = 11
    for row in srows:
        for col, v in enumerate(row, start=1):
            c = sm.cell(row=r, column=col, value=v)
            c.border = BOX
            if col in (3, 4):
                c.fill = fill(rag_fill[v])
                c.alignment = Alignment(horizontal="center")
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    sm.cell(row=r, column=5, value=3).font = Font(bold=True)
    sm.cell(row=r, column=6, value=1).font = Font(bold=True)
    r += 2
    sm.cell(row=r, column=1, value="Key decisions required from Programme Board").font = Font(bold=True)
    sm.cell(row=r + 1, column=1, value="Approve revised forecast date for WW02 (Market Street letting) – see exception report.")
    r += 3
    sm.cell(row=r, column=1, value="RAG definitions").font = Font(bold=True)
    for i, (k, t) in enumerate([("R", "Red – milestone will be missed without intervention"),
                                ("A", "Amber – at risk, recovery plan in place"),
                                ("G", "Green – on track"),
                                ("B", "Blue – complete")], start=r + 1):
        sm.cell(row=i, column=1, value=t).fill = fill(rag_fill[k])

    ws = wb.create_sheet("Milestone Tracker")
    ws["A1"] = "Transformation Programme – Milestone Tracker (October 2025)"
    ws["A1"].font = Font(bold=True, size=13)
    headers = ["Ref", "Milestone", "Owner", "Baseline date", "Forecast date", "Previous RAG",
               "Current RAG", "Commentary"]
    header_row(ws, 3, headers, [8, 60, 34, 12, 12, 10, 10, 55])
    r = 4
    actions = []
    for wsname, rows in workstreams:
        c = ws.cell(row=r, column=1, value=wsname)
        c.font = Font(bold=True)
        for col in range(1, 9):
            ws.cell(row=r, column=col).fill = SECTION_FILL
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for ref, text, lead_cell, lead, base, fc, prev, cur, comm in rows:
            vals = [ref, text, lead_cell, base, fc, prev, cur, comm]
            for col, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=col, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            if prev in rag_fill:
                ws.cell(row=r, column=6).fill = fill(rag_fill[prev])
            ws.cell(row=r, column=7).fill = fill(rag_fill[cur])
            actions.append(act(ref, [wsname], text, lead, fc.strftime("%Y-%m"), status_of[cur]))
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Changes to baseline dates require Programme Board approval. "
                                   "Forecast dates reflect the latest position reported by owners.")
    ws.freeze_panes = "A4"
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": ("Imitates a council transformation programme monthly highlight report kept in Excel for the "
                   "programme board and scrutiny (West Berkshire Council, October 2025 period; no specific URL). "
                   "Copied features: summary sheet with title block, SRO and programme manager, overall programme "
                   "RAG, workstream RAG table with a totals row, key decisions box and RAG definitions (Blue = "
                   "complete); milestone tracker sheet with merged workstream rows, milestone refs, owners as job "
                   "titles (two posts with ';' and '/'), baseline and forecast dates as mmm-yy date cells, and "
                   "previous and current RAG letters with fill colours."),
        "reads": ("The summary sheet reports the programme and workstream RAGs and totals; the actions are the nine "
                  "milestones on the Milestone Tracker sheet, three under each workstream heading. Each has an "
                  "owner, a baseline and a forecast date (the forecast is the current due date) and a previous "
                  "and current RAG; the status is the current RAG."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Transformation Programme – Highlight Report",
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# helpers for docx
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol[-6:])
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text into a cell; inner newlines become separate paragraphs."""
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i > 0:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Newcastle upon Tyne Hospitals NHSFT - Maternity Services Improvement Plan (docx)
#    document control table, RAG key table, one table per theme, merged finding rows above
#    actions, previous and current RAG words, one action with two paragraphs.
# ---------------------------------------------------------------------------
def make_nuth():
    name = "nh2-newcastle-upon-tyne-hospitals-nhsft-maternity-improvement-plan.docx"
    themes = [
        ("Theme 1: Safe and effective care", [
            ("CQC MD1: The trust must ensure that all women attending maternity triage are assessed within 15 minutes of arrival using a standardised triage system.", [
                ("1.1", "Implement the Birmingham Symptom-specific Obstetric Triage System (BSOTS) in the maternity assessment unit at the RVI.",
                 "Consultant Midwife – Intrapartum Care", ["Consultant Midwife – Intrapartum Care"],
                 "30/11/2025", "2025-11", None,
                 "BSOTS go-live 03/11/2025. Training compliance 91%.", "Amber", "Green"),
                ("1.2", "Introduce a dedicated triage midwife on every shift.\nAudit time to first assessment monthly and report to the Maternity Safety Champions.",
                 "Head of Midwifery / Maternity Governance Lead", ["Head of Midwifery", "Maternity Governance Lead"],
                 "January 2026", "2026-01", None,
                 "Rota changes agreed from December. First audit due January 2026.", "Amber", "Amber"),
            ]),
            ("CQC MD2: The trust must ensure that staff complete fetal monitoring training and competency assessment in line with the Core Competency Framework.", [
                ("1.3", "Reach and sustain 90% compliance with annual fetal monitoring training and competency assessment for midwives and obstetric staff.",
                 "Fetal Monitoring Lead Midwife", ["Fetal Monitoring Lead Midwife"],
                 "Q4 2025/26", "2026-03", None,
                 "Midwives 88%, obstetricians 79% at end of October.", "Red", "Amber"),
            ]),
        ]),
        ("Theme 2: Workforce and culture", [
            ("MSSP diagnostic finding 4: Staff do not consistently feel able to raise concerns or feel that they are acted on.", [
                ("2.1", "Deliver the perinatal culture and leadership programme (PCLP) action plan agreed by the quadrumvirate.",
                 "Director of Midwifery", ["Director of Midwifery"],
                 "31/03/2026", "2026-03", None,
                 "Culture survey repeated September 2025; listening events held on all sites.", "Green", "Green"),
                ("2.2", "Appoint a maternity Freedom to Speak Up champion on each site and publish ‘you said, we did’ feedback quarterly.",
                 "Associate Director of Nursing (Women’s Services)", ["Associate Director of Nursing (Women’s Services)"],
                 "September 2025", "2025-09", None,
                 "Champions in post at RVI and Freeman. First ‘you said, we did’ published October 2025.", "Green", "Blue"),
            ]),
            ("CQC SD3: The trust should ensure midwifery staffing meets the Birthrate Plus establishment.", [
                ("2.3", "Recruit to the midwifery vacancies identified in the 2025 Birthrate Plus review and report the fill rate to the Board each month.",
                 "Director of Midwifery", ["Director of Midwifery"],
                 "Ongoing – monthly report", None, "Ongoing – monthly report",
                 "Vacancy rate 6.2% (October). 14 newly qualified midwives started in September.", "Amber", "Amber"),
            ]),
        ]),
        ("Theme 3: Listening to women and families", [
            ("MNVP 15 Steps: Information on Delivery Suite is not available in the most common community languages.", [
                ("3.1", "Translate the core Delivery Suite and triage leaflets into the five most requested languages and make them available by QR code.",
                 "Patient Experience Lead (Maternity)", ["Patient Experience Lead (Maternity)"],
                 "February 2026", "2026-02", None,
                 "Languages agreed with MNVP; translation quote approved.", "Green", "Green"),
                ("3.2", "Co-produce the maternity interpreting standard operating procedure with the MNVP.",
                 "Maternity Governance Lead", ["Maternity Governance Lead"],
                 "31/12/2025", "2025-12", None,
                 "Draft not yet shared with MNVP.", "Amber", "Red"),
            ]),
        ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("The Newcastle upon Tyne Hospitals NHS Foundation Trust")
    r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading("Maternity Services Improvement Plan 2025/26", level=0)
    doc.add_paragraph("Report to: Quality Committee and Board of Directors")
    doc.add_paragraph("Position at: 31 October 2025")

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, h in zip(dc.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        set_cell(c, h, bold=True)
    for row in [("0.1", "14/07/2025", "Maternity Governance Lead", "First draft following CQC report"),
                ("1.0", "05/08/2025", "Director of Midwifery", "Approved by Quality Committee"),
                ("1.3", "31/10/2025", "Maternity Governance Lead", "October progress update")]:
        cells = dc.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_heading("RAG rating key", level=2)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for word, hexcol, text in [("Blue", BLUE, "Completed and evidence of sustained improvement provided"),
                               ("Green", GREEN, "On track to deliver by the due date"),
                               ("Amber", AMBER, "Risk to delivery – mitigation in place"),
                               ("Red", RED, "Off track or overdue – escalated to Quality Committee")]:
        cells = key.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], hexcol)
        set_cell(cells[1], text)

    doc.add_paragraph(
        "This plan brings together the actions arising from the CQC inspection of maternity services, the "
        "Maternity Safety Support Programme (MSSP) diagnostic and the Maternity and Neonatal Voices "
        "Partnership (MNVP) 15 Steps for Maternity review. Progress is reported monthly to the Maternity "
        "Assurance Group and quarterly to the Board of Directors.")

    rag_hex = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    status_of = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    headers = ["Ref", "Action", "Lead(s)", "Due date", "Progress update", "Previous RAG", "Current RAG"]
    actions = []
    for theme, findings in themes:
        doc.add_heading(theme, level=1)
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, headers):
            set_cell(c, h, bold=True)
            shade(c, "FFD9E1F2")
        for finding, rows in findings:
            cells = t.add_row().cells
            merged = cells[0].merge(cells[-1])
            set_cell(merged, finding, bold=True)
            shade(merged, "FFF2F2F2")
            for ref, text, lead_cell, lead, due, end, end_text, upd, prev, cur in rows:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, text, lead_cell, due, upd, prev, cur]):
                    set_cell(c, v)
                shade(cells[5], rag_hex[prev])
                shade(cells[6], rag_hex[cur])
                actions.append(act(ref, [theme, finding], text, lead, end, status_of[cur], end_text))
        doc.add_paragraph("")
    doc.add_paragraph("Next update: Board of Directors, January 2026.")
    doc.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": ("Imitates an NHS trust maternity services improvement plan reported to the quality committee "
                   "and public board after a CQC maternity inspection (The Newcastle upon Tyne Hospitals NHS "
                   "Foundation Trust, 2025/26; no specific URL). Copied features: trust name and title heading, "
                   "report-to and position lines, document control table, shaded RAG key table (Blue = completed), "
                   "introductory paragraph naming the sources (CQC must/should do, MSSP diagnostic, MNVP 15 Steps), "
                   "one table per theme with merged finding rows above the numbered actions, job-title leads, mixed "
                   "due dates (dd/mm/yyyy, month words, Q4 2025/26, Ongoing), progress update, and previous and "
                   "current RAG words with shading."),
        "reads": ("A maternity improvement plan in three themed tables. In each table a merged row states the CQC "
                  "must/should do or review finding, and the numbered actions under it answer that finding; eight "
                  "actions in all. The status of each action is its Current RAG; the document control and key "
                  "tables are not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Maternity Services Improvement Plan 2025/26",
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 5. South and Vale CSP - Domestic Homicide Review 'Imogen' action plan (docx)
#    Home Office DHR action plan template: recommendation cell merged down beside its actions,
#    scope, lead agency, milestones, target date, completion/outcome; second table of single
#    agency actions; status key paragraph.
# ---------------------------------------------------------------------------
def make_dhr():
    name = "nh2-south-and-vale-csp-dhr-imogen-action-plan.docx"
    partA = "Part A – Overview report recommendations"
    partB = "Part B – Single agency actions"
    recs = [
        ("1. Thames Valley Police to ensure that officers attending domestic abuse incidents complete the DASH risk assessment with the victim away from the alleged perpetrator, and record the reason where this is not possible.",
         "Local", [
             ("Re-issue the domestic abuse first response guidance to all response officers in the Oxfordshire Local Policing Area.",
              "Thames Valley Police", ["Thames Valley Police"],
              "Guidance re-issued via Force bulletin and briefed at shift handovers.", "September 2024", "2024-09", None,
              "Completed 20/09/2024", "Complete"),
             ("Dip-sample 50 DASH submissions for Oxfordshire each quarter and report compliance to the DHR Steering Group.",
              "Thames Valley Police", ["Thames Valley Police"],
              "Q1 and Q2 2025/26 samples reported: 84% and 89% completed away from the perpetrator.", "Quarterly", None, "Quarterly",
              "", "Green"),
         ]),
        ("2. Oxford Health NHS Foundation Trust and primary care to ensure that routine enquiry about domestic abuse is made when a patient presents with low mood or anxiety, and that disclosures are shared with the patient’s GP.",
         "Local", [
             ("Add a mandatory routine enquiry prompt to the Talking Therapies initial assessment template.",
              "Oxford Health NHS Foundation Trust", ["Oxford Health NHS Foundation Trust"],
              "Template change made on the electronic patient record.", "31/12/2024", "2024-12", None,
              "Completed 02/12/2024 – audit shows prompt completed in 96% of assessments", "Complete"),
             ("Deliver IRIS (Identification and Referral to Improve Safety) training to GP practices in South Oxfordshire and the Vale of White Horse.",
              "NHS Buckinghamshire, Oxfordshire and Berkshire West ICB", ["NHS Buckinghamshire, Oxfordshire and Berkshire West ICB"],
              "18 of 31 practices trained. Revised target agreed by the Steering Group (originally March 2025).", "March 2026", "2026-03", None,
              "", "Amber"),
         ]),
        ("3. South and Vale CSP to raise awareness of economic abuse among staff in housing, benefits and debt advice services.",
         "Local", [
             ("Commission economic abuse awareness sessions for South and Vale housing and benefits staff.",
              "South Oxfordshire and Vale of White Horse District Councils", ["South Oxfordshire and Vale of White Horse District Councils"],
              "Four sessions delivered to 96 staff, including Citizens Advice debt advisers.", "June 2025", "2025-06", None,
              "Completed 26/06/2025", "Complete"),
             ("Include economic abuse in the CSP’s 16 Days of Action campaign for 2025.",
              "South and Vale CSP", ["South and Vale CSP"],
              "Campaign materials in design.", "December 2025", "2025-12", None,
              "", "Green"),
         ]),
        ("4. The Home Office to consider including economic abuse as a specific prompt in the DHR Individual Management Review template.",
         "National", [
             ("Write to the Home Office DHR team to share the recommendation and request a response.",
              "South and Vale CSP Chair", ["South and Vale CSP Chair"],
              "Letter sent 02/08/2024.", "August 2024", "2024-08", None,
              "Completed 02/08/2024 – acknowledgement received", "Complete"),
         ]),
    ]
    single = [
        ("Thames Valley Police",
         "Review supervision arrangements in the Domestic Abuse Investigation Unit so that medium-risk cases are reviewed by a supervisor within 7 days.",
         "DCI Public Protection", ["DCI Public Protection"], "April 2025", "2025-04", None, "Complete"),
        ("Soha Housing",
         "Introduce domestic abuse flags on tenancy records, with the tenant’s consent, and train neighbourhood officers in their use.",
         "Head of Housing Services", ["Head of Housing Services"], "30/09/2025", "2025-09", None, "Green"),
        ("Oxford University Hospitals NHS Foundation Trust",
         "Audit Emergency Department compliance with routine enquiry for patients presenting with assault-related injuries.",
         "Named Nurse for Safeguarding Adults", ["Named Nurse for Safeguarding Adults"], "January 2026", "2026-01", None, "Red"),
    ]
    status_of = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("South and Vale Community Safety Partnership")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading("Domestic Homicide Review ‘Imogen’ – Action Plan", level=0)
    doc.add_paragraph("Updated 14 October 2025")
    doc.add_paragraph(
        "The review was commissioned by the South and Vale Community Safety Partnership following the death of "
        "Imogen in March 2023. The Overview Report and this action plan were approved by the Home Office Quality "
        "Assurance Panel in July 2024. Progress is monitored by the South and Vale CSP DHR Steering Group.")
    p = doc.add_paragraph()
    p.add_run("Status key: ").bold = True
    p.add_run("Complete – action finished and evidence received; Green – on track; Amber – delayed, revised "
              "date agreed; Red – not progressed.")

    doc.add_heading(partA, level=1)
    headers = ["Recommendation", "Scope (local / regional / national)", "Action to take", "Lead agency",
               "Key milestones achieved in enacting recommendation", "Target date",
               "Date of completion and outcome", "Status"]
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, headers):
        set_cell(c, h, bold=True, size=8)
        shade(c, "FFE2EFD9")
    actions = []
    for rec, scope, rows in recs:
        first = len(t.rows)
        for text, lead_cell, lead, miles, target, end, end_text, done, status in rows:
            cells = t.add_row().cells
            for c, v in zip(cells[2:], [text, lead_cell, miles, target, done, status]):
                set_cell(c, v, size=8)
            actions.append(act(None, [partA, rec], text, lead, end, status_of[status], end_text))
        last = len(t.rows) - 1
        a0 = t.cell(first, 0).merge(t.cell(last, 0)) if last > first else t.cell(first, 0)
        set_cell(a0, rec, size=8)
        b0 = t.cell(first, 1).merge(t.cell(last, 1)) if last > first else t.cell(first, 1)
        set_cell(b0, scope, size=8)

    doc.add_paragraph("")
    doc.add_heading(partB, level=1)
    doc.add_paragraph("Actions identified by agencies in their Individual Management Reviews and monitored "
                      "through each agency’s own governance; progress is reported to the Steering Group by exception.")
    t2 = doc.add_table(rows=1, cols=5)
    t2.style = "Table Grid"
    for c, h in zip(t2.rows[0].cells, ["Agency", "Action", "Lead officer", "Target date", "Status"]):
        set_cell(c, h, bold=True, size=8)
        shade(c, "FFE2EFD9")
    for agency, text, lead_cell, lead, target, end, end_text, status in single:
        cells = t2.add_row().cells
        for c, v in zip(cells, [agency, text, lead_cell, target, status]):
            set_cell(c, v, size=8)
        actions.append(act(None, [partB], text, lead, end, status_of[status], end_text))
    doc.add_paragraph("")
    doc.add_paragraph("Contact: Community Safety Team, South Oxfordshire and Vale of White Horse District Councils.")
    doc.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": ("Imitates a community safety partnership's published Domestic Homicide Review action plan in the "
                   "Home Office template (South and Vale Community Safety Partnership, DHR 'Imogen', updated 2025; no "
                   "specific URL). Copied features: partnership name and title heading, update line, background "
                   "paragraph, status key paragraph, Part A table with the Home Office columns (Recommendation, Scope, "
                   "Action to take, Lead agency, Key milestones, Target date, Date of completion and outcome) plus a "
                   "Status column, each numbered recommendation in a cell merged down beside its actions, lead "
                   "agencies rather than people (one with commas and 'and' in its name), and a Part B table of single "
                   "agency actions with an agency column."),
        "reads": ("A DHR action plan: four numbered overview-report recommendations, each with one or two unnumbered "
                  "actions beside it (seven actions), then three single-agency actions in a second table. Leads are "
                  "agencies or posts; target dates are months or dates, one is 'Quarterly'; status words are read "
                  "with the key (Complete = blue)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Domestic Homicide Review ‘Imogen’ – Action Plan",
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 6. West Oxfordshire DC - Corporate Risk Register Q3 2025/26 (csv export)
#    one line per mitigating action; risk columns only on the first action of each risk;
#    scores, direction of travel, notes line at the end.
# ---------------------------------------------------------------------------
def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in [",", '"', "\n"]):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_wodc():
    name = "nh2-west-oxfordshire-dc-corporate-risk-register-q3-2025-26.csv"
    risks = [
        ("CR01 Financial resilience - the Council is unable to deliver a balanced Medium Term Financial Strategy",
         "Director of Finance", "20", "16", "9", "No change", [
             ("CR01.1", "Deliver the 2026/27 savings programme of £1.2m agreed by Executive in October 2025",
              "Director of Finance", ["Director of Finance"], "31/03/2026", "2026-03", None, "Green",
              "£0.7m of savings identified and in budget proposals"),
             ("CR01.2", "Prepare options for the use of earmarked reserves if the business rates reset proceeds in April 2026",
              "Chief Accountant", ["Chief Accountant"], "Q4 2025/26", "2026-03", None, "Amber",
              "Awaiting final Local Government Finance Settlement"),
         ]),
        ("CR02 Local Government Reorganisation - transition to a new unitary authority diverts capacity from service delivery",
         "Chief Executive", "16", "12", "8", "Increasing", [
             ("CR02.1", "Establish an LGR programme board and a dedicated programme team",
              "Chief Executive", ["Chief Executive"], "30/11/2025", "2025-11", None, "Complete",
              "Programme board met 18/11/2025"),
             ("CR02.2", "Agree a joint workforce and data-sharing protocol with the other Oxfordshire councils",
              "Director of Governance / Head of HR", ["Director of Governance", "Head of HR"], "28/02/2026", "2026-02", None, "Green",
              "Draft protocol with chief executives' group"),
         ]),
        ("CR03 Cyber security - a successful cyber attack disrupts council services and compromises data",
         "Director of Governance", "20", "15", "10", "No change", [
             ("CR03.1", "Complete the Cyber Assessment Framework self-assessment and remediate high-priority findings",
              "ICT Services Manager", ["ICT Services Manager"], "31/01/2026", "2026-01", None, "Amber",
              "4 of 7 high-priority findings closed; 3 depend on firewall replacement"),
             ("CR03.2", "Run a cyber incident exercise with the Corporate Leadership Team",
              "ICT Services Manager", ["ICT Services Manager"], "Annual", None, "Annual", "Green",
              "Next exercise booked for February 2026"),
         ]),
        ("CR04 Temporary accommodation - rising demand for and cost of temporary accommodation for homeless households",
         "Director of Place", "16", "16", "9", "Increasing", [
             ("CR04.1", "Acquire 12 additional units of council-owned temporary accommodation through the Local Authority Housing Fund",
              "Housing Manager", ["Housing Manager"], "30/09/2026", "2026-09", None, "Amber",
              "5 units purchased, 3 under offer"),
             ("CR04.2", "Review the homelessness prevention offer, including landlord incentive payments",
              "Housing Manager", ["Housing Manager"], "31/12/2025", "2025-12", None, "Red",
              "Review delayed by staff vacancies; report now expected March 2026"),
         ]),
    ]
    status_of = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    ncols = 12
    lines = []

    def line(fields):
        fields = list(fields) + [""] * (ncols - len(fields))
        lines.append(",".join(csv_field(f) for f in fields))

    line(["West Oxfordshire District Council - Corporate Risk Register - Quarter 3 2025/26"])
    line(["Report produced 08/01/2026 for Audit and Governance Committee"])
    line([])
    line(["Risk", "Risk Owner", "Inherent Score", "Residual Score", "Target Score", "Direction of Travel",
          "Action Ref", "Mitigating Action", "Action Owner", "Due Date", "Action Status", "Latest Update"])
    actions = []
    for risk, owner, inh, res, tgt, dot, rows in risks:
        for i, (ref, text, lead_cell, lead, due, end, end_text, status, upd) in enumerate(rows):
            head = [risk, owner, inh, res, tgt, dot] if i == 0 else [""] * 6
            line(head + [ref, text, lead_cell, due, status, upd])
            actions.append(act(ref, [risk], text, lead, end, status_of[status], end_text))
    line([])
    line(["Scoring: Likelihood (1-5) x Impact (1-5). Action status: Green = on track; Amber = minor slippage; "
          "Red = significant slippage; Complete = action completed."])
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")

    write_expected(name, {
        "source": ("Imitates a district council corporate risk register exported to CSV from a performance and "
                   "risk system for the audit committee (West Oxfordshire District Council, Q3 2025/26; no specific "
                   "URL). Copied features: title and report-produced lines, one row per mitigating action with the "
                   "risk, owner, inherent/residual/target scores and direction of travel only on the first action "
                   "of each risk, action refs, job-title owners (two posts joined by '/'), dd/mm/yyyy, Q4 2025/26 and "
                   "'Annual' due dates, status words, latest update, and a scoring/status notes line at the end."),
        "reads": ("A risk register of four corporate risks, each with two mitigating actions (eight in all). The "
                  "risk named in the first column is the heading each action sits under; the blank risk cells on "
                  "second rows belong to the risk above. Status words are read with the note at the foot (Complete = "
                  "blue)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "West Oxfordshire District Council - Corporate Risk Register - Quarter 3 2025/26",
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 7. Liverpool University Hospitals NHSFT - SAR 'Mr C' single agency action plan (txt, tab-separated)
#    title lines, RAG key line, SAB recommendation lines over numbered trust actions,
#    a continuation line carrying more progress text, footer line.
# ---------------------------------------------------------------------------
def make_luhft():
    name = "nh2-liverpool-university-hospitals-nhsft-sar-mr-c-single-agency-action-plan.txt"
    recs = [
        ("SAB Recommendation 1: Partner agencies should ensure that practitioners understand and apply the Mental Capacity Act where a person repeatedly declines care, including consideration of executive capacity.", [
            ("1.1", "Deliver executive capacity training to ward managers and discharge coordinators at the Royal Liverpool, Aintree and Broadgreen sites.",
             "MCA Lead", ["MCA Lead"], "March 2026", "2026-03", None,
             "142 staff trained to date (68%).", "G",
             "Further dates booked for January and February 2026."),
            ("1.2", "Amend the MCA assessment form on the electronic patient record to prompt consideration of executive capacity.",
             "MCA Lead / Chief Clinical Information Officer", ["MCA Lead", "Chief Clinical Information Officer"],
             "31/12/2025", "2025-12", None,
             "Change request approved by Digital Design Authority 04/11/2025; build slot not yet confirmed.", "A", None),
        ]),
        ("SAB Recommendation 2: Agencies should have a clear process for identifying and escalating people who frequently attend the Emergency Department and are known to be self-neglecting.", [
            ("2.1", "Introduce a weekly High Intensity User review meeting for patients with 10 or more ED attendances in 12 months.",
             "ED Matron; High Intensity User Nurse", ["ED Matron", "High Intensity User Nurse"],
             "September 2025", "2025-09", None,
             "Meeting in place since 01/09/2025. Terms of reference and attendance log provided as evidence.", "B", None),
            ("2.2", "Add self-neglect as a category on the ED safeguarding referral form.",
             "Named Nurse Safeguarding Adults", ["Named Nurse Safeguarding Adults"],
             "August 2025", "2025-08", None, "Completed. Form live 12/08/2025.", "B", None),
        ]),
        ("SAB Recommendation 3: Hospital discharge planning should include a multi-agency risk discussion where a person is being discharged to a property with known hoarding or environmental risks.", [
            ("3.1", "Update the Discharge Policy to require a multi-agency risk discussion before discharging a patient to a property with known environmental risks.",
             "Deputy Chief Nurse", ["Deputy Chief Nurse"], "January 2026", "2026-01", None,
             "Draft policy to Policy Approval Group 15/12/2025.", "G", None),
            ("3.2", "Audit 20 discharges of patients with identified hoarding or self-neglect concerns to test compliance with the revised policy.",
             "Head of Safeguarding", ["Head of Safeguarding"], "June 2026", "2026-06", None,
             "Audit to start once the policy is ratified.", "G", None),
            ("3.3", "Share the learning from this review through the Trust safeguarding newsletter and a 7-minute briefing.",
             "Head of Safeguarding", ["Head of Safeguarding"], "October 2025", "2025-10", None,
             "Delayed – briefing held until the SAB publishes the overview report.", "R", None),
        ]),
    ]
    status_of = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    out = [
        "Liverpool University Hospitals NHS Foundation Trust",
        "Safeguarding Adults Review (SAR) ‘Mr C’ – Single Agency Action Plan",
        "Commissioned by: Liverpool Safeguarding Adults Board\tVersion: 3\tDate: 21 November 2025",
        "RAG key: B = completed and assured; G = on track; A = at risk of delay; R = overdue",
        "",
        "Ref\tAction\tLead\tTarget date\tEvidence / progress\tRAG",
    ]
    actions = []
    for rec, rows in recs:
        out.append(rec)
        for ref, text, lead_cell, lead, due, end, end_text, prog, rag, cont in rows:
            out.append("\t".join([ref, text, lead_cell, due, prog, rag]))
            if cont:
                out.append("\t".join(["", "", "", "", cont, ""]))
            actions.append(act(ref, [rec], text, lead, end, status_of[rag], end_text))
    out.append("")
    out.append("Next review: Trust Safeguarding Committee, January 2026. Progress reported to the Liverpool SAB SAR Sub-group.")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(out) + "\n")

    write_expected(name, {
        "source": ("Imitates an NHS trust's single agency action plan responding to a Safeguarding Adults Board SAR, "
                   "saved as tab-separated text from the trust's Word/Excel tracker (Liverpool University Hospitals "
                   "NHS Foundation Trust, SAR 'Mr C' for Liverpool SAB, 2025; no specific URL). Copied features: "
                   "trust name line and a review/plan title line, commissioning/version/date line, B/G/A/R key line, header "
                   "row, SAB recommendation lines above the numbered trust actions, job-title leads (two posts with "
                   "'/' and ';'), month and dd/mm/yyyy target dates, evidence/progress text with one continuation "
                   "line holding only more progress text, and a footer line."),
        "reads": ("A trust action plan answering three SAB recommendations, each stated on its own line, with seven "
                  "numbered actions beneath them. Each action has a lead, a target date, progress and a RAG letter "
                  "read with the key line (B = complete). The line with only progress text continues the progress "
                  "of action 1.1 and is not an action."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Safeguarding Adults Review (SAR) ‘Mr C’ – Single Agency Action Plan",
        "actions": actions,
    })
    return name, len(actions)


if __name__ == "__main__":
    made = [make_ekhuft(), make_swcsp(), make_westberks(), make_nuth(), make_dhr(), make_wodc(), make_luhft()]
    for n, k in made:
        print(f"{n}: {k} actions")
