#!/usr/bin/env python3
"""Build the seven zvc- blind test files of set heldout643.

Run:  python zvc_make.py              -> writes the seven data files
      python zvc_make.py --expected   -> also writes NAME.expected.yaml beside each

Every action is defined once below, with the reading a person makes of it (end month,
status, leads), so the data files and the expected readings come from the same strings.
"""
import csv
import datetime as dt
import os
import sys

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"
FILL = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def solid(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead),
         "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


CASES = {}

# ---------------------------------------------------------------------------
# 1. Milton Keynes City Council - internal audit actions tracker (xlsx, read)
# ---------------------------------------------------------------------------
MK_NAME = "zvc-milton-keynes-city-council-internal-audit-actions-tracker.xlsx"
MK_TITLE = "Milton Keynes City Council – Internal Audit Actions Tracker"
# audit, year, opinion, directorate, [rows]
# row: ref, priority, action, owner(cell), leads, original, revised, rag, update, end
MK_AUDITS = [
    ("Community Alarm Service", "2025/26", "Limited", "Adult Services", [
        ("CAS.1", "High",
         "Undertake a full reconciliation of the Community Alarm client database against "
         "the billing system and correct all discrepancies identified.",
         "Head of Prevention and Community Support", ["Head of Prevention and Community Support"],
         dt.date(2025, 10, 31), None, "green",
         "Reconciliation started in August; 1,420 of 2,310 records checked to date."),
        ("CAS.2", "Medium",
         "Introduce a documented monthly check that call-handling response times are reported "
         "to the service manager, with exceptions escalated.",
         "Community Alarm Service Manager", ["Community Alarm Service Manager"],
         dt.date(2025, 11, 30), None, "green",
         "Report template drafted; first monthly check due October."),
    ]),
    ("Payroll – Starters and Leavers", "2024/25", "Reasonable", "Resources", [
        ("PAY.1", "Medium",
         "Issue a reminder to all budget managers that leaver forms must be submitted to "
         "Payroll before the employee’s last working day, and report late notifications to "
         "the Corporate Leadership Team quarterly.",
         "Head of HR Operations", ["Head of HR Operations"],
         dt.date(2025, 3, 31), dt.date(2025, 9, 30), "amber",
         "Reminder issued in May. Quarterly CLT report delayed by the iTrent upgrade; first "
         "report now scheduled for CLT on 23 September."),
    ]),
    ("Temporary Accommodation – Nightly Paid Placements", "2024/25", "Limited",
     "Environment and Property", [
        ("TA.1", "High",
         "a) Put in place a framework agreement for nightly paid accommodation providers.\n"
         "b) Until the framework is in place, require Head of Service approval for any "
         "placement exceeding the agreed rate cap.",
         "Head of Housing Solutions / Head of Procurement",
         ["Head of Housing Solutions", "Head of Procurement"],
         dt.date(2025, 6, 30), dt.date(2025, 12, 31), "amber",
         "Part b) in place since April. Framework tender returned fewer bids than expected "
         "and is being re-run."),
        ("TA.2", "High",
         "Carry out a monthly reconciliation of placement invoices to the housing case "
         "management system before payment is authorised.",
         "Housing Finance Manager", ["Housing Finance Manager"],
         dt.date(2025, 5, 31), None, "red",
         "No update received. Escalated to the Director of Housing and Regeneration."),
        ("TA.3", "Medium",
         "Review and update the Temporary Accommodation Placement Policy and present it to "
         "Cabinet for approval.",
         "Head of Housing Solutions", ["Head of Housing Solutions"],
         dt.date(2025, 7, 31), None, "blue",
         "Policy approved by Cabinet on 8 July 2025."),
    ]),
    ("Cyber Security – Privileged Access", "2024/25", "Reasonable", "Resources", [
        ("CYB.1", "High",
         "Remove standing domain administrator rights from named accounts and implement "
         "just-in-time privileged access.",
         "Head of ICT Infrastructure", ["Head of ICT Infrastructure"],
         dt.date(2025, 3, 31), dt.date(2026, 1, 31), "amber",
         "Privileged access tool procured; rollout to the server team completed, "
         "application teams to follow."),
        ("CYB.2", "Medium",
         "Complete a quarterly review of privileged accounts, evidenced by sign-off from the "
         "ICT Security Manager.",
         "ICT Security Manager", ["ICT Security Manager"],
         dt.date(2025, 6, 30), None, "blue",
         "Q1 review completed and signed off 27 June 2025."),
    ]),
    ("Section 106 Contributions", "2023/24", "Limited", "Planning and Placemaking", [
        ("S106.1", "Medium",
         "Reconcile the S106 monitoring spreadsheet to the general ledger and agree a single "
         "source of record.",
         "Head of Planning; Chief Accountant", ["Head of Planning", "Chief Accountant"],
         dt.date(2024, 12, 31), dt.date(2025, 10, 31), "amber",
         "Reconciliation complete for 2019–2023 agreements; 2024 agreements in progress."),
    ]),
]


def build_mk(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = MK_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit Committee 25 September 2025 – Annex C"
    ws["A3"] = "Position at 31 August 2025 (High and Medium priority actions)"
    hdr = ["Directorate", "Red", "Amber", "Green", "Blue", "Total"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = solid(GREY)
        cell.border = BOX
    dirs = []
    for _, _, _, d, _ in MK_AUDITS:
        if d not in dirs:
            dirs.append(d)
    r = 6
    tot = {k: 0 for k in ("red", "amber", "green", "blue")}
    for d in dirs:
        counts = {k: 0 for k in tot}
        for _, _, _, dd, rows in MK_AUDITS:
            if dd == d:
                for row in rows:
                    counts[row[7]] += 1
        ws.cell(row=r, column=1, value=d).border = BOX
        for c, k in enumerate(("red", "amber", "green", "blue"), 2):
            ws.cell(row=r, column=c, value=counts[k]).border = BOX
            tot[k] += counts[k]
        ws.cell(row=r, column=6, value=sum(counts.values())).border = BOX
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for c, k in enumerate(("red", "amber", "green", "blue"), 2):
        ws.cell(row=r, column=c, value=tot[k]).font = Font(bold=True)
    ws.cell(row=r, column=6, value=sum(tot.values())).font = Font(bold=True)
    r += 2
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    key = [("red", "Overdue – no revised date agreed"),
           ("amber", "Overdue – revised date agreed with Internal Audit"),
           ("green", "Not yet due – on track"),
           ("blue", "Implemented – awaiting verification by Internal Audit")]
    for k, txt in key:
        r += 1
        ws.cell(row=r, column=1).fill = solid(FILL[k])
        ws.cell(row=r, column=2, value=txt)
    ws.column_dimensions["A"].width = 30
    for col in "BCDEF":
        ws.column_dimensions[col].width = 10

    ws2 = wb.create_sheet("Actions Tracker")
    ws2["A1"] = MK_TITLE
    ws2["A1"].font = Font(bold=True, size=14)
    ws2["A2"] = "Audit Committee 25 September 2025 – Annex C"
    headers = ["Audit", "Year", "Assurance Opinion", "Ref", "Priority", "Agreed Management Action",
               "Action Owner", "Original Target Date", "Revised Target Date", "RAG",
               "Management Update (August 2025)"]
    for c, h in enumerate(headers, 1):
        cell = ws2.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = solid("1F3864")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for audit, year, opinion, _, rows in MK_AUDITS:
        first = r
        for ref, pri, action, owner, _leads, orig, rev, rag, upd in rows:
            vals = [None, None, None, ref, pri, action, owner, orig, rev, None, upd]
            for c, v in enumerate(vals, 1):
                cell = ws2.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if c in (8, 9) and v is not None:
                    cell.number_format = "dd/mm/yyyy"
            ws2.cell(row=r, column=10).fill = solid(FILL[rag])
            r += 1
        for c, v in ((1, audit), (2, year), (3, opinion)):
            ws2.cell(row=first, column=c, value=v)
            if r - 1 > first:
                ws2.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
        ws2.cell(row=first, column=1).font = Font(bold=True)
    r += 1
    ws2.cell(row=r, column=1, value="Note: actions shown Blue are reported once and removed "
                                      "from the tracker after verification by Internal Audit.")
    widths = [26, 9, 12, 8, 9, 60, 28, 13, 13, 6, 50]
    for i, w in enumerate(widths, 1):
        ws2.column_dimensions[get_column_letter(i)].width = w
    ws2.freeze_panes = "A5"
    wb.save(path)


def mk_expected():
    acts = []
    for audit, _, _, _, rows in MK_AUDITS:
        for ref, _, action, _, leads, orig, rev, rag, _ in rows:
            d = rev or orig
            acts.append(act(ref, [audit], action, leads, f"{d.year}-{d.month:02d}", rag))
    return acts


CASES[MK_NAME] = dict(
    build=build_mk,
    source=(
        "Milton Keynes City Council, Audit Committee 25 September 2025, Annex C – Actions "
        "Tracker to the Internal Audit Progress and Counter Fraud Update (meeting summary at "
        "https://opengovernment.network/meetings/81060; MK internal audit pages at "
        "milton-keynes.gov.uk). Imitates a council internal audit actions tracker: Summary sheet "
        "with counts by directorate and a fill-colour RAG key, then an Actions Tracker sheet "
        "with the audit name, year and assurance opinion in vertically merged cells, priority, "
        "agreed management action, owner (job titles, two posts in some cells), original and "
        "revised target dates as real dates, a RAG column shown only by fill colour, and a "
        "notes line below."),
    reads=(
        "A two-sheet internal audit tracker for the Audit Committee. The Summary sheet holds "
        "only counts and the RAG key; the Actions Tracker lists nine agreed actions grouped "
        "under five audits (merged audit cells). Each action's due month is the revised target "
        "date where one is given, otherwise the original, and its status is the fill colour "
        "of the RAG cell read through the key (blue = implemented)."),
    outcome="read", title=MK_TITLE, actions=mk_expected)

# ---------------------------------------------------------------------------
# 2. North East Lincolnshire Council - transformation highlight report (xlsx, read)
# ---------------------------------------------------------------------------
NEL_NAME = "zvc-north-east-lincolnshire-council-transformation-programme-highlight-report.xlsx"
NEL_TITLE = "North East Lincolnshire Council – Transformation Programme Highlight Report"
LETTER = {"G": "green", "A": "amber", "R": "red", "B": "blue"}
NEL_WS = [
    ("Workstream 1: Customer and Digital Access", [
        ("1.1", "Launch the new customer portal (My Account) for council tax and waste services",
         "Head of Customer Services", ["Head of Customer Services"],
         dt.date(2025, 7, 1), dt.date(2025, 9, 1), "A", "B",
         "Went live 15 September; 3,900 accounts registered in the first two weeks."),
        ("1.2", "Migrate the remaining 14 online forms to the low-code platform",
         "Digital Programme Manager", ["Digital Programme Manager"],
         dt.date(2025, 10, 1), dt.date(2025, 12, 1), "A", "A",
         "Six forms migrated. Developer vacancy filled from 1 October; forecast moved to December."),
        ("1.3", "Implement the telephony IVR redesign and call-back function",
         "Head of Customer Services", ["Head of Customer Services"],
         dt.date(2025, 11, 1), dt.date(2025, 11, 1), "G", "G",
         "Supplier configuration under way; user testing booked for October."),
    ]),
    ("Workstream 2: Adult Social Care – Living Well", [
        ("2.1", "Expand reablement capacity by 20% through the in-house Home First service",
         "Assistant Director Adult Social Care", ["Assistant Director Adult Social Care"],
         dt.date(2025, 9, 1), dt.date(2026, 1, 1), "G", "R",
         "Recruitment campaign filled 9 of 22 posts. Revised forecast January 2026; agency "
         "cover agreed as interim mitigation."),
        ("2.2", "Roll out strengths-based practice training to all adult social care practitioners",
         "Principal Social Worker (Adults)", ["Principal Social Worker (Adults)"],
         dt.date(2025, 12, 1), dt.date(2025, 12, 1), "G", "G",
         "118 of 164 practitioners trained."),
        ("2.3", "Commission a new technology-enabled care offer",
         "Head of Commissioning", ["Head of Commissioning"],
         dt.date(2026, 3, 1), dt.date(2026, 3, 1), None, "G",
         "New milestone this period. Market engagement event held 24 September."),
    ]),
    ("Workstream 3: Children’s Services – Family Help Reform", [
        ("3.1", "Establish three locality Family Help teams (Grimsby, Cleethorpes, Immingham)",
         "Assistant Director Early Help and Family Help",
         ["Assistant Director Early Help and Family Help"],
         dt.date(2025, 10, 1), dt.date(2025, 11, 1), "A", "A",
         "Grimsby and Cleethorpes teams live; Immingham base delayed by building works."),
        ("3.2", "Agree the multi-agency Family Help front door protocol with Humberside Police "
                "and the ICB place team",
         "Head of Safeguarding Partnerships", ["Head of Safeguarding Partnerships"],
         dt.date(2025, 9, 1), dt.date(2025, 9, 1), "G", "B",
         "Protocol signed off by the Safeguarding Children Partnership on 11 September."),
    ]),
    ("Workstream 4: Estates and Accommodation", [
        ("4.1", "Vacate Origin One floors 2 and 3 and relocate staff to the Municipal Offices",
         "Head of Property Services", ["Head of Property Services"],
         dt.date(2025, 8, 1), dt.date(2026, 2, 1), "R", "A",
         "Revised move plan approved by Programme Board; lease break negotiated to February."),
        ("4.2", "Complete the disposal of the surplus depot site at Doughty Road",
         "Head of Property Services / Head of Legal Services",
         ["Head of Property Services", "Head of Legal Services"],
         dt.date(2026, 3, 1), dt.date(2026, 6, 1), "A", "A",
         "Preferred bidder selected; title issues being resolved before exchange."),
    ]),
]


def build_nel(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Programme Overview"
    ws["A1"] = NEL_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    rows = [("Reporting period", "September 2025 (Period 6)"),
            ("Senior Responsible Owner", "Executive Director Place and Resources"),
            ("Programme Manager", "Head of Transformation and Change"),
            ("Overall programme RAG", "A"),
            ("Report to", "Transformation Programme Board, 7 October 2025")]
    for i, (k, v) in enumerate(rows, 3):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=i, column=2, value=v)
    ws["B6"].fill = solid(AMBER)
    ws["A9"] = "Summary this period"
    ws["A9"].font = Font(bold=True)
    ws["A10"] = ("Two milestones completed (customer portal; Family Help front door protocol). "
                 "Reablement expansion has moved to Red because of recruitment; the estates "
                 "move has improved to Amber following the lease break agreement.")
    ws["A10"].alignment = WRAP
    ws.merge_cells("A10:F12")
    hdr = ["Workstream", "Milestones", "Complete", "Red", "Amber", "Green"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=14, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = solid(GREY)
        cell.border = BOX
    r = 15
    for name, ms in NEL_WS:
        cur = [m[7] for m in ms]
        vals = [name, len(ms), cur.count("B"), cur.count("R"), cur.count("A"), cur.count("G")]
        for c, v in enumerate(vals, 1):
            ws.cell(row=r, column=c, value=v).border = BOX
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for letter, txt, col in (("B", "Complete", BLUE), ("G", "On track", GREEN),
                             ("A", "At risk – mitigating action in place", AMBER),
                             ("R", "Off track – escalated to Programme Board", RED)):
        r += 1
        c1 = ws.cell(row=r, column=1, value=letter)
        c1.fill = solid(col)
        c1.alignment = Alignment(horizontal="center")
        ws.cell(row=r, column=2, value=txt)
    ws.column_dimensions["A"].width = 48
    ws.column_dimensions["B"].width = 44
    for col in "CDEF":
        ws.column_dimensions[col].width = 11

    ws2 = wb.create_sheet("Milestones")
    ws2["A1"] = NEL_TITLE
    ws2["A1"].font = Font(bold=True, size=14)
    ws2["A2"] = "Milestone tracker – September 2025 (Period 6)"
    headers = ["Ref", "Milestone / deliverable", "Milestone Lead", "Baseline Date",
               "Forecast Date", "Last Period RAG", "This Period RAG", "Commentary"]
    for c, h in enumerate(headers, 1):
        cell = ws2.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = solid("305496")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for name, ms in NEL_WS:
        ws2.cell(row=r, column=1, value=name).font = Font(bold=True)
        for c in range(1, 9):
            ws2.cell(row=r, column=c).fill = solid(GREY)
        ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for ref, text, leadcell, _l, base, fc, prev, cur, comm in ms:
            vals = [ref, text, leadcell, base, fc, prev if prev else "New", cur, comm]
            for c, v in enumerate(vals, 1):
                cell = ws2.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if c in (4, 5):
                    cell.number_format = "mmm-yy"
            for c, letter in ((6, prev), (7, cur)):
                if letter:
                    ws2.cell(row=r, column=c).fill = solid(FILL[LETTER[letter]])
                    ws2.cell(row=r, column=c).alignment = Alignment(horizontal="center",
                                                                     vertical="top")
            r += 1
    widths = [7, 55, 30, 11, 11, 10, 10, 55]
    for i, w in enumerate(widths, 1):
        ws2.column_dimensions[get_column_letter(i)].width = w

    ws3 = wb.create_sheet("Benefits")
    ws3["A1"] = "Financial benefits – 2025/26 (£000)"
    ws3["A1"].font = Font(bold=True)
    for c, h in enumerate(["Workstream", "Target", "Delivered to date", "Forecast", "Variance"], 1):
        ws3.cell(row=3, column=c, value=h).font = Font(bold=True)
    data = [("Customer and Digital Access", 650, 210, 610),
            ("Adult Social Care – Living Well", 1800, 540, 1450),
            ("Children’s Services – Family Help Reform", 900, 300, 900),
            ("Estates and Accommodation", 420, 0, 300)]
    for i, (n, t, d, f) in enumerate(data, 4):
        ws3.cell(row=i, column=1, value=n)
        ws3.cell(row=i, column=2, value=t)
        ws3.cell(row=i, column=3, value=d)
        ws3.cell(row=i, column=4, value=f)
        ws3.cell(row=i, column=5, value=f - t)
    ws3.cell(row=8, column=1, value="Total").font = Font(bold=True)
    for c, col in ((2, "B"), (3, "C"), (4, "D"), (5, "E")):
        ws3.cell(row=8, column=c, value=f"=SUM({col}4:{col}7)")
    ws3.column_dimensions["A"].width = 42
    wb.save(path)


def nel_expected():
    acts = []
    for name, ms in NEL_WS:
        for ref, text, _lc, leads, base, fc, prev, cur, _c in ms:
            acts.append(act(ref, [name], text, leads, f"{fc.year}-{fc.month:02d}", LETTER[cur]))
    return acts


CASES[NEL_NAME] = dict(
    build=build_nel,
    source=(
        "North East Lincolnshire Council transformation programme highlight report to its "
        "Transformation Programme Board (2025); the layout follows the monthly programme "
        "highlight reports English councils publish with scrutiny/cabinet papers (e.g. "
        "Lincolnshire County Council transformation programme update, "
        "https://lincolnshire.moderngov.co.uk/mgAi.aspx?ID=21089). Copies: an overview sheet "
        "with a title block, overall RAG, a summary paragraph, a per-workstream count table and "
        "a letter RAG key; a milestone sheet with merged grey workstream heading rows, baseline "
        "and forecast dates formatted mmm-yy, last-period and this-period RAG letters with fill, "
        "and commentary; a benefits sheet of figures."),
    reads=(
        "A three-sheet highlight report. The Milestones sheet holds ten milestones under four "
        "workstream heading rows; each is read with its forecast date as the end month (the "
        "baseline is the original) and the This Period RAG letter as its status (B = complete). "
        "The overview and benefits sheets are summaries, not actions."),
    outcome="read", title=NEL_TITLE, actions=nel_expected)

# ---------------------------------------------------------------------------
# 3. Calderdale SAB risk register (xlsx, refuse: "Febuary 2026")
# ---------------------------------------------------------------------------
CAL_NAME = "zvc-calderdale-safeguarding-adults-board-risk-register-2025-26-typo-month-refuse.xlsx"
CAL_TITLE = "Calderdale Safeguarding Adults Board – Board Risk Register 2025/26"
CAL_RISKS = [
    ("CSAB 01", "Partner engagement: key partners do not attend or contribute to Board and "
                "sub-group business.",
     "Competing organisational pressures; changes in partner leadership. Consequence: the "
     "Board cannot assure itself that adults at risk are protected.",
     3, 4, "Memorandum of Understanding; attendance reported to the Executive Group.", [
        ("Chair to write to partner chief officers where attendance at Board sub-groups falls "
         "below 75% over two quarters.", "Independent Chair", "December 2025"),
        ("Refresh the Board membership and attendance expectations in the Memorandum of "
         "Understanding.", "Board Business Manager", "March 2026"),
     ], 2, 4, "Improving", "amber"),
    ("CSAB 02", "Learning from Safeguarding Adults Reviews is not embedded in practice.",
     "SAR action plans closed on completion of activity rather than evidence of impact.",
     4, 4, "SAR action plans monitored by the Learning and Improvement sub-group.", [
        ("Introduce a quarterly SAR action plan assurance report to the Learning and "
         "Improvement sub-group.", "Chair, Learning and Improvement sub-group", "November 2025"),
        ("Undertake a multi-agency audit of self-neglect cases to test learning from SAR "
         "Adult C.", "Chair, Quality Assurance sub-group", "Febuary 2026"),
     ], 3, 4, "No change", "amber"),
    ("CSAB 03", "Board budget: partner contributions do not cover the cost of statutory "
                "reviews.",
     "Rising number of SAR referrals meeting the statutory criteria.",
     3, 3, "Three-year funding agreement to March 2026; reserve held for reviews.", [
        ("Agree 2026/27 partner contributions at the Executive Group.",
         "Board Business Manager", "January 2026"),
     ], 2, 3, "No change", "green"),
    ("CSAB 04", "The Board lacks timely multi-agency safeguarding data to identify themes.",
     "Different recording systems across partners; no shared dataset.",
     3, 3, "Council safeguarding dataset reported quarterly.", [
        ("Develop a multi-agency safeguarding performance dashboard with West Yorkshire "
         "Police and the ICB place team.",
         "Performance and Intelligence Manager; Board Business Manager", "March 2026"),
     ], 3, 3, "Worsening", "amber"),
]
CAL_TYPO_ROW = None


def score_fill(score):
    if score >= 15:
        return RED
    if score >= 8:
        return AMBER
    return GREEN


def build_cal(path):
    global CAL_TYPO_ROW
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Risk Register"
    ws["A1"] = CAL_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Reviewed by the Board on 9 October 2025 – owner: Board Business Manager"
    groups = [(1, 1, "Risk No"), (2, 2, "Risk description"), (3, 3, "Cause / consequence"),
              (4, 6, "Inherent risk"), (7, 7, "Existing controls"),
              (8, 10, "Further action required"), (11, 13, "Residual risk"),
              (14, 14, "RAG"), (15, 15, "Direction of travel")]
    sub = {4: "L", 5: "I", 6: "Score", 8: "Action", 9: "Action owner", 10: "Target date",
           11: "L", 12: "I", 13: "Score"}
    for c1, c2, text in groups:
        cell = ws.cell(row=4, column=c1, value=text)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        for c in range(c1, c2 + 1):
            ws.cell(row=4, column=c).fill = solid("7030A0")
            ws.cell(row=5, column=c).fill = solid("7030A0")
            ws.cell(row=4, column=c).border = BOX
            ws.cell(row=5, column=c).border = BOX
        if c2 > c1:
            ws.merge_cells(start_row=4, start_column=c1, end_row=4, end_column=c2)
        else:
            ws.merge_cells(start_row=4, start_column=c1, end_row=5, end_column=c1)
    for c, t in sub.items():
        cell = ws.cell(row=5, column=c, value=t)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
    r = 6
    for rid, desc, cause, li, ii, ctrl, actions, lr, ir, trend, rag in CAL_RISKS:
        first = r
        for text, owner, target in actions:
            ws.cell(row=r, column=8, value=text)
            ws.cell(row=r, column=9, value=owner)
            ws.cell(row=r, column=10, value=target)
            if target.startswith("Febuary"):
                CAL_TYPO_ROW = r
            for c in range(1, 16):
                ws.cell(row=r, column=c).alignment = WRAP
                ws.cell(row=r, column=c).border = BOX
            r += 1
        last = r - 1
        vals = {1: rid, 2: desc, 3: cause, 4: li, 5: ii, 6: li * ii, 7: ctrl, 11: lr, 12: ir,
                13: lr * ir, 14: rag.capitalize(), 15: trend}
        for c, v in vals.items():
            ws.cell(row=first, column=c, value=v)
            if last > first:
                ws.merge_cells(start_row=first, start_column=c, end_row=last, end_column=c)
        ws.cell(row=first, column=6).fill = solid(score_fill(li * ii))
        ws.cell(row=first, column=13).fill = solid(score_fill(lr * ir))
        ws.cell(row=first, column=14).fill = solid(FILL[rag])
    r += 1
    ws.cell(row=r, column=1, value="Scoring: Likelihood (L) x Impact (I), each 1–5. "
                                   "1–7 Green, 8–14 Amber, 15–25 Red.")
    ws.cell(row=r + 1, column=1, value="Risks scoring 15 or above after controls are escalated "
                                       "to the Calderdale Council corporate risk register.")
    widths = [9, 34, 34, 4, 4, 7, 32, 48, 26, 14, 4, 4, 7, 9, 12]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(path)


CASES[CAL_NAME] = dict(
    build=build_cal,
    source=(
        "Calderdale Safeguarding Adults Board risk register 2025/26, in the form SABs in England "
        "keep a board-level risk register (cf. Solihull SAB risk register); Calderdale Council "
        "hosts the Board. Copies: title and review line, a two-row header with merged group "
        "headings (Inherent risk L/I/Score, Further action required, Residual risk), each risk's "
        "description, cause, controls and scores merged down over its one or two further "
        "actions, score cells filled by band, a RAG column, direction of travel, and scoring "
        "notes below the table."),
    reads=(
        "A single-sheet risk register of four Board risks, each with its further mitigating "
        "actions, owners and target dates written as month names. The target date of the "
        "self-neglect audit action under CSAB 02 reads “Febuary 2026”, a mistyped month, so a "
        "careful reader stops and asks at that row rather than guess."),
    outcome="refuse", title=CAL_TITLE, actions=None)

# ---------------------------------------------------------------------------
# 4. Bath & North East Somerset - ASC CQC improvement plan (docx, read)
# ---------------------------------------------------------------------------
BANES_NAME = "zvc-bath-and-north-east-somerset-council-asc-cqc-improvement-plan.docx"
BANES_TITLE = "Adult Social Care Improvement Plan 2025–26"
BANES_PRIORITIES = [
    ("Priority 1: Assessing needs in a timely way",
     "People were waiting too long for Care Act assessments, reviews and occupational therapy "
     "assessments, and not everyone on a waiting list was contacted to check whether their "
     "needs had changed.", [
        ("1.1", ["Introduce a single waiting list triage process across the community teams, "
                 "with RAG-rated risk checks for everyone waiting more than 28 days."],
         "Head of Adult Social Care Operations", ["Head of Adult Social Care Operations"],
         "June 2025", "September 2025",
         "Triage process live in all three community teams from 1 September.", "Blue",
         "2025-09", None),
        ("1.2", ["Commission additional occupational therapy assessment capacity to clear the "
                 "backlog of people waiting over 12 weeks."],
         "Principal Occupational Therapist / Head of Commissioning",
         ["Principal Occupational Therapist", "Head of Commissioning"],
         "September 2025", "January 2026",
         "Provider appointed in August; backlog reduced from 412 to 268.", "Amber",
         "2026-01", None),
        ("1.3", ["Publish waiting-time data to the ASC Improvement Board."],
         "Performance and Intelligence Lead", ["Performance and Intelligence Lead"],
         "Monthly", "",
         "Dashboard presented at every Board since April.", "Green", None, "Monthly"),
    ]),
    ("Priority 2: Supporting unpaid carers",
     "Unpaid carers told CQC they did not always know about their right to a carer’s "
     "assessment, and the number of carers’ assessments completed was low.", [
        ("2.1", ["Co-produce a refreshed Carers’ Strategy with carers and the Carers’ Centre."],
         "Commissioning Manager (Carers)", ["Commissioning Manager (Carers)"],
         "December 2025", "",
         "Four co-production workshops held; draft strategy due to the Board in November.",
         "Green", "2025-12", None),
        ("2.2", ["Train front-door staff to offer a carer’s assessment at first contact.",
                 "Add a mandatory carer question to the contact record in Liquidlogic."],
         "Community Wellbeing Hub Manager", ["Community Wellbeing Hub Manager"],
         "October 2025", "",
         "Training delivered to 31 of 38 staff; system change in testing.", "Green",
         "2025-10", None),
        ("2.3", ["Increase the number of carers’ assessments completed by 25% against the "
                 "2024/25 baseline."],
         "Head of Adult Social Care Operations & Carers’ Centre Chief Executive",
         ["Head of Adult Social Care Operations", "Carers’ Centre Chief Executive"],
         "March 2026", "",
         "Up 11% at the end of Q2; trajectory behind target.", "Amber", "2026-03", None),
    ]),
    ("Priority 3: Safeguarding",
     "Safeguarding enquiries were not always completed in a timely way, and feedback to people "
     "and referrers about the outcome was inconsistent.", [
        ("3.1", ["Implement a timeliness standard of 10 working days for safeguarding concern "
                 "decisions, monitored weekly by team managers."],
         "Safeguarding Adults Lead", ["Safeguarding Adults Lead"],
         "July 2025", "",
         "Standard in place; 87% of decisions within 10 days in August.", "Blue",
         "2025-07", None),
        ("3.2", ["Introduce a Making Safeguarding Personal outcome question in every closed "
                 "enquiry."],
         "Safeguarding Adults Lead", ["Safeguarding Adults Lead"],
         "December 2025", "",
         "Form change agreed; go-live planned for November.", "Green", "2025-12", None),
        ("3.3", ["Audit 30 closed safeguarding enquiries with the Safeguarding Adults Board "
                 "Quality Assurance sub-group and report the findings."],
         "Principal Social Worker (Adults)", ["Principal Social Worker (Adults)"],
         "November 2025", "February 2026",
         "Audit tool agreed; sub-group capacity has delayed the audit window.", "Amber",
         "2026-02", None),
    ]),
    ("Priority 4: Market sustainability and commissioning",
     "There was a shortage of nursing and dementia care home placements in the area, and some "
     "people were placed out of area as a result.", [
        ("4.1", ["Complete the Market Position Statement refresh, including a forecast of "
                 "nursing and dementia bed demand to 2030."],
         "Head of Commissioning", ["Head of Commissioning"],
         "September 2025", "",
         "Published on the council website 22 September 2025.", "Blue", "2025-09", None),
        ("4.2", ["Work with the ICB to develop a joint commissioning plan for complex dementia "
                 "placements."],
         "Head of Commissioning / ICB Deputy Director of Place",
         ["Head of Commissioning", "ICB Deputy Director of Place"],
         "March 2026", "",
         "Joint working group established; first draft due January.", "Green", "2026-03",
         None),
        ("4.3", ["Review out-of-area placements every quarter and offer a return to B&NES "
                 "where this is what the person wants."],
         "Head of Adult Social Care Operations", ["Head of Adult Social Care Operations"],
         "Ongoing", "",
         "Q2 review completed: 7 of 58 people have chosen to return.", "Green", None,
         "Ongoing"),
    ]),
]
RAG_HEX = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text (str or list of paragraphs) into a fresh table cell."""
    paras = text if isinstance(text, list) else [text]
    cell.text = paras[0]
    for p in paras[1:]:
        cell.add_paragraph(p)
    if bold:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True


def build_banes(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = d.add_paragraph("Bath & North East Somerset Council")
    p.runs[0].bold = True
    d.add_heading(BANES_TITLE, level=0)
    d.add_paragraph("Responding to the CQC Local Authority Assessment of Adult Social Care "
                    "(report published 30 January 2025, rated Requires Improvement)")
    d.add_paragraph("Document control").runs[0].bold = True
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Author", "Changes"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
    for row in [("1.0", "14/03/2025", "ASC Improvement Lead", "First version for Cabinet"),
                ("1.3", "10/07/2025", "ASC Improvement Lead", "Q1 progress added"),
                ("1.6", "06/10/2025", "ASC Improvement Lead",
                 "Q2 progress; revised dates agreed by the ASC Improvement Board")]:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v)
    d.add_paragraph("")
    d.add_paragraph("Introduction").runs[0].bold = True
    d.add_paragraph(
        "This plan brings together the areas for improvement in the CQC assessment report and "
        "our own self-assessment. Progress is reported quarterly to the ASC Improvement Board "
        "and to Cabinet. Where a target date has been changed, the original date is kept and the "
        "revised date agreed by the Board is shown alongside it.")
    d.add_paragraph("RAG key").runs[0].bold = True
    k = d.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, meaning in (("Blue", "Complete"), ("Green", "On track"),
                          ("Amber", "Some slippage – recoverable within the plan period"),
                          ("Red", "Off track – escalated to the ASC Improvement Board")):
        cells = k.add_row().cells
        set_cell(cells[0], word)
        shade(cells[0], RAG_HEX[word])
        set_cell(cells[1], meaning)
    for heading, finding, rows in BANES_PRIORITIES:
        d.add_heading(heading, level=1)
        lab = d.add_paragraph("What CQC told us")
        lab.runs[0].bold = True
        lab.runs[0].italic = True
        d.add_paragraph(finding)
        t = d.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, h in enumerate(["Ref", "Action", "Lead(s)", "Original target date",
                               "Revised target date", "Progress update (September 2025)",
                               "RAG"]):
            set_cell(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], "D9E2F3")
        for ref, paras, leadcell, _l, orig, rev, upd, rag, _e, _et in rows:
            cells = t.add_row().cells
            set_cell(cells[0], ref)
            set_cell(cells[1], paras)
            set_cell(cells[2], leadcell)
            set_cell(cells[3], orig)
            set_cell(cells[4], rev)
            set_cell(cells[5], upd)
            set_cell(cells[6], rag)
            shade(cells[6], RAG_HEX[rag])
        d.add_paragraph("")
    d.add_paragraph("Sign-off").runs[0].bold = True
    s = d.add_table(rows=0, cols=3)
    s.style = "Table Grid"
    for row in (("Director of Adult Social Care", "Approved", "06/10/2025"),
                ("Cabinet Member for Adult Services", "Noted", "09/10/2025")):
        cells = s.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v)
    d.save(path)


def banes_expected():
    acts = []
    for heading, finding, rows in BANES_PRIORITIES:
        for ref, paras, _lc, leads, _o, _r, _u, rag, end, end_text in rows:
            acts.append(act(ref, [heading, finding], "\n".join(paras), leads, end,
                            rag.lower(), end_text))
    return acts


CASES[BANES_NAME] = dict(
    build=build_banes,
    source=(
        "Bath & North East Somerset Council Adult Social Care Improvement Plan following the CQC "
        "Local Authority Assessment published 30 January 2025 (Requires Improvement); progress "
        "update to Cabinet, https://democracy.bathnes.gov.uk/ieDecisionDetails.aspx?ID=2324. "
        "Copies a Word improvement plan: council name and title, subtitle naming the CQC report, "
        "document control table, introduction, a shaded RAG key table (Blue = complete), then one "
        "section per priority with a Heading 1, a 'What CQC told us' label over the CQC finding, "
        "and a table of actions with ref, lead(s) (two posts joined by '/' or '&'), original and "
        "revised target dates, progress update and a shaded RAG word; a sign-off table closes it."),
    reads=(
        "A Word improvement plan with twelve numbered actions in four priority tables. Each "
        "action is read under its priority heading and the CQC finding above its table; the end "
        "month is the revised target date where one is given, else the original, with 'Monthly' "
        "and 'Ongoing' giving no month. Document control, RAG key and sign-off tables are not "
        "part of the plan."),
    outcome="read", title=BANES_TITLE, actions=banes_expected)

# ---------------------------------------------------------------------------
# 5. Forest of Dean CSP - DHR 'Jess' action plan (docx, read)
# ---------------------------------------------------------------------------
FOD_NAME = "zvc-forest-of-dean-csp-dhr-jess-action-plan.docx"
FOD_TITLE = ("Forest of Dean Community Safety Partnership – Domestic Homicide Review "
             "‘Jess’: Action Plan")
FOD_RECS = [
    ("1. Gloucestershire Constabulary to assure the CSP that officers attending domestic abuse "
     "incidents complete the DASH risk assessment with the victim away from the alleged "
     "perpetrator.", "Local", [
        (["Issue a force-wide briefing on completing DASH away from the alleged perpetrator, "
          "and add this to the body-worn video prompt card."],
         "Gloucestershire Constabulary", ["Gloucestershire Constabulary"],
         "Briefing issued 03/02/2025; prompt card reprinted.", "February 2025",
         "03/02/2025 – briefing read by 94% of response officers.", "Complete", "2025-02",
         None),
        (["Dip-sample 50 domestic abuse incidents in the Forest of Dean each quarter and report "
          "compliance to the CSP."],
         "Gloucestershire Constabulary", ["Gloucestershire Constabulary"],
         "Q1 and Q2 samples reported (78%, 86% compliance).", "Quarterly", "", "On track",
         None, "Quarterly"),
    ]),
    ("2. NHS Gloucestershire ICB to ensure that GP practices in the Forest of Dean routinely "
     "ask about domestic abuse when patients present with anxiety, depression or repeated "
     "injuries.", "Local", [
        (["Roll out IRIS (Identification and Referral to Improve Safety) training to all Forest "
          "of Dean GP practices."],
         "NHS Gloucestershire ICB", ["NHS Gloucestershire ICB"],
         "9 of 12 practices trained.", "September 2025", "", "Delayed", "2025-09", None),
        (["Add a domestic abuse enquiry prompt to the mental health review template in the GP "
          "clinical system."],
         "NHS Gloucestershire ICB / Gloucestershire Health and Care NHS Foundation Trust",
         ["NHS Gloucestershire ICB", "Gloucestershire Health and Care NHS Foundation Trust"],
         "Template change approved by the Clinical Systems Group.", "December 2025", "",
         "On track", "2025-12", None),
    ]),
    ("3. Forest of Dean District Council to review its housing options process so that "
     "applicants disclosing domestic abuse are offered a referral to specialist support at "
     "first contact.", "Local", [
        (["Amend the housing options triage script to include a direct referral route to "
          "GDASS."],
         "Forest of Dean District Council – Housing Options",
         ["Forest of Dean District Council – Housing Options"],
         "Script amended and referral form agreed with GDASS.", "April 2025",
         "22/04/2025 – 17 referrals made in the first quarter.", "Complete", "2025-04", None),
        (["Deliver domestic abuse awareness training to all housing options and customer "
          "services staff.", "Repeat the training annually for new starters."],
         "Forest of Dean District Council", ["Forest of Dean District Council"],
         "Two sessions delivered.", "June 2025", "19/06/2025 – 41 staff trained.", "Complete",
         "2025-06", None),
    ]),
    ("4. The Forest of Dean CSP to raise awareness of economic abuse and coercive control in "
     "rural communities.", "Local", [
        (["Run a coercive control and economic abuse campaign through parish councils, village "
          "halls and community radio."],
         "Forest of Dean Community Safety Partnership",
         ["Forest of Dean Community Safety Partnership"],
         "Campaign materials agreed; launch during the 16 Days of Action.", "November 2025", "",
         "On track", "2025-11", None),
    ]),
    ("5. The Home Office to consider including explicit reference to older victims of domestic "
     "abuse in the next revision of the statutory DHR guidance.", "National", [
        (["CSP Chair to write to the Home Office DHR Quality Assurance Panel setting out the "
          "learning from this review."],
         "CSP Chair", ["CSP Chair"],
         "Letter sent with the overview report.", "January 2025",
         "14/01/2025 – acknowledged by the Home Office.", "Complete", "2025-01", None),
    ]),
]
FOD_STATUS = {"Complete": ("blue", "0070C0"), "On track": ("green", "00B050"),
              "Delayed": ("amber", "FFC000")}


def build_fod(path):
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    d.add_heading(FOD_TITLE, level=0)
    d.add_paragraph("Death of ‘Jess’, aged 71, in September 2023. Overview report approved by "
                    "the Home Office Quality Assurance Panel in December 2024.")
    d.add_paragraph("Version 4 – updated for the CSP Executive Group meeting on 12 November 2025")
    d.add_paragraph("Document control").runs[0].bold = True
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Status", "Comments"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
    for row in (("1", "16/12/2024", "Draft", "Agreed by DHR panel"),
                ("2", "20/01/2025", "Final", "Endorsed by CSP Executive Group"),
                ("3", "08/07/2025", "Update", "Q1 progress"),
                ("4", "12/11/2025", "Update", "Q2 progress")):
        cells = t.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v)
    d.add_paragraph("")
    d.add_paragraph("Status key").runs[0].bold = True
    k = d.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, meaning, hexcol in (("Complete", "Blue – action complete and evidence received",
                                   "0070C0"),
                                  ("On track", "Green – progressing within timescale", "00B050"),
                                  ("Delayed", "Amber – target date at risk", "FFC000"),
                                  ("Not started", "No colour – action not yet begun", None)):
        cells = k.add_row().cells
        set_cell(cells[0], word)
        if hexcol:
            shade(cells[0], hexcol)
        set_cell(cells[1], meaning)
    d.add_paragraph("")
    heads = ["Recommendation", "Scope of recommendation i.e. local or regional", "Action to take",
             "Lead Agency", "Key milestones achieved in enacting recommendation", "Target Date",
             "Date of completion and Outcome", "Status"]
    t = d.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for c, h in enumerate(heads):
        set_cell(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "E2EFDA")
    for rec, scope, acts_ in FOD_RECS:
        first = len(t.rows)
        for paras, leadcell, _l, miles, target, done, status, _e, _et in acts_:
            cells = t.add_row().cells
            set_cell(cells[2], paras)
            set_cell(cells[3], leadcell)
            set_cell(cells[4], miles)
            set_cell(cells[5], target)
            set_cell(cells[6], done)
            set_cell(cells[7], status)
            shade(cells[7], FOD_STATUS[status][1])
        last = len(t.rows) - 1
        set_cell(t.rows[first].cells[0], rec)
        set_cell(t.rows[first].cells[1], scope)
        if last > first:
            t.cell(first, 0).merge(t.cell(last, 0))
            t.cell(first, 1).merge(t.cell(last, 1))
    d.add_paragraph("")
    d.add_paragraph("Progress on this action plan is monitored by the CSP Executive Group until "
                    "all actions are complete, and reported to the Gloucestershire Domestic "
                    "Abuse Local Partnership Board.")
    d.save(path)


def fod_expected():
    acts = []
    for rec, _scope, acts_ in FOD_RECS:
        for paras, _lc, leads, _m, _t, _d, status, end, end_text in acts_:
            acts.append(act(None, [rec], "\n".join(paras), leads, end,
                            FOD_STATUS[status][0], end_text))
    return acts


CASES[FOD_NAME] = dict(
    build=build_fod,
    source=(
        "Forest of Dean Community Safety Partnership, Domestic Homicide Review 'Jess' action "
        "plan (2025), laid out on the Home Office DHR action plan template (Recommendation; "
        "Scope of recommendation i.e. local or regional; Action to take; Lead Agency; Key "
        "milestones achieved in enacting recommendation; Target Date; Date of completion and "
        "Outcome) used by CSPs under the statutory DHR guidance "
        "(https://www.gov.uk/government/publications/domestic-homicide-report-guide), with a "
        "Status column added as Gloucestershire CSPs do. Copies: landscape Word document, title, "
        "case line, version line, document control table, status key table with shading, one "
        "action table whose numbered recommendation and scope cells are vertically merged over "
        "their actions, agencies as leads (two joined by '/'), and a closing monitoring note."),
    reads=(
        "A DHR action plan with five numbered recommendations and eight actions in one table. "
        "Each action is read under the recommendation cell merged beside it; actions carry no "
        "ref of their own. Status is the word in the Status column read through the key "
        "(Complete = blue, On track = green, Delayed = amber), and 'Quarterly' gives no end month."),
    outcome="read", title=FOD_TITLE, actions=fod_expected)

# ---------------------------------------------------------------------------
# 6. Rochdale Borough HWB action log (csv, read)
# ---------------------------------------------------------------------------
ROCH_NAME = "zvc-rochdale-borough-health-and-wellbeing-board-action-log.csv"
ROCH_TITLE = "Rochdale Borough Health and Wellbeing Board – Action Log"
ROCH_ROWS = [
    ("HWB 25/01", "22/01/2025",
     "Circulate the JSNA summary on the wider determinants of health to all Board members",
     "Public Health Intelligence Manager", ["Public Health Intelligence Manager"],
     "28/02/2025", "Complete", "Circulated 12/02/2025.", "2025-02", None, "blue"),
    ("HWB 25/02", "22/01/2025",
     "Bring the draft Pharmaceutical Needs Assessment 2025–2028 to the Board for sign-off "
     "before consultation",
     "Consultant in Public Health", ["Consultant in Public Health"],
     "June 2025", "Complete", "Approved for consultation on 18/06/2025.", "2025-06", None,
     "blue"),
    ("HWB 25/03", "26/03/2025",
     "Provide a breakdown of childhood immunisation uptake by township (Rochdale, Heywood, "
     "Middleton, Pennines)",
     "Patel, Aisha", ["Patel, Aisha"],
     "Nov-25", "Red",
     "Originally due June. Data sharing agreement with UKHSA still awaited; escalated to the "
     "Director of Public Health.", "2025-11", None, "red"),
    ("HWB 25/04", "26/03/2025",
     "Agree how progress on the Anti-Poverty Strategy actions will be reported to the Board",
     "Director of Public Health and Communities / Assistant Director Policy",
     ["Director of Public Health and Communities", "Assistant Director Policy"],
     "Next meeting", "Amber", "Proposed reporting template to be tabled in November.", None,
     "Next meeting", "amber"),
    ("HWB 25/05", "18/06/2025",
     "Set up a task and finish group on healthy weight in children.\nReport its terms of "
     "reference and membership to the Board.",
     "Sarah Bennett and Imran Shah", ["Sarah Bennett", "Imran Shah"],
     "Sep-25", "Complete", "Terms of reference noted by the Board on 17/09/2025.", "2025-09",
     None, "blue"),
    ("HWB 25/06", "18/06/2025",
     "Write to NHS Greater Manchester on behalf of the Board about dental access for children "
     "in care",
     "Chair of the Board", ["Chair of the Board"],
     "31/07/2025", "Complete", "Letter sent 24/07/2025; reply circulated.", "2025-07", None,
     "blue"),
    ("HWB 25/07", "17/09/2025",
     "Include a summary of the Better Care Fund Q2 return on the November agenda",
     "Head of Integrated Commissioning", ["Head of Integrated Commissioning"],
     "Nov-25", "Green", "On the forward plan.", "2025-11", None, "green"),
    ("HWB 25/08", "17/09/2025",
     "Share the refreshed Suicide Prevention Action Plan with Board partners for comment",
     "Public Health Specialist (Mental Health)", ["Public Health Specialist (Mental Health)"],
     "31/10/2025", "Green", "Draft with partners; comments by 24 October.", "2025-10", None,
     "green"),
    ("HWB 25/09", "17/09/2025",
     "Arrange a Board development session on the Live Well neighbourhood model",
     "Democratic Services Officer; Director of Public Health and Communities",
     ["Democratic Services Officer", "Director of Public Health and Communities"],
     "December 2025", "Not started", "", "2025-12", None, "unrated"),
]


def build_roch(path):
    ncol = 8
    pad = lambda *v: list(v) + [""] * (ncol - len(v))
    rows = [pad(ROCH_TITLE),
            pad("Updated following the meeting held on 17 September 2025"),
            pad(),
            ["Action No.", "Meeting Date", "Action", "Responsible Officer", "Due Date",
             "RAG Status", "Update", "Closed?"]]
    for ref, mdate, action, leadcell, _l, due, rag, upd, _e, _et, _s in ROCH_ROWS:
        rows.append([ref, mdate, action, leadcell, due, rag, upd,
                     "Yes" if rag == "Complete" else "No"])
    rows.append(pad())
    rows.append(pad("RAG key: Complete = action closed and removed after the next meeting; "
                    "Green = on track; Amber = at risk; Red = overdue"))
    rows.append(pad("Open actions: 5   Closed actions: 4"))
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


def roch_expected():
    return [act(ref, [], action, leads, end, status, et)
            for ref, _m, action, _lc, leads, _d, _r, _u, end, et, status in ROCH_ROWS]


CASES[ROCH_NAME] = dict(
    build=build_roch,
    source=(
        "Rochdale Borough Health and Wellbeing Board action log (2025), as kept by the council's "
        "governance and committee services for the Board's meetings "
        "(https://democracy.rochdale.gov.uk/ieListDocuments.aspx?CId=558&MId=6442&Ver=4). "
        "Imitates a spreadsheet action log saved as CSV: title and 'updated following' lines, "
        "header, one row per action with action number, meeting date, responsible officer "
        "(job titles, 'surname, forename', two named people), due dates in mixed forms "
        "(dd/mm/yyyy, Mon-yy, month name, 'Next meeting'), a RAG status word, update and a "
        "Closed? column, one action with a line break inside its quoted cell, and a key and "
        "totals line at the foot."),
    reads=(
        "A flat action log of nine Board actions from four meetings, with no headings. Each "
        "row's RAG Status word is its status (Complete = blue, Not started = unrated), 'Next "
        "meeting' gives no end month, and 'Patel, Aisha' is one person. The key and totals "
        "lines at the foot are not actions."),
    outcome="read", title=ROCH_TITLE, actions=roch_expected)

# ---------------------------------------------------------------------------
# 7. Knowsley Council - annual delivery plan Q2 progress (txt, read)
# ---------------------------------------------------------------------------
KNOW_NAME = "zvc-knowsley-council-plan-annual-delivery-plan-2025-26-q2-progress.txt"
KNOW_TITLE = ("Knowsley Council Plan 2025–2030: Annual Delivery Plan 2025/26 – Quarter 2 "
              "Progress Report")
KNOW_STATUS = {"G": ("G - On track", "green"), "A": ("A - Some risk to delivery", "amber"),
               "R": ("R - Off track", "red"), "C": ("C - Completed", "blue")}
KNOW_PRIS = [
    ("Priority 1: Effective Support for Those in Need", [
        ("Key Action 1.1: Hardship and Financial Inclusion Support", [
            ("1.1.1", "Continue the Knowsley Better Together Hardship Programme, including "
                      "supermarket vouchers during school holidays for families of children "
                      "eligible for free school meals.",
             "Assistant Chief Executive (Policy and Partnerships)",
             ["Assistant Chief Executive (Policy and Partnerships)"], "March 2026", "G",
             "Vouchers issued to 9,120 families for the summer holidays.", "2026-03", None),
            ("1.1.2", "Review the eligibility criteria for the Council's Emergency Support "
                      "Scheme and report recommendations to Cabinet.",
             "Head of Revenues and Benefits", ["Head of Revenues and Benefits"],
             "September 2025", "C", "Revised criteria approved by Cabinet on 10 September.",
             "2025-09", None),
        ]),
        ("Key Action 1.2: Improving Children's Services", [
            ("1.2.1", "Embed the relationship-based practice model across all children's "
                      "social care teams and evidence its impact through the quality assurance "
                      "framework.",
             "Director of Children's Services", ["Director of Children's Services"],
             "March 2026", "A",
             "Model launched in all teams; audit grades not yet showing sustained improvement.",
             "2026-03", None),
            ("1.2.2", "Open the second Family Hub in Huyton and extend the Northwood Family Hub "
                      "offer to Saturday mornings.",
             "Head of Early Help / Family Hubs Programme Manager",
             ["Head of Early Help", "Family Hubs Programme Manager"], "February 2026", "G",
             "Building works on site; Saturday sessions started in Northwood in July.",
             "2026-02", None),
            ("1.2.3", "Create 30 additional specialist SEND places in borough schools, reducing "
                      "reliance on independent placements.",
             "Head of SEND and Inclusion", ["Head of SEND and Inclusion"], "September 2026",
             "G", "Capital scheme approved; places phased for September 2026 opening.",
             "2026-09", None),
        ]),
    ]),
    ("Priority 2: Inclusive Skills and Growth", [
        ("Key Action 2.1: Town Centres and Housing Delivery", [
            ("2.1.1", "Complete the Cherryfield Drive public realm works in Kirkby town centre.",
             "Executive Director (Regeneration and Economy)",
             ["Executive Director (Regeneration and Economy)"], "November 2025", "A",
             "Utility diversions have put the completion date at risk.", "2025-11", None),
            ("2.1.2", "Secure planning consent for the Halewood leisure and library scheme.",
             "Head of Planning and Development", ["Head of Planning and Development"],
             "December 2025", "R",
             "Application delayed pending a revised flood risk assessment.", "2025-12", None),
        ]),
        ("Key Action 2.2: Skills and Employment", [
            ("2.2.1", "Support 600 residents into work through Knowsley Works, with targeted "
                      "support for young people not in education, employment or training.",
             "Head of Employment and Skills", ["Head of Employment and Skills"], "Ongoing",
             "G", "342 residents supported into work at the end of Q2.", None, "Ongoing"),
        ]),
    ]),
    ("Priority 3: Climate Emergency and Achieving Net Zero", [
        ("Key Action 3.1: Net Zero Delivery Plan", [
            ("3.1.1", "Replace 2,500 street lights with LED units and introduce part-night "
                      "dimming on main roads.",
             "Head of Highways and Transportation", ["Head of Highways and Transportation"],
             "March 2026", "G", "1,610 units replaced.", "2026-03", None),
            ("3.1.2", "Prepare for the introduction of weekly food waste collections with "
                      "Liverpool City Region partners.",
             "Head of Environmental Services", ["Head of Environmental Services"],
             "April 2026", "G", "Vehicles ordered; caddy delivery plan agreed.", "2026-04",
             None),
        ]),
    ]),
]


def build_know(path):
    L = []
    L.append(KNOW_TITLE)
    L.append("Knowsley Metropolitan Borough Council - report to Cabinet, 19 November 2025")
    L.append("Exported from the corporate performance system on 03/11/2025")
    L.append("")
    L.append("Status key:  G = On track   A = Some risk to delivery   R = Off track   "
             "C = Completed")
    L.append("")
    counts = {"G": 0, "A": 0, "R": 0, "C": 0}
    for pri, kas in KNOW_PRIS:
        L.append("=" * 78)
        L.append(pri)
        L.append("=" * 78)
        L.append("")
        for ka, rows in kas:
            L.append(ka)
            L.append("-" * len(ka))
            L.append("")
            for ref, text, leadcell, _l, due, st, upd, _e, _et in rows:
                counts[st] += 1
                L.append(f"{ref}  Action:      {text}")
                L.append(f"       Lead officer: {leadcell}")
                L.append(f"       Due:         {due}")
                L.append(f"       Status:      {KNOW_STATUS[st][0]}")
                L.append(f"       Q2 update:   {upd}")
                L.append("")
    L.append("=" * 78)
    L.append("SUMMARY OF STATUS AT QUARTER 2")
    total = sum(counts.values())
    L.append(f"  Completed: {counts['C']}   On track: {counts['G']}   Some risk: {counts['A']}"
             f"   Off track: {counts['R']}   Total actions: {total}")
    L.append("=" * 78)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


def know_expected():
    acts = []
    for pri, kas in KNOW_PRIS:
        for ka, rows in kas:
            for ref, text, _lc, leads, _d, st, _u, end, et in rows:
                acts.append(act(ref, [pri, ka], text, leads, end, KNOW_STATUS[st][1], et))
    return acts


CASES[KNOW_NAME] = dict(
    build=build_know,
    source=(
        "Knowsley Council Plan 2025-2030 Annual Delivery Plan, monitored through the year and "
        "reported to Cabinet (https://councilgateway.poteris.co.uk/decisions/157785; earlier "
        "plans at knowsleynews.co.uk). Imitates a plain-text export from a corporate performance "
        "system: title line, report and export lines, a letter status key, '=' ruled priority "
        "banners, underlined key-action headings, and one labelled block per action (ref and "
        "Action, Lead officer, Due, Status letter with words, Q2 update), closed by a status "
        "summary block."),
    reads=(
        "A quarterly progress report on ten delivery-plan actions under three priorities and "
        "five key actions. Each action is read under its priority and key action, with its due "
        "month, lead officer(s) ('/' joins two posts) and status letter (C = completed, blue); "
        "'Ongoing' gives no end month. The summary block at the end is not an action."),
    outcome="read", title=KNOW_TITLE, actions=know_expected)


# ---------------------------------------------------------------------------
def write_expected(name, case):
    import yaml
    out = {"source": case["source"], "reads": case["reads"], "outcome": case["outcome"],
           "accept_refusal": False}
    if case["outcome"] == "refuse":
        out["refuse_at"] = CAL_TYPO_ROW
    out["title"] = case["title"]
    if case["actions"] is not None:
        out["actions"] = case["actions"]()
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(out, f, allow_unicode=True, sort_keys=False, width=100000,
                       default_flow_style=False)


def main():
    for name, case in CASES.items():
        case["build"](os.path.join(HERE, name))
        print("wrote", name)
    if "--expected" in sys.argv:
        for name, case in CASES.items():
            write_expected(name, case)
            print("wrote", name + ".expected.yaml")


if __name__ == "__main__":
    main()
