"""Build the seven zwk- blind test files (set heldout634).

Run with /work/main/.venv/bin/python zwk_make.py from any directory; files are
written beside this script.  Only files starting with zwk- are written.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"


def out(name):
    assert name.startswith("zwk-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- xlsx helpers
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def put(ws, row, col, value, *, bold=False, fg=None, bg=None, fmt=None,
        size=None, border=True, wrap=True):
    c = ws.cell(row=row, column=col, value=value)
    c.font = Font(bold=bold, color=fg, size=size)
    if bg:
        c.fill = fill(bg)
    if fmt:
        c.number_format = fmt
    if wrap:
        c.alignment = WRAP
    if border:
        c.border = BOX
    return c


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ====================================================================== 1 xlsx
def scottish_borders_risk_register():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    put(cov, 1, 1, "Scottish Borders Council", bold=True, size=16, border=False)
    put(cov, 2, 1, "Corporate Risk Register 2025/26", bold=True, size=14, border=False)
    put(cov, 3, 1, "Position as at 31 October 2025 – reported to Audit Committee, "
                   "17 November 2025", border=False, wrap=False)
    put(cov, 5, 1, "Document control", bold=True, border=False)
    for j, h in enumerate(["Version", "Date", "Author", "Change"], start=1):
        put(cov, 6, j, h, bold=True, bg=GREY)
    rows = [("0.1", dt.date(2025, 9, 15), "Corporate Risk Officer",
             "Draft for Corporate Management Team review"),
            ("1.0", dt.date(2025, 10, 31), "Corporate Risk Officer",
             "Approved by Corporate Management Team")]
    for i, r in enumerate(rows, start=7):
        for j, v in enumerate(r, start=1):
            put(cov, i, j, v, fmt="dd/mm/yyyy" if j == 2 else None)
    put(cov, 10, 1, "Risk owners are Directors and Chief Officers. Action owners "
                    "provide the progress commentary each quarter.", border=False,
        wrap=False)
    widths(cov, [12, 14, 26, 48])

    key = wb.create_sheet("Scoring & Key")
    put(key, 1, 1, "Risk scoring matrix (Likelihood x Impact)", bold=True, border=False)
    put(key, 2, 1, "Likelihood \\ Impact", bold=True, bg=GREY)
    for i in range(1, 6):
        put(key, 2, i + 1, i, bold=True, bg=GREY)
    for li in range(5, 0, -1):
        r = 3 + (5 - li)
        put(key, r, 1, li, bold=True, bg=GREY)
        for im in range(1, 6):
            s = li * im
            colour = RED if s >= 20 else ("F4B183" if s >= 12 else
                                          ("FFE699" if s >= 5 else "A9D08E"))
            put(key, r, im + 1, s, bg=colour)
    put(key, 9, 1, "Score bands", bold=True, border=False)
    bands = [("20–25", "Very High", RED), ("12–16", "High", "F4B183"),
             ("5–10", "Medium", "FFE699"), ("1–4", "Low", "A9D08E")]
    for i, (s, lab, col) in enumerate(bands, start=10):
        put(key, i, 1, s, bg=col)
        put(key, i, 2, lab)
    put(key, 15, 1, "Action status (shown by colour of the Status cell)", bold=True,
        border=False, wrap=False)
    skey = [(GREEN, "On track"), (AMBER, "Some slippage – action being taken"),
            (RED, "Significantly delayed / at risk"), (BLUE, "Complete"),
            (None, "No colour – not yet started")]
    for i, (col, lab) in enumerate(skey, start=16):
        put(key, i, 1, None, bg=col)
        put(key, i, 2, lab, wrap=False)
    widths(key, [20, 12, 8, 8, 8, 8])

    ws = wb.create_sheet("Corporate Risk Register")
    ws.merge_cells("A1:L1")
    put(ws, 1, 1, "Scottish Borders Council – Corporate Risk Register 2025/26",
        bold=True, size=14, border=False, wrap=False)
    ws.merge_cells("A2:L2")
    put(ws, 2, 1, "Risks are scored Likelihood (L) x Impact (I). Action status is "
                  "shown by cell colour – see the Scoring & Key tab.", border=False,
        wrap=False)
    heads = ["Risk", "Risk description", "Risk owner", "Current score (L x I)",
             "Direction of travel", "Target score", "Ref",
             "Further actions to reduce risk", "Action owner", "Target date",
             "Status", "Progress commentary (October 2025)"]
    for j, h in enumerate(heads, start=1):
        put(ws, 4, j, h, bold=True, fg="FFFFFF", bg=NAVY)

    risks = [
        ("CR01 – Financial Sustainability",
         "There is a risk that the Council cannot set a balanced budget over the "
         "medium term because of rising demand, pay and contract inflation and "
         "constrained Scottish Government funding, leading to unplanned service "
         "reductions.",
         "Director Finance & Procurement", ("20 (5 x 4)", RED), "↔",
         ("12 (3 x 4)", "F4B183"),
         [("CR01.1",
           "Deliver the agreed 2025/26 savings programme, with progress on each "
           "saving reported monthly to the Corporate Management Team.",
           "Director Finance & Procurement", dt.date(2026, 3, 31), GREEN,
           "85% of savings delivered or on track at month 6."),
          ("CR01.2",
           "Refresh the Medium Term Financial Strategy to 2030/31 and present "
           "options to close the projected budget gap to Council.",
           "Chief Financial Officer", "February 2026", AMBER,
           "Draft options delayed pending the Scottish Budget settlement."),
          ("CR01.3",
           "Complete the review of earmarked reserves and confirm the minimum "
           "unallocated reserve level.",
           "Chief Financial Officer", dt.date(2025, 9, 30), BLUE,
           "Reported to Council on 25 September 2025.")]),
        ("CR04 – Cyber Security",
         "There is a risk of a successful cyber attack on Council systems, "
         "resulting in loss of data, service disruption and reputational damage.",
         "Director Resilient Communities", ("16 (4 x 4)", "F4B183"), "↑",
         ("8 (2 x 4)", "FFE699"),
         [("CR04.1",
           "Complete roll-out of multi-factor authentication to all remaining "
           "staff and elected member accounts.",
           "Chief Officer ICT / CGI Service Delivery Manager", "December 2025",
           GREEN, "92% of accounts enrolled."),
          ("CR04.2",
           "Test the ICT disaster recovery plan through a full failover exercise "
           "and report lessons learned to CMT.",
           "Chief Officer ICT", "Q4 2025/26", RED,
           "Exercise postponed twice due to supplier availability.")]),
        ("CR07 – Workforce Capacity",
         "There is a risk that the Council cannot recruit and retain staff with "
         "the right skills in key services, leading to service gaps and "
         "increased reliance on agency staff.",
         "Director People, Performance & Change", ("15 (5 x 3)", "F4B183"), "↔",
         ("9 (3 x 3)", "FFE699"),
         [("CR07.1",
           "Implement the Workforce Plan 2025–2028 actions for hard-to-fill posts "
           "in social work, care at home and teaching, including the ‘grow your "
           "own’ trainee scheme.",
           "Director People, Performance & Change", dt.date(2027, 3, 31), AMBER,
           "Trainee social worker scheme launched; care at home campaign "
           "slipped to January."),
          ("CR07.2",
           "Introduce quarterly workforce dashboards for each directorate "
           "covering vacancies, turnover and sickness absence.",
           "HR Business Partner Lead", "Ongoing", GREEN,
           "Q1 and Q2 dashboards issued.")]),
        ("CR11 – Climate Change and Severe Weather",
         "There is a risk that more frequent severe weather events damage "
         "infrastructure and disrupt services and communities across the "
         "Borders.",
         "Director Infrastructure & Environment", ("16 (4 x 4)", "F4B183"), "↓",
         ("12 (3 x 4)", "F4B183"),
         [("CR11.1",
           "Complete the Climate Change Route Map adaptation actions for "
           "council-owned infrastructure, prioritising bridges and roads at "
           "highest flood risk.",
           "Director Infrastructure & Environment", "June 2026", GREEN,
           "Bridge condition surveys complete; prioritised list agreed."),
          ("CR11.2",
           "Update the Council’s severe weather and resilience plans following "
           "the Storm Babet and Storm Éowyn debriefs, and exercise them with "
           "Community Resilience Groups.",
           "Emergency Planning Manager", dt.date(2026, 5, 31), None,
           "Not yet started – scheduled to begin after the winter debriefs.")]),
    ]
    r = 5
    for title, desc, owner, cur, dot, tgt, acts in risks:
        first, last = r, r + len(acts) - 1
        for col in range(1, 7):
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last,
                               end_column=col)
        put(ws, first, 1, title, bold=True)
        put(ws, first, 2, desc)
        put(ws, first, 3, owner)
        put(ws, first, 4, cur[0], bg=cur[1])
        put(ws, first, 5, dot)
        put(ws, first, 6, tgt[0], bg=tgt[1])
        for ref, action, aown, date, status, comm in acts:
            put(ws, r, 7, ref)
            put(ws, r, 8, action)
            put(ws, r, 9, aown)
            put(ws, r, 10, date, fmt="dd/mm/yyyy" if isinstance(date, dt.date) else None)
            put(ws, r, 11, None, bg=status)
            put(ws, r, 12, comm)
            r += 1
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
    put(ws, r, 1, "Risks CR02, CR03, CR05, CR06, CR08–CR10 and CR12 have no further "
                  "actions this quarter and are reported in the full register "
                  "(Appendix 2).", border=False, wrap=False)
    widths(ws, [22, 40, 20, 12, 10, 12, 8, 48, 24, 13, 9, 36])
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(out("zwk-scottish-borders-council-corporate-risk-register-2025-26.xlsx"))


# ====================================================================== 2 xlsx
def swansea_action_tracker_refuse():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Tracker"
    put(ws, 1, 1, "Swansea Council – Governance & Audit Committee Action Tracker "
                  "2025/26", bold=True, size=14, border=False, wrap=False)
    put(ws, 2, 1, "Cyngor Abertawe – Pwyllgor Llywodraethu ac Archwilio", bold=True,
        size=12, border=False, wrap=False)
    put(ws, 3, 1, "Last updated: 14 January 2026", border=False, wrap=False)
    heads = ["Date of Meeting", "Minute No.", "Action", "Responsible Officer",
             "Due Date", "Status", "Comments / Update"]
    for j, h in enumerate(heads, start=1):
        put(ws, 5, j, h, bold=True, fg="FFFFFF", bg="C00000")
    meetings = [
        (dt.date(2025, 7, 9), [
            ("Min 12",
             "Internal Audit Annual Report 2024/25 – circulate the list of "
             "‘moderate’ assurance audits with their follow-up dates to "
             "Committee members.",
             "Chief Auditor", "September 2025", "Complete",
             "Circulated by email 28/07/2025."),
            ("Min 14",
             "Provide a briefing note on the increase in corporate complaints "
             "relating to Waste Services.",
             "Head of Waste, Parks & Cleansing", "October 2025", "Complete",
             "Briefing note issued 02/10/2025."),
        ]),
        (dt.date(2025, 9, 10), [
            ("Min 27",
             "Audit Wales report ‘Urgent and Emergency Care: Flow out of "
             "Hospital – West Glamorgan Region’ – report the Council’s "
             "management response and progress to a future meeting.",
             "Director of Social Services", "December 2025", "Ongoing",
             "Joint response with Swansea Bay UHB being finalised."),
            ("Min 29",
             "Corporate Risk Register – add the cyber security risk score trend "
             "to the quarterly risk report.",
             "Strategic Delivery & Performance Manager", "November 2025",
             "Complete", "Included in Q2 report."),
            ("Min 31",
             "Arrange a training session for Committee members on the Global "
             "Internal Audit Standards.",
             "Chief Auditor / Principal Auditor", "December 2025", "Complete",
             "Session held 03/12/2025."),
        ]),
        (dt.date(2025, 11, 12), [
            ("Min 44",
             "Fundamental Audits Recommendation Tracker – report recommendations "
             "with extended deadlines as a separate category.",
             "Principal Auditor", "February 2026", "Open", ""),
            ("Min 46",
             "Confirm the timetable for the audited Statement of Accounts 2024/25 "
             "with Audit Wales and notify Committee members.",
             "Director of Finance & S151 Officer", "December 2025", "Complete",
             "Timetable circulated 19/11/2025."),
            ("Min 47",
             "Provide an update on the implementation of the new Oracle Fusion "
             "finance system controls identified in the IT audit.",
             "Chief Digital & Transformation Officer", "Janaury 2026", "Open",
             "To be presented at the January meeting."),
            ("Min 49",
             "Annual Governance Statement 2025/26 – bring the draft significant "
             "governance issues to Committee for comment.",
             "Chief Legal Officer & Monitoring Officer", "March 2026", "Open", ""),
        ]),
    ]
    r = 6
    for mdate, acts in meetings:
        first, last = r, r + len(acts) - 1
        if last > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=last, end_column=1)
        put(ws, first, 1, mdate, fmt="d mmmm yyyy")
        for mins, action, officer, due, status, comm in acts:
            put(ws, r, 2, mins)
            put(ws, r, 3, action)
            put(ws, r, 4, officer)
            put(ws, r, 5, due)
            bg = {"Complete": "C6EFCE", "Ongoing": "FFEB9C", "Open": "FFEB9C"}[status]
            put(ws, r, 6, status, bg=bg)
            put(ws, r, 7, comm)
            r += 1
    r += 1
    put(ws, r, 1, "Completed actions are removed from the tracker once they have "
                  "been reported to Committee.", border=False, wrap=False)
    widths(ws, [16, 10, 52, 30, 15, 11, 34])
    wb.save(out("zwk-swansea-council-governance-and-audit-committee-action-tracker-"
                "typo-month-refuse.xlsx"))


# ====================================================================== 3 xlsx
def gwent_police_vmm_tracker():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    put(sm, 1, 1, "Gwent Police – HMICFRS Vetting, Misconduct and Misogyny "
                  "Recommendations Tracker", bold=True, size=14, border=False,
        wrap=False)
    put(sm, 2, 1, "HMICFRS: An inspection of vetting, misconduct, and misogyny in "
                  "the police service (November 2022)", bold=True, border=False,
        wrap=False)
    put(sm, 3, 1, "Force recommendation tracker – position at 30 November 2025",
        border=False, wrap=False)
    put(sm, 4, 1, "Reported to: Professional Standards Board and Joint Audit "
                  "Committee", border=False, wrap=False)
    put(sm, 6, 1, "Current RAG", bold=True, bg=GREY)
    put(sm, 6, 2, "No. of actions", bold=True, bg=GREY)
    for i, (lab, n, col) in enumerate([("Complete", 4, BLUE), ("Green", 3, GREEN),
                                       ("Amber", 1, AMBER), ("Red", 1, RED)],
                                      start=7):
        put(sm, i, 1, lab, bg=col)
        put(sm, i, 2, n)
    put(sm, 11, 1, "Total", bold=True)
    put(sm, 11, 2, 9, bold=True)
    put(sm, 13, 1, "RAG: Complete – action delivered and evidenced; Green – on track; "
                   "Amber – at risk of missing target date; Red – target date missed "
                   "or not achievable.", border=False, wrap=False)
    widths(sm, [16, 16])

    ws = wb.create_sheet("Tracker")
    ws.merge_cells("A1:J1")
    put(ws, 1, 1, "Gwent Police – HMICFRS Vetting, Misconduct and Misogyny "
                  "Recommendations Tracker", bold=True, size=13, border=False,
        wrap=False)
    ws.merge_cells("A2:J2")
    put(ws, 2, 1, "Owner: Deputy Chief Constable    |    Updated: 30/11/2025",
        border=False, wrap=False)
    heads = ["Ref", "HMICFRS recommendation", "HMICFRS deadline",
             "Gwent Police action", "Lead", "Original target date",
             "Revised target date", "Previous RAG", "Current RAG",
             "Update – November 2025"]
    for j, h in enumerate(heads, start=1):
        put(ws, 4, j, h, bold=True, fg="FFFFFF", bg=NAVY)
    rag_col = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    sections = [
        ("Vetting", [
            ("2. By 30 April 2023, chief constables should make sure that vetting "
             "decisions for officers and staff with adverse information are "
             "recorded with a clear written rationale.", dt.date(2023, 4, 30), [
                ("2.1", "Introduce a mandatory rationale template in the vetting "
                        "case management system for every clearance granted with "
                        "adverse information.",
                 "Force Vetting Manager", dt.date(2023, 4, 30), None,
                 "Complete", "Complete", "Template live since April 2023."),
                ("2.2", "Dip-sample 10% of clearances granted with adverse "
                        "information each quarter and report findings to the "
                        "Professional Standards Board.",
                 "Head of Professional Standards", dt.date(2024, 3, 31),
                 dt.date(2025, 12, 31), "Amber", "Green",
                 "Q1 and Q2 dip samples completed; Q3 under way."),
            ]),
            ("5. By 31 October 2023, chief constables should establish a process "
             "to review the vetting status of officers and staff who are subject "
             "to a misconduct or criminal investigation.", dt.date(2023, 10, 31), [
                ("5.1", "Agree a joint PSD and Vetting Unit referral protocol so "
                        "that every new misconduct or criminal investigation "
                        "triggers a vetting review.",
                 "Head of PSD / Force Vetting Manager", dt.date(2023, 10, 31), None,
                 "Complete", "Complete", "Protocol signed off October 2023."),
                ("5.2", "Complete retrospective vetting reviews of all officers "
                        "and staff currently subject to gross misconduct "
                        "proceedings.",
                 "D/Supt Professional Standards", dt.date(2024, 3, 31),
                 "March 2026", "Red", "Amber",
                 "41 of 58 reviews complete; additional vetting officer in post."),
            ]),
        ]),
        ("Misconduct and counter-corruption", [
            ("12. By 31 March 2024, chief constables should make sure that their "
             "counter-corruption units have enough capacity and capability to "
             "proactively seek intelligence on officers and staff who abuse their "
             "position for a sexual purpose.", dt.date(2024, 3, 31), [
                ("12.1", "Recruit two additional Counter Corruption Unit "
                         "investigators and an intelligence analyst.",
                 "Head of PSD; Head of People Services", dt.date(2024, 3, 31),
                 dt.date(2025, 9, 30), "Amber", "Complete",
                 "All three posts filled September 2025."),
                ("12.2", "Deploy IT monitoring software across all force devices, "
                         "with alerts reviewed daily by the Counter Corruption "
                         "Unit.",
                 "Head of Digital Services", dt.date(2024, 6, 30), "Q4 2025/26",
                 "Amber", "Red",
                 "Procurement re-run after supplier withdrew; contract award "
                 "expected January 2026."),
            ]),
        ]),
        ("Misogyny and predatory behaviour", [
            ("28. By 30 September 2023, chief constables should make sure that all "
             "officers and staff understand what constitutes misogynistic and "
             "predatory behaviour and how to report it.", dt.date(2023, 9, 30), [
                ("28.1", "Deliver the ‘Call It Out’ workshop to all supervisors "
                         "and managers, followed by a mandatory e-learning package "
                         "for all officers and staff.",
                 "Head of Learning & Development", dt.date(2023, 9, 30),
                 dt.date(2025, 3, 31), "Green", "Complete",
                 "96% completion recorded at 31/03/2025."),
                ("28.2", "Run a quarterly internal communications campaign "
                         "promoting confidential reporting routes, including the "
                         "Integrity Line.",
                 "Head of Corporate Communications", "Quarterly", None,
                 "Green", "Green", "Autumn campaign delivered October 2025."),
                ("28.3", "Survey staff annually on confidence in reporting sexual "
                         "harassment and misogyny, and publish the results to the "
                         "workforce.",
                 "Head of People Services / Staff Associations Liaison Officer",
                 dt.date(2026, 1, 31), None, "Green", "Green",
                 "2025 survey opens 5 January 2026."),
            ]),
        ]),
    ]
    r = 5
    for band, recs in sections:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        put(ws, r, 1, band, bold=True, bg="D9E1F2")
        r += 1
        for rec, deadline, acts in recs:
            first, last = r, r + len(acts) - 1
            if last > first:
                for col in (2, 3):
                    ws.merge_cells(start_row=first, start_column=col, end_row=last,
                                   end_column=col)
            put(ws, first, 2, rec)
            put(ws, first, 3, deadline, fmt="dd/mm/yyyy")
            for ref, action, lead, orig, rev, prev, cur, upd in acts:
                put(ws, r, 1, ref)
                put(ws, r, 4, action)
                put(ws, r, 5, lead)
                put(ws, r, 6, orig, fmt="dd/mm/yyyy" if isinstance(orig, dt.date) else None)
                put(ws, r, 7, rev, fmt="dd/mm/yyyy" if isinstance(rev, dt.date) else None)
                put(ws, r, 8, prev, bg=rag_col[prev])
                put(ws, r, 9, cur, bg=rag_col[cur])
                put(ws, r, 10, upd)
                r += 1
    widths(ws, [7, 46, 12, 46, 26, 12, 12, 10, 10, 36])
    ws.freeze_panes = "A5"
    wb.save(out("zwk-gwent-police-hmicfrs-vetting-misconduct-misogyny-"
                "recommendations-tracker.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=9):
    """Put text in a cell; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for k, part in enumerate(parts):
        if k:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


# ====================================================================== 4 docx
def lairdsland_piap():
    d = Document()
    d.add_heading("Lairdsland Primary School and Nursery Class: Post-Inspection "
                  "Action Plan 2025–26", level=0)
    p = d.add_paragraph("East Dunbartonshire Council – Education Service")
    p.runs[0].font.size = Pt(9)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Establishment", "Lairdsland Primary School and Nursery Class, "
                                   "Kirkintilloch"),
                 ("Headteacher", "Mrs Fiona Rennie"),
                 ("HM Inspectors’ visit", "March 2025"),
                 ("Letter to parents published", "10 June 2025"),
                 ("Quality Improvement Officer", "QIO (Primary) – East Dunbartonshire "
                                                 "Council"),
                 ("Plan reviewed", "Termly with the QIO; next review January 2026")]:
        row = t.add_row().cells
        set_text(row[0], a, bold=True)
        set_text(row[1], b)
        shade(row[0], "DEEAF6")
    d.add_paragraph("")
    d.add_paragraph("RAG key: B = complete   G = on track   A = some delay   "
                    "R = significant concern")
    d.add_paragraph("Abbreviations: HT – Headteacher; DHT – Depute Headteacher; "
                    "PT – Principal Teacher; EYLP – Early Years Lead Practitioner; "
                    "PEF – Pupil Equity Funding")

    rag_fill = {"B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000", "": None}

    def action_table(rows):
        tb = d.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["No.", "Actions", "Who", "When",
                                           "Measures of success", "RAG"]):
            set_text(c, h, bold=True)
            shade(c, "1F4E79")
            c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for no, act, who, when, measure, rag in rows:
            cells = tb.add_row().cells
            for c, v in zip(cells, [no, act, who, when, measure, rag]):
                set_text(c, v)
            if rag_fill[rag]:
                shade(cells[5], rag_fill[rag])
        d.add_paragraph("")

    d.add_heading("Primary school", level=1)
    d.add_heading("Area for improvement 1", level=2)
    d.add_paragraph("Senior leaders and staff should continue to develop approaches "
                    "to learning, teaching and assessment to ensure that all "
                    "children experience appropriate pace and challenge in their "
                    "learning.")
    action_table([
        ("1.1", "Agree a Lairdsland Learning and Teaching Standard with all staff, "
                "setting out expectations for differentiation, questioning and "
                "plenaries.", "HT/DHT", "October 2025",
         "Standard in place and evident in 80% of lessons observed.", "B"),
        ("1.2", "Programme of peer observations in trios, focused on pace and "
                "challenge, with two cycles across the session.", "DHT",
         "March 2026", "All teachers have observed and been observed twice.", "G"),
        ("1.3", "Moderate planning and assessment in literacy and numeracy with "
                "Kirkintilloch cluster schools.\nShare moderated exemplars with all "
                "class teachers.", "PT (Literacy) / PT (Numeracy)", "June 2026",
         "Teacher judgements of achievement of a level are robust and shared.",
         "A"),
    ])
    d.add_heading("Area for improvement 2", level=2)
    d.add_paragraph("Continue to raise attainment in numeracy and mathematics, "
                    "particularly for children working towards first level.")
    action_table([
        ("2.1", "Introduce daily number talks across P1–P4 using the East "
                "Dunbartonshire numeracy progression.", "Class teachers", "Ongoing",
         "Children explain their strategies confidently; improved mental agility "
         "scores.", "G"),
        ("2.2", "Track the progress of identified first level learners six-weekly "
                "and put targeted PEF support in place.", "DHT & PEF teacher",
         "December 2025", "Identified learners on track to achieve first level by "
         "June 2026.", "A"),
    ])
    d.add_heading("Nursery class", level=1)
    d.add_heading("Area for improvement 3", level=2)
    d.add_paragraph("Practitioners should improve the quality of observations of "
                    "children’s learning and use them more effectively to plan "
                    "next steps.")
    action_table([
        ("3.1", "Revise the nursery learning journal format so that observations "
                "record significant learning and clear next steps.", "EYLP",
         "November 2025", "Sampled journals show meaningful next steps for all "
         "children.", "B"),
        ("3.2", "Termly tracking meetings between the EYLP and each keyworker to "
                "review the progress of every child.", "EYLP / Keyworkers",
         "Termly", "Tracking shows progress for all children; gaps addressed.", "G"),
        ("3.3", "Develop the outdoor area to provide more open-ended, challenging "
                "play experiences, in consultation with children and families.",
         "HT", "May 2026", "Children use the outdoor area for sustained, "
         "challenging play.", ""),
    ])
    d.add_paragraph("Approved by")
    s = d.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for i, (a, b, c) in enumerate([("Headteacher", "Signed: F. Rennie",
                                     "Date: 26/08/2025"),
                                    ("Quality Improvement Officer",
                                     "Signed: ........", "Date: ........")]):
        for cell, v in zip(s.rows[i].cells, (a, b, c)):
            set_text(cell, v)
    d.save(out("zwk-lairdsland-primary-school-education-scotland-inspection-"
               "action-plan.docx"))


# ====================================================================== 5 docx
def llantwit_major_piap():
    d = Document()
    h = d.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run("Llantwit Major School – Post-Inspection Action Plan (PIAP)")
    r.bold = True
    r.font.size = Pt(18)
    h = d.add_paragraph("Following the Estyn core inspection of 4–7 November 2024")
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER

    d.add_paragraph("Document control").runs[0].bold = True
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Version", "Date", "Status"]):
        set_text(c, v, bold=True)
        shade(c, "D9D9D9")
    for row in [("1.0", "20/01/2025", "Approved by the Full Governing Body"),
                ("1.3", "08/10/2025", "Progress update for the Standards Committee")]:
        for c, v in zip(t.add_row().cells, row):
            set_text(c, v)
    d.add_paragraph("")

    recs = [
        ("R1", "Improve the consistency of teaching so that pupils make strong "
               "progress in lessons"),
        ("R2", "Strengthen the provision for developing pupils’ literacy and "
               "numeracy skills across the curriculum"),
        ("R3", "Improve attendance, particularly for pupils eligible for free "
               "school meals"),
        ("R4", "Refine self-evaluation and improvement planning processes so that "
               "they focus sharply on pupils’ progress"),
    ]
    d.add_paragraph("Estyn recommendations").runs[0].bold = True
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in recs:
        cells = t.add_row().cells
        set_text(cells[0], k, bold=True)
        set_text(cells[1], v)
    d.add_paragraph("")
    d.add_paragraph("Progress RAG: Blue – completed; Green – on track; Amber – some "
                    "slippage, remedial action in place; Red – significant concern")

    fills = {"Blue": "8EAADB", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}
    actions = {
        "R1": [
            ("1.1", "Launch the Llantwit Learning Framework, setting out the "
                    "school’s shared expectations for effective teaching, through "
                    "whole-staff INSET.",
             "Deputy Headteacher (Teaching and Learning)", "January 2025",
             "All staff trained; framework visible in lesson planning.",
             "SLT learning walks", "Blue"),
            ("1.2", "Establish fortnightly professional learning triads for all "
                    "teaching staff, focused on questioning and feedback.\nTriads to "
                    "share practice at the half-termly Teaching and Learning Forum.",
             "AHT Professional Learning", "Jan 2025 – July 2025",
             "Improved quality of questioning seen in 85% of observed lessons.",
             "Triad logs; lesson observations", "Blue"),
            ("1.3", "Carry out termly learning walks and book looks with middle "
                    "leaders, with findings fed back to departments within two "
                    "weeks.", "SLT / Heads of Faculty", "Termly",
             "Consistent feedback practice across faculties.",
             "QA calendar; governor Standards Committee", "Green"),
        ],
        "R2": [
            ("2.1", "Appoint a whole-school Literacy Coordinator and Numeracy "
                    "Coordinator with protected leadership time.", "Headteacher",
             "February 2025", "Coordinators in post with clear job descriptions.",
             "Governing Body", "Blue"),
            ("2.2", "Map opportunities for extended writing and numeracy in each "
                    "subject’s schemes of learning for Years 7–9.",
             "Literacy Coordinator & Numeracy Coordinator", "Summer term 2025",
             "Skills maps in place for all subjects.", "Book scrutiny", "Blue"),
            ("2.3", "Introduce a reading intervention programme for Year 7 and 8 "
                    "pupils with reading ages below their chronological age.",
             "ALNCo", "Autumn term 2025",
             "Reading ages of targeted pupils improve by at least 12 months.",
             "Reading test data", "Amber"),
        ],
        "R3": [
            ("3.1", "Appoint a Family Engagement Officer and introduce weekly "
                    "attendance panels for pupils with attendance below 90%.",
             "Assistant Headteacher (Wellbeing)", "March 2025",
             "Attendance of eFSM pupils improves by 3 percentage points.",
             "Weekly attendance data", "Blue"),
            ("3.2", "Work with the Vale of Glamorgan Education Welfare Service to "
                    "agree a staged approach to persistent absence.",
             "Assistant Headteacher (Wellbeing) / EWO", "31/12/2025",
             "Persistent absence reduced to below 20%.", "Termly LA review",
             "Green"),
        ],
        "R4": [
            ("4.1", "Revise the school’s quality assurance calendar so that all "
                    "self-evaluation activities are evaluated against their impact "
                    "on pupils’ progress.", "Deputy Headteacher (Standards)",
             "September 2025", "Self-evaluation report focuses on progress.",
             "Governing Body", "Blue"),
            ("4.2", "Train governors on the new self-evaluation model and appoint a "
                    "link governor for each recommendation.",
             "Headteacher & Chair of Governors", "November 2025",
             "Governors able to challenge leaders on progress.",
             "Governing Body minutes", "Green"),
            ("4.3", "Review progress against the PIAP with the local authority "
                    "Challenge Adviser.", "Headteacher", "Each half term",
             "Progress reports show improvement in all four recommendations.",
             "LA monitoring visits", "Green"),
        ],
    }
    for k, v in recs:
        d.add_paragraph("")
        tb = d.add_table(rows=2, cols=7)
        tb.style = "Table Grid"
        top = tb.rows[0].cells[0].merge(tb.rows[0].cells[6])
        set_text(top, f"{k}: {v}", bold=True, size=10)
        shade(top, "D9E2F3")
        for c, hd in zip(tb.rows[1].cells, ["Ref", "Actions", "Lead(s)", "Timescale",
                                            "Success criteria", "Monitoring",
                                            "Progress"]):
            set_text(c, hd, bold=True)
            shade(c, "F2F2F2")
        for row in actions[k]:
            cells = tb.add_row().cells
            for c, val in zip(cells, row):
                set_text(c, val)
            shade(cells[6], fills[row[6]])
    d.save(out("zwk-llantwit-major-school-estyn-post-inspection-action-plan.docx"))


# ======================================================================= 6 csv
def derry_strabane_ia_tracker():
    W = 13
    rows = [["Derry City and Strabane District Council – Internal Audit "
             "Recommendations: Follow-up Status as at 30 November 2025"]
            + [""] * (W - 1),
            ["Report to Audit Committee – 10 December 2025"] + [""] * (W - 1),
            [""] * W,
            ["Audit", "Year", "Assurance", "Rec No.", "Priority", "Recommendation",
             "Agreed management action", "Responsible Officer",
             "Original Target Date", "Revised Target Date", "Status", "RAG",
             "Internal Audit comment"]]
    data = [
        ["Procurement and Contract Management", "2024/25", "Limited", "P-1", "1",
         "A contracts register should be established and maintained for all "
         "contracts over £5,000, recording value, duration and renewal dates.",
         "Corporate contracts register to be developed in the finance system and "
         "populated by each directorate, with quarterly checks by the Procurement "
         "Unit.", "Procurement Manager", "31/03/2025", "31/03/2026",
         "Partially implemented", "G",
         "Register built; Environment and Regeneration data still to be loaded."],
        ["", "", "", "P-2", "2",
         "Waivers of Standing Orders should be approved before any commitment is "
         "made with a supplier.",
         "Waiver form revised to require Director approval before commitment; "
         "retrospective waivers to be reported to Audit Committee.",
         "Head of Finance", "30/06/2025", "", "Implemented", "B",
         "Verified by IA October 2025."],
        ["GDPR and Information Governance", "2024/25", "Satisfactory", "G-1", "2",
         "The Information Asset Register should be reviewed and updated annually by "
         "each Information Asset Owner.",
         "IAR template reissued and annual review built into the service planning "
         "cycle.", "Lead Legal Services Officer / Data Protection Officer",
         "31/12/2025", "", "Partially implemented", "G",
         "Four of seven directorates returned."],
        ["", "", "", "G-2", "3",
         "Completion of mandatory data protection training should be monitored and "
         "non-completion followed up.",
         "Monthly completion reports to Heads of Service; non-completion followed "
         "up through line managers.", "Head of Human Resources", "30/09/2025", "",
         "Implemented", "B", ""],
        ["Leisure Centres – Cash Handling", "2023/24", "Limited", "L-1", "1",
         "Daily cash reconciliations should be completed and independently checked "
         "at each leisure centre.",
         "Reconciliation procedure to be rolled out to all centres, with spot checks "
         "by the Leisure Facilities Manager.",
         "Head of Health & Community Wellbeing", "31/03/2024", "30/11/2025",
         "Not implemented", "R",
         "Spot checks not evidenced at two centres; escalated to Director."],
        ["", "", "", "L-2", "2",
         "A register of safe key holders should be maintained and safe combinations "
         "changed when staff leave.",
         "Key holder register introduced; safe combinations changed on staff "
         "departure.", "Leisure Facilities Manager", "30/06/2024", "",
         "Implemented", "B", ""],
        ["Fleet Management", "2025/26", "Satisfactory", "F-1", "2",
         "Vehicle defects reported by drivers should be recorded on the fleet "
         "management system and tracked to completion.",
         "Drivers’ daily walkaround checks to be recorded on the Tranman app, with "
         "defects routed automatically to the workshop.\nPilot in Environment "
         "directorate before roll-out.", "Fleet Manager", "Q4 2025/26", "",
         "Not yet due", "G", ""],
        ["", "", "", "F-2", "3",
         "Fuel card transactions should be reviewed monthly against vehicle "
         "mileage.",
         "Monthly fuel card exception report to be produced and reviewed.",
         "Fleet Manager; Management Accountant", "31/01/2026", "", "Not yet due",
         "G", ""],
    ]
    rows += data
    rows += [[""] * W,
             ["Summary", "Priority 1", "Priority 2", "Priority 3", "Total"] + [""] * 8,
             ["Implemented", "0", "2", "1", "3"] + [""] * 8,
             ["Partially implemented", "1", "1", "0", "2"] + [""] * 8,
             ["Not implemented", "1", "0", "0", "1"] + [""] * 8,
             ["Not yet due", "0", "1", "1", "2"] + [""] * 8,
             ["Total", "2", "4", "2", "8"] + [""] * 8,
             [""] * W,
             ["RAG key: B – implemented; G – on track for target date; A – at risk of "
              "missing revised date; R – overdue / not implemented"] + [""] * (W - 1),
             ["Priority 1 – significant weakness requiring urgent action; Priority 2 "
              "– important issue to be addressed; Priority 3 – minor issue / good "
              "practice"] + [""] * (W - 1)]
    with open(out("zwk-derry-city-and-strabane-dc-internal-audit-recommendations-"
                  "tracker.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ======================================================================= 7 txt
def abercorn_house_improvement_plan():
    H = "Ref\tAction\tResponsible\tTarget date\tStatus"
    lines = [
        "Abercorn House Care Home – Care Inspectorate Improvement Plan",
        "Following unannounced inspection: 7–9 October 2025 (report published "
        "13 November 2025)",
        "Plan owner: Home Manager\tLast reviewed: 15/12/2025",
        "Status: Complete / Green (on track) / Amber (some delay) / Red (not met)",
        "",
        "How well do we support people’s wellbeing?",
        "Requirement 1",
        "By 31 January 2026, the provider must ensure that people receive their "
        "medication safely and as prescribed, including ‘as required’ medication.",
        H,
        "1.1\tIntroduce person-centred ‘as required’ (PRN) protocols for every "
        "resident prescribed PRN medication, reviewed monthly.\tClinical Lead\t"
        "30/11/2025\tComplete",
        "1.2\tWeekly medication audits by the nurse in charge, with a monthly audit "
        "summary to the Home Manager.\tNurse in charge / Home Manager\t31/12/2025\t"
        "Green",
        "1.3\tAll nurses to complete a medicines management refresher and "
        "competency assessment.\tClinical Lead\tJanuary 2026\tAmber",
        "",
        "Area for improvement 1",
        "To support people’s health and wellbeing, the service should ensure that "
        "people are offered regular, meaningful activity that reflects their "
        "interests and preferences.",
        H,
        "AFI1.1\tComplete ‘Getting to know me’ life histories for all residents "
        "with their families.\tActivities Coordinator\t31/12/2025\tGreen",
        "AFI1.2\tIntroduce a weekly activity planner for each unit, including "
        "one-to-one sessions for people who spend most of their time in their "
        "rooms.\tActivities Coordinator & Unit Leads\tOngoing\tGreen",
        "",
        "How good is our leadership?",
        "Requirement 2",
        "By 28 February 2026, the provider must ensure that quality assurance "
        "systems are effective in identifying and addressing areas for "
        "improvement.",
        H,
        "2.1\tImplement a monthly quality assurance calendar covering care plans, "
        "falls, nutrition, medication and the environment.\tHome Manager\t"
        "31/12/2025\tComplete",
        "2.2\tProduce a service improvement plan informed by audits, feedback from "
        "people and families, and this inspection, and review it at monthly "
        "governance meetings.\tHome Manager / Regional Manager\tFebruary 2026\t"
        "Green",
        "2.3\tRegional Manager to complete quarterly provider visits and report "
        "findings to the Board.\tRegional Manager\tQuarterly\tAmber",
        "",
        "Signed: Home Manager\tDate: 15/12/2025",
    ]
    with open(out("zwk-abercorn-house-care-home-care-inspectorate-improvement-"
                  "plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    scottish_borders_risk_register()
    swansea_action_tracker_refuse()
    gwent_police_vmm_tracker()
    lairdsland_piap()
    llantwit_major_piap()
    derry_strabane_ia_tracker()
    abercorn_house_improvement_plan()
    print("built 7 files")
