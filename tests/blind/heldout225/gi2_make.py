"""Build the seven gi2- blind test files (set heldout225).

Run:  /work/main/.venv/bin/python gi2_make.py
Writes the seven data files next to this script. The expected readings are the
NAME.expected.yaml files beside them; this script does not write or change them.
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

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
GREY, LIGHT = "D9D9D9", "DDEBF7"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


def put(ws, row, col, value, bold=False, bg=None, fmt=None, border=True):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if bold:
        c.font = Font(bold=True)
    if bg:
        c.fill = fill(bg)
    if fmt:
        c.number_format = fmt
    if border:
        c.border = BOX
    return c


# ---------------------------------------------------------------------------
# 1. South Tyneside Council - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
ST_TITLE = "South Tyneside Council – Adult Social Care Improvement Plan 2025/26"


def make_south_tyneside(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = ST_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Response to the Care Quality Commission Local Authority Assessment of Adult Social Care"
    cov["A3"] = "Owner: Director of Adult Social Services    Monitored by: ASC Improvement Board (monthly)"
    put(cov, 5, 1, "Document control", bold=True, border=False)
    for i, h in enumerate(["Version", "Date", "Author", "Comment"], 1):
        put(cov, 6, i, h, bold=True, bg=GREY)
    rows = [
        ("1.0", d(2025, 5, 2), "ASC Improvement Lead", "Approved by ASC Improvement Board"),
        ("1.1", d(2025, 6, 27), "ASC Improvement Lead", "Q1 update"),
        ("1.2", d(2025, 9, 30), "ASC Improvement Lead", "Q2 update; revised dates for 1.1 and 3.1"),
    ]
    for r, vals in enumerate(rows, 7):
        for c, v in enumerate(vals, 1):
            put(cov, r, c, v, fmt="dd/mm/yyyy" if c == 2 else None)
    put(cov, 11, 1, "RAG key", bold=True, border=False)
    key = [
        ("Blue", BLUE, "Complete – evidence of impact reviewed by Improvement Board"),
        ("Green", GREEN, "On track to deliver by target date"),
        ("Amber", AMBER, "Some slippage – remedial action in place"),
        ("Red", RED, "Off track – escalated to Improvement Board"),
    ]
    for r, (w, col, txt) in enumerate(key, 12):
        put(cov, r, 1, w, bg=col)
        put(cov, r, 2, txt)
        cov.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 24
    cov.column_dimensions["D"].width = 40

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = ST_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Response to CQC Local Authority Assessment (report published 14 March 2025) – "
                "overall rating: Requires Improvement")
    ws.merge_cells("A2:I2")
    ws["A3"] = "Progress position at 30 September 2025"
    ws["A3"].font = Font(italic=True)
    heads = ["Ref", "Area for improvement (CQC finding)", "Action", "Lead officer", "Target date",
             "Revised target date", "Previous RAG (June 2025)", "Current RAG (Sept 2025)",
             "Progress update"]
    for i, h in enumerate(heads, 1):
        put(ws, 5, i, h, bold=True, bg=GREY)
    widths = [7, 38, 50, 28, 13, 13, 12, 12, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w

    rag_fill = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    # (theme, [(afi, [action tuples])]);
    # action tuple: ref, action, lead, target, revised, prev, curr, curr_fill_only, update
    plan = [
        ("Theme 1: Working with people", [
            ("Waiting times for Care Act assessments and reviews are too long, and people are "
             "not always kept informed while they wait.", [
                ("1.1", "Implement a risk-based triage tool for all new referrals to the Adult Social "
                        "Care Front Door, with weekly oversight of the waiting list by Team Managers.",
                 "Head of Adult Social Care Operations", d(2025, 6, 30), "Sept 2025", "Amber", "Green",
                 False, "Triage tool live from 4 August 2025. Waiting list reduced from 412 to 268 people."),
                ("1.2", "Introduce a 'keeping in touch' call for everyone waiting more than 28 days for an "
                        "assessment.\nRecord contact on the case management system as a distinct episode.",
                 "Principal Social Worker / Service Manager – Duty & Assessment", "Aug-25", None, "Green",
                 "Complete", False, "Calls in place; 94% of people waiting over 28 days contacted in September."),
            ]),
            ("Unpaid carers told CQC that carers' assessments were hard to access and did not always "
             "lead to support.", [
                ("1.3", "Recommission the carers' support service, including delegated delivery of carers' "
                        "assessments by the provider.",
                 "Strategic Commissioning Manager (Adults)", d(2026, 3, 31), None, "Amber", "Amber",
                 False, "Procurement timetable agreed; tender to be published November 2025."),
            ]),
        ]),
        ("Theme 2: Providing support", [
            ("There is limited choice of accommodation with support for younger adults with a learning "
             "disability and autistic people.", [
                ("2.1", "Publish an updated Market Position Statement setting out demand for supported "
                        "living and extra care housing to 2030.",
                 "AK / JR", "Dec-25", None, "Green", "Green", True,
                 "Draft shared with providers at the October market engagement event."),
                ("2.2", "Deliver 24 additional supported living units in partnership with registered "
                        "housing providers.",
                 "Head of Commissioning, Quality and Performance", "Q4 2025/26", None, "Amber", "Red",
                 False, "Site acquisition delayed; options paper to Cabinet in December."),
            ]),
        ]),
        ("Theme 3: Ensuring safety within the system", [
            ("Safeguarding enquiries were not always completed in a timely way and feedback to "
             "referrers was inconsistent.", [
                ("3.1", "Refresh the adult safeguarding procedures and practice guidance jointly with the "
                        "Safeguarding Adults Board.",
                 "Safeguarding Adults Board Business Manager", d(2025, 4, 30), d(2025, 7, 31), "Amber",
                 "Complete", False, "Procedures published 22 July 2025; briefings delivered to all teams."),
                ("3.2", "Introduce monthly safeguarding case file audits, with findings reported to the "
                        "Quality Assurance Board.",
                 "Principal Social Worker", "Ongoing", None, "Green", "Green", False,
                 "Audits completed July, August and September; themes report to QAB in October."),
            ]),
        ]),
        ("Theme 4: Leadership", [
            ("Performance information is not used consistently to understand the impact of services "
             "on people's outcomes.", [
                ("4.1", "Develop an adult social care performance dashboard aligned to the CQC quality "
                        "statements and the Adult Social Care Outcomes Framework.",
                 "Performance & Intelligence Manager; Head of Adult Social Care Operations", "March 2026",
                 None, "Amber", "Amber", False, "Prototype dashboard built; data quality issues on reviews."),
                ("4.2", "Establish a co-production group of people with lived experience to review the "
                        "improvement plan each quarter.",
                 "Director of Adult Social Services", "Jan 2026", None, "", "Not started", False,
                 "Terms of reference drafted with Healthwatch."),
            ]),
        ]),
    ]
    r = 6
    for theme, afis in plan:
        put(ws, r, 1, theme, bold=True, bg=LIGHT)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for afi, acts in afis:
            top = r
            for (ref, act, lead, tgt, rev, prev, curr, fill_only, upd) in acts:
                put(ws, r, 1, ref)
                put(ws, r, 2, afi if r == top else None)
                put(ws, r, 3, act)
                put(ws, r, 4, lead)
                put(ws, r, 5, tgt, fmt="dd/mm/yyyy" if isinstance(tgt, dt.datetime) else None)
                put(ws, r, 6, rev, fmt="dd/mm/yyyy" if isinstance(rev, dt.datetime) else None)
                put(ws, r, 7, prev or None, bg=rag_fill.get(prev))
                if fill_only:
                    put(ws, r, 8, None, bg=rag_fill[curr])
                else:
                    put(ws, r, 8, curr, bg=rag_fill.get(curr))
                put(ws, r, 9, upd)
                r += 1
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Note: revised target dates were agreed by the ASC Improvement "
                                   "Board on 9 September 2025.").font = Font(italic=True)

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress – position at 30 September 2025"
    sm["A1"].font = Font(bold=True)
    for i, h in enumerate(["Theme", "Actions", "Blue", "Green", "Amber", "Red", "Not started"], 1):
        put(sm, 3, i, h, bold=True, bg=GREY)
    srows = [
        ("Working with people", 3, 1, 1, 1, 0, 0),
        ("Providing support", 2, 0, 1, 0, 1, 0),
        ("Ensuring safety within the system", 2, 1, 1, 0, 0, 0),
        ("Leadership", 2, 0, 0, 1, 0, 1),
        ("Total", 9, 2, 3, 2, 1, 1),
    ]
    for rr, vals in enumerate(srows, 4):
        for c, v in enumerate(vals, 1):
            put(sm, rr, c, v, bold=(vals[0] == "Total"))
    sm.column_dimensions["A"].width = 36
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Medway Council - external auditor VfM recommendations action plan (xlsx)
# ---------------------------------------------------------------------------
MW_TITLE = ("Medway Council – Auditor's Annual Report 2023/24: Value for Money "
            "Recommendations Action Plan")


def make_medway(path):
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = MW_TITLE
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "Progress as at 30 September 2025 – report to Audit Committee, 14 October 2025"
    sm["A4"] = ("The external auditor identified three significant weaknesses in the Council's "
                "arrangements, resulting in three key recommendations, and made two improvement "
                "recommendations. This workbook sets out the agreed management actions.")
    sm["A4"].alignment = WRAP
    sm.merge_cells("A4:F4")
    sm.row_dimensions[4].height = 45
    for i, h in enumerate(["Recommendation type", "Actions", "B", "G", "A", "R"], 1):
        put(sm, 6, i, h, bold=True, bg=GREY)
    for rr, vals in enumerate([("Key recommendations", 5, 2, 2, 1, 0),
                               ("Improvement recommendations", 4, 1, 1, 1, 1),
                               ("Total", 9, 3, 3, 2, 1)], 7):
        for c, v in enumerate(vals, 1):
            put(sm, rr, c, v, bold=(vals[0] == "Total"))
    put(sm, 11, 1, "Status key", bold=True, border=False)
    for rr, (k, col, txt) in enumerate([("B", BLUE, "Complete"),
                                        ("G", GREEN, "On track"),
                                        ("A", AMBER, "Some slippage / revised date agreed"),
                                        ("R", RED, "Off track – at risk of not being delivered")], 12):
        put(sm, rr, 1, k, bg=col)
        put(sm, rr, 2, txt)
        sm.merge_cells(start_row=rr, start_column=2, end_row=rr, end_column=6)
    sm.column_dimensions["A"].width = 30
    for c in "BCDEF":
        sm.column_dimensions[c].width = 12

    st_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    # ----- Key recommendations sheet
    kr = wb.create_sheet("Key Recommendations")
    kr["A1"] = "Key recommendations (significant weaknesses in arrangements)"
    kr["A1"].font = Font(bold=True, size=12)
    heads = ["Ref", "Agreed management action", "Responsible officer", "Original target date",
             "Revised target date", "Status", "Progress update"]
    for i, h in enumerate(heads, 1):
        put(kr, 3, i, h, bold=True, bg=GREY)
    for i, w in enumerate([8, 55, 26, 14, 14, 8, 50]):
        kr.column_dimensions["ABCDEFG"[i]].width = w
    kr_plan = [
        ("Financial sustainability", [
            ("Key recommendation 1: The Council should develop a realistic and deliverable medium-term "
             "plan to close its budget gap, reducing its reliance on Exceptional Financial Support and "
             "the use of reserves.", [
                ("KR1.1", "Refresh the Medium Term Financial Strategy 2025/26 to 2029/30 with scenario "
                          "modelling and sensitivity analysis of demand-led budgets.",
                 "Chief Finance Officer", d(2025, 2, 28), None, "B",
                 "MTFS approved by Full Council on 27 February 2025."),
                ("KR1.2", "Establish a Transformation Savings Board to track delivery of each savings "
                          "proposal monthly, with early escalation of slippage to Cabinet.",
                 "Chief Executive\nChief Finance Officer", "Monthly", None, "G",
                 "Board meeting monthly since April 2025; 78% of 2025/26 savings on track."),
            ]),
            ("Key recommendation 2: The Council should strengthen its arrangements for managing the "
             "capital programme, including the re-profiling of schemes and the revenue impact of "
             "borrowing.", [
                ("KR2.1", "Introduce a capital gateway process so that no scheme enters the programme "
                          "without an approved business case and whole-life revenue costing.",
                 "Head of Capital Programmes", "June 2025", "October 2025", "A",
                 "Gateway templates agreed; first gateway panel scheduled for October."),
                ("KR2.2", "Report capital programme monitoring to Cabinet quarterly, with variances over "
                          "£250k explained.",
                 "Chief Finance Officer", "Quarterly", None, "G",
                 "Q1 report to Cabinet 19 August 2025."),
            ]),
        ]),
        ("Governance", [
            ("Key recommendation 3: The Council should ensure that the Audit Committee receives timely "
             "and complete assurance on risk management and on the implementation of internal audit "
             "recommendations.", [
                ("KR3.1", "Revise the Risk Management Strategy and present the Strategic Risk Register to "
                          "every meeting of the Audit Committee.",
                 "Head of Internal Audit & Counter Fraud", d(2025, 3, 31), None, "B",
                 "Strategy approved March 2025; register now a standing item."),
            ]),
        ]),
    ]
    r = 4
    for area, recs in kr_plan:
        put(kr, r, 1, area, bold=True, bg=GREY)
        kr.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for rec, acts in recs:
            put(kr, r, 1, rec, bg=LIGHT).font = Font(italic=True)
            kr.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            kr.row_dimensions[r].height = 32
            r += 1
            for ref, act, lead, orig, rev, st, upd in acts:
                put(kr, r, 1, ref)
                put(kr, r, 2, act)
                put(kr, r, 3, lead)
                put(kr, r, 4, orig, fmt="dd/mm/yyyy" if isinstance(orig, dt.datetime) else None)
                put(kr, r, 5, rev)
                put(kr, r, 6, st, bg=st_fill[st])
                put(kr, r, 7, upd)
                r += 1

    # ----- Improvement recommendations sheet
    ir = wb.create_sheet("Improvement Recommendations")
    ir["A1"] = "Improvement recommendations"
    ir["A1"].font = Font(bold=True, size=12)
    heads = ["Ref", "Agreed management action", "Responsible officer", "Target date", "Status",
             "Progress update"]
    for i, h in enumerate(heads, 1):
        put(ir, 3, i, h, bold=True, bg=GREY)
    for i, w in enumerate([8, 55, 30, 14, 8, 50]):
        ir.column_dimensions["ABCDEF"[i]].width = w
    ir_plan = [
        ("Governance", [
            ("Improvement recommendation 1: The Council should review the effectiveness of its overview "
             "and scrutiny arrangements, drawing on guidance from the Centre for Governance and Scrutiny.", [
                ("IR1.1", "Commission an external review of overview and scrutiny and agree an action plan "
                          "with the committee chairs.",
                 "Head of Democratic Services", "December 2025", "G",
                 "Centre for Governance and Scrutiny engaged; fieldwork in November."),
            ]),
        ]),
        ("Improving economy, efficiency and effectiveness", [
            ("Improvement recommendation 2: The Council should strengthen contract management for its "
             "highest-value contracts, including performance reporting to members.", [
                ("IR2.1", "Create a contract register flagging all contracts over £500k with a named "
                          "contract manager.",
                 "Category Manager – Procurement", "Aug-25", "B",
                 "Register published on the intranet; 41 contracts flagged."),
                ("IR2.2", "Deliver contract management training to all named contract managers.",
                 "Category Manager – Procurement; HR Learning & Development Lead", "31/12/2025", "A",
                 "Two of four cohorts trained; remaining dates affected by trainer availability."),
                ("IR2.3", "Report performance of the top 20 contracts to the Business Support Overview and "
                          "Scrutiny Committee.",
                 "Head of Category Management", "January 2026", "R",
                 "Performance data not yet held consistently; reporting template under development."),
            ]),
        ]),
    ]
    r = 4
    for area, recs in ir_plan:
        put(ir, r, 1, area, bold=True, bg=GREY)
        ir.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for rec, acts in recs:
            put(ir, r, 1, rec, bg=LIGHT).font = Font(italic=True)
            ir.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ir.row_dimensions[r].height = 32
            r += 1
            for ref, act, lead, tgt, st, upd in acts:
                put(ir, r, 1, ref)
                put(ir, r, 2, act)
                put(ir, r, 3, lead)
                put(ir, r, 4, tgt)
                put(ir, r, 5, st, bg=st_fill[st])
                put(ir, r, 6, upd)
                r += 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Ashford BC - strategic risk register Q3 2025/26 (xlsx, typo month -> refuse)
# ---------------------------------------------------------------------------
AB_TITLE = "Ashford Borough Council – Strategic Risk Register Q3 2025/26"
AB_TYPO_ROW = None  # filled in by make_ashford


def make_ashford(path):
    global AB_TYPO_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = AB_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:L1")
    ws["A2"] = "Position at 31 December 2025 – Audit and Governance Committee, 27 January 2026"
    ws.merge_cells("A2:L2")
    heads = ["Risk ref", "Risk title", "Risk description (cause, event, consequence)", "Risk owner",
             "Inherent score (L x I)", "Key controls in place", "Residual score (L x I)",
             "Direction of travel", "Further actions planned", "Action owner", "Target date",
             "Action RAG"]
    for i, h in enumerate(heads, 1):
        put(ws, 4, i, h, bold=True, bg=GREY)
    for i, w in enumerate([8, 22, 44, 22, 10, 40, 10, 10, 48, 24, 13, 9]):
        ws.column_dimensions["ABCDEFGHIJKL"[i]].width = w
    rag = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}

    risks = [
        ("SR01", "Financial resilience",
         "Reduced government funding following the Fair Funding Review, and rising temporary "
         "accommodation costs, leave a gap in the Medium Term Financial Plan, resulting in unplanned "
         "use of reserves and cuts to services.",
         "Director of Finance and Resources", "4 x 5 = 20",
         "MTFP updated annually; monthly budget monitoring to Management Team; reserves strategy.",
         "4 x 4 = 16", "↔", [
             ("Deliver the 2026/27 savings and income programme, with monthly monitoring by Management "
              "Team.", "Director of Finance and Resources", "March 2026", "Amber"),
             ("Update the MTFP for the provisional local government finance settlement.",
              "Chief Accountant", "January 2026", "Green"),
         ]),
        ("SR02", "Temporary accommodation demand",
         "Continued growth in homelessness approaches results in greater use of nightly-paid "
         "accommodation, higher costs and poorer outcomes for households.",
         "Head of Housing", "5 x 4 = 20",
         "Homelessness prevention fund; acquisition programme for council-owned temporary accommodation.",
         "4 x 4 = 16", "↑", [
             ("Complete the purchase of 20 additional homes for use as temporary accommodation.",
              "Housing Development Manager", "31/03/2026", "Amber"),
             ("Review the Homelessness and Rough Sleeping Strategy action plan.",
              "Housing Options Manager", "Dec-25", "Complete"),
         ]),
        ("SR03", "Local government reorganisation",
         "Kent local government reorganisation diverts officer capacity and creates uncertainty for "
         "staff, leading to loss of key people and slower delivery of Council priorities.",
         "Chief Executive", "4 x 4 = 16",
         "LGR programme board; regular staff briefings; joint working with Kent districts.",
         "3 x 4 = 12", "↑", [
             ("Submit the Council's evidence to the Kent-wide final proposal for unitary councils.",
              "Chief Executive", "November 2025", "Complete"),
             ("Agree a staff retention and communications plan for the transition period.",
              "Head of HR and Customer Services", "Febuary 2026", "Green"),
         ]),
        ("SR04", "Cyber security",
         "A successful cyber attack disrupts council systems, resulting in loss of data, loss of "
         "services to residents and reputational damage.",
         "Head of ICT and Digital", "4 x 5 = 20",
         "Firewalls and endpoint protection; annual penetration test; staff e-learning.",
         "3 x 5 = 15", "↔", [
             ("Achieve Cyber Assessment Framework baseline compliance.",
              "ICT Security Officer", "June 2026", "Green"),
             ("Run a cyber incident exercise with the Corporate Management Team.",
              "Emergency Planning Officer", "April 2026", "Green"),
         ]),
    ]
    r = 5
    typo_rows = []
    for (ref, title, desc, owner, inh, ctrl, res, dot, acts) in risks:
        top = r
        for j, (act, aown, tgt, st) in enumerate(acts):
            if j == 0:
                for c, v in enumerate([ref, title, desc, owner, inh, ctrl, res, dot], 1):
                    put(ws, r, c, v)
            else:
                for c in range(1, 9):
                    put(ws, r, c, None)
            put(ws, r, 9, act)
            put(ws, r, 10, aown)
            put(ws, r, 11, tgt)
            put(ws, r, 12, st, bg=rag[st])
            if tgt == "Febuary 2026":
                typo_rows.append(r)
            r += 1
        for c in range(1, 9):
            ws.merge_cells(start_row=top, start_column=c, end_row=r - 1, end_column=c)
    AB_TYPO_ROW = typo_rows
    r += 1
    ws.cell(row=r, column=1, value="Scoring: Likelihood x Impact, each 1–5. 15–25 High (red), "
                                   "8–12 Medium (amber), 1–6 Low (green).").font = Font(italic=True)
    ws.cell(row=r + 1, column=1, value="Direction of travel: ↑ increasing  ↔ no change  ↓ reducing"
            ).font = Font(italic=True)

    mx = wb.create_sheet("Risk Matrix")
    mx["A1"] = "Risk scoring matrix"
    mx["A1"].font = Font(bold=True)
    put(mx, 3, 1, "Likelihood \\ Impact", bold=True, bg=GREY)
    for i in range(1, 6):
        put(mx, 3, i + 1, i, bold=True, bg=GREY)
    for lk in range(5, 0, -1):
        rr = 3 + (6 - lk)
        put(mx, rr, 1, lk, bold=True, bg=GREY)
        for im in range(1, 6):
            s = lk * im
            put(mx, rr, im + 1, s, bg=RED if s >= 15 else AMBER if s >= 8 else GREEN)
    wb.save(path)
    return typo_rows


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


def bold_cell(cell, text, hex_=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if hex_:
        shade(cell, hex_)


# ---------------------------------------------------------------------------
# 4. Isle of Anglesey CC - Audit Wales recommendations tracker (docx)
# ---------------------------------------------------------------------------
IA_TITLE = "Audit Wales Recommendations – Progress Tracker 2025/26"


def make_anglesey(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    p.add_run("Isle of Anglesey County Council | Cyngor Sir Ynys Môn").bold = True
    doc.add_paragraph(IA_TITLE, style="Title")
    doc.add_paragraph("Report to the Governance and Audit Committee – 4 December 2025")

    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Changes"]):
        bold_cell(c, h, GREY)
    for vals in [("0.1", "14/11/2025", "Performance and Programme Manager", "Updates requested from Heads of Service"),
                 ("1.0", "21/11/2025", "Performance and Programme Manager", "Final for Committee")]:
        row = t.add_row().cells
        for c, v in zip(row, vals):
            c.text = v

    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "This tracker sets out the Council's progress against the recommendations made by the "
        "Auditor General for Wales in local performance audit reports. Recommendations are removed "
        "from the tracker once the Committee has agreed that they are complete.")
    doc.add_heading("RAG key", level=1)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for w, col, txt in [("Complete", BLUE, "Action completed and evidence provided"),
                        ("Green", GREEN, "Action on track to meet the timescale"),
                        ("Amber", AMBER, "Minor slippage against the timescale"),
                        ("Red", RED, "Significant slippage or action not started")]:
        row = k.add_row().cells
        bold_cell(row[0], w, col)
        row[1].text = txt

    sections = [
        ("1. Use of performance information: service user perspective and outcomes (issued March 2024)", [
            ("R1 The Council should strengthen the information provided to senior leaders to help them "
             "understand the perspective of service users.", [
                ("PI-1a", "Include customer feedback and complaints data in the quarterly Corporate "
                          "Scorecard from Q1 2025/26.",
                 "Performance and Programme Manager", "June 2025",
                 "Complaints and compliments data included in the Q1 and Q2 scorecards.", "Complete"),
                ("PI-1b", "Develop outcome measures for three pilot services (Leisure, Housing Options and "
                          "Waste) through the Service Challenge process.",
                 "Head of Housing Services; Head of Regulation and Economic Development", "March 2026",
                 "Measures drafted for Leisure and Housing Options; Waste to follow in Q3.", "Green"),
            ]),
            ("R2 The Council should check the accuracy of the data it uses to measure performance "
             "against its well-being objectives.", [
                ("PI-2a", "Introduce a data quality checklist, signed off by each Head of Service with "
                          "their quarterly performance return.",
                 "Performance and Programme Manager", "Q2 2025/26",
                 "Checklist in use by 6 of 9 services; remaining services by the Q3 return.", "Amber"),
            ]),
        ]),
        ("2. Financial sustainability of local government (issued September 2024)", [
            ("R1 The Council should develop a longer-term financial strategy that identifies how it will "
             "address funding gaps beyond the current three-year Medium Term Financial Plan.", [
                ("FS-1a", "Extend the Medium Term Financial Plan to cover 2026/27 to 2030/31, with a clear "
                          "savings requirement for each year.",
                 "Director of Function (Resources) / Section 151 Officer", "February 2026",
                 "Five-year model built; to be presented with the 2026/27 budget.", "Green"),
                ("FS-1b", "Review the Council's Reserves Policy and set a minimum level of general "
                          "balances based on a risk assessment.",
                 "Director of Function (Resources) / Section 151 Officer", "March 2025",
                 "Revised policy approved by the Council on 6 March 2025.", "Complete"),
            ]),
        ]),
        ("3. Digital strategy review (issued January 2025)", [
            ("R1 The Council should set out the resources it needs to deliver its Digital Strategy and "
             "how they will be funded.", [
                ("DS-1a", "Produce a costed Digital Strategy delivery plan for 2025–2028 and report it to "
                          "the Executive.",
                 "Head of ICT and Digital Services", "31/10/2025",
                 "Delayed by the ICT service restructure; revised date to be agreed by the Leadership Team.",
                 "Red"),
                ("DS-1b", "Include digital investment bids in the annual capital programme process.",
                 "Chief Digital Officer", "Ongoing",
                 "Three digital bids included in the 2026/27 capital submissions.", "Green"),
            ]),
        ]),
    ]
    rag = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    for heading, recs in sections:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Responsible officer", "Timescale",
                                           "Progress update (November 2025)", "RAG"]):
            bold_cell(c, h, GREY)
        for rec, acts in recs:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[5])
            m.text = ""
            m.paragraphs[0].add_run(rec).bold = True
            shade(m, LIGHT)
            for ref, act, lead, when, upd, status in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, act, lead, when, upd, status]):
                    c.text = v
                shade(cells[5], rag[status])
    doc.add_heading("Summary", level=1)
    doc.add_paragraph("Of the 7 actions on the tracker, 2 are complete, 3 are on track (green), 1 is "
                      "amber and 1 is red. The Committee is asked to note progress.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Neath Port Talbot CBC - CIW adult services performance evaluation action plan (docx)
# ---------------------------------------------------------------------------
NPT_TITLE = "Adult Services Improvement Action Plan 2025–26"


def make_npt(path):
    doc = Document()
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.header.paragraphs[0].text = ("Neath Port Talbot Council | Cyngor Castell-nedd Port Talbot – "
                                     "Social Services, Health and Housing")
    doc.add_paragraph(NPT_TITLE, style="Title")
    doc.add_paragraph("In response to the Care Inspectorate Wales (CIW) Performance Evaluation "
                      "Inspection of Adult Services – report published February 2025")
    doc.add_paragraph("Version 3 – progress updated 15 October 2025")
    doc.add_paragraph().add_run("RAG key").bold = True
    k = doc.add_table(rows=1, cols=5)
    k.style = "Table Grid"
    for c, (txt, col) in zip(k.rows[0].cells, [("Completed", BLUE), ("On track", GREEN),
                                               ("Some delay – mitigation in place", AMBER),
                                               ("Not on track", RED), ("Not yet started", None)]):
        c.text = txt
        if col:
            shade(c, col)
    doc.add_paragraph()

    heads = ["No.", "Area for improvement identified by CIW", "What we will do", "Who", "By when",
             "Progress update", "RAG"]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, heads):
        bold_cell(c, h, GREY)
    plan = [
        ("1. People – voice and control", [
            ("The local authority should ensure people are consistently offered the opportunity to "
             "communicate in Welsh (the 'active offer') during assessment and review.", [
                ("1", "Add a mandatory 'active offer' field to the assessment form in the case "
                      "management system and report compliance monthly.",
                 "Principal Officer, Practice Development", "October 2025",
                 "Field live from 1 September 2025; September compliance 81%.", BLUE),
                ("2", "Deliver Welsh language awareness training to all adult services staff, with Work "
                      "Welsh courses offered to frontline practitioners.",
                 "Workforce Development Manager", "By 31 March 2026",
                 "142 staff trained to date; 12 practitioners enrolled on Work Welsh.", GREEN),
            ]),
            ("Unpaid carers are not always identified and offered a carer's needs assessment.", [
                ("3", "Work with the commissioned carers service to introduce a 'what matters' "
                      "conversation for carers at the point of hospital discharge.",
                 "Keri Warren / Sian Roberts", "Quarter 3 2025-26",
                 "Pilot on two wards at Neath Port Talbot Hospital; roll-out slowed by recruitment.", AMBER),
            ]),
        ]),
        ("2. Prevention", [
            ("Information, advice and assistance at the Common Access Point does not always prevent "
             "people's needs from escalating.", [
                ("4", "Review the Common Access Point call-handling script and introduce a referral "
                      "pathway to community connectors.",
                 "Gemma Lloyd (Common Access Point Manager)", "December 2025",
                 "Script revised; community connector pathway agreed with third sector partners.", GREEN),
            ]),
        ]),
        ("3. Well-being", [
            ("There is insufficient domiciliary care capacity in some valley communities, leading to "
             "delays for people leaving hospital.", [
                ("5", "Re-tender the domiciliary care framework on a locality (patch-based) model.",
                 "Head of Commissioning", "April 2025 – March 2026",
                 "Tender evaluation complete; contract award delayed to allow provider clarification.",
                 AMBER),
                ("6", "Expand the in-house reablement service by 8 FTE reablement support workers.",
                 "Head of Adult Services", "September 2025",
                 "All 8 posts recruited and in post.", BLUE),
            ]),
        ]),
        ("4. Partnership and integration", [
            ("Adult safeguarding enquiries are not consistently completed within the statutory "
             "timescale of seven working days.", [
                ("7", "Establish a daily safeguarding triage meeting with South Wales Police and the "
                      "health board.",
                 "Safeguarding Manager", "Ongoing",
                 "Daily triage in place since June 2025; timeliness improved to 86%.", GREEN),
                ("8", "Audit 20 safeguarding enquiries each quarter and report the findings to the "
                      "Regional Safeguarding Board.",
                 "Safeguarding Manager & Principal Officer, Practice Development", "Quarterly",
                 "Audit tool agreed; first audit to take place in Quarter 3.", None),
            ]),
        ]),
    ]
    for principle, afis in plan:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[6])
        bold_cell(m, principle, LIGHT)
        for afi, acts in afis:
            first = None
            for (no, act, who, when, upd, col) in acts:
                cells = t.add_row().cells
                cells[0].text = no
                cells[2].text = act
                cells[3].text = who
                cells[4].text = when
                cells[5].text = upd
                if col:
                    shade(cells[6], col)
                if first is None:
                    first = cells[1]
                    first.text = afi
                last = cells[1]
            if last is not first:
                merged = first.merge(last)
                merged.text = afi
    doc.add_paragraph()
    s = doc.add_table(rows=2, cols=2)
    s.style = "Table Grid"
    s.cell(0, 0).text = "Signed off by: Director of Social Services, Health and Housing"
    s.cell(0, 1).text = "Date: 15/10/2025"
    s.cell(1, 0).text = "Next review: Social Services, Housing and Community Safety Scrutiny Committee"
    s.cell(1, 1).text = "Date: 22/01/2026"
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Elmbridge BC - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
EL_TITLE = "Elmbridge Borough Council - Internal Audit Recommendations Tracker"


def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_elmbridge(path):
    ncol = 11
    heads = ["Rec Ref", "Audit", "Assurance opinion", "Priority", "Recommendation",
             "Agreed management action", "Responsible officer", "Original due date",
             "Revised due date", "RAG", "Latest update (October 2025)"]
    rows = [
        ["IA2425-03/R1", "Payroll 2024/25", "Reasonable", "High",
         "Starter and leaver forms should be authorised by the budget holder before they are processed.",
         "HR will reject any starter or leaver form that has not been approved by the budget holder through the iTrent workflow.",
         "HR & Payroll Manager", "31/03/2025", "30/06/2025", "Blue",
         "Workflow approval step live from June 2025; verified by Internal Audit in September."],
        ["IA2425-03/R2", "Payroll 2024/25", "Reasonable", "Medium",
         "Payroll exception reports should be reviewed and the review evidenced for each pay run.",
         "Payroll Team Leader to sign and date the monthly exception report; signed copy retained in the pay run folder.",
         "Payroll Team Leader", "30/04/2025", "", "Blue",
         "Evidence seen for April to September pay runs."],
        ["IA2425-09/R1", "Cyber Security and IT Asset Management 2024/25", "Limited", "High",
         "A complete and up-to-date IT asset register should be maintained.",
         "Implement the asset module in the ICT service desk system and complete a physical reconciliation of all laptops and mobile devices.",
         "ICT Infrastructure Manager", "30/06/2025", "31/12/2025", "Amber",
         "Module implemented; reconciliation 70% complete."],
        ["IA2425-09/R2", "Cyber Security and IT Asset Management 2024/25", "Limited", "High",
         "Multi-factor authentication should be enforced for all remote access accounts.",
         "Enforce multi-factor authentication through conditional access policies for all staff and councillor accounts.",
         "Head of ICT / Information Security Officer", "31/05/2025", "", "Blue",
         "MFA enforced for all accounts from 19 May 2025."],
        ["IA2526-02/R1", "Temporary Accommodation Procurement 2025/26", "Limited", "High",
         "All nightly-paid accommodation should be booked through approved providers with a signed agreement.",
         'Establish an approved providers list and a "booking authorisation" step in the housing system; spot bookings outside the list to require Head of Housing approval.',
         "Housing Options Manager", "30/09/2025", "", "Red",
         "Approved list not yet in place; 14 spot bookings made outside the process in September."],
        ["IA2526-02/R2", "Temporary Accommodation Procurement 2025/26", "Limited", "Medium",
         "Invoices should be matched to booking records before payment.",
         "Introduce a three-way match (booking, occupancy, invoice) before payments are released.\nReport unmatched invoices monthly to the Head of Housing.",
         "Housing Options Manager & Finance Business Partner", "31/12/2025", "", "Green",
         "Matching spreadsheet in use from October; first monthly report due November."],
        ["IA2425-12/R1", "Purchasing Cards 2024/25", "Reasonable", "Medium",
         "Purchasing card limits should be reviewed annually.",
         "Review all card limits and cancel cards not used in the last six months.",
         "Finance Manager (Exchequer)", "31/08/2025", "31/01/2026", "Amber",
         "Review of limits complete; 9 unused cards identified for cancellation."],
    ]
    lines = []
    pad = lambda vals: ",".join(csv_field(v) for v in vals + [""] * (ncol - len(vals)))
    lines.append(pad([EL_TITLE]))
    lines.append(pad(["Outstanding and recently implemented recommendations as at 31 October 2025 - "
                      "Audit and Standards Committee, 20 November 2025"]))
    lines.append(pad([]))
    lines.append(pad(heads))
    for r in rows:
        lines.append(pad(r))
    lines.append(pad([]))
    lines.append(pad(["Summary"]))
    lines.append(pad(["Blue (implemented)", "3"]))
    lines.append(pad(["Green", "1"]))
    lines.append(pad(["Amber", "2"]))
    lines.append(pad(["Red", "1"]))
    lines.append(pad(["Total", "7"]))
    lines.append(pad([]))
    lines.append(pad(["RAG key: Blue - implemented and verified by Internal Audit; Green - on track to "
                      "meet due date; Amber - revised date agreed; Red - overdue or no update received"]))
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    return rows


# ---------------------------------------------------------------------------
# 7. Falkirk Council - SHR annual assurance statement improvement plan (txt)
# ---------------------------------------------------------------------------
FK_TITLE = "Falkirk Council Housing Services – Annual Assurance Statement 2025 Improvement Plan"


def make_falkirk(path):
    L = []
    L.append(FK_TITLE)
    L.append("")
    L.append("Areas of material non-compliance and improvement identified in the 2025 Annual Assurance")
    L.append("Statement submitted to the Scottish Housing Regulator.")
    L.append("Approved by the Executive: 21 October 2025")
    L.append("Progress reported quarterly to the Tenants' Scrutiny Panel")
    L.append("")
    L.append("Status: Complete / Green (on track) / Amber (at risk) / Red (off track) / Not started")
    L.append("")
    areas = [
        ("AREA 1: TENANT AND RESIDENT SAFETY", [
            ("312 council homes did not have a valid Electrical Installation Condition Report (EICR) at "
             "31 March 2025.", [
                ("1.1", "Complete all outstanding EICRs through a dedicated contractor programme, "
                        "prioritising homes with the oldest certificates.",
                 "Head of Housing Property Services", "December 2025", "Green",
                 "188 of 312 EICRs completed at 30 September 2025."),
                ("1.2", "Introduce a no-access escalation procedure, including forced access where "
                        "necessary, agreed with Legal Services.",
                 "Housing Property Manager (Compliance); Legal Services Manager", "30/11/2025", "Amber",
                 "Draft procedure with Legal Services for comment."),
            ]),
            ("Nine homes missed the annual gas safety check deadline during 2024/25.", [
                ("1.3", "Move to a 10-month gas servicing cycle and report any overdue check to the "
                        "Head of Service within 24 hours.",
                 "Gas Services Manager", "Oct-25", "Complete",
                 "10-month cycle in place; no overdue checks since August."),
            ]),
        ]),
        ("AREA 2: HOMELESSNESS", [
            ("The Council breached the Unsuitable Accommodation Order on 214 occasions in 2024/25.", [
                ("2.1", "Convert 30 mainstream council homes to furnished temporary accommodation.",
                 "Homelessness Services Manager", "Q4 2025/26", "Amber",
                 "17 homes converted; furniture contract delayed."),
                ("2.2", "Reduce the use of bed and breakfast accommodation for families to zero.",
                 "Head of Housing Needs", "End of January 2026", "Red",
                 "Average of 6 families in B&B each week in September."),
            ]),
        ]),
        ("AREA 3: TENANT ENGAGEMENT", [
            ("Tenants told us that they are not given enough opportunity to influence decisions about "
             "repairs and investment.", [
                ("3.1", "Set up a repairs and investment tenant panel and agree its terms of reference "
                        "with the Falkirk Tenants' Federation.",
                 "Tenant Participation Officer", "31/03/2026", "Not started",
                 "Recruitment of tenant members to begin in January."),
                ("3.2", "Publish a 'You said, we did' report to tenants twice a year.",
                 "Tenant Participation Officer", "Six-monthly", "Green",
                 "First report published in the autumn tenants' newsletter."),
            ]),
        ]),
    ]
    for area, issues in areas:
        L.append("=" * 78)
        L.append(area)
        L.append("=" * 78)
        L.append("")
        for issue, acts in issues:
            L.append("What we found:")
            L.append(issue)
            L.append("")
            for ref, act, lead, due, status, upd in acts:
                L.append(f"{ref}  Action: {act}")
                L.append(f"     Lead: {lead}")
                L.append(f"     Due: {due}")
                L.append(f"     Status: {status}")
                L.append(f"     Update: {upd}")
                L.append("")
    L.append("-" * 78)
    L.append("Note: this plan will be refreshed after the 2026 Annual Assurance Statement is submitted")
    L.append("to the Scottish Housing Regulator in October 2026.")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


FILES = {
    "gi2-south-tyneside-council-asc-cqc-assessment-improvement-plan.xlsx": make_south_tyneside,
    "gi2-medway-council-external-auditor-vfm-recommendations-action-plan.xlsx": make_medway,
    "gi2-ashford-bc-strategic-risk-register-q3-2025-26-typo-month-refuse.xlsx": make_ashford,
    "gi2-isle-of-anglesey-cc-audit-wales-recommendations-tracker.docx": make_anglesey,
    "gi2-neath-port-talbot-cbc-ciw-adult-services-performance-evaluation-action-plan.docx": make_npt,
    "gi2-elmbridge-bc-internal-audit-recommendations-tracker.csv": make_elmbridge,
    "gi2-falkirk-council-shr-annual-assurance-statement-improvement-plan.txt": make_falkirk,
}


def main():
    for name, fn in FILES.items():
        out = fn(os.path.join(HERE, name))
        print("wrote", name, "" if out is None or name.endswith(".csv") else out)


if __name__ == "__main__":
    main()
