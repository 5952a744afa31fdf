#!/usr/bin/env python
"""Build the seven hh2- data files of set heldout250.

Run with /work/main/.venv/bin/python hh2_make.py (writes beside this script).
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "00B0F0"
GREY = "D9D9D9"
NAVY = "1F3864"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


def put(ws, row, col, value, bold=False, color=None, fmt=None, font_color=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    c.border = BOX
    if bold or font_color:
        c.font = Font(bold=bold, color=font_color)
    if color:
        c.fill = fill(color)
    if fmt:
        c.number_format = fmt
    return c


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. NHS Shropshire, Telford and Wrekin ICB - Board meeting in public action log
# ---------------------------------------------------------------------------
def make_icb_action_log():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    widths(ws, [16, 48, 30, 13, 13, 52, 8])
    ws["A1"] = ("NHS Shropshire, Telford and Wrekin Integrated Care Board – "
                "Board Meeting in Public Action Log")
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws["A2"] = "Log updated: 2 February 2026 (following the Board meeting held on 28 January 2026)"
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "RAG status is shown by cell colour – see the ‘Key’ sheet."
    hdr = ["Action No.", "Action", "Lead", "Due Date", "Revised Due Date",
           "Update / Progress", "RAG"]
    for i, h in enumerate(hdr, start=1):
        put(ws, 5, i, h, bold=True, color=NAVY, font_color="FFFFFF")

    DF = "dd/mm/yyyy"
    sections = [
        ("Actions arising from the Board meeting held on 24 September 2025", [
            ("ICB 24-09.071",
             "Provide a briefing to Board members on system performance against the "
             "4-hour A&E standard, including the impact of the new Same Day Emergency "
             "Care model at the Royal Shrewsbury Hospital.",
             "Chief Delivery Officer", d(2025, 11, 26), d(2026, 3, 25),
             "Briefing deferred pending validation of Q3 urgent and emergency care data. "
             "Now scheduled for the March Board development session.", AMBER),
            ("ICB 24-09.074",
             "Circulate the refreshed Joint Forward Plan delivery milestones to Board members.",
             "Director of Strategy and Integration", d(2025, 11, 26), None,
             "Circulated by email on 14/11/2025. Propose closure.", BLUE),
        ]),
        ("Actions arising from the Board meeting held on 26 November 2025", [
            ("ICB 26-11.102",
             "Bring a report on the LeDeR annual report findings for Shropshire, Telford "
             "and Wrekin, and the system response, to a future Board meeting.",
             "Director of Nursing and Clinical Services", d(2026, 1, 28), None,
             "Not presented in January – regional data still being validated. "
             "Report will come to the March meeting.", RED),
            ("ICB 26-11.105",
             "Agree with Shropshire Council and Telford & Wrekin Council a joint approach "
             "to discharge-to-assess funding for 2026/27 and report back to the Board.",
             "Chief Finance Officer / Chief Delivery Officer", d(2026, 3, 25), None,
             "Joint finance workshop held 15/01/2026; draft section 75 variation in preparation.",
             GREEN),
            ("ICB 26-11.109",
             "Include a section on primary care access and the GP collective action "
             "position in the next Integrated Performance Report.",
             "LT / GW", d(2026, 1, 28), None,
             "Included in the January Integrated Performance Report (section 4). Propose closure.",
             BLUE),
        ]),
        ("Actions arising from the Board meeting held on 28 January 2026", [
            ("ICB 28-01.008",
             "Present the month 9 system financial recovery position to the Audit and Risk "
             "Committee, including the risk-adjusted forecast outturn for 2025/26.",
             "Chief Finance Officer", d(2026, 2, 19), None,
             "On the agenda for the February Audit and Risk Committee.", GREEN),
            ("ICB 28-01.011",
             "Arrange a Board development session on the NHS 10 Year Health Plan and the "
             "implications of the ICB model blueprint for the organisation.",
             "Director of Corporate Affairs", "April 2026", None,
             "Date being agreed with the Chair.", GREEN),
            ("ICB 28-01.014",
             "Update the Board Assurance Framework to include the cyber security risk "
             "discussed at the meeting and report it to the next Board.",
             "Director of Corporate Affairs; Chief Digital and Information Officer",
             d(2026, 3, 25), None,
             "Risk drafted and scored; to be reviewed at the Audit and Risk Committee first.",
             GREEN),
        ]),
    ]
    r = 6
    for title, rows in sections:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(row=r, column=1, value=title)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        r += 1
        for ref, action, lead, due, rev, upd, rag in rows:
            put(ws, r, 1, ref)
            put(ws, r, 2, action)
            put(ws, r, 3, lead)
            put(ws, r, 4, due, fmt=DF if isinstance(due, dt.datetime) else None)
            put(ws, r, 5, rev, fmt=DF if rev else None)
            put(ws, r, 6, upd)
            put(ws, r, 7, None, color=rag)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    for label, n in [("Total actions on log", 8), ("Completed – propose closure", 2),
                     ("Overdue", 1), ("Revised date agreed", 1), ("On track / not yet due", 4)]:
        r += 1
        ws.cell(row=r, column=1, value=label)
        ws.cell(row=r, column=3, value=n)

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (col, text) in enumerate([
            (RED, "Red – overdue (due date passed and no revised date agreed)"),
            (AMBER, "Amber – revised due date agreed by the Board"),
            (GREEN, "Green – on track / not yet due"),
            (BLUE, "Blue – completed, proposed for closure")], start=2):
        key.cell(row=i, column=1).fill = fill(col)
        key.cell(row=i, column=2, value=text)
    key.column_dimensions["B"].width = 60
    key["A8"] = ("Completed actions are removed from the log once the Board has agreed "
                 "closure and are held in the closed actions archive.")
    wb.save(os.path.join(HERE, "hh2-nhs-shropshire-telford-wrekin-icb-board-action-log.xlsx"))


# ---------------------------------------------------------------------------
# 2. Milton Keynes University Hospital - Maternity and Neonatal Improvement Plan
# ---------------------------------------------------------------------------
def make_mkuh_maternity():
    title = ("Milton Keynes University Hospital NHS Foundation Trust – "
             "Maternity and Neonatal Improvement Plan 2025/26")
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    widths(cover, [26, 60])
    cover["A1"] = title
    cover["A1"].font = Font(bold=True, size=14)
    rows = [("Document control", None), ("Version", "2.3"),
            ("Position as at", "31 January 2026"),
            ("Plan owner", "Director of Midwifery"),
            ("Executive sponsor", "Chief Nurse"),
            ("Reporting to", "Maternity and Neonatal Safety Champions; Quality and Clinical Risk Committee"),
            ("Next review", "March 2026")]
    for i, (a, b) in enumerate(rows, start=3):
        put(cover, i, 1, a, bold=(b is None), color=GREY if b is None else None)
        if b is not None:
            put(cover, i, 2, b)
    cover["A12"] = "BRAG key"
    cover["A12"].font = Font(bold=True)
    for i, (letter, col, text) in enumerate([
            ("B", BLUE, "Blue – action delivered and evidenced"),
            ("G", GREEN, "Green – on track to deliver by the due date"),
            ("A", AMBER, "Amber – at risk of delay, mitigation in place"),
            ("R", RED, "Red – off track or overdue, escalated")], start=13):
        put(cover, i, 1, letter, bold=True, color=col)
        put(cover, i, 2, text)
    cover["A18"] = ("Sources: CQC maternity inspection report (2023), Ockenden immediate and "
                    "essential actions, Three-year delivery plan for maternity and neonatal "
                    "services, MNSI and local PSIRF learning.")

    summ = wb.create_sheet("Summary")
    widths(summ, [62, 8, 8, 8, 8, 8])
    summ["A1"] = title
    summ["A1"].font = Font(bold=True, size=12)
    for i, h in enumerate(["Theme", "B", "G", "A", "R", "Total"], start=1):
        put(summ, 3, i, h, bold=True, color=GREY)
    srows = [("Theme 1 – Listening to and working with women and families", 2, 0, 1, 0),
             ("Theme 2 – Growing, retaining and supporting our workforce", 0, 2, 1, 0),
             ("Theme 3 – Developing and sustaining a culture of safety", 1, 1, 0, 0),
             ("Theme 4 – Meeting and improving standards and structures", 0, 0, 1, 1)]
    for i, (t, b, g, a, rr) in enumerate(srows, start=4):
        for j, v in enumerate([t, b, g, a, rr, b + g + a + rr], start=1):
            put(summ, i, j, v)
    for j, v in enumerate(["Total", 3, 3, 3, 1, 10], start=1):
        put(summ, 8, j, v, bold=True)

    ws = wb.create_sheet("Improvement Plan")
    widths(ws, [7, 18, 56, 30, 12, 13, 13, 48, 10, 10])
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Position as at 31 January 2026"
    hdr = ["Ref", "Source", "Action required", "Lead(s)", "Start date",
           "Original due date", "Revised due date", "Progress this period",
           "Previous BRAG", "Current BRAG"]
    for i, h in enumerate(hdr, start=1):
        put(ws, 4, i, h, bold=True, color=NAVY, font_color="FFFFFF")
    BRAG = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    DF = "dd/mm/yyyy"
    themes = [
        ("Theme 1 – Listening to and working with women and families", [
            ("1.1", "CQC 2023 (SD3)",
             "Co-produce a revised maternity complaints and PALS response pathway with the "
             "Maternity and Neonatal Voices Partnership (MNVP).",
             "Head of Midwifery\nMNVP Chair", d(2025, 4, 1), d(2025, 9, 30), d(2025, 12, 31),
             "Pathway launched 1 December 2025; MNVP 15 Steps walk-through completed.", "A", "B"),
            ("1.2", "3YDP Theme 1",
             "Roll out the personalised care and support plan (PCSP) template on BadgerNet to "
             "all community midwifery teams.",
             "Community Matron", d(2025, 4, 1), d(2025, 10, 31), None,
             "All five community teams live; audit shows 91% of women with a PCSP at 28 weeks.",
             "G", "B"),
            ("1.3", "MNSI / Equity plan",
             "Provide face-to-face or video interpreting at every booking appointment where "
             "required.\nAudit compliance quarterly and report to the Maternity Quality Meeting.",
             "Equity and Equality Lead Midwife", d(2025, 6, 1), d(2026, 3, 31), None,
             "Q3 audit 78% (target 95%). Video interpreting tablets ordered for antenatal clinic.",
             "A", "A"),
        ]),
        ("Theme 2 – Growing, retaining and supporting our workforce", [
            ("2.1", "Ockenden IEA 7",
             "Complete the Birthrate Plus® acuity review and present the midwifery "
             "establishment paper to Trust Board.",
             "Director of Midwifery", d(2025, 5, 1), d(2025, 11, 30), d(2026, 3, 31),
             "Birthrate Plus® report received January 2026; Board paper scheduled for March.",
             "A", "G"),
            ("2.2", "3YDP Theme 2",
             "Implement a preceptorship and retention programme for newly qualified midwives, "
             "including a 12-month rotation and a named Professional Midwifery Advocate.",
             "Practice Development Midwife / PMA Lead", d(2025, 9, 1), d(2026, 6, 30), None,
             "September cohort of 14 preceptees started; retention survey baseline completed.",
             "G", "G"),
            ("2.3", "CNST Safety Action 8",
             "Achieve 90% compliance with PROMPT multi-professional emergency skills training "
             "for all staff groups.",
             "Consultant Obstetrician (Training Lead)", d(2025, 4, 1), d(2026, 3, 31), None,
             "Midwives 94%, obstetric consultants 88%, anaesthetists 81%. Extra dates added in "
             "February.", "R", "A"),
        ]),
        ("Theme 3 – Developing and sustaining a culture of safety", [
            ("3.1", "PSIRF",
             "Transition all maternity incident reviews to the Patient Safety Incident Response "
             "Framework (PSIRF), including after-action reviews for moderate harm incidents.",
             "Maternity Governance Lead\nPatient Safety Specialist", d(2025, 4, 1),
             d(2025, 12, 31), None,
             "Completed. All reviews since October 2025 under PSIRF; SI framework retired.",
             "G", "B"),
            ("3.2", "Ockenden IEA 1",
             "Embed monthly perinatal quadrumvirate walk-rounds on Labour Ward and the Neonatal "
             "Unit, with themes reported to the Safety Champions.",
             "Perinatal Quadrumvirate", d(2025, 4, 1), "Monthly", None,
             "Walk-rounds held each month in Q3; themes: staffing on Ward 9, estate repairs.",
             "G", "G"),
        ]),
        ("Theme 4 – Meeting and improving standards and structures", [
            ("4.1", "SBLCB v3 Element 4",
             "Implement Saving Babies’ Lives Care Bundle v3 element 4 (fetal monitoring), "
             "including the hourly ‘fresh eyes’ review and annual competency assessment.",
             "Fetal Monitoring Lead Midwife", d(2025, 4, 1), d(2025, 9, 30), d(2026, 3, 31),
             "Fresh eyes compliance 72% in December. Competency assessment compliance 64% – "
             "escalated to the Divisional Board.", "A", "R"),
            ("4.2", "CQC 2023 (MD4)",
             "Replace the CTG central monitoring system on Labour Ward (capital bid approved).",
             "Women’s and Children’s Directorate Manager", d(2025, 7, 1), d(2026, 3, 31),
             d(2026, 6, 30),
             "Supplier selected; installation slipped to Q1 2026/27 because of estates works.",
             "G", "A"),
        ]),
    ]
    r = 5
    for theme, rows in themes:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        r += 1
        for (ref, src, action, lead, start, due, rev, prog, prev, cur) in rows:
            put(ws, r, 1, ref)
            put(ws, r, 2, src)
            put(ws, r, 3, action)
            put(ws, r, 4, lead)
            put(ws, r, 5, start, fmt=DF)
            put(ws, r, 6, due, fmt=DF if isinstance(due, dt.datetime) else None)
            put(ws, r, 7, rev, fmt=DF if rev else None)
            put(ws, r, 8, prog)
            put(ws, r, 9, prev, bold=True, color=BRAG[prev])
            put(ws, r, 10, cur, bold=True, color=BRAG[cur])
            r += 1
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "hh2-milton-keynes-university-hospital-maternity-neonatal-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Epsom & Ewell Borough Council - Corporate Risk Register Q3 2025/26
# ---------------------------------------------------------------------------
def make_epsom_risk_register():
    title = "Epsom & Ewell Borough Council – Corporate Risk Register – Quarter 3 2025/26"
    wb = Workbook()
    s = wb.active
    s.title = "Risk Summary"
    widths(s, [8, 62, 30, 11, 11, 11, 12])
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=13)
    s["A2"] = "Appendix 1 – Audit and Scrutiny Committee, 29 January 2026"
    hdr = ["Ref", "Risk", "Risk owner", "Inherent score", "Residual score",
           "Target score", "Direction of travel"]
    for i, h in enumerate(hdr, start=1):
        put(s, 4, i, h, bold=True, color=GREY)
    risks = [
        ("CR1", "Financial sustainability – failure to deliver a balanced budget over the "
                "Medium Term Financial Strategy period", "Director of Corporate Resources",
         20, 16, 9, "↔", RED),
        ("CR2", "Local Government Reorganisation – loss of focus on service delivery and "
                "capacity during transition to a new unitary council", "Chief Executive",
         20, 15, 10, "↑", RED),
        ("CR3", "Cyber security and ICT resilience – a cyber attack or ICT failure disrupts "
                "council services", "Director of Corporate Resources", 16, 12, 8, "↓", AMBER),
        ("CR4", "Housing and homelessness – demand for temporary accommodation exceeds "
                "supply and budget", "Director of Environment, Housing and Regeneration",
         20, 16, 12, "↔", RED),
        ("CR5", "Workforce – inability to recruit and retain staff with key skills",
         "Head of HR and Organisational Development", 12, 9, 6, "↔", AMBER),
    ]
    for i, (ref, risk, owner, inh, res, tgt, dot, col) in enumerate(risks, start=5):
        for j, v in enumerate([ref, risk, owner, inh, res, tgt, dot], start=1):
            put(s, i, j, v)
        s.cell(row=i, column=5).fill = fill(col)
    s["A11"] = "Scores are likelihood × impact on a 5 × 5 matrix. See ‘Scoring Key’."

    ws = wb.create_sheet("Risk Action Plan")
    widths(ws, [8, 60, 30, 13, 13, 50, 8])
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Further mitigating actions and Q3 progress"
    hdr = ["Action ref", "Further mitigating action", "Action owner", "Target date",
           "Revised target date", "Q3 progress update", "RAG"]
    for i, h in enumerate(hdr, start=1):
        put(ws, 4, i, h, bold=True, color=NAVY, font_color="FFFFFF")
    DF = "dd/mm/yyyy"
    RAG = {"G": GREEN, "A": AMBER, "R": RED, "B": BLUE}
    blocks = [
        ("CR1 – Financial sustainability", [
            ("CR1.1", "Deliver the 2025/26 savings and income programme (£1.2m) and report "
                      "progress monthly to the Strategy and Resources Committee.",
             "Head of Finance", d(2026, 3, 31), None,
             "£0.9m delivered or on track; car parking income £110k below budget.", "G"),
            ("CR1.2", "Refresh the Medium Term Financial Strategy to 2029/30, reflecting the "
                      "outcome of the Fair Funding Review 2.0.",
             "Director of Corporate Resources", d(2026, 2, 28), None,
             "Provisional settlement received late December; MTFS refresh compressed into "
             "February budget cycle.", "A"),
        ]),
        ("CR2 – Local Government Reorganisation", [
            ("CR2.1", "Provide officer capacity to the Surrey-wide reorganisation programme "
                      "workstreams and maintain the Council’s own transition risk log.",
             "Chief Executive", "Ongoing", None,
             "Officers seconded to finance, HR and democratic services workstreams.", "G"),
            ("CR2.2", "Complete the inventory of contracts, assets and data sets required for "
                      "transfer to the new East Surrey unitary council.",
             "Head of Legal Services / Head of Property", d(2025, 12, 31), d(2026, 3, 31),
             "Contracts register complete; asset and data inventories 70% complete.", "A"),
        ]),
        ("CR3 – Cyber security and ICT resilience", [
            ("CR3.1", "Complete the migration of the remaining on-premise servers to the cloud "
                      "hosting environment.",
             "Head of Digital and ICT", d(2025, 11, 30), None,
             "Migration completed 21 November 2025.", "B"),
            ("CR3.2", "Run a cyber incident tabletop exercise with the Corporate Management Board.",
             "Head of Digital and ICT", "Jan 2026", None,
             "Exercise postponed twice owing to diary clashes; not yet rescheduled.", "R"),
        ]),
        ("CR4 – Housing and homelessness", [
            ("CR4.1", "Increase the supply of temporary accommodation by acquiring 10 further "
                      "units through the Local Authority Housing Fund.",
             "Head of Housing and Community", d(2026, 3, 31), None,
             "6 units completed, 2 in conveyancing; 2 still to be identified.", "A"),
            ("CR4.2", "Review the homelessness prevention pathway with Citizens Advice Epsom & "
                      "Ewell and Surrey County Council.",
             "Housing Needs Manager", d(2026, 6, 30), None,
             "Scoping meeting held; review to start in March.", "G"),
        ]),
        ("CR5 – Workforce", [
            ("CR5.1", "Implement the recruitment and retention strategy action plan, including "
                      "market supplements for hard-to-fill posts.",
             "Head of HR and Organisational Development", d(2026, 3, 31), None,
             "Market supplements approved for planning and building control posts; vacancy "
             "rate down to 11%.", "G"),
        ]),
    ]
    r = 5
    for head, rows in blocks:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(row=r, column=1, value=head)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        r += 1
        for ref, act, owner, tgt, rev, upd, rag in rows:
            put(ws, r, 1, ref)
            put(ws, r, 2, act)
            put(ws, r, 3, owner)
            put(ws, r, 4, tgt, fmt=DF if isinstance(tgt, dt.datetime) else None)
            put(ws, r, 5, rev, fmt=DF if rev else None)
            put(ws, r, 6, upd)
            put(ws, r, 7, rag, bold=True, color=RAG[rag])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Action RAG: G = on track; A = some slippage, "
                                   "recoverable; R = significant slippage; B = complete.")

    k = wb.create_sheet("Scoring Key")
    k["A1"] = "Likelihood × Impact scoring"
    k["A1"].font = Font(bold=True)
    for i, (band, text, col) in enumerate([
            ("15–25", "High – Corporate Management Board oversight, quarterly to committee", RED),
            ("8–12", "Medium – managed by risk owner, reviewed quarterly", AMBER),
            ("1–6", "Low – tolerate and monitor", GREEN)], start=2):
        k.cell(row=i, column=1, value=band).fill = fill(col)
        k.cell(row=i, column=2, value=text)
    k.column_dimensions["B"].width = 70
    wb.save(os.path.join(HERE, "hh2-epsom-ewell-bc-corporate-risk-register-q3-2025-26.xlsx"))


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


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)


def header_row(table, labels):
    for cell, text in zip(table.rows[0].cells, labels):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        shade(cell, "D9E2F3")


def set_text(cell, text):
    cell.text = text


# ---------------------------------------------------------------------------
# 4. Cheshire West and Chester SAB - SAR 'Mrs B' action plan
# ---------------------------------------------------------------------------
def make_cwac_sar():
    doc = Document()
    landscape(doc)
    doc.add_heading("Safeguarding Adults Review ‘Mrs B’ – Multi-agency Action Plan", level=0)
    doc.add_paragraph("Cheshire West and Chester Safeguarding Adults Board").runs[0].bold = True
    doc.add_paragraph("Version 3 – updated for the SAR Sub-group, 12 November 2025")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Changes"])
    for row, vals in zip(t.rows[1:], [
            ("1", "14/05/2025", "SAB Business Manager", "Action plan agreed by the Board"),
            ("2", "10/09/2025", "SAB Business Manager", "Progress updates from partners"),
            ("3", "12/11/2025", "SAB Business Manager", "Progress updates; actions 2.1 and 3.1 completed")]):
        for c, v in zip(row.cells, vals):
            c.text = v

    doc.add_paragraph("")
    doc.add_paragraph("RAG key").runs[0].bold = True
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for row, (col, text) in zip(k.rows, [
            (RED, "Not progressing / overdue"), (AMBER, "In progress – some delay"),
            (GREEN, "In progress – on track"), (BLUE, "Completed")]):
        shade(row.cells[0], col)
        row.cells[1].text = text

    cols = ["No.", "Action", "Lead agency / officer", "Timescale", "Progress update", "RAG"]
    themes = [
        ("Learning theme 1: Self-neglect and hoarding", [
            ("Recommendation 1",
             "The Board should seek assurance that partner agencies are applying the "
             "Pan-Cheshire Self-Neglect and Hoarding Policy consistently, and that "
             "multi-agency risk management meetings are convened where a person declines support.",
             [("1.1", "Deliver refresher briefings on the Pan-Cheshire Self-Neglect and Hoarding "
                      "Policy to adult social care locality teams and Cheshire Fire and Rescue "
                      "Service Safe and Well advocates.",
               "Principal Social Worker (Adults)", "March 2026",
               "Four of six locality briefings delivered. Fire service sessions booked for February.",
               AMBER),
              ("1.2", "Undertake a multi-agency audit of 10 self-neglect cases to test use of "
                      "the Multi-Agency Risk Management (MARM) process.",
               "SAB Business Manager; Quality Assurance Sub-group Chair", "June 2026",
               "Audit tool agreed; case selection in progress.", GREEN)]),
            ("Recommendation 2",
             "Hospital discharge planning for adults who self-neglect should include a recorded "
             "mental capacity assessment about the decision to return home.",
             [("2.1", "Amend the discharge checklist in the electronic patient record to prompt "
                      "a capacity assessment where self-neglect is identified.",
               "Named Nurse Safeguarding Adults (COCH)", "31/12/2025",
               "Checklist amended and live from 3 November 2025.", BLUE),
              ("2.2", "Deliver training on executive function and the Mental Capacity Act to "
                      "discharge coordinators and ward managers.",
               "Safeguarding Adults Lead (CWP) / Named Nurse Safeguarding Adults (COCH)",
               "April 2026",
               "Training package drafted; delivery delayed by winter pressures.", AMBER)]),
        ]),
        ("Learning theme 2: Professional curiosity and the voice of the person", [
            ("Recommendation 3",
             "All agencies should promote professional curiosity when visiting adults who live "
             "alone with complex health needs, including asking about the home environment and "
             "who else visits.",
             [("3.1", "Publish a 7-minute briefing on SAR ‘Mrs B’ and circulate it through all "
                      "Board partners.",
               "SAB Business Manager", "November 2025",
               "Published on the Board website 6 November 2025 and circulated.", BLUE),
              ("3.2", "Include the learning from SAR ‘Mrs B’ in the adult social care practice "
                      "week programme.",
               "Principal Social Worker (Adults)", "February 2026",
               "Session planned for practice week, 9–13 February 2026.", GREEN)]),
        ]),
        ("Learning theme 3: Carers and family involvement", [
            ("Recommendation 4",
             "The Board should seek assurance that carers’ assessments are offered to family "
             "members providing substantial care, and that the outcome is recorded.",
             [("4.1", "Review the carers’ assessment offer and its recording on LiquidLogic, and "
                      "report take-up figures to the Performance Sub-group.",
               "Head of Service – Adult Social Care Operations", "Quarterly",
               "Q2 figures reported in October: 38% of identified carers offered an assessment.",
               GREEN),
              ("4.2", "Work with local carers’ organisations to co-produce guidance for "
                      "practitioners on involving carers in safeguarding enquiries.",
               "Strategic Commissioning Manager (Carers)", "TBC",
               "", None)]),
        ]),
    ]
    for theme, recs in themes:
        doc.add_heading(theme, level=1)
        for rec_head, rec_text, actions in recs:
            p = doc.add_paragraph()
            p.add_run(rec_head).bold = True
            doc.add_paragraph(rec_text)
            t = doc.add_table(rows=1 + len(actions), cols=len(cols))
            t.style = "Table Grid"
            header_row(t, cols)
            for row, (no, act, lead, when, prog, rag) in zip(t.rows[1:], actions):
                vals = [no, act, lead, when, prog, ""]
                for c, v in zip(row.cells, vals):
                    c.text = v
                if rag:
                    shade(row.cells[5], rag)
            doc.add_paragraph("")
    doc.add_paragraph("Actions will be closed by the SAR Sub-group once evidence of impact "
                      "has been received.")
    doc.save(os.path.join(HERE, "hh2-cheshire-west-chester-sab-sar-mrs-b-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Central Bedfordshire CSP - DHR 'Eleanor' action plan (Home Office template)
# ---------------------------------------------------------------------------
def make_cbc_dhr():
    doc = Document()
    landscape(doc)
    doc.add_heading("Central Bedfordshire Community Safety Partnership – Domestic Homicide "
                    "Review ‘Eleanor’ – Action Plan", level=0)
    doc.add_paragraph("Version 4: updated for the Community Safety Partnership Board, 5 March 2026")
    doc.add_paragraph("RAG status: Red – target date passed and action not complete; "
                      "Amber – action in progress within target date; "
                      "Green – action completed and evidenced.")
    cols = ["Recommendation", "Scope of recommendation i.e. local or regional",
            "Action to take", "Lead Agency", "Key milestones achieved in enacting recommendation",
            "Target Date", "Date of completion and Outcome", "RAG"]

    def build(section, recs):
        doc.add_heading(section, level=1)
        n = sum(len(a) for _, _, a in recs)
        t = doc.add_table(rows=1 + n, cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols)
        r = 1
        for rec, scope, actions in recs:
            first = r
            for act, lead, miles, target, done, rag in actions:
                row = t.rows[r]
                vals = [rec if r == first else "", scope if r == first else "", act, lead,
                        miles, target, done, ""]
                for c, v in zip(row.cells, vals):
                    c.text = v
                shade(row.cells[7], rag)
                r += 1
            if r - 1 > first:
                t.cell(first, 0).merge(t.cell(r - 1, 0))
                t.cell(first, 1).merge(t.cell(r - 1, 1))
                # merge() joins the paragraphs; keep a single copy of the text
                for ci, v in ((0, rec), (1, scope)):
                    t.cell(first, ci).text = v
        doc.add_paragraph("")

    build("Part A – Overview report (multi-agency) recommendations", [
        ("1. Central Bedfordshire Community Safety Partnership to seek assurance that agencies "
         "have embedded routine enquiry about domestic abuse, including coercive control and "
         "economic abuse, for older people.", "Local", [
            ("Audit a sample of adult social care assessments for people aged 65 and over to "
             "establish whether routine enquiry was made.",
             "Central Bedfordshire Council (Adult Social Care)",
             "Audit template agreed by the Safeguarding Adults Board QA group.",
             "March 2026", "", AMBER),
            ("Deliver domestic abuse and older people training through the CSP training offer, "
             "in partnership with Hourglass.",
             "Central Bedfordshire Council (Community Safety)",
             "Two sessions delivered to 64 practitioners.",
             "31/01/2026", "Completed 20/01/2026. Evaluation shows increased confidence to ask.",
             GREEN),
        ]),
        ("2. Bedfordshire, Luton and Milton Keynes ICB to ensure GP practices record carer "
         "status and share information where a carer is also the subject of domestic abuse "
         "concerns.", "Regional", [
            ("Issue guidance to GP practices on coding carer status and flagging domestic abuse "
             "concerns.", "BLMK ICB Safeguarding Team",
             "Guidance issued through the primary care bulletin.", "December 2025",
             "Completed 15/12/2025.", GREEN),
            ("Include the learning from this review in the BLMK primary care safeguarding leads "
             "forum.", "BLMK ICB Safeguarding Team",
             "Presented at the November forum; standing item thereafter.", "Ongoing", "", AMBER),
        ]),
        ("3. The Home Office to consider strengthening statutory guidance on the involvement of "
         "adult children who are carers in Domestic Homicide Reviews.", "National", [
            ("CSP Chair to write to the Home Office DHR team setting out this recommendation.",
             "Central Bedfordshire Community Safety Partnership",
             "Letter sent with the final report.", "October 2025",
             "Completed 28/10/2025. Acknowledged by the Home Office.", GREEN),
        ]),
    ])
    build("Part B – Single agency recommendations", [
        ("4. Bedfordshire Police to ensure that officers attending domestic incidents involving "
         "older victims complete the DASH risk assessment with the victim alone.", "Local", [
            ("Brief response officers through the force daily bulletin and include the learning "
             "in the next domestic abuse CPD day.", "Bedfordshire Police",
             "Bulletin item published; CPD day postponed.", "February 2026", "", RED),
        ]),
        ("5. East London NHS Foundation Trust to review how carers’ concerns about their own "
         "safety are recorded in the older adults community mental health team.", "Local", [
            ("Add a carer safety question to the carer contact template in SystmOne and audit "
             "its use after six months.", "East London NHS Foundation Trust (ELFT)",
             "Template change approved by the clinical systems group.", "June 2026", "", AMBER),
        ]),
    ])
    doc.add_paragraph("The Community Safety Partnership will monitor this action plan until all "
                      "actions are completed and evidenced.")
    doc.save(os.path.join(HERE, "hh2-central-bedfordshire-csp-dhr-eleanor-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Wokingham Borough Council - transformation highlight report (CSV, typo month)
# ---------------------------------------------------------------------------
def make_wokingham_csv():
    W = 9
    rows = [
        ["Wokingham Borough Council – Transformation Programme Highlight Report"],
        ["Report to: Executive Transformation Board – 22 January 2026"],
        ["Reporting period: December 2025 to January 2026"],
        ["Overall programme status: Amber"],
        [],
        ["Ref", "Workstream", "Project / milestone", "SRO", "Project lead", "Baseline date",
         "Forecast date", "RAG", "Commentary this period"],
        ["T1.1", "Customer & Digital",
         "Launch the new customer portal with online council tax and waste services",
         "Director of Resources and Assets", "Digital Programme Manager", "Nov-25", "Feb-26",
         "A", "Soft launch 9 December; full launch moved after testing found payment "
              "integration defects."],
        ["T1.2", "Customer & Digital", "Decommission the legacy CRM and migrate open cases",
         "Director of Resources and Assets", "Head of ICT", "Mar-26", "Mar-26", "G",
         "Data migration dry run completed."],
        ["T2.1", "Adult Social Care", "Expand reablement capacity to 60 new starts per week",
         "Director of Adult Services", "Reablement Service Manager", "Dec-25", "Apr-26", "A",
         "Recruitment to 8 reablement support worker posts ongoing; currently 48 starts per week."],
        ["T2.2", "Adult Social Care",
         "Implement the strengths-based practice framework across all locality teams",
         "Director of Adult Services", "Principal Social Worker", "Jan-26", "Jan-26", "G",
         "Final locality team trained 14 January."],
        ["T3.1", "Children's Services",
         "Retender home to school transport routes through the dynamic purchasing system",
         "Director of Children's Services", "Transport Commissioning Manager", "Jul-26",
         "Novemebr 2026", "A",
         "Market engagement held; tender timetable extended to align with September routes."],
        ["T3.2", "Children's Services", "Open a second in-house children's home",
         "Director of Children's Services", "Head of Children in Care", "Sep-26", "Sep-26", "G",
         "Planning consent granted; Ofsted registration application in preparation."],
        ["T4.1", "Assets & Estates", "Complete the disposal of surplus office space at Shute End",
         "Director of Resources and Assets", "Estates Manager", "Mar-26", "Jun-26", "R",
         "Preferred bidder withdrew in December; remarketing."],
        ["T4.2", "Assets & Estates",
         "Deliver energy efficiency works at leisure centres (Public Sector Decarbonisation Scheme)",
         "Director of Place and Growth", "Sustainability Lead", "Mar-26", "Mar-26", "G",
         "Heat pump installation at Carnival Hub complete."],
        [],
        ["Savings summary", "", "2025/26 target £000", "Forecast £000", "Variance £000"],
        ["Customer & Digital", "", "450", "380", "-70"],
        ["Adult Social Care", "", "1200", "1050", "-150"],
        ["Children's Services", "", "800", "800", "0"],
        ["Assets & Estates", "", "300", "120", "-180"],
        ["Total", "", "2750", "2350", "-400"],
    ]
    with open(os.path.join(
            HERE, "hh2-wokingham-borough-council-transformation-programme-highlight-report"
                  "-typo-month-refuse.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for r in rows:
            w.writerow(r + [""] * (W - len(r)))


# ---------------------------------------------------------------------------
# 7. West Berkshire Building Communities Together Partnership - plan (TSV .txt)
# ---------------------------------------------------------------------------
def make_westberks_txt():
    lines = [
        "West Berkshire Building Communities Together Partnership – Partnership Plan 2025-26 "
        "Delivery Plan",
        "Community Safety Partnership for West Berkshire",
        "Position at end of Quarter 3 (December 2025)",
        "",
        "Key: G = on track; A = some slippage, action being taken; R = off track; C = complete",
        "",
        "\t".join(["Ref", "Action", "Lead(s)", "By when", "Q3 update", "Status"]),
        "PRIORITY 1: Tackle violence against women and girls, including domestic abuse",
        "\t".join(["1.1", "Commission a domestic abuse perpetrator programme for West Berkshire "
                          "residents in partnership with the Thames Valley PCC.",
                   "WBC Domestic Abuse Coordinator; OPCC Commissioning Officer", "Mar-26",
                   "Specification agreed; procurement delayed by OPCC budget review.", "A"]),
        "\t".join(["1.2", "Achieve White Ribbon accreditation, including bystander training for "
                          "night-time economy staff in Newbury town centre.",
                   "Community Safety Manager", "Nov-25",
                   "Accreditation awarded 25 November 2025.", "C"]),
        "\t".join(["1.3", "Embed the safe accommodation needs assessment recommendations in the "
                          "2026-29 Domestic Abuse Strategy.",
                   "Domestic Abuse Local Partnership Board", "31/03/2026",
                   "Draft strategy out to consultation in January.", "G"]),
        "PRIORITY 2: Reduce serious violence and exploitation",
        "\t".join(["2.1", "Deliver the Serious Violence Duty actions for 2025-26, including the "
                          "VRU-funded youth outreach in Newbury and Thatcham.",
                   "Community Safety Manager / Youth Justice Service Manager", "Mar-26",
                   "Outreach running three evenings a week.", "G"]),
        "\t".join(["2.2", "Hold multi-agency child exploitation (MACE) meetings and report themes "
                          "to the Partnership.",
                   "Insp. Sarah Whitlock", "Quarterly",
                   "Q3 meeting held; themes: county lines in Thatcham, online exploitation.", "G"]),
        "\t".join(["2.3", "Run knife crime awareness weeks (Operation Sceptre) with schools and "
                          "retailers.",
                   "TVP Neighbourhood Policing Team", "Nov-25",
                   "Completed; test purchases at 12 retailers, 1 failure.", "C"]),
        "PRIORITY 3: Tackle anti-social behaviour and build confident communities",
        "\t".join(["3.1", "Review the Public Spaces Protection Orders that expire in 2026 and "
                          "consult on renewal.",
                   "Public Protection Manager", "Jun-26",
                   "Evidence gathering under way.", "G"]),
        "\t".join(["3.2", "Launch an online Community Trigger (ASB case review) form and publish "
                          "annual data.",
                   "ASB Coordinator", "Jan-26",
                   "Web form build not yet scheduled by Digital Services.", "R"]),
        "\t".join(["3.3", "Support Neighbourhood Action Groups in Thatcham, Hungerford and Theale "
                          "with small grants and police attendance.",
                   "Community Engagement Officer", "Ongoing",
                   "Three grants awarded in Q3.", "G"]),
        "",
        "Summary: 9 actions – C 2, G 5, A 1, R 1",
        "Note: this delivery plan is reviewed by the Partnership each quarter and reported to "
        "the Health and Wellbeing Board.",
    ]
    with open(os.path.join(
            HERE, "hh2-west-berkshire-building-communities-together-partnership-plan-2025-26.txt"),
            "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_icb_action_log()
    make_mkuh_maternity()
    make_epsom_risk_register()
    make_cwac_sar()
    make_cbc_dhr()
    make_wokingham_csv()
    make_westberks_txt()
    print("done")
