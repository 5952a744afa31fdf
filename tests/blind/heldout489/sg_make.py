#!/usr/bin/env python3
"""Build the seven sg- data files of set heldout489.

Run with: /work/main/.venv/bin/python sg_make.py
Writes only files whose names start with "sg-" in this script's folder.
"""
import csv
import io
import os
from datetime import datetime

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("sg-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
HEAD = fill("1F3864")
HEADFONT = Font(bold=True, color="FFFFFF")


def put_row(ws, r, values, border=True, wrap=True, bold=False):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        if border:
            cell.border = BOX
        if wrap:
            cell.alignment = WRAP
        if bold:
            cell.font = BOLD


def header_row(ws, r, values):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.fill = HEAD
        cell.font = HEADFONT
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")


def widths(ws, ws_widths):
    for letter, w in ws_widths.items():
        ws.column_dimensions[letter].width = w


def d(y, m, day):
    return datetime(y, m, day)


# ================================================================ 1. Lewisham
def lewisham():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "London Borough of Lewisham"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Internal Audit – Outstanding Recommendations Summary"
    s["A2"].font = Font(bold=True, size=12)
    s["A3"] = "Audit and Risk Committee, 11 November 2025 (position at 30 September 2025)"
    header_row(s, 5, ["Directorate", "High", "Medium", "Low", "Total tracked", "Implemented", "Overdue"])
    rows = [
        ["Housing", 2, 1, 0, 3, 1, 1],
        ["Children and Young People", 2, 1, 0, 3, 0, 0],
        ["Corporate Resources", 1, 1, 0, 2, 1, 1],
    ]
    for i, r in enumerate(rows):
        put_row(s, 6 + i, r, wrap=False)
    put_row(s, 9, ["Total", 5, 3, 0, 8, 2, 2], wrap=False, bold=True)
    s["A12"] = "Status key"
    s["A12"].font = BOLD
    key = [
        ("Implemented", BLUE, "Action complete and verified by Internal Audit"),
        ("On track", GREEN, "Action in progress and expected by the target date"),
        ("Revised date", AMBER, "Original target date missed; revised date agreed with the Head of Assurance"),
        ("Overdue", RED, "Target date passed and no revised date agreed"),
        ("Not started", None, "Action not yet due to start"),
    ]
    for i, (word, colour, meaning) in enumerate(key):
        r = 13 + i
        s.cell(row=r, column=1, value=word).border = BOX
        if colour:
            s.cell(row=r, column=1).fill = fill(colour)
        s.cell(row=r, column=2, value=meaning)
        s.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
    widths(s, {"A": 28, "B": 10, "C": 10, "D": 8, "E": 14, "F": 13, "G": 10})

    t = wb.create_sheet("Tracker")
    t["A1"] = "Internal Audit Recommendations Tracker 2025/26"
    t["A1"].font = Font(bold=True, size=14)
    t.merge_cells("A1:J1")
    t["A2"] = "Position at 30 September 2025 – prepared by the Head of Assurance"
    t.merge_cells("A2:J2")
    header_row(t, 4, ["Ref", "Audit (year)", "Priority", "Recommendation", "Agreed management action",
                      "Action owner", "Original target date", "Revised target date", "Status",
                      "Latest update (September 2025)"])
    status_fill = {"Implemented": BLUE, "On track": GREEN, "Revised date": AMBER, "Overdue": RED}

    def section(r, text):
        t.cell(row=r, column=1, value=text).font = Font(bold=True, color="FFFFFF")
        for c in range(1, 11):
            t.cell(row=r, column=c).fill = fill("2E75B6")
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)

    def action(r, vals):
        put_row(t, r, vals)
        for c in (7, 8):
            t.cell(row=r, column=c).number_format = "dd/mm/yyyy"
        st = vals[8]
        if st in status_fill:
            t.cell(row=r, column=9).fill = fill(status_fill[st])

    section(5, "Housing")
    action(6, ["HSG-01", "Repairs Service – Disrepair (2024/25)", "High",
               "Disrepair claims should be logged on a single case management system with a named case officer and legal deadlines diarised.",
               "Migrate all open disrepair cases from spreadsheets to the Civica Cx disrepair module and assign a named case officer to each.",
               "Head of Repairs", d(2025, 3, 31), d(2025, 11, 30), "Revised date",
               "Migration 85% complete; remaining cases to transfer by end of November."])
    action(7, ["HSG-02", None, "Medium",
               "Performance on disrepair response times should be reported monthly to the Housing Management Team.",
               "Add disrepair response-time indicators to the monthly Housing performance pack.",
               "Head of Housing Performance and Insight", d(2025, 6, 30), None, "Implemented",
               "Indicators included from the July 2025 pack."])
    t.merge_cells("B6:B7")
    action(8, ["HSG-03", "Rent Arrears Recovery (2024/25)", "High",
               "Former tenant arrears should be reviewed and either pursued or written off in line with the Council's debt policy.",
               "Complete a one-off review of former tenant arrears over £1,000 and submit write-off requests to the Executive Director for Corporate Resources.",
               "Head of Income Collection / Head of Tenancy Services", d(2025, 6, 30), None, "Overdue",
               "Review of 412 cases not yet started due to staffing; escalated to Housing DMT."])
    section(9, "Children and Young People")
    action(10, ["CYP-01", "Direct Payments – Children with Disabilities (2024/25)", "High",
                "Direct payment accounts should be audited annually and unspent balances recovered.",
                "Introduce an annual audit of all children's direct payment accounts using the adults' audit template.",
                "Service Manager, Children with Disabilities", d(2025, 12, 31), None, "On track",
                "Template adapted; first audits scheduled from October 2025."])
    action(11, ["CYP-02", None, None, None,
                "Recover unspent balances of more than eight weeks' payments identified at the 2024 audit.",
                "Service Manager, Children with Disabilities", d(2025, 9, 30), d(2026, 1, 31), "Revised date",
                "£46k of £71k recovered; two families on repayment plans."])
    for col in ("B", "C", "D"):
        t.merge_cells(f"{col}10:{col}11")
    action(12, ["CYP-03", "Schools Financial Value Standard (2025/26)", "Medium",
                "Schools should evidence governing body approval of the SFVS return before submission.",
                "Issue revised SFVS guidance to all maintained schools requiring the minutes of approval to be attached to each return.",
                "Schools Finance Manager", d(2026, 1, 31), None, "Not started",
                "Guidance to be issued with the December schools finance bulletin."])
    section(13, "Corporate Resources")
    action(14, ["CR-01", "VAT (2023/24)", "High",
                "VAT partial exemption calculations should be completed annually and reviewed by a suitably qualified officer.",
                "Complete the 2023/24 and 2024/25 partial exemption calculations and have them reviewed by the external VAT adviser.",
                "Chief Accountant", d(2024, 12, 31), d(2025, 6, 30), "Overdue",
                "2023/24 calculation complete; 2024/25 delayed by closure of accounts. No new date yet agreed."])
    action(15, ["CR-02", "Procurement Cards (2025/26)", "Medium",
                "Cardholder transaction limits should be reviewed and reduced where cards are little used.",
                "Review all procurement card limits and cancel cards that have not been used for six months.",
                "Procurement Manager & Payments Team Leader", d(2025, 9, 30), None, "Implemented",
                "67 dormant cards cancelled; limits reduced on 22 cards."])
    t["A17"] = ("Note: target dates are those agreed with management at the close of each audit; "
                "revised dates require the agreement of the Head of Assurance.")
    t.merge_cells("A17:J17")
    t["A18"] = "Source: Pentana audit management system, extracted 3 October 2025."
    t.merge_cells("A18:J18")
    widths(t, {"A": 9, "B": 22, "C": 9, "D": 40, "E": 44, "F": 24, "G": 12, "H": 12, "I": 13, "J": 40})
    t.freeze_panes = "A5"
    wb.active = 1
    wb.save(out("sg-lewisham-council-internal-audit-recommendations-tracker.xlsx"))


# ================================================================ 2. North Tyneside
def north_tyneside():
    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc["A1"] = "North Tyneside Council – Strategic Risk Register 2025/26"
    dc["A1"].font = Font(bold=True, size=14)
    put_row(dc, 3, ["Register owner", "Senior Leadership Team"], wrap=False)
    put_row(dc, 4, ["Reported to", "Audit Committee (quarterly)"], wrap=False)
    put_row(dc, 5, ["Maintained by", "Risk and Resilience Manager"], wrap=False)
    header_row(dc, 7, ["Version", "Date", "Author", "Changes"])
    put_row(dc, 8, ["1.0", d(2025, 4, 14), "Risk and Resilience Manager", "Annual refresh agreed by Senior Leadership Team"])
    put_row(dc, 9, ["1.1", d(2025, 7, 22), "Risk and Resilience Manager", "Quarter 1 review; SR04 target score revised"])
    put_row(dc, 10, ["1.2", d(2025, 10, 20), "Risk and Resilience Manager", "Quarter 2 review; SR05 current score increased from 12 to 16"])
    for r in (8, 9, 10):
        dc.cell(row=r, column=2).number_format = "dd/mm/yyyy"
    widths(dc, {"A": 18, "B": 26, "C": 28, "D": 60})

    k = wb.create_sheet("Scoring key")
    k["A1"] = "Risk scoring (likelihood x impact)"
    k["A1"].font = BOLD
    header_row(k, 2, ["Score", "Likelihood", "Impact"])
    lik = ["Rare", "Unlikely", "Possible", "Likely", "Almost certain"]
    imp = ["Negligible", "Minor", "Moderate", "Major", "Critical"]
    for i in range(5):
        put_row(k, 3 + i, [i + 1, lik[i], imp[i]], wrap=False)
    k["A9"] = "Risk rating"
    k["A9"].font = BOLD
    for i, (band, col) in enumerate([("15–25 High", RED), ("8–12 Medium", AMBER), ("1–6 Low", GREEN)]):
        c = k.cell(row=10 + i, column=1, value=band)
        c.fill = fill(col)
        c.border = BOX
    k["A14"] = "Action status"
    k["A14"].font = BOLD
    for i, (word, meaning) in enumerate([
            ("Complete", "Blue – action delivered"),
            ("On track", "Green – expected by target date"),
            ("Behind schedule", "Amber – some slippage, target date at risk"),
            ("Off track", "Red – target date will be missed"),
            ("Not started", "Not yet due to start")]):
        put_row(k, 15 + i, [word, meaning], wrap=False)
    widths(k, {"A": 18, "B": 44, "C": 16})

    r_ = wb.create_sheet("Register")
    r_["A1"] = "North Tyneside Council"
    r_["A1"].font = Font(bold=True, size=14)
    r_["A2"] = "Strategic Risk Register – Quarter 2 2025/26"
    r_["A2"].font = Font(bold=True, size=12)
    r_["A3"] = "Reviewed by Senior Leadership Team 7 October 2025; Audit Committee 12 November 2025"
    cols = ["Risk", "Cause and consequence", "Risk owner", "Inherent score", "Key controls in place",
            "Current score", "Direction", "Ref", "Further action required", "Action owner", "Target date",
            "Action status", "Target score"]
    header_row(r_, 5, cols)
    score_fill = lambda n: fill(RED if n >= 15 else AMBER if n >= 8 else GREEN)

    def risk(first, risk_vals, actions):
        """risk_vals: Risk, cause, owner, inherent, controls, current, direction, target score"""
        n = len(actions)
        for i, a in enumerate(actions):
            r = first + i
            row = [None] * 13
            if i == 0:
                row[0:7] = risk_vals[0:7]
                row[12] = risk_vals[7]
            row[7:12] = a
            put_row(r_, r, row)
            r_.cell(row=r, column=11).number_format = "mmm-yy"
        r_.cell(row=first, column=4).fill = score_fill(risk_vals[3])
        r_.cell(row=first, column=6).fill = score_fill(risk_vals[5])
        r_.cell(row=first, column=13).fill = score_fill(risk_vals[7])
        if n > 1:
            for c in (1, 2, 3, 4, 5, 6, 7, 13):
                r_.merge_cells(start_row=first, start_column=c, end_row=first + n - 1, end_column=c)

    risk(6, ["SR01 – Financial sustainability and the Medium-Term Financial Plan",
             "Rising demand in adult and children's social care and temporary accommodation, inflation and uncertainty over the Fair Funding Review lead to a budget gap that cannot be closed without unplanned reductions to services.",
             "Director of Resources (s151 Officer)", 25,
             "MTFP refreshed quarterly; monthly budget monitoring to Cabinet; Efficiency Programme Board; reserves strategy.",
             20, "↔", 12],
         [["SR01.1", "Deliver the 2026/27 savings proposals through the Efficiency Programme Board and report progress monthly to Cabinet.",
           "Head of Finance", d(2026, 3, 31), "On track"],
          ["SR01.2", "Model the impact of the Fair Funding Review 2.0 settlement on the MTFP and present options to Cabinet.",
           "Head of Finance / Strategic Finance Business Partner", d(2026, 1, 31), "Not started"]])
    risk(8, ["SR02 – Safeguarding children and adults at risk",
             "Failure of multi-agency arrangements or rising caseloads lead to a child or adult at risk suffering serious harm, with reputational damage and regulatory intervention.",
             "Director of Children's Services; Director of Adult Social Care", 20,
             "North Tyneside Safeguarding Children Partnership and Safeguarding Adults Board; practice quality assurance framework; caseload monitoring.",
             15, "↔", 10],
         [["SR02.1", "Implement the Families First Partnership reforms, including multi-agency child protection teams, in line with DfE timescales.",
           "Assistant Director Children's Social Care", d(2026, 3, 31), "On track"],
          ["SR02.2", "Complete the Safeguarding Adults Board multi-agency audit of self-neglect cases and report the findings to the Board.",
           "Head of Safeguarding and Quality Assurance", d(2025, 9, 30), "Complete"]])
    risk(10, ["SR03 – Cyber security and resilience of ICT systems",
              "A successful cyber attack or major ICT failure prevents the delivery of critical services and results in loss of data.",
              "Director of Resources (s151 Officer)", 20,
              "Firewalls and endpoint protection; mandatory cyber training; PSN compliance; offline back-ups.",
              16, "↔", 12],
         [["SR03.1", "Achieve the Cyber Assessment Framework (CAF) baseline and test the ICT disaster recovery plan with a live failover exercise.",
           "Head of ICT and Digital", d(2025, 12, 31), "Behind schedule"]])
    risk(11, ["SR04 – Climate emergency and carbon net zero 2030",
              "The Council does not reduce its emissions at the pace needed to meet its 2030 commitment because decarbonisation works are not funded.",
              "Director of Environment", 12,
              "Carbon Net-Zero 2030 Action Plan; Climate Emergency Board; Public Sector Decarbonisation Scheme bids.",
              12, "↔", 8],
         [["SR04.1", "Refresh the Carbon Net-Zero 2030 Action Plan and agree a funded decarbonisation programme for council buildings.",
           "Sustainability and Climate Manager", d(2026, 6, 30), "On track"]])
    risk(12, ["SR05 – SEND demand and the High Needs Block deficit",
              "Growth in EHC plans and specialist placements increases the Dedicated Schools Grant deficit, with a risk to the General Fund when the statutory override ends.",
              "Director of Children's Services", 20,
              "Delivering Better Value (DBV) programme; High Needs Block recovery plan; Schools Forum oversight.",
              16, "↑", 12],
         [["SR05.1", "Deliver the Delivering Better Value (DBV) programme workstreams and report the High Needs Block position termly to Schools Forum.",
           "Assistant Director Education Services", "Ongoing", "On track"],
          ["SR05.2", "Open 60 additional specialist resource provision places in mainstream schools for September 2026.",
           "Assistant Director Education Services", d(2026, 9, 1), "Behind schedule"]])
    widths(r_, {"A": 26, "B": 40, "C": 20, "D": 9, "E": 36, "F": 9, "G": 9, "H": 8, "I": 44,
                "J": 24, "K": 10, "L": 14, "M": 9})
    r_.freeze_panes = "A6"
    wb.save(out("sg-north-tyneside-council-strategic-risk-register-2025-26.xlsx"))


# ================================================================ 3. Nottinghamshire (refuse)
def nottinghamshire():
    wb = Workbook()
    s = wb.active
    s.title = "Programme summary"
    s["A1"] = "Nottinghamshire County Council"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Transformation and Change Programme – Highlight Report"
    s["A2"].font = Font(bold=True, size=12)
    s["A3"] = "Period 7 (October 2025) – Transformation and Change Board, 19 November 2025"
    header_row(s, 5, ["Workstream", "Workstream lead", "Previous RAG", "Current RAG", "Summary of progress"])
    rag_fill = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    ws_rows = [
        ["Adult Social Care – Promoting Independence", "Service Director, Living Well", "A", "G",
         "Reablement rostering system in user testing; TEC procurement on schedule."],
        ["Children's Services – Family Hubs and Early Help", "Service Director, Early Help", "G", "A",
         "Hubs on track; Start for Life digital offer delayed by supplier."],
        ["Digital Customer Access", "Head of Digital Services", "A", "A",
         "New website live; online forms for blue badges slipped to January."],
        ["Property and Estates Rationalisation", "Group Manager, Corporate Property", "A", "R",
         "Office vacation delayed by relocation of registration service."],
    ]
    for i, row in enumerate(ws_rows):
        put_row(s, 6 + i, row)
        s.cell(row=6 + i, column=3).fill = fill(rag_fill[row[2]])
        s.cell(row=6 + i, column=4).fill = fill(rag_fill[row[3]])
    s["A11"] = "RAG key: R – off track, needs Board decision; A – at risk, recovery plan in place; G – on track; B – complete"
    widths(s, {"A": 44, "B": 32, "C": 12, "D": 12, "E": 60})

    m = wb.create_sheet("Milestones")
    m["A1"] = "Key milestones – next two periods and slipped milestones"
    m["A1"].font = Font(bold=True, size=12)
    m["A2"] = "Forecast dates updated by workstream leads on 31 October 2025"
    header_row(m, 4, ["Workstream", "Ref", "Milestone", "Milestone owner", "Baseline date", "Forecast date",
                      "RAG", "Commentary"])
    ms = [
        ["Adult Social Care – Promoting Independence", "ASC-M1", "Go-live of the reablement rostering system",
         "Group Manager, Reablement", "Sept 2025", "Nov 2025", "A", "User acceptance testing extended by four weeks."],
        [None, "ASC-M2", "Award the Technology Enabled Care contract", "Commissioning Manager (TEC)",
         "Dec 2025", "Dec 2025", "G", "Tender evaluation under way."],
        ["Children's Services – Family Hubs and Early Help", "CS-M1",
         "Open the final four family hubs (Mansfield, Worksop, Newark and Hucknall)", "Group Manager, Early Help",
         "March 2026", "March 2026", "G", "Building works complete at two sites."],
        [None, "CS-M2", "Launch the Start for Life digital offer for parents", "Family Hubs Programme Manager",
         "Jan 2026", "Febuary 2026", "A", "Supplier has re-planned the content build."],
        ["Digital Customer Access", "DC-M1", "Launch the new council website and customer account",
         "Head of Digital Services", "Oct 2025", "Oct 2025", "B", "Live 6 October 2025."],
        [None, "DC-M2", "Move blue badge and concessionary travel applications online", "Digital Product Manager",
         "Nov 2025", "Jan 2026", "A", "Integration with the DfT blue badge system re-scoped."],
        ["Property and Estates Rationalisation", "PE-M1", "Vacate Meadow House and transfer the registration service",
         "Group Manager, Corporate Property", "April 2026", "June 2026", "R", "Decision needed on interim venue for ceremonies."],
        [None, "PE-M2", "Complete the corporate landlord model business case", "Corporate Landlord Project Lead",
         "Dec 2025", "Dec 2025", "G", "Draft with finance for review."],
    ]
    for i, row in enumerate(ms):
        r = 5 + i
        put_row(m, r, row)
        m.cell(row=r, column=7).fill = fill(rag_fill[row[6]])
    for first in (5, 7, 9, 11):
        m.merge_cells(start_row=first, start_column=1, end_row=first + 1, end_column=1)
    widths(m, {"A": 30, "B": 9, "C": 46, "D": 28, "E": 13, "F": 13, "G": 6, "H": 44})
    wb.save(out("sg-nottinghamshire-county-council-transformation-programme-highlight-report-typo-month-refuse.xlsx"))


# ================================================================ docx helpers
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Text with '\n' becomes separate paragraphs in the cell."""
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def add_table(doc, header, rows, shade_header="1F3864"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], shade_header)
        for r in t.rows[0].cells[i].paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    return t


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))


RAGHEX = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}


# ================================================================ 4. Leicester SEND
def leicester():
    doc = Document()
    landscape(doc)
    doc.add_heading("Leicester Local Area SEND Partnership: Inspection Improvement Plan 2025–2027", level=0)
    doc.add_paragraph("Our response to the joint Ofsted and CQC area SEND inspection of Leicester "
                      "(inspection September 2025; report published 20 November 2025).")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Plan owner", "Leicester SEND Partnership Board"),
                 ("Senior responsible officers", "Strategic Director of Social Care and Education; Chief Nursing Officer, NHS LLR ICB"),
                 ("Version", "1.3"),
                 ("Date of this update", "27 February 2026"),
                 ("Next review", "SEND Partnership Board, May 2026")]:
        c = t.add_row().cells
        set_cell(c[0], k, bold=True)
        shade(c[0], "D9E2F3")
        set_cell(c[1], v)
    doc.add_heading("How to read this plan", level=1)
    doc.add_paragraph("Each priority starts with the area for improvement set out in the inspection report, "
                      "followed by the actions partners have agreed. The RAG column shows progress at the date of this update.")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for word, colour, meaning in [("Blue", "0070C0", "Complete – action delivered and impact being monitored"),
                                  ("Green", "00B050", "On track"),
                                  ("Amber", "FFC000", "Some delay – recovery action agreed"),
                                  ("Red", "FF0000", "Off track – escalated to the SEND Partnership Board"),
                                  ("", None, "Not yet due to start")]:
        c = key.add_row().cells
        set_cell(c[0], word, bold=True)
        if colour:
            shade(c[0], colour)
        set_cell(c[1], meaning)

    header = ["Ref", "What we will do", "Lead(s)", "By when", "How we will know", "RAG"]

    def priority(title, afi, rows):
        doc.add_heading(title, level=1)
        p = doc.add_paragraph()
        p.add_run("Area for improvement identified by inspectors").bold = True
        doc.add_paragraph(afi)
        tbl = add_table(doc, header, [r[:6] for r in rows])
        for i, r in enumerate(rows, start=1):
            colour = r[6] if len(r) > 6 else RAGHEX.get(r[5])
            if colour:
                shade(tbl.rows[i].cells[5], colour)
        doc.add_paragraph("")

    priority("Priority 1: Timeliness and quality of EHC plans",
             "Leaders should improve the timeliness of education, health and care (EHC) needs assessments and ensure "
             "that plans are reviewed annually and updated so that they accurately reflect children and young people’s current needs.",
             [["1.1", "Recruit additional EHC co-ordinators and educational psychologists to clear the backlog of assessments over 20 weeks.",
               "Head of SEN Service", "March 2026", "85% of new EHC plans issued within 20 weeks", "G"],
              ["1.2", "Introduce a multi-agency quality assurance panel that audits a sample of 20 new and amended plans each month.\n"
                      "Findings reported quarterly to the SEND Partnership Board.",
               "Principal Educational Psychologist / Designated Clinical Officer", "Dec 2025 – June 2026",
               "80% of audited plans judged good or better", "A"],
              ["1.3", "Clear the backlog of overdue annual reviews, prioritising children moving between phases of education.",
               "Head of SEN Service", "Summer term 2026", "No annual review more than 12 months overdue", "", "00B050"]])
    priority("Priority 2: Access to health services and neurodevelopmental pathways",
             "NHS leaders should reduce waiting times for neurodevelopmental assessments and ensure that children and "
             "families receive support while they wait.",
             [["2.1", "Implement the LLR neurodevelopmental pathway redesign, including a single point of access for autism and ADHD referrals.",
               "Head of Children’s Commissioning (LLR ICB)", "September 2026", "Average wait for assessment below 52 weeks", "G"],
              ["2.2", "Launch a ‘waiting well’ offer of workshops and online resources for families, co-produced with Leicester Parent Carer Forum.",
               "Designated Clinical Officer; Parent Carer Forum Chair", "January 2026", "Offer live; family feedback collected", "B"],
              ["2.3", "Commission additional speech and language therapy capacity for children on SEN support in early years settings.",
               "LPT Head of Children’s Therapies", "April 2026", "Waiting list for early years SLT halved", "R"]])
    priority("Priority 3: Preparing for adulthood",
             "Leaders should strengthen joint planning for young people moving into adult services, so that transition "
             "plans are in place from age 14.",
             [["3.1", "Establish a 14–25 transitions panel with adult social care, health and further education partners.",
               "Head of Preparing for Adulthood", "Autumn term 2026", "All young people aged 14+ with EHC plans have a transition plan", ""],
              ["3.2", "Review the Local Offer pages on post-16 options and supported internships with young people.",
               "SEND Participation Officer", "Ongoing", "Young people’s feedback on Local Offer pages", "G"]])
    doc.add_paragraph("Progress against this plan is reported to the SEND Partnership Board every two months and to the "
                      "Children, Young People and Education Scrutiny Commission twice a year.")
    doc.save(out("sg-leicester-city-local-area-send-inspection-improvement-plan.docx"))


# ================================================================ 5. Waltham Forest LCSPR
def waltham_forest():
    doc = Document()
    landscape(doc)
    doc.add_heading("Waltham Forest Safeguarding Children Partnership – LCSPR Child W: Multi-Agency Action Plan", level=0)
    doc.add_paragraph("Review published 14 May 2025. Action plan agreed by the Safeguarding Partners Executive on "
                      "3 June 2025. Progress as at 6 March 2026.")
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for i, (word, colour) in enumerate([("Complete", "0070C0"), ("G – On track", "00B050"),
                                        ("A – Some delay", "FFC000"), ("R – Not on track", "FF0000")]):
        set_cell(key.rows[0].cells[i], word, bold=True)
        shade(key.rows[0].cells[i], colour)
    doc.add_paragraph("")

    header = ["No.", "Action", "Lead agency and officer", "Timescale", "Progress / evidence of impact", "RAG"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")

    def rec(text):
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[5])
        set_cell(merged, text, bold=True)
        shade(merged, "DEEAF6")

    def act(vals):
        cells = t.add_row().cells
        for i, v in enumerate(vals):
            set_cell(cells[i], v)
        colour = {"Complete": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}.get(vals[5])
        if colour:
            shade(cells[5], colour)

    rec("Recommendation 1: Waltham Forest Safeguarding Children Partnership should seek assurance that professionals "
        "consider the lived experience of children when a parent has fluctuating mental health, including in pre-birth assessments.")
    act(["1.1", "Deliver a multi-agency ‘think family’ briefing on parental mental health to frontline practitioners in children’s and adult services.",
         "WFSCP Training Lead", "September 2025", "Four briefings delivered to 212 practitioners; evaluation positive.", "Complete"])
    act(["1.2", "Revise the pre-birth assessment protocol so that adult mental health services contribute to every pre-birth assessment.",
         "Head of Assessment and Intervention (LBWF) / Perinatal Mental Health Team Manager (NELFT)", "31/12/2025",
         "Draft protocol consulted on; sign-off at March Executive.", "A"])
    rec("Recommendation 2: Health partners should ensure that information about a baby’s father and other significant males "
        "in the household is routinely sought and recorded.")
    act(["2.1", "Add a mandatory ‘significant males’ field to the health visiting and midwifery electronic records.",
         "Named Nurse Safeguarding Children, NELFT; Named Midwife, Whipps Cross Hospital (Barts Health)", "Q4 2025/26",
         "Field live in health visiting records; maternity system change booked for February.", "G"])
    act(["2.2", "Audit 30 records after six months to test compliance and report to the Quality Assurance Subgroup.",
         "Designated Nurse Safeguarding Children (NEL ICB)", "June 2026", "Due to start after the system change.", "Not started"])
    rec("Recommendation 3: The Metropolitan Police and Children’s Social Care should strengthen joint decision-making at "
        "strategy discussions where there are concerns about domestic abuse.")
    act(["3.1", "Ensure a police representative from the North East BCU Public Protection team attends and is minuted at all strategy discussions involving domestic abuse.\n"
                "Dip-sample 20 strategy discussions each quarter.",
         "DCI Public Protection, North East BCU (MPS)", "Ongoing",
         "Q3 dip sample: police attendance recorded in 19 of 20.", "G"])
    act(["3.2", "Refresh the MASH domestic abuse triage guidance and relaunch it with MARAC partners.",
         "MASH Manager & Domestic Abuse Lead (LBWF)", "End of January 2026",
         "Guidance drafted; relaunch delayed by the MARAC review.", "R"])
    rec("Recommendation 4: The Partnership should test the impact of this review’s learning through its multi-agency audit programme.")
    act(["4.1", "Include the learning from Child W in the 2026/27 multi-agency audit programme and report the findings to the Safeguarding Partners Executive.",
         "WFSCP Business Manager", "March 2027", "", ""])
    doc.add_paragraph("")
    doc.add_paragraph("This action plan is monitored by the WFSCP Learning and Review Subgroup. Actions are closed only "
                      "when evidence of impact has been seen by the Subgroup.")
    doc.save(out("sg-waltham-forest-safeguarding-children-partnership-lcspr-child-w-action-plan.docx"))


# ================================================================ 6. Hinckley & Bosworth (csv)
HB_ROWS = [
    ["People", "PE01", "Deliver the leisure centre exercise referral scheme and extend it to residents with long-term conditions, including COPD and diabetes",
     "Head of Community Services", "31/03/2026", "On track", "132 referrals in Q2, up from 98 in Q1."],
    ["People", "PE02", "Launch a fast-track route for Disabled Facilities Grant adaptations under £10,000",
     "Bennett, Sharon", "Sep-25", "Complete", "Fast-track launched 1 August; average approval time now six weeks."],
    ["People", "PE03", "Refresh the anti-social behaviour case review (Community Trigger) process with the Community Safety Partnership",
     "Community Safety Manager", "Q3 2025/26", "Minor slippage", "Draft process awaiting Leicestershire Police sign-off."],
    ["Place", "PL01", "Introduce weekly food waste collections to all households",
     "Head of Street Scene Services", "31/03/2026", "On track", "Caddies procured; rollout from February 2026."],
    ["Place", "PL02", "Submit the Local Plan 2024–2041 for examination",
     "Head of Planning / Planning Policy Manager", "Dec-25", "Off track",
     "Regulation 19 consultation delayed pending revised housing figures; new timetable to Council in January 2026."],
    ["Place", "PL03", "Complete the Burbage Common visitor centre refurbishment",
     "Green Spaces Manager", "Jun-25", "Complete", "Reopened 14 June 2025."],
    ["Prosperity", "PR01", "Deliver the UK Shared Prosperity Fund 2025/26 programme, including the rural business grants scheme",
     "Economic Regeneration Manager", "31/03/2026", "On track", "£212k of grants committed to date."],
    ["Prosperity", "PR02", "Progress the Hinckley town centre masterplan, including the Argents Mead public realm scheme",
     "Head of Major Projects", "Ongoing", "On track", "Design team appointed; public engagement in November."],
    ["Prosperity", "PR03", "Support 40 businesses through the business support programme\n(including 10 start-ups)",
     "Economic Development Officer", "Mar-26", "On track", "19 businesses supported to date, 6 of them start-ups."],
]


def hinckley():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Hinckley & Bosworth Borough Council – Corporate Plan 2024–2028: Annual Delivery Plan 2025/26", "", "", "", "", "", ""])
    w.writerow(["Quarter 2 performance update (to 30 September 2025) – Scrutiny Commission, 13 November 2025", "", "", "", "", "", ""])
    w.writerow(["", "", "", "", "", "", ""])
    w.writerow(["Theme", "Ref", "Action", "Responsible officer", "Target date", "Status", "Q2 commentary"])
    for r in HB_ROWS:
        w.writerow(r)
    w.writerow(["", "", "", "", "", "", ""])
    w.writerow(["Status key: On track = Green; Minor slippage = Amber; Off track = Red; Complete = Blue", "", "", "", "", "", ""])
    w.writerow(["Source: Pentana performance system, exported 14/10/2025", "", "", "", "", "", ""])
    with open(out("sg-hinckley-bosworth-bc-annual-delivery-plan-2025-26-q2.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ================================================================ 7. Nottingham City (txt, tab-separated)
def nottingham_city():
    lines = [
        "Nottingham City Council Adult Social Care – CQC Local Authority Assessment Improvement Plan",
        "Assessment report published November 2023 (overall rating: Requires Improvement). Plan version 4, updated 14 January 2025",
        "",
        "\t".join(["Theme", "Quality statement", "Ref", "Action", "Lead", "Start", "Due", "Revised due", "RAG", "Progress update"]),
    ]
    rows = [
        ["Theme 1: Working with people", "Assessing needs", "1.1",
         "Reduce the number of people waiting for a Care Act assessment, prioritising those waiting longest using the waiting list risk tool",
         "Head of Service – Assessment and Care Management", "Apr-24", "Sep-24", "Mar-25", "A",
         "Waiting list down from 1,140 to 720; longest waits now under 6 months"],
        ["", "", "1.2", "Introduce a strengths-based practice framework and audit 40 assessments a quarter against it",
         "Principal Social Worker", "Apr-24", "Dec-24", "", "B", "Framework launched June 2024; Q3 audit 78% good or better"],
        ["", "Equity in experience and outcomes", "1.3",
         "Improve recording of ethnicity, language and communication needs on Mosaic so that equity of outcomes can be monitored",
         "Head of Performance and Insight", "Jun-24", "Mar-25", "", "G", "Mandatory fields added; completion at 91%"],
        ["Theme 2: Providing support", "Care provision, integration and continuity", "2.1",
         "Develop a supported housing pathway for adults with complex needs to reduce reliance on residential care",
         "Head of Commissioning / Strategic Housing Lead", "Apr-24", "Mar-26", "", "A",
         "Two schemes (18 units) identified; capital funding bid submitted"],
        ["", "Partnerships and communities", "2.2",
         "Co-produce a carers' strategy and action plan with the Carers Federation and unpaid carers",
         "Commissioning Manager (Carers)", "Jul-24", "Oct-24", "Feb-25", "G", "Draft strategy out for consultation until 31 January"],
        ["Theme 3: How the local authority ensures safety within the system", "Safe pathways, systems and transitions", "3.1",
         "Agree a joint transitions protocol with Children's Services for young people from age 14",
         "Head of Service – Transitions & Head of Children's Disability Service", "Apr-24", "Nov-24", "", "B",
         "Protocol signed off by both DMTs November 2024"],
        ["", "Safeguarding", "3.2", "Clear the backlog of safeguarding concerns awaiting triage in the Adult Access Team",
         "Safeguarding Adults Lead", "Feb-24", "Jun-24", "Dec-24", "R",
         "Backlog reduced from 310 to 95; revised date missed, recovery plan to DMT"],
        ["Theme 4: Leadership", "Governance, management and sustainability", "4.1",
         "Establish an Adult Social Care Assurance Board chaired by the Corporate Director, with a quarterly performance scorecard",
         "Director of Adult Social Care", "Jan-24", "Apr-24", "", "B", "Board meeting monthly since April 2024"],
        ["", "Learning, improvement and innovation", "4.2",
         "Launch a practice learning programme using findings from complaints, safeguarding adults reviews and audits",
         "Principal Social Worker", "Apr-25", "Sep-25", "", "", "Not due to start until April 2025"],
    ]
    for r in rows:
        lines.append("\t".join(r))
    lines.append("")
    lines.append("RAG key: B = complete, G = on track, A = at risk, R = off track, blank = not started")
    with open(out("sg-nottingham-city-council-asc-cqc-assessment-improvement-plan.txt"), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    lewisham()
    north_tyneside()
    nottinghamshire()
    leicester()
    waltham_forest()
    hinckley()
    nottingham_city()
    print("built 7 files in", HERE)
