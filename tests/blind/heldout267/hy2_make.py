"""Build the seven hy2- blind cases of set heldout267 (data files and their expected readings).

Run with /work/main/.venv/bin/python hy2_make.py  (needs openpyxl, python-docx, pyyaml).
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

FILL = {
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
    "grey": "BFBFBF", "navy": "1F3864", "light": "D9E1F2", "pale": "F2F2F2",
}


def d(y, m, day):
    return dt.datetime(y, m, day)


def write_yaml(name, data):
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, allow_unicode=True, sort_keys=False, width=100)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def xfill(key):
    return PatternFill("solid", start_color=FILL.get(key, key), end_color=FILL.get(key, key))


# ---------------------------------------------------------------------------
# 1. Cornwall Council - ASC CQC assessment improvement plan (xlsx, read)
# ---------------------------------------------------------------------------
def cornwall():
    name = "hy2-cornwall-council-asc-cqc-assessment-improvement-plan.xlsx"
    title = "Cornwall Council Adult Social Care: CQC Assessment Improvement Plan 2025–27"
    T1 = "Theme 1: Working with people"
    T2 = "Theme 2: Providing support"
    T3 = "Theme 3: Ensuring safety within the system"
    T4 = "Theme 4: Leadership"
    A = ("People wait too long for a Care Act assessment and for reviews of their care and support, "
         "and there is limited oversight of risk while people are waiting.")
    B = ("Unpaid carers told CQC they did not always receive a carer's assessment or know what "
         "support was available to them.")
    C = ("There is insufficient domiciliary care capacity in rural west Cornwall, so people remain in "
         "hospital or in short-term placements longer than necessary.")
    D = ("Safeguarding enquiries are not always concluded in a timely way and the quality of "
         "Section 42 enquiries is inconsistent.")
    E = ("Performance information is not used consistently across teams to understand outcomes "
         "and drive improvement.")
    # ref, theme, afi, action, lead cell, orig, revised, prev, current, update, expected
    rows = [
        (T1, A, "1.1", "Introduce a single waiting list triage tool with a risk rating for every person waiting, reviewed weekly by team managers.",
         "Head of Adult Social Care Operations", d(2025, 3, 31), d(2025, 6, 30), "Amber", "Green",
         "Tool live in all locality teams from June. Weekly review evidenced in team manager minutes.",
         (["Head of Adult Social Care Operations"], "2025-06", "green")),
        (T1, A, "1.2", "Deliver the review recovery project to reduce overdue annual reviews to below 15% of people receiving long-term support.",
         "Principal Social Worker; Review Team Manager", d(2025, 12, 31), None, "Red", "Amber",
         "Overdue reviews down from 38% to 24%. Agency reviewing team extended to December.",
         (["Principal Social Worker", "Review Team Manager"], "2025-12", "amber")),
        (T1, A, "1.3", "Publish waiting times for assessment on the council website and update them monthly.",
         "Head of Adult Social Care Operations", d(2025, 9, 30), None, "Green", "Complete",
         "First publication August 2025; monthly update process in place.",
         (["Head of Adult Social Care Operations"], "2025-09", "blue")),
        (T1, B, "1.4", "Recommission the carers' support service to include carers' assessments under delegated authority.",
         "Commissioning Manager – Carers and Prevention", d(2026, 4, 1), None, "Green", "Green",
         "Tender published September 2025. Contract award planned January 2026.",
         (["Commissioning Manager – Carers and Prevention"], "2026-04", "green")),
        (T1, B, "1.5", "Co-produce a Carers' Offer leaflet and web page with the Carers Partnership Board.",
         "Carers Lead", "Q4 2025/26", None, "Amber", "Red",
         "Carers Lead post vacant since July; recruitment under way.",
         (["Carers Lead"], "2026-03", "red", "Q4 2025/26")),
        (T2, C, "2.1", "Launch a rural home care incentive scheme with providers operating in Penwith and Kerrier.",
         "Head of Commissioning and Market Shaping", d(2025, 11, 30), None, "Amber", "Amber",
         "Scheme design agreed with provider forum; mileage uplift approved by Cabinet in October.",
         (["Head of Commissioning and Market Shaping"], "2025-11", "amber")),
        (T2, C, "2.2", "Refresh the Market Sustainability Plan and publish an updated Market Position Statement.",
         "Head of Commissioning and Market Shaping", d(2025, 7, 31), d(2025, 10, 31), "Amber", "Complete",
         "Market Position Statement published 24 October 2025.",
         (["Head of Commissioning and Market Shaping"], "2025-10", "blue")),
        (T3, D, "3.1", "Establish a Safeguarding Adults Hub as a single front door for all safeguarding concerns.",
         "Head of Safeguarding Adults", d(2026, 1, 31), None, "Green", "Green",
         "Hub manager appointed; staff consultation closed 12 September.",
         (["Head of Safeguarding Adults"], "2026-01", "green")),
        (T3, D, "3.2", "Introduce quarterly audits of Section 42 enquiries, reporting findings to the Cornwall and Isles of Scilly Safeguarding Adults Board.",
         "Principal Social Worker / Head of Quality Assurance", "Quarterly", None, None, "Not started",
         "Audit tool drafted; first audit cycle to start when the hub is live.",
         (["Principal Social Worker", "Head of Quality Assurance"], None, "unrated", "Quarterly")),
        (T4, E, "4.1", "Implement an adult social care performance dashboard in Power BI.\nRoll it out to all team managers with training.",
         "Head of Performance and Intelligence", d(2026, 3, 31), None, "Green", "Green",
         "Dashboard in test with two pilot teams.",
         (["Head of Performance and Intelligence"], "2026-03", "green")),
    ]
    rag_fill = {"Red": "red", "Amber": "amber", "Green": "green", "Complete": "blue", "Not started": "grey"}

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Document control"
    cov["A3"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Change"),
          ("1.0", d(2025, 2, 18), "ASC Improvement Programme Manager", "Plan approved by Cabinet"),
          ("1.2", d(2025, 7, 16), "ASC Improvement Programme Manager", "Revised target dates agreed by Improvement Board"),
          ("1.3", d(2025, 10, 14), "ASC Improvement Programme Manager", "September 2025 progress update")]
    for i, r in enumerate(dc):
        for j, v in enumerate(r):
            c = cov.cell(row=4 + i, column=1 + j, value=v)
            c.border = BORDER
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 0:
                c.font = Font(bold=True)
    cov["A9"] = "Plan owner: Strategic Director – Care and Wellbeing"
    cov["A10"] = "Governance: Adult Social Care Improvement Board (monthly); Health and Adult Social Care Overview and Scrutiny Committee (quarterly)"
    for col, w in zip("ABCD", (14, 14, 36, 48)):
        cov.column_dimensions[col].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of action status – September 2025"
    sm["A1"].font = Font(bold=True, size=12)
    counts = {}
    for r in rows:
        counts[r[8]] = counts.get(r[8], 0) + 1
    sm_rows = [("Current RAG", "Number of actions")] + [
        (k, counts.get(k, 0)) for k in ("Complete", "Green", "Amber", "Red", "Not started")] + [("Total", len(rows))]
    for i, (k, v) in enumerate(sm_rows):
        a = sm.cell(row=3 + i, column=1, value=k)
        b = sm.cell(row=3 + i, column=2, value=v)
        a.border = b.border = BORDER
        if i == 0 or k == "Total":
            a.font = b.font = Font(bold=True)
        if k in rag_fill:
            a.fill = xfill(rag_fill[k])
    sm["D3"] = "RAG key"
    sm["D3"].font = Font(bold=True)
    key = [("Complete", "Action delivered and evidenced"), ("Green", "On track to meet target date"),
           ("Amber", "Some slippage – recoverable"), ("Red", "Off track – Improvement Board decision needed"),
           ("Not started", "Not yet due to start")]
    for i, (k, v) in enumerate(key):
        a = sm.cell(row=4 + i, column=4, value=k)
        a.fill = xfill(rag_fill[k])
        sm.cell(row=4 + i, column=5, value=v)
    sm.column_dimensions["A"].width = 16
    sm.column_dimensions["B"].width = 18
    sm.column_dimensions["D"].width = 14
    sm.column_dimensions["E"].width = 44

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress position: 30 September 2025 | Reported to Adult Social Care Improvement Board, 21 October 2025"
    ws.merge_cells("A2:I2")
    heads = ["Ref", "Area for improvement (CQC report, January 2025)", "Action", "Lead",
             "Original target date", "Revised target date", "Previous RAG (Jun 25)", "Current RAG (Sep 25)",
             "Progress update"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("navy")
        c.alignment = WRAP
        c.border = BORDER
    r = 5
    cur_theme = cur_afi = None
    afi_start = None
    expected = []

    def close_afi(end_row):
        if afi_start is not None and end_row > afi_start:
            ws.merge_cells(start_row=afi_start, start_column=2, end_row=end_row, end_column=2)

    for (theme, afi, ref, action, lead, orig, rev, prev, cur, upd, exp) in rows:
        if theme != cur_theme:
            close_afi(r - 1)
            afi_start = None
            ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
            for j in range(1, 10):
                ws.cell(row=r, column=j).fill = xfill("light")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            cur_theme = theme
            cur_afi = None
        if afi != cur_afi:
            close_afi(r - 1)
            ws.cell(row=r, column=2, value=afi)
            afi_start = r
            cur_afi = afi
        vals = [ref, None, action, lead, orig, rev, prev, cur, upd]
        for j, v in enumerate(vals):
            if j == 1:
                ws.cell(row=r, column=2).alignment = WRAP
                ws.cell(row=r, column=2).border = BORDER
                continue
            c = ws.cell(row=r, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BORDER
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if j in (6, 7) and v:
                c.fill = xfill(rag_fill[v])
        lead_l, end, status = exp[0], exp[1], exp[2]
        expected.append(act(ref, [theme, afi], action, lead_l, end, status, exp[3] if len(exp) > 3 else None))
        r += 1
    close_afi(r - 1)
    r += 1
    ws.cell(row=r, column=1, value="Notes: Where a revised target date is shown it was agreed by the Improvement Board on 16 July 2025. The RAG key is on the Summary sheet.")
    for col, w in zip("ABCDEFGHI", (6, 42, 52, 28, 13, 13, 12, 12, 46)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates the adult social care improvement plans English councils published after their CQC "
                   "local authority assessment (2024-25; e.g. the B&NES Cabinet progress report, LGA Partners in "
                   "Care and Health guidance): a Cover sheet with document control, a Summary sheet with RAG counts "
                   "and key, and the plan sheet grouped under the four CQC themes as merged full-width rows, the "
                   "CQC area for improvement merged down over its actions, job titles as leads, original and "
                   "revised target dates, previous and current RAG (text plus fill), progress updates and a notes line."),
        "reads": ("Cornwall Council's ASC improvement plan after its CQC assessment: ten numbered actions under the "
                  "four CQC themes, each answering an area for improvement from the report. The revised date is "
                  "the due month where given, and the current (September 2025) RAG is the status; Cover and "
                  "Summary sheets hold no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 2. Hertsmere BC - internal audit recommendations tracker (csv, read)
# ---------------------------------------------------------------------------
def hertsmere():
    name = "hy2-hertsmere-bc-internal-audit-recommendations-tracker.csv"
    title = "Hertsmere Borough Council – Internal Audit Recommendations Tracker"
    header = ["Audit Title", "Year", "Assurance Level", "Rec Ref", "Priority", "Recommendation",
              "Agreed Management Action", "Responsible Officer", "Original Deadline", "Revised Deadline",
              "RAG", "SIAS Comment (December 2025)"]
    PAY = "Payroll"
    CYB = "Cyber Security"
    S106 = "Section 106 Agreements"
    recs = {
        "p1": "Starter and leaver forms should be authorised by the budget holder before changes are processed in iTrent.",
        "p2": "Overtime claims should be checked to approved timesheets on a sample basis each month.",
        "c1": "Multi-factor authentication should be enforced for all remote access and privileged accounts.",
        "c2": "A cyber incident response plan should be documented and tested at least annually.",
        "s1": "The S106 monitoring database should be reconciled to the general ledger each quarter.",
        "s2": "Contributions approaching their spend deadline should be reported to Members.",
    }
    rows = [
        # audit cols shown only on first row of each audit
        ([PAY, "2024/25", "Reasonable"], "R1", "Medium", recs["p1"],
         "Payroll will reject any starter or leaver form not authorised by the budget holder and report rejected forms to HR each month.",
         "HR & Payroll Manager", "31/03/2025", "", "B", "Implemented. Evidence of rejected forms seen for April to June 2025.",
         (PAY, ["HR & Payroll Manager"], "2025-03", "blue")),
        (["", "", ""], "R2", "Medium", recs["p2"],
         "A monthly sample of 10 overtime claims will be checked against approved timesheets and the check evidenced.",
         "HR & Payroll Manager", "30/06/2025", "31/03/2026", "A", "Two monthly samples completed; revised deadline agreed by Director of Resources.",
         (PAY, ["HR & Payroll Manager"], "2026-03", "amber")),
        ([CYB, "2024/25", "Limited"], "R1", "High", recs["c1"],
         "Enforce MFA on all remote access and administrator accounts; exceptions to be approved by the Head of Digital Services.",
         "Head of Digital Services", "30/04/2025", "31/10/2025", "B", "Implemented. Exceptions register reviewed by SIAS.",
         (CYB, ["Head of Digital Services"], "2025-10", "blue")),
        (["", "", ""], "R2", "High", recs["c2"],
         "Document a cyber incident response plan and run a tabletop exercise with the Corporate Management Board.",
         "Head of Digital Services / Emergency Planning Officer", "30/09/2025", "", "R", "Plan drafted; exercise not yet scheduled. Overdue.",
         (CYB, ["Head of Digital Services", "Emergency Planning Officer"], "2025-09", "red")),
        ([S106, "2025/26", "Reasonable"], "R1", "Medium", recs["s1"],
         "Quarterly reconciliation of the S106 monitoring database to the general ledger, signed off by the Finance Business Partner.",
         "Planning Obligations Officer", "31/01/2026", "", "G", "Q2 reconciliation completed in draft.",
         (S106, ["Planning Obligations Officer"], "2026-01", "green")),
        (["", "", ""], "R2", "Medium", recs["s2"],
         "Add an 'approaching expiry' section to the annual Infrastructure Funding Statement and the six-monthly report to Planning Committee.",
         "Head of Planning and Economic Development", "31/03/2026", "", "G", "Not yet due.",
         (S106, ["Head of Planning and Economic Development"], "2026-03", "green")),
    ]
    lines = [
        [title],
        ["Medium and high priority recommendations – position at 31 December 2025 (Audit Committee, 21 January 2026)"],
        ["Prepared by the Shared Internal Audit Service (SIAS)"],
        [],
        header,
    ]
    expected = []
    for (aud, ref, pri, rec, action, officer, orig, rev, rag, comm, exp) in rows:
        lines.append(aud + [ref, pri, rec, action, officer, orig, rev, rag, comm])
        audit, lead, end, status = exp
        expected.append(act(ref, [audit, rec], action, lead, end, status))
    lines += [
        [],
        ["Summary: 6 recommendations reported – 2 implemented (B), 2 on track (G), 1 revised deadline agreed (A), 1 overdue (R)"],
        ["Key: B = implemented; G = in progress within deadline; A = in progress, revised deadline agreed; R = not implemented and deadline passed"],
    ]
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln)

    write_yaml(name, {
        "source": ("Imitates the Shared Internal Audit Service (SIAS) appendix on the status of medium and high "
                   "priority recommendations that Hertfordshire districts such as Hertsmere and East Herts take to "
                   "their audit committees (2024-26), exported to CSV: title lines, one row per recommendation with "
                   "the audit title, year and assurance shown only on the first row of each audit, the "
                   "recommendation beside the agreed management action, responsible officer (job titles, one cell "
                   "with two posts), original and revised deadlines (day-first), RAG letters, SIAS comment, and a "
                   "summary and key line at the foot."),
        "reads": ("Six agreed management actions from three Hertsmere internal audits (Payroll, Cyber Security, "
                  "Section 106 Agreements), each answering the recommendation on its row. The revised deadline is "
                  "the due month where one is given, and the RAG letter is the status, with B meaning implemented."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


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


def set_cell(cell, text, bold=False, italic=False, color=None, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    parts = text.split("\n")
    for i, part in enumerate(parts):
        run = p.add_run(part)
        run.bold = bold
        run.italic = italic
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
        if size:
            run.font.size = Pt(size)
        if i < len(parts) - 1:
            run.add_break()


# ---------------------------------------------------------------------------
# 3. Guildford BC - corporate improvement plan progress update (docx, read)
# ---------------------------------------------------------------------------
def guildford():
    name = "hy2-guildford-bc-corporate-improvement-plan-progress-update.docx"
    title = "Guildford Borough Council Improvement Plan"
    O1 = "Objective 1: Clear strategic direction"
    O2 = "Objective 2: Value for money"
    O3 = "Objective 3: Decision making and governance"
    O4 = "Objective 4: Public service culture"
    R1 = "R1: Agree a clear corporate strategy with a small number of priorities that are understood by councillors and staff."
    R5 = "R5: Strengthen financial grip, including budget ownership by service leads and a robust Medium Term Financial Plan."
    R8 = "R8: Review the Constitution, scheme of delegation and contract procedure rules, and monitor compliance with them."
    R11 = "R11: Build an open culture in which staff feel able to raise concerns, supported by a refreshed whistleblowing policy."
    sections = [
        (O1, "Establish a clear strategic direction and values for the Council", [
            (R1, [
                ("IP1.1", "Adopt the Corporate Strategy 2024–2028 and publish the Council's values.", "Joint Chief Executive",
                 "July 2024", "Complete", "Corporate Strategy and values adopted by Full Council, 23 July 2024.",
                 (["Joint Chief Executive"], "2024-07", "blue")),
                ("IP1.2", "Publish an annual Delivery Plan setting out milestones for each corporate priority.", "Strategy and Performance Manager",
                 "31/05/2025", "Complete", "Delivery Plan 2025-26 published May 2025.",
                 (["Strategy and Performance Manager"], "2025-05", "blue")),
            ]),
        ]),
        (O2, "Ensure we provide the best value for money", [
            (R5, [
                ("IP2.1", "Revise the Financial Procedure Rules and Budget Management Policy and train all budget holders.",
                 "Strategic Director of Finance (S151 Officer)", "31/03/2026", "Green",
                 "Rules adopted; 84% of budget holders trained. Remaining sessions booked for January.",
                 (["Strategic Director of Finance (S151 Officer)"], "2026-03", "green")),
                ("IP2.2", "Review the capital programme quarterly against corporate priorities and report to the Executive.",
                 "Strategic Director of Finance (S151 Officer)", "Ongoing", "Green",
                 "Q2 review reported to Executive in November 2025.",
                 (["Strategic Director of Finance (S151 Officer)"], None, "green", "Ongoing")),
            ]),
        ]),
        (O3, "Implement effective governance so that decisions are made at the right level, with clear accountabilities", [
            (R8, [
                ("IP3.1", "Complete a full review of the Constitution, including the officer scheme of delegation, for adoption by Full Council.",
                 "Monitoring Officer", "31 March 2026", "Amber",
                 "Parts 1–3 reviewed by the Constitution Working Group; scheme of delegation still in draft.",
                 (["Monitoring Officer"], "2026-03", "amber")),
                ("IP3.2", "Introduce a contracts register and a quarterly contract compliance report to the Corporate Governance and Standards Committee.",
                 "Procurement Lead and Monitoring Officer", "Q4 2025/26", "Red",
                 "Register incomplete: 40% of contracts over £25k not yet recorded.",
                 (["Procurement Lead", "Monitoring Officer"], "2026-03", "red", "Q4 2025/26")),
            ]),
        ]),
        (O4, "Develop a culture of public service, openness and respect", [
            (R11, [
                ("IP4.1", "Refresh the Whistleblowing Policy and launch it with mandatory e-learning for all staff.",
                 "Head of HR", "30/09/2025", "Complete", "Policy launched 1 September 2025; e-learning completion 91%.",
                 (["Head of HR"], "2025-09", "blue")),
                ("IP4.2", "Run an all-staff survey and publish an action plan in response to the results.",
                 "Head of HR; Head of Communications", "June 2026", "Not started", "Survey planned for March 2026.",
                 (["Head of HR", "Head of Communications"], "2026-06", "unrated")),
            ]),
        ]),
    ]
    rag_col = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Not started": "D9D9D9"}

    doc = Document()
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Six-monthly progress update to Full Council – position at 31 December 2025")
    doc.add_paragraph(
        "This update reports progress against the actions the Council agreed in response to the two SOLACE "
        "reviews of 2024 (Independent Governance Review and Housing Landlord Review). Housing actions are "
        "reported separately in the Housing Improvement Sub-Plan.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Version", "Date", "Author", "Summary of change")):
        set_cell(c, h, bold=True)
    for row in (("3.0", "12/02/2026", "Improvement Programme Manager", "December 2025 position"),
                ("2.0", "15/07/2025", "Improvement Programme Manager", "June 2025 position"),
                ("1.0", "30/07/2024", "Joint Chief Executive", "Plan approved by Full Council")):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for lab, txt in (("Complete", "Action delivered and evidenced"), ("Green", "On track to deliver by the target date"),
                     ("Amber", "At risk of slipping – mitigation in place"), ("Red", "Off track – escalated to the Improvement Board"),
                     ("Not started", "Not yet due to start")):
        cells = k.add_row().cells
        set_cell(cells[0], lab, bold=True)
        shade(cells[0], rag_col[lab])
        set_cell(cells[1], txt)

    expected = []
    for obj, desc, recs in sections:
        doc.add_heading(obj, level=1)
        p = doc.add_paragraph()
        p.add_run(desc).italic = True
        for rec, acts in recs:
            rp = doc.add_paragraph()
            rp.add_run(rec).bold = True
            tb = doc.add_table(rows=1, cols=6)
            tb.style = "Table Grid"
            for c, h in zip(tb.rows[0].cells, ("Ref", "Action", "Lead officer", "Target date", "RAG", "Progress update")):
                set_cell(c, h, bold=True, color="FFFFFF")
                shade(c, "1F3864")
            for (ref, action, lead, tgt, rag, upd, exp) in acts:
                cells = tb.add_row().cells
                for c, v in zip(cells, (ref, action, lead, tgt, rag, upd)):
                    set_cell(c, v)
                shade(cells[4], rag_col[rag])
                expected.append(act(ref, [obj, rec], action, exp[0], exp[1], exp[2], exp[3] if len(exp) > 3 else None))
            doc.add_paragraph()
    doc.add_paragraph("Notes: Target dates are those agreed in the July 2024 plan unless stated. "
                      "The Independent Assurance Panel's third assessment is published alongside this update.")
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates Guildford Borough Council's corporate Improvement Plan (July 2024, responding to the "
                   "SOLACE Independent Governance Review) and its six-monthly progress updates to Full Council "
                   "(guildford.gov.uk 'Our journey to improvement'; democracy.guildford.gov.uk). Copies the objective "
                   "themes as headings with a one-line description, the review recommendation as a bold paragraph "
                   "above a small action table, document control and RAG key tables, RAG words with cell shading, "
                   "mixed target dates (month, day-first date, Ongoing, financial quarter) and a notes line."),
        "reads": ("Guildford's improvement plan update: four objectives, each with one SOLACE review recommendation "
                  "answered by two numbered actions (IP1.1 to IP4.2) in their own table. The document control and "
                  "RAG key tables are not the plan; one lead cell names two posts joined by 'and', another two "
                  "posts separated by a semicolon."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 4. Sussex Police - HMICFRS vetting, misconduct and misogyny recommendations tracker (docx, read)
# ---------------------------------------------------------------------------
def sussex():
    name = "hy2-sussex-police-hmicfrs-vetting-misconduct-misogyny-recommendations-tracker.docx"
    title = "Sussex Police: HMICFRS Vetting, Misconduct and Misogyny Recommendations Tracker"
    S1, S2, S3 = "Vetting", "Counter-corruption", "Misconduct and misogyny"
    RC2 = ("Recommendation 2: By 31 October 2023, chief constables should make sure that their vetting units "
           "carry out checks of applicants' social media and other open-source information.")
    RC7 = ("Recommendation 7: By 30 April 2023, chief constables should make sure that vetting decisions are "
           "recorded with a clear rationale, particularly where adverse information has been identified.")
    RC19 = ("Recommendation 19: By 31 October 2023, chief constables should make sure that their counter-corruption "
            "units have the capacity and capability to monitor all force IT systems proactively.")
    RC33 = ("Recommendation 33: By 30 April 2023, chief constables should adopt a definition of misogynistic and "
            "predatory behaviour and make sure that all officers and staff understand it.")
    HV = "Head of Vetting"
    ACU = "Detective Superintendent (Anti-Corruption Unit)"
    plan = [
        (S1, [
            (RC2, [
                ("2a", "Procure an open-source research capability for the Force Vetting Unit.\nUpdate the vetting procedure to include social media checks for all applicants.",
                 HV, "31/10/2023", "", "Complete", "Capability live from September 2023; procedure v4 published.",
                 ([HV], "2023-10", "blue")),
                ("2b", "Train all vetting researchers in open-source and social media research.",
                 HV, "31/12/2023", "31/03/2024", "Complete", "All 14 researchers trained by March 2024.",
                 ([HV], "2024-03", "blue")),
            ]),
            (RC7, [
                ("7a", "Introduce a mandatory rationale template for all vetting decisions where adverse information exists.",
                 "Head of Vetting / Head of Professional Standards", "30/04/2023", "", "Complete", "Template in use since April 2023.",
                 ([HV, "Head of Professional Standards"], "2023-04", "blue")),
                ("7b", "Dip-sample 10% of vetting decisions and report the results to the Professional Standards Board.",
                 HV, "Quarterly", "", "Green", "Q1 2024/25 dip sample reported July 2024; 96% compliant.",
                 ([HV], None, "green", "Quarterly")),
            ]),
        ]),
        (S2, [
            (RC19, [
                ("19a", "Implement IT monitoring software across all force devices and systems.",
                 ACU, "31/10/2023", "31/12/2024", "Amber", "Software installed on 80% of devices; mobile devices outstanding.",
                 ([ACU], "2024-12", "amber")),
                ("19b", "Recruit two additional intelligence researchers to the Anti-Corruption Unit.",
                 ACU, "31/03/2024", "", "Complete", "Both posts filled February 2024.",
                 ([ACU], "2024-03", "blue")),
            ]),
        ]),
        (S3, [
            (RC33, [
                ("33a", "Publish the force position statement on misogynistic and predatory behaviour and brief all supervisors at the Leadership Forum.",
                 "Assistant Chief Constable (People)", "30/06/2023", "", "Complete", "Published June 2023; Leadership Forum briefing 4 July 2023.",
                 (["Assistant Chief Constable (People)"], "2023-06", "blue")),
                ("33b", "Add a misogyny and predatory behaviour module to mandatory professionalism training for all officers and staff.",
                 "Head of Learning and Development; Head of Professional Standards", "31/03/2025", "", "Red",
                 "Delayed pending the national College of Policing package; interim input being drafted.",
                 (["Head of Learning and Development", "Head of Professional Standards"], "2025-03", "red")),
            ]),
        ]),
    ]
    rag_col = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}

    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("HMICFRS report: An inspection of vetting, misconduct, and misogyny in the police service (2 November 2022)")
    doc.add_paragraph("Position at 30 September 2024 – for the Professional Standards Board and the PCC Performance & Accountability Meeting")
    doc.add_heading("Summary of position", level=2)
    counts = {}
    for _, recs in plan:
        for _, acts in recs:
            for a in acts:
                counts[a[5]] = counts.get(a[5], 0) + 1
    st = doc.add_table(rows=1, cols=2)
    st.style = "Table Grid"
    set_cell(st.rows[0].cells[0], "Status", bold=True)
    set_cell(st.rows[0].cells[1], "Force actions", bold=True)
    for kname in ("Complete", "Green", "Amber", "Red"):
        cells = st.add_row().cells
        set_cell(cells[0], kname)
        shade(cells[0], rag_col[kname])
        set_cell(cells[1], str(counts.get(kname, 0)))
    cells = st.add_row().cells
    set_cell(cells[0], "Total", bold=True)
    set_cell(cells[1], str(sum(counts.values())), bold=True)
    doc.add_paragraph("Status key: Complete – delivered and evidenced; Green – on track; Amber – at risk of missing the "
                      "due date; Red – off track.")
    doc.add_paragraph("Only recommendations addressed to chief constables are tracked here. Recommendations for the "
                      "College of Policing, the NPCC and the Home Office are monitored nationally.")

    heads = ("Ref", "Force action", "Action owner", "Due date", "Revised due date", "Status", "Update (September 2024)")
    tb = doc.add_table(rows=1, cols=7)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, heads):
        set_cell(c, h, bold=True, color="FFFFFF")
        shade(c, "1F3864")
    expected = []
    for sec, recs in plan:
        row = tb.add_row()
        m = row.cells[0].merge(row.cells[6])
        set_cell(m, sec, bold=True, color="FFFFFF")
        shade(m, "404040")
        for rec, acts in recs:
            row = tb.add_row()
            m = row.cells[0].merge(row.cells[6])
            set_cell(m, rec, italic=True)
            shade(m, "D9E1F2")
            for (ref, action, owner, due, rev, status, upd, exp) in acts:
                cells = tb.add_row().cells
                for c, v in zip(cells, (ref, action, owner, due, rev, status, upd)):
                    set_cell(c, v)
                shade(cells[5], rag_col[status])
                expected.append(act(ref, [sec, rec], action, exp[0], exp[1], exp[2], exp[3] if len(exp) > 3 else None))
    doc.add_paragraph()
    doc.add_paragraph("Owner of this tracker: Head of Professional Standards. Next update: December 2024.")
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates the force-level trackers police forces and PCCs keep for the HMICFRS report 'An "
                   "inspection of vetting, misconduct, and misogyny in the police service' (November 2022, 43 "
                   "recommendations; PCC section 55 responses such as Warwickshire's) for a Professional Standards "
                   "Board: a summary status table, a status key paragraph, then one Word table with dark section "
                   "rows, shaded full-width recommendation rows quoting HMICFRS, lettered force actions, owners as "
                   "ranks/posts, due and revised due dates, status words with shading and an update column."),
        "reads": ("Sussex Police's tracker of eight force actions (2a to 33b) under three sections, each under the "
                  "HMICFRS recommendation row above it. The revised due date is the due month where given; "
                  "'Quarterly' has no month; the summary table at the top contributes no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 5. Bristol City Council - RSH consumer standards housing improvement plan (xlsx, read)
# ---------------------------------------------------------------------------
def bristol():
    name = "hy2-bristol-city-council-rsh-consumer-standards-housing-improvement-plan.xlsx"
    title = "Bristol City Council Housing Improvement Plan – Regulator of Social Housing Consumer Standards"
    SQ = "Safety and Quality Standard"
    TIA = "Transparency, Influence and Accountability Standard"
    I1 = "Carbon monoxide safety could not be evidenced for most council homes."
    I2 = "Around 3,000 fire safety remedial actions from fire risk assessments are overdue."
    I3 = "There are 1,900 open damp and mould cases and more than 16,000 overdue repairs."
    I4 = "Tenant Satisfaction Measures were not fully collected or published for 2023/24."
    sheets = [
        ("Safety & Quality", SQ, [
            (I1, [
                ("SQ1.1", "Cleanse carbon monoxide alarm records in the asset management system and reconcile them to gas servicing records.",
                 "Head of Landlord Compliance", d(2025, 1, 31), "green", "Data cleanse complete; 21,400 records updated.",
                 (["Head of Landlord Compliance"], "2025-01", "blue")),
                ("SQ1.2", "Install or replace CO alarms in all homes with a fixed combustion appliance, starting with homes that have no record.",
                 "Head of Landlord Compliance", d(2025, 9, 30), "amber", "78% of homes now evidenced. Access issues in 1,100 homes.",
                 (["Head of Landlord Compliance"], "2025-09", "amber")),
            ]),
            (I2, [
                ("SQ2.1", "Procure a fire safety remedial works contractor and agree a programme that clears high-risk actions first.",
                 "Head of Landlord Compliance; Fire Safety Manager", d(2025, 3, 1), "green", "Contract awarded February 2025.",
                 (["Head of Landlord Compliance", "Fire Safety Manager"], "2025-03", "blue")),
                ("SQ2.2", "Reduce overdue high-risk fire safety actions to zero and all other overdue actions to below 200.",
                 "Fire Safety Manager", d(2026, 3, 31), "red", "High-risk overdue: 146. Other overdue: 1,020. Recovery plan to Housing Improvement Board.",
                 (["Fire Safety Manager"], "2026-03", "red")),
            ]),
            (I3, [
                ("SQ3.1", "Introduce a damp and mould triage team that inspects category 1 cases within 24 hours.",
                 "Head of Responsive Repairs", d(2025, 5, 31), "green", "Team in place since May 2025.",
                 (["Head of Responsive Repairs"], "2025-05", "blue")),
                ("SQ3.2", "Deliver the repairs backlog recovery plan using two additional contractors.",
                 "Head of Responsive Repairs", "Dec 2025 – Jun 2026", "amber", "Backlog reduced to 11,200 overdue repairs.",
                 (["Head of Responsive Repairs"], "2026-06", "amber", "Dec 2025 – Jun 2026")),
            ]),
        ]),
        ("Transparency & Accountability", TIA, [
            (I4, [
                ("TIA1.1", "Commission an independent TSM perception survey for 2024/25 and publish the results on the council website.",
                 "Housing Performance Manager", d(2025, 6, 30), "green", "Results published 27 June 2025.",
                 (["Housing Performance Manager"], "2025-06", "blue")),
                ("TIA1.2", "Set up a Tenant Scrutiny Panel to review progress on this plan every quarter.",
                 "Tenant Engagement Manager", "Ongoing", "amber", "Panel recruited (9 tenants); first review January 2026.",
                 (["Tenant Engagement Manager"], None, "amber", "Ongoing")),
            ]),
        ]),
    ]
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "Regulatory judgement: C3 (October 2024). Progress position: 31 December 2025."
    hdr = ["Consumer standard", "Actions", "Complete", "In progress", "Overdue"]
    for j, h in enumerate(hdr):
        c = sm.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.border = BORDER
    tot = [0, 0, 0, 0]
    rr = 5
    for _, std, issues in sheets:
        n = g = a = rd = 0
        for _, acts in issues:
            for x in acts:
                n += 1
                g += x[4] == "green"
                a += x[4] == "amber"
                rd += x[4] == "red"
        for j, v in enumerate([std, n, g, a, rd]):
            sm.cell(row=rr, column=1 + j, value=v).border = BORDER
        tot = [tot[0] + n, tot[1] + g, tot[2] + a, tot[3] + rd]
        rr += 1
    for j, v in enumerate(["Total"] + tot):
        c = sm.cell(row=rr, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.border = BORDER
    rr += 2
    sm.cell(row=rr, column=1, value="Key to the RAG column").font = Font(bold=True)
    for i, (col, txt) in enumerate((("green", "Complete"), ("amber", "In progress"), ("red", "Overdue – behind milestone date"))):
        sm.cell(row=rr + 1 + i, column=1).fill = xfill(col)
        sm.cell(row=rr + 1 + i, column=2, value=txt)
    sm.column_dimensions["A"].width = 48
    for col in "BCDE":
        sm.column_dimensions[col].width = 13

    expected = []
    for sheetname, std, issues in sheets:
        ws = wb.create_sheet(sheetname)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=12)
        ws.merge_cells("A1:G1")
        ws["A2"] = std
        ws["A2"].font = Font(bold=True, size=12, color="FFFFFF")
        ws["A2"].fill = xfill("navy")
        ws.merge_cells("A2:G2")
        heads = ["No.", "Issue identified by the Regulator", "Action", "Responsible officer", "Milestone date", "RAG",
                 "Update – December 2025"]
        for j, h in enumerate(heads):
            c = ws.cell(row=4, column=1 + j, value=h)
            c.font = Font(bold=True)
            c.fill = xfill("light")
            c.border = BORDER
            c.alignment = WRAP
        r = 5
        for issue, acts in issues:
            start = r
            for (ref, action, off, date, rag, upd, exp) in acts:
                vals = [ref, issue if r == start else None, action, off, date, None, upd]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.border = BORDER
                    c.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        c.number_format = "mmm-yy" if ref == "SQ2.1" else "dd/mm/yyyy"
                ws.cell(row=r, column=6).fill = xfill(rag)
                expected.append(act(ref, [std, issue], action, exp[0], exp[1], exp[2], exp[3] if len(exp) > 3 else None))
                r += 1
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
        for col, w in zip("ABCDEFG", (8, 40, 55, 30, 14, 7, 45)):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates the housing improvement plans stock-holding councils published after a C3 regulatory "
                   "judgement under the RSH consumer standards (Bristol, Guildford and Sheffield were graded C3 in "
                   "2024; Campbell Tickell and Housing Today coverage of the findings: CO safety, overdue fire "
                   "safety actions, damp and mould, TSMs). Copies a Summary sheet with counts per standard and a "
                   "colour key, one sheet per consumer standard with the standard as a banner row, the regulator's "
                   "finding merged down over its actions, job titles as leads, Excel and text milestone dates and "
                   "a RAG column shown only by fill colour, where the key says green means complete."),
        "reads": ("Bristol's housing improvement plan: eight actions across two sheets (six under the Safety and "
                  "Quality Standard, two under Transparency, Influence and Accountability), each under the "
                  "regulator's finding it answers. The RAG cells are colour only and the document's key makes green "
                  "= complete, amber = in progress and red = overdue."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 6. Cardiff and Vale ALC partnership - Estyn post-inspection action plan (txt, read)
# ---------------------------------------------------------------------------
def cardiff_vale():
    name = "hy2-cardiff-vale-adult-learning-partnership-estyn-post-inspection-action-plan.txt"
    title = "Cardiff and Vale Adult Learning in the Community Partnership – Post-Inspection Action Plan"
    R1 = "R1: Strengthen the quality of teaching and assessment so that all learners make consistently strong progress"
    R2 = "R2: Improve the use of data to evaluate learner outcomes and plan provision across the partnership"
    R3 = "R3: Increase the range of Welsh-medium and bilingual adult learning opportunities"
    R4 = "R4: Strengthen self-evaluation and improvement planning so that they focus clearly on the impact on learners"
    plan = [
        (R1, [
            ("1.1", "Introduce a partnership-wide cycle of teaching and learning observations, including joint observations by partner providers.",
             "ALC Quality Manager", "Summer term 2025", "All tutors observed at least once; 12 joint observations completed.", "C",
             (["ALC Quality Manager"], "2025-07", "blue", "Summer term 2025")),
            ("1.2", "Provide professional learning for tutors on planning for progress in non-accredited courses.",
             "ALC Quality Manager / Head of Adult Learning, Cardiff and Vale College", "Autumn term 2025",
             "Tutors can show how each session builds on learners' starting points.", "G",
             (["ALC Quality Manager", "Head of Adult Learning, Cardiff and Vale College"], "2025-12", "green", "Autumn term 2025")),
        ]),
        (R2, [
            ("2.1", "Develop a shared data dashboard showing enrolment, retention and attainment by provider and course type.",
             "Partnership Data Officer", "Spring term 2026", "Dashboard used by all partners to set targets for 2026-27.", "G",
             (["Partnership Data Officer"], "2026-03", "green", "Spring term 2026")),
            ("2.2", "Report learner outcome data to the Partnership Board each term.",
             "Partnership Co-ordinator", "Termly", "Board minutes record challenge on outcome data.", "G",
             (["Partnership Co-ordinator"], None, "green", "Termly")),
        ]),
        (R3, [
            ("3.1", "Map current Welsh-medium and bilingual provision and identify gaps with Dysgu Cymraeg Caerdydd.",
             "Welsh Language Co-ordinator", "July 2025", "Gap analysis agreed by the Partnership Board.", "C",
             (["Welsh Language Co-ordinator"], "2025-07", "blue")),
            ("3.2", "Offer at least six new bilingual essential skills courses across Cardiff and the Vale of Glamorgan.",
             "Welsh Language Co-ordinator and Adult Community Learning Manager (Vale of Glamorgan)", "Sept 2025 – July 2026",
             "Six courses running with at least 8 learners each.", "A",
             (["Welsh Language Co-ordinator", "Adult Community Learning Manager (Vale of Glamorgan)"], "2026-07", "amber", "Sept 2025 – July 2026")),
        ]),
        (R4, [
            ("4.1", "Revise the partnership self-evaluation report template so that it evaluates impact against each inspection area.",
             "Partnership Co-ordinator", "31/01/2026", "Self-evaluation report 2025-26 written to the new template.", "R",
             (["Partnership Co-ordinator"], "2026-01", "red")),
        ]),
    ]
    lines = [
        title,
        "Estyn inspection: February 2025. Progress update for the Partnership Board: November 2025",
        "",
        "Key: G = on track; A = some delay; R = significant concern; C = complete",
        "",
        "\t".join(["Ref", "Action", "Lead", "Timescale", "Success criteria", "RAG"]),
    ]
    expected = []
    for rec, acts in plan:
        lines.append(rec)
        for (ref, action, lead, when, crit, rag, exp) in acts:
            lines.append("\t".join([ref, action, lead, when, crit, rag]))
            expected.append(act(ref, [rec], action, exp[0], exp[1], exp[2], exp[3] if len(exp) > 3 else None))
        lines.append("")
    lines.append("Monitoring: progress is reported termly to the Partnership Board and annually to the Cardiff and "
                 "Vale of Glamorgan scrutiny committees.")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    write_yaml(name, {
        "source": ("Imitates the post-inspection action plans (PIAPs) of Welsh adult learning in the community "
                   "partnerships after an Estyn inspection (e.g. the Cardiff and Vale ACL Partnership formed after "
                   "the 2013 Estyn inspections, reported to Vale of Glamorgan Cabinet/scrutiny; Merthyr Tydfil ACL "
                   "partnership PIAP progress reports), saved as tab-separated text: title lines, a RAG key line, "
                   "a header, each Estyn recommendation (R1-R4) on its own line above its numbered actions, leads "
                   "as posts (two posts split by '/' or 'and'), school-term timescales, Termly, a month range, "
                   "success criteria and RAG letters where C = complete, and a closing monitoring line."),
        "reads": ("The partnership's PIAP: seven actions under four Estyn recommendations. Term timescales end in "
                  "the term's last month (Summer term 2025 = July, Autumn term 2025 = December, Spring term 2026 = "
                  "March 2026, when the Easter holiday starts); 'Termly' has no month and C means complete."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 7. Reigate & Banstead BC - strategic risk register Q3 2025/26 (xlsx, refuse: mistyped month)
# ---------------------------------------------------------------------------
def reigate():
    name = "hy2-reigate-banstead-bc-strategic-risk-register-q3-2025-26-typo-month-refuse.xlsx"
    title = "Reigate & Banstead Borough Council – Strategic Risk Register, Quarter 3 2025/26"
    risks = [
        ("SR1", "Financial sustainability\nThe Council is unable to set a balanced budget over the medium term because of reduced funding, inflation and demand pressures.",
         "Chief Finance Officer", "12 (3x4)", "8 (2x4)", "↔",
         [("Deliver the 2026/27 budget savings programme of £2.1m.", "Head of Finance", "February 2026", "On track"),
          ("Review commercial property income assumptions in the Medium Term Financial Plan.", "Head of Property", d(2026, 3, 31), "On track")]),
        ("SR2", "Local government reorganisation\nThe transition to new unitary councils in Surrey diverts capacity and disrupts service delivery.",
         "Chief Executive", "16 (4x4)", "12 (3x4)", "↑",
         [("Establish the LGR programme board and officer workstreams.", "Chief Executive", "Oct 2025", "Complete"),
          ("Agree data sharing and due diligence protocols with the other Surrey districts.", "Head of Legal and Governance", "Febuary 2026", "In progress"),
          ("Publish a staff communications plan for the transition.", "Head of People Services", d(2026, 4, 30), "Not started")]),
        ("SR3", "Cyber security\nA cyber attack causes loss of systems or data.",
         "Head of ICT", "15 (3x5)", "10 (2x5)", "↔",
         [("Complete the Cyber Assessment Framework self-assessment and action plan.", "Head of ICT", d(2026, 6, 30), "On track")]),
        ("SR4", "Temporary accommodation demand\nRising homelessness increases the cost of temporary accommodation beyond budget.",
         "Head of Housing", "16 (4x4)", "9 (3x3)", "↑",
         [("Acquire 20 additional council-owned temporary accommodation units.", "Head of Housing / Head of Property", d(2026, 3, 31), "Behind schedule"),
          ("Launch a private rented sector landlord incentive scheme.", "Housing Options Manager", "Jan-26", "On track")]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Position at 31 December 2025 – reported to the Audit Committee, 5 February 2026"
    ws.merge_cells("A2:J2")
    heads = ["Risk ref", "Risk title and description", "Risk owner", "Current score (LxI)", "Target score",
             "Direction of travel", "Further mitigating action", "Action owner", "Target date", "Status"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("navy")
        c.alignment = WRAP
        c.border = BORDER
    r = 5
    typo_row = None
    for (ref, desc, owner, cur, tgt, dot, acts) in risks:
        start = r
        for i, (a, ao, date, status) in enumerate(acts):
            if i == 0:
                for j, v in enumerate((ref, desc, owner, cur, tgt, dot)):
                    ws.cell(row=r, column=1 + j, value=v)
            for j, v in enumerate((a, ao, date, status)):
                c = ws.cell(row=r, column=7 + j, value=v)
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if date == "Febuary 2026":
                typo_row = r
            for j in range(1, 11):
                ws.cell(row=r, column=j).border = BORDER
                ws.cell(row=r, column=j).alignment = WRAP
            r += 1
        if r - 1 > start:
            for col in range(1, 7):
                ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
        score = int(cur.split()[0])
        ws.cell(row=start, column=4).fill = xfill("red" if score >= 15 else "amber")
    r += 1
    ws.cell(row=r, column=1, value="Scoring: likelihood (1-4) x impact (1-5). 15 and above = red; 8 to 14 = amber; below 8 = green.")
    ws.cell(row=r + 1, column=1, value="Direction of travel since Q2: ↑ increased; ↔ unchanged; ↓ reduced.")
    for col, w in zip("ABCDEFGHIJ", (8, 48, 22, 12, 12, 10, 50, 30, 14, 16)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates a district council strategic risk register reported quarterly to its audit committee "
                   "(layouts as described in Reading, West Oxfordshire and South Kesteven committee minutes: "
                   "risk owner, current and target scores, direction of travel, further actions each with owner, "
                   "target date and status). One sheet: title and position lines, one block per risk with the risk "
                   "columns merged down over several action rows, scores with fill, Excel and text target dates, "
                   "and scoring and direction-of-travel notes at the foot."),
        "reads": ("Reigate & Banstead's Q3 2025/26 strategic risk register with eight further mitigating actions "
                  "under four risks. The target date of SR2's second action reads 'Febuary 2026', a mistyped "
                  "month, so a careful reader stops and asks before reading the plan."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })


if __name__ == "__main__":
    cornwall()
    hertsmere()
    guildford()
    sussex()
    bristol()
    cardiff_vale()
    reigate()
    print("built 7 cases in", HERE)
