"""Build the seven xy- blind test files of set heldout563.

Run with /work/main/.venv/bin/python xy_make.py (writes beside this script).
Only files whose names start with "xy-" are written.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("xy-")
    return os.path.join(HERE, name)


D = dt.datetime
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
BAND_FILL = PatternFill("solid", fgColor="D9D9D9")
FILLS = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "grey": PatternFill("solid", fgColor="BFBFBF"),
}
WORD_FILL = {"Red": "red", "Amber": "amber", "Green": "green", "Complete": "blue"}


def header_row(ws, row, values, fill=HEAD_FILL, color="FFFFFF"):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True, color=color)
        c.fill = fill
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def boxed(c, date=False):
    c.border = BOX
    c.alignment = WRAP
    if date:
        c.number_format = "dd/mm/yyyy"


# ---------------------------------------------------------------------------
# 1. Rochdale Borough Council - internal audit agreed actions tracker (xlsx)
# ---------------------------------------------------------------------------
ROCHDALE_AUDITS = [
    ("Adult Care – Direct Payments (2024/25) – Limited Assurance", [
        ("DP/01",
         "Carry out reviews of all direct payment recipients who have not had an annual review in the last 12 months, prioritising those with managed accounts.",
         "High", "Head of Adult Social Care Operations", D(2025, 3, 31), D(2025, 9, 30),
         "All 212 overdue reviews completed by 26/09/2025. Review dates now monitored through the Liquidlogic dashboard. Verified by Internal Audit October 2025.",
         "Complete"),
        ("DP/02",
         "Introduce a monthly reconciliation of direct payment account balances and recover surplus funds above the 8-week contingency.",
         "High", "Direct Payments Finance Manager / Finance Business Partner (Adults)", D(2025, 6, 30), D(2026, 1, 31),
         "Reconciliation process agreed. Recovery of surplus balances delayed by the prepaid card provider change; £184k recovered to date.",
         "Amber"),
    ]),
    ("Payroll – Starters and Leavers (2024/25) – Adequate Assurance", [
        ("PAY/01",
         "Ensure leaver forms are submitted to Payroll before the employee's last working day; monthly exception report of late notifications to be sent to Directors.",
         "Medium", "HR Operations Manager", D(2025, 5, 31), None,
         "Exception report issued monthly since May 2025.",
         "Complete"),
        ("PAY/02",
         "Remove system access for leavers within five working days, using the weekly leavers report from iTrent.",
         "Medium", "ICT Service Desk Manager and HR Operations Manager", D(2025, 6, 30), D(2025, 12, 31),
         "Weekly report in place. Automated disabling of network accounts being tested with ICT.",
         "Amber"),
    ]),
    ("Highways Capital Programme (2025/26) – Limited Assurance", [
        ("HCP/01",
         "Establish a Highways Capital Programme Board with terms of reference, a forward plan and monthly reporting of scheme spend against budget.",
         "High", "Assistant Director – Highways and Engineering", D(2025, 9, 30), None,
         "Board met for the first time on 9 September 2025; terms of reference approved.",
         "Complete"),
        ("HCP/02",
         "Variations to contract over £50,000 to be approved in writing by the Assistant Director before instruction to the contractor, and recorded on the variations log.",
         "High", "Highways Commissioning Manager", D(2025, 12, 31), None,
         "Variations log created; approval form being added to the contract management procedure.",
         "Green"),
        ("HCP/03",
         "Reconcile the capital programme ledger to the scheme database at each quarter end.",
         "Medium", "Finance Business Partner (Place)", D(2026, 3, 31), None,
         "Q2 reconciliation completed; differences under review.",
         "Green"),
    ]),
    ("Cyber Security – Patch Management (2024/25) – Limited Assurance", [
        ("CYB/01",
         "Apply critical security patches to servers within 14 days of release and report compliance monthly to the Information Governance Group.",
         "High", "Head of ICT Infrastructure", D(2025, 3, 31), D(2025, 11, 30),
         "Compliance at 71% in September (target 95%). Additional patching window agreed; revised date at risk.",
         "Red"),
        ("CYB/02",
         "Decommission or isolate the remaining unsupported Windows Server 2012 hosts.\nWhere a host cannot be decommissioned, record a risk acceptance signed by the SIRO.",
         "High", "Head of ICT Infrastructure; Senior Information Risk Owner (SIRO)", D(2025, 6, 30), D(2026, 3, 31),
         "6 of 11 hosts decommissioned. Remaining hosts support the legacy revenues system which is being replaced.",
         "Amber"),
    ]),
]


def make_rochdale():
    wb = Workbook()
    title = "Rochdale Borough Council – Internal Audit Agreed Actions Tracker"

    # Summary sheet first, as in the committee appendix
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Audit and Governance Committee – 24 November 2025 (position as at 31 October 2025)"
    header_row(s, 4, ["Directorate", "Total actions", "Complete", "Green", "Amber", "Red"])
    rows = [
        ("Adult Care", 2, 1, 0, 1, 0),
        ("Corporate Services", 4, 1, 0, 2, 1),
        ("Neighbourhoods", 3, 1, 2, 0, 0),
        ("Total", 9, 3, 2, 3, 1),
    ]
    for r, vals in enumerate(rows, start=5):
        for c, v in enumerate(vals, start=1):
            cell = s.cell(row=r, column=c, value=v)
            boxed(cell)
            if vals[0] == "Total":
                cell.font = Font(bold=True)
    for col, fill in zip("CDEF", ["blue", "green", "amber", "red"]):
        s[f"{col}4"].fill = FILLS[fill]
        s[f"{col}4"].font = Font(bold=True, color="000000" if fill in ("amber", "green") else "FFFFFF")
    s["A10"] = "High and medium priority actions only. Low priority actions are followed up by Internal Audit and reported by exception."
    s.column_dimensions["A"].width = 24
    for col in "BCDEF":
        s.column_dimensions[col].width = 13

    # Tracker sheet
    t = wb.create_sheet("Tracker")
    t["A1"] = title
    t["A1"].font = Font(bold=True, size=14)
    t.merge_cells("A1:H1")
    t["A2"] = "Report to Audit and Governance Committee – 24 November 2025. Position as at 31 October 2025."
    t.merge_cells("A2:H2")
    headers = ["Ref", "Agreed Action", "Priority", "Responsible Officer", "Original Target Date",
               "Revised Target Date", "Management Update (October 2025)", "Status"]
    header_row(t, 4, headers)
    r = 5
    for audit, actions in ROCHDALE_AUDITS:
        c = t.cell(row=r, column=1, value=audit)
        c.font = Font(bold=True)
        for col in range(1, len(headers) + 1):
            t.cell(row=r, column=col).fill = BAND_FILL
            t.cell(row=r, column=col).border = BOX
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(headers))
        r += 1
        for ref, action, prio, lead, orig, rev, update, status in actions:
            vals = [ref, action, prio, lead, orig, rev, update, status]
            for col, v in enumerate(vals, start=1):
                cell = t.cell(row=r, column=col, value=v)
                boxed(cell, date=col in (5, 6))
            st = t.cell(row=r, column=8)
            st.fill = FILLS[WORD_FILL[status]]
            if status in ("Red", "Complete"):
                st.font = Font(color="FFFFFF", bold=True)
            r += 1
    r += 1
    t.cell(row=r, column=1, value="Note: actions marked Complete have been verified by Internal Audit and will be removed from the next report.")
    t.cell(row=r, column=1).font = Font(italic=True)
    widths = {"A": 10, "B": 60, "C": 10, "D": 30, "E": 13, "F": 13, "G": 50, "H": 11}
    for k, v in widths.items():
        t.column_dimensions[k].width = v
    t.freeze_panes = "A5"

    # Key sheet
    k = wb.create_sheet("Key")
    k["A1"] = "Status key"
    k["A1"].font = Font(bold=True)
    key = [
        ("Complete", "Action implemented and evidence verified by Internal Audit", "blue"),
        ("Green", "Action on track to be implemented by the target date", "green"),
        ("Amber", "Some slippage – revised target date agreed with Internal Audit", "amber"),
        ("Red", "Action overdue or revised target date at risk", "red"),
    ]
    for i, (w, d, f) in enumerate(key, start=2):
        k.cell(row=i, column=1, value=w).fill = FILLS[f]
        k.cell(row=i, column=2, value=d)
    k["A7"] = "Priority: High – fundamental control weakness; Medium – important control weakness."
    k.column_dimensions["A"].width = 12
    k.column_dimensions["B"].width = 70
    wb.save(out("xy-rochdale-borough-council-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Bolton Council - corporate risk register (xlsx), merged risk cells,
#    action status shown by fill colour only
# ---------------------------------------------------------------------------
BOLTON_RISKS = [
    ("CR01: Financial sustainability",
     "Cause: rising demand in social care, inflation and uncertainty over future funding.\nEvent: the Council cannot set or deliver a balanced budget.\nConsequence: use of reserves, unplanned service reductions, Section 114 risk.",
     "Director of Corporate Resources",
     "Medium Term Financial Strategy; monthly budget monitoring to Cabinet; reserves policy.",
     ("4 x 5 = 20", "red"), ("4 x 4 = 16", "red"), "↔",
     [("1.1", "Deliver the 2025/26 savings programme of £12.4m, with monthly tracking of each saving by the Budget Delivery Board.",
       "Director of Finance", D(2026, 3, 31), "green"),
      ("1.2", "Refresh the Medium Term Financial Strategy to 2028/29 and present it to Cabinet alongside the 2026/27 budget.",
       "Director of Finance", D(2026, 2, 11), "amber"),
      ("1.3", "Review earmarked reserves and release balances no longer required to the general fund.",
       "Chief Accountant", D(2025, 12, 31), "green")]),
    ("CR02: Children's social care placement demand and cost",
     "Cause: shortage of local foster and residential placements.\nEvent: children placed in high-cost external and out-of-borough placements.\nConsequence: poorer outcomes for children and budget overspend.",
     "Director of Children's Services",
     "Placement sufficiency strategy; weekly high-cost placement panel; regional commissioning framework.",
     ("5 x 4 = 20", "red"), ("4 x 4 = 16", "red"), "↑",
     [("2.1", "Open two new in-house residential children's homes to reduce reliance on external placements.",
       "Head of Placements and Sufficiency", D(2026, 9, 30), "amber"),
      ("2.2", "Increase recruitment of in-house foster carers (target: 25 new fostering households in 2025/26).",
       "Fostering Service Manager", D(2026, 3, 31), "red")]),
    ("CR03: Cyber security",
     "Cause: increasing sophistication of cyber attacks on the public sector.\nEvent: a successful ransomware or data breach attack.\nConsequence: loss of systems and data, inability to deliver services, ICO action.",
     "Director of Corporate Resources",
     "Firewalls and endpoint protection; PSN compliance; offline backups; mandatory e-learning.",
     ("4 x 5 = 20", "red"), ("3 x 4 = 12", "amber"), "↓",
     [("3.1", "Complete the move of remaining on-premise servers to the cloud hosting environment.",
       "Head of ICT", D(2026, 6, 30), "green"),
      ("3.2", "Run a cyber incident exercise with the Strategic Leadership Team and test the ICT disaster recovery plan.",
       "Head of ICT / Emergency Planning Manager", D(2026, 1, 31), "green"),
      ("3.3", "Achieve 95% completion of mandatory cyber security e-learning across all staff.",
       "Head of ICT", D(2025, 9, 30), "blue")]),
    ("CR04: Workforce capacity and recruitment",
     "Cause: national shortages in social work, planning and legal professions.\nEvent: the Council cannot recruit or retain staff with the right skills.\nConsequence: reliance on agency staff, higher costs and delays to services.",
     "Director of People",
     "Workforce strategy; market supplements policy; apprenticeship programme.",
     ("4 x 4 = 16", "red"), ("3 x 4 = 12", "amber"), "↔",
     [("4.1", "Launch the refreshed recruitment and retention offer for hard-to-fill posts, including market supplements for social workers and planners.",
       "Head of HR", D(2025, 11, 30), "amber"),
      ("4.2", "Roll out the leadership development programme to all Tier 4 managers.",
       "Organisational Development Manager", "Ongoing", "green")]),
]


def make_bolton():
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR Q2 2025-26"
    ws["A1"] = "Bolton Council – Corporate Risk Register 2025/26: Quarter 2 Review"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:L1")
    ws["A2"] = "Reviewed by Strategic Leadership Team 14 October 2025. Reported to Audit Committee 17 November 2025."
    ws.merge_cells("A2:L2")
    # banded group header
    for (a, b, text) in [(1, 4, "Risk"), (5, 7, "Assessment"), (8, 12, "Further action required")]:
        c = ws.cell(row=4, column=a, value=text)
        c.font = Font(bold=True, color="FFFFFF")
        c.alignment = Alignment(horizontal="center")
        for col in range(a, b + 1):
            ws.cell(row=4, column=col).fill = PatternFill("solid", fgColor="44546A")
        ws.merge_cells(start_row=4, start_column=a, end_row=4, end_column=b)
    header_row(ws, 5, ["Risk", "Description (cause, event, consequence)", "Risk Owner", "Existing controls",
                       "Inherent score (L x I)", "Current score (L x I)", "Direction of travel",
                       "Ref", "Further action", "Action owner", "Target date", "Action status"])
    r = 6
    for title, desc, owner, controls, inh, cur, dot, actions in BOLTON_RISKS:
        first = r
        for ref, text, lead, date, fill in actions:
            for col, v in zip(range(8, 12), [ref, text, lead, date]):
                c = ws.cell(row=r, column=col, value=v)
                boxed(c, date=isinstance(v, dt.datetime))
            st = ws.cell(row=r, column=12)
            st.fill = FILLS[fill]
            st.border = BOX
            r += 1
        last = r - 1
        for col, v in zip(range(1, 8), [title, desc, owner, controls, inh[0], cur[0], dot]):
            c = ws.cell(row=first, column=col, value=v)
            boxed(c)
            if col == 1:
                c.font = Font(bold=True)
            if col == 5:
                c.fill = FILLS[inh[1]]
            if col == 6:
                c.fill = FILLS[cur[1]]
            if col == 7:
                c.alignment = Alignment(horizontal="center", vertical="top")
            for rr in range(first, last + 1):
                ws.cell(row=rr, column=col).border = BOX
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    widths = [24, 45, 20, 35, 11, 11, 9, 6, 55, 26, 12, 10]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws.freeze_panes = "A6"
    r += 1
    ws.cell(row=r, column=1, value="Scores: Likelihood (1-5) x Impact (1-5). 15-25 Red, 8-12 Amber, 1-6 Green. Action status colours are explained on the Key sheet.")

    k = wb.create_sheet("Key")
    k["A1"] = "Risk scoring"
    k["A1"].font = Font(bold=True)
    k["A2"] = "Likelihood"
    k["B2"] = "1 Rare, 2 Unlikely, 3 Possible, 4 Likely, 5 Almost certain"
    k["A3"] = "Impact"
    k["B3"] = "1 Negligible, 2 Minor, 3 Moderate, 4 Major, 5 Critical"
    k["A5"] = "Action status"
    k["A5"].font = Font(bold=True)
    for i, (f, d) in enumerate([("green", "On track"), ("amber", "Some slippage"),
                                ("red", "Off track – escalated to SLT"), ("blue", "Complete")], start=6):
        k.cell(row=i, column=1).fill = FILLS[f]
        k.cell(row=i, column=2, value=d)
    k.column_dimensions["A"].width = 14
    k.column_dimensions["B"].width = 60
    wb.save(out("xy-bolton-council-corporate-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 3. East Sussex CC - Home to School Transport programme highlight report (xlsx)
# ---------------------------------------------------------------------------
ESCC_MILESTONES = [
    ("WS1 Policy and eligibility", [
        ("1.1", "Consult on changes to the post-16 travel assistance policy for 2026/27",
         "Head of Admissions and Transport", D(2025, 10, 31), D(2025, 11, 30), "Green", "Amber",
         "Consultation launch moved to 3 November to follow Lead Member decision."),
        ("1.2", "Introduce a second-stage eligibility review panel with SEND Assessment and Planning",
         "Head of SEND Assessment and Planning; Head of Admissions and Transport", D(2025, 9, 30), D(2025, 9, 30), "Green", "Complete",
         "Panel in place from 15 September; 46 cases reviewed."),
    ]),
    ("WS2 Route optimisation and commissioning", [
        ("2.1", "Re-run route optimisation for all SEND routes in Hastings and Rother ahead of the January 2026 term",
         "Transport Hub Manager", D(2025, 12, 31), D(2025, 12, 31), "Green", "Green",
         "Modelling complete for Hastings; Rother under way."),
        ("2.2", "Award the new Dynamic Purchasing System lots for taxi and minibus contracts",
         "Procurement Category Manager (Transport)", D(2025, 8, 31), D(2026, 2, 28), "Amber", "Red",
         "Low number of compliant bids in lots 3 and 4. Re-opening the DPS; Board asked to agree revised date."),
        ("2.3", "Review all single-occupancy journeys over 20 miles and move to shared routes where needs allow",
         "Transport Hub Manager", D(2026, 3, 31), None, "Green", "Green",
         "112 journeys identified for review."),
    ]),
    ("WS3 Independent travel training", [
        ("3.1", "Expand independent travel training to 60 young people a year through the commissioned provider",
         "Commissioning Manager – Children's Services", D(2026, 3, 31), D(2026, 3, 31), "Green", "Green",
         "27 young people trained since April."),
        ("3.2", "Launch a personal travel budget offer for parents of children with EHC plans",
         "Head of Admissions and Transport", D(2025, 4, 30), D(2025, 9, 1), "Green", "Complete",
         "Launched for the September 2025 intake."),
    ]),
    ("WS4 Systems and data", [
        ("4.1", "Implement the upgraded transport management system module and migrate route data",
         "Systems Manager (CET) / Transport Hub Manager", D(2026, 1, 31), D(2026, 3, 31), "Amber", "Amber",
         "Supplier release delayed; data cleansing continuing."),
    ]),
]


def make_escc():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = "East Sussex County Council – Home to School Transport Improvement Programme: Highlight Report"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    info = [
        ("Reporting period", "October 2025", "Overall RAG (this period)", "Amber"),
        ("Senior Responsible Owner", "Director of Children's Services", "Overall RAG (last period)", "Amber"),
        ("Programme Manager", "HTST Improvement Programme Manager", "Report to", "HTST Programme Board – 12 November 2025"),
    ]
    for i, (a, b, c, d) in enumerate(info, start=3):
        ws.cell(row=i, column=1, value=a).font = Font(bold=True)
        ws.cell(row=i, column=2, value=b)
        ws.merge_cells(start_row=i, start_column=2, end_row=i, end_column=3)
        ws.cell(row=i, column=4, value=c).font = Font(bold=True)
        ws.merge_cells(start_row=i, start_column=4, end_row=i, end_column=5)
        ws.cell(row=i, column=6, value=d)
        if d == "Amber":
            ws.cell(row=i, column=6).fill = FILLS["amber"]
    ws["A7"] = "Key achievements this period"
    ws["A7"].font = Font(bold=True)
    ach = [
        "• Second-stage eligibility review panel running since 15 September 2025.",
        "• Personal travel budget offer taken up by 84 families for the September intake.",
        "• Route optimisation modelling completed for Hastings.",
    ]
    for i, a in enumerate(ach, start=8):
        ws.cell(row=i, column=1, value=a)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=9)
    ws["A12"] = "Milestone tracker"
    ws["A12"].font = Font(bold=True)
    header_row(ws, 13, ["Ref", "Workstream", "Milestone", "Lead", "Baseline date", "Forecast date",
                        "Previous RAG", "Current RAG", "Commentary"])
    r = 14
    for ws_name, ms in ESCC_MILESTONES:
        first = r
        for ref, text, lead, base, fc, prev, cur, comm in ms:
            vals = [ref, ws_name if r == first else None, text, lead, base, fc, prev, cur, comm]
            for col, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=col, value=v)
                boxed(c, date=col in (5, 6))
            for col, v in ((7, prev), (8, cur)):
                ws.cell(row=r, column=col).fill = FILLS[WORD_FILL[v]]
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Milestone summary").font = Font(bold=True)
    r += 1
    for label, n, f in [("Complete", 2, "blue"), ("Green", 3, "green"), ("Amber", 2, "amber"),
                        ("Red", 1, "red"), ("Total", 8, None)]:
        c = ws.cell(row=r, column=1, value=label)
        if f:
            c.fill = FILLS[f]
        else:
            c.font = Font(bold=True)
        ws.cell(row=r, column=2, value=n)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Decisions required from Programme Board").font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value="The Board is asked to agree the revised forecast date of 28 February 2026 for milestone 2.2 (DPS award).")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    widths = [7, 24, 55, 32, 12, 12, 10, 10, 50]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + i)].width = w

    f = wb.create_sheet("Finance")
    f["A1"] = "Home to School Transport – budget position 2025/26 (£m)"
    f["A1"].font = Font(bold=True)
    header_row(f, 3, ["Area", "Budget", "Forecast outturn", "Variance"])
    for i, row in enumerate([("Mainstream transport", 5.1, 5.3, 0.2),
                             ("SEND transport (pre-16)", 15.2, 18.6, 3.4),
                             ("Post-16 and post-19", 3.5, 4.0, 0.5),
                             ("Total", 23.8, 27.9, 4.1)], start=4):
        for j, v in enumerate(row, start=1):
            boxed(f.cell(row=i, column=j, value=v))
    f.column_dimensions["A"].width = 28

    k = wb.create_sheet("RAG key")
    for i, (w, d, fl) in enumerate([("Green", "On track to baseline date", "green"),
                                    ("Amber", "Forecast date later than baseline; recoverable", "amber"),
                                    ("Red", "Milestone at risk; Board decision needed", "red"),
                                    ("Complete", "Milestone delivered", "blue")], start=1):
        k.cell(row=i, column=1, value=w).fill = FILLS[fl]
        k.cell(row=i, column=2, value=d)
    k.column_dimensions["B"].width = 50
    wb.save(out("xy-east-sussex-cc-home-to-school-transport-programme-highlight-report.xlsx"))


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


HEX = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0", "head": "D9E2F3",
       "rec": "FCE4D6"}


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.5))


# ---------------------------------------------------------------------------
# 4. Leicestershire & Rutland SCP - LCSPR Child N action plan (docx)
# ---------------------------------------------------------------------------
LRSCP_THEMES = [
    ("Learning theme 1: Recognising and responding to chronic neglect", [
        ("Recommendation 1: LRSCP partners should assure themselves that practitioners use the Graded Care Profile 2 (GCP2) where neglect is suspected, and that its findings shape the child’s plan.", [
            ("1.1", "Relaunch GCP2 training for social workers, health visitors and school nurses, with a target of 200 practitioners trained.",
             "LRSCP Learning and Development Officer", "March 2026",
             "118 practitioners trained to date; two further cohorts booked.", "G"),
            ("1.2", "Audit 20 child in need and child protection plans where neglect is the primary concern, to test whether GCP2 findings are reflected in the plan.",
             "Quality Assurance Manager (LCC Children and Family Services)", "Q4 2025/26",
             "Audit tool agreed; audit delayed by Ofsted ILACS preparation.", "A"),
            ("1.3", "Add a GCP2 prompt to the health visiting universal contact templates on SystmOne.",
             "Named Nurse Safeguarding Children (LPT)", "30/09/2025",
             "Template live from 1 September 2025.", "B"),
        ]),
    ]),
    ("Learning theme 2: Hearing the child and sharing information with schools", [
        ("Recommendation 2: Agencies should ensure that children are seen alone and that what they say is recorded in their own words.", [
            ("2.1", "Issue a seven-minute briefing on the voice of the child drawn from this review to all partner agencies.",
             "LRSCP Business Manager", "December 2025",
             "Briefing published on the LRSCP website and circulated 14 November 2025.", "B"),
            ("2.2", "Update the school safeguarding audit (section 175/157) to ask how pupils’ views are captured when a referral is made.",
             "LCC Education Safeguarding Team; RCC Education Safeguarding Team", "Summer term 2026",
             "Draft question set shared with the Education Safeguarding Group.", "G"),
        ]),
        ("Recommendation 3: Leicestershire Police and children’s social care should review how information about domestic abuse incidents is shared with schools by the start of the next school day (Operation Encompass).", [
            ("3.1", "Review the Operation Encompass notification process and extend it to incidents reported overnight and at weekends.",
             "Detective Chief Inspector (Public Protection) – Leicestershire Police", "January 2026",
             "Weekend notifications piloted in Charnwood; evaluation due December.", "A"),
            ("3.2", "Confirm that every school in Leicestershire and Rutland has a named Operation Encompass key adult, and follow up schools that have not responded.",
             "Education Safeguarding Advisers", "Ongoing",
             "92% of schools confirmed.", "G"),
        ]),
    ]),
    ("Learning theme 3: Professional curiosity about adults in the household", [
        ("Recommendation 4: The Partnership should seek assurance that agencies identify and assess new adults who join a child’s household.", [
            ("4.1", "Develop a multi-agency ‘new adults in the household’ practice guide and deliver it through the LRSCP learning events programme.",
             "LRSCP Learning and Development Officer / Named GP (LLR ICB)", "By 31 May 2026",
             "", ""),
        ]),
    ]),
]
LETTER_FILL = {"G": "green", "A": "amber", "R": "red", "B": "blue"}


def make_lrscp():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run("Leicestershire and Rutland Safeguarding Children Partnership")
    run.bold = True
    run.font.size = Pt(12)
    doc.add_heading("Local Child Safeguarding Practice Review – Child N: Multi-agency Action Plan", level=0)

    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "1.4"), ("Date", "20 November 2025"),
                                ("Owner", "LRSCP Case Review Group"),
                                ("Approved by", "LRSCP Executive – 2 October 2025"),
                                ("Review frequency", "Progress reported to each Case Review Group meeting")]):
        set_cell(dc.cell(i, 0), a, bold=True)
        set_cell(dc.cell(i, 1), b)
        shade(dc.cell(i, 0), HEX["head"])
    doc.add_paragraph()
    doc.add_paragraph("This action plan responds to the recommendations of the LCSPR concerning Child N, published "
                      "in September 2025. Each agency lead is responsible for updating progress and evidence of impact "
                      "before every Case Review Group meeting.")
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for i, (letter, text) in enumerate([("B", "B – Complete and evidenced"), ("G", "G – On track"),
                                        ("A", "A – Some delay"), ("R", "R – Off track / at risk")]):
        set_cell(key.cell(0, i), text, bold=True)
        shade(key.cell(0, i), HEX[LETTER_FILL[letter]])
    doc.add_paragraph()

    cols = ["No.", "Action", "Lead", "Target date", "Progress / evidence of impact", "RAG"]
    widths = [Cm(1.2), Cm(8.5), Cm(5.0), Cm(2.8), Cm(6.0), Cm(1.3)]
    for theme, recs in LRSCP_THEMES:
        doc.add_heading(theme, level=1)
        for rec, actions in recs:
            t = doc.add_table(rows=2 + len(actions), cols=len(cols))
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            top = t.cell(0, 0).merge(t.cell(0, len(cols) - 1))
            set_cell(top, rec, bold=True, size=10)
            shade(top, HEX["rec"])
            for j, h in enumerate(cols):
                set_cell(t.cell(1, j), h, bold=True)
                shade(t.cell(1, j), HEX["head"])
            for i, (ref, act, lead, date, prog, rag) in enumerate(actions, start=2):
                for j, v in enumerate([ref, act, lead, date, prog, rag]):
                    set_cell(t.cell(i, j), v)
                if rag:
                    shade(t.cell(i, 5), HEX[LETTER_FILL[rag]])
            for row in t.rows:
                for j, w in enumerate(widths):
                    if j < len(row.cells):
                        row.cells[j].width = w
            doc.add_paragraph()
    doc.add_paragraph("Actions will be closed by the Case Review Group once evidence of impact has been seen. "
                      "Closed actions are reported to the LRSCP Executive in the annual report.")
    doc.save(out("xy-leicestershire-rutland-scp-lcspr-child-n-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. City of Bradford MDC - Council Plan delivery plan Q2 (docx)
# ---------------------------------------------------------------------------
BRADFORD_PRIORITIES = [
    ("Priority 1: Better skills, more good jobs and a growing economy", [
        ("BS1", "Complete the fit-out of Darley Street Market and open the market to traders and the public.",
         "Strategic Director Place", "Sept 2025 – March 2026",
         "Fit-out 80% complete. Trader lettings at 71%. Opening now planned for spring 2026 following contractor delay.", "Some slippage"),
        ("BS2", "Deliver the Bradford 2025 UK City of Culture legacy programme with partners and agree the post-2025 cultural investment plan.",
         "Assistant Director Sport and Culture", "Q4 2025/26",
         "Legacy working group established with the Culture Company and Arts Council England.", "On track"),
        ("BS3", "Support 1,200 residents into work through SkillsHouse and the Get Bradford Working programme.",
         "Assistant Director Economy and Development / SkillsHouse Manager", "Jan-26",
         "688 residents supported into work at end of Q2.", "On track"),
    ]),
    ("Priority 2: Decent homes", [
        ("DH1", "Adopt the Housing Strategy action plan and publish the annual progress statement.",
         "Assistant Director Housing", "31/12/2025",
         "Action plan adopted by Executive on 7 October 2025; statement published.", "Complete"),
        ("DH2", "Bring 300 long-term empty homes back into use.\nThis includes 40 homes through the Empty Homes Loan scheme.",
         "Assistant Director Housing", "June 2026",
         "96 homes brought back into use in Q1–Q2. Loan scheme take-up lower than expected.", "At risk"),
        ("DH3", "Reduce stays of more than six weeks in bed and breakfast accommodation for homeless families to zero.",
         "Assistant Director Housing / Strategic Director Children’s Services", "Q3 2025/26",
         "11 families in B&B over six weeks at 30 September (down from 19).", "Some slippage"),
    ]),
    ("Priority 7: An enabling Council", [
        ("EC1", "Deliver the 2025/26 budget savings and the financial recovery plan agreed with government as part of Exceptional Financial Support.",
         "Director of Finance and IT", "End of March 2026",
         "£38.2m of £46.1m savings delivered or on track. Monthly reports to the Improvement Panel.", "On track"),
        ("EC2", "Replace the HR and payroll system (phase 2 of the ERP programme).",
         "Director of HR", "TBC",
         "Business case to Executive in January 2026.", "Not started"),
    ]),
]
STATUS_FILL = {"On track": "green", "Some slippage": "amber", "At risk": "red", "Complete": "blue"}


def make_bradford():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("City of Bradford Metropolitan District Council")
    doc.add_heading("Our Council Plan – Delivery Plan 2025/26: Quarter 2 Progress Report", level=0)
    doc.add_paragraph("Report of the Chief Executive to the Corporate Overview and Scrutiny Committee, 4 December 2025. "
                      "This appendix sets out progress at the end of September 2025 against the key deliverables for three "
                      "of the Council Plan priorities. Deliverables for the other priorities are reported to the relevant "
                      "scrutiny committees.")
    doc.add_paragraph("Status key", style="Heading 3")
    key = doc.add_table(rows=2, cols=5)
    key.style = "Table Grid"
    for i, (w, d) in enumerate([("On track", "Green"), ("Some slippage", "Amber"), ("At risk", "Red"),
                                ("Complete", "Blue"), ("Not started", "No colour")]):
        set_cell(key.cell(0, i), w, bold=True)
        set_cell(key.cell(1, i), d)
        if w in STATUS_FILL:
            shade(key.cell(0, i), HEX[STATUS_FILL[w]])
    doc.add_paragraph()
    cols = ["Ref", "Key deliverable", "Lead officer", "Milestone date", "Quarter 2 progress", "Status"]
    for heading, rows in BRADFORD_PRIORITIES:
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=1 + len(rows), cols=len(cols))
        t.style = "Table Grid"
        for j, h in enumerate(cols):
            set_cell(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "DEEAF6")
        for i, row in enumerate(rows, start=1):
            for j, v in enumerate(row):
                set_cell(t.cell(i, j), v)
            st = row[5]
            if st in STATUS_FILL:
                shade(t.cell(i, 5), HEX[STATUS_FILL[st]])
        doc.add_paragraph()
    doc.add_paragraph("Notes: milestone dates are those agreed when the delivery plan was approved in April 2025. "
                      "Performance indicators for each priority are reported separately in Appendix 2.")
    doc.save(out("xy-city-of-bradford-mdc-council-plan-delivery-plan-2025-26-q2.docx"))


# ---------------------------------------------------------------------------
# 6. Bury Health and Wellbeing Board - action log (csv)
# ---------------------------------------------------------------------------
BURY_ROWS = [
    ["21", "10/07/2025", "HWB.54",
     "Circulate the Director of Public Health Annual Report 2024/25 to all Board members and partner boards.",
     "Director of Public Health", "31/07/2025", "Complete", "Circulated 22 July 2025."],
    ["22", "10/07/2025", "HWB.57",
     "Bring the draft Pharmaceutical Needs Assessment 2025-2028 to the September meeting before the statutory 60-day consultation.",
     "Consultant in Public Health", "04/09/2025", "Complete",
     "Presented 4 September 2025; consultation opened 8 September."],
    ["23", "04/09/2025", "HWB.98",
     "Provide a breakdown of Better Care Fund spend by scheme, including the discharge fund, for the next meeting.",
     "Helen Marsh and Tom Okafor", "11/11/2025", "Complete", "Included in the BCF quarter 2 report."],
    ["24", "04/09/2025", "HWB.101",
     "Tobacco control: explore a joint enforcement operation on illicit tobacco with Trading Standards and GMP, and report back.",
     "SB; RJ", "January 2026", "Amber",
     "Initial meeting held with Trading Standards. GMP lead still to be confirmed."],
    ["25", "11/11/2025", "HWB.127a",
     "Share the neighbourhood working model and the list of the five neighbourhood leads with Board members.",
     "Neighbourhoods Programme Lead", "30/11/2025", "Green", ""],
    ["26", "11/11/2025", "HWB.129",
     "Arrange a development session on the Let's Do It strategy refresh, with VCFE and Healthwatch members.\nTo include the healthy ageing outcomes framework.",
     "Board Support Officer", "Feb-26", "Green", "Date being arranged."],
    ["27", "11/11/2025", "HWB.131",
     "Write to NHS Greater Manchester on behalf of the Board about access to NHS dentistry in Bury.",
     "Chair of the Health and Wellbeing Board", "31/12/2025", "", "New action."],
]


def make_bury():
    path = out("xy-bury-health-and-wellbeing-board-action-log.csv")
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        n = 8
        w.writerow(["Bury Health and Wellbeing Board – Action Log"] + [""] * (n - 1))
        w.writerow(["Updated following the meeting held on 11 November 2025"] + [""] * (n - 1))
        w.writerow([""] * n)
        w.writerow(["No.", "Meeting date", "Minute ref", "Action", "Lead", "Due date", "RAG", "Update"])
        for row in BURY_ROWS:
            w.writerow(row)
        w.writerow([""] * n)
        w.writerow(["Actions marked Complete will be removed from the log after the next meeting."] + [""] * (n - 1))


# ---------------------------------------------------------------------------
# 7. Safer Nottinghamshire Board - DHR action plan, tab-separated text export,
#    with a mistyped month in one target date (refuse case)
# ---------------------------------------------------------------------------
DHR_LINES = [
    ["Safer Nottinghamshire Board"],
    ["Domestic Homicide Review ‘Maria’ (SNB DHR 2023/02) – Multi-agency Action Plan"],
    ["Progress update for the DHR Oversight Group, 16 October 2025"],
    [],
    ["Rec No", "Recommendation", "Action No", "Action", "Lead Agency", "Lead Officer", "Target Date", "Progress Update", "RAG"],
    ["1", "Nottinghamshire Police should ensure that officers attending domestic abuse incidents complete the DASH risk assessment with the victim away from the alleged perpetrator.",
     "1.1", "Issue a force-wide practice reminder and update the domestic abuse attendance checklist on mobile devices.",
     "Nottinghamshire Police", "Detective Superintendent Public Protection", "31/12/2025", "Checklist updated; reminder issued via force intranet.", "Green"],
    ["", "", "1.2", "Dip-sample 50 DASH forms each quarter and report compliance to the DHR Oversight Group.",
     "Nottinghamshire Police", "Public Protection Quality Assurance Team", "31/03/2026", "First dip sample due January 2026.", "Amber"],
    ["2", "Primary care should record and share concerns about coercive control when a patient discloses it during an appointment.",
     "2.1", "Deliver coercive control training to GP practices in Mansfield and Ashfield through the IRIS programme.",
     "NHS Nottingham and Nottinghamshire ICB", "Named GP for Safeguarding Adults", "Febuary 2026", "14 of 31 practices trained.", "Amber"],
    ["", "", "2.2", "Add a domestic abuse template with a coercive control prompt to SystmOne and EMIS.",
     "NHS Nottingham and Nottinghamshire ICB", "Designated Nurse Safeguarding Adults", "30/09/2025", "Template live in both systems.", "Complete"],
    ["3", "The Safer Nottinghamshire Board should assure itself that older victims of domestic abuse are offered specialist support.",
     "3.1", "Commission awareness sessions on domestic abuse in later life for adult social care and district council housing staff.",
     "Nottinghamshire County Council", "Domestic Abuse Commissioning Manager", "June 2026", "Provider identified.", "Green"],
    ["", "", "3.2", "Include age-specific data in the quarterly domestic abuse performance report to the Board.",
     "Nottinghamshire County Council", "Community Safety Intelligence Analyst", "Mar-26", "", "Green"],
    ["", "", "3.3", "Publish a seven-minute briefing on this review for all partner agencies.",
     "Safer Nottinghamshire Board", "DHR Coordinator", "On publication of the review", "Awaiting Home Office Quality Assurance Panel.", ""],
    [],
    ["RAG: Complete / Green = on track / Amber = some delay / Red = off track"],
]


def make_dhr():
    path = out("xy-safer-nottinghamshire-board-dhr-maria-action-plan-typo-month-refuse.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for cells in DHR_LINES:
            fh.write("\t".join(cells) + "\n")


if __name__ == "__main__":
    make_rochdale()
    make_bolton()
    make_escc()
    make_lrscp()
    make_bradford()
    make_bury()
    make_dhr()
    print("ok")
