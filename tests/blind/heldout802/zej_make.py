#!/usr/bin/env python
"""Build the seven zej- blind test files (set heldout802) and their expected readings.

Run with /work/main/.venv/bin/python zej_make.py  (writes into the folder this script is in).
Only files whose names start with "zej-" are written.
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
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zej-")
    return os.path.join(HERE, name)


def D(d, m, y):
    return dt.datetime(y, m, d)


def ym(d):
    return None if d is None else f"{d.year:04d}-{d.month:02d}"


class _Dumper(yaml.SafeDumper):
    pass


def _str_rep(dumper, data):
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


_Dumper.add_representer(str, _str_rep)


def write_expected(fname, exp):
    with open(out(fname + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.dump(exp, f, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=4000,
                  default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

FILL = {
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "blue": PatternFill("solid", fgColor="0070C0"),
}


# ---------------------------------------------------------------------------
# 1. ZSL Audit Committee internal audit recommendations tracker (xlsx, 4 sheets)
# ---------------------------------------------------------------------------
def make_zsl():
    name = "zej-zsl-audit-committee-internal-audit-recommendations-tracker.xlsx"
    title = "ZSL Audit Committee – Internal Audit Recommendations Tracker"

    A04 = "IA 2024/25-04 Animal Collection Records (ZIMS) – Moderate assurance – final report issued 12 March 2025"
    A06 = "IA 2024/25-06 Procurement and Contract Management – Limited assurance – final report issued 20 May 2025"
    A01 = "IA 2025/26-01 Cyber Security – Moderate assurance – final report issued 9 September 2025"

    R04_1 = ("Recommendation 1 (Medium): Animal records held in ZIMS should be reconciled to the physical stock-take "
             "at ZSL London Zoo and ZSL Whipsnade Zoo at least annually, with exceptions investigated and signed off.")
    R04_2 = ("Recommendation 2 (Low): User access to ZIMS should be reviewed at least every six months and "
             "leavers’ accounts disabled promptly.")
    R06_1 = ("Recommendation 1 (High): A complete contracts register should be maintained for all contracts over "
             "£25,000, showing a named contract manager, value, term and renewal/notice dates.")
    R06_2 = ("Recommendation 2 (High): Waivers of the Procurement Policy should be approved in advance in line with "
             "the Scheme of Delegation and reported to the Audit Committee.")
    R01_1 = ("Recommendation 1 (High): Multi-factor authentication should be enforced for all remote access and "
             "privileged accounts.")
    R01_2 = ("Recommendation 2 (Medium): The cyber incident response plan should be tested at least annually "
             "through a desk-top exercise involving the Executive Team.")

    # rows: ("audit", text) | ("rec", text) | ("act", ref, action, owner_cell, leads, orig, revised, update, status)
    open_rows = [
        ("audit", A04),
        ("rec", R04_1),
        ("act", "04.1a",
         "Introduce an annual reconciliation of ZIMS to the January stock-take at each Zoo, using a standard exceptions log.",
         "Head of Living Collections", ["Head of Living Collections"], D(30, 6, 2025), D(31, 1, 2026),
         "Exceptions log template agreed with Curators. The January 2026 stock-take will be the first full "
         "reconciliation; date revised as the 2025 stock-take had already taken place.", "amber"),
        ("act", "04.1b",
         "Curators to sign off the reconciliation and any exceptions for their sections, with the sign-off kept on the stock-take file.",
         "Zoological Director", ["Zoological Director"], D(31, 3, 2026), None,
         "Sign-off step added to the stock-take procedure (draft v0.3).", "green"),
        ("audit", A06),
        ("rec", R06_1),
        ("act", "06.1a",
         "Build a single contracts register in the finance system from departmental lists and the accounts payable supplier analysis.",
         "Head of Procurement", ["Head of Procurement"], D(31, 7, 2025), D(31, 12, 2025),
         "Register c.80% complete (142 contracts loaded). Retail and catering contracts outstanding.", "amber"),
        ("act", "06.1b",
         "Assign a named contract manager to every contract over £25,000 and brief them on their responsibilities.",
         "Chief Financial Officer / Head of Procurement", ["Chief Financial Officer", "Head of Procurement"],
         D(30, 9, 2025), None,
         "Overdue. Briefing sessions postponed until the register is complete; new date to be proposed to the Committee.",
         "red"),
        ("rec", R06_2),
        ("act", "06.2b",
         "Report all Procurement Policy waivers approved in the period to each meeting of the Audit Committee.",
         "Head of Procurement", ["Head of Procurement"], D(18, 11, 2025), None,
         "First waiver report is on this agenda (item 9).", "green"),
        ("audit", A01),
        ("rec", R01_1),
        ("act", "01.1a",
         "Enforce MFA on all remaining privileged, service-desk and third-party support accounts.",
         "Head of IT", ["Head of IT"], D(31, 12, 2025), None,
         "11 of 14 privileged accounts now enforced; supplier accounts being migrated.", "green"),
        ("act", "01.1b",
         "Extend conditional access policies to volunteer and seasonal staff accounts before the 2026 season.",
         "Head of IT", ["Head of IT"], D(31, 3, 2026), None,
         "Not yet started – scheduled to follow 01.1a.", None),
        ("rec", R01_2),
        ("act", "01.2a",
         "Hold a cyber desk-top exercise with the Executive Team and record the lessons learned in the risk register.",
         "Head of IT and Head of Risk & Assurance", ["Head of IT", "Head of Risk & Assurance"], D(28, 2, 2026), None,
         "Exercise booked for 10 February 2026 with the internal auditors facilitating.", "green"),
    ]
    closed_rows = [
        ("audit", A04),
        ("rec", R04_2),
        ("act", "04.2a",
         "Six-monthly review of ZIMS user access, matching the HR leavers report to active accounts.",
         "Head of Living Collections; IT Service Desk Manager", ["Head of Living Collections", "IT Service Desk Manager"],
         D(30, 4, 2025), None, D(14, 8, 2025), "Access review for July 2025 and leavers report seen; 6 accounts disabled.",
         "blue"),
        ("audit", A06),
        ("rec", R06_2),
        ("act", "06.2a",
         "Introduce a waiver request form requiring prior approval by the Chief Financial Officer, logged centrally by Procurement.",
         "Chief Financial Officer", ["Chief Financial Officer"], D(31, 7, 2025), None, D(2, 10, 2025),
         "Form in use from August 2025; waiver log sampled (5 of 5 approved in advance).", "blue"),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="1F4E78")
    ws["A2"] = "Position as at 31 October 2025 – for the meeting of 18 November 2025 (agenda item 7)"
    ws["A3"] = "Prepared by the Head of Risk & Assurance. Updates provided by action owners and reviewed by Internal Audit."
    hdr = ["Audit", "Assurance", "Actions agreed", "Closed", "Open – on track", "Open – revised date",
           "Overdue", "Not started"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.border = BOX
        c.alignment = WRAP
    summ = [
        ("IA 2024/25-04 Animal Collection Records (ZIMS)", "Moderate", 3, 1, 1, 1, 0, 0),
        ("IA 2024/25-06 Procurement and Contract Management", "Limited", 4, 1, 1, 1, 1, 0),
        ("IA 2025/26-01 Cyber Security", "Moderate", 3, 0, 2, 0, 0, 1),
    ]
    r = 6
    for row in summ:
        for i, v in enumerate(row, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for col in range(3, 9):
        L = "ABCDEFGH"[col - 1]
        c = ws.cell(row=r, column=col, value=f"=SUM({L}6:{L}8)")
        c.font = Font(bold=True)
        c.border = BOX
    ws.cell(row=r, column=1).border = BOX
    ws.cell(row=r, column=2).border = BOX
    ws["A11"] = "Open actions are on the ‘Open actions’ sheet; actions closed since the last meeting are on ‘Closed since last meeting’."
    ws.column_dimensions["A"].width = 52
    for L in "BCDEFGH":
        ws.column_dimensions[L].width = 14

    def fill_sheet(ws, rows, heads, closed):
        ws.append([heads[0]])
        ws["A1"].font = Font(bold=True, size=12)
        ws.append([])
        ws.append(heads[1])
        ncol = len(heads[1])
        for i in range(1, ncol + 1):
            c = ws.cell(row=3, column=i)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = PatternFill("solid", fgColor="1F4E78")
            c.alignment = WRAP
            c.border = BOX
        ws.freeze_panes = "A4"
        for row in rows:
            r = ws.max_row + 1
            if row[0] == "audit":
                ws.cell(row=r, column=1, value=row[1])
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
                c = ws.cell(row=r, column=1)
                c.font = Font(bold=True, color="FFFFFF")
                c.fill = PatternFill("solid", fgColor="375623")
            elif row[0] == "rec":
                ws.cell(row=r, column=1, value=row[1])
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
                c = ws.cell(row=r, column=1)
                c.font = Font(italic=True)
                c.fill = PatternFill("solid", fgColor="E2EFDA")
                c.alignment = Alignment(wrap_text=True)
                ws.row_dimensions[r].height = 32
            else:
                if closed:
                    _, ref, action, owner, _l, orig, _rev, dclosed, upd, st = row
                    vals = [ref, action, owner, orig, dclosed, upd, None]
                    datecols = (4, 5)
                else:
                    _, ref, action, owner, _l, orig, rev, upd, st = row
                    vals = [ref, action, owner, orig, rev, upd, None]
                    datecols = (4, 5)
                for i, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=i, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if i in datecols and v is not None:
                        c.number_format = "dd/mm/yyyy"
                if st:
                    ws.cell(row=r, column=ncol).fill = FILL[st]
        widths = [9, 52, 26, 13, 13, 50, 7]
        for i, w in enumerate(widths):
            ws.column_dimensions["ABCDEFG"[i]].width = w

    ws2 = wb.create_sheet("Open actions")
    fill_sheet(ws2, open_rows,
               ("Open internal audit actions – position at 31 October 2025",
                ["Ref", "Agreed management action", "Action owner", "Original due date", "Revised due date",
                 "Management update (October 2025)", "RAG"]), closed=False)
    ws3 = wb.create_sheet("Closed since last meeting")
    fill_sheet(ws3, closed_rows,
               ("Actions closed since the meeting of 16 September 2025 (verified by Internal Audit)",
                ["Ref", "Agreed management action", "Action owner", "Due date", "Date closed",
                 "Evidence reviewed by Internal Audit", "RAG"]), closed=True)
    ws4 = wb.create_sheet("Key")
    ws4["A1"] = "RAG key (fill colour in the RAG column)"
    ws4["A1"].font = Font(bold=True)
    key = [("green", "On track to meet the original due date"),
           ("amber", "Revised due date agreed, or at risk of slipping"),
           ("red", "Overdue – past the original (or revised) due date"),
           ("blue", "Complete – closed and verified by Internal Audit"),
           (None, "No fill – not yet started")]
    for i, (k, t) in enumerate(key, 3):
        c = ws4.cell(row=i, column=1)
        c.border = BOX
        if k:
            c.fill = FILL[k]
        ws4.cell(row=i, column=2, value=t)
    ws4["A9"] = "Priority: High – fundamental control weakness; Medium – significant weakness; Low – good practice."
    ws4.column_dimensions["A"].width = 8
    ws4.column_dimensions["B"].width = 60
    wb.save(out(name))

    actions = []
    for rows in (open_rows, closed_rows):
        audit = rec = None
        for row in rows:
            if row[0] == "audit":
                audit = row[1]
            elif row[0] == "rec":
                rec = row[1]
            else:
                if rows is closed_rows:
                    _, ref, action, owner, leads, orig, rev, dclosed, upd, st = row
                else:
                    _, ref, action, owner, leads, orig, rev, upd, st = row
                end = ym(rev or orig)
                actions.append(act(ref, [audit, rec], action, leads, end, st or "unrated"))
    exp = {
        "source": ("Imitates a charity audit committee's internal audit recommendations tracker as published in "
                   "board/committee papers (ZSL, Zoological Society of London, charity no. 208728; Audit Committee "
                   "November 2025). Copied features: Summary sheet with per-audit counts and a SUM totals row, "
                   "an 'Open actions' sheet and a separate 'Closed since last meeting' sheet, merged audit-report "
                   "heading rows (report ref, title, assurance opinion, issue date), merged recommendation rows "
                   "with priority above their agreed actions, original and revised due dates, management updates, "
                   "RAG shown only as cell fill colour with the key on a 'Key' sheet (blank = not started), "
                   "two owners in one cell (slash, semicolon, 'and')."),
        "reads": ("A multi-sheet tracker: the summary sheet only counts actions; the Open actions sheet lists eight "
                  "agreed management actions grouped under three internal audit reports and their recommendations, "
                  "and the Closed sheet two more that internal audit has verified. Status is the fill colour of the "
                  "RAG column read against the key (blue = closed); the due month is the revised date where one is given."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 2. Aylsham Town Council risk register (xlsx) – the refuse case
# ---------------------------------------------------------------------------
def make_aylsham():
    name = "zej-aylsham-town-council-risk-register-2025-26-typo-month-refuse.xlsx"
    title = "Aylsham Town Council Risk Register 2025/26"
    wb = Workbook()
    ws = wb.active
    ws.title = "Risk Register 2025-26"
    ws["A1"] = "AYLSHAM TOWN COUNCIL"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Risk Register 2025/26"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Adopted: Full Council 12 May 2025"
    ws["E3"] = "Last reviewed: 9 October 2025"
    ws["I3"] = "Next review: January 2026"
    ws["A4"] = ("Likelihood (L) and Severity (S) are each scored 1 (low) to 3 (high). Rating = L x S: 1–2 Low (green), "
                "3–4 Medium (amber), 6–9 High (red). This register does not replace risk assessments for individual "
                "events and activities.")
    ws.merge_cells("A4:K4")
    ws["A4"].alignment = Alignment(wrap_text=True)
    ws.row_dimensions[4].height = 30
    heads = ["Ref", "Risk", "Hazard / consequence", "Current control measures", "L", "S", "Rating",
             "Further action required", "Resp.", "Target date", "Status"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
        c.border = BOX
        c.alignment = WRAP
    rfill = {"green": PatternFill("solid", fgColor="92D050"), "amber": PatternFill("solid", fgColor="FFC000"),
             "red": PatternFill("solid", fgColor="FF0000")}

    rows = [
        ("cat", "1. Finance and Governance"),
        ("risk", "1.1", "Loss of income", "Precept or hall hire income falls short of budget",
         "Budget set in January; monthly budget monitoring to Council", 2, 2,
         "Review Town Hall hire charges and publish revised tariff", "Town Clerk / RFO", "Nov 2025", "In progress"),
        ("risk", "1.2", "Inadequate financial controls", "Error or fraud in payments; qualified AGAR",
         "Dual authorisation of online payments; councillor verification of bank reconciliations",
         1, 3, "Adopt revised Financial Regulations (NALC 2024 model)", "RFO", D(30, 9, 2025), "Complete"),
        ("risk", "1.3", "Non-compliance with legislation",
         "Decisions made without lawful power; challenge", "Clerk holds CiLCA; NALC/NPTC legal advice",
         1, 3, "Review Standing Orders against the 2025 NALC model", "Town Clerk", "Janaury 2026", "Not started"),
        ("cat", "2. Assets and Property"),
        ("risk", "2.1", "Town Hall condition",
         "Deterioration of listed building; closure of hall", "Annual condition survey; buildings insurance",
         2, 3, "Obtain quotations for the roof and gutter repairs identified in the 2025 survey",
         "Properties Committee", "March 2026", "In progress"),
        ("risk", "2.2", "Play equipment", "Injury to users; claims against the Council",
         "Weekly visual checks by staff; annual independent RoSPA inspection", 2, 3,
         "Replace the worn safety surfacing at the Recreation Ground play area", "Town Clerk", "Dec 2025",
         "In progress"),
        ("risk", "2.3", "Allotments", "Disputes; uncultivated plots; unsafe structures",
         "Tenancy agreements; six-monthly plot inspections", 2, 1,
         "Issue updated allotment tenancy agreements to all plot holders", "Deputy Clerk", "Apr 2026",
         "Not started"),
        ("cat", "3. Staff and Councillors"),
        ("risk", "3.1", "Loss of key staff", "Council unable to function; missed deadlines",
         "Documented procedures; Deputy Clerk cross-trained", 2, 3,
         "Complete the desk procedures manual for the RFO role", "Town Clerk", "Feb 2026", "In progress"),
        ("risk", "3.2", "Councillor conduct", "Breach of Code of Conduct; reputational damage",
         "Code of Conduct adopted; register of interests", 1, 2,
         "Arrange Code of Conduct training for all councillors after the May 2025 elections", "Town Clerk",
         D(31, 10, 2025), "Complete"),
        ("cat", "4. Events and Community"),
        ("risk", "4.1", "Public events", "Injury to public at Christmas lights and Cittàslow events",
         "Event risk assessments; public liability insurance; stewards briefed", 2, 3,
         "Agree an event management plan with Norfolk Police and North Norfolk District Council for the Christmas event",
         "Events Officer", "Nov 2025", "In progress"),
        ("risk", "4.2", "Data protection", "Personal data lost or disclosed; ICO action",
         "Privacy notices; council email addresses for all councillors", 2, 2,
         "Carry out a data audit and update the retention schedule", "Deputy Clerk", "Ongoing", "In progress"),
    ]
    r = 6
    typo_row = None
    for row in rows:
        r += 1
        if row[0] == "cat":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="DDEBF7")
            continue
        _, ref, risk, haz, ctrl, L, S, further, resp, target, status = row
        rating = L * S
        vals = [ref, risk, haz, ctrl, L, S, rating, further, resp, target, status]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        band = "green" if rating <= 2 else ("amber" if rating <= 4 else "red")
        ws.cell(row=r, column=7).fill = rfill[band]
        if target == "Janaury 2026":
            typo_row = r
    ws.cell(row=r + 2, column=1, value="Approved by Full Council. Signed (Chairman) ……………………  Date ……………")
    widths = [6, 22, 28, 34, 4, 4, 7, 40, 18, 13, 12]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJK"[i]].width = w
    wb.save(out(name))

    exp = {
        "source": ("Imitates a town council annual risk register in the model layout used by parish and town councils "
                   "(e.g. the published Tetford & Salmonby Parish Council register: Ref / Risk / Hazard-Consequence / "
                   "current control measures / L, S, RAG rating / revised-further actions / Resp. / date), here for "
                   "Aylsham Town Council 2025/26. Copied features: title block with adopted / last reviewed / next "
                   "review dates, merged scoring note, merged category rows, L x S score with fill-coloured rating, "
                   "further action with responsible officer or committee, typed target dates, status words, "
                   "signature line."),
        "reads": ("A one-sheet risk register: ten risks in four categories, each with one further action, its "
                  "responsible officer or committee and a typed target date. The target date of risk 1.3 reads "
                  "'Janaury 2026', a mistyped month, so a careful reader stops at that row and asks before taking "
                  "the register in."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    }
    write_expected(name, exp)
    return name, 10


# ---------------------------------------------------------------------------
# 3. South Lakes Housing consumer standards action plan – Smartsheet export (xlsx)
# ---------------------------------------------------------------------------
def make_slh():
    name = "zej-south-lakes-housing-consumer-standards-action-plan-smartsheet-export.xlsx"
    title = "SLH Consumer Standards Action Plan 2025/26"
    # (level, task, ref, owner, leads, start, finish, baseline, status, pct, update)
    S1 = "Safety and Quality Standard"
    S2 = "Transparency, Influence and Accountability Standard"
    S3 = "Neighbourhood and Community Standard"
    S4 = "Tenancy Standard"
    G11 = "Stock condition – survey data more than five years old for c.900 homes"
    G12 = "Damp and mould – cases not consistently recorded or followed up"
    G21 = "Diverse needs – tenant profile data incomplete"
    G22 = "Scrutiny – panel recommendations not tracked to completion"
    G31 = "Anti-social behaviour – satisfaction with case handling below target"
    G41 = "Allocations – local lettings policies not reviewed since 2019"
    rows = [
        (0, title, None, None, None, None, None, None, None, None, None),
        (1, S1, None, None, None, None, None, None, None, None, None),
        (2, G11, None, None, None, None, None, None, None, None, None),
        (3, "Commission stock condition surveys for all homes last surveyed before April 2020", "SQ1.1",
         "Gareth Nolan", ["Gareth Nolan"], D(1, 4, 2025), D(31, 3, 2026), D(31, 3, 2026), "Yellow", 0.45,
         "Contractor appointed June; 410 of 905 surveys done. Access rate lower than planned in rural areas."),
        (3, "Load survey results into the asset management system and reconcile to the asset register", "SQ1.2",
         "Priya Desai", ["Priya Desai"], D(1, 7, 2025), D(30, 4, 2026), D(30, 4, 2026), "Green", 0.30,
         "Monthly uploads in place."),
        (2, G12, None, None, None, None, None, None, None, None, None),
        (3, "Introduce a damp and mould case tracker with a 10 working day inspection target", "SQ2.1",
         "Karen Walsh", ["Karen Walsh"], D(1, 4, 2025), D(30, 6, 2025), D(30, 6, 2025), "Blue", 1.0,
         "Tracker live from 2 June; weekly report to Leadership Team."),
        (3, "Awaab’s Law readiness: update the repairs policy and timescales for emergency and significant hazards",
         "SQ2.2", "Karen Walsh, Dave Hughes", ["Karen Walsh", "Dave Hughes"], D(1, 5, 2025), D(24, 10, 2025),
         D(24, 10, 2025), "Blue", 1.0, "Policy approved by Board 23 September; staff briefings complete."),
        (1, S2, None, None, None, None, None, None, None, None, None),
        (2, G21, None, None, None, None, None, None, None, None, None),
        (3, "Run a tenant profiling refresh through the annual ‘Getting to know you’ survey", "TI1.1",
         "Amy Crossley", ["Amy Crossley"], D(1, 6, 2025), D(31, 1, 2026), D(30, 9, 2025), "Red", 0.20,
         "Survey launch delayed by the housing management system upgrade; new finish agreed at Customer Committee."),
        (3, "Record communication and accessibility preferences on the housing management system", "TI1.2",
         "Amy Crossley", ["Amy Crossley"], D(1, 9, 2025), D(31, 3, 2026), D(31, 3, 2026), "Yellow", 0.10,
         "Depends on TI1.1."),
        (2, G22, None, None, None, None, None, None, None, None, None),
        (3, "Report scrutiny panel recommendations and progress to every Customer Committee meeting", "TI2.1",
         "Joanne Pickthall", ["Joanne Pickthall"], D(1, 4, 2025), D(31, 3, 2026), D(31, 3, 2026), "Green", 0.50,
         "Standing item from July meeting."),
        (1, S3, None, None, None, None, None, None, None, None, None),
        (2, G31, None, None, None, None, None, None, None, None, None),
        (3, "Review the ASB policy with tenants and partners, including Cumbria Constabulary", "NC1.1",
         "Mark Ireland", ["Mark Ireland"], D(1, 8, 2025), D(28, 2, 2026), D(28, 2, 2026), "Green", 0.35,
         "Tenant focus group held 14 October."),
        (1, S4, None, None, None, None, None, None, None, None, None),
        (2, G41, None, None, None, None, None, None, None, None, None),
        (3, "Review local lettings policies with Westmorland and Furness Council", "TS1.1",
         "Helen Birkett", ["Helen Birkett"], D(1, 1, 2026), D(30, 6, 2026), D(30, 6, 2026), None, 0.0, None),
        (3, "Publish the tenancy policy and mutual exchange guidance on the website", "TS1.2",
         "Helen Birkett", ["Helen Birkett"], D(1, 4, 2025), D(31, 7, 2025), D(31, 7, 2025), "Blue", 1.0,
         "Published 18 July."),
    ]
    # roll-ups for parent rows (Smartsheet rolls start/finish/% complete up to parents)
    n = len(rows)
    rolled = []
    for i, row in enumerate(rows):
        lvl = row[0]
        if row[2] is None:
            kids = []
            for j in range(i + 1, n):
                if rows[j][0] <= lvl:
                    break
                if rows[j][2] is not None:
                    kids.append(rows[j])
            start = min(k[5] for k in kids)
            fin = max(k[6] for k in kids)
            base = max(k[7] for k in kids)
            pct = round(sum(k[9] for k in kids) / len(kids), 2)
            rolled.append((lvl, row[1], None, None, None, start, fin, base, None, pct, None))
        else:
            rolled.append(row)

    wb = Workbook()
    ws = wb.active
    ws.title = "SLH Consumer Standards Action"
    heads = ["Task Name", "Ref", "Action Owner", "Start", "Finish", "Baseline Finish", "Status", "% Complete",
             "Latest Update"]
    ws.append(heads)
    for i in range(1, len(heads) + 1):
        ws.cell(row=1, column=i).font = Font(bold=True)
        ws.cell(row=1, column=i).fill = PatternFill("solid", fgColor="E7E6E6")
    for row in rolled:
        lvl, task, ref, owner, _l, start, fin, base, st, pct, upd = row
        ws.append([task, ref, owner, start, fin, base, st, pct, upd])
        r = ws.max_row
        ws.cell(row=r, column=1).alignment = Alignment(indent=lvl * 2, wrap_text=True)
        if ref is None:
            ws.cell(row=r, column=1).font = Font(bold=True)
        for c in (4, 5, 6):
            ws.cell(row=r, column=c).number_format = "dd/mm/yy"
        ws.cell(row=r, column=8).number_format = "0%"
        if lvl:
            ws.row_dimensions[r].outline_level = lvl
    ws.sheet_properties.outlinePr.summaryBelow = False
    for L, w in zip("ABCDEFGHI", [70, 8, 26, 10, 10, 14, 9, 11, 60]):
        ws.column_dimensions[L].width = w
    wb.save(out(name))

    actions = []
    std = gap = None
    for row in rows:
        lvl = row[0]
        if lvl == 1:
            std = row[1]
        elif lvl == 2:
            gap = row[1]
        elif lvl == 3:
            st = {"Green": "green", "Yellow": "amber", "Red": "red", "Blue": "blue", None: "unrated"}[row[8]]
            actions.append(act(row[2], [std, gap], row[1], row[4], ym(row[6]), st))
    exp = {
        "source": ("Imitates a housing association's RSH consumer standards self-assessment action plan kept in "
                   "Smartsheet and exported to Excel for the Board (South Lakes Housing, Kendal; stock-transfer "
                   "landlord, G1/V2 regulatory judgement July 2023; consumer standards in force April 2024). "
                   "Copied features: Smartsheet export with the header in row 1 and no title block, hierarchy shown "
                   "by indentation and row outline levels (plan > standard > gap > action), parent rows carrying "
                   "rolled-up start/finish dates and % complete, Baseline Finish (original) next to Finish (current), "
                   "RYGB status symbols exported as the words Red/Yellow/Green/Blue, contact column with two names "
                   "separated by a comma, latest-update comments."),
        "reads": ("A Smartsheet export in which the top row names the plan and the indented parent rows give the "
                  "four consumer standards and, under each, the gap found in the self-assessment; the ten rows with "
                  "a Ref are the actions. The Finish column is the current due date (Baseline Finish is the "
                  "original), and Status is the RYGB symbol word: Yellow reads as amber, Blue as complete, blank as "
                  "not started."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)
    return name, len(actions)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, color=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


# ---------------------------------------------------------------------------
# 4. Penny Appeal regulatory action plan (docx)
# ---------------------------------------------------------------------------
def make_penny():
    name = "zej-penny-appeal-charity-commission-official-warning-regulatory-action-plan.docx"
    title = "Penny Appeal – Regulatory Action Plan 2024–25"
    PA = "Part A – Charity Commission Official Warning (29 September 2023)"
    PB = "Part B – Fundraising Regulator investigation report (June 2024)"
    PC = "Part C – ICO Enforcement Notice (March 2024)"
    F1 = ("Finding 1: The trustees failed to maintain proper minutes of trustee meetings recording decisions on the "
          "purchase of a property, an unsolicited offer received to buy a property, and the retention and "
          "redevelopment of a property.")
    F2 = "Finding 2: The trustees failed to review the contract with the charity’s major supplier."
    F3 = ("Finding 3: The trustees failed to manage a perceived conflict of interest relating to the charity’s "
          "relationship with its major supplier.")
    B1 = ("Recommendation 1: Ensure appeals describe accurately how donations will be used and what happens to "
          "funds raised above an appeal target.")
    C1 = ("Requirement 1: Stop sending direct marketing text messages to people who have not given valid consent "
          "under the Privacy and Electronic Communications Regulations (PECR).")
    parts = [
        (PA, [
            (F1, [
                ("A1.1", "Appoint an independent minute-taker for all Board and committee meetings.",
                 "Company Secretary", ["Company Secretary"], "December 2023", "2023-12", None,
                 "Independent minute-taker in place since the December 2023 Board meeting.", "Complete"),
                ("A1.2", "Adopt a minutes standard requiring decisions, reasons, declared conflicts and votes to be "
                         "recorded, with draft minutes circulated within 10 working days.",
                 "Company Secretary", ["Company Secretary"], "31/03/2024", "2024-03", None,
                 "Standard approved by the Board on 14 March 2024 and applied to all meetings since.", "Complete"),
                ("A1.3", "Commission an external review of the quality of Board and committee minutes for 2024–25.",
                 "Chair of Trustees", ["Chair of Trustees"], "June 2025", "2025-06", None,
                 "Reviewer identified; terms of reference to the February Board.", "On track"),
            ]),
            (F2, [
                ("A2.1", "Complete a full review of the major supplier contract, with independent legal advice, "
                         "and report the outcome to the Board.",
                 "Chair of Audit, Finance and Risk Committee", ["Chair of Audit, Finance and Risk Committee"],
                 "30/06/2024", "2024-06", None,
                 "Review reported to the Board in June 2024; contract re-tendered.", "Complete"),
                ("A2.2", "Review governance and contractual arrangements with third-party organisations established "
                         "overseas, as set out in the solicitors’ internal action plan.",
                 "Chief Executive / Company Secretary", ["Chief Executive", "Company Secretary"], "March 2025",
                 "2025-03", None,
                 "Four of seven partner agreements reviewed. Target moved from December 2024 because two partners "
                 "have yet to return information.", "At risk"),
            ]),
            (F3, [
                ("A3.1", "Adopt a revised Conflicts of Interest Policy designed by external advisers, with an annual "
                         "declaration by every trustee and senior manager.",
                 "Company Secretary", ["Company Secretary"], "31/03/2024", "2024-03", None,
                 "Policy adopted; 2024 declarations received from all trustees and the senior team.", "Complete"),
                ("A3.2", "Keep a register of interests and publish it on the charity’s website.",
                 "Company Secretary", ["Company Secretary"], "Annually, after each AGM", None,
                 "Annually, after each AGM",
                 "Register published October 2024.", "On track"),
            ]),
        ]),
        (PB, [
            (B1, [
                ("B1.1", "Review every live appeal page and script against the Code of Fundraising Practice, "
                         "withdrawing or correcting any that do not meet it.",
                 "Director of Fundraising", ["Director of Fundraising"], "September 2024", "2024-09", None,
                 "All 38 live appeals reviewed; 6 corrected and 2 withdrawn.", "Complete"),
                ("B1.2", "Introduce sign-off of every new appeal by the Head of Compliance before launch.",
                 "Head of Compliance", ["Head of Compliance"], "31/10/2024", "2024-10", None,
                 "Sign-off step built into the campaign approval form.", "Complete"),
            ]),
        ]),
        (PC, [
            (C1, [
                ("C1.1", "Suppress all mobile numbers without a valid consent record and rebuild SMS consent "
                         "capture with a full audit trail.",
                 "Data Protection Officer", ["Data Protection Officer"], "April 2024", "2024-04", None,
                 "Suppression completed 28 March 2024; new consent capture live from April 2024.", "Complete"),
                ("C1.2", "Train fundraising and supporter care staff on PECR consent and the new SMS process.",
                 "Data Protection Officer and Head of Supporter Care",
                 ["Data Protection Officer", "Head of Supporter Care"], "30/06/2025", "2025-06", None,
                 "E-learning module being written with the DPO.", "Not started"),
            ]),
        ]),
    ]
    smap = {"Complete": "blue", "On track": "green", "At risk": "amber", "Not started": "unrated"}
    scol = {"Complete": "9DC3E6", "On track": "A9D08E", "At risk": "FFD966", "Not started": None}

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    h = doc.add_heading(title, level=0)
    doc.add_paragraph("Response to the Charity Commission Official Warning (29 September 2023), the Fundraising "
                      "Regulator investigation report and the Information Commissioner’s Office Enforcement Notice")
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "3.2"), ("Approved by", "Board of Trustees, 24 October 2024"),
                                ("Position as at", "31 January 2025"), ("Document owner", "Company Secretary"),
                                ("Next review", "Audit, Finance and Risk Committee, March 2025")]):
        set_cell(t.rows[i].cells[0], k, bold=True)
        set_cell(t.rows[i].cells[1], v)
    doc.add_paragraph()
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph("The Charity Commission closed its regulatory compliance case in June 2024 and expects the "
                      "trustees to act on the findings and recommendations of all three regulators. This plan brings "
                      "the actions together in one place. Progress is reported to every meeting of the Audit, "
                      "Finance and Risk Committee and to the Board quarterly.")
    doc.add_paragraph("Status: Complete – action delivered and evidence held; On track – in progress and expected "
                      "by the target date; At risk (amber) – the target date may be missed; Not started.")
    heads = ["Ref", "Action", "Lead", "Target date", "Progress at 31 January 2025", "Status"]
    actions = []
    counts = []
    for part, groups in parts:
        doc.add_heading(part, level=1)
        nrows = 1 + sum(1 + len(a) for _, a in groups)
        tb = doc.add_table(rows=nrows, cols=len(heads))
        tb.style = "Table Grid"
        for i, hd in enumerate(heads):
            set_cell(tb.rows[0].cells[i], hd, bold=True, color="FFFFFF")
            shade(tb.rows[0].cells[i], "5B2C6F")
        r = 1
        c = {"Complete": 0, "On track": 0, "At risk": 0, "Not started": 0}
        for finding, acts in groups:
            row = tb.rows[r]
            merged = row.cells[0].merge(row.cells[-1])
            set_cell(merged, finding, bold=True)
            shade(merged, "EADCF0")
            r += 1
            for ref, text, leadcell, leads, target, end, end_text, prog, status in acts:
                cells = tb.rows[r].cells
                for i, v in enumerate([ref, text, leadcell, target, prog, status]):
                    set_cell(cells[i], v)
                if scol[status]:
                    shade(cells[5], scol[status])
                r += 1
                c[status] += 1
                actions.append(act(ref, [part, finding], text, leads, end, smap[status], end_text))
        counts.append((part.split(" – ")[0], c))
        doc.add_paragraph()
    doc.add_heading("Summary of progress", level=1)
    sm = doc.add_table(rows=1 + len(counts) + 1, cols=6)
    sm.style = "Table Grid"
    for i, hd in enumerate(["Part", "Actions", "Complete", "On track", "At risk", "Not started"]):
        set_cell(sm.rows[0].cells[i], hd, bold=True)
    tot = [0, 0, 0, 0, 0]
    for i, (p, c) in enumerate(counts, 1):
        vals = [sum(c.values()), c["Complete"], c["On track"], c["At risk"], c["Not started"]]
        set_cell(sm.rows[i].cells[0], p)
        for j, v in enumerate(vals):
            set_cell(sm.rows[i].cells[j + 1], str(v))
            tot[j] += v
    set_cell(sm.rows[-1].cells[0], "Total", bold=True)
    for j, v in enumerate(tot):
        set_cell(sm.rows[-1].cells[j + 1], str(v), bold=True)
    doc.add_paragraph()
    doc.add_paragraph("Signed on behalf of the Board of Trustees: ……………………………  Chair of Trustees")
    doc.save(out(name))

    exp = {
        "source": ("Imitates the internal regulatory action plan a charity's trustees keep after regulatory "
                   "engagement, here Penny Appeal (Charity Commission Official Warning of 29 September 2023 with "
                   "three findings on minutes, review of the major supplier contract and a perceived conflict of "
                   "interest; Fundraising Regulator investigation June 2024; ICO enforcement notice March 2024 on "
                   "unsolicited texts; case closed June 2024 – as reported by the Commission and the charity's own "
                   "response). Copied features: title and subtitle, document-control table, introduction and status "
                   "key paragraph, one Word table per regulator under a Part heading, merged shaded finding / "
                   "recommendation / requirement rows above their actions, job titles as leads (one containing "
                   "'and' inside a committee name, one pair with a slash, one pair joined by 'and'), target dates as "
                   "month, dd/mm/yyyy or words, shaded status cells, and a summary totals table and signature line."),
        "reads": ("A Word action plan in three parts, one per regulator; each table lists the regulator's findings "
                  "or requirements as full-width rows with the numbered actions beneath. Status words are read with "
                  "the document's own key (Complete, On track, At risk = amber, Not started); the summary table and "
                  "the document-control table are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 5. SCCRC Board action log (docx, one table per meeting)
# ---------------------------------------------------------------------------
def make_sccrc():
    name = "zej-scottish-criminal-cases-review-commission-board-action-log.docx"
    title = "Scottish Criminal Cases Review Commission – Board Action Log"
    meetings = [
        ("Meeting of 27 June 2025", [
            ("BA25/14", "1.6", "Provide the Board with the Commission’s response to the Public Audit Committee "
                               "report and a timetable for the recommendations it has accepted.",
             "Chief Executive", ["Chief Executive"], "29/08/2025", "26/09/2025", "2025-09",
             "Response sent 12 September; timetable presented at the September meeting.", "B"),
            ("BA25/15", "3.2", "Bring a paper on options for the long-term storage of, and access to, productions "
                               "held in the forensic archive, following discussion with COPFS and Police Scotland.",
             "Chief Executive", ["Chief Executive"], "31/10/2025", "30/01/2026", "2026-01",
             "Meeting with the Deputy Crown Agent rescheduled to December; paper now January.", "A"),
        ]),
        ("Meeting of 29 August 2025", [
            ("BA25/19", "1.6", "Circulate the signed 2024-25 Annual Report and Accounts to members once laid "
                               "before Parliament.",
             "Director of Corporate Services", ["Director of Corporate Services"], "30/09/2025", "", "2025-09",
             "Accounts laid 25 September and circulated the same day.", "B"),
            ("BA25/20", "2.3", "Review the Board self-assessment questionnaire ahead of the annual effectiveness "
                               "review.",
             "Chair / Director of Corporate Services", ["Chair", "Director of Corporate Services"], "31/10/2025", "",
             "2025-10", "Not yet done – to be taken at the December meeting.", "R"),
        ]),
        ("Meeting of 26 September 2025", [
            ("BA25/23", "1.7", "Present the results of the penetration test and the resulting IT security "
                               "remediation plan to the Audit Committee.",
             "Director of Corporate Services", ["Director of Corporate Services"], "30/11/2025", "", "2025-11",
             "Test completed October; report on the Audit Committee agenda for 26 November.", "G"),
            ("BA25/24", "4.1", "Update the Board on stage 1 review times against the 20-week target, broken down "
                               "by case type.",
             "Chief Executive", ["Chief Executive"], "28/11/2025", "", "2025-11",
             "On today’s agenda (item 4.2).", "G"),
        ]),
        ("Meeting of 31 October 2025", [
            ("BA25/27", "1.5", "Arrange a Board development session on the draft Corporate Plan 2026–29.",
             "Chair and Chief Executive", ["Chair", "Chief Executive"], "30/01/2026", "", "2026-01",
             "Provisional date 16 January 2026.", "G"),
            ("BA25/28", "3.1", "Refresh the corporate risk register to reflect the 2026-27 budget settlement and "
                               "bring it to the Audit Committee.",
             "Director of Corporate Services", ["Director of Corporate Services"], "27/02/2026", "", "2026-02",
             "", ""),
            ("BA25/29", "3.4", "Keep members informed of developments on the review of the Criminal Cases Review "
                               "Commission (England and Wales) and any implications for the Commission.",
             "Chief Executive", ["Chief Executive"], "Standing item", "", None,
             "Verbal update at each meeting.", "G"),
        ]),
    ]
    rag = {"G": ("green", "92D050"), "A": ("amber", "FFC000"), "R": ("red", "FF0000"),
           "B": ("blue", "5B9BD5"), "": ("unrated", None)}

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("SCOTTISH CRIMINAL CASES REVIEW COMMISSION")
    r.bold = True
    r.font.size = Pt(14)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading(title, level=1)
    doc.add_paragraph("Updated for the meeting of the Board on Friday 28 November 2025. Paper BD/2025/11/03.")
    doc.add_paragraph("FOR DISCLOSURE VIA THE PUBLICATION SCHEME – actions relating to specific cases or to "
                      "personnel matters have been removed.")
    kt = doc.add_table(rows=5, cols=2)
    kt.style = "Table Grid"
    set_cell(kt.rows[0].cells[0], "RAG", bold=True)
    set_cell(kt.rows[0].cells[1], "Meaning", bold=True)
    for i, (k, txt) in enumerate([("G", "On track"), ("A", "At risk, or due date revised"),
                                  ("R", "Overdue"),
                                  ("B", "Complete – to be removed from the log once noted by the Board")], 1):
        set_cell(kt.rows[i].cells[0], k, bold=True)
        shade(kt.rows[i].cells[0], rag[k][1])
        set_cell(kt.rows[i].cells[1], txt)
    doc.add_paragraph()
    heads = ["No.", "Minute", "Action", "Owner", "Due date", "Revised due date", "Update", "RAG"]
    actions = []
    for mtg, acts in meetings:
        doc.add_heading(mtg, level=2)
        tb = doc.add_table(rows=1 + len(acts), cols=len(heads))
        tb.style = "Table Grid"
        for i, hd in enumerate(heads):
            set_cell(tb.rows[0].cells[i], hd, bold=True)
            shade(tb.rows[0].cells[i], "D9E2F3")
        for j, (no, minute, text, owner, leads, due, rev, end, upd, rg) in enumerate(acts, 1):
            cells = tb.rows[j].cells
            for i, v in enumerate([no, minute, text, owner, due, rev, upd, rg]):
                set_cell(cells[i], v)
            if rag[rg][1]:
                shade(cells[7], rag[rg][1])
            actions.append(act(no, [mtg], text, leads, end, rag[rg][0],
                               "Standing item" if due == "Standing item" else None))
        doc.add_paragraph()
    doc.add_paragraph("Completed actions marked B will be removed once noted. Director of Corporate Services, "
                      "November 2025.")
    doc.save(out(name))

    exp = {
        "source": ("Imitates a Scottish public body's board action log published with its board papers under the "
                   "publication scheme (Scottish Criminal Cases Review Commission; its published board minutes of "
                   "2025 use 'Section 1: Governance Matters', numbered minute items, hybrid Friday meetings, the "
                   "Chief Executive and Director of Corporate Services). Copied features: body name line and title "
                   "heading, paper reference and disclosure note, a RAG key table, one Word table per meeting under "
                   "a 'Meeting of …' heading, action number and minute reference columns, due and revised due dates, "
                   "RAG letters with shaded cells (B = complete by the key, one blank = not yet rated), posts as "
                   "owners (two joined by a slash, two by 'and'), a 'Standing item' due date."),
        "reads": ("A board action log of nine actions grouped by the meeting that raised them, one table per "
                  "meeting after a RAG key. Each action has its log number (BA25/..), the minute it came from, the "
                  "owner post(s), a due date and sometimes a revised one, and a RAG letter that the key defines "
                  "(B = complete)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 6. Hailsham Town Council – Microsoft Planner export saved as CSV
# ---------------------------------------------------------------------------
def make_hailsham():
    import csv
    import io
    name = "zej-hailsham-town-council-governance-internal-audit-action-plan-planner-export.csv"
    plan = "HTC Governance & Internal Audit Action Plan 2025-26"
    heads = ["Task Name", "Bucket Name", "Progress", "Priority", "Assigned To", "Created Date", "Start Date",
             "Due Date", "Late", "Completed Date", "Labels", "Description"]
    B1 = "Internal audit 2024-25 recommendations"
    B2 = "AGAR & year end"
    B3 = "Policies & Standing Orders"
    B4 = "Assets, play areas & H&S"
    SP, ME, LH = "Sarah Pennington", "Mark Ellison", "Lisa Hartfield"
    # task, bucket, progress, priority, assigned, created, start, due, late, completed, labels, description, status
    tasks = [
        ("Re-adopt Financial Regulations based on the 2024 NALC model", B1, "Completed", "Important", [SP],
         "02/05/2025", "02/05/2025", "30/06/2025", "false", "18/06/2025", "Internal audit",
         "IA point 1. Adopted by Full Council 18/06/2025 (min 25/067).", "blue"),
        ("Reconcile the fixed asset register to the insurance schedule and remove disposed items", B1,
         "In progress", "Urgent", [ME, SP], "02/05/2025", "01/07/2025", "31/10/2025", "true", "",
         "Internal audit;Red",
         "IA point 2. Auditor found 14 items on the register not on the insurance schedule.\n"
         "Update 04/11/25: cemetery and pavilion items still to be checked on site.", "red"),
        ("Record councillor sign-off of each bank reconciliation at FBRS Committee", B1, "In progress", "Medium",
         [SP], "02/05/2025", "01/06/2025", "31/03/2026", "false", "", "Internal audit;Green",
         "IA point 3. Signed at July and October meetings.", "green"),
        ("Publish the 2024-25 internal audit report and the Council's response on the website", B1, "Completed",
         "Medium", [ME], "02/05/2025", "02/05/2025", "30/06/2025", "false", "27/06/2025", "Internal audit", "",
         "blue"),
        ("Introduce quarterly VAT reclaim checks with a second officer review", B1, "Not started", "Medium", [LH],
         "02/05/2025", "", "31/12/2025", "false", "", "Internal audit", "IA point 5.", "unrated"),
        ("Publish the notice of the period for the exercise of public rights", B2, "Completed", "Urgent", [SP],
         "02/05/2025", "02/06/2025", "13/06/2025", "false", "13/06/2025", "AGAR", "", "blue"),
        ("Agree the 2025-26 year-end timetable with the internal auditor", B2, "In progress", "Important", [SP],
         "10/09/2025", "10/09/2025", "31/01/2026", "false", "", "AGAR;Amber",
         "Auditor's availability for the interim visit not yet confirmed.", "amber"),
        ("Review Standing Orders against the NALC 2025 model and report to Full Council", B3, "In progress",
         "Important", [ME], "02/05/2025", "01/09/2025", "28/02/2026", "false", "", "Green",
         "Draft to FBRS Committee in January.", "green"),
        ("Adopt a data protection and information security policy, including councillors' use of council email",
         B3, "In progress", "Important", [ME, LH], "02/05/2025", "01/08/2025", "31/12/2025", "false", "",
         "Amber", "Waiting for NALC template; councillor email accounts set up for 15 of 18 members.", "amber"),
        ("Update the complaints procedure and publish it with the Council's contact details", B3, "Completed",
         "Low", [LH], "02/05/2025", "01/06/2025", "31/07/2025", "false", "22/07/2025", "", "", "blue"),
        ("Commission an independent annual inspection of all five play areas", B4, "In progress", "Urgent", [ME],
         "02/05/2025", "01/09/2025", "30/11/2025", "false", "", "H&S;Green",
         "Western Road, Battle Road, Stroma Gardens, Maurice Thornton Playing Field and Quinnell Drive. "
         "Inspector booked for 20/11.", "green"),
        ("Complete the cemetery memorial safety inspection and record the results", B4, "Not started",
         "Important", [LH, ME], "02/05/2025", "", "31/03/2026", "false", "", "H&S", "", "unrated"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Plan name", plan])
    w.writerow(["Date of export", "14/11/2025"])
    w.writerow([])
    w.writerow(heads)
    for t in tasks:
        w.writerow([t[0], t[1], t[2], t[3], ";".join(t[4]), t[5], t[6], t[7], t[8], t[9], t[10], t[11]])
    with open(out(name), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())

    actions = []
    for t in tasks:
        d, m, y = t[7].split("/")
        actions.append(act(None, [t[1]], t[0], t[4], f"{y}-{m}", t[12]))
    exp = {
        "source": ("Imitates a town council clerk's Microsoft Planner board for the governance and internal audit "
                   "action plan, exported to Excel and saved as CSV (UTF-8 with BOM) for the Finance, Budget, "
                   "Resources & Staffing Committee (Hailsham Town Council, East Sussex; play areas and committees as "
                   "named in its published 2023/24 committee structure). Copied features: the Planner export's "
                   "'Plan name' and 'Date of export' lines above the header, Planner's own column names (Task Name, "
                   "Bucket Name, Progress, Priority, Assigned To, dates, Late, Completed Date, Labels, Description) "
                   "with system columns such as Task ID removed, buckets as the plan's sections, several assignees "
                   "separated by semicolons, custom Red/Amber/Green labels mixed with topic labels, multi-line "
                   "quoted descriptions."),
        "reads": ("A flat task export: each row after the header is one task, grouped by its Planner bucket, with "
                  "no reference numbers. Status comes from the RAG label where one is set, Completed progress reads "
                  "as complete and Not started with no RAG label as unrated; the due month is the Due Date."),
        "outcome": "read",
        "accept_refusal": False,
        "title": plan,
        "actions": actions,
    }
    write_expected(name, exp)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 7. Mid Ulster District Council – HSENI improvement notices plan (plain text)
# ---------------------------------------------------------------------------
def make_midulster():
    name = "zej-mid-ulster-district-council-hseni-improvement-notices-action-plan.txt"
    title = "HSENI Improvement Notices – Corrective Action Plan"
    N1 = "Notice 1 (IN/25/0217): Workplace transport – Household Recycling Centres"
    N2 = "Notice 2 (IN/25/0218): Hand-arm vibration – Parks and grounds maintenance"
    N3 = "Notice 3 (IN/25/0231): Legionella control – Leisure centres"
    notices = [
        (N1, "Served: 3 September 2025 | Compliance date: 5 December 2025 | Regulation: MHSWR (NI) 2000, reg. 3", [
            ("1.1", "Carry out site-specific workplace transport risk assessments at all Household Recycling Centres.",
             "Head of Environmental Services", ["Head of Environmental Services"], "31/10/2025", "C",
             "Completed for all sites; copies sent to HSENI on 4 November 2025."),
            ("1.2", "Install pedestrian barriers and one-way vehicle signage at the Magherafelt and Cookstown centres.",
             "Head of Property Services", ["Head of Property Services"], "05/12/2025", "G",
             "Contractor on site from 24 November."),
            ("1.3", "Deliver banksman and site-marshal training to all recycling centre attendants.",
             "Head of Environmental Services / Corporate Health and Safety Manager",
             ["Head of Environmental Services", "Corporate Health and Safety Manager"], "30/11/2025", "A",
             "38 of 52 attendants trained; remaining sessions depend on cover for weekend staff."),
        ]),
        (N2, "Served: 3 September 2025 | Compliance date: 5 December 2025 | Regulation: Control of Vibration at "
             "Work Regulations (NI) 2005, reg. 6", [
            ("2.1", "Complete a HAV exposure assessment for all grounds maintenance tools using manufacturer and measured data.",
             "Parks Manager", ["Parks Manager"], "31/10/2025", "C", "Assessment issued 29 October 2025."),
            ("2.2", "Introduce trigger-time recording on the fleet tablets for all tools above 2.5 m/s².",
             "Parks Manager", ["Parks Manager"], "05/12/2025", "G", "Live at Dungannon depot; other depots from 1 December."),
            ("2.3", "Refer all exposed operatives to occupational health for tier 1 and tier 2 HAVS health surveillance.",
             "HR Manager (Occupational Health)", ["HR Manager (Occupational Health)"], "31/01/2026", "A",
             "HSENI has agreed an extension to 31 January 2026 for this item; 61 of 84 operatives screened."),
            ("2.4", "Replace high-vibration strimmers and hedge cutters with low-vibration battery models in the fleet programme.",
             "Parks Manager", ["Parks Manager"], "31/03/2026", "G", "Capital bid approved in the 2025/26 programme."),
        ]),
        (N3, "Served: 17 September 2025 | Compliance date: 31 October 2025 | Regulation: COSHH Regulations (NI) 2003, reg. 7", [
            ("3.1", "Appoint a competent Responsible Person for water hygiene at each leisure centre and record the appointment.",
             "Head of Leisure", ["Head of Leisure"], "30/09/2025", "C", "Appointments confirmed in writing."),
            ("3.2", "Complete the outstanding remedial works from the 2025 legionella risk assessment at Greenvale Leisure Centre.",
             "Head of Property Services", ["Head of Property Services"], "31/10/2025", "R",
             "Overdue – calorifier replacement delayed by parts supply; HSENI informed 30 October."),
        ]),
    ]
    smap = {"G": "green", "A": "amber", "R": "red", "C": "blue"}
    L = []
    L.append("Mid Ulster District Council")
    L.append("Policy and Resources Committee – 11 December 2025")
    L.append("Agenda item 9 – Appendix 2")
    L.append("")
    L.append(title)
    L.append("Position at 28 November 2025")
    L.append("")
    L.append("Status key: G = on track | A = at risk or extension sought | R = overdue | C = complete (evidence sent to HSENI)")
    L.append("")
    actions = []
    counts = {"C": 0, "G": 0, "A": 0, "R": 0}
    for heading, served, acts in notices:
        L.append("=" * 78)
        L.append(heading)
        L.append(served)
        L.append("-" * 78)
        for no, text, leadcell, leads, target, stc, upd in acts:
            L.append(f"{no}  {text}")
            L.append(f"     Lead: {leadcell} | Target: {target} | Status: {stc}")
            L.append(f"     Update: {upd}")
            L.append("")
            d, m, y = target.split("/")
            actions.append(act(no, [heading], text, leads, f"{y}-{m}", smap[stc]))
            counts[stc] += 1
    L.append("=" * 78)
    total = sum(counts.values())
    L.append(f"Summary: {total} actions – {counts['C']} complete, {counts['G']} on track, "
             f"{counts['A']} at risk, {counts['R']} overdue.")
    L.append("Report author: Corporate Health and Safety Manager")
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")

    exp = {
        "source": ("Imitates the appendix a Northern Ireland district council attaches to a committee report on "
                   "Health and Safety Executive for Northern Ireland improvement notices served on its own "
                   "operations (Mid Ulster District Council; recycling centres, parks and leisure centres at "
                   "Magherafelt, Cookstown and Dungannon), as a plain-text export of the appendix. Copied features: "
                   "committee / agenda-item lines, title and position date, status key line, one block per notice "
                   "with notice number, served and compliance dates and regulation, numbered actions each followed "
                   "by an indented Lead | Target | Status line and an Update line, posts as leads (two separated by "
                   "a slash, one with a bracketed qualifier), a summary count line and author line."),
        "reads": ("A plain-text corrective action plan for three HSENI improvement notices; under each notice "
                  "heading come its numbered actions, each with lead post(s), a dd/mm/yyyy target date and a status "
                  "letter read with the key (C = complete). The separator rules, notice detail lines, update lines "
                  "and summary are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)
    return name, len(actions)


if __name__ == "__main__":
    for fn in (make_zsl, make_aylsham, make_slh, make_penny, make_sccrc, make_hailsham, make_midulster):
        n, k = fn()
        print(f"{n}: {k} actions")
