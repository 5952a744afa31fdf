"""Build the seven jv1 data files for heldout316 (run with /work/main/.venv/bin/python)."""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)

D = dt.datetime
BLUE = "5B9BD5"
GREEN = "70AD47"
AMBER = "FFC000"
RED = "FF0000"
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def box_range(ws, rows, cols):
    for r in rows:
        for c in cols:
            ws.cell(r, c).border = BOX
            ws.cell(r, c).alignment = WRAP


# ---------------------------------------------------------------------------
# 1. UHL IR(ME)R inspection improvement plan (xlsx, cover sheet + plan sheet,
#    merged regulation/recommendation cells, fill-only RAG, revised dates)
# ---------------------------------------------------------------------------
def make_uhl():
    title = ("IR(ME)R Inspection Improvement Plan \u2013 Nuclear Medicine, "
             "Leicester Royal Infirmary")
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = ("University Hospitals of Leicester NHS Trust \u2013 Clinical Support "
                 "and Imaging (CSI) Clinical Management Group")
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [
        ("Item", "Detail"),
        ("Inspection", "CQC IR(ME)R inspection, 17 September 2024 (announced)"),
        ("Feedback letter received", "8 October 2024"),
        ("Plan owner", "Head of Nuclear Medicine"),
        ("Version", "v1.3 \u2013 updated for Radiation Protection Committee, 12 February 2025"),
        ("Approved by", "Medical Director (IR(ME)R Employer representative)"),
    ]
    for i, (a, b) in enumerate(rows, start=5):
        cov.cell(i, 1, a)
        cov.cell(i, 2, b)
    cov["A5"].font = cov["B5"].font = Font(bold=True)
    box_range(cov, range(5, 11), range(1, 3))
    cov["A13"] = "RAG key"
    cov["A13"].font = Font(bold=True)
    key = [
        ("Blue", BLUE, "Complete \u2013 evidence submitted to CQC"),
        ("Green", GREEN, "On track to meet target date"),
        ("Amber", AMBER, "At risk \u2013 revised date agreed"),
        ("Red", RED, "Overdue / off track"),
    ]
    for i, (w, col, txt) in enumerate(key, start=14):
        cov.cell(i, 1, w).fill = fill(col)
        cov.cell(i, 2, txt)
    box_range(cov, range(14, 18), range(1, 3))
    cov.column_dimensions["A"].width = 26
    cov.column_dimensions["B"].width = 80

    ws = wb.create_sheet("Improvement plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position at 12 February 2025"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "IR(ME)R regulation", "CQC recommendation", "Action", "Action owner",
             "Target date", "Revised target date", "Progress update", "RAG"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8")
    groups = [
        ("Regulation 6(1) and Schedule 2 \u2013 Employer's procedures",
         "Rec 1: Ensure that the employer's written procedures are specific to nuclear "
         "medicine, reflect current practice and are subject to document control.",
         [
             ("1.1", "Review and re-issue all Schedule 2 employer's procedures (EP01\u2013EP17) "
              "for nuclear medicine, with version control, review dates and named authors.",
              "Head of Nuclear Medicine", D(2025, 1, 31), D(2025, 3, 31),
              "12 of 17 procedures approved at RPC in January. Remaining 5 to March RPC.", AMBER),
             ("1.2", "Add a nuclear medicine patient identification checklist to EP01, covering "
              "patients who cannot confirm their own identity.",
              "Lead Clinical Scientist / Superintendent Radiographer", D(2024, 11, 30), None,
              "Checklist live from 25/11/2024. Audit of 50 patients: 100% compliance.", BLUE),
         ]),
        ("Regulation 8 \u2013 Accidental or unintended exposures",
         "Rec 2: Ensure that every radiation incident is assessed against the SAUE criteria "
         "and that the assessment, and the decision on notification, is documented.",
         [
             ("2.1", "Add a mandatory SAUE assessment field to the Datix radiation incident form.",
              "Radiation Protection Adviser", D(2024, 12, 31), None,
              "Field added 9 December 2024.", BLUE),
             ("2.2", "Retrospectively assess all nuclear medicine radiation incidents reported "
              "since April 2023 against the SAUE criteria and notify CQC of any that meet them.",
              "Medical Physics Expert; Head of Nuclear Medicine", D(2025, 2, 28), None,
              "41 of 63 incidents reviewed; none meet SAUE criteria so far.", GREEN),
             ("2.3", "Report radiation incident themes quarterly to the Radiation Protection "
              "Committee and the CMG Quality and Safety Board.",
              "Radiation Protection Supervisor (Nuclear Medicine)", "Quarterly", None,
              "First quarterly report presented January 2025.", GREEN),
         ]),
        ("Regulation 12(4) and 6(5)(c) \u2013 Diagnostic reference levels",
         "Rec 3: Establish local diagnostic reference levels for all nuclear medicine "
         "examinations and review them against national DRLs at least annually.",
         [
             ("3.1", "Complete a dose audit of administered activities for the 10 highest-volume "
              "examinations and set local DRLs.",
              "Dr H. Clarke & Dr P. Nair", D(2025, 3, 31), None,
              "Data collection complete for 7 of 10 examinations.", GREEN),
             ("3.2", "Display local DRLs in each gamma camera room and dispensing area and add an "
              "annual review to the medical physics audit calendar.",
              "Lead Clinical Scientist", D(2025, 4, 30), None, "Dependent on 3.1.", None),
         ]),
        ("Regulation 17 \u2013 Training",
         "Rec 4: Keep complete and up-to-date training and entitlement records for all "
         "referrers, practitioners and operators, showing the scope of each person's entitlement.",
         [
             ("4.1", "Transfer all operator training and entitlement records to the Trust's "
              "electronic competency system, with scope of entitlement recorded for each person.",
              "Superintendent Radiographer", D(2025, 1, 31), "Q1 2025/26",
              "Delayed by system upgrade; 60% of records transferred.", AMBER),
             ("4.2", "Issue written entitlement letters to all non-medical referrers in nuclear "
              "medicine and confirm receipt.",
              "Head of Nuclear Medicine", D(2024, 12, 31), None,
              "Letters drafted; not yet issued.", RED),
         ]),
    ]
    r = 5
    for reg, rec, acts in groups:
        start = r
        for ref, act, owner, tgt, rev, upd, rag in acts:
            ws.cell(r, 1, ref)
            ws.cell(r, 4, act)
            ws.cell(r, 5, owner)
            c = ws.cell(r, 6, tgt)
            if isinstance(tgt, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            c = ws.cell(r, 7, rev)
            if isinstance(rev, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            ws.cell(r, 8, upd)
            if rag:
                ws.cell(r, 9).fill = fill(rag)
            r += 1
        ws.cell(start, 2, reg)
        ws.cell(start, 3, rec)
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
            ws.merge_cells(start_row=start, start_column=3, end_row=r - 1, end_column=3)
    box_range(ws, range(4, r), range(1, 10))
    r += 1
    ws.cell(r, 1, "Summary").font = Font(bold=True)
    for label, n in [("Total actions", 9), ("Complete", 2), ("On track", 3), ("At risk", 2),
                     ("Overdue", 1), ("Not started", 1)]:
        r += 1
        ws.cell(r, 1, label)
        ws.cell(r, 2, n)
    for col, w in zip("ABCDEFGHI", [7, 26, 40, 55, 26, 13, 13, 40, 7]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(P("jv1-university-hospitals-of-leicester-cqc-irmer-inspection-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Mining Remediation Authority ARAC internal audit tracker (xlsx: summary,
#    open recs with audit section rows, closed recs with audit column)
# ---------------------------------------------------------------------------
def make_mra():
    title = "Internal Audit Recommendations Tracker \u2013 position at 31 December 2025"
    sub = ("Mining Remediation Authority (formerly the Coal Authority) \u2013 Audit and Risk "
           "Assurance Committee, 27 January 2026")
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=13)
    s["A2"] = sub
    hdr = ["Priority", "Open", "Of which overdue", "Closed since last ARAC"]
    for c, h in enumerate(hdr, start=1):
        s.cell(4, c, h).font = Font(bold=True)
    for i, row in enumerate([("High", 2, 1, 1), ("Medium", 3, 0, 1), ("Low", 1, 0, 0),
                             ("Total", 6, 1, 2)], start=5):
        for c, v in enumerate(row, start=1):
            s.cell(i, c, v)
    s["A8"].font = s["B8"].font = s["C8"].font = s["D8"].font = Font(bold=True)
    box_range(s, range(4, 9), range(1, 5))
    s["A10"] = ("Overdue = past original or revised due date and not complete. Revised dates "
                "require ARAC approval.")
    s["A12"] = "Status key"
    s["A12"].font = Font(bold=True)
    for i, (w, col, txt) in enumerate([
        ("Complete", BLUE, "Implemented and verified by internal audit (blue)"),
        ("On track", GREEN, "Expected by the due date (green)"),
        ("At risk", AMBER, "Likely to miss the due date; revised date proposed (amber)"),
        ("Overdue", RED, "Past the due date and not complete (red)"),
        ("Not started", None, "Work not yet begun (no colour)"),
    ], start=13):
        c = s.cell(i, 1, w)
        if col:
            c.fill = fill(col)
        s.cell(i, 2, txt)
    s.column_dimensions["A"].width = 16
    s.column_dimensions["B"].width = 14
    s.column_dimensions["C"].width = 18
    s.column_dimensions["D"].width = 24

    o = wb.create_sheet("Open recommendations")
    o["A1"] = "Open recommendations"
    o["A1"].font = Font(bold=True, size=12)
    heads = ["Ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
             "Original due date", "Revised due date", "Status", "Update (December 2025)"]
    for c, h in enumerate(heads, start=1):
        cell = o.cell(3, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
    sections = [
        ("Cyber Security Maturity (2024-25) \u2013 Limited assurance", [
            ("CYB-01", "High",
             "Privileged access accounts should be reviewed at least quarterly and accounts no "
             "longer required removed promptly.",
             "Introduce a quarterly privileged access review, signed off by the Head of Digital, "
             "with leavers' accounts disabled within one working day.",
             "Chief Information Officer", D(2025, 3, 31), D(2025, 9, 30), "Overdue",
             "Q3 review completed; leaver process automation delayed to February 2026."),
            ("CYB-02", "Medium",
             "The incident response plan should be tested through an annual exercise and lessons "
             "learned recorded.",
             "Run a cyber incident tabletop exercise with the Executive Team, using the NCSC "
             "Exercise in a Box scenario, and record lessons learned in the BCM log.",
             "Head of Digital Services", D(2026, 3, 31), None, "On track",
             "Exercise booked for 14 January 2026."),
        ]),
        ("Mine Water Treatment Scheme Contract Management (2024-25) \u2013 Moderate assurance", [
            ("MWT-01", "High",
             "Contract performance against KPIs should be reported to the Programme Board monthly "
             "for all operating schemes.",
             "Add a scheme-by-scheme KPI dashboard to the monthly Programme Board pack.",
             "Director of Operations and Mine Water", D(2025, 9, 30), D(2026, 3, 31), "At risk",
             "Dashboard built for 48 of 83 schemes; remainder awaiting operator data."),
            ("MWT-02", "Medium",
             "Contract variations should be approved in line with the Scheme of Delegation and "
             "recorded on the contracts register.",
             "Issue a variation approval checklist to all contract managers and carry out a 10% "
             "sample check of variations each quarter.",
             "Head of Commercial", D(2026, 1, 31), None, "On track",
             "Checklist issued October 2025; first sample check due January 2026."),
        ]),
        ("Information Governance and Records Management (2025-26) \u2013 Moderate assurance", [
            ("IGR-01", "Medium",
             "The records retention schedule should be updated to reflect the new Mining "
             "Remediation Authority functions.",
             "Update the retention schedule and publish it on the intranet, and remind all staff "
             "through the IG e-learning refresh.\nInformation Asset Owners to confirm their "
             "entries by the due date.",
             "SIRO; Data Protection Officer", D(2026, 3, 31), None, "Not started", ""),
            ("IGR-02", "Low",
             "Information asset register entries should be reviewed annually by Information "
             "Asset Owners.",
             "Schedule the annual IAR review for each Information Asset Owner through the "
             "Information Governance Group.",
             "Information Governance Manager", "Q4 2025/26", None, "On track",
             "Review dates agreed with 9 of 11 IAOs."),
        ]),
    ]
    r = 4
    for sec, recs in sections:
        o.cell(r, 1, sec).font = Font(bold=True)
        o.cell(r, 1).fill = fill("D9E1F2")
        o.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for ref, pri, rec, act, own, due, rev, st, upd in recs:
            vals = [ref, pri, rec, act, own, due, rev, st, upd]
            for c, v in enumerate(vals, start=1):
                cell = o.cell(r, c, v if v != "" else None)
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd-mmm-yy"
            r += 1
    box_range(o, range(3, r), range(1, 10))
    for col, w in zip("ABCDEFGHI", [9, 9, 45, 50, 26, 12, 12, 11, 40]):
        o.column_dimensions[col].width = w

    c = wb.create_sheet("Closed since last ARAC")
    c["A1"] = "Recommendations closed since the October 2025 ARAC"
    c["A1"].font = Font(bold=True, size=12)
    heads = ["Ref", "Audit", "Priority", "Recommendation", "Agreed management action",
             "Action owner", "Due date", "Date closed", "Status"]
    for i, h in enumerate(heads, start=1):
        cell = c.cell(3, i, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
    closed = [
        ("PAY-03", "Payroll and Expenses (2024-25)", "High",
         "Expenses claims over \u00a3500 should be approved by a second authoriser.",
         "Configure a second-approver rule for claims over \u00a3500 in the expenses system.",
         "Head of Finance", D(2025, 9, 30), D(2025, 9, 22), "Complete"),
        ("MWT-03", "Mine Water Treatment Scheme Contract Management (2024-25)", "Medium",
         "Contract managers should complete the Government Commercial Function contract "
         "management foundation training.",
         "Enrol all 14 contract managers on the GCF Foundation course and record completion on "
         "the training log.",
         "Head of Commercial", D(2025, 10, 31), D(2025, 11, 17), "Complete"),
    ]
    for r, row in enumerate(closed, start=4):
        for i, v in enumerate(row, start=1):
            cell = c.cell(r, i, v)
            if isinstance(v, dt.datetime):
                cell.number_format = "dd-mmm-yy"
    box_range(c, range(3, 6), range(1, 10))
    for col, w in zip("ABCDEFGHI", [9, 30, 9, 45, 50, 20, 12, 12, 11]):
        c.column_dimensions[col].width = w
    wb.save(P("jv1-mining-remediation-authority-arac-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. QMUL apprenticeships PIAP (xlsx: theme + AFI banner rows, previous and
#    current RAG letters, key/sign-off sheet)
# ---------------------------------------------------------------------------
def make_qmul():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = "Post-Inspection Action Plan (PIAP) \u2013 Apprenticeships"
    ws["A1"].font = Font(bold=True, size=14, color="0D3D6B")
    ws["A2"] = "Queen Mary University of London"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = ("Ofsted inspection: 3\u20136 June 2025 | Report published: 15 July 2025 | "
                "Overall effectiveness: Requires improvement")
    ws["A4"] = ("Progress reviewed by Apprenticeships Quality Board: 21 October 2025 and "
                "20 January 2026")
    heads = ["No.", "Action", "Lead(s)", "Success measure / impact", "Deadline", "RAG Oct 25",
             "RAG Jan 26", "Progress commentary (January 2026)"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(6, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("0D3D6B")
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    plan = [
        ("theme", "Leadership and management"),
        ("afi", "AFI 1: Leaders should ensure that employers are fully involved in planning and "
                "reviewing apprentices' on- and off-the-job training."),
        ("act", "1.1", "Introduce a tripartite progress review template that records employer "
                "input on training plans at every review.", "Director of Apprenticeships",
         "100% of reviews in sample audit show employer contribution.", D(2025, 12, 31),
         "A", "B", "Template live from September; November audit 96%, January audit 100%."),
        ("act", "1.2", "Hold termly employer forums for each apprenticeship standard and "
                "publish a 'you said, we did' summary.",
         "Employer Engagement Manager; Programme Directors",
         "Forum held for every standard each term; summaries on website.", "Termly",
         "G", "G", "Autumn forums held for all 6 standards."),
        ("afi", "AFI 2: Leaders and governors should receive more detailed information on the "
                "progress of apprentices so that they can challenge underperformance quickly."),
        ("act", "2.1", "Build a Power BI apprenticeship dashboard showing progress, "
                "off-the-job hours and breaks in learning by standard and cohort.",
         "Head of Apprenticeship Operations / Data Analyst (Apprenticeships)",
         "Dashboard used at every Quality Board.", D(2026, 1, 31), "G", "A",
         "Off-the-job hours feed from the e-portfolio not yet automated."),
        ("act", "2.2", "Add an apprenticeships quality report to every Education Quality and "
                "Standards Board agenda.", "K. Osei",
         "Report minuted at each Board.", D(2025, 11, 30), "G", "B",
         "First report taken November 2025."),
        ("theme", "Quality of education"),
        ("afi", "AFI 3: Leaders should ensure that apprentices who need to achieve functional "
                "skills qualifications in English and mathematics receive timely and effective "
                "teaching."),
        ("act", "3.1", "Screen all new apprentices for English and maths at induction and enrol "
                "those who need it on functional skills within four weeks of starting.",
         "Functional Skills Coordinator", "All September starters screened and enrolled.",
         D(2025, 9, 30), "B", "B", "Complete."),
        ("act", "3.2", "Contract a specialist functional skills provider to deliver online "
                "tutorials, with attendance tracked weekly.", "L. Brennan and T. Adeyemi",
         "Pass rate at first attempt above 80%.", D(2026, 3, 31), "A", "R",
         "Procurement re-run after first tender failed; contract award now due February 2026."),
        ("afi", "AFI 4: Tutors should set apprentices clear targets in progress reviews that help "
                "them to achieve the highest grades in their end-point assessment."),
        ("act", "4.1", "Deliver CPD for all apprenticeship tutors on setting SMART targets linked "
                "to end-point assessment grading criteria.", "Academic Lead for Apprenticeships",
         "All tutors attended; targets in review sample meet the standard.", D(2026, 2, 28),
         "G", "G", "Two of three sessions delivered."),
        ("act", "4.2", "Moderate a 10% sample of progress reviews each term and feed back to "
                "tutors.", "Apprenticeship Quality Manager",
         "Moderation log shows improving target quality.", "Jul-26", None, "G",
         "First moderation round completed December 2025."),
    ]
    r = 7
    for item in plan:
        if item[0] == "theme":
            ws.cell(r, 1, item[1]).font = Font(bold=True, color="FFFFFF")
            for c in range(1, 9):
                ws.cell(r, c).fill = fill("4472C4")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        elif item[0] == "afi":
            ws.cell(r, 1, item[1]).font = Font(bold=True)
            for c in range(1, 9):
                ws.cell(r, c).fill = fill("D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            _, no, act, lead, meas, dl, prev, cur, com = item
            ws.cell(r, 1, no)
            ws.cell(r, 2, act)
            ws.cell(r, 3, lead)
            ws.cell(r, 4, meas)
            cell = ws.cell(r, 5, dl)
            if isinstance(dl, dt.datetime):
                cell.number_format = "mmm-yy"
            for col, v in ((6, prev), (7, cur)):
                if v:
                    ws.cell(r, col, v).fill = fill(rag_fill[v])
                    ws.cell(r, col).alignment = Alignment(horizontal="center")
            ws.cell(r, 8, com)
        r += 1
    box_range(ws, range(6, r), range(1, 9))
    for col, w in zip("ABCDEFGH", [6, 55, 30, 38, 11, 10, 10, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"

    k = wb.create_sheet("Key and sign-off")
    k["A1"] = "RAG key"
    k["A1"].font = Font(bold=True)
    for i, (l, txt) in enumerate([("B", "Complete (impact evidenced)"), ("G", "On track"),
                                  ("A", "Some slippage"), ("R", "Off track")], start=2):
        k.cell(i, 1, l).fill = fill(rag_fill[l])
        k.cell(i, 2, txt)
    k["A8"] = "Sign-off"
    k["A8"].font = Font(bold=True)
    k["A9"] = "Approved by"
    k["B9"] = "Vice-Principal (Education)"
    k["A10"] = "Date"
    k["B10"] = "28 July 2025"
    k["A11"] = "Next review"
    k["B11"] = "Apprenticeships Quality Board, April 2026"
    k.column_dimensions["A"].width = 14
    k.column_dimensions["B"].width = 45
    wb.save(P("jv1-queen-mary-university-of-london-ofsted-apprenticeships-piap.xlsx"))


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


def set_cell(cell, text, bold=False, italic=False):
    """Put text in a cell; '\n' starts a new paragraph."""
    parts = text.split("\n")
    cell.paragraphs[0].text = ""
    run = cell.paragraphs[0].add_run(parts[0])
    run.bold, run.italic = bold, italic
    for p in parts[1:]:
        para = cell.add_paragraph()
        r = para.add_run(p)
        r.bold, r.italic = bold, italic


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.8))


# ---------------------------------------------------------------------------
# 4. Pathfield School post-Ofsted action plan (docx: heading per priority,
#    Ofsted recommendation paragraph, one table per priority, no refs)
# ---------------------------------------------------------------------------
def make_pathfield():
    doc = Document()
    landscape(doc)
    doc.add_heading("Pathfield School \u2013 Post-Ofsted Action Plan", level=0)
    doc.add_paragraph("Inspection: 11 and 12 March 2025 | Plan agreed by the Local Governing "
                      "Body: 8 May 2025 | Reviewed each half term by the Standards Committee")
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for r, row in enumerate([("Version", "Date", "Author", "Changes"),
                             ("1.0", "08/05/2025", "Headteacher", "Approved by LGB"),
                             ("1.1", "09/07/2025", "Deputy Headteacher", "Summer term RAG added")]):
        for c, v in enumerate(row):
            set_cell(t.cell(r, c), v, bold=(r == 0))
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Green \u2013 achieved or on track; Amber \u2013 partly achieved, "
                      "more to do; Red \u2013 at risk or behind schedule.")
    rag = {"G": "92D050", "A": "FFC000", "R": "FF0000"}
    priorities = [
        ("Priority 1: Curriculum for pupils with profound and multiple learning difficulties",
         "Leaders should ensure that the pre-formal curriculum sets out clearly the small steps "
         "that pupils with profound and multiple learning difficulties should learn, so that "
         "staff can check what pupils know and remember.",
         [
             ("Map the pre-formal curriculum into small steps for communication, cognition and "
              "physical development, using the Engagement Model.", "DHT (curriculum)",
              "Summer term 2025", "Small-steps maps in place for all three areas.", "G"),
             ("Train all class teams in the PMLD classes to record small-step progress on "
              "Evidence for Learning every week.", "JM/RC", "Autumn term 2025",
              "Weekly entries for every pupil in PMLD classes.", "A"),
             ("Check through half-termly learning walks that recorded steps match what pupils "
              "can do.", "HT, DHT", "Half-termly",
              "Learning walk notes show recorded steps are accurate.", "G"),
         ]),
        ("Priority 2: Reading",
         "Leaders should ensure that staff who teach phonics have the expertise to deliver the "
         "chosen programme consistently well, so that pupils who are ready to read learn to do "
         "so quickly.",
         [
             ("Provide full Read Write Inc. training for all teachers and teaching assistants who "
              "deliver phonics, with refresher sessions for existing staff.", "Reading Lead",
              "July 2025", "All phonics staff trained; observations show consistent delivery.",
              "G"),
             ("Carry out fortnightly phonics assessments and run same-day keep-up sessions for "
              "pupils who fall behind.\nShare results with the Standards Committee each half "
              "term.", "Reading Lead; SENCo", "Sept 2025 \u2013 July 2026",
              "Pupils who are ready to read move through the programme without gaps.", "A"),
         ]),
        ("Priority 3: Attendance",
         "Leaders should work with families and external agencies to reduce persistent absence "
         "for the small number of pupils who miss too much school.",
         [
             ("Appoint a family liaison officer to lead attendance work with families of "
              "persistently absent pupils.", "Headteacher", "01/09/2025",
              "Family liaison officer in post.", "G"),
             ("Hold termly attendance review meetings with the local authority's Education "
              "Welfare Service for each persistently absent pupil.",
              "Family Liaison Officer & Governor for Attendance", "Termly",
              "Persistent absence below 20% by July 2026.", ""),
         ]),
    ]
    for head, rec, acts in priorities:
        doc.add_heading(head, level=1)
        p = doc.add_paragraph()
        p.add_run("What Ofsted said:").bold = True
        p2 = doc.add_paragraph()
        p2.add_run(rec).italic = True
        t = doc.add_table(rows=1 + len(acts), cols=5)
        t.style = "Table Grid"
        for c, h in enumerate(["Action", "Lead", "By when", "Success criteria", "RAG"]):
            set_cell(t.cell(0, c), h, bold=True)
            shade(t.cell(0, c), "D9D9D9")
        for r, (a, lead, when, sc, g) in enumerate(acts, start=1):
            set_cell(t.cell(r, 0), a)
            set_cell(t.cell(r, 1), lead)
            set_cell(t.cell(r, 2), when)
            set_cell(t.cell(r, 3), sc)
            set_cell(t.cell(r, 4), g)
            if g:
                shade(t.cell(r, 4), rag[g])
        doc.add_paragraph("")
    doc.add_heading("Sign-off", level=1)
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for r, row in enumerate([("Headteacher", "Mrs L. Fenwick", "08/05/2025"),
                             ("Chair of Governors", "Mr D. Rowe", "08/05/2025")]):
        for c, v in enumerate(row):
            set_cell(t.cell(r, c), v)
    doc.save(P("jv1-pathfield-school-post-ofsted-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Westway Medical Centre CQC action plan (docx: key table, one plan table
#    with merged regulation rows and a vertically merged issue cell)
# ---------------------------------------------------------------------------
def make_westway():
    doc = Document()
    landscape(doc)
    doc.add_heading("Westway Medical Centre \u2013 CQC Inspection Action Plan", level=0)
    doc.add_paragraph("Inspection date: 21 January 2025   Report published: 6 March 2025   "
                      "Overall rating: Requires improvement")
    doc.add_paragraph("This plan responds to the requirement notices for Regulation 12 and "
                      "Regulation 17 and to the areas where CQC said the practice should improve. "
                      "It is reviewed at the monthly partners' meeting.")
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for r, (w, col, txt) in enumerate([("Blue", "5B9BD5", "Complete"),
                                       ("Green", "92D050", "On track"),
                                       ("Amber", "FFC000", "At risk of delay"),
                                       ("Red", "FF0000", "Overdue")]):
        set_cell(key.cell(r, 0), w, bold=True)
        shade(key.cell(r, 0), col)
        set_cell(key.cell(r, 1), txt)
    doc.add_paragraph("")
    rows = [
        ("sec", "Requirement notice \u2013 Regulation 12 HSCA (RA) Regulations 2014: Safe care "
                "and treatment"),
        ("act", "1", "Patients prescribed high-risk medicines were not always monitored in line "
                     "with guidance.",
         "Run a weekly EMIS search for patients on methotrexate, lithium, azathioprine and DOACs "
         "and recall anyone overdue for blood monitoring.", "Clinical Pharmacist", "31/03/2025",
         "Blue"),
        ("act", "2", None,
         "Add a prescribing alert to the records of all patients on high-risk medicines so that "
         "repeat prescriptions cannot be issued when monitoring is overdue.",
         "Dr S. Mahmood (GP Partner)", "30/04/2025", "Blue"),
        ("act", "3", "Safety alerts from the MHRA had not all been acted on.",
         "Set up a safety alert log, with the clinical pharmacist searching for affected patients "
         "within two weeks of each alert and a GP reviewing each patient.",
         "Dr Mahmood & Clinical Pharmacist", "End of April 2025", "Green"),
        ("sec", "Requirement notice \u2013 Regulation 17 HSCA (RA) Regulations 2014: Good "
                "governance"),
        ("act", "4", "Staff training records were incomplete, including safeguarding and "
                     "infection prevention and control training.",
         "Move all training records onto the Practice Index training matrix and chase every gap "
         "with the member of staff concerned.", "Practice Manager", "w/c 14/04/2025", "Green"),
        ("act", "5", "The practice did not have an effective system to monitor the quality of its "
                     "coding and summarising of new patient records.",
         "Audit 50 newly summarised records each quarter and give individual feedback to "
         "summarisers.\nReport audit results to the partners' meeting.",
         "Deputy Practice Manager", "30/06/2025", "Amber"),
        ("act", "6", "Policies were out of date and not practice-specific.",
         "Review and re-issue the 12 core clinical and governance policies, with a review date "
         "and named owner on each.", "Practice Manager; Lead Nurse", "31/05/2025", "Amber"),
        ("sec", "Areas where the practice should improve"),
        ("act", "7", "Continue to improve uptake of cervical screening.",
         "Offer Saturday morning cervical screening clinics and send text reminders to every "
         "eligible patient who has not responded to a national invitation.", "Lead Nurse",
         "Ongoing", "Green"),
        ("act", "8", "Improve patient access by telephone.",
         "Introduce cloud telephony with call-back and a queue position message, and publish "
         "monthly call answering data in the waiting room.", "Practice Manager", "Sept 2025",
         "Green"),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=6)
    t.style = "Table Grid"
    for c, h in enumerate(["No.", "Issue identified by CQC", "Action to be taken",
                           "Responsible person", "Completion date", "Status"]):
        set_cell(t.cell(0, c), h, bold=True)
        shade(t.cell(0, c), "BDD7EE")
    prev_issue_row = None
    for i, row in enumerate(rows, start=1):
        if row[0] == "sec":
            m = t.cell(i, 0).merge(t.cell(i, 5))
            set_cell(m, row[1], bold=True)
            shade(m, "F2F2F2")
            continue
        _, no, issue, act, resp, date, st = row
        set_cell(t.cell(i, 0), no)
        if issue is None:
            m = t.cell(prev_issue_row, 1).merge(t.cell(i, 1))
        else:
            set_cell(t.cell(i, 1), issue)
            prev_issue_row = i
        set_cell(t.cell(i, 2), act)
        set_cell(t.cell(i, 3), resp)
        set_cell(t.cell(i, 4), date)
        set_cell(t.cell(i, 5), st)
        shade(t.cell(i, 5), {"Blue": "5B9BD5", "Green": "92D050", "Amber": "FFC000",
                             "Red": "FF0000"}[st])
    doc.add_paragraph("")
    doc.add_paragraph("Next review: partners' meeting 12 June 2025. Evidence for completed "
                      "actions is held in the CQC folder on the shared drive.")
    doc.save(P("jv1-westway-medical-centre-cqc-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Ellern Mede Moorgate CQC must/should-do action plan (csv export, fill-down
#    key question and requirement, RAG letters, key and totals lines)
# ---------------------------------------------------------------------------
def make_ellern():
    rows = [
        ["Ellern Mede Moorgate \u2013 CQC Action Plan: Must do and Should do actions"],
        ["Inspection: 23 and 24 January 2024 (report published 24 April 2024) \u2013 Overall "
         "rating: Inadequate"],
        ["Updated for Clinical Governance Committee: 18 July 2024"],
        [],
        ["Ref", "Key question", "CQC requirement", "Action", "Lead", "Target date", "RAG",
         "Progress update"],
        ["1.1", "Safe",
         "MD1: The provider must ensure that there are enough suitably qualified and skilled "
         "nursing staff on each ward at all times, including a registered nurse on every shift. "
         "(Regulation 18)",
         "Recruit to 6 WTE vacant registered nurse posts and use block-booked agency nurses who "
         "have completed the Ellern Mede induction until posts are filled.",
         "Hospital Director", "30/09/2024", "A", "4 of 6 posts offered; 2 start in August."],
        ["1.2", "", "",
         "Introduce a daily staffing huddle, with escalation to the on-call manager when a shift "
         "has no registered nurse.",
         "Clinical Lead Nurse; Ward Manager", "Feb-24", "B", "Huddle in place since 5 February."],
        ["2.1", "Safe",
         "MD2: The provider must ensure that staff assess and manage risks to young people and "
         "that risk assessments are updated after every incident. (Regulation 12)",
         "Audit all risk assessments weekly and review any not updated within 24 hours of an "
         "incident at the morning meeting.",
         "Ward Manager", "31/05/2024", "B", "Weekly audit embedded; compliance 98% in June."],
        ["2.2", "", "",
         "Deliver risk formulation training (\"5 Ps\") to all clinical staff.\nTrack completion "
         "on the training matrix.",
         "Lead Psychologist", "31/08/2024", "G", "71% of clinical staff trained."],
        ["3.1", "Safe",
         "MD3: The provider must ensure that restrictive interventions are used only as a last "
         "resort and that restrictions are individually assessed. (Regulation 13)",
         "Review every blanket restriction, including daytime bedroom access, through the "
         "Reducing Restrictive Practice Group and remove any that are not individually justified.",
         "Reducing Restrictive Practice Lead", "June 2024", "B",
         "All blanket restrictions removed or individually assessed."],
        ["3.2", "", "",
         "Move all staff onto RRN-certified restraint training so that techniques are consistent "
         "between permanent and agency staff.",
         "Training and Development Manager", "31/12/2024", "A",
         "Trainer capacity limited; agency staff booked from September."],
        ["4.1", "Effective",
         "SD1: The provider should ensure that young people receive the psychological therapies "
         "recommended in NICE guidance for eating disorders.",
         "Set a minimum of two individual therapy sessions a week for each young person and "
         "report delivery monthly.",
         "Lead Psychologist", "Ongoing", "G", "Monthly delivery 92%."],
        ["5.1", "Responsive",
         "SD2: The provider should ensure that discharge planning starts at admission and that "
         "every young person has a clear discharge plan.",
         "Add an expected discharge date and discharge plan to the admission care plan template "
         "and review it at every CPA meeting.",
         "Consultant Psychiatrist", "31/07/2024", "R",
         "Template change awaiting IT; manual workaround in place."],
        ["6.1", "Well-led",
         "SD3: The provider should ensure that governance processes identify and act on "
         "shortfalls in the quality of care.",
         "Establish a monthly Clinical Governance Committee with a quality dashboard covering "
         "staffing, restraint, incidents and therapy delivery.",
         "Managing Director", "30/04/2024", "B", "First meeting 22 April 2024."],
        [],
        ["RAG key: B = complete and evidenced; G = on track; A = at risk; R = overdue"],
        ["Totals: 9 actions \u2013 B 4, G 2, A 2, R 1"],
    ]
    with open(P("jv1-ellern-mede-moorgate-cqc-must-should-do-action-plan.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. New College Durham post-inspection action plan (tab-separated text
#    export, AFI lines above numbered actions) -- refuse: 'Feb-2O26' on line 14
# ---------------------------------------------------------------------------
def make_ncd():
    T = "\t"
    lines = [
        "New College Durham \u2013 Post-Inspection Action Plan",
        "Ofsted inspection: 14\u201317 January 2025 | Overall effectiveness: Good | "
        "Apprenticeships: Requires improvement",
        "Progress update for the Quality and Standards Committee \u2013 30 September 2025",
        "",
        T.join(["Ref", "Area for improvement / action", "Lead", "Resources", "Target date",
                "Status", "Progress"]),
        T.join(["AFI 1", "Leaders should ensure that apprentices receive their full entitlement "
                "to off-the-job training and that employers understand their role in it."]),
        T.join(["1.1", "Introduce monthly off-the-job hours monitoring for every apprentice, "
                "with escalation to employers where hours fall behind.",
                "Head of Apprenticeships", "OneFile reports", "Dec-2025", "On track",
                "Monitoring live for construction and engineering; other areas from October."]),
        T.join(["1.2", "Update the employer handbook and commitment statement to set out "
                "off-the-job training responsibilities in plain English.",
                "Employer Engagement Manager", "", "Jul-2025", "Complete",
                "Handbook issued to all employers in July."]),
        T.join(["1.3", "Hold an induction meeting with every new employer before the apprentice "
                "starts.", "Apprenticeship Coordinators", "", "Mar-2026", "Not started",
                "To begin with January starts."]),
        T.join(["AFI 2", "Leaders should ensure that apprentices who have completed their "
                "training take their end-point assessment promptly."]),
        T.join(["2.1", "Track gateway readiness for all apprentices in the final three months "
                "of their programme at monthly caseload meetings.",
                "Curriculum Managers (Apprenticeships)", "", "Oct-2025", "On track",
                "Gateway tracker built; first meetings held September."]),
        T.join(["2.2", "Agree EPA booking timescales with each end-point assessment "
                "organisation and record them in the EPA schedule.",
                "EPA Coordinator", "", "Jan-2026", "Behind schedule",
                "Two EPAOs yet to respond."]),
        T.join(["AFI 3", "Teachers on education programmes for young people should use "
                "assessment to check what learners have understood before moving on."]),
        T.join(["3.1", "Deliver a CPD programme on checking for understanding, followed by "
                "developmental observations for every teacher.",
                "Head of Teaching, Learning and Assessment", "CPD days x2", "Feb-2O26",
                "On track", "First CPD day held 1 September."]),
        T.join(["3.2", "Add checking for understanding to the learning walk template and report "
                "findings to the Quality and Standards Committee.",
                "Assistant Principal Quality", "", "Jun-2026", "On track",
                "Template updated."]),
        "",
        "Status key: Complete / On track / Behind schedule / Not started",
    ]
    with open(P("jv1-new-college-durham-ofsted-post-inspection-action-plan-typo-month-refuse.txt"),
              "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    make_uhl()
    make_mra()
    make_qmul()
    make_pathfield()
    make_westway()
    make_ellern()
    make_ncd()
    print("built 7 files")
