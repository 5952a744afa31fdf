"""Build the seven gb2- blind cases of set heldout218 (data files and their expected readings).

Run with /work/main/.venv/bin/python gb2_make.py (needs openpyxl, python-docx, pyyaml).
Every data file is written from the tables below; each action row carries, beside the cell text,
the reading a person makes of it (lead list, end month, status), which goes into NAME.expected.yaml.
"""
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0", "grey": "D9D9D9",
        "navy": "1F3864", "pale": "DEEAF6", "lilac": "E4DFEC"}


def write_yaml(name, doc):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=1000, default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ----------------------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(c):
    return PatternFill("solid", start_color=FILL.get(c, c), end_color=FILL.get(c, c))


def style_row(ws, r, ncols, bold=False, bg=None, wrap=True, color=None):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=r, column=c)
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=wrap, vertical="top")
        if bold or color:
            cell.font = Font(bold=bold, color=color)
        if bg:
            cell.fill = fill(bg)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ============================================================================= 1. NHS Dorset ICB
def make_dorset():
    name = "gb2-nhs-dorset-icb-board-action-log.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    title = "NHS Dorset Integrated Care Board – Board Meeting in Public: Action Log"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Updated for the Board meeting on 6 March 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    ws["A4"] = "RAG key:"
    ws["A4"].font = Font(bold=True)
    for col, (c, txt) in zip("BCD", [("red", "Overdue – not completed by the due date"),
                                      ("amber", "In progress – not yet due"),
                                      ("green", "Completed – proposed for closure")]):
        ws[col + "4"] = txt
        ws[col + "4"].fill = fill(c)
        ws[col + "4"].alignment = Alignment(wrap_text=True)
    hdr = ["Ref", "Minute No.", "Action", "Lead", "Due Date", "Revised Due Date", "Progress Update", "RAG"]
    r = 6
    for i, h in enumerate(hdr, 1):
        ws.cell(row=r, column=i, value=h)
    style_row(ws, r, 8, bold=True, bg="navy", color="FFFFFF")
    rows = [
        ("band", "Board meeting – 7 November 2024"),
        ("BD24/061", "ICB24/112",
         "Provide the Board with a breakdown of the 2024/25 elective recovery trajectory by provider, including the independent sector contribution.",
         "Chief Commissioning Officer", d(2025, 1, 9), d(2025, 3, 6),
         "Breakdown presented to Finance and Performance Committee in January; summary included in the March Integrated Performance Report.",
         "green", ["Chief Commissioning Officer"], "2025-03", "blue", None),
        ("BD24/062", "ICB24/115",
         "Circulate the refreshed Dorset Winter Plan to Board members, with the escalation triggers agreed by the System Coordination Centre.",
         "Chief Operating Officer", d(2024, 11, 30), None, "Circulated 22 November 2024.",
         "green", ["Chief Operating Officer"], "2024-11", "blue", None),
        ("BD24/063", "ICB24/118",
         "Bring a paper on the dental access recovery plan, setting out the urgent dental care sessions commissioned across Dorset and the uptake to date.",
         "Director of Primary Care", d(2025, 1, 9), d(2025, 5, 1),
         "Deferred to allow inclusion of Q3 activity data; scheduled for the May 2025 Board.",
         "amber", ["Director of Primary Care"], "2025-05", "amber", None),
        ("band", "Board meeting – 9 January 2025"),
        ("BD25/001", "ICB25/004",
         "Arrange a Board development session on population health management and the use of the Dorset Intelligence and Insight Service (DiiS).",
         "Chief Medical Officer / Director of Strategy", "April 2025 development session", None,
         "Session being planned with the Dorset Council public health team.",
         "amber", ["Chief Medical Officer", "Director of Strategy"], "2025-04", "amber", "April 2025 development session"),
        ("BD25/002", "ICB25/007",
         "Confirm the timetable for the Dorset Joint Forward Plan refresh and the engagement approach with Dorset Council and BCP Council.",
         "Director of Strategy", d(2025, 3, 6), None,
         "Timetable agreed by the Integrated Care Partnership on 12 February 2025.",
         "green", ["Director of Strategy"], "2025-03", "blue", None),
        ("BD25/003", "ICB25/009",
         "Report back on the actions taken to reduce ambulance handover delays at University Hospitals Dorset, including the fit-to-sit and cohorting arrangements.",
         "Chief Operating Officer", d(2025, 3, 6), None,
         "Update deferred pending the urgent and emergency care deep dive at Quality and Performance Committee.",
         "red", ["Chief Operating Officer"], "2025-03", "red", None),
        ("BD25/004", "ICB25/011",
         "Share the outcome of the Continuing Healthcare (CHC) audit with the Audit and Risk Committee.",
         "Chief Nursing Officer", d(2025, 4, 30), None,
         "Audit fieldwork complete; draft report expected end of March.",
         "amber", ["Chief Nursing Officer"], "2025-04", "amber", None),
    ]
    actions = []
    band = None
    r = 7
    for row in rows:
        if row[0] == "band":
            band = row[1]
            ws.cell(row=r, column=1, value=band)
            style_row(ws, r, 8, bold=True, bg="grey")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        ref, minute, text, lead, due, rev, upd, rag, leads, end, status, end_text = row
        vals = [ref, minute, text, lead, due, rev, upd, None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        style_row(ws, r, 8)
        ws.cell(row=r, column=8).fill = fill(rag)
        actions.append(act(ref, [band], text, leads, end, status, end_text))
        r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="Actions rated green will be closed following approval by the Board and moved to the Closed Actions tab.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [11, 11, 60, 26, 13, 13, 50, 7]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"

    ws2 = wb.create_sheet("Closed Actions")
    ws2["A1"] = "Closed Actions – approved for closure by the Board"
    ws2["A1"].font = Font(bold=True, size=12)
    hdr2 = ["Ref", "Meeting Date", "Action", "Lead", "Due Date", "Date Closed", "Closure Note", "Status"]
    for i, h in enumerate(hdr2, 1):
        ws2.cell(row=2, column=i, value=h)
    style_row(ws2, 2, 8, bold=True, bg="navy", color="FFFFFF")
    closed = [
        ("BD24/041", d(2024, 9, 5),
         "Publish the ICB's Green Plan progress report on the website and share it with system partners.",
         "Chief Finance Officer", d(2024, 10, 31), d(2024, 11, 7), "Published 28 October 2024.", "2024-10"),
        ("BD24/048", d(2024, 9, 5),
         "Provide assurance on the mobilisation of the new NHS 111 and Clinical Assessment Service contract.",
         "Chief Commissioning Officer", d(2024, 11, 7), d(2024, 11, 7),
         "Assurance report received at the November Board.", "2024-11"),
        ("BD24/055", d(2024, 9, 5),
         "Circulate the Freedom to Speak Up annual report to Board members.",
         "Chief People Officer", d(2024, 9, 30), d(2024, 11, 7), "Circulated by email 26 September 2024.", "2024-09"),
    ]
    r = 3
    for ref, met, text, lead, due, closed_on, note, end in closed:
        vals = [ref, met, text, lead, due, closed_on, note, "Closed"]
        for i, v in enumerate(vals, 1):
            c = ws2.cell(row=r, column=i, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        style_row(ws2, r, 8)
        actions.append(act(ref, [], text, [lead], end, "blue"))
        r += 1
    for col, w in zip("ABCDEFGH", [11, 13, 60, 26, 13, 13, 40, 9]):
        ws2.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates the 'Board Meeting in Public – Action Log' that NHS integrated care boards publish with "
                   "their board papers (e.g. NHS Dorset ICB board packs, 2024–25; no single URL copied). Copied features: "
                   "title and 'updated for' line, a RAG key row of coloured cells whose green means 'completed – proposed "
                   "for closure', grey band rows per board meeting, minute numbers, job titles as leads, a revised due "
                   "date column, a fill-only RAG column, a notes line, and a second sheet of closed actions with a "
                   "Status column reading 'Closed'."),
        "reads": ("A board action log: open actions grouped under the board meeting that raised them, each with a "
                  "due date and sometimes a revised due date, rated only by cell colour against the key at the top "
                  "(green = completed and proposed for closure). A second sheet lists three actions already closed."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ============================================================================= 2. Southend transformation
def make_southend():
    name = "gb2-southend-on-sea-city-council-transformation-programme-highlight-report.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    title = "Southend-on-Sea City Council – Transformation Programme Highlight Report"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Reporting period: 1 – 31 October 2025 | Report to: Transformation Board, 13 November 2025"
    ws.merge_cells("A2:H2")
    ws["A4"] = "Overall programme status"
    ws["A4"].font = Font(bold=True)
    ws["B4"] = "Amber"
    ws["B4"].fill = fill("amber")
    hdr = ["Workstream", "SRO", "Milestones", "Complete", "On track", "At risk", "Off track", "Overall RAG"]
    for i, h in enumerate(hdr, 1):
        ws.cell(row=6, column=i, value=h)
    style_row(ws, 6, 8, bold=True, bg="navy", color="FFFFFF")
    summ = [
        ("1. Customer & Digital", "Executive Director (Finance & Resources)", 4, 1, 2, 1, 0, "A"),
        ("2. Property & Asset Rationalisation", "Executive Director (Growth & Housing)", 3, 1, 1, 0, 1, "R"),
        ("3. Adult Social Care Demand Management", "Executive Director (Adults & Communities)", 3, 0, 2, 1, 0, "A"),
        ("Total", None, 10, 2, 5, 2, 1, None),
    ]
    rag_fill = {"A": "amber", "R": "red", "G": "green", "B": "blue"}
    r = 7
    for row in summ:
        for i, v in enumerate(row, 1):
            ws.cell(row=r, column=i, value=v)
        style_row(ws, r, 8, bold=(row[0] == "Total"))
        if row[7]:
            ws.cell(row=r, column=8).fill = fill(rag_fill[row[7]])
        r += 1
    ws["A12"] = "Key decisions required from Transformation Board:"
    ws["A12"].font = Font(bold=True)
    ws["A13"] = "• Approve the revised forecast date for the Phase 2 housing repairs migration (CD-03)."
    ws["A14"] = "• Note the phased staff moves from Tickfield to the Civic Centre (PA-02)."
    for col, w in zip("ABCDEFGH", [40, 40, 11, 10, 10, 10, 10, 12]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Milestones")
    ws2["A1"] = "Transformation Programme – Milestone Tracker"
    ws2["A1"].font = Font(bold=True, size=12)
    ws2["A2"] = "Previous RAG = September 2025 report; Current RAG = October 2025 report. See the RAG Key tab."
    ws2["A2"].font = Font(italic=True)
    hdr2 = ["Ref", "Milestone", "Lead", "Baseline Date", "Forecast Date", "Previous RAG", "Current RAG", "Commentary"]
    for i, h in enumerate(hdr2, 1):
        ws2.cell(row=4, column=i, value=h)
    style_row(ws2, 4, 8, bold=True, bg="navy", color="FFFFFF")
    stat = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    rows = [
        ("band", "1. Customer & Digital"),
        ("CD-01", "Launch MySouthend customer account (Phase 1) for council tax and waste services",
         "Head of Customer Services", d(2025, 6, 1), d(2025, 6, 1), "G", "B",
         "Live from 16 June 2025; 11,240 accounts registered by the end of October.", ["Head of Customer Services"]),
        ("CD-02", "Implement AI-assisted webchat on the council website",
         "Head of Digital; Head of Customer Services", d(2025, 9, 1), d(2025, 11, 1), "A", "G",
         "Supplier onboarding complete; soft launch planned for w/c 10 November.",
         ["Head of Digital", "Head of Customer Services"]),
        ("CD-03", "Migrate housing repairs reporting to MySouthend (Phase 2)",
         "Head of Digital", d(2025, 12, 1), d(2026, 3, 1), "G", "A",
         "Integration with the housing repairs system delayed by the supplier's upgrade. Revised forecast date for Board approval.",
         ["Head of Digital"]),
        ("CD-04", "Move the Civic Centre reception to an appointment-only service on Wednesdays",
         "Head of Customer Services", d(2026, 1, 1), d(2026, 1, 1), "G", "G",
         "Equality impact assessment drafted; briefing for ward members in November.", ["Head of Customer Services"]),
        ("band", "2. Property & Asset Rationalisation"),
        ("PA-01", "Complete the review of the operational property portfolio and agree the disposals list",
         "Director of Property & Regeneration", d(2025, 7, 1), d(2025, 7, 1), "A", "B",
         "Disposals list approved by Cabinet on 17 July 2025.", ["Director of Property & Regeneration"]),
        ("PA-02", "Relocate staff from Tickfield to the Civic Centre and vacate the building",
         "Director of Property & Regeneration", d(2025, 10, 1), d(2026, 2, 1), "A", "R",
         "Fit-out works at the Civic Centre delayed; contractor re-procured.\nMoves now phased from December 2025 to February 2026.",
         ["Director of Property & Regeneration"]),
        ("PA-03", "Deliver £1.2m of capital receipts from surplus assets",
         "Director of Property & Regeneration / Head of Finance", d(2026, 3, 1), d(2026, 3, 1), "G", "G",
         "Two sites under offer.", ["Director of Property & Regeneration", "Head of Finance"]),
        ("band", "3. Adult Social Care Demand Management"),
        ("AS-01", "Expand the reablement service to increase capacity by 20%",
         "Director of Adult Social Care", d(2025, 9, 1), d(2025, 12, 1), "G", "A",
         "Recruitment of 8 reablement workers under way; 5 appointed.", ["Director of Adult Social Care"]),
        ("AS-02", "Introduce strengths-based 'front door' conversations at first contact",
         "Principal Social Worker", d(2025, 11, 1), d(2025, 11, 1), "G", "G",
         "Training delivered to 92% of front door staff.", ["Principal Social Worker"]),
        ("AS-03", "Commission a technology-enabled care offer for people leaving hospital",
         "Head of Commissioning (Adults)", d(2026, 1, 1), d(2026, 1, 1), "G", "G",
         "Tender evaluation complete; contract award due in December.", ["Head of Commissioning (Adults)"]),
    ]
    actions = []
    band = None
    r = 5
    for row in rows:
        if row[0] == "band":
            band = row[1]
            ws2.cell(row=r, column=1, value=band)
            style_row(ws2, r, 8, bold=True, bg="pale")
            ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        ref, text, lead, base, fc, prev, cur, comm, leads = row
        vals = [ref, text, lead, base, fc, prev, cur, comm]
        for i, v in enumerate(vals, 1):
            c = ws2.cell(row=r, column=i, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy"
        style_row(ws2, r, 8)
        ws2.cell(row=r, column=6).fill = fill(rag_fill[prev])
        ws2.cell(row=r, column=7).fill = fill(rag_fill[cur])
        actions.append(act(ref, [band], text, leads, fc.strftime("%Y-%m"), stat[cur]))
        r += 1
    for col, w in zip("ABCDEFGH", [8, 55, 32, 12, 12, 10, 10, 55]):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("RAG Key")
    ws3["A1"] = "RAG Key"
    ws3["A1"].font = Font(bold=True)
    for i, (k, c, txt) in enumerate([("B", "blue", "Complete"),
                                      ("G", "green", "On track – no issues"),
                                      ("A", "amber", "At risk – issues with mitigation in place"),
                                      ("R", "red", "Off track – escalation to Transformation Board required")], 2):
        ws3.cell(row=i, column=1, value=k).fill = fill(c)
        ws3.cell(row=i, column=2, value=txt)
    ws3.column_dimensions["B"].width = 55
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates the monthly transformation programme highlight reports English councils take to a "
                   "transformation or improvement board (Southend-on-Sea City Council style, 2025; no single URL "
                   "copied). Copied features: a Summary sheet with overall programme RAG and a per-workstream totals "
                   "table and 'key decisions required' bullets; a Milestones sheet with numbered workstream band rows, "
                   "baseline and forecast dates (mmm-yy), previous and current RAG letters with fills and a commentary "
                   "column; a separate RAG Key sheet where B = Complete."),
        "reads": ("A highlight report whose first sheet only summarises (counts per workstream, decisions for the "
                  "board); the plan itself is the Milestones sheet: ten milestones under three workstreams, each with "
                  "a baseline and a later forecast date and last month's and this month's RAG. The forecast date and "
                  "the current RAG are the ones that count."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ============================================================================= 3. Malvern Hills risk register (refuse)
def make_malvern():
    name = "gb2-malvern-hills-dc-corporate-risk-register-q3-2024-25-typo-month-refuse.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR Q3 2024-25"
    title = "Malvern Hills District Council – Corporate Risk Register, Quarter 3 2024/25"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:K1")
    ws["A2"] = "Reported to Audit, Governance and Standards Committee – 27 January 2025"
    ws.merge_cells("A2:K2")
    hdr = ["Risk Ref", "Risk Description", "Risk Owner", "Inherent Score (L x I)", "Current Controls",
           "Residual Score", "Further Actions", "Action Owner", "Target Date", "Direction of Travel", "Status"]
    for i, h in enumerate(hdr, 1):
        ws.cell(row=4, column=i, value=h)
    style_row(ws, 4, 11, bold=True, bg="lilac")
    rows = [
        ("CR1", "Medium term financial sustainability: failure to set a balanced budget over the MTFS period because of reduced government funding and inflationary pressures.",
         "Section 151 Officer", "4 x 5 = 20", "MTFS refreshed annually; budget monitoring reported quarterly to Executive Committee.", 16,
         "Deliver the savings and income plan of £850k agreed for 2025/26.", "Head of Finance", "March 2025", "↔", "Amber"),
        (None, None, None, None, None, None,
         "Respond to the provisional local government finance settlement and model its impact on the MTFS.", "Section 151 Officer", "Feb 2025", None, "Green"),
        ("CR2", "Local government reorganisation: uncertainty following the English Devolution White Paper reduces capacity and delays decision making.",
         "Chief Executive", "4 x 4 = 16", "Regular meetings of Worcestershire chief executives; member briefings.", 16,
         "Prepare an options appraisal for unitary proposals jointly with the other Worcestershire councils.", "Chief Executive", "March 2025", "↑", "Amber"),
        ("CR3", "Cyber security: a successful cyber attack leads to the loss of systems and data.",
         "Head of ICT (shared service)", "4 x 5 = 20", "Firewalls, multi-factor authentication, offline back-ups, PSN compliance.", 12,
         "Complete the annual penetration test and fix any critical findings.", "ICT Manager", "Janaury 2025", "↔", "Green"),
        (None, None, None, None, None, None,
         "Roll out phishing awareness training to all staff and members.", "ICT Manager", "June 2025", None, "Amber"),
        ("CR4", "Housing and homelessness: rising demand for temporary accommodation exceeds the budget.",
         "Head of Housing", "5 x 4 = 20", "Homelessness prevention fund; nightly-paid accommodation framework.", 15,
         "Deliver the temporary accommodation acquisition programme (6 units).", "Housing Services Manager", "Sept 2025", "↑", "Amber"),
        ("CR5", "Workforce: difficulty recruiting and keeping staff in key professional roles (planning, legal, environmental health).",
         "Head of HR", "4 x 3 = 12", "Agile working; apprenticeship scheme; shared services with Wychavon.", 9,
         "Implement the market supplements policy for hard-to-fill posts.", "HR Manager", "April 2025", "↓", "Green"),
    ]
    r = 5
    typo_row = None
    for row in rows:
        for i, v in enumerate(row, 1):
            ws.cell(row=r, column=i, value=v)
        style_row(ws, r, 11)
        st = row[10]
        ws.cell(row=r, column=11).fill = fill(st.lower())
        if row[8] == "Janaury 2025":
            typo_row = r
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Scoring: Likelihood (1-5) x Impact (1-5). Residual score 15-25 = High; 8-14 = Medium; 1-7 = Low. "
                                   "Status shows progress with the further actions.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJK", [8, 45, 20, 12, 40, 9, 45, 22, 13, 10, 9]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))
    assert typo_row == 8, typo_row

    write_yaml(name, {
        "source": ("Imitates the quarterly corporate/strategic risk register appendices district councils take to their "
                   "audit committee (Malvern Hills District Council, Quarter 3 2024/25 style; no single URL copied). "
                   "Copied features: title and committee line, risk ref, description, owner, inherent L x I score, "
                   "controls, residual score, further actions with action owner and target date, direction-of-travel "
                   "arrows, a Status column with text and fill, continuation rows carrying a second action of the same "
                   "risk, and a scoring note."),
        "reads": ("A corporate risk register of five risks, each with one or two further actions, owners, target "
                  "months and a status. On sheet row 8 (risk CR3) the target date reads 'Janaury 2025', a mistyped "
                  "month: a careful reader stops and asks what was meant rather than guessing."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return name, 0


# ----------------------------------------------------------------------------- docx helpers
def shade(cell, hex_color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_color)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=9):
    """Write text into a cell; '\n' in text starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.italic = italic
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ============================================================================= 4. Sefton SAR
def make_sefton():
    name = "gb2-sefton-sab-sar-adult-b-action-plan.docx"
    doc = Document()
    landscape(doc)
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = "Sefton Safeguarding Adults Board"
    title = "Safeguarding Adults Review (SAR) Adult B – Multi-Agency Action Plan"
    doc.add_paragraph(title, style="Title")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.3"), ("Date", "14 March 2025"), ("Owner", "SAR Sub-Group"),
                 ("Approved by", "Sefton Safeguarding Adults Board, 20 November 2024"), ("Next review", "June 2025")]:
        c = t.add_row().cells
        set_cell(c[0], k, bold=True)
        set_cell(c[1], v)

    doc.add_paragraph(
        "Adult B was a 67-year-old man who lived alone in Bootle and died following a house fire in 2023. The review "
        "was published in November 2024 and made four recommendations. This plan sets out what partners have agreed to "
        "do in response and is monitored by the SAR Sub-Group.")

    doc.add_heading("RAG rating key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, c, v in [("Red", "FF0000", "Off track – significant delay or barrier"),
                    ("Amber", "FFC000", "Some slippage – action being taken"),
                    ("Green", "00B050", "On track"),
                    ("Blue", "0070C0", "Completed and evidenced")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], c)
        set_cell(cells[1], v)

    recs = [
        ("Recommendation 1: Self-neglect and hoarding",
         "Sefton SAB should seek assurance that the multi-agency self-neglect and hoarding guidance is understood and "
         "used by practitioners, including when a person declines services.",
         [("1.1", "Relaunch the Sefton multi-agency self-neglect and hoarding guidance through a practitioner briefing and a 7-minute briefing on Adult B.",
           "SAB Business Manager", "31/01/2025",
           "Briefing delivered on 16 January 2025 to 84 practitioners; 7-minute briefing published on the SAB website.",
           "Blue", ["SAB Business Manager"], "2025-01", "blue", None),
          ("1.2", "Audit a sample of 20 self-neglect cases across adult social care, Mersey Care and Merseyside Police to test use of the guidance.",
           "Chair of the Quality Assurance Sub-Group", "June 2025", "Audit tool agreed; case selection under way.",
           "Green", ["Chair of the Quality Assurance Sub-Group"], "2025-06", "green", None),
          ("1.3", "Include self-neglect and hoarding in the SAB multi-agency training programme for 2025/26.",
           "SAB Training Coordinator", "April 2025", "Not yet due to start – programme being drafted.",
           "", ["SAB Training Coordinator"], "2025-04", "unrated", None)]),
        ("Recommendation 2: Mental capacity and executive function",
         "All partner agencies should ensure that mental capacity assessments consider executive functioning where a "
         "person's actions repeatedly do not match their stated intentions.",
         [("2.1", "Deliver executive function training to adult social care, primary care and community mental health practitioners.",
           "Principal Social Worker (Adults) / MCA Lead (Mersey Care)", "September 2025", "Two of four sessions delivered.",
           "Green", ["Principal Social Worker (Adults)", "MCA Lead (Mersey Care)"], "2025-09", "green", None),
          ("2.2", "Update the MCA assessment template in LAS to include a prompt on executive functioning.",
           "Head of Adult Social Care Practice", "31/03/2025 (revised to 30/06/2025)",
           "LAS configuration change delayed by the system upgrade.",
           "Amber", ["Head of Adult Social Care Practice"], "2025-06", "amber", "31/03/2025 (revised to 30/06/2025)")]),
        ("Recommendation 3: Fire risk, information sharing and escalation",
         "Partners should ensure that concerns about fire risk are shared with Merseyside Fire and Rescue Service and "
         "that disagreements between agencies are escalated using the SAB escalation protocol.",
         [("3.1", "Promote referrals for Safe and Well visits for people who self-neglect, smoke or use emollient creams, through the SAB newsletter and team briefings.",
           "Merseyside Fire and Rescue Service – Prevention Manager", "Dec 2024",
           "Complete – included in the December newsletter and team briefings.",
           "Blue", ["Merseyside Fire and Rescue Service – Prevention Manager"], "2024-12", "blue", None),
          ("3.2", "Review the SAB escalation (resolving professional differences) protocol and relaunch it with partners.",
           "SAB Business Manager", "March 2025", "Revised protocol approved by the Board on 13 February 2025.",
           "Blue", ["SAB Business Manager"], "2025-03", "blue", None),
          ("3.3", "Audit use of the escalation protocol after six months.",
           "Chair of the Quality Assurance Sub-Group", "October 2025", "To follow the relaunch.",
           "Green", ["Chair of the Quality Assurance Sub-Group"], "2025-10", "green", None)]),
        ("Recommendation 4: Hospital discharge",
         "Liverpool University Hospitals NHS Foundation Trust and Sefton Council should ensure that discharge planning "
         "for people who self-neglect includes a home environment assessment and a named community lead.",
         [("4.1", "Amend the complex discharge checklist to include a home environment check and the name of the community lead.",
           "Head of Integrated Discharge (LUHFT)", "Q4 2024/25", "Checklist amended and in use from 1 March 2025.",
           "Blue", ["Head of Integrated Discharge (LUHFT)"], "2025-03", "blue", "Q4 2024/25"),
          ("4.2", "Test the amended checklist through a joint audit of 10 discharges of people known to self-neglect.",
           "Head of Integrated Discharge (LUHFT) & Service Manager, Hospital Social Work Team", "July 2025",
           "Audit not started because of staffing pressures in the discharge team; escalated to the SAR Sub-Group.",
           "Red", ["Head of Integrated Discharge (LUHFT)", "Service Manager, Hospital Social Work Team"], "2025-07", "red", None)]),
    ]
    rag_hex = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050", "Blue": "0070C0"}
    actions = []
    for head, rec_text, rows in recs:
        doc.add_heading(head, level=2)
        p = doc.add_paragraph()
        p.add_run(rec_text).italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["No.", "Action", "Lead", "Target Date", "Progress Update", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, "D9D9D9")
        for ref, text, lead, tgt, prog, rag, leads, end, status, end_text in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, text, lead, tgt, prog, rag]):
                set_cell(c, v)
            if rag:
                shade(cells[5], rag_hex[rag])
            actions.append(act(ref, [head, rec_text], text, leads, end, status, end_text))
        doc.add_paragraph()
    doc.add_paragraph("This plan is monitored by the SAR Sub-Group. The next progress report to the Board is due in June 2025.")
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates the multi-agency SAR action plans that English safeguarding adults boards publish after a "
                   "review (Sefton Safeguarding Adults Board style, 2024–25; no single URL copied). Copied features: "
                   "board name in the page header, title, a document-control table, a background paragraph, a RAG key "
                   "table with Blue = completed, and one section per recommendation – a numbered heading with a theme, "
                   "the recommendation text in italics, then its own action table (No., Action, Lead, Target Date, "
                   "Progress Update, RAG with word and shading); a closing monitoring note."),
        "reads": ("An action plan for a safeguarding adults review: four recommendations, each a heading and its "
                  "italic text followed by a table of two or three numbered actions with lead, target date, progress "
                  "and a RAG word. One action has no rating yet; one target date was revised to June 2025."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ============================================================================= 5. MSE maternity
def make_mse():
    name = "gb2-mid-and-south-essex-nhsft-maternity-neonatal-improvement-plan.docx"
    doc = Document()
    landscape(doc)
    doc.sections[0].header.paragraphs[0].text = "Mid and South Essex NHS Foundation Trust"
    title = "Maternity and Neonatal Improvement Plan 2024–2026"
    doc.add_paragraph(title, style="Title")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Report title", "Maternity and Neonatal Improvement Plan 2024–2026 – progress update"),
                 ("Meeting", "Quality Committee, 25 September 2025"),
                 ("Executive sponsor", "Chief Nursing Officer"),
                 ("Report author", "Director of Midwifery"),
                 ("Purpose", "Assurance")]:
        c = t.add_row().cells
        set_cell(c[0], k, bold=True)
        shade(c[0], "DEEAF6")
        set_cell(c[1], v)

    doc.add_heading("Summary of progress", level=2)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_cell(t.rows[0].cells[0], "BRAG status", bold=True)
    set_cell(t.rows[0].cells[1], "Number of actions", bold=True)
    for k, n, c in [("Blue", "3", "0070C0"), ("Green", "4", "00B050"), ("Amber", "3", "FFC000"),
                    ("Red", "1", "FF0000"), ("Total", "11", None)]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=(k == "Total"))
        set_cell(cells[1], n, bold=(k == "Total"))
        if c:
            shade(cells[0], c)
    doc.add_paragraph(
        "BRAG key: B – Completed and evidence approved; G – On track; A – At risk of missing the target date; "
        "R – Off track or overdue. Where a target date has been revised, the revision was agreed at the Maternity "
        "and Neonatal Safety Group.")

    doc.add_heading("Improvement plan", level=2)
    cols = ["Ref", "Action", "Lead", "Original Target", "Revised Target", "BRAG", "Progress and Evidence"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        set_cell(c, h, bold=True)
        shade(c, "1F3864")
    letter = {"B": ("blue", "0070C0"), "G": ("green", "00B050"), "A": ("amber", "FFC000"), "R": ("red", "FF0000")}
    rows = [
        ("band", "Theme 1: Safety and learning"),
        ("1.1", "Implement the Birmingham Symptom-Specific Obstetric Triage System (BSOTS) at the Basildon, Broomfield and Southend maternity units.",
         "Director of Midwifery & Clinical Director for Obstetrics", "Dec-24", "Mar-25", "B",
         "BSOTS live at all three sites from March 2025; audit shows 94% of women seen within 15 minutes.",
         ["Director of Midwifery", "Clinical Director for Obstetrics"], "2025-03", None),
        ("1.2", "Complete the transition to the Patient Safety Incident Response Framework (PSIRF) in maternity, including a thematic review of postpartum haemorrhage incidents.",
         "Head of Maternity Governance", "Mar-25", "Oct-25", "G",
         "PSIRF in place. Thematic PPH review due to report in October.",
         ["Head of Maternity Governance"], "2025-10", None),
        ("1.3", "Achieve 90% compliance with fetal monitoring training (K2 and practical) for midwives and obstetricians.",
         "Fetal Monitoring Lead Midwife / Fetal Monitoring Lead Obstetrician", "Jun-25", "Sep-25", "A",
         "Midwives 93%, obstetricians 81%. Additional sessions booked for resident doctors.",
         ["Fetal Monitoring Lead Midwife", "Fetal Monitoring Lead Obstetrician"], "2025-09", None),
        ("band", "Theme 2: Workforce and culture"),
        ("2.1", "Recruit to the midwifery establishment agreed through the Birthrate Plus review (additional 18.4 WTE).",
         "Director of Midwifery", "Mar-25", "Sep-25", "A",
         "14.2 WTE recruited; international recruitment cohort starts in November.",
         ["Director of Midwifery"], "2025-09", None),
        ("2.2", "Deliver the culture improvement plans agreed through the Perinatal Culture and Leadership Programme at all three sites.",
         "Perinatal Quadrumvirate", "Ongoing – quarterly review", "", "G",
         "SCORE culture survey completed; local plans agreed at each site.",
         ["Perinatal Quadrumvirate"], None, "Ongoing – quarterly review"),
        ("2.3", "Establish a Professional Midwifery Advocate (PMA) service with protected time for A-EQUIP restorative supervision.",
         "Lead Professional Midwifery Advocate", "Jun-25", "", "B",
         "PMA rota in place from May 2025.",
         ["Lead Professional Midwifery Advocate"], "2025-06", None),
        ("band", "Theme 3: Listening to women and families"),
        ("3.1", "Co-produce a revised bereavement care pathway with the Maternity and Neonatal Voices Partnership (MNVP).",
         "Bereavement Lead Midwife; MNVP Chair", "Sep-25", "", "G",
         "Draft pathway shared with MNVP members for comment.",
         ["Bereavement Lead Midwife", "MNVP Chair"], "2025-09", None),
        ("3.2", "Provide translated antenatal information and access to interpreters at booking.\nMonitor uptake through the Badger maternity record.",
         "Equity and Equality Lead Midwife", "Jun-25", "Dec-25", "R",
         "Interpreting contract issues; escalated to the Chief Nursing Officer.",
         ["Equity and Equality Lead Midwife"], "2025-12", None),
        ("3.3", "Publish 'You said, we did' feedback from the MNVP 15 Steps visits on the Trust website.",
         "Patient Experience Lead (Maternity)", "Mar-25", "", "B",
         "Published April 2025.",
         ["Patient Experience Lead (Maternity)"], "2025-03", None),
        ("band", "Theme 4: Governance and oversight"),
        ("4.1", "Report Maternity Incentive Scheme (CNST Year 7) compliance to Trust Board with evidence for all ten safety actions.",
         "Director of Midwifery / Chief Nursing Officer", "Dec-25", "", "G",
         "Evidence collation on track; Board sign-off planned for December.",
         ["Director of Midwifery", "Chief Nursing Officer"], "2025-12", None),
        ("4.2", "Implement the Perinatal Quality Surveillance Model dashboard at Board level.",
         "Head of Maternity Governance", "Nov-24", "Oct-25", "A",
         "Data feed from Badger incomplete; manual submission in the interim.",
         ["Head of Maternity Governance"], "2025-10", None),
    ]
    actions = []
    band = None
    for row in rows:
        if row[0] == "band":
            band = row[1]
            cells = t.add_row().cells
            m = cells[0].merge(cells[-1])
            set_cell(m, band, bold=True, size=10)
            shade(m, "DEEAF6")
            continue
        ref, text, lead, orig, rev, brag, prog, leads, end, end_text = row
        cells = t.add_row().cells
        for c, v in zip(cells, [ref, text, lead, orig, rev, brag, prog]):
            set_cell(c, v)
        shade(cells[5], letter[brag][1])
        actions.append(act(ref, [band], text, leads, end, letter[brag][0], end_text))
    doc.add_paragraph()
    doc.add_paragraph("Next update: Quality Committee, November 2025.")
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates the maternity and neonatal improvement plans NHS trusts report to their quality committee "
                   "and board after CQC/HSSIB scrutiny (Mid and South Essex NHS Foundation Trust style, 2025; no single "
                   "URL copied). Copied features: trust name in the page header, title, a report cover table, a BRAG "
                   "summary totals table, a BRAG key paragraph (B = completed), one landscape table with merged shaded "
                   "theme band rows, original and revised target columns in mmm-yy, BRAG letters with shading, several "
                   "leads in one cell, a two-paragraph action cell and a closing next-update line."),
        "reads": ("A trust's maternity and neonatal improvement plan: eleven numbered actions in one table under four "
                  "themes, each with lead(s), an original and sometimes a revised target month, a BRAG letter and "
                  "progress. The revised target is the due month; one action is ongoing with quarterly review. The "
                  "summary table and cover table above it are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ============================================================================= 6. Tunbridge Wells CSP (csv)
def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_tunbridge():
    name = "gb2-tunbridge-wells-csp-community-safety-partnership-plan-2025-26-action-plan.csv"
    title = "Tunbridge Wells Community Safety Partnership Plan 2025-26 – Action Plan"
    ncol = 8
    lines = [[title], ["Quarter 2 update (July – September 2025)"], [],
             ["Priority", "Ref", "Action", "Lead", "Partners", "Timescale", "Q2 Update", "RAG"]]
    P1 = "Domestic Abuse and Violence Against Women and Girls"
    P2 = "Anti-Social Behaviour"
    P3 = "Serious Violence and Exploitation"
    P4 = "Substance Misuse"
    rows = [
        (P1, "DA1", "Deliver a White Ribbon campaign during the 16 Days of Action, including training for licensed premises staff on spotting and responding to abuse",
         "TWBC Community Safety Manager", "Kent Police, Look Ahead, licensed premises", "December 2025",
         "Campaign materials agreed; training booked for 20 venues", "Green",
         ["TWBC Community Safety Manager"], "2025-12", "green", None),
        (None, "DA2", "Promote the Domestic Abuse One Stop Shop at the Town Hall and increase the number of people using it",
         "Domestic Abuse Coordinator / Look Ahead Service Manager", "Kent Police, Clarion Housing", "March 2026",
         "Attendance down in Q2 (31 against 45 in Q1).\nNew promotion with GP surgeries planned for October", "Amber",
         ["Domestic Abuse Coordinator", "Look Ahead Service Manager"], "2026-03", "amber", None),
        (None, "DA3", "Embed learning from domestic homicide reviews in CSP partner training",
         "CSP Chair", "All CSP partners", "Ongoing", "Learning briefing added to the induction pack", "Green",
         ["CSP Chair"], None, "green", "Ongoing"),
        (P2, "ASB1", "Hold monthly multi-agency problem-solving meetings to target anti-social behaviour hotspots in Royal Tunbridge Wells town centre",
         "Kent Police Inspector (Community Safety Unit)", "TWBC, Town & Country Housing", "Monthly",
         "Meetings held each month; Calverley Grounds and Grosvenor and Hilbert Park hotspots targeted", "Green",
         ["Kent Police Inspector (Community Safety Unit)"], None, "green", "Monthly"),
        (None, "ASB2", "Review the town centre Public Spaces Protection Order (PSPO), including public consultation",
         "TWBC Community Safety Manager", "Kent Police", "Sept 2025 – January 2026",
         "Consultation opened on 1 September; report to Cabinet delayed to January", "Amber",
         ["TWBC Community Safety Manager"], "2026-01", "amber", "Sept 2025 – January 2026"),
        (None, "ASB3", "Raise awareness of the ASB Case Review (Community Trigger) through the council website and social media",
         "TWBC Communications Team", "", "Q3 2025/26", "", "Not started",
         ["TWBC Communications Team"], "2025-12", "unrated", "Q3 2025/26"),
        (P3, "SV1", "Deliver the local Serious Violence Duty action plan, including knife crime awareness sessions in secondary schools",
         "Kent Police District Commander & TWBC Head of Community Services", "Kent and Medway VRU, schools", "March 2026",
         "Sessions delivered in 4 of 7 secondary schools", "Green",
         ["Kent Police District Commander", "TWBC Head of Community Services"], "2026-03", "green", None),
        (None, "SV2", "Run a county lines and cuckooing awareness session for housing providers and letting agents",
         "Kent Police Partnership Inspector", "Town & Country Housing, Clarion Housing, letting agents", "July 2025",
         "Session held on 9 July 2025 with 38 attendees", "Complete",
         ["Kent Police Partnership Inspector"], "2025-07", "blue", None),
        (P4, "SM1", "Work with Forward Trust to increase referrals into drug and alcohol treatment from the criminal justice system",
         "Forward Trust Service Manager", "Probation Service, Kent Police", "March 2026",
         "Referral pathway agreed with Probation; Q2 referrals up 12%", "Green",
         ["Forward Trust Service Manager"], "2026-03", "green", None),
        (None, "SM2", "Extend Best Bar None accreditation across the town centre night-time economy",
         "TWBC Licensing Manager", "Pubwatch, Kent Police", "End of October 2025",
         "Eleven premises accredited; assessments continuing", "Amber",
         ["TWBC Licensing Manager"], "2025-10", "amber", "End of October 2025"),
    ]
    actions = []
    prio = None
    for row in rows:
        p, ref, text, lead, partners, tscale, upd, rag, leads, end, status, end_text = row
        if p:
            prio = p
        lines.append([p or "", ref, text, lead, partners, tscale, upd, rag])
        actions.append(act(ref, [prio], text, leads, end, status, end_text))
    lines.append([])
    lines.append(["RAG: Green – on track; Amber – some delay; Red – off track; Complete – action completed"])
    lines.append(["Next update to the CSP Board: January 2026"])
    out = []
    for ln in lines:
        ln = list(ln) + [""] * (ncol - len(ln))
        out.append(",".join(csv_field(v) for v in ln))
    with open(os.path.join(HERE, name), "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(out) + "\r\n")

    write_yaml(name, {
        "source": ("Imitates the community safety partnership plan action plans Kent district CSPs publish with quarterly "
                   "updates (Tunbridge Wells Community Safety Partnership, 2025-26 style; no single URL copied), as "
                   "saved from Excel to CSV. Copied features: title and quarter lines, a Priority column filled only on "
                   "the first action of each priority, refs per priority (DA1, ASB1 ...), a Lead column separate from "
                   "a Partners column, timescales written as months, quarters, a period, 'Monthly' and 'Ongoing', a "
                   "two-line update cell, RAG words including 'Complete' and 'Not started', and a key and next-update "
                   "line at the foot."),
        "reads": ("A CSP action plan of ten actions under four priorities; the priority is written only beside the "
                  "first action of each group and applies to those below it. Each action has a lead, partners, a "
                  "timescale, a Q2 update and a RAG word."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ============================================================================= 7. Wealden DHR (txt)
def make_wealden():
    name = "gb2-wealden-csp-dhr-joyce-action-plan.txt"
    title = "Wealden Community Safety Partnership – Domestic Homicide Review ‘Joyce’: Action Plan"
    hdr = ["Recommendation", "Scope of recommendation", "Action to take", "Lead Agency",
           "Key milestones achieved in enacting recommendation", "Target Date", "Date of completion and Outcome", "Status"]
    S1 = "Overview Report Recommendations"
    S2 = "Individual Management Review (single agency) Recommendations"
    R1 = ("1. Wealden CSP should make sure the learning from this review is shared across East Sussex, with a focus on "
          "the risks faced by older victims of domestic abuse.")
    R2 = ("2. Sussex Police should review how officers identify and record coercive and controlling behaviour in "
          "incidents between older couples.")
    R3 = ("3. NHS Sussex ICB should work with GP practices to improve routine enquiry about domestic abuse for "
          "patients who are carers or who are cared for.")
    I1 = ("East Sussex Healthcare NHS Trust: staff should ask about domestic abuse when an older patient attends the "
          "Emergency Department with an injury, and record the answer.")
    I2 = ("Sussex Partnership NHS Foundation Trust: care coordinators should consider the needs of carers of people "
          "with dementia, including any risk of abuse.")
    I3 = ("East Sussex County Council Adult Social Care: contact staff should recognise domestic abuse indicators in "
          "referrals about carer breakdown.")
    lines = [[title], ["Updated January 2025"], [], [S1], hdr]
    sect1 = [
        (R1, "Local", "Produce a 7-minute learning briefing on the review and circulate it to all partner agencies.",
         "Wealden CSP", "Briefing drafted and approved by the DHR panel.", "March 2025", "", "Green",
         ["Wealden CSP"], "2025-03", "green", None),
        (None, None, "Hold a practitioner learning event on domestic abuse and older people, jointly with the Safeguarding Adults Board.",
         "Wealden CSP / East Sussex SAB", "Venue booked.", "June 2025", "", "Green",
         ["Wealden CSP", "East Sussex SAB"], "2025-06", "green", None),
        (R2, "Local/Regional", "Refresh DASH risk assessment training for response officers with a module on older victims.",
         "Sussex Police", "Training package agreed by the Public Protection Command.", "September 2025", "", "Amber",
         ["Sussex Police"], "2025-09", "amber", None),
        (None, None, "Audit 50 domestic abuse incidents involving victims aged over 60 to test how coercive control is identified.",
         "Sussex Police", "", "December 2025", "", "Not started",
         ["Sussex Police"], "2025-12", "unrated", None),
        (R3, "Regional", "Offer IRIS (Identification and Referral to Improve Safety) training to all GP practices in Wealden.",
         "NHS Sussex ICB", "11 of 16 practices trained.", "Within 12 months of publication", "", "Green",
         ["NHS Sussex ICB"], None, "green", "Within 12 months of publication"),
    ]
    sect2 = [
        (I1, "Single agency", "Add a mandatory domestic abuse question to the ED triage record for patients aged over 60.",
         "East Sussex Healthcare NHS Trust", "ED electronic record updated.", "December 2024",
         "Completed 2 December 2024 – question now mandatory.", "Complete",
         ["East Sussex Healthcare NHS Trust"], "2024-12", "blue", None),
        (I2, "Single agency", "Update the carer's assessment guidance to include domestic abuse risk.",
         "Sussex Partnership NHS Foundation Trust", "Guidance updated in draft.", "31/03/2025", "", "Amber",
         ["Sussex Partnership NHS Foundation Trust"], "2025-03", "amber", None),
        (I3, "Single agency", "Brief Health and Social Care Connect staff on recognising domestic abuse in referrals about carers.",
         "East Sussex County Council", "Briefing delivered to all HSCC teams.", "November 2024",
         "Completed 28/11/2024", "Complete",
         ["East Sussex County Council"], "2024-11", "blue", None),
    ]
    actions = []
    for sect, rows in ((S1, sect1), (S2, sect2)):
        if sect == S2:
            lines += [[], [S2], hdr]
        rec = None
        for row in rows:
            r, scope, text, lead, miles, tgt, done, st, leads, end, status, end_text = row
            if r:
                rec = r
            lines.append([r or "", scope or "", text, lead, miles, tgt, done, st])
            actions.append(act(None, [sect, rec], text, leads, end, status, end_text))
    lines += [[], ["Status key: Green – on track; Amber – delayed; Red – not progressing; Complete – action completed and evidence provided."]]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        for ln in lines:
            f.write("\t".join(ln) + "\n")

    write_yaml(name, {
        "source": ("Imitates the Home Office DHR action plan template as used by East Sussex community safety "
                   "partnerships (Wealden, 2024–25 style; no single URL copied), saved as tab-separated text. Copied "
                   "features: title and update lines, separate 'Overview Report' and 'Individual Management Review' "
                   "tables each with the template header (Recommendation, Scope of recommendation, Action to take, "
                   "Lead Agency, Key milestones, Target Date, Date of completion and Outcome) plus a local Status "
                   "column, the recommendation written once with blank cells below it where the Word original merged "
                   "it, agencies as leads, no action refs, and a status key line."),
        "reads": ("A DHR action plan in two parts: three numbered overview recommendations (two with two actions each) "
                  "and three single-agency recommendations, each action with a lead agency, target date and status. "
                  "Actions have no refs; each belongs to the recommendation written above it."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


if __name__ == "__main__":
    for fn in (make_dorset, make_southend, make_malvern, make_sefton, make_mse, make_tunbridge, make_wealden):
        n, k = fn()
        print(f"{n}: {k} actions")
