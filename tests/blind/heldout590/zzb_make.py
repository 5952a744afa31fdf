"""Build the seven zzb- blind cases (data files and their .expected.yaml readings).

Run with /work/main/.venv/bin/python zzb_make.py from any directory.
Only files whose names start with zzb- are written.
"""
import csv
import io
import os
from datetime import datetime

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "Red": "FF0000", "Amber": "FFC000", "Green": "00B050", "Blue": "0070C0",
    "Complete": "0070C0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def path(name):
    assert name.startswith("zzb-") or name.startswith("zzb_")
    return os.path.join(HERE, name)


class Q(str):
    """A string always written with double quotes in the YAML (months, refs)."""


yaml.SafeDumper.add_representer(
    Q, lambda dumper, v: dumper.represent_scalar("tag:yaml.org,2002:str", str(v), style='"'))


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": Q(ref) if ref is not None else None, "under": list(under), "action": action,
         "lead": list(lead), "end": Q(end) if end is not None else None}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write_expected(name, source, reads, outcome, title, actions, refuse_at=None,
                   accept_refusal=False):
    d = {"source": source, "reads": reads, "outcome": outcome,
         "accept_refusal": accept_refusal}
    if refuse_at is not None:
        d["refuse_at"] = refuse_at
    if title is not None:
        d["title"] = title
    if outcome == "read":
        d["actions"] = actions
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(d, f, sort_keys=False, allow_unicode=True, width=100,
                       default_flow_style=False)


# ---------------------------------------------------------------- helpers (xlsx)
def xfill(cell, key):
    cell.fill = PatternFill("solid", start_color=FILL[key], end_color=FILL[key])


def hdr_row(ws, row, values, color="1F3864"):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", start_color=color, end_color=color)
        c.alignment = WRAP
        c.border = BOX


# ---------------------------------------------------------------- helpers (docx)
def shade(cell, hex_color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_color)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


# =============================================================== 1. EA highlight report
def make_ea():
    name = "zzb-environment-agency-fcerm-capital-programme-highlight-report.xlsx"
    title = ("Flood and Coastal Erosion Risk Management (FCERM) Capital Investment "
             "Programme – Highlight Report")
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Period 8: November 2025"
    ws["A3"] = "Environment Agency | FCERM Programme Management Office"
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    dc = [("Version", "1.0 (final)"),
          ("Reporting period", "1 to 30 November 2025"),
          ("Prepared by", "FCERM Programme Management Office"),
          ("Senior Responsible Owner", "Executive Director, Flood and Coastal Erosion Risk Management"),
          ("Issued to", "FCERM Programme Board, 11 December 2025"),
          ("Classification", "OFFICIAL")]
    for i, (k, v) in enumerate(dc, start=6):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=i, column=2, value=v)
        for c in (1, 2):
            ws.cell(row=i, column=c).border = BOX
    ws["A13"] = "RAG key"
    ws["A13"].font = Font(bold=True)
    key = [("G", "On track"), ("A", "At risk – recoverable within tolerance"),
           ("R", "Off track – exception report required"), ("B", "Complete")]
    for i, (k, v) in enumerate(key, start=14):
        c = ws.cell(row=i, column=1, value=k)
        xfill(c, k)
        c.font = Font(bold=True, color="FFFFFF" if k in "RB" else "000000")
        c.alignment = Alignment(horizontal="center")
        ws.cell(row=i, column=2, value=v)
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 70

    s = wb.create_sheet("Summary")
    s["A1"] = "Section 1 – Programme status summary"
    s["A1"].font = Font(bold=True, size=12)
    hdr_row(s, 3, ["Dimension", "Last period", "This period", "Commentary"])
    dims = [
        ("Overall", "A", "A", "Programme remains amber. Partnership funding shortfall and contractor capacity in two Areas are the main pressures."),
        ("Schedule", "A", "A", "38 of 52 schemes due to start in 2025/26 are on track; 9 forecast to slip into 2026/27."),
        ("Cost", "G", "A", "Forecast outturn £1.01bn against allocation of £1.03bn; inflation on materials reported by NGSA suppliers."),
        ("Benefits (properties better protected)", "A", "A", "Forecast 41,200 properties better protected in 2025/26 against a target of 45,000."),
        ("Resources", "A", "R", "Vacancy rate of 14% in project management roles; recruitment campaign launched 3 November."),
    ]
    for r, (d, last, this, com) in enumerate(dims, start=4):
        s.cell(row=r, column=1, value=d)
        for col, v in ((2, last), (3, this)):
            c = s.cell(row=r, column=col, value=v)
            xfill(c, v)
            c.alignment = Alignment(horizontal="center", vertical="top")
        s.cell(row=r, column=4, value=com).alignment = WRAP
        for col in range(1, 5):
            s.cell(row=r, column=col).border = BOX
    s["A10"] = "Section 2 – Key achievements this period"
    s["A10"].font = Font(bold=True, size=12)
    ach = ["• Construction completed on 6 schemes, better protecting 2,340 properties.",
           "• Storm recovery repairs completed on a further 31 high-consequence assets.",
           "• 2026/27 indicative allocations shared with Regional Flood and Coastal Committees."]
    for r, t in enumerate(ach, start=11):
        s.cell(row=r, column=1, value=t)
    s.column_dimensions["A"].width = 36
    s.column_dimensions["B"].width = 12
    s.column_dimensions["C"].width = 12
    s.column_dimensions["D"].width = 90

    m = wb.create_sheet("Milestones & actions")
    m["A1"] = "Section 3 – Key milestones and actions"
    m["A1"].font = Font(bold=True, size=12)
    m["A2"] = "Forecast dates shown in bold have moved since the last report. RAG as at 30 November 2025."
    m["A2"].font = Font(italic=True)
    hdr_row(m, 4, ["Ref", "Milestone / action", "Owner", "Baseline date", "Forecast date",
                   "Last period", "This period", "Commentary"])
    ws1 = "Workstream 1 – Capital delivery"
    ws2 = "Workstream 2 – Partnership funding and contributions"
    ws3 = "Workstream 3 – Asset maintenance and storm recovery"
    ws4 = "Workstream 4 – Benefits and reporting"
    D = datetime
    rows = [
        ws1,
        ("M1.1", "Complete outline business case approvals for the 2026/27 pipeline schemes through the Large Project Review Group",
         "Deputy Director, FCRM Investment Programme", D(2025, 12, 31), D(2026, 3, 31), "A", "A",
         "LPRG dates for January and March confirmed; 4 OBCs returned for further work on costs.",
         act("M1.1", [ws1], "Complete outline business case approvals for the 2026/27 pipeline schemes through the Large Project Review Group",
             ["Deputy Director, FCRM Investment Programme"], "2026-03", "amber")),
        ("M1.2", "Award Next Generation Supplier Arrangement (NGSA) call-off contracts for the 14 schemes due to start construction in Q1 2026/27",
         "Head of Commercial, FCRM", D(2026, 2, 27), D(2026, 2, 27), "G", "G",
         "Tender evaluation under way for 9 of 14 schemes.",
         act("M1.2", [ws1], "Award Next Generation Supplier Arrangement (NGSA) call-off contracts for the 14 schemes due to start construction in Q1 2026/27",
             ["Head of Commercial, FCRM"], "2026-02", "green")),
        ("M1.3", "Report the revised 2025/26 outturn forecast to the Defra Flood Programme Board",
         "Programme Director", D(2025, 11, 20), D(2025, 11, 20), "G", "B",
         "Reported 20 November 2025.",
         act("M1.3", [ws1], "Report the revised 2025/26 outturn forecast to the Defra Flood Programme Board",
             ["Programme Director"], "2025-11", "blue")),
        ws2,
        ("M2.1", "Secure signed contribution agreements for £18.4m of partnership funding across the 2025/26 programme",
         "Head of Partnership Funding / Area Partnership Funding Leads", D(2025, 9, 30), D(2026, 3, 31), "A", "R",
         "£11.2m signed. Two local authority contributions (£4.1m) withdrawn following budget decisions; exception report at Annex A.",
         act("M2.1", [ws2], "Secure signed contribution agreements for £18.4m of partnership funding across the 2025/26 programme",
             ["Head of Partnership Funding", "Area Partnership Funding Leads"], "2026-03", "red")),
        ("M2.2", "Publish the updated partnership funding calculator and guidance following the Defra funding policy review",
         "FCERM Policy Manager", D(2026, 4, 30), D(2026, 4, 30), "G", "G",
         "Draft calculator in user testing with 3 Areas.",
         act("M2.2", [ws2], "Publish the updated partnership funding calculator and guidance following the Defra funding policy review",
             ["FCERM Policy Manager"], "2026-04", "green")),
        ws3,
        ("M3.1", "Complete repairs to the 250 high-consequence assets damaged in Storms Babet, Ciarán and Henk",
         "Head of Asset Performance", D(2025, 3, 31), D(2025, 12, 31), "R", "A",
         "219 of 250 complete. Remaining 31 need landowner access or environmental permits.",
         act("M3.1", [ws3], "Complete repairs to the 250 high-consequence assets damaged in Storms Babet, Ciarán and Henk",
             ["Head of Asset Performance"], "2025-12", "amber")),
        ("M3.2", "Roll out the risk-based asset inspection regime to all 14 Areas",
         "National Asset Manager & Area Asset Performance Managers", D(2025, 10, 31), D(2025, 10, 31), "G", "B",
         "All Areas now inspecting on the revised frequencies.",
         act("M3.2", [ws3], "Roll out the risk-based asset inspection regime to all 14 Areas",
             ["National Asset Manager", "Area Asset Performance Managers"], "2025-10", "blue")),
        ws4,
        ("M4.1", "Validate the 2024/25 properties better protected (OM2) outturn and publish it in the annual FCERM report to Parliament",
         "Head of Programme Performance and Insight", D(2025, 11, 28), D(2025, 12, 19), "A", "A",
         "Validation of 3 Areas' returns outstanding.",
         act("M4.1", [ws4], "Validate the 2024/25 properties better protected (OM2) outturn and publish it in the annual FCERM report to Parliament",
             ["Head of Programme Performance and Insight"], "2025-12", "amber")),
        ("M4.2", "Agree the benefits realisation approach for the 2026–2036 investment programme with Defra and HM Treasury",
         "Programme Director", D(2026, 6, 30), D(2026, 6, 30), None, "G*",
         "New milestone this period.",
         act("M4.2", [ws4], "Agree the benefits realisation approach for the 2026–2036 investment programme with Defra and HM Treasury",
             ["Programme Director"], "2026-06", "green")),
    ]
    actions = []
    r = 5
    for row in rows:
        if isinstance(row, str):
            m.cell(row=r, column=1, value=row).font = Font(bold=True)
            m.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            m.cell(row=r, column=1).fill = PatternFill("solid", start_color="D9E1F2", end_color="D9E1F2")
            r += 1
            continue
        ref, text, owner, base, fc, last, this, com, a = row
        m.cell(row=r, column=1, value=ref)
        m.cell(row=r, column=2, value=text)
        m.cell(row=r, column=3, value=owner)
        c = m.cell(row=r, column=4, value=base)
        c.number_format = "dd-mmm-yy"
        c = m.cell(row=r, column=5, value=fc)
        c.number_format = "dd-mmm-yy"
        if fc != base:
            c.font = Font(bold=True)
        if last:
            c = m.cell(row=r, column=6, value=last)
            xfill(c, last)
        if this == "G*":  # fill only, no letter
            xfill(m.cell(row=r, column=7), "G")
        else:
            c = m.cell(row=r, column=7, value=this)
            xfill(c, this)
        m.cell(row=r, column=8, value=com)
        for col in range(1, 9):
            m.cell(row=r, column=col).border = BOX
            m.cell(row=r, column=col).alignment = WRAP
        actions.append(a)
        r += 1
    m.cell(row=r + 1, column=1, value="Exception reports for red milestones are at Annex A. Risks and issues are reported in the programme risk register (Section 4).").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", (8, 60, 34, 13, 13, 10, 10, 50)):
        m.column_dimensions[col].width = w
    wb.save(path(name))

    write_expected(
        name,
        source=("Imitates a central-government arm's-length body programme highlight report of the kind the "
                "Environment Agency produces for its FCERM capital programme board (PRINCE2/MSP style): a cover "
                "sheet with document control and a G/A/R/B key, a status-summary sheet with last-period and "
                "this-period RAG by dimension, and a milestones sheet with merged workstream bands, baseline and "
                "forecast dates (moved forecasts in bold), last/this period RAG fill cells, one RAG cell coloured "
                "only, and notes lines. Constructed for this test, 2025."),
        reads=("A monthly programme highlight report for the EA's FCERM capital programme. The milestones sheet "
               "lists nine milestones/actions under four workstream bands, each with an owner, baseline and "
               "forecast date and last/this period RAG; the forecast date is the current due date and this "
               "period's RAG the current status. The cover and summary sheets are not actions."),
        outcome="read", title=title, actions=actions)


# =============================================================== 2. CPCA audit tracker
def make_cpca():
    name = "zzb-cambridgeshire-and-peterborough-ca-internal-audit-recommendations-tracker.xlsx"
    title = "Cambridgeshire and Peterborough Combined Authority – Internal Audit Recommendations Tracker"
    sub = "Position at 31 December 2025 – Audit and Governance Committee, 23 January 2026"
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=13)
    s["A2"] = sub
    s["A4"] = "Summary of agreed actions by priority and RAG status"
    s["A4"].font = Font(bold=True)
    hdr_row(s, 5, ["Priority", "Blue", "Green", "Amber", "Red", "Total"])
    summ = [("High", 1, 1, 1, 1), ("Medium", 2, 1, 0, 0), ("Low", 1, 0, 0, 0)]
    r = 6
    for p, b, g, a, rd in summ:
        for col, v in enumerate([p, b, g, a, rd, b + g + a + rd], start=1):
            s.cell(row=r, column=col, value=v).border = BOX
        r += 1
    for col, v in enumerate(["Total", 4, 2, 1, 1, 8], start=1):
        c = s.cell(row=r, column=col, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    s["A12"] = "RAG key"
    s["A12"].font = Font(bold=True)
    keys = [("Blue", "Implemented and evidence seen by Internal Audit"),
            ("Green", "In progress – on track to meet the target date"),
            ("Amber", "In progress – revised date agreed or at risk"),
            ("Red", "Overdue – target date missed or not progressed")]
    for i, (k, v) in enumerate(keys, start=13):
        c = s.cell(row=i, column=1, value=k)
        xfill(c, k)
        s.cell(row=i, column=2, value=v)
    s["A18"] = "Priority definitions"
    s["A18"].font = Font(bold=True)
    s["A19"] = "High – fundamental weakness in control; action within 3 months."
    s["A20"] = "Medium – significant weakness; action within 6 months."
    s["A21"] = "Low – minor weakness or good practice; action within 12 months."
    s.column_dimensions["A"].width = 16
    s.column_dimensions["B"].width = 50

    t = wb.create_sheet("Tracker")
    t["A1"] = title
    t["A1"].font = Font(bold=True, size=13)
    t["A2"] = sub
    hdr_row(t, 4, ["Ref", "Recommendation", "Priority", "Agreed management action",
                   "Responsible officer", "Original target date", "Revised target date",
                   "RAG", "Update (December 2025)"])
    D = datetime
    a1 = "Grant Funding Assurance 2024/25 – Limited Assurance"
    a2 = "Procurement and Contract Management 2024/25 – Reasonable Assurance"
    a3 = "Cyber Security and IT Resilience 2025/26 – Limited Assurance"
    r1 = ("A single register of all grants awarded by the Authority should be established "
          "and reconciled to the general ledger each quarter.")
    r2 = ("Monitoring returns from grant recipients should be obtained and reviewed within "
          "the timescales set in the grant agreement.")
    r3 = ("The contracts register should be complete and published in line with the "
          "transparency requirements of the Procurement Act 2023.")
    r4 = "Waivers of Contract Procedure Rules should be reported to Audit and Governance Committee."
    r5 = ("Multi-factor authentication should be enforced for all user and administrator "
          "accounts, including third-party supplier access.")
    r6 = "The IT disaster recovery plan should be tested at least annually and lessons recorded."
    # groups: (audit heading, [(rec, priority, [action rows])])
    groups = [
        (a1, [
            (r1, "High", [
                ("GFA 1.1", "Create a central grants register in the finance system covering all live grant agreements (Adult Skills Fund, Bus Service Improvement Plan, Housing and Business Growth).",
                 "Chief Finance Officer", D(2025, 9, 30), D(2025, 12, 31), "Blue",
                 "Register live from 1 December 2025; evidence provided to Internal Audit.",
                 ["Chief Finance Officer"], "2025-12", "blue"),
                ("GFA 1.2", "Introduce a quarterly reconciliation of the grants register to the general ledger, reviewed and signed off by the Head of Finance.",
                 "Head of Finance", D(2025, 12, 31), D(2026, 3, 31), "Amber",
                 "First reconciliation delayed until the register is complete; Q3 reconciliation to be done in February.",
                 ["Head of Finance"], "2026-03", "amber"),
            ]),
            (r2, "Medium", [
                ("GFA 2.1", "Issue a standard monitoring return template and reminder schedule to all grant recipients.",
                 "Grants and Monitoring Manager", D(2025, 10, 31), None, "Blue",
                 "Template issued 15 October 2025.",
                 ["Grants and Monitoring Manager"], "2025-10", "blue"),
            ]),
        ]),
        (a2, [
            (r3, "Medium", [
                ("PCM 1.1", "Complete a data cleanse of the contracts register and publish it on the Authority's website.",
                 "Head of Procurement", D(2025, 8, 31), D(2025, 11, 30), "Blue",
                 "Published 24 November 2025.",
                 ["Head of Procurement"], "2025-11", "blue"),
                ("PCM 1.2", "Set up a monthly check that all new contract award and contract details notices have been published on the Central Digital Platform.",
                 "Head of Procurement / Senior Lawyer", D(2026, 3, 31), None, "Green",
                 "Check designed; first run in January 2026.",
                 ["Head of Procurement", "Senior Lawyer"], "2026-03", "green"),
            ]),
            (r4, "Low", [
                ("PCM 2.1", "Add a six-monthly waivers report to the Audit and Governance Committee work programme.",
                 "Monitoring Officer", D(2025, 7, 31), None, "Blue",
                 "First report taken to the September 2025 meeting.",
                 ["Monitoring Officer"], "2025-07", "blue"),
            ]),
        ]),
        (a3, [
            (r5, "High", [
                ("CYB 1.1", "Enforce MFA on all remaining legacy accounts and on supplier remote access routes.",
                 "Head of Digital and IT", D(2025, 11, 30), D(2026, 2, 28), "Red",
                 "Legacy finance system does not support MFA; supplier upgrade scheduled for February.",
                 ["Head of Digital and IT"], "2026-02", "red"),
            ]),
            (r6, "High", [
                ("CYB 2.1", "Carry out a full disaster recovery test of core systems and report the outcome to the Corporate Leadership Team.",
                 "Head of Digital and IT / Information Governance Manager", D(2026, 3, 31), None, "Green",
                 "Test booked with hosting provider for 7 March 2026.",
                 ["Head of Digital and IT", "Information Governance Manager"], "2026-03", "green"),
            ]),
        ]),
    ]
    actions = []
    r = 5
    for audit, recs in groups:
        c = t.cell(row=r, column=1, value=audit)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", start_color="E2EFDA", end_color="E2EFDA")
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec, prio, rows in recs:
            start = r
            for (ref, text, officer, orig, rev, rag, upd, lead, end, st) in rows:
                t.cell(row=r, column=1, value=ref)
                t.cell(row=r, column=4, value=text)
                t.cell(row=r, column=5, value=officer)
                c = t.cell(row=r, column=6, value=orig)
                c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c = t.cell(row=r, column=7, value=rev)
                    c.number_format = "dd/mm/yyyy"
                c = t.cell(row=r, column=8, value=rag)
                xfill(c, rag)
                t.cell(row=r, column=9, value=upd)
                for col in range(1, 10):
                    t.cell(row=r, column=col).border = BOX
                    t.cell(row=r, column=col).alignment = WRAP
                actions.append(act(ref, [audit, rec], text, lead, end, st))
                r += 1
            t.cell(row=start, column=2, value=rec)
            t.cell(row=start, column=3, value=prio)
            if r - 1 > start:
                t.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
                t.merge_cells(start_row=start, start_column=3, end_row=r - 1, end_column=3)
    t.cell(row=r + 1, column=1, value="Actions marked Blue will be removed from the tracker after this meeting.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (10, 45, 10, 55, 30, 14, 14, 9, 45)):
        t.column_dimensions[col].width = w
    wb.save(path(name))

    write_expected(
        name,
        source=("Imitates a combined authority's internal audit recommendations tracker as reported to its "
                "Audit and Governance Committee (in the style of district and combined authority trackers with "
                "original and revised target dates and blue/green/amber/red status). Copies a summary sheet "
                "with a totals-by-priority block, RAG key and priority definitions, and a tracker sheet with "
                "merged audit-title bands, recommendation and priority cells merged down over their actions, "
                "original and revised target dates, fill-coloured RAG words and an update column. Constructed "
                "for this test, 2025/26."),
        reads=("The CPCA's tracker of agreed actions from three internal audits. Each audit band holds "
               "recommendations, each with one or two agreed management actions, a responsible officer "
               "(job titles, two where separated by '/'), original and sometimes revised target dates (the "
               "revised one is the due date) and a RAG colour word. The summary sheet is totals and keys only."),
        outcome="read", title=title, actions=actions)


# =============================================================== 3. M&S ICO tracker (refuse)
def make_ms():
    name = "zzb-marks-and-spencer-ico-cyber-incident-remediation-tracker-typo-month-refuse.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Remediation tracker"
    ws["A1"] = "Marks and Spencer Group plc"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Cyber Incident (April 2025) – ICO Remediation Tracker"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "ICO case reference: IC-384172-Q9T2"
    ws["A4"] = "Position as at 31 October 2025 | Prepared for the Audit Committee | Accountable executive: Chief Digital & Technology Officer"
    hdr_row(ws, 6, ["ID", "Workstream", "Finding / ICO expectation", "Remediation action",
                    "Owner", "Target date", "Status", "Comments"], color="00463A")
    rows = [
        ("MS-01", "Identity and access",
         "Service desk credential resets relied on knowledge-based checks that could be socially engineered.",
         "Introduce video-based identity verification for all service desk password and MFA resets, including third-party service desk staff.",
         "Chief Information Security Officer", "December 2025", "On track", "Pilot live in UK service desk since 6 October."),
        ("MS-02", "",
         "Privileged accounts were not consistently protected by phishing-resistant MFA.",
         "Enforce FIDO2 security keys for all domain and cloud administrator accounts.",
         "Head of Identity & Access Management", "November 2025", "Complete", "All 412 administrator accounts enrolled."),
        ("MS-03", "",
         "Dormant accounts remained enabled after staff and contractors left.",
         "Disable accounts inactive for more than 90 days and automate the monthly joiner-mover-leaver reconciliation.",
         "Head of Identity & Access Management", "January 2026", "On track", ""),
        ("MS-04", "Detection and response",
         "Security monitoring did not cover the virtualisation estate.",
         "Extend 24/7 security operations centre monitoring to the ESXi virtualisation estate.",
         "Chief Information Security Officer", "Febuary 2026", "At risk", "Log ingestion costs under review with SOC provider."),
        ("MS-05", "",
         "Recovery plans had not been exercised at scale.",
         "Test the ransomware recovery runbook in a full-scale exercise involving the Executive Committee.",
         "Chief Digital & Technology Officer", "March 2026", "On track", ""),
        ("MS-06", "Third-party assurance",
         "Contracts with IT service providers did not set minimum security controls.",
         "Add incident notification and MFA requirements to all IT service provider contracts at renewal.",
         "Group General Counsel; Head of Procurement", "June 2026", "On track", ""),
        ("MS-07", "",
         "Assurance over suppliers with privileged access was limited.",
         "Complete security assurance reviews of the 25 highest-risk suppliers with privileged access.",
         "Head of Third-Party Risk", "April 2026", "At risk", "11 of 25 complete."),
        ("MS-08", "Customer data and communications",
         "The ICO asked for final confirmation of the personal data affected.",
         "Confirm to the ICO the final categories of customer data affected and the number of customers notified.",
         "Data Protection Officer", "October 2025", "Complete", "Letter sent 17 October 2025."),
        ("MS-09", "",
         "The personal data breach procedure did not reflect the incident response structure used in April.",
         "Refresh the personal data breach procedure and re-train the incident management team.",
         "Data Protection Officer", "January 2026", "On track", ""),
        ("MS-10", "",
         "Online order history was kept longer than the retention schedule allows.",
         "Review retention periods for online order history and delete data held beyond the agreed periods.",
         "Head of Data Governance", "May 2026", "On track", ""),
    ]
    stfill = {"Complete": "B", "On track": "G", "At risk": "A"}
    r = 7
    refuse_row = None
    for row in rows:
        for col, v in enumerate(row, start=1):
            c = ws.cell(row=r, column=col, value=v if v != "" else None)
            c.border = BOX
            c.alignment = WRAP
        xfill(ws.cell(row=r, column=7), stfill[row[6]])
        if row[5] == "Febuary 2026":
            refuse_row = r
        r += 1
    ws.cell(row=r + 1, column=1, value="Status: Complete = closed and evidenced; On track; At risk = target date may be missed; Delayed = target date missed.").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", (8, 22, 45, 55, 32, 16, 11, 40)):
        ws.column_dimensions[col].width = w
    wb.save(path(name))

    write_expected(
        name,
        source=("Imitates a private firm's remediation tracker for a cyber incident under ICO scrutiny, of the "
                "kind large retailers and outsourcers keep for their regulator and audit committee (cf. the ICO's "
                "published reprimands and its 2024 'Learning from the mistakes of others' findings on MFA, "
                "monitoring and supplier access). Copies a header block with ICO case reference and position "
                "date, a workstream column written only on the first row of each group, finding and action "
                "side by side, job-title owners, typed month target dates and fill-coloured status words. "
                "Constructed for this test, 2025."),
        reads=("Ten remediation actions in four workstreams, each with a finding, an owner, a target month "
               "typed as text and a status. The target date for MS-04 reads 'Febuary 2026' – a mistyped "
               "month in an end cell, so a careful reader stops and asks before reading the tracker."),
        outcome="refuse", title="Cyber Incident (April 2025) – ICO Remediation Tracker", actions=None,
        refuse_at=refuse_row)


# =============================================================== 4. Shiplake ISI docx
def make_shiplake():
    name = "zzb-shiplake-college-isi-inspection-action-plan.docx"
    title = "Shiplake College: Post-Inspection Action Plan"
    doc = Document()
    doc.add_heading(title, level=0)
    doc.add_paragraph("ISI routine inspection, 11–13 March 2025 | Report published 2 May 2025 | "
                      "Progress update: November 2025")
    doc.add_paragraph(
        "The inspection found that the school meets the Independent School Standards and the National "
        "Minimum Standards for Boarding Schools. The report identified three recommended next steps. "
        "This plan sets out how the College will respond to them and is monitored by the Education "
        "Committee of the Board of Governors.")
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    dc = [("Version", "Date", "Author", "Approved"),
          ("1.0", "19/06/2025", "Deputy Head (Academic)", "Education Committee"),
          ("1.1", "06/10/2025", "Deputy Head (Academic)", "Education Committee"),
          ("1.2", "24/11/2025", "Deputy Head (Academic)", "For Board, 4 December 2025")]
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph()
    doc.add_paragraph("RAG key")
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (c, v, f) in enumerate([("B", "Complete", "0070C0"), ("G", "On track", "00B050"),
                                   ("A", "Some slippage – action being taken", "FFC000"),
                                   ("R", "Off track – escalated to the Head", "FF0000")]):
        set_cell(k.cell(i, 0), c, bold=True)
        shade(k.cell(i, 0), f)
        set_cell(k.cell(i, 1), v)

    s1 = "Section 1: Leadership and management, and governance"
    s2 = "Section 2: Quality of education, training and recreation"
    s3 = "Section 3: Pupils’ physical and mental health and emotional wellbeing"
    n1 = ("Recommended next step 1: Governors should strengthen their oversight of the school’s "
          "self-evaluation so that they receive clear evidence of the impact of new initiatives on pupils.")
    n2 = ("Recommended next step 2: Leaders should ensure that teaching in the lower school consistently "
          "takes account of the needs of pupils who have special educational needs and/or disabilities (SEND).")
    n3 = ("Recommended next step 3: Leaders should make sure that boarders’ views on food and on the "
          "weekend activities programme are gathered regularly and acted upon.")
    sections = [
        (s1, n1, [
            ("1.1", "Revise the termly Head’s report to governors so that each strategic priority is reported against impact measures agreed in advance.",
             "Head", "Autumn term 2025", "Report format agreed by Education Committee; first report December 2025.", "G",
             ["Head"], "2025-12", None, "green"),
            ("1.2", "Hold a governor monitoring visit each half term, linked to the School Development Plan, with a written note to the Education Committee.",
             "Chair of Education Committee / Deputy Head (Academic)", "Summer term 2026", "Six visit notes on file by July 2026.", "G",
             ["Chair of Education Committee", "Deputy Head (Academic)"], "2026-07", None, "green"),
        ]),
        (s2, n2, [
            ("2.1", "Publish a one-page learning profile for every pupil on the SEND register and share it with all teachers through iSAMS.",
             "Head of Learning Support", "September 2025", "100% of profiles live on iSAMS.", "B",
             ["Head of Learning Support"], "2025-09", None, "blue"),
            ("2.2", "Deliver INSET on adaptive teaching, followed by learning walks in Years 7 to 9 focused on pupils with SEND.",
             "Deputy Head (Academic) & Head of Learning Support", "Autumn term 2025", "Learning walk records show adaptations in most lessons seen.", "A",
             ["Deputy Head (Academic)", "Head of Learning Support"], "2025-12", None, "amber"),
            ("2.3", "Review the lower school homework policy so that tasks are adapted for pupils with SEND.",
             "Head of Lower School", "31 January 2026", "Revised policy published to parents.", "G",
             ["Head of Lower School"], "2026-01", None, "green"),
        ]),
        (s3, n3, [
            ("3.1", "Set up a termly Boarders’ Forum, with minutes shared with all boarding houses and reviewed by SLT.",
             "Deputy Head (Pastoral)", "June 2025", "Forum met in June and October 2025; minutes on the boarding portal.", "B",
             ["Deputy Head (Pastoral)"], "2025-06", None, "blue"),
            ("3.2", "Agree a revised weekend activities programme with boarders, including at least two off-site trips each half term.",
             "Head of Boarding", "Autumn term 2025", "Boarder survey shows improved satisfaction with weekends.", "",
             ["Head of Boarding"], "2025-12", None, "green"),
            ("3.3", "Carry out a catering survey with pupils each term and report the results and the changes made to the Food Committee.",
             "Bursar; Catering Manager", "Termly", "Survey results and menu changes minuted by the Food Committee.", "G",
             ["Bursar", "Catering Manager"], None, "Termly", "green"),
        ]),
    ]
    actions = []
    for sec, nxt, rows in sections:
        doc.add_heading(sec, level=2)
        tb = doc.add_table(rows=2 + len(rows), cols=6)
        tb.style = "Table Grid"
        for j, h in enumerate(["Ref", "Action", "Lead", "Timescale", "Success criteria / evidence", "RAG"]):
            set_cell(tb.cell(0, j), h, bold=True)
            shade(tb.cell(0, j), "D9D9D9")
        mc = tb.cell(1, 0).merge(tb.cell(1, 5))
        set_cell(mc, nxt, bold=True)
        shade(mc, "F2F2F2")
        for i, (ref, text, lead_cell, ts, sc, rag, lead, end, et, st) in enumerate(rows, start=2):
            for j, v in enumerate([ref, text, lead_cell, ts, sc, rag]):
                set_cell(tb.cell(i, j), v)
            shade(tb.cell(i, 5), {"G": "00B050", "A": "FFC000", "B": "0070C0", "": "00B050"}[rag])
            actions.append(act(ref, [sec, nxt], text, lead, end, st, end_text=et))
        doc.add_paragraph()
    doc.add_heading("Section 4: Pupils’ social and economic education and contribution to society", level=2)
    doc.add_paragraph("No recommended next steps in this section.")
    doc.add_heading("Section 5: Safeguarding", level=2)
    doc.add_paragraph("Safeguarding arrangements were found to be effective and the relevant Standards are met. "
                      "No actions arise from this section.")
    doc.add_paragraph("Monitoring: the Deputy Head (Academic) updates this plan each half term and reports "
                      "progress to the Education Committee.")
    doc.save(path(name))

    write_expected(
        name,
        source=("Imitates an independent school's post-inspection action plan after an ISI routine inspection "
                "under the 2023 framework (report sections 1–5; 'recommended next steps' where all Standards "
                "are met). Copies a title block with inspection and publication dates, a version/document "
                "control table, a RAG key table, one table per ISI framework section with the recommended next "
                "step as a merged full-width row above its numbered actions, job-title leads, school-term and "
                "month timescales, success criteria, shaded RAG cells (one coloured with no letter) and "
                "sections that have no actions. Constructed for this test, 2025."),
        reads=("Shiplake College's response to its 2025 ISI inspection: three recommended next steps, one per "
               "framework section, each above two or three numbered actions with lead, timescale, success "
               "criteria and RAG. Sections 4 and 5 have no actions; the version table and key are not the plan."),
        outcome="read", title=title, actions=actions)


# =============================================================== 5. Appleby TC docx
def make_appleby():
    name = "zzb-appleby-town-council-horse-fair-2025-lessons-learned-action-plan.docx"
    title = "Appleby Horse Fair 2025: Lessons Learned and Action Plan"
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Appleby-in-Westmorland Town Council")
    r.bold = True
    r.font.size = Pt(12)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading(title, level=1)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Document", "Town Council debrief – Appleby Horse Fair, 5 to 11 June 2025"),
                                ("Version", "1.2"),
                                ("Approved", "Full Council, 16 September 2025 (Minute 25/112)"),
                                ("Last updated", "18 November 2025 – progress column")]):
        set_cell(t.cell(i, 0), a, bold=True)
        set_cell(t.cell(i, 1), b)
    doc.add_heading("1. Background", level=2)
    doc.add_paragraph(
        "The Town Council held a public debrief meeting on 7 July 2025 and received written comments from "
        "residents, businesses and partner agencies on the multi-agency strategic co-ordinating group (MASCG). "
        "This plan records the lessons the Town Council has identified for the matters within its own "
        "responsibility, and the actions agreed. Matters for other agencies have been passed to the MASCG.")
    doc.add_heading("2. What worked well", level=2)
    for b in ["The joint emergency services hub at the police station was welcomed by residents.",
              "Daily clean-up of the town centre was completed by 9am each morning.",
              "Horse washing at The Sands was well managed despite high river levels on Saturday."]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_heading("3. Lessons learned and actions", level=2)
    doc.add_paragraph("RAG: Green – on track; Amber – at risk of slipping; Red – off track or needs a "
                      "decision of Council; Complete – action closed.")
    tA = "A. Communication with residents and businesses"
    tB = "B. Fair Hill and Town Council land"
    tC = "C. Town centre, waste and toilets"
    lA1 = ("Residents did not know who to contact about problems during the Fair, and the Town Council "
           "office received over 200 calls in Fair week.")
    lA2 = "Businesses were unclear which premises would close and when, which confused visitors."
    lB1 = "Vehicles parked on the Fair Hill verges damaged the grass and blocked the emergency access route."
    lB2 = "Reinstatement of Fair Hill took until August, which reduced its use by the community."
    lC1 = "The public toilets at The Sands ran out of supplies on the Saturday and Sunday."
    lC2 = "Litter bins in Boroughgate were overflowing by early evening."
    plan = [
        (tA, [
            (lA1, [
                ("A1.1", "Produce a single ‘Who to contact’ leaflet with Westmorland and Furness Council, Cumbria Police and the RSPCA, and deliver it to every household before the Fair.",
                 "Town Clerk", "April 2026", "Green", "Draft agreed with MASCG partners.",
                 ["Town Clerk"], "2026-04", None, "green"),
                ("A1.2", "Extend Town Council office hours to 8am–8pm during Fair week and publish a daily update on the website and Facebook page.",
                 "Deputy Town Clerk", "June 2026", "Green", "Staff rota to be agreed in March.",
                 ["Deputy Town Clerk"], "2026-06", None, "green"),
            ]),
            (lA2, [
                ("A2.1", "Hold a spring briefing for businesses with the Appleby Business Group and the licensing team.",
                 "Cllr M. Rigg and Town Clerk", "31/03/2026", "Amber", "Date not yet fixed with licensing team.",
                 ["Cllr M. Rigg", "Town Clerk"], "2026-03", None, "amber"),
            ]),
        ]),
        (tB, [
            (lB1, [
                ("B1.1", "Install removable timber bollards along the Fair Hill verges and mark the emergency access route.",
                 "Town Clerk / Estates Committee", "May 2026", "Amber", "Two quotes received; third awaited.",
                 ["Town Clerk", "Estates Committee"], "2026-05", None, "amber"),
                ("B1.2", "Agree with the MASCG a joint patrol of the emergency access route by the Town Warden and Cumbria Police.",
                 "Town Warden", "June 2026", "Green", "",
                 ["Town Warden"], "2026-06", None, "green"),
            ]),
            (lB2, [
                ("B2.1", "Obtain quotes for reseeding and rolling Fair Hill and include the cost in the 2026/27 budget.",
                 "Responsible Financial Officer", "January 2026", "Complete", "£4,800 included in draft budget.",
                 ["Responsible Financial Officer"], "2026-01", None, "blue"),
            ]),
        ]),
        (tC, [
            (lC1, [
                ("C1.1", "Agree an extra mid-day servicing visit with the contractor for Thursday to Monday of Fair week.",
                 "Deputy Town Clerk", "March 2026", "Complete", "Contract variation signed 3 November.",
                 ["Deputy Town Clerk"], "2026-03", None, "blue"),
            ]),
            (lC2, [
                ("C2.1", "Ask Westmorland and Furness Council for extra bins and a 6pm collection, and recruit volunteer litter pickers for the Sunday morning.",
                 "Town Clerk", "Ongoing", "Red", "Westmorland and Furness Council has not confirmed funding for extra collections.",
                 ["Town Clerk"], None, "Ongoing", "red"),
                ("C2.2", "Review the Town Council’s own waste plan for the Sunday market.",
                 "Events Officer", "Feb 2026", "Green", "",
                 ["Events Officer"], "2026-02", None, "green"),
            ]),
        ]),
    ]
    n_rows = 1 + sum(1 + sum(len(a) for _, a in lessons) for _, lessons in plan)
    tb = doc.add_table(rows=n_rows, cols=7)
    tb.style = "Table Grid"
    for j, h in enumerate(["No.", "Lesson identified", "Action", "Lead", "By when", "RAG", "Progress at November 2025"]):
        set_cell(tb.cell(0, j), h, bold=True)
        shade(tb.cell(0, j), "BDD7EE")
    fills = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "0070C0"}
    actions = []
    i = 1
    for theme, lessons in plan:
        mc = tb.cell(i, 0).merge(tb.cell(i, 6))
        set_cell(mc, theme, bold=True)
        shade(mc, "DEEAF6")
        i += 1
        for lesson, rows in lessons:
            start = i
            for (ref, text, lead_cell, by, rag, prog, lead, end, et, st) in rows:
                set_cell(tb.cell(i, 0), ref)
                set_cell(tb.cell(i, 2), text)
                set_cell(tb.cell(i, 3), lead_cell)
                set_cell(tb.cell(i, 4), by)
                set_cell(tb.cell(i, 5), rag)
                shade(tb.cell(i, 5), fills[rag])
                set_cell(tb.cell(i, 6), prog)
                actions.append(act(ref, [theme, lesson], text, lead, end, st, end_text=et))
                i += 1
            lc = tb.cell(start, 1)
            if i - 1 > start:
                lc = lc.merge(tb.cell(i - 1, 1))
            set_cell(lc, lesson)
    doc.add_paragraph()
    doc.add_paragraph("Progress on this plan is reported to each meeting of the Fair Working Group and to "
                      "Full Council in January and April 2026.")
    doc.save(path(name))

    write_expected(
        name,
        source=("Imitates a parish/town council's post-event debrief and lessons-learned action plan, as a town "
                "council on the Appleby Fair MASCG would produce after the annual Horse Fair (cf. the MASCG's "
                "published Appleby Fair evaluation reports and meeting notes). Copies a council name line and "
                "heading, a small document-control table, background and 'what worked well' prose, a RAG key "
                "sentence, and one table with merged theme rows, the lesson identified merged down beside its "
                "actions, councillor and officer leads, month/date/'Ongoing' by-when cells, shaded RAG words and "
                "a progress column. Constructed for this test, 2025."),
        reads=("The Town Council's action plan after the 2025 Horse Fair: three themes, six lessons and ten "
               "numbered actions, each with a lead, a by-when, a RAG word and progress. The action is read under "
               "its theme and the lesson it answers; the document-control table and bullets are not actions."),
        outcome="read", title=title, actions=actions)


# =============================================================== 6. Parkinson's UK csv
def make_parkinsons():
    name = "zzb-parkinsons-uk-board-of-trustees-action-log.csv"
    title = "Parkinson's UK – Board of Trustees Action Log"
    ncol = 7
    rows = [
        ("BT-25-14", "Board 25 Jun 2025", "Bring a revised reserves policy to the Board following review by the Finance and Investment Committee",
         "Director of Finance and Resources", "Sep-25", "B", "Approved at the September Board.",
         ["Director of Finance and Resources"], "2025-09", None, "blue"),
        ("BT-25-15", "Board 25 Jun 2025", "Arrange a trustee visit to the Parkinson's UK Brain Bank at Imperial College London",
         "Company Secretary", "Nov-25", "B", "Visit took place 12 November.",
         ["Company Secretary"], "2025-11", None, "blue"),
        ("BT-25-21", "Board 24 Sep 2025", "Circulate the revised risk appetite statement:\n- to ARC for review in January\n- to the Board for approval in March",
         "Director of Finance and Resources", "Mar-26", "G", "Draft prepared with the Head of Risk.",
         ["Director of Finance and Resources"], "2026-03", None, "green"),
        ("BT-25-22", "Board 24 Sep 2025", "Report fundraising income against budget, including the legacy income forecast, at each Board meeting",
         "Director of Fundraising", "Each Board meeting", "G", "Included in the November finance report.",
         ["Director of Fundraising"], None, "Each Board meeting", "green"),
        ("BT-25-23", "Board 24 Sep 2025", "Commission an independent review of volunteer safeguarding training compliance",
         "Director of People; Safeguarding Lead", "31/01/2026", "A", "Scope agreed; supplier not yet appointed.",
         ["Director of People", "Safeguarding Lead"], "2026-01", None, "amber"),
        ("BT-25-24", "Board 24 Sep 2025", "Share the diversity data from the trustee recruitment campaign with the Nominations Committee",
         "Chair of Nominations Committee", "Dec-25", "G", "",
         ["Chair of Nominations Committee"], "2025-12", None, "green"),
        ("BT-25-25", "Board 24 Sep 2025", "Agree the timetable for the 2026–2030 strategy consultation with people affected by Parkinson's",
         "CEO & Director of Strategy", "Nov-25", "R", "Delayed – consultation partner not yet appointed.",
         ["CEO", "Director of Strategy"], "2025-11", None, "red"),
        ("BT-25-31", "Board 26 Nov 2025", "Report back on the findings of the cyber security tabletop exercise and the resulting action plan",
         "Chief Information Officer", "Mar-26", "G", "",
         ["Chief Information Officer"], "2026-03", None, "green"),
        ("BT-25-32", "Board 26 Nov 2025", "Circulate the draft Research Strategy 2026–2031 to trustees for comment before approval",
         "Director of Research", "Jan-26", "G", "",
         ["Director of Research"], "2026-01", None, "green"),
        ("BT-25-33", "Board 26 Nov 2025", "Review the Board skills matrix and identify gaps ahead of 2026 trustee recruitment",
         "Chair / Company Secretary", "Feb-26", "G", "",
         ["Chair", "Company Secretary"], "2026-02", None, "green"),
        ("BT-25-34", "Board 26 Nov 2025", "Write to the Charity Commission to confirm the outcome of the serious incident report submitted in October",
         "Company Secretary", "Dec-25", "A", "Awaiting final legal advice.",
         ["Company Secretary"], "2025-12", None, "amber"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([title] + [""] * (ncol - 1))
    w.writerow(["Open and recently closed actions as at 2 December 2025"] + [""] * (ncol - 1))
    w.writerow([""] * ncol)
    w.writerow(["Ref", "Meeting", "Action", "Owner", "Due date", "RAG", "Update"])
    actions = []
    for (ref, mtg, text, owner, due, rag, upd, lead, end, et, st) in rows:
        w.writerow([ref, mtg, text, owner, due, rag, upd])
        actions.append(act(ref, [], text, lead, end, st, end_text=et))
    w.writerow([""] * ncol)
    w.writerow(["RAG key: B = complete (removed after the next meeting); G = on track; A = at risk of slipping; R = overdue"] + [""] * (ncol - 1))
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    write_expected(
        name,
        source=("Imitates a national charity's Board of Trustees rolling action log exported to CSV from a board "
                "portal/spreadsheet (as charities such as Scope, Mind or Centrepoint keep for matters arising). "
                "Copies title and 'as at' lines padded with empty columns, a ref/meeting/action/owner/due/RAG/"
                "update header, G/A/R/B letters with a key line at the foot, job-title owners (two where joined "
                "by ';', '&' or '/'), 'Mmm-yy' and day-first due dates, an 'Each Board meeting' due cell and one "
                "action with inner line breaks in a quoted field. Constructed for this test, 2025."),
        reads=("Parkinson's UK's board action log: eleven actions from three board meetings, each with a ref, "
               "owner, due date, RAG letter and update. There are no headings; the title lines and RAG key line "
               "are not actions."),
        outcome="read", title=title, actions=actions)


# =============================================================== 7. Exmoor NPA AGS txt
def make_exmoor():
    name = "zzb-exmoor-npa-annual-governance-statement-2024-25-action-plan.txt"
    title = "Annual Governance Statement 2024/25 – Action Plan"
    pA = "Part A – Significant governance issues"
    pB = "Part B – Other areas for improvement"
    i1 = ("Issue 1: Financial sustainability – National Park Grant has fallen in real terms and the "
          "Medium Term Financial Plan shows a funding gap from 2026/27.")
    i2 = ("Issue 2: Workforce capacity – vacancies and long-term absence in key posts have reduced "
          "resilience in Planning and in Finance.")
    i3 = ("Issue 3: Information governance – the 2024/25 internal audit of data protection (partial "
          "assurance) found the records retention schedule was out of date.")
    i4 = ("Issue 4: Member development – the 2024 Member survey identified a need for more training on "
          "planning and on the National Park purposes and duty.")
    lines = [
        "Exmoor National Park Authority",
        title,
        "Progress update for the Audit and Performance Committee, 3 February 2026",
        "",
        "\t".join(["Ref", "Governance issue / action", "Responsible officer", "Target date", "Status", "Progress to January 2026"]),
        pA,
        i1,
    ]
    actions = []

    def add(ref, text, off, tgt, status, prog, under, lead, end, st, et=None):
        lines.append("\t".join([ref, text, off, tgt, status, prog]))
        actions.append(act(ref, under, text, lead, end, st, end_text=et))

    add("1.1", "Prepare a balanced budget for 2026/27 with savings options for Members, and update the Medium Term Financial Plan to 2029/30.",
        "Chief Finance Officer", "28/02/2026", "Green", "Draft budget to Authority on 3 February.",
        [pA, i1], ["Chief Finance Officer"], "2026-02", "green")
    add("1.2", "Develop an income generation plan covering car parking, the National Park Centres and commercial filming.",
        "Head of Strategy & Performance", "Q4 2025/26", "Amber", "Car parking review complete; Centres and filming options still being costed.",
        [pA, i1], ["Head of Strategy & Performance"], "2026-03", "amber")
    add("1.3", "Report progress on the savings programme to each meeting of the Authority.",
        "Chief Executive", "Ongoing", "Green", "Reported in October and December.",
        [pA, i1], ["Chief Executive"], None, "green", et="Ongoing")
    lines.append(i2)
    add("2.1", "Complete the workforce review and agree a revised staffing structure with the recognised unions.",
        "Chief Executive / Head of HR", "31/12/2025", "Complete", "New structure in place from 1 December 2025.",
        [pA, i2], ["Chief Executive", "Head of HR"], "2025-12", "blue")
    add("2.2", "Put in place a shared service agreement with Somerset Council for specialist ecology and landscape advice on planning applications.",
        "Head of Planning & Sustainable Development", "September 2025", "Complete", "Agreement signed 22 September 2025.",
        [pA, i2], ["Head of Planning & Sustainable Development"], "2025-09", "blue")
    lines.append(pB)
    lines.append(i3)
    add("3.1", "Update and publish the records retention schedule and train all staff on it.",
        "Monitoring Officer / Democratic Services Manager", "31/03/2026", "Amber", "Schedule drafted; training booked for March.",
        [pB, i3], ["Monitoring Officer", "Democratic Services Manager"], "2026-03", "amber")
    add("3.2", "Complete the annual review of the Information Asset Register.",
        "Data Protection Officer", "Jun-26", "Green", "",
        [pB, i3], ["Data Protection Officer"], "2026-06", "green")
    lines.append(i4)
    add("4.1", "Deliver a Member training programme for 2025/26, including planning training for all Members before they sit on the Planning Committee.",
        "Democratic Services Manager", "Mar-26", "Green", "Five of seven sessions delivered.",
        [pB, i4], ["Democratic Services Manager"], "2026-03", "green")
    lines += [
        "",
        "Status key: Complete = action closed; Green = on track; Amber = at risk of missing target date; Red = target date missed.",
        "Note: actions carried forward from the 2023/24 Annual Governance Statement are reported separately at Appendix B.",
    ]
    with open(path(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(
        name,
        source=("Imitates a national park authority's Annual Governance Statement action plan progress report "
                "to its audit committee (the format NPAs and councils use for significant governance issues "
                "under the CIPFA/SOLACE framework), saved as tab-separated text. Copies the authority/title/"
                "meeting lines, a header row, Part A/Part B section lines, issue lines numbered 'Issue n:' "
                "above their numbered actions, job-title officers (one containing '&', two joined by '/'), "
                "day-first dates, 'Q4 2025/26', 'Jun-26' and 'Ongoing' target cells, status words and a key and "
                "notes at the foot. Constructed for this test, 2026."),
        reads=("Exmoor NPA's 2024/25 AGS action plan: two parts, four governance issues and eight numbered "
               "actions, each with a responsible officer, target date, status word and progress. Each action is "
               "read under its part and the issue it addresses."),
        outcome="read", title=title, actions=actions)


if __name__ == "__main__":
    make_ea()
    make_cpca()
    make_ms()
    make_shiplake()
    make_appleby()
    make_parkinsons()
    make_exmoor()
    print("built 7 zzb cases in", HERE)
