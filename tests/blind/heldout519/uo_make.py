"""Build the seven uo- blind test files (set heldout519).

Run with /work/main/.venv/bin/python uo_make.py from any directory; files are
written beside this script.  Only files starting 'uo-' are written.
"""
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

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "dark": "1F3864",
    "band": "DDEBF7",
}
thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def out(name):
    assert name.startswith("uo-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Merton internal audit recommendations tracker (xlsx, read)
# ---------------------------------------------------------------------------
MERTON = [
    ("Client Financial Affairs 2025/26 – Limited Assurance", [
        ("R1", "1",
         "Client bank accounts held under appointeeship should be reconciled to the case management system every month, and each reconciliation should be independently reviewed.",
         "Monthly reconciliation of all appointeeship accounts to be introduced, with each reconciliation signed off by the Team Manager. The backlog of 32 unreconciled accounts will be cleared first.",
         "Client Affairs Team Manager", dt.date(2025, 10, 31), dt.date(2026, 1, 31), "Amber",
         "Backlog reduced to 9 accounts. Monthly reconciliations started in September 2025; independent sign-off not yet consistent. Revised date agreed with SWLAP."),
        ("R3", "2",
         "Annual deputyship reports to the Office of the Public Guardian should be logged and tracked so that none are submitted late.",
         "Deputyship report deadlines to be added to the team's tracking spreadsheet, with a monthly check by the Senior Client Affairs Officer.",
         "Head of Financial Assessments and Client Affairs", dt.date(2025, 11, 30), None, "Green",
         "Tracker in place; all reports due to date were submitted on time."),
    ]),
    ("Transitions from Children to Adults 2025/26 – Limited Assurance", [
        ("R1", "1",
         "A transition plan should be in place for every young person known to the Transitions Team from age 16, prioritising those due to move to adult services within the next 12 months.",
         "Relaunch the transition plan template and complete plans for all young people aged 17 and over first; report compliance monthly to the Preparing for Adulthood Board.",
         "Head of 0-25 Disabilities Service / Principal Social Worker (Adults)", dt.date(2025, 9, 30), None, "Red",
         "Plans in place for 41% of young people aged 17+. Additional social work capacity requested; revised date to be agreed at the December Board."),
        ("R2", "2",
         "The joint working protocol between Children's and Adults' services should be refreshed to set out who is responsible for each stage of transition.",
         "Joint transitions protocol to be refreshed and signed off by both Directors, then published on the staff intranet.",
         "Assistant Director, Adult Social Care", dt.date(2025, 12, 31), None, "Green",
         "Draft protocol agreed at Preparing for Adulthood Board on 14 October 2025."),
    ]),
    ("Declaration of Interests 2025/26 – Limited Assurance", [
        ("R2", "2",
         "Declarations of interest should be obtained annually from all officers at MG1 grade and above, and nil returns should be recorded.",
         "Annual declaration exercise to be run through the HR self-service system, with automated reminders and escalation of non-returns to Directors.",
         "Head of HR; Monitoring Officer", dt.date(2025, 8, 31), None, "Blue",
         "Complete. 2025 exercise closed on 29 August with a 96% return rate; non-returns escalated to Directors."),
    ]),
    ("High Needs Block 2025/26 – Limited Assurance", [
        ("R1", "1",
         "Top-up payments to schools and settings should only be made where there is a current EHC plan and an agreed funding band.",
         "(a) Reconcile all top-up payments for the summer and autumn terms to current EHC plans.\n(b) Recover any overpayments identified through the reconciliation.",
         "SEN Finance Manager", dt.date(2025, 12, 31), None, "Green",
         "Summer term reconciliation complete; £48,200 of overpayments identified and invoices raised."),
    ]),
    ("Planning Enforcement and Local Land Charges 2024/25 – Reasonable Assurance", [
        ("R4", "2",
         "Open enforcement cases should be reviewed at least every three months, and closed cases should record the reason for closure.",
         "Introduce quarterly case reviews for all open enforcement cases and a mandatory closure reason field in Uniform.",
         "Planning Enforcement Manager", dt.date(2025, 3, 31), dt.date(2025, 9, 30), "Red",
         "Closure reason field added. Quarterly reviews not yet embedded owing to vacancies; a further revised date has been requested."),
    ]),
]


def make_merton():
    wb = Workbook()
    ws = wb.active
    ws.title = "Outstanding actions"
    ws["A1"] = "London Borough of Merton – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Outstanding Priority 1 and Priority 2 actions as at 31 October 2025"
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "Standards and General Purposes Committee – 19 November 2025. Prepared by the South West London Audit Partnership (SWLAP)."
    heads = ["Rec No.", "Priority", "Recommendation", "Agreed Management Action",
             "Responsible Officer", "Original Target Date", "Revised Target Date",
             "Status", "Management update (October 2025)"]
    r = 5
    for c, h in enumerate(heads, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["dark"])
        cell.alignment = WRAP
        cell.border = BORDER
    r += 1
    for band, recs in MERTON:
        ws.cell(r, 1, band).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(r, c).fill = fill(FILL["grey"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for (ref, pr, rec, act, off, orig, rev, st, upd) in recs:
            vals = [ref, pr, rec, act, off, orig, rev, st, upd]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BORDER
                if isinstance(v, dt.date):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(r, 2).value = int(pr)
            st_cell = ws.cell(r, 8)
            st_cell.fill = fill(FILL[st.lower()])
            if st in ("Blue", "Red"):
                st_cell.font = Font(color="FFFFFF", bold=True)
            r += 1
    r += 1
    ws.cell(r, 1, "Status key:").font = Font(bold=True)
    r += 1
    for txt in ["Blue – implemented and evidenced (to be removed from the tracker after this report)",
                "Green – on track to be implemented by the target date",
                "Amber – target date revised and agreed with Internal Audit",
                "Red – overdue"]:
        ws.cell(r, 1, txt)
        r += 1
    ws.cell(r + 1, 1, "Priority 1 – fundamental control weakness; Priority 2 – significant weakness; Priority 3 actions are not reported to Committee.")
    widths = [8, 8, 45, 50, 28, 13, 13, 10, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A6"

    s = wb.create_sheet("Summary")
    s["A1"] = "Summary of outstanding Priority 1 and 2 actions"
    s["A1"].font = Font(bold=True, size=12)
    rows = [("Audit", "P1", "P2", "Total", "Overdue"),
            ("Client Financial Affairs 2025/26", 1, 1, 2, 0),
            ("Transitions from Children to Adults 2025/26", 1, 1, 2, 1),
            ("Declaration of Interests 2025/26", 0, 1, 1, 0),
            ("High Needs Block 2025/26", 1, 0, 1, 0),
            ("Planning Enforcement and Local Land Charges 2024/25", 0, 1, 1, 1),
            ("Total", 3, 4, 7, 2)]
    for i, row in enumerate(rows, 3):
        for j, v in enumerate(row, 1):
            cell = s.cell(i, j, v)
            cell.border = BORDER
            if i == 3 or row[0] == "Total":
                cell.font = Font(bold=True)
    s.column_dimensions["A"].width = 52
    wb.save(out("uo-merton-council-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Bexley ASC CQC assessment improvement plan (xlsx, read)
# ---------------------------------------------------------------------------
BEXLEY = [
    ("Theme 1: Working with people", [
        ("People waited too long for Care Act assessments and reviews, and waiting lists were not consistently risk-rated.", [
            ("1.1", "Introduce a risk-rating tool for everyone on the assessment waiting list, with weekly oversight by team managers.",
             "Head of Assessment and Care Management", "Jun-25", "green", "blue",
             "Tool in use across all locality teams since May 2025. Weekly oversight confirmed by practice audit in July."),
            ("1.2", "Reduce the number of people waiting more than 28 days for an assessment to below 100 through a targeted waiting list recovery plan.",
             "Head of Assessment and Care Management / Principal Social Worker", "Mar-26", "amber", "amber",
             "Number waiting over 28 days down from 312 to 188. Agency capacity ends in December; recovery trajectory under review."),
        ]),
        ("Unpaid carers told CQC they did not feel recognised or supported, and the number of carers' assessments was low.", [
            ("1.3", "Co-produce a refreshed Carers' Strategy with the Bexley Carers' Partnership Board and the voluntary sector.",
             "Kelly Sanderson / Dev Mistry", "Dec-25", "green", "green",
             "Four co-production workshops held with 57 carers. Draft strategy to Cabinet Member briefing in November."),
        ]),
    ]),
    ("Theme 2: Providing support", [
        ("There was limited choice of home care and respite in some parts of the borough, and market sufficiency was not well understood.", [
            ("2.1", "Publish an updated Market Position Statement and a commissioning plan for respite and home care.",
             "Head of Adults' Commissioning", "Q3 2025/26", "amber", "green",
             "Market Position Statement published in September. Respite commissioning plan in draft."),
        ]),
    ]),
    ("Theme 3: Ensuring safety within the system", [
        ("Safeguarding enquiries were not always completed in a timely way, and the voice of the person was not consistently recorded.", [
            ("3.1", "Implement a Making Safeguarding Personal audit cycle, with quarterly themed audits reported to the Safeguarding Adults Board.",
             "Head of Safeguarding and Quality Assurance", "Ongoing", "green", "green",
             "Q1 and Q2 audits completed; desired outcomes recorded in 78% of enquiries (target 85%)."),
            ("3.2", "Clear the backlog of safeguarding concerns awaiting triage at the Adult Social Care front door.",
             "Head of Safeguarding and Quality Assurance", "Sep-25", "red", "amber",
             "Backlog reduced from 143 to 22 concerns; all remaining concerns RAG-rated daily by a senior practitioner."),
        ]),
        ("Transitions for young people moving to adult services were not always planned early enough.", [
            ("3.3", "Agree a joint all-age transitions protocol with Children's Services and start transition planning at age 14.",
             "Director of Adult Social Care and Health; Director of Children's Social Care", "Jan-26", "amber", "red",
             "Protocol not yet agreed. Escalated to the Corporate Director for a decision on the funding of the Transitions Team."),
        ]),
    ]),
    ("Theme 4: Leadership", [
        ("Performance data was not used consistently to understand people's outcomes or to drive improvement.", [
            ("4.1", "Develop an Adult Social Care performance dashboard covering waiting times, reviews, safeguarding and outcomes, reported monthly to the Directorate Management Team.",
             "Head of Performance and Business Intelligence", "Nov-25", "green", "blue",
             "Dashboard live in Power BI from October 2025 and reviewed at DMT on 21 October."),
            ("4.2", "Run a programme of practice learning events so that staff understand the CQC findings and the improvement plan.",
             "Principal Social Worker", "Apr-26", None, None,
             "Not started – programme to begin in January 2026."),
        ]),
    ]),
]


def make_bexley():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "London Borough of Bexley – Adult Social Care Improvement Plan 2025-26"
    cv["A1"].font = Font(bold=True, size=16)
    cv["A2"] = "Our response to the CQC Local Authority Assessment (report published 14 March 2025, overall rating: Requires Improvement)"
    cv["A4"] = "Document control"
    cv["A4"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Comments"),
          ("1.0", "28/04/2025", "ASC Improvement Lead", "Approved by ASC Improvement Board"),
          ("1.3", "20/08/2025", "ASC Improvement Lead", "Quarter 1 progress"),
          ("1.5", "22/10/2025", "ASC Improvement Lead", "Quarter 2 progress; actions 1.1 and 4.1 complete")]
    for i, row in enumerate(dc, 5):
        for j, v in enumerate(row, 1):
            c = cv.cell(i, j, v)
            c.border = BORDER
            if i == 5:
                c.font = Font(bold=True)
    cv["A10"] = "RAG key"
    cv["A10"].font = Font(bold=True)
    key = [("blue", "Complete – action delivered and impact evidenced"),
           ("green", "On track – will be delivered by the target date"),
           ("amber", "Some slippage – action in hand to recover"),
           ("red", "Off track – escalation required"),
           (None, "No colour – not yet started")]
    for i, (col, txt) in enumerate(key, 11):
        c = cv.cell(i, 1)
        c.border = BORDER
        if col:
            c.fill = fill(FILL[col])
        cv.cell(i, 2, txt)
    cv.column_dimensions["A"].width = 16
    cv.column_dimensions["B"].width = 16
    cv.column_dimensions["C"].width = 24
    cv.column_dimensions["D"].width = 50

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Adult Social Care Improvement Plan 2025-26 – progress at October 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "RAG: see key on Cover sheet. Previous RAG = position reported to the ASC Improvement Board on 20 August 2025."
    ws.merge_cells("A2:H2")
    heads = ["Ref", "Area for improvement (CQC)", "Action", "Lead officer", "Target date",
             "Previous RAG", "Current RAG", "Progress update"]
    r = 4
    for c, h in enumerate(heads, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["dark"])
        cell.alignment = WRAP
        cell.border = BORDER
    r += 1
    for theme, afis in BEXLEY:
        ws.cell(r, 1, theme).font = Font(bold=True)
        for c in range(1, 9):
            ws.cell(r, c).fill = fill(FILL["band"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for afi, acts in afis:
            top = r
            ws.cell(r, 2, afi)
            for (ref, act, lead, tgt, prev, cur, upd) in acts:
                for c, v in zip((1, 3, 4, 5, 8), (ref, act, lead, tgt, upd)):
                    ws.cell(r, c, v)
                if prev:
                    ws.cell(r, 6).fill = fill(FILL[prev])
                if cur:
                    ws.cell(r, 7).fill = fill(FILL[cur])
                for c in range(1, 9):
                    ws.cell(r, c).alignment = WRAP
                    ws.cell(r, c).border = BORDER
                ws.cell(r, 5).number_format = "@"
                r += 1
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    widths = [6, 40, 50, 30, 11, 9, 9, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG by theme (October 2025)"
    sm["A1"].font = Font(bold=True)
    rows = [("Theme", "Actions", "Complete", "Green", "Amber", "Red", "Not started"),
            ("Working with people", 3, 1, 1, 1, 0, 0),
            ("Providing support", 1, 0, 1, 0, 0, 0),
            ("Ensuring safety within the system", 3, 0, 1, 1, 1, 0),
            ("Leadership", 2, 1, 0, 0, 0, 1),
            ("Total", 9, 2, 3, 2, 1, 1)]
    for i, row in enumerate(rows, 3):
        for j, v in enumerate(row, 1):
            c = sm.cell(i, j, v)
            c.border = BORDER
            if i == 3 or row[0] == "Total":
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 36
    wb.save(out("uo-bexley-council-asc-cqc-assessment-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Warwickshire strategic risk register (xlsx, refuse: typo month)
# ---------------------------------------------------------------------------
WARKS = [
    ("SR01", "Failure to deliver a balanced budget and the Medium Term Financial Strategy",
     "Executive Director for Resources", "4 x 5 = 20", "3 x 4 = 12", "↔", [
         ("Deliver the 2025/26 savings programme and report progress monthly to Corporate Board.", "Director of Finance", "Mar 2026", "Green"),
         ("Refresh the MTFS for 2026-31 with updated demand assumptions for SEND and adult social care.", "Director of Finance", "Feb 2026", "Amber"),
     ]),
    ("SR02", "Dedicated Schools Grant high needs deficit continues to grow after the statutory override ends",
     "Executive Director for Children and Young People", "5 x 5 = 25", "4 x 4 = 16", "↑", [
         ("Deliver the SEND and Inclusion Change Programme workstreams to reduce reliance on independent specialist places.", "Director of Education", "Aug 2026", "Amber"),
         ("Submit the revised DSG deficit management plan to the Department for Education.", "Director of Education / Director of Finance", "Mar 2026", "Green"),
     ]),
    ("SR03", "Cyber attack leads to loss of critical systems or data",
     "Executive Director for Resources", "4 x 5 = 20", "3 x 5 = 15", "↔", [
         ("Complete the migration of the remaining on-premises servers to the cloud platform.", "ICT Infrastructure Manager", "Dec 2025", "Green"),
         ("Run a corporate cyber incident exercise with Corporate Board.", "Head of ICT", "Nov 2025", "Complete"),
     ]),
    ("SR04", "Adult social care market cannot meet demand for home care and nursing placements",
     "Executive Director for Social Care and Health", "4 x 4 = 16", "3 x 4 = 12", "↓", [
         ("Recommission the home care framework using a zoned model.", "Director of Commissioning", "Jun 2026", "Green"),
         ("Agree a nursing placements sufficiency plan with the Coventry and Warwickshire ICB.", "Director of Commissioning", "Febuary 2026", "Amber"),
     ]),
    ("SR05", "Failure to recruit and retain experienced children's social workers",
     "Executive Director for Children and Young People", "4 x 4 = 16", "3 x 3 = 9", "↔", [
         ("Launch the refreshed recruitment and retention offer, including the market supplement for team managers.", "Director of Children and Families", "Jan 2026", "Green"),
         ("Expand the social work academy to a second cohort of 20 newly qualified social workers.", "Principal Social Worker", "Sep 2026", "Green"),
     ]),
]


def make_warks():
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = "Warwickshire County Council – Strategic Risk Register"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 2025/26 (position at 30 September 2025) – reported to Audit and Standards Committee, November 2025"
    heads = ["Risk Ref", "Risk", "Risk Owner", "Current score (L x I)", "Target score",
             "Trend", "Further actions planned", "Action owner", "Target date", "Action status"]
    r = 4
    for c, h in enumerate(heads, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("203864")
        cell.alignment = WRAP
        cell.border = BORDER
    r += 1
    for ref, risk, owner, cur, tgt, trend, acts in WARKS:
        top = r
        for c, v in zip(range(1, 7), (ref, risk, owner, cur, tgt, trend)):
            ws.cell(r, c, v)
        for act, aown, date, st in acts:
            ws.cell(r, 7, act)
            ws.cell(r, 8, aown)
            dcell = ws.cell(r, 9, date)
            dcell.number_format = "@"
            sc = ws.cell(r, 10, st)
            sc.fill = fill(FILL["blue" if st == "Complete" else st.lower()])
            for c in range(1, 11):
                ws.cell(r, c).alignment = WRAP
                ws.cell(r, c).border = BORDER
            r += 1
        for c in range(1, 7):
            ws.merge_cells(start_row=top, start_column=c, end_row=r - 1, end_column=c)
    r += 1
    ws.cell(r, 1, "Trend: ↑ risk increasing; ↔ no change; ↓ risk reducing. Scores are likelihood x impact on a 5 x 5 matrix (see Risk Matrix tab).")
    widths = [8, 38, 26, 12, 11, 7, 50, 28, 13, 11]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    m = wb.create_sheet("Risk Matrix")
    m["A1"] = "Risk scoring matrix (likelihood x impact)"
    m["A1"].font = Font(bold=True)
    m["A3"] = "Likelihood / Impact"
    for i in range(1, 6):
        m.cell(3, i + 1, i).font = Font(bold=True)
        m.cell(3 + i, 1, 6 - i).font = Font(bold=True)
        for j in range(1, 6):
            score = (6 - i) * j
            cell = m.cell(3 + i, j + 1, score)
            cell.fill = fill(FILL["red"] if score >= 15 else FILL["amber"] if score >= 8 else FILL["green"])
    m["A10"] = "15-25 Red (strategic oversight); 8-12 Amber (directorate management); 1-6 Green (tolerate)"
    wb.save(out("uo-warwickshire-county-council-strategic-risk-register-2025-26-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    w, h = sec.page_width, sec.page_height
    sec.page_width, sec.page_height = max(w, h), min(w, h)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(1.5))
    return sec


def head_row(table, heads, col="1F3864"):
    for i, h in enumerate(heads):
        c = table.rows[0].cells[i]
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        shade(c, col)


# ---------------------------------------------------------------------------
# 4. Milton Keynes Safer MK Partnership DHR action plan (docx, read)
# ---------------------------------------------------------------------------
MK_A = [
    ("1. The Safer MK Partnership should seek assurance that all agencies routinely ask about domestic abuse when a person discloses suicidal thoughts or self-harm.", "Local", [
        ("1.1", "Issue a practice briefing on the links between domestic abuse and suicide to all partner agencies.",
         "Safer MK Partnership", "Briefing drafted with MK Act and the Public Health suicide prevention lead.", "March 2025",
         "Briefing issued 21/02/2025 and cascaded through partner newsletters.", "B"),
        ("1.2", "Include routine enquiry about domestic abuse in the triage script used by the mental health crisis line and the Milton Keynes University Hospital emergency department.",
         "CNWL / Milton Keynes University Hospital", "CNWL crisis line script updated June 2025.", "30/09/2025",
         "MKUH emergency department audit of compliance delayed to October 2025.", "A"),
    ]),
    ("2. Milton Keynes City Council Housing should ensure that a history of domestic abuse is identified and acted on when a tenant applies to transfer or to end a joint tenancy.", "Local", [
        ("2.1", "Add a mandatory domestic abuse question to the housing transfer and tenancy change application forms.",
         "MK City Council – Housing", "Question agreed with MK Act.", "End of June 2025",
         "Forms updated on the housing system in June 2025.", "B"),
        ("2.2", "Train housing officers to recognise economic abuse and coercive control, using the SafeLives DA Matters programme.",
         "MK City Council – Housing / MK Act", "Two of four cohorts trained (46 officers).", "December 2025",
         "", "G"),
    ]),
    ("3. Thames Valley Police and partners should review how repeat ‘standard risk’ incidents are escalated to MARAC.", "Local / Regional", [
        ("3.1", "Audit a sample of 50 cases with three or more standard-risk incidents in 12 months to test whether escalation to MARAC was considered.",
         "Thames Valley Police", "Audit completed by the Domestic Abuse Investigation Unit.", "Q4 2024/25",
         "Audit reported to the DA Strategic Board in April 2025; findings shared with MARAC steering group.", "B"),
        ("3.2", "Amend the MARAC operating protocol to include professional judgement referrals for repeat incidents.",
         "MARAC Chair", "Draft protocol circulated to MARAC steering group.", "TBC",
         "Awaiting the Thames Valley-wide MARAC review before sign-off.", "A"),
    ]),
]
MK_B = [
    ("4. The GP practice should code domestic abuse disclosures and share concerns with the practice safeguarding lead.", "Single agency", [
        ("4.1", "Deliver IRIS domestic abuse training to all clinical staff at the practice and add a domestic abuse template to EMIS.",
         "BLMK ICB Safeguarding Team", "Training delivered 14/01/2025.", "31/01/2025",
         "Template live; practice audit in May 2025 showed disclosures coded in all sampled cases.", "B"),
    ]),
    ("5. MK Act should review its case closure process so that clients who disengage are contacted through a safe alternative route before the case is closed.", "Single agency", [
        ("5.1", "Update the case closure policy and train all IDVAs on safe contact planning.",
         "MK Act", "Policy redrafted; training booked.", "Nov-25",
         "", "G"),
    ]),
]


def mk_table(doc, recs):
    heads = ["No.", "Recommendation", "Scope", "Action to take", "Lead agency",
             "Key milestones", "Target date", "Date of completion and outcome", "RAG"]
    n = sum(len(a) for _, _, a in recs)
    t = doc.add_table(rows=1 + n, cols=len(heads))
    t.style = "Table Grid"
    head_row(t, heads, "D9E2F3")
    r = 1
    for rec, scope, acts in recs:
        top = r
        t.rows[r].cells[1].text = rec
        t.rows[r].cells[2].text = scope
        for (no, act, lead, ms, tgt, outc, rag) in acts:
            cells = t.rows[r].cells
            cells[0].text = no
            cells[3].text = act
            cells[4].text = lead
            cells[5].text = ms
            cells[6].text = tgt
            cells[7].text = outc
            cells[8].text = rag
            shade(cells[8], {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}[rag])
            r += 1
        if r - 1 > top:
            t.cell(top, 1).merge(t.cell(r - 1, 1))
            t.cell(top, 2).merge(t.cell(r - 1, 2))
            # merged cell keeps the text once
            t.cell(top, 1).text = rec
            t.cell(top, 2).text = scope
    return t


def make_mk():
    doc = Document()
    sec = landscape(doc)
    sec.header.paragraphs[0].text = "Safer MK Partnership\tOFFICIAL"
    doc.add_heading("Domestic Homicide Review ‘Grace’ (DHR 2023/02) – Action Plan", level=0)
    doc.add_paragraph("This action plan brings together the recommendations of the Overview Report and the single agency "
                      "recommendations from the Individual Management Reviews. Progress is monitored by the DHR Sub-Group "
                      "and reported to the Safer MK Partnership Board each quarter.")
    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Changes", "By"),
                             ("1.0", "05/11/2024", "Agreed by Review Panel", "DHR Independent Chair"),
                             ("2.0", "20/03/2025", "Quarter 4 update", "Community Safety Team"),
                             ("3.0", "10/09/2025", "Quarter 2 update", "Community Safety Team")]):
        for j, v in enumerate(row):
            dc.rows[i].cells[j].text = v
    doc.add_paragraph("RAG key: B = complete; G = on track; A = some delay, action in hand; R = off track or overdue.")
    doc.add_heading("Part A – Overview Report recommendations", level=1)
    mk_table(doc, MK_A)
    doc.add_paragraph("")
    doc.add_heading("Part B – Single agency recommendations", level=1)
    mk_table(doc, MK_B)
    doc.add_paragraph("")
    doc.add_paragraph("Agreed by the Safer MK Partnership Board, 18 September 2025. Next review: December 2025.")
    doc.save(out("uo-milton-keynes-safer-mk-partnership-dhr-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Manchester Safeguarding Partnership LCSPR Child Z (docx, read)
# ---------------------------------------------------------------------------
STATUS_FILL = {"Complete": "0070C0", "On track": "00B050", "At risk": "FFC000", "Off track": "FF0000", "Not started": None}
MCR = [
    ("Learning Theme 1: Hearing the voice and lived experience of the child", [
        ("Recommendation 1: All partner agencies should ensure that practitioners record the child's own words and their observations of the child's presentation at every contact.", [
            ("1a", "Revise the MSP Voice of the Child practice guidance and relaunch it through the 7-minute briefing programme.",
             "MSP Learning and Development Lead", "Jan 2025", "Guidance downloads; briefing attendance", "Complete"),
            ("1b", "Carry out a multi-agency audit of 30 cases to test whether the child's words are recorded, and repeat the audit after six months.",
             "MSP Quality Assurance Sub-Group Chair", "Sept 2025 – March 2026", "Audit shows improvement from the baseline of 37%", "On track"),
        ]),
        ("Recommendation 2: Children's Social Care should ensure that children who are non-verbal or pre-verbal have their lived experience captured using appropriate tools.", [
            ("2a", "Introduce the ‘Day in the Life’ observation tool for all children under 3 and for disabled children who do not use speech.",
             "Head of Service – Locality Social Work (North)", "30/06/2025", "Tool used in 90% of assessments for this group", "At risk"),
        ]),
    ]),
    ("Learning Theme 2: Information sharing between health, education and children's social care", [
        ("Recommendation 3: The Partnership should be assured that health visitors, GPs and schools share concerns about a child's weight, attendance and presentation with Children's Social Care when a child is subject to a child protection plan.", [
            ("3a", "Add a prompt to the health visiting record for all children on a child protection plan, requiring information to be shared with the allocated social worker before each core group.",
             "Designated Nurse Safeguarding Children / Named GP for Safeguarding", "April 2025", "Core group minutes show health information in 9 of 10 sampled cases", "Complete"),
            ("3b", "Ensure schools are invited to every core group for school-age siblings, and that attendance concerns are escalated to the Education Safeguarding Team.",
             "Education Safeguarding Lead and Virtual School Head", "Summer term 2025", "Invitation rate tracked monthly", "On track"),
            ("3c", "Review the information-sharing agreement between GP practices and Children's Social Care so that GPs receive child protection conference outcomes within 5 working days.",
             "Named GP for Safeguarding", "Autumn term 2025", "Monthly report from CP conference service", "Not started"),
        ]),
    ]),
    ("Learning Theme 3: Professional curiosity about adults in the household", [
        ("Recommendation 4: Agencies should check who is living in or regularly visiting the household, including new partners, and record the outcome of those checks.", [
            ("4a", "Include a ‘who lives here and who visits’ section in the single assessment and child protection plan templates.",
             "Head of Service – Quality Assurance and Practice Improvement", "Mar-25", "Template change live in LiquidLogic", "Complete"),
            ("4b", "Deliver multi-agency training on professional curiosity and ‘hidden men’ to practitioners in Children's Social Care, health, education and Greater Manchester Police.",
             "MSP Learning and Development Lead", "Ongoing – reviewed quarterly", "Number trained; evaluation at 3 months", "On track"),
        ]),
        ("Recommendation 5: Greater Manchester Police should ensure that domestic abuse call-outs involving a household with children open to Children's Social Care are shared with the allocated social worker on the next working day.", [
            ("5a", "Review the process for sharing domestic abuse notifications with the Manchester Multi-Agency Safeguarding Hub and set a next-working-day standard.",
             "Greater Manchester Police Public Protection Division", "31/12/2025", "Dip sample of notifications", "Off track"),
        ]),
    ]),
]


def make_mcr():
    doc = Document()
    sec = landscape(doc)
    sec.header.paragraphs[0].text = "Manchester Safeguarding Partnership"
    doc.add_heading("Child Z: Local Child Safeguarding Practice Review – Action Plan", level=0)
    doc.add_paragraph("Progress update for the MSP Child Practice Review Panel, April 2025. The review was published in "
                      "October 2024; the Panel monitors this plan until all actions are complete and their impact has been tested.")
    p = doc.add_paragraph()
    p.add_run("Status key").bold = True
    key = doc.add_table(rows=5, cols=2)
    key.style = "Table Grid"
    for i, (k, meaning) in enumerate([("Complete", "Action delivered (blue)"),
                                      ("On track", "Will be delivered by the date given (green)"),
                                      ("At risk", "Some delay; the lead has a plan to recover (amber)"),
                                      ("Off track", "Will not be delivered by the date given; escalated to the Executive (red)"),
                                      ("Not started", "Action not yet due to start")]):
        key.rows[i].cells[0].text = k
        key.rows[i].cells[1].text = meaning
        if STATUS_FILL[k]:
            shade(key.rows[i].cells[0], STATUS_FILL[k])
    heads = ["Action No.", "What we will do", "Lead", "By when",
             "How we will know it has made a difference", "Status"]
    for theme, recs in MCR:
        doc.add_heading(theme, level=1)
        for rec, acts in recs:
            rp = doc.add_paragraph()
            rp.add_run(rec).bold = True
            t = doc.add_table(rows=1 + len(acts), cols=len(heads))
            t.style = "Table Grid"
            head_row(t, heads, "E2EFD9")
            for i, (no, act, lead, when, meas, st) in enumerate(acts, 1):
                cells = t.rows[i].cells
                for c, v in zip(cells, (no, act, lead, when, meas, st)):
                    c.text = v
                if STATUS_FILL[st]:
                    shade(cells[5], STATUS_FILL[st])
            doc.add_paragraph("")
    doc.add_paragraph("Note: actions 1b and 4b will be tested for impact through the MSP multi-agency audit programme in 2026.")
    doc.save(out("uo-manchester-safeguarding-partnership-lcspr-child-z-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Southampton Health and Wellbeing Board action log (csv, read)
# ---------------------------------------------------------------------------
SOTON = [
    ("HWB/24/11", "04/12/2024", "Bring the draft Pharmaceutical Needs Assessment 2025 to the Board for sign-off before publication.",
     "Director of Public Health", "25/06/2025", "Complete", "PNA approved at the June meeting and published on 30 September 2025."),
    ("HWB/25/02", "12/03/2025", "Provide a breakdown of childhood immunisation uptake by ward and by ethnicity, with the actions being taken in the lowest-uptake areas.",
     "Consultant in Public Health (Health Protection) / NHS England Screening and Immunisation Team", "25/06/2025", "Amber",
     "Ward data shared with members in August. Ethnicity data awaited from NHS England, now expected December."),
    ("HWB/25/03", "12/03/2025", "Arrange a development session on the Neighbourhood Health model for Board members.",
     "Board Manager", "Sep-25", "Complete", "Session held on 17 September 2025."),
    ("HWB/25/07", "25/06/2025", "Report back on the Healthy Weight Declaration action plan, including the \"Fit for the Future\" schools programme.",
     "Director of Public Health", "10/12/2025", "Green", "On the agenda for the December meeting."),
    ("HWB/25/08", "25/06/2025", "Circulate the Better Care Fund 2025-26 plan and the Q1 return to members, with a summary of the schemes funded.",
     "Director of Adult Social Care; ICB Place Director", "31/07/2025", "Complete", "Circulated by email on 24 July 2025."),
    ("HWB/25/09", "25/06/2025", "Chair to write to the ICB about access to NHS dentistry for children in care.\nCopy the letter to Healthwatch Southampton and the Corporate Parenting Committee.",
     "Cllr P. Harding (Chair)", "31/08/2025", "Red", "Letter drafted; awaiting sign-off."),
    ("HWB/25/12", "01/10/2025", "Bring the Joint Local Health and Wellbeing Strategy delivery plan, with measures for each priority, to the next meeting.",
     "Head of Policy and Partnerships", "10/12/2025", "Green", "Draft delivery plan being shared with partners in November."),
    ("HWB/25/13", "01/10/2025", "Agree how the Board will receive the Southampton Safeguarding Adults Board annual report each year.",
     "Board Manager", "TBC", "", "To be picked up at agenda planning."),
    ("HWB/25/14", "01/10/2025", "Share the Winter Plan 2025/26 and the local urgent and emergency care surge arrangements with Board members.",
     "UHS Chief Operating Officer", "Oct-25", "Complete", "Shared with members on 22 October 2025."),
]


def make_soton():
    rows = [
        ["Southampton Health and Wellbeing Board – Action Log", "", "", "", "", "", ""],
        ["Updated following the meeting of 1 October 2025", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Ref", "Meeting", "Action", "Owner", "Due date", "Status", "Update"],
    ]
    rows += [list(r) for r in SOTON]
    rows += [
        ["", "", "", "", "", "", ""],
        ["Status key: Complete – action closed, will be removed after the next meeting; Green – on track; Amber – past due date but in progress; Red – overdue; blank – not yet started", "", "", "", "", "", ""],
    ]
    with open(out("uo-southampton-health-and-wellbeing-board-action-log.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 7. Fenland District Council Business Plan Q2 progress (txt, tab-separated, read)
# ---------------------------------------------------------------------------
FENLAND = [
    ("BUSINESS PLAN AREA: Communities", "Portfolio Holder: Councillor J. Tanfield", [
        ("Priority: Support vulnerable members of our community", [
            ("C1", "Support residents to claim the benefits they are entitled to, processing new claims and changes promptly through our shared service with Anglia Revenues Partnership (ARP).",
             "Head of Shared Services (ARP)", "Mar-26", "Green", "New claims processed in 14.2 days on average against a target of 18 days."),
            ("C2", "Deliver the Household Support Fund scheme for 2025/26, targeting support at pensioners and families with children.",
             "Community Support Manager", "31/03/2026", "Green", "£412,000 of the £1.1m allocation awarded by 30 September."),
        ]),
        ("Priority: Promote health and wellbeing for all", [
            ("C3", "Work with Freedom Leisure to increase participation at our four leisure centres, including the new swimming programme for schools.",
             "Leisure Client Manager", "Ongoing", "Green", "Attendances up 6% on the same period last year."),
        ]),
    ]),
    ("BUSINESS PLAN AREA: Environment", "Portfolio Holder: Councillor M. Purser", [
        ("Priority: Deliver a high performing refuse, recycling and street cleansing service", [
            ("E1", "Introduce weekly food waste collections for all households in line with the Simpler Recycling requirements.",
             "Head of Environmental Services", "April 2026", "Amber", "Vehicles ordered; caddy delivery timetable being finalised. Funding shortfall of £310k under discussion with DEFRA."),
            ("E2", "Improve the cleanliness of our town centres through targeted street cleansing and enforcement against fly-tipping.",
             "Head of Environmental Services / Environmental Enforcement Manager", "Q4 2025/26", "Green", "27 fixed penalty notices issued for fly-tipping in Q2."),
        ]),
    ]),
    ("BUSINESS PLAN AREA: Economy", "Portfolio Holder: Councillor D. Rix", [
        ("Priority: Attract new businesses, jobs and opportunities whilst supporting our existing businesses", [
            ("EC1", "Deliver the Wisbech High Street project, completing the refurbishment of 24 High Street.",
             "Head of Economic Growth", "Dec-25", "Red", "Contractor entered administration in August; re-procurement under way. Completion now expected summer 2026."),
            ("EC2", "Complete the March Future High Streets Fund public realm works at Broad Street.",
             "Head of Economic Growth", "Sep-25", "Complete", "Works completed and opened on 12 September 2025."),
        ]),
    ]),
    ("BUSINESS PLAN AREA: Quality Organisation", "Portfolio Holder: Leader of the Council", [
        ("Priority: Deliver the Council's transformation and efficiency programme", [
            ("Q1", "Prepare for local government reorganisation in Cambridgeshire and Peterborough, contributing data and evidence to the proposal submitted to Government.",
             "Chief Executive; Corporate Director (Place)", "28/11/2025", "Green", "Data returns submitted to the joint programme team on time."),
            ("Q2", "Launch the new customer portal so that residents can report and track requests online.",
             "Digital Services Manager", "Jan-26", "Amber", "Testing has identified integration issues with the waste system; launch moved from November."),
        ]),
    ]),
]


def make_fenland():
    n = 6
    lines = [
        ["Fenland District Council – Business Plan 2025/26"],
        ["Quarter 2 Progress Report (July to September 2025)"],
        ["Appendix A – Cabinet, 17 November 2025"],
        [],
        ["RAG status: Green = on track; Amber = behind schedule but expected to be delivered; Red = significant risk to delivery; Complete = action delivered"],
        [],
        ["Ref", "Business Plan Action", "Lead Officer", "Target", "RAG", "Quarter 2 update"],
    ]
    for area, ph, prios in FENLAND:
        lines.append([area])
        lines.append([ph])
        for prio, acts in prios:
            lines.append([prio])
            for a in acts:
                lines.append(list(a))
    lines.append([])
    lines.append(["Performance measures for each priority are reported separately in Appendix B."])
    with open(out("uo-fenland-district-council-business-plan-2025-26-q2-progress.txt"), "w", newline="", encoding="utf-8") as f:
        for ln in lines:
            ln = ln + [""] * (n - len(ln))
            f.write("\t".join(ln) + "\r\n")


if __name__ == "__main__":
    make_merton()
    make_bexley()
    make_warks()
    make_mk()
    make_mcr()
    make_soton()
    make_fenland()
    print("built 7 files in", HERE)
