"""Build the seven po- test files (set heldout454).

Run with: /work/main/.venv/bin/python po_make.py
Each action record also carries the expected reading (x_* keys) so that
po_ expected YAML can be written from the very same strings.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "head": "1F3864", "sec": "D9E1F2", "sub": "EDEDED", "grey": "D9D9D9",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(code):
    return PatternFill("solid", start_color=FILL.get(code, code), end_color=FILL.get(code, code))


def d(y, m, day):
    return dt.datetime(y, m, day)


def put(ws, row, values, bold=False, border=True, fill_code=None):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        if border:
            c.border = BOX
        if bold:
            c.font = Font(bold=True)
        if fill_code:
            c.fill = fill(fill_code)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
    return row


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. NHS Highland - Annual Audit Report 2024/25 action plan tracker (xlsx)
# ---------------------------------------------------------------------------
NHSH_TITLE = "NHS Highland – Annual Audit Report 2024/25 Action Plan Tracker"
NHSH_SECTIONS = [
    ("Financial management", [
        dict(no="1",
             issue="Year-end accruals: our testing identified £1.2 million of expenditure accrued in 2024/25 without adequate supporting documentation.",
             rec="Management should strengthen the year-end accruals process so that all accruals above £50,000 are supported by evidence and reviewed before the ledger closes.",
             actions=[dict(ref="1",
                           action="Revised year-end guidance to be issued to budget holders with a £50,000 evidence threshold and a documented second review by Financial Accounting.",
                           lead="Head of Financial Services", orig=d(2026, 1, 31), rev=None, prev="G", cur="G",
                           note="Draft guidance prepared; to be issued with the year-end timetable in January.",
                           x_lead=["Head of Financial Services"], x_end="2026-01", x_status="green")]),
        dict(no="2",
             issue="Payroll overpayments: overpayments of £0.9 million were identified in 2024/25, largely arising from late notification of leavers.",
             rec="NHS Highland should improve the timeliness of leaver notifications and strengthen the recovery of payroll overpayments.",
             actions=[dict(ref="2a",
                           action="Introduce an automated leaver notification from eESS to Payroll, with monthly exception reports to line managers.",
                           lead="Director of People and Culture", orig=d(2025, 9, 30), rev=d(2026, 3, 31), prev="A", cur="A",
                           note="eESS workflow change delayed by the national release schedule; revised date agreed with Audit Scotland.",
                           x_lead=["Director of People and Culture"], x_end="2026-03", x_status="amber"),
                      dict(ref="2b",
                           action="Report overpayment levels and recovery rates quarterly to the Staff Governance Committee.",
                           lead="Head of Payroll Services; Deputy Director of Finance", orig="December 2025", rev=None, prev="G", cur="B",
                           note="First report presented to Staff Governance Committee on 4 November 2025.",
                           x_lead=["Head of Payroll Services", "Deputy Director of Finance"], x_end="2025-12", x_status="blue")]),
    ]),
    ("Financial sustainability", [
        dict(no="3",
             issue="Medium-term financial planning: the Board continues to rely on non-recurring measures to achieve break-even.",
             rec="NHS Highland should develop a medium-term financial plan that sets out how recurring financial balance will be achieved, with savings plans identified and risk-assessed.",
             actions=[dict(ref="3",
                           action="Develop a three-year medium-term financial plan 2026/27 to 2028/29 for Board approval, aligned to the Scottish Government financial planning template.",
                           lead="Director of Finance", orig=d(2026, 3, 31), rev=None, prev="G", cur="G",
                           note="Planning assumptions agreed at EDG; draft to Finance, Resources and Performance Committee in January 2026.",
                           x_lead=["Director of Finance"], x_end="2026-03", x_status="green")]),
        dict(no="4",
             issue="Value and Efficiency programme: savings schemes are not consistently supported by project documentation and benefits tracking.",
             rec="All savings schemes should have an approved project initiation document and monthly benefits tracking reported to the Programme Board.",
             actions=[dict(ref="4",
                           action="Implement a PMO gateway so that no scheme is counted towards the savings target without an approved PID and benefits profile.",
                           lead="Head of PMO", orig=d(2025, 12, 31), rev=None, prev="A", cur="R",
                           note="Gateway process designed but not yet adopted across all directorates; revised date to be agreed at December ARC.",
                           x_lead=["Head of PMO"], x_end="2025-12", x_status="red")]),
    ]),
    ("Vision, leadership and governance", [
        dict(no="5",
             issue="Committee assurance: not all governance committees completed their annual self-assessment in 2024/25.",
             rec="The Board should ensure every standing committee completes an annual self-assessment and reports the outcome in its annual report.",
             actions=[dict(ref="5",
                           action="Self-assessment template to be issued to all committee chairs, with results summarised in each committee annual report for 2025/26.",
                           lead="Board Secretary", orig="May 2026", rev=None, prev="G", cur="G",
                           note="Template agreed by the Chair; issue planned for February 2026.",
                           x_lead=["Board Secretary"], x_end="2026-05", x_status="green")]),
    ]),
    ("Use of resources to improve outcomes", [
        dict(no="6",
             issue="Performance reporting: the integrated performance report does not yet show trends against Annual Delivery Plan commitments.",
             rec="NHS Highland should include Annual Delivery Plan milestones and trend data in the integrated performance report.",
             actions=[dict(ref="6",
                           action="Redesign the Integrated Performance and Quality Report to include ADP milestones and 13-month trends.",
                           lead="Director of Strategy and Transformation", orig="Q4 2025/26", rev=None, prev="G", cur="G",
                           note="Prototype reviewed by FRPC in October 2025.",
                           x_lead=["Director of Strategy and Transformation"], x_end="2026-03", x_end_text="Q4 2025/26",
                           x_status="green")]),
    ]),
]
NHSH_PRIOR = [
    dict(ref="PY1",
         rec="Asset register: the fixed asset register should be reconciled to the general ledger monthly.",
         action="Monthly reconciliation of the fixed asset register to the general ledger, signed off by the Financial Controller.",
         lead="Financial Controller", orig=d(2025, 3, 31), rev=None, status="Complete",
         note="Reconciliations completed monthly since April 2025; confirmed by audit.",
         x_lead=["Financial Controller"], x_end="2025-03", x_status="blue"),
    dict(ref="PY2",
         rec="Workforce planning: the three-year workforce plan should be refreshed to reflect service redesign.",
         action="Refresh the Workforce Plan 2025–2028 and present it to the Staff Governance Committee.",
         lead="Director of People and Culture", orig=d(2025, 6, 30), rev=d(2026, 1, 31), status="Amber",
         note="Delayed pending national workforce planning guidance.",
         x_lead=["Director of People and Culture"], x_end="2026-01", x_status="amber"),
    dict(ref="PY3",
         rec="Cyber security: outstanding actions from the Network and Information Systems (NIS) audit should be completed.",
         action="Complete the remaining NIS audit actions and report compliance to the Audit and Risk Committee.",
         lead="Head of eHealth", orig=d(2026, 3, 31), rev=None, status="Green",
         note="82% compliance reached; remaining actions scheduled.",
         x_lead=["Head of eHealth"], x_end="2026-03", x_status="green"),
    dict(ref="PY4",
         rec="Endowment funds: the Board should review the governance arrangements for its endowment funds.",
         action="Review the Endowment Fund Trustees' terms of reference and scheme of delegation.",
         lead="Board Secretary", orig=d(2024, 12, 31), rev=None, status="Complete",
         note="Revised terms of reference approved by Trustees in March 2025.",
         x_lead=["Board Secretary"], x_end="2024-12", x_status="blue"),
]


def make_nhsh(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = NHSH_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Committee – 9 December 2025"
    ws["A3"] = "External auditor: Audit Scotland. Progress as at 14 November 2025."
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    put(ws, 6, ["Version", "Date", "Author", "Change"], bold=True, fill_code="grey")
    put(ws, 7, ["0.3", d(2025, 11, 14), "Head of Financial Services", "Q2 updates from action owners"])
    put(ws, 8, ["1.0", d(2025, 11, 25), "Board Secretary", "Approved by EDG for ARC"])
    ws["A10"] = "RAG key"
    ws["A10"].font = Font(bold=True)
    key = [("B", "Complete – evidence provided to External Audit"),
           ("G", "On track to deliver by the agreed date"),
           ("A", "At risk – revised date agreed"),
           ("R", "Off track – revised date not yet agreed")]
    for i, (k, txt) in enumerate(key):
        put(ws, 11 + i, [k, txt])
        ws.cell(row=11 + i, column=1).fill = fill(k)
    ws["A16"] = "Summary of progress"
    ws["A16"].font = Font(bold=True)
    put(ws, 17, ["Status", "2024/25 actions", "Prior year actions", "Total"], bold=True, fill_code="grey")
    put(ws, 18, ["Complete", 1, 2, 3])
    put(ws, 19, ["Green", 4, 1, 5])
    put(ws, 20, ["Amber", 1, 1, 2])
    put(ws, 21, ["Red", 1, 0, 1])
    put(ws, 22, ["Total", 7, 4, 11], bold=True)
    widths(ws, [14, 48, 26, 36])

    ws = wb.create_sheet("2024-25 Action Plan")
    ws["A1"] = "Annual Audit Report 2024/25: Appendix 1 – Action Plan"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Report issued 26 September 2025. Progress as at 14 November 2025."
    ws.merge_cells("A2:J2")
    hdr = ["No.", "Issue / risk", "Recommendation", "Agreed management action", "Responsible officer",
           "Original agreed date", "Revised date", "Previous RAG (Sept 25)", "Current RAG (Nov 25)", "Progress update"]
    put(ws, 4, hdr, bold=True, fill_code="grey")
    r = 5
    for sec, recs in NHSH_SECTIONS:
        put(ws, r, [sec] + [None] * 9, bold=True, fill_code="sec")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for rec in recs:
            first = r
            for i, a in enumerate(rec["actions"]):
                put(ws, r, [a["ref"], rec["issue"] if i == 0 else None, rec["rec"] if i == 0 else None,
                            a["action"], a["lead"], a["orig"], a["rev"], a["prev"], a["cur"], a["note"]])
                ws.cell(row=r, column=8).fill = fill(a["prev"])
                ws.cell(row=r, column=9).fill = fill(a["cur"])
                r += 1
            if r - first > 1:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(row=r, column=1, value="Notes: dates are those agreed in the Annual Audit Report unless a revised date is shown. "
                                    "RAG status is assessed by the responsible officer and reviewed by the Head of Financial Services.")
    widths(ws, [6, 40, 40, 44, 26, 14, 14, 12, 12, 40])

    ws = wb.create_sheet("Prior Year Follow-up")
    ws["A1"] = "Follow-up of prior year recommendations (2023/24 Annual Audit Report)"
    ws["A1"].font = Font(bold=True, size=12)
    put(ws, 3, ["Ref", "Recommendation (2023/24)", "Agreed action", "Responsible officer", "Original date",
                "Revised date", "Status", "Comment"], bold=True, fill_code="grey")
    for i, a in enumerate(NHSH_PRIOR):
        put(ws, 4 + i, [a["ref"], a["rec"], a["action"], a["lead"], a["orig"], a["rev"], a["status"], a["note"]])
    widths(ws, [6, 44, 44, 26, 14, 14, 12, 40])
    wb.save(path)


def nhsh_expected():
    acts = []
    for sec, recs in NHSH_SECTIONS:
        for rec in recs:
            for a in rec["actions"]:
                acts.append(xa(a["ref"], [sec, rec["rec"]], a["action"], a))
    for a in NHSH_PRIOR:
        acts.append(xa(a["ref"], [a["rec"]], a["action"], a))
    return acts


def xa(ref, under, action, a):
    out = {"ref": ref, "under": under, "action": action, "lead": a["x_lead"], "end": a["x_end"]}
    if a.get("x_end_text"):
        out["end_text"] = a["x_end_text"]
    out["status"] = a["x_status"]
    return out


# ---------------------------------------------------------------------------
# 2. Natural Resources Wales - corporate risk register 2025-26 (xlsx)
# ---------------------------------------------------------------------------
NRW_TITLE = "Natural Resources Wales – Corporate Risk Register 2025-26"
NRW_SECTIONS = [
    ("Objective 1: Nature and people thrive together", [
        dict(id="CR1", short="Protected sites condition (30 by 30)",
             desc="Failure to meet the 30 by 30 commitment for protected sites because limited resources for site condition monitoring leave the condition of many features unknown.",
             owner="Executive Director of Evidence, Policy and Permitting", inh="4 x 5 = 20",
             controls="Protected sites baseline evaluation; Nature Networks programme; partnership agreements with eNGOs.",
             res="4 x 4 = 16", tgt="3 x 3 = 9",
             actions=[dict(ref="CR1.1",
                           action="Agree a prioritised condition monitoring programme for Sites of Special Scientific Interest with Welsh Government.",
                           lead="Head of Evidence", end="Ongoing", rag="G",
                           note="Programme for 2025-26 agreed; priorities reviewed each quarter.",
                           x_lead=["Head of Evidence"], x_end=None, x_end_text="Ongoing", x_status="green"),
                      dict(ref="CR1.2",
                           action="Develop a business case for a remote sensing approach to habitat condition assessment.",
                           lead="Head of Digital Services; Head of Evidence", end="Q4 2025/26", rag=None,
                           note="Not yet started – awaiting outcome of the 2026-27 budget round.",
                           x_lead=["Head of Digital Services", "Head of Evidence"], x_end="2026-03",
                           x_end_text="Q4 2025/26", x_status="unrated")]),
    ]),
    ("Objective 2: Communities are resilient to climate change", [
        dict(id="CR2", short="Flood forecasting and warning service resilience",
             desc="Failure of the flood forecasting and warning service during a major flood event, caused by ageing telemetry and reliance on a small number of specialist staff, leading to delayed or missed warnings to communities.",
             owner="Executive Director of Operations", inh="5 x 5 = 25",
             controls="24/7 duty rota; Flood Forecasting Centre partnership; annual exercise programme.",
             res="4 x 4 = 16", tgt="3 x 4 = 12",
             actions=[dict(ref="CR2.1",
                           action="Complete the telemetry replacement programme for the 120 highest-priority river level gauges.",
                           lead="Head of Flood Incident Risk Management", end="Mar-26", rag="G",
                           note="74 of 120 gauges replaced.",
                           x_lead=["Head of Flood Incident Risk Management"], x_end="2026-03", x_status="green"),
                      dict(ref="CR2.2",
                           action="Train a second cohort of flood forecasters and duty officers to provide 24/7 resilience.",
                           lead="Head of Flood Incident Risk Management", end="Q3 2025/26", rag="A",
                           note="Four trainees appointed; classroom training moved to January because of the storm season.",
                           x_lead=["Head of Flood Incident Risk Management"], x_end="2025-12",
                           x_end_text="Q3 2025/26", x_status="amber")]),
    ]),
    ("Objective 3: Pollution is minimised", [
        dict(id="CR3", short="Regulatory capacity for water quality incidents",
             desc="Insufficient regulatory capacity to respond to the rising number of water quality incidents, resulting in environmental harm and loss of public confidence.",
             owner="Executive Director of Evidence, Policy and Permitting", inh="4 x 4 = 16",
             controls="Incident management procedure; regulatory prioritisation framework.",
             res="3 x 4 = 12", tgt="2 x 4 = 8",
             actions=[dict(ref="CR3.1",
                           action="Implement the revised incident triage procedure so that Category 1 and 2 pollution incidents receive an officer response within 4 hours.",
                           lead="Head of Operations South West", end=d(2025, 9, 30), rag="B",
                           note="Procedure live from 1 September 2025.",
                           x_lead=["Head of Operations South West"], x_end="2025-09", x_status="blue"),
                      dict(ref="CR3.2",
                           action="Recruit 20 additional water quality officers funded through the Welsh Government budget uplift.",
                           lead="Head of People Services", end="Jun-26", rag="G",
                           note="12 appointed; second campaign opens in January.",
                           x_lead=["Head of People Services"], x_end="2026-06", x_status="green")]),
    ]),
    ("Enabling: Our organisation", [
        dict(id="CR4", short="Financial sustainability",
             desc="Reduced grant-in-aid and commercial income create a budget gap that cannot be closed without reducing statutory services.",
             owner="Executive Director of Corporate Services", inh="5 x 4 = 20",
             controls="Medium-term financial plan; monthly budget monitoring at Executive Team.",
             res="4 x 4 = 16", tgt="3 x 3 = 9",
             actions=[dict(ref="CR4.1",
                           action="Deliver the 2025-26 savings plan of £7.5 million and report progress monthly to the Executive Team.",
                           lead="Head of Finance", end=d(2026, 3, 31), rag="A",
                           note="£4.1 million secured; remaining schemes at risk.",
                           x_lead=["Head of Finance"], x_end="2026-03", x_status="amber"),
                      dict(ref="CR4.2",
                           action="Complete the review of charging schemes for water resources and waste permits, and consult on revised charges.",
                           lead="Head of Regulatory Business", end="Dec-25", rag="R",
                           note="Consultation delayed pending Ministerial approval.",
                           x_lead=["Head of Regulatory Business"], x_end="2025-12", x_status="red")]),
        dict(id="CR5", short="Cyber security",
             desc="A successful cyber attack disrupts critical systems such as flood warning and permitting and results in loss of data.",
             owner="Executive Director of Corporate Services", inh="4 x 5 = 20",
             controls="Security operations centre; multi-factor authentication; annual penetration testing.",
             res="3 x 5 = 15", tgt="2 x 5 = 10",
             actions=[dict(ref="CR5.1",
                           action="Achieve Cyber Essentials Plus certification for the corporate network.",
                           lead="Head of ICT", end="Nov-25", rag="B",
                           note="Certification awarded 6 November 2025.",
                           x_lead=["Head of ICT"], x_end="2025-11", x_status="blue")]),
    ]),
]


def make_nrw(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = NRW_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Cyfoeth Naturiol Cymru – Cofrestr Risgiau Corfforaethol"
    ws["A3"] = "Reported to the Audit and Risk Assurance Committee (ARAC), 3 December 2025 – Quarter 2 position"
    put(ws, 5, ["Risk ref", "Risk", "Risk owner", "Inherent", "Residual", "Target", "Trend since Q1"],
        bold=True, fill_code="grey")
    trends = {"CR1": "↔", "CR2": "↔", "CR3": "↓", "CR4": "↑", "CR5": "↓"}
    r = 6
    for _, risks in NRW_SECTIONS:
        for k in risks:
            put(ws, r, [k["id"], k["short"], k["owner"], k["inh"], k["res"], k["tgt"], trends[k["id"]]])
            r += 1
    widths(ws, [9, 60, 40, 12, 12, 12, 14])

    ws = wb.create_sheet("Register")
    ws["A1"] = "Corporate Risk Register 2025-26 – risks, controls and further actions"
    ws["A1"].font = Font(bold=True, size=12)
    hdr = ["Risk ref", "Risk description (cause, event, effect)", "Risk owner", "Inherent score (L x I)",
           "Existing controls", "Residual score (L x I)", "Target score", "Action ref", "Further actions required",
           "Action owner", "Target date", "Action status", "Progress commentary (Q2)"]
    put(ws, 3, hdr, bold=True, fill_code="grey")
    r = 4
    for sec, risks in NRW_SECTIONS:
        put(ws, r, [sec] + [None] * 12, bold=True, fill_code="sec")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=13)
        r += 1
        for k in risks:
            first = r
            for i, a in enumerate(k["actions"]):
                top = [k["id"], k["desc"], k["owner"], k["inh"], k["controls"], k["res"], k["tgt"]] if i == 0 \
                    else [None] * 7
                put(ws, r, top + [a["ref"], a["action"], a["lead"], a["end"], None, a["note"]])
                if a["rag"]:
                    ws.cell(row=r, column=12).fill = fill(a["rag"])
                if isinstance(a["end"], dt.datetime):
                    ws.cell(row=r, column=11).number_format = "dd/mm/yyyy"
                r += 1
            if r - first > 1:
                for col in range(1, 8):
                    ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    widths(ws, [8, 44, 26, 12, 36, 12, 10, 9, 44, 28, 12, 10, 40])

    ws = wb.create_sheet("Scoring & RAG key")
    ws["A1"] = "Risk scoring"
    ws["A1"].font = Font(bold=True)
    put(ws, 2, ["Score", "Rating"], bold=True)
    put(ws, 3, ["15 – 25", "High"])
    put(ws, 4, ["8 – 12", "Medium"])
    put(ws, 5, ["1 – 6", "Low"])
    ws["A7"] = "Action status (cell colour)"
    ws["A7"].font = Font(bold=True)
    keys = [("B", "Action complete"), ("G", "On track"),
            ("A", "Some slippage – expected to complete within the year"),
            ("R", "Significantly off track"), (None, "No colour – not started")]
    for i, (k, txt) in enumerate(keys):
        put(ws, 8 + i, [None, txt])
        if k:
            ws.cell(row=8 + i, column=1).fill = fill(k)
    widths(ws, [12, 52])
    wb.save(path)


def nrw_expected():
    acts = []
    for sec, risks in NRW_SECTIONS:
        for k in risks:
            for a in k["actions"]:
                acts.append(xa(a["ref"], [sec, k["desc"]], a["action"], a))
    return acts


# ---------------------------------------------------------------------------
# 3. Derry City and Strabane DC - PIP 2025/26 Q2 progress (xlsx, refuse)
# ---------------------------------------------------------------------------
DCSDC_TITLE = "Derry City and Strabane District Council – Performance Improvement Plan 2025/26: Quarter 2 Progress"
DCSDC_ROWS = [
    ("obj", "Improvement Objective 1: To mitigate the impact of cost of living and price increases on ratepayers by reducing Council net costs in 2025/26"),
    ("sub", "Sub-objective 1.1: Deliver efficiencies and service reconfiguration that make the best use of Council resources"),
    ("act", ["1.1.1", "Complete the review of fleet utilisation and dispose of under-used vehicles.", "Head of Environment",
             "December 2025", "G", "G", "Review complete; 11 vehicles identified for disposal."]),
    ("act", ["1.1.2", "Move 80% of customer transactions to the online customer portal.", "Head of Customer Services",
             "March 2026", "A", "A", "62% of transactions now online; promotion campaign planned for Q3."]),
    ("sub", "Sub-objective 1.2: Minimise the impact of financial pressures on ratepayers"),
    ("act", ["1.2.1", "Deliver the agreed £3.2m of efficiency savings in the 2025/26 revenue budget.", "Head of Finance",
             "March 2026", "G", "G", "£1.9m delivered to date."]),
    ("act", ["1.2.2", "Secure external funding of at least £5m for projects in the Council's capital plan.",
             "Director of Business and Culture", "March 2026", "G", "A", "£2.6m secured; two bids awaiting decision."]),
    ("obj", "Improvement Objective 2: To increase participation in leisure, sport and physical activity"),
    ("sub", "Sub-objective 2.1: Increase paid user visits to Council leisure centres to 1.2 million"),
    ("act", ["2.1.1", "Launch a refreshed Everybody Active membership offer with concessionary rates for older people.",
             "Head of Health and Community Wellbeing", "September 2025", "G", "B", "Launched 1 September; 410 new members."]),
    ("act", ["2.1.2", "Open the new 3G pitch at the Templemore Sports Complex.", "Head of Capital Development",
             "Janaury 2026", "A", "A", "Contractor on site; surfacing scheduled for December."]),
    ("obj", "Improvement Objective 3: To improve the customer experience through digital services"),
    ("act", ["3.1", "Introduce online booking and payment for bulky waste collections.", "Head of Environment",
             "November 2025", "G", "G", "System testing under way."]),
    ("act", ["3.2", "Publish the Council's Digital Strategy 2025–2029 following public consultation.", "Head of ICT",
             "June 2026", "G", "G", "Consultation closes 12 December 2025."]),
]


def make_dcsdc(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "PIP 2025-26 Q2"
    ws["A1"] = DCSDC_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Reporting period: 1 July – 30 September 2025. Presented to the Governance and Strategic Planning Committee, 6 November 2025."
    ws.merge_cells("A2:G2")
    put(ws, 4, ["Ref", "Action", "Lead Officer", "Target Date", "Q1 RAG", "Q2 RAG", "Q2 Progress Commentary"],
        bold=True, fill_code="grey")
    r = 5
    typo_row = None
    for kind, val in DCSDC_ROWS:
        if kind in ("obj", "sub"):
            put(ws, r, [val] + [None] * 6, bold=(kind == "obj"), fill_code="sec" if kind == "obj" else "sub")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            put(ws, r, val)
            ws.cell(row=r, column=5).fill = fill(val[4])
            ws.cell(row=r, column=6).fill = fill(val[5])
            if val[3] == "Janaury 2026":
                typo_row = r
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Q2 summary").font = Font(bold=True)
    for i, (k, n) in enumerate([("Blue (complete)", 1), ("Green", 4), ("Amber", 3), ("Red", 0)]):
        put(ws, r + 1 + i, [k, n])
    r += 6
    ws.cell(row=r, column=1, value="RAG key: Blue – complete; Green – on track; Amber – minor slippage; Red – significant concern")
    widths(ws, [8, 60, 34, 16, 9, 9, 44])
    wb.save(path)
    return typo_row


# ---------------------------------------------------------------------------
# 4. Olchfa School - Estyn post-inspection action plan (docx, table per recommendation)
# ---------------------------------------------------------------------------
OLCHFA_TITLE = "Olchfa School – Post-Inspection Action Plan"
OLCHFA_RECS = [
    ("R1 Strengthen the consistency of teaching so that all pupils are suitably challenged in their learning", [
        dict(ref="1.1",
             action=["Introduce a whole-school teaching and learning framework focused on challenge, questioning and feedback, supported by fortnightly professional learning sessions."],
             sc="Lesson visits show consistent challenge in at least 85% of lessons.",
             lead="Deputy Headteacher (Teaching and Learning)", when="Sept 2025 – July 2026",
             mon="Half-termly learning walks; SLT quality assurance calendar", rag="G",
             x_lead=["Deputy Headteacher (Teaching and Learning)"], x_end="2026-07",
             x_end_text="Sept 2025 – July 2026", x_status="green"),
        dict(ref="1.2",
             action=["Establish departmental triads to share effective practice in adaptive teaching.",
                     "Each triad to complete one cycle of lesson study per term."],
             sc="All departments have completed a lesson study cycle and shared outcomes at a staff meeting.",
             lead="AHT Professional Learning / Heads of Faculty", when="Autumn term 2025",
             mon="Professional learning log; faculty reviews", rag="C",
             x_lead=["AHT Professional Learning", "Heads of Faculty"], x_end="2025-12",
             x_end_text="Autumn term 2025", x_status="blue"),
        dict(ref="1.3",
             action=["Review the assessment and feedback policy so that feedback moves learning forward, and monitor its use through work scrutiny."],
             sc="Work scrutiny shows pupils respond to feedback and improve their work.",
             lead="JWP, SLD", when="Summer term 2026",
             mon="Termly work scrutiny reported to the Standards and Curriculum Committee", rag="A",
             x_lead=["JWP", "SLD"], x_end="2026-07", x_end_text="Summer term 2026", x_status="amber"),
    ]),
    ("R2 Strengthen the progressive development of pupils' literacy, numeracy and digital skills across the curriculum", [
        dict(ref="2.1",
             action=["Appoint a literacy and numeracy lead and map opportunities for skills development in every subject at key stage 3."],
             sc="Skills map in place and used in schemes of learning in all subjects.",
             lead="Headteacher", when="October 2025", mon="Governors' Standards and Curriculum Committee", rag="C",
             x_lead=["Headteacher"], x_end="2025-10", x_status="blue"),
        dict(ref="2.2",
             action=["Introduce a reading intervention programme for Year 7 and Year 8 pupils whose reading ages are below their chronological age."],
             sc="At least 70% of pupils in the programme improve their reading age by 12 months or more.",
             lead="ALNCo; Literacy Lead", when="31 March 2026", mon="Reading test data each half term", rag="G",
             x_lead=["ALNCo", "Literacy Lead"], x_end="2026-03", x_status="green"),
    ]),
    ("R3 Improve attendance, particularly for pupils eligible for free school meals", [
        dict(ref="3.1",
             action=["Implement the local authority's attendance framework, including weekly attendance panels led by Heads of Year."],
             sc="Attendance of pupils eligible for free school meals improves by at least 2 percentage points.",
             lead="Assistant Headteacher (Wellbeing)", when="Ongoing", mon="Weekly attendance data; termly report to governors",
             rag="G", x_lead=["Assistant Headteacher (Wellbeing)"], x_end=None, x_end_text="Ongoing", x_status="green"),
        dict(ref="3.2",
             action=["Work with the Education Welfare Service to engage the families of persistently absent pupils through home visits and attendance support plans."],
             sc="Persistent absence falls below 15%.",
             lead="Education Welfare Officer / Family Engagement Officer", when="July 2026",
             mon="Half-termly persistent absence report", rag="R",
             x_lead=["Education Welfare Officer", "Family Engagement Officer"], x_end="2026-07", x_status="red"),
    ]),
    ("R4 Sharpen self-evaluation and improvement planning so that leaders focus more closely on the impact of provision on pupils' progress", [
        dict(ref="4.1",
             action=["Revise the school's self-evaluation calendar so that all evidence-gathering activities are linked to the priorities in the school development plan."],
             sc="Self-evaluation calendar published and followed by all leaders.",
             lead="Headteacher", when="Dec 2025", mon="SLT minutes", rag="C",
             x_lead=["Headteacher"], x_end="2025-12", x_status="blue"),
        dict(ref="4.2",
             action=["Provide training for middle leaders on evaluating impact and writing departmental improvement plans."],
             sc="All departmental improvement plans include clear, measurable success criteria.",
             lead="Deputy Headteacher", when="February 2026", mon="Review of departmental plans by SLT link", rag="",
             x_lead=["Deputy Headteacher"], x_end="2026-02", x_status="unrated"),
    ]),
]


def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True


def make_olchfa(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph(OLCHFA_TITLE, style="Title")
    doc.add_paragraph("Following the Estyn inspection of 10–13 February 2025")
    doc.add_paragraph("This plan sets out how the school will address the recommendations in the Estyn inspection report. "
                      "It was prepared with Swansea Council and Partneriaeth, approved by the Governing Body on 24 June 2025, "
                      "and is monitored each term by the Standards and Curriculum Committee. Progress is shown as at December 2025.")
    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Status"]):
        c.text = h
    bold_row(t.rows[0])
    for row in [("1.0", "24/06/2025", "Headteacher", "Approved by governors"),
                ("1.1", "09/12/2025", "Deputy Headteacher", "Autumn term progress update")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_paragraph("")
    doc.add_paragraph("Progress key: G – on track; A – some slippage; R – not on track; C – complete")
    for rec, acts in OLCHFA_RECS:
        doc.add_paragraph(rec, style="Heading 2")
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["No.", "Actions", "Success criteria", "Lead", "Timescale",
                                          "Monitoring", "RAG (Dec 2025)"]):
            c.text = h
            shade(c, "D9E1F2")
        bold_row(t.rows[0])
        for a in acts:
            cells = t.add_row().cells
            cells[0].text = a["ref"]
            cells[1].text = a["action"][0]
            for extra in a["action"][1:]:
                cells[1].add_paragraph(extra)
            cells[2].text = a["sc"]
            cells[3].text = a["lead"]
            cells[4].text = a["when"]
            cells[5].text = a["mon"]
            cells[6].text = a["rag"]
            col = {"G": "00B050", "A": "FFC000", "R": "FF0000", "C": "0070C0"}.get(a["rag"])
            if col:
                shade(cells[6], col)
        doc.add_paragraph("")
    doc.add_paragraph("Approval", style="Heading 2")
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Role", "Name", "Date"]):
        c.text = v
    for c, v in zip(t.rows[1].cells, ["Chair of Governors", "Signed on file", "24/06/2025"]):
        c.text = v
    doc.save(path)


def olchfa_expected():
    acts = []
    for rec, items in OLCHFA_RECS:
        for a in items:
            acts.append(xa(a["ref"], [rec], "\n".join(a["action"]), a))
    return acts


# ---------------------------------------------------------------------------
# 5. Key Housing Association - Care Inspectorate improvement plan (docx, one table, merged heading rows)
# ---------------------------------------------------------------------------
KEY_TITLE = "Key Housing Association – West Dunbartonshire Services: Care Inspectorate Improvement Plan"
KEY_ROWS = [
    ("kq", "Key question 1: How well do we support people's wellbeing?"),
    ("label", "Requirement 1"),
    ("text", "By 30 September 2025, the provider must ensure that people's medication is managed safely, including accurate medication administration records and an annual assessment of each staff member's competency."),
    ("act", dict(ref="1", action="Audit all medication administration records (MAR) weekly for 12 weeks and follow up every gap with the staff member concerned.",
                 lead="Service Manager", when="30/09/2025", note="Weekly audits completed since 2 June; gaps reduced from 14% to 2%.",
                 status="Complete", x_lead=["Service Manager"], x_end="2025-09", x_status="blue")),
    ("act", dict(ref="2", action="Complete medication competency assessments for all 46 support workers and schedule annual reassessment in the training matrix.",
                 lead="Team Leaders (x3)", when="30 September 2025", note="41 of 46 assessed; the remaining 5 are on long-term leave.",
                 status="Amber", x_lead=["Team Leaders (x3)"], x_end="2025-09", x_status="amber")),
    ("label", "Area for improvement 1"),
    ("text", "To support people's health and wellbeing, the provider should ensure that personal plans reflect people's current needs and outcomes, and are reviewed at least every six months."),
    ("act", dict(ref="3", action="Review every personal plan with the person and their family, using the new outcome-focused template.",
                 lead="Service Manager; Team Leaders", when="December 2025", note="62 of 88 reviews complete.",
                 status="Green", x_lead=["Service Manager", "Team Leaders"], x_end="2025-12", x_status="green")),
    ("act", dict(ref="4", action="Introduce a six-monthly review tracker so that overdue reviews are flagged to the Service Manager.",
                 lead="Quality Assurance Lead", when="Aug-25", note="Tracker in place on the care planning system.",
                 status="Complete", x_lead=["Quality Assurance Lead"], x_end="2025-08", x_status="blue")),
    ("kq", "Key question 2: How good is our leadership?"),
    ("label", "Area for improvement 2"),
    ("text", "The provider should develop its quality assurance processes so that audits lead to clear, time-bound actions that are followed up."),
    ("act", dict(ref="5", action="Develop a quality assurance calendar covering medication, personal plans, finance and accidents/incidents, with findings reported to the Area Manager monthly.",
                 lead="Area Manager", when="31/10/2025", note="Calendar drafted; first monthly report due October.",
                 status="Green", x_lead=["Area Manager"], x_end="2025-10", x_status="green")),
    ("act", dict(ref="6", action="Hold quarterly service improvement meetings with people supported, families and staff to review progress against this plan.",
                 lead="Service Manager", when="Quarterly", note="First meeting held 21 August 2025.",
                 status="Green", x_lead=["Service Manager"], x_end=None, x_end_text="Quarterly", x_status="green")),
    ("kq", "Key question 3: How good is our staff team?"),
    ("label", "Requirement 2"),
    ("text", "By 31 October 2025, the provider must ensure that all staff are registered with the Scottish Social Services Council (SSSC) within the required timescales."),
    ("act", dict(ref="7", action="Check the SSSC registration status of all staff and set up a monthly registration report for the HR Business Partner.",
                 lead="HR Business Partner", when="31/10/2025", note="All staff confirmed as registered or within the six-month window.",
                 status="Complete", x_lead=["HR Business Partner"], x_end="2025-10", x_status="blue")),
    ("act", dict(ref="8", action="Add an SSSC registration check to the induction checklist for new starts.",
                 lead="Recruitment Officer", when="Oct-25", note="",
                 status="", x_lead=["Recruitment Officer"], x_end="2025-10", x_status="unrated")),
]


def make_key(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph(KEY_TITLE, style="Title")
    doc.add_paragraph("Service: Housing Support Service and Care at Home (combined), West Dunbartonshire")
    doc.add_paragraph("Unannounced inspection: 19–23 May 2025. Inspection report published: 1 July 2025. Progress updated: September 2025.")
    doc.add_paragraph("Grades awarded", style="Heading 2")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Key question"
    t.rows[0].cells[1].text = "Grade"
    bold_row(t.rows[0])
    for kq, g in [("How well do we support people's wellbeing?", "3 – Adequate"),
                  ("How good is our leadership?", "3 – Adequate"),
                  ("How good is our staff team?", "3 – Adequate"),
                  ("How well is our care and support planned?", "3 – Adequate")]:
        cells = t.add_row().cells
        cells[0].text = kq
        cells[1].text = g
    doc.add_paragraph("")
    doc.add_paragraph("Status key: Red – off track; Amber – at risk; Green – on track; Complete – action finished and evidenced")
    doc.add_paragraph("Improvement plan", style="Heading 2")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["No.", "Action", "Responsible person(s)", "Timescale",
                                      "Progress update (September 2025)", "Status"]):
        c.text = h
        shade(c, "BDD7EE")
    bold_row(t.rows[0])
    status_col = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for kind, val in KEY_ROWS:
        row = t.add_row()
        if kind in ("kq", "label", "text"):
            m = row.cells[0].merge(row.cells[5])
            m.text = val
            if kind == "kq":
                shade(m, "1F3864")
                for run in m.paragraphs[0].runs:
                    run.bold = True
                    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            elif kind == "label":
                shade(m, "D9E1F2")
                for run in m.paragraphs[0].runs:
                    run.bold = True
            else:
                for run in m.paragraphs[0].runs:
                    run.italic = True
        else:
            cells = row.cells
            for c, v in zip(cells, [val["ref"], val["action"], val["lead"], val["when"], val["note"], val["status"]]):
                c.text = v
            if val["status"] in status_col:
                shade(cells[5], status_col[val["status"]])
    doc.add_paragraph("")
    doc.add_paragraph("Plan owner: Service Manager, West Dunbartonshire. Next review: December 2025.")
    doc.save(path)


def key_expected():
    acts = []
    kq = None
    head = None
    for kind, val in KEY_ROWS:
        if kind == "kq":
            kq = val
        elif kind == "text":
            head = val
        elif kind == "act":
            acts.append(xa(val["ref"], [kq, head], val["action"], val))
    return acts


# ---------------------------------------------------------------------------
# 6. North Wales Fire and Rescue Authority - Audit Committee action log (csv)
# ---------------------------------------------------------------------------
NWFRA_TITLE = "North Wales Fire and Rescue Authority – Audit Committee Action Log"
NWFRA_ROWS = [
    ("sec", "Actions from the meeting of 16 June 2025"),
    ("act", dict(ref="AC25/01", minute="5.2", item="Internal Audit Annual Report 2024/25",
                 action="Circulate the full internal audit report on fleet management to members, including management responses.",
                 lead="Head of Finance and Procurement", due="July 2025", rag="Complete", note="Circulated by email on 02/07/2025.",
                 x_lead=["Head of Finance and Procurement"], x_end="2025-07", x_status="blue")),
    ("act", dict(ref="AC25/02", minute="6", item="Draft Statement of Accounts 2024/25",
                 action="Provide a breakdown of the movement in the pension liability and the assumptions used by the actuary.",
                 lead="Treasurer", due="13/10/2025", rag="Complete", note="Included in the report to the October meeting.",
                 x_lead=["Treasurer"], x_end="2025-10", x_status="blue")),
    ("act", dict(ref="AC25/03", minute="8", item="Corporate Risk Register",
                 action="Add a corporate risk on the availability of on-call firefighters, with mitigating actions.",
                 lead="ACFO; Head of Corporate Planning", due="October 2025", rag="Amber",
                 note="Draft risk prepared; to go to the Executive Group on 4 November and then to the December meeting.",
                 x_lead=["ACFO", "Head of Corporate Planning"], x_end="2025-10", x_status="amber")),
    ("sec", "Actions from the meeting of 13 October 2025"),
    ("act", dict(ref="AC25/04", minute="4", item="Audit Wales – Annual Audit Summary",
                 action="Prepare a management response to the Audit Wales review of the use of performance information, with a target date for each recommendation.",
                 lead="Head of Corporate Planning", due="Dec-25", rag="Green", note="Response being drafted with Audit Wales.",
                 x_lead=["Head of Corporate Planning"], x_end="2025-12", x_status="green")),
    ("act", dict(ref="AC25/05", minute="5", item="Internal Audit Progress Report",
                 action="Report revised implementation dates for the three overdue payroll recommendations, with the reasons for the delay.",
                 lead="Head of Finance and Procurement", due="08/12/2025", rag="Green", note="",
                 x_lead=["Head of Finance and Procurement"], x_end="2025-12", x_status="green")),
    ("act", dict(ref="AC25/06", minute="7", item="Treasury Management Mid-Year Review 2025/26",
                 action="Arrange a training session for members on treasury management and the Prudential Code before the budget-setting meeting.",
                 lead="Treasurer / Democratic Services Officer", due="January 2026", rag="Green", note="Provisional date 19/01/2026.",
                 x_lead=["Treasurer", "Democratic Services Officer"], x_end="2026-01", x_status="green")),
    ("act", dict(ref="AC25/07", minute="9", item="Health and Safety Annual Report",
                 action="Include trend data on injuries to firefighters at operational incidents in future annual reports.",
                 lead="Head of Health and Safety", due="Ongoing", rag="Green", note="Will apply from the 2025/26 report.",
                 x_lead=["Head of Health and Safety"], x_end=None, x_end_text="Ongoing", x_status="green")),
    ("act", dict(ref="AC25/08", minute="10", item="Any other business",
                 action="Write to the Welsh Government on behalf of the Committee about the timing of funding for the McCloud pension remedy.",
                 lead="Chair / Clerk", due="Nov-25", rag="Amber",
                 note="Awaiting information from the Local Government Association before the letter is sent.",
                 x_lead=["Chair", "Clerk"], x_end="2025-11", x_status="amber")),
]


def make_nwfra(path):
    n = 9
    lines = [[NWFRA_TITLE] + [""] * (n - 1),
             ["Updated following the meeting of 13 October 2025"] + [""] * (n - 1),
             [""] * n,
             ["Ref", "Minute", "Item", "Action", "Lead officer", "Due", "RAG", "Update", ""]]
    for kind, val in NWFRA_ROWS:
        if kind == "sec":
            lines.append([val] + [""] * (n - 1))
        else:
            lines.append([val["ref"], val["minute"], val["item"], val["action"], val["lead"], val["due"],
                          val["rag"], val["note"], ""])
    lines.append([""] * n)
    lines.append(["RAG: Complete = action completed and can be removed; Green = on track; "
                  "Amber = at risk of missing the due date; Red = overdue"] + [""] * (n - 1))
    lines.append(["Completed actions are removed from the log after they have been reported to one meeting."]
                 + [""] * (n - 1))
    # exported from Excel: trailing empty column, CRLF, UTF-8 with BOM
    lines = [l[:8] for l in lines]
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(lines)


def nwfra_expected():
    acts = []
    sec = None
    for kind, val in NWFRA_ROWS:
        if kind == "sec":
            sec = val
        else:
            acts.append(xa(val["ref"], [sec, val["item"]], val["action"], val))
    return acts


# ---------------------------------------------------------------------------
# 7. St Louis Grammar School, Kilkeel - ETI inspection action plan (tab-separated txt)
# ---------------------------------------------------------------------------
SLGS_TITLE = "St Louis Grammar School, Kilkeel – ETI Inspection Action Plan"
SLGS_ROWS = [
    ("afi", "Area for improvement 1: to improve the consistency in the quality of learning and teaching at key stage 3, so that all pupils are challenged appropriately"),
    ("act", dict(ref="1a", action=["Agree a whole-school approach to questioning and differentiated tasks at key stage 3, set out in the revised Learning and Teaching Policy."],
                 lead="Vice-Principal (Curriculum)", when="October 2025",
                 sc="Policy approved by the Board of Governors; all departments using the agreed approaches", rag="Complete",
                 x_lead=["Vice-Principal (Curriculum)"], x_end="2025-10", x_status="blue")),
    ("act", dict(ref="1b", action=["Introduce a programme of peer observation with a focus on questioning and the pace of learning, with each member of staff completing at least two observations during the year."],
                 lead="Mrs C. McKibben / Mr P. Fitzpatrick", when="Oct 2025 – May 2026",
                 sc="Observation records show improved questioning in most lessons", rag="Green",
                 x_lead=["Mrs C. McKibben", "Mr P. Fitzpatrick"], x_end="2026-05",
                 x_end_text="Oct 2025 – May 2026", x_status="green")),
    ("act", dict(ref="1c", action=["Heads of Department to include key stage 3 learning and teaching in their termly departmental self-evaluation reports to the SLT."],
                 lead="Heads of Department", when="Termly", sc="Departmental reports evaluate KS3 learning and teaching against agreed criteria",
                 rag="Green", x_lead=["Heads of Department"], x_end=None, x_end_text="Termly", x_status="green")),
    ("afi", "Area for improvement 2: to develop further the use of data to track and support the progress of pupils who require additional support with their learning"),
    ("act", dict(ref="2a", action=["Implement a tracking system on SIMS for pupils on the SEN register, with half-termly review meetings between the SENCo and form teachers."],
                 lead="SENCo", when="December 2025", sc="Tracking in place for all pupils on the SEN register", rag="Amber",
                 x_lead=["SENCo"], x_end="2025-12", x_status="amber")),
    ("act", dict(ref="2b", action=["Provide training for all teaching staff on using Personal Learning Plans when planning lessons."],
                 lead="SENCo; Head of Learning Support", when="28/02/2026", sc="Lesson plans reflect targets in Personal Learning Plans",
                 rag="Not started", x_lead=["SENCo", "Head of Learning Support"], x_end="2026-02", x_status="unrated")),
    ("afi", "Area for improvement 3: to ensure that the preventative curriculum addresses online safety and healthy relationships progressively in every year group"),
    ("act", dict(ref="3a", action=["Audit the Personal Development and LLW programme for coverage of online safety and healthy relationships in each year group."],
                 lead="Designated Teacher for Child Protection", when="Nov 2025", sc="Audit completed and gaps addressed in schemes of work",
                 rag="Complete", x_lead=["Designated Teacher for Child Protection"], x_end="2025-11", x_status="blue")),
    ("act", dict(ref="3b", action=["Deliver an online safety awareness evening for parents in partnership with the PSNI."],
                 lead="Deputy Designated Teacher", when="March 2026", sc="Evening held; parental feedback positive", rag="Green",
                 x_lead=["Deputy Designated Teacher"], x_end="2026-03", x_status="green")),
    ("act", dict(ref="3c", action=["Report to the Board of Governors on the outcomes of the pupil survey on online safety."],
                 lead="Principal", when="June 2026", sc="Board minutes record the report and any further actions", rag="Amber",
                 x_lead=["Principal"], x_end="2026-06", x_status="amber")),
]


def make_slgs(path):
    out = [SLGS_TITLE,
           "In response to the Education and Training Inspectorate report published in May 2025",
           "Submitted to the Department of Education: September 2025. Progress updated: January 2026",
           "",
           "\t".join(["Ref", "Action", "Person(s) responsible", "Timescale", "Success criteria", "Progress (RAG)"])]
    for kind, val in SLGS_ROWS:
        if kind == "afi":
            out.append(val)
        else:
            out.append("\t".join([val["ref"], val["action"][0], val["lead"], val["when"], val["sc"], val["rag"]]))
            for extra in val["action"][1:]:
                out.append("\t".join(["", extra, "", "", "", ""]))
    out += ["",
            "RAG key: Red – not on track; Amber – some delay; Green – on track; Complete – action completed",
            "Signed: Chair of the Board of Governors\tDate: 16/09/2025",
            ""]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


def slgs_expected():
    acts = []
    afi = None
    for kind, val in SLGS_ROWS:
        if kind == "afi":
            afi = val
        else:
            acts.append(xa(val["ref"], [afi], "\n".join(val["action"]), val))
    return acts


FILES = {
    "nhsh": "po-nhs-highland-annual-audit-report-2024-25-action-plan-tracker.xlsx",
    "nrw": "po-natural-resources-wales-corporate-risk-register-2025-26.xlsx",
    "dcsdc": "po-derry-city-and-strabane-dc-performance-improvement-plan-2025-26-typo-month-refuse.xlsx",
    "olchfa": "po-olchfa-school-estyn-post-inspection-action-plan.docx",
    "key": "po-key-housing-association-west-dunbartonshire-care-inspectorate-improvement-plan.docx",
    "nwfra": "po-north-wales-fire-and-rescue-authority-audit-committee-action-log.csv",
    "slgs": "po-st-louis-grammar-school-kilkeel-eti-inspection-action-plan.txt",
}


def main():
    p = lambda k: os.path.join(HERE, FILES[k])
    make_nhsh(p("nhsh"))
    make_nrw(p("nrw"))
    row = make_dcsdc(p("dcsdc"))
    make_olchfa(p("olchfa"))
    make_key(p("key"))
    make_nwfra(p("nwfra"))
    make_slgs(p("slgs"))
    print("built 7 files; DCSDC typo on sheet row", row)


if __name__ == "__main__":
    main()
