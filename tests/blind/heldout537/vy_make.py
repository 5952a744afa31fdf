"""Build the seven vy- data files of set heldout537.

Run with /work/main/.venv/bin/python vy_make.py (openpyxl, python-docx).
Writes only files whose names start with "vy-".
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000",
    "NS": "D9D9D9",
}
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def out(name):
    assert name.startswith("vy-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Leicestershire County Council - CQC LA assessment ASC improvement plan
# ---------------------------------------------------------------------------
def leicestershire():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Leicestershire County Council"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Adults and Communities Department"
    cov["A4"] = "CQC Local Authority Assessment – Adult Social Care Improvement Plan 2025/26"
    cov["A4"].font = Font(bold=True, size=16)
    cov["A6"] = "Document control"
    cov["A6"].font = Font(bold=True)
    rows = [
        ("Version", "1.4"),
        ("Date", "17 November 2025"),
        ("Owner", "Director of Adults and Communities"),
        ("Prepared by", "Adults and Communities Improvement Programme Team"),
        ("Reported to", "ASC Improvement Board (monthly); Adults and Communities Overview and Scrutiny Committee (quarterly)"),
        ("Status", "Live – refreshed monthly"),
    ]
    for i, (k, v) in enumerate(rows, start=7):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
    cov["A14"] = "Version history"
    cov["A14"].font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Change"], start=1):
        cov.cell(15, j, h).font = Font(bold=True)
    hist = [
        ("1.0", d(2025, 6, 30), "Plan agreed by Cabinet following publication of the CQC assessment report"),
        ("1.3", d(2025, 10, 15), "Quarter 2 progress; revised target dates for 1.2, 2.2 and 3.1"),
        ("1.4", d(2025, 11, 17), "November progress updates"),
    ]
    for i, (v, dd, c) in enumerate(hist, start=16):
        cov.cell(i, 1, v)
        cov.cell(i, 2, dd).number_format = "dd/mm/yyyy"
        cov.cell(i, 3, c)
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 60
    cov.column_dimensions["C"].width = 70

    key = wb.create_sheet("RAG key")
    key["A1"] = "Status key"
    key["A1"].font = Font(bold=True)
    keyrows = [
        ("B", "Blue", "Complete – action delivered and evidence of impact reviewed"),
        ("G", "Green", "On track to deliver by the target date"),
        ("A", "Amber", "Some slippage – will be delivered by the revised target date"),
        ("R", "Red", "Off track – escalated to the ASC Improvement Board"),
        ("NS", "Not started", "Not yet due to start"),
    ]
    for i, (code, word, meaning) in enumerate(keyrows, start=2):
        c = key.cell(i, 1, code)
        c.fill = fill(FILL[code])
        key.cell(i, 2, word)
        key.cell(i, 3, meaning)
    key.column_dimensions["C"].width = 70

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "CQC Local Authority Assessment – Adult Social Care Improvement Plan 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Position as at 14 November 2025"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "CQC quality statement / area for improvement", "Action", "Lead",
             "Start", "Original target date", "Revised target date", "Previous RAG",
             "Current RAG", "Progress update (November 2025)"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BORDER
    widths = [7, 42, 60, 30, 12, 14, 14, 10, 10, 50]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w

    plan = [
        ("theme", "Theme 1: Working with people"),
        ("afi", "Assessing needs: People waiting for a Care Act assessment experience long waits, and waiting lists are not consistently risk-rated across locality teams.", [
            ("1.1", "Introduce a single countywide risk-rating tool for all people waiting for a Care Act assessment and review waiting lists weekly in locality huddles.",
             "Head of Service – Care Pathway West", d(2025, 7, 1), d(2025, 9, 30), None, "G", "B",
             "Tool live in all six locality teams from 1 September 2025; weekly huddles in place."),
            ("1.2", "Reduce the number of people waiting more than 28 days for an assessment to below 150 through a dedicated assessment hub.",
             "Sarah Whitworth and Dev Mistry", d(2025, 8, 1), d(2025, 12, 31), d(2026, 3, 31), "A", "A",
             "Hub fully recruited to in October. 212 people waiting over 28 days at end of October. Revised date agreed at Improvement Board on 9 October."),
            ("1.3", "Publish waiting time information on the council website and in letters sent to people who are waiting, with a named contact for queries.",
             "Customer Service Centre Manager", d(2025, 10, 1), d(2026, 1, 31), None, "NS", "G",
             "Letter template agreed with Making It Real Board; web page in development."),
        ]),
        ("afi", "Supporting people to live healthier lives: Unpaid carers are not always offered a carer's assessment, and the offer of support for carers is not well understood.", [
            ("1.4", "Relaunch the carer's assessment offer with the commissioned carers' support service, including an online self-assessment option.",
             "Carers Lead / Commissioning Manager", d(2025, 7, 1), d(2026, 3, 31), None, "G", "G",
             "Online self-assessment in user testing with carers; launch planned for February."),
            ("1.5", "Co-produce a refreshed Leicestershire Carers' Strategy with carers and partners.",
             "Assistant Director – Strategic Commissioning", d(2025, 9, 1), "Q4 2025/26", None, "G", "A",
             "Engagement events held in Loughborough, Hinckley and Melton. Drafting delayed by staff absence."),
        ]),
        ("theme", "Theme 2: Providing support"),
        ("afi", "Care provision, integration and continuity: Availability of home care in rural parts of the county is limited and some people wait for their package to start.", [
            ("2.1", "Recommission home care using a zoned model with enhanced rates for hard-to-serve rural postcodes.",
             "Head of Commissioning (Adults)", d(2025, 6, 1), d(2026, 4, 30), None, "G", "G",
             "Tender published 3 November 2025; evaluation January 2026; contracts start 1 April 2026."),
            ("2.2", "Develop a reablement-first pathway from hospital with University Hospitals of Leicester so that no one is discharged to a long-term package of care without a reablement offer.",
             "Head of Service – HART & Reablement; Discharge Lead (UHL)", d(2025, 7, 1), d(2025, 10, 31), d(2026, 2, 28), "A", "R",
             "Pathway design agreed but HART capacity not yet in place. Exception report to Improvement Board in December."),
        ]),
        ("theme", "Theme 3: Ensuring safety within the system"),
        ("afi", "Safeguarding: Safeguarding concerns are not always screened within the timescales set out in local procedures.", [
            ("3.1", "Establish a screening function within the Adult Safeguarding Hub so that all concerns are screened within two working days.",
             "Safeguarding Service Manager", d(2025, 6, 1), d(2025, 8, 31), d(2025, 11, 30), "A", "B",
             "Screening team in place from 3 November; 94% of concerns screened within two working days in the first two weeks."),
            ("3.2", "Carry out a quarterly multi-agency audit of safeguarding enquiries and report the findings to the Leicestershire and Rutland Safeguarding Adults Board.",
             "Principal Social Worker", d(2025, 7, 1), "Quarterly", None, "G", "G",
             "Q2 audit of 30 enquiries completed; report to SAB Quality Assurance Group in December."),
        ]),
        ("theme", "Theme 4: Leadership"),
        ("afi", "Learning, improvement and innovation: Learning from complaints and feedback is not used systematically to improve practice.", [
            ("4.1", "Introduce a quarterly learning report drawing together complaints, compliments and feedback, considered by the Departmental Management Team.",
             "Head of Quality and Improvement", d(2025, 10, 1), d(2025, 12, 31), None, "NS", "G",
             "Report format agreed; first report to DMT on 16 December 2025."),
        ]),
    ]
    r = 5
    for item in plan:
        if item[0] == "theme":
            c = ws.cell(r, 1, item[1])
            c.font = Font(bold=True)
            c.fill = fill("D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            r += 1
            continue
        _, afi, acts = item
        first = r
        ws.cell(r, 2, afi).alignment = WRAP
        for (ref, act, lead, start, orig, rev, prev, cur, upd) in acts:
            ws.cell(r, 1, ref)
            ws.cell(r, 3, act)
            ws.cell(r, 4, lead)
            ws.cell(r, 5, start).number_format = "dd/mm/yyyy"
            c = ws.cell(r, 6, orig)
            if isinstance(orig, dt.datetime):
                c.number_format = "mmm-yy"
            if rev is not None:
                ws.cell(r, 7, rev).number_format = "mmm-yy"
            c = ws.cell(r, 8, prev)
            c.fill = fill(FILL[prev])
            c = ws.cell(r, 9, cur)
            c.fill = fill(FILL[cur])
            c.font = Font(bold=True)
            ws.cell(r, 10, upd)
            for j in range(1, 11):
                ws.cell(r, j).border = BORDER
                if j not in (8, 9):
                    ws.cell(r, j).alignment = WRAP
                else:
                    ws.cell(r, j).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Summary of current RAG").font = Font(bold=True)
    r += 1
    for word, code, n in [("Blue", "B", 2), ("Green", "G", 5), ("Amber", "A", 2), ("Red", "R", 1)]:
        ws.cell(r, 1, word).fill = fill(FILL[code])
        ws.cell(r, 2, n)
        r += 1
    ws.cell(r, 1, "Total")
    ws.cell(r, 2, 10)
    r += 2
    ws.cell(r, 1, "Note: revised target dates are agreed by the ASC Improvement Board; original target dates are retained for audit purposes.")
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(out("vy-leicestershire-county-council-asc-cqc-assessment-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Hartlepool Borough Council - internal audit recommendations tracker
# ---------------------------------------------------------------------------
def hartlepool():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Hartlepool Borough Council – Internal Audit Recommendations Tracker"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Position at 31 October 2025 – Audit and Governance Committee, 4 December 2025"
    heads = ["Audit", "Assurance opinion", "Actions agreed", "Implemented", "Outstanding"]
    for j, h in enumerate(heads, start=1):
        c = sm.cell(4, j, h)
        c.font = Font(bold=True)
        c.border = BORDER
    summ = [
        ("Procurement and Contract Management 2024/25", "Limited", 2, 1, 1),
        ("Creditors 2024/25", "Reasonable", 2, 2, 0),
        ("Cyber Security and IT Asset Management 2025/26", "Limited", 3, 0, 3),
        ("Housing Benefit Overpayments 2024/25", "Reasonable", 2, 0, 2),
    ]
    for i, row in enumerate(summ, start=5):
        for j, v in enumerate(row, start=1):
            sm.cell(i, j, v).border = BORDER
    sm.cell(9, 1, "Total").font = Font(bold=True)
    for j, v in enumerate([9, 3, 6], start=3):
        sm.cell(9, j, v).font = Font(bold=True)
    sm["A11"] = "RAG key (column I of the Agreed Actions sheet)"
    sm["A11"].font = Font(bold=True)
    for i, (code, txt) in enumerate([
        ("B", "Implemented – confirmed by Internal Audit"),
        ("G", "Not yet due – on track"),
        ("A", "Partly implemented – revised date agreed"),
        ("R", "Overdue – no revised date agreed"),
    ], start=12):
        sm.cell(i, 1).fill = fill(FILL[code])
        sm.cell(i, 2, txt)
    sm.column_dimensions["A"].width = 48
    sm.column_dimensions["B"].width = 40
    for col in "CDE":
        sm.column_dimensions[col].width = 16

    ws = wb.create_sheet("Agreed Actions")
    ws["A1"] = "Internal Audit Recommendations Tracker – Agreed Actions"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Priority: 1 = fundamental; 2 = significant; 3 = merits attention. RAG is shown by the fill colour in column I – see key on the Summary sheet."
    ws["A2"].font = Font(italic=True)
    heads = ["Rec No.", "Priority", "Recommendation", "Agreed Management Action",
             "Responsible Officer", "Original Target Date", "Revised Target Date",
             "Management Update", "RAG"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True)
        c.fill = fill("BFBFBF")
        c.alignment = WRAP
        c.border = BORDER
    for j, w in enumerate([8, 9, 45, 55, 32, 13, 13, 45, 7], start=1):
        ws.column_dimensions[chr(64 + j)].width = w

    audits = [
        ("Procurement and Contract Management 2024/25 – Limited Assurance", [
            ("1", 1, "Contract waivers should be approved in line with Contract Procedure Rules and recorded on the contracts register.", [
                ("All waivers to be submitted through the e-procurement system for approval before award, with a monthly waiver report to Corporate Management Team.",
                 "Head of Procurement; Legal Services Manager", d(2025, 3, 31), d(2025, 9, 30),
                 "Waiver module live in e-procurement system from July 2025. Monthly report to CMT since August.", "B"),
            ]),
            ("2", 2, "The contracts register should be reviewed to ensure it is complete and is published in line with the Local Government Transparency Code.", [
                ("Quarterly reconciliation of the contracts register to creditor payments over £5,000, and publication of the register on the council website each quarter.",
                 "Procurement Manager", d(2025, 6, 30), d(2025, 12, 31),
                 "Q1 reconciliation complete. Publication delayed pending website migration.", "A"),
            ]),
        ]),
        ("Creditors 2024/25 – Reasonable Assurance", [
            ("1", 2, "Changes to supplier bank details should be independently verified before they are processed.", [
                ("Introduce a call-back check to a known contact for all bank detail change requests, evidenced on the supplier file and spot-checked monthly by the Exchequer Manager.",
                 "Exchequer Manager", d(2025, 5, 31), None,
                 "Call-back procedure in place; IA testing of 15 changes found all verified.", "B"),
            ]),
            ("2", 3, "Duplicate payment reports should be run and reviewed before each payment run.", [
                ("Run the duplicate payment report before every BACS run and retain signed evidence of review.",
                 "Exchequer Manager", d(2025, 7, 31), None,
                 "Implemented and verified.", "B"),
            ]),
        ]),
        ("Cyber Security and IT Asset Management 2025/26 – Limited Assurance", [
            ("1", 1, "A complete and accurate IT asset register should be maintained, including devices issued to staff who work from home.", [
                ("Complete a full reconciliation of the IT asset register against the device management console and remind all staff to return unused devices.",
                 "Director of Finance, IT and Digital", d(2025, 12, 31), None,
                 "Reconciliation 60% complete; staff reminder issued via the intranet on 6 October.", "G"),
            ]),
            ("2", 1, "Multi-factor authentication should be enforced for all remote access.", [
                ("Enforce MFA on all remote access accounts, including third-party supplier accounts, and report exceptions to the Information Governance Group.",
                 "ICT Infrastructure Manager", d(2025, 9, 30), d(2026, 1, 31),
                 "MFA enforced for all staff accounts. Four supplier accounts outstanding – suppliers contacted.", "A"),
            ]),
            ("3", 2, "Staff completion of mandatory cyber security training should be monitored.", [
                ("Report completion rates for cyber security e-learning to directorate management teams quarterly and follow up non-completion with line managers.",
                 "Head of Digital Services / HR Business Partner", d(2025, 10, 31), None,
                 "No update received.", "R"),
            ]),
        ]),
        ("Housing Benefit Overpayments 2024/25 – Reasonable Assurance", [
            ("1", 2, "Recovery action on overpayments should be taken promptly and escalated where repayment arrangements are not kept.", [
                ("Introduce a monthly review of overpayment cases with no recovery activity for 60 days, with referral to the Corporate Debt team.",
                 "Revenues and Benefits Manager", d(2026, 2, 28), None,
                 "Report specification agreed with Northgate support.", "G"),
                ("Refresh the overpayment recovery policy and take it to Finance and Policy Committee for approval.",
                 "Revenues and Benefits Manager", d(2026, 3, 31), None,
                 "", None),
            ]),
        ]),
    ]
    r = 5
    for title, recs in audits:
        c = ws.cell(r, 1, title)
        c.font = Font(bold=True)
        c.fill = fill("DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for recno, prio, rec, acts in recs:
            first = r
            ws.cell(r, 1, recno)
            ws.cell(r, 2, prio)
            ws.cell(r, 3, rec)
            for (act, lead, orig, rev, upd, rag) in acts:
                ws.cell(r, 4, act)
                ws.cell(r, 5, lead)
                ws.cell(r, 6, orig).number_format = "dd/mm/yyyy"
                if rev is not None:
                    ws.cell(r, 7, rev).number_format = "dd/mm/yyyy"
                if upd:
                    ws.cell(r, 8, upd)
                if rag:
                    ws.cell(r, 9).fill = fill(FILL[rag])
                for j in range(1, 10):
                    ws.cell(r, j).border = BORDER
                    ws.cell(r, j).alignment = WRAP
                r += 1
            if r - 1 > first:
                for col in (1, 2, 3):
                    ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(r, 1, "Actions rated Blue will be removed from the next report once Internal Audit has verified implementation.")
    ws.cell(r, 1).font = Font(italic=True)
    ws.freeze_panes = "A5"
    wb.save(out("vy-hartlepool-borough-council-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. Salford City Council - strategic risk register (typo month -> refuse)
# ---------------------------------------------------------------------------
def salford():
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = "Salford City Council – Strategic Risk Register"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 2025/26 – reviewed by the Corporate Leadership Team on 21 October 2025"
    heads = ["Risk Ref", "Risk title and description", "Risk owner",
             "Inherent score (L x I)", "Current score (L x I)", "Target score",
             "Direction of travel", "Further actions planned", "Action owner",
             "Target date", "Action status"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BORDER
    for j, w in enumerate([8, 50, 24, 11, 11, 9, 10, 55, 28, 14, 12], start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    status_fill = {"Green": "G", "Amber": "A", "Red": "R", "Complete": "B"}
    risks = [
        ("SR01", "Financial sustainability\nThe council is unable to set a balanced budget for 2026/27 and maintain reserves at the level set out in the Medium Term Financial Strategy.",
         "Chief Finance Officer", "5 x 5 = 25", "4 x 5 = 20", "12", "↔", [
             ("Present the 2026/27 budget strategy and savings proposals to Budget Scrutiny and to Council.", "Chief Finance Officer", "February 2026", "Green"),
             ("Monthly monitoring of savings delivery at directorate level, with early escalation of savings at risk.", "Deputy Chief Finance Officer", "Monthly", "Green"),
         ]),
        ("SR02", "Demand for adult social care\nRising demand and complexity of need exceed the capacity and budget of adult social care and the care market.",
         "Director of Adult Social Services", "5 x 4 = 20", "4 x 4 = 16", "12", "↑", [
             ("Roll out the strengths-based front door model across all neighbourhood teams.", "Director of Adult Social Services", d(2026, 3, 31), "Amber"),
             ("Review the market position statement and the home care framework with providers.", "Assistant Director – Commissioning", "Novmber 2025", "Amber"),
         ]),
        ("SR03", "Children's placement sufficiency\nThe council cannot secure sufficient local, suitable placements for children in care, leading to high-cost external placements.",
         "Strategic Director – People", "4 x 5 = 20", "4 x 4 = 16", "9", "↔", [
             ("Open two new in-house children's homes under the Sufficiency Strategy 2024–27.", "Strategic Director – People", d(2026, 9, 30), "Amber"),
             ("Run the in-house foster carer recruitment campaign with a target of 25 new fostering households.", "Head of Fostering / Marketing Manager", "March 2026", "Green"),
         ]),
        ("SR04", "Cyber security\nA successful cyber attack disrupts council services and leads to the loss of personal data.",
         "Chief Digital Officer", "4 x 5 = 20", "3 x 5 = 15", "10", "↓", [
             ("Complete the Cyber Assessment Framework self-assessment and agree an improvement plan.", "Head of ICT", d(2025, 9, 30), "Complete"),
             ("Run a cyber incident exercise with the Corporate Leadership Team.", "Head of ICT and Emergency Planning Manager", "January 2026", "Red"),
         ]),
    ]
    r = 5
    typo_row = None
    for ref, desc, owner, inh, cur, tgt, trend, acts in risks:
        first = r
        ws.cell(r, 1, ref).font = Font(bold=True)
        ws.cell(r, 2, desc)
        ws.cell(r, 3, owner)
        ws.cell(r, 4, inh)
        ws.cell(r, 5, cur)
        ws.cell(r, 6, tgt)
        ws.cell(r, 7, trend)
        for act, aown, due, st in acts:
            ws.cell(r, 8, act)
            ws.cell(r, 9, aown)
            c = ws.cell(r, 10, due)
            if isinstance(due, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if due == "Novmber 2025":
                typo_row = r
            c = ws.cell(r, 11, st)
            c.fill = fill(FILL[status_fill[st]])
            for j in range(1, 12):
                ws.cell(r, j).border = BORDER
                ws.cell(r, j).alignment = WRAP
            r += 1
        for col in range(1, 8):
            ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(r, 1, "Direction of travel: ↑ increasing, ↔ no change, ↓ decreasing since last quarter. Scores are Likelihood x Impact on a 5 x 5 matrix.")
    ws.cell(r, 1).font = Font(italic=True)

    mx = wb.create_sheet("Scoring matrix")
    mx["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    mx["A1"].font = Font(bold=True)
    mx["A3"] = "Score"
    mx["B3"] = "Rating"
    mx["C3"] = "Response"
    for i, (s, rt, resp) in enumerate([
        ("15 – 25", "High", "Report to CLT and Audit and Accounts Committee quarterly"),
        ("8 – 12", "Medium", "Manage within directorate; review quarterly"),
        ("1 – 6", "Low", "Tolerate; review annually"),
    ], start=4):
        mx.cell(i, 1, s)
        mx.cell(i, 2, rt)
        mx.cell(i, 3, resp)
    wb.save(out("vy-salford-city-council-strategic-risk-register-typo-month-refuse.xlsx"))
    return typo_row


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


def set_text(cell, text, bold=False, white=False, size=None):
    cell.text = ""
    paras = text.split("\n")
    p = cell.paragraphs[0]
    for i, t in enumerate(paras):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(t)
        run.bold = bold
        if white:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        if size:
            run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Croydon - Ofsted focused visit action plan (docx)
# ---------------------------------------------------------------------------
def croydon():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("London Borough of Croydon")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_paragraph("Children, Young People and Education")
    doc.add_heading("Ofsted Focused Visit Action Plan", level=1)
    doc.add_paragraph("Focused visit: 11 and 12 March 2025 – children in need and children subject to a child protection plan")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Document owner", "Corporate Director, Children, Young People and Education"),
        ("Version", "2.1"),
        ("Last updated", "30 September 2025"),
        ("Governance", "Children's Improvement Board (monthly); Children and Young People Sub-Committee (quarterly)"),
    ]:
        cells = t.add_row().cells
        set_text(cells[0], k, bold=True)
        shade(cells[0], "D9D9D9")
        set_text(cells[1], v)

    doc.add_heading("Introduction", level=2)
    doc.add_paragraph(
        "Ofsted carried out a focused visit to Croydon’s children’s services on 11 and 12 March 2025, "
        "looking at our arrangements for children in need and children subject to a child protection plan. "
        "Inspectors identified three areas for improvement. This plan sets out the actions we are taking in "
        "response; progress is reported monthly to the Children’s Improvement Board.")

    doc.add_heading("RAG key", level=2)
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for word, code, meaning in [
        ("Blue", "B", "Action complete and impact evidenced"),
        ("Green", "G", "On track"),
        ("Amber", "A", "Some delay – mitigation in place"),
        ("Red", "R", "Off track – escalate to the Improvement Board"),
    ]:
        cells = kt.add_row().cells
        set_text(cells[0], word, bold=True)
        shade(cells[0], FILL[code])
        set_text(cells[1], meaning)

    areas = [
        ("Area for improvement 1",
         "The quality and specificity of child in need and child protection plans, so that families understand what needs to change and by when.", [
             ("1.1", "Revise the child in need and child protection plan templates on Liquidlogic so that each outcome is specific, measurable and written in language families understand.",
              "Head of Service, Assessment and Child in Need", "April 2025", "B", ""),
             ("1.2", "Deliver SMART planning workshops to all social workers and team managers in the Assessment, CIN and CP services.",
              "Principal Social Worker", "June 2025", "B", ""),
             ("1.3", "Quarterly thematic audit of plans, with findings reported to the Children’s Improvement Board.",
              "Head of Quality Assurance", "Quarterly", "G", ""),
         ]),
        ("Area for improvement 2",
         "Management oversight and supervision, so that drift and delay in children’s plans are identified and addressed.", [
             ("2.1", "Introduce a case supervision template that records the manager’s analysis of progress against the plan and the next steps agreed.",
              "Head of CP & CIN / Head of Quality Assurance", "May 2025", "B", ""),
             ("2.2", "Monthly performance clinics for team managers, using the plan timeliness dashboard to identify children whose plans are drifting.",
              "Director of Children’s Social Care", "Ongoing", "G", ""),
         ]),
        ("Area for improvement 3",
         "The timeliness of initial child protection conferences for children who are subject to a strategy discussion.", [
             ("3.1", "Review capacity in the Child Protection Conference Service and recruit two additional independent chairs.",
              "Head of Safeguarding and Quality Assurance", "July 2025 – October 2025", "A", ""),
             ("3.2", "Agree a joint escalation protocol with the Metropolitan Police and health partners for strategy discussions that are not held within timescales.",
              "Croydon Safeguarding Children Partnership Business Manager", "31/12/2025", "R", "R"),
         ]),
    ]
    for label, text, acts in areas:
        doc.add_paragraph()
        at = doc.add_table(rows=2, cols=5)
        at.style = "Table Grid"
        top = at.rows[0].cells
        set_text(top[0], label, bold=True, white=True)
        shade(top[0], "1F3864")
        m = top[1].merge(top[4])
        set_text(m, text, bold=True)
        shade(m, "DEEAF6")
        for c, h in zip(at.rows[1].cells, ["Ref", "Action", "Lead", "Timescale", "RAG"]):
            set_text(c, h, bold=True)
            shade(c, "D9D9D9")
        for ref, act, lead, when, rag, ragtext in acts:
            cells = at.add_row().cells
            set_text(cells[0], ref)
            set_text(cells[1], act)
            set_text(cells[2], lead)
            set_text(cells[3], when)
            set_text(cells[4], ragtext, bold=True)
            shade(cells[4], FILL[rag])
        for row in at.rows:
            row.cells[0].width = Cm(2.6)
            row.cells[1].width = Cm(7.5)
            row.cells[2].width = Cm(4.0)
            row.cells[3].width = Cm(2.8)
            row.cells[4].width = Cm(1.2)
    doc.add_paragraph()
    doc.add_paragraph("Next review: Children’s Improvement Board, 21 October 2025.")
    doc.save(out("vy-croydon-council-ofsted-focused-visit-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Darlington Safeguarding Partnership - LCSPR Child K action plan (docx)
# ---------------------------------------------------------------------------
def darlington():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    # landscape
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    p = doc.add_paragraph()
    r = p.add_run("Darlington Safeguarding Partnership")
    r.bold = True
    r.font.color.rgb = RGBColor(0x00, 0x5E, 0x7A)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading("Local Child Safeguarding Practice Review ‘Child K’ – Multi-agency Action Plan", level=1)
    doc.add_paragraph("Review published: 12 March 2025 | Plan owner: DSP Learning and Review Sub-Group | "
                      "Version 4 – updated for the DSP Executive Group, 14 October 2025")
    doc.add_paragraph("Learning themes identified by the review: the impact of parental mental health and substance "
                      "misuse on the care of a baby; professional curiosity about adults in the household; "
                      "information sharing when families move between health services.")

    cols = ["No.", "Action", "Lead agency / officer", "Target date", "Progress update", "Status"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        set_text(c, h, bold=True, white=True)
        shade(c, "005E7A")
    recs = [
        ("Recommendation 1: The Partnership should seek assurance that practitioners consider the needs and risks of all adults in the household, including those who are not the child’s parents.", [
            ("1.1", "Update the DSP ‘Think Family’ guidance to include a section on identifying and assessing ‘unseen’ adults in the household.",
             "DSP Business Manager", "31/05/2025", "Guidance updated and published on the DSP website in May 2025.", "Complete"),
            ("1.2", "Deliver a 7-minute briefing on professional curiosity about adults in the household to all partner agencies.\nRecord attendance and evaluation through the DSP training database.",
             "DSP Learning and Development Officer", "July 2025", "Briefing delivered at six sessions (184 practitioners). Evaluation summary to LRG in September.", "Complete"),
        ]),
        ("Recommendation 2: County Durham and Darlington NHS Foundation Trust and the ICB should ensure that safeguarding information is shared when a family transfers between health visiting and GP services.", [
            ("2.1", "Audit the transfer-in process for health visiting records for families moving into Darlington.",
             "Named Nurse Safeguarding Children (CDDFT)", "September 2025", "Audit fieldwork complete; report delayed to the November LRG meeting.", "Amber"),
            ("2.2", "Issue guidance to GP practices on adding safeguarding alerts to the records of all household members when a child is subject to a child protection plan.",
             "Designated Nurse Safeguarding Children (NENC ICB) and Named GP", "Sept 2025 – Dec 2025", "Draft guidance shared with the Local Medical Committee.", "On track"),
        ]),
        ("Recommendation 3: Durham Constabulary and Darlington Borough Council Children’s Services should review how information about domestic abuse incidents is shared with health and education settings.", [
            ("3.1", "Review the Operation Encompass notification process so that health visitors are notified for children under five.",
             "DI Safeguarding Hub (Durham Constabulary)", "31/01/2026", "Process mapping workshop held 2 October 2025.", "On track"),
            ("3.2", "Test the revised process through a multi-agency audit of 20 domestic abuse notifications.",
             "DSP Quality Assurance Sub-Group Chair", "March 2026", "", "Not started"),
        ]),
        ("Recommendation 4: The Partnership should evaluate the impact of the learning from this review on practice.", [
            ("4.1", "Include the learning from Child K in the 2025/26 multi-agency audit programme and report the findings to the Executive Group.",
             "DSP Business Manager; Independent Scrutineer", "Q4 2025/26", "", "Not started"),
        ]),
    ]
    for rec, acts in recs:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        set_text(m, rec, bold=True)
        shade(m, "DAEEF3")
        for ref, act, lead, when, upd, stt in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, act, lead, when, upd, stt]):
                set_text(c, v)
    doc.add_paragraph()
    doc.add_paragraph("Status: Complete = action delivered and evidenced; On track = progressing within timescale; "
                      "Amber = delayed, see progress update; Red = off track, escalated to the Executive Group.")
    doc.add_heading("Sign-off", level=2)
    s = doc.add_table(rows=1, cols=3)
    s.style = "Table Grid"
    for c, h in zip(s.rows[0].cells, ["Agency", "Representative", "Date agreed"]):
        set_text(c, h, bold=True)
    for a, rep, dd in [
        ("Darlington Borough Council", "Director of Children’s Services", "14/10/2025"),
        ("North East and North Cumbria ICB", "Director of Nursing (Central)", "14/10/2025"),
        ("Durham Constabulary", "Detective Superintendent, Safeguarding", "14/10/2025"),
    ]:
        cells = s.add_row().cells
        set_text(cells[0], a)
        set_text(cells[1], rep)
        set_text(cells[2], dd)
    doc.save(out("vy-darlington-safeguarding-partnership-lcspr-child-k-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Stockton-on-Tees Health and Wellbeing Board - action log (csv)
# ---------------------------------------------------------------------------
def stockton():
    rows = [
        ["Stockton-on-Tees Health and Wellbeing Board – Action Log", "", "", "", "", "", ""],
        ["Updated following the meeting held on 24 September 2025", "", "", "", "", "", ""],
        ["RAG key: Green = action complete (to be removed at the next meeting); Amber = in progress / not yet due; Red = overdue", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Ref", "Date raised", "Action", "Lead", "Due date", "Update", "RAG"],
        ["Meeting held 25 June 2025", "", "", "", "", "", ""],
        ["HWB/25/07", "25/06/2025", "Circulate the refreshed Joint Strategic Needs Assessment (JSNA) summary to all Board members and partner boards",
         "Public Health Intelligence Manager", "Jul-25", "Circulated 14 July 2025", "Green"],
        ["HWB/25/08", "25/06/2025", "Bring a report on the Better Care Fund 2025/26 quarter 1 return to the September meeting",
         "Director of Adults and Health / Place-based Director (ICB)", "Sep-25", "Report considered on 24 September", "Green"],
        ["HWB/25/09", "25/06/2025", "Arrange a development session on the draft Pharmaceutical Needs Assessment, before the consultation closes",
         "HWB Partnership Manager", "31/08/2025", "Session postponed due to availability; now to be held with the October informal Board", "Red"],
        ["HWB/25/10", "25/06/2025", "Healthwatch to share the findings of its GP access survey with the Board and the ICB Place team",
         "Healthwatch Stockton-on-Tees", "September 2025", "Findings shared; presentation to follow at the November meeting", "Green"],
        ["Meeting held 24 September 2025", "", "", "", "", "", ""],
        ["HWB/25/11", "24/09/2025", "Provide a breakdown of childhood immunisation uptake (MMR2) by ward, and set out actions for the lowest-uptake wards",
         "Director of Public Health", "26/11/2025", "Ward-level data requested from UKHSA.\nInitial analysis to be shared at the November meeting.", "Amber"],
        ["HWB/25/12", "24/09/2025", "Circulate the draft Tobacco Control Action Plan to Board members for comment before sign-off",
         "Tobacco Control Lead", "Oct-25", "Circulated 3 October; comments requested by 31 October", "Amber"],
        ["HWB/25/13", "24/09/2025", "Add winter planning and the Urgent and Emergency Care plan to the Board's forward plan",
         "Democratic Services Officer", "Nov-25", "Added to the November agenda", "Green"],
        ["HWB/25/14", "24/09/2025", "Update the Board on the Family Hubs and Start for Life programme, including funding from April 2026",
         "Director of Children's Services", "Jan-26", "", "Amber"],
        ["HWB/25/15", "24/09/2025", "Nominate a Board representative to the Stockton-on-Tees Suicide Prevention Partnership",
         "All Board members", "Ongoing", "One nomination received (Tees, Esk and Wear Valleys NHS FT)", "Amber"],
        ["", "", "", "", "", "", ""],
        ["Total actions: 9 (Green 4, Amber 4, Red 1)", "", "", "", "", "", ""],
    ]
    with open(out("vy-stockton-on-tees-health-and-wellbeing-board-action-log.csv"), "w",
              newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Redbridge - transformation programme highlight report (txt)
# ---------------------------------------------------------------------------
def redbridge():
    T = "\t"
    lines = [
        "London Borough of Redbridge – Transformation Programme Highlight Report",
        "Reporting period: 1–30 September 2025",
        "Prepared for: Transformation Board, 9 October 2025",
        "Senior Responsible Owner: Chief Operating Officer",
        "Prepared by: Transformation PMO",
        "",
        "Overall programme status" + T + "Previous: A" + T + "Current: A",
        "",
        "RAG definitions: G = on track; A = at risk – recovery in hand; R = off track – Board decision needed; C = complete",
        "",
        "Summary",
        "The programme remains Amber overall. The resident self-service portal went live on time; the repairs migration and the digital financial assessment have slipped, and the day opportunities review now needs a Board decision on its timetable.",
        "",
        "1. Customer Experience and Digital",
        "Workstream lead: Director of Customer Services | Status this period: A | Last period: G",
        T.join(["Ref", "Milestone / action", "Owner", "Baseline date", "Forecast date", "RAG"]),
        T.join(["CX1", "Launch the new resident self-service portal for council tax and parking permits", "Head of Digital Services", "30/06/2025", "30/06/2025", "C"]),
        T.join(["CX2", "Move housing repairs reporting to the new portal and retire the legacy online form", "Head of Digital Services / Housing Repairs Manager", "Sep-25", "Nov-25", "A"]),
        T.join(["CX3", "Reduce the average call waiting time in the contact centre to under 3 minutes", "Contact Centre Manager", "Dec-25", "Dec-25", "G"]),
        "",
        "2. Adult Social Care Prevention",
        "Workstream lead: Director of Adult Social Services | Status this period: A | Last period: A",
        T.join(["Ref", "Milestone / action", "Owner", "Baseline date", "Forecast date", "RAG"]),
        T.join(["ASC1", "Implement the digital financial assessment for all new care packages", "ASC Systems Lead", "Jul-25", "Oct-25", "A"]),
        T.join(["ASC2", "Extend the technology-enabled care offer to 500 additional residents", "Head of Prevention and Wellbeing", "Mar-26", "Mar-26", "G"]),
        T.join(["ASC3", "Complete the review of day opportunities and report the options to Cabinet", "Assistant Director – Commissioning", "Nov-25", "Q4 2025/26", "R"]),
        "",
        "3. Property and Accommodation",
        "Workstream lead: Director of Regeneration and Property | Status this period: G | Last period: G",
        T.join(["Ref", "Milestone / action", "Owner", "Baseline date", "Forecast date", "RAG"]),
        T.join(["PA1", "Reconfigure floors 2 and 3 of the Town Hall for hybrid working", "Head of Corporate Property", "Aug-25", "Aug-25", "C"]),
        T.join(["PA2", "Complete the move of staff from Lynton House to the Town Hall campus", "Head of Corporate Property", "Oct-25", "Oct-25", "G"]),
        T.join(["PA3", "Agree heads of terms for the disposal of the Lynton House site", "Director of Regeneration and Property", "Mar-26", "Jun-26", "A"]),
        "",
        "Key risks and issues",
        T.join(["ID", "Risk / issue", "Rating", "Mitigation"]),
        T.join(["R1", "Capacity in the Digital team to support both the CX2 and ASC1 go-lives in the same quarter", "A", "Interim developer contract extended to December 2025"]),
        T.join(["I1", "Provider delay to the financial assessment integration", "A", "Escalated to supplier account manager; weekly calls in place"]),
        "",
        "Budget 2025/26: £2.40m allocated; £1.12m spent to date; forecast outturn £2.31m",
        "",
        "Decisions required from the Transformation Board",
        "The Board is asked to agree the revised timetable for the day opportunities review (ASC3), with a report to Cabinet in Q4 2025/26.",
        "",
        "Next report: Transformation Board, 13 November 2025",
    ]
    with open(out("vy-redbridge-council-transformation-programme-highlight-report.txt"), "w",
              newline="", encoding="utf-8") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    leicestershire()
    hartlepool()
    row = salford()
    print("salford typo row:", row)
    croydon()
    darlington()
    stockton()
    redbridge()
    print("done")
