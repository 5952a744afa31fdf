"""Build the seven pu- blind test files (set heldout457).

Run with: /work/main/.venv/bin/python pu_make.py
Writes three .xlsx, two .docx, one .csv and one .txt beside this script.
The data for each file is held in module-level structures so that the
expected readings can be checked against exactly what was written.
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
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "00B0F0"
GREY = "D9D9D9"
NAVY = "1F3864"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# 1. Wokingham Borough Council - Corporate Risk Register 2025/26 (xlsx)
# ---------------------------------------------------------------------------
WOK_FILE = "pu-wokingham-borough-council-corporate-risk-register-2025-26.xlsx"
WOK_TITLE = "Wokingham Borough Council – Corporate Risk Register 2025/26"
WOK_RISKS = [
    {
        "risk": "CR1 – Medium-term financial sustainability",
        "desc": "Cost and demand pressures in adult social care, home to school transport and "
                "temporary accommodation exceed the resources in the Medium Term Financial Plan, "
                "leading to an unbalanced budget and unplanned use of reserves.",
        "owner": "Deputy Chief Executive",
        "score": ("4 x 5 = 20", RED), "target": "3 x 4 = 12", "dot": "↔",
        "actions": [
            dict(ref="1a", action="Deliver the 2025/26 savings programme (£9.8m) with monthly tracking at CLT and escalation of slippage to the Executive.",
                 lead_cell="Director of Resources and Assets", lead=["Director of Resources and Assets"],
                 end_cell=D(2026, 3, 31), end="2026-03", status_cell="A", status="amber"),
            dict(ref="1b", action="Refresh the MTFP assumptions for 2026/27 to 2028/29 and set out options to close the budget gap for the Executive in December.",
                 lead_cell="Assistant Director Finance / Chief Accountant", lead=["Assistant Director Finance", "Chief Accountant"],
                 end_cell=D(2025, 12, 11), end="2025-12", status_cell="G", status="green"),
        ],
    },
    {
        "risk": "CR2 – Cyber security and ICT resilience",
        "desc": "A successful cyber attack or prolonged system outage prevents delivery of critical "
                "services and leads to loss or disclosure of personal data.",
        "owner": "Assistant Director IMT",
        "score": ("4 x 4 = 16", RED), "target": "3 x 4 = 12", "dot": "↓",
        "actions": [
            dict(ref="2a", action="Complete the move of the remaining on-premises servers to the resilient cloud hosting platform and decommission the legacy data centre.",
                 lead_cell="Assistant Director IMT", lead=["Assistant Director IMT"],
                 end_cell=D(2026, 6, 30), end="2026-06", status_cell="G", status="green"),
            dict(ref="2b", action="Run a cyber incident exercise with CLT and the Emergency Planning team and update the cyber incident response plan with the lessons.",
                 lead_cell="Head of IT Infrastructure; Emergency Planning Manager", lead=["Head of IT Infrastructure", "Emergency Planning Manager"],
                 end_cell=D(2025, 9, 30), end="2025-09", status_cell="C", status="blue"),
        ],
    },
    {
        "risk": "CR3 – High Needs Block (DSG) deficit",
        "desc": "Growth in EHCPs and independent specialist placements increases the cumulative "
                "Dedicated Schools Grant deficit beyond the level the Council can absorb when the "
                "statutory override ends.",
        "owner": "Director of Children's Services",
        "score": ("5 x 4 = 20", RED), "target": "4 x 4 = 16", "dot": "↑",
        "actions": [
            dict(ref="3a", action="Implement the SEND sufficiency programme: open the 60-place expansion of resource base provision and the new secondary SEN unit.\nMonitor placement costs monthly through the High Needs Board.",
                 lead_cell="Assistant Director Education and SEND", lead=["Assistant Director Education and SEND"],
                 end_cell="Sept 2026", end="2026-09", status_cell="A", status="amber"),
        ],
    },
    {
        "risk": "CR4 – Demand for temporary accommodation",
        "desc": "Rising homelessness approaches and a shortage of affordable private rented homes "
                "increase the use and cost of bed and breakfast accommodation.",
        "owner": "Director of Place and Growth",
        "score": ("4 x 3 = 12", AMBER), "target": "3 x 3 = 9", "dot": "↔",
        "actions": [
            dict(ref="4a", action="Acquire 20 additional homes for use as temporary accommodation through round 3 of the Local Authority Housing Fund.",
                 lead_cell="Assistant Director Housing", lead=["Assistant Director Housing"],
                 end_cell=D(2026, 3, 31), end="2026-03", status_cell="R", status="red"),
            dict(ref="4b", action="Review the homelessness prevention offer and the Housing Register allocations policy.",
                 lead_cell="Assistant Director Housing", lead=["Assistant Director Housing"],
                 end_cell="Ongoing", end=None, end_text="Ongoing", status_cell="G", status="green"),
        ],
    },
    {
        "risk": "CR5 – Workforce capacity and recruitment",
        "desc": "Difficulty recruiting and retaining staff in hard-to-fill professions (social work, "
                "planning, legal) leads to reliance on agency staff and reduced service resilience.",
        "owner": "Assistant Director HR and OD",
        "score": ("3 x 3 = 9", AMBER), "target": "2 x 3 = 6", "dot": "↔",
        "actions": [
            dict(ref="5a", action="Launch the refreshed People Strategy and a market supplement framework for hard-to-fill social work and planning posts.",
                 lead_cell="Assistant Director HR and OD", lead=["Assistant Director HR and OD"],
                 end_cell="Q4 2025/26", end="2026-03", status_cell=None, status="unrated"),
        ],
    },
]


def build_wokingham():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = WOK_TITLE
    ws["A1"].font = Font(bold=True, size=16, color=NAVY)
    ws["A2"] = "Quarter 2 review – position at 30 September 2025"
    ws["A2"].font = Font(italic=True, size=12)
    ws["A4"] = "Document control"
    ws["A4"].font = Font(bold=True)
    dc = [
        ("Document owner", "Assistant Director Governance"),
        ("Reviewed by", "Corporate Leadership Team, 14 October 2025"),
        ("Reported to", "Audit Committee, 26 November 2025"),
        ("Version", "2.1"),
        ("Next review", "Quarter 3 (January 2026)"),
    ]
    for i, (k, v) in enumerate(dc, start=5):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
        for c in (1, 2):
            ws.cell(i, c).border = BOX
    ws["A11"] = "Risk scoring (likelihood x impact)"
    ws["A11"].font = Font(bold=True)
    for i, (k, v, col) in enumerate([("15 – 25", "High", RED), ("8 – 12", "Medium", AMBER), ("1 – 6", "Low", GREEN)], start=12):
        ws.cell(i, 1, k).fill = fill(col)
        ws.cell(i, 2, v)
    ws["A16"] = "Further action status"
    ws["A16"].font = Font(bold=True)
    for i, (k, v, col) in enumerate([
        ("G", "Action on track", GREEN),
        ("A", "Action delayed – revised date agreed", AMBER),
        ("R", "Action off track or overdue", RED),
        ("C", "Action complete", BLUE),
    ], start=17):
        ws.cell(i, 1, k).fill = fill(col)
        ws.cell(i, 2, v)
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 48

    # Summary sheet
    ss = wb.create_sheet("Summary")
    ss["A1"] = "Summary of corporate risks – Q2 2025/26"
    ss["A1"].font = Font(bold=True, size=13)
    ss.append([])
    ss.append(["Current rating", "Number of risks", "Change since Q1"])
    for c in range(1, 4):
        ss.cell(3, c).font = Font(bold=True)
        ss.cell(3, c).fill = fill(GREY)
    ss.append(["High (red)", 3, "CR3 increased from 16 to 20"])
    ss.append(["Medium (amber)", 2, "No change"])
    ss.append(["Low (green)", 0, "–"])
    ss.append(["Total", 5, "CR6 Elections Act compliance closed at Q1"])
    ss.cell(7, 1).font = Font(bold=True)
    ss.cell(4, 1).fill = fill(RED)
    ss.cell(5, 1).fill = fill(AMBER)
    ss.cell(6, 1).fill = fill(GREEN)
    ss.column_dimensions["A"].width = 20
    ss.column_dimensions["B"].width = 16
    ss.column_dimensions["C"].width = 44

    # Register sheet
    rg = wb.create_sheet("Register")
    heads = ["Risk", "Risk description (cause and effect)", "Risk owner", "Current score (L x I)",
             "Target score", "Direction of travel", "Ref", "Further action required",
             "Action owner", "Target date", "Action status"]
    rg["A1"] = "Corporate Risk Register 2025/26 – Q2"
    rg["A1"].font = Font(bold=True, size=14, color=NAVY)
    rg.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(heads))
    rg["A2"] = ("L = likelihood (1–5), I = impact (1–5). Target score is the score expected once the "
                "further actions are complete. Action status key on the Cover sheet.")
    rg["A2"].font = Font(italic=True, size=9)
    rg.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(heads))
    hr = 4
    for c, h in enumerate(heads, start=1):
        cell = rg.cell(hr, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.alignment = WRAP
        cell.border = BOX
    r = hr + 1
    for risk in WOK_RISKS:
        n = len(risk["actions"])
        first = r
        for a in risk["actions"]:
            rg.cell(r, 7, a["ref"])
            rg.cell(r, 8, a["action"])
            rg.cell(r, 9, a["lead_cell"])
            c = rg.cell(r, 10, a["end_cell"])
            if isinstance(a["end_cell"], dt.datetime):
                c.number_format = "dd/mm/yyyy"
            s = rg.cell(r, 11, a["status_cell"])
            if a["status_cell"]:
                s.fill = fill({"G": GREEN, "A": AMBER, "R": RED, "C": BLUE}[a["status_cell"]])
                s.alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        vals = [risk["risk"], risk["desc"], risk["owner"], risk["score"][0], risk["target"], risk["dot"]]
        for c, v in enumerate(vals, start=1):
            rg.cell(first, c, v)
            if n > 1:
                rg.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
        rg.cell(first, 1).font = Font(bold=True)
        rg.cell(first, 4).fill = fill(risk["score"][1])
        for rr in range(first, r):
            for c in range(1, len(heads) + 1):
                rg.cell(rr, c).border = BOX
                if c != 11:
                    rg.cell(rr, c).alignment = WRAP
    r += 1
    rg.cell(r, 1, "Risks are reviewed monthly by risk owners and quarterly by CLT. "
                  "Closed risks are recorded in the risk log and removed from this register.").font = Font(italic=True, size=9)
    widths = [28, 46, 22, 14, 12, 10, 6, 58, 30, 13, 10]
    for i, w in enumerate(widths, start=1):
        rg.column_dimensions[get_column_letter(i)].width = w
    rg.freeze_panes = "A5"
    wb.save(os.path.join(HERE, WOK_FILE))


# ---------------------------------------------------------------------------
# 2. Blackpool Council - Ofsted focused visit action plan (xlsx, REFUSE)
# ---------------------------------------------------------------------------
BPL_FILE = "pu-blackpool-council-ofsted-focused-visit-action-plan-typo-month-refuse.xlsx"
BPL_TITLE = "Blackpool Council – Ofsted Focused Visit Action Plan"
BPL_AREAS = [
    ("Area for improvement 1: The consistency and impact of management oversight and supervision, "
     "so that children’s plans progress without delay.",
     [
         ("1.1", "Introduce a monthly supervision audit for every team manager in the Children in Need and Child Protection teams, with findings reported to the Head of Service.",
          "Head of Service CIN/CP", "July 2025", "Sept 2025", "Audit tool agreed; first two months completed. 78% of supervision records meet the standard.", "Green"),
         ("1.2", "Refresh the supervision policy so that supervision records set out the next steps for the child, who will do them and by when.",
          "Principal Social Worker", "July 2025", "October 2025", "Policy approved at Children’s Leadership Team on 9 October 2025.", "Blue"),
     ]),
    ("Area for improvement 2: The quality of child protection plans, which are not always specific about "
     "what needs to change for children and by when.",
     [
         ("2.1", "Deliver SMART planning workshops to all social workers and child protection chairs.",
          "Learning and Development Manager / Safeguarding Service Manager", "Aug 2025", "31/12/2025",
          "Four of six workshops delivered; 64 practitioners attended.", "Green"),
         ("2.2", "Revise the child protection plan template in the case recording system so that each outcome has an action, a named person and a timescale.",
          "Systems Development Lead", "Sept 2025", "Novmber 2025",
          "Template change in test; training guide being written.", "Amber"),
         ("2.3", "Child protection chairs to quality-assure every plan at the first review conference and escalate plans that are not specific.",
          "Safeguarding Service Manager", "Sept 2025", "January 2026", "Escalation log in place from 1 October.", "Green"),
     ]),
    ("Area for improvement 3: The timeliness of initial child protection conferences for children subject to section 47 enquiries.",
     [
         ("3.1", "Track the timeliness of initial child protection conferences weekly in the performance clinic and escalate any conference at risk of going beyond 15 working days.",
          "Head of Quality Assurance and Safeguarding", "July 2025", "Sept 2025", "Timeliness 86% in September (July: 71%).", "Green"),
         ("3.2", "Recruit two additional child protection chairs to increase conference capacity.",
          "Head of Quality Assurance and Safeguarding", "Aug 2025", "March 2026", "One post filled; second post out to advert.", "Amber"),
     ]),
]


def build_blackpool():
    wb = Workbook()
    ws = wb.active
    ws.title = "FV Action Plan"
    ncol = 7
    ws["A1"] = BPL_TITLE
    ws["A1"].font = Font(bold=True, size=15, color="FFFFFF")
    ws["A1"].fill = fill(NAVY)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = ("Focused visit: children in need and children subject to a child protection plan – "
                "1 and 2 July 2025 (letter published 5 August 2025)")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A3"] = "Plan owner: Director of Children’s Services    Monitored by: Children’s Improvement Board    Version 2 – October 2025"
    ws["A3"].font = Font(italic=True, size=9)
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)
    ws["A5"] = "Key:"
    ws["A5"].font = Font(bold=True)
    for c, (t, col) in enumerate([("Blue – completed", BLUE), ("Green – on track", GREEN),
                                  ("Amber – some slippage", AMBER), ("Red – not on track", RED)], start=2):
        ws.cell(5, c, t).fill = fill(col)
    heads = ["Ref", "What we will do", "Lead", "Start", "Completion date", "Progress update (October 2025)", "RAG"]
    hr = 7
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(hr, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
        cell.border = BOX
        cell.alignment = WRAP
    r = hr + 1
    typo_row = None
    for area, acts in BPL_AREAS:
        ws.cell(r, 1, area).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("DDEBF7")
        ws.cell(r, 1).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.row_dimensions[r].height = 32
        r += 1
        for ref, act, lead, start, due, upd, rag in acts:
            vals = [ref, act, lead, start, due, upd, rag]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(r, 7).fill = fill({"Green": GREEN, "Amber": AMBER, "Blue": BLUE, "Red": RED}[rag])
            if due == "Novmber 2025":
                typo_row = r
            r += 1
    r += 1
    ws.cell(r, 1, "Note: progress is reported monthly to the Children’s Improvement Board. Completed actions stay on "
                  "the plan until impact has been evidenced through audit.").font = Font(italic=True, size=9)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    for i, w in enumerate([7, 60, 30, 11, 15, 46, 9], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(HERE, BPL_FILE))
    return typo_row


# ---------------------------------------------------------------------------
# 3. Southampton City Council - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
SOT_FILE = "pu-southampton-city-council-internal-audit-recommendations-tracker.xlsx"
SOT_TITLE = "Southampton City Council – Internal Audit Recommendations Tracker"
SOT_AUDITS = [
    ("Accounts Payable 2024/25 – Limited assurance", [
        dict(ref="AP-R1", prio="High",
             rec="Duplicate payment checks should be run before each payment run and the exception report reviewed and signed off.",
             action="Configure the duplicate payment report in Business World to run automatically before each BACS run; the Exchequer Team Leader will review the report and evidence sign-off.",
             lead_cell="Exchequer Services Manager", lead=["Exchequer Services Manager"],
             orig=D(2025, 6, 30), rev=D(2025, 12, 31), end="2025-12",
             upd="Report built and in test. Go-live delayed by the Business World upgrade.", rag=AMBER, status="amber"),
        dict(ref="AP-R3", prio="Medium",
             rec="Changes to supplier bank details should be independently verified by a call-back to a known contact.",
             action="Update the supplier maintenance procedure to require call-back verification and keep the evidence on the supplier file.",
             lead_cell="Exchequer Services Manager", lead=["Exchequer Services Manager"],
             orig=D(2025, 7, 31), rev=None, end="2025-07",
             upd="Procedure updated July 2025; sample of 15 changes checked by Internal Audit – all verified.", rag=BLUE, status="blue"),
    ]),
    ("Adult Social Care – Direct Payments 2024/25 – Limited assurance", [
        dict(ref="DP-R1", prio="High",
             rec="Direct payment accounts should be reviewed at least annually so that surplus balances are identified and recovered.",
             action="Introduce a rolling programme of annual direct payment account audits, prioritising accounts holding more than 12 weeks of support.\nReport recovered surpluses quarterly to the ASC Finance Board.",
             lead_cell="Head of Financial Assessments and Benefits / Direct Payments Team Manager",
             lead=["Head of Financial Assessments and Benefits", "Direct Payments Team Manager"],
             orig=D(2025, 9, 30), rev=None, end="2025-09",
             upd="Audit programme not started – two vacancies in the Direct Payments team. Revised date to be agreed at the December DMT.", rag=RED, status="red"),
        dict(ref="DP-R2", prio="Medium",
             rec="Direct payment agreements should be signed and held on the client record before payments start.",
             action="Add a mandatory document check to the direct payment set-up workflow in the case management system.",
             lead_cell="Direct Payments Team Manager", lead=["Direct Payments Team Manager"],
             orig=D(2025, 10, 31), rev=None, end="2025-10",
             upd="Workflow change raised with the Systems team; on track.", rag=GREEN, status="green"),
    ]),
    ("Cyber Security – Patch Management 2025/26 – Reasonable assurance", [
        dict(ref="CY-R2", prio="High",
             rec="Critical security patches should be applied within 14 days of release in line with the Patch Management Policy.",
             action="Introduce monthly patch compliance reporting to the IT Security Board and an exception process for systems that cannot be patched within 14 days.",
             lead_cell="Head of IT Service Delivery", lead=["Head of IT Service Delivery"],
             orig=D(2025, 11, 30), rev=None, end="2025-11",
             upd="First compliance report presented to the IT Security Board on 22 October.", rag=GREEN, status="green"),
    ]),
    ("Schools Financial Value Standard – Themed Review 2024/25 – Limited assurance", [
        dict(ref="SF-R1", prio="Medium",
             rec="Schools should be reminded of the requirement to keep an up-to-date register of business interests for governors and staff.",
             action="Include the register of interests requirements in the autumn term Schools Finance Bulletin and sample-check the registers of 10 schools.",
             lead_cell="Schools Finance Manager", lead=["Schools Finance Manager"],
             orig=D(2025, 12, 31), rev=None, end="2025-12",
             upd="", rag=None, status="unrated"),
        dict(ref="SF-R2", prio="Medium",
             rec="Schools should follow the Council’s Contract Procedure Rules for purchases over £10,000.",
             action="Deliver a briefing to school business managers on procurement thresholds and publish a quotation template on the schools portal.",
             lead_cell="Schools Finance Manager; Head of Procurement", lead=["Schools Finance Manager", "Head of Procurement"],
             orig=D(2025, 10, 31), rev=D(2026, 1, 31), end="2026-01",
             upd="Briefing moved to the January business managers’ forum.", rag=AMBER, status="amber"),
    ]),
]


def build_southampton():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = SOT_TITLE
    sm["A1"].font = Font(bold=True, size=15, color=NAVY)
    sm["A2"] = "Report to Governance Committee – 1 December 2025 (position at 31 October 2025)"
    sm["A2"].font = Font(italic=True)
    heads = ["Priority", "Open at last report", "New", "Implemented", "Open now (incl. awaiting verification)", "Of which overdue"]
    for c, h in enumerate(heads, start=1):
        cell = sm.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
        cell.border = BOX
    rows = [["High", 4, 1, 2, 3, 1], ["Medium", 6, 2, 4, 4, 0], ["Total", 10, 3, 6, 7, 1]]
    for i, row in enumerate(rows, start=5):
        for c, v in enumerate(row, start=1):
            sm.cell(i, c, v).border = BOX
    sm.cell(7, 1).font = Font(bold=True)
    sm["A9"] = "The Tracker sheet lists open High and Medium priority recommendations only. Low priority recommendations are followed up by Internal Audit and are not reported to Committee."
    sm["A9"].font = Font(italic=True, size=9)
    for i, w in enumerate([14, 20, 8, 14, 12, 16], start=1):
        sm.column_dimensions[get_column_letter(i)].width = w

    tr = wb.create_sheet("Tracker")
    heads = ["Rec ref", "Priority", "Finding / recommendation", "Agreed management action",
             "Responsible officer", "Original target date", "Revised target date",
             "Management update (October 2025)", "RAG"]
    tr["A1"] = "Outstanding High and Medium Priority Recommendations – position at 31 October 2025"
    tr["A1"].font = Font(bold=True, size=13)
    tr.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(heads))
    tr["A2"] = "RAG is shown by colour only – see the Key sheet."
    tr["A2"].font = Font(italic=True, size=9)
    for c, h in enumerate(heads, start=1):
        cell = tr.cell(3, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8")
        cell.border = BOX
        cell.alignment = WRAP
    r = 4
    for audit, recs in SOT_AUDITS:
        tr.cell(r, 1, audit).font = Font(bold=True)
        tr.cell(r, 1).fill = fill(GREY)
        tr.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(heads))
        r += 1
        for a in recs:
            vals = [a["ref"], a["prio"], a["rec"], a["action"], a["lead_cell"], a["orig"], a["rev"], a["upd"] or None, None]
            for c, v in enumerate(vals, start=1):
                cell = tr.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if a["rag"]:
                tr.cell(r, 9).fill = fill(a["rag"])
            r += 1
    for i, w in enumerate([9, 9, 44, 52, 28, 12, 12, 42, 7], start=1):
        tr.column_dimensions[get_column_letter(i)].width = w
    tr.freeze_panes = "A4"

    ky = wb.create_sheet("Key")
    ky["A1"] = "RAG status (Tracker column I)"
    ky["A1"].font = Font(bold=True)
    keys = [
        (RED, "Overdue – original date passed and no revised date agreed, or revised date missed"),
        (AMBER, "Revised target date agreed with Internal Audit"),
        (GREEN, "On track to meet the original target date"),
        (BLUE, "Implemented – awaiting verification by Internal Audit"),
        (None, "No colour – not yet due, no update requested"),
    ]
    for i, (col, text) in enumerate(keys, start=2):
        if col:
            ky.cell(i, 1).fill = fill(col)
        ky.cell(i, 1).border = BOX
        ky.cell(i, 2, text)
    ky["A8"] = "Priority"
    ky["A8"].font = Font(bold=True)
    ky["A9"] = "High"
    ky["B9"] = "Significant weakness in the control framework; action required within three months."
    ky["A10"] = "Medium"
    ky["B10"] = "Weakness that should be addressed within six months."
    ky.column_dimensions["A"].width = 10
    ky.column_dimensions["B"].width = 80
    wb.save(os.path.join(HERE, SOT_FILE))


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
    """Write text; inner newlines become separate paragraphs in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    run.font.size = Pt(size)
    for extra in parts[1:]:
        p = cell.add_paragraph()
        run = p.add_run(extra)
        run.bold = bold
        run.font.size = Pt(size)


def header_row(table, heads, colour="1F3864"):
    for c, h in enumerate(heads):
        cell = table.rows[0].cells[c]
        set_cell(cell, h, bold=True)
        shade(cell, colour)
        cell.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


RAG_HEX = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Blue": BLUE, "Complete": BLUE}


# ---------------------------------------------------------------------------
# 4. South Tyneside SCP - CSPR Child E action plan (docx)
# ---------------------------------------------------------------------------
STY_FILE = "pu-south-tyneside-safeguarding-children-partnership-cspr-child-e-action-plan.docx"
STY_TITLE = "Child Safeguarding Practice Review – Child E: Multi-agency Action Plan"
STY_THEMES = [
    ("Theme 1: Hearing and acting on the child’s lived experience", [
        ("Recommendation 1",
         "Safeguarding partners should seek assurance that practitioners in all agencies record the child’s daily lived experience and use it to inform assessments and plans.",
         [
             dict(ref="1.1", action="Revise the multi-agency ‘Voice of the Child’ practice guidance to include pre-verbal children and children with communication needs.",
                  lead_cell="STSCP Business Manager", lead=["STSCP Business Manager"], end_cell="December 2025", end="2025-12",
                  prog="Draft guidance consulted on with the Practitioner Forum in September.", status_cell="Green", status="green"),
             dict(ref="1.2", action="Undertake a multi-agency audit of 20 children subject to child protection plans, focusing on how the child’s lived experience is recorded.\nReport the findings to the Learning and Improvement Sub-group.",
                  lead_cell="Head of Quality Assurance (Children’s Social Care) / Designated Nurse Safeguarding Children",
                  lead=["Head of Quality Assurance (Children’s Social Care)", "Designated Nurse Safeguarding Children"],
                  end_cell="31/03/2026", end="2026-03",
                  prog="Audit tool agreed. Audit moved from January to March to follow the Ofsted JTAI window.", status_cell="Amber", status="amber"),
         ]),
        ("Recommendation 2",
         "Health partners should ensure that information about missed health appointments for children under five is shared with the allocated social worker.",
         [
             dict(ref="2.1", action="Introduce a ‘was not brought’ notification from the 0–19 service to Children’s Social Care for any child open to CSC who misses two consecutive appointments.",
                  lead_cell="0–19 Service Manager", lead=["0–19 Service Manager"], end_cell="Oct 2025", end="2025-10",
                  prog="Notification live from 6 October 2025.", status_cell="Complete", status="blue"),
             dict(ref="2.2", action="Audit GP practice compliance with the ‘was not brought’ policy for children under five.",
                  lead_cell="Named GP for Safeguarding", lead=["Named GP for Safeguarding"], end_cell="Jan 2026", end="2026-01",
                  prog="Six practices selected for the first audit.", status_cell="Green", status="green"),
         ]),
    ]),
    ("Theme 2: Working with fathers and male carers", [
        ("Recommendation 3",
         "The partnership should ensure that fathers and other significant males in the household are identified, assessed and included in safety planning.",
         [
             dict(ref="3.1", action="Deliver ‘Think Family – Seeing the Men’ training to at least 150 practitioners across partner agencies.",
                  lead_cell="STSCP Training Coordinator", lead=["STSCP Training Coordinator"], end_cell="March 2026", end="2026-03",
                  prog="92 practitioners trained to date.", status_cell="Green", status="green"),
             dict(ref="3.2", action="Amend the Children’s Social Care assessment template so that every adult in the household has a separate section and analysis of risk.",
                  lead_cell="Principal Social Worker", lead=["Principal Social Worker"], end_cell="August 2025", end="2025-08",
                  prog="Template changed in Liquidlogic on 18 August 2025.", status_cell="Blue", status="blue"),
             dict(ref="3.3", action="Include checks on all adults in the household in the police checklist for child protection strategy discussions.",
                  lead_cell="DCI Safeguarding (Northumbria Police)", lead=["DCI Safeguarding (Northumbria Police)"], end_cell="30/11/2025", end="2025-11",
                  prog="Checklist revised; awaiting sign-off by the force Vulnerability Board.", status_cell="Amber", status="amber"),
         ]),
        ("Recommendation 4",
         "Safeguarding partners should test how well the escalation policy works when professionals disagree about thresholds.",
         [
             dict(ref="4.1", action="Relaunch the Resolving Professional Differences (escalation) policy with a 7-minute briefing, and keep a log of escalations in the STSCP Business Unit.",
                  lead_cell="STSCP Business Manager", lead=["STSCP Business Manager"],
                  end_cell="Ongoing – quarterly log review", end=None, end_text="Ongoing – quarterly log review",
                  prog="Briefing relaunched in July. 11 escalations logged in Q2.", status_cell="Green", status="green"),
             dict(ref="4.2", action="Carry out a multi-agency practitioner survey on confidence in using the escalation policy and report the results to the Executive.",
                  lead_cell="Independent Scrutineer; STSCP Business Manager", lead=["Independent Scrutineer", "STSCP Business Manager"],
                  end_cell="June 2026", end="2026-06",
                  prog="Survey planned for April 2026.", status_cell="Not started", status="unrated"),
         ]),
    ]),
]


def build_south_tyneside():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph("South Tyneside Safeguarding Children Partnership")
    p.runs[0].bold = True
    p.runs[0].font.size = Pt(12)
    doc.add_heading(STY_TITLE, level=0)
    doc.add_paragraph("Document control").runs[0].bold = True
    dc = [("Version", "1.3"), ("Date", "10 October 2025"),
          ("Plan owner", "STSCP Learning and Improvement Sub-group"),
          ("Approved by", "Safeguarding Partners Executive – 2 October 2025"),
          ("Review published", "18 September 2025")]
    t = doc.add_table(rows=len(dc), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(dc):
        set_cell(t.rows[i].cells[0], k, bold=True)
        set_cell(t.rows[i].cells[1], v)
        shade(t.rows[i].cells[0], "D9E2F3")
    doc.add_paragraph()
    doc.add_paragraph(
        "This plan sets out how partners will respond to the four recommendations made by the independent "
        "reviewer. Each agency lead updates progress before every meeting of the Learning and Improvement "
        "Sub-group, which reports by exception to the Safeguarding Partners Executive.")
    doc.add_paragraph("RAG key").runs[0].bold = True
    key = [("Blue", "Action complete and impact evidenced"), ("Green", "On track"),
           ("Amber", "Some delay – expected to complete within a revised timescale"),
           ("Red", "Not on track – escalated to the Executive")]
    t = doc.add_table(rows=len(key), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(key):
        set_cell(t.rows[i].cells[0], k, bold=True)
        shade(t.rows[i].cells[0], RAG_HEX[k])
        set_cell(t.rows[i].cells[1], v)
    heads = ["No.", "Action", "Lead", "Target date", "Progress / evidence of impact", "RAG"]
    for theme, recs in STY_THEMES:
        doc.add_heading(theme, level=1)
        for rec_head, rec_text, acts in recs:
            p = doc.add_paragraph()
            run = p.add_run(rec_head)
            run.bold = True
            doc.add_paragraph(rec_text).runs[0].italic = True
            t = doc.add_table(rows=1 + len(acts), cols=len(heads))
            t.style = "Table Grid"
            header_row(t, heads)
            for i, a in enumerate(acts, start=1):
                cells = t.rows[i].cells
                for c, v in enumerate([a["ref"], a["action"], a["lead_cell"], a["end_cell"], a["prog"], a["status_cell"]]):
                    set_cell(cells[c], v)
                if a["status_cell"] in RAG_HEX:
                    shade(cells[5], RAG_HEX[a["status_cell"]])
            doc.add_paragraph()
    doc.add_paragraph(
        "Sign-off: agreed on behalf of the three safeguarding partners – South Tyneside Council, "
        "NHS North East and North Cumbria ICB and Northumbria Police.").runs[0].italic = True
    doc.save(os.path.join(HERE, STY_FILE))


# ---------------------------------------------------------------------------
# 5. Herefordshire Council - Delivery Plan 2025-26 Q2 progress (docx)
# ---------------------------------------------------------------------------
HER_FILE = "pu-herefordshire-council-delivery-plan-2025-26.docx"
HER_TITLE = "Herefordshire Council Delivery Plan 2025-26 – Quarter 2 Progress Report"
HER_PRIORITIES = [
    ("People", [
        ("Objective PE2: Ensure all children are healthy, safe and inspired to achieve", [
            dict(ref="PE2.1", action="Deliver year two of the Children and Young People’s Improvement Plan, including the move to locality-based family help teams.",
                 lead_cell="Corporate Director Children and Young People", lead=["Corporate Director Children and Young People"],
                 end_cell="March 2026", end="2026-03", status_cell="Green", status="green",
                 comm="Family help teams live in Hereford city and Leominster; Kington and Ross-on-Wye teams to follow in Q3."),
            dict(ref="PE2.2", action="Create 60 additional specialist SEND places through new resource bases at four mainstream schools.",
                 lead_cell="Service Director Education Skills and Learning", lead=["Service Director Education Skills and Learning"],
                 end_cell="September 2025", end="2025-09", status_cell="Blue", status="blue",
                 comm="All four resource bases opened for the autumn term; 58 of 60 places filled."),
        ]),
        ("Objective PE4: Support adults to live independently for longer", [
            dict(ref="PE4.1", action="Launch Talk Community ‘front door’ hubs in Leominster, Ledbury and Ross-on-Wye.",
                 lead_cell="Corporate Director Community Wellbeing", lead=["Corporate Director Community Wellbeing"],
                 end_cell="Q3 2025/26", end="2025-12", status_cell="Amber", status="amber",
                 comm="Ledbury hub open. Leominster venue lease still under negotiation."),
            dict(ref="PE4.2", action="Commission an expanded home-first reablement service jointly with Wye Valley NHS Trust.",
                 lead_cell="Director of Adults Commissioning", lead=["Director of Adults Commissioning"],
                 end_cell="Q4 2025/26", end="2026-03", status_cell="Not started", status="unrated",
                 comm="Procurement due to start in January 2026."),
        ]),
    ]),
    ("Place", [
        ("Objective PL3: Do everything we can to improve the health of our rivers", [
            dict(ref="PL3.1", action="Complete construction of the second integrated wetland in the River Lugg catchment to reduce phosphate levels.",
                 lead_cell="Service Director Economy and Growth", lead=["Service Director Economy and Growth"],
                 end_cell="December 2025", end="2025-12", status_cell="Red", status="red",
                 comm="Ground conditions have delayed earthworks; contractor forecasting completion in May 2026."),
            dict(ref="PL3.2", action="Adopt the Nutrient Management Plan and open the phosphate credit scheme to small housing developments.",
                 lead_cell="Head of Planning / Head of Environment", lead=["Head of Planning", "Head of Environment"],
                 end_cell="30 November 2025", end="2025-11", status_cell="Green", status="green",
                 comm="Report to Cabinet in November."),
        ]),
    ]),
    ("Transformation", [
        ("Objective TR2: Deliver value for money through our transformation programme", [
            dict(ref="TR2.1", action="Replace the Council’s finance and HR system (ERP) – go-live of phase 1 (finance).",
                 lead_cell="Director of Resources and Assurance", lead=["Director of Resources and Assurance"],
                 end_cell="April 2026", end="2026-04", status_cell="Amber", status="amber",
                 comm="Go-live moved from January 2026 to April 2026 following data migration testing."),
            dict(ref="TR2.2", action="Pilot Microsoft 365 Copilot with 200 staff and evaluate the productivity benefits.",
                 lead_cell="Head of Digital Services", lead=["Head of Digital Services"],
                 end_cell="Ongoing", end=None, end_text="Ongoing", status_cell="Green", status="green",
                 comm="150 licences issued; evaluation survey in December."),
        ]),
    ]),
]


def build_herefordshire():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    doc.add_heading(HER_TITLE, level=0)
    doc.add_paragraph(
        "Reporting period: 1 July to 30 September 2025. This report shows progress against a selection of the "
        "key deliverables in the Delivery Plan 2025-26, which supports the Herefordshire Council Plan 2024-2028. "
        "Deliverables are grouped by the four Council Plan priorities and their objectives.")
    doc.add_paragraph("Status key").runs[0].bold = True
    key = [("Blue", "Complete", BLUE), ("Green", "On track to deliver by the due date", GREEN),
           ("Amber", "At risk – some slippage, corrective action in place", AMBER),
           ("Red", "Off track – will not be delivered by the due date", RED),
           ("Not started", "Activity not due to start until a later quarter", "FFFFFF")]
    t = doc.add_table(rows=1 + len(key), cols=2)
    t.style = "Table Grid"
    header_row(t, ["Status", "Meaning"])
    for i, (k, v, col) in enumerate(key, start=1):
        set_cell(t.rows[i].cells[0], k, bold=True)
        shade(t.rows[i].cells[0], col)
        set_cell(t.rows[i].cells[1], v)
    heads = ["Ref", "Deliverable", "Lead officer", "Due", "Q2 status", "Q2 commentary"]
    for prio, objectives in HER_PRIORITIES:
        doc.add_heading(prio, level=1)
        nrows = 1 + sum(1 + len(acts) for _, acts in objectives)
        t = doc.add_table(rows=nrows, cols=len(heads))
        t.style = "Table Grid"
        header_row(t, heads, colour="4A2D6B")
        r = 1
        for obj, acts in objectives:
            row = t.rows[r]
            merged = row.cells[0].merge(row.cells[-1])
            set_cell(merged, obj, bold=True)
            shade(merged, "E4DFEC")
            r += 1
            for a in acts:
                cells = t.rows[r].cells
                for c, v in enumerate([a["ref"], a["action"], a["lead_cell"], a["end_cell"], a["status_cell"], a["comm"]]):
                    set_cell(cells[c], v)
                if a["status_cell"] in RAG_HEX:
                    shade(cells[4], RAG_HEX[a["status_cell"]])
                r += 1
        doc.add_paragraph()
    doc.add_paragraph(
        "The full set of 113 deliverables and 259 milestones is monitored monthly by the Corporate Leadership "
        "Team through the council’s performance dashboard.").runs[0].italic = True
    doc.save(os.path.join(HERE, HER_FILE))


# ---------------------------------------------------------------------------
# 6. Slough Wellbeing Board - action progress report (csv)
# ---------------------------------------------------------------------------
SLO_FILE = "pu-slough-wellbeing-board-action-log.csv"
SLO_TITLE = "Slough Wellbeing Board – Action Progress Report"
SLO_HEAD = ["Ref", "Date of meeting", "Minute", "Action agreed", "Owner", "Due", "RAG", "Progress update"]
SLO_ACTIONS = [
    dict(ref="SWB/25/01", date="18/03/2025", minute="56",
         action="Circulate the Better Care Fund 2025-26 plan to Board members for comment before submission to NHS England.",
         lead_cell="Service Lead Strategy & Performance", lead=["Service Lead Strategy & Performance"],
         end_cell="31/03/2025", end="2025-03", status_cell="Complete", status="blue",
         upd="Circulated 24/03/2025; no comments received. Plan submitted 31/03/2025."),
    dict(ref="SWB/25/04", date="17/06/2025", minute="7",
         action="Bring a report on childhood immunisation uptake (MMR2 and pre-school booster) by ward, with the actions agreed with the ICB.",
         lead_cell="Director of Public Health; ICB Place Director", lead=["Director of Public Health", "ICB Place Director"],
         end_cell="18/11/2025", end="2025-11", status_cell="Green", status="green",
         upd="Deferred from September at the request of the ICB – Q2 data awaited. On the agenda for 18 November."),
    dict(ref="SWB/25/05", date="17/06/2025", minute="9",
         action="Task and finish group to map the workplace health offers of Board member organisations\nand propose a single Slough employer health pledge.",
         lead_cell="Public Health Lead (Adults)", lead=["Public Health Lead (Adults)"],
         end_cell="Jan-26", end="2026-01", status_cell="Amber", status="amber",
         upd="Two meetings held; DWP and Chamber of Commerce still to nominate members."),
    dict(ref="SWB/25/06", date="17/06/2025", minute="10",
         action="Add ‘Healthy Homes – damp and mould’ to the forward plan, with a joint report from Housing and Public Health.",
         lead_cell="Democratic Services Lead / Executive Director Housing", lead=["Democratic Services Lead", "Executive Director Housing"],
         end_cell="23/09/2025", end="2025-09", status_cell="Complete", status="blue",
         upd="Report taken on 23 September 2025."),
    dict(ref="SWB/25/09", date="23/09/2025", minute="18",
         action="Refresh the Joint Local Health and Wellbeing Strategy priorities using the 2025 JSNA summary and bring a draft to the January Board.",
         lead_cell="Director of Public Health", lead=["Director of Public Health"],
         end_cell="January 2026", end="2026-01", status_cell="Green", status="green",
         upd="JSNA summary published; workshop with partners booked for 4 December."),
    dict(ref="SWB/25/10", date="23/09/2025", minute="19",
         action="Write to Frimley ICB on behalf of the Board about access to GP appointments in Britwell and Cippenham, copying Slough’s MPs.",
         lead_cell="Chair of the Board", lead=["Chair of the Board"],
         end_cell="31/10/2025", end="2025-10", status_cell="Red", status="red",
         upd="Draft letter with the Chair; not yet sent."),
    dict(ref="SWB/25/11", date="23/09/2025", minute="21",
         action="Safer Slough Partnership to present its serious violence duty strategy, including the links to the Board’s mental health priority.",
         lead_cell="Safer Slough Partnership Manager", lead=["Safer Slough Partnership Manager"],
         end_cell="TBC", end=None, end_text="TBC", status_cell="", status="unrated",
         upd="Awaiting a date – strategy goes to Cabinet in early 2026."),
]


def build_slough():
    n = len(SLO_HEAD)
    pad = lambda first: [first] + [""] * (n - 1)
    rows = [pad(SLO_TITLE), pad("Prepared for the meeting on 18 November 2025"), [""] * n, SLO_HEAD]
    for a in SLO_ACTIONS:
        rows.append([a["ref"], a["date"], a["minute"], a["action"], a["lead_cell"], a["end_cell"], a["status_cell"], a["upd"]])
    rows.append([""] * n)
    rows.append(pad("RAG key: Complete = action closed; Green = on track; Amber = at risk of slipping; Red = overdue; blank = date not yet set"))
    rows.append(pad("Closed actions are removed from the log once they have been reported to the Board."))
    with open(os.path.join(HERE, SLO_FILE), "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)


# ---------------------------------------------------------------------------
# 7. Isle of Wight Council - transformation programme highlight report (txt)
# ---------------------------------------------------------------------------
IOW_FILE = "pu-isle-of-wight-council-transformation-programme-highlight-report.txt"
IOW_TITLE = "Isle of Wight Council – Transformation Programme Highlight Report"
IOW_HEAD = ["Ref", "Milestone", "Owner", "Baseline date", "Forecast date", "Prev RAG", "RAG", "Commentary"]
IOW_WS = [
    ("Workstream 1: Customer and Digital", [
        dict(ref="CD1", action="Launch the new customer portal (My Island Account) for council tax and waste services",
             lead_cell="Head of Customer Services", lead=["Head of Customer Services"], base="30/09/2025", fc="30/11/2025",
             end="2025-11", prev="A", cur="A", status="amber",
             comm="User acceptance testing found problems with single sign-on; go-live moved to November."),
        dict(ref="CD2", action="Move the contact centre telephony to the cloud contact-centre platform",
             lead_cell="Head of ICT and Digital", lead=["Head of ICT and Digital"], base="31/10/2025", fc="31/10/2025",
             end="2025-10", prev="G", cur="C", status="blue",
             comm="Live from 20 October; old system decommissioned."),
        dict(ref="CD3", action="Introduce webchat and a chatbot for the ten most common enquiry types",
             lead_cell="Head of Customer Services", lead=["Head of Customer Services"], base="Mar-26", fc="",
             end="2026-03", prev="G", cur="G", status="green",
             comm="Supplier selected through G-Cloud; contract signed 28 October."),
    ]),
    ("Workstream 2: Adult Social Care – Care Closer to Home", [
        dict(ref="AS1", action="Review all home care packages costing over £1,000 a week using strengths-based practice",
             lead_cell="Director of Adult Social Care and Housing Needs", lead=["Director of Adult Social Care and Housing Needs"],
             base="31/12/2025", fc="31/03/2026", end="2026-03", prev="A", cur="R", status="red",
             comm="41 of 112 reviews completed; capacity reduced by vacancies. Board decision needed on agency support."),
        dict(ref="AS2", action="Open the step-down flats at the Ryde extra care scheme",
             lead_cell="Assistant Director Commissioning", lead=["Assistant Director Commissioning"],
             base="Jan-26", fc="Jan-26", end="2026-01", prev="G", cur="G", status="green",
             comm="Handover from the contractor on programme."),
        dict(ref="AS3", action="Implement the new reablement model with the Isle of Wight NHS Trust",
             lead_cell="Assistant Director Commissioning / Head of Reablement", lead=["Assistant Director Commissioning", "Head of Reablement"],
             base="Q4 2025/26", fc="Q4 2025/26", end="2026-03", prev="–", cur="G", status="green",
             comm="New milestone added this period."),
    ]),
    ("Workstream 3: Property and Assets", [
        dict(ref="PA1", action="Vacate the Seaclose offices and place them on the market following the move of staff to County Hall",
             lead_cell="Head of Property Services", lead=["Head of Property Services"],
             base="31/08/2025", fc="31/12/2025", end="2025-12", prev="R", cur="A", status="amber",
             comm="Staff moves complete; marketing agent appointed."),
        dict(ref="PA2", action="Agree the 2026/27 asset disposal programme and capital receipts target",
             lead_cell="Strategic Manager Estates; Finance Business Partner", lead=["Strategic Manager Estates", "Finance Business Partner"],
             base="28/02/2026", fc="", end="2026-02", prev="G", cur="G", status="green", comm=""),
    ]),
]


def build_iow():
    L = [
        IOW_TITLE,
        "Reporting period:\tOctober 2025\tReport date:\t06/11/2025",
        "Programme SRO:\tChief Executive\tProgramme manager:\tHead of Transformation and Change",
        "Overall programme RAG:\tAmber\tPrevious:\tAmber",
        "",
        "RAG key: G = on track; A = issues being managed within the workstream; R = at risk, Programme Board decision needed; C = complete",
        "",
    ]
    for ws, acts in IOW_WS:
        L.append(ws)
        L.append("\t".join(IOW_HEAD))
        for a in acts:
            L.append("\t".join([a["ref"], a["action"], a["lead_cell"], a["base"], a["fc"], a["prev"], a["cur"], a["comm"]]))
        L.append("")
    L += [
        "Finance summary\tTarget 2025/26\tDelivered to date\tForecast",
        "Savings (£000)\t4,200\t2,150\t3,640",
        "",
        "Decision required from Programme Board: approve agency social work support for the care package reviews (AS1).",
        "Next report: December 2025",
    ]
    with open(os.path.join(HERE, IOW_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(L) + "\r\n")


def main():
    build_wokingham()
    typo_row = build_blackpool()
    build_southampton()
    build_south_tyneside()
    build_herefordshire()
    build_slough()
    build_iow()
    print("Blackpool typo month on sheet row", typo_row)


if __name__ == "__main__":
    main()
