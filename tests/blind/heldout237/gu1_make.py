"""Build the seven gu1- blind test files (set heldout237).

Run with: /work/main/.venv/bin/python gu1_make.py
Writes next to this script: 3 x .xlsx, 2 x .docx, 1 x .csv, 1 x .txt
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


RAG_FILL = {
    "R": fill("FF0000"),
    "A": fill("FFC000"),
    "G": fill("00B050"),
    "B": fill("0070C0"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def set_widths(ws, widths):
    for col, w in widths.items():
        ws.column_dimensions[col].width = w


def box_row(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def cell_text(cell, text, bold=False):
    """Put text in a docx cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(parts[0])
    r.bold = bold
    for part in parts[1:]:
        p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold


# ======================================================================
# 1. Hillingdon ILACS improvement plan (xlsx): cover sheet with document
#    control and RAG key, plan sheet with theme rows, recommendation merged
#    down column B, original/revised dates, previous/current RAG.
# ======================================================================
def hillingdon():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Hillingdon Children's Services – ILACS Improvement Plan 2025-26"
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = ("Response to the Ofsted Inspection of Local Authority Children's "
                "Services (ILACS), 20–31 January 2025")
    cv["A3"] = "Overall effectiveness: Requires improvement to be good"
    cv["A5"] = "Document control"
    cv["A5"].font = BOLD
    rows = [
        ("Version", "Date", "Author", "Status"),
        ("0.3", dt.date(2025, 3, 28), "Head of Quality Assurance", "Draft for DCS"),
        ("1.0", dt.date(2025, 4, 24), "Head of Quality Assurance",
         "Submitted to Ofsted"),
        ("1.4", dt.date(2025, 10, 31), "Improvement Programme Manager",
         "Update for Children's Improvement Board"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cv.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if isinstance(v, dt.date):
                c.number_format = "dd/mm/yyyy"
            if i == 0:
                c.font = BOLD
    cv["A11"] = "RAG key"
    cv["A11"].font = BOLD
    key = [
        ("B", "Complete – action delivered and impact evidenced"),
        ("G", "On track to be delivered by the target date"),
        ("A", "Some slippage – recovery plan in place"),
        ("R", "Off track – escalated to Children's Improvement Board"),
    ]
    for i, (k, meaning) in enumerate(key):
        c = cv.cell(row=12 + i, column=1, value=k)
        c.fill = RAG_FILL[k]
        c.border = BOX
        cv.cell(row=12 + i, column=2, value=meaning).border = BOX
    set_widths(cv, {"A": 14, "B": 22, "C": 32, "D": 40})

    ws = wb.create_sheet("ILACS Action Plan")
    ws["A1"] = "ILACS Improvement Plan 2025-26"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Position as at 31 October 2025 – reported to Children's "
                "Improvement Board 12 November 2025")
    ws.merge_cells("A2:I2")
    hdr = ["Ref", "Ofsted recommendation", "Action", "Lead",
           "Original target date", "Revised target date",
           "Previous RAG (Jul-25)", "Current RAG (Oct-25)", "Progress update"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = BOLD
        c.fill = fill("D9E1F2")
    box_row(ws, 4, 9)

    def theme(row, text):
        ws.cell(row=row, column=1, value=text).font = BOLD
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        ws.cell(row=row, column=1).fill = fill("BFBFBF")

    def rec(first, last, text):
        ws.cell(row=first, column=2, value=text)
        if last > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=last,
                           end_column=2)

    def act(row, ref, action, lead, orig, rev, prev, cur, update,
            cur_fill_only=None):
        vals = [ref, None, action, lead, orig, rev, prev, cur, update]
        for j, v in enumerate(vals):
            if v is None:
                continue
            c = ws.cell(row=row, column=1 + j, value=v)
            if isinstance(v, dt.date):
                c.number_format = "mmm-yy" if j in (4, 5) else "dd/mm/yyyy"
        if prev:
            ws.cell(row=row, column=7).fill = RAG_FILL[prev]
        if cur:
            ws.cell(row=row, column=8).fill = RAG_FILL[cur]
        if cur_fill_only:
            ws.cell(row=row, column=8).fill = RAG_FILL[cur_fill_only]
        box_row(ws, row, 9)

    theme(5, "Theme 1: Help and protection")
    rec(6, 8, "The consistency and impact of management oversight and "
              "supervision, so that plans for children progress without delay.")
    act(6, "1.1", "Refresh the supervision policy and audit tool, with a clear "
        "expectation that supervision records show reflective discussion and "
        "set out actions with timescales.",
        "Head of Service, Assessment & Intervention",
        dt.date(2025, 6, 30), None, "A", "G",
        "Policy relaunched June 2025. Audit in September found 78% of records "
        "good or better.")
    act(7, "1.2", "Deliver a management oversight workshop programme for all "
        "team managers and practice managers.",
        "Principal Social Worker / Workforce Development Manager",
        dt.date(2025, 9, 30), dt.date(2025, 12, 31), "A", "A",
        "Four of six cohorts complete; remaining two booked for November and "
        "December.")
    act(8, "1.3", "Introduce a monthly performance clinic for each service "
        "area, chaired by the Assistant Director, focused on children whose "
        "plans are drifting.",
        "AD Children's Social Care",
        dt.datetime(2025, 7, 31), None, "G", None,
        "Clinics running since May 2025; terms of reference signed off.",
        cur_fill_only="B")
    ws.cell(row=8, column=5).number_format = "dd/mm/yyyy"
    rec(9, 10, "The quality of written plans for children in need and children "
               "subject to child protection plans, so that they are specific "
               "and measurable.")
    act(9, "1.4", "Launch revised CIN and CP plan templates co-produced with "
        "parents, with SMART outcomes and contingency plans.",
        "Service Manager (CP & Conference)",
        dt.date(2025, 4, 30), None, "G", "B",
        "Templates live in Mosaic from 14 April 2025.")
    act(10, "1.5", "Quality assure 10% of CIN and CP plans each quarter through "
        "the Independent Reviewing Service and report findings to the "
        "Children's Improvement Board.",
        "IRO Service Manager",
        "Quarterly", None, "G", "G",
        "Q2 report presented to the Board in October.")
    theme(11, "Theme 2: Children in care and care leavers")
    rec(12, 13, "Sufficiency of suitable homes for older children in care, "
                "including unaccompanied asylum-seeking children.")
    act(12, "2.1", "Recruit 20 additional foster carers for teenagers through "
        "a targeted recruitment campaign.",
        "Head of Fostering; Head of Commissioning",
        dt.date(2026, 3, 31), None, "A", "R",
        "6 households approved to date; campaign reach lower than planned. "
        "Recovery plan to Board in November.")
    act(13, "2.2", "Commission a semi-independent provision framework for 16 "
        "and 17-year-olds with Ofsted-registered providers.",
        "Commissioning Manager",
        "Q3 2025/26", None, "A", "A",
        "Tender evaluation under way.")
    rec(14, 15, "The timeliness and quality of pathway plans for care leavers, "
                "including their understanding of their health histories.")
    act(14, "2.3", "Ensure every care leaver aged 18+ is offered a copy of "
        "their health history, with a tracker in place to monitor take-up.",
        "Team Manager (Leaving Care); Designated Nurse LAC",
        dt.date(2025, 12, 31), None, "G", "G",
        "Tracker in place; 64% offered so far.")
    act(15, "2.4", "Review all pathway plans older than six months and update "
        "them with the young person.",
        "Team Manager (Leaving Care)",
        dt.date(2025, 9, 30), dt.date(2025, 11, 30), "R", "A",
        "112 of 150 plans reviewed; revised date agreed by the DCS.")

    ws["A17"] = "RAG summary (current)"
    ws["A17"].font = BOLD
    for i, (k, n) in enumerate([("Blue – complete", 2), ("Green", 3),
                                ("Amber", 3), ("Red", 1), ("Total", 9)]):
        ws.cell(row=18 + i, column=1, value=k)
        ws.cell(row=18 + i, column=2, value=n)
    set_widths(ws, {"A": 7, "B": 38, "C": 50, "D": 30, "E": 13, "F": 13,
                    "G": 11, "H": 11, "I": 45})
    wb.save(out("gu1-hillingdon-council-ilacs-improvement-plan.xlsx"))


# ======================================================================
# 2. Walsall YJS HMIP improvement plan (xlsx) -- REFUSE: mistyped month.
# ======================================================================
def walsall():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = ("Walsall Youth Justice Service – HMIP Post-Inspection "
                "Improvement Plan")
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("HM Inspectorate of Probation: Inspection of Youth Justice "
                "Services in Walsall")
    ws["A2"].font = BOLD
    ws.merge_cells("A2:G2")
    ws["A3"] = ("Inspection fieldwork: 9–13 June 2025   Report published: "
                "2 September 2025   Approved by Walsall Youth Justice "
                "Management Board: 14 October 2025")
    ws.merge_cells("A3:G3")
    hdr = ["No.", "HMIP recommendation", "Action", "Owner", "Target date",
           "RAG", "Update (December 2025)"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = BOLD
        c.fill = fill("DDEBF7")
    box_row(ws, 5, 7)

    def section(row, text):
        c = ws.cell(row=row, column=1, value=text)
        c.font = BOLD
        c.fill = fill("F2F2F2")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)

    def rec(first, last, no, text):
        ws.cell(row=first, column=1, value=no)
        ws.cell(row=first, column=2, value=text)
        if last > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=last,
                           end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=last,
                           end_column=2)

    def act(row, action, owner, when, rag, update):
        ws.cell(row=row, column=3, value=action)
        ws.cell(row=row, column=4, value=owner)
        ws.cell(row=row, column=5, value=when)
        c = ws.cell(row=row, column=6, value=rag)
        c.fill = RAG_FILL[rag]
        ws.cell(row=row, column=7, value=update)
        box_row(ws, row, 7)

    section(6, "The Walsall Youth Justice Service Management Board should:")
    rec(7, 8, 1, "ensure that board members understand the profile of children "
                 "supervised by the service, and use this understanding to "
                 "influence partner agencies")
    act(7, "Deliver a board development session on the YJS caseload profile, "
        "including disproportionality data.", "YJS Head of Service",
        "December 2025", "G", "Session booked for 9 December 2025.")
    act(8, "Add a quarterly child-profile dashboard to every Management Board "
        "agenda.", "YJS Performance Officer", "March 2026", "G",
        "First dashboard drafted.")
    rec(9, 10, 2, "ensure that the service has sufficient access to education, "
                  "training and employment support for children over school age")
    act(9, "Agree a service level agreement with Walsall Works for a dedicated "
        "ETE worker in the YJS.",
        "Chair of YJ Management Board / Director of Education",
        "February 2026", "A", "Funding identified; SLA in draft.")
    act(10, "Monitor ETE participation at 16+ through the board performance "
        "report.", "YJS Performance Officer", "Quarterly", "A",
        "Data-sharing agreement with schools still outstanding.")
    section(11, "The Walsall Youth Justice Service Head of Service should:")
    rec(12, 13, 3, "improve the quality of assessment and planning for keeping "
                   "other people safe")
    act(12, "Roll out refreshed AssetPlus training on risk of harm for all case "
        "managers.", "YJS Team Managers", "Febuary 2026", "A",
        "Trainer confirmed; dates to be set.")
    act(13, "Introduce monthly risk management panels chaired by a YJS Team "
        "Manager.", "YJS Operations Manager", "November 2025", "B",
        "Panels running since October 2025.")
    rec(14, 14, 4, "ensure that victims' views are consistently recorded and "
                   "inform planning")
    act(14, "Appoint a restorative justice and victim worker and review the "
        "victim contact procedure.", "YJS Head of Service", "January 2026",
        "R", "Recruitment round 1 unsuccessful; re-advertised.")
    rec(15, 15, 5, "strengthen management oversight of out-of-court disposal "
                   "decisions")
    act(15, "Review the joint decision-making panel terms of reference with "
        "West Midlands Police.", "YJS Operations Manager & Police Inspector "
        "(YJS)", "Jan-26", "G", "Draft terms of reference circulated.")
    ws["A17"] = ("RAG: B = complete, G = on track, A = at risk, R = off track. "
                 "Plan reviewed at each Management Board.")
    set_widths(ws, {"A": 6, "B": 40, "C": 50, "D": 28, "E": 15, "F": 7,
                    "G": 40})
    wb.save(out("gu1-walsall-yjs-hmip-improvement-plan-typo-month-refuse.xlsx"))


# ======================================================================
# 3. Foster Wales Carmarthenshire CIW fostering inspection (xlsx): cover
#    with document control + status key, one sheet per CIW theme, status
#    words with fill colour.
# ======================================================================
def carmarthenshire():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = ("Foster Wales Carmarthenshire – CIW Fostering Inspection "
                "Improvement Plan 2024-25")
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Maethu Cymru Sir Gâr – Cynllun Gwella Arolygiad AGC 2024-25"
    cv["A2"].font = Font(italic=True)
    cv["A4"] = "Inspection: 10–14 June 2024 (Care Inspectorate Wales)"
    cv["A5"] = "Report published: 24 July 2024"
    cv["A6"] = "Responsible Individual: Head of Children's Services"
    cv["A8"] = "Document control"
    cv["A8"].font = BOLD
    dc = [("Version", "Date", "Author", "Comments"),
          ("0.1", "12/08/2024", "Fostering Service Manager", "First draft"),
          ("1.0", "02/09/2024", "Fostering Service Manager",
           "Approved by Head of Children's Services"),
          ("1.2", "20/01/2025", "Fostering Service Manager",
           "Progress update for Social Care Scrutiny Committee")]
    for i, r in enumerate(dc):
        for j, v in enumerate(r):
            c = cv.cell(row=9 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = BOLD
    cv["A14"] = "Status key"
    cv["A14"].font = BOLD
    skey = [("Complete", "0070C0"), ("On track", "00B050"),
            ("At risk", "FFC000"), ("Off track", "FF0000"),
            ("Not started", None)]
    for i, (w, colour) in enumerate(skey):
        c = cv.cell(row=15 + i, column=1, value=w)
        c.border = BOX
        if colour:
            c.fill = fill(colour)
    cv["A21"] = "Summary at January 2025"
    cv["A21"].font = BOLD
    for i, (w, n) in enumerate([("Complete", 2), ("On track", 3),
                                ("At risk", 1), ("Off track", 1),
                                ("Not started", 1), ("Total actions", 8)]):
        cv.cell(row=22 + i, column=1, value=w)
        cv.cell(row=22 + i, column=2, value=n)
    set_widths(cv, {"A": 20, "B": 14, "C": 30, "D": 50})

    status_fill = {"Complete": "0070C0", "On track": "00B050",
                   "At risk": "FFC000", "Off track": "FF0000"}
    hdr = ["Ref", "Action", "Responsible officer", "Timescale", "Status",
           "Evidence / progress (January 2025)"]

    def sheet(name, blocks):
        ws = wb.create_sheet(name)
        ws["A1"] = name
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A1:F1")
        for j, h in enumerate(hdr):
            c = ws.cell(row=2, column=1 + j, value=h)
            c.font = BOLD
            c.fill = fill("E2EFDA")
        box_row(ws, 2, 6)
        r = 3
        for afi, actions in blocks:
            c = ws.cell(row=r, column=1, value=afi)
            c.font = BOLD
            c.fill = fill("FFF2CC")
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.row_dimensions[r].height = 32
            r += 1
            for ref, action, officer, when, status, evidence in actions:
                vals = [ref, action, officer, when, status, evidence]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                if status in status_fill:
                    ws.cell(row=r, column=5).fill = fill(status_fill[status])
                box_row(ws, r, 6)
                r += 1
        set_widths(ws, {"A": 6, "B": 55, "C": 30, "D": 16, "E": 12, "F": 45})

    sheet("Well-being", [
        ("Area for improvement 1 – Regulation 15: The service provider must "
         "ensure that the views of children and young people placed with "
         "foster parents are sought and used to inform the development of "
         "the service.",
         [("1a", "Launch a termly children's survey through the Bright Spots "
           "programme and share results with the Fostering Service "
           "Management Team.", "Participation Officer", "Autumn term 2024",
           "Complete", "Survey completed by 41 children; results shared "
           "December 2024."),
          ("1b", "Establish a young people's consultation group for children "
           "in foster care, meeting at least every two months.",
           "Rhian Morgan & Gareth Price", dt.datetime(2025, 3, 31),
           "On track", "Two meetings held; name chosen by the group.")]),
    ])
    sheet("Care and Development", [
        ("Area for improvement 2 – Regulation 26: The service provider must "
         "ensure that foster parents receive supervisory visits at the "
         "frequency set out in the statement of purpose and that these are "
         "recorded.",
         [("2a", "Introduce a supervising social worker visit tracker, "
           "reviewed monthly by team managers.",
           "Supervising Social Work Team Manager", "Sept 2024", "Complete",
           "Tracker live on the shared drive from September 2024."),
          ("2b", "Reallocate foster carer households so that no supervising "
           "social worker holds more than 18 households.",
           "Fostering Service Manager", "Dec-24", "At risk",
           "Two vacancies; agency worker starting February 2025.")]),
        ("Area for improvement 3 – Regulation 31: The service provider must "
         "ensure that annual reviews of foster parents are completed on time "
         "and that the foster parents' and children's views are included.",
         [("3a", "Clear the backlog of overdue annual reviews, prioritising "
           "carers whose reviews are more than three months late.",
           "Independent Reviewing Officer (Fostering)", "March 2025",
           "Off track", "19 reviews still overdue at 15 January 2025."),
          ("3b", "Amend the annual review template to include a section for "
           "the views of children in placement and birth children.",
           "Fostering Panel Adviser", "January 2025", "Not started", "")]),
    ])
    sheet("Leadership and Management", [
        ("Area for improvement 4 – Regulation 80: The responsible individual "
         "must ensure that the quality of care review is completed at least "
         "every six months and includes the views of people using the "
         "service.",
         [("4a", "Complete the six-monthly quality of care review and publish "
           "a summary for foster carers.", "Responsible Individual",
           "Every six months", "On track",
           "October 2024 review completed; next due April 2025."),
          ("4b", "Add fostering performance data to the quarterly Children's "
           "Services performance report.",
           "Head of Children's Services/Performance Manager", "Q4 2024/25",
           "On track", "Indicators agreed.")]),
    ])
    wb.save(out("gu1-carmarthenshire-foster-wales-ciw-fostering-inspection-"
                "improvement-plan.xlsx"))


# ======================================================================
# 4. Coventry local area SEND priority action plan (docx): document
#    control and RAG key tables, one table per area for priority action
#    under a workstream heading.
# ======================================================================
def coventry():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.add_paragraph("Coventry Local Area Partnership – SEND Priority Action Plan",
                    style="Title")
    d.add_paragraph("Response to the Ofsted and CQC area SEND inspection "
                    "(fieldwork 2–6 December 2024; report published "
                    "4 February 2025)")
    d.add_paragraph("Version 1.3 – progress position at 30 September 2025")

    d.add_heading("Document control", level=2)
    t = d.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    dc = [("Version", "Date", "Author", "Summary of changes"),
          ("1.0", "14/03/2025", "SEND Improvement Lead",
           "Submitted to Ofsted and CQC"),
          ("1.2", "30/06/2025", "SEND Improvement Lead", "Q1 progress update"),
          ("1.3", "30/09/2025", "SEND Improvement Lead", "Q2 progress update")]
    for i, r in enumerate(dc):
        for j, v in enumerate(r):
            cell_text(t.cell(i, j), v, bold=(i == 0))

    d.add_heading("RAG key", level=2)
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, m, colour) in enumerate([
            ("B", "Complete", "0070C0"),
            ("G", "On track", "00B050"),
            ("A", "Some risk to delivery", "FFC000"),
            ("R", "Off track / date will not be met", "FF0000")]):
        cell_text(t.cell(i, 0), k, bold=True)
        shade(t.cell(i, 0), colour)
        cell_text(t.cell(i, 1), m)

    d.add_paragraph(
        "This plan is owned by the SEND Partnership Board. Each workstream "
        "reports to the Board every two months; progress is also shared with "
        "Coventry Parent Carer Forum.")

    hdr = ["Ref", "Action", "Lead(s)", "By when", "RAG",
           "How we will know (impact)"]

    def block(heading, label, text, actions):
        d.add_heading(heading, level=1)
        t = d.add_table(rows=3 + len(actions), cols=6)
        t.style = "Table Grid"
        a = t.cell(0, 0).merge(t.cell(0, 5))
        cell_text(a, label, bold=True)
        shade(a, "1F4E79")
        b = t.cell(1, 0).merge(t.cell(1, 5))
        cell_text(b, text)
        shade(b, "DEEAF6")
        for j, h in enumerate(hdr):
            cell_text(t.cell(2, j), h, bold=True)
        for i, row in enumerate(actions):
            for j, v in enumerate(row):
                cell_text(t.cell(3 + i, j), v)

    block("Workstream 1: EHC needs assessment and planning",
          "Area for priority action 1",
          "Leaders across education, health and care should urgently improve "
          "the timeliness of EHC needs assessments and ensure that "
          "contributions from health and social care are timely and of good "
          "quality, so that EHC plans accurately reflect children and young "
          "people's needs.",
          [("1.1", "Recruit to the additional EHC coordinator and educational "
            "psychologist posts agreed in the SEND budget to clear the backlog "
            "of overdue assessments.",
            "Head of SEND Services\nPrincipal Educational Psychologist",
            "September 2025", "A",
            "Percentage of EHC plans issued within 20 weeks rises from 31% "
            "to 60%."),
           ("1.2", "Introduce a weekly multi-agency EHC panel with health and "
            "social care representation to quality assure draft plans before "
            "they are issued.",
            "Designated Clinical Officer (DCO) and Head of SEND Services",
            "June 2025", "G", "Panel minutes; audit of draft plans."),
           ("1.3", "Agree and monitor a 6-week return standard for health "
            "advice, reported monthly to the ICB SEND Oversight Group.",
            "ICB Associate Director of Quality (Children)", "31 July 2025",
            "G", "90% of health advice returned within 6 weeks."),
           ("1.4", "Develop an EHC plan quality assurance framework, with "
            "termly multi-agency audits and findings shared with SENCOs.",
            "SEND Quality Assurance Lead", "Autumn term 2025", "A",
            "70% of audited plans judged good or better.")])

    block("Workstream 2: Neurodevelopmental pathway",
          "Area for priority action 2",
          "Leaders in the integrated care board and the local authority should "
          "reduce the waiting times for autism and ADHD assessment and ensure "
          "that children and their families receive effective support while "
          "they wait.",
          [("2.1", "Commission additional assessment capacity from an "
            "independent provider to reduce the number of children waiting "
            "more than 52 weeks.",
            "ICB Head of Children's Commissioning", "March 2026", "R",
            "Number waiting over 52 weeks halves by March 2026."),
           ("2.2", "Launch a 'support while you wait' offer with Coventry "
            "Parent Carer Forum, including online workshops and a single "
            "point of advice.",
            "Neurodevelopmental Pathway Lead; Parent Carer Forum Chair",
            "December 2025", "G",
            "Families report feeling supported (termly survey).")])

    block("Workstream 3: Preparing for adulthood",
          "Area for improvement 1",
          "Leaders should improve the co-ordination of transition planning "
          "from year 9 so that young people with SEND are better prepared for "
          "adulthood.",
          [("3.1", "Embed a preparing for adulthood review template in all "
            "year 9 annual reviews.", "PfA Lead", "Summer term 2026", "",
            "Template used in 95% of year 9 reviews."),
           ("3.2", "Establish a 14-25 transitions panel with adult social care "
            "and health.",
            "Head of Disabled Children's Service / Head of Adult Social Care "
            "Transitions", "Jan 2026", "A",
            "Every young person known to adult services by age 17½.")])

    d.add_heading("Sign-off", level=2)
    t = d.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for i, r in enumerate([("Name", "Role", "Date"),
                           ("Director of Children's Services", "Coventry City "
                            "Council", "10/03/2025"),
                           ("Chief Nursing Officer", "NHS Coventry and "
                            "Warwickshire ICB", "11/03/2025")]):
        for j, v in enumerate(r):
            cell_text(t.cell(i, j), v, bold=(i == 0))
    d.save(out("gu1-coventry-local-area-send-priority-action-plan.docx"))


# ======================================================================
# 5. Shropshire Council children's home Ofsted action plan (docx):
#    details table, key "Green = completed", one plan table with merged
#    requirement/recommendation rows and shaded RAG cells without text.
# ======================================================================
def shropshire():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = d.add_paragraph("Severn House Children's Home – Ofsted Inspection "
                        "Action Plan", style="Title")
    d.add_paragraph("Shropshire Council – Children's Residential Services")

    t = d.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([
            ("Unique reference number", "SC478215"),
            ("Inspection dates", "17 and 18 September 2024 (full inspection)"),
            ("Overall experiences and progress of children and young people",
             "Requires improvement to be good"),
            ("Registered manager", "Registered Manager, Severn House"),
            ("Responsible individual", "Service Manager, Residential and "
             "Short Breaks")]):
        cell_text(t.cell(i, 0), k, bold=True)
        cell_text(t.cell(i, 1), v)

    d.add_paragraph("")
    kp = d.add_paragraph()
    kp.add_run("RAG key: ").bold = True
    kp.add_run("Green = completed     Amber = in progress     Red = overdue")

    colours = {"green": "00B050", "amber": "FFC000", "red": "FF0000"}
    plan = [
        ("Requirement 1: The registered person must ensure that staff complete "
         "risk assessments for each child that are updated following "
         "significant incidents, including episodes of going missing. "
         "(Regulation 12 (1)(2)(a)(i))",
         [("1", "Review and update all children's risk assessments and "
           "behaviour support plans.", "Registered Manager", "15.11.24",
           "All four children's risk assessments reviewed and signed off.",
           "green"),
          ("2", "Introduce a post-incident review checklist so that risk "
           "assessments are updated within 24 hours of any missing episode.",
           "Deputy Manager", "30.11.24",
           "Checklist in use from 4 November 2024.", "green"),
          ("3", "Audit compliance monthly through Regulation 45 monitoring.",
           "Registered Manager", "Monthly",
           "October and November audits complete.", "amber")]),
        ("Requirement 2: The registered person must ensure that all staff "
         "receive supervision at least every four weeks and that supervision "
         "records are of good quality. (Regulation 33 (4)(b))",
         [("4", "Set a supervision schedule for the year and display it in "
           "the office.", "Registered Manager", "31.10.24",
           "Schedule in place.", "green"),
          ("5", "Responsible Individual to sample three supervision records "
           "each month and feed back to the manager.",
           "Responsible Individual", "31.01.25",
           "Sampling started in December.", "amber")]),
        ("Recommendation 1: The registered person should ensure that the "
         "home's location risk assessment is reviewed with partner agencies, "
         "including the police and the local authority's exploitation team.",
         [("6", "Hold a location risk assessment review meeting with West "
           "Mercia Police and the Exploitation Hub.",
           "Registered Manager and Exploitation Hub Team Manager",
           "December 2024", "Meeting postponed twice; new date requested.",
           "red")]),
        ("Recommendation 2: The registered person should ensure that "
         "children's views are recorded in their placement plans.",
         [("7", "Key workers to complete 'My Voice' sessions with each child "
           "and add the child's views to the placement plan.",
           "Key workers / Registered Manager", "28.02.25", "", None)]),
    ]
    nrows = 1 + sum(1 + len(a) for _, a in plan)
    t = d.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(["No.", "Action", "By whom", "By when",
                           "Progress / evidence", "RAG"]):
        cell_text(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "D9D9D9")
    r = 1
    for heading, actions in plan:
        m = t.cell(r, 0).merge(t.cell(r, 5))
        cell_text(m, heading, bold=True)
        shade(m, "F2F2F2")
        r += 1
        for no, action, who, when, prog, rag in actions:
            for j, v in enumerate([no, action, who, when, prog, ""]):
                cell_text(t.cell(r, j), v)
            if rag:
                shade(t.cell(r, 5), colours[rag])
            r += 1

    d.add_paragraph("")
    d.add_paragraph("Action plan returned to Ofsted: 8 October 2024. "
                    "Reviewed at each Regulation 45 review.")
    d.add_paragraph("Signed: Registered Manager          Date: 07/10/2024")
    d.save(out("gu1-shropshire-council-childrens-home-ofsted-action-plan.docx"))


# ======================================================================
# 6. Worcestershire Safeguarding Children Partnership JTAI action plan
#    (csv): export of a tracker with title lines, area for improvement
#    filled only on its first row (merged cell exported), agency column.
# ======================================================================
def worcestershire():
    import csv
    rows = [
        ["Worcestershire Safeguarding Children Partnership – JTAI Action Plan",
         "", "", "", "", "", "", ""],
        ["Multi-agency response to children and families who need help – "
         "inspection 4–8 November 2024; letter published 16 January 2025",
         "", "", "", "", "", "", ""],
        [""] * 8,
        ["Area for improvement", "Ref", "Action", "Agency", "Lead", "Due date",
         "RAG", "Update March 2025"],
        ["The timeliness and quality of information sharing at the front "
         "door, including police domestic abuse notifications to schools and "
         "health.", "1.1",
         "Implement Operation Encompass notifications to all schools by 9am "
         "the next school day, including weekends and holidays.",
         "West Mercia Police", "Detective Inspector PPU", "31/01/2025",
         "Complete", "Live from 13 January 2025; daily compliance check."],
        ["", "1.2",
         "Agree a health information-sharing protocol for the Family Front "
         "Door, with a named health practitioner in the hub each day.",
         "Health", "Designated Nurse Safeguarding Children & Family Front "
         "Door Service Manager", "Mar-25", "G",
         "Protocol agreed in principle; rota being finalised."],
        ["", "1.3",
         "Audit 30 contacts per quarter to test the timeliness of information "
         "sharing and report findings to the WSCP Quality Assurance subgroup.",
         "All partners", "WSCP QA Subgroup Chair", "Quarterly", "G",
         "First audit scheduled for April."],
        ["The application of thresholds for early help, so that children and "
         "families receive the right help at the right time.", "2.1",
         "Relaunch the Worcestershire threshold guidance with multi-agency "
         "briefings for schools, GPs and police.",
         "Worcestershire Children First",
         "Head of Early Help and Partnerships", "Q1 2025/26", "A",
         "Guidance revised; briefings delayed to May."],
        ["", "2.2",
         "Introduce a consultation line so that professionals can discuss "
         "threshold decisions with a qualified social worker before making a "
         "referral.", "Worcestershire Children First",
         "Family Front Door Service Manager", "30/04/2025", "Complete",
         "Consultation line opened 3 March 2025."],
        ["", "2.3",
         "Develop a multi-agency early help dataset and report it to the "
         "Executive Safeguarding Partners each quarter.", "WSCP / ICB",
         "WSCP Business Manager / ICB Head of Safeguarding", "Sep-25", "R",
         "Data-sharing agreement not yet signed by all partners."],
        ["Leaders' understanding of the impact of the multi-agency response "
         "to children at risk of exploitation, including the quality of "
         "return home interviews.", "3.1",
         "Recommission the return home interview service with a requirement "
         "that interviews are offered within 72 hours.",
         "Worcestershire County Council", "Commissioning Manager (Children)",
         "01/10/2025", "A", "Specification drafted."],
        ["", "3.2",
         "Review the Exploitation and Missing Strategic Group terms of "
         "reference and add a performance scorecard.", "West Mercia Police",
         "Detective Chief Inspector Safeguarding", "TBC", "", ""],
        [""] * 8,
        ["RAG: G = on track; A = some slippage; R = off track; Complete = "
         "action completed and evidenced", "", "", "", "", "", "", ""],
    ]
    with open(out("gu1-worcestershire-safeguarding-children-partnership-"
                  "jtai-action-plan.csv"), "w", newline="",
              encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerows(rows)


# ======================================================================
# 7. Solihull Corporate Parenting Board action plan (txt, tab-separated):
#    title lines, priority rows, initials as leads, one continuation line.
# ======================================================================
def solihull():
    T = "\t"
    lines = [
        "Solihull Corporate Parenting Board – Action Plan 2025-26",
        "Updated for Board meeting 19 November 2025",
        "",
        T.join(["Ref", "Action", "Lead", "Timescale", "RAG",
                "Progress update"]),
        "Priority 1 – Stable and loving homes",
        T.join(["1.1", "Increase the number of in-house foster carers by 15 "
                "through the fostering recruitment campaign.",
                "Fostering Service Manager", "March 2026", "Amber",
                "7 new households approved since April."]),
        T.join(["1.2", "Hold quarterly stability meetings for all children "
                "with two or more moves in the last 12 months.", "AK / MR",
                "Quarterly", "Green", "Meetings held in June and September."]),
        "Priority 2 – Health and wellbeing",
        T.join(["2.1", "Ensure initial health assessments are completed "
                "within 20 working days of a child coming into care",
                "Designated Nurse for Children in Care",
                "Sept 2025 – March 2026", "Red",
                "Timeliness 48% in Q2; escalated to ICB."]),
        T.join(["", "and report timeliness to every Board meeting.", "", "",
                "", ""]),
        T.join(["2.2", "Offer every care leaver a free gym membership through "
                "Solihull Active.", "Leaving Care Service Manager",
                "31/05/2025", "Complete", "Offer launched in May."]),
        "Priority 3 – Education, employment and training",
        T.join(["3.1", "Virtual School to track attendance of all children in "
                "care weekly and challenge schools where attendance falls "
                "below 90%.", "Virtual School Head", "Ongoing", "Green",
                "Attendance 91.8% (autumn half term 1)."]),
        T.join(["3.2", "Ring-fence 10 council apprenticeships for care "
                "leavers each year.",
                "HR Business Partner; Leaving Care Service Manager",
                "April 2026", "Amber", "4 apprentices started."]),
        "Priority 4 – Leaving care and independence",
        T.join(["4.1", "Review the Local Offer for care leavers with the "
                "Children in Care Council and publish the revised offer.",
                "Participation Lead", "Dec-25", "Green",
                "Consultation closed 31 October."]),
        T.join(["4.2", "Extend council tax exemption to care leavers living "
                "outside Solihull.", "Director of Resources", "Jan 2026",
                "Not started", ""]),
        "",
        "Key: Complete / Green (on track) / Amber (some risk) / Red (off "
        "track) / Not started",
    ]
    with open(out("gu1-solihull-corporate-parenting-board-action-plan.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    hillingdon()
    walsall()
    carmarthenshire()
    coventry()
    shropshire()
    worcestershire()
    solihull()
    print("written 7 files to", HERE)
