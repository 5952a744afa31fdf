#!/usr/bin/env python
"""Build the seven op2- data files of set heldout436 (xlsx, docx, csv, txt)."""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

GREEN = "FF00B050"
AMBER = "FFFFC000"
RED = "FFFF0000"
BLUE = "FF00B0F0"
GREY = "FFD9D9D9"
NAVY = "FF1F3864"
thin = Side(style="thin", color="FF808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- 1. Cairngorms NPA board action log (xlsx)
def cairngorms():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    widths = {"A": 11, "B": 11, "C": 62, "D": 30, "E": 12, "F": 9, "G": 48}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "Cairngorms National Park Authority – Board Action Log"
    ws["A1"].font = Font(bold=True, size=14, color="FF385723")
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Rolling log of actions agreed at meetings of the Board. "
                "Updated 21 November 2025 for the Board meeting of 5 December 2025.")
    ws.merge_cells("A2:G2")
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "Status key:"
    ws["A3"].font = Font(bold=True)
    ws["B3"] = "Action complete"
    ws["B3"].fill = fill(GREEN)
    ws.merge_cells("B3:C3")
    ws["D3"] = "In progress – within timescale"
    ws["D3"].fill = fill(AMBER)
    ws["E3"] = "Overdue / at risk"
    ws["E3"].fill = fill(RED)
    ws.merge_cells("E3:G3")
    hdr = ["Action no.", "Minute para.", "Action", "Responsible", "Due by", "Status", "Update / comments"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF385723")
        c.border = BORDER
        c.alignment = WRAP
    ws.freeze_panes = "A6"

    rows = [
        ("meeting", "Board meeting – 26 September 2025 (Grantown-on-Spey)"),
        ("B25/41", "8(c)",
         "Circulate the revised benefits realisation framework for the Cairngorms 2030 programme to Board members for comment before the December meeting.",
         "Director of Corporate Services / Cairngorms 2030 Programme Manager", "Nov 2025", GREEN,
         "Circulated by email 14/11/25. Comments requested by 28/11/25."),
        ("B25/42", "11(a)",
         "Bring a paper to the Board setting out options for funding visitor management and seasonal ranger cover at Glenmore and Loch Morlich for summer 2026.",
         "Head of Visitor Services", "March 2026", AMBER,
         "Options being costed with Forestry and Land Scotland."),
        ("B25/43", "14",
         "Provide members with a briefing note on the implications of the Natural Environment (Scotland) Bill for the four aims of the National Park.",
         "Director of Nature & Climate Change", "05/12/2025", AMBER,
         "Draft prepared; to be issued with the December papers."),
        ("meeting", "Board meeting – 13 June 2025 (Ballater)"),
        ("B25/27", "6(d)",
         "Revise Standing Orders to reflect the change to the Planning Committee quorum and present them to the Board for approval.",
         "Clerk to the Board", "Sept 2025", RED,
         "Legal review not yet returned; Clerk chasing."),
        ("B25/29", "10",
         "Arrange a Board site visit to the Tomintoul and Glenlivet landscape partnership legacy sites.",
         "Head of Communications and Engagement", "Oct 2025", GREEN,
         "Visit held on 9 October 2025."),
        ("B25/30", "12(b)",
         "Share the outcome of the staff survey and the resulting action plan with the Staff Consultative Forum and report headline results to the Board.",
         "Head of HR & OD", "TBC", AMBER,
         "Survey closes 30 November; results to be reported in the new year."),
        ("meeting", "Board meeting – 21 March 2025 (Aviemore)"),
        ("B25/14", "9",
         "Review the Authority's risk appetite statement with the Audit and Risk Committee and bring a revised statement to the Board.",
         "Director of Corporate Services; Chair of ARC", "June 2025", RED,
         "ARC considered a draft on 29 August; further work requested on planning and reputational risk categories."),
    ]
    r = 6
    for row in rows:
        if row[0] == "meeting":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            for col in range(1, 8):
                ws.cell(row=r, column=col).fill = fill(GREY)
                ws.cell(row=r, column=col).border = BORDER
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            ref, para, action, lead, due, rag, upd = row
            vals = [ref, para, action, lead, due, None, upd]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BORDER
            ws.cell(row=r, column=6).fill = fill(rag)
        r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="Note: five actions reported as complete at the September Board have been removed from this log.")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    wb.save(out("op2-cairngorms-npa-board-action-log.xlsx"))


# ---------------------------------------------------------------- 2. DVSA programme highlight report (xlsx)
def dvsa():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov.column_dimensions["A"].width = 28
    cov.column_dimensions["B"].width = 50
    cov.column_dimensions["C"].width = 18
    cov.column_dimensions["D"].width = 36
    cov["A1"] = "Driver and Vehicle Standards Agency"
    cov["A1"].font = Font(bold=True, size=12)
    cov["A2"] = "Car Driving Test Recovery Programme – Highlight Report"
    cov["A2"].font = Font(bold=True, size=16, color="FF00703C")
    cov["A3"] = "OFFICIAL"
    cov["A3"].font = Font(bold=True, color="FFC00000")
    meta = [
        ("Reporting period", "1–31 October 2025"),
        ("Report date", "07/11/2025"),
        ("Senior Responsible Owner", "Chief Operating Officer"),
        ("Programme Director", "Head of Testing Capacity Programme"),
        ("Prepared by", "Programme Management Office"),
        ("Version", "v1.0 – for Programme Board 13/11/2025"),
    ]
    r = 5
    for k, v in meta:
        cov.cell(row=r, column=1, value=k).font = Font(bold=True)
        cov.cell(row=r, column=1).fill = fill(GREY)
        cov.cell(row=r, column=2, value=v)
        for col in (1, 2):
            cov.cell(row=r, column=col).border = BORDER
        r += 1
    r += 1
    cov.cell(row=r, column=1, value="Version history").font = Font(bold=True, size=12)
    r += 1
    for i, h in enumerate(["Version", "Date", "Author", "Summary of changes"], 1):
        c = cov.cell(row=r, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BORDER
    for vh in [("0.1", "03/11/2025", "PMO", "First draft from workstream returns"),
               ("0.2", "05/11/2025", "PMO", "Finance figures added"),
               ("1.0", "07/11/2025", "PMO", "Updated following SRO review")]:
        r += 1
        for i, v in enumerate(vh, 1):
            cov.cell(row=r, column=i, value=v).border = BORDER

    # Dashboard
    d = wb.create_sheet("Dashboard")
    for k, v in {"A": 14, "B": 12, "C": 12, "D": 90}.items():
        d.column_dimensions[k].width = v
    d["A1"] = "Programme status summary – October 2025"
    d["A1"].font = Font(bold=True, size=14)
    for i, h in enumerate(["Dimension", "Last period", "This period", "Commentary"], 1):
        c = d.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF00703C")
        c.border = BORDER
    ragfill = {"R": RED, "A": AMBER, "G": GREEN, "C": BLUE}
    dims = [
        ("Overall", "A", "A", "Average car test waiting time 21.4 weeks (September: 21.9). Recovery trajectory to 7 weeks now forecast for Q2 2026/27."),
        ("Schedule", "A", "R", "Two milestones have moved beyond tolerance (WS1.3 and WS3.1)."),
        ("Budget", "G", "G", "Forecast outturn £18.6m against budget of £19.0m."),
        ("Resources", "A", "A", "Examiner numbers 1,694 FTE against target of 1,760 FTE."),
        ("Benefits", "G", "A", "Tests conducted in October 4% below profile because of examiner sickness absence."),
    ]
    r = 4
    for dim, last, this, com in dims:
        d.cell(row=r, column=1, value=dim).font = Font(bold=True)
        for col, v in ((2, last), (3, this)):
            c = d.cell(row=r, column=col, value=v)
            c.fill = fill(ragfill[v])
            c.alignment = Alignment(horizontal="center")
        d.cell(row=r, column=4, value=com).alignment = WRAP
        for col in range(1, 5):
            d.cell(row=r, column=col).border = BORDER
        r += 1
    r += 1
    d.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for k, text in [("R", "Milestone will be missed without intervention by the Programme Board"),
                    ("A", "Milestone at risk but recoverable within programme tolerance"),
                    ("G", "On track to baseline date"),
                    ("C", "Milestone complete")]:
        r += 1
        c = d.cell(row=r, column=1, value=k)
        c.fill = fill(ragfill[k])
        c.alignment = Alignment(horizontal="center")
        d.cell(row=r, column=2, value=text)
    r += 2
    d.cell(row=r, column=1, value="Decisions required from Programme Board").font = Font(bold=True)
    r += 1
    d.cell(row=r, column=1,
           value="Approve release of £1.2m programme contingency to fund examiner overtime in Q4 (see milestone WS1.3).")

    # Milestones
    m = wb.create_sheet("Milestones")
    for k, v in {"A": 8, "B": 60, "C": 34, "D": 13, "E": 13, "F": 10, "G": 10, "H": 55}.items():
        m.column_dimensions[k].width = v
    m["A1"] = "Key milestones – status at 31 October 2025"
    m["A1"].font = Font(bold=True, size=14)
    hdr = ["Ref", "Milestone / deliverable", "Owner", "Baseline date", "Forecast date",
           "Previous RAG", "Current RAG", "Commentary"]
    for i, h in enumerate(hdr, 1):
        c = m.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF00703C")
        c.border = BORDER
        c.alignment = WRAP
    D = dt.datetime
    rows = [
        ("ws", "WS1 – Examiner recruitment and retention"),
        ("WS1.1", "Complete recruitment campaign 4 and confirm 120 offers to candidate driving examiners",
         "Head of Examiner Resourcing", D(2025, 9, 30), D(2025, 10, 31), "A", "C",
         "118 offers accepted; 2 reserve candidates held for cohort 21."),
        ("WS1.2", "Deliver initial training for examiner cohorts 17 to 20 at the Cardington training centre",
         "Head of Examiner Training", D(2025, 12, 19), D(2026, 1, 30), "G", "A",
         "Cohort 19 start moved by six weeks owing to trainer availability."),
        ("WS1.3", "Agree Q4 overtime and ‘ready reserve’ examiner incentive scheme with DfT and HM Treasury",
         "Director of Operations / HR Director", D(2025, 10, 31), D(2025, 12, 12), "A", "R",
         "HMT approval outstanding; decision sought from Programme Board on use of contingency."),
        ("ws", "WS2 – Booking service and customer demand"),
        ("WS2.1", "Implement changes to the car test booking rules so that only learners can book and manage their own tests",
         "Deputy Director, Digital Services", D(2026, 3, 31), D(2026, 3, 31), "G", "G",
         "Secondary legislation laid 20 October 2025."),
        ("WS2.2", "Publish monthly test availability data by test centre on GOV.UK",
         "Head of Data and Analytics", D(2025, 8, 29), D(2025, 8, 29), "C", "C",
         "Published monthly since August."),
        ("WS2.3", "Introduce an automated cancellation-alert service for candidates with tests more than 16 weeks away",
         "K. Osei / L. Brennan", D(2025, 11, 28), D(2026, 2, 27), "A", "A",
         "Supplier change request approved; user acceptance testing scheduled for January."),
        ("ws", "WS3 – Test centre capacity"),
        ("WS3.1", "Open an additional temporary driving test centre in the Thames Gateway area",
         "Head of Estates", D(2026, 1, 30), D(2026, 4, 30), "A", "R",
         "Preferred site withdrawn by landlord; two alternatives under assessment."),
        ("WS3.2", "Extend Saturday and bank holiday testing at 40 high-demand test centres",
         "Regional Operations Managers", D(2025, 11, 1), D(2025, 11, 1), "G", "G",
         "Rotas in place from 1 November."),
    ]
    r = 4
    for row in rows:
        if row[0] == "ws":
            c = m.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            for col in range(1, 9):
                m.cell(row=r, column=col).fill = fill("FFE2EFDA")
                m.cell(row=r, column=col).border = BORDER
            m.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            for i, v in enumerate(row, 1):
                c = m.cell(row=r, column=i, value=v)
                c.border = BORDER
                c.alignment = WRAP
                if i in (4, 5):
                    c.number_format = "dd/mm/yyyy"
                if i in (6, 7):
                    c.fill = fill(ragfill[v])
                    c.alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    m.cell(row=r, column=1,
           value="Baseline dates as agreed at Programme Board on 10 April 2025 (re-baseline 2). Forecast dates are the PMO's current view.")
    m.cell(row=r, column=1).font = Font(italic=True, size=9)

    # Finance
    f = wb.create_sheet("Finance")
    for k, v in {"A": 40, "B": 16, "C": 16, "D": 16}.items():
        f.column_dimensions[k].width = v
    f["A1"] = "Financial summary 2025/26 (£k)"
    f["A1"].font = Font(bold=True, size=14)
    for i, h in enumerate(["Budget line", "Budget", "Forecast outturn", "Variance"], 1):
        c = f.cell(row=3, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
    lines = [("Examiner recruitment and training", 9200, 9050),
             ("Overtime and incentive payments", 4300, 4300),
             ("Digital booking changes", 2600, 2450),
             ("Estates – temporary test centres", 2100, 1900),
             ("Programme team", 800, 900)]
    r = 4
    for name, b, fc in lines:
        f.cell(row=r, column=1, value=name)
        f.cell(row=r, column=2, value=b)
        f.cell(row=r, column=3, value=fc)
        f.cell(row=r, column=4, value=f"=B{r}-C{r}")
        r += 1
    f.cell(row=r, column=1, value="Total").font = Font(bold=True)
    f.cell(row=r, column=2, value="=SUM(B4:B8)")
    f.cell(row=r, column=3, value="=SUM(C4:C8)")
    f.cell(row=r, column=4, value=f"=B{r}-C{r}")
    wb.save(out("op2-dvsa-driving-test-recovery-programme-highlight-report.xlsx"))


# ---------------------------------------------------------------- 3. WMCA strategic risk register (xlsx, refuse)
def wmca():
    wb = Workbook()
    ws = wb.active
    ws.title = "SRR Q2 2025-26"
    widths = {"A": 8, "B": 40, "C": 24, "D": 10, "E": 38, "F": 10, "G": 8, "H": 52, "I": 30, "J": 13, "K": 9}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "West Midlands Combined Authority – Strategic Risk Register, Quarter 2 2025/26"
    ws["A1"].font = Font(bold=True, size=14, color="FF3C1053")
    ws.merge_cells("A1:K1")
    ws["A2"] = "Appendix 1 to the report to the Audit, Risk and Assurance Committee, 24 November 2025"
    ws.merge_cells("A2:K2")
    ws["A3"] = ("Scores are Likelihood x Impact (1–5 each). Residual score: 1–6 Green, 8–12 Amber, 15–25 Red. "
                "Trend: ↑ increasing, ↔ stable, ↓ reducing.")
    ws["A3"].font = Font(italic=True, size=9)
    ws.merge_cells("A3:K3")
    hdr = ["Risk ref", "Risk description", "Risk owner", "Inherent score", "Key controls in place",
           "Residual score", "Trend", "Further mitigating actions", "Action owner", "Target date", "Action RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF3C1053")
        c.alignment = WRAP
        c.border = BORDER
    risks = [
        ("SR01", "Financial sustainability – the Authority cannot set a balanced medium-term budget because of transport cost pressures and uncertainty over future funding.",
         "Executive Director of Finance", 20,
         "Medium Term Financial Plan refreshed annually; monthly budget monitoring to SLT; reserves policy.", 16, "↑",
         [("Refresh the Medium Term Financial Plan to reflect the 2026/27 Integrated Settlement allocation.",
           "Head of Financial Planning", "Dec 2025", "A"),
          ("Agree the transport levy approach for 2026/27 with the seven constituent councils.",
           "Executive Director of Finance; Executive Director of Transport", "Febuary 2026", "A")]),
        ("SR02", "Integrated Settlement – targets in the outcomes framework are not met, reducing the flexibilities agreed with Government.",
         "Executive Director of Strategy, Integration & Net Zero", 16,
         "Single Assurance Framework; programme boards for each settlement pillar.", 12, "↔",
         [("Complete the outcomes framework baseline and agree indicator definitions with MHCLG.",
           "Head of Performance", "Oct 2025", "G"),
          ("Establish quarterly Integrated Settlement assurance reporting to the WMCA Board.",
           "Director of Policy & Performance", "Mar 2026", "G")]),
        ("SR03", "Bus reform – the franchising programme is not delivered to time and budget, delaying improvements to the network.",
         "Executive Director of Transport (TfWM)", 20,
         "Bus Reform Programme Board; external commercial advisers; gateway reviews.", 15, "↔",
         [("Complete the procurement strategy for the Tranche 1 franchise contracts.",
           "Bus Reform Programme Director", "Jan 2026", "A"),
          ("Recruit to the 14 vacant posts in the bus reform programme team.",
           "Bus Reform Programme Director / HR Business Partner", "Mar 2026", "R")]),
        ("SR04", "Cyber security – a successful cyber attack disrupts services or results in the loss of personal data.",
         "Director of Digital", 20,
         "Managed security operations centre; multi-factor authentication; annual penetration testing.", 12, "↓",
         [("Complete Cyber Essentials Plus reaccreditation.",
           "Head of IT Security", "Nov 2025", "G"),
          ("Run a cyber incident exercise with SLT and the Swift and Network West Midlands service teams.",
           "Head of IT Security", "Jan 2026", "A")]),
        ("SR05", "Adult skills – the devolved Adult Skills Fund is underspent at year end, reducing future allocations.",
         "Executive Director of Employment, Skills, Health & Communities", 12,
         "Provider performance reviews; in-year reallocation process.", 9, "↔",
         [("Reprofile Adult Skills Fund allocations with providers at the mid-year performance review.",
           "Head of Skills Delivery", "Dec 2025", "A")]),
    ]
    ragfill = {"R": RED, "A": AMBER, "G": GREEN}
    r = 6
    for ref, desc, owner, inh, ctrl, res, trend, acts in risks:
        first = r
        for col, v in zip(range(1, 8), (ref, desc, owner, inh, ctrl, res, trend)):
            c = ws.cell(row=r, column=col, value=v)
            c.alignment = WRAP
        resfill = RED if res >= 15 else AMBER if res >= 8 else GREEN
        ws.cell(row=r, column=6).fill = fill(resfill)
        for a, who, when, rag in acts:
            ws.cell(row=r, column=8, value=a).alignment = WRAP
            ws.cell(row=r, column=9, value=who).alignment = WRAP
            ws.cell(row=r, column=10, value=when).alignment = WRAP
            c = ws.cell(row=r, column=11, value=rag)
            c.fill = fill(ragfill[rag])
            c.alignment = Alignment(horizontal="center", vertical="top")
            for col in range(1, 12):
                ws.cell(row=r, column=col).border = BORDER
            r += 1
        if r - first > 1:
            for col in range(1, 8):
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="Risk SR06 (Commonwealth Games legacy funding) was closed at Quarter 1 and has been removed from the register.")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    wb.save(out("op2-west-midlands-ca-strategic-risk-register-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=None, color=None):
    """Write text; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


# ---------------------------------------------------------------- 4. Wessex Water HSE improvement notices (docx)
def wessex():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Avonmouth Water Recycling Centre – HSE Improvement Notices Remedial Action Plan", style="Title")
    doc.add_paragraph("Wessex Water Services Ltd – Health, Safety & Wellbeing")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.2"), ("Date", "24 November 2025"),
                 ("Plan owner", "Director of Health, Safety & Wellbeing"),
                 ("Approved by", "Executive Health & Safety Committee"),
                 ("Review frequency", "Fortnightly until all notices are closed")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        shade(row[0], "D9E2F3")
        set_cell(row[1], v)
    doc.add_paragraph()
    doc.add_paragraph(
        "On 15 September 2025 HM Inspector of Health and Safety served three Improvement Notices on the company under "
        "section 21 of the Health and Safety at Work etc. Act 1974, following an inspection of the Avonmouth site on "
        "2–3 September 2025. This plan sets out the actions being taken to comply with each notice by its compliance date.")
    doc.add_paragraph(
        "Status key: Complete; On track; Amber – at risk of missing the compliance date; "
        "Red – the compliance date will be missed and an extension is to be requested from HSE.")

    notices = [
        ("Notice 1 – IN 318/CG/2025-01: Confined spaces",
         "Carry out a suitable and sufficient assessment of the risks from entry into the inlet works wet well and the "
         "digester gas culverts, and put in place a safe system of work for entry that includes arrangements for emergency rescue.",
         "28 November 2025",
         [("1.1", "Commission an independent confined space risk assessment of the inlet works wet well and the digester gas culverts.",
           "Confined Spaces Lead (Asset Operations)", "10/10/2025", "Complete",
           "Assessment report CS-AVM-0925 received 8 October."),
          ("1.2", "Rewrite the safe system of work and permit-to-work procedure for both spaces, including gas monitoring and isolation requirements.",
           "WRC Operations Manager; H&S Business Partner", "31/10/2025", "Complete",
           "Procedure SSW-112 issued 30 October; briefed to all shifts."),
          ("1.3", "Provide a dedicated rescue team on site for all entries and hold the first rescue drill before the compliance date.",
           "Head of Water Recycling (North)", "28/11/2025", "On track",
           "Contract with specialist rescue provider signed 3 November; first drill booked for 20 November.")]),
        ("Notice 2 – IN 318/CG/2025-02: Exposure to hydrogen sulphide",
         "Assess the risks to employees from exposure to hydrogen sulphide in the sludge treatment centre and put in place "
         "measures to prevent or adequately control that exposure, including fixed gas detection.",
         "12 December 2025",
         [("2.1", "Install fixed hydrogen sulphide detection with audible and visual alarms in the sludge cake reception building and the thickening plant.",
           "Capital Delivery Project Manager", "05/12/2025", "Amber",
           "Detector lead time 10 weeks; portable area monitors in place as an interim control since 22 September."),
          ("2.2", "Issue personal gas monitors to all operators and contractors working in the sludge treatment centre and record daily bump tests.",
           "Sludge Treatment Centre Manager", "30/09/2025", "Complete",
           "42 monitors issued; bump test log checked weekly."),
          ("2.3", "Review the COSHH assessments for the sludge treatment centre and brief all staff on the revised controls.\n"
                  "Record attendance at the toolbox talks in the learning system.",
           "H&S Business Partner", "w/c 17/11/2025", "On track",
           "COSHH assessments reissued 7 November.")]),
        ("Notice 3 – IN 318/CG/2025-03: Workplace transport",
         "Ensure that pedestrians and vehicles can circulate safely in the sludge export yard by separating pedestrian "
         "routes from vehicle routes and controlling reversing operations.",
         "16 January 2026",
         [("3.1", "Complete a workplace transport risk assessment for the sludge export yard and the tanker loading bays.",
           "Site Manager, Avonmouth WRC", "31 October 2025", "Complete",
           "Risk assessment WTRA-AVM-03 approved 29 October."),
          ("3.2", "Install physical barriers and marked pedestrian walkways between the welfare building and the tanker loading bays.",
           "Capital Delivery Project Manager", "By 9 January 2026", "Red",
           "Barrier supplier delayed; extension request being prepared for HM Inspector."),
          ("3.3", "Appoint trained banksmen for all tanker reversing movements and update the site rules for hauliers.",
           "Logistics Manager / Site Manager", "Dec 2025", "On track",
           "Six banksmen trained; haulier site rules in draft.")]),
    ]
    for heading, req, compl, acts in notices:
        doc.add_heading(heading, level=1)
        p = doc.add_paragraph()
        p.add_run("Requirement of the notice").bold = True
        p2 = doc.add_paragraph()
        p2.add_run(req).italic = True
        p3 = doc.add_paragraph()
        p3.add_run("Compliance date: ").bold = True
        p3.add_run(compl)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["No.", "Action", "Owner", "Target date", "Status", "Evidence / progress"]):
            set_cell(c, h, bold=True, color="FFFFFF")
            shade(c, "005EB8")
        colours = {"Complete": "9BC2E6", "On track": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, a):
                set_cell(c, v)
            shade(cells[4], colours[a[4]])
        doc.add_paragraph()
    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Role", "Name", "Date"]):
        set_cell(c, h, bold=True)
    for row in [("Prepared by: Head of Health & Safety Assurance", "R. Okafor", "24/11/2025"),
                ("Approved by: Director of Health, Safety & Wellbeing", "C. Penrose", "25/11/2025")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.save(out("op2-wessex-water-hse-improvement-notices-action-plan.docx"))


# ---------------------------------------------------------------- 5. Bootham School ISI post-inspection action plan (docx)
def bootham():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    doc.add_paragraph("Bootham School – Post-Inspection Action Plan", style="Title")
    doc.add_paragraph(
        "ISI routine inspection, 4–6 March 2025. Report published 22 April 2025. Plan approved by the Board of "
        "Governors on 17 May 2025 and reviewed by the Education Committee each term.")
    doc.add_heading("Summary of inspection findings", level=2)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_cell(t.rows[0].cells[0], "Standards", bold=True)
    set_cell(t.rows[0].cells[1], "Outcome", bold=True)
    for k, v in [("The Independent School Standards", "Met"),
                 ("National Minimum Standards for Boarding Schools", "Met"),
                 ("Safeguarding", "Effective")]:
        cells = t.add_row().cells
        set_cell(cells[0], k)
        set_cell(cells[1], v)
    doc.add_paragraph()
    doc.add_heading("Action plan – ISI recommended next steps", level=2)
    doc.add_paragraph("RAG: G – on track; A – some slippage; R – significant concern; B – completed and embedded.")
    hdr = ["Ref", "Action", "Lead", "Timescale", "Success criteria / evidence",
           "Previous RAG (June 2025)", "Current RAG (November 2025)"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr):
        set_cell(c, h, bold=True, color="FFFFFF")
        shade(c, "7B2C3B")
    ragshade = {"G": "92D050", "A": "FFC000", "R": "FF0000", "B": "00B0F0", "": None}

    def band(text, colour, italic=False, bold=True):
        cells = t.add_row().cells
        merged = cells[0].merge(cells[-1])
        set_cell(merged, text, bold=bold, italic=italic)
        shade(merged, colour)

    plan = [
        ("1. Leadership and management, and governance",
         "Leaders should ensure that governors receive sufficiently detailed information about the impact of the school’s improvement priorities to hold leaders to account.",
         [("1a", "Introduce a termly impact report from the Senior Leadership Team to the Education Committee against each School Development Plan priority.",
           "Deputy Head (Academic)", "Autumn term 2025",
           "Impact reports minuted by the Education Committee.", "A", "G"),
          ("1b", "Arrange link-governor visits for each development priority, with a written note of each visit shared with the full Board.",
           "Chair of Governors / Clerk to the Governors", "Termly",
           "Visit notes on the governors’ portal.", "G", "G")]),
        ("2. Quality of education, training and recreation",
         "Leaders should ensure that teachers in Years 7 to 9 consistently adapt tasks so that the most able pupils are challenged to reach the highest standards.",
         [("2a", "Deliver whole-staff INSET on adaptive teaching and stretch for the most able, led by the Teaching and Learning Group.",
           "Assistant Head (Teaching and Learning)", "September 2025",
           "INSET delivered 2 September; staff feedback 94% positive.", "G", "B"),
          ("2b", "Add a focus on challenge for the most able to the lesson observation and learning walk schedule, and report findings to SLT.",
           "Heads of Department", "Summer term 2026",
           "Learning walk summaries each half term.", "", "G"),
          ("2c", "Review the Year 7–9 scheme of work in each subject to include extension tasks, starting with mathematics, science and English.",
           "Deputy Head (Academic); Heads of Department", "Ongoing",
           "Revised schemes of work on the shared drive.", "A", "A")]),
        ("3. Pupils’ physical and mental health and emotional wellbeing",
         "Leaders should ensure that records of low-level concerns about pupils’ wellbeing in the boarding houses are analysed systematically to identify patterns.",
         [("3a", "Move boarding house pastoral logs onto the school’s CPOMS system so that all concerns are recorded in one place.",
           "Head of Boarding", "July 2025",
           "All four houses recording on CPOMS from 1 July.", "G", "B"),
          ("3b", "Produce a half-termly analysis of pastoral concerns by house and year group for the Designated Safeguarding Lead and the Pastoral Committee.",
           "Deputy Head (Pastoral)", "Autumn term 2025",
           "First analysis presented to Pastoral Committee.", "A", "R")]),
    ]
    for area, rec, acts in plan:
        band(area, "D9D9D9")
        band(rec, "F2E6E9", italic=True, bold=False)
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, a):
                set_cell(c, v)
            for idx in (5, 6):
                if ragshade[a[idx]]:
                    shade(cells[idx], ragshade[a[idx]])
                    cells[idx].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph()
    doc.add_paragraph("Next review: Education Committee, February 2026.")
    doc.save(out("op2-bootham-school-isi-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 6. Hebden Royd Town Council internal audit action plan (csv)
def hebden():
    rows = [
        ["Hebden Royd Town Council – Internal Audit Report 2024/25: Action Plan"] + [""] * 7,
        ["Presented to Finance & General Purposes Committee, 9 September 2025"] + [""] * 7,
        [""] * 8,
        ["Status key: B = complete; G = on track; A = behind target; R = not progressed"] + [""] * 7,
        [""] * 8,
        ["Ref", "Control objective", "Internal auditor's recommendation", "Agreed action",
         "Responsible officer", "Target date", "Status", "Progress note"],
        ["IA1", "B. Financial regulations and payments",
         "Financial Regulations have not been reviewed since 2021 and do not reflect the 2024 NALC model, including the revised procurement thresholds.",
         "Adopt updated Financial Regulations based on the NALC 2024 model at Full Council.",
         "Town Clerk", "Nov-25", "G",
         "Draft to F&GP 9 September; recommended to Full Council on 13 November."],
        ["IA2", "",
         "Two payments were released before the invoices had been approved; every payment should be authorised by two members before release.",
         "Introduce dual online authorisation by two councillors for all bank payments and record approvals on the payments schedule.",
         "RFO", "30/06/2025", "B", "Dual authorisation live since June."],
        ["IA3", "C. Risk management",
         "The risk register was last reviewed in 2023 and should be reviewed and formally adopted every year.",
         "Review the risk register, including the Memorial Hall and allotments, and present it to Full Council for adoption.",
         "Town Clerk / Deputy Town Clerk", "March 2026", "A",
         "Review delayed by the Clerk vacancy over the summer."],
        ["IA4", "H. Asset register",
         "The fixed asset register does not include the new play equipment at Calder Holmes Park or the two defibrillators.",
         "Update the asset register with all acquisitions since 2022.\nReconcile the register to the insurance schedule before renewal.",
         "RFO", "By 31 January 2026", "G", ""],
        ["IA5", "G. Salaries and allowances",
         "Evidence of the annual review of staff pay against the NJC scales was not retained.",
         "Record the NJC pay award and the annual staff pay review in the minutes of the Staffing Committee.",
         "Chair of Staffing Committee", "Ongoing", "G", "Pay award 2025/26 minuted 15 July."],
        ["IA6", "L. Publication requirements",
         "The council website does not show the notice of the period for the exercise of public rights for 2023/24.",
         "Publish the notice of public rights and the 2023/24 AGAR documents on the council website and set a reminder for future years.",
         "Deputy Town Clerk", "Jul-25", "B", "Published 4 July."],
        [""] * 8,
        ["Total recommendations: 6", "Complete: 2", "On track: 3", "Behind target: 1", "", "", "", ""],
    ]
    with open(out("op2-hebden-royd-town-council-internal-audit-action-plan.csv"), "w",
              newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------- 7. NSPCC ICO data protection audit action plan (txt, tab-separated)
def nspcc():
    cols = 7
    rows = [
        ["NSPCC – ICO Data Protection Audit: Management Action Plan"],
        ["Audit fieldwork: 9–12 June 2025. Final report issued: 18 August 2025. Overall assurance: Reasonable."],
        ["Progress position at 31 October 2025 – reported to the Audit and Risk Committee"],
        [],
        ["ICO priority ratings: Urgent / High / Medium / Low"],
        [],
        ["Ref", "ICO recommendation", "Priority", "Agreed management action", "Owner",
         "Implementation date", "Status"],
        ["A. Governance and Accountability"],
        ["A1", "The NSPCC should ensure that its Record of Processing Activities is complete for all directorates, including Childline and the Helpline.",
         "High", "Complete Record of Processing Activities entries for Childline, the Helpline and Fundraising, and assign an Information Asset Owner to each entry.",
         "Data Protection Officer", "31/12/2025", "Amber"],
        ["A2", "Data protection key performance indicators should be reported to the Executive Board at least quarterly.",
         "Medium", "Add data protection KPIs (subject access requests, breaches, training completion) to the quarterly Executive Board performance pack.",
         "Director of Governance", "Q3 2025/26", "Complete"],
        ["B. Training and Awareness"],
        ["B1", "Completion of mandatory data protection training should be monitored and escalated where it falls below 95%.",
         "High", "Set up monthly completion reports by team from the learning platform.\nEscalate any team below 95% to the relevant director.",
         "Head of People Operations; DPO", "30/11/2025", "On track"],
        ["B2", "Volunteers at Childline bases should receive role-specific training on handling special category data.",
         "Medium", "Develop a Childline volunteer module on special category data and include it in volunteer induction from January 2026.",
         "Childline Volunteer Training Manager", "Jan-26", "On track"],
        ["C. Records Management"],
        ["C1", "The retention schedule should be applied to legacy shared drives, and records held beyond their retention period should be destroyed.",
         "Urgent", "Run a retention review of legacy shared drives and delete records past their retention period, with sign-off from each Information Asset Owner.",
         "Head of Information Governance", "March 2026", "Red"],
        ["C2", "Paper case records held at regional offices should be inventoried and access to them controlled.",
         "Medium", "Complete an inventory of paper records at the six regional hubs and move them to secure storage.",
         "Facilities Manager / Head of Information Governance", "Q4 2025/26", "Amber"],
        ["D. Data Sharing"],
        ["D1", "Data sharing agreements with local authority partners should be reviewed and recorded centrally.",
         "High", "Review all data sharing agreements with local authority partners and record each one in the data sharing log.",
         "Senior Legal Counsel", "28/02/2026", "On track"],
        ["D2", "Data protection impact assessments should be completed before new data sharing arrangements go live.",
         "Low", "Update the project governance checklist so that a DPIA is required before any new data sharing goes live.",
         "Data Protection Officer", "Sept 2025", "Complete"],
        [],
        ["Summary: 8 recommendations – Complete 2, On track 3, Amber 2, Red 1. Next ICO follow-up review: February 2026."],
    ]

    def field(v):
        if "\n" in v or "\t" in v or '"' in v:
            return '"' + v.replace('"', '""') + '"'
        return v

    lines = []
    for row in rows:
        row = row + [""] * (cols - len(row))
        lines.append("\t".join(field(v) for v in row))
    with open(out("op2-nspcc-ico-data-protection-audit-action-plan.txt"), "w", newline="", encoding="utf-8") as fh:
        fh.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    cairngorms()
    dvsa()
    wmca()
    wessex()
    bootham()
    hebden()
    nspcc()
    print("built 7 files in", HERE)
