"""Build the seven zwr- blind test files (set heldout637) and their expected readings.

Run with /work/main/.venv/bin/python zwr_make.py (openpyxl, python-docx, pyyaml).
Only writes files whose names start with "zwr-" in this folder.
"""
import csv
import datetime as dt
import os
import re

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FFC7CE"
AMBER = "FFD966"
GREEN = "92D050"
BLUE = "5B9BD5"
GREY = "D9D9D9"
HEAD = "1F3864"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def D(y, m, d):
    return dt.datetime(y, m, d)


class _Dumper(yaml.SafeDumper):
    pass


def _str_rep(dumper, value):
    # quote month strings ("2025-09") and refs so they stay strings for any YAML reader
    if re.fullmatch(r"\d{4}-\d{2}", value) or re.fullmatch(r"[\d.]+", value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(str, _str_rep)


def write_expected(name, exp):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.dump(exp, f, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def header_row(ws, row, headers, widths=None):
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    if widths:
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(ord("A") + i)].width = w


# ---------------------------------------------------------------------------
# 1. Clarion Housing Group - RSH consumer standards improvement plan (xlsx)
# ---------------------------------------------------------------------------
def clarion():
    name = "zwr-clarion-housing-group-rsh-consumer-standards-improvement-plan.xlsx"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Clarion Housing Group"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Consumer Standards Improvement Plan 2025/26 – Quarter 2 update"
    cov["A2"].font = Font(bold=True, size=13)
    cov["A3"] = ("Response to the Regulator of Social Housing regulatory judgement "
                 "(consumer grading C2), published May 2025")
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    dc = [("Version", "1.3"),
          ("Owner", "Director of Regulation and Assurance"),
          ("Reviewed by", "Customer Services Committee"),
          ("Date", "14 October 2025"),
          ("Next review", "January 2026")]
    for i, (k, v) in enumerate(dc):
        cov.cell(row=6 + i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=6 + i, column=2, value=v)
        cov.cell(row=6 + i, column=1).border = BOX
        cov.cell(row=6 + i, column=2).border = BOX
    cov["A12"] = "RAG key"
    cov["A12"].font = Font(bold=True)
    key = [("Blue", BLUE, "Complete"),
           ("Green", GREEN, "On track"),
           ("Amber", AMBER, "At risk – mitigation in place"),
           ("Red", RED, "Off track – escalation required")]
    for i, (k, col, v) in enumerate(key):
        c = cov.cell(row=13 + i, column=1, value=k)
        c.fill = fill(col)
        c.border = BOX
        cov.cell(row=13 + i, column=2, value=v).border = BOX
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Consumer Standards Improvement Plan 2025/26 – Quarter 2 update"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Position at 30 September 2025. Lead committee: Customer Services Committee."
    ws.merge_cells("A2:I2")
    headers = ["Ref", "Regulatory finding", "Action", "Lead", "Target date", "Revised date",
               "Previous RAG (Q1)", "Current RAG (Q2)", "Progress update"]
    header_row(ws, 4, headers, [7, 40, 55, 28, 13, 13, 12, 12, 50])

    S1 = "1. Safety and Quality Standard"
    S2 = "2. Transparency, Influence and Accountability Standard"
    S3 = "3. Neighbourhood and Community Standard"
    S4 = "4. Tenancy Standard"
    F1 = ("Stock condition data: the regulator found that just over a fifth of homes did not "
          "have a stock condition survey within the last five years.")
    F2 = ("Damp and mould: cases were not always resolved within published timescales and "
          "follow-up inspections were inconsistent.")
    F3 = ("Complaint handling: learning from complaints was not consistently fed back to "
          "tenants or used to improve services.")
    F4 = ("Anti-social behaviour: tenants could not always see how their reports were being "
          "progressed or what support was available.")
    F5 = ("Tenancy management: tenancy audits were not completed in line with the landlord's "
          "own policy.")

    # each block: (section heading or None, finding, [actions])
    # action: ref, text, lead, target, revised, prev, cur(text or None), cur_fill, update
    blocks = [
        (S1, F1, [
            ("1.1", "Complete stock condition surveys for all homes without a survey in the last "
                    "five years.\nPrioritise older street properties and homes with open disrepair "
                    "cases.",
             "Director of Asset Management", D(2026, 3, 31), None, "Amber", "Green", GREEN,
             "Over 9,800 surveys completed in H1.\nProgramme ahead of profile."),
            ("1.2", "Load survey data into the asset management system and reconcile it against "
                    "the housing management system so that each home has a single property record.",
             "Head of Asset Data / Head of IT Systems", D(2025, 12, 31), D(2026, 3, 31), "Green",
             "Amber", AMBER,
             "Data cleansing took longer than planned; revised date agreed by ELT."),
        ]),
        (None, F2, [
            ("1.3", "Introduce a post-works inspection at six weeks for every damp and mould case, "
                    "recorded in the case management system.",
             "Director of Repairs", D(2025, 9, 30), None, "Green", "Complete", BLUE,
             "Live from 1 August 2025. Compliance checked in September dip sample."),
            ("1.4", "Report damp and mould case volumes and timescales monthly to the Executive "
                    "and quarterly to the Customer Services Committee.",
             "Director of Repairs; Head of Performance", D(2025, 10, 31), None, "Amber", "Green",
             GREEN, "First quarterly report scheduled for October committee."),
        ]),
        (S2, F3, [
            ("2.1", "Publish a quarterly ‘You said, we did’ summary of complaint learning on the "
                    "website and in the tenant newsletter.",
             "Head of Customer Experience", D(2025, 12, 31), None, "Amber", "Green", GREEN,
             "First edition drafted with the Resident Scrutiny Panel."),
            ("2.2", "Agree a complaint learning framework with the Resident Scrutiny Panel, "
                    "including a six-monthly review of complaint themes.",
             "Director of Customer Experience", D(2026, 1, 31), None, "Amber", "Amber", AMBER,
             "Draft framework shared with the panel; workshop moved to January."),
        ]),
        (S3, F4, [
            ("3.1", "Contact every tenant with an open ASB case at least every 10 working days "
                    "and monitor contact through the ASB dashboard.",
             "Head of Neighbourhoods", D(2025, 12, 31), None, "Amber", "Red", RED,
             "Dashboard build delayed by system upgrade; interim manual reporting in place."),
        ]),
        (S4, F5, [
            ("4.1", "Restart the tenancy audit programme on a five-year cycle, starting with "
                    "tenancies of over 10 years where there has been no contact.",
             "Director of Housing Services", D(2026, 3, 31), None, "Green", None, GREEN,
             "Visits started in September in two regions."),
        ]),
    ]
    status_of = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    expected = []
    r = 5
    section = None
    for sec, finding, acts in blocks:
        if sec:
            section = sec
            c = ws.cell(row=r, column=1, value=sec)
            c.font = Font(bold=True)
            for col in range(1, 10):
                ws.cell(row=r, column=col).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
        first = r
        ws.cell(row=r, column=2, value=finding)
        for (ref, text, lead, target, revised, prev, cur, curfill, update) in acts:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=3, value=text)
            ws.cell(row=r, column=4, value=lead)
            c = ws.cell(row=r, column=5, value=target)
            c.number_format = "dd/mm/yyyy"
            if revised:
                c = ws.cell(row=r, column=6, value=revised)
                c.number_format = "dd/mm/yyyy"
            c = ws.cell(row=r, column=7, value=prev)
            c.fill = fill({"Green": GREEN, "Amber": AMBER, "Red": RED}[prev])
            c = ws.cell(row=r, column=8, value=cur)
            c.fill = fill(curfill)
            ws.cell(row=r, column=9, value=update)
            for col in range(1, 10):
                ws.cell(row=r, column=col).alignment = Alignment(wrap_text=True, vertical="top")
                ws.cell(row=r, column=col).border = BOX
            endd = revised or target
            st = status_of[cur] if cur else "green"
            expected.append(act(ref, [section, finding], text, [x.strip() for x in
                                (lead.split(" / ") if " / " in lead else lead.split("; "))],
                                f"{endd.year:04d}-{endd.month:02d}", st))
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Summary at Q2: 8 actions – Blue 1, Green 4, Amber 2, Red 1")
    ws.cell(row=r, column=1).font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1,
            value="Note: revised dates were approved by the Executive Leadership Team on 7 October 2025.")
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": (
            "Imitates a large English housing association's published response to an RSH "
            "consumer regulatory judgement (C2 grading, 2025), e.g. the improvement plans "
            "reported to Clarion's and peers' customer services committees. Copied features: "
            "cover sheet with document-control table and BRAG key, plan on a second sheet, "
            "numbered consumer-standard rows merged across the table, the regulator's finding "
            "in a vertically merged cell beside its actions, original and revised target dates, "
            "previous and current RAG with fill colours (one current RAG shown by fill only), "
            "multi-line cells, summary and notes lines under the table."),
        "reads": (
            "A Q2 2025/26 improvement plan on the 'Improvement Plan' sheet: four consumer "
            "standards, each with one or two regulatory findings and the actions answering them. "
            "Each action has a lead, a target date (revised where given), previous and current "
            "RAG; the current RAG is the status. The cover sheet, summary and note are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Consumer Standards Improvement Plan 2025/26 – Quarter 2 update",
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 2. Hampshire and Isle of Wight FRS - internal audit tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
def hiwfrs():
    name = ("zwr-hampshire-and-isle-of-wight-fire-rescue-service-internal-audit-"
            "recommendations-tracker-typo-month-refuse.xlsx")
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Hampshire and Isle of Wight Fire and Rescue Authority"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Internal Audit – Management Actions Follow-up"
    sm["A2"].font = Font(bold=True, size=12)
    sm["A3"] = "Audit and Governance Committee – 9 December 2025"
    hdr = ["Audit", "Year", "Assurance opinion", "Total actions", "Implemented",
           "Outstanding", "Overdue"]
    header_row(sm, 5, hdr, [38, 10, 18, 12, 12, 12, 10])
    rows = [("Payroll", "2023-24", "Limited", 6, 4, 2, 1),
            ("Procurement and Contract Management", "2024-25", "Reasonable", 5, 3, 2, 0),
            ("Fleet Management", "2024-25", "Limited", 7, 4, 3, 1),
            ("Information Governance", "2024-25", "Reasonable", 4, 2, 2, 0)]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            sm.cell(row=6 + i, column=1 + j, value=v).border = BOX
    tot = ["Total", None, None, "=SUM(D6:D9)", "=SUM(E6:E9)", "=SUM(F6:F9)", "=SUM(G6:G9)"]
    for j, v in enumerate(tot):
        c = sm.cell(row=10, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.border = BOX

    ws = wb.create_sheet("Outstanding Actions")
    ws["A1"] = "Outstanding Internal Audit Management Actions – position at 14 November 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Source: Southern Internal Audit Partnership (SIAP) follow-up. "
                "Priority: High / Medium / Low.")
    ws.merge_cells("A2:I2")
    header_row(ws, 4, ["Ref", "Observation", "Management action", "Priority",
                       "Responsible officer", "Original target date", "Revised target date",
                       "Status", "Latest update"],
               [6, 40, 50, 10, 30, 14, 14, 12, 45])
    blocks = [
        ("Payroll 2023-24 – Limited assurance", [
            ("PAY1", "Starters and leavers forms were not always authorised before processing.",
             "Introduce a monthly reconciliation of starters and leavers between HR and payroll, "
             "signed off by the Payroll Manager.", "High", "Head of HR Operations",
             D(2025, 3, 31), D(2025, 9, 30), "Overdue",
             "Reconciliation designed; first sign-off now expected in November."),
            ("PAY2", "Overtime claims were approved without being checked against rosters.",
             "Require overtime claims over 20 hours in a month to be checked against the roster "
             "by the Station Commander.", "Medium", "Area Manager – Response",
             D(2024, 12, 31), D(2025, 12, 31), "In progress",
             "Guidance issued to stations; roster check built into the claims form."),
        ]),
        ("Procurement and Contract Management 2024-25 – Reasonable assurance", [
            ("PCM1", "The contracts register did not name a contract manager for 14 contracts.",
             "Maintain the contracts register with a named contract manager for every contract "
             "and review it quarterly.", "Medium", "Head of Procurement",
             D(2025, 6, 30), None, "In progress", "Register updated; first quarterly review in December."),
            ("PCM2", "Contract managers had not received training in contract management.",
             "Deliver contract management training to all named contract managers.", "Low",
             "Head of Procurement", D(2025, 9, 30), D(2025, 12, 31), "In progress",
             "Two of three sessions delivered."),
        ]),
        ("Fleet Management 2024-25 – Limited assurance", [
            ("FLT1", "Vehicle defects reported by crews were not always recorded on the fleet system.",
             "Record all vehicle defects on the fleet management system and review open defects "
             "weekly.", "High", "Fleet and Equipment Manager", D(2025, 6, 30), D(2025, 9, 30),
             "Overdue", "System change request raised with supplier."),
            ("FLT2", "Fuel card transactions were not reconciled to vehicle mileage.",
             "Reconcile fuel card transactions to vehicle mileage monthly and investigate "
             "variances over 10%.", "High", "Fleet and Equipment Manager / Finance Business Partner",
             D(2025, 9, 30), "Febuary 2026", "In progress",
             "Telematics data feed being tested; manual reconciliation in the interim."),
            ("FLT3", "The vehicle replacement programme had not been updated since 2022.",
             "Update the vehicle replacement programme and present it to the Executive Group.",
             "Medium", "Chief Financial Officer", D(2025, 12, 31), None, "Not yet due",
             "Draft programme prepared alongside the capital strategy."),
        ]),
        ("Information Governance 2024-25 – Reasonable assurance", [
            ("IG1", "Retention schedules for HR and operational records were out of date.",
             "Complete the review of retention schedules for HR and operational records.",
             "Medium", "Information Governance Manager", D(2025, 3, 31), D(2025, 11, 30),
             "In progress", "HR schedule approved; operational schedule with Area Managers."),
            ("IG2", "Completion of data protection e-learning was not monitored.",
             "Refresh mandatory data protection e-learning and report completion rates quarterly.",
             "Low", "Information Governance Manager", D(2025, 9, 30), None, "Implemented",
             "New module live; 91% completion reported to the Executive Group."),
        ]),
    ]
    r = 5
    typo_row = None
    for sec, acts in blocks:
        c = ws.cell(row=r, column=1, value=sec)
        c.font = Font(bold=True)
        for col in range(1, 10):
            ws.cell(row=r, column=col).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for a in acts:
            for j, v in enumerate(a):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            st = a[7]
            sc = ws.cell(row=r, column=8)
            sc.fill = fill({"Overdue": RED, "In progress": AMBER, "Not yet due": GREEN,
                            "Implemented": BLUE}[st])
            if a[6] == "Febuary 2026":
                typo_row = r
            r += 1
    wb.save(os.path.join(HERE, name))
    assert typo_row is not None

    write_expected(name, {
        "source": (
            "Imitates the internal audit management-actions follow-up that Hampshire and Isle of "
            "Wight Fire and Rescue Authority's Audit and Governance (formerly Standards and "
            "Governance) Committee receives from the Southern Internal Audit Partnership, 2025. "
            "Copied features: summary sheet with per-audit totals and a formula total row, "
            "outstanding-actions sheet with one merged grey row per audit (year and assurance "
            "opinion), observation beside each management action, priority, responsible officer "
            "as a job title, original and revised target dates, status with fill colour."),
        "reads": (
            "A follow-up tracker of nine outstanding internal audit management actions under "
            "four audits. The revised target date of action FLT2 (Fleet Management) reads "
            "'Febuary 2026', a mistyped month; a careful reader stops there and asks before "
            "taking the date, since the revised date is the one that counts."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": "Internal Audit – Management Actions Follow-up",
    })
    return name, None


# ---------------------------------------------------------------------------
# 3. West Midlands Ambulance Service - Board of Directors action log (xlsx)
# ---------------------------------------------------------------------------
def wmas():
    name = "zwr-west-midlands-ambulance-service-nhsft-board-of-directors-public-action-log.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    ws["A1"] = "West Midlands Ambulance Service University NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Board of Directors Meeting in Public – Action Log"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "As at 24 September 2025"
    ws["A4"] = "Key:"
    ws["A4"].font = Font(bold=True)
    for col, (txt, colr) in enumerate([("Overdue", RED), ("Revised date agreed", AMBER),
                                       ("On track / not yet due", GREEN),
                                       ("Complete – propose closure", BLUE)], start=2):
        c = ws.cell(row=4, column=col, value=txt)
        c.fill = fill(colr)
        c.border = BOX
    headers = ["Action No.", "Meeting date", "Minute ref", "Agenda item", "Action", "Lead",
               "Due date", "Revised due date", "RAG", "Update"]
    header_row(ws, 6, headers, [11, 13, 11, 26, 55, 28, 12, 12, 8, 45])
    rows = [
        ("BD/25/014", D(2025, 3, 26), "03/25/07", "Integrated Performance Report",
         "Provide a breakdown of Category 2 mean response times by dispatch area, including "
         "rural postcodes, to the next Board.", "Chief Operating Officer", D(2025, 5, 28), None,
         (None, BLUE), "Presented at May Board (item 05/25/09). Propose closure.", "blue"),
        ("BD/25/015", D(2025, 3, 26), "03/25/09", "Freedom to Speak Up Report",
         "Include themes from exit interviews alongside Freedom to Speak Up themes in the next "
         "six-monthly report.", "Director of People / FTSU Guardian", "Sept 2025", None,
         (None, GREEN), "On the agenda for the September meeting.", "green"),
        ("BD/25/021", D(2025, 5, 28), "05/25/06", "Quality Governance Committee Assurance Report",
         "Review how learning from Patient Safety Incident Investigations is shared with private "
         "ambulance providers and report back through the Quality Governance Committee.",
         "Director of Nursing; Medical Director", D(2025, 7, 30), D(2025, 11, 26),
         (None, AMBER), "Deferred to November to include the outcome of the provider review.",
         "amber"),
        ("BD/25/022", D(2025, 5, 28), "05/25/08", "Finance Report Month 1",
         "Circulate the updated capital programme phasing, including vehicle replacement, to all "
         "Board members.", "Director of Finance", D(2025, 6, 30), None, (None, RED),
         "Awaiting confirmation of the national capital allocation.", "red"),
        ("BD/25/027", D(2025, 7, 30), "07/25/05", "Chief Executive's Report",
         "Arrange a Board development session on the use of artificial intelligence in the "
         "Emergency Operations Centre.", "Strategy and Engagement Director", D(2025, 11, 26),
         None, (None, GREEN), "Session pencilled for the November development day.", "green"),
        ("BD/25/028", D(2025, 7, 30), "07/25/10", "Board Assurance Framework",
         "Update the Board Assurance Framework to reflect the revised risk appetite for financial "
         "sustainability agreed at this meeting.", "Governance Director and Trust Secretary",
         D(2025, 9, 24), None, ("Complete", BLUE), "Revised BAF presented at this meeting.",
         "blue"),
        ("BD/25/029", D(2025, 7, 30), "07/25/11", "Annual Health and Safety Report",
         "Provide quarterly updates on the roll-out of body-worn cameras to all hubs through the "
         "People Committee.", "Director of People", "Ongoing", None, (None, GREEN),
         "First update given to People Committee in September.", "green"),
    ]
    expected = []
    r = 7
    for (no, mdate, minute, item, text, lead, due, rev, (ragtxt, ragfill), upd, st) in rows:
        vals = [no, mdate, minute, item, text, lead, due, rev, ragtxt, upd]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=9).fill = fill(ragfill)
        if " / " in lead:
            leads = lead.split(" / ")
        elif "; " in lead:
            leads = lead.split("; ")
        else:
            leads = [lead]
        endd = rev or due
        if isinstance(endd, dt.datetime):
            expected.append(act(no, [], text, leads, f"{endd.year:04d}-{endd.month:02d}", st))
        elif endd == "Sept 2025":
            expected.append(act(no, [], text, leads, "2025-09", st))
        else:
            expected.append(act(no, [], text, leads, None, st, end_text=endd))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=("Note: actions agreed for closure at the meeting held on "
                                    "30 July 2025 have been removed from the log and are recorded "
                                    "in the minutes."))
    ws.freeze_panes = "A7"
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": (
            "Imitates the public Board of Directors action log published with West Midlands "
            "Ambulance Service University NHS Foundation Trust board papers (2025), whose minutes "
            "use references such as 05/25/06. Copied features: trust name, board and 'as at' "
            "title lines, colour key row above the table, action numbers, meeting date, minute "
            "reference and agenda item columns, job-title leads (one title containing 'and', two "
            "posts split by '/' or ';'), due and revised due dates, RAG column shown by fill "
            "colour only (one cell also says Complete), update column and a closing note."),
        "reads": (
            "A rolling board action log of seven open or just-completed actions from the March to "
            "July 2025 meetings, each with a lead, due date (revised where agreed) and a RAG fill "
            "read against the key at the top. There are no theme headings; the note under the "
            "table is not an action."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Board of Directors Meeting in Public – Action Log",
        "actions": expected,
    })
    return name, len(expected)


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
    lines = text.split("\n")
    cell.text = lines[0]
    for ln in lines[1:]:
        cell.add_paragraph(ln)
    if bold:
        for p in cell.paragraphs:
            for run in p.runs:
                run.font.bold = True


def head_cells(table, headers, colour="1F3864"):
    for i, h in enumerate(headers):
        c = table.rows[0].cells[i]
        set_cell(c, h, bold=True)
        shade(c, colour)
        for run in c.paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


# ---------------------------------------------------------------------------
# 4. Kingsmead Lodge Care Home - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def kingsmead():
    name = "zwr-kingsmead-lodge-care-home-cqc-inspection-action-plan.docx"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    title = "Kingsmead Lodge Care Home: CQC Inspection Action Plan"
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Inspection: 11 and 12 March 2025 | Report published: 2 May 2025 | "
                      "Overall rating: Requires improvement")
    t0 = doc.add_table(rows=5, cols=2)
    t0.style = "Table Grid"
    for i, (k, v) in enumerate([("Provider", "Kingsmead Care Ltd"),
                                ("Location", "Kingsmead Lodge Care Home (nursing and residential, 48 beds)"),
                                ("Action plan prepared by", "Registered Manager"),
                                ("Submitted to CQC", "30 May 2025"),
                                ("Last updated", "15 September 2025")]):
        set_cell(t0.rows[i].cells[0], k, bold=True)
        set_cell(t0.rows[i].cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("This plan sets out how we will put right the breaches of regulation found "
                      "at our inspection. It is reviewed at the monthly clinical governance meeting.")

    R12 = "Regulation 12: Safe care and treatment"
    R17 = "Regulation 17: Good governance"
    R18 = "Regulation 18: Staffing"
    C_A = ("Risks associated with people’s care, including falls and choking, were not always "
           "assessed or kept under review.")
    C_B = ("Medicines were not always managed safely. Records for ‘as required’ (PRN) medicines "
           "and topical creams were incomplete.")
    C_C = "Quality assurance systems had not identified the shortfalls found at this inspection."
    C_D = ("Records of people’s care were not always accurate or complete, including fluid and "
           "repositioning charts.")
    C_E = ("Staff had not all received the training and supervision they needed to carry out "
           "their roles.")
    sections = [
        (R12, [
            (C_A, [
                ("12.1", "Review and rewrite all falls and choking risk assessments using the "
                         "updated provider tools, starting with people who have fallen in the "
                         "last three months.", "Deputy Manager", "30/06/2025", "Complete",
                 ["Deputy Manager"], "2025-06", None, "blue"),
                ("12.2", "Add speech and language therapy (SALT) recommendations to each person’s "
                         "care plan and the kitchen dietary notification sheet, with weekly spot "
                         "checks at mealtimes.", "Clinical Lead / Head Chef", "End of June 2025",
                 "Complete", ["Clinical Lead", "Head Chef"], "2025-06", None, "blue"),
            ]),
            (C_B, [
                ("12.3", "Introduce a PRN protocol for every ‘as required’ medicine and audit "
                         "them weekly until two consecutive audits are fully compliant.",
                 "Clinical Lead", "31/07/2025", "Amber", ["Clinical Lead"], "2025-07", None,
                 "amber"),
                ("12.4", "All staff who administer medicines to complete refresher training and "
                         "a competency assessment.", "Registered Manager", "August 2025",
                 "Complete", ["Registered Manager"], "2025-08", None, "blue"),
            ]),
        ]),
        (R17, [
            (C_C, [
                ("17.1", "Implement a monthly audit schedule covering care plans, medicines, "
                         "infection control and the environment, with actions tracked on a single "
                         "improvement log.", "Registered Manager", "Ongoing – monthly", "Green",
                 ["Registered Manager"], None, "Ongoing – monthly", "green"),
                ("17.2", "Provider’s Quality Lead to complete a quarterly compliance visit and "
                         "report findings to the directors.", "Quality Lead", "Sept 2025",
                 "Green", ["Quality Lead"], "2025-09", None, "green"),
            ]),
            (C_D, [
                ("17.3", "Move fluid and repositioning charts to the electronic care planning "
                         "system and set alerts for missed entries.\nSenior carers to check "
                         "charts at each handover.", "Deputy Manager", "31/10/2025", "Amber",
                 ["Deputy Manager"], "2025-10", None, "amber"),
            ]),
        ]),
        (R18, [
            (C_E, [
                ("18.1", "Bring mandatory training to at least 95% compliance, including moving "
                         "and handling, safeguarding and dysphagia awareness.",
                 "Training Coordinator", "30/09/2025", "Red", ["Training Coordinator"],
                 "2025-09", None, "red"),
                ("18.2", "Complete one-to-one supervision with every member of staff at least "
                         "every eight weeks and record it on the supervision matrix.",
                 "Registered Manager / Deputy Manager", "31/08/2025", "Complete",
                 ["Registered Manager", "Deputy Manager"], "2025-08", None, "blue"),
            ]),
        ]),
    ]
    ragfill = {"Complete": "5B9BD5", "Green": "92D050", "Amber": "FFD966", "Red": "FF7C80"}
    expected = []
    for reg, concerns in sections:
        doc.add_heading(reg, level=2)
        nrows = 1 + sum(len(a) for _, a in concerns)
        t = doc.add_table(rows=nrows, cols=6)
        t.style = "Table Grid"
        head_cells(t, ["Ref", "What CQC found", "Action we will take", "Lead", "Complete by",
                       "Status"])
        r = 1
        for concern, acts in concerns:
            first = r
            for (ref, text, lead, by, status, leads, end, end_text, st) in acts:
                cells = t.rows[r].cells
                set_cell(cells[0], ref)
                set_cell(cells[2], text)
                set_cell(cells[3], lead)
                set_cell(cells[4], by)
                set_cell(cells[5], status)
                shade(cells[5], ragfill[status])
                expected.append(act(ref, [reg, concern], text, leads, end, st, end_text=end_text))
                r += 1
            top = t.cell(first, 1)
            if r - 1 > first:
                top = top.merge(t.cell(r - 1, 1))
            set_cell(top, concern)
        doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete – action finished and evidenced; Green – on track; "
                      "Amber – some delay, revised plan in place; Red – not on track.")
    doc.add_paragraph("Signed: Registered Manager        Date: 15/09/2025")
    doc.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": (
            "Imitates the action plan a small independent nursing/residential care home sends to "
            "CQC (and publishes for families) after a Requires improvement inspection with "
            "breaches of Regulations 12, 17 and 18, 2025, laid out as in the QCS/Royds Withy King "
            "guidance (item found, actions, deadline, person responsible, RAG). Copied features: "
            "title and inspection line, provider details table, one heading and one table per "
            "regulation, 'What CQC found' cells vertically merged over their actions, numbered "
            "refs 12.1 etc., job-title leads, mixed completion dates (dates, 'End of June 2025', "
            "'Ongoing – monthly'), shaded status cells, status key and sign-off line."),
        "reads": (
            "Nine actions answering five CQC findings grouped under three regulations, each with "
            "a post as lead, a completion month (one ongoing) and a status word. The provider "
            "details table, key and signature line are not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 5. Plumpton College - quality improvement plan 2025-26 (docx)
# ---------------------------------------------------------------------------
def plumpton():
    name = "zwr-plumpton-college-quality-improvement-plan-2025-26.docx"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    title = "Plumpton College Quality Improvement Plan 2025–26"
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Version 2 – updated for the Quality and Standards Committee, "
                      "10 December 2025")
    doc.add_paragraph("This plan sets out the actions arising from the 2024–25 self-assessment "
                      "report (SAR) and the areas for improvement identified at our most recent "
                      "Ofsted inspection. Progress is reviewed monthly by the Senior Leadership "
                      "Team and termly by governors.")
    p = doc.add_paragraph("RAG rating")
    p.runs[0].font.bold = True
    key = doc.add_table(rows=5, cols=2)
    key.style = "Table Grid"
    head_cells(key, ["RAG", "Meaning"], colour="385623")
    kf = {"R": "FF7C80", "A": "FFD966", "G": "92D050", "C": "5B9BD5"}
    for i, (k, v) in enumerate([("R", "Not on track – intervention needed"),
                                ("A", "Some slippage – recoverable within the year"),
                                ("G", "On track"),
                                ("C", "Completed")], start=1):
        set_cell(key.rows[i].cells[0], k, bold=True)
        shade(key.rows[i].cells[0], kf[k])
        set_cell(key.rows[i].cells[1], v)
    doc.add_paragraph("")

    P1 = "Priority 1: Improve the consistency of teaching in apprenticeships"
    P2 = "Priority 2: Raise achievement in English and mathematics"
    P3 = "Priority 3: Strengthen learners’ preparation for their next steps"
    st = {"R": "red", "A": "amber", "G": "green", "C": "blue"}
    pris = [
        (P1, [
            ("1.1", "Deliver a coaching programme for new assessor-coaches, with every new member "
                    "of staff observed within their first 12 weeks.", "Head of Apprenticeships",
             "Dec 2025", "All new staff observed; 90% judged secure or better.", "G",
             ["Head of Apprenticeships"], "2025-12", None),
            ("1.2", "Introduce a shared skills scan template for all apprenticeship standards so "
                    "that starting points are used to plan off-the-job training.",
             "Head of Apprenticeships; Apprenticeship Quality Manager", "31/01/2026",
             "Skills scans on file for 100% of new starts.", "A",
             ["Head of Apprenticeships", "Apprenticeship Quality Manager"], "2026-01", None),
            ("1.3", "Hold three-way progress reviews with employers, apprentices and "
                    "assessor-coaches, with actions recorded on the e-portfolio.",
             "Apprenticeship Quality Manager", "Termly",
             "Reviews in date for at least 95% of apprentices.", "G",
             ["Apprenticeship Quality Manager"], None, "Termly"),
        ]),
        (P2, [
            ("2.1", "Timetable all 16 to 18 learners without a grade 4 in English or maths for at "
                    "least three hours of GCSE or Functional Skills teaching a week.",
             "Head of English and Maths", "Autumn term 2025",
             "All eligible learners timetabled by October half-term.", "C",
             ["Head of English and Maths"], "2025-12", None),
            ("2.2", "Run half-termly joint planning sessions between vocational and English and "
                    "maths teams to embed skills in vocational lessons.",
             "AP Curriculum / Head of English and Maths", "Summer term 2026",
             "Embedding seen in 80% of learning walks.", "A",
             ["AP Curriculum", "Head of English and Maths"], "2026-07", None),
            ("2.3", "Track attendance at English and maths lessons weekly and refer learners "
                    "below 85% to the learner support team.", "Head of Learner Services",
             "Mar 2026", "English and maths attendance at 88% or above.", "R",
             ["Head of Learner Services"], "2026-03", None),
        ]),
        (P3, [
            ("3.1", "Ensure every study programme learner completes a work placement or industry "
                    "project of at least 40 hours.", "Work Placement Coordinator", "June 2026",
             "95% of learners complete placement hours.", "G",
             ["Work Placement Coordinator"], "2026-06", None),
            ("3.2", "Launch a careers guidance programme for adult learners, including one-to-one "
                    "interviews with a qualified adviser.", "Careers Lead", "30/11/2025",
             "All adult learners offered an interview.", "C", ["Careers Lead"], "2025-11", None),
        ]),
    ]
    expected = []
    for pri, acts in pris:
        doc.add_heading(pri, level=1)
        t = doc.add_table(rows=1 + len(acts), cols=6)
        t.style = "Table Grid"
        head_cells(t, ["Ref", "Key actions", "Lead(s)", "Target date", "Success measures",
                       "RAG (Dec 25)"], colour="385623")
        for i, (ref, text, lead, target, measure, rag, leads, end, end_text) in enumerate(acts, 1):
            cells = t.rows[i].cells
            set_cell(cells[0], ref)
            set_cell(cells[1], text)
            set_cell(cells[2], lead)
            set_cell(cells[3], target)
            set_cell(cells[4], measure)
            set_cell(cells[5], rag, bold=True)
            cells[5].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            shade(cells[5], kf[rag])
            expected.append(act(ref, [pri], text, leads, end, st[rag], end_text=end_text))
        doc.add_paragraph("")
    doc.add_paragraph("Next review: Quality and Standards Committee, March 2026.")
    doc.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": (
            "Imitates an English land-based FE college's annual quality improvement plan "
            "(QIP) presented to its governors' Quality and Standards Committee, 2025–26, in the "
            "style of college QIPs that follow the SAR and Ofsted areas for improvement. Copied "
            "features: title and version line, introductory paragraph, RAG key table whose own "
            "key makes C = Completed, one heading and table per numbered priority, key actions "
            "with success measures, leads as posts (two posts split by ';' or '/'), target dates "
            "as months, dates, terms and 'Termly', shaded RAG letters, next-review line."),
        "reads": (
            "Eight key actions under three numbered priorities, each with a lead, a target date "
            "and a RAG letter (R/A/G, and C = Completed per the key). Term targets end in the "
            "term's last month; 'Termly' has no end month. The RAG key table is not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 6. MHRA - strategic risk register further actions (csv)
# ---------------------------------------------------------------------------
def mhra():
    name = "zwr-mhra-strategic-risk-register-2025-26.csv"
    SR1 = "SR1 Cyber security and resilience"
    SR2 = "SR2 Financial sustainability"
    SR3 = "SR3 Regulatory performance and backlogs"
    SR4 = "SR4 People and capability"
    SR5 = "SR5 Medical devices regulatory reform"
    rows = [
        # risk, owner, current, target, ref, action, action owner, due, status, commentary,
        # expected: leads, end, end_text, status
        (SR1, "Chief Technology Officer", "16 (4x4)", "8", "SR1.1",
         "Complete migration of the remaining legacy regulatory systems to the new cloud platform.",
         "Director of Digital Delivery", "31/03/2026", "Amber",
         "Two of five systems migrated; data validation for the third under way.",
         ["Director of Digital Delivery"], "2026-03", None, "amber"),
        ("", "", "", "", "SR1.2",
         "Run a cyber incident exercise with the Executive Committee, including loss of the "
         "submissions portal.", "Chief Information Security Officer", "Dec-25", "Green",
         "Exercise booked for 9 December.", ["Chief Information Security Officer"], "2025-12",
         None, "green"),
        (SR2, "Chief Finance Officer", "15 (3x5)", "9", "SR2.1",
         "Agree the revised fees uplift with DHSC and HM Treasury and lay the amending statutory "
         "instrument.", "Director of Finance / Head of Policy", "Q4 2025/26", "Amber",
         "Consultation response published; SI drafting with DHSC lawyers.",
         ["Director of Finance", "Head of Policy"], "2026-03", None, "amber"),
        ("", "", "", "", "SR2.2",
         "Deliver the 2025/26 efficiency programme savings of £6.5m, tracked monthly by the "
         "Executive Committee.", "Chief Finance Officer", "31/03/2026", "Green",
         "£3.9m delivered at month 6.", ["Chief Finance Officer"], "2026-03", None, "green"),
        (SR3, "Chief Executive", "12 (3x4)", "8", "SR3.1",
         "Clear the backlog of clinical trial applications and keep new applications within "
         "statutory timescales.", "Director of Healthcare Quality and Access", "30/09/2025",
         "Complete", "All applications now within 150 days. Action closed.",
         ["Director of Healthcare Quality and Access"], "2025-09", None, "blue"),
        ("", "", "", "", "SR3.2",
         "Publish performance data for licensing and clinical trials on GOV.UK.",
         "Head of Performance", "Monthly", "Green", "Published on the first working day of each month.",
         ["Head of Performance"], None, "Monthly", "green"),
        (SR4, "Chief People Officer", "12 (4x3)", "6", "SR4.1",
         "Launch the strategic workforce plan for scientific and regulatory roles, including "
         "hard-to-fill posts.", "Chief People Officer", "January 2026", "Red",
         "Delayed pending the organisational design review.", ["Chief People Officer"],
         "2026-01", None, "red"),
        (SR5, "Chief Executive", "12 (3x4)", "6", "SR5.1",
         "Implement the post-market surveillance requirements for medical devices and publish "
         "guidance for manufacturers.", "Director of Medical Devices", "30/06/2026", "Green",
         "Guidance in final draft.", ["Director of Medical Devices"], "2026-06", None, "green"),
        ("", "", "", "", "SR5.2",
         "Agree data-sharing arrangements with NHS England for device incident reporting.",
         "Director of Medical Devices; Chief Technology Officer", "Mar-26", "Not started",
         "Scoping meeting set for November.",
         ["Director of Medical Devices", "Chief Technology Officer"], "2026-03", None, "unrated"),
    ]
    path = os.path.join(HERE, name)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Medicines and Healthcare products Regulatory Agency – Strategic Risk "
                    "Register: further actions – Q2 2025/26"])
        w.writerow(["Prepared for the Audit and Risk Assurance Committee, 21 October 2025"])
        w.writerow([])
        w.writerow(["Strategic risk", "Risk owner", "Current score (LxI)", "Target score",
                    "Action ref", "Further action required", "Action owner", "Due date",
                    "Action status", "Commentary"])
        expected = []
        risk = None
        for row in rows:
            w.writerow(row[:10])
            if row[0]:
                risk = row[0]
            leads, end, end_text, st = row[10:]
            expected.append(act(row[4], [risk], row[5], leads, end, st, end_text=end_text))
        w.writerow([])
        w.writerow(["Scoring: likelihood x impact on a 5 x 5 matrix. Action status: Complete / "
                    "Green (on track) / Amber (at risk) / Red (off track) / Not started."])

    write_expected(name, {
        "source": (
            "Imitates the strategic risk register extract of further mitigating actions that a "
            "national regulator (MHRA, DHSC executive agency) takes to its Audit and Risk "
            "Assurance Committee, Q2 2025/26, exported from Excel to CSV. Copied features: title "
            "and committee lines above the header, one strategic risk per block with risk owner "
            "and scores only on its first row (blank on continuation rows, as after merged cells), "
            "action refs SR1.1 etc., action owners as posts (two posts split by '/' or ';'), due "
            "dates as dates, Dec-25, Q4 2025/26, January 2026 and Monthly, status words, and a "
            "scoring/status note line at the end."),
        "reads": (
            "Nine further actions under five strategic risks; the risk name in the first column "
            "heads each block and carries down over the blank continuation rows. Each action has "
            "an owner, a due date and a status word; 'Not started' is unrated and 'Monthly' has no "
            "end month."),
        "outcome": "read",
        "accept_refusal": False,
        "title": ("Medicines and Healthcare products Regulatory Agency – Strategic Risk Register: "
                  "further actions – Q2 2025/26"),
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 7. Hawthorn Road Surgery - CQC inspection action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def hawthorn():
    name = "zwr-hawthorn-road-surgery-cqc-inspection-action-plan.txt"
    M12 = "MUST DO – Regulation 12 Safe care and treatment"
    M17 = "MUST DO – Regulation 17 Good governance"
    SD = "SHOULD DO"
    Q1 = ("Ensure the proper and safe management of medicines, including the monitoring of "
          "patients prescribed high-risk medicines.")
    Q2 = "Ensure safety alerts are acted on and a record kept of the action taken."
    Q3 = "Ensure systems to monitor staff training, immunisation status and DBS checks are effective."
    Q4 = "Continue to improve the uptake of cervical screening."
    Q5 = "Improve the identification of carers."
    Q6 = "Review how the practice responds to patient feedback about telephone access."
    blocks = [
        (M12, [
            ("M1", Q1, "Run monthly searches for patients on DMARDs, lithium and warfarin who are "
                       "overdue monitoring, and recall them.", "Practice Pharmacist",
             "30/04/2025", "Complete", "Searches set up in March; 47 patients recalled.",
             ["Practice Pharmacist"], "2025-04", None, "blue"),
            ("M2", "", "Add a structured medication review template to the clinical system and "
                       "audit a 5% sample each quarter.", "Dr Okafor / Practice Pharmacist",
             "Jun-25", "Complete", "Template live. Q2 audit 94% compliant.",
             ["Dr Okafor", "Practice Pharmacist"], "2025-06", None, "blue"),
            ("M3", Q2, "Set up a safety alerts log with a named GP to review each alert within "
                       "5 working days.", "Dr Okafor", "31/03/2025", "Complete",
             "Log in use; reviewed at clinical meeting.", ["Dr Okafor"], "2025-03", None, "blue"),
        ]),
        (M17, [
            ("M4", Q3, "Create a single staff compliance tracker covering training, immunisation "
                       "status and DBS checks, reviewed at the monthly practice meeting.",
             "Practice Manager", "31/05/2025", "Green",
             "Tracker in place; two staff immunisation records outstanding.",
             ["Practice Manager"], "2025-05", None, "green"),
            ("M5", "", "Complete the annual infection prevention and control audit and act on "
                       "the findings.", "Nurse Manager / Practice Manager", "31/10/2025", "Amber",
             "Audit done in August; treatment room 2 flooring awaiting landlord approval.",
             ["Nurse Manager", "Practice Manager"], "2025-10", None, "amber"),
        ]),
        (SD, [
            ("S1", Q4, "Offer Saturday morning smear clinics and send text reminders to women who "
                       "are overdue screening.", "Nurse Manager", "March 2026", "Green",
             "Two Saturday clinics held; uptake up 3%.", ["Nurse Manager"], "2026-03", None,
             "green"),
            ("S2", Q5, "Add a carers question to new patient registration and run a carers "
                       "awareness week with the PPG.", "Carers Champion", "Nov 2025",
             "Not started", "Awareness week planned for Carers Rights Day.",
             ["Carers Champion"], "2025-11", None, "unrated"),
            ("S3", Q6, "Move to a cloud telephony system with call-back and publish monthly call "
                       "data in the waiting room.", "Practice Manager / PCN Digital Lead",
             "Q3 2025/26", "Amber", "Contract signed; go-live slipped to December.",
             ["Practice Manager", "PCN Digital Lead"], "2025-12", None, "amber"),
        ]),
    ]
    lines = [
        "Hawthorn Road Surgery – CQC Inspection Action Plan",
        "Following inspection on 14 January 2025 (report published 6 March 2025)",
        "Overall rating: Requires improvement (Safe: Requires improvement; Well-led: Requires improvement)",
        "Last updated: 30/09/2025 by Practice Manager",
        "",
        "\t".join(["Ref", "CQC requirement", "Action", "Lead", "Due", "RAG", "Progress"]),
    ]
    expected = []
    for sec, acts in blocks:
        lines.append(sec)
        req = None
        for (ref, q, text, lead, due, rag, prog, leads, end, end_text, st) in acts:
            lines.append("\t".join([ref, q, text, lead, due, rag, prog]))
            if q:
                req = q
            expected.append(act(ref, [sec, req], text, leads, end, st, end_text=end_text))
    lines += ["", "RAG key: Complete = action finished | Green = on track | Amber = delayed but "
                  "recoverable | Red = off track | Not started"]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(name, {
        "source": (
            "Imitates a GP practice's CQC action plan after a Requires improvement inspection "
            "(requirement notices under Regulations 12 and 17 plus 'should do' points), 2025, as "
            "kept by a practice manager and saved as tab-separated text for the PPG and ICB. "
            "Copied features: practice name, inspection/report and rating lines, last-updated "
            "line, header row, MUST DO section lines naming the regulation, the CQC requirement "
            "text on the first action of each requirement and blank on continuation actions, "
            "M/S refs, GP by name and posts as leads, dates as 30/04/2025, Jun-25, March 2026 and "
            "Q3 2025/26, RAG words and a key line."),
        "reads": (
            "Eight actions: five under two MUST DO regulation sections and three under SHOULD DO, "
            "each under the CQC requirement written on its first row (carried down to the blank "
            "requirement cell of M2 and M5). Each has a lead, a due month and a RAG word; 'Not "
            "started' is unrated."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Hawthorn Road Surgery – CQC Inspection Action Plan",
        "actions": expected,
    })
    return name, len(expected)


if __name__ == "__main__":
    for fn in (clarion, hiwfrs, wmas, kingsmead, plumpton, mhra, hawthorn):
        n, k = fn()
        print(n, k)
