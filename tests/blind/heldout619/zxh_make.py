"""Build the seven zxh- blind test files (set heldout619).

Run with: /work/main/.venv/bin/python zxh_make.py
Writes into the folder this script sits in. Touches only files named zxh-*.
"""
import os
import datetime as dt

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

FILL = {
    "R": "FFC00000", "A": "FFFFC000", "G": "FF00B050", "B": "FF0070C0",
    "hdr": "FF1F3864", "band": "FFD9E1F2", "grey": "FFF2F2F2", "rec": "FFFFF2CC",
}
thin = Side(style="thin", color="FF808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=FILL.get(c, c), end_color=FILL.get(c, c))


def header_row(ws, row, heads, widths=None):
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("hdr")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    if widths:
        for i, w in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = w


def boxed(ws, row, ncol):
    for i in range(1, ncol + 1):
        c = ws.cell(row=row, column=i)
        c.border = BOX
        c.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. The Christie NHS FT - well-led developmental review action plan (xlsx)
# ---------------------------------------------------------------------------
CHRISTIE_TITLE = "Well-Led Developmental Review 2024/25 – Action Plan"
CHRISTIE = [
    ("KLOE 1 – Leadership capacity and capability",
     "Recommendation 1: The Board should strengthen its succession planning for executive and "
     "non-executive roles, including a clear pipeline of diverse talent at the level below the "
     "executive team.",
     [
         dict(ref="1.1",
              action="Develop and approve a Board succession plan covering all executive and "
                     "non-executive director roles for the next three years.",
              lead_cell="Company Secretary", lead=["Company Secretary"],
              orig=D(2025, 6, 30), rev=D(2025, 10, 31), prev="A", cur="G",
              update="Draft plan discussed at Nominations Committee, September 2025.\n"
                     "Final version to Board of Directors on 23 October 2025.",
              end="2025-10", status="green"),
         dict(ref="1.2",
              action="Launch an aspiring directors programme for senior leaders, with at least 40% "
                     "of participants from under-represented groups.",
              lead_cell="Director of Workforce", lead=["Director of Workforce"],
              orig=D(2026, 3, 31), rev=None, prev="G", cur="G",
              update="Cohort 1 (14 participants) started July 2025; 43% from under-represented groups.",
              end="2026-03", status="green"),
     ]),
    ("KLOE 3 – Culture",
     "Recommendation 2: The Trust should ensure that Freedom to Speak Up (FTSU) themes are "
     "triangulated with other workforce and patient safety intelligence and reported to the Board.",
     [
         dict(ref="2.1",
              action="Introduce a quarterly integrated ‘People and Safety Intelligence’ report "
                     "combining FTSU, grievance, exit interview and incident data, reviewed by the "
                     "Quality Assurance Committee.",
              lead_cell="Chief Nurse / Director of Workforce",
              lead=["Chief Nurse", "Director of Workforce"],
              orig=D(2025, 9, 30), rev=None, prev="G", cur="B",
              update="First integrated report received by Quality Assurance Committee on "
                     "18 September 2025. Action complete.",
              end="2025-09", status="blue"),
     ]),
    ("KLOE 4 – Governance and management",
     "Recommendation 3: The Board should review the terms of reference and cycles of business of "
     "its committees to reduce duplication and ensure clear escalation routes to the Board.",
     [
         dict(ref="3.1",
              action="Complete a review of all Board committee terms of reference and agree a single "
                     "escalation and assurance reporting template (‘Alert, Advise, Assure’).",
              lead_cell="Company Secretary", lead=["Company Secretary"],
              orig=D(2025, 5, 31), rev=None, prev="G", cur="B",
              update="Revised terms of reference approved by Board of Directors, June 2025. "
                     "AAA template in use from July 2025.",
              end="2025-05", status="blue"),
         dict(ref="3.2",
              action="Undertake an effectiveness review of each committee against its revised terms "
                     "of reference.",
              lead_cell="Committee Chairs", lead=["Committee Chairs"],
              orig=D(2026, 3, 31), rev=None, prev="G", cur="G",
              update="Self-assessment questionnaire issued to committee members October 2025.",
              end="2026-03", status="green"),
         dict(ref="3.3",
              action="Refresh the Scheme of Delegation and Standing Financial Instructions to align "
                     "with the revised committee structure.",
              lead_cell="Chief Finance Officer", lead=["Chief Finance Officer"],
              orig=D(2025, 9, 30), rev="Q4 2025/26", prev="A", cur="A",
              update="Delayed pending national guidance on the revised NHS Oversight Framework; "
                     "revised date agreed by Audit Committee.",
              end="2026-03", status="amber"),
     ]),
    ("KLOE 6 – Appropriate and accurate information",
     "Recommendation 4: The Trust should improve the quality and timeliness of data presented in "
     "the Integrated Performance Report, with clearer use of statistical process control (SPC) "
     "charts and narrative on actions.",
     [
         dict(ref="4.1",
              action="Redesign the Integrated Performance Report using ‘Making Data Count’ SPC "
                     "methodology, with training for Board members.",
              lead_cell="Director of Strategy; Chief Operating Officer",
              lead=["Director of Strategy", "Chief Operating Officer"],
              orig=D(2025, 12, 31), rev=None, prev="A", cur="R",
              update="Business intelligence team vacancy has delayed the build. Recovery plan to "
                     "Executive Team, November 2025.",
              end="2025-12", status="red"),
     ]),
]


def make_christie(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "The Christie NHS Foundation Trust"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = CHRISTIE_TITLE
    cov["A2"].font = Font(bold=True, size=16)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    header_row(cov, 5, ["Version", "Date", "Author", "Summary of changes"], [12, 14, 28, 50])
    vers = [("0.4", D(2025, 3, 6), "Deputy Company Secretary", "Draft following Executive Team review"),
            ("1.0", D(2025, 3, 27), "Deputy Company Secretary", "Approved by Board of Directors"),
            ("1.2", D(2025, 7, 10), "Deputy Company Secretary", "Q1 2025/26 progress update"),
            ("1.3", D(2025, 10, 14), "Deputy Company Secretary", "Q2 2025/26 progress update")]
    for i, v in enumerate(vers, 6):
        for j, x in enumerate(v, 1):
            c = cov.cell(row=i, column=j, value=x)
            if isinstance(x, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        boxed(cov, i, 4)
    cov["A11"] = "Review undertaken by: independent well-led review team (fieldwork October – December 2024)"
    cov["A12"] = "Final report received by Board of Directors: 30 January 2025"
    cov["A13"] = "Executive sponsor: Chief Executive"

    ws = wb.create_sheet("Action Plan")
    heads = ["Ref", "Recommendation", "Action", "Executive lead", "Original completion date",
             "Revised completion date", "Previous RAG", "Current RAG", "Progress update (Q2 2025/26)"]
    n = len(heads)
    ws["A1"] = CHRISTIE_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
    ws["A2"] = ("Position at 30 September 2025 | Monitored by: Audit Committee (quarterly) and "
                "Board of Directors (six-monthly)")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=n)
    header_row(ws, 4, heads, [7, 42, 50, 22, 14, 14, 10, 10, 48])
    r = 5
    for domain, rec, acts in CHRISTIE:
        c = ws.cell(row=r, column=1, value=domain)
        c.font = Font(bold=True)
        c.fill = fill("band")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
        r += 1
        first = r
        for a in acts:
            ws.cell(row=r, column=1, value=a["ref"])
            ws.cell(row=r, column=3, value=a["action"])
            ws.cell(row=r, column=4, value=a["lead_cell"])
            c = ws.cell(row=r, column=5, value=a["orig"])
            c.number_format = "dd/mm/yyyy"
            if a["rev"] is not None:
                c = ws.cell(row=r, column=6, value=a["rev"])
                if isinstance(a["rev"], dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for col, k in ((7, "prev"), (8, "cur")):
                c = ws.cell(row=r, column=col, value=a[k])
                c.fill = fill(a[k])
                c.alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(row=r, column=9, value=a["update"])
            boxed(ws, r, n)
            for col in (7, 8):
                ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        ws.cell(row=first, column=2, value=rec)
        ws.cell(row=first, column=2).fill = fill("rec")
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=first, column=2).alignment = WRAP
    r += 1
    ws.cell(row=r, column=2, value="Summary of current RAG").font = Font(bold=True)
    counts = [("Total actions", 7), ("B – Complete", 2), ("G – On track", 3),
              ("A – At risk", 1), ("R – Off track", 1)]
    for i, (k, v) in enumerate(counts, r + 1):
        ws.cell(row=i, column=2, value=k)
        ws.cell(row=i, column=3, value=v)
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    rows = [("B", "Blue", "Action complete and evidence provided to the lead committee"),
            ("G", "Green", "On track to deliver by the agreed date"),
            ("A", "Amber", "At risk of missing the agreed date; mitigation in place"),
            ("R", "Red", "Off track or agreed date missed; escalation required")]
    for i, (l, w, d) in enumerate(rows, 2):
        key.cell(row=i, column=1, value=l).fill = fill(l)
        key.cell(row=i, column=2, value=w)
        key.cell(row=i, column=3, value=d)
    key.column_dimensions["C"].width = 60
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Humberside FRS - corporate risk register (xlsx), fill-only action RAG
# ---------------------------------------------------------------------------
HUMBS_TITLE = "Corporate Risk Register 2025/26 – Quarter 2 (position at 30 September 2025)"
HUMBS = [
    ("CR01: Failure to maintain on-call fire appliance availability at the agreed standard",
     "Director of Service Delivery", ("4 x 4 = 16", "R"), "3 x 4 = 12",
     [
         dict(ref="CR01.1",
              action="Implement the revised on-call contract (banded availability) at all on-call "
                     "stations following consultation with the representative bodies.",
              lead_cell="Area Manager Service Delivery", lead=["Area Manager Service Delivery"],
              date=D(2026, 3, 31), rag="A", end="2026-03", status="amber"),
         dict(ref="CR01.2",
              action="Deliver a targeted on-call recruitment campaign for the East Riding coastal "
                     "stations, including local employer engagement events.",
              lead_cell="Group Manager Prevention / HR Business Partner",
              lead=["Group Manager Prevention", "HR Business Partner"],
              date="Dec-25", rag="G", end="2025-12", status="green"),
     ]),
    ("CR02: Loss of mobilising capability in Fire Control due to failure of the command and "
     "control system",
     "Director of Corporate Services", ("3 x 5 = 15", "R"), "2 x 5 = 10",
     [
         dict(ref="CR02.1",
              action="Complete migration to the new mobilising system hosting arrangement and test "
                     "fallback to the secondary control site.",
              lead_cell="Head of ICT", lead=["Head of ICT"],
              date=D(2025, 11, 30), rag="G", end="2025-11", status="green"),
         dict(ref="CR02.2",
              action="Run a live business continuity exercise of the buddy-control arrangements with "
                     "North Yorkshire Fire & Rescue Service.",
              lead_cell="Fire Control Manager", lead=["Fire Control Manager"],
              date="Q4 2025/26", rag=None, end="2026-03", status="unrated"),
     ]),
    ("CR03: Insufficient financial resources to deliver the Community Risk Management Plan over "
     "the medium term",
     "Director of Finance", ("4 x 4 = 16", "R"), "3 x 4 = 12",
     [
         dict(ref="CR03.1",
              action="Refresh the Medium-Term Financial Plan to 2029/30 and present savings options "
                     "to the Fire Authority.",
              lead_cell="Director of Finance", lead=["Director of Finance"],
              date=D(2026, 2, 28), rag="G", end="2026-02", status="green"),
         dict(ref="CR03.2",
              action="Review the capital programme and fleet replacement schedule against revised "
                     "borrowing costs.",
              lead_cell="Head of Finance; Head of Fleet and Engineering",
              lead=["Head of Finance", "Head of Fleet and Engineering"],
              date="Ongoing", rag="G", end=None, end_text="Ongoing", status="green"),
     ]),
    ("CR04: Failure to embed the values and culture improvements required following the HMICFRS "
     "spotlight report",
     "Chief Fire Officer", ("3 x 4 = 12", "A"), "2 x 4 = 8",
     [
         dict(ref="CR04.1",
              action="Roll out the ‘Leading with Respect’ leadership programme to all supervisory "
                     "and middle managers.",
              lead_cell="Head of People and Development", lead=["Head of People and Development"],
              date=D(2025, 7, 31), rag="B", end="2025-07", status="blue"),
         dict(ref="CR04.2",
              action="Introduce an independent confidential reporting line and publish quarterly "
                     "themes to all staff.",
              lead_cell="Head of Corporate Assurance", lead=["Head of Corporate Assurance"],
              date=D(2026, 1, 31), rag="R", end="2026-01", status="red"),
         dict(ref="CR04.3",
              action="Complete the outstanding background (DBS) checks for all operational and "
                     "Fire Control staff in line with the Core Code of Ethics.",
              lead_cell="Head of People and Development", lead=["Head of People and Development"],
              date=D(2025, 12, 31), rag="A", end="2025-12", status="amber"),
     ]),
]


def make_humberside(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR Q2 2025-26"
    heads = ["Risk", "Risk owner", "Current score (L x I)", "Target score", "Action ref",
             "Further mitigating action", "Action owner", "Target date", "Action RAG"]
    n = len(heads)
    ws["A1"] = "Humberside Fire & Rescue Service"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = HUMBS_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Owned by: Executive Board | Reported to: Governance, Audit and Scrutiny Committee, "
                "10 November 2025")
    header_row(ws, 5, heads, [44, 22, 13, 11, 9, 52, 26, 12, 9])
    r = 6
    for risk, owner, (score, sc), target, acts in HUMBS:
        first = r
        for a in acts:
            ws.cell(row=r, column=5, value=a["ref"])
            ws.cell(row=r, column=6, value=a["action"])
            ws.cell(row=r, column=7, value=a["lead_cell"])
            c = ws.cell(row=r, column=8, value=a["date"])
            if isinstance(a["date"], dt.datetime):
                c.number_format = "dd/mm/yyyy"
            boxed(ws, r, n)
            if a["rag"]:
                ws.cell(row=r, column=9).fill = fill(a["rag"])
            r += 1
        last = r - 1
        ws.cell(row=first, column=1, value=risk).font = Font(bold=True)
        ws.cell(row=first, column=2, value=owner)
        c = ws.cell(row=first, column=3, value=score)
        c.fill = fill(sc)
        ws.cell(row=first, column=4, value=target)
        for col in range(1, 5):
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
            ws.cell(row=first, column=col).alignment = WRAP
    r += 1
    ws.cell(row=r, column=6, value="Action RAG key").font = Font(bold=True)
    key = [("B", "Complete"), ("G", "On track"), ("A", "Some slippage – within tolerance"),
           ("R", "Off track – escalated to Executive Board"), (None, "No colour – not yet started")]
    for i, (k, t) in enumerate(key, r + 1):
        c = ws.cell(row=i, column=6, value=t)
        if k:
            ws.cell(row=i, column=9).fill = fill(k)
    r = r + len(key) + 2
    ws.cell(row=r, column=1, value="Scores: Likelihood (L) x Impact (I), each 1–5. "
                                   "15–25 High (red); 8–12 Medium (amber); 1–6 Low (green). "
                                   "See ‘Scoring matrix’ tab.")
    ws.freeze_panes = "A6"

    m = wb.create_sheet("Scoring matrix")
    m["A1"] = "Risk scoring matrix"
    m["A1"].font = Font(bold=True)
    m["A2"] = "Impact →  /  Likelihood ↓"
    for i in range(1, 6):
        m.cell(row=2, column=i + 1, value=i)
        m.cell(row=i + 2, column=1, value=6 - i)
        for j in range(1, 6):
            s = (6 - i) * j
            c = m.cell(row=i + 2, column=j + 1, value=s)
            c.fill = fill("R" if s >= 15 else "A" if s >= 8 else "G")
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Devon & Cornwall Police - HMICFRS Engage causes of concern plan (xlsx) - REFUSE
# ---------------------------------------------------------------------------
DC_TITLE = "HMICFRS Engage – Causes of Concern: Force Improvement Plan"
DC = [
    ("Cause of concern 1: Crime data integrity",
     "Recommendation: Within six months, the force should ensure that its crime recording "
     "arrangements comply with the National Crime Recording Standard and the Home Office Counting "
     "Rules, in particular for violent crime, rape and crimes reported as anti-social behaviour.",
     [
         ("1.1", "Establish a Crime Data Integrity Board chaired by the ACC (Crime & Justice), with "
                 "monthly compliance reporting by district.", "ACC Crime & Justice", "Jan-23",
          "Complete", "Board in place since 12/01/2023."),
         ("1.2", "Recruit six additional crime registrar staff to increase daily incident-to-crime "
                 "audit capacity.", "Force Crime Registrar", "Apr-23", "Complete",
          "All six posts filled; audit sample increased to 400 incidents a month."),
         ("1.3", "Deliver NCRS/HOCR training to all frontline officers and call handlers through a "
                 "mandatory e-learning module and face-to-face briefings.",
          "Head of Learning & Development", "Jul-23", "On track",
          "71% of frontline staff trained at 28/04/2023."),
     ]),
    ("Cause of concern 2: Management of registered sex offenders",
     "Recommendation: Within three months, the force should make sure it has enough trained staff "
     "to manage the risk posed by registered sex offenders, and clear its backlog of overdue visits "
     "and risk assessments.",
     [
         ("2.1", "Clear the backlog of overdue ARMS assessments and home visits through a dedicated "
                 "MOSOVO recovery team.", "Det Supt Public Protection", "Mar-23", "Complete",
          "Backlog cleared 24/03/2023; now monitored weekly."),
         ("2.2", "Increase the MOSOVO establishment by 10 detective constables and 2 sergeants, "
                 "funded through the 2023/24 precept.",
          "Head of Public Protection / Head of Resourcing", "0ct-23", "On track",
          "Posts advertised; first 4 officers start June 2023."),
     ]),
    ("Cause of concern 3: Responding to the public",
     "Recommendation: Within three months, the force should improve its processes for answering "
     "non-emergency calls so that it answers them promptly, and reduce the number of callers who "
     "abandon their call.",
     [
         ("3.1", "Introduce a 101 call-back facility and a dedicated triage function in the Contact "
                 "Centre.", "Superintendent Contact Centre", "Feb-23", "Complete",
          "Triage live from 6 February 2023."),
         ("3.2", "Recruit and train 40 additional call handlers in two cohorts.",
          "Head of Contact / Head of Resourcing", "Sep-23", "At risk",
          "Cohort 1 (18) in training; attrition in cohort 2 recruitment."),
         ("3.3", "Publish 101 answer times and abandonment rates monthly on the force website.",
          "Head of Corporate Communications", "Jun-23", "On track", ""),
     ]),
]
DC_REFUSE_ROW = None  # filled in by make_devon_cornwall


def make_devon_cornwall(path):
    global DC_REFUSE_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    heads = ["Ref", "Action", "Action owner", "Due", "Status", "Latest update"]
    n = len(heads)
    ws["A1"] = "Devon & Cornwall Police"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = DC_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Version 3.1 | Updated 28/04/2023 | Owner: Deputy Chief Constable | Governance: "
                "Force Improvement Board (monthly); HMICFRS Policing Performance Oversight Group")
    header_row(ws, 5, heads, [6, 60, 28, 9, 11, 44])
    status_fill = {"Complete": "B", "On track": "G", "At risk": "A"}
    r = 6
    for coc, rec, acts in DC:
        c = ws.cell(row=r, column=1, value=coc)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF2F5496")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
        r += 1
        c = ws.cell(row=r, column=1, value=rec)
        c.font = Font(italic=True)
        c.fill = fill("rec")
        c.alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
        ws.row_dimensions[r].height = 45
        r += 1
        for ref, act, own, due, st, upd in acts:
            vals = [ref, act, own, due, st, upd or None]
            for j, v in enumerate(vals, 1):
                ws.cell(row=r, column=j, value=v)
            boxed(ws, r, n)
            ws.cell(row=r, column=5).fill = fill(status_fill[st])
            if due.startswith("0ct"):
                DC_REFUSE_ROW = r
            r += 1
    ws.freeze_panes = "A6"

    s = wb.create_sheet("Summary")
    s["A1"] = "Summary by cause of concern"
    s["A1"].font = Font(bold=True)
    header_row(s, 2, ["Cause of concern", "Actions", "Complete", "On track", "At risk"], [40, 9, 10, 10, 9])
    rows = [("1: Crime data integrity", 3, 2, 1, 0),
            ("2: Management of registered sex offenders", 2, 1, 1, 0),
            ("3: Responding to the public", 3, 1, 1, 1),
            ("Total", 8, 4, 3, 1)]
    for i, row in enumerate(rows, 3):
        for j, v in enumerate(row, 1):
            s.cell(row=i, column=j, value=v)
        boxed(s, i, 5)
    wb.save(path)


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def doc_table(doc, heads, style="Table Grid"):
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = style
    for i, h in enumerate(heads):
        set_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9E2F3")
    return t


# ---------------------------------------------------------------------------
# 4. Linden Medical Group - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
LINDEN_TITLE = "Linden Medical Group – CQC Inspection Action Plan"
REG12 = "Breach of regulation: Regulation 12 HSCA (RA) Regulations 2014 – Safe care and treatment"
REG17 = "Breach of regulation: Regulation 17 HSCA (RA) Regulations 2014 – Good governance"
SHOULD = "Areas where the practice should make improvements"
LINDEN_MUST = [
    (REG12, "The provider must ensure care and treatment is provided in a safe way to patients.",
     [
         dict(ref="12.1",
              action="Complete a full search of patients prescribed high-risk medicines "
                     "(methotrexate, lithium, DOACs) and recall any patient without up-to-date blood "
                     "monitoring.",
              lead_cell="Dr S Okafor / Clinical Pharmacist", lead=["Dr S Okafor", "Clinical Pharmacist"],
              date="31/01/2025", rag="Complete", end="2025-01", status="blue"),
         dict(ref="12.2",
              action="Introduce a monthly high-risk drug monitoring search, reviewed at the clinical "
                     "governance meeting.",
              lead_cell="Clinical Pharmacist", lead=["Clinical Pharmacist"],
              date="Ongoing – monthly", rag="G", end=None, end_text="Ongoing – monthly",
              status="green"),
         dict(ref="12.3",
              action="Act on all outstanding MHRA safety alerts, record the action taken in the "
                     "patient record and set up a practice alerts log.",
              lead_cell="Practice Manager", lead=["Practice Manager"],
              date="End of February 2025", rag="Complete", end="2025-02", status="blue"),
     ]),
    (REG17, "The provider must establish effective systems and processes to ensure good governance "
            "in accordance with the fundamental standards of care.",
     [
         dict(ref="17.1",
              action="Put in place a policy review schedule with named owners, so that every practice "
                     "policy is reviewed at least annually.",
              lead_cell="Practice Manager", lead=["Practice Manager"],
              date="March 2025", rag="A", end="2025-03", status="amber"),
         dict(ref="17.2",
              action="Introduce a staff training matrix covering safeguarding, infection prevention "
                     "and control, and basic life support, and follow up any overdue training.",
              lead_cell="Deputy Practice Manager", lead=["Deputy Practice Manager"],
              date="30/04/2025", rag="G", end="2025-04", status="green"),
         dict(ref="17.3",
              action="Hold a documented significant event review meeting every quarter, with learning "
                     "shared with the whole practice team.",
              lead_cell="Dr M Hughes", lead=["Dr M Hughes"],
              date="Q1 2025/26", rag="G", end="2025-06", status="green"),
     ]),
]
LINDEN_SHOULD = [
    dict(ref="S1", should="Continue to improve the uptake of cervical screening.",
         action="Offer Saturday morning cervical screening clinics through the PCN enhanced access "
                "service and send text reminders to non-responders.",
         lead_cell="Lead Nurse", lead=["Lead Nurse"], date="Sep-25", rag="G",
         end="2025-09", status="green"),
    dict(ref="S2", should="Take action to improve patient satisfaction with telephone access.",
         action="Move to a cloud-based telephony system with call-back and queue position messages.",
         lead_cell="Practice Manager; PCN Digital Lead", lead=["Practice Manager", "PCN Digital Lead"],
         date="June 2025", rag="A", end="2025-06", status="amber"),
]


def make_linden(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(LINDEN_TITLE, level=1)
    doc.add_paragraph("Inspection: 5 November 2024 (announced). Report published: 14 January 2025. "
                      "Overall rating: Requires improvement.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Provider", "Linden Medical Group (partnership)"),
                 ("CQC location ID", "1-548201937"),
                 ("Registered manager", "Dr Sarah Okafor"),
                 ("Plan owner", "Lisa Brennan, Practice Manager"),
                 ("Version / date", "v3 – 28 March 2025")]:
        row = t.add_row()
        set_text(row.cells[0], k, bold=True)
        shade(row.cells[0], "F2F2F2")
        set_text(row.cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("This plan sets out the action we are taking in response to the requirement "
                      "notices and the areas where CQC told us we should improve. It is reviewed at "
                      "the monthly partners’ meeting.")
    for heading, must, acts in LINDEN_MUST:
        doc.add_heading(heading, level=2)
        t = doc_table(doc, ["Ref", "Action", "Lead", "Target date", "RAG"])
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[4])
        set_text(merged, must, bold=True)
        shade(merged, "FFF2CC")
        for a in acts:
            row = t.add_row()
            for i, v in enumerate([a["ref"], a["action"], a["lead_cell"], a["date"], a["rag"]]):
                set_text(row.cells[i], v)
        doc.add_paragraph("")
    doc.add_heading(SHOULD, level=2)
    t = doc_table(doc, ["Ref", "The practice should", "Action", "Lead", "Target date", "RAG"])
    for a in LINDEN_SHOULD:
        row = t.add_row()
        for i, v in enumerate([a["ref"], a["should"], a["action"], a["lead_cell"], a["date"], a["rag"]]):
            set_text(row.cells[i], v)
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Complete = completed and evidence held; G = on track; "
                      "A = some delay, mitigation in place; R = not on track.")
    doc.add_paragraph("Signed on behalf of the partners: Dr Sarah Okafor, Senior Partner        "
                      "Date: 28/03/2025")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. University of Bedfordshire - Board of Governors action log (docx)
# ---------------------------------------------------------------------------
BEDS_TITLE = "University of Bedfordshire – Board of Governors Action Log"
BEDS = [
    ("Actions arising from the meeting of 3 July 2025",
     [
         dict(ref="25/44.2",
              action="Circulate the final Access and Participation Plan variation to governors before "
                     "submission to the Office for Students.",
              lead_cell="Pro Vice-Chancellor (Education)", lead=["Pro Vice-Chancellor (Education)"],
              date="July 2025", rag="Complete", update="Circulated 18 July 2025.",
              end="2025-07", status="blue"),
         dict(ref="25/46.1",
              action="Bring a revised estates masterplan for the Luton campus, including phasing and "
                     "funding options, to the Board.",
              lead_cell="Chief Financial Officer / Director of Estates",
              lead=["Chief Financial Officer", "Director of Estates"],
              date="March 2026", rag="A",
              update="Originally due November 2025. Deferred to March 2026 to align with the "
                     "financial sustainability plan.",
              end="2026-03", status="amber"),
         dict(ref="25/47",
              action="Arrange a governor development session on the Office for Students’ condition E6 "
                     "(harassment and sexual misconduct).",
              lead_cell="University Secretary and Clerk to the Board",
              lead=["University Secretary and Clerk to the Board"],
              date="October 2025", rag="Complete", update="Session held 9 October 2025.",
              end="2025-10", status="blue"),
     ]),
    ("Actions arising from the meeting of 25 September 2025",
     [
         dict(ref="25/61.3",
              action="Provide a breakdown of international student recruitment for January 2026 entry "
                     "by partner and country.",
              lead_cell="Pro Vice-Chancellor (International)",
              lead=["Pro Vice-Chancellor (International)"],
              date="27/11/2025", rag="G",
              update="Included in the Vice-Chancellor’s report to this meeting (paper BG/25/52).",
              end="2025-11", status="green"),
         dict(ref="25/63.1",
              action="Review the risk appetite statement for financial sustainability and bring "
                     "proposed changes to the Board via the Audit and Risk Committee.",
              lead_cell="Chief Financial Officer", lead=["Chief Financial Officer"],
              date="February 2026", rag="G", update="Audit and Risk Committee to consider on 29 January 2026.",
              end="2026-02", status="green"),
         dict(ref="25/64",
              action="Commission an externally facilitated Board effectiveness review in line with the "
                     "CUC Higher Education Code of Governance.",
              lead_cell="Chair of the Board; University Secretary and Clerk to the Board",
              lead=["Chair of the Board", "University Secretary and Clerk to the Board"],
              date="TBC", rag="", update="Procurement to start once the new Chair is in post.",
              end=None, end_text="TBC", status="unrated"),
     ]),
]


def make_beds(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    p = doc.add_paragraph()
    r = p.add_run(BEDS_TITLE)
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Paper BG/25/47  |  Meeting of 27 November 2025  |  Classification: Open")
    doc.add_paragraph("Purpose: to note progress on actions arising from previous meetings. Actions "
                      "shown as complete will be removed from the log once noted by the Board.")
    heads = ["Minute ref", "Action", "Owner", "Due", "RAG", "Update"]
    for heading, acts in BEDS:
        doc.add_heading(heading, level=2)
        t = doc_table(doc, heads)
        for a in acts:
            row = t.add_row()
            for i, v in enumerate([a["ref"], a["action"], a["lead_cell"], a["date"], a["rag"], a["update"]]):
                set_text(row.cells[i], v)
        doc.add_paragraph("")
    doc.add_paragraph("RAG: Complete – action completed; G – on track; A – delayed, revised date "
                      "agreed; R – overdue with no revised date.")
    doc.add_paragraph("Governance and Legal Services, November 2025")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Calico Homes - TSM improvement plan (csv, Excel save-as with blank fill-down cells)
# ---------------------------------------------------------------------------
CALICO_TITLE = "Calico Homes – Tenant Satisfaction Measures (TSM) Improvement Plan 2025/26"
CALICO = [
    ("Keeping properties in good repair", "TP02 Satisfaction with repairs", "68.2%",
     [dict(ref="R1",
           action="Introduce appointment slots (AM, PM and school-run) for all routine repairs booked "
                  "through the contact centre.",
           lead_cell="Head of Repairs & Maintenance", lead=["Head of Repairs & Maintenance"],
           date="30/06/2025", rag="Complete", update="Live from 2 June 2025.",
           end="2025-06", status="blue"),
      dict(ref="R2",
           action="Send a text survey within 48 hours of every completed repair and call back all "
                  "dissatisfied customers within 5 working days.",
           lead_cell="Head of Repairs & Maintenance; Customer Insight Manager",
           lead=["Head of Repairs & Maintenance", "Customer Insight Manager"],
           date="Sep-25", rag="Green",
           update="Texts live. Call-backs at 81% within 5 days (target 95%).",
           end="2025-09", status="green")]),
    (None, "TP04 Satisfaction that the home is well maintained", "70.5%",
     [dict(ref="R3",
           action="Complete stock condition surveys on 20% of homes each year, starting with homes "
                  "not surveyed since 2020.",
           lead_cell="Asset Manager", lead=["Asset Manager"],
           date="31/03/2026", rag="Green", update="1,104 surveys completed to 30 September 2025.",
           end="2026-03", status="green")]),
    ("Respectful and helpful engagement",
     "TP06 Satisfaction that the landlord listens to tenant views and acts upon them", "58.9%",
     [dict(ref="R4",
           action="Publish a quarterly \"You said, we did\" update in the tenant newsletter and on the "
                  "website.",
           lead_cell="Customer Engagement Officer", lead=["Customer Engagement Officer"],
           date="Quarterly", rag="Green", update="Q1 and Q2 updates published.",
           end=None, end_text="Quarterly", status="green"),
      dict(ref="R5",
           action="Recruit and train a Tenant Scrutiny Panel to review one service area each year:\n"
                  "- 2025/26 review: repairs communication\n"
                  "- findings reported to the Board",
           lead_cell="Director of Customer Services", lead=["Director of Customer Services"],
           date="Dec-25", rag="Amber",
           update="Six panel members recruited.\nTraining delayed to October 2025.",
           end="2025-12", status="amber")]),
    (None, "TP07 Satisfaction that the landlord keeps tenants informed about things that matter to them",
     "66.0%",
     [dict(ref="R6",
           action="Launch the customer portal so that tenants can view rent statements, report "
                  "repairs and track progress online.",
           lead_cell="Head of ICT", lead=["Head of ICT"],
           date="Q4 2025/26", rag="Red", update="Supplier delay; go-live moved from October 2025.",
           end="2026-03", status="red")]),
    ("Effective handling of complaints",
     "TP09 Satisfaction with the landlord's approach to handling complaints", "31.4%",
     [dict(ref="R7",
           action="Review the complaints policy against the Housing Ombudsman's Complaint Handling "
                  "Code and provide refresher training for all customer-facing staff.",
           lead_cell="Complaints and Learning Lead", lead=["Complaints and Learning Lead"],
           date="31/07/2025", rag="Complete", update="Policy approved by Board 22 July 2025.",
           end="2025-07", status="blue"),
      dict(ref="R8",
           action="Hold a weekly complaints review meeting to track open Stage 1 and Stage 2 "
                  "complaints against the Code timescales.",
           lead_cell="Complaints and Learning Lead", lead=["Complaints and Learning Lead"],
           date="Ongoing", rag="Green", update="",
           end=None, end_text="Ongoing", status="green")]),
]


def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        v = '"' + v.replace('"', '""') + '"'
    return v


def make_calico(path):
    ncol = 9
    lines = []

    def row(vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        lines.append(",".join(csv_field(v) for v in vals))

    row([CALICO_TITLE])
    row(["Based on 2024/25 TSM results. Owner: Director of Customer Services. "
         "Monitored by: Customer Services Committee (quarterly). Position at 30 September 2025."])
    row([])
    row(["Theme", "TSM measure", "2024/25 result", "Ref", "Action", "Lead", "Target date", "RAG",
         "Progress update"])
    for theme, measure, result, acts in CALICO:
        for i, a in enumerate(acts):
            row([theme if i == 0 else "", measure if i == 0 else "", result if i == 0 else "",
                 a["ref"], a["action"], a["lead_cell"], a["date"], a["rag"], a["update"]])
    row([])
    row(["RAG: Green = on track; Amber = at risk; Red = off track; Complete = delivered and evidenced."])
    row(["Prepared by the Performance & Insight Team, 14 October 2025"])
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 7. NHS Business Services Authority - internal audit recommendations tracker (txt, tab-separated)
# ---------------------------------------------------------------------------
NHSBSA_TITLE = "Audit and Risk Committee – Internal Audit Recommendations Tracker"
CYBER = "Cyber Security – Vulnerability and Patch Management"
PAY = "Payroll – Starters, Leavers and Changes"
CON = "Contract Management – Prescription Processing Services"
DPA = "Data Protection – Subject Access Requests"
NHSBSA = [
    dict(audit=CYBER, rdate="Jan 2025", assurance="Limited", ref="CS/01", prio="High",
         rec="Critical and high-severity patches should be applied within the timescales set in the "
             "Patch Management Standard, with any exceptions formally risk-accepted.",
         action="Implement automated patch compliance reporting to the Cyber Security Board and "
                "introduce a formal exceptions process with risk acceptance by the SIRO.",
         lead_cell="Chief Technology Officer", lead=["Chief Technology Officer"],
         orig="31/03/2025", rev="30/09/2025", stat="Complete", end="2025-09", status="blue"),
    dict(audit=CYBER, rdate="Jan 2025", assurance="Limited", ref="CS/02", prio="Medium",
         rec="End-of-life server operating systems should be removed from the network or isolated.",
         action="Decommission the remaining 14 end-of-life servers and isolate the two legacy "
                "application servers pending replacement.",
         lead_cell="Head of Infrastructure", lead=["Head of Infrastructure"],
         orig="30/06/2025", rev="31/12/2025", stat="Amber", end="2025-12", status="amber"),
    dict(audit=PAY, rdate="Mar 2025", assurance="Moderate", ref="PAY/01", prio="Medium",
         rec="Leaver notifications should reach Payroll before the employee's final working day to "
             "prevent overpayments.",
         action="Issue revised leaver guidance to all line managers and report late leaver "
                "notifications monthly to the Executive Leadership Team.",
         lead_cell="Director of People and Culture", lead=["Director of People and Culture"],
         orig="31/05/2025", rev="", stat="Complete", end="2025-05", status="blue"),
    dict(audit=PAY, rdate="Mar 2025", assurance="Moderate", ref="PAY/02", prio="Low",
         rec="Recovery of salary overpayments should be tracked through to completion.",
         action="Set up an overpayments log, reconciled monthly by Finance.",
         lead_cell="Head of Payroll; Financial Controller", lead=["Head of Payroll", "Financial Controller"],
         orig="31/12/2025", rev="", stat="Green", end="2025-12", status="green"),
    dict(audit=CON, rdate="Jun 2025", assurance="Limited", ref="CM/01", prio="High",
         rec="Contract management plans should be in place for all Tier 1 contracts, with named "
             "contract managers and KPIs reviewed at least quarterly.",
         action="Complete contract management plans for all nine Tier 1 contracts and record them on "
                "the contracts register.",
         lead_cell="Head of Commercial", lead=["Head of Commercial"],
         orig="30/09/2025", rev="", stat="Red", end="2025-09", status="red"),
    dict(audit=CON, rdate="Jun 2025", assurance="Limited", ref="CM/02", prio="Medium",
         rec="Supplier performance issues should be escalated in line with the contract escalation "
             "procedure.",
         action="Refresh the contract escalation procedure, brief all contract managers and report "
                "escalations quarterly to the Commercial Board.",
         lead_cell="Head of Commercial", lead=["Head of Commercial"],
         orig="31/03/2026", rev="", stat="Not started", end="2026-03", status="unrated"),
    dict(audit=DPA, rdate="Aug 2025", assurance="Substantial", ref="DP/01", prio="Low",
         rec="Subject access request response times should be reported to the Information Governance "
             "Steering Group.",
         action="Add SAR timeliness to the monthly information governance performance dashboard.",
         lead_cell="Data Protection Officer", lead=["Data Protection Officer"],
         orig="30/11/2025", rev="", stat="Green", end="2025-11", status="green"),
]


def make_nhsbsa(path):
    lines = ["NHS Business Services Authority",
             NHSBSA_TITLE,
             "Position as at 31 October 2025 (report to ARC, 20 November 2025)",
             ""]
    heads = ["Audit", "Report date", "Assurance", "Rec ref", "Priority", "Recommendation",
             "Management action", "Action owner", "Original due date", "Revised due date", "Status"]
    lines.append("\t".join(heads))
    for a in NHSBSA:
        lines.append("\t".join([a["audit"], a["rdate"], a["assurance"], a["ref"], a["prio"], a["rec"],
                                a["action"], a["lead_cell"], a["orig"], a["rev"], a["stat"]]))
    lines += ["",
              "Open recommendations: 5\tComplete since last report: 2",
              "Priority: High = fundamental weakness, urgent action; Medium = significant weakness; "
              "Low = minor improvement.",
              "Source: audit recommendation tracking system export, 03/11/2025"]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


FILES = {
    "zxh-the-christie-nhsft-well-led-developmental-review-action-plan.xlsx": make_christie,
    "zxh-humberside-fire-rescue-service-corporate-risk-register-2025-26.xlsx": make_humberside,
    "zxh-devon-and-cornwall-police-hmicfrs-engage-causes-of-concern-improvement-plan-typo-month-refuse.xlsx":
        make_devon_cornwall,
    "zxh-linden-medical-group-cqc-inspection-action-plan.docx": make_linden,
    "zxh-university-of-bedfordshire-board-of-governors-action-log.docx": make_beds,
    "zxh-calico-homes-tenant-satisfaction-measures-improvement-plan-2025-26.csv": make_calico,
    "zxh-nhs-business-services-authority-arc-internal-audit-recommendations-tracker.txt": make_nhsbsa,
}


def main():
    for name, fn in FILES.items():
        assert name.startswith("zxh-")
        fn(os.path.join(HERE, name))
        print("wrote", name)
    print("Devon & Cornwall refuse row:", DC_REFUSE_ROW)


if __name__ == "__main__":
    main()
