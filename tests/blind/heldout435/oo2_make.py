"""Build the seven oo2- blind test files (set heldout435).

Run with /work/main/.venv/bin/python oo2_make.py  (needs openpyxl, python-docx).
Each data file is written next to this script.  The expected readings
(NAME.expected.yaml) are written by hand beside them and are not produced here.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


D = dt.datetime

# --------------------------------------------------------------------------
# shared helpers
# --------------------------------------------------------------------------
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "B": PatternFill("solid", fgColor="5B9BD5"),
    "G": PatternFill("solid", fgColor="00B050"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "R": PatternFill("solid", fgColor="FF0000"),
    "hdr": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "grey": PatternFill("solid", fgColor="EDEDED"),
    "purple": PatternFill("solid", fgColor="4B2E83"),
    "lilac": PatternFill("solid", fgColor="E4DFEC"),
}
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def header_row(ws, row, labels, fill="hdr"):
    for i, lab in enumerate(labels, start=1):
        c = ws.cell(row=row, column=i, value=lab)
        c.font = WHITE_BOLD
        c.fill = FILL[fill]
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def box(ws, row, ncols):
    for i in range(1, ncols + 1):
        c = ws.cell(row=row, column=i)
        c.border = BOX
        if c.alignment is None or not c.alignment.wrap_text:
            c.alignment = WRAP


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


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
    for j, line in enumerate(lines):
        if j:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.8))


# ==========================================================================
# 1. Dorset & Wiltshire FRS - HMICFRS AFI improvement plan (xlsx)
# ==========================================================================
def make_dwfrs():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Dorset & Wiltshire Fire and Rescue Service"
    cov["A1"].font = Font(bold=True, size=16, color="C00000")
    cov["A2"] = "HMICFRS Inspection 2023–25: Areas for Improvement – Improvement Plan"
    cov["A2"].font = Font(bold=True, size=13)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    ctl = [
        ("Document owner", "Deputy Chief Fire Officer"),
        ("Author", "Service Improvement Manager"),
        ("Version", "3.2"),
        ("Status", "Final – for Finance and Audit Committee, 27 October 2025"),
        ("Review frequency", "Quarterly"),
    ]
    for i, (k, v) in enumerate(ctl, start=5):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=2, value=v)
        box(cov, i, 2)
    cov["A11"] = "Version history"
    cov["A11"].font = Font(bold=True)
    header_row(cov, 12, ["Version", "Date", "Change"])
    hist = [
        ("1.0", D(2023, 11, 20), "Plan agreed by Strategic Leadership Team following publication of report"),
        ("2.0", D(2024, 10, 14), "Annual refresh – revised dates agreed for AFI 1 and AFI 2"),
        ("3.2", D(2025, 10, 6), "Q2 2025/26 progress update"),
    ]
    for i, (v, d, ch) in enumerate(hist, start=13):
        cov.cell(row=i, column=1, value=v)
        c = cov.cell(row=i, column=2, value=d)
        c.number_format = "dd/mm/yyyy"
        cov.cell(row=i, column=3, value=ch)
        box(cov, i, 3)
    cov["A17"] = "RAG key"
    cov["A17"].font = Font(bold=True)
    key = [
        ("B", "Blue", "Action complete and evidence provided"),
        ("G", "Green", "On track to be delivered by the completion date"),
        ("A", "Amber", "Some slippage – revised date agreed"),
        ("R", "Red", "Off track – not expected to meet revised date"),
    ]
    for i, (k, word, meaning) in enumerate(key, start=18):
        c = cov.cell(row=i, column=1, value=k)
        c.fill = FILL[k]
        cov.cell(row=i, column=2, value=word)
        cov.cell(row=i, column=3, value=meaning)
        box(cov, i, 3)
    widths(cov, [22, 48, 70])

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "HMICFRS Areas for Improvement – Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 30 September 2025 (Q2 2025/26)"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Area for improvement", "Action", "Action owner",
           "Original completion date", "Revised completion date",
           "Previous RAG (Q1)", "Current RAG (Q2)", "Progress update"]
    header_row(ws, 4, hdr)
    ws.freeze_panes = "A5"

    plan = [
        ("Effectiveness", [
            ("AFI 1 – The service should make sure its prevention activity is "
             "prioritised towards the people most at risk from fire.", [
                ("1.1", "Refresh the prevention targeting model using Exeter data, Incident "
                        "Recording System data and partner referral data.",
                 "Head of Prevention", D(2024, 3, 31), None, "G", "B",
                 "Model live from April 2024; 71% of Safe and Well visits now to priority households."),
                ("1.2", "Introduce a quarterly audit of Safe and Well visits delivered to "
                        "households outside the priority criteria.",
                 "Head of Prevention / Community Safety Manager (Wiltshire)",
                 D(2024, 9, 30), D(2025, 3, 31), "A", "G",
                 "First two audits reported to Prevention Board; third due November."),
            ]),
            ("AFI 2 – The service should make sure it has an effective quality "
             "assurance process, so staff carry out fire protection audits to a "
             "consistent standard.", [
                ("2.1", "Implement peer review of a 10% sample of fire safety audits each "
                        "month, with findings fed into the Protection training plan.",
                 "Group Manager Protection", D(2024, 12, 31), D(2025, 6, 30), "A", "A",
                 "Peer review running in Dorset; Wiltshire team below establishment until January."),
            ]),
        ]),
        ("Efficiency", [
            ("AFI 3 – The service should make sure it has robust processes to monitor, "
             "review and evaluate the benefits of its collaboration activity.", [
                ("3.1", "Develop a collaboration benefits register and report it to the "
                        "Strategic Leadership Team twice a year.",
                 "Assistant Chief Fire Officer (Corporate Services)", D(2025, 3, 31), None,
                 "G", "B", "Register in place; first report to SLT in March 2025."),
                ("3.2", "Carry out a post-implementation review of the Networked Fire "
                        "Services Partnership control arrangements with Devon & Somerset "
                        "and Hampshire & Isle of Wight.",
                 "Head of Control", D(2025, 3, 31), D(2025, 12, 31), "A", "R",
                 "Review paused while partners agree terms of reference; escalated to "
                 "Partnership Board."),
            ]),
        ]),
        ("People", [
            ("AFI 4 – The service should assure itself that senior leaders are visible "
             "and act as role models for all staff.", [
                ("4.1", "Deliver a programme of station and department visits by members of "
                        "the Strategic Leadership Team, with feedback recorded and published "
                        "on the intranet.",
                 "Chief Fire Officer", D(2025, 3, 31), None, "G", "B",
                 "All 50 stations visited; 'You said, we did' page live."),
                ("4.2", "Include values-based behaviours in all promotion assessment centres.",
                 "Head of People Services", D(2025, 6, 30), None, "G", "G",
                 "Behaviours framework used for the Crew and Watch Manager processes."),
            ]),
            ("AFI 5 – The service should make sure it effectively monitors secondary "
             "employment and overtime to manage staff wellbeing and working hours.", [
                ("5.1", "Implement a secondary employment declaration process with an "
                        "annual review by line managers.",
                 "Head of People Services\nArea Manager (Response)", D(2025, 12, 31), None,
                 None, "G", "Declaration form built in the HR system; launch planned for November."),
                ("5.2", "Report overtime hours by station and by individual to the People "
                        "Committee each quarter.",
                 "Head of Finance", D(2025, 6, 30), "Sept 2025", "R", "A",
                 "Data extract agreed with payroll provider; first report delayed to "
                 "October committee."),
            ]),
        ]),
    ]
    r = 5
    for theme, afis in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True, size=12)
        c.fill = FILL["band"]
        r += 1
        for afi, actions in afis:
            first = r
            for ref, text, owner, orig, rev, prev, cur, upd in actions:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=3, value=text)
                ws.cell(row=r, column=4, value=owner)
                c = ws.cell(row=r, column=5, value=orig)
                c.number_format = "dd/mm/yyyy"
                c = ws.cell(row=r, column=6, value=rev)
                if isinstance(rev, D):
                    c.number_format = "dd/mm/yyyy"
                if prev:
                    c = ws.cell(row=r, column=7, value=prev)
                    c.fill = FILL[prev]
                    c.alignment = Alignment(horizontal="center", vertical="top")
                c = ws.cell(row=r, column=8, value=cur)
                c.fill = FILL[cur]
                c.font = Font(bold=True)
                c.alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(row=r, column=9, value=upd)
                box(ws, r, 9)
                r += 1
            ws.cell(row=first, column=2, value=afi)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(row=first, column=2).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="Summary of current RAG").font = Font(bold=True)
    r += 1
    for k, word, n in (("B", "Complete", 3), ("G", "On track", 3), ("A", "Slippage", 2),
                       ("R", "Off track", 1)):
        c = ws.cell(row=r, column=1, value=k)
        c.fill = FILL[k]
        ws.cell(row=r, column=2, value=word)
        ws.cell(row=r, column=3, value=n)
        r += 1
    ws.cell(row=r, column=2, value="Total actions").font = Font(bold=True)
    ws.cell(row=r, column=3, value=9).font = Font(bold=True)
    widths(ws, [7, 40, 55, 28, 14, 14, 11, 11, 50])

    gl = wb.create_sheet("Glossary")
    for i, (a, b) in enumerate([
        ("Term", "Meaning"),
        ("AFI", "Area for improvement identified by HMICFRS"),
        ("HMICFRS", "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services"),
        ("NFSP", "Networked Fire Services Partnership (shared fire control)"),
        ("SLT", "Strategic Leadership Team"),
    ], start=1):
        gl.cell(row=i, column=1, value=a)
        gl.cell(row=i, column=2, value=b)
    widths(gl, [12, 70])
    wb.save(out("oo2-dorset-and-wiltshire-fire-rescue-service-hmicfrs-afi-improvement-plan.xlsx"))


# ==========================================================================
# 2. Star Academies - trust strategic risk register 2025/26 (xlsx)
# ==========================================================================
def make_star():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Star Academies"
    cov["A1"].font = Font(bold=True, size=16, color="4B2E83")
    cov["A2"] = "Trust Strategic Risk Register 2025/26"
    cov["A2"].font = Font(bold=True, size=13)
    rows = [
        ("Prepared by", "Director of Governance and Compliance"),
        ("Reviewed by", "Audit and Risk Committee – 18 November 2025"),
        ("Next review", "Board of Trustees – 10 December 2025"),
        ("Version", "2025/26 v2"),
    ]
    for i, (k, v) in enumerate(rows, start=4):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=2, value=v)
    cov["A9"] = ("This register records the principal risks to the trust's strategic objectives, "
                 "the controls in place and the further actions agreed to reduce residual risk.")
    widths(cov, [20, 80])

    ws = wb.create_sheet("Risk Register")
    ws["A1"] = "Star Academies – Trust Strategic Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=14, color="4B2E83")
    ws["A2"] = "Scores: Likelihood (1–5) × Impact (1–5). Residual score is after existing controls."
    hdr = ["Risk ref", "Risk description", "Risk owner", "Inherent score",
           "Existing controls", "Residual score", "Trend",
           "Action ref", "Further action required", "Action owner", "Target date",
           "Action status"]
    header_row(ws, 4, hdr, fill="purple")
    ws.row_dimensions[4].height = 32
    ST = {"Complete": "B", "On track": "G", "Behind schedule": "A", "At risk": "R",
          "Not started": None}
    reg = [
        ("1. Education and Standards", [
            ("SR01",
             "Pupil outcomes at Key Stage 4 fall below national averages in a number of "
             "secondary academies, leading to weaker Ofsted judgements and reputational damage.",
             "Chief Education Officer", 16,
             "Trust assessment calendar; termly academy reviews; subject networks.", 12, "↔", [
                ("SR01a", "Deploy trust subject leads to the six academies with the weakest "
                          "Year 11 mock outcomes.",
                 "National Director of Secondary Education", D(2026, 3, 31), "On track"),
                ("SR01b", "Commission an external review of the Key Stage 4 curriculum model.",
                 "Chief Education Officer", "Summer term 2026", "Not started"),
            ]),
        ]),
        ("2. Safeguarding and Pupil Welfare", [
            ("SR02",
             "A failure in safeguarding arrangements in an academy results in serious harm "
             "to a pupil.",
             "Chief Executive", 20,
             "Trust safeguarding policy; DSL network; annual Section 175 audit.", 10, "↓", [
                ("SR02a", "Roll out the updated CPOMS recording standards and audit a sample "
                          "of records in every academy.",
                 "Trust Designated Safeguarding Lead", D(2025, 12, 31), "Complete"),
                ("SR02b", "Trust safeguarding team to carry out a safeguarding review in "
                          "every academy each term.",
                 "Trust Designated Safeguarding Lead; Regional Directors", "Termly",
                 "On track"),
            ]),
        ]),
        ("3. Finance and Resources", [
            ("SR03",
             "Unfunded pay awards and rising energy costs lead to in-year deficits in a "
             "growing number of academies.",
             "Chief Financial Officer", 20,
             "Three-year budget model; monthly management accounts; central procurement.",
             16, "↑", [
                ("SR03a", "Agree an integrated curriculum and financial plan (ICFP) with each "
                          "academy forecasting a deficit.",
                 "Chief Financial Officer", D(2026, 2, 28), "Behind schedule"),
            ]),
        ]),
        ("4. Estates and Health and Safety", [
            ("SR04",
             "The condition of buildings at older sites leads to the partial closure of an "
             "academy.",
             "Chief Operating Officer", 15,
             "Condition data; School Condition Allocation plan; termly H&S inspections.", 12,
             "↔", [
                ("SR04a", "Complete updated condition surveys for the twelve sites built "
                          "before 1980.",
                 "Director of Estates", D(2025, 10, 31), "Complete"),
                ("SR04b", "Prioritise School Condition Allocation spend on roof and heating "
                          "replacement at the four highest-risk sites.",
                 "Director of Estates", D(2025, 12, 31), "At risk"),
            ]),
        ]),
        ("5. People", [
            ("SR05",
             "The trust cannot recruit and retain enough teachers in shortage subjects, "
             "particularly mathematics, physics and computing.",
             "Chief People Officer", 16,
             "Star Institute ITT and ECT programme; recruitment and retention payments.", 12,
             "↔", [
                ("SR05a", "Launch the trust teacher retention package, including the flexible "
                          "working offer and enhanced ECT mentoring.",
                 "Chief People Officer", "Ongoing", "On track"),
            ]),
        ]),
    ]
    r = 5
    for band, risks in reg:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
        c = ws.cell(row=r, column=1, value=band)
        c.font = Font(bold=True, color="4B2E83")
        c.fill = FILL["lilac"]
        r += 1
        for ref, desc, owner, inh, ctrls, res, trend, actions in risks:
            first = r
            for aref, text, aowner, target, status in actions:
                ws.cell(row=r, column=8, value=aref)
                ws.cell(row=r, column=9, value=text)
                ws.cell(row=r, column=10, value=aowner)
                c = ws.cell(row=r, column=11, value=target)
                if isinstance(target, D):
                    c.number_format = "dd mmm yyyy"
                c = ws.cell(row=r, column=12, value=status)
                if ST[status]:
                    c.fill = FILL[ST[status]]
                box(ws, r, 12)
                r += 1
            last = r - 1
            for col, val in ((1, ref), (2, desc), (3, owner), (4, inh), (5, ctrls),
                             (6, res), (7, trend)):
                ws.cell(row=first, column=col, value=val)
                if last > first:
                    ws.merge_cells(start_row=first, start_column=col, end_row=last,
                                   end_column=col)
                ws.cell(row=first, column=col).alignment = WRAP
            for col in (4, 6):
                v = ws.cell(row=first, column=col).value
                ws.cell(row=first, column=col).fill = FILL["R" if v >= 15 else "A"]
    widths(ws, [8, 42, 18, 9, 34, 9, 7, 8, 46, 26, 14, 15])

    key = wb.create_sheet("Scoring and Key")
    key["A1"] = "Risk scoring matrix"
    key["A1"].font = Font(bold=True)
    key["A2"] = "Impact →"
    for j in range(1, 6):
        key.cell(row=2, column=1 + j, value=j)
    for i in range(1, 6):
        key.cell(row=2 + i, column=1, value=f"Likelihood {i}")
        for j in range(1, 6):
            s = i * j
            c = key.cell(row=2 + i, column=1 + j, value=s)
            c.fill = FILL["R" if s >= 15 else "A" if s >= 8 else "G"]
    key["A10"] = "Action status key"
    key["A10"].font = Font(bold=True)
    for i, (word, k) in enumerate((("Complete", "B"), ("On track", "G"),
                                   ("Behind schedule", "A"), ("At risk", "R"),
                                   ("Not started", None)), start=11):
        c = key.cell(row=i, column=1, value=word)
        if k:
            c.fill = FILL[k]
    key["A17"] = "Trend: ↑ increasing  ↔ no change  ↓ decreasing"
    widths(key, [18, 8, 8, 8, 8, 8])
    wb.save(out("oo2-star-academies-trust-risk-register-2025-26.xlsx"))


# ==========================================================================
# 3. Keele University - internal audit recommendations tracker (xlsx)
# ==========================================================================
def make_keele():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Keele University – Internal Audit Recommendations Tracker"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Audit and Risk Committee, 4 November 2025"
    sm["A3"] = "Position at 10 October 2025"
    header_row(sm, 5, ["Audit", "Year", "Total recs", "Implemented", "In progress",
                       "Overdue", "Not yet due"])
    summ = [
        ("Research Grant Management", "2023/24", 2, 1, 0, 1, 0),
        ("Cyber Security – Patch Management", "2023/24", 2, 2, 0, 0, 0),
        ("Student Attendance Monitoring – UKVI Compliance", "2024/25", 3, 0, 2, 0, 1),
        ("Estates Capital Programme – Project Governance", "2024/25", 1, 1, 0, 0, 0),
    ]
    r = 6
    for row in summ:
        for j, v in enumerate(row, start=1):
            sm.cell(row=r, column=j, value=v)
        box(sm, r, 7)
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate((8, 4, 2, 1, 1), start=3):
        sm.cell(row=r, column=j, value=v).font = Font(bold=True)
    box(sm, r, 7)
    sm.cell(row=r + 2, column=1, value="Status key (colour of Status cell on the year sheets):")
    sm.cell(row=r + 2, column=1).font = Font(bold=True)
    for i, (k, meaning) in enumerate((("B", "Implemented – verified by Internal Audit"),
                                      ("G", "In progress – on track for due date"),
                                      ("A", "In progress – revised due date agreed"),
                                      ("R", "Overdue"),
                                      (None, "No colour – not yet started / not yet due")),
                                     start=r + 3):
        c = sm.cell(row=i, column=1)
        if k:
            c.fill = FILL[k]
        sm.cell(row=i, column=2, value=meaning)
    widths(sm, [48, 10, 11, 13, 12, 10, 12])

    hdr = ["Rec no.", "Priority", "Recommendation", "Agreed management action",
           "Responsible officer", "Original due date", "Revised due date", "Status",
           "Management update (October 2025)"]
    years = [
        ("2023-24 Audits", "Internal audit reports 2023/24 – open and recently closed recommendations", [
            ("Research Grant Management (Report 5.23/24) – Partial assurance", [
                ("1", "High",
                 "The University should ensure that all research expenditure is checked "
                 "against the grant terms and conditions before claims are submitted to funders.",
                 "Introduce a pre-claim checklist to be completed and signed by the Research "
                 "Finance Manager for every funder claim.",
                 "Research Finance Manager", D(2024, 3, 31), D(2024, 9, 30), "B",
                 "Checklist in use since September 2024; verified in follow-up review."),
                ("2", "Medium",
                 "Staff time charged to research grants should be supported by timesheets "
                 "or an equivalent contemporaneous record.",
                 "Roll out the time allocation return for all staff charged to research "
                 "grants, with quarterly sign-off by Heads of School.",
                 "Director of Research, Innovation and Engagement / Head of Research Finance",
                 D(2024, 7, 31), "30/06/2025", "R",
                 "Return piloted in two Schools; full roll-out awaiting new finance system."),
            ]),
            ("Cyber Security – Patch Management (Report 7.23/24) – Reasonable assurance", [
                ("1", "Medium",
                 "Critical security patches should be applied within 14 days in line with "
                 "the University's Patch Management Policy.",
                 "Configure automated monthly reporting of patch compliance to the IT "
                 "Security Board.",
                 "Head of IT Infrastructure", D(2024, 6, 30), None, "B",
                 "Dashboard reported monthly since July 2024."),
                ("2", "Low",
                 "Exceptions to the patching policy should be reviewed and re-approved "
                 "annually.",
                 "The exceptions register will be reviewed and re-approved by the Chief "
                 "Information Officer each September.",
                 "Chief Information Officer", "Sep-24", None, "B",
                 "Reviewed September 2024 and September 2025."),
            ]),
        ]),
        ("2024-25 Audits", "Internal audit reports 2024/25 – open recommendations", [
            ("Student Attendance Monitoring – UKVI Compliance (Report 2.24/25) – Partial assurance", [
                ("1", "High",
                 "Attendance of sponsored students should be recorded consistently across "
                 "all Schools.",
                 "Move all Schools onto the central attendance capture system.",
                 "Academic Registrar", D(2025, 1, 31), D(2025, 12, 31), "A",
                 "Nine of eleven Schools live; remaining two to go live for Semester 1."),
                ("2", "High",
                 "Where sponsored students stop engaging, the University should act within "
                 "the timescales set by the Home Office.",
                 "Produce a weekly non-engagement report for the Student Compliance Team and "
                 "escalate cases after ten consecutive working days.",
                 "Head of Student Compliance", D(2025, 2, 28), D(2025, 11, 30), "G",
                 "Weekly report designed; testing with Planning and Insight."),
                ("3", "Medium",
                 "Compliance training should be mandatory for staff in Schools with "
                 "sponsored students.",
                 "Add a UKVI compliance module to the mandatory training for School "
                 "Administrators and Personal Tutors.",
                 "Academic Registrar", D(2026, 3, 31), None, None,
                 "Not yet due."),
            ]),
            ("Estates Capital Programme – Project Governance (Report 4.24/25) – Reasonable assurance", [
                ("1", "Medium",
                 "Project boards should record decisions and changes to scope in a change log.",
                 "Adopt a standard change control log for all capital projects over £500k.",
                 "Director of Estates and Campus Services", D(2025, 4, 30), None, "B",
                 "Change log template adopted and used on all live projects."),
            ]),
        ]),
    ]
    for sheet, subtitle, audits in years:
        ws = wb.create_sheet(sheet)
        ws["A1"] = subtitle
        ws["A1"].font = Font(bold=True, size=12)
        header_row(ws, 3, hdr)
        r = 4
        for audit, recs in audits:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = ws.cell(row=r, column=1, value=audit)
            c.font = Font(bold=True)
            c.fill = FILL["grey"]
            r += 1
            for no, pri, rec, act, who, orig, rev, st, upd in recs:
                vals = [no, pri, rec, act, who, orig, rev, None, upd]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=j, value=v)
                    if isinstance(v, D):
                        c.number_format = "dd/mm/yyyy"
                if st:
                    ws.cell(row=r, column=8).fill = FILL[st]
                box(ws, r, 9)
                r += 1
        widths(ws, [8, 9, 42, 42, 26, 12, 12, 9, 42])
    wb.save(out("oo2-keele-university-internal-audit-recommendations-tracker.xlsx"))


# ==========================================================================
# 4. Quayside Medical Practice - CQC inspection action plan (docx)
# ==========================================================================
def make_quayside():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    p = doc.add_paragraph()
    r = p.add_run("Quayside Medical Practice: CQC Inspection Action Plan")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x00, 0x5E, 0xB8)
    doc.add_paragraph("Following the CQC inspection on 14 May 2025 (report published 9 July 2025). "
                      "Overall rating: Requires improvement.")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Provider", "Quayside Medical Practice (partnership)"),
        ("Registered manager", "Mrs L Henderson, Practice Manager"),
        ("Action plan owner", "Dr A Okafor, Lead GP Partner"),
        ("Date of plan", "04/08/2025"),
        ("Last updated", "17/11/2025"),
        ("Reviewed at", "Monthly partners' meeting and quarterly with the ICB primary care team"),
    ]:
        row = t.add_row().cells
        cell_text(row[0], k, bold=True)
        shade(row[0], "DEEAF6")
        cell_text(row[1], v)

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG key: ").bold = True
    p.add_run("Green – action complete;  Amber – action in progress;  Red – action overdue.")

    doc.add_heading("Section 1: Must do actions (Requirement notices)", level=1)
    must = [
        ("Must do 1: Ensure care and treatment is provided in a safe way, including the "
         "monitoring of patients prescribed high-risk medicines in line with national "
         "guidance. (Regulation 12 Safe care and treatment)", [
            ("1.1", "Run monthly searches for patients on methotrexate, lithium, azathioprine "
                    "and DOACs and recall any patient without up-to-date blood monitoring.",
             "Dr A Okafor", "30/09/2025", "Green",
             "Searches set up on the clinical system and run on the first Monday of each month."),
            ("1.2", "Clinical pharmacist to review all patients on DOACs whose creatinine "
                    "clearance has not been calculated in the last 12 months.",
             "Clinical Pharmacist", "31 October 2025", "Green",
             "142 patients reviewed; 9 dose changes made and recorded."),
            ("1.3", "Add a high-risk drug monitoring audit to the practice audit programme, "
                    "repeated every six months.",
             "Dr A Okafor / Practice Manager", "March 2026", "Amber",
             "First cycle completed October 2025; re-audit booked."),
        ]),
        ("Must do 2: Establish effective systems and processes to ensure good governance, "
         "including oversight of staff training and the management of safety alerts. "
         "(Regulation 17 Good governance)", [
            ("2.1", "Set up a training matrix for all clinical and non-clinical staff and "
                    "review it at the monthly partners' meeting.",
             "Practice Manager", "31/08/2025", "Green",
             "Matrix in place; mandatory training compliance 96%."),
            ("2.2", "Create a log of MHRA safety alerts recording the searches carried out and "
                    "the action taken on each alert.",
             "Clinical Pharmacist & Deputy Practice Manager", "30/11/2025", "Amber",
             "Log started; historic alerts from 2024 being back-checked."),
        ]),
    ]
    hdr = ["No.", "Action", "Lead", "Target date", "RAG", "Progress / evidence"]
    colw = [Cm(1.3), Cm(9.0), Cm(4.0), Cm(2.8), Cm(1.8), Cm(7.0)]
    RAGFILL = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for md, actions in must:
        t = doc.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[5])
        cell_text(top, md, bold=True)
        shade(top, "DEEAF6")
        for j, h in enumerate(hdr):
            cell_text(t.rows[1].cells[j], h, bold=True)
            shade(t.rows[1].cells[j], "F2F2F2")
        for no, text, lead, date, rag, prog in actions:
            cells = t.add_row().cells
            for j, v in enumerate((no, text, lead, date, rag, prog)):
                cell_text(cells[j], v)
            shade(cells[4], RAGFILL[rag])
        for row in t.rows:
            for j, w in enumerate(colw):
                row.cells[j].width = w
        doc.add_paragraph()

    doc.add_heading("Section 2: Should do actions", level=1)
    doc.add_paragraph("The report also identified the following areas where the practice "
                      "should make improvements.")
    should = [
        ("Continue to improve patient satisfaction with access to the practice by telephone.", [
            ("3.1", "Move to a cloud-based telephony system with call-back and queue position "
                    "messages.", "Practice Manager", "Oct 2025", "Green",
             "New system live 6 October 2025."),
            ("3.2", "Repeat the practice access survey with the Patient Participation Group and "
                    "publish the results in the waiting room and on the website.",
             "Practice Manager / PPG Chair", "Q4 2025/26", "Amber",
             "Survey questions agreed with the PPG; fieldwork January 2026."),
        ]),
        ("Continue to take action to improve the uptake of cervical screening.", [
            ("4.1", "Offer Saturday morning cervical screening clinics through the Primary "
                    "Care Network enhanced access service.", "Nurse Manager", "Ongoing", "Amber",
             "Two Saturday clinics a month since September; uptake 74.2% (target 80%)."),
        ]),
    ]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for j, h in enumerate(["Should do", "No.", "Action", "Lead", "Target date", "RAG",
                           "Progress / evidence"]):
        cell_text(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "F2F2F2")
    for sd, actions in should:
        first = len(t.rows)
        for no, text, lead, date, rag, prog in actions:
            cells = t.add_row().cells
            for j, v in enumerate((no, text, lead, date, rag, prog), start=1):
                cell_text(cells[j], v)
            shade(cells[5], RAGFILL[rag])
        last = len(t.rows) - 1
        c = t.cell(first, 0)
        if last > first:
            c = c.merge(t.cell(last, 0))
        cell_text(c, sd)
    doc.add_paragraph()
    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Signed on behalf of the partners", "Role", "Date"]):
        cell_text(t.rows[0].cells[j], h, bold=True)
    for j, v in enumerate(["Dr A Okafor", "Lead GP Partner", "17/11/2025"]):
        cell_text(t.rows[1].cells[j], v)
    doc.save(out("oo2-quayside-medical-practice-cqc-inspection-action-plan.docx"))


# ==========================================================================
# 5. Hampshire and Isle of Wight Constabulary - NCPI action plan (docx)
# ==========================================================================
def make_hiow():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("OFFICIAL")
    r.bold = True
    doc.add_heading("Hampshire and Isle of Wight Constabulary: National Child Protection "
                    "Inspection Action Plan", level=0)
    doc.add_paragraph("Inspection fieldwork: January 2024. Report published: 2 May 2024. "
                      "This plan sets out the force response to the four recommendations in the "
                      "report. Progress is overseen by the Vulnerability Board, chaired by the "
                      "Assistant Chief Constable (Crime and Public Protection), and reported to "
                      "the Police and Crime Commissioner.")
    doc.add_paragraph("Progress as at: 14 February 2025")

    doc.add_heading("Version control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for j, h in enumerate(["Version", "Date", "Author", "Summary of changes"]):
        cell_text(t.rows[0].cells[j], h, bold=True)
    for v in [("0.1", "13/06/2024", "Force Inspection Liaison Officer", "First draft for ACC"),
              ("1.0", "01/07/2024", "Force Inspection Liaison Officer",
               "Approved by Vulnerability Board; submitted to HMICFRS"),
              ("1.4", "14/02/2025", "Force Inspection Liaison Officer", "Quarterly update")]:
        cells = t.add_row().cells
        for j, x in enumerate(v):
            cell_text(cells[j], x)

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Status: ").bold = True
    p.add_run("Complete – action delivered and evidenced; Green – on track; Amber – at risk of "
              "missing the due date; Red – off track.")

    sections = [
        ("Section A: Recommendations to be completed within three months", [
            ("Recommendation 1",
             "We recommend that, within three months, Hampshire and Isle of Wight Constabulary "
             "makes sure that officers attending domestic abuse incidents consistently identify "
             "and record the children present and make timely referrals to children's social care.",
             [
                 ("R1.1", "Make the 'children present' section of the domestic abuse risk "
                          "assessment on RMS mandatory before the occurrence can be closed.",
                  "D/Supt Public Protection", "31/07/2024", "Complete",
                  "System change made 22 July 2024."),
                 ("R1.2", "Deliver a 'voice of the child' briefing to all response and "
                          "neighbourhood sergeants.",
                  "Ch Insp Vulnerability Training; Head of Learning and Development",
                  "30/09/2024", "Complete",
                  "Delivered to 412 sergeants (94%); included in new sergeant course."),
                 ("R1.3", "Dip-sample 50 domestic abuse incidents each month for the recording "
                          "of children and the timeliness of referrals, and report the results "
                          "to the Vulnerability Board.",
                  "D/Supt Public Protection", "Monthly", "Green",
                  "Compliance improved from 61% (July) to 88% (January)."),
             ]),
            ("Recommendation 2",
             "We recommend that, within three months, the force reviews its arrangements for "
             "children detained in custody overnight, so that an appropriate adult and "
             "alternative accommodation are sought in every case.",
             [
                 ("R2.1", "Introduce a custody inspector review of every child detained after "
                          "charge, with the PACE section 38(6) certificate completed.",
                  "Supt Criminal Justice and Custody", "August 2024", "Complete",
                  "Review embedded in custody procedures from 5 August 2024."),
                 ("R2.2", "Agree a protocol with Hampshire, Southampton, Portsmouth and Isle of "
                          "Wight councils for the provision of secure and non-secure PACE beds.",
                  "Supt Criminal Justice and Custody",
                  "31/12/2024\nRevised: 31/03/2025", "Amber",
                  "Draft protocol with the four local authorities; sign-off at the "
                  "Safeguarding Partnership executive in March."),
             ]),
        ]),
        ("Section B: Recommendations to be completed within six months", [
            ("Recommendation 3",
             "We recommend that, within six months, the force improves the quality of its "
             "investigations into child sexual abuse and exploitation, with effective "
             "supervision recorded on each investigation.",
             [
                 ("R3.1", "Introduce a supervision template for child sexual abuse and "
                          "exploitation investigations, with reviews at 7 and 28 days.",
                  "DCI Child Abuse Investigation Team", "Oct 2024", "Complete",
                  "Template live; supervision recorded on 91% of sampled investigations."),
                 ("R3.2", "Review caseloads in the Child Abuse Investigation Teams and prepare "
                          "a business case for additional investigators.",
                  "Det Ch Supt Crime and Public Protection", "31/03/2025", "Green",
                  "Caseload review complete; business case to Force Executive Board in March."),
             ]),
            ("Recommendation 4",
             "We recommend that, within six months, the force makes sure that information "
             "about children who go missing is shared with partner agencies promptly, and "
             "that return home interviews are used to inform risk assessments.",
             [
                 ("R4.1", "Share missing episode notifications with children's services within "
                          "24 hours through the MASH.",
                  "Missing and Exploitation Manager", "30/11/2024", "Complete",
                  "Automated notification in place from November 2024."),
                 ("R4.2", "Make sure return home interview outcomes from the four local "
                          "authorities are uploaded to RMS and linked to the missing record.",
                  "Missing and Exploitation Manager / MASH Partnership Manager",
                  "TBC – dependent on local authority systems", "Amber",
                  "Manual upload in Southampton and Portsmouth; data-sharing agreement "
                  "with Hampshire and Isle of Wight being revised."),
             ]),
        ]),
    ]
    STFILL = {"Complete": "9DC3E6", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    colw = [Cm(1.6), Cm(8.5), Cm(4.2), Cm(3.0), Cm(2.2), Cm(6.5)]
    for sec, recs in sections:
        doc.add_heading(sec, level=1)
        for label, text, actions in recs:
            t = doc.add_table(rows=2, cols=6)
            t.style = "Table Grid"
            cell_text(t.rows[0].cells[0], label, bold=True, color="FFFFFF")
            shade(t.rows[0].cells[0], "002060")
            rc = t.rows[0].cells[1].merge(t.rows[0].cells[5])
            cell_text(rc, text, bold=True)
            shade(rc, "D9E2F3")
            for j, h in enumerate(["Action ref", "Action", "Owner", "Due date", "Status",
                                   "Update"]):
                cell_text(t.rows[1].cells[j], h, bold=True)
            for a in actions:
                cells = t.add_row().cells
                for j, v in enumerate(a):
                    cell_text(cells[j], v)
                shade(cells[4], STFILL[a[4]])
            for row in t.rows:
                for j, w in enumerate(colw):
                    row.cells[j].width = w
            doc.add_paragraph()
    doc.add_paragraph("Next update: Vulnerability Board, May 2025.")
    doc.save(out("oo2-hampshire-and-isle-of-wight-constabulary-ncpi-child-protection-action-plan.docx"))


# ==========================================================================
# 6. Aldwyck Housing Group - RSH consumer standards improvement plan (csv)
# ==========================================================================
def make_aldwyck():
    cols = ["Ref", "Standard / required outcome", "Action", "Lead", "Start",
            "Target date", "Status", "Progress commentary"]
    rows = [
        ["Aldwyck Housing Group – Consumer Standards Improvement Plan", "", "", "", "", "", "", ""],
        ["Board update – 25 September 2025", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        cols,
        ["SAFETY AND QUALITY STANDARD", "", "", "", "", "", "", ""],
        ["SQ1", "Registered providers must have an accurate, up to date and evidenced "
                "understanding of the condition of their homes (1.1.1)",
         "Complete stock condition surveys on 100% of homes, prioritising homes not surveyed "
         "since 2020.", "Director of Property Services", "Apr-24", "Mar-26", "On track",
         "81% surveyed to date; contractor on programme."],
        ["SQ2", "", "Load survey data into the asset management system and reconcile it with "
                    "Decent Homes reporting.", "Head of Asset Management", "Jan-25", "Dec-25",
         "Amber", "Data migration slipped by six weeks; mitigation agreed with supplier."],
        ["SQ3", "Registered providers must meet all legal requirements that relate to the "
                "health and safety of tenants in their homes (1.3.1)",
         "Close all overdue high-risk fire risk assessment actions.",
         "Building Safety Manager", "Apr-24", "30/06/2025", "Complete",
         "All 37 high-risk actions closed and verified."],
        ["SQ4", "", "Introduce a damp and mould case management process with a 10 working day "
                    "inspection standard.", "Head of Repairs; Head of Customer Services",
         "Oct-24", "Sep-25", "Complete", "Process live; 94% of inspections within 10 days in Q1."],
        ["TRANSPARENCY, INFLUENCE AND ACCOUNTABILITY STANDARD", "", "", "", "", "", "", ""],
        ["TIA1", "Registered providers must use data about tenants' diverse needs to "
                 "deliver fair outcomes (2.1.4)",
         "Run a tenant profiling campaign to raise the proportion of customers with diversity "
         "and vulnerability data to 80%.", "Head of Customer Insight", "Jan-26", "March 2026",
         "Not started", "Campaign planned for January 2026."],
        ["TIA2", "Registered providers must communicate complaints performance and learning to "
                 "tenants (2.5.3)",
         "Publish complaint performance and learning to tenants each quarter in Aldwyck News "
         "and on the website.", "Complaints Manager", "Apr-25", "Quarterly", "On track",
         "Q1 2025/26 report published in August."],
        ["TENANCY STANDARD", "", "", "", "", "", "", ""],
        ["TEN1", "Registered providers must support tenants to maintain their tenancy (3.2.3)",
         "Review the tenancy sustainment offer for new tenants in their first 12 months.",
         "Income and Tenancy Sustainment Manager", "Jul-25", "Jan-26", "Amber",
         "Review started; resident scrutiny panel to test proposals in November."],
        ["NEIGHBOURHOOD AND COMMUNITY STANDARD", "", "", "", "", "", "", ""],
        ["NC1", "Registered providers must work in partnership with local authorities, the "
                "police and other organisations to deter and tackle anti-social behaviour (4.2.1)",
         "Refresh the ASB policy and publish service standards for case response times.",
         "Neighbourhoods Manager", "Apr-25", "Nov-25", "Red",
         "Policy redraft delayed by staff vacancies; recruitment complete October."],
        ["", "", "", "", "", "", "", ""],
        ["Status key: Complete / On track (Green) / Amber – at risk of delay / Red – delayed / "
         "Not started", "", "", "", "", "", "", ""],
    ]
    with open(out("oo2-aldwyck-housing-group-rsh-consumer-standards-improvement-plan.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(row)


# ==========================================================================
# 7. Nursing and Midwifery Council - Council action log (txt, tab separated)
#    refuse: "Febuary 2026" in the due-date cell of NMC/25/31
# ==========================================================================
def make_nmc():
    lines = [
        "Nursing and Midwifery Council: Summary of actions",
        "Item 4 – Meeting of the Council held in public, 24 September 2025",
        "Action: Council is invited to note progress on actions arising from previous meetings.",
        "",
        "Minute\tAction\tAction owner\tReport back to\tDue date\tProgress to date\tStatus",
        "Actions arising from the meeting on 29 January 2025",
        "NMC/25/08\tBring a revised timetable for the Fitness to Practise caseload plan, "
        "including interim milestones.\tExecutive Director, Professional Regulation\tCouncil"
        "\tMarch 2025\tRevised timetable presented on 26 March 2025.\tClosed",
        "NMC/25/11\tProvide an update on implementation of the independent culture review "
        "recommendations.\tInterim Chief Executive and Registrar\tCouncil\tJul 2025"
        "\tUpdate taken at the July meeting (item 9).\tClosed",
        "Actions arising from the meeting on 26 March 2025",
        "NMC/25/27\tAudit and Risk Assurance Committee to review the approach to the corporate "
        "risk on data quality.\tChair of the Audit and Risk Assurance Committee\tCouncil"
        "\tJun 2025\tReviewed by ARAC on 11 June; risk rescored.\tClosed",
        "NMC/25/31\tReport on the outcome of the re-plan of the modernisation of technology "
        "services programme.\tExecutive Director, Resources and Technology Services\tCouncil"
        "\tFebuary 2026\tRe-plan under way with delivery partner.\tOpen",
        "Actions arising from the meeting on 23 July 2025",
        "NMC/25/52\tCirculate the draft equality, diversity and inclusion action plan to members "
        "before publication.\tDirector of People and Culture\tCouncil\tSep 2025"
        "\tCirculated 12 September.\tClosed",
        "NMC/25/55\tSet out options for the future of the Welsh language scheme review."
        "\tDirector of Communications and Engagement\tCouncil\tNov 2025"
        "\tPaper being drafted.\tOpen",
        "",
        "Closed actions will be removed from the log after they have been reported to Council.",
    ]
    with open(out("oo2-nursing-and-midwifery-council-council-action-log-typo-month-refuse.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_dwfrs()
    make_star()
    make_keele()
    make_quayside()
    make_hiow()
    make_aldwyck()
    make_nmc()
    print("built 7 files in", HERE)
