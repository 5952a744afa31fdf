"""Build the seven mq2- data files of set heldout389.

Run with /work/main/.venv/bin/python (openpyxl, python-docx).
The .expected.yaml files beside them are written by hand, not by this script.
"""
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

THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)

FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "theme": PatternFill("solid", fgColor="DEEAF6"),
}
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def header_row(ws, row, labels):
    for c, lab in enumerate(labels, start=1):
        cell = ws.cell(row=row, column=c, value=lab)
        cell.font = WHITE_BOLD
        cell.fill = FILL["head"]
        cell.alignment = WRAP
        cell.border = BOX


def body_row(ws, row, values):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=row, column=c, value=v)
        cell.alignment = WRAP
        cell.border = BOX
        if isinstance(v, (dt.date, dt.datetime)):
            cell.number_format = "dd/mm/yyyy"


def band_row(ws, row, text, ncols, fill="theme"):
    ws.cell(row=row, column=1, value=text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1)
    c.font = BOLD
    c.fill = FILL[fill]
    c.alignment = Alignment(vertical="center")
    c.border = BOX


# ---------------------------------------------------------------------------
# 1. Torridge DC - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def torridge():
    title = "Torridge District Council – Internal Audit Recommendations Tracker"
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = ("Devon Assurance Partnership follow-up: position at 31 December 2024 "
               "(Audit & Governance Committee, 27 January 2025)")
    header_row(s, 4, ["Priority", "Implemented (B)", "On track (G)",
                      "Revised date agreed (A)", "Overdue (R)", "Total"])
    body_row(s, 5, ["High", 0, 2, 1, 0, 3])
    body_row(s, 6, ["Medium", 2, 0, 1, 1, 4])
    body_row(s, 7, ["Low", 0, 0, 1, 0, 1])
    body_row(s, 8, ["Total", 2, 2, 3, 1, 8])
    for c in range(1, 7):
        s.cell(row=8, column=c).font = BOLD
    s["A10"] = ("Two medium priority recommendations were implemented in the period. One medium "
                "priority recommendation is overdue without a revised date (ICT-03).")
    widths(s, [16, 16, 14, 22, 14, 10])

    t = wb.create_sheet("Tracker")
    t["A1"] = title
    t["A1"].font = Font(bold=True, size=14)
    t["A2"] = "Outstanding and recently implemented recommendations – position at 31 December 2024"
    hdr = ["Rec Ref", "Priority", "Agreed Management Action", "Action Owner",
           "Original Target Date", "Revised Target Date", "Status",
           "Management Update (Dec 2024)"]
    header_row(t, 4, hdr)
    t.freeze_panes = "A5"
    D = dt.datetime
    rows = [
        ("band", "Creditors & Purchase Ordering 2023/24 – Reasonable Assurance"),
        ("CR-01", "Medium",
         "Introduce a monthly exception report of invoices paid without a matching purchase order "
         "and circulate it to budget holders and the Finance Manager.",
         "Finance Manager", D(2024, 6, 30), D(2024, 12, 31), "B",
         "Exception report in place from October 2024; first three months reviewed by the Finance Manager."),
        ("CR-02", "Low",
         "Update the Financial Procedure Rules to set out the circumstances in which retrospective "
         "purchase orders are permitted.",
         "Chief Financial Officer (S151)", D(2024, 9, 30), D(2025, 3, 31), "A",
         "Draft rules prepared; to go to Audit & Governance Committee in March 2025 alongside the "
         "Constitution review."),
        ("band", "ICT – Cyber Security & Backup 2024/25 – Limited Assurance"),
        ("ICT-01", "High",
         "Carry out and document a full restore test of the on-premises backups and the Microsoft 365 "
         "tenancy at least twice a year.",
         "ICT Manager", D(2025, 2, 28), None, "G",
         "First restore test booked with the managed service provider for w/c 13 January 2025."),
        ("ICT-02", "High",
         "Enforce multi-factor authentication for all remote access accounts, including councillor and "
         "third-party supplier accounts.",
         "ICT Manager / Information Governance Officer", D(2024, 10, 31), D(2025, 1, 31), "A",
         "MFA enforced for staff and councillors; 14 supplier accounts remain. Target revised to end of "
         "January."),
        ("ICT-03", "Medium",
         "Deliver mandatory cyber awareness training to all staff and councillors and report completion "
         "rates to the Senior Management Team quarterly.",
         "Human Resources Manager", D(2024, 9, 30), None, "R",
         "Completion at 61%. Reminder issued; SMT to consider making completion a condition of network "
         "access."),
        ("band", "Housing Benefit & Council Tax Reduction 2023/24 – Reasonable Assurance"),
        ("HB-01", "Medium",
         "Introduce a 4% quality check of new claims assessed by each assessor and record the outcome "
         "on the QA log.",
         "Revenues & Benefits Manager", D(2024, 7, 31), None, "B", "Implemented July 2024."),
        ("band", "Planning Enforcement 2024/25 – Limited Assurance"),
        ("PE-01", "High",
         "Agree and publish a Local Enforcement Plan setting out priorities and target response times "
         "for each category of complaint.",
         "Head of Planning; Planning Enforcement Lead", D(2025, 3, 31), None, "G",
         "Draft plan considered by Planning Committee on 11 December 2024; consultation closes "
         "31 January 2025."),
        ("PE-02", "Medium",
         "Review the 43 open enforcement cases older than 12 months and close, escalate or set a new "
         "target date for each.",
         "Planning Enforcement Lead", D(2024, 11, 30), D(2025, 2, 28), "A",
         "29 of 43 cases reviewed; 12 closed."),
    ]
    r = 5
    letter_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    for row in rows:
        if row[0] == "band":
            band_row(t, r, row[1], len(hdr), fill="grey")
        else:
            body_row(t, r, list(row))
            st = t.cell(row=r, column=7)
            st.fill = FILL[letter_fill[row[6]]]
            st.alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    t.cell(row=r, column=1, value=(
        "Status key: B = implemented; G = not yet due / on track; A = revised target date agreed; "
        "R = overdue (no revised date agreed). Revised target dates are agreed with the Head of "
        "Service and reported to Committee."))
    widths(t, [10, 10, 55, 30, 14, 14, 8, 50])

    k = wb.create_sheet("Key")
    k["A1"] = "Recommendation priorities and assurance opinions"
    k["A1"].font = BOLD
    header_row(k, 3, ["Priority", "Definition"])
    body_row(k, 4, ["High", "A significant finding. A key control is absent or is being "
                            "systematically disregarded. Action within 3 months."])
    body_row(k, 5, ["Medium", "An important finding. Action within 6 months."])
    body_row(k, 6, ["Low", "A finding that should be addressed to improve the control framework."])
    header_row(k, 8, ["Assurance opinion", "Definition"])
    body_row(k, 9, ["Substantial", "A sound system of governance, risk management and control exists."])
    body_row(k, 10, ["Reasonable", "Generally sound, with some areas for improvement."])
    body_row(k, 11, ["Limited", "Significant gaps, weaknesses or non-compliance were identified."])
    body_row(k, 12, ["No Assurance", "Immediate action is required to address fundamental gaps."])
    widths(k, [20, 90])

    wb.save(os.path.join(HERE, "mq2-torridge-dc-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Clackmannanshire & Stirling HSCP - joint inspection of adult services (xlsx)
# ---------------------------------------------------------------------------
def clacks():
    title = "Clackmannanshire & Stirling HSCP – Joint Inspection of Adult Services Improvement Plan 2024–2026"
    wb = Workbook()
    c = wb.active
    c.title = "Cover"
    c["A1"] = title
    c["A1"].font = Font(bold=True, size=14)
    c["A3"] = "Owner:"
    c["B3"] = "Chief Officer, Clackmannanshire & Stirling Health and Social Care Partnership"
    c["A4"] = "Approved:"
    c["B4"] = "Integration Joint Board, 25 September 2024"
    c["A5"] = "Reporting:"
    c["B5"] = "Quarterly to the IJB Audit & Risk Committee"
    header_row(c, 7, ["Version", "Date", "Author", "Comments"])
    body_row(c, 8, ["0.3", "02/08/2024", "Improvement & Planning Officer", "Draft for Senior Leadership Team"])
    body_row(c, 9, ["1.0", "25/09/2024", "Chief Officer", "Approved by IJB"])
    body_row(c, 10, ["1.1", "18/11/2024", "Improvement & Planning Officer", "November progress update"])
    widths(c, [14, 30, 34, 36])

    p = wb.create_sheet("Improvement Plan")
    p["A1"] = title
    p["A1"].font = Font(bold=True, size=14)
    p["A2"] = ("Care Inspectorate and Healthcare Improvement Scotland joint inspection – report published "
               "June 2024. Progress update: November 2024 (report to IJB Audit & Risk Committee)")
    hdr = ["Ref", "Area for improvement", "Improvement action", "Lead officer(s)", "Target date",
           "Progress update", "Previous RAG", "Current RAG"]
    header_row(p, 4, hdr)
    p.freeze_panes = "C5"
    plan = [
        ("Theme 1: Strategic planning and commissioning",
         "The partnership should ensure its strategic commissioning plan is underpinned by an analysis of "
         "need, demand and capacity for adults living with mental illness.",
         [("1.1", "Complete a joint strategic needs assessment for adult mental health, drawing on NHS Forth "
                  "Valley, council and third sector data.",
           "Head of Strategic Planning & Health Improvement", "March 2025",
           "Data sharing agreement signed; analyst in post from October 2024.", "Amber", "Green"),
          ("1.2", "Publish a refreshed Adult Mental Health Commissioning Plan with clear timescales and "
                  "measurable outcomes.",
           "Head of Strategic Planning & Health Improvement / Chief Finance Officer", "Q1 2025/26",
           "Scoping under way; dependent on 1.1.", "Green", "Green")]),
        ("Theme 2: Experience of people and carers",
         "The partnership should improve the involvement of people with lived experience and unpaid carers "
         "in planning their own care and in shaping services.",
         [("2.1", "Establish a lived experience panel to co-design the adult mental health pathway.",
           "Service Manager (Mental Health)", "December 2024",
           "Panel met for the first time on 14 October 2024 with 11 members.", "Green", "Blue"),
          ("2.2", "Audit a sample of 40 care plans each quarter for evidence of the person's own outcomes "
                  "and views.",
           "Team Leaders (CMHTs)", "Ongoing (quarterly)", "First audit scheduled for January 2025.", None, None),
          ("2.3", "Offer every unpaid carer of a person open to mental health services an adult carer support "
                  "plan, working with Carers Centre partners.",
           "Carers Lead", "31/03/2025",
           "Referral pathway agreed with both Carers Centres; 23 plans offered to date.", "Amber", "Amber")]),
        ("Theme 3: Key processes",
         "The partnership should ensure that risk assessments and chronologies are completed and reviewed "
         "consistently across health and social work mental health teams.",
         [("3.1", "Introduce a single shared risk assessment template for the integrated mental health teams.",
           "Clinical Lead (Adult Mental Health)", "September 2024",
           "Template live on both recording systems from 2 September 2024.", "Green", "Blue"),
          ("3.2", "Deliver chronology training to all mental health officers and community psychiatric nurses.",
           "Learning & Development Lead; Senior MHO", "Jan-25",
           "Two of six sessions cancelled due to staffing; revised plan to SLT in December.", "Amber", "Red")]),
        ("Theme 4: Leadership and governance",
         "Leaders should strengthen performance reporting so that the IJB has a clear line of sight of "
         "outcomes for adults living with mental illness.",
         [("4.1", "Develop an adult mental health performance dashboard reporting outcome measures to each "
                  "IJB Audit & Risk Committee.",
           "Chief Officer", "June 2025", "Measures agreed; dashboard build in progress.", "Green", "Green"),
          ("4.2", "Review the governance of the Mental Health Strategic Group and refresh its terms of "
                  "reference.",
           "Chief Officer; Chief Social Work Officer", "Ongoing",
           "Terms of reference reviewed annually; next review March 2025.", "Green", "Green")]),
    ]
    rag_fill = {"Red": "red", "Amber": "amber", "Green": "green", "Blue": "blue"}
    r = 5
    for theme, afi, acts in plan:
        band_row(p, r, theme, len(hdr))
        r += 1
        first = r
        for ref, action, lead, due, upd, prev, cur in acts:
            body_row(p, r, [ref, afi if r == first else None, action, lead, due, upd, prev, cur])
            for col, val in ((7, prev), (8, cur)):
                if val:
                    p.cell(row=r, column=col).fill = FILL[rag_fill[val]]
            r += 1
        if r - 1 > first:
            p.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    p.cell(row=r, column=1, value=(
        "RAG key: Blue – complete; Green – on track; Amber – minor slippage, within tolerance; "
        "Red – off track, escalated to Senior Leadership Team; blank – not yet started."))
    widths(p, [6, 40, 50, 30, 16, 40, 10, 10])
    wb.save(os.path.join(
        HERE, "mq2-clackmannanshire-stirling-hscp-joint-inspection-adult-services-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Torbay Council - Auditor's Annual Report 2023/24 VFM recommendations (xlsx)
# ---------------------------------------------------------------------------
def torbay():
    wb = Workbook()
    a = wb.active
    a.title = "Action Plan"
    a["A1"] = "Torbay Council – Auditor's Annual Report 2023/24: Value for Money Recommendations Action Plan"
    a["A1"].font = Font(bold=True, size=14)
    a["A2"] = "External auditor: Grant Thornton UK LLP. Update for Audit Committee – 24 September 2025"
    hdr = ["Ref", "Recommendation", "Type", "Management action", "Responsible officer", "Target date",
           "Progress update", "RAG"]
    header_row(a, 4, hdr)
    a.freeze_panes = "A5"
    plan = [
        ("Financial sustainability", [
            ("Key recommendation 1: The Council should develop a medium term financial plan which identifies "
             "specific, deliverable savings to close the budget gap for 2025/26 to 2027/28, and reduce "
             "reliance on reserves.", "Key", [
                ("KR1.1", "Set out a savings and income programme for 2026/27 to 2027/28 with named owners for "
                          "each proposal, reported to Cabinet with the draft budget.",
                 "Director of Finance (S151 Officer)", "February 2026",
                 "Programme of £6.2m identified; £1.4m still to be allocated to owners.", "Amber"),
                ("KR1.2", "Revise the Reserves Strategy to set a minimum level for the General Fund balance and "
                          "a plan to restore earmarked reserves used to support the 2024/25 budget.",
                 "Director of Finance (S151 Officer)", "31/03/2025",
                 "Reserves Strategy approved by Council on 27 February 2025.", "Complete")]),
            ("Improvement recommendation 1: The Council should strengthen its monitoring of the Dedicated "
             "Schools Grant deficit management plan, reporting progress to Cabinet at least quarterly.",
             "Improvement", [
                ("IR1.1", "Add DSG deficit recovery measures to the quarterly revenue monitoring report to "
                          "Cabinet.",
                 "Director of Finance (S151 Officer) / Director of Children's Services", "Q2 2025/26",
                 "Included in the Q1 2025/26 monitoring report.", "Green")]),
        ]),
        ("Governance", [
            ("Improvement recommendation 2: The Council should ensure that the risk registers of its wholly "
             "owned companies are reported to the Council's Audit Committee alongside the corporate risk "
             "register.", "Improvement", [
                ("IR2.1", "Agree a shareholder reporting protocol with the Council's companies requiring "
                          "six-monthly risk register returns.",
                 "Director of Corporate Services", "December 2025",
                 "Draft protocol shared with company boards.", "Green"),
                ("IR2.2", "Present the first combined group risk report to Audit Committee.",
                 "Head of Performance & Risk", "March 2026", None, "Not started")]),
            ("Improvement recommendation 3: The Council should review its Constitution to ensure that decisions "
             "taken under urgency are reported to Overview and Scrutiny Board promptly.", "Improvement", [
                ("IR3.1", "Amend the Constitution so that all urgent decisions are reported to the next "
                          "Overview and Scrutiny Board meeting, with a six-monthly summary to Council.",
                 "Director of Corporate Services / Monitoring Officer", "September 2025",
                 "Constitution amendments agreed by Council on 17 July 2025.", "Complete")]),
        ]),
        ("Improving economy, efficiency and effectiveness", [
            ("Improvement recommendation 4: The Council should put in place a contract management framework so "
             "that the performance of its largest contracts is reviewed against key performance indicators.",
             "Improvement", [
                ("IR4.1", "Introduce quarterly contract performance reviews for the 20 highest value contracts, "
                          "recorded on the contracts register.",
                 "Head of Procurement; Contract Managers", "Ongoing",
                 "Reviews held for 14 of the 20 contracts in Q1.", "Green")]),
            ("Improvement recommendation 5: The Council should use benchmarking information when setting "
             "targets in its corporate performance framework.", "Improvement", [
                ("IR5.1", "Include CIPFA nearest neighbour benchmarking in the 2025/26 performance framework "
                          "report to Cabinet.",
                 "Head of Performance & Risk", "Jun-25",
                 "Benchmarking not available for 8 of 32 measures; report delayed to October Cabinet.", "Red")]),
        ]),
    ]
    rag_fill = {"Red": "red", "Amber": "amber", "Green": "green", "Complete": "blue"}
    r = 5
    for section, recs in plan:
        band_row(a, r, section, len(hdr))
        r += 1
        for rec, typ, acts in recs:
            first = r
            for ref, action, lead, due, upd, rag in acts:
                body_row(a, r, [ref, rec if r == first else None, typ if r == first else None,
                                action, lead, due, upd, rag])
                if rag in rag_fill:
                    a.cell(row=r, column=8).fill = FILL[rag_fill[rag]]
                r += 1
            if r - 1 > first:
                a.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                a.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    a.cell(row=r, column=1, value=(
        "Notes: 1. Key recommendations are those the auditor considers necessary to address a significant "
        "weakness in arrangements. 2. RAG: Complete – action implemented; Green – on track; Amber – at risk; "
        "Red – target date missed."))
    widths(a, [8, 45, 12, 50, 30, 14, 40, 10])

    s = wb.create_sheet("Summary")
    s["A1"] = "Summary of actions by recommendation type"
    s["A1"].font = BOLD
    header_row(s, 3, ["Type", "Actions", "Complete", "Green", "Amber", "Red", "Not started"])
    body_row(s, 4, ["Key", 2, 1, 0, 1, 0, 0])
    body_row(s, 5, ["Improvement", 6, 1, 3, 0, 1, 1])
    body_row(s, 6, ["Total", 8, 2, 3, 1, 1, 1])
    widths(s, [16, 10, 10, 10, 10, 10, 12])
    wb.save(os.path.join(
        HERE, "mq2-torbay-council-auditors-annual-report-2023-24-vfm-recommendations-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_row(row):
    for cell in row.cells:
        for par in cell.paragraphs:
            for run in par.runs:
                run.bold = True


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)


HEX = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000", "head": "D9E2F3"}


# ---------------------------------------------------------------------------
# 4. Carmarthenshire CC - Audit Wales organisational response (docx)
# ---------------------------------------------------------------------------
def carmarthenshire():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Use of Performance Information: Service User Perspective and Outcomes – "
                    "Organisational Response", level=1)
    doc.add_paragraph("Carmarthenshire County Council")

    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Report title", "Use of performance information: service user perspective and outcomes – "
                                  "Carmarthenshire County Council"),
                 ("Completion date", "February 2024"),
                 ("Document reference", "3981A2024"),
                 ("Progress update as at", "28 February 2025")]:
        cells = info.add_row().cells
        cells[0].text = k
        cells[1].text = v
        cells[0].paragraphs[0].runs[0].bold = True

    doc.add_paragraph("")
    doc.add_paragraph("Table 2: Actions in response to the Auditor General's recommendations")
    hdr = ["Ref", "Planned action", "Completion date for planned actions", "Responsible officer (title)",
           "Progress update", "RAG"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        shade(t.rows[0].cells[i], HEX["head"])
    bold_row(t.rows[0])
    plan = [
        ("R1 The Council should strengthen the information it provides to its senior leaders to help them "
         "understand how well services and policies are meeting the needs of service users.", [
            ("R1.1", "Add a service user perspective section to the quarterly Corporate Performance Report, "
                     "drawing on complaints, compliments and satisfaction survey results.",
             "June 2024", "Head of Policy, Performance & Partnerships",
             "Section added from the Q1 2024/25 report onwards.", "blue"),
            ("R1.2", "Run a corporate residents' survey every two years and report the results to Corporate "
                     "Management Team and Cabinet.",
             "November 2024", "Performance & Information Manager",
             "Survey closed 30 November 2024; results to CMT in March 2025.", "green"),
            ("R1.3", "Agree with each Head of Service at least one service user measure for their 2025/26 "
                     "business plan.",
             "April 2025", "Heads of Service / Performance & Information Manager",
             "Guidance issued; 9 of 14 services have agreed measures.", "amber"),
        ]),
        ("R2 The Council should strengthen the information provided to senior leaders to help them evaluate "
         "whether the Council is delivering its well-being objectives and intended outcomes.", [
            ("R2.1", "Develop an outcome framework for each well-being objective, with a small set of outcome "
                     "indicators and a narrative assessment of progress.",
             "March 2025", "Head of Policy, Performance & Partnerships",
             "Frameworks drafted for four of the five objectives.", "green"),
            ("R2.2", "Revise the Annual Self-Assessment Report so that it evaluates the impact of services "
                     "rather than listing activity.",
             "October 2025", "Director of Corporate Services", "", None),
        ]),
        ("R3 The Council should strengthen its arrangements to check the accuracy of the service user "
         "perspective and outcomes data it reports to senior leaders.", [
            ("R3.1", "Refresh the Data Quality Policy and introduce an annual data quality statement signed by "
                     "each Head of Service.",
             "January 2025", "Performance & Information Manager",
             "Policy approved by CMT on 14 January 2025.", "blue"),
            ("R3.2", "Ask Internal Audit to include a sample check of performance indicator data in each "
                     "year's audit plan.",
             "Ongoing – annual", "Head of Revenues & Financial Compliance",
             "Included in the 2025/26 Internal Audit Plan.", "green"),
        ]),
    ]
    for rec, acts in plan:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        merged.text = rec
        merged.paragraphs[0].runs[0].bold = True
        shade(merged, "F2F2F2")
        for ref, action, due, lead, upd, rag in acts:
            cells = t.add_row().cells
            for i, v in enumerate([ref, action, due, lead, upd, ""]):
                cells[i].text = v
            if rag:
                shade(cells[5], HEX[rag])
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Blue – complete; Green – on track; Amber – some delay; Red – significant delay. "
                      "No shading – not yet started.")
    doc.save(os.path.join(
        HERE, "mq2-carmarthenshire-cc-audit-wales-use-of-performance-information-organisational-response.docx"))


# ---------------------------------------------------------------------------
# 5. Ysgol Brynrefail - Estyn post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def brynrefail():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Ysgol Brynrefail – Cynllun Gweithredu Ôl-arolygiad / Post-Inspection Action Plan", level=0)
    doc.add_paragraph("Estyn inspection: 4–7 March 2024. Plan approved by the Governing Body: 19 June 2024. "
                      "Progress reviewed: 6 February 2025.")
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Summary of changes"]):
        dc.rows[0].cells[i].text = h
    bold_row(dc.rows[0])
    for v in [("1.0", "19/06/2024", "Headteacher", "Approved by the Governing Body"),
              ("1.1", "06/02/2025", "Deputy Headteacher", "Spring term progress review added")]:
        cells = dc.add_row().cells
        for i, x in enumerate(v):
            cells[i].text = x
    doc.add_paragraph("")
    doc.add_paragraph("Key: B – completed; G – on track; A – some progress, further action needed; "
                      "R – no progress / significant concern.")
    recs = [
        ("Argymhelliad 1 / Recommendation 1: Strengthen the quality of teaching to ensure that all pupils "
         "make strong progress in lessons", [
            ("Introduce a programme of paired lesson observations and learning walks focused on pace, challenge "
             "and questioning.", "DHT (Teaching & Learning)", "Autumn term 2024",
             "All teachers observed twice; 80% of lessons judged at least good.",
             "Programme completed; 76% of lessons judged good or better.", "B"),
            ("Establish three teaching and learning triads led by Lead Practitioners, with time in the directed "
             "time calendar.", "AHT / Lead Practitioners", "Sept 2024 – July 2025",
             "All staff take part in at least one triad cycle.", "Two cycles completed.", "G"),
            ("Share effective practice in adaptive teaching at each half-termly staff meeting.",
             "Lead Practitioners", "Half-termly", "Staff survey shows increased confidence in adaptive teaching.",
             "Four sessions held.", "G"),
        ]),
        ("Argymhelliad 2 / Recommendation 2: Improve pupils’ attendance, particularly that of pupils eligible "
         "for free school meals", [
            ("Appoint a Family Engagement Officer to work with families of pupils whose attendance is below 90%.",
             "Headteacher", "September 2024", "Officer in post; caseload of at least 30 families.",
             "Appointed 2 September 2024; caseload 34.", "B"),
            ("Introduce weekly attendance tracking meetings for Heads of Year, with escalation to the Education "
             "Welfare Officer after three weeks.", "Heads of Year, EWO", "Spring term 2025",
             "Attendance of eFSM pupils improves to at least 88%.",
             "eFSM attendance 86.1% at the end of January.", "A"),
        ]),
        ("Argymhelliad 3 / Recommendation 3: Ensure that self-evaluation and improvement planning focus sharply "
         "on the impact of provision on pupils’ learning", [
            ("Revise the self-evaluation calendar so that each department’s evidence includes pupil voice, book "
             "scrutiny and lesson observation findings.", "DHT", "Summer term 2025",
             "All departments complete the revised cycle.", "Calendar revised; first cycle under way.", "G"),
            ("Train middle leaders in writing departmental improvement plans with measurable success criteria "
             "linked to pupil outcomes.", "Headteacher / Gwynedd Education Adviser", "Summer term 2025",
             "All departmental plans meet the agreed quality criteria.",
             "Training postponed twice; rescheduled for 24 March 2025.", "R"),
            ("Report progress against this plan to the Governing Body’s Standards Committee each term.",
             "Chair of Governors; Headteacher", "Termly", "Governors can evaluate progress and challenge leaders.",
             "Reports made in December 2024 and February 2025.", "G"),
        ]),
    ]
    fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    hdr = ["Action", "Lead", "Timescale", "Success criteria", "Progress (February 2025)", "RAG"]
    for heading, acts in recs:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            t.rows[0].cells[i].text = h
            shade(t.rows[0].cells[i], HEX["head"])
        bold_row(t.rows[0])
        for act in acts:
            cells = t.add_row().cells
            for i, v in enumerate(act):
                cells[i].text = v
            shade(cells[5], HEX[fill[act[5]]])
        doc.add_paragraph("")
    doc.save(os.path.join(HERE, "mq2-ysgol-brynrefail-estyn-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Rugby BC - RSH consumer standards housing improvement plan, CSV (refuse: 0ct-25)
# ---------------------------------------------------------------------------
def rugby():
    lines = [
        "Rugby Borough Council – Housing Improvement Plan (Regulator of Social Housing: Consumer Standards),,,,,",
        "Version 1.4 – progress position at 30 September 2025,,,,,",
        ",,,,,",
        "Ref,Action,Lead officer,Target date,RAG,Progress update",
        "Safety and Quality Standard,,,,,",
        "SQ1,Complete fire risk assessments for all 58 blocks with communal areas and upload them to the "
        "compliance system.,Compliance Manager,Sep-25,Complete,All 58 FRAs completed by the external assessor.",
        "SQ2,Clear the backlog of high-risk fire safety remedial actions (212 at 31 March 2025).,"
        "Compliance Manager; Fire Safety Officer,Dec-25,Amber,94 actions still open; contractor capacity increased.",
        'SQ3,"Carry out electrical installation condition reports (EICRs) on the 1,140 homes without a '
        'certificate less than five years old.",Head of Property Services,Mar-26,Green,"612 of 1,140 completed."',
        "SQ4,Commission a 100% stock condition survey including HHSRS assessments.,Asset Manager,0ct-25,Amber,"
        "Surveyor appointed; 38% of homes surveyed.",
        "SQ5,Introduce a damp and mould case tracker with weekly review at the repairs performance meeting.,"
        "Repairs Manager,Jun-25,Complete,Tracker live since 2 June 2025.",
        '"Transparency, Influence and Accountability Standard",,,,,',
        "TIA1,Publish the 2024/25 Tenant Satisfaction Measures with a tenant-friendly summary.,"
        "Housing Performance Officer,Jul-25,Complete,Published on the council website on 30 June 2025.",
        "TIA2,Set up a Tenant Scrutiny Panel and agree its first review topic.,Tenant Engagement Officer,Nov-25,"
        "Green,Eight tenants recruited; induction in October.",
        "Neighbourhood and Community Standard,,,,,",
        "NC1,Review the anti-social behaviour policy with tenants and publish service standards.,"
        "ASB & Community Safety Manager,Jan-26,Green,Tenant workshop held 11 September 2025.",
        "Governance and assurance,,,,,",
        "G1,Report progress on this plan to Cabinet and the Tenants' Forum every quarter.,"
        "Chief Officer – Communities & Homes,Quarterly,Green,Q1 report to Cabinet on 8 September 2025.",
        "G2,Commission an independent assurance review of compliance data before seeking regulatory re-grading.,"
        "Chief Officer – Communities & Homes,Mar-26,Not started,",
        ",,,,,",
        "RAG key: Complete = action finished; Green = on track; Amber = at risk; Red = off track,,,,,",
    ]
    with open(os.path.join(HERE, "mq2-rugby-bc-rsh-consumer-standards-housing-improvement-plan-typo-month-refuse.csv"),
              "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Lincolnshire Police - custody inspection action plan, tab-separated text export
# ---------------------------------------------------------------------------
def lincolnshire():
    T = "\t"
    rows = [
        "Lincolnshire Police – Custody Inspection Action Plan",
        "Report on an unannounced inspection visit to police custody suites in Lincolnshire (HMICFRS / HM "
        "Inspectorate of Prisons), published 20 February 2024",
        "Exported from Organisational Learning Tracker: 07/10/2024 09:14",
        "",
        T.join(["Ref", "Force action", "Action owner", "Due date", "Revised due date", "Status", "Latest update"]),
        "Leadership, accountability and partnerships",
        "AFI 1: The force should ensure that custody staffing levels are sufficient to meet demand at Lincoln "
        "Police Station at peak times.",
        T.join(["1.1", "Complete a demand and capacity review of custody staffing against custody throughput "
                       "data for 2023.", "Ch Insp Criminal Justice", "31/03/2024", "", "Complete",
                "Review completed; findings presented to Chief Officer Group 18/04/2024."]),
        T.join(["1.2", "Agree revised minimum staffing levels with the custody contract provider and reflect "
                       "them in the shift pattern.", "Ch Insp Criminal Justice & G4S Contract Manager",
                "30/06/2024", "30/11/2024", "Amber", "Contract variation being negotiated."]),
        "Pre-custody: first point of contact",
        "AFI 2: The force should make sure that alternatives to custody are considered for children and that "
        "the reasons for their detention are recorded.",
        T.join(["2.1", '"Amend the custody booking-in script so that the arresting officer must record why '
                       'alternatives to custody were not used for a child.\nBrief all response sergeants on '
                       'the change."', "Insp Custody Operations", "31/05/2024", "", "Complete",
                "Niche change live from 13/05/2024; briefing delivered at May CPD days."]),
        "In the custody suite: booking in, individual needs and legal rights",
        "Cause of concern 1 – Recommendation: The force and its custody provider should ensure that risk "
        "assessments are reviewed and observation levels adjusted whenever new information about a "
        "detainee's risk becomes available.",
        T.join(["CC1.1", "Introduce a mandatory risk review prompt in Niche at each handover between custody "
                         "sergeants.", "Insp Custody Operations", "30/04/2024", "", "Complete",
                "Prompt live from 22/04/2024."]),
        T.join(["CC1.2", "Dip-sample 20 custody records per month for risk review compliance and report results "
                         "to the Custody Governance Board.", "Custody Inspector (Quality Assurance)", "Monthly",
                "", "Green", "Compliance 91% in September (target 95%)."]),
        T.join(["CC1.3", "Deliver refresher training on dynamic risk assessment to all custody sergeants and "
                         "detention officers.", "Custody Training Lead", "31/10/2024", "31/01/2025", "Amber",
                "62% trained; remaining sessions booked for November and January."]),
        "AFI 3: The force should ensure that detainees with a disability or mobility need have access to an "
        "adapted cell and shower at each suite.",
        T.join(["3.1", "Complete an accessibility audit of each custody suite and agree a programme of "
                       "adaptations with Estates.", "Estates Manager", "Q3 2024/25", "", "Red",
                "Audit not yet commissioned; escalated to Custody Governance Board."]),
        "In the custody cell, safeguarding and health care",
        "AFI 4: The force should ensure that detainees are offered a shower and exercise and that this is "
        "recorded.",
        T.join(["4.1", "Add shower and exercise offers to the hourly care entries template in the custody "
                       "record.", "Insp Custody Operations", "July 2024", "", "Complete",
                "Template updated 01/07/2024."]),
        "Release and transfer from custody",
        "AFI 5: The force should ensure that pre-release risk assessments address the detainee's needs on "
        "release, including onward travel and support.",
        T.join(["5.1", "Work with the liaison and diversion service to produce a pre-release support leaflet "
                       "and referral checklist.", "Ch Insp Criminal Justice; Liaison & Diversion Team Leader",
                "31/12/2024", "", "Green", "Draft leaflet with the service user panel for comment."]),
        T.join(["5.2", "Review the provision of funded travel warrants for vulnerable detainees released at "
                       "night.", "Custody Contract Manager (Force)", "", "", "Not started", ""]),
        "",
        "Status: Complete / Green (on track) / Amber (at risk) / Red (overdue). 10 actions: 4 complete, "
        "2 green, 2 amber, 1 red, 1 not started.",
    ]
    with open(os.path.join(HERE, "mq2-lincolnshire-police-custody-inspection-action-plan.txt"),
              "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(rows) + "\r\n")


if __name__ == "__main__":
    torridge()
    clacks()
    torbay()
    carmarthenshire()
    brynrefail()
    rugby()
    lincolnshire()
    print("built 7 files in", HERE)
