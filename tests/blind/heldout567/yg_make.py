#!/usr/bin/env python3
"""Build the seven yg- blind cases (data file + NAME.expected.yaml) in this folder.

Run with /work/main/.venv/bin/python yg_make.py
Only files starting with 'yg-' are written.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "5B9BD5",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
}
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def solid(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def write_expected(name, meta, actions):
    doc = {}
    doc["source"] = meta["source"]
    doc["reads"] = meta["reads"]
    doc["outcome"] = meta.get("outcome", "read")
    doc["accept_refusal"] = meta.get("accept_refusal", False)
    if "refuse_at" in meta:
        doc["refuse_at"] = meta["refuse_at"]
    if meta.get("title"):
        doc["title"] = meta["title"]
    if doc["outcome"] == "read":
        out = []
        for a in actions:
            e = {
                "ref": a["ref"],
                "under": a["under"],
                "action": a["action"],
                "lead": a["lead"],
                "end": a["end"],
            }
            if a.get("end_text"):
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            out.append(e)
        doc["actions"] = out
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)


def style_table_range(ws, min_row, max_row, min_col, max_col):
    for row in ws.iter_rows(min_row=min_row, max_row=max_row, min_col=min_col, max_col=max_col):
        for c in row:
            c.border = BORDER
            c.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. Southend-on-Sea City Council - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def southend():
    name = "yg-southend-on-sea-city-council-internal-audit-recommendations-tracker.xlsx"
    title = "Internal Audit Recommendations Tracker – January 2025"
    groups = [
        ("Accounts Payable 2023/24 – Limited Assurance", [
            dict(ref="AP/01", pri="High",
                 rec="Duplicate payment controls should be strengthened so that potential duplicates are identified before payment is released.",
                 action="Configure the duplicate invoice check in the finance system to match on supplier, amount and invoice date, and run a monthly duplicate payment report for review by the Exchequer Manager.",
                 lead_cell="Finance Systems Manager", lead=["Finance Systems Manager"],
                 orig=dt.date(2024, 7, 31), rev=dt.date(2024, 12, 31),
                 upd="Duplicate check reconfigured in November 2024 and first monthly report reviewed in December 2024. Internal Audit verified implementation on 8 January 2025.",
                 st="Complete", status="blue"),
            dict(ref="AP/02", pri="Medium",
                 rec="Requests to change supplier bank details should be independently verified.",
                 action="Introduce a call-back to a known supplier contact for every request to change bank details, with evidence of the call retained on the supplier record.",
                 lead_cell="Head of Exchequer Services", lead=["Head of Exchequer Services"],
                 orig=dt.date(2024, 9, 30), rev=dt.date(2025, 3, 31),
                 upd="Procedure drafted and agreed with Fraud team. Call-back evidence field being added to the supplier form; revised date agreed with Internal Audit.",
                 st="Amber", status="amber"),
        ]),
        ("Disabled Facilities Grants 2023/24 – Limited Assurance", [
            dict(ref="DFG/01", pri="High",
                 rec="Grant approvals should be supported by complete eligibility evidence.",
                 action="Update the DFG procedure and approval checklist so that the test of resources, the OT recommendation and two contractor quotes are held on file before approval is issued.",
                 lead_cell="Private Sector Housing Manager / Senior Occupational Therapist",
                 lead=["Private Sector Housing Manager", "Senior Occupational Therapist"],
                 orig=dt.date(2025, 2, 28), rev=None,
                 upd="Checklist drafted and in use for new cases from December 2024. Procedure to be approved at Housing DMT in February.",
                 st="Green", status="green"),
            dict(ref="DFG/02", pri="Medium",
                 rec="DFG spend and outcomes should be reported against the Better Care Fund allocation.",
                 action="Report DFG spend, completions and average time to complete against the Better Care Fund allocation to the Housing Board each quarter.",
                 lead_cell="Head of Housing Solutions", lead=["Head of Housing Solutions"],
                 orig=dt.date(2024, 12, 31), rev=dt.date(2025, 6, 30),
                 upd="No report yet produced. Service has requested a second extension due to staffing; Internal Audit to escalate to the Executive Director.",
                 st="Red", status="red"),
        ]),
        ("ICT Patch Management 2024/25 – Reasonable Assurance", [
            dict(ref="CYB/01", pri="High",
                 rec="Patching timescales should be defined and compliance monitored.",
                 action="Define and publish patching timescales for critical and high vulnerabilities (14 and 30 days) and report compliance monthly to the ICT Security Board.",
                 lead_cell="Head of ICT", lead=["Head of ICT"],
                 orig=dt.date(2025, 1, 31), rev=None,
                 upd="Standard approved by ICT Security Board on 12 December 2024. First compliance report due at the January meeting.",
                 st="Green", status="green"),
            dict(ref="CYB/02", pri="Medium",
                 rec="Unsupported servers should be removed from the network.",
                 action="Decommission or isolate the 11 end-of-life servers identified during the audit.",
                 lead_cell="ICT Infrastructure Manager", lead=["ICT Infrastructure Manager"],
                 orig=dt.date(2025, 3, 31), rev=None,
                 upd="7 of 11 servers decommissioned. Remaining 4 host the legacy planning system, which is due to move to the cloud in March.",
                 st="Amber", status="amber"),
        ]),
        ("Adult Social Care Contract Management 2024/25 – Limited Assurance", [
            dict(ref="ASC/01", pri="High",
                 rec="Contract monitoring should be risk-based and evidenced.",
                 action="Put in place a contract monitoring schedule for all adult social care contracts over £250k, with quarterly monitoring meetings minuted and held on the contracts register.\nReport exceptions to the ASC Commissioning Board.",
                 lead_cell="Head of Commissioning (Adults)", lead=["Head of Commissioning (Adults)"],
                 orig=dt.date(2024, 12, 31), rev=dt.date(2025, 4, 30),
                 upd="Schedule in place for 14 of 22 contracts. Remaining contracts to be added once the new contracts register goes live.",
                 st="Amber", status="amber"),
            dict(ref="ASC/02", pri="Medium",
                 rec="Named contract managers should be trained in contract management.",
                 action="Provide contract management training for all named contract managers in Adult Social Care.",
                 lead_cell="Procurement Lead; Head of Commissioning (Adults)",
                 lead=["Procurement Lead", "Head of Commissioning (Adults)"],
                 orig=dt.date(2024, 11, 30), rev=None,
                 upd="Two sessions delivered in October and November 2024; 19 officers attended. Attendance records provided to Internal Audit.",
                 st="Complete", status="blue"),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Southend-on-Sea City Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Report to Audit Committee – 29 January 2025"
    hdr = ["Priority", "Total reported", "Complete", "Green", "Amber", "Red"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("1F3864")
    counts = {}
    for _, recs in groups:
        for r in recs:
            d = counts.setdefault(r["pri"], {"Complete": 0, "Green": 0, "Amber": 0, "Red": 0})
            d[r["st"]] += 1
    row = 6
    tot = {"Complete": 0, "Green": 0, "Amber": 0, "Red": 0}
    for pri in ("High", "Medium"):
        d = counts[pri]
        vals = [pri, sum(d.values()), d["Complete"], d["Green"], d["Amber"], d["Red"]]
        for i, v in enumerate(vals, 1):
            ws.cell(row=row, column=i, value=v)
        for k in tot:
            tot[k] += d[k]
        row += 1
    vals = ["Total", sum(tot.values()), tot["Complete"], tot["Green"], tot["Amber"], tot["Red"]]
    for i, v in enumerate(vals, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True)
    style_table_range(ws, 5, row, 1, 6)
    row += 2
    ws.cell(row=row, column=1, value="Status key").font = Font(bold=True)
    key = [
        ("Complete", "blue", "Action implemented and confirmed by Internal Audit"),
        ("Green", "green", "On track to be implemented by the agreed date"),
        ("Amber", "amber", "Revised date agreed; progress is being made"),
        ("Red", "red", "Overdue, or revised date at risk"),
    ]
    for k, col, txt in key:
        row += 1
        c = ws.cell(row=row, column=1, value=k)
        c.fill = solid(FILL[col])
        ws.cell(row=row, column=2, value=txt)
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 16
    for col in "CDEF":
        ws.column_dimensions[col].width = 11

    t = wb.create_sheet("Tracker")
    t["A1"] = title
    t["A1"].font = Font(bold=True, size=13)
    t.merge_cells("A1:I1")
    t["A2"] = ("High and medium priority recommendations from 2023/24 and 2024/25 audits. "
               "Status as reported by responsible officers at 10 January 2025.")
    t.merge_cells("A2:I2")
    headers = ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
               "Original target date", "Revised target date", "Progress update", "Status"]
    for i, h in enumerate(headers, 1):
        c = t.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = 5
    actions = []
    for gname, recs in groups:
        c = t.cell(row=r, column=1, value=gname)
        c.font = Font(bold=True)
        for col in range(1, 10):
            t.cell(row=r, column=col).fill = solid("D9D9D9")
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for a in recs:
            vals = [a["ref"], a["pri"], a["rec"], a["action"], a["lead_cell"], a["orig"], a["rev"], a["upd"], a["st"]]
            for i, v in enumerate(vals, 1):
                c = t.cell(row=r, column=i, value=v)
                if isinstance(v, dt.date):
                    c.number_format = "dd/mm/yyyy"
            t.cell(row=r, column=9).fill = solid(FILL[a["status"]])
            endd = a["rev"] or a["orig"]
            actions.append(dict(ref=a["ref"], under=[gname, a["rec"]], action=a["action"], lead=a["lead"],
                                end=endd.strftime("%Y-%m"), status=a["status"]))
            r += 1
    style_table_range(t, 4, r - 1, 1, 9)
    r += 1
    t.cell(row=r, column=1, value=("Note: low priority recommendations are not reported to the Audit Committee; "
                                   "Internal Audit follows these up directly with service managers."))
    widths = [9, 9, 34, 48, 26, 12, 12, 44, 10]
    for i, w in enumerate(widths):
        t.column_dimensions[chr(65 + i)].width = w
    t.freeze_panes = "A5"
    wb.active = 1
    wb.save(os.path.join(HERE, name))

    meta = dict(
        source=("Southend-on-Sea City Council, Audit Committee, January 2025 - internal audit recommendations "
                "tracker (imitation; Southend and other unitary councils report outstanding high and medium "
                "priority internal audit actions to Audit Committee with original and revised target dates). "
                "Copied features: a Summary sheet with counts by priority and status (totals row) and a status "
                "key with fill colours; a Tracker sheet with a title row, an explanatory line, grey merged rows "
                "naming each audit and its assurance opinion, a Recommendation column beside the agreed "
                "management action, job titles as responsible officers (two posts in one cell with '/' and ';'), "
                "original and revised target dates as Excel dates, a progress update and a Status word with "
                "matching fill, and a note line under the table."),
        reads=("A two-sheet audit tracker: the Summary sheet is only counts and a key; the Tracker sheet lists "
               "eight agreed actions under four audits, each beside the recommendation it answers. Where a "
               "revised target date is given it is the due date; the Status word gives the RAG, with "
               "Complete read as blue."),
        title=title,
    )
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 2. North Somerset Council - corporate plan delivery plan, Q3 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def north_somerset():
    name = "yg-north-somerset-council-corporate-plan-delivery-plan-q3-2025-26.xlsx"
    title = "Corporate Plan 2024-2028: Delivery Plan 2025/26"
    L = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    plan = [
        ("Priority 1: A thriving and sustainable place", [
            ("1.1 A transport network which promotes active, accessible and low carbon travel", [
                dict(ref="1.1.1",
                     action="Complete the Portishead rail line enabling works and confirm the revised opening date with the West of England Mayoral Combined Authority",
                     lead="Director of Place", member="Executive Member for Transport", target="Mar-26", end="2026-03",
                     q2="A", q3="A",
                     com="Enabling works at Quays Avenue complete. Network Rail programme review has moved the opening date; confirmation expected in Q4."),
                dict(ref="1.1.2",
                     action="Deliver the 2025/26 Bus Service Improvement Plan programme, including bus priority measures on the A370",
                     lead="Head of Strategic Transport", member="Executive Member for Transport", target="Mar-26", end="2026-03",
                     q2="G", q3="G",
                     com="A370 bus lane works started in November. Patronage up 6% on 2024/25."),
            ]),
            ("1.2 To be a carbon neutral council and area by 2030", [
                dict(ref="1.2.1", action="Install solar PV at Castlewood and the Town Hall",
                     lead="Climate Emergency Programme Manager", member="Executive Member for Climate and Environment",
                     target="Dec-25", end="2025-12", q2="G", q3="B",
                     com="Both installations commissioned in December 2025."),
                dict(ref="1.2.2", action="Publish the annual Climate Emergency Action Plan progress report",
                     lead="Head of Climate and Environment", member="Executive Member for Climate and Environment",
                     target="Q4 2025/26", end="2026-03", q2="G", q3="G",
                     com="Data collection under way; report to Executive in March."),
            ]),
        ]),
        ("Priority 2: A council which empowers and cares about people", [
            ("2.1 A commitment to protect the most vulnerable people in our communities", [
                dict(ref="2.1.1",
                     action="Deliver the Adult Social Care improvement plan agreed following the CQC local authority assessment",
                     lead="Director of Adult Social Services", member="Executive Member for Adult Services and Health",
                     target="Sept 2025 – June 2026", end="2026-06", end_text="Sept 2025 – June 2026", q2="A", q3="G",
                     com="Waiting list for Care Act assessments reduced from 412 to 268. Carers' strategy action plan agreed."),
                dict(ref="2.1.2", action="Open the extra care housing scheme at Locking Parklands",
                     lead="Head of Housing and Communities", member="Executive Member for Adult Services and Health",
                     target="Jun-26", end="2026-06", q2="R", q3="A",
                     com="Contractor issues resolved and works restarted in October. Handover now forecast for June 2026."),
            ]),
            ("2.2 A collaborative way of working with partners and families to support children achieve their full potential", [
                dict(ref="2.2.1",
                     action="Open two new specialist resource bases for pupils with autism in Weston-super-Mare",
                     lead="Director of Children's Services", member="Executive Member for Children's Services",
                     target="Jan-26", end="2026-01", q2="G", q3="B",
                     com="Both bases opened at the start of the spring term with 16 places each."),
                dict(ref="2.2.2", action="Recruit 20 additional in-house foster carers",
                     lead="Head of Service – Placements and Sufficiency", member="Executive Member for Children's Services",
                     target=dt.date(2026, 3, 31), end="2026-03", q2="A", q3="R",
                     com="7 households approved to date against a target of 20. Recruitment campaign relaunched with the regional fostering hub."),
            ]),
        ]),
        ("Priority 3: An open and enabling organisation", [
            ("3.1 Manage our resources and invest wisely", [
                dict(ref="3.1.1",
                     action="Deliver the 2025/26 savings programme of £12.4m and report progress monthly to Corporate Leadership Team",
                     lead="Director of Corporate Services", member="Executive Member for Corporate Services",
                     target="Mar-26", end="2026-03", q2="A", q3="A",
                     com="£9.1m delivered or on track; £3.3m at risk, mainly home-to-school transport."),
                dict(ref="3.1.2", action="Embed the refreshed performance management framework across all directorates",
                     lead="Head of Business Insight and Performance", member="Executive Member for Corporate Services",
                     target="Ongoing", end=None, end_text="Ongoing", q2="G", q3="G",
                     com="Directorate performance clinics now held monthly."),
            ]),
            ("3.2 Engage with and empower our communities", [
                dict(ref="3.2.1",
                     action="Launch the new resident engagement platform and run the 2026/27 budget consultation through it",
                     lead="Head of Communications and Engagement", member="Leader of the Council",
                     target="Nov-25", end="2025-11", q2="G", q3="B",
                     com="Platform launched in October; 2,840 responses to the budget consultation."),
            ]),
        ]),
    ]

    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "North Somerset Council"
    cv["A1"].font = Font(bold=True, size=16)
    cv["A2"] = title
    cv["A2"].font = Font(bold=True, size=13)
    cv["A3"] = "Quarter 3 progress report (October – December 2025)"
    cv["A5"] = "Document control"
    cv["A5"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Status"),
          ("v0.3", dt.date(2026, 1, 9), "Corporate Performance Team", "Draft for Corporate Leadership Team"),
          ("v1.0", dt.date(2026, 1, 21), "Corporate Performance Team", "Final – Executive, 4 February 2026")]
    for i, rowv in enumerate(dc):
        for j, v in enumerate(rowv, 1):
            c = cv.cell(row=6 + i, column=j, value=v)
            if isinstance(v, dt.date):
                c.number_format = "dd/mm/yyyy"
            if i == 0:
                c.font = Font(bold=True)
    style_table_range(cv, 6, 8, 1, 4)
    for col, w in zip("ABCD", (12, 14, 30, 40)):
        cv.column_dimensions[col].width = w

    ky = wb.create_sheet("Key")
    ky["A1"] = "RAG key"
    ky["A1"].font = Font(bold=True, size=12)
    kk = [("B", "Complete – action delivered"), ("G", "On track"),
          ("A", "Some slippage – expected to recover within the year"), ("R", "Off track – intervention needed")]
    for i, (k, txt) in enumerate(kk):
        c = ky.cell(row=3 + i, column=1, value=k)
        c.fill = solid(FILL[L[k]])
        c.alignment = Alignment(horizontal="center")
        ky.cell(row=3 + i, column=2, value=txt)
    ky.column_dimensions["B"].width = 55

    ws = wb.create_sheet("Delivery Plan")
    ws["A1"] = "Corporate Plan Delivery Plan 2025/26 – Q3 Update"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "RAG ratings: see Key tab. Q2 RAG shown for comparison."
    ws.merge_cells("A2:H2")
    headers = ["Ref", "Action", "Lead officer", "Executive Member", "Target date", "Q2 RAG", "Q3 RAG",
               "Q3 progress commentary"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("00594F")
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = 4
    actions = []
    q3count = {"B": 0, "G": 0, "A": 0, "R": 0}
    for prio, aims in plan:
        c = ws.cell(row=r, column=1, value=prio)
        c.font = Font(bold=True, color="FFFFFF", size=12)
        for col in range(1, 9):
            ws.cell(row=r, column=col).fill = solid("00594F")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for aim, items in aims:
            c = ws.cell(row=r, column=1, value=aim)
            c.font = Font(bold=True)
            for col in range(1, 9):
                ws.cell(row=r, column=col).fill = solid("D8E4BC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            for a in items:
                vals = [a["ref"], a["action"], a["lead"], a["member"], a["target"], a["q2"], a["q3"], a["com"]]
                for i, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=i, value=v)
                    if isinstance(v, dt.date):
                        c.number_format = "dd/mm/yyyy"
                for col, key in ((6, "q2"), (7, "q3")):
                    cc = ws.cell(row=r, column=col)
                    cc.fill = solid(FILL[L[a[key]]])
                    cc.alignment = Alignment(horizontal="center", vertical="top")
                q3count[a["q3"]] += 1
                e = dict(ref=a["ref"], under=[prio, aim], action=a["action"], lead=[a["lead"]],
                         end=a["end"], status=L[a["q3"]])
                if a.get("end_text"):
                    e["end_text"] = a["end_text"]
                actions.append(e)
                r += 1
    style_table_range(ws, 3, r - 1, 1, 8)
    for rr in range(4, r):
        for col in (6, 7):
            ws.cell(row=rr, column=col).alignment = Alignment(horizontal="center", vertical="top")
    r += 1
    ws.cell(row=r, column=1, value="Summary of Q3 RAG").font = Font(bold=True)
    r += 1
    for k in ("B", "G", "A", "R"):
        c = ws.cell(row=r, column=1, value=k)
        c.fill = solid(FILL[L[k]])
        ws.cell(row=r, column=2, value=q3count[k])
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    ws.cell(row=r, column=2, value=sum(q3count.values())).font = Font(bold=True)
    r += 2
    ws.cell(row=r, column=1, value=("Note: RAG ratings are as reported by lead officers at 31 December 2025 and "
                                    "have been moderated by the Corporate Performance Team."))
    for col, w in zip("ABCDEFGH", (8, 52, 30, 30, 14, 8, 8, 52)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    wb.save(os.path.join(HERE, name))

    meta = dict(
        source=("North Somerset Council, Corporate Plan delivery plan quarterly progress report to the Executive "
                "(imitation; the council's corporate plan is organised as three priorities - a thriving and "
                "sustainable place, a council which empowers and cares about people, an open and enabling "
                "organisation - each with aims). Copied features: a Cover sheet with a document-control table, a "
                "Key sheet with B/G/A/R letters on fill colours, and a Delivery Plan sheet with merged dark "
                "priority rows and lighter aim rows, numbered actions, job titles as leads, an Executive Member "
                "column, target dates as text ('Mar-26', 'Q4 2025/26', a period, 'Ongoing') and one Excel date, "
                "previous (Q2) and current (Q3) RAG columns, a Q3 RAG summary block with total, and a note line."),
        reads=("Eleven numbered actions under three priorities, each priority split into numbered aims. The "
               "current status is the Q3 RAG letter (B = complete); the Q2 column is history. The Executive "
               "Member column is the political portfolio holder, the lead is the lead officer."),
        title=title,
    )
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 3. Thurrock Council - strategic risk register 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def thurrock():
    name = "yg-thurrock-council-strategic-risk-register-2025-26.xlsx"
    title = "Thurrock Council – Strategic Risk Register 2025/26"
    risks = [
        dict(risk="SR01 Financial sustainability and recovery",
             desc=("Cause: legacy investment losses, exceptional financial support and rising demand.\n"
                   "Event: the Council cannot set and deliver a balanced budget without further capitalisation.\n"
                   "Consequence: continued Best Value intervention, loss of local control, service reductions."),
             owner="Chief Executive; Director of Finance (S151 Officer)",
             inh="5 x 5 = 25", cur="4 x 5 = 20", tgt="3 x 4 = 12", trend="↔",
             acts=[
                 dict(ref="SR01.1",
                      action="Deliver the 2025/26 savings programme and report progress monthly to the Improvement and Recovery Board",
                      lead_cell="Director of Finance (S151 Officer)", lead=["Director of Finance (S151 Officer)"],
                      due=dt.date(2026, 3, 31), end="2026-03", status="green"),
                 dict(ref="SR01.2",
                      action="Complete the remaining disposals in the Commissioner-approved asset rationalisation programme",
                      lead_cell="Assistant Director – Property", lead=["Assistant Director – Property"],
                      due=dt.date(2026, 9, 30), end="2026-09", status="amber"),
                 dict(ref="SR01.3",
                      action="Agree the 2026/27 budget and Medium Term Financial Strategy with Commissioners before budget Council",
                      lead_cell="Director of Finance (S151 Officer)", lead=["Director of Finance (S151 Officer)"],
                      due="Feb 2026", end="2026-02", status="green"),
             ]),
        dict(risk="SR02 Safeguarding children and adults at risk",
             desc=("Cause: demand, workforce instability and reliance on agency staff.\n"
                   "Event: a child or adult at risk is not protected from harm.\n"
                   "Consequence: serious harm, regulatory intervention, reputational damage."),
             owner="Executive Director Children's Services / Executive Director Adults, Housing and Health",
             inh="4 x 5 = 20", cur="3 x 5 = 15", tgt="2 x 5 = 10", trend="↓",
             acts=[
                 dict(ref="SR02.1",
                      action="Implement the adult social care improvement plan following the CQC local authority assessment",
                      lead_cell="Executive Director Adults, Housing and Health",
                      lead=["Executive Director Adults, Housing and Health"],
                      due=dt.date(2026, 6, 30), end="2026-06", status="green"),
                 dict(ref="SR02.2",
                      action="Reduce the proportion of agency social workers to below 15% through the recruitment and retention offer",
                      lead_cell="Executive Director Children's Services / Head of HR",
                      lead=["Executive Director Children's Services", "Head of HR"],
                      due=dt.date(2026, 3, 31), end="2026-03", status="amber"),
                 dict(ref="SR02.3",
                      action="Refresh the multi-agency thresholds document with the Thurrock Local Safeguarding Children Partnership",
                      lead_cell="Strategic Lead – Safeguarding", lead=["Strategic Lead – Safeguarding"],
                      due=dt.date(2025, 10, 31), end="2025-10", status="blue"),
             ]),
        dict(risk="SR03 Cyber security and ICT resilience",
             desc=("Cause: ageing on-premises infrastructure and an increasing threat from ransomware.\n"
                   "Event: a successful cyber attack or prolonged loss of ICT systems.\n"
                   "Consequence: services unavailable, data loss, ICO enforcement."),
             owner="Director of Strategy, Engagement and Growth",
             inh="5 x 4 = 20", cur="4 x 4 = 16", tgt="3 x 4 = 12", trend="↑",
             acts=[
                 dict(ref="SR03.1",
                      action="Migrate the remaining on-premises servers to the cloud hosting platform",
                      lead_cell="Head of ICT", lead=["Head of ICT"],
                      due=dt.date(2025, 12, 31), end="2025-12", status="red"),
                 dict(ref="SR03.2",
                      action="Achieve 95% completion of mandatory cyber security e-learning across all staff",
                      lead_cell="Data Protection Officer & Head of ICT", lead=["Data Protection Officer", "Head of ICT"],
                      due=dt.date(2026, 3, 31), end="2026-03", status="green"),
                 dict(ref="SR03.3",
                      action="Run a cyber incident exercise with the LGA and test the ICT disaster recovery plan",
                      lead_cell="Head of ICT", lead=["Head of ICT"],
                      due="Q4 2025/26", end="2026-03", status="unrated"),
             ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 3 review (October – December 2025) – Standards and Audit Committee, 12 March 2026"
    ws["A3"] = ("Risk scores are Likelihood x Impact (1–5 each). Action status is shown by the colour of the "
                "Status cell – see Key tab.")
    headers = ["Risk", "Description (cause – event – consequence)", "Risk owner", "Inherent score",
               "Current score", "Target score", "Trend", "Ref", "Further action to reduce the risk",
               "Action owner", "Due date", "Status"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("7030A0")
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = 6
    actions = []
    for rk in risks:
        first = r
        ws.cell(row=r, column=1, value=rk["risk"]).font = Font(bold=True)
        ws.cell(row=r, column=2, value=rk["desc"])
        ws.cell(row=r, column=3, value=rk["owner"])
        ws.cell(row=r, column=4, value=rk["inh"])
        ws.cell(row=r, column=5, value=rk["cur"])
        ws.cell(row=r, column=6, value=rk["tgt"])
        ws.cell(row=r, column=7, value=rk["trend"])
        for a in rk["acts"]:
            ws.cell(row=r, column=8, value=a["ref"])
            ws.cell(row=r, column=9, value=a["action"])
            ws.cell(row=r, column=10, value=a["lead_cell"])
            c = ws.cell(row=r, column=11, value=a["due"])
            if isinstance(a["due"], dt.date):
                c.number_format = "dd/mm/yyyy"
            if a["status"] != "unrated":
                ws.cell(row=r, column=12).fill = solid(FILL[a["status"]])
            actions.append(dict(ref=a["ref"], under=[rk["risk"]], action=a["action"], lead=a["lead"],
                                end=a["end"], status=a["status"]))
            r += 1
        for col in range(1, 8):
            ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    style_table_range(ws, 5, r - 1, 1, 12)
    r += 1
    ws.cell(row=r, column=1, value=("Risks removed this quarter: none. Next full review: Q4 2025/26 "
                                    "(Corporate Leadership Team, April 2026)."))
    for col, w in zip("ABCDEFGHIJKL", (24, 46, 26, 10, 10, 10, 7, 9, 48, 28, 12, 9)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    ky = wb.create_sheet("Key")
    ky["A1"] = "Action status (colour of Status cell)"
    ky["A1"].font = Font(bold=True)
    keyrows = [("blue", "Action complete"), ("green", "On track"),
               ("amber", "Delayed – still expected to be delivered"), ("red", "Overdue"),
               (None, "No colour – action not yet started")]
    for i, (col, txt) in enumerate(keyrows):
        c = ky.cell(row=2 + i, column=1)
        c.border = BORDER
        if col:
            c.fill = solid(FILL[col])
        ky.cell(row=2 + i, column=2, value=txt)
    ky["A9"] = "Risk score bands"
    ky["A9"].font = Font(bold=True)
    bands = [("15–25", "High – Strategic Risk Register, reviewed monthly by CLT"),
             ("8–12", "Medium – directorate risk register"),
             ("1–6", "Low – service risk register")]
    for i, (s, txt) in enumerate(bands):
        ky.cell(row=10 + i, column=1, value=s)
        ky.cell(row=10 + i, column=2, value=txt)
    ky.column_dimensions["A"].width = 10
    ky.column_dimensions["B"].width = 60
    wb.save(os.path.join(HERE, name))

    meta = dict(
        source=("Thurrock Council, Strategic Risk Register quarterly review to Standards and Audit Committee "
                "(imitation; Thurrock has been under Best Value intervention with Commissioners since 2022 and "
                "reports its strategic risks with inherent, current and target scores and further mitigating "
                "actions). Copied features: title and reporting-period lines, an explanatory line, one block per "
                "risk with the risk name, cause-event-consequence description, risk owner, scores and trend "
                "merged vertically over its further actions, action refs SR01.1 etc., job titles as action "
                "owners (two posts with '/' and '&'), due dates as Excel dates plus 'Feb 2026' and 'Q4 2025/26', "
                "action status shown only by the fill colour of the Status cell, a Key sheet explaining the "
                "colours and score bands, and a closing note line."),
        reads=("Three strategic risks, each with three further actions to reduce it. The action's status is the "
               "colour of its Status cell as the Key sheet defines it (blue complete, green on track, amber "
               "delayed, red overdue, no colour not started); the risk owner is not the action lead."),
        title=title,
    )
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.6))


def bold_row(row, fill=None, white=False):
    seen = set()
    for c in row.cells:
        if id(c._tc) in seen:
            continue
        seen.add(id(c._tc))
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True
                if white:
                    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        if fill:
            shade(c, fill)


def set_font(doc, size=9):
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Keeping Bristol Safe Partnership - DHR 'Farah' action plan (docx)
# ---------------------------------------------------------------------------
def bristol():
    name = "yg-keeping-bristol-safe-partnership-dhr-farah-action-plan.docx"
    title = "Domestic Homicide Review: ‘Farah’ – Action Plan"
    recs = [
        dict(rec=("All agencies represented on the Keeping Bristol Safe Partnership to ensure that practitioners "
                  "are trained to recognise and respond to coercive and controlling behaviour, including economic abuse."),
             scope="Local",
             acts=[
                 dict(ref="1.1",
                      action="Refresh the KBSP multi-agency domestic abuse training to include a dedicated module on coercive control and economic abuse.",
                      lead_cell="KBSP Business Unit", lead=["KBSP Business Unit"],
                      mil="Module drafted with Next Link and piloted in June 2024.",
                      target="September 2024", end="2024-09",
                      done="Completed 12/09/2024. 186 practitioners trained by December 2024.",
                      rag="Complete", status="blue"),
                 dict(ref="1.2",
                      action="Each partner agency to confirm to the DHR Sub-Group that coercive control and economic abuse are covered in its mandatory safeguarding training.",
                      lead_cell="All KBSP partner agencies", lead=["All KBSP partner agencies"],
                      mil="Request issued to agencies October 2024.",
                      target="December 2024", end="2024-12",
                      done="Returns received from 9 of 12 agencies; reminders sent by the Business Unit.",
                      rag="Amber", status="amber"),
             ]),
        dict(rec=("Bristol City Council to ensure that housing applications from victims of domestic abuse "
                  "prompt routine enquiry and a DASH risk assessment."),
             scope="Local",
             acts=[
                 dict(ref="2.1",
                      action="Introduce routine enquiry about domestic abuse into the Housing Options triage script and case management system.",
                      lead_cell="Bristol City Council – Housing Options", lead=["Bristol City Council – Housing Options"],
                      mil="Triage script revised; staff briefings held May–July 2024.",
                      target="31/07/2024", end="2024-07",
                      done="Completed July 2024.",
                      rag="Complete", status="blue"),
                 dict(ref="2.2",
                      action="Audit 30 housing applications to test whether DASH risk assessments were completed and MARAC referrals made where required.",
                      lead_cell="Bristol City Council – Housing Options / KBSP Business Unit",
                      lead=["Bristol City Council – Housing Options", "KBSP Business Unit"],
                      mil="Audit tool agreed; sample drawn from October–December 2024 applications.",
                      target="March 2025", end="2025-03",
                      done="",
                      rag="Green", status="green"),
             ]),
        dict(rec=("BNSSG ICB to improve how domestic abuse disclosures made in primary care are recorded and shared."),
             scope="Local / Regional (BNSSG)",
             acts=[
                 dict(ref="3.1",
                      action="Extend the IRIS domestic abuse training and referral programme to a further 20 GP practices in Bristol.",
                      lead_cell="BNSSG ICB", lead=["BNSSG ICB"],
                      mil="Funding agreed for 2025/26; first 6 practices recruited.",
                      target="April 2025 – March 2026", end="2026-03", end_text="April 2025 – March 2026",
                      done="",
                      rag="Green", status="green"),
                 dict(ref="3.2",
                      action="Issue a practice note to GP practices on domestic abuse coding and on flagging the records of other household members.",
                      lead_cell="Designated Nurse for Safeguarding Adults (BNSSG ICB)",
                      lead=["Designated Nurse for Safeguarding Adults (BNSSG ICB)"],
                      mil="Practice note drafted with the Named GPs for safeguarding.",
                      target="Nov-24", end="2024-11",
                      done="Practice note issued 21/11/2024 through the GP safeguarding bulletin.",
                      rag="Complete", status="blue"),
             ]),
        dict(rec=("Avon and Somerset Police to ensure that repeat calls from the same address are identified "
                  "and the risk re-assessed."),
             scope="Force-wide",
             acts=[
                 dict(ref="4.1",
                      action="Change the call-handling process so that a third domestic abuse call from the same address within 12 months prompts a supervisory review of risk.",
                      lead_cell="Avon and Somerset Police", lead=["Avon and Somerset Police"],
                      mil="Interim manual check in place in the Control Room from September 2024.",
                      target="June 2025", end="2025-06",
                      done="System change scheduled with the Niche upgrade.",
                      rag="Amber", status="amber"),
                 dict(ref="4.2",
                      action="Report compliance with the supervisory review requirement to the DHR Sub-Group each quarter.",
                      lead_cell="Avon and Somerset Police", lead=["Avon and Somerset Police"],
                      mil="",
                      target="Quarterly from July 2025", end=None, end_text="Quarterly from July 2025",
                      done="",
                      rag="", status="unrated"),
             ]),
    ]

    doc = Document()
    set_font(doc, 9)
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Keeping Bristol Safe Partnership")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Overview report approved by the KBSP Executive: 14 March 2024. "
                      "Published following Home Office Quality Assurance Panel: July 2024.")
    doc.add_paragraph("This action plan is monitored by the KBSP Domestic Homicide Review Sub-Group. "
                      "Position as at 15 January 2025.")

    doc.add_paragraph().add_run("Document control").bold = True
    dct = doc.add_table(rows=1, cols=3)
    dct.style = "Table Grid"
    for i, h in enumerate(("Version", "Date", "Summary of changes")):
        dct.rows[0].cells[i].text = h
    bold_row(dct.rows[0], "D9D9D9")
    for v in (("0.1", "14/03/2024", "Action plan agreed by DHR panel"),
              ("0.2", "10/10/2024", "Update for DHR Sub-Group"),
              ("0.3", "15/01/2025", "Update for DHR Sub-Group and KBSP Executive")):
        cells = dct.add_row().cells
        for i, x in enumerate(v):
            cells[i].text = x

    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG key").bold = True
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for k, col, txt in (("Complete", "blue", "Action completed and evidence provided to the DHR Sub-Group"),
                        ("Green", "green", "In progress and on track to meet the target date"),
                        ("Amber", "amber", "In progress but the target date is at risk"),
                        ("Red", "red", "Target date missed or action not progressing")):
        cells = kt.add_row().cells
        cells[0].text = k
        shade(cells[0], FILL[col])
        cells[1].text = txt

    doc.add_paragraph()
    doc.add_heading("Action Plan", level=2)
    cols = ["Ref", "Recommendation", "Scope of recommendation", "Action to take", "Lead agency",
            "Key milestones achieved in enacting recommendation", "Target date",
            "Date of completion and outcome", "RAG"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, h in enumerate(cols):
        t.rows[0].cells[i].text = h
    bold_row(t.rows[0], "1F3864", white=True)
    actions = []
    for rc in recs:
        start = len(t.rows)
        for a in rc["acts"]:
            cells = t.add_row().cells
            cells[0].text = a["ref"]
            cells[3].text = a["action"]
            cells[4].text = a["lead_cell"]
            cells[5].text = a["mil"]
            cells[6].text = a["target"]
            cells[7].text = a["done"]
            cells[8].text = a["rag"]
            e = dict(ref=a["ref"], under=[rc["rec"]], action=a["action"], lead=a["lead"],
                     end=a["end"], status=a["status"])
            if a.get("end_text"):
                e["end_text"] = a["end_text"]
            actions.append(e)
        end = len(t.rows) - 1
        for col, txt in ((1, rc["rec"]), (2, rc["scope"])):
            m = t.cell(start, col).merge(t.cell(end, col))
            m.text = txt
    widths = [Cm(1.1), Cm(4.6), Cm(2.2), Cm(4.8), Cm(3.0), Cm(3.6), Cm(2.2), Cm(3.6), Cm(1.5)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("Actions are closed by the DHR Sub-Group only when evidence of completion has been received. "
                      "The Sub-Group reports progress to the KBSP Executive twice a year.")
    doc.save(os.path.join(HERE, name))

    meta = dict(
        source=("Keeping Bristol Safe Partnership (KBSP), domestic homicide review action plan (imitation; KBSP has "
                "commissioned Bristol's DHRs since 2019 and publishes them with an action plan in the Home Office "
                "template). Copied features: partnership name and review title, approval and monitoring lines, a "
                "document-control table and a RAG key table (not the plan), then one landscape table with the "
                "Home Office columns (Recommendation, Scope of recommendation, Action to take, Lead agency, Key "
                "milestones achieved, Target date, Date of completion and outcome) plus a Ref and a RAG column, "
                "the recommendation and scope cells merged down over their actions, agencies and posts as leads "
                "(two joined with '/'), target dates as a month, a day date, 'Nov-24', a period and 'Quarterly "
                "from July 2025', a blank RAG, and a closing note."),
        reads=("Four DHR recommendations, each with two numbered actions for named agencies. The RAG column gives "
               "the status (Complete is blue per the key; blank is not yet rated); the period 'April 2025 – March "
               "2026' ends in March 2026 and 'Quarterly from July 2025' has no end month."),
        title=title,
    )
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 5. Sandwell Children's Trust - Ofsted focused visit action plan (docx)
# ---------------------------------------------------------------------------
def sandwell():
    name = "yg-sandwell-childrens-trust-ofsted-focused-visit-action-plan.docx"
    title = "Ofsted Focused Visit Action Plan"
    areas = [
        ("Area for improvement 1", "The timeliness and quality of assessments for disabled children", [
            dict(ref="1.1",
                 action="Review every open Children with Disabilities assessment that has gone beyond 45 working days and agree a completion date for each.",
                 lead_cell="Head of Service – Children with Disabilities",
                 lead=["Head of Service – Children with Disabilities"],
                 when="October 2024", end="2024-10",
                 measure="No CWD assessment open beyond 45 working days without an agreed plan.",
                 prog="Completed. 23 assessments reviewed; all now completed or with agreed dates.",
                 status="blue"),
            dict(ref="1.2",
                 action="Introduce a disability-specific assessment template that records the child’s communication needs and how their views were obtained.",
                 lead_cell="Principal Social Worker", lead=["Principal Social Worker"],
                 when="April 2025", end="2025-04",
                 measure="Audits show the child’s voice is evident in 80% of CWD assessments.",
                 prog="Template tested in two teams; feedback incorporated. Roll-out to all CWD teams planned for April.",
                 status="green"),
            dict(ref="1.3",
                 action="Practice leads to audit 10 CWD assessments each month, with findings reported to the Practice Improvement Board.",
                 lead_cell="Head of Quality Assurance / Practice Leads",
                 lead=["Head of Quality Assurance", "Practice Leads"],
                 when="Monthly from November 2024", end=None, end_text="Monthly from November 2024",
                 measure="Proportion of audits graded good or better rises each quarter.",
                 prog="Audits completed November to February: 38% good or better, up from 20%.",
                 status="green"),
        ]),
        ("Area for improvement 2", "The consistency and impact of management oversight and supervision", [
            dict(ref="2.1",
                 action="Relaunch the supervision policy and recording template, with reflective supervision at least every four weeks.",
                 lead_cell="Director of Practice", lead=["Director of Practice"],
                 when="30/11/2024", end="2024-11",
                 measure="90% of children’s records show supervision within the last four weeks.",
                 prog="Completed. Policy relaunched at the November practice week.",
                 status="blue"),
            dict(ref="2.2",
                 action="All team managers to complete the ‘Leading Practice’ development programme.",
                 lead_cell="Workforce Development Manager", lead=["Workforce Development Manager"],
                 when="June 2025", end="2025-06",
                 measure="All team managers complete the programme.",
                 prog="Cohort 1 (14 managers) completed in February; cohort 2 starts in April.",
                 status="green"),
            dict(ref="2.3",
                 action="Hold weekly performance clinics in each locality to track supervision compliance, with exceptions escalated to the Operational Director.",
                 lead_cell="Operational Directors", lead=["Operational Directors"],
                 when="Ongoing", end=None, end_text="Ongoing",
                 measure="Supervision compliance reported weekly at 85% or above.",
                 prog="Clinics in place in all four localities; compliance 87% in February.",
                 status="green"),
        ]),
        ("Area for improvement 3", "The effectiveness of child protection plans in reducing risk", [
            dict(ref="3.1",
                 action="Revise the child protection conference and core group guidance so that plans are specific, measurable and written in plain language for families.",
                 lead_cell="Head of Safeguarding and Quality Assurance",
                 lead=["Head of Safeguarding and Quality Assurance"],
                 when="Dec-24", end="2024-12",
                 measure="Families say they understand their plan (feedback after conference).",
                 prog="Draft guidance consulted on with partners; sign-off moved to the April partnership meeting.",
                 status="amber"),
            dict(ref="3.2",
                 action="CP Chairs to use the midway review to escalate any plan where there is no evidence of progress after three months.",
                 lead_cell="CP Chairs", lead=["CP Chairs"],
                 when="May 2025", end="2025-05",
                 measure="Escalations recorded and resolved within 20 working days.",
                 prog="Midway review form amended; 11 escalations raised since January.",
                 status="green"),
            dict(ref="3.3",
                 action="Joint audit with the Sandwell Children’s Safeguarding Partnership of 20 children subject to a second or subsequent child protection plan.",
                 lead_cell="Head of Quality Assurance and SCSP Business Manager",
                 lead=["Head of Quality Assurance", "SCSP Business Manager"],
                 when="July 2025", end="2025-07",
                 measure="Learning from the audit shared with the partnership and reflected in practice guidance.",
                 prog="Not yet started – scheduled for the June audit cycle.",
                 status="unrated"),
        ]),
    ]

    doc = Document()
    set_font(doc, 9)
    landscape(doc)
    p = doc.add_paragraph()
    rr = p.add_run("Sandwell Children’s Trust")
    rr.bold = True
    rr.font.size = Pt(14)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Focused visit: 10 and 11 September 2024 – children in need and children subject to a "
                      "child protection plan. Letter published: 15 October 2024.")
    doc.add_paragraph("Plan owner: Director of Practice. Progress is reported monthly to the Practice Improvement "
                      "Board and quarterly to the Sandwell Council Children’s Services and Education Scrutiny "
                      "Board. This version: March 2025 update.")
    dct = doc.add_table(rows=1, cols=4)
    dct.style = "Table Grid"
    for i, h in enumerate(("Version", "Date", "Author", "Approved by")):
        dct.rows[0].cells[i].text = h
    bold_row(dct.rows[0], "D9D9D9")
    for v in (("1.0", "05/11/2024", "Head of Quality Assurance", "Trust Executive Leadership Team"),
              ("1.1", "14/01/2025", "Head of Quality Assurance", "Practice Improvement Board"),
              ("1.2", "18/03/2025", "Head of Quality Assurance", "Practice Improvement Board")):
        cells = dct.add_row().cells
        for i, x in enumerate(v):
            cells[i].text = x
    doc.add_paragraph()
    doc.add_paragraph().add_run("Progress key (colour of the RAG cell)").bold = True
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for col, txt in (("blue", "Complete"), ("green", "On track"), ("amber", "Some delay – recovery action agreed"),
                     ("red", "Off track – escalated to the Practice Improvement Board")):
        cells = kt.add_row().cells
        shade(cells[0], FILL[col])
        cells[1].text = txt
    cells = kt.add_row().cells
    cells[1].text = "No colour – not yet started"
    for row in kt.rows:
        row.cells[0].width = Cm(1.5)
        row.cells[1].width = Cm(10)

    cols = ["Ref", "Action", "Lead", "Timescale", "What will be different", "Progress – March 2025", "RAG"]
    widths = [Cm(1.1), Cm(6.8), Cm(3.6), Cm(2.8), Cm(4.8), Cm(5.6), Cm(1.3)]
    actions = []
    for label, text, items in areas:
        doc.add_heading(label, level=2)
        t = doc.add_table(rows=2, cols=len(cols))
        t.style = "Table Grid"
        m = t.cell(0, 0).merge(t.cell(0, len(cols) - 1))
        m.text = text
        bold_row(t.rows[0], "DEEAF6")
        for i, h in enumerate(cols):
            t.rows[1].cells[i].text = h
        bold_row(t.rows[1], "1F3864", white=True)
        for a in items:
            cells = t.add_row().cells
            vals = [a["ref"], a["action"], a["lead_cell"], a["when"], a["measure"], a["prog"], ""]
            for i, v in enumerate(vals):
                cells[i].text = v
            if a["status"] != "unrated":
                shade(cells[6], FILL[a["status"]])
            e = dict(ref=a["ref"], under=[text], action=a["action"], lead=a["lead"], end=a["end"],
                     status=a["status"])
            if a.get("end_text"):
                e["end_text"] = a["end_text"]
            actions.append(e)
        for row in t.rows[1:]:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        doc.add_paragraph()
    doc.add_paragraph("Evidence for each action is held on the Trust’s improvement SharePoint site and is tested "
                      "through the quarterly practice audit programme.")
    doc.save(os.path.join(HERE, name))

    meta = dict(
        source=("Sandwell Children's Trust, action plan following an Ofsted focused visit to children in need and "
                "children subject to a child protection plan (imitation; focused-visit letters name areas for "
                "improvement and trusts publish a short plan against them). Copied features: trust name and plan "
                "title, visit and reporting lines, a version-control table, a progress key table of coloured "
                "cells (not the plan), then one table per area for improvement, each preceded by a Word heading "
                "'Area for improvement N' and starting with a merged shaded row giving the area's wording, "
                "numbered actions, job titles as leads (two posts joined by '/' and by 'and'), timescales as "
                "months, a day date, 'Dec-24', 'Monthly from November 2024' and 'Ongoing', a success-measure and "
                "progress column, and RAG shown only as the colour of an empty RAG cell."),
        reads=("Three areas for improvement, each a table of three numbered actions. The heading 'Area for "
               "improvement N' only names the part, so each action is read under the area's wording in the "
               "table's first row. Status is the colour of the RAG cell per the key (blue complete); the last "
               "action has no colour and is not yet started."),
        title=title,
    )
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 6. Harrow Health and Wellbeing Board - action log (csv)
# ---------------------------------------------------------------------------
def harrow():
    name = "yg-harrow-health-and-wellbeing-board-action-log.csv"
    title = "Harrow Health and Wellbeing Board – Action Log"
    rows = [
        dict(ref="HWB/25/01", meet="20/03/2025",
             action="Circulate the draft Pharmaceutical Needs Assessment 2025 to all Board members for comment before the statutory consultation opens.",
             owner="Director of Public Health", lead=["Director of Public Health"],
             due="30/04/2025", end="2025-04", rag="Complete", status="blue",
             upd="Circulated 14/04/2025. Consultation ran 1 May – 30 June 2025."),
        dict(ref="HWB/25/02", meet="20/03/2025",
             action="Provide a breakdown of MMR2 uptake by ward and by GP practice, and the actions being taken with practices below 80%.",
             owner="Consultant in Public Health (Children and Young People)",
             lead=["Consultant in Public Health (Children and Young People)"],
             due="10/07/2025", end="2025-07", rag="Complete", status="blue",
             upd="Report presented at the July meeting."),
        dict(ref="HWB/25/03", meet="10/07/2025",
             action="Bring the Better Care Fund plan 2025-26 to the Board for sign-off; Chair's action to be taken if the NHS England deadline falls before the meeting.",
             owner="Director of Adult Social Services / Harrow Borough Director (NWL ICB)",
             lead=["Director of Adult Social Services", "Harrow Borough Director (NWL ICB)"],
             due="Sep-25", end="2025-09", rag="Complete", status="blue",
             upd="Signed off by Chair's action on 28/07/2025 and noted at the September meeting."),
        dict(ref="HWB/25/04", meet="10/07/2025",
             action="Arrange a Board development session on the refresh of the Joint Health and Wellbeing Strategy, with input from Healthwatch Harrow and the voluntary and community sector.",
             owner="Democratic Services Officer", lead=["Democratic Services Officer"],
             due="November 2025", end="2025-11", rag="Green", status="green",
             upd="Session booked for 13 November 2025, Harrow Civic Centre."),
        dict(ref="HWB/25/05", meet="10/07/2025",
             action="Confirm when the Harrow Health and Care Executive will report on the primary care access recovery plan, and how residents' feedback is being used.",
             owner="Harrow Borough Director (NWL ICB)", lead=["Harrow Borough Director (NWL ICB)"],
             due="Sept 2025", end="2025-09", rag="Red", status="red",
             upd="Report not received for September.\nNow expected at the January 2026 meeting."),
        dict(ref="HWB/25/06", meet="25/09/2025",
             action="Report back on the rise in emergency admissions for falls in people aged 65 and over, and on the actions in the falls prevention pathway.",
             owner="Sam Okafor and Dr Helen Marsh", lead=["Sam Okafor", "Dr Helen Marsh"],
             due="Next meeting (15/01/2026)", end="2026-01", end_text="Next meeting (15/01/2026)",
             rag="Green", status="green",
             upd="Data request with NWL ICB analytics team."),
        dict(ref="HWB/25/07", meet="25/09/2025",
             action="Circulate the Harrow Suicide Prevention Action Plan 2025-2028 to Board members.",
             owner="Public Health Strategist", lead=["Public Health Strategist"],
             due="31/10/2025", end="2025-10", rag="Not started", status="unrated",
             upd=""),
        dict(ref="HWB/25/08", meet="25/09/2025",
             action='Share the findings of the "Getting a GP appointment" survey with the Board and with the ICB primary care team.',
             owner="Healthwatch Harrow", lead=["Healthwatch Harrow"],
             due="Dec-25", end="2025-12", rag="Amber", status="amber",
             upd="Survey closed 30 September; analysis delayed by staff absence."),
    ]
    header = ["Action No.", "Meeting date", "Action", "Owner", "Due date", "RAG", "Update"]
    n = len(header)
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([title] + [""] * (n - 1))
        w.writerow(["Last updated: 17 October 2025"] + [""] * (n - 1))
        w.writerow([""] * n)
        w.writerow(header)
        for a in rows:
            w.writerow([a["ref"], a["meet"], a["action"], a["owner"], a["due"], a["rag"], a["upd"]])
        w.writerow([""] * n)
        w.writerow(["RAG: Complete = action closed and reported to the Board; Green = on track; "
                    "Amber = at risk of slipping; Red = overdue"] + [""] * (n - 1))
        w.writerow(["Completed actions are removed from the log once they have been reported to the Board."]
                   + [""] * (n - 1))
    actions = []
    for a in rows:
        e = dict(ref=a["ref"], under=[], action=a["action"], lead=a["lead"], end=a["end"], status=a["status"])
        if a.get("end_text"):
            e["end_text"] = a["end_text"]
        actions.append(e)
    meta = dict(
        source=("London Borough of Harrow, Health and Wellbeing Board action log (imitation; borough health and "
                "wellbeing boards publish a rolling action log with the agenda pack). Copied features: a CSV saved "
                "from Excel (UTF-8 with BOM, CRLF, padded empty cells) with title and 'Last updated' lines, a "
                "header row, action numbers HWB/25/nn, meeting dates, owners as posts or named people (two "
                "joined by '/' and by 'and'), due dates as day dates, 'Sep-25', 'Sept 2025', a month and year, "
                "and 'Next meeting (15/01/2026)', a RAG word column including 'Not started', an update column "
                "with one line break inside a quoted cell, a quoted cell with a comma and double quotes, and a "
                "RAG key line and a note line at the end."),
        reads=("A flat log of eight Board actions from three meetings in 2025, in action-number order, with no "
               "headings above them. Status is the RAG column (Complete blue, Not started unrated); 'Next "
               "meeting (15/01/2026)' is due January 2026."),
        title=title,
    )
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 7. Blackpool Safeguarding Partnership - LCSPR Child P action plan (txt, refuse)
# ---------------------------------------------------------------------------
def blackpool():
    name = "yg-blackpool-safeguarding-partnership-lcspr-child-p-action-plan-typo-month-refuse.txt"
    title = "Local Child Safeguarding Practice Review: Child P – Multi-agency Action Plan"
    T = "\t"
    lines = [
        "Blackpool Safeguarding Partnership",
        title,
        "Progress update for the Learning and Improvement Sub-Group – 4 February 2025",
        "",
        T.join(["Ref", "Recommendation", "Action", "Lead", "Timescale", "Progress update", "RAG"]),
        T.join(["1", "Partners should ensure that practitioners see and speak to children alone and record what the child has said, in their own words.", "", "", "", "", ""]),
        T.join(["1.1", "", "Add a ‘seen alone’ prompt and a child’s-words field to the children’s social care and school nursing recording systems.", "Head of Service, Safeguarding and Quality / School Nursing Lead", "March 2025", "Change requests submitted for both systems; testing in February.", "G"]),
        T.join(["1.2", "", "Deliver a 7-minute briefing on the voice of the child from this review to all partner agencies.", "BSP Business Manager", "Q1 2025/26", "Briefing drafted; to be launched at the partnership practice week.", "A"]),
        T.join(["2", "Agencies should recognise when a parent's engagement is disguised compliance and escalate concerns using the resolution and escalation protocol.", "", "", "", "", ""]),
        T.join(["2.1", "", "Refresh the resolution and escalation protocol and publish it on the BSP procedures site.", "BSP Business Manager", "April 2025", "First draft reviewed by the Policy Sub-Group in January.", "G"]),
        T.join(["2.2", "", "Include disguised compliance case studies in the multi-agency neglect training.", "BSP Training Coordinator", "June 2025", "", ""]),
        T.join(["3", "Health partners should share information about missed health appointments for children on child protection plans.", "", "", "", "", ""]),
        T.join(["3.1", "", "Agree a pathway for GP practices and the 0-19 service to notify the child's social worker when two consecutive appointments are missed.", "Designated Nurse Safeguarding Children (Lancashire and South Cumbria ICB)", "Novmber 2025", "Scoping meeting held with the ICB primary care team.", "A"]),
        T.join(["3.2", "", "Audit the use of the pathway six months after launch.", "Designated Nurse Safeguarding Children (Lancashire and South Cumbria ICB)", "Ongoing", "", ""]),
        T.join(["4", "The Partnership should seek assurance that the learning from this review has improved practice.", "", "", "", "", ""]),
        T.join(["4.1", "", "Multi-agency audit of 15 children on child protection plans for neglect, focusing on the voice of the child and escalation.", "Chair of the Learning and Improvement Sub-Group", "September 2025", "", ""]),
        "",
        "RAG: B = complete; G = on track; A = some delay; R = off track",
        "Plan owner: Chair of the Learning and Improvement Sub-Group. Next update due: May 2025.",
    ]
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")
    refuse_line = next(i for i, ln in enumerate(lines, 1) if "Novmber 2025" in ln)
    meta = dict(
        source=("Blackpool Safeguarding Partnership, local child safeguarding practice review action plan "
                "(imitation; partnerships publish a multi-agency plan against each review recommendation and "
                "report progress to a learning and improvement sub-group). Copied features: partnership, review "
                "and update lines, a tab-separated export with a header row, numbered recommendation rows with "
                "the recommendation text and empty action cells, numbered action rows beneath each, posts as "
                "leads, timescales as months, a quarter and 'Ongoing', progress text, R/A/G letters, and a RAG "
                "key and plan-owner line at the end. The timescale of action 3.1 is mistyped 'Novmber 2025'."),
        reads=("A CSPR action plan with four recommendations and seven actions. Action 3.1's timescale reads "
               "'Novmber 2025', a mistyped month: a careful reader would stop and ask rather than guess the "
               "due date."),
        outcome="refuse",
        refuse_at=refuse_line,
        title=title,
    )
    write_expected(name, meta, [])
    return name, 0


if __name__ == "__main__":
    for fn in (southend, north_somerset, thurrock, bristol, sandwell, harrow, blackpool):
        n, k = fn()
        print(f"{n}: {k} actions")
