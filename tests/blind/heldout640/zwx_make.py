"""Build the seven zwx- blind test files (set heldout640).

Run with /work/main/.venv/bin/python zwx_make.py  (writes next to this script).
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "teal": PatternFill("solid", fgColor="DDEBF7"),
}
HEX = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0"}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


def out(name):
    return os.path.join(HERE, name)


def put(ws, row, col, value, fill=None, bold=False, fmt=None, border=True, white=False):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if border:
        c.border = BOX
    if fill:
        c.fill = FILL[fill]
    if bold or white:
        c.font = Font(bold=bold, color="FFFFFF" if white else None)
    if fmt:
        c.number_format = fmt
    elif isinstance(value, dt.datetime):
        c.number_format = "dd/mm/yyyy"
    return c


def widths(ws, ws_widths):
    for letter, w in ws_widths.items():
        ws.column_dimensions[letter].width = w


# ---------------------------------------------------------------------------
# 1. Hampshire and the Solent CCA - strategic risk register (xlsx, 3 sheets)
# ---------------------------------------------------------------------------
def make_hampshire():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Hampshire and the Solent Combined County Authority – Strategic Risk Register 2025/26"
    cover["A1"].font = Font(bold=True, size=14)
    cover["A2"] = "Quarter 3 position (as at 31 December 2025)"
    cover["A3"] = "Report to: Audit and Governance Committee (shadow), 22 January 2026"
    cover["A5"] = "Document control"
    cover["A5"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Summary of changes"),
        ("0.1", d(2025, 7, 14), "Head of Governance and Assurance", "First draft following mobilisation workshop"),
        ("0.2", d(2025, 10, 6), "Head of Governance and Assurance", "Q2 refresh; SR05 added"),
        ("0.3", d(2026, 1, 7), "Head of Governance and Assurance", "Q3 refresh; SR01 actions updated for revised election timetable"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            put(cover, 6 + i, 1 + j, v, fill="grey" if i == 0 else None, bold=i == 0)
    cover["A11"] = ("This register records the strategic risks to the establishment of the Combined County "
                    "Authority. Further mitigating actions and their progress are set out on the "
                    "'Mitigating actions' sheet.")
    cover.merge_cells("A11:D11")
    cover["A11"].alignment = WRAP
    cover.row_dimensions[11].height = 45
    widths(cover, {"A": 12, "B": 14, "C": 36, "D": 60})

    summ = wb.create_sheet("Risk summary")
    summ["A1"] = "Strategic risk summary – Q3 2025/26"
    summ["A1"].font = Font(bold=True, size=12)
    hdr = ["Risk ref", "Risk title", "Risk owner", "Inherent score", "Residual score Q2",
           "Residual score Q3", "Direction of travel", "Target score"]
    for j, h in enumerate(hdr):
        put(summ, 3, 1 + j, h, fill="navy", bold=True, white=True)
    risks = [
        ("SR01", "Establishment timetable and statutory orders", "Interim Chief Executive", 20, 16, 16, "↔", 8),
        ("SR02", "Financial sustainability and funding certainty", "Interim Director of Finance (s73 Officer)", 16, 12, 12, "↔", 8),
        ("SR03", "Capacity and capability of the interim organisation", "Interim Chief Executive", 16, 12, 15, "↑", 6),
        ("SR04", "Transfer of Local Transport Authority functions", "Transport Transition Lead", 15, 10, 12, "↑", 6),
        ("SR05", "Information governance and cyber security", "Monitoring Officer (interim)", 12, 9, 6, "↓", 4),
    ]
    for i, r in enumerate(risks):
        for j, v in enumerate(r):
            put(summ, 4 + i, 1 + j, v)
    summ["A10"] = "Scores are likelihood (1–5) × impact (1–5). Target score is the score expected once further actions are complete."
    widths(summ, {"A": 9, "B": 44, "C": 36, "D": 10, "E": 11, "F": 11, "G": 11, "H": 9})

    key = wb.create_sheet("Key")
    key["A1"] = "Action status key (Q2 and Q3 columns are shaded)"
    key["A1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([
        ("green", "On track to deliver by target date"),
        ("amber", "Some slippage – recoverable within the quarter"),
        ("red", "Off track – target date missed or will be missed"),
        ("blue", "Complete – action delivered"),
    ]):
        put(key, 3 + i, 1, None, fill=col)
        put(key, 3 + i, 2, txt)
    key["A8"] = "Risk score bands: 1–5 low; 6–11 medium; 12–25 high."
    widths(key, {"A": 8, "B": 52})

    ws = wb.create_sheet("Mitigating actions")
    ws["A1"] = "Strategic Risk Register 2025/26 – further mitigating actions"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Position at 31 December 2025 (Q3). Status columns are shaded – see Key."
    hdr = ["Action ref", "Further mitigating action", "Action owner", "Original target date",
           "Revised target date", "Q2 status", "Q3 status", "Progress commentary (Q3)"]
    for j, h in enumerate(hdr):
        put(ws, 4, 1 + j, h, fill="navy", bold=True, white=True)
    data = [
        ("SR01 – Establishment timetable and statutory orders", [
            ("SR01.1", "Agree the establishment implementation plan with MHCLG and the four upper-tier constituent councils, including dependencies on the Statutory Instrument laying date.",
             "Interim Chief Executive", d(2025, 9, 30), d(2025, 10, 31), "amber", "blue",
             "Plan agreed at Leaders' Board 24 October 2025."),
            ("SR01.2", "Put in place interim governance (constitution, scheme of delegation, contract procedure rules) for adoption at the inaugural meeting.",
             "Monitoring Officer (interim)", "Feb-26", None, "green", "green",
             "Draft constitution with constituent council Monitoring Officers for comment."),
            ("SR01.3", "Develop a revised mayoral election readiness plan with the Combined Authority Returning Officer following the change to the election date.",
             "Head of Governance and Assurance / Combined Authority Returning Officer", d(2025, 12, 31), d(2026, 3, 31), "green", "amber",
             "Awaiting confirmation of the revised election date from MHCLG."),
        ]),
        ("SR02 – Financial sustainability and funding certainty", [
            ("SR02.1", "Confirm the 2026/27 revenue budget and the capacity fund drawdown profile with the constituent councils' Section 151 Officers.",
             "Interim Director of Finance (s73 Officer)", "Jan-26", None, "green", "green",
             "Draft budget considered by s151 Officers' group 11 December 2025."),
            ("SR02.2", "Establish a Medium Term Financial Plan covering the first three years of the Integrated Settlement.",
             "Interim Director of Finance (s73 Officer)", "Q4 2025/26", None, "green", "amber",
             "Dependent on confirmation of the Integrated Settlement allocation."),
        ]),
        ("SR03 – Capacity and capability of the interim organisation", [
            ("SR03.1", "Recruit to the statutory officer posts (Head of Paid Service, s73 Officer, Monitoring Officer) on a permanent basis.",
             "Interim Chief Executive; HR Business Partner (Hampshire County Council)", d(2026, 3, 31), d(2026, 6, 30), "amber", "red",
             "Recruitment paused pending the election timetable; interim arrangements extended."),
            ("SR03.2", "Agree secondment and service level agreements for finance, legal, HR and ICT support from the constituent councils.",
             "Interim Chief Operating Officer", "Nov-25", None, "green", "blue",
             "SLAs signed by all four constituent councils."),
        ]),
        ("SR04 – Transfer of Local Transport Authority functions", [
            ("SR04.1", "Complete due diligence on bus service contracts, concessionary travel and Local Transport Plan responsibilities transferring from the constituent councils.",
             "Transport Transition Lead", "Dec-25", "Mar-26", "green", "amber",
             "Concessionary travel complete; bus contracts review extended."),
            ("SR04.2", "Agree a novation schedule for the Bus Service Improvement Plan grant agreements.",
             "Transport Transition Lead", "Ongoing", None, "green", "green",
             "Schedule reviewed monthly with DfT."),
        ]),
        ("SR05 – Information governance and cyber security", [
            ("SR05.1", "Appoint a Data Protection Officer and register the Authority with the Information Commissioner's Office.",
             "Monitoring Officer (interim)", d(2025, 10, 31), None, "green", "blue",
             "DPO appointed under SLA; ICO registration complete."),
            ("SR05.2", "Procure a Microsoft 365 tenancy and cyber security baseline (Cyber Essentials Plus) for the new organisation.",
             "ICT Lead (seconded, Portsmouth City Council)", d(2026, 4, 30), None, "green", "green",
             "Tenancy built; Cyber Essentials Plus assessment booked for March 2026."),
        ]),
    ]
    r = 5
    for heading, acts in data:
        ws.cell(row=r, column=1, value=heading).font = Font(bold=True)
        for j in range(1, 9):
            ws.cell(row=r, column=j).fill = FILL["grey"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for ref, act, owner, orig, rev, q2, q3, note in acts:
            put(ws, r, 1, ref)
            put(ws, r, 2, act)
            put(ws, r, 3, owner)
            put(ws, r, 4, orig)
            put(ws, r, 5, rev)
            put(ws, r, 6, None, fill=q2)
            put(ws, r, 7, None, fill=q3)
            put(ws, r, 8, note)
            r += 1
    widths(ws, {"A": 9, "B": 60, "C": 32, "D": 13, "E": 13, "F": 9, "G": 9, "H": 48})
    ws.freeze_panes = "A5"
    wb.active = 3
    wb.save(out("zwx-hampshire-and-the-solent-cca-strategic-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. South Downs NPA - ICO data protection audit action plan (docx)
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_text(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    run = p.add_run(lines[0])
    run.bold = bold
    for line in lines[1:]:
        p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold


def make_south_downs():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("South Downs National Park Authority")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading("Information Commissioner's Office Data Protection Audit – Management Action Plan", level=0)

    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Document owner", "Data Protection Officer"),
        ("Version", "1.3"),
        ("Date", "3 November 2025"),
        ("Reported to", "Policy and Resources Committee, 20 November 2025"),
        ("Next review", "Quarterly until all actions are closed"),
    ]):
        set_text(t.cell(i, 0), k, bold=True)
        set_text(t.cell(i, 1), v)
    doc.add_paragraph()
    doc.add_paragraph(
        "The ICO carried out a consensual audit of the Authority in May 2025 covering three scope areas: "
        "Governance & Accountability, Records Management and Data Sharing. The overall assurance rating was "
        "Reasonable. The ICO made recommendations in each scope area; the Authority's agreed actions, owners "
        "and target dates are set out below, with progress reported to the end of October 2025.")

    doc.add_paragraph().add_run("RAG key").bold = True
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (col, letter, txt) in enumerate([
        ("blue", "B", "Complete"),
        ("green", "G", "On track"),
        ("amber", "A", "At risk of delay"),
        ("red", "R", "Overdue"),
    ]):
        set_text(k.cell(i, 0), letter, bold=True)
        shade(k.cell(i, 0), HEX[col])
        set_text(k.cell(i, 1), txt)
    doc.add_paragraph()

    hdr = ["Ref", "ICO recommendation", "Priority", "Agreed action", "Owner", "Target date", "RAG", "Progress (Oct 2025)"]
    sections = [
        ("1. Governance & Accountability", [
            ("A1", "The Authority should ensure that the Data Protection Officer has sufficient time and resources to carry out the tasks set out in Article 39 of the UK GDPR, and that this is documented in a job description.", "High", [
                ("Revise the DPO job description and agree a protected allocation of 0.5 FTE; report DPO capacity annually to the Senior Leadership Team.",
                 "Director of Corporate Services", "31/12/2025", "G", "green", "Job description revised; allocation agreed by SLT 14 October."),
            ]),
            ("A2", "The Authority should complete and maintain a Record of Processing Activities (ROPA) in line with Article 30, covering all directorates.", "Urgent", [
                ("Complete ROPA workshops with each directorate and publish a single ROPA on the intranet.",
                 "Information Governance Officer", "September 2025", "B", "blue", "ROPA published 26 September 2025."),
            ]),
            ("A3", "The Authority should introduce a structured programme of data protection training, including role-based training for staff handling special category data.", "Medium", [
                ("Move mandatory data protection e-learning onto the new learning management system with annual refresh and completion reporting to SLT.",
                 "HR Manager / Information Governance Officer", "March 2026", "A", "amber", "LMS go-live moved to February 2026."),
                ("Deliver role-based training to planning enforcement officers and volunteer ranger coordinators.",
                 "Information Governance Officer", "Q4 2025/26", "G", "green", "Sessions booked for January and February."),
            ]),
        ]),
        ("2. Records Management", [
            ("B1", "The Authority should review and approve its retention schedule and ensure it is applied to both paper and electronic records.", "High", [
                ("Refresh the corporate retention schedule and agree disposal routines for SharePoint sites and the planning document management system.",
                 "Head of Digital and Data", "31/01/2026", "A", "amber", "Schedule drafted; SharePoint disposal routines need supplier support."),
            ]),
            ("B2", "The Authority should carry out and document regular checks of off-site paper records held at its depots.", "Low", [
                ("Introduce six-monthly checks of archived records stores with a signed checklist held by the Facilities team.",
                 "Facilities Manager", "Six-monthly", "G", "green", "First check completed at Stanmer Park depot, October 2025."),
            ]),
        ]),
        ("3. Data Sharing", [
            ("C1", "The Authority should put in place data sharing agreements with partners with whom it shares personal data on a regular basis, including host local planning authorities.", "High", [
                ("Agree a template data sharing agreement and sign agreements with the host authorities for planning casework.",
                 "Director of Planning; Information Governance Officer", "28/02/2026", "A", "amber", "Target revised from 30/11/2025 – awaiting legal sign-off from two host authorities."),
            ]),
            ("C2", "The Authority should ensure that privacy information provided to volunteers and event participants is complete and easily accessible.", "Medium", [
                ("Publish updated privacy notices for volunteers, events and the South Downs Centre booking system.",
                 "Communications and Engagement Manager", "31/08/2025", "R", "red", "Volunteer notice published; events notice delayed by website migration."),
            ]),
        ]),
    ]
    for title, recs in sections:
        doc.add_heading(title, level=2)
        nrows = 1 + sum(len(a) for _, _, _, a in recs)
        t = doc.add_table(rows=nrows, cols=len(hdr))
        t.style = "Table Grid"
        for j, h in enumerate(hdr):
            set_text(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "D9D9D9")
        ri = 1
        for ref, rec, prio, acts in recs:
            first = ri
            set_text(t.cell(ri, 0), ref)
            set_text(t.cell(ri, 1), rec)
            set_text(t.cell(ri, 2), prio)
            for act, owner, date, letter, col, prog in acts:
                set_text(t.cell(ri, 3), act)
                set_text(t.cell(ri, 4), owner)
                set_text(t.cell(ri, 5), date)
                set_text(t.cell(ri, 6), letter, bold=True)
                shade(t.cell(ri, 6), HEX[col])
                set_text(t.cell(ri, 7), prog)
                ri += 1
            if ri - first > 1:
                for j in range(3):
                    a = t.cell(first, j)
                    a.merge(t.cell(ri - 1, j))
        doc.add_paragraph()
    doc.add_paragraph("Progress against this plan will be shared with the ICO at the follow-up review in early 2026.")
    doc.save(out("zwx-south-downs-npa-ico-data-protection-audit-action-plan.docx"))


# ---------------------------------------------------------------------------
# 3. AJ Bell - FCA Consumer Duty board report action tracker (xlsx, REFUSE)
# ---------------------------------------------------------------------------
def make_aj_bell():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "AJ Bell – Consumer Duty Annual Board Assessment 2025"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Action tracker – position at 28 November 2025"
    s["A3"] = "Prepared for: Board Risk Committee, 9 December 2025"
    for j, h in enumerate(["Status", "Number of actions"]):
        put(s, 5, 1 + j, h, fill="navy", bold=True, white=True)
    for i, (lab, n, col) in enumerate([
        ("Closed", 2, "blue"), ("On track", 4, "green"), ("At risk", 1, "amber"), ("Off track", 1, "red"),
    ]):
        put(s, 6 + i, 1, lab, fill=col)
        put(s, 6 + i, 2, n)
    put(s, 10, 1, "Total", bold=True)
    put(s, 10, 2, 8, bold=True)
    s["A12"] = "Actions arise from the Consumer Duty annual assessment approved by the Board on 23 July 2025."
    widths(s, {"A": 22, "B": 20})

    ws = wb.create_sheet("Action tracker")
    ws["A1"] = "Consumer Duty – Board Report 2025 Action Tracker"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = ("RAG key: Green = on track | Amber = at risk of missing due date | Red = off track | "
                "Blue = closed (evidence accepted by Compliance)")
    hdr = ["Ref", "Outcome", "Finding from 2025 Board assessment", "Action", "Accountable owner",
           "Original due date", "Revised due date", "RAG", "Update"]
    for j, h in enumerate(hdr):
        put(ws, 4, 1 + j, h, fill="navy", bold=True, white=True)
    f_tma = "Target market assessments for legacy SIPP and ISA products were not refreshed within the 12-month review cycle."
    f_dist = "Distribution arrangements with adviser firms do not yet include periodic MI on customers outside the target market."
    f_fv = "The fair value assessment did not evidence how retained cash interest is weighed against the services provided."
    f_cu = "Testing of key customer communications is limited to a small number of documents."
    f_vul = "Customers in vulnerable circumstances are not consistently flagged across contact channels."
    f_mi = "Outcome MI presented to the Board does not yet break results down by customer group, including vulnerable customers."
    rows = [
        ("CD-01", "Products and services", f_tma,
         "Complete refreshed target market assessments for all legacy products and record outcomes in the product governance register.",
         "Head of Product Governance", d(2025, 9, 30), d(2025, 12, 31), "Blue", "blue", "All 14 assessments approved at PGC 18 November."),
        ("CD-02", "Products and services", f_dist,
         "Agree an MI pack with adviser firms covering sales outside the target market, with quarterly review at the Product Governance Committee.",
         "Managing Director, Advised", d(2025, 12, 31), "Febuary 2026", "Amber", "amber", "Pilot with three adviser firms; data fields still being agreed."),
        ("CD-03", "Price and value", f_fv,
         "Update the fair value methodology to include explicit analysis of retained interest margins by product and balance band.",
         "Chief Financial Officer; Head of Pricing", d(2025, 10, 31), None, "Blue", "blue", "Methodology approved by Pricing Committee."),
        ("CD-04", "Price and value", f_fv,
         "Present the updated fair value assessment to the Board for approval.",
         "Chief Financial Officer", d(2026, 3, 31), None, "Green", "green", "Scheduled for March Board."),
        ("CD-05", "Consumer understanding", f_cu,
         "Extend comprehension testing to drawdown risk warnings and annual statements, using an external research panel.",
         "Customer Experience Director", d(2025, 11, 30), d(2026, 3, 31), "Red", "red", "Research supplier procurement delayed."),
        ("CD-06", "Consumer support", f_vul,
         "Deploy a single vulnerability flag across telephony, email and secure messaging with mandatory recording guidance.",
         "Head of Customer Services", d(2026, 1, 31), None, "Green", "green", "Build complete; user testing in December."),
        ("CD-07", "Consumer support", f_vul,
         "Deliver refresher training on identifying vulnerability to all customer-facing staff.",
         "Head of Customer Services / L&D Manager", d(2025, 12, 31), None, "Green", "green", "82% of staff trained at 28 November."),
        ("CD-08", "Governance and culture", f_mi,
         "Redesign the Consumer Duty dashboard to show outcomes for vulnerable and non-vulnerable customers side by side.",
         "Chief Risk Officer", d(2026, 3, 31), None, "Green", "green", "Prototype reviewed by Consumer Duty Champion."),
    ]
    r0 = 5
    for i, (ref, outc, find, act, owner, orig, rev, rag, col, upd) in enumerate(rows):
        r = r0 + i
        for j, v in enumerate([ref, outc, find, act, owner, orig, rev]):
            put(ws, r, 1 + j, v)
        put(ws, r, 8, rag, fill=col)
        put(ws, r, 9, upd)
    # merge repeated outcome / finding cells vertically (values kept in top cell only)
    def merge_runs(col):
        start = r0
        for i in range(1, len(rows) + 1):
            r = r0 + i
            same = i < len(rows) and ws.cell(r, col).value == ws.cell(start, col).value
            if not same:
                if r - 1 > start:
                    for rr in range(start + 1, r):
                        ws.cell(rr, col).value = None
                    ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
                start = r
    merge_runs(2)
    merge_runs(3)
    widths(ws, {"A": 8, "B": 18, "C": 42, "D": 52, "E": 28, "F": 12, "G": 14, "H": 8, "I": 40})
    ws.freeze_panes = "A5"
    wb.save(out("zwx-aj-bell-fca-consumer-duty-board-report-action-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 4. Crediton Town Council - action log (csv)
# ---------------------------------------------------------------------------
def make_crediton():
    rows = [
        ["Crediton Town Council – Action Log 2025/26", "", "", "", "", "", ""],
        ["Updated by the Town Clerk: 8 January 2026", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Minute ref", "Meeting", "Action", "Responsible", "Deadline", "Status", "Notes"],
        ["FULL COUNCIL", "", "", "", "", "", ""],
        ["FC 25/041", "06/05/2025", "Write to Devon County Council requesting a review of the 20mph zone signage on High Street and Union Road.", "Town Clerk", "30/06/2025", "Closed", "Response received 14/07/25 and circulated to members."],
        ["FC 25/067", "03/06/2025", "Obtain three quotes for replacement of the Town Hall boiler and report back.", "Deputy Clerk", "Sept 2025", "Closed", "Quotes reported to FC 02/09/25; contract awarded."],
        ["FC 25/102", "02/09/2025", "Set up a working group to review the Council's Standing Orders and Financial Regulations against the 2025 NALC model documents.", "Cllr Fenwick & Town Clerk", "Feb-26", "In progress", "Working group met 2 Oct and 6 Nov; draft to FC in February."],
        ["FC 25/118", "07/10/2025", "Prepare the 2026/27 draft budget and precept options for the Finance Working Group.", "RFO", "Dec-25", "Closed", "Draft presented to Finance Working Group 09/12/25; precept to FC 13/01/26."],
        ["FC 25/131", "04/11/2025", "Investigate the cost of CCTV coverage for the Market Street car park and seek a contribution from Mid Devon District Council.", "Town Clerk", "TBC", "Open", "Awaiting meeting with MDDC Community Safety team."],
        ["PLANNING COMMITTEE", "", "", "", "", "", ""],
        ["PL 25/044", "15/07/2025", "Submit the Council's comments on the Mid Devon Local Plan Review consultation.", "Town Clerk", "29/08/2025", "Closed", "Submitted 27/08/25."],
        ["PL 25/071", "21/10/2025", "Request a site meeting with Devon County Highways about pedestrian safety at the Lords Meadow junction.", "Cllr Ashworth / Deputy Clerk", "End of January 2026", "In progress", "Highways officer contacted; date to be confirmed."],
        ["AMENITIES & ENVIRONMENT COMMITTEE", "", "", "", "", "", ""],
        ["AE 25/019", "10/06/2025", "Arrange the annual inspection of play equipment at Newcombes Meadow and Peoples Park and action any high-risk findings.", "Amenities Officer", "31/07/2025", "Closed", "RoSPA inspection 8 July; two items repaired."],
        ["AE 25/038", "09/09/2025", "Replace the damaged bench and litter bin at St Lawrence Green.", "Amenities Officer", "Nov-25", "In progress", "Bin installed; bench on order (supplier delay)."],
        ["AE 25/052", "11/11/2025", "Review the grounds maintenance contract specification ahead of retendering for April 2026.", "Deputy Clerk and Amenities Officer", "Ongoing", "Open", ""],
        ["", "", "", "", "", "", ""],
        ["Status key: Closed = complete; In progress = on track; Open = not yet started", "", "", "", "", "", ""],
    ]
    with open(out("zwx-crediton-town-council-action-log-2025-26.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 5. Wellcome Trust - ARC internal audit management actions (tab-separated txt)
# ---------------------------------------------------------------------------
def make_wellcome():
    gpa = "Grant Payments Assurance (IA 2024/25-04)"
    iam = "Cyber Security – Identity and Access Management (IA 2024/25-09)"
    isc = "Investment Operations – Trade Settlement Controls (IA 2025/26-02)"
    sfr = "Safeguarding in Funded Research (IA 2025/26-05)"
    f_sfr = "Safeguarding requirements are not consistently checked at award stage for research involving vulnerable participants."
    lines = [
        "Wellcome Trust – Internal Audit Management Actions Status Report",
        "Audit and Risk Committee, 4 March 2026 – Item 7b",
        "Extract from the audit management system, run 16/02/2026",
        "",
        "\t".join(["Ref", "Audit report", "Report date", "Rating", "Finding", "Management action",
                   "Action owner", "Due date", "Revised due date", "Status", "Latest update"]),
    ]
    rows = [
        ("GPA-01", gpa, "12/11/2024", "High", "Grant payment schedules are not consistently reconciled to the grants management system before release.",
         "Introduce a monthly reconciliation of scheduled payments to the grants management system, signed off by the Grants Finance Manager.",
         "Grants Finance Manager", "31/03/2025", "30/06/2025", "Complete", "Reconciliations evidenced for July to December 2025."),
        ("GPA-02", gpa, "12/11/2024", "Medium", "Changes to grantee bank details are not independently verified.",
         "Implement call-back verification for all bank detail changes and record evidence in the case file.",
         "Head of Grants Operations", "28/02/2025", "", "Complete", "Verified by Internal Audit follow-up, May 2025."),
        ("IAM-01", iam, "20/03/2025", "High", "Leaver accounts are not disabled promptly and some remained active more than 30 days after the leaving date.",
         "Automate account disablement from the HR system leaver feed.",
         "Director of Technology; Head of People Operations", "30/09/2025", "31/03/2026", "Amber", "Integration built; testing delayed by HR system upgrade."),
        ("IAM-02", iam, "20/03/2025", "High", "Privileged access is not reviewed periodically.",
         "Introduce quarterly privileged access reviews with results reported to the Technology Risk Forum.",
         "Head of Information Security", "31/07/2025", "", "Red", "First review completed January 2026; recurring schedule not yet in place."),
        ("IAM-03", iam, "20/03/2025", "Medium", "Multi-factor authentication exceptions are not recorded.",
         "Create and maintain an MFA exceptions register approved by the CISO.",
         "Head of Information Security", "30/06/2025", "", "Complete", "Register in place since June 2025."),
        ("ISC-01", isc, "15/07/2025", "Medium", "Manual overrides in the order management system are not independently reviewed.",
         "Introduce a weekly exception report of manual overrides reviewed by the Investment Operations Manager.",
         "Head of Investment Operations", "30/04/2026", "", "Green", "Report specification agreed with vendor."),
        ("ISC-02", isc, "15/07/2025", "Low", "Settlement procedure notes have not been updated since 2021.",
         "Update settlement procedure notes and schedule an annual review.",
         "Investment Operations Manager", "31/01/2026", "", "Complete", "Procedures approved 22 January 2026."),
        ("SFR-01a", sfr, "02/12/2025", "High", f_sfr,
         "Add a mandatory safeguarding check to the award workflow and train grant advisers on its use.",
         "Head of Research Integrity / Grants Operations Lead", "Jun-26", "", "Green", "Workflow change in design."),
        ("SFR-01b", sfr, "02/12/2025", "High", f_sfr,
         "Report safeguarding concerns raised by grantees to the Audit and Risk Committee twice a year.",
         "Director of Research Programmes", "Ongoing", "", "Green", "First report due to September 2026 meeting."),
    ]
    for r in rows:
        lines.append("\t".join(r))
    lines += [
        "",
        "Summary: 9 actions reported – 4 complete, 3 green, 1 amber, 1 red.",
        "Status: Complete = implemented and verified; Green = on track; Amber = at risk of missing the due date; Red = overdue.",
    ]
    with open(out("zwx-wellcome-trust-audit-and-risk-committee-internal-audit-actions-tracker.txt"), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 6. NS&I - Agility programme highlight report (xlsx, 2 sheets)
# ---------------------------------------------------------------------------
def make_nsi():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight report"
    ws["A1"] = "NS&I Agility Programme – Programme Highlight Report"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Reporting period: 1–31 January 2026  |  For: Agility Programme Board, 11 February 2026"
    ws.merge_cells("A2:I2")
    info = [
        ("Senior Responsible Owner", "Chief Operating Officer"),
        ("Programme Director", "Agility Programme Director"),
        ("Delivery confidence – last period", "Amber/Red"),
        ("Delivery confidence – this period", "Amber"),
    ]
    for i, (k, v) in enumerate(info):
        put(ws, 4 + i, 1, k, bold=True, fill="teal")
        ws.merge_cells(start_row=4 + i, start_column=1, end_row=4 + i, end_column=2)
        put(ws, 4 + i, 3, v)
        ws.merge_cells(start_row=4 + i, start_column=3, end_row=4 + i, end_column=5)
    ws["A9"] = "Summary of progress this period"
    ws["A9"].font = Font(bold=True)
    ws["A10"] = ("Trial migration 3 completed at full volume and reconciliation signed off. The customer "
                 "authentication release has slipped to April 2026 following security testing findings; "
                 "re-plan to be presented to the Board in March.")
    ws.merge_cells("A10:I10")
    ws["A10"].alignment = WRAP
    ws.row_dimensions[10].height = 48

    ws["A12"] = "Key milestones"
    ws["A12"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Workstream", "Milestone", "Milestone owner", "Baseline date",
           "Forecast / actual date", "RAG last period", "RAG this period", "Commentary"]
    for j, h in enumerate(hdr):
        put(ws, 13, 1 + j, h, fill="navy", bold=True, white=True)
    mm = "mmm-yy"
    ms = [
        ("M01", "Customer Platform", "Premium Bonds prize draw processing live on the new platform (Release 3).",
         "Customer Platform Lead", (d(2025, 9, 1), mm), (d(2025, 11, 1), mm), "Amber", "amber", "Complete", "blue",
         "Live for the December 2025 draw."),
        ("M02", None, "Online account registration and authentication journey migrated for all savings products.",
         "Customer Platform Lead / Chief Information Security Officer", (d(2025, 12, 1), mm), (d(2026, 4, 1), mm), "Amber", "amber", "Red", "red",
         "Penetration test findings require rework; re-plan in progress."),
        ("M03", "Data Migration", "Trial migration 3 (full volume) completed with reconciliation signed off.",
         "Data Migration Manager", (d(2025, 10, 31), None), (d(2026, 1, 23), None), "Green", "green", "Complete", "blue",
         "Signed off by Data Governance Board 28 January 2026."),
        ("M04", None, "Legacy data archiving solution approved by the Data Governance Board.",
         "Head of Data", (d(2026, 2, 27), None), (d(2026, 2, 27), None), "Green", "green", "Green", "green",
         "Options paper drafted."),
        ("M05", "Operations & Service Transition", "Operational readiness assessment completed for Tranche 2 products.",
         "Director of Operations", ("Mar-26", None), ("Jun-26", None), "Amber", "amber", "Amber", "amber",
         "Dependent on M02."),
        ("M06", None, "Contact centre colleagues trained on the new case management screens.",
         "Head of Customer Operations", ("Apr-26", None), ("Apr-26", None), "Green", "green", "Green", "green",
         "Training materials in review."),
        ("M07", "Supplier Management & Exit", "Contract change note for Tranche 2 scope agreed with the systems integrator.",
         "Commercial Director", ("Nov-25", None), ("Feb-26", None), "Amber", "amber", "Amber", "amber",
         "Commercial terms agreed in principle."),
        ("M08", None, "Exit plan for the legacy platform supplier baselined and approved by Programme Board.",
         "Commercial Director; Programme Director", ("Jan-26", None), ("Mar-26", None), "Green", "green", "Amber", "amber",
         "Awaiting legacy supplier's exit data schedule."),
    ]
    r = 14
    starts = []
    for ref, wsn, ms_text, owner, base, fc, last, lastc, now, nowc, comm in ms:
        put(ws, r, 1, ref)
        put(ws, r, 2, wsn)
        if wsn:
            starts.append(r)
        put(ws, r, 3, ms_text)
        put(ws, r, 4, owner)
        put(ws, r, 5, base[0], fmt=base[1])
        put(ws, r, 6, fc[0], fmt=fc[1])
        put(ws, r, 7, last, fill=lastc)
        put(ws, r, 8, now, fill=nowc)
        put(ws, r, 9, comm)
        r += 1
    last_ms_row = r - 1
    for i, s0 in enumerate(starts):
        e = (starts[i + 1] - 1) if i + 1 < len(starts) else last_ms_row
        if e > s0:
            ws.merge_cells(start_row=s0, start_column=2, end_row=e, end_column=2)

    r += 1
    ws.cell(r, 1, "Top risks and issues").font = Font(bold=True, size=12)
    r += 1
    for j, h in enumerate(["ID", "Risk / issue", "", "Rating", "Mitigation", "", "", "", "Owner"]):
        if h:
            put(ws, r, 1 + j, h, fill="navy", bold=True, white=True)
    r += 1
    for rid, txt, rating, mit, own in [
        ("R12", "Security testing findings delay the authentication release, compressing the Tranche 2 timeline.", "High",
         "Dedicated remediation squad; weekly review with CISO.", "Programme Director"),
        ("I04", "Legacy supplier resource availability for data extracts.", "Medium",
         "Escalated through contract management meetings.", "Commercial Director"),
    ]:
        put(ws, r, 1, rid)
        put(ws, r, 2, txt)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        put(ws, r, 4, rating)
        put(ws, r, 5, mit)
        ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=8)
        put(ws, r, 9, own)
        r += 1
    r += 1
    ws.cell(r, 1, "Decisions required from Programme Board").font = Font(bold=True, size=12)
    ws.cell(r + 1, 1, "• Note the re-plan of M02 and the impact on Tranche 2 readiness (M05).")
    ws.cell(r + 2, 1, "• Approve release of £1.2m contingency for the authentication remediation squad.")
    widths(ws, {"A": 7, "B": 22, "C": 50, "D": 30, "E": 11, "F": 12, "G": 11, "H": 11, "I": 42})

    fin = wb.create_sheet("Financials")
    fin["A1"] = "Programme financials 2025/26 (£m)"
    fin["A1"].font = Font(bold=True)
    for j, h in enumerate(["Category", "Budget", "Actual to date", "Forecast outturn", "Variance"]):
        put(fin, 3, 1 + j, h, fill="navy", bold=True, white=True)
    for i, row in enumerate([
        ("Systems integrator", 38.0, 29.4, 39.1, -1.1),
        ("Internal resource", 9.5, 7.2, 9.3, 0.2),
        ("Contingency", 3.0, 0.0, 1.2, 1.8),
        ("Total", 50.5, 36.6, 49.6, 0.9),
    ]):
        for j, v in enumerate(row):
            put(fin, 4 + i, 1 + j, v, bold=(row[0] == "Total"))
    widths(fin, {"A": 22, "B": 10, "C": 14, "D": 16, "E": 10})
    wb.save(out("zwx-national-savings-and-investments-agility-programme-highlight-report.xlsx"))


# ---------------------------------------------------------------------------
# 7. Prior Park College - ISI post-inspection action plan (docx, table per section)
# ---------------------------------------------------------------------------
def make_prior_park():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Prior Park College")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
    h = doc.add_heading("Post-Inspection Action Plan", level=0)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph("ISI routine inspection, 12–14 November 2024 (report published January 2025)")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Prepared by", "Head, with the Senior Leadership Team"),
        ("Approved by", "Education Committee of the Board of Governors, 4 March 2025"),
        ("Last updated", "12 January 2026"),
        ("Monitoring", "Reviewed termly by the Education Committee"),
    ]):
        set_text(t.cell(i, 0), k, bold=True)
        set_text(t.cell(i, 1), v)
    doc.add_paragraph()
    doc.add_paragraph(
        "The inspection found that the school meets the Independent School Standards and the National Minimum "
        "Standards for Boarding Schools. ISI set out three recommended next steps. This plan records the actions "
        "we are taking in response, under the section of the report to which each next step relates.")
    p = doc.add_paragraph()
    p.add_run("RAG: ").bold = True
    p.add_run("B = complete; G = on track; A = started, some delay; R = not started or at risk.")

    hdr = ["No.", "Action", "Lead", "Success criteria", "Timescale", "RAG"]
    sections = [
        ("Section 1: Leadership and management, and governance",
         ("Next step 1", "Leaders should ensure that the monitoring of teaching is used consistently across all departments so that the strong practice seen in many lessons is shared more widely."),
         [
             ("1a", "Revise the lesson observation and learning walk schedule so that every department is reviewed at least twice a year.",
              "Deputy Head (Academic)", "Schedule published; all departments reviewed twice by July 2025.", "Autumn term 2025", "B", "blue"),
             ("1b", "Introduce half-termly moderation of assessed work in Years 9–11.\nShare outcomes with heads of department at the curriculum committee.",
              "Deputy Head (Academic) / Heads of Department", "Moderation records for every department; actions minuted.", "Summer term 2026", "G", "green"),
         ]),
        ("Section 2: Quality of education, training and recreation", None, []),
        ("Section 3: Pupils' physical and mental health and emotional wellbeing",
         ("Next step 2", "Leaders should ensure that the views of boarders are gathered systematically and used to inform improvements to boarding provision."),
         [
             ("2a", "Establish a termly boarders' forum for each boarding house, with minutes shared with the Head of Boarding.",
              "Head of Boarding", "Forum minutes for every house each term.", "September 2025", "B", "blue"),
             ("2b", "Run an annual boarder wellbeing survey and report the results to the Education Committee.",
              "Head of Boarding; Assistant Head (Pastoral)", "Survey response rate above 80%; report received by governors.", "March 2026", "A", "amber"),
         ]),
        ("Section 4: Pupils' social and economic education and contribution to society",
         ("Next step 3", "Leaders should strengthen pupils' understanding of economic wellbeing, including personal finance, particularly in the lower school."),
         [
             ("3a", "Map economic wellbeing content across the PSHE curriculum for Years 7–9 and fill the gaps identified.",
              "Head of PSHE", "Revised schemes of work in place.", "Autumn term 2025", "B", "blue"),
             ("3b", "Introduce a personal finance programme for Year 10 delivered with an external partner.",
              "Careers Lead", "Programme delivered to all Year 10 pupils; pupil voice evaluation.", "Summer term 2026", "G", "green"),
         ]),
        ("Section 5: Safeguarding", None, []),
    ]
    for title, nextstep, acts in sections:
        doc.add_heading(title, level=1)
        if nextstep is None:
            doc.add_paragraph("No recommended next steps in this section." if "Safeguarding" not in title
                              else "The school's safeguarding arrangements were judged to be effective. No recommended next steps.")
            continue
        t = doc.add_table(rows=2 + len(acts), cols=len(hdr))
        t.style = "Table Grid"
        label, text = nextstep
        set_text(t.cell(0, 0), label, bold=True)
        shade(t.cell(0, 0), "DEEAF6")
        m = t.cell(0, 1).merge(t.cell(0, len(hdr) - 1))
        set_text(m, text, bold=True)
        shade(m, "DEEAF6")
        for j, hh in enumerate(hdr):
            set_text(t.cell(1, j), hh, bold=True)
            shade(t.cell(1, j), "D9D9D9")
        for i, (no, act, lead, sc, ts, letter, col) in enumerate(acts):
            row = 2 + i
            for j, v in enumerate([no, act, lead, sc, ts]):
                set_text(t.cell(row, j), v)
            set_text(t.cell(row, 5), letter, bold=True)
            shade(t.cell(row, 5), HEX[col])
        doc.add_paragraph()

    doc.add_heading("Sign-off", level=1)
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for j, v in enumerate(["Role", "Name", "Date"]):
        set_text(s.cell(0, j), v, bold=True)
    for j, v in enumerate(["Chair of the Education Committee", "", "04/03/2025"]):
        set_text(s.cell(1, j), v)
    doc.save(out("zwx-prior-park-college-isi-inspection-action-plan.docx"))


if __name__ == "__main__":
    make_hampshire()
    make_south_downs()
    make_aj_bell()
    make_crediton()
    make_wellcome()
    make_nsi()
    make_prior_park()
    print("built 7 files in", HERE)
