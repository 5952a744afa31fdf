"""Build the seven za- data files of set heldout577.

Run with /work/main/.venv/bin/python za_make.py (from any directory).
Writes only files whose names start with "za-".
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("za-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "teal": PatternFill("solid", fgColor="DDEBF7"),
}
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def d(y, m, day):
    return dt.datetime(y, m, day)


def header_row(ws, row, headers, fill="navy"):
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = WHITE_BOLD
        c.fill = FILL[fill]
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def boxed(ws, row, ncols):
    for i in range(1, ncols + 1):
        c = ws.cell(row=row, column=i)
        c.border = BOX
        if c.alignment is None or not c.alignment.wrap_text:
            c.alignment = WRAP


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Write text into a docx cell; '\n' starts a new paragraph."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.8))


# ============================================================ 1. Essex IA
def essex():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Essex County Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internal Audit – Outstanding Recommendations Tracker"
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = ("Report to the Audit, Governance and Standards Committee, 29 September 2025 "
                "– position as at 31 August 2025")
    header_row(ws, 5, ["Priority", "Not yet due", "Overdue – revised date agreed",
                       "Overdue – no revised date", "Implemented since last report", "Total"])
    rows = [("Critical", 0, 0, 1, 0, 1), ("Major", 0, 3, 0, 1, 4),
            ("Moderate", 2, 0, 0, 1, 3), ("Total", 2, 3, 1, 2, 8)]
    for r, vals in enumerate(rows, 6):
        for c, v in enumerate(vals, 1):
            ws.cell(row=r, column=c, value=v).border = BOX
        if vals[0] == "Total":
            for c in range(1, 7):
                ws.cell(row=r, column=c).font = Font(bold=True)
    ws["A11"] = ("Note: Low priority recommendations are followed up by services and are not "
                 "reported to the Committee. Figures count agreed management actions, not reports.")
    widths(ws, [14, 14, 22, 22, 22, 10])

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Outstanding Internal Audit Recommendations at 31 August 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Key:"
    key = [("green", "On track to meet the agreed date"),
           ("amber", "Revised date agreed / at risk"),
           ("red", "Overdue – no revised date agreed"),
           ("blue", "Implemented – awaiting verification by Internal Audit")]
    col = 2
    for colour, label in key:
        ws.cell(row=2, column=col).fill = FILL[colour]
        ws.cell(row=2, column=col + 1, value=label)
        col += 2
    headers = ["Ref", "Recommendation", "Priority", "Agreed management action", "Action owner",
               "Original target date", "Revised target date", "RAG",
               "Management update – August 2025"]
    header_row(ws, 4, headers)
    ws.freeze_panes = "A5"

    audits = [
        ("Payroll and Pensions Administration 2024/25 – Limited Assurance", [
            ("PAY-01",
             "Starters, leavers and changes to contracted hours should be processed only on receipt "
             "of an authorised e-form, and the Payroll team should reconcile the monthly establishment "
             "report to Oracle Fusion before each payroll run.", "Major", [
                 ("PAY-01",
                  "Introduce a mandatory establishment-to-payroll reconciliation, signed off by the "
                  "Payroll Team Leader, before the monthly pay run is released.",
                  "Head of Payroll and Pensions", d(2025, 3, 31), d(2025, 9, 30), "amber",
                  "Reconciliation template agreed in June. Two months completed; sign-off step to be "
                  "built into the Oracle workflow in September.")]),
            ("PAY-02",
             "Overpayments arising from late leaver notifications should be identified, recorded and "
             "recovered promptly, with debts over £1,000 escalated to the relevant Director.", "Major", [
                 ("PAY-02.1",
                  "Issue a reminder to all budget holders of the leaver notification deadline and report "
                  "late notifications to Directorate Management Teams quarterly.",
                  "Head of Payroll and Pensions", d(2025, 4, 30), None, "blue",
                  "Reminder issued 14 April 2025. First quarterly report taken to DMTs in July."),
                 ("PAY-02.2",
                  "Set up an overpayments register and agree a recovery procedure with Debt Recovery, "
                  "including escalation of debts over £1,000.",
                  "Head of Payroll and Pensions / Debt Recovery Manager", d(2025, 6, 30),
                  d(2025, 12, 31), "amber",
                  "Register in place. Recovery procedure drafted; awaiting agreement with Legal on the "
                  "escalation wording.")]),
        ]),
        ("Schools Financial Value Standard (SFVS) Assurance 2024/25 – Limited Assurance", [
            ("SFVS-01",
             "The Schools Finance team should follow up all maintained schools that have not submitted a "
             "signed SFVS return by the deadline and report non-returns to the Director of Education.",
             "Moderate", [
                 ("SFVS-01",
                  "Chase outstanding returns within 10 working days of the deadline and report any school "
                  "still outstanding to the Director of Education and the Schools Forum.",
                  "Schools Finance Manager", d(2026, 3, 31), None, "green",
                  "Process documented. Will be applied to the 2025/26 returns due 31 March 2026.")]),
            ("SFVS-02",
             "Evidence supporting schools' self-assessment answers should be sample-checked each year, "
             "targeting schools with a licensed deficit.", "Moderate", [
                 ("SFVS-02",
                  "Carry out a risk-based sample check of SFVS evidence for at least 15 schools, including "
                  "all schools with a licensed deficit, and feed the results into audit planning for 2026/27.",
                  "Schools Finance Manager; Senior Finance Business Partner (Education)", d(2025, 12, 31),
                  None, "green",
                  "Sample selected (17 schools). Visits scheduled October–November 2025.")]),
        ]),
        ("Adult Social Care – Direct Payments 2024/25 – No Assurance", [
            ("DP-01",
             "Direct payment accounts should be audited in line with the Direct Payments Policy, with "
             "surplus balances above eight weeks' funding recovered.", "Critical", [
                 ("DP-01",
                  "Recruit two additional Direct Payment Audit Officers and clear the backlog of 1,240 "
                  "unaudited accounts.",
                  "Head of Finance Operations (ASC)", d(2025, 3, 31), None, "red",
                  "One officer in post from July. Backlog reduced to 910 accounts. A revised date will be "
                  "proposed at the next meeting.")]),
            ("DP-02",
             "Where a direct payment recipient has not returned bank statements for two consecutive "
             "quarters, the case should be referred to the allocated worker for a review of the support "
             "arrangements.", "Major", [
                 ("DP-02",
                  "Build an automated referral from ContrOCC to the practitioner's Mosaic worktray when two "
                  "quarterly returns are missed.",
                  "Head of Adult Social Care Systems", d(2025, 6, 30), d(2026, 1, 31), "amber",
                  "Specification agreed. Development slot with the Mosaic supplier confirmed for "
                  "December 2025.")]),
            ("DP-03",
             "The Direct Payments Policy should be updated to reflect the Care Act statutory guidance on "
             "using direct payments to employ close family members.", "Moderate", [
                 ("DP-03",
                  "Revise and publish the Direct Payments Policy following consultation with people who "
                  "use direct payments.",
                  "Principal Social Worker (Adults)", d(2025, 6, 30), None, "blue",
                  "Revised policy approved by the Cabinet Member on 2 July 2025 and published on the "
                  "Council's website.")]),
        ]),
    ]
    row = 5
    for band, recs in audits:
        ws.cell(row=row, column=1, value=band).font = Font(bold=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        ws.cell(row=row, column=1).fill = FILL["grey"]
        row += 1
        for _rref, rec, prio, acts in recs:
            first = row
            for (ref, action, owner, orig, rev, rag, upd) in acts:
                ws.cell(row=row, column=1, value=ref)
                ws.cell(row=row, column=4, value=action)
                ws.cell(row=row, column=5, value=owner)
                c = ws.cell(row=row, column=6, value=orig)
                c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c = ws.cell(row=row, column=7, value=rev)
                    c.number_format = "dd/mm/yyyy"
                ws.cell(row=row, column=8).fill = FILL[rag]
                ws.cell(row=row, column=9, value=upd)
                boxed(ws, row, 9)
                row += 1
            ws.cell(row=first, column=2, value=rec)
            ws.cell(row=first, column=3, value=prio)
            if row - first > 1:
                ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=row - 1, end_column=3)
            for r in range(first, row):
                for cc in range(1, 10):
                    ws.cell(row=r, column=cc).alignment = WRAP
    widths(ws, [10, 48, 10, 48, 26, 13, 13, 7, 44])

    ws = wb.create_sheet("Definitions")
    ws["A1"] = "Priority and assurance definitions"
    ws["A1"].font = Font(bold=True)
    header_row(ws, 3, ["Priority", "Definition"])
    defs = [("Critical", "Immediate action required to address a fundamental control failure."),
            ("Major", "Action required within three months to address a significant weakness."),
            ("Moderate", "Action required within six months to improve the control framework."),
            ("Low", "Minor improvement; followed up by the service.")]
    for r, (a, b) in enumerate(defs, 4):
        ws.cell(row=r, column=1, value=a)
        ws.cell(row=r, column=2, value=b)
    header_row(ws, 9, ["Assurance level", "Definition"])
    ass = [("Good", "Controls are well designed and operating effectively."),
           ("Satisfactory", "Some weaknesses but the overall framework is adequate."),
           ("Limited", "Significant weaknesses put the achievement of objectives at risk."),
           ("No Assurance", "Fundamental weaknesses; the control framework is inadequate.")]
    for r, (a, b) in enumerate(ass, 10):
        ws.cell(row=r, column=1, value=a)
        ws.cell(row=r, column=2, value=b)
    widths(ws, [18, 80])
    wb.save(out("za-essex-county-council-internal-audit-recommendations-tracker.xlsx"))


# ========================================================== 2. Suffolk CRR
def suffolk():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Suffolk County Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Corporate Risk Register 2025/26"
    ws["A2"].font = Font(bold=True, size=16)
    ws["A3"] = "Quarter 2 review – for the Audit Committee meeting of 20 November 2025"
    header_row(ws, 5, ["Document control", ""])
    ctrl = [("Register owner", "Corporate Leadership Team"),
            ("Maintained by", "Risk and Insurance Team"),
            ("Version", "2.2"),
            ("Last reviewed by CLT", d(2025, 11, 4)),
            ("Next review", "February 2026")]
    for r, (a, b) in enumerate(ctrl, 6):
        ws.cell(row=r, column=1, value=a).font = Font(bold=True)
        c = ws.cell(row=r, column=2, value=b)
        if isinstance(b, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        boxed(ws, r, 2)
    header_row(ws, 12, ["Version", "Date", "Summary of changes"])
    hist = [("2.0", d(2025, 5, 15), "Annual refresh; CR04 (SEND) re-scored"),
            ("2.1", d(2025, 8, 12), "Quarter 1 updates"),
            ("2.2", d(2025, 11, 4), "Quarter 2 updates; CR03 current score reduced from 16 to 12")]
    for r, (a, b, c3) in enumerate(hist, 13):
        ws.cell(row=r, column=1, value=a)
        c = ws.cell(row=r, column=2, value=b)
        c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=3, value=c3)
        boxed(ws, r, 3)
    widths(ws, [24, 28, 60])

    ws = wb.create_sheet("CRR")
    ws["A1"] = "Corporate Risk Register – Q2 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Scores are Likelihood x Impact (1–5). Red 15–25, Amber 8–12, Green 1–6. "
                "Action status: Green – on track; Amber – some slippage; Red – significantly off track; "
                "Complete – action delivered.")
    headers = ["Risk", "Risk description", "Risk owner", "Inherent score", "Key existing controls",
               "Current score", "Trend", "Action ref", "Further actions to reduce the risk",
               "Action owner", "Due date", "Action status", "Target score"]
    header_row(ws, 4, headers)
    ws.freeze_panes = "B5"

    def score_fill(s):
        return "red" if s >= 15 else ("amber" if s >= 8 else "green")

    status_fill = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    risks = [
        ("CR01 – Financial sustainability",
         "Insufficient funding and rising demand in adult social care, children's placements and home to "
         "school transport mean the Council is unable to set a balanced budget over the medium term.",
         "Executive Director of Corporate Services", 25,
         "Medium Term Financial Strategy; monthly budget monitoring to CLT; reserves policy; "
         "transformation savings tracker.", 20, "↔", 12, [
             ("CR01.1", "Develop savings proposals to close the 2026/27 budget gap and present them to "
                        "Cabinet for consultation.", "Chief Financial Officer (S151)", "December 2025",
              "Green"),
             ("CR01.2", "Complete a zero-based review of home to school transport eligibility and route "
                        "planning.", "Director of Education and Learning / Head of Passenger Transport",
              d(2026, 3, 31), "Amber"),
             ("CR01.3", "Refresh the reserves strategy as part of the 2026/27 budget report.",
              "Chief Financial Officer (S151)", "Feb-26", "Not started"),
         ]),
        ("CR02 – Cyber security",
         "A successful cyber attack (for example ransomware) compromises Council systems and data, "
         "leading to the loss of critical services and harm to residents.",
         "Chief Digital and Information Officer", 20,
         "PSN compliance; multi-factor authentication; 24/7 security operations centre; annual "
         "penetration testing; mandatory staff e-learning.", 16, "↑", 9, [
             ("CR02.1", "Replace the end-of-life Windows servers that host social care and finance "
                        "applications.", "Chief Digital and Information Officer", "Q3 2025/26", "Amber"),
             ("CR02.2", "Run a cyber incident exercise with CLT and the Suffolk Resilience Forum.",
              "Chief Digital and Information Officer; Head of Emergency Planning", d(2025, 9, 30),
              "Complete"),
         ]),
        ("CR03 – Safeguarding children",
         "Failure to identify and respond to risk means that a child known to the Council suffers "
         "serious harm.",
         "Executive Director of Children and Young People's Services", 20,
         "Multi-agency safeguarding hub; quality assurance framework; monthly performance clinics; "
         "Suffolk Safeguarding Partnership oversight.", 12, "↓", 8, [
             ("CR03.1", "Implement the Family Help model across all three localities in line with the "
                        "national children's social care reforms.", "Director of Children's Social Care",
              "October 2026", "Green"),
             ("CR03.2", "Recruit to 20 permanent social worker posts through the international recruitment "
                        "programme and reduce agency use to below 15%.",
              "Director of Children's Social Care / HR Business Partner (CYP)", "Ongoing", "Amber"),
         ]),
        ("CR04 – Special educational needs and disabilities (SEND)",
         "Demand for EHC needs assessments and specialist places continues to exceed capacity, leading "
         "to late plans, unsuitable placements and a growing High Needs Block deficit.",
         "Executive Director of Children and Young People's Services", 25,
         "SEND Strategy 2023–26; Delivering Better Value programme; weekly EHCP timeliness tracking.",
         20, "↔", 12, [
             ("CR04.1", "Open 160 additional specialist places through new specialist units in mainstream "
                        "schools.", "Head of SEND Sufficiency", "September 2026", "Amber"),
             ("CR04.2", "Achieve 60% of new EHCPs issued within 20 weeks by the end of the financial year.",
              "Head of SEND Services", "31 March 2026", "Red"),
         ]),
    ]
    row = 5
    for (title, desc, owner, inh, controls, cur, trend, target, acts) in risks:
        first = row
        for (aref, action, aowner, due, status) in acts:
            ws.cell(row=row, column=8, value=aref)
            ws.cell(row=row, column=9, value=action)
            ws.cell(row=row, column=10, value=aowner)
            c = ws.cell(row=row, column=11, value=due)
            if isinstance(due, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            c = ws.cell(row=row, column=12, value=status)
            if status in status_fill:
                c.fill = FILL[status_fill[status]]
            boxed(ws, row, 13)
            row += 1
        last = row - 1
        vals = {1: title, 2: desc, 3: owner, 4: inh, 5: controls, 6: cur, 7: trend, 13: target}
        for col, v in vals.items():
            c = ws.cell(row=first, column=col, value=v)
            if col == 1:
                c.font = Font(bold=True)
            if col in (4, 6, 13):
                c.fill = FILL[score_fill(v)]
                c.alignment = Alignment(horizontal="center", vertical="top")
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
        for r in range(first, row):
            for cc in (1, 2, 3, 5, 8, 9, 10, 11, 12):
                ws.cell(row=r, column=cc).alignment = WRAP
    widths(ws, [22, 40, 24, 9, 38, 9, 7, 9, 44, 28, 14, 12, 9])

    ws = wb.create_sheet("Scoring matrix")
    ws["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    ws["A1"].font = Font(bold=True)
    ws["A3"] = "Likelihood \\ Impact"
    imp = ["1 Minor", "2 Moderate", "3 Significant", "4 Serious", "5 Critical"]
    lik = ["5 Almost certain", "4 Likely", "3 Possible", "2 Unlikely", "1 Rare"]
    for i, t in enumerate(imp, 2):
        ws.cell(row=3, column=i, value=t).font = Font(bold=True)
    for j, t in enumerate(lik, 4):
        ws.cell(row=j, column=1, value=t).font = Font(bold=True)
        lv = 5 - (j - 4)
        for i in range(1, 6):
            s = lv * i
            c = ws.cell(row=j, column=i + 1, value=s)
            c.fill = FILL["red" if s >= 15 else ("amber" if s >= 8 else "green")]
            c.alignment = Alignment(horizontal="center")
    widths(ws, [20, 12, 12, 14, 12, 12])
    wb.save(out("za-suffolk-county-council-corporate-risk-register-2025-26.xlsx"))


# ===================================================== 3. Manchester (refuse)
MANCHESTER_TYPO_ROW = None


def manchester():
    global MANCHESTER_TYPO_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = "Manchester City Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Future Council Transformation Programme – Highlight Report"
    ws["A2"].font = Font(bold=True, size=15)
    ws["A3"] = "Reporting period: September 2025"
    ws["A4"] = "Programme SRO: Deputy Chief Executive and City Treasurer"
    ws["E4"] = "Programme Manager: Head of Transformation"
    ws["A5"] = "Overall programme status"
    ws["A5"].font = Font(bold=True)
    ws["C5"] = "Previous:"
    ws["D5"] = "Amber"
    ws["D5"].fill = FILL["amber"]
    ws["E5"] = "Current:"
    ws["F5"] = "Amber"
    ws["F5"].fill = FILL["amber"]

    ws["A7"] = "Summary of progress this period"
    ws["A7"].font = Font(bold=True)
    ws["A8"] = ("The new customer contact platform went live for Council Tax and Revenues on 8 September. "
                "The organisation design phase for Neighbourhoods has been paused for four weeks while "
                "consultation responses are considered. £4.1m of the £9.6m 2025/26 savings target is "
                "now secured.")
    ws.merge_cells("A8:I8")
    ws["A8"].alignment = WRAP
    ws.row_dimensions[8].height = 48

    ws["A10"] = "Key milestones"
    ws["A10"].font = Font(bold=True)
    header_row(ws, 11, ["Workstream", "Ref", "Milestone", "Milestone owner", "Baseline date",
                        "Forecast date", "Previous RAG", "Current RAG", "Commentary"])
    streams = [
        ("Customer and Digital", [
            ("CD1", "Go-live of the new customer contact platform for Council Tax and Revenues",
             "Head of Customer Services", "Sep 2025", "Sep 2025", "Green", "Complete",
             "Live from 8 September 2025."),
            ("CD2", "Extend the platform to Housing Options and Waste enquiries",
             "Head of Customer Services", "Dec 2025", "Jan 2026", "Green", "Amber",
             "Integration with the housing system is taking longer than planned."),
            ("CD3", "Decommission the legacy CRM and end the support contract",
             "Head of ICT Service Delivery", "Mar 2026", "Mar 2026", "Green", "Green", "On track."),
        ]),
        ("Workforce and Organisation Design", [
            ("WO1", "Complete consultation on the Neighbourhoods directorate structure",
             "Director of HR and OD", "Oct 2025", "Nov 2025", "Amber", "Amber",
             "Paused for four weeks to consider consultation responses."),
            ("WO2", "Implement the new Neighbourhoods structure and complete slotting-in",
             "Director of HR and OD / Strategic Director (Neighbourhoods)", "Jan 2026", "Febuary 2026",
             "Amber", "Red", "Dependent on WO1; trade union consultation extended."),
        ]),
        ("Commissioning and Contracts", [
            ("CC1", "Award the new corporate cleaning and security contract",
             "Head of Integrated Commissioning and Procurement", "Nov 2025", "Nov 2025", "Green",
             "Green", "Evaluation complete; award report at Executive in November."),
            ("CC2", "Roll out the contract management toolkit to all Tier 1 contracts",
             "Head of Integrated Commissioning and Procurement", "Dec 2025", "Dec 2025", "Green",
             "Green", "18 of 31 contracts now using the toolkit."),
            ("CC3", "Review all contracts over £500k due to end before March 2027",
             "Head of Integrated Commissioning and Procurement", "Mar 2026", "Mar 2026", "Green",
             "Green", "Pipeline report to Programme Board in December."),
        ]),
    ]
    rag_fill = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    row = 12
    for name, ms in streams:
        first = row
        for (ref, text, owner, base, fc, prev, cur, comm) in ms:
            vals = [None, ref, text, owner, base, fc, prev, cur, comm]
            for col, v in enumerate(vals, 1):
                if v is not None:
                    ws.cell(row=row, column=col, value=v)
            ws.cell(row=row, column=7).fill = FILL[rag_fill[prev]]
            ws.cell(row=row, column=8).fill = FILL[rag_fill[cur]]
            if fc == "Febuary 2026":
                MANCHESTER_TYPO_ROW = row
            boxed(ws, row, 9)
            for cc in range(1, 10):
                ws.cell(row=row, column=cc).alignment = WRAP
            row += 1
        ws.cell(row=first, column=1, value=name).font = Font(bold=True)
        ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)

    row += 1
    ws.cell(row=row, column=1, value="Key risks and issues").font = Font(bold=True)
    row += 1
    header_row(ws, row, ["Ref", "Risk / issue", "Mitigation", "Owner", "RAG"])
    row += 1
    risks = [("R1", "Savings from the Neighbourhoods restructure slip into 2026/27.",
              "Phased implementation; one-off funding identified from the transformation reserve.",
              "Head of Transformation", "Amber"),
             ("I1", "Housing system supplier unable to provide the API needed for CD2 until December.",
              "Escalated to supplier account director; interim manual workaround agreed.",
              "Head of ICT Service Delivery", "Red")]
    for rr in risks:
        for col, v in enumerate(rr, 1):
            ws.cell(row=row, column=col, value=v).alignment = WRAP
        ws.cell(row=row, column=5).fill = FILL[rag_fill[rr[4]]]
        boxed(ws, row, 5)
        row += 1
    row += 1
    ws.cell(row=row, column=1, value="Decisions / support required from Programme Board").font = Font(bold=True)
    row += 1
    ws.cell(row=row, column=1, value="Agree the revised forecast for WO2 and the use of the transformation "
                                     "reserve to cover the one-off cost of slippage.")
    widths(ws, [22, 7, 46, 30, 12, 13, 10, 10, 40])

    ws = wb.create_sheet("Savings")
    ws["A1"] = "2025/26 savings tracker (£000)"
    ws["A1"].font = Font(bold=True)
    header_row(ws, 3, ["Workstream", "Target", "Secured", "Forecast", "Gap"])
    sv = [("Customer and Digital", 3200, 1900, 3000, 200),
          ("Workforce and Organisation Design", 4100, 900, 3300, 800),
          ("Commissioning and Contracts", 2300, 1300, 2300, 0),
          ("Total", 9600, 4100, 8600, 1000)]
    for r, vals in enumerate(sv, 4):
        for c, v in enumerate(vals, 1):
            ws.cell(row=r, column=c, value=v).border = BOX
    widths(ws, [34, 10, 10, 10, 10])
    wb.save(out("za-manchester-city-council-transformation-programme-highlight-report-typo-month-refuse.xlsx"))
    return MANCHESTER_TYPO_ROW


# ============================================================= 4. Kent CSPR
def kent():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph("Kent Safeguarding Children Multi-Agency Partnership")
    p.runs[0].bold = True
    p.runs[0].font.size = Pt(14)
    doc.add_paragraph("LCSPR Child P – Multi-Agency Action Plan", style="Title")
    doc.add_paragraph("Progress update for the Learning Improvement Group – October 2025")

    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    ctrl = [("Review", "Local Child Safeguarding Practice Review – Child P (published 12 May 2025)"),
            ("Action plan owner", "KSCMP Learning Improvement Group"),
            ("Version", "1.3"),
            ("Date of last update", "06/10/2025"),
            ("Next review", "January 2026")]
    for i, (a, b) in enumerate(ctrl):
        set_cell(t.cell(i, 0), a, bold=True)
        set_cell(t.cell(i, 1), b)

    doc.add_paragraph()
    doc.add_paragraph(
        "This action plan responds to the three recommendations of the Local Child Safeguarding Practice "
        "Review into the circumstances of Child P. Progress is reported to the Learning Improvement Group "
        "quarterly and by exception to the KSCMP Executive Board.")

    doc.add_paragraph("RAG key", style="Heading 3")
    key = [("C00000", "Red", "Action not progressing – significant risk to delivery"),
           ("FFC000", "Amber", "Action started but behind timescale"),
           ("00B050", "Green", "On track to deliver within timescale"),
           ("0070C0", "Blue", "Action completed")]
    t = doc.add_table(rows=len(key), cols=2)
    t.style = "Table Grid"
    for i, (hexc, name, meaning) in enumerate(key):
        set_cell(t.cell(i, 0), name, bold=True)
        shade(t.cell(i, 0), hexc)
        set_cell(t.cell(i, 1), meaning)

    RAGHEX = {"red": "C00000", "amber": "FFC000", "green": "00B050", "blue": "0070C0", None: None}
    recs = [
        ("Recommendation 1: All partner agencies should ensure that practitioners identify, and actively "
         "engage with, fathers and other significant males in a child's household, including when they "
         "are not the main carer.", [
             ("1.1", "Update the KSCMP 'Think Family' guidance to include a section on identifying and "
                     "engaging fathers and male carers, with practice examples from the review.",
              "KSCMP Business Manager / Chair of Learning Improvement Group", "December 2025",
              "Draft section written and circulated to the Policy and Procedures Group for comment.",
              "green"),
             ("1.2", "Audit a sample of 30 child in need and child protection records across health, police "
                     "and children's social care to test whether fathers are recorded and involved in "
                     "assessments.",
              "Head of Quality Assurance (KCC Integrated Children's Services)", "31/03/2026",
              "Audit tool agreed. Audit moved from November to January 2026 because of capacity in the "
              "health audit team.", "amber"),
         ]),
        ("Recommendation 2: Health partners should strengthen information sharing between midwifery, "
         "health visiting and GP practices when a baby is born into a family already known to children's "
         "social care.", [
             ("2.1", "Introduce a standard notification from midwifery to the health visiting service and "
                     "the GP for every birth where there is an open children's social care case.",
              "Designated Nurse for Safeguarding Children (NHS Kent and Medway)", "September 2025",
              "Notification form in use in all four Kent maternity services since 1 September 2025.",
              "blue"),
             ("2.2", "Add an alert to the GP clinical record when a child is subject to a child protection "
                     "plan, and check that alerts are removed when plans end.",
              "Named GP for Safeguarding Children (NHS Kent and Medway)", "End of March 2026",
              "Searches built for EMIS practices; SystmOne practices to follow.", "green"),
             ("2.3", "Deliver a briefing on the learning from the review to all health visiting teams and "
                     "GP safeguarding leads.",
              "Designated Nurse for Safeguarding Children (NHS Kent and Medway)", "Ongoing",
              "Seven-minute briefing published. Sessions delivered to 9 of 13 health visiting teams; "
              "the remaining sessions were delayed by staff absence.", "amber"),
         ]),
        ("Recommendation 3: The KSCMP should seek assurance that the escalation protocol is understood "
         "and used by practitioners when they disagree with decisions about a child's safety.", [
             ("3.1", "Relaunch the KSCMP Resolution and Escalation Protocol through the partnership "
                     "newsletter, a practitioner webinar and the District Council Children's Safeguarding "
                     "Lead Group.",
              "KSCMP Business Manager", "November 2025",
              "Webinar held 24 September 2025 (186 attendees). Newsletter article published.", "blue"),
             ("3.2", "Collect data on escalations made under the protocol from each partner agency and "
                     "report it to the Scrutiny and Challenge Group every six months.",
              "KSCMP Business Manager; Kent Police Head of Public Protection", "June 2026",
              "To start once the relaunched protocol (3.1) has been in place for three months.", None),
         ]),
    ]
    for rec, acts in recs:
        doc.add_paragraph(rec, style="Heading 2")
        t = doc.add_table(rows=1 + len(acts), cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Lead officer", "Target date", "Progress update", "RAG"]):
            set_cell(t.cell(0, i), h, bold=True)
            shade(t.cell(0, i), "D9E2F3")
        for r, (ref, action, lead, date, prog, rag) in enumerate(acts, 1):
            for i, v in enumerate([ref, action, lead, date, prog, ""]):
                set_cell(t.cell(r, i), v)
            if rag:
                shade(t.cell(r, 5), RAGHEX[rag])
        doc.add_paragraph()

    doc.add_paragraph("Sign-off", style="Heading 3")
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), "Agreed by", bold=True)
    set_cell(t.cell(0, 1), "Chair, KSCMP Learning Improvement Group")
    set_cell(t.cell(1, 0), "Date", bold=True)
    set_cell(t.cell(1, 1), "06/10/2025")
    doc.save(out("za-kent-scmp-lcspr-child-p-action-plan.docx"))


# ================================================= 5. Isles of Scilly FV
def scilly():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph("Council of the Isles of Scilly – Children’s Services")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("Ofsted Focused Visit (4 and 5 March 2025) – Action Plan", style="Heading 1")
    doc.add_paragraph("Focus of the visit: arrangements for children in need and children subject to a "
                      "child protection plan.")
    doc.add_paragraph("Plan owner: Director of Children’s Services\tLast updated: 15 September 2025")
    doc.add_paragraph("Inspectors identified the following areas for improvement:")
    for afi in ["Management oversight and supervision, so that plans for children progress without "
                "unnecessary delay.",
                "The quality of child in need and child protection plans, so that they are specific, "
                "focused on the child’s needs and understood by parents.",
                "The use of return home interviews to understand and reduce risk when children go missing."]:
        doc.add_paragraph(afi, style="List Bullet")

    sections = [
        ("Area for improvement 1: Management oversight and supervision, so that plans for children progress "
         "without unnecessary delay.", [
             ("1.1", "Introduce a supervision tracker so that the Head of Children’s Social Care can see when "
                     "each child’s case was last discussed in supervision.",
              "Head of Children’s Social Care", "April 2025",
              "100% of children have had case supervision in the last six weeks.", "A", "B"),
             ("1.2", "Commission a quarterly independent audit of supervision records, with findings "
                     "reported to the Children’s Services Improvement Board.",
              "Director of Children’s Services", "Quarterly",
              "Audit grades for management oversight are ‘good’ or better in at least 80% of cases.",
              "G", "G"),
         ]),
        ("Area for improvement 2: The quality of child in need and child protection plans, so that they are "
         "specific, focused on the child’s needs and understood by parents.", [
             ("2.1", "Adopt the Cornwall and Isles of Scilly outcome-focused plan template.\nPlans to "
                     "include SMART actions and a ‘what this means for me’ section written for the child.",
              "Head of Children’s Social Care", "End of June 2025",
              "All new plans on the new template from July 2025.", "A", "B"),
             ("2.2", "Provide training on writing SMART plans for the social work team and partner agencies.",
              "Head of Children’s Social Care / Practice Lead (Social Work)", "Autumn term 2025",
              "Training evaluation; plan audit shows improvement.", "A", "A"),
             ("2.3", "Share plans with parents in an accessible format and record their views at each core "
                     "group or child in need meeting.",
              "Team Manager", "30/11/2025",
              "Parents’ views recorded in 90% of reviewed plans.", "A", "G"),
         ]),
        ("Area for improvement 3: The use of return home interviews to understand and reduce risk when "
         "children go missing.", [
             ("3.1", "Agree a commissioning arrangement so that every child reported missing is offered a "
                     "return home interview within 72 hours, including when they return to the islands from "
                     "the mainland.",
              "Director of Children’s Services", "January 2026",
              "Return home interviews offered within 72 hours for every missing episode.", "R", "A"),
         ]),
    ]
    headers = ["No.", "Action", "Lead", "By when", "Measure of success", "Previous RAG", "Current RAG"]
    nrows = 1 + sum(1 + len(a) for _, a in sections)
    t = doc.add_table(rows=nrows, cols=7)
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        set_cell(t.cell(0, i), h, bold=True)
        shade(t.cell(0, i), "BDD7EE")
    rag_hex = {"R": "FF0000", "A": "FFC000", "G": "92D050", "B": "00B0F0"}
    r = 1
    for afi, acts in sections:
        m = t.cell(r, 0).merge(t.cell(r, 6))
        set_cell(m, afi, bold=True)
        shade(m, "E7E6E6")
        r += 1
        for (no, action, lead, when, measure, prev, cur) in acts:
            for i, v in enumerate([no, action, lead, when, measure, prev, cur]):
                set_cell(t.cell(r, i), v)
            shade(t.cell(r, 5), rag_hex[prev])
            shade(t.cell(r, 6), rag_hex[cur])
            r += 1
    doc.add_paragraph()
    doc.add_paragraph("RAG: B – complete; G – on track; A – on track with some risk; R – not on track.")
    doc.add_paragraph("Governance: progress is reported to the Children’s Services Improvement Board every six "
                      "weeks and to the Overview and Scrutiny Committee twice a year.")
    doc.save(out("za-council-of-the-isles-of-scilly-ofsted-focused-visit-action-plan.docx"))


# ============================================================ 6. Lancashire
def lancashire():
    import csv
    rows = [
        ["Lancashire Health and Wellbeing Board – Action Log", "", "", "", "", ""],
        ["Updated following the meeting on 16 September 2025", "", "", "", "", ""],
        ["", "", "", "", "", ""],
        ["Ref", "Action", "Lead(s)", "Due date", "RAG", "Update"],
        ["Meeting 20 May 2025", "", "", "", "", ""],
        ["HWB/25/01", "Circulate the Better Care Fund 2025/26 plan to Board members once it has been "
                      "approved by NHS England.", "Pilling, Claire", "30/06/2025", "Complete",
         "Circulated 27 June 2025."],
        ["HWB/25/02", "Bring a report on the uptake of NHS Health Checks by district to a future meeting, "
                      "broken down by deprivation quintile.", "Hartley, Mark", "Sep-25", "Complete",
         "Report presented 16 September 2025 (item 7)."],
        ["HWB/25/03", "Agree with the Lancashire Leaders Group how the district health and wellbeing "
                      "partnerships will report into the Board.", "Pilling, Claire; Crook, Peter",
         "31/10/2025", "Amber",
         "Draft reporting template shared with district leads; Leaders Group discussion moved to 9 October."],
        ["Meeting 15 July 2025", "", "", "", "", ""],
        ["HWB/25/04", "Set up a task and finish group on childhood immunisation uptake, with members from the "
                      "ICB, UKHSA and the three upper-tier councils.", "Singh, Ravinder", "Aug-25", "Red",
         "Not yet established – awaiting nominations from two partners."],
        ["HWB/25/05", "Include the Pharmaceutical Needs Assessment 2025 consultation on the September agenda.",
         "Ashworth, Nadia", "16/09/2025", "Complete", "On the agenda – item 9."],
        ["HWB/25/06", "Provide a briefing on the Neighbourhood Health pilots in Lancashire and how the Board "
                      "will receive assurance on them.", "Crook, Peter", "November 2025", "Green",
         "Briefing being prepared with the ICB for the November development session."],
        ["Meeting 16 September 2025", "", "", "", "", ""],
        ["HWB/25/07", "Write to the Secretary of State on behalf of the Board about the impact of the 2026/27 "
                      "public health grant allocation.", "Chair / Director of Public Health", "31/10/2025",
         "Green", "Draft letter with the Chair for approval."],
        ["HWB/25/08", "Develop a Neighbourhood Health and Wellbeing Delivery Framework with partners and bring "
                      "it to the Board for approval.", "Pilling, Claire; Hartley, Mark", "April 2026",
         "Not started", "Scoping to begin once the LGA review recommendations are agreed."],
        ["", "", "", "", "", ""],
        ["Key: Green – on track; Amber – at risk; Red – overdue; Complete – action closed and removed from "
         "the next log.", "", "", "", "", ""],
    ]
    with open(out("za-lancashire-health-and-wellbeing-board-action-log.csv"), "w", newline="",
              encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ============================================================= 7. Newcastle
def newcastle():
    lines = [
        "Newcastle City Council",
        "Council Plan 2024–2028 – Delivery Plan 2025/26",
        "Quarter 2 progress report (July – September 2025)",
        "Exported from the performance management system on 14/10/2025",
        "",
    ]
    header = ["Priority", "Ref", "Key activity", "Lead officer", "Target date", "Q1 status", "Q2 status",
              "Q2 commentary"]
    data = [
        ["1. Growing an inclusive economy", "CP1.1",
         "Deliver the next phase of the Forth Yards regeneration, including submission of the outline "
         "planning application.", "Director of Regeneration and Property", "Mar-26", "Green", "Green",
         "Outline application submitted 29 August 2025."],
        ["", "CP1.2", "Support 1,200 residents into work or training through the Newcastle Works programme.",
         "Head of Employment and Skills", "Q4 2025/26", "Green", "Amber",
         "682 residents supported by the end of Q2; referrals from Jobcentre Plus lower than planned."],
        ["2. Healthy, safe and caring communities", "CP2.1",
         "Open two new Family Hubs in the outer west and the east of the city.",
         "Director of Early Help and Family Support / Director of Public Health", "30/09/2025", "Green",
         "Complete", "Both hubs opened in September 2025."],
        ["", "CP2.2", "Redesign the Adult Social Care front door so that 70% of contacts are resolved at the "
                      "first point of contact.", "Director of Adult Social Care", "Dec 2025", "Amber", "Amber",
         "61% resolved at first contact in September; new triage rota starts in October."],
        ["", "CP2.3", "Complete the Clean Air Zone annual review and report the findings to Cabinet.",
         "Director of Transport and Environment", "November 2025", "Green", "Green",
         "Monitoring data analysed; Cabinet report drafted."],
        ["3. A greener, well-connected city", "CP3.1",
         "Install 300 new on-street electric vehicle charge points.", "Head of Transport Strategy",
         "Ongoing", "Not started", "Amber", "Contract awarded; 40 charge points installed."],
        ["", "CP3.2", "Complete the retrofit of 500 council homes through the Social Housing Decarbonisation "
                      "Fund Wave 2.2 programme.", "Director of Housing", "31/03/2026", "Red", "Red",
         "Contractor mobilisation delayed; 212 homes completed."],
        ["", "CP3.3", "Publish the refreshed Net Zero Newcastle 2030 Action Plan.", "Net Zero Programme Manager",
         "Jan-26", "Not started", "Not started", "Work to begin in Q3."],
    ]
    footer = ["", "Status key: Green – on track; Amber – some risk to delivery; Red – off track; "
                  "Complete – delivered; Not started – not due to start this quarter."]
    text = "\n".join(lines + ["\t".join(header)] + ["\t".join(r) for r in data] + footer) + "\n"
    with open(out("za-newcastle-city-council-plan-delivery-plan-2025-26.txt"), "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    essex()
    suffolk()
    row = manchester()
    kent()
    scilly()
    lancashire()
    newcastle()
    print("Manchester typo row:", row)
