"""Build the seven ke2- blind test files (set heldout325).

Run with /work/main/.venv/bin/python ke2_make.py  (writes next to this script).
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


def d(y, m, day):
    return dt.datetime(y, m, day)


def style_row(ws, row, ncols, bold=False, bg=None, color=None):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BORDER
        cell.alignment = WRAP
        if bold or color:
            cell.font = Font(bold=bold, color=color)
        if bg:
            cell.fill = fill(bg)


# ---------------------------------------------------------------------------
# 1. Erewash BC internal audit recommendations tracker (xlsx, read)
# ---------------------------------------------------------------------------
def erewash():
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ncol = 11
    ws["A1"] = "Erewash Borough Council – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Governance Committee – 24 March 2025"
    ws["A3"] = "Position as at 28 February 2025"
    ws["A2"].font = Font(italic=True)
    ws["A3"].font = Font(italic=True)
    ws["A4"] = "RAG key:"
    ws["A4"].font = Font(bold=True)
    key = [("B4", RED, "Overdue – no revised date agreed"),
           ("C4", AMBER, "Revised date agreed by CMT"),
           ("D4", GREEN, "On track to original date"),
           ("E4", BLUE, "Implemented")]
    for ref, col, txt in key:
        ws[ref] = txt
        ws[ref].fill = fill(col)
        ws[ref].font = Font(color="FFFFFF" if col in (RED, BLUE) else "000000", size=9)
        ws[ref].alignment = WRAP
    hdr = ["Audit Assignment", "Final Report Issued", "Ref", "Recommendation",
           "Agreed Management Action", "Priority", "Responsible Officer",
           "Original Target Date", "Revised Target Date", "RAG",
           "Progress Update (February 2025)"]
    HR = 6
    for i, h in enumerate(hdr, 1):
        ws.cell(row=HR, column=i, value=h)
    style_row(ws, HR, ncol, bold=True, bg=NAVY, color="FFFFFF")

    audits = [
        ("Council Tax and NNDR 2023/24", d(2024, 3, 14), [
            ("CT/01",
             "Ensure that reconciliations between the Council Tax system and the valuation list are completed monthly and independently reviewed.",
             "Monthly VOA schedule reconciliations will be completed by the Senior Revenues Officer and signed off by the Revenues & Benefits Manager.",
             "Medium", "Revenues & Benefits Manager", d(2024, 6, 30), None, BLUE,
             "Reconciliations completed monthly since June 2024. Evidence reviewed by Internal Audit in January 2025."),
            ("CT/02",
             "Review the process for awarding single person discounts, including periodic reviews of ongoing entitlement.",
             "A single person discount review will be procured and undertaken in 2024/25, with a rolling annual review thereafter.",
             "High", "Revenues & Benefits Manager", d(2024, 9, 30), d(2025, 5, 31), AMBER,
             "Data-matching contract awarded November 2024. Review letters issued to 4,100 accounts; responses being processed."),
        ]),
        ("Procurement and Contract Management 2023/24", d(2024, 5, 2), [
            ("PR/01",
             "Update the Contract Procedure Rules to reflect the Procurement Act 2023.",
             "Contract Procedure Rules to be revised and presented to Council for approval ahead of the Act commencing.",
             "Medium", "Head of Law and Governance / Procurement Manager", d(2024, 10, 31), d(2025, 2, 28), BLUE,
             "Revised Contract Procedure Rules approved by Council on 20 February 2025."),
            ("PR/02",
             "Ensure the contracts register is complete and published in line with the Local Government Transparency Code.",
             "Service managers to confirm all contracts over £5,000 are recorded on the register; register to be published quarterly on the website.",
             "Medium", "Procurement Manager", d(2024, 7, 31), d(2025, 3, 31), AMBER,
             "Q3 register published. Two services have yet to confirm their contracts."),
            ("PR/03",
             "Introduce contract management plans for all contracts with a value over £100,000.",
             "A contract management plan template and guidance will be issued, and plans put in place for the top 20 contracts by value.",
             "High", "Procurement Manager; Heads of Service", d(2024, 12, 31), None, RED,
             "Template drafted. Plans in place for 6 of the 20 contracts. Revised date not yet agreed by CMT."),
        ]),
        ("Cyber Security 2024/25", d(2024, 9, 18), [
            ("CS/01",
             "Ensure all staff and members complete mandatory cyber security awareness training.",
             "Training compliance to be reported monthly to CMT, with network access suspended for staff who have not completed the training after two reminders.",
             "Medium", "ICT Manager", d(2024, 12, 31), d(2025, 4, 30), AMBER,
             "Staff completion 91%; members 64%. Member sessions arranged for March 2025."),
            ("CS/02",
             "Test the ICT disaster recovery plan at least annually.",
             "A full disaster recovery test of critical systems will be carried out and the results reported to the Corporate Governance Group.",
             "High", "ICT Manager", d(2025, 3, 31), None, GREEN,
             "Test scheduled for 15 March 2025."),
        ]),
        ("Leisure Centre Income 2024/25", d(2024, 11, 5), [
            ("LC/01",
             "Cash handling procedures at the leisure centres should be updated and reissued to all staff.",
             "Revised cash handling procedure to be issued and signed for by all front of house staff.\nSpot checks to be carried out monthly by duty managers.",
             "Low", "Leisure Operations Manager", d(2025, 1, 31), None, BLUE,
             "Procedure reissued December 2024 and signed by all front of house staff. Spot checks in place."),
            ("LC/02",
             "Reconcile income from the online booking system to the general ledger weekly.",
             "Weekly reconciliation to be introduced by Finance, with discrepancies over £50 investigated and reported to the Leisure Operations Manager.",
             "Medium", "Finance Manager (Accountancy)", d(2025, 2, 28), None, GREEN,
             "Weekly reconciliations started 3 February 2025."),
        ]),
    ]
    r = HR + 1
    for name, issued, recs in audits:
        start = r
        for ref, rec, act, pri, off, orig, rev, rag, prog in recs:
            ws.cell(row=r, column=3, value=ref)
            ws.cell(row=r, column=4, value=rec)
            ws.cell(row=r, column=5, value=act)
            ws.cell(row=r, column=6, value=pri)
            ws.cell(row=r, column=7, value=off)
            c = ws.cell(row=r, column=8, value=orig)
            c.number_format = "dd/mm/yyyy"
            c = ws.cell(row=r, column=9, value=rev)
            c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=11, value=prog)
            style_row(ws, r, ncol)
            ws.cell(row=r, column=10).fill = fill(rag)
            r += 1
        ws.cell(row=start, column=1, value=name)
        c = ws.cell(row=start, column=2, value=issued)
        c.number_format = "dd/mm/yyyy"
        ws.cell(row=start, column=1).font = Font(bold=True)
        if r - 1 > start:
            ws.merge_cells(start_row=start, end_row=r - 1, start_column=1, end_column=1)
            ws.merge_cells(start_row=start, end_row=r - 1, start_column=2, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Note: recommendations shown as implemented (blue) have been verified by Internal Audit and will be removed from the next report to Committee.")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    widths = [24, 12, 8, 40, 48, 9, 26, 12, 12, 6, 40]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "C7"

    s = wb.create_sheet("Summary")
    s["A1"] = "Summary of recommendations by priority and RAG – position at 28 February 2025"
    s["A1"].font = Font(bold=True, size=12)
    sh = ["Priority", "Implemented", "On track", "Revised date agreed", "Overdue", "Total"]
    for i, h in enumerate(sh, 1):
        s.cell(row=3, column=i, value=h)
    style_row(s, 3, 6, bold=True, bg=GREY)
    rows = [("High", 0, 1, 1, 1), ("Medium", 2, 1, 2, 0), ("Low", 1, 0, 0, 0)]
    rr = 4
    for p, b, g, a, red in rows:
        s.cell(row=rr, column=1, value=p)
        for j, v in enumerate([b, g, a, red], 2):
            s.cell(row=rr, column=j, value=v)
        s.cell(row=rr, column=6, value=f"=SUM(B{rr}:E{rr})")
        style_row(s, rr, 6)
        rr += 1
    s.cell(row=rr, column=1, value="Total")
    for j in range(2, 7):
        col = get_column_letter(j)
        s.cell(row=rr, column=j, value=f"=SUM({col}4:{col}{rr - 1})")
    style_row(s, rr, 6, bold=True)
    for i, w in enumerate([14, 13, 11, 20, 10, 8], 1):
        s.column_dimensions[get_column_letter(i)].width = w

    k = wb.create_sheet("Priority definitions")
    k["A1"] = "Recommendation priority definitions"
    k["A1"].font = Font(bold=True)
    defs = [("High", "Fundamental control weakness requiring urgent management attention."),
            ("Medium", "Important control weakness which should be addressed within a reasonable timescale."),
            ("Low", "Minor weakness or opportunity to improve efficiency or good practice.")]
    for i, (p, t) in enumerate(defs, 3):
        k.cell(row=i, column=1, value=p)
        k.cell(row=i, column=2, value=t)
    k.column_dimensions["B"].width = 80
    wb.save(os.path.join(HERE, "ke2-erewash-bc-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. West Northamptonshire ASC CQC assessment improvement plan (xlsx, read)
# ---------------------------------------------------------------------------
def west_northants():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "West Northamptonshire Council – Adult Social Care Improvement Plan 2025-26"
    cv["A1"].font = Font(bold=True, size=16)
    cv["A2"] = "Our response to the CQC Local Authority Assessment of adult social care"
    cv["A2"].font = Font(italic=True)
    cv["A4"] = "Document control"
    cv["A4"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Change"),
          ("0.4", "20/01/2025", "ASC Improvement Lead", "Draft for DASS review"),
          ("1.0", "11/02/2025", "ASC Improvement Lead", "Approved by Adults Improvement Board"),
          ("1.2", "13/05/2025", "ASC Improvement Lead", "May 2025 progress update")]
    for i, row in enumerate(dc, 5):
        for j, v in enumerate(row, 1):
            cv.cell(row=i, column=j, value=v)
        style_row(cv, i, 4, bold=(i == 5), bg=GREY if i == 5 else None)
    cv["A10"] = "RAG key"
    cv["A10"].font = Font(bold=True)
    rk = [("B", BLUE, "Complete"), ("G", GREEN, "On track"),
          ("A", AMBER, "Some slippage – recoverable"), ("R", RED, "Off track / at risk")]
    for i, (l, col, t) in enumerate(rk, 11):
        cv.cell(row=i, column=1, value=l).fill = fill(col)
        cv.cell(row=i, column=2, value=t)
    cv["A16"] = "The plan is grouped under the four CQC assessment themes. Previous RAG is the rating reported to the Adults Improvement Board in February 2025."
    cv["A16"].font = Font(size=9)
    for i, w in enumerate([14, 30, 26, 40], 1):
        cv.column_dimensions[get_column_letter(i)].width = w

    ws = wb.create_sheet("Improvement Plan")
    ncol = 8
    ws["A1"] = "West Northamptonshire Council – Adult Social Care Improvement Plan 2025-26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress update for the Adults Improvement Board – May 2025"
    hdr = ["Ref", "CQC area for improvement", "Action", "Lead", "Due date",
           "Previous RAG", "Current RAG", "Progress update (May 2025)"]
    HR = 4
    for i, h in enumerate(hdr, 1):
        ws.cell(row=HR, column=i, value=h)
    style_row(ws, HR, ncol, bold=True, bg=NAVY, color="FFFFFF")
    ragfill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    def due_cell(c, v):
        c.value = v
        if isinstance(v, dt.datetime):
            c.number_format = "mmm-yy" if v.day == 1 else "dd/mm/yyyy"

    plan = [
        ("Theme 1: Working with people", [
            ("Waiting times for Care Act assessments and reviews were too long, and people did not always receive updates while they waited.", [
                ("1.1", "Introduce a single waiting list triage tool across all locality teams, with a RAG-rated risk review of everyone waiting over 28 days.",
                 "Head of Adult Social Care Operations", d(2025, 6, 1), "A", "G",
                 "Tool live in North and South locality teams; Central go-live 2 June."),
                ("1.2", "Commission additional assessment capacity from an independent social work provider to clear the backlog of overdue annual reviews.",
                 "Head of Adult Social Care Operations / Commissioning Manager", "Sept 2025", "R", "A",
                 "Provider appointed April 2025. Backlog reduced from 2,310 to 1,870 reviews."),
                ("1.3", "Send a 'keeping in touch' letter with a named contact to everyone waiting for an assessment, and review the letter with the Co-production Board.",
                 "Customer Experience Manager", d(2025, 3, 31), "G", "B",
                 "Letters issued from March 2025. Wording agreed with the Co-production Board."),
            ]),
            ("Carers did not always know about, or receive, a carer's assessment.", [
                ("1.4", "Refresh the carers' offer with Northamptonshire Carers and relaunch the carer's assessment pathway, including an online self-assessment.",
                 "Commissioning Manager (Carers & Prevention)", "Q3 2025/26", "A", "A",
                 "Online self-assessment in testing. Relaunch delayed to align with Carers Week."),
            ]),
        ]),
        ("Theme 2: Providing support", [
            ("There was a shortage of nursing care and specialist dementia provision, and too many people were placed out of area.", [
                ("2.1", "Publish an updated Market Position Statement setting out commissioning intentions for nursing and dementia care.",
                 "AD Commissioning & Performance", d(2025, 7, 1), "G", "G",
                 "Draft shared with providers at the April market engagement event."),
                ("2.2", "Agree a joint dementia nursing capacity plan with the ICB, with progress reported to the Health and Wellbeing Board.",
                 "AD Commissioning & Performance; ICB Director of Strategic Commissioning", "March 2026", None, "G",
                 "New action added February 2025. First joint workshop held 8 May."),
            ]),
        ]),
        ("Theme 3: Ensuring safety within the system", [
            ("Safeguarding enquiries were not always completed in a timely way, and the MASH had a backlog of concerns awaiting a decision.", [
                ("3.1", "Hold a daily safeguarding triage huddle in the MASH and monitor all concerns awaiting a decision for more than 48 hours.",
                 "Head of Safeguarding (Adults)", "Ongoing", "A", "G",
                 "Huddle in place since January. Concerns over 48 hours down from 96 to 11."),
                ("3.2", "Deliver Section 42 enquiry training for all social workers and team managers, and audit a sample of 40 enquiries each quarter.",
                 "Principal Social Worker", d(2025, 12, 1), "R", "R",
                 "Training provider withdrew; re-procurement under way. Q4 audit completed (38 cases)."),
            ]),
        ]),
        ("Theme 4: Leadership", [
            ("Performance information was not used consistently to understand outcomes and drive improvement.", [
                ("4.1", "Launch a monthly adult social care performance scorecard, including equality data, for review at the Adults Improvement Board.",
                 "Head of Performance & Intelligence", "End of May 2025", "A", "B",
                 "Scorecard launched April 2025 and reviewed at the May Board."),
            ]),
        ]),
    ]
    r = HR + 1
    for theme, afis in plan:
        ws.cell(row=r, column=1, value=theme)
        ws.merge_cells(start_row=r, end_row=r, start_column=1, end_column=ncol)
        style_row(ws, r, ncol, bold=True, bg="BDD7EE")
        r += 1
        for afi, acts in afis:
            start = r
            for ref, act, lead, due, prev, cur, prog in acts:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=3, value=act)
                ws.cell(row=r, column=4, value=lead)
                due_cell(ws.cell(row=r, column=5), due)
                ws.cell(row=r, column=6, value=prev)
                ws.cell(row=r, column=7, value=cur)
                ws.cell(row=r, column=8, value=prog)
                style_row(ws, r, ncol)
                if prev:
                    ws.cell(row=r, column=6).fill = fill(ragfill[prev])
                ws.cell(row=r, column=7).fill = fill(ragfill[cur])
                r += 1
            ws.cell(row=start, column=2, value=afi)
            if r - 1 > start:
                ws.merge_cells(start_row=start, end_row=r - 1, start_column=2, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Summary of current RAG")
    ws.cell(row=r, column=1).font = Font(bold=True)
    for i, (lab, n) in enumerate([("Blue (complete)", 2), ("Green", 4), ("Amber", 2), ("Red", 1), ("Total actions", 9)], 1):
        ws.cell(row=r + i, column=1, value=lab)
        ws.cell(row=r + i, column=3, value=n)
    for i, w in enumerate([22, 38, 50, 30, 12, 10, 10, 42], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(HERE, "ke2-west-northamptonshire-council-asc-cqc-assessment-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Police Scotland HMICS frontline focus wellbeing plan (xlsx, refuse)
# ---------------------------------------------------------------------------
def police_scotland():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ncol = 6
    ws["A1"] = "Police Scotland – HMICS Frontline Focus: Wellbeing – Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress update – Scottish Police Authority Policing Performance Committee, June 2025"
    ws["A3"] = "Status: Complete | On Track | At Risk | Off Track. Recommendations proposed for closure are subject to HMICS discharge."
    ws["A3"].font = Font(size=9, italic=True)
    hdr = ["Ref", "Improvement Action", "Action Owner", "Target Date", "Status", "Update"]
    HR = 5
    for i, h in enumerate(hdr, 1):
        ws.cell(row=HR, column=i, value=h)
    style_row(ws, HR, ncol, bold=True, bg="002060", color="FFFFFF")
    plan = [
        ("Recommendation 1", "Police Scotland should develop a wellbeing strategy that sets out clear outcomes and is informed by the views of officers and staff.", [
            ("1.1", "Refresh the Your Wellbeing Matters strategy through engagement events in each division and with staff associations.",
             "Head of Wellbeing", "March 2025", "Complete", "Strategy approved by the Strategic Leadership Board, March 2025."),
            ("1.2", "Publish an outcomes framework and annual wellbeing report to the SPA People Committee.",
             "Head of Wellbeing / Head of People Analytics", "September 2025", "On Track", "Framework drafted; first report scheduled for the September People Committee."),
        ]),
        ("Recommendation 2", "Police Scotland should ensure that line managers have the training and time to support the wellbeing of their teams.", [
            ("2.1", "Include wellbeing conversations in the sergeant and inspector development programmes.",
             "Head of Leadership, Training & Development", "December 2025", "On Track", "Content written; pilot with West Command cohort in October."),
            ("2.2", "Introduce protected time for quarterly one-to-one wellbeing conversations for all frontline officers.",
             "ACC Local Policing (North)", "June 2025", "At Risk", "Roster pressures in summer abstraction period."),
        ]),
        ("Recommendation 3", "Police Scotland should review access to occupational health and trauma support for frontline officers and staff.", [
            ("3.1", "Complete a review of the occupational health contract and waiting times for trauma risk management (TRiM) referrals.",
             "Head of Health & Safety", "Agust 2025", "On Track", "Review under way; benchmarking with other UK forces."),
        ]),
        ("Area for Development 1", "Police Scotland should improve the quality and availability of wellbeing data.", [
            ("AFD1.1", "Add wellbeing indicators to the divisional performance dashboards.",
             "Head of People Analytics", "November 2025", "On Track", "Indicators agreed with local policing commanders."),
        ]),
        ("Recommendation 4", "Police Scotland should ensure that facilities at frontline stations support the wellbeing of officers and staff.", [
            ("4.1", "Carry out a condition survey of rest and refreshment facilities at all 24/7 stations.",
             "Director of Estates", "January 2026", "On Track", "62 of 118 stations surveyed."),
            ("4.2", "Prioritise improvements to facilities in the estates capital programme for 2026/27.",
             "Director of Estates; Chief Financial Officer", "March 2026", "Off Track", "Capital programme not yet settled; dependent on SPA budget decision."),
        ]),
    ]
    r = HR + 1
    rows = {}
    for label, rec, acts in plan:
        ws.cell(row=r, column=1, value=label)
        ws.cell(row=r, column=2, value=rec)
        ws.merge_cells(start_row=r, end_row=r, start_column=2, end_column=ncol)
        style_row(ws, r, ncol, bold=True, bg="DDEBF7")
        r += 1
        for ref, act, owner, date, status, upd in acts:
            for j, v in enumerate([ref, act, owner, date, status, upd], 1):
                ws.cell(row=r, column=j, value=v)
            style_row(ws, r, ncol)
            rows[ref] = r
            r += 1
    for i, w in enumerate([22, 55, 30, 16, 12, 45], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    c = wb.create_sheet("Closed")
    c["A1"] = "Closed recommendations (discharged by HMICS)"
    c["A2"] = "None at this update."
    wb.save(os.path.join(HERE, "ke2-police-scotland-hmics-frontline-focus-wellbeing-improvement-plan-typo-month-refuse.xlsx"))
    return rows


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


def set_cell(cell, text, bold=False, size=9):
    """Put text in a cell; inner \n become separate paragraphs."""
    parts = text.split("\n")
    cell.paragraphs[0].text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    run.font.size = Pt(size)
    for part in parts[1:]:
        p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. East Cambridgeshire DC corporate peer challenge action plan (docx, read)
# ---------------------------------------------------------------------------
def east_cambs():
    doc = Document()
    doc.add_paragraph("East Cambridgeshire District Council").runs[0].bold = True
    doc.add_heading("LGA Corporate Peer Challenge – Action Plan", level=0)
    doc.add_paragraph(
        "The Local Government Association carried out a Corporate Peer Challenge at the council "
        "from 8 to 11 October 2024. The peer team's report made four recommendations. This action "
        "plan sets out how the council will respond, and will be reviewed by the peer team at the "
        "progress review in summer 2025.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Status"),
                             ("1.0", "27 January 2025", "Approved by Operational Services Committee"),
                             ("1.1", "16 June 2025", "Progress update for Corporate Management Team"),
                             ("Owner", "Chief Executive", "")]):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph()
    kp = doc.add_paragraph()
    kp.add_run("Status key: ").bold = True
    kp.add_run("Complete = action delivered; On track = progressing to timescale; "
               "At risk = some slippage (amber); Off track = will not meet timescale (red); "
               "Not started = due to start later in the plan.")

    recs = [
        ("Recommendation 1: Set out a clear, shared vision for East Cambridgeshire beyond 2027 that members and staff can articulate, and align the Corporate Plan and Medium Term Financial Strategy to it.", [
            ("1.1", "Hold all-member workshops to shape the vision and priorities, informed by the 2024 residents' survey.",
             "Chief Executive", "March 2025", "Three workshops held January–March 2025; 26 of 28 members attended at least one.", "Complete"),
            ("1.2", "Publish a refreshed Corporate Plan 2025–2027 with a delivery plan and key performance indicators.",
             "Director Operations / Performance Manager", "July 2025", "Draft plan to Full Council on 10 July 2025.", "On track"),
        ]),
        ("Recommendation 2: Strengthen the council's financial resilience by developing a credible plan to close the budget gap from 2026/27 onwards.", [
            ("2.1", "Develop a savings and income programme with clear business cases, reported quarterly to Finance & Assets Committee.",
             "Director Finance", "Q3 2025/26", "Twelve proposals identified; business cases for four are behind schedule.", "At risk"),
            ("2.2", "Commission an independent review of the East Cambs Trading Company business plan and dividend assumptions.",
             "Director Finance", "September 2025", "Scope being agreed with the company board.", "Not started"),
            ("2.3", "Refresh the Medium Term Financial Strategy to cover a five-year period, including scenario planning for local government reorganisation.",
             "Director Finance", "February 2026", "Scenario modelling started with the county-wide finance group.", "On track"),
        ]),
        ("Recommendation 3: Prepare proactively for local government reorganisation, working with Cambridgeshire partners while protecting service delivery.", [
            ("3.1", "Establish an LGR programme board with dedicated programme management capacity.",
             "Chief Executive", "April 2025", "Programme board meeting fortnightly since April 2025; programme manager in post.", "Complete"),
            ("3.2", "Agree a member and staff communications plan for LGR, with monthly staff briefings.",
             "Communications Manager; HR Manager", "Monthly", "Plan agreed; staff briefings held in April, May and June.", "On track"),
        ]),
        ("Recommendation 4: Invest in organisational development so that the council has the capacity and skills to deliver its ambitions.", [
            ("4.1", "Complete a workforce strategy, including succession planning for key roles and a refreshed apprenticeship offer.",
             "HR Manager", "December 2025", "Workforce data analysis complete; staff survey closes in July.", "On track"),
            ("4.2", "Introduce a management development programme for all team leaders and managers.",
             "HR Manager", "By 31 January 2026", "Procurement of provider delayed by LGR priorities.", "At risk"),
            ("4.3", "Review the member development programme with the Member Development Panel, including training on scrutiny and financial literacy.",
             "Democratic Services Manager", "Ongoing", "Financial literacy session delivered May 2025; scrutiny training booked for September.", "On track"),
        ]),
    ]
    hdr = ["Ref", "Action", "Lead officer", "Timescale", "Progress update (June 2025)", "Status"]
    for rec, acts in recs:
        doc.add_heading(rec, level=2)
        t = doc.add_table(rows=1 + len(acts), cols=len(hdr))
        t.style = "Table Grid"
        for j, h in enumerate(hdr):
            set_cell(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "D9E2F3")
        for i, a in enumerate(acts, 1):
            for j, v in enumerate(a):
                set_cell(t.cell(i, j), v)
        doc.add_paragraph()
    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), "Chief Executive", bold=True)
    set_cell(t.cell(0, 1), "Signed – 27 January 2025")
    set_cell(t.cell(1, 0), "Leader of the Council", bold=True)
    set_cell(t.cell(1, 1), "Signed – 27 January 2025")
    doc.save(os.path.join(HERE, "ke2-east-cambridgeshire-dc-corporate-peer-challenge-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Amgueddfa Cymru Audit Wales governance review organisational response (docx, read)
# ---------------------------------------------------------------------------
def amgueddfa():
    doc = Document()
    doc.add_heading("Amgueddfa Cymru – Museum Wales: Audit Wales Review of Governance Arrangements – Organisational Response", level=0)
    doc.add_paragraph("Progress update for the Audit and Risk Assurance Committee, September 2025")
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Report title", "Review of Governance Arrangements – Amgueddfa Cymru"),
                                ("Completion date", "January 2025"),
                                ("Document reference", "4621A2025")]):
        set_cell(t.cell(i, 0), a, bold=True)
        set_cell(t.cell(i, 1), b)
    doc.add_paragraph()
    kp = doc.add_paragraph()
    kp.add_run("Status: ").bold = True
    kp.add_run("Green – on track; Amber – minor slippage; Red – significant slippage; Complete – action implemented.")

    hdr = ["Ref", "Recommendation",
           "Organisational response\n(Please set out here relevant commentary on the planned actions in response to the recommendations)",
           "Completion date for planned actions", "Responsible officer (title)",
           "Progress at September 2025", "Status"]
    sections = [
        ("Board and governance", [
            ("R1", "The Board of Trustees should review its Standing Orders and scheme of delegation to clarify the respective roles of the President, the Board and the Chief Executive.", [
                ("The Board will commission an external review of the Charter, Statutes and Standing Orders, and adopt a revised scheme of delegation.",
                 "March 2025", "Board Secretary", "Revised Standing Orders and scheme of delegation adopted by the Board on 20 March 2025.", "Complete"),
            ]),
            ("R2", "The Board should strengthen its arrangements for managing conflicts of interest and recording declarations.", [
                ("We will:\n• refresh the register of interests and publish it on our website;\n• add a standing item on declarations to every Board and committee agenda.",
                 "31 July 2025", "Board Secretary", "Register published June 2025. Standing item in place.", "Complete"),
            ]),
        ]),
        ("Relationship with Welsh Government", [
            ("R3", "Amgueddfa Cymru and the Welsh Government should agree a revised Framework Document and a shared understanding of funding expectations.", [
                ("Agree a revised Framework Document with Welsh Government sponsor officials.",
                 "December 2025", "Chief Executive", "Second draft with sponsor team; legal review outstanding.", "Amber"),
                ("Hold quarterly accountability meetings with the Welsh Government sponsor division, with agreed minutes.",
                 "Quarterly", "Chief Executive / Director of Finance and Corporate Resources", "Meetings held April and July 2025.", "Green"),
            ]),
        ]),
        ("Financial sustainability and risk", [
            ("R4", "Develop a medium-term financial plan that sets out how the organisation will address its projected deficit while protecting its collections and sites.", [
                ("Prepare a three-year financial plan for Board approval, supported by a savings programme and an options appraisal for the national collection stores.",
                 "September 2025 – March 2026", "Director of Finance and Corporate Resources", "Savings programme agreed; options appraisal delayed to November.", "Amber"),
            ]),
            ("R5", "Refresh the strategic risk register so that it reflects the organisation's most significant risks, including the condition of its estate.", [
                ("The Audit and Risk Assurance Committee will review a refreshed strategic risk register, including a specific risk on the National Museum Cardiff building, at each meeting.",
                 "Q1 2026-27", "Head of Governance and Risk", "Refreshed register reviewed in June and September 2025.", "Green"),
            ]),
        ]),
        ("Culture and people", [
            ("R6", "Act on the findings of the staff survey to rebuild trust between staff, senior leaders and the Board.", [
                ("Deliver a staff engagement action plan co-produced with the trade unions, and repeat the staff survey to measure progress.",
                 "June 2026", "Director of People / Head of Organisational Development", "Staff survey postponed pending the restructure consultation.", "Red"),
            ]),
        ]),
    ]
    nrows = 1
    for _, recs in sections:
        nrows += 1
        for _, _, acts in recs:
            nrows += len(acts)
    t = doc.add_table(rows=nrows, cols=len(hdr))
    t.style = "Table Grid"
    for j, h in enumerate(hdr):
        set_cell(t.cell(0, j), h, bold=True, size=8)
        shade(t.cell(0, j), "BFBFBF")
    r = 1
    for sec, recs in sections:
        m = t.cell(r, 0).merge(t.cell(r, len(hdr) - 1))
        set_cell(m, sec, bold=True)
        shade(m, "E2EFD9")
        r += 1
        for ref, rec, acts in recs:
            start = r
            for act, date, off, prog, status in acts:
                for j, v in enumerate([act, date, off, prog, status], 2):
                    set_cell(t.cell(r, j), v)
                r += 1
            if r - 1 > start:
                a = t.cell(start, 0).merge(t.cell(r - 1, 0))
                b = t.cell(start, 1).merge(t.cell(r - 1, 1))
            else:
                a, b = t.cell(start, 0), t.cell(start, 1)
            set_cell(a, ref, bold=True)
            set_cell(b, rec)
    doc.add_paragraph()
    doc.add_paragraph("Approved by the Board of Trustees: 20 March 2025. Progress is reported to each meeting of the Audit and Risk Assurance Committee.")
    doc.save(os.path.join(HERE, "ke2-amgueddfa-cymru-audit-wales-governance-review-organisational-response.docx"))


# ---------------------------------------------------------------------------
# 6. Castle Point BC strategic risk register (csv, read)
# ---------------------------------------------------------------------------
def castle_point():
    hdr = ["Risk", "Risk Description", "Risk Owner", "Current Score", "Target Score",
           "Action Ref", "Mitigating Action", "Action Owner", "Target Date", "Action Status"]
    n = len(hdr)
    pad = lambda first: [first] + [""] * (n - 1)
    rows = [
        pad("Castle Point Borough Council – Strategic Risk Register"),
        pad("Quarter 3 2025/26 – reported to Audit Committee, 21 January 2026"),
        pad("Action status key: G = on track; A = behind schedule but recoverable; R = off track; C = completed; blank = not yet started"),
        [""] * n,
        hdr,
        ["SR1 Financial Sustainability",
         "If the Council cannot identify sufficient savings and income to balance the budget over the medium term, then it may need to make unplanned service reductions or use reserves.",
         "Director of Resources (S151 Officer)", "16", "9", "SR1.1",
         "Deliver the 2026/27 budget savings programme:\n- review of discretionary fees and charges\n- procurement and contract savings\n- asset review",
         "Director of Resources (S151 Officer)", "28/02/2026", "G"],
        ["", "", "", "", "", "SR1.2",
         "Update the Medium Term Financial Strategy following the provisional local government finance settlement.",
         "Strategic Finance Manager", "31/01/2026", "C"],
        ["SR2 Housing Regulation and Landlord Compliance",
         "If the Council does not meet the Regulator of Social Housing consumer standards, then tenants may be at risk and the Council may face further regulatory action.",
         "Head of Housing & Communities", "20", "8", "SR2.1",
         "Complete the 2025/26 Tenant Satisfaction Measures survey and publish the results to tenants.",
         "Head of Housing & Communities", "Q4 2025/26", "G"],
        ["", "", "", "", "", "SR2.2",
         "Complete outstanding fire risk assessment remedial actions in sheltered housing schemes.",
         "Housing Compliance Manager", "31/03/2026", "A"],
        ["", "", "", "", "", "SR2.3",
         "Report landlord compliance performance (gas, electrical, fire, water, asbestos and lifts) to Cabinet.",
         "Head of Housing & Communities", "Quarterly", "G"],
        ["SR3 Local Government Reorganisation",
         "If the transition to new unitary arrangements in Greater Essex is not well managed, then service delivery, staff retention and financial control may be affected.",
         "Chief Executive", "16", "12", "SR3.1",
         "Contribute to the Greater Essex LGR business case and implementation planning workstreams.",
         "Chief Executive", "Ongoing", "G"],
        ["", "", "", "", "", "SR3.2",
         "Maintain a decision log and a staff retention plan for the transition period.",
         "Chief Executive / Head of HR", "30/06/2026", "A"],
        ["SR4 Cyber Security and ICT Resilience",
         "If the Council suffers a successful cyber attack, then systems and data may be unavailable for a prolonged period.",
         "Director of Resources (S151 Officer)", "15", "10", "SR4.1",
         "Achieve the Cyber Assessment Framework (CAF) baseline and close all high-risk findings from the 2025 penetration test.",
         "ICT Manager", "30/04/2026", "R"],
        ["", "", "", "", "", "SR4.2",
         "Run a cyber incident exercise with the Corporate Management Team and the Emergency Planning team.",
         "ICT Manager", "31/12/2025", "C"],
        ["SR5 Local Plan Delivery",
         "If the Castle Point Plan is not found sound at examination, then the Council will remain exposed to speculative development and appeals.",
         "Head of Planning Policy", "12", "6", "SR5.1",
         "Submit the Castle Point Plan for examination and respond to the Inspector's matters, issues and questions.",
         "Head of Planning Policy", "Mar-26", "G"],
        ["", "", "", "", "", "SR5.2",
         "Refresh the five-year housing land supply position statement.",
         "Planning Policy Manager", "30/09/2026", ""],
        [""] * n,
        pad("Report produced from the corporate risk management system on 07/01/2026. Scores are likelihood x impact (maximum 25)."),
    ]
    path = os.path.join(HERE, "ke2-castle-point-bc-strategic-risk-register-q3-2025-26.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Warwick DC RSH consumer standards housing improvement plan (txt, read)
# ---------------------------------------------------------------------------
def warwick():
    T = "\t"
    lines = [
        "Warwick District Council – Housing Improvement Plan",
        "Response to the Regulator of Social Housing regulatory judgement (C3), September 2024",
        "Progress report to the Housing Improvement Board – position at 31 July 2025",
        "",
        "RAG key: B = complete   G = on track   A = at risk of slipping   R = off track   (blank) = not started",
        "",
        T.join(["Ref", "Action", "Consumer standard", "Lead officer", "Due", "RAG", "Progress update"]),
        "WORKSTREAM 1: HEALTH AND SAFETY COMPLIANCE",
        T.join(["1.1", "Complete all overdue fire risk assessment remedial actions, prioritising high-risk actions in flats and sheltered schemes.",
                "Safety and Quality", "Building Safety Manager", "Jun 2025", "B",
                "All 1,612 overdue actions closed by 27 June 2025. New actions tracked weekly."]),
        T.join(["1.2", "Install and test carbon monoxide alarms in all homes with a fixed combustion appliance, and record certificates on the compliance system.",
                "Safety and Quality", "Building Safety Manager", "30/09/2025", "A",
                "3,420 of 3,905 homes done. No-access cases referred to tenancy team;"]),
        T * 6 + "legal action started for 14 properties.",
        T.join(["1.3", "Procure and implement a single landlord compliance database covering gas, electrical, fire, water, asbestos and lifts.",
                "Safety and Quality", "Head of Assets / ICT Services Manager", "Q3 2025/26", "G",
                "Contract awarded May 2025; data migration under way."]),
        "",
        "WORKSTREAM 2: STOCK CONDITION",
        T.join(["2.1", "Complete a 100% stock condition survey of council homes and validate the data through a 10% quality check.",
                "Safety and Quality", "Asset Manager", "March 2026", "G",
                "2,950 of 5,500 homes surveyed; quality check on first 1,000 passed."]),
        T.join(["2.2", "Produce a 30-year HRA asset management plan informed by the new stock condition data.",
                "Safety and Quality", "Head of Assets", "July 2026", "",
                "Starts once survey is 80% complete."]),
        "",
        "WORKSTREAM 3: REPAIRS",
        T.join(["3.1", "Introduce repairs performance reporting with validated data, reviewed monthly by the Housing Improvement Board.",
                "Safety and Quality", "Repairs Manager", "31 January 2025", "B",
                "Monthly dashboard in place since January 2025."]),
        T.join(["3.2", "Review the damp and mould policy and response times in line with Awaab's Law.",
                "Safety and Quality", "Repairs Manager / Tenancy Services Manager", "Oct 2025", "A",
                "Draft policy out for tenant consultation; IT changes needed for new timescales."]),
        "",
        "WORKSTREAM 4: COMPLAINTS AND TENANT VOICE",
        T.join(["4.1", "Implement the actions from the Housing Ombudsman Complaint Handling Code self-assessment and report complaint learning to tenants.",
                "Transparency, Influence and Accountability", "Customer Feedback Manager", "Ongoing", "G",
                "Quarterly 'You said, we did' report published."]),
        T.join(["4.2", "Establish a Tenant Scrutiny Panel and agree its first review topic with tenants.",
                "Transparency, Influence and Accountability", "Tenant Engagement Officer", "Sept 2025", "R",
                "Only three tenants recruited so far; recruitment campaign relaunched."]),
        "",
        "Summary: 9 actions – B 2, G 3, A 2, R 1, not started 1",
    ]
    path = os.path.join(HERE, "ke2-warwick-dc-rsh-consumer-standards-housing-improvement-plan.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    erewash()
    west_northants()
    rows = police_scotland()
    print("police scotland action rows:", rows)
    east_cambs()
    amgueddfa()
    castle_point()
    warwick()
    print("done")
