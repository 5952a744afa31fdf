"""Build the seven pd- blind test files (set heldout448).

Run with /work/main/.venv/bin/python pd_make.py (from any directory).
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
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers (xlsx)
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(wrap_text=True, vertical="center", horizontal="center")


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "00B0F0"
GREY, NAVY, PALE = "D9D9D9", "1F3864", "DDEBF7"


def row_style(ws, r, c1, c2, **kw):
    for c in range(c1, c2 + 1):
        cell = ws.cell(row=r, column=c)
        cell.border = BOX
        cell.alignment = kw.get("align", WRAP)
        if "fill" in kw:
            cell.fill = fill(kw["fill"])
        if "font" in kw:
            cell.font = kw["font"]


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ================================================================ 1. Yorkshire Dales NPA risk register
def make_ydnpa():
    title = "Yorkshire Dales National Park Authority – Strategic Risk Register 2025/26"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    widths(cov, [22, 18, 30, 50])
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14, color=NAVY)
    cov["A2"] = "Audit and Review Committee – 14 October 2025 – Agenda item 9, Appendix 1"
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Summary of changes"]
    rows = [
        ["2.0", "25/03/2025", "Performance and Risk Officer", "Annual refresh agreed by Members"],
        ["3.0", "01/07/2025", "Performance and Risk Officer", "Q1 review; SR4 added"],
        ["3.2", "29/09/2025", "Performance and Risk Officer", "Q2 review for Audit and Review Committee"],
    ]
    for j, h in enumerate(hdr, 1):
        cov.cell(row=5, column=j, value=h)
    row_style(cov, 5, 1, 4, fill=GREY, font=Font(bold=True))
    for i, rw in enumerate(rows, 6):
        for j, v in enumerate(rw, 1):
            cov.cell(row=i, column=j, value=v)
        row_style(cov, i, 1, 4)
    cov["A10"] = "Risk scoring (Likelihood x Impact, each 1–4)"
    cov["A10"].font = Font(bold=True)
    key = [("1 – 4", "Low", GREEN), ("5 – 9", "Medium", AMBER), ("10 – 16", "High", RED)]
    for i, (s, w, c) in enumerate(key, 11):
        cov.cell(row=i, column=1, value=s)
        cov.cell(row=i, column=2, value=w).fill = fill(c)
        row_style(cov, i, 1, 2)
    cov["A15"] = "Action status key"
    cov["A15"].font = Font(bold=True)
    akey = [
        ("Complete", "Action delivered", BLUE),
        ("On track", "Green – progressing to target date", GREEN),
        ("Some slippage", "Amber – likely to miss target date", AMBER),
        ("Off track", "Red – target date will be missed / action stalled", RED),
        ("Not started", "Action not yet due to start", "FFFFFF"),
    ]
    for i, (s, w, c) in enumerate(akey, 16):
        cov.cell(row=i, column=1, value=s).fill = fill(c)
        cov.cell(row=i, column=2, value=w)
        cov.merge_cells(start_row=i, start_column=2, end_row=i, end_column=4)
        row_style(cov, i, 1, 4)
        cov.cell(row=i, column=1).fill = fill(c)

    ws = wb.create_sheet("Strategic Risk Register")
    widths(ws, [7, 40, 20, 6, 6, 7, 40, 6, 6, 7, 7, 48, 26, 13, 14, 40])
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws["A2"] = "Position at 30 September 2025 (Quarter 2)"
    ws["A2"].font = Font(italic=True)
    # two-tier header
    ws["A4"], ws["B4"], ws["C4"] = "Risk", "Risk description (cause – event – effect)", "Risk owner"
    ws["D4"] = "Inherent risk"
    ws["G4"] = "Existing controls"
    ws["H4"] = "Residual risk"
    ws["K4"] = "Mitigating actions"
    ws.merge_cells("D4:F4")
    ws.merge_cells("H4:J4")
    ws.merge_cells("K4:P4")
    sub = {4: "L", 5: "I", 6: "Score", 8: "L", 9: "I", 10: "Score", 11: "Ref",
           12: "Further action required", 13: "Action owner", 14: "Target date",
           15: "Action status", 16: "Progress update (Q2)"}
    for c, v in sub.items():
        ws.cell(row=5, column=c, value=v)
    for c in (1, 2, 3, 7):
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    for r in (4, 5):
        row_style(ws, r, 1, 16, fill=NAVY, font=Font(bold=True, color="FFFFFF"), align=CENTRE)
    ws.freeze_panes = "A6"

    status_fill = {"Complete": BLUE, "On track": GREEN, "Some slippage": AMBER,
                   "Off track": RED, "Not started": None}

    def score_fill(s):
        return GREEN if s <= 4 else (AMBER if s <= 9 else RED)

    risks = [
        dict(band="SR1 – Financial sustainability",
             desc="Real-terms reduction in National Park Grant from Defra and rising pay and energy costs leave the Authority unable to set a balanced budget, forcing unplanned cuts to services and the Management Plan.",
             owner="Chief Executive (National Park Officer)", inh=(4, 4), res=(3, 4),
             controls="Medium Term Financial Plan reviewed quarterly by Finance and Resources Committee; reserves policy; vacancy management; joint lobbying through National Parks England.",
             actions=[
                 ("1.1", "Develop a balanced Medium Term Financial Plan to 2028/29, including savings and income options for Members to consider.",
                  "Director of Corporate Services", dt.date(2026, 3, 31), "On track",
                  "Savings options workshop with Members held 18 September; draft MTFP to Authority in December."),
                 ("1.2", "Submit a joint National Parks England case for the 2025 Spending Review settlement with the other English National Park Authorities.",
                  "Chief Executive (National Park Officer)", "Jul-25", "Complete",
                  "Submitted 27 June 2025. Settlement letter awaited."),
                 ("1.3", "Grow income from car parks, the Dales Countryside Museum and sponsorship by £60k a year through the Commercial Income Plan.",
                  "Head of Sustainable Development / Commercial Manager", "Q4 2025/26", "Some slippage",
                  "Car park tariff review delayed to allow consultation with parish councils; income currently £22k behind profile."),
             ]),
        dict(band="SR2 – Farming and land management transition",
             desc="Uncertainty over the future of agri-environment schemes after the end of the Farming in Protected Landscapes programme reduces the Authority's ability to secure nature recovery outcomes with farmers.",
             owner="Director of Conservation and Communities", inh=(3, 4), res=(3, 3),
             controls="FiPL Local Assessment Panel; partnership agreements with Natural England; farmer engagement officers in post.",
             actions=[
                 ("2.1", "Deliver the final year of the Farming in Protected Landscapes programme and secure full spend of the 2025/26 allocation.",
                  "Head of Land Management", dt.date(2026, 3, 31), "On track",
                  "£1.1m committed to 64 projects; forecast full spend."),
                 ("2.2", "Agree with Natural England and Defra the Authority's role in the Landscape Recovery and Countryside Stewardship Higher Tier pipeline.",
                  "Director of Conservation and Communities", "Ongoing", "On track",
                  "Quarterly meetings with Natural England Area Team in place."),
             ]),
        dict(band="SR3 – Information security and cyber resilience",
             desc="A cyber attack or major ICT failure results in loss of systems or data, preventing delivery of planning and other statutory services and causing reputational damage.",
             owner="Director of Corporate Services", inh=(4, 4), res=(2, 4),
             controls="Managed firewall and endpoint protection; off-site backups; annual staff cyber training; Cyber Essentials certification.",
             actions=[
                 ("3.1", "Complete the Cyber Essentials Plus reassessment and close any non-conformities found.",
                  "ICT Manager", "Nov-25", "Some slippage",
                  "Assessor visit moved from September to November because of the server migration."),
                 ("3.2", "Run a cyber incident tabletop exercise with the Senior Leadership Team and update the Business Continuity Plan with the lessons.",
                  "ICT Manager; Business Support Manager", dt.date(2026, 1, 31), "Not started", ""),
             ]),
        dict(band="SR4 – Workforce capacity and recruitment",
             desc="Difficulty recruiting and retaining staff in specialist roles (planning, ecology, rangers) leaves the Authority without the capacity to deliver statutory functions and Management Plan objectives.",
             owner="Director of Corporate Services", inh=(3, 3), res=(3, 3),
             controls="Workforce plan; flexible and hybrid working policy; apprenticeship scheme; shared planning support with neighbouring authorities.",
             actions=[
                 ("4.1", "Implement the recommendations of the 2025 pay and grading review agreed by the Authority.",
                  "Head of Human Resources", dt.date(2026, 4, 1), "Off track",
                  "Job evaluation appeals still being heard; implementation date under review with unions."),
                 ("4.2", "Recruit the 2025 Ranger apprenticeship cohort (four posts) in partnership with Askham Bryan College.",
                  "Head of Human Resources", "September 2025", "Complete",
                  "All four apprentices started 8 September 2025."),
             ]),
    ]

    r = 6
    for risk in risks:
        ws.cell(row=r, column=1, value=risk["band"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=16)
        row_style(ws, r, 1, 16, fill=PALE, font=Font(bold=True))
        r += 1
        first, n = r, len(risk["actions"])
        ws.cell(row=r, column=1, value=risk["band"].split(" ")[0])
        ws.cell(row=r, column=2, value=risk["desc"])
        ws.cell(row=r, column=3, value=risk["owner"])
        li, ii = risk["inh"]
        lr, ir = risk["res"]
        ws.cell(row=r, column=4, value=li)
        ws.cell(row=r, column=5, value=ii)
        ws.cell(row=r, column=6, value=li * ii)
        ws.cell(row=r, column=7, value=risk["controls"])
        ws.cell(row=r, column=8, value=lr)
        ws.cell(row=r, column=9, value=ir)
        ws.cell(row=r, column=10, value=lr * ir)
        for a in risk["actions"]:
            ref, text, owner, when, status, prog = a
            ws.cell(row=r, column=11, value=ref)
            ws.cell(row=r, column=12, value=text)
            ws.cell(row=r, column=13, value=owner)
            c = ws.cell(row=r, column=14, value=when)
            if isinstance(when, dt.date):
                c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=15, value=status)
            ws.cell(row=r, column=16, value=prog or None)
            row_style(ws, r, 1, 16)
            if status_fill[status]:
                ws.cell(row=r, column=15).fill = fill(status_fill[status])
            r += 1
        for c in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10):
            if n > 1:
                ws.merge_cells(start_row=first, start_column=c, end_row=first + n - 1, end_column=c)
        ws.cell(row=first, column=6).fill = fill(score_fill(li * ii))
        ws.cell(row=first, column=10).fill = fill(score_fill(lr * ir))
    r += 1
    ws.cell(row=r, column=1, value="Summary of residual risk scores").font = Font(bold=True)
    r += 1
    for lab, val, col in (("High (10–16)", 1, RED), ("Medium (5–9)", 3, AMBER), ("Low (1–4)", 0, GREEN)):
        ws.cell(row=r, column=2, value=lab).fill = fill(col)
        ws.cell(row=r, column=3, value=val)
        row_style(ws, r, 2, 3)
        ws.cell(row=r, column=2).fill = fill(col)
        r += 1
    ws.cell(row=r + 1, column=1,
            value="Note: L = likelihood, I = impact. Risks are reviewed quarterly by the Senior Leadership Team and reported to the Audit and Review Committee.")

    hm = wb.create_sheet("Heat map")
    hm["A1"] = "Residual risk heat map – Q2 2025/26"
    hm["A1"].font = Font(bold=True)
    hm["A3"] = "Likelihood \\ Impact"
    for i in range(1, 5):
        hm.cell(row=3, column=1 + i, value=i)
        hm.cell(row=3 + i, column=1, value=5 - i)
    place = {(3, 4): "SR1", (3, 3): "SR2, SR4", (2, 4): "SR3"}
    for li in range(1, 5):
        for ii in range(1, 5):
            c = hm.cell(row=3 + (5 - li), column=1 + ii, value=place.get((li, ii)))
            c.fill = fill(score_fill(li * ii))
            c.border = BOX
    wb.save(out("pd-yorkshire-dales-npa-strategic-risk-register-2025-26.xlsx"))


# ================================================================ 2. Devon and Torbay CCA BSIP highlight report
def make_dtcca():
    wb = Workbook()
    hr = wb.active
    hr.title = "Highlight Report"
    widths(hr, [28, 70])
    title = "Devon and Torbay Combined County Authority – BSIP Programme Highlight Report"
    hr["A1"] = title
    hr["A1"].font = Font(bold=True, size=14, color="006E51")
    info = [
        ("Programme", "Bus Service Improvement Plan (BSIP) Delivery Programme 2025/26"),
        ("Reporting period", "September 2025"),
        ("Report to", "Transport Delivery Board – 9 October 2025"),
        ("Senior Responsible Owner", "CCA Director of Transport"),
        ("Programme Manager", "Rebecca Thorne"),
        ("Overall RAG – previous", "A"),
        ("Overall RAG – current", "A"),
    ]
    for i, (k, v) in enumerate(info, 3):
        hr.cell(row=i, column=1, value=k).font = Font(bold=True)
        hr.cell(row=i, column=2, value=v)
        row_style(hr, i, 1, 2)
    hr["B8"].fill = fill(AMBER)
    hr["B9"].fill = fill(AMBER)
    r = 11
    blocks = [
        ("Key achievements this period", [
            "Tranche 2 supported service contracts awarded; evening and Sunday services on routes 12, 39 and 118 start 26 October.",
            "£2 single fare cap evaluation published – patronage on capped routes up 7% on 2024.",
        ]),
        ("Planned for next period", [
            "Detailed design sign-off for A379 Newton Road bus lane.",
            "Operator workshop on multi-operator ticket pricing and revenue share.",
        ]),
        ("Decisions required from the Board", [
            "Note the revised date for the multi-operator day ticket (January 2026).",
        ]),
    ]
    for head, lines in blocks:
        hr.cell(row=r, column=1, value=head)
        hr.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        row_style(hr, r, 1, 2, fill="006E51", font=Font(bold=True, color="FFFFFF"))
        r += 1
        for ln in lines:
            hr.cell(row=r, column=1, value="•")
            hr.cell(row=r, column=2, value=ln)
            r += 1
        r += 1
    hr.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    r += 1
    for code, meaning, col in (("R", "Off track – milestone will be missed, Board intervention needed", RED),
                               ("A", "At risk – issues being managed by the programme", AMBER),
                               ("G", "On track", GREEN),
                               ("C", "Complete", BLUE)):
        hr.cell(row=r, column=1, value=code).fill = fill(col)
        hr.cell(row=r, column=2, value=meaning)
        row_style(hr, r, 1, 2)
        hr.cell(row=r, column=1).fill = fill(col)
        r += 1

    ms = wb.create_sheet("Milestones")
    widths(ms, [6, 62, 34, 12, 14, 10, 10, 50])
    ms["A1"] = "BSIP Delivery Programme – milestone tracker (September 2025)"
    ms["A1"].font = Font(bold=True, size=12)
    heads = ["Ref", "Milestone / action", "Lead", "Baseline date", "Revised / forecast date",
             "Previous RAG", "Current RAG", "Commentary"]
    for j, h in enumerate(heads, 1):
        ms.cell(row=3, column=j, value=h)
    row_style(ms, 3, 1, 8, fill="006E51", font=Font(bold=True, color="FFFFFF"), align=CENTRE)
    rag_fill = {"R": RED, "A": AMBER, "G": GREEN, "C": BLUE}
    D = dt.date
    work = [
        ("Workstream 1: Fares and ticketing", [
            ("1.1", "Extend the £2 single fare cap on all Devon and Torbay routes and evaluate the impact on patronage.",
             "CCA Transport Lead", D(2025, 4, 1), None, "G", "C", "Evaluation report published 15 September 2025."),
            ("1.2", "Introduce a multi-operator day ticket valid on all operators across Devon and Torbay.",
             "CCA Transport Lead", D(2025, 9, 1), D(2026, 1, 1), "A", "A",
             "Revenue-share formula not yet agreed with two smaller operators; new date agreed by Programme Board."),
            ("1.3", "Procure a contactless tap-on tap-off capping back office with the operators.",
             "DCC Public Transport Manager", D(2026, 3, 1), None, "G", "G", "Soft market testing complete."),
        ]),
        ("Workstream 2: Bus priority and infrastructure", [
            ("2.1", "Complete the detailed design of the A379 Newton Road bus lane in Torquay.",
             "Torbay Transport Planning Manager", D(2025, 7, 1), D(2025, 11, 1), "A", "R",
             "Utility diversions identified late; statutory undertaker quotes awaited. Escalated to SRO."),
            ("2.2", "Install real-time passenger information displays at 60 high-use stops.",
             "DCC Public Transport Manager / Torbay Transport Planning Manager", D(2025, 12, 1), None, "G", "G",
             "38 of 60 displays installed."),
            ("2.3", "Refurbish Paignton bus station waiting area and customer toilets.",
             "Torbay Transport Planning Manager", "Q4 2025/26", None, "G", "A",
             "Contractor start moved to January to avoid Christmas trading period."),
        ]),
        ("Workstream 3: Network and service enhancements", [
            ("3.1", "Award Tranche 2 supported service contracts for evening and Sunday services.",
             "DCC Public Transport Manager", D(2025, 10, 1), None, "G", "C", "Contracts awarded 19 September 2025."),
            ("3.2", "Launch a demand-responsive transport pilot covering Mid Devon villages without a daily bus.",
             "CCA Transport Lead", D(2026, 1, 1), D(2026, 4, 1), "G", "A",
             "Booking app supplier re-procured after first tender returned no compliant bids."),
        ]),
        ("Workstream 4: Customer information", [
            ("4.1", "Publish a single Devon and Torbay bus network map and timetable website.",
             "CCA Communications Manager", D(2025, 11, 1), None, "G", "G", "Beta site in testing with Bus Users UK."),
            ("4.2", "Consult passengers on a joint Bus Passenger Charter and publish the final Charter.",
             "CCA Communications Manager", D(2026, 3, 1), None, "G", "G", ""),
        ]),
    ]
    r = 4
    for head, items in work:
        ms.cell(row=r, column=1, value=head)
        ms.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        row_style(ms, r, 1, 8, fill=GREY, font=Font(bold=True))
        r += 1
        for ref, text, lead, base, rev, prev, cur, comm in items:
            vals = [ref, text, lead, base, rev, prev, cur, comm or None]
            for j, v in enumerate(vals, 1):
                c = ms.cell(row=r, column=j, value=v)
                if isinstance(v, dt.date):
                    c.number_format = "mmm-yy"
            row_style(ms, r, 1, 8)
            for j in (6, 7):
                ms.cell(row=r, column=j).alignment = CENTRE
            ms.cell(row=r, column=6).fill = fill(rag_fill[prev])
            ms.cell(row=r, column=7).fill = fill(rag_fill[cur])
            r += 1
    r += 1
    ms.cell(row=r, column=1, value="Summary")
    ms.cell(row=r, column=1).font = Font(bold=True)
    r += 1
    for lab, n in (("Complete", 2), ("On track (G)", 4), ("At risk (A)", 3), ("Off track (R)", 1), ("Total milestones", 10)):
        ms.cell(row=r, column=2, value=lab)
        ms.cell(row=r, column=3, value=n)
        row_style(ms, r, 2, 3)
        r += 1

    fin = wb.create_sheet("Finance")
    widths(fin, [40, 16, 16, 16, 16])
    fin["A1"] = "BSIP funding 2025/26 (£000)"
    fin["A1"].font = Font(bold=True)
    fh = ["Workstream", "Allocation", "Spend to date", "Forecast outturn", "Variance"]
    for j, h in enumerate(fh, 1):
        fin.cell(row=3, column=j, value=h)
    row_style(fin, 3, 1, 5, fill=GREY, font=Font(bold=True))
    fr = [("Fares and ticketing", 4200, 2310, 4150), ("Bus priority and infrastructure", 3650, 980, 3100),
          ("Network and service enhancements", 5100, 2640, 5100), ("Customer information", 450, 120, 450)]
    for i, (w, a, s, f) in enumerate(fr, 4):
        for j, v in enumerate([w, a, s, f, a - f], 1):
            fin.cell(row=i, column=j, value=v)
        row_style(fin, i, 1, 5)
    fin.cell(row=8, column=1, value="Total")
    for j, col in enumerate("BCDE", 2):
        fin.cell(row=8, column=j, value=f"=SUM({col}4:{col}7)")
    row_style(fin, 8, 1, 5, font=Font(bold=True))
    wb.save(out("pd-devon-and-torbay-cca-bsip-programme-highlight-report.xlsx"))


# ================================================================ 3. ScottishPower Ofgem action tracker
def make_scottishpower():
    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    widths(dc, [12, 14, 30, 60])
    dc["A1"] = "ScottishPower Retail – Ofgem Customer Service Market Compliance Review: Action Tracker"
    dc["A1"].font = Font(bold=True, size=13)
    dc["A2"] = "Classification: Confidential – shared with Ofgem Retail Compliance"
    for j, h in enumerate(["Version", "Date", "Owner", "Change"], 1):
        dc.cell(row=4, column=j, value=h)
    row_style(dc, 4, 1, 4, fill=GREY, font=Font(bold=True))
    for i, rw in enumerate([
        ("0.3", "17/03/2023", "Regulatory Compliance", "First draft following Ofgem feedback letter"),
        ("1.0", "31/03/2023", "Regulatory Compliance", "Approved by Retail Executive Committee; submitted to Ofgem"),
        ("1.4", "29/09/2023", "Regulatory Compliance", "September update – revised dates for SP-05 and SP-06"),
    ], 5):
        for j, v in enumerate(rw, 1):
            dc.cell(row=i, column=j, value=v)
        row_style(dc, i, 1, 4)

    sm = wb.create_sheet("Summary")
    widths(sm, [46, 10, 10, 10, 10, 12, 8])
    sm["A1"] = "Summary of action status at 29 September 2023"
    sm["A1"].font = Font(bold=True)
    sh = ["Area", "Closed", "Green", "Amber", "Red", "Not started", "Total"]
    for j, h in enumerate(sh, 1):
        sm.cell(row=3, column=j, value=h)
    row_style(sm, 3, 1, 7, fill=GREY, font=Font(bold=True))
    srows = [("Area 1 – Customer journeys and policies", 3, 1, 0, 0, 0),
             ("Area 2 – Contact handling", 0, 0, 2, 1, 0),
             ("Area 3 – Management information and governance", 1, 0, 0, 0, 1)]
    for i, rw in enumerate(srows, 4):
        for j, v in enumerate(rw, 1):
            sm.cell(row=i, column=j, value=v)
        sm.cell(row=i, column=7, value=f"=SUM(B{i}:F{i})")
        row_style(sm, i, 1, 7)
    sm.cell(row=7, column=1, value="Total")
    for j, col in enumerate("BCDEFG", 2):
        sm.cell(row=7, column=j, value=f"=SUM({col}4:{col}6)")
    row_style(sm, 7, 1, 7, font=Font(bold=True))
    sm["A9"] = "RAG key (Status column on the tracker is colour only)"
    sm["A9"].font = Font(bold=True)
    for i, (lab, col) in enumerate([("Closed – evidence accepted by Compliance", BLUE),
                                    ("Green – on track to due date", GREEN),
                                    ("Amber – at risk, mitigation in place", AMBER),
                                    ("Red – due date missed or will be missed", RED),
                                    ("No colour – not started", "FFFFFF")], 10):
        sm.cell(row=i, column=1, value=lab)
        sm.cell(row=i, column=2).fill = fill(col)
        row_style(sm, i, 1, 2)
        sm.cell(row=i, column=2).fill = fill(col)

    tr = wb.create_sheet("Action Tracker")
    widths(tr, [8, 44, 8, 56, 28, 13, 13, 9, 46])
    tr["A1"] = "Ofgem Customer Service Market Compliance Review – ScottishPower action tracker"
    tr["A1"].font = Font(bold=True, size=12)
    tr["A2"] = "Update as at 29 September 2023"
    heads = ["Finding ref", "Ofgem finding", "Action ID", "Action", "Owner", "Original due date",
             "Revised due date", "Status", "Progress / evidence"]
    for j, h in enumerate(heads, 1):
        tr.cell(row=4, column=j, value=h)
    row_style(tr, 4, 1, 9, fill="1D6F42", font=Font(bold=True, color="FFFFFF"), align=CENTRE)
    tr.freeze_panes = "A5"
    D = dt.date
    areas = [
        ("Area 1 – Customer journeys and policies", [
            ("F1.1", "Policies and process maps for complex customer journeys (debt, vulnerability, complaints) were incomplete or out of date, and advisers were using inconsistent scripts.", [
                ("SP-01", "Refresh and approve end-to-end process maps for the eight priority complex customer journeys.",
                 "Head of Customer Process Excellence", D(2023, 5, 31), None, BLUE,
                 "All eight maps approved at Process Design Authority 24 May."),
                ("SP-02", "Publish updated call-handling scripts for debt and vulnerability calls on the adviser knowledge base and brief all advisers.",
                 "McLeod, Fiona", D(2023, 6, 30), None, BLUE,
                 "Scripts live 19 June; briefing completion 96%."),
            ]),
            ("F1.2", "Complaint letters did not consistently tell customers about the Energy Ombudsman and their deadlock rights.", [
                ("SP-03", "Amend all complaint acknowledgement, resolution and deadlock letter templates to include Energy Ombudsman signposting.",
                 "Complaints Manager", D(2023, 3, 31), None, BLUE, "Templates changed 28 March."),
                ("SP-04", "Quality-check a sample of 200 complaint closures each month against the new letter standard and report results to the Complaints Forum.",
                 "Quality Assurance Lead / Complaints Manager", "Monthly", None, GREEN,
                 "July 97% compliant; August 98%."),
            ]),
        ]),
        ("Area 2 – Contact handling", [
            ("F2.1", "Call waiting times and abandonment rates were well above the market average at peak times.", [
                ("SP-05", "Recruit and train 250 additional customer service advisers for the winter peak.",
                 "Fiona McLeod / Gary Niven", D(2023, 9, 30), D(2023, 12, 31), AMBER,
                 "172 advisers in post; final two training cohorts start October and November."),
                ("SP-06", "Introduce a call-back option on all inbound telephone queues.",
                 "Head of Telephony", D(2023, 7, 31), D(2023, 11, 30), RED,
                 "Supplier release failed testing in August; new release date not yet confirmed."),
            ]),
            ("F2.2", "Emails and webform contacts were not answered within target times.", [
                ("SP-07", "Implement workload routing for email and webform contacts with a two working day response standard.",
                 "Head of Digital Service", D(2023, 10, 31), None, AMBER,
                 "Routing rules built; performance testing under way."),
            ]),
        ]),
        ("Area 3 – Management information and governance", [
            ("F3.1", "Management information on customer service performance was incomplete and was not reviewed at senior level.", [
                ("SP-08", "Add customer service KPIs (wait times, abandonment, Ombudsman upheld complaints) to the monthly Retail Executive Committee dashboard.",
                 "Campbell, Iain", D(2023, 5, 31), None, BLUE, "First dashboard presented June 2023."),
                ("SP-09", "Commission an independent assurance review of delivery of this action plan and share the report with Ofgem.",
                 "Chief Compliance Officer", D(2024, 3, 31), None, None, ""),
            ]),
        ]),
    ]
    r = 5
    for area, findings in areas:
        tr.cell(row=r, column=1, value=area)
        tr.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        row_style(tr, r, 1, 9, fill="E2EFDA", font=Font(bold=True))
        r += 1
        for fref, ftext, acts in findings:
            first = r
            tr.cell(row=r, column=1, value=fref)
            tr.cell(row=r, column=2, value=ftext)
            for aid, text, owner, orig, rev, col, prog in acts:
                tr.cell(row=r, column=3, value=aid)
                tr.cell(row=r, column=4, value=text)
                tr.cell(row=r, column=5, value=owner)
                for j, v in ((6, orig), (7, rev)):
                    c = tr.cell(row=r, column=j, value=v)
                    if isinstance(v, dt.date):
                        c.number_format = "dd/mm/yyyy"
                tr.cell(row=r, column=9, value=prog or None)
                row_style(tr, r, 1, 9)
                if col:
                    tr.cell(row=r, column=8).fill = fill(col)
                r += 1
            if len(acts) > 1:
                for c in (1, 2):
                    tr.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    tr.cell(row=r + 1, column=1, value="Owner names are shown as held in the Workday directory.")
    wb.save(out("pd-scottishpower-ofgem-customer-service-compliance-action-tracker.xlsx"))


# ---------------------------------------------------------------- helpers (docx)
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Write text; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def simple_table(doc, header, rows, hdr_fill="D9D9D9"):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    for j, h in enumerate(header):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), hdr_fill)
    for i, rw in enumerate(rows, 1):
        for j, v in enumerate(rw):
            set_cell(t.cell(i, j), v)
    return t


# ================================================================ 4. St Luke's Hospice Plymouth CQC action plan
def make_stlukes():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("St Luke's Hospice Plymouth – CQC Inspection Action Plan")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x5B, 0x2C, 0x6F)
    doc.add_paragraph("Inspection of Turnchapel inpatient unit and community services, 11–13 March 2025. "
                      "Report published 22 May 2025. Overall rating: Good (Safe: Requires improvement).")
    doc.add_paragraph("Owner: Director of Patient Care. Monitored by: Clinical Governance Committee of the Board of Trustees.")

    simple_table(doc, ["Version", "Date", "Author", "Approved by"], [
        ["1.0", "12/06/2025", "Head of Quality and Governance", "Clinical Governance Committee"],
        ["1.2", "18/09/2025", "Head of Quality and Governance", "Clinical Governance Committee"],
    ])
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG key").bold = True
    kt = doc.add_table(rows=4, cols=2)
    kt.style = "Table Grid"
    for i, (code, meaning, col) in enumerate([("B", "Completed and evidenced", "00B0F0"),
                                              ("G", "On track", "00B050"),
                                              ("A", "Some risk to completion date", "FFC000"),
                                              ("R", "Off track / overdue", "FF0000")]):
        set_cell(kt.cell(i, 0), code, bold=True)
        shade(kt.cell(i, 0), col)
        set_cell(kt.cell(i, 1), meaning)
    doc.add_paragraph()

    sections = [
        ("1. Safe", [
            ("MD1", "The service must ensure that controlled drugs are stored, checked and recorded in line with national guidance and the hospice's medicines management policy. (Regulation 12: Safe care and treatment)", [
                ("MD1.1", "Introduce twice-daily controlled drug stock checks on the inpatient unit, signed by two registered nurses.",
                 "Ward Manager (IPU)", "30/06/2025", "Checks in place from 2 June; weekly spot audit 100% compliant.", "B"),
                ("MD1.2", "Lead Pharmacist to complete a quarterly controlled drugs audit and report the findings to the Medicines Management Group.",
                 "Lead Pharmacist", "Ongoing – quarterly", "Q1 audit reported July 2025.", "G"),
                ("MD1.3", "Replace the paper controlled drugs register with the electronic CD register module in SystmOne.",
                 "Head of Clinical Systems / Lead Pharmacist", "Q3 2025/26", "Module configured; awaiting supplier go-live slot.", "A"),
            ]),
            ("SD1", "The service should ensure that falls risk assessments are reviewed after every fall and whenever a patient's condition changes.", [
                ("SD1.1", "Update the falls risk assessment template in SystmOne so that it prompts a review after any recorded fall.",
                 "Falls Lead Nurse", "31/08/2025", "Template change live 14 August.", "B"),
                ("SD1.2", "Deliver falls refresher training to all IPU registered nurses and healthcare assistants.\nAt least 90% of staff to attend.",
                 "Clinical Education Lead", "End of October 2025", "71% attended to date; two further sessions booked.", "G"),
            ]),
        ]),
        ("2. Effective", [
            ("SD2", "The service should ensure that mental capacity assessments are completed and recorded when decisions are made for people who may lack capacity.", [
                ("SD2.1", "Audit 20 sets of patient records each quarter for compliance with the Mental Capacity Act and feed back the results to teams.",
                 "Head of Quality and Governance", "31/12/2025", "First audit (Q2) found 60% compliance; improvement plan agreed with team leaders.", "A"),
            ]),
        ]),
        ("3. Well-led", [
            ("SD3", "The provider should ensure that governance systems capture and act on learning from incidents across inpatient and community services.", [
                ("SD3.1", "Set up a monthly Learning from Incidents forum with representatives from the IPU, Hospice at Home and community nursing teams.",
                 "Director of Patient Care & Medical Director", "30/09/2025", "First forum held 4 September.", "G"),
                ("SD3.2", "Produce a quarterly Quality and Safety report for the Clinical Governance Committee of the Board of Trustees.",
                 "Head of Quality and Governance", "December 2025", "", ""),
            ]),
        ]),
    ]
    rag_col = {"B": "00B0F0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    header = ["Ref", "Action to be taken", "Lead", "Completion date", "Progress / evidence", "RAG"]
    for head, findings in sections:
        doc.add_heading(head, level=2)
        nrows = 1 + sum(1 + len(a) for _, _, a in findings)
        t = doc.add_table(rows=nrows, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(header):
            set_cell(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "5B2C6F")
            for run in t.cell(0, j).paragraphs[0].runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        i = 1
        for fref, ftext, acts in findings:
            set_cell(t.cell(i, 0), fref, bold=True)
            m = t.cell(i, 1).merge(t.cell(i, 5))
            set_cell(m, ftext, bold=True)
            shade(t.cell(i, 0), "E8DAEF")
            shade(m, "E8DAEF")
            i += 1
            for ref, text, lead, due, prog, rag in acts:
                for j, v in enumerate([ref, text, lead, due, prog, rag]):
                    set_cell(t.cell(i, j), v)
                if rag:
                    shade(t.cell(i, 5), rag_col[rag])
                i += 1
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Sign-off").bold = True
    simple_table(doc, ["Name", "Role", "Date"], [
        ["Clare Hawkins", "Director of Patient Care", "18/09/2025"],
        ["Dr Simon Pike", "Chair, Clinical Governance Committee", "25/09/2025"],
    ])
    doc.save(out("pd-st-lukes-hospice-plymouth-cqc-inspection-action-plan.docx"))


# ================================================================ 5. HMRC SA helpline lessons learned
def make_hmrc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    p = doc.add_paragraph("OFFICIAL")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading("Self Assessment Helpline Changes 2023–24: Lessons Learned Review – Action Plan", level=1)
    doc.add_paragraph("HM Revenue & Customs – Customer Services Group")
    doc.add_paragraph("Progress position at 31 October 2024, for the HMRC Audit and Risk Committee.")

    p = doc.add_paragraph()
    p.add_run("Version history").bold = True
    simple_table(doc, ["Version", "Date", "Comment"], [
        ["0.4", "14/06/2024", "Draft for Executive Committee"],
        ["1.0", "02/07/2024", "Agreed by Executive Committee"],
        ["1.3", "31/10/2024", "Q2 progress update"],
    ])
    doc.add_paragraph()
    doc.add_heading("Background", level=2)
    doc.add_paragraph(
        "In June 2023 HMRC closed the Self Assessment helpline for the summer and directed customers to digital "
        "services. In March 2024 HMRC announced a longer seasonal closure and withdrew it the following day. "
        "The Executive Committee commissioned a review of the lessons from both decisions. The review made three "
        "recommendations; this plan sets out the actions agreed against each of them.")
    p = doc.add_paragraph()
    p.add_run("Status definitions: ").bold = True
    p.add_run("Complete – delivered and evidenced; On track – expected by the target date; "
              "At risk – target date may be missed; Off track – target date will be missed; Not started.")

    lessons = [
        ("Lesson 1: Engaging stakeholders before changing services",
         "Significant changes to customer service channels should be tested with representative bodies, including the professional bodies and the voluntary sector, before they are announced.",
         [("1.1", "Add a formal stakeholder impact assessment step to the governance for all changes to customer service channels.",
           "Director, Customer Strategy and Tax Design", "31 July 2024", "Complete"),
          ("1.2", "Agree a protocol with the Chartered Institute of Taxation, ICAEW and LITRG for advance notice of planned service changes.",
           "Head of Stakeholder Engagement", "June 2024", "Complete")]),
        ("Lesson 2: Evidence and capacity planning",
         "Decisions to redeploy helpline advisers should rest on robust evidence about the effect on customers who cannot use digital services.",
         [("2.1", "Commission research into the needs of digitally excluded Self Assessment customers.",
           "Head of Customer Insight", "Q3 2024-25", "On track"),
          ("2.2", "Build a helpline demand and capacity model that tests the effect of any channel closure before a decision is taken.",
           "Head of Contact Centre Planning / Head of Analysis", "31/12/2024", "At risk")]),
        ("Lesson 3: Communicating changes",
         "Announcements about changes to services should say clearly who is affected and what other support is available to them.",
         [("3.1", "Publish a customer-facing service change statement on GOV.UK for every planned change to helpline opening.",
           "Communications Director", "December 2024", "Not started"),
          ("3.2", "Refresh the guidance for MPs' constituency caseworkers on routes into HMRC for customers who need extra support.",
           "Head of Parliamentary Affairs", "Ongoing", "On track")]),
    ]
    for i, (lesson, rec, acts) in enumerate(lessons, 1):
        doc.add_heading(lesson, level=2)
        p = doc.add_paragraph()
        p.add_run(f"Recommendation {i}").bold = True
        p = doc.add_paragraph()
        p.add_run(rec).italic = True
        t = simple_table(doc, ["No.", "Action", "Owner", "Target date", "Status"],
                         [list(a) for a in acts], hdr_fill="DEEAF6")
        doc.add_paragraph()

    doc.add_heading("Annex A: Timeline of events", level=2)
    simple_table(doc, ["Date", "Event"], [
        ["12 June 2023", "Self Assessment helpline closed for the summer; calls directed to digital services"],
        ["4 September 2023", "Helpline reopened"],
        ["19 March 2024", "Seasonal closure from April to September announced"],
        ["20 March 2024", "Seasonal closure withdrawn"],
    ])
    doc.save(out("pd-hmrc-self-assessment-helpline-lessons-learned-action-plan.docx"))


# ================================================================ 6. Bishop's Cleeve PC internal audit (csv)
def make_bishops_cleeve():
    rows = [
        ["Bishop's Cleeve Parish Council", "", "", "", "", "", ""],
        ["Internal Audit Report 2024/25 – Action Plan", "", "", "", "", "", ""],
        ["Presented to Finance & General Purposes Committee, 15 July 2025", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["No.", "Audit area", "Internal auditor's recommendation", "Action agreed by Council", "Responsible", "Target date", "Status"],
        ["1", "Standing Orders",
         "Standing Orders should be updated to the 2024 NALC model, including the revised procurement thresholds.",
         "Clerk to draft revised Standing Orders based on the NALC 2024 model for adoption at Full Council.",
         "Clerk", "Sept 2025", "Complete"],
        ["2", "Financial Regulations",
         "Financial Regulations have not been reviewed since 2021 and should be replaced with the 2024 NALC model.",
         "Adopt the NALC model Financial Regulations (2024) with local limits agreed by F&GP.",
         "RFO", "30/09/2025", "Green"],
        ["3", "Bank reconciliation",
         "Bank reconciliations should be checked and signed by a councillor who is not a bank signatory, and the check minuted quarterly.",
         "Cllr Harding nominated to verify and sign quarterly bank reconciliations; verification to be recorded in the F&GP minutes.",
         "Chairman & RFO", "Quarterly", "Green"],
        ["4", "Asset register",
         "The asset register does not include the play equipment installed at Kayte Lane in 2024 and should be reconciled to the insurance schedule.",
         "Update the fixed asset register and reconcile it to the insurance schedule before renewal on 1 October.",
         "Assistant Clerk", "Oct-25", "Amber"],
        ["5", "Transparency and website",
         "The website should publish all items required by the Transparency Code, including the 2023/24 notice of conclusion of audit.",
         "Publish the outstanding Transparency Code items and AGAR documents; add a publication checklist to the Clerk's annual calendar.",
         "Clerk", "31 August 2025", "Complete"],
        ["6", "Payroll and pensions",
         "Evidence of the Pensions Regulator re-declaration of compliance should be retained on file.",
         "Complete the Pensions Regulator re-declaration of compliance (due November 2025) and keep the confirmation on file.",
         "RFO", "Nov-25", "Red"],
        ["7", "Risk management",
         "The financial and operational risk assessment should be reviewed and formally approved by Council each year.",
         "Present the updated risk assessment to Full Council for approval.",
         "Clerk", "Jan-26", ""],
        ["", "", "", "", "", "", ""],
        ["Summary", "Complete: 2", "Green: 2", "Amber: 1", "Red: 1", "Not started: 1", "Total: 7"],
        ["", "", "", "", "", "", ""],
        ["Status key: Complete; Green = on track; Amber = behind target; Red = not actioned / overdue; blank = not yet started.", "", "", "", "", "", ""],
        ["Internal auditor: Gloucestershire Local Audit Services Ltd. Audit visits 12 March and 20 May 2025.", "", "", "", "", "", ""],
    ]
    with open(out("pd-bishops-cleeve-parish-council-internal-audit-action-plan-2024-25.csv"), "w",
              newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ================================================================ 7. The Children's Society ICO audit (txt, refuse)
def make_tcs():
    lines = [
        "The Children's Society – ICO Data Protection Audit: Management Action Plan",
        "Audit dates: 6–8 February 2024\tReport issued: 23 April 2024\tOverall assurance: Reasonable",
        "Exported from the Governance, Risk and Compliance system on 30/09/2024 for the Audit and Risk Committee",
        "",
        "\t".join(["Rec ref", "Scope area", "Priority", "ICO recommendation", "Agreed action", "Action owner", "Target date", "Status"]),
        "\t".join(["A05", "Governance and accountability", "High",
                   "The organisation should complete its Record of Processing Activities (ROPA) for all directorates.",
                   "Complete ROPA entries for the Fundraising and Retail directorates and have them signed off by each Information Asset Owner.",
                   "Data Protection Officer", "31/05/2024", "Complete"]),
        "\t".join(["A09", "Governance and accountability", "Medium",
                   "Data protection KPIs should be reported to the Information Governance Group each quarter.",
                   "Add SAR timeliness, breach numbers and training completion to the quarterly IG dashboard.",
                   "Head of Information Governance", "Jun-2024", "Complete"]),
        "\t".join(["B03", "Training and awareness", "High",
                   "Mandatory data protection training should be completed by all staff and volunteers, with completion monitored.",
                   "Roll out the refreshed e-learning module to staff and volunteers and report completion rates to directors monthly.",
                   "Head of Learning and Development", "Ocotber 2024", "Amber"]),
        "\t".join(["B07", "Training and awareness", "Low",
                   "Specialist training should be given to staff who handle subject access requests.",
                   "Deliver SAR handling workshops for the Supporter Care and Safeguarding teams.",
                   "Head of Information Governance", "December 2024", "Green"]),
        "\t".join(["C02", "Records management", "Urgent",
                   "The retention schedule should be applied to case records held in legacy shared drives.",
                   "Review and delete or archive legacy case files on the shared drives in line with the retention schedule.",
                   "Director of Digital and Technology; Data Protection Officer", "31/03/2025", "Amber"]),
        "\t".join(["C06", "Records management", "Medium",
                   "Paper records in local service offices should be stored securely and recorded on an index.",
                   "Carry out a records survey of all local service offices and create an index of paper records.",
                   "Records Manager", "Nov-2024", "Green"]),
        "\t".join(["D01", "Data sharing", "High",
                   "Data sharing agreements should be in place with all local authorities that commission services.",
                   "Put data sharing agreements in place with the 14 commissioning local authorities that do not have one.",
                   "Contracts Manager", "Q4 2024/25", "Red"]),
        "\t".join(["D04", "Data sharing", "Medium",
                   "Data protection impact assessments should be completed before new data sharing begins.",
                   "Make DPIA completion a mandatory gate in the new service set-up checklist.",
                   "Data Protection Officer", "30/09/2024", "Complete"]),
        "",
        "Total recommendations: 8   Complete: 3   Green: 2   Amber: 2   Red: 1",
        "Priority ratings are those given in the ICO audit report (Urgent, High, Medium, Low).",
    ]
    with open(out("pd-the-childrens-society-ico-data-protection-audit-action-plan-typo-month-refuse.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_ydnpa()
    make_dtcca()
    make_scottishpower()
    make_stlukes()
    make_hmrc()
    make_bishops_cleeve()
    make_tcs()
    print("built 7 pd- files in", HERE)
