"""Build the seven yn- data files of set heldout570.

Run with /work/main/.venv/bin/python yn_make.py (writes beside this script).
"""
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


def out(name):
    return os.path.join(HERE, name)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


RAGFILL = {
    "red": fill("FF0000"),
    "amber": fill("FFC000"),
    "green": fill("00B050"),
    "blue": fill("0070C0"),
}


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Quilter plc - FCA Consumer Duty remediation tracker (xlsx, three sheets)
# ---------------------------------------------------------------------------
def make_quilter():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Quilter plc – Consumer Duty Remediation Tracker"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Response to FCA Consumer Duty review findings (letter dated 14 March 2025)"
    rows = [
        ("Document owner", "Chief Risk Officer"),
        ("Accountable Executive (SMF)", "Chief Customer Officer"),
        ("Prepared for", "Board Risk Committee – 23 October 2025"),
        ("Version", "v1.6"),
        ("Classification", "Confidential"),
    ]
    for i, (k, v) in enumerate(rows, start=4):
        cov.cell(i, 1, k).font = BOLD
        cov.cell(i, 2, v)
    cov["A10"] = "Version history"
    cov["A10"].font = BOLD
    hdr = ["Version", "Date", "Author", "Summary of change"]
    for j, h in enumerate(hdr, start=1):
        c = cov.cell(11, j, h)
        c.font = BOLD
        c.border = BOX
    hist = [
        ("v1.4", d(2025, 7, 11), "Consumer Duty PMO", "Q2 update; CD1.1 and CD3.1 re-baselined"),
        ("v1.5", d(2025, 8, 29), "Consumer Duty PMO", "CD2.2 revised date agreed with Compliance"),
        ("v1.6", d(2025, 10, 3), "Consumer Duty PMO", "Q3 position for Board Risk Committee"),
    ]
    for i, r in enumerate(hist, start=12):
        for j, v in enumerate(r, start=1):
            c = cov.cell(i, j, v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cov.column_dimensions["A"].width = 28
    cov.column_dimensions["B"].width = 40
    cov.column_dimensions["C"].width = 20
    cov.column_dimensions["D"].width = 45

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Quilter plc – Consumer Duty Remediation Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Position as at 30 September 2025"
    ws.merge_cells("A2:J2")
    headers = [
        "Ref", "FCA finding", "Remediation action", "Owner", "Original due date",
        "Revised due date", "Previous RAG (Jun-25)", "Current RAG (Sep-25)",
        "Progress update", "Closure evidence",
    ]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX

    GREY = fill("D9D9D9")
    cur_fill = {"Complete": RAGFILL["blue"], "Green": RAGFILL["green"],
                "Amber": RAGFILL["amber"], "Red": RAGFILL["red"]}
    prev_fill = {"B": RAGFILL["blue"], "G": RAGFILL["green"], "A": RAGFILL["amber"], "R": RAGFILL["red"]}

    outcomes = [
        ("Outcome 1 – Products and services", [
            ("Target market assessments for legacy platform products had not been refreshed "
             "since July 2023 and did not evidence how distribution strategies were monitored.", [
                ("CD1.1", "Refresh target market assessments for all 42 legacy platform products and "
                          "record approval at Product Governance Committee.",
                 "Head of Product Governance", d(2025, 3, 31), d(2025, 6, 30), "A", "Complete",
                 "All 42 TMAs refreshed; approved at PGC 24/06/2025.", "PGC minutes 24/06/25"),
                ("CD1.2", "Introduce quarterly distribution monitoring MI covering adviser and direct "
                          "channels, reported to the Consumer Duty Board.",
                 "Head of Distribution / Head of Customer MI", d(2025, 9, 30), None, "G", "Green",
                 "MI pack designed; first quarterly run due in October.", ""),
            ]),
        ]),
        ("Outcome 2 – Price and value", [
            ("Fair value assessments relied on peer comparison of platform charges and did not "
             "consider the total cost to customers holding cash within the platform.", [
                ("CD2.1", "Extend the fair value assessment methodology to include retained interest on "
                          "cash balances and total cost of ownership.",
                 "Chief Actuary", d(2025, 6, 30), None, "G", "Complete",
                 "Methodology approved by Pricing Committee in June.", "Pricing Committee paper PC/25/19"),
                ("CD2.2", "Complete a re-run of fair value assessments for the Collective Retirement "
                          "Account and ISA using the revised methodology.",
                 "Head of Pricing; Chief Actuary", d(2025, 6, 30), d(2025, 12, 31), "A", "Amber",
                 "Re-run delayed pending data from cash provider; revised date agreed with Compliance.", ""),
            ]),
        ]),
        ("Outcome 3 – Consumer understanding", [
            ("Customer communications on drawdown income had not been tested with customers showing "
             "characteristics of vulnerability.", [
                ("CD3.1", "Commission customer testing of drawdown income letters with at least 30 "
                          "customers, including customers with characteristics of vulnerability.",
                 "Head of Customer Communications", d(2025, 5, 31), d(2025, 8, 31), "A", "Complete",
                 "Testing with 34 customers completed by research agency.", "Research report Aug-25"),
                ("CD3.2", "Rewrite the annual drawdown review pack in line with the testing results "
                          "and Plain English standards.",
                 "Head of Customer Communications", d(2025, 11, 30), None, "G", "Green",
                 "Drafting under way; legal review booked for November.", ""),
            ]),
        ]),
        ("Outcome 4 – Consumer support", [
            ("Call-handling data showed average wait times above 20 minutes for bereavement calls in "
             "peak months, and no monitoring of outcomes for customers who abandoned calls.", [
                ("CD4.1", "Set up a dedicated bereavement support team with a separate telephony queue.",
                 "Director of Customer Operations", d(2025, 4, 30), None, "G", "Complete",
                 "Team of 12 live from 22 April 2025.", "Go-live note; wait-time MI"),
                ("CD4.2", "Introduce an abandoned-call call-back process and monthly outcome testing by "
                          "Quality Assurance.",
                 "Head of Quality Assurance", d(2025, 7, 31), d(2026, 1, 31), "A", "Red",
                 "Telephony change slipped twice; supplier release now scheduled for December.", ""),
            ]),
        ]),
    ]
    r = 5
    for heading, findings in outcomes:
        c = ws.cell(r, 1, heading)
        c.font = BOLD
        for j in range(1, 11):
            ws.cell(r, j).fill = GREY
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for finding, acts in findings:
            first = r
            for (ref, text, owner, orig, rev, prev, cur, prog, evid) in acts:
                ws.cell(r, 1, ref)
                ws.cell(r, 3, text)
                ws.cell(r, 4, owner)
                ws.cell(r, 5, orig).number_format = "dd/mm/yyyy"
                if rev is not None:
                    ws.cell(r, 6, rev).number_format = "dd/mm/yyyy"
                pc = ws.cell(r, 7, prev)
                pc.fill = prev_fill[prev]
                cc = ws.cell(r, 8, cur)
                cc.fill = cur_fill[cur]
                ws.cell(r, 9, prog)
                if evid:
                    ws.cell(r, 10, evid)
                for j in range(1, 11):
                    ws.cell(r, j).alignment = WRAP
                    ws.cell(r, j).border = BOX
                r += 1
            ws.cell(first, 2, finding)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Summary").font = BOLD
    r += 1
    for label, n in [("Complete", 4), ("Green", 2), ("Amber", 1), ("Red", 1), ("Total", 8)]:
        ws.cell(r, 1, label)
        ws.cell(r, 2, n)
        r += 1
    widths = [8, 40, 48, 26, 12, 12, 11, 11, 40, 24]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG definitions"
    key["A1"].font = BOLD
    for i, (col, txt, f) in enumerate([
        ("Blue", "Complete – closure evidence accepted by Compliance (second line)", "blue"),
        ("Green", "On track to meet the current due date", "green"),
        ("Amber", "At risk – current due date may be missed; mitigation in place", "amber"),
        ("Red", "Off track – due date missed or will be missed; escalate to Accountable Executive", "red"),
    ], start=2):
        c = key.cell(i, 1, col)
        c.fill = RAGFILL[f]
        key.cell(i, 2, txt)
    key.column_dimensions["B"].width = 80
    wb.save(out("yn-quilter-plc-fca-consumer-duty-remediation-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. West Midlands CA - Auditor's Annual Report recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def make_wmca():
    wb = Workbook()
    ws = wb.active
    ws.title = "AAR 2023-24 tracker"
    ws["A1"] = "West Midlands Combined Authority"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Auditor's Annual Report 2023/24 – Recommendations Tracker"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Audit, Risk and Assurance Committee, 16 June 2025 – Appendix 2"
    ws["A5"] = "Summary of progress"
    ws["A5"].font = BOLD
    summary = [("Complete", 2), ("On track", 3), ("Some slippage", 1), ("Off track", 1), ("Total actions", 7)]
    for i, (k, v) in enumerate(summary, start=6):
        ws.cell(i, 1, k).border = BOX
        ws.cell(i, 2, v).border = BOX
    ws.cell(10, 1).font = BOLD
    ws.cell(10, 2).font = BOLD

    headers = ["Ref", "Recommendation", "Agreed action", "Responsible officer", "Target date", "RAG",
               "Progress update – June 2025"]
    HR = 12
    for j, h in enumerate(headers, start=1):
        c = ws.cell(HR, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("5B2C6F")
        c.border = BOX
        c.alignment = WRAP

    sections = [
        ("Financial sustainability", [
            ("IR1 – The Combined Authority should set out in its Medium Term Financial Plan the savings "
             "and income options needed to close the forecast budget gap in 2026/27 and 2027/28, with a "
             "delivery owner for each option.", [
                ("IR1.1", "Develop a savings and income generation plan for 2026/27 to 2027/28 with named "
                          "delivery leads, and report it to WMCA Board with the 2026/27 budget.",
                 "Executive Director of Finance and Business Hub", "February 2026", "green",
                 "Options workshops held with directors in May 2025."),
                ("IR1.2", "Report delivery of MTFP savings to the Audit, Risk and Assurance Committee.",
                 "Head of Financial Management", "Quarterly", "green",
                 "First report scheduled for the September 2025 meeting."),
            ]),
        ]),
        ("Governance", [
            ("KR1 – The Combined Authority should strengthen oversight of its Investment Programme by "
             "ensuring that business cases are approved before funding is committed and that slippage "
             "is reported to Investment Board and the Audit, Risk and Assurance Committee.", [
                ("KR1.1", "Update the Single Assurance Framework so that no grant funding agreement can be "
                          "issued before full business case approval.",
                 "Director of Law and Governance", "31 March 2025", "blue",
                 "Revised Single Assurance Framework approved by WMCA Board on 14 March 2025."),
                ("KR1.2", "Introduce a monthly Investment Programme slippage report to Investment Board, with "
                          "a quarterly summary to the Audit, Risk and Assurance Committee.",
                 "Director of Investment and Commercial Activities; Head of Investment Programme",
                 "Q2 2025/26", "amber",
                 "Report format agreed; data from two constituent authorities still incomplete."),
            ]),
            ("IR2 – The Combined Authority should review the terms of reference and membership of the "
             "Audit, Risk and Assurance Committee to address the number of inquorate meetings.", [
                ("IR2.1", "Review the Committee's terms of reference and membership and propose changes to "
                          "the Annual Meeting.",
                 "Director of Law and Governance", "June 2025", "blue",
                 "Revised terms of reference agreed at the Annual Meeting on 6 June 2025."),
            ]),
        ]),
        ("Improving economy, efficiency and effectiveness", [
            ("IR3 – The Combined Authority should put in place a performance framework for the bus "
             "network that links Bus Service Improvement Plan targets to the contract monitoring of "
             "operators.", [
                ("IR3.1", "Agree BSIP performance indicators and include them in operator contract "
                          "monitoring reports.",
                 "Director of Integrated Transport Services", "30/09/2025", "green",
                 "Draft indicators shared with operators' forum in May."),
                ("IR3.2", "Publish a six-monthly bus network performance report to the Transport Delivery "
                          "Committee.",
                 "Head of Bus Network; Head of Performance and Insight", "Q3 2025/26", "red",
                 "Data sharing agreements with two operators are still outstanding."),
            ]),
        ]),
    ]
    LIGHT = fill("E8DAEF")
    PALE = fill("F2F2F2")
    r = HR + 1
    for sec, recs in sections:
        c = ws.cell(r, 1, sec)
        c.font = Font(bold=True, size=12)
        for j in range(1, 8):
            ws.cell(r, j).fill = LIGHT
            ws.cell(r, j).border = BOX
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for rec, acts in recs:
            c = ws.cell(r, 1, rec)
            c.font = Font(bold=True, italic=True)
            c.alignment = WRAP
            for j in range(1, 8):
                ws.cell(r, j).fill = PALE
                ws.cell(r, j).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 45
            r += 1
            for ref, text, officer, target, rag, upd in acts:
                ws.cell(r, 1, ref)
                ws.cell(r, 3, text)
                ws.cell(r, 4, officer)
                ws.cell(r, 5, target)
                ws.cell(r, 6).fill = RAGFILL[rag]
                ws.cell(r, 7, upd)
                for j in range(1, 8):
                    ws.cell(r, j).alignment = WRAP
                    ws.cell(r, j).border = BOX
                r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = BOLD
    r += 1
    for f, txt in [("blue", "Complete"), ("green", "On track"),
                   ("amber", "Some slippage – action in hand"),
                   ("red", "Off track – Committee attention needed")]:
        ws.cell(r, 1).fill = RAGFILL[f]
        ws.cell(r, 2, txt)
        r += 1
    for col, w in zip("ABCDEFG", [9, 30, 50, 30, 14, 7, 45]):
        ws.column_dimensions[col].width = w
    wb.save(out("yn-west-midlands-ca-auditors-annual-report-2023-24-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. Loch Lomond & The Trossachs NPA - Future Nature highlight report (xlsx)
# ---------------------------------------------------------------------------
def make_lltnpa():
    wb = Workbook()
    hs = wb.active
    hs.title = "Highlight report"
    hs["A1"] = "Loch Lomond & The Trossachs National Park Authority"
    hs["A1"].font = Font(bold=True, size=12, color="2E5E3E")
    hs["A2"] = "Future Nature Programme – Highlight Report"
    hs["A2"].font = Font(bold=True, size=15)
    hs["A3"] = "Reporting period: Quarter 2 2025/26 (July – September 2025)"
    info = [
        ("Senior Responsible Owner", "Director of Environment and Visitor Services"),
        ("Programme Manager", "Future Nature Programme Manager"),
        ("Report to", "Future Nature Programme Board, 21 October 2025"),
    ]
    for i, (k, v) in enumerate(info, start=5):
        hs.cell(i, 1, k).font = BOLD
        hs.cell(i, 2, v)
        hs.merge_cells(start_row=i, start_column=2, end_row=i, end_column=4)
    hs["A9"] = "Programme status"
    hs["A9"].font = BOLD
    for j, h in enumerate(["Dimension", "Last period", "This period", "Comment"], start=1):
        c = hs.cell(10, j, h)
        c.font = BOLD
        c.border = BOX
    dims = [
        ("Overall", "A", "A", "Two milestones re-forecast; no change to programme end date"),
        ("Time", "A", "A", "Rhododendron contract re-tender"),
        ("Cost", "G", "G", "Spend to date £612k against £640k profile"),
        ("Scope", "G", "G", ""),
        ("Resources", "G", "A", "Woodland Adviser post vacant from November"),
    ]
    lf = {"G": RAGFILL["green"], "A": RAGFILL["amber"], "R": RAGFILL["red"]}
    for i, (a, b, c_, e) in enumerate(dims, start=11):
        hs.cell(i, 1, a).border = BOX
        x = hs.cell(i, 2, b)
        x.fill = lf[b]
        x.border = BOX
        y = hs.cell(i, 3, c_)
        y.fill = lf[c_]
        y.border = BOX
        hs.cell(i, 4, e).border = BOX
    blocks = [
        (17, "Key achievements this period",
         "• First round of Nature Networks community grants awarded to 11 groups\n"
         "• Red squirrel and pine marten survey (year 2) completed and results published\n"
         "• Landowner agreements signed for 362 ha of new native woodland"),
        (21, "Planned for next period",
         "• Start winter peatland restoration season\n"
         "• Re-tender rhododendron removal contract\n"
         "• Draft Nature Networks map to partner local authorities"),
        (25, "Decisions required from Programme Board",
         "Approve re-profiling of £45k from 2025/26 to 2026/27 for invasive non-native species work."),
    ]
    for row, head, body in blocks:
        hs.cell(row, 1, head).font = BOLD
        c = hs.cell(row + 1, 1, body)
        c.alignment = WRAP
        hs.merge_cells(start_row=row + 1, start_column=1, end_row=row + 2, end_column=4)
        hs.row_dimensions[row + 1].height = 40
    hs["A29"] = "Milestone detail: see the 'Milestones' sheet."
    hs.column_dimensions["A"].width = 30
    hs.column_dimensions["B"].width = 16
    hs.column_dimensions["C"].width = 16
    hs.column_dimensions["D"].width = 60

    ms = wb.create_sheet("Milestones")
    ms["A1"] = "Future Nature Programme – Milestone tracker (Q2 2025/26)"
    ms["A1"].font = Font(bold=True, size=13)
    ms["A2"] = ("RAG: G = on track; A = at risk, recovery plan in place; R = will miss baseline date "
                "without Board action; Complete = delivered")
    headers = ["ID", "Milestone", "Lead", "Baseline date", "Forecast / actual date", "RAG last period",
               "RAG this period", "Commentary"]
    for j, h in enumerate(headers, start=1):
        c = ms.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("2E5E3E")
        c.alignment = WRAP
        c.border = BOX
    rag_fill = {"G": RAGFILL["green"], "A": RAGFILL["amber"], "R": RAGFILL["red"], "Complete": RAGFILL["blue"]}
    ws_data = [
        ("Workstream 1: Peatland and woodland restoration", [
            ("FN1.1", "Complete 120 ha of peatland restoration across the Glen Dochart and Balquhidder "
                      "sites (2025 season).", "Peatland Action Project Officer",
             d(2025, 10, 31), d(2025, 11, 30), "G", "A", "Wet August delayed machine access; contractor retained."),
            ("FN1.2", "Secure landowner agreements for 350 ha of new native woodland in the Great "
                      "Trossachs Forest area.", "Woodland Adviser",
             d(2025, 9, 30), d(2025, 9, 30), "G", "Complete", "362 ha agreed."),
            ("FN1.3", "Complete deer management plan reviews with three Deer Management Groups.",
             "Land Management Manager & Wildlife Management Officer",
             d(2026, 3, 31), d(2026, 3, 31), "G", "G", "Two of three reviews scheduled."),
        ]),
        ("Workstream 2: Species recovery", [
            ("FN2.1", "Complete the year-two red squirrel and pine marten monitoring survey and publish "
                      "the results.", "Conservation Adviser (Species)",
             d(2025, 8, 31), d(2025, 8, 31), "G", "Complete", "Published on the Park Authority website."),
            ("FN2.2", "Remove invasive non-native rhododendron from 40 ha of Atlantic oakwood on the east "
                      "Loch Lomond shore.", "Kirsty MacLeod",
             d(2025, 12, 31), d(2026, 3, 31), "A", "R", "No compliant bids received; re-tender under way."),
            ("FN2.3", "Improve fish passage at two barriers on the River Leny.",
             "Freshwater Officer; Forth Rivers Trust",
             d(2026, 2, 28), d(2026, 2, 28), "G", "G", "SEPA authorisation received."),
        ]),
        ("Workstream 3: Nature networks and communities", [
            ("FN3.1", "Award the first round of Nature Networks community grants (£150,000).",
             "Community Partnerships Manager",
             d(2025, 7, 31), d(2025, 7, 31), "A", "Complete", "11 grants awarded."),
            ("FN3.2", "Publish the Nature Networks map for the National Park with the four local "
                      "authority partners.", "Nature Networks Officer",
             d(2025, 12, 31), d(2026, 1, 31), "G", "A", "Awaiting habitat data from one partner."),
        ]),
    ]
    r = 5
    for head, rows in ws_data:
        c = ms.cell(r, 1, head)
        c.font = BOLD
        for j in range(1, 9):
            ms.cell(r, j).fill = fill("D8E4BC")
        ms.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for (mid, text, lead, base, fc, last, this, comm) in rows:
            vals = [mid, text, lead, base, fc, last, this, comm]
            for j, v in enumerate(vals, start=1):
                c = ms.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd-mmm-yy"
            ms.cell(r, 6).fill = rag_fill[last]
            ms.cell(r, 7).fill = rag_fill[this]
            r += 1
    for col, w in zip("ABCDEFGH", [8, 52, 30, 12, 12, 10, 10, 42]):
        ms.column_dimensions[col].width = w
    wb.save(out("yn-loch-lomond-trossachs-npa-future-nature-programme-highlight-report.xlsx"))


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


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


WORD_FILL = {"blue": "5B9BD5", "green": "92D050", "amber": "FFC000", "red": "FF0000", "none": None}


# ---------------------------------------------------------------------------
# 4. DHSC - TNA Information Management Assessment action plan (docx)
# ---------------------------------------------------------------------------
def make_dhsc():
    doc = Document()
    doc.add_paragraph("Department of Health and Social Care: Information Management Assessment Action Plan",
                      style="Title")
    doc.add_paragraph("Response to The National Archives' IMA report (July 2024) – updated for the "
                      "six-month review, March 2025")
    doc.add_paragraph(
        "The National Archives (TNA) carried out an Information Management Assessment (IMA) of the "
        "Department of Health and Social Care (DHSC) in February 2024 and published its report in July "
        "2024. This action plan sets out how DHSC will respond to the report's recommendations. It was "
        "agreed by the Departmental Executive Committee on 17 September 2024 and is reviewed with TNA at "
        "six and twelve months.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Change"]):
        set_cell(c, h, bold=True)
    for row in [("1.0", "17/09/2024", "Departmental Records Officer", "Agreed by ExCo"),
                ("1.1", "12/03/2025", "KIM Team", "Six-month review update")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_heading("Status key", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Status", "RAG", "Meaning"]):
        set_cell(c, h, bold=True)
    for st, rag, mean, f in [
        ("Complete", "Blue", "Action delivered and evidence shared with TNA", "blue"),
        ("On track", "Green", "Expected to be delivered by the target date", "green"),
        ("At risk", "Amber", "Target date may be missed; mitigation agreed", "amber"),
        ("Off track", "Red", "Target date will be missed; escalated to the SIRO", "red"),
    ]:
        cells = t.add_row().cells
        for c, v in zip(cells, (st, rag, mean)):
            set_cell(c, v)
        shade(cells[1], WORD_FILL[f])

    status_fill = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red",
                   "Not started": "none"}
    sections = [
        ("1. The value of information", [
            ("Recommendation 1: DHSC should refresh its Knowledge and Information Management (KIM) "
             "strategy and ensure it is endorsed at Board level.", [
                ("1.1", "Draft a refreshed KIM strategy 2025–2028 aligned with the DHSC Digital, Data and "
                        "Technology strategy.", "Head of Knowledge and Information Management",
                 "December 2024", "Complete", "Draft strategy completed and consulted on with directorates."),
                ("1.2", "Present the strategy to the Departmental Board for endorsement.",
                 "Departmental Records Officer", "March 2025", "At risk",
                 "Board slot moved to May 2025."),
            ]),
        ]),
        ("2. Information and supporting technology", [
            ("Recommendation 2: DHSC should complete the migration of legacy shared drives to SharePoint "
             "Online and apply retention labels to migrated content.", [
                ("2.1", "Complete migration of the remaining 14 legacy shared drives to SharePoint Online.",
                 "Head of Digital Workplace", "Q1 2025/26", "On track", "9 of 14 drives migrated."),
                ("2.2", "Apply default retention labels to all migrated SharePoint sites and Teams.",
                 "DRO / Head of Digital Workplace", "September 2025", "On track",
                 "Labels agreed; pilot in two directorates."),
            ]),
            ("Recommendation 3: DHSC should set clear rules for capturing information held in Microsoft "
             "Teams chat and non-corporate communication channels.", [
                ("3.1", "Publish guidance on the use of non-corporate communication channels in line with "
                        "Cabinet Office guidance.", "Head of Knowledge and Information Management",
                 "31/10/2024", "Complete", "Guidance published on the intranet on 28 October 2024."),
            ]),
        ]),
        ("3. Information risk, governance and oversight", [
            ("Recommendation 4: DHSC should ensure that Information Asset Owners understand and record the "
             "value of the information assets they own.", [
                ("4.1", "Deliver IAO training to all Directors, with completion tracked through the SIRO "
                        "report.", "Senior Information Risk Owner", "Ongoing", "On track",
                 "31 of 38 Directors trained."),
                ("4.2", "Refresh the Information Asset Register and add a value and risk rating for each "
                        "asset.", "Head of Information Governance", "June 2025", "Off track",
                 "Resource gap following team restructure; recovery plan to ExCo in April."),
            ]),
        ]),
        ("4. Records, review and transfer", [
            ("Recommendation 5: DHSC should reduce its backlog of paper records due for review under the "
             "20-year rule.", [
                ("5.1", "Agree a recovery plan with TNA for the review and transfer of files from "
                        "2001–2004.", "Departmental Records Officer", "January 2025", "Complete",
                 "Plan agreed with TNA Information Management Consultant."),
                ("5.2", "Recruit two fixed-term record reviewers to deliver the recovery plan.",
                 "Departmental Records Officer", "April 2025", "Not started",
                 "Awaiting approval of recruitment business case."),
            ]),
        ]),
    ]
    headers = ["TNA recommendation", "Ref", "Action", "Owner", "Target date", "Status",
               "Progress (March 2025)"]
    for sec, recs in sections:
        doc.add_heading(sec, level=2)
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, headers):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        for rec, acts in recs:
            first = None
            for (ref, text, owner, target, status, prog) in acts:
                cells = t.add_row().cells
                if first is None:
                    first = cells[0]
                    set_cell(cells[0], rec)
                for c, v in zip(cells[1:], (ref, text, owner, target, status, prog)):
                    set_cell(c, v)
                f = WORD_FILL[status_fill[status]]
                if f:
                    shade(cells[5], f)
                last = cells[0]
            if last is not first:
                first.merge(last)
                # merge joins paragraphs; keep only the recommendation text
                for p in first.paragraphs[1:]:
                    p._element.getparent().remove(p._element)
    doc.add_paragraph("")
    doc.add_paragraph("Next review with TNA: September 2025.")
    doc.save(out("yn-dhsc-tna-information-management-assessment-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Larchwood Care - Brookside House children's home Ofsted action plan (docx)
# ---------------------------------------------------------------------------
def make_brookside():
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Larchwood Care Ltd")
    r.bold = True
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading("Brookside House – Post-Inspection Action Plan", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Setting", "Brookside House (children's home, 4 beds)"),
        ("Unique reference number", "2795541"),
        ("Inspection dates", "4 and 5 February 2025"),
        ("Overall experiences and progress of children and young people", "Requires improvement to be good"),
        ("Registered manager", "Emma Clarke"),
        ("Responsible individual", "Tom Price"),
        ("Plan date", "19 February 2025 (updated 30 April 2025)"),
    ]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True, size=10)
        set_cell(cells[1], v, size=10)
    doc.add_paragraph("")
    doc.add_paragraph(
        "This plan sets out the statutory requirements and recommendations from the inspection report "
        "and the actions we are taking. It is reviewed at the monthly management meeting and shared with "
        "the regulation 44 independent visitor.")
    doc.add_paragraph("RAG: Completed / Green – on track / Amber – behind plan / Red – not achieved")
    headers = ["Requirement / recommendation", "Action", "Lead", "By when", "RAG", "Progress / evidence"]
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, headers):
        set_cell(c, h, bold=True)
        shade(c, "BDD7EE")
    rag_fill = {"Completed": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    items = [
        ("Requirement: The registered person must ensure that staff are familiar with the home's policies "
         "on restraint and that each use of restraint is reviewed by the registered person within 48 "
         "hours (Regulations 20(1)(a) and 35(3)(a)). Due date: 31 March 2025", [
            ("Deliver refresher training on the home's behaviour support and restraint policy to all "
             "staff, including bank staff.", "Registered Manager", "14/03/2025", "Completed",
             "11 of 11 staff trained; certificates on file."),
            ("Introduce a restraint review log signed by the registered manager within 48 hours of each "
             "incident and checked monthly by the responsible individual.",
             "Emma Clarke (RM) and Tom Price (RI)", "31/03/2025", "Completed",
             "Log in use from 3 March; RI check recorded in April regulation 45 notes."),
        ]),
        ("Requirement: The registered person must ensure that each child's relevant plans are reviewed "
         "and updated following any significant incident (Regulation 14(1)(a)). Due date: 30 April 2025", [
            ("Review and update all four children's placement plans and risk assessments following the "
             "January incidents.", "RM/Deputy Manager", "End of March 2025", "Completed",
             "All plans updated and shared with placing authorities."),
            ("Add a post-incident plan review check to the daily handover record.", "Deputy Manager",
             "30/04/2025", "Green", "Handover template amended; spot checks weekly."),
        ]),
        ("Recommendation: The registered person should ensure that children are helped to understand "
         "their records and that their views are recorded in them.", [
            ("Key workers to complete 'my views' sessions with each child and record the child's views "
             "in their file each month.", "Key workers; Registered Manager", "Ongoing – monthly", "Green",
             "Sessions held with all four children in March and April."),
        ]),
        ("Recommendation: The registered person should ensure that the independent person's regulation "
         "44 reports are acted on promptly and that actions are tracked to completion.", [
            ("Set up a regulation 44 action tracker and review it at the monthly management meeting.",
             "Responsible Individual", "May 2025", "Amber",
             "Tracker in place; first review meeting postponed to May."),
        ]),
    ]
    for req, acts in items:
        first = last = None
        for (text, lead, when, rag, prog) in acts:
            cells = t.add_row().cells
            if first is None:
                first = cells[0]
                set_cell(cells[0], req)
            for c, v in zip(cells[1:], (text, lead, when, rag, prog)):
                set_cell(c, v)
            shade(cells[4], WORD_FILL[rag_fill[rag]])
            last = cells[0]
        if last is not first:
            first.merge(last)
            for p in first.paragraphs[1:]:
                p._element.getparent().remove(p._element)
    doc.add_paragraph("")
    doc.add_paragraph("Signed: Emma Clarke, Registered Manager        Tom Price, Responsible Individual")
    doc.save(out("yn-larchwood-care-brookside-house-childrens-home-ofsted-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Stroud Town Council - risk register (csv) - typo month -> refuse
# ---------------------------------------------------------------------------
def make_stroud():
    import csv
    import io
    rows = [
        ["Stroud Town Council – Risk Register 2025/26"],
        ["Reviewed by Policy and Resources Committee 9 June 2025 (minute PR25/018); next review June 2026"],
        [],
        ["Ref", "Risk area", "Risk identified", "Likelihood", "Impact", "Rating", "Existing controls",
         "Further action", "Responsible", "Target date", "Status"],
        ["FINANCE", "", "", "", "", "", "", "", "", "", ""],
        ["F1", "Precept", "Precept set too low to meet the council's spending plans", "L", "H", "Medium",
         "Budget prepared by RFO from October; three-year forecast; reserves policy",
         "Review general reserves against the 2024/25 outturn and report to Full Council", "RFO",
         "January 2026", "Green"],
        ["F2", "Banking", "Loss of funds through fraud, error or bank failure", "L", "H", "Medium",
         "Dual authorisation of online payments; monthly bank reconciliation signed by a councillor",
         "Move balances above the FSCS limit to a second institution", "Town Clerk/RFO",
         "September 2025", "Complete"],
        ["F3", "VAT", "Failure to reclaim VAT on time", "L", "M", "Low", "Quarterly VAT returns",
         "Add VAT return deadlines to the finance calendar and the RFO's deputy cover notes", "RFO",
         "July 2025", "Complete"],
        ["ASSETS AND PROPERTY", "", "", "", "", "", "", "", "", "", ""],
        ["A1", "Subscription Rooms", "Building condition survey identifies major repairs not in budget",
         "M", "H", "High", "Five-year planned maintenance programme; earmarked reserve",
         "Commission an updated condition survey of the Subscription Rooms", "Facilities Manager",
         "Octber 2025", "Amber"],
        ["A2", "Play areas", "Injury to users from defective play equipment", "M", "H", "High",
         "Weekly inspections by grounds team; annual independent inspection",
         "Replace worn safety surfacing at Bowbridge play area", "Grounds Manager", "March 2026",
         "Amber"],
        ["GOVERNANCE", "", "", "", "", "", "", "", "", "", ""],
        ["G1", "Data protection", "Breach of UK GDPR through loss of personal data", "L", "M", "Low",
         "Data protection policy; councillor gov.uk email accounts",
         "Complete annual data protection training for staff and councillors", "Town Clerk",
         "November 2025", "Green"],
        ["G2", "Councillors", "Council unable to act through loss of quorum after resignations", "L", "M",
         "Low", "Standing Orders; co-option policy",
         "Run a 'be a councillor' campaign ahead of the May 2027 elections", "Deputy Town Clerk",
         "Ongoing", "Green"],
        ["G3", "Staffing", "Loss of key staff knowledge", "M", "M", "Medium", "Job descriptions; desk notes",
         "Write up key procedures in a shared procedures manual", "Deputy Town Clerk", "December 2025",
         "Green"],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    with open(out("yn-stroud-town-council-risk-register-2025-26-typo-month-refuse.csv"), "w",
              encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. The Ramblers - Board of Trustees action log (txt, tab separated)
# ---------------------------------------------------------------------------
def make_ramblers():
    lines = [
        "The Ramblers – Board of Trustees Action Log",
        "Open actions and actions closed since the last meeting (as at 10 September 2025)",
        "RAG: B = complete; G = on track; A = at risk of slipping; R = overdue",
        "",
        "Ref\tAction\tOwner\tDue\tRAG\tUpdate",
        "Board meeting – 12 March 2025",
        "BT25/03\tCommission an independent review of safeguarding training for volunteer walk leaders and "
        "report the findings to the Board.\tDirector of Volunteering\tJul 2025\tB\tReview completed; "
        "findings presented to the Board in July.",
        "BT25/04\tAgree the approach to the 2025/26 reserves policy with the Finance, Audit and Risk "
        "Committee.\tChair of FARC; Director of Finance\tJun 2025\tB\tAgreed at FARC on 3 June 2025.",
        "BT25/05\tPrepare options for the central London office lease ahead of the 2026 break clause."
        "\tChief Executive\tDec 2025\tG\tAgents appointed; options paper due at the December meeting.",
        "Board meeting – 19 June 2025",
        "BT25/09\tCirculate the trustee skills audit and report the results with proposals for the 2026 "
        "trustee recruitment round.\tCompany Secretary\tSep 2025\tA\tQuestionnaire circulated; four "
        "responses outstanding.",
        "BT25/10\tBring the draft Strategy 2030 delivery plan and KPIs to the Board for approval."
        "\tAnna Price and Mark Hollis\tOct 2025\tG\tDraft with the Executive Team.",
        "BT25/11\tSign off the consultation response on access to the countryside with the Policy "
        "Committee before submission.\tDirector of Advocacy\tJul 2025\tR\tConsultation deadline extended; "
        "response not yet signed off.",
        "Board meeting – 24 July 2025 (strategy day)",
        "BT25/14\tSet up a trustee working group on digital membership and the app, with terms of "
        "reference agreed by email.\tVice-Chair\tOngoing\tG\tFirst meeting held 28 August.",
        "BT25/15\tAdd a standing item on health and safety incidents on group walks to each Board agenda."
        "\tCompany Secretary\tSep 2025\tB\tIncluded from the September agenda.",
        "",
        "Closed actions are removed from the log after they have been reported once.",
    ]
    with open(out("yn-ramblers-board-of-trustees-action-log.txt"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_quilter()
    make_wmca()
    make_lltnpa()
    make_dhsc()
    make_brookside()
    make_stroud()
    make_ramblers()
    print("done")
