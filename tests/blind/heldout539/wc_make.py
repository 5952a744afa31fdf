"""Build the seven wc- blind test files of set heldout539.

Run with /work/main/.venv/bin/python wc_make.py (from any directory).
Each action below carries, besides the cell text written into the file, the
reading a person makes of it (x_* keys); the .expected.yaml files were written
from that reading.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm
from docx.enum.section import WD_ORIENT
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# 1. Newcastle City Council - internal audit agreed actions follow-up (xlsx)
# ---------------------------------------------------------------------------
NEWCASTLE_FILE = "wc-newcastle-city-council-internal-audit-recommendations-tracker.xlsx"
NEWCASTLE_TITLE = "Internal Audit – Agreed Management Actions Follow-up Schedule (Q2 2025/26)"
NEWCASTLE = [
    {
        "group": "Payroll 2024/25 – Limited Assurance",
        "recs": [
            {
                "rec": "Starter and leaver forms should be authorised by the employee's line manager before they are processed, and evidence of authorisation should be retained.",
                "actions": [
                    dict(ref="PAY/01a",
                         action="Issue a reminder to all managers through the Managers' Briefing that starter and leaver forms must be authorised in iTrent before submission to Payroll.",
                         priority="High", lead="HR Operations Manager", orig=D(2025, 3, 31), rev=D(2025, 6, 30), rag="B",
                         update="Reminder issued 7 April 2025. Internal Audit sample testing in July 2025 found all 25 leavers tested had been authorised.",
                         x_lead=["HR Operations Manager"], x_end="2025-06", x_status="blue"),
                    dict(ref="PAY/01b",
                         action="Introduce a monthly exception report of leavers paid after their termination date, to be reviewed and signed off by the Payroll Team Leader.",
                         priority="High", lead="Payroll Team Leader", orig=D(2025, 6, 30), rev=D(2025, 12, 31), rag="A",
                         update="Report specification agreed with ICT; build delayed by the iTrent upgrade. First report expected with the December 2025 payroll.",
                         x_lead=["Payroll Team Leader"], x_end="2025-12", x_status="amber"),
                ],
            },
            {
                "rec": "Overpayments of salary should be recovered promptly and escalated where agreed repayment plans are not kept to.",
                "actions": [
                    dict(ref="PAY/02",
                         action="Revise the overpayment recovery procedure to include escalation to Legal Services for debts over £1,000 that remain unrecovered after 90 days.",
                         priority="Medium", lead="Payroll Team Leader / Senior Solicitor (Litigation)", orig=D(2025, 6, 30), rev=None, rag="R",
                         update="No update received by the deadline for this report.",
                         x_lead=["Payroll Team Leader", "Senior Solicitor (Litigation)"], x_end="2025-06", x_status="red"),
                ],
            },
        ],
    },
    {
        "group": "Disabled Facilities Grants 2024/25 – Reasonable Assurance",
        "recs": [
            {
                "rec": "Grant approvals above £30,000 should be subject to a documented second-officer check before the approval letter is issued.",
                "actions": [
                    dict(ref="DFG/01",
                         action="Introduce a second-officer check form for approvals above £30,000 and add it to the case management checklist in Uniform.",
                         priority="Medium", lead="Home Improvement Agency Manager", orig=D(2025, 7, 31), rev=None, rag="B",
                         update="Checklist amended; form in use since 1 August 2025.",
                         x_lead=["Home Improvement Agency Manager"], x_end="2025-07", x_status="blue"),
                ],
            },
            {
                "rec": "Capital spend on DFGs should be reconciled monthly between Uniform and the general ledger.",
                "actions": [
                    dict(ref="DFG/02",
                         action="Carry out a monthly reconciliation of DFG commitments and spend between Uniform and Oracle, with variances investigated and reported to the Capital Programme Board.",
                         priority="Medium", lead="Home Improvement Agency Manager and Senior Accountant (Capital)", orig="Q3 2025/26", rev=None, rag="G",
                         update="Reconciliations for July and August completed; procedure note being written.",
                         x_lead=["Home Improvement Agency Manager", "Senior Accountant (Capital)"], x_end="2025-12", x_status="green"),
                ],
            },
        ],
    },
    {
        "group": "Cyber Security – Patch Management 2025/26 – Limited Assurance",
        "recs": [
            {
                "rec": "Critical and high-severity security patches should be applied to servers within the timescales set in the Patch Management Policy, and any exceptions recorded.",
                "actions": [
                    dict(ref="CYB/01",
                         action="Implement automated patch compliance reporting for all Windows servers, with a weekly exceptions report to the Infrastructure Change Advisory Board.",
                         priority="High", lead="Head of ICT Infrastructure", orig=D(2025, 10, 31), rev=None, rag="G",
                         update="Reporting tool configured; pilot running on 40% of the server estate.",
                         x_lead=["Head of ICT Infrastructure"], x_end="2025-10", x_status="green"),
                    dict(ref="CYB/02",
                         action="Establish a risk acceptance register for systems that cannot be patched within policy timescales, approved by the Senior Information Risk Owner.",
                         priority="High", lead="Information Security Manager", orig=D(2026, 1, 31), rev=None, rag="G",
                         update="Draft register template prepared for SIRO review.",
                         x_lead=["Information Security Manager"], x_end="2026-01", x_status="green"),
                ],
            },
        ],
    },
    {
        "group": "Section 106 Agreements 2023/24 – Limited Assurance",
        "recs": [
            {
                "rec": "All Section 106 obligations should be recorded on a single monitoring system, with trigger points and expiry dates tracked.",
                "actions": [
                    dict(ref="S106/04",
                         action="Migrate the remaining legacy S106 spreadsheets onto the Exacom monitoring system and set up automated alerts for trigger points and expiry dates.",
                         priority="High", lead="Planning Obligations Officer", orig=D(2024, 12, 31), rev=D(2026, 3, 31), rag="A",
                         update="Cleansing of 2012–2016 agreements continuing. Second revised date agreed by the Director of Regeneration, Economy and Culture.",
                         x_lead=["Planning Obligations Officer"], x_end="2026-03", x_status="amber"),
                ],
            },
        ],
    },
]

RAG_FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def thin_border():
    s = Side(style="thin", color="808080")
    return Border(left=s, right=s, top=s, bottom=s)


def make_newcastle():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    bold = Font(bold=True)
    ws["A1"] = "Newcastle City Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internal Audit – Follow-up of Agreed Management Actions"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Position as at 30 September 2025 – Audit Committee, 12 November 2025"
    heads = ["Priority", "Actions followed up", "Implemented (B)", "On track (G)", "Revised date agreed (A)", "Overdue (R)"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = bold
        cell.fill = PatternFill("solid", fgColor=GREY)
        cell.border = thin_border()
    counts = {}
    for g in NEWCASTLE:
        for r in g["recs"]:
            for a in r["actions"]:
                counts.setdefault(a["priority"], {"B": 0, "G": 0, "A": 0, "R": 0})
                counts[a["priority"]][a["rag"]] += 1
    row = 6
    tot = {"B": 0, "G": 0, "A": 0, "R": 0}
    for p in ["High", "Medium"]:
        c = counts[p]
        vals = [p, sum(c.values()), c["B"], c["G"], c["A"], c["R"]]
        for k in tot:
            tot[k] += c[k]
        for ci, v in enumerate(vals, 1):
            ws.cell(row=row, column=ci, value=v).border = thin_border()
        row += 1
    vals = ["Total", sum(tot.values()), tot["B"], tot["G"], tot["A"], tot["R"]]
    for ci, v in enumerate(vals, 1):
        cell = ws.cell(row=row, column=ci, value=v)
        cell.font = bold
        cell.border = thin_border()
    ws["A10"] = "RAG key"
    ws["A10"].font = bold
    key = [("B", "Implemented – verified by Internal Audit"),
           ("G", "Not yet due – on track for the agreed date"),
           ("A", "Revised target date agreed by the Director"),
           ("R", "Overdue – no revised date agreed or no update received")]
    for i, (k, txt) in enumerate(key):
        c = ws.cell(row=11 + i, column=1, value=k)
        c.fill = PatternFill("solid", fgColor=RAG_FILL[k])
        c.alignment = Alignment(horizontal="center")
        ws.cell(row=11 + i, column=2, value=txt)
    ws.column_dimensions["A"].width = 14
    for col in "BCDEF":
        ws.column_dimensions[col].width = 20

    ws2 = wb.create_sheet("Agreed Actions")
    ws2["A1"] = NEWCASTLE_TITLE
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = ("Only actions open at 31 March 2025 or falling due since are shown. Low priority actions are "
                 "followed up by services and are not reported to Committee.")
    ws2["A2"].font = Font(italic=True)
    heads = ["Ref", "Recommendation", "Agreed management action", "Priority", "Responsible officer",
             "Original target date", "Revised target date", "RAG", "Management update (September 2025)"]
    for c, h in enumerate(heads, 1):
        cell = ws2.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor=NAVY)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = thin_border()
    row = 5
    wrap = Alignment(wrap_text=True, vertical="top")
    for g in NEWCASTLE:
        ws2.cell(row=row, column=1, value=g["group"]).font = Font(bold=True)
        ws2.cell(row=row, column=1).fill = PatternFill("solid", fgColor="D9E1F2")
        ws2.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        row += 1
        for r in g["recs"]:
            first = row
            for a in r["actions"]:
                ws2.cell(row=row, column=1, value=a["ref"])
                if row == first:
                    ws2.cell(row=row, column=2, value=r["rec"])
                ws2.cell(row=row, column=3, value=a["action"])
                ws2.cell(row=row, column=4, value=a["priority"])
                ws2.cell(row=row, column=5, value=a["lead"])
                for col, v in ((6, a["orig"]), (7, a["rev"])):
                    c = ws2.cell(row=row, column=col, value=v)
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                rc = ws2.cell(row=row, column=8, value=a["rag"])
                rc.fill = PatternFill("solid", fgColor=RAG_FILL[a["rag"]])
                rc.alignment = Alignment(horizontal="center", vertical="top")
                ws2.cell(row=row, column=9, value=a["update"])
                for col in range(1, 10):
                    cc = ws2.cell(row=row, column=col)
                    cc.border = thin_border()
                    if col != 8:
                        cc.alignment = wrap
                a["x_row"] = row
                row += 1
            if row - first > 1:
                ws2.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
    row += 1
    ws2.cell(row=row, column=1, value="Note: actions rated B have been verified as implemented and will be removed from the schedule after this Committee.").font = Font(italic=True)
    widths = [10, 40, 50, 10, 28, 14, 14, 7, 45]
    for i, w in enumerate(widths):
        ws2.column_dimensions[chr(65 + i)].width = w
    ws2.freeze_panes = "A5"
    wb.save(os.path.join(HERE, NEWCASTLE_FILE))


# ---------------------------------------------------------------------------
# 2. Central Bedfordshire Council - corporate risk register (xlsx)
# ---------------------------------------------------------------------------
CBC_FILE = "wc-central-bedfordshire-council-corporate-risk-register-q2-2025-26.xlsx"
CBC_TITLE = "Corporate Risk Register – Quarter 2 2025/26"
STATUS_FILL = {"On track": GREEN, "Behind schedule": AMBER, "Off track": RED, "Complete": BLUE}
CBC = [
    dict(risk="CR01 – Financial sustainability",
         desc=("Cause: rising demand in adult social care, children's placements and home to school transport, "
               "with inflation on major contracts.\nEvent: the Council cannot set a balanced budget across the MTFP period.\n"
               "Consequence: unplanned use of reserves, service reductions and, in the worst case, a section 114 notice."),
         owner="Director of Resources (S151 Officer)", inherent=25, controls=(
             "Medium Term Financial Plan refreshed annually; monthly budget monitoring to CMT and the Executive; "
             "efficiency programme tracked by the Transformation Board."), current=20, dot="↔", target=12,
         actions=[
             dict(action="Deliver the 2025/26 efficiency programme of £14.2m, with monthly tracking of delivery and mitigations for savings at risk.",
                  owner="Head of Financial Planning", date=D(2026, 3, 31), status="Behind schedule",
                  x_lead=["Head of Financial Planning"], x_end="2026-03", x_status="amber"),
             dict(action="Prepare the 2026/27 budget and MTFP 2026–2030 for Council approval, including a refreshed reserves strategy.",
                  owner="Director of Resources (S151 Officer)", date="Feb-26", status="On track",
                  x_lead=["Director of Resources (S151 Officer)"], x_end="2026-02", x_status="green"),
         ]),
    dict(risk="CR04 – High Needs Block deficit",
         desc=("Cause: growth in EHC plans and reliance on independent specialist placements.\nEvent: the Dedicated Schools Grant "
               "High Needs Block deficit continues to grow after the statutory override ends.\nConsequence: the deficit falls on the "
               "General Fund and threatens the Council's financial position."),
         owner="Director of Children's Services", inherent=25, controls=(
             "DSG management plan agreed with the DfE; Schools Forum oversight; SEND Sufficiency Strategy 2024–2029."),
         current=20, dot="↔", target=15,
         actions=[
             dict(action="Implement the Delivering Better Value in SEND grant programme, including the early language support offer in mainstream schools.",
                  owner="Head of SEND and Inclusion", date=D(2025, 8, 31), status="Complete",
                  x_lead=["Head of SEND and Inclusion"], x_end="2025-08", x_status="blue"),
             dict(action="Open the new special free school in Houghton Regis and two additional resourced provisions, reducing reliance on independent placements.",
                  owner="Assistant Director Education / Head of School Organisation and Capital Planning", date="Sept 2026", status="On track",
                  x_lead=["Assistant Director Education", "Head of School Organisation and Capital Planning"], x_end="2026-09", x_status="green"),
         ]),
    dict(risk="CR07 – Cyber security and information resilience",
         desc=("Cause: increasing volume and sophistication of cyber attacks on local government, and legacy systems.\nEvent: a "
               "successful ransomware or data exfiltration attack.\nConsequence: loss of critical services, data breach and ICO action."),
         owner="Director of Resources (S151 Officer)", inherent=25, controls=(
             "Cyber Assessment Framework self-assessment; PSN compliance; mandatory cyber training; 24/7 security operations centre."),
         current=16, dot="↑", target=12,
         actions=[
             dict(action="Complete the migration of the remaining on-premise servers to the Azure tenancy and decommission the Priory House data centre.",
                  owner="Chief Information Officer", date="Q4 2025/26", status="Behind schedule",
                  x_lead=["Chief Information Officer"], x_end="2026-03", x_status="amber"),
             dict(action="Run a cyber incident exercise with CMT and the Local Resilience Forum and update the ICT Disaster Recovery Plan with the lessons identified.",
                  owner="Head of ICT Security; Emergency Planning Manager", date=D(2025, 12, 31), status="Off track",
                  x_lead=["Head of ICT Security", "Emergency Planning Manager"], x_end="2025-12", x_status="red"),
         ]),
    dict(risk="CR11 – Adult social care market sustainability",
         desc=("Cause: workforce shortages and rising costs for care providers.\nEvent: provider failure or withdrawal of nursing "
               "and dementia capacity.\nConsequence: delayed hospital discharge and unmet eligible needs."),
         owner="Director of Social Care, Health and Housing", inherent=20, controls=(
             "Market Position Statement; provider quality and finance monitoring; Fair Cost of Care uplifts."),
         current=15, dot="↓", target=10,
         actions=[
             dict(action="Commission additional nursing dementia capacity through the Care Home Framework re-tender and monitor provider financial health quarterly.",
                  owner="Assistant Director, Commissioning and Partnerships (Adults)", date="Ongoing", status="On track",
                  x_lead=["Assistant Director, Commissioning and Partnerships (Adults)"], x_end=None, x_end_text="Ongoing", x_status="green"),
         ]),
]


def score_fill(s):
    if s >= 15:
        return RED
    if s >= 5:
        return AMBER
    return GREEN


def make_cbc():
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Scoring key"
    ws0["A1"] = "Risk scoring – likelihood x impact"
    ws0["A1"].font = Font(bold=True, size=13)
    ws0["A3"] = "Likelihood"
    ws0["B3"] = "Impact"
    ws0["A3"].font = ws0["B3"].font = Font(bold=True)
    lik = ["1 Rare", "2 Unlikely", "3 Possible", "4 Likely", "5 Almost certain"]
    imp = ["1 Negligible", "2 Minor", "3 Moderate", "4 Major", "5 Critical"]
    for i in range(5):
        ws0.cell(row=4 + i, column=1, value=lik[i])
        ws0.cell(row=4 + i, column=2, value=imp[i])
    ws0["A10"] = "Score bands"
    ws0["A10"].font = Font(bold=True)
    for i, (band, txt, col) in enumerate([("15–25", "High – CMT oversight, reported to Audit Committee", RED),
                                          ("5–12", "Medium – managed by directorate", AMBER),
                                          ("1–4", "Low – tolerate and monitor", GREEN)]):
        c = ws0.cell(row=11 + i, column=1, value=band)
        c.fill = PatternFill("solid", fgColor=col)
        ws0.cell(row=11 + i, column=2, value=txt)
    ws0["A15"] = "Action status key"
    ws0["A15"].font = Font(bold=True)
    for i, (st, txt) in enumerate([("On track", "Action progressing to the target date"),
                                   ("Behind schedule", "Some slippage – expected to complete within the quarter after the target date"),
                                   ("Off track", "Will not be delivered without intervention – escalated to CMT"),
                                   ("Complete", "Action delivered")]):
        c = ws0.cell(row=16 + i, column=1, value=st)
        c.fill = PatternFill("solid", fgColor=STATUS_FILL[st])
        ws0.cell(row=16 + i, column=2, value=txt)
    ws0.column_dimensions["A"].width = 20
    ws0.column_dimensions["B"].width = 80

    ws = wb.create_sheet("Corporate Risk Register")
    ws["A1"] = "Central Bedfordshire Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = CBC_TITLE
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = ("Position at 30 September 2025. Reviewed by Corporate Management Team 14 October 2025; "
                "presented to Audit Committee 24 November 2025.")
    heads = ["Risk", "Description (cause / event / consequence)", "Risk owner", "Inherent score", "Key controls in place",
             "Current score", "Direction of travel", "Target score", "Further actions planned", "Action owner",
             "Target date", "Action status"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="385723")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = thin_border()
    row = 6
    wrap = Alignment(wrap_text=True, vertical="top")
    for r in CBC:
        first = row
        ws.cell(row=row, column=1, value=r["risk"]).font = Font(bold=True)
        ws.cell(row=row, column=2, value=r["desc"])
        ws.cell(row=row, column=3, value=r["owner"])
        ws.cell(row=row, column=4, value=r["inherent"]).fill = PatternFill("solid", fgColor=score_fill(r["inherent"]))
        ws.cell(row=row, column=5, value=r["controls"])
        ws.cell(row=row, column=6, value=r["current"]).fill = PatternFill("solid", fgColor=score_fill(r["current"]))
        ws.cell(row=row, column=7, value=r["dot"])
        ws.cell(row=row, column=8, value=r["target"]).fill = PatternFill("solid", fgColor=score_fill(r["target"]))
        for a in r["actions"]:
            ws.cell(row=row, column=9, value=a["action"])
            ws.cell(row=row, column=10, value=a["owner"])
            c = ws.cell(row=row, column=11, value=a["date"])
            if isinstance(a["date"], dt.datetime):
                c.number_format = "dd/mm/yyyy"
            sc = ws.cell(row=row, column=12, value=a["status"])
            sc.fill = PatternFill("solid", fgColor=STATUS_FILL[a["status"]])
            a["x_row"] = row
            row += 1
        last = row - 1
        for col in range(1, 13):
            for rr in range(first, last + 1):
                cc = ws.cell(row=rr, column=col)
                cc.border = thin_border()
                cc.alignment = wrap
        if last > first:
            for col in range(1, 9):
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    widths = [24, 48, 22, 9, 40, 9, 9, 9, 50, 30, 12, 16]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A6"

    ws3 = wb.create_sheet("Risk movement")
    ws3["A1"] = "Movement in current risk scores since Quarter 1"
    ws3["A1"].font = Font(bold=True)
    for c, h in enumerate(["Risk", "Q1 2025/26", "Q2 2025/26", "Change"], 1):
        ws3.cell(row=3, column=c, value=h).font = Font(bold=True)
    prev = {"CR01": 20, "CR04": 20, "CR07": 12, "CR11": 20}
    for i, r in enumerate(CBC):
        k = r["risk"][:4]
        ws3.cell(row=4 + i, column=1, value=r["risk"])
        ws3.cell(row=4 + i, column=2, value=prev[k])
        ws3.cell(row=4 + i, column=3, value=r["current"])
        ws3.cell(row=4 + i, column=4, value=r["current"] - prev[k])
    ws3.column_dimensions["A"].width = 48
    wb.active = 1
    wb.save(os.path.join(HERE, CBC_FILE))


# ---------------------------------------------------------------------------
# 3. Blackburn with Darwen - Ofsted focused visit action plan (xlsx, fill RAG)
# ---------------------------------------------------------------------------
BWD_FILE = "wc-blackburn-with-darwen-council-ofsted-focused-visit-action-plan.xlsx"
BWD_TITLE = "Ofsted Focused Visit – Children in Care: Action Plan (update September 2024)"
BWD = [
    dict(afi="1. The timeliness and quality of care plans, so that they are specific, measurable and updated when children's circumstances change.",
         actions=[
             dict(ref="1.1", action="Relaunch the care planning practice standard and template, with SMART outcomes and a contingency section, through practice workshops for all Children in Our Care teams.",
                  lead="Head of Service, Children in Our Care", orig=D(2024, 3, 31), rev=None, prev=GREEN, cur=BLUE,
                  update="Workshops delivered to all five teams in March 2024; new template live on Liquidlogic from 2 April 2024.",
                  impact="June 2024 audit: 78% of care plans graded good for SMART outcomes (baseline 41%).",
                  x_lead=["Head of Service, Children in Our Care"], x_end="2024-03", x_status="blue"),
             dict(ref="1.2", action="Team managers to review every care plan within 10 working days of a placement move or significant event, evidenced by a management oversight case note.",
                  lead="Children in Our Care Team Managers", orig=D(2024, 4, 30), rev=D(2024, 10, 31), prev=AMBER, cur=AMBER,
                  update="Performance report built; compliance 64% in August 2024 against a 90% target. Revised date agreed at Achieving Excellence Board.",
                  impact="",
                  x_lead=["Children in Our Care Team Managers"], x_end="2024-10", x_status="amber"),
             dict(ref="1.3", action="Monthly thematic audit of care plans by the Quality Assurance team, with findings reported to the Practice Improvement Group.",
                  lead="Service Leader, Quality Assurance", orig="Monthly", rev=None, prev=GREEN, cur=GREEN,
                  update="Audits completed April to August 2024; learning circulated through the practice bulletin.",
                  impact="Audit grades improving month on month.",
                  x_lead=["Service Leader, Quality Assurance"], x_end=None, x_end_text="Monthly", x_status="green"),
         ]),
    dict(afi="2. The consistency of independent reviewing officer (IRO) oversight and challenge when children's plans drift.",
         actions=[
             dict(ref="2.1", action="Introduce an IRO midway review check for all children in care, recorded on Liquidlogic, with escalation through the dispute resolution protocol where progress has stalled.",
                  lead="IRO Service Manager", orig=D(2024, 5, 31), rev=D(2024, 9, 30), prev=AMBER, cur=BLUE,
                  update="Midway check form live from July 2024; 91% of reviews in August had a recorded midway check.",
                  impact="Formal escalations up from 3 to 14 per quarter, with 12 resolved at stage 1.",
                  x_lead=["IRO Service Manager"], x_end="2024-09", x_status="blue"),
             dict(ref="2.2", action="Produce a quarterly IRO performance report for the Corporate Parenting Board, including the number and outcome of formal escalations.",
                  lead="IRO Service Manager / Performance and Intelligence Manager", orig=D(2024, 12, 31), rev=None, prev=GREEN, cur=GREEN,
                  update="Report format agreed; first report to the Board on 5 December 2024.",
                  impact="",
                  x_lead=["IRO Service Manager", "Performance and Intelligence Manager"], x_end="2024-12", x_status="green"),
         ]),
    dict(afi="3. Access to timely emotional health and wellbeing support for children in care, including those living out of borough.",
         actions=[
             dict(ref="3.1", action="Agree a joint pathway with Lancashire and South Cumbria ICB for priority CAMHS assessment of children in care, with a maximum wait of six weeks.",
                  lead="Head of Service, Children in Our Care & Designated Nurse for Children in Care", orig=D(2024, 6, 30), rev=D(2024, 12, 31), prev=AMBER, cur=RED,
                  update="ICB unable to commit to a six-week standard; escalated to the Achieving Excellence Board and the Health and Wellbeing Board.",
                  impact="",
                  x_lead=["Head of Service, Children in Our Care", "Designated Nurse for Children in Care"], x_end="2024-12", x_status="red"),
             dict(ref="3.2", action="Commission a therapeutic support offer for foster carers and residential staff, delivered with the Virtual School's emotional wellbeing team.",
                  lead="Virtual School Headteacher", orig=D(2024, 9, 30), rev="Spring term 2025", prev=GREEN, cur=AMBER,
                  update="Specification drafted; procurement delayed to allow joint funding with the ICB.",
                  impact="",
                  x_lead=["Virtual School Headteacher"], x_end="2025-04", x_status="amber"),
         ]),
]


def make_bwd():
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Cover"
    ws0["A1"] = "Blackburn with Darwen Borough Council"
    ws0["A1"].font = Font(bold=True, size=14)
    ws0["A2"] = "Children's Services – Ofsted Focused Visit Action Plan"
    ws0["A2"].font = Font(bold=True, size=13)
    ws0["A3"] = "Focused visit: 28–29 November 2023 (arrangements for children in care) – letter published 11 January 2024"
    ws0["A5"] = "Document control"
    ws0["A5"].font = Font(bold=True)
    for c, h in enumerate(["Version", "Date", "Author", "Change"], 1):
        cell = ws0.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=GREY)
    rows = [("1.0", D(2024, 1, 26), "Service Leader, Quality Assurance", "First draft to Achieving Excellence Board"),
            ("1.1", D(2024, 2, 9), "Service Leader, Quality Assurance", "Submitted to Ofsted"),
            ("1.3", D(2024, 9, 30), "Service Leader, Quality Assurance", "Quarter 2 progress update")]
    for i, r in enumerate(rows):
        for c, v in enumerate(r, 1):
            cell = ws0.cell(row=7 + i, column=c, value=v)
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    ws0["A11"] = "RAG key"
    ws0["A11"].font = Font(bold=True)
    for i, (col, txt) in enumerate([(BLUE, "Complete – impact evidenced through audit"),
                                    (GREEN, "On track to deliver by the completion date"),
                                    (AMBER, "Some slippage – recovery plan in place"),
                                    (RED, "Off track – escalated to the Achieving Excellence Board")]):
        ws0.cell(row=12 + i, column=1).fill = PatternFill("solid", fgColor=col)
        ws0.cell(row=12 + i, column=2, value=txt)
    ws0.column_dimensions["A"].width = 12
    ws0.column_dimensions["B"].width = 14
    ws0.column_dimensions["C"].width = 34
    ws0.column_dimensions["D"].width = 44

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = BWD_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Plan owner: Strategic Director, Children and Education | Monitored by: Achieving Excellence Board"
    heads = ["No.", "Action", "Lead", "Original completion date", "Revised completion date",
             "Previous RAG (June 2024)", "Current RAG (Sept 2024)", "Progress update", "Evidence of impact"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor=NAVY)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = thin_border()
    row = 5
    wrap = Alignment(wrap_text=True, vertical="top")
    for g in BWD:
        c = ws.cell(row=row, column=1, value=g["afi"])
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="2F5597")
        c.alignment = Alignment(wrap_text=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        ws.row_dimensions[row].height = 30
        row += 1
        for a in g["actions"]:
            vals = [a["ref"], a["action"], a["lead"], a["orig"], a["rev"], None, None, a["update"], a["impact"] or None]
            for ci, v in enumerate(vals, 1):
                cell = ws.cell(row=row, column=ci, value=v)
                cell.border = thin_border()
                cell.alignment = wrap
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=row, column=6).fill = PatternFill("solid", fgColor=a["prev"])
            ws.cell(row=row, column=7).fill = PatternFill("solid", fgColor=a["cur"])
            a["x_row"] = row
            row += 1
    widths = [6, 55, 32, 14, 14, 11, 11, 45, 40]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"

    ws2 = wb.create_sheet("Summary")
    ws2["A1"] = "Summary of current RAG ratings – September 2024"
    ws2["A1"].font = Font(bold=True)
    names = {BLUE: "Blue", GREEN: "Green", AMBER: "Amber", RED: "Red"}
    counts = {k: 0 for k in names}
    for g in BWD:
        for a in g["actions"]:
            counts[a["cur"]] += 1
    ws2["A3"] = "RAG"
    ws2["B3"] = "Number of actions"
    ws2["A3"].font = ws2["B3"].font = Font(bold=True)
    for i, (k, n) in enumerate(names.items()):
        c = ws2.cell(row=4 + i, column=1, value=n)
        c.fill = PatternFill("solid", fgColor=k)
        ws2.cell(row=4 + i, column=2, value=counts[k])
    ws2.cell(row=8, column=1, value="Total").font = Font(bold=True)
    ws2.cell(row=8, column=2, value=sum(counts.values())).font = Font(bold=True)
    ws2.column_dimensions["B"].width = 20
    wb.active = 1
    wb.save(os.path.join(HERE, BWD_FILE))


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


def set_text(cell, text, bold=False, color=None, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Rochdale Borough Safeguarding Children Partnership - LCSPR action plan (docx)
# ---------------------------------------------------------------------------
RBSCP_FILE = "wc-rochdale-borough-safeguarding-children-partnership-cspr-child-w-action-plan.docx"
RBSCP_TITLE = "Local Child Safeguarding Practice Review: Child W – Multi-Agency Action Plan"
RBSCP = [
    dict(theme="Theme 1: Seeing and hearing the baby",
         recs=[dict(rec="Recommendation 1: All partner agencies should ensure that practitioners working with families of babies under 12 months record their direct observations of the baby and of the care given, and not only the parents' account.",
                    actions=[
                        dict(ref="1.1", action="Update the health visiting and midwifery record templates to include a mandatory ‘observation of baby’ field at every contact.",
                             lead="0-19 Service Lead and Named Midwife for Safeguarding", date="30/06/2025",
                             update="Templates live on SystmOne from 2 June 2025. Compliance audit planned for December 2025.", rag="Complete",
                             x_lead=["0-19 Service Lead", "Named Midwife for Safeguarding"], x_end="2025-06", x_status="blue"),
                        dict(ref="1.2", action="Deliver a multi-agency 7-minute briefing and practice workshops on ‘seeing the baby’ for children's social care, early help and primary care staff.",
                             lead="RBSCP Learning and Development Officer", date="March 2026",
                             update="7-minute briefing published July 2025. Four of six workshops delivered (112 practitioners).", rag="Green",
                             x_lead=["RBSCP Learning and Development Officer"], x_end="2026-03", x_status="green"),
                    ])]),
    dict(theme="Theme 2: Professional curiosity about men in the household",
         recs=[dict(rec="Recommendation 2: Partners should strengthen the identification and assessment of fathers and other men who have a caring role or significant contact with a baby, whether or not they live in the household.",
                    actions=[
                        dict(ref="2.1", action="Revise the pre-birth assessment guidance so that every adult male connected to the household is identified, checked with police and included in the assessment.",
                             lead="Head of Service, Safeguarding (Children's Social Care)", date="31/12/2025",
                             update="Draft guidance out for consultation with partners; sign-off delayed to the January Sub-Group.", rag="Amber",
                             x_lead=["Head of Service, Safeguarding (Children's Social Care)"], x_end="2025-12", x_status="amber"),
                        dict(ref="2.2", action="Introduce routine Police National Database checks at the MASH on male carers identified for unborn babies and infants under one.",
                             lead="Detective Inspector, Rochdale MASH (GMP)", date="Q3 2025/26",
                             update="Process agreed; MASH researchers trained in September 2025.", rag="Green",
                             x_lead=["Detective Inspector, Rochdale MASH (GMP)"], x_end="2025-12", x_status="green"),
                    ])]),
    dict(theme="Theme 3: Information sharing when families move",
         recs=[dict(rec="Recommendation 3: Agencies should make sure that records and risk information follow children and families who move into Rochdale from another area.",
                    actions=[
                        dict(ref="3.1", action="Agree and publish a transfer-in protocol so that records for families moving into Rochdale with an open child protection or child in need plan are requested within 5 working days.",
                             lead="Service Manager, Front Door and MASH", date="September 2025\nRevised: January 2026",
                             update="Protocol agreed with Oldham and Bury; awaiting Greater Manchester sign-off.", rag="Amber",
                             x_lead=["Service Manager, Front Door and MASH"], x_end="2026-01", x_status="amber"),
                    ]),
              dict(rec="Recommendation 4: GP practices and health visiting services should make sure that child protection and child in need flags move with the family when they register with new services.",
                   actions=[
                        dict(ref="4.1", action="GP practices to flag the records of children subject to a plan when the family registers with a new practice, using the agreed SNOMED codes.",
                             lead="Named GP for Safeguarding Children (NHS GM – Rochdale)", date="31/03/2026",
                             update="Coding guidance issued to all practices; first search of flagged records due February 2026.", rag="Green",
                             x_lead=["Named GP for Safeguarding Children (NHS GM – Rochdale)"], x_end="2026-03", x_status="green"),
                   ])]),
    dict(theme="Theme 4: Assurance and impact",
         recs=[dict(rec="Recommendation 5: The RBSCP should seek assurance that the learning from this review has changed practice.",
                   actions=[
                       dict(ref="5.1", action="Carry out a multi-agency audit of 20 cases of babies under 12 months on child in need or child protection plans and report the findings to the Learning and Improvement Sub-Group.",
                            lead="RBSCP Business Manager", date="June 2026",
                            update="Audit tool being designed.", rag="Not started",
                            x_lead=["RBSCP Business Manager"], x_end="2026-06", x_status="unrated"),
                   ])]),
]
RBSCP_RAG_FILL = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def make_rbscp():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Rochdale Borough Safeguarding Children Partnership")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading(RBSCP_TITLE, level=1)

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "3.0"), ("Date of this update", "3 November 2025"), ("Review published", "24 April 2025"),
                 ("Plan owner", "RBSCP Learning and Improvement Sub-Group"),
                 ("Status", "Live – progress reported quarterly to the Safeguarding Partnership Executive")]:
        row = t.add_row().cells
        set_text(row[0], k, bold=True)
        shade(row[0], "D9E2F3")
        set_text(row[1], v)
    doc.add_paragraph()
    doc.add_paragraph("This plan sets out how partner agencies will respond to the five recommendations made by the "
                      "independent reviewer. Each action is RAG rated by its lead at the quarterly update using the key below.")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_text(t.rows[0].cells[0], "RAG", bold=True)
    set_text(t.rows[0].cells[1], "Meaning", bold=True)
    for k, v in [("Complete", "Action completed and evidence provided"), ("Green", "On track to complete by the target date"),
                 ("Amber", "Delayed but expected to complete"), ("Red", "Not progressing – escalate to the Executive")]:
        row = t.add_row().cells
        set_text(row[0], k)
        shade(row[0], RBSCP_RAG_FILL[k])
        set_text(row[1], v)

    heads = ["Ref", "Action", "Lead", "Target date", "Progress update (Q2 2025/26)", "RAG"]
    for th in RBSCP:
        doc.add_heading(th["theme"], level=2)
        t = doc.add_table(rows=0, cols=6)
        t.style = "Table Grid"
        for rec in th["recs"]:
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[5])
            set_text(merged, rec["rec"], bold=True)
            shade(merged, "FBE4D5")
            row = t.add_row().cells
            for i, h in enumerate(heads):
                set_text(row[i], h, bold=True)
                shade(row[i], "D9D9D9")
            for a in rec["actions"]:
                row = t.add_row().cells
                vals = [a["ref"], a["action"], a["lead"], a["date"], a["update"], a["rag"]]
                for i, v in enumerate(vals):
                    set_text(row[i], v)
                if a["rag"] in RBSCP_RAG_FILL:
                    shade(row[5], RBSCP_RAG_FILL[a["rag"]])
        doc.add_paragraph()

    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Approved by", "Role", "Date"]):
        set_text(t.rows[0].cells[i], h, bold=True)
    for i, v in enumerate(["Safeguarding Partnership Executive", "Lead Safeguarding Partners (Rochdale Borough Council, NHS Greater Manchester, Greater Manchester Police)", "15 May 2025"]):
        set_text(t.rows[1].cells[i], v)
    doc.save(os.path.join(HERE, RBSCP_FILE))


# ---------------------------------------------------------------------------
# 5. Blackpool Council - transformation programme highlight report (docx)
# ---------------------------------------------------------------------------
BPL_FILE = "wc-blackpool-council-transformation-programme-highlight-report.docx"
BPL_TITLE = "Transformation Programme – Highlight Report"
BPL = [
    dict(ws="Workstream 1: Customer First",
         ms=[
             dict(ref="M1", action="Launch the new customer portal with council tax, benefits and waste services available online.",
                  owner="Head of Customer First", base="30/06/2025", rev="15/09/2025", rag="Complete",
                  x_lead=["Head of Customer First"], x_end="2025-09", x_status="blue"),
             dict(ref="M2", action="Close the Municipal Buildings face-to-face reception and move appointments to the Central Library hub.",
                  owner="Head of Customer First; Head of Facilities Management", base="31/12/2025", rev="", rag="Green",
                  x_lead=["Head of Customer First", "Head of Facilities Management"], x_end="2025-12", x_status="green"),
             dict(ref="M3", action="Go live with the replacement Contact Centre telephony platform and automated call routing.",
                  owner="ICT Service Manager", base="31/10/2025", rev="28/02/2026", rag="Amber",
                  x_lead=["ICT Service Manager"], x_end="2026-02", x_status="amber"),
         ]),
    dict(ws="Workstream 2: Organisational Redesign",
         ms=[
             dict(ref="M4", action="Complete consultation on the Resources directorate restructure and confirm the new structure.",
                  owner="Director of Resources / Head of HR and OD", base="30/09/2025", rev="31/10/2025", rag="Complete",
                  x_lead=["Director of Resources", "Head of HR and OD"], x_end="2025-10", x_status="blue"),
             dict(ref="M5", action="Apply the new management spans and layers framework across all directorates.",
                  owner="Head of HR and OD", base="Mar 2026", rev="", rag="Green",
                  x_lead=["Head of HR and OD"], x_end="2026-03", x_status="green"),
         ]),
    dict(ws="Workstream 3: Commissioning and Third-Party Spend",
         ms=[
             dict(ref="M6", action="Re-procure the corporate agency staffing contract through a national framework.",
                  owner="Head of Procurement", base="30/11/2025", rev="31/01/2026", rag="Red",
                  x_lead=["Head of Procurement"], x_end="2026-01", x_status="red"),
             dict(ref="M7", action="Review all contracts over £100k expiring before March 2027 and agree commissioning intentions with budget holders.",
                  owner="Strategic Commissioning Manager", base="Q4 2025/26", rev="", rag="Green",
                  x_lead=["Strategic Commissioning Manager"], x_end="2026-03", x_status="green"),
             dict(ref="M8", action="Confirm delivery of the £2.1m 2025/26 third-party spend savings in the Month 9 budget monitoring report.",
                  owner="Head of Procurement and Strategic Commissioning Manager", base="31/01/2026", rev="", rag="Amber",
                  x_lead=["Head of Procurement", "Strategic Commissioning Manager"], x_end="2026-01", x_status="amber"),
         ]),
]
BPL_RAG_FILL = {"Complete": "8EAADB", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}


def make_bpl():
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Blackpool Council")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading(BPL_TITLE, level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    info = [("Reporting period", "1 – 31 October 2025"), ("Senior Responsible Owner", "Director of Resources"),
            ("Programme Manager", "Transformation Programme Manager"), ("Report to", "Transformation Board, 12 November 2025"),
            ("Overall status (this period)", "Amber"), ("Overall status (last period)", "Amber")]
    for k, v in info:
        row = t.add_row().cells
        set_text(row[0], k, bold=True)
        shade(row[0], "DEEAF6")
        set_text(row[1], v)
        if v == "Amber":
            shade(row[1], BPL_RAG_FILL["Amber"])
    doc.add_heading("1. Summary", level=2)
    doc.add_paragraph("The customer portal went live in September and 14,600 residents had registered by the end of October. "
                      "The Resources restructure has been confirmed. The telephony replacement has slipped because of supplier "
                      "resourcing and the agency staffing re-procurement is outside tolerance; a decision on an interim "
                      "extension is requested from the Board under item 5 of the agenda.")
    doc.add_heading("2. Key milestones", level=2)
    doc.add_paragraph("Milestones are reported against the baseline agreed by the Transformation Board in April 2025. Where a "
                      "milestone has moved, the revised date approved through programme change control is shown.")
    heads = ["Ref", "Milestone", "Owner", "Baseline date", "Revised date", "RAG"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        set_text(t.rows[0].cells[i], h, bold=True, color="FFFFFF")
        shade(t.rows[0].cells[i], "1F4E79")
    for w in BPL:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        set_text(m, w["ws"], bold=True)
        shade(m, "D9D9D9")
        for a in w["ms"]:
            cells = t.add_row().cells
            for i, v in enumerate([a["ref"], a["action"], a["owner"], a["base"], a["rev"], a["rag"]]):
                set_text(cells[i], v)
            shade(cells[5], BPL_RAG_FILL[a["rag"]])
    doc.add_paragraph()
    doc.add_paragraph("RAG key: Complete – milestone delivered; Green – on track against baseline; Amber – revised date agreed, "
                      "within tolerance; Red – outside tolerance, Board decision required.")
    doc.add_heading("3. Savings tracker 2025/26", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Workstream", "Target (£000)", "Forecast (£000)", "Variance (£000)"]):
        set_text(t.rows[0].cells[i], h, bold=True)
    for vals in [("Customer First", "850", "720", "-130"), ("Organisational Redesign", "1,400", "1,400", "0"),
                 ("Commissioning and Third-Party Spend", "2,100", "1,650", "-450"), ("Total", "4,350", "3,770", "-580")]:
        cells = t.add_row().cells
        for i, v in enumerate(vals):
            set_text(cells[i], v, bold=(vals[0] == "Total"))
    doc.add_heading("4. Risks and issues", level=2)
    doc.add_paragraph("No new risks were escalated this period. The programme RAID log is held by the Transformation Office "
                      "and reviewed fortnightly by the workstream leads.")
    doc.save(os.path.join(HERE, BPL_FILE))


# ---------------------------------------------------------------------------
# 6. Swindon Health and Wellbeing Board - action log (csv)
# ---------------------------------------------------------------------------
SWN_FILE = "wc-swindon-health-and-wellbeing-board-action-log.csv"
SWN_TITLE = "Swindon Health and Wellbeing Board – Action Log"
SWN = [
    dict(ref="HWB-24-31", mtg="12/12/2024", action="Present the draft Pharmaceutical Needs Assessment 2025–2028 to the Board for approval to consult.",
         owner="Director of Public Health", due="31/03/2025", rag="B", update="Approved for consultation in March 2025; final PNA published 1 October 2025.",
         x_lead=["Director of Public Health"], x_end="2025-03", x_status="blue"),
    dict(ref="HWB-25-04", mtg="13/03/2025", action="Bring an update on the Better Care Fund 2025-26 plan, including the discharge to assess bed model.",
         owner="Director of Adult Social Care and ICB Place Director (Swindon)", due="12/06/2025", rag="B", update="Update received at the June meeting.",
         x_lead=["Director of Adult Social Care", "ICB Place Director (Swindon)"], x_end="2025-06", x_status="blue"),
    dict(ref="HWB-25-05", mtg="13/03/2025", action="Report on progress with the Suicide Prevention Strategy action plan and local real-time surveillance data.",
         owner="Public Health Principal (Mental Health)", due="12/06/2025", rag="R", update="Deferred twice; now scheduled for the December meeting.",
         x_lead=["Public Health Principal (Mental Health)"], x_end="2025-06", x_status="red"),
    dict(ref="HWB-25-09", mtg="12/06/2025", action="Circulate the Healthwatch Swindon report on GP access to Board members and invite the ICB to respond at the next meeting.",
         owner="Healthwatch Swindon Manager", due="18/09/2025", rag="B", update="Report circulated 20 June; ICB response received 18 September.",
         x_lead=["Healthwatch Swindon Manager"], x_end="2025-09", x_status="blue"),
    dict(ref="HWB-25-11", mtg="12/06/2025", action="Develop a whole-system healthy weight action plan with partners and report progress to the Board.",
         owner="Consultant in Public Health (Healthy Weight)", due="December 2025", rag="G", update="Partner workshop held 4 September; draft plan being finalised.",
         x_lead=["Consultant in Public Health (Healthy Weight)"], x_end="2025-12", x_status="green"),
    dict(ref="HWB-25-12", mtg="12/06/2025", action="Agree the Board's response to the BSW Integrated Care Strategy refresh.\nConfirm the three Swindon priorities to be included.",
         owner="Rachel Lewis / Tom Okafor", due="31/10/2025", rag="A", update="Response drafted; priorities to be confirmed with the Chair.",
         x_lead=["Rachel Lewis", "Tom Okafor"], x_end="2025-10", x_status="amber"),
    dict(ref="HWB-25-15", mtg="18/09/2025", action="Review the Board's membership and terms of reference to include the Swindon Youth Council and the VCSE Alliance.",
         owner="Democratic Services Manager", due="11/12/2025", rag="G", update="",
         x_lead=["Democratic Services Manager"], x_end="2025-12", x_status="green"),
    dict(ref="HWB-25-16", mtg="18/09/2025", action="Provide a breakdown of childhood immunisation uptake by primary care network and ward, with actions to improve MMR2 uptake.",
         owner="Screening and Immunisation Lead (NHSE South West)", due="11/12/2025", rag="G", update="Data request made.",
         x_lead=["Screening and Immunisation Lead (NHSE South West)"], x_end="2025-12", x_status="green"),
    dict(ref="HWB-25-17", mtg="18/09/2025", action="Arrange a Board development session on the Marmot Place approach to health inequalities.",
         owner="Chair and Director of Public Health", due="TBC", rag="", update="",
         x_lead=["Chair", "Director of Public Health"], x_end=None, x_end_text="TBC", x_status="unrated"),
]


def make_swn():
    path = os.path.join(HERE, SWN_FILE)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        n = 7
        w.writerow([SWN_TITLE] + [""] * (n - 1))
        w.writerow(["Updated after the Board meeting of 18 September 2025. Completed actions are removed once they have been reported to the Board."] + [""] * (n - 1))
        w.writerow(["RAG: B = complete, G = on track, A = at risk of slippage, R = overdue"] + [""] * (n - 1))
        w.writerow([""] * n)
        w.writerow(["Ref", "Meeting date", "Action", "Owner", "Due date", "RAG", "Update"])
        for a in SWN:
            w.writerow([a["ref"], a["mtg"], a["action"], a["owner"], a["due"], a["rag"], a["update"]])
        w.writerow([""] * n)
        openn = sum(1 for a in SWN if a["rag"] != "B")
        done = sum(1 for a in SWN if a["rag"] == "B")
        w.writerow([f"Open actions: {openn}", f"Completed since last meeting: {done}"] + [""] * (n - 2))


# ---------------------------------------------------------------------------
# 7. West Northamptonshire CSP - DHR action plan, tab-separated (refuse)
# ---------------------------------------------------------------------------
WNC_FILE = "wc-west-northamptonshire-csp-dhr-kerry-action-plan-typo-month-refuse.txt"
WNC_TITLE = "Domestic Homicide Review – ‘Kerry’ – Action Plan"
WNC_ROWS = [
    ["1", "West Northamptonshire CSP should assure itself that all partner agencies use the same domestic abuse risk assessment (DASH) and referral pathway to MARAC.", "Local",
     "1a", "Audit DASH completion and MARAC referral rates across the six largest referring agencies and report findings to the CSP Board.", "West Northamptonshire CSP – Domestic Abuse Lead", "March 2025", "Complete – audit reported to CSP Board 20 March 2025.", "Blue"],
    ["", "", "", "1b", "Re-issue the single MARAC referral form and guidance to all agencies, with a briefing for safeguarding leads.", "MARAC Coordinator", "June 2025", "Complete – briefing delivered 11 June 2025.", "Blue"],
    ["2", "Northamptonshire Police should improve the recording and review of repeat domestic abuse incidents where no crime is recorded.", "Local",
     "2a", "Introduce a supervisory review of all repeat non-crime domestic incidents within 72 hours.", "Northamptonshire Police – Detective Chief Inspector, Protecting Vulnerable People", "September 2025", "", "Amber"],
    ["", "", "", "2b", "Deliver refresher training on coercive and controlling behaviour to response officers in the West area.", "Northamptonshire Police – Learning and Development", "Ocotber 2025", "", "Green"],
    ["3", "Primary care should routinely ask about domestic abuse when patients present with anxiety, low mood or injuries.", "Local",
     "3a", "Roll out the IRIS domestic abuse training and referral programme to GP practices in West Northamptonshire.", "NHS Northamptonshire ICB – Designated Nurse Adult Safeguarding", "March 2026", "", "Green"],
    ["4", "Adult social care and housing should share information when a tenancy is at risk and there are indicators of domestic abuse.", "Local",
     "4a", "Add domestic abuse screening questions to the housing options assessment and agree an escalation route to the Domestic Abuse Lead.", "Head of Housing Options; Domestic Abuse Lead", "December 2025", "", "Amber"],
    ["5", "The Home Office should consider whether national guidance on the use of Domestic Violence Disclosure Scheme applications after separation needs to be strengthened.", "National",
     "5a", "Chair of the CSP to write to the Home Office setting out the learning from this review.", "Chair, West Northamptonshire CSP", "January 2025", "Complete – letter sent 14 January 2025.", "Blue"],
]
WNC_REFUSE_LINE = None  # computed in make_wnc


def make_wnc():
    global WNC_REFUSE_LINE
    lines = [
        "West Northamptonshire Community Safety Partnership",
        WNC_TITLE,
        "Updated for the DHR Oversight Group – 15 October 2025",
        "",
        "\t".join(["Rec No.", "Recommendation", "Scope", "Action No.", "Action to take", "Lead agency", "Target date",
                   "Completion date and outcome", "RAG"]),
    ]
    for r in WNC_ROWS:
        lines.append("\t".join(r))
        if "Ocotber" in r[6]:
            WNC_REFUSE_LINE = len(lines)
    lines += ["", "RAG: Blue = complete; Green = on track; Amber = some delay; Red = not progressing"]
    with open(os.path.join(HERE, WNC_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


def main():
    make_newcastle()
    make_cbc()
    make_bwd()
    make_rbscp()
    make_bpl()
    make_swn()
    make_wnc()
    print("refuse line (txt):", WNC_REFUSE_LINE)


if __name__ == "__main__":
    main()
