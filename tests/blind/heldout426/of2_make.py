#!/usr/bin/env python3
"""Build the seven of2- test files for set heldout426.

Run with: /work/main/.venv/bin/python of2_make.py   (writes next to this script)
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill(fill_type="solid", start_color="FF" + hex_, end_color="FF" + hex_)


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. East Midlands CCA - Investment Programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def emcca():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "East Midlands Combined County Authority"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Investment Programme – Highlight Report"
    cov["A2"].font = Font(bold=True, size=12)
    rows = [
        ("Reporting period", "October 2025"),
        ("Programme SRO", "Director of Growth and Inward Investment"),
        ("Prepared by", "Programme Management Office"),
        ("Report to", "Investment Board, 13 November 2025"),
    ]
    for i, (k, v) in enumerate(rows, start=4):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
    cov["A8"] = "Overall programme RAG"
    cov["A8"].font = Font(bold=True)
    cov["B8"] = "Previous: Amber"
    cov["C8"] = "Current: Amber"
    cov["C8"].fill = fill(AMBER)
    cov["A10"] = "RAG key"
    cov["A10"].font = Font(bold=True)
    key = [
        ("R", RED, "Milestone missed or will be missed; intervention required"),
        ("A", AMBER, "Milestone at risk; mitigation in place"),
        ("G", GREEN, "On track to deliver by the baseline or agreed forecast date"),
        ("B", BLUE, "Complete"),
    ]
    for i, (k, c, v) in enumerate(key, start=11):
        cov.cell(i, 1, k).fill = fill(c)
        cov.cell(i, 2, v)
    cov.column_dimensions["A"].width = 24
    cov.column_dimensions["B"].width = 60
    cov.column_dimensions["C"].width = 18

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Highlights this period"
    summ["A1"].font = Font(bold=True, size=12)
    for i, t in enumerate([
        "• Skills and innovation business case (£8.4m) approved by Investment Board on 9 October.",
        "• Data sharing agreement with DfE signed, allowing learner-level monitoring from January.",
        "• Clifton corridor bus priority contractor mobilised on 3 November.",
    ], start=2):
        summ.cell(i, 1, t)
    summ["A6"] = "Issues for escalation"
    summ["A6"].font = Font(bold=True, size=12)
    summ["A7"] = ("Derby Bus Station interchange: cost increase of 18% at design stage. "
                  "Exception report provided to Investment Board (agenda item 6).")
    summ["A9"] = "Finance (£m)"
    summ["A9"].font = Font(bold=True, size=12)
    hdr = ["Workstream", "Budget 2025/26", "Spend to date", "Forecast outturn"]
    for j, h in enumerate(hdr, start=1):
        c = summ.cell(10, j, h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
    fin = [("Investment Zone", 12.5, 4.1, 11.8), ("CRSTS", 68.0, 29.6, 64.2),
           ("Adult Skills Fund", 54.3, 27.9, 54.3), ("Total", 134.8, 61.6, 130.3)]
    for i, r in enumerate(fin, start=11):
        for j, v in enumerate(r, start=1):
            summ.cell(i, j, v)
    summ.column_dimensions["A"].width = 95

    ms = wb.create_sheet("Milestones")
    ms["A1"] = "Investment Programme – milestones and actions"
    ms["A1"].font = Font(bold=True, size=12)
    ms.merge_cells("A1:H1")
    ms["A2"] = ("Position at 31 October 2025. Baseline dates as approved by Investment Board in March 2025; "
                "forecast date shown only where re-profiled with Programme Board approval.")
    ms.merge_cells("A2:H2")
    hdr = ["Ref", "Milestone / action", "Lead", "Baseline date", "Forecast date",
           "Previous RAG", "Current RAG", "Commentary"]
    for j, h in enumerate(hdr, start=1):
        c = ms.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    D = dt.datetime
    data = [
        ("WS1 – Investment Zone",),
        ("1.1", "Complete Local Development Order consultation for the Ratcliffe-on-Soar tax site",
         "Head of Investment Zone", D(2025, 9, 30), D(2025, 12, 31), "A", "A",
         "Consultation extended by six weeks at the request of Rushcliffe Borough Council."),
        ("1.2", "Approve business case for skills and innovation interventions (£8.4m)",
         "Sarah Kettle / Tom Ashworth", D(2025, 10, 31), None, "G", "B",
         "Approved by Investment Board 9 October 2025."),
        ("1.3", "Appoint site-wide marketing and inward investment partner",
         "Head of Investment Zone", D(2026, 1, 31), None, "G", "G",
         "Tender evaluation under way; five bids received."),
        ("WS2 – City Region Sustainable Transport Settlement (CRSTS)",),
        ("2.1", "Submit full business case to DfT for Derby Bus Station interchange improvements",
         "Director of Transport", D(2025, 8, 31), D(2026, 2, 28), "R", "R",
         "Cost increase of 18% following design stage; value engineering in progress. "
         "Exception report to Investment Board."),
        ("2.2", "Mobilise Nottingham – Clifton corridor bus priority works",
         "Priya Gill and Owen Marsh", D(2025, 11, 30), None, "A", ("", GREEN),
         "Contractor mobilised 3 November 2025."),
        ("2.3", "Publish Local Transport Plan consultation draft",
         "Head of Transport Strategy", D(2025, 12, 31), D(2026, 3, 31), "G", "A",
         "Revised date agreed with Transport Scrutiny Panel; draft to Mayor's Transport Board in February."),
        ("WS3 – Adult Skills Fund",),
        ("3.1", "Complete 2026/27 procurement of grant-funded adult skills provision",
         "Head of Skills and Employment", D(2026, 3, 31), None, "G", "G",
         "Invitation to tender issued 20 October 2025."),
        ("3.2", "Agree data sharing agreement with DfE for learner records",
         "Data Protection Officer; Skills Funding Manager", D(2025, 7, 31), D(2025, 10, 31), "A", "B",
         "Signed 24 October 2025."),
        ("3.3", "Hold quarterly performance reviews with each grant-funded FE college",
         "Skills Funding Manager", "Quarterly", None, "G", "G",
         "Q2 reviews held with all nine colleges."),
        ("3.4", "Launch Free Courses for Jobs promotion campaign across the region",
         "Communications Manager", D(2025, 4, 30), D(2026, 1, 31), "R", "A",
         "Campaign creative agreed; launch moved to January to follow the new year enrolment window."),
    ]
    rag = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    r = 5
    for row in data:
        if len(row) == 1:
            ms.cell(r, 1, row[0]).font = Font(bold=True)
            for j in range(1, 9):
                ms.cell(r, j).fill = fill(GREY)
                ms.cell(r, j).border = BOX
            ms.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            ref, act, lead, base, fc, prev, cur, com = row
            vals = [ref, act, lead, base, fc, prev, None, com]
            for j, v in enumerate(vals, start=1):
                c = ms.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ms.cell(r, 6).fill = fill(rag[prev])
            if isinstance(cur, tuple):
                ms.cell(r, 7).fill = fill(cur[1])
            else:
                ms.cell(r, 7, cur).fill = fill(rag[cur])
        r += 1
    r += 1
    ms.cell(r, 1, "Notes: RAG key on Cover sheet. Where the forecast date is blank the baseline date stands.")
    for col, w in zip("ABCDEFGH", [6, 55, 30, 13, 13, 10, 10, 60]):
        ms.column_dimensions[col].width = w
    ms.freeze_panes = "A5"
    wb.save(out("of2-east-midlands-cca-investment-programme-highlight-report.xlsx"))


# ---------------------------------------------------------------------------
# 2. Leek Building Society - FCA Consumer Duty action tracker (xlsx)
# ---------------------------------------------------------------------------
def leek():
    wb = Workbook()
    hdr = ["Ref", "Outcome", "Finding from annual assessment", "Action", "Owner",
           "Original target", "Revised target", "Status", "Progress update"]
    status_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER,
                   "Off track": RED, "Not started": None}

    def write_groups(ws, start, groups):
        r = start
        for outcome, findings in groups:
            o_start = r
            for finding, actions in findings:
                f_start = r
                for a in actions:
                    ref, act, owner, orig, rev, st, upd = a
                    vals = [ref, None, None, act, owner, orig, rev, st, upd]
                    for j, v in enumerate(vals, start=1):
                        c = ws.cell(r, j, v)
                        c.alignment = WRAP
                        c.border = BOX
                    if status_fill[st]:
                        ws.cell(r, 8).fill = fill(status_fill[st])
                    r += 1
                ws.cell(f_start, 3, finding).alignment = WRAP
                if r - 1 > f_start:
                    ws.merge_cells(start_row=f_start, start_column=3, end_row=r - 1, end_column=3)
            ws.cell(o_start, 2, outcome).alignment = WRAP
            ws.cell(o_start, 2).font = Font(bold=True)
            if r - 1 > o_start:
                ws.merge_cells(start_row=o_start, start_column=2, end_row=r - 1, end_column=2)
        return r

    def header(ws, row):
        for j, h in enumerate(hdr, start=1):
            c = ws.cell(row, j, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("5B2C6F")
            c.alignment = WRAP
            c.border = BOX

    def widths(ws):
        for col, w in zip("ABCDEFGHI", [9, 18, 40, 55, 30, 14, 14, 12, 50]):
            ws.column_dimensions[col].width = w

    ws = wb.active
    ws.title = "Open actions"
    ws["A1"] = "Leek Building Society"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Consumer Duty Annual Board Assessment 2025 – Action Tracker"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Reported to Board Risk Committee, 21 October 2025. Tracker owner: Chief Risk Officer."
    header(ws, 5)
    open_groups = [
        ("Products and services", [
            ("Target market statements for fixed-rate savings products do not describe the "
             "characteristics of vulnerability relevant to the product.", [
                ("CD25-01", "Update target market statements for all open savings products to include "
                 "vulnerability characteristics", "Head of Savings", "Dec-25", None, "On track",
                 "Drafts for 6 of 9 products reviewed by Compliance."),
                ("CD25-02", "Re-run product governance review for closed-book savings accounts",
                 "Head of Savings / Product Governance Manager", "Nov-25", "Feb-26", "At risk",
                 "Data extract for closed accounts delayed by core system upgrade."),
            ]),
        ]),
        ("Price and value", [
            ("Fair value assessment for the Later Life mortgage range relies on internal cost data "
             "only, with no comparison against market benchmarks.", [
                ("CD25-03", "Commission external benchmarking of Later Life mortgage pricing and fees",
                 "Head of Mortgages", "30/09/2025", "31/12/2025", "Off track",
                 "Supplier not yet appointed; second quote requested."),
                ("CD25-04", "Present revised fair value assessment to Product & Pricing Committee",
                 "Head of Mortgages; Head of Finance", "Jan-26", None, "On track",
                 "Dependent on CD25-03."),
            ]),
        ]),
        ("Consumer understanding", [
            ("Testing of customer communications is limited to readability scoring; key letters "
             "have not been tested with customers.", [
                ("CD25-05", "Carry out comprehension testing of maturity and rate-change letters with "
                 "the member panel", "Marketing and Member Engagement Manager", "Mar-26", None,
                 "On track", "Panel sessions booked for January."),
            ]),
        ]),
        ("Consumer support", [
            ("Branch and contact centre call-back times exceeded the two-working-day standard in "
             "Q2 2025.", [
                ("CD25-06", "Introduce a daily call-back monitoring dashboard for branch and contact "
                 "centre teams", "Head of Member Services", "Oct-25", None, "On track",
                 "Dashboard in test; go-live 3 November."),
                ("CD25-07", "Review staffing model for peak periods (ISA season and rate changes)",
                 "Head of Member Services / HR Business Partner", "Mar-26", None, "Not started",
                 "Due to start December 2025."),
            ]),
        ]),
    ]
    write_groups(ws, 6, open_groups)
    widths(ws)
    ws.freeze_panes = "A6"

    cl = wb.create_sheet("Closed actions")
    cl["A1"] = "Closed actions – Consumer Duty Action Tracker"
    cl["A1"].font = Font(bold=True, size=12)
    header(cl, 3)
    closed_groups = [
        ("Consumer support", [
            ("Vulnerable customer flags are not consistently recorded on the mortgage system.", [
                ("CD24-04", "Deliver refresher training on recording vulnerability to all mortgage "
                 "advisers", "Head of Mortgages", "Jun-25", None, "Complete",
                 "100% of advisers trained; closure evidence accepted 14 July 2025."),
            ]),
        ]),
        ("Governance", [
            ("Board MI does not show outcomes by customer group.", [
                ("CD24-07", "Add outcome breakdown by customer group (including vulnerable customers) "
                 "to the quarterly Board Consumer Duty MI pack", "Chief Risk Officer", "Mar-25",
                 "Jul-25", "Complete", "First included in July 2025 Board pack."),
            ]),
        ]),
    ]
    write_groups(cl, 4, closed_groups)
    widths(cl)

    k = wb.create_sheet("Key")
    k["A1"] = "Status"
    k["B1"] = "Meaning"
    k["A1"].font = k["B1"].font = Font(bold=True)
    for i, (s, m) in enumerate([
        ("Complete", "Blue – action delivered and closure evidence accepted by Compliance"),
        ("On track", "Green – expected to complete by the target date"),
        ("At risk", "Amber – target date may be missed"),
        ("Off track", "Red – target date missed or will be missed"),
        ("Not started", "Action not yet due to start"),
    ], start=2):
        k.cell(i, 1, s)
        k.cell(i, 2, m)
        if status_fill[s]:
            k.cell(i, 1).fill = fill(status_fill[s])
    k.column_dimensions["A"].width = 14
    k.column_dimensions["B"].width = 70
    wb.save(out("of2-leek-building-society-fca-consumer-duty-action-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. Intellectual Property Office - strategic risk register (xlsx, REFUSE)
# ---------------------------------------------------------------------------
def ipo():
    wb = Workbook()
    ws = wb.active
    ws.title = "SRR Q3 2025-26"
    ws["A1"] = "Intellectual Property Office"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Strategic Risk Register – Quarter 3 2025-26"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Reviewed by Executive Committee 9 December 2025; reported to Audit and Risk "
                "Assurance Committee 21 January 2026. Scores are impact x likelihood (1-5).")
    hdr = ["Risk ID", "Risk description", "Risk owner", "Inherent score", "Key controls",
           "Current score", "Trend", "Further action required", "Action owner", "Target date",
           "Action RAG"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("002060")
        c.alignment = WRAP
        c.border = BOX
    risks = [
        ("SR01", "Cyber security: a successful cyber attack compromises IPO systems or data, "
         "disrupting rights granting services.", "Chief Digital and Information Officer", 25,
         "Cyber Essentials Plus; 24/7 security operations centre; annual penetration testing.", 16, "↔", [
             ("Complete migration of legacy patent casework servers to cloud hosting",
              "Chief Digital and Information Officer", "March 2026", "A"),
             ("Run a cross-government cyber response exercise with NCSC",
              "Head of Cyber Security", "Febuary 2026", "G"),
         ]),
        ("SR02", "One IPO transformation: the programme does not deliver the expected benefits "
         "within the approved budget.", "One IPO Programme Director", 20,
         "Programme board; IPA assurance reviews; monthly benefits tracking.", 12, "↓", [
             ("Decommission the legacy trade mark system after cutover",
              "One IPO Programme Director", "June 2026", "A"),
             ("Agree revised benefits realisation profile with DSIT",
              "Chief Financial Officer", "January 2026", "G"),
         ]),
        ("SR03", "Workforce: the IPO cannot recruit and retain enough patent examiners to meet "
         "demand.", "Director of People and Capability", 16,
         "Examiner pay supplement; rolling recruitment campaign.", 12, "↑", [
             ("Implement the patent examiner retention plan agreed by Executive Committee",
              "Director of People and Capability", "April 2026", "A"),
             ("Complete strategic workforce plan for 2026-27",
              "Director of People and Capability; Head of Finance", "March 2026", "G"),
         ]),
        ("SR04", "Service performance: patent search and examination backlog exceeds published "
         "service standards.", "Director of Patents", 20,
         "Weekly backlog monitoring; overtime scheme.", 16, "↔", [
             ("Reduce the search and examination backlog to 12 months",
              "Director of Patents", "December 2026", "R"),
         ]),
    ]
    rag = {"R": RED, "A": AMBER, "G": GREEN}
    r = 6
    for rid, desc, owner, inh, ctl, cur, trend, acts in risks:
        start = r
        for act, aown, date, ar in acts:
            for j, v in zip(range(8, 12), [act, aown, date, ar]):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(r, 11).fill = fill(rag[ar])
            r += 1
        for j, v in zip(range(1, 8), [rid, desc, owner, inh, ctl, cur, trend]):
            c = ws.cell(start, j, v)
            c.alignment = WRAP
            c.border = BOX
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=j, end_row=r - 1, end_column=j)
    for col, w in zip("ABCDEFGHIJK", [8, 45, 26, 10, 40, 10, 7, 50, 30, 14, 9]):
        ws.column_dimensions[col].width = w
    wb.save(out("of2-intellectual-property-office-strategic-risk-register-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False):
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)
    for p in cell.paragraphs:
        for run in p.runs:
            run.bold = bold
            run.italic = italic
            run.font.size = Pt(9)


# ---------------------------------------------------------------------------
# 4. Northwich Riverside Community Trust - Charity Commission action plan (docx)
# ---------------------------------------------------------------------------
def charity():
    doc = Document()
    doc.add_heading("Northwich Riverside Community Trust", level=0)
    doc.add_paragraph("A charitable incorporated organisation registered in England and Wales")
    doc.add_heading("Action plan: Charity Commission regulatory compliance case", level=1)

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Document", "Action plan in response to the Commission's letter of 12 March 2024"),
        ("Version", "1.3"),
        ("Approved by", "Board of Trustees, 23 April 2024"),
        ("Last updated", "2 September 2024"),
        ("Next review", "Board meeting, 28 October 2024"),
    ]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)

    doc.add_paragraph(
        "In February 2024 the Charity Commission opened a regulatory compliance case after the "
        "charity's annual return for the year ended 31 March 2023 was filed late and a serious "
        "incident report was made about the loss of takings from the café. The Commission's letter "
        "set out the steps it expects the trustees to take. This plan sets out how the trustees will "
        "take them; progress is reported to every board meeting and sent to the Commission's case "
        "officer each quarter.")
    doc.add_paragraph(
        "RAG: Green – on track; Amber – some delay, deadline at risk; Red – not achieved by the "
        "deadline; Complete – action finished and evidence sent to the Commission.")

    sections = [
        ("1. Financial controls",
         "The trustees must review the charity's financial controls and make sure they are adequate "
         "for the charity's size and activities, with particular regard to cash handling at the café.",
         [
             ("1.1", "Adopt a written financial controls policy, including dual authorisation for all "
              "payments over £250", "Treasurer", "By 31 May 2024",
              "Policy adopted at board meeting 21 May 2024.", "Complete"),
             ("1.2", "Introduce daily cash reconciliation at the café, signed by two people",
              "Chief Officer / Café Manager", "End of April 2024",
              "In place since 15 April; monthly spot checks by the Treasurer.", "Complete"),
             ("1.3", "Commission the independent examiner to review controls over all income streams",
              "Treasurer", "30/09/2024\nRevised: 31/10/2024",
              "Examiner appointed July 2024; fieldwork delayed by examiner availability, report now "
              "expected October.", "Amber"),
         ]),
        ("2. Governance and conflicts of interest",
         "The trustees must adopt a conflicts of interest policy, keep a register of interests, and "
         "record in the minutes how any conflict was identified and managed.",
         [
             ("2.1", "Adopt a conflicts of interest policy based on Commission guidance (CC29)",
              "Chair of Trustees", "By 31 May 2024", "Adopted 21 May 2024.", "Complete"),
             ("2.2", "Collect annual declarations of interest from all trustees and the Chief Officer "
              "and publish the register on the charity's website", "Trustee Secretary", "June 2024",
              "Register published 28 June 2024.", "Complete"),
             ("2.3", "Add a standing ‘declarations of interest’ item to every board and sub-committee "
              "agenda", "Chair of Trustees; Chief Officer", "Ongoing",
              "In place from the May 2024 board meeting.", "Green"),
         ]),
        ("3. Annual reporting and filing",
         "The trustees must make sure the charity's annual return, trustees' annual report and "
         "accounts are filed with the Commission within 10 months of the financial year end.",
         [
             ("3.1", "Agree a year-end timetable with the independent examiner so that accounts are "
              "approved by the board in November", "Treasurer", "July 2024",
              "Timetable agreed 8 July 2024.", "Complete"),
             ("3.2", "File the annual return and accounts for the year ended 31 March 2024",
              "Treasurer / Trustee Secretary", "31 January 2025",
              "Draft accounts with the examiner.", "Green"),
             ("3.3", "Arrange trustee training on The essential trustee (CC3) and on reporting "
              "serious incidents", "Chair of Trustees", "November 2024",
              "Session booked with the CVS trainer for 16 November 2024.", "Green"),
         ]),
    ]
    rag_fill = {"Complete": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}
    for heading, requirement, actions in sections:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Deadline", "Progress", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        row = t.add_row().cells
        m = row[0].merge(row[5])
        set_cell(m, requirement, italic=True)
        for ref, act, lead, dl, prog, st in actions:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, act, lead, dl, prog, st]):
                set_cell(c, v)
            shade(cells[5], rag_fill[st])

    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Signed on behalf of the trustees", ""), ("Name", "Margaret Oyelaran, Chair of Trustees"),
                 ("Date", "23 April 2024")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.save(out("of2-northwich-riverside-community-trust-charity-commission-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Matlock Town Council - Storm Babet lessons learned action plan (docx)
# ---------------------------------------------------------------------------
def matlock():
    doc = Document()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("MATLOCK TOWN COUNCIL")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_heading("Storm Babet, 20–21 October 2023: Lessons Learned Action Plan", level=1)
    doc.add_paragraph("Agreed by Full Council on 24 January 2024 (minute 2024/017). Progress update "
                      "for the Community and Environment Committee, 10 April 2024.")
    doc.add_paragraph(
        "Following the flooding of Causeway Lane, Dale Road and the Hall Leys Park area, the Town "
        "Council held a debrief on 28 November 2023 with councillors, staff, the Matlock flood "
        "wardens and the Derbyshire Dales District Council emergency planning officer. The lessons "
        "below were identified, with the actions the Town Council will take. Actions for other "
        "bodies are listed separately in section 5 of the debrief report.")

    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["No.", "Action", "Lead", "Target date",
                                      "Progress (April 2024)", "RAG"]):
        set_cell(c, h, bold=True)
        shade(c, "BDD7EE")

    def band(text, colour, bold=True, italic=False):
        row = t.add_row().cells
        m = row[0].merge(row[5])
        set_cell(m, text, bold=bold, italic=italic)
        if colour:
            shade(m, colour)

    rows = [
        ("theme", "A. Warning and informing"),
        ("lesson", "Lesson 1: Residents on Dale Road did not receive the Environment Agency flood "
                   "warning in time, and the Council's social media posts were not updated overnight."),
        ("A1", "Promote the Environment Agency's Flood Warnings Direct service door to door on Dale "
               "Road, Causeway Lane and Knowleston Place", "Cllr J. Marsden and Cllr R. Oduya",
         "March 2024", "Leaflets delivered to 214 properties in February.", BLUE),
        ("A2", "Agree an out-of-hours rota for councillors and staff to post updates while a flood "
               "warning is in force", "Town Clerk", "May 2024",
         "Draft rota to Council in April.", GREEN),
        ("lesson", "Lesson 2: The sandbag store ran out by 7pm on 20 October."),
        ("A3", "Increase the stock of sandbags and flood sacks held at the Imperial Road depot to "
               "1,000 units", "Deputy Town Clerk", "30/09/2024",
         "Order placed; storage space still being cleared.", AMBER),
        ("theme", "B. Community flood wardens"),
        ("lesson", "Lesson 3: Only four flood wardens were active on the night, and two were not "
                   "aware of the current Community Emergency Plan."),
        ("B1", "Recruit at least six more flood wardens, including at least two in the Dale Road area",
         "Flood Warden Coordinator; Town Clerk", "July 2024",
         "Three volunteers recruited so far.", GREEN),
        ("B2", "Reissue the Community Emergency Plan to all wardens and hold an annual walk-through "
               "exercise\nThe first exercise is to be held jointly with Derbyshire Dales District "
               "Council.", "Flood Warden Coordinator", "October 2024",
         "Plan being updated with new contact details.", AMBER),
        ("theme", "C. Council buildings and open spaces"),
        ("lesson", "Lesson 4: Flood water entered the Hall Leys Park pavilion and the kiosk, where "
                   "electrical sockets are at floor level."),
        ("C1", "Commission a property flood resilience survey of the pavilion and kiosk",
         "Deputy Town Clerk", "31 May 2024", "Survey completed 2 May; report received.", BLUE),
        ("C2", "Raise electrical sockets and fit flood doors at the pavilion, subject to grant "
               "funding", "Deputy Town Clerk", "March 2025",
         "Grant application submitted.", AMBER),
        ("lesson", "Lesson 5: There was no up-to-date record of park equipment, which delayed the "
                   "insurance claim, and debris blocked the culvert grille at the park."),
        ("C3", "Create an asset register with photographs of all park equipment and review it every "
               "six months", "Town Clerk", "Ongoing", "Register started; 60% of items recorded.", GREEN),
        ("C4", "Agree with Derbyshire County Council who clears the culvert grille at Hall Leys Park "
               "before forecast heavy rain", "Town Clerk", "April 2024",
         "No reply yet from DCC Highways; raised with the county councillor.", RED),
    ]
    for row in rows:
        if row[0] == "theme":
            band(row[1], "D9D9D9")
        elif row[0] == "lesson":
            band(row[1], None, bold=False, italic=True)
        else:
            no, act, lead, date, prog, colour = row
            cells = t.add_row().cells
            for c, v in zip(cells, [no, act, lead, date, prog, ""]):
                set_cell(c, v)
            shade(cells[5], colour)

    doc.add_paragraph("RAG key (cell colour): Blue – complete; Green – on track; Amber – at risk of "
                      "slipping; Red – overdue or blocked.")
    doc.add_heading("Glossary", level=2)
    g = doc.add_table(rows=0, cols=2)
    g.style = "Table Grid"
    for k, v in [("EA", "Environment Agency"), ("DDDC", "Derbyshire Dales District Council"),
                 ("DCC", "Derbyshire County Council (Lead Local Flood Authority)")]:
        cells = g.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.save(out("of2-matlock-town-council-storm-babet-lessons-learned-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Department for Transport - Departmental Board action log (csv)
# ---------------------------------------------------------------------------
def dft():
    rows = [
        ["Department for Transport", "", "", "", "", ""],
        ["Departmental Board – Action Log", "", "", "", "", ""],
        ["Updated 6 October 2025, following the Board meeting of 24 September 2025", "", "", "", "", ""],
        ["", "", "", "", "", ""],
        ["Ref", "Action", "Owner", "Due", "RAG", "Update"],
        ["Board meeting – 18 June 2025", "", "", "", "", ""],
        ["DB25-06-01", "Provide the Board with a breakdown of 2025-26 in-year pressures by group, "
         "including rail and roads", "Director General, Corporate Delivery Group", "Jul-25",
         "Complete", "Paper circulated 14 July 2025. Propose closure."],
        ["DB25-06-02", "Arrange a Board deep dive on the Great British Railways transition programme",
         "DG Rail Services", "Sep-25 (revised Nov-25)", "A",
         "Deferred to the November meeting at the Chair's request."],
        ["DB25-06-03", "Review the departmental risk appetite statement for the capital portfolio and "
         "bring it back to the Board", "Chief Operating Officer", "Dec-25", "G",
         "Workshop with ARAC chair held 2 September."],
        ["Board meeting – 24 September 2025", "", "", "", "", ""],
        ["DB25-09-01", "Circulate Spending Review allocations by programme, explaining changes since "
         "June", "Director General, Corporate Delivery Group", "Oct-25", "G", "In preparation."],
        ["DB25-09-02", "Set out options for strengthening the road safety indicators in the Outcome "
         "Delivery Plan", "DG Roads, Places and Environment; Chief Analyst", "Jan-26", "G", ""],
        ["DB25-09-03", "Provide an update on the bus franchising support offer to local transport "
         "authorities", "Director, Buses and Taxis", "Nov-25", "A",
         "Dependent on outcome of the Bus Services Bill."],
        ["DB25-09-04", "Arrange the annual Board effectiveness review",
         "Lead Non-Executive Director / Board Secretary", "Mar-26", "G",
         "External facilitator being sourced."],
        ["DB25-09-05", "Share lessons from the cyber response exercise with the chairs of "
         "arm's-length bodies", "Chief Digital and Information Officer", "Ongoing", "A",
         "Shared with Network Rail and National Highways; others to follow."],
        ["DB25-09-06", "Confirm the timetable for refreshing the departmental Workforce Plan",
         "Chief People Officer", "Oct-25", "R",
         "Not yet confirmed; awaiting Civil Service headcount guidance."],
        ["", "", "", "", "", ""],
        ["RAG: Complete = proposed for closure; G = on track; A = at risk of missing due date; "
         "R = overdue", "", "", "", "", ""],
    ]
    with open(out("of2-department-for-transport-board-action-log.csv"), "w", newline="",
              encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 7. Eryri NPA - Welsh Language Commissioner investigation action plan (txt)
# ---------------------------------------------------------------------------
def eryri():
    lines = [
        "Awdurdod Parc Cenedlaethol Eryri – Eryri National Park Authority",
        "Welsh Language Standards: Action Plan following the Welsh Language Commissioner's "
        "investigation CSG/2024/0412",
        "Progress report to the Performance and Resources Committee – 5 March 2025",
        "Prepared by: Welsh Language Officer",
        "",
        "\t".join(["Ref", "Action", "Responsible officer", "Target date", "RAG", "Progress"]),
        "A. Telephone calls (Standards 9–11)",
        "\t".join(["A1", "Re-record the main switchboard greeting so that it is bilingual, with Welsh "
                   "first", "Head of Corporate Services", "30/11/2024", "Complete",
                   "New greeting live from 18 November 2024."]),
        "\t".join(["A2", "Set up a Welsh-language option on the planning enquiries line that transfers "
                   "callers to Welsh-speaking staff", "Head of Planning / ICT Manager", "31/01/2025",
                   "Amber", "Change request raised with telephony supplier; delayed by contract renewal."]),
        "\t".join(["A3", "Issue guidance to all staff on answering the telephone bilingually",
                   "Welsh Language Officer", "Dec-24", "Complete",
                   "Guidance issued and added to the induction pack."]),
        "B. Signs and notices (Standards 61–63)",
        "\t".join(["B1", "Audit all signs at car parks and visitor centres, including temporary "
                   "signage at Pen y Pass", "Head of Visitor Services", "31/03/2025", "Green",
                   "Audit 70% complete."]),
        "\t".join(["B2", "Replace English-only parking charge notices at the Pen y Pass and Nant Peris "
                   "car parks", "Estates Manager; Head of Visitor Services", "May 2025", "Green",
                   "Bilingual templates approved by the Welsh Language Officer."]),
        "C. Social media (Standards 58–59)",
        "\t".join(["C1", "Publish every post on the Authority's corporate accounts in Welsh and "
                   "English at the same time", "Communications Manager", "Ongoing", "Green",
                   "Monthly spot checks by the Welsh Language Officer."]),
        "\t".join(["C2", "Provide Welsh-language training for the communications team (Cymraeg "
                   "Gwaith course)", "People and Development Manager", "June 2025", "",
                   "Not started – places booked on the April intake."]),
        "",
        "RAG: Green – on track; Amber – some delay; Red – will not meet target date; Complete – "
        "action closed",
    ]
    with open(out("of2-eryri-npa-welsh-language-commissioner-investigation-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    emcca()
    leek()
    ipo()
    charity()
    matlock()
    dft()
    eryri()
    print("built 7 files in", HERE)
