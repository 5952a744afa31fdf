#!/usr/bin/env python3
"""Build the seven oy1- cases of set heldout445 (data files and their expected readings).

Run with /work/main/.venv/bin/python oy1_make.py (needs openpyxl, python-docx, pyyaml).
Only files starting with oy1- are written.
"""
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
FILL = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}


def out(name):
    assert name.startswith("oy1-")
    return os.path.join(HERE, name)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write_expected(name, source, reads, outcome, title, actions=None, refuse_at=None,
                   accept_refusal=False):
    d = {"source": source, "reads": reads, "outcome": outcome,
         "accept_refusal": accept_refusal}
    if refuse_at is not None:
        d["refuse_at"] = refuse_at
    if title is not None:
        d["title"] = title
    if outcome == "read":
        d["actions"] = actions
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(d, f, sort_keys=False, allow_unicode=True, width=4096,
                       default_flow_style=False)


thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def solid(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def style_row(ws, row, ncols, bold=False, fill=None):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP
        if bold:
            cell.font = Font(bold=True, color="FFFFFF" if fill in ("1F4E79", "003366", "4B2C5E") else None)
        if fill:
            cell.fill = solid(fill)


# ---------------------------------------------------------------------------
# 1. Hampshire County Council - internal audit management actions tracker (xlsx)
# ---------------------------------------------------------------------------
def hampshire():
    name = "oy1-hampshire-county-council-internal-audit-recommendations-tracker.xlsx"
    title = "Hampshire County Council – Internal Audit Management Actions Tracker"
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 30 June 2025 – reported to Audit Committee, 24 July 2025"
    ws["A3"] = "Prepared by the Southern Internal Audit Partnership (SIAP)"
    hdr = ["Department", "High", "Medium", "Low", "Total live actions", "Overdue"]
    for i, h in enumerate(hdr, 1):
        ws.cell(row=5, column=i, value=h)
    style_row(ws, 5, 6, bold=True, fill="1F4E79")
    rows = [("Children's Services", 1, 1, 3, 5, 1),
            ("Adults' Health and Care", 1, 1, 2, 4, 1),
            ("Universal Services", 0, 2, 4, 6, 0),
            ("Corporate Operations", 1, 1, 1, 3, 0),
            ("Total", 3, 5, 10, 18, 2)]
    for r, vals in enumerate(rows, 6):
        for c, v in enumerate(vals, 1):
            ws.cell(row=r, column=c, value=v)
        style_row(ws, r, 6, bold=(vals[0] == "Total"))
    ws["A13"] = "RAG key"
    ws["A13"].font = Font(bold=True)
    key = [("Red", "Overdue – target date passed and not implemented", RED),
           ("Amber", "Revised target date agreed, or progress at risk", AMBER),
           ("Green", "Not yet due – on track", GREEN),
           ("Blue", "Implemented – awaiting verification by SIAP", BLUE)]
    for r, (k, txt, col) in enumerate(key, 14):
        ws.cell(row=r, column=1, value=k).fill = solid(col)
        ws.cell(row=r, column=2, value=txt)
    ws["A19"] = "Low priority actions are monitored by directorates and are not listed in this report."
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 55

    ws = wb.create_sheet("Live actions")
    ws["A1"] = "Internal Audit – Live Management Actions (High and Medium priority)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Source: SIAP audit management system, extract 30/06/2025"
    hdr = ["Action ref", "Priority", "Agreed management action", "Responsible officer",
           "Original target date", "Revised target date", "RAG", "Management update"]
    for i, h in enumerate(hdr, 1):
        ws.cell(row=4, column=i, value=h)
    style_row(ws, 4, 8, bold=True, fill="1F4E79")
    D = dt.datetime
    sec1 = "Children's Services – Direct Payments (2024-25) – Limited assurance"
    sec2 = "Adults' Health and Care – Deprivation of Liberty Safeguards (2024-25) – Limited assurance"
    sec3 = "Universal Services – Fleet Management (2024-25) – Reasonable assurance"
    sec4 = "Corporate Operations – IT Asset Management (2024-25) – Limited assurance"
    rows = [
        ("sec", sec1),
        ("CS/2425/07-01", "High",
         "Introduce a quarterly reconciliation of direct payment account balances, with surplus "
         "funds over eight weeks' value recovered and the recovery recorded on Mosaic.",
         "Head of Finance – Children's Services", D(2024, 12, 31), D(2025, 9, 30), "Amber",
         "Reconciliation process designed; first quarterly run completed May 2025. Recovery "
         "workflow in Mosaic awaiting IT change request CR-1187."),
        ("CS/2425/07-02", "Medium",
         "Refresh the direct payments agreement so that it sets out the council's audit rights "
         "and the requirement to keep receipts for six years.",
         "Service Manager – Disabled Children's Service", D(2025, 3, 31), None, "Blue",
         "New agreement issued to all recipients 12 March 2025. Evidence provided to SIAP."),
        ("sec", sec2),
        ("AHC/2425/03-01", "High",
         "Agree a risk-based prioritisation tool for DoLS applications awaiting assessment, "
         "consistent with the ADASS screening tool.",
         "Principal Social Worker / DoLS Team Manager", D(2025, 1, 31), D(2025, 6, 30), "Red",
         "Tool drafted but not yet signed off by DMT; revised date missed. Verbal update to be "
         "given to the September Committee."),
        ("AHC/2425/03-02", "Medium",
         "Produce a monthly performance report for DMT on DoLS applications received, completed "
         "and awaiting allocation.",
         "Assistant Director – Quality and Safeguarding", D(2025, 9, 30), None, "Green",
         "Report specification agreed with the performance team; first report due August 2025."),
        ("sec", sec3),
        ("US/2425/11-01", "Medium",
         "Check the driving licence of every pool vehicle driver through the DVLA portal before "
         "first use and every six months after.",
         "Fleet Manager", D(2025, 5, 31), D(2025, 10, 31), "Amber",
         "Checks complete for 86% of drivers; remaining drivers in the Countryside Service are "
         "being chased."),
        ("US/2425/11-02", "Medium",
         "Reconcile fuel card transactions to vehicle mileage each month, with exceptions "
         "reported to the Head of Fleet and Transport.",
         "Fleet Manager; Transport Finance Business Partner", D(2025, 4, 30), None, "Blue",
         "Monthly reconciliation in place since April 2025."),
        ("sec", sec4),
        ("CO/2425/05-01", "High",
         "Reconcile laptops and mobile devices held against the IT asset register, and recover "
         "or write off any device that cannot be located.",
         "Head of IT Operations", D(2025, 3, 31), D(2025, 12, 31), "Amber",
         "Reconciliation 70% complete. 212 devices unaccounted for; recovery letters issued."),
        ("CO/2425/05-02", "Medium",
         "Add a step to the leavers' process so that IT equipment is returned and logged before "
         "the final salary payment is released.",
         "Head of HR Operations / Head of IT Operations", D(2025, 6, 30), None, "Green",
         "Change to the leavers' form tested; go-live 1 July 2025."),
    ]
    r = 5
    for row in rows:
        if row[0] == "sec":
            ws.cell(row=r, column=1, value=row[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = solid("D9E1F2")
        else:
            for c, v in enumerate(row, 1):
                cell = ws.cell(row=r, column=c, value=v)
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            style_row(ws, r, 8)
            ws.cell(row=r, column=7).fill = solid(FILL[row[6].lower()])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: the revised target date, where shown, has been agreed "
            "with the Chief Internal Auditor.")
    for col, w in zip("ABCDEFGH", [16, 10, 60, 32, 14, 14, 9, 50]):
        ws.column_dimensions[col].width = w
    wb.save(out(name))

    S = lambda sec: [sec]
    actions = [
        act("CS/2425/07-01", S(sec1), rows[1][2], ["Head of Finance – Children's Services"], "2025-09", "amber"),
        act("CS/2425/07-02", S(sec1), rows[2][2], ["Service Manager – Disabled Children's Service"], "2025-03", "blue"),
        act("AHC/2425/03-01", S(sec2), rows[4][2], ["Principal Social Worker", "DoLS Team Manager"], "2025-06", "red"),
        act("AHC/2425/03-02", S(sec2), rows[5][2], ["Assistant Director – Quality and Safeguarding"], "2025-09", "green"),
        act("US/2425/11-01", S(sec3), rows[7][2], ["Fleet Manager"], "2025-10", "amber"),
        act("US/2425/11-02", S(sec3), rows[8][2], ["Fleet Manager", "Transport Finance Business Partner"], "2025-04", "blue"),
        act("CO/2425/05-01", S(sec4), rows[10][2], ["Head of IT Operations"], "2025-12", "amber"),
        act("CO/2425/05-02", S(sec4), rows[11][2], ["Head of HR Operations", "Head of IT Operations"], "2025-06", "green"),
    ]
    write_expected(
        name,
        "Imitates the internal audit 'live management actions' appendix that Hampshire County "
        "Council's Audit Committee receives from the Southern Internal Audit Partnership (e.g. "
        "Audit Committee agenda, democracy.hants.gov.uk, CId=182). Copied: a Summary sheet with "
        "counts by department and priority and a RAG key; a second sheet listing High/Medium "
        "actions grouped under merged audit-review rows that carry the assurance opinion; "
        "original and revised target dates as real Excel dates; a RAG column with word and fill; "
        "management update column; a note line below the table.",
        "Two sheets: a summary of counts plus a RAG key (no actions), and 'Live actions' with "
        "eight agreed management actions under four audit reviews. Each action has its SIAP "
        "reference, priority, responsible officer(s), original and sometimes revised target date "
        "(the revised one is the due month) and a RAG word; Blue means implemented.",
        "read", title, actions)


# ---------------------------------------------------------------------------
# 2. Lancashire County Council - corporate risk register (xlsx)
# ---------------------------------------------------------------------------
def lancashire():
    name = "oy1-lancashire-county-council-corporate-risk-register-q2-2025-26.xlsx"
    title = "Lancashire County Council – Corporate Risk and Opportunity Register"
    wb = Workbook()
    ws = wb.active
    ws.title = "Scoring and key"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 2025/26 – Audit, Risk and Governance Committee, 17 November 2025"
    ws["A4"] = "Risk score = Likelihood (1–5) x Impact (1–5)"
    ws["A5"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        ws.cell(row=5, column=1 + i, value=i)
        ws.cell(row=5 + i, column=1, value=6 - i)
        for j in range(1, 6):
            s = (6 - i) * j
            c = ws.cell(row=5 + i, column=1 + j, value=s)
            c.fill = solid("FF7C80" if s >= 15 else ("FFE699" if s >= 8 else "C6EFCE"))
            c.border = BOX
    ws["A13"] = "Action status key (colour of the Status cell)"
    ws["A13"].font = Font(bold=True)
    key = [(BLUE, "Action complete"), (GREEN, "On track"),
           (AMBER, "Some slippage – expected to complete within the quarter"),
           (RED, "Significantly off track"), (None, "No colour – not yet started")]
    for r, (col, txt) in enumerate(key, 14):
        c = ws.cell(row=r, column=1)
        c.border = BOX
        if col:
            c.fill = solid(col)
        ws.cell(row=r, column=2, value=txt)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 12

    ws = wb.create_sheet("Register")
    ws["A1"] = "Corporate Risk Register – Q2 2025/26"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Risks with a current score of 12 or above. Direction of travel compared with Q1."
    hdr = ["Risk", "Description (cause / event / effect)", "Risk owner", "Current score",
           "Target score", "Direction of travel", "Action ref", "Further action required",
           "Action owner", "Target date", "Status"]
    for i, h in enumerate(hdr, 1):
        ws.cell(row=4, column=i, value=h)
    style_row(ws, 4, 11, bold=True, fill="003366")

    risk1 = "CR01 – Medium term financial strategy"
    risk2 = "CR04 – Sufficiency of placements for children in our care"
    risk3 = "CR09 – Cyber security"
    risks = [
        (risk1,
         "Cause: rising demand in adult social care, children's placements and SEND home to "
         "school transport.\nEvent: the council cannot set a balanced budget over the MTFS period.\n"
         "Effect: use of reserves, unplanned service reductions, s114 risk.",
         "Director of Finance", 20, 12, "↔",
         [("CR01.1", "Deliver the 2025/26 savings programme of £64.5m, with monthly tracking at "
                     "Executive Management Team.", "Director of Finance", "31/03/2026", "green"),
          ("CR01.2", "Complete the review of earmarked reserves and report the outcome to Cabinet "
                     "alongside the 2026/27 budget.", "Head of Corporate Finance", "Feb-26",
           "amber")]),
        (risk2,
         "Cause: shortage of local foster carers and residential provision.\nEvent: children "
         "placed at a distance or in unregistered settings.\nEffect: poorer outcomes, high unit "
         "costs, regulatory criticism.",
         "Executive Director of Education and Children's Services", 16, 9, "↑",
         [("CR04.1", "Open the two new council-run children's homes in Burnley and Chorley, "
                     "registered with Ofsted.", "Head of Service – Residential and Fostering",
           "Q3 2025/26", "red"),
          ("CR04.2", "Run the foster carer recruitment campaign with the North West Fostering Hub "
                     "and report enquiries and approvals monthly.",
           "Head of Service – Residential and Fostering", "Ongoing", "green")]),
        (risk3,
         "Cause: increasing volume and sophistication of attacks on local government.\nEvent: "
         "ransomware or data breach affecting core systems.\nEffect: loss of services, ICO "
         "enforcement, recovery costs.",
         "Chief Digital Officer", 15, 10, "↓",
         [("CR09.1", "Achieve Cyber Essentials Plus accreditation for the corporate network.",
           "Head of Digital Security", "30/09/2025", "blue"),
          ("CR09.2", "Run a council-wide phishing simulation and mandatory training refresh, with "
                     "completion reported by directorate.", "Head of Digital Security / Head of HR",
           "Dec-25", None),
          ("CR09.3", "Test the ICT disaster recovery plan for the 20 most critical systems and "
                     "report the lessons learned.", "Chief Digital Officer", "March 2026",
           "amber")]),
    ]
    r = 5
    for rt, desc, owner, cur, tgt, dot, acts in risks:
        start = r
        for ref, text, aown, date, st in acts:
            for c, v in zip(range(7, 11), (ref, text, aown, date)):
                ws.cell(row=r, column=c, value=v)
            style_row(ws, r, 11)
            if st:
                ws.cell(row=r, column=11).fill = solid(FILL[st])
            r += 1
        for c, v in zip(range(1, 7), (rt, desc, owner, cur, tgt, dot)):
            ws.cell(row=start, column=c, value=v)
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=c, end_row=r - 1, end_column=c)
        ws.cell(row=start, column=1).font = Font(bold=True)
        sc = ws.cell(row=start, column=5 - 1)
        sc.fill = solid("FF7C80" if cur >= 15 else "FFE699")
    r += 1
    ws.cell(row=r, column=1, value="Risks removed this quarter: none. New risks this quarter: none.")
    for col, w in zip("ABCDEFGHIJK", [26, 45, 26, 9, 9, 10, 9, 50, 30, 12, 9]):
        ws.column_dimensions[col].width = w
    wb.save(out(name))

    a = []
    for rt, _d, _o, _c, _t, _dot, acts in risks:
        for ref, text, aown, date, st in acts:
            a.append((rt, ref, text, aown, date, st))
    ends = {"CR01.1": ("2026-03", None), "CR01.2": ("2026-02", None),
            "CR04.1": ("2025-12", None), "CR04.2": (None, "Ongoing"),
            "CR09.1": ("2025-09", None), "CR09.2": ("2025-12", None),
            "CR09.3": ("2026-03", None)}
    leads = {"Head of Digital Security / Head of HR": ["Head of Digital Security", "Head of HR"]}
    actions = []
    for rt, ref, text, aown, date, st in a:
        e, et = ends[ref]
        actions.append(act(ref, [rt], text, leads.get(aown, [aown]), e, st or "unrated", et))
    write_expected(
        name,
        "Imitates the Corporate Risk and Opportunity Register appendix reported quarterly to "
        "Lancashire County Council's Audit, Risk and Governance Committee "
        "(council.lancashire.gov.uk, CId=728). Copied: a scoring/key sheet with the 5x5 matrix "
        "and a status colour key (blue = complete, no colour = not started); a register sheet "
        "where each risk's ref/title, cause-event-effect description, owner and scores are merged "
        "down over its further actions; action refs, action owners (job titles), mixed target "
        "date styles (dd/mm/yyyy text, Mon-yy, quarter, Ongoing) and a status shown only by fill.",
        "A two-sheet risk register: the first sheet is only a scoring matrix and key; the second "
        "lists three corporate risks, each with its further actions (seven in all) underneath. "
        "Each action is read under its risk, with its own action owner, target date and a "
        "colour-only status read through the key.",
        "read", title, actions)


# ---------------------------------------------------------------------------
# 3. Trafford Council - Ofsted focused visit action plan (xlsx, refuse)
# ---------------------------------------------------------------------------
def trafford():
    name = "oy1-trafford-council-ofsted-focused-visit-action-plan-typo-month-refuse.xlsx"
    title = "Trafford Council – Ofsted Focused Visit (11–12 June 2024): Action Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Document control"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Document control"
    hdr = ["Version", "Date", "Author", "Changes"]
    for i, h in enumerate(hdr, 1):
        ws.cell(row=4, column=i, value=h)
    style_row(ws, 4, 4, bold=True, fill="4B2C5E")
    for r, vals in enumerate([
            ("0.1", "26/07/2024", "Head of Quality Assurance", "First draft for DMT"),
            ("1.0", "14/08/2024", "Head of Quality Assurance", "Agreed by Improvement Board"),
            ("1.1", "30/09/2024", "Performance and Improvement Officer",
             "September progress updates and RAG")], 5):
        for c, v in enumerate(vals, 1):
            ws.cell(row=r, column=c, value=v)
        style_row(ws, r, 4)
    ws["A9"] = "Owner: Director of Children's Services. Monitored by the Children's Improvement Board."
    for col, w in zip("ABCD", [10, 12, 34, 40]):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Action plan")
    ws["A1"] = title
    ws["A2"] = "Children's Services – action plan owner: Director of Children's Services"
    ws["A3"] = ("Focus of the visit: arrangements for children in need and children subject to a "
                "child protection plan")
    ws["A1"].font = Font(bold=True, size=14)
    hdr = ["Ref", "Action", "Lead", "Timescale", "Progress update (September 2024)",
           "Previous RAG", "Current RAG"]
    for i, h in enumerate(hdr, 1):
        ws.cell(row=5, column=i, value=h)
    style_row(ws, 5, 7, bold=True, fill="4B2C5E")
    rows = [
        ("afi", "Area for improvement 1: The quality of child in need plans, so that they are "
                "specific, measurable and reviewed with families."),
        ("1.1", "Relaunch the child in need plan template in Liquidlogic with SMART outcome "
                "prompts and practice guidance.", "Head of Service – Children in Need",
         "September 2024", "Template live from 2 September 2024.", "A", "B"),
        ("1.2", "Team managers to review every child in need plan at the 12-week point and record "
                "the review as a case note.", "Team Managers, Locality Teams", "October 2024",
         "Compliance 64% in September; weekly reports to team managers.", "G", "A"),
        ("1.3", "Include child in need plans as the focus theme of the November practice audit.",
         "Principal Social Worker", "Nov-24", "Audit tool agreed.", "G", "G"),
        ("afi", "Area for improvement 2: Management oversight and supervision that drives "
                "progress for children subject to child protection plans."),
        ("2.1", "Introduce a revised supervision template that records the child's plan, "
                "progress and the manager's direction.", "Head of Service – Safeguarding",
         "Dec-24", "Template drafted with practitioners; consultation closes October.", "G", "G"),
        ("2.2", "Deliver management oversight training to all team managers and advanced "
                "practitioners.", "Workforce Development Manager", "Janaury 2025",
         "Two cohorts booked with the Research in Practice associate.", "G", "G"),
        ("afi", "Area for improvement 3: The timeliness of initial child protection conferences."),
        ("3.1", "Track strategy discussion to ICPC timescales daily in the performance dashboard, "
                "with escalation after 10 working days.", "Head of Safeguarding and Quality "
                "Assurance", "October 2024", "Dashboard live; timeliness 78% in September.",
         "A", "A"),
        ("3.2", "Recruit two additional child protection chairs on fixed-term contracts.",
         "Head of Safeguarding and Quality Assurance", "December 2024",
         "One appointed; second post re-advertised.", "A", "A"),
    ]
    r = 6
    refuse_row = None
    for row in rows:
        if row[0] == "afi":
            ws.cell(row=r, column=1, value=row[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(row=r, column=1).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = solid("E4DFEC")
        else:
            for c, v in enumerate(row, 1):
                ws.cell(row=r, column=c, value=v)
            style_row(ws, r, 7)
            for c in (6, 7):
                ws.cell(row=r, column=c).fill = solid(
                    {"A": AMBER, "G": GREEN, "R": RED, "B": BLUE}[ws.cell(row=r, column=c).value])
            if row[3] == "Janaury 2025":
                refuse_row = r
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: R = off track; A = some slippage; G = on track; "
                                   "B = complete and evidenced.")
    for col, w in zip("ABCDEFG", [8, 60, 34, 15, 45, 10, 10]):
        ws.column_dimensions[col].width = w
    wb.save(out(name))
    assert refuse_row == 12, refuse_row

    write_expected(
        name,
        "Imitates a local authority action plan written after an Ofsted focused visit (ILACS "
        "framework) to Trafford Council's children's services, as taken to a children's "
        "improvement board. Copied: a document-control sheet (version history, owner); a title "
        "block naming the visit dates and focus; areas for improvement as merged heading rows "
        "with numbered actions beneath; timescales as month text; a September progress column; "
        "Previous RAG and Current RAG letter columns with fills; a RAG key line under the table.",
        "An action plan of seven actions under three areas for improvement. The timescale of "
        "action 2.2 on sheet row 12 reads 'Janaury 2025', a mistyped month; a careful reader would "
        "stop and ask what the due date is rather than guess.",
        "refuse", title, refuse_at=12)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Put text in a cell; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)
    if bold:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True


# ---------------------------------------------------------------------------
# 4. Tower Hamlets Safeguarding Children Partnership - LCSPR Child H action plan (docx)
# ---------------------------------------------------------------------------
def tower_hamlets():
    name = "oy1-tower-hamlets-safeguarding-children-partnership-lcspr-child-h-action-plan.docx"
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    title = "Local Child Safeguarding Practice Review: Child H – Multi-agency Action Plan"
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Tower Hamlets Safeguarding Children Partnership (THSCP)").runs[0].bold = True
    doc.add_paragraph("Progress update for the THSCP Executive, October 2025")

    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Owner", "Status"]):
        set_cell(c, h, bold=True)
    for vals in [("1.0", "12/12/2024", "THSCP Business Manager", "Agreed by Executive"),
                 ("1.3", "20/10/2025", "THSCP Business Manager", "October progress update")]:
        cells = t.add_row().cells
        for c, v in zip(cells, vals):
            set_cell(c, v)
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Complete – action completed and evidenced; Green – on track; "
                      "Amber – some delay, within tolerance; Red – off track, escalated to the "
                      "Partnership Executive.")

    th1 = ("Learning theme 1: Seeing the baby – infants in households affected by parental "
           "mental ill-health")
    rec1 = ("Recommendation 1: THSCP partners should assure themselves that pre-birth "
            "assessments consider the mental health history of both parents, including fathers "
            "and partners who do not live in the home.")
    th2 = "Learning theme 2: Information sharing between adult and children's services"
    rec2 = ("Recommendation 2: East London NHS Foundation Trust should ensure that adult mental "
            "health triage identifies whether a patient lives with, or cares for, a child under "
            "five.")
    rec3 = ("Recommendation 3: The Partnership should review how well its escalation policy is "
            "understood and used by practitioners in adult services.")
    plan = [
        (th1, [(rec1, [
            ("1.1", "Revise the pre-birth assessment pathway and practice guidance to include a "
                    "required section on fathers' and partners' mental health history.",
             "Head of Service, MASH and Assessment", "31 January 2025",
             "Revised pathway published on the THSCP website, February 2025.", "Complete"),
            ("1.2", "Deliver a multi-agency ‘Think Family’ briefing for midwifery, health visiting "
                    "and adult mental health practitioners.\nRecord attendance by agency and "
                    "report it to the Learning and Development Sub-group.",
             "Designated Nurse for Safeguarding Children; THSCP Learning and Development Lead",
             "March 2025", "Four sessions delivered; 186 practitioners attended.", "Complete"),
            ("1.3", "Audit 20 pre-birth assessments through the multi-agency audit programme to "
                    "test whether the changes are embedded.",
             "Chair, Quality Assurance Sub-group", "November 2025",
             "Audit fieldwork under way; report due to the November QA Sub-group.", "Green"),
        ])]),
        (th2, [(rec2, [
            ("2.1", "Add a prompt to the adult mental health triage record asking whether the "
                    "patient lives with, or cares for, a child under five.",
             "Named Nurse Safeguarding Children, ELFT", "Q4 2024/25",
             "Prompt live on RiO since 3 March 2025.", "Complete"),
            ("2.2", "Dip sample 30 triage records each quarter to check that the prompt is "
                    "completed and acted on.",
             "Named Nurse Safeguarding Children, ELFT", "June 2025 (revised: December 2025)",
             "First dip sample showed 61% completion; re-audit planned.", "Amber"),
        ]), (rec3, [
            ("3.1", "Refresh the THSCP Resolving Professional Differences (Escalation) Policy and "
                    "relaunch it at the practitioner forum.",
             "THSCP Business Manager", "By 31 July 2025",
             "Delayed by the London Safeguarding Children Procedures update; draft to the "
             "Executive in November.", "Red"),
            ("3.2", "Include use of escalation in the annual section 11 audit and report the "
                    "findings to the Partnership Executive.",
             "THSCP Business Manager", "Ongoing",
             "Question added to the 2025 section 11 tool.", "Green"),
        ])]),
    ]
    ragfill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    for theme, recs in plan:
        doc.add_heading(theme, level=2)
        for rec, acts in recs:
            t = doc.add_table(rows=2, cols=6)
            t.style = "Table Grid"
            top = t.rows[0].cells
            m = top[0].merge(top[5])
            set_cell(m, rec, bold=True)
            shade(m, "DEEAF6")
            for c, h in zip(t.rows[1].cells, ["Ref", "Action", "Lead", "By when",
                                              "Progress / evidence", "RAG"]):
                set_cell(c, h, bold=True)
            for a in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, a):
                    set_cell(c, v)
                shade(cells[5], ragfill[a[5]])
            doc.add_paragraph("")
    doc.add_paragraph("Signed off on behalf of the safeguarding partners: Local Authority, "
                      "Metropolitan Police (Central East BCU) and NHS North East London ICB.")
    doc.save(out(name))

    leads = {"Designated Nurse for Safeguarding Children; THSCP Learning and Development Lead":
             ["Designated Nurse for Safeguarding Children", "THSCP Learning and Development Lead"]}
    ends = {"1.1": ("2025-01", None), "1.2": ("2025-03", None), "1.3": ("2025-11", None),
            "2.1": ("2025-03", None), "2.2": ("2025-12", None), "3.1": ("2025-07", None),
            "3.2": (None, "Ongoing")}
    st = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    actions = []
    for theme, recs in plan:
        for rec, acts in recs:
            for ref, text, lead, _w, _p, rag in acts:
                e, et = ends[ref]
                actions.append(act(ref, [theme, rec], text, leads.get(lead, [lead]), e, st[rag], et))
    write_expected(
        name,
        "Imitates a multi-agency action plan published by a safeguarding children partnership "
        "after a local child safeguarding practice review (Tower Hamlets Safeguarding Children "
        "Partnership, THSCP, 2024-25 style). Copied: review name as title with the partnership "
        "name under it, a version/document-control table, a RAG key paragraph, learning themes as "
        "Word headings, one table per recommendation with the recommendation in a merged shaded "
        "top row, numbered actions, a cell with two paragraphs, an original-and-revised date in "
        "one cell, RAG words with cell shading, and a sign-off line.",
        "A review action plan of seven actions answering three recommendations under two learning "
        "themes. Each action sits in its recommendation's table with a lead, a 'by when' date and "
        "a RAG word, where Complete means done.",
        "read", title, actions)


# ---------------------------------------------------------------------------
# 5. Safer Walsall Partnership - DHR 'Amira' action plan (docx, Home Office template)
# ---------------------------------------------------------------------------
def walsall():
    name = "oy1-safer-walsall-partnership-dhr-amira-action-plan.docx"
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(9)
    title = "Safer Walsall Partnership – Domestic Homicide Review ‘Amira’: Action Plan"
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Overview report recommendations – position at 30 September 2025. "
                      "Monitored by the Safer Walsall Partnership DHR Oversight Group.")
    hdr = ["No.", "Recommendation", "Scope of recommendation (local / regional / national)",
           "Action to take", "Lead agency", "Key milestones achieved in enacting recommendation",
           "Target date", "Date of completion and outcome", "Status"]
    rec1 = ("Safer Walsall Partnership to seek assurance that agencies' domestic abuse policies "
            "address abuse by adult family members, including where the victim is an older "
            "parent.")
    rec2 = ("Walsall Healthcare NHS Trust and GP practices should ensure that routine enquiry "
            "about domestic abuse is made when an older patient attends with unexplained "
            "injuries.")
    rec3 = ("West Midlands Police and Walsall Council should ensure that a DASH risk assessment "
            "completed by police is shared with adult social care when the victim has care and "
            "support needs.")
    recs = [
        (rec1, "Local", [
            ("1.1", "Each agency to review its domestic abuse policy against the recommendation "
                    "and confirm the outcome in writing to the DHR Oversight Group.",
             "All panel agencies", "Confirmation template circulated May 2025",
             "31/05/2025", "Completed 12/06/2025 – 9 of 9 agencies confirmed.", "Complete"),
            ("1.2", "Deliver a briefing on adult family violence and child-to-parent abuse for "
                    "frontline staff in adult social care, housing and primary care.",
             "Walsall Council Community Safety Team", "Two sessions booked",
             "July 2025", "Completed 17/07/2025 – 112 attendees.", "Complete"),
        ]),
        (rec2, "Local", [
            ("2.1", "Add a domestic abuse routine enquiry prompt to the Emergency Department "
                    "frailty assessment.", "Walsall Healthcare NHS Trust",
             "Prompt designed with the ED safeguarding team", "Dec-25", "", "On track"),
            ("2.2", "Deliver IRIS domestic abuse training to the remaining 14 GP practices in "
                    "Walsall.", "NHS Black Country ICB / IRIS Advocate Educator",
             "6 of 14 practices trained", "31/03/2026", "", "On track"),
        ]),
        (rec3, "Regional", [
            ("3.1", "Review the information-sharing agreement between West Midlands Police and "
                    "Walsall Adult Social Care for domestic abuse referrals.",
             "West Midlands Police – Public Protection Unit", "Draft agreement with legal teams",
             "Sept 2025 (revised Jan 2026)", "", "Amber"),
            ("3.2", "Audit 20 high-risk MARAC cases with adult social care involvement to test "
                    "that the DASH was shared.", "Walsall Safeguarding Adults Board",
             "", "Q4 2025/26", "", "Not started"),
        ]),
    ]
    t = doc.add_table(rows=1, cols=9)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr):
        set_cell(c, h, bold=True)
        shade(c, "D9D9D9")
    fills = {"Complete": BLUE, "On track": GREEN, "Amber": AMBER}
    for rec, scope, acts in recs:
        first = None
        for i, (no, action, lead, miles, target, done, status) in enumerate(acts):
            row = t.add_row()
            cells = row.cells
            set_cell(cells[0], no)
            set_cell(cells[3], action)
            set_cell(cells[4], lead)
            set_cell(cells[5], miles)
            set_cell(cells[6], target)
            set_cell(cells[7], done)
            set_cell(cells[8], status)
            if status in fills:
                shade(cells[8], fills[status])
            if first is None:
                first = row
                set_cell(cells[1], rec)
                set_cell(cells[2], scope)
        last = t.rows[-1]
        if last is not first:
            first.cells[1].merge(last.cells[1])
            first.cells[2].merge(last.cells[2])
    doc.add_paragraph("")
    doc.add_paragraph("Single agency recommendations are monitored through each agency's own "
                      "governance and are reported to the Oversight Group by exception.")
    doc.save(out(name))

    leads = {"NHS Black Country ICB / IRIS Advocate Educator":
             ["NHS Black Country ICB", "IRIS Advocate Educator"]}
    ends = {"1.1": "2025-05", "1.2": "2025-07", "2.1": "2025-12", "2.2": "2026-03",
            "3.1": "2026-01", "3.2": "2026-03"}
    st = {"Complete": "blue", "On track": "green", "Amber": "amber", "Not started": "unrated"}
    actions = []
    for rec, _s, acts in recs:
        for no, action, lead, _m, _t, _d, status in acts:
            actions.append(act(no, [rec], action, leads.get(lead, [lead]), ends[no], st[status]))
    write_expected(
        name,
        "Imitates the Home Office DHR action plan template as used by community safety "
        "partnerships (columns: recommendation, scope local/regional/national, action to take, "
        "lead agency, key milestones, target date, date of completion and outcome), here for the "
        "Safer Walsall Partnership, with a Status column added as many CSPs do. Copied: a single "
        "landscape table, recommendation and scope cells merged vertically over the actions that "
        "answer them, numbered actions 1.1/1.2, lead agencies rather than people, an original "
        "and revised target in one cell, and a closing note paragraph.",
        "One table of six actions answering three overview-report recommendations. Each action "
        "is read under its recommendation, with its lead agency, target date (the revised one "
        "where given) and the Status column.",
        "read", title, actions)


# ---------------------------------------------------------------------------
# 6. Wirral Health and Wellbeing Board - action log (csv)
# ---------------------------------------------------------------------------
def csv_field(v):
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def wirral():
    name = "oy1-wirral-health-and-wellbeing-board-action-log.csv"
    title = "Wirral Health and Wellbeing Board – Action Log"
    m1, m2, m3 = ("Meeting: 19 March 2025", "Meeting: 18 June 2025", "Meeting: 17 September 2025")
    rows = [
        [title, "", "", "", "", ""],
        ["Updated following the Board meeting on 17 September 2025. Completed actions are "
         "removed after they have been reported once.", "", "", "", "", ""],
        ["", "", "", "", "", ""],
        ["No.", "Action", "Lead", "Due", "RAG", "Update"],
        [m1, "", "", "", "", ""],
        ["HWB/24-25/21", "Share the draft Pharmaceutical Needs Assessment 2025 with Board members "
         "for comment before formal consultation.", "Director of Public Health", "April 2025",
         "Blue - complete", "Circulated 2 April 2025."],
        ["HWB/24-25/22", "Bring a report on uptake of NHS Health Checks in the most deprived "
         "wards, broken down by GP practice.",
         "Director of Public Health / Head of Primary Care, NHS Cheshire and Merseyside",
         "17/09/2025", "Amber", "Deferred to the December meeting while 2024/25 data are "
         "validated."],
        [m2, "", "", "", "", ""],
        ["HWB/25-26/03", "Agree the Better Care Fund 2025-26 plan by Chair's action and report "
         "the final submission to the next meeting.", "Chair of the Board", "July 2025",
         "Blue - complete", "Chair's action taken 1 July 2025; submission noted on 17 September."],
        ["HWB/25-26/04", "Set up a task and finish group on children's oral health with "
         "Healthwatch Wirral and the Community Dental Service.",
         "Consultant in Public Health (Children and Young People)", "Sept 2025 – Dec 2025",
         "Green", "First meeting held 4 September 2025."],
        ["HWB/25-26/05", "Circulate the Wirral Place winter plan 2025/26 once it is approved by "
         "the Place Partnership Board.", "Place Director (Wirral)", "Oct-25", "Green", ""],
        [m3, "", "", "", "", ""],
        ["HWB/25-26/09", "Present the JSNA chapter on cost of living and health to the December "
         "meeting.", "JSNA Lead; Head of Intelligence", "10/12/2025", "Green", ""],
        ["HWB/25-26/10", "Write to the Secretary of State in support of the Liverpool City Region "
         "Marmot Place bid.\nCopy the letter to Wirral's MPs.", "Chair of the Board",
         "End of October 2025", "Not started", ""],
        ["HWB/25-26/11", "Review the Board's terms of reference and membership in light of the "
         "ICB restructure.", "Head of Democratic Services", "TBC", "Amber",
         "Awaiting confirmation of the new ICB place structure."],
    ]
    text = "".join(",".join(csv_field(v) for v in row) + "\r\n" for row in rows)
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write(text)

    L = {
        "HWB/24-25/22": ["Director of Public Health",
                         "Head of Primary Care, NHS Cheshire and Merseyside"],
        "HWB/25-26/09": ["JSNA Lead", "Head of Intelligence"],
    }
    E = {"HWB/24-25/21": ("2025-04", None), "HWB/24-25/22": ("2025-09", None),
         "HWB/25-26/03": ("2025-07", None), "HWB/25-26/04": ("2025-12", None),
         "HWB/25-26/05": ("2025-10", None), "HWB/25-26/09": ("2025-12", None),
         "HWB/25-26/10": ("2025-10", None), "HWB/25-26/11": (None, "TBC")}
    S = {"Blue - complete": "blue", "Amber": "amber", "Green": "green", "Not started": "unrated"}
    actions, cur = [], None
    for row in rows[4:]:
        if row[0].startswith("Meeting:"):
            cur = row[0]
            continue
        e, et = E[row[0]]
        actions.append(act(row[0], [cur], row[1], L.get(row[0], [row[2]]), e, S[row[4]], et))
    write_expected(
        name,
        "Imitates the rolling action log that a health and wellbeing board's clerk keeps and "
        "publishes with the agenda (Wirral Health and Wellbeing Board, 2025), as saved to CSV "
        "from Excel. Copied: title and 'updated following' lines above the header, actions "
        "grouped under a meeting row, board action numbers by municipal year, leads as job "
        "titles (two joined by '/' or ';', one with the organisation after a comma), due dates in "
        "several styles (month, dd/mm/yyyy, Mon-yy, a period, 'End of', TBC), a RAG column with "
        "words, one action text over two lines in a quoted field.",
        "A CSV action log of eight actions under three meeting rows. Each action has a number, "
        "the lead post(s), a due date and a RAG word; 'Blue - complete' means done and 'Not "
        "started' is unrated.",
        "read", title, actions)


# ---------------------------------------------------------------------------
# 7. Oldham Council - Corporate Plan delivery plan Q2 2025/26 (txt, tab-separated)
# ---------------------------------------------------------------------------
def oldham():
    name = "oy1-oldham-council-corporate-plan-delivery-plan-q2-2025-26.txt"
    title = "Oldham Council – Corporate Plan 2022-27: Delivery Plan Update, Quarter 2 2025/26"
    p1 = "Priority 1: Healthy, safe and well-supported residents"
    p2 = "Priority 2: A clean and green future"
    p3 = "Priority 3: Thriving communities and a growing economy"
    rows = [
        (p1, [
            ("1.1", "Open the second Family Hub in Failsworth and Hollinwood, with health visiting "
                    "and early help co-located.", "Director of Children's Social Care and Early Help",
             "Q3 2025/26", "G", "G", "Building works complete; soft launch 6 October 2025.",
             ["Director of Children's Social Care and Early Help"], "2025-12", None, "green"),
            ("1.2", "Deliver 600 Disabled Facilities Grant adaptations in 2025/26.",
             "Assistant Director, Housing", "March 2026", "A", "A",
             "241 completed at the end of Q2 against a profile of 300.",
             ["Assistant Director, Housing"], "2026-03", None, "amber"),
            ("1.3", "Reduce to zero the number of families in bed and breakfast accommodation "
                    "for more than six weeks.", "Head of Housing Options & Assistant Director, "
                    "Housing", "Ongoing", "R", "A",
             "Seven families at 30 September (Q1: 19). New leased units from October.",
             ["Head of Housing Options", "Assistant Director, Housing"], None, "Ongoing", "amber"),
        ]),
        (p2, [
            ("2.1", "Roll out weekly food waste collections to all households.",
             "Director of Environment", "By 31 March 2026", "G", "A",
             "Vehicle delivery delayed by supplier; rollout now phased from February 2026.",
             ["Director of Environment"], "2026-03", None, "amber"),
            ("2.2", "Plant 12,000 trees through the Northern Roots and City of Trees programmes.",
             "Head of Parks and Countryside", "Nov 2025 – Mar 2026", "G", "G",
             "Planting season sites confirmed.",
             ["Head of Parks and Countryside"], "2026-03", None, "green"),
            ("2.3", "Complete the LED street lighting replacement programme.", "Head of Highways",
             "Sep-25", "A", "B", "Final 1,150 columns converted; programme closed.",
             ["Head of Highways"], "2025-09", None, "blue"),
        ]),
        (p3, [
            ("3.1", "Start on site with Phase 1 of the Spindles town centre redevelopment.",
             "Director of Economy", "Jan-26", "A", "R",
             "Contractor procurement re-run after tender returns exceeded the budget.",
             ["Director of Economy"], "2026-01", None, "red"),
            ("3.2", "Launch the Oldham Youth Guarantee with Get Oldham Working, offering every "
                    "18–24-year-old on Universal Credit a job, training or apprenticeship place.",
             "Head of Get Oldham Working", "September 2025", "G", "B",
             "Launched 15 September 2025.",
             ["Head of Get Oldham Working"], "2025-09", None, "blue"),
        ]),
    ]
    lines = [title,
             "Reporting period 1 July – 30 September 2025. The Q2 RAG is the current position; "
             "the Q1 RAG is shown for comparison.",
             "",
             "\t".join(["Ref", "Deliverable", "Lead officer", "Due", "Q1 RAG", "Q2 RAG",
                        "Commentary"])]
    for pr, acts in rows:
        lines.append(pr)
        for a in acts:
            lines.append("\t".join(a[:7]))
        lines.append("")
    lines += ["Notes",
              "RAG: G = on track; A = at risk of delay; R = off track; B = complete.",
              "Summary at Q2: Blue 2, Green 2, Amber 3, Red 1 (8 deliverables).",
              "Prepared by the Strategy, Policy and Performance Team."]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")

    actions = []
    for pr, acts in rows:
        for a in acts:
            actions.append(act(a[0], [pr], a[1], a[7], a[8], a[10], a[9]))
    write_expected(
        name,
        "Imitates the quarterly corporate plan delivery plan update that a metropolitan borough "
        "takes to Cabinet and scrutiny (Oldham Council, Corporate Plan 2022-27, Q2 2025/26), "
        "exported from the performance system as tab-separated text. Copied: title and "
        "reporting-period lines, a header row, priority lines as section headings, numbered "
        "deliverables, lead officers as job titles (two joined by '&'), due dates as quarters, "
        "months, 'By' dates and periods, Q1 and Q2 RAG letters with B = complete, and a notes "
        "block with the RAG key and a totals summary.",
        "A tab-separated delivery plan update with eight deliverables under three corporate "
        "priorities. Each has a lead officer, a due date and Q1 and Q2 RAG letters; the Q2 RAG is "
        "the current status. The notes at the end are not actions.",
        "read", title, actions)


if __name__ == "__main__":
    hampshire()
    lancashire()
    trafford()
    tower_hamlets()
    walsall()
    wirral()
    oldham()
    print("built 7 cases in", HERE)
