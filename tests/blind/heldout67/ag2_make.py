"""Generator for the ag2- cases of heldout67 (plans outside children's services).

Run with /work/main/.venv/bin/python ag2_make.py  (python-docx + openpyxl).
Writes seven documents beside this script; the .expected.yaml files are written by hand.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "8DB4E2"
GREEN = "92D050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
HDR = "1F4E78"

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Wychavon internal audit follow-up tracker (xlsx) - revised date 2052: refuse
# ---------------------------------------------------------------------------
def make_wychavon():
    wb = Workbook()
    ws = wb.active
    ws.title = "Follow-up"
    ws["A1"] = "Wychavon District Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internal Audit – Follow-up of Agreed Actions (Priority 1 and 2 recommendations)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Position as at 31 January 2025  |  Audit Committee, 13 March 2025  |  Appendix B"
    ws["A3"].font = Font(italic=True)
    hdr = ["Ref", "Finding / recommendation", "Priority", "Agreed management action",
           "Responsible officer", "Original target date", "Revised target date", "Status",
           "Officer update (January 2025)"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(HDR)
        cell.alignment = WRAP
        cell.border = BORDER
    rows = [
        ("H", "Payroll 2023/24 – Moderate assurance"),
        ("PAY 23/24-01",
         "Leavers were not always notified to Payroll before their last working day, resulting in two overpayments. Managers should submit leaver notifications promptly.",
         2,
         "Leaver e-form to be made mandatory on iTrent, with an automated reminder to line managers 10 working days before the leaving date.",
         "HR & Payroll Manager", d(2024, 5, 31), d(2024, 9, 30), "Complete",
         "E-form live from 2 September 2024; no overpayments from late leaver notifications since go-live."),
        ("PAY 23/24-02",
         "Overtime claims were authorised by officers without delegated authority.",
         2,
         "Refresh the authorised signatory list and circulate to managers; Payroll to reject claims from unlisted signatories.",
         "HR & Payroll Manager", d(2024, 3, 31), None, "Complete",
         "Signatory list refreshed March 2024 and checked quarterly."),
        ("H", "Council Tax and Business Rates 2023/24 – Reasonable assurance"),
        ("CTX 23/24-01",
         "Single person discount reviews have not been carried out since 2021.",
         2,
         "Procure a data-matching review of single person discounts and action the results.",
         "Revenues Manager", d(2024, 9, 30), d(2025, 3, 31), "In progress",
         "Review procured through the Worcestershire framework; first tranche of 1,850 letters issued December 2024."),
        ("CTX 23/24-02",
         "Write-offs above £5,000 were not reported to the Section 151 Officer.",
         1,
         "Update the write-off procedure so that all write-offs over £5,000 are approved by the Section 151 Officer.",
         "Revenues Manager", d(2024, 6, 30), None, "Complete",
         "Procedure updated June 2024 and confirmed by Internal Audit in November."),
        ("H", "Procurement and Contract Management 2024/25 – Limited assurance"),
        ("PRO 24/25-01",
         "The contracts register is incomplete; 14 contracts above £25,000 were not recorded.",
         1,
         "Enter all contracts above £25,000 on the register, with a quarterly completeness check by Legal Services.",
         "Procurement Officer", d(2024, 12, 31), None, "In progress",
         "11 of the 14 contracts now added; the remaining three are awaiting signed copies."),
        ("PRO 24/25-02",
         "Waivers of Contract Procedure Rules were not consistently recorded or reported.",
         1,
         "Introduce a waiver log, reported quarterly to CMT and annually to Audit Committee.",
         "Head of Legal & Democratic Services", d(2025, 3, 31), None, "In progress",
         "Waiver log in place; first report to CMT in February 2025."),
        ("PRO 24/25-03",
         "Contract managers have not received training in contract management.",
         2,
         "Deliver contract management training to all nominated contract managers.",
         "Procurement Officer", d(2025, 3, 31), d(2052, 9, 30), "In progress",
         "Training provider identified; sessions moved to follow the Procurement Act 2023 go-live in February 2025."),
        ("H", "Cyber Security 2024/25 – Reasonable assurance"),
        ("CYB 24/25-01",
         "Staff have not been tested on their awareness of phishing emails.",
         2,
         "Run a phishing simulation exercise for all staff twice a year and report the results to the Information Governance Group.",
         "ICT Manager", d(2024, 10, 31), None, "Overdue",
         "First simulation run in November 2024; results to go to the Information Governance Group in March."),
    ]
    r = 6
    status_fill = {"Complete": BLUE, "In progress": AMBER, "Overdue": RED}
    for row in rows:
        if row[0] == "H":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(row=r, column=1).fill = fill(GREY)
        else:
            for c, v in enumerate(row, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BORDER
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=8).fill = fill(status_fill[row[7]])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key: Complete – implemented and confirmed by Internal Audit.  In progress – within original or revised target date.  Overdue – past target date with no revised date agreed.")
    ws.cell(row=r + 1, column=1, value="Priority 1 – fundamental control weakness requiring immediate action.  Priority 2 – significant control weakness.")
    for col, w in zip("ABCDEFGHI", [14, 48, 9, 48, 22, 13, 13, 12, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "ag2-wychavon-internal-audit-follow-up-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Derbyshire FRS - HMICFRS spotlight report (values and culture) tracker (xlsx)
# ---------------------------------------------------------------------------
def make_derbyshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Culture recs tracker"
    ws["A1"] = "Derbyshire Fire & Rescue Service"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "HMICFRS Spotlight Report: Values and Culture in Fire and Rescue Services – Recommendations Tracker"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Update to Audit and Governance Committee – January 2025"
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A1:I1")
    ws.merge_cells("A2:I2")
    ws.merge_cells("A3:I3")
    hdr = ["Rec", "HMICFRS recommendation", "HMICFRS deadline", "Ref", "DFRS action", "Lead",
           "Target date", "RAG", "Progress update"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("C00000")
        cell.alignment = WRAP
        cell.border = BORDER
    data = [
        ("Raising concerns", [
            ("3", "By 1 June 2023, chief fire officers should make sure staff have access to a confidential route for raising concerns that is independent of the service's management chain.",
             d(2023, 6, 1), [
                 ("3.1", "Commission an independent, confidential reporting line for all staff and promote it through station visits and the intranet.",
                  "Head of People & Organisational Development", d(2023, 6, 1), "Complete",
                  "Confidential reporting line live from May 2023; 14 reports received to date, all reviewed by the Monitoring Officer."),
                 ("3.2", "Report the themes from confidential reporting to the Fire Authority twice a year.",
                  "Monitoring Officer", "Ongoing", "Green",
                  "First themes report presented in July 2024; next report due February 2025."),
             ]),
        ]),
        ("Background checks", [
            ("4", "By 1 October 2023, chief fire officers should make sure all staff have an appropriate background check, and that checks are repeated at regular intervals.",
             d(2023, 10, 1), [
                 ("4.1", "Complete standard or enhanced DBS checks, according to role, for all existing operational, control and support staff.",
                  "Head of People & Organisational Development", d(2023, 10, 1), "Complete",
                  "All 612 existing staff checked by the end of September 2023."),
                 ("4.2", "Introduce a three-year rolling programme of DBS re-checks, with results recorded on the HR system.",
                  "HR Business Partner", d(2025, 3, 1), "Amber",
                  "Rolling programme agreed; HR system field delayed by a supplier upgrade, so a manual log is in use meanwhile."),
             ]),
        ]),
        ("Leadership and management", [
            ("15", "By 1 March 2024, chief fire officers should have 360-degree feedback in place for all senior leaders and managers.",
             d(2024, 3, 1), [
                 ("15.1", "Roll out 360-degree feedback to the Strategic Leadership Team and all Group and Area Managers.",
                  "Area Manager Training & Development", d(2024, 3, 1), "Complete",
                  "360-degree feedback completed for all 38 managers in scope; personal development plans agreed."),
             ]),
            ("16", "By 1 December 2023, chief fire officers should make sure leaders at all levels are visible and role-model the service's values.",
             d(2023, 12, 1), [
                 ("16.1", "Strategic Leadership Team members to complete a programme of quarterly station and watch visits, with feedback published to staff.",
                  "Deputy Chief Fire Officer", "Ongoing", "Green",
                  "96 visits completed during 2024; feedback summarised in the weekly staff bulletin."),
             ]),
        ]),
        ("Equality, diversity and inclusion", [
            ("20", "By 1 October 2023, chief fire officers should gather and analyse diversity data for their workforce, and use it to understand and address the experiences of under-represented staff.",
             d(2023, 10, 1), [
                 ("20.1", "Run a staff campaign to increase voluntary declaration of protected characteristics on the HR system.",
                  "EDI Manager", d(2023, 12, 1), "Complete",
                  "Declaration rate increased from 61% to 84%."),
                 ("20.2", "Publish a workforce diversity dashboard each quarter to the Strategic Leadership Team and the Fire Authority.",
                  "EDI Manager / Performance & Information Manager", d(2025, 6, 1), "Green",
                  "Prototype dashboard reviewed by the Strategic Leadership Team in December 2024."),
                 ("20.3", "Carry out exit interviews for all leavers and analyse the results by protected characteristic.",
                  "HR Business Partner", d(2024, 9, 1), "Red",
                  "Exit interview completion remains below 40%; online form relaunched in January 2025."),
             ]),
        ]),
    ]
    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    r = 6
    for theme, recs in data:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1).fill = fill("F2DCDB")
        r += 1
        for recno, rectext, deadline, actions in recs:
            first = r
            ws.cell(row=r, column=1, value=recno)
            ws.cell(row=r, column=2, value=rectext)
            ws.cell(row=r, column=3, value=deadline).number_format = "dd/mm/yyyy"
            for ref, act, lead, target, rag, upd in actions:
                vals = [ref, act, lead, target, rag, upd]
                for c, v in zip(range(4, 10), vals):
                    cell = ws.cell(row=r, column=c, value=v)
                    if isinstance(v, dt.datetime):
                        cell.number_format = "mmm-yy"
                ws.cell(row=r, column=8).fill = fill(rag_fill[rag])
                for c in range(1, 10):
                    ws.cell(row=r, column=c).alignment = WRAP
                    ws.cell(row=r, column=c).border = BORDER
                r += 1
            if r - 1 > first:
                for c in (1, 2, 3):
                    ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    r += 1
    ws.cell(row=r, column=1, value="RAG key:   Complete = action delivered and evidenced   |   Green = on track to meet target date   |   Amber = risk to target date, mitigation in place   |   Red = target date missed")
    for col, w in zip("ABCDEFGHI", [6, 48, 12, 7, 48, 28, 11, 11, 50]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "ag2-derbyshire-frs-culture-spotlight-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. South Gloucestershire ASC - CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
def make_southglos():
    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc["A1"] = "Document control"
    dc["A1"].font = Font(bold=True, size=12)
    for c, h in enumerate(["Version", "Date", "Author", "Summary of changes"], 1):
        dc.cell(row=2, column=c, value=h).font = Font(bold=True)
    for i, row in enumerate([
        ("0.1", d(2025, 5, 23), "ASC Performance & Improvement", "First draft following publication of the CQC report (8 May 2025)"),
        ("1.0", d(2025, 6, 10), "ASC Performance & Improvement", "Approved by Adults Departmental Management Team"),
        ("1.3", d(2025, 10, 7), "ASC Performance & Improvement", "Quarter 2 progress update"),
    ], 3):
        for c, v in enumerate(row, 1):
            cell = dc.cell(row=i, column=c, value=v)
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    for col, w in zip("ABCD", [9, 12, 30, 60]):
        dc.column_dimensions[col].width = w

    ws = wb.create_sheet("Improvement plan")
    ws["A1"] = "South Gloucestershire Council – Adult Social Care"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "CQC Local Authority Assessment: Adult Social Care Improvement Plan"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Quarter 2 2025/26 progress update (position at 30 September 2025)"
    ws["A3"].font = Font(italic=True)
    hdr = ["Ref", "CQC area for improvement", "Action", "Lead", "Due", "Previous RAG",
           "Current RAG", "Progress update"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("00594F")
        cell.alignment = WRAP
        cell.border = BORDER
    data = [
        ("Theme 1: Working with people", [
            ("People told us that information about care and support on the council's website was hard to find and understand.", [
                ("1.1", "Rewrite the adult social care pages of the council website with people who use services, starting with the 'getting help' and 'paying for care' pages.",
                 "Digital Services Manager / Co-production Lead", d(2025, 9, 30), "A", "B",
                 "New pages went live on 15 September 2025 after testing with the Making It Real group."),
                ("1.2", "Produce easy read and translated versions of the ten most used information leaflets.",
                 "Co-production Lead", "December 2025", "G", "G",
                 "Six of the ten easy read leaflets completed; translations commissioned."),
            ]),
            ("There was a waiting list for occupational therapy assessments, and some people waited too long for equipment and minor adaptations.", [
                ("1.3", "Introduce a trusted assessor model for simple equipment, so that care staff can order items without waiting for an occupational therapy assessment.",
                 "Head of Adult Social Care Operations", "Q3 2025/26", "A", "G",
                 "42 trusted assessors trained; pilot started in the East locality in September."),
                ("1.4", "Review the occupational therapy waiting list weekly by risk, and contact everyone who has waited more than 28 days.",
                 "Principal Occupational Therapist", "Ongoing", "G", "G",
                 "Waiting list reduced from 412 to 268 people since April; everyone waiting over 28 days has been contacted."),
            ]),
        ]),
        ("Theme 2: Providing support", [
            ("Communication and joint processes between adult social care and mental health services needed to improve.", [
                ("2.1", "Agree a joint working protocol with Avon and Wiltshire Mental Health Partnership (AWP) covering referrals, Care Act assessments and escalation.",
                 "Head of Mental Health Social Work", d(2025, 10, 31), "A", "A",
                 "Draft protocol agreed by operational leads; awaiting sign-off at AWP governance in November."),
                ("2.2", "Hold monthly joint case review meetings between the locality teams and community mental health teams.",
                 "Head of Mental Health Social Work / AWP Locality Manager", "July 2025", "R", "B",
                 "Monthly meetings in place since July 2025; terms of reference agreed."),
            ]),
            ("Hospital discharge arrangements needed greater focus so that people leave hospital to the right support.", [
                ("2.3", "Review the Discharge to Assess pathway with Sirona care & health and North Bristol NHS Trust, including reablement capacity.",
                 "Head of Integrated Care", "March 2026", "G", "G",
                 "Review under way through the BNSSG discharge programme; interim findings due December."),
            ]),
        ]),
        ("Theme 3: Ensuring safety within the system", [
            ("People waited an unacceptably long time for Deprivation of Liberty Safeguards (DoLS) assessments.", [
                ("3.1", "Commission additional Best Interests Assessor capacity to clear the backlog of high priority DoLS applications.",
                 "DoLS Service Manager", d(2025, 12, 1), "R", "A",
                 "Additional capacity in place from August; high priority backlog down from 310 to 175. Target date at risk."),
                ("3.2", "Apply the ADASS prioritisation tool to all new DoLS applications and report waiting times monthly to the Departmental Management Team.",
                 "DoLS Service Manager", "Ongoing", "G", "G",
                 "Tool in use; monthly reporting started in June 2025."),
            ]),
            ("The local authority needed to do more to make sure people were protected from abuse and neglect, including completing safeguarding enquiries in good time.", [
                ("3.3", "Introduce a safeguarding practice audit programme, with findings reported to the Safeguarding Adults Board.",
                 "Head of Safeguarding Adults", "Q4 2025/26", None, "A",
                 "New action added in Q2. Audit tool drafted; first audit cycle planned for January 2026."),
            ]),
        ]),
        ("Theme 4: Leadership", [
            ("Performance information was not always used to understand people's outcomes and drive improvement.", [
                ("4.1", "Develop an adult social care outcomes dashboard and report it quarterly to the Adults Scrutiny Commission.",
                 "Head of ASC Performance & Improvement", "March 2026", None, "G",
                 "New action added in Q2. Dashboard scope agreed with business intelligence."),
            ]),
        ]),
    ]
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    r = 6
    for theme, afis in data:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1).fill = fill("CCE5E2")
        r += 1
        for afi, actions in afis:
            first = r
            ws.cell(row=r, column=2, value=afi)
            for ref, act, lead, due, prev, cur, upd in actions:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=3, value=act)
                ws.cell(row=r, column=4, value=lead)
                cell = ws.cell(row=r, column=5, value=due)
                if isinstance(due, dt.datetime):
                    cell.number_format = "mmm-yy" if due.day == 1 else "dd/mm/yyyy"
                ws.cell(row=r, column=6, value=prev)
                ws.cell(row=r, column=7, value=cur)
                ws.cell(row=r, column=8, value=upd)
                if prev:
                    ws.cell(row=r, column=6).fill = fill(rag_fill[prev])
                ws.cell(row=r, column=7).fill = fill(rag_fill[cur])
                for c in range(1, 9):
                    ws.cell(row=r, column=c).alignment = WRAP
                    ws.cell(row=r, column=c).border = BORDER
                for c in (6, 7):
                    ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG:  B – complete;  G – on track;  A – some slippage, recovery action in place;  R – off track")
    for col, w in zip("ABCDEFGH", [6, 42, 50, 30, 12, 10, 10, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "ag2-south-gloucestershire-asc-cqc-improvement-plan.xlsx"))


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
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))


def set_text(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def header_row(table, headers, colour):
    for i, h in enumerate(headers):
        c = table.rows[0].cells[i]
        set_text(c, h, bold=True)
        shade(c, colour)


# ---------------------------------------------------------------------------
# 4. Ashford Borough Council - LGA corporate peer challenge action plan (docx)
# ---------------------------------------------------------------------------
def make_ashford():
    doc = Document()
    landscape(doc)
    doc.add_heading("Ashford Borough Council – Corporate Peer Challenge Action Plan", level=1)
    doc.add_paragraph(
        "The Local Government Association (LGA) Corporate Peer Challenge took place from 4 to 7 June 2024. "
        "The peer team's feedback report, published in August 2024, made six recommendations. This action plan "
        "sets out the council's response and is reviewed by the Overview and Scrutiny Committee every six months. "
        "A progress review with the LGA peer team is expected in spring 2025.")
    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Owner", "Status"], "D9D9D9")
    for i, row in enumerate([("1.0", "10 October 2024", "Policy and Performance Team", "Approved by Cabinet"),
                             ("1.1", "21 January 2025", "Policy and Performance Team", "Six-month progress update")], 1):
        for j, v in enumerate(row):
            set_text(t.rows[i].cells[j], v)
    doc.add_paragraph()
    doc.add_heading("Action plan", level=2)
    recs = [
        ("1. Work with partners to set out a clear, shared long-term vision for the borough that builds on the Corporate Plan 2024–2028.", [
            ("1.1", "Hold a series of partner workshops through the Ashford Strategic Partnership to agree a shared long-term vision for the borough.",
             "Chief Executive", "March 2025", "Two workshops held (October and December 2024); final session booked for March.", GREEN),
            ("1.2", "Publish the agreed vision and align service plans and the annual delivery plan to it.",
             "Head of Policy and Performance", "Q1 2025/26", "Not yet started – follows completion of 1.1.", None),
        ]),
        ("2. Develop a savings and income programme to close the medium-term budget gap, with clear milestones reported to members.", [
            ("2.1", "Establish a Financial Sustainability Programme Board chaired by the Chief Executive.",
             "Director of Finance and Economy", "September 2024", "Board established in September 2024 and meets monthly.", BLUE),
            ("2.2", "Bring forward savings and income proposals of at least £1.5m for the 2025/26 budget.",
             "Director of Finance and Economy / Heads of Service", "February 2025",
             "Proposals totalling £1.2m included in the draft budget; further options being developed.", AMBER),
        ]),
        ("3. Review the commercial property portfolio and strengthen how its risks and performance are reported to members.", [
            ("3.1", "Commission an independent review of the investment property portfolio.",
             "Head of Property and Estates", "By 31 December 2024",
             "Review completed by external advisers; findings reported to Cabinet in December.", BLUE),
            ("3.2", "Introduce a quarterly commercial property performance report to the Audit and Governance Committee.",
             "Head of Property and Estates", "April 2025", "First report being prepared for the April committee.", GREEN),
        ]),
        ("4. Invest in organisational development, including a leadership programme for the wider management team.", [
            ("4.1", "Launch a leadership development programme for all Heads of Service and team managers.",
             "Head of HR and Customer Services", "Dec 2024",
             "Programme delayed by procurement; provider now appointed and the first cohort starts in February 2025.", RED),
        ]),
        ("5. Strengthen overview and scrutiny so that it adds value to policy development.", [
            ("5.1", "Agree an annual scrutiny work programme linked to the Corporate Plan, with training for committee members.",
             "Monitoring Officer / Member Services Manager", "Ongoing",
             "Member training delivered in November 2024; 2025 work programme agreed.", GREEN),
        ]),
        ("6. Make sure there is the capacity and programme management to deliver major regeneration projects, including the Newtown Works site.", [
            ("6.1", "Set up a Major Projects Board with a dedicated programme manager and a single risk register.",
             "Director of Place, Space and Leisure", "31/03/2025",
             "Programme manager recruited; Board terms of reference drafted.", GREEN),
        ]),
    ]
    n = sum(len(a) for _, a in recs)
    t = doc.add_table(rows=n + 1, cols=7)
    t.style = "Table Grid"
    header_row(t, ["Ref", "Peer team recommendation", "Action", "Lead", "Timescale",
                   "Progress at January 2025", "RAG"], "BDD7EE")
    r = 1
    for rectext, actions in recs:
        first = r
        set_text(t.rows[r].cells[1], rectext)
        for ref, act, lead, when, prog, colour in actions:
            row = t.rows[r].cells
            set_text(row[0], ref)
            set_text(row[2], act)
            set_text(row[3], lead)
            set_text(row[4], when)
            set_text(row[5], prog)
            set_text(row[6], "")
            if colour:
                shade(row[6], colour)
            r += 1
        if r - 1 > first:
            t.cell(first, 1).merge(t.cell(r - 1, 1))
    widths = [Cm(1.2), Cm(5.5), Cm(6), Cm(3.5), Cm(2.5), Cm(5.5), Cm(1.5)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("RAG key").runs[0].bold = True
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (col, name, meaning) in enumerate([(BLUE, "Blue", "Complete"), (GREEN, "Green", "On track"),
                                              (AMBER, "Amber", "Some slippage – action in hand"),
                                              (RED, "Red", "Off track")]):
        set_text(k.rows[i].cells[0], name)
        shade(k.rows[i].cells[0], col)
        set_text(k.rows[i].cells[1], meaning)
    doc.save(os.path.join(HERE, "ag2-ashford-corporate-peer-challenge-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Dover District Council - fly-tipping scrutiny review action plan (docx)
# ---------------------------------------------------------------------------
def make_dover():
    doc = Document()
    landscape(doc)
    doc.add_heading("Fly-tipping Scrutiny Review – Cabinet Response and Action Plan", level=1)
    doc.add_paragraph("Dover District Council  |  Scrutiny (Community and Regeneration) Committee  |  Update: March 2025")
    doc.add_paragraph(
        "In 2023/24 a task and finish group of the Scrutiny (Community and Regeneration) Committee reviewed how "
        "the council prevents, investigates and clears fly-tipping. Cabinet considered the group's nine "
        "recommendations on 3 June 2024, agreeing eight in full and one in part. This action plan records the "
        "actions agreed and progress at March 2025.")
    doc.add_paragraph("Status key – Complete (blue); On track (green); Delayed (amber); Not progressed (red).")
    status_fill = {"Complete": BLUE, "On track": GREEN, "Delayed": AMBER, "Not progressed": RED}
    themes = [
        ("A. Prevention and education", [
            ("A1", "Run a targeted campaign on householders' duty of care, so that residents check anyone taking their waste is a registered waste carrier.",
             "Agreed", "Deliver a duty of care campaign across social media, the council magazine and parish newsletters, focusing on Dover town and Aylesham.",
             "Communications and Engagement Manager", "September 2024", "Complete",
             "Campaign ran July to September 2024, reaching an estimated 48,000 residents."),
            ("A2", "Review the cost of the bulky waste collection service to reduce the incentive to fly-tip.",
             "Agreed in part", "Introduce a reduced charge for single-item bulky waste collections for residents receiving council tax reduction.",
             "Head of Waste Services", "1 April 2025", "On track",
             "Reduced charge included in the 2025/26 fees and charges approved by Council in February."),
            ("A3", "Work with landlords and letting agents on waste arrangements at the end of tenancies.",
             "Agreed", "Send guidance to all licensed HMO landlords and registered letting agents, and present at the landlords' forum.",
             "Private Sector Housing Manager", "December 2024", "Delayed",
             "Guidance drafted; the landlords' forum has been postponed to April 2025."),
        ]),
        ("B. Enforcement", [
            ("B1", "Make full use of fixed penalty notices, including for duty of care offences.",
             "Agreed", "Raise the fixed penalty for fly-tipping to the statutory maximum and issue fixed penalty notices for duty of care offences where the evidence allows.",
             "Environmental Crime Manager", "July 2024", "Complete",
             "Maximum penalties adopted from 1 July 2024; 37 fly-tipping and 12 duty of care fixed penalty notices issued to the end of February 2025."),
            ("B2", "Increase the use of CCTV at fly-tipping hotspots.",
             "Agreed", "Buy four additional deployable CCTV cameras and agree a rota of hotspot locations with Kent Police.",
             "Environmental Crime Manager / Kent Police Rural Task Force", "31 October 2024", "Complete",
             "Cameras bought and deployed; the rota is reviewed monthly."),
            ("B3", "Publicise successful prosecutions and fines.",
             "Agreed", "Issue a press release and social media post after every successful prosecution.",
             "Communications and Engagement Manager", "Ongoing", "On track",
             "Six press releases issued since June 2024."),
        ]),
        ("C. Reporting and clearance", [
            ("C1", "Make it easier for residents to report fly-tipping online, including sending photographs and the location.",
             "Agreed", "Replace the online reporting form with a map-based form that accepts photographs.",
             "Digital Services Manager", "March 2025", "Delayed",
             "Supplier development has slipped; the new form is now expected in June 2025."),
            ("C2", "Clear fly-tips on council land within the published service standard.",
             "Agreed", "Report clearance times against the five working day standard in the quarterly performance report.",
             "Head of Waste Services", "Quarterly", "On track",
             "Quarter 3 2024/25: 91% of fly-tips on council land cleared within five working days."),
            ("C3", "Work with private landowners and the NFU to support the clearance of fly-tipping on private land.",
             "Agreed", "Agree a landowner support pack and a discounted clearance offer with the NFU and Kent County Council.",
             "Environmental Crime Manager", "30 September 2025", "Delayed",
             "Work paused pending the outcome of the Kent-wide fly-tipping partnership review."),
        ]),
    ]
    headers = ["Rec", "Scrutiny recommendation", "Cabinet response", "Action", "Responsible officer",
               "Target date", "Status", "Update (March 2025)"]
    widths = [Cm(1.1), Cm(5), Cm(2), Cm(5.5), Cm(3.3), Cm(2.3), Cm(2), Cm(5)]
    for theme, rows in themes:
        doc.add_heading(theme, level=2)
        t = doc.add_table(rows=len(rows) + 1, cols=8)
        t.style = "Table Grid"
        header_row(t, headers, "C6E0B4")
        for i, row in enumerate(rows, 1):
            for j, v in enumerate(row):
                set_text(t.rows[i].cells[j], v)
            shade(t.rows[i].cells[6], status_fill[row[6]])
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        doc.add_paragraph()
    doc.add_paragraph("Contact: Democratic Services, Dover District Council, White Cliffs Business Park, Dover.")
    doc.save(os.path.join(HERE, "ag2-dover-fly-tipping-scrutiny-review-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Nottinghamshire Police - vetting, misconduct and misogyny recs tracker (csv export)
# ---------------------------------------------------------------------------
def make_notts():
    import csv
    header = ["Rec Ref", "Theme", "Recommendation", "Action Ref", "Action", "Action Owner",
              "Due Date", "Revised Due Date", "RAG", "Status", "Latest Update", "Last Updated"]
    R03 = "By 30 April 2023, chief constables should make sure vetting decisions are recorded with a clear rationale, particularly where adverse information has been found."
    R07 = "By 31 October 2023, chief constables should make sure their forces check the Police National Database when vetting all officers and staff, including those already in post."
    R12 = "By 31 March 2023, chief constables should make sure every allegation of sexual misconduct is assessed against the criteria for referral to the IOPC."
    R18 = "By 30 April 2023, chief constables should make sure officers and staff know how to report concerns about colleagues' behaviour and are supported when they do."
    R25 = "By 31 October 2023, chief constables should make sure their forces can identify officers and staff who abuse their position for a sexual purpose."
    R31 = "By 31 March 2024, chief constables should make sure all officers and staff receive training on misogyny and sexual harassment in the workplace."
    R40 = "By 31 October 2023, chief constables should make sure their counter-corruption units have enough capacity and capability to deal with the threats they face."
    rows = [
        ("VMM-R03", "Vetting", R03, "VMM-R03-01",
         "Introduce a mandatory rationale template in the vetting system for all decisions where adverse information is identified.",
         "Force Vetting Manager", "31/03/2023", "", "Blue", "Closed",
         "Template live from March 2023. Dip sample of 50 decisions in October 2024 found a rationale recorded in every case.", "14/01/2025"),
        ("VMM-R03", "Vetting", R03, "VMM-R03-02",
         "Quarterly dip sampling of vetting decisions by the Head of Professional Standards, with results reported to the Professional Standards Board.",
         "Head of Professional Standards", "31/03/2025", "", "Green", "Open",
         "Three quarterly dip samples completed; final sample due March 2025 before closure.", "14/01/2025"),
        ("VMM-R07", "Vetting", R07, "VMM-R07-01",
         "Carry out PND checks on all existing officers and staff as part of a full workforce re-vetting exercise.",
         "Force Vetting Manager", "31/10/2023", "30/06/2025", "Amber", "Open",
         "78% of the workforce re-checked. Completion delayed by vacancies in the vetting unit; two vetters recruited in December 2024.", "14/01/2025"),
        ("VMM-R12", "Misconduct", R12, "VMM-R12-01",
         "Update the PSD assessment procedure so that every sexual misconduct allegation is reviewed by a DI against the IOPC referral criteria.",
         "Head of Professional Standards", "31/03/2023", "", "Blue", "Closed",
         "Procedure updated February 2023.", "14/01/2025"),
        ("VMM-R12", "Misconduct", R12, "VMM-R12-02",
         "Deliver training on the referral criteria to all PSD assessors and Anti-Corruption Unit investigators.\nRecord attendance on the learning management system.",
         "PSD Training Lead", "30/09/2023", "", "Blue", "Closed",
         "All 23 staff trained; attendance recorded.", "14/01/2025"),
        ("VMM-R18", "Misconduct", R18, "VMM-R18-01",
         "Relaunch the confidential 'Speak Up' reporting line with a force-wide communications campaign.",
         "Head of Corporate Communications / Head of Professional Standards", "30/04/2023", "", "Blue", "Closed",
         "Relaunched April 2023; reports up 40% on the previous year.", "14/01/2025"),
        ("VMM-R25", "Misogyny and predatory behaviour", R25, "VMM-R25-01",
         "Procure and implement IT monitoring software across all force devices to identify misuse of police systems.",
         "Head of Anti-Corruption Unit", "31/10/2023", "31/03/2025", "Red", "Open",
         "Software procured but deployment delayed by the records management system upgrade; revised date at risk.", "14/01/2025"),
        ("VMM-R25", "Misogyny and predatory behaviour", R25, "VMM-R25-02",
         "Analyse intelligence proactively for indicators of abuse of position for a sexual purpose, reviewed monthly at counter-corruption tasking.",
         "DCI Counter Corruption", "30/04/2025", "", "Green", "Open",
         "Monthly tasking in place; six proactive investigations opened in 2024.", "14/01/2025"),
        ("VMM-R31", "Misogyny and predatory behaviour", R31, "VMM-R31-01",
         "Deliver the active bystander training package to all officers and staff.",
         "Head of Learning & Development", "31/03/2024", "30/09/2024", "Blue", "Closed",
         "96% completion; staff on long-term absence complete the package on return.", "14/01/2025"),
        ("VMM-R40", "Counter-corruption", R40, "VMM-R40-01",
         "Review the establishment of the Anti-Corruption Unit against the national counter-corruption capability model and fund any gap.",
         "Head of Professional Standards", "31/12/2023", "", "Blue", "Closed",
         "Growth of one DS and two DCs approved in the 2024/25 budget; posts filled June 2024.", "14/01/2025"),
        ("VMM-R40", "Counter-corruption", R40, "VMM-R40-02",
         "Produce a counter-corruption strategic threat assessment, refreshed annually.",
         "Head of Anti-Corruption Unit", "31/07/2024", "31/01/2025", "Amber", "Open",
         "Draft assessment going to the Chief Officer Team in February 2025.", "14/01/2025"),
    ]
    path = os.path.join(HERE, "ag2-nottinghamshire-police-vetting-misconduct-misogyny-recs-tracker.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(header)
        for row in rows:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Lancashire and South Cumbria suicide prevention action plan (tab-separated text)
# ---------------------------------------------------------------------------
def make_lsc():
    H = "Type\tActions\tLead organisation\tPlanned completion\tRAG\tQ3 update"
    lines = [
        "Lancashire and South Cumbria Suicide Prevention Action Plan 2024–2027",
        "Progress update – Quarter 3 2024/25 (reported to the Suicide Prevention Oversight Group, February 2025)",
        "",
        "Shared objectives of the Lancashire and South Cumbria suicide and self-harm prevention strategy:",
        "• reduce suicide among people in high-risk groups",
        "• improve support for people who self-harm",
        "• improve support for people bereaved or affected by suicide",
        "• improve data, training and awareness across the system",
        "",
        "1. Identification and response to suicides",
        H,
        "Business as usual\t1.1 Maintain the real-time surveillance (RTS) system and review the data monthly to identify possible clusters and emerging methods.\tPublic Health and Lancashire Constabulary\tOngoing\tG\tMonthly RTS review in place; no clusters identified this quarter.",
        "Project\t1.2 Extend the RTS data to record whether the person had recent contact with drug and alcohol treatment services.\tPublic Health\tDecember 2024\tA\tData sharing agreement with the treatment provider is awaiting sign-off.",
        "Project\t1.3 Develop a postvention pathway so that everyone bereaved or affected by suicide is offered support within 72 hours.\tPublic Health, Amparo\tMarch 2025\tG\tPathway agreed with coroners' officers; referrals up by a third on last year.",
        "",
        "2. Priority groups",
        H,
        "Project\t2.1 Deliver suicide prevention training to organisations working with middle-aged men, including sports clubs and construction firms.\tLancashire County Council Public Health\tSeptember 2024\tComplete\t31 sessions delivered to 412 people.",
        "Project\t2.2 Offer a follow-up contact within 72 hours to everyone discharged from mental health inpatient care.\tLancashire and South Cumbria NHS Foundation Trust\tJune 2025\tG\t72-hour follow-up rate 88% in December, up from 74% in April.",
        "Business as usual\t2.3 Make sure people who present at emergency departments after self-harm receive a psychosocial assessment and a safety plan.\tLSCFT, acute trusts\tOngoing\tA\tAssessment rates vary between sites; audit of safety plans under way.",
        "",
        "3. Training and awareness",
        H,
        "Project\t3.1 Promote free online suicide prevention training to council, NHS and voluntary sector staff, aiming for 5,000 completions.\tICB Mental Health Commissioning Team\tMarch 2025\tG\t3,920 completions to the end of December.",
        "Business as usual\t3.2 Brief local media on responsible reporting guidelines after each high-profile case.\tPublic Health Communications\tOngoing\tG\tTwo media briefings this quarter.",
        "",
        "4. Data, intelligence and evaluation",
        H,
        "Project\t4.1 Publish an annual suicide audit for each local authority area using coroners' records.\tPublic Health Intelligence\tOctober 2024\tR\tAccess to coroners' records delayed; audit now expected in April 2025.",
        "",
        "RAG: G = on track; A = some delay; R = significant delay / off track; Complete = action completed.",
    ]
    path = os.path.join(HERE, "ag2-lancashire-south-cumbria-suicide-prevention-action-plan.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_wychavon()
    make_derbyshire()
    make_southglos()
    make_ashford()
    make_dover()
    make_notts()
    make_lsc()
    print("done")
