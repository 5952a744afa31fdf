"""Build the seven zfh- blind test files (set heldout814).

Run with /work/main/.venv/bin/python zfh_make.py from any directory.
Writes only files whose names start with "zfh-" into this script's folder.
"""
import csv
import os
from datetime import date, datetime

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zfh-")
    return os.path.join(HERE, name)


FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def solid(hexcolour):
    return PatternFill("solid", start_color=hexcolour, end_color=hexcolour)


def dt(y, m, d):
    return datetime(y, m, d)


# ---------------------------------------------------------------------------
# 1. Tate - Audit Committee internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
TATE_TITLE = "Tate Audit Committee – Internal Audit Recommendations Tracker"
TATE_SUB = "Position at 31 October 2025 – for the meeting of 18 November 2025"

TATE_OPEN = [
    ("Collections Information Management (TIA 2024/05) – Limited assurance", [
        dict(ref="CIM/01", pri="High",
             rec="Loan-out records should be reconciled to The Museum System (TMS) on a documented, risk-based cycle.",
             action="Introduce an annual rolling reconciliation of loan-out records against TMS, prioritising long-term and high-value loans, with exceptions reported to the Collections Board.",
             owner="Head of Collections Information", lead=["Head of Collections Information"],
             orig=dt(2025, 3, 31), rev=dt(2025, 12, 31), rag="amber", end="2025-12",
             update="Long-term loans reconciled (212 records). Short-term loans scheduled for November and December 2025."),
        dict(ref="CIM/02", pri="Medium",
             rec="User access to TMS should be reviewed periodically and leavers' accounts removed promptly.",
             action="Build a quarterly TMS access review into the HR leavers process and evidence the first review to Internal Audit.",
             owner="Head of Collections Information / Head of Digital Services",
             lead=["Head of Collections Information", "Head of Digital Services"],
             orig=dt(2025, 6, 30), rev=dt(2026, 1, 31), rag="amber", end="2026-01",
             update="Weekly leavers report now issued from the HR system. First full review delayed by the TMS upgrade; revised date agreed with Internal Audit."),
    ]),
    ("Cyber Security – Third-Party Supplier Assurance (TIA 2024/09) – Moderate assurance", [
        dict(ref="CYB/01", pri="High",
             rec="A complete register of third-party suppliers with access to Tate systems or data should be maintained and risk-rated.",
             action="Compile a supplier access register from the contracts database and IT service desk records and risk-rate each supplier.\nThe register will be owned by the Information Security Manager and reviewed every six months.",
             owner="Chief Information Officer", lead=["Chief Information Officer"],
             orig=dt(2025, 9, 30), rev=None, rag="red", end="2025-09",
             update="Register drafted (64 suppliers); risk-rating not complete because the Information Security Manager post is vacant. A revised date will be proposed to the Committee."),
        dict(ref="CYB/02", pri="Medium",
             rec="IT contracts should include minimum security requirements and a right to audit.",
             action="Agree standard security schedule and audit-rights clauses with Legal and include them in all new and renewed IT contracts.",
             owner="Head of Procurement", lead=["Head of Procurement"],
             orig=dt(2025, 12, 31), rev=None, rag="green", end="2025-12",
             update="Clauses agreed with Legal; being applied to the ticketing platform renewal."),
    ]),
    ("Retail Stock Management – Tate Enterprises (TIA 2025/02) – Limited assurance", [
        dict(ref="RET/01", pri="High",
             rec="Stock counts at the Tate Modern and Tate Britain shops should be independently verified and variances investigated.",
             action="Finance to verify independently all half-year and year-end stock counts; variances over £500 to be investigated and signed off by the Head of Retail.",
             owner="Tate Enterprises Finance Director", lead=["Tate Enterprises Finance Director"],
             orig=dt(2025, 10, 31), rev=dt(2026, 3, 31), rag="amber", end="2026-03",
             update="Half-year count at Tate Modern verified in September. Tate Britain count moved to the year-end count in March 2026."),
        dict(ref="RET/02", pri="Low",
             rec="The methodology for the slow-moving stock provision should be documented.",
             action="Document the stock provision methodology and present it to the Tate Enterprises Board for approval.",
             owner="Tate Enterprises Finance Director", lead=["Tate Enterprises Finance Director"],
             orig=dt(2025, 11, 30), rev=None, rag="green", end="2025-11",
             update="Paper drafted for the Tate Enterprises Board on 26 November 2025."),
    ]),
    ("Health and Safety – Contractor Management (TIA 2025/04) – Moderate assurance", [
        dict(ref="HS/01", pri="Medium",
             rec="All contractors working on Tate sites should complete a site induction before starting work.",
             action="Roll out the contractor induction e-learning module to all Estates contractors and record completion on the permit-to-work system.",
             owner="Head of Estates and Facilities", lead=["Head of Estates and Facilities"],
             orig=dt(2026, 1, 31), rev=None, rag="green", end="2026-01",
             update="Module built; pilot with the lighting maintenance contractor under way."),
    ]),
]

TATE_DONE = [
    ("Payroll and Expenses (TIA 2024/03) – Moderate assurance", [
        dict(ref="PAY/01", pri="Medium",
             rec="Changes to standing payroll data should be independently checked before each payroll run.",
             action="Introduce a second-person check of all standing data changes, evidenced on the monthly payroll checklist.",
             owner="Head of Payroll and Pensions", lead=["Head of Payroll and Pensions"],
             orig=dt(2025, 7, 31), rev=None, rag="blue", end="2025-07",
             update="Verified by Internal Audit on 9 October 2025."),
        dict(ref="PAY/02", pri="Low",
             rec="Expense claims without receipts should be rejected unless approved by a Director.",
             action="Update the Expenses Policy and configure the expenses system to block claims submitted without receipts.",
             owner="Head of Payroll and Pensions", lead=["Head of Payroll and Pensions"],
             orig=dt(2025, 9, 30), rev=None, rag="blue", end="2025-09",
             update="Policy approved by the Executive Group in August 2025; system change live from 1 September 2025."),
    ]),
]


def build_tate():
    wb = openpyxl.Workbook()
    hdr_fill = solid("1F1F1F")
    hdr_font = Font(bold=True, color="FFFFFF")

    # Summary sheet
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = TATE_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = TATE_SUB
    ws["A4"] = "Recommendations by priority"
    ws["A4"].font = Font(bold=True)
    rows = [
        ["Priority", "Open", "of which overdue", "Implemented since last meeting"],
        ["High", 3, 1, 0],
        ["Medium", 3, 0, 1],
        ["Low", 1, 0, 1],
        ["Total", 7, 1, 2],
    ]
    for i, r in enumerate(rows, start=5):
        for j, v in enumerate(r, start=1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = BOX
            if i == 5:
                c.font = hdr_font
                c.fill = hdr_fill
            if i == 9:
                c.font = Font(bold=True)
    ws["A11"] = "Revised dates requested at this meeting: CIM/02, RET/01."
    ws["A12"] = "Detail of each open recommendation is on the 'Open recommendations' tab; the RAG key is on the 'Key' tab."
    ws.column_dimensions["A"].width = 22
    for col in "BCD":
        ws.column_dimensions[col].width = 18

    headers = ["Ref", "Priority", "Recommendation", "Agreed management action",
               "Action owner", "Original due date", "Revised due date", "Status",
               "Progress update (October 2025)"]
    widths = [9, 9, 40, 50, 28, 12, 12, 8, 50]

    def tracker_sheet(title, groups, status_text):
        ws = wb.create_sheet(title)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
        ws["A1"] = TATE_TITLE
        ws["A1"].font = Font(bold=True, size=14)
        ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(headers))
        ws["A2"] = TATE_SUB + (" – recommendations implemented since the last meeting" if status_text else "")
        for j, h in enumerate(headers, start=1):
            c = ws.cell(row=4, column=j, value=h)
            c.font = hdr_font
            c.fill = hdr_fill
            c.alignment = WRAP
            c.border = BOX
            ws.column_dimensions[get_column_letter(j)].width = widths[j - 1]
        r = 5
        for heading, items in groups:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(headers))
            c = ws.cell(row=r, column=1, value=heading)
            c.font = Font(bold=True)
            c.fill = solid("D9D9D9")
            r += 1
            for a in items:
                vals = [a["ref"], a["pri"], a["rec"], a["action"], a["owner"],
                        a["orig"], a["rev"], status_text, a["update"]]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=8).fill = solid(FILL[a["rag"]])
                if status_text:
                    ws.cell(row=r, column=8).font = Font(color="FFFFFF", bold=True)
                if a["rev"] is not None:
                    ws.cell(row=r, column=7).font = Font(bold=True, color="C00000")
                r += 1
        r += 1
        ws.cell(row=r, column=1, value="Notes: revised due dates in bold red have moved since the last meeting. Status is shown by cell colour – see the Key tab.")
        ws.freeze_panes = "A5"
        return ws

    tracker_sheet("Open recommendations", TATE_OPEN, None)
    tracker_sheet("Implemented", TATE_DONE, "Implemented")

    ws = wb.create_sheet("Key")
    ws["A1"] = "Status key"
    ws["A1"].font = Font(bold=True)
    key = [
        ("red", "Red", "Overdue – agreed date passed and no revised date approved"),
        ("amber", "Amber", "In progress – revised date agreed by the Committee"),
        ("green", "Green", "On track to meet the original due date"),
        ("blue", "Blue", "Implemented – evidence verified by Internal Audit"),
    ]
    for i, (k, word, desc) in enumerate(key, start=2):
        ws.cell(row=i, column=1).fill = solid(FILL[k])
        ws.cell(row=i, column=2, value=word)
        ws.cell(row=i, column=3, value=desc)
    ws["A7"] = "Priority: High – fundamental control weakness; Medium – significant weakness; Low – minor improvement."
    ws.column_dimensions["C"].width = 60

    name = "zfh-tate-audit-committee-internal-audit-recommendations-tracker.xlsx"
    wb.save(out(name))
    actions = []
    for heading, items in TATE_OPEN + TATE_DONE:
        for a in items:
            actions.append(dict(ref=a["ref"], under=[heading, a["rec"]], action=a["action"],
                                lead=a["lead"], end=a["end"], status=a["rag"]))
    return name, actions


# ---------------------------------------------------------------------------
# 2. Ofqual - strategic risk register (xlsx) - REFUSE (mistyped month)
# ---------------------------------------------------------------------------
OFQUAL_TITLE = "Ofqual Strategic Risk Register 2025-26"
OFQUAL_RISKS = [
    dict(ref="SR1",
         desc="Delivery of the summer 2026 GCSE, AS and A level series\nCause: awarding organisation operational failure, centre disruption or a national incident.\nEvent: a significant part of the series cannot be delivered or results are delayed.\nEffect: students disadvantaged; loss of public confidence in qualifications.",
         owner="Executive Director for General Qualifications", inh="4 x 5 = 20",
         controls="Exam series monitoring and daily incident reporting; contingency day; joint DfE/Ofqual exams delivery group.",
         res="3 x 5 = 15", trend="↔", target="10",
         actions=[
             ("Run a joint contingency exercise with the awarding organisations and DfE before the 2026 series", "Director of Standards and Delivery", "January 2026", "Scenario agreed; exercise booked for 21 January."),
             ("Publish updated contingency guidance for centres and exams officers", "Director of Communications", "March 2026", "Drafting started."),
         ]),
    dict(ref="SR2",
         desc="On-screen assessment\nRisk that moves by awarding organisations to on-screen assessment outpace the regulatory safeguards needed to protect validity, accessibility and security.",
         owner="Chief Regulator", inh="3 x 4 = 12",
         controls="Position statement on on-screen assessment; technical advisory group.",
         res="3 x 4 = 12", trend="↑", target="8",
         actions=[
             ("Consult on regulatory requirements for on-screen assessment in GCSEs and A levels", "Executive Director for General Qualifications", "Dec-25", "Consultation launched 16 September; closes 11 December."),
             ("Publish decisions and statutory guidance following the consultation", "Executive Director for General Qualifications", "Jun-26", "Not started – dependent on consultation outcome."),
         ]),
    dict(ref="SR3",
         desc="Cyber security\nA cyber incident at Ofqual or at a large awarding organisation compromises assessment materials, results data or Ofqual systems.",
         owner="Chief Operating Officer", inh="4 x 5 = 20",
         controls="Cyber Essentials Plus; GovAssure profile; AO security conditions (Condition A6).",
         res="3 x 4 = 12", trend="↔", target="9",
         actions=[
             ("Complete supply-chain cyber maturity reviews of the five largest awarding organisations", "Director of Regulatory Operations", "Mar-26", "Three of five reviews complete."),
             ("Test the Ofqual incident response plan through an NCSC-led exercise", "Head of Digital and Information Security", "Febuary 2026", "Exercise scope agreed with NCSC."),
             ("Refresh mandatory cyber awareness training for all staff", "Head of Digital and Information Security", "Nov-25", "Complete – 96% of staff trained."),
         ]),
    dict(ref="SR4",
         desc="Financial sustainability\nRisk that spending review settlements and pay pressures leave Ofqual unable to fund its corporate plan commitments.",
         owner="Chief Operating Officer", inh="3 x 4 = 12",
         controls="Monthly budget monitoring; workforce planning board; DfE sponsor meetings.",
         res="3 x 3 = 9", trend="↓", target="6",
         actions=[
             ("Agree the 2026-27 budget and workforce plan with DfE", "Director of Finance", "Mar-26", "Initial submission made in October."),
             ("Deliver the efficiency savings programme (target £1.2m)", "Director of Finance", "Mar-26", "£0.8m identified to date."),
         ]),
]


def build_ofqual():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "SRR Q2 2025-26"
    headers = ["Risk ref", "Risk description (cause – event – effect)", "Risk owner",
               "Inherent (L x I)", "Key controls in place", "Residual (L x I)", "Trend",
               "Target score", "Further mitigating actions", "Action owner", "Due", "Progress"]
    widths = [8, 48, 24, 10, 36, 10, 7, 8, 46, 26, 12, 36]
    ncol = len(headers)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = OFQUAL_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "Position at end of Quarter 2 – presented to the Audit and Risk Assurance Committee, 25 November 2025"
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)
    ws["A3"] = "Scores: likelihood (L) x impact (I), each 1–5. Trend: ↑ increasing, ↔ stable, ↓ decreasing since Q1."
    ws["A3"].font = Font(italic=True)
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("5B2C6F")
        c.alignment = WRAP
        c.border = BOX
        ws.column_dimensions[get_column_letter(j)].width = widths[j - 1]
    r = 6
    typo_row = None
    for risk in OFQUAL_RISKS:
        first = r
        for (text, owner, due, prog) in risk["actions"]:
            for j, v in zip(range(9, 13), (text, owner, due, prog)):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            if due.startswith("Febuary"):
                typo_row = r
            r += 1
        last = r - 1
        vals = [risk["ref"], risk["desc"], risk["owner"], risk["inh"], risk["controls"],
                risk["res"], risk["trend"], risk["target"]]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(row=first, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if last > first:
                ws.merge_cells(start_row=first, start_column=j, end_row=last, end_column=j)
        score = int(risk["res"].split("=")[1])
        ws.cell(row=first, column=6).fill = solid(FILL["red"] if score >= 15 else FILL["amber"] if score >= 9 else FILL["green"])
    r += 1
    ws.cell(row=r, column=1, value="Risk appetite: Ofqual has a low appetite for risks to the delivery of fair and valid qualifications and a moderate appetite for change and innovation risk.")
    ws.freeze_panes = "A6"

    ws2 = wb.create_sheet("Scoring matrix")
    ws2["A1"] = "Likelihood x Impact scoring"
    ws2["A1"].font = Font(bold=True)
    for i in range(1, 6):
        ws2.cell(row=2, column=i + 1, value=i).font = Font(bold=True)
        ws2.cell(row=i + 2, column=1, value=6 - i).font = Font(bold=True)
        for j in range(1, 6):
            s = (6 - i) * j
            c = ws2.cell(row=i + 2, column=j + 1, value=s)
            c.fill = solid(FILL["red"] if s >= 15 else FILL["amber"] if s >= 9 else FILL["green"])
    ws2["A9"] = "1–8 Low (green); 9–14 Medium (amber); 15–25 High (red)"

    name = "zfh-ofqual-strategic-risk-register-2025-26-typo-month-refuse.xlsx"
    wb.save(out(name))
    return name, typo_row


# ---------------------------------------------------------------------------
# 3. Labour Relations Agency - ARAC action log (xlsx)
# ---------------------------------------------------------------------------
LRA_TITLE = "Labour Relations Agency – Audit and Risk Assurance Committee Action Log"
LRA_MEETINGS = [
    ("Meeting of 5 March 2025", [
        dict(no="25/03", minute="6.2",
             action="Director of Corporate Services to bring a revised Fraud Response Plan to the Committee, reflecting the Department for the Economy template.",
             resp="Director of Corporate Services", lead=["Director of Corporate Services"],
             target="Jun-25 (revised Dec-25)", end="2025-12", prev="A", cur="A",
             update="Draft aligned to the DfE template and sent to the Department on 2 October; comments awaited."),
        dict(no="25/04", minute="8.1",
             action="Head of Finance to circulate the NIAO Report to those Charged with Governance to members once cleared by the Department.",
             resp="Head of Finance", lead=["Head of Finance"],
             target="Apr-25", end="2025-04", prev="G", cur="B",
             update="Circulated 17/04/2025. Propose closure."),
    ]),
    ("Meeting of 11 June 2025", [
        dict(no="25/09", minute="4.3",
             action="Chief Executive and Board Chair to agree the approach to the Board effectiveness review, including the use of an external facilitator.",
             resp="CE/Board Chair", lead=["CE", "Board Chair"],
             target="Sept 2025", end="2025-09", prev="G", cur="B",
             update="Approach agreed 9 September; external facilitator appointed. Propose closure."),
        dict(no="25/10", minute="5.1",
             action="Internal Audit to include a follow-up of the case management system access control recommendations in the 2025-26 internal audit plan.",
             resp="Head of Internal Audit", lead=["Head of Internal Audit"],
             target="Mar-26", end="2026-03", prev="G", cur="G",
             update="Included in the Q4 plan."),
        dict(no="25/11", minute="7.2",
             action="Director of Operations to re-score corporate risk CR3 (demand for early conciliation) and add an action on conciliator recruitment.",
             resp="Director of Operations", lead=["Director of Operations"],
             target="Next meeting", end=None, end_text="Next meeting", prev="A", cur="R",
             update="Not brought to the September meeting. Revised CR3 to be included in the December risk register paper."),
    ]),
    ("Meeting of 17 September 2025", [
        dict(no="25/15", minute="3.1",
             action="Head of ICT to brief the Committee on the cyber security assurance received from the Department, including the Cyber Essentials Plus position.",
             resp="Head of ICT", lead=["Head of ICT"],
             target="Dec-25", end="2025-12", prev="", cur="G",
             update="On the agenda for 4 December."),
        dict(no="25/16", minute="6.4",
             action="Members to complete the NIAO audit committee self-assessment checklist and return it to the Committee Secretary.",
             resp="All members", lead=["All members"],
             target="31/10/2025", end="2025-10", prev="", cur="R",
             update="Three of five returns received."),
        dict(no="25/17", minute="9.2",
             action="Head of HR & OD to report the outcome of the review of the gifts and hospitality register, including nil returns.",
             resp="Head of HR & OD", lead=["Head of HR & OD"],
             target="Dec-25", end="2025-12", prev="", cur="G",
             update="Review complete; report in preparation."),
    ]),
]
LRA_STATUS = {"R": "red", "A": "amber", "G": "green", "B": "blue"}


def build_lra():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Action Log"
    headers = ["Action No.", "Minute ref", "Action", "Responsible", "Target date",
               "Previous RAG", "Current RAG", "Update / comment"]
    widths = [10, 9, 60, 24, 16, 9, 9, 50]
    ncol = len(headers)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = LRA_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "Updated for the meeting on 4 December 2025"
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)
    ws["A3"] = "RAG: R – overdue; A – in progress, target date at risk or revised; G – on track; B – complete, proposed for closure"
    ws["A3"].font = Font(italic=True, size=9)
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = solid("BDD7EE")
        c.alignment = WRAP
        c.border = BOX
        ws.column_dimensions[get_column_letter(j)].width = widths[j - 1]
    r = 6
    for heading, items in LRA_MEETINGS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        c = ws.cell(row=r, column=1, value=heading)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("1F4E79")
        r += 1
        for a in items:
            vals = [a["no"], a["minute"], a["action"], a["resp"], a["target"],
                    a["prev"] or None, a["cur"], a["update"]]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            for j, k in ((6, a["prev"]), (7, a["cur"])):
                if k:
                    cell = ws.cell(row=r, column=j)
                    cell.fill = solid(FILL[LRA_STATUS[k]])
                    cell.alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Actions marked B are removed from the log once the Committee has agreed closure.")
    ws.cell(row=r + 1, column=1, value="Open actions: 6   Proposed for closure: 2")
    name = "zfh-labour-relations-agency-arac-action-log.xlsx"
    wb.save(out(name))
    actions = []
    for heading, items in LRA_MEETINGS:
        for a in items:
            d = dict(ref=a["no"], under=[heading], action=a["action"], lead=a["lead"], end=a["end"])
            if a.get("end_text"):
                d["end_text"] = a["end_text"]
            d["status"] = LRA_STATUS[a["cur"]]
            actions.append(d)
    return name, actions


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text; inner newlines become separate paragraphs."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for extra in parts[1:]:
        p = cell.add_paragraph()
        run = p.add_run(extra)
        run.bold = bold


# ---------------------------------------------------------------------------
# 4. RNIB - Charity Commission action plan progress report (docx)
# ---------------------------------------------------------------------------
RNIB_TITLE = "RNIB Charity Commission Action Plan – Progress Report"
RNIB_THEMES = [
    ("Theme 1: Safeguarding governance", [
        ("Required outcome: the trustees have a clear line of sight of safeguarding risk across every RNIB service and subsidiary.", [
            dict(ref="1.1",
                 action="Establish the Regulated Services and Safeguarding Committee (RSSC) as a standing committee of the Board with an independent chair and terms of reference approved by the Board.",
                 lead="Chair of the Board", leadl=["Chair of the Board"], target="30 June 2022", end="2022-06",
                 progress="Terms of reference approved by the Board on 22 June 2022; independent chair in post.", rag="Complete"),
            dict(ref="1.2",
                 action="Report a safeguarding dashboard (incidents, referrals, serious incident reports and regulator findings) to every RSSC meeting and a summary to each Board meeting.",
                 lead="Director of Safeguarding; Head of Safeguarding", leadl=["Director of Safeguarding", "Head of Safeguarding"],
                 target="Quarterly", end=None, end_text="Quarterly",
                 progress="Dashboard presented at the May and August RSSC meetings. Board summary starts in October.", rag="Green"),
        ]),
        ("Required outcome: serious incidents are reported to the Commission promptly and fully.", [
            dict(ref="1.3",
                 action="Revise the serious incident reporting procedure so that the Company Secretary reviews every safeguarding incident within 48 hours for reportability to the Charity Commission.\nKeep a log of reporting decisions for review by the RSSC.",
                 lead="Company Secretary", leadl=["Company Secretary"],
                 target="Original: March 2022\nRevised: November 2022", end="2022-11",
                 progress="Procedure drafted. Revised date agreed with the Commission case officer to allow legal review.", rag="Amber"),
        ]),
    ]),
    ("Theme 2: Board composition and effectiveness", [
        ("Required outcome: the Board has the skills and experience to govern a complex, multi-service charity.", [
            dict(ref="2.1",
                 action="Amend the Royal Charter and Bye-laws to reduce the proportion of elected trustees and introduce skills-based appointments, for approval at the AGM.",
                 lead="Company Secretary", leadl=["Company Secretary"], target="October 2022", end="2022-10",
                 progress="Privy Council pre-consultation complete; resolution circulated to members with the AGM papers.", rag="Green"),
            dict(ref="2.2",
                 action="Commission an independent external Board effectiveness review and agree an action plan on its findings.",
                 lead="Chair of the Board", leadl=["Chair of the Board"], target="Dec 2022", end="2022-12",
                 progress="Reviewer appointed; interviews with trustees scheduled for October and November.", rag="Green"),
        ]),
    ]),
    ("Theme 3: Oversight of regulated services", [
        None,
        [
            dict(ref="3.1",
                 action="Carry out a quality assurance visit to every registered setting each year, led by a senior manager from outside the service, with findings reported to the RSSC.",
                 lead="Director of Care and Education", leadl=["Director of Care and Education"], target="31/03/2023", end="2023-03",
                 progress="Five of eight settings visited. One visit postponed after a CQC inspection was announced.", rag="Amber"),
            dict(ref="3.2",
                 action="Introduce a single register of all regulator findings (Ofsted, CQC, Care Inspectorate, CIW) with owners and due dates, reviewed monthly by the Executive Leadership Team.",
                 lead="Head of Quality and Compliance", leadl=["Head of Quality and Compliance"], target="July 2022", end="2022-07",
                 progress="Register live since July; all 46 open findings have owners and due dates.", rag="Complete"),
        ],
    ]),
    ("Theme 4: Culture and speaking up", [
        ("Required outcome: staff, volunteers and families can raise concerns and are confident they will be acted on.", [
            dict(ref="4.1",
                 action="Appoint an independent Freedom to Speak Up Guardian and relaunch the whistleblowing policy to all staff and volunteers.",
                 lead="Director of People", leadl=["Director of People"], target="Sept 2022", end="2022-09",
                 progress="Guardian service contracted; relaunch delayed by two months pending consultation with the staff forum.", rag="Red"),
        ]),
    ]),
]
RNIB_RAG = {"Complete": ("blue", "0070C0"), "Green": ("green", "00B050"),
            "Amber": ("amber", "FFC000"), "Red": ("red", "FF0000")}


def build_rnib():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    d.add_heading(RNIB_TITLE, level=0)
    d.add_paragraph("Royal National Institute of Blind People (registered charity 226227)")
    d.add_paragraph("Report to the Board of Trustees, 28 September 2022 – for onward submission to the Charity Commission")

    d.add_heading("Document control", level=2)
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "7.0"), ("Date", "14 September 2022"),
                                ("Prepared by", "Governance Team"),
                                ("Reviewed by", "Regulated Services and Safeguarding Committee, 7 September 2022")]):
        set_cell(t.cell(i, 0), k, bold=True)
        set_cell(t.cell(i, 1), v)

    d.add_heading("Introduction", level=2)
    d.add_paragraph(
        "This report updates the Board on the actions RNIB agreed with the Charity Commission following the "
        "statutory inquiry. Actions completed and evidenced in earlier reports are not repeated. Each action "
        "is rated using the key below.")
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (word, desc) in enumerate([("Complete", "Complete and evidence provided to the Commission"),
                                      ("Green", "On track to meet the target date"),
                                      ("Amber", "Some delay – revised date agreed"),
                                      ("Red", "Off track – Board attention needed")]):
        set_cell(t.cell(i, 0), word, bold=True)
        shade(t.cell(i, 0), RNIB_RAG[word][1])
        set_cell(t.cell(i, 1), desc)

    actions = []
    headers = ["Ref", "Action", "Lead", "Target date", "Progress update", "RAG"]
    for theme, blocks in RNIB_THEMES:
        d.add_heading(theme, level=2)
        if blocks[0] is None:
            blocks = [(None, blocks[1])]
        t = d.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for j, h in enumerate(headers):
            set_cell(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "D9D9D9")
        for outcome, items in blocks:
            if outcome:
                row = t.add_row()
                m = row.cells[0].merge(row.cells[-1])
                set_cell(m, outcome, bold=True)
                shade(m, "F2F2F2")
            for a in items:
                row = t.add_row()
                vals = [a["ref"], a["action"], a["lead"], a["target"], a["progress"], a["rag"]]
                for j, v in enumerate(vals):
                    set_cell(row.cells[j], v)
                shade(row.cells[5], RNIB_RAG[a["rag"]][1])
                e = dict(ref=a["ref"], under=[theme] + ([outcome] if outcome else []),
                         action=a["action"], lead=a["leadl"], end=a["end"])
                if a.get("end_text"):
                    e["end_text"] = a["end_text"]
                e["status"] = RNIB_RAG[a["rag"]][0]
                actions.append(e)
        d.add_paragraph()

    d.add_heading("Next steps", level=2)
    d.add_paragraph("The next progress report will be presented to the Board in December 2022. "
                    "The Board is asked to note progress and to approve the revised date for action 1.3.")
    name = "zfh-rnib-charity-commission-action-plan-progress-report.docx"
    d.save(out(name))
    return name, actions


# ---------------------------------------------------------------------------
# 5. OSCR - Charities Act 2023 implementation programme highlight report (docx)
# ---------------------------------------------------------------------------
OSCR_TITLE = "Charities Act 2023 Implementation Programme – Highlight Report"
OSCR_WS = [
    ("WS1 Trustee information", [
        dict(deliv="Launch trustee details collection in OSCR Online", owner="Head of Digital Services",
             lead=["Head of Digital Services"], base="Apr 2025", fc="Jun 2025", end="2025-06",
             prev="Amber", cur="Complete", status="blue",
             comm="Live from 2 June. 41% of charities had submitted trustee details by 31 July."),
        dict(deliv="Publish trustee names on the Scottish Charity Register", owner="Head of Registration",
             lead=["Head of Registration"], base="Oct 2025", fc="Dec 2025", end="2025-12",
             prev="Green", cur="Amber", status="amber",
             comm="Depends on submission rates; reminder campaign planned for September."),
        dict(deliv="Exemption process for trustees at risk of harm – guidance published and decision process live",
             owner="Head of Registration / Legal Adviser", lead=["Head of Registration", "Legal Adviser"],
             base="Jun 2025", fc="Sep 2025", end="2025-09", prev="Amber", cur="Amber", status="amber",
             comm="Guidance drafted; decision panel membership to be confirmed."),
    ]),
    ("WS2 Publication of accounts", [
        dict(deliv="Stop redaction and publish all charity accounts received on the Register",
             owner="Head of Digital Services", lead=["Head of Digital Services"],
             base="Dec 2025", fc="Dec 2025", end="2025-12", prev="Green", cur="Green", status="green",
             comm="Supplier change to document viewer in test."),
        dict(deliv="Sector communications campaign on publication of accounts",
             owner="Head of Engagement", lead=["Head of Engagement"],
             base="Sep 2025", fc="Sep 2025", end="2025-09", prev="Green", cur="Green", status="green",
             comm="Webinar with SCVO booked for 10 September."),
    ]),
    ("WS3 Register and regulatory powers", [
        dict(deliv="Record of charity mergers published on the OSCR website",
             owner="Head of Registration", lead=["Head of Registration"],
             base="Jul 2025", fc="Nov 2025", end="2025-11", prev="Amber", cur="Amber", status="amber",
             comm="Data cleansing of historic merger notifications taking longer than planned."),
        dict(deliv="Update inquiry and positive directions guidance and staff procedures",
             owner="Head of Investigations", lead=["Head of Investigations"],
             base="Jun 2025", fc="Oct 2025", end="2025-10", prev="Amber", cur="Red", status="red",
             comm="Legal review outstanding; two vacancies in the Investigations team."),
    ]),
]


def build_oscr():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = d.add_paragraph("Office of the Scottish Charity Regulator")
    p.runs[0].bold = True
    d.add_heading(OSCR_TITLE, level=1)

    t = d.add_table(rows=5, cols=4)
    t.style = "Table Grid"
    info = [("Programme", "Charities (Regulation and Administration) (Scotland) Act 2023 – Implementation",
             "Report number", "HR-09"),
            ("Senior Responsible Owner", "Chief Executive", "Programme Manager", "Programme Manager, Transformation Team"),
            ("Reporting period", "1 June 2025 – 31 July 2025", "Date of report", "6 August 2025"),
            ("Overall status (previous)", "Amber", "Overall status (current)", "Amber"),
            ("Report to", "Programme Board, 13 August 2025", "", "")]
    for i, row in enumerate(info):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(j % 2 == 0))
    shade(t.cell(3, 1), "FFC000")
    shade(t.cell(3, 3), "FFC000")

    d.add_heading("1. Summary", level=2)
    d.add_paragraph(
        "Trustee details collection went live on 2 June as planned and the first commencement milestone "
        "of 2025 has been met. Overall status remains Amber because the inquiry guidance workstream has "
        "slipped and publication of trustee names depends on charities submitting their details in time.")
    d.add_heading("2. Achieved this period", level=2)
    for s in ["Trustee details collection launched in OSCR Online (2 June).",
              "Commencement regulations for accounts publication laid in Parliament.",
              "Frequently asked questions published for charities and advisers."]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("3. Deliverables and milestones", level=2)
    headers = ["Workstream", "Deliverable", "Owner", "Baseline date", "Forecast date",
               "Previous RAG", "Current RAG", "Commentary"]
    t = d.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for j, h in enumerate(headers):
        set_cell(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "1F3864")
        for run in t.rows[0].cells[j].paragraphs[0].runs:
            run.font.color.rgb = docx.shared.RGBColor(0xFF, 0xFF, 0xFF)
    colours = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    actions = []
    for ws_name, items in OSCR_WS:
        first_row = None
        for a in items:
            row = t.add_row()
            if first_row is None:
                first_row = row
                set_cell(row.cells[0], ws_name, bold=True)
            vals = [a["deliv"], a["owner"], a["base"], a["fc"], a["prev"], a["cur"], a["comm"]]
            for j, v in enumerate(vals, start=1):
                set_cell(row.cells[j], v)
            shade(row.cells[5], colours[a["prev"]])
            shade(row.cells[6], colours[a["cur"]])
            actions.append(dict(ref=None, under=[ws_name], action=a["deliv"], lead=a["lead"],
                                end=a["end"], status=a["status"]))
        last_row = t.rows[-1]
        if last_row is not first_row:
            first_row.cells[0].merge(last_row.cells[0])

    d.add_heading("4. Key risks and issues", level=2)
    for s in ["Low early submission of trustee details could delay publication of names (risk PR4, score 12).",
              "Vacancies in the Investigations team are delaying the guidance update (issue I-07)."]:
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("5. Decisions required from the Programme Board", level=2)
    d.add_paragraph("The Board is asked to approve the revised forecast date of October 2025 for the inquiry "
                    "and positive directions guidance.")
    d.add_paragraph("RAG key: Green – on track; Amber – at risk, recoverable; Red – off track, Board action "
                    "needed; Blue / Complete – delivered.")
    name = "zfh-oscr-charities-act-2023-implementation-programme-highlight-report.docx"
    d.save(out(name))
    return name, actions


# ---------------------------------------------------------------------------
# 6. Berkhamsted Town Council - governance action plan, Planner export (csv)
# ---------------------------------------------------------------------------
BTC_PLAN = "Berkhamsted Town Council – Governance & Internal Audit Action Plan 2025-26"
BTC_HEAD = ["Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To",
            "Created By", "Created Date", "Start date", "Due date", "Is Recurring", "Late",
            "Completed Date", "Completed By", "Completed Checklist Items", "Checklist Items",
            "Labels", "Description"]
BTC_TASKS = [
    dict(id="Xp2Vh3kQ0EaR7tNcW1mYbGUAFk9L", name="Adopt updated Financial Regulations based on the 2024 NALC model and review them annually",
         bucket="Internal audit 2024-25", progress="In progress", pri="Important",
         assigned="Helen Marsh", lead=["Helen Marsh"], created="14/05/2025", start="", due="30/09/2025",
         late="false", cdate="", cby="", cci="1", ci="3", labels="Amber",
         desc="Internal audit point 1. Draft to Finance & General Purposes 8 Sept, then Full Council 29 Sept.",
         end="2025-09", status="amber"),
    dict(id="b8QyTz4RmUe2JwKs6HnPoGUAD3xF", name="Evidence quarterly bank reconciliations as reviewed and signed by a councillor who is not a bank signatory",
         bucket="Internal audit 2024-25", progress="Completed", pri="Medium",
         assigned="Helen Marsh", lead=["Helen Marsh"], created="14/05/2025", start="", due="30/06/2025",
         late="false", cdate="24/06/2025", cby="Helen Marsh", cci="2", ci="2", labels="",
         desc="Cllr Reid appointed as reviewer. Q1 reconciliation signed 23/06.", end="2025-06", status="blue"),
    dict(id="Lm5CqW9zA0kYtR3xVe7JsGUAH2nD", name="Publish all expenditure over £500 on the council website to meet the Transparency Code",
         bucket="Internal audit 2024-25", progress="In progress", pri="Urgent",
         assigned="Tom Adeyemi", lead=["Tom Adeyemi"], created="14/05/2025", start="02/06/2025", due="31/07/2025",
         late="true", cdate="", cby="", cci="0", ci="2", labels="Red",
         desc="Website page built but April–June data not yet uploaded.", end="2025-07", status="red"),
    dict(id="Rz6UeN1pQ8sHkW4cYb0TfGUAJ7mV", name="Publish the 2024/25 AGAR, notice of the period for the exercise of public rights and the external auditor's certificate on the website",
         bucket="AGAR & external audit", progress="Completed", pri="Important",
         assigned="Tom Adeyemi", lead=["Tom Adeyemi"], created="02/06/2025", start="", due="30/06/2025",
         late="false", cdate="27/06/2025", cby="Tom Adeyemi", cci="0", ci="0", labels="",
         desc="", end="2025-06", status="blue"),
    dict(id="Fs3PkT7wE2jNqV9xMc5RaGUAL1oB", name="Reply to the external auditor's query on variance explanations for Box 7",
         bucket="AGAR & external audit", progress="In progress", pri="Medium",
         assigned="Helen Marsh", lead=["Helen Marsh"], created="21/08/2025", start="", due="31/10/2025",
         late="false", cdate="", cby="", cci="0", ci="0", labels="Green",
         desc="Explanations drafted; RFO checking against the ledger.", end="2025-10", status="green"),
    dict(id="Wd0YsG5hK3nLpE8tBv2QcGUAM6rZ", name="Review Standing Orders against the NALC Model Standing Orders 2025 and recommend changes to Full Council",
         bucket="Policies & Standing Orders", progress="Not started", pri="Medium",
         assigned="Tom Adeyemi", lead=["Tom Adeyemi"], created="14/05/2025", start="", due="30/11/2025",
         late="false", cdate="", cby="", cci="0", ci="0", labels="",
         desc="", end="2025-11", status="unrated"),
    dict(id="Hq4NbR8vC1mXzU6eLk3WdGUAP0sT", name="Adopt an Information Security Policy and update the Publication Scheme on the website",
         bucket="Policies & Standing Orders", progress="In progress", pri="Medium",
         assigned="Helen Marsh;Tom Adeyemi", lead=["Helen Marsh", "Tom Adeyemi"], created="14/05/2025", start="", due="31/12/2025",
         late="false", cdate="", cby="", cci="1", ci="4", labels="Amber",
         desc="Template from SLCC received. Needs IT provider input on backups and MFA.", end="2025-12", status="amber"),
    dict(id="Ce9TaJ2xM7pGwQ0sNf4KyGUAR5hU", name="Complete the annual review of the Risk Register and present it to Full Council",
         bucket="Risk & insurance", progress="Not started", pri="Low",
         assigned="Tom Adeyemi", lead=["Tom Adeyemi"], created="14/05/2025", start="", due="",
         late="false", cdate="", cby="", cci="0", ci="0", labels="",
         desc="Date to be set once insurance renewal terms are known.", end=None, status="unrated"),
]


def build_btc():
    name = "zfh-berkhamsted-town-council-governance-action-plan-planner-export.csv"
    with open(out(name), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Plan name", BTC_PLAN])
        w.writerow(["Plan ID", "k7VbR2sXq0eHnT5wYc9JmZUAGu4P"])
        w.writerow(["Date of export", "15/09/2025"])
        w.writerow([])
        w.writerow(BTC_HEAD)
        for t in BTC_TASKS:
            w.writerow([t["id"], t["name"], t["bucket"], t["progress"], t["pri"], t["assigned"],
                        "Tom Adeyemi", t["created"], t["start"], t["due"], "false", t["late"],
                        t["cdate"], t["cby"], t["cci"], t["ci"], t["labels"], t["desc"]])
    actions = [dict(ref=None, under=[t["bucket"]], action=t["name"], lead=t["lead"],
                    end=t["end"], status=t["status"]) for t in BTC_TASKS]
    return name, actions


# ---------------------------------------------------------------------------
# 7. United Lincolnshire Teaching Hospitals - ICO reprimand SAR action plan (txt)
# ---------------------------------------------------------------------------
ULTH_TITLE = "ICO Reprimand – Subject Access Requests: Improvement Action Plan"
ULTH_RECS = [
    ("ICO recommendation 1: Put in place a single electronic system to log, track and report on every SAR received by the Trust.", [
        dict(ref="1.1", action="Migrate all open SAR cases from paper and spreadsheet logs onto the new SAR case management module",
             lead="Health Records Manager", leadl=["Health Records Manager"], orig="31/03/2025", rev="", rag="Blue",
             end="2025-03", note="All 1,146 open cases migrated 21/03/2025; reconciliation signed off by IGG."),
        dict(ref="1.2", action="Review weekly backlog and compliance reports from the module at the Health Records operational meeting",
             lead="Health Records Manager", leadl=["Health Records Manager"], orig="Ongoing", rev="", rag="Green",
             end=None, end_text="Ongoing", note="Weekly reports in place since April 2025."),
    ]),
    ("ICO recommendation 2: Clear the backlog of SARs that are over the statutory timescale and keep requesters informed.", [
        dict(ref="2.1", action="Recruit fixed-term SAR officers (2.0 WTE) to clear the overdue backlog",
             lead="Deputy Director of Operations – Clinical Support Services",
             leadl=["Deputy Director of Operations – Clinical Support Services"],
             orig="30/04/2025", rev="31/07/2025", rag="Blue", end="2025-07",
             note="Both posts filled from 14/07/2025 after a second recruitment round."),
        dict(ref="2.2", action="Write to every requester whose SAR is over one month old explaining the delay and the expected response date",
             lead="Head of Information Governance", leadl=["Head of Information Governance"],
             orig="31/05/2025", rev="", rag="Blue", end="2025-05", note="Letters sent to 389 requesters by 28/05/2025."),
        dict(ref="2.3", action="Reduce the number of SARs over the statutory timescale to zero and sustain this for three consecutive months",
             lead="Health Records Manager / Head of Information Governance",
             leadl=["Health Records Manager", "Head of Information Governance"],
             orig="Q3 2025/26", rev="", rag="Amber", end="2025-12",
             note="Overdue SARs down from 412 (Jan) to 57 (Sept). Radiology image requests remain the main pressure."),
    ]),
    ("ICO recommendation 3: Make sure staff can recognise a SAR and know where to send it.", [
        dict(ref="3.1", action="Add SAR recognition and routing to the mandatory Data Security Awareness training and the IG induction session",
             lead="Head of Information Governance", leadl=["Head of Information Governance"],
             orig="30/06/2025", rev="30/09/2025", rag="Red", end="2025-09",
             note="Induction slides updated. E-learning change awaiting the national content refresh; date missed."),
        dict(ref="3.2", action="Issue a one-page SAR quick guide to all ward and departmental managers",
             lead="Data Protection Officer", leadl=["Data Protection Officer"],
             orig="End of June 2025", rev="", rag="Blue", end="2025-06", note="Issued via the Trust bulletin 19/06/2025."),
    ]),
    ("ICO recommendation 4: Give the Board assurance on SAR compliance.", [
        dict(ref="4.1", action="Report SAR compliance (within one month, within three months, overdue) in the IG dashboard to the Finance, Performance and Estates Committee",
             lead="SIRO", leadl=["SIRO"], orig="Monthly", rev="", rag="Green",
             end=None, end_text="Monthly", note="Included in the dashboard from August 2025."),
        dict(ref="4.2", action="Commission an internal audit review of the SAR process to confirm the improvements are embedded",
             lead="Chief Financial Officer", leadl=["Chief Financial Officer"],
             orig="March 2026", rev="", rag="Green", end="2026-03", note="Added to the 2025/26 internal audit plan (Q4)."),
    ]),
]
ULTH_RAG = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}


def build_ulth():
    lines = [
        "United Lincolnshire Teaching Hospitals NHS Trust",
        ULTH_TITLE,
        "Owner: Senior Information Risk Owner (SIRO)\tReporting to: Information Governance Group and Audit Committee\tVersion 1.6\tLast updated 08/10/2025",
        "RAG: Blue = complete and evidenced; Green = on track; Amber = at risk of slipping; Red = overdue or off track",
        "",
        "\t".join(["Ref", "Action", "Lead", "Original due", "Revised due", "RAG", "Progress / evidence"]),
    ]
    actions = []
    counts = {}
    for rec, items in ULTH_RECS:
        lines.append(rec)
        for a in items:
            lines.append("\t".join([a["ref"], a["action"], a["lead"], a["orig"], a["rev"], a["rag"], a["note"]]))
            counts[a["rag"]] = counts.get(a["rag"], 0) + 1
            e = dict(ref=a["ref"], under=[rec], action=a["action"], lead=a["leadl"], end=a["end"])
            if a.get("end_text"):
                e["end_text"] = a["end_text"]
            e["status"] = ULTH_RAG[a["rag"]]
            actions.append(e)
    lines.append("")
    lines.append("Summary: %d actions – Blue %d, Green %d, Amber %d, Red %d" % (
        sum(counts.values()), counts.get("Blue", 0), counts.get("Green", 0),
        counts.get("Amber", 0), counts.get("Red", 0)))
    lines.append("Next review: Information Governance Group, 12 November 2025")
    name = "zfh-united-lincolnshire-teaching-hospitals-ico-reprimand-sar-action-plan.txt"
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    return name, actions


BUILDERS = [build_tate, build_ofqual, build_lra, build_rnib, build_oscr, build_btc, build_ulth]

if __name__ == "__main__":
    for b in BUILDERS:
        res = b()
        print(res[0], "actions" if isinstance(res[1], list) else "refuse_at", len(res[1]) if isinstance(res[1], list) else res[1])
