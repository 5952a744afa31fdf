"""Build the seven tw- blind test files (set heldout510) and their expected readings.

Run: /work/main/.venv/bin/python tw_make.py   (writes into the folder this script is in)
Only files whose names start with 'tw-' are written.
"""
import csv
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED = "5B9BD5", "70AD47", "FFC000", "FF0000"
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def out(name):
    assert name.startswith("tw-")
    return os.path.join(HERE, name)


class Lit(str):
    pass


def write_expected(name, source, reads, outcome, title, actions=None,
                   refuse_at=None, accept_refusal=False):
    doc = {"source": source, "reads": reads, "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        acts = []
        for a in actions:
            d = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                 "lead": a["lead"], "end": a["end"]}
            if a.get("end_text"):
                d["end_text"] = a["end_text"]
            d["status"] = a["status"]
            acts.append(d)
        doc["actions"] = acts
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


def A(ref, under, action, lead, end, status, end_text=None, **cells):
    d = dict(ref=ref, under=under, action=action, lead=lead, end=end,
             status=status, end_text=end_text)
    d.update(cells)
    return d


# ---------------------------------------------------------------------------
# 1. NHS Grampian – Audit Scotland 2024/25 Annual Audit Report action plan tracker (xlsx)
# ---------------------------------------------------------------------------
def nhs_grampian():
    name = "tw-nhs-grampian-annual-audit-report-2024-25-action-plan-tracker.xlsx"
    title = "External Audit: 2024/25 Annual Audit Report – Action Plan Tracker"
    status_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Overdue": RED}
    status_rag = {"Complete": "blue", "On track": "green", "At risk": "amber", "Overdue": "red"}

    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "NHS Grampian"
    ws["A1"].font = Font(bold=True, size=16, color="005EB8")
    ws["A2"] = "Audit and Risk Committee – 9 December 2025"
    ws["A3"] = title
    ws["A3"].font = Font(bold=True, size=14)
    ws["A5"] = ("Purpose: To update the Committee on progress against the agreed management actions "
                "in the 2024/25 Annual Audit Report (Appendix 1) and the recommendations brought "
                "forward from the 2023/24 Annual Audit Report.")
    ws["A5"].alignment = WRAP
    ws.merge_cells("A5:D5")
    ws.row_dimensions[5].height = 48
    ws["A7"] = "Lead Director:"
    ws["B7"] = "Director of Finance"
    ws["A8"] = "Report author:"
    ws["B8"] = "Head of Financial Governance"
    ws["A9"] = "External auditor:"
    ws["B9"] = "Audit Scotland"
    ws["A11"] = "Status key"
    ws["A11"].font = Font(bold=True)
    key = [("Complete", "Action fully implemented and evidence provided to External Audit"),
           ("On track", "In progress and expected to be delivered by the agreed date"),
           ("At risk", "In progress; agreed date at risk or a revised date has been proposed"),
           ("Overdue", "Agreed date has passed and the action is not complete")]
    for i, (k, v) in enumerate(key):
        ws.cell(row=12 + i, column=1, value=k).fill = fill(status_fill[k])
        ws.cell(row=12 + i, column=2, value=v)
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 70

    cur = [
        ("band", "Financial management"),
        A("1", None,
          "A review of the fixed asset register will be undertaken with the Board’s valuer, and significant "
          "building components will be identified and recorded before the 2025/26 year-end.",
          ["Head of Financial Services"], "2026-03", "green",
          issue="Capital accounting – componentisation\nThe fixed asset register does not separately record "
                "significant components of buildings such as plant and lifts.",
          rec="NHS Grampian should review the fixed asset register to ensure that significant components of "
              "buildings are identified and depreciated over their individual useful lives.",
          agreed="31 March 2026", revised="", st="On track",
          upd="Scoping meeting held with the valuer in October 2025. Data request issued for the Aberdeen Royal "
              "Infirmary and Dr Gray’s Hospital sites."),
        A("2", None,
          "Monthly reporting of late leaver notifications by directorate to the Performance Assurance, Finance "
          "and Infrastructure Committee.\nReminder issued to all line managers through the Daily Brief.",
          ["Head of Payroll Services", "Deputy Director of People and Culture"], "2026-01", "amber",
          issue="Payroll overpayments\nOverpayments of £412k arose in 2024/25, mainly from leavers notified to "
                "payroll after their leaving date.",
          rec="Management should strengthen controls over the timely notification of leavers to payroll and "
              "pursue the recovery of overpayments promptly.",
          agreed="30 September 2025", revised="31 January 2026", st="At risk",
          upd="Directorate reporting started in November 2025. Revised date proposed to allow three months of "
              "data to be reported."),
        ("band", "Financial sustainability"),
        A("3", None,
          "The Medium Term Financial Framework 2026/27 to 2028/29 will be presented to the Board with the "
          "Annual Delivery Plan, identifying recurring savings schemes by portfolio.",
          ["Director of Finance"], "2026-04", "green",
          issue="Medium-term financial planning\nThe Board is forecasting a recurring deficit and does not yet "
                "have a plan to return to financial balance.",
          rec="The Board should develop a medium-term financial plan which sets out how financial balance will "
              "be achieved by 2027/28, supported by recurring savings plans.",
          agreed="April 2026", revised="", st="On track",
          upd="Draft framework discussed at the Board development session on 6 November 2025."),
        A("4a", None,
          "A savings programme board chaired by the Chief Executive will meet monthly to review identified "
          "and unidentified savings.",
          ["Chief Executive"], "2025-06", "blue",
          issue="Savings delivery\n£21.6m of the £45m savings target for 2024/25 was not identified at the "
                "start of the year.",
          rec="Savings plans should be fully identified and risk-assessed at the start of the financial year, "
              "with unidentified savings reported separately to the Board.",
          agreed="30 June 2025", revised="", st="Complete",
          upd="Sustainability and Value Programme Board established in June 2025 and meets monthly."),
        A("4b", None,
          "Monthly finance reports to the Board will show identified, unidentified and non-recurring savings "
          "separately.",
          ["Director of Finance"], "2025-08", "blue",
          agreed="31 August 2025", revised="", st="Complete",
          upd="In place from the August 2025 Board finance report."),
        ("band", "Vision, leadership and governance"),
        A("5", None,
          "Committee chairs’ assurance reports will be revised to include an ‘Items for escalation’ section, "
          "following the Board development session in September 2025.",
          ["Board Secretary"], "2025-11", "blue",
          issue="Committee assurance\nEscalation of significant risks from governance committees to the Board "
                "was not always clear.",
          rec="The Board should review the format of committee assurance reports so that the escalation of "
              "significant risks to the Board is clear and timely.",
          agreed="30 November 2025", revised="", st="Complete",
          upd="New template used for all committee reports to the December 2025 Board."),
        A("6", None,
          "Introduce a quarterly reminder to all Board members and a check by Corporate Governance before "
          "each Board meeting.",
          ["Board Secretary"], "2025-10", "red",
          issue="Register of Interests\nThe published register had not been updated for two changes notified "
                "during the year.",
          rec="The Register of Interests should be updated within one month of any change and published on the "
              "Board’s website.",
          agreed="31 October 2025", revised="", st="Overdue",
          upd="Reminder process drafted; pre-meeting check not yet in place. Revised date to be agreed at the "
              "December Committee."),
        ("band", "Use of resources to improve outcomes"),
        A("7", None,
          "Develop a quarterly public performance report, published on the NHS Grampian website and linked to "
          "the Annual Delivery Plan milestones.",
          ["Head of Planning and Performance"], "2026-03", "green",
          issue="Public performance reporting\nPerformance against national standards is reported to the Board "
                "but not in an accessible form for the public.",
          rec="NHS Grampian should improve its public performance reporting so that performance against "
              "national standards is reported alongside explanations and improvement actions.",
          agreed="Q4 2025/26", revised="", st="On track",
          upd="Template agreed with the Communications team; first report due for Q3 data."),
    ]
    bf = [
        A("b/f 1", None,
          "Workflow approval for journals above £100,000 to be configured in the finance ledger.",
          ["Financial Systems Manager"], "2025-09", "blue",
          area="Financial management",
          rec="Journals above £100,000 should be reviewed and approved by a second officer before posting.",
          orig="31/12/2024", revised="30/09/2025", st="Complete",
          upd="Workflow live from 1 September 2025; tested by External Audit in October 2025."),
        A("b/f 2", None,
          "Supplementary staffing reduction trajectory to be included in the three-year Workforce Plan and "
          "monitored by the Staff Governance Committee.",
          ["Deputy Director of People and Culture"], "2026-03", "amber",
          area="Financial sustainability",
          rec="The Board should set out a workforce plan aligned to its financial plan, showing the planned "
              "reduction in supplementary staffing.",
          orig="31/03/2025", revised="31/03/2026", st="At risk",
          upd="Workforce Plan delayed pending national guidance on the three-year planning cycle."),
        A("b/f 3", None,
          "Datix risk module to be used for all directorate risk registers, with quarterly review dates "
          "enforced.",
          ["Head of Risk and Business Resilience"], "2025-06", "red",
          area="Vision, leadership and governance",
          rec="Operational risk registers should be reviewed at least quarterly and risks escalated in line "
              "with the Risk Management Framework.",
          orig="30/06/2025", revised="", st="Overdue",
          upd="Four of eleven directorates migrated. Remaining directorates scheduled for January 2026."),
    ]

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress – position at 28 November 2025"
    sm["A1"].font = Font(bold=True, size=12)
    sm.append([])
    sm.append(["Status", "2024/25 actions", "Brought forward (2023/24)", "Total"])
    for c in sm[3]:
        c.font = Font(bold=True)
        c.border = BOX
    cur_acts = [a for a in cur if isinstance(a, dict)]
    r = 4
    for st in ["Complete", "On track", "At risk", "Overdue"]:
        n1 = sum(1 for a in cur_acts if a["st"] == st)
        n2 = sum(1 for a in bf if a["st"] == st)
        sm.cell(row=r, column=1, value=st).fill = fill(status_fill[st])
        sm.cell(row=r, column=2, value=n1)
        sm.cell(row=r, column=3, value=n2)
        sm.cell(row=r, column=4, value=n1 + n2)
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    sm.cell(row=r, column=2, value=len(cur_acts))
    sm.cell(row=r, column=3, value=len(bf))
    sm.cell(row=r, column=4, value=len(cur_acts) + len(bf))
    sm.column_dimensions["A"].width = 14
    for col in "BCD":
        sm.column_dimensions[col].width = 24

    # Current year action plan
    ap = wb.create_sheet("2024-25 AAR")
    ap["A1"] = "Appendix 1 – 2024/25 Annual Audit Report action plan"
    ap["A1"].font = Font(bold=True, size=12)
    ap["A2"] = "Progress as at 28 November 2025"
    ap["A2"].font = Font(italic=True)
    hdr = ["No.", "Issue / risk", "Recommendation", "Agreed management action", "Responsible officer",
           "Agreed date", "Revised date", "Status", "Progress update"]
    for j, h in enumerate(hdr, 1):
        c = ap.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
        c.alignment = WRAP
    r = 5
    acts = []
    band = None
    prev = None
    for item in cur:
        if isinstance(item, tuple):
            band = item[1]
            ap.cell(row=r, column=1, value=band).font = Font(bold=True)
            ap.cell(row=r, column=1).fill = fill("D9E2F3")
            ap.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        a = item
        ap.cell(row=r, column=1, value=a["ref"])
        if "rec" in a:
            ap.cell(row=r, column=2, value=a["issue"])
            ap.cell(row=r, column=3, value=a["rec"])
            prev = (r, a["rec"])
        else:
            # continuation of the previous recommendation: merge issue and recommendation cells
            ap.merge_cells(start_row=prev[0], start_column=2, end_row=r, end_column=2)
            ap.merge_cells(start_row=prev[0], start_column=3, end_row=r, end_column=3)
        ap.cell(row=r, column=4, value=a["action"])
        ap.cell(row=r, column=5, value="; ".join(a["lead"]))
        ap.cell(row=r, column=6, value=a["agreed"])
        ap.cell(row=r, column=7, value=a["revised"] or None)
        sc = ap.cell(row=r, column=8, value=a["st"])
        sc.fill = fill(status_fill[a["st"]])
        ap.cell(row=r, column=9, value=a["upd"])
        for j in range(1, 10):
            ap.cell(row=r, column=j).alignment = WRAP
            ap.cell(row=r, column=j).border = BOX
        a["under"] = [band, prev[1]]
        acts.append(a)
        r += 1
    r += 1
    ap.cell(row=r, column=1, value="Note: actions marked Complete will be removed from the tracker once the "
                                   "Committee has accepted the evidence provided to External Audit.")
    ap.cell(row=r, column=1).font = Font(italic=True, size=9)
    widths = [7, 34, 40, 44, 24, 14, 14, 11, 40]
    for j, w in enumerate(widths):
        ap.column_dimensions["ABCDEFGHI"[j]].width = w
    ap.freeze_panes = "B5"

    # Prior year
    pf = wb.create_sheet("2023-24 b-f")
    pf["A1"] = "Prior year recommendations brought forward (2023/24 Annual Audit Report)"
    pf["A1"].font = Font(bold=True, size=12)
    hdr2 = ["Ref", "Area", "Recommendation", "Management action", "Responsible officer", "Original date",
            "Revised date", "Status", "Progress update"]
    for j, h in enumerate(hdr2, 1):
        c = pf.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
    r = 4
    for a in bf:
        vals = [a["ref"], a["area"], a["rec"], a["action"], "; ".join(a["lead"]), a["orig"],
                a["revised"] or None, a["st"], a["upd"]]
        for j, v in enumerate(vals, 1):
            c = pf.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
        pf.cell(row=r, column=8).fill = fill(status_fill[a["st"]])
        a["under"] = [a["area"], a["rec"]]
        acts.append(a)
        r += 1
    for j, w in enumerate([8, 22, 40, 44, 26, 13, 13, 11, 40]):
        pf.column_dimensions["ABCDEFGHI"[j]].width = w
    wb.active = 2
    wb.save(out(name))

    write_expected(
        name,
        source=("Imitates an NHS Scotland board's Audit and Risk Committee tracker of the external auditor's "
                "(Audit Scotland) Annual Audit Report action plan, as NHS Grampian would table it in December "
                "2025 for the 2024/25 audit (Audit Scotland AAR appendix layout: issue/risk, recommendation, "
                "agreed management action, responsible officer, agreed date). Copied features: cover sheet with "
                "status key, summary totals sheet, wider-scope audit dimension band rows, issue and "
                "recommendation merged over two actions (4a/4b), agreed and revised date columns, fill-coloured "
                "status words, a notes line, and a second sheet of prior-year recommendations with original and "
                "revised dates."),
        reads=("A cover sheet and a summary of status counts, then the 2024/25 action plan grouped under the four "
               "audit dimensions with eight agreed actions, and a sheet of three 2023/24 recommendations brought "
               "forward. Status is the Complete/On track/At risk/Overdue word, coloured per the cover key; where a "
               "revised date is given it is the due date."),
        outcome="read", title=title, actions=acts)


# ---------------------------------------------------------------------------
# 2. NHS 24 – Corporate Risk Register 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def nhs24():
    name = "tw-nhs-24-corporate-risk-register-2025-26.xlsx"
    title = "NHS 24 Corporate Risk Register"
    st_fill = {"Complete": BLUE, "On track": GREEN, "Delayed": AMBER, "Off track": RED}
    st_rag = {"Complete": "blue", "On track": "green", "Delayed": "amber", "Off track": "red"}
    risks = [
        dict(head="CR01 – Workforce capacity", owner="Director of Workforce", scores=(20, 16, 9),
             appetite="Cautious",
             desc="There is a risk that NHS 24 has insufficient call handler and clinical capacity to meet 111 "
                  "demand at peak periods, resulting in longer call waits and a poorer patient experience.",
             controls="Workforce Plan 2025–28; weekly capacity and demand forecasting; overtime and bank "
                      "arrangements; attendance management policy.",
             acts=[
                 A("CR01.1", None, "Deliver the 2025/26 recruitment plan for 120 WTE call handlers, including two "
                   "additional induction cohorts in Q3.", ["Head of Recruitment"], "2025-12", "green",
                   due="31/12/2025", st="On track", upd="Cohort 1 started 6 October 2025 (24 starters)."),
                 A("CR01.2", None, "Implement the revised rota model at the Cardonald and Norseman contact centres "
                   "following consultation with staff side.",
                   ["Director of Service Delivery", "Director of Workforce"], "2026-01", "amber",
                   due="30/09/2025 (rev. 31/01/2026)", st="Delayed",
                   upd="Consultation extended by Partnership Forum; revised date agreed by the Executive Management Team."),
                 A("CR01.3", None, "Review attrition data for staff in their first 12 months and report findings "
                   "to the Staff Governance Committee.", ["Head of People Analytics"], "2025-06", "blue",
                   due="Jun-25", st="Complete", upd="Reported to Staff Governance Committee, 19 June 2025."),
             ]),
        dict(head="CR02 – Digital resilience and cyber security", owner="Chief Information Officer",
             scores=(20, 15, 10), appetite="Averse",
             desc="There is a risk of failure or compromise of core telephony and clinical systems through a cyber "
                  "attack or supplier failure, resulting in loss of service to the public.",
             controls="Business continuity plans tested annually; 24/7 security monitoring; NIS audit compliance "
                      "programme; dual data centre hosting.",
             acts=[
                 A("CR02.1", None, "Complete the high-priority actions from the 2024/25 NIS audit improvement plan.",
                   ["Chief Information Security Officer"], "2026-03", "green",
                   due="31/03/2026", st="On track", upd="14 of 19 high-priority actions complete."),
                 A("CR02.2", None, "Test telephony failover to the secondary data centre through a live switchover "
                   "exercise.", ["Head of ICT Operations"], "2025-10", "red",
                   due="Oct-25", st="Off track",
                   upd="Exercise postponed by the supplier; new date not yet confirmed. Escalated to the supplier "
                       "account director."),
                 A("CR02.3", None, "Agree exit and continuity clauses in the renewed contact centre platform "
                   "contract.", ["Head of Procurement", "Chief Information Officer"], None, "amber",
                   end_text="TBC", due="TBC", st="Delayed",
                   upd="Awaiting outcome of the national framework call-off."),
             ]),
        dict(head="CR03 – Financial sustainability", owner="Director of Finance", scores=(16, 12, 8),
             appetite="Open",
             desc="There is a risk that NHS 24 cannot deliver a balanced budget in 2025/26 and over the medium "
                  "term, resulting in reduced services or unplanned savings.",
             controls="Financial plan approved by the Board; monthly budget monitoring; Sustainability and Value "
                      "programme.",
             acts=[
                 A("CR03.1", None, "Deliver the 3% recurring efficiency savings target through the Sustainability "
                   "and Value programme.", ["Director of Finance"], "2026-03", "green",
                   due="Q4 2025/26", st="On track", upd="£2.1m of £2.9m identified; £1.4m delivered to month 6."),
                 A("CR03.2", None, "Agree with Scottish Government the recurring funding baseline for the Mental "
                   "Health Hub.", ["Chief Executive"], "2025-11", "green",
                   due="30/11/2025", st="On track", upd="Meeting held 21 October 2025; written confirmation awaited."),
             ]),
        dict(head="CR04 – Information governance", owner="Medical Director (Caldicott Guardian)",
             scores=(15, 10, 5), appetite="Averse",
             desc="There is a risk of inappropriate access to or disclosure of personal data, resulting in harm to "
                  "patients, regulatory action and loss of public trust.",
             controls="Information governance policies; mandatory training; FairWarning access monitoring; "
                      "Data Protection Impact Assessments for new systems.",
             acts=[
                 A("CR04.1", None, "Roll out mandatory information governance refresher training to all staff, "
                   "with a 95% completion target.", ["Information Governance Manager"], "2026-03", "green",
                   due="31 March 2026", st="On track", upd="Completion at 81% (31 October 2025)."),
                 A("CR04.2", None, "Complete the retention review of call recordings held beyond the records "
                   "retention schedule.", ["Data Protection Officer"], "2025-09", "blue",
                   due="Sep-25", st="Complete", upd="Review complete; 1.2m recordings deleted under the schedule."),
             ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR Nov 2025"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=16, color="003087")
    ws["A2"] = "Audit and Risk Committee – 13 November 2025 | Version 4.1 | Data as at 31 October 2025"
    ws["A3"] = ("Risk scores are Likelihood x Impact (5 x 5 matrix). Appetite levels are those in the Risk "
                "Appetite Statement 2025/26.")
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Ref", "Risk / further action", "Owner", "Inherent", "Current", "Target", "Due date",
           "Action status", "Progress update"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("003087")
        c.border = BOX
    r = 6
    acts = []
    for rk in risks:
        ws.cell(row=r, column=1, value=rk["head"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(row=r, column=3, value=rk["owner"])
        for j, s in enumerate(rk["scores"]):
            ws.cell(row=r, column=4 + j, value=s)
        ws.cell(row=r, column=7, value="Appetite: " + rk["appetite"])
        ws.merge_cells(start_row=r, start_column=7, end_row=r, end_column=9)
        for j in range(1, 10):
            c = ws.cell(row=r, column=j)
            c.font = Font(bold=True)
            c.fill = fill("D9E1F2")
            c.border = BOX
        r += 1
        ws.cell(row=r, column=1, value="Description")
        ws.cell(row=r, column=2, value=rk["desc"])
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=9)
        ws.row_dimensions[r].height = 30
        r += 1
        ws.cell(row=r, column=1, value="Controls in place")
        ws.cell(row=r, column=2, value=rk["controls"])
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=9)
        ws.row_dimensions[r].height = 30
        for rr in (r - 1, r):
            ws.cell(row=rr, column=1).font = Font(italic=True)
            for j in range(1, 10):
                ws.cell(row=rr, column=j).alignment = WRAP
        r += 1
        for a in rk["acts"]:
            vals = [a["ref"], a["action"], " / ".join(a["lead"]), None, None, None, a["due"], a["st"], a["upd"]]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=8).fill = fill(st_fill[a["st"]])
            a["under"] = [rk["head"]]
            acts.append(a)
            r += 1
        r += 1
    ws.cell(row=r, column=1, value="Action status key:").font = Font(bold=True)
    r += 1
    for k, v in [("Complete", "Action delivered"), ("On track", "Expected by due date"),
                 ("Delayed", "Revised date agreed or awaited"), ("Off track", "Not expected to be delivered; escalated")]:
        ws.cell(row=r, column=1, value=k).fill = fill(st_fill[k])
        ws.cell(row=r, column=2, value=v)
        r += 1
    for j, w in enumerate([16, 60, 30, 9, 9, 9, 16, 13, 44]):
        ws.column_dimensions["ABCDEFGHI"[j]].width = w

    hm = wb.create_sheet("Risk profile")
    hm["A1"] = "Corporate risk profile – current scores"
    hm["A1"].font = Font(bold=True, size=12)
    hm.append([])
    hm.append(["Risk", "Owner", "Inherent", "Current", "Target", "Movement since August 2025"])
    mv = ["↔", "↑", "↔", "↓"]
    for rk, m in zip(risks, mv):
        hm.append([rk["head"], rk["owner"], *rk["scores"], m])
    hm.append([])
    hm.append(["Scores of 15 and above are reported to the Board; scores of 20 and above are escalated to the "
               "Chief Executive within 24 hours."])
    hm.column_dimensions["A"].width = 44
    hm.column_dimensions["B"].width = 36
    wb.save(out(name))

    write_expected(
        name,
        source=("Imitates a national NHS Scotland board's corporate risk register as tabled at its Audit and Risk "
                "Committee (NHS 24 publishes its Risk Management Strategy 2025–2028 and reports the corporate "
                "register to ARC and the Board). Copied features: title and version line, one block per risk with "
                "a bold risk header row (ref and title merged, owner, inherent/current/target scores, appetite), "
                "description and controls rows, further-action rows with owners, due dates (one with a revised "
                "date in the same cell), fill-coloured action status words, a status key under the table, and a "
                "second risk profile sheet."),
        reads=("Four corporate risks, each with a description, the controls in place and two or three further "
               "actions with an owner, due date and status. The actions are the numbered CRnn.n rows; the "
               "description/controls rows, the key and the risk profile sheet are not actions."),
        outcome="read", title=title, actions=acts)


# ---------------------------------------------------------------------------
# 3. Cardiff Council – CIW children's services PEI improvement plan (xlsx, refuse)
# ---------------------------------------------------------------------------
def cardiff():
    name = "tw-cardiff-council-ciw-childrens-services-performance-evaluation-improvement-plan-typo-month-refuse.xlsx"
    title = "CIW Performance Evaluation Inspection (PEI) of Children’s Services – Improvement Plan"
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    plan = [
        ("People – voice and control", [
            ("Children’s views, wishes and feelings should be consistently recorded and be evident in "
             "assessments and care and support plans.", [
                ("1.1", "Make the ‘What matters to me’ section of the assessment template mandatory in the case "
                        "management system.", "Operational Manager – Safeguarding", "31/03/2025", "", "B",
                 "Live from 3 March 2025."),
                ("1.2", "Quarterly thematic audit of 40 case files, testing how children’s views are recorded and "
                        "acted on.", "Principal Social Worker", "Jun-25", "Sept 2025", "G",
                 "First audit reported to the Children’s Services Management Team in September 2025."),
            ]),
            ("Children and young people should be offered advocacy consistently at key points in their care.", [
                ("1.3", "Record the active offer of advocacy at every Child Looked After review, with monthly "
                        "reporting from the commissioned advocacy provider.",
                 "Independent Reviewing Service Manager", "30/06/2025", "", "B", "Complete; monthly data in the "
                                                                                     "performance report."),
            ]),
        ]),
        ("Prevention", [
            ("Families should be able to access information, advice and assistance and early help at the "
             "earliest opportunity, without unnecessary delay.", [
                ("2.1", "Launch the refreshed Family Advice and Support web pages and single contact number.",
                 "Operational Manager – Early Help", "31/05/2025", "", "B", "Launched 19 May 2025."),
                ("2.2", "Reduce waiting times for the Support4Families service to under 20 working days, with "
                        "monthly monitoring.", "Operational Manager – Early Help", "December 2025", "", "A",
                 "Average wait 27 working days (August 2025)."),
            ]),
        ]),
        ("Partnerships and integration", [
            ("Health and education partners should be consistently involved in strategy discussions and "
             "meetings.", [
                ("3.1", "Agree a multi-agency protocol for attendance at strategy meetings with the health board, "
                        "South Wales Police and Education.", "Head of Service – Intervention", "Febuary 2026", "",
                 "G", "Draft protocol shared with partners for comment."),
                ("3.2", "Audit attendance at strategy meetings each quarter and report to the Regional "
                        "Safeguarding Board.", "Safeguarding Business Manager", "Quarterly", "", "G",
                 "Q1 audit: health attendance 71%, education 64%."),
            ]),
        ]),
        ("Well-being", [
            ("The local authority should continue to reduce its reliance on placements operating without "
             "registration.", [
                ("4.1", "Open two further in-house children’s homes through the Accommodation Strategy.",
                 "Assistant Director – Children’s Services", "31/03/2026", "", "A",
                 "First home registered with CIW; second delayed by planning consent."),
                ("4.2", "Weekly tracking of any child placed in an unregistered setting, with Director sign-off.",
                 "Director of Social Services", "Weekly", "", "G", "In place."),
            ]),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Cardiff Council – Children’s Services"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Inspection fieldwork: 7–11 October 2024 | Report published: 16 January 2025 | Progress update: September 2025"
    hdr = ["Ref", "Principle", "Area for improvement (CIW)", "Action", "Lead officer", "Target date",
           "Revised target date", "RAG", "Progress update"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E79")
        c.border = BOX
        c.alignment = WRAP
    r = 6
    typo_row = None
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for principle, afis in plan:
        p_start = r
        for afi, acts in afis:
            a_start = r
            for ref, act, lead, tgt, rev, rag, upd in acts:
                vals = [ref, None, None, act, lead, tgt, rev or None, None, upd]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                ws.cell(row=r, column=8).fill = fill(rag_fill[rag])
                counts[rag] += 1
                if "Febuary" in tgt:
                    typo_row = r
                r += 1
            ws.cell(row=a_start, column=3, value=afi)
            if r - 1 > a_start:
                ws.merge_cells(start_row=a_start, start_column=3, end_row=r - 1, end_column=3)
        ws.cell(row=p_start, column=2, value=principle).font = Font(bold=True)
        if r - 1 > p_start:
            ws.merge_cells(start_row=p_start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG key:").font = Font(bold=True)
    for j, (k, v) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Some slippage"), ("R", "Off track")]):
        ws.cell(row=r + 1 + j, column=1).fill = fill(rag_fill[k])
        ws.cell(row=r + 1 + j, column=2, value=v)
    for j, w in enumerate([7, 20, 40, 48, 30, 14, 14, 7, 40]):
        ws.column_dimensions["ABCDEFGHI"[j]].width = w
    ws.freeze_panes = "A6"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "RAG summary – September 2025"
    sm["A1"].font = Font(bold=True)
    sm.append(["RAG", "Number of actions"])
    for k, lab in [("B", "Complete"), ("G", "On track"), ("A", "Some slippage"), ("R", "Off track")]:
        sm.append([lab, counts[k]])
    sm.append(["Total", sum(counts.values())])
    sm.column_dimensions["A"].width = 18
    wb.save(out(name))
    assert typo_row is not None

    write_expected(
        name,
        source=("Imitates a Welsh council's improvement plan responding to a Care Inspectorate Wales performance "
                "evaluation inspection of children's services (CIW PEI reports are set out under the four "
                "principles of the Social Services and Well-being (Wales) Act 2014), as Cardiff Council would "
                "report it to scrutiny in 2025. Copied features: title block with inspection and report dates, "
                "principle column merged down its rows, area-for-improvement text merged over its actions, target "
                "and revised target columns, RAG shown only as cell fill with a key, and a RAG summary sheet."),
        reads=("Nine actions under the four Act principles, each answering a CIW area for improvement, with a lead "
               "officer, target date and fill-only RAG. Action 3.1 has the target date 'Febuary 2026', a mistyped "
               "month with no revised date beside it, so a careful reader stops and asks what month was meant."),
        outcome="refuse", title=title, refuse_at=typo_row)


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


def set_cell(cell, text, bold=False, size=None, italic=False, color=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


# ---------------------------------------------------------------------------
# 4. Glenurquhart Primary School – Education Scotland post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def glenurquhart():
    name = "tw-glenurquhart-primary-school-education-scotland-inspection-action-plan.docx"
    title = "Glenurquhart Primary School and Nursery: Post-Inspection Action Plan 2025–26"
    sections = [
        ("Primary school", [
            ("Area for improvement 1",
             "Continue to develop approaches to learning, teaching and assessment to ensure that all children "
             "experience appropriate pace and challenge in their learning.",
             "Links: NIF priority – improvement in attainment, particularly in literacy and numeracy; "
             "HGIOS4 QI 2.3 Learning, teaching and assessment",
             [A("1.1", None, "Develop a shared understanding of what high-quality learning and teaching looks like "
                "at Glenurquhart, through a learning and teaching charter created with children, staff and "
                "parents.", ["HT"], "2025-10", "blue",
                when="October 2025", measure="Charter in place and evident in all classes during learning visits.",
                rag="B"),
              A("1.2", None, "Introduce peer learning visits (two per teacher per term), focused on "
                "differentiation and pace.", ["DHT", "PT"], None, "green", end_text="Ongoing – termly cycle",
                when="Ongoing – termly cycle", measure="Learning visit records show increased challenge for "
                "higher-attaining children.", rag="G"),
              A("1.3", None, "Use the Highland Numeracy Progression Framework to plan next steps in numeracy "
                "across all stages, supported by the Quality Improvement Officer.", ["Class teachers", "QIO"],
                "2026-03", "amber", when="March 2026",
                measure="Planning shows progression; numeracy attainment at P4 and P7 improves.", rag="A"),
              ]),
            ("Area for improvement 2",
             "Improve the use of assessment information to track children’s progress and to plan interventions, "
             "particularly in writing.",
             "Links: NIF priority – closing the attainment gap; HGIOS4 QI 3.2 Raising attainment and achievement",
             [A("2.1", None, "Introduce tracking meetings each term between the HT and each class teacher, using "
                "the Highland tracking tool and teachers’ professional judgements.", ["HT"], "2025-11", "green",
                when="November 2025", measure="All children’s progress in writing tracked; interventions "
                "recorded and reviewed.", rag="G"),
              A("2.2", None, "Moderate writing with the Glen Urquhart High School cluster primaries at two cluster "
                "in-service days.", ["PT"], "2026-05", "unrated", when="By 31 May 2026",
                measure="Teachers’ judgements of writing levels are consistent with cluster colleagues.",
                rag="Not yet started"),
              ]),
        ]),
        ("Nursery class (early learning and childcare)", [
            ("Area for improvement 3",
             "Practitioners should make better use of observations of children’s play to plan learning that "
             "builds on children’s interests and extends their thinking.",
             "Links: Quality Improvement Framework – Leading and Learning; Realising the Ambition",
             [A("3.1", None, "Refresh the nursery floorbook approach so that children’s ideas and questions are "
                "recorded and used to plan next steps.", ["Senior Early Years Practitioner"], "2025-12", "green",
                when="December 2025", measure="Floorbooks show children’s voice and planned next steps.",
                rag="G"),
              A("3.2", None, "Training for all nursery practitioners on ‘Realising the Ambition’ and on quality "
                "interactions, delivered by the Highland Council Early Years team.",
                ["HT", "Senior Early Years Practitioner"], "2026-02", "amber", when="February 2026",
                measure="Observations show more open questioning and sustained shared thinking.", rag="A"),
              ]),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = "The Highland Council | Comhairle na Gàidhealtachd – Education and Learning"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading(title, level=0)
    doc.add_paragraph("Education Scotland inspection: March 2025. Letter to parents and carers published: "
                      "10 June 2025.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Approved by"]):
        set_cell(c, h, bold=True)
    for row in [("1.0", "20/06/2025", "Head Teacher", "Quality Improvement Manager"),
                ("1.1", "03/11/2025", "Head Teacher", "Parent Council (for information)")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_paragraph()
    doc.add_paragraph("This plan sets out how we will address the areas for improvement agreed with HM "
                      "Inspectors. It forms part of our School Improvement Plan 2025–26 and progress is reported to "
                      "the Parent Council each term.")
    doc.add_paragraph("RAG key: G – on track; A – some progress, needs attention; R – behind schedule; "
                      "B – complete.")
    acts = []
    for sec, afis in sections:
        doc.add_heading(sec, level=1)
        for head, afi, links, alist in afis:
            doc.add_heading(head, level=2)
            p = doc.add_paragraph()
            p.add_run(afi).bold = True
            lp = doc.add_paragraph()
            r = lp.add_run(links)
            r.italic = True
            r.font.size = Pt(8)
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, ["No.", "Actions", "Lead", "Timescale", "Measures of success",
                                               "Progress (RAG)"]):
                set_cell(c, h, bold=True)
                shade(c, "D9E2F3")
            for a in alist:
                cells = t.add_row().cells
                vals = [a["ref"], a["action"], " / ".join(a["lead"]) if a["ref"] != "1.3" else ", ".join(a["lead"]),
                        a["when"], a["measure"], a["rag"]]
                for c, v in zip(cells, vals):
                    set_cell(c, v)
                a["under"] = [sec, afi]
                acts.append(a)
            doc.add_paragraph()
    doc.add_paragraph("Key to leads: HT – Head Teacher; DHT – Depute Head Teacher; PT – Principal Teacher; "
                      "QIO – Quality Improvement Officer.")
    doc.add_paragraph("Signed: Head Teacher          Date: 20 June 2025")
    doc.save(out(name))

    write_expected(
        name,
        source=("Imitates a Scottish primary school's post-inspection action plan after an Education Scotland "
                "inspection (Highland Council school; the inspectors' letter lists areas for improvement agreed "
                "with the school and the authority, which the school folds into its School Improvement Plan). "
                "Copied features: council letterhead in the page header, title, version/approval table, RAG key "
                "paragraph, separate primary and nursery (ELC) sections, one table per area for improvement with "
                "the improvement text above it, NIF/HGIOS4 links line, measures of success column, lead "
                "abbreviations with a key line and a sign-off line."),
        reads=("Three areas for improvement, two for the primary school and one for the nursery class, each "
               "followed by a table of numbered actions with lead, timescale, measures of success and a RAG letter. "
               "Leads are abbreviations ('DHT / PT' is two posts); 'Ongoing – termly cycle' has no end month and "
               "'Not yet started' is unrated."),
        outcome="read", title=title, actions=acts)


# ---------------------------------------------------------------------------
# 5. Swansea Council – children's home CIW inspection improvement plan (docx)
# ---------------------------------------------------------------------------
def swansea():
    name = "tw-swansea-council-childrens-home-ciw-inspection-improvement-plan.docx"
    title = "Tŷ Nant Children’s Home – CIW Inspection Improvement Plan"
    st_rag = {"Complete": "blue", "On track": "green", "Some slippage": "amber", "Off track": "red"}
    plan = [
        ("Priority Action Notice", [
            ("Regulation 35 – Fitness of staff: full employment histories and references were not in place for "
             "two staff members before they started work at the service.", [
                A("PAN 1.1", None, "Audit all staff personnel files held for Tŷ Nant against Schedule 1 of the "
                  "Regulations and obtain any missing references or explanations of gaps in employment history.",
                  ["Registered Manager"], "2025-04", "blue", when="11/04/2025", st="Complete"),
                A("PAN 1.2", None, "Introduce a pre-start checklist signed off by the Registered Manager and the HR "
                  "Business Partner before any new staff member starts.",
                  ["Registered Manager", "HR Business Partner"], "2025-04", "blue", when="30/04/2025",
                  st="Complete"),
            ]),
        ]),
        ("Areas for improvement", [
            ("Regulation 36 – Supporting and developing staff: not all staff had received formal supervision at "
             "least quarterly.", [
                A("AFI 1.1", None, "Set the supervision schedule for the year and monitor it at the monthly service "
                  "management meeting.", ["Registered Manager"], None, "green", end_text="Monthly",
                  when="Monthly", st="On track"),
                A("AFI 1.2", None, "Deputy managers to complete the council’s supervision skills training.",
                  ["Principal Officer – Residential Services"], "2025-09", "green",
                  when="End of September 2025", st="On track"),
            ]),
            ("Regulation 73 – Visits by the responsible individual: visits did not consistently include speaking "
             "with children and staff.", [
                A("AFI 2.1", None, "Revise the RI visit template to record consultation with children, staff and, "
                  "where appropriate, families and placing authorities.", ["Responsible Individual"], "2025-06",
                  "blue", when="June 2025", st="Complete"),
            ]),
            ("Regulation 21 – Standards of care and support: risk assessments were not always updated after a "
             "child had been missing from the home.", [
                A("AFI 3.1", None, "Review every missing-from-care risk assessment within 72 hours of a child "
                  "returning and record the review on WCCIS.", ["Registered Manager"], "2025-08", "amber",
                  when="31/08/2025", st="Some slippage"),
                A("AFI 3.2", None, "Refresher training on the All Wales Practice Guide for children who go missing, "
                  "for all residential staff.", ["Workforce Development Officer"], "2025-10", "green",
                  when="Oct-25", st="On track"),
            ]),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.sections[0].header.paragraphs[0].text = "Dinas a Sir Abertawe / City and County of Swansea – Child and Family Services"
    doc.add_heading(title, level=0)
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Service", "Tŷ Nant Children’s Home (care home service – children)"),
                 ("Service provider", "City and County of Swansea"),
                 ("Responsible Individual", "Head of Child and Family Services"),
                 ("Date of inspection", "4 and 5 March 2025 (unannounced)"),
                 ("Inspection report published", "23 April 2025"),
                 ("Plan version", "v3 – updated 30 July 2025")]:
        cells = info.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "E7E6E6")
        set_cell(cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph("CIW issued one Priority Action Notice and identified three areas for improvement. The "
                      "actions below were agreed by the Responsible Individual and are monitored at the monthly "
                      "Residential Services management meeting.")
    cols = ["No.", "Regulation and CIW finding", "Action", "Responsible person", "Timescale", "Status"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        set_cell(c, h, bold=True, color="FFFFFF")
        shade(c, "00605F")
    acts = []
    for band, regs in plan:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        set_cell(m, band, bold=True)
        shade(m, "BDD7EE")
        for finding, alist in regs:
            first = None
            for a in alist:
                cells = t.add_row().cells
                set_cell(cells[0], a["ref"])
                set_cell(cells[2], a["action"])
                set_cell(cells[3], " / ".join(a["lead"]))
                set_cell(cells[4], a["when"])
                set_cell(cells[5], a["st"])
                if first is None:
                    first = cells[1]
                    set_cell(first, finding)
                else:
                    first = first.merge(cells[1])
                    set_cell(first, finding)
                a["under"] = [band, finding]
                acts.append(a)
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete – action finished and evidenced; On track – within timescale; "
                      "Some slippage – timescale at risk; Off track – timescale missed.")
    so = doc.add_table(rows=2, cols=2)
    so.style = "Table Grid"
    set_cell(so.cell(0, 0), "Approved by (Responsible Individual):", bold=True)
    set_cell(so.cell(0, 1), "Head of Child and Family Services")
    set_cell(so.cell(1, 0), "Date:", bold=True)
    set_cell(so.cell(1, 1), "30/07/2025")
    doc.save(out(name))

    write_expected(
        name,
        source=("Imitates a Welsh local authority's improvement plan for one of its registered children's homes "
                "after a Care Inspectorate Wales inspection (CIW reports list Priority Action Notices and areas for "
                "improvement against the Regulated Services (Service Providers and Responsible Individuals) "
                "(Wales) Regulations 2017). Copied features: bilingual council header, service details table, "
                "one plan table with full-width band rows for the Priority Action Notice and the areas for "
                "improvement, the regulation and CIW finding merged down over its actions, status words with a "
                "key paragraph, and a sign-off table."),
        reads=("Seven actions: two answering the Priority Action Notice (Regulation 35) and five answering three "
               "areas for improvement, each with a responsible person, timescale and status. 'Registered Manager "
               "/ HR Business Partner' is two posts; 'Monthly' has no end month."),
        outcome="read", title=title, actions=acts)


# ---------------------------------------------------------------------------
# 6. NIFRS Board – action log (csv)
# ---------------------------------------------------------------------------
def nifrs():
    name = "tw-nifrs-board-action-log.csv"
    title = "Northern Ireland Fire & Rescue Service Board – Action Log (Public Session)"
    rag = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}
    meetings = [
        ("Board Meeting – 27 March 2025", [
            A("B/25/09", None, "Provide the Board with a breakdown of overtime costs by department for 2024/25, "
              "with comparison to the previous two years.", ["Director of Finance & Corporate Services"],
              "2025-06", "blue", minute="BM 03/25 Item 6", due="Jun-25", rag="B",
              upd="Presented at the June Board meeting. Propose closure."),
            A("B/25/11", None, "Arrange a Board development session on the Emergency Cover Review options before "
              "public consultation begins.", ["Chief Fire & Rescue Officer"], "2025-09", "blue",
              minute="BM 03/25 Item 9", due="Sept 2025", rag="B", upd="Session held 4 September 2025."),
        ]),
        ("Board Meeting – 26 June 2025", [
            A("B/25/17", None, "Bring a paper on the replacement of the Command and Control system to a future "
              "meeting.\nPaper to include the revised business case timeline.",
              ["ACFO Service Delivery", "Head of ICT"], "2025-11", "green",
              minute="BM 06/25 Item 7", due="30/11/2025", rag="G", upd="On agenda for November Board."),
            A("B/25/18", None, "Circulate the HMFSI inspection action plan progress report to Board members ahead "
              "of the Audit and Risk Assurance Committee.", ["Head of Corporate Planning"], "2025-08", "red",
              minute="BM 06/25 Item 8", due="Aug-25", rag="R",
              upd="Delayed – report now scheduled for ARAC in October."),
            A("B/25/20", None, "Review the attendance management policy in light of sickness absence figures for "
              "wholetime and on-call staff, and report back.", ["Director of Human Resources"], "2025-12",
              "amber", minute="BM 06/25 Item 11", due="December 2025", rag="A",
              upd="Policy review started; trade union consultation scheduled."),
        ]),
        ("Board Meeting – 25 September 2025", [
            A("B/25/26", None, "Include on-call availability by station in the quarterly performance report.",
              ["Head of Performance and Planning"], "2025-12", "green", minute="BM 09/25 Item 5",
              due="Q3 2025/26", rag="G", upd=""),
            A("B/25/27", None, "Write to the Department of Health regarding capital funding for phase 2 of the "
              "Learning and Development College fit-out.", ["Chair", "Chief Fire & Rescue Officer"], "2025-10",
              "green", minute="BM 09/25 Item 8", due="31/10/2025", rag="G", upd="Draft letter prepared."),
            A("B/25/28", None, "Provide an update on the implementation of the independent culture review "
              "recommendations.", ["Director of Human Resources"], None, "unrated", end_text="TBC",
              minute="BM 09/25 Item 10", due="TBC", rag="", upd=""),
        ]),
    ]
    ncol = 7
    rows = [[title] + [""] * (ncol - 1),
            ["Updated: 2 October 2025, following the Board meeting held on 25 September 2025"] + [""] * (ncol - 1),
            ["RAG: B = complete; G = on track; A = at risk of missing due date; R = overdue"] + [""] * (ncol - 1),
            [""] * ncol,
            ["Action No.", "Minute Ref", "Action", "Action Owner", "Due Date", "RAG", "Update / Comment"]]
    acts = []
    for mt, alist in meetings:
        rows.append([mt] + [""] * (ncol - 1))
        for a in alist:
            rows.append([a["ref"], a["minute"], a["action"], "; ".join(a["lead"]) if a["ref"] == "B/25/27"
                         else " / ".join(a["lead"]), a["due"], a["rag"], a["upd"]])
            a["under"] = [mt]
            acts.append(a)
    rows.append([""] * ncol)
    rows.append(["Actions agreed as complete are removed from the log after the Board has accepted closure."]
                + [""] * (ncol - 1))
    with open(out(name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)

    write_expected(
        name,
        source=("Imitates a Northern Ireland arm's-length body's Board action log (matters arising) as the "
                "Northern Ireland Fire & Rescue Service Board would publish it with its public papers in October "
                "2025, exported from the Board secretariat's spreadsheet to CSV. Copied features: title lines, "
                "update line, RAG key line, meeting-date heading rows grouping the actions, action number and "
                "minute reference columns, job titles as owners (two owners in some cells), a quoted multi-line "
                "action cell, a blank RAG, and a closing notes line."),
        reads=("Eight open and recently completed Board actions grouped by the meeting that raised them, each "
               "with an action number, owner(s), due date and a B/G/A/R RAG letter. 'Director of Finance & "
               "Corporate Services' and 'Chief Fire & Rescue Officer' are single posts; 'ACFO Service Delivery / "
               "Head of ICT' and 'Chair; Chief Fire & Rescue Officer' are two."),
        outcome="read", title=title, actions=acts)


# ---------------------------------------------------------------------------
# 7. Southern Area Hospice Services – RQIA inspection QIP tracker (txt, tab-separated)
# ---------------------------------------------------------------------------
def southern_hospice():
    name = "tw-southern-area-hospice-rqia-inspection-qip-tracker.txt"
    title = "Southern Area Hospice Services – RQIA Quality Improvement Plan (QIP) Action Tracker"
    rag = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    S1 = "Action required to ensure compliance with The Independent Health Care Regulations (Northern Ireland) 2005"
    S2 = ("Action required to ensure compliance with the Minimum Care Standards for Independent Healthcare "
          "Establishments (July 2014)")
    plan = [
        (S1, [
            ("1", "Regulation 15 (2) (b) – Stated: First time",
             "The registered person shall ensure that the controlled drugs register is accurately maintained and "
             "that stock balance checks are completed and signed by two registered nurses at each handover.", [
                A("1a", None, "Controlled drug stock checks added to the handover safety brief; compliance audited "
                  "weekly by the nurse in charge.", ["Ward Sister"], None, "blue",
                  end_text="From the date of inspection", due="From the date of inspection", rag="B"),
                A("1b", None, "Monthly controlled drugs audit by the hospice pharmacist, with results reported to "
                  "the Medicines Management Group.\nResults also shared at the Clinical Governance Committee.",
                  ["Hospice Pharmacist"], "2025-04", "green", due="30/04/2025", rag="G"),
            ]),
            ("2", "Regulation 19 (2) (d) – Stated: First time",
             "The registered person shall ensure that recruitment records evidence that an AccessNI enhanced "
             "disclosure check has been received before staff commence employment.", [
                A("2a", None, "Recruitment checklist amended so that a start date cannot be confirmed until the "
                  "AccessNI certificate number has been recorded.", ["HR Manager"], "2025-03", "blue",
                  due="31/03/2025", rag="B"),
            ]),
        ]),
        (S2, [
            ("3", "Standard 20.1 – Stated: First time",
             "The registered person should ensure that patients’ care records include an up-to-date falls risk "
             "assessment, reviewed following any fall.", [
                A("3a", None, "Falls risk assessment review added as a mandatory field in the post-falls huddle "
                  "record.", ["Clinical Nurse Manager"], "2025-05", "blue", due="May-25", rag="B"),
                A("3b", None, "Quarterly falls documentation audit (10 sets of records), with results shared at "
                  "ward meetings.", ["Clinical Nurse Manager", "Practice Development Facilitator"], "2025-09",
                  "green", due="30/09/2025", rag="G"),
            ]),
            ("4", "Standard 7.4 – Stated: First time",
             "The registered person should ensure that the environment is maintained in good decorative order; "
             "in particular, the damaged flooring in the sluice room and bathroom 2 should be replaced.", [
                A("4a", None, "Replace the flooring in the sluice room and bathroom 2; contractor appointed and "
                  "works scheduled around planned bed closures.", ["Estates and Facilities Manager"], "2025-08",
                  "amber", due="31 August 2025", rag="A"),
            ]),
            ("5", "Standard 39.3 – Stated: First time",
             "The registered person should ensure that the minutes of patient and family feedback meetings "
             "record the actions agreed and who is responsible for them.", [
                A("5a", None, "New template for the Patient and Family Forum minutes, with an action log section.",
                  ["Head of Quality and Governance"], "2025-06", "blue", due="June 2025", rag="B"),
                A("5b", None, "‘You Said, We Did’ board installed in the IPU family room and updated quarterly.",
                  ["Head of Quality and Governance"], None, "green", end_text="Ongoing", due="Ongoing", rag="G"),
            ]),
        ]),
    ]
    T = "\t"
    lines = [
        title,
        "RQIA Unannounced Inspection – Inpatient Unit, Newry – 11 and 12 February 2025",
        "Owner: Director of Nursing and Patient Services" + T + "Last updated: 16/06/2025" + T + "Version 2",
        "RAG: R = not on track" + T + "A = in progress, some risk" + T + "G = on track" + T
        + "B = completed and embedded",
        "",
        T.join(["AFI", "Regulation / Standard", "Area for improvement", "Action ref", "Action", "Lead",
                "To be completed by", "RAG"]),
    ]
    acts = []
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for sec, afis in plan:
        lines.append(sec)
        for no, reg, afi, alist in afis:
            for i, a in enumerate(alist):
                first_line, *cont = a["action"].split("\n")
                head = [no, reg, afi] if i == 0 else ["", "", ""]
                lines.append(T.join(head + [a["ref"], first_line, " / ".join(a["lead"]), a["due"], a["rag"]]))
                for c in cont:
                    lines.append(T.join(["", "", "", "", c, "", "", ""]))
                counts[a["rag"]] += 1
                a["under"] = [sec, afi]
                acts.append(a)
    lines.append("")
    lines.append(T.join(["Summary", "Actions: %d" % len(acts)] + ["%s: %d" % (k, counts[k]) for k in "BGAR"]))
    lines.append("QIP returned to RQIA on 14/03/2025. Tracker reviewed monthly at the Clinical Governance "
                 "Committee.")
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(
        name,
        source=("Imitates a Northern Ireland independent hospice's tracker of the Quality Improvement Plan that RQIA "
                "appends to its inspection reports (areas for improvement split into those under The Independent "
                "Health Care Regulations (NI) 2005 and those under the Minimum Care Standards for Independent "
                "Healthcare Establishments, each with its Regulation/Standard and 'Stated: First time'), as "
                "Southern Area Hospice Services would keep it in 2025, exported as tab-separated text. Copied "
                "features: title lines, owner/version line, RAG key line, the two RQIA section lines, AFI text "
                "given once above its actions, lettered action refs, a continuation line, 'From the date of "
                "inspection' timescale, a summary totals line and a notes line."),
        reads=("Five RQIA areas for improvement in two sections (Regulations, Standards) with eight lettered "
               "actions, each with a lead, target and RAG letter. The line holding only 'Results also shared at "
               "the Clinical Governance Committee.' continues action 1b; the summary and notes lines are not "
               "actions."),
        outcome="read", title=title, actions=acts)


if __name__ == "__main__":
    nhs_grampian()
    nhs24()
    cardiff()
    glenurquhart()
    swansea()
    nifrs()
    southern_hospice()
    print("done")
