"""Build the seven wg- data files of set heldout541.

Run with /work/main/.venv/bin/python wg_make.py (writes beside this script).
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "band": "1F4E79",
    "head": "DDEBF7",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(colour):
    return PatternFill("solid", start_color=FILL.get(colour, colour), end_color=FILL.get(colour, colour))


def d(y, m, day):
    return dt.datetime(y, m, day)


def put(ws, row, col, value, bold=False, colour=None, fmt=None, white=False):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    c.border = BOX
    if bold or white:
        c.font = Font(bold=bold, color="FFFFFF" if white else None)
    if colour:
        c.fill = fill(colour)
    if fmt:
        c.number_format = fmt
    return c


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. Cheshire West and Chester Council - internal audit recommendations tracker
# ---------------------------------------------------------------------------
def cwac():
    name = "wg-cheshire-west-and-chester-council-internal-audit-recommendations-tracker.xlsx"
    title = "Cheshire West and Chester Council – Internal Audit Recommendations Tracker"
    wb = Workbook()

    # audit, assurance, [(recommendation, [(ref, priority, action, officer, orig, revised, rag, update)])]
    audits = [
        ("Payroll (2024/25)", "Limited", [
            ("Starters, leavers and contract changes should be processed only on receipt of an authorised request, and exception reports should be reviewed every pay period.", [
                ("24/25-06.1", "High",
                 "Introduce a mandatory authorised e-form for all starters, leavers and contract changes, and stop accepting emailed requests.",
                 "HR Operations Manager", d(2025, 3, 31), d(2025, 9, 30), "blue",
                 "Implemented. E-form live from 1 September 2025; evidence verified by Internal Audit in October 2025."),
                ("24/25-06.2", "High",
                 "Payroll Team Leader to review and sign the leavers exception report each month before the pay run is closed, with evidence retained on the payroll SharePoint site.",
                 "Payroll Team Leader", d(2025, 1, 31), None, "blue",
                 "Implemented. Signed reports seen for February to September 2025."),
            ]),
            ("Overpayments should be recorded centrally and recovery action monitored to completion.", [
                ("24/25-06.3", "Medium",
                 "Create a central overpayments log, reconciled monthly to the sundry debtors ledger, and report recovery progress quarterly to the Head of HR.",
                 "Payroll Team Leader / Senior Finance Business Partner", d(2025, 6, 30), d(2025, 12, 31), "amber",
                 "Log created and populated for 2025/26. Reconciliation to the debtors ledger not yet in place; revised date agreed with the Chief Internal Auditor."),
            ]),
        ]),
        ("Cyber Security – Patch Management (2024/25)", "Moderate", [
            ("Critical security patches should be applied within 14 days of release, in line with the Council's Patch Management Standard.", [
                ("24/25-11.1", "High",
                 "Deploy automated patching to all Windows servers through the new endpoint management tool and produce a monthly patch compliance dashboard for the ICT Security Board.",
                 "Head of ICT Infrastructure", d(2025, 7, 31), d(2026, 1, 31), "amber",
                 "Tool procured and live on 60% of servers. Remaining servers depend on the data centre migration; revised date agreed."),
            ]),
            ("Unsupported operating systems should be identified, risk-assessed and either removed or isolated.", [
                ("24/25-11.2", "Medium",
                 "Complete the inventory of end-of-life devices, obtain SIRO risk acceptance for any that must remain in use, and move them to a segregated network.",
                 "Information Security Manager", d(2025, 9, 30), None, "red",
                 "Overdue. Inventory complete (34 devices) but risk acceptance not yet obtained. Escalated to the Chief Digital Officer."),
            ]),
        ]),
        ("Direct Payments (2025/26)", "Limited", [
            ("Direct payment accounts should be audited within the timescales set out in the Direct Payments Policy.", [
                ("25/26-02.1", "High",
                 "Recruit two additional Direct Payments Finance Officers and clear the backlog of overdue account audits, starting with accounts holding balances above £10,000.",
                 "Senior Manager, Adult Social Care Finance", d(2025, 12, 31), None, "green",
                 "Both posts filled from August 2025. Backlog reduced from 212 to 96 accounts."),
            ]),
            ("Unspent balances should be recovered promptly.", [
                ("25/26-02.2", "Medium",
                 "Agree a recovery threshold with the Director of Adult Social Care and Health and recover surplus balances above eight weeks of the care package value.",
                 "Senior Manager, Adult Social Care Finance; Head of Commissioning (Adults)", d(2026, 3, 31), None, "green",
                 "Threshold agreed at DMT on 9 October 2025. Recovery letters being issued."),
            ]),
        ]),
        ("Contract Management – Highways Term Maintenance (2024/25)", "Moderate", [
            ("Contract performance meetings should be minuted and KPI performance reported to the contract board.", [
                ("24/25-14.1", "Medium",
                 "Reinstate monthly contract performance meetings with a standard agenda and minutes, and report the KPI scorecard quarterly to the Highways Contract Board.",
                 "Highways Contract Manager", d(2025, 5, 31), None, "blue",
                 "Implemented. Minutes and Q1 scorecard seen."),
            ]),
            ("Contract variations should be approved in line with the Contract Procedure Rules.", [
                ("24/25-14.2", "Low",
                 "Update the variation approval template to record the delegated authority used, and reissue guidance to highways officers.",
                 "Highways Contract Manager", "Q4 2025/26", None, None,
                 "Not yet due."),
            ]),
        ]),
    ]

    # --- Summary sheet
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Agreed management actions followed up to 31 October 2025 – Audit and Governance Committee, 26 November 2025"
    ws["A4"] = "Summary of actions by priority and RAG status"
    ws["A4"].font = Font(bold=True)
    heads = ["Priority", "Blue – implemented", "Green – on track", "Amber – revised date", "Red – overdue", "Not yet due", "Total"]
    for i, h in enumerate(heads, 1):
        put(ws, 5, i, h, bold=True, colour="head")
    counts = {}
    for _a, _as, recs in audits:
        for _r, acts in recs:
            for a in acts:
                counts.setdefault(a[1], {}).setdefault(a[6], 0)
                counts[a[1]][a[6]] += 1
    r = 6
    tot = [0] * 6
    for pr in ("High", "Medium", "Low"):
        row = [counts.get(pr, {}).get(k, 0) for k in ("blue", "green", "amber", "red", None)]
        row.append(sum(row))
        put(ws, r, 1, pr)
        for j, v in enumerate(row):
            put(ws, r, j + 2, v)
            tot[j] += v
        r += 1
    put(ws, r, 1, "Total", bold=True)
    for j, v in enumerate(tot):
        put(ws, r, j + 2, v, bold=True)
    ws.cell(row=r + 2, column=1, value="Six actions closed since the July 2025 report have been removed from the tracker.")
    widths(ws, [14, 20, 18, 20, 16, 14, 10])

    # --- Tracker sheet
    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:K1")
    ws["A2"] = "Agreed management actions followed up to 31 October 2025 – Audit and Governance Committee, 26 November 2025"
    ws.merge_cells("A2:K2")
    heads = ["Ref", "Audit (year)", "Assurance opinion", "Priority", "Recommendation",
             "Agreed management action", "Responsible officer", "Original target date",
             "Revised target date", "RAG", "Progress update (October 2025)"]
    for i, h in enumerate(heads, 1):
        put(ws, 4, i, h, bold=True, colour="head")
    r = 5
    for audit, assurance, recs in audits:
        a_start = r
        for rec, acts in recs:
            r_start = r
            for ref, pr, action, officer, orig, rev, rag, upd in acts:
                put(ws, r, 1, ref)
                put(ws, r, 2, audit if r == a_start else None)
                put(ws, r, 3, assurance if r == a_start else None)
                put(ws, r, 4, pr)
                put(ws, r, 5, rec if r == r_start else None)
                put(ws, r, 6, action)
                put(ws, r, 7, officer)
                put(ws, r, 8, orig, fmt="dd/mm/yyyy")
                put(ws, r, 9, rev, fmt="dd/mm/yyyy")
                put(ws, r, 10, None, colour=rag)
                put(ws, r, 11, upd)
                r += 1
            if r - r_start > 1:
                ws.merge_cells(start_row=r_start, start_column=5, end_row=r - 1, end_column=5)
        if r - a_start > 1:
            ws.merge_cells(start_row=a_start, start_column=2, end_row=r - 1, end_column=2)
            ws.merge_cells(start_row=a_start, start_column=3, end_row=r - 1, end_column=3)
    ws.cell(row=r + 1, column=1, value="RAG colours are explained on the Key sheet. Where a revised target date has been agreed, progress is measured against the revised date.")
    widths(ws, [12, 24, 12, 10, 40, 48, 26, 13, 13, 7, 44])
    ws.freeze_panes = "A5"

    # --- Key sheet
    ws = wb.create_sheet("Key")
    ws["A1"] = "RAG key"
    ws["A1"].font = Font(bold=True)
    key = [("blue", "Implemented – evidence verified by Internal Audit"),
           ("green", "In progress – on track to meet the target date"),
           ("amber", "In progress – revised target date agreed"),
           ("red", "Overdue – target date passed and not implemented"),
           (None, "No colour – not yet due / not started")]
    for i, (c, txt) in enumerate(key, 2):
        put(ws, i, 1, None, colour=c)
        put(ws, i, 2, txt)
    ws["A8"] = "Priority"
    ws["A8"].font = Font(bold=True)
    pri = [("High", "Fundamental weakness in control; action required within 3 months."),
           ("Medium", "Significant weakness; action required within 6 months."),
           ("Low", "Improvement to control; action required within 12 months.")]
    for i, (p, txt) in enumerate(pri, 9):
        put(ws, i, 1, p)
        put(ws, i, 2, txt)
    widths(ws, [10, 60])
    wb.save(os.path.join(HERE, name))


# ---------------------------------------------------------------------------
# 2. Milton Keynes City Council - Council Plan delivery plan Q2 2025/26
# ---------------------------------------------------------------------------
def mk():
    name = "wg-milton-keynes-city-council-council-plan-delivery-plan-q2-2025-26.xlsx"
    title = "Milton Keynes City Council – Council Plan Annual Delivery Plan 2025/26: Quarter 2 Progress"
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Document control"
    ws["A3"].font = Font(bold=True)
    dc = [("Version", "1.2"), ("Owner", "Head of Policy, Insight and Communications"),
          ("Period covered", "1 July – 30 September 2025"), ("Date", d(2025, 11, 4)),
          ("Reported to", "Cabinet, 2 December 2025")]
    for i, (k, v) in enumerate(dc, 4):
        put(ws, i, 1, k, bold=True, colour="head")
        put(ws, i, 2, v, fmt="dd/mm/yyyy")
    ws["A10"] = "This report sets out progress at the end of Quarter 2 against the key milestones in the 2025/26 Annual Delivery Plan."
    widths(ws, [22, 60])

    ws = wb.create_sheet("Delivery Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    put(ws, 2, 1, "RAG key:", bold=True)
    put(ws, 2, 2, "Complete", colour="blue", white=True)
    put(ws, 2, 3, "Green – on track", colour="green")
    put(ws, 2, 4, "Amber – some slippage, recoverable", colour="amber")
    put(ws, 2, 5, "Red – significant risk to delivery", colour="red")
    heads = ["Ref", "Commitment", "Key milestone / action 2025/26", "Lead Officer", "Portfolio Holder",
             "Due", "Q1 RAG", "Q2 RAG", "Q2 commentary"]
    for i, h in enumerate(heads, 1):
        put(ws, 4, i, h, bold=True, colour="head")
    rag_fill = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    plan = [
        ("Priority 1: A City of Opportunity", [
            ("Deliver more genuinely affordable homes", [
                ("1.1", "Start on site at Coffee Hall and Netherfield regeneration phase 1, delivering the first 120 new council homes.",
                 "Director of Housing and Regeneration", "Cllr R. Bhatt", "Dec-25", "Green", "Amber",
                 "Contractor appointed. Start on site moved from October to December while the final planning conditions are discharged."),
                ("1.2", "Adopt the revised Affordable Housing Supplementary Planning Document following public consultation.",
                 "Director of Planning and Placemaking", "Cllr S. Okafor", "Q4 2025/26", "Green", "Green",
                 "Consultation closed 12 September; 146 responses being analysed."),
            ]),
            ("Help residents into good jobs and skills", [
                ("1.3", "Open the MK Skills Hub at Central Library and enrol 400 adult learners in its first year.",
                 "Director of Growth, Economy and Culture; Head of Adult Skills", "Cllr S. Okafor", "September 2025", "Green", "Complete",
                 "Hub opened 8 September 2025; 133 learners enrolled in the first three weeks."),
            ]),
        ]),
        ("Priority 2: A Greener City", [
            ("Reach net zero carbon as a council by 2030", [
                ("2.1", "Complete the LED street lighting replacement programme on all grid roads.",
                 "Director of Environment and Property", "Cllr J. Whitfield", d(2026, 3, 31), "Amber", "Red",
                 "Supplier has gone into administration. Re-procurement under way; completion now unlikely before summer 2026."),
                ("2.2", "Install 150 additional public electric vehicle charge points in estate car parks.",
                 "Head of Transport Innovation", "Cllr J. Whitfield", "Mar-26", "Green", "Green",
                 "62 charge points installed; remaining sites have grid connection dates."),
            ]),
            ("Improve waste and recycling performance", [
                ("2.3", "Roll out weekly food waste collections to all households.",
                 "Head of Environmental Services", "Cllr J. Whitfield", "Phased – Oct 2025 to Mar 2026", "Green", "Amber",
                 "Phase 1 (32,000 households) went live on 6 October. Delivery of caddies for phase 2 delayed by three weeks."),
            ]),
        ]),
        ("Priority 3: A Fairer and Healthier City", [
            ("Tackle child poverty", [
                ("3.1", "Extend the holiday activities and food programme to the October half-term and Easter holidays.",
                 "Director of Children's Services", "Cllr L. Marsh", "Ongoing", "Green", "Green",
                 "Summer programme reached 5,840 children. October half-term sessions booked."),
                ("3.2", "Publish the Child Poverty Strategy action plan and establish the Child Poverty Partnership Board.",
                 "Director of Public Health / Head of Policy, Insight and Communications", "Cllr L. Marsh", "Q2 2025/26", "Amber", "Complete",
                 "Action plan published 15 September; first Partnership Board met on 29 September."),
            ]),
        ]),
        ("Priority 4: A Well-Run Council", [
            ("Put the council's finances on a sustainable footing", [
                ("4.1", "Deliver the £12.4m savings programme agreed in the 2025/26 budget, with monthly tracking by the Corporate Leadership Team.",
                 "Director of Finance and Resources (S151 Officer)", "Cllr P. Adeyemi", "Mar-26", "Amber", "Amber",
                 "£9.1m forecast to be delivered; mitigations for the £3.3m gap to be agreed at CLT in November."),
            ]),
        ]),
    ]
    r = 5
    for prio, commitments in plan:
        put(ws, r, 1, prio, bold=True, colour="band", white=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for comm, acts in commitments:
            c_start = r
            for ref, action, lead, port, due, q1, q2, comment in acts:
                put(ws, r, 1, ref)
                put(ws, r, 2, comm if r == c_start else None)
                put(ws, r, 3, action)
                put(ws, r, 4, lead)
                put(ws, r, 5, port)
                put(ws, r, 6, due, fmt="dd/mm/yyyy")
                put(ws, r, 7, q1, colour=rag_fill[q1], white=(q1 == "Complete"))
                put(ws, r, 8, q2, colour=rag_fill[q2], white=(q2 == "Complete"))
                put(ws, r, 9, comment)
                r += 1
            if r - c_start > 1:
                ws.merge_cells(start_row=c_start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Q2 summary").font = Font(bold=True)
    summary = [("Complete", 2), ("Green", 3), ("Amber", 3), ("Red", 1), ("Total milestones", 9)]
    for i, (k, v) in enumerate(summary, 1):
        put(ws, r + i, 1, k, colour=rag_fill.get(k))
        put(ws, r + i, 2, v)
    ws.cell(row=r + 7, column=1, value="Note: milestones rated Complete at Q2 will be removed from the Q3 report.")
    widths(ws, [8, 26, 50, 30, 16, 14, 10, 10, 46])
    ws.freeze_panes = "A5"

    ws = wb.create_sheet("Performance Indicators")
    ws["A1"] = "Council Plan performance indicators – Quarter 2 2025/26"
    ws["A1"].font = Font(bold=True)
    heads = ["Indicator", "Target 2025/26", "Q1", "Q2", "RAG"]
    for i, h in enumerate(heads, 1):
        put(ws, 3, i, h, bold=True, colour="head")
    kpis = [("Net additional affordable homes completed", 400, 71, 158, "Green"),
            ("Household waste sent for reuse, recycling or composting (%)", "52%", "49.8%", "50.6%", "Amber"),
            ("Working-age residents claiming out-of-work benefits (%)", "3.5%", "3.9%", "4.0%", "Red"),
            ("Council tax collected in year (%)", "97.5%", "29.1%", "56.8%", "Green")]
    for i, k in enumerate(kpis, 4):
        for j, v in enumerate(k, 1):
            put(ws, i, j, v, colour=rag_fill[v] if j == 5 else None)
    widths(ws, [52, 14, 10, 10, 10])
    wb.save(os.path.join(HERE, name))


# ---------------------------------------------------------------------------
# 3. Swindon Borough Council - strategic risk register 2025/26
# ---------------------------------------------------------------------------
def swindon():
    name = "wg-swindon-borough-council-strategic-risk-register-2025-26.xlsx"
    title = "Swindon Borough Council – Strategic Risk Register 2025/26"
    wb = Workbook()
    ws = wb.active
    ws.title = "Risk Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 review – Corporate Leadership Team 14 October 2025; Audit Committee 19 November 2025"
    heads = ["Risk", "Current score", "Target score", "Direction of travel"]
    for i, h in enumerate(heads, 1):
        put(ws, 4, i, h, bold=True, colour="head")

    def score_col(s):
        return "red" if s >= 15 else ("amber" if s >= 8 else "green")

    # risk, description, owner, controls, L, I, target, trend, [(ref, action, owner, date, rag, update)]
    risks = [
        ("SR01 – Financial resilience and MTFS delivery",
         "Demand pressures in social care and temporary accommodation exceed budget, so the Council cannot set a balanced budget without using reserves.",
         "Director of Finance (S151 Officer)",
         "Monthly budget monitoring to CLT and Cabinet; Budget Delivery Board; reserves strategy.",
         4, 5, 12, "↔", [
             ("SR01.1", "Deliver the 2025/26 savings programme of £9.8m, with monthly RAG tracking of each saving at the Budget Delivery Board.",
              "Director of Finance (S151 Officer)", d(2026, 3, 31), "A",
              "£7.6m on track; £2.2m at risk, mainly home-to-school transport."),
             ("SR01.2", "Refresh the MTFS to 2029/30 and present a balanced draft budget for 2026/27 to Cabinet.",
              "Chief Accountant / Head of Financial Planning", "Feb-26", "G",
              "Draft budget timetable agreed; settlement expected in December."),
         ]),
        ("SR02 – Children's social care demand and placement costs",
         "Rising numbers of children in care and a shortage of local homes lead to high-cost external placements and poorer outcomes.",
         "Corporate Director, Children's Services",
         "Placement Panel; Sufficiency Strategy 2024–27; Edge of Care service.",
         4, 4, 9, "↑", [
             ("SR02.1", "Open the second in-house children's home (Pinehurst) to reduce reliance on external residential placements.",
              "Head of Children's Commissioning", d(2025, 11, 30), "R",
              "Ofsted registration delayed; registered manager post re-advertised. Opening now expected in March 2026."),
             ("SR02.2", "Launch the foster carer recruitment campaign with an enhanced fees and support package.",
              "Head of Fostering and Adoption", d(2025, 6, 30), "B",
              "Campaign launched 2 June 2025; 27 enquiries and 6 assessments started."),
         ]),
        ("SR03 – Cyber attack and loss of critical ICT systems",
         "A successful cyber attack causes loss of systems and data, disrupting services to residents for a prolonged period.",
         "Director of Digital and ICT",
         "Firewalls and endpoint protection; annual penetration test; staff e-learning; offline backups.",
         3, 5, 10, "↔", [
             ("SR03.1", "Achieve Cyber Essentials Plus accreditation across the corporate network.",
              "Head of ICT Security", "Q3 2025/26", "G",
              "Pre-assessment complete; external assessment booked for November."),
             ("SR03.2", "Run a cyber incident exercise with the Corporate Leadership Team and update the ICT disaster recovery plan.",
              "Head of ICT Security; Emergency Planning Manager", d(2026, 1, 31), "G",
              "Exercise scenario drafted with the Local Resilience Forum."),
         ]),
        ("SR04 – Temporary accommodation demand",
         "Homelessness presentations continue to rise, increasing the use of bed and breakfast accommodation and its cost.",
         "Director of Housing",
         "Homelessness prevention team; landlord incentive scheme; weekly B&B review.",
         4, 3, 8, "↑", [
             ("SR04.1", "Purchase 40 additional homes for use as temporary accommodation through the Local Authority Housing Fund.",
              "Head of Housing Strategy", d(2026, 3, 31), "A",
              "19 homes completed; conveyancing delays on a further 11."),
         ]),
        ("SR05 – High Needs Block deficit",
         "The cumulative Dedicated Schools Grant deficit continues to grow once the statutory override ends.",
         "Corporate Director, Children's Services",
         "Delivering Better Value in SEND programme; Schools Forum oversight; DSG management plan.",
         5, 4, 12, "↔", [
             ("SR05.1", "Implement the Delivering Better Value in SEND workstreams and report progress to Schools Forum each term.",
              "Assistant Director, SEND and Inclusion", "Termly", "A",
              "Two of five workstreams behind plan; specialist place review reported to Schools Forum in September."),
         ]),
    ]
    r = 5
    for risk, desc, owner, ctrl, li, im, tgt, trend, acts in risks:
        put(ws, r, 1, risk)
        put(ws, r, 2, li * im, colour=score_col(li * im))
        put(ws, r, 3, tgt, colour=score_col(tgt))
        put(ws, r, 4, trend)
        r += 1
    widths(ws, [58, 14, 14, 18])

    ws = wb.create_sheet("Strategic Risk Register")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:O1")
    ws["A2"] = "Quarter 2 review – Corporate Leadership Team 14 October 2025; Audit Committee 19 November 2025"
    ws.merge_cells("A2:O2")
    # two header rows
    put(ws, 4, 1, "Risk", bold=True, colour="head")
    put(ws, 4, 2, "Description (cause, event, consequence)", bold=True, colour="head")
    put(ws, 4, 3, "Risk owner", bold=True, colour="head")
    put(ws, 4, 4, "Key controls in place", bold=True, colour="head")
    put(ws, 4, 5, "Current risk", bold=True, colour="head")
    ws.merge_cells("E4:G4")
    put(ws, 4, 8, "Target score", bold=True, colour="head")
    put(ws, 4, 9, "Direction of travel", bold=True, colour="head")
    put(ws, 4, 10, "Further actions", bold=True, colour="head")
    ws.merge_cells("J4:O4")
    sub = {5: "L", 6: "I", 7: "Score", 10: "Ref", 11: "Further action required", 12: "Action owner",
           13: "Target date", 14: "Action RAG", 15: "Q2 update"}
    for col in range(1, 16):
        put(ws, 5, col, sub.get(col), bold=True, colour="head")
    for col in (1, 2, 3, 4, 8, 9):
        ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    rag_fill = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
    r = 6
    for risk, desc, owner, ctrl, li, im, tgt, trend, acts in risks:
        start = r
        for ref, action, aowner, date, rag, upd in acts:
            if r == start:
                put(ws, r, 1, risk, bold=True)
                put(ws, r, 2, desc)
                put(ws, r, 3, owner)
                put(ws, r, 4, ctrl)
                put(ws, r, 5, li)
                put(ws, r, 6, im)
                put(ws, r, 7, li * im, colour=score_col(li * im))
                put(ws, r, 8, tgt, colour=score_col(tgt))
                put(ws, r, 9, trend)
            else:
                for col in range(1, 10):
                    put(ws, r, col, None)
            put(ws, r, 10, ref)
            put(ws, r, 11, action)
            put(ws, r, 12, aowner)
            put(ws, r, 13, date, fmt="dd/mm/yyyy")
            put(ws, r, 14, rag, colour=rag_fill[rag], white=(rag == "B"))
            put(ws, r, 15, upd)
            r += 1
        if r - start > 1:
            for col in range(1, 10):
                ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="Scoring: Likelihood (L) x Impact (I), each 1–5. 15–25 red; 8–12 amber; 1–6 green.")
    ws.cell(row=r + 1, column=1, value="Action RAG: B = complete; G = on track; A = some delay, within tolerance; R = off track, escalated to CLT.")
    ws.cell(row=r + 2, column=1, value="Direction of travel: ↑ risk increasing; ↔ no change; ↓ risk reducing.")
    widths(ws, [30, 40, 24, 36, 5, 5, 7, 9, 11, 8, 46, 28, 13, 9, 40])
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, name))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), FILL.get(colour, colour))
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n") if text else [""]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.8))


# ---------------------------------------------------------------------------
# 4. Barnet Safeguarding Children Partnership - LCSPR Child S action plan
# ---------------------------------------------------------------------------
def barnet():
    name = "wg-barnet-safeguarding-children-partnership-lcspr-child-s-action-plan.docx"
    doc = docx.Document()
    landscape(doc)
    doc.add_heading("Local Child Safeguarding Practice Review: Child S – Multi-Agency Action Plan", level=0)
    doc.add_paragraph("Barnet Safeguarding Children Partnership (BSCP) – Learning and Improvement Sub-group")

    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Changes"]):
        cell_text(c, h, bold=True)
    for row in [("1.0", "21/11/2024", "BSCP Business Manager", "Agreed by BSCP Executive"),
                ("2.0", "10/04/2025", "BSCP Business Manager", "Q4 2024/25 progress added"),
                ("3.0", "09/10/2025", "BSCP Business Manager", "Q2 2025/26 progress added")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            cell_text(c, v)

    doc.add_paragraph().add_run("RAG key").bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for colour, word, meaning in [("blue", "Complete", "Action complete and evidence of impact seen"),
                                  ("green", "Green", "On track"),
                                  ("amber", "Amber", "Some slippage; recovery plan in place"),
                                  ("red", "Red", "Not progressing; escalated to the BSCP Executive")]:
        cells = t.add_row().cells
        cell_text(cells[0], word)
        shade(cells[0], colour)
        cell_text(cells[1], meaning)

    doc.add_heading("Background", level=1)
    doc.add_paragraph(
        "Child S was seven weeks old when admitted to hospital with serious non-accidental injuries in 2023. "
        "The review was published in November 2024 and made four recommendations. This plan sets out how "
        "partners will respond to them. Progress is reported to the Learning and Improvement Sub-group each quarter.")

    themes = [
        ("Learning Theme 1: Seeing the adults around the child", [
            ("Recommendation 1",
             "BSCP partners should be assured that practitioners explore and record the role of all adults living in or visiting the household, including new partners, when assessing risk to a child.",
             [("1a", "Revise the BSCP ‘Who’s in the house?’ practice guidance and relaunch it through the multi-agency briefing programme.",
               "BSCP Business Manager", "March 2025",
               "Guidance relaunched 4 March 2025; 212 practitioners attended briefings.", "Complete", None),
              ("1b", "Audit 20 child and family assessments to test whether household composition and the histories of adults are recorded and analysed.",
               "Head of Quality Assurance, Family Services", "30/06/2025",
               "Audit completed in June; 14 of 20 assessments met the standard. Re-audit planned.", "", "green"),
              ("1c", "Add a prompt on new or unknown adults to the health visiting and school nursing contact templates.",
               "Named Nurse Safeguarding Children, CLCH / Designated Nurse Safeguarding Children, NCL ICB", "Q1 2025/26",
               "Template change approved; awaiting the SystmOne release.", "Amber", None)]),
        ]),
        ("Learning Theme 2: Information sharing at the front door", [
            ("Recommendation 2",
             "MASH partners should review how police domestic abuse notifications involving a pregnant woman or a child under one are shared with midwifery and health visiting.",
             [("2a", "Agree a joint protocol for notifying midwifery and health visiting of all police domestic abuse incidents where the victim is pregnant or has a baby under 12 months.",
               "Detective Chief Inspector, Public Protection, North West BCU; MASH Head of Service", "April 2025",
               "Protocol signed off by the MASH Strategic Board on 17 April 2025.", "Green", None),
              ("2b", "Dip-sample 30 notifications three months after the protocol goes live and report the findings to the Learning and Improvement Sub-group.",
               "MASH Head of Service", "Sept 2025",
               "Dip-sample under way; report delayed to the December sub-group.", "", "amber")]),
            ("Recommendation 3",
             "Barnet Family Services and the ICB should ensure that a missed health appointment for a child on a child protection plan is shared with the allocated social worker within one working day.",
             [("3a", "Update the ‘Was Not Brought’ policy for children’s community health services to require notification to the allocated social worker within one working day.",
               "Designated Nurse Safeguarding Children, NCL ICB", "31 July 2025",
               "Policy revised and out for consultation with providers.", "Green", None)]),
        ]),
        ("Learning Theme 3: Embedding the learning", [
            ("Recommendation 4",
             "The BSCP should disseminate the learning from this review and test its impact on practice within twelve months.",
             [("4a", "Publish a seven-minute briefing on Child S and hold two multi-agency learning events for practitioners.",
               "BSCP Learning and Development Officer", "Jan – Feb 2025",
               "Briefing published 20 January; events held 6 and 25 February 2025.", "Complete", None),
              ("4b", "Re-audit practice against the findings of the review through the multi-agency case file audit programme and report to the BSCP Executive.",
               "BSCP Independent Scrutineer", "December 2025",
               "", "", None)]),
        ]),
    ]
    heads = ["Ref", "Action", "Lead", "Timescale", "Progress / evidence of impact", "RAG"]
    col_w = [Cm(1.3), Cm(8.0), Cm(5.0), Cm(2.8), Cm(7.0), Cm(2.0)]
    for theme, recs in themes:
        doc.add_heading(theme, level=1)
        for rec_no, rec_text, acts in recs:
            doc.add_paragraph().add_run(rec_no).bold = True
            doc.add_paragraph(rec_text)
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            for c, h, w in zip(t.rows[0].cells, heads, col_w):
                cell_text(c, h, bold=True)
                shade(c, "head")
                c.width = w
            for ref, action, lead, when, prog, rag, rag_fill in acts:
                cells = t.add_row().cells
                for c, v, w in zip(cells, [ref, action, lead, when, prog, rag], col_w):
                    cell_text(c, v)
                    c.width = w
                colour = rag_fill or {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}.get(rag)
                if colour:
                    shade(cells[5], colour)
            doc.add_paragraph()

    doc.add_heading("Sign-off", level=1)
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Agreed by", "Name / role", "Date"]):
        cell_text(c, h, bold=True)
    for c, v in zip(t.rows[1].cells, ["BSCP Executive", "Independent Chair and the three statutory safeguarding partners", "21 November 2024"]):
        cell_text(c, v)
    doc.save(os.path.join(HERE, name))


# ---------------------------------------------------------------------------
# 5. Southend-on-Sea City Council - Ofsted focused visit action plan
# ---------------------------------------------------------------------------
def southend():
    name = "wg-southend-on-sea-city-council-ofsted-focused-visit-action-plan.docx"
    doc = docx.Document()
    landscape(doc)
    doc.add_heading("Ofsted Focused Visit – Children in Care: Action Plan", level=0)
    doc.add_paragraph("Southend-on-Sea City Council, Children’s Services. Visit dates: 23 and 24 March 2022. Letter published: 3 May 2022.")
    doc.add_paragraph("Plan owner: Executive Director (Children and Public Health). Version 2 – July 2022 update for the Children’s Services Improvement Board.")
    doc.add_paragraph(
        "Inspectors found that leaders have strengthened services for children in care since the last inspection. "
        "They identified the following areas for improvement:")
    areas = [
        "The availability of suitable long-term homes for children in care, particularly for older children and those with complex needs.",
        "The timeliness of permanence planning, including the formal matching of children to long-term foster carers.",
        "The consistency of management oversight and supervision so that children’s plans progress without delay.",
    ]
    for a in areas:
        doc.add_paragraph(a, style="List Number")

    doc.add_paragraph().add_run("RAG rating used in this plan").bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, (txt, colour) in zip(t.rows[0].cells, [("B – Complete", "blue"), ("G – On track", "green"),
                                                   ("A – Some delay / at risk", "amber"), ("R – Off track", "red")]):
        cell_text(c, txt)
        shade(c, colour)
    doc.add_paragraph()

    acts = [
        (0, "1.1", "Publish an updated Placement Sufficiency Strategy 2022–25 with a costed plan to increase the number of in-house foster carers by 20.",
         "Head of Commissioning (Children)", "Sept 2022", "Strategy approved by Cabinet; net gain of in-house carers reported quarterly.", "G"),
        (0, "1.2", "Launch a targeted recruitment campaign for foster carers for teenagers and sibling groups, with a supported lodgings offer for 16–17 year olds.",
         "Fostering Service Manager", "Oct 2022", "Number of approved carers for teenagers and sibling groups.", "A"),
        (0, "1.3", "Work with the Essex, Southend and Thurrock commissioning partnership to commission two local solo-placement children’s homes.",
         "Head of Commissioning (Children) / Group Manager, Children in Care", "March 2023", "Fewer children placed more than 20 miles from Southend.", "A"),
        (1, "2.1", "Introduce a monthly Permanence Tracking Panel, chaired by the Head of Service, to review every child in care without a confirmed permanence plan by the second review.",
         "Head of Service, Children in Care and Care Leavers", "June 2022", "All children have a permanence plan at the second review.", "B"),
        (1, "2.2", "Complete long-term matching for the 18 children identified during the visit as living with foster carers without a formal match.",
         "Fostering Service Manager; Independent Reviewing Service Manager", "31/12/2022", "18 of 18 matches approved at Fostering Panel.", "G"),
        (1, "2.3", "Make sure every child in care has a Personal Education Plan reviewed in the term before any planned move of home.",
         "Virtual School Headteacher", "Autumn term 2022", "PEP completion and quality audit results.", "G"),
        (2, "3.1", "Revise the supervision policy and template so that each record sets actions with timescales and reviews the actions from the previous session.",
         "Principal Social Worker", "July 2022", "Supervision audit shows actions reviewed in 90% of records.", "B"),
        (2, "3.2", "Carry out a thematic audit of management oversight in the children in care teams and report the findings to the Improvement Board.",
         "Head of Quality Assurance and Safeguarding", "Nov 2022", "Audit report and resulting actions.", ""),
    ]
    heads = ["No.", "Area for improvement", "Action", "Lead officer", "By when", "How we will know", "RAG"]
    col_w = [Cm(1.2), Cm(5.0), Cm(7.5), Cm(4.5), Cm(2.6), Cm(4.6), Cm(1.4)]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for c, h, w in zip(t.rows[0].cells, heads, col_w):
        cell_text(c, h, bold=True)
        shade(c, "head")
        c.width = w
    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    first_row_of = {}
    for area_i, ref, action, lead, when, measure, rag in acts:
        row = t.add_row()
        cells = row.cells
        vals = [ref, areas[area_i] if area_i not in first_row_of else "", action, lead, when, measure, rag]
        for c, v, w in zip(cells, vals, col_w):
            cell_text(c, v)
            c.width = w
        if rag:
            shade(cells[6], rag_fill[rag])
        first_row_of.setdefault(area_i, len(t.rows) - 1)
    # vertical merge of the area cells
    last = {}
    for area_i, *_ in acts:
        last[area_i] = last.get(area_i, 0) + 1
    for area_i, first in first_row_of.items():
        n = last[area_i]
        if n > 1:
            top = t.cell(first, 1)
            bottom = t.cell(first + n - 1, 1)
            merged = top.merge(bottom)
            cell_text(merged, areas[area_i])
    doc.add_paragraph()
    doc.add_paragraph("Progress against this plan is reported monthly to the Children’s Services Improvement Board and quarterly to the People Scrutiny Committee.")
    doc.save(os.path.join(HERE, name))


# ---------------------------------------------------------------------------
# 6. Trafford Health and Wellbeing Board - action log (CSV export)
# ---------------------------------------------------------------------------
def trafford():
    import csv
    import io
    name = "wg-trafford-health-and-wellbeing-board-action-log.csv"
    rows = [
        ["Trafford Health and Wellbeing Board – Action Log", "", "", "", "", "", "", ""],
        ["Last updated: 05/12/2025", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["No.", "Meeting date", "Agenda item", "Action", "Lead", "Due date", "RAG", "Update"],
        ["HWB-45", "19/06/2025", "Joint Strategic Needs Assessment 2025",
         "Circulate the draft JSNA chapter on children and young people's mental health to Board members for comment before publication.",
         "Director of Public Health", "31/07/2025", "Complete", "Circulated 15 July; comments incorporated."],
        ["HWB-46", "19/06/2025", "Better Care Fund Plan 2025-26",
         "Provide a breakdown of hospital discharge activity funded through the BCF by neighbourhood.",
         "Head of Integrated Commissioning / Locality Finance Lead", "Sep-25", "Complete", "Breakdown circulated with the September papers."],
        ["HWB-47", "19/06/2025", "Healthwatch Trafford Annual Report",
         "Share the findings of the GP access survey with the Locality Board and Primary Care Network clinical directors.",
         "Healthwatch Trafford Manager", "Oct-25", "Green", "On the Locality Board agenda for 23 October."],
        ["HWB-48", "18/09/2025", "Tobacco Control – Smokefree Trafford",
         "Report smoking at time of delivery rates by ward to the next meeting, with a comparison to the Greater Manchester average.",
         "Consultant in Public Health (Healthy Lives)", "04/12/2025", "Amber", "Ward-level data from the maternity provider delayed; now expected in January."],
        ["HWB-49", "18/09/2025", "Tobacco Control – Smokefree Trafford",
         "Chair to write to Trading Standards North West supporting additional enforcement against illicit vape sales.",
         "Chair of the Board", "31/10/2025", "Complete", "Letter sent 8 October."],
        ["HWB-50", "18/09/2025", "Healthy Weight Strategy",
         "Map current tier 2 weight management provision for children and identify gaps in the north of the borough.\nReport back with options for a Board decision.",
         "Mark Connolly and Priya Sandhu", "Jan-26", "Green", "Mapping complete; options paper being drafted."],
        ["HWB-51", "18/09/2025", "Board development",
         "Arrange a development session on the refreshed Health and Wellbeing Strategy priorities for new Board members.",
         "Democratic Services Officer", "Ongoing", "Amber", "Date not yet agreed with the Chair."],
        ["HWB-52", "04/12/2025", "Winter resilience",
         "Share the locality winter plan escalation contacts with all Board member organisations.",
         "Deputy Place Lead for Health and Care Integration", "12/12/2025", "Not started", ""],
        ["", "", "", "", "", "", "", ""],
        ["Actions reported as Complete are removed from the log after the following meeting.", "", "", "", "", "", "", ""],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(rows)
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Stoke-on-Trent Safer City Partnership - DHR action plan (tab-separated text)
# ---------------------------------------------------------------------------
def stoke():
    name = "wg-stoke-on-trent-safer-city-partnership-dhr-lorraine-action-plan-typo-month-refuse.txt"
    head = ["Recommendation", "Scope of recommendation", "Action to take", "Lead agency",
            "Key milestones achieved in enacting recommendation", "Target date", "Date of completion and outcome"]
    rows = [
        ["1. All agencies should ensure that frontline staff routinely ask about domestic abuse when an adult presents with a head injury or unexplained bruising.",
         "Local", "Add routine enquiry prompts to the emergency department triage record and the GP injury template.",
         "University Hospitals of North Midlands NHS Trust; Staffordshire and Stoke-on-Trent ICB",
         "Triage prompt live in ED from October 2024.", "Sept 2024", "Completed 14/10/2024 – audit shows 78% compliance."],
        ["", "", "Deliver domestic abuse routine enquiry training to practice nurses and reception staff in the GP practices that had contact with Lorraine.",
         "Staffordshire and Stoke-on-Trent ICB", "Four of six practices trained.", "March 2025", ""],
        ["2. Adult Social Care and Housing should share information when an adult with care and support needs is living with a person known to use violence.",
         "Local", "Agree an information-sharing pathway between Adult Social Care and Housing Solutions for cases heard at MARAC.",
         "Stoke-on-Trent City Council – Adult Social Care", "Draft pathway discussed at DHR Standing Panel, December 2024.", "Febuary 2025", ""],
        ["", "", "Include the pathway in the MARAC operating protocol and brief MARAC representatives.",
         "MARAC Coordinator", "", "April 2025", ""],
        ["3. The Home Office should consider how the learning from this review about older victims of domestic abuse can be included in national guidance.",
         "National", "Safer City Partnership Chair to write to the Home Office DHR team sharing the learning from this review.",
         "Stoke-on-Trent Safer City Partnership", "Letter drafted.", "Jan 2025", "Letter sent 09/12/2024; response awaited."],
        ["4. Staffordshire Police should ensure that officers attending a domestic abuse incident involving an adult over 60 complete the DASH risk assessment in full.",
         "Local", "Issue a briefing to response officers and add a supervisory check of DASH completion for victims aged over 60.",
         "Staffordshire Police – Public Protection Unit", "Briefing issued October 2024; supervisory check live.", "Oct 2024", "Completed 31/10/2024."],
    ]
    lines = [
        "Stoke-on-Trent Safer City Partnership – Domestic Homicide Review 'Lorraine': Action Plan",
        "Monitored by the DHR Standing Panel. Last reviewed: 21 January 2025",
        "",
        "\t".join(head),
    ]
    lines += ["\t".join(r) for r in rows]
    lines += ["", "Actions are closed only when evidence of completion has been accepted by the DHR Standing Panel."]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    cwac()
    mk()
    swindon()
    barnet()
    southend()
    trafford()
    stoke()
    print("built 7 files in", HERE)
