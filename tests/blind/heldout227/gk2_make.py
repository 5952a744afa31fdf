"""Build the seven gk2- blind test files (set heldout227).

Run with: /work/main/.venv/bin/python gk2_make.py
Writes the data files next to this script. The .expected.yaml files are written separately.
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
BLUE = "0070C0"
GREY = "BFBFBF"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day=1):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. West Berkshire Council - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
WB_FILE = "gk2-west-berkshire-council-asc-cqc-assessment-improvement-plan.xlsx"
WB_TITLE = "Adult Social Care Improvement Plan 2025–26"
WB_PRIORITIES = [
    ("Priority 1: Timely assessments and reviews", [
        ("Waiting times for Care Act assessments and annual reviews were too long, and people were not always kept informed while they waited.", [
            ("1.1", "Assessing needs",
             "Introduce a triage and prioritisation framework for the assessment waiting list, with a contact call to everyone who has waited more than 28 days.",
             "Head of Adult Social Care Operations", d(2025, 4), d(2025, 6, 30), d(2025, 9, 30), "A", GREEN,
             "Framework live from 1 August. 94% of people waiting over 28 days were contacted in September."),
            ("1.2", "Assessing needs",
             "Commission a time-limited review team to clear overdue annual reviews, starting with people in residential and nursing care.",
             "Service Manager – Long Term Care", d(2025, 5), d(2026, 3, 31), None, "G", AMBER,
             "Team in place from July; overdue reviews down from 1,012 to 760. Recruitment to the second OT post has slipped."),
        ]),
        ("Information and advice was not easy to find, and the Front Door did not always signpost people to preventative support in the community.", [
            ("1.3", "Supporting people to live healthier lives",
             "Relaunch the online information and advice directory, tested with people with lived experience, and add an online self-assessment for minor equipment.",
             "Service Manager – Front Door / Digital Transformation Lead", d(2025, 6), d(2025, 12, 31), None, "G", GREEN,
             "Directory content review complete; user testing sessions held with Healthwatch in October."),
        ]),
    ]),
    ("Priority 2: Recognising and supporting unpaid carers", [
        ("Unpaid carers told CQC they did not feel recognised or supported, and the number of carers’ assessments was low compared with similar councils.", [
            ("2.1", "Equity in experience and outcomes",
             "Co-produce a refreshed Carers Strategy and delivery plan with the West Berkshire Carers Forum.",
             "Commissioning Manager (Carers); Carers Lead Practitioner", d(2025, 5), d(2026, 3, 31), None, "G", GREEN,
             "Four co-production workshops held; draft strategy to Executive in February 2026."),
            ("2.2", "Equity in experience and outcomes",
             "Offer a carer’s assessment at every new assessment and review, and report uptake monthly to the ASC Leadership Team.",
             "Principal Social Worker", d(2025, 4), d(2025, 7, 31), None, "A", BLUE,
             "Complete. Prompt built into the case management system; carers’ assessments up 38% on Q2 2024–25."),
        ]),
    ]),
    ("Priority 3: Safe transitions and safeguarding", [
        ("Young people moving from children’s to adult services did not always have a timely plan, and some transitions work started too late.", [
            ("3.1", "Safe systems, pathways and transitions",
             "Establish a Preparing for Adulthood panel from age 14 with children’s services, education and health, using a shared tracker of every young person in scope.",
             "Head of Adult Social Care Operations / Head of Children and Family Services", d(2025, 7), d(2026, 1, 31), None, "G", GREEN,
             "Panel met for the first time in September; tracker holds 212 young people."),
        ]),
        ("Safeguarding concerns were not always screened within timescale, and feedback to people who raised concerns was inconsistent.", [
            ("3.2", "Safeguarding",
             "Bring safeguarding screening into a single Safeguarding Adults Hub with a two-working-day screening standard.",
             "Service Manager – Safeguarding", d(2025, 4), d(2025, 10, 31), d(2026, 1, 31), "A", RED,
             "Staff consultation on the Hub restructure was extended; go-live is now planned for January 2026."),
            ("3.3", "Safeguarding",
             "Introduce a standard feedback letter to referrers and audit a sample of 20 cases each quarter.",
             "Safeguarding Adults Board Business Manager", d(2025, 11), d(2026, 3, 31), None, "", GREY,
             "Will start once the Safeguarding Adults Hub is live."),
        ]),
    ]),
]


def build_west_berkshire():
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "West Berkshire Council"
    cov["A1"].font = Font(bold=True, size=12)
    cov["A2"] = WB_TITLE
    cov["A2"].font = Font(bold=True, size=16)
    cov["A3"] = "Our response to the Care Quality Commission (CQC) Local Authority Assessment of adult social care"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Summary of changes"),
            ("v1.0", "02/04/2025", "ASC Improvement Lead", "First draft for Adult Social Care DMT"),
            ("v1.3", "21/05/2025", "ASC Improvement Lead", "Approved by the Executive"),
            ("v2.1", "07/10/2025", "ASC Improvement Lead", "Quarter 2 progress update")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    cov["A12"] = "RAG key (Current RAG is shown by cell colour on the Improvement Plan sheet)"
    cov["A12"].font = Font(bold=True)
    key = [(BLUE, "Blue", "Complete – action delivered and evidence of impact"),
           (GREEN, "Green", "On track to deliver by the target date"),
           (AMBER, "Amber", "At risk – some slippage, mitigation in place"),
           (RED, "Red", "Off track – escalated to the ASC Improvement Board"),
           (GREY, "Grey", "Not yet started")]
    for i, (col, name, desc) in enumerate(key):
        a = cov.cell(row=13 + i, column=1, value=name)
        a.fill = fill(col)
        a.border = BOX
        b = cov.cell(row=13 + i, column=2, value=desc)
        b.border = BOX
        cov.merge_cells(start_row=13 + i, start_column=2, end_row=13 + i, end_column=4)
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 24
    cov.column_dimensions["D"].width = 40

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = WB_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:K1")
    ws["A2"] = "Position as at 30 September 2025"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "CQC quality statement", "What CQC said we need to improve", "Action",
           "Lead officer", "Start", "Original target date", "Revised target date",
           "Previous RAG", "Current RAG", "Progress update (Q2 2025–26)"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    r = 5
    for prio, afis in WB_PRIORITIES:
        ws.cell(row=r, column=1, value=prio).font = Font(bold=True)
        for j in range(1, 12):
            ws.cell(row=r, column=j).fill = fill("D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        r += 1
        for afi, acts in afis:
            first = r
            for (ref, qs, act, lead, start, orig, rev, prev, cur, prog) in acts:
                vals = [ref, qs, afi if r == first else None, act, lead, start, orig, rev, prev, None, prog]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.border = BOX
                    c.alignment = Alignment(wrap_text=True, vertical="top")
                    if j in (6, 7, 8) and v is not None:
                        c.number_format = "mmm-yy"
                ws.cell(row=r, column=10).fill = fill(cur)
                r += 1
            if r - first > 1:
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(row=r, column=1, value="Notes: Current RAG is shown by cell colour – see the key on the Cover sheet. "
                                   "Revised target dates have been agreed by the ASC Improvement Board.").font = Font(italic=True)
    widths = [6, 22, 40, 50, 30, 9, 11, 11, 9, 9, 45]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG – Quarter 2 2025–26"
    sm["A1"].font = Font(bold=True)
    counts = [("Blue (complete)", 1), ("Green", 4), ("Amber", 1), ("Red", 1), ("Not yet started", 1), ("Total actions", 8)]
    for i, (k, v) in enumerate(counts):
        sm.cell(row=3 + i, column=1, value=k)
        sm.cell(row=3 + i, column=2, value=v)
    sm.cell(row=8, column=1).font = Font(bold=True)
    sm.column_dimensions["A"].width = 22
    wb.save(os.path.join(HERE, WB_FILE))


# ---------------------------------------------------------------------------
# 2. Somerset Council - Auditor's Annual Report VFM recommendations (xlsx)
# ---------------------------------------------------------------------------
SC_FILE = "gk2-somerset-council-auditors-annual-report-vfm-recommendations-action-plan.xlsx"
SC_TITLE = "Somerset Council – Auditor’s Annual Report 2024/25: Value for Money Recommendations Action Plan"
SC_SECTIONS = [
    ("Financial sustainability", [
        ("Key recommendation 1: The Council should continue to develop and deliver its savings programme, with fully costed and risk-assessed plans that close the budget gap for 2026/27 without relying on Exceptional Financial Support.", [
            ("KR1.1",
             "Complete the 2026/27 budget setting process with every savings proposal supported by:\n- a delivery plan and named owner\n- an equality impact assessment",
             "Executive Director of Resources and Corporate Services (S151)", "February 2026", "", "Green",
             "Budget consultation closed 5 January; proposals on track for Full Council on 19 February 2026."),
            ("KR1.2",
             "Report savings delivery monthly to the Executive, with RAG-rated tracking of each proposal and mitigations for any slippage.",
             "Service Director – Finance and Procurement", "Monthly", "", "Green",
             "Monthly savings tracker reported to the Executive since June 2025."),
        ]),
        ("Improvement recommendation 1: The Council should strengthen its monitoring of the Dedicated Schools Grant (DSG) deficit management plan and its reporting to Members.", [
            ("IR1.1",
             "Present a refreshed DSG deficit management plan to the Schools Forum and Audit Committee, setting out the projected cumulative deficit to March 2028.",
             "Director of Education Partnerships and Skills", "Sept 2025", "", "Complete",
             "Presented to Schools Forum on 17 September and Audit Committee on 25 September 2025."),
        ]),
    ]),
    ("Governance", [
        ("Key recommendation 2: The Council should make sure its risk management framework is embedded, with strategic risks reviewed by the Executive at least quarterly and linked to the Council Plan.", [
            ("KR2.1",
             "Refresh the Risk Management Strategy and Policy and take it to Audit Committee for approval.",
             "Strategic Manager – Governance and Risk", "31/07/2025", "", "Complete",
             "Approved by Audit Committee on 24 July 2025."),
            ("KR2.2",
             "Deliver risk management training to all Executive and Audit Committee members and to service managers.",
             "Strategic Manager – Governance and Risk; Learning & Development Manager", "30/11/2025", "31/03/2026", "Amber",
             "Member sessions held; service manager sessions moved to Q4 because of budget workload."),
        ]),
        ("Improvement recommendation 2: The Council should review how effectively it manages the performance of its key contracts.", [
            ("IR2.1",
             "Implement a contract management framework that tiers contracts by value and risk, with quarterly performance reviews for all Tier 1 contracts.",
             "Head of Commercial and Procurement", "Q4 2025/26", "", "Amber",
             "Framework drafted; contract register data cleanse is taking longer than planned."),
        ]),
    ]),
    ("Improving economy, efficiency and effectiveness", [
        ("Improvement recommendation 3: The Council should use benchmarking and performance data more consistently to find opportunities to improve value for money in adult social care and home to school transport.", [
            ("IR3.1",
             "Introduce a quarterly benchmarking report for the Executive using CIPFA and LG Inform data.",
             "Head of Strategy, Performance and Intelligence", "Dec-25", "", "Green",
             "First report drafted for Q3; to the Executive in February."),
            ("IR3.2",
             "Complete the home to school transport route optimisation review and implement the agreed changes from September 2026.",
             "Service Director – Inclusion", "Sep-26", "", "Red",
             "Review paused while the new SEND transport policy is consulted on; revised plan to be brought to Audit Committee in April."),
        ]),
    ]),
]


def build_somerset():
    wb = openpyxl.Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Summary of progress – Value for Money recommendations"
    sm["A1"].font = Font(bold=True, size=12)
    tbl = [("Criteria", "Recommendations", "Actions", "Complete", "Green", "Amber", "Red"),
           ("Financial sustainability", 2, 3, 1, 2, 0, 0),
           ("Governance", 2, 3, 1, 0, 2, 0),
           ("Improving economy, efficiency and effectiveness", 1, 2, 0, 1, 0, 1),
           ("Total", 5, 8, 2, 3, 2, 1)]
    for i, row in enumerate(tbl):
        for j, v in enumerate(row):
            c = sm.cell(row=3 + i, column=1 + j, value=v)
            c.border = BOX
            if i in (0, len(tbl) - 1):
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 46
    sm["A10"] = "Status key: Complete – action delivered and evidence seen by internal audit; Green – on track; Amber – at risk of missing the target date; Red – will miss the target date or has been paused."
    sm["A10"].font = Font(italic=True)

    ws = wb.create_sheet("Action plan")
    ws["A1"] = SC_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Progress update for Audit Committee, 29 January 2026 (external auditor: Grant Thornton UK LLP)"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Agreed action", "Responsible officer", "Original target date", "Revised target date",
           "RAG status", "Progress update (January 2026)"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True)
    rag_fill = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    r = 5
    for sec, recs in SC_SECTIONS:
        c = ws.cell(row=r, column=1, value=sec)
        c.font = Font(bold=True, color="FFFFFF")
        for j in range(1, 8):
            ws.cell(row=r, column=j).fill = fill("305496")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for rec, acts in recs:
            c = ws.cell(row=r, column=1, value=rec)
            c.font = Font(bold=True)
            c.alignment = Alignment(wrap_text=True)
            for j in range(1, 8):
                ws.cell(row=r, column=j).fill = fill("F2F2F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 32
            r += 1
            for (ref, act, lead, orig, rev, rag, prog) in acts:
                vals = [ref, act, lead, orig, rev or None, rag, prog]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.border = BOX
                    c.alignment = Alignment(wrap_text=True, vertical="top")
                ws.cell(row=r, column=6).fill = fill(rag_fill[rag])
                r += 1
    widths = [8, 60, 34, 14, 14, 11, 50]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w

    cr = wb.create_sheet("Criteria")
    cr["A1"] = "Value for money criteria (Code of Audit Practice)"
    cr["A1"].font = Font(bold=True)
    crit = [("Financial sustainability", "How the body plans and manages its resources to ensure it can continue to deliver its services"),
            ("Governance", "How the body ensures that it makes informed decisions and properly manages its risks"),
            ("Improving economy, efficiency and effectiveness", "How the body uses information about its costs and performance to improve the way it manages and delivers its services")]
    for i, (a, b) in enumerate(crit):
        cr.cell(row=3 + i, column=1, value=a)
        cr.cell(row=3 + i, column=2, value=b)
    cr["A7"] = "Key recommendations: actions the auditor considers the body should take to address a significant weakness. Improvement recommendations: actions that would improve arrangements but do not relate to a significant weakness."
    cr.column_dimensions["A"].width = 44
    cr.column_dimensions["B"].width = 90
    wb.save(os.path.join(HERE, SC_FILE))


# ---------------------------------------------------------------------------
# 3. Cotswold DC - SWAP internal audit open agreed actions (xlsx, refuse)
# ---------------------------------------------------------------------------
CD_FILE = "gk2-cotswold-dc-swap-internal-audit-agreed-actions-tracker-typo-month-refuse.xlsx"
CD_TITLE = "Internal Audit – Summary of Open Agreed Actions (Priority 1 and 2)"
CD_ROWS = [
    # audit, year, opinion, priority, action, owner, original, revised, status, comment
    ("Procurement and Contract Management", "2023/24", "Limited", 1,
     "Maintain a single contracts register covering all contracts over £5,000 and publish it in line with the Local Government Transparency Code.",
     "Business Manager – Procurement", "31 March 2025", "30 September 2025", "Partially implemented",
     "Register published; contracts below £25,000 still being added."),
    (None, None, None, 2,
     "Introduce contract management training for all officers responsible for contracts over £100,000.",
     "Business Manager – Procurement", "30 June 2025", "31 December 2025", "Not implemented",
     "Training provider being procured."),
    ("Health and Safety", "2024/25", "Limited", 1,
     "Complete and record fire risk assessments for all Council-owned buildings, with a programme of reviews at least every two years.",
     "Health and Safety Advisor", "31 July 2025", None, "Partially implemented",
     "14 of 17 buildings assessed."),
    (None, None, None, 2,
     "Refresh the lone working procedure and issue lone worker devices to all field-based staff.",
     "Business Manager – Environmental and Regulatory Services", "31 October 2025", "31 January 2026", "Partially implemented",
     "Procedure approved; devices issued to 60% of staff."),
    ("Disabled Facilities Grants", "2024/25", "Reasonable", 2,
     "Introduce a case file checklist so that eligibility and means test evidence is retained on every file.",
     "Housing Services Manager", "30 September 2025", None, "Not implemented",
     "Overdue – chased with service."),
    ("ICT Cyber Security", "2024/25", "Limited", 1,
     "Enforce multi-factor authentication for all remote access to Council systems.",
     "ICT Infrastructure Manager", "30 June 2025", "31 October 2025", "Partially implemented",
     "MFA enforced for Microsoft 365; two line-of-business systems outstanding."),
    (None, None, None, 1,
     "Test the ICT disaster recovery plan and report the results to the Corporate Leadership Team.",
     "ICT Infrastructure Manager", "31 August 2025", "30 Novmber 2025", "Not implemented",
     "Test scheduled with the data centre provider."),
    ("Car Parking Income", "2024/25", "Reasonable", 2,
     "Reconcile pay and display income to bank deposits monthly and investigate variances over £100.",
     "Parking Services Manager", "31 December 2025", None, "Not yet due",
     ""),
    ("Risk Management", "2025/26", "Reasonable", 2,
     "Review the Corporate Risk Register quarterly at the Corporate Leadership Team and record the review in the minutes.",
     "Chief Finance Officer", "31 March 2026", None, "Not yet due",
     ""),
]
CD_HEADER_ROW = 5


def build_cotswold():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Open Actions"
    ws["A1"] = "Cotswold District Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = CD_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Audit and Governance Committee – 22 January 2026. Prepared by SWAP Internal Audit Services."
    hdr = ["Audit", "Audit year", "Assurance opinion", "Priority", "Agreed action", "Action owner",
           "Original due date", "Revised due date", "Follow-up status", "SWAP comment"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=CD_HEADER_ROW, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("0B5E55")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True)
    status_fill = {"Partially implemented": "FFE699", "Not implemented": "F8CBAD", "Not yet due": "E2EFDA"}
    r = CD_HEADER_ROW + 1
    for row in CD_ROWS:
        for j, v in enumerate(row, 1):
            c = ws.cell(row=r, column=j, value=v if v != "" else None)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=r, column=9).fill = fill(status_fill[row[8]])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Total open agreed actions: 9 (Priority 1: 4; Priority 2: 5)").font = Font(bold=True)
    widths = [28, 9, 11, 8, 55, 32, 16, 16, 18, 40]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w

    pd_ = wb.create_sheet("Priority definitions")
    pd_["A1"] = "Priority"
    pd_["B1"] = "Definition"
    pd_["A1"].font = pd_["B1"].font = Font(bold=True)
    defs = [(1, "Findings that are fundamental to the integrity of the service’s business processes and require the immediate attention of management."),
            (2, "Important findings that need to be resolved by management."),
            (3, "Finding that requires attention.")]
    for i, (p, t) in enumerate(defs):
        pd_.cell(row=2 + i, column=1, value=p)
        pd_.cell(row=2 + i, column=2, value=t)
    pd_.column_dimensions["B"].width = 100
    wb.save(os.path.join(HERE, CD_FILE))


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


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True


# ---------------------------------------------------------------------------
# 4. Flintshire County Council - Audit Wales recommendations action plan (docx)
# ---------------------------------------------------------------------------
FL_FILE = "gk2-flintshire-cc-audit-wales-recommendations-action-plan.docx"
FL_TITLE = "Flintshire County Council – Audit Wales Recommendations Action Plan 2025/26"
FL_REVIEWS = [
    ("1. Financial Sustainability Review (issued July 2024)", [
        ("R1 The Council should strengthen its medium-term financial planning by identifying the savings and income options needed to close the projected funding gap over the full period of the Medium Term Financial Strategy.", [
            ("1.1", "Develop a three-year savings and income programme aligned to the MTFS and report progress to Cabinet quarterly.",
             "Corporate Finance Manager", "March 2025 (revised to September 2025)", "Complete",
             "Programme approved by Cabinet in September 2025; first quarterly report in December."),
            ("1.2", "Introduce a reserves strategy setting a minimum level of general reserves.\nSet out a plan for rebuilding reserves to that level by 2027/28.",
             "Chief Executive; Corporate Finance Manager", "31/03/2026", "Green",
             "Draft strategy considered by Corporate Resources Overview and Scrutiny Committee in November."),
        ]),
        ("R2 The Council should improve the information it reports to members on the delivery of planned savings, including the impact on services.", [
            ("2.1", "Add a savings delivery tracker to the monthly revenue budget monitoring report to Cabinet and to Corporate Resources Overview and Scrutiny Committee.",
             "Strategic Finance Manager – Corporate", "October 2025", "Complete",
             "Tracker included from Month 5 report onwards."),
        ]),
    ]),
    ("2. Use of Performance Information: Service User Perspective and Outcomes (issued January 2024)", [
        ("R1 The Council should strengthen the information provided to senior leaders to help them understand how services are meeting the needs of service users.", [
            ("1.1", "Include service user feedback measures in the quarterly Council Plan performance report, starting with Housing, Streetscene and Social Services.",
             "Strategic Performance Advisor", "Q2 2025/26", "Amber",
             "Housing and Streetscene measures included; Social Services measures delayed by the new case management system."),
            ("1.2", "Develop a corporate customer feedback framework so that complaints, compliments and survey results are analysed together.",
             "Customer Services Manager / Strategic Performance Advisor", "Ongoing", "Green",
             "Framework in use; six-monthly report to Chief Officer Team."),
        ]),
        ("R2 The Council should strengthen the quality of the outcome data it uses to judge whether it is achieving its well-being objectives.", [
            ("2.1", "Review the Council Plan measures with each portfolio so that every well-being objective has at least one outcome measure.",
             "Chief Officer – Governance", "30/06/2026", "Green",
             "Portfolio workshops under way."),
        ]),
    ]),
    ("3. Digital Strategy Review (issued November 2024)", [
        ("R1 The Council should set out how it will resource and fund the delivery of its Digital Strategy, including the skills it will need.", [
            ("1.1", "Produce a costed Digital Strategy delivery plan for 2025–2028 and take it to Cabinet for approval.",
             "Chief Officer – Governance", "December 2025", "Red",
             "Delayed pending the outcome of the 2026/27 budget; report now scheduled for Cabinet in April 2026."),
            ("1.2", "Carry out a digital skills assessment of the workforce and build the findings into the People Strategy.",
             "Chief Officer – People and Organisational Development", "September 2026", "Not started",
             "Will follow approval of the delivery plan."),
        ]),
        ("R2 The Council should develop measures to evaluate the impact of its digital investment on service users.", [
            ("2.1", "Agree a benefits realisation framework for digital projects, with baseline measures set at project initiation.",
             "Digital Programme Manager", "March 2026", "Amber",
             "Template drafted; to be tested on the Planning portal project."),
        ]),
    ]),
]
FL_SHADE = {"Complete": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80", "Not started": "FFFFFF"}


def build_flintshire():
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(FL_TITLE, style="Title")
    doc.add_paragraph("Progress report to the Governance and Audit Committee – 28 January 2026")

    doc.add_heading("Document control", level=1)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Summary of changes"]):
        c.text = h
    bold_row(t.rows[0])
    for row in [("1.0", "12/03/2025", "Corporate Business and Communications Executive Officer", "Plan created from Audit Wales reports issued 2024"),
                ("1.4", "09/09/2025", "Corporate Business and Communications Executive Officer", "Mid-year update"),
                ("2.0", "13/01/2026", "Corporate Business and Communications Executive Officer", "January 2026 update for Governance and Audit Committee")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v

    doc.add_heading("Status key", level=1)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for name, desc in [("Complete", "Action delivered; evidence shared with Audit Wales"),
                       ("Green", "On track to be delivered by the target date"),
                       ("Amber", "Some slippage; expected to be delivered with a revised timescale"),
                       ("Red", "Significant delay or risk to delivery – reported to Chief Officer Team"),
                       ("Not started", "Action not yet due to start")]:
        cells = k.add_row().cells
        cells[0].text = name
        cells[1].text = desc
        shade(cells[0], FL_SHADE[name])

    doc.add_paragraph(
        "This plan brings together the recommendations made to the Council in Audit Wales local reports that remain open. "
        "Each report has its own table. The Council’s organisational response to each recommendation is set out as one or more actions.")

    for review, recs in FL_REVIEWS:
        doc.add_heading(review, level=1)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Recommendation", "Ref", "Action", "Responsible officer", "Target date", "Status", "Progress update"]):
            c.text = h
            shade(c, "D9D9D9")
        bold_row(t.rows[0])
        for rec, acts in recs:
            first = None
            for (ref, act, lead, due, status, prog) in acts:
                row = t.add_row()
                cells = row.cells
                if first is None:
                    first = cells[0]
                    cells[0].text = rec
                else:
                    first = first.merge(cells[0])
                cells[1].text = ref
                cells[2].text = act
                cells[3].text = lead
                cells[4].text = due
                cells[5].text = status
                cells[6].text = prog
                shade(cells[5], FL_SHADE[status])
        doc.add_paragraph("")
    doc.add_paragraph("Recommendations closed in 2024/25 are reported in the Annual Governance Statement and are not repeated here.")
    doc.save(os.path.join(HERE, FL_FILE))


# ---------------------------------------------------------------------------
# 5. Bridgend CBC - Estyn LGES post-inspection action plan (docx)
# ---------------------------------------------------------------------------
BR_FILE = "gk2-bridgend-cbc-estyn-lges-post-inspection-action-plan.docx"
BR_TITLE = "Bridgend County Borough Council Post-Inspection Action Plan (PIAP)"
BR_RECS = [
    ("Recommendation 1",
     "Strengthen the way self-evaluation findings are used to shape improvement planning, so that plans focus clearly on the impact of services on learners",
     ["Every service area has an improvement plan with measurable impact measures",
      "Scrutiny members receive evaluative reports on progress"],
     [("1.1", "Revise the directorate self-evaluation cycle so that each service area completes a termly evaluation against agreed impact measures.",
       "Head of Education and Early Help", "Autumn term 2025", "Directorate Management Team review of first cycle", "B"),
      ("1.2", "Train service managers in writing improvement plans with measurable success criteria, with support from the corporate performance team.",
       "Group Manager – Business Strategy and Performance", "September 2025 – March 2026", "Sample of plans quality assured", "G"),
      ("1.3", "Report progress against the directorate business plan to Subject Overview and Scrutiny Committee 2.",
       "Corporate Director – Education, Early Years and Young People", "Termly", "Committee minutes", "G")]),
    ("Recommendation 2",
     "Improve attendance, particularly for pupils eligible for free school meals and those with additional learning needs",
     ["Attendance of eFSM and ALN pupils improves year on year",
      "Persistent absence falls in all secondary schools"],
     [("2.1", "Introduce an attendance data dashboard for all schools, with fortnightly analysis of persistent absence by FSM and ALN group.",
       "Group Manager – Inclusion and School Improvement", "October 2025", "Dashboard usage reports", "B"),
      ("2.2", "Expand the Education Engagement Team to give targeted casework support to pupils whose attendance is below 80%.",
       "Education Welfare Manager / Group Manager – Inclusion and School Improvement", "Summer term 2026", "Caseload outcome tracking", "A")]),
    ("Recommendation 3",
     "Strengthen the strategic leadership of provision for learners with additional learning needs (ALN), including the planning of specialist places",
     ["A published place-planning strategy for specialist provision",
      "Consistent quality of individual development plans (IDPs) across schools"],
     [("3.1", "Complete a sufficiency review of specialist provision and learning resource centres, and publish a place-planning strategy to 2030.",
       "Group Manager – Inclusion and School Improvement", "By 31 January 2026", "Cabinet report", "R"),
      ("3.2", "Establish an ALN quality assurance framework, including moderation of IDPs across clusters of schools.",
       "Principal Educational Psychologist", "July 2026", "Moderation reports to ALN Strategic Group", "G")]),
    ("Recommendation 4",
     "Improve the quality and consistency of support and challenge for secondary schools causing concern",
     ["Schools causing concern make timely progress against their post-inspection action plans"],
     [("4.1", "Agree a schools causing concern protocol with headteachers and governors that sets out clear triggers for intervention.",
       "Head of Education and Early Help", "December 2025", "Protocol agreed at Headteachers’ Forum", "A"),
      ("4.2", "Hold termly review meetings with the headteacher and chair of governors of each secondary school in an Estyn follow-up category.",
       "Senior School Improvement Adviser (Secondary)", "Termly", "Notes of review meetings", "G")]),
]
BR_SHADE = {"B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000"}


def build_bridgend():
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_paragraph(BR_TITLE, style="Title")
    doc.add_paragraph("Estyn inspection of local government education services – inspection report published May 2025")

    cv = doc.add_table(rows=0, cols=2)
    cv.style = "Table Grid"
    for a, b in [("Document status", "Version 3 – progress update for Cabinet, 9 December 2025"),
                 ("Responsible officer", "Corporate Director – Education, Early Years and Young People"),
                 ("Approved", "Cabinet, 15 July 2025"),
                 ("Submitted to Estyn", "29 July 2025")]:
        cells = cv.add_row().cells
        cells[0].text = a
        cells[1].text = b
        shade(cells[0], "DEEAF6")

    doc.add_paragraph("")
    p = doc.add_paragraph()
    p.add_run("Progress key: ").bold = True
    p.add_run("B – action complete; G – on track; A – some delay, action being taken; R – significant delay or risk to delivery.")

    for heading, rec_text, criteria, acts in BR_RECS:
        doc.add_heading(heading, level=1)
        rp = doc.add_paragraph()
        rp.add_run(rec_text).bold = True
        doc.add_paragraph("Success criteria:")
        for c in criteria:
            doc.add_paragraph(c, style="List Bullet")
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["No.", "Action", "Lead", "Timescale", "Monitoring and evaluation", "RAG"]):
            c.text = h
            shade(c, "1F4E79")
            for run in c.paragraphs[0].runs:
                run.bold = True
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for (ref, act, lead, when, mon, rag) in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, act, lead, when, mon, rag]):
                c.text = v
            shade(cells[5], BR_SHADE[rag])
            cells[5].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is monitored by the Education Improvement Board and reported to Estyn through the local authority link inspector.")
    doc.save(os.path.join(HERE, BR_FILE))


# ---------------------------------------------------------------------------
# 6. London Borough of Newham - RSH C4 housing services improvement plan (csv)
# ---------------------------------------------------------------------------
NH_FILE = "gk2-newham-council-rsh-c4-housing-services-improvement-plan.csv"
NH_TITLE = "London Borough of Newham – Housing Services Improvement Plan"
NH_HEADER = ["Workstream", "Ref", "What the Regulator found", "Action", "Accountable officer",
             "Original due date", "Revised due date", "RAG", "Progress update"]
NH_ROWS = [
    ["1. Building safety and compliance", "1.1",
     "Around 9,000 fire safety remedial actions were overdue, 4,000 of them classed as high risk.",
     "Clear the backlog of overdue high-risk fire risk assessment remedial actions, prioritising high-rise blocks.",
     "Head of Building Safety", "31/03/2025", "", "Complete",
     "All high-risk actions closed and verified by Compliance Assurance in March 2025."],
    ["", "1.2", "",
     "Complete outstanding medium and low-risk FRA actions and move to a rolling 12-month FRA review programme.",
     "Head of Building Safety", "30/06/2025", "31/03/2026", "Amber",
     "Overdue actions nearly halved; contractor capacity increased from October."],
    ["", "1.3",
     "More than 40% of homes had not had an electrical installation condition report (EICR) in the last 10 years.",
     "Deliver an EICR programme so that every home has a test less than five years old, with remedial works tracked to completion.",
     "Electrical Compliance Manager", "Mar-26", "", "Green",
     "94% of homes now have an EICR within 10 years."],
    ["", "1.4",
     "The council could not evidence that smoke and carbon monoxide alarm requirements were met.",
     "Install or verify smoke and carbon monoxide alarms in every tenanted home and record the results in the asset management system.",
     "Head of Building Safety; Asset Information Manager", "Dec-25", "", "Amber",
     "CO detection verified in 99% of homes; smoke alarms 94%. No-access cases being followed up."],
    ["2. Stock condition and Decent Homes", "2.1",
     "At least 20% of homes did not meet the Decent Homes Standard and stock condition data was out of date.",
     "Commission a 100% stock condition survey over three years, starting with homes that have had no survey in the last five years.",
     "Director of Housing Property Services", "31/03/2027", "", "Green",
     "Year 1 surveys 41% complete."],
    ["", "2.2", "",
     "Agree a Decent Homes investment programme funded through the HRA business plan and report delivery quarterly.",
     "Director of Housing Property Services", "Q4 2025/26", "", "Green",
     "£18m programme agreed by Cabinet in February 2025."],
    ["3. Repairs", "3.1",
     "Nearly half of open repairs were past their target completion date.",
     "Complete all overdue repairs identified at the time of the inspection.",
     "Head of Repairs", "31/01/2025", "", "Complete",
     "All overdue repairs from the inspection completed."],
    ["", "3.2", "",
     "Introduce a repairs performance dashboard with a weekly review of jobs approaching their target date.",
     "Head of Repairs / Head of Performance and Insight", "Ongoing", "", "Green",
     "90% of non-emergency repairs now completed on time."],
    ["4. Tenant voice and transparency", "4.1",
     "Tenants had very limited meaningful opportunities to influence and scrutinise the council’s strategies, policies and services.",
     "Set up a Resident Challenge Board, with an independent chair, to scrutinise delivery of this plan.",
     "Head of Resident Engagement", "31/05/2025", "", "Complete",
     "Board meets monthly; Resident Involvement Strategy launched September 2025."],
    ["", "4.2",
     "Tenant Satisfaction Measures (TSM) surveys were not completed within the required timescale.",
     "Complete the 2025/26 TSM perception survey and publish the results to tenants and the Regulator.",
     "Head of Performance and Insight", "30/06/2026", "", "Not started",
     "Survey contractor appointed; fieldwork starts February 2026."],
]


def build_newham():
    ncol = len(NH_HEADER)
    pad = lambda xs: list(xs) + [""] * (ncol - len(xs))
    lines = [
        pad([NH_TITLE]),
        pad(["Response to the Regulator of Social Housing regulatory judgement (C4) of 16 October 2024"]),
        pad(["Position at 31 December 2025 – for Resident Challenge Board and Cabinet"]),
        pad([]),
        NH_HEADER,
    ] + NH_ROWS + [
        pad([]),
        pad(["RAG summary", "", "Complete: 3", "Green: 4", "Amber: 2", "Red: 0", "Not started: 1"]),
        pad(["Total actions: 10"]),
        pad(["RAG key: Complete = delivered and verified by Compliance Assurance; Green = on track; Amber = at risk; Red = off track."]),
    ]
    with open(os.path.join(HERE, NH_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln)


# ---------------------------------------------------------------------------
# 7. Cannock Chase DC - strategic risk register Q3 2025/26 (tab-separated txt)
# ---------------------------------------------------------------------------
CC_FILE = "gk2-cannock-chase-dc-strategic-risk-register-q3-2025-26.txt"
CC_TITLE = "Cannock Chase District Council: Strategic Risk Register – Quarter 3 2025/26"
CC_HEADER = ["Risk", "Risk owner", "Current score", "Target score", "Action ref", "Further action",
             "Action owner", "Due date", "Action status", "Comment"]
CC_RISKS = [
    ("SR1 Financial sustainability: failure to deliver a balanced budget over the Medium Term Financial Strategy period",
     "Deputy Chief Executive – Resources", "12 (High)", "8", [
         ("SR1a", "Agree the 2026/27 budget and refreshed MTFS, including the savings and income proposals needed to close the gap.",
          "Head of Finance", "Feb-26", "On track", "Draft budget to Cabinet on 29 January."),
         ("SR1b", "Review the level of general fund reserves against the updated risk assessment and set a minimum balance.",
          "Head of Finance / Deputy Chief Executive – Resources", "31/03/2026", "On track", ""),
     ]),
    ("SR2 Local government reorganisation: loss of capacity, staff and focus on service delivery during the move to new unitary arrangements in Staffordshire",
     "Chief Executive", "12 (High)", "9", [
         ("SR2a", "Put in place a workforce retention and communications plan for the transition period.",
          "Head of HR and Organisational Development", "Q4 2025/26", "Behind schedule", "Awaiting the Government decision on the preferred proposal."),
         ("SR2b", "Keep a register of key statutory and contractual commitments to be transferred to the successor authority.",
          "Head of Governance and Corporate Services", "Ongoing", "On track", ""),
     ]),
    ("SR3 Cyber security: a successful cyber attack disrupts services or leads to a loss of data",
     "Head of Governance and Corporate Services", "9 (High)", "6", [
         ("SR3a", "Complete the annual IT health check and close all critical and high vulnerabilities.",
          "ICT Manager", "Nov-25", "Complete", "All critical and high vulnerabilities closed 20 November."),
         ("SR3b", "Deliver mandatory cyber awareness training to all staff and councillors, with completion reported to Leadership Team.",
          "ICT Manager; Learning and Development Officer", "31/12/2025", "Overdue", "Staff 91%, councillors 63% complete."),
     ]),
    ("SR4 Housing: failure to meet the Regulator of Social Housing consumer standards for the Council’s homes",
     "Head of Housing and Partnerships", "8 (Medium)", "4", [
         ("SR4a", "Complete the programme of damp and mould surveys for all homes with a reported case in the last two years.",
          "Housing Assets Manager", "June 2026", "On track", ""),
         ("SR4b", "Carry out a self-assessment against the Transparency, Influence and Accountability Standard with the tenants’ panel.",
          "Tenant Engagement Officer", "Q1 2026/27", "Not started", "Planned for April 2026."),
     ]),
    ("SR5 Regeneration: Cannock town centre projects are not delivered to time and budget",
     "Head of Economic Development and Planning", "8 (Medium)", "6", [
         ("SR5a", "Re-baseline the town centre project programme and report the revised cost and timetable to Cabinet.",
          "Regeneration Programme Manager", "Apr-26", "Behind schedule", "Cost review delayed by contractor tender returns."),
     ]),
]


def build_cannock():
    ncol = len(CC_HEADER)
    pad = lambda xs: list(xs) + [""] * (ncol - len(xs))
    lines = [
        pad([CC_TITLE]),
        pad(["Position at 31 December 2025. Exported from the corporate risk management system on 14/01/2026 for the Audit and Governance Committee."]),
        pad([]),
        pad(["Risk scores are Likelihood x Impact (each 1–4): 1–4 Low, 6–8 Medium, 9–16 High."]),
        pad(["Action status key: Complete = action delivered; On track = green; Behind schedule = amber; Overdue = red; Not started = not yet begun."]),
        pad([]),
        CC_HEADER,
    ]
    for risk, owner, cur, tgt, acts in CC_RISKS:
        for i, (ref, act, lead, due, status, comment) in enumerate(acts):
            if i == 0:
                lines.append([risk, owner, cur, tgt, ref, act, lead, due, status, comment])
            else:
                lines.append(["", "", "", "", ref, act, lead, due, status, comment])
    lines.append(pad([]))
    lines.append(pad(["Number of strategic risks: 5. Further actions: 9 (Complete 1, On track 4, Behind schedule 2, Overdue 1, Not started 1)."]))
    with open(os.path.join(HERE, CC_FILE), "w", encoding="utf-8", newline="") as f:
        for ln in lines:
            f.write("\t".join(ln) + "\r\n")


def build_all():
    build_west_berkshire()
    build_somerset()
    build_cotswold()
    build_flintshire()
    build_bridgend()
    build_newham()
    build_cannock()


if __name__ == "__main__":
    build_all()
    print("built 7 files in", HERE)
