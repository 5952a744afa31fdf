#!/usr/bin/env python3
"""Build the seven ug- blind cases (data files and their .expected.yaml) for set heldout515.

Run with /work/main/.venv/bin/python ug_make.py  (writes only files starting ug-).
"""
import csv
import datetime as dt
import io
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

FILL = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "00B0F0",
        "grey": "D9D9D9", "navy": "1F3864", "pale": "DEEAF6", "lgreen": "E2EFDA"}


# --------------------------------------------------------------------------- helpers
def write_expected(name, source, reads, outcome, actions=None, title=None,
                   accept_refusal=False, refuse_at=None):
    d = {"source": source, "reads": reads, "outcome": outcome,
         "accept_refusal": accept_refusal}
    if refuse_at is not None:
        d["refuse_at"] = refuse_at
    if title is not None:
        d["title"] = title
    if outcome == "read":
        out = []
        for a in actions:
            e = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                 "lead": a["lead"], "end": a["end"]}
            if a.get("end_text") is not None:
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            out.append(e)
        d["actions"] = out
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(d, f, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9, color=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)


def xfill(c):
    return PatternFill("solid", start_color=c, end_color=c)


THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# =========================================================================== 1 Salford docx
def salford():
    name = "ug-salford-city-council-ofsted-focused-visit-action-plan.docx"
    title = "Salford City Council – Ofsted Focused Visit Action Plan"
    afi = [
        ("Area for improvement 1: The consistency and impact of management oversight and supervision "
         "of work with children in need, so that plans progress without drift.", [
            ("1.1", "Introduce a revised supervision template for child in need work that records the "
                    "child’s lived experience, progress against the plan and clear next steps with timescales.",
             "Head of Service – Children in Need", ["Head of Service – Children in Need"],
             "April 2024", "2024-04", None, "Blue", "blue",
             "Template launched 2 April 2024 and embedded in Liquidlogic. March audit: 84% of supervision records "
             "now show clear next steps."),
            ("1.2", "Team managers to chair a review of every child in need plan open for more than nine months, "
                    "with escalation to the Service Manager where there is no evidence of progress.",
             "Service Manager (CIN) / Team Managers", ["Service Manager (CIN)", "Team Managers"],
             "30/06/2024", "2024-06", None, "Blue", "blue",
             "All 112 plans reviewed. 37 closed or stepped down, 9 escalated to child protection."),
            ("1.3", "Monthly dip sample of supervision records by the Quality Assurance team, with findings "
                    "reported to the Children’s Improvement Board.",
             "Head of Quality Assurance and Practice Improvement",
             ["Head of Quality Assurance and Practice Improvement"],
             "Monthly from May 2024", None, "Monthly from May 2024", "Green", "green",
             "Dip samples completed each month; findings feed the practice week programme."),
        ]),
        ("Area for improvement 2: The quality of child protection plans, which are not always specific "
         "about what needs to change for the child or by when.", [
            ("2.1", "Co-produce SMART child protection plan guidance with partners and families and publish it "
                    "on the Salford Safeguarding Children Partnership procedures site.",
             "Principal Social Worker", ["Principal Social Worker"],
             "End of July 2024", "2024-07", None, "Blue", "blue",
             "Guidance published 26 July 2024 after two family co-production sessions."),
            ("2.2", "Deliver practice workshops on outcome-focused planning to all social workers and child "
                    "protection chairs.",
             "Principal Social Worker / Head of Safeguarding", ["Principal Social Worker", "Head of Safeguarding"],
             "Sept 2024 – Dec 2024", "2024-12", "Sept 2024 – Dec 2024", "Amber", "amber",
             "Six of eight workshops delivered; remaining two rescheduled because of staff absence."),
            ("2.3", "Child protection chairs to use the mid-point review to challenge plans that lack clear "
                    "outcomes, escalating through the dispute resolution protocol where needed.",
             "Child Protection Chairs", ["Child Protection Chairs"],
             "Q3 2024/25", "2024-12", "Q3 2024/25", "Green", "green",
             "Mid-point reviews in place; 14 practice alerts raised in Q2."),
        ]),
        ("Area for improvement 3: The recording of management decisions when children step down from "
         "child protection plans to child in need plans.", [
            ("3.1", "Amend the Liquidlogic case record so that a management decision and rationale is "
                    "mandatory before a step-down is completed.",
             "Head of Business Intelligence and Systems", ["Head of Business Intelligence and Systems"],
             "Nov-24", "2024-11", None, "Red", "red",
             "Supplier upgrade has delayed the change; escalated to the Liquidlogic programme board."),
            ("3.2", "Audit a sample of 30 step-down decisions to test whether the rationale is recorded and "
                    "whether children’s circumstances have improved.",
             "QA Manager", ["QA Manager"],
             "31/01/2025", "2025-01", None, "", "unrated",
             "Audit scheduled to start once action 3.1 is live."),
        ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Children’s Services | Focused visit: 23 and 24 January 2024 | "
                      "Letter published: 4 March 2024")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "4.0 (January 2025 progress update)"),
                 ("Plan owner", "Strategic Director – People (DCS)"),
                 ("Approved by", "Children’s Improvement Board, 21 January 2025"),
                 ("Next review", "April 2025")]:
        row = t.add_row().cells
        cell_text(row[0], k, bold=True)
        shade(row[0], FILL["pale"])
        cell_text(row[1], v)

    doc.add_heading("1. Background", level=1)
    doc.add_paragraph(
        "Ofsted carried out a focused visit to Salford’s children’s services on 23 and 24 January 2024, "
        "looking at the local authority’s arrangements for children in need and children subject to a "
        "child protection plan. Inspectors found that most children receive a timely and proportionate "
        "response, and identified three areas for improvement. This plan sets out how we are responding "
        "and is monitored monthly by the Children’s Improvement Board.")
    doc.add_heading("2. How progress is reported", level=1)
    doc.add_paragraph("Each action is rated using the key below. Ratings are agreed with the action lead "
                      "at the monthly performance clinic.")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, col, meaning in [("Blue", "blue", "Complete – action delivered and impact being evidenced"),
                               ("Green", "green", "On track to be delivered within timescale"),
                               ("Amber", "amber", "Some slippage – mitigation in place"),
                               ("Red", "red", "Off track – escalated to the Improvement Board")]:
        row = k.add_row().cells
        cell_text(row[0], word, bold=True)
        shade(row[0], FILL[col])
        cell_text(row[1], meaning)

    doc.add_paragraph("")
    doc.add_paragraph("The actions below respond to each area for improvement in the order they appear in "
                      "Ofsted’s letter.")
    actions = []
    heads = ["Ref", "Action", "Lead", "Timescale", "Progress update (January 2025)", "RAG"]
    for afi_text, rows in afi:
        tb = doc.add_table(rows=2, cols=6)
        tb.style = "Table Grid"
        m = tb.rows[0].cells[0].merge(tb.rows[0].cells[5])
        cell_text(m, afi_text, bold=True, size=10)
        shade(m, FILL["navy"])
        for r in m.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for i, h in enumerate(heads):
            cell_text(tb.rows[1].cells[i], h, bold=True)
            shade(tb.rows[1].cells[i], FILL["grey"])
        for (ref, act, lead_txt, lead, tdate, end, end_text, rag, status, prog) in rows:
            c = tb.add_row().cells
            cell_text(c[0], ref)
            cell_text(c[1], act)
            cell_text(c[2], lead_txt)
            cell_text(c[3], tdate)
            cell_text(c[4], prog)
            cell_text(c[5], rag, bold=True)
            if rag:
                shade(c[5], FILL[rag.lower()])
            actions.append(dict(ref=ref, under=[afi_text], action=act, lead=lead, end=end,
                                end_text=end_text, status=status))
        doc.add_paragraph("")

    doc.add_heading("3. Sign-off", level=1)
    s = doc.add_table(rows=1, cols=3)
    s.style = "Table Grid"
    for i, h in enumerate(["Role", "Name", "Date"]):
        cell_text(s.rows[0].cells[i], h, bold=True)
    for role, nm, d in [("Director of Children’s Services", "Signed", "21/01/2025"),
                        ("Chair, Children’s Improvement Board", "Signed", "21/01/2025")]:
        c = s.add_row().cells
        cell_text(c[0], role)
        cell_text(c[1], nm)
        cell_text(c[2], d)
    doc.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a metropolitan council's post-focused-visit action plan of the kind English councils "
                "publish after an Ofsted ILACS focused visit (framework: "
                "https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018). "
                "Salford City Council, focused visit January 2024, January 2025 progress update. Copied features: "
                "Title-style heading and visit line, document-control table, background section, RAG key table "
                "with coloured cells, one Word table per area for improvement with the area text in a merged "
                "navy band above repeated column headings, job titles as leads (two posts joined by '/'), "
                "timescales as month words, dd/mm/yyyy, Nov-24, a 'Monthly from ...' cadence, a period "
                "'Sept 2024 – Dec 2024' and 'Q3 2024/25', RAG word plus fill, one blank RAG, sign-off table."),
        reads=("A focused-visit action plan in three tables, one per area for improvement quoted in a merged "
               "band, each with numbered actions 1.1–3.2, a lead post, a timescale, a January 2025 progress "
               "update and a coloured RAG word. The document-control, RAG key and sign-off tables are not "
               "actions; action 3.2 has no RAG yet."),
        outcome="read", title=title, actions=actions)


# =========================================================================== 2 Darlington docx
def darlington():
    name = "ug-darlington-borough-council-transformation-programme-highlight-report.docx"
    title = "Transformation Programme Highlight Report"
    ws = [
        ("Workstream 1 – Customer Access and Digital", [
            ("1.1", "Launch the new customer portal with online council tax and housing benefit forms",
             "JH", ["JH"], "Jun-25", "Jul-25", "2025-07", "B", "blue"),
            ("1.2", "Migrate the top 20 telephone transactions to the portal and webchat",
             "JH / KT", ["JH", "KT"], "Sep-25", "Dec-25", "2025-12", "A", "amber"),
            ("1.3", "Close the Town Hall face-to-face counter and move to an appointment-only service",
             "JH", ["JH"], "Mar-26", "As baseline", "2026-03", "G", "green"),
        ]),
        ("Workstream 2 – Workforce and Ways of Working", [
            ("2.1", "Agree the hybrid working policy with the trade unions",
             "SB", ["SB"], "May-25", "Jul-25", "2025-07", "B", "blue"),
            ("2.2", "Deliver the management development programme to cohort 1 (40 managers)",
             "SB", ["SB"], "Oct-25", "Nov-25", "2025-11", "G", "green"),
            ("2.3", "Implement the new HR and payroll system (phase 1: core HR and self-service)",
             "SB / PW", ["SB", "PW"], "Nov-25", "Apr-26", "2026-04", "R", "red"),
        ]),
        ("Workstream 3 – Assets and Accommodation", [
            ("3.1", "Complete the condition survey of the operational estate and agree the disposals list "
                    "with Cabinet",
             "LM", ["LM"], "Dec-25", "Dec-25", "2025-12", "G", "green"),
            ("3.2", "Consolidate office-based staff into two core buildings and give notice on leased "
                    "accommodation",
             "LM / PW", ["LM", "PW"], "Mar-26", "Jun-26", "2026-06", "A", "amber"),
        ]),
    ]
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")

    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v, f in [("Programme", "Darlington Borough Council Transformation Programme 2024–2027", None),
                    ("Reporting period", "Quarter 2 2025/26 (July – September 2025)", None),
                    ("Senior Responsible Owner", "Chief Executive", None),
                    ("Programme Manager", "Kerry Thwaites (KT)", None),
                    ("Report to", "Transformation Board, 16 October 2025", None),
                    ("Overall status", "Amber", "amber")]:
        c = info.add_row().cells
        cell_text(c[0], k, bold=True)
        shade(c[0], FILL["pale"])
        cell_text(c[1], v, bold=bool(f))
        if f:
            shade(c[1], FILL[f])

    doc.add_heading("1. Summary", level=1)
    doc.add_paragraph(
        "Two milestones were completed this quarter and the customer portal is now live. Overall status "
        "remains Amber because the HR and payroll system has moved outside tolerance following the "
        "supplier’s revised implementation plan, and the accommodation move is dependent on the outcome "
        "of the condition survey.")
    doc.add_heading("2. Milestone tracker", level=1)
    doc.add_paragraph("Owners: PW – Assistant Director Resources; JH – Head of Customer Services; "
                      "KT – Transformation Programme Manager; SB – Head of HR and OD; "
                      "LM – Assistant Director Housing and Building Services.")
    tb = doc.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    for i, h in enumerate(["Ref", "Milestone", "Owner", "Baseline date", "Forecast date", "RAG"]):
        cell_text(tb.rows[0].cells[i], h, bold=True, color="FFFFFF")
        shade(tb.rows[0].cells[i], FILL["navy"])
    actions = []
    for wname, rows in ws:
        c = tb.add_row().cells
        m = c[0].merge(c[5])
        cell_text(m, wname, bold=True)
        shade(m, FILL["lgreen"])
        for ref, ms, own_txt, own, base, fc, end, rag, status in rows:
            c = tb.add_row().cells
            for i, v in enumerate([ref, ms, own_txt, base, fc, rag]):
                cell_text(c[i], v, bold=(i == 5))
            shade(c[5], FILL[status])
            actions.append(dict(ref=ref, under=[wname], action=ms, lead=own, end=end, end_text=None,
                                status=status))

    doc.add_heading("3. Finance", level=1)
    f = doc.add_table(rows=2, cols=4)
    f.style = "Table Grid"
    for i, (h, v) in enumerate([("Budget 2025/26", "£1,240,000"), ("Spend to date", "£512,300"),
                                ("Forecast outturn", "£1,325,000"), ("Variance", "£85,000 over")]):
        cell_text(f.rows[0].cells[i], h, bold=True)
        cell_text(f.rows[1].cells[i], v)
    doc.add_heading("4. Decisions required from the Board", level=1)
    doc.add_paragraph("The Board is asked to note the revised forecast for milestone 2.3 and to agree that "
                      "the £85,000 variance is met from the transformation reserve.")
    doc.add_heading("5. RAG definitions", level=1)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for l, col, meaning in [("B", "blue", "Complete"),
                            ("G", "green", "On track to meet the baseline or forecast date"),
                            ("A", "amber", "Forecast later than baseline but within agreed tolerance"),
                            ("R", "red", "Forecast outside tolerance – Board intervention needed")]:
        c = k.add_row().cells
        cell_text(c[0], l, bold=True)
        shade(c[0], FILL[col])
        cell_text(c[1], meaning)
    doc.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a district/unitary council transformation programme highlight report to a "
                "programme board (Darlington Borough Council, Q2 2025/26), in the PRINCE2-style layout "
                "councils use: title, programme information table with overall RAG, summary, milestone "
                "tracker with workstream bands merged across the table, owners as initials explained in a "
                "notes line, baseline and forecast dates (forecast is the current end; one 'As baseline'), "
                "RAG letters B/G/A/R with fill, then finance, decisions and RAG-definition tables."),
        reads=("A quarterly highlight report whose milestone tracker lists eight milestones under three "
               "workstream bands, each with initials of the owner, a baseline and a forecast month and a "
               "RAG letter. The forecast date is the one to read (for 1.3 the forecast is the baseline, "
               "Mar-26); the finance, decisions and RAG key sections are not actions."),
        outcome="read", title=title, actions=actions)


# =========================================================================== 3 Cornwall xlsx (refuse)
def cornwall():
    name = "ug-cornwall-council-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"
    D = dt.datetime
    groups = [
        ("Adult Social Care & Health", [
            ("IA24-012/1", "2024/25 Direct Payments", "Limited", "High",
             "Introduce a quarterly reconciliation of direct payment accounts against care plans, with "
             "recovery of surplus balances over £1,000.", "Head of Adult Finance",
             D(2025, 3, 31), D(2025, 9, 30), "Amber",
             "Reconciliation completed for Q1; recovery letters issued to 46 recipients."),
            ("IA24-012/2", "2024/25 Direct Payments", "Limited", "Medium",
             "Update the Direct Payments policy to set out when a managed account must be used.",
             "Service Manager – Self-Directed Support", D(2025, 6, 30), None, "Complete",
             "Policy approved by ASC leadership team 12 June 2025."),
            ("IA24-027/1", "2024/25 Deprivation of Liberty Safeguards", "Reasonable", "Medium",
             "Produce a monthly report of DoLS applications awaiting assessment, prioritised using the "
             "ADASS screening tool.", "DoLS Team Manager", D(2025, 1, 31), D(2025, 10, 31), "Green",
             "Report in draft; first run due October."),
        ]),
        ("Resources", [
            ("IA24-031/1", "2024/25 Payroll", "Reasonable", "Medium",
             "Require a second officer to check all manual payroll adjustments above £500 before the "
             "payroll run is released.", "Payroll Manager", D(2025, 4, 30), None, "Complete",
             "Control in place from April payroll; evidenced by audit sample."),
            ("IA24-044/1", "2024/25 Cyber Security – Patch Management", "Limited", "High",
             "Define patching timescales by severity and report compliance to the Information "
             "Governance Board each month.", "Head of IT Operations", D(2025, 5, 31), D(2025, 8, 31),
             "Red", "Compliance reporting not yet automated; interim manual report produced."),
            ("IA25-003/2", "2025/26 Procurement Cards", "Limited", "High",
             "Cancel procurement cards unused for six months and remind cardholders of the "
             "prohibited spend categories.", "Strategic Procurement Manager", D(2025, 9, 30),
             "Febuary 2026", "Amber",
             "Card review under way; 38 cards cancelled so far."),
        ]),
        ("Economic Growth & Development", [
            ("IA24-019/1", "2024/25 Planning Fees & Section 106", "Reasonable", "Medium",
             "Reconcile Section 106 receipts in the monitoring system to the general ledger each "
             "quarter.", "S106 Monitoring Officer", D(2025, 3, 31), D(2025, 12, 31), "Amber",
             "Q1 reconciliation complete; Q2 in progress."),
            ("IA25-008/1", "2025/26 Highways Contract Management", "Limited", "High",
             "Introduce a contract performance dashboard and hold monthly performance meetings with the "
             "term contractor.", "Head of Highways & Transport", D(2025, 12, 31), None, "Green",
             "Dashboard specification agreed; first meeting booked."),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Outstanding Recommendations"
    s = wb.create_sheet("Summary")
    s["A1"] = "Cornwall Council – Internal Audit follow-up summary"
    s["A1"].font = Font(bold=True, size=14)
    s["A3"] = "Directorate"
    s["B3"] = "High"
    s["C3"] = "Medium"
    s["D3"] = "Total open"
    for c in "ABCD":
        s[c + "3"].font = Font(bold=True)
    s.append(["Adult Social Care & Health", 1, 1, 2])
    s.append(["Resources", 2, 0, 2])
    s.append(["Economic Growth & Development", 1, 1, 2])
    s.append(["Total", 4, 2, 6])
    s.column_dimensions["A"].width = 34

    ws["A1"] = "Cornwall Council – Internal Audit follow-up of agreed actions"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 30 September 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Audit Committee – 13 November 2025"
    heads = ["Ref", "Audit", "Assurance opinion", "Priority", "Agreed action", "Responsible officer",
             "Original target date", "Revised target date", "Status", "Update from service"]
    ws.append([])
    ws.append(heads)
    hr = ws.max_row
    for i in range(1, 11):
        c = ws.cell(hr, i)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("1F3864")
        c.alignment = WRAP
        c.border = BORDER
    stat_fill = {"Amber": "FFC000", "Green": "00B050", "Red": "FF0000", "Complete": "00B0F0"}
    refuse_row = None
    for gname, rows in groups:
        ws.append([gname])
        r = ws.max_row
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(r, 1).font = Font(bold=True)
        ws.cell(r, 1).fill = xfill("D9D9D9")
        for row in rows:
            ws.append(list(row))
            r = ws.max_row
            if row[7] == "Febuary 2026":
                refuse_row = r
            for i in range(1, 11):
                c = ws.cell(r, i)
                c.alignment = WRAP
                c.border = BORDER
                if i in (7, 8) and isinstance(c.value, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 9).fill = xfill(stat_fill[row[8]])
    for col, w in zip("ABCDEFGHIJ", [12, 26, 12, 9, 50, 26, 13, 13, 10, 40]):
        ws.column_dimensions[col].width = w
    ws.append([])
    ws.append(["Priority: High – fundamental control weakness, action within 3 months; "
               "Medium – significant weakness, action within 6 months."])
    ws.freeze_panes = "A6"

    k = wb.create_sheet("Assurance Key")
    k.append(["Opinion", "Meaning"])
    k.append(["Substantial", "A sound system of governance, risk management and control exists."])
    k.append(["Reasonable", "Generally sound, with some improvements required."])
    k.append(["Limited", "Significant gaps, weaknesses or non-compliance were identified."])
    k.append(["No assurance", "Immediate action is required to address fundamental gaps."])
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a county/unitary council internal audit follow-up tracker reported to Audit "
                "Committee (Cornwall Council, position at 30 September 2025). Copied features: summary "
                "sheet of open recommendations by directorate and priority, title block of three lines, "
                "header row, grey merged directorate bands, audit ref per agreed action, assurance "
                "opinion and priority columns, original and revised target dates as Excel dates, status "
                "word with fill, service update column, priority note line and an assurance key sheet."),
        reads=("An internal audit tracker listing eight agreed actions under three directorate bands, each "
               "with original and revised target dates. The revised target date for IA25-003/2 "
               "(procurement cards) is typed as 'Febuary 2026', a mistyped month, so a careful reader "
               "stops at that row and asks before importing."),
        outcome="refuse", refuse_at=refuse_row,
        title="Cornwall Council – Internal Audit follow-up of agreed actions")
    return refuse_row


# =========================================================================== 4 Barnet xlsx
def barnet():
    name = "ug-barnet-council-corporate-risk-register-q2-2025-26.xlsx"
    title = "London Borough of Barnet – Corporate Risk Register"
    D = dt.datetime
    risks = [
        ("CR01 – Financial sustainability",
         "Cause: rising demand in social care and temporary accommodation, inflation and uncertainty over "
         "the Fair Funding Review. Event: the Council cannot set a balanced budget. Consequence: use of "
         "reserves, service reductions, s114 risk.",
         "Executive Director – Resources (S151)", "4 x 5 = 20", "red", [
             ("Deliver the 2026/27 budget savings programme and track each proposal through the monthly "
              "Financial Recovery Board.", "Director of Finance", ["Director of Finance"],
              D(2026, 2, 28), "2026-02", None, "On track", "green"),
             ("Refresh the Medium Term Financial Strategy to 2029/30, including updated demand "
              "modelling for adults’ and children’s services.",
              "Director of Finance / Head of Strategic Finance",
              ["Director of Finance", "Head of Strategic Finance"],
              D(2025, 12, 31), "2025-12", None, "At risk", "amber"),
             ("Review the reserves strategy and set a minimum general fund balance.",
              "Director of Finance", ["Director of Finance"],
              D(2025, 9, 30), "2025-09", None, "Complete", "blue"),
         ]),
        ("CR02 – Temporary accommodation demand",
         "Cause: homelessness approaches up 18% and shortage of affordable private rented supply. "
         "Event: reliance on nightly-paid accommodation. Consequence: budget overspend and families "
         "in unsuitable accommodation.",
         "Executive Director – Communities, Adults and Health", "5 x 4 = 20", "red", [
             ("Acquire 150 homes through the Open Door acquisitions programme for use as temporary "
              "accommodation.", "Director of Housing", ["Director of Housing"],
              "Q4 2025/26", "2026-03", "Q4 2025/26", "At risk", "amber"),
             ("Launch the landlord incentive scheme to increase private rented sector offers.",
              "Head of Housing Options", ["Head of Housing Options"],
              D(2025, 11, 30), "2025-11", None, "On track", "green"),
             ("Weekly review of all households in nightly-paid accommodation for more than six weeks.",
              "Head of Housing Options", ["Head of Housing Options"],
              "Ongoing", None, "Ongoing", "On track", "green"),
         ]),
        ("CR03 – Cyber security",
         "Cause: increasing ransomware activity against local government and legacy systems. Event: "
         "successful cyber attack. Consequence: loss of systems and data, regulatory action.",
         "Chief Digital and Information Officer", "3 x 5 = 15", "amber", [
             ("Complete migration of remaining on-premise servers to the cloud hosting platform.",
              "Head of IT Infrastructure", ["Head of IT Infrastructure"],
              D(2026, 3, 31), "2026-03", None, "Off track", "red"),
             ("Run a council-wide cyber incident exercise with the Corporate Management Team.",
              "Head of Information Security and Resilience", ["Head of Information Security and Resilience"],
              D(2025, 10, 31), "2025-10", None, "On track", "green"),
         ]),
        ("CR04 – Adult social care market sustainability",
         "Cause: workforce shortages and cost pressures on providers. Event: provider failure or "
         "withdrawal from the borough. Consequence: unmet need and delayed hospital discharges.",
         "Executive Director – Communities, Adults and Health", "3 x 4 = 12", "amber", [
             ("Agree the 2026/27 fee uplift with home care providers following the cost of care "
              "exercise.", "Director of Commissioning", ["Director of Commissioning"],
              D(2026, 1, 31), "2026-01", None, "On track", "green"),
             ("Put in place a provider failure contingency plan, tested with the NCL ICB.",
              "Head of Adult Social Care Commissioning; Head of Quality Assurance",
              ["Head of Adult Social Care Commissioning", "Head of Quality Assurance"],
              D(2025, 8, 31), "2025-08", None, "Complete", "blue"),
         ]),
    ]
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=16)
    cv["A3"] = "Quarter 2 2025/26 – position at 30 September 2025"
    for i, (k, v) in enumerate([("Document owner", "Head of Assurance"),
                                ("Reviewed by", "Corporate Management Team, 14 October 2025"),
                                ("Reported to", "Audit Committee, 20 November 2025"),
                                ("Version", "2025/26 Q2 v1.2")], start=5):
        cv.cell(i, 1, k).font = Font(bold=True)
        cv.cell(i, 2, v)
    cv.column_dimensions["A"].width = 20
    cv.column_dimensions["B"].width = 50

    ws = wb.create_sheet("Corporate Risk Register")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 2025/26 – position at 30 September 2025"
    heads = ["Risk", "Risk description (cause / event / consequence)", "Risk owner",
             "Current score (L x I)", "Further mitigating actions", "Action owner", "Due date",
             "Action status"]
    ws.append([])
    ws.append(heads)
    hr = ws.max_row
    for i in range(1, 9):
        c = ws.cell(hr, i)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("6F2C91")
        c.alignment = WRAP
    status_fill = {"On track": FILL["green"], "At risk": FILL["amber"], "Off track": FILL["red"],
                   "Complete": FILL["blue"]}
    actions = []
    for rtitle, desc, owner, score, scol, acts in risks:
        first = ws.max_row + 1
        for j, (atext, lead_txt, lead, due, end, end_text, stxt, status) in enumerate(acts):
            r = first + j
            if j == 0:
                ws.cell(r, 1, rtitle)
                ws.cell(r, 2, desc)
                ws.cell(r, 3, owner)
                ws.cell(r, 4, score)
            ws.cell(r, 5, atext)
            ws.cell(r, 6, lead_txt)
            c = ws.cell(r, 7, due)
            if isinstance(due, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            ws.cell(r, 8, stxt).fill = xfill(status_fill[stxt])
            for i in range(1, 9):
                ws.cell(r, i).alignment = WRAP
                ws.cell(r, i).border = BORDER
            actions.append(dict(ref=None, under=[rtitle], action=atext, lead=lead, end=end,
                                end_text=end_text, status=status))
        last = first + len(acts) - 1
        for col in range(1, 5):
            ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
        ws.cell(first, 1).font = Font(bold=True)
        ws.cell(first, 4).fill = xfill(FILL[scol])
    for col, w in zip("ABCDEFGH", [24, 45, 26, 12, 55, 30, 12, 12]):
        ws.column_dimensions[col].width = w
    ws.append([])
    ws.append(["Scores are residual (with current controls). Target scores and the scoring matrix are on "
               "the 'Scoring Matrix & Key' sheet."])

    k = wb.create_sheet("Scoring Matrix & Key")
    k.append(["Score", "Rating"])
    for a, b in [("15–25", "High (red)"), ("8–14", "Medium (amber)"), ("1–7", "Low (green)")]:
        k.append([a, b])
    k.append([])
    k.append(["Action status", "Meaning"])
    for a, b in [("On track", "Action expected to be delivered by the due date"),
                 ("At risk", "Some slippage; may miss the due date"),
                 ("Off track", "Due date will be missed; escalated to CMT"),
                 ("Complete", "Action delivered")]:
        k.append([a, b])
        k.cell(k.max_row, 1).fill = xfill(status_fill[a])
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a London borough corporate risk register appendix to an Audit Committee report "
                "(London Borough of Barnet, Q2 2025/26), with features described in council committee "
                "minutes on risk registers (e.g. https://democracy.reading.gov.uk/mgAi.aspx?ID=13423: "
                "separate controls and specific actions, each with target date and status). Copied "
                "features: cover sheet with document control, title rows, risk ref and title in one cell, "
                "cause/event/consequence description, risk owner and L x I score merged vertically over "
                "the risk's further mitigating actions, action owner posts (two joined by '/' or ';'), due "
                "dates as Excel dates plus 'Q4 2025/26' and 'Ongoing', action status words with fills, "
                "a notes line and a scoring matrix/key sheet."),
        reads=("A corporate risk register of four risks, each heading a block of further mitigating "
               "actions (ten in all) with an action owner, a due date and an action status. The actions "
               "carry no refs of their own; each is read under its risk (e.g. 'CR01 – Financial "
               "sustainability'), and the cover and key sheets are not actions."),
        outcome="read", title=title, actions=actions)


# =========================================================================== 5 Shropshire xlsx
def shropshire():
    name = "ug-shropshire-csp-dhr-rachel-action-plan.xlsx"
    title = "Domestic Homicide Review ‘Rachel’ – Overview Report Action Plan"
    recs = [
        ("1. Shropshire Community Safety Partnership should seek assurance that all agencies ask about "
         "domestic abuse routinely when an adult discloses a new relationship, and record the answer.",
         "Local", [
             ("Refresh the routine enquiry guidance and add it to the multi-agency domestic abuse "
              "training offer.", "Shropshire Domestic Abuse Service", ["Shropshire Domestic Abuse Service"],
              "March 2025", "2025-03", "green", "Guidance refreshed; included in all training since "
              "February 2025.", "Completed 28/02/2025"),
             ("Audit 50 adult safeguarding contacts to test whether routine enquiry was made and recorded.",
              "Shropshire Council Adult Social Care", ["Shropshire Council Adult Social Care"],
              "30/09/2025", "2025-09", "amber", "Audit tool agreed; sample drawn in July.", ""),
         ]),
        ("2. West Mercia Police and Shropshire Council should ensure that DASH risk assessments are "
         "reviewed when a further incident is reported within 12 months.",
         "Local", [
             ("Amend the police domestic abuse supervision checklist to prompt review of any previous "
              "DASH within 12 months.", "West Mercia Police", ["West Mercia Police"],
              "Dec 2024", "2024-12", "green", "Checklist amended and briefed to all response sergeants.",
              "Completed 02/12/2024"),
             ("Joint dip sample of repeat incidents referred to MARAC, reported to the Domestic Abuse "
              "Local Partnership Board.", "West Mercia Police / Shropshire Council Community Safety Team",
              ["West Mercia Police", "Shropshire Council Community Safety Team"],
              "June 2025", "2025-06", "red", "Not started – analyst post vacant until August.", ""),
         ]),
        ("3. Health partners should make sure GP practices are told when a patient is discussed at MARAC.",
         "Local", [
             ("Introduce a MARAC flag notification from the MARAC coordinator to the registered GP "
              "practice within two working days.", "NHS Shropshire, Telford and Wrekin ICB",
              ["NHS Shropshire, Telford and Wrekin ICB"],
              "31/03/2025", "2025-03", "green", "Process live from 1 March 2025.", "Completed 01/03/2025"),
         ]),
        ("4. The Home Office should consider how the learning on economic abuse in this review is shared "
         "nationally.",
         "National", [
             ("Write to the Home Office DHR Unit sharing the learning on economic abuse and request that "
              "it is included in the national DHR library.", "Shropshire Community Safety Partnership",
              ["Shropshire Community Safety Partnership"],
              "Nov-2024", "2024-11", "green", "Letter sent with the final report.",
              "Completed 15/11/2024"),
             ("Include economic abuse in the Shropshire domestic abuse strategy refresh.",
              "Shropshire Council Community Safety Team", ["Shropshire Council Community Safety Team"],
              "Q3 2025/26", "2025-12", "amber", "Strategy consultation opens September 2025.", ""),
         ]),
    ]
    # The document's key: red = not progressing, amber = in progress, green = completed (no blue)
    status_by_fill = {"green": "blue", "amber": "amber", "red": "red"}

    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Shropshire Community Safety Partnership | Progress at 30 June 2025"
    ws["A3"] = "RAG key:"
    ws["A3"].font = Font(bold=True)
    for col, (txt, f) in zip("BCD", [("Not progressing", "red"), ("In progress", "amber"),
                                     ("Completed", "green")]):
        ws[col + "3"] = txt
        ws[col + "3"].fill = xfill(FILL[f])
    heads = ["Recommendation", "Scope of recommendation (local / regional / national)", "Action to take",
             "Lead agency", "Key milestones achieved in enacting recommendation", "Target date",
             "Date of completion and outcome", "RAG"]
    ws.append([])
    ws.append(heads)
    hr = ws.max_row
    for i in range(1, 9):
        c = ws.cell(hr, i)
        c.font = Font(bold=True)
        c.fill = xfill("BDD7EE")
        c.alignment = WRAP
        c.border = BORDER
    actions = []
    for rtext, scope, acts in recs:
        first = ws.max_row + 1
        for j, (atext, lead_txt, lead, tdate, end, fillc, milestones, done) in enumerate(acts):
            r = first + j
            if j == 0:
                ws.cell(r, 1, rtext)
                ws.cell(r, 2, scope)
            ws.cell(r, 3, atext)
            ws.cell(r, 4, lead_txt)
            ws.cell(r, 5, milestones)
            ws.cell(r, 6, tdate)
            ws.cell(r, 7, done if done else None)
            ws.cell(r, 8).fill = xfill(FILL[fillc])
            for i in range(1, 9):
                ws.cell(r, i).alignment = WRAP
                ws.cell(r, i).border = BORDER
            actions.append(dict(ref=None, under=[rtext], action=atext, lead=lead, end=end,
                                end_text=("Q3 2025/26" if tdate == "Q3 2025/26" else None),
                                status=status_by_fill[fillc]))
        last = first + len(acts) - 1
        if last > first:
            for col in (1, 2):
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    for col, w in zip("ABCDEFGH", [45, 14, 50, 28, 40, 12, 22, 6]):
        ws.column_dimensions[col].width = w

    v = wb.create_sheet("Version control")
    v.append(["Version", "Date", "Comment"])
    v.append(["1.0", "15/11/2024", "Action plan submitted to the Home Office with the overview report"])
    v.append(["1.1", "20/03/2025", "Progress update to CSP Executive"])
    v.append(["1.2", "30/06/2025", "Progress update to CSP Executive"])
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a community safety partnership DHR action plan in the Home Office template "
                "(columns Recommendation / Scope / Action to take / Lead agency / Key milestones achieved / "
                "Target date / Date of completion and outcome), as Shropshire Community Safety Partnership "
                "would publish for DHR 'Rachel' (2024), with a RAG column added for CSP monitoring. Copied "
                "features: title and progress line, an in-sheet RAG key that uses fill colours only with "
                "green meaning Completed and no blue, recommendation and scope merged vertically over their "
                "actions, lead agencies (one NHS body name containing a comma; two agencies joined by '/'), "
                "target dates in mixed formats, RAG as fill only, version-control sheet."),
        reads=("A DHR action plan of four numbered recommendations, each over one or two actions (seven "
               "in all) with a lead agency, target date and a RAG cell coloured but without text. By the "
               "plan's own key green means Completed (there is no blue), so green cells read as complete, "
               "amber as in progress and red as not progressing."),
        outcome="read", title=title, actions=actions)


# =========================================================================== 6 East Sussex csv
def east_sussex():
    name = "ug-east-sussex-health-and-wellbeing-board-action-log.csv"
    title = "East Sussex Health and Wellbeing Board – Action Log"
    meetings = [
        ("Meeting: 11 March 2025", [
            ("HWB 25/01", "Joint Strategic Needs Assessment",
             "Circulate the JSNA summary of the 2024 Healthy Lives survey to Board members and publish it "
             "on the East Sussex JSNA website.",
             "Director of Public Health", ["Director of Public Health"], "Apr-25", "2025-04", None,
             "Complete", "blue", "Circulated 2 April 2025; published on JSNA site."),
            ("HWB 25/02", "Better Care Fund plan 2025/26",
             "Bring the final BCF plan 2025/26 to the July meeting for formal sign-off.\n"
             "Note: national submission deadline 31 March 2025 – interim sign-off delegated to the Chair.",
             "DASS / ICB Director of Place", ["DASS", "ICB Director of Place"], "08/07/2025", "2025-07",
             None, "Complete", "blue", "Signed off at 8 July meeting."),
        ]),
        ("Meeting: 8 July 2025", [
            ("HWB 25/03", "Pharmaceutical Needs Assessment 2025",
             "Publish the PNA 2025 following consultation and report any gaps in provision to the Board.",
             "Consultant in Public Health (PNA lead)", ["Consultant in Public Health (PNA lead)"],
             "1 October 2025", "2025-10", None, "Complete", "blue",
             "PNA published 29 September 2025; no gaps identified."),
            ("HWB 25/04", "Healthy Hastings and Rother programme",
             "Provide a written update on the evaluation of the programme, including the outcomes dataset "
             "agreed with the university partner.",
             "Director of Public Health; HHR Programme Manager",
             ["Director of Public Health", "HHR Programme Manager"], "Dec-25", "2025-12", None,
             "Amber", "amber", "Evaluation fieldwork still under way; verbal update given on 9 December."),
        ]),
        ("Meeting: 30 September 2025", [
            ("HWB 25/05", "Children and young people’s mental health",
             "Circulate the mapping of mental health support teams in schools, showing coverage by district "
             "and borough.",
             "Director of Children’s Services", ["Director of Children’s Services"], "10/03/2026",
             "2026-03", None, "Green", "green", "Mapping complete; being checked with Sussex Partnership."),
            ("HWB 25/06", "Tobacco control",
             "Establish a Smokefree East Sussex task and finish group and report its membership and terms "
             "of reference to the Board.",
             "Consultant in Public Health – Tobacco Control", ["Consultant in Public Health – Tobacco Control"],
             "TBC", None, "TBC", "Not started", "unrated", ""),
        ]),
        ("Meeting: 9 December 2025", [
            ("HWB 25/07", "Winter planning 2025/26",
             "Share the system winter resilience dashboard with Board members until the end of March 2026.",
             "ICB Managing Director (East Sussex)", ["ICB Managing Director (East Sussex)"], "Fortnightly",
             None, "Fortnightly", "Green", "green", "First dashboard shared 16 December."),
            ("HWB 25/08", "Joint Local Health and Wellbeing Strategy refresh",
             "Hold a Board development session on the strategy refresh and circulate a draft outcomes "
             "framework beforehand.",
             "Director of Public Health & Director of Adult Social Care",
             ["Director of Public Health", "Director of Adult Social Care"], "Feb 2026", "2026-02", None,
             "Green", "green", "Session booked for 10 February 2026."),
        ]),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = 7
    w.writerow([title] + [""] * (n - 1))
    w.writerow(["Updated following the meeting of 9 December 2025"] + [""] * (n - 1))
    w.writerow([""] * n)
    w.writerow(["Ref", "Agenda item", "Action", "Action by", "Due", "Status", "Comments"])
    actions = []
    for mname, rows in meetings:
        w.writerow([mname] + [""] * (n - 1))
        for ref, item, act, lead_txt, lead, due, end, end_text, stxt, status, com in rows:
            w.writerow([ref, item, act, lead_txt, due, stxt, com])
            actions.append(dict(ref=ref, under=[mname], action=act, lead=lead, end=end,
                                end_text=end_text, status=status))
    w.writerow([""] * n)
    w.writerow(["Key: Complete = action done; Green = on track; Amber = at risk; Red = overdue; "
                "Not started = not yet begun"] + [""] * (n - 1))
    w.writerow(["Completed actions are removed from the log once they have been reported to one meeting."]
               + [""] * (n - 1))
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    write_expected(
        name,
        source=("Imitates a county health and wellbeing board action log appended to board papers "
                "(East Sussex Health and Wellbeing Board, 2025), saved from Excel as CSV. Copied features: "
                "title and 'updated following' line, header row, a row per meeting date grouping the "
                "actions raised at it, action refs 'HWB 25/nn', agenda item column, leads as posts (two "
                "joined by '/', ';' or '&'), due dates as Apr-25, dd/mm/yyyy, '1 October 2025', 'Feb 2026', "
                "'TBC' and 'Fortnightly', status words, a quoted multi-line action cell, and key and "
                "notes lines at the foot."),
        reads=("A board action log of eight actions grouped under four meeting-date rows, each with a ref, "
               "agenda item, action, the post(s) it falls to, a due date, a status word and comments. The "
               "key and the note at the foot are not actions; TBC and Fortnightly have no end month."),
        outcome="read", title=title, actions=actions)


# =========================================================================== 7 Norfolk txt
def norfolk():
    name = "ug-norfolk-safeguarding-children-partnership-cspr-child-s-action-plan.txt"
    title = "Child Safeguarding Practice Review: Child S – Partnership Action Plan"
    themes = [
        ("Learning theme 1: Recognising and responding to neglect", [
            ("Recommendation 1: NSCP partners should ensure practitioners use the Graded Care Profile 2 "
             "where there are concerns about neglect of a child under five.", [
                ("1.1", "Relaunch GCP2 training for health visitors, early help practitioners and children’s "
                        "social workers, with a target of 150 practitioners trained.",
                 "Head of Social Work (NCC) / Health Visiting Service Lead (CCS)",
                 ["Head of Social Work (NCC)", "Health Visiting Service Lead (CCS)"],
                 "Mar-2025", "2025-03", None, "Blue", "blue",
                 "162 practitioners trained between October 2024 and March 2025.",
                 "Evaluation of the training to be reported to LIG in June 2025."),
                ("1.2", "Audit the use of GCP2 in 20 cases of children under five open to early help or "
                        "social care, reporting findings to the Learning and Improvement Group.",
                 "NSCP Quality Assurance Manager", ["NSCP Quality Assurance Manager"],
                 "Q1 2025/26", "2025-06", "Q1 2025/26", "Green", "green",
                 "Audit tool agreed; cases selected.", None),
            ]),
            ("Recommendation 2: Health partners should share information about missed health appointments "
             "for children under five with the allocated social worker or early help lead.", [
                ("2.1", "Agree a was-not-brought pathway across the ICB, community health and GP practices, "
                        "including notification to the lead professional within five working days.",
                 "Designated Nurse for Safeguarding Children (ICB)",
                 ["Designated Nurse for Safeguarding Children (ICB)"],
                 "30/06/2025", "2025-06", None, "Amber", "amber",
                 "Pathway drafted; awaiting sign-off by the ICB Safeguarding Assurance Group.", None),
                ("2.2", "Issue practice guidance to GP practices on coding and follow-up of children not "
                        "brought to appointments.",
                 "Named GP for Safeguarding", ["Named GP for Safeguarding"],
                 "Sept 2025", "2025-09", None, "Amber", "amber",
                 "Dependent on action 2.1.", None),
            ]),
        ]),
        ("Learning theme 2: Professional curiosity about men in the household", [
            ("Recommendation 3: All agencies should routinely ask about, and record, the adults living in "
             "or regularly visiting the child’s home.", [
                ("3.1", "Update the NSCP ‘Unseen men’ practice briefing and include it in the multi-agency "
                        "induction programme.",
                 "NSCP Business Manager", ["NSCP Business Manager"],
                 "Dec 2024", "2024-12", None, "Blue", "blue",
                 "Briefing published December 2024.", None),
                ("3.2", "Add a mandatory household composition field to the early help assessment in the "
                        "case management system.",
                 "Head of Early Help", ["Head of Early Help"],
                 "31 March 2025", "2025-03", None, "Red", "red",
                 "System change not yet scheduled; escalated to the Executive Group.", None),
                ("3.3", "Deliver briefings for designated safeguarding leads in schools and early years "
                        "settings on asking about fathers and male carers.",
                 "Education Safeguarding Lead", ["Education Safeguarding Lead"],
                 "Autumn term 2025", "2025-12", "Autumn term 2025", "Green", "green",
                 "Briefings booked for October and November DSL network meetings.", None),
            ]),
        ]),
        ("Learning theme 3: Escalation and challenge", [
            ("Recommendation 4: The NSCP should seek assurance that the escalation policy is understood and "
             "used by practitioners in all agencies.", [
                ("4.1", "Refresh the NSCP resolving professional differences (escalation) policy and publish "
                        "a one-page quick guide.",
                 "NSCP Business Manager", ["NSCP Business Manager"],
                 "Jan 2025", "2025-01", None, "Blue", "blue",
                 "Policy and quick guide published 20 January 2025.", None),
                ("4.2", "Run a multi-agency survey of practitioners on confidence in using escalation and "
                        "repeat it after 12 months.",
                 "NSCP Business Manager; Chair of the Learning and Improvement Group",
                 ["NSCP Business Manager", "Chair of the Learning and Improvement Group"],
                 "Ongoing", None, "Ongoing", "Green", "green",
                 "First survey closed May 2025 (312 responses).", None),
            ]),
        ]),
    ]
    L = []
    L.append("Norfolk Safeguarding Children Partnership")
    L.append(title)
    L.append("Progress update for the Learning and Improvement Group – last updated 09/10/2025")
    L.append("")
    L.append("Purpose")
    L.append("This plan sets out how the safeguarding partners and relevant agencies are responding to the "
             "four recommendations of the local child safeguarding practice review into the circumstances of "
             "Child S, published on 19 March 2025. Progress is reported to each meeting of the Learning and "
             "Improvement Group (LIG) and to the NSCP Executive Group twice a year.")
    L.append("")
    L.append("RAG key")
    L.append("Blue\tAction complete and impact evidenced")
    L.append("Green\tOn track")
    L.append("Amber\tSome slippage – revised date agreed with LIG")
    L.append("Red\tOff track – escalated to the Executive Group")
    L.append("")
    actions = []
    for theme, recs in themes:
        L.append(theme)
        L.append("")
        for rec, rows in recs:
            L.append(rec)
            L.append("Ref\tAction\tLead\tTarget date\tRAG\tProgress update")
            for ref, act, lead_txt, lead, tdate, end, end_text, rag, status, prog, prog2 in rows:
                L.append("\t".join([ref, act, lead_txt, tdate, rag, prog]))
                if prog2:
                    L.append(prog2)
                actions.append(dict(ref=ref, under=[theme, rec], action=act, lead=lead, end=end,
                                    end_text=end_text, status=status))
            L.append("")
    L.append("Abbreviations: NCC – Norfolk County Council; CCS – Cambridgeshire Community Services; "
             "ICB – NHS Norfolk and Waveney Integrated Care Board; GCP2 – Graded Care Profile 2.")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")

    write_expected(
        name,
        source=("Imitates a safeguarding children partnership's CSPR action plan progress update as saved "
                "from Word to plain text (Norfolk Safeguarding Children Partnership, Child S review published "
                "2025); Word writes each table row as one line with tab-separated cells. Copied features: "
                "partnership name, title and 'last updated' line, purpose paragraph, RAG key as tab lines, "
                "learning-theme headings, recommendation text above its action table, repeated header row "
                "per table, numbered actions, leads as posts with agency in brackets (two joined by '/' or "
                "';'), target dates as Mar-2025, dd/mm/yyyy, 'Q1 2025/26', 'Autumn term 2025', 'Ongoing', "
                "RAG words, a second paragraph of a progress cell on its own continuation line, and an "
                "abbreviations line."),
        reads=("A CSPR action plan with three learning themes, four recommendations and nine numbered "
               "actions (1.1–4.2), each read under its theme and recommendation with a lead, target date, "
               "RAG word and progress update. The RAG key lines, the continuation line under 1.1 and the "
               "abbreviations line are not actions."),
        outcome="read", title=title, actions=actions)


if __name__ == "__main__":
    salford()
    darlington()
    rr = cornwall()
    barnet()
    shropshire()
    east_sussex()
    norfolk()
    print("cornwall refuse row:", rr)
