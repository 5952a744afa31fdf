"""Build the seven mt2- data files (set heldout392).

Run with: /work/main/.venv/bin/python mt2_make.py
Writes beside this script: 3 xlsx, 2 docx, 1 csv, 1 txt.
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
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY, NAVY = "FF0000", "FFC000", "00B050", "00B0F0", "D9D9D9", "1F3864"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


def put(ws, row, col, value, *, bold=False, bg=None, date=False, white=False, size=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    c.border = BOX
    if bold or white or size:
        c.font = Font(bold=bold, color="FFFFFF" if white else None, size=size)
    if bg:
        c.fill = fill(bg)
    if date:
        c.number_format = "dd/mm/yyyy"
    return c


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. Buckinghamshire Healthcare NHS Trust - Board (public) action log, xlsx
# ---------------------------------------------------------------------------
def bucks_board_log():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    status_fill = {"Complete": BLUE, "On track": GREEN, "Revised": AMBER, "Overdue": RED}
    hdr = ["Action No.", "Meeting date", "Minute ref", "Item", "Action", "Exec lead",
           "Due date", "Revised due date", "Update", "Status"]

    def head(ws, title_rows):
        r = 1
        for text, size in title_rows:
            ws.cell(row=r, column=1, value=text).font = Font(bold=True, size=size)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            r += 1
        return r

    r = head(ws, [("Buckinghamshire Healthcare NHS Trust", 14),
                  ("Trust Board Meeting in Public – Action Log", 12),
                  ("Updated following the meeting held on 24 September 2025. Actions proposed for closure "
                   "are moved to the ‘Closed actions’ tab.", 10)])
    ws.cell(row=r, column=1, value="Key:").font = Font(bold=True)
    for col, (txt, key) in enumerate([("Complete – propose closure", "Complete"),
                                      ("On track – not yet due", "On track"),
                                      ("Due date revised by Board", "Revised"),
                                      ("Overdue", "Overdue")], start=2):
        put(ws, r, col, txt, bg=status_fill[key])
    r += 2
    hdr_row = r
    for col, h in enumerate(hdr, start=1):
        put(ws, r, col, h, bold=True, bg=NAVY, white=True)
    open_actions = [
        ("TB25/044", d(2025, 5, 28), "25/061", "Integrated Performance Report",
         "Provide a breakdown of the 78-week and 65-week waits by specialty, including the trajectory "
         "for dermatology and ophthalmology.",
         "Chief Operating Officer", d(2025, 7, 30), d(2025, 11, 26),
         "Partial update provided in July; full breakdown to be included in the November IPR appendix.",
         "Revised"),
        ("TB25/047", d(2025, 5, 28), "25/064", "Maternity and Neonatal Safety Report",
         "Bring the outcome of the Maternity Incentive Scheme Year 7 self-assessment to the Board ahead "
         "of the declaration.",
         "Director of Midwifery / Chief Nurse", d(2026, 1, 28), None,
         "Scheduled for the January 2026 Board.", "On track"),
        ("TB25/052", d(2025, 7, 30), "25/088", "Freedom to Speak Up Annual Report",
         "Include benchmarking against the National Guardian’s Office data for comparable trusts in the "
         "next report, with themes broken down by staff group.",
         "Chief People Officer", d(2025, 11, 26), None,
         "FTSU Guardian collating NGO Q1 data.", "On track"),
        ("TB25/055", d(2025, 7, 30), "25/091", "Board Assurance Framework",
         "Review the target score and timescale for BAF risk 4 (estates and infrastructure) in light of "
         "the revised capital allocation.",
         "Director of Finance; Director of Estates & Facilities", d(2025, 9, 24), None,
         "Not yet reviewed at Finance & Business Performance Committee.", "Overdue"),
        ("TB25/058", d(2025, 7, 30), "25/094", "Integrated Performance Report",
         "Set out the actions being taken to reduce the time from decision to admit to admission in the "
         "Emergency Department at Stoke Mandeville, with a trajectory to March 2026.",
         "Chief Operating Officer", d(2025, 9, 24), "Nov 2025",
         "Deferred at the request of the Committee Chair; to be presented with the winter plan.",
         "Revised"),
        ("TB25/061", d(2025, 9, 24), "25/112", "Guardian of Safe Working Hours Quarterly Report",
         "Circulate the exception report data for resident doctors by department to Board members "
         "outside the meeting.",
         "Chief Medical Officer", d(2025, 10, 31), None, None, "On track"),
        ("TB25/063", d(2025, 9, 24), "25/118", "Annual Equality, Diversity and Inclusion Report (WRES/WDES)",
         "Agree an approach to Board development on inclusive leadership and confirm dates for the 2026 "
         "programme.",
         "Chief People Officer / Company Secretary", d(2026, 1, 28), None, None, "On track"),
    ]

    def rows(ws, start, items):
        r = start
        for item in items:
            for col, v in enumerate(item, start=1):
                isdate = isinstance(v, dt.datetime)
                if col == 10:
                    put(ws, r, col, v, bg=status_fill[v])
                else:
                    put(ws, r, col, v, date=isdate)
            r += 1
        return r

    rows(ws, hdr_row + 1, open_actions)
    widths(ws, [11, 12, 10, 26, 55, 26, 12, 14, 45, 11])
    ws.freeze_panes = ws.cell(row=hdr_row + 1, column=1)

    ws2 = wb.create_sheet("Closed actions")
    r = head(ws2, [("Trust Board Meeting in Public – Closed Actions", 12),
                   ("Actions closed at the meeting held on 24 September 2025", 10)])
    r += 1
    for col, h in enumerate(hdr, start=1):
        put(ws2, r, col, h, bold=True, bg=NAVY, white=True)
    closed = [
        ("TB25/031", d(2025, 3, 26), "25/022", "Patient Story",
         "Share the learning from ‘Margaret’s’ story on discharge medication with the Medicines "
         "Optimisation Group and report back on changes made to the discharge checklist.",
         "Chief Pharmacist", d(2025, 5, 28), d(2025, 7, 30),
         "Discharge checklist updated and relaunched July 2025. Closed.", "Complete"),
        ("TB25/049", d(2025, 5, 28), "25/070", "Green Plan Annual Update",
         "Provide the Board with the carbon reduction figures for the PFI estate separately from the "
         "Trust-owned estate.",
         "Director of Estates & Facilities", d(2025, 7, 30), None,
         "Included in the Green Plan appendix, July 2025.", "Complete"),
        ("TB25/056", d(2025, 7, 30), "25/092", "Board Assurance Framework",
         "Confirm the date of the next external well-led review.",
         "Company Secretary", d(2025, 9, 24), None,
         "Confirmed for Q1 2026/27.", "Complete"),
    ]
    rows(ws2, r + 1, closed)
    widths(ws2, [11, 12, 10, 26, 55, 26, 12, 14, 45, 11])
    wb.save(os.path.join(HERE, "mt2-buckinghamshire-healthcare-nhs-trust-board-public-action-log.xlsx"))


# ---------------------------------------------------------------------------
# 2. Worcestershire Acute - MIS Year 6 action plan (typo month -> refuse), xlsx
# ---------------------------------------------------------------------------
def worcs_mis():
    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc["A1"] = "Document control"
    dc["A1"].font = Font(bold=True, size=12)
    for i, (k, v) in enumerate([
            ("Title", "Maternity Incentive Scheme Year 6 – Safety Actions Action Plan"),
            ("Version", "v2.1"),
            ("Owner", "Director of Midwifery"),
            ("Author", "Maternity Governance Lead"),
            ("Approved by", "Maternity Governance Group, 12 February 2025"),
            ("Reported to", "Quality Governance Committee; Trust Board (maternity report)"),
            ("Last updated", "20 May 2025")], start=3):
        put(dc, i, 1, k, bold=True, bg=GREY)
        put(dc, i, 2, v)
    widths(dc, [18, 70])

    ws = wb.create_sheet("MIS Y6 Action Plan")
    ws["A1"] = "Worcestershire Acute Hospitals NHS Trust – Maternity and Neonatal Services"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Maternity Incentive Scheme Year 6: Action Plan for Safety Action Standards Not Met"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Submitted with the Board declaration, February 2025. Progress reviewed monthly at the "
                "Maternity and Neonatal Safety Champions meeting.")
    for rr in (1, 2, 3):
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=10)
    ws["A4"] = "RAG key:"
    ws["A4"].font = Font(bold=True)
    for col, (t, c) in enumerate([("B – Complete", BLUE), ("G – On track", GREEN),
                                  ("A – At risk of delay", AMBER), ("R – Overdue", RED)], start=2):
        put(ws, 4, col, t, bg=c)
    hdr = ["Safety action", "Standard not met", "Ref", "Action", "Lead",
           "Original completion date", "Revised completion date", "Previous RAG", "Current RAG",
           "Progress / evidence"]
    for col, h in enumerate(hdr, start=1):
        put(ws, 6, col, h, bold=True, bg=NAVY, white=True)
    rag = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    acts = [
        # row 7
        ("4.1", "Submit a business case for 4.6 WTE additional neonatal nurses (QIS) to close the gap "
                "against BAPM standards.",
         "Head of Neonatal Nursing", d(2025, 3, 31), d(2025, 6, 30), "A", "A",
         "Business case to Investment Panel in June."),
        ("4.2", "Agree the neonatal nursing workforce action plan with the Operational Delivery Network "
                "and share it with the LMNS.",
         "Head of Neonatal Nursing / ODN Lead Nurse", d(2025, 4, 30), None, "G", "B",
         "Shared with the LMNS Board on 24/04/2025."),
        ("6.1", "Introduce a CO monitoring prompt in BadgerNet at the 36-week appointment.",
         "Digital Midwife", d(2025, 4, 30), None, "G", "B", "Live from 14/04/2025."),
        ("6.2", "Provide CO monitors to all community midwifery teams and audit compliance monthly.",
         "Community Midwifery Matron", d(2025, 5, 31), d(2025, 7, 31), "A", "A",
         "Monitors ordered; delivery delayed by supplier."),
        # row 11 - the mistyped month (zero for O) in the revised date
        ("6.3", "Agree 0.4 PA of obstetric fetal monitoring lead time in the consultant job plan.",
         "Obstetric Clinical Director", d(2025, 3, 31), "0ct-25", "R", "A",
         "Job plan review scheduled with Medical Staffing."),
        ("8.1", "Schedule additional PROMPT dates for obstetric anaesthetists with protected rota time.",
         "Anaesthetic Clinical Lead for Obstetrics", d(2025, 5, 31), None, "G", "G",
         "Three extra dates added (June–August)."),
        ("8.2", "Deliver Newborn Life Support training to maternity support workers through the in-house "
                "NLS faculty.",
         "Practice Development Midwife", d(2025, 6, 30), None, "G", "G", "72% compliant at end of April."),
        ("8.3", "Report training compliance by staff group to the Maternity and Neonatal Safety Champions "
                "every month.",
         "Practice Development Midwife", "Monthly", None, "G", "G", "Standing agenda item."),
        ("9.1", "Add the perinatal culture and leadership programme update to the quarterly Board "
                "maternity report.",
         "Director of Midwifery; Company Secretary", d(2025, 6, 30), None, "G", "G",
         "First update due in the Q1 report."),
    ]
    r = 7
    for a in acts:
        put(ws, r, 1, None)
        put(ws, r, 2, None)
        for col, v in enumerate(a, start=3):
            if col in (8, 9):
                put(ws, r, col, v, bg=rag[v])
            else:
                put(ws, r, col, v, date=isinstance(v, dt.datetime))
        r += 1
    blocks = [  # (first row, last row, safety action, standard not met)
        (7, 8, "Safety Action 4: Clinical workforce planning",
         "4c – Neonatal nursing workforce does not meet BAPM standards"),
        (9, 11, "Safety Action 6: Saving Babies’ Lives Care Bundle v3", None),
        (12, 14, "Safety Action 8: Multi-professional training",
         "90% attendance at PROMPT and NLS training not met for obstetric anaesthetists and maternity "
         "support workers"),
        (15, 15, "Safety Action 9: Board assurance",
         "Quarterly review of perinatal culture (SCORE survey) themes at Board not evidenced"),
    ]
    for first, last, sa, std in blocks:
        ws.cell(row=first, column=1, value=sa)
        if last > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=last, end_column=1)
        if std:
            ws.cell(row=first, column=2, value=std)
            if last > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=last, end_column=2)
    ws.cell(row=9, column=2, value="Element 1 – Smoking in pregnancy: CO measurement at 36 weeks below 80%")
    ws.merge_cells(start_row=9, start_column=2, end_row=10, end_column=2)
    ws.cell(row=11, column=2, value="Element 5 – Fetal monitoring: dedicated lead time not in job plans")
    for rr in range(7, 16):
        for cc in (1, 2):
            ws.cell(row=rr, column=cc).alignment = WRAP
    ws.cell(row=17, column=1, value="Total actions: 9   Complete: 2   On track: 4   At risk: 3   Overdue: 0")
    widths(ws, [26, 34, 6, 52, 28, 14, 14, 10, 10, 36])
    wb.save(os.path.join(HERE, "mt2-worcestershire-acute-hospitals-nhs-trust-maternity-incentive-scheme-"
                               "year-6-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. Bristol City Council - Corporate Risk Register Q2 2025/26, xlsx
# ---------------------------------------------------------------------------
def bristol_crr():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Corporate Risk Register – Summary of threat risks, Q2 2025/26"
    sm["A1"].font = Font(bold=True, size=12)
    for col, h in enumerate(["Risk", "Q1 rating", "Q2 rating", "Tolerance", "Direction of travel"], start=1):
        put(sm, 3, col, h, bold=True, bg=GREY)
    summ = [("CRR1: Financial resilience and the Medium Term Financial Plan", 20, 20, 12, "↔"),
            ("CRR7: Cyber Security", 16, 16, 8, "↔"),
            ("CRR32: Temporary accommodation demand and cost", 20, 16, 12, "↓"),
            ("CRR41: Building and fire safety – council housing stock", 15, 12, 8, "↓")]
    for i, row in enumerate(summ, start=4):
        for col, v in enumerate(row, start=1):
            put(sm, i, col, v)
    sm["A9"] = "Ratings: 1–4 Low; 5–9 Medium; 10–15 High; 16–25 Very high (likelihood × impact)."
    widths(sm, [60, 11, 11, 11, 18])

    ws = wb.create_sheet("CRR Q2 2025-26")
    ws["A1"] = "Bristol City Council – Corporate Risk Register Report Q2 2025/26"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Threat risks to the achievement of the Corporate Strategy 2022–27. Position as at "
                "30 September 2025; reported to Audit Committee, November 2025.")
    ws.merge_cells("A1:O1")
    ws.merge_cells("A2:O2")
    groups = [(1, 3, "Risk"), (4, 6, "Current risk level"), (7, 12, "What we are doing"),
              (13, 15, "Tolerance")]
    for c1, c2, t in groups:
        put(ws, 4, c1, t, bold=True, bg=GREY)
        ws.merge_cells(start_row=4, start_column=c1, end_row=4, end_column=c2)
    hdr = ["Risk title", "Risk description", "Risk owner", "Likelihood", "Impact", "Rating",
           "Ref", "Action", "Action owner", "Target date", "Progress", "RAG",
           "Likelihood", "Impact", "Rating"]
    for col, h in enumerate(hdr, start=1):
        put(ws, 5, col, h, bold=True, bg=NAVY, white=True)

    def rating_fill(n):
        return RED if n >= 16 else AMBER if n >= 10 else "FFFF00" if n >= 5 else GREEN

    risks = [
        ("CRR1: Financial resilience and the Medium Term Financial Plan",
         "Risk that the Council cannot set a balanced budget over the MTFP period because of demand "
         "growth in social care and temporary accommodation, inflation and uncertainty over the Fair "
         "Funding Review.",
         "Director of Finance (s151 Officer)", 4, 5, (3, 4),
         [("CRR1.1", "Track delivery of the 2025/26 savings programme monthly through the Strategy and "
                     "Resources Committee and identify mitigations for savings at risk.",
           "Director of Finance (s151 Officer)", d(2026, 3, 31), "60%", "A"),
          ("CRR1.2", "Refresh the Medium Term Financial Plan to 2030/31 taking account of the Fair Funding "
                     "Review 2.0 outcome.",
           "Head of Financial Planning", "Feb-26", "40%", "G")]),
        ("CRR7: Cyber Security",
         "Risk of a successful cyber attack leading to loss of systems or data, disruption to services "
         "and regulatory action.",
         "Director: Digital Transformation", 4, 4, (2, 4),
         [("CRR7.1", "Complete migration of the remaining legacy servers to the supported cloud platform and "
                     "decommission the on-premise estate.",
           "Head of IT Infrastructure", "Q4 2025/26", "55%", "A"),
          ("CRR7.2", "Run a phishing simulation and a mandatory cyber awareness refresher for all staff with "
                     "network access.",
           "Information Security Manager", d(2025, 11, 30), "100%", "B"),
          ("CRR7.3", "Test the ICT disaster recovery plan through a live failover exercise.",
           "Head of IT Infrastructure; Emergency Planning Manager", "Jan-26", "10%", "R")]),
        ("CRR32: Temporary accommodation demand and cost",
         "Risk that the number of households in temporary accommodation and the use of nightly-paid "
         "accommodation continue to rise, increasing cost and harm to families.",
         "Executive Director: Growth & Regeneration", 4, 4, (3, 4),
         [("CRR32.1", "Deliver the temporary accommodation acquisitions programme (150 units) to reduce "
                      "reliance on nightly-paid accommodation.",
           "Director: Housing & Landlord Services", d(2026, 3, 31), "45%", "A"),
          ("CRR32.2", "Hold a weekly placement review panel to move households on from bed and breakfast "
                      "within six weeks.",
           "Head of Housing Options", "Ongoing", "n/a", "G")]),
        ("CRR41: Building and fire safety – council housing stock",
         "Risk of serious harm to residents if fire and building safety duties under the Building Safety "
         "Act 2022 and the Fire Safety (England) Regulations 2022 are not met.",
         "Director: Housing & Landlord Services", 3, 4, (2, 4),
         [("CRR41.1", "Complete the outstanding high-risk actions from fire risk assessments of the "
                      "council’s high-rise blocks.",
           "Head of Landlord Compliance", d(2025, 12, 31), "80%", "G"),
          ("CRR41.2", "Submit safety case reports for the remaining higher-risk buildings when called in by "
                      "the Building Safety Regulator.",
           "Building Safety Manager", "As called in by BSR", "n/a", "G")]),
    ]
    rag = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    r = 6
    for title, desc, owner, lk, im, (tl, ti), acts in risks:
        first = r
        for ref, text, aown, tgt, prog, ragv in acts:
            for col in range(1, 16):
                put(ws, r, col, None)
            put(ws, r, 7, ref)
            put(ws, r, 8, text)
            put(ws, r, 9, aown)
            put(ws, r, 10, tgt, date=isinstance(tgt, dt.datetime))
            put(ws, r, 11, prog)
            put(ws, r, 12, ragv, bg=rag[ragv], bold=True)
            r += 1
        last = r - 1
        vals = {1: title, 2: desc, 3: owner, 4: lk, 5: im, 6: lk * im, 13: tl, 14: ti, 15: tl * ti}
        for col, v in vals.items():
            c = ws.cell(row=first, column=col, value=v)
            c.alignment = WRAP
            if col in (6, 15):
                c.fill = fill(rating_fill(v))
                c.font = Font(bold=True)
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="Action RAG: B = Complete; G = On track; A = Some slippage; "
                                   "R = Significant slippage, escalated to CLB.")
    ws.cell(row=r + 1, column=1, value="Risk ratings: 1–4 Low; 5–9 Medium; 10–15 High; 16–25 Very high.")
    widths(ws, [30, 42, 24, 9, 8, 8, 9, 50, 28, 13, 9, 6, 9, 8, 8])
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "mt2-bristol-city-council-corporate-risk-register-q2-2025-26.xlsx"))


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


def cell_text(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n") if text else [""]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.5))


# ---------------------------------------------------------------------------
# 4. AWP - SAR 'Mr E' single agency action plan, docx
# ---------------------------------------------------------------------------
def awp_sar():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    run = p.add_run("Avon and Wiltshire Mental Health Partnership NHS Trust")
    run.bold = True
    run.font.size = Pt(12)
    doc.add_heading("Single Agency Action Plan: Safeguarding Adults Review ‘Mr E’", level=0)
    doc.add_paragraph("This plan sets out the Trust’s response to the recommendations of the Keeping Bristol "
                      "Safe Partnership Safeguarding Adults Review ‘Mr E’, published in June 2025. Only the "
                      "recommendations that apply to AWP are included.")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.3"), ("Date", "14 October 2025"),
                 ("Author", "Named Professional for Safeguarding Adults"),
                 ("Approved by", "Trust Safeguarding Group"),
                 ("Reporting", "Monthly to Trust Safeguarding Group; quarterly to KBSP SAR Group")]:
        row = t.add_row().cells
        cell_text(row[0], k, bold=True)
        shade(row[0], "D9D9D9")
        cell_text(row[1], v)
    doc.add_paragraph()

    doc.add_paragraph().add_run("RAG key").bold = True
    k = doc.add_table(rows=1, cols=4)
    k.style = "Table Grid"
    for c, (t_, col) in zip(k.rows[0].cells, [("Complete", "00B0F0"), ("Green – on track", "00B050"),
                                              ("Amber – delayed / at risk", "FFC000"),
                                              ("Red – not on track", "FF0000")]):
        cell_text(c, t_)
        shade(c, col)

    themes = [
        ("Theme 1: Mental capacity and executive function",
         "SAR Recommendation 1: Partner agencies should ensure that mental capacity assessments for people "
         "who self-neglect consider executive functioning, and that the reasoning is recorded.",
         [("1.1", "Update the Trust Mental Capacity Act policy to include guidance on assessing executive "
                  "function, with a worked example.",
           "Mental Capacity Act Lead", "31/12/2025", "Draft with Policy Group for comment.", "Green"),
          ("1.2", "Deliver MCA and executive functioning training sessions to community mental health teams "
                  "in Bristol, North Somerset and South Gloucestershire.\nPriority: Bristol Recovery and "
                  "Intensive teams.",
           "MCA Lead / Safeguarding Adults Trainer", "Q4 2025/26",
           "Four of nine sessions delivered; trainer vacancy has slowed delivery.", "Amber"),
          ("1.3", "Audit 20 records of people open to community teams with self-neglect concerns to test "
                  "whether capacity decisions are recorded in RiO.",
           "Named Professional for Safeguarding Adults", "March 2026",
           "Audit tool agreed; to start after training is complete.", "Not started")]),
        ("Theme 2: Transitions between services",
         "SAR Recommendation 3: Agencies should review discharge and transfer processes so that no person is "
         "closed to a service while a referral to another service is pending.",
         [("3.1", "Amend the Community Mental Health Team discharge standard operating procedure so that a case "
                  "cannot be closed while an onward referral is awaiting acceptance.",
           "Head of Community Services (Bristol)", "Sept 2025",
           "SOP v4 approved 09/09/2025 and circulated to teams.", "Complete"),
          ("3.2", "Add a ‘pending referral’ flag to RiO and report weekly on cases with open flags over 28 days.",
           "Clinical Systems Manager", "30/11/2025",
           "Change request not yet prioritised by the RiO development board.", "Red")]),
        ("Theme 3: Working with families and carers",
         "SAR Recommendation 5: Partners should ensure that family members who provide care are offered a "
         "carer’s assessment and are involved in risk planning where the person consents.",
         [("5.1", "Relaunch the Trust’s Triangle of Care self-assessment in the Bristol locality and publish "
                  "the action plan.",
           "Carer Lead", "January 2026", "Self-assessment workshops booked for November.", "Green"),
          ("5.2", "Include a prompt on carer involvement and consent to share information in the care and "
                  "treatment plan template.",
           "Clinical Systems Manager; Head of Nursing (Bristol)", "July 2025",
           "Template updated in RiO, 21/07/2025.", "Complete")]),
    ]
    rag = {"Complete": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for theme, rec, acts in themes:
        doc.add_heading(theme, level=1)
        tbl = doc.add_table(rows=2, cols=6)
        tbl.style = "Table Grid"
        top = tbl.rows[0].cells
        merged = top[0].merge(top[5])
        cell_text(merged, rec, bold=True)
        shade(merged, "DEEAF6")
        for c, h in zip(tbl.rows[1].cells, ["Ref", "Action", "Lead", "Target date", "Progress update", "RAG"]):
            cell_text(c, h, bold=True)
            shade(c, "1F3864")
            for run in c.paragraphs[0].runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for a in acts:
            cells = tbl.add_row().cells
            for c, v in zip(cells, a):
                cell_text(c, v)
            if a[5] in rag:
                shade(cells[5], rag[a[5]])
        doc.add_paragraph()
    doc.add_paragraph("Progress against this plan is reported to the KBSP Safeguarding Adults Review Group "
                      "each quarter. Actions will be closed only when evidence has been seen by the Trust "
                      "Safeguarding Group.")
    s = doc.add_table(rows=1, cols=3)
    s.style = "Table Grid"
    for c, v in zip(s.rows[0].cells, ["Signed off by: Director of Nursing and Quality",
                                      "Signature: on file", "Date: 14/10/2025"]):
        cell_text(c, v)
    doc.save(os.path.join(HERE, "mt2-avon-wiltshire-mhp-nhs-trust-sar-mr-e-single-agency-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Coventry Police and Crime Board - DHR 'Ella' action plan, docx
# ---------------------------------------------------------------------------
def coventry_dhr():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Coventry Police and Crime Board (Community Safety Partnership)")
    r.bold = True
    doc.add_heading("Domestic Homicide Review ‘Ella’ – Action Plan", level=0)
    doc.add_paragraph("DHR reference: CPCB/DHR/2023/02. Position at 31 October 2025.")
    doc.add_paragraph("RAG: B – Complete; G – On track; A – Some delay; R – Off track.")

    doc.add_heading("Section A: Overview Report Recommendations", level=1)
    hdr = ["Recommendation", "Scope of recommendation (local / regional / national)", "Action to take",
           "Lead agency", "Key milestones achieved in enacting recommendation", "Target date",
           "Date of completion and outcome", "RAG"]
    recs = [
        ("1. Coventry Police and Crime Board to assure itself that partner agencies’ domestic abuse training "
         "covers economic abuse and coercive control in older couples.", "Local",
         [("Commission a training needs analysis across statutory partners on economic abuse and coercive "
           "control in relationships where both parties are over 60.",
           "Coventry City Council – Community Safety Team", "TNA survey issued August 2025; 212 responses.",
           "December 2025", "", "G"),
          ("Update the Coventry domestic abuse training offer to include a module on economic abuse, "
           "co-delivered with Coventry Haven Women’s Aid.",
           "Coventry City Council – Community Safety Team / Coventry Haven Women’s Aid",
           "Module outline drafted.", "31/03/2026", "", "A")]),
        ("2. All agencies to ensure routine enquiry about domestic abuse is made when an adult presents as the "
         "main carer for a partner.", "Local",
         [("Add a routine enquiry prompt to the Adult Social Care carers’ assessment and audit its use after "
           "three months.",
           "Coventry City Council – Adult Social Care", "Prompt added to the carers’ assessment in Liquidlogic, "
           "1 July 2025.", "October 2025",
           "Completed 30/10/2025 – audit of 40 assessments found the prompt used in 34 (85%).", "B"),
          ("Remind GP practices of the IRIS referral pathway and of routine enquiry with carers through the "
           "Primary Care Safeguarding Forum.",
           "Coventry and Warwickshire ICB", "Item on Forum agenda.", "Sept 2025",
           "Completed – Forum held 11 September 2025.", "B")]),
        ("3. The Home Office to consider how the learning from this review about older victims and carer stress "
         "can be shared nationally.", "National",
         [("Chair of the Police and Crime Board to write to the Home Office DHR team sharing the learning on "
           "older victims and carer stress.",
           "Chair, Coventry Police and Crime Board", "Letter drafted and agreed by panel.", "July 2025",
           "Letter sent 3 July 2025.", "B")]),
    ]
    rag = {"B": "00B0F0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    n = sum(len(a) for _, _, a in recs)
    tbl = doc.add_table(rows=1 + n, cols=8)
    tbl.style = "Table Grid"
    for c, h in zip(tbl.rows[0].cells, hdr):
        cell_text(c, h, bold=True, size=8)
        shade(c, "D9D9D9")
    ri = 1
    for rec, scope, acts in recs:
        first = ri
        for a in acts:
            cells = tbl.rows[ri].cells
            for c, v in zip(cells[2:], a):
                cell_text(c, v)
            shade(cells[7], rag[a[5]])
            ri += 1
        last = ri - 1
        if last > first:
            m1 = tbl.cell(first, 0).merge(tbl.cell(last, 0))
            m2 = tbl.cell(first, 1).merge(tbl.cell(last, 1))
        else:
            m1, m2 = tbl.cell(first, 0), tbl.cell(first, 1)
        cell_text(m1, rec)
        cell_text(m2, scope)
    doc.add_paragraph()

    doc.add_heading("Section B: Individual Management Review (Single Agency) Recommendations", level=1)
    doc.add_paragraph("Single agency actions are monitored by each agency and reported to the DHR Standing "
                      "Panel by exception.")
    hdr_b = ["Agency", "Ref", "Recommendation / action", "Lead officer", "Target date", "Progress", "RAG"]
    imr = [
        ("West Midlands Police",
         [("IMR-WMP-1", "Review the DASH risk assessment completed at the incident of 14 February 2023 with the "
                        "attending officers as a reflective learning exercise.",
           "DI Public Protection Unit (Coventry)", "June 2025", "Reflective session held 19/06/2025.", "B")]),
        ("University Hospitals Coventry and Warwickshire NHS Trust",
         [("IMR-UHCW-1", "Embed the routine enquiry question in the Emergency Department triage record for all "
                         "patients aged 16 and over.",
           "Named Nurse Safeguarding Adults", "Ongoing – monthly compliance audit",
           "September compliance 71% against 90% target.", "A"),
          ("IMR-UHCW-2", "Ensure that Hospital IDVA referrals are recorded on the electronic patient record "
                         "together with their outcome.",
           "Hospital IDVA Service Manager", "31 January 2026", "Form built; testing in November.", "G")]),
    ]
    n = sum(len(a) for _, a in imr)
    tb = doc.add_table(rows=1 + n, cols=7)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, hdr_b):
        cell_text(c, h, bold=True, size=8)
        shade(c, "D9D9D9")
    ri = 1
    for agency, acts in imr:
        first = ri
        for a in acts:
            cells = tb.rows[ri].cells
            for c, v in zip(cells[1:], a):
                cell_text(c, v)
            shade(cells[6], rag[a[5]])
            ri += 1
        last = ri - 1
        m = tb.cell(first, 0).merge(tb.cell(last, 0)) if last > first else tb.cell(first, 0)
        cell_text(m, agency, bold=True)
    doc.add_paragraph()
    doc.add_paragraph("The action plan will be reviewed by the DHR Standing Panel until all actions are "
                      "complete and then signed off by the Police and Crime Board.")
    doc.save(os.path.join(HERE, "mt2-coventry-police-and-crime-board-dhr-ella-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Stevenage BC - Transformation Programme highlight report, csv
# ---------------------------------------------------------------------------
def stevenage_csv():
    rows = [
        ["Stevenage Borough Council – Transformation Programme Highlight Report"],
        ["Reporting period: Q2 2025/26 (1 July – 30 September 2025)"],
        ["Programme Board", "16/10/2025"],
        ["Senior Responsible Owner", "Strategic Director (Resources & Transformation)"],
        ["Overall programme RAG", "Amber", "Previous", "Amber"],
        [],
        ["Workstream", "Ref", "Milestone / deliverable", "Project lead", "Baseline date", "Forecast date",
         "Previous RAG", "Current RAG", "Commentary"],
        ["1. Customer & Digital", "CD01",
         "Launch the new customer portal (MyStevenage) for council tax and waste services",
         "Customer Services Manager", "31/07/2025", "30/09/2025", "Amber", "Complete",
         "Went live 22/09/2025, 1,840 accounts created in the first week."],
        ["", "CD02", "Migrate garden waste subscriptions to the portal, including direct debit sign-up",
         "Digital Services Lead", "31/10/2025", "31/01/2026", "Green", "Amber",
         "Dependency on payments supplier API; revised forecast agreed at Programme Board."],
        ["", "CD03", "Close the telephone option for missed bin reports and redirect customers to online and "
                     "webchat",
         "Customer Services Manager / Head of Waste & Recycling", "Dec-25", "Dec-25", "Green", "Green",
         "Comms plan approved."],
        ["2. Smarter Working & Accommodation", "SW01",
         "Vacate floors 2 and 3 of Daneshill House ahead of the move to the new public services hub",
         "Head of Estates", "Mar-26", "Jun-26", "Green", "Red",
         "Hub completion delayed by contractor; options paper to November Programme Board."],
        ["", "SW02", "Roll out the hybrid working policy and desk booking system to all office-based staff",
         "HR & OD Manager", "30/06/2025", "30/06/2025", "Green", "Complete", "Complete."],
        ["3. Commercial & Income", "CI01",
         "Benchmark fees and charges against neighbouring councils and propose 2026/27 charges",
         "Finance Business Partner", "Q3 2025/26", "Q3 2025/26", "Green", "Green",
         "Benchmarking with North Herts and East Herts underway."],
        ["", "CI02", "Relaunch the trade waste offer with a new pricing model for small businesses",
         "Commercial Manager", "30/09/2025", "31/12/2025", "Amber", "Red",
         "Pricing model not yet approved by Executive; forecast reset."],
        ["4. Housing Services Modernisation", "HS01",
         "Implement the new housing management system (repairs module) and retire the legacy system",
         "Housing Systems Manager", "01/12/2025", "02/03/2026", "Amber", "Amber",
         "Data migration trial load 2 completed; UAT starts November."],
        ["", "HS02", "Introduce online repairs reporting with appointment booking for tenants",
         "Head of Repairs & Voids", "Jan-26", "Jan-26", "Green", "Green", ""],
        ["", "HS03", "Complete tenant engagement on the new repairs service standards through the Tenants’ Panel",
         "Tenant Participation Officer", "Ongoing", "Ongoing", "Green", "Green", "Monthly sessions."],
        [],
        ["RAG summary", "Complete: 2", "Green: 4", "Amber: 2", "Red: 2"],
        ["Key issue for Programme Board", "Hub construction delay (SW01) escalated to Executive – see options paper."],
    ]
    with open(os.path.join(HERE, "mt2-stevenage-bc-transformation-programme-highlight-report-q2-2025-26.csv"),
              "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 7. Safer Brent Partnership - VAWG strategy delivery plan, tab-separated txt
# ---------------------------------------------------------------------------
def brent_vawg_txt():
    T = "\t"
    lines = [
        "Safer Brent Partnership",
        "Violence Against Women and Girls Strategy 2023–2027: Delivery Plan 2025/26",
        "Progress update for the VAWG Strategic Board – Q2 (October 2025)",
        "",
        "RAG: Complete = delivered; Green = on track; Amber = some slippage, recovery plan in place; "
        "Red = off track; Not started = not yet due to start",
        "",
        T.join(["Ref", "Action", "Lead partner(s)", "Timescale", "Q2 progress update", "RAG"]),
        "Priority 1: Prevention – changing attitudes and behaviours",
        T.join(["1.1", "Deliver healthy relationships workshops in all Brent secondary schools, including "
                       "sessions on online misogyny and image-based abuse.",
                "Community Safety Team / Brent Schools Partnership", "Summer term 2026",
                "9 of 14 schools booked for the autumn term.", "Green"]),
        T.join(["1.2", "Run the ‘Enough’ awareness campaign across council and partner channels during the "
                       "16 Days of Activism.",
                "Communications Team", "25 Nov – 10 Dec 2025", "Campaign assets agreed with Met comms.",
                "Green"]),
        T.join(["1.3", "Extend the Women’s Night Safety Charter to 30 further venues in Wembley Park and "
                       "Kilburn.",
                "Licensing Team; Met Police North West BCU", "March 2026",
                "12 venues signed; licensing officer post vacant until November.", "Amber"]),
        "Priority 2: Supporting victims and survivors",
        T.join(["2.1", "Recommission the Brent domestic abuse advocacy (IDVA) service with a lot for specialist "
                       "by-and-for provision.",
                "Head of Commissioning – Community Safety", "01/04/2026",
                "Tender published 8 September 2025.", "Green"]),
        T.join(["2.2", "Launch the co-located IDVA at the Northwick Park Hospital Emergency Department.",
                "London North West University Healthcare NHS Trust", "Sept 2025",
                "IDVA in post from 1 September; 23 referrals in first month.", "Complete"]),
        T.join(["", "", "", "", "Second IDVA post to be funded from 2026/27 subject to ICB bid.", ""]),
        T.join(["2.3", "Map sexual violence support pathways for young women aged 16–25 and publish a single "
                       "directory.",
                "Public Health", "Q4 2025/26", "Due to start in January 2026.", "Not started"]),
        "Priority 3: Pursuing perpetrators",
        T.join(["3.1", "Increase the use of Stalking Protection Orders by embedding the Met stalking advice "
                       "clinic in North West BCU.",
                "Met Police North West BCU", "Ongoing", "Clinic running fortnightly since July.", "Green"]),
        T.join(["3.2", "Expand the Drive perpetrator programme to accept referrals from Children’s Social Care.",
                "Brent Children’s Services / Community Safety Team", "December 2025",
                "Funding gap of £48k; options to Board in November.", "Red"]),
        "Priority 4: Partnership working and accountability",
        T.join(["4.1", "Establish a VAWG Lived Experience Panel to advise the Strategic Board.",
                "VAWG Strategic Lead", "Oct-25", "Terms of reference agreed; recruitment slower than planned.",
                "Amber"]),
        T.join(["4.2", "Review the MARAC operating protocol and repeat referral data with SafeLives.",
                "MARAC Chair", "Quarterly", "Q2 review held 17/09/2025.", "Green"]),
        T.join(["4.3", "Complete the VAWG needs assessment refresh to inform the 2026/27 delivery plan.",
                "Community Safety Analyst", "By 31 January 2026", "Data requests issued to partners.",
                "Green"]),
        "",
        "Summary: Complete 1 | Green 6 | Amber 2 | Red 1 | Not started 1",
        "Note: this plan is a live document; actions are added by the VAWG Strategic Board as the needs "
        "assessment is refreshed.",
    ]
    with open(os.path.join(HERE, "mt2-safer-brent-partnership-vawg-strategy-delivery-plan-2025-26.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    bucks_board_log()
    worcs_mis()
    bristol_crr()
    awp_sar()
    coventry_dhr()
    stevenage_csv()
    brent_vawg_txt()
    print("built 7 files in", HERE)
