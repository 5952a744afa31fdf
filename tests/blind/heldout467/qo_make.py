"""Build the seven qo- cases of heldout467 (data files and their expected readings).

Run with /work/main/.venv/bin/python qo_make.py  (openpyxl, python-docx, pyyaml).
Each case's data lives in one structure below; the file is laid out from it and the
expected reading (lead list, end month, status) is written by hand beside each action.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm
from docx.enum.section import WD_ORIENT
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("qo-") or name.startswith("qo_")
    return os.path.join(HERE, name)


def write_expected(fname, header, actions=None):
    doc = dict(header)
    if actions is not None:
        acts = []
        for a in actions:
            e = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                 "lead": a["lead"], "end": a["end"]}
            if a.get("end_text"):
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            acts.append(e)
        doc["actions"] = acts
    with open(out(fname + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


FILL = {
    "red": PatternFill("solid", fgColor="FFFF0000"),
    "amber": PatternFill("solid", fgColor="FFFFC000"),
    "green": PatternFill("solid", fgColor="FF00B050"),
    "blue": PatternFill("solid", fgColor="FF0070C0"),
    "grey": PatternFill("solid", fgColor="FFD9D9D9"),
    "head": PatternFill("solid", fgColor="FF1F3864"),
    "teal": PatternFill("solid", fgColor="FFDEEAF6"),
}
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Leicestershire County Council - internal audit HI recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def leicestershire():
    fname = "qo-leicestershire-county-council-internal-audit-recommendations-tracker.xlsx"
    audits = [
        ("Corporate Resources: Payroll 2024-25 (Partial Assurance)", [
            ("Management should ensure that late leaver notifications are identified and that any resulting overpayments are recovered promptly.", [
                dict(ref="PAY1", action="Introduce a weekly exception report of leavers notified after the payroll cut-off, reviewed and signed off by the Payroll Team Leader.",
                     cell_lead="Head of Transactional Services", lead=["Head of Transactional Services"],
                     orig=d(2025, 3, 31), rev=d(2025, 6, 30), rag="B",
                     upd="Exception report in place from the June 2025 payroll. Internal Audit testing in September 2025 confirmed it is operating.",
                     end="2025-06", status="blue"),
                dict(ref="PAY2", action="Issue a reminder to all budget holders of their responsibility to submit leaver forms before the cut-off, and escalate repeat late submissions to Directors.",
                     cell_lead="Head of Transactional Services / HR Business Partner Lead", lead=["Head of Transactional Services", "HR Business Partner Lead"],
                     orig=d(2025, 12, 31), rev=None, rag="G",
                     upd="Reminder drafted for the Chief Officers' bulletin in November. Escalation route agreed with HR.",
                     end="2025-12", status="green"),
            ]),
        ]),
        ("Corporate Resources: Cyber Security - Privileged Access 2024-25 (Partial Assurance)", [
            ("Privileged (administrator) accounts should be reviewed at least quarterly and accounts that are no longer required should be disabled.", [
                dict(ref="ICT1", action="Implement quarterly privileged access recertification using the identity governance tool, with results reported to the Information Governance Board.",
                     cell_lead="Head of ICT Operations", lead=["Head of ICT Operations"],
                     orig=d(2025, 6, 30), rev=d(2026, 1, 31), rag="A",
                     upd="Tool configuration delayed by the supplier. First recertification cycle now scheduled for December 2025.",
                     end="2026-01", status="amber"),
                dict(ref="ICT2", action="Remove or disable the 14 dormant administrator accounts identified during the audit.",
                     cell_lead="Infrastructure Manager", lead=["Infrastructure Manager"],
                     orig=d(2025, 3, 31), rev=None, rag="B",
                     upd="All 14 accounts disabled on 12 March 2025; evidence seen by Internal Audit.",
                     end="2025-03", status="blue"),
            ]),
        ]),
        ("Adults and Communities: Direct Payments Monitoring 2024-25 (Partial Assurance)", [
            ("Direct payment accounts should be audited within the timescale set in the Direct Payments Policy and surplus balances should be recovered.", [
                dict(ref="DP1", action="Clear the backlog of 212 overdue direct payment account audits, prioritising accounts holding more than 12 weeks' value.",
                     cell_lead="Head of Service - Finance (Adults and Communities)", lead=["Head of Service - Finance (Adults and Communities)"],
                     orig=d(2025, 3, 31), rev=d(2025, 10, 31), rag="R",
                     upd="Backlog reduced to 47 accounts at 31 October. A further revised date will be requested; temporary auditor in post until January 2026.",
                     end="2025-10", status="red"),
                dict(ref="DP2", action="Report surplus balances recovered to the Departmental Management Team each quarter.",
                     cell_lead="Direct Payments Finance Manager", lead=["Direct Payments Finance Manager"],
                     orig=d(2025, 9, 30), rev=None, rag="B",
                     upd="First quarterly report presented to DMT on 17 September 2025 (£286k recovered in Q1).",
                     end="2025-09", status="blue"),
            ]),
        ]),
        ("Environment and Transport: Highways Term Contract - Payment Applications 2025-26 (Limited Assurance)", [
            ("Interim payment applications from the term maintenance contractor should be independently checked against measured work before they are certified.", [
                dict(ref="HW1", action="Introduce a two-stage check of monthly payment applications, with sample re-measurement of completed schemes by a second Highways Engineer.",
                     cell_lead="Assistant Director - Highways and Transport Operations", lead=["Assistant Director - Highways and Transport Operations"],
                     orig=d(2025, 12, 31), rev=None, rag="G",
                     upd="Revised procedure drafted and being piloted on the October application.",
                     end="2025-12", status="green"),
                dict(ref="HW2", action="Recover the £38,400 overpayment identified in the audit through the set-off provisions of the contract.",
                     cell_lead="Commercial Manager (Highways)", lead=["Commercial Manager (Highways)"],
                     orig=d(2025, 9, 30), rev=None, rag="R",
                     upd="Contractor disputes £11,200 of the sum. Matter referred to the contract board on 5 November 2025.",
                     end="2025-09", status="red"),
            ]),
        ]),
        ("Chief Executive's: Members' Allowances and Expenses 2024-25 (Partial Assurance)", [
            ("Members' expense claims should be supported by receipts and approved in line with the Members' Allowances Scheme.", [
                dict(ref="MA1", action="Move Members' expense claims onto the Oracle self-service module with mandatory upload of receipts.",
                     cell_lead="Head of Democratic Services and Administration", lead=["Head of Democratic Services and Administration"],
                     orig=d(2026, 3, 31), rev=None, rag="G",
                     upd="Module build complete; Member training sessions booked for February 2026.",
                     end="2026-03", status="green"),
            ]),
        ]),
    ]

    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Summary"
    ws0["A1"] = "Leicestershire County Council - Internal Audit Service"
    ws0["A1"].font = Font(bold=True, size=14)
    ws0["A2"] = "High Importance (HI) recommendations - summary at 31 October 2025"
    ws0["A2"].font = Font(bold=True)
    hdr = ["Department", "HI recommendations reported", "Implemented", "Outstanding", "of which overdue"]
    for c, h in enumerate(hdr, 1):
        cell = ws0.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = FILL["head"]
        cell.border = BOX
        cell.alignment = WRAP
    rows = [("Chief Executive's", 1, 0, 1, 0), ("Corporate Resources", 4, 2, 2, 0),
            ("Adults and Communities", 2, 1, 1, 1), ("Environment and Transport", 2, 0, 2, 1)]
    r = 5
    for row in rows:
        for c, v in enumerate(row, 1):
            ws0.cell(row=r, column=c, value=v).border = BOX
        r += 1
    ws0.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for c in range(2, 6):
        col = get_column_letter(c)
        cell = ws0.cell(row=r, column=c, value=f"=SUM({col}5:{col}{r-1})")
        cell.font = Font(bold=True)
        cell.border = BOX
    ws0.cell(row=r + 2, column=1, value="Detail of each recommendation and the agreed action is on the 'HI Recs' sheet.")
    ws0.column_dimensions["A"].width = 30
    for c in "BCDE":
        ws0.column_dimensions[c].width = 16

    ws = wb.create_sheet("HI Recs")
    ws.merge_cells("A1:H1")
    ws["A1"] = "Leicestershire County Council - Internal Audit Service"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A2"] = "Corporate Governance Committee, 24 November 2025 - High Importance recommendations: progress with implementation"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A3:H3")
    ws["A3"] = "Status key:   B = Implemented (confirmed by Internal Audit)    G = On target    A = Revised date agreed / at risk    R = Overdue"
    ws["A3"].font = Font(italic=True)
    headers = ["Ref", "Recommendation", "Agreed management action", "Responsible officer",
               "Original target date", "Revised target date", "Status", "Progress update (October 2025)"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = FILL["head"]
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    ragfill = {"B": FILL["blue"], "G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}
    r = 6
    expected = []
    for audit, recs in audits:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(row=r, column=1, value=audit)
        c.font = Font(bold=True)
        c.fill = FILL["grey"]
        r += 1
        for rec, acts in recs:
            start = r
            for a in acts:
                ws.cell(row=r, column=1, value=a["ref"])
                ws.cell(row=r, column=3, value=a["action"])
                ws.cell(row=r, column=4, value=a["cell_lead"])
                c5 = ws.cell(row=r, column=5, value=a["orig"])
                c5.number_format = "dd/mm/yyyy"
                c6 = ws.cell(row=r, column=6, value=a["rev"])
                c6.number_format = "dd/mm/yyyy"
                c7 = ws.cell(row=r, column=7, value=a["rag"])
                c7.fill = ragfill[a["rag"]]
                c7.alignment = Alignment(horizontal="center", vertical="top")
                c7.font = Font(bold=True, color="FFFFFFFF" if a["rag"] in "BR" else "FF000000")
                ws.cell(row=r, column=8, value=a["upd"])
                for cc in range(1, 9):
                    ws.cell(row=r, column=cc).border = BOX
                    if cc != 7:
                        ws.cell(row=r, column=cc).alignment = WRAP
                expected.append(dict(ref=a["ref"], under=[audit, rec], action=a["action"],
                                     lead=a["lead"], end=a["end"], status=a["status"]))
                r += 1
            ws.cell(row=start, column=2, value=rec).alignment = WRAP
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Total HI recommendations outstanding at 31 October 2025: 6 (of which 2 overdue)").font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="Recommendations marked B will be removed from the next report once reported to the Committee.").font = Font(italic=True)
    widths = [8, 40, 50, 28, 13, 13, 8, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"
    wb.save(out(fname))

    header = dict(
        source=("Imitates the appendix of outstanding High Importance internal audit recommendations that Leicestershire "
                "County Council's Internal Audit Service reports to the Corporate Governance Committee (position statements "
                "2023-2025, leics.gov.uk committee papers); copies the summary sheet by department with totals, the audit "
                "title banner rows (department: audit, year, assurance level), the recommendation merged over its agreed "
                "actions, job titles as responsible officers, original and revised target dates and a B/G/A/R status letter "
                "with a key in the header block."),
        reads=("A two-sheet workbook: a summary of HI recommendations by department, then the 'HI Recs' sheet listing nine "
               "agreed management actions under five audits, each action answering the recommendation beside it. The "
               "status is the B/G/A/R letter per the key; where a revised target date is given it replaces the original."),
        outcome="read",
        accept_refusal=False,
        title="Leicestershire County Council - Internal Audit Service",
    )
    write_expected(fname, header, expected)


# ---------------------------------------------------------------------------
# 2. Dorset Council - corporate risk register with fill-only action status (xlsx)
# ---------------------------------------------------------------------------
def dorset():
    fname = "qo-dorset-council-corporate-risk-register-2025-26.xlsx"
    risks = [
        ("CR01 Financial sustainability", "Executive Director, Corporate Development (S151 Officer)", 16, "Stable", [
            dict(action="Deliver the 2025/26 transformation savings programme (£12.4m) and report progress monthly to the Senior Leadership Team.",
                 cell_lead="Corporate Director - Finance and Commercial", lead=["Corporate Director - Finance and Commercial"],
                 target="Mar-26", fill="green", end="2026-03", status="green",
                 prog="£8.1m delivered or on track at month 5; £1.3m of the remainder rated high risk."),
            dict(action="Refresh the Medium Term Financial Plan for 2026/27 to 2029/30, including updated high needs deficit projections.",
                 cell_lead="Corporate Director - Finance and Commercial", lead=["Corporate Director - Finance and Commercial"],
                 target=d(2026, 2, 28), fill="amber", end="2026-02", status="amber",
                 prog="Timetable depends on the provisional settlement; Fair Funding changes not yet modelled."),
            dict(action="Continue lobbying through the County Councils Network for a sustainable national solution to the Dedicated Schools Grant deficit.",
                 cell_lead="Chief Executive", lead=["Chief Executive"],
                 target="Ongoing", fill="green", end=None, end_text="Ongoing", status="green",
                 prog="Joint letter to the DfE sent July 2025."),
        ]),
        ("CR02 Meeting statutory duties for children with SEND", "Executive Director, People - Children", 16, "Improving", [
            dict(action="Improve EHCP timeliness so that 60% of new plans are issued within 20 weeks, through the SEND Improvement Plan.",
                 cell_lead="Director of Education and Learning", lead=["Director of Education and Learning"],
                 target="Q4 2025/26", fill="amber", end="2026-03", status="amber",
                 prog="Timeliness 41% (rolling 3 months) against 28% in March."),
            dict(action="Open the two new specialist provision units at Wareham and Gillingham.",
                 cell_lead="Corporate Director - Education and Skills", lead=["Corporate Director - Education and Skills"],
                 target=d(2025, 9, 1), fill="blue", end="2025-09", status="blue",
                 prog="Both units opened for the September 2025 intake (24 places)."),
        ]),
        ("CR03 Cyber attack causing loss of critical systems", "Executive Director, Corporate Development (S151 Officer)", 12, "Stable", [
            dict(action="Complete the migration of the remaining on-premise servers to the resilient cloud hosting platform.",
                 cell_lead="Head of ICT Operations", lead=["Head of ICT Operations"],
                 target="Dec-25", fill="red", end="2025-12", status="red",
                 prog="Migration paused during the summer change freeze; 9 of 23 servers still to move."),
            dict(action="Run a council-wide cyber incident exercise with the Local Resilience Forum.",
                 cell_lead="Head of ICT Operations / Emergency Planning Manager", lead=["Head of ICT Operations", "Emergency Planning Manager"],
                 target=d(2025, 11, 30), fill="green", end="2025-11", status="green",
                 prog="Exercise scenario agreed with the LRF; date set for 18 November."),
        ]),
        ("CR04 Sufficiency of the adult social care market", "Executive Director, People - Adults and Housing", 12, "Worsening", [
            dict(action="Implement the revised cost of care framework and fee uplift for homecare providers.",
                 cell_lead="Corporate Director - Commissioning", lead=["Corporate Director - Commissioning"],
                 target="Apr-25", fill="blue", end="2025-04", status="blue",
                 prog="Uplift paid from 1 April 2025."),
            dict(action="Expand the in-house reablement service to support 300 additional hospital discharges a year.",
                 cell_lead="Corporate Director - Care and Support", lead=["Corporate Director - Care and Support"],
                 target="Jun-26", fill="green", end="2026-06", status="green",
                 prog="Recruitment to 18 of 25 new posts complete."),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws.merge_cells("A1:I1")
    ws["A1"] = "Dorset Council - Corporate Risk Register"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A2"] = "Audit and Governance Committee, 15 September 2025 - risks with a current score of 12 or above"
    ws.merge_cells("A3:I3")
    ws["A3"] = "Score = likelihood (1-4) x impact (1-4). Red 12-16, Amber 6-9, Green 1-4. Action status is shown by the colour of the cell - see key below the register."
    ws["A3"].font = Font(italic=True)
    headers = ["Ref / Risk", "Risk owner", "Current score", "Direction of travel", "Further mitigating actions",
               "Action owner", "Target date", "Action status", "Progress / commentary"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = FILL["head"]
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    r = 6
    expected = []
    for risk, owner, score, trav, acts in risks:
        start = r
        for a in acts:
            ws.cell(row=r, column=5, value=a["action"])
            ws.cell(row=r, column=6, value=a["cell_lead"])
            t = ws.cell(row=r, column=7, value=a["target"])
            if isinstance(a["target"], dt.datetime):
                t.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=8).fill = FILL[a["fill"]]
            ws.cell(row=r, column=9, value=a["prog"])
            for cc in range(1, 10):
                ws.cell(row=r, column=cc).border = BOX
                ws.cell(row=r, column=cc).alignment = WRAP
            e = dict(ref=None, under=[risk], action=a["action"], lead=a["lead"], end=a["end"], status=a["status"])
            if a.get("end_text"):
                e["end_text"] = a["end_text"]
            expected.append(e)
            r += 1
        ws.cell(row=start, column=1, value=risk).font = Font(bold=True)
        ws.cell(row=start, column=2, value=owner)
        sc = ws.cell(row=start, column=3, value=score)
        sc.fill = FILL["red"] if score >= 12 else FILL["amber"]
        sc.font = Font(bold=True)
        sc.alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(row=start, column=4, value=trav)
        for col in (1, 2, 3, 4):
            ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="Key - action status").font = Font(bold=True)
    keys = [("blue", "Complete"), ("green", "On track"), ("amber", "At risk of delay"), ("red", "Off track / overdue")]
    for i, (f, txt) in enumerate(keys):
        ws.cell(row=r + 1 + i, column=1).fill = FILL[f]
        ws.cell(row=r + 1 + i, column=2, value=txt)
    widths = [30, 30, 10, 12, 55, 32, 12, 10, 45]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"

    wm = wb.create_sheet("Risk matrix")
    wm["A1"] = "Risk scoring matrix"
    wm["A1"].font = Font(bold=True, size=12)
    wm["A3"] = "Likelihood / Impact"
    for i in range(1, 5):
        wm.cell(row=3, column=1 + i, value=i).font = Font(bold=True)
        wm.cell(row=3 + i, column=1, value=5 - i).font = Font(bold=True)
        for j in range(1, 5):
            s = (5 - i) * j
            c = wm.cell(row=3 + i, column=1 + j, value=s)
            c.fill = FILL["red"] if s >= 12 else FILL["amber"] if s >= 6 else FILL["green"]
            c.alignment = Alignment(horizontal="center")
    wb.save(out(fname))

    header = dict(
        source=("Imitates Dorset Council's corporate risk register as reported to its Audit and Governance Committee "
                "(quarterly risk management updates, 2024-2025, moderngov.dorsetcouncil.gov.uk), in the columnar form many "
                "county and unitary councils use: ref and risk title, owner, current score and direction of travel merged "
                "down over the further mitigating actions; action owners as job titles; target dates as mmm-yy text, real "
                "dates, a quarter and 'Ongoing'; action status shown only by the fill colour of the cell with a colour key "
                "below the register; a second sheet holding the scoring matrix."),
        reads=("Four corporate risks, each with its further mitigating actions (nine in all) listed beside it; the actions "
               "have no reference numbers. The action status is the fill colour of the 'Action status' cell read through "
               "the key (blue complete, green on track, amber at risk, red off track); the red fill of the score cells is "
               "the risk score, not an action status."),
        outcome="read",
        accept_refusal=False,
        title="Dorset Council - Corporate Risk Register",
    )
    write_expected(fname, header, expected)


# ---------------------------------------------------------------------------
# 3. Tameside - corporate plan delivery plan Q2, one mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
def tameside():
    fname = "qo-tameside-council-corporate-plan-delivery-plan-2025-26-typo-month-refuse.xlsx"
    plan = [
        ("Priority 1: Starting well - the best start in life for all our children", [
            ("CP1.1", "Increase take-up of funded childcare places for eligible two-year-olds to 80%.", "Assistant Director, Education", "Children's Services", "March 2026", "A", "G",
             "Take-up 76% in the summer term headcount, up from 71%."),
            ("CP1.2", "Open the second Family Hub in Hyde and complete the Start for Life offer.", "Head of Early Help", "Children's Services", "Sept 2025", "A", "C",
             "Hyde Family Hub opened 8 September 2025."),
            ("CP1.3", "Reduce the number of children in care placed more than 20 miles from Tameside by 10%.", "Director of Children's Social Care", "Children's Services", "Q4 2025/26", "G", "G",
             "Two new in-house residential homes registered with Ofsted."),
        ]),
        ("Priority 2: Living well - good jobs, homes and a thriving economy", [
            ("CP2.1", "Submit the outline business case for phase 2 of the Ashton town centre regeneration to the Combined Authority.", "Director of Place", "Place", "Dec 2025", "G", "G",
             "Draft business case with GMCA officers for comment."),
            ("CP2.2", "Deliver 150 new affordable homes through the Housing Delivery Programme.", "Assistant Director, Strategic Property", "Place", "Marhc 2026", "G", "A",
             "62 completions to date; two sites delayed by utility connections."),
            ("CP2.3", "Launch the Tameside Works employment support service for residents with long-term health conditions.", "Head of Employment and Skills", "Place", "July 2025", "G", "C",
             "Service launched 14 July 2025; 118 referrals to the end of September."),
        ]),
        ("Priority 3: Ageing well - independence and good health in later life", [
            ("CP3.1", "Implement the new home care framework with four locality-based lead providers.", "Director of Adult Social Care", "Adults", "31/10/2025", "A", "A",
             "Contracts awarded; mobilisation in two localities moved to November."),
            ("CP3.2", "Increase the number of people receiving reablement after a hospital discharge to 1,200 a year.", "Assistant Director, Adult Services", "Adults", "Q3 2025/26", "G", "G",
             "Forecast 1,240 for the year on current activity."),
        ]),
        ("Priority 4: A council that works well - modern, efficient and listening", [
            ("CP4.1", "Deliver the 2025/26 savings programme of £18.2m.", "Director of Resources (S151 Officer)", "Resources", "March 2026", "A", "A",
             "£14.6m delivered or on track; recovery plans in place for the remainder."),
            ("CP4.2", "Move 75% of high-volume transactions online through the new customer portal.", "Assistant Director, Digital Tameside", "Resources", "Jan 2026", "G", "G",
             "68% of transactions now online."),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Delivery Plan Q2"
    ws.merge_cells("A1:H1")
    ws["A1"] = "Tameside Council - Corporate Plan Delivery Plan 2025/26: Quarter 2 Progress"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A2"] = "Reported to Executive Cabinet, 19 November 2025"
    ws.merge_cells("A3:H3")
    ws["A3"] = "RAG key:  C = complete   G = on track   A = some slippage, recoverable   R = significant slippage, not recoverable this year"
    ws["A3"].font = Font(italic=True)
    headers = ["Ref", "Key deliverable", "Lead officer", "Directorate", "Due", "Q1 RAG", "Q2 RAG", "Q2 commentary"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = FILL["head"]
        cell.border = BOX
    rf = {"C": FILL["blue"], "G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}
    r = 6
    typo_row = None
    for prio, acts in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(row=r, column=1, value=prio)
        c.font = Font(bold=True)
        c.fill = FILL["teal"]
        r += 1
        for ref, act, lead, dire, due, q1, q2, com in acts:
            vals = [ref, act, lead, dire, due, q1, q2, com]
            for cc, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=cc, value=v)
                cell.border = BOX
                cell.alignment = WRAP
            ws.cell(row=r, column=6).fill = rf[q1]
            ws.cell(row=r, column=7).fill = rf[q2]
            if due == "Marhc 2026":
                typo_row = r
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary of Q2 position: 10 deliverables - Complete 2, Green 5, Amber 3, Red 0").font = Font(bold=True)
    widths = [8, 55, 32, 18, 12, 8, 8, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    k = wb.create_sheet("Measures")
    k["A1"] = "Corporate Plan key measures - Quarter 2 2025/26"
    k["A1"].font = Font(bold=True)
    for i, row in enumerate([("Measure", "Target", "Q1", "Q2"),
                             ("Two-year-old funded childcare take-up", "80%", "71%", "76%"),
                             ("Households in temporary accommodation", "< 250", "268", "259"),
                             ("Reablement episodes (year to date)", "600", "296", "612")], 3):
        for j, v in enumerate(row, 1):
            k.cell(row=i, column=j, value=v)
    wb.save(out(fname))
    assert typo_row == 12, typo_row

    header = dict(
        source=("Imitates a metropolitan council's quarterly corporate plan delivery report to Executive Cabinet (Tameside "
                "MBC Corporate Plan performance reports, 2024-2025, tameside.moderngov.co.uk): priority banner rows, "
                "CPx.y deliverable refs, lead officer job titles and directorate columns, a Due column of month text, "
                "previous (Q1) and current (Q2) RAG letters with fill, a summary line and a second sheet of key measures."),
        reads=("Ten deliverables under four Corporate Plan priorities, each with a due month and Q1 and Q2 RAG. The due "
               "cell of CP2.2 on sheet row 12 reads 'Marhc 2026', a mistyped month; a careful reader would stop and ask "
               "whether March 2026 was meant before taking the plan in."),
        outcome="refuse",
        accept_refusal=False,
        refuse_at=typo_row,
        title="Tameside Council - Corporate Plan Delivery Plan 2025/26: Quarter 2 Progress",
    )
    write_expected(fname, header, None)


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


def set_cell(cell, text, bold=False, size=9, white=False):
    """Write text into a cell; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)
        if white:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Nottinghamshire County Council - Ofsted focused visit action plan (docx)
# ---------------------------------------------------------------------------
def nottinghamshire():
    fname = "qo-nottinghamshire-county-council-ofsted-focused-visit-action-plan.docx"
    areas = [
        ("The consistency of management oversight and supervision for children in need, so that drift in children’s plans is identified and addressed.", [
            ("1.1", "Introduce a practice standard requiring supervision for children in need at least every four weeks, recorded on the child’s Mosaic record using the reflective supervision template.",
             "Group Manager, Children in Need", ["Group Manager, Children in Need"], "September 2024", "2024-09", None,
             "Practice standard launched 2 September 2024. Compliance 87% in December.", "Blue", "blue"),
            ("1.2", "Team Managers to complete a monthly dip sample of five children in need cases each, with findings reported to the Quality Assurance Board.",
             "Team Managers / Quality Assurance Service Manager", ["Team Managers", "Quality Assurance Service Manager"], "Monthly", None, "Monthly",
             "Dip sampling in place since October; themes reported to QA Board in November and January.", "Green", "green"),
            ("1.3", "Add a drift and delay alert to the Mosaic performance dashboard for children in need plans that have not been reviewed for 12 weeks.",
             "Head of Performance, Intelligence and Systems", ["Head of Performance, Intelligence and Systems"], "November 2024\nRevised: February 2025", "2025-02", None,
             "Development delayed by the Mosaic upgrade. Revised date agreed at the Improvement Board on 5 December 2024.", "Amber", "amber"),
        ]),
        ("The quality of child in need and child protection plans, so that they are specific, measurable and understood by families.", [
            ("2.1", "Relaunch the plan template so that every plan sets out what needs to change, by when and who is responsible, in language agreed with the family.",
             "Principal Social Worker", ["Principal Social Worker"], "October 2024", "2024-10", None,
             "New template live on Mosaic from 14 October 2024.", "Blue", "blue"),
            ("2.2", "Deliver SMART planning workshops for all child protection chairs and for social workers in the Children in Need and Child Protection teams.",
             "Principal Social Worker and Workforce Development Manager", ["Principal Social Worker", "Workforce Development Manager"], "December 2024", "2024-12", None,
             "Eight workshops delivered; 214 staff attended (91%).", "Blue", "blue"),
            ("2.3", "Child protection chairs to use the midway review to check that plans are specific, and to raise a practice alert where they are not.",
             "Service Manager, Safeguarding Quality Assurance", ["Service Manager, Safeguarding Quality Assurance"], "Ongoing", None, "Ongoing",
             "31 practice alerts raised since November; all responded to within 10 days.", "Green", "green"),
        ]),
        ("The timeliness of the response when children in need are not seen in line with their plans.", [
            ("3.1", "Amend the child in need visiting standard so that a missed visit is escalated to the Team Manager within five working days.",
             "Group Manager, Children in Need", ["Group Manager, Children in Need"], "30/09/2024", "2024-09", None,
             "Standard amended and briefed to all teams.", "Blue", "blue"),
            ("3.2", "Report the percentage of children in need seen within timescale to the Children’s Services Improvement Board each month.",
             "Service Director, Safeguarding and Family Support", ["Service Director, Safeguarding and Family Support"], "Q4 2024/25", "2025-03", None,
             "Reported monthly since October: 78% (Oct), 83% (Nov), 85% (Dec).", "Green", "green"),
            ("3.3", "Review caseloads in the two teams with the highest number of overdue visits and allocate additional agency social workers for six months.",
             "Service Director, Safeguarding and Family Support / Head of Service, Children in Need", ["Service Director, Safeguarding and Family Support", "Head of Service, Children in Need"], "January 2025", "2025-01", None,
             "Caseload review complete. Only one of four agency posts filled; escalated to the Corporate Director.", "Red", "red"),
        ]),
    ]
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Nottinghamshire County Council – Children and Families Department")
    r.bold = True
    doc.add_heading("Ofsted Focused Visit Action Plan: Children in Need and Children subject to a Child Protection Plan", level=0)
    doc.add_paragraph("Focused visit carried out on 11 and 12 June 2024; letter published 19 July 2024. "
                      "This plan is monitored monthly by the Children’s Services Improvement Board and reported to the "
                      "Children and Families Select Committee.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Approved by"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for row in [("1.0", "02/09/2024", "Service Director, Safeguarding and Family Support", "Children’s Services Improvement Board"),
                ("1.2", "05/12/2024", "Service Director, Safeguarding and Family Support", "Children’s Services Improvement Board"),
                ("1.3", "14/01/2025", "Improvement Programme Manager", "Corporate Director, Children and Families")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    doc.add_heading("RAG rating key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, colour, meaning in [("Blue", "0070C0", "Action complete and impact evidenced"),
                                  ("Green", "00B050", "On track to be delivered by the timescale"),
                                  ("Amber", "FFC000", "Some slippage; mitigation in place"),
                                  ("Red", "FF0000", "Off track; escalation required")]:
        cells = k.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], colour)
        set_cell(cells[1], meaning)
    expected = []
    rag_colour = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for n, (area, acts) in enumerate(areas, 1):
        doc.add_heading(f"Area for improvement {n}", level=1)
        doc.add_paragraph(area)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Lead", "Timescale", "Progress update (January 2025)", "RAG"]):
            set_cell(t.rows[0].cells[i], h, bold=True, white=True)
            shade(t.rows[0].cells[i], "1F3864")
        for ref, act, cell_lead, lead, ts, end, end_text, prog, rag, status in acts:
            cells = t.add_row().cells
            for i, v in enumerate([ref, act, cell_lead, ts, prog, rag]):
                set_cell(cells[i], v)
            shade(cells[5], rag_colour[rag])
            e = dict(ref=ref, under=[area], action=act, lead=lead, end=end, status=status)
            if end_text:
                e["end_text"] = end_text
            expected.append(e)
        doc.add_paragraph()
    doc.add_paragraph("Next review of this plan: Children’s Services Improvement Board, 11 February 2025.")
    doc.save(out(fname))

    header = dict(
        source=("Imitates the action plans county councils publish after an Ofsted ILACS focused visit that names areas for "
                "improvement (e.g. the Nottinghamshire County Council focused visit of 2024 and similar plans reported to "
                "children's select committees): a title block, a document control table, a RAG key table, then one "
                "'Area for improvement n' heading per area with the inspectors' wording as a paragraph beneath it and its "
                "own action table (ref, action, lead, timescale, progress update, RAG word with shaded cell); job titles "
                "as leads, one timescale cell holding an original and a revised month on two lines."),
        reads=("Nine actions in three tables, one table per area for improvement; each action is read under the area's "
               "wording (the 'Area for improvement n' heading only names the kind of part). The document control and RAG "
               "key tables are not the plan. Action 1.3 was due November 2024 and its revised timescale is February 2025."),
        outcome="read",
        accept_refusal=False,
        title="Ofsted Focused Visit Action Plan: Children in Need and Children subject to a Child Protection Plan",
    )
    write_expected(fname, header, expected)


# ---------------------------------------------------------------------------
# 5. Gateshead Safeguarding Children Partnership - CSPR Child D action plan (docx)
# ---------------------------------------------------------------------------
def gateshead():
    fname = "qo-gateshead-safeguarding-children-partnership-cspr-child-d-action-plan.docx"
    themes = [
        ("Learning Theme 1: Recognising and responding to neglect of a baby", [
            ("Recommendation 1: The GSCP should seek assurance that practitioners across agencies use the Graded Care Profile 2 when neglect of a baby is suspected.", [
                ("1.1", "Deliver Graded Care Profile 2 refresher training to health visitors, midwives and early help practitioners.\nTarget: 120 practitioners trained by the end of June 2025.",
                 "GSCP Training Coordinator", ["GSCP Training Coordinator"], "June 2025", "2025-06", "84 practitioners trained across six sessions.", "On track", "green"),
                ("1.2", "Audit 20 cases of babies subject to child in need or child protection plans for neglect, to evidence use of the GCP2.",
                 "Chair, Quality Assurance Sub-Group", ["Chair, Quality Assurance Sub-Group"], "September 2025", "2025-09", "Audit tool agreed; case selection in April.", "On track", "green"),
            ]),
            ("Recommendation 2: Health partners should ensure that information about a parent’s own care history is shared with midwifery and health visiting at the point of booking.", [
                ("2.1", "Add a mandatory question on the parent’s own experience of care to the midwifery booking assessment.",
                 "Head of Midwifery, Gateshead Health NHS FT", ["Head of Midwifery, Gateshead Health NHS FT"], "31/01/2025", "2025-01", "Question live on BadgerNet from 20 January 2025.", "Complete", "blue"),
                ("2.2", "Agree an information-sharing protocol between midwifery, health visiting and Children’s Social Care for parents who are care experienced.",
                 "Designated Nurse Safeguarding Children (NENC ICB) & Head of Midwifery", ["Designated Nurse Safeguarding Children (NENC ICB)", "Head of Midwifery"], "March 2025", "2025-03", "Protocol drafted; awaiting Information Governance sign-off.", "Some delay", "amber"),
            ]),
        ]),
        ("Learning Theme 2: Professional curiosity about men in the household", [
            ("Recommendation 3: All agencies should ensure that practitioners identify and engage fathers and male carers, including those who do not live in the household.", [
                ("3.1", "Launch the GSCP ‘Think Family – Seeing the Men’ practice guidance and 7-minute briefing.",
                 "GSCP Business Manager", ["GSCP Business Manager"], "Dec 2024", "2024-12", "Launched at the Partnership conference, 4 December 2024.", "Complete", "blue"),
                ("3.2", "Each partner agency to confirm that its recording system captures details of fathers and male carers, with an exception report to the Learning and Improvement Sub-Group.",
                 "All partner agency safeguarding leads", ["All partner agency safeguarding leads"], "Q1 2025/26", "2025-06", "Six of nine agencies have confirmed.", "On track", "green"),
                ("3.3", "Include engagement of fathers as a specific measure in the multi-agency audit programme for 2025/26.",
                 "Chair, Quality Assurance Sub-Group", ["Chair, Quality Assurance Sub-Group"], "April 2025", "2025-04", "", "Not started", "unrated"),
            ]),
            ("Recommendation 4: Northumbria Police and Children’s Social Care should review how domestic abuse notifications relating to unborn babies are shared and responded to.", [
                ("4.1", "Review the joint screening of domestic abuse notifications where a pregnancy is known, and amend the MASH triage guidance accordingly.",
                 "Detective Chief Inspector, Safeguarding (Northumbria Police) / MASH Service Manager", ["Detective Chief Inspector, Safeguarding (Northumbria Police)", "MASH Service Manager"], "May 2025", "2025-05", "Review meeting postponed twice; now set for 2 April.", "Some delay", "amber"),
            ]),
        ]),
    ]
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Gateshead Safeguarding Children Partnership")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading("Child D Local Child Safeguarding Practice Review – Multi-agency Action Plan", level=0)
    doc.add_paragraph("Review published: 12 November 2024.  Plan owner: GSCP Learning and Improvement Sub-Group.  "
                      "Progress update for the Safeguarding Partners Executive, 20 March 2025.")
    doc.add_paragraph("Status key:  Complete – action delivered and evidenced (blue);  On track (green);  "
                      "Some delay (amber);  Off track (red).")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["No.", "Action", "Lead", "Target date", "Progress / evidence of impact", "Status"]):
        set_cell(t.rows[0].cells[i], h, bold=True, white=True)
        shade(t.rows[0].cells[i], "2E3F6E")
    stat_col = {"On track": "00B050", "Complete": "0070C0", "Some delay": "FFC000", "Not started": None}
    expected = []
    for theme, recs in themes:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        set_cell(m, theme, bold=True, size=10, white=True)
        shade(m, "5B6F9E")
        for rec, acts in recs:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[5])
            set_cell(m, rec, bold=True)
            shade(m, "DCE3F0")
            for no, act, cell_lead, lead, tgt, end, prog, stat, status in acts:
                cells = t.add_row().cells
                for i, v in enumerate([no, act, cell_lead, tgt, prog, stat]):
                    set_cell(cells[i], v)
                if stat_col[stat]:
                    shade(cells[5], stat_col[stat])
                expected.append(dict(ref=no, under=[theme, rec], action=act, lead=lead, end=end, status=status))
    doc.add_paragraph()
    doc.add_paragraph("Actions rated Complete will be closed by the Learning and Improvement Sub-Group once evidence of "
                      "impact has been reviewed.")
    doc.save(out(fname))

    header = dict(
        source=("Imitates a local safeguarding children partnership's LCSPR action plan as published with the review or "
                "reported to the partnership executive (e.g. Gateshead Safeguarding Children Partnership learning reviews, "
                "2023-2025): a single landscape table with shaded learning-theme rows and recommendation rows merged "
                "across the width, numbered actions beneath, job titles (some with their agency) as leads, a status word "
                "defined by a key line above the table, a two-paragraph action cell and a closing notes line."),
        reads=("Eight actions answering four recommendations grouped under two learning themes; each action is read under "
               "its theme and its recommendation. Status words follow the key (Complete blue, On track green, Some delay "
               "amber); 'Not started' is unrated."),
        outcome="read",
        accept_refusal=False,
        title="Child D Local Child Safeguarding Practice Review – Multi-agency Action Plan",
    )
    write_expected(fname, header, expected)


# ---------------------------------------------------------------------------
# 6. Suffolk Health and Wellbeing Board - action log (csv)
# ---------------------------------------------------------------------------
def suffolk():
    fname = "qo-suffolk-health-and-wellbeing-board-action-log.csv"
    acts = [
        ("HWB25-01", "06/03/2025", "Circulate the draft refresh of the Joint Local Health and Wellbeing Strategy to all Board members for comment before publication.",
         "Director of Public Health", ["Director of Public Health"], "30/04/2025", "2025-04", None, "Complete", "blue", "Circulated 14 April; comments incorporated in the final draft."),
        ("HWB25-02", "06/03/2025", "Bring the Better Care Fund 2025-26 plan to the June meeting, including the discharge fund allocation.",
         "Head of Integrated Commissioning", ["Head of Integrated Commissioning"], "June 2025", "2025-06", None, "Complete", "blue", "Considered by the Board on 26 June 2025."),
        ("HWB25-03", "06/03/2025", "Provide a briefing on the pharmaceutical needs assessment consultation, listing the areas at risk of a gap in provision.",
         "Consultant in Public Health (PNA lead)", ["Consultant in Public Health (PNA lead)"], "Sept 2025", "2025-09", None, "Amber", "amber", "Consultation extended to 30 September; briefing moved to the December meeting."),
        ("HWB25-04", "26/06/2025", "Write to the ICB on behalf of the Board setting out members' concerns about access to children's mental health services in the west of the county.",
         "Chair of the Board", ["Chair of the Board"], "31/07/2025", "2025-07", None, "Complete", "blue", "Letter sent 22 July; reply received 15 September and circulated."),
        ("HWB25-05", "26/06/2025", "Healthwatch Suffolk and the County Council to present jointly the findings of the carers' experience survey.",
         "Chief Executive, Healthwatch Suffolk; Director of Adult Social Care", ["Chief Executive, Healthwatch Suffolk", "Director of Adult Social Care"], "11/12/2025", "2025-12", None, "Green", "green", "On the forward plan for 11 December."),
        ("HWB25-06", "26/06/2025", "Add an update on the Alliances' neighbourhood health pilots to the Board forward plan.",
         "Board Manager", ["Board Manager"], "Ongoing", None, "Ongoing", "Green", "green", "Standing item from September 2025."),
        ("HWB25-07", "11/09/2025", "Ask each Alliance to report progress against the physical activity ambition of the Strategy, using the shared outcomes framework.",
         "Emma Carter / Dr Paul Nwosu", ["Emma Carter", "Dr Paul Nwosu"], "March 2026", "2026-03", None, "Green", "green", "Request sent to Alliance directors 19 September."),
        ("HWB25-08", "11/09/2025", "Review Board membership and terms of reference following the ICB restructure and report back with recommendations.",
         "Monitoring Officer", ["Monitoring Officer"], "Dec-25", "2025-12", None, "Amber", "amber", "Dependent on the ICB's new structure, not expected before November."),
        ("HWB25-09", "11/09/2025", "Circulate the slides from the Suffolk Observatory presentation on health inequalities in coastal communities.",
         "Knowledge and Intelligence Manager", ["Knowledge and Intelligence Manager"], "19/09/2025", "2025-09", None, "Red", "red", "Overdue - slides being updated with the 2024 mid-year population estimates."),
    ]
    ncol = 8
    rows = [["Suffolk Health and Wellbeing Board – Action Log"] + [""] * (ncol - 1),
            ["Position as at 1 October 2025"] + [""] * (ncol - 1),
            [""] * ncol,
            ["Action No.", "Meeting date", "Action", "Lead", "Due date", "RAG", "Update", ""]]
    expected = []
    for ref, mt, act, cell_lead, lead, due, end, end_text, rag, status, upd in acts:
        rows.append([ref, mt, act, cell_lead, due, rag, upd, ""])
        e = dict(ref=ref, under=[], action=act, lead=lead, end=end, status=status)
        if end_text:
            e["end_text"] = end_text
        expected.append(e)
    rows.append([""] * ncol)
    rows.append(["RAG: Green = on track; Amber = at risk or date moved; Red = overdue; Complete = reported to the Board and will be removed from the log."] + [""] * (ncol - 1))
    with open(out(fname), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)

    header = dict(
        source=("Imitates the rolling action log that county health and wellbeing boards attach to their agenda under "
                "'matters arising' (e.g. Suffolk Health and Wellbeing Board papers, 2024-2025, committeeminutes.suffolk.gov.uk), "
                "exported from Excel to CSV: a title line and an 'as at' line, action number, meeting date, action, lead "
                "(job titles, one cell naming two posts with ';', one naming two people with '/'), due date as dd/mm/yyyy, "
                "month text, 'Dec-25' and 'Ongoing', a RAG/Complete column and a key line at the foot; trailing empty column."),
        reads=("Nine actions from three Board meetings, one per row, with no headings over them. Status is the RAG word, "
               "'Complete' being blue; the final line is the key, not an action."),
        outcome="read",
        accept_refusal=False,
        title="Suffolk Health and Wellbeing Board – Action Log",
    )
    write_expected(fname, header, expected)


# ---------------------------------------------------------------------------
# 7. Safer Greenwich Partnership - DHR action plan, tab-separated export (txt)
# ---------------------------------------------------------------------------
def greenwich():
    fname = "qo-safer-greenwich-partnership-dhr-lena-action-plan.txt"
    sections = [
        ("Overview Report Recommendations", [
            ("1. The Safer Greenwich Partnership should ensure that all partner agencies have a routine enquiry policy for domestic abuse that covers older victims.", "Local", [
                ("Issue a partnership briefing on domestic abuse and older people, including coercive control by adult children.",
                 "Royal Borough of Greenwich - Community Safety Team", ["Royal Borough of Greenwich - Community Safety Team"],
                 "Briefing agreed by DHR Steering Group November 2024", "December 2024", "Completed - briefing issued 9 December 2024 and cascaded through agency safeguarding leads", "Blue", "2024-12", None, "blue"),
                ("Each agency to review its routine enquiry policy and confirm to the DHR Steering Group that it includes older victims.",
                 "All partner agencies", ["All partner agencies"],
                 "8 of 11 agencies have confirmed", "March 2025", "", "Amber", "2025-03", None, "amber"),
            ]),
            ("2. Adult Social Care and the Metropolitan Police should agree a joint approach where a carer is also the alleged perpetrator of abuse.", "Local", [
                ("Develop joint guidance on safeguarding enquiries where the carer is the alleged perpetrator, including when to offer a carer's assessment.",
                 "Royal Borough of Greenwich Adult Social Care and Metropolitan Police (South East BCU)", ["Royal Borough of Greenwich Adult Social Care", "Metropolitan Police (South East BCU)"],
                 "Task and finish group met three times; draft guidance with legal services", "September 2025", "", "Green", "2025-09", None, "green"),
                ("Deliver joint training sessions for police public protection officers and adult social workers.",
                 "Greenwich Safeguarding Adults Board", ["Greenwich Safeguarding Adults Board"],
                 "Dates booked for October and November 2025", "Q3 2025/26", "", "Green", "2025-12", None, "green"),
            ]),
            ("3. Health partners should ensure that GP practices record and act on disclosures of domestic abuse made by carers.", "Local / Regional", [
                ("Roll out the IRIS domestic abuse training and referral programme to the remaining 12 GP practices in Greenwich.",
                 "South East London ICB (Greenwich)", ["South East London ICB (Greenwich)"],
                 "5 practices trained since January 2025", "March 2026", "", "Green", "2026-03", None, "green"),
            ]),
        ]),
        ("Single Agency Recommendations", [
            ("4. Oxleas NHS Foundation Trust should improve the recording of family and caring relationships in mental health assessments.", "Single agency", [
                ("Amend the RiO assessment template to include a mandatory field on who the patient lives with and any caring relationship.",
                 "Oxleas NHS FT - Associate Director of Safeguarding", ["Oxleas NHS FT - Associate Director of Safeguarding"],
                 "Change approved by Clinical Records Group", "Jan 2025", "Completed - template live from 20 January 2025", "Blue", "2025-01", None, "blue"),
                ("Audit 30 assessments to test compliance with the new field.",
                 "Oxleas NHS FT - Associate Director of Safeguarding", ["Oxleas NHS FT - Associate Director of Safeguarding"],
                 "Audit started June 2025; report due August", "July 2025", "", "Amber", "2025-07", None, "amber"),
            ]),
            ("5. Royal Greenwich Housing should use requests for aids and adaptations as an opportunity to ask about safety at home.", "Single agency", [
                ("Add domestic abuse routine enquiry questions to the aids and adaptations assessment form and train occupational therapists in their use.",
                 "Head of Housing Needs / Occupational Therapy Team Manager", ["Head of Housing Needs", "Occupational Therapy Team Manager"],
                 "Questions added April 2025; training delivered to 14 of 19 OTs", "Ongoing", "", "Green", None, "Ongoing", "green"),
            ]),
        ]),
    ]
    cols = ["Recommendation", "Scope of recommendation", "Action to take", "Lead Agency",
            "Key milestones achieved in enacting recommendation", "Target Date", "Date of completion and Outcome", "RAG status"]
    lines = ["Safer Greenwich Partnership: Domestic Homicide Review 'Lena' - Action Plan",
             "Overview report published October 2024. Progress as at 31 July 2025, reported to the Safer Greenwich Partnership Board.",
             "",
             "\t".join(cols)]
    expected = []
    for sec, recs in sections:
        lines.append(sec + "\t" * (len(cols) - 1))
        for rec, scope, acts in recs:
            for i, (act, cell_lead, lead, mil, tgt, comp, rag, end, end_text, status) in enumerate(acts):
                first = i == 0
                lines.append("\t".join([rec if first else "", scope if first else "", act, cell_lead, mil, tgt, comp, rag]))
                e = dict(ref=None, under=[sec, rec], action=act, lead=lead, end=end, status=status)
                if end_text:
                    e["end_text"] = end_text
                expected.append(e)
    lines.append("")
    lines.append("RAG: Blue = completed; Green = on track; Amber = delayed; Red = not progressing")
    with open(out(fname), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    header = dict(
        source=("Imitates a community safety partnership's DHR action plan in the Home Office template (columns "
                "Recommendation, Scope of recommendation, Action to take, Lead Agency, Key milestones achieved, Target "
                "Date, Date of completion and Outcome) with a RAG column added, as London CSPs publish with DHR overview "
                "reports (e.g. Safer Greenwich Partnership DHRs, royalgreenwich.gov.uk); saved from Excel as tab-delimited "
                "text, so merged recommendation cells appear on the first action's line only and section rows carry trailing tabs."),
        reads=("Eight actions under five numbered recommendations, split into Overview Report and Single Agency sections; "
               "actions have no numbers of their own. Leads are agencies or posts; the RAG column gives the status and the "
               "last line is its key."),
        outcome="read",
        accept_refusal=False,
        title="Safer Greenwich Partnership: Domestic Homicide Review 'Lena' - Action Plan",
    )
    write_expected(fname, header, expected)


if __name__ == "__main__":
    leicestershire()
    dorset()
    tameside()
    nottinghamshire()
    gateshead()
    suffolk()
    greenwich()
    print("built 7 cases in", HERE)
