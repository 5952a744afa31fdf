"""Build the seven jq2- blind test files (set heldout311).

Run with /work/main/.venv/bin/python jq2_make.py ; files are written next to this script.
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def path(name):
    return os.path.join(HERE, name)


def header_row(ws, row, headers, colour=NAVY):
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(colour)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. Dartford BC internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def dartford():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Dartford Borough Council – Internal Audit Recommendations Tracker"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Follow-up of agreed audit actions – position as at 31 October 2025"
    s["A3"] = "Report to Audit Board, November 2025"
    hdr = ["Audit", "Assurance", "Actions agreed", "Implemented", "Not yet due",
           "Revised date agreed", "Overdue"]
    header_row(s, 5, hdr)
    rows = [
        ["Council Tax Reduction Scheme (2024/25)", "Limited", 2, 1, 0, 1, 0],
        ["Procurement and Contract Management (2024/25)", "Reasonable", 3, 1, 1, 1, 0],
        ["Cyber Security – Patch Management (2025/26)", "Limited", 2, 0, 1, 0, 1],
    ]
    r = 6
    for row in rows:
        for i, v in enumerate(row, start=1):
            c = s.cell(row=r, column=i, value=v)
            c.border = BOX
        r += 1
    s.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for col in range(3, 8):
        letter = get_column_letter(col)
        c = s.cell(row=r, column=col, value=f"=SUM({letter}6:{letter}{r-1})")
        c.font = Font(bold=True)
        c.border = BOX
    s.cell(row=r + 2, column=1,
           value="Only High and Medium priority actions are tracked; Low priority actions are "
                 "followed up at the next audit.")
    widths(s, [46, 12, 14, 13, 12, 18, 10])

    t = wb.create_sheet("Action Tracker")
    t["A1"] = "Dartford Borough Council – Internal Audit Recommendations Tracker"
    t["A1"].font = Font(bold=True, size=14)
    t["A2"] = "Outstanding High and Medium priority actions – management updates October 2025"
    t["A3"] = ("Status key:  B = Implemented (verified by Internal Audit)    G = On track to meet target "
               "date    A = Revised target date agreed    R = Overdue / no update received")
    t["A3"].font = Font(italic=True)
    headers = ["Ref", "Priority", "Finding and Recommendation", "Agreed Management Action",
               "Responsible Officer", "Original Target Date", "Revised Target Date", "Status",
               "Management Update (October 2025)"]
    header_row(t, 5, headers)
    status_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    groups = [
        ("Council Tax Reduction Scheme (2024/25) – Limited Assurance", [
            ("CTR/24/01", "High",
             "Evidence of household income should be verified and retained for all new claims "
             "before an award is made.",
             "Revise the new claims procedure so that income evidence is checked and scanned to the "
             "claim record before assessment, and brief all assessment staff on the revised procedure.",
             "Revenues & Benefits Manager", dt.datetime(2025, 3, 31), dt.datetime(2025, 12, 31), "A",
             "Procedure revised and issued June 2025. Staff briefings delayed by vacancies; two of three "
             "teams briefed, final team briefing booked for December."),
            ("CTR/24/02", "Medium",
             "A monthly sample of awards should be independently checked for accuracy.",
             "Introduce a monthly quality check of 5% of CTR awards by a Senior Benefits Officer, with "
             "results reported to the Revenues & Benefits Manager.",
             "Senior Benefits Officer / Revenues & Benefits Manager", dt.datetime(2025, 6, 30), None, "B",
             "Monthly checks in place from July 2025. Internal Audit verified the July to September "
             "checks on 14 October 2025."),
        ]),
        ("Procurement and Contract Management (2024/25) – Reasonable Assurance", [
            ("PCM/24/01a", "High",
             "The Contracts Register should be complete and published in line with the Local "
             "Government Transparency Code 2015.",
             "Carry out a full reconciliation of the Contracts Register against creditor payments over "
             "£5,000 for 2024/25 and add any missing contracts.",
             "Procurement Manager", dt.datetime(2025, 7, 31), None, "B",
             "Reconciliation completed; 23 contracts added to the register."),
            ("PCM/24/01b", "High", None,
             "Publish the updated Contracts Register on the council website each quarter.",
             "Procurement Manager; Communications Manager", dt.datetime(2025, 12, 31), None, "G",
             "Q2 register published 10 October 2025; quarterly publication added to the team calendar."),
            ("PCM/24/02", "Medium",
             "Contract managers should hold and record regular performance meetings with key suppliers.",
             "Issue a contract management toolkit including a standard meeting record template, and "
             "require quarterly meetings for all contracts over £100,000.",
             "Head of Corporate Services", dt.datetime(2025, 3, 31), dt.datetime(2026, 3, 31), "A",
             "Toolkit drafted. Revised date agreed with the Audit Manager to align with the "
             "Procurement Act 2023 go-live training."),
        ]),
        ("Cyber Security – Patch Management (2025/26) – Limited Assurance", [
            ("CYB/25/01", "High",
             "Critical and high-severity security patches should be applied within 14 days of release.",
             "Implement automated patch deployment for all council laptops and servers, with a monthly "
             "compliance report to the ICT Manager.",
             "ICT Manager", dt.datetime(2025, 10, 31), None, "R",
             "Automated deployment live for laptops. Servers outstanding pending approval of a "
             "maintenance window."),
            ("CYB/25/02", "Medium",
             "Unsupported software should be identified and removed or isolated from the network.",
             "Complete a software inventory and produce a decommissioning plan for all unsupported "
             "applications.",
             "ICT Manager", dt.datetime(2026, 3, 31), None, "G",
             "Inventory 70% complete."),
        ]),
    ]
    r = 6
    for title, items in groups:
        t.cell(row=r, column=1, value=title).font = Font(bold=True)
        for col in range(1, 10):
            t.cell(row=r, column=col).fill = fill(GREY)
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        rec_start = None
        for ref, prio, rec, action, lead, orig, rev, st, upd in items:
            vals = [ref, prio, rec, action, lead, orig, rev, st, upd]
            for i, v in enumerate(vals, start=1):
                c = t.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            sc = t.cell(row=r, column=8)
            sc.fill = fill(status_fill[st])
            sc.alignment = Alignment(horizontal="center", vertical="top")
            if rec is None and rec_start is not None:
                t.merge_cells(start_row=rec_start, start_column=3, end_row=r, end_column=3)
                t.merge_cells(start_row=rec_start, start_column=2, end_row=r, end_column=2)
            else:
                rec_start = r
            r += 1
    t.freeze_panes = "A6"
    widths(t, [12, 9, 40, 48, 26, 13, 13, 8, 48])
    wb.active = 1
    wb.save(path("jq2-dartford-borough-council-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Wyre Forest DC strategic risk register Q3 2025-26 (xlsx)
# ---------------------------------------------------------------------------
def wyre_forest():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Wyre Forest District Council"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Strategic Risk Register 2025-26 – Quarter 3 review"
    cov["A2"].font = Font(bold=True, size=13)
    ctrl = [
        ("Version", "3.2"),
        ("Register owner", "Corporate Director: Resources"),
        ("Reviewed by Corporate Leadership Team", "13 January 2026"),
        ("Reported to", "Audit, Accounts and Standards Committee – 26 January 2026"),
        ("Next review", "Quarter 4 (April 2026)"),
    ]
    for i, (k, v) in enumerate(ctrl, start=4):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=2, value=v)
        for col in (1, 2):
            cov.cell(row=i, column=col).border = BOX
    cov["A11"] = "Risk scoring"
    cov["A11"].font = Font(bold=True)
    scoring = [("15 – 25", "High", RED), ("8 – 12", "Medium", AMBER), ("1 – 6", "Low", GREEN)]
    for i, (rng, lvl, col) in enumerate(scoring, start=12):
        cov.cell(row=i, column=1, value=rng).fill = fill(col)
        cov.cell(row=i, column=2, value=lvl)
    cov["A16"] = "Action status (shown by colour on the register)"
    cov["A16"].font = Font(bold=True)
    status_key = [(GREEN, "On track"), (AMBER, "Minor slippage"),
                  (RED, "Significant delay / off track"), (BLUE, "Completed")]
    for i, (col, txt) in enumerate(status_key, start=17):
        cov.cell(row=i, column=1).fill = fill(col)
        cov.cell(row=i, column=2, value=txt)
    widths(cov, [40, 60])

    ws = wb.create_sheet("Strategic Risks Q3")
    ws["A1"] = "Wyre Forest District Council – Strategic Risk Register 2025-26 (Quarter 3)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Action status is shown by cell colour: Green = on track; Amber = minor slippage; "
                "Red = significant delay / off track; Blue = completed")
    ws["A2"].font = Font(italic=True)
    headers = ["Risk", "Cause and consequence", "Risk owner", "Inherent score (L x I)",
               "Key controls in place", "Residual score (L x I)", "Direction of travel", "Ref",
               "Further mitigating actions", "Action owner", "Due", "Status"]
    header_row(ws, 4, headers)
    score_fill = lambda s: RED if s >= 15 else (AMBER if s >= 8 else GREEN)
    risks = [
        ("SR1 – Financial sustainability",
         "Cause: reductions in government funding, inflation and demand pressures.\n"
         "Consequence: the council cannot set a balanced budget and has to make unplanned cuts to services.",
         "Corporate Director: Resources", (5, 4),
         "Medium Term Financial Strategy; monthly budget monitoring; reserves policy; Wyre Forest "
         "Forward transformation programme.", (4, 4), "↔",
         [("SR1.1", "Deliver the 2026-27 budget savings programme of £1.2m through the Wyre Forest "
                    "Forward transformation workstreams.", "Corporate Director: Resources", "Mar-26", GREEN),
          ("SR1.2", "Review fees and charges for 2026-27 and report the proposed charges to Cabinet.",
           "Head of Finance", "Jan-26", BLUE),
          ("SR1.3", "Refresh the Medium Term Financial Strategy to take account of the multi-year "
                    "local government finance settlement.", "Head of Finance", "Feb-26", AMBER)]),
        ("SR2 – Local government reorganisation",
         "Cause: the Worcestershire local government reorganisation programme.\n"
         "Consequence: loss of staff and focus, delay to council priorities and weaker service "
         "continuity during transition.",
         "Chief Executive", (5, 4),
         "Member LGR working group; programme governance with Worcestershire councils; staff briefings.",
         (4, 4), "↑",
         [("SR2.1", "Provide officer capacity and data to the Worcestershire LGR programme and respond "
                    "to information requests within agreed deadlines.", "Chief Executive", "Ongoing", GREEN),
          ("SR2.2", "Prepare a member and staff communications plan for the LGR transition.",
           "Head of Policy & Communications", "Apr-26", AMBER)]),
        ("SR3 – Cyber security and business continuity",
         "Cause: cyber attack, ransomware or loss of the data centre.\n"
         "Consequence: loss of systems and data, inability to deliver services, fines and "
         "reputational damage.",
         "Head of ICT and Customer Services", (4, 5),
         "Firewalls and endpoint protection; offsite backups; cyber awareness e-learning; business "
         "continuity plans.", (3, 5), "↔",
         [("SR3.1", "Achieve PSN compliance re-certification following the 2025 IT Health Check.",
           "ICT Manager", "Dec-25", RED),
          ("SR3.2", "Run a cyber incident exercise with the Corporate Leadership Team and test the ICT "
                    "disaster recovery plan.", "ICT Manager; Emergency Planning Officer", "Mar-26", GREEN)]),
        ("SR4 – Temporary accommodation demand",
         "Cause: rising homelessness presentations and a shortage of affordable private rented homes.\n"
         "Consequence: increased use of bed and breakfast, budget overspend and poor outcomes for "
         "families.",
         "Head of Strategic Growth", (4, 4),
         "Homelessness Prevention Strategy; weekly temporary accommodation review meeting; "
         "partnership with Community Housing Group.", (4, 3), "↓",
         [("SR4.1", "Acquire 10 additional units of temporary accommodation using Local Authority "
                    "Housing Fund round 3 grant.", "Strategic Housing Services Manager", "Q4 2025/26", AMBER),
          ("SR4.2", "Implement the Homelessness Prevention Grant spending plan, including the new "
                    "landlord incentive scheme.", "Strategic Housing Services Manager", "Sep-25", BLUE)]),
    ]
    r = 5
    for (title, cause, owner, inh, controls, res, dot, actions) in risks:
        start = r
        for ref, text, aowner, due, st in actions:
            for col, v in zip(range(8, 13), [ref, text, aowner, due, None]):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=12).fill = fill(st)
            ws.cell(row=r, column=12).border = BOX
            r += 1
        end = r - 1
        vals = [title, cause, owner, f"{inh[0]} x {inh[1]} = {inh[0]*inh[1]}", controls,
                f"{res[0]} x {res[1]} = {res[0]*res[1]}", dot]
        for col, v in enumerate(vals, start=1):
            c = ws.cell(row=start, column=col, value=v)
            c.alignment = WRAP
            c.border = BOX
            if end > start:
                ws.merge_cells(start_row=start, start_column=col, end_row=end, end_column=col)
        ws.cell(row=start, column=1).font = Font(bold=True)
        ws.cell(row=start, column=4).fill = fill(score_fill(inh[0] * inh[1]))
        ws.cell(row=start, column=6).fill = fill(score_fill(res[0] * res[1]))
    widths(ws, [26, 42, 22, 12, 40, 12, 10, 8, 50, 26, 12, 9])
    ws.freeze_panes = "A5"

    hm = wb.create_sheet("Heat map")
    hm["A1"] = "Residual risk heat map – Quarter 3 2025-26"
    hm["A1"].font = Font(bold=True)
    hm["A3"] = "Likelihood ↓ / Impact →"
    for i in range(1, 6):
        hm.cell(row=3, column=i + 1, value=i).font = Font(bold=True)
        hm.cell(row=3 + i, column=1, value=6 - i).font = Font(bold=True)
    placed = {(4, 4): "SR1, SR2", (3, 5): "SR3", (4, 3): "SR4"}
    for li in range(1, 6):
        for im in range(1, 6):
            c = hm.cell(row=3 + (6 - li), column=1 + im, value=placed.get((li, im)))
            c.fill = fill(score_fill(li * im))
            c.border = BOX
    widths(hm, [24, 12, 12, 12, 12, 12])
    wb.active = 1
    wb.save(path("jq2-wyre-forest-district-council-strategic-risk-register-q3-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 3. Merseyside Police HMICFRS VMM tracker, typo month (xlsx, refuse)
# ---------------------------------------------------------------------------
def merseyside():
    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc["A1"] = "Document control"
    dc["A1"].font = Font(bold=True, size=13)
    header_row(dc, 3, ["Version", "Date", "Author", "Changes"])
    hist = [
        ("0.1", "12/12/2022", "PSD Business Manager", "Initial draft following HMICFRS report"),
        ("1.0", "20/01/2023", "PSD Business Manager", "Approved by Force Organisational Learning Board"),
        ("1.4", "31/10/2023", "PSD Business Manager", "Q2 updates; 2 actions closed"),
        ("1.6", "31/01/2024", "PSD Business Manager", "Q3 updates for Deputy Chief Constable"),
    ]
    for i, row in enumerate(hist, start=4):
        for j, v in enumerate(row, start=1):
            dc.cell(row=i, column=j, value=v).border = BOX
    dc["A10"] = "RAG key"
    dc["A10"].font = Font(bold=True)
    for i, (word, col, txt) in enumerate([
            ("Complete", BLUE, "Action completed and evidence held"),
            ("Green", GREEN, "On track to meet target date"),
            ("Amber", AMBER, "At risk – mitigation in place"),
            ("Red", RED, "Target date missed or will be missed")], start=11):
        dc.cell(row=i, column=1, value=word).fill = fill(col)
        dc.cell(row=i, column=2, value=txt)
    widths(dc, [12, 40, 24, 50])

    ws = wb.create_sheet("VMM Tracker")
    ws["A1"] = "Merseyside Police – Professional Standards Department"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("HMICFRS: An inspection of vetting, misconduct, and misogyny in the police service "
                "(November 2022) – Force Recommendations Tracker")
    ws["A2"].font = Font(bold=True)
    ws["A3"] = ("Position at 31 January 2024  |  Strategic lead: Deputy Chief Constable  |  "
                "Governance: Force Organisational Learning Board")
    headers = ["Rec", "HMICFRS recommendation", "HMICFRS deadline", "Action No.", "Force action",
               "Owner", "Target date", "Previous RAG", "Current RAG", "Update / evidence"]
    header_row(ws, 5, headers)
    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    themes = [
        ("Vetting", [
            ("2", "By 31 October 2023, chief constables should make sure that their force vetting units "
                  "have enough trained staff to process vetting applications and renewals on time.",
             "31 October 2023", [
                ("2.1", "Recruit four additional vetting officers and one vetting supervisor to the Force "
                        "Vetting Unit.", "Head of PSD", "September 2023", "Amber", "Complete",
                 "All posts filled; final vetting officer started 4 September 2023."),
                ("2.2", "Introduce a weekly vetting backlog report to the PSD senior leadership team.",
                 "Vetting Manager", "July 2023", "Green", "Complete",
                 "Weekly report in place since June 2023."),
             ]),
            ("6", "By 30 April 2023, chief constables should make sure that vetting decisions where "
                  "adverse information is found are supported by a clearly recorded rationale.",
             "30 April 2023", [
                ("6.1", "Adopt the national vetting decision-making rationale template for all clearances "
                        "where adverse information is identified.", "Vetting Manager", "October 2023",
                 "Amber", "Green", "Template in use; dip sample of 50 files planned for March 2024."),
             ]),
        ]),
        ("Counter-corruption", [
            ("12", "By 31 October 2023, chief constables should make sure that their counter-corruption "
                   "units can monitor the use of all force IT systems and devices.",
             "31 October 2023", [
                ("12.1", "Procure and implement a software solution capable of monitoring all force "
                         "devices and systems.", "Head of ACU; Head of Digital Services", "March 2024",
                 "Red", "Amber", "Contract awarded December 2023; rollout to mobile devices under way."),
                ("12.2", "Complete a gap analysis of the Anti-Corruption Unit intelligence assessment "
                         "process against the counter-corruption APP.", "Head of ACU", "Febuary 2024",
                 "Amber", "Amber", "Draft gap analysis with Head of PSD for review."),
             ]),
        ]),
        ("Misconduct and misogyny", [
            ("30", "By 30 April 2023, chief constables should make sure that their officers and staff "
                   "know how to report misogynistic and predatory behaviour, including anonymously.",
             "30 April 2023", [
                ("30.1", "Launch an internal campaign on reporting sexual misconduct and misogyny, "
                         "including the anonymous reporting line.",
                 "Head of PSD / Head of Corporate Communications", "December 2023", "Green", "Complete",
                 "Campaign launched 6 November 2023; reports to the anonymous line up 40%."),
                ("30.2", "Deliver active bystander training to all sergeants, inspectors and police staff "
                         "supervisors.", "Head of Learning and Development", "June 2024", "-", "Green",
                 "612 of 1,180 supervisors trained."),
             ]),
        ]),
    ]
    r = 6
    typo_row = None
    for theme, recs in themes:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True, color="FFFFFF")
        for col in range(1, 11):
            ws.cell(row=r, column=col).fill = fill("2F5496")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for rec_no, rec_text, deadline, actions in recs:
            start = r
            for no, text, owner, target, prev, cur, upd in actions:
                vals = [no, text, owner, target, prev, cur, upd]
                for col, v in zip(range(4, 11), vals):
                    c = ws.cell(row=r, column=col, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                for col, v in ((8, prev), (9, cur)):
                    if v in rag_fill:
                        ws.cell(row=r, column=col).fill = fill(rag_fill[v])
                if "Febuary" in target:
                    typo_row = r
                r += 1
            for col, v in ((1, rec_no), (2, rec_text), (3, deadline)):
                c = ws.cell(row=start, column=col, value=v)
                c.alignment = WRAP
                c.border = BOX
                if r - 1 > start:
                    ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
    widths(ws, [6, 48, 14, 9, 46, 26, 14, 11, 11, 44])
    ws.freeze_panes = "A6"
    wb.active = 1
    wb.save(path("jq2-merseyside-police-hmicfrs-vetting-misconduct-misogyny-recommendations-tracker"
                 "-typo-month-refuse.xlsx"))
    return typo_row


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


def set_text(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))


# ---------------------------------------------------------------------------
# 4. Shetland Islands Council AAR 2023/24 action plan progress (docx)
# ---------------------------------------------------------------------------
def shetland():
    doc = Document()
    landscape(doc)
    doc.add_heading("Shetland Islands Council – Annual Audit Report 2023/24: Action Plan Progress Report", 0)
    doc.add_paragraph("Report to: Audit Committee – 24 February 2025")
    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([
            ("Report number", "F-012-F"),
            ("Report author", "Executive Manager – Finance"),
            ("External auditor", "Audit Scotland (appointed by the Accounts Commission)"),
            ("Progress reported at", "31 January 2025")]):
        set_text(info.rows[i].cells[0], k, bold=True)
        set_text(info.rows[i].cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph(
        "The external auditor's Annual Audit Report 2023/24 was presented to the Audit Committee on "
        "30 September 2024. Appendix 1 of that report set out recommendations and the management "
        "actions agreed in response. Progress on each agreed action is rated using the key below.")
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (w, col, txt) in enumerate([
            ("Complete", BLUE, "Action fully implemented"),
            ("Green", GREEN, "On track to meet the agreed date"),
            ("Amber", AMBER, "Some slippage – revised date proposed"),
            ("Red", RED, "Agreed date missed or action not started")]):
        set_text(key.rows[i].cells[0], w, bold=True)
        shade(key.rows[i].cells[0], col)
        set_text(key.rows[i].cells[1], txt)

    cols = ["No.", "Issue / risk", "Recommendation", "Agreed management action", "Responsible officer",
            "Agreed date", "Progress at January 2025", "RAG"]
    rag_col = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

    def plan_table(heading, columns, rows):
        doc.add_heading(heading, 2)
        tbl = doc.add_table(rows=1, cols=len(columns))
        tbl.style = "Table Grid"
        for i, h in enumerate(columns):
            set_text(tbl.rows[0].cells[i], h, bold=True)
            shade(tbl.rows[0].cells[i], "D9E2F3")
        for group in rows:
            first_idx = len(tbl.rows)
            for k, row in enumerate(group):
                cells = tbl.add_row().cells
                for i, v in enumerate(row):
                    if v is None:
                        continue
                    set_text(cells[i], v)
                shade(cells[-1], rag_col[row[-1]])
            # merge the issue / recommendation cells over a recommendation's actions
            if len(group) > 1:
                last_idx = len(tbl.rows) - 1
                n_shared = len(columns) - 6  # No.-like shared columns before the action
                for ci in range(1, n_shared + 1):
                    a = tbl.cell(first_idx, ci)
                    b = tbl.cell(last_idx, ci)
                    a.merge(b)
        doc.add_paragraph()

    plan_table("1. Audit of 2023/24 annual accounts", cols, [
        [("1",
          "Manual journals posted by senior finance staff are not subject to independent review before "
          "or after posting.",
          "The council should introduce a proportionate independent review of manual journals above a "
          "set value.",
          "A monthly review of manual journals over £50,000 will be carried out by the Team Leader – "
          "Accountancy and evidenced in the ledger.",
          "Team Leader – Accountancy", "31 December 2024",
          "Review in place from November 2024; first two months evidenced.", "Complete")],
        [("2",
          "The valuer was not provided with complete floor area data for harbour buildings and ferry "
          "terminals, resulting in a £3.1 million adjustment to the draft accounts.",
          "The council should ensure that the valuer receives complete and accurate asset data before "
          "the annual valuation exercise begins.",
          "Reconcile the fixed asset register to the property database before instructing the 2024/25 "
          "valuation programme.",
          "Executive Manager – Finance; Estates Manager", "31 March 2025",
          "Reconciliation under way; 80% of ports and harbours assets checked.", "Green")],
    ])
    plan_table("2. Wider scope: financial management and sustainability", cols, [
        [("3a",
          "The council continues to draw on its reserves to balance the budget, and the Medium Term "
          "Financial Plan shows a cumulative funding gap of £18.4 million by 2027/28.",
          "The council should approve a savings and transformation plan that sets out how the budget "
          "gap will be closed over the medium term.",
          "Present a Medium Term Financial Plan update to the Policy and Resources Committee setting out "
          "savings options for 2025/26 to 2027/28.",
          "Director of Corporate Services", "30 June 2025",
          "Savings options being developed with directorates for the June committee cycle.", "Green"),
         ("3b", None, None,
          "Establish a Change Programme Board to oversee delivery of transformation savings, with "
          "quarterly reporting to members.",
          "Chief Executive", "31 October 2024 (revised: 31 March 2025)",
          "Terms of reference drafted; first meeting moved to March 2025 to align with budget setting.",
          "Amber")],
    ])
    plan_table("3. Wider scope: vision, leadership, governance and Best Value", cols, [
        [("4",
          "Performance reports to committees do not consistently show how indicators relate to the "
          "outcomes in the corporate plan.",
          "Performance reporting should be aligned to the outcomes in \u2018Our Ambition 2021-26\u2019 so that "
          "members can assess progress against the council\u2019s priorities.",
          "Revise the Planning and Performance Management Framework so that quarterly performance "
          "reports map each indicator to a corporate plan outcome.",
          "Corporate Performance Manager", "June 2025",
          "Draft framework to be considered by the Corporate Management Team in March 2025.", "Green")],
        [("5",
          "The workforce strategy has not been updated since 2021 and does not address recruitment "
          "difficulties in care and education.",
          "The council should update its workforce strategy and link it to the Medium Term Financial Plan.",
          "Publish an updated Workforce Strategy 2025-2030, including actions on recruitment to "
          "hard-to-fill posts in care and education.",
          "Executive Manager – Human Resources", "30 September 2025",
          "Staff survey results delayed the workforce analysis by two months.", "Amber")],
    ])
    plan_table("Appendix: Prior year recommendations (2022/23) carried forward",
               ["No.", "Recommendation", "Agreed management action", "Responsible officer",
                "Agreed date", "Progress at January 2025", "RAG"], [
        [("b/f 1",
          "The council should complete its review of the Scheme of Administration and Delegations.",
          "Bring the revised Scheme of Administration and Delegations to Council for approval.",
          "Executive Manager – Governance and Law", "31 March 2024 (revised: 31 May 2025)",
          "Member workshops held in December 2024; report to Council in May 2025.", "Amber")],
        [("b/f 2",
          "ICT disaster recovery arrangements should be tested and the results reported to management.",
          "Carry out and document a full test of the ICT disaster recovery plan.",
          "Executive Manager – ICT", "30 September 2024",
          "Test completed 18 September 2024; lessons learned report to CMT in October.", "Complete")],
    ])
    doc.add_paragraph("END OF REPORT")
    doc.save(path("jq2-shetland-islands-council-annual-audit-report-2023-24-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Ceredigion CC domiciliary support service CIW improvement plan (docx)
# ---------------------------------------------------------------------------
def ceredigion():
    doc = Document()
    landscape(doc)
    doc.add_heading("Ceredigion County Council Domiciliary Support Service – "
                    "Post-Inspection Improvement Plan", 0)
    p = doc.add_paragraph()
    r = p.add_run("Gwasanaeth Cymorth Cartref Cyngor Sir Ceredigion – Cynllun Gwella ar ôl Arolygiad")
    r.italic = True
    doc.add_paragraph("Care Inspectorate Wales (CIW) inspection: 10 and 11 September 2024. "
                      "Report published: 5 November 2024.")
    info = doc.add_table(rows=5, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([
            ("Service", "Domiciliary Support Service (Porth Gofal) – Ceredigion County Council"),
            ("Responsible Individual", "Corporate Lead Officer – Porth Gofal"),
            ("Registered Manager", "Domiciliary Care Manager"),
            ("Plan monitored by", "Through Age and Wellbeing Programme Board (monthly)"),
            ("Version", "2.0 – progress updated 20 January 2025")]):
        set_text(info.rows[i].cells[0], k, bold=True)
        set_text(info.rows[i].cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete = blue; On track = green; Delayed = amber; Not met = red.")

    cols = ["Ref", "Action", "Lead", "Timescale", "Progress update (January 2025)", "Status"]
    col_for = {"Complete": BLUE, "On track": GREEN, "Delayed": AMBER, "Not met": RED}

    def theme_table(heading, blocks):
        doc.add_heading(heading, 1)
        tbl = doc.add_table(rows=1, cols=len(cols))
        tbl.style = "Table Grid"
        for i, h in enumerate(cols):
            set_text(tbl.rows[0].cells[i], h, bold=True)
            shade(tbl.rows[0].cells[i], "C5E0B3")
        for afi, actions in blocks:
            row = tbl.add_row()
            merged = row.cells[0].merge(row.cells[-1])
            set_text(merged, afi, bold=True)
            shade(merged, "F2F2F2")
            for act in actions:
                cells = tbl.add_row().cells
                for i, v in enumerate(act):
                    set_text(cells[i], v)
                shade(cells[-1], col_for[act[-1]])
        doc.add_paragraph()

    theme_table("1. Care and Support", [
        ("Regulation 16 – Personal plans are not always reviewed at least every three months with the "
         "individual and their representatives.", [
            ("CS1", "Introduce a three-monthly review diary for each care coordinator and audit a sample "
                    "of ten personal plans each month.", "Care Coordinators; Team Leader (Quality)",
             "Jan 2025", "Review diaries in use since November; December audit found 9 of 10 plans "
                         "reviewed on time.", "Complete"),
            ("CS2", "Update the personal plan template to record the person's own views and who took "
                    "part in the review.", "Team Leader (Quality)", "March 2025",
             "Draft template being translated; Welsh version needed before launch.", "Delayed"),
        ]),
    ])
    theme_table("2. Leadership and Management", [
        ("Priority Action Notice: Regulation 36 – Care staff are not receiving one-to-one supervision "
         "at least every three months and not all staff have completed mandatory training.", [
            ("LM1", "Put in place a supervision schedule so that every care worker receives one-to-one "
                    "supervision at least quarterly, recorded on the supervision tracker.",
             "Registered Manager", "By 31/12/2024",
             "Tracker in place; 94% of staff supervised in October to December.", "Complete"),
            ("LM2", "Book all staff with expired manual handling or safeguarding training onto courses "
                    "and monitor completion monthly.",
             "Registered Manager / Workforce Development Officer", "End of February 2025",
             "41 of 52 staff now up to date; remaining places booked for February.", "On track"),
        ]),
        ("Regulation 80 – The Responsible Individual's quality of care review does not include feedback "
         "from people using the service, their families and staff.", [
            ("LM3", "Send feedback questionnaires to people receiving care, their families and staff "
                    "before each quality of care review, and summarise the results in the report.",
             "Responsible Individual", "April 2025",
             "Questionnaire agreed; to be sent in February for the April review.", "On track"),
        ]),
        ("Regulation 35 – Not all staff files contain a full employment history with any gaps explained "
         "in writing.", [
            ("LM4", "Audit all staff files and obtain written explanations for any gaps in employment "
                    "history.", "HR Business Partner", "31/01/2025",
             "38 of 52 files complete; HR capacity affected by recruitment campaign.", "Not met"),
            ("LM5", "Add an employment history check to the recruitment checklist used by HR before a "
                    "start date is confirmed.", "HR Business Partner", "Ongoing",
             "Checklist updated in December; checked at each new start.", "On track"),
        ]),
    ])
    doc.add_paragraph("This plan will be shared with CIW and reviewed at each Programme Board meeting "
                      "until all actions are complete.")
    doc.save(path("jq2-ceredigion-county-council-domiciliary-support-service-ciw-inspection-"
                  "improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Cheshire West and Chester ASC CQC assessment improvement plan (csv)
# ---------------------------------------------------------------------------
def cheshire_west():
    import csv
    import io
    header = ["Ref", "CQC Theme", "Area for Improvement", "Action", "Lead(s)", "Due Date",
              "Revised Due Date", "RAG", "Latest Update"]
    n = len(header)
    t1 = "Theme 1: Working with people"
    t2 = "Theme 2: Providing support"
    t3 = "Theme 3: Ensuring safety"
    t4 = "Theme 4: Leadership"
    a1 = ("Waiting times for Care Act assessments and reviews are too long, particularly for people "
          "awaiting an annual review.")
    a2 = "Unpaid carers told CQC they did not always know about, or receive, a carer's assessment."
    a3 = ("Availability of home care in rural areas and for people with complex needs is limited.")
    a4 = "Transitions from children's to adult services are not well planned for some young people."
    a5 = "Safeguarding enquiries are not always concluded in a timely way."
    a6 = "Co-production with people who draw on care and support is at an early stage."
    rows = [
        ["1.1", t1, a1, "Deploy a dedicated review team for 12 months to reduce the backlog of overdue "
                        "annual reviews.", "Head of Operations – Adult Social Care", "31/03/2025",
         "30/06/2025", "Amber",
         "Team in place from Oct 24.\nBacklog reduced from 1,240 to 860; trajectory revised to June."],
        ["1.2", t1, a1, "Introduce a waiting list risk-triage tool and contact everyone waiting more than "
                        "28 days for an assessment.", "Principal Social Worker; Service Manager – Front Door",
         "Dec-24", "", "Complete", "Triage tool live 2 December 2024."],
        ["1.3", t1, a2, "Co-produce a revised carers' offer with local carers' organisations and the "
                        "Carers Partnership Board.", "Commissioning Manager (Carers)", "Q1 2025/26", "",
         "Green", "Two co-production workshops held in February."],
        ["2.1", t2, a3, "Recommission the rural home care framework with enhanced rates for hard-to-reach "
                        "areas.", "Head of Commissioning", "Sep-25", "", "Green",
         "Market engagement event held 30 January 2025."],
        ["2.2", t2, a3, "Develop a complex needs accommodation plan covering:\n- supported living for "
                        "people with learning disabilities\n- extra care housing in Winsford and Northwich",
         "Head of Commissioning; Strategic Housing Lead", "March 2026", "", "Not started",
         "Scoping to begin April 2025."],
        ["3.1", t3, a4, "Agree a joint Preparing for Adulthood protocol with Children's Services, with "
                        "planning starting from age 14.",
         "Assistant Director – Adults / Assistant Director – Children's Social Care", "30/04/2025", "",
         "Green", "Draft protocol out for consultation with the Parent Carer Forum."],
        ["3.2", t3, a5, "Hold weekly safeguarding performance clinics and reduce the number of open "
                        "Section 42 enquiries over 90 days by 50%.", "Head of Safeguarding Adults",
         "31/12/2024", "31/03/2025", "Red",
         "Open enquiries over 90 days down from 212 to 164 (23%).\nAdditional agency capacity requested."],
        ["4.1", t4, a6, "Establish a Lived Experience Panel and pay members for their involvement in line "
                        "with the council's involvement policy.", "Director of Adult Social Services",
         "Ongoing", "", "Green", "Panel recruited (11 members); first meeting 12 March 2025."],
        ["4.2", t4, a6, "Publish a 'You said, we did' report on the ASC website every six months.",
         "ASC Engagement Officer", "Jun-25", "", "Green", "First report being drafted."],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Cheshire West and Chester Council – Adult Social Care Improvement Plan "
                "(CQC Local Authority Assessment)"] + [""] * (n - 1))
    w.writerow(["Exported from Verto 07/03/2025 – RAG as reported to ASC Improvement Board 26/02/2025"]
               + [""] * (n - 1))
    w.writerow([""] * n)
    w.writerow(header)
    for row in rows:
        w.writerow(row)
    w.writerow([""] * n)
    w.writerow(["RAG summary: Complete 1, Green 5, Amber 1, Red 1, Not started 1"] + [""] * (n - 1))
    with open(path("jq2-cheshire-west-and-chester-council-asc-cqc-assessment-improvement-plan.csv"),
              "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Orkney Islands Council SHR annual assurance statement improvement plan (txt)
# ---------------------------------------------------------------------------
def orkney():
    rule = "-" * 72
    L = []
    L.append("Orkney Islands Council – Housing Services Annual Assurance Statement Improvement Plan 2024-25")
    L.append("Appendix 2 – progress update at 30 June 2025")
    L.append("")
    L.append("This plan sets out the areas for improvement identified in the Council's Annual Assurance")
    L.append("Statement submitted to the Scottish Housing Regulator (SHR) in October 2024, and the actions")
    L.append("agreed to address them.")
    L.append("")
    L.append("Status key: RED - not on track; AMBER - some slippage; GREEN - on track; COMPLETE - action closed")
    L.append("")

    def area(title, blocks):
        L.append(rule)
        L.append(title)
        L.append(rule)
        for imp, actions in blocks:
            L.append("Improvement required:")
            L.append(imp)
            L.append("")
            for ref, action, lead, target, status, update in actions:
                L.append(f"{ref:<5}Action:  {action}")
                L.append(f"     Lead:    {lead}")
                L.append(f"     Target:  {target}")
                L.append(f"     Status:  {status}")
                ulines = update.split("\n")
                L.append(f"     Update:  {ulines[0]}")
                for u in ulines[1:]:
                    L.append(f"              {u}")
                L.append("")

    area("AREA 1: TENANT AND RESIDENT SAFETY", [
        ("Electrical installation condition reports (EICRs) were overdue for 42 council homes at 31 March 2024.", [
            ("1.1", "Complete all overdue EICRs, prioritising properties on the isles where contractor access is limited.",
             "Housing Maintenance Manager", "30 September 2024", "COMPLETE",
             "All 42 EICRs completed by 27 September 2024; two remedial\nworks orders closed in October."),
            ("1.2", "Move EICR and smoke and heat alarm servicing dates into the new housing asset management system so that overdue inspections are flagged automatically.",
             "Housing Maintenance Manager / Systems Officer (Housing)", "March 2025 (revised to June 2025)", "AMBER",
             "Data migrated; automatic alerts being tested with the supplier."),
        ]),
        ("The Council does not have a written damp and mould policy or target timescales for responding to reports.", [
            ("1.3", "Approve a Damp, Mould and Condensation Policy with response timescales for inspection and repair.",
             "Head of Housing, Homelessness and Schoolcare Accommodation Services", "31/01/2025", "COMPLETE",
             "Policy approved by Education, Leisure and Housing Committee\non 22 January 2025."),
        ]),
    ])
    area("AREA 2: HOMELESSNESS", [
        ("The Council breached the Unsuitable Accommodation Order on 17 occasions in 2023/24, mainly through the use of bed and breakfast in Kirkwall.", [
            ("2.1", "Convert four council-owned flats in Kirkwall into furnished temporary accommodation.",
             "Housing Options Team Leader", "Q4 2024/25", "AMBER",
             "Three of the four flats are in use; the fourth is awaiting a\nkitchen replacement."),
            ("2.2", "Report Unsuitable Accommodation Order breaches to the Corporate Leadership Team every month.",
             "Housing Options Team Leader", "Monthly", "GREEN",
             "Reported monthly since November 2024; 4 breaches in Q4."),
        ]),
    ])
    area("AREA 3: TENANT ENGAGEMENT AND SCRUTINY", [
        ("Tenants were not involved in scrutinising the Annual Assurance Statement or the Annual Return on the Charter.", [
            ("3.1", "Set up a tenant scrutiny group with support from TPAS Scotland.",
             "Tenant Participation Officer", "June 2025", "GREEN",
             "Six tenants recruited, including two from the outer isles\n(attending online)."),
            ("3.2", "Hold a tenant and councillor workshop on the draft 2025 Annual Assurance Statement before it is submitted to the SHR.",
             "Tenant Participation Officer; Service Manager (Housing)", "By 31 October 2025", "NOT STARTED",
             "Planned for September 2025."),
        ]),
    ])
    area("AREA 4: EQUALITIES AND HUMAN RIGHTS", [
        ("The Council does not collect equalities information for all tenants and people who use its homelessness services.", [
            ("4.1", "Run a tenant profile survey to collect equalities data, with telephone follow-up for tenants on the isles.",
             "Service Manager (Housing)", "December 2025", "GREEN",
             "Survey questions agreed with the scrutiny group."),
            ("4.2", "Add equalities questions to the homelessness assessment form and the housing application form.",
             "Housing Options Team Leader", "Sept 2025", "GREEN",
             "Forms updated in draft; system change requested."),
        ]),
    ])
    L.append(rule)
    L.append("Summary at 30 June 2025: 9 actions - 2 complete, 4 green, 2 amber, 0 red, 1 not started.")
    L.append("End of appendix")
    with open(path("jq2-orkney-islands-council-shr-annual-assurance-statement-improvement-plan.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    dartford()
    wyre_forest()
    row = merseyside()
    print("merseyside typo row:", row)
    shetland()
    ceredigion()
    cheshire_west()
    orkney()
    print("done")
