"""Build the seven ws- test files of set heldout547.

Run with: /work/main/.venv/bin/python ws_make.py
Writes only files whose names start with "ws-" into this folder.
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

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"
LIGHT = "DEEAF6"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def out(name):
    assert name.startswith("ws-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Middlesbrough Council - internal audit agreed actions tracker (xlsx)
# ---------------------------------------------------------------------------
MBRO_FILE = "ws-middlesbrough-council-internal-audit-recommendations-tracker.xlsx"
MBRO_TITLE = "Middlesbrough Council – Internal Audit Agreed Actions Tracker"
# (audit heading, [(ref, action, priority, officer, original, revised, pct, rag, update)])
MBRO = [
    ("Accounts Payable 2024/25 – Reasonable Assurance", [
        ("AP24/01",
         "Introduce a monthly exception report of possible duplicate supplier invoices (same supplier, amount and invoice date) and require the report to be signed off by the Accounts Payable Team Leader.",
         2, "Accounts Payable Team Leader", dt.date(2025, 3, 31), dt.date(2025, 6, 30), 1.0, BLUE,
         "Report live from May 2025. April to July reports reviewed and signed; evidence seen by Internal Audit."),
        ("AP24/02",
         "Complete a cleanse of the supplier master file, deactivating suppliers with no transactions in the last 24 months.",
         2, "Head of Finance & Investment", dt.date(2025, 5, 31), dt.date(2025, 10, 31), 0.6, AMBER,
         "1,140 of 1,900 dormant suppliers deactivated. Remainder held pending checks on open orders."),
    ]),
    ("Information Governance – Subject Access Requests 2024/25 – Limited Assurance", [
        ("IG24/01",
         "Implement a single SAR log in the case management system so that every request is recorded, allocated and tracked against the one-month statutory deadline.",
         1, "Data Protection Officer", dt.date(2025, 4, 30), None, 1.0, BLUE,
         "Log implemented 14 April 2025. Closed."),
        ("IG24/02",
         "Report SAR timeliness monthly to the Information Governance Group, with exception reporting of all requests that exceed the statutory deadline.",
         1, "Data Protection Officer / Head of Governance, Policy & Information", dt.date(2025, 9, 30), None, 0.75, GREEN,
         "June and July reports presented. Exception reporting to start with the September report."),
        ("IG24/03",
         "Deliver refresher training on redaction to all directorate SAR coordinators and record completion.",
         2, "Information Governance Manager", dt.date(2025, 7, 31), None, 0.4, RED,
         "Sessions postponed owing to vacancies in the team. No revised date agreed at the time of reporting."),
    ]),
    ("Children's Services – Direct Payments 2024/25 – Limited Assurance", [
        ("DP24/01",
         "Carry out an annual review of all direct payment accounts, prioritising accounts holding balances of more than eight weeks of the agreed package value.",
         1, "Head of Children's Commissioning", dt.date(2025, 3, 31), dt.date(2025, 11, 30), 0.5, AMBER,
         "62 of 118 accounts reviewed. Revised date agreed with the Director of Children's Care."),
        ("DP24/02",
         "Recover surplus direct payment balances identified by the reviews and report recoveries to the Children's Services Leadership Team.",
         2, "Head of Children's Commissioning; Finance Business Partner (Children's)", dt.date(2025, 6, 30), dt.date(2025, 12, 31), 0.3, AMBER,
         "£48k recovered to date. Depends on completion of DP24/01."),
    ]),
    ("Highways Asset Management 2024/25 – Reasonable Assurance", [
        ("HW24/01",
         "Reconcile highway safety inspection records in the asset management system to the inspection schedule each quarter and investigate any missed inspections.",
         2, "Highways Asset Manager", dt.date(2025, 9, 30), None, 0.8, GREEN,
         "Q1 reconciliation complete; two missed inspections found and completed."),
        ("HW24/02",
         "Update the Highway Safety Inspection Manual to reflect the risk-based approach agreed in 2024 and publish it on the Council's website.",
         2, "Head of Highways & Infrastructure", dt.date(2025, 10, 31), None, 0.25, GREEN,
         "Draft with the Highways Infrastructure Asset Management Group."),
    ]),
]


def make_middlesbrough():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Tracker"
    heads = ["Ref", "Agreed action", "Priority", "Responsible officer", "Original target date",
             "Revised target date", "% complete", "RAG", "Management update (August 2025)"]
    widths = [10, 60, 9, 32, 13, 13, 10, 7, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = MBRO_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Position at 31 August 2025. Priority 1 and 2 actions open at the last report to Audit "
                "Committee or falling due since then.")
    ws.merge_cells("A2:I2")
    ws["A2"].font = Font(italic=True)
    r = 4
    for c, h in enumerate(heads, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    for audit, rows in MBRO:
        r += 1
        ws.cell(r, 1, audit).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        for c in range(1, 10):
            ws.cell(r, c).fill = fill(GREY)
            ws.cell(r, c).border = BOX
        for ref, action, pri, off, orig, rev, pct, rag, upd in rows:
            r += 1
            vals = [ref, action, pri, off, orig, rev, pct, None, upd]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(r, 5).number_format = "dd/mm/yyyy"
            ws.cell(r, 6).number_format = "dd/mm/yyyy"
            ws.cell(r, 7).number_format = "0%"
            ws.cell(r, 8).fill = fill(rag)
    r += 2
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    for colour, text in [(BLUE, "Implemented – evidence verified by Internal Audit"),
                         (GREEN, "On track – not yet due"),
                         (AMBER, "Original date missed – revised date agreed"),
                         (RED, "Overdue – no revised date agreed")]:
        r += 1
        ws.cell(r, 1).fill = fill(colour)
        ws.cell(r, 2, text)
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm.column_dimensions["A"].width = 22
    for col in "BCDEF":
        sm.column_dimensions[col].width = 16
    sm["A1"] = "Summary of agreed actions followed up – position at 31 August 2025"
    sm["A1"].font = Font(bold=True, size=12)
    sh = ["Priority", "Followed up", "Implemented", "Not yet due", "Revised date agreed", "Overdue"]
    data = [["Priority 1", 3, 1, 1, 1, 0], ["Priority 2", 6, 1, 2, 2, 1]]
    for c, h in enumerate(sh, 1):
        sm.cell(3, c, h).font = Font(bold=True)
        sm.cell(3, c).border = BOX
    for i, row in enumerate(data):
        for c, v in enumerate(row, 1):
            sm.cell(4 + i, c, v).border = BOX
    sm.cell(6, 1, "Total").font = Font(bold=True)
    for c in range(2, 7):
        col = get_column_letter(c)
        sm.cell(6, c, f"=SUM({col}4:{col}5)").font = Font(bold=True)
        sm.cell(6, c).border = BOX
    sm["A8"] = ("Priority 1 – fundamental control weakness requiring immediate attention. "
                "Priority 2 – significant weakness to be addressed within six months.")
    wb.save(out(MBRO_FILE))


# ---------------------------------------------------------------------------
# 2. Royal Borough of Kingston upon Thames - corporate risk register (xlsx, refuse)
# ---------------------------------------------------------------------------
KING_FILE = "ws-royal-borough-of-kingston-upon-thames-corporate-risk-register-2025-26-typo-month-refuse.xlsx"
KING_TITLE = "Royal Borough of Kingston upon Thames – Corporate Risk Register 2025/26"
# (ref, title, description, owner, inherent, current, target, trend, [(action, owner, date, status)])
KING = [
    ("CR01", "Medium-term financial sustainability",
     "Cause: rising demand in social care, SEND and temporary accommodation, and uncertainty about the funding settlement. "
     "Event: the Council cannot set a balanced budget without unplanned use of reserves. "
     "Effect: reduced services and a risk of a section 114 notice.",
     "Director of Finance (S151)", "5 x 5 = 25", "4 x 5 = 20", "12", "↔", [
         ("Agree the 2026/27 savings proposals with the Cabinet Member for Finance for public consultation.",
          "Director of Finance (S151)", "Dec 2025", "On track"),
         ("Refresh the Medium Term Financial Strategy and reserves strategy for Budget Council.",
          "Director of Finance (S151)", "Mar 2026", "On track"),
     ]),
    ("CR02", "Temporary accommodation demand and cost",
     "Cause: homelessness approaches up 18% on 2024/25 and a shortage of affordable lets. "
     "Event: growing use of nightly-paid accommodation outside the borough. "
     "Effect: overspend on the housing budget and poorer outcomes for families.",
     "Director of Housing", "5 x 4 = 20", "5 x 4 = 20", "12", "↑", [
         ("Acquire a further 40 homes through the housing acquisitions programme for use as temporary accommodation.",
          "Director of Housing", "31/03/2026", "Behind schedule"),
         ("Launch the private rented sector landlord incentive scheme.",
          "Head of Housing Needs", "Sep 2025", "Complete"),
     ]),
    ("CR03", "Cyber security incident",
     "Cause: increasing ransomware activity against local government and legacy systems still in use. "
     "Event: a successful cyber attack. Effect: loss of systems and data, and inability to deliver services.",
     "Director of Corporate Resources", "4 x 5 = 20", "3 x 5 = 15", "10", "↔", [
         ("Complete the migration of the remaining legacy servers to the cloud hosting platform.",
          "Head of ICT", "Jan 2026", "On track"),
         ("Run a cyber incident exercise with the Corporate Leadership Team and test the business continuity plans.",
          "Head of ICT / Emergency Planning Manager", "Febuary 2026", "On track"),
     ]),
    ("CR04", "High Needs Block deficit (Dedicated Schools Grant)",
     "Cause: growth in EHC plans and reliance on independent specialist places. "
     "Event: the DSG deficit continues to grow once the statutory override ends. "
     "Effect: pressure on the Council's general fund.",
     "Director of Education & Inclusion", "5 x 5 = 25", "4 x 4 = 16", "12", "↓", [
         ("Deliver the 2025/26 milestones in the Safety Valve management plan and report them to the DfE.",
          "Director of Education & Inclusion", "Mar 2026", "On track"),
         ("Open the new 16-place SEND resource provision at a mainstream secondary school.",
          "Head of SEND", "Sep 2025", "Complete"),
     ]),
    ("CR05", "Workforce capacity in social work and occupational therapy",
     "Cause: national shortages and competition from neighbouring boroughs. "
     "Event: high vacancy and agency rates persist. Effect: delays in assessments and higher costs.",
     "Director of Adult Social Care", "4 x 4 = 16", "4 x 3 = 12", "8", "↔", [
         ("Implement the recruitment and retention offer for social workers and occupational therapists.",
          "Head of HR / Principal Social Worker (Adults)", "Nov 2025", "On track"),
     ]),
]


def make_kingston():
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    heads = ["Risk ref", "Risk title", "Risk description (cause, event, effect)", "Risk owner",
             "Inherent risk (L x I)", "Current risk (L x I)", "Target score", "Trend",
             "Further actions", "Action owner", "Target date", "Action status"]
    widths = [8, 24, 50, 22, 12, 12, 8, 7, 50, 28, 13, 14]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = KING_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 review (September 2025) – reported to the Audit, Governance and Standards Committee"
    ws["A3"] = ("Risks are scored Likelihood (1–5) x Impact (1–5). Trend compares the current score with "
                "the Quarter 1 review.")
    ws["A3"].font = Font(italic=True)
    r = 5
    for c, h in enumerate(heads, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("5B2C6F")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    for ref, title, desc, owner, inh, cur, tgt, trend, acts in KING:
        first = r + 1
        for i, (act, aown, date, status) in enumerate(acts):
            r += 1
            if i == 0:
                for c, v in enumerate([ref, title, desc, owner, inh, cur, tgt, trend], 1):
                    ws.cell(r, c, v)
            for c, v in enumerate([act, aown, date, status], 9):
                ws.cell(r, c, v)
            for c in range(1, 13):
                ws.cell(r, c).alignment = WRAP
                ws.cell(r, c).border = BOX
        if r > first:
            for c in range(1, 9):
                ws.merge_cells(start_row=first, start_column=c, end_row=r, end_column=c)
        score = int(cur.split("=")[1])
        ws.cell(first, 6).fill = fill(RED if score >= 15 else AMBER)
    ws.freeze_panes = "A6"

    mx = wb.create_sheet("Scoring matrix")
    mx["A1"] = "Risk scoring matrix"
    mx["A1"].font = Font(bold=True)
    mx["A3"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        mx.cell(3, 1 + i, i).font = Font(bold=True)
        mx.cell(3 + i, 1, 6 - i).font = Font(bold=True)
        for j in range(1, 6):
            s = (6 - i) * j
            cell = mx.cell(3 + i, 1 + j, s)
            cell.fill = fill(RED if s >= 15 else AMBER if s >= 8 else GREEN)
    mx["A10"] = "15–25 Red: high risk, reported to CLT monthly"
    mx["A11"] = "8–12 Amber: medium risk, managed by the risk owner"
    mx["A12"] = "1–6 Green: low risk, monitored within the directorate"
    wb.save(out(KING_FILE))


# ---------------------------------------------------------------------------
# 3. West Northamptonshire Council - corporate plan delivery plan Q2 (xlsx)
# ---------------------------------------------------------------------------
WNC_FILE = "ws-west-northamptonshire-council-corporate-plan-delivery-plan-q2-2025-26.xlsx"
WNC_TITLE = "West Northamptonshire Council – Corporate Plan Delivery Plan 2025/26"
RAGFILL = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
# priority -> [(outcome, [(ref, action, leads, date, q1, q2, update)])]
WNC = [
    ("Priority 1: Safe and thriving communities", [
        ("Outcome 1.1 – Residents feel safe in their neighbourhoods", [
            ("1.1.1", "Launch the refreshed Community Safety Partnership Plan and publish neighbourhood crime data on the Council website each quarter.",
             "Head of Community Safety", "Q2 2025/26", "Green", "Complete",
             "Plan launched 3 July 2025; Q1 data published in August."),
            ("1.1.2", "Extend the Community Safety Accreditation Scheme to Daventry and Brackley town centres.",
             "Head of Community Safety / Neighbourhood Policing Inspector", "Mar-26", "Green", "Amber",
             "Daventry live from September. Brackley delayed while funding with the town council is agreed."),
        ]),
        ("Outcome 1.2 – More affordable homes and fewer households in temporary accommodation", [
            ("1.2.1", "Deliver 350 affordable homes across West Northamptonshire with registered providers and the Council's own programme.",
             "Assistant Director – Housing & Communities", "31/03/2026", "Green", "Green",
             "172 completions at the end of Q2, ahead of profile."),
            ("1.2.2", "Open a council-owned 24-unit temporary accommodation scheme in Northampton to reduce the use of bed and breakfast.",
             "Head of Housing Options & Homelessness; Head of Property", "Nov-25", "Amber", "Red",
             "Contractor entered administration in August. Re-procurement under way; opening now expected summer 2026."),
        ]),
    ]),
    ("Priority 2: Improved life chances", [
        ("Outcome 2.1 – Children and young people achieve well", [
            ("2.1.1", "Open 120 additional specialist SEND school places, including the new resource base at Towcester.",
             "Assistant Director – Education", "Sep-25", "Amber", "Green",
             "108 places open for September; final 12 places open after October half term."),
            ("2.1.2", "Increase the proportion of EHC needs assessments completed within 20 weeks through the SEND improvement programme.",
             "Head of SEND", "Ongoing", "Red", "Amber",
             "Timeliness 41% in Q2 (Q1: 29%). Additional educational psychologist capacity commissioned."),
        ]),
        ("Outcome 2.2 – Adults live independently for longer", [
            ("2.2.1", "Roll out the new reablement model across all three localities.",
             "Assistant Director – Adult Social Care Operations", "Q3 2025/26", "Amber", "Green",
             "North and South localities live. Central locality go-live planned for November."),
        ]),
    ]),
    ("Priority 3: A well-run council", [
        ("Outcome 3.1 – Sound finances and value for money", [
            ("3.1.1", "Deliver the 2025/26 savings programme of £18.6m and report progress monthly to Cabinet.",
             "Executive Director – Finance (S151)", "Mar-26", "Amber", "Amber",
             "£14.2m forecast to be delivered; mitigations for £4.4m shortfall reported to Cabinet."),
            ("3.1.2", "Implement the new ERP finance and HR system (Phase 1: finance).",
             "Chief Digital Officer; Executive Director – Finance (S151)", "Apr-26", "Green", "Green",
             "Build and test on plan; user acceptance testing starts January."),
            ("3.1.3", "Publish the results of the Residents' Survey 2025 and the Council's response.",
             "Head of Communications", "Jul-25", "Green", "Complete",
             "Results and response published 24 July 2025."),
        ]),
    ]),
]


def make_wnc():
    wb = Workbook()
    ws = wb.active
    ws.title = "Q2 Delivery Plan"
    heads = ["Ref", "Key action", "Lead(s)", "Milestone date", "Q1 RAG", "Q2 RAG", "Q2 progress update"]
    widths = [8, 62, 36, 13, 9, 9, 55]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = WNC_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="00594F")
    ws["A2"] = "Quarter 2 monitoring (July to September 2025)"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = ("RAG key: Complete – action delivered | Green – on track | Amber – at risk, recovery "
                "in place | Red – off track, will not be delivered by the milestone date")
    ws["A3"].font = Font(italic=True, size=9)
    r = 5
    for c, h in enumerate(heads, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("00594F")
        cell.border = BOX
    counts = {}
    for prio, outcomes in WNC:
        r += 1
        ws.cell(r, 1, prio).font = Font(bold=True, color="FFFFFF", size=12)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1).fill = fill("2E7D6F")
        for outcome, acts in outcomes:
            r += 1
            ws.cell(r, 1, outcome).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(r, 1).fill = fill("D5EDE8")
            for ref, action, leads, date, q1, q2, upd in acts:
                r += 1
                for c, v in enumerate([ref, action, leads, date, q1, q2, upd], 1):
                    cell = ws.cell(r, c, v)
                    cell.alignment = WRAP
                    cell.border = BOX
                ws.cell(r, 5).fill = fill(RAGFILL[q1])
                ws.cell(r, 6).fill = fill(RAGFILL[q2])
                counts[q2] = counts.get(q2, 0) + 1
    r += 2
    ws.cell(r, 1, "Q2 summary").font = Font(bold=True)
    for k in ["Complete", "Green", "Amber", "Red"]:
        r += 1
        ws.cell(r, 2, k).fill = fill(RAGFILL[k])
        ws.cell(r, 3, counts.get(k, 0))
    r += 1
    ws.cell(r, 2, "Total actions").font = Font(bold=True)
    ws.cell(r, 3, sum(counts.values())).font = Font(bold=True)
    ws.freeze_panes = "A6"

    dc = wb.create_sheet("Document control")
    dc.column_dimensions["A"].width = 20
    dc.column_dimensions["B"].width = 60
    rows = [("Document", "Corporate Plan Delivery Plan 2025/26 – Quarter 2 monitoring"),
            ("Owner", "Head of Strategy, Performance & Intelligence"),
            ("Version", "1.2"),
            ("Date", "14 October 2025"),
            ("Reviewed by", "Corporate Leadership Team, 7 October 2025"),
            ("Next update", "Quarter 3 (January 2026)")]
    for i, (a, b) in enumerate(rows, 1):
        dc.cell(i, 1, a).font = Font(bold=True)
        dc.cell(i, 2, b)
        dc.cell(i, 1).border = BOX
        dc.cell(i, 2).border = BOX
    wb.save(out(WNC_FILE))


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


def set_cell(cell, text, bold=False, size=9):
    """Put text in a cell; "\n" starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    run.font.size = Pt(size)
    for part in parts[1:]:
        p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)
    s.top_margin = s.bottom_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. Birmingham Community Safety Partnership - DHR action plan (docx)
# ---------------------------------------------------------------------------
BHAM_FILE = "ws-birmingham-community-safety-partnership-dhr-leanne-action-plan.docx"
BHAM_TITLE = "Domestic Homicide Review ‘Leanne’: Action Plan"
BHAM_RAG = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
BHAM_OVERVIEW_HEAD = "Overview Report recommendations"
# (recommendation, scope, [(ref, action, lead, milestones, target, completion, rag)])
BHAM_OVERVIEW = [
    ("1. Birmingham Community Safety Partnership should seek assurance that agencies routinely ask about economic abuse when domestic abuse is disclosed.",
     "Local", [
         ("1a", "Add prompts on economic abuse to the DASH risk assessment guidance used by partner agencies and reissue the guidance.",
          "Birmingham Community Safety Partnership",
          "Guidance revised by the DA Operational Group and reissued.", "March 2025",
          "Completed 24/02/2025 – guidance on the BCSP website.", "Complete"),
         ("1b", "Deliver a 7-minute briefing on economic abuse to frontline staff in housing, adult social care and primary care.",
          "Birmingham City Council – Housing / Birmingham and Solihull ICB",
          "Briefing written with Surviving Economic Abuse; sessions run April to June 2025.", "30/06/2025",
          "Completed June 2025 – 412 staff reached.", "Complete"),
     ]),
    ("2. West Midlands Police should ensure that officers attending domestic incidents record the presence of older children in the household and make a referral where appropriate.",
     "Regional", [
         ("2a", "Add a question about children aged 16 and over living in the household to the domestic abuse attendance checklist on officers' mobile devices.",
          "West Midlands Police",
          "Change approved by the Force Change Board in July 2025; IT release delayed.", "September 2025",
          "", "Amber"),
     ]),
    ("3. Birmingham and Solihull ICB should ensure that GP practices act on repeated presentations of injury and low mood by patients who are known victims of domestic abuse.",
     "Local", [
         ("3a", "Extend the IRIS domestic abuse training and referral programme to a further 40 GP practices.",
          "Birmingham and Solihull ICB",
          "24 practices trained by the end of October 2025.", "Q4 2025/26", "", "Green"),
         ("3b", "Audit a sample of GP records for patients discussed at MARAC to test whether repeat presentations are acted on.",
          "Named GP for Safeguarding Adults",
          "Audit tool agreed; sample of 50 records drawn.", "December 2025", "", "Green"),
     ]),
    ("4. Birmingham City Council should ensure that housing staff consider domestic abuse when tenants report anti-social behaviour or damage to their home.",
     "Local", [
         ("4a", "Amend the tenancy management procedure so that reports of damage and anti-social behaviour trigger a routine enquiry about domestic abuse.",
          "Birmingham City Council – Housing",
          "Procedure drafted; consultation with the trade unions has not concluded.", "31/10/2025",
          "", "Red"),
     ]),
]
BHAM_SINGLE_HEAD = "Single agency recommendations"
# (ref, recommendation, action, lead, target, progress, rag)
BHAM_SINGLE = [
    ("SA1", "University Hospitals Birmingham NHS FT: ensure routine enquiry about domestic abuse is made at every Emergency Department attendance for injury.",
     "Add a mandatory routine enquiry field to the Emergency Department triage record and audit compliance each quarter.",
     "UHB Head of Safeguarding", "April 2025", "Field live from 1 April 2025; Q1 compliance 86%.", "Complete"),
    ("SA2", "Birmingham City Council Adult Social Care: strengthen the response when carers disclose abuse by the person they care for.",
     "Issue practice guidance on carers as victims of domestic abuse and include it in the adult social care induction programme.",
     "Principal Social Worker (Adults)", "Ongoing", "Guidance issued July 2025; included in induction from September.", "Green"),
    ("SA3", "Birmingham and Solihull Women's Aid: record the outcome of every call-back attempt to a referred victim.",
     "Update the case management system so that unsuccessful call-backs are logged and escalated to a team leader after three attempts.",
     "Helpline Service Manager", "January 2025", "System updated 20 January 2025.", "Complete"),
]


def make_birmingham():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Birmingham Community Safety Partnership")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading(BHAM_TITLE, level=0)
    doc.add_paragraph("Progress update for the DHR Standing Panel – 3 December 2025. "
                      "Overview report accepted by the Home Office Quality Assurance Panel in November 2024.")

    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Author", "Changes"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
    for row in [("1.0", "12/12/2024", "DHR Coordinator", "Action plan agreed by Review Panel"),
                ("1.2", "04/06/2025", "DHR Coordinator", "Q1 updates from agencies"),
                ("1.3", "03/12/2025", "DHR Coordinator", "Q3 updates from agencies")]:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v)

    doc.add_heading(BHAM_OVERVIEW_HEAD, level=1)
    heads = ["Ref", "Recommendation", "Scope of recommendation i.e. local or regional", "Action to take",
             "Lead Agency", "Key milestones achieved in enacting recommendation", "Target date",
             "Date of completion and outcome", "RAG"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for c, h in enumerate(heads):
        set_cell(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "D9E2F3")
    for rec, scope, acts in BHAM_OVERVIEW:
        first = None
        for ref, action, lead, miles, target, comp, rag in acts:
            cells = t.add_row().cells
            if first is None:
                first = cells
                set_cell(cells[1], rec)
                set_cell(cells[2], scope)
            for c, v in [(0, ref), (3, action), (4, lead), (5, miles), (6, target), (7, comp), (8, rag)]:
                set_cell(cells[c], v)
            shade(cells[8], BHAM_RAG[rag])
            last = cells
        if len(acts) > 1:
            first[1].merge(last[1])
            first[2].merge(last[2])
            set_cell(first[1], rec)
            set_cell(first[2], scope)

    doc.add_heading(BHAM_SINGLE_HEAD, level=1)
    heads = ["Ref", "Single agency recommendation", "Action to take", "Lead", "Target date",
             "Progress", "RAG"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for c, h in enumerate(heads):
        set_cell(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "D9E2F3")
    for row in BHAM_SINGLE:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v)
        shade(cells[6], BHAM_RAG[row[6]])

    doc.add_paragraph()
    doc.add_paragraph("RAG: Complete – action completed and evidenced to the Standing Panel; Green – on track; "
                      "Amber – delayed but expected to be achieved; Red – overdue or at risk of not being achieved.")
    doc.save(out(BHAM_FILE))


# ---------------------------------------------------------------------------
# 5. Brighton & Hove City Council - Ofsted focused visit action plan (docx)
# ---------------------------------------------------------------------------
BH_FILE = "ws-brighton-and-hove-city-council-ofsted-focused-visit-action-plan.docx"
BH_TITLE = "Ofsted Focused Visit (July 2025): Children in Care – Action Plan"
BH_RAG = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
# (heading, afi text, [(ref, action, lead, when, progress, rag)])
BH = [
    ("Area for improvement 1",
     "The timeliness of initial health assessments for children coming into care.", [
         ("1.1", "Agree a joint escalation protocol with health partners so that any initial health assessment not booked within 15 working days is escalated to a head of service.",
          "Head of Service, Children in Care", "End of September 2025",
          "Protocol signed off by the Corporate Parenting Health Group on 18 September.", "Blue"),
         ("1.2", "Send health consent forms to the health team on the day a child comes into care.\nTrack compliance weekly in the performance huddle.",
          "Team Managers (Children in Care)", "November 2025",
          "Same-day consent rate 78% in October (June: 41%).", "Green"),
         ("1.3", "Report the timeliness of initial health assessments to the Corporate Parenting Board.",
          "Head of Performance / Designated Nurse for Children in Care", "Monthly",
          "Included in the Board dashboard from September.", "Green"),
     ]),
    ("Area for improvement 2",
     "Management oversight and progression of permanence plans, including for children placed with their parents.", [
         ("2.1", "Introduce a permanence tracking panel, chaired by a head of service, that considers every child in care by the four-month review.",
          "Head of Service, Children in Care", "31/10/2025",
          "Panel has met fortnightly since 1 September.", "Blue"),
         ("2.2", "Review all children placed with parents under the Placement with Parents Regulations and apply to discharge care orders where this is in the child's best interests.",
          "Service Manager – Legal Planning & Permanence", "January 2026",
          "19 of 31 reviews completed; six discharge applications made.", "Amber"),
         ("2.3", "Deliver permanence planning workshops for all children in care social workers and independent reviewing officers.",
          "Principal Social Worker; IRO Service Manager", "Autumn term 2025",
          "Three of five workshops held.", "Green"),
     ]),
    ("Area for improvement 3",
     "The quality and consistency of pathway plans for care leavers.", [
         ("3.1", "Relaunch the pathway plan template, co-produced with the Children in Care Council, so that plans are written to the young person.",
          "Head of Service, Care Leavers", "December 2025",
          "Template co-produced; launch event booked for 2 December.", "Green"),
         ("3.2", "Quality assure 20 pathway plans each quarter through the practice quality framework and report findings to the Practice Standards Group.",
          "Head of Quality Assurance", "Quarterly",
          "Q2 sample completed but report delayed to November.", "Amber"),
     ]),
]


def make_brighton():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Brighton & Hove City Council – Families, Children and Learning")
    r.bold = True
    doc.add_heading(BH_TITLE, level=0)
    doc.add_paragraph("Ofsted carried out a focused visit on 8 and 9 July 2025 looking at the local authority's "
                      "arrangements for children in care. The letter, published on 12 August 2025, identified "
                      "three areas for improvement. This plan is monitored by the Children's Services "
                      "Improvement Board. Version 2 – progress at 31 October 2025.")
    doc.add_paragraph().add_run("RAG rating key").bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for word, meaning in [("Blue", "Action complete"), ("Green", "On track"),
                          ("Amber", "Some slippage – mitigation in place"),
                          ("Red", "Off track – escalated to the Improvement Board")]:
        cells = t.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], BH_RAG[word])
        set_cell(cells[1], meaning)
    heads = ["Ref", "What we will do", "Lead", "By when", "Progress update (October 2025)", "RAG"]
    for head, afi, acts in BH:
        doc.add_heading(head, level=2)
        p = doc.add_paragraph()
        run = p.add_run(afi)
        run.italic = True
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for c, h in enumerate(heads):
            set_cell(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], "E2EFD9")
        for row in acts:
            cells = t.add_row().cells
            for c, v in enumerate(row):
                set_cell(cells[c], v)
            shade(cells[5], BH_RAG[row[5]])
    doc.add_paragraph()
    doc.add_paragraph("Sign-off: Executive Director, Families, Children and Learning – 5 November 2025")
    doc.save(out(BH_FILE))


# ---------------------------------------------------------------------------
# 6. Redcar & Cleveland Health and Wellbeing Board - action log (csv)
# ---------------------------------------------------------------------------
RC_FILE = "ws-redcar-and-cleveland-health-and-wellbeing-board-action-log.csv"
RC_TITLE = "Redcar & Cleveland Health and Wellbeing Board – Action Log"
RC_HEAD = ["Ref", "Meeting date", "Agenda item", "Action", "Owner", "Due date", "Status", "Update"]
RC = [
    ("HWB/24/07", "04/12/2024", "Pharmaceutical Needs Assessment 2025",
     "Publish the final Pharmaceutical Needs Assessment and circulate the link to Board members.",
     "Public Health Intelligence Manager", "Mar-25", "Complete", "Published 28 March 2025."),
    ("HWB/25/02", "05/03/2025", "Better Care Fund 2025/26",
     "Bring the final Better Care Fund plan and section 75 agreement to the Board for sign-off.",
     "Director of Adults & Communities / ICB Place Director", "Jun-25", "Complete",
     "Signed off at the June meeting."),
    ("HWB/25/05", "05/03/2025", "Joint Health and Wellbeing Strategy refresh",
     "Hold a Board development session to agree the priorities for the refreshed Joint Health and Wellbeing Strategy.",
     "Director of Public Health", "Jul-25", "A",
     "Session moved to 15 October 2025 so that it follows publication of the JSNA."),
    ("HWB/25/09", "11/06/2025", "Healthy Weight Declaration",
     "Circulate the draft Healthy Weight Declaration to partners for comment, with responses by the end of August.",
     "Public Health Principal (Healthy Places)", "29/08/2025", "R",
     "Comments received from 6 of 11 partners; others chased on 10 September."),
    ("HWB/25/10", "11/06/2025", "Tobacco control – Smokefree Generation",
     "Report the number of pregnant women setting a quit date through the tobacco dependency service to each meeting.",
     "Tobacco Control Lead", "Each meeting", "G", "Q1 figures reported in September."),
    ("HWB/25/13", "17/09/2025", "JSNA – children and young people chapter",
     "Share the children and young people chapter of the JSNA with the Children and Young People's Partnership and the SEND Partnership Board.",
     "J. Whitfield / L. Carr", "Oct-25", "G", ""),
    ("HWB/25/14", "17/09/2025", "Winter preparedness",
     "Update the Board on flu and COVID-19 vaccination uptake among care home staff.",
     "Head of Commissioning (Adults)", "Next meeting (January 2026)", "G", ""),
    ("HWB/25/15", "17/09/2025", "Any other business",
     "Write to the Department of Health and Social Care on behalf of the Board about the 2026/27 public health grant allocation.",
     "Chair", "31/10/2025", "G", "Draft letter with the Chair, 22 September."),
]


def csv_field(v):
    v = str(v)
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_redcar():
    n = len(RC_HEAD)
    lines = []

    def row(vals):
        vals = list(vals) + [""] * (n - len(vals))
        lines.append(",".join(csv_field(v) for v in vals))

    row([RC_TITLE])
    row(["Updated following the Board meeting on 17 September 2025"])
    row(["Status key: Complete = action closed; G = on track; A = delayed; R = overdue"])
    row([])
    row(RC_HEAD)
    for r in RC:
        row(r)
    row([])
    row(["Completed actions are shown once and then removed from the log."])
    with open(out(RC_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 7. East Riding Safeguarding Children Partnership - CSPR action plan (txt, tab-separated)
# ---------------------------------------------------------------------------
ER_FILE = "ws-east-riding-safeguarding-children-partnership-cspr-child-t-action-plan.txt"
ER_TITLE = "East Riding Safeguarding Children Partnership – Child Safeguarding Practice Review ‘Child T’ – Action Plan"
ER_HEAD = ["Ref", "Action", "Lead agency / officer", "Target date", "RAG", "Evidence of impact / update"]
# theme -> [(recommendation, [(ref, action, lead, date, rag, evidence)])]
ER = [
    ("Learning theme 1: Seeing the men in the household", [
        ("Recommendation 1: Partners should ensure that practitioners identify and engage fathers and male carers, including men who are not the child's birth father.", [
            ("1.1", "Build the ERSCP 'Seeing the men' practice guidance into the Early Help and children's social care assessment templates.",
             "Head of Early Help / Head of Children's Safeguarding", "Jun-25", "Complete",
             "Templates updated 2 June 2025."),
            ("1.2", "Audit 30 assessments for evidence of engagement with male carers and report the findings to the Learning and Improvement Sub-group.",
             "ERSCP Quality Assurance Officer", "30/11/2025", "Green",
             "Audit tool agreed; sample drawn."),
        ]),
        ("Recommendation 2: Health partners should ensure that information about a parent's new partner is shared between midwifery, health visiting and GP services.", [
            ("2.1", "Add a 'new partner in the household' prompt to the health visiting contact record.",
             "0-19 Health Visiting Service", "Sep-25", "Amber",
             "System change requested; awaiting supplier release date."),
            ("2.2", "Deliver briefings on sharing information about new partners to midwives, health visitors and practice nurses.\nRecord the briefing and publish it on the ERSCP website.",
             "Designated Nurse (ICB)", "Q3 2025/26", "Green",
             "Two of four briefings delivered."),
        ]),
    ]),
    ("Learning theme 2: Neglect and the impact of parental mental health", [
        ("Recommendation 3: Partners should use the Graded Care Profile 2 consistently where there are concerns about neglect.", [
            ("3.1", "Relaunch the Graded Care Profile 2 with refresher training for practitioners in schools, early help and health.",
             "ERSCP Training Coordinator", "Autumn term 2025", "Green",
             "Six sessions booked; 140 places."),
            ("3.2", "Ask every school to nominate a GCP2 champion and share the list with the ERSCP Business Unit.",
             "Head of Education Safeguarding", "Summer term 2025", "Complete",
             "Champions nominated in 68 schools."),
        ]),
        ("Recommendation 4: Adult mental health services should consider the needs of children when an adult in contact with services is a parent or carer.", [
            ("4.1", "Add a mandatory 'Think Family' question on dependent children to the adult mental health initial assessment.",
             "Humber Teaching NHS FT – Adult Mental Health", "31/01/2026", "Amber",
             "Change agreed; electronic record update scheduled for January."),
            ("4.2", "Report the percentage of adult mental health assessments with the 'Think Family' question completed to the ERSCP Performance Group.",
             "Humber Teaching NHS FT – Adult Mental Health; ERSCP Business Manager", "Quarterly", "Green",
             "Baseline to be reported from Q4."),
        ]),
    ]),
]


def tsv_field(v):
    v = str(v)
    if any(ch in v for ch in '\t"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_east_riding():
    n = len(ER_HEAD)
    lines = []

    def row(vals):
        vals = list(vals) + [""] * (n - len(vals))
        lines.append("\t".join(tsv_field(v) for v in vals))

    row([ER_TITLE])
    row(["Review published 12 March 2025. Progress reported to the Learning and Improvement Sub-group, 22 October 2025."])
    row([])
    row(ER_HEAD)
    for theme, recs in ER:
        row([])
        row([theme])
        for rec, acts in recs:
            row([rec])
            for a in acts:
                row(a)
    row([])
    row(["Key: Complete = action completed and evidenced; Green = on track; Amber = delayed, mitigation in place; Red = off track"])
    with open(out(ER_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


ALL = [make_middlesbrough, make_kingston, make_wnc, make_birmingham, make_brighton, make_redcar,
       make_east_riding]

if __name__ == "__main__":
    for fn in ALL:
        fn()
    print("\n".join(sorted(f for f in os.listdir(HERE) if f.startswith("ws-"))))
