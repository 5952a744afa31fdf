"""Build the seven zsl- blind test files (set heldout686) and their expected readings.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Only files whose names start with "zsl-" are written.
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

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(hexcol):
    return PatternFill(fill_type="solid", start_color=hexcol, end_color=hexcol)


def D(y, m, d):
    return dt.datetime(y, m, d)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def write_expected(name, source, reads, title, actions, outcome="read", refuse_at=None,
                   accept_refusal=False):
    doc = {"source": source, "reads": reads, "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        doc["actions"] = actions
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=1000,
                       default_flow_style=False)


# ---------------------------------------------------------------------------
# 1. Alliance Homes – Smartsheet export (xlsx), hierarchy as outline groups
# ---------------------------------------------------------------------------
def alliance():
    name = "zsl-alliance-homes-consumer-standards-action-plan-smartsheet-export.xlsx"
    # (level, task name, ref, assigned, start, finish, duration, pct, rag, status, comments, expected)
    S1 = "Safety and Quality Standard"
    S1a = "Stock condition – accurate, up-to-date data on the condition of every home"
    S1b = "Health and safety – landlord compliance"
    S2 = "Transparency, Influence and Accountability Standard"
    S2a = "Tenant voice and scrutiny"
    S2b = "Complaints"
    S3 = "Tenancy Standard"
    S3a = "Allocations and lettings"
    rows = [
        (0, S1, None, None, D(2025, 4, 1), D(2026, 6, 30), "327d", 0.58, None, None, None, None),
        (1, S1a, None, None, D(2025, 4, 1), D(2026, 6, 30), "327d", 0.35, None, None, None, None),
        (2, "Complete 100% stock condition survey programme (remaining 1,140 homes)", "SQ1.1",
         "Gareth Price", D(2025, 4, 1), D(2026, 3, 31), "261d", 0.6, "Green", "In Progress",
         "Ridge mobilised August 2025; 712 of 1,140 surveys complete at end of October.",
         ("Gareth Price",), "2026-03", "green"),
        (2, "Load survey data into Keystone and reconcile against component lifecycles", "SQ1.2",
         "Lisa Brennan", D(2025, 10, 1), D(2026, 6, 30), "195d", 0.1, "Yellow", "In Progress",
         "Keystone upgrade delayed to January 2026 – reconciliation start moved back.",
         ("Lisa Brennan",), "2026-06", "amber"),
        (1, S1b, None, None, D(2025, 5, 1), D(2025, 12, 19), "167d", 0.9, None, None, None, None),
        (2, "Introduce monthly Big Six compliance dashboard to Executive Team and quarterly to Board",
         "SQ2.1", "Dan Hughes", D(2025, 5, 1), D(2025, 9, 30), "109d", 1, "Blue", "Complete",
         "First dashboard reported to Board on 24 September 2025.",
         ("Dan Hughes",), "2025-09", "blue"),
        (2, "Clear overdue high-risk fire risk assessment remedial actions on 14 blocks", "SQ2.2",
         "Dan Hughes, Priya Nair", D(2025, 6, 2), D(2025, 12, 19), "144d", 0.7, "Red", "In Progress",
         "Access issues at 3 blocks; 9 of 14 complete. Escalated to Executive Team 4 November.",
         ("Dan Hughes", "Priya Nair"), "2025-12", "red"),
        (2, "Damp and mould: introduce a 10-working-day inspection standard ahead of Awaab's Law",
         "SQ2.3", "Priya Nair", D(2025, 7, 1), D(2025, 10, 27), "85d", 1, "Blue", "Complete",
         "Standard live from 1 October; 94% inspected within 10 working days in October.",
         ("Priya Nair",), "2025-10", "blue"),
        (0, S2, None, None, D(2025, 6, 2), D(2026, 6, 30), "281d", 0.55, None, None, None, None),
        (1, S2a, None, None, D(2025, 6, 2), D(2026, 1, 30), "174d", 0.75, None, None, None, None),
        (2, "Recruit and induct a Tenant Scrutiny Panel (minimum 8 members)", "TIA1.1",
         "Claire Whitlock", D(2025, 6, 2), D(2025, 11, 28), "130d", 1, "Blue", "Complete",
         "Ten members inducted; first scrutiny topic (repairs communication) agreed.",
         ("Claire Whitlock",), "2025-11", "blue"),
        (2, "Publish a quarterly 'You said, we did' report on the website and in Alliance News",
         "TIA1.2", "Claire Whitlock, Tom Bevan", D(2025, 7, 1), D(2026, 1, 30), "152d", 0.5, "Green",
         "In Progress", "Q1 and Q2 reports published.",
         ("Claire Whitlock", "Tom Bevan"), "2026-01", "green"),
        (1, S2b, None, None, D(2026, 1, 5), D(2026, 6, 30), "127d", 0, None, None, None, None),
        (2, "Self-assess against the Housing Ombudsman Complaint Handling Code and publish with the Board's response",
         "TIA2.1", "Rachel Ede", D(2026, 1, 5), D(2026, 6, 30), "127d", 0, None, "Not Started", None,
         ("Rachel Ede",), "2026-06", "unrated"),
        (0, S3, None, None, D(2025, 9, 1), D(2026, 3, 31), "152d", 0.33, None, None, None, None),
        (1, S3a, None, None, D(2025, 9, 1), D(2026, 3, 31), "152d", 0.33, None, None, None, None),
        (2, "Review the Allocations and Lettings Policy alongside the North Somerset Council nominations agreement",
         "T1.1", "Mark Osei", D(2025, 9, 1), D(2026, 2, 27), "130d", 0.25, "Yellow", "In Progress",
         "Draft shared with NSC Housing Options on 3 November; comments awaited.",
         ("Mark Osei",), "2026-02", "amber"),
        (2, "Carry out a tenancy audit of 10% of general needs homes", "T1.2", "Mark Osei",
         D(2025, 10, 1), D(2026, 3, 31), "130d", 0.4, "Green", "In Progress",
         "Visits underway; 212 of 540 audits completed.",
         ("Mark Osei",), "2026-03", "green"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Consumer Standards Action Plan"
    headers = ["Task Name", "Ref", "Assigned To", "Start", "Finish", "Duration", "% Complete",
               "RAG", "Status", "Comments"]
    ws.append(headers)
    for c in ws[1]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E79")
    widths = [70, 9, 28, 11, 11, 10, 12, 9, 13, 60]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJ"[i]].width = w
    expected = []
    heads = {}
    for row in rows:
        level, task, ref, who, start, finish, dur, pct, rag, status, comments = row[:11]
        ws.append([task, ref, who, start, finish, dur, pct, rag, status, comments])
        r = ws.max_row
        ws.cell(r, 1).alignment = Alignment(indent=level * 2, wrap_text=True, vertical="top")
        for col in (4, 5):
            ws.cell(r, col).number_format = "dd/mm/yy"
        ws.cell(r, 7).number_format = "0%"
        if level > 0:
            ws.row_dimensions[r].outline_level = level
        if level < 2:
            for c in ws[r]:
                c.font = Font(bold=True)
            heads[level] = task
        else:
            lead, end, st = row[11], row[12], row[13]
            expected.append(act(ref, [heads[0], heads[1]], task, lead, end, st))
    ws.sheet_properties.outlinePr.summaryBelow = False
    ws.freeze_panes = "B2"
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a housing association's consumer standards (RSH, April 2024 standards) "
                "readiness action plan kept in Smartsheet and exported to Excel, as presented to a "
                "board or tenant committee (Alliance Homes, North Somerset, 2025-26; no public copy "
                "found). Copies the Smartsheet Excel export: header row 1 with no title rows, the "
                "Task Name primary column with parent/child hierarchy exported as indented rows and "
                "Excel outline groups (Smartsheet help: 'rows will be grouped in the exported Excel "
                "file'), parent rows carrying rolled-up Start/Finish/Duration/% Complete, a contact "
                "column with several names comma-separated, an RYGB symbol column exported as the "
                "words Red/Yellow/Green/Blue, and a Status dropdown."),
        reads=("A single-sheet Smartsheet export with no title: bold parent rows name the consumer "
               "standard and, beneath them, the area of the standard; the indented third-level rows "
               "are ten referenced actions with an owner, finish date, RAG ball (Yellow read as "
               "amber, Blue as complete) and comments. Parent rows are headings with rolled-up "
               "dates, not actions."),
        title=None, actions=expected)


# ---------------------------------------------------------------------------
# 2. SPSO – corporate risk register (xlsx), merged risk blocks, fill-colour status
# ---------------------------------------------------------------------------
def spso():
    name = "zsl-spso-corporate-risk-register-2025-26.xlsx"
    title = "SPSO Corporate Risk Register 2025-26"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Scottish Public Services Ombudsman"
    cov["A3"] = "Position at 31 October 2025 – for the Audit and Advisory Committee, 18 November 2025"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    cov.append(["Version", "Date", "Author", "Summary of changes"])
    for c in cov[6]:
        c.font = Font(bold=True)
        c.fill = fill(GREY)
    for v in [("3.0", D(2025, 5, 14), "Corporate Services Manager", "Annual refresh agreed by Leadership Team"),
              ("3.1", D(2025, 8, 19), "Corporate Services Manager", "Q1 review; SR4 current score increased"),
              ("3.2", D(2025, 10, 31), "Corporate Services Manager", "Q2 review; actions SR2.3 and SR4.3 added")]:
        cov.append(list(v))
        cov.cell(cov.max_row, 2).number_format = "dd/mm/yyyy"
    cov.column_dimensions["A"].width = 12
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 30
    cov.column_dimensions["D"].width = 50

    key = wb.create_sheet("Scoring key")
    key["A1"] = "Risk scoring (Likelihood × Impact)"
    key["A1"].font = Font(bold=True)
    key.append(["Score", "Rating"])
    for sc, rt, col in [("15–25", "High", RED), ("8–12", "Medium", AMBER), ("1–6", "Low", GREEN)]:
        key.append([sc, rt])
        key.cell(key.max_row, 2).fill = fill(col)
    key.append([])
    key.append(["Likelihood: 1 Rare, 2 Unlikely, 3 Possible, 4 Likely, 5 Almost certain"])
    key.append(["Impact: 1 Negligible, 2 Minor, 3 Moderate, 4 Major, 5 Severe"])
    key.append([])
    key.append(["Action status (colour of the Action status cell)"])
    key.cell(key.max_row, 1).font = Font(bold=True)
    for col, txt in [(BLUE, "Complete"), (GREEN, "On track"),
                     (AMBER, "Some slippage – revised date agreed"),
                     (RED, "Significantly off track or overdue"),
                     (None, "No colour – not yet started")]:
        key.append(["", txt])
        if col:
            key.cell(key.max_row, 1).fill = fill(col)
    key.column_dimensions["A"].width = 14
    key.column_dimensions["B"].width = 45

    ws = wb.create_sheet("Corporate Risk Register")
    hdr = ["Risk", "Cause / consequence", "Risk owner", "Inherent score (L×I)", "Existing controls",
           "Current score (L×I)", "Trend", "Ref", "Further action required", "Action owner",
           "Original target", "Revised target", "Action status"]
    ncol = len(hdr)
    ws.cell(1, 1, title).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(2, 1, "Risk appetite: Casework – Cautious; Finance – Minimal; People – Open; "
                  "Information and technology – Averse; Reputation – Cautious")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("203864")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    widths = [30, 40, 18, 11, 40, 11, 7, 8, 50, 30, 13, 13, 10]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    A1 = "Strategic aim 1: Deliver a high-quality, user-focused service"
    A2 = "Strategic aim 2: Make effective use of our resources"
    R1 = "SR1: Casework demand exceeds capacity, leading to unacceptable waiting times"
    R2 = "SR2: Quality of decisions falls, leading to successful challenges and loss of trust"
    R3 = "SR3: Budget settlement insufficient to meet demand and deliver statutory functions"
    R4 = "SR4: Cyber attack or system failure disrupts casework and exposes personal data"
    blocks = [
        ("band", A1),
        ("risk", R1,
         "Cause: sustained rise in complaints (+14% in 2024-25) and recruitment lag. Consequence: complainants "
         "wait longer for allocation; reputational damage; loss of Parliament's confidence.",
         "Executive Director", ("4×5 = 20", RED),
         "Weekly casework performance meeting; triage at first contact; temporary investigators funded from reserves.",
         ("4×4 = 16", RED), "↔",
         [("SR1.1", "Complete recruitment of six additional Complaints Reviewers agreed in the 2025-26 budget",
           "Head of HR and Organisational Development", D(2025, 9, 30), D(2026, 1, 31), AMBER,
           ("Head of HR and Organisational Development",), "2026-01", "amber", None),
          ("SR1.2", "Implement the revised triage model (Early Resolution pilot) across all sectors",
           "Head of Casework (Early Resolution)", D(2025, 12, 31), None, GREEN,
           ("Head of Casework (Early Resolution)",), "2025-12", "green", None),
          ("SR1.3", "Report waiting list position and trajectory to every Audit and Advisory Committee and to the SPCB",
           "Executive Director", "Ongoing", None, GREEN,
           ("Executive Director",), None, "green", "Ongoing")]),
        ("risk", R2,
         "Cause: new and less experienced staff; pressure to close cases quickly. Consequence: poor or "
         "inconsistent decisions, review requests and judicial review.",
         "Ombudsman", ("3×4 = 12", AMBER),
         "Quality Assurance Framework; review of decisions process; legal advice on complex cases.",
         ("2×4 = 8", AMBER), "↓",
         [("SR2.1", "Roll out the updated Quality Assurance Framework with monthly sampling of 5% of closed cases",
           "Head of Improvement, Standards and Engagement", D(2025, 8, 31), None, BLUE,
           ("Head of Improvement, Standards and Engagement",), "2025-08", "blue", None),
          ("SR2.2", "Deliver decision-writing training to all casework staff",
           "Head of Improvement, Standards and Engagement; Learning and Development Adviser",
           "Q4 2025-26", None, GREEN,
           ("Head of Improvement, Standards and Engagement", "Learning and Development Adviser"),
           "2026-03", "green", None),
          ("SR2.3", "Commission an independent review of the review of decisions process (internal audit plan 2025-26)",
           "Director of Corporate Services", D(2026, 2, 28), None, None,
           ("Director of Corporate Services",), "2026-02", "unrated", None)]),
        ("band", A2),
        ("risk", R3,
         "Cause: flat-cash settlement from the SPCB while demand and pay costs rise. Consequence: unable to "
         "fund staffing needed to meet statutory timescales.",
         "Director of Corporate Services", ("4×4 = 16", RED),
         "Medium-term financial plan; monthly budget monitoring; early engagement with SPCB officials.",
         ("3×4 = 12", AMBER), "↔",
         [("SR3.1", "Submit the 2026-27 budget bid to the SPCB with demand modelling and options paper",
           "Director of Corporate Services", D(2025, 9, 30), None, BLUE,
           ("Director of Corporate Services",), "2025-09", "blue", None),
          ("SR3.2", "Agree a savings plan of £150k through a non-pay and estates review",
           "Director of Corporate Services / Head of Finance", D(2026, 3, 31), None, RED,
           ("Director of Corporate Services", "Head of Finance"), "2026-03", "red", None)]),
        ("risk", R4,
         "Cause: evolving cyber threat; end-of-life hosting for the case management system. Consequence: "
         "loss of service, data breach, ICO action.",
         "Head of ICT and Information Governance", ("4×5 = 20", RED),
         "Managed security service; Cyber Essentials Plus; staff phishing training; offline backups.",
         ("3×5 = 15", RED), "↑",
         [("SR4.1", "Migrate the case management system (Workpro) to supported cloud hosting",
           "Head of ICT and Information Governance", D(2025, 6, 30), D(2025, 11, 30), AMBER,
           ("Head of ICT and Information Governance",), "2025-11", "amber", None),
          ("SR4.2", "Achieve Cyber Essentials Plus recertification",
           "Head of ICT and Information Governance", "March 2026", None, GREEN,
           ("Head of ICT and Information Governance",), "2026-03", "green", None),
          ("SR4.3", "Run a business continuity exercise based on a ransomware scenario with the Leadership Team",
           "Business Continuity Lead", "Dec-25", None, GREEN,
           ("Business Continuity Lead",), "2025-12", "green", None)]),
    ]
    expected = []
    r = 5
    band = None
    for b in blocks:
        if b[0] == "band":
            band = b[1]
            c = ws.cell(r, 1, band)
            c.font = Font(bold=True)
            for col in range(1, ncol + 1):
                ws.cell(r, col).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
            continue
        _, risk, cause, owner, inh, controls, cur, trend, acts = b
        top = r
        for a in acts:
            ref, text, aowner, orig, rev, col, lead, end, st, et = a
            ws.cell(r, 8, ref)
            ws.cell(r, 9, text)
            ws.cell(r, 10, aowner)
            c = ws.cell(r, 11, orig)
            if isinstance(orig, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if rev is not None:
                c = ws.cell(r, 12, rev)
                c.number_format = "dd/mm/yyyy"
            if col:
                ws.cell(r, 13).fill = fill(col)
            expected.append(act(ref, [band, risk], text, lead, end, st, et))
            r += 1
        bottom = r - 1
        vals = {1: risk, 2: cause, 3: owner, 4: inh[0], 5: controls, 6: cur[0], 7: trend}
        for colno, v in vals.items():
            ws.cell(top, colno, v)
            if bottom > top:
                ws.merge_cells(start_row=top, start_column=colno, end_row=bottom, end_column=colno)
        ws.cell(top, 4).fill = fill(inh[1])
        ws.cell(top, 6).fill = fill(cur[1])
        for rr in range(top, bottom + 1):
            for colno in range(1, ncol + 1):
                cell = ws.cell(rr, colno)
                cell.border = BOX
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(top, 1).font = Font(bold=True)
    ws.cell(r + 1, 1, "Trend: ↑ increasing, ↔ no change, ↓ decreasing since last review. "
                      "Action status colours are explained on the Scoring key sheet.")
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a Scottish public body's corporate risk register as reported to its audit "
                "committee (Scottish Public Services Ombudsman, Audit and Advisory Committee, 2025-26; "
                "no public copy found; cf. SCoSS risk register FOI release and council audit committee "
                "risk reports). Copies a cover sheet with document-control table, a scoring key sheet "
                "with an action-status colour legend, a risk-appetite line, strategic-aim band rows, "
                "risk blocks with the risk, cause, owner, inherent/current scores and controls merged "
                "down over several further-action rows, original and revised target dates, job titles "
                "as owners (one with a comma, two joined by ';' or '/'), and action status shown only "
                "by cell fill colour, alongside red/amber/green fills on the risk scores."),
        reads=("Three sheets: a cover with document control, a scoring key, and the register. In the "
               "register each risk (under a strategic aim band) carries several numbered further "
               "actions, each with an owner, original and sometimes revised target and a coloured "
               "Action status cell read through the key (no colour = not started). Risk score colours "
               "are ratings of the risk, not action status."),
        title=title, actions=expected)


# ---------------------------------------------------------------------------
# 3. Equality Commission NI – ARAC internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def ecni():
    name = "zsl-equality-commission-ni-arac-internal-audit-recommendations-tracker.xlsx"
    title = "Equality Commission for Northern Ireland – Internal Audit Recommendations Tracker"
    ST = {"Implemented": BLUE, "Not yet due": GREEN, "Partially implemented": AMBER,
          "Not implemented": RED}
    SMAP = {"Implemented": "blue", "Not yet due": "green", "Partially implemented": "amber",
            "Not implemented": "red"}
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Implementation status report to the Audit and Risk Assurance Committee, 4 December 2025 (Agenda item 6)"
    sm.append([])
    hdr = ["Internal audit (year, assurance)", "Priority 1", "Priority 2", "Priority 3", "Implemented",
           "Not yet due", "Partially implemented", "Not implemented", "Total"]
    sm.append(hdr)
    for c in sm[4]:
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
        c.alignment = Alignment(wrap_text=True)
    summary = [
        ["Procurement and Contract Management 2024-25 (Satisfactory)", 1, 2, 1, 2, 1, 1, 0, 4],
        ["Information Governance and GDPR Compliance 2024-25 (Limited)", 3, 1, 0, 1, 2, 0, 1, 4],
        ["Business Continuity Planning 2023-24 (Satisfactory)", 0, 1, 0, 0, 0, 1, 0, 1],
        ["Total", 4, 4, 1, 3, 3, 2, 1, 9],
    ]
    for row in summary:
        sm.append(row)
        for c in sm[sm.max_row]:
            c.border = BOX
    for c in sm[sm.max_row]:
        c.font = Font(bold=True)
    sm.append([])
    sm.append(["Status key"])
    sm.cell(sm.max_row, 1).font = Font(bold=True)
    for st, desc in [("Implemented", "Action complete and evidence provided to Internal Audit"),
                     ("Not yet due", "On track for the agreed target date"),
                     ("Partially implemented", "Some progress made; revised target date agreed"),
                     ("Not implemented", "Target date passed and no revised date agreed")]:
        sm.append([st, desc])
        sm.cell(sm.max_row, 1).fill = fill(ST[st])
    sm.append([])
    sm.append(["Priority 1 – Failure to implement the recommendation is likely to result in a major "
               "failure of a key organisational objective, significant damage to reputation or loss of "
               "public funds."])
    sm.append(["Priority 2 – Failure to implement may result in material loss or error, or in the "
               "objectives of the area under review not being met."])
    sm.append(["Priority 3 – Action advised to enhance control or improve operational efficiency."])
    sm.column_dimensions["A"].width = 62
    for col in "BCDEFGHI":
        sm.column_dimensions[col].width = 13

    ws = wb.create_sheet("Recommendations")
    ws["A1"] = "Internal Audit Recommendations Tracker – position at 14 November 2025"
    ws["A1"].font = Font(bold=True, size=13)
    cols = ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
            "Target date", "Revised target date", "Status", "Update – November 2025"]
    for i, h in enumerate(cols, 1):
        c = ws.cell(3, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("5B2C6F")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    for col, w in zip("ABCDEFGHI", [9, 9, 48, 55, 30, 12, 12, 14, 45]):
        ws.column_dimensions[col].width = w

    B1 = "Review of Procurement and Contract Management 2024-25 (Satisfactory assurance)"
    B2 = "Review of Information Governance and GDPR Compliance 2024-25 (Limited assurance)"
    B3 = "Review of Business Continuity Planning 2023-24 (Satisfactory assurance)"
    P1 = ("The Commission should ensure that all contracts above £5,000 are recorded on the contracts "
          "register and that the register is reviewed quarterly by the Senior Management Team.")
    P2 = ("Single tender actions should be approved in advance in line with Managing Public Money NI "
          "and reported to the Audit and Risk Assurance Committee.")
    P3 = "Nominated contract managers should receive refresher contract management training."
    I1 = "The Commission should complete and maintain its Record of Processing Activities (ROPA)."
    I2 = ("Completion of mandatory data protection training should be monitored and non-completion "
          "escalated.")
    I3 = ("Data sharing agreements should be in place with all bodies with which personal data are "
          "routinely shared.")
    C1 = "The Business Continuity Plan should be tested at least annually."
    # (band, rec, priority, [(ref, action, officer, target, revised, status, update, lead, end)])
    data = [
        (B1, [
            (P1, "Priority 2", [
                ("PCM 1.1", "Contracts register to be updated to include all live contracts above £5,000, "
                 "including those let through CPD collaborative frameworks.", "Head of Finance",
                 D(2025, 3, 31), None, "Implemented", "Register updated March 2025; verified by Internal Audit.",
                 ("Head of Finance",), "2025-03"),
                ("PCM 1.2", "Quarterly review of the contracts register to be added to the SMT forward work "
                 "programme.", "Head of Finance / Director of Corporate Services",
                 D(2025, 6, 30), D(2025, 12, 31), "Partially implemented",
                 "Reviewed by SMT in September; standing item from January 2026.",
                 ("Head of Finance", "Director of Corporate Services"), "2025-12"),
            ]),
            (P2, "Priority 1", [
                ("PCM 2", "Single Tender Action approval form revised to require Accounting Officer sign-off "
                 "before commitment; all STAs reported to each ARAC meeting.", "Director of Corporate Services",
                 D(2025, 5, 31), None, "Implemented", "Revised form in use from May 2025.",
                 ("Director of Corporate Services",), "2025-05"),
            ]),
            (P3, "Priority 3", [
                ("PCM 3", "Contract management training (CPD e-learning module) to be completed by all "
                 "nominated contract managers.", "Procurement Officer", "Q3 2025-26", None, "Not yet due",
                 "6 of 9 contract managers trained.", ("Procurement Officer",), "2025-12"),
            ]),
        ]),
        (B2, [
            (I1, "Priority 1", [
                ("IG 1.1", "ROPA to be completed for all directorates and approved by the SIRO.",
                 "Information Governance Manager", D(2025, 4, 30), D(2025, 9, 30), "Implemented",
                 "ROPA approved by SIRO 22 September 2025.", ("Information Governance Manager",), "2025-09"),
                ("IG 1.2", "Information Asset Owners to review their ROPA entries each year and confirm to the "
                 "SIRO.", "Information Asset Owners", D(2026, 3, 31), None, "Not yet due",
                 "First annual review scheduled for March 2026.", ("Information Asset Owners",), "2026-03"),
            ]),
            (I2, "Priority 1", [
                ("IG 2", "Monthly training completion reports to SMT; non-completion after 30 days to be "
                 "escalated to the line Director.", "Head of HR", D(2025, 6, 30), None, "Not implemented",
                 "HR system report not yet available; manual reports to start January 2026.",
                 ("Head of HR",), "2025-06"),
            ]),
            (I3, "Priority 2", [
                ("IG 3", "Data sharing agreements to be agreed with the Labour Relations Agency and the "
                 "Northern Ireland Human Rights Commission.", "Head of Legal Services; Information Governance Manager",
                 D(2025, 12, 31), None, "Not yet due", "Drafts with both bodies for comment.",
                 ("Head of Legal Services", "Information Governance Manager"), "2025-12"),
            ]),
        ]),
        (B3, [
            (C1, "Priority 2", [
                ("BC 1", "Desktop test of the Business Continuity Plan (loss of Equality House scenario) to be "
                 "held and lessons learned reported to ARAC.", "Business Support Manager",
                 D(2024, 10, 31), D(2026, 2, 28), "Partially implemented",
                 "Scenario prepared; exercise now set for February 2026 to include new IT supplier.",
                 ("Business Support Manager",), "2026-02"),
            ]),
        ]),
    ]
    expected = []
    r = 4
    for band, recs in data:
        ws.cell(r, 1, band).font = Font(bold=True)
        for col in range(1, 10):
            ws.cell(r, col).fill = fill("E4DFEC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec, prio, acts in recs:
            top = r
            for ref, text, officer, tgt, rev, st, upd, lead, end in acts:
                ws.cell(r, 1, ref)
                ws.cell(r, 4, text)
                ws.cell(r, 5, officer)
                c = ws.cell(r, 6, tgt)
                if isinstance(tgt, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    ws.cell(r, 7, rev).number_format = "dd/mm/yyyy"
                c = ws.cell(r, 8, st)
                c.fill = fill(ST[st])
                ws.cell(r, 9, upd)
                expected.append(act(ref, [band, rec], text, lead, end, SMAP[st]))
                r += 1
            ws.cell(top, 2, prio)
            ws.cell(top, 3, rec)
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=top, start_column=3, end_row=r - 1, end_column=3)
            for rr in range(top, r):
                for col in range(1, 10):
                    ws.cell(rr, col).border = BOX
                    ws.cell(rr, col).alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A4"
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a Northern Ireland NDPB's internal audit recommendations tracker as presented "
                "to its Audit and Risk Assurance Committee (Equality Commission for Northern Ireland, "
                "ARAC December 2025; no public copy found; cf. NI Assembly Commission ACARC reports and "
                "NI council audit recommendation trackers). Copies a summary sheet with counts by "
                "audit, priority and status plus a status colour key and NI Priority 1/2/3 definitions, "
                "and a tracker sheet with one band row per audit (year and assurance level), the "
                "recommendation and priority merged down over its agreed actions, target and revised "
                "target dates, a quarter as a target, job titles as owners, and a status word with "
                "fill colour."),
        reads=("The Summary sheet is a totals table and key, not actions. The Recommendations sheet "
               "lists nine agreed management actions under three audits; each action sits under the "
               "internal auditor's recommendation (merged over two actions where there are two) and "
               "has an owner, target (revised where given) and a status read through the key: "
               "Implemented = complete, Not yet due = green, Partially implemented = amber, Not "
               "implemented = red."),
        title=title, actions=expected)


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


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def header_row(table, labels, col="D9D9D9"):
    for i, h in enumerate(labels):
        set_cell(table.rows[0].cells[i], h, bold=True)
        shade(table.rows[0].cells[i], col)


# ---------------------------------------------------------------------------
# 4. Shepton Mallet Town Council – internal audit action plan (docx)
# ---------------------------------------------------------------------------
def shepton():
    name = "zsl-shepton-mallet-town-council-internal-audit-action-plan-2024-25.docx"
    title = "Shepton Mallet Town Council – Internal Audit Action Plan 2024/25"
    doc = Document()
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Progress report to the Finance and General Purposes Committee, 20 November 2025 (Agenda item 7)")
    doc.add_paragraph(
        "The Council's independent internal auditor completed the year-end internal audit for 2024/25 on "
        "29 April 2025. The Annual Internal Audit Report in the AGAR recorded \"No\" against control "
        "objectives B and G; all other objectives were met. This action plan sets out the Council's response "
        "to each recommendation, together with the issues raised by the external auditor on the 2023/24 "
        "AGAR. The plan was agreed by this Committee on 15 July 2025 and progress is updated for each meeting.")
    sections = [
        ("B. Financial regulations, governance and payments",
         ["Rec", "Internal auditor's recommendation", "Council response / agreed action", "Lead", "Timescale",
          "Status"],
         [("B1", "Standing Orders and Financial Regulations should be updated to the current NALC model "
                 "documents (Financial Regulations 2024).",
           "Draft Financial Regulations based on the NALC 2024 model to be presented to Full Council for "
           "adoption.", "Town Clerk", "September 2025", "Complete", ("Town Clerk",), "2025-09", "blue"),
          ("B2", "Payments made by BACS should be authorised online by two members before release.",
           "Dual online authorisation to be set up with Unity Trust Bank, with two councillors added as "
           "authorisers.", "RFO", "By 31 August 2025", "Complete", ("RFO",), "2025-08", "blue")]),
        ("C. Risk management",
         ["Rec", "Internal auditor's recommendation", "Council response / agreed action", "Lead", "Timescale",
          "Status"],
         [("C1", "The risk register should be reviewed and formally approved by Council at least annually.",
           "Risk register to be reviewed by the F&GP Committee and recommended to Full Council for approval.",
           "Deputy Town Clerk", "November 2025", "On track", ("Deputy Town Clerk",), "2025-11", "green"),
          ("C2", "Insurance cover for the Collett Park pavilion should be reviewed following its refurbishment.",
           "Insurer to be asked to revalue the pavilion and confirm the level of cover before renewal.",
           "RFO", "June 2026", "On track", ("RFO",), "2026-06", "green")]),
        ("G. Payroll",
         ["Rec", "Internal auditor's recommendation", "Council response / agreed action", "Lead", "Timescale",
          "Status"],
         [("G1", "Staff contracts should reflect the current NJC pay award and be signed by both parties.",
           "All staff contracts to be reissued at 2024/25 NJC rates, with signed copies held on personnel files.",
           "Town Clerk / Chair of Staffing Committee", "31/07/2025", "Overdue",
           ("Town Clerk", "Chair of Staffing Committee"), "2025-07", "red"),
          ("G2", "Pension contributions should be reconciled monthly to the remittances made to the Somerset "
                 "Pension Fund.",
           "Monthly reconciliation added to the RFO's month-end checklist.", "RFO", "Ongoing", "On track",
           ("RFO",), None, "green")]),
        ("External auditor – issues arising from the 2023/24 AGAR",
         ["Ref", "Issue raised by the external auditor", "Action", "Lead", "Timescale", "Status"],
         [("EA1", "The notice of the period for the exercise of public rights was not published in time for "
                  "a full 30 working day period.",
           "Publish the notice of the public rights period on the website and noticeboard by 1 July each year, "
           "and add it to the annual governance calendar.", "Town Clerk", "June 2026", "On track",
           ("Town Clerk",), "2026-06", "green"),
          ("EA2", "Box 7 did not agree to Box 8 and no explanation of the difference was provided.",
           "Reconciliation of Box 7 to Box 8 (bank balances) to be checked by the internal auditor before the "
           "AGAR is approved.", "RFO; Internal Auditor", "May 2026", "On track",
           ("RFO", "Internal Auditor"), "2026-05", "green")]),
    ]
    expected = []
    for head, cols, rows in sections:
        doc.add_heading(head, level=2)
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols)
        for ref, rec, action, lead_txt, when, status, lead, end, st in rows:
            cells = t.add_row().cells
            for i, v in enumerate([ref, rec, action, lead_txt, when, status]):
                set_cell(cells[i], v)
            if status == "Overdue":
                shade(cells[5], "FF0000")
            et = "Ongoing" if end is None else None
            expected.append(act(ref, [head, rec], action, lead, end, st, et))
        doc.add_paragraph()
    doc.add_paragraph("Status key: Complete – action implemented; On track – in progress and expected within "
                      "the timescale shown; Overdue – timescale has passed (shaded red).")
    doc.add_paragraph("Notes: RFO = Responsible Financial Officer. Control objectives follow the AGAR Annual "
                      "Internal Audit Report; objectives with no recommendations are not shown.")
    doc.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a town council's internal audit action plan taken to its finance committee "
                "after the year-end internal audit and AGAR (Shepton Mallet Town Council, Somerset, "
                "2024/25; no public copy found). Copies the title and committee line, an introduction "
                "naming AGAR control objectives, one Word table per AGAR internal control objective "
                "(B, C, G) plus a table for external auditor issues, recommendation text beside the "
                "council's response, officer posts as leads (Town Clerk, RFO, joined by '/' or ';'), "
                "timescales as months, a date, 'By …' and 'Ongoing', a status word with the overdue one "
                "shaded red, and a status key and notes line under the tables."),
        reads=("A short Word action plan: under each control-objective heading a table pairs the "
               "internal auditor's recommendation with the council's agreed action, lead, timescale "
               "and status; a last table does the same for the external auditor's issues. Eight "
               "actions; Complete is read as complete, On track as green, Overdue as red."),
        title=title, actions=expected)


# ---------------------------------------------------------------------------
# 5. Diabetes UK – ICO data protection audit management action plan (docx)
# ---------------------------------------------------------------------------
def diabetes():
    name = "zsl-diabetes-uk-ico-data-protection-audit-action-plan.docx"
    title = "Diabetes UK – ICO Data Protection Audit: Management Action Plan"
    RAGC = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    RAGS = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    doc = Document()
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Progress update for the Audit and Risk Committee – 19 November 2025")
    p = doc.add_paragraph("Document control")
    p.runs[0].bold = True
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    header_row(dc, ["Version", "Date", "Author", "Changes"])
    for v in [("1.0", "04/07/2025", "Data Protection Officer", "Action plan agreed with the ICO audit team"),
              ("1.1", "10/09/2025", "Data Protection Officer", "Progress update to ARC"),
              ("1.2", "05/11/2025", "Information Governance Manager", "November update; RAG ratings refreshed")]:
        cells = dc.add_row().cells
        for i, x in enumerate(v):
            set_cell(cells[i], x)
    doc.add_heading("Background", level=1)
    doc.add_paragraph(
        "The Information Commissioner's Office carried out a consensual data protection audit of Diabetes UK "
        "between 12 and 15 May 2025, covering Governance and Accountability, Training and Awareness, and Direct "
        "Marketing. The ICO gave an overall assurance rating of Reasonable and made 14 recommendations. The 7 "
        "urgent and high priority recommendations are tracked in this plan; medium and low priority "
        "recommendations are tracked by the Information Governance Group.")
    st = doc.add_table(rows=1, cols=6)
    st.style = "Table Grid"
    header_row(st, ["Scope area", "Assurance rating", "Urgent", "High", "Medium", "Low"])
    for v in [("Governance and Accountability", "Reasonable", "0", "3", "2", "1"),
              ("Training and Awareness", "Limited", "1", "1", "1", "0"),
              ("Direct Marketing", "Reasonable", "0", "2", "1", "1"),
              ("Total", "", "1", "6", "4", "2")]:
        cells = st.add_row().cells
        for i, x in enumerate(v):
            set_cell(cells[i], x, bold=(v[0] == "Total"))
    areas = [
        ("Scope area A: Governance and Accountability", [
            ("ICO recommendation A1 (High): Review the Data Protection Policy and supporting procedures, "
             "assign owners and set review dates.", [
                 ("A1.1", "Review and reissue the Data Protection Policy (v4.0) for approval by the Executive "
                  "Leadership Team.", "Data Protection Officer", "September 2025", "B",
                  "Approved by ELT on 16 September 2025.", ("Data Protection Officer",), "2025-09"),
                 ("A1.2", "Create a policy register with named owners and review dates, monitored by the "
                  "Information Governance Group.", "Information Governance Manager", "December 2025", "G",
                  "Register drafted; 31 of 38 documents have an owner.",
                  ("Information Governance Manager",), "2025-12")]),
            ("ICO recommendation A2 (High): Establish a formal Information Asset Register with named "
             "Information Asset Owners.", [
                 ("A2.1", "Appoint Information Asset Owners in each directorate and complete the Information "
                  "Asset Register.", "SIRO (Director of Finance and Resources)", "31 January 2026", "A",
                  "IAOs appointed in 5 of 7 directorates; Research and Care directorates outstanding.",
                  ("SIRO (Director of Finance and Resources)",), "2026-01")]),
            ("ICO recommendation A3 (High): Ensure data protection impact assessments are completed for all "
             "high-risk processing before it begins.", [
                 ("A3.1", "Embed a DPIA screening question in the project gateway and procurement process.",
                  "Head of Programme Management Office", "October 2025", "B",
                  "Screening question live in gateway form from 1 October.",
                  ("Head of Programme Management Office",), "2025-10")]),
        ]),
        ("Scope area B: Training and Awareness", [
            ("ICO recommendation B1 (Urgent): Ensure all staff and volunteers with access to personal data "
             "complete data protection training at induction and annually.", [
                 ("B1.1", "Make data protection e-learning mandatory on the LMS for all staff, with completion "
                  "reported monthly to ELT.", "Head of People Development", "August 2025", "B",
                  "Staff completion 96% at 31 October.", ("Head of People Development",), "2025-08"),
                 ("B1.2", "Introduce a data protection module for volunteers handling personal data (helpline "
                  "and local groups).", "Head of Volunteering; Data Protection Officer", "March 2026", "A",
                  "Content agreed; LMS access for volunteers delayed by supplier.",
                  ("Head of Volunteering", "Data Protection Officer"), "2026-03")]),
            ("ICO recommendation B2 (High): Provide role-specific training for staff in higher-risk roles "
             "(Helpline, Research and Supporter Care).", [
                 ("B2.1", "Deliver role-specific workshops on subject access requests and data sharing to the "
                  "Helpline and Supporter Care teams.", "Information Governance Manager", "Q4 2025/26", "G",
                  "Two of four workshops delivered.", ("Information Governance Manager",), "2026-03")]),
        ]),
        ("Scope area C: Direct Marketing", [
            ("ICO recommendation C1 (High): Review consent mechanisms to ensure they meet UK GDPR and PECR "
             "requirements for electronic marketing.", [
                 ("C1.1", "Audit all online data capture forms and update consent wording and opt-in "
                  "mechanisms.", "Head of Supporter Experience", "30/11/2025", "R",
                  "Behind schedule: 46 of 112 forms updated; additional resource agreed 3 November.",
                  ("Head of Supporter Experience",), "2025-11")]),
            ("ICO recommendation C2 (High): Ensure suppression lists (TPS, FPS and objections) are applied "
             "before every campaign.", [
                 ("C2.1", "Document the suppression procedure and add a pre-send check to campaign sign-off.",
                  "Data and Insight Manager", "October 2025", "B", "Procedure published; check in use.",
                  ("Data and Insight Manager",), "2025-10"),
                 ("C2.2", "Carry out a quarterly assurance check of suppression files.",
                  "Data Protection Officer", "Quarterly", "G", "First check completed October 2025.",
                  ("Data Protection Officer",), None)]),
        ]),
    ]
    expected = []
    cols = ["Ref", "Agreed action", "Owner", "Target date", "RAG", "Progress (November 2025)"]
    for head, recs in areas:
        doc.add_heading(head, level=1)
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols, col="BDD7EE")
        for rec, acts in recs:
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[-1])
            set_cell(merged, rec, bold=True)
            shade(merged, "F2F2F2")
            for ref, action, owner, when, rag, prog, lead, end in acts:
                cells = t.add_row().cells
                for i, v in enumerate([ref, action, owner, when, rag, prog]):
                    set_cell(cells[i], v)
                shade(cells[4], RAGC[rag])
                et = when if end is None else None
                expected.append(act(ref, [head, rec], action, lead, end, RAGS[rag], et))
        doc.add_paragraph()
    p = doc.add_paragraph("RAG key")
    p.runs[0].bold = True
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for k, d in [("B", "Complete – evidence provided to the Data Protection Officer"),
                 ("G", "On track to meet the target date"),
                 ("A", "At risk – some slippage, target date may be missed"),
                 ("R", "Off track – target date missed or will be missed; escalated to the SIRO")]:
        cells = kt.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], RAGC[k])
        set_cell(cells[1], d)
    doc.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a charity's management action plan following an ICO consensual data protection "
                "audit, as tracked by its audit and risk committee (Diabetes UK, 2025; no public copy "
                "found; ICO audit reports use scope areas, assurance ratings and urgent/high/medium/low "
                "priority recommendations, per the ICO's 'Auditing data protection' guide and audit "
                "outcome reports). Copies a title and committee line, a document-control table, a "
                "background paragraph with a scope-area summary table (counts, not actions), one table "
                "per ICO scope area with each ICO recommendation as a full-width shaded row above its "
                "numbered agreed actions, job titles as owners (one with a bracketed post), target "
                "dates as months, a date, a quarter and 'Quarterly', RAG letters with cell shading, and "
                "a RAG key table at the end."),
        reads=("After document control and the audit summary, three scope-area sections each hold a "
               "table in which the ICO recommendation sits in a shaded row and its agreed actions follow "
               "(A1.1, A1.2 ...), each with owner, target date, RAG letter (B = complete) and progress "
               "note. Ten actions; the key table and summary table are not actions."),
        title=title, actions=expected)


# ---------------------------------------------------------------------------
# 6. Breast Cancer Now – board effectiveness review action plan, monday.com export (csv)
# ---------------------------------------------------------------------------
def bcn():
    name = "zsl-breast-cancer-now-board-effectiveness-review-action-plan-monday-export.csv"
    title = "Breast Cancer Now – Board Effectiveness Review 2025 Action Plan"
    SMAP = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red",
            "Not started": "unrated", "": "unrated"}
    hdr = ["Name", "Subitems", "Ref", "Owner", "Status", "Due date", "Latest update", "Item ID"]
    groups = [
        ("Board composition and succession", [
            ("Refresh the trustee skills matrix and use it to set the profile for the 2026 recruitment round",
             "1.1", "Helen Marsh, David Okafor", "Complete", "2025-07-31",
             "Skills matrix refreshed and approved by Nominations Committee on 8 July.", "1987342210"),
            ("Recruit two trustees with clinical research and digital expertise", "1.2", "Helen Marsh",
             "On track", "2026-03-31", "Search firm appointed; shortlisting in January.", "1987342388"),
            ("Agree a succession plan for the Chair and committee chairs", "1.3", "Simon Hale", "At risk",
             "2025-12-31", "Discussion deferred from the October Board to February 2026.", "1987342415"),
        ]),
        ("Board papers and meetings", [
            ("Introduce a standard cover sheet for Board papers showing the decision required, risk and EDI "
             "implications", "2.1", "Priya Kaur", "Complete", "2025-06-30",
             "In use from the June Board.", "1987343102"),
            ("Reduce Board packs to no more than 150 pages, with supporting material in a reading room on the "
             "board portal", "2.2", "Priya Kaur, Simon Hale", "On track", "2025-11-30",
             "October pack 162 pages; reading room live.", "1987343167"),
            ("Hold an annual Board strategy away-day separate from business meetings", "2.3", "Simon Hale",
             "Not started", "2026-05-31", "", "1987343290"),
        ]),
        ("Trustee induction and development", [
            ("Redesign trustee induction, including a visit to the Breast Cancer Now Toby Robins Research "
             "Centre", "3.1", "Lucy Fernandes", "On track", "2026-01-31",
             "New induction pack drafted; first visit booked for January.", "1987344011"),
            ("Introduce annual individual trustee appraisals led by the Chair", "3.2", "Simon Hale",
             "Off track", "2025-10-31",
             "Appraisal framework not yet agreed; revised timetable to go to Nominations Committee.",
             "1987344058"),
            ("Commission an externally facilitated Board effectiveness review every three years", "3.3",
             "Priya Kaur", "", "", "", "1987344123"),
        ]),
    ]
    expected = []
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([title])
        w.writerow([])
        for gi, (group, items) in enumerate(groups):
            if gi:
                w.writerow([])
            w.writerow([group])
            w.writerow(hdr)
            for nm, ref, owner, status, due, upd, iid in items:
                w.writerow([nm, "", ref, owner, status, due, upd, iid])
                lead = [x.strip() for x in owner.split(",")]
                end = due[:7] if due else None
                expected.append(act(ref, [group], nm, lead, end, SMAP[status]))

    write_expected(
        name,
        source=("Imitates a charity's board effectiveness review action plan kept on a monday.com board "
                "and exported for the Nominations/Governance Committee (Breast Cancer Now, 2025; no "
                "public copy found). Copies the monday.com export layout: board name on the first line, "
                "each group's name on its own line followed by a repeated column-header line, item Name "
                "as the action, an empty Subitems column, a people column with several full names "
                "comma-separated, custom status labels (Complete / On track / At risk / Off track / Not "
                "started), ISO due dates, a long-text update and a numeric Item ID that is not the "
                "ref."),
        reads=("A CSV export titled with the board name, in three groups (themes of the review), each "
               "repeating the header line. Nine actions with a ref, owners (comma-separated full names "
               "are separate people), status label and due date; one item has no status and no date."),
        title=title, actions=expected)


# ---------------------------------------------------------------------------
# 7. Community Justice Scotland – board rolling action log (tab-separated txt), typo month
# ---------------------------------------------------------------------------
def cjs():
    name = "zsl-community-justice-scotland-board-action-log-typo-month-refuse.txt"
    title = "Community Justice Scotland – Board Rolling Action Log"
    lines = [
        title,
        "Updated following the Board meeting held on 11 December 2025. Completed actions are removed after "
        "they have been reported once.",
        "",
        "\t".join(["Action", "Meeting", "Item", "Action required", "Owner", "Due", "Status", "Update"]),
        "\t".join(["B25/07", "12 June 2025", "5. Performance report Q4",
                   "Provide a breakdown of Community Payback Order completion rates by local authority area",
                   "Head of Improvement", "September 2025", "Complete", "Included in the Q1 report."]),
        "\t".join(["B25/11", "12 June 2025", "8. Corporate risk register",
                   "Review the risk appetite statement and bring a revised statement to the Audit and Risk "
                   "Committee", "Chief Executive", "November 2025", "Complete",
                   "Approved by ARC on 20 November 2025."]),
        "\t".join(["B25/14", "11 September 2025", "4. Chief Executive's report",
                   "Circulate a briefing on the refreshed Community Justice Performance Framework",
                   "Director of Strategy and Communications", "October 2025", "Complete",
                   "Circulated 9 October."]),
        "\t".join(["B25/15", "11 September 2025", "6. Finance update",
                   "Prepare an options paper on 2026-27 budget reductions for the Board development session",
                   "Head of Corporate Services", "Febuary 2026", "On track",
                   "Development session scheduled for 5 February."]),
        "\t".join(["B25/18", "11 September 2025", "7. Board self-assessment",
                   "Arrange individual Board member appraisal meetings with the Chair", "Board Secretary",
                   "November 2025", "Overdue", "Four of seven meetings held; remainder in January."]),
        "\t".join(["B25/21", "11 December 2025", "5. Strategic plan 2026-29",
                   "Incorporate stakeholder consultation feedback and present the final draft strategic plan",
                   "Chief Executive; Director of Strategy and Communications", "March 2026", "On track", ""]),
        "\t".join(["B25/22", "11 December 2025", "9. AOB",
                   "Write to the Scottish Government sponsor team about the timing of grant-in-aid payments",
                   "Chair", "January 2026", "On track", ""]),
        "",
        "Status: Complete / On track / Overdue. Items marked Complete will be removed from the next log.",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    refuse_at = next(i for i, l in enumerate(lines, 1) if "Febuary" in l)
    write_expected(
        name,
        source=("Imitates a Scottish NDPB's board rolling action log saved as tab-separated text "
                "(Community Justice Scotland Board, December 2025; no public copy found; action "
                "numbering in the style of Scottish Government board minutes, e.g. 'Action 1-1309'). "
                "Copies a title line, an 'updated following' note, a header line, one line per action "
                "with action number, meeting date, agenda item, action, owner post(s), due month, "
                "status and update, and a status note at the end."),
        reads=("A board action log of seven actions from three meetings. The due month of B25/15 is "
               "written 'Febuary 2026', a mistyped month, so a careful reader stops and asks before "
               "reading the log."),
        title=title, actions=None, outcome="refuse", refuse_at=refuse_at)


if __name__ == "__main__":
    alliance()
    spso()
    ecni()
    shepton()
    diabetes()
    bcn()
    cjs()
    print("built", sorted(f for f in os.listdir(HERE) if f.startswith("zsl")))
