"""Build the seven ki1- blind cases (set heldout329): children's services plans.

Run with the project's Python (openpyxl, python-docx):
    /work/main/.venv/bin/python ki1_make.py
Writes the data files beside this script. Each action tuple also carries the
reading a person makes of it (used to write NAME.expected.yaml).
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "B": PatternFill("solid", fgColor="5B9BD5"),
    "G": PatternFill("solid", fgColor="00B050"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "R": PatternFill("solid", fgColor="FF0000"),
}
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
THEME_FILL = PatternFill("solid", fgColor="D9E1F2")


def _head(ws, row, values, widths=None):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = HEAD_FILL
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    if widths:
        for i, w in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. Dudley ILACS improvement plan (xlsx, three sheets)
# ---------------------------------------------------------------------------
DUDLEY_FILE = "ki1-dudley-council-ilacs-improvement-plan.xlsx"
DUDLEY_TITLE = "Dudley Children's Services – ILACS Improvement Plan 2024–2026"
P1 = "Priority 1: Help and protection – assessment and planning"
P2 = "Priority 2: Children in care and care leavers"
P3 = "Priority 3: Leadership, management oversight and workforce"
DR1 = ("The quality of assessments and plans for children in need and children "
       "subject to child protection plans, so that they are specific, measurable "
       "and focused on the impact for children.")
DR2 = "The timeliness of strategy discussions and section 47 enquiries out of hours."
DR3 = ("The sufficiency of local foster homes, so that more children in care can "
       "live in Dudley, close to their families and schools.")
DR4 = "Care leavers' access to their health histories and to suitable accommodation."
DR5 = ("The consistency and impact of supervision and management oversight, "
       "including the recording of the rationale for decisions.")
# (ref, action, lead cell, original, revised, prev RAG, current RAG, progress,
#  expected lead, expected end, end_text, status)
DUDLEY = [
    ("theme", P1),
    ("rec", DR1, 3),
    ("1.1", "Relaunch the practice standards for assessments and child in need/child "
            "protection plans, with SMART planning workshops for all social workers "
            "and team managers.",
     "Head of Service – Assessment and Safeguarding", D(2024, 9, 30), None, "G", "B",
     "Standards relaunched 2 September 2024; 11 workshops delivered to 146 staff.",
     ["Head of Service – Assessment and Safeguarding"], "2024-09", None, "blue"),
    ("1.2", "Introduce a monthly 'plans that work' dip sample by team managers, with "
            "findings reported to the Practice Improvement Group.",
     "Principal Social Worker / Head of QA", D(2024, 10, 31), D(2025, 1, 31), "A", "A",
     "Dip sample tool agreed; first two months completed in three of five teams. "
     "Revised date agreed at Improvement Board.",
     ["Principal Social Worker", "Head of QA"], "2025-01", None, "amber"),
    ("1.3", "Review the child protection conference format so that plans agreed at "
            "conference are outcome-focused and written with families.",
     "Service Manager, Safeguarding and Review", D(2024, 12, 31), None, "G", "G",
     "New format piloted in November with parents' feedback; roll-out in December.",
     ["Service Manager, Safeguarding and Review"], "2024-12", None, "green"),
    ("rec", DR2, 2),
    ("1.4", "Agree a joint protocol with West Midlands Police and the Emergency Duty "
            "Team for convening out-of-hours strategy discussions within 24 hours.",
     "EDT Manager & DI Public Protection (WMP)", "Nov-24", "Feb-25", "A", "G",
     "Draft protocol with WMP legal; sign-off expected at January Safeguarding "
     "Partnership Executive.",
     ["EDT Manager", "DI Public Protection (WMP)"], "2025-02", None, "green"),
    ("1.5", "Add out-of-hours strategy discussion timeliness to the weekly performance "
            "clinic dashboard.",
     "Head of Performance and Intelligence", D(2024, 10, 31), None, "G", "B",
     "Live in dashboard from 14 October 2024.",
     ["Head of Performance and Intelligence"], "2024-10", None, "blue"),
    ("theme", P2),
    ("rec", DR3, 2),
    ("2.1", "Deliver the foster carer recruitment campaign with the regional fostering "
            "hub, targeting carers for teenagers and sibling groups.",
     "Head of Fostering and Adoption", D(2025, 3, 31), None, "G", "G",
     "19 enquiries and 4 assessments started since campaign launch in October.",
     ["Head of Fostering and Adoption"], "2025-03", None, "green"),
    ("2.2", "Review the foster carer fees and allowances scheme and take proposals "
            "to Cabinet.",
     "Assistant Director, Children in Care", D(2024, 12, 31), D(2025, 3, 31), "G", "R",
     "Cabinet report deferred from December to March pending budget setting.",
     ["Assistant Director, Children in Care"], "2025-03", None, "red"),
    ("rec", DR4, 1),
    ("2.3", "Ensure every care leaver receives their health history by their 18th "
            "birthday, in a format they have agreed.\nCompliance to be audited "
            "quarterly by the Designated Nurse.",
     "Designated Nurse CiC (ICB); Head of Leaving Care", "Q4 2024/25", None, "A", "A",
     "Q2 audit: 71% of 18-year-olds had received their health history.",
     ["Designated Nurse CiC (ICB)", "Head of Leaving Care"], "2025-03", None, "amber"),
    ("note", "Note: actions on staying put and supported lodgings were moved to the "
             "Sufficiency Strategy action plan in November 2024 and are reported there."),
    ("theme", P3),
    ("rec", DR5, 2),
    ("3.1", "Refresh the supervision policy and templates, including a reflective "
            "section and a clear record of management decisions and their rationale.",
     "Principal Social Worker", D(2024, 11, 30), None, "G", "B",
     "Policy signed off at DMT 19 November 2024.",
     ["Principal Social Worker"], "2024-11", None, "blue"),
    ("3.2", "Quarterly thematic audit of management oversight, reported to the "
            "Improvement Board, with learning shared at the Practice Forum.",
     "Head of Quality Assurance", "Quarterly – from Jan 2025", None, None, "G",
     "New action added November 2024. First audit scheduled for January 2025.",
     ["Head of Quality Assurance"], None, "Quarterly – from Jan 2025", "green"),
]


def build_dudley():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = DUDLEY_TITLE
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = ("Response to the Ofsted Inspection of Local Authority Children's "
                 "Services, 4–15 March 2024")
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [("Version", "2.1"),
            ("Status", "Live – reported monthly to the Children's Services Improvement Board"),
            ("Owner", "Director of Children's Services"),
            ("Last updated", D(2024, 12, 9)),
            ("Next review", D(2025, 3, 10))]
    for i, (k, v) in enumerate(rows, 5):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        c = cov.cell(row=i, column=2, value=v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        cov.cell(row=i, column=1).border = BOX
        c.border = BOX
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [("B", "Complete – action delivered and impact evidenced"),
           ("G", "On track"),
           ("A", "Some slippage – recovery in hand"),
           ("R", "Off track – escalated to Improvement Board")]
    for i, (k, v) in enumerate(key, 12):
        c = cov.cell(row=i, column=1, value=k)
        c.fill = FILL[k]
        c.alignment = Alignment(horizontal="center")
        cov.cell(row=i, column=2, value=v)
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = DUDLEY_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Inspection dates: 4–15 March 2024 | Report published: 26 April 2024 | "
                "Overall effectiveness: Requires improvement to be good")
    ws.merge_cells("A2:I2")
    ws["A3"] = "Progress as at: 9 December 2024"
    ws["A3"].font = Font(italic=True)
    _head(ws, 5, ["Ref", "Ofsted recommendation", "Action", "Lead officer",
                  "Original target date", "Revised target date",
                  "Previous RAG (Sept 24)", "Current RAG (Dec 24)", "Progress update"],
          [7, 38, 55, 28, 13, 13, 11, 11, 50])
    r = 6
    pending_rec = None
    for item in DUDLEY:
        if item[0] == "theme":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            for col in range(1, 10):
                ws.cell(row=r, column=col).fill = THEME_FILL
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
        elif item[0] == "note":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
        elif item[0] == "rec":
            pending_rec = (item[1], item[2], r)
        else:
            ref, act, lead, orig, rev, prev, cur, prog = item[:8]
            vals = [ref, None, act, lead, orig, rev, prev, cur, prog]
            for col, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for col, v in ((7, prev), (8, cur)):
                if v:
                    ws.cell(row=r, column=col).fill = FILL[v]
                    ws.cell(row=r, column=col).alignment = Alignment(
                        horizontal="center", vertical="top")
            if pending_rec and pending_rec[2] == r:
                text, n, start = pending_rec
                ws.cell(row=start, column=2, value=text).alignment = WRAP
                if n > 1:
                    ws.merge_cells(start_row=start, start_column=2,
                                   end_row=start + n - 1, end_column=2)
            r += 1
    ws.freeze_panes = "A6"

    sm = wb.create_sheet("RAG Summary")
    sm["A1"] = "RAG summary – December 2024"
    sm["A1"].font = Font(bold=True, size=13)
    _head(sm, 3, ["Priority", "Blue", "Green", "Amber", "Red", "Total"],
          [60, 8, 8, 8, 8, 8])
    data = [(P1, 2, 2, 1, 0, 5), (P2, 0, 1, 1, 1, 3), (P3, 1, 1, 0, 0, 2),
            ("Total", 3, 4, 2, 1, 10)]
    for i, row in enumerate(data, 4):
        for j, v in enumerate(row, 1):
            c = sm.cell(row=i, column=j, value=v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    wb.save(os.path.join(HERE, DUDLEY_FILE))


# ---------------------------------------------------------------------------
# 2. Warrington Corporate Parenting Board action plan (xlsx, fill-colour RAG)
# ---------------------------------------------------------------------------
WARR_FILE = "ki1-warrington-corporate-parenting-board-action-plan.xlsx"
WARR_TITLE = "Warrington Corporate Parenting Board – Action Plan 2025/26"
WP1 = "Promise 1: You will have a safe, stable and loving home"
WP2 = "Promise 2: You will be healthy and happy"
WP3 = "Promise 3: You will do well in education, training and work"
WP4 = "Promise 4: You will be listened to and help shape our services"
WP5 = "Promise 5: You will be ready for adult life"
# (ref, action, lead cell, partners, by when, fill, update, exp lead, end, end_text, status)
WARR = [
    ("theme", WP1),
    ("1a", "Open two new council children's homes in Orford and Great Sankey for up "
           "to six children, so that more children can live in Warrington.",
     "Head of Placements & Sufficiency", "Property Services; Ofsted registration team",
     "March 2026", "A",
     "Orford home registered with Ofsted in October. Great Sankey planning "
     "permission granted; building works behind schedule.",
     ["Head of Placements & Sufficiency"], "2026-03", None, "amber"),
    ("1b", "Increase the number of Warrington foster carers by 15 net new households "
           "through the Foster Warrington campaign.",
     "Fostering Team Manager", "Communications; Foster Carer Association",
     "Q4 2025/26", "G",
     "9 new households approved April–October; 6 assessments in progress.",
     ["Fostering Team Manager"], "2026-03", None, "green"),
    ("theme", WP2),
    ("2a", "Make sure every child coming into care has their initial health "
           "assessment within 20 working days, with weekly tracking between social "
           "care and the health team.",
     "Designated Nurse for Children in Care\nService Manager, Children in Care",
     "Cheshire and Merseyside ICB (Warrington Place); Bridgewater Community Healthcare",
     "End of September 2025", "B",
     "Weekly tracker in place since June. 94% of IHAs within 20 working days in Q2.",
     ["Designated Nurse for Children in Care", "Service Manager, Children in Care"],
     "2025-09", None, "blue"),
    ("2b", "Launch the emotional wellbeing offer for children in care, with a named "
           "CAMHS practitioner in each Children in Care team.",
     "Head of Children in Care", "CAMHS (Mersey Care)", D(2026, 1, 1), "G",
     "Two practitioners recruited; start dates December 2025.",
     ["Head of Children in Care"], "2026-01", None, "green"),
    ("theme", WP3),
    ("3a", "Guarantee an interview for work experience, an apprenticeship or a "
           "traineeship within the council for every care leaver who asks for one.",
     "Head of Leaving Care Service / HR Business Partner", "Warrington & Vale Royal College",
     "Ongoing", "G",
     "14 care leavers interviewed since April; 5 apprenticeships started.",
     ["Head of Leaving Care Service", "HR Business Partner"], None, "Ongoing", "green"),
    ("3b", "Every child in care of school age to have a Personal Education Plan "
           "reviewed each term, with at least 85% of audited PEPs rated good or better.",
     "Virtual School Head", "Schools and designated teachers", "Summer term 2026", "A",
     "Autumn audit: 78% of PEPs rated good or better.",
     ["Virtual School Head"], "2026-07", None, "amber"),
    ("theme", WP4),
    ("4a", "Hold one Board meeting each year run by the Children in Care Council, "
           "with young people setting the agenda.",
     "Participation Lead", "Children in Care Council; Care Leavers' Forum", "July 2026",
     None, "Planned for July 2026 – not started.",
     ["Participation Lead"], "2026-07", None, "unrated"),
    ("4b", "Refresh the Warrington Promise with children in care and care leavers and "
           "take it to full Council for adoption.",
     "Cllr M. Fitzpatrick (Lead Member) & Assistant Director, Children's Social Care",
     "Children in Care Council", "Dec 2025", "R",
     "Council date has slipped at young people's request so that they have more "
     "time to consult.",
     ["Cllr M. Fitzpatrick (Lead Member)", "Assistant Director, Children's Social Care"],
     "2025-12", None, "red"),
    ("theme", WP5),
    ("5a", "Extend the council tax exemption to Warrington care leavers living outside "
           "the borough, up to age 25.",
     "Head of Revenues and Benefits", "Finance", D(2026, 4, 1), "G",
     "Included in the 2026/27 council tax support scheme consultation.",
     ["Head of Revenues and Benefits"], "2026-04", None, "green"),
    ("5b", "Agree a joint housing protocol for care leavers aged 16–25 with Housing "
           "Options and registered providers.",
     "Head of Housing Options", "Torus; Great Places; Your Housing Group",
     "Sept 2025 – Jan 2026", "A",
     "Draft protocol consulted on with the Care Leavers' Forum in October.",
     ["Head of Housing Options"], "2026-01", None, "amber"),
]


def build_warrington():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan 2025-26"
    ws["A1"] = WARR_TITLE
    ws["A1"].font = Font(bold=True, size=15)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Delivering our Corporate Parenting Strategy 2024–2027 and our promise "
                "to children in care and care leavers")
    ws.merge_cells("A2:G2")
    ws["A3"] = "Updated for the Board meeting on 20 November 2025"
    ws["A3"].font = Font(italic=True)
    _head(ws, 5, ["Ref", "What we will do", "Lead officer(s)", "Partners", "By when",
                  "RAG", "Update – November 2025"],
          [6, 58, 34, 32, 16, 7, 55])
    r = 6
    for item in WARR:
        if item[0] == "theme":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True, color="1F3864")
            for col in range(1, 8):
                ws.cell(row=r, column=col).fill = THEME_FILL
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            continue
        ref, act, lead, partners, when, fill, upd = item[:7]
        vals = [ref, act, lead, partners, when, None, upd]
        for col, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=col, value=v)
            c.alignment = WRAP
            c.border = BOX
        if isinstance(when, dt.datetime):
            # 2b is typed as a month (shown Jan-26); 5a as a full date
            ws.cell(row=r, column=5).number_format = (
                "mmm-yy" if ref == "2b" else "dd/mm/yyyy")
        if fill:
            ws.cell(row=r, column=6).fill = FILL[fill]
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key:").font = Font(bold=True)
    r += 1
    for k, v in (("B", "Complete"), ("G", "On track"), ("A", "Some risk to delivery"),
                 ("R", "Off track – Board to challenge")):
        ws.cell(row=r, column=6).fill = FILL[k]
        ws.cell(row=r, column=7, value=v)
        r += 1
    ws.cell(row=r, column=7, value="No colour – not yet started")
    r += 2
    ws.cell(row=r, column=1, value=(
        "Notes: RAG colours are updated by the lead officer before each Board. "
        "Partners named are those who have agreed to contribute; the lead officer "
        "is accountable to the Board."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, WARR_FILE))


# ---------------------------------------------------------------------------
# 3. West Lothian adoption service Care Inspectorate plan (xlsx) - REFUSE
# ---------------------------------------------------------------------------
WL_FILE = ("ki1-west-lothian-council-adoption-service-care-inspectorate-"
           "improvement-plan-typo-month-refuse.xlsx")
WL_TITLE = "West Lothian Council Adoption Service – Care Inspectorate Improvement Plan 2025"
WREQ1 = ("By 31 October 2025, the provider must ensure that assessments of prospective "
         "adopters are completed and presented to the adoption panel within the "
         "timescales set out in the Adoption Agencies (Scotland) Regulations 2009.")
WAFI1 = ("To support good outcomes for children, the service should ensure that "
         "reports presented to the adoption panel are quality assured and that panel "
         "minutes are shared with applicants within agreed timescales.")
WAFI2 = ("The service should develop its post-adoption support so that adoptive "
         "families can access support when they need it.")
WL = [
    ("section", "Requirement"),
    ("rec", WREQ1, 2),
    ("R1.1", "Introduce a tracker of all adopter assessments with stage dates, "
             "reviewed fortnightly by the Team Leader.",
     "Team Leader, Adoption & Permanence", "June 2025",
     "Tracker in use from 9 June 2025.", "Complete"),
    ("R1.2", "Recruit two additional assessing social workers on 12-month contracts.",
     "Service Manager (Family Placement)", "Sept 2025",
     "One post filled; second post readvertised.", "On track"),
    ("section", "Areas for improvement"),
    ("rec", WAFI1, 2),
    ("A1.1", "Panel adviser to quality assure all reports ten working days before panel.",
     "Adoption Panel Adviser", "Ongoing", "In place for all panels since July.",
     "On track"),
    ("A1.2", "Agree a service standard for sending draft minutes to applicants and "
             "audit compliance.",
     "Panel Administrator / Team Leader", "Febuary 2026",
     "To be agreed at panel business meeting.", "Not started"),
    ("rec", WAFI2, 2),
    ("A2.1", "Publish the post-adoption support offer on the council website and in the "
             "adopters' handbook.",
     "Senior Practitioner (Post Adoption)", "December 2025",
     "Draft shared with adopters' group for comment.", "On track"),
    ("A2.2", "Develop a group-based support programme for adoptive parents with "
             "Adoption UK Scotland.",
     "Senior Practitioner (Post Adoption)", "March 2026",
     "Initial meeting held 3 October 2025.", "On track"),
]
WL_REFUSE_ROW = None  # filled in by build


def build_west_lothian():
    global WL_REFUSE_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = WL_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Service number: CS2004082316 | Unannounced inspection completed: "
                "24 April 2025 | Report published: 6 June 2025")
    ws.merge_cells("A2:G2")
    ws["A4"] = "Key question"
    ws["B4"] = "Grade"
    ws["A4"].font = ws["B4"].font = Font(bold=True)
    grades = [("How well do we support people's wellbeing?", "4 – Good"),
              ("How good is our leadership?", "3 – Adequate"),
              ("How good is our staff team?", "4 – Good"),
              ("How well is our care and support planned?", "3 – Adequate")]
    for i, (k, g) in enumerate(grades, 5):
        ws.cell(row=i, column=1, value=k).border = BOX
        ws.cell(row=i, column=2, value=g).border = BOX
    _head(ws, 10, ["No.", "Requirement / area for improvement", "Action", "Responsible",
                   "Timescale", "Progress", "Status"],
          [8, 48, 52, 30, 15, 40, 12])
    ws.column_dimensions["A"].width = 44  # key questions sit in column A above
    r = 11
    pending = None
    for item in WL:
        if item[0] == "section":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            for col in range(1, 8):
                ws.cell(row=r, column=col).fill = THEME_FILL
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
        elif item[0] == "rec":
            pending = (item[1], item[2], r)
        else:
            ref, act, resp, when, prog, status = item
            vals = [ref, None, act, resp, when, prog, status]
            for col, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BOX
            if when == "Febuary 2026":
                WL_REFUSE_ROW = r
            if pending and pending[2] == r:
                ws.cell(row=r, column=2, value=pending[0]).alignment = WRAP
                ws.merge_cells(start_row=r, start_column=2,
                               end_row=r + pending[1] - 1, end_column=2)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value=(
        "Plan to be returned to the Care Inspectorate by 4 July 2025 and reviewed "
        "at the Family Placement management meeting monthly."))
    wb.save(os.path.join(HERE, WL_FILE))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False):
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    run.italic = italic
    for extra in parts[1:]:
        p = cell.add_paragraph()
        run = p.add_run(extra)
        run.bold = bold
        run.italic = italic


def header_row(table, values):
    for cell, v in zip(table.rows[0].cells, values):
        set_cell(cell, v, bold=True)
        shade(cell, "1F3864")
        for p in cell.paragraphs:
            for run in p.runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


RAG_HEX = {"Blue": "5B9BD5", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000",
           "B": "5B9BD5", "G": "00B050", "A": "FFC000", "R": "FF0000"}


# ---------------------------------------------------------------------------
# 4. Doncaster local area SEND priority action plan (docx, table per priority)
# ---------------------------------------------------------------------------
DON_FILE = "ki1-doncaster-local-area-send-priority-action-plan.docx"
DON_TITLE = "Doncaster Local Area SEND Partnership – Priority Action Plan 2025–2027"
DP1 = "Priority 1: Timeliness and quality of education, health and care plans"
DP2 = "Priority 2: Neurodevelopmental assessment and support while waiting"
DP3 = "Priority 3: Preparing for adulthood"
DAPA1 = ("Leaders across education, health and care should urgently improve the "
         "timeliness of EHC needs assessments, and make sure that EHC plans accurately "
         "reflect children and young people's needs and the provision required to "
         "meet them.")
DAPA2 = ("The ICB and the local authority should work together to reduce waiting times "
         "for autism and ADHD assessments, and make sure that families receive "
         "effective support while they wait.")
DAFI = ("Leaders should improve the way young people with SEND are prepared for "
        "adulthood, including clear pathways into employment and independent living.")
# (ref, action, leads cell, timescale, measure, RAG text, exp lead, end, end_text, status)
DON = [
    (DP1, "Area for priority action 1", DAPA1, [
        ("1.1", "Clear the backlog of EHC needs assessments over 20 weeks through the "
                "EHC recovery plan, with weekly reporting to the Director of Education.",
         "Head of SEND Assessment and Review", "Sept 2025 – March 2026",
         "80% of new EHC plans issued within 20 weeks (excluding exceptions)", "Amber",
         ["Head of SEND Assessment and Review"], "2026-03", None, "amber"),
        ("1.2", "Introduce multi-agency quality assurance of new EHC plans, with "
                "education, health and social care advice moderated every month.\n"
                "Findings to be reported quarterly to the SEND Partnership Board.",
         "Designated Clinical Officer (ICB); Principal Educational Psychologist",
         "End of June 2025",
         "At least 70% of audited plans rated good; parent carer feedback on plans",
         "Blue",
         ["Designated Clinical Officer (ICB)", "Principal Educational Psychologist"],
         "2025-06", None, "blue"),
        ("1.3", "All NHS providers to return health advice for EHC needs assessments "
                "within six weeks, monitored through the ICB SEND dashboard.",
         "Dr Priya Nair & Lisa Carr", "Autumn term 2025",
         "95% of health advice returned within six weeks", "Green",
         ["Dr Priya Nair", "Lisa Carr"], "2025-12", None, "green"),
    ]),
    (DP2, "Area for priority action 2", DAPA2, [
        ("2.1", "Commission additional autism assessment capacity from an independent "
                "provider to reduce the waiting list for children aged 5 to 18.",
         "Head of Children's Commissioning (SY ICB, Doncaster Place)", "Q2 2025/26",
         "Waiting list reduced by 30% from the March 2025 baseline", "Green",
         ["Head of Children's Commissioning (SY ICB, Doncaster Place)"], "2025-09",
         None, "green"),
        ("2.2", "Launch the 'Support While You Wait' offer with Doncaster Parent Voice, "
                "including drop-in sessions at family hubs.",
         "Doncaster Parent Voice / Family Hubs Manager", "Summer term 2025",
         "Offer published; attendance and feedback reported to Board", "Blue",
         ["Doncaster Parent Voice", "Family Hubs Manager"], "2025-07", None, "blue"),
    ]),
    (DP3, "Area for improvement", DAFI, [
        ("3.1", "Co-produce a preparing for adulthood pathway from Year 9 with young "
                "people, colleges and adult social care.",
         "PfA Strategic Lead", "31/01/2026",
         "Pathway published on the Local Offer; used in Year 9 annual reviews",
         "Green", ["PfA Strategic Lead"], "2026-01", None, "green"),
        ("3.2", "Report supported internship and employment outcomes for young people "
                "with EHC plans to the SEND Partnership Board.",
         "Head of Post-16 and Skills", "Termly",
         "Termly outcomes report received by Board", "Green",
         ["Head of Post-16 and Skills"], None, "Termly", "green"),
        ("3.3", "Expand supported internships to 40 places for September 2026.",
         "Head of Post-16 and Skills", "Sept 2026",
         "40 interns on programme in September 2026", "Not started",
         ["Head of Post-16 and Skills"], "2026-09", None, "unrated"),
    ]),
]


def build_doncaster():
    doc = docx.Document()
    landscape(doc)
    doc.add_paragraph(DON_TITLE, style="Title")
    doc.add_paragraph(
        "Response to the Ofsted and CQC area SEND inspection of Doncaster Local Area "
        "Partnership (fieldwork 3 to 7 February 2025; report published 25 March 2025). "
        "Inspection outcome: widespread and/or systemic failings.")
    doc.add_heading("Document control", level=1)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Comments"])
    for row in (("1.0", "02/05/2025", "SEND Improvement Programme Lead",
                 "Submitted to Ofsted, CQC, DfE and NHS England"),
                ("1.1", "14/07/2025", "SEND Improvement Programme Lead",
                 "Update for SEND Partnership Board"),
                ("1.2", "15/10/2025", "SEND Improvement Programme Lead",
                 "Progress RAG ratings as at October 2025")):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_heading("Governance", level=1)
    doc.add_paragraph(
        "This plan is owned by the Doncaster SEND Partnership Board, co-chaired by the "
        "Director of Children's Services and the ICB Place Director. Progress is "
        "reviewed every six weeks with Doncaster Parent Voice and reported to the DfE "
        "and NHS England through the SEND improvement stocktake.")
    doc.add_heading("RAG rating", level=1)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    header_row(t, ["Rating", "Meaning"])
    for k, v in (("Blue", "Action complete and impact evidenced"),
                 ("Green", "On track"),
                 ("Amber", "Risk to delivery – mitigations in place"),
                 ("Red", "Off track – escalated to SEND Partnership Board"),
                 ("Not started", "Action not yet due to start")):
        cells = t.add_row().cells
        cells[0].text = k
        cells[1].text = v
        if k in RAG_HEX:
            shade(cells[0], RAG_HEX[k])
    for theme, kind, text, actions in DON:
        doc.add_heading(theme, level=1)
        doc.add_heading(kind, level=2)
        p = doc.add_paragraph()
        p.add_run(text).italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "What we will do", "Lead(s)", "By when",
                       "How we will know it has made a difference", "RAG"])
        for a in actions:
            ref, act, lead, when, measure, rag = a[:6]
            cells = t.add_row().cells
            for c, v in zip(cells, (ref, act, lead, when, measure, rag)):
                set_cell(c, v)
            if rag in RAG_HEX:
                shade(cells[5], RAG_HEX[rag])
    doc.add_heading("Sign-off", level=1)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Name", "Role", "Date"])
    for row in (("Helen Ashworth", "Director of Children's Services, City of Doncaster Council",
                 "01/05/2025"),
                ("Mark Deakin", "Place Director, NHS South Yorkshire ICB (Doncaster)",
                 "01/05/2025"),
                ("Chair", "Doncaster Parent Voice", "01/05/2025")):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.save(os.path.join(HERE, DON_FILE))


# ---------------------------------------------------------------------------
# 5. Newcastle Safeguarding Children Partnership JTAI action plan (docx)
# ---------------------------------------------------------------------------
NEW_FILE = "ki1-newcastle-safeguarding-children-partnership-jtai-action-plan.docx"
NEW_TITLE = ("Newcastle Safeguarding Children Partnership: Joint Targeted Area "
             "Inspection Action Plan")
NA1 = ("1. Partnership leaders' oversight of the multi-agency response to children at "
       "risk of serious youth violence and exploitation, including how well they "
       "understand the impact of their work.")
NA2 = ("2. The consistency of return home interviews and the sharing of information "
       "from them with the police and schools.")
NA3 = ("3. The identification of, and response to, the health needs of children who "
       "are victims of serious violence, including when they attend the emergency "
       "department.")
NA4 = ("4. The quality of safety planning for children at risk of harm outside the "
       "home, including the involvement of schools.")
# (no., action, agency lead, timescale, progress, rag, exp lead, end, end_text, status)
NEW = [
    (NA1, [
        ("1.1", "Establish a joint Serious Violence and Exploitation sub-group of the "
                "NSCP, reporting to the Executive quarterly.",
         "NSCP Business Manager", "Jul-25",
         "Sub-group established; first meeting 8 July 2025 with terms of reference "
         "agreed.", "B", ["NSCP Business Manager"], "2025-07", None, "blue"),
        ("1.2", "Develop a shared dataset on children affected by serious youth "
                "violence, combining police, health, education and youth justice data.",
         "Northumbria Police – Supt Safeguarding / Newcastle City Council – Head of "
         "Performance", "31/12/2025",
         "Data sharing agreement with ICB legal team; education data not yet included.",
         "A",
         ["Northumbria Police – Supt Safeguarding",
          "Newcastle City Council – Head of Performance"], "2025-12", None, "amber"),
    ]),
    (NA2, [
        ("2.1", "Recommission the return home interview service with a 72-hour "
                "completion standard and direct sharing with the Missing from Home "
                "coordinator.",
         "Head of Commissioning (Children)", "Q3 2025/26",
         "Specification agreed; tender closes 31 October.", "G",
         ["Head of Commissioning (Children)"], "2025-12", None, "green"),
        ("2.2", "Audit 20 return home interviews each quarter through the NSCP "
                "multi-agency audit programme.",
         "NSCP Quality Assurance Subgroup Chair", "Ongoing – quarterly",
         "Q1 audit completed; findings to Executive in October.", "G",
         ["NSCP Quality Assurance Subgroup Chair"], None, "Ongoing – quarterly",
         "green"),
    ]),
    (NA3, [
        ("3.1", "Introduce an alert on the emergency department system at the Great "
                "North Children's Hospital for children attending after an assault, "
                "with same-day notification to the safeguarding team.",
         "Named Nurse Safeguarding Children (NUTH)", "Oct-25",
         "IT change request approved; build delayed by system upgrade.", "A",
         ["Named Nurse Safeguarding Children (NUTH)"], "2025-10", None, "amber"),
        ("3.2", "Deliver trauma-informed practice training to emergency department and "
                "school nursing staff.",
         "Designated Nurse Safeguarding Children (ICB)", "March 2026",
         "Two of six sessions delivered.", "G",
         ["Designated Nurse Safeguarding Children (ICB)"], "2026-03", None, "green"),
        ("3.3", "Extend the youth work navigator programme in the emergency department "
                "to weekend evenings.",
         "Violence Reduction Unit Programme Manager", "Apr-26",
         "Funding bid submitted to the Northumbria VRU; awaiting decision.", "",
         ["Violence Reduction Unit Programme Manager"], "2026-04", None, "unrated"),
    ]),
    (NA4, [
        ("4.1", "Introduce a safety plan template for extra-familial harm in the "
                "children's social care record, with guidance co-produced with "
                "practitioners.\nThe template will be used in all child exploitation "
                "strategy meetings.",
         "Principal Social Worker; Head of Education Safeguarding", "30 November 2025",
         "Template drafted and tested with two teams.", "G",
         ["Principal Social Worker", "Head of Education Safeguarding"], "2025-11",
         None, "green"),
        ("4.2", "Hold briefings for designated safeguarding leads on exploitation and "
                "extra-familial harm.",
         "Head of Education Safeguarding", "Termly",
         "Summer term briefing attended by 71 schools.", "G",
         ["Head of Education Safeguarding"], None, "Termly", "green"),
    ]),
]


def build_newcastle():
    doc = docx.Document()
    landscape(doc)
    doc.add_paragraph(NEW_TITLE, style="Title")
    doc.add_paragraph(
        "Theme: the multi-agency response to children and young people affected by "
        "serious youth violence. Inspection fieldwork: 13–17 January 2025. Joint "
        "letter of findings published: 11 March 2025.")
    doc.add_paragraph(
        "This plan is owned by the NSCP Executive (Newcastle City Council, Northumbria "
        "Police and North East and North Cumbria Integrated Care Board). It was "
        "submitted to Ofsted on 24 June 2025. Progress shown as at 30 September 2025.")
    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, (k, v) in zip(t.rows[0].cells, (("B", "Complete"), ("G", "On track"),
                                           ("A", "Some delay"), ("R", "Significant delay"))):
        c.text = f"{k} – {v}"
        shade(c, RAG_HEX[k])
    doc.add_heading("Areas for improvement and actions", level=1)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    header_row(t, ["No.", "Action", "Agency lead", "Timescale",
                   "Progress update (September 2025)", "RAG"])
    for area, actions in NEW:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[5])
        set_cell(merged, area, bold=True)
        shade(merged, "D9E1F2")
        for a in actions:
            ref, act, lead, when, prog, rag = a[:6]
            cells = t.add_row().cells
            for c, v in zip(cells, (ref, act, lead, when, prog, rag)):
                set_cell(c, v)
            if rag:
                shade(cells[5], RAG_HEX[rag])
    doc.add_paragraph()
    doc.add_heading("Agreed by the statutory safeguarding partners", level=1)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Partner", "Lead safeguarding partner", "Date"])
    for row in (("Newcastle City Council", "Chief Executive", "20/06/2025"),
                ("Northumbria Police", "Assistant Chief Constable", "20/06/2025"),
                ("NENC Integrated Care Board", "Chief Nurse", "20/06/2025")):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.save(os.path.join(HERE, NEW_FILE))


# ---------------------------------------------------------------------------
# 6. Liverpool Youth Justice Service HMIP improvement plan (csv export)
# ---------------------------------------------------------------------------
LIV_FILE = "ki1-liverpool-youth-justice-service-hmip-improvement-plan.csv"
LIV_TITLE = "Liverpool Youth Justice Service – HMIP Inspection Improvement Plan 2025/26"
LS1 = "The Liverpool Youth Justice Service should:"
LS2 = "The Liverpool Youth Justice Management Board should:"
LR1 = ("1. ensure that assessments consistently analyse how to keep the child and "
       "the community safe, drawing on information from all partner agencies")
LR2 = ("2. improve the quality of out-of-court disposal work, so that decisions are "
       "informed by a full assessment of the child's needs")
LR3 = ("3. ensure that work with victims is recorded consistently and that victims' "
       "wishes shape the interventions offered to children")
LR4 = ("4. make sure that board members understand the profile of children supervised "
       "by the service, including disproportionality, and use this to plan services")
LR5 = ("5. ensure that children supervised by the service have timely access to "
       "speech, language and communication assessments")
# (section, rec or '', action ref, action, owner, due, RAG, update, exp lead, end, end_text, status)
LIV = [
    ("section", LS1),
    (LR1, "1.1", "Deliver refreshed training on analysing safety and risk of harm in "
                 "AssetPlus for all case managers, followed by a practice week.",
     "YJS Practice Development Manager", "30/09/2025", "Complete",
     "Training delivered July–September 2025; 41 of 43 staff attended.",
     ["YJS Practice Development Manager"], "2025-09", None, "blue"),
    ("", "1.2", "Introduce a monthly audit of 10% of open cases focused on safety, "
                "wellbeing and risk of harm.\nResults reported to the YJ Management "
                "Board each quarter.",
     "YJS Head of Service; YJS Quality Assurance Lead", "Dec-25", "Green",
     "Audit tool agreed; August and September audits completed.",
     ["YJS Head of Service", "YJS Quality Assurance Lead"], "2025-12", None, "green"),
    (LR2, "2.1", "Review the Out of Court Disposal panel terms of reference with "
                 "Merseyside Police so that every child has a full assessment before "
                 "the panel decides.",
     "Merseyside Police – Youth Justice Inspector & YJS Operational Manager (Prevention)",
     "31/08/2025", "Complete",
     "New terms of reference in place from 1 August 2025.",
     ["Merseyside Police – Youth Justice Inspector", "YJS Operational Manager (Prevention)"],
     "2025-08", None, "blue"),
    ("", "2.2", "Use the Prevention and Diversion Assessment Tool for all children "
                "considered at the panel, with management sign-off.",
     "YJS Operational Manager (Prevention)", "Jan-26", "Amber",
     "Tool in use; management sign-off recorded in 60% of cases.",
     ["YJS Operational Manager (Prevention)"], "2026-01", None, "amber"),
    (LR3, "3.1", "Recruit a second Victim Liaison Officer.",
     "YJS Head of Service", "November 2025", "Amber",
     "First recruitment round unsuccessful; readvertised October 2025.",
     ["YJS Head of Service"], "2025-11", None, "amber"),
    ("", "3.2", "Add a victim contact section to the case management system and check "
                "it in monthly supervision.",
     "ChildView System Administrator", "Ongoing", "Green",
     "Section added; supervision template updated.",
     ["ChildView System Administrator"], None, "Ongoing", "green"),
    ("section", LS2),
    (LR4, "4.1", "Receive a quarterly profile and disproportionality report on children "
                 "supervised by the service, with actions agreed at each Board.",
     "Chair of YJ Management Board", "Q3 2025/26", "Green",
     "First report received at September Board.",
     ["Chair of YJ Management Board"], "2025-12", None, "green"),
    ("", "4.2", "Induction pack for new Board members and a programme of Board member "
                "visits to the service.",
     "Board Business Support Officer / Chair of YJ Management Board", "31/03/2026",
     "Not started", "",
     ["Board Business Support Officer", "Chair of YJ Management Board"], "2026-03",
     None, "unrated"),
    (LR5, "5.1", "Agree a speech and language therapy offer for the YJS with Alder Hey "
                 "Children's NHS Foundation Trust, including screening within 10 days "
                 "of a court order.",
     "Designated Clinical Officer (ICB)", "Feb-26", "Red",
     "Funding not yet agreed by the ICB; escalated to Board in October.",
     ["Designated Clinical Officer (ICB)"], "2026-02", None, "red"),
]


def build_liverpool():
    cols = 7
    lines = []

    def row(*vals):
        v = list(vals) + [""] * (cols - len(vals))
        lines.append(v)

    row(LIV_TITLE)
    row("Inspection of youth justice work with children and victims. Fieldwork: "
        "10–14 March 2025. Report published: 5 June 2025. Overall rating: Requires "
        "improvement.")
    row("Plan owner: Liverpool Youth Justice Management Board. Last updated: 30/10/2025")
    row()
    row("Recommendation", "Action ref", "Action", "Owner", "Due date", "RAG", "Update")
    for item in LIV:
        if item[0] == "section":
            row(item[1])
            continue
        rec, ref, act, owner, due, rag, upd = item[:7]
        row(rec, ref, act, owner, due, rag, upd)
    row()
    row("Summary: 9 actions – Complete 2; Green 3; Amber 2; Red 1; Not started 1")
    row("Key: Complete = delivered and evidenced; Green = on track; Amber = at risk of "
        "delay; Red = off track; Not started = not yet due")
    with open(os.path.join(HERE, LIV_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        for v in lines:
            w.writerow(v[:7])


# ---------------------------------------------------------------------------
# 7. Redbridge early help strategy action plan (tab-separated text)
# ---------------------------------------------------------------------------
RED_FILE = "ki1-redbridge-early-help-strategy-action-plan.txt"
RED_TITLE = ("London Borough of Redbridge – Early Help Strategy 2024–2027: Year 2 "
             "Action Plan 2025/26")
RP1 = "Priority 1: Right help, right time – a clear front door for families"
RP2 = "Priority 2: Family hubs at the heart of our communities"
RP3 = "Priority 3: Knowing our impact and listening to families"
# (ref, action, lead, partners, timescale, RAG Sept, RAG Jan, comment, exp lead, end, end_text, status)
RED = [
    ("theme", RP1),
    ("EH1.1", "Launch the Redbridge Family Help front door with a single "
              "request-for-support form for all partners",
     "Head of Early Help & Family Hubs", "MASH; schools; health visiting", "Sept 2025",
     "G", "B", "Live from 1 September 2025.",
     ["Head of Early Help & Family Hubs"], "2025-09", None, "blue"),
    ("EH1.2", "Publish a refreshed Continuum of Need and deliver briefings to 300 "
              "practitioners across the partnership",
     "RSCP Business Manager / Head of Early Help & Family Hubs", "RSCP partners",
     "Sept 2025 – March 2026", "A", "G",
     "Document published November 2025; 180 practitioners briefed so far.",
     ["RSCP Business Manager", "Head of Early Help & Family Hubs"], "2026-03", None,
     "green"),
    ("EH1.3", "Run lead professional training for schools and nurseries",
     "Early Help Workforce Development Officer", "Schools; early years settings",
     "Termly", "G", "G", "Autumn course full (32 places).",
     ["Early Help Workforce Development Officer"], None, "Termly", "green"),
    ("theme", RP2),
    ("EH2.1", "Open the Ilford and Hainault family hubs with the full Start for Life offer",
     "Family Hubs Partnership Manager", "NELFT; Barnardo's; libraries",
     "By 31 March 2026", "G", "A", "Hainault building works delayed by six weeks.",
     ["Family Hubs Partnership Manager"], "2026-03", None, "amber"),
    ("EH2.2", "Deliver Incredible Years and Triple P Teen parenting programmes in every hub",
     "Parenting Coordinator", "", "Summer term 2026", "-", "G",
     "New action added October 2025.",
     ["Parenting Coordinator"], "2026-07", None, "green"),
    ("EH2.3", "Co-locate a perinatal mental health practitioner in each family hub",
     "S. Okafor (Public Health)", "NELFT", "Apr-26", "A", "R",
     "NELFT recruitment paused until new financial year.",
     ["S. Okafor (Public Health)"], "2026-04", None, "red"),
    ("theme", RP3),
    ("EH3.1", "Develop an early help outcomes dashboard using the Supporting Families "
              "outcomes framework",
     "Early Help Data & Performance Lead", "", "Dec-25", "A", "B",
     "Dashboard live; first report to Board January 2026.",
     ["Early Help Data & Performance Lead"], "2025-12", None, "blue"),
    ("EH3.2", "Run a family voice survey twice a year and report 'you said, we did' to "
              "the Board",
     "Participation Officer; Family Hubs Partnership Manager", "Redbridge Parent Forum",
     "Ongoing", "G", "G", "Autumn survey: 412 responses.",
     ["Participation Officer", "Family Hubs Partnership Manager"], None, "Ongoing",
     "green"),
    ("EH3.3", "Commission an independent evaluation of the Family Help front door",
     "Head of Early Help & Family Hubs", "", "July 2026", "", "",
     "Not started – to be commissioned in Q1 2026/27.",
     ["Head of Early Help & Family Hubs"], "2026-07", None, "unrated"),
]


def build_redbridge():
    out = [RED_TITLE,
           "Early Help Partnership Board – version 1.4, updated 12 January 2026",
           "",
           "\t".join(["Ref", "What we will do", "Lead", "Partners", "Timescale",
                      "RAG Sept 25", "RAG Jan 26", "Comment"])]
    for item in RED:
        if item[0] == "theme":
            out.append(item[1])
            continue
        out.append("\t".join(item[:8]))
    out += ["",
            "RAG key: B = complete; G = on track; A = some slippage; R = off track; "
            "blank = not yet started",
            "Totals (Jan 26): B 2, G 4, A 1, R 1, not started 1"]
    with open(os.path.join(HERE, RED_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


def main():
    build_dudley()
    build_warrington()
    build_west_lothian()
    build_doncaster()
    build_newcastle()
    build_liverpool()
    build_redbridge()
    print("West Lothian refuse row:", WL_REFUSE_ROW)


if __name__ == "__main__":
    main()
